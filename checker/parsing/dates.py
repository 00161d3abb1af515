"""A purpose-built grammar for Russian dates and periods in reports.

Reports write dates in table cells ("Сентябрь - ноябрь 2020г.", "29-30 апреля 2019 г.",
"15.03.2021-30.04.2021"), stage lines, and references to documents ("Приказ ... от 09.02.2016
№ 113"). General-purpose parsers get ranges and bare years wrong (see the measurements notes),
so this module matches a small set of explicit shapes and rejects anything it is not sure of:
a wrong date costs more than a missed one.

Matching works on a normalised copy of the text with the same length (lower case, one kind of
dash, plain spaces, "ё" -> "е"), so spans found there are valid in the original text.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable, Iterator
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, model_validator

from repcheck.report_cache import per_report

__all__ = [
    "DateMatch",
    "Period",
    "event_dates",
    "find_dates",
    "parse_period",
    "school_year",
]

PrecisionName = Literal["day", "month", "year"]

MIN_YEAR = 1990
MAX_YEAR = 2100
# Coarser precision has a higher rank; a period takes the coarsest of its two ends.
_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2}

_MONTHS_NOM_RU = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)
_MONTHS_GEN_RU = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


# --------------------------------------------------------------------------- models


class Period(BaseModel):
    """A closed interval of days with the precision it was written at."""

    model_config = ConfigDict(frozen=True)

    start: datetime.date
    end: datetime.date
    text: str
    precision: PrecisionName
    open_end: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.start > self.end:
            raise ValueError("period start is after its end")
        return self

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, other: Period) -> bool:
        """Month granularity: a plan row "октябрь 2020" is inside a stage "сентябрь 2020 – январь 2021"
        whatever days either was written with."""
        lo, hi = self.months()
        olo, ohi = other.months()
        return lo <= olo and ohi <= hi

    def months(self) -> tuple[int, int]:
        return (_month_index(self.start), _month_index(self.end))

    def describe(self, lang: str = "ru") -> str:
        en = lang.lower().startswith("en")
        body = _describe_days(self, en) if self.precision == "day" else (
            _describe_months(self, en) if self.precision == "month" else _describe_years(self, en)
        )
        if self.open_end:
            first = _describe_point(self.start, self.precision, en)
            return f"since {first}" if en else f"с {first} по настоящее время"
        return body


class DateMatch(BaseModel):
    """A date expression found in free text; span indexes the searched string."""

    model_config = ConfigDict(frozen=True)

    period: Period
    start: int
    end: int
    is_reference: bool = False


def _month_index(d: datetime.date) -> int:
    return d.year * 12 + d.month - 1


def _describe_point(d: datetime.date, precision: str, en: bool) -> str:
    """The start of an open period alone; Russian "с" takes the genitive."""
    if precision == "year":
        return str(d.year) if en else f"{d.year} года"
    if precision == "month":
        return f"{_MONTHS_EN[d.month - 1]} {d.year}" if en else f"{_MONTHS_GEN_RU[d.month - 1]} {d.year}"
    return f"{d.day} {(_MONTHS_EN if en else _MONTHS_GEN_RU)[d.month - 1]} {d.year}"


def _describe_years(p: Period, en: bool) -> str:
    if p.start.year == p.end.year:
        return str(p.start.year) if en else f"{p.start.year} год"
    return f"{p.start.year}–{p.end.year}" if en else f"{p.start.year}–{p.end.year} годы"


def _describe_months(p: Period, en: bool) -> str:
    names = _MONTHS_EN if en else _MONTHS_NOM_RU
    s, e = p.start, p.end
    if (s.year, s.month) == (e.year, e.month):
        return f"{names[s.month - 1]} {s.year}"
    if s.year == e.year:
        return f"{names[s.month - 1]} – {names[e.month - 1]} {s.year}"
    return f"{names[s.month - 1]} {s.year} – {names[e.month - 1]} {e.year}"


def _describe_days(p: Period, en: bool) -> str:
    names = _MONTHS_EN if en else _MONTHS_GEN_RU
    s, e = p.start, p.end
    if s == e:
        return f"{s.day} {names[s.month - 1]} {s.year}"
    if (s.year, s.month) == (e.year, e.month):
        return f"{s.day}–{e.day} {names[s.month - 1]} {s.year}"
    if s.year == e.year:
        return f"{s.day} {names[s.month - 1]} – {e.day} {names[e.month - 1]} {s.year}"
    return f"{s.day} {names[s.month - 1]} {s.year} – {e.day} {names[e.month - 1]} {e.year}"


# --------------------------------------------------------------------------- normalisation

_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACE_CHARS = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000"


_NORMALIZE_TABLE = str.maketrans({**{c: "-" for c in _DASH_CHARS}, **{c: " " for c in _SPACE_CHARS},
                                   "\r": "\n", "ё": "е", "Ё": "е"})


_NORMALIZE_OTHER = re.compile("[" + re.escape(_DASH_CHARS + _SPACE_CHARS) + "\r]")


def _normalize(text: str) -> str:
    """Same-length copy: lower case, "-" for every dash, " " for exotic spaces, "е" for "ё".

    Keeping the length lets spans found here index the original text."""
    # Fast path (in C): the same as the loop below unless a character lowers to several (then
    # the loop keeps it) or a capital sigma is present (str.lower picks the final form by
    # context). Lowering before the table gives the same string (no character lowers to a dash,
    # a space, "\r" or "ё" but "Ё", which folds to "е" either way); the table runs only when one
    # of its other characters is there.
    if "Σ" not in text:
        low = text.lower()
        if len(low) == len(text):
            low = low.replace("ё", "е")
            return low.translate(_NORMALIZE_TABLE) if _NORMALIZE_OTHER.search(low) else low
    out: list[str] = []
    for ch in text:
        if ch in _DASH_CHARS:
            out.append("-")
        elif ch in _SPACE_CHARS:
            out.append(" ")
        elif ch == "\r":
            out.append("\n")
        elif ch in "ёЁ":
            out.append("е")
        else:
            low = ch.lower()
            out.append(low if len(low) == 1 else ch)
    return "".join(out)


# --------------------------------------------------------------------------- grammar atoms

_WS = r"[ \t\f\v]{0,12}"          # horizontal space only: a date does not continue on the next line
_WS1 = r"[ \t\f\v]{1,12}"
_WSN = r"\s{0,12}"                # around a dash a cell may break the line ("Февраль 2021 –\nмарт 2022")
_WSN1 = r"\s{1,12}"
_DASH = rf"{_WSN}-{{1,2}}{_WSN}"

_MONTH_FULL = (
    r"январ[ьяею]|феврал[ьяею]|март[аеу]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]"
    r"|август[аеу]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею]"
)
_MONTH_ABBR = r"янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек"
_MONTH = rf"(?<![а-яa-z])(?:(?:{_MONTH_FULL})(?![а-яa-z])|(?:{_MONTH_ABBR})(?![а-яa-z])\.?)"
_MONTH_BY_PREFIX = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5, "мае": 5, "маю": 5,
    "июн": 6, "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}

_YEAR = r"(?<!\d)(?:199\d|20\d\d|2100)(?!\d)"
# "г.", "гг.", "г.г.", "года", "году", ... and the stray dash of "2020- г - 2022 г".
_YSFX = (
    rf"(?:{_WS}(?:-{_WS})?"
    r"(?:г\.?[ \t]?г(?![а-яa-z])\.?|гг(?![а-яa-z])\.?|г(?![а-яa-z])\.?|год(?:а|у|ы|ов|ах|ом|е)?(?![а-яa-z])))?"
)


def _point(p: str, *, bare_day: bool = False) -> str:
    """One end of a period, with groups prefixed by `p` (Python forbids repeated group names)."""
    alts = [
        # 15.03.2021, 1.9.2020, 01.09.20
        rf"(?P<{p}nd>\d{{1,2}})\.(?P<{p}nm>\d{{1,2}})\.(?P<{p}ny>\d{{4}}|\d{{2}})(?!\d){_YSFX}",
        # [1] октября [,|-] [2019 г.]
        (
            rf"(?:(?P<{p}d>\d{{1,2}}){_WS})?(?P<{p}mon>{_MONTH})"
            rf"(?:{_WS}(?:[,-]{_WS})?(?P<{p}y>{_YEAR}){_YSFX})?"
        ),
        # 09.2020
        rf"(?P<{p}mm>0[1-9]|1[0-2])\.(?P<{p}my>{_YEAR}){_YSFX}",
        # 2019 г.
        rf"(?P<{p}yo>{_YEAR}){_YSFX}",
    ]
    if bare_day:
        # the "8" of "8-16 июня"; only valid when the other end has a day and a month
        alts.append(rf"(?P<{p}bd>\d{{1,2}})(?!\d)")
    return "(?:" + "|".join(alts) + ")"


_PREFIX = rf"(?:(?P<pre>(?<![а-яa-z0-9])со?){_WS1})?"
_OPEN_CORE = (
    rf"(?:настоящ[а-я]*{_WSN1}(?:врем[а-я]*|момент[а-я]*|дн[а-я]*)|н\.{_WS}в(?![а-я])\.?"
    rf"|наст\.{_WS}вр(?:емя|\.)?|сегодняшн[а-я]*{_WSN1}дн[а-я]*|сей{_WSN1}день"
    rf"|текущ[а-я]*{_WSN1}(?:момент[а-я]*|врем[а-я]*))"
)
_RANGE_RE = re.compile(
    rf"{_PREFIX}{_point('a', bare_day=True)}(?:{_WS}\.)?"
    rf"(?P<conn>{_DASH}|{_WSN1}(?:по|до){_WSN1}){_point('b')}"
)
_OPEN_RE = re.compile(
    rf"{_PREFIX}{_point('a')}(?:{_WS}\.)?"
    rf"(?:{_DASH}(?:(?:по|до){_WSN1})?|{_WSN1}(?:по|до){_WSN1})(?P<open>{_OPEN_CORE})"
)
_SINGLE_RE = re.compile(_point("a"))
_LIST_RE = re.compile(
    rf"(?P<lst>{_MONTH}(?:(?:{_WS},{_WS}|{_WS1}и{_WS1}|{_DASH}){_MONTH})+)"
    rf"(?:{_WS}(?:[,-]{_WS})?(?P<ly>{_YEAR}){_YSFX})?"
)
_SCHOOL_TAIL = rf"(?:учебн[а-я]*|уч\.)(?:{_WS}(?:год[а-я]*|г(?![а-я])\.?))?"
_SCHOOL_YEARS = (
    rf"(?P<sy1>{_YEAR}){_WS}(?:г\.?{_WS})?(?:-{{1,2}}|/){_WS}(?P<sy2>{_YEAR}|\d{{2}}(?!\d))"
)
_SCHOOL_RE = re.compile(rf"{_SCHOOL_YEARS}{_WS}(?:гг?\.?{_WS})?{_SCHOOL_TAIL}")
# "учебный год: 2020-2021"
_SCHOOL_AFTER_RE = re.compile(
    rf"(?:учебн[а-я]*|уч\.){_WS}(?:год[а-я]*|г\.?){_WS}:?{_WS}{_SCHOOL_YEARS}(?:{_WS}гг?\.?)?"
)
_QNUM = r"iv|iii|ii|i|[1-4]|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*"
_ORD_SFX = r"(?:-?(?:й|ый|ий|ой|го|м|ом|е|ое|ого))?"
_QUARTER_RE = re.compile(
    rf"(?<![\w.])(?P<q1>{_QNUM}){_ORD_SFX}(?:{_WS}-{_WS}(?P<q2>{_QNUM}){_ORD_SFX})?"
    rf"{_WS}(?:кв\.|квартал[а-я]*){_WS}(?P<qy>{_YEAR}){_YSFX}"
)
_HNUM = r"ii|i|[12]|перв[а-я]*|втор[а-я]*"
_HALF_RE = re.compile(
    rf"(?<![\w.])(?P<h>{_HNUM}){_ORD_SFX}{_WS}полугоди[а-я]*{_WS}"
    rf"(?:{_SCHOOL_YEARS}{_WS}{_SCHOOL_TAIL}|(?P<hy>{_YEAR}){_YSFX})"
)

_ORDINAL_WORDS = {"перв": 1, "втор": 2, "трет": 3, "четв": 4}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


# --------------------------------------------------------------------------- masks and guards

# Digits inside these are never dates: URLs, e-mails, file names, phones, ISO-like chains.
_MASK_RES = (
    re.compile(r"(?:https?://|ftp://|www\.)\S+"),
    # bounded repeats and token-start anchors keep these linear on long runs of "-" or "."
    re.compile(r"(?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,5}"),
    re.compile(
        r"(?<![\w.\-])[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,6}\.(?:ru|su|com|org|net|edu|info|рф|pdf|docx?|xlsx?"
        r"|pptx?|rtf|odt|html?|php|jpe?g|png)(?![\w])(?:/\S*)?"
    ),
    re.compile(r"(?<![\d])(?:\+\s?7|8)?[ \-]?\(\d{3,5}\)[ \-]?\d{1,3}[ \-]?\d{2}[ \-]?\d{2}(?!\d)"),
    re.compile(r"(?<![\d.])\d+(?:-\d+){2,}(?![\d])"),      # 37-75-29, 2021-03-15
    re.compile(r"(?<![\d.])\d+(?:/\d+){2,}(?![\d])"),      # 12/03/2021 (not a Russian format)
    re.compile(r"(?<![\d.])\d+(?:\.\d+){3,}(?![\d])"),     # 1.2.3.4 versions and addresses
    re.compile(r"(?<![\d])\d{4}\.\d{1,2}\.\d{1,2}(?![\d])"),  # 2021.03.15
)
# A bare 4-digit number followed by a unit or a counted noun in the genitive plural is an amount
# ("2000 рублей", "2019 участников"); a nominative noun is a subject ("в 2019 школа стала ...").
_QUANTITY_AFTER = re.compile(
    r"[ \t]*(?:%|руб|р\.|чел(?![а-я])|человек|шт(?![а-я])|тыс(?![а-я])|млн|млрд|экз|ед(?![а-я])"
    r"|час(?:ов|а)?(?![а-я])|мин(?![а-я])|км(?![а-я])|кг(?![а-я])|балл|участник|педагогов|учащихся"
    r"|обучающихся|воспитанников|родителей|детей|школ(?![а-я])|раз(?![а-я])|мест(?![а-я])|страниц"
    r"|просмотр|посещени)"
)
_SCHOOL_WORD_AFTER = re.compile(rf"{_WS}учебн")
_DANGLING_AFTER = re.compile(rf"{_DASH}(?:{_YEAR}|{_MONTH})")
_DANGLING_BEFORE = re.compile(rf"(?:{_YEAR}|{_MONTH}){_DASH}$")


def _masked_spans(norm: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for rx in _MASK_RES:
        spans.extend(m.span() for m in rx.finditer(norm))
    return spans


_MONTH_BEFORE = re.compile(rf"{_MONTH}[ \t,]*$")
_DAY_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}[ \t]*$")
_LIST_BEFORE = re.compile(rf"{_MONTH}(?:{_WS},{_WS}|{_WS1}и{_WS1})$")


def _bad_left(norm: str, s: int) -> bool:
    """What precedes the match shows it is a fragment of a longer number, code or date."""
    if s == 0:
        return False
    if not norm[s].isdigit():
        if norm[s] not in "абвгдежзийклмнопрстуфхцчшщъыьэюя":
            return False
        # "29 февраля 2021" rejected as a day must not survive as "февраля 2021", nor the tail
        # of a month list the list rule rejected as "январь 2021"
        return bool(_DAY_BEFORE.search(norm, max(0, s - 6), s) or _LIST_BEFORE.search(norm, max(0, s - 24), s))
    if _MONTH_BEFORE.search(norm, max(0, s - 16), s):
        return True  # the year of "Сентябрь 2020 - 2021" belongs to the month
    before = norm[max(0, s - 3):s]
    if before[-1:].isdigit() or before[-1:] == "_":
        return True
    if len(before) >= 2 and before[-2].isdigit() and before[-1] in "-./,:":
        return True
    # "№ 2019" is a number of something, "№ 1. 2019" is an issue (handled as a reference)
    return bool(re.search(r"(?:№|(?<![a-z])n[o°]?\.?)[ \t]*$", norm[max(0, s - 6):s]))


def _bad_right(norm: str, e: int) -> bool:
    if e >= len(norm) or not norm[e - 1].isdigit():
        return False
    nxt = norm[e]
    if nxt.isdigit() or nxt in "_%":
        return True
    return nxt in "-./,:" and e + 1 < len(norm) and norm[e + 1].isdigit()


def _is_quantity(norm: str, s: int, e: int) -> bool:
    """A bare year-like number that is really an amount: "2000 рублей", "1 2020 000"."""
    if _QUANTITY_AFTER.match(norm, e):
        return True
    if re.search(r"(?<![\d.,])\d{1,3} $", norm[max(0, s - 5):s]):
        return True
    return bool(re.match(r" \d{3}(?!\d)", norm[e:e + 5]))


def _dangling(norm: str, s: int, e: int) -> bool:
    """A lone end of a range the grammar could not read ("Сентябрь 2020 - 2021"): not a date."""
    if _DANGLING_AFTER.match(norm, e):
        return True
    return bool(_DANGLING_BEFORE.search(norm[max(0, s - 40):s]))


# --------------------------------------------------------------------------- points and resolution


class _Pt(NamedTuple):
    """One end of a period as written; missing parts are None."""

    day: int | None
    month: int | None
    year: int | None
    kind: str  # "day", "month", "year", "bareday"


def _month_num(word: str) -> int | None:
    w = word.rstrip(".")
    return _MONTH_BY_PREFIX.get(w[:3])


def _year4(raw: str) -> int | None:
    y = int(raw)
    if len(raw) == 2:
        y += 2000 if y < 70 else 1900
    return y if MIN_YEAR <= y <= MAX_YEAR else None


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _point_from(m: re.Match[str], p: str) -> _Pt | None:
    g = m.groupdict()
    if g.get(p + "nd") is not None:
        d, mo, y = int(g[p + "nd"]), int(g[p + "nm"]), _year4(g[p + "ny"])
        return _Pt(d, mo, y, "day") if y is not None and _valid_day(y, mo, d) else None
    if g.get(p + "mon") is not None:
        mo = _month_num(g[p + "mon"])
        y = int(g[p + "y"]) if g.get(p + "y") else None
        if mo is None:
            return None
        if g.get(p + "d") is not None:
            d = int(g[p + "d"])
            # validate against a leap year when the year comes from elsewhere
            return _Pt(d, mo, y, "day") if _valid_day(y or 2000, mo, d) else None
        return _Pt(None, mo, y, "month")
    if g.get(p + "mm") is not None:
        return _Pt(None, int(g[p + "mm"]), int(g[p + "my"]), "month")
    if g.get(p + "yo") is not None:
        return _Pt(None, None, int(g[p + "yo"]), "year")
    if g.get(p + "bd") is not None:
        return _Pt(int(g[p + "bd"]), None, None, "bareday")
    return None


def _first_day(pt: _Pt) -> datetime.date | None:
    if pt.year is None:
        return None
    try:
        return datetime.date(pt.year, pt.month or 1, pt.day or 1)
    except ValueError:
        return None


def _last_day(pt: _Pt) -> datetime.date | None:
    if pt.year is None:
        return None
    month = pt.month or 12
    try:
        day = pt.day or calendar.monthrange(pt.year, month)[1]
        return datetime.date(pt.year, month, day)
    except ValueError:
        return None


def _coarsest(*kinds: str) -> PrecisionName:
    named = ["day" if k == "bareday" else k for k in kinds]
    worst = max(named, key=lambda k: _RANK[k])
    return worst  # type: ignore[return-value]


def _fill_years(a: _Pt, b: _Pt, default_year: int | None) -> tuple[_Pt, _Pt] | None:
    """Give both ends a year: the end's year flows back to the start, else default_year."""
    if a.kind == "bareday":
        if b.kind != "day":
            return None
        a = a._replace(month=b.month, year=b.year, kind="day")
    if b.year is None and a.year is None:
        if default_year is None:
            return None
        a = a._replace(year=default_year)
        # "сентябрь – май" read from the start's year rolls over into the next one
        later = (b.month or 0, b.day or 0) >= (a.month or 0, a.day or 0)
        b = b._replace(year=default_year if later else default_year + 1)
    elif b.year is None:
        return None  # "сентябрь 2020 – январь": too unusual to guess
    elif a.year is None:
        earlier = (a.month or 0, a.day or 0) <= (b.month or 0, b.day or 0)
        a = a._replace(year=b.year if earlier else b.year - 1)
    return a, b


