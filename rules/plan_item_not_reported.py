"""C202 plan-item-not-reported."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from pydantic import Field
from rapidfuzz import fuzz, process

from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import ColumnRole, Report, ReportKind, ReportTable
from repcheck.parsing.dates import Period, event_dates
from repcheck.rule import Rule, RuleContext, RuleOptions, shorten
from repcheck.structurer.events import (
    LABEL_RE,
    data_rows,
    is_placeholder,
    subject_column,
)
from repcheck.textmatch import GENERIC_LEMMAS, lemmas
from repcheck.rules._wording import quote, short_header


class Options(RuleOptions):
    # Measured on the seeds and the corpus: a plan item and its own row in the plan/actual table
    # score 95–100 (the form quotes the plan); a task against the row reporting it 60–100; an item
    # against unrelated rows 20–50 (token_set_ratio gave 61 for an unrelated row whose words
    # happen to include the task's: it scores a subset as a match, hence token_sort_ratio and
    # coverage here).
    match_score: float = Field(70.0, ge=0, le=100)
    # Below this share of the item's words found in any one row the item is reported absent;
    # between the two thresholds nothing is said (precision first). Measured: unrelated rows
    # 0–45, a reworded counterpart 50–77.
    absent_below: float = Field(50.0, ge=0, le=100)
    # A row with the same number counts as the counterpart from this score on.
    same_number_score: float = Field(40.0, ge=0, le=100)


# The tables that report the plan: their subject column names what was planned or forecast.
PLANNED_HEADER_RE = re.compile(r"запланир|планир|прогноз|перечень|календарн", re.IGNORECASE)


def _weight(word: str) -> float:
    return 0.3 if word in GENERIC_LEMMAS else 1.0


class RowWords:
    """The lemmas of a reported row, and which words have been looked for in them: a row is
    compared with every plan item, whose words repeat from item to item."""

    __slots__ = ("words", "_set", "_choices", "_found")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self._set = set(words)
        self._choices = list(self._set)
        self._found: dict[str, bool] = {}

    def has(self, w: str) -> bool:
        """`w` is one of the words, or a near spelling of one (rapidfuzz ratio ≥ 85)."""
        f = self._found.get(w)
        if f is None:  # a near spelling: one rapidfuzz search over the row's words, in C
            f = self._found[w] = w in self._set or (
                bool(self._choices) and process.extractOne(w, self._choices, scorer=fuzz.ratio, score_cutoff=85) is not None)
        return f


def coverage(part: tuple[str, ...], whole: tuple[str, ...] | RowWords) -> float:
    """Weighted share (0–100) of `part`'s lemmas found in `whole` (a typo counts as found)."""
    if not part:
        return 0.0
    row = whole if isinstance(whole, RowWords) else RowWords(whole)
    hit = 0.0
    for w in part:
        if row.has(w):
            hit += _weight(w)
    return 100.0 * hit / sum(_weight(w) for w in part)


def informative(words: tuple[str, ...]) -> bool:
    """"Работа творческой группы" says too little to look for: at least 2.5 weighted words.

    fsum: a plain float sum of 1.0 and five 0.3 weights is 2.5 or 2.4999999999999996 depending
    on the set's (hash-seeded) order, which made the boundary flip from run to run."""
    return math.fsum(_weight(w) for w in set(words)) >= 2.5


@dataclass
class PlanItem:
    table: ReportTable
    row: int
    number: str | None
    task: str
    event: str
    dates: str
    period: Period | None


@dataclass
class DoneRow:
    table: ReportTable
    row: int
    number: str | None
    subject: tuple[str, ...]
    everything: tuple[str, ...]
    text: str
    # the same words, for the comparisons with every plan item (made once per row)
    subject_words: RowWords = field(init=False, repr=False)
    everything_words: RowWords = field(init=False, repr=False)
    subject_text: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.subject_words = RowWords(self.subject)
        self.everything_words = RowWords(self.everything)
        self.subject_text = " ".join(self.subject)


def _number(text: str, explicit: str) -> str | None:
    if explicit.strip():
        return explicit.strip().rstrip(".")
    m = LABEL_RE.match(text or "")
    return m.group(1) if m else None


