"""N302 count-mismatch."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from repcheck.models.document import BlockKind
from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import ColumnRole, Report, ReportTable
from repcheck.parsing.numbers import find_numbers
from repcheck.structurer.sections import CAPTION_RE
from repcheck.rule import Rule, RuleContext, shorten
from repcheck.structurer.events import data_rows, is_placeholder, says_not_held, subject_column
from repcheck.structurer.tables import level_of
from repcheck.textmatch import lemma

NUMERALS = {
    "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20,
}
# "семь мероприятий", "4 мероприятия", "шесть мероприятий календарного плана"
EVENT_NOUN_RE = re.compile(r"(?<![а-яё])мероприяти[йяе]\w*", re.IGNORECASE)
ADJECTIVE_RE = re.compile(r"[а-яё\-]+(?:ых|их|ое|ые|ие|ий|ый|ой|ая|яя|ую|юю|ого|его)")
TOKEN_RE = re.compile(r"[\w\-]+", re.IGNORECASE)
APPROX_RE = re.compile(r"(?:не\s+менее|не\s+более|более|менее|около|свыше|порядка|до|из\s+них|в\s+том\s+числе|в\s+т\.\s*ч\.)\s*$", re.IGNORECASE)
# «(таблица 2)», «в таблице № 3»: the text names the table it counts.
TABLE_REF_RE = re.compile(r"(?<![а-яё])(?:таблиц[аеуы]|табл\.)\s*№?\s*(\d{1,2})(?!\d)", re.IGNORECASE)
# «из 10 запланированных на отчётный период мероприятий проведено 9»
OF_PLANNED_HELD_RE = re.compile(
    r"из\s+(?P<plan>\d{1,3})\s+запланированн\w*(?:\s+[^.;:\d]{0,50}?)?\s+мероприяти\w*\s+"
    r"(?:было\s+)?(?:проведен\w*|проведён\w*|состоял\w*|выполнен\w*)\s+(?:только\s+|лишь\s+)?(?P<done>\d{1,3})(?![\d.,]\d)",
    re.IGNORECASE,
)
PARTLY_RE = re.compile(r"^[^.]{0,40}?частично\s+(?:выполнен\w*|проведен\w*|проведён\w*|реализован\w*)\s+(\d{1,3})(?!\d)", re.IGNORECASE)
HELD_SUMMARY_REACH = 4  # blocks between a table and the sentence summing it up
HELD_RE = re.compile(r"(?<![а-яё])(?<!не\s)(?:проведен\w*|проведён\w*|состоял\w*|организован\w*|реализован\w*)", re.IGNORECASE)
TABLE_NUMBER_RE = re.compile(r"(?:таблиц\w*|табл\.|рисун\w*|приложени\w*)\s*№?\s*$", re.IGNORECASE)
CALENDAR_RE = re.compile(r"календарн\w*\s+план", re.IGNORECASE)
# "Муниципальный уровень – 3", "Региональный – 0"
LEVEL_LINE_RE = re.compile(r"^(?P<label>[А-Яа-яЁё ()]{3,60}?)\s*[–—:-]\s*(?P<value>\d{1,4})\s*[.;]?$")
CATEGORIES = (
    ("конкурс", re.compile(r"конкурс|фестивал|смотр|олимпиад", re.IGNORECASE), None),
    ("конференц", re.compile(r"конференц|семинар|мастер-класс|форум|совещани", re.IGNORECASE),
     re.compile(r"конкурс", re.IGNORECASE)),
    ("публикац", re.compile(r"публикац|стать[яиейю]|издани", re.IGNORECASE), None),
)


def named_table(text: str, tables: list[ReportTable]) -> ReportTable | None:
    """The table a text names by number («(таблица 2)», «в таблице № 3»), found by its caption."""
    ref = TABLE_REF_RE.search(text)
    if not ref:
        return None
    caption = re.compile(rf"\s*(?:таблица|табл\.)\s*№?\s*{ref.group(1)}(?!\d)", re.IGNORECASE)
    return next((t for t in tables if t.caption and caption.match(t.caption)), None)


def numeral(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return NUMERALS.get(lemma(text.lower())) or NUMERALS.get(text.lower())


@dataclass
class LevelSummary:
    """A category line of a year summary and its per-level lines."""

    block: int
    label: str
    levels: list[tuple[int, str, str, int]] = field(default_factory=list)  # (block, line, level, value)


def _table_text(table: ReportTable) -> str:
    return " ".join([table.caption or ""] + [h for h in table.headers if h])


def _event_header(table: ReportTable) -> str:
    col = table.column_of(ColumnRole.EVENT)
    return table.headers[col] if col is not None else " ".join(table.headers)


class CountMismatch(Rule):
    """Finds counts stated in the text that differ from the rows they count.

    Only where the link between the count and the rows is clear:
    - a year summary («ИТОГО за учебный год: Количество фактов участия в конференциях:
      Муниципальный уровень – 3») against the dissemination tables listed just above it whose
      «Вид … мероприятия» header names the same kind of event (conferences and seminars, contests,
      publications), counted by their «Уровень» column — compared only when every row's level is
      recognisable;
    - a count of events in a table's caption («Мероприятия, проведённые… (всего семь
      мероприятий …)») against that table's rows, and «N мероприятий календарного плана» against
      the one table of the calendar plan.
    Approximate counts («не менее 5», «около 10») and counts of a subset («из них 3») are left
    alone. The finding is a warning: the link is inferred.

    Why it matters: a summary that disagrees with the tables it summarises makes the reviewer
    recount, and one of the two is wrong.

    Example: `N302 «Количество фактов участия в конференциях»: «Муниципальный уровень – 3», а в
    таблицах «Вид (конференции, семинары, мастер-классы и др.)…» строк уровня «муниципальный» — 2`.
    """

    code = "N302"
    name = "count-mismatch"
    category = Category.CONSISTENCY
    severity = Severity.WARNING
    summary = Text(ru="Число в тексте не совпадает с числом строк", en="A stated count differs from the rows it counts")
    doc_ru = """
    Находит числа в тексте, которые не совпадают с числом строк, которые они считают.

    Только там, где связь ясна:
    - итоги года («ИТОГО за учебный год: Количество фактов участия в конференциях: Муниципальный
      уровень – 3») и таблицы распространения опыта прямо перед ними, у которых заголовок «Вид …
      мероприятия» называет тот же вид мероприятий (конференции и семинары, конкурсы, публикации),
      с подсчётом по графе «Уровень» — сравнивается, только если уровень каждой строки распознан;
    - число мероприятий в подписи таблицы («Мероприятия, проведённые… (всего семь мероприятий …)»)
      и строки этой таблицы, а также «N мероприятий календарного плана» и единственная таблица
      календарного плана.
    Приблизительные числа («не менее 5», «около 10») и части («из них 3») не проверяются.
    Замечание — предупреждение: связь выведена, а не указана.

    Почему это важно: итог, который расходится с таблицами, заставляет эксперта пересчитывать, и
    одно из двух неверно.

    Пример: «Количество фактов участия в конференциях»: «Муниципальный уровень – 3», а в таблицах
    «Вид (конференции, семинары, мастер-классы и др.)…» строк уровня «муниципальный» — 2.
    """

    def check(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        yield from self._level_summaries(report, ctx)
        yield from self._event_counts(report, ctx)

    # -- year summaries by level -------------------------------------------------------------
    def _summaries(self, report: Report) -> list[LevelSummary]:
        out: list[LevelSummary] = []
        current: LevelSummary | None = None
        for i, b in enumerate(report.document.blocks):
            if b.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
                current = None
                continue
            text = b.text.strip()
            if text.endswith(":") and len(text) < 120:
                current = LevelSummary(block=i, label=text.rstrip(":").strip())
                out.append(current)
                continue
            m = LEVEL_LINE_RE.match(text)
            if current is not None and m:
                level = level_of(m.group("label"))
                if level is not None:
                    current.levels.append((i, text, level, int(m.group("value"))))
                continue
            if current is not None and not text:
                continue
            if current is not None and re.match(r"^(другое|иное|прочее)", text, re.IGNORECASE):
                continue
            current = None
        return [s for s in out if s.levels]

    def _level_summaries(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        doc = report.document
        for summary in self._summaries(report):
            cat = next(((name, inc, exc) for name, inc, exc in CATEGORIES if re.search(name, summary.label, re.IGNORECASE)), None)
            if cat is None:
                continue
            _, include, exclude = cat
            tables = [t for t in report.tables
                      if summary.block - 20 <= t.block < summary.block
                      and t.column_of(ColumnRole.LEVEL) is not None
                      and include.search(_event_header(t))
                      and not (exclude and exclude.search(_event_header(t)))]
            if not tables:
                continue
            counted: Counter[str] = Counter()
            names: dict[str, list[str]] = {}
            clear = True
            for t in tables:
                subj = subject_column(t)
                for dr in data_rows(doc, t):
                    if subj is not None and is_placeholder(dr.text(subj)):
                        continue
                    level = level_of(dr.text(t.column_of(ColumnRole.LEVEL)))
                    if level is None:
                        clear = False
                        break
                    counted[level] += 1
                    names.setdefault(level, []).append(dr.text(subj) if subj is not None else "")
            if not clear:
                continue
            what = shorten(_event_header(tables[0]), 60)
            for block, line, level, stated in summary.levels:
                if counted[level] == stated:
                    continue
                listed = names.get(level, [])
                shown = "; ".join(f"«{shorten(n, 50)}»" for n in listed[:4])
                tail = f": {shown}" if shown else ""
                yield self.finding(
                    f"«{shorten(summary.label, 70)}»: «{line}», а в таблицах «{what}» строк уровня "
                    f"«{level}» — {counted[level]}{tail}",
                    f"“{shorten(summary.label, 70)}”: “{line}”, but the tables “{what}” list "
                    f"{counted[level]} rows of the level “{level}”",
                    evidence=f"{line} | " + "; ".join(shorten(n, 60) for n in listed[:4]),
                    location=ctx.locate(block=block),
                    suggestion=Text(ru="сверьте итоги с таблицами: добавьте недостающие строки или исправьте число",
                                    en="reconcile the summary with the tables: add the missing rows or fix the count"),
                )

    # -- counts of events against table rows ------------------------------------------------------
    @staticmethod
    def _count_before(text: str, end: int) -> tuple[int, int] | None:
        """The count right before an event noun: up to two words may stand between ("шесть
        крупных мероприятий"); approximate counts and subsets are not counts."""
        tokens = list(TOKEN_RE.finditer(text[max(0, end - 80):end]))[-3:]
        offset = max(0, end - 80)
        for k in range(len(tokens) - 1, -1, -1):
            tok = tokens[k].group(0)
            value = numeral(tok)
            if value is None:
                if not ADJECTIVE_RE.fullmatch(tok.lower()):
                    return None  # only adjectives stand between a count and its noun
                continue
            start = offset + tokens[k].start()
            if APPROX_RE.search(text[:start]) or TABLE_NUMBER_RE.search(text[:start]):
                return None  # «Таблица 2. Мероприятия …» numbers a table, it counts nothing
            if tok.isdigit() and not any(n.start == start and n.value == value for n in find_numbers(text)):
                return None  # a number of a date or of a document, not a count
            return value, start
        return None

    def _held_of_planned(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        """«из 10 запланированных мероприятий проведено 9» right after the table it sums up (or
        naming it): both numbers against its rows and the rows held."""
        doc = report.document
        tables = [t for t in report.tables if t.kind in ("events", "plan_actual")]
        for i, b in enumerate(doc.blocks):
            if b.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
                continue
            m = OF_PLANNED_HELD_RE.search(b.full_text)
            if not m:
                continue
            target = named_table(b.full_text, tables)
            if target is None:
                target = next((t for t in reversed(tables) if i - HELD_SUMMARY_REACH <= t.block < i), None)
            if target is None:
                continue
            subj = subject_column(target)
            rows = [dr for dr in data_rows(doc, target) if subj is None or not is_placeholder(dr.text(subj))]
            width = len(target.headers)
            held = [dr for dr in rows if not any(says_not_held(t) for t in dr.texts(width) if t)]
            planned, done = int(m.group("plan")), int(m.group("done"))
            partly = PARTLY_RE.match(b.full_text[m.end():])
            if partly:
                done += int(partly.group(1))  # «выполнено 13, частично выполнено 1»: 14 rows held
            if planned != len(rows) or done == len(held):
                continue  # the text counts another list, or agrees with the table
            name = shorten(target.caption or _event_header(target), 70)
            phrase = shorten(m.group(0), 80)
            yield self.finding(
                f"в тексте «{phrase}» — проведено {done}, а в таблице «{name}» проведённых мероприятий {len(held)} из {len(rows)}",
                f"the text says “{phrase}” ({done} held), but the table “{name}” shows {len(held)} of {len(rows)} held",
                evidence=shorten(b.full_text, 200),
                location=ctx.locate(block=i),
                suggestion=Text(ru="сверьте число в тексте с отметками о выполнении в таблице",
                                en="reconcile the count in the text with the table's completion marks"),
            )

    def _event_counts(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        yield from self._held_of_planned(report, ctx)
        doc = report.document
        event_tables = [t for t in report.tables if t.kind in ("events", "plan_actual", "plan")]
        calendar = [t for t in event_tables if t.kind == "plan_actual" and CALENDAR_RE.search(_table_text(t))]
        if not calendar:
            calendar = [t for t in event_tables if t.kind == "plan" and CALENDAR_RE.search(_table_text(t))]
        for i, b in enumerate(doc.blocks):
            if b.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING):
                continue
            text = b.full_text
            for noun in EVENT_NOUN_RE.finditer(text):
                found = self._count_before(text, noun.start())
                if found is None:
                    continue
                stated, num_start = found
                tail = text[noun.end():noun.end() + 60]
                phrase = text[num_start:noun.end()]
                target: ReportTable | None = None
                nxt = next((t for t in event_tables if t.block == i + 1), None)
                if nxt is None and i + 2 < len(doc.blocks) and CAPTION_RE.match(doc.blocks[i + 1].full_text):
                    nxt = next((t for t in event_tables if t.block == i + 2), None)  # text, caption, table
                if nxt is None:
                    nxt = named_table(text, event_tables)
                if nxt is not None:
                    target = nxt  # the caption right above the table, or the table the text names
                elif CALENDAR_RE.search(re.split(r"[.;:()]", tail)[0]) and len(calendar) == 1:
                    target = calendar[0]
                if target is None:
                    continue
                subj = subject_column(target)
                rows = [dr for dr in data_rows(doc, target)
                        if subj is None or not is_placeholder(dr.text(subj))]
                if HELD_RE.search(text[max(0, num_start - 40):noun.end()]):
                    # «проведено 10 мероприятий»: the rows marked as not held are not counted
                    width = len(target.headers)
                    rows = [dr for dr in rows if not any(says_not_held(t) for t in dr.texts(width) if t)]
                if len(rows) == stated:
                    continue
                name = shorten(target.caption or _event_header(target), 70)
                phrase = shorten(phrase.strip(), 80)
                yield self.finding(
                    f"в тексте «{phrase}» — {stated}, а в таблице «{name}» мероприятий {len(rows)}",
                    f"the text says “{phrase}” ({stated}), but the table “{name}” lists {len(rows)} events",
                    evidence=shorten(text, 200),
                    location=ctx.locate(block=i),
                    suggestion=Text(ru="сверьте число в тексте со строками таблицы",
                                    en="reconcile the count in the text with the table's rows"),
                )

