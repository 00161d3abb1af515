"""The completeness (C2xx) and consistency (N3xx) rules on the real reports in ../shared/seeds.

What the seeds' README says a careful reviewer finds, and what must stay quiet: 000 is clean;
002's partners have an empty «Фактическое участие»; 003's effects lines are dashes and its
participants table (60 + 260 + 51 + 1 = 372) is consistent; 004 is a programme (nothing is
reported yet).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import run
from repcheck.models.finding import Finding

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
CODES = ["C201", "C202", "C203", "C204", "N301", "N302", "N303"]

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not available")


@pytest.fixture(scope="module")
def findings() -> dict[str, list[Finding]]:
    paths = sorted(SEEDS.glob("*.txt"))
    result = run(paths, Config(select=CODES, cache=False))
    return {Path(fr.path).name[:3]: fr.findings for fr in result.files}


def _codes(fs: list[Finding]) -> list[str]:
    return sorted(f.code for f in fs)


def test_000_is_quiet(findings) -> None:
    assert findings["000"] == []


def test_002_partners_without_actual_participation(findings) -> None:
    fs = findings["002"]
    assert _codes(fs) == ["C201", "C201"]
    assert all(f.severity.value == "error" for f in fs)
    assert all("Фактическое участие" in f.message.ru for f in fs)
    assert {f.location.row for f in fs} == {2, 3}
    assert any("МБОУ СОШ № 4" in f.evidence for f in fs)


def test_003_findings(findings) -> None:
    fs = findings["003"]
    assert _codes(fs) == ["C202", "C204", "N302"]
    (effects,) = [f for f in fs if f.code == "C204"]
    assert "Социальные" in effects.message.ru and "Экономические" in effects.message.ru
    (level,) = [f for f in fs if f.code == "N302"]
    assert "Муниципальный уровень – 3" in level.message.ru and "— 2" in level.message.ru
    (plan,) = [f for f in fs if f.code == "C202"]
    assert "задача 4" in plan.message.ru and "Март – апрель 2021" in plan.message.ru


def test_003_consistent_participants_total_not_flagged(findings) -> None:
    assert not [f for f in findings["003"] if f.code in ("N301", "N303")]
    # the plan/actual rows are all filled (one is cut short, one row is broken across a page)
    assert not [f for f in findings["003"] if f.code == "C201"]


def test_004_programme_is_quiet(findings) -> None:
    assert findings["004"] == []
