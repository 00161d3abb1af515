"""S101 missing-section."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field

from repcheck.models.finding import Category, Finding, FindingLocation, Severity, Text
from repcheck.models.report import Report, ReportKind
from repcheck.profile import Profile, SectionSpec
from repcheck.rule import Rule, RuleContext, RuleOptions, shorten
from repcheck.structurer.detect import heading_lines
from repcheck.structurer.sections import title_score


class Options(RuleOptions):
    # A heading scoring this much against the missing section's title (but below the profile's
    # match threshold, 78) is named in the message as the closest one. heading_score caps a
    # heading that shares only generic words or less than half of the title at 60–65, so 66
    # names only headings that cover most of the title (one extra word, a shortened title).
    hint_from: float = Field(66.0, ge=0, le=100)
    # A report of a recognised form lacks at most this many of its mandatory sections; with more
    # missing it resembles the form without following it (another region's variant), and the
    # missing sections become one hint. The corpus and the seeds lack at most one.
    followed_missing_max: int = Field(1, ge=0)


def _neighbours(report: Report, profile: Profile, spec: SectionSpec) -> tuple[str | None, str | None]:
    """Labels of the present sections just before and after `spec` in the profile's order."""
    ids = [s.id for s in profile.sections]
    k = ids.index(spec.id)
    before = next((report.coverage[i].heading for i in reversed(ids[:k]) if i in report.coverage), None)
    after = next((report.coverage[i].heading for i in ids[k + 1 :] if i in report.coverage), None)
    return before, after


