"""The order of files in every output format, and the run's notice of files left out.

Files come worst first, in the order of the ranking (repcheck.plugins.reporters.common.ranking):
unreadable files, then by quality score (lowest first), then more errors, more warnings, more
info findings, then by path. The command line puts a run's results in this order before any
reporter sees them, so the per-file sections of the terminal report, the JSON `files`, the CSV
rows, SARIF results, JUnit cases and GitHub annotations all follow the ranking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from repcheck.i18n import count
from repcheck.plugins.reporters.common import ranking

if TYPE_CHECKING:
    from repcheck.models.results import RunResult

ORDER_NOTE = ("файлы — в порядке рейтинга: сначала худшие", "files in ranking order: worst first")


def order_worst_first(result: "RunResult") -> None:
    """Reorder `result.files` as the ranking (in place)."""
    result.files = [row.file for row in ranking(result, "en")]


def skipped_notice(skipped: dict[str, int]) -> tuple[str, str]:
    """One line (Russian, English) on the folder files left out for their format:
    «пропущено 3 файла других форматов (не отчёты): .png ×2, .csv»."""
    n = sum(skipped.values())
    parts = [f"{ext or '(без расширения)'}{f' ×{k}' if k > 1 else ''}"
             for ext, k in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))]
    parts_en = [f"{ext or '(no extension)'}{f' ×{k}' if k > 1 else ''}"
                for ext, k in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))]
    skipped_ru = "пропущен" if n % 10 == 1 and n % 100 != 11 else "пропущено"
    return (
        f"{skipped_ru} {count(n, 'file', 'ru')} других форматов (repcheck их не читает): {', '.join(parts)}",
        f"skipped {count(n, 'file', 'en')} of other formats (repcheck does not read them): {', '.join(parts_en)}",
    )
