"""The speed-ups of the hot path decide exactly as the code they stand in for."""

from __future__ import annotations

import random
from pathlib import Path

from repcheck.config import Config
from repcheck.engine import read_document, registry_for
from repcheck.models.results import UnitChars
from repcheck.parsing import dates
from repcheck.structurer.detect import heading_lines
from repcheck.structurer.sections import HEADING_MAX, _reaches, best_spec, heading_text, title_reaches, title_score

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "corpus" / "text").glob("*.txt"))


def _docs():  # noqa: ANN202
    cfg = Config()
    reg = registry_for(cfg)
    return reg, [read_document(p, reg, cfg) for p in TEXTS]


def test_reaches_decides_as_best_spec() -> None:
    reg, docs = _docs()
    checked = 0
    for doc in docs:
        for prof in reg.concrete_profiles():
            for b in doc.blocks:
                title = heading_text(b) if b.table is None else ""
                if not title or len(title) > 450:
                    continue
                for need in ((90.0,) if len(title) > HEADING_MAX else (prof.match_threshold, 85.0)):
                    spec, score = best_spec(title, prof)
                    assert _reaches(title, prof, need) == (spec is not None and score >= need), (prof.name, title)
                    checked += 1
    assert checked > 1000


def test_title_reaches_decides_as_title_score() -> None:
    reg, docs = _docs()
    for doc in docs:
        lines = heading_lines(doc)
        for prof in reg.concrete_profiles():
            for spec in prof.sections:
                for t in spec.all_titles():
                    for line in lines:
                        assert title_reaches(line, t, prof.match_threshold) == (title_score(line, t) >= prof.match_threshold)


def _slow_normalize(text: str) -> str:
    out = []
    for ch in text:
        if ch in dates._DASH_CHARS:
            out.append("-")
        elif ch in dates._SPACE_CHARS:
            out.append(" ")
        elif ch == "\r":
            out.append("\n")
        elif ch in "ёЁ":
            out.append("е")
        else:
            low = ch.lower()
            out.append(low if len(low) == 1 else ch)
    return "".join(out)


def test_date_normalisation_fast_path() -> None:
    texts = [line for p in TEXTS for line in p.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(7)
    alphabet = "AБВЁёΣσİẞǅ–—\u2212\u00a0\u202f\r\t xyzЖЩ%0123456789"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(5000)]
    for t in texts:
        assert dates._normalize(t) == _slow_normalize(t)
        assert len(dates._normalize(t)) == len(t)


def test_packed_unit_chars() -> None:
    chars = {"b0": 12, "b1": 0, "b3": 40, "b3r0": 10, "b3r2": 30, "b7": 5}
    packed = UnitChars(chars)
    for key, n in chars.items():
        assert key in packed and packed.get(key) == n
    assert packed.get("b3r1") == 0  # a row between two known ones
    assert "b9" not in packed and packed.get("b9", -1) == -1 and "b3r5" not in packed