def _range_period(a: _Pt, b: _Pt, default_year: int | None) -> tuple[datetime.date, datetime.date, PrecisionName] | None:
    # A month start with a year-only end ("сентябрь 2020 - 2021") has no single reading.
    if b.kind == "year" and a.kind != "year":
        return None
    filled = _fill_years(a, b, default_year)
    if filled is None:
        return None
    a, b = filled
    start, end = _first_day(a), _last_day(b)
    if start is None or end is None or start > end or end.year - start.year > 30:
        return None
    return start, end, _coarsest(a.kind, b.kind)


def _single_period(a: _Pt, default_year: int | None) -> tuple[datetime.date, datetime.date, PrecisionName] | None:
    if a.kind == "bareday":
        return None
    if a.year is None:
        if default_year is None:
            return None
        a = a._replace(year=default_year)
    start, end = _first_day(a), _last_day(a)
    if start is None or end is None:
        return None
    return start, end, a.kind  # type: ignore[return-value]


# --------------------------------------------------------------------------- rule builders

_Built = tuple[datetime.date, datetime.date, PrecisionName, bool]
_Ctx = tuple[int | None, datetime.date | None]  # default_year, reference_end


def _build_range(m: re.Match[str], ctx: _Ctx) -> _Built | None:
    a, b = _point_from(m, "a"), _point_from(m, "b")
    if a is None or b is None:
        return None
    conn = m.group("conn").strip()
    # "1 по 5 марта" and "январь по май" only read as ranges after "с"
    if conn in ("по", "до") and not m.group("pre"):
        return None
    res = _range_period(a, b, ctx[0])
    return None if res is None else (*res, False)


