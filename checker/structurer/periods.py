"""The project period and the reporting period, as the report states them; and how an event's
dates relate to a frame (a stage, the reporting period, the project period)."""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from repcheck.models.document import Document
from repcheck.models.report import Stage
from repcheck.parsing.dates import Period, find_dates, is_whole_period, parse_period
from repcheck.regex_literals import filtered

TITLE_BLOCKS = 8  # the title lines: "ГОДОВОЙ ОТЧЁТ … ЗА 2023 ГОД"
LABEL_BLOCKS = 40  # where a "Отчётный период: …" line may stand
# "ОТЧЁТ … за период с 01.09.2022 по 31.08.2023"
TITLE_SPAN_RE = re.compile(r"\bза\s+период\s+", re.IGNORECASE)
# "Отчётный период: 2023 год", "Период отчёта – 2022-2023 учебный год"
REPORTING_LABEL_RE = filtered(re.compile(
    r"(?:^|\n)[\s\d.)]*(?:отч[её]тн\w*\s+период\w*|период\s+отч[её]т\w*)\s*(?:[:\-–—\n]\s*)",
    re.IGNORECASE,
))
# The text of a project period that was not stated but spanned from the stages.
DERIVED_FROM_STAGES = "этапы проекта"
# "Период реализации инновационного образовательного проекта: 2022-2025гг.",
# "Сроки реализации программы", "Срок реализации: 2020–2023". A bare "сроки реализации" counts
# only as a label (line start or before ":"): "в сроки реализации мероприятий" is not one.
# (Searched in every paragraph and table row: behind the test for «реализации», regex_literals.)
PROJECT_RE = filtered(re.compile(
    r"(?:период|срок\w*)\s+(?:и\s+этапы\s+)?реализации\s+(?:инновационн\w+\s+)?(?:образовательн\w+\s+)?"
    r"(?:проекта|программы)"
    r"|^[\s\d.)\-–—•*]*(?:период|срок\w*)\s+(?:и\s+этапы\s+)?реализации\s*(?::|[-–—]|$)"
    r"|(?:период|срок\w*)\s+(?:и\s+этапы\s+)?реализации\s*:",
    re.IGNORECASE | re.MULTILINE,
))
PROJECT_REACH = 80
PROJECT_MIN_DAYS = 180
STAGE_WORD_RE = re.compile(r"(?:\b\d{1,2}|\b[IVX]{1,4})?\s*-?\s*(?:й\s+)?этап|перв\w*\s+этап", re.IGNORECASE)  # the period follows its label within a few words
REPORTING_RE = re.compile(
    r"\b(?:за|в|по\s+итогам|по\s+результатам)\s+(?P<expr>(?:20\d\d\s*[-–—/]\s*)?20\d\d)\s*(?:-?\s*(?:й|м)\s+)?"
    r"(?P<unit>учебн\w+\s+год\w*|год\w*|г\.?)(?!\s*присвоени)",
    re.IGNORECASE,
)


def project_period(doc: Document, stages: list[Stage]) -> Period | None:
    """From a "Период/Сроки реализации проекта: 2022–2025" line or cell; else the span of stages
    (its text is DERIVED_FROM_STAGES, see `is_stated`). Of two statements, the finer one that
    lies within the other wins: «2024–2026 гг.» and «01.09.2024 – 31.05.2026» end in May 2026."""
    stated: Period | None = None
    for b in doc.blocks:
        texts = [b.full_text] if b.table is None else [
            "\n".join(c.text for c in row.cells) for row in b.table.rows
        ]
        for text in texts:
            for m in PROJECT_RE.finditer(text):
                tail = text[m.end(): m.end() + PROJECT_REACH]
                # "Сроки и этапы реализации: 2020–2022\n1 этап: сентябрь 2020 …": the stages'
                # periods are not the project's
                stage = STAGE_WORD_RE.search(tail)
                if stage:
                    tail = tail[: stage.start()]
                dates = [d for d in find_dates(tail) if not d.is_reference]
                if dates and dates[0].start <= 40:
                    stated = _finer(stated, dates[0].period)
    if stated is not None:
        return stated
    dated = [s.period for s in stages if s.period]
    if len(dated) >= 2:
        return Period(start=min(p.start for p in dated), end=max(p.end for p in dated),
                      text=DERIVED_FROM_STAGES, precision="month")
    return None


