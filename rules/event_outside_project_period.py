"""T403 event-outside-project-period."""

from __future__ import annotations

from collections.abc import Iterable

from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import Report
from repcheck.rule import Rule, RuleContext
from repcheck.rules._chronology import dated_events, event_label, evidence, locate, owner


class EventOutsideProjectPeriod(Rule):
    """Finds events dated wholly outside the project's stated period.

    The project period is what the report states («Период реализации инновационного
    образовательного проекта: 2022-2025гг.», «Сроки реализации программы: 2020–2022»); when it
    states none, this rule stays silent (T401 still judges rows against their stages). Every
    dated row of a plan, plan/actual or events table is judged at month precision and reported
    only when it lies wholly outside the period — a row crossing the period's edge is left to
    T401/T402, which know the stage or reporting period it crosses. Open ends («по настоящее
    время») are judged by their start; rows without a usable date and dates of referenced
    documents are never judged. Such a row is reported here and not again under T401 or T402.

    Why it matters: an event outside the whole project cannot belong to the project's plan or
    results — a typo in the year, or a row copied from another project.

    Example: a programme for 2022–2024 plans «4.3 Издание сборника проектов — 2026 г.»:
    `T403 мероприятие 4.3 «Издание сборника проектов…»: срок «2026 год» лежит вне срока
    реализации проекта (2022–2024 годы)`.
    """

    code = "T403"
    name = "event-outside-project-period"
    category = Category.CHRONOLOGY
    severity = Severity.ERROR
    summary = Text(ru="Мероприятие вне срока реализации проекта", en="An event dated outside the project period")
    doc_ru = """
    Находит мероприятия, срок которых целиком лежит вне заявленного срока реализации проекта.

    Срок проекта берётся из самого отчёта («Период реализации инновационного образовательного
    проекта: 2022-2025гг.», «Сроки реализации программы: 2020–2022»); если он не указан, правило
    молчит (строки по-прежнему сверяются с этапами в T401). Проверяются все датированные строки
    таблиц плана, плана и факта, мероприятий, с точностью до месяца; сообщается только о
    строках целиком вне срока — выход за границу срока сообщают T401/T402, которым известен
    этап или отчётный период. Открытый срок («по настоящее время») проверяется по началу; строки
    без конкретного срока и даты реквизитов документов не проверяются. О такой строке
    сообщается здесь и не повторяется в T401 или T402.

    Почему это важно: мероприятие вне срока всего проекта не может входить в его план или
    результаты — это опечатка в годе или строка из другого проекта.

    Пример: программа на 2022–2024 годы планирует «4.3 Издание сборника проектов — 2026 г.»:
    срок «2026 год» лежит вне срока реализации проекта (2022–2024 годы).
    """

    def check(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        period = report.project_period
        for d in dated_events(report):
            if owner(report, d) != self.code:
                continue
            assert period is not None
            p_ru, p_en = period.describe("ru"), period.describe("en")
            yield self.finding(
                f"{event_label(d.event, 'ru')}: срок «{d.span.describe('ru')}» лежит вне срока реализации проекта ({p_ru})",
                f"{event_label(d.event, 'en')}: its date “{d.span.describe('en')}” lies outside the project period ({p_en})",
                evidence=evidence(d),
                location=locate(ctx, d),
                suggestion=Text(
                    ru=f"исправьте срок: срок реализации проекта — {p_ru}, мероприятие вне него не может входить в план проекта",
                    en=f"correct the date: the project runs {p_en}; an event outside it cannot be part of the project",
                ),
            )

