"""Each quote pattern of ANNOTATION.md on sentences written for these tests (real spaCy, real Cast)."""

from __future__ import annotations


def test_direct_quote_after_which_the_attribution_follows(find_quotes, only):
    q = only(find_quotes('"We will sign the agreement next week," Elena Ruiz said on Monday.'))
    assert (q.kind, q.text, q.cue) == ("direct", "We will sign the agreement next week,", "said")
    assert q.speaker_name == "Elena Ruiz"


def test_offsets_point_at_the_quoted_words(find_quotes, only):
    text = 'Officials met in Vienna. "The border will stay open," said Interior Minister Tomas Brenner.'
    q = only(find_quotes(text))
    assert text[q.start:q.end] == q.text == "The border will stay open,"


def test_curly_and_guillemet_quotation_marks(find_quotes, only):
    curly = only(find_quotes("“Our position has not changed,” the spokesman Ivan Petrov told reporters."))
    angle = only(find_quotes("«We reject these accusations,» Ivan Petrov said."))
    assert curly.text == "Our position has not changed," and curly.kind == "direct"
    assert angle.text == "We reject these accusations," and angle.speaker_name == "Ivan Petrov"


def test_single_marks_used_as_quotation_marks_with_apostrophes_inside(find_quotes, only):
    q = only(find_quotes("‘The country’s economy is recovering,’ Finance Minister Ana Lopes said."))
    assert q.text == "The country’s economy is recovering," and q.speaker_name == "Ana Lopes"


def test_attribution_before_the_quotation_with_a_colon(find_quotes, only):
    q = only(find_quotes('Prime Minister Lena Varga said: "The sanctions will be lifted in stages."'))
    assert (q.kind, q.text, q.speaker_name) == ("direct", "The sanctions will be lifted in stages.", "Lena Varga")


def test_quote_interrupted_by_its_attribution_is_one_quote(find_quotes, only):
    q = only(find_quotes('"We are ready to talk," Lena Varga said, "but only if the shelling stops."'))
    assert q.kind == "direct" and q.speaker_name == "Lena Varga"
    assert q.text == "We are ready to talk, but only if the shelling stops."


def test_quote_running_over_several_paragraphs(find_quotes, only):
    text = ('Lena Varga said: "The first round of talks was useful.\n\n'
            '"The second round will take place in Geneva next month."')
    q = only(find_quotes(text))
    assert "first round" in q.text and "second round" in q.text and q.speaker_name == "Lena Varga"


def test_stand_alone_quotation_after_an_attributed_one_continues_it(find_quotes, only):
    text = '"The vote was fair," said Omar Haddad. "Nobody can question the result."'
    q = only(find_quotes(text))
    assert "Nobody can question the result." in q.text and q.speaker_name == "Omar Haddad"


def test_partial_quote_inside_reported_speech_is_mixed(find_quotes, only):
    q = only(find_quotes('Lena Varga said the proposal was "dead on arrival" and would not be discussed.'))
    assert q.kind == "mixed" and "dead on arrival" in q.text and q.speaker_name == "Lena Varga"


def test_indirect_said_that(find_quotes, only):
    q = only(find_quotes("Foreign Minister Paul Okafor said that the talks had made real progress."))
    assert (q.kind, q.cue, q.text) == ("indirect", "said", "the talks had made real progress.")
    assert q.speaker_name == "Paul Okafor"


def test_indirect_noted_without_that(find_quotes, only):
    q = only(find_quotes("Paul Okafor noted the two delegations had agreed on a timetable."))
    assert (q.cue, q.text) == ("noted", "the two delegations had agreed on a timetable.")


def test_indirect_told_reporters(find_quotes, only):
    q = only(find_quotes("Paul Okafor told reporters the ceasefire was holding across the region."))
    assert (q.cue, q.text, q.speaker_name) == ("told", "the ceasefire was holding across the region.", "Paul Okafor")


def test_indirect_with_the_attribution_after_the_clause(find_quotes, only):
    q = only(find_quotes("The ceasefire is holding across the region, Paul Okafor said on Friday."))
    assert (q.kind, q.text, q.speaker_name) == ("indirect", "The ceasefire is holding across the region", "Paul Okafor")


def test_according_to_an_institution(find_quotes, only):
    q = only(find_quotes("According to the State Department, the new sanctions will take effect on Monday."))
    assert q.cue == "According to" and q.text == "the new sanctions will take effect on Monday."
    assert q.speaker_name == "the State Department"


def test_warned_and_stressed_are_cues(find_quotes, only):
    quotes = find_quotes("General Ivo Marek warned that the border was not secure. "
                         "He stressed that more troops would be needed.")
    assert [q.cue for q in quotes] == ["warned", "stressed"]


def test_participle_cue_starts_a_second_statement(find_quotes, only):
    quotes = find_quotes("Ana Lopes said the budget was balanced, adding that taxes would not rise next year.")
    assert [(q.cue, q.text) for q in quotes] == [("said", "the budget was balanced"),
                                                  ("adding", "taxes would not rise next year.")]
