"""Stated totals ("Итого", "Всего", "Общее число") with the parts they claim to sum.

Shapes found (StatedTotal.source):
- "table": a total row against the numeric rows above it, column by column; a grand total right
  after subtotals sums the subtotals;
- "table_row": a "Всего" column against the other count columns of the same row;
- "list": a run of "label – number" lines ending with a total line ("Общее число – 372");
- "text": a sentence "всего 12 мероприятий: 5 семинаров, 4 мастер-класса и 3 вебинара";
- "text_table": a sentence next to a table ("общее количество участников – 547 человек")
  against the sum of that table's participants column;
- "*_breakdown": a whole followed by the parts it includes ("в том числе", "из них") — those
  parts need not add up to the whole, but none may exceed it.

A total is only recorded when every part is known: a part cell that holds text instead of a
number ("30 (из них 5 родителей)") makes the sum unknowable, and the total is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from repcheck.models.document import BlockKind, Document, Row
from repcheck.models.report import ColumnRole, ReportTable, StatedTotal, TotalPart
from repcheck.parsing.numbers import AMOUNT, ROUBLES, parse_number, years_in
from repcheck.structurer.events import (
    TOTAL_RE,
    data_rows,
    is_placeholder,
    is_section_row,
)
from repcheck.structurer.tables import BREAKDOWN_RE, COUNT_RE, is_share
from repcheck.textmatch import lemma, lemmas, same_stem

# "Педагоги – 60", "Родители: 51 чел.", "Общее число – 372"
LIST_VALUE_RE = re.compile(r"^(?P<label>[^\d:–—-][^:–—]{1,120}?)\s*[:–—-]\s*(?P<value>\d[\d\s]*(?:[.,]\d+)?)\s*(чел\.?|человек|шт\.?|%)?\s*[.;]?$")
TOTAL_WORD_RE = re.compile(r"(?<![а-яё])(итого|всего|общее\s+(число|количество|кол-во))(?![а-яё])", re.IGNORECASE)
HEADER_TOTAL_RE = re.compile(r"(?:^|[\s(])(итого|всего|общее\s+(?:число|количество|кол-во))(?:[\s,.:)*¹²³]|$)", re.IGNORECASE)
NOT_SUMMED_ROLES = {ColumnRole.NUMBER, ColumnRole.DATES, ColumnRole.ACTUAL_DATES, ColumnRole.LEVEL, ColumnRole.PLACE,
                    ColumnRole.RESPONSIBLE}
PERCENT_HEADER_RE = re.compile(r"%|процент", re.IGNORECASE)
YEAR_RE = re.compile(r"^\s*(19|20)\d\d\s*(г\.?|год)?\s*$")

# "общее количество участников – 547 человек", "всего 312 участников", "общее число участников: 86"
PARTICIPANTS_TOTAL_RE = re.compile(
    r"(?:(?:общее|суммарное)\s+(?:число|количество|кол-во)\s+(?:участник\w*|присутствующ\w*|слушател\w*)"
    r"(?:\s+[а-яё]+){0,3}?\s*(?:[–—:-]|составил[оа]?|состави\w*)?\s*(?P<a>\d[\d\s]*\d|\d)"
    r"|(?:всего|итого)\s+(?P<b>\d[\d\s]*\d|\d)\s+(?:участник\w*|человек|слушател\w*))",
    re.IGNORECASE,
)
# "всего проведено 12 мероприятий: 5 семинаров, 4 мастер-класса и 3 вебинара"
TEXT_TOTAL_RE = re.compile(
    r"(?<![а-яё])(?:всего|итого|общее\s+(?:число|количество))(?P<pre>[^:.;\d]{0,60}?)(?P<value>\d[\d\s]*?\d|\d)"
    r"(?P<noun>\s+[а-яё\-]+(?:\s+[а-яё\-]+){0,3})?\s*:\s*(?P<parts>[^.;:]{3,300})",
    re.IGNORECASE,
)
# "в работе площадки участвовали 214 человек: обучающиеся – 176, педагоги – 29"
PEOPLE_TOTAL_RE = re.compile(
    r"(?<![а-яё])(?:участвовал\w*|приняли\s+участие|принимали\s+участие|охвачен\w*|задействован\w*"
    r"|вовлечен\w*|вовлечён\w*|присутствовал\w*)(?P<pre>(?:\s+[а-яё]+){0,3}?)\s+(?P<value>\d[\d\s]*?\d|\d)"
    r"(?P<noun>\s+(?:человек|чел\.|участник\w*|обучающ\w*|педагог\w*|слушател\w*))\s*:\s*(?P<parts>[^.;:]{3,300})",
    re.IGNORECASE,
)
# "5–7 классы – 146, 8–9 классы – 98, 10–11 классы – 41; всего – 295": the parts, then the whole.
PARTS_THEN_TOTAL_RE = re.compile(
    r"(?P<parts>(?:[^,;:.]{1,60}?\s[–—-]\s*\d[\d\s]*(?:чел\.?|человек)?\s*,\s*)+[^,;:.]{1,60}?\s[–—-]\s*\d[\d\s]*"
    r"(?:чел\.?|человек)?)\s*[;,.]?\s*(?:всего|итого)\s*[–—:-]?\s*(?P<value>\d[\d\s]*?\d|\d)(?!\d)(?![,.]\d)",
    re.IGNORECASE,
)
# "прошли 27 педагогических работников: 15 преподавателей и 10 мастеров": people, then their kinds
NOUN_TOTAL_RE = re.compile(
    r"(?<![\d.,])(?P<value>\d{1,5})(?P<pre>)\s+(?P<noun>(?:[а-яё\-]+\s+){0,2}?(?:работник|педагог|человек|участник|обучающ"
    r"|преподавател|специалист|учител|студент|воспитанник|ребен|ребён|дет|родител|слушател)[а-яё]*)"
    r"(?:\s+[^\s:.;,]{1,20}){0,4}?\s*:\s*(?P<parts>[^.;:]{3,300})",
    re.IGNORECASE,
)
SAME_NOUN_TOTAL_RE = re.compile(
    r"(?<![\d.,№])(?P<value>\d{1,5})\s+(?P<noun>[а-яё]{3,})(?:\s+[^\s:.;,]{1,20}){0,4}?\s*:\s*(?P<parts>[^.;:]{3,300})",
    re.IGNORECASE,
)
# "обучающиеся – 176", "педагоги: 29 чел."
PART_DASH_RE = re.compile(r"^\s*(?P<label>\S.{0,80}?)\s*[–—:-]\s*(?P<value>\d[\d\s]*?\d|\d)\s*(?:чел\.?|человек)?\s*\.?$")
PART_ITEM_RE = re.compile(r"^\s*(?:[–—-]\s*)?(?P<value>\d[\d\s]*?\d|\d)\s+(?:[–—-]\s+)?(?P<label>(?:[а-яёa-z«\"]|\d{1,2}-[а-яё])(?:[^,(]|\([^()]*\)){1,160})$", re.IGNORECASE)


def _cell_value(text: str) -> tuple[bool, float | None]:
    """(known, value): a number, a placeholder (counts as 0), or unknown text."""
    if is_placeholder(text):
        return True, 0.0 if text.strip() else None
    value = parse_number(text)
    return (value is not None), value


def _excluded_column(table: ReportTable, col: int) -> bool:
    role = table.roles[col] if col < len(table.roles) else None
    header = table.headers[col] if col < len(table.headers) else ""
    if PERCENT_HEADER_RE.search(header) and not COUNT_RE.search(header):
        return True  # «Исполнение, %»: percentages of different wholes do not add up
    return role in NOT_SUMMED_ROLES or is_share(header) and not COUNT_RE.search(header)


def table_totals(doc: Document, table: ReportTable) -> list[StatedTotal]:
    out = _column_totals(doc, table)
    out += _row_totals(doc, table)
    out += _text_table_totals(doc, table)
    stated = {(t.location.block, t.value) for t in out if t.source == "text_table"}
    out += [t for t in _prose_about_table(doc, table) if (t.location.block, t.value) not in stated]
    out += _prose_about_category(doc, table)
    return out


def _column_totals(doc: Document, table: ReportTable) -> list[StatedTotal]:
    """A total row compared, column by column, with the numeric rows since the previous total
    (or, right after subtotals, with the subtotals); "в том числе" rows under a total are its
    breakdown."""
    block = doc.blocks[table.block]
    assert block.table is not None
    rows = block.table.rows
    width = block.table.width
    out: list[StatedTotal] = []
    start = table.header_rows
    subtotals: dict[int, list[TotalPart]] = {}  # column -> subtotals since the last grand total
    for r in range(table.header_rows, len(rows)):
        row = rows[r]
        first = next((c for c in row.cells if c.text.strip()), None)
        if first is None or not TOTAL_RE.match(first.text):
            continue
        data = [pr for pr in range(start, r) if not is_section_row(rows[pr], width)
                and any(c.text.strip() for c in rows[pr].cells)]
        breakdown = _breakdown_rows(rows, r + 1, width)
        for cell in row.cells:
            if cell is first or cell.merged or cell.column >= len(table.headers):
                continue
            if _excluded_column(table, cell.column):
                continue
            value = parse_number(cell.text)
            if value is None:
                continue
            header = table.headers[cell.column] or None
            loc = block.location.model_copy(update={"row": r, "column": cell.column})
            common = {"label": first.text.strip()[:120], "value": value, "value_text": cell.text.strip()[:40],
                      "section": table.section,
                      "table": table.index, "row": r, "column": header, "location": loc}
            if data:
                parts = _column_parts(rows, data, cell.column, block)
                if parts is not None and len(parts) >= 2:
                    out.append(StatedTotal(parts=parts, source="table", **common))
                    subtotals.setdefault(cell.column, []).append(
                        TotalPart(label=first.text.strip()[:120], value=value, location=loc))
            elif len(subtotals.get(cell.column, [])) >= 2:
                out.append(StatedTotal(parts=subtotals.pop(cell.column), source="table", **common))
            if breakdown:
                parts = _column_parts(rows, breakdown, cell.column, block)
                if parts:
                    out.append(StatedTotal(parts=parts, source="table_breakdown", **common))
        start = r + 1 + len(breakdown)
    return out


def _breakdown_rows(rows: list[Row], start: int, width: int) -> list[int]:
    """Rows right under a total that start "в том числе" / "из них" (the first one may carry the
    phrase alone, the next ones continue the list)."""
    out: list[int] = []
    for r in range(start, len(rows)):
        first = next((c.text for c in rows[r].cells if c.text.strip()), "")
        if not first:
            break
        if BREAKDOWN_RE.match(first) or (out and first[:1].islower()):
            out.append(r)
        else:
            break
    return out


def _column_parts(rows: list[Row], indices: list[int], col: int, block) -> list[TotalPart] | None:
    parts: list[TotalPart] = []
    for pr in indices:
        prow = rows[pr]
        pcell = prow.cell_at(col)
        if pcell is None or pcell.merged:
            continue
        known, pval = _cell_value(pcell.text)
        if not known:
            return None  # a part we cannot read: the sum is unknown
        if pval is None:
            continue
        label = next((c.text.strip() for c in prow.cells if c.text.strip() and c is not pcell), "")
        parts.append(TotalPart(label=label[:120], value=pval,
                               location=block.location.model_copy(update={"row": pr, "column": col})))
    return parts


BASELINE_HEADER_RE = re.compile(r"исходн|базов|целев|стартов", re.IGNORECASE)


def _row_totals(doc: Document, table: ReportTable) -> list[StatedTotal]:
    """A "Всего" column against the other count columns of each row ("из них" columns are a
    breakdown of it)."""
    block = doc.blocks[table.block]
    assert block.table is not None
    if not table.header_rows:
        # A header the vocabulary does not know ("Категория | Педагоги | … | Всего"): the first
        # row, when it names a total column and holds no numbers.
        first = block.table.rows[0] if block.table.rows else None
        if first is None or any(parse_number(c.text) is not None for c in first.cells):
            return []
        headers = [""] * block.table.width
        for c in first.cells:
            headers[c.column] = c.text.strip()
        if not any(HEADER_TOTAL_RE.search(h) for h in headers):
            return []
        table = table.model_copy(update={"header_rows": 1, "headers": headers,
                                         "roles": [None] * len(headers)})
    total_cols = [c for c, h in enumerate(table.headers) if h and HEADER_TOTAL_RE.search(h)
                  and not _excluded_column(table, c)]
    if len(total_cols) != 1:
        return []
    total_col = total_cols[0]
    width = block.table.width
    rows = data_rows(doc, table)
    breakdown_cols = [c for c, h in enumerate(table.headers) if c != total_col and h and BREAKDOWN_RE.match(h)]
    candidates = []
    # «Израсходовано: 2024 г. | 2025 г. | всего нарастающим итогом»: a total under a spanning
    # header sums its sibling columns under that header, not the table's other amounts
    top = HEADER_TOTAL_RE.split(table.headers[total_col], maxsplit=1)[0].strip()
    siblings = [c for c, h in enumerate(table.headers) if c != total_col and top and h.startswith(top)
                and h.strip() != top] if top else []
    # «Всего за 2024–2025 годы»: the year columns of that span only; a baseline or target column
    # («2023 (исходное)», «2027 (целевое)») is no part of any total
    span = years_in(table.headers[total_col])
    for c in range(width):
        if c == total_col or c in breakdown_cols or c >= len(table.headers) or _excluded_column(table, c):
            continue
        if len(siblings) >= 2 and c not in siblings:
            continue
        header = table.headers[c] or ""
        if YEAR_RE.match(header) or BASELINE_HEADER_RE.search(header):
            continue
        years = years_in(header)
        if span and years and not any(min(span) <= y <= max(span) for y in years):
            continue
        if any(parse_number(dr.text(c)) is not None for dr in rows):
            candidates.append(c)
    out: list[StatedTotal] = []
    for dr in rows:
        value = parse_number(dr.text(total_col))
        if value is None:
            continue
        label = next((t for t in dr.texts(width) if t and parse_number(t) is None), "")[:120]
        loc = block.location.model_copy(update={"row": dr.index, "column": total_col})
        common = {"label": label or table.headers[total_col], "value": value,
                  "value_text": dr.text(total_col).strip()[:40], "section": table.section,
                  "table": table.index, "row": dr.index, "column": table.headers[total_col], "location": loc}
        for cols, source in ((candidates, "table_row"), (breakdown_cols, "table_row_breakdown")):
            if not cols:
                continue
            parts: list[TotalPart] | None = []
            for c in cols:
                known, v = _cell_value(dr.text(c))
                if not known:
                    parts = None
                    break
                if v is not None:
                    parts.append(TotalPart(label=table.headers[c][:120], value=v,
                                           location=block.location.model_copy(update={"row": dr.index, "column": c})))
            if parts and (len(parts) >= 2 or source.endswith("breakdown")):
                out.append(StatedTotal(parts=parts, source=source, **common))
    return out


def _text_table_totals(doc: Document, table: ReportTable) -> list[StatedTotal]:
    """"общее количество участников – 547" in the caption or the paragraph right after a table,
    against the sum of the table's participants column."""
    col = table.column_of(ColumnRole.PARTICIPANTS)
    if col is None or table.kind not in ("events", "plan_actual", "plan"):
        return []
    header = table.headers[col] if col < len(table.headers) else ""
    if is_share(header) and not COUNT_RE.search(header):
        return []
    block = doc.blocks[table.block]
    neighbours = [i for i in (table.block - 2, table.block - 1, table.block + 1) if 0 <= i < len(doc.blocks)]
    out: list[StatedTotal] = []
    for i in neighbours:
        b = doc.blocks[i]
        if b.kind is BlockKind.TABLE:
            continue
        if i == table.block - 2 and doc.blocks[table.block - 1].kind is not BlockKind.TABLE and doc.blocks[table.block - 1].text.strip():
            continue  # only the caption right before, or a heading followed by the caption
        if i == table.block + 1 and (b.full_text.rstrip().endswith(":") or (
                i + 1 < len(doc.blocks) and doc.blocks[i + 1].kind is BlockKind.TABLE)):
            continue  # a line after a table that introduces the next table is that table's caption
        m = PARTICIPANTS_TOTAL_RE.search(b.full_text)
        if not m:
            continue
        value = parse_number(m.group("a") or m.group("b"))
        if value is None:
            continue
        parts: list[TotalPart] = []
        for dr in data_rows(doc, table):
            known, v = _cell_value(dr.text(col))
            if not known:
                return []
            if v is not None:
                parts.append(TotalPart(label=dr.text(table.column_of(ColumnRole.EVENT))[:120], value=v,
                                       location=block.location.model_copy(update={"row": dr.index, "column": col})))
        if len(parts) >= 2:
            out.append(StatedTotal(label=m.group(0).strip()[:120], value=value, parts=parts, source="text_table",
                                   section=table.section, table=table.index, column=header or None,
                                   location=b.location))
    return out


