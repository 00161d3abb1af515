"""Table analysis: header rows, column roles from the profile's vocabulary, table kind."""

from __future__ import annotations

import re
from functools import lru_cache

from repcheck.models.document import Block, BlockKind, Document, Row
from repcheck.models.report import OUTCOME_ROLES, ColumnRole, ReportTable
from repcheck.parsing.numbers import parse_count, parse_number
from repcheck.profile import Profile

SUBJECT_ROLES = (
    ColumnRole.EVENT,
    ColumnRole.TASK,
    ColumnRole.ORGANISATION,
    ColumnRole.PLANNED_RESULT,
    ColumnRole.PLANNED_PRODUCT,
    ColumnRole.PLANNED_PARTICIPATION,
    ColumnRole.INDICATOR,
)
NUMBER_ROW_RE = re.compile(r"^\s*\d{1,2}\s*\.?\s*$")
CAPTION_MAX = 300

# A column or an indicator that holds a share of a whole: "%", "доля", "процент". («Охват» alone
# is as often a head count as a share.)
SHARE_RE = re.compile(r"%|процент|(?<![а-яё])дол[яиеюь]\b", re.IGNORECASE)
# ... unless it measures a change or a plan fulfilment, which may exceed 100 %.
GROWTH_RE = re.compile(
    r"рост|прирост|динамик|темп|изменени|увеличени|снижени|выполнени\w*\s+плана|по\s+сравнению"
    r"|отклонени|соотношени|к\s+уровню|к\s+прошл|от\s+плана|исполнени",
    re.IGNORECASE,
)
# A header or first cell naming the whole: "Всего", "Итого", "Общее количество".
TOTAL_HEADER_RE = re.compile(r"^\s*(итого|всего|общее\s+(число|количество|кол-во))", re.IGNORECASE)
# A header or first cell naming a part of the row/column before it: "из них", "в том числе".
BREAKDOWN_RE = re.compile(r"^\s*[(\-–—]?\s*(из\s+них|в\s+том\s+числе|в\s+т\.\s*ч\.?|том\s+числе|из\s+которых)", re.IGNORECASE)
# A count (not a share) in a header or indicator: "Количество …", "Число …", "чел."
COUNT_RE = re.compile(r"(?<![а-яё])(количеств|кол-?во|к-?во|число|численност)|чел\.?(?![а-яё])|человек", re.IGNORECASE)

_LEVELS = (
    ("международный", r"международн|межгосударств"),
    ("межрегиональный", r"межрегиональн"),
    ("всероссийский", r"всероссийск|федеральн|(?<![а-яё])российск"),
    ("региональный", r"(?<!меж)региональн|краев|областн|республиканск|окружн"),
    ("муниципальный", r"муниципальн|городск|районн"),
    ("школьный", r"школьн|институциональн|уровень\s+оо|внутришкольн"),
)


# A share that is in fact given as a head count: "Доля педагогов …, чел.", "Количество (%)".
HEAD_COUNT_RE = re.compile(r"^\s*(количеств|кол-?во|к-?во|число|численност)|чел\.?\s*\)?\s*[.,;]?\s*$|человек\s*\)?\s*$",
                           re.IGNORECASE)


def is_head_count(text: str) -> bool:
    return bool(HEAD_COUNT_RE.search(text or ""))


def is_share(text: str) -> bool:
    """The header or indicator names a share of a whole, which cannot exceed 100 %."""
    return bool(SHARE_RE.search(text or "")) and not GROWTH_RE.search(text or "")


def level_of(text: str) -> str | None:
    """The level of an event ("Муниципальный", "краевой", "всероссийский") in canonical form."""
    t = norm_header(text)
    if not t:
        return None
    hits = {name for name, pat in _LEVELS if re.search(pat, t)}
    return hits.pop() if len(hits) == 1 else None


def norm_header(text: str) -> str:
    return " ".join(text.lower().replace("ё", "е").split())


@lru_cache(maxsize=64)
def _compiled(profile_columns: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[ColumnRole, list[re.Pattern]]]:
    return [(ColumnRole(role), [re.compile(p, re.IGNORECASE) for p in pats]) for role, pats in profile_columns]


def role_patterns(profile: Profile) -> list[tuple[ColumnRole, list[re.Pattern]]]:
    key = tuple((role.value, tuple(pats)) for role, pats in profile.columns.items())
    return _compiled(key)


# A header that opens with a word of time names a date column whatever follows.
BRACKETS_RE = re.compile(r"\([^()]*\)")
ACTUAL_WORD_RE = re.compile(r"факт", re.IGNORECASE)
DATES_FIRST_RE = re.compile(r"^\s*(сроки?|дат[аы]|период|время)(?![а-яё])")


# header_role's answers: (text, id of the patterns) → (the patterns, role). A table's first rows
# are the form's headers, the same in every report of a form: most questions repeat. Bounded.
_ROLE_CACHE: dict[tuple[str, int], tuple[list, ColumnRole | None]] = {}
_ROLE_CACHE_MAX = 4096


