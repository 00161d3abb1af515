"""The structurer on the four real reports in ../shared/seeds (skipped when absent): kind,
sections, stages, tables with their roles, events and totals."""

from __future__ import annotations

from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import Settings, analyse, read_document
from repcheck.models.report import ColumnRole, Report

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def _report(prefix: str) -> Report:
    files = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip("../shared/seeds is not present")
    config = Config()
    registry = Settings(config).registry()
    return analyse(read_document(files[0], registry, config), registry, config)


def _canonical(report: Report) -> set[str]:
    return set(report.coverage)


def test_000_kip_roman_form() -> None:
    r = _report("000")
    assert r.profile == "kip-annual-roman" and r.kind == "kip_annual"
    assert _canonical(r) >= {"policy", "tasks", "content", "innovation", "quality", "results", "network", "dissemination"}
    numbered = [s.number for s in r.all_sections() if s.number and s.number.rstrip(".").isalpha()]
    assert numbered == ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."]
    (events_table,) = [t for t in r.tables if t.kind == "events"]
    assert events_table.roles == [ColumnRole.NUMBER, ColumnRole.EVENT, ColumnRole.DATES, ColumnRole.PARTICIPANTS]
    assert len(r.events) == 9
    first = r.events[0]
    assert first.participants == 30 and first.period is not None
    assert (first.period.start.month, first.period.end.month, first.period.start.year) == (4, 4, 2019)
    assert "organisation" not in r.organisation and "школа №32" in r.organisation


def test_002_kip_numbered_form() -> None:
    r = _report("002")
    assert r.profile == "kip-annual-numbered"
    assert len(r.coverage) == 18  # every section of the form: I., II. and points 1–16
    assert r.project_period is not None and (r.project_period.start.year, r.project_period.end.year) == (2022, 2025)
    assert r.reporting_period is not None and r.reporting_period.start.year == 2023
    kinds = [t.kind for t in r.tables]
    assert kinds.count("plan_actual") == 2 and "funding" in kinds and "indicators" in kinds
    partners = next(t for t in r.tables if ColumnRole.ACTUAL_PARTICIPATION in t.roles)
    assert partners.roles[1] is ColumnRole.ORGANISATION
    plan_events = [e for e in r.events if e.table == 0]
    assert [e.number for e in plan_events] == ["1", "2", "3", "4"]
    assert all(e.period and e.period.start.year == 2023 for e in plan_events)


def test_003_mip_report() -> None:
    r = _report("003")
    assert r.profile == "mip-report"
    assert _canonical(r) >= {"general", "analytical", "management", "content", "results", "dissemination", "conclusion", "staff"}
    assert r.reporting_period is not None
    assert (r.reporting_period.start.year, r.reporting_period.start.month) == (2020, 9)
    assert len(r.stages) == 1 and r.stages[0].period is not None
    assert (r.stages[0].period.start.month, r.stages[0].period.end.month) == (1, 8)
    (total,) = [t for t in r.totals if t.value == 372]
    assert [p.value for p in total.parts] == [60, 260, 51, 1]
    plan = next(t for t in r.tables if t.kind == "plan_actual" and ColumnRole.DEVIATION_REASON in t.roles)
    assert plan.roles[:3] == [ColumnRole.NUMBER, ColumnRole.EVENT, ColumnRole.ACTUAL_RESULT]


def test_004_innovation_programme() -> None:
    r = _report("004")
    assert r.profile == "innovation-program" and r.kind == "program"
    assert _canonical(r) >= {"passport", "goal", "tasks", "expected", "stages", "plan"}
    assert [s.number for s in r.stages] == [1, 2, 3, 4]
    months = [(s.period.start.year, s.period.start.month, s.period.end.year, s.period.end.month) for s in r.stages if s.period]
    assert months == [(2020, 9, 2021, 1), (2021, 2, 2022, 3), (2022, 4, 2022, 4), (2022, 5, 2022, 6)]
    plan_tables = [t for t in r.tables if t.kind == "plan"]
    assert [t.stage for t in plan_tables] == [0, 1, 2, 3]
    numbers = [e.number for e in r.events if e.stage == 1]
    assert numbers == ["2.1", "2.2", "2.3", "2.4", "2.7"]
    assert r.reporting_period is None  # a programme has none; "в 2019 г школа стала…" is not one
