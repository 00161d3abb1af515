"""Limits on one input file: size on disk, unpacked and decoded size, blocks, cells and
characters, time and memory.

The engine applies the run's `Limits` (the `[limits]` table of the configuration) while it reads
and checks a file (`enforce`); readers ask for the values in force with `current()`, so the reader
interface stays `read(path, data)`. Every limit exceeded raises a `ReaderError` whose message names
the key and says how to raise it (`limit_error`).

Time: `deadline` arms a real-time interval timer (SIGALRM) in the process that checks the file —
the main process with ``--jobs 1``, each worker of the pool otherwise — and its handler raises
`FileTimeout`, a BaseException, so that no ``except Exception`` in a reader or a rule swallows it.
Python code (pdfminer, the structurer, rules, regular expressions) is interrupted where it stands.
Native code that never returns to the interpreter cannot be interrupted by a signal; in a pool
worker faulthandler's watchdog (a C thread that needs no GIL) then ends the worker process once the
grace time is over, and the engine reports the file as crashed while the batch goes on. The native parts repcheck uses (lxml, zlib)
run in time bounded by the size limits, which is why those are checked first. In a thread other
than the main one (a Dask worker runs tasks in threads) no signal can be used: a watchdog thread
raises `FileTimeout` in the checking thread instead (repcheck.watchdog), with the same reach.

Memory: the readers count blocks, cells and characters while they read (`DocumentCounter`, the
.docx pre-pass over its XML) and stop at the first limit, so a document over a limit is refused
before the rest of it takes memory; PDF streams are decoded against limits.max-decoded-mb before a
backend decodes them (repcheck.plugins.readers.pdf_guard). Behind these, `memory_limit` watches
the process's resident memory while the file is checked and raises `FileMemoryLimit` when it grows
past limits.max-memory-mb (what Python objects built from a legal-sized input take).

Inputs are opened read-only, after checking that they are regular files (a named pipe would block
the open, a device would never end) and no larger than the limit; at most limit + 1 bytes are read
even if the file grows meanwhile.
"""

from __future__ import annotations

import errno
import faulthandler
import math
import os
import signal
import stat
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

from repcheck.config import Limits
from repcheck.reader import ReaderError

if TYPE_CHECKING:
    from repcheck.models.document import Block, Document, Table

MB = 1024 * 1024
# Nesting of tables inside table cells deeper than this is not a report (Word's own limit for
# useful layouts is far lower); the readers and the model code recurse over it.
MAX_TABLE_DEPTH = 32

_ACTIVE: ContextVar[Limits | None] = ContextVar("repcheck_limits", default=None)
_DEFAULT = Limits()


def current() -> Limits:
    """The limits in force: those of the file being checked, else the defaults."""
    return _ACTIVE.get() or _DEFAULT


@contextmanager
def applied(limits: Limits) -> Iterator[Limits]:
    token = _ACTIVE.set(limits)
    try:
        yield limits
    finally:
        _ACTIVE.reset(token)


# -- messages -----------------------------------------------------------------------------------


def _num(value: float) -> str:
    """A limit's value as written in TOML: whole numbers in full (never «1e+06», which also rounds
    1234567 down), others with the digits they have."""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _suggest(value: float) -> float:
    """A value to suggest: whole from 1 up (rounded up, so that it is never below what is needed)."""
    return float(math.ceil(value)) if value >= 1 else value


