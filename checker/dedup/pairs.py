"""Near-equal pairs among one report's passages, for D501, without numpy.

rapidfuzz's `cdist` returns a numpy array, and importing numpy is ~70 ms of a one-report check.
`process.extract` runs the same scorers in the same C++ code, one passage against those before
it (half the comparisons of a full matrix); each score is rounded to single precision, as
`cdist`'s float32 matrix stored it, so that every comparison and message stays as it was.
"""

from __future__ import annotations

import struct

_F32 = struct.Struct("f")


def as_float32(x: float) -> float:
    return _F32.unpack(_F32.pack(x))[0]


def earlier_matches(texts: list[str], cutoff: float) -> list[dict[int, float]]:
    """For each passage j, {i: score} for the passages i < j whose rapidfuzz `ratio` or
    `token_sort_ratio` with it reaches `cutoff`; the score is the larger of the two.

    `token_sort_ratio` is `ratio` of the words sorted and joined by one space (the texts are
    collapsed: one space between words, as D501 passes them): each text
    is sorted once here instead of once per pair. And `ratio` (Indel similarity) of texts of
    lengths a ≤ b never exceeds 200·a/(a+b), so only the passages whose length can reach the
    cutoff are scored (a window widened by a hair, so that float rounding never drops a pair at
    the bound; rapidfuzz decides every pair inside it)."""
    from rapidfuzz import fuzz, process

    ratio = fuzz.ratio
    sorted_texts = [" ".join(sorted(t.split())) for t in texts]
    lengths = [len(t) for t in texts]
    sorted_lengths = [len(t) for t in sorted_texts]
    k = cutoff / (200.0 - cutoff) if 0 < cutoff < 200 else 0.0  # shorter / longer at best
    low, high = k * (1 - 1e-9), (1 / k) * (1 + 1e-9) if k else float("inf")
    out: list[dict[int, float]] = []
    for j, query in enumerate(texts):
        found: dict[int, float] = {}
        for q, lens, pool in ((query, lengths, texts), (sorted_texts[j], sorted_lengths, sorted_texts)):
            n = lens[j]
            lo, hi = n * low, n * high
            choices = {i: pool[i] for i in range(j) if lo <= lens[i] <= hi}
            if not choices:
                continue
            for _, score, i in process.extract(q, choices, scorer=ratio, score_cutoff=cutoff, limit=None):
                if score > found.get(i, -1.0):
                    found[i] = score
        out.append({i: as_float32(s) for i, s in found.items()})
    return out
