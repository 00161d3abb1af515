"""Property tests: the parsers accept any text without raising and keep their invariants."""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from repcheck.parsing.dates import event_dates, find_dates, parse_period
from repcheck.parsing.numbers import (
    find_numbers,
    parse_count,
    parse_number,
    parse_partial,
)

# Fragments that appear in real date expressions, so that random text often comes close to a
# date and exercises the grammar's edges, not only its first character class.
FRAGMENTS = [
    "2019", "2020", "2021", "2100", "1989", "20", "01", "31", "13", "29", ".", ",", " ", "  ", "\n", "\t",
    "-", "–", "—", "--", "/", "г.", "гг.", "года", "году", "январь", "января", "май", "мая", "сентябрь",
    "дек.", "с ", " по ", " до ", "настоящее время", "н.в.", "I", "IV", "квартал", "полугодие",
    "учебный год", "№", "от ", "Приказ ", "из", "%", "чел.", "тыс. руб", "http://", ".ru/", "8(3843)",
    "ё", "Ё", "\u00a0", "\u202f", "İ",
]
date_like = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=25).map("".join)
any_text = st.text(max_size=200) | date_like

MIN_DATE, MAX_DATE = datetime.date(1990, 1, 1), datetime.date(2100, 12, 31)


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_find_dates_spans_are_in_bounds_and_disjoint(text: str) -> None:
    last_end = 0
    for m in find_dates(text):
        assert 0 <= last_end <= m.start < m.end <= len(text)
        last_end = m.end
        assert m.period.start <= m.period.end
        assert MIN_DATE <= m.period.start and m.period.end <= MAX_DATE
        assert m.period.precision in ("day", "month", "year")


@settings(max_examples=400, deadline=None)
@given(any_text, st.none() | st.integers(min_value=1900, max_value=2200))
def test_parse_period_never_raises(text: str, default_year: int | None) -> None:
    for fn in (parse_period, event_dates):
        p = fn(text, default_year=default_year)
        assert p is None or p.start <= p.end


@settings(max_examples=200, deadline=None)
@given(any_text, st.dates())
def test_open_end_is_ordered(text: str, ref: datetime.date) -> None:
    p = parse_period("с " + text + " по настоящее время", reference_end=ref)
    assert p is None or p.start <= p.end


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_numbers_never_raise(text: str) -> None:
    parse_number(text)
    count = parse_count(text)
    assert count is None or count >= 0
    partial = parse_partial(text)
    assert partial is None or 0 <= partial[0] <= partial[1]
    last_end = 0
    for m in find_numbers(text):
        assert 0 <= last_end <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        last_end = m.end
        assert not m.is_range or (m.high is not None and m.high >= m.value)


@given(st.integers(min_value=0, max_value=10**9))
def test_plain_integers_round_trip(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_count(str(n)) == n
    grouped = f"{n:,}".replace(",", " ")
    assert parse_number(grouped) == n
