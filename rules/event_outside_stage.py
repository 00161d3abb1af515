"""T401 event-outside-stage."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field

from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import Report
from repcheck.rule import Rule, RuleContext, RuleOptions
from repcheck.rules._chronology import (
    dated_events,
    overhang,
    evidence,
    event_label,
    fitting_stage,
    locate,
    owner,
    stage_label,
    stage_of,
    stage_verdict,
)


class EventOutsideStageOptions(RuleOptions):
    # Months a row may run past its stage's edge before it is reported. 0: the report states its
    # stage periods at month precision itself, so any month beyond the edge is a discrepancy a
    # reviewer sees; raise it for programmes whose stages are known to be approximate.
    tolerance_months: int = Field(0, ge=0, le=12)
    # Report rows that only overlap the stage's edge (as warnings). Rows wholly outside are
    # always reported.
    warn_on_overlap: bool = Field(True)


class EventOutsideStage(Rule[EventOutsideStageOptions]):
    """Finds rows of a stage's plan dated outside that stage.

    A plan table belongs to a stage when its caption or heading names it («Программные
    мероприятия подготовительного этапа», «2 этап»), when a stage row inside the table or a
    «Этап» column says so, or — in a report that states a single current stage («Этап:
    аналитический (январь – август 2021)») — when it is the calendar plan. The stage periods come
    from the report itself. Dates are compared at month precision: a row wholly outside its
    stage is an error, a row that crosses the stage's edge a warning. Rows without a usable date
    («весь период», «в течение года», «по плану») and dates of referenced documents are never
    judged; a year alone («2022 г.») is reported only when the whole year lies outside. A row
    wholly outside the stated project period is left to T403, and a row the report gives as done
    in its reporting period but dates outside it to T402, which say more.

    Why it matters: a programme whose plan puts events outside the stage they serve has an
    inconsistent schedule; reviewers return it for correction.

    Example: stage 1 runs September 2020 – January 2021, and its plan lists
    «1.8 Разработка мониторинга результативности — декабрь 2021г.»:
    `T401 мероприятие 1.8 «Разработка мониторинга результативности…»: срок «декабрь 2021» лежит
    вне этапа 1 (подготовительный, сентябрь 2020 – январь 2021); этот срок приходится на этап 2
    (…)`.
    """

    code = "T401"
    name = "event-outside-stage"
    category = Category.CHRONOLOGY
    severity = Severity.ERROR
    summary = Text(ru="Мероприятие вне периода своего этапа", en="An event dated outside its stage")
    doc_ru = """
    Находит строки плана этапа, срок которых лежит вне периода этого этапа.

    Таблица плана относится к этапу, если её заголовок или раздел называет этап («Программные
    мероприятия подготовительного этапа», «2 этап»), если это указано строкой этапа внутри
    таблицы или столбцом «Этап», либо — когда отчёт называет один текущий этап («Этап:
    аналитический (январь – август 2021)») — если это календарный план. Периоды этапов берутся
    из самого отчёта. Сроки сравниваются с точностью до месяца: строка целиком вне этапа —
    ошибка, строка, выходящая за границу этапа, — предупреждение. Строки без конкретного срока
    («весь период», «в течение года», «по плану») и даты реквизитов документов не проверяются;
    год без месяца («2022 г.») считается нарушением, только если весь год вне этапа. О строке
    целиком вне срока реализации проекта сообщает T403, а о строке таблицы проведённых
    мероприятий с датой вне отчётного периода — T402.

    Почему это важно: если мероприятия плана стоят вне этапа, которому они отнесены, график
    программы противоречив; такую программу возвращают на доработку.

    Пример: этап 1 — сентябрь 2020 – январь 2021, в его плане «1.8 Разработка мониторинга
    результативности — декабрь 2021г.»: срок «декабрь 2021» лежит вне этапа 1.
    """

    def check(self, report: Report, ctx: RuleContext[EventOutsideStageOptions]) -> Iterable[Finding]:
        opts = ctx.options
        for d in dated_events(report):
            if owner(report, d) != self.code:
                continue
            verdict = stage_verdict(report, d)
            stage = stage_of(report, d)
            assert verdict is not None and stage is not None and stage.period is not None
            when_ru, when_en = d.span.describe("ru"), d.span.describe("en")
            label_ru, label_en = event_label(d.event, "ru"), event_label(d.event, "en")
            st_ru, st_en = stage_label(stage, "ru", "gen"), stage_label(stage, "en")
            fits = fitting_stage(report, d)
            if verdict.relation == "outside":
                ru = f"{label_ru}: срок «{when_ru}» лежит вне {st_ru}"
                en = f"{label_en}: its date “{when_en}” lies outside {st_en}"
                if fits is not None:
                    ru += f"; этот срок приходится на {stage_label(fits, 'ru')}"
                    en += f"; the date falls in {stage_label(fits, 'en')}"
                    sug = Text(
                        ru=f"перенесите мероприятие в план этапа {fits.number} или исправьте срок в пределах этапа {_num(stage)}",
                        en=f"move the event to the plan of stage {fits.number} or correct its date to fall within stage {_num(stage)}",
                    )
                else:
                    sug = Text(
                        ru=f"исправьте срок так, чтобы он лежал в пределах этапа ({stage.period.describe('ru')}), или уточните период этапа",
                        en=f"correct the date to fall within the stage ({stage.period.describe('en')}) or correct the stage's period",
                    )
                severity = Severity.ERROR
            else:
                if not opts.warn_on_overlap or max(verdict.before, verdict.after) <= opts.tolerance_months:
                    continue
                over_ru, over_en = overhang(
                    verdict, ("раньше начала этапа", "позже конца этапа"), ("before the stage", "after the stage")
                )
                ru = f"{label_ru}: срок «{when_ru}» выходит за период {st_ru}: {over_ru}"
                en = f"{label_en}: its date “{when_en}” runs past {st_en}: {over_en}"
                sug = Text(
                    ru=f"сократите срок до границ этапа ({stage.period.describe('ru')}) или разделите мероприятие между этапами",
                    en=f"shorten the date to the stage ({stage.period.describe('en')}) or split the event between stages",
                )
                severity = Severity.WARNING
            yield self.finding(ru, en, evidence=evidence(d), location=locate(ctx, d),
                               severity=severity, suggestion=sug)


def _num(stage) -> str:
    return str(stage.number) if stage.number is not None else ""

