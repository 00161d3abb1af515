"""The terminal report: per file a header, findings grouped by section, then the ranking table
(worst first, with the quality score of repcheck.plugins.reporters.common) and the run's notes.

The files come in the order of `result.files`; the command line puts them worst first, as the
ranking (repcheck.plugins.reporters.ordering), and the report says so in its first line.

Width: a terminal's own width (an 80-column terminal gets lines of at most 80 columns); when the
output is not a terminal, $COLUMNS if set, else 120 columns with long lines kept whole (soft wrap),
so that a saved report can be searched line by line.

Everything taken from the input (file names, the report's text quoted in messages and evidence,
error messages) goes through repcheck.safetext before it reaches the console, and never as rich
markup: a file cannot send escape sequences to the terminal or style the report."""

from __future__ import annotations

from itertools import groupby
from typing import IO

import os

from rich.console import Console
from rich import box
from rich.table import Table
from rich.text import Text as RichText

from repcheck.models.results import FileResult, RunResult
from repcheck.hookspecs import hookimpl
from repcheck.models.finding import Finding, Severity
from repcheck.reporter import Reporter
from repcheck.i18n import count
from repcheck.plugins.reporters.common import kind_label, notes, ranking, totals
from repcheck.plugins.reporters.localized import profile_reason, profile_title, project_period, reporting_period
from repcheck.plugins.reporters.ordering import ORDER_NOTE
from repcheck.safetext import terminal_name, terminal_text

WIDE_TABLE = 110  # from this width on, the ranking shows the organisation and the kind of report
MARKS = {Severity.ERROR: ("✖", "bold red"), Severity.WARNING: ("▲", "yellow"), Severity.INFO: ("●", "cyan")}
SEV_RU = {Severity.ERROR: "ошибка", Severity.WARNING: "предупреждение", Severity.INFO: "совет"}


def _clean(text: str | None) -> str:
    """Input-derived text for one line of the terminal."""
    return terminal_text(text or "", keep_lines=False)


def _t(lang: str, ru: str, en: str) -> str:
    return en if lang == "en" else ru


