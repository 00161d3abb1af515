"""Table-driven tests of the Russian date and period grammar."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from repcheck.parsing.dates import (
    DateMatch,
    Period,
    event_dates,
    find_dates,
    is_whole_period,
    parse_period,
    school_year,
)

D = datetime.date

# expression -> (first month, last month, precision); months as "YYYY-MM"
PERIODS: list[tuple[str, str, str, str]] = [
    ("22-23 апреля 2019 г.", "2019-04", "2019-04", "day"),
    ("3-11 июня 2019 г.", "2019-06", "2019-06", "day"),
    ("Март 2023", "2023-03", "2023-03", "month"),
    ("Январь 2023г.", "2023-01", "2023-01", "month"),
    ("Сентябрь - ноябрь 2020г.", "2020-09", "2020-11", "month"),
    ("октябрь 2020. - ноябрь 2020г.", "2020-10", "2020-11", "month"),
    ("октябрь 2020г. - декабрь 2021г.", "2020-10", "2021-12", "month"),
    ("16.03.2021-29.04.2021", "2021-03", "2021-04", "day"),
    ("С 17.05.2021 по настоящее время", "2021-05", "2021-12", "day"),
    ("Май- сентябрь   2022", "2022-05", "2022-09", "month"),
    ("Февраль 2021- июнь 2022", "2021-02", "2022-06", "month"),
    ("январь – сентябрь 2021 года", "2021-01", "2021-09", "month"),
    ("апрель -  2022 г", "2022-04", "2022-04", "month"),
    ("2020- г - 2022 г", "2020-01", "2022-12", "year"),
    ("Декабрь, 2019", "2019-12", "2019-12", "month"),
    ("2022-2025гг.", "2022-01", "2025-12", "year"),
    ("с января 2021 по май 2023 года", "2021-01", "2023-05", "month"),
    ("сентябрь 2020 г - январь 2021 г", "2020-09", "2021-01", "month"),
    ("Февраль 2021 г -  март 2022 г", "2021-02", "2022-03", "month"),
    ("Май-июнь  - 2022 г.", "2022-05", "2022-06", "month"),
    ("Май- июнь  - 2022 г.", "2022-05", "2022-06", "month"),
    ("Апрель-май 2022", "2022-04", "2022-05", "month"),
    ("I полугодие 2022", "2022-01", "2022-06", "month"),
    ("II полугодие 2021", "2021-07", "2021-12", "month"),
    ("в первом полугодии 2022 года", "2022-01", "2022-06", "month"),
    ("1-е полугодие 2023 г.", "2023-01", "2023-06", "month"),
    ("1 квартал 2022", "2022-01", "2022-03", "month"),
    ("IV квартал 2021", "2021-10", "2021-12", "month"),
    ("II квартал 2020 г.", "2020-04", "2020-06", "month"),
    ("3-й квартал 2022 года", "2022-07", "2022-09", "month"),
    ("I-II квартал 2022", "2022-01", "2022-06", "month"),
    ("2020-2021 учебный год", "2020-09", "2021-08", "month"),
    ("2021/2022 учебный год", "2021-09", "2022-08", "month"),
    ("2020-2021 учебном году", "2020-09", "2021-08", "month"),
    ("2020/21 уч. год", "2020-09", "2021-08", "month"),
    ("учебный год: 2022-2023", "2022-09", "2023-08", "month"),
    ("I полугодие 2021/2022 учебного года", "2021-09", "2021-12", "month"),
    ("в течение 2021 года", "2021-01", "2021-12", "year"),
    ("2021 год", "2021-01", "2021-12", "year"),
    ("2019", "2019-01", "2019-12", "year"),
    ("2023г.", "2023-01", "2023-12", "year"),
    ("2019-2020 гг.", "2019-01", "2020-12", "year"),
    ("с 2019 по 2021 год", "2019-01", "2021-12", "year"),
    ("01.09.2020", "2020-09", "2020-09", "day"),
    ("1.9.2020", "2020-09", "2020-09", "day"),
    ("01.09.20", "2020-09", "2020-09", "day"),
    ("29.12.2012 г.", "2012-12", "2012-12", "day"),
    ("09.2020 - 05.2021", "2020-09", "2021-05", "month"),
    ("1 октября 2019 г.", "2019-10", "2019-10", "day"),
    ("19 ноября 2019 г.", "2019-11", "2019-11", "day"),
    ("28-29 ноября 2019 г.", "2019-11", "2019-11", "day"),
    ("30 апреля - 5 мая 2019", "2019-04", "2019-05", "day"),
    ("с 1 по 5 марта 2021 г.", "2021-03", "2021-03", "day"),
    ("с 1 сентября 2020 по 31 мая 2021", "2020-09", "2021-05", "day"),
    ("март, апрель 2022", "2022-03", "2022-04", "month"),
    ("март–апрель, 2022", "2022-03", "2022-04", "month"),
    ("в мае и июне 2021 года", "2021-05", "2021-06", "month"),
    ("ноябрь, декабрь, январь 2021", "2020-11", "2021-01", "month"),
    ("Декабрь 2020 – февраль 2021 г.", "2020-12", "2021-02", "month"),
    ("сентябрь – январь 2021", "2020-09", "2021-01", "month"),
    # every kind of dash
    ("Сентябрь – ноябрь 2020", "2020-09", "2020-11", "month"),
    ("Сентябрь — ноябрь 2020", "2020-09", "2020-11", "month"),
    ("Сентябрь ‒ ноябрь 2020", "2020-09", "2020-11", "month"),
    ("Сентябрь -- ноябрь 2020", "2020-09", "2020-11", "month"),
    ("Сентябрь−ноябрь 2020", "2020-09", "2020-11", "month"),
    # inflection, abbreviation, case, "ё"
    ("января 2021", "2021-01", "2021-01", "month"),
    ("в январе 2021 г.", "2021-01", "2021-01", "month"),
    ("янв. 2021", "2021-01", "2021-01", "month"),
    ("янв 2021", "2021-01", "2021-01", "month"),
    ("СЕНТЯБРЬ 2020", "2020-09", "2020-09", "month"),
    ("сент. 2020 – февр. 2021", "2020-09", "2021-02", "month"),
    ("в мае 2020 года", "2020-05", "2020-05", "month"),
    ("с 2017 года по настоящее время", "2017-01", "2017-12", "year"),
    ("2019 г. – по н.в.", "2019-01", "2019-12", "year"),
    ("учёбный период: март 2021", "2021-03", "2021-03", "month"),
    # a cell with two dates on two lines, or a range broken over two lines
    ("Сентябрь 2020\nЯнварь 2021", "2020-09", "2021-01", "month"),
    ("Февраль 2021 –\nмарт 2022", "2021-02", "2022-03", "month"),
    # noise around the date in a cell
    ("22-23 апреля 2019 г.\nГ. Северск", "2019-04", "2019-04", "day"),
    ("3-11 июня 2019 г.\nСветлогорск, Калининградская область.", "2019-06", "2019-06", "day"),
    ("  Апрель 2022.", "2022-04", "2022-04", "month"),
    ("**Март – апрель 2021**", "2021-03", "2021-04", "month"),
    ("<b>Этап (январь 2021 – август 2021)</b>", "2021-01", "2021-08", "month"),
]


def _ym(d: datetime.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


@pytest.mark.parametrize(("text", "first", "last", "precision"), PERIODS)
def test_parse_period(text: str, first: str, last: str, precision: str) -> None:
    p = parse_period(text)
    assert p is not None, text
    assert (_ym(p.start), _ym(p.end), p.precision) == (first, last, precision)
    assert p.start <= p.end


EXACT_DAYS = [
    ("22-23 апреля 2019 г.", D(2019, 4, 22), D(2019, 4, 23)),
    ("3-11 июня 2019 г.", D(2019, 6, 3), D(2019, 6, 11)),
    ("16.03.2021-29.04.2021", D(2021, 3, 16), D(2021, 4, 29)),
    ("30 апреля - 5 мая 2019", D(2019, 4, 30), D(2019, 5, 5)),
    ("Февраль 2021", D(2021, 2, 1), D(2021, 2, 28)),
    ("Февраль 2020", D(2020, 2, 1), D(2020, 2, 29)),
    ("2019", D(2019, 1, 1), D(2019, 12, 31)),
    ("2020-2021 учебный год", D(2020, 9, 1), D(2021, 8, 31)),
    ("29 февраля 2020", D(2020, 2, 29), D(2020, 2, 29)),
]


@pytest.mark.parametrize(("text", "start", "end"), EXACT_DAYS)
def test_exact_days(text: str, start: datetime.date, end: datetime.date) -> None:
    p = parse_period(text)
    assert p is not None
    assert (p.start, p.end) == (start, end)


NOT_DATES = [
    "весь период",
    "в течение года",
    "",
    "   ",
    "-",
    "нет",
    "31.02.2021",          # no such day
    "29 февраля 2021",     # no such day, and "февраля 2021" alone must not survive
    "13.13.2021",          # no such month
    "01.13.2021",
    "32.01.2021",
    "1989 год",            # outside 1990-2100
    "2101 год",
    "Март – май",          # no year and no default_year
    "сентябрь",
    "8(3952) 41-08-67",    # phone
    "+7 (918) 123-45-67",
    "2021-03-15",          # ISO-like
    "http://example.ru/2021/05",
    "http://iro99.ru/novosti/12032019-104455",
    "school7.ru/files/Bank_PR_2023_5.pdf",
    "report-2021.pdf",
    "1.1.",
    "2.4",
    "школа № 2019",
    "2000 рублей",
    "2019 участников",
    "Ершова Л.П.",
    "г. Северск",
    "Сентябрь 2020 - 2021",  # half a range cannot be read: nothing rather than a wrong period
    "2021 учебный год",      # which school year?
    "май, март, январь 2021",  # two wrap-arounds: not a list of months
    "2019,5",
    "1.2.3.4",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert parse_period(text) is None


@pytest.mark.parametrize(
    ("text", "default_year", "first", "last"),
    [
        ("Март – май", 2022, "2022-03", "2022-05"),
        ("Сентябрь", 2020, "2020-09", "2020-09"),
        ("сентябрь – май", 2020, "2020-09", "2021-05"),
        ("март, апрель", 2021, "2021-03", "2021-04"),
        ("22-23 апреля", 2019, "2019-04", "2019-04"),
        ("Март 2023", 2020, "2023-03", "2023-03"),  # an explicit year wins
    ],
)
def test_default_year(text: str, default_year: int, first: str, last: str) -> None:
    p = parse_period(text, default_year=default_year)
    assert p is not None
    assert (_ym(p.start), _ym(p.end)) == (first, last)


def test_open_end_uses_reference_end() -> None:
    p = parse_period("С 17.05.2021 по настоящее время", reference_end=D(2021, 8, 31))
    assert p is not None
    assert p.open_end
    assert (p.start, p.end) == (D(2021, 5, 17), D(2021, 8, 31))


def test_open_end_without_reference_ends_with_year() -> None:
    p = parse_period("с 17.05.2021 по н.в.")
    assert p is not None and p.open_end
    assert p.end == D(2021, 12, 31)


def test_open_end_reference_before_start_is_ignored() -> None:
    p = parse_period("С 17.05.2021 по настоящее время", reference_end=D(2020, 1, 1))
    assert p is not None and p.start <= p.end


def test_period_text_is_the_expression() -> None:
    p = parse_period("в течение 2021 года")
    assert p is not None and p.text == "2021 года"


# --------------------------------------------------------------------------- references

# (sentence, [(matched text, is_reference), ...]) in order
REFERENCES: list[tuple[str, list[tuple[str, bool]]]] = [
    ("Приказ управления образования от 11.03.2016 № 127", [("11.03.2016", True)]),
    ("Закон РФ № 273-ФЗ «Об образовании» от 29.12.2012 г.", [("29.12.2012 г.", True)]),
    ("письмо министерства от 02.10.2020 № ВБ 1707/03 о переходе", [("02.10.2020", True)]),
    ("на основании распоряжения главы от 5 марта 2021 г. № 12-р", [("5 марта 2021 г.", True)]),
    ("протокол педагогического совета № 9 от 16.03.2021", [("16.03.2021", True)]),
    ("Положение о сети (постановление администрации №5 от 11 января 2019 г)", [("11 января 2019 г", True)]),
    ("решение коллегии от 01.02.2020", [("01.02.2020", True)]),
    ("статья опубликована в журнале (№ 1. 2019; № 5, 2019)", [("2019", True), ("2019", True)]),
    ("статус присвоен Приказом от 05.02.2021 г.", [("05.02.2021 г.", True)]),
    ("документ 14.06.2017 № 118/2", [("14.06.2017", True)]),
    (
        "Семинар прошёл 15 марта 2021 г. в соответствии с приказом от 01.03.2021 № 45",
        [("15 марта 2021 г.", False), ("01.03.2021", True)],
    ),
    (
        "Приказом от 01.09.2020 утверждён план на сентябрь 2020 – май 2021",
        [("01.09.2020", True), ("сентябрь 2020 – май 2021", False)],
    ),
    (
        "в 2020-2021 учебном году (статус присвоен приказом от 05.02.2021 г.)",
        [("2020-2021 учебном году", False), ("05.02.2021 г.", True)],
    ),
    ("Конференция от 12 до 14 апреля", []),
    ("Отчёт от 12.03.2021 подготовлен", [("12.03.2021", False)]),  # no document word: an event
    ("Приказ издан. Семинар от 12.03.2021 прошёл", [("12.03.2021", False)]),  # another sentence
    ("Проведено 12.03.2021\tПриказ № 5", [("12.03.2021", False)]),  # "№" in the next table cell
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES)
def test_reference_detection(text: str, expected: list[tuple[str, bool]]) -> None:
    got = [(text[m.start:m.end], m.is_reference) for m in find_dates(text)]
    assert got == expected


def test_event_dates_ignores_references() -> None:
    cell = "Март 2021\n(приказ от 15.01.2021 № 3)"
    p = event_dates(cell)
    assert p is not None
    assert (p.start, p.end) == (D(2021, 3, 1), D(2021, 3, 31))
    hull = parse_period(cell)
    assert hull is not None and hull.start == D(2021, 1, 15)


def test_event_dates_none_when_only_references() -> None:
    assert event_dates("Приказ от 11.03.2016 № 127") is None


def test_event_dates_passes_keywords() -> None:
    p = event_dates("Март – май", default_year=2022)
    assert p is not None and _ym(p.start) == "2022-03"
    q = event_dates("С 17.05.2021 по настоящее время", reference_end=D(2021, 9, 1))
    assert q is not None and q.end == D(2021, 9, 1)


# --------------------------------------------------------------------------- find_dates


def test_find_dates_spans_and_order() -> None:
    text = "В 2017 и 2018 годах; этап (январь 2021 – август 2021); сайт http://x.ru/2019/05."
    ms = find_dates(text)
    assert [text[m.start:m.end] for m in ms] == ["2017", "2018 годах", "январь 2021 – август 2021"]
    assert all(isinstance(m, DateMatch) for m in ms)


def test_find_dates_two_lines_are_two_matches() -> None:
    ms = find_dates("Сентябрь 2020\nЯнварь 2021")
    assert [(_ym(m.period.start), _ym(m.period.end)) for m in ms] == [("2020-09", "2020-09"), ("2021-01", "2021-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Телефон: 8(3952) 41-08-67",
        "e-mail: school2019@mail.ru",
        "файл Bank_PR_2023_5.pdf",
        "версия 1.2.2020.4",
        "код 2019-104455",
        "ИНН 2020123456",
    ],
)
def test_no_dates_in_codes(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("В 2019 гимназия вошла в число призёров", ["2019"]),  # a subject after the year: still a year
        ("В 2017 и 2018 годах", ["2017", "2018 годах"]),
        ("2019 участников", []),                        # a counted noun: an amount
        ("2000 рублей", []),
        ("1 2020 000", []),                             # thousands grouping
    ],
)
def test_bare_year_or_amount(text: str, found: list[str]) -> None:
    assert [text[m.start:m.end] for m in find_dates(text)] == found


def test_year_glued_to_preposition() -> None:
    ms = find_dates("план на2020-2022 гг.")
    assert len(ms) == 1 and ms[0].period.precision == "year"


@pytest.mark.parametrize("bad", [None, 5, b"2019", ["2019"]])
def test_wrong_types_do_not_raise(bad: object) -> None:
    assert find_dates(bad) == []  # type: ignore[arg-type]
    assert parse_period(bad) is None  # type: ignore[arg-type]
    assert event_dates(bad) is None  # type: ignore[arg-type]


# --------------------------------------------------------------------------- Period


def _p(text: str) -> Period:
    p = parse_period(text)
    assert p is not None
    return p


def test_contains_at_month_granularity() -> None:
    stage = _p("сентябрь 2020 г - январь 2021 г")
    assert stage.contains(_p("октябрь 2020. - ноябрь 2020г."))
    assert stage.contains(_p("15.09.2020"))
    assert stage.contains(stage)
    assert not stage.contains(_p("октябрь 2020г. - декабрь 2021г."))
    assert not stage.contains(_p("Август 2020"))


def test_overlaps() -> None:
    a = _p("январь 2021 – август 2021")
    assert a.overlaps(_p("Сентябрь 2020\nЯнварь 2021"))
    assert not a.overlaps(_p("Сентябрь – декабрь 2021"))
    assert a.overlaps(a)


def test_months() -> None:
    assert _p("Февраль 2021- июнь 2022").months() == (2021 * 12 + 1, 2022 * 12 + 5)


@pytest.mark.parametrize(
    ("text", "ru", "en"),
    [
        ("Май- сентябрь   2022", "май – сентябрь 2022", "May – September 2022"),
        ("январь 2021 – март 2022", "январь 2021 – март 2022", "January 2021 – March 2022"),
        ("22-23 апреля 2019 г.", "22–23 апреля 2019", "22–23 April 2019"),
        ("30 апреля - 5 мая 2019", "30 апреля – 5 мая 2019", "30 April – 5 May 2019"),
        ("1 октября 2019 г.", "1 октября 2019", "1 October 2019"),
        ("2022 год", "2022 год", "2022"),
        ("2022-2025гг.", "2022–2025 годы", "2022–2025"),
        ("Март 2023", "март 2023", "March 2023"),
        ("С 17.05.2021 по настоящее время", "с 17 мая 2021 по настоящее время", "since 17 May 2021"),
    ],
)
def test_describe(text: str, ru: str, en: str) -> None:
    p = _p(text)
    assert p.describe() == ru
    assert p.describe("en") == en


def test_period_is_frozen_and_ordered() -> None:
    p = _p("Март 2023")
    with pytest.raises(ValidationError):
        p.start = D(2020, 1, 1)  # type: ignore[misc]
    with pytest.raises(ValueError):
        Period(start=D(2021, 2, 1), end=D(2021, 1, 1), text="x", precision="day")


def test_school_year() -> None:
    sy = school_year(2020)
    assert (sy.start, sy.end, sy.precision) == (D(2020, 9, 1), D(2021, 8, 31), "month")
    assert sy.contains(_p("2020-2021 учебный год"))
    assert sy.contains(_p("Сентябрь – декабрь 2020"))
    assert not sy.contains(_p("Сентябрь 2021"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("весь период", True), ("В течение всего периода", True), ("Март 2021", False), ("период", False)],
)
def test_is_whole_period(text: str, expected: bool) -> None:
    assert is_whole_period(text) is expected


# --------------------------------------------------------------------------- real reports (optional)

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not available")
def test_seed_reports_parse_without_surprises() -> None:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        pytest.skip("no seed reports")
    for path in files:
        text = path.read_text(encoding="utf-8")
        ms = find_dates(text)
        last = -1
        for m in ms:
            assert m.start >= last
            last = m.end
            assert 1990 <= m.period.start.year <= m.period.end.year <= 2100
            # a reference date is never a range of months
            if m.is_reference:
                assert m.period.precision in ("day", "year")