# "составило 214 человек", "участвовали 868 обучающихся", "приняли участие 41 педагог"
PROSE_COUNT_RE = re.compile(
    r"(?<![\d.,])(?P<value>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?![\d.,]\d)\s+(?P<noun>[а-яё]+)",
    re.IGNORECASE,
)
# A sentence that states a whole: a total, or how many took part.
WHOLE_VERB_RE = re.compile(
    r"(?<![а-яё])(?:всего|итого|общ\w+\s+(?:число|количество)|составил\w*|участв(?:овал|ую|уе)\w*|приняли\s+участие"
    r"|принимали\s+участие|охвачен\w*|вовлечен\w*|вовлечён\w*|задействован\w*)",
    re.IGNORECASE,
)
GENERIC_NOUNS = frozenset({"человек", "участник"})
PEOPLE_NOUNS = GENERIC_NOUNS | frozenset({
    "обучающийся", "учащийся", "ученик", "школьник", "студент", "воспитанник", "ребёнок", "ребенок",
    "педагог", "учитель", "преподаватель", "родитель", "слушатель", "работник", "специалист",
    "наставник", "представитель", "выпускник", "семья", "обучаться", "учиться",  # participles lemmatise to verbs
})
VERB_REACH = 60  # characters after «составило», «участвовали» where the stated count stands
PROSE_NEAR = 2  # paragraphs after a table (or before it, its caption) that may speak of it


