"""Passages shared between reports: per-report digests, then one pass over all of them.

Two passes, so that a run can stream:

1. `digest(passages, …)` per report (in the worker that read it): the report's passages — the
   text to quote, the normalised text to compare, where it stands — and their MinHash
   signatures packed as bytes. Small and picklable (plain data, no numpy object), so it can go
   through a process pool, the result cache, or a persistent store.
2. `find_shared(items, …)` once: the signatures of every report are stacked into one uint32
   array, banded (repcheck.dedup.lsh) into candidate pairs from different reports, and each
   candidate confirmed with rapidfuzz on the normalised texts. Cost: near-linear in the number
   of passages (sorting per band) plus the candidates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz

from repcheck.dedup.lsh import candidate_pairs, optimal_bands
from repcheck.dedup.minhash import (
    DEFAULT_K,
    DEFAULT_PERM,
    DEFAULT_SEED,
    flat_signatures,
    text_shingles,
)
from repcheck.dedup.normalize import normalize, words_once
from repcheck.dedup.similarity import similarity

# (section label, table no. 1-based, row 1-based, column header, page, line, block)
Loc = tuple[str | None, int | None, int | None, str | None, int | None, int | None, int | None]


@dataclass(slots=True)
class Passage:
    text: str  # as quoted in a finding
    norm: str  # what is compared (normalised, standard wording removed)
    loc: Loc


@dataclass
class Digest:
    """One report's passages and signatures (what a corpus rule keeps of a report)."""

    texts: list[str] = field(default_factory=list)
    norms: list[str] = field(default_factory=list)
    locs: list[Loc] = field(default_factory=list)
    sigs: bytes = b""  # len(texts) × num_perm uint32, row-major
    num_perm: int = DEFAULT_PERM
    seed: int = DEFAULT_SEED
    organisation: str = ""

    def __len__(self) -> int:
        return len(self.texts)

    def signature_array(self) -> np.ndarray:
        if not self.texts:
            return np.empty((0, self.num_perm), dtype=np.uint32)
        return np.frombuffer(self.sigs, dtype=np.uint32).reshape(len(self.texts), self.num_perm)


def digest(passages: Sequence[Passage], organisation: str = "", num_perm: int = DEFAULT_PERM,
           seed: int = DEFAULT_SEED, k: int = DEFAULT_K) -> Digest:
    # every distinct k-gram of the report hashed once (its passages share many), then all the
    # passages' signatures in one vectorised pass
    hv, lengths = text_shingles([words_once(p.norm) for p in passages], k)
    sigs = flat_signatures(hv, lengths, num_perm, seed)
    return Digest(
        texts=[p.text for p in passages], norms=[p.norm for p in passages], locs=[p.loc for p in passages],
        sigs=np.ascontiguousarray(sigs, dtype=np.uint32).tobytes(), num_perm=num_perm, seed=seed,
        organisation=organisation,
    )


@dataclass(slots=True)
class Match:
    a: int  # index of the report in the items
    ia: int  # index of the passage in that report's digest
    b: int
    ib: int
    score: float


def find_shared(digests: Sequence[Digest], threshold: float = 90.0, lsh_threshold: float = 0.4,
                max_bucket: int = 64) -> list[Match]:
    """Confirmed near-identical passages between different reports (a < b)."""
    parts = [d.signature_array() for d in digests if len(d)]
    if len(parts) < 2:
        return []
    num_perm = digests[0].num_perm
    if any(d.num_perm != num_perm or d.seed != digests[0].seed for d in digests if len(d)):
        raise ValueError("digests made with different MinHash parameters cannot be compared")
    sigs = np.concatenate(parts)
    owner = np.concatenate([np.full(len(d), i, dtype=np.int64) for i, d in enumerate(digests) if len(d)])
    local = np.concatenate([np.arange(len(d), dtype=np.int64) for d in digests if len(d)])
    bands, rows = optimal_bands(num_perm, lsh_threshold)
    pairs = candidate_pairs(sigs, owner, bands, rows, max_bucket=max_bucket)
    out: list[Match] = []
    for i, j in pairs:
        a, b = int(owner[i]), int(owner[j])
        ia, ib = int(local[i]), int(local[j])
        score = similarity(digests[a].norms[ia], digests[b].norms[ib])
        if score >= threshold:
            if a > b:
                a, ia, b, ib = b, ib, a, ia
            out.append(Match(a, ia, b, ib, score))
    return out