def limit_error(key: str, ru: str, en: str, suggested: float | None = None) -> ReaderError:
    """An error for limit `key` (kebab-case, as in `[limits]`): what happened, then how to raise it.

    `ru`/`en` say what was found ("в архиве 2048 МБ после распаковки"); the message adds the key,
    its value in force and the line to put in the configuration.
    """
    value = getattr(current(), key.replace("-", "_"))
    new = _num(_suggest(suggested)) if suggested is not None else _num(_suggest(value * 2)) if value else "0"
    unit_ru, unit_en = _UNITS.get(key, ("", ""))
    return ReaderError(
        f"{ru} — больше предела limits.{key} = {_num(value)}{unit_ru}. Если файл настоящий, поднимите "
        f"предел: {key} = {new} в разделе [limits] файла repcheck.toml ([tool.repcheck.limits] в "
        "pyproject.toml)",
        f"{en} — over the limit limits.{key} = {_num(value)}{unit_en}. If the file is genuine, raise "
        f"it: {key} = {new} in the [limits] table of repcheck.toml ([tool.repcheck.limits] in "
        "pyproject.toml)",
    )


_UNITS = {
    "max-file-mb": (" МБ", " MB"),
    "max-uncompressed-mb": (" МБ", " MB"),
    "max-decoded-mb": (" МБ", " MB"),
    "timeout-seconds": (" с", " s"),
    "max-memory-mb": (" МБ", " MB"),
}


# -- reading the input ----------------------------------------------------------------------------


def read_input(path: Path, limits: Limits | None = None) -> bytes:
    """The bytes of a regular file, opened read-only, within `limits.max_file_mb`."""
    limits = limits or current()
    limit = int(limits.max_file_mb * MB)
    try:
        st = os.stat(path)
    except OSError as exc:
        raise os_error(exc, path) from exc
    _check_regular(st, path, limits)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)  # read-only: repcheck never writes to the documents it checks
    except OSError as exc:
        raise os_error(exc, path) from exc
    try:
        _check_regular(os.fstat(fd), path, limits)  # the file opened is the file checked
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(8 * MB, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise os_error(exc, path) from exc
    finally:
        os.close(fd)
    if size > limit:  # it grew after the size was checked
        raise _size_error(size, limits)
    return b"".join(chunks)


def _check_regular(st: os.stat_result, path: Path, limits: Limits) -> None:
    if not stat.S_ISREG(st.st_mode):
        kind_ru, kind_en = (
            ("папка", "a folder") if stat.S_ISDIR(st.st_mode)
            else ("именованный канал", "a named pipe") if stat.S_ISFIFO(st.st_mode)
            else ("устройство", "a device") if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)
            else ("сокет", "a socket") if stat.S_ISSOCK(st.st_mode)
            else ("не обычный файл", "not a regular file")
        )  # fmt: skip
        raise ReaderError(
            f"это не обычный файл ({kind_ru}): такие пути не читаются",
            f"not a regular file ({kind_en}): such paths are not read",
        )
    if st.st_size > int(limits.max_file_mb * MB):
        raise _size_error(st.st_size, limits)


def _size_error(size: int, limits: Limits) -> ReaderError:
    mb = size / MB
    suggested = max(limits.max_file_mb * 2, float(int(mb) + 1))
    with applied(limits):
        return limit_error("max-file-mb", f"размер файла {mb:.1f} МБ", f"the file is {mb:.1f} MB", suggested)


def os_error(exc: OSError, path: Path) -> ReaderError:
    """A clear message for a file that cannot be opened or read."""
    code = exc.errno
    if code == errno.ENOENT:
        if os.path.islink(path):
            return ReaderError(
                "файл недоступен: символическая ссылка указывает на несуществующий файл",
                "file not accessible: the symbolic link points to a file that does not exist",
            )
        return ReaderError(
            "файл недоступен: его нет (удалён или перемещён до проверки)",
            "file not accessible: it does not exist (deleted or moved before the check)",
        )
    if code in (errno.EACCES, errno.EPERM):
        return ReaderError(
            "файл недоступен: нет прав на чтение (дайте права на чтение или проверьте копию файла)",
            "file not accessible: permission denied (make it readable or check a copy)",
        )
    if code == errno.ELOOP:
        return ReaderError(
            "файл недоступен: символические ссылки образуют цикл",
            "file not accessible: the symbolic links form a loop",
        )
    if code == errno.EISDIR:
        return ReaderError("это папка, а не файл", "this is a folder, not a file")
    reason = exc.strerror or type(exc).__name__
    return ReaderError(f"файл недоступен: {reason}", f"file not accessible: {reason}")


