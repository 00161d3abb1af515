"""Wording shared by rules' messages: how a row's subject, a header, a quote and a number are written."""

from __future__ import annotations

from repcheck.models.report import ColumnRole, ReportTable
from repcheck.rule import shorten
from repcheck.structurer.events import LABEL_RE, DataRow

SUBJECT_WORDS = {
    ColumnRole.EVENT: ("мероприятие", "event"),
    ColumnRole.TASK: ("задача", "task"),
    ColumnRole.ORGANISATION: ("организация-партнёр", "partner organisation"),
    ColumnRole.INDICATOR: ("показатель", "indicator"),
    ColumnRole.PLANNED_RESULT: ("прогнозируемый результат", "forecast result"),
    ColumnRole.PLANNED_PRODUCT: ("прогнозируемый продукт", "forecast product"),
    ColumnRole.PLANNED_PARTICIPATION: ("планируемое участие", "planned participation"),
}


def short_header(text: str, words: int = 6) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def quote(text: str, limit: int = 70) -> str:
    """«text», shortened; a text that is itself one quoted title is not quoted twice."""
    short = shorten(text, limit)
    if short.startswith("«") and short.endswith("»") and short.count("«") == 1:
        return short
    return f"«{short}»"


def subject_label(table: ReportTable, drow: DataRow, subject_col: int | None) -> tuple[str, str, str]:
    """("мероприятие 3 «Педагогическая мастерская…»", English, the subject text)."""
    role = table.roles[subject_col] if subject_col is not None else None
    ru_word, en_word = SUBJECT_WORDS.get(role, ("строка", "row"))  # type: ignore[arg-type]
    text = drow.text(subject_col) if subject_col is not None else ""
    number = drow.text(table.column_of(ColumnRole.NUMBER)).rstrip(".") if table.column_of(ColumnRole.NUMBER) is not None else ""
    m = LABEL_RE.match(text)
    if not number and m:
        number = m.group(1)
        text = text[m.end():]
    num = f" {number}" if number else ""
    quoted = quote(text)
    return f"{ru_word}{num} {quoted}", f"{en_word}{num} “{quoted[1:-1]}”", text


def fmt_number(v: float) -> str:
    """1234.5 → «1 234,5»: thousands by spaces, a decimal comma, a true minus sign."""
    s = f"{v:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",")
    return s.replace("-", "−")
