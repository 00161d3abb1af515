"""Project and reporting periods as the report states them, and how an event's dates relate to a
frame (stage, reporting period, project period)."""

from __future__ import annotations

import datetime

import pytest

from repcheck.models.document import Block, BlockKind, Cell, Document, Row, Table
from repcheck.models.report import Stage
from repcheck.parsing.dates import Period, event_dates, parse_period
from repcheck.structurer.periods import (
    event_span,
    is_stated,
    months_ru,
    project_period,
    relate,
    reporting_period,
)


def para(text: str) -> Block:
    return Block(kind=BlockKind.PARAGRAPH, text=text)


def doc(*blocks: Block) -> Document:
    return Document(path="x.txt", format="text", blocks=list(blocks)).reindex()


def ym(p: Period | None) -> tuple[str, str] | None:
    return None if p is None else (p.start.strftime("%Y-%m"), p.end.strftime("%Y-%m"))


# --------------------------------------------------------------------------- project period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2. Период реализации инновационного образовательного проекта: 2022-2025гг.", ("2022-01", "2025-12")),
        ("Сроки реализации программы: 2020–2022 гг.", ("2020-01", "2022-12")),
        ("2.3. Сроки реализации проекта: январь 2022 г. – декабрь 2024 г.", ("2022-01", "2024-12")),
        ("Срок реализации: с 01.09.2021 по 31.08.2024", ("2021-09", "2024-08")),
        ("Сроки реализации – 2021-2023", ("2021-01", "2023-12")),
    ],
)
def test_project_period_stated(text: str, expected: tuple[str, str]) -> None:
    p = project_period(doc(para(text)), [])
    assert ym(p) == expected and is_stated(p)


def test_project_period_in_a_passport_cell() -> None:
    t = Table(rows=[Row(cells=[Cell(text="Сроки и этапы реализации программы", column=0),
                               Cell(text="2020- г - 2022 г\n1 этап: подготовительный\nсентябрь 2020 г - январь 2021 г", column=1)])])
    assert ym(project_period(doc(Block(kind=BlockKind.TABLE, table=t)), [])) == ("2020-01", "2022-12")


@pytest.mark.parametrize(
    "text",
    [
        "В сроки реализации мероприятий 2021 года уложились все группы.",
        "Сроки реализации мероприятий: март 2023",
        "Срок (период) выполнения",
    ],
)
def test_not_a_project_period(text: str) -> None:
    assert project_period(doc(para(text)), []) is None


def test_project_period_spanned_from_stages_is_not_stated() -> None:
    stages = [
        Stage(number=1, period=parse_period("сентябрь 2020 – январь 2021")),
        Stage(number=2, period=parse_period("февраль 2021 – июнь 2022")),
    ]
    p = project_period(doc(para("Введение")), stages)
    assert ym(p) == ("2020-09", "2022-06") and not is_stated(p)
    assert not is_stated(None)


# --------------------------------------------------------------------------- reporting period


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (["ГОДОВОЙ ОТЧЕТ", "О РАБОТЕ КРАЕВОЙ ИННОВАЦИОННОЙ ПЛОЩАДКИ", "ЗА 2023 ГОД"], ("2023-01", "2023-12")),
        (["ПРОМЕЖУТОЧНЫЙ ОТЧЕТ", "о деятельности МИП в 2020-2021 учебном году (статус присвоен приказом от 05.02.2021 г.)"],
         ("2020-09", "2021-08")),
        (["ОТЧЁТ", "КРАЕВАЯ ИННОВАЦИОННАЯ ПЛОЩАДКА,", "ГОД ПРИСВОЕНИЯ СТАТУСА – 2018"], None),
        (["Отчёт", "В 2019 г лицей вошёл в число победителей регионального конкурса"], None),
        (["ОТЧЁТ о работе площадки за период с 01.09.2022 по 31.08.2023"], ("2022-09", "2023-08")),
        (["ОТЧЁТ за 2022-2023 учебный год"], ("2022-09", "2023-08")),
        (["ОТЧЁТ", "1. Общие сведения", "1.1. Отчётный период: 2023 год"], ("2023-01", "2023-12")),
        (["ОТЧЁТ", "Задачи отчётного периода: провести семинары в 2023 году"], None),
        (["ОТЧЁТ", "Итоги отчётного периода – рост на 5 % по сравнению с 2022 годом"], None),
        # the report's own title line: «в 2024 году» names the year reported on
        (["Отчёт о работе опорной площадки в 2024 году"], ("2024-01", "2024-12")),
        (["Лицей", "Отчёт о ходе эксперимента в 2023/2024 учебном году"], ("2023-09", "2024-08")),
        (["Лицей", "Площадка в 2024 году провела три семинара"], None),  # a statement, not a title
        # a period after «за» in the title, however it is written
        (["ПРОМЕЖУТОЧНЫЙ ОТЧЁТ", "о работе площадки за второе полугодие 2024 года"], ("2024-07", "2024-12")),
        (["ОТЧЁТ", "о работе площадки за I квартал 2024 г."], ("2024-01", "2024-03")),
        (["ОТЧЁТ", "Благодарность за 12.03.2024"], None),  # one day is not a period
    ],
)
def test_reporting_period_from_the_title(title: list[str], expected) -> None:
    assert ym(reporting_period(doc(*[para(t) for t in title]))) == expected


