"""Reader of OpenDocument text (.odt) — and spreadsheets (.ods), for files LibreOffice converted.

The XML is read directly with the same hardened lxml parser as .docx (no odfpy: it adds a
dependency and parses with the standard library's less guarded parser).

What it reads:
- paragraphs and headings in reading order (``text:h`` with its outline level is a heading;
  a paragraph whose style has a default outline level too); short fully bold paragraphs are
  headings as in .docx, bold or all-caps short ones get ``emphasis``;
- list numbers rebuilt from the list styles (``num-format``, prefix/suffix, ``display-levels``,
  LibreOffice's ``loext:num-list-format``), with ``continue-numbering``/``continue-list`` and
  ``start-value``; heading numbers from the outline style; bullets become list items;
- tables with column and row spans (covered cells under a row span become ``merged`` copies of
  the origin), nested tables into ``Cell.nested``, header rows and row groups;
- tracked changes accepted (the ``text:tracked-changes`` store of deleted text is skipped);
- page numbers from LibreOffice's ``text:soft-page-break`` marks when the file has them;
- spreadsheet bodies: one table per sheet, repeated empty rows/columns trimmed.

Not read: headers, footers, notes, annotations, frames' captions; numbering of lists whose style
lives only in a parent document (master documents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from lxml import etree

from repcheck import limits
from repcheck.hookspecs import hookimpl
from repcheck.models.document import Block, BlockKind, Cell, Document, Location, Row, Table
from repcheck.reader import Reader, ReaderError
from repcheck.plugins.readers._package import (
    ZIP_MAGIC,
    SafeZip,
    parse_xml,
    zip_names,
)
from repcheck.plugins.readers._text import (
    SHORT_EMPHASIS_CHARS,
    SHORT_HEADING_CHARS,
    clean_text,
    format_number,
    is_labelled_value,
    label_depth,
    split_label,
    table_lines,
    to_letters,
    typed_in_capitals,
)

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
LOEXT = "{urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0}"

ODF_MIME = b"application/vnd.oasis.opendocument."
MAX_REPEAT = 1000  # a spreadsheet repeats empty rows a million times: expand only real data

_RU_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"


# ---------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------


@dataclass
class _Style:
    parent: str | None = None
    bold: bool | None = None
    caps: bool | None = None
    outline: int | None = None
    list_style: str | None = None


@dataclass
class _ListLevel:
    bullet: bool = False
    fmt: str = "1"
    prefix: str = ""
    suffix: str = ""
    display: int = 1
    start: int = 1
    pattern: str | None = None  # loext:num-list-format, e.g. "%1%.%2%."


class OdfStyles:
    def __init__(self, roots: list[etree._Element]) -> None:
        self.styles: dict[str, _Style] = {}
        self.lists: dict[str, dict[int, _ListLevel]] = {}
        self.outline: dict[int, _ListLevel] = {}
        for root in roots:
            for st in root.iter(STYLE + "style"):
                name = st.get(STYLE + "name")
                if name:
                    self.styles[name] = _read_style(st)
            for ls in root.iter(TEXT + "list-style"):
                name = ls.get(STYLE + "name")
                if name:
                    self.lists[name] = _read_levels(ls)
            for os_ in root.iter(TEXT + "outline-style"):
                self.outline = _read_levels(os_)

    def resolve(self, name: str | None) -> _Style:
        out = _Style()
        seen: set[str] = set()
        while name and name not in seen and name in self.styles:
            seen.add(name)
            st = self.styles[name]
            out.bold = st.bold if out.bold is None else out.bold
            out.caps = st.caps if out.caps is None else out.caps
            out.outline = st.outline if out.outline is None else out.outline
            out.list_style = st.list_style if out.list_style is None else out.list_style
            name = st.parent
        return out


def _read_style(st: etree._Element) -> _Style:
    tp = st.find(STYLE + "text-properties")
    bold = caps = None
    if tp is not None:
        weight = tp.get(FO + "font-weight")
        if weight is not None:
            bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
        variant = tp.get(FO + "text-transform")
        if variant is not None:
            caps = variant == "uppercase"
    outline = st.get(STYLE + "default-outline-level")
    return _Style(
        parent=st.get(STYLE + "parent-style-name"),
        bold=bold,
        caps=caps,
        outline=int(outline) if outline and outline.isdigit() else None,
        list_style=st.get(STYLE + "list-style-name"),
    )


def _read_levels(ls: etree._Element) -> dict[int, _ListLevel]:
    levels: dict[int, _ListLevel] = {}
    for el in ls:
        level = el.get(TEXT + "level")
        if not level or not level.isdigit():
            continue
        tag = etree.QName(el).localname
        if tag == "list-level-style-bullet":
            levels[int(level)] = _ListLevel(bullet=True)
        elif tag in ("list-level-style-number", "outline-level-style"):
            display = el.get(TEXT + "display-levels", "1")
            start = el.get(TEXT + "start-value", "1")
            levels[int(level)] = _ListLevel(
                fmt=el.get(STYLE + "num-format", ""),
                prefix=el.get(STYLE + "num-prefix", ""),
                suffix=el.get(STYLE + "num-suffix", ""),
                display=int(display) if display.isdigit() else 1,
                start=int(start) if start.isdigit() else 1,
                pattern=el.get(LOEXT + "num-list-format"),
            )
    return levels


def odf_number(n: int, fmt: str) -> str:
    if not fmt:
        return ""
    if fmt == "1":
        return str(n)
    if fmt in ("a", "A"):
        s = format_number(n, "lowerLetter")
        return s if fmt == "a" else s.upper()
    if fmt in ("i", "I"):
        s = format_number(n, "upperRoman")
        return s if fmt == "I" else s.lower()
    if fmt[0] in "аА":  # LibreOffice's Russian formats, e.g. "а, б, .., аа, аб, ... (ru)"
        s = to_letters(n, _RU_LETTERS) if n <= len(_RU_LETTERS) else _bijective(n)
        return s if fmt[0] == "а" else s.upper()
    return str(n)


def _bijective(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, len(_RU_LETTERS))
        out = _RU_LETTERS[r] + out
    return out


# ---------------------------------------------------------------------------------------------
# Numbering state
# ---------------------------------------------------------------------------------------------


@dataclass
class _Chain:
    """The counters of one logical list (a list and the lists that continue it)."""

    style: str | None
    counters: list[int | None] = field(default_factory=lambda: [None] * 10)


class OdfNumbering:
    def __init__(self, styles: OdfStyles) -> None:
        self.styles = styles
        self.by_id: dict[str, _Chain] = {}
        self.last_by_style: dict[str | None, _Chain] = {}
        self.outline = _Chain(style=None)

    def chain_for(self, lst: etree._Element, style: str | None) -> _Chain:
        cont_id = lst.get(TEXT + "continue-list")
        if cont_id and cont_id in self.by_id:
            chain = self.by_id[cont_id]
        elif lst.get(TEXT + "continue-numbering") == "true" and style in self.last_by_style:
            chain = self.last_by_style[style]
        else:
            chain = _Chain(style=style)
        xml_id = lst.get("{http://www.w3.org/XML/1998/namespace}id")
        if xml_id:
            self.by_id[xml_id] = chain
        self.last_by_style[style] = chain
        return chain

    def next_label(
        self, chain: _Chain, levels: dict[int, _ListLevel], level: int, start: int | None
    ) -> tuple[str | None, bool]:
        lvl = levels.get(level, _ListLevel(fmt=""))
        if lvl.bullet:
            return None, True
        c = chain.counters
        if start is not None:
            c[level] = start
        else:
            c[level] = lvl.start if c[level] is None else c[level] + 1
        for k in range(level + 1, len(c)):
            c[k] = None
        return _render(lvl, levels, c, level) or None, False


def _render(lvl: _ListLevel, levels: dict[int, _ListLevel], c: list[int | None], level: int) -> str:
    def value(k: int) -> str:
        other = levels.get(k, _ListLevel())
        n = c[k] if c[k] is not None else other.start
        return odf_number(n, other.fmt or "1")

    if not lvl.fmt:
        return ""
    if lvl.pattern:
        return re.sub(r"%(\d+)%", lambda m: value(int(m.group(1))), lvl.pattern).strip()
    first = max(1, level - lvl.display + 1)
    body = ".".join(value(k) for k in range(first, level + 1))
    return f"{lvl.prefix}{body}{lvl.suffix}".strip()


# ---------------------------------------------------------------------------------------------
# The walker
# ---------------------------------------------------------------------------------------------


@dataclass
class _Para:
    text: str
    label: str | None
    bullet: bool
    list_level: int | None
    heading_level: int | None
    bold: bool
    caps: bool
    page: int | None

    @property
    def cell_text(self) -> str:
        return f"{self.label} {self.text}".strip() if self.label else self.text


@dataclass
class _ListCtx:
    chain: _Chain
    levels: dict[int, _ListLevel]
    level: int
    start: int | None = None
    counted: bool = False  # the item's first paragraph took the number


_SKIP = {
    TEXT + "tracked-changes", TEXT + "note", TEXT + "change", OFFICE + "annotation",
    OFFICE + "annotation-end", TEXT + "sequence-decls", TEXT + "bookmark-start",
}  # fmt: skip


class _Walker:
    def __init__(self, styles: OdfStyles, paged: bool) -> None:
        self.styles = styles
        self.numbering = OdfNumbering(styles)
        self.paged = paged
        self.page = 1
        self.cells = 0  # cells made so far: repeated rows and columns multiply them
        self.max_cells = limits.current().max_cells

    @property
    def cur_page(self) -> int | None:
        return self.page if self.paged else None

    def content(self, el: etree._Element) -> Iterator[_Para | Table]:
        """Paragraphs and tables of a container (body, cell, section) in reading order."""
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue  # an unexpanded entity reference (hostile input): no content
            if tag in (TEXT + "p", TEXT + "h"):
                yield self.paragraph(child, None)
            elif tag == TEXT + "list":
                yield from self.list_(child, None)
            elif tag == TABLE + "table":
                yield self.table(child)
            elif tag == TEXT + "soft-page-break":
                self.page += 1
            elif tag in (TEXT + "section", TEXT + "index-body", TEXT + "list-header"):
                yield from self.content(child)
            elif tag.startswith(TEXT) and tag.endswith("-index") or tag == TEXT + "table-of-content":
                body = child.find(TEXT + "index-body")
                if body is not None:
                    yield from self.content(body)

    def list_(self, lst: etree._Element, parent: _ListCtx | None) -> Iterator[_Para | Table]:
        style = lst.get(TEXT + "style-name")
        if parent is None:
            style_name = style
            chain = None
        else:
            style_name = style or parent.chain.style
            chain = parent.chain
        if chain is None:
            chain = self.numbering.chain_for(lst, style_name)
        levels = self.styles.lists.get(style_name or "", {})
        level = parent.level + 1 if parent is not None else 1
        for item in lst:
            if item.tag == TEXT + "soft-page-break":
                self.page += 1
            elif item.tag in (TEXT + "list-item", TEXT + "list-header"):
                start = item.get(TEXT + "start-value")
                ctx = _ListCtx(
                    chain=chain,
                    levels=levels,
                    level=level,
                    start=int(start) if start and start.isdigit() else None,
                )
                if item.tag == TEXT + "list-header":
                    yield from self.content(item)
                else:
                    yield from self._item(item, ctx)

    def _item(self, item: etree._Element, ctx: _ListCtx) -> Iterator[_Para | Table]:
        first = True
        for child in item:
            if child.tag in (TEXT + "p", TEXT + "h"):
                yield self.paragraph(child, ctx if first else None)
                first = False
            elif child.tag == TEXT + "list":
                yield from self.list_(child, ctx)
            elif child.tag == TABLE + "table":
                yield self.table(child)
            elif child.tag == TEXT + "soft-page-break":
                self.page += 1

    # -- paragraphs ---------------------------------------------------------------------------

    def paragraph(self, p: etree._Element, ctx: _ListCtx | None) -> _Para:
        style = self.styles.resolve(p.get(TEXT + "style-name"))
        parts: list[str] = []
        stats = [0, 0, 0]  # bold chars, plain chars, caps chars
        start_page = [None]
        self.collect(p, parts, stats, style.bold or False, style.caps or False, start_page)
        heading = None
        if p.tag == TEXT + "h":
            lvl = p.get(TEXT + "outline-level")
            heading = int(lvl) if lvl and lvl.isdigit() else 1
        elif style.outline:
            heading = style.outline
        label, bullet, list_level = None, False, None
        if ctx is not None:
            label, bullet = self.numbering.next_label(ctx.chain, ctx.levels, ctx.level, ctx.start)
            list_level = ctx.level
        elif heading is not None and self.styles.outline.get(heading, _ListLevel(fmt="")).fmt:
            label, _ = self.numbering.next_label(
                self.numbering.outline, self.styles.outline, heading, None
            )
        text = clean_text("".join(parts))
        letters = stats[0] + stats[1]
        return _Para(
            text=text,
            label=label,
            bullet=bullet,
            list_level=list_level,
            heading_level=heading,
            bold=letters > 0 and stats[1] == 0,
            caps=(letters > 0 and stats[2] == letters) or typed_in_capitals(text),
            page=start_page[0] if start_page[0] is not None else self.cur_page,
        )

    def collect(
        self,
        el: etree._Element,
        parts: list[str],
        stats: list[int],
        bold: bool,
        caps: bool,
        start_page: list[int | None],
    ) -> None:
        self._text(el.text, parts, stats, bold, caps, start_page)
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP or tag.startswith(DRAW):
                pass  # an unexpanded entity reference has no content; its tail is kept below
            elif tag == TEXT + "s":
                parts.append(" " * min(_int_attr(child, TEXT + "c"), MAX_REPEAT))
            elif tag == TEXT + "tab":
                parts.append(" ")
            elif tag == TEXT + "line-break":
                parts.append("\n")
            elif tag == TEXT + "soft-page-break":
                self.page += 1
            else:
                b, c = bold, caps
                if tag == TEXT + "span":
                    st = self.styles.resolve(child.get(TEXT + "style-name"))
                    b = st.bold if st.bold is not None else bold
                    c = st.caps if st.caps is not None else caps
                self.collect(child, parts, stats, b, c, start_page)
            self._text(child.tail, parts, stats, bold, caps, start_page)

    def _text(
        self,
        s: str | None,
        parts: list[str],
        stats: list[int],
        bold: bool,
        caps: bool,
        start_page: list[int | None],
    ) -> None:
        if not s:
            return
        n = sum(1 for ch in s if not ch.isspace())
        if n:
            if start_page[0] is None:
                start_page[0] = self.cur_page
            stats[0 if bold else 1] += n
            if caps:
                stats[2] += n
        parts.append(s)

    # -- tables -------------------------------------------------------------------------------

    def table(self, tbl: etree._Element) -> Table:
        rows: list[Row] = []
        spans: dict[int, tuple[Cell, int]] = {}  # column → (origin, rows still covered)
        for tr in self._rows(tbl):
            cells = self._row(tr, spans)
            spans = {c: (o, n - 1) for c, (o, n) in spans.items() if n > 1}
            for cell in cells:
                if cell.row_span > 1 and not cell.merged:
                    spans[cell.column] = (cell, cell.row_span - 1)
            rows.append(Row(cells=cells, page=cells[0].page if cells else self.cur_page))
        while rows and all(c.is_blank for c in rows[-1].cells):
            rows.pop()  # trailing empty rows (spreadsheets)
        return Table(rows=rows)

    def _rows(self, el: etree._Element) -> Iterator[etree._Element]:
        for child in el:
            tag = child.tag
            if tag == TABLE + "table-row":
                repeat = _int_attr(child, TABLE + "number-rows-repeated")
                if repeat > 1 and not "".join(child.itertext()).strip():
                    repeat = 1  # runs of empty rows: one is enough
                for _ in range(min(repeat, MAX_REPEAT)):
                    yield child
            elif tag in (
                TABLE + "table-header-rows", TABLE + "table-rows", TABLE + "table-row-group",
            ):  # fmt: skip
                yield from self._rows(child)
            elif tag == TEXT + "soft-page-break":
                self.page += 1

    def _row(self, tr: etree._Element, spans: dict[int, tuple[Cell, int]]) -> list[Cell]:
        cells: list[Cell] = []
        col = 0
        for tc in tr:
            if tc.tag not in (TABLE + "table-cell", TABLE + "covered-table-cell"):
                continue
            repeat = _int_attr(tc, TABLE + "number-columns-repeated")
            empty = not "".join(tc.itertext()).strip()
            if repeat > 1 and empty:
                repeat = 1 if tc.getnext() is not None else 0  # trailing empty columns: drop
            for _ in range(min(repeat, MAX_REPEAT)):
                if tc.tag == TABLE + "covered-table-cell":
                    span = spans.get(col)
                    if span is not None:
                        origin = span[0]
                        cells.append(
                            Cell(
                                text=origin.text,
                                column=origin.column,
                                col_span=origin.col_span,
                                merged=True,
                                page=self.cur_page,
                            )
                        )
                    col += 1
                    continue
                cell = self._cell(tc, col)
                cells.append(cell)
                col += 1  # the columns a span covers follow as covered-table-cell elements
        self.cells += len(cells)
        if self.cells > self.max_cells:  # stop before the models of a huge sheet are all built
            limits.check_counts(cells=self.cells)
        return _dedupe(cells)

    def _cell(self, tc: etree._Element, col: int) -> Cell:
        page = self.cur_page
        lines: list[str] = []
        nested: list[Table] = []
        first_page: int | None = None
        for item in self.content(tc):
            if isinstance(item, Table):
                nested.append(item)
                lines.extend(table_lines(item))
            else:
                if item.cell_text and first_page is None:
                    first_page = item.page
                lines.append(item.cell_text)
        return Cell(
            text="\n".join(line for line in lines if line),
            column=col,
            col_span=min(max(_int_attr(tc, TABLE + "number-columns-spanned"), 1), MAX_REPEAT),
            row_span=min(max(_int_attr(tc, TABLE + "number-rows-spanned"), 1), MAX_REPEAT),
            nested=nested,
            page=first_page if first_page is not None else page,
        )


def _dedupe(cells: list[Cell]) -> list[Cell]:
    """One cell per grid column: a malformed file may cover a column twice."""
    out: list[Cell] = []
    covered: set[int] = set()
    for cell in cells:
        if cell.column in covered:
            continue
        out.append(cell)
        covered.update(range(cell.column, cell.column + cell.col_span))
    return out


def _int_attr(el: etree._Element, name: str) -> int:
    value = el.get(name)
    try:
        return int(value) if value and value.isascii() and value.isdigit() else 1
    except ValueError:
        return 1


# ---------------------------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------------------------


def para_block(para: _Para) -> Block | None:
    text, label, bullet = para.text, para.label, para.bullet
    if not text:
        return None
    typed = False
    if label is None and not bullet:
        typed_label, rest, typed_bullet = split_label(text)
        if typed_label is not None or typed_bullet:
            label, text, bullet, typed = typed_label, rest, typed_bullet, True
    short = len(text) <= SHORT_HEADING_CHARS and "\n" not in text
    level: int | None
    if para.heading_level is not None:
        kind, level = BlockKind.HEADING, para.heading_level
    elif para.bold and short and not bullet and not is_labelled_value(text):
        kind = BlockKind.HEADING
        level = label_depth(label) if label else None
    elif label is not None or bullet:
        kind = BlockKind.LIST_ITEM
        level = para.list_level if para.list_level and not typed else (
            label_depth(label) if label else 1
        )
    else:
        kind, level = BlockKind.PARAGRAPH, None
    return Block(
        kind=kind,
        text=text,
        number=label,
        level=level,
        emphasis=(para.bold or para.caps) and len(text) <= SHORT_EMPHASIS_CHARS,
        location=Location(page=para.page),
    )


def read_odf_bytes(path: Path, data: bytes) -> Document:
    if not data.startswith(ZIP_MAGIC):
        raise ReaderError("Это не файл OpenDocument", "Not an OpenDocument file")
    pkg = SafeZip(data)
    content = pkg.read("content.xml")
    if content is None:
        raise ReaderError(
            "Повреждённый файл OpenDocument: нет content.xml",
            "Damaged OpenDocument file: no content.xml",
        )
    root = parse_xml(content, "content.xml")
    styles_xml = pkg.read("styles.xml")
    style_roots = [parse_xml(styles_xml, "styles.xml")] if styles_xml else []
    styles = OdfStyles([*style_roots, root])  # automatic styles in content.xml win
    body = root.find(OFFICE + "body")
    if body is None:
        raise ReaderError("В документе нет текста", "The document has no body")
    paged = next(body.iter(TEXT + "soft-page-break"), None) is not None
    walker = _Walker(styles, paged)
    blocks: list[Block] = []
    fmt = "odt"
    for part in body:
        if part.tag == OFFICE + "spreadsheet":
            fmt = "ods"
        for item in walker.content(part):
            if isinstance(item, Table):
                if item.rows:
                    blocks.append(
                        Block(
                            kind=BlockKind.TABLE,
                            table=item,
                            location=Location(page=item.rows[0].page),
                        )
                    )
            else:
                block = para_block(item)
                if block is not None:
                    blocks.append(block)
    doc = Document(
        path=str(path),
        format=fmt,
        blocks=blocks,
        page_count=walker.page if paged else None,
    )
    return doc.reindex()


class OdtReader(Reader):
    name = "odt"
    extensions = (".odt", ".ott", ".ods")
    priority = 10

    def sniff(self, head: bytes, path: Path) -> bool:
        if not head.startswith(ZIP_MAGIC):
            return False
        if ODF_MIME in head[:200]:  # the stored "mimetype" entry comes first in ODF packages
            return True
        names = zip_names(head, path)
        return "content.xml" in names and "mimetype" in names

    def read(self, path: Path, data: bytes) -> Document:
        return read_odf_bytes(path, data)


@hookimpl
def repcheck_readers() -> list[Reader]:
    return [OdtReader()]