def _count_columns(doc: Document, table: ReportTable) -> dict[int, list[TotalPart]]:
    """Columns of whole numbers under a total row: column -> its data cells as parts."""
    block = doc.blocks[table.block]
    assert block.table is not None
    if not any(is_total_row_text(r) for r in block.table.rows[table.header_rows:]):
        return {}
    out: dict[int, list[TotalPart]] = {}
    rows = data_rows(doc, table)
    for col in range(len(table.headers)):
        if _excluded_column(table, col) or not table.headers[col].strip():
            continue
        parts: list[TotalPart] = []
        for dr in rows:
            known, v = _cell_value(dr.text(col))
            if not known or v is None or v != int(v):
                parts = []
                break
            label = next((t for t in dr.texts(len(table.headers)) if t.strip()), "")
            parts.append(TotalPart(label=label[:120], value=v,
                                   location=block.location.model_copy(update={"row": dr.index, "column": col})))
        if len(parts) >= 2:
            out[col] = parts
    return out


def is_total_row_text(row: Row) -> bool:
    first = next((c.text for c in row.cells if c.text.strip()), "")
    return bool(TOTAL_RE.match(first))


def _column_for(noun: str, table: ReportTable, columns: dict[int, list[TotalPart]]) -> int | None:
    """The count column a noun speaks of: its header shares the noun's lemma («обучающихся» —
    «Обучающиеся»); a generic «человек», «участников» means the table's only count column or
    its «Всего» column."""
    word = lemma(noun)
    if word not in PEOPLE_NOUNS:
        return None  # «6 организаций-партнёров» counts organisations, not the people in the column
    named = [c for c in columns if word in lemmas(table.headers[c])]
    if len(named) == 1:
        return named[0]
    if word in GENERIC_NOUNS or len(named) > 1:  # «педагогических и руководящих работников»: both columns
        whole = [c for c in columns if HEADER_TOTAL_RE.search(table.headers[c])]
        if len(whole) == 1:
            return whole[0]
        if len(columns) == 1:
            return next(iter(columns))
    return None


