"""Signatures -> cluster ids: LSH finds candidate pairs, an estimate confirms them, union-find groups.

The cluster id of a group is one its members already carry (so ids stay stable when new copies
arrive), else its smallest article id. `group` maps every article (one without copies to itself);
`shared_only` keeps the articles that have copies: those are the ones whose `cluster` column is
set, so a stored record of an unsyndicated article stays identical to its `extract` record, and
a story is always `coalesce(cluster, id)`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from datasketch import MinHashLSH

from communique.dedup.minhash import NUM_PERM, Signature, similarity

LSH_THRESHOLD = 0.3     # recall of candidates: trimmed copies have Jaccard well below 0.5
MIN_JACCARD = 0.5       # a pair is a copy if it shares half its shingles ...
MIN_CONTAINMENT = 0.8   # ... or the shorter text is mostly inside the longer one
MIN_JACCARD_CONTAINED = 0.15  # ... while sharing enough that a one-paragraph excerpt is not a copy
MIN_SHINGLES = 20       # texts shorter than this are too short to call copies on wording alone


def is_copy(a: Signature, b: Signature) -> bool:
    """Whether two articles are copies of one story (same wording, give or take boilerplate)."""
    if min(a.size, b.size) < MIN_SHINGLES:
        return False
    jaccard, containment = similarity(a, b)
    return jaccard >= MIN_JACCARD or (containment >= MIN_CONTAINMENT and jaccard >= MIN_JACCARD_CONTAINED)


def candidate_pairs(signatures: list[Signature]) -> Iterable[tuple[int, int]]:
    """Index pairs that share an LSH band, each pair once."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    with lsh.insertion_session() as session:
        for i, sig in enumerate(signatures):
            if sig.size >= MIN_SHINGLES:
                session.insert(i, sig.minhash(), check_duplication=False)
    for i, sig in enumerate(signatures):
        if sig.size >= MIN_SHINGLES:
            yield from ((i, j) for j in lsh.query(sig.minhash()) if j > i)


def group(signatures: Iterable[Signature], existing: Mapping[str, str] | None = None) -> dict[str, str]:
    """Article id -> cluster id for every signature given. `existing` maps ids to clusters they had."""
    sigs = list(signatures)
    parent = list(range(len(sigs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in candidate_pairs(sigs):
        if is_copy(sigs[i], sigs[j]):
            parent[find(i)] = find(j)
    members: dict[int, list[str]] = {}
    for i, sig in enumerate(sigs):
        members.setdefault(find(i), []).append(sig.article_id)
    existing = existing or {}
    clusters: dict[str, str] = {}
    for ids in members.values():
        known = sorted(existing[x] for x in ids if existing.get(x))
        cluster = known[0] if known else min(ids)
        clusters.update((x, cluster) for x in ids)
    return clusters


def shared_only(clusters: Mapping[str, str]) -> dict[str, str]:
    """The entries of `group`'s result whose cluster has two or more articles."""
    sizes = Counter(clusters.values())
    return {aid: cluster for aid, cluster in clusters.items() if sizes[cluster] > 1}