# --------------------------------------------------------------------------- spans and relations

STAGE1 = parse_period("сентябрь 2020 – январь 2021")


def span(text: str):
    return event_span(text, event_dates(text))


@pytest.mark.parametrize(
    ("cell", "relation", "before", "after"),
    [
        ("Сентябрь - ноябрь 2020г.", "inside", 0, 0),
        ("октябрь 2020. - ноябрь 2020г.", "inside", 0, 0),
        ("январь 2021г.", "inside", 0, 0),
        ("Сентябрь 2020\nЯнварь 2021", "inside", 0, 0),
        ("15.09.2020-30.01.2021", "inside", 0, 0),
        ("октябрь 2020г. - декабрь 2021г.", "overlap", 0, 11),
        ("август 2020 – октябрь 2020", "overlap", 1, 0),
        ("декабрь 2021г.", "outside", 0, 11),
        ("Май- сентябрь   2022", "outside", 0, 20),
        ("март 2019", "outside", 18, 0),
        # a year alone: only wholly outside counts
        ("2020 г.", "inside", 0, 0),
        ("2021 г.", "inside", 0, 0),
        ("2023 г.", "outside", 0, 35),
        # open ends are judged by their start
        ("С 18.10.2020 по настоящее время", "inside", 0, 0),
        ("С 18.05.2020 по настоящее время", "overlap", 4, 0),
        ("с 01.03.2021 по н.в.", "outside", 0, 2),
        # deadlines by their end; "до 01.02.2021" means by the end of January
        ("до 01.02.2021", "inside", 0, 0),
        ("не позднее 16.03.2021", "overlap", 0, 2),
        ("до 01.08.2020", "outside", 2, 0),
        ("до конца 2020 года", "inside", 0, 0),
        # a start alone continues: "с августа 2020" runs into the stage
        ("с августа 2020 г.", "overlap", 1, 0),
        ("начиная с 01.03.2021", "outside", 0, 2),
    ],
)
def test_relate(cell: str, relation: str, before: int, after: int) -> None:
    s = span(cell)
    assert s is not None
    v = relate(s, STAGE1)
    assert (v.relation, v.before, v.after) == (relation, before, after)


@pytest.mark.parametrize(
    "cell",
    ["весь период", "в течение всего периода", "в течение года", "по плану", "ежемесячно", "постоянно",
     "согласно приказу от 11.03.2016 № 127", "по письму от 02.10.2020 № ВБ 1707/03", "сентябрь – май", ""],
)
def test_no_span_when_nothing_is_known(cell: str) -> None:
    assert span(cell) is None


def test_whole_period_wins_over_a_date() -> None:
    assert event_span("весь период (2020–2022)", event_dates("весь период (2020–2022)")) is None


def test_span_describe() -> None:
    assert span("до 01.02.2021").describe() == "до 1 февраля 2021"
    assert span("Май- сентябрь   2022").describe() == "май – сентябрь 2022"
    assert span("с августа 2020 г.").describe() == "с августа 2020"
    assert span("с августа 2020 г.").describe("en") == "since August 2020"
    assert span("С 17.05.2021 по настоящее время").describe() == "с 17 мая 2021 по настоящее время"


@pytest.mark.parametrize(("n", "word"), [(1, "1 месяц"), (2, "2 месяца"), (5, "5 месяцев"), (11, "11 месяцев"),
                                          (21, "21 месяц"), (14, "14 месяцев"), (22, "22 месяца")])
def test_months_ru(n: int, word: str) -> None:
    assert months_ru(n) == word


def test_periods_are_month_indexes() -> None:
    p = Period(start=datetime.date(2021, 1, 15), end=datetime.date(2021, 3, 2), text="", precision="day")
    assert p.months() == (2021 * 12, 2021 * 12 + 2)
