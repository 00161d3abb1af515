"""T402 event-outside-reporting-period."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field

from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import Report
from repcheck.rule import Rule, RuleContext, RuleOptions
from repcheck.rules._chronology import dated_events, event_label, evidence, locate, overhang, owner, reporting_verdict


class EventOutsideReportingPeriodOptions(RuleOptions):
    # Months an event may run past the reporting period before it is reported. 0 by default:
    # the period is the report's own title («за 2023 год»); raise it to 4 to accept events of
    # the school year that began in the previous autumn in calendar-year reports.
    tolerance_months: int = Field(0, ge=0, le=12)
    # Report events that only overlap the period's edge (as warnings).
    warn_on_overlap: bool = Field(True)


class EventOutsideReportingPeriod(Rule[EventOutsideReportingPeriodOptions]):
    """Finds events the report gives as done in its reporting period but dates outside it.

    The reporting period is read from the report's title («ГОДОВОЙ ОТЧЁТ … ЗА 2023 ГОД», «… в
    2020-2021 учебном году» — a school year runs September to August). Judged are the rows of
    tables that report what was done (events held, plan against actual); calendar plans and other
    tables about the future are not. Dates are compared at month precision: an event wholly
    outside the period is an error, one that crosses its edge a warning; open ends («с 18.05.2021
    по настоящее время») are judged by their start, and rows without a usable date are skipped.
    A row wholly outside the project is left to T403. A row of a stage's table that only overlaps
    the reporting period but lies wholly outside its stage is left to T401; otherwise this rule
    reports the row and T401 does not repeat it.

    Why it matters: an annual report that lists an event of another year either reports the
    wrong period or carries a typo in a date; either way the reviewer cannot trust the table.

    Example: a report «за 2023 год» lists «Обучающий семинар для наставников — Март 2022»:
    `T402 мероприятие 2 «Обучающий семинар для наставников…»: срок «март 2022» лежит вне
    отчётного периода (2023 год)`.
    """

    code = "T402"
    name = "event-outside-reporting-period"
    category = Category.CHRONOLOGY
    severity = Severity.ERROR
    summary = Text(ru="Мероприятие вне отчётного периода", en="An event dated outside the reporting period")
    doc_ru = """
    Находит мероприятия, которые отчёт приводит как проведённые за отчётный период, но
    датирует сроком вне его.

    Отчётный период берётся из заголовка отчёта («ГОДОВОЙ ОТЧЁТ … ЗА 2023 ГОД», «… в 2020-2021
    учебном году» — учебный год идёт с сентября по август). Проверяются строки таблиц о
    сделанном (проведённые мероприятия, план и факт); календарные планы и таблицы о будущем не
    проверяются. Сроки сравниваются с точностью до месяца: мероприятие целиком вне периода —
    ошибка, выходящее за его границу — предупреждение; открытый срок («с 18.05.2021 по
    настоящее время») проверяется по началу, строки без конкретного срока пропускаются. Строку
    целиком вне срока проекта сообщает T403; строку таблицы этапа, которая лишь выходит за
    границу отчётного периода, но целиком лежит вне своего этапа, — T401; в остальных случаях
    сообщает это правило, и T401 её не повторяет.

    Почему это важно: если в отчёте за год есть мероприятие другого года, то либо отчёт не за
    тот период, либо в дате опечатка; в обоих случаях таблице нельзя доверять.

    Пример: в отчёте «за 2023 год» строка «Обучающий семинар для наставников — Март 2022»:
    срок «март 2022» лежит вне отчётного периода (2023 год).
    """

    def check(self, report: Report, ctx: RuleContext[EventOutsideReportingPeriodOptions]) -> Iterable[Finding]:
        opts = ctx.options
        period = report.reporting_period
        if period is None:
            return
        p_ru, p_en = period.describe("ru"), period.describe("en")
        for d in dated_events(report):
            if owner(report, d) != self.code:
                continue
            verdict = reporting_verdict(report, d)
            assert verdict is not None
            when_ru, when_en = d.span.describe("ru"), d.span.describe("en")
            label_ru, label_en = event_label(d.event, "ru"), event_label(d.event, "en")
            if verdict.relation == "outside":
                ru = f"{label_ru}: срок «{when_ru}» лежит вне отчётного периода ({p_ru})"
                en = f"{label_en}: its date “{when_en}” lies outside the reporting period ({p_en})"
                sug = Text(
                    ru=f"исправьте срок или уберите мероприятие из отчёта: отчёт охватывает {p_ru}",
                    en=f"correct the date or remove the event from this report: it covers {p_en}",
                )
                severity = Severity.ERROR
            else:
                if not opts.warn_on_overlap or max(verdict.before, verdict.after) <= opts.tolerance_months:
                    continue
                over_ru, over_en = overhang(verdict, ("раньше", "позже"), ("earlier", "later"))
                ru = (f"{label_ru}: срок «{when_ru}» выходит за отчётный период ({p_ru}): "
                      f"{over_ru}")
                en = (f"{label_en}: its date “{when_en}” runs past the reporting period ({p_en}): "
                      f"{over_en}")
                sug = Text(
                    ru=f"укажите, что сделано именно за отчётный период ({p_ru}), или уточните срок",
                    en=f"state what was done within the reporting period ({p_en}) or correct the date",
                )
                severity = Severity.WARNING
            yield self.finding(ru, en, evidence=evidence(d), location=locate(ctx, d),
                               severity=severity, suggestion=sug)

