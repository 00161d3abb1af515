"""Events: the data rows of plan, plan/actual and events tables, and how their cells read.

Besides extracting events, this module knows the small vocabulary rules need to judge a row:
a placeholder cell ("-", "—", "нет", "____"), a cell saying the event did not happen
("не проводилось", "перенесено на 2024 год", "отменено"), a stated reason ("в связи с …",
"по причине …", "из-за …"), and rows that continue the previous one after a page break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from repcheck.models.document import Cell, Document, Row
from repcheck.models.report import ColumnRole, Event, ReportTable
from repcheck.parsing.dates import event_dates
from repcheck.parsing.numbers import parse_count

EVENT_TABLE_KINDS = {"plan", "plan_actual", "events"}
TOTAL_RE = re.compile(r"^\s*(итого|всего|общее\s+(число|количество)|общ\w+\s+колич|общ\w+\s+числ)", re.IGNORECASE)
LABEL_RE = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s+")

# A cell that holds no value: blank, dashes, underscores, "нет", "н/д", "отсутствует".
PLACEHOLDER_RE = re.compile(
    r"^[\s\-‐‑‒–—―_.*/\\]*(?:нет|не\s+было|н/д|н\.д\.|отсутству[а-яё]*|не\s+имеется)?[\s\-‐‑‒–—―_.*/\\]*$",
    re.IGNORECASE,
)

# "did not happen": the event was not held, postponed or cancelled.
_NOT_HELD = (
    r"не\s+(?:провод[а-яё]*|проведен[а-яё]*|проведён[а-яё]*|состоял[а-яё]*|выполн[а-яё]*"
    r"|реализ[а-яё]*|осуществл[а-яё]*|организов[а-яё]*|удалось|начат[а-яё]*|принима[а-яё]*|принял[а-яё]*"
    r"|участвова[а-яё]*)"
    r"|перенес[а-яё]*(?!\s+в\s)(?=\s+на\s|\s+срок|\s*$|[\s.,;:(])"
    r"|отмен[её]н[а-яё]*|отменил[а-яё]*|отмена\b"
)
NOT_HELD_RE = re.compile(rf"(?<![а-яё])(?:{_NOT_HELD})", re.IGNORECASE)
# Something was done: a positive verb not preceded by "не".
DONE_RE = re.compile(
    r"(?<![а-яё])(?<!не\s)(?:проведен|проведён|выполнен|разработан|организован|состоял(?:ся|ась|ось|ись)"
    r"|реализован|создан|подготовлен|прошл[иао]|принял[аи]?\s+участие|освоил|представлен|утвержден|утверждён"
    r"|опубликован|издан|заключен|заключён|сформирован|апробирован|внедрен|внедрён)",
    re.IGNORECASE,
)
REASON_RE = re.compile(
    r"(?<![а-яё])(?:в\s+связи\s+с|по\s+причине|по\s+(?:[а-яё]+\s+)?причинам|из-за|так\s+как|т\.\s*к\."
    r"|поскольку|ввиду|в\s+виду|вследствие|причин[аы]\s*[:–—-]|из\s+за|организатор\w*"
    # «перенесена на 12.03.2026: плановая остановка цеха на ремонт»: the explanation after a colon
    r"|(?:перенес\w*|не\s+проведен\w*|не\s+проведён\w*|не\s+состоял\w*|отмен[её]н\w*|не\s+выполнен\w*)(?:[^:;.]|\.(?=\d)){0,40}:"
    r"\s*(?!перенес|отмен|не\s|\d)[а-яё]+\s+[а-яё]+\s+[а-яё]{2,})",
    re.IGNORECASE,
)
CLAUSE_RE = re.compile(r"[.;!?\n]")


def is_placeholder(text: str) -> bool:
    """Blank, a dash, underscores or a word meaning "nothing" ("нет", "н/д")."""
    return bool(PLACEHOLDER_RE.match(text or ""))


def first_clause(text: str) -> str:
    """The text up to the first full stop, semicolon or line break (at least 1 character)."""
    text = (text or "").strip()
    m = CLAUSE_RE.search(text, 1)
    return text[: m.start()] if m else text


def says_not_held(text: str) -> bool:
    """The cell's leading statement says the event did not take place (not held, postponed,
    cancelled), and that statement does not also report something done."""
    clause = first_clause(text)
    if not NOT_HELD_RE.search(clause):
        return False
    return not DONE_RE.search(clause)


def states_reason(text: str) -> bool:
    return bool(REASON_RE.search(text or ""))


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


def _starts_lower(text: str) -> bool:
    text = text.lstrip(" \t«\"(")
    return bool(text) and text[0].isalpha() and text[0].islower()


def _ends_open(text: str) -> bool:
    """A cell cut in the middle: ends with a hyphenated word part or without final punctuation."""
    text = text.rstrip()
    return bool(text) and (text[-1] in "-‐,;:(" or text[-1].isalpha())


def is_continuation(prev: Row, row: Row, number_col: int | None) -> bool:
    """Whether `row` is the rest of `prev`, split by a page break that the reader did not join:
    it has no number of its own (when the table numbers rows), its first filled cell starts in
    lower case, and the cell above it in that column was cut off."""
    if number_col is not None and row_text(row, number_col):
        return False
    if number_col is not None and not row_text(prev, number_col):
        return False
    first = next((c for c in row.cells if c.text.strip()), None)
    if first is None or not _starts_lower(first.text):
        return False
    above = prev.cell_at(first.column)
    return above is not None and _ends_open(above.text)


def _compound(head: str, tail: str) -> bool:
    """"проблемно-" + "ориентированный" is a compound word; "учите-" + "лей" is a word cut by
    hyphenation."""
    m = re.search(r"([а-яё]+)-$", head, re.IGNORECASE)
    n = re.match(r"[а-яё]+", tail, re.IGNORECASE)
    return bool(m and n and len(m.group(1)) >= 4 and m.group(1)[-1] in "оеОЕ" and len(n.group(0)) >= 6)


@dataclass
class DataRow:
    """A logical data row: a table row plus the rows that continue it after a page break."""

    index: int  # 0-based index of its first row in the table
    rows: list[Row] = field(default_factory=list)

    @property
    def row(self) -> Row:
        return self.rows[0]

    @property
    def joined(self) -> bool:
        return len(self.rows) > 1 or self.rows[0].joined

    def text(self, col: int | None) -> str:
        if col is None:
            return ""
        parts = [row_text(r, col) for r in self.rows]
        out = ""
        for p in parts:
            if not p:
                continue
            if out.endswith("-") and p[:1].islower():
                out = out + p if _compound(out, p) else out[:-1] + p
            else:
                out = f"{out} {p}".strip()
        return out

    def cell(self, col: int) -> Cell | None:
        return self.row.cell_at(col)

    def texts(self, width: int) -> list[str]:
        return [self.text(c) for c in range(width)]


def data_rows(doc: Document, table: ReportTable) -> list[DataRow]:
    """The table's data rows (headers, totals and full-width section rows left out), page-split
    pieces joined to the row they continue."""
    block = doc.blocks[table.block]
    assert block.table is not None
    rows = block.table.rows
    width = block.table.width
    number_col = table.column_of(ColumnRole.NUMBER)
    out: list[DataRow] = []
    for r in range(table.header_rows, len(rows)):
        row = rows[r]
        if is_total_row(row) or is_section_row(row, width):
            continue
        if not any(c.text.strip() for c in row.cells):
            continue
        if out and out[-1].index + len(out[-1].rows) == r and is_continuation(out[-1].rows[-1], row, number_col):
            out[-1].rows.append(row)
            continue
        out.append(DataRow(index=r, rows=[row]))
    return out


def subject_column(table: ReportTable) -> int | None:
    for role in (ColumnRole.EVENT, ColumnRole.ORGANISATION, ColumnRole.TASK, ColumnRole.INDICATOR,
                 ColumnRole.PLANNED_RESULT, ColumnRole.PLANNED_PRODUCT, ColumnRole.PLANNED_PARTICIPATION):
        col = table.column_of(role)
        if col is not None:
            return col
    return None


def extract_events(doc: Document, table: ReportTable, stage: int | None) -> list[Event]:
    if table.kind not in EVENT_TABLE_KINDS:
        return []
    block = doc.blocks[table.block]
    assert block.table is not None
    col = {role: table.column_of(role) for role in ColumnRole}
    subject_col = next(
        (col[r] for r in (ColumnRole.EVENT, ColumnRole.ORGANISATION, ColumnRole.TASK,
                          ColumnRole.PLANNED_RESULT, ColumnRole.PLANNED_PRODUCT) if col[r] is not None),
        None,
    )
    events: list[Event] = []
    for drow in data_rows(doc, table):
        r, row = drow.index, drow.row
        text = drow.text(subject_col)
        number = drow.text(col[ColumnRole.NUMBER]).rstrip(".") or None
        m = LABEL_RE.match(text)
        if number is None and m:
            number = m.group(1)
        dates_text = drow.text(col[ColumnRole.DATES]) or None
        held = drow.text(col[ColumnRole.ACTUAL_DATES])
        if held and not is_placeholder(held) and not says_not_held(held) and event_dates(held) is not None:
            dates_text = held  # when it was held says more than when it was planned
        cells: dict[ColumnRole, str] = {}
        for c_idx, role in enumerate(table.roles):
            if role is not None and role not in cells:
                cells[role] = drow.text(c_idx)
        events.append(
            Event(
                number=number,
                text=text,
                dates_text=dates_text,
                period=event_dates(dates_text) if dates_text else None,
                participants=parse_count(drow.text(col[ColumnRole.PARTICIPANTS])),
                cells=cells,
                table=table.index,
                row=r,
                stage=stage,
                section=table.section,
                location=block.location.model_copy(update={"row": r, "line": row.line, "page": row.page}),
            )
        )
    return events
