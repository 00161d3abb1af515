"""N304 percentage-mismatch."""

from __future__ import annotations

from collections.abc import Iterable

from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import Report, StatedShare
from repcheck.rule import Rule, RuleContext, shorten
from repcheck.rules._wording import fmt_number


def _pct(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def rounding(share: StatedShare) -> float:
    """How far a percent may lie from the exact share: below one unit of its last digit (a whole
    percent may be rounded either way, «44 %» for 44,4 or 43,6; «44,4 %» within 0,1)."""
    return 0.1 if share.percent != int(share.percent) else 1.0


class PercentageMismatch(Rule):
    """Finds percentages that do not match the two counts they are stated with.

    The structurer reads a percent tied to its base: «18 из 24 (75 %)», «12 из 30 педагогов – 40
    %», or a sentence with exactly two counts before «что составляет 54 % от числа …». The percent
    must equal part ÷ whole × 100 up to rounding (a whole percent within 1 point, a percent with
    a decimal within 0.1). A growth («рост на 20 %»), a sentence with a year or more counts is not
    read.

    Why it matters: a wrong percentage next to its own counts is an arithmetic error a reviewer
    sees at once, and it makes the indicators section look careless.

    Example: `N304 «12 авторов … что составляет 54 % от числа участников»: 12 из 27 — это 44 %, а
    не 54 %`.
    """

    code = "N304"
    name = "percentage-mismatch"
    category = Category.CONSISTENCY
    severity = Severity.ERROR
    summary = Text(ru="Процент не соответствует числам", en="A percentage does not match its counts")
    doc_ru = """
    Находит проценты, не совпадающие с двумя числами, при которых они указаны.

    Структуризатор читает процент вместе с базой: «18 из 24 (75 %)», «12 из 30 педагогов – 40 %»
    или фраза ровно с двумя числами перед «что составляет 54 % от числа …». Процент должен быть
    равен часть ÷ целое × 100 с точностью до округления (целый процент — в пределах 1 пункта,
    процент с десятыми — 0,1). Рост («рост на 20 %»), фразы с годом или с большим числом чисел не
    читаются.

    Почему это важно: неверный процент рядом с собственными числами — арифметическая ошибка,
    которую эксперт видит сразу.

    Пример: «12 авторов … что составляет 54 % от числа участников»: 12 из 27 — это 44 %, а не 54 %.
    """

    def check(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        for share in report.shares:
            exact = 100.0 * share.part / share.whole
            # 1e-9: a percent exactly one unit off is wrong even when binary floats put the
            # difference a hair below the unit (12,6 − 12,5 = 0.09999999999999964).
            if abs(exact - share.percent) < rounding(share) - 1e-9:
                continue
            said = _pct(share.percent)
            right = _pct(round(exact, 1))
            quote = shorten(share.text, 120)
            part, whole = fmt_number(share.part), fmt_number(share.whole)  # «3 238 450 из 3 600 000»
            yield self.finding(
                f"«{quote}»: {part} из {whole} — это {right} %, а не {said} %",
                f"“{quote}”: {part} of {whole} is {right} %, not {said} %",
                evidence=f"{part} из {whole} | {said} %",
                location=ctx.locate(block=share.location.block),
                suggestion=Text(ru=f"исправьте процент ({right} %) или числа, от которых он посчитан",
                                en=f"correct the percentage ({right} %) or the counts it is computed from"),
            )