class MissingSection(Rule[Options]):
    """Finds mandatory sections of the report's profile that the report does not contain.

    A section counts as present when a heading matches its title or one of the profile's
    variants of it — numbering ignored, word forms (pymorphy3 lemmas), typos and word order
    tolerated, remarks in brackets ignored (repcheck.textmatch.heading_score) — or when a line
    starts with it or one of its keywords («3. Юридический адрес: …»), or when a passport
    table row is labelled with it («Цель программы | …»). A section whose heading is present
    but whose text is empty is S102, not this rule.

    Why it matters: a report without a mandatory section of its form is returned unread.

    Severity: error under a recognised form. Under the generic profile (the form is unknown, the
    list is the genre's common content) or when detection was unsure, one info hint names the
    sections not found, without a place in a form the report does not follow. The message says
    where the form puts the section and names the closest heading when one comes near.
    A report lacking more than `followed-missing-max` (1) mandatory sections resembles the form
    without following it (another region's variant, whose sections are there under other words):
    it gets one info hint naming the form and the sections not found, not an error per section.

    Example: a КИП report (points 1–16) whose point 14 is absent gets
    `S101 в отчёте нет обязательного раздела «Обоснование устойчивости результатов проекта»
    (форма «Годовой отчёт КИП (форма с пунктами 1–16)»; по форме — после «13. Предложения по
    распространению…»)`.
    """

    code = "S101"
    name = "missing-section"
    category = Category.STRUCTURE
    severity = Severity.ERROR
    summary = Text(ru="Нет обязательного раздела", en="A mandatory section is missing")
    doc_ru = """
    Находит обязательные разделы профиля отчёта, которых в отчёте нет.

    Раздел считается найденным, если с его названием или вариантом названия из профиля
    совпадает заголовок — без учёта нумерации, форм слов (леммы pymorphy3), опечаток, порядка
    слов и пояснений в скобках, — либо строка начинается с названия или ключевых слов раздела
    («3. Юридический адрес: …»), либо строка таблицы паспорта подписана им («Цель программы | …»).
    Раздел с заголовком, но без текста — это S102, а не это правило.

    Почему это важно: отчёт без обязательного раздела формы возвращают на доработку.

    Уровень: ошибка, если форма распознана. При общем профиле (форма неизвестна, список — общее
    содержание отчётов жанра) или неуверенном распознавании — одна подсказка (info) со списком
    ненайденных разделов, без места в форме, которой отчёт не следует. В сообщении сказано, где
    раздел стоит по форме, и назван ближайший по смыслу заголовок, если он есть.
    Если не найдено больше одного обязательного раздела (`followed-missing-max`), отчёт лишь похож
    на форму (вариант другого региона, где разделы названы иначе): одна подсказка с названием
    формы и ненайденных разделов вместо ошибки по каждому.

    Пример: в отчёте КИП (пункты 1–16) нет пункта 14 — «в отчёте нет обязательного раздела
    «Обоснование устойчивости результатов проекта» (форма «Годовой отчёт КИП (форма с пунктами
    1–16)»; по форме — после «13. Предложения по распространению…»)».
    """

    def check(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        profile = ctx.profile
        opts = ctx.options
        unsure = profile.kind == ReportKind.GENERIC or not report.profile_confident
        severity = Severity.WARNING if unsure else Severity.ERROR
        mandatory = [s for s in profile.sections if s.mandatory]
        missing = [s for s in mandatory if s.id not in report.coverage]
        if not missing:
            return
        if unsure or len(missing) > opts.followed_missing_max:
            # The report resembles the form but does not follow it: its other sections may be
            # there under other words, so one hint names the form instead of errors per section.
            yield self._form_hint(report, profile, mandatory, missing)
            return
        lines: list[str] | None = None
        for spec in profile.sections:
            if not spec.mandatory or spec.id in report.coverage:
                continue
            if lines is None:
                # Headings already matched to another section of the form are not near misses.
                assigned = {" ".join(s.title.split()) for s in report.all_sections() if s.canonical}
                lines = [ln for ln in heading_lines(report.document) if ln not in assigned]
            en_title = spec.title_en or spec.title
            before, after = _neighbours(report, profile, spec)
            where_ru, where_en = "", ""
            if before:
                where_ru = f"; по форме — после «{shorten(before, 60)}»"
                where_en = f"; the form puts it after “{shorten(before, 60)}”"
            elif after:
                where_ru = f"; по форме — перед «{shorten(after, 60)}»"
                where_en = f"; the form puts it before “{shorten(after, 60)}”"
            hint_ru, hint_en = "", ""
            closest = self._closest(lines, spec, opts.hint_from)
            if closest:
                heading, score = closest
                hint_ru = f"; ближе всего заголовок «{shorten(heading, 70)}» (сходство {score:.0f} из 100)"
                hint_en = f"; the closest heading is “{shorten(heading, 70)}” (similarity {score:.0f} of 100)"
            yield self.finding(
                f"в отчёте нет обязательного раздела «{spec.title}» (форма «{profile.title or profile.name}»"
                f"{where_ru}){hint_ru}",
                f"the report lacks the mandatory section “{en_title}” (form “{profile.title_en or profile.name}”"
                f"{where_en}){hint_en}",
                evidence=spec.title,
                location=FindingLocation(),
                severity=severity,
                suggestion=Text(
                    ru=f"добавьте раздел «{spec.title}» или назовите его заголовок как в форме",
                    en=f"add the section “{en_title}” or title it as the form does",
                ),
            )

    def _form_hint(self, report: Report, profile: Profile, mandatory: list[SectionSpec],
                   missing: list[SectionSpec]) -> Finding:
        found = len(mandatory) - len(missing)
        names = ", ".join(f"«{s.title}»" for s in missing[:4]) + ("…" if len(missing) > 4 else "")
        names_en = ", ".join(f"“{s.title_en or s.title}”" for s in missing[:4]) + ("…" if len(missing) > 4 else "")
        if profile.kind == ReportKind.GENERIC:
            return self.finding(
                f"форма отчёта не распознана; не найдены разделы, обычные для отчётов площадок: {names}",
                f"the report's form is not recognised; sections usual in such reports not found: {names_en}",
                evidence="; ".join(s.title for s in missing),
                location=FindingLocation(),
                severity=Severity.INFO,
                suggestion=Text(ru="проверьте, что в отчёте есть все разделы, которых требует его форма",
                                en="check that the report has every section its form requires"),
            )
        return self.finding(
            f"отчёт похож на форму «{profile.title or profile.name}» ({found} из {len(mandatory)} её обязательных "
            f"разделов найдены), но составлен не по ней: нет разделов {names}",
            f"the report resembles the form “{profile.name}” ({found} of its {len(mandatory)} mandatory sections "
            f"found) but does not follow it: no sections {names_en}",
            evidence="; ".join(s.title for s in missing),
            location=FindingLocation(),
            severity=Severity.INFO,
            suggestion=Text(
                ru="если отчёт сдаётся по этой форме, добавьте эти разделы; если по другой — проверьте её перечень разделов",
                en="if the report is due in this form, add these sections; otherwise check the list of sections of its form",
            ),
        )

    @staticmethod
    def _closest(lines: list[str], spec: SectionSpec, hint_from: float) -> tuple[str, float] | None:
        best: tuple[str, float] | None = None
        for line in lines:
            score = max(title_score(line, t) for t in spec.all_titles())
            if score >= hint_from and (best is None or score > best[1]):
                best = (line, score)
        return best

