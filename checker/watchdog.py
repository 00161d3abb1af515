"""A per-file watchdog thread: memory growth, and time where no signal can be used.

`watch(thread, memory_bytes=…, seconds=…, on_memory=…, on_time=…)` samples the process's resident
memory every `INTERVAL` seconds (Linux: /proc/self/statm) while one file is checked; when the
memory grows by more than `memory_bytes` over what the process held when the file started, or the
file runs past `seconds`, the watched thread gets the exception class `on_memory` / `on_time`
raised in it (CPython's PyThreadState_SetAsyncExc), like the SIGALRM time limit raises in the main
thread. Like a signal handler's exception it arrives between two bytecodes of Python code: native
code that never returns to the interpreter is not interrupted, and a single native allocation
(one `zlib.decompress` of 2 GB) is not stopped — which is why the readers bound their inputs and
stream what they count (checker/limits.py); this is the backstop for the memory that Python objects
built from an input take (pdfminer's objects per character, models, rule data).

Memory is the process's: one file at a time per process, as repcheck checks them (the main
process with --jobs 1, each pool worker, each Dask worker thread with threads-per-worker 1). On
systems without /proc the memory watch is off.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

INTERVAL = 0.05  # seconds between samples
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def rss() -> int | None:
    """Resident memory of this process in bytes (Linux), else None."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None


def _async_raise(ident: int, exc_type: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(ident), ctypes.py_object(exc_type) if exc_type is not None else None
    )


@contextmanager
def watch(
    *,
    memory_bytes: int = 0,
    seconds: float = 0,
    on_memory: type[BaseException] | None = None,
    on_time: type[BaseException] | None = None,
) -> Iterator[None]:
    """Watch the calling thread for the block's duration (0 turns a watch off).

    `on_memory` is called as `on_memory()` by the interpreter in the watched thread, so it must be
    a class taking no arguments (the callers make a subclass that knows its numbers)."""
    base = rss() if memory_bytes > 0 else None
    if base is None:
        memory_bytes = 0
    if memory_bytes <= 0 and seconds <= 0:
        yield
        return
    ident = threading.get_ident()
    stop = threading.Event()
    state: dict[str, object] = {"active": True, "fired": None}
    end = time.monotonic() + seconds if seconds > 0 else None

    def sampler() -> None:
        if hasattr(signal, "pthread_sigmask"):  # process signals (SIGALRM, Ctrl+C) stay with the main thread
            signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
        while not stop.wait(INTERVAL):
            exc: type[BaseException] | None = None
            if memory_bytes and on_memory is not None:
                now = rss()
                if now is not None and base is not None and now - base > memory_bytes:
                    exc = on_memory
            if exc is None and end is not None and on_time is not None and time.monotonic() > end:
                exc = on_time
            if exc is not None:
                if state["active"]:
                    state["fired"] = exc
                    _async_raise(ident, exc)
                return

    thread = threading.Thread(target=sampler, name="repcheck-watchdog", daemon=True)
    thread.start()
    try:
        yield
    finally:
        state["active"] = False
        stop.set()
        thread.join()
        if state["fired"] is not None:
            _async_raise(ident, None)  # fired as the block ended: drop it if not yet delivered
