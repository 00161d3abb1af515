"""The structure rules (S101–S104) on the four real reports in ../shared/seeds (skipped when
absent): the numbering gaps a reviewer finds (003: points 1.1 → 1.3; 004: plan rows 2.4 → 2.7),
and nothing else — every section of each form is present and filled, each form is recognised."""

from __future__ import annotations

from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import run
from repcheck.models.finding import Finding

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def _findings(prefix: str) -> list[Finding]:
    files = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip("../shared/seeds is not present")
    result = run([files[0]], Config(select=["S1"], cache=False))
    (fr,) = result.files
    assert fr.error is None
    return list(fr.findings)


def _show(findings: list[Finding]) -> str:
    return "\n".join(f"{f.code} {f.location.path()}: {f.message.ru} «{f.evidence}»" for f in findings)


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_kip_reports_are_structurally_clean(prefix: str) -> None:
    findings = _findings(prefix)
    assert not findings, _show(findings)


def test_003_points_1_1_to_1_3_and_nothing_else() -> None:
    findings = _findings("003")
    assert [f.code for f in findings] == ["S103"], _show(findings)
    (f,) = findings
    assert "после 1.1 идёт 1.3" in f.message.ru and f.evidence.startswith("1.3. Адрес")
    assert f.location.section == "1. Общие сведения"
    # not flagged: the conclusion list «1. … мероприятия:» / «1. В рамках…» (a nested list starts),
    # the calendar plan's task 4 written in two rows, the effects lines left as dashes (C204's)


def test_004_plan_rows_2_4_to_2_7_and_nothing_else() -> None:
    findings = _findings("004")
    assert [f.code for f in findings] == ["S103"], _show(findings)
    (f,) = findings
    assert "после 2.4 идёт 2.7 — пропущены 2.5, 2.6" in f.message.ru
    assert f.evidence.startswith("2.7.") and "Представление работы площадки" in f.evidence
    assert f.location.table is not None and f.location.row is not None
    # not flagged: each stage table restarting at N.1; the passport's goal and tasks (present)
