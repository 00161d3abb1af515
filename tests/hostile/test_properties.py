"""Property tests on any input: the text reader, the structurer, and the date/number parsers.

tests/parsing/test_parsing_properties.py covers the public date and number functions; those
catch every exception and return None, which would hide a crash. Here the unguarded cores
(`dates._scan`, `numbers._parse_cell`) run on the same kind of input, with the invariants of
their results, and the other public helpers (`school_year`, `is_whole_period`, `describe`) too.
Documented exceptions: a reader raises only `ReaderError`; nothing else may escape.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repcheck.config import Config
from repcheck.engine import analyse, registry_for
from repcheck.models.document import Block, BlockKind, Cell, Document, Row, Table
from repcheck.parsing import dates, numbers
from repcheck.reader import ReaderError
from repcheck.structurer.detect import Detection
from repcheck.plugins.readers.text import TextReader, decode, looks_like_text
from tests.hostile.catalogue import REPORT_LINES

# Pieces of real reports, so that random input often looks like one: headings, table rows,
# tab-indented Word extractions, dates, numbers, markup, odd characters.
PIECES = [
    *REPORT_LINES[:25], "\t", "\n", "\n\n", "\t\t", "№\tМероприятие\tСроки\tРезультат", "1.", "2.1.", "I.",
    "а)", "•", "**", "<b>", "</b>", "<br>", "2021–2024 гг.", "сентябрь 2023", "по настоящее время",
    "1 234,5", "60 чел.", "90%", "\u00a0", "\u200b", "\u202e", "\ufeff", "\x0c", "\r\n", "ё", "Ё", " ",
]  # fmt: skip
report_like = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=80).map("".join)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1251", "koi8-r", "cp866"]

MIN_DATE, MAX_DATE = datetime.date(1990, 1, 1), datetime.date(2100, 12, 31)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- text reader -------------------------------------------------------------------------------------


def _read(data: bytes) -> Document | None:
    try:
        doc = TextReader().read(Path("p.txt"), data)
    except ReaderError as exc:
        assert exc.ru and exc.en
        return None
    assert doc.format == "text" and doc.encoding
    for i, block in enumerate(doc.blocks):
        assert block.location.block == i
        if block.kind is BlockKind.TABLE:
            assert block.table is not None and block.table.rows
        else:
            assert block.text.strip() == block.text and block.text  # no empty or unstripped blocks
    return doc


@FAST
@given(st.binary(max_size=3000))
def test_text_reader_on_any_bytes(data: bytes) -> None:
    looks_like_text(data[:8192])
    _read(data)


@FAST
@given(report_like, st.sampled_from(ENCODINGS))
def test_text_reader_on_report_like_text_in_any_encoding(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    doc = _read(data)
    decoded, _enc, _warnings = decode(data)
    assert isinstance(decoded, str)
    if doc is not None and encoding.startswith("utf"):
        # Words of the text survive (single-byte guesses may legitimately pick another code page).
        words = {w for w in text.split() if w.isalpha() and len(w) > 3}
        got = " ".join(b.text if b.table is None else " ".join(c.text for r in b.table.rows for c in r.cells)
                       for b in doc.blocks)  # fmt: skip
        assert all(w in got for w in list(words)[:5]) or not words


# -- structurer -------------------------------------------------------------------------------------------

cell_text = st.sampled_from(PIECES) | st.text(max_size=12)


@st.composite
def tables(draw: st.DrawFn, depth: int = 0) -> Table:
    rows = []
    for _ in range(draw(st.integers(0, 5))):
        cells = []
        col = 0
        for _ in range(draw(st.integers(0, 5))):
            span = draw(st.integers(1, 3))
            nested = [draw(tables(depth + 1))] if depth < 2 and draw(st.integers(0, 9)) == 0 else []
            cells.append(Cell(text=draw(cell_text), column=col, col_span=span, row_span=draw(st.integers(1, 3)),
                              merged=draw(st.booleans()), nested=nested))  # fmt: skip
            col += span if draw(st.integers(0, 5)) else 0  # sometimes overlapping columns
        rows.append(Row(cells=cells, joined=draw(st.booleans())))
    return Table(rows=rows)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    blocks = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.sampled_from(list(BlockKind)))
        if kind is BlockKind.TABLE:
            blocks.append(Block(kind=kind, table=draw(tables())))
        else:
            blocks.append(Block(
                kind=kind, text=draw(cell_text), number=draw(st.none() | st.sampled_from(["1.", "2.1.", "I.", "а)", "0"])),
                level=draw(st.none() | st.integers(0, 12)), emphasis=draw(st.booleans()),
            ))  # fmt: skip
    return Document(path="p.docx", format="docx", blocks=blocks).reindex()


def _check_report(doc: Document) -> None:
    config = Config()
    registry = registry_for(config)
    report = analyse(doc, registry, config)
    for period in (report.project_period, report.reporting_period):
        assert period is None or period.start <= period.end
    for stage in report.stages:
        assert stage.period is None or stage.period.start <= stage.period.end
    for event in report.events:
        assert event.period is None or event.period.start <= event.period.end
    forced = Detection(registry.profiles["generic"], 0.0, "", "", True)
    from repcheck.structurer import structure

    structure(doc, forced)


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(documents())
def test_structurer_on_any_document(doc: Document) -> None:
    _check_report(doc)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(report_like)
def test_structurer_on_any_text_read(text: str) -> None:
    doc = _read(text.encode())
    if doc is not None:
        _check_report(doc)


# -- dates ---------------------------------------------------------------------------------------------------

date_like = st.lists(st.sampled_from([
    "2019", "2020", "2021", "2100", "1989", "31", "29", "02", ".", "-", "–", "/", "г.", "гг.", "года",
    "января", "февраля", "май", "декабрь", "с ", " по ", " до ", "настоящее время", "н.в.", "IV", "квартал",
    "полугодие", "учебный год", "от ", "№ ", "\n", "весь период", "в течение всего периода",
]) | st.text(max_size=3), max_size=25).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(date_like | st.text(max_size=120), st.none() | st.integers(1990, 2099), st.none() | st.dates())
def test_date_core_never_raises_and_periods_are_well_formed(text: str, year: int | None,
                                                            ref: datetime.date | None) -> None:
    last = 0
    for m in dates._scan(text, (year, ref)):  # unguarded: a crash here would be hidden by the API
        assert last <= m.start < m.end <= len(text)
        last = m.end
        assert m.period.start <= m.period.end
        assert MIN_DATE <= m.period.start
        assert m.period.precision in ("day", "month", "year")
        assert m.period.describe("ru") and m.period.describe("en")
    dates.is_whole_period(text)


@given(st.integers(1990, 2099))
def test_school_year_is_well_formed(year: int) -> None:
    p = dates.school_year(year)
    assert p.start == datetime.date(year, 9, 1) and p.end == datetime.date(year + 1, 8, 31)
    assert p.contains(dates.school_year(year)) and not p.overlaps(dates.school_year(year + 1))


@given(st.dates(), st.dates())
def test_a_reversed_period_cannot_be_built(a: datetime.date, b: datetime.date) -> None:
    lo, hi = min(a, b), max(a, b)
    dates.Period(start=lo, end=hi, text="x", precision="day")
    if lo != hi:
        try:
            dates.Period(start=hi, end=lo, text="x", precision="day")
        except ValueError:
            pass
        else:  # pragma: no cover
            raise AssertionError("a period ending before it starts was accepted")


# -- numbers ----------------------------------------------------------------------------------------------------

number_like = st.lists(st.sampled_from([
    "1", "12", "1 234", "1\u00a0234", "1 234,5", "0,5", "-", "—", "нет", "%", "чел.", "тыс. руб", "млн руб",
    " до ", "от ", "-х", "№ 5", "1.1.", "10:00", "44-ФЗ", "1-й", ",", ".", " ", "e5", "∞", "٣", "²",
]) | st.text(max_size=3), max_size=15).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(number_like | st.text(max_size=60))
def test_number_core_never_raises(text: str) -> None:
    cell = numbers._parse_cell(text)  # unguarded
    if cell is not None:
        assert cell.value == cell.value  # not NaN
        assert abs(cell.value) != float("inf")
    count = numbers.parse_count(text)
    assert count is None or (count >= 0 and isinstance(count, int))