def _build_open(m: re.Match[str], ctx: _Ctx) -> _Built | None:
    a = _point_from(m, "a")
    if a is None:
        return None
    res = _single_period(a, ctx[0])
    if res is None:
        return None
    start, end, precision = res
    ref = ctx[1]
    end = ref if ref is not None and ref >= start else datetime.date(start.year, 12, 31)
    return start, end, precision, True


def _build_single(m: re.Match[str], ctx: _Ctx) -> _Built | None:
    a = _point_from(m, "a")
    if a is None:
        return None
    res = _single_period(a, ctx[0])
    return None if res is None else (*res, False)


def _build_list(m: re.Match[str], ctx: _Ctx) -> _Built | None:
    months = [_month_num(x.group(0)) for x in re.finditer(_MONTH, m.group("lst"))]
    if not months or any(mo is None for mo in months):
        return None
    drops = [i for i in range(1, len(months)) if months[i] <= months[i - 1]]  # type: ignore[operator]
    # one wrap-around is a list across New Year ("ноябрь, декабрь, январь 2021"); more is nonsense
    if len(drops) > 1:
        return None
    year = int(m.group("ly")) if m.group("ly") else ctx[0]
    if year is None:
        return None
    first, last = months[0], months[-1]
    assert first is not None and last is not None
    start_year = year - 1 if drops else year
    if not m.group("ly") and drops:
        start_year, year = year, year + 1  # default_year is where the list starts
    end = datetime.date(year, last, calendar.monthrange(year, last)[1])
    return datetime.date(start_year, first, 1), end, "month", False


