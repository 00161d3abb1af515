"""The reader contract: a file in, a Document out."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from repcheck.models.document import Document
from repcheck.models.finding import Text


class ReaderError(Exception):
    """A file that cannot be read; the message is shown to the user (Russian first).

    `transient`: the verdict depends on the moment, not on the file's bytes (a program that is not
    installed, a conversion that timed out); such a result is never cached."""

    def __init__(self, ru: str, en: str | None = None, *, transient: bool = False) -> None:
        super().__init__(ru)
        self.ru = ru
        self.en = en or ru
        self.transient = transient

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


class Reader:
    """Base class of readers. Subclasses set `name`, `extensions`, and implement `read`."""

    name: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]] = ()
    priority: ClassVar[int] = 0  # higher wins when several readers sniff the same content

    def sniff(self, head: bytes, path: Path) -> bool:
        """True when the first bytes of the file look like this reader's format."""
        return False

    def read(self, path: Path, data: bytes) -> Document:  # pragma: no cover - interface
        raise NotImplementedError

    def missing_tool(self) -> Text | None:
        """Why this reader cannot read its formats on this computer now (a converter it needs
        is not installed), or None when it can. The web page offers only what can be read."""
        return None
