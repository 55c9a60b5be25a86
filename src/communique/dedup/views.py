"""GDELT-style counts over the database: how many articles and outlets carry each event.

GDELT's NumArticles/NumSources exist because one wire story is reprinted by dozens of sites;
here an event's story is its article's near-duplicate cluster, and the same coded event
(CAMEO code, source, target) in copies of one story is one event mentioned several times.
"""

from __future__ import annotations

from typing import Any

EVENT_COUNTS = """
CREATE OR REPLACE VIEW event_counts AS
WITH e AS (
    SELECT ev.*, coalesce(a.cluster, a.id) AS story, coalesce(a.outlet, a.source) AS _outlet
    FROM events ev JOIN articles a ON a.id = ev.article_id
)
SELECT e.* EXCLUDE (_outlet),
       count(DISTINCT article_id) OVER w AS num_articles,
       count(DISTINCT _outlet) OVER w AS num_sources,
       row_number() OVER (w ORDER BY article_id, idx) = 1 AS first_mention
FROM e
WINDOW w AS (PARTITION BY story, cameo, source_code, target_code)
"""


def create_views(con: Any) -> None:
    """(Re)create `event_counts`: every event row plus story, num_articles, num_sources, first_mention.

    Dyad series that count each story once filter `first_mention` (or count distinct `story`).
    """
    con.execute(EVENT_COUNTS)
