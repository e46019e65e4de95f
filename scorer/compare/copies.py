"""Copies across a batch: pairs of reports that share much of their text.

Each report is a set of character shingles (:mod:`scorer.compare.profile`).  For
a pair (a, b) the shared shingles are counted exactly; ``share_a`` is the share
of a's shingles found in b, and ``overlap`` the larger of the two shares — the
share of the shorter report found in the other, so a short report pasted into a
longer one is flagged as well as two lightly edited copies of one template.

Boilerplate is left out before counting: besides the part headings, title and
signature that a profile never holds, a shingle found in at least
:data:`COMMON_SHARE` of a batch's reports (and in at least :data:`COMMON_MIN`
of them) is the batch's common wording — the policy formulas every report
quotes — and counts for no pair.

The count is one sort of all (shingle, report) pairs with numpy and, for each
distinct set of 2 … ``cap`` reports holding shingles in common, its report pairs
(a template that forty reports share is one set, not forty thousand shingles):
linear in the batch's text plus the pairs that really share wording (docs/performance.md has the figures;
benchmarks/copies.py reproduces them).  No approximate sketch is needed: MinHash
LSH (datasketch) finds pairs by Jaccard similarity, which misses a short report
pasted whole into a long one, and was not faster at 500 reports.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DEFAULT_THRESHOLD = 0.5
COMMON_SHARE = 0.5  # a shingle in at least half the batch's reports is common wording …
COMMON_MIN = 5  # … once at least this many reports hold it (two copies are never "common")
MIN_SHINGLES = 50  # a report with fewer distinct shingles than this is too short to judge
# Up to this many possible pairs (n², 8 bytes each: 16 MB, ≈ 1,400 reports) the shared
# shingles are summed in one array indexed by pair; larger batches sort the pairs found.
DENSE_PAIRS = 1 << 21


@dataclass(frozen=True)
class Pair:
    a: int  # indexes into the batch, a < b
    b: int
    shared: int  # shingles the two share (common wording excluded)
    share_a: float  # of a's shingles, the share found in b
    share_b: float

    @property
    def overlap(self) -> float:
        return max(self.share_a, self.share_b)


def common_cap(n: int) -> int:
    """The most reports a shingle may be found in and still count (more: common wording)."""
    return max(COMMON_MIN, int(np.ceil(COMMON_SHARE * n))) - 1


def find_copies(shingles: list[np.ndarray], threshold: float = DEFAULT_THRESHOLD) -> list[Pair]:
    """Pairs whose ``overlap`` is at least ``threshold``, by overlap (highest first), then index."""
    return [Pair(*row) for row in zip(*pair_columns(shingles, threshold))]


def pair_columns(shingles: list[np.ndarray], threshold: float = DEFAULT_THRESHOLD) -> tuple[list, ...]:
    """:func:`find_copies` as five lists — ``a``, ``b``, ``shared``, ``share_a``, ``share_b``,
    one entry a pair — for callers that build their own records from a large batch
    (no :class:`Pair` in between)."""
    n = len(shingles)
    if n < 2:
        return [], [], [], [], []
    sizes = np.array([len(s) for s in shingles], dtype=np.int64)
    hashes = np.concatenate(shingles) if sizes.sum() else np.empty(0, dtype=np.uint64)
    docs = np.repeat(np.arange(n, dtype=np.int64), sizes)
    order = np.argsort(hashes)  # not stable (twice as fast): each run's reports are sorted below
    hashes, docs = hashes[order], docs[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    counts = np.diff(np.r_[starts, len(hashes)])
    cap = common_cap(n)
    common = counts > cap
    # a report's size without the common wording: what its share is measured against
    sizes -= np.bincount(docs[np.repeat(common, counts)], minlength=n)
    shared_by = (counts >= 2) & ~common
    starts, counts = starts[shared_by], counts[shared_by]  # shingles two or more reports share
    keys, weights = [], []
    for d in np.unique(counts).tolist():
        members = np.sort(docs[starts[counts == d][:, None] + np.arange(d)], axis=1)  # (shingles, d), ascending rows
        # shingles held by the same reports (a template's) are counted once, with their number
        sets, number = _same_rows(members)
        first, second = np.triu_indices(d, 1)
        keys.append((sets[:, first] * n + sets[:, second]).ravel())
        weights.append(np.repeat(number, len(first)))
    if not keys:
        return [], [], [], [], []
    keys, weights = np.concatenate(keys), np.concatenate(weights)
    if n * n <= DENSE_PAIRS:  # a count for every possible pair: no sort of the keys
        per_pair = np.bincount(keys, weights=weights, minlength=n * n)
        pair_keys = np.flatnonzero(per_pair)
        shared = per_pair[pair_keys].astype(np.int64)
    else:
        pair_keys, inverse = np.unique(keys, return_inverse=True)
        shared = np.bincount(inverse, weights=weights).astype(np.int64)
    # every pair at once (a batch of near copies has hundreds of thousands): the same
    # float64 divisions and numpy rounding a pair at a time would do
    a, b = np.divmod(pair_keys, n)
    size_a, size_b = sizes[a], sizes[b]
    with np.errstate(divide="ignore", invalid="ignore"):  # sizes of 0 are dropped just below
        share_a, share_b = shared / size_a, shared / size_b
    keep = (size_a >= MIN_SHINGLES) & (size_b >= MIN_SHINGLES) & (np.maximum(share_a, share_b) >= threshold)
    a, b, shared = a[keep], b[keep], shared[keep]
    share_a, share_b = np.round(share_a[keep], 3), np.round(share_b[keep], 3)
    order = np.lexsort((b, a, -np.maximum(share_a, share_b)))  # by overlap (highest first), then index
    return tuple(x[order].tolist() for x in (a, b, shared, share_a, share_b))


def _splitmix64(count: int) -> np.ndarray:
    """``count`` well-mixed 64-bit numbers, the same in every run (SplitMix64's outputs;
    numpy's random module would add ≈ 10 ms to the start of every batch)."""
    with np.errstate(over="ignore"):
        z = np.arange(1, count + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


# odd 64-bit multipliers for hashing a row of report indexes (fixed: runs are reproducible)
_ROW_MULTIPLIERS = _splitmix64(4096) | np.uint64(1)


def _same_rows(members: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The rows of ``members`` grouped: (one row of each group, how many rows it has).

    Rows are sorted by a hash of their values and a group ends where the next row
    differs, so two rows are grouped only when they are equal; two different rows
    of one hash may make two groups of the same row, which the caller's sums do not
    mind.  Much faster than ``np.unique(axis=0)``, which sorts rows lexicographically."""
    rows, width = members.shape
    if rows <= 1:
        return members, np.ones(rows, dtype=np.int64)
    multipliers = _ROW_MULTIPLIERS[np.arange(width) % len(_ROW_MULTIPLIERS)]
    with np.errstate(over="ignore"):
        hashed = (members.astype(np.uint64) * multipliers).sum(axis=1, dtype=np.uint64)
    ordered = members[np.argsort(hashed, kind="stable")]
    starts = np.flatnonzero(np.r_[True, (ordered[1:] != ordered[:-1]).any(axis=1)])
    return ordered[starts], np.diff(np.r_[starts, rows])
