"""Quotation-mark scanning on text we wrote: styles, apostrophes, multi-paragraph quotations."""

from __future__ import annotations

from communique.quotes.marks import scan


def inner(text: str) -> list[str]:
    return [" | ".join(text[s:e] for s, e in m.parts) for m in scan(text)]


def test_every_double_quotation_style():
    text = 'He said "one two". She said “three four”. They said «five six». Others said „seven eight“.'
    assert inner(text) == ["one two", "three four", "five six", "seven eight"]


def test_single_quotes_are_quotations_but_apostrophes_are_not():
    text = "The ministers' talks ended. ‘We agreed on the text,’ she said. The country’s view is 'firm and clear,' he said."
    assert inner(text) == ["We agreed on the text,", "firm and clear,"]


def test_single_quotes_nested_in_double_quotes_stay_inside():
    text = "“The memo called it ‘a mistake’ and we agree,” he said."
    assert inner(text) == ["The memo called it ‘a mistake’ and we agree,"]


def test_a_paragraph_opening_with_a_mark_continues_an_unclosed_quotation():
    text = "She said: “The first part ends here.\n\n“The second part ends the statement.”\n\nNo quote here."
    assert inner(text) == ["The first part ends here. | The second part ends the statement."]


def test_an_unclosed_mark_stops_at_the_paragraph_end_when_no_mark_reopens():
    text = "A stray “mark runs on\n\nA new paragraph “with a quotation” follows."
    assert inner(text) == ["mark runs on", "with a quotation"]


def test_a_second_opening_mark_restarts_an_unclosed_quotation():
    text = "It was an “awful week, he said. “We lost the vote,” he added."
    assert inner(text)[-1] == "We lost the vote,"
