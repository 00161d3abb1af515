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
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

_sha1 = hashlib.sha1

MERSENNE = np.uint64((1 << 61) - 1)
MAX_HASH = np.uint64((1 << 32) - 1)
_SHIFT = np.uint64(61)
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
    return int.from_bytes(_sha1(gram.encode("utf-8")).digest()[:4], "little")


def text_shingles(texts: Sequence[Sequence[str]], k: int = DEFAULT_K) -> tuple[np.ndarray, np.ndarray]:
    """The shingle hashes of several word lists at once (the passages of one report): one flat
    uint64 array, each text's distinct k-grams in turn, and each text's number of them. The same
    sets as `shingle_hashes` of each text; every distinct k-gram of the report is hashed once."""
    grams_of: list[list[str]] = []
    for ws in texts:
        if len(ws) >= k:
            grams_of.append(list(dict.fromkeys(map(" ".join, zip(*(ws[i:] for i in range(k)))))))
        elif ws:
            grams_of.append([" ".join(ws)])
        else:
            grams_of.append([])
    flat = [g for grams in grams_of for g in grams]
    unique = list(dict.fromkeys(flat))
    # `_h32` of each: the SHA-1 digests side by side, their first four bytes read as one array
    digests = b"".join([_sha1(g.encode("utf-8")).digest() for g in unique])
    hashes = np.frombuffer(digests, dtype=np.uint8).reshape(-1, 20)[:, :4].copy().view("<u4").ravel().astype(np.uint64)
    index = dict(zip(unique, range(len(unique))))
    at = np.fromiter(map(index.__getitem__, flat), dtype=np.intp, count=len(flat))
    lengths = np.fromiter(map(len, grams_of), dtype=np.int64, count=len(grams_of))
    return hashes[at], lengths


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
               chunk: int = 1024) -> np.ndarray:
    """MinHash signatures (len(shingles) × num_perm, uint32) of several shingle sets.

    All shingles are hashed together and reduced per text with `np.minimum.reduceat`; an empty
    set gets the all-ones signature (it matches nothing but other empty sets, which callers
    never index)."""
    lengths = np.fromiter((len(s) for s in shingles), dtype=np.int64, count=len(shingles))
    flat = np.concatenate(shingles).astype(np.uint64) if len(shingles) else np.empty(0, dtype=np.uint64)
    return flat_signatures(flat, lengths, num_perm, seed, chunk)


def flat_signatures(hv: np.ndarray, lengths: np.ndarray, num_perm: int = DEFAULT_PERM, seed: int = DEFAULT_SEED,
                    chunk: int = 1024) -> np.ndarray:
    """`signatures` of texts whose shingle hashes are concatenated in `hv` (uint64), text i
    holding `lengths[i]` of them."""
    n = len(lengths)
    out = np.full((n, num_perm), np.uint32(MAX_HASH), dtype=np.uint32)
    nonempty = np.flatnonzero(lengths)
    if len(nonempty) == 0:
        return out
    a, b = permutations(num_perm, seed)
    hv = np.asarray(hv, dtype=np.uint64)
    sizes = lengths[nonempty]
    ends = np.cumsum(sizes)
    # Texts in groups of about `chunk` shingles (at least one text a group), so that the
    # (shingles × num_perm) matrix stays small (1024 × 128 × 8 bytes: 1 MB, in the CPU's cache);
    # a group ends where the next text would overflow. The signatures do not depend on it.
    start = 0
    while start < len(nonempty):
        base = int(ends[start - 1]) if start else 0
        stop = max(start + 1, int(np.searchsorted(ends, base + chunk, side="right")))
        offsets = np.concatenate(([0], ends[start : stop - 1] - base))
        with np.errstate(over="ignore"):
            phv = np.multiply.outer(hv[base : int(ends[stop - 1])], a)  # wraps modulo 2^64, as datasketch's
            phv += b
        # phv mod (2^61 − 1) without a division: x = hi·2^61 + lo ≡ hi + lo, which is below
        # 2·(2^61 − 1), so one subtraction at most (in place where numpy allows)
        lo = phv & MERSENNE
        phv >>= _SHIFT
        phv += lo
        np.subtract(phv, MERSENNE, out=phv, where=phv >= MERSENNE)
        phv &= MAX_HASH
        out[nonempty[start:stop]] = np.minimum.reduceat(phv.astype(np.uint32), offsets, axis=0)
        start = stop
    return out


def jaccard_estimate(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    return float(np.count_nonzero(sig_a == sig_b)) / len(sig_a)
