"""The words a teacher reads on the web page and in the HTML report.

One word per severity — «ошибка», «предупреждение», «совет» — and «замечание» only for any
finding, whatever its severity («Замечаний нет», «у каждого замечания указано, где…»). The
terminal, table, JUnit and GitHub reporters use the same words (`common.SEVERITY_LABELS`,
`repcheck.i18n`).
"""

from __future__ import annotations

from repcheck.models.finding import Severity

# (Russian, English) per severity: a finding's badge, a column or total's heading, and the
# word before a count («ошибок 3, предупреждений 1, советов 0»).
SEVERITY_WORD = {
    Severity.ERROR: ("ошибка", "error"),
    Severity.WARNING: ("предупреждение", "warning"),
    Severity.INFO: ("совет", "advice"),
}
SEVERITY_HEADING = {
    Severity.ERROR: ("Ошибки", "Errors"),
    Severity.WARNING: ("Предупреждения", "Warnings"),
    Severity.INFO: ("Советы", "Advice"),
}
SEVERITY_COUNTED = {
    Severity.ERROR: ("ошибок", "errors"),
    Severity.WARNING: ("предупреждений", "warnings"),
    Severity.INFO: ("советов", "advice"),
}
HOW_TO_READ = (
    "ошибки нужно исправить обязательно, предупреждения — проверить, советы — на ваше усмотрение. "
    "У каждого замечания указано, где в отчёте его искать (раздел, таблица, строка), и процитирован текст.",
    "errors must be fixed, warnings checked, advice is up to you. Every finding says where to look in the "
    "report (section, table, row) and quotes the text.",
)


def word(table: dict[Severity, tuple[str, str]], severity: Severity, lang: str) -> str:
    ru, en = table[severity]
    return en if lang == "en" else ru


def counts_line(counts: dict[str, int], lang: str) -> str:
    """«ошибок 2, предупреждений 1, советов 0» from counts keyed by severity value."""
    if lang == "en":
        return ", ".join(f"{counts.get(s.value, 0)} {SEVERITY_COUNTED[s][1]}" for s in SEVERITY_ORDER)
    return ", ".join(f"{SEVERITY_COUNTED[s][0]} {counts.get(s.value, 0)}" for s in SEVERITY_ORDER)


SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