def _school_years(m: re.Match[str]) -> tuple[int, int] | None:
    y1 = int(m.group("sy1"))
    raw2 = m.group("sy2")
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    if not (y1 < y2 <= y1 + 5) or y2 > MAX_YEAR:
        return None
    return y1, y2


def _build_school(m: re.Match[str], ctx: _Ctx) -> _Built | None:
    years = _school_years(m)
    if years is None:
        return None
    return datetime.date(years[0], 9, 1), datetime.date(years[1], 8, 31), "month", False


def _ordinal(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word in _ROMAN:
        return _ROMAN[word]
    return _ORDINAL_WORDS.get(word[:4])


def _build_quarter(m: re.Match[str], ctx: _Ctx) -> _Built | None:
    q1 = _ordinal(m.group("q1"))
    q2 = _ordinal(m.group("q2")) if m.group("q2") else q1
    if q1 is None or q2 is None or not (1 <= q1 <= q2 <= 4):
        return None
    y = int(m.group("qy"))
    last = q2 * 3
    return datetime.date(y, q1 * 3 - 2, 1), datetime.date(y, last, calendar.monthrange(y, last)[1]), "month", False


def _build_half(m: re.Match[str], ctx: _Ctx) -> _Built | None:
    h = _ordinal(m.group("h"))
    if h not in (1, 2):
        return None
    if m.group("hy"):
        y = int(m.group("hy"))
        if h == 1:
            return datetime.date(y, 1, 1), datetime.date(y, 6, 30), "month", False
        return datetime.date(y, 7, 1), datetime.date(y, 12, 31), "month", False
    years = _school_years(m)
    if years is None or years[1] != years[0] + 1:
        return None
    # halves of a school year (September .. August, as school_year() defines it)
    if h == 1:
        return datetime.date(years[0], 9, 1), datetime.date(years[0], 12, 31), "month", False
    return datetime.date(years[1], 1, 1), datetime.date(years[1], 8, 31), "month", False


class _Rule(NamedTuple):
    regex: re.Pattern[str]
    build: Callable[[re.Match[str], _Ctx], _Built | None]
    bare_year_ok: bool  # False: a year-only match of this rule needs the quantity guard


# Order only breaks ties between candidates of equal length: more specific rules first.
_RULES: tuple[_Rule, ...] = (
    _Rule(_SCHOOL_RE, _build_school, True),
    _Rule(_SCHOOL_AFTER_RE, _build_school, True),
    _Rule(_HALF_RE, _build_half, True),
    _Rule(_QUARTER_RE, _build_quarter, True),
    _Rule(_OPEN_RE, _build_open, True),
    _Rule(_RANGE_RE, _build_range, True),
    _Rule(_LIST_RE, _build_list, True),
    _Rule(_SINGLE_RE, _build_single, False),
)


# --------------------------------------------------------------------------- scanning


class _Cand(NamedTuple):
    start: int
    end: int
    rank: int
    built: _Built


def _overlaps_any(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < me and ms < e for ms, me in spans)


_FOUR_DIGITS = re.compile(r"\d{4}")


def _bare_year(m: re.Match[str]) -> bool:
    return _FOUR_DIGITS.fullmatch(m.group(0)) is not None


# Necessary conditions, checked once per text, for a rule's regex to match at all (each rule's
# pattern cannot match without them): most cells and sentences of a report hold no date, and a
# text without a digit or a month's stem holds none that any rule could read.
_DIGIT = re.compile(r"\d")  # the grammar's \d: any Unicode decimal digit
_MONTH_STEM = re.compile(r"янв|фев|мар|апр|ма[йяею]|июн|июл|авг|сен|окт|ноя|дек")  # every _MONTH
_ANY_YEAR = re.compile(r"199\d|20\d\d|2100")  # every _YEAR, without its guards
# every _OPEN_CORE: «настоящ…», «н. в», «наст.», «сегодняшн…», «сей день», «текущ…»
_OPEN_WORDS = re.compile(r"настоящ|н\.[ \t\f\v]{0,12}в|наст\.|сегодняшн|сей\s|текущ")
# Where a match of _OPEN_RE, _RANGE_RE or _SINGLE_RE can start: a digit, a month's stem after
# no letter (_MONTH), or the prefix «с»/«со» after no letter or digit, then a space (_PREFIX).
_POINT_START = re.compile(
    r"\d|(?<![а-яa-z])(?:янв|фев|мар|апр|ма[йяею]|июн|июл|авг|сен|окт|ноя|дек)|(?<![а-яa-z0-9])со?[ \t\f\v]"
)


def _applicable(norm: str) -> tuple[bool, ...]:
    """Per rule of _RULES: whether its regex can match `norm` (False only when it cannot)."""
    point = _DIGIT.search(norm) is not None or _MONTH_STEM.search(norm) is not None
    if not point:  # every rule needs a day, a month or a year
        return (False,) * len(_RULES)
    year = _ANY_YEAR.search(norm) is not None
    school = year and ("учебн" in norm or "уч." in norm)
    return (
        school,                                                 # _SCHOOL_RE
        school,                                                 # _SCHOOL_AFTER_RE
        year and "полугоди" in norm,                            # _HALF_RE
        year and "кв" in norm,                                  # _QUARTER_RE
        _OPEN_WORDS.search(norm) is not None,                   # _OPEN_RE
        True,                                                   # _RANGE_RE
        _MONTH_STEM.search(norm) is not None,                   # _LIST_RE
        True,                                                   # _SINGLE_RE
    )


def _searched(regex: re.Pattern[str], norm: str) -> Iterator[re.Match[str]]:
    """The match at every position where `regex` matches, in order (stepping one character past
    each match's start, so a rejected long match does not hide a shorter one inside it)."""
    pos = 0
    while pos <= len(norm):
        m = regex.search(norm, pos)
        if m is None:
            return
        pos = m.start() + 1
        yield m


def _matched_at(regex: re.Pattern[str], norm: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The same as _searched for a rule whose matches all start at one of `starts`: the regex is
    tried only there (a search tries the grammar's alternatives at every character)."""
    for start in starts:
        m = regex.match(norm, start)
        if m is not None:
            yield m


_FROM_POINT_START = (_OPEN_RE, _RANGE_RE, _SINGLE_RE)


def _candidates(norm: str, ctx: _Ctx) -> list[_Cand]:
    out: list[_Cand] = []
    masks: list[tuple[int, int]] | None = None  # computed when a match first needs them
    starts: list[int] | None = None
    for rank, (rule, possible) in enumerate(zip(_RULES, _applicable(norm), strict=True)):
        if not possible:
            continue
        if rule.regex in _FROM_POINT_START:
            if starts is None:
                starts = [m.start() for m in _POINT_START.finditer(norm)]
            matches = _matched_at(rule.regex, norm, starts)
        else:
            matches = _searched(rule.regex, norm)
        for m in matches:
            s, e = m.span()
            if e == s or _bad_left(norm, s) or _bad_right(norm, e):
                continue
            if masks is None:
                masks = _masked_spans(norm)
            if _overlaps_any(s, e, masks):
                continue
            if not rule.bare_year_ok and _bare_year(m) and _is_quantity(norm, s, e):
                continue
            if rule.regex is _SINGLE_RE and (_dangling(norm, s, e) or _SCHOOL_WORD_AFTER.match(norm, e)):
                continue  # half of an unreadable range, or "2021 учебный год" (which school year?)
            built = rule.build(m, ctx)
            if built is not None:
                out.append(_Cand(s, e, rank, built))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest candidates first, then earliest, then the more specific rule; no overlaps."""
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, c.rank)):
        if not any(c.start < o.end and o.start < c.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _scan(text: str, ctx: _Ctx) -> list[DateMatch]:
    """The dates of `text` (a new list; its items are frozen): one scan per text and context
    per report, however many rules ask — the structurer and the chronology, completeness and
    consistency rules read the same cells and sentences."""
    return list(_scan_once(text, ctx))


@per_report
def _scan_once(text: str, ctx: _Ctx) -> tuple[DateMatch, ...]:
    norm = _normalize(text)
    out: list[DateMatch] = []
    for c in _select(_candidates(norm, ctx)):
        start, end, precision, open_end = c.built
        if start > end or not (MIN_YEAR <= start.year and end.year <= MAX_YEAR):
            continue
        period = Period(start=start, end=end, text=text[c.start:c.end].strip(), precision=precision, open_end=open_end)
        out.append(DateMatch(period=period, start=c.start, end=c.end, is_reference=_is_reference(text, norm, c.start, c.end)))
    return tuple(out)


# --------------------------------------------------------------------------- references

_DOC_WORD = re.compile(
    r"(?<![а-я])(?:приказ(?:а|у|ом|е|ы|ов|ами)?|закон(?:а|у|ом|е|ы|ов|ами)?|фз|письм(?:о|а|у|ом|е|ами)?"
    r"|постановлени[а-я]*|распоряжени[а-я]*|положени[а-я]*|решени[а-я]*|протокол[а-я]*"
    r"|указ(?:а|у|ом|е|ы)?|договор[а-я]*|соглашени[а-я]*|лицензи[а-я]*|свидетельств[а-я]*"
    r"|устав(?:а|у|ом|е)?|акт(?:а|у|ом|е|ы|ов)?|справк[а-я]*|заключени[а-я]*|инструктивн[а-я]*)(?![а-я])"
    r"|№"
)
_OT_BEFORE = re.compile(r"(?<![а-я])от[ \t]*$")
# spaces only: in tab-separated table rows the next cell may start with "№"
_NUMBER_AFTER = re.compile(r" {0,3},? {0,3}(?:№|n[o°]?\.? ?\d)")
_ISSUE_BEFORE = re.compile(r"(?:№|вып\.|выпуск)[ \t]*\d{1,3}[а-я]?[ \t]*[.,]?[ \t]*\(?[ \t]*$")
_SENTENCE_END = re.compile(r"([^\W\d_]*)[.!?…]+\s+(?=[А-ЯЁA-Z«\"])")


def _clause_start(text: str, norm: str, s: int) -> int:
    """Where the clause holding position s begins: a line break, ";" or a real sentence end."""
    lo = max(0, s - 250)
    start = max(norm.rfind("\n", lo, s), norm.rfind(";", lo, s)) + 1
    start = max(start, lo)
    for m in _SENTENCE_END.finditer(text, start, s):
        # "г." and "РФ." are abbreviations, not sentence ends
        if len(m.group(1)) >= 3 or m.group(1) == "":
            start = max(start, m.end())
    return start


def _is_reference(text: str, norm: str, s: int, e: int) -> bool:
    """True when the date belongs to a document reference rather than an event."""
    if _NUMBER_AFTER.match(norm, e):
        return True
    clause = norm[_clause_start(text, norm, s):s]
    if _ISSUE_BEFORE.search(clause):
        return True
    ot = _OT_BEFORE.search(clause)
    return ot is not None and _DOC_WORD.search(clause, 0, ot.start()) is not None


# --------------------------------------------------------------------------- public API


def find_dates(text: str) -> list[DateMatch]:
    """All date and period expressions in free text, in order and non-overlapping."""
    try:
        if not isinstance(text, str) or not text:
            return []
        return _scan(text, (None, None))
    except Exception:  # noqa: BLE001 - a parser of arbitrary report text must never crash a check
        return []


def _hull(matches: list[DateMatch], text: str) -> Period:
    """One period spanning every match: a cell "Сентябрь 2020\nЯнварь 2021" is a range."""
    if len(matches) == 1:
        return matches[0].period
    start = min(m.period.start for m in matches)
    end = max(m.period.end for m in matches)
    precision = _coarsest(*(m.period.precision for m in matches))
    open_end = any(m.period.open_end and m.period.end == end for m in matches)
    span_text = text[matches[0].start:matches[-1].end].strip()
    return Period(start=start, end=end, text=span_text, precision=precision, open_end=open_end)


def _parse(text: str, default_year: int | None, reference_end: datetime.date | None, skip_refs: bool) -> Period | None:
    if not isinstance(text, str) or not text.strip():
        return None
    if default_year is not None and not (MIN_YEAR <= default_year < MAX_YEAR):
        default_year = None
    matches = _scan(text, (default_year, reference_end))
    if skip_refs:
        matches = [m for m in matches if not m.is_reference]
    return _hull(matches, text) if matches else None


def parse_period(
    text: str, *, default_year: int | None = None, reference_end: datetime.date | None = None
) -> Period | None:
    """The period of a cell or phrase whose main content is a date expression, else None.

    Several dates in one cell make one range from the first to the last; a month without a year
    takes `default_year`; an open end ("по настоящее время") ends at `reference_end` or, without
    one, at the end of the start's year."""
    try:
        return _parse(text, default_year, reference_end, skip_refs=False)
    except Exception:  # noqa: BLE001
        return None


def event_dates(text: str, **kw: object) -> Period | None:
    """The event period of a table cell: like parse_period, but dates of referenced documents
    ("приказ от 09.02.2016 № 113") are ignored."""
    try:
        default_year = kw.get("default_year")
        reference_end = kw.get("reference_end")
        return _parse(
            text,
            default_year if isinstance(default_year, int) else None,
            reference_end if isinstance(reference_end, datetime.date) else None,
            skip_refs=True,
        )
    except Exception:  # noqa: BLE001
        return None


def school_year(y: int) -> Period:
    """The school year starting in September of y and ending in August of y+1."""
    return Period(
        start=datetime.date(y, 9, 1),
        end=datetime.date(y + 1, 8, 31),
        text=f"{y}-{y + 1} учебный год",
        precision="month",
    )


def is_whole_period(text: str) -> bool:
    """"весь период", "в течение всего периода": the row spans the whole project or stage.

    Not a date expression (parse_period returns None); callers substitute the enclosing period."""
    if not isinstance(text, str):
        return False
    return re.search(r"(?<![а-я])вес[ьа]?\s+период|всего\s+период", _normalize(text)) is not None
