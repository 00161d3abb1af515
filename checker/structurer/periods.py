"""The project period and the reporting period, as the report states them."""

from __future__ import annotations

import re

from checker.models.document import Document
from checker.models.report import Stage
from checker.parsing.dates import Period, find_dates, parse_period

TITLE_BLOCKS = 8  # the title lines: "ГОДОВОЙ ОТЧЁТ … ЗА 2023 ГОД"
PROJECT_RE = re.compile(
    r"(период|срок\w*)\s+(и\s+этапы\s+)?реализации\s+(инновационн\w+\s+)?(образовательн\w+\s+)?"
    r"(проекта|программы)|сроки\s+реализации",
    re.IGNORECASE,
)
REPORTING_RE = re.compile(
    r"\b(?:за|в)\s+(?P<expr>(?:20\d\d\s*[-–—/]\s*)?20\d\d)\s*(?:-?\s*(?:й|м)\s+)?"
    r"(?P<unit>учебн\w+\s+год\w*|год\w*|г\.?)(?!\s*присвоени)",
    re.IGNORECASE,
)


def project_period(doc: Document, stages: list[Stage]) -> Period | None:
    """From a "Период/Сроки реализации проекта: 2022–2025" line or cell; else the span of stages."""
    for b in doc.blocks:
        texts = [b.full_text] if b.table is None else [
            " ".join(c.text for c in row.cells) for row in b.table.rows
        ]
        for text in texts:
            m = PROJECT_RE.search(text)
            if not m:
                continue
            tail = text[m.end(): m.end() + 80]
            dates = [d for d in find_dates(tail) if not d.is_reference]
            if dates:
                return dates[0].period
    dated = [s.period for s in stages if s.period]
    if len(dated) >= 2:
        return Period(start=min(p.start for p in dated), end=max(p.end for p in dated),
                      text="этапы проекта", precision="month")
    return None


def reporting_period(doc: Document) -> Period | None:
    """"ЗА 2023 ГОД", "в 2020-2021 учебном году" in the title lines.

    Only the title is read: "в 2019 г. школа стала победителем" in the body is not a period,
    and "год присвоения статуса – 2016" is not one either.
    """
    for b in doc.blocks[:TITLE_BLOCKS]:
        if b.table is not None:
            break
        m = REPORTING_RE.search(b.full_text)
        if not m:
            continue
        expr, unit = m.group("expr"), m.group("unit").lower()
        if m.group(0).lower().startswith("в") and "учебн" not in unit:
            continue  # "в 2019 году …" is a statement, "за 2019 год" is a period
        if "учебн" in unit:
            return parse_period(f"{expr} учебный год")
        return parse_period(expr)
    return None
