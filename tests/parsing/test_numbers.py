"""Table-driven tests of Russian number parsing."""

from __future__ import annotations

import pytest

from repcheck.parsing.numbers import (
    NumberMatch,
    find_numbers,
    parse_count,
    parse_number,
    parse_partial,
)

NUMBERS: list[tuple[str, float | None]] = [
    ("418", 418),
    ("0", 0),
    ("1 234", 1234),
    ("1 234,5", 1234.5),
    ("1\u00a0234", 1234),
    ("1\u202f234 567", 1234567),
    ("12,5", 12.5),
    ("12.5", 12.5),
    ("60 чел.", 60),
    ("60 человек", 60),
    ("60чел", 60),
    ("12 педагогов", 12),
    ("90%", 90),
    ("100 %", 100),
    ("1,5 тыс. руб.", 1.5),
    ("3 шт.", 3),
    ("3 (три)", 3),
    ("  418  ", 418),
    ("418.", 418),
    ("**418**", 418),
    ("-5", -5),
    ("-", None),
    ("—", None),
    ("–", None),
    ("нет", None),
    ("Нет", None),
    ("", None),
    ("   ", None),
    ("10-15", None),
    ("10 – 15", None),
    ("01.09.2020", None),
    ("1.1.", None),
    ("2 из 5", None),
    ("5 5", None),
    ("около 50", None),
    ("abc", None),
    ("1 23", None),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_parse_number(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


COUNTS: list[tuple[str, int | None]] = [
    ("418", 418),
    ("0", 0),
    ("60 чел.", 60),
    ("1 234", 1234),
    ("12 педагогов", 12),
    ("10-15", None),
    ("90%", None),
    ("1,5", None),
    ("-5", None),
    ("1,5 тыс. руб.", None),
    ("2000 руб.", None),
    ("-", None),
    ("нет", None),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS)
def test_parse_count(text: str, expected: int | None) -> None:
    got = parse_count(text)
    assert got == expected
    assert got is None or isinstance(got, int)


def _found(text: str) -> list[tuple[str, float, str | None]]:
    return [(m.text, m.value, m.unit) for m in find_numbers(text)]


FREE_TEXT: list[tuple[str, list[tuple[str, float, str | None]]]] = [
    ("Проведено 12 семинаров для 1 234 педагогов", [("12", 12, None), ("1 234", 1234, None)]),
    ("56% педагогов имеют признаки выгорания", [("56%", 56, "%")]),
    ("рост на 1,5 %", [("1,5 %", 1.5, "%")]),
    ("рост на 1.5 %", [("1.5 %", 1.5, "%")]),
    ("60 человек приняли участие", [("60 человек", 60, "чел")]),
    ("финансирование 250 тыс. рублей", [("250 тыс. рублей", 250, "тыс. руб")]),
    ("2000 рублей в 2020 году", [("2000 рублей", 2000, "руб")]),
    ("не менее 3-х затруднений", [("3-х", 3, None)]),
    ("Количество публикаций – 1", [("1", 1, None)]),
    # skipped: dates, years, ordinals, codes, phones, URLs, section and list numbers
    ("22-23 апреля 2019 г., 3-11 июня 2019 г.", []),
    ("в 2019 году, в 2020 г.", []),
    ("МБОУ СОШ № 61, ЦОО №2, приказ № 118/2", []),
    ("письмо от 02.10.2020 № ВБ 1707/03", []),
    ("Закон № 273-ФЗ", []),
    ("Телефон: 8(3952) 41-08-67", []),
    ("сайт http://iro99.ru/novosti/12032019-104455 и school61@mail.ru", []),
    ("1.1. Общие сведения", []),
    ("пункты 2.4 и 2.7 плана", []),
    ("1) анализ, 2) исследование", []),
    ("начало в 10:00", []),
    ("1-й этап", []),
    ("журнал (№ 1. 2019; № 5. 2019)", []),
    ("СОШ61 и iro99", []),
]


@pytest.mark.parametrize(("text", "expected"), FREE_TEXT)
def test_find_numbers(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _found(text) == expected


def test_find_numbers_ranges() -> None:
    ms = find_numbers("приняли участие 10-15 человек, от 5 до 7 дней")
    assert [(m.value, m.high, m.is_range, m.unit) for m in ms] == [(10, 15, True, "чел"), (5, 7, True, None)]


def test_find_numbers_reverse_range_is_not_a_range() -> None:
    assert find_numbers("код 15-10") == []


def test_find_numbers_flags_and_spans() -> None:
    text = "Доля: 90 %; участников 372"
    ms = find_numbers(text)
    assert [m.is_percent for m in ms] == [True, False]
    for m in ms:
        assert isinstance(m, NumberMatch)
        assert text[m.start:m.end] == m.text
    assert ms[1].value == 372 and ms[1].unit is None


def test_find_numbers_at_line_start_is_kept() -> None:
    assert _found("60 человек\n2. Пункт") == [("60 человек", 60, "чел")]


PARTIAL: list[tuple[str, tuple[int, int] | None]] = [
    ("1 занятие из 7", (1, 7)),
    ("3 из 5 мероприятий", (3, 5)),
    ("выполнено 2/4", (2, 4)),
    ("выполнено 2 / 4", (2, 4)),
    ("проведено 3 (из 5 запланированных)", (3, 5)),
    ("2 из 4-х", (2, 4)),
    ("5 из 5", (5, 5)),
    ("3 из запланированных 5", (3, 5)),
    ("10 человек из 2 школ", None),      # not a share
    ("2021/2022 учебный год", None),
    ("Приказ № 118/2", None),
    ("выполнено полностью", None),
    ("педагоги из 3 школ", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), PARTIAL)
def test_parse_partial(text: str, expected: tuple[int, int] | None) -> None:
    assert parse_partial(text) == expected


@pytest.mark.parametrize("bad", [None, 5, b"12", ["12"]])
def test_wrong_types_do_not_raise(bad: object) -> None:
    assert parse_number(bad) is None  # type: ignore[arg-type]
    assert parse_count(bad) is None  # type: ignore[arg-type]
    assert find_numbers(bad) == []  # type: ignore[arg-type]
    assert parse_partial(bad) is None  # type: ignore[arg-type]
