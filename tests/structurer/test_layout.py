"""A report laid out as one «Раздел отчёта | Содержание» table is read as the document it lays out."""

from __future__ import annotations

from repcheck.models.document import Block, BlockKind, Cell, Document, Location, Row, Table
from repcheck.structurer.layout import unfold_layout_tables


def _row(*cells: Cell) -> Row:
    return Row(cells=list(cells))


def _pair(label: str, text: str, nested: list[Table] | None = None) -> Row:
    return _row(Cell(text=label, column=0), Cell(text=text, column=1, nested=nested or []))


PLAN = Table(rows=[
    _row(Cell(text="№", column=0), Cell(text="Мероприятие", column=1), Cell(text="Срок", column=2)),
    _row(Cell(text="1", column=0), Cell(text="Семинар для педагогов", column=1), Cell(text="март 2025", column=2)),
])


def _layout() -> Table:
    return Table(rows=[
        _pair("Раздел отчёта", "Содержание"),
        _row(Cell(text="Часть I. Общие сведения", column=0, col_span=2)),
        _pair("1. Тема проекта", "«Маршруты памяти»: исследовательские умения обучающихся основной школы"),
        _pair("2. Отчётный период", "01.01.2025 – 31.12.2025, второй год реализации проекта в сети из двух школ"),
        _pair("3. Выполнение плана", "План мероприятий на 2025 год:\n№ | Мероприятие | Срок\n1 | Семинар для педагогов | март 2025",
              [PLAN]),
        _pair("4. Выводы", "Задачи года решены; в 2026 году сеть проведёт итоговую конференцию и издаст сборник."),
    ])


def test_a_layout_table_becomes_headings_paragraphs_and_its_nested_tables() -> None:
    doc = Document(path="x.docx", format="docx", blocks=[
        Block(kind=BlockKind.HEADING, text="ОТЧЁТ"),
        Block(kind=BlockKind.TABLE, table=_layout(), location=Location(block=1, table=0)),
    ]).reindex()
    out = unfold_layout_tables(doc)
    shape = [(b.kind, b.number, b.text) for b in out.blocks if b.kind is not BlockKind.TABLE]
    assert shape[:4] == [
        (BlockKind.HEADING, None, "ОТЧЁТ"),
        (BlockKind.HEADING, "Часть I.", "Общие сведения"),
        (BlockKind.HEADING, "1.", "Тема проекта"),
        (BlockKind.PARAGRAPH, None, "«Маршруты памяти»: исследовательские умения обучающихся основной школы"),
    ]
    # the nested plan is a table of its own; its rows repeated in the cell's text are not paragraphs
    assert [b.table for b in out.blocks if b.kind is BlockKind.TABLE] == [PLAN]
    assert not any(" | " in b.text for b in out.blocks)
    assert [b.location.block for b in out.blocks] == list(range(len(out.blocks)))
    assert doc.blocks[1].kind is BlockKind.TABLE  # the reader's document is left as it was


def test_a_passport_of_short_values_is_not_a_layout_table() -> None:
    passport = Table(rows=[_pair(f"{k}. Поле {k}", "значение") for k in range(1, 8)])
    doc = Document(path="x.docx", format="docx", blocks=[Block(kind=BlockKind.TABLE, table=passport)]).reindex()
    assert unfold_layout_tables(doc) is doc
