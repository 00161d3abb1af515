"""GitHub Actions workflow commands: one annotation line per finding.

    ::error file=reports/school5.docx,title=S101 missing-section::в отчёте нет … [2 Сведения › таблица 3]

error → `::error`, warning → `::warning`, info → `::notice`; the line is given when the format
has lines. A file that could not be read is an `::error` on that file; unused suppressions and
stale baseline entries are `::warning` lines. Paths are relative to the working directory (the
repository root in a workflow).
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from repcheck.baseline import rel_path
from repcheck.models.results import RunResult
from repcheck.hookspecs import hookimpl
from repcheck.i18n import count
from repcheck.models.finding import Severity
from repcheck.reporter import Reporter
from repcheck.plugins.reporters.common import location_text, notes, t, totals

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props: object) -> str:
    p = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{name}{' ' + p if p else ''}::{escape_data(message)}"


class GithubReporter(Reporter):
    name = "github"
    description = "GitHub Actions annotations"

    def render(self, result: RunResult, out: IO[str], *, lang: str, color: bool) -> None:
        root = Path.cwd()
        for fr in result.files:
            file = rel_path(fr.path, root)
            if fr.error is not None:
                out.write(command("error", t(lang, "файл не прочитан: ", "file not read: ") + fr.error.get(lang),
                                  file=file, title=t(lang, "repcheck: файл не прочитан", "repcheck: file not read")))
                out.write("\n")
                continue
            for f in fr.findings:
                msg = f.message.get(lang)
                where = location_text(f, lang)
                if where:
                    msg += f" [{where}]"
                if f.evidence:
                    msg += t(lang, f"\nФрагмент: «{f.evidence}»", f"\nEvidence: “{f.evidence}”")
                if f.suggestion:
                    msg += "\n→ " + f.suggestion.get(lang)
                out.write(command(COMMANDS[f.severity], msg, file=file, line=f.location.line,
                                  title=f"{f.code} {f.rule}"))
                out.write("\n")
        for note in notes(result, lang):
            out.write(command("warning", note, title="repcheck"))
            out.write("\n")
        tot = totals(result)
        tot["file"] = tot["files"]
        counted = ", ".join(count(tot[key], key, lang) for key in ("file", "error", "warning", "info"))
        out.write(t(lang, f"repcheck: {counted}, не прочитано: {tot['unreadable']}\n",
                    f"repcheck: {counted}, {tot['unreadable']} unreadable\n"))


@hookimpl
def repcheck_reporters() -> list[Reporter]:
    return [GithubReporter()]
