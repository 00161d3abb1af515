"""What the command line's commands share: exit codes, the output stream, list options."""

from __future__ import annotations

import io
import os
import sys
from enum import IntEnum
from pathlib import Path
from typing import IO


class ExitCode(IntEnum):
    """The documented exit codes (README, «Exit codes»)."""

    OK = 0  # every input read, nothing at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on, or some inputs could not be read
    USAGE = 2  # a usage or configuration error, or no readable input at all
    INTERRUPTED = 130  # Ctrl+C (128 + SIGINT)
    TERMINATED = 143  # SIGTERM (128 + SIGTERM)


EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = ExitCode.OK, ExitCode.FINDINGS, ExitCode.USAGE
EXIT_INTERRUPTED, EXIT_TERMINATED = ExitCode.INTERRUPTED, ExitCode.TERMINATED
DEFAULT_BASELINE = "repcheck-baseline.json"


def split_values(values: list[str] | None) -> list[str] | None:
    """`--select A,B --select C` → ["A", "B", "C"]."""
    if values is None:
        return None
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


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
