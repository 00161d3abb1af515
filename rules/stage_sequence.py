"""T404 stage-sequence."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from pydantic import Field

from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import Report, Stage
from repcheck.parsing.dates import Period
from repcheck.rule import Rule, RuleContext, RuleOptions
from repcheck.structurer.periods import is_stated, months_en, months_ru
from repcheck.rules._chronology import stage_label

SUMMER = (6, 7, 8)  # school holidays: June–August


class StageSequenceOptions(RuleOptions):
    # A stage that ends in the month the next one begins («январь – сентябрь 2021»,
    # «сентябрь 2021 – май 2022») hands over in that month: stages written at month precision
    # name the boundary month on both sides. Shared months beyond this count are an overlap.
    boundary_overlap_months: int = Field(1, ge=0, le=6)
    # Stages of school projects often pause for the summer holidays («сентябрь 2020 – май 2021»,
    # «сентябрь 2021 – май 2022»): a gap made only of June–August months is not reported.
    ignore_summer_gap: bool = Field(True)
    # Report a stage that extends past the project period the report states.
    check_project_period: bool = Field(True)


def _month(d: datetime.date) -> int:
    return d.year * 12 + d.month - 1


def _month_name_range(lo: int, hi: int, lang: str) -> str:
    start = datetime.date(lo // 12, lo % 12 + 1, 1)
    end = datetime.date(hi // 12, hi % 12 + 1, 28)
    return Period(start=start, end=end, text="", precision="month").describe(lang)


def _years_ru(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} года"
    return f"{n} лет"


class StageSequence(Rule[StageSequenceOptions]):
    """Finds stage periods that overlap, leave gaps, run out of order, or leave the project period.

    The stages and their periods are the ones the report states («1 этап: подготовительный,
    сентябрь 2020 г - январь 2021 г»; «Этап 2. Основной (июль 2022 г. – июнь 2024 г.)»). Taken in
    the order of their numbers, each stage should begin where the previous one ends. Reported,
    as warnings: a stage that begins before the previous one (out of order); stages sharing more
    than the hand-over month (overlap); months that belong to no stage (gap) — except a summer
    break of June–August between school-year stages; and a stage that runs past the project
    period the report states. Stages given in years only that share their boundary year
    («2020-2021 гг.», «2021-2022 гг.») follow the school-year habit and do not overlap. Stages
    without a period are not judged.

    Why it matters: overlapping or broken stages make the plan ambiguous — a row can belong to two
    stages or to none — and reviewers ask for a consistent schedule.

    Example: «2 этап: практический — январь 2023 г. – август 2023 г.» and «3 этап — июнь 2023 г. –
    декабрь 2024 г.»: `T404 этапы 2 и 3 пересекаются: июнь – август 2023 …`.
    """

    code = "T404"
    name = "stage-sequence"
    category = Category.CHRONOLOGY
    severity = Severity.WARNING
    summary = Text(ru="Этапы пересекаются, разрываются или идут не по порядку",
                   en="Stage periods overlap, leave gaps or are out of order")
    doc_ru = """
    Находит периоды этапов, которые пересекаются, оставляют разрывы, идут не по порядку или
    выходят за срок проекта.

    Этапы и их периоды берутся из самого отчёта («1 этап: подготовительный, сентябрь 2020 г -
    январь 2021 г»; «Этап 2. Основной (июль 2022 г. – июнь 2024 г.)»). По порядку номеров каждый
    этап должен начинаться там, где кончается предыдущий. Сообщается (предупреждение): этап
    начинается раньше предыдущего (не по порядку); этапы делят больше, чем месяц передачи
    (пересечение); месяцы, не входящие ни в один этап (разрыв), — кроме летнего перерыва
    июнь–август между этапами учебных лет; этап выходит за заявленный срок проекта. Этапы,
    заданные годами и делящие граничный год («2020-2021 гг.», «2021-2022 гг.»), записаны по
    учебным годам и не пересекаются. Этапы без периода не проверяются.

    Почему это важно: при пересекающихся или разорванных этапах план неоднозначен — строка
    относится к двум этапам или ни к одному, — и эксперты просят согласовать график.

    Пример: «2 этап: практический — январь 2023 г. – август 2023 г.» и «3 этап — июнь 2023 г. –
    декабрь 2024 г.»: этапы 2 и 3 пересекаются (июнь – август 2023).
    """

    def check(self, report: Report, ctx: RuleContext[StageSequenceOptions]) -> Iterable[Finding]:
        opts = ctx.options
        dated = [s for s in report.stages if s.number is not None and s.period is not None]
        dated.sort(key=lambda s: s.number or 0)
        for prev, nxt in zip(dated, dated[1:]):
            yield from self._pair(ctx, prev, nxt, opts)
        project = report.project_period
        if opts.check_project_period and is_stated(project):
            assert project is not None
            plo, phi = project.months()
            for st in dated:
                assert st.period is not None
                lo, hi = st.period.months()
                if lo >= plo and hi <= phi:
                    continue
                p_ru, p_en = project.describe("ru"), project.describe("en")
                yield self.finding(
                    f"{stage_label(st, 'ru')} выходит за срок реализации проекта ({p_ru})",
                    f"{stage_label(st, 'en')} runs past the project period ({p_en})",
                    evidence=st.text,
                    location=ctx.locate(block=st.location.block),
                    suggestion=Text(
                        ru=f"согласуйте период этапа {st.number} со сроком проекта ({p_ru})",
                        en=f"make stage {st.number}'s period agree with the project period ({p_en})",
                    ),
                )

    def _pair(self, ctx: RuleContext, prev: Stage, nxt: Stage, opts: StageSequenceOptions) -> Iterable[Finding]:
        assert prev.period is not None and nxt.period is not None
        a, b = prev.period, nxt.period
        a_lo, a_hi = a.months()
        b_lo, b_hi = b.months()
        pr, pe = stage_label(prev, "ru"), stage_label(prev, "en")
        nr, ne = stage_label(nxt, "ru"), stage_label(nxt, "en")
        ev = f"{prev.text} / {nxt.text}"
        loc = ctx.locate(block=nxt.location.block)
        if b_lo < a_lo:
            yield self.finding(
                f"этап {nxt.number} начинается раньше этапа {prev.number}: этапы идут не по порядку — {pr}; {nr}",
                f"stage {nxt.number} begins before stage {prev.number}: the stages are out of order — {pe}; {ne}",
                evidence=ev, location=loc,
                suggestion=Text(
                    ru="проверьте годы и месяцы этапов: каждый следующий этап должен начинаться после предыдущего",
                    en="check the stages' months and years: each stage should begin after the previous one",
                ),
            )
            return
        if b_lo <= a_hi:
            # days known on both sides: "01.09.2020–15.01.2021" and "16.01.2021–…" do not overlap
            if a.precision == "day" and b.precision == "day" and b.start > a.end:
                return
            # years only: "1 этап – 2020-2021 гг., 2 этап – 2021-2022 гг." is school-year notation,
            # the shared year is the hand-over
            if "year" in (a.precision, b.precision) and b.start.year >= a.end.year:
                return
            shared_hi = min(a_hi, b_hi)
            shared = shared_hi - b_lo + 1
            if shared <= opts.boundary_overlap_months:
                return
            if "year" in (a.precision, b.precision):
                y1, y2 = b.start.year, min(a.end.year, b.end.year)
                span_r = f"{_years_ru(y2 - y1 + 1)} ({y1}–{y2} годы)" if y2 > y1 else f"{y1} год"
                span_e = f"{y2 - y1 + 1} years ({y1}–{y2})" if y2 > y1 else f"the year {y1}"
            else:
                span_r = f"{months_ru(shared)} ({_month_name_range(b_lo, shared_hi, 'ru')})"
                span_e = f"{months_en(shared)} ({_month_name_range(b_lo, shared_hi, 'en')})"
            yield self.finding(
                f"этапы {prev.number} и {nxt.number} пересекаются на {span_r}: {pr}; {nr}",
                f"stages {prev.number} and {nxt.number} overlap by {span_e}: {pe}; {ne}",
                evidence=ev, location=loc,
                suggestion=Text(
                    ru=f"разведите периоды: этап {nxt.number} должен начинаться после окончания этапа {prev.number}",
                    en=f"separate the periods: stage {nxt.number} should begin after stage {prev.number} ends",
                ),
            )
            return
        gap_lo, gap_hi = a_hi + 1, b_lo - 1
        if gap_lo > gap_hi:
            return
        if opts.ignore_summer_gap and all((m % 12) + 1 in SUMMER for m in range(gap_lo, gap_hi + 1)):
            return
        n = gap_hi - gap_lo + 1
        yield self.finding(
            f"между этапами {prev.number} и {nxt.number} разрыв в {months_ru(n)} ({_month_name_range(gap_lo, gap_hi, 'ru')}), "
            f"не отнесённый ни к одному этапу: {pr}; {nr}",
            f"a gap of {months_en(n)} ({_month_name_range(gap_lo, gap_hi, 'en')}) between stages {prev.number} "
            f"and {nxt.number} belongs to no stage: {pe}; {ne}",
            evidence=ev, location=loc,
            suggestion=Text(
                ru=f"продлите этап {prev.number} или начните этап {nxt.number} раньше, чтобы этапы шли без разрыва",
                en=f"extend stage {prev.number} or begin stage {nxt.number} earlier so that the stages are contiguous",
            ),
        )

