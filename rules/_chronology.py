"""What the chronology rules (T401–T403) share: the dated events of a report, the frames they
are judged against, and which rule reports a row.

One row, one finding. The frames nest: the project period holds the stages and the reporting
periods; a stage's plan holds its rows; the reporting period holds what the report says was done.
A row is reported by the rule whose frame says the most about it:

1. T403 — wholly outside the stated project period: no stage or report can hold the row, so
   "move it to another stage" would be the wrong advice;
2. otherwise the row's own frame: for a row the report gives as done in its reporting period
   (events held, plan against actual), T402 — a 2023 report listing an event of 2024 is wrong
   whatever stage it names; for a row of a stage's plan, T401. When a reported row of a stage's
   table breaks both frames, the one it lies wholly outside of wins (an error says more than an
   overlap warning), and T402 on a tie.

Not a rule module (it registers nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from repcheck.models.report import ColumnRole, Event, Report, ReportTable, Stage
from repcheck.parsing.dates import Period
from repcheck.rule import RuleContext
from repcheck.structurer.periods import Span, Verdict, event_span, is_stated, months_en, months_ru, relate
from repcheck.structurer.stages import stage_table_columns

EVENT_KINDS = frozenset({"plan", "plan_actual", "events"})
# Tables that give what was done in the reporting period (a "plan" table only when nothing in its
# caption, section or headers says it is a plan or a forecast).
REPORTED_KINDS = frozenset({"events", "plan_actual"})
PLAN_WORDS = re.compile(r"план|перспектив|следующ|предстоящ|прогноз|будущ", re.IGNORECASE)
WHOLE_PROJECT = re.compile(
    r"за\s+(?:весь\s+|все\s+)?(?:период|время|годы|срок)\w*\s+реализаци|за\s+(?:весь|все)\s+(?:период|время|годы)"
    r"|за\s+(?:\d|два|три|четыре|пять)\s*(?:года|лет)|с\s+начала\s+реализаци",
    re.IGNORECASE,
)
LABEL_CHARS = 60


@dataclass
class Dated:
    """An event with a usable date, and where it stands."""

    event: Event
    table: ReportTable | None  # None for a dated item of a list in the text
    span: Span
    stage: int | None  # index into report.stages


def dated_events(report: Report) -> list[Dated]:
    out: list[Dated] = []
    for event in report.events:
        if event.source == "list":
            span = event_span(event.dates_text, event.period)
            if span is not None:
                out.append(Dated(event, None, span, event.stage))  # a stage line above it, if any
            continue
        if event.table is None or event.table >= len(report.tables):
            continue
        table = report.tables[event.table]
        if table.kind not in EVENT_KINDS or stage_table_columns(report.document.blocks[table.block]) is not None:
            continue  # a table listing the stages defines periods, it holds no events
        span = event_span(event.dates_text, event.period)
        if span is None:
            continue
        out.append(Dated(event, table, span, event.stage))
    return out


def stage_of(report: Report, d: Dated) -> Stage | None:
    if d.stage is None or not 0 <= d.stage < len(report.stages):
        return None
    return report.stages[d.stage]


def project_verdict(report: Report, d: Dated) -> Verdict | None:
    if not is_stated(report.project_period):
        return None
    assert report.project_period is not None
    return relate(d.span, report.project_period)


def stage_verdict(report: Report, d: Dated) -> Verdict | None:
    stage = stage_of(report, d)
    if stage is None or stage.period is None:
        return None
    return relate(d.span, stage.period)


def is_reported(table: ReportTable | None, section: str | None = None) -> bool:
    """Whether the table (or, for None, a dated list item in `section`) gives what was done in
    the reporting period."""
    if table is None:
        return not WHOLE_PROJECT.search(section or "")
    around = " ".join([table.caption or "", table.section or ""])
    if WHOLE_PROJECT.search(around):
        return False  # «мероприятия за весь период реализации проекта»: a history, not the period
    if table.kind in REPORTED_KINDS:
        return True
    if table.kind != "plan":
        return False
    return not PLAN_WORDS.search(" ".join([around, *table.headers]))


def later_stage(report: Report, stage: int | None) -> bool:
    """The stage starts after the reporting period: its rows are plans, not reported work
    (a calendar plan of the whole project in an interim report)."""
    if report.reporting_period is None or stage is None or not 0 <= stage < len(report.stages):
        return False
    period = report.stages[stage].period
    return period is not None and period.start > report.reporting_period.end


def reporting_verdict(report: Report, d: Dated) -> Verdict | None:
    if report.reporting_period is None or not is_reported(d.table, d.event.section):
        return None
    if later_stage(report, d.stage):
        return None
    return relate(d.span, report.reporting_period)


def owner(report: Report, d: Dated) -> str | None:
    """The code of the rule that reports this row, or None when it is in order."""
    pv = project_verdict(report, d)
    if pv is not None and pv.relation == "outside":
        return "T403"
    broken = [
        (code, v) for code, v in (("T402", reporting_verdict(report, d)), ("T401", stage_verdict(report, d)))
        if v is not None and v.relation != "inside"
    ]
    if not broken:
        return None
    outside = [code for code, v in broken if v.relation == "outside"]
    return outside[0] if outside else broken[0][0]


# --------------------------------------------------------------------------- wording


def short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,.;:—–-") + "…"


def event_label(e: Event, lang: str = "ru") -> str:
    """"мероприятие 1.8 «Разработка мониторинга…»" / "event 1.8 “Разработка мониторинга…”"."""
    number = e.number
    if not number:
        task = (e.cells.get(ColumnRole.TASK) or "").strip()
        m = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)[.)]?\s", task)
        if m:
            suffix = f" (задача {m.group(1)})" if lang == "ru" else f" (task {m.group(1)})"
        else:
            suffix = ""
    else:
        suffix = ""
    text = re.sub(r"^\s*\d+(?:\.\d+)*\.?\s+", "", e.text) or e.text
    text = " ".join(text.split()).lstrip(" –—-:;,") or text  # «20.09.2025 – праздник …» without its date
    if text.startswith("«") and text.endswith("»") and text.count("«") == 1:
        text = text[1:-1]  # a quoted title: «…» is added around it below
    text = short(text)
    if lang == "ru":
        head = f"мероприятие {number} «{text}»" if number else f"мероприятие «{text}»"
    else:
        head = f"event {number} “{text}”" if number else f"event “{text}”"
    return head + suffix


def stage_label(stage: Stage, lang: str = "ru", case: str = "nom") -> str:
    """"этап 1 (подготовительный, сентябрь 2020 – январь 2021)"; case="gen" gives "этапа 1 (…)"."""
    if lang == "ru":
        if stage.number is not None:
            head = f"{'этапа' if case == 'gen' else 'этап'} {stage.number}"
        else:
            head = "текущего этапа" if case == "gen" else "текущий этап"
    else:
        head = f"stage {stage.number}" if stage.number is not None else "the current stage"
    inner = [stage.name] if stage.name else []
    if stage.period is not None:
        inner.append(stage.period.describe(lang))
    return f"{head} ({', '.join(inner)})" if inner else head


def evidence(d: Dated) -> str:
    """The row's event text and its date cell."""
    e = d.event
    text = short(e.text, 150)
    label = f"{e.number}. " if e.number and not e.text.lstrip().startswith(e.number) else ""
    return f"{label}{text} — {' '.join((e.dates_text or '').split())}"