def _people_head(words: str, reach: int = 4) -> str | None:
    """The people noun a count qualifies, a few adjectives on («27 педагогических и руководящих
    работников» → «работников»)."""
    for word in re.findall(r"[а-яё]+", words.lower())[:reach]:
        if lemma(word) in PEOPLE_NOUNS:
            return word
    return None


STEM_SHARE = 0.8  # «педагога» names the row «Педагогические работники»


def _stated_counts(text: str) -> Iterator[tuple[re.Match[str], re.Match[str], str]]:
    """(verb, count, the words after the verb) for each whole a sentence states: the count comes
    right after the verb, in the same sentence («составило 214 человек», «участвовали 868
    обучающихся»); later numbers of the sentence are its parts, years are not counts."""
    for verb in WHOLE_VERB_RE.finditer(text):
        reach = re.split(r"[.;:!?]", text[verb.end(): verb.end() + VERB_REACH])[0]
        m = next((c for c in PROSE_COUNT_RE.finditer(reach) if not YEAR_RE.match(c.group("value"))), None)
        if m is not None:
            yield verb, m, reach


def _prose_about_table(doc: Document, table: ReportTable) -> list[StatedTotal]:
    """A count stated in the paragraph right after a table (or in its caption) against the
    table's column it names: «Итого 204» in the table, «общее число участников … составило 214
    человек» below it."""
    columns = _count_columns(doc, table)
    if not columns:
        return []
    out: list[StatedTotal] = []
    near = [table.block - 1] + list(range(table.block + 1, table.block + 1 + PROSE_NEAR))
    for i in near:
        if not 0 <= i < len(doc.blocks):
            continue
        b = doc.blocks[i]
        if b.kind is BlockKind.TABLE:
            if i > table.block:
                break
            continue
        text = b.full_text
        for verb, m, reach in _stated_counts(text):
            if re.search(r"[–—-]\s*$", reach[: m.start()]):
                continue  # «— 8 человек»: a part of a list
            value = parse_number(m.group("value"))
            after = text[verb.end() + m.start("noun"): verb.end() + m.start("noun") + VERB_REACH]
            col = _column_for(_people_head(after) or m.group("noun"), table, columns)
            if value is None or col is None:
                continue
            parts = columns[col]
            end = verb.end() + m.end()
            out.append(StatedTotal(label=text[max(0, verb.start() - 40): end].strip()[:160], value=value,
                                   parts=parts, source="text_table", section=table.section, table=table.index,
                                   column=table.headers[col] or None, location=b.location))
    return out