def _finer(current: Period | None, other: Period) -> Period:
    if current is None:
        return other
    finer = PRECISION_RANK.get(other.precision, 0) > PRECISION_RANK.get(current.precision, 0)
    long_enough = (other.end - other.start).days >= PROJECT_MIN_DAYS  # a period, not one day's deadline
    return other if finer and long_enough and current.contains(other) else current


def is_stated(period: Period | None) -> bool:
    """True for a project period the report states, False for one spanned from its stages."""
    return period is not None and period.text != DERIVED_FROM_STAGES


PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


def reporting_period(doc: Document) -> Period | None:
    """"ЗА 2023 ГОД", "в 2020-2021 учебном году" in the title lines, or a "Отчётный период: …"
    line or passport row. When both are given, the finer one wins if it lies within the other:
    «за 2023/2024 учебный год» with «Отчётный период 01.09.2023–31.05.2024» ends in May.

    Only the title is read for a bare year: "в 2019 г. школа стала победителем" in the body is
    not a period, and "год присвоения статуса – 2016" is not one either.
    """
    title = _title_reporting(doc)
    label = _label_reporting(doc)
    if title is None or label is None:
        return title or label
    finer = PRECISION_RANK.get(label.precision, 0) > PRECISION_RANK.get(title.precision, 0)
    return label if finer and title.overlaps(label) else title


# A line that is the report's own title: «Отчёт о результатах работы МИП в 2025 году» — there
# «в 2025 году» names the year reported on, as «за 2025 год» does.
REPORT_TITLE_RE = re.compile(r"^\W*(?:[а-яё]+\s+){0,2}?(?:отч[её]т(?![а-яё])|(?:информационн|аналитическ)\w*\s+справк)", re.IGNORECASE)
# «… за первое полугодие 2025 года», «за I квартал 2025 г.»: a period after «за» in the title
TITLE_FOR_RE = re.compile(r"\bза\s+(?=\S)", re.IGNORECASE)
# «ГОДОВОЙ ОТЧЁТ 2025», «Отчёт 2024 год»: the title names its year without «за»
TITLE_YEAR_RE = re.compile(r"^\W*(?:(?:годовой|ежегодный|публичный)\s+)?отч[её]т\s+(?P<year>20\d\d)(?:\s*(?:год|г\.?))?\b",
                           re.IGNORECASE)


def _title_reporting(doc: Document) -> Period | None:
    for b in doc.blocks[:TITLE_BLOCKS]:
        if b.table is not None:
            break
        m = TITLE_YEAR_RE.match(b.full_text)
        if m:
            return parse_period(m.group("year"))
        m = REPORTING_RE.search(b.full_text)
        if m:
            expr, unit = m.group("expr"), m.group("unit").lower()
            if m.group(0).lower().startswith("в") and "учебн" not in unit and not REPORT_TITLE_RE.match(b.full_text):
                continue  # "в 2019 году …" is a statement, "за 2019 год" is a period
            if "учебн" in unit:
                return parse_period(f"{expr} учебный год")
            return parse_period(expr)
        for regex in (TITLE_SPAN_RE, TITLE_FOR_RE):
            m = regex.search(b.full_text)
            period = _leading(b.full_text[m.end():]) if m else None
            if period is not None and period.end > period.start:  # a period, not one day
                return period
    return None


def _label_reporting(doc: Document) -> Period | None:
    """"Отчётный период: 2023 год" as a line or a passport row."""
    for b in doc.blocks[:LABEL_BLOCKS]:
        texts = [b.full_text] if b.table is None else [
            "\n".join(c.text for c in row.cells) for row in b.table.rows[:12]
        ]
        for text in texts:
            m = REPORTING_LABEL_RE.search(text)
            if m:
                period = _leading(text[m.end():])
                if period is not None:
                    return period
    return None


def _leading(text: str) -> Period | None:
    dates = [d for d in find_dates(text[:80]) if not d.is_reference]
    return dates[0].period if dates and dates[0].start <= 12 else None


# --------------------------------------------------------------------------- event vs frame

Relation = Literal["inside", "overlap", "outside"]

