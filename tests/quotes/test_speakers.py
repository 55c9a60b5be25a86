"""Speakers resolved through pronouns, titles and surnames; institutions kept as written."""

from __future__ import annotations


def test_pronoun_after_a_named_speaker(find_quotes, only):
    text = ("Foreign Minister Paul Okafor arrived in Geneva on Monday for the talks.\n\n"
            '"We expect a difficult week," he said.')
    assert only(find_quotes(text)).speaker_name == "Paul Okafor"


def test_pronoun_picks_the_person_just_quoted(find_quotes, only):
    text = ('Ana Lopes said the budget was balanced.\n\n'
            'Omar Haddad disagreed with the figures.\n\n'
            '"The deficit is growing," he said.')
    quotes = find_quotes(text)
    assert [q.speaker_name for q in quotes] == ["Ana Lopes", "Omar Haddad"]


def test_title_refers_back_to_the_office_holder(find_quotes, only):
    text = ("Nigerian Foreign Minister Paul Okafor met his Ghanaian counterpart in Accra on Tuesday.\n\n"
            "The minister said the meeting had been productive.")
    assert only(find_quotes(text)).speaker_name == "Paul Okafor"


def test_surname_resolves_to_the_fullest_name(find_quotes, only):
    text = ("Paul Okafor arrived in Geneva on Monday.\n\n"
            "Okafor said the talks would continue through the weekend.")
    assert only(find_quotes(text)).speaker_name == "Paul Okafor"


def test_institution_keeps_its_own_name(find_quotes, only):
    q = only(find_quotes("The Kremlin said the military drills near the border were routine."))
    assert q.speaker_name is not None and q.speaker_name.lower() == "the kremlin"


def test_possessor_is_not_the_speaker(find_quotes, only):
    text = "Paul Okafor arrived on Monday.\n\nOkafor's spokesman said the minister would stay for two days."
    q = only(find_quotes(text))
    assert q.speaker_name is not None and "spokesman" in q.speaker_name
