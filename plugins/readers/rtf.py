"""Reader of RTF files: an own tokenizer that keeps the table structure.

Why not striprtf: it flattens everything to text, so table rows and cells are lost; the events
tables are what the checker needs most. RTF's table model is simple enough to read directly:
``\\trowd … \\cellx`` defines a row's cells (right edges, merges), paragraphs marked ``\\intbl``
fill them, ``\\cell`` ends a cell and ``\\row`` a row; nested tables use ``\\itapN``,
``\\nestcell`` and ``\\nestrow`` (inside ``{\\*\\nesttableprops}``).

What it reads:
- paragraphs with their list labels as written by Word and LibreOffice in ``{\\listtext …}`` (the
  rendered number, e.g. "2.1." or "а)"; bullets become list items without a number);
- headings from ``\\outlinelevelN`` (inline or in the style sheet) or a "Heading N"/"Заголовок N"
  style; short fully bold paragraphs as in the other readers;
- tables with grid columns from the ``\\cellx`` edges of all rows, horizontal merges
  (``\\clmgf``/``\\clmrg``) as ``col_span``, vertical merges (``\\clvmgf``/``\\clvmrg``) as
  ``row_span`` with ``merged`` copies below, nested tables into ``Cell.nested``;
- text in ``\\uN`` escapes and in the document or font code page (``\\ansicpgN``, ``\\fcharsetN``);
- field results (hyperlink text), not field instructions; tracked deletions (``\\deleted``) and
  hidden text dropped.

Not read: headers, footers, footnotes, text boxes in shapes (``\\shptxt``), pictures; RTF has no
rendered page breaks, so pages are None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from repcheck import limits
from repcheck.hookspecs import hookimpl
from repcheck.models.document import Block, BlockKind, Cell, Document, Location, Row, Table
from repcheck.reader import Reader, ReaderError
from repcheck.plugins.readers._text import (
    SHORT_EMPHASIS_CHARS,
    SHORT_HEADING_CHARS,
    clean_text,
    is_labelled_value,
    label_depth,
    split_label,
    table_lines,
    typed_in_capitals,
)

RTF_MAGIC = b"{\\rtf"
MAX_GROUP_DEPTH = 2000  # deeper nesting is hostile input, not a report

_TOKEN_RE = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with an optional parameter
    rb"|\\'([0-9a-fA-F]{2})"  # hex-escaped byte
    rb"|\\(.)"  # control symbol
    rb"|([{}])"  # group
    rb"|([^\\{}\r\n]+)"  # text
    rb"|[\r\n]+",  # line ends carry no meaning in RTF
    re.S,
)

# Destinations whose content is not body text.
_SKIP_DESTINATIONS = {
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr",
    "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "annotation", "object",
    "objdata", "nonesttables", "nonshppict", "shppict", "fldinst", "xe", "tc", "template",
    "rsidtbl", "listtable", "listoverridetable", "themedata", "colorschememapping",
    "latentstyles", "datastore", "generator", "xmlnstbl", "revtbl", "filetbl", "private",
    "pgdsctbl", "bkmkstart", "bkmkend", "atnid", "atnauthor", "comment", "userprops",
}  # fmt: skip
_CHARSET_CODEPAGE = {
    0: None, 1: None, 2: None, 77: "mac_roman", 128: "cp932", 129: "cp949", 134: "cp936",
    136: "cp950", 161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256",
    186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250",
}  # fmt: skip
_SYMBOLS = {b"~": "\xa0", b"_": "-", b"-": "", b"\\": "\\", b"{": "{", b"}": "}", b"|": ""}
# Control words that still act inside {\listtext}: those that produce the label's characters.
_LABEL_WORDS = {"u", "uc", "tab", "f", "b", "plain", "bullet", "endash", "emdash"}
_HEADING_NAME_RE = re.compile(r"^(?:heading|заголовок)\s*([1-9])$", re.I)


@dataclass
class _State:
    """Formatting carried by an RTF group."""

    skip: bool = False
    uc: int = 1
    bold: bool = False
    caps: bool = False
    hidden: bool = False
    deleted: bool = False
    font: int | None = None
    dest: str | None = None  # "listtext", "stylesheet", "fonttbl", "nest"...


@dataclass
class _CellDef:
    right: int
    hmerge: str | None = None  # "first" / "cont"
    vmerge: str | None = None


@dataclass
class _PCell:
    text: str
    nested: list[Table] = field(default_factory=list)


@dataclass
class _TableBuilder:
    rows: list[tuple[list[_CellDef], list[_PCell]]] = field(default_factory=list)
    defs: list[_CellDef] = field(default_factory=list)
    cells: list[_PCell] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # paragraphs of the open cell
    nested: list[Table] = field(default_factory=list)  # finished inner tables of the open cell
    pending_def: _CellDef | None = None


@dataclass
class _Para:
    parts: list[str] = field(default_factory=list)
    label: list[str] = field(default_factory=list)
    bold: int = 0
    plain: int = 0
    caps: int = 0
    style: int = 0
    outline: int | None = None
    intbl: bool = False
    itap: int = 1
    ilvl: int | None = None  # list level of a numbered paragraph (\ilvlN)


class _Parser:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.codepage = "cp1252"
        self.font_cp: dict[int, str | None] = {}
        self.styles: dict[int, tuple[str, int | None]] = {}  # number → (name, outline level)
        self.blocks: list[Block] = []
        self.para = _Para()
        self.tables: list[_TableBuilder] = []  # open tables, outermost first
        self.pending_bytes = bytearray()
        self.skip_chars = 0
        self._style_buf: list[str] = []
        self._style_no: int | None = None
        self._style_outline: int | None = None
        self._font_no: int | None = None
        self._font_charset: int | None = None

    # -- tokens -------------------------------------------------------------------------------

    def run(self) -> list[Block]:
        stack: list[_State] = []
        st = _State()
        pos, n = 0, len(self.data)
        while pos < n:
            m = _TOKEN_RE.match(self.data, pos)
            if m is None:  # a lone backslash at the end
                break
            pos = m.end()
            word, param, hexbyte, symbol, brace, text = m.groups()
            if hexbyte is None:
                self._flush_bytes(st)
            if brace == b"{":
                if len(stack) >= MAX_GROUP_DEPTH:
                    raise ReaderError("RTF-файл повреждён (слишком глубокая вложенность)",
                                      "Damaged RTF file (nesting too deep)")  # fmt: skip
                stack.append(st)
                st = _State(**st.__dict__)
                continue
            if brace == b"}":
                self._end_group(st)
                st = stack.pop() if stack else _State()
                continue
            if word is not None:
                name = word.decode("ascii")
                value = int(param) if param is not None else None
                if name == "bin" and value:
                    pos += max(value, 0)  # raw binary data: never text
                    continue
                self._control(name, value, st)
            elif hexbyte is not None:
                if self.skip_chars:
                    self.skip_chars -= 1
                elif not st.skip or st.dest == "style":  # style names may be escaped too
                    self.pending_bytes.append(int(hexbyte, 16))
            elif symbol is not None:
                if symbol == b"*" and st.dest not in ("stylesheet", "style", "fonttbl", "font"):
                    st.skip = True  # an ignorable destination, unless we know its word
                elif symbol in _SYMBOLS:
                    self._text(_SYMBOLS[symbol], st)
            elif text is not None:
                self._raw_text(text, st)
        self._flush_bytes(st)
        self._end_paragraph(st)
        self._close_tables()
        return self.blocks

    def _control(self, name: str, value: int | None, st: _State) -> None:
        if name == "nesttableprops":
            st.skip, st.dest = False, "nest"  # holds the nested row's definition and \nestrow
            return
        if st.dest in ("stylesheet", "style", "fonttbl", "font"):
            self._table_control(name, value, st)
            return
        if name in ("stylesheet", "fonttbl"):
            st.dest, st.skip = name, True
            return
        if name in _SKIP_DESTINATIONS:
            st.skip = True
            return
        if name in ("listtext", "pntext"):
            st.dest = "listtext"
            return
        if st.skip:
            return
        if st.dest == "listtext" and name not in _LABEL_WORDS:
            return  # "{\listtext\pard\plain 1.\tab}": its \pard must not reset the paragraph
        handler = _HANDLERS.get(name)
        if handler is not None:
            handler(self, value, st)

    # -- style sheet and font table ---------------------------------------------------------

    def _table_control(self, name: str, value: int | None, st: _State) -> None:
        if st.dest == "stylesheet" or st.dest == "style":
            if name == "s" and value is not None:
                st.dest = "style"
                self._style_no, self._style_buf, self._style_outline = value, [], None
            elif name in ("cs", "ds", "ts", "tsrowd"):
                st.dest = "style"
                self._style_no, self._style_buf = None, []
            elif name == "outlinelevel":
                self._style_outline = value
        elif st.dest in ("fonttbl", "font"):
            if name == "f" and value is not None:
                st.dest = "font"
                self._font_no, self._font_charset = value, None
            elif name == "fcharset":
                self._font_charset = value

    def _end_group(self, st: _State) -> None:
        if st.dest == "style" and self._style_no is not None:
            name = "".join(self._style_buf).split(";")[0].strip()
            self.styles[self._style_no] = (name, self._style_outline)
            self._style_no = None
        elif st.dest == "font" and self._font_no is not None:
            cp = _CHARSET_CODEPAGE.get(self._font_charset or 0, None)
            self.font_cp[self._font_no] = cp
            self._font_no = None

    # -- text ---------------------------------------------------------------------------------

    def _raw_text(self, raw: bytes, st: _State) -> None:
        if self.skip_chars:
            cut = min(self.skip_chars, len(raw))
            self.skip_chars -= cut
            raw = raw[cut:]
        if raw:
            if st.dest == "style":
                self._style_buf.append(raw.decode("latin-1"))
            elif not st.skip:
                self._text(raw.decode(self._codepage(st), "replace"), st)

    def _flush_bytes(self, st: _State) -> None:
        if self.pending_bytes:
            text = bytes(self.pending_bytes).decode(self._codepage(st), "replace")
            self.pending_bytes.clear()
            if st.dest == "style":
                self._style_buf.append(text)
            else:
                self._text(text, st)

    def _codepage(self, st: _State) -> str:
        if st.font is not None and self.font_cp.get(st.font):
            return self.font_cp[st.font] or self.codepage
        return self.codepage

    def _text(self, s: str, st: _State) -> None:
        if st.skip or st.hidden or st.deleted or not s:
            return
        if st.dest in ("stylesheet", "style", "fonttbl", "font"):
            if st.dest == "style":
                self._style_buf.append(s)
            return
        if st.dest == "listtext":
            self.para.label.append(s)
            return
        self.para.parts.append(s)
        count = sum(1 for ch in s if not ch.isspace())
        if count:
            if st.bold:
                self.para.bold += count
            else:
                self.para.plain += count
            if st.caps:
                self.para.caps += count

    # -- paragraphs and tables ----------------------------------------------------------------

    def end_paragraph(self, st: _State) -> None:
        self._end_paragraph(st)

    def _end_paragraph(self, st: _State, *, force_cell_line: bool = False) -> None:
        para, self.para = self.para, _Para(
            style=self.para.style, outline=self.para.outline, intbl=self.para.intbl,
            itap=self.para.itap, ilvl=self.para.ilvl,
        )  # fmt: skip
        depth = para.itap if para.intbl else 0
        if depth == 0:
            self._close_tables()
            block = self._block(para)
            if block is not None:
                self.blocks.append(block)
            return
        self._open_tables(depth)
        line = _cell_line(para)
        if line or force_cell_line:
            self.tables[depth - 1].lines.append(line)

    def _open_tables(self, depth: int) -> None:
        while len(self.tables) < depth:
            self.tables.append(_TableBuilder())
        while len(self.tables) > depth:
            self._finish_inner()

    def _finish_inner(self) -> None:
        """Close the innermost table and hand it to the open cell of the table around it."""
        inner = self.tables.pop()
        table = _build(inner)
        if table.rows and self.tables:
            self.tables[-1].nested.append(table)

    def _close_tables(self) -> None:
        while len(self.tables) > 1:
            self._finish_inner()
        if self.tables:
            table = _build(self.tables.pop())
            if table.rows:
                self.blocks.append(Block(kind=BlockKind.TABLE, table=table))

    def end_cell(self, depth: int) -> None:
        para = self.para
        if para.parts or para.label:
            para.intbl, para.itap = True, depth
            self._end_paragraph(_State())
        self._open_tables(depth)
        tb = self.tables[depth - 1]
        text = "\n".join(line for line in tb.lines if line)
        nested = tb.nested
        for t in nested:
            text = "\n".join(x for x in [text, *table_lines(t)] if x)
        tb.cells.append(_PCell(text=text, nested=nested))
        tb.lines, tb.nested = [], []

    def end_row(self, depth: int) -> None:
        self._open_tables(depth)
        tb = self.tables[depth - 1]
        tb.rows.append((tb.defs or [], tb.cells))
        tb.cells = []

    def _block(self, para: _Para) -> Block | None:
        text = clean_text("".join(para.parts))
        if not text:
            return None
        label_text = clean_text("".join(para.label))
        label: str | None = label_text or None
        bullet = label is not None and not any(ch.isalnum() for ch in label)
        if bullet:
            label = None
        typed = False
        if label is None and not bullet:
            typed_label, rest, typed_bullet = split_label(text)
            if typed_label is not None or typed_bullet:
                label, text, bullet, typed = typed_label, rest, typed_bullet, True
        heading = self._heading_level(para)
        bold = para.bold > 0 and para.plain == 0
        caps = (para.caps > 0 and para.caps == para.bold + para.plain) or typed_in_capitals(text)
        short = len(text) <= SHORT_HEADING_CHARS and "\n" not in text
        level: int | None
        if heading is not None:
            kind, level = BlockKind.HEADING, heading
        elif bold and short and not bullet and not is_labelled_value(text):
            kind, level = BlockKind.HEADING, (label_depth(label) if label else None)
        elif label is not None or bullet:
            kind = BlockKind.LIST_ITEM
            if para.ilvl is not None and not typed:
                level = para.ilvl + 1
            else:
                level = label_depth(label) if label else 1
        else:
            kind, level = BlockKind.PARAGRAPH, None
        return Block(
            kind=kind,
            text=text,
            number=label,
            level=level,
            emphasis=(bold or caps) and len(text) <= SHORT_EMPHASIS_CHARS,
            location=Location(),
        )

    def _heading_level(self, para: _Para) -> int | None:
        if para.outline is not None:
            return para.outline + 1 if 0 <= para.outline <= 8 else None
        name, outline = self.styles.get(para.style, ("", None))
        if outline is not None and 0 <= outline <= 8:
            return outline + 1
        m = _HEADING_NAME_RE.match(name)
        return int(m.group(1)) if m else None


def _cell_line(para: _Para) -> str:
    text = clean_text("".join(para.parts))
    label = clean_text("".join(para.label))
    if label and not any(ch.isalnum() for ch in label):
        label = ""
    return f"{label} {text}".strip() if label else text


# -- control word handlers ---------------------------------------------------------------------


def _h_par(p: _Parser, v: int | None, st: _State) -> None:
    p.end_paragraph(st)


def _h_pard(p: _Parser, v: int | None, st: _State) -> None:
    p.para.style, p.para.outline, p.para.intbl, p.para.itap = 0, None, False, 1
    p.para.ilvl = None


def _h_plain(p: _Parser, v: int | None, st: _State) -> None:
    st.bold = st.caps = st.hidden = st.deleted = False


def _toggle(attr: str):  # type: ignore[no-untyped-def]
    def handler(p: _Parser, v: int | None, st: _State) -> None:
        setattr(st, attr, v is None or v != 0)

    return handler


def _h_u(p: _Parser, v: int | None, st: _State) -> None:
    if v is None:
        return
    code = v + 65536 if v < 0 else v  # a signed 16-bit value
    p.skip_chars = st.uc  # the ANSI fallback that follows
    high = p.__dict__.pop("_high_surrogate", None)
    if 0xD800 <= code <= 0xDBFF:  # the first half of a character past U+FFFF: wait for the second
        p.__dict__["_high_surrogate"] = code
        return
    if 0xDC00 <= code <= 0xDFFF and high is not None:
        code = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
    elif not 0 <= code <= 0xFFFF or 0xDC00 <= code <= 0xDFFF:
        code = 0xFFFD  # out of range (hostile input) or half a pair: never a lone surrogate
    p._text(chr(code), st)


def _h_uc(p: _Parser, v: int | None, st: _State) -> None:
    st.uc = max(v or 0, 0)


def _h_set(attr: str, value: object):  # type: ignore[no-untyped-def]
    def handler(p: _Parser, v: int | None, st: _State) -> None:
        setattr(p.para, attr, value)

    return handler


def _h_set_int(attr: str):  # type: ignore[no-untyped-def]
    def handler(p: _Parser, v: int | None, st: _State) -> None:
        setattr(p.para, attr, v or 0)

    return handler


def _h_itap(p: _Parser, v: int | None, st: _State) -> None:
    depth = max(v, 0) if v is not None else 1
    if depth > limits.MAX_TABLE_DEPTH:  # \itap999999999 would open a billion tables
        raise limits.table_depth_error(depth)
    p.para.itap = depth
    p.para.intbl = depth > 0


def _h_s(p: _Parser, v: int | None, st: _State) -> None:
    p.para.style = v or 0


def _h_outline(p: _Parser, v: int | None, st: _State) -> None:
    p.para.outline = v


def _h_cell(p: _Parser, v: int | None, st: _State) -> None:
    p.end_cell(1)


def _h_nestcell(p: _Parser, v: int | None, st: _State) -> None:
    p.end_cell(max(p.para.itap, 2))


def _h_row(p: _Parser, v: int | None, st: _State) -> None:
    p.end_row(1)


def _h_nestrow(p: _Parser, v: int | None, st: _State) -> None:
    p.end_row(_def_depth(p, st))


def _def_depth(p: _Parser, st: _State) -> int:
    """Row definitions inside {\\*\\nesttableprops} belong to the nested table."""
    return max(p.para.itap, 2) if st.dest == "nest" else 1


def _h_trowd(p: _Parser, v: int | None, st: _State) -> None:
    depth = _def_depth(p, st)
    if len(p.tables) < depth:
        p._open_tables(depth)
    tb = p.tables[depth - 1]
    tb.defs, tb.pending_def = [], _CellDef(right=0)


def _def_of(p: _Parser, st: _State) -> _CellDef | None:
    depth = _def_depth(p, st)
    if len(p.tables) < depth:
        return None
    tb = p.tables[depth - 1]
    if tb.pending_def is None:
        tb.pending_def = _CellDef(right=0)
    return tb.pending_def


def _h_cellx(p: _Parser, v: int | None, st: _State) -> None:
    depth = _def_depth(p, st)
    if len(p.tables) < depth:
        p._open_tables(depth)
    tb = p.tables[depth - 1]
    d = tb.pending_def or _CellDef(right=0)
    d.right = v or 0
    tb.defs.append(d)
    tb.pending_def = _CellDef(right=0)


def _h_merge(attr: str, value: str):  # type: ignore[no-untyped-def]
    def handler(p: _Parser, v: int | None, st: _State) -> None:
        d = _def_of(p, st)
        if d is not None:
            setattr(d, attr, value)

    return handler


def _h_line(p: _Parser, v: int | None, st: _State) -> None:
    p._text("\n", st)


def _h_tab(p: _Parser, v: int | None, st: _State) -> None:
    p._text(" ", st)


def _h_f(p: _Parser, v: int | None, st: _State) -> None:
    st.font = v


def _h_ansicpg(p: _Parser, v: int | None, st: _State) -> None:
    if v:
        p.codepage = f"cp{v}"
        try:
            "".encode(p.codepage)
        except LookupError:
            p.codepage = "cp1252"


_CHARS = {"emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘", "rquote": "’",
          "ldblquote": "“", "rdblquote": "”", "emspace": " ", "enspace": " ", "qmspace": " "}  # fmt: skip


def _char_handler(ch: str):  # type: ignore[no-untyped-def]
    def handler(p: _Parser, v: int | None, st: _State) -> None:
        p._text(ch, st)

    return handler


_HANDLERS = {
    "par": _h_par, "sect": _h_par, "pard": _h_pard, "plain": _h_plain,
    "b": _toggle("bold"), "caps": _toggle("caps"), "scaps": _toggle("caps"),
    "v": _toggle("hidden"), "deleted": _toggle("deleted"),
    "u": _h_u, "uc": _h_uc, "intbl": _h_set("intbl", True), "itap": _h_itap,
    "s": _h_s, "outlinelevel": _h_outline, "ilvl": _h_set_int("ilvl"),
    "cell": _h_cell, "nestcell": _h_nestcell,
    "row": _h_row, "nestrow": _h_nestrow, "trowd": _h_trowd, "cellx": _h_cellx,
    "clmgf": _h_merge("hmerge", "first"), "clmrg": _h_merge("hmerge", "cont"),
    "clvmgf": _h_merge("vmerge", "first"), "clvmrg": _h_merge("vmerge", "cont"),
    "line": _h_line, "tab": _h_tab, "f": _h_f, "ansicpg": _h_ansicpg,
    **{name: _char_handler(ch) for name, ch in _CHARS.items()},
}  # fmt: skip


# -- table assembly ----------------------------------------------------------------------------


def _build(tb: _TableBuilder) -> Table:
    if tb.cells:  # cells after the last \row (a truncated file): keep them as a row
        tb.rows.append((tb.defs, tb.cells))
        tb.cells = []
    edges = sorted({d.right for defs, _ in tb.rows for d in defs})
    grid = _cluster_edges(edges)
    rows: list[Row] = []
    origins: dict[int, Cell] = {}
    for defs, pcells in tb.rows:
        rows.append(Row(cells=_row_cells(defs, pcells, grid, origins)))
    return Table(rows=rows)


def _cluster_edges(edges: list[int]) -> list[int]:
    out: list[int] = []
    for e in edges:
        if not out or e - out[-1] > 30:  # twips: Word jitters edges by a few units
            out.append(e)
    return out


def _grid_index(grid: list[int], right: int) -> int:
    return min(range(len(grid)), key=lambda i: abs(grid[i] - right)) if grid else 0


def _row_cells(
    defs: list[_CellDef], pcells: list[_PCell], grid: list[int], origins: dict[int, Cell]
) -> list[Cell]:
    cells: list[Cell] = []
    col = 0
    for i, pcell in enumerate(pcells):
        d = defs[i] if i < len(defs) else None
        end = _grid_index(grid, d.right) + 1 if d is not None and grid else col + 1
        span = max(end - col, 1)
        if d is not None and d.hmerge == "cont" and cells:
            prev = cells[-1]
            prev.col_span += span
            col += span
            continue
        origin = origins.get(col)
        if d is not None and d.vmerge == "cont" and origin is not None:
            origin.row_span += 1
            cells.append(Cell(text=origin.text, column=col, col_span=span, merged=True))
        else:
            cell = Cell(text=pcell.text, column=col, col_span=span, nested=pcell.nested)
            cells.append(cell)
            for k in range(col, col + span):
                origins.pop(k, None)
            if d is not None and d.vmerge == "first":
                origins[col] = cell
        col += span
    return cells


# -- the reader --------------------------------------------------------------------------------


def read_rtf_bytes(path: Path, data: bytes) -> Document:
    if not data.lstrip()[:5] == RTF_MAGIC:
        raise ReaderError("Это не RTF-файл", "Not an RTF file")
    blocks = _Parser(data).run()
    return Document(path=str(path), format="rtf", blocks=blocks).reindex()


class RtfReader(Reader):
    name = "rtf"
    extensions = (".rtf",)
    priority = 10

    def sniff(self, head: bytes, path: Path) -> bool:
        return head.lstrip()[:5] == RTF_MAGIC

    def read(self, path: Path, data: bytes) -> Document:
        return read_rtf_bytes(path, data)


@hookimpl
def repcheck_readers() -> list[Reader]:
    return [RtfReader()]
