"""LSH banding of MinHash signatures held in one numpy array (no per-item Python objects).

datasketch's MinHashLSH keeps a dict entry per band per item (4.5–7.5 KB an item measured here:
16–25 GB for the 3M blocks of 10,000 reports). Here the signatures are one (n × num_perm) uint32
array — 512 bytes an item — and each band is hashed to one uint64 key per item; sorting the keys
puts the items sharing a band next to each other, and every run of equal keys is a bucket. Cost:
O(bands · n log n) time, O(n) extra memory per band, no quadratic step except inside buckets,
which are capped (a bucket larger than `max_bucket` is linked as a star around its first item
rather than as all pairs: such buckets are the same boilerplate repeated everywhere).

Items of the same group (the same report) are never paired.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

_MIX = np.uint64(0x9E3779B97F4A7C15)


def optimal_bands(num_perm: int, threshold: float) -> tuple[int, int]:
    """(bands, rows) with bands·rows ≤ num_perm whose S-curve midpoint (1/b)^(1/r) is closest
    to `threshold` — a simple stand-in for datasketch's false-positive/negative integration."""
    best = (num_perm, 1)
    best_err = math.inf
    for r in range(1, num_perm + 1):
        b = num_perm // r
        if b < 1:
            break
        err = abs((1.0 / b) ** (1.0 / r) - threshold)
        if err < best_err:
            best, best_err = (b, r), err
    return best


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(n × bands) uint64 keys: a hash of each band's `rows` values."""
    n = sigs.shape[0]
    keys = np.zeros((n, bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(bands):
            k = np.full(n, np.uint64(j + 1), dtype=np.uint64)
            for c in range(j * rows, (j + 1) * rows):
                k = (k ^ sigs[:, c].astype(np.uint64)) * _MIX
                k ^= k >> np.uint64(29)
            keys[:, j] = k
    return keys


def candidate_pairs(sigs: np.ndarray, groups: np.ndarray, bands: int, rows: int,
                    max_bucket: int = 64) -> np.ndarray:
    """Pairs (i, j), i < j, of items that share at least one band and belong to different
    groups; an (m × 2) int64 array without repeats."""
    if sigs.shape[0] < 2:
        return np.empty((0, 2), dtype=np.int64)
    keys = band_keys(sigs, bands, rows)
    return pairs_from_band_keys((keys[:, j] for j in range(bands)), groups, max_bucket)


def pairs_from_band_keys(columns: Iterable[np.ndarray], groups: np.ndarray, max_bucket: int = 64) -> np.ndarray:
    """`candidate_pairs` from the band keys, one array of n keys per band (they may come from a
    file, one band at a time: only one band's keys and order are in memory at once)."""
    n = len(groups)
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    found: list[np.ndarray] = []
    for column in columns:
        column = np.asarray(column)
        order = np.argsort(column, kind="stable")  # stable: a large bucket's star centre is its lowest index in every band
        k = column[order]
        starts = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1])))
        sizes = np.diff(np.concatenate((starts, [n])))
        # Buckets of the same size are handled together, without a Python loop per bucket.
        for size in np.unique(sizes[sizes > 1]):
            at = starts[sizes == size]
            if size <= max_bucket:
                members = order[at[:, None] + np.arange(size)]  # (buckets × size)
                ii, jj = np.triu_indices(int(size), k=1)
                a, b = members[:, ii].ravel(), members[:, jj].ravel()
            else:  # a star around the first member
                members = order[at[:, None] + np.arange(size)]
                a = np.repeat(members[:, 0], size - 1)
                b = members[:, 1:].ravel()
            keep = groups[a] != groups[b]
            if np.any(keep):
                a, b = a[keep], b[keep]
                found.append(np.stack((np.minimum(a, b), np.maximum(a, b)), axis=1))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.concatenate(found).astype(np.int64)
    return np.unique(pairs, axis=0)
