"""The sub-commands behind the CLI: check, baseline create, cache, rules, explain, profiles, serve."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from repcheck.baseline import Baseline, BaselineError
from repcheck.console import DEFAULT_BASELINE, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, open_output
from repcheck.console import split_values as _split
from repcheck.config import Config, ConfigError, find_config, load_config
from repcheck.engine import cpu_count, default_jobs, registry_for, run
from repcheck.models.results import FileResult, RunResult
from repcheck.models.finding import Severity
from repcheck.i18n import count
from repcheck.output import OutputError, OutputFile
from repcheck.plugin_manager import Registry, RegistryError
from repcheck.plugins.reporters.common import category_label, severity_label
from repcheck.plugins.reporters.ordering import order_worst_first, skipped_notice
from repcheck.safetext import terminal_name, terminal_text

if TYPE_CHECKING:
    from rich.console import Console

FAIL_RANK = {"error": 3, "warning": 2, "info": 1, "never": 99}


def _err(msg: str, en: str | None = None, lang: str = "ru") -> None:
    print(f"repcheck: {terminal_text(en if (lang == 'en' and en) else msg)}", file=sys.stderr)


def dispatch(args: argparse.Namespace) -> int:
    lang = args.lang or getattr(args, "ui_lang", None) or "ru"
    try:
        config = _config(args)
        lang = config.lang
        if args.command == "check":
            return cmd_check(args, config)
        if args.command == "baseline":
            return cmd_baseline_create(args, config)
        if args.command == "cache":
            return cmd_cache(args, config)
        if args.command == "serve":
            from repcheck.webapp import cmd_serve  # the web page (checker/webapp.py)

            return cmd_serve(args, config)
        registry = registry_for(config)
        if args.command == "rules":
            return cmd_rules(registry, config, getattr(args, "listing", "table"))
        if args.command == "explain":
            return cmd_explain(registry, config, args.rule, getattr(args, "listing", "text"))
        if args.command == "profiles":
            return cmd_profiles(registry, config)
    except ConfigError as exc:
        _err(exc.ru, exc.en, lang)
        return EXIT_USAGE
    except RegistryError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except (BaselineError, OutputError) as exc:
        _err(exc.ru, exc.en, lang)
        return EXIT_USAGE
    return EXIT_USAGE


def _config(args: argparse.Namespace) -> Config:
    path = getattr(args, "config", None)
    if path is not None and not path.is_file():
        raise ConfigError(f"файл конфигурации не найден: {path}", f"configuration file not found: {path}")
    config = load_config(path or find_config(Path.cwd()))
    overrides = {
        "lang": args.lang,
        "format": getattr(args, "format", None),
        "profile": getattr(args, "profile", None),
        "fail_on": getattr(args, "fail_on", None),
        "select": _split(getattr(args, "select", None)),
        "ignore": _split(getattr(args, "ignore", None)),
        "jobs": getattr(args, "jobs", None),
        "cache": False if getattr(args, "no_cache", False) else None,
        "cache_dir": _cache_dir_override(args),
        "dup_index": str(args.dup_index.expanduser().resolve()) if getattr(args, "dup_index", None) else None,
    }
    update = {k: v for k, v in overrides.items() if v is not None}
    extra_paths = getattr(args, "profile_path", None)
    if extra_paths:
        update["profile_paths"] = config.profile_paths + [str(p.resolve()) for p in extra_paths]
    return config.model_copy(update=update)


def _cache_dir_override(args: argparse.Namespace) -> str | None:
    """--cache-dir, else $REPCHECK_CACHE_DIR: both beat the configuration file's cache-dir."""
    from repcheck.cache import ENV_CACHE_DIR

    given = getattr(args, "cache_dir", None) or os.environ.get(ENV_CACHE_DIR)
    return str(Path(given).expanduser().resolve()) if given else None


