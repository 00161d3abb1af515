"""Reader of PDF files with a text layer: pdfplumber's words and ruled tables, read through PDFium.

The layout rules below work on pdfplumber's words and tables. `_pdfium` produces the same words
and tables from PDFium (pypdfium2) at ~1/8 of the cost (measured in BENCHMARKS.md: the
words, boxes, fonts and table cells of every corpus PDF equal pdfplumber's); pdfplumber itself
reads what that path leaves to it (rotated pages or text, fonts it cannot place as pdfminer
does, damaged cross-references), with the error messages it always gave.

Why pdfplumber (MIT) and not PyMuPDF: the measurements (shared/notes/measurements.md) show the same
word recall (98.4%) and the same ruled-table quality (93.5% / 86.3% against 93.2% / 86.1% for
PyMuPDF 1.x ``find_tables``); PyMuPDF is 1.3 s faster per 20 pages with tables, but it is AGPL,
which would bind the whole (MIT-licensed) checker, and its 2.0 line garbles tables (12% recall)
and pulls onnxruntime. A second or so per report is acceptable for a checker run once per file.

What it reads:
- text lines in reading order (top to bottom, one column), merged into paragraphs by line spacing,
  indentation, a change of boldness or size, a number label or bullet starting a line, and the
  "next word would have fit" test (a line that ends early was broken on purpose). Word's layouts
  add more tests: centered and flush-right lines (titles, addressees) have their free room on
  both sides or on the left, and a line typed per paragraph there often fills the line as a
  wrapped one would, so such a line ends its paragraph unless its text runs on (an open quote or
  bracket, a trailing comma, hyphen, preposition or conjunction); the first-line indent the
  document's paragraphs use, seen again on the next line, starts a paragraph; so does the line
  after the short unstretched last line of a justified paragraph, and a date or number under a
  line laid out with a tab (a signature); a dash or label at the start of a line continues the
  paragraph when the line before was full and the paragraph is no item of the same kind;
- ruled tables (pdfplumber's line strategy) as rows and cells with grid columns, column/row spans
  and vertically merged cells; a nested table inside a cell goes to ``Cell.nested``; a table
  continued on the next page (or pages, one of them holding nothing but the table) is joined to
  its first part, a repeated header row dropped, a row split by the page break (its first own
  cell empty, or its cells going on with the texts above) joined to the previous row
  (``Row.joined``), and a vertically merged cell going on overleaf kept one merge, its text whole;
- the page number in every block, row and cell;
- running headers and footers removed: lines repeated at the same place in the top or bottom
  margin on at least half of the pages, and bare page numbers there;
- the block grammar of the .docx reader (shared through ``_text``): a number label at the start
  of a paragraph goes to ``Block.number``; short bold paragraphs (a label in front may be in a
  regular font: Word draws automatic numbers in the paragraph mark's font) and paragraphs in a
  larger font become headings, a larger font ranked as a heading level; labelled or bulleted
  paragraphs become list items, their level the label's depth or the rank of their indent in
  their run of items, as Word's numbering levels are laid out.

Line-end hyphens: LibreOffice and Word do not hyphenate by default, so a line ending in
"letter-hyphen" is almost always a real compound ("психолого-\\nпедагогических"); joining there
cut paragraph recall from 99% to 93%. The rule is therefore conservative: a soft hyphen (U+00AD)
is removed and the halves joined; an ordinary hyphen (or a dash) between a letter or digit and a
letter or digit is KEPT and the halves joined without a space ("психолого-педагогических",
"Томь-Агро", "Урожай-2023", "6–9"); anything else is joined with a space.

Words broken for lack of width: in a narrow table column a word longer than the column is cut
without a hyphen ("Мероприят" / "ие"), and a line holding one token that fills the column is read
as such a cut. A long whole word ("естественнонаучного" / "цикла") fills its line just as well, so
when both halves are dictionary words (pymorphy3) and their concatenation is not, the line is taken
to end between two words.

Not handled: multi-column layouts (read left column under right), unruled tables (read as text),
rotated pages, scanned pages (ReaderError when no page has text, a warning when some lack it).
Line breaks a PDF cannot tell from paragraph ends: a centered title that wraps without a run-on
sign is read as two paragraphs (unless the short rest opens with a number, «… на период» /
«2025–2027 годов»); a manual line break (Shift+Enter) is read as a paragraph end; a
line break inside a cell whose next word would not have fitted is read as a space.
"""

from __future__ import annotations

import io
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from repcheck.hookspecs import hookimpl
from repcheck.models.document import Block, BlockKind, Cell, Document, Location, Row, Table
from repcheck.reader import Reader, ReaderError
from repcheck.plugins.readers.pdf_guard import check_pdf
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

PDF_MAGIC = b"%PDF-"

MARGIN_ZONE = 0.12  # top/bottom share of the page height where headers and footers live
REPEAT_SHARE = 0.5  # a line repeated on at least this share of pages is a running header
GRID_TOLERANCE = 2.5  # points: cell edges closer than this are the same grid line
LINE_TOLERANCE = 3.0  # points: words whose tops differ by less are on the same line
MIN_TEXT_CHARS = 20  # fewer non-space characters in the whole file: a scan

_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi|[,-]b$", re.I)
_PAGE_NUMBER_RE = re.compile(
    r"^[-–—\s]*(?:(?:стр(?:аница)?|с|page)\.?\s*)?\d{1,4}(?:\s*(?:из|/|of)\s*\d{1,4})?[-–—\s]*$", re.I
)
# Short words that start a line as themselves, never as the tail of a broken word. Single
# letters are left out: "диагностик|а" and "грамотност|и" are tails far more often.
_ONE_LETTER_WORDS = frozenset("авикосуя")  # letters that are Russian words by themselves
_STANDALONE = frozenset(
    "из на по за для от до не но или при без под над об во со ко же ли бы".split()
)


# ---------------------------------------------------------------------------------------------
# Intermediate shapes (plain dataclasses: built many times, turned into models once)
# ---------------------------------------------------------------------------------------------


class _kept:
    """functools.cached_property without its lock (Python 3.11 takes one on every first access,
    which costs more than most of these values): the value is stored in the instance's
    dictionary, where later lookups find it before this descriptor."""

    def __init__(self, fn: Any) -> None:
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool
    size: float


