"""D502 actual-copies-plan."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field

from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import ColumnRole, Report, ReportTable
from repcheck.rule import Rule, RuleContext, RuleOptions


class Options(RuleOptions):
    # Forecast and actual of a real report differ by their specifics: the most similar pair of a
    # clean report measured scored 78 (a planned event and «Проведен комплексный анализ…»);
    # copies scored 100, and 91 for a forecast turned into the past tense word by word
    # («Исследование профессиональных компетенций…» → «Проанализированы профессиональные компетенции…»).
    similarity: float = Field(90.0, ge=50, le=100,
                              description="rapidfuzz ratio / token_sort_ratio (0–100) from which the actual cell copies the plan")
    min_words: int = Field(4, ge=1,
                           description="content words the planned text needs (shorter texts such as «Проведено» are not compared)")


class ActualCopiesPlan(Rule[Options]):
    """Finds rows of plan-vs-actual tables whose "actual" column repeats the "planned" or
    "forecast" column word for word or nearly (rapidfuzz `ratio` / `token_sort_ratio` ≥ 90 on the
    normalised text).

    The pairs compared in each row: «Прогнозируемые результаты» → «Фактически полученные
    результаты»; in a table without a forecast column, the planned event («Перечень
    запланированных мероприятий») → the actual content or result («Фактическое содержание
    проделанной работы», «Описание основных результатов»). When the results are copied, the
    products pair («Прогнозируемые продукты» → «Фактически полученные продукты») is checked too
    and mentioned in the same finding. Products alone are not reported: a planned product
    («Пакет диагностических методик») that was produced is rightly named the same way.

    Why it matters: an actual result that repeats the forecast tells the reviewer nothing about
    what happened; it usually means the column was filled by copying.

    Example: `D502 таблица 3, строка 2: фактический результат повторяет прогнозируемый дословно:
    «Теоретический анализ проблем школы…»`.
    """

    code = "D502"
    name = "actual-copies-plan"
    category = Category.DUPLICATION
    severity = Severity.WARNING
    summary = Text(ru="Графа «фактически» повторяет план или прогноз", en="The actual column repeats the plan or forecast")
    doc_ru = """
    Находит строки таблиц «план — факт», в которых графа «фактически» повторяет графу
    «запланировано» или «прогнозируемые» дословно или почти дословно (rapidfuzz `ratio` /
    `token_sort_ratio` ≥ 90 на нормализованном тексте).

    В каждой строке сравниваются: «Прогнозируемые результаты» → «Фактически полученные
    результаты»; в таблице без графы прогноза — запланированное мероприятие («Перечень
    запланированных мероприятий») → фактическое содержание или результат («Фактическое
    содержание проделанной работы», «Описание основных результатов»). Если скопированы
    результаты, проверяются и продукты («Прогнозируемые продукты» → «Фактически полученные
    продукты»), это указывается в том же замечании. Совпадение одних продуктов не
    сообщается: запланированный продукт («Пакет диагностических методик»), который создан,
    правильно называть так же.

    Почему это важно: фактический результат, повторяющий прогноз, ничего не говорит о том,
    что произошло; обычно графу заполнили копированием.

    Пример: `D502 таблица 3, строка 2: фактический результат повторяет прогнозируемый
    дословно: «Теоретический анализ проблем школы…»`.

    Параметры: `similarity` (90), `min-words` (4).
    """

    def check(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        from repcheck.dedup.normalize import clean
        from repcheck.dedup.similarity import similarity
        from repcheck.dedup.textpass import ReportText as rt  # the per-report normal forms and words D501 and D503 read
        from repcheck.dedup.units import quote

        opts = ctx.options
        doc = report.document
        for table in report.tables:
            pair = _main_pair(table)
            if pair is None:
                continue
            planned_col, actual_col, kind = pair
            products = (table.column_of(ColumnRole.PLANNED_PRODUCT), table.column_of(ColumnRole.ACTUAL_PRODUCT))
            block = doc.blocks[table.block]
            assert block.table is not None
            for r, row in enumerate(block.table.rows):
                if r < table.header_rows:
                    continue
                p_cell, a_cell = row.cell_at(planned_col), row.cell_at(actual_col)
                if p_cell is None or a_cell is None or p_cell is a_cell or a_cell.merged:
                    continue
                planned, actual = clean(p_cell.text), clean(a_cell.text)
                if rt.word_count(planned) < opts.min_words or not actual:
                    continue
                score = similarity(rt.norm(planned), rt.norm(actual))
                if score < opts.similarity:
                    continue
                also_ru = also_en = ""
                if kind == "result" and None not in products:
                    pp, ap = row.cell_at(products[0]), row.cell_at(products[1])  # type: ignore[arg-type]
                    if (pp is not None and ap is not None and pp is not ap and not ap.merged and pp.text.strip()
                            and similarity(rt.norm(pp.text), rt.norm(ap.text)) >= opts.similarity):
                        also_ru = f"; продукты тоже совпадают: «{quote(clean(ap.text), 70)}»"
                        also_en = f"; the products are the same too: “{quote(clean(ap.text), 70)}”"
                verbatim = score >= 99.5
                how_ru = "дословно" if verbatim else f"почти дословно (сходство {score:.0f}%)"
                how_en = "verbatim" if verbatim else f"nearly verbatim (similarity {score:.0f}%)"
                a_head = table.headers[actual_col] or "фактически"
                p_head = table.headers[planned_col] or "запланировано"
                what_ru = ("фактический результат повторяет прогнозируемый" if kind == "result"
                           else "фактическое содержание повторяет запланированное мероприятие")
                what_en = ("the actual result repeats the forecast" if kind == "result"
                           else "the actual content repeats the planned event")
                texts_ru = f"«{quote(planned)}»" if verbatim else f"план «{quote(planned, 80)}», факт «{quote(actual, 80)}»"
                texts_en = f"“{quote(planned)}”" if verbatim else f"plan “{quote(planned, 80)}”, actual “{quote(actual, 80)}”"
                yield self.finding(
                    f"таблица {table.index + 1}, строка {r + 1}: {what_ru} {how_ru} "
                    f"(«{quote(a_head, 50)}» ← «{quote(p_head, 50)}»): {texts_ru}{also_ru}",
                    f"table {table.index + 1}, row {r + 1}: {what_en} {how_en} "
                    f"(“{quote(a_head, 50)}” ← “{quote(p_head, 50)}”): {texts_en}{also_en}",
                    evidence=planned if verbatim else f"{planned} → {actual}",
                    location=ctx.locate(block=table.block, row=r, column=table.headers[actual_col] or None),
                    suggestion=Text(
                        ru="опишите, что фактически сделано и получено: что именно, сколько, с каким результатом",
                        en="state what was actually done and obtained: what, how much, with what result",
                    ),
                )


def _main_pair(table: ReportTable) -> tuple[int, int, str] | None:
    """(planned column, actual column, "result" | "event") of a plan-vs-actual table."""
    actual = table.column_of(ColumnRole.ACTUAL_RESULT)
    if actual is None:
        return None
    planned = table.column_of(ColumnRole.PLANNED_RESULT)
    if planned is not None:
        return planned, actual, "result"
    event = table.column_of(ColumnRole.EVENT)
    if event is not None and table.kind == "plan_actual":
        return event, actual, "event"
    return None

