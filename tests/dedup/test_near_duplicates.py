"""Near-duplicate grouping on copies made from real articles: >= 95% found, <= 1% false merges."""

from __future__ import annotations

import pytest

from communique.dedup import group, is_copy, normalise, shingles, signature

from .copies import build, score


def test_normalise_ignores_case_punctuation_and_quote_style() -> None:
    assert normalise("The Minister said: \u201cNo.\u201d") == normalise('the minister SAID "no"')


def test_short_texts_give_one_shingle_and_are_never_called_copies() -> None:
    assert shingles("Talks resumed today") == {b"talks resumed today"}
    a, b = signature("a", "Talks resumed today."), signature("b", "Talks resumed today.")
    assert not is_copy(a, b)


def test_written_copy_is_grouped_and_distinct_story_is_not() -> None:
    story = ("The foreign ministers of the two countries met in the capital on Tuesday and agreed to "
             "reopen the border crossing that has been closed since the spring, officials said. "
             "Trade across the crossing had fallen by half, and farmers on both sides had asked "
             "their governments to act before the harvest. The ministers also agreed to set up a "
             "joint commission on water rights, which will meet for the first time next month.")
    other = ("Heavy rain flooded parts of the coastal city overnight, closing schools and roads, "
             "and the weather service warned that more storms would arrive by the weekend. "
             "Emergency crews rescued several families from rooftops in the low-lying districts "
             "near the river, and the mayor asked residents to stay at home until the water fell.")
    sigs = [signature("s1", story), signature("s2", "Advertisement\n\n" + story.upper()),
            signature("o1", other)]
    clusters = group(sigs)
    assert clusters["s1"] == clusters["s2"] == "s1"
    assert clusters["o1"] == "o1"


def test_existing_cluster_ids_are_kept() -> None:
    text = " ".join(f"word{i} stands in sentence {i} of the long report" for i in range(40))
    clusters = group([signature("b", text), signature("c", text)], existing={"c": "old-story"})
    assert clusters == {"b": "old-story", "c": "old-story"}


@pytest.fixture(scope="module")
def copy_set(shared):
    return build(shared / "corpus" / "articles.jsonl")


def test_grouping_finds_copies_of_real_articles_without_false_merges(copy_set) -> None:
    clusters = group(signature(x.id, x.text) for x in copy_set)
    result = score(copy_set, clusters)
    print(f"near-duplicates: {result}")
    assert result["recall"] >= 0.95, result
    assert result["false_merge_rate"] <= 0.01, result
