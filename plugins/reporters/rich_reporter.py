"""The terminal report: per file a header, findings grouped by section, then the ranking table
(worst first, with the quality score of repcheck.plugins.reporters.common) and the run's notes.

Everything taken from the input (file names, the report's text quoted in messages and evidence,
error messages) goes through repcheck.safetext before it reaches the console, and never as rich
markup: a file cannot send escape sequences to the terminal or style the report."""

from __future__ import annotations

from itertools import groupby
from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text as RichText

from repcheck.models.results import FileResult, RunResult
from repcheck.hookspecs import hookimpl
from repcheck.models.finding import Finding, Severity
from repcheck.reporter import Reporter
from repcheck.plugins.reporters.common import kind_label, notes, ranking, totals
from repcheck.safetext import terminal_name, terminal_text

MARKS = {Severity.ERROR: ("✖", "bold red"), Severity.WARNING: ("▲", "yellow"), Severity.INFO: ("●", "cyan")}
SEV_RU = {Severity.ERROR: "ошибка", Severity.WARNING: "предупреждение", Severity.INFO: "замечание"}


def _t(lang: str, ru: str, en: str) -> str:
    return en if lang == "en" else ru


def _line(text: str) -> str:
    """Input-derived text for one line of the terminal."""
    return terminal_text(text, keep_lines=False)


class RichReporter(Reporter):
    name = "rich"
    description = "colour terminal report (plain text when piped)"

    def render(self, result: RunResult, out: IO[str], *, lang: str, color: bool) -> None:
        console = Console(file=out, force_terminal=color, no_color=not color, highlight=False,
                          width=None if color else 120, soft_wrap=not color)
        for fr in result.files:
            self._file(console, fr, lang)
        self._summary(console, result, lang)

    # -- per file -------------------------------------------------------------------------------
    def _file(self, console: Console, fr: FileResult, lang: str) -> None:
        console.rule(RichText(terminal_name(fr.path), style="bold"), align="left")
        if fr.error:
            console.print(RichText(f"  ✖ {_t(lang, 'файл не прочитан', 'file not read')}: "
                                   f"{terminal_text(fr.error.get(lang))}", style="bold red"))
            console.print()
            return
        st = fr.stats
        unsure = "" if fr.profile_confident else _t(lang, " (неуверенно)", " (unsure)")
        head = RichText(f"  {_t(lang, 'Профиль', 'Profile')}: ")
        head.append(_line(fr.profile or ""), style="bold")
        head.append(f" — {_line(st.profile_title)}{unsure}")
        console.print(head)
        console.print(RichText(f"  {_line(fr.profile_reason)}", style="dim"))
        if st.organisation:
            console.print(RichText(f"  {_t(lang, 'Организация', 'Organisation')}: {_line(st.organisation)}"))
        periods = []
        if st.project_period:
            periods.append(f"{_t(lang, 'проект', 'project')}: {_line(st.project_period)}")
        if st.reporting_period:
            periods.append(f"{_t(lang, 'отчётный период', 'reporting period')}: {_line(st.reporting_period)}")
        if periods:
            console.print(RichText("  " + "; ".join(periods)))
        console.print(
            "  [dim]"
            + _t(lang,
                 f"разделов {st.sections}, этапов {st.stages}, таблиц {st.tables}, мероприятий {st.events}",
                 f"sections {st.sections}, stages {st.stages}, tables {st.tables}, events {st.events}")
            + "[/]"
        )
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
            title = _line(section) or _t(lang, "(документ в целом)", "(whole document)")
            console.print(RichText(f"\n  § {title}", style="bold"))
            for f in group:
                self._finding(console, f, lang)
        e, w, i = fr.count(Severity.ERROR), fr.count(Severity.WARNING), fr.count(Severity.INFO)
        console.print(
            "\n  " + _t(lang, f"Итого: ошибок {e}, предупреждений {w}, замечаний {i}",
                       f"Total: {e} errors, {w} warnings, {i} info")
        )
        console.print()

    def _finding(self, console: Console, f: Finding, lang: str) -> None:
        mark, style = MARKS[f.severity]
        line = RichText("    ")
        line.append(f"{mark} ", style=style)
        line.append(f"{f.code} ", style=style)
        line.append(f"[{_line(f.rule)}] ", style="dim")
        line.append(terminal_text(f.message.get(lang)))
        console.print(line)
        where = f.location.path() if lang != "en" else f.location.path_en()
        extra = []
        if f.location.page is not None:
            extra.append(_t(lang, f"стр. {f.location.page}", f"p. {f.location.page}"))
        if f.location.line is not None:
            extra.append(_t(lang, f"строка файла {f.location.line}", f"line {f.location.line}"))
        place = " · ".join(p for p in [_line(where), ", ".join(extra)] if p)
        if place:
            console.print(RichText(f"        ↳ {place}", style="dim"))
        if f.evidence:
            console.print(RichText(f"        «{terminal_text(f.evidence)}»", style="italic dim"))
        if f.suggestion:
            console.print(RichText(f"        → {terminal_text(f.suggestion.get(lang))}", style="green"))

    # -- across files ---------------------------------------------------------------------------
    def _summary(self, console: Console, result: RunResult, lang: str) -> None:
        rows = ranking(result, lang)
        table = Table(title=_t(lang, "Рейтинг отчётов (сначала худшие)", "Reports ranked (worst first)"),
                      title_justify="left", expand=True)
        table.add_column("№", justify="right")
        table.add_column(_t(lang, "Файл", "File"), overflow="fold", min_width=20, ratio=3)
        table.add_column(_t(lang, "Организация", "Organisation"), overflow="ellipsis", no_wrap=True, max_width=30,
                         ratio=3)
        table.add_column(_t(lang, "Вид", "Kind"), no_wrap=True)
        table.add_column(_t(lang, "Ошибки", "Errors"), justify="right", style="red")
        table.add_column(_t(lang, "Предупр.", "Warnings"), justify="right", style="yellow")
        table.add_column(_t(lang, "Оценка", "Score"), justify="right", style="bold")
        table.add_column(_t(lang, "Главная проблема", "Top problem"), overflow="fold", ratio=3)
        for r in rows:
            fr = r.file
            if fr.error:
                table.add_row(str(r.rank), RichText(terminal_name(fr.path)), "", _t(lang, "не прочитан", "unreadable"),
                              "—", "—", "—", RichText(_line(r.top), style="red"))
                continue
            table.add_row(str(r.rank), RichText(terminal_name(fr.path)), RichText(_line(r.organisation)),
                          RichText(_line(kind_label(fr.kind, lang))), str(r.errors), str(r.warnings), str(r.score),
                          RichText(_line(r.top)))
        tot = totals(result)
        if len(result.files) > 1:
            table.add_section()
            table.add_row("", _t(lang, f"Всего файлов: {tot['files']}", f"Files: {tot['files']}"), "", "",
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
            console.print("[dim]" + "; ".join(extra) + "[/]")
        for note in notes(result, lang):
            console.print(RichText("▲ " + terminal_text(note), style="yellow"))


@hookimpl
def repcheck_reporters() -> list[Reporter]:
    return [RichReporter()]
