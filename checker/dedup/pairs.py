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
    `token_sort_ratio` with it reaches `cutoff`; the score is the larger of the two."""
    from rapidfuzz import fuzz, process

    out: list[dict[int, float]] = []
    for j, query in enumerate(texts):
        found: dict[int, float] = {}
        if j:
            earlier = texts[:j]
            for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
                for _, score, i in process.extract(query, earlier, scorer=scorer, score_cutoff=cutoff, limit=None):
                    if score > found.get(i, -1.0):
                        found[i] = score
        out.append({i: as_float32(s) for i, s in found.items()})
    return out