def locate(ctx: RuleContext, d: Dated):
    if d.table is None:
        return ctx.locate(block=d.event.location.block)
    col = d.table.column_of(ColumnRole.DATES)
    held = d.table.column_of(ColumnRole.ACTUAL_DATES)
    if held is not None and (d.event.dates_text or "") != (d.event.cells.get(ColumnRole.DATES) or ""):
        col = held  # the row is dated by when it was held
    header = d.table.headers[col] if col is not None and col < len(d.table.headers) else None
    return ctx.locate(block=d.table.block, row=d.event.row, column=header or None)


def fitting_stage(report: Report, d: Dated) -> Stage | None:
    """The one stage (other than the row's own) that wholly contains the row, if any."""
    fits = [
        st for i, st in enumerate(report.stages)
        if i != d.stage and st.period is not None and relate(d.span, st.period).relation == "inside"
        and d.span.lo is not None and d.span.hi is not None
    ]
    return fits[0] if len(fits) == 1 else None


def frame_text(p: Period, lang: str = "ru") -> str:
    return p.describe(lang)


def overhang(verdict: Verdict, ru: tuple[str, str], en: tuple[str, str]) -> tuple[str, str]:
    """How far an event runs past a frame, in both languages: "начинается на 2 месяца раньше …
    и заканчивается …". `ru`/`en` are the words after the month counts for the start and end."""
    parts_ru, parts_en = [], []
    if verdict.before:
        parts_ru.append(f"начинается на {months_ru(verdict.before)} {ru[0]}")
        parts_en.append(f"starts {months_en(verdict.before)} {en[0]}")
    if verdict.after:
        parts_ru.append(f"заканчивается на {months_ru(verdict.after)} {ru[1]}")
        parts_en.append(f"ends {months_en(verdict.after)} {en[1]}")
    return " и ".join(parts_ru), " and ".join(parts_en)
