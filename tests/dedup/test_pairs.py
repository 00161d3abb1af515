"""D501's pair scoring without numpy (repcheck.dedup.pairs): the same pairs and the same scores
as the rapidfuzz `cdist` matrices it replaced (float32, below-cutoff scores dropped)."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from repcheck.dedup.pairs import as_float32, earlier_matches


def cdist_matches(texts: list[str], cutoff: float) -> list[dict[int, float]]:
    np = pytest.importorskip("numpy")
    best = np.maximum(
        process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=cutoff),
        process.cdist(texts, texts, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff),
    )
    out = []
    for j in range(len(texts)):
        column = best[:j, j]
        out.append({int(i): float(column[i]) for i in np.flatnonzero(column >= cutoff)})
    return out


def test_scores_at_the_cutoff_and_on_either_side() -> None:
    base = "abcdefghij"
    texts = [
        base,
        "abcdefghiX",  # one of ten letters changed: ratio exactly 90
        "abcdefghYZ",  # two changed: 80
        "abcdefghijk",  # one letter more: 95.238…, stored as float32
        "jihgfedcba",  # the same letters reversed: neither ratio nor token order matches
        "cd ab ef",  # token_sort_ratio finds what ratio misses
        "ab cd ef",
    ]
    got = earlier_matches(texts, 90)
    assert got == cdist_matches(texts, 90)
    assert got[1] == {0: 90.0}  # at the cutoff: kept
    assert 0 not in got[2] and 1 not in got[2]  # 80 and 80: below, dropped
    assert got[3][0] == as_float32(fuzz.ratio(texts[3], base)) != fuzz.ratio(texts[3], base)
    assert got[6] == {5: 100.0}  # token_sort_ratio 100 where ratio is lower


@pytest.mark.parametrize("cutoff", [80, 90, 95])
def test_generated_paragraphs_match_cdist(cutoff: int) -> None:
    rnd = random.Random(cutoff)
    words = "педагоги школы провели семинары уроки проекта по развитию читательской грамотности учащихся".split()
    texts = [" ".join(rnd.choice(words) for _ in range(rnd.randint(8, 20))) for _ in range(40)]
    texts += [t.replace(" ", "  ", 1)[:-1] for t in texts[:10]] + [" ".join(reversed(t.split())) for t in texts[10:15]]
    assert earlier_matches(texts, cutoff) == cdist_matches(texts, cutoff)
