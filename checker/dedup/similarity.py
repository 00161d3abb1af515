"""Confirming a duplicate: rapidfuzz on the normalised texts.

`ratio` (normalised Indel similarity) and `token_sort_ratio` (the same after sorting the words,
for reordered copies). Never `token_set_ratio`: it scores 100 whenever one text's words are a
subset of the other's — measured here: 17,872 pairs ≥ 85 among 5,000 paragraphs against 539
with `ratio`.

`contained` finds a passage pasted inside a longer one: the shorter text's words nearly all
occur in the longer, and `partial_ratio` (best-aligned substring) is high.
"""

from __future__ import annotations

from rapidfuzz import fuzz


def similarity(a: str, b: str) -> float:
    """0–100: how nearly two normalised texts are the same text."""
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))


def contained(short: str, long: str, threshold: float = 95.0) -> float:
    """Score (0–100) of `short` occurring nearly verbatim inside `long`; 0 when it does not."""
    if not short or len(short) > len(long):
        return 0.0
    ws, wl = short.split(), set(long.split())
    if sum(1 for w in ws if w in wl) < 0.9 * len(ws):
        return 0.0
    score = fuzz.partial_ratio(short, long)
    return score if score >= threshold else 0.0
