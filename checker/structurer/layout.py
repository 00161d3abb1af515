"""A report laid out as one table: «Раздел отчёта | Содержание» rows, each a section — its title
in the first cell, its text (and tables nested in the cell) in the second. Such a table is read
as the document it lays out: headings, paragraphs and the nested tables, in order, so that
sections, plans and totals are found as in any other report."""

from __future__ import annotations

import re

from repcheck.models.document import Block, BlockKind, Document, Row, Table

LAYOUT_MIN_ROWS = 5  # a two-column passport has fewer sections than this … or no long texts
LABEL_MAX = 120  # a section title in the first cell
LONG_CONTENT = 60  # characters of a content cell that is text, not a value
SECTION_SHARE = 0.6  # rows whose first cell reads as a section title
# «1. Тема проекта», «2.3 Участники», «Часть I. Общие сведения», «Раздел 4. …»
NUMBERED_LABEL_RE = re.compile(r"^\s*(?P<n>(?:(?:Часть|Раздел|Глава)\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,5}\.))\s+(?P<t>\S.*)$",
                               re.IGNORECASE)
HEADER_WORDS_RE = re.compile(r"^\s*(раздел|пункт|наименование раздела|содержание|сведения|информация)", re.IGNORECASE)


def _cells(row: Row) -> list:
    return [c for c in row.cells if not c.merged]


def _is_layout(table: Table) -> bool:
    """Two columns; most rows a numbered title over text or tables; long texts or nested tables
    in the second column (a passport's values are short and never hold tables)."""
    if table.width != 2 or len(table.rows) < LAYOUT_MIN_ROWS:
        return False
    pairs = [r for r in table.rows if len(_cells(r)) == 2]
    if len(pairs) < LAYOUT_MIN_ROWS - 1:
        return False
    titled = sum(1 for r in pairs if len(_cells(r)[0].text) <= LABEL_MAX and NUMBERED_LABEL_RE.match(_cells(r)[0].text))
    rich = sum(1 for r in pairs if _cells(r)[1].nested or len(_cells(r)[1].text) >= LONG_CONTENT)
    nested = sum(1 for r in pairs for c in _cells(r) if c.nested)
    return titled >= SECTION_SHARE * len(pairs) and rich >= len(pairs) / 2 and nested >= 1


def _heading(text: str, template: Block, row: int, level: int) -> Block:
    text = " ".join(text.split())
    m = NUMBERED_LABEL_RE.match(text)
    number, title = (m.group("n"), m.group("t")) if m else (None, text)
    loc = template.location.model_copy(update={"row": row, "column": 0})
    return Block(kind=BlockKind.HEADING, text=title, number=number, level=level, emphasis=True, location=loc)


def _unfold(block: Block) -> list[Block]:
    assert block.table is not None
    out: list[Block] = []
    for r, row in enumerate(block.table.rows):
        cells = _cells(row)
        if r == 0 and len(cells) == 2 and all(HEADER_WORDS_RE.match(c.text) and len(c.text) <= 40 for c in cells):
            continue  # «Раздел отчёта | Содержание»
        if not cells:
            continue
        if len(cells) == 1 and not cells[0].nested and len(cells[0].text) <= LABEL_MAX:
            if cells[0].text.strip():  # «Часть I. Общие сведения» across the table
                out.append(_heading(cells[0].text, block, r, 1))
            continue
        label, content = (cells[0], cells[-1]) if len(cells) == 2 else (None, cells[0])
        if label is not None and label.text.strip():
            out.append(_heading(label.text, block, r, 2))
        out.extend(_content(content, block, r))
    return out


def _content(cell, block: Block, row: int) -> list[Block]:
    """A content cell's paragraphs, then its nested tables (whose rows the cell's text repeats,
    «a | b | c», and are not paragraphs)."""
    loc = block.location.model_copy(update={"row": row, "column": cell.column})
    out = [Block(kind=BlockKind.PARAGRAPH, text=line.strip(), location=loc)
           for line in cell.text.split("\n") if line.strip() and not (cell.nested and " | " in line)]
    out.extend(Block(kind=BlockKind.TABLE, table=table, location=loc) for table in cell.nested)
    return out


def unfold_layout_tables(doc: Document) -> Document:
    """The document with each layout table replaced by the blocks it lays out (the reader's
    Document is left as it was)."""
    layouts = {i for i, b in enumerate(doc.blocks) if b.table is not None and _is_layout(b.table)}
    if not layouts:
        return doc
    blocks: list[Block] = []
    for i, b in enumerate(doc.blocks):
        blocks.extend(_unfold(b) if i in layouts else [b.model_copy()])
    return doc.model_copy(update={"blocks": blocks}).reindex()
