"""N303 impossible-number."""

from __future__ import annotations

import re
from collections.abc import Iterable

from repcheck.models.document import BlockKind
from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import ColumnRole, Report, ReportTable
from repcheck.parsing.numbers import find_numbers, parse_number
from repcheck.rule import Rule, RuleContext, shorten
from repcheck.structurer.events import data_rows, subject_column
from repcheck.structurer.tables import COUNT_RE, is_head_count, is_share
from repcheck.textmatch import lemma
from repcheck.rules._wording import fmt_number, quote, short_header

VALUE_ROLES = {ColumnRole.VALUE, ColumnRole.ACTUAL_RESULT, ColumnRole.PLANNED_RESULT, None}
SENTENCE_RE = re.compile(r"(?<=[.!?;])\s+|\n+")
_DIGIT_RE = re.compile(r"\d")
# Before a percentage: it is a share of a whole.
SHARE_CONTEXT_RE = re.compile(
    r"(?<![а-яё])(дол[яиеюь]|охват\w*|процент\w*\s+(?:обучающ|учащ|педагог|учител|родител|участник|детей|выпускник))",
    re.IGNORECASE,
)
# Around a percentage: a change or a fulfilment, which may exceed 100 %.
CHANGE_CONTEXT_RE = re.compile(
    r"рост|вырос|прирост|увелич|снизи|снижен|сократи|выше|ниже|больше|меньше|превыс|превыш|выполнен\w*\s+план"
    r"|от\s+плана|по\s+сравнению|в\s+\d+(?:[.,]\d+)?\s+раз|динамик|темп|изменени|исполнен",
    re.IGNORECASE,
)
PEOPLE_AFTER_RE = re.compile(
    r"^\s*(обучающ|учащ|педагог|учител|родител|участник|детей|выпускник|сотрудник|школ|классов|семей)",
    re.IGNORECASE,
)
# "40 педагогов, из них 45 прошли курсы"
WHOLE_PART_RE = re.compile(
    r"(?<![\w.,/№])(?P<whole>\d{1,6})\s+(?P<noun>[а-яё\-]+)(?:\s+[а-яё\-]+){0,3}?\s*[,(–—-]?\s*"
    r"(?:из\s+них|из\s+которых|в\s+том\s+числе|в\s+т\.\s*ч\.?)\s*[:–—-]?\s*(?:[а-яё\-]+\s+){0,2}?(?P<part>\d{1,6})(?![\d.,]\d)",
    re.IGNORECASE,
)
# "12 из 10 педагогов"
PART_OF_RE = re.compile(
    r"(?<![\w.,/№])(?P<part>\d{1,6})(?P<n1>\s+[а-яё\-]+)?\s+из\s+(?P<whole>\d{1,6})(?![\d.,]\d)(?P<n2>\s+[а-яё\-]+)?",
    re.IGNORECASE,
)


