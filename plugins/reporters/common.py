"""What every reporter shares: labels in both languages, the quality score and the ranking.

Quality score (0–100), documented in docs/workflows.md:

    P     = 10 × errors + 3 × warnings + 1 × info      (findings of rules; internal ones excluded)
    score = round(100 × exp(−P / 40))

So a clean report scores 100, one error 78, one warning 93, five errors 29; the score never goes
below 0 and still orders reports with many findings. A file that could not be read has no score
and ranks first (worst).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from repcheck.models.finding import Category, Finding, Severity

if TYPE_CHECKING:
    from repcheck.models.results import FileResult, RunResult

WEIGHTS = {Severity.ERROR: 10, Severity.WARNING: 3, Severity.INFO: 1}
SCORE_SCALE = 40.0

SEVERITY_LABELS = {
    Severity.ERROR: ("ошибка", "error"),
    Severity.WARNING: ("предупреждение", "warning"),
    Severity.INFO: ("совет", "info"),
}
SEVERITY_PLURAL = {
    Severity.ERROR: ("Ошибки", "Errors"),
    Severity.WARNING: ("Предупреждения", "Warnings"),
    Severity.INFO: ("Советы", "Info"),
}
CATEGORY_LABELS = {
    Category.STRUCTURE: ("структура", "structure"),
    Category.COMPLETENESS: ("полнота", "completeness"),
    Category.CONSISTENCY: ("согласованность чисел", "consistency"),
    Category.CHRONOLOGY: ("сроки", "chronology"),
    Category.DUPLICATION: ("повторы текста", "duplication"),
    Category.INTERNAL: ("внутренние ошибки", "internal"),
}
KIND_LABELS = {
    "kip_annual": ("КИП, годовой отчёт", "КИП annual report"),
    "mip_report": ("МИП, отчёт", "МИП report"),
    "program": ("программа", "programme"),
    "generic": ("не определён", "generic"),
}


def t(lang: str, ru: str, en: str) -> str:
    return en if lang == "en" else ru


def severity_label(sev: Severity, lang: str) -> str:
    ru, en = SEVERITY_LABELS[sev]
    return t(lang, ru, en)


def category_label(cat: Category, lang: str) -> str:
    ru, en = CATEGORY_LABELS[cat]
    return t(lang, ru, en)


def kind_label(kind: str | None, lang: str) -> str:
    if not kind:
        return ""
    ru, en = KIND_LABELS.get(kind, (kind, kind))
    return t(lang, ru, en)


def location_text(f: Finding, lang: str) -> str:
    return f.location.path_en() if lang == "en" else f.location.path()


def penalty(fr: "FileResult") -> int:
    return sum(WEIGHTS[f.severity] for f in fr.findings if f.category is not Category.INTERNAL)


def quality_score(fr: "FileResult") -> int | None:
    """0–100, higher is better; None for a file that could not be read."""
    if fr.error is not None:
        return None
    return round(100 * math.exp(-penalty(fr) / SCORE_SCALE))


def top_problem(fr: "FileResult", lang: str, summaries: dict[str, str] | None = None) -> str:
    """The rule with the most findings at the highest severity: "S101 ×3: нет раздела…"."""
    if fr.error is not None:
        return t(lang, "файл не прочитан: ", "file not read: ") + fr.error.get(lang)
    if not fr.findings:
        return ""
    counts = Counter(f.code for f in fr.findings)
    best = max(fr.findings, key=lambda f: (f.severity.rank, counts[f.code]))
    same = [f for f in fr.findings if f.code == best.code]
    n = len(same)
    text = (summaries or {}).get(best.code) or same[0].message.get(lang)
    return f"{best.code}{f' ×{n}' if n > 1 else ''}: {text}"


@dataclass
class RankRow:
    rank: int
    file: "FileResult"
    errors: int
    warnings: int
    infos: int
    score: int | None
    top: str

    @property
    def path(self) -> str:
        return self.file.path

    @property
    def organisation(self) -> str:
        return self.file.stats.organisation if self.file.error is None else ""


def rule_summaries(result: "RunResult", lang: str) -> dict[str, str]:
    return {r.code: r.summary.get(lang) for r in result.rules}


def ranking(result: "RunResult", lang: str) -> list[RankRow]:
    """Files worst first: unreadable, then by score, errors, warnings (more first), path."""
    summaries = rule_summaries(result, lang)
    rows = []
    for fr in result.files:
        rows.append(RankRow(0, fr, fr.count(Severity.ERROR), fr.count(Severity.WARNING), fr.count(Severity.INFO),
                            quality_score(fr), top_problem(fr, lang, summaries)))
    rows.sort(key=lambda r: (r.score is not None, r.score if r.score is not None else -1,
                             -r.errors, -r.warnings, -r.infos, r.path))
    for i, r in enumerate(rows, 1):
        r.rank = i
    return rows


def by_category(fr: "FileResult") -> dict[Category, dict[Severity, int]]:
    out: dict[Category, dict[Severity, int]] = {}
    for f in fr.findings:
        out.setdefault(f.category, {s: 0 for s in Severity})[f.severity] += 1
    return {c: out[c] for c in Category if c in out}


def totals(result: "RunResult") -> dict[str, int]:
    return {
        "files": len(result.files),
        "unreadable": sum(1 for fr in result.files if fr.error),
        "error": sum(fr.count(Severity.ERROR) for fr in result.files),
        "warning": sum(fr.count(Severity.WARNING) for fr in result.files),
        "info": sum(fr.count(Severity.INFO) for fr in result.files),
        "suppressed": sum(fr.suppressed for fr in result.files),
        "baselined": sum(fr.baselined for fr in result.files),
    }


def failing(result: "RunResult", f: Finding) -> bool:
    """Whether `f` is at or above the run's --fail-on threshold."""
    threshold = {"error": 3, "warning": 2, "info": 1, "never": 99}[result.config.fail_on]
    return f.severity.rank >= threshold


def notes(result: "RunResult", lang: str) -> list[str]:
    """Run-level notes every format shows: unused suppressions, stale baseline entries."""
    out = [u.text().get(lang) for u in result.unused_suppressions]
    for e in result.stale_baseline:
        out.append(t(lang, "запись базы больше не встречается (удалите её или пересоздайте базу): ",
                     "baseline entry no longer occurs (remove it or re-create the baseline): ") + e.describe(lang)
                   + (f" ×{e.count}" if e.count > 1 else ""))
    return out