def _prose_about_category(doc: Document, table: ReportTable) -> list[StatedTotal]:
    """A count of one kind of people next to a participants table against its row for them:
    «участвуют 22 педагога» beside «Педагогические работники | 18»."""
    if table.kind == "indicators":
        # «Количество семей, вовлечённых в мероприятия проекта | 57»: a count row of indicators,
        # in a table with one value column (columns by year or plan/fact: which one is meant?)
        single = sum(1 for r in table.roles if r is ColumnRole.VALUE) == 1
        cat = table.column_of(ColumnRole.INDICATOR)
        cnt = table.column_of(ColumnRole.VALUE) if single else None
    else:
        cat, cnt = table.column_of(ColumnRole.CATEGORY), table.column_of(ColumnRole.PARTICIPANTS)
    if table.kind not in ("participants", "indicators") or cat is None or cnt is None:
        return []
    rows = [(dr, parse_number(dr.text(cnt))) for dr in data_rows(doc, table)]
    rows = [(dr, v) for dr, v in rows if v is not None
            and (table.kind == "participants" or COUNT_RE.match(dr.text(cat).strip()))]
    block = doc.blocks[table.block]
    out: list[StatedTotal] = []
    for i in [table.block - 1] + list(range(table.block + 1, table.block + 1 + PROSE_NEAR)):
        if not 0 <= i < len(doc.blocks) or doc.blocks[i].kind is BlockKind.TABLE:
            continue
        text = doc.blocks[i].full_text
        for verb, m, reach in _stated_counts(text):
            noun = _people_head(reach[m.start("noun"):])
            word = lemma(noun) if noun else ""
            if not word or word in GENERIC_NOUNS:
                continue  # a total of everyone is the column's business
            hits = [(dr, v) for dr, v in rows if any(same_stem(word, w, STEM_SHARE) for w in lemmas(dr.text(cat)))]
            value = parse_number(m.group("value"))
            if len(hits) != 1 or value is None:
                continue
            dr, v = hits[0]
            end = verb.end() + m.end()
            out.append(StatedTotal(
                label=text[max(0, verb.start() - 40): end].strip()[:160], value=value, source="text_row",
                parts=[TotalPart(label=dr.text(cat)[:120], value=v,
                                 location=block.location.model_copy(update={"row": dr.index, "column": cnt}))],
                section=table.section, table=table.index, column=table.headers[cnt] or None,
                location=doc.blocks[i].location))
    return out