class _ProgressBar:
    """A rich progress bar on stderr while files are checked; nothing when stderr is not a terminal."""

    def __init__(self, enabled: bool, lang: str) -> None:
        self.enabled = enabled
        self.lang = lang
        self.progress = None
        self.task = None

    def __enter__(self) -> "_ProgressBar":
        if self.enabled:
            from rich.console import Console  # rich: for the terminal only
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)

            self.progress = Progress(
                SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                TimeElapsedColumn(), TextColumn("·"), TimeRemainingColumn(),
                TextColumn("[dim]{task.fields[current]}"),
                console=Console(stderr=True), transient=True,
            )
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def on_files(self, files: list[Path]) -> None:
        if self.progress is not None:
            self.task = self.progress.add_task("Проверка" if self.lang != "en" else "Checking",
                                               total=len(files), current="")

    def advance(self, fr: FileResult) -> None:
        if self.progress is not None and self.task is not None:
            from rich.markup import escape

            self.progress.update(self.task, advance=1, current=escape(terminal_name(Path(fr.path).name)))


def _progress_enabled(args: argparse.Namespace) -> bool:
    return (
        not args.quiet and not getattr(args, "no_progress", False) and sys.stderr.isatty()
        and os.environ.get("TERM") != "dumb"
    )


def _run(args: argparse.Namespace, config: Config, baseline: Baseline | None = None,
         output: OutputFile | None = None) -> RunResult:
    from repcheck.executors import make_executor

    if config.jobs and config.jobs > cpu_count() and not args.quiet:
        _err(f"--jobs {config.jobs}: процессоров {cpu_count()}, процессов будет столько же",
             f"--jobs {config.jobs}: {cpu_count()} processors, as many processes are used", config.lang)
    executor = make_executor(getattr(args, "executor", None), jobs=default_jobs(config),
                             scheduler=getattr(args, "scheduler", None))
    with _ProgressBar(_progress_enabled(args), config.lang) as bar:

        def on_files(files: list[Path]) -> None:
            if output is not None:
                output.refuse_inputs(files)  # before any file is checked
            bar.on_files(files)

        result = run(list(args.paths), config, jobs=default_jobs(config), use_cache=config.cache,
                     baseline=baseline, progress=bar.advance, on_files=on_files, executor=executor)
    timings = getattr(args, "timings", None)
    if timings is not None:
        import json

        data = {"files": len(result.files), "cache_hits": result.cache_hits,
                "executor": executor.name if executor else ("processes" if default_jobs(config) > 1 else "serial"),
                "jobs": default_jobs(config), "seconds": {k: round(v, 4) for k, v in result.timings.items()}}
        timings.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return result


def _missing(args: argparse.Namespace, lang: str) -> list[Path]:
    missing = [p for p in args.paths if not os.path.lexists(p) and _no_access_error(p) is None]
    for p in missing:
        _err(f"файл не найден: {terminal_name(p)}", f"file not found: {terminal_name(p)}", lang)
    return missing


def _no_access_error(path: Path) -> OSError | None:
    """The error of a path that cannot even be looked at (inside a folder that cannot be searched):
    such a path is not "not found", it gets an entry with the error."""
    try:
        os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return exc
    return None


def _refuse_options_from_globs(args: argparse.Namespace, lang: str) -> None:
    """`repcheck check *` in a folder holding a file named «--output=x.docx»: the shell passes the
    name, argparse takes it as an option. Refuse when an option-like argument is a file here."""
    for token in getattr(args, "raw_argv", []):
        if token == "--":
            break
        if token.startswith("-") and len(token) > 2 and os.path.lexists(token):
            shown = terminal_name(token)
            raise OutputError(
                f"аргумент «{shown}» — имя файла в текущей папке, а прочитан как параметр (так бывает, когда "
                "шаблон вроде * подставил имена файлов). Укажите файлы так: ./* или поставьте -- перед ними",
                f"the argument “{shown}” is the name of a file in the current folder but was read as an option "
                "(a pattern such as * expanded to it). Give the files as ./* or put -- before them",
            )


