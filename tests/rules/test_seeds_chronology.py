"""The chronology rules (T401–T404) on the real reports in ../shared/seeds.

Expected findings come from the seeds' README (003: calendar-plan task 4 «Сентябрь – декабрь 2021»
outside the stage January–August 2021; 004: plan rows outside the stage they are listed under) and
from reading the plans row by row; the rest of each seed must stay quiet: 000 and 002 have no
chronology defect, dates of referenced orders, laws and letters are never event dates, and the
stages of 004 are contiguous.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import run
from repcheck.models.finding import Finding

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
CODES = ["T401", "T402", "T403", "T404"]

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent")


@lru_cache(maxsize=None)
def findings(name: str) -> tuple[Finding, ...]:
    (path,) = SEEDS.glob(f"{name}_*.txt")
    result = run([path], Config(select=CODES))
    (fr,) = result.files
    assert fr.error is None, fr.error
    return tuple(f for f in fr.findings if f.code in CODES)


def summary(fs) -> list[tuple[str, str, str]]:
    """(code, severity, plan row number) of each finding."""
    out = []
    for f in fs:
        label = f.evidence.split(" ", 1)[0].rstrip(".")
        out.append((f.code, f.severity.value, label))
    return sorted(out, key=lambda t: (t[2], t[0]))


def test_000_is_quiet() -> None:
    assert findings("000") == ()


def test_002_is_quiet() -> None:
    # events of January–March 2023 in the report «ЗА 2023 ГОД», project «2022-2025гг.»
    assert findings("002") == ()


def test_003_task_4_after_the_stage() -> None:
    fs = findings("003")
    assert len(fs) == 1, [f.message.ru for f in fs]
    (f,) = fs
    assert (f.code, f.severity.value) == ("T401", "error")
    assert "сентябрь – декабрь 2021" in f.message.ru
    assert "январь – август 2021" in f.message.ru
    assert "задача 4" in f.message.ru
    assert "Сентябрь – декабрь 2021" in f.evidence
    assert f.location.row == 6 and f.location.column == "Сроки проведения"


def test_004_rows_outside_their_stage() -> None:
    assert summary(findings("004")) == [
        ("T401", "warning", "1.3"),  # октябрь 2020 – декабрь 2021 in Sep 2020 – Jan 2021: ends 11 months late
        ("T401", "error", "1.8"),  # декабрь 2021: wholly outside stage 1, falls in stage 2
        ("T401", "error", "2.1"),  # Сентябрь 2020 / Январь 2021: it is stage 1's period
        ("T401", "error", "2.2"),  # Январь 2021: stage 2 begins in February 2021
        ("T401", "warning", "3.4"),  # Апрель-май 2022 in stage 3 (April 2022)
        ("T401", "error", "3.5"),  # Май- сентябрь 2022 in stage 3 (April 2022)
        ("T401", "error", "3.6"),
        ("T401", "warning", "4.1"),  # Февраль 2021- июнь 2022 in stage 4 (May – June 2022)
        ("T401", "warning", "4.2"),
        ("T401", "warning", "4.3"),
        ("T401", "warning", "4.4"),
    ]


def test_004_messages_name_the_value_the_stage_and_the_fix() -> None:
    by_row = {f.evidence.split(" ", 1)[0].rstrip("."): f for f in findings("004")}
    f = by_row["2.2"]
    assert f.message.ru == (
        "мероприятие 2.2 «Промежуточный мониторинг уровня развития ИОС ЦОО №2»: срок «январь 2021» лежит вне "
        "этапа 2 (организационно-деятельностный, февраль 2021 – март 2022); этот срок приходится на этап 1 "
        "(подготовительный, сентябрь 2020 – январь 2021)"
    )
    assert f.suggestion is not None and "перенесите мероприятие в план этапа 1" in f.suggestion.ru
    assert f.location.table == 5 and f.location.row == 3 and f.location.column == "Сроки"
    f = by_row["1.3"]
    assert "заканчивается на 11 месяцев позже конца этапа" in f.message.ru
    assert "октябрь 2020г. - декабрь 2021г." in f.evidence
    f = by_row["3.5"]
    assert "срок «май – сентябрь 2022» лежит вне этапа 3 (аналитический, апрель 2022)" in f.message.ru


def test_004_stages_are_contiguous_and_inside_the_project() -> None:
    assert not [f for f in findings("004") if f.code == "T404"]


# Dates of referenced documents, read from the seed itself (the tests quote no number of a seed):
# a date after an order, a letter, a protocol… («приказ … от ДД.ММ.ГГГГ»), or one followed by the
# document's number («от ДД.ММ.ГГГГ №»), and the year the site's status was given.
_DATE = (r"(\d{1,2}\.\d{2}\.\d{4}|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября"
         r"|октября|ноября|декабря)\s+\d{4})")
REFERENCE_RE = re.compile(
    r"(?:приказ|письм|протокол|положени|закон|распоряжени|постановлени|решени|рекомендаци)\w*[^;\n]{0,120}?\bот\s+"
    + _DATE + r"|\bот\s+" + _DATE + r"\s*(?:г\.?|года)?\s*№",
    re.IGNORECASE,
)
STATUS_YEAR_RE = re.compile(r"год\s+присвоения\s+статуса\s*[–—-]\s*(\d{4})", re.IGNORECASE)


def reference_dates(name: str) -> set[str]:
    (path,) = SEEDS.glob(f"{name}_*.txt")
    text = path.read_text(encoding="utf-8")
    return ({m.group(1) or m.group(2) for m in REFERENCE_RE.finditer(text)}
            | {m.group(1) for m in STATUS_YEAR_RE.finditer(text)})


def test_the_seeds_cite_documents() -> None:
    assert all(reference_dates(name) for name in ("000", "003", "004"))  # the check below is not empty


@pytest.mark.parametrize("name", ["000", "002", "003", "004"])
def test_reference_dates_are_never_flagged(name: str) -> None:
    refs = set().union(*(reference_dates(n) for n in ("000", "002", "003", "004")))
    for f in findings(name):
        assert not any(r in f.evidence or r in f.message.ru for r in refs), f.message.ru
