"""S101 missing-section."""

from __future__ import annotations

from collections.abc import Iterable

from checker.hookspecs import hookimpl
from checker.models.finding import Category, Finding, FindingLocation, Severity, Text
from checker.models.report import Report
from checker.rule import Rule, RuleContext


class MissingSection(Rule):
    """Finds mandatory sections of the report's profile that the report does not contain.

    A section counts as present when a heading matches its title or one of its variants
    (numbering ignored, word forms and small typos tolerated), or when a line or a passport
    table row starts with it. Why it matters: a reviewer returns a report without a mandatory
    section unread.

    Example: a КИП report without «Организация сетевого взаимодействия» gets
    `S101 в отчёте нет обязательного раздела «Организация сетевого взаимодействия»`.
    """

    code = "S101"
    name = "missing-section"
    category = Category.STRUCTURE
    severity = Severity.ERROR
    summary = Text(ru="Нет обязательного раздела", en="A mandatory section is missing")
    doc_ru = """
    Находит обязательные разделы профиля отчёта, которых в отчёте нет.

    Раздел считается найденным, если заголовок совпадает с его названием или вариантом
    (нумерация не важна, формы слов и опечатки допускаются), либо строка или строка таблицы
    паспорта начинается с него. Почему это важно: отчёт без обязательного раздела
    возвращают на доработку.

    Пример: в отчёте КИП нет раздела «Организация сетевого взаимодействия».
    """

    def check(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        for spec in ctx.profile.sections:
            if not spec.mandatory or spec.id in report.coverage:
                continue
            en_title = spec.title_en or spec.title
            yield self.finding(
                f"в отчёте нет обязательного раздела «{spec.title}» (профиль {ctx.profile.name})",
                f"the report lacks the mandatory section “{en_title}” (profile {ctx.profile.name})",
                evidence=spec.title,
                location=FindingLocation(),
                suggestion=Text(
                    ru=f"добавьте раздел «{spec.title}» или проверьте, что его заголовок написан как в форме",
                    en=f"add the section “{en_title}” or make its heading match the form",
                ),
            )


@hookimpl
def repcheck_rules() -> list[type[Rule]]:
    return [MissingSection]
