"""Stated totals ("Итого", "Всего", "Общее число") with the parts they claim to sum."""

from __future__ import annotations

import re

from checker.models.document import BlockKind, Document
from checker.models.report import ReportTable, StatedTotal, TotalPart
from checker.parsing.numbers import parse_number
from checker.structurer.events import TOTAL_RE, is_section_row

# "Педагоги – 60", "Родители: 51 чел.", "Общее число – 372"
LIST_VALUE_RE = re.compile(r"^(?P<label>[^\d:–—-][^:–—]{1,120}?)\s*[:–—-]\s*(?P<value>\d[\d\s]*(?:[.,]\d+)?)\s*(чел\.?|человек|шт\.?|%)?\s*[.;]?$")


def table_totals(doc: Document, table: ReportTable) -> list[StatedTotal]:
    """A total row compared, column by column, with the numeric rows since the previous total."""
    block = doc.blocks[table.block]
    assert block.table is not None
    rows = block.table.rows
    width = block.table.width
    out: list[StatedTotal] = []
    start = table.header_rows
    for r in range(table.header_rows, len(rows)):
        row = rows[r]
        first = next((c for c in row.cells if c.text.strip()), None)
        if first is None or not TOTAL_RE.match(first.text):
            continue
        for cell in row.cells:
            if cell is first or cell.merged:
                continue
            value = parse_number(cell.text)
            if value is None:
                continue
            parts = []
            for pr in range(start, r):
                prow = rows[pr]
                if is_section_row(prow, width):
                    continue
                pcell = prow.cell_at(cell.column)
                pval = parse_number(pcell.text) if pcell and not pcell.merged else None
                if pval is not None:
                    label = next((c.text.strip() for c in prow.cells if c.text.strip() and c is not pcell), "")
                    parts.append(TotalPart(label=label[:120], value=pval,
                                           location=block.location.model_copy(update={"row": pr})))
            header = table.headers[cell.column] if cell.column < len(table.headers) else ""
            out.append(StatedTotal(
                label=first.text.strip()[:120], value=value, parts=parts, source="table",
                section=table.section, table=table.index, row=r, column=header or None,
                location=block.location.model_copy(update={"row": r, "column": cell.column}),
            ))
        start = r + 1
    return out


def list_totals(doc: Document) -> list[StatedTotal]:
    """In runs of "label – number" lines, a total line against the lines before it in the run."""
    out: list[StatedTotal] = []
    run: list[TotalPart] = []
    run_level: int | None = None
    for i, b in enumerate(doc.blocks):
        if b.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            run, run_level = [], None
            continue
        m = LIST_VALUE_RE.match(b.text.strip())
        if not m:
            run, run_level = [], None
            continue
        label = m.group("label").strip()
        value = parse_number(m.group("value"))
        if value is None:
            continue
        if run_level is not None and b.level != run_level:
            run = []
        run_level = b.level
        if TOTAL_RE.match(label):
            if len(run) >= 2:
                out.append(StatedTotal(label=label, value=value, parts=list(run), source="list",
                                       location=b.location))
            run = []
        else:
            run.append(TotalPart(label=label, value=value, location=b.location))
    return out
