"""Reader of old binary Office files (.doc, .xls: OLE compound files, magic D0CF11E0).

Decision: when LibreOffice (``soffice``) is on PATH, the file is converted with it — .doc to
.docx, .xls to .ods — in a private temporary directory (never next to the input, with its own
LibreOffice profile so parallel runs do not share a lock) and read by the .docx / OpenDocument
reader. Without LibreOffice the reader says so plainly: "Старый формат .doc не поддерживается:
сохраните файл как .docx". No pure-Python .doc parser is good enough for tables and numbering.

An OLE file is also what Word writes for a password-protected .docx (streams ``EncryptionInfo``
and ``EncryptedPackage``); that gets its own message, with no conversion attempt.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from repcheck.hookspecs import hookimpl
from repcheck.models.document import Document
from repcheck.models.finding import Text
from repcheck.reader import Reader, ReaderError
from repcheck.plugins.readers.docx import read_docx_bytes
from repcheck.plugins.readers._package import OLE_MAGIC
from repcheck.plugins.readers.odt import read_odf_bytes

CONVERT_TIMEOUT = 120  # seconds; a report converts in 2–5 s, a stuck soffice must not hang us

NO_SOFFICE_RU = "Старый формат .doc не поддерживается: сохраните файл как .docx"
NO_SOFFICE_EN = "The old .doc format is not supported: save the file as .docx"
ENCRYPTED_RU = "Файл защищён паролем: снимите пароль и сохраните файл как .docx"
ENCRYPTED_EN = "The file is password-protected: remove the password and save it as .docx"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def ole_kind(data: bytes) -> str:
    """What an OLE file holds, from its directory entry names (stored as UTF-16LE).

    Returns "encrypted", "doc", "xls", "ppt" or "unknown". A name search instead of a full
    compound-file parse: the names are unambiguous and a false hit would only pick a wrong
    converter, which then fails with a clear error.
    """
    if _utf16("EncryptedPackage") in data or _utf16("EncryptionInfo") in data:
        return "encrypted"
    if _utf16("WordDocument") in data:
        return "doc"
    if _utf16("Workbook") in data or _utf16("Book\x00") in data:
        return "xls"
    if _utf16("PowerPoint Document") in data:
        return "ppt"
    return "unknown"


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, source_ext: str, target: str) -> bytes:
    """Convert with LibreOffice in a temporary directory; the bytes of the result."""
    soffice = find_soffice()
    if soffice is None:
        raise ReaderError(NO_SOFFICE_RU, NO_SOFFICE_EN, transient=True)  # not cached: install it and retry
    with tempfile.TemporaryDirectory(prefix="repcheck-legacy-") as tmp:
        src = Path(tmp, "input" + source_ext)
        src.write_bytes(data)
        out_dir = Path(tmp, "out")
        out_dir.mkdir()
        cmd = [
            soffice,
            f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}",
            "--headless", "--norestore", "--nolockcheck", "--nodefault",
            "--convert-to", target, "--outdir", str(out_dir), str(src),
        ]  # fmt: skip
        _run(cmd)
        produced = list(out_dir.iterdir())
        if not produced:
            raise ReaderError(
                "LibreOffice не смог открыть файл (повреждён или защищён паролем); "
                "сохраните его как .docx",
                "LibreOffice could not open the file (damaged or password-protected); "
                "save it as .docx",
            )
        return produced[0].read_bytes()


def _run(cmd: list[str]) -> None:
    # A session of its own, so that a timeout ends soffice.bin too, not just the wrapper.
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        proc.wait(timeout=CONVERT_TIMEOUT)
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise ReaderError(
            "Преобразование старого формата не завершилось вовремя; сохраните файл как .docx",
            "Converting the old format timed out; save the file as .docx",
            transient=True,
        ) from None
    except BaseException:  # the per-file time limit (FileTimeout), Ctrl+C: never leave soffice running
        _kill(proc)
        raise


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()


def read_legacy_bytes(path: Path, data: bytes) -> Document:
    if data[:8] != OLE_MAGIC:
        raise ReaderError(
            f"Файл назван {path.suffix.lower() or 'без расширения'}, но это не документ Word или таблица Excel "
            "старого формата: сохраните отчёт как .docx или .pdf",
            f"The file is named {path.suffix.lower() or 'without an extension'} but is not an old Word or Excel "
            "file: save the report as .docx or .pdf",
        )
    kind = ole_kind(data)
    if kind == "encrypted":
        raise ReaderError(ENCRYPTED_RU, ENCRYPTED_EN)
    if kind == "ppt":
        raise ReaderError(
            "Презентации PowerPoint не поддерживаются: сохраните отчёт как .docx или .pdf",
            "PowerPoint files are not supported: save the report as .docx or .pdf",
        )
    if kind == "xls":
        doc = read_odf_bytes(path, convert(data, ".xls", "ods"))
    else:
        doc = read_docx_bytes(path, convert(data, ".doc", "docx:MS Word 2007 XML"))
    doc.format = "xls" if kind == "xls" else "doc"
    doc.warnings.append("converted from the old binary format with LibreOffice")
    return doc


class LegacyReader(Reader):
    name = "legacy"
    extensions = (".doc", ".dot", ".xls", ".wps")
    priority = 5

    def sniff(self, head: bytes, path: Path) -> bool:
        return head[:8] == OLE_MAGIC

    def read(self, path: Path, data: bytes) -> Document:
        return read_legacy_bytes(path, data)

    def missing_tool(self) -> Text | None:
        if find_soffice() is not None:
            return None
        return Text(ru="они читаются только через программу LibreOffice, а её на этом компьютере нет",
                    en="they are read through LibreOffice, which is not installed on this computer")


@hookimpl
def repcheck_readers() -> list[Reader]:
    return [LegacyReader()]
