"""The `repcheck` command line.

Exit codes: 0 — nothing at or above --fail-on; 1 — such findings, or some inputs unreadable;
2 — usage or configuration error, or no readable input at all.
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from repcheck.version import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # Ctrl+C, SIGTERM (128 + the signal's number)
DEFAULT_BASELINE = "repcheck-baseline.json"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="repcheck",
        description="Проверка отчётов инновационных площадок (КИП, МИП): структура, полнота, "
        "согласованность чисел, сроки, повторы текста.",
    )
    parser.add_argument("--version", action="version", version=f"repcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="проверить файлы и папки / check files and folders")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.add_argument("--format", "-f",
                       help="rich (по умолчанию), json, html, csv, csv-ranking, xlsx, sarif, junit, github")
    check.add_argument("--output", "-o", type=Path, help="записать отчёт в файл")
    check.add_argument("--baseline", type=Path,
                       help="файл базы (repcheck baseline create): ошибкой считаются только новые замечания")
    check.add_argument("--dup-index", type=Path, metavar="PATH",
                       help="индекс повторов между отчётами (D503): отчёты прошлых проверок сравниваются без "
                       "повторного чтения, отчёты этой проверки добавляются")
    check.add_argument("--executor", choices=["local", "dask"],
                       help="где проверять файлы: local — процессы этой машины (по умолчанию), dask — кластер Dask")
    check.add_argument("--scheduler", metavar="ADDRESS",
                       help="адрес планировщика Dask (tcp://host:8786); без него --executor dask запускает "
                       "локальный кластер из --jobs процессов")
    check.add_argument("--timings", type=Path, metavar="FILE",
                       help="записать время по этапам (чтение, структура, правила, подписи, корпус) в JSON")
    _run_options(check)
    _common(check)

    baseline = sub.add_parser("baseline", help="база известных замечаний / baseline of known findings")
    bsub = baseline.add_subparsers(dest="baseline_command", metavar="ACTION", required=True)
    create = bsub.add_parser("create", help="записать текущие замечания в файл базы")
    create.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    create.add_argument("--output", "-o", type=Path,
                        help=f"файл базы (по умолчанию ключ baseline конфигурации или {DEFAULT_BASELINE})")
    _run_options(create)
    _common(create)

    cache = sub.add_parser("cache", help="кэш результатов / result cache")
    cache.add_argument("action", choices=["dir", "clear"], help="dir — показать папку, clear — очистить")
    cache.add_argument("--config", type=Path, help="файл конфигурации")
    cache.add_argument("--cache-dir", type=Path, help="папка кэша (по умолчанию — кэш пользователя)")
    _common(cache)

    rules = sub.add_parser("rules", help="список правил / list rules")
    _common(rules)
    explain = sub.add_parser("explain", help="документация правила / rule documentation")
    explain.add_argument("rule", help="код или имя правила")
    _common(explain)
    serve = sub.add_parser("serve", help="страница проверки в браузере / a local web page to check reports")
    serve.add_argument("--port", type=_port, default=8765,
                       help="порт на 127.0.0.1 (по умолчанию 8765; если занят — любой свободный)")
    serve.add_argument("--no-browser", action="store_true", help="не открывать браузер")
    serve.add_argument("--profile-path", action="append", default=None, type=Path,
                       help="файл или папка с профилями TOML (можно несколько)")
    serve.add_argument("--config", type=Path, help="файл конфигурации (repcheck.toml или pyproject.toml)")
    serve.add_argument("--no-cache", action="store_true", help="не использовать кэш результатов")
    serve.add_argument("--cache-dir", type=Path, help="папка кэша (по умолчанию — кэш пользователя)")
    _common(serve)
    profiles = sub.add_parser("profiles", help="список профилей / list profiles")
    profiles.add_argument("--profile-path", action="append", default=None, type=Path)
    _common(profiles)
    return parser


def _run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--profile", help="задать профиль вместо автоопределения")
    p.add_argument("--profile-path", action="append", default=None, type=Path,
                   help="файл или папка с профилями TOML (можно несколько)")
    p.add_argument("--select", action="append", default=None,
                   help="только эти правила: коды, префиксы кодов, имена, категории (через запятую)")
    p.add_argument("--ignore", action="append", default=None, help="исключить правила (как --select)")
    p.add_argument("--fail-on", choices=["error", "warning", "info", "never"])
    p.add_argument("--config", type=Path, help="файл конфигурации (repcheck.toml или pyproject.toml)")
    p.add_argument("--jobs", "-j", type=_positive_int, metavar="N",
                   help="число параллельных процессов (по умолчанию — число ядер)")
    p.add_argument("--no-cache", action="store_true", help="не использовать кэш результатов")
    p.add_argument("--cache-dir", type=Path, help="папка кэша (по умолчанию — кэш пользователя)")
    p.add_argument("--no-progress", action="store_true", help="без индикатора выполнения")


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"нужно целое число, а не «{value}»") from None
    if n < 1:
        raise argparse.ArgumentTypeError("нужно число не меньше 1")
    return n


def _port(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"нужен номер порта, а не «{value}»") from None
    if not 0 <= n <= 65535:
        raise argparse.ArgumentTypeError("номер порта — от 0 до 65535 (0 — любой свободный)")
    return n


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=["ru", "en"], help="язык сообщений (ru по умолчанию)")
    p.add_argument("--quiet", "-q", action="store_true", help="только итог и код возврата")
    p.add_argument("--no-color", action="store_true", help="без цвета")


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
        print("repcheck: прервано" if (args.lang or "ru") != "en" else "repcheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("repcheck: остановлено (SIGTERM)" if (args.lang or "ru") != "en" else "repcheck: terminated (SIGTERM)",
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


def open_output(path: Path | None, binary: bool = False) -> tuple[IO, bool]:
    """The output stream and whether it may be coloured (binary formats get a byte stream)."""
    if path is not None:
        if binary:
            return path.open("wb"), False
        return path.open("w", encoding="utf-8", newline="\n"), False
    if binary:
        return sys.stdout.buffer, False
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower() not in ("utf-8", "utf8"):
        stream.reconfigure(encoding="utf-8", errors="replace")
    elif isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":  # a strict UTF-8 locale
        stream.reconfigure(errors="backslashreplace")
    color = stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
    return stream, color


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
