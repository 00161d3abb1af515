"""The `repcheck` command line.

Every word it prints is Russian by default and English with `--lang en` (or `lang = "en"` in the
configuration), argparse's own words included (repcheck.cli_i18n).

Exit codes: 0 — nothing at or above --fail-on; 1 — such findings, or some inputs could not be
read (a path that does not exist included); 2 — usage or configuration error, or no readable
input at all.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import textwrap
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from repcheck.cli_i18n import argparse_language
from repcheck.version import __version__

from repcheck.console import (  # noqa: F401  (repcheck.cli.EXIT_* stay importable)
    DEFAULT_BASELINE,
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
    ExitCode,
    open_output,
    split_values as _split,
)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors end with where to read more, in the parser's language."""

    lang = "ru"

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        hint = (f"more: {self.prog} --help" if self.lang == "en" else f"подробнее: {self.prog} --help")
        with argparse_language(self.lang):
            text = argparse._("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message}  # type: ignore[attr-defined]
        self.exit(EXIT_USAGE, text + hint + "\n")

    def print_help(self, file: IO[str] | None = None) -> None:
        with argparse_language(self.lang):
            super().print_help(file)

    def print_usage(self, file: IO[str] | None = None) -> None:
        with argparse_language(self.lang):
            super().print_usage(file)

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        with argparse_language(self.lang):
            return super().parse_known_args(args, namespace)


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter that never breaks a line inside an option name («--help-all»)."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return textwrap.fill(" ".join(text.split()), width, initial_indent=indent, subsequent_indent=indent,
                             break_on_hyphens=False)