def cmd_check(args: argparse.Namespace, config: Config) -> int:
    lang = config.lang
    registry = registry_for(config)
    reporter = registry.reporters.get(config.format)
    if reporter is None:
        known = ", ".join(sorted(registry.reporters))
        raise ConfigError(f"неизвестный формат «{config.format}»; доступны: {known}",
                          f"unknown format “{config.format}”; available: {known}")
    if reporter.binary and args.output is None and sys.stdout.isatty():
        _err(f"формат {reporter.name} записывается в файл: укажите --output ФАЙЛ",
             f"the {reporter.name} format is written to a file: give --output FILE", lang)
        return EXIT_USAGE
    _refuse_options_from_globs(args, lang)
    baseline_path = args.baseline or (Path(config.baseline) if config.baseline else None)
    baseline = Baseline.load(baseline_path) if baseline_path is not None else None
    output = OutputFile(args.output, binary=reporter.binary) if args.output else None
    try:
        if output is not None:
            output.prepare()  # the folder is writable: known before the run, not after it
        _missing(args, lang)
        result = _run(args, config, baseline, output)
        order_worst_first(result)
        if not args.quiet and result.skipped:
            _err(*skipped_notice(result.skipped), lang)
        if output is not None:
            reporter.render(result, output.open(), lang=lang, color=False)
            output.commit()
        elif not args.quiet:
            out, color = open_output(None, binary=reporter.binary)
            try:
                reporter.render(result, out, lang=lang, color=color and not args.no_color)
            finally:
                out.flush()
    finally:
        if output is not None:
            output.discard()
    if not result.files:
        _err("нет файлов для проверки", "no files to check", lang)
        return EXIT_USAGE
    code = exit_code(result, config.fail_on)
    if args.quiet:
        _quiet_summary(result, lang)
    return code


def cmd_baseline_create(args: argparse.Namespace, config: Config) -> int:
    lang = config.lang
    _refuse_options_from_globs(args, lang)
    output: Path = args.output or (Path(config.baseline) if config.baseline else Path(DEFAULT_BASELINE))
    out_file = OutputFile(output)
    try:
        out_file.prepare()
        missing = _missing(args, lang)
        result = _run(args, config, output=out_file)
        if not any(fr.error is None for fr in result.files):
            _err("нет прочитанных файлов: база не записана", "no readable files: the baseline was not written", lang)
            return EXIT_USAGE
        for fr in result.files:
            if fr.error is not None:
                _err(f"{fr.path}: файл не прочитан, в базу не попал: {fr.error.ru}",
                     f"{fr.path}: file not read, not in the baseline: {fr.error.en}", lang)
        baseline = Baseline.from_results(result.files, output.resolve().parent, lang)
        out_file.open().write(baseline.dump())
        out_file.commit()
    finally:
        out_file.discard()
    n = sum(e.count for e in baseline.entries)
    files = len({e.key.file for e in baseline.entries})
    if not args.quiet:
        _err(f"база записана: {output} — {count(n, 'finding', 'ru')}, файлов: {files}",
             f"baseline written: {output} — {count(n, 'finding', 'en')} in {count(files, 'file', 'en')}", lang)
    return EXIT_USAGE if missing else EXIT_OK


def cmd_cache(args: argparse.Namespace, config: Config) -> int:
    from repcheck.cache import cache_folder, clear

    folder = cache_folder(config)
    if args.action == "dir":
        print(folder)
        return EXIT_OK
    n = clear(folder)
    if not args.quiet:
        _err(f"кэш очищен: {folder} (удалено записей: {n})", f"cache cleared: {folder} ({n} entries removed)",
             config.lang)
    return EXIT_OK


def exit_code(result: RunResult, fail_on: str) -> int:
    readable = [fr for fr in result.files if fr.error is None]
    if result.files and not readable:
        return EXIT_USAGE
    threshold = FAIL_RANK[fail_on]
    failing = any(f.severity.rank >= threshold for _fr, f in result.all_findings())
    unreadable = len(readable) < len(result.files)
    return EXIT_FINDINGS if failing or unreadable else EXIT_OK


