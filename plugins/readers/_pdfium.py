"""PDF pages through PDFium (pypdfium2): characters, words and ruled tables as pdfplumber saw them.

Why: pdfplumber (pdfminer underneath) interprets each page's content stream in Python, ~50× the
time PDFium (C++, Apache-2.0/BSD, the engine of Chrome's viewer, wrapped by pypdfium2, already a
dependency of pdfplumber) takes to extract the same text. The PDF reader's layout rules were
built and tuned on pdfplumber's words and tables, so this module gives them the same input:

- characters: PDFium's text page, two calls per character (its text object, its origin) and a
  few per text object (font, size, matrix); a character's box is pdfminer's — from its origin,
  as wide as the advance the font's /Widths give it (`FPDFFont_GetGlyphWidth`: PDFium's own
  "loose" box is wider on italics), from the baseline by the font descriptor's /Descent, one
  font size high — and its font the descriptor's (the subset tag dropped, as PDFium drops it);
- words: pdfplumber 0.11's ``extract_words(x_tolerance=2, y_tolerance=2, extra_attrs=
  ["fontname", "size"])``, re-implemented on tuples (runs of one font and size, lines by
  clustered tops, characters by x, a word broken at a space or a gap over 2 pt);
- tables: pdfplumber's table finder with its default "lines" strategy (MIT; the edges of
  lines, rectangles and curves classified as pdfminer classifies a painted path, snapped and
  joined within 3 pt, their intersections, the smallest cells, cells touching at a corner
  grouped into tables), re-implemented on tuples.

tests/readers/test_pdfium.py holds every corpus PDF's words and tables to pdfplumber's. What
differs: coordinates come in single precision (rounded to 4 decimals: within 0.0005 pt of
pdfminer's), and a hyphen PDFium flags at a line end (it reports U+0002) is read as "-"
whatever the source character was (a soft hyphen U+00AD included). The reader falls back to
pdfplumber (`open_pdf` returns None, or `Fallback` is raised while a page is read) for what this
module does not reproduce: a cross-reference table PDFium had to rebuild (damaged files keep
pdfplumber's diagnosis), rotated pages or text, a media box off the origin, a font whose
descriptor is not found among the file's uncompressed objects (the standard fonts, object
streams) or whose subsets disagree, a Type 3 font, and characters PDFium cannot map to Unicode.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import threading
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from itertools import compress, repeat
from operator import add, gt, itemgetter
from typing import Any, Iterator


class Fallback(Exception):
    """The document needs pdfplumber: something this module does not reproduce."""


class PasswordError(Exception):
    """The document is encrypted with a password."""


X_TOLERANCE = 2  # pdfplumber extract_words arguments used by the reader
Y_TOLERANCE = 2
SNAP = JOIN = INTERSECTION = 3  # pdfplumber TableSettings defaults
EDGE_MIN_LENGTH = 3
EDGE_MIN_LENGTH_PREFILTER = 1
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
_HYPHEN_MARK = 2  # PDFium's code for a hyphen it found at a line end
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# What PDFium's page text cannot give as it is: control codes (its line-end hyphen mark among
# them), halves of surrogate pairs, and the non-characters it stands in for an unknown code with.
_SPECIAL_RE = re.compile("[\x00-\x1f\ud800-\udfff\ufffe\uffff]")
_LIGATURE_RE = re.compile("[" + "".join(LIGATURES) + "]")
_LIGATURE_TABLE = str.maketrans(LIGATURES)
_WORD_RE = re.compile(r"\S+")  # \S is not str.isspace(), character for character


# ---------------------------------------------------------------------------------------------
# Font descriptors (pdfminer places a character's box by the descriptor's /Descent)
# ---------------------------------------------------------------------------------------------

_DESCRIPTOR_RE = re.compile(rb"/Type\s*/FontDescriptor\b")
_FONTNAME_RE = re.compile(rb"/FontName\s*/([^\s/<>\[\]()%{}]+)")
_DESCENT_RE = re.compile(rb"/Descent\s+([-+]?(?:\d+\.?\d*|\.\d+))(\s+\d+\s+R)?")
_NAME_ESCAPE_RE = re.compile(rb"#([0-9A-Fa-f]{2})")


def font_descents(data: bytes) -> dict[str, float]:
    """FontName → /Descent of every font descriptor among the file's uncompressed objects.
    A descriptor whose Descent is an indirect reference is left out (its fonts fall back)."""
    out: dict[str, float] = {}
    for m in _DESCRIPTOR_RE.finditer(data):
        start = data.rfind(b" obj", 0, m.start())
        end = data.find(b"endobj", m.end())
        chunk = data[start if start >= 0 else m.start() : end if end >= 0 else len(data)]
        name = _FONTNAME_RE.search(chunk)
        if name is None:
            continue
        raw = _NAME_ESCAPE_RE.sub(lambda e: bytes([int(e.group(1), 16)]), name.group(1))
        key = raw.decode("utf-8", "replace")
        got = _DESCENT_RE.search(chunk)
        if got is not None and got.group(2):
            continue
        descent = float(got.group(1)) if got is not None else 0.0
        descent = -descent if descent > 0 else descent  # pdfminer forces it negative
        # PDFium names an embedded font by its program, without the subset tag ("BAAAAA+"):
        # keep the bare name too, NaN where subsets of one font disagree (they fall back).
        for name_key in {key, key.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", key) else key}:
            if name_key in out and out[name_key] != descent:
                out[name_key] = float("nan")
            else:
                out[name_key] = descent
    return out


# ---------------------------------------------------------------------------------------------
# The document
# ---------------------------------------------------------------------------------------------


def _raw() -> Any:
    import pypdfium2  # noqa: F401  (initialises the library)
    import pypdfium2_raw

    return pypdfium2_raw


_FAST: dict[str, Any] = {}


def _fast() -> dict[str, Any]:
    """The per-character calls as plain C functions: pypdfium2's typed wrappers convert every
    argument and result, more than the call itself costs. They are declared without argument
    types (ctypes then passes a Python int as a C int, a `c_void_p` and a `byref` as pointers,
    which is what these functions take), so nothing is converted but the index."""
    if not _FAST:
        R = _raw()
        for name, res in (
            ("FPDFText_GetTextObject", ctypes.c_void_p),
            ("FPDFText_GetUnicode", ctypes.c_uint),
            ("FPDFText_GetCharOrigin", ctypes.c_int),
            ("FPDFText_IsHyphen", ctypes.c_int),
            ("FPDFText_CountChars", ctypes.c_int),
            ("FPDFText_GetMatrix", ctypes.c_int),
            ("FPDFTextObj_GetFontSize", ctypes.c_int),
            ("FPDFTextObj_GetFont", ctypes.c_void_p),
            ("FPDFPage_CountObjects", ctypes.c_int),
            ("FPDFPage_GetObject", ctypes.c_void_p),
            ("FPDFPageObj_GetType", ctypes.c_int),
        ):
            bound = getattr(R, name)
            address = ctypes.cast(bound, ctypes.c_void_p).value  # the same C function
            stdcall = getattr(ctypes, "_FUNCFLAG_STDCALL", 0)  # 32-bit Windows builds
            factory = ctypes.WINFUNCTYPE if stdcall and bound._flags_ & stdcall else ctypes.CFUNCTYPE  # type: ignore[attr-defined]
            _FAST[name] = factory(res)(address)
    return _FAST


SLOTS = 16384  # origins asked for at a time (a page of text has some thousands of characters)


class _OriginSlots(threading.local):
    """Where PDFium writes the characters' origins: one double per character for x and one for
    y, and a pointer to each made once, so that a page's origins are asked for in one `map`
    over the calls (no Python frame, no pointer built per character). Per thread: the Dask
    executor reads files in threads."""

    size = 0
    xs: Any = None
    ys: Any = None
    x_refs: list = []
    y_refs: list = []

    def __init__(self) -> None:
        self.matrix = _raw().FS_MATRIX()  # a text object's matrix and font size, as asked for
        self.font_size = ctypes.c_float()
        self.matrix_ref, self.font_size_ref = ctypes.byref(self.matrix), ctypes.byref(self.font_size)

    def take(self, count: int) -> _OriginSlots:
        if count > self.size:
            size = min(max(count, 2 * self.size, 4096), SLOTS)
            self.xs, self.ys = (ctypes.c_double * size)(), (ctypes.c_double * size)()
            self.x_refs = [ctypes.byref(self.xs, 8 * i) for i in range(size)]
            self.y_refs = [ctypes.byref(self.ys, 8 * i) for i in range(size)]
            self.size = size
        return self


_SLOTS: _OriginSlots | None = None


def _slots() -> _OriginSlots:
    global _SLOTS
    if _SLOTS is None:
        _SLOTS = _OriginSlots()
    return _SLOTS


def open_pdf(data: bytes) -> PdfiumDocument | None:
    """The document read through PDFium, or None when pdfplumber must read it. Raises
    ReaderError for a password-protected file (the reader's own message)."""
    if re.search(rb"/Subtype\s*/Type3\b", data):
        return None
    import pypdfium2 as pdfium

    R = _raw()
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        # PDFium's last error is process-wide state: a password error left by an earlier file
        # must not name this one, so a file without an /Encrypt entry is never "protected".
        if getattr(exc, "err_code", None) == R.FPDF_ERR_PASSWORD and b"/Encrypt" in data:
            raise PasswordError from exc
        return None
    if not R.FPDF_DocumentHasValidCrossReferenceTable(pdf.raw):
        pdf.close()
        return None
    return PdfiumDocument(pdf, font_descents(data))


class PdfiumDocument:
    def __init__(self, pdf: Any, descents: dict[str, float]) -> None:
        self.pdf = pdf
        self.descents = descents
        self.font_names: dict[int, str] = {}  # PDFium font → the name words are grouped by
        self.fonts: dict[int, tuple[str, float, dict]] = {}  # PDFium font → name, descent, advances

    def font_name(self, font: Any, base: str) -> str:
        """A name per font of the file: PDFium drops subset tags, so two subsets of one font
        (LibreOffice writes a second one past 255 glyphs) get "2+Name" to stay apart, as their
        tagged names keep them apart in pdfminer (a word is broken where the font changes)."""
        key = ctypes.cast(font, ctypes.c_void_p).value or 0
        name = self.font_names.get(key)
        if name is None:
            taken = sum(1 for n in self.font_names.values() if n.split("+", 1)[-1] == base)
            name = self.font_names[key] = f"{taken + 1}+{base}" if taken else base
        return name

    def __len__(self) -> int:
        return len(self.pdf)

    @property
    def pages(self) -> Iterator[PdfiumPage]:
        for i in range(len(self.pdf)):
            yield PdfiumPage(self, i)

    def close(self) -> None:
        self.pdf.close()


class _Font:
    """A text object's font as the characters need it: name, size, descent, advances."""

    def __init__(self, R: Any, font: Any, name: str, size: float, descent: float, scale: float, widths: dict) -> None:
        self.R, self.font, self.name, self.size, self.descent, self.scale = R, font, name, size, descent, scale
        self.widths = widths  # per font of the file: Unicode → advance in glyph units
        self.advances: dict[int, float] = widths.setdefault(scale, {})  # Unicode → advance here

    def advance(self, char: str) -> float:
        """pdfminer's advance of a character: the width the font's /Widths give its code (PDFium
        finds the code from the Unicode value), times the size and the text matrix."""
        units = self.widths.get(char)
        if units is None:
            w = ctypes.c_float()
            if not self.R.FPDFFont_GetGlyphWidth(self.font, ord(char), ctypes.c_float(1000.0), ctypes.byref(w)):
                raise Fallback("no glyph width")
            units = self.widths[char] = w.value
        adv = self.advances[char] = round(units * self.scale, 4)
        return adv

    def box(self, y: float, height: float) -> tuple[float, float]:
        """The top and bottom of a character on the baseline `y`: one font size high, from the
        baseline down by the descent."""
        y0 = round(y, 4) + self.descent
        return height - (y0 + self.size), height - y0


class _Columns:
    """A page's characters as columns (text, x0, x1, top, bottom) and the runs of one font and
    size: (start, end, fontname, size), in content order."""

    def __init__(self) -> None:
        self.text = ""
        self.x0: list[float] = []
        self.x1: list[float] = []
        self.top: list[float] = []
        self.bottom: list[float] = []
        self.runs: list[tuple[int, int, str, float]] = []


class PdfiumPage:
    """What the PDF reader asks of a pdfplumber page: its size, words and tables."""

    def __init__(self, doc: PdfiumDocument, index: int) -> None:
        R = _raw()
        self.R = R
        self.doc = doc
        self.raw = R.FPDF_LoadPage(doc.pdf.raw, index)
        self._cols: _Columns | None = None
        if not self.raw:
            raise Fallback("page not loaded")
        box = [ctypes.c_float() for _ in range(4)]
        got_box = R.FPDFPage_GetMediaBox(self.raw, *(ctypes.byref(v) for v in box))
        left, bottom, right, top = (v.value for v in box)
        problem = (
            "rotated page" if R.FPDFPage_GetRotation(self.raw) != 0
            else "no media box" if not got_box
            else "media box not at the origin" if left != 0 or bottom != 0
            else None
        )  # fmt: skip
        if problem:
            self.close()
            raise Fallback(problem)
        self.width = float(right)
        self.height = float(top)

    def close(self) -> None:
        if self.raw:
            self.R.FPDF_ClosePage(self.raw)
            self.raw = None

    # -- characters ----------------------------------------------------------------------------

    def chars(self) -> list[tuple]:
        """(text, x0, x1, top, bottom, fontname, size) per character, in content order."""
        c = self._columns()
        out: list[tuple] = []
        for s, e, name, size in c.runs:
            out.extend(zip(c.text[s:e], c.x0[s:e], c.x1[s:e], c.top[s:e], c.bottom[s:e], repeat(name), repeat(size)))
        return out

    def _columns(self) -> _Columns:
        if self._cols is None:
            R = self.R
            tp = R.FPDFText_LoadPage(self.raw)
            if not tp:
                raise Fallback("no text page")
            try:
                self._cols = self._walk_chars(tp)
            finally:
                R.FPDFText_ClosePage(tp)
        return self._cols

    def _walk_chars(self, tp: Any) -> _Columns:
        """The page's characters as columns. PDFium is asked per character for its text object
        and its origin only, each in one `map` over the page; the rest is per text object
        (font, size, descent, advances) and per baseline, on slices of those columns."""
        F = _fast()
        handle = ctypes.c_void_p(ctypes.cast(tp, ctypes.c_void_p).value)
        count = F["FPDFText_CountChars"](handle)
        cols = _Columns()
        if count <= 0:
            return cols
        text = self._codes(tp, count)
        objs = list(map(F["FPDFText_GetTextObject"], repeat(handle, count), range(count)))
        xs, ys = self._origins(F, handle, count)
        special = [m.start() for m in _SPECIAL_RE.finditer(text) if objs[m.start()] is not None]
        if special:  # (generated line breaks are left out anyway)
            text = self._resolve(F, handle, text, special)
        height = self.height
        fonts: dict[int, _Font] = {}  # per text object
        distinct: dict[tuple, _Font] = {}  # per font, size and matrix
        parts: list[str] = []
        X0, X1, TOP, BOTTOM, runs = cols.x0, cols.x1, cols.top, cols.bottom, cols.runs
        last_key: tuple | None = None
        start = 0
        for obj, group in itertools.groupby(objs):
            s = start
            start += len(list(group))
            if obj is None:
                continue  # spaces and line breaks PDFium generated: not in the file
            e = start
            font = fonts.get(obj)
            if font is None:
                font = fonts[obj] = self._font(F, handle, s, obj, distinct)
            chunk = text[s:e]
            advances = font.advances
            x0 = _round4(xs[s:e])
            try:
                X1 += map(add, x0, map(advances.__getitem__, chunk))
            except KeyError:
                del X1[len(X0) :]
                for ch in set(chunk).difference(advances):
                    font.advance(ch)
                X1 += map(add, x0, map(advances.__getitem__, chunk))
            X0 += x0
            n = e - s
            y_run = ys[s:e]
            if y_run.count(y_run[0]) == n:  # one baseline: the usual text object
                top, bottom = font.box(y_run[0], height)
                TOP += repeat(top, n)
                BOTTOM += repeat(bottom, n)
            else:
                boxes = {y: font.box(y, height) for y in set(y_run)}
                TOP += (boxes[y][0] for y in y_run)
                BOTTOM += (boxes[y][1] for y in y_run)
            parts.append(chunk)
            key = (font.name, font.size)
            first = len(X0) - n
            if key == last_key:
                runs[-1] = (runs[-1][0], len(X0), *key)
            else:
                runs.append((first, len(X0), *key))
                last_key = key
        cols.text = "".join(parts)
        return cols

    def _origins(self, F: dict[str, Any], handle: Any, count: int) -> tuple[list[float], list[float]]:
        """Every character's origin (x, y), asked for in windows of at most SLOTS characters."""
        slots = _slots().take(min(count, SLOTS))
        get = F["FPDFText_GetCharOrigin"]
        if count <= SLOTS:
            list(map(get, repeat(handle, count), range(count), slots.x_refs, slots.y_refs))
            return slots.xs[:count], slots.ys[:count]
        xs: list[float] = []
        ys: list[float] = []
        for start in range(0, count, SLOTS):
            n = min(SLOTS, count - start)
            list(map(get, repeat(handle, n), range(start, start + n), slots.x_refs, slots.y_refs))
            xs += slots.xs[:n]
            ys += slots.ys[:n]
        return xs, ys

    def _resolve(self, F: dict[str, Any], handle: Any, text: str, special: list[int]) -> str:
        """The text with the characters the page text does not give as they are asked for one by
        one: a hyphen PDFium found at a line end is "-"; a character without Unicode falls back."""
        chars = list(text)
        for i in special:
            code = F["FPDFText_GetUnicode"](handle, i)
            if code == _HYPHEN_MARK and F["FPDFText_IsHyphen"](handle, i):
                code = 0x2D
            elif code < 32 or 0xD800 <= code < 0xE000 or code >= 0xFFFE:
                raise Fallback("a character without Unicode")
            chars[i] = chr(code)
        return "".join(chars)

    def _codes(self, tp: Any, count: int) -> str:
        """The page's text in one call, one UTF-16 unit per character; when a character outside
        the BMP takes two units and shifts the rest, each is asked for alone ("\ufffe")."""
        buf = (ctypes.c_ushort * (count + 1))()
        got = self.R.FPDFText_GetText(tp, 0, count, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
        text = bytes(buf).decode("utf-16-le", "surrogatepass")[:count]
        if got != count + 1 or _SURROGATE_RE.search(text):
            return "\ufffe" * count
        return text

    def _font(self, F: dict[str, Any], handle: Any, index: int, obj: int, fonts: dict[tuple, _Font]) -> _Font:
        """The font, size and text matrix of the text object `obj` (of the character `index`),
        one `_Font` per distinct combination on the page."""
        slots = _slots()
        F["FPDFText_GetMatrix"](handle, index, slots.matrix_ref)
        m = slots.matrix
        a, d = m.a, m.d
        if m.b != 0 or m.c != 0 or a <= 0 or d <= 0:
            raise Fallback("rotated or mirrored text")
        obj_p = ctypes.c_void_p(obj)
        if not F["FPDFTextObj_GetFontSize"](obj_p, slots.font_size_ref):
            raise Fallback("no font size")
        fs = slots.font_size.value
        key = (F["FPDFTextObj_GetFont"](obj_p) or 0, fs, a, d)
        got = fonts.get(key)
        if got is None:
            got = fonts[key] = self._new_font(key[0], fs, a, d)
        return got

    def _new_font(self, key: int, fs: float, a: float, d: float) -> _Font:
        R = self.R
        font = ctypes.cast(key, R.FPDF_FONT)
        known = self.doc.fonts.get(key)
        if known is None:
            n = R.FPDFFont_GetBaseFontName(font, None, 0)
            buf = ctypes.create_string_buffer(max(n, 1))
            R.FPDFFont_GetBaseFontName(font, buf, n)
            base = buf.value.decode("utf-8", "replace")
            descent = self.doc.descents.get(base)
            if descent is None or descent != descent:
                raise Fallback(f"font {base!r} without a readable descriptor")
            known = self.doc.fonts[key] = (self.doc.font_name(font, base), descent / 1000.0, {})
        name, descent_ratio, widths = known
        size = round(fs * d, 4)
        return _Font(R, font, name, size, descent_ratio * size, fs * a / 1000.0, widths)

    # -- words ---------------------------------------------------------------------------------

    def extract_words(self, **kwargs: Any) -> list[dict]:
        """pdfplumber's extract_words with the reader's arguments (see the module docstring)."""
        keys = ("text", "x0", "x1", "top", "bottom", "fontname", "size")
        return [dict(zip(keys, w)) for w in self.word_tuples()]

    def word_tuples(self) -> list[tuple]:
        """`extract_words` as (text, x0, x1, top, bottom, fontname, size) tuples.

        pdfplumber groups the characters into runs of one font and size, a run into lines by
        clustering their tops (within Y_TOLERANCE), a line sorted by x0 into words. Here a run's
        characters come in blocks of one top (a line of text, in content order); a cluster all
        of one top and one bottom — nearly every line — is cut into words on slices
        (`_flat_words`), any other character by character as pdfplumber does (`_line_words`)."""
        c = self._columns()
        out: list[tuple] = []
        ligatures = _LIGATURE_RE.search(c.text) is not None
        text, X0, X1, TOP, BOTTOM = c.text, c.x0, c.x1, c.top, c.bottom
        for s, e, name, size in c.runs:
            blocks: list[tuple[float, int, int]] = []  # (top, start, end)
            pos = s
            for top, group in itertools.groupby(TOP[s:e]):
                n = len(list(group))
                blocks.append((top, pos, pos + n))
                pos += n
            if len(blocks) == 1:  # one line: pdfplumber's box is its first character's
                _sorted_words(text[s:e], X0[s:e], X1[s:e], blocks[0][0], BOTTOM, s, name, size, ligatures, out)
                continue
            for line in _cluster_blocks(blocks):
                if len(line) == 1:
                    top, a, b = line[0]
                    chunk, x0, x1, bottoms = text[a:b], X0[a:b], X1[a:b], BOTTOM[a:b]
                else:
                    top = line[0][0]
                    chunk = "".join(text[a:b] for _, a, b in line)
                    x0 = [v for _, a, b in line for v in X0[a:b]]
                    x1 = [v for _, a, b in line for v in X1[a:b]]
                    bottoms = [v for _, a, b in line for v in BOTTOM[a:b]]
                if all(blk[0] == top for blk in line) and bottoms.count(bottoms[0]) == len(bottoms):
                    _sorted_words(chunk, x0, x1, top, bottoms, 0, name, size, ligatures, out)
                    continue
                tops = [blk[0] for blk in line for _ in range(blk[2] - blk[1])]
                chars = sorted(zip(chunk, x0, x1, tops, bottoms), key=itemgetter(1))
                _line_words(chars, name, size, out)
        return out

    # -- tables --------------------------------------------------------------------------------

    def find_tables(self) -> list[FoundTable]:
        edges = [e for e in self._edges() if e.length >= EDGE_MIN_LENGTH_PREFILTER]
        edges = [e for e in _merge_edges(edges) if e.length >= EDGE_MIN_LENGTH]
        cells = _cells(_intersections(edges))
        return [FoundTable(group) for group in _cells_to_tables(cells)]

    def _edges(self) -> list[Edge]:
        """Edges in pdfplumber's order: those of lines, then of rectangles, then of curves."""
        F = _fast()
        out: dict[str, list[Edge]] = {"line": [], "rect": [], "curve": []}
        page = ctypes.c_void_p(ctypes.cast(self.raw, ctypes.c_void_p).value)
        count = F["FPDFPage_CountObjects"](page)
        self._walk_objects(list(map(F["FPDFPage_GetObject"], repeat(page, count), range(count))), None, out)
        return out["line"] + out["rect"] + out["curve"]

    def _walk_objects(self, objects: list[int | None], outer: tuple | None, out: dict[str, list[Edge]]) -> None:
        """Paths and forms among the objects (their addresses: the type is asked for through the
        plain C function, the few paths and forms are then handled through pypdfium2's)."""
        R = self.R
        get_type = _fast()["FPDFPageObj_GetType"]
        path, form = R.FPDF_PAGEOBJ_PATH, R.FPDF_PAGEOBJ_FORM
        for address, kind in zip(objects, map(get_type, map(ctypes.c_void_p, objects))):
            if kind != path and kind != form:
                continue
            obj = ctypes.cast(address, R.FPDF_PAGEOBJECT)
            if kind == path:
                _paint_path(self._path_ops(obj, _compose(self._matrix(obj), outer)), self.height, out)
            else:
                inner = _compose(self._matrix(obj), outer)
                n = R.FPDFFormObj_CountObjects(obj)
                inside = [ctypes.cast(R.FPDFFormObj_GetObject(obj, j), ctypes.c_void_p).value for j in range(n)]
                self._walk_objects(inside, inner, out)

    def _matrix(self, obj: Any) -> tuple:
        m = self.R.FS_MATRIX()
        if not self.R.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
            raise Fallback("object without a matrix")
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def _path_ops(self, obj: Any, m: tuple) -> list[tuple[str, tuple[float, float] | None]]:
        """The path as pdfminer records it: m/l/c with their end points, h after a closed one."""
        R = self.R
        x, y = ctypes.c_float(), ctypes.c_float()
        px, py = ctypes.byref(x), ctypes.byref(y)
        a, b, c, d, e, f = m
        ops: list[tuple[str, tuple[float, float] | None]] = []
        bezier = 0
        for i in range(R.FPDFPath_CountSegments(obj)):
            seg = R.FPDFPath_GetPathSegment(obj, i)
            kind = R.FPDFPathSegment_GetType(seg)
            R.FPDFPathSegment_GetPoint(seg, px, py)
            pt = (round(a * x.value + c * y.value + e, 4), round(b * x.value + d * y.value + f, 4))
            if kind == R.FPDF_SEGMENT_MOVETO:
                ops.append(("m", pt))
            elif kind == R.FPDF_SEGMENT_LINETO:
                ops.append(("l", pt))
            elif kind == R.FPDF_SEGMENT_BEZIERTO:
                bezier += 1
                if bezier % 3:
                    continue  # control points: pdfminer keeps a curve's end point only
                ops.append(("c", pt))
            else:
                raise Fallback("unknown path segment")
            if R.FPDFPathSegment_GetClose(seg):
                ops.append(("h", None))
        return ops


def _compose(m: tuple, outer: tuple | None) -> tuple:
    """`m` then `outer` (an object inside a form: its matrix, then the form's)."""
    if outer is None:
        return m
    a1, b1, c1, d1, e1, f1 = m
    a0, b0, c0, d0, e0, f0 = outer
    return (
        a0 * a1 + c0 * b1, b0 * a1 + d0 * b1, a0 * c1 + c0 * d1, b0 * c1 + d0 * d1,
        a0 * e1 + c0 * f1 + e0, b0 * e1 + d0 * f1 + f0,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Words (pdfplumber.utils.text.WordExtractor, upright text, left to right)
# ---------------------------------------------------------------------------------------------


def _round4(values: list[float]) -> list[float]:
    """`round(x, 4)` of each value, exactly and four times faster, for single-precision values
    (PDFium keeps a character's origin as floats): x * 10000 is then exact (24 + 14 bits), so
    rounding it to an integer rounds as round(x, 4) does, half to even, and the integer over
    10000 is the double nearest the decimal; a zero is left to round(x, 4), which keeps its sign."""
    return [round(x * 10000.0) / 10000.0 or round(x, 4) for x in values]


def _cluster(items: list[tuple], field: int, tolerance: float) -> list[list[tuple]]:
    """pdfplumber's cluster_objects: values within `tolerance` of their neighbour in sorted
    order form a cluster; clusters in value order, items in their order inside one."""
    values = sorted({it[field] for it in items})
    index: dict[float, int] = {}
    group = 0
    last = None
    for v in values:
        if last is not None and v > last + tolerance:
            group += 1
        index[v] = group
        last = v
    keyed = sorted(items, key=lambda it: index[it[field]])
    return [list(g) for _, g in itertools.groupby(keyed, key=lambda it: index[it[field]])]


def _line_words(line: list[tuple], name: str, size: float, out: list[tuple]) -> None:
    """pdfplumber's iter_chars_to_words and merge_chars on one line of characters: a word ends
    at a space, or before a character left of the previous one's start, more than X_TOLERANCE
    right of its end, or more than Y_TOLERANCE above or below its top."""
    text: list[str] = []
    x0 = x1 = top = bottom = 0.0
    prev: tuple | None = None
    for c in line:
        t = c[0]
        if t.isspace():
            if text:
                out.append(_word(text, x0, x1, top, bottom, name, size))
                text = []
            prev = None
            continue
        if prev is not None and (c[1] < prev[1] or c[1] > prev[2] + X_TOLERANCE or abs(c[3] - prev[3]) > Y_TOLERANCE):
            out.append(_word(text, x0, x1, top, bottom, name, size))
            text = []
        if not text:
            x0, x1, top, bottom = c[1], c[2], c[3], c[4]
        else:
            if c[1] < x0:
                x0 = c[1]
            if c[2] > x1:
                x1 = c[2]
            if c[3] < top:
                top = c[3]
            if c[4] > bottom:
                bottom = c[4]
        text.append(LIGATURES.get(t, t))
        prev = c
    if text:
        out.append(_word(text, x0, x1, top, bottom, name, size))


def _cluster_blocks(blocks: list[tuple[float, int, int]]) -> list[list[tuple[float, int, int]]]:
    """`_cluster` of a run's characters by top, on blocks of characters of one top: the lines in
    order of their tops, each line's blocks in content order."""
    index: dict[float, int] = {}
    group = 0
    last = None
    for v in sorted({blk[0] for blk in blocks}):
        if last is not None and v > last + Y_TOLERANCE:
            group += 1
        index[v] = group
        last = v
    lines: list[list[tuple[float, int, int]]] = [[] for _ in range(group + 1)]
    for blk in blocks:
        lines[index[blk[0]]].append(blk)
    return lines


def _sorted_words(
    text: str, x0: list[float], x1: list[float], top: float, bottoms: list[float], offset: int,
    name: str, size: float, ligatures: bool, out: list[tuple],
) -> None:
    """`_flat_words` once the characters are sorted stably by x0, as pdfplumber sorts them; the
    line's bottom is its first character's after sorting (`bottoms[offset + i]`)."""
    first = 0
    if x0 != sorted(x0):
        order = sorted(range(len(x0)), key=x0.__getitem__)
        text = "".join(map(text.__getitem__, order))
        x0, x1 = list(map(x0.__getitem__, order)), list(map(x1.__getitem__, order))
        first = order[0]
    _flat_words(text, x0, x1, top, bottoms[offset + first], name, size, ligatures, out)


def _flat_words(
    text: str, x0: list[float], x1: list[float], top: float, bottom: float, name: str, size: float,
    ligatures: bool, out: list[tuple],
) -> None:
    """`_line_words` for a line whose characters share one top and bottom (one font and size on
    one baseline: the usual case), sorted by x0: a word ends at a space, or where a character
    starts more than X_TOLERANCE right of the previous one's end (never left of its start:
    they are sorted); its x0 is its first character's, its x1 the largest."""
    gaps = list(compress(range(1, len(text)), map(gt, x0[1:], map(add, x1, repeat(X_TOLERANCE)))))
    for m in _WORD_RE.finditer(text):
        a, b = m.span()
        j = bisect_right(gaps, a)
        while j < len(gaps) and gaps[j] < b:
            cut = gaps[j]
            out.append((_ligatures(text[a:cut], ligatures), x0[a], max(x1[a:cut]), top, bottom, name, size))
            a = cut
            j += 1
        out.append((_ligatures(text[a:b], ligatures), x0[a], max(x1[a:b]), top, bottom, name, size))


def _ligatures(word: str, any_on_page: bool) -> str:
    return word.translate(_LIGATURE_TABLE) if any_on_page else word


def _word(text: list[str], x0: float, x1: float, top: float, bottom: float, name: str, size: float) -> tuple:
    return ("".join(text), x0, x1, top, bottom, name, size)


# ---------------------------------------------------------------------------------------------
# Ruling lines and tables (pdfplumber.table, "lines" strategy)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edge:
    orientation: str  # "h" or "v"
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # pdfplumber's width (h) or height (v) as carried through its edits

    @property
    def length(self) -> float:
        return self.size

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


def _paint_path(ops: list[tuple[str, tuple[float, float] | None]], height: float, out: dict[str, list[Edge]]) -> None:
    """pdfminer's PDFLayoutAnalyzer.paint_path (lines, rectangles, curves), then pdfplumber's
    edges of each object."""
    shape = "".join(op for op, _ in ops)
    if shape[:1] != "m":
        return
    if shape.count("m") > 1:
        for m in re.finditer(r"m[^m]+", shape):
            _paint_path(ops[m.start() : m.end()], height, out)
        return
    first = ops[0][1]
    pts = [pt if pt is not None else first for _, pt in ops]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in ("mlh", "ml"):
        _line_edge(pts[0], pts[1], height, out["line"])
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        closed = pts[0] == pts[4]
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        if closed and square:
            _rect_edges(pts[0], pts[2], height, out["rect"])
        else:
            _curve_edges(pts, height, out["curve"])
    else:
        _curve_edges(pts, height, out["curve"])


def _bound(pts: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def _line_edge(p0: tuple[float, float], p1: tuple[float, float], height: float, out: list[Edge]) -> None:
    x0, y0, x1, y1 = _bound([p0, p1])
    top, bottom = height - y1, height - y0
    if top == bottom:
        out.append(Edge("h", x0, top, x1, bottom, x1 - x0))
    else:
        out.append(Edge("v", x0, top, x1, bottom, y1 - y0))


def _rect_edges(p0: tuple[float, float], p2: tuple[float, float], height: float, out: list[Edge]) -> None:
    x0, y0, x1, y1 = _bound([p0, p2])
    top, w, h = height - y1, x1 - x0, y1 - y0
    out.append(Edge("h", x0, top, x1, top, w))
    out.append(Edge("h", x0, top + h, x1, top + h, w))
    out.append(Edge("v", x0, top, x0, height - y0, h))
    out.append(Edge("v", x1, top, x1, height - y0, h))


def _curve_edges(pts: list[tuple[float, float]], height: float, out: list[Edge]) -> None:
    flipped = [(x, height - y) for x, y in pts]
    for (ax, ay), (bx, by) in zip(flipped, flipped[1:]):
        if ax == bx:
            out.append(Edge("v", min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), abs(ay - by)))
        elif ay == by:
            out.append(Edge("h", min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), abs(ax - bx)))


def _snap(edges: list[Edge], orientation: str) -> list[Edge]:
    """pdfplumber's snap_objects: positions within SNAP of each other move to their mean."""
    items = [(e, e.x0 if orientation == "v" else e.top) for e in edges]
    out: list[Edge] = []
    for cluster in _cluster(items, 1, SNAP):
        avg = sum(v for _, v in cluster) / len(cluster)
        for e, v in cluster:
            shift = avg - v
            if orientation == "v":
                out.append(Edge("v", e.x0 + shift, e.top, e.x1 + shift, e.bottom, e.size))
            else:
                out.append(Edge("h", e.x0, e.top + shift, e.x1, e.bottom + shift, e.size))
    return out


def _merge_edges(edges: list[Edge]) -> list[Edge]:
    """pdfplumber's merge_edges: snap, then join the edges of one line within JOIN."""
    snapped = _snap([e for e in edges if e.orientation == "v"], "v") + _snap(
        [e for e in edges if e.orientation == "h"], "h"
    )

    def group(e: Edge) -> tuple[str, float]:
        return ("h", e.top) if e.orientation == "h" else ("v", e.x0)

    out: list[Edge] = []
    for (orientation, _), items in itertools.groupby(sorted(snapped, key=group), key=group):
        if orientation == "h":
            ordered = sorted(items, key=lambda e: e.x0)
            joined = [ordered[0]]
            for e in ordered[1:]:
                last = joined[-1]
                if e.x0 <= last.x1 + JOIN:
                    if e.x1 > last.x1:
                        joined[-1] = Edge("h", last.x0, last.top, e.x1, last.bottom, e.x1 - last.x0)
                else:
                    joined.append(e)
        else:
            ordered = sorted(items, key=lambda e: e.top)
            joined = [ordered[0]]
            for e in ordered[1:]:
                last = joined[-1]
                if e.top <= last.bottom + JOIN:
                    if e.bottom > last.bottom:
                        joined[-1] = Edge("v", last.x0, last.top, last.x1, e.bottom, last.size + (e.bottom - last.bottom))
                else:
                    joined.append(e)
        out.extend(joined)
    return out


def _intersections(edges: list[Edge]) -> dict[tuple[float, float], tuple[list[Edge], list[Edge]]]:
    found: dict[tuple[float, float], tuple[list[Edge], list[Edge]]] = {}
    vs = sorted((e for e in edges if e.orientation == "v"), key=lambda e: (e.x0, e.top))
    hs = sorted((e for e in edges if e.orientation == "h"), key=lambda e: (e.top, e.x0))
    t = INTERSECTION
    for v in vs:
        for h in hs:
            if v.top <= h.top + t and v.bottom >= h.top - t and v.x0 >= h.x0 - t and v.x0 <= h.x1 + t:
                point = (v.x0, h.top)
                if point not in found:
                    found[point] = ([], [])
                found[point][0].append(v)
                found[point][1].append(h)
    return found


def _cells(found: dict[tuple[float, float], tuple[list[Edge], list[Edge]]]) -> list[tuple[float, float, float, float]]:
    """pdfplumber's intersections_to_cells: from each point, the smallest cell whose four
    corners are points and whose sides are edges through both of their ends."""
    v_boxes = {p: {e.bbox for e in vs} for p, (vs, _) in found.items()}
    h_boxes = {p: {e.bbox for e in hs} for p, (_, hs) in found.items()}

    def connects(p1: tuple[float, float], p2: tuple[float, float]) -> bool:
        if p1[0] == p2[0] and v_boxes[p1] & v_boxes[p2]:
            return True
        return p1[1] == p2[1] and bool(h_boxes[p1] & h_boxes[p2])

    points = sorted(found)
    # The points after `pt` in (x, y) order on its column (below it) and on its row (right of
    # it), in that order: pdfplumber's scans of all later points, from indexes.
    columns: dict[float, list[tuple[float, float]]] = defaultdict(list)
    rows: dict[float, list[tuple[float, float]]] = defaultdict(list)
    for pt in points:
        columns[pt[0]].append(pt)
        rows[pt[1]].append(pt)
    cells = []
    for pt in points[:-1]:
        column, row = columns[pt[0]], rows[pt[1]]
        below = column[bisect_right(column, pt) :]
        right = row[bisect_right(row, pt) :]
        cell = None
        for below_pt in below:
            if not connects(pt, below_pt):
                continue
            for right_pt in right:
                if not connects(pt, right_pt):
                    continue
                corner = (right_pt[0], below_pt[1])
                if corner in found and connects(corner, right_pt) and connects(corner, below_pt):
                    cell = (pt[0], pt[1], corner[0], corner[1])
                    break
            if cell is not None:
                break
        if cell is not None:
            cells.append(cell)
    return cells


def _cells_to_tables(cells: list[tuple[float, float, float, float]]) -> list[list[tuple[float, float, float, float]]]:
    def corners(b: tuple[float, float, float, float]) -> tuple[tuple[float, float], ...]:
        x0, top, x1, bottom = b
        return ((x0, top), (x0, bottom), (x1, top), (x1, bottom))

    remaining = list(cells)
    current_corners: set[tuple[float, float]] = set()
    current: list[tuple[float, float, float, float]] = []
    tables = []
    while remaining:
        before = len(current)
        for cell in list(remaining):
            cc = corners(cell)
            if not current or any(c in current_corners for c in cc):
                current_corners |= set(cc)
                current.append(cell)
                remaining.remove(cell)
        if len(current) == before:
            tables.append(list(current))
            current_corners.clear()
            current.clear()
    if current:
        tables.append(list(current))
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]


class FoundTable:
    """A table as pdfplumber's Table gives it to the reader: its cells and their bbox."""

    def __init__(self, cells: list[tuple[float, float, float, float]]) -> None:
        self.cells = cells
        self.bbox = (
            min(c[0] for c in cells),
            min(c[1] for c in cells),
            max(c[2] for c in cells),
            max(c[3] for c in cells),
        )
