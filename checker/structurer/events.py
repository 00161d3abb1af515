"""Events: the data rows of plan, plan/actual and events tables."""

from __future__ import annotations

import re

from checker.models.document import Document, Row
from checker.models.report import ColumnRole, Event, ReportTable
from checker.parsing.dates import event_dates
from checker.parsing.numbers import parse_count

EVENT_TABLE_KINDS = {"plan", "plan_actual", "events"}
TOTAL_RE = re.compile(r"^\s*(итого|всего|общее\s+(число|количество)|общ\w+\s+колич|общ\w+\s+числ)", re.IGNORECASE)
LABEL_RE = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s+")


def row_text(row: Row, col: int | None) -> str:
    if col is None:
        return ""
    cell = row.cell_at(col)
    return cell.text.strip() if cell else ""


def is_total_row(row: Row) -> bool:
    first = next((c.text for c in row.cells if c.text.strip()), "")
    return bool(TOTAL_RE.match(first))


def is_section_row(row: Row, width: int) -> bool:
    """A full-width row that titles the rows below it ("1. Программные мероприятия …")."""
    filled = [c for c in row.cells if c.text.strip()]
    return len(filled) == 1 and (filled[0].col_span >= max(2, width - 1) or width >= 3 and len(row.cells) == 1)


def extract_events(doc: Document, table: ReportTable, stage: int | None) -> list[Event]:
    if table.kind not in EVENT_TABLE_KINDS:
        return []
    block = doc.blocks[table.block]
    assert block.table is not None
    width = block.table.width
    col = {role: table.column_of(role) for role in ColumnRole}
    subject_col = next(
        (col[r] for r in (ColumnRole.EVENT, ColumnRole.ORGANISATION, ColumnRole.TASK,
                          ColumnRole.PLANNED_RESULT, ColumnRole.PLANNED_PRODUCT) if col[r] is not None),
        None,
    )
    events: list[Event] = []
    for r, row in enumerate(block.table.rows):
        if r < table.header_rows or is_total_row(row) or is_section_row(row, width):
            continue
        text = row_text(row, subject_col)
        if not text and not any(c.text.strip() for c in row.cells):
            continue
        number = row_text(row, col[ColumnRole.NUMBER]).rstrip(".") or None
        m = LABEL_RE.match(text)
        if number is None and m:
            number = m.group(1)
        dates_text = row_text(row, col[ColumnRole.DATES]) or None
        cells = {}
        for c_idx, role in enumerate(table.roles):
            if role is not None and role.value not in cells:
                cells[role.value] = row_text(row, c_idx)
        events.append(
            Event(
                number=number,
                text=text,
                dates_text=dates_text,
                period=event_dates(dates_text) if dates_text else None,
                participants=parse_count(row_text(row, col[ColumnRole.PARTICIPANTS])),
                cells=cells,
                table=table.index,
                row=r,
                stage=stage,
                section=table.section,
                location=block.location.model_copy(update={"row": r, "line": row.line, "page": row.page}),
            )
        )
    return events
