"""Clusters in a real DuckDB store: filled after an ingest, kept when copies arrive later, counted
GDELT-style per event."""

from __future__ import annotations

from communique.dedup import assign_clusters
from communique.model import Article, Event, Record
from communique.store import Store, write_all
from communique.store.tally import RunTally

STORY = ("The two governments signed a trade agreement on Friday after three years of talks, cutting "
         "tariffs on grain, steel and machinery, and setting up a panel to settle disputes. Officials "
         "said the deal would take effect in January once both parliaments had ratified it, and that "
         "further talks on services would begin in the spring.")
OTHER = ("Thousands of people marched through the capital on Sunday to protest against a new law on "
         "public gatherings, which they say limits the right to demonstrate. Police said the march was "
         "peaceful; organisers promised to return every weekend until the law was withdrawn.")


def _record(aid: str, text: str, outlet: str) -> Record:
    event = Event("A1", "A2", "USAGOV", "CHNGOV", "057", "05", "AGREE", 1, 8.0, text[:60], 0, 60)
    article = Article(id=aid, source=f"{outlet}/{aid}", text=text, outlet=outlet, published="2024-05-03")
    return Record(article, events=[event])


def _store(tmp_path, records):
    store = Store(tmp_path / "news.duckdb")
    write_all(records, store, RunTally())
    return store


def test_copies_share_a_cluster_and_events_count_articles_and_sources(tmp_path) -> None:
    with _store(tmp_path, [_record("a", STORY, "Wire"), _record("b", OTHER, "Daily")]) as store:
        con = store.connection
        assert assign_clusters(con)["stories"] == 2
        write_all([_record("c", "Advertisement\n\n" + STORY + "\n\nRead more world news.", "Herald")],
                  store, RunTally())
        result = assign_clusters(con)
        assert result == {"hashed": 1, "articles": 3, "updated": 2, "stories": 2}
        clusters = dict(con.execute("SELECT id, cluster FROM articles").fetchall())
        assert clusters == {"a": "a", "b": None, "c": "a"}  # a story with copies gets a cluster
        rows = con.execute("SELECT article_id, story, num_articles, num_sources, first_mention "
                           "FROM event_counts ORDER BY article_id").fetchall()
        assert rows == [("a", "a", 2, 2, True), ("b", "b", 1, 1, True), ("c", "a", 2, 2, False)]
