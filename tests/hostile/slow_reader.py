"""A test plugin with readers that never finish, to prove the per-file time limit stops them.

- ``*.hang``: a loop in Python — what a runaway parse in pure Python (pdfminer, a regex, a rule)
  looks like; the SIGALRM deadline interrupts it, with ``--jobs 1`` and in the pool.
- ``*.nativehang``: blocks SIGALRM and sleeps — what native code that never returns to the
  interpreter looks like; only the pool worker's watchdog (faulthandler) can end it, by ending
  the worker process. Never check such a file with ``--jobs 1`` (nothing can stop it there).
- ``*.hog``: takes memory a megabyte at a time, for ever — what building Python objects from a
  legal-sized input looks like (pdfminer's objects per character); limits.max-memory-mb stops it.
  Check it only under an address-space cap (RLIMIT_AS).
- ``*.oom``: raises MemoryError — a machine out of memory, not a damaged file.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path

from repcheck.hookspecs import hookimpl
from repcheck.models.document import Document
from repcheck.reader import Reader


class EndlessReader(Reader):
    name = "endless"
    extensions = (".hang",)

    def read(self, path: Path, data: bytes) -> Document:
        n = 0
        while True:  # a parse that never ends
            n += 1


class NativeHangReader(Reader):
    name = "native-hang"
    extensions = (".nativehang",)

    def read(self, path: Path, data: bytes) -> Document:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # as if stuck inside C code
        time.sleep(3600)
        raise AssertionError("unreachable")


class MemoryHogReader(Reader):
    name = "memory-hog"
    extensions = (".hog",)

    def read(self, path: Path, data: bytes) -> Document:
        hoard = []
        while True:
            hoard.append(b"x" * (1 << 20))  # a megabyte, its pages touched


class OutOfMemoryReader(Reader):
    name = "out-of-memory"
    extensions = (".oom",)

    def read(self, path: Path, data: bytes) -> Document:
        raise MemoryError


@hookimpl
def repcheck_readers() -> list[Reader]:
    return [EndlessReader(), NativeHangReader(), MemoryHogReader(), OutOfMemoryReader()]