class _HelpAll(argparse.Action):
    """`--help-all`: the help with the advanced options too."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        for action in parser._actions:
            full = getattr(action, "full_help", None)
            if full is not None:
                action.help = full
        parser.print_help()
        parser.exit()


def build_parser(lang: str = "ru") -> argparse.ArgumentParser:
    """The parser, its help and its errors in `lang` ("ru" or "en")."""
    with argparse_language(lang):
        return _build_parser(lang)


def _build_parser(lang: str) -> argparse.ArgumentParser:
    def T(ru: str, en: str) -> str:  # noqa: N802 - a label, read like the Text(ru=…, en=…) of messages
        return en if lang == "en" else ru

    class Parser(_Parser):
        pass

    Parser.lang = lang
    parser = Parser(
        prog="repcheck",
        description=T("Проверка отчётов инновационных площадок (КИП, МИП): структура, полнота, "
                      "согласованность чисел, сроки, повторы текста.",
                      "Checks the reports of educational innovation sites (КИП, МИП): structure, completeness, "
                      "consistent numbers, dates, repeated text."),
        epilog=T("Справка по команде: repcheck КОМАНДА --help. Язык: --lang ru|en.",
                 "Help on a command: repcheck COMMAND --help. Language: --lang ru|en."),
    )
    parser.add_argument("--version", action="version", version=f"repcheck {__version__}",
                        help=T("показать версию и выйти", "show the version and exit"))
    parser.add_argument("--lang", choices=["ru", "en"], dest="global_lang",
                        help=T("язык сообщений (ru по умолчанию)", "language of the messages (ru by default)"))
    sub = parser.add_subparsers(dest="command", metavar=T("КОМАНДА", "COMMAND"), parser_class=Parser,
                                title=T("команды", "commands"))
    FILE, PATH, DIR = T("ФАЙЛ", "FILE"), T("ПУТЬ", "PATH"), T("ПАПКА", "DIR")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", choices=["ru", "en"], help=T("язык сообщений (ru по умолчанию)",
                                                               "language of the messages (ru by default)"))
        p.add_argument("--quiet", "-q", action="store_true",
                       help=T("только итог и код возврата", "only the totals and the exit code"))
        p.add_argument("--no-color", action="store_true", help=T("без цвета", "no colour"))

    def config_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--config", type=Path, metavar=FILE,
                       help=T("файл конфигурации (repcheck.toml или pyproject.toml)",
                              "configuration file (repcheck.toml or pyproject.toml)"))

    def cache_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--no-cache", action="store_true",
                       help=T("не использовать кэш результатов", "do not use the result cache"))
        p.add_argument("--cache-dir", type=Path, metavar=DIR,
                       help=T("папка кэша (по умолчанию — кэш пользователя)",
                              "cache folder (by default the user's cache)"))

    def profile_path(p: argparse.ArgumentParser) -> None:
        p.add_argument("--profile-path", action="append", default=None, type=Path, metavar=PATH,
                       help=T("файл или папка с профилями TOML (можно несколько)",
                              "a TOML profile file or a folder of them (may repeat)"))

    def run_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--profile", metavar=T("ПРОФИЛЬ", "PROFILE"),
                       help=T("задать профиль вместо автоопределения (список: repcheck profiles)",
                              "force a profile instead of detecting it (list: repcheck profiles)"))
        profile_path(p)
        rules_meta = T("ПРАВИЛА", "RULES")
        p.add_argument("--select", action="append", default=None, metavar=rules_meta,
                       help=T("только эти правила: коды, префиксы кодов, имена, категории (через запятую)",
                              "only these rules: codes, code prefixes, names, categories (comma-separated)"))
        p.add_argument("--ignore", action="append", default=None, metavar=rules_meta,
                       help=T("исключить правила (как --select)", "leave these rules out (as --select)"))
        p.add_argument("--fail-on", choices=["error", "warning", "info", "never"],
                       help=T("с какой важности замечания код возврата 1: error — ошибки (по умолчанию), "
                              "warning — и предупреждения, info — любые, never — никогда",
                              "the lowest severity that makes the exit code 1: error (default), "
                              "warning, info (any finding), never"))
        config_option(p)
        p.add_argument("--jobs", "-j", type=_positive_int(lang), metavar="N",
                       help=T("число параллельных процессов (по умолчанию — число ядер)",
                              "parallel processes (by default the number of cores)"))
        cache_options(p)
        p.add_argument("--no-progress", action="store_true",
                       help=T("без индикатора выполнения", "no progress bar"))

    check = sub.add_parser("check", help=T("проверить файлы и папки", "check files and folders"),
                           description=T("Проверить отчёты: файлы и папки (в папках — все файлы, которые "
                                         "repcheck умеет читать).",
                                         "Check reports: files and folders (in folders, every file repcheck "
                                         "can read)."),
                           epilog=T("Расширенные параметры (кластер Dask, замер времени): "
                                    "repcheck check --help-all.",
                                    "Advanced options (a Dask cluster, timings): repcheck check --help-all."))
    check.add_argument("paths", nargs="+", type=Path, metavar=PATH,
                       help=T("файлы отчётов и папки с ними", "report files and folders of them"))
    check.add_argument("--format", "-f", metavar=T("ФОРМАТ", "FORMAT"),
                       help=T("rich (по умолчанию), json, html, csv, csv-ranking, xlsx, sarif, junit, github",
                              "rich (default), json, html, csv, csv-ranking, xlsx, sarif, junit, github"))
    check.add_argument("--output", "-o", type=Path, metavar=FILE,
                       help=T("записать отчёт в файл", "write the report to a file"))
    check.add_argument("--baseline", type=Path, metavar=FILE,
                       help=T("файл базы (repcheck baseline create): ошибкой считаются только новые замечания",
                              "baseline file (repcheck baseline create): only new findings count"))
    check.add_argument("--dup-index", type=Path, metavar=FILE,
                       help=T("индекс повторов между отчётами (D503): отчёты прошлых проверок сравниваются без "
                              "повторного чтения, отчёты этой проверки добавляются",
                              "index of text shared between reports (D503): reports of earlier runs are compared "
                              "without reading them again; this run's reports are added"))
    run_options(check)
    common(check)
    check.add_argument("--help-all", action=_HelpAll,
                       help=T("справка со всеми параметрами, включая расширенные", "help with every option, advanced too"))
    advanced = check.add_argument_group(T("расширенные параметры", "advanced options"))
    _advanced(advanced, "--executor", choices=["local", "dask"],
              help=T("где проверять файлы: local — процессы этой машины (по умолчанию), dask — кластер Dask",
                     "where files are checked: local — processes of this machine (default), dask — a Dask cluster"))
    _advanced(advanced, "--scheduler", metavar=T("АДРЕС", "ADDRESS"),
              help=T("адрес планировщика Dask (tcp://host:8786); без него --executor dask запускает "
                     "локальный кластер из --jobs процессов",
                     "address of the Dask scheduler (tcp://host:8786); without it --executor dask starts a "
                     "local cluster of --jobs processes"))
    _advanced(advanced, "--timings", type=Path, metavar=FILE,
              help=T("записать время по этапам (чтение, структура, правила, подписи, корпус) в JSON",
                     "write the time per stage (read, structure, rules, signatures, corpus) as JSON"))

    baseline = sub.add_parser("baseline", help=T("база известных замечаний", "baseline of known findings"),
                              description=T("База известных замечаний: с ней ошибкой считаются только новые.",
                                            "A baseline of known findings: with it only new ones count."))
    bsub = baseline.add_subparsers(dest="baseline_command", metavar=T("ДЕЙСТВИЕ", "ACTION"), required=True,
                                   parser_class=Parser, title=T("действия", "actions"))
    create = bsub.add_parser("create", help=T("записать текущие замечания в файл базы",
                                              "write the current findings to a baseline file"))
    create.add_argument("paths", nargs="+", type=Path, metavar=PATH,
                        help=T("файлы отчётов и папки с ними", "report files and folders of them"))
    create.add_argument("--output", "-o", type=Path, metavar=FILE,
                        help=T(f"файл базы (по умолчанию ключ baseline конфигурации или {DEFAULT_BASELINE})",
                               f"baseline file (by default the configuration's baseline key or {DEFAULT_BASELINE})"))
    run_options(create)
    common(create)

    cache = sub.add_parser("cache", help=T("кэш результатов", "result cache"))
    cache.add_argument("action", choices=["dir", "clear"],
                       help=T("dir — показать папку, clear — очистить", "dir — show the folder, clear — empty it"))
    config_option(cache)
    cache.add_argument("--cache-dir", type=Path, metavar=DIR,
                       help=T("папка кэша (по умолчанию — кэш пользователя)",
                              "cache folder (by default the user's cache)"))
    common(cache)

    fmt_help = T("table — таблица (по умолчанию), json — для программ", "table (default), or json for tools")
    rules = sub.add_parser("rules", help=T("список правил", "list the rules"))
    rules.add_argument("--format", "-f", choices=["table", "json"], default="table", dest="listing",
                       help=fmt_help)
    common(rules)
    explain = sub.add_parser("explain", help=T("документация правила", "a rule's documentation"))
    explain.add_argument("rule", metavar=T("ПРАВИЛО", "RULE"), help=T("код или имя правила", "the rule's code or name"))
    explain.add_argument("--format", "-f", choices=["text", "json"], default="text", dest="listing",
                         help=T("text — текст (по умолчанию), json — для программ", "text (default), or json for tools"))
    common(explain)
    serve = sub.add_parser("serve", help=T("страница проверки в браузере", "a local web page to check reports"))
    serve.add_argument("--port", type=_port(lang), default=8765, metavar=T("ПОРТ", "PORT"),
                       help=T("порт на 127.0.0.1 (по умолчанию 8765; если занят — любой свободный)",
                              "port on 127.0.0.1 (default 8765; when busy, any free one)"))
    serve.add_argument("--no-browser", action="store_true",
                       help=T("не открывать браузер", "do not open the browser"))
    profile_path(serve)
    config_option(serve)
    cache_options(serve)
    common(serve)
    profiles = sub.add_parser("profiles", help=T("список профилей (форм отчётов)", "list the profiles (report forms)"))
    profile_path(profiles)
    common(profiles)
    return parser


def _advanced(group: argparse._ArgumentGroup, *names: str, help: str, **kwargs: object) -> None:
    """An option hidden from --help and shown by --help-all."""
    action = group.add_argument(*names, help=argparse.SUPPRESS, **kwargs)  # type: ignore[arg-type]
    action.full_help = help  # type: ignore[attr-defined]


def _positive_int(lang: str):  # type: ignore[no-untyped-def]
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"a whole number is needed, not “{value}”" if lang == "en" else f"нужно целое число, а не «{value}»"
            ) from None
        if n < 1:
            raise argparse.ArgumentTypeError("the number must be 1 or more" if lang == "en"
                                             else "нужно число не меньше 1")
        return n

    return parse


def _port(lang: str):  # type: ignore[no-untyped-def]
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"a port number is needed, not “{value}”" if lang == "en" else f"нужен номер порта, а не «{value}»"
            ) from None
        if not 0 <= n <= 65535:
            raise argparse.ArgumentTypeError("a port is 0 to 65535 (0: any free one)" if lang == "en"
                                             else "номер порта — от 0 до 65535 (0 — любой свободный)")
        return n

    return parse



def requested_lang(argv: list[str], cwd: Path | None = None) -> str:
    """The language of the run before the arguments are parsed (help and argument errors need it):
    `--lang` on the command line, else `lang` of the configuration file that the run would use,
    else Russian."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in ("ru", "en"):
            return argv[i + 1]
        if arg in ("--lang=ru", "--lang=en"):
            return arg.split("=", 1)[1]
    path: Path | None = None
    for i, arg in enumerate(argv):
        if arg == "--config" and i + 1 < len(argv):
            path = Path(argv[i + 1])
        elif arg.startswith("--config="):
            path = Path(arg.split("=", 1)[1])
    return _configured_lang(path, cwd or Path.cwd())


