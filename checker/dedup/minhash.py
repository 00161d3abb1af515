"""Shingles and MinHash signatures in numpy, for many short texts at once.

A text's shingles are its overlapping word k-grams (k = 3 by default) hashed to 32 bits
(first four bytes of SHA-1, as datasketch's `sha1_hash32`). Its signature is, for each of
`num_perm` universal hash functions h(x) = (a·x + b) mod p with p = 2^61 − 1 reduced to 32 bits,
the minimum over its shingles — the MinHash of datasketch, computed for all the texts of a
report in one vectorised pass (datasketch hashes per text: ~380 µs a block; here a few µs) and
stored as uint32: 512 bytes a text at 128 permutations.

The fraction of equal positions of two signatures estimates the Jaccard similarity of their
shingle sets (tests check this against the exact value and against datasketch).
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

MERSENNE = np.uint64((1 << 61) - 1)
MAX_HASH = np.uint64((1 << 32) - 1)
DEFAULT_PERM = 128
DEFAULT_SEED = 1
DEFAULT_K = 3


def shingle_hashes(words: Sequence[str], k: int = DEFAULT_K, memo: dict[str, int] | None = None) -> np.ndarray:
    """32-bit hashes of the word k-grams of `words` (the whole text when shorter than k).
    `memo`: hashes already computed (one dict for the passages of one report, which share
    many of their k-grams), filled as it goes."""
    if not words:
        return np.empty(0, dtype=np.uint64)
    if len(words) < k:
        grams = [" ".join(words)]
    else:
        grams = [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]
    if memo is None:
        return np.fromiter((_h32(g) for g in set(grams)), dtype=np.uint64)
    out = []
    for g in set(grams):
        h = memo.get(g)
        if h is None:
            h = memo[g] = _h32(g)
        out.append(h)
    return np.fromiter(out, dtype=np.uint64, count=len(out))


def _h32(gram: str) -> int:
    return struct.unpack("<I", hashlib.sha1(gram.encode("utf-8")).digest()[:4])[0]


@lru_cache(maxsize=8)
def permutations(num_perm: int = DEFAULT_PERM, seed: int = DEFAULT_SEED) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) parameters of the hash functions; the same generator and ranges as
    datasketch's legacy MinHash, so signatures are reproducible across runs and machines."""
    gen = np.random.RandomState(seed)
    pairs = np.array(
        [(gen.randint(1, int(MERSENNE), dtype=np.uint64), gen.randint(0, int(MERSENNE), dtype=np.uint64))
         for _ in range(num_perm)],
        dtype=np.uint64,
    )
    return pairs[:, 0].copy(), pairs[:, 1].copy()


def signatures(shingles: Sequence[np.ndarray], num_perm: int = DEFAULT_PERM, seed: int = DEFAULT_SEED,
               chunk: int = 4096) -> np.ndarray:
    """MinHash signatures (len(shingles) × num_perm, uint32) of several shingle sets.

    All shingles are hashed together and reduced per text with `np.minimum.reduceat`; an empty
    set gets the all-ones signature (it matches nothing but other empty sets, which callers
    never index)."""
    n = len(shingles)
    out = np.full((n, num_perm), np.uint32(MAX_HASH), dtype=np.uint32)
    if n == 0:
        return out
    a, b = permutations(num_perm, seed)
    lengths = np.fromiter((len(s) for s in shingles), dtype=np.int64, count=n)
    nonempty = np.nonzero(lengths)[0]
    if len(nonempty) == 0:
        return out
    # Process texts in groups so that the (shingles × num_perm) matrix stays small.
    start = 0
    while start < len(nonempty):
        stop = start
        total = 0
        while stop < len(nonempty) and (total == 0 or total + lengths[nonempty[stop]] <= chunk):
            total += int(lengths[nonempty[stop]])
            stop += 1
        idx = nonempty[start:stop]
        hv = np.concatenate([shingles[i] for i in idx]).astype(np.uint64)
        with np.errstate(over="ignore"):
            phv = (hv[:, None] * a[None, :] + b[None, :]) % MERSENNE
        phv &= MAX_HASH
        offsets = np.concatenate(([0], np.cumsum(lengths[idx])[:-1]))
        out[idx] = np.minimum.reduceat(phv, offsets, axis=0).astype(np.uint32)
        start = stop
    return out


def jaccard_estimate(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    return float(np.count_nonzero(sig_a == sig_b)) / len(sig_a)