class ImpossibleNumber(Rule):
    """Finds numbers that cannot be true: a share over 100 %, a negative count, a part larger
    than its whole.

    Checked: indicator rows and table columns that hold a share («Доля …, %», «Охват …», a header
    with «%»), and percentages of people in the text («доля … составила 120 %»); counts (a
    participants column, an indicator «Количество …») below zero; and breakdowns whose part
    exceeds the whole («Всего» against «из них …» columns or «в том числе» rows, «40 педагогов,
    из них 45 …», «12 из 10 педагогов»). Changes and fulfilment («рост на 150 %», «выполнение
    плана, %», «темп роста») may exceed 100 % and are not checked.

    Why it matters: an impossible number is either a typo or a wrong base; either way the reader
    can no longer trust the figures around it.

    Example: `N303 показатель 3 «Доля педагогов-наставников, прошедших обучение…»: в графе
    «2023 г.» значение 120 — доля не может быть больше 100 %`.
    """

    code = "N303"
    name = "impossible-number"
    category = Category.CONSISTENCY
    severity = Severity.ERROR
    summary = Text(ru="Невозможное число", en="An impossible number")
    doc_ru = """
    Находит числа, которые не могут быть верными: долю больше 100 %, отрицательное количество,
    часть больше целого.

    Проверяются: строки показателей и графы таблиц, содержащие долю («Доля …, %», «Охват …»,
    заголовок с «%»), и проценты людей в тексте («доля … составила 120 %»); количества (графа
    участников, показатель «Количество …») меньше нуля; разбивки, в которых часть больше целого
    («Всего» и графы «из них …» или строки «в том числе», «40 педагогов, из них 45 …», «12 из 10
    педагогов»). Изменения и выполнение плана («рост на 150 %», «выполнение плана, %», «темп
    роста») могут превышать 100 % и не проверяются.

    Почему это важно: невозможное число — опечатка или неверная база; в обоих случаях цифрам
    рядом тоже перестают верить.

    Пример: «показатель 3 «Доля педагогов-наставников, прошедших обучение…»: в графе «2023 г.»
    значение 120 — доля не может быть больше 100 %».
    """

    def check(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        seen: set[tuple] = set()
        for table in report.tables:
            for f in self._table(report, ctx, table):
                key = (f.location.block, f.location.row, f.location.column, f.message.ru)
                if key not in seen:
                    seen.add(key)
                    yield f
        yield from self._breakdowns(report, ctx)
        yield from self._text(report, ctx)

    # -- tables -----------------------------------------------------------------------------
    def _table(self, report: Report, ctx: RuleContext, table: ReportTable) -> Iterable[Finding]:
        doc = report.document
        if not table.header_rows or table.kind == "funding":
            return
        ind_col = table.column_of(ColumnRole.INDICATOR)
        subject_col = subject_column(table)
        share_cols = [c for c, h in enumerate(table.headers) if h and is_share(h)]
        count_cols = [c for c, (h, r) in enumerate(zip(table.headers, table.roles))
                      if r is ColumnRole.PARTICIPANTS or (h and COUNT_RE.search(h) and not is_share(h)
                                                         and r not in (ColumnRole.NUMBER, ColumnRole.DATES, ColumnRole.ACTUAL_DATES))]
        for dr in data_rows(doc, table):
            indicator = dr.text(ind_col) if ind_col is not None else ""
            row_share = bool(indicator) and is_share(indicator) and not is_head_count(indicator)
            row_count = bool(indicator) and bool(COUNT_RE.match(indicator.strip()))
            subject = dr.text(subject_col) if subject_col is not None else indicator
            num_col = table.column_of(ColumnRole.NUMBER)
            number = dr.text(num_col).strip().rstrip(".") if num_col is not None else ""
            for c, header in enumerate(table.headers):
                if c == ind_col or table.roles[c] in (ColumnRole.NUMBER, ColumnRole.DATES, ColumnRole.ACTUAL_DATES):
                    continue
                text = dr.text(c)
                if not text.strip():
                    continue
                if not (c in share_cols or c in count_cols or ((row_share or row_count) and table.roles[c] in VALUE_ROLES)):
                    continue  # neither check below can apply to this cell: its number is not read
                value = parse_number(text)
                mixed = c in share_cols and (is_head_count(header) or COUNT_RE.search(header or ""))
                if c in share_cols and mixed:
                    for nm in find_numbers(text):
                        if nm.is_percent and (nm.high or nm.value) > 100:
                            yield self._over_100(ctx, table, dr.index, c, nm.high or nm.value, subject, text, number)
                elif value is not None and value > 100 and (c in share_cols or (row_share and table.roles[c] in VALUE_ROLES)):
                    yield self._over_100(ctx, table, dr.index, c, value, subject or indicator, text, number)
                if value is not None and value < 0 and (c in count_cols or (row_count and table.roles[c] in VALUE_ROLES)):
                    what = f"«{short_header(indicator or header)}»"
                    yield self.finding(
                        f"{self._row_label(table, dr.index, subject, number)}: в графе «{short_header(header)}» отрицательное "
                        f"количество {fmt_number(value)} ({what})",
                        f"{self._row_label_en(table, dr.index, subject)}: a negative count {fmt_number(value)} in "
                        f"“{short_header(header)}”",
                        evidence=f"{subject} | {text}" if subject else text,
                        location=ctx.locate(block=table.block, row=dr.index, column=header),
                        suggestion=Text(ru="проверьте знак: количество не может быть меньше нуля",
                                        en="check the sign: a count cannot be below zero"),
                    )

    @staticmethod
    def _row_label(table: ReportTable, row: int, subject: str, number: str = "") -> str:
        num = f" {number}" if number else ""
        if subject:
            kind = "показатель" if table.column_of(ColumnRole.INDICATOR) is not None else "строка"
            return f"{kind}{num} {quote(subject)}"
        return f"строка {row + 1}"

    @staticmethod
    def _row_label_en(table: ReportTable, row: int, subject: str) -> str:
        if subject:
            kind = "indicator" if table.column_of(ColumnRole.INDICATOR) is not None else "row"
            return f"{kind} “{shorten(subject, 70)}”"
        return f"row {row + 1}"

    def _over_100(self, ctx: RuleContext, table: ReportTable, row: int, col: int, value: float,
                  subject: str, text: str, number: str = "") -> Finding:
        header = table.headers[col]
        return self.finding(
            f"{self._row_label(table, row, subject, number)}: в графе «{short_header(header)}» значение {fmt_number(value)} — "
            f"доля не может быть больше 100 %",
            f"{self._row_label_en(table, row, subject)}: “{short_header(header)}” holds {fmt_number(value)} — "
            f"a share cannot exceed 100 %",
            evidence=f"{subject} | {text}" if subject else text,
            location=ctx.locate(block=table.block, row=row, column=header),
            suggestion=Text(ru="проверьте значение и базу, от которой считается доля",
                            en="check the value and the base the share is taken of"),
        )

    # -- breakdowns found by the structurer ----------------------------------------------------
    def _breakdowns(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        for total in report.totals:
            if not total.source.endswith("breakdown"):
                continue
            for part in total.parts:
                if part.value > total.value:
                    block = total.location.block
                    yield self.finding(
                        f"«{shorten(part.label, 60)}» — {fmt_number(part.value)}, больше целого «{shorten(total.label, 60)}» — "
                        f"{fmt_number(total.value)}: часть не может быть больше целого",
                        f"“{shorten(part.label, 60)}” is {fmt_number(part.value)}, more than the whole "
                        f"“{shorten(total.label, 60)}” ({fmt_number(total.value)})",
                        evidence=f"{total.label}: {fmt_number(total.value)} | {part.label}: {fmt_number(part.value)}",
                        location=ctx.locate(block=block, row=part.location.row if total.table is not None else None,
                                            column=total.column),
                        suggestion=Text(ru="проверьте, какое из чисел неверно", en="check which number is wrong"),
                    )

    # -- free text ------------------------------------------------------------------------------
    def _text(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        for i, b in enumerate(report.document.blocks):
            if b.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING):
                continue
            for sentence in SENTENCE_RE.split(b.text):
                yield from self._text_percent(ctx, i, sentence)
                yield from self._text_parts(ctx, i, sentence)

    def _text_percent(self, ctx: RuleContext, block: int, sentence: str) -> Iterable[Finding]:
        if "%" not in sentence and "процент" not in sentence.lower():
            return  # no percent can be found (the unit is "%" or «процент…»): skip the number scan
        for nm in find_numbers(sentence):
            value = nm.high or nm.value
            if not nm.is_percent or value <= 100:
                continue
            before = sentence[max(0, nm.start - 90):nm.start]
            after = sentence[nm.end:nm.end + 30]
            if CHANGE_CONTEXT_RE.search(before + " " + after) or re.search(r"(?<![а-яё])на\s*$", before):
                continue
            if not (SHARE_CONTEXT_RE.search(before) or PEOPLE_AFTER_RE.match(after)):
                continue
            yield self.finding(
                f"«{shorten(sentence, 110)}»: {nm.text.strip()} — доля не может быть больше 100 %",
                f"“{shorten(sentence, 110)}”: {nm.text.strip()} — a share cannot exceed 100 %",
                evidence=sentence.strip(),
                location=ctx.locate(block=block),
                suggestion=Text(ru="проверьте значение и базу, от которой считается доля",
                                en="check the value and the base the share is taken of"),
            )

    def _text_parts(self, ctx: RuleContext, block: int, sentence: str) -> Iterable[Finding]:
        if _DIGIT_RE.search(sentence) is None:
            return  # both patterns need a number
        hits: list[tuple[float, float, str]] = []
        for m in WHOLE_PART_RE.finditer(sentence):
            whole, part = float(m.group("whole")), float(m.group("part"))
            if part > whole and not self._inside_date(sentence, m):
                hits.append((whole, part, m.group(0)))
        for m in PART_OF_RE.finditer(sentence):
            part, whole = float(m.group("part")), float(m.group("whole"))
            if part <= whole or self._inside_date(sentence, m):
                continue
            n1 = lemma(m.group("n1").strip()) if m.group("n1") else ""
            n2 = lemma(m.group("n2").strip()) if m.group("n2") else ""
            if not n2 or (n1 and n1 != n2):
                continue  # "10 человек из 2 школ": different things counted
            hits.append((whole, part, m.group(0)))
        for whole, part, quoted in hits:
            yield self.finding(
                f"«{shorten(quoted, 100)}»: часть ({fmt_number(part)}) больше целого ({fmt_number(whole)})",
                f"“{shorten(quoted, 100)}”: the part ({fmt_number(part)}) is larger than the whole ({fmt_number(whole)})",
                evidence=sentence.strip(),
                location=ctx.locate(block=block),
                suggestion=Text(ru="проверьте, какое из чисел неверно", en="check which number is wrong"),
            )

    @staticmethod
    def _inside_date(sentence: str, m: re.Match[str]) -> bool:
        """Numbers of dates, years and "№" references are not counts."""
        spans = [(n.start, n.end) for n in find_numbers(sentence)]
        def counted(s: int, e: int) -> bool:
            return any(a <= s and e <= b for a, b in spans)
        groups = [g for g in ("whole", "part") if m.group(g)]
        return not all(counted(m.start(g), m.end(g)) for g in groups)

