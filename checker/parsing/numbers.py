"""Russian number parsing for report cells and free text.

Cells hold counts and amounts written the Russian way: "1 234", "1 234,5" (space or no-break
space groups thousands, comma is the decimal mark), "60 чел.", "90%"; empty cells are written
"-", "—" or "нет". Free text mixes such numbers with dates, order numbers ("№ 113"), section
numbers ("1.1."), phones and URLs, which are not quantities and are skipped.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

# A same-length normaliser and the URL/phone masks are shared with the date grammar so that
# both modules agree on what is "not a number".
from repcheck.parsing.dates import _masked_spans, _normalize, find_dates

__all__ = ["AMOUNT", "ROUBLES", "NumberMatch", "find_numbers", "parse_count", "parse_number", "parse_partial",
           "years_in"]

# Pattern pieces for other modules' regular expressions: an amount written the Russian way
# («3 238 450,00», «1800000») and the rouble units after it («руб.», «тыс. руб.», «₽»).
AMOUNT = r"(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]\d{1,2})?"
ROUBLES = r"(?:тыс\.\s*|млн\.?\s*)?(?:руб(?:\.|л[а-яё]*)?|₽|р\.)"
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def years_in(text: str) -> list[int]:
    """The years a text names: «Всего за 2024–2025 годы» → [2024, 2025]."""
    return [int(y) for y in _YEAR_RE.findall(text)]


class NumberMatch(BaseModel):
    """A number found in free text; span indexes the searched string."""

    model_config = ConfigDict(frozen=True)

    value: float
    start: int
    end: int
    text: str
    unit: str | None = None
    is_percent: bool = False
    is_range: bool = False
    high: float | None = None


# --------------------------------------------------------------------------- grammar

_GROUP_SP = "[ \u00a0\u202f]"  # after _normalize only " " remains, kept for clarity
# Integer part: space-grouped thousands ("1 234 567") or a plain run of digits.
_INT = rf"(?:\d{{1,3}}(?:{_GROUP_SP}\d{{3}})+(?!\d)|\d+)"
_NUM = rf"{_INT}(?:,\d+)?"
_NUM_DOT = rf"{_INT}(?:[.,]\d+)?"  # a cell may use "." as the decimal mark; free text may not

# (canonical unit, pattern); longer forms first so "тыс. руб" wins over "тыс".
_UNITS: tuple[tuple[str, str], ...] = (
    ("тыс. руб", r"тыс\.?[ \t]*руб(?:лей|ля|ль)?\.?"),
    ("млн руб", r"млн\.?[ \t]*руб(?:лей|ля|ль)?\.?"),
    ("руб", r"руб(?:лей|ля|ль)?\.?|р\.(?![а-я])"),
    ("%", r"%|процент(?:ов|а)?(?![а-я])"),
    ("чел", r"чел(?:овек(?:а)?)?(?![а-я])\.?"),
    ("шт", r"шт(?![а-я])\.?|штук(?:и)?(?![а-я])"),
    ("ед", r"ед(?![а-я])\.?|единиц(?:а|ы)?(?![а-я])"),
    ("ч", r"час(?:ов|а)?(?![а-я])|ч(?![а-я])\.?"),
    ("экз", r"экз(?![а-я])\.?|экземпляр(?:ов|а)?(?![а-я])"),
    ("балл", r"балл(?:ов|а)?(?![а-я])"),
    ("тыс", r"тыс(?![а-я])\.?"),
    ("млн", r"млн(?![а-я])\.?"),
)
_UNIT_ALT = "|".join(f"(?P<u{i}>{pat})" for i, (_, pat) in enumerate(_UNITS))
_UNIT_RE = re.compile(rf"[ \t]*(?:{_UNIT_ALT})")
_NOT_COUNT_UNITS = {"%", "руб", "тыс. руб", "млн руб", "тыс", "млн", "балл", "ч"}

_SECTION_CELL = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.$")
_EMPTY_CELL = re.compile(r"^[\s\-*_.]*(?:нет|не\s+было|отсутству[а-я]*|н/д|-)?[\s\-*_.]*$")
# A whole cell: number, optional unit or counted noun, optional "(три)", trailing punctuation.
_CELL_RE = re.compile(
    rf"^[\s*]*(?P<sign>[-+])?(?P<num>{_NUM_DOT})"
    rf"(?P<rest>(?:[ \t]*(?:{_UNIT_ALT})|[ \t]+[а-я]{{1,25}}\.?)?)"
    r"(?:[ \t]*\([ \t]*[а-я ]{1,40}\))?[\s*.;,]*$"
)


def _to_float(raw: str) -> float | None:
    digits = re.sub(r"[ \u00a0\u202f]", "", raw).replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return None


def _unit_of(m: re.Match[str]) -> str | None:
    for i, (name, _) in enumerate(_UNITS):
        if m.groupdict().get(f"u{i}") is not None:
            return name
    return None


class _Cell(NamedTuple):
    value: float
    unit: str | None


def _parse_cell(text: str) -> _Cell | None:
    if not isinstance(text, str) or len(text) > 200:
        return None
    norm = _normalize(text).strip()
    if _EMPTY_CELL.match(norm):
        return None
    if _SECTION_CELL.match(norm):
        return None  # "1.1." numbers a plan item
    m = _CELL_RE.match(norm)
    if m is None:
        return None
    value = _to_float(m.group("num"))
    if value is None:
        return None
    if m.group("sign") == "-":
        value = -value
    return _Cell(value, _unit_of(m))


# --------------------------------------------------------------------------- public: cells


def parse_number(text: str) -> float | None:
    """The number a whole cell holds ("1 234,5", "60 чел.", "90%"), or None for "-", "нет",
    ranges, dates and anything else that is not a single number."""
    try:
        cell = _parse_cell(text)
        return None if cell is None else cell.value
    except Exception:  # noqa: BLE001 - arbitrary cell text must never crash a check
        return None


def parse_count(text: str) -> int | None:
    """A non-negative whole count from a cell ("60 чел." -> 60); None for percents, money,
    fractions and ranges."""
    try:
        cell = _parse_cell(text)
        if cell is None or cell.unit in _NOT_COUNT_UNITS:
            return None
        if cell.value < 0 or cell.value != int(cell.value):
            return None
        return int(cell.value)
    except Exception:  # noqa: BLE001
        return None


# --------------------------------------------------------------------------- free text

_SKIP_RES = (
    # "№ 13", "№ВБ 2141/03", "No 5": numbers of things, not quantities
    re.compile(r"(?:№|(?<![a-z])no\.?(?=[ \t]*\d))[ \t]*(?:[а-яa-z]{1,4}[ \t]*)?\d[\d\-/.]*(?:[ \t]*,[ \t]*\d+(?![\d.,]\d))*"),
    # list markers at line start: "1.", "2)", "1.1", "1.1." (a bare "60 человек" is a quantity)
    re.compile(r"(?m)^[ \t>*#\-•·]*(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)])(?=[ \t])"),
    re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{1,3})+\.(?!\d)"),                # section numbers "1.1.", "2.4."
    re.compile(r"(?<![\w.,])\d{1,2}\)"),                                     # inline enumeration "1)"
    re.compile(r"(?<![\d.])\d{1,2}:\d{2}(?!\d)"),                            # times "10:00"
    re.compile(r"\d+[ \t]*-[ \t]*фз(?![а-я])"),                              # federal law numbers
    re.compile(r"(?<![\w.,])\d+-(?:й|го|м|ый|ой|ий|ом|ая|ое|я|е|му)(?![а-я])"),  # ordinals "1-й"
)
_TOKEN_RE = re.compile(
    rf"(?<![\w.,/\-])(?:(?P<from>от)[ \t]+)?(?P<lo>{_NUM_DOT})"
    rf"(?:(?:[ \t]*-{{1,2}}[ \t]*|[ \t]+до[ \t]+)(?P<hi>{_NUM_DOT}))?"
    r"(?P<card>-(?:х|ти|ми|и|ух|ех|рех|ырех))?"
)


def _skip_spans(norm: str, text: str) -> list[tuple[int, int]]:
    spans = _masked_spans(norm)
    spans.extend((d.start, d.end) for d in find_dates(text))
    for rx in _SKIP_RES:
        spans.extend(m.span() for m in rx.finditer(norm))
    return spans


def _hits(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < se and ss < e for ss, se in spans)


def _dot_decimal(raw: str) -> bool:
    return "." in raw


def _match_to_number(text: str, norm: str, m: re.Match[str]) -> NumberMatch | None:
    lo_raw, hi_raw = m.group("lo"), m.group("hi")
    end = m.end()
    unit_m = _UNIT_RE.match(norm, end)
    unit = _unit_of(unit_m) if unit_m else None
    if unit_m:
        end = unit_m.end()
    elif end < len(norm) and norm[end].isalpha() and not m.group("card"):
        return None  # glued to a word: a code such as "5g" or "iro23"
    # "2.4" in free text is an item number unless a unit says it is a measure ("1.5 %")
    if (_dot_decimal(lo_raw) or (hi_raw and _dot_decimal(hi_raw))) and unit is None:
        return None
    lo = _to_float(lo_raw)
    hi = _to_float(hi_raw) if hi_raw else None
    if lo is None:
        return None
    if hi_raw is not None and (hi is None or hi < lo):
        return None
    if hi_raw is None and m.group("from"):
        start = m.start("lo")
    else:
        start = m.start()
    return NumberMatch(
        value=lo,
        start=start,
        end=end,
        text=text[start:end],
        unit=unit,
        is_percent=unit == "%",
        is_range=hi is not None,
        high=hi,
    )


def find_numbers(text: str) -> list[NumberMatch]:
    """Quantities in free text, in order; dates, years, "№ 13", phones, URLs, section and list
    numbers are skipped."""
    try:
        if not isinstance(text, str) or not text:
            return []
        norm = _normalize(text)
        skip = _skip_spans(norm, text)
        out: list[NumberMatch] = []
        for m in _TOKEN_RE.finditer(norm):
            if _hits(m.start("lo"), m.end(), skip):
                continue
            nm = _match_to_number(text, norm, m)
            if nm is not None and (not out or nm.start >= out[-1].end):
                out.append(nm)
        return out
    except Exception:  # noqa: BLE001
        return []


# --------------------------------------------------------------------------- partial completion

_PARTIAL_OF = re.compile(
    r"(?<![\w.,/])(?P<done>\d{1,4})(?:[ \t]+[а-я\-]+){0,3}?[ \t]*\(?[ \t]*(?<![а-я])из"
    r"(?:[ \t]+[а-я]+){0,2}[ \t]+(?P<plan>\d{1,4})(?:-?[а-я]{1,3})?(?![\d]|[.,]\d)"
)
_PARTIAL_SLASH = re.compile(r"(?<![\w.,/])(?P<done>\d{1,3})[ \t]*/[ \t]*(?P<plan>\d{1,3})(?![\w/]|[.,]\d)")


def parse_partial(text: str) -> tuple[int, int] | None:
    """(done, planned) from "1 занятие из 7", "3 из 5 мероприятий", "выполнено 2/4"; None when
    absent or when done exceeds planned (then it is not a share: "10 человек из 2 школ")."""
    try:
        if not isinstance(text, str) or not text:
            return None
        norm = _normalize(text)
        if "из" not in norm and "/" not in norm:
            return None  # both patterns need one of them: skip the date scan
        found = [m for rx in (_PARTIAL_OF, _PARTIAL_SLASH) for m in rx.finditer(norm)]
        if not found:
            return None  # nothing to check against dates: skip the date scan
        skip = _masked_spans(norm) + [(d.start, d.end) for d in find_dates(text)]
        for m in found:
            if _hits(m.start(), m.end(), skip):
                continue
            done, plan = int(m.group("done")), int(m.group("plan"))
            if 0 < plan and done <= plan:
                return done, plan
        return None
    except Exception:  # noqa: BLE001
        return None