def _configured_lang(path: Path | None, cwd: Path) -> str:
    candidates = [path] if path is not None else [
        folder / name for folder in [cwd, *cwd.parents] for name in ("repcheck.toml", "pyproject.toml")]
    for candidate in candidates:
        try:
            with candidate.open("rb") as fh:
                data = tomllib.load(fh)
        except (OSError, ValueError):  # unreadable, not TOML, not UTF-8: the loader says so later
            continue
        table = data if candidate.name != "pyproject.toml" else data.get("tool", {}).get("repcheck")
        if table is None:
            continue  # a pyproject.toml without [tool.repcheck] is not a configuration
        return "en" if table.get("lang") == "en" else "ru"
    return "ru"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = requested_lang(argv)
    parser = build_parser(lang)
    args = parser.parse_args(argv)
    if getattr(args, "lang", None) is None:
        args.lang = args.global_lang
    args.ui_lang = lang  # the language before the configuration is read (its errors need one too)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    args.raw_argv = list(sys.argv[1:] if argv is None else argv)
    # Heavy imports only after argument parsing: `repcheck --version` stays fast.
    from repcheck.commands import dispatch

    try:
        if args.command in ("check", "baseline"):
            with _terminate_cleanly():
                return dispatch(args)
        return dispatch(args)
    except KeyboardInterrupt:
        print("repcheck: прервано" if (args.lang or lang) != "en" else "repcheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("repcheck: остановлено (SIGTERM)" if (args.lang or lang) != "en" else "repcheck: terminated (SIGTERM)",
              file=sys.stderr)
        return EXIT_TERMINATED
    except BrokenPipeError:  # `repcheck check … | head`: the reader went away, not an error of ours
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        return EXIT_OK


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like Ctrl+C, so that temporary files and folders are removed."""


@contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """SIGTERM raises `Terminated` in the main thread (once: a second one while cleaning up is
    ignored) instead of ending the process where it stands, which would leave the run's temporary
    files (the duplicate store /tmp/repcheck-dups-*, the --output temporary file) behind."""
    if not hasattr(signal, "SIGTERM"):
        yield
        return
    fired = False

    def on_term(signum: int, frame: object) -> None:
        nonlocal fired
        if not fired:
            fired = True
            raise Terminated

    try:
        old = signal.signal(signal.SIGTERM, on_term)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)



def gui_main() -> int:
    """`repcheck-gui`: the page in the browser, without a terminal (a gui script on Windows)."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:  # pythonw: no console at all
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    return main(["serve", *sys.argv[1:]])


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
