"""The text units of a report that duplicate rules compare: paragraphs, list items, and the
paragraphs of table cells, each with where it stands (block, row, column, section).

What is never a unit: headings and the blocks the structurer took as section headings (the
form's own titles), table header rows, the lower parts of vertical merges (the reader repeats
the origin cell's text there), the label column of a two-column passport table, and cells of
columns whose values repeat by nature (numbers, dates, counts, places, responsible persons,
organisations, levels, indicator names and values, funding).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from repcheck.dedup.normalize import clean
from repcheck.models.document import BlockKind
from repcheck.models.report import ColumnRole, Report, Section

# Columns whose cells repeat by nature: never compared.
SKIP_ROLES = frozenset(
    {
        ColumnRole.NUMBER,
        ColumnRole.DATES,
        ColumnRole.ACTUAL_DATES,
        ColumnRole.PARTICIPANTS,
        ColumnRole.RESPONSIBLE,
        ColumnRole.LEVEL,
        ColumnRole.PLACE,
        ColumnRole.ORGANISATION,
        ColumnRole.CATEGORY,
        ColumnRole.INDICATOR,
        ColumnRole.VALUE,
        ColumnRole.FUNDING_PLANNED,
        ColumnRole.FUNDING_ACTUAL,
        ColumnRole.PLANNED_PARTICIPATION,
    }
)
# A «Значение» / «Ответ» cell this long is prose (a questionnaire answer), not a value.
ANSWER_WORDS = 15

# Columns that state the plan: their wording reappears by design wherever the plan is quoted
# (the calendar plan, the plan-vs-actual table, the tasks).
PLAN_ROLES = frozenset({ColumnRole.TASK, ColumnRole.EVENT, ColumnRole.PLANNED_RESULT, ColumnRole.PLANNED_PRODUCT})

# Passport rows («Цель проекта | …», «Задачи | …», «Ожидаемые результаты | …») summarise the
# body: their value cells are plan wording, which the body repeats on purpose.
PASSPORT_PLAN_RE = re.compile(
    r"^\s*(цел[ьи]|задач|этап|сроки\s+и\s+этапы|ожидаем|планируем|прогнозируем|основн\w*\s+(идея|направлени|мероприяти)"
    r"|продукт|результат|тема|идея|гипотез|предмет|объект)",
    re.IGNORECASE,
)

# A line ending like this closes a paragraph; otherwise the next line continues it when it
# starts with a lower-case letter (a sentence broken by the extraction).
_END_RE = re.compile(r"[.!?;:»\")]\s*$")
_CONT_RE = re.compile(r"^\s*[а-яёa-z]")
# Sentence boundary: end punctuation, space, then an upper-case letter, a quote or a digit.
_SENT_RE = re.compile(r"(?<=[.!?;])\s+(?=[«\"(]?[А-ЯЁA-Z0-9])")
# Abbreviations after which a full stop does not end a sentence.
_ABBREV_RE = re.compile(r"(?:\b(?:г|гг|ст|п|пп|т|др|им|ул|д|см|рис|табл|стр|канд|наук|пед|психол|зав|зам|тыс|руб|чел|ч|н|с|л|м|о|см)|\b[А-ЯЁ])\.$")


@dataclass(slots=True)
class Unit:
    """One paragraph-sized piece of text and where it stands."""

    text: str  # readable text (markup removed, whitespace collapsed)
    block: int
    kind: str  # "paragraph", "list_item", "cell"
    row: int | None = None  # 0-based table row
    column: int | None = None  # grid column
    header: str | None = None  # the column's header text
    role: ColumnRole | None = None
    table: int | None = None  # index into Report.tables
    section: str | None = None  # label of the innermost section
    section_id: str | None = None  # the profile section id it belongs to (see section_ids)
    line: int | None = None
    page: int | None = None

    @property
    def plan_side(self) -> bool:
        return self.role in PLAN_ROLES

    def same_place(self, other: Unit) -> bool:
        return (self.block, self.row, self.column) == (other.block, other.row, other.column)


def split_paragraphs(text: str) -> list[str]:
    """Split a multi-line text (a cell, a paragraph with line breaks) into paragraphs, joining a
    line to the previous one when the previous does not end a sentence and the line starts in
    lower case (a sentence broken across lines or pages)."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if out and not _END_RE.search(out[-1]) and _CONT_RE.match(line):
            sep = "" if out[-1].endswith("-") else " "
            out[-1] = f"{out[-1]}{sep}{line}"
        else:
            out.append(line)
    return out


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph (a full stop after an abbreviation or an initial does not end one)."""
    parts = _SENT_RE.split(text)
    out: list[str] = []
    for part in parts:
        if out and _ABBREV_RE.search(out[-1]):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [p.strip() for p in out if p.strip()]


def section_ids(report: Report) -> dict[int, str]:
    """Profile section id for every block: the id of the innermost section holding the block
    that matched a profile section, or, when the sections around it are unmatched (sub-headings
    such as «1 этап»), the id of the last matched section before it."""
    out: dict[int, str] = {}
    n = len(report.document.blocks)
    starts: list[tuple[int, str]] = []
    for spec_id, match in report.coverage.items():
        if match.block is not None:
            starts.append((match.block, spec_id))

    def visit(section: Section, inherited: str | None) -> None:
        own = section.canonical or inherited
        if own:
            if section.block is not None:
                out[section.block] = own
            for b in section.body:
                out[b] = own
        for child in section.children:
            visit(child, own)

    for s in report.sections:
        visit(s, None)
    # Fill blocks of unmatched sections from the last matched start before them.
    starts.sort()
    current: str | None = None
    k = 0
    for b in range(n):
        while k < len(starts) and starts[k][0] <= b:
            current = starts[k][1]
            k += 1
        if b not in out and current is not None:
            out[b] = current
    return out


def report_units(report: Report) -> Iterator[Unit]:
    """Every comparable text unit of the report in document order (see the module docstring)."""
    doc = report.document
    heading_blocks = {s.block for s in report.all_sections() if s.block is not None}
    ids = section_ids(report)
    labels: dict[int, str] = {}
    for s in report.all_sections():
        if s.block is not None:
            labels[s.block] = s.label
        for b in s.body:
            labels[b] = s.label  # inner sections come later in the walk and win
    tables = {t.block: t for t in report.tables}
    for i, block in enumerate(doc.blocks):
        if block.kind is BlockKind.HEADING or i in heading_blocks:
            continue
        loc = block.location
        if block.table is None:
            kind = "list_item" if block.kind is BlockKind.LIST_ITEM else "paragraph"
            for para in split_paragraphs(block.text):
                yield Unit(text=clean(para), block=i, kind=kind, section=labels.get(i),
                           section_id=ids.get(i), line=loc.line, page=loc.page)
            continue
        rt = tables.get(i)
        header_rows = rt.header_rows if rt else 0
        # A table without a header row is label / value rows (a passport), however many columns
        # its merged cells span: its first column holds the labels.
        key_value = rt is not None and (rt.kind == "key_value" or (rt.kind is None and not rt.header_rows))
        label_col = 0 if key_value else (rt.column_of(ColumnRole.INDICATOR) if rt is not None else None)
        for r, row in enumerate(block.table.rows):
            if r < header_rows:
                continue
            label_cell = row.cell_at(label_col) if label_col is not None else None
            row_label = label_cell.text if label_cell is not None else ""
            passport_plan = PASSPORT_PLAN_RE.search(row_label) is not None  # once a row, not once a cell
            for cell in row.cells:
                if cell.merged or cell.is_blank:
                    continue
                if key_value and cell.column == 0:
                    continue
                role = None
                header = None
                if passport_plan and cell.column != label_col:
                    role = ColumnRole.TASK  # a passport or questionnaire restates the plan by design
                elif rt is not None and cell.column < len(rt.roles):
                    role = rt.roles[cell.column]
                    header = rt.headers[cell.column] or None
                if role is ColumnRole.VALUE and len(cell.text.split()) >= ANSWER_WORDS:
                    role = None  # a questionnaire's answer in prose, not a figure: compared like a paragraph
                elif role in SKIP_ROLES:
                    continue
                for para in split_paragraphs(cell.text):
                    yield Unit(text=clean(para), block=i, kind="cell", row=r, column=cell.column,
                               header=header, role=role, table=rt.index if rt else None,
                               section=labels.get(i), section_id=ids.get(i),
                               line=cell.line or row.line or loc.line, page=cell.page or row.page or loc.page)


def describe(section: str | None, table: int | None, row: int | None, column: str | None,
             line: int | None, lang: str = "ru") -> str:
    """Where a unit stands, for a message: «раздел «2.3 …», таблица 2, строка 4, «Колонка»»."""
    parts: list[str] = []
    if section:
        parts.append(f"раздел «{_short(section)}»" if lang == "ru" else f"section “{_short(section)}”")
    if table is not None:
        parts.append(f"таблица {table}" if lang == "ru" else f"table {table}")
    if row is not None:
        parts.append(f"строка {row}" if lang == "ru" else f"row {row}")
    if column:
        parts.append(f"«{_short(column, 50)}»" if lang == "ru" else f"“{_short(column, 50)}”")
    if line is not None and table is None:
        parts.append(f"строка файла {line}" if lang == "ru" else f"line {line}")
    return ", ".join(parts) if parts else ("начало документа" if lang == "ru" else "start of the document")


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > limit // 2 else limit - 1] + "…"


def quote(text: str, limit: int = 90) -> str:
    return _short(text, limit)