def _distinct_measures(labels: list[str]) -> bool:
    """Lines "Количество публикаций – 1", "Количество конкурсов – 2" count different things:
    a total line after them is not their sum."""
    return sum(1 for l in labels if COUNT_RE.match(l.strip()) or re.match(r"\s*(доля|процент)", l, re.IGNORECASE)) >= 2


def list_totals(doc: Document) -> list[StatedTotal]:
    """In runs of "label – number" lines, a total line against the lines before it in the run;
    and sentences "всего N X: a A, b B и c C"."""
    out: list[StatedTotal] = []
    run: list[TotalPart] = []
    run_level: int | None = None
    for i, b in enumerate(doc.blocks):
        if b.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            run, run_level = [], None
            continue
        out.extend(_sentence_totals(b))
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
            if len(run) >= 2 and not _distinct_measures([p.label for p in run]):
                out.append(StatedTotal(label=label, value=value, parts=list(run), source="list",
                                       location=b.location))
            run = []
        else:
            run.append(TotalPart(label=label, value=value, location=b.location))
    out.extend(cell_totals(doc))
    return out


def _part_of(item: str, block) -> TotalPart | None:
    """One part of a listed breakdown: "5 семинаров" or "педагоги – 29"."""
    pm = PART_ITEM_RE.match(item)
    if pm:
        value = parse_number(pm.group("value"))
        if value is None or pm.group("label").lstrip().startswith("%"):
            return None
        return TotalPart(label=pm.group("label").strip()[:120], value=value, location=block.location)
    dm = PART_DASH_RE.match(item)
    if dm and re.search("[А-Яа-яЁё]", dm.group("label")):
        value = parse_number(dm.group("value"))
        if value is not None:
            return TotalPart(label=dm.group("label").strip()[:120], value=value, location=block.location)
    return None


