"""MinHash signatures (datasketch): a fixed-size summary of a text's shingle set.

A signature is computed where the text is (on a Dask worker, during ingest) and kept, so that
grouping a corpus later needs only these 128 numbers per article, never the texts again.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from communique.dedup.shingles import shingles

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # pinned: stored signatures must stay comparable across datasketch versions


@dataclass(slots=True)
class Signature:
    """One article's MinHash values and the size of its shingle set (for containment estimates)."""

    article_id: str
    hashvalues: np.ndarray  # uint32[NUM_PERM]
    size: int

    def minhash(self) -> MinHash:
        return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=self.hashvalues)


def signature(article_id: str, text: str) -> Signature:
    """The signature of one body text; an empty text gets an all-maximum (matches nothing) one."""
    shingle_set = shingles(text)
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    if shingle_set:
        mh.update_batch(list(shingle_set))
    return Signature(article_id, np.asarray(mh.hashvalues, dtype=np.uint32), len(shingle_set))


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """Estimated (Jaccard, containment of the smaller in the larger) of two shingle sets.

    A copy with its ending trimmed has a low Jaccard to the full story but is almost wholly
    contained in it; containment follows from Jaccard and the two set sizes:
    |A n B| = J (|A| + |B|) / (1 + J).
    """
    if not a.size or not b.size:
        return 0.0, 0.0
    jaccard = float(np.count_nonzero(a.hashvalues == b.hashvalues)) / NUM_PERM
    common = jaccard * (a.size + b.size) / (1.0 + jaccard)
    return jaccard, min(1.0, common / min(a.size, b.size))