# "до 01.09.2022", "не позднее 15 мая", "к 1 сентября", "в срок до": a deadline, not a date.
DEADLINE_RE = re.compile(r"(?:^|[\s(])(?:в\s+срок\s+)?(?:до(?:\s+конца)?|не\s+позднее|не\s+позже|к)\s*$", re.IGNORECASE)
# "с сентября 2022", "начиная с 01.09.2022" alone: a start without an end.
START_RE = re.compile(r"(?:^|[\s(])(?:начиная\s+)?со?\s*$", re.IGNORECASE)


class Span(NamedTuple):
    """What a date cell says about when an event happens, in month indexes (year*12 + month-1).

    lo is None for a deadline ("до 01.09.2022": any time before), hi is None for an open end
    ("с 18.05.2021 по настоящее время"). `vague` marks a year-precision date: "2022 г." says the
    event happens some time in 2022, so it is reported only when wholly outside a frame."""

    lo: int | None
    hi: int | None
    period: Period
    vague: bool

    def describe(self, lang: str = "ru") -> str:
        if self.lo is None:
            end = self.period.describe(lang)
            return f"by {end}" if lang == "en" else f"до {end}"
        if self.hi is None and not self.period.open_end:
            # "с августа 2020": the open form without "по настоящее время"
            text = self.period.model_copy(update={"open_end": True}).describe(lang)
            return text.removesuffix(" по настоящее время")
        return self.period.describe(lang)


def _month(d) -> int:
    return d.year * 12 + d.month - 1


def event_span(dates_text: str | None, period: Period | None) -> Span | None:
    """The span of an event from its date cell and parsed period; None when nothing is known
    ("весь период", "в течение года", "по плану")."""
    if period is None or not dates_text or is_whole_period(dates_text):
        return None
    lo, hi = period.months()
    if period.open_end:
        return Span(lo, None, period, vague=period.precision == "year")
    dates = [d for d in find_dates(dates_text) if not d.is_reference]
    if len(dates) == 1 and START_RE.search(dates_text[: dates[0].start]) and dates[0].period == period:
        return Span(lo, None, period, vague=period.precision == "year")
    if len(dates) == 1 and DEADLINE_RE.search(dates_text[: dates[0].start]):
        end = period.end
        # "до 01.09.2022" means by the end of August
        hi = _month(end) - 1 if period.precision == "day" and end.day == 1 else _month(end)
        return Span(None, hi, period, vague=period.precision == "year")
    return Span(lo, hi, period, vague=period.precision == "year")


class Verdict(NamedTuple):
    relation: Relation
    before: int  # months of the event before the frame's start (0 when none)
    after: int  # months of the event after the frame's end (0 when none)


def relate(span: Span, frame: Period) -> Verdict:
    """Where an event lies against a frame, at month precision. A vague (year-only) event that
    is not wholly outside counts as inside; an open end or a deadline is judged by its known end."""
    flo, fhi = frame.months()
    if span.lo is None:  # deadline
        assert span.hi is not None
        if span.hi < flo:
            return Verdict("outside", flo - span.hi, 0)
        if span.hi > fhi and not span.vague:
            return Verdict("overlap", 0, span.hi - fhi)
        return Verdict("inside", 0, 0)
    if span.hi is None:  # open end
        if span.lo > fhi:
            return Verdict("outside", 0, span.lo - fhi)
        if span.lo < flo and not span.vague:
            return Verdict("overlap", flo - span.lo, 0)
        return Verdict("inside", 0, 0)
    before = max(0, flo - span.lo)
    after = max(0, span.hi - fhi)
    if span.hi < flo or span.lo > fhi:
        return Verdict("outside", before if span.hi < flo else 0, after if span.lo > fhi else 0)
    if (before or after) and not span.vague:
        return Verdict("overlap", before, after)
    return Verdict("inside", 0, 0)


def months_ru(n: int) -> str:
    """"1 месяц", "3 месяца", "11 месяцев"."""
    if n % 10 == 1 and n % 100 != 11:
        word = "месяц"
    elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        word = "месяца"
    else:
        word = "месяцев"
    return f"{n} {word}"


def months_en(n: int) -> str:
    return f"{n} month" if n == 1 else f"{n} months"
