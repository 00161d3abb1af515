"""C201 event-without-outcome."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import Field

from repcheck.models.document import BlockKind
from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import OUTCOME_ROLES, ColumnRole, Report, ReportKind, ReportTable
from repcheck.parsing.numbers import years_in
from repcheck.rule import Rule, RuleContext, RuleOptions, shorten
from repcheck.rules._advice import no_outcome_advice, not_held_advice
from repcheck.rules._chronology import later_stage
from repcheck.rules._wording import quote, short_header, subject_label
from repcheck.structurer.list_events import BULLET_RE
from repcheck.structurer.events import (
    DONE_RE,
    LABEL_RE,
    DataRow,
    data_rows,
    is_placeholder,
    says_not_held,
    states_reason,
    subject_column,
)

# What a plan says an event is for: its result or product column.
PLAN_RESULT_ROLES = frozenset({ColumnRole.PLANNED_RESULT, ColumnRole.PLANNED_PRODUCT, ColumnRole.ACTUAL_RESULT,
                               ColumnRole.ACTUAL_PRODUCT})
# Columns of a record of events that say what it was, not what came of it.
RECORD_FACT_ROLES = frozenset({ColumnRole.NUMBER, ColumnRole.DATES, ColumnRole.ACTUAL_DATES, ColumnRole.EVENT,
                               ColumnRole.CATEGORY, ColumnRole.LEVEL, ColumnRole.PLACE, ColumnRole.RESPONSIBLE,
                               ColumnRole.ORGANISATION, ColumnRole.TASK})
LIST_ITEM_MAX = 300
# «… – не проводился», «… — не состоялось (…)», «…: отменено»: the item's own verdict after a dash.
# The verdict also comes as the item's last sentence: «… – май 2025 г. Не проведён.»
ITEM_NOT_HELD_RE = re.compile(
    r"(?:\s[–—-]\s*|[.;]\s+(?=[НОП]))(?:не\s+(?:провод\w*|проведен\w*|проведён\w*|состоял\w*|выполнен\w*|реализован\w*)"
    r"|отмен[её]н\w*|перенес[её]н\w*)",
    re.IGNORECASE,
)
# «… – 21.05.2025, МБДОУ № 4. Результат: —.»: the item's own result field left as a dash.
ITEM_EMPTY_RESULT_RE = re.compile(
    r"(?:^|[.;,]\s*)(?P<field>(?:результат|итог|продукт)\w*)\s*:\s*[–—-]{1,2}\s*[.;]?\s*$", re.IGNORECASE)

# «Районный конкурс юных исполнителей «Юный виртуоз» не проводился.»: a sentence whose subject is
# a named event (a kind of event and its title in quotes) and whose verb says it was not held.
EVENT_KIND = (r"(?:конкурс|фестивал|семинар|конференци|мастер-класс|экскурси|выставк|олимпиад|форум|акци|"
              r"встреч|вебинар|практикум|лекци|совещани|круглый\s+стол|слет|слёт|квест|игр|смотр|чтени)")
SENTENCE_NOT_HELD_RE = re.compile(
    rf"^(?P<subject>[^.;:]{{0,80}}?(?<![а-яё]){EVENT_KIND}[^.;:]{{0,60}}?«[^»]{{2,80}}»[^.;:]{{0,40}}?)\s+"
    r"не\s+(?:провод\w*|проведен\w*|проведён\w*|состоял\w*)[.!]?$",
    re.IGNORECASE,
)
NOT_HELD_WORD_RE = re.compile(r"не\s+(?:провод|проведен|проведён|состоял)", re.IGNORECASE)
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?;])\s+(?=[А-ЯЁ«])")

# Funding has its own table and its own checks; a row of it is not an event.
ROW_OUTCOME_ROLES = OUTCOME_ROLES - {ColumnRole.FUNDING_ACTUAL}


class Options(RuleOptions):
    # A table whose outcome column is empty in every row is one finding, not one per row, from
    # this many rows on: a form left unfilled is one mistake, and twenty identical errors bury
    # the rest of the report.
    group_from_rows: int = Field(3, ge=2)


class EventWithoutOutcome(Rule[Options]):
    """Finds planned items of a plan/actual table that report no outcome.

    Plan/actual tables are recognised by their column headers: a column of what was planned
    («Перечень запланированных мероприятий», «Наименование организации-партнёра, участие которой
    планировалось», «Прогнозируемые результаты») next to a column of what happened
    («Фактическое содержание», «Результаты (продукты), полученные…», «Фактически полученные
    результаты», «Фактическое участие»). A row is reported when all its outcome cells are empty,
    a placeholder («-», «—», «нет», «____») or say that it did not happen («не проводилось»,
    «перенесено на …», «не состоялось», «отменено»). With a stated reason — in the reason column
    («Причины отклонения…») or in the same cell («в связи с …», «по причине …», «из-за …») — it is a
    warning; without one, an error. Rows broken across pages are joined first; a merged cell
    counts with the text of its origin; a cell that is filled in one outcome column is enough.

    A status column («Отметка о выполнении»: «Выполнено») beside a result column is not a result:
    a row marked done with its result empty is reported. So are a record of events held
    («Дата | Мероприятие | Уровень | Количество участников») saying «не проводилось» in place of a
    count, and an item of a list of events held («4) конкурс «…» – не проводился;»). In a
    programme (a plan, nothing is done yet) only a plan row that alone leaves its expected result
    empty is reported, as a warning.

    Why it matters: a planned event with no outcome is the first thing a reviewer asks about, and
    an unexplained gap reads as a failure to carry out the plan.

    Example: `C201 мероприятие 3 «Педагогическая мастерская…»: в графе «Описание основных
    результатов…» — «не проводилось», причина не указана`.
    """

    code = "C201"
    name = "event-without-outcome"
    category = Category.COMPLETENESS
    severity = Severity.ERROR
    summary = Text(ru="Запланированное мероприятие без результата", en="A planned event has no outcome")
    doc_ru = """
    Находит строки таблиц «план – факт», в которых не указан результат.

    Таблицы «план – факт» узнаются по заголовкам граф: графа запланированного («Перечень
    запланированных мероприятий», «Наименование организации-партнёра, участие которой
    планировалось», «Прогнозируемые результаты») рядом с графой фактического («Фактическое
    содержание», «Результаты (продукты), полученные…», «Фактически полученные результаты»,
    «Фактическое участие»). Строка отмечается, если все её графы результата пусты, содержат
    заглушку («-», «—», «нет», «____») или сообщают, что мероприятие не состоялось («не
    проводилось», «перенесено на …», «не состоялось», «отменено»). Если причина указана — в графе
    причин («Причины отклонения…») или в той же ячейке («в связи с …», «по причине …», «из-за …»), —
    это предупреждение, иначе ошибка. Строки, разорванные переносом страницы, сначала
    склеиваются; объединённая ячейка считается заполненной текстом исходной; достаточно одной
    заполненной графы результата.

    Графа отметки («Отметка о выполнении»: «Выполнено») рядом с графой результата — не результат:
    строка с отметкой и пустым результатом отмечается. Так же отмечаются строка перечня
    проведённых мероприятий с «не проводилось» вместо числа участников и пункт списка
    проведённых мероприятий «… – не проводился». В программе (это план, выполнять ещё нечего)
    отмечается только строка плана, в которой одной не указан ожидаемый результат
    (предупреждение).

    Почему это важно: запланированное мероприятие без результата — первое, о чём спросит
    эксперт, а пропуск без объяснения читается как невыполнение плана.

    Пример: «мероприятие 3 «Педагогическая мастерская…»: в графе «Описание основных результатов…»
    — «не проводилось», причина не указана».
    """

    def check(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        if report.kind == ReportKind.PROGRAM:
            # A programme's "Результат" column is what it expects, not what happened: a row is
            # reported only when it alone leaves the expected result out.
            yield from self._plan_without_result(report, ctx)
            return
        yield from self._list_items(report, ctx)
        yield from self._records_not_held(report, ctx)
        yield from self._sentences_not_held(report, ctx)
        opts = ctx.options
        doc = report.document
        for table in report.tables:
            if table.kind != "plan_actual":
                continue
            outcome_cols = [c for c, r in enumerate(table.roles) if r in ROW_OUTCOME_ROLES]
            subject_col = subject_column(table)
            if not outcome_cols or subject_col is None or subject_col in outcome_cols:
                continue
            block = doc.blocks[table.block]
            assert block.table is not None
            width = block.table.width
            reason_cols = [c for c, r in enumerate(table.roles) if r is ColumnRole.DEVIATION_REASON]
            reason_cols += [c for c, h in enumerate(table.headers) if "примечан" in h.lower() and c not in reason_cols]
            # Columns without a header: a cell shifted there by the extraction may hold the outcome.
            stray_cols = [c for c in range(width) if c >= len(table.headers) or not table.headers[c].strip()]
            rows = [dr for dr in data_rows(doc, table) if dr.text(subject_col) and not is_placeholder(dr.text(subject_col))]
            rows = self._without_group_rows(table, rows, subject_col)
            future = {e.row for e in report.events if e.table == table.index and later_stage(report, e.stage)}
            rows = [dr for dr in rows if dr.index not in future]  # a later stage's rows are still plans
            status_cols = [c for c in outcome_cols if table.roles[c] is ColumnRole.STATUS]
            if len(status_cols) < len(outcome_cols):
                outcome_cols = [c for c in outcome_cols if c not in status_cols]
            else:
                status_cols = []  # a status column alone is the only outcome the form asks for
            verdicts = [(dr, self._judge(dr, outcome_cols, reason_cols, stray_cols, status_cols,
                                             [table.headers[c] for c in outcome_cols])) for dr in rows]
            missing = [(dr, v) for dr, v in verdicts if v is not None]
            if (len(rows) >= opts.group_from_rows and len(missing) == len(rows)
                    and all(v[0] == "empty" and not v[1] for _, v in missing)):
                yield self._whole_column(ctx, table, [dr for dr, _ in missing], outcome_cols, subject_col)
                continue
            for dr, (state, reason, cell_quote) in missing:
                yield self._row_finding(ctx, table, dr, outcome_cols, subject_col, state, reason, cell_quote)

    def _plan_without_result(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        """Rows of a programme's plan whose result or product cell is empty while most rows
        state one: the plan does not say what the event is for."""
        doc = report.document
        for table in report.tables:
            result_cols = [c for c, r in enumerate(table.roles) if r in PLAN_RESULT_ROLES]
            subject_col = subject_column(table)
            if table.kind not in ("plan", "plan_actual") or not result_cols or subject_col is None:
                continue
            rows = [dr for dr in data_rows(doc, table) if dr.text(subject_col) and not is_placeholder(dr.text(subject_col))]
            rows = self._without_group_rows(table, rows, subject_col)
            empty = [dr for dr in rows if all(is_placeholder(dr.text(c)) for c in result_cols)]
            if not empty or 2 * len(empty) >= len(rows):
                continue  # a column left empty throughout is the form's choice, not one row's gap
            head = short_header(table.headers[result_cols[0]])
            for dr in empty:
                label_ru, label_en, subject = subject_label(table, dr, subject_col)
                yield self.finding(
                    f"{label_ru}: в плане не указан результат — графа «{head}» не заполнена",
                    f"{label_en}: the plan states no result — “{head}” left empty",
                    evidence=f"{subject} | (пусто)",
                    location=ctx.locate(block=table.block, row=dr.index, column=table.headers[result_cols[0]]),
                    severity=Severity.WARNING,
                    suggestion=Text(ru="укажите, какой результат или продукт даст это мероприятие",
                                    en="state the result or product this event is to give"),
                )

    def _records_not_held(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        """Rows of a record of events held («Дата | Мероприятие | Уровень | Количество
        участников») that say one was not: «не проводилось» in place of its count."""
        doc = report.document
        for table in report.tables:
            subject_col = subject_column(table)
            if table.kind != "events" or subject_col is None:
                continue
            for dr in data_rows(doc, table):
                subject = dr.text(subject_col)
                if not subject or is_placeholder(subject):
                    continue
                cells = [(c, dr.text(c)) for c in range(len(table.headers)) if c != subject_col]
                hit = next(((c, t) for c, t in cells if t and says_not_held(t)), None)
                if hit is None:
                    outcome = [(c, t) for c, t in cells
                               if table.roles[c] not in RECORD_FACT_ROLES and table.headers[c].strip()]
                    # every outcome column (the count, the link, the result) written as a dash
                    if len(outcome) >= 2 and all(t.strip() and is_placeholder(t) for _, t in outcome):
                        yield self._record_without_outcome(ctx, table, dr, subject_col, outcome)
                    continue
                col, text = hit
                reason = states_reason(text) or any(
                    table.roles[c] is ColumnRole.DEVIATION_REASON and not is_placeholder(t) for c, t in cells)
                label_ru, label_en, subj = subject_label(table, dr, subject_col)
                head = short_header(table.headers[col])
                yield self._not_held(f"{label_ru}: в графе «{head}» — ", f"{label_en}: “{head}” says ",
                                     shorten(text, 80), f"{subj} | {text}", bool(reason),
                                     ctx.locate(block=table.block, row=dr.index, column=table.headers[col]))

    def _sentences_not_held(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        """A sentence saying a named event was not held («Районный конкурс «Юный виртуоз» не
        проводился.»), in the text or in a questionnaire's answer, with no reason in it."""
        doc = report.document
        for i, block in enumerate(doc.blocks):
            texts = [block.text] if block.table is None else [
                c.text for r in block.table.rows for c in r.cells if not c.merged and NOT_HELD_WORD_RE.search(c.text)]
            if block.table is None and (block.kind not in (BlockKind.PARAGRAPH,) or block.number
                                        or BULLET_RE.match(block.text)):
                continue  # list items are _list_items'
            for text in texts:
                for sentence in SENTENCE_SPLIT_RE.split(text):
                    m = SENTENCE_NOT_HELD_RE.match(sentence.strip())
                    if not m or states_reason(sentence) or DONE_RE.search(m.group("subject")):
                        continue
                    subject = m.group("subject").strip()
                    name = quote(subject)
                    yield self._not_held(f"мероприятие {name}: ", f"event {name}: ", shorten(sentence.strip(), 100),
                                         f"{subject} | {sentence.strip()}", False, ctx.locate(block=i))

    def _record_without_outcome(self, ctx: RuleContext, table: ReportTable, dr: DataRow, subject_col: int,
                                outcome: list[tuple[int, str]]) -> Finding:
        label_ru, label_en, subj = subject_label(table, dr, subject_col)
        heads = ", ".join(f"«{short_header(table.headers[c])}»" for c, _ in outcome)
        heads_en = ", ".join(f"“{short_header(table.headers[c])}”" for c, _ in outcome)
        return self.finding(
            f"{label_ru}: в графах {heads} только прочерки — не сказано, состоялось ли мероприятие и чем",
            f"{label_en}: {heads_en} hold only dashes — nothing says whether and how the event took place",
            evidence=f"{subj} | " + " | ".join(t for _, t in outcome),
            location=ctx.locate(block=table.block, row=dr.index, column=table.headers[outcome[0][0]]),
            suggestion=Text(ru="укажите число участников и результат или причину, по которой мероприятие не проведено",
                            en="state the number of participants and the result, or why the event was not held"),
        )

    def _list_items(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        """Items of a list of events held that say one was not («4) конкурс «…» – не
        проводился;»): an error without a reason, a warning with one."""
        doc = report.document
        for i, block in enumerate(doc.blocks):
            if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) or len(block.text) > LIST_ITEM_MAX:
                continue
            if block.kind is BlockKind.PARAGRAPH and not block.number and not BULLET_RE.match(block.text):
                continue
            m = ITEM_NOT_HELD_RE.search(block.text)
            if not m:
                empty = ITEM_EMPTY_RESULT_RE.search(block.text)
                if empty is not None and len(block.text[: empty.start()].strip()) >= 10:
                    yield self._item_without_result(ctx, i, block.text[: empty.start()].strip(" –—-:,;."), empty)
                continue
            subject = block.text[: m.start()].strip(" –—-:,;")
            if len(subject) < 10 or DONE_RE.search(subject):
                continue
            tail = block.text[m.start():].strip(" ;.")
            name = quote(subject)
            yield self._not_held(f"мероприятие {name}: ", f"event {name}: ", shorten(tail, 80),
                                 f"{subject} | {tail}", states_reason(tail), ctx.locate(block=i))

    def _item_without_result(self, ctx: RuleContext, block: int, subject: str, empty: re.Match) -> Finding:
        """A list item of an event whose own «Результат:» field is a dash."""
        name, field = quote(subject), empty.group("field")
        return self.finding(
            f"мероприятие {name}: «{field}: —» — результат не указан",
            f"event {name}: “{field}: —” — no result given",
            evidence=f"{subject} | {empty.group(0).strip(' .;,')}",
            location=ctx.locate(block=block),
            suggestion=Text(ru="укажите, что получено в результате мероприятия (продукт, число участников)",
                            en="state what the event produced (a product, the number of participants)"),
        )

    def _not_held(self, head_ru: str, head_en: str, quoted: str, evidence: str, reason: bool,
                  location) -> Finding:
        """An event said not to have taken place: an error without a reason, a warning with one."""
        return self.finding(
            f"{head_ru}«{quoted}»" + ("; причина указана" if reason else ", причина не указана"),
            f"{head_en}“{quoted}”" + ("; a reason is given" if reason else ", no reason given"),
            evidence=evidence,
            location=location,
            severity=Severity.WARNING if reason else Severity.ERROR,
            suggestion=not_held_advice(evidence, reason),
        )

    @staticmethod
    def _without_group_rows(table: ReportTable, rows: list[DataRow], subject_col: int) -> list[DataRow]:
        """A row numbered "1." followed by rows "1.1", "1.2" titles them (a task or a direction
        with its events below); its own outcome cells are empty by design."""
        num_col = table.column_of(ColumnRole.NUMBER)

        def number(dr: DataRow) -> str:
            raw = dr.text(num_col) if num_col is not None else ""
            if not raw:
                m = LABEL_RE.match(dr.text(subject_col))
                raw = m.group(1) if m else ""
            return raw.strip().rstrip(".")

        out = []
        for k, dr in enumerate(rows):
            n = number(dr)
            nxt = number(rows[k + 1]) if k + 1 < len(rows) else ""
            if n and nxt.startswith(n + "."):
                continue
            out.append(dr)
        return out

    @staticmethod
    def _judge(dr: DataRow, outcome_cols: list[int], reason_cols: list[int],
               stray_cols: list[int], status_cols: list[int] = (),  # type: ignore[assignment]
               headers: list[str] = ()) -> tuple[str, str, str] | None:  # type: ignore[assignment]
        """None when the row has an outcome; else (state, reason text, the outcome cell quoted).

        A status column («Отметка о выполнении»: «Выполнено») beside a result column is not a
        result: a row marked done with the result left empty has none; a status saying it was
        not held is quoted as such."""
        state, quote = "empty", ""
        # outcome columns by year («Результаты по годам: 2024 | 2025»): a year whose cell says the
        # event was not held is a missing outcome, whatever the other years say
        by_year = len(outcome_cols) >= 2 and all(years_in(h) for h in headers)
        for c in status_cols:
            text = dr.text(c)
            if says_not_held(text):
                state, quote = "not_held", text
            elif not is_placeholder(text):
                state, quote = "status_only", text
        for c in [*outcome_cols]:
            text = dr.text(c)
            if is_placeholder(text):
                continue
            if says_not_held(text):
                state, quote = "not_held", text
                continue
            if not by_year:
                return None  # one filled outcome cell is an outcome
        if by_year and state != "not_held" and any(not is_placeholder(dr.text(c)) for c in outcome_cols):
            return None  # some year has an outcome and none says the event was not held
        if state != "not_held" and any(not is_placeholder(dr.text(c)) for c in stray_cols):
            return None  # the outcome was shifted into a column without a header
        reason = ""
        for c in reason_cols:
            text = dr.text(c)
            if not is_placeholder(text):
                reason = text
                break
        if not reason and quote and state == "not_held" and states_reason(quote):
            reason = quote
        return state, reason, quote

    def _row_finding(self, ctx: RuleContext, table: ReportTable, dr: DataRow, outcome_cols: list[int],
                     subject_col: int, state: str, reason: str, quote: str) -> Finding:
        label_ru, label_en, subject = subject_label(table, dr, subject_col)
        col = outcome_cols[0]
        if state == "not_held":
            col = next((c for c in outcome_cols if dr.text(c) == quote), col)
        if state != "empty" and quote:
            col = next((c for c, _ in enumerate(table.headers) if dr.text(c) == quote), col)
        header = table.headers[col]
        heads = [short_header(table.headers[c]) for c in outcome_cols]
        if state == "status_only":
            q = shorten(quote, 40)
            what_ru = (f"отмечено «{q}», но " + (f"графа «{heads[0]}» не заполнена" if len(heads) == 1 else
                       "графы " + ", ".join(f"«{h}»" for h in heads) + " не заполнены")
                       + ": отметка о выполнении не заменяет результат")
            what_en = (f"marked “{q}”, but " + "“" + "”, “".join(heads) + "” left empty"
                       + ": a completion mark is not a result")
        elif state == "not_held":
            q = shorten(quote, 90)
            what_ru = f"в графе «{short_header(header)}» — «{q}»"
            what_en = f"in “{short_header(header)}”: “{q}”"
        else:
            filled = [dr.text(c).strip() for c in outcome_cols if dr.text(c).strip()]
            if filled:
                what_ru = (f"в графе «{heads[0]}» стоит «{filled[0]}» — результат не указан" if len(heads) == 1 else
                           "в графах " + ", ".join(f"«{h}»" for h in heads) + f" стоит «{filled[0]}» — результат не указан")
                what_en = "“" + "”, “".join(heads) + f"” holds “{filled[0]}”: no outcome stated"
            else:
                what_ru = (f"графа «{heads[0]}» не заполнена" if len(heads) == 1 else
                           "графы " + ", ".join(f"«{h}»" for h in heads) + " не заполнены")
                what_en = "“" + "”, “".join(heads) + "” left empty"
        if reason:
            severity = Severity.WARNING
            r = shorten(reason, 90)
            tail_ru = f"; причина указана: «{r}»" if reason != quote else "; причина указана"
            tail_en = f"; reason given: “{r}”" if reason != quote else "; a reason is given"
        else:
            severity = Severity.ERROR
            tail_ru = ", причина не указана" if state == "not_held" else ""
            tail_en = ", no reason given" if state == "not_held" else ""
        evidence = f"{subject} | {quote or dr.text(col) or '(пусто)'}"
        if reason and reason != quote:
            evidence += f" | {reason}"
        return self.finding(
            f"{label_ru}: {what_ru}{tail_ru}",
            f"{label_en}: {what_en}{tail_en}",
            evidence=evidence,
            location=ctx.locate(block=table.block, row=dr.index, column=header),
            severity=severity,
            suggestion=no_outcome_advice(
                table.roles[subject_col].value if table.roles[subject_col] is not None else None, state,
                " ".join([quote, reason, *(dr.text(c) for c in outcome_cols)]), bool(reason)),
        )

    def _whole_column(self, ctx: RuleContext, table: ReportTable, rows: list[DataRow],
                      outcome_cols: list[int], subject_col: int) -> Finding:
        cols = ", ".join(f"«{short_header(table.headers[c])}»" for c in outcome_cols)
        cols_en = ", ".join(f"“{short_header(table.headers[c])}”" for c in outcome_cols)
        subjects = "; ".join(shorten(dr.text(subject_col), 60) for dr in rows[:4])
        return self.finding(
            f"таблица «{short_header(table.caption or table.headers[subject_col], 8)}»: графа {cols} не заполнена "
            f"ни в одной из {len(rows)} строк — результаты не указаны",
            f"table “{short_header(table.caption or table.headers[subject_col], 8)}”: the column {cols_en} is empty "
            f"in all {len(rows)} rows — no outcomes stated",
            evidence=subjects,
            location=ctx.locate(block=table.block, row=rows[0].index, column=table.headers[outcome_cols[0]]),
            suggestion=Text(ru="заполните графу результатов по каждой строке",
                            en="fill in the outcome of every row"),
        )