# -- size of the document ---------------------------------------------------------------------------


def check_counts(blocks: int = 0, cells: int = 0, limits: Limits | None = None, *, chars: int = 0,
                 partial: bool = False) -> None:
    """Raise when `blocks`, `cells` or `chars` are over the limits; readers call it as soon as they
    know. `partial`: the counts so far of a reading stopped at the limit (the message says «больше»)."""
    limits = limits or current()
    with applied(limits):
        for key, n, limit in (("max-blocks", blocks, limits.max_blocks), ("max-cells", cells, limits.max_cells),
                              ("max-chars", chars, limits.max_chars)):
            if n > limit:
                ru, en = _COUNTED[key]
                shown_ru = f"больше {limit}" if partial else str(n)
                shown_en = f"more than {limit}" if partial else str(n)
                tail_ru, tail_en = (" (чтение остановлено на пределе)", " (reading stopped at the limit)") if partial else ("", "")
                raise limit_error(key, ru.format(shown_ru) + tail_ru, en.format(shown_en) + tail_en,
                                  None if partial else max(limit * 2, n + 1))


_COUNTED = {
    "max-blocks": ("в документе {} абзацев и таблиц", "the document has {} blocks"),
    "max-cells": ("в таблицах документа {} ячеек", "the tables hold {} cells"),
    "max-chars": ("в документе {} символов текста", "the document has {} characters of text"),
}


class DocumentCounter:
    """Blocks, cells and characters of a document counted while a reader builds it: the reading
    stops at the first limit passed, before the rest of the input takes memory."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or current()
        self.blocks = self.cells = self.chars = 0

    def add(self, blocks: Iterable[Block]) -> None:
        for block in blocks:
            self.blocks += 1
            if block.table is not None:
                self.cells += count_cells(block.table)
                self.chars += _table_chars(block.table)
            else:
                self.chars += len(block.text)
        lim = self.limits
        if self.blocks > lim.max_blocks or self.cells > lim.max_cells or self.chars > lim.max_chars:
            check_counts(self.blocks, self.cells, lim, chars=self.chars, partial=True)


def _table_chars(table: Table) -> int:
    return sum(len(c.text) + sum(_table_chars(t) for t in c.nested) for row in table.rows for c in row.cells)


def table_depth_error(depth: int) -> ReaderError:
    return ReaderError(
        f"таблицы вложены друг в друга глубже {MAX_TABLE_DEPTH} уровней ({depth}): это не отчёт, "
        "а искажённый или враждебный файл; упростите таблицы",
        f"tables are nested deeper than {MAX_TABLE_DEPTH} levels ({depth}): not a report but a "
        "damaged or hostile file; simplify the tables",
    )


def count_cells(table: Table, depth: int = 1) -> int:
    if depth > MAX_TABLE_DEPTH:
        raise table_depth_error(depth)
    n = 0
    for row in table.rows:
        for cell in row.cells:
            n += 1
            for nested in cell.nested:
                n += count_cells(nested, depth + 1)
    return n


def check_document(doc: Document, limits: Limits | None = None) -> None:
    """Blocks and cells of a document read, against the limits (and the nesting of tables)."""
    cells = sum(count_cells(b.table) for b in doc.blocks if b.table is not None)
    chars = sum(_table_chars(b.table) if b.table is not None else len(b.text) for b in doc.blocks)
    check_counts(len(doc.blocks), cells, limits, chars=chars)


# -- time -----------------------------------------------------------------------------------------


class FileTimeout(BaseException):
    """The per-file time limit ran out; carries the user's message like a ReaderError."""

    def __init__(self, seconds: float) -> None:
        with applied(Limits(timeout_seconds=seconds)):
            err = limit_error(
                "timeout-seconds",
                f"проверка файла остановлена: она шла дольше {_num(seconds)} с",
                f"the check of the file was stopped: it ran longer than {_num(seconds)} s",
            )
        super().__init__(err.ru)
        self.ru, self.en = err.ru, err.en


