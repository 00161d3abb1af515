"""The sub-commands behind the CLI: check, rules, explain, profiles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.markdown import Markdown
from rich.table import Table

from checker.cli import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, _split, open_output
from checker.config import Config, ConfigError, find_config, load_config
from checker.engine import RunResult, run
from checker.models.finding import Severity
from checker.plugin_manager import Registry, RegistryError, build_registry

FAIL_RANK = {"error": 3, "warning": 2, "info": 1, "never": 99}


def _err(msg: str) -> None:
    print(f"repcheck: {msg}", file=sys.stderr)


def dispatch(args: argparse.Namespace) -> int:
    try:
        config = _config(args)
        if args.command == "check":
            return cmd_check(args, config)
        registry = build_registry(profile_paths=[Path(p) for p in config.profile_paths])
        if args.command == "rules":
            return cmd_rules(registry, config)
        if args.command == "explain":
            return cmd_explain(registry, config, args.rule)
        if args.command == "profiles":
            return cmd_profiles(registry, config)
    except (ConfigError, RegistryError) as exc:
        _err(str(exc))
        return EXIT_USAGE
    return EXIT_USAGE


def _config(args: argparse.Namespace) -> Config:
    path = getattr(args, "config", None)
    if path is not None and not path.is_file():
        raise ConfigError(f"файл конфигурации не найден: {path}")
    config = load_config(path or find_config(Path.cwd()))
    overrides = {
        "lang": args.lang,
        "format": getattr(args, "format", None),
        "profile": getattr(args, "profile", None),
        "fail_on": getattr(args, "fail_on", None),
        "select": _split(getattr(args, "select", None)),
        "ignore": _split(getattr(args, "ignore", None)),
    }
    update = {k: v for k, v in overrides.items() if v is not None}
    extra_paths = getattr(args, "profile_path", None)
    if extra_paths:
        update["profile_paths"] = config.profile_paths + [str(p.resolve()) for p in extra_paths]
    return config.model_copy(update=update)


def cmd_check(args: argparse.Namespace, config: Config) -> int:
    missing = [p for p in args.paths if not p.exists()]
    for p in missing:
        _err(f"путь не найден: {p}")
    registry = build_registry(profile_paths=[Path(p) for p in config.profile_paths])
    reporter = registry.reporters.get(config.format)
    if reporter is None:
        raise ConfigError(f"неизвестный формат «{config.format}»; доступны: {', '.join(sorted(registry.reporters))}")
    existing = [p for p in args.paths if p.exists()]
    result = run(existing, config) if existing else RunResult(files=[], rules=[], config=config)
    if not args.quiet or args.output:
        out, color = open_output(args.output)
        try:
            reporter.render(result, out, lang=config.lang, color=color and not args.no_color)
        finally:
            if args.output:
                out.close()
    code = exit_code(result, config.fail_on)
    if missing or not result.files:
        if not result.files:
            _err("нет файлов для проверки" if config.lang == "ru" else "no files to check")
        return EXIT_USAGE
    if args.quiet:
        _quiet_summary(result, config.lang)
    return code


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
    if lang == "en":
        print(f"{len(result.files)} files: {e} errors, {w} warnings, {bad} unreadable", file=sys.stderr)
    else:
        print(f"файлов {len(result.files)}: ошибок {e}, предупреждений {w}, не прочитано {bad}", file=sys.stderr)


def cmd_rules(registry: Registry, config: Config) -> int:
    lang = config.lang
    table = Table(title="Правила repcheck" if lang == "ru" else "repcheck rules")
    for col in ("Код", "Имя", "Категория", "Важность", "Описание") if lang == "ru" else (
        "Code", "Name", "Category", "Severity", "Summary"
    ):
        table.add_column(col, overflow="fold")
    for rule in sorted(registry.rules.values(), key=lambda r: r.code):
        table.add_row(rule.code, rule.name, rule.category.value, rule.severity.value, rule.summary.get(lang))
    Console(soft_wrap=False).print(table)
    return EXIT_OK


def cmd_explain(registry: Registry, config: Config, key: str) -> int:
    rule = registry.rule(key)
    if rule is None:
        _err(f"правило «{key}» не найдено; список: repcheck rules")
        return EXIT_USAGE
    console = Console()
    console.print(f"[bold]{rule.code} {rule.name}[/] — {rule.category.value}, {rule.severity.value}")
    console.print(rule.summary.get(config.lang))
    console.print()
    console.print(Markdown(rule.documentation(config.lang)))
    fields = rule.Options.model_fields
    if fields:
        console.print()
        console.print("[bold]Параметры[/] (rule-options):" if config.lang == "ru" else "[bold]Options[/] (rule-options):")
        for name, f in fields.items():
            console.print(f"  {name.replace('_', '-')} = {f.default!r}  {f.description or ''}")
    return EXIT_OK


def cmd_profiles(registry: Registry, config: Config) -> int:
    lang = config.lang
    table = Table(title="Профили отчётов" if lang == "ru" else "Report profiles")
    for col in ("Имя", "Вид", "Название", "Разделов", "Источник") if lang == "ru" else (
        "Name", "Kind", "Title", "Sections", "Source"
    ):
        table.add_column(col, overflow="fold")
    for prof in registry.concrete_profiles():
        title = prof.title_en if lang == "en" and prof.title_en else prof.title
        table.add_row(prof.name, prof.kind, title, str(len(prof.sections)), prof.path or "")
    Console(soft_wrap=False).print(table)
    return EXIT_OK
