"""S104 unrecognised-template."""

from __future__ import annotations

from collections.abc import Iterable

from repcheck.models.finding import Category, Finding, FindingLocation, Severity, Text
from repcheck.models.report import Report, ReportKind
from repcheck.rule import Rule, RuleContext

SHOW = 2  # how many of the closest profiles the message names


def _describe(c: dict, lang: str) -> str:
    """A close profile as a reader knows it: the form's title and how many of its sections were
    found (the internal detection scores stay in the profile reason of the terminal report)."""
    found, total = c.get("sections_found", 0), c.get("sections_total", 0)
    if lang == "en":
        return f"{c['name']} ({found} of {total} sections of the form)"
    return f"«{c.get('title') or c['name']}» (разделов формы {found} из {total})"


class UnrecognisedTemplate(Rule):
    """Says that the report's form was not recognised with confidence and the generic profile
    was used, and which profiles came closest.

    Detection weighs each profile's wording (its detection patterns) and the share of its
    mandatory sections found among the report's headings (repcheck.structurer.detect). When no
    profile reaches both thresholds, or two profiles fit almost equally, the report is checked
    against the generic profile: the content every report of the genre carries (general
    information, goal and tasks, period and stages, activities, results, dissemination,
    conclusions), found by meaning. Nothing is wrong with the report itself: the finding is
    information, so that a reviewer knows the section checks were the generic ones, and can
    force a profile (`--profile`) or add one for the region's form.

    The message names the closest forms by their titles and how many of their sections were
    found; it carries no internal score and no command-line option, as a teacher reads it on the
    page too.

    Example: a regional report in a «Раздел 1 … Раздел 6» template gets `S104 форма отчёта не
    распознана: отчёт проверен по общим требованиям к отчётам площадок; ближе всего: «Программа
    инновационной площадки (паспорт и основная часть)» (разделов формы 3 из 7), «Годовой отчёт
    КИП (форма с пунктами 1–16)» (разделов формы 2 из 15)`.
    """

    code = "S104"
    name = "unrecognised-template"
    category = Category.STRUCTURE
    severity = Severity.INFO
    summary = Text(ru="Форма отчёта не распознана, проверка по общим требованиям",
                   en="The template was not recognised; the generic profile was used")
    doc_ru = """
    Сообщает, что форма отчёта не распознана уверенно и применён общий профиль, и называет
    профили, которые подошли ближе всего.

    Распознавание учитывает характерные слова формы (шаблоны профиля) и долю её обязательных
    разделов среди заголовков отчёта (repcheck.structurer.detect). Если ни один профиль не
    проходит оба порога или два профиля подходят почти одинаково, отчёт проверяется по общему
    профилю: то содержание, которое есть в любом отчёте жанра (общие сведения, цель и задачи,
    сроки и этапы, мероприятия, результаты, распространение опыта, выводы), найденное по смыслу.
    С самим отчётом всё может быть в порядке: это информация для проверяющего — проверка
    разделов была общей; можно задать профиль (`--profile`) или добавить профиль для формы региона.

    Сообщение называет ближайшие формы их названиями и числом найденных разделов, без внутренних
    оценок и параметров командной строки: его читает и учитель на странице проверки.

    Пример: региональный отчёт по шаблону «Раздел 1 … Раздел 6» — «форма отчёта не распознана:
    отчёт проверен по общим требованиям к отчётам площадок; ближе всего: «Программа инновационной
    площадки (паспорт и основная часть)» (разделов формы 3 из 7), …».
    """

    def check(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        if report.profile_confident or ctx.profile.kind != ReportKind.GENERIC:
            return
        def closeness(c: dict) -> tuple[float, float]:
            total = c.get("sections_total") or 1
            return (-c.get("sections_found", 0) / total, -c.get("pattern_score", 0.0))

        closest = sorted(report.profile_candidates, key=closeness)[:SHOW]
        tied = [c for c in report.profile_candidates if c.get("eligible")]
        if len(tied) > 1:
            why_ru = "почти одинаково подходят " + " и ".join(_describe(c, "ru") for c in tied[:SHOW])
            why_en = " and ".join(_describe(c, "en") for c in tied[:SHOW]) + " fit almost equally"
        elif closest:
            why_ru = "ближе всего: " + ", ".join(_describe(c, "ru") for c in closest)
            why_en = "closest: " + ", ".join(_describe(c, "en") for c in closest)
        else:
            why_ru, why_en = "других профилей нет", "no other profile is installed"
        yield self.finding(
            f"форма отчёта не распознана: отчёт проверен по общим требованиям к отчётам площадок; {why_ru}",
            f"the report's template was not recognised: it was checked against the general requirements "
            f"(the generic profile); {why_en}",
            evidence="",
            location=FindingLocation(),
            suggestion=Text(
                ru="если форма отчёта известна, выберите её вручную перед проверкой; если её нет в списке форм, "
                   "можно добавить её описание",
                en="if the form is known, choose it explicitly when checking; if it is not among the known forms, "
                   "add a description of it",
            ),
        )