class FileMemoryLimit(BaseException):
    """The file's check took more memory than limits.max-memory-mb (raised by the watchdog)."""

    limit_mb: float = 0.0

    def __init__(self) -> None:
        with applied(Limits(max_memory_mb=self.limit_mb)):
            err = limit_error(
                "max-memory-mb",
                f"проверка файла остановлена: ей понадобилось больше {_num(self.limit_mb)} МБ памяти",
                f"the check of the file was stopped: it needed more than {_num(self.limit_mb)} MB of memory",
            )
        super().__init__(err.ru)
        self.ru, self.en = err.ru, err.en


def _memory_exc(mb: float) -> type[FileMemoryLimit]:
    return type("FileMemoryLimit", (FileMemoryLimit,), {"limit_mb": mb})


def _timeout_exc(seconds: float) -> type[FileTimeout]:
    def init(self: FileTimeout) -> None:
        FileTimeout.__init__(self, seconds)

    return type("FileTimeout", (FileTimeout,), {"__init__": init})


@contextmanager
def memory_limit(mb: float) -> Iterator[None]:
    """Stop the block (FileMemoryLimit) when the process grows by more than `mb` MB (0: off)."""
    from repcheck import watchdog

    if not mb or mb <= 0:
        yield
        return
    with watchdog.watch(memory_bytes=int(mb * MB), on_memory=_memory_exc(mb)):
        yield


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float, *, hard_exit_after: float | None = None) -> Iterator[None]:
    """Raise `FileTimeout` in this thread when the block runs longer than `seconds` (0: no limit).

    In the main thread of a process a signal handler raises it; in another thread (a Dask worker's)
    a watchdog thread does (repcheck.watchdog), with the same reach: Python code, not native code.
    With `hard_exit_after`, a watchdog ends the whole process that many seconds after the limit
    if the block is still running (for pool workers stuck in native code; never in the main
    process, whose other files would be lost). An outer timer set by
    the caller is restored afterwards.
    """
    if not seconds or seconds <= 0:
        yield
        return
    if not _can_alarm():
        from repcheck import watchdog

        with watchdog.watch(seconds=seconds, on_time=_timeout_exc(seconds)):
            yield
        return
    done = False

    def on_alarm(signum: int, frame: object) -> None:
        if not done:
            raise FileTimeout(seconds)

    started = time.monotonic()
    old_handler = signal.signal(signal.SIGALRM, on_alarm)
    old_delay, old_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    if hard_exit_after is not None:
        # faulthandler's timer thread is C code: it fires even while native code holds the GIL.
        faulthandler.dump_traceback_later(seconds + hard_exit_after, exit=True, file=_devnull())
    try:
        yield
    finally:
        done = True
        if hard_exit_after is not None:
            faulthandler.cancel_dump_traceback_later()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        if old_delay > 0:  # give an outer timer back what it had left (it may fire at once)
            signal.setitimer(signal.ITIMER_REAL, max(old_delay - (time.monotonic() - started), 0.001), old_interval)


_DEVNULL: list[object] = []


def _devnull() -> object:
    if not _DEVNULL:
        _DEVNULL.append(open(os.devnull, "w"))  # noqa: SIM115 - kept open for the process's life
    return _DEVNULL[0]


@contextmanager
def enforce(limits: Limits, *, worker: bool = False) -> Iterator[None]:
    """The limits in force for one file, with its time limit; `worker`: a pool worker process."""
    grace = max(1.0, limits.timeout_seconds * 0.25) if worker else None
    with applied(limits), deadline(limits.timeout_seconds, hard_exit_after=grace), memory_limit(limits.max_memory_mb):
        yield
