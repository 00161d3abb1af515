"""N301 total-mismatch."""

from __future__ import annotations

import re

from collections.abc import Iterable

from pydantic import Field

from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import Report, StatedTotal
from repcheck.rule import Rule, RuleContext, RuleOptions, shorten
from repcheck.rules._wording import fmt_number

SUM_SOURCES = {"table", "table_row", "list", "text", "text_table", "text_row"}


class Options(RuleOptions):
    # Parts shown one by one in the message up to this many; beyond, only their count.
    max_parts_shown: int = Field(8, ge=1)


def decimals(value: float) -> int:
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def tolerance(total: StatedTotal) -> float:
    """Whole numbers must add up exactly. Amounts written with decimals may differ by the
    rounding of each part and of the total: half a unit of the last digit for each of them
    ("222,5" against 180,04 + 42,46 written as 180,0 and 42,5)."""
    values = [total.value] + [p.value for p in total.parts]
    d = max(decimals(v) for v in values)
    if d == 0:
        return 1e-9
    return (len(values)) * 0.5 * 10 ** (-d) + 1e-9


class TotalMismatch(Rule[Options]):
    """Finds stated totals that differ from the sum of their parts.

    Totals are found by the structurer: a total row («Итого», «Всего», «Общее число …») under the
    rows it sums (column by column; a grand total under subtotals sums the subtotals); a «Всего»
    column against the other count columns of its row; a run of list lines «Педагоги – 60 …
    Общее число – 372»; a sentence «всего 12 мероприятий: 5 семинаров, 4 мастер-класса и 3
    вебинара»; and a caption «общее количество участников – 547» against the participants column
    of its table. A total is only compared when every part is a number («—» counts as 0); «в том
    числе» / «из них» breakdowns need not add up (see N303). Numbers are read the Russian way
    («1 234,5», «60 чел.»); whole numbers must match exactly, decimals within rounding.

    Why it matters: a wrong total is the figure a reviewer checks first, and it casts doubt on
    every number in the table.

    Example: `N301 «Общее число участников инновационного проекта» — 410, а сумма строк 38 + 290 +
    66 + 2 = 396 (разница 14)`.
    """

    code = "N301"
    name = "total-mismatch"
    category = Category.CONSISTENCY
    severity = Severity.ERROR
    summary = Text(ru="Итог не равен сумме слагаемых", en="A total differs from the sum of its parts")
    doc_ru = """
    Находит итоги, которые не равны сумме своих слагаемых.

    Итоги находит структуризатор: строка итога («Итого», «Всего», «Общее число …») под строками,
    которые она суммирует (по каждой графе; общий итог под промежуточными суммирует их); графа
    «Всего» и остальные графы количества той же строки; перечень «Педагоги – 60 … Общее число –
    372»; фраза «всего 12 мероприятий: 5 семинаров, 4 мастер-класса и 3 вебинара»; подпись
    «общее количество участников – 547» и графа участников её таблицы. Итог сравнивается, только
    если все слагаемые — числа («—» считается нулём); разбивки «в том числе» / «из них» не обязаны
    давать сумму (см. N303). Числа читаются по-русски («1 234,5», «60 чел.»); целые должны
    совпадать точно, дробные — с точностью до округления.

    Почему это важно: итог эксперт проверяет первым, и неверный итог ставит под сомнение все
    числа таблицы.

    Пример: «Общее число участников инновационного проекта» — 410, а сумма строк 38 + 290 + 66 + 2
    = 396 (разница 14).
    """

    def check(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        opts = ctx.options
        wrong = [t for t in report.totals if t.source in SUM_SOURCES and (len(t.parts) >= 2 or t.source == "text_row")
                 and abs(sum(p.value for p in t.parts) - t.value) > tolerance(t)]
        # A wrong «Всего» in one row also throws out the «Итого» of the «Всего» column by the same
        # amount: that is one error, reported at the row.
        row_gaps = {(t.table, t.column, round(t.value - sum(p.value for p in t.parts), 6))
                    for t in wrong if t.source == "table_row"}
        for total in wrong:
            parts_sum = sum(p.value for p in total.parts)
            if total.source == "table" and (total.table, total.column, round(parts_sum - total.value, 6)) in row_gaps:
                continue
            yield self._finding(ctx, report, total, parts_sum, opts)

    def _finding(self, ctx: RuleContext, report: Report, total: StatedTotal, parts_sum: float,
                 opts: Options) -> Finding:
        # Numbers are quoted with as many decimals as the total is written with («779 282,90»).
        written = re.search(r"[.,](\d{1,3})\s*(?:руб\.?|р\.|₽|%)?\s*$", total.value_text)
        places = len(written.group(1)) if written else 0

        def _fmt(v: float) -> str:
            if not places:
                return fmt_number(v)
            return f"{v:,.{places}f}".replace(",", " ").replace(".", ",").replace("-", "−")

        diff = total.value - parts_sum
        n = len(total.parts)
        if n <= opts.max_parts_shown:
            expr = " + ".join(_fmt(p.value) for p in total.parts) + f" = {_fmt(parts_sum)}"
        else:
            expr = f"{_fmt(parts_sum)} ({n} слагаемых)"
        expr_en = expr.replace("слагаемых", "parts")
        label = shorten(total.label, 80)
        gap = fmt_number(abs(diff)) if abs(diff) == int(abs(diff)) else _fmt(abs(diff))
        d_ru, d_en = f"(разница {gap})", f"(off by {gap})"
        value = _fmt(total.value)
        if total.source in ("table", "table_row", "list"):
            names = ", ".join(f"«{shorten(p.label, 30)}»" for p in total.parts[: opts.max_parts_shown])
            if total.source == "table":
                col = f" (графа «{shorten(total.column, 40)}»)" if total.column else ""
                col_en = f" (column “{shorten(total.column, 40)}”)" if total.column else ""
                ru = f"«{label}»{col} — {value}, а сумма строк {expr} {d_ru}"
                en = f"“{label}”{col_en} is {value}, but the rows add up to {expr_en} {d_en}"
            elif total.source == "table_row":
                col = shorten(total.column or "Всего", 40)
                ru = f"строка «{label}»: «{col}» — {value}, а сумма граф {names}: {expr} {d_ru}"
                en = f"row “{label}”: “{col}” is {value}, but the columns add up to {expr_en} {d_en}"
            else:
                ru = f"«{label}» — {value}, а сумма строк {names}: {expr} {d_ru}"
                en = f"“{label}” is {value}, but the lines above add up to {expr_en} {d_en}"
        elif total.source == "text_row":
            row = shorten(total.parts[0].label, 50)
            table = report.tables[total.table] if total.table is not None and total.table < len(report.tables) else None
            of_ru, of_en = ("показателей", "indicators") if table is not None and table.kind == "indicators" else ("участников", "participants")
            ru = f"«{label}»: в таблице {of_ru} в строке «{row}» — {_fmt(parts_sum)}, а в тексте {value} {d_ru}"
            en = f"“{label}”: the {of_en} table's row “{row}” says {_fmt(parts_sum)}, the text {value} {d_en}"
        elif total.source == "text_table":
            col = f"«{shorten(total.column, 40)}»" if total.column else "участников"
            ru = f"«{label}»: сумма графы {col} таблицы {expr}, а не {value} {d_ru}"
            en = f"“{label}”: the table's column adds up to {expr_en}, not {value} {d_en}"
        else:
            ru = f"«{label}»: сумма перечисленного {expr}, а не {value} {d_ru}"
            en = f"“{label}”: the listed parts add up to {expr_en}, not {value} {d_en}"
        if total.table is not None and total.source in ("table", "table_row"):
            block = report.tables[total.table].block
            location = ctx.locate(block=block, row=total.row, column=total.column)
        else:
            location = ctx.locate(block=total.location.block)
        evidence = f"{total.label} | {_fmt(total.value)}"
        return self.finding(
            ru, en,
            evidence=evidence,
            location=location,
            suggestion=Text(ru="пересчитайте итог или проверьте слагаемые", en="recompute the total or check its parts"),
        )