@dataclass
class Line:
    words: list[Word]
    page: int

    # A line's words never change once grouped: what is derived from them is kept.
    @_kept
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @_kept
    def top(self) -> float:
        return min(w.top for w in self.words)

    @_kept
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @_kept
    def bold(self) -> bool:
        """All its words bold; punctuation-only words count only when there is nothing else
        (a lone "-" in a regular font is not a bold line), and a number label in front is left
        out: Word draws an automatic number in the paragraph mark's font, often regular before a
        bold title ("1. **Пояснительная записка**"), and the .docx reader judges the runs only."""
        words = [w for w in self.words if any(ch.isalnum() for ch in w.text)] or self.words
        if len(words) > 1 and not words[0].bold and words[0] is self.words[0] and self.label_word:
            words = words[1:]
        return all(w.bold for w in words)

    @_kept
    def label_word(self) -> bool:
        """Whether the first word is a number label or a bullet ("1.", "2.4.", "а)", "–")."""
        label, _, bullet = split_label(self.text)
        return bullet or (label is not None and self.words[0].text == label)

    @_kept
    def spacing(self) -> float:
        """The median gap between its words (0 for one word): justified lines are stretched."""
        gaps = sorted(b.x0 - a.x1 for a, b in zip(self.words, self.words[1:], strict=False))
        return gaps[len(gaps) // 2] if gaps else 0.0

    @_kept
    def tab_gap(self) -> bool:
        """A gap no justified line stretches to (three font sizes) between two words, past a
        leading label: the line was laid out with a tab ("Директор<tab>И.И. Иванов")."""
        words = self.words[1:] if self.label_word else self.words
        return any(b.x0 - a.x1 > 3 * a.size for a, b in zip(words, words[1:], strict=False))

    @_kept
    def size(self) -> float:
        return max(w.size for w in self.words)


@dataclass
class PCell:
    text: str
    col: int
    col_span: int
    row_span: int
    page: int
    open_end: bool = False  # the last line is a word broken for lack of width
    room: float = 0.0  # free width after the last line (to the cell's right padding)
    head: float = 0.0  # width of the first word plus a space: what must fit to join a line
    full: bool = False  # its text runs down to the bottom of the cell (may go on overleaf)
    merged: bool = False
    origin: "PCell | None" = None
    nested: list[Table] = field(default_factory=list)


@dataclass
class PRow:
    cells: list[PCell]
    page: int
    joined: bool = False


@dataclass
class PTable:
    page: int
    top: float
    bottom: float
    bbox: tuple[float, float, float, float]
    xs: list[float]
    rows: list[PRow]
    last_page: int = 0  # the page of its last part (a table may run over several pages)

    def __post_init__(self) -> None:
        self.last_page = self.last_page or self.page


@dataclass
class PageItems:
    lines: list[Line]
    tables: list[PTable]
    right_edge: float
    height: float
    width: float = 0.0
    left_edge: float = 0.0


# ---------------------------------------------------------------------------------------------
# Words and lines
# ---------------------------------------------------------------------------------------------


def page_words(page: Any) -> list[Word]:
    if hasattr(page, "word_tuples"):  # PDFium's page: the same words as tuples, no dict each
        return [
            Word(text, x0, x1, top, bottom, _bold_font(fontname), round(size, 1))
            for text, x0, x1, top, bottom, fontname, size in page.word_tuples()
            if text.strip()
        ]
    raw = page.extract_words(
        x_tolerance=2, y_tolerance=2, keep_blank_chars=False, extra_attrs=["fontname", "size"]
    )
    return [
        Word(
            text=w["text"],
            x0=w["x0"],
            x1=w["x1"],
            top=w["top"],
            bottom=w["bottom"],
            bold=_bold_font(w["fontname"]),
            size=round(w["size"], 1),
        )
        for w in raw
        if w["text"].strip()
    ]


@lru_cache(maxsize=512)
def _bold_font(fontname: str) -> bool:
    return bool(_BOLD_RE.search(fontname.split("+")[-1]))


def group_lines(words: list[Word], page: int) -> list[Line]:
    """Words into lines: same baseline band, then left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.bottom), w.x0)):
        for line in reversed(lines[-3:]):
            if abs(line[0].bottom - word.bottom) <= LINE_TOLERANCE:
                line.append(word)
                break
        else:
            lines.append([word])
    out = [Line(words=sorted(ws, key=lambda w: w.x0), page=page) for ws in lines]
    out.sort(key=lambda ln: ln.top)
    return out


def _inside(word: Word, bbox: tuple[float, float, float, float]) -> bool:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


def _cluster(values: Iterable[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > GRID_TOLERANCE:
            out.append(v)
    return out


def _index(points: list[float], v: float) -> int:
    """The index of the point nearest `v` in sorted `points` (the first of two as near)."""
    i = bisect_left(points, v)
    if i == 0:
        return 0
    if i == len(points) or abs(points[i - 1] - v) <= abs(points[i] - v):
        return i - 1
    return i


@dataclass
class CellText:
    text: str
    broken: bool  # ends in a word broken for lack of width
    room: float = 0.0  # free width after the last line
    head: float = 0.0  # first word's width plus a space
    full: bool = False  # no room for another line under the last one


def cell_text(words: list[Word], bbox: tuple[float, float, float, float], page: int) -> CellText:
    """A cell's text, whether it ends in a word broken for lack of width, and the geometry that
    tells whether a piece on the next page continues it."""
    lines = group_lines(words, page)
    if not lines:
        return CellText("", False)
    pad = max(min(ln.x0 for ln in lines) - bbox[0], 1.0)
    right = bbox[2] - pad
    parts: list[str] = []
    for i, line in enumerate(lines):
        if i:
            prev = lines[i - 1]
            parts.append(_separator(prev, line, right, _broken_word(prev, line.words[0], right)))
        parts.append(line.text)
    first = lines[0].words[0]
    return CellText(
        clean_text("".join(parts)),
        _broken_word(lines[-1], None, right),
        room=right - lines[-1].x1,
        head=(first.x1 - first.x0) + first.size * 0.3,
        full=bbox[3] - lines[-1].bottom < lines[-1].size * 1.5,
    )


def _char_width(word: Word) -> float:
    return (word.x1 - word.x0) / max(len(word.text), 1)


def _broken_word(line: Line, nxt: Word | None, right: float) -> bool:
    """A single token filling the width to less than one character: the layout broke a word
    too long for the column ("Мероприят" + "ие"). A whole word leaves more room than that.

    `nxt` is the first word of the next line; None for a cell's last line, whose continuation
    (on the next page) is not known yet: then only the room is judged, and `continues_word`
    judges the words when the piece arrives."""
    if len(line.words) != 1:
        return False
    word = line.words[0]
    if not word.text[-1:].isalnum():
        return False
    room = right - word.x1
    if room >= max(_char_width(nxt or word), _char_width(word)) * 1.1:
        # Room for one more letter of average width was left: the line ended at a space, unless
        # the words say otherwise (a wide letter did not fit: «Исследовательск» + «ие»).
        return nxt is not None and room < _char_width(word) * 2.5 and _cut_in_word(word.text, nxt.text)
    return nxt is None or continues_word(word.text, nxt.text)


def _cut_in_word(left: str, right: str) -> bool:
    """Whether the dictionary says a word was cut between two lines: the line's last word is no
    word, and glued to the next line's first letters it is one."""
    a, b = _TAIL_LETTERS.search(left), _HEAD_LETTERS.match(right)
    if a is None or b is None or a.end() != len(left) or not a.group(0)[-1:].islower():
        return False
    a_word, b_word = a.group(0).lower(), b.group(0)
    if not b_word[:1].islower():
        return False
    return not _known(a_word) and _known(a_word + b_word.lower())


def continues_word(left: str, right: str) -> bool:
    """Whether `right` (the start of a line) can be the rest of the word `left` ended a full line
    with: not a preposition, no change of case, not two dictionary words."""
    right = right.split()[0] if right.split() else ""
    if not right[:1].isalnum():
        return False
    if right.lower() in _STANDALONE:
        return False  # "педагогов | из 9 школ": a whole word, then a preposition
    if len(right) == 1 and right.lower() in _ONE_LETTER_WORDS:
        # "диагностик|а" is a tail, "Медиаобразование | в школе" is a word and a preposition:
        # a letter that is also a word is glued only when the glued word is a dictionary word.
        tail = _TAIL_LETTERS.search(left)
        return tail is not None and _known((tail.group(0) + right).lower())
    if left[-1:].islower() and right[0].isupper():
        return False  # "Сафонова | Ю.О.": a word does not change case in its middle
    if left[-1:].isalpha() != right[0].isalpha():
        return False  # "Значение | 2023": letters and digits meet at a space, not in a cut word
    return not two_whole_words(left, right)


_TAIL_LETTERS = re.compile(r"[^\W\d_]+$")
_HEAD_LETTERS = re.compile(r"^[^\W\d_]+")


def _morph() -> Any:
    """The structurer's analyser: one dictionary loaded per process, not two (~30 ms each)."""
    from repcheck import textmatch

    return textmatch._morph()


@lru_cache(maxsize=20_000)
def _known(word: str) -> bool:
    return bool(_morph().word_is_known(word))


def two_whole_words(left: str, right: str) -> bool:
    """Whether a line ending in `left` and the next starting with `right` split between two
    words, not inside one: both halves are dictionary words and their concatenation is not.

    In a narrow column a long whole word ("естественнонаучного") often fills its line as fully
    as the first half of a word too long for the column; only the words tell the two apart.
    Words the dictionary does not know (names, Latin, numbers) leave the layout's verdict."""
    a, b = _TAIL_LETTERS.search(left), _HEAD_LETTERS.match(right)
    if a is None or b is None:
        return False
    a_word, b_word = a.group(0).lower(), b.group(0).lower()
    return _known(a_word) and _known(b_word) and not _known(a_word + b_word)


def _separator(prev: Line, line: Line, right: float, prev_broken: bool) -> str:
    """How two lines of one cell join: nothing inside a broken word, else a space or a newline."""
    if prev_broken or line.text[:1] in _CLOSING:
        return ""  # a word cut for lack of width, or punctuation pushed off a full line
    joined = _hyphen_join(prev.text, line.text)
    if joined is not None:
        return joined
    first = line.words[0]
    if prev.x1 + (first.x1 - first.x0) + first.size * 0.3 < right:
        return "\n"  # the next word would have fit: the line was ended on purpose
    return " "


_CLOSING = frozenset(",.;:!?)»”")  # never start a word: a line starting so was cut before them
_SUSPENDED_RE = re.compile(r"^(?:и|или|либо|а также)\s", re.IGNORECASE)


def _hyphen_join(prev: str, nxt: str) -> str | None:
    """The conservative hyphen rule (see the module docstring): "" to glue, None to decide later."""
    if prev.endswith("\u00ad"):
        return ""
    if len(prev) >= 2 and prev[-1] in "-–—" and prev[-2].isalnum() and _SUSPENDED_RE.match(nxt):
        return " "  # a suspended hyphen: "видео-| и радиоредакции" keeps its space
    if len(prev) >= 2 and prev[-1] in "-–—/" and prev[-2].isalnum() and nxt[:1].isalnum():
        # A hyphen, dash or slash touching both halves is part of the text: "психолого-|педагогических",
        # "Томь-|Агро", "Урожай-|2023", "13.02.2023-|03.03.2023", "6–|9 классов"; the layout
        # may break a line after a slash too ("№ п/|п", "2023/|2024").
        return ""
    return None


def build_table(
    table: Any, words: list[Word], page: int, nested: list[PTable]
) -> PTable:
    cells = [tuple(c) for c in table.cells]
    # Every cell lies in the table's bbox (the cells' extremes): only its words are looked at,
    # by their centres (`_inside`).
    centres = [((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2, w) for w in words]
    tx0, ttop, tx1, tbottom = table.bbox
    centres = [c for c in centres if tx0 <= c[0] <= tx1 and ttop <= c[1] <= tbottom]
    # a cell's words are looked for among those whose centre is in its rows (by bisection on
    # the centres' y), then kept in the page's order
    by_y = sorted(range(len(centres)), key=lambda i: centres[i][1])
    ys_sorted = [centres[i][1] for i in by_y]
    xs = _cluster([c[0] for c in cells] + [c[2] for c in cells])
    ys = _cluster([c[1] for c in cells] + [c[3] for c in cells])
    starts: dict[int, list[PCell]] = defaultdict(list)
    for bbox in cells:
        c0, c1 = _index(xs, bbox[0]), _index(xs, bbox[2])
        r0, r1 = _index(ys, bbox[1]), _index(ys, bbox[3])
        inner = [n for n in nested if _contains(bbox, n.bbox)]
        x0, top, x1, bottom = bbox
        band = by_y[bisect_left(ys_sorted, top) : bisect_right(ys_sorted, bottom)]
        own = [centres[i][2] for i in sorted(i for i in band if x0 <= centres[i][0] <= x1)]
        if inner:
            own = [w for w in own if not any(_inside(w, n.bbox) for n in inner)]
        got = cell_text(own, bbox, page)
        text = got.text
        tables = [to_table(n) for n in inner]
        for t in tables:
            text = "\n".join(x for x in [text, *table_lines(t)] if x)
        starts[r0].append(
            PCell(
                text=text,
                col=c0,
                col_span=max(c1 - c0, 1),
                row_span=max(r1 - r0, 1),
                page=page,
                open_end=got.broken,
                room=got.room,
                head=got.head,
                full=got.full,
                nested=tables,
            )
        )
    rows: list[PRow] = []
    open_cells: list[tuple[int, PCell]] = []  # (last grid row covered, origin)
    for r in range(len(ys) - 1):
        row_cells = list(starts.get(r, []))
        for last, origin in open_cells:
            if last >= r:
                row_cells.append(_merged_copy(origin))
        if not row_cells:
            continue
        open_cells = [(lr, o) for lr, o in open_cells if lr > r]
        open_cells += [(r + c.row_span - 1, c) for c in starts.get(r, []) if c.row_span > 1]
        rows.append(PRow(cells=sorted(row_cells, key=lambda c: c.col), page=page))
    bbox = tuple(table.bbox)
    return PTable(page=page, top=bbox[1], bottom=bbox[3], bbox=bbox, xs=xs, rows=rows)


def _merged_copy(origin: PCell) -> PCell:
    return PCell(
        text=origin.text,
        col=origin.col,
        col_span=origin.col_span,
        row_span=1,
        page=origin.page,
        merged=True,
        origin=origin,
    )


def _contains(outer: tuple[float, ...], inner: tuple[float, ...]) -> bool:
    tol = GRID_TOLERANCE
    return (
        outer[0] - tol <= inner[0]
        and outer[1] - tol <= inner[1]
        and inner[2] <= outer[2] + tol
        and inner[3] <= outer[3] + tol
        and (inner[2] - inner[0]) < (outer[2] - outer[0]) + tol
    )


def page_tables(page: Any, words: list[Word], page_no: int) -> list[PTable]:
    found = page.find_tables()
    # A table lying inside another one's bbox is nested: build the inner ones first.
    found.sort(key=lambda t: (t.bbox[2] - t.bbox[0]) * (t.bbox[3] - t.bbox[1]))
    built: list[tuple[Any, PTable]] = []
    for t in found:
        inner = [p for raw, p in built if _contains(t.bbox, raw.bbox) and raw is not t]
        built.append((t, build_table(t, words, page_no, inner)))
    top_level = [
        p for raw, p in built if not any(o is not raw and _contains(o.bbox, raw.bbox) for o, _ in built)
    ]
    return sorted(top_level, key=lambda p: p.top)


def to_table(pt: PTable) -> Table:
    rows = []
    for prow in pt.rows:
        rows.append(
            Row(
                cells=[
                    Cell(
                        # the lower parts of a merge carry its whole text, as in the .docx, also
                        # when the text was completed from the next page after they were made
                        text=c.origin.text if c.merged and c.origin is not None else c.text,
                        column=c.col,
                        col_span=c.col_span,
                        row_span=c.row_span,
                        merged=c.merged,
                        nested=c.nested,
                        page=c.page,
                    )
                    for c in prow.cells
                ],
                page=prow.page,
                joined=prow.joined,
            )
        )
    return Table(rows=rows)


# ---------------------------------------------------------------------------------------------
# Tables across pages
# ---------------------------------------------------------------------------------------------


def same_grid(a: PTable, b: PTable) -> bool:
    return len(a.xs) == len(b.xs) and all(abs(x - y) <= 3.0 for x, y in zip(a.xs, b.xs, strict=True))


def fits_grid(a: PTable, b: PTable) -> bool:
    """Whether `b` (at the top of the next page) can go on `a`: the same grid, or a part of it
    whose merged cells hide some column lines (a total row «Итого» over three columns alone
    overleaf). In the latter case `b`'s cells are put on `a`'s grid."""
    if same_grid(a, b):
        return True
    if len(b.xs) >= len(a.xs) or len(b.xs) < 2:
        return False
    index = []
    for x in b.xs:
        k = min(range(len(a.xs)), key=lambda i: abs(a.xs[i] - x))
        if abs(a.xs[k] - x) > 3.0:
            return False
        index.append(k)
    if index[0] != 0 or index[-1] != len(a.xs) - 1:
        return False  # the part must span the whole table
    for row in b.rows:
        for cell in row.cells:
            if cell.merged:
                continue
            start, end = index[cell.col], index[cell.col + cell.col_span]
            cell.col, cell.col_span = start, end - start
    for row in b.rows:
        for cell in row.cells:
            if cell.merged and cell.origin is not None:
                cell.col, cell.col_span = cell.origin.col, cell.origin.col_span
    b.xs = list(a.xs)
    return True


def continue_table(first: PTable, more: PTable) -> None:
    """Append a table's continuation: drop a repeated header, carry on the merged cells left
    open by the break, join a row split by the break."""
    rows = list(more.rows)
    repeated = 0  # header rows repeated on the new page (Word/LibreOffice "repeat header")
    while (
        repeated < min(3, len(rows), len(first.rows) - 1)
        and _texts(rows[repeated]) == _texts(first.rows[repeated])
    ):
        repeated += 1
    rows = rows[repeated:]
    if rows and first.rows:
        _continue_merges(first.rows[-1], rows)
    if rows and first.rows and _is_split_row(rows[0], first.rows[-1]):
        _join_rows(first.rows[-1], rows.pop(0))
    first.rows.extend(rows)
    first.bottom = more.bottom
    first.last_page = more.last_page
    _count_spans(first)


def _continue_merges(last: PRow, rows: list[PRow]) -> None:
    """A vertically merged cell going on over a page break. The layout draws its part on the
    new page as a cell of its own in the same column: empty, or holding the rest of the text.
    It carries on the merge at the bottom of the page before when that merge is still open
    there (the bottom row has a lower part of it), or when it covers several rows itself (the
    merge began in the bottom row); and it must be empty, or the text above must have run down
    to the bottom of its cell and this one go on with it (lower case, or a first word that would
    not have fitted after the last line above). Then it and its lower parts become lower parts
    of the merge above, its text appended."""
    above = {c.col: c for c in last.cells}
    for cell in list(rows[0].cells):
        top = above.get(cell.col)
        if top is None or cell.merged or cell.col_span != top.col_span:
            continue
        owner = top.origin if top.merged and top.origin is not None else top
        if not (top.merged or cell.row_span > 1):
            continue
        text = cell.text.strip()
        if text and not (owner.full and (_starts_lower(text) or cell.head > owner.room)):
            continue  # a new merged cell starts at the top of the page
        if text:
            _append_text(owner, cell)
        for row in rows:
            for i, c in enumerate(row.cells):
                if c is cell or (c.merged and c.origin is cell):
                    row.cells[i] = _merged_copy(owner)


def _count_spans(table: PTable) -> None:
    """Row spans of merged cells from their lower parts (joins across pages change them)."""
    parts = Counter(id(c.origin) for r in table.rows for c in r.cells if c.merged)
    for row in table.rows:
        for c in row.cells:
            if not c.merged and (c.row_span > 1 or id(c) in parts):
                c.row_span = 1 + parts[id(c)]


def _texts(row: PRow) -> list[str]:
    return [c.text for c in row.cells]


def _is_split_row(row: PRow, prev: PRow | None = None) -> bool:
    """A row cut by the page break: its first cell (the "№") is empty, another cell is not.

    In a table without a number column the first cell carries text that may continue too. Then
    only the cells that overflowed go on, so some column filled in the previous row is empty in
    the piece; and each filled cell of the piece continues its column's text: it starts in lower
    case ("дня (12.04.2023)"), or its first word would not have fitted after the last line of
    the cell above (the line was wrapped there, "Средства бюджета" / "Чайковского округа").
    """
    own = [c for c in row.cells if not c.merged]  # lower parts of a merge carry no new text
    if not own:
        return False
    first = min(own, key=lambda c: c.col)
    covered = sum(c.col_span for c in row.cells if c.merged and c.col < first.col)
    if covered == first.col and not first.text.strip() and any(c.text.strip() for c in own):
        return True  # the first own cell (the "№", maybe after a merge running on) is empty
    if prev is None:
        return False
    filled = [c for c in row.cells if c.text.strip() and not c.merged]
    if not filled:
        return False
    above = {c.col: (c.origin if c.merged and c.origin is not None else c) for c in prev.cells}
    if all(_runs_down(above.get(c.col), c) for c in filled):
        return True  # every cell goes on in lower case with a text that filled its cell above
    cols = {c.col for c in filled}
    if not any(c.text.strip() and c.col not in cols for c in above.values()):
        return False
    for cell in filled:
        top = above.get(cell.col)
        if top is None or not top.text.strip() or top.col_span != cell.col_span:
            return False  # a cell merged across other columns than the one above starts a row
        if _ROW_NUMBER.fullmatch(cell.text.strip()) and _ROW_NUMBER.fullmatch(top.text.strip()):
            return False  # a number under a number («1.1» / «1.2»): the next row of the list
        if not (_starts_lower(cell.text.strip()) or cell.head > top.room):
            return False
    return True


_ROW_NUMBER = re.compile(r"№?\s*\d{1,3}(?:\.\d{1,3})*\.?")


def _runs_down(top: PCell | None, cell: PCell) -> bool:
    """Whether `cell`, at the top of a page, goes on with the text of `top` at the bottom of the
    page before: `top` ran down to the bottom of its cell, `cell` starts in lower case."""
    return (
        top is not None
        and top.full
        and bool(top.text.strip())
        and top.col_span == cell.col_span
        and _starts_lower(cell.text.strip())
    )


def _starts_lower(text: str) -> bool:
    return text[:1].isalpha() and text[:1].islower()


def _join_rows(prev: PRow, piece: PRow) -> None:
    for cell in piece.cells:
        if not cell.text or cell.merged:
            continue
        target = next((c for c in prev.cells if c.col == cell.col), None)
        if target is None:
            prev.cells.append(cell)
            prev.cells.sort(key=lambda c: c.col)
            continue
        owner = target.origin if target.merged and target.origin is not None else target
        _append_text(owner, cell)
        if owner is not target:
            target.text = owner.text
    prev.joined = True


def _append_text(owner: PCell, cell: PCell) -> None:
    """The text of `cell` (continued on the next page) after the text of `owner`."""
    tail = owner.text.split()[-1] if owner.text.split() else ""
    glue = owner.open_end and continues_word(tail, cell.text)
    hyphen = _hyphen_join(owner.text, cell.text) if owner.text else None
    if hyphen is not None or glue or not owner.text:
        sep = hyphen if hyphen is not None else ""
    else:  # a line ended early above (the next word would have fitted) ended on purpose
        sep = "\n" if 0 < cell.head < owner.room else " "
    owner.text = owner.text + sep + cell.text
    owner.open_end = cell.open_end
    owner.room = cell.room
    owner.nested.extend(cell.nested)


# ---------------------------------------------------------------------------------------------
# Running headers and footers
# ---------------------------------------------------------------------------------------------


def _margin_key(line: Line, height: float) -> tuple[str, int] | None:
    if line.top > height * MARGIN_ZONE and line.bottom < height * (1 - MARGIN_ZONE):
        return None
    norm = re.sub(r"\d+", "#", line.text.lower()).strip()
    return norm, round(line.top / 6)


def remove_running(pages: list[PageItems]) -> int:
    """Drop running headers/footers and bare page numbers; returns how many lines went."""
    counts: Counter[tuple[str, int]] = Counter()
    for items in pages:
        keys = {k for ln in items.lines if (k := _margin_key(ln, items.height))}
        counts.update(keys)
    need = max(2, math.ceil(len(pages) * REPEAT_SHARE))
    removed = 0
    for items in pages:
        keep = []
        for i, line in enumerate(items.lines):
            key = _margin_key(line, items.height)
            edge = i == 0 or i == len(items.lines) - 1
            running = key is not None and len(pages) > 1 and counts[key] >= need
            page_no = key is not None and edge and bool(_PAGE_NUMBER_RE.match(line.text))
            if running or page_no:
                removed += 1
            else:
                keep.append(line)
        items.lines = keep
    return removed


# ---------------------------------------------------------------------------------------------
# Paragraphs
# ---------------------------------------------------------------------------------------------


@dataclass
class Para:
    lines: list[Line]

    @property
    def page(self) -> int:
        return self.lines[0].page


def _starts_item(text: str) -> bool:
    label, _, bullet = split_label(text)
    return label is not None or bullet


@dataclass
class Layout:
    """What the paragraph rules know of the whole document's layout."""

    right: dict[int, float]  # the text's right edge per page
    gap: float  # the largest vertical gap inside a paragraph
    left: dict[int, float] = field(default_factory=dict)  # the text's left edge per page
    indents: frozenset[int] = frozenset()  # first-line indents of the body paragraphs (x0)

    def is_indent(self, x: float) -> bool:
        return any(abs(x - i) <= 1.5 for i in self.indents)


def _new_paragraph(para: list[Line], line: Line, lay: Layout) -> bool:
    first, prev = para[0], para[-1]
    if line.page == prev.page and line.top - prev.bottom > lay.gap:
        return True
    if prev.bold != line.bold or abs(prev.size - line.size) > 0.6:
        return True
    right = lay.right[prev.page]
    left = lay.left.get(prev.page, first.x0)
    word = line.words[0]
    need = (word.x1 - word.x0) + word.size * 0.3  # the line's first word and a space before it
    if _starts_item(line.text) and not _marker_runs_on(first, prev, line, prev.x1 + need >= right):
        return True
    if _hyphen_join(prev.text, line.text) is not None:
        return False
    if prev.tab_gap and not line.text[:1].isalpha():
        return True  # a date or number under a line laid out with a tab ("Директор<tab>И.И. Иванов")
    if _aligned(prev, line, left, right):
        # Title and address lines: the free room is on both sides, or on the left. A break
        # where the next word would not have fitted is still taken for the end of a line the
        # author typed, unless the text runs on (an open quote, a trailing preposition...).
        room = (prev.x0 - left) + (right - prev.x1)
        if need >= room and line.text[:1].isdigit() and line.x1 - line.x0 < (prev.x1 - prev.x0) / 2:
            return False  # a full line, then the short rest of it («… на период» / «2025–2027 годов»)
        return need < room or not _runs_on(para)
    if prev is not first and line.x0 < prev.x0 - 8:
        return True  # back left of a wrapped line (a list item's hanging indent): a new paragraph
    if prev is first and abs(line.x0 - prev.x0) <= 1.5 and lay.is_indent(prev.x0):
        if not prev.label_word:
            return True  # the first-line indent again: a wrapped line would go back to the margin
        if prev.text.endswith((".", "!", "?")) and line.text[:1].isupper():
            # A one-line item at the indent, ended with its sentence, then a capital at the same
            # indent: a new paragraph (the item's own wrapped lines go back to the margin or hang
            # under its text, not under its marker).
            return True
    if prev.x1 + need < right:
        return True  # the previous line was ended on purpose
    if len(para) > 1 and _justified_last(para[-2], prev, lay):
        return True  # the short, unstretched last line of a justified paragraph
    hanging = _starts_item(first.text) and line.x0 > first.x0
    if line.x0 - prev.x0 > 8 and line.text[:1].isupper() and not hanging:
        return True  # a first-line indent (a list item's wrapped lines hang indented instead)
    return False


def _justified_last(before: Line, prev: Line, lay: Layout) -> bool:
    """Whether `prev` ends a justified paragraph: the line before it was stretched to the right
    edge (wider word gaps than `prev` has), and `prev` stops short of the edge. In justified
    text only the last line does, whether or not the next word would have fitted after it."""
    return (
        before.x1 >= lay.right[before.page] - 1.5
        and prev.x1 < lay.right[prev.page] - 3.0
        and len(prev.words) > 1
        and before.spacing > prev.spacing + 0.3
    )


def _marker_runs_on(first: Line, prev: Line, line: Line, full: bool) -> bool:
    """Whether a label or bullet starting a line only continues the paragraph ("…пособие. |
    – Томск, 2019"): the previous line had no room left for it (it was wrapped, not ended), did
    not end a lead-in or an item (":", ";"), and the paragraph does not begin with a marker of
    the same kind, a label or a bullet (then the line is its next item)."""
    if not full or prev.text.endswith((":", ";")):
        return False
    label, _, bullet = split_label(first.text)
    if label is None and not bullet:
        return True
    return bullet != split_label(line.text)[2]


_OPENERS = (("«", "»"), ("(", ")"), ("“", "”"))
_RUNS_ON_RE = re.compile(
    r"(?:[-–—,]|(?<!\w)(?:и|или|а|но|в|во|на|по|за|для|от|до|при|без|под|над|об|о|с|со|к|ко|из|у|не))$",
    re.IGNORECASE,
)


def _runs_on(lines: list[Line]) -> bool:
    """Whether a paragraph's text so far cannot end here: a quote or bracket is open, or it
    ends in a hyphen, dash, comma, preposition or conjunction."""
    text = " ".join(ln.text for ln in lines)
    if any(text.count(a) > text.count(b) for a, b in _OPENERS) or text.count('"') % 2:
        return True
    return bool(_RUNS_ON_RE.search(text))


def _aligned(prev: Line, line: Line, left: float, right: float) -> bool:
    """Both lines centered on the text column, or both flush right and well in from the left
    margin (a justified or indented line is neither; nor are two lines sharing their left
    edge but not their right one, which only happen to have their middles near the column's)."""
    mid = (left + right) / 2
    if all(
        abs((ln.x0 + ln.x1) / 2 - mid) <= 3 and ln.x0 > left + 8 and ln.x1 < right - 8 for ln in (prev, line)
    ) and (abs(prev.x0 - line.x0) > 1.5 or abs(prev.x1 - line.x1) <= 1.5):
        return True
    return all(abs(ln.x1 - right) <= 2 and ln.x0 > left + (right - left) / 4 for ln in (prev, line))


def _line_gap(pages: list[PageItems]) -> float:
    """The largest gap still inside a paragraph: a bit over the usual line spacing."""
    gaps = []
    for items in pages:
        for a, b in zip(items.lines, items.lines[1:], strict=False):
            d = b.top - a.bottom
            if 0 <= d < 40:
                gaps.append(round(d, 1))
    if not gaps:
        return 6.0
    common = Counter(gaps).most_common(1)[0][0]
    return common * 1.6 + 2.0


def first_line_indents(pages: list[PageItems], gap: float) -> frozenset[int]:
    """The first-line indents the document's paragraphs use: the x0 of full lines (the next
    word would not have fitted) followed, in the same paragraph style, by a line that goes back
    left, seen at least twice."""
    counts: Counter[int] = Counter()
    for items in pages:
        for a, b in zip(items.lines, items.lines[1:], strict=False):
            if b.x0 >= a.x0 - 8 or a.label_word or b.label_word or a.bold != b.bold:
                continue
            word = b.words[0]
            full = a.x1 + (word.x1 - word.x0) + word.size * 0.3 >= items.right_edge
            if full and 0 <= b.top - a.bottom <= gap and abs(a.size - b.size) <= 0.6:
                counts[round(a.x0)] += 1
    return frozenset(x for x, n in counts.items() if n >= 2)


def paragraphs(
    lines: list[Line],
    right_edges: dict[int, float],
    gap: float,
    left_edges: dict[int, float] | None = None,
    indents: frozenset[int] = frozenset(),
) -> list[Para]:
    if left_edges is None:
        left_edges = {}
        for ln in lines:
            left_edges[ln.page] = min(left_edges.get(ln.page, ln.x0), ln.x0)
    lay = Layout(right=right_edges, gap=gap, left=left_edges, indents=indents)
    out: list[Para] = []
    for line in lines:
        if out and not _new_paragraph(out[-1].lines, line, lay):
            out[-1].lines.append(line)
        else:
            out.append(Para(lines=[line]))
    return out


def para_text(para: Para) -> str:
    parts = [para.lines[0].text]
    for prev, line in zip(para.lines, para.lines[1:], strict=False):
        joined = _hyphen_join(prev.text, line.text)
        if joined is not None and prev.text.endswith("\u00ad"):
            parts[-1] = parts[-1][:-1]
        parts.append(joined if joined is not None else " ")
        parts.append(line.text)
    return clean_text("".join(parts))


def para_block(para: Para, body_size: float, heading_levels: dict[float, int] | None = None) -> Block | None:
    """The block of a paragraph, decided as the .docx reader decides it from the runs: a short
    bold paragraph (or one in a larger font) is a heading, a labelled or bulleted one a list
    item. A list item's level is 1, or its label's depth; `list_levels` sets it from indents. A
    heading's level is its label's depth, or for one in a larger font the rank of its size in
    `heading_levels` (a heading style's size), else none (a bold paragraph of body text)."""
    text = para_text(para)
    if not text:
        return None
    label, rest, bullet = split_label(text)
    if label is not None or bullet:
        text = rest
    bold = all(ln.bold for ln in para.lines)
    size = max(ln.size for ln in para.lines)
    short = len(text) <= SHORT_HEADING_CHARS
    big = size >= body_size + 1.5
    level: int | None = label_depth(label) if label else None
    if ((bold and not is_labelled_value(text)) or big) and short and not bullet:
        kind = BlockKind.HEADING
        if level is None and big and heading_levels:
            level = heading_levels.get(_size_key(size))
    elif label is not None or bullet:
        kind = BlockKind.LIST_ITEM
        level = level or 1
    else:
        kind, level = BlockKind.PARAGRAPH, None
    caps = typed_in_capitals(text)
    return Block(
        kind=kind,
        text=text,
        number=label,
        level=level,
        emphasis=(bold or caps or big) and len(text) <= SHORT_EMPHASIS_CHARS,
        location=Location(page=para.page),
    )


def _size_key(size: float) -> float:
    return round(size * 2) / 2


def heading_levels(paras: list[Para], body_size: float) -> dict[float, int]:
    """Font sizes above the body's, largest first, as heading levels 1, 2, ... (sizes of short
    paragraphs only: a heading style's size, not a large-print passage)."""
    sizes = {
        _size_key(size)
        for para in paras
        if (size := max(ln.size for ln in para.lines)) >= body_size + 1.5
        and sum(len(ln.text) for ln in para.lines) <= SHORT_HEADING_CHARS + 10
    }
    return {size: i for i, size in enumerate(sorted(sizes, reverse=True), start=1)}


def list_levels(blocks: list[Block], starts: list[float | None]) -> None:
    """List levels from indents, as Word's numbering levels are laid out: in a run of
    consecutive list items, those at the run's smallest indent are level 1, the next indent in
    level 2, and so on. A label with a depth of its own ("2.1.") keeps it; `starts[i]` is the x0
    of block i's first line."""
    i = 0
    while i < len(blocks):
        if blocks[i].kind is not BlockKind.LIST_ITEM:
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind is BlockKind.LIST_ITEM:
            j += 1
        run = [k for k in range(i, j) if blocks[k].level == 1 and starts[k] is not None]
        steps: list[float] = []
        for x in sorted(starts[k] for k in run):  # type: ignore[misc]
            if not steps or x - steps[-1] > 6.0:
                steps.append(x)
        for k in run:
            blocks[k].level = sum(1 for x in steps if x <= starts[k] + 0.5)  # type: ignore[operator]
        i = j


# ---------------------------------------------------------------------------------------------
# The reader
# ---------------------------------------------------------------------------------------------


_PASSWORD_RU = "PDF защищён паролем: снимите защиту или приложите файл без пароля"
_PASSWORD_EN = "The PDF is password-protected: remove the protection or supply an unprotected file"


def _open(data: bytes) -> Any:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = len(pdf.pages)  # force the page tree parse, where damage surfaces
        return pdf
    except PdfminerException as exc:  # pdfplumber wraps pdfminer's errors
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, MemoryError):
            raise inner from None  # the machine's state, not a damaged file (never cached as one)
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ReaderError(_PASSWORD_RU, _PASSWORD_EN) from exc
        raise _damaged(inner) from exc
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ReaderError(_PASSWORD_RU, _PASSWORD_EN) from exc
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on broken files
        raise _damaged(exc) from exc


def _damaged(exc: object) -> ReaderError:
    what = f"{type(exc).__name__}: {exc}" if isinstance(exc, BaseException) else str(exc)
    return ReaderError(
        f"Повреждённый PDF: файл обрезан или испорчен ({what})",
        f"Damaged PDF: the file is truncated or corrupt ({what})",
    )


def _force_fallback(data: bytes) -> bytes:
    """The same bytes with the `startxref` pointer broken: pdfminer then rebuilds the
    cross-reference table by scanning the objects, which saves files whose xref offsets are wrong."""
    i = data.rfind(b"startxref")
    return data if i < 0 else data[:i] + b"startxrez" + data[i + 9 :]


def _read_pages(data: bytes) -> tuple[list[PageItems], list[int], int, int]:
    """Pages read, pages without text, total characters, pages that could not be read.

    PDFium first (`_pdfium`: the same words and tables, ~20× faster); pdfplumber for a file
    PDFium's path does not reproduce (see `_pdfium`) or cannot read."""
    from repcheck.plugins.readers import _pdfium

    try:
        doc = _pdfium.open_pdf(data)
    except _pdfium.PasswordError:
        raise ReaderError(_PASSWORD_RU, _PASSWORD_EN) from None
    if doc is not None:
        try:
            return _read_pdfium_pages(doc)
        except MemoryError:
            raise
        except Exception:  # noqa: BLE001 - Fallback, or anything PDFium's path did not expect
            pass
        finally:
            doc.close()
    return _read_plumber_pages(data)


def _read_pdfium_pages(doc: Any) -> tuple[list[PageItems], list[int], int, int]:
    pages: list[PageItems] = []
    empty_pages: list[int] = []
    total = 0
    for no, page in enumerate(doc.pages, start=1):
        try:
            items, chars = read_page(page, no)
        finally:
            page.close()
        pages.append(items)
        total += chars
        if chars == 0:
            empty_pages.append(no)
    return pages, empty_pages, total, 0


def _read_plumber_pages(data: bytes) -> tuple[list[PageItems], list[int], int, int]:
    pdf = _open(data)
    pages: list[PageItems] = []
    empty_pages: list[int] = []
    total = broken = 0
    try:
        for no, page in enumerate(pdf.pages, start=1):
            try:
                items, chars = read_page(page, no)
            except MemoryError:
                raise
            except Exception as exc:  # noqa: BLE001 - a damaged content stream: the other pages still count
                if exc.args and isinstance(exc.args[0], MemoryError):  # wrapped by pdfplumber
                    raise exc.args[0] from None
                broken += 1
                empty_pages.append(no)
                continue
            finally:
                page.close()
            pages.append(items)
            total += chars
            if chars == 0:
                empty_pages.append(no)
    finally:
        pdf.close()
    return pages, empty_pages, total, broken


def read_page(page: Any, page_no: int) -> tuple[PageItems, int]:
    words = page_words(page)
    tables = page_tables(page, words, page_no)
    body = [w for w in words if not any(_inside(w, t.bbox) for t in tables)]
    lines = group_lines(body, page_no)
    chars = sum(len(w.text) for w in words)
    items = PageItems(
        lines=lines, tables=tables, right_edge=0.0, height=float(page.height), width=float(page.width)
    )
    return items, chars


def set_right_edges(pages: list[PageItems]) -> None:
    """The text's edges: on the right the widest body line, on the left the leftmost x0 that
    several lines share (a stray line further left is no margin), over all pages of the same
    width.

    Per page they would be wrong on a page of short lines; tables are left out because they
    often stick out past the text margins.
    """
    widest: dict[float, float] = defaultdict(float)
    starts: dict[float, Counter[int]] = defaultdict(Counter)
    for items in pages:
        for line in items.lines:
            widest[items.width] = max(widest[items.width], line.x1)
            starts[items.width][round(line.x0)] += 1
    lefts = {}
    for width, counts in starts.items():
        shared = [x for x, n in counts.items() if n >= 2]
        lefts[width] = float(min(shared or counts))
    for items in pages:
        items.right_edge = widest[items.width] or items.width
        if items.lines:
            exact = [ln.x0 for ln in items.lines if abs(ln.x0 - lefts[items.width]) <= 0.5]
            items.left_edge = min(exact) if exact else lefts[items.width]


def _stream(pages: list[PageItems]) -> list[Line | PTable]:
    """Lines and tables of all pages in reading order, with continued tables joined."""
    out: list[Line | PTable] = []
    for items in pages:
        merged: list[tuple[float, Line | PTable]] = [(ln.top, ln) for ln in items.lines]
        merged += [(t.top, t) for t in items.tables]
        merged.sort(key=lambda p: p[0])
        for i, (_, item) in enumerate(merged):
            prev = out[-1] if out else None
            if (
                i == 0
                and isinstance(item, PTable)
                and isinstance(prev, PTable)
                and prev.last_page == item.page - 1
                and fits_grid(prev, item)
            ):
                continue_table(prev, item)
                continue
            out.append(item)
    return out


def _body_size(pages: list[PageItems]) -> float:
    sizes: Counter[float] = Counter()
    for items in pages:
        for line in items.lines:
            for w in line.words:
                sizes[w.size] += len(w.text)
    return sizes.most_common(1)[0][0] if sizes else 12.0


def build_blocks(pages: list[PageItems]) -> list[Block]:
    gap = _line_gap(pages)
    right_edges = {items.lines[0].page: items.right_edge for items in pages if items.lines}
    left_edges = {items.lines[0].page: items.left_edge for items in pages if items.lines}
    indents = first_line_indents(pages, gap)
    body_size = _body_size(pages)
    parts: list[Para | PTable] = []
    run: list[Line] = []

    def flush() -> None:
        parts.extend(paragraphs(run, right_edges, gap, left_edges, indents))
        run.clear()

    for item in _stream(pages):
        if isinstance(item, Line):
            run.append(item)
        else:
            flush()
            parts.append(item)
    flush()
    levels = heading_levels([p for p in parts if isinstance(p, Para)], body_size)
    blocks: list[Block] = []
    starts: list[float | None] = []
    for part in parts:
        if isinstance(part, Para):
            block = para_block(part, body_size, levels)
            if block is not None:
                blocks.append(block)
                starts.append(part.lines[0].x0)
        else:
            blocks.append(
                Block(kind=BlockKind.TABLE, table=to_table(part), location=Location(page=part.page))
            )
            starts.append(None)
    list_levels(blocks, starts)
    return blocks


def read_pdf_bytes(path: Path, data: bytes) -> Document:
    if not data.lstrip()[:5] == PDF_MAGIC:
        raise ReaderError("Это не PDF-файл", "Not a PDF file")
    check_pdf(data)  # compression bombs and reference loops, before any backend decodes a stream
    first_error: ReaderError | None = None
    try:
        pages, empty_pages, total, broken = _read_pages(data)
    except ReaderError as exc:
        if exc.ru == _PASSWORD_RU:
            raise
        first_error, pages, empty_pages, total, broken = exc, [], [], 0, 0
    if not empty_pages and not pages:  # no page found: perhaps wrong xref offsets, rebuild them
        try:
            pages, empty_pages, total, broken = _read_pages(_force_fallback(data))
        except ReaderError:
            if first_error is not None:
                raise first_error from None
            raise
    page_count = len(pages) + broken
    if page_count == 0:
        raise ReaderError(
            "Повреждённый PDF: в нём не найдено ни одной страницы",
            "Damaged PDF: no page could be found in it",
        )
    if broken == page_count or (broken and total < MIN_TEXT_CHARS):
        raise ReaderError(
            f"Повреждённый PDF: страницы не читаются (испорчено {broken} из {page_count})",
            f"Damaged PDF: the pages cannot be read ({broken} of {page_count} damaged)",
        )
    if total < MIN_TEXT_CHARS:
        raise ReaderError(
            "В PDF нет текстового слоя (скан); нужно распознавание (OCR) или исходный файл Word",
            "The PDF has no text layer (a scan); it needs OCR, or send the original Word file",
        )
    warnings = []
    if empty_pages:
        warnings.append(f"pages without a text layer (scanned?): {', '.join(map(str, empty_pages))}")
    removed = remove_running(pages)
    set_right_edges(pages)
    if removed:
        warnings.append(f"{removed} running header/footer lines removed")
    doc = Document(
        path=str(path),
        format="pdf",
        blocks=build_blocks(pages),
        page_count=page_count,
        warnings=warnings,
    )
    return doc.reindex()


class PdfReader(Reader):
    name = "pdf"
    extensions = (".pdf",)
    priority = 10

    def sniff(self, head: bytes, path: Path) -> bool:
        # The header may follow a few junk bytes (allowed within the first 1024 by readers).
        return PDF_MAGIC in head[:1024]

    def read(self, path: Path, data: bytes) -> Document:
        start = data.find(PDF_MAGIC, 0, 1024)
        if start < 0:
            raise ReaderError("Это не PDF-файл", "Not a PDF file")
        return read_pdf_bytes(path, data[start:])


@hookimpl
def repcheck_readers() -> list[Reader]:
    return [PdfReader()]