class PlanItemNotReported(Rule[Options]):
    """Finds tasks and planned events of a report's calendar plan that the part reporting what
    was done does not mention.

    The calendar plan is a table of tasks and planned events with dates («Календарный план …:
    Задачи | Перечень запланированных мероприятий | Сроки проведения …»); what was done is
    reported in the plan/actual tables («Перечень запланированных мероприятий | Фактическое
    содержание …», «Прогнозируемые | Фактически полученные результаты») and the events tables. Each
    plan row is looked for there by its task and by its event (pymorphy3 lemmas; rapidfuzz
    token_sort_ratio and the share of the item's words found in a row — token_set_ratio scores a
    subset as a full match, so it is not used) and by number. Rows planned outside the reporting
    period are not expected in this report; a programme (which reports nothing yet) is not
    checked. Only items that match nothing at all are reported: between a clear match and a clear
    absence the rule says nothing.

    Why it matters: a plan item silently dropped from the report is what reviewers look for when
    they compare the plan with the report.

    Example: `C202 задача 4 «Провести мотивационные мероприятия…», мероприятие «Работа творческой
    группы» (календарный план, срок «Март – апрель 2021») не найдены в отчёте о выполнении
    «Содержание деятельности…»; ближе всего: «Исследование…» (совпало 43 % слов)`.
    """

    code = "C202"
    name = "plan-item-not-reported"
    category = Category.COMPLETENESS
    severity = Severity.WARNING
    summary = Text(ru="Пункт плана не отражён в отчёте", en="A plan item is not reported")
    doc_ru = """
    Находит задачи и запланированные мероприятия календарного плана отчёта, о которых не сказано
    в части, сообщающей о выполнении.

    Календарный план — таблица задач и мероприятий со сроками («Календарный план …: Задачи |
    Перечень запланированных мероприятий | Сроки проведения …»); о выполнении сообщают таблицы
    «план – факт» («Перечень запланированных мероприятий | Фактическое содержание …»,
    «Прогнозируемые | Фактически полученные результаты») и таблицы мероприятий. Каждая строка
    плана ищется там по задаче и по мероприятию (леммы pymorphy3; rapidfuzz token_sort_ratio и
    доля слов пункта, найденных в строке, — token_set_ratio считает подмножество полным
    совпадением и поэтому не используется) и по номеру. Строки со сроками вне отчётного периода в
    этом отчёте не ожидаются; программы (в них ещё нечего сообщать) не проверяются. Сообщается
    только о пунктах, которым не нашлось ничего похожего: между явным совпадением и явным
    отсутствием правило молчит.

    Почему это важно: пункт плана, молча выпавший из отчёта, — то, что эксперт ищет, сверяя план
    с отчётом.

    Пример: «задача 4 «Провести мотивационные мероприятия…», мероприятие «Работа творческой
    группы» (календарный план, срок «Март – апрель 2021») не найдены в отчёте о выполнении
    «Содержание деятельности…»; ближе всего: «Исследование…» (совпало 43 % слов)».
    """

    def check(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        if report.kind == ReportKind.PROGRAM:
            return
        opts = ctx.options
        # the list of stages («Этап | Период | Основное содержание») says what each stage is for,
        # not the events a report of the year must account for
        plans = [t for t in report.tables if t.kind == "plan"
                 and (t.column_of(ColumnRole.TASK) is not None or t.column_of(ColumnRole.EVENT) is not None)
                 and not t.lists_stages]
        # Only tables that report events say what was done: a table of indicators against their
        # values («Показатели результативности») does not list the plan's events.
        done_tables = [t for t in report.tables if t.kind == "plan_actual"
                       and (t.column_of(ColumnRole.EVENT) is not None or t.column_of(ColumnRole.TASK) is not None)]
        if not plans or not done_tables:
            return
        done = self._done_rows(report, done_tables + [t for t in report.tables if t.kind == "events"])
        for plan in plans:
            for item in self._items(report, plan):
                if not self._expected(report, item):
                    continue
                best, best_row = self._best(item, done, opts)
                if best >= opts.absent_below:
                    continue
                yield self._finding(ctx, item, done_tables, best, best_row)

    # -- parts ---------------------------------------------------------------------------------
    @staticmethod
    def _items(report: Report, table: ReportTable) -> list[PlanItem]:
        doc = report.document
        task_col = table.column_of(ColumnRole.TASK)
        event_col = table.column_of(ColumnRole.EVENT)
        num_col = table.column_of(ColumnRole.NUMBER)
        date_col = table.column_of(ColumnRole.DATES)
        out = []
        for dr in data_rows(doc, table):
            task, event = dr.text(task_col), dr.text(event_col)
            if is_placeholder(task) and is_placeholder(event):
                continue
            dates = dr.text(date_col)
            out.append(PlanItem(table=table, row=dr.index, number=_number(task or event, dr.text(num_col)),
                                task=task, event=event, dates=dates,
                                period=event_dates(dates) if dates else None))
        return out

    @staticmethod
    def _done_rows(report: Report, tables: list[ReportTable]) -> list[DoneRow]:
        doc = report.document
        out = []
        for t in tables:
            subj = subject_column(t)
            num_col = t.column_of(ColumnRole.NUMBER)
            width = len(t.headers)
            for dr in data_rows(doc, t):
                subject = dr.text(subj) if subj is not None else ""
                everything = " ".join(x for x in dr.texts(width) if x)
                out.append(DoneRow(table=t, row=dr.index, number=_number(subject, dr.text(num_col)),
                                   subject=lemmas(subject), everything=lemmas(everything), text=subject or everything))
        return out

    @staticmethod
    def _expected(report: Report, item: PlanItem) -> bool:
        """Planned for the reporting period (or undated, or no period known)."""
        rp = report.reporting_period
        if rp is None or item.period is None:
            return True
        return item.period.overlaps(rp)

    @staticmethod
    def _best(item: PlanItem, done: list[DoneRow], opts: Options) -> tuple[float, DoneRow | None]:
        """The item's best score against the reported rows: 100 when a row clearly matches;
        otherwise the best share of the item's words found in one row (token_sort_ratio of two
        long unrelated texts sharing a few words reaches 55–60, so it only confirms matches)."""
        texts = [lemmas(t) for t in (item.task, item.event) if t and not is_placeholder(t)]
        texts = [t for t in texts if informative(t)]
        if not texts:
            return 100.0, None  # nothing to look for: say nothing
        best, best_row = 0.0, None
        joined = [" ".join(words) for words in texts]
        for row in done:
            for words, words_text in zip(texts, joined):
                cov = max(coverage(words, row.subject_words), coverage(words, row.everything_words) * 0.95)
                ratio = fuzz.token_sort_ratio(words_text, row.subject_text) if row.subject else 0.0
                if max(cov, ratio) >= opts.match_score:
                    return 100.0, row
                if item.number and row.number and item.number == row.number and cov >= opts.same_number_score:
                    return 100.0, row
                if cov > best:
                    best, best_row = cov, row
        return best, best_row

    # -- message ---------------------------------------------------------------------------------
    def _finding(self, ctx: RuleContext, item: PlanItem, done_tables: list[ReportTable], best: float,
                 best_row: DoneRow | None) -> Finding:
        task = item.task
        m = LABEL_RE.match(task)
        if m:
            task = task[m.end():]
        num = f" {item.number}" if item.number else ""
        parts_ru, parts_en = [], []
        if task:
            parts_ru.append(f"задача{num} {quote(task)}")
            parts_en.append(f"task{num} “{shorten(task, 70)}”")
        if item.event and not is_placeholder(item.event):
            word = "мероприятие" if task else f"мероприятие{num}"
            parts_ru.append(f"{word} {quote(item.event)}")
            parts_en.append(f"event “{shorten(item.event, 70)}”")
        when_ru = f", срок «{shorten(item.dates, 40)}»" if item.dates else ""
        when_en = f", due “{shorten(item.dates, 40)}”" if item.dates else ""
        shown = [t for t in done_tables if PLANNED_HEADER_RE.search(" ".join(t.headers))] or done_tables
        tables = ", ".join(f"«{short_header(t.caption or t.headers[subject_column(t) or 0], 8)}»" for t in shown[:3])
        near_ru = f"; ближе всего: {quote(best_row.text, 60)} (совпало {best:.0f} % слов)" if best_row else ""
        near_en = f"; closest: “{shorten(best_row.text, 60)}” ({best:.0f} % of the words)" if best_row else ""
        col = item.table.column_of(ColumnRole.TASK)
        if col is None:
            col = item.table.column_of(ColumnRole.EVENT)
        header = item.table.headers[col or 0]
        verb = "не найдены" if len(parts_ru) > 1 else ("не найдена" if task else "не найдено")
        return self.finding(
            f"{', '.join(parts_ru)} (календарный план{when_ru}) {verb} в отчёте о выполнении {tables}{near_ru}",
            f"{', '.join(parts_en)} (calendar plan{when_en}) is not found in the report of what was done{near_en}",
            evidence=" | ".join(x for x in (item.task, item.event, item.dates) if x),
            location=ctx.locate(block=item.table.block, row=item.row, column=header),
            suggestion=Text(ru="сообщите, что сделано по этому пункту плана, или почему он не выполнен",
                            en="report what was done for this plan item, or why it was not"),
        )