def header_role(text: str, patterns: list[tuple[ColumnRole, list[re.Pattern]]]) -> ColumnRole | None:
    key = (text, id(patterns))
    held = _ROLE_CACHE.get(key)
    if held is not None and held[0] is patterns:
        return held[1]
    role = _header_role(text, patterns)
    if len(_ROLE_CACHE) >= _ROLE_CACHE_MAX:
        _ROLE_CACHE.clear()
    _ROLE_CACHE[key] = (patterns, role)
    return role


def _header_role(text: str, patterns: list[tuple[ColumnRole, list[re.Pattern]]]) -> ColumnRole | None:
    h = norm_header(text)
    if not h:
        return None
    if DATES_FIRST_RE.match(h):
        # «Сроки проведения фактически» is a date, not a result: the date it was held
        return ColumnRole.ACTUAL_DATES if ACTUAL_WORD_RE.search(h) else ColumnRole.DATES
    for role, pats in patterns:
        if any(p.search(h) for p in pats):
            return role
    bare = " ".join(BRACKETS_RE.sub(" ", h).split())
    if bare and bare != h:
        # «Результат (на 30.06.2025)»: a remark in brackets does not change what the column holds
        for role, pats in patterns:
            if any(p.search(bare) for p in pats):
                return role
    return None


def _is_numbering_row(row: Row) -> bool:
    """The "1 2 3 4" row some forms put under the header."""
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    return len(texts) >= 2 and all(NUMBER_ROW_RE.match(t) for t in texts)


_NUMERIC_RE = re.compile(r"[\d\s.,%]+")


