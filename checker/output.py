"""The file given with --output: checked before the run, written atomically after it.

* Before the run `OutputFile.prepare` creates the temporary file the report is written to, in the
  output's own folder (so that the final rename stays on one file system): a folder that does not
  exist or cannot be written is an error before any file is checked, not after an hour of work.
* `refuse_inputs` refuses an output that is one of the files to check (`repcheck check -o r.docx
  r.docx`, or a folder holding the output file): the report would overwrite an input.
* `commit` renames the complete temporary file over the output (`os.replace`), so the output is
  either the old file or the whole new report, never a half-written one; `discard` removes the
  temporary file when the run fails or is interrupted.

An output that exists and is not a regular file (a terminal, a pipe, /dev/stdout) is written
directly: it cannot be replaced and is not an input.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from repcheck.safetext import display_path


class OutputError(Exception):
    """The output cannot be used; the message is Russian, `en` English."""

    def __init__(self, ru: str, en: str) -> None:
        super().__init__(ru)
        self.ru, self.en = ru, en


_REASONS = {
    errno.EACCES: ("нет прав на запись", "permission denied"),
    errno.EPERM: ("нет прав на запись", "permission denied"),
    errno.EROFS: ("файловая система только для чтения", "read-only file system"),
    errno.ENOTDIR: ("часть пути — файл, а не папка", "a part of the path is a file, not a folder"),
    errno.ENOSPC: ("нет места на диске", "no space left on the device"),
    errno.ENAMETOOLONG: ("слишком длинное имя", "the name is too long"),
}


def _reason(exc: OSError, lang: str = "ru") -> str:
    known = _REASONS.get(exc.errno or 0)
    if known:
        return known[lang == "en"]
    return exc.strerror or type(exc).__name__


class OutputFile:
    def __init__(self, path: Path, *, binary: bool = False) -> None:
        self.path = path
        self.binary = binary
        self.target = path
        self.tmp: Path | None = None
        self._fd: int | None = None
        self._stream: IO | None = None
        self.direct = False  # a terminal, pipe or device: written in place

    # -- before the run -----------------------------------------------------------------------
    def prepare(self) -> None:
        """Make sure the report can be written: create the temporary file now."""
        shown = display_path(self.path)
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise OutputError(f"--output: нельзя записать «{shown}»: {_reason(exc)}",
                              f"--output: cannot write “{shown}”: {_reason(exc, 'en')}") from exc
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise OutputError(f"--output: «{shown}» — папка; укажите имя файла отчёта",
                              f"--output: “{shown}” is a folder; give the report's file name")
        if st is not None and not stat.S_ISREG(st.st_mode):
            self.direct = True
            if not os.access(self.path, os.W_OK):
                raise OutputError(f"--output: нет прав на запись в «{shown}»",
                                  f"--output: no permission to write to “{shown}”")
            return
        if st is not None and not os.access(self.path, os.W_OK):  # as `open("w")` would, keep a read-only file
            raise OutputError(f"--output: нет прав на запись в «{shown}»",
                              f"--output: no permission to write to “{shown}”")
        # Through a symbolic link: the file it names is replaced, the link stays.
        self.target = Path(os.path.realpath(self.path))
        folder = self.target.parent
        try:
            fd, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=folder)
        except FileNotFoundError as exc:
            raise OutputError(f"--output: папки «{display_path(folder)}» нет — создайте её или укажите другую",
                              f"--output: the folder “{display_path(folder)}” does not exist") from exc
        except OSError as exc:
            raise OutputError(
                f"--output: в папку «{display_path(folder)}» нельзя записать отчёт: {_reason(exc)}",
                f"--output: the report cannot be written to the folder “{display_path(folder)}”: {_reason(exc, 'en')}",
            ) from exc
        self._fd, self.tmp = fd, Path(name)

    def refuse_inputs(self, files: Iterable[Path]) -> None:
        """Refuse an output that is one of the files to be checked."""
        try:
            out = os.stat(self.target)
        except OSError:
            return  # does not exist yet: it is no input
        if not stat.S_ISREG(out.st_mode):
            return
        for f in files:
            try:
                st = os.stat(f)
            except OSError:
                continue
            if (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
                shown = display_path(self.path)
                raise OutputError(
                    f"--output «{shown}» — это один из проверяемых файлов ({display_path(f)}): отчёт записался "
                    "бы поверх него. Укажите для отчёта другой файл",
                    f"--output “{shown}” is one of the files to check ({display_path(f)}): the report would "
                    "overwrite it. Give the report another file",
                )

    # -- after the run ------------------------------------------------------------------------
    def open(self) -> IO:
        """The stream the reporter writes to."""
        if self.direct:
            raw: IO = open(self.target, "wb")  # noqa: SIM115 - closed in commit/discard
        else:
            assert self._fd is not None, "prepare() first"
            raw = os.fdopen(self._fd, "wb")
            self._fd = None
        self._stream = raw if self.binary else io.TextIOWrapper(
            raw, encoding="utf-8", errors="backslashreplace", newline="\n")  # type: ignore[arg-type]
        return self._stream

    def commit(self) -> None:
        """Put the complete report in place."""
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.flush()
            if not self.direct:
                os.fsync(stream.fileno())
            stream.close()
        if self.direct or self.tmp is None:
            return
        try:
            os.chmod(self.tmp, _mode_for(self.target))
            os.replace(self.tmp, self.target)
        except OSError as exc:
            self.discard()
            shown = display_path(self.path)
            raise OutputError(f"--output: не удалось записать «{shown}»: {_reason(exc)}",
                              f"--output: cannot write “{shown}”: {_reason(exc, 'en')}") from exc
        self.tmp = None

    def discard(self) -> None:
        """Remove the temporary file (the output stays as it was)."""
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.close()
            except OSError:
                pass
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self.tmp is not None:
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
            self.tmp = None


def _mode_for(target: Path) -> int:
    """The permissions of the file replaced, or those a new file gets (0666 less the umask)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_text(path: Path, text: str) -> None:
    """Write a whole text file atomically (a temporary file in its folder, then a rename)."""
    out = OutputFile(path)
    out.prepare()
    try:
        out.open().write(text)
        out.commit()
    finally:
        out.discard()
