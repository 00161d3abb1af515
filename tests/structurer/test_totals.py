"""Stated totals and their parts: table columns (with subtotals), «Всего» columns, list runs,
sentences, captions against a participants column, breakdowns; unknown parts drop a total."""

from __future__ import annotations

import pytest

from pathlib import Path

from repcheck.config import Config
from repcheck.engine import Settings, analyse, read_document
from repcheck.models.report import Report


def _report(tmp_path: Path, text: str, profile: str | None = "mip-report") -> Report:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    config = Config(profile=profile)
    registry = Settings(config).registry()
    return analyse(read_document(path, registry, config), registry, config)


def _totals(r: Report, source: str) -> list[tuple[float, list[float]]]:
    return [(t.value, [p.value for p in t.parts]) for t in r.totals if t.source == source]


def test_participants_total_row(tmp_path: Path) -> None:
    r = _report(tmp_path, (
        "Участники инновационного проекта\tКоличество участников инновационного проекта\tРоль\n"
        "Педагоги\t48\tАнкетирование\nУчащиеся\t1 340\tЗанятия\nРодители\t57\t-\nПартнёры\t—\t-\n"
        "<b>Общее число участников инновационного проекта</b>\t<b>1 445</b>\t\n"
    ))
    assert _totals(r, "table") == [(1445, [48, 1340, 57, 0])]


def test_unknown_part_drops_the_total(tmp_path: Path) -> None:
    r = _report(tmp_path, (
        "Участники инновационного проекта\tКоличество участников инновационного проекта\n"
        "Педагоги\t60\nУчащиеся\tоколо 200\nОбщее число участников\t260\n"
    ))
    assert _totals(r, "table") == []


def test_grand_total_sums_subtotals_and_breakdown_rows(tmp_path: Path) -> None:
    r = _report(tmp_path, (
        "Мероприятие\tКоличество участников\n"
        "Семинар\t25\nМастер-класс\t15\nИтого по школе\t40\n"
        "Конференция\t120\nВебинар\t80\nИтого по краю\t200\n"
        "Всего\t240\nв том числе педагогов\t200\n"
    ))
    assert _totals(r, "table") == [(40, [25, 15]), (200, [120, 80]), (240, [40, 200])]
    assert _totals(r, "table_breakdown") == [(240, [200])]


def test_total_column_and_breakdown_column(tmp_path: Path) -> None:
    r = _report(tmp_path, (
        "Категория\tПедагоги\tОбучающиеся\tВсего\tиз них впервые\n"
        "Анкетирование\t32\t250\t282\t40\n"
    ))
    assert _totals(r, "table_row") == [(282, [32, 250])]
    assert _totals(r, "table_row_breakdown") == [(282, [40])]


def test_list_run_and_distinct_measures(tmp_path: Path) -> None:
    r = _report(tmp_path, (
        "Участники:\n- Педагоги – 60\n- Учащиеся – 260\n- Общее число – 320\n\n"
        "Итоги:\n- Количество публикаций – 2\n- Количество конкурсов – 3\n- Всего мероприятий – 9\n"
    ))
    assert _totals(r, "list") == [(320, [60, 260])]


def test_sentence_total(tmp_path: Path) -> None:
    r = _report(tmp_path, "Всего проведено 12 мероприятий: 5 семинаров, 4 мастер-класса и 3 вебинара.\n"
                          "Всего 40 педагогов, в том числе 12 молодых.\n")
    assert _totals(r, "text") == [(12, [5, 4, 3])]


def test_caption_total_against_participants_column(tmp_path: Path) -> None:
    r = _report(tmp_path, (
        "VII. Апробация и диссеминация\n"
        "Мероприятия (всего два, общее количество участников – 150 человек):\n\n"
        "\t№ п/п\n\tМероприятие (форма проведения, тема)\n\tКоличество участников\n\n"
        "\t1\n\tСеминар\n\t100\n\n\t2\n\tВебинар\n\t50\n"
    ), profile="kip-annual-roman")
    assert _totals(r, "text_table") == [(150, [100, 50])]


@pytest.mark.parametrize(("header", "total"), [
    ("Участники, чел. Всего*", True),  # a footnote mark on the total column
    ("Всего¹", True),
    ("Итого, чел.", True),
    ("Всеволожский район", False),
])
def test_total_column_header_with_a_footnote_mark(header: str, total: bool) -> None:
    from repcheck.structurer.totals import HEADER_TOTAL_RE

    assert bool(HEADER_TOTAL_RE.search(header)) is total
