"""What ANNOTATION.md says is not a quote: scare quotes, titles of works, headlines, no speaker."""

from __future__ import annotations


def test_scare_quotes_are_not_quotes(find_quotes):
    assert find_quotes('The army began a so-called "special operation" in the border region.') == []


def test_title_of_a_work_is_not_a_quote(find_quotes):
    text = 'Her memoir, "A Life in Public Service", was published in March by a small press.'
    assert find_quotes(text) == []


def test_headline_is_not_a_quote(find_quotes):
    title = "“We Will Not Back Down,” Says Defence Minister"
    text = title + "\n\nThe defence ministry published its annual report on Tuesday."
    assert find_quotes(text, title=title) == []


def test_quotation_without_any_speaker_is_not_a_quote(find_quotes):
    text = 'The banner read "Peace now and forever". Crowds gathered in the square.'
    assert find_quotes(text) == []


def test_plural_possessive_apostrophe_opens_no_quotation(find_quotes):
    quotes = find_quotes("Paul Okafor said the ministers' joint statement would be published on Monday.")
    assert [q.kind for q in quotes] == ["indirect"]
    assert "ministers' joint statement" in quotes[0].text


def test_speech_verb_without_a_reported_clause_is_not_a_quote(find_quotes):
    assert find_quotes("The minister said goodbye to the delegation at the airport.") == []