def _looks_like_header(row: Row, patterns, first: bool) -> bool:
    """The first row is a header when a third of its cells name a known role; a further row
    only when half do (a data row may mention "мероприятие" too)."""
    texts = [c.text for c in row.cells if c.text.strip()]
    if not texts:
        return False
    hits = sum(1 for t in texts if header_role(t, patterns) is not None)
    numeric = sum(1 for t in texts if _NUMERIC_RE.fullmatch(t.strip()) and not YEAR_CELL_RE.match(t))
    need = max(1, -(-len(texts) // 3)) if first else max(1, (len(texts) + 1) // 2)
    if len(texts) <= 2:
        need = len(texts)  # a two-column table is usually "label | value" (a passport)
    return hits >= need and numeric == 0


def analyse_table(block_index: int, table_index: int, doc: Document, profile: Profile) -> ReportTable:
    block = doc.blocks[block_index]
    assert block.table is not None
    rows = block.table.rows
    width = block.table.width
    patterns = role_patterns(profile)
    header_rows = 0
    while header_rows < min(3, len(rows)) and _looks_like_header(rows[header_rows], patterns, header_rows == 0):
        if header_rows and not any(c.col_span > 1 for c in rows[0].cells):
            break  # a second header row exists only under a spanning header cell
        if header_rows and sum(1 for c in rows[header_rows].cells if c.text.strip()) < 2:
            break  # one text across the row under the header is a group row («Задача 1. …»)
        header_rows += 1
    if not header_rows and _plain_header_over_numbers(rows):
        header_rows = 1
    if header_rows == 1 and len(rows) > 2 and _sub_header_row(rows[0], rows[1]):
        header_rows = 2
    if header_rows and header_rows < len(rows) and _is_numbering_row(rows[header_rows]):
        header_rows += 1
    headers = [""] * width
    for row in rows[:header_rows]:
        if _is_numbering_row(row):
            continue
        for cell in row.cells:
            for col in range(cell.column, min(width, cell.column + cell.col_span)):
                if cell.text.strip() and cell.text.strip() not in headers[col]:
                    headers[col] = f"{headers[col]} {cell.text.strip()}".strip()
    roles = [header_role(h, patterns) if h else None for h in headers]
    for col, role in enumerate(roles):
        # «Выполнение» over «Отметка | Результат, продукт»: when the joined header says nothing
        # known, the lower cell alone may («Результат, продукт» is a result under any group).
        last = _lowest_header_text(rows[:header_rows], col)
        if role is None and last and last != headers[col]:
            roles[col] = header_role(last, patterns)
    _refine_roles(roles, rows[header_rows:])
    table = ReportTable(
        block=block_index,
        index=table_index,
        caption=find_caption(doc, block_index),
        header_rows=header_rows,
        headers=headers,
        roles=roles,
    )
    table.kind = table_kind(table, width)
    return table


def _lowest_header_text(header: list[Row], col: int) -> str:
    """The text of the lowest header cell over column `col` (a sub-header under a group)."""
    for row in reversed(header):
        if _is_numbering_row(row):
            continue
        for cell in row.cells:
            if cell.column <= col < cell.column + cell.col_span and cell.text.strip():
                return cell.text.strip()
    return ""


BARE_NUMBER_RE = re.compile(r"[\d\s.,%–—\-+]+")
YEAR_CELL_RE = re.compile(r"^\s*(?:19|20)\d\d\s*(?:г\.?|год)?\s*$")
SUB_HEADER_CELL_MAX = 30
# A year heading a column under a spanning cell: «2025», «2027*», «2023 г. (исходное)».
SUB_YEAR_RE = re.compile(r"^\s*(?:19|20)\d\d\s*(?:г\.?|год)?\s*[*¹²³]*\s*(?:\([а-яё ]{1,20}\))?\s*$", re.IGNORECASE)


def _sub_header_row(top: Row, row: Row) -> bool:
    """A second header row: short words without numbers under the spanning cells of the first
    («Сроки» over «план | факт», «Участники» over «дети | педагоги | родители»)."""
    spans = [c for c in top.cells if c.col_span > 1 and c.text.strip()]
    filled = [c for c in row.cells if c.text.strip() and not c.merged]
    if not spans or len(filled) < 2:
        return False
    if any(len(c.text.strip()) > SUB_HEADER_CELL_MAX or (re.search(r"\d", c.text) and not SUB_YEAR_RE.match(c.text))
           for c in filled):
        return False
    under = [c for c in filled if any(s.column <= c.column < s.column + s.col_span for s in spans)]
    return len(under) >= 2


HEADER_NUMERIC_SHARE = 0.6  # a column this numeric under a worded first cell is a count column


def _plain_header_over_numbers(rows: list[Row]) -> bool:
    """A first row in words over a column of numbers is a header, whatever its words
    («Группа | Возраст детей | Количество воспитанников» over «26», «24», … «Итого 102»)."""
    if len(rows) < 3:
        return False
    first = rows[0]
    texts = [c.text.strip() for c in first.cells if c.text.strip()]
    if len(texts) < 2 or any(BARE_NUMBER_RE.fullmatch(t) and not YEAR_CELL_RE.match(t) for t in texts):
        return False  # a bare number that is not a year makes it a data row («7 кл.», «2025» head columns)
    for cell in first.cells:
        head = cell.text.strip()
        if not head or len(head) > 120 or not (re.search("[А-Яа-яЁё]", head) or YEAR_CELL_RE.match(head)):
            continue
        below = [c.text for r in rows[1:] if (c := r.cell_at(cell.column)) is not None and c.text.strip()]
        numeric = sum(1 for t in below if parse_number(t) is not None)
        if len(below) >= 2 and numeric >= HEADER_NUMERIC_SHARE * (len(rows) - 1):
            return True
    return False


def _refine_roles(roles: list[ColumnRole | None], data: list[Row]) -> None:
    """Headers that name two things, told apart by what the column holds: «Участники» over
    "312 учащихся" counts participants; over "Педагоги", "Родители" it names categories."""
    if ColumnRole.PARTICIPANTS in roles:
        return
    for col, role in enumerate(roles):
        if role is not ColumnRole.CATEGORY:
            continue
        cells = [c.text for r in data if (c := r.cell_at(col)) is not None and c.text.strip()]
        counts = sum(1 for t in cells if parse_count(t) is not None)
        if cells and counts >= 0.6 * len(cells):
            roles[col] = ColumnRole.PARTICIPANTS


# Headers of a record of events held: how the site took part, where it was published.
RECORD_HEADER_RE = re.compile(r"форм\w*\s+(участия|представлени)|выходные\s+данные|тема\s+выступлени", re.IGNORECASE)


def table_kind(table: ReportTable, width: int) -> str | None:
    roles = {r for r in table.roles if r}
    has_subject = any(r in roles for r in SUBJECT_ROLES)
    if not table.header_rows:
        return "key_value" if width == 2 else None
    if ColumnRole.FUNDING_PLANNED in roles or ColumnRole.FUNDING_ACTUAL in roles:
        return "funding"
    if roles & OUTCOME_ROLES and has_subject:
        return "plan_actual"
    if ColumnRole.CATEGORY in roles and ColumnRole.PARTICIPANTS in roles and ColumnRole.EVENT not in roles:
        return "participants"  # with an event column it is a record of events and who came
    if ColumnRole.EVENT in roles and ColumnRole.PARTICIPANTS in roles:
        return "events"
    if ColumnRole.EVENT in roles and ColumnRole.DATES in roles and ColumnRole.TASK not in roles and (
        ColumnRole.LEVEL in roles or any(RECORD_HEADER_RE.search(h) for h in table.headers)
    ):
        return "events"  # a record of what was held (its level, the form of taking part), not a plan
    if (ColumnRole.EVENT in roles or ColumnRole.TASK in roles) and ColumnRole.DATES in roles:
        return "plan"
    if ColumnRole.INDICATOR in roles:
        return "indicators"
    return None


def find_caption(doc: Document, block_index: int) -> str | None:
    """The paragraph or heading just before a table (up to two blocks back)."""
    for i in range(block_index - 1, max(-1, block_index - 3), -1):
        b: Block = doc.blocks[i]
        if b.kind is BlockKind.TABLE:
            return None
        text = b.full_text.strip()
        if text and len(text) <= CAPTION_MAX:
            return text
    return None
