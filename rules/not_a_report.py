"""S105 not-a-report."""

from __future__ import annotations

from collections.abc import Iterable

from repcheck.i18n import count
from repcheck.models.finding import Category, Finding, FindingLocation, Severity, Text
from repcheck.models.report import Report
from repcheck.rule import Rule, RuleContext
from repcheck.structurer.genre import MIN_HEADINGS, genre_signals


class NotAReport(Rule):
    """Says once that the file does not look like a report of the genre at all, instead of
    listing every section it lacks.

    A report of an innovation site, whatever its form, has length, headings, usually tables and
    the genre's words (отчёт, проект, этап, мероприятие, результат, площадка, …). The signals
    are counted as points (repcheck.structurer.genre): at least 1,500 characters of text (4,000:
    a second point), at least three headings, a table, at least three of the genre's words (five:
    a second point). A file with fewer than two points — a one-line note, a list, a letter — is
    the wrong file: this finding is its only one, and the other rules are not run on it (the rule
    is *exclusive*). Every report of the corpus, the blind sets, the development set and the
    seeds has four points or more.

    Example: a one-line note gets `S105 файл не похож на отчёт площадки: 36 знаков текста, нет
    заголовков разделов и таблиц, из слов жанра — только «отчёт»; остальные проверки не
    проводились`.
    """

    code = "S105"
    name = "not-a-report"
    category = Category.STRUCTURE
    severity = Severity.ERROR
    exclusive = True
    summary = Text(ru="Файл не похож на отчёт", en="The file does not look like a report")
    doc_ru = """
    Один раз сообщает, что файл совсем не похож на отчёт площадки, вместо перечня всех
    недостающих разделов.

    У отчёта инновационной площадки любой формы есть объём, заголовки разделов, обычно таблицы и
    слова жанра (отчёт, проект, этап, мероприятие, результат, площадка…). Признаки считаются
    баллами (repcheck.structurer.genre): не меньше 1 500 знаков текста (4 000 — второй балл), не
    меньше трёх заголовков, таблица, не меньше трёх слов жанра (пять — второй балл). Файл меньше
    чем с двумя баллами — записка в одну строку, список, письмо — это не тот файл: это замечание
    для него единственное, остальные правила к нему не применяются. У всех отчётов корпуса,
    слепых наборов, набора разработки и образцов — четыре балла и больше.

    Пример: записка в одну строку — «файл не похож на отчёт площадки: 36 знаков текста, нет
    заголовков разделов и таблиц, из слов жанра — только «отчёт»; остальные проверки не
    проводились».
    """

    def check(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        sig = genre_signals(report)
        if sig.looks_like_report:
            return
        parts_ru = [count(sig.chars, "sign", "ru") + " текста"]
        parts_en = [count(sig.chars, "character", "en") + " of text"]
        if sig.headings < MIN_HEADINGS and not sig.tables:
            parts_ru.append("нет заголовков разделов и таблиц" if not sig.headings else
                            f"{count(sig.headings, 'heading', 'ru')} и ни одной таблицы")
            parts_en.append("no section headings or tables" if not sig.headings else
                            f"{count(sig.headings, 'heading', 'en')} and no table")
        if not sig.words_ru:
            parts_ru.append("нет слов жанра (отчёт, проект, этап, мероприятие, результат)")
            parts_en.append("none of the genre's words (report, project, stage, event, result)")
        else:
            parts_ru.append("из слов жанра — только " + ", ".join(f"«{w}»" for w in sig.words_ru))
            parts_en.append("of the genre's words only " + ", ".join(f"“{w}”" for w in sig.words_en))
        yield self.finding(
            "файл не похож на отчёт площадки: " + ", ".join(parts_ru) + "; остальные проверки не проводились",
            "the file does not look like a site's report: " + ", ".join(parts_en) + "; no other check was run",
            location=FindingLocation(),
            suggestion=Text(ru="проверьте, тот ли файл выбран: нужен отчёт о работе площадки — с разделами, "
                               "мероприятиями и результатами",
                            en="check that this is the right file: a report of the site's work, with sections, "
                               "events and results, is expected"),
        )

