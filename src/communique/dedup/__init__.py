"""Near-duplicate (syndicated) copies of one story grouped into clusters.

`signature(id, text)` summarises a body text (MinHash over word 5-grams); `group(signatures)`
maps article ids to cluster ids; `assign_clusters(connection)` fills `articles.cluster` in a
DuckDB database. Counting distinct `coalesce(cluster, id)` counts each story once.
"""

from communique.dedup.assign import assign_clusters
from communique.dedup.group import group, is_copy
from communique.dedup.minhash import Signature, signature, similarity
from communique.dedup.shingles import normalise, shingles

__all__ = ["Signature", "assign_clusters", "group", "is_copy", "normalise", "shingles", "signature",
           "similarity"]
