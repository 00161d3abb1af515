"""The built-in readers as the plugin registry lists them, each format's module imported only
when a file of that format is read.

Every check builds the registry, and importing all six reader modules (their regular
expressions, lxml, the PDF layout code) cost ~30 ms of a one-report check that reads a single
format. Here each reader is its name, extensions, priority and first-bytes test; `read` (and a
sniff that needs the module: a zip package is .docx or .odt by its parts) imports the format's
module and hands over to its reader. tests/readers/test_detection.py keeps these in step with
the readers themselves.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import ClassVar

from repcheck.hookspecs import hookimpl
from repcheck.models.document import Document
from repcheck.reader import Reader

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF-"
RTF_MAGIC = b"{\\rtf"
# Starts the text reader refuses whatever follows (its _FOREIGN_MAGIC): no need to import it.
NOT_TEXT = (b"%PDF", ZIP_MAGIC, b"\xd0\xcf\x11\xe0", RTF_MAGIC)


class LazyReader(Reader):
    """A reader whose format module is imported on first use."""

    module: ClassVar[str]
    cls: ClassVar[str]
    _loaded: Reader | None = None

    def real(self) -> Reader:
        if self._loaded is None:
            self._loaded = getattr(importlib.import_module(self.module), self.cls)()
        return self._loaded

    def read(self, path: Path, data: bytes) -> Document:
        return self.real().read(path, data)


class LegacyLazyReader(LazyReader):
    """The .doc/.xls reader asks for LibreOffice: the page offers those formats only when it is
    there, so the question goes to the real reader (a cheap module: it only looks for soffice)."""

    def missing_tool(self):  # type: ignore[no-untyped-def]
        return self.real().missing_tool()


class TextReader(LazyReader):
    name = "text"
    extensions = (".txt", ".md", ".text")
    priority = -10
    module, cls = "repcheck.plugins.readers.text", "TextReader"

    def sniff(self, head: bytes, path: Path) -> bool:
        if not head or head.startswith(NOT_TEXT):
            return False
        return self.real().sniff(head, path)


class DocxReader(LazyReader):
    name = "docx"
    extensions = (".docx", ".docm", ".dotx")
    priority = 10
    module, cls = "repcheck.plugins.readers.docx", "DocxReader"

    def sniff(self, head: bytes, path: Path) -> bool:
        return head.startswith(ZIP_MAGIC) and self.real().sniff(head, path)


class OdtReader(LazyReader):
    name = "odt"
    extensions = (".odt", ".ott", ".ods")
    priority = 10
    module, cls = "repcheck.plugins.readers.odt", "OdtReader"

    def sniff(self, head: bytes, path: Path) -> bool:
        return head.startswith(ZIP_MAGIC) and self.real().sniff(head, path)


class PdfReader(LazyReader):
    name = "pdf"
    extensions = (".pdf",)
    priority = 10
    module, cls = "repcheck.plugins.readers.pdf", "PdfReader"

    def sniff(self, head: bytes, path: Path) -> bool:
        return PDF_MAGIC in head[:1024]


class RtfReader(LazyReader):
    name = "rtf"
    extensions = (".rtf",)
    priority = 10
    module, cls = "repcheck.plugins.readers.rtf", "RtfReader"

    def sniff(self, head: bytes, path: Path) -> bool:
        return head.lstrip()[:5] == RTF_MAGIC


class LegacyReader(LegacyLazyReader):
    name = "legacy"
    extensions = (".doc", ".dot", ".xls", ".wps")
    priority = 5
    module, cls = "repcheck.plugins.readers.legacy", "LegacyReader"

    def sniff(self, head: bytes, path: Path) -> bool:
        return head[:8] == OLE_MAGIC


# In the order the registry listed the six modules' readers (pluggy calls the last registered
# first): among readers of one priority that all claim a file, the first wins.
READERS: tuple[type[LazyReader], ...] = (LegacyReader, RtfReader, OdtReader, PdfReader, DocxReader, TextReader)


@hookimpl
def repcheck_readers() -> list[Reader]:
    return [cls() for cls in READERS]