QUOTED_RE = re.compile(r"«[^«»]*»|\"[^\"]*\"|\([^()]*\)")  # quoted names and remarks in brackets


def _split_items(text: str, number_first: bool = False) -> list[str]:
    """Items of a listed breakdown, split at commas, semicolons and «и», never inside a quoted
    name («3D-моделирование и прототипирование»); with `number_first`, only where a number follows."""
    masked = QUOTED_RE.sub(lambda m: "\0" * len(m.group(0)), text)
    items, start = [], 0
    sep = r"\s*(?:,|;|\s+и\s+|\s+а\s+также\s+)\s*" + (r"(?=\d)" if number_first else "")
    for m in re.finditer(sep, masked):
        items.append(text[start:m.start()])
        start = m.end()
    items.append(text[start:])
    return items


# «…, 6 представителей хозяйств, с которыми заключены договоры»: a relative clause qualifies the
# part before it (up to the next comma); it is not a part of its own.
RELATIVE_CLAUSE_RE = re.compile(
    r",\s*(?:(?:с|со|в|во|на|для|у|от|из|к|по|о|об|при|за|между|под)\s+)?(?:котор|чь)[а-яё]*(?![а-яё])[^,;]*",
    re.IGNORECASE,
)


def _parts(text: str, block) -> list[TotalPart]:
    text = RELATIVE_CLAUSE_RE.sub("", text)
    parts = _parts_of(_split_items(text.strip().rstrip(".")), block)
    if not parts:
        # «41 педагог гимназии и школ-партнёров, 384 обучающихся …»: an «и» inside a part's label
        parts = _parts_of(_split_items(text.strip().rstrip("."), number_first=True), block)
    return parts


def _parts_of(items: list[str], block) -> list[TotalPart]:
    parts: list[TotalPart] = []
    for item in items:
        part = _part_of(item, block)
        if part is None:
            return []
        parts.append(part)
    return parts


def _with_lead(text: str, start: int, quote: str, words: int = 3) -> str:
    """The quoted phrase with the few words before it in its sentence («стали 26 обучающихся …»),
    so that the finding reads as the report does."""
    head = re.split(r"[.;:!?]\s", text[:start])[-1].split()
    lead = " ".join(head[-words:]) if quote[:1].isdigit() else ""
    return f"{lead} {quote}".strip()


# «Объём финансирования составляет 1 800 000 руб., в том числе по годам: 2026 год — 500 000 руб.,
# 2027 год — 600 000 руб., 2028 год — 600 000 руб.»: an amount spread over consecutive years is
# the sum of its years.

YEAR_PART_RE = re.compile(
    r"(?:в\s+)?(?P<year>(?:19|20)\d\d)\s*(?:г\.|год[а-яё]*)?\s*[–—:-]\s*(?P<value>" + AMOUNT + r")\s*"
    r"(?:" + ROUBLES + r"|чел\.|человек)?",
    re.IGNORECASE,
)
_YEAR_PARTS = r"(?P<parts>(?:" + re.sub(r"\(\?P<\w+>", "(?:", YEAR_PART_RE.pattern) + r"\s*(?:[,;]|\s+и\s+)?\s*){2,})"
# … or a count with its years in brackets: «приняли участие 172 студента (в 2024 году – 64, в 2025 году – 118)»
BY_YEARS_TOTAL_RE = re.compile(
    r"(?P<value>" + AMOUNT + r")\s*(?:" + ROUBLES + r"\s*,?\s*(?:\(\s*)?(?:в\s+том\s+числе|в\s+т\.\s*ч\.?)?\s*"
    r"(?:по\s+годам|по\s+годам\s+реализации)?\s*:"
    r"|\s(?P<noun>[а-яё]+)(?:\s+[а-яё]+)?\s*\((?:\s*в\s+том\s+числе\s*:?)?)\s*" + _YEAR_PARTS,
    re.IGNORECASE,
)


def _by_years_totals(block, text: str) -> list[StatedTotal]:
    out: list[StatedTotal] = []
    for m in BY_YEARS_TOTAL_RE.finditer(text):
        value = parse_number(m.group("value"))
        items = list(YEAR_PART_RE.finditer(m.group("parts")))
        years = [int(i.group("year")) for i in items]
        values = [parse_number(i.group("value")) for i in items]
        consecutive = all(b - a == 1 for a, b in pairwise(years))
        if value is None or len(items) < 2 or not consecutive or any(v is None for v in values):
            continue
        if m.group("noun") is not None and (
            lemma(m.group("noun")) not in PEOPLE_NOUNS  # «4,2 балла (2023 – 4,0, 2024 – 4,4)» is no sum
            or any(v is not None and v >= value for v in values)  # «выросло до 120 (2023 – 80, 2024 – 120)»
            or re.search(r"(?:^|\s)(?:до|с|от|со)\s*$", text[max(0, m.start() - 5): m.start()])
        ):
            continue
        parts = [TotalPart(label=i.group(0).strip()[:120], value=v, location=block.location)
                 for i, v in zip(items, values) if v is not None]
        quote = text[m.start(): m.end("noun")] if m.group("noun") is not None else m.group("value")
        out.append(StatedTotal(label=_with_lead(text, m.start(), quote, words=4)[:160], value=value,
                               parts=parts, source="text", location=block.location))
    return out