def clusters(matches: Iterable[Match]) -> dict[tuple[int, int], int]:
    """Union-find over (report, passage) nodes: node → cluster id."""
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(x: tuple[int, int]) -> tuple[int, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for m in matches:
        ra, rb = find((m.a, m.ia)), find((m.b, m.ib))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    roots: dict[tuple[int, int], int] = {}
    out: dict[tuple[int, int], int] = {}
    for node in list(parent):
        r = find(node)
        out[node] = roots.setdefault(r, len(roots))
    return out


# -- organisations --------------------------------------------------------------------------
_ORG_ABBREV = [
    (r"муниципальн\w* (?:бюджетн|автономн|казенн)\w* общеобразовательн\w* учреждени\w*", "моу"),
    (r"муниципальн\w* (?:бюджетн|автономн|казенн)\w* дошкольн\w* образовательн\w* учреждени\w*", "мдоу"),
    (r"муниципальн\w* (?:бюджетн|автономн|казенн)\w* учреждени\w* дополнительн\w* образовани\w*", "мудо"),
    (r"государственн\w* (?:бюджетн|автономн|казенн)\w* (?:обще|профессиональн\w* )?образовательн\w* учреждени\w*", "гоу"),
    (r"\bм[бак]оу\b", "моу"),
    (r"\bм[бак]доу\b", "мдоу"),
    (r"\bм[бак]у\s*до\b", "мудо"),
    (r"\bг[бак]п?оу\b", "гоу"),
    (r"средн\w* общеобразовательн\w* школ\w*", "сош"),
    (r"основн\w* общеобразовательн\w* школ\w*", "оош"),
    (r"начальн\w* общеобразовательн\w* школ\w*", "нош"),
    (r"средн\w* школ\w*", "сош"),
    (r"сокращенн\w* наименовани\w*", " "),
]
_ORG_DROP = frozenset("г город района район округа округ городской городского муниципального имени им".split())


@lru_cache(maxsize=65_536)
def org_key(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(numbers, words) of an organisation's name in a canonical short form."""
    t = normalize(name).replace("№", " № ")
    for pat, rep in _ORG_ABBREV:
        t = re.sub(pat, rep, t)
    toks = re.findall(r"[а-яa-z]+|\d+", t)
    nums = frozenset(x for x in toks if x.isdigit())
    wds = frozenset(x for x in toks if not x.isdigit() and x not in _ORG_DROP and len(x) > 1)
    return nums, wds


def same_organisation(a: str, b: str) -> bool | None:
    """True/False when both names are known; None when one is unknown. Two names are the same
    organisation when their numbers agree and one's words are contained in the other's (the
    short name «МБОУ СОШ № 13» and the full one with the town), or when they are nearly equal."""
    if not a.strip() or not b.strip():
        return None
    na, wa = org_key(a)
    nb, wb = org_key(b)
    if na != nb and (na and nb):
        return False
    if wa <= wb or wb <= wa:
        return True
    return fuzz.token_sort_ratio(" ".join(sorted(wa)), " ".join(sorted(wb))) >= 90


def grouped(matches: Iterable[Match]) -> dict[int, list[Match]]:
    """Matches per report (each match listed under both of its reports)."""
    out: dict[int, list[Match]] = defaultdict(list)
    for m in matches:
        out[m.a].append(m)
        out[m.b].append(m)
    return out