def _quiet_summary(result: RunResult, lang: str) -> None:
    e = sum(fr.count(Severity.ERROR) for fr in result.files)
    w = sum(fr.count(Severity.WARNING) for fr in result.files)
    bad = sum(1 for fr in result.files if fr.error)
    known = sum(fr.baselined for fr in result.files)
    n = len(result.files)
    if lang == "en":
        extra = f", {known} known from the baseline" if result.baseline else ""
        print(f"{count(n, 'file', lang)}: {count(e, 'error', lang)}, {count(w, 'warning', lang)}, "
              f"{bad} unreadable{extra}", file=sys.stderr)
    else:
        extra = f", известных по базе: {known}" if result.baseline else ""
        print(f"{count(n, 'file', lang)}: {count(e, 'error', lang)}, {count(w, 'warning', lang)}, "
              f"не прочитано: {bad}{extra}", file=sys.stderr)


def cmd_rules(registry: Registry, config: Config, listing: str = "table") -> int:
    lang = config.lang
    if listing == "json":
        from repcheck.rule_catalog import catalog

        _print_json(catalog(registry))
        return EXIT_OK
    from rich.table import Table

    table = Table(title="Правила repcheck" if lang == "ru" else "repcheck rules")
    for col in ("Код", "Имя", "Категория", "Важность", "Описание") if lang == "ru" else (
        "Code", "Name", "Category", "Severity", "Summary"
    ):
        table.add_column(col, overflow="fold")
    for rule in sorted(registry.rules.values(), key=lambda r: r.code):
        table.add_row(rule.code, rule.name, category_label(rule.category, lang), severity_label(rule.severity, lang),
                      rule.summary.get(lang))
    _console().print(table)
    return EXIT_OK


def _print_json(data: object) -> None:
    import json

    out, _color = open_output(None)
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def cmd_explain(registry: Registry, config: Config, key: str, listing: str = "text") -> int:
    lang = config.lang
    rule = registry.rule(key)
    if rule is None:
        _err(f"правило «{key}» не найдено; список: repcheck rules", f"no rule “{key}”; list: repcheck rules", lang)
        return EXIT_USAGE
    if listing == "json":
        from repcheck.rule_catalog import explanation

        _print_json(explanation(rule))
        return EXIT_OK
    from rich.markdown import Markdown  # markdown-it: only for `explain`

    from repcheck.rule_catalog import options_list

    console = _console()
    console.print(f"[bold]{rule.code} {rule.name}[/] — {category_label(rule.category, lang)}, "
                  f"{severity_label(rule.severity, lang)}")
    console.print(rule.summary.get(lang))
    console.print()
    console.print(Markdown(rule.documentation(lang)))
    options = options_list(rule)
    if options:
        console.print()
        console.print("[bold]Параметры[/] (rule-options):" if lang != "en" else "[bold]Options[/] (rule-options):")
        for opt in options:
            console.print(f"  {opt['name']} = {opt['default']!r}  {opt['description'] or ''}", markup=False,
                          highlight=False)
    return EXIT_OK


def _console() -> "Console":
    """A console as wide as the terminal; 160 columns when the output is not a terminal."""
    from rich.console import Console

    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)


def cmd_profiles(registry: Registry, config: Config) -> int:
    from rich.table import Table

    lang = config.lang
    table = Table(title="Профили отчётов" if lang == "ru" else "Report profiles")
    for col in ("Имя", "Вид", "Название", "Разделов", "Источник") if lang == "ru" else (
        "Name", "Kind", "Title", "Sections", "Source"
    ):
        table.add_column(col, overflow="fold")
    for prof in registry.concrete_profiles():
        title = prof.title_en if lang == "en" and prof.title_en else prof.title
        table.add_row(prof.name, prof.kind, title, str(len(prof.sections)), Path(prof.path).name if prof.path else "")
    _console().print(table)
    return EXIT_OK
