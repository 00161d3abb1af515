"""Duplication rules (D501–D503) on the real reports in ../shared/seeds (skipped without them).

Expected from the seeds' README: 003's «Фактически полученные результаты» repeat the forecast
(rows 1 and 3 word for word, row 2 in the past tense); 004's passport repeats the body's goal and
tasks on purpose (not a finding); 000 and 002 stay quiet (repeated dates and places in 000's
events table, repeated positions in 002's staff table are not duplicates); no passage is shared
between the four reports (different forms and organisations).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import Settings, analyse, read_document, run
from repcheck.rule import RuleContext

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent")


@pytest.fixture(scope="module")
def seed_findings() -> dict[str, list]:
    files = sorted(SEEDS.glob("*.txt"))
    result = run(files, Config(select=["D5"], cache=False))
    return {Path(fr.path).name[:3]: fr.findings for fr in result.files}


def test_000_and_002_are_quiet(seed_findings) -> None:
    assert seed_findings["000"] == []
    assert seed_findings["002"] == []


def test_003_actual_results_repeat_the_forecast(seed_findings) -> None:
    found = seed_findings["003"]
    assert {f.code for f in found} == {"D502"}
    by_row = {f.location.row: f for f in found}
    assert sorted(by_row) == [2, 3, 4]  # data rows 1–3 of the results table (row 1 is the header)
    assert all(f.location.table == 3 for f in found)
    assert "дословно" in by_row[2].message.ru and "почти" not in by_row[2].message.ru
    assert "Теоретический анализ проблем школы" in by_row[2].evidence
    assert "продукты тоже совпадают" in by_row[2].message.ru
    assert "почти дословно" in by_row[3].message.ru  # «Исследование …» → «Проанализированы …, исследованы …»
    assert "Комплексный анализ образовательной деятельности" in by_row[4].evidence
    # the participants table, the calendar plan quoting the tasks, and the repeated task 4 are not duplicates
    assert all(f.location.table == 3 for f in found)


def test_004_passport_repeating_the_body_is_by_design(seed_findings) -> None:
    assert seed_findings["004"] == []


def test_004_passport_rows_are_plan_wording_even_without_the_profile_exemption() -> None:
    """A passport row labelled «Задачи …» restates the plan by design (genre rule in
    repcheck.dedup.units), so 004 stays quiet even under a profile without `duplicate_by_design`;
    a copy of body text into the passport's other rows would still be compared."""
    import repcheck.rules.duplicate_text as d501
    from repcheck.dedup.units import PASSPORT_PLAN_RE

    cfg = Config()
    reg = Settings(cfg).registry()
    doc = read_document(SEEDS / "004_d82823ebb822c392.txt", reg, cfg)
    report = analyse(doc, reg, cfg)
    profile = reg.profiles[report.profile].model_copy(update={"duplicate_by_design": []})
    found = list(d501.DuplicateText().check(report, RuleContext(report=report, profile=profile, options=d501.Options())))
    assert found == []
    assert PASSPORT_PLAN_RE.search("Задачи программы") and PASSPORT_PLAN_RE.search("Цель")
    assert not PASSPORT_PLAN_RE.search("Руководитель проекта") and not PASSPORT_PLAN_RE.search("Актуальность")


def test_no_passage_shared_between_the_seeds(seed_findings) -> None:
    assert not any(f.code == "D503" for fs in seed_findings.values() for f in fs)