_DIGIT_RE = re.compile(r"\d")
_TOTAL_WORD_RE = re.compile(r"всего|итого", re.IGNORECASE)
# Two pieces every match of PARTS_THEN_TOTAL_RE contains (its tail «всего – 285» and a part's
# «– 146»): that pattern backtracks over the whole text, these two are quick to rule it out.
_PARTS_TAIL_RE = re.compile(r"(?:всего|итого)\s*[–—:-]?\s*\d", re.IGNORECASE)
_PART_VALUE_RE = re.compile(r"\s[–—-]\s*\d")


def _sentence_totals(block, text: str | None = None) -> list[StatedTotal]:
    out: list[StatedTotal] = []
    text = block.full_text if text is None else text
    # Every pattern below needs a digit; all but the last a colon, the last «всего»/«итого» and a
    # number after it: text without them is not scanned (most paragraphs).
    if _DIGIT_RE.search(text) is None:
        return out
    colon = ":" in text
    if colon or "(" in text:
        out.extend(_by_years_totals(block, text))
    for regex in (TEXT_TOTAL_RE, PEOPLE_TOTAL_RE, NOUN_TOTAL_RE) if colon else ():
        for m in regex.finditer(text):
            value = parse_number(m.group("value"))
            if value is None or re.search(r"из\s+них|в\s+том\s+числе|в\s+т\.\s*ч", m.group("pre") or "", re.IGNORECASE):
                continue
            breakdown = bool(re.match(r"\s*(из\s+них|в\s+том\s+числе|в\s+т\.\s*ч)", m.group("parts"), re.IGNORECASE))
            body = re.sub(r"^\s*(из\s+них|в\s+том\s+числе|в\s+т\.\s*ч\.?)\s*", "", m.group("parts"), flags=re.IGNORECASE)
            parts = _parts(body, block)
            if len(parts) >= 2 and not any(t.value == value and len(t.parts) == len(parts) for t in out):
                out.append(StatedTotal(label=_with_lead(text, m.start(), m.group(0))[:160], value=value, parts=parts,
                                       source="text_breakdown" if breakdown else "text", location=block.location))
    for m in SAME_NOUN_TOTAL_RE.finditer(text) if colon else ():
        # «12 групп …: 4 группы …, 5 групп … и 4 группы …»: the parts count the whole's own noun
        value = parse_number(m.group("value"))
        parts = _parts(m.group("parts"), block)
        if value is None or len(parts) < 2 or any(t.value == value and len(t.parts) == len(parts) for t in out):
            continue
        noun = lemma(m.group("noun"))
        if all(p.label.split() and lemma(p.label.split()[0]) == noun for p in parts):
            out.append(StatedTotal(label=_with_lead(text, m.start(), m.group(0))[:160], value=value, parts=parts,
                                   source="text", location=block.location))
    for m in PARTS_THEN_TOTAL_RE.finditer(text) if _PARTS_TAIL_RE.search(text) and _PART_VALUE_RE.search(text) else ():
        value = parse_number(m.group("value"))
        parts = _parts(m.group("parts"), block)
        if value is not None and len(parts) >= 2:
            out.append(StatedTotal(label=m.group(0)[:120].strip(), value=value, parts=parts, source="text",
                                   location=block.location))
    return out


_CELL_TOTAL_RE = re.compile(r"всего|итого|участвовал|участие", re.IGNORECASE)


def cell_totals(doc: Document) -> list[StatedTotal]:
    """Sentence totals written inside table cells (a questionnaire's answer: «5–7 классы – 146,
    8–9 классы – 98; всего – 285»)."""
    out: list[StatedTotal] = []
    for b in doc.blocks:
        if b.table is None:
            continue
        for row in b.table.rows:
            for cell in row.cells:
                if not cell.merged and len(cell.text) <= 1000 and _CELL_TOTAL_RE.search(cell.text):
                    out.extend(_sentence_totals(b, cell.text))
    return out
