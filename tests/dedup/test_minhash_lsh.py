"""MinHash signatures (numpy, several texts at once) and LSH banding on a signature array."""

from __future__ import annotations

import numpy as np
import pytest

from repcheck.dedup.lsh import band_keys, candidate_pairs, optimal_bands
from repcheck.dedup.minhash import jaccard_estimate, shingle_hashes, signatures

WORDS = ("школа педагог урок проект модель семинар анализ диагностика родители клуб книга чтение "
         "лаборатория маршрут класс занятие фестиваль конкурс сайт программа").split()


def _text(rng: np.random.Generator, n: int) -> list[str]:
    return [WORDS[i] for i in rng.integers(0, len(WORDS), n)]


def test_signature_equals_datasketch_legacy_minhash() -> None:
    datasketch = pytest.importorskip("datasketch")
    words = "методическое сопровождение педагогов в условиях реализации проекта цифровой среды".split()
    sig = signatures([shingle_hashes(words)])[0]
    try:
        m = datasketch.MinHash(num_perm=128, seed=1, scheme="legacy")
    except TypeError:  # datasketch < 2: the legacy scheme is the only one
        m = datasketch.MinHash(num_perm=128, seed=1)
    grams = {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}
    m.update_batch([g.encode("utf-8") for g in grams])
    assert np.array_equal(m.hashvalues.astype(np.uint32), sig)


def test_batched_signatures_do_not_depend_on_chunking() -> None:
    rng = np.random.default_rng(1)
    sh = [shingle_hashes(_text(rng, int(rng.integers(1, 60)))) for _ in range(50)]
    assert np.array_equal(signatures(sh, chunk=16), signatures(sh, chunk=100_000))


def test_estimate_tracks_exact_jaccard() -> None:
    rng = np.random.default_rng(2)
    errors = []
    for _ in range(40):
        a = set(rng.integers(0, 2**32, 200).tolist())
        keep = int(rng.integers(20, 200))
        b = set(list(a)[:keep]) | set(rng.integers(0, 2**32, 200 - keep).tolist())
        exact = len(a & b) / len(a | b)
        sa, sb = signatures([np.array(sorted(a), dtype=np.uint64), np.array(sorted(b), dtype=np.uint64)], num_perm=256)
        errors.append(abs(jaccard_estimate(sa, sb) - exact))
    assert np.mean(errors) < 0.03 and max(errors) < 0.12


def test_empty_and_short_texts() -> None:
    assert len(shingle_hashes([])) == 0
    assert len(shingle_hashes(["одно", "слово"])) == 1  # shorter than k: the whole text is one shingle
    sig = signatures([np.empty(0, dtype=np.uint64)])
    assert sig.shape == (1, 128) and (sig == np.uint32(2**32 - 1)).all()
    assert signatures([]).shape == (0, 128)


@pytest.mark.parametrize(("threshold", "expected"), [(0.5, (25, 5)), (0.4, (32, 4)), (0.8, (9, 14))])
def test_optimal_bands(threshold: float, expected: tuple[int, int]) -> None:
    b, r = optimal_bands(128, threshold)
    assert b * r <= 128
    assert abs((1 / b) ** (1 / r) - threshold) <= abs((1 / expected[0]) ** (1 / expected[1]) - threshold) + 1e-9


def test_band_keys_equal_for_equal_bands_only() -> None:
    rng = np.random.default_rng(3)
    s = rng.integers(0, 2**32, (3, 8), dtype=np.uint64).astype(np.uint32)
    s[1, :4] = s[0, :4]
    k = band_keys(s, 2, 4)
    assert k[0, 0] == k[1, 0] and k[0, 1] != k[1, 1]
    assert k[0, 0] != k[2, 0]
    # the same values in another band give another key (bands are salted by their index)
    s2 = s.copy()
    s2[0, 4:] = s2[0, :4]
    assert band_keys(s2, 2, 4)[0, 0] != band_keys(s2, 2, 4)[0, 1]


def test_candidates_pair_shared_bands_across_groups_only() -> None:
    rng = np.random.default_rng(4)
    n = 2000
    s = rng.integers(0, 2**32, (n, 128), dtype=np.uint64).astype(np.uint32)
    groups = np.arange(n) // 100
    s[700] = s[10]  # identical, different groups
    s[20] = s[10]  # identical, same group as 10 (never a pair with 10)
    s[1500, :4] = s[30, :4]  # one shared band of 4 rows
    s[1600, :3] = s[40, :3]  # three equal values: no whole band
    pairs = {tuple(p) for p in candidate_pairs(s, groups, 32, 4).tolist()}
    assert (10, 700) in pairs and (20, 700) in pairs
    assert (10, 20) not in pairs
    assert (30, 1500) in pairs
    assert (40, 1600) not in pairs
    assert all(i < j and groups[i] != groups[j] for i, j in pairs)
    assert len(pairs) == 3


def test_large_bucket_is_linked_as_a_star() -> None:
    rng = np.random.default_rng(5)
    s = rng.integers(0, 2**32, (300, 16), dtype=np.uint64).astype(np.uint32)
    s[:200] = s[0]  # 200 copies of one boilerplate passage, each in its own report
    groups = np.arange(300)
    pairs = candidate_pairs(s, groups, 4, 4, max_bucket=64)
    assert len(pairs) == 199  # a star, not 19,900 pairs
    small = candidate_pairs(s[:50], groups[:50], 4, 4, max_bucket=64)
    assert len(small) == 50 * 49 // 2


def test_near_copies_become_candidates_and_unrelated_texts_do_not() -> None:
    rng = np.random.default_rng(6)
    base = [_text(rng, 40) for _ in range(200)]
    noisy = []
    for t in base:
        t = list(t)
        for pos in rng.choice(len(t), 3, replace=False):  # 3 of 40 words changed
            t[pos] = "изменено"
        noisy.append(t)
    sh = [shingle_hashes(t) for t in base + noisy]
    s = signatures(sh)
    groups = np.array([0] * 200 + [1] * 200)
    b, r = optimal_bands(128, 0.4)
    pairs = candidate_pairs(s, groups, b, r)
    hits = {(i, j) for i, j in pairs.tolist()}
    recall = sum((k, k + 200) in hits for k in range(200)) / 200
    assert recall >= 0.95
    assert len(hits) < 200 * 1.5  # few chance candidates among unrelated random texts
