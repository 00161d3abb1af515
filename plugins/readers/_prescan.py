"""A counting pass over a big .docx main part before it is parsed into a tree.

The tree of a 190 MB document.xml takes gigabytes before any limit could look at it. For a main
part that unpacks to more than `PRESCAN_FROM` bytes, this pass streams it out of the zip through
lxml's iterparse (the parser's safe settings: no entities, no DTD, no network), frees every
paragraph, cell and table as soon as it ends, and counts what the limits bound — top-level
paragraphs and tables (max-blocks), table cells (max-cells), characters of text (max-chars) —
and the XML elements (a fixed guard, `MAX_ELEMENTS`: the tree's memory grows with them whatever
they hold; counted in the bytes as lxml reads them). It stops at the first limit passed; a part
over none is then parsed as before. XML errors are left to that parse, which names them. Smaller
parts are not scanned: their tree is small, and the reader counts cells before building models.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any

from lxml import etree

from repcheck import limits
from repcheck.plugins.readers._package import SafeZip
from repcheck.reader import ReaderError

PRESCAN_FROM = 4 * 1024 * 1024  # bytes of the main part unpacked
# A 1,000-page report holds about a million elements; a tree of two million takes some 300 MB
# in libxml2 (measured), so more is refused before the tree is built.
MAX_ELEMENTS = 2_000_000
_W_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)


class _TooManyElements(Exception):
    pass


class _CountingReader(io.RawIOBase):
    """The part's bytes as lxml reads them, counting element start tags on the way."""

    def __init__(self, fh: Any) -> None:
        self.fh = fh
        self.elements = 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:  # type: ignore[override]
        chunk = self.fh.read(n if n and n > 0 else 1 << 16)
        self.elements += chunk.count(b"<") - chunk.count(b"</") - chunk.count(b"<?") - chunk.count(b"<!")
        if self.elements > MAX_ELEMENTS:  # raised through lxml: no more is read or built
            raise _TooManyElements
        return chunk


def prescan_docx(pkg: SafeZip, part: str) -> None:
    """Count a big main part of a .docx within the limits in force; raise at the first one passed."""
    try:
        size = pkg.zf.getinfo(part).file_size
    except KeyError:
        return
    if size <= PRESCAN_FROM:
        return
    lim = limits.current()
    kinds: dict[str, str] = {}
    for ns in _W_NAMESPACES:
        w = "{" + ns + "}"
        kinds.update({w + "p": "p", w + "tbl": "tbl", w + "tc": "tc", w + "t": "t"})
    cells_tags = tuple(tag for tag, kind in kinds.items() if kind == "tc")
    tables_tags = tuple(tag for tag, kind in kinds.items() if kind == "tbl")
    blocks = cells = chars = 0
    try:
        fh = pkg.zf.open(part)
    except Exception:  # noqa: BLE001 - the reader's own read reports a part that does not unpack
        return
    source = _CountingReader(fh)
    try:
        events = etree.iterparse(
            source, events=("end",), tag=tuple(kinds), resolve_entities=False, no_network=True,
            load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True,
        )  # fmt: skip
        for _, el in events:
            kind = kinds[el.tag]
            if kind == "t":
                chars += len(el.text or "")
                if chars > lim.max_chars:
                    limits.check_counts(chars=chars, limits=lim, partial=True)
                continue  # freed with its paragraph
            if kind == "tc":
                cells += 1
            elif next(el.iterancestors(*cells_tags), None) is None:  # not inside a cell
                if kind == "p" or next(el.iterancestors(*tables_tags), None) is None:
                    blocks += 1
            if blocks > lim.max_blocks or cells > lim.max_cells:
                limits.check_counts(blocks, cells, lim, partial=True)
            el.clear(keep_tail=True)  # nothing of a finished paragraph, cell or table is kept
            parent = el.getparent()
            if parent is not None:
                while el.getprevious() is not None:
                    del parent[0]
    except _TooManyElements:
        raise ReaderError(
            f"Файл отклонён: в части {part} больше {MAX_ELEMENTS:,} элементов XML — это не отчёт".replace(",", " "),
            f"File rejected: part {part} holds more than {MAX_ELEMENTS:,} XML elements — not a report",
        ) from None
    except etree.XMLSyntaxError:
        return  # the parse that follows reports it with its message
    except (OSError, EOFError, ValueError, zlib.error, zipfile.BadZipFile):
        return  # a part that does not unpack: the reader's own read says so
    finally:
        fh.close()
