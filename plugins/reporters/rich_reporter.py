"""The terminal report: per file a header, findings grouped by section, and summaries."""

from __future__ import annotations

from itertools import groupby
from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text as RichText

from checker.engine import FileResult, RunResult
from checker.hookspecs import hookimpl
from checker.models.finding import Finding, Severity
from checker.reporter import Reporter

MARKS = {Severity.ERROR: ("✖", "bold red"), Severity.WARNING: ("▲", "yellow"), Severity.INFO: ("●", "cyan")}
SEV_RU = {Severity.ERROR: "ошибка", Severity.WARNING: "предупреждение", Severity.INFO: "замечание"}


def _t(lang: str, ru: str, en: str) -> str:
    return en if lang == "en" else ru


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
        console.rule(RichText(fr.path, style="bold"), align="left")
        if fr.error:
            console.print(RichText(f"  ✖ {_t(lang, 'файл не прочитан', 'file not read')}: {fr.error.get(lang)}",
                                   style="bold red"))
            console.print()
            return
        st = fr.stats
        unsure = "" if fr.profile_confident else _t(lang, " (неуверенно)", " (unsure)")
        console.print(f"  {_t(lang, 'Профиль', 'Profile')}: [bold]{fr.profile}[/] — {st.profile_title}{unsure}")
        console.print(f"  [dim]{fr.profile_reason}[/]")
        if st.organisation:
            console.print(f"  {_t(lang, 'Организация', 'Organisation')}: {st.organisation}")
        periods = []
        if st.project_period:
            periods.append(f"{_t(lang, 'проект', 'project')}: {st.project_period}")
        if st.reporting_period:
            periods.append(f"{_t(lang, 'отчётный период', 'reporting period')}: {st.reporting_period}")
        if periods:
            console.print("  " + "; ".join(periods))
        console.print(
            "  [dim]"
            + _t(lang,
                 f"разделов {st.sections}, этапов {st.stages}, таблиц {st.tables}, мероприятий {st.events}",
                 f"sections {st.sections}, stages {st.stages}, tables {st.tables}, events {st.events}")
            + "[/]"
        )
        if not fr.findings:
            console.print(RichText("  ✔ " + _t(lang, "замечаний нет", "no findings"), style="green"))
            console.print()
            return
        for section, group in groupby(fr.findings, key=lambda f: f.location.section or ""):
            title = section or _t(lang, "(документ в целом)", "(whole document)")
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
        line.append(f"[{f.rule}] ", style="dim")
        line.append(f.message.get(lang))
        console.print(line)
        where = f.location.path() if lang != "en" else f.location.path_en()
        extra = []
        if f.location.page is not None:
            extra.append(_t(lang, f"стр. {f.location.page}", f"p. {f.location.page}"))
        if f.location.line is not None:
            extra.append(_t(lang, f"строка файла {f.location.line}", f"line {f.location.line}"))
        place = " · ".join(p for p in [where, ", ".join(extra)] if p)
        if place:
            console.print(RichText(f"        ↳ {place}", style="dim"))
        if f.evidence:
            console.print(RichText(f"        «{f.evidence}»", style="italic dim"))
        if f.suggestion:
            console.print(RichText(f"        → {f.suggestion.get(lang)}", style="green"))

    # -- across files ---------------------------------------------------------------------------
    def _summary(self, console: Console, result: RunResult, lang: str) -> None:
        table = Table(title=_t(lang, "Сводка", "Summary"), title_justify="left")
        table.add_column(_t(lang, "Файл", "File"), overflow="fold")
        table.add_column(_t(lang, "Профиль", "Profile"))
        table.add_column(_t(lang, "Ошибки", "Errors"), justify="right", style="red")
        table.add_column(_t(lang, "Предупр.", "Warnings"), justify="right", style="yellow")
        table.add_column(_t(lang, "Замеч.", "Info"), justify="right", style="cyan")
        totals = [0, 0, 0]
        for fr in result.files:
            if fr.error:
                table.add_row(fr.path, _t(lang, "не прочитан", "unreadable"), "—", "—", "—")
                continue
            counts = [fr.count(Severity.ERROR), fr.count(Severity.WARNING), fr.count(Severity.INFO)]
            totals = [a + b for a, b in zip(totals, counts)]
            table.add_row(fr.path, fr.profile or "", *map(str, counts))
        if len(result.files) > 1:
            table.add_section()
            table.add_row(_t(lang, f"Всего файлов: {len(result.files)}", f"Files: {len(result.files)}"), "",
                          *map(str, totals))
        console.print(table)


@hookimpl
def repcheck_reporters() -> list[Reporter]:
    return [RichReporter()]