class RichReporter(Reporter):
    name = "rich"
    description = "colour terminal report (plain text when piped)"

    def render(self, result: RunResult, out: IO[str], *, lang: str, color: bool) -> None:
        width, fitted = output_width(out)
        self._fitted = fitted
        console = Console(file=out, force_terminal=color, no_color=not color, highlight=False,
                          width=width, soft_wrap=not fitted)
        if len(result.files) > 1 and is_worst_first(result):
            console.print(RichText(_t(lang, *ORDER_NOTE).capitalize(), style="dim"))
        for fr in result.files:
            self._file(console, fr, lang)
        self._summary(console, result, lang)

    # -- per file -------------------------------------------------------------------------------
    def _file(self, console: Console, fr: FileResult, lang: str) -> None:
        console.rule(RichText(terminal_name(fr.path), style="bold"), align="left")
        if fr.error:
            self._line(console, RichText(f"✖ {_t(lang, 'файл не прочитан', 'file not read')}: {terminal_text(fr.error.get(lang))}",
                                         style="bold red"), 2)
            console.print()
            return
        st = fr.stats
        unsure = "" if fr.profile_confident else _t(lang, " (неуверенно)", " (unsure)")
        line = RichText(f"{_t(lang, 'Профиль', 'Profile')}: ")
        line.append(_clean(str(fr.profile)), style="bold")
        line.append(f" — {_clean(profile_title(fr, lang))}{unsure}")
        self._line(console, line, 2)
        self._line(console, RichText(_clean(profile_reason(fr, lang)), style="dim"), 2)
        if st.organisation:
            self._line(console, RichText(f"{_t(lang, 'Организация', 'Organisation')}: {_clean(st.organisation)}"), 2)
        periods = []
        if st.project_period:
            periods.append(f"{_t(lang, 'проект', 'project')}: {_clean(project_period(fr, lang))}")
        if st.reporting_period:
            periods.append(f"{_t(lang, 'отчётный период', 'reporting period')}: {_clean(reporting_period(fr, lang))}")
        if periods:
            self._line(console, RichText("; ".join(periods)), 2)
        self._line(console, RichText(", ".join(count(n, key, lang) for n, key in (
            (st.sections, "section"), (st.stages, "stage"), (st.tables, "table"), (st.events, "event"))),
            style="dim"), 2)
        hidden = []
        if fr.suppressed:
            hidden.append(_t(lang, f"скрыто исключениями: {fr.suppressed}", f"suppressed: {fr.suppressed}"))
        if fr.baselined:
            hidden.append(_t(lang, f"известно по базе: {fr.baselined}", f"known from the baseline: {fr.baselined}"))
        if hidden:
            console.print("  [dim]" + "; ".join(hidden) + "[/]")
        if not fr.findings:
            console.print(RichText("  ✔ " + _t(lang, "замечаний нет", "no findings"), style="green"))
            console.print()
            return
        for section, group in groupby(fr.findings, key=lambda f: f.location.section or ""):
            title = _clean(section) or _t(lang, "(документ в целом)", "(whole document)")
            console.print()
            self._line(console, RichText(f"§ {title}", style="bold"), 2)
            for f in group:
                self._finding(console, f, lang)
        e, w, i = fr.count(Severity.ERROR), fr.count(Severity.WARNING), fr.count(Severity.INFO)
        console.print("\n  " + _t(lang, "Итого: ", "Total: ")
                      + ", ".join(count(n, key, lang) for n, key in ((e, "error"), (w, "warning"), (i, "info"))))
        console.print()

    def _finding(self, console: Console, f: Finding, lang: str) -> None:
        mark, style = MARKS[f.severity]
        line = RichText()
        line.append(f"{mark} ", style=style)
        line.append(f"{f.code} ", style=style)
        line.append(f"[{_clean(f.rule)}] ", style="dim")
        line.append(terminal_text(f.message.get(lang)))
        self._line(console, line, 4)
        where = f.location.path() if lang != "en" else f.location.path_en()
        extra = []
        if f.location.page is not None:
            extra.append(_t(lang, f"стр. {f.location.page}", f"p. {f.location.page}"))
        if f.location.line is not None:
            extra.append(_t(lang, f"строка файла {f.location.line}", f"line {f.location.line}"))
        place = " · ".join(p for p in [_clean(where), ", ".join(extra)] if p)
        if place:
            self._line(console, RichText(f"↳ {place}", style="dim"), 8)
        if f.evidence:
            self._line(console, RichText(f"«{terminal_text(f.evidence)}»", style="italic dim"), 8)
        if f.suggestion:
            self._line(console, RichText(f"→ {terminal_text(f.suggestion.get(lang))}", style="green"), 8)

    def _line(self, console: Console, text: RichText, indent: int) -> None:
        """`text` indented; when fitted to the width, its wrapped lines keep the indent."""
        if getattr(self, "_fitted", False):
            for line in text.wrap(console, max(20, console.width - indent)):
                line.rstrip()
                console.print(RichText(" " * indent) + line)
        else:
            console.print(RichText(" " * indent) + text)

    # -- across files ---------------------------------------------------------------------------
    def _summary(self, console: Console, result: RunResult, lang: str) -> None:
        rows = ranking(result, lang)
        narrow = console.width < WIDE_TABLE
        table = Table(title=_t(lang, "Рейтинг отчётов (сначала худшие)", "Reports ranked (worst first)"),
                      title_justify="left", box=box.SIMPLE_HEAD if narrow else box.HEAVY_HEAD, padding=(0, 1))
        heads = {"errors": _t(lang, "Ошибки", "Errors"), "warnings": _t(lang, "Предупр.", "Warn." if narrow else "Warnings"),
                 "score": _t(lang, "Оценка", "Score"), "kind": _t(lang, "Вид", "Kind")}
        kinds = [_t(lang, "не прочитан", "unreadable") if r.file.error else kind_label(r.file.kind, lang) for r in rows]
        # Column widths: the numbers and the kind as wide as they are; the file, the organisation
        # and the top problem share the rest (a path is folded, an organisation shortened).
        fixed = [len(str(len(rows))) + 1, len(heads["errors"]), len(heads["warnings"]), len(heads["score"])]
        if not narrow:
            fixed.append(max([len(heads["kind"]), *map(len, kinds)]))
        columns = len(fixed) + (2 if narrow else 3)
        free = console.width - sum(fixed) - 3 * columns - 1  # each column: padding 2 and a rule
        longest = max([8, *(len(r.path) for r in rows)])
        top_min = 20
        org_w = 0 if narrow else max(len(_t(lang, "Организация", "Organisation")), min(
            24, max(len(r.organisation) for r in rows), free - longest - top_min))
        file_w = max(12, min(longest, free - org_w - top_min))
        top_w = max(top_min, free - org_w - file_w)
        table.add_column("№", justify="right", width=fixed[0])
        table.add_column(_t(lang, "Файл", "File"), overflow="fold", width=file_w)
        if not narrow:  # an 80-column terminal has no room for them; the per-file sections name both
            table.add_column(_t(lang, "Организация", "Organisation"), overflow="ellipsis", no_wrap=True, width=org_w)
            table.add_column(heads["kind"], no_wrap=True, width=fixed[4])
        table.add_column(heads["errors"], justify="right", style="red", width=fixed[1])
        table.add_column(heads["warnings"], justify="right", style="yellow", width=fixed[2])
        table.add_column(heads["score"], justify="right", style="bold", width=fixed[3])
        table.add_column(_t(lang, "Главная проблема", "Top problem"), overflow="fold", width=top_w)

        def add(rank: str, path: object, org: object, kind: object, *rest: object) -> None:
            table.add_row(rank, path, *(() if narrow else (org, kind)), *rest)  # type: ignore[arg-type]

        for r in rows:
            fr = r.file
            if fr.error:
                add(str(r.rank), RichText(terminal_name(fr.path)), "", _t(lang, "не прочитан", "unreadable"),
                    "—", "—", "—", RichText(_clean(r.top), style="red"))
                continue
            add(str(r.rank), RichText(terminal_name(fr.path)), RichText(_clean(r.organisation)),
                RichText(_clean(kind_label(fr.kind, lang))), str(r.errors), str(r.warnings), str(r.score),
                RichText(_clean(r.top)))
        tot = totals(result)
        if len(result.files) > 1:
            table.add_section()
            add("", _t(lang, f"Всего файлов: {tot['files']}", f"Files: {tot['files']}"), "", "",
                str(tot["error"]), str(tot["warning"]), "", "")
        console.print(table)
        extra = []
        if tot["unreadable"]:
            extra.append(_t(lang, f"не прочитано файлов: {tot['unreadable']}", f"unreadable files: {tot['unreadable']}"))
        if tot["suppressed"]:
            extra.append(_t(lang, f"скрыто исключениями из конфигурации: {tot['suppressed']}",
                            f"suppressed by the configuration: {tot['suppressed']}"))
        if tot["baselined"]:
            extra.append(_t(lang, f"известных по базе (не считаются): {tot['baselined']}",
                            f"known from the baseline (not counted): {tot['baselined']}"))
        if extra:
            self._line(console, RichText("; ".join(extra), style="dim"), 0)
        for note in notes(result, lang):
            self._line(console, RichText("▲ " + terminal_text(note), style="yellow"), 0)


def output_width(out: object) -> tuple[int, bool]:
    """(columns, whether the text is fitted to them): a terminal's width, else $COLUMNS, else 120
    columns without fitting (soft wrap)."""
    fileno = getattr(out, "fileno", None)
    try:
        if fileno is not None and os.isatty(fileno()):
            return max(40, os.get_terminal_size(fileno()).columns), True
    except (OSError, ValueError):
        pass
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) >= 40:
        return int(columns), True
    return 120, False


def is_worst_first(result: RunResult) -> bool:
    return [r.file for r in ranking(result, "en")] == list(result.files)


@hookimpl
def repcheck_reporters() -> list[Reporter]:
    return [RichReporter()]
