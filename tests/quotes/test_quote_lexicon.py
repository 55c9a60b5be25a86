"""The cue lexicon is data: users add cues with a dictionary file; transcripts need no cue."""

from __future__ import annotations

from communique.actors import make_actor_finder
from communique.model import Article
from communique.nlp import Parser
from communique.quotes import make_quote_finder
from communique.quotes.cues import load_lexicon
from communique.settings import Settings


def test_builtin_lexicon_has_speech_and_cognition_cues():
    lex = load_lexicon()
    assert lex.verbs["say"] == "speech" and lex.verbs["warn"] == "speech" and lex.verbs["believe"] == "cognition"
    assert ("according", "to") in lex.sources and "continue" in lex.introducers


def test_a_user_dictionary_adds_a_cue(tmp_path):
    path = tmp_path / "my_cues.tsv"
    path.write_text("# source: test\n# version: 1\n# licence: CC0-1.0\ncue\tkind\tform\ttakes\n"
                    "opine\tspeech\tverb\t\n", encoding="utf-8")
    settings = Settings(dictionaries=(path,))
    text = "Ana Lopes opined that the new tariffs would hurt small farmers."
    parsed = Parser(model=settings.model)(Article(id="t", source="test", text=text))
    plain = make_quote_finder(Settings())(make_actor_finder(Settings())(parsed)).quotes
    extended = make_quote_finder(settings)(make_actor_finder(settings)(parsed)).quotes
    assert plain == []
    assert [(q.cue, q.text) for q in extended] == [("opined", "the new tariffs would hurt small farmers.")]


def test_transcript_lines_are_attributed_to_their_label(find_quotes):
    text = ("JAKE TAPPER: Will you sign the treaty this year?\n\n"
            "LENA VARGA: We will sign it when the parliament agrees.")
    quotes = find_quotes(text)
    assert [(q.cue, q.speaker_name) for q in quotes] == [(":", "JAKE TAPPER"), (":", "LENA VARGA")]
    assert quotes[1].text == "We will sign it when the parliament agrees."
