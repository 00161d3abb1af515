"""The text reader: .txt/.md/.text files and anything that sniffs as text.

Reports reach us as plain-text extractions of Word/PDF files. Four shapes occur, often mixed
in one file (see ../shared/seeds when present):

a. Word extraction: every table cell on its own line, indented by one tab; a cell with several
   paragraphs continues on lines without the tab; rows are separated by blank lines (but a cell's
   trailing empty paragraph also yields a blank line, so blank lines alone do not separate rows);
   empty cells are tab-only lines.
b. PDF-to-markdown extraction: a table row is one line with cells separated by tabs; rows broken
   by a page break continue on the next line, in lower case, often after a hyphen.
c. Markdown/HTML fragments in prose: **bold**, *italic*, <b>, <p>, <br>, <li>, autolinks, escapes.
d. Word's "save as text": each paragraph a line, automatic numbers written out («7.», «IV.»), a
   table row a line with every cell (empty ones too) between tabs, a merged cell written once (a
   total «Итого<TAB>57» under six columns, a stage row without tabs), a cell's paragraphs joined
   by spaces; bold and heading styles are gone. Such tables are told from shape b by their rows
   (no row wider than the grid, most rows full; see _is_word_saved), and the lost bold of
   headings is read back from the shape of the lines (see _ProseContext). An automatic number
   is written with its tab («5.1.<TAB>Кадры», «а)<TAB>…»): such a line is a numbered paragraph,
   not a row (see _numbered_paragraph), and Word writes no blank line around a table.

Everything here is a linear pass over the lines (each line is looked at a bounded number of times,
regexes are anchored or have bounded backtracking), so large inputs stay fast.
"""

from __future__ import annotations

import codecs
import gc
import math
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import ClassVar

from repcheck import limits
from repcheck.hookspecs import hookimpl
from repcheck.models.document import Block, BlockKind, Cell, Document, Location, Row, Table
from repcheck.reader import Reader, ReaderError

# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Formats that other readers own: their first bytes can look like text (%PDF, {\rtf) or not.
_FOREIGN_MAGIC: tuple[bytes, ...] = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"{\\rtf")

_SAMPLE = 256 * 1024  # bytes inspected when guessing; enough for any real report's statistics

# Relative frequencies (%) of Russian letters; "ё" is raised above its printed frequency because
# reports do write it. Used by the single-byte scorer.
_RU_FREQ: dict[str, float] = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.20,
}  # fmt: skip
_RU_LOG: dict[str, float] = {c: math.log(f / 100) for c, f in _RU_FREQ.items()}
_RU_BIGRAMS = frozenset(
    "ст но то на ен ов ни ра во ко ро ал ан пр ер ос ли ре ет по ол ел ла ка го ор ом не от ат "  # noqa: SIM905
    "од ти та де ва ве ле ий ых ия ть ое ие ая ый их ог ск ис ми ин ль ак ам ем ег им об ит ди "
    "до да за из мо ны ся ци ьн ес кт ду ав ев ив".split()
)
_NO_WORD_START = frozenset("ьъы")  # Russian words never start with these
_TEXT_PUNCT = frozenset("«»—–№…“”„‘’•·")
# cp1251 is by far the most common 8-bit encoding of Russian Windows documents: a small prior
# settles the truly ambiguous one-word files in its favour.
_SINGLE_BYTE: tuple[tuple[str, float], ...] = (("cp1251", 1.0), ("koi8-r", 0.0), ("cp866", 0.0))


def _russian_score(text: str) -> float:
    """How much `text` looks like Russian: letter frequencies, common bigrams, sane case.

    A wrong single-byte decoding of Russian yields box-drawing characters (cp866), inverted case
    inside words and rare letters (cp1251 <-> koi8-r), which this penalises.
    """
    score = 0.0
    prev = ""
    for ch in text:
        if "\u0400" <= ch <= "\u04ff":
            low = ch.lower()
            score += _RU_LOG.get(low, -9.0) + 4.0
            if prev:
                if prev.islower() and ch.isupper():
                    score -= 6.0
                if prev.lower() + low in _RU_BIGRAMS:
                    score += 3.0
            elif low in _NO_WORD_START:
                score -= 8.0
            prev = ch
        else:
            if ord(ch) >= 128 and ch not in _TEXT_PUNCT:
                score -= 10.0
            prev = ""
    return score


def _high_byte_sample(data: bytes) -> bytes:
    """A sample that contains non-ASCII bytes even when the file starts with a long ASCII part."""
    sample = data[:_SAMPLE]
    if max(sample, default=0) >= 0x80:
        return sample
    m = re.search(rb"[\x80-\xff]", data)
    return data[m.start() : m.start() + _SAMPLE] if m else sample


def _guess_single_byte(data: bytes) -> str:
    sample = _high_byte_sample(data)
    best_enc, best_score = _SINGLE_BYTE[0][0], -math.inf
    for enc, prior in _SINGLE_BYTE:
        score = _russian_score(sample.decode(enc, errors="replace")) + prior
        if score > best_score:
            best_enc, best_score = enc, score
    return best_enc


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII characters put zero bytes at one parity only."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0 : pairs * 2 : 2].count(0), sample[1 : pairs * 2 : 2].count(0)
    if odd >= pairs * 0.05 and even == 0:
        enc = "utf-16-le"
    elif even >= pairs * 0.05 and odd == 0:
        enc = "utf-16-be"
    else:
        return None
    # The sample may end inside a surrogate pair: decode leniently, then demand real text
    # (binary data with zero bytes decodes to control characters).
    text = sample[: pairs * 2].decode(enc, errors="replace")[:-1]
    bad = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r"))
    return enc if bad <= len(text) // 100 else None


def _bom_encoding(head: bytes) -> tuple[str, int] | None:
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc, len(bom)
    return None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged bytes: almost every non-ASCII byte still decodes.

    A correct Cyrillic character takes two high bytes; cp1251 text, read as UTF-8, fails on
    nearly every high byte.
    """
    sample = data[: _SAMPLE * 16]
    bad = sample.decode("utf-8", errors="replace").count("\ufffd")
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    return high > 0 and bad <= max(1, high // 200)


_HIGH_BYTES = bytes(range(0x80, 0x100))


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes to text: (text, encoding name, warnings). Strict UTF-8 wins whenever it decodes."""
    bom = _bom_encoding(data[:4])
    if bom:
        enc, skip = bom
        text = data[skip:].decode(enc, errors="replace")
        warn = [f"invalid {enc} bytes replaced"] if "\ufffd" in text else []
        return text, ("utf-8-sig" if enc == "utf-8" else enc), warn
    if b"\x00" in data[:_SAMPLE]:
        enc16 = _utf16_without_bom(data[:_SAMPLE])
        if enc16:
            return data.decode(enc16, errors="replace"), enc16, [f"encoding guessed: {enc16}"]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), "utf-8", ["invalid utf-8 bytes replaced"]
    enc = _guess_single_byte(data)
    text = data.decode(enc, errors="replace")
    return text, enc, [f"encoding guessed: {enc}"]


def looks_like_text(head: bytes) -> bool:
    """True for bytes a text reader can read: a BOM, UTF-16 without one, or text with at most a
    few junk bytes (NUL and control bytes that do not occur in text; see `few_junk_bytes`)."""
    if _bom_encoding(head[:4]):
        return True
    if any(head.startswith(m) for m in _FOREIGN_MAGIC):
        return False
    if b"\x00" in head and _utf16_without_bom(head) is not None:
        return True
    return few_junk_bytes(head)


def few_junk_bytes(data: bytes) -> bool:
    """A stray control character or NUL or two occurs in real extractions (a copy from a PDF, a
    damaged save); binary data has many: at most 2 + 1 % of the bytes may be junk. The junk is
    dropped when the text is cleaned."""
    junk = 0
    for i in range(0, len(data), _JUNK_CHUNK):  # in pieces, for the time limit (see clean_text)
        piece = data[i : i + _JUNK_CHUNK]
        junk += len(piece) - len(piece.translate(None, _BINARY_CONTROLS))
    return junk <= 2 + len(data) // 100


_JUNK_CHUNK = 1 << 20

# Control bytes that do not occur in text (tab, LF, CR, VT, FF and ESC can).
_BINARY_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"

# --------------------------------------------------------------------------------------------
# Cleaning: one translate pass over the whole text
# --------------------------------------------------------------------------------------------


def _clean_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {c: None for c in range(32) if c not in (9, 10)}
    table.update({c: None for c in range(0x7F, 0xA0)})  # DEL and C1 controls
    # Vertical tab (Word's manual line break) and form feed separate words: keep a space.
    table[0x0B] = table[0x0C] = " "
    for c in (0xA0, 0x202F, 0x2007, 0x3000, 0x2028, 0x2029, *range(0x2000, 0x200B)):
        table[c] = " "
    for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD):  # zero-width, BOM, soft hyphen
        table[c] = None
    return table


_CLEAN = _clean_table()


_CLEAN_CHUNK = 1 << 20  # characters translated at a time


def clean_text(text: str) -> str:
    """Normalise newlines to LF, NBSP and odd spaces to space, drop invisible characters."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) <= _CLEAN_CHUNK:
        return text.translate(_CLEAN)
    # In pieces: a translate of 100 MB runs for seconds in C, where the per-file time limit (a
    # signal) cannot stop it; between pieces it can.
    return "".join([text[i : i + _CLEAN_CHUNK].translate(_CLEAN) for i in range(0, len(text), _CLEAN_CHUNK)])


# --------------------------------------------------------------------------------------------
# Inline markup
# --------------------------------------------------------------------------------------------

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ESCAPE_BASE = 0xF0000  # escaped characters hide in plane 15 while markup is removed
_UNESCAPE = re.compile("[\U000f0021-\U000f007e]")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]{1,2000}|mailto:[^<>\s]{1,500})>", re.IGNORECASE)
_BR = re.compile(r"<br\s{0,5}/?>", re.IGNORECASE)
# Tags that carry no emphasis and are simply dropped.
_PLAIN_TAG = re.compile(
    r"</?(?:p|span|div|font|u|a|ul|ol|li|sup|sub|s|strike|del|ins|mark|small|big|center|tt|code"
    r"|h[1-6])(?:\s[^<>]{0,500})?/?>",
    re.IGNORECASE,
)
_BOLD_TAG = re.compile(r"</?(?:b|strong)(?:\s[^<>]{0,500})?>", re.IGNORECASE)
_ITALIC_TAG = re.compile(r"</?(?:i|em)(?:\s[^<>]{0,500})?>", re.IGNORECASE)
# A single "*" opening or closing italics: touching text on exactly the inner side. A lone
# " * " or "2*3" stays.
_ITALIC_STAR = re.compile(r"(?:(?<![^\s(«\"“])\*(?=[^\s*])|(?<=[^\s*])\*(?![^\s).,;:!?»\"”]))")
_BOOKMARK = re.compile(r"\[bookmark: [^\]\n]{0,200}\]")  # pandoc's Word bookmark artefact
_SPACES = re.compile(r"[ \t]{2,}")


def _fully_wrapped(text: str, marker: str) -> bool:
    """True when every non-blank part of `text` sits between `marker` pairs (**a** **b**)."""
    if len(text) <= 2 * len(marker) or not (text.startswith(marker) and text.endswith(marker)):
        return False
    parts = text.split(marker)
    return len(parts) % 2 == 1 and all(not p.strip() for p in parts[0::2])


def strip_markup(text: str) -> tuple[str, bool]:
    """Plain text of one line and whether the whole line is bold."""
    if "[bookmark" in text:
        text = _BOOKMARK.sub("", text)
    has_escape = "\\" in text
    if has_escape:
        text = _ESCAPE.sub(lambda m: chr(_ESCAPE_BASE + ord(m.group(1))), text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _PLAIN_TAG.sub("", text)
        text = _ITALIC_TAG.sub("", text)
        text = _BOLD_TAG.sub("**", text)  # one bold syntax from here on
    bold = _fully_wrapped(text.strip(), "**")
    if "*" in text:
        text = _ITALIC_STAR.sub("", text.replace("**", ""))
    if has_escape:
        text = _UNESCAPE.sub(lambda m: chr(ord(m.group(0)) - _ESCAPE_BASE), text)
    if "&" in text:
        import html  # an entity in a Markdown line: rare

        text = html.unescape(text)
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text.replace("\t", " "))
    text = text.strip()
    return text, bold and bool(text)


# --------------------------------------------------------------------------------------------
# Number labels
# --------------------------------------------------------------------------------------------

# What may follow a number label after the space: a letter or an opening quote/bracket.
# "2022-2025гг.", "350001, город", "8(861)", "1 этап" and dates never match.
_LABEL_TAIL = r"(?:[ \t]+(?=[^\W\d_]|[«\"“„'(])|(?<=\.)(?=[А-ЯЁA-Z][а-яёa-z]))"
# "1)" may also be followed by a number: «1) 5 апреля 2022 г. – семинар» is a dated list item (as
# in the .docx reader); a dotted label before a number stays text («3. 5 участников»).
_ARABIC = re.compile(
    r"(\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}(?:\.\d{1,3})+)" + _LABEL_TAIL
    + r"|(\d{1,3}\))[ \t]+(?=[^\W_]|[«\"“„'(])"
)
_ROMAN = re.compile(r"([IVXLC]{1,7}\.)[ \t]+(?=[^\W\d_]|[«\"“„'(])")
_ROMAN_VALID = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_DIGITS = frozenset("IVXLC")
_LETTER = re.compile(r"([а-яёА-ЯЁa-z]\))[ \t]+(?=\S)")
_SECTION = re.compile(r"(?:Раздел|РАЗДЕЛ)[ \t]+(\d{1,2}|[IVXLC]{1,6})(\.?)(?:[ \t]+|$)")
# A cell holding only a row number: "1", "1.", "2.1.", "№ 3".
_NUMBER_CELL = re.compile(r"(?:№\s?)?\d{1,3}(?:\.\d{1,3})*\.?")


@dataclass(frozen=True)
class NumberLabel:
    number: str  # as written: "1.", "2.4.", "IV.", "а)"
    depth: int | None  # 1 for "1." and "I.", 2 for "1.1.", None when the form says nothing
    roman: bool = False
    section: bool = False  # "Раздел 2."


def split_number(text: str) -> tuple[NumberLabel | None, str]:
    """Split a leading number label off `text`: ("1.1. Цели") -> (1.1., "Цели")."""
    first = text[:1]
    # The first character picks the only pattern that can match: most lines try none.
    if first == "Р" and (m := _SECTION.match(text)):
        rest = text[m.end() :].strip()
        return NumberLabel(m.group(1) + m.group(2), 1, section=True), rest or "Раздел"
    roman = _ROMAN.match(text) if first in _ROMAN_DIGITS else None
    if roman and _ROMAN_VALID.fullmatch(roman.group(1)[:-1]):
        return NumberLabel(roman.group(1), 1, roman=True), text[roman.end() :].lstrip()
    if first.isdigit() and (m := _ARABIC.match(text)):
        label = m.group(1) or m.group(2)
        depth = None if label.endswith(")") else len(label.rstrip(".").split("."))
        return NumberLabel(label, depth), text[m.end() :].lstrip()
    if text[1:2] == ")" and (m := _LETTER.match(text)):
        return NumberLabel(m.group(1), None), text[m.end() :].lstrip()
    return None, text


def _number_key(text: str) -> tuple[int, ...] | None:
    """(2, 4) for a number cell "2.4."; None for anything else."""
    if not _NUMBER_CELL.fullmatch(text):
        return None
    return tuple(int(p) for p in text.lstrip("№ ").rstrip(".").split("."))


def _is_successor(prev: tuple[int, ...] | None, cur: tuple[int, ...]) -> bool:
    """Whether row number `cur` plausibly follows `prev` (1.9 -> 2.1, 2.4 -> 2.7; not 1 -> 30)."""
    if prev is None:
        return cur[0] <= 3
    for a, b in zip(prev, cur):
        if a != b:
            return 0 < b - a <= 3
    return len(cur) > len(prev)


# --------------------------------------------------------------------------------------------
# Prose lines
# --------------------------------------------------------------------------------------------

_MD_HEADING = re.compile(r"(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_HTML_HEADING = re.compile(r"<h([1-6])(?:\s[^<>]{0,500})?>(.*)</h\1>$", re.IGNORECASE)
# Bullets. "*"/"+"/dashes need a following space ("*word*" is italics, "-5" a number); a hyphen
# directly before a letter ("-определение") is a bullet in these extractions. U+F0B7 and friends
# are Symbol-font bullets from Word.
_BULLET = re.compile(
    r"(?:(?:<(?:ul|ol)(?:\s[^<>]{0,200})?>\s*)*<li(?:\s[^<>]{0,200})?>"
    r"|[•·▪■►➤➢✓✔◦○\uf0b7\uf0a7\uf076\uf0d8\uf0fc][ \t]*"
    r"|[-*+–—][ \t]+"
    r"|-(?=[^\W\d_]))",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"[^:]{1,60}:\s*\S")  # "Тема: ..." is a labelled value, not a title
_NO_TITLE_END = (".", ";", ",", ":")  # a line ending so is a sentence or introduces a list
_OPEN_QUOTES = "«\"„“"
_HEADING_MAX = 150  # longer lines are prose whatever their formatting (as in the .docx and PDF readers)


def _is_all_caps(text: str) -> bool:
    if text.upper() != text:  # C-speed reject of the usual, mixed-case line
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return False
    visible = sum(1 for c in text if not c.isspace())
    return len(letters) >= 0.6 * visible


def _is_caps_heading(text: str, caps: bool) -> bool:
    """All-caps short line of two or more words with a real word in it (not "МБОУ СОШ № 13")."""
    if not caps or len(text) > _HEADING_MAX:
        return False
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and any(sum(c.isalpha() for c in w) >= 5 for w in words)


@dataclass
class _Line:
    """One prose line after its indentation, bullet and markup are taken apart."""

    text: str
    indent: int
    bullet: bool
    bold: bool
    md_level: int | None


def _take_apart(raw: str) -> _Line:
    stripped = raw.lstrip(" ")
    indent = len(raw) - len(stripped)
    s = stripped.strip()
    md_level = None
    if s.startswith("#") and (m := _MD_HEADING.match(s)):
        md_level, s = len(m.group(1)), m.group(2)
    elif s[:2].lower() == "<h" and (m := _HTML_HEADING.match(s)):
        md_level, s = int(m.group(1)), m.group(2)
    bullet = False
    if md_level is None and (m := _BULLET.match(s)):
        bullet, s = True, s[m.end() :]
    text, bold = strip_markup(s)
    return _Line(text, indent, bullet, bold, md_level)


def _prose_kind(
    line: _Line, label: NumberLabel | None, text: str, caps: bool
) -> tuple[BlockKind, int | None]:
    """Reader-level guess of the block kind; the structurer has the final word on headings."""
    short = len(text) <= _HEADING_MAX
    depth = label.depth if label else None
    if line.md_level is not None:
        return BlockKind.HEADING, line.md_level
    if label and (label.section or label.roman) and short and not line.bullet:
        return BlockKind.HEADING, 1
    if not line.bullet and short and line.bold and not _LABELLED.match(text):
        return BlockKind.HEADING, depth
    if not line.bullet and _is_caps_heading(text, caps):
        return BlockKind.HEADING, depth
    if line.bullet or label:
        # Dotted numbers carry their own depth; bullets and "1)"/"а)" nest by indentation.
        return BlockKind.LIST_ITEM, depth or 1 + min(line.indent // 2, 8)
    return BlockKind.PARAGRAPH, None


def _line_block(line: _Line, label: NumberLabel | None, text: str, caps: bool, line_no: int) -> Block:
    kind, level = _prose_kind(line, label, text, caps)
    if label is not None and label.section:
        # «Раздел 2. Результаты» keeps its words, as the .docx and PDF readers keep them: the
        # structurer reads the section word and number off the title in every format.
        text, label = line.text, None
    return Block(
        kind=kind,
        text=text,
        number=label.number if label else None,
        level=level,
        emphasis=line.bold or caps,
        location=Location(line=line_no),
    )


def _prose_block(raw: str, line_no: int) -> Block | None:
    line = _take_apart(raw)
    if not line.text:
        return None
    label, text = split_number(line.text)
    return _line_block(line, label, text, _is_all_caps(text), line_no)


def prose_blocks(raw: str, line_no: int) -> list[Block]:
    """Blocks of one prose line: one, or several when <br> breaks it; none for an empty line."""
    pieces = _BR.split(raw) if "<" in raw else [raw]
    return [b for p in pieces if (b := _prose_block(p, line_no)) is not None]


# --------------------------------------------------------------------------------------------
# Headings a plain-text save has lost the formatting of
# --------------------------------------------------------------------------------------------
# Word's "save as text" writes a bold heading as a plain line: «4. Ресурсы проекта»,
# «о работе площадки» under «ОТЧЁТ». The shape tells what the bold told: such a line is
# read as bold, and the block grammar above (the .docx reader's: a short bold line that is no
# labelled value is a heading) decides the rest. A line with markup of its own (**…**, <b>) is
# left as it is written: where a file marks bold, a line without the mark is not bold.

_OUTLINE_SKIP = 3  # a section number may jump this far (5. → 7.: a section left out)


def _label_key(label: NumberLabel | None) -> tuple[int, ...] | None:
    """(5, 1) for "5.1." and "5.1"; None for roman, letter, "1)" and "Раздел" labels."""
    if label is None or label.depth is None or label.roman or label.section:
        return None
    return tuple(int(p) for p in label.number.rstrip(".").split("."))


def _continues_outline(prev: tuple[int, ...] | None, cur: tuple[int, ...]) -> bool:
    """Whether section number `cur` can follow section number `prev`: the next sibling at any
    level (2.3 → 2.4, 2.3 → 3., 5. → 7.), or the first child (5. → 5.1.). The first section of a
    document (or of a roman section) is «1.» or «1.1.», at most «3.»."""
    if prev is None:
        return cur[0] <= _OUTLINE_SKIP and cur[1:] in ((), (1,))
    if cur == (*prev, 1):
        return True
    for p in range(len(prev)):
        head, step = cur[:p], cur[p] - prev[p] if len(cur) > p else 0
        if head == prev[:p] and 0 < step <= _OUTLINE_SKIP and cur[p + 1 :] in ((), (1,)):
            return True
    return False


# A line that opens with a number or a date is a value under a heading («сентябрь 2023 – май
# 2025», «с 01.09.2023»), not the rest of the heading.
_VALUE_START = re.compile(
    r"(?:(?:с|до|по|от) )?\d"
    r"|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)",
    re.IGNORECASE,
)


# A title page's imprint, place and year («Озёрск, 2025»): not a title over numbered parts.
_IMPRINT = re.compile(r",\s*\d{4}(?:\s*г(?:од)?\.?)?$")


def _title_shaped(text: str) -> bool:
    """Short, opening with a capital or a quote, no final punctuation, no «Label: value»."""
    if len(text) > _HEADING_MAX or text.endswith(_NO_TITLE_END) or _LABELLED.match(text):
        return False
    return text[0].isupper() or text[0] in _OPEN_QUOTES


def _table_follows(lines: list[str], i: int) -> bool:
    """Whether a table starts on the line right after line `i` (Word writes no blank line there)."""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    return _is_cell_line(nxt) or (_is_tab_row(nxt) and _numbered_paragraph(nxt) is None)


_TITLE_OVER_TEXT_MAX = 100  # characters of an unnumbered title over a paragraph


def _sentence_follows(lines: list[str], i: int, text: str) -> bool:
    """Whether a short title-shaped line (`text`, line `i`) heads the paragraph right under it:
    a plain paragraph, longer than the line, that ends as a sentence or a lead-in does. (In the
    .docx reports at hand every such line was a bold heading.)"""
    if len(text) > _TITLE_OVER_TEXT_MAX or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    if _is_blank(nxt) or "\t" in nxt.rstrip():
        return False
    line = _take_apart(nxt)
    if line.bullet or line.md_level is not None or len(line.text) <= len(text):
        return False
    return split_number(line.text)[0] is None and line.text.endswith((".", ":", ";"))


# The approval stamp of a title page («УТВЕРЖДЕНО / приказом директора …»): no title over lines.
_GRIF = re.compile(r"(?:УТВЕРЖДЕН[ОАЫ]?|УТВЕРЖДАЮ|СОГЛАСОВАНО|ПРИНЯТ[ОАЫ]?|РАССМОТРЕНО)\b")


def _next_sibling(key: tuple[int, ...]) -> tuple[int, ...]:
    return (*key[:-1], key[-1] + 1)


@dataclass
class _ProseContext:
    """What the lines before the current one say about it (one pass, constant work per line)."""

    outline: tuple[int, ...] | None = None  # number of the last numbered heading
    # The last numbered list item of each depth since that heading ("1." of a task list).
    items: dict[int, tuple[int, ...]] | None = None
    blank_before: bool = True
    colon_before: bool = False  # the previous prose line ends with ":" (a list follows)
    # The previous line is a plain title-like line («План мероприятий»): numbered lines right
    # under it are its parts, not sections of the document.
    under_plain_title: bool = False
    title: Block | None = None  # the heading whose wrapped lines may follow, until a blank line
    title_lines: int = 0  # wrapped lines read after it
    # The level of the numbered list item right above («1. Провести диагностику:»), kept over
    # the lettered items under it («а) …», «б) …»): they are its sub-items.
    parent_level: int | None = None

    def blank(self) -> None:
        self.blank_before, self.colon_before, self.under_plain_title = True, False, False
        self.title, self.parent_level = None, None

    def other(self) -> None:
        """A table (or indented text) came between: no list or title runs on across it."""
        self.blank()

    def prose(self, lines: list[str], i: int) -> list[Block]:
        raw = lines[i]
        if "<" in raw and _BR.search(raw):
            found = prose_blocks(raw, i + 1)
            self.blank_before, self.title, self.under_plain_title, self.parent_level = False, None, False, None
            self.colon_before = bool(found) and found[-1].text.endswith(":")
            return found
        line = _take_apart(raw)
        if not line.text:
            return []
        label, text = split_number(line.text)
        caps = _is_all_caps(text)
        key = _label_key(label)
        marked = line.bold or line.bullet or line.md_level is not None  # the file's own formatting
        wrapped = False
        if not marked:
            if self._wraps_title(label, text):
                line.bold = wrapped = True
                if self.title_lines == 0 and self.title is not None:
                    self.title.kind = BlockKind.HEADING  # «ОТЧЁТ» over its wrapped lines
                self.title_lines += 1
            elif key is not None and self._numbered_heading(key, text, lines, i):
                line.bold = True
            elif label is not None and (label.roman or label.section) and _title_shaped(text):
                line.bold = True  # «IV. Финансовое обеспечение»: a heading set bold in Word
            elif label is None and _title_shaped(text) and not _CAPTION.match(text) and _table_follows(lines, i):
                line.bold = True  # «Паспорт программы» right over its table: a heading
            elif (
                label is None
                and not caps
                and _title_shaped(text)
                and not _CAPTION.match(text)
                and _sentence_follows(lines, i, text)
            ):
                line.bold = True  # «Общие сведения» over the paragraph it heads
        block = _line_block(line, label, text, caps, i + 1)
        lettered = label is not None and label.depth is None and label.number[0].isalpha()
        if block.kind is BlockKind.LIST_ITEM and lettered and self.parent_level is not None:
            block.level = self.parent_level + 1  # «а)» under «1.»: Word's next list level
        elif block.kind is BlockKind.LIST_ITEM and key is not None and block.level is not None:
            self.parent_level = block.level
        else:
            self.parent_level = None
        self.blank_before = False
        self.colon_before = text.endswith(":")
        self.under_plain_title = (
            block.kind is BlockKind.PARAGRAPH
            and label is None
            and not marked
            and _title_shaped(text)
            and not _IMPRINT.search(text)
        )
        if block.kind is BlockKind.HEADING and label is not None:
            if key is not None:
                self.outline = key
            elif label.roman or label.section:
                self.outline = None  # arabic numbering starts again inside such a section
            self.items = None
        elif block.kind is BlockKind.LIST_ITEM and key is not None:
            self.items = {**(self.items or {}), len(key): key}
        if not wrapped:
            starts_title = not marked and (
                (caps and label is None and not _GRIF.match(text))
                or (key is not None and block.kind is BlockKind.HEADING)
            )
            self.title, self.title_lines = (block if starts_title else None), 0
        return [block]

    def _wraps_title(self, label: NumberLabel | None, text: str) -> bool:
        """A wrapped line of a title: right under it, short, no number, no final punctuation;
        the first one starts in lower case or with a quote («о деятельности …», «"Тема"»)."""
        if self.title is None or label is not None or len(text) > _HEADING_MAX:
            return False
        if text.endswith(_NO_TITLE_END) or _VALUE_START.match(text) or _LABELLED.match(text):
            return False
        # Every wrapped line goes on the title's sentence: a capitalised line under it («Городская
        # школа № 2», «(основной этап …)») is the next paragraph of the title page.
        return text[0].islower() or text[0] in _OPEN_QUOTES

    def _numbered_heading(self, key: tuple[int, ...], text: str, lines: list[str], i: int) -> bool:
        """A numbered line read as a section heading: title-shaped, and its number continues the
        document's section numbering rather than a list («Задачи:» + «1. …», «1. …» + «2. …»)."""
        if not _title_shaped(text) or self.colon_before or self.under_plain_title:
            return False
        if not _continues_outline(self.outline, key):
            return False
        last = (self.items or {}).get(len(key))
        if last is not None and _next_sibling(last) == key and (self.outline is None or not self.blank_before):
            # The next item of a list: running without a gap, or before any section number
            # was seen (the parts of a plan, each over its table).
            return False
        if key[-1] == 1:  # «1.» right above «2.»: a list, not a section left empty
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if not _is_blank(nxt) and ("\t" not in nxt or _numbered_paragraph(nxt) is not None):
                nkey = _label_key(split_number(_take_apart(nxt).text)[0])
                if nkey == _next_sibling(key):
                    return False
        return True


# --------------------------------------------------------------------------------------------
# Shape a: Word extraction, one cell per tab-indented line
# --------------------------------------------------------------------------------------------


def _is_blank(raw: str) -> bool:
    return not raw.strip(" ")


def _is_cell_line(raw: str) -> bool:
    return raw.lstrip(" ").startswith("\t")


def _is_tab_row(raw: str) -> bool:
    """A tab-separated row: a tab after some text (trailing tabs alone do not count)."""
    return "\t" in raw.rstrip() and not _is_cell_line(raw)


# The bullet characters Word writes before the tab of an automatic bullet.
_TAB_BULLETS = frozenset("•·▪■►➤➢✓✔◦○o-–—\uf0b7\uf0a7\uf076\uf0d8\uf0fc")


def _numbered_paragraph(raw: str) -> NumberLabel | None:
    """The label of a paragraph Word numbered automatically, as «save as text» writes it: the
    number, a tab (the number's default suffix), the text («4.2.<TAB>Кадры проекта»,
    «1)<TAB>провести …», «IV.<TAB>Финансы»). Such a line is one paragraph, not a two-cell row."""
    head, tab, tail = raw.partition("\t")
    head, tail = head.strip(" "), tail.strip(" ")
    if not tab or not tail or "\t" in tail or not 1 <= len(head) <= 12:
        return None
    if head in _TAB_BULLETS:
        return NumberLabel(head, None)
    label, rest = split_number(f"{head} {tail}")
    if label is not None and label.section and rest and _SECTION.fullmatch(head + " "):
        return label  # «Раздел 1.<TAB>Общие сведения»: a numbering format with a word
    if label is None or label.section or label.number != head or not rest:
        return None
    return label


def _follows_row_number(rows: list[_TabRow], label: NumberLabel) -> bool:
    """Whether a numbered line is the next row of a table numbered in its first column: its
    number is the next one (2.3 -> 2.4, 1.9 -> 2.1, 4. -> 5.), at the same depth."""
    key = _label_key(label)
    last = next((r for r in reversed(rows) if not r.spanning), None)
    prev = _number_key(last.texts()[0].strip()) if last else None
    if key is not None and prev is None and last is not None and last is rows[0]:
        # The first row under a header whose first cell heads the numbers («№», «№ п/п»).
        return last.texts()[0].strip().startswith("№") and key in ((1,), (1, 1))
    if key is None or prev is None or len(key) != len(prev):
        return False
    if key[:-1] == prev[:-1]:
        return 0 < key[-1] - prev[-1] <= _OUTLINE_SKIP
    return key[-1] == 1 and key[:-2] == prev[:-2] and key[-2] - prev[-2] == 1


def _numbered_row(rows: list[_TabRow], raw: str, widest: int, outline: tuple[int, ...] | None) -> bool:
    """Inside a table, whether a «number<TAB>text» line is a row of it rather than a numbered
    paragraph after it (Word writes no blank line between a table and the next paragraph). A
    row of a two-column table continues its numbering; in a wider table such a row would have
    its last cells merged, so the line must also not continue the document's section numbers."""
    label = _numbered_paragraph(raw)
    if label is None:
        return True
    if not _follows_row_number(rows, label):
        return False
    key = _label_key(label)
    return widest <= 2 or outline is None or key is None or not _continues_outline(outline, key)


def _is_strong_heading(raw: str) -> bool:
    """A line that ends a table even right after a cell: "II. ...", "# ...", "Раздел 3"."""
    s = raw.strip()
    if s.startswith("#") and _MD_HEADING.match(s):
        return True
    label, text = split_number(strip_markup(s)[0])
    return bool(label and (label.roman or label.section) and len(text) <= _HEADING_MAX)


def _is_heading_like(raw: str) -> bool:
    line = _take_apart(raw)
    label, text = split_number(line.text)
    kind, _ = _prose_kind(line, label, text, _is_all_caps(text))
    return kind is BlockKind.HEADING


@dataclass
class _RawCell:
    parts: list[tuple[int, str]]  # (1-based line, text) of every line of the cell
    segment: int  # index of the blank-line-separated group the cell belongs to

    def text(self) -> str:
        lines = (strip_markup(_BR.sub("\n", t))[0] for _, t in self.parts)
        return "\n".join(ln for ln in lines if ln)

    @property
    def line(self) -> int:
        return self.parts[0][0]


def _ends_word_table(raw: str, blanks: int) -> bool:
    """Whether a line without a leading tab ends the table by itself: after two or more blank
    lines, or when it is a heading."""
    if blanks >= 2 or _is_strong_heading(raw):
        return True
    return blanks == 1 and _is_heading_like(raw)


_CONTINUATION_LOOKAHEAD = 50  # non-blank lines; a cell's extra paragraphs are never that many


def _table_resumes(lines: list[str], j: int) -> int:
    """Index of the next tab-indented line if the table goes on after the text at `j`, else -1.

    Text after one blank line is ambiguous: an empty paragraph inside a cell followed by the
    cell's next paragraph (then more cells follow), or the end of the table followed by prose.
    Only the former is followed, soon and without a table-ending gap, by more cells.
    """
    blanks, seen = 0, 0
    for k in range(j, len(lines)):
        raw = lines[k]
        if _is_blank(raw):
            blanks += 1
            continue
        if _is_cell_line(raw):
            return k if blanks < 2 else -1
        seen += 1
        if seen > _CONTINUATION_LOOKAHEAD or (k > j and _ends_word_table(raw, blanks)):
            return -1
        blanks = 0
    return -1


def _collect_cells(lines: list[str], start: int) -> tuple[list[_RawCell], int]:
    """The cells of the tab-indented run starting at `start`, and the index after the run.

    A line without a tab continues the last cell: directly after it always (a cell's next
    paragraph), after one blank line only when the table then resumes. `confirmed` remembers
    how far a look-ahead has already confirmed the table, so no line is scanned twice by it.
    """
    cells: list[_RawCell] = []
    segment, blanks, j, confirmed = 0, 0, start, start
    while j < len(lines):
        raw = lines[j]
        if _is_blank(raw):
            blanks += 1
        elif _is_cell_line(raw):
            segment += 1 if blanks and cells else 0
            cells.append(_RawCell([(j + 1, raw.lstrip(" ")[1:])], segment))
            blanks = 0
        elif _ends_word_table(raw, blanks):
            break
        else:
            if blanks and j >= confirmed:
                confirmed = _table_resumes(lines, j)
                if confirmed < 0:
                    break
            cells[-1].parts.append((j + 1, raw))
            blanks = 0
        j += 1
    return cells, j


@dataclass
class _Segment:
    cells: list[_RawCell]
    texts: list[str]

    @property
    def key(self) -> tuple[int, ...] | None:
        """The row number when the group starts with a number-only cell."""
        return _number_key(self.texts[0])


def _segments(cells: list[_RawCell]) -> list[_Segment]:
    groups: list[list[_RawCell]] = []
    for cell in cells:
        if not groups or groups[-1][-1].segment != cell.segment:
            groups.append([])
        groups[-1].append(cell)
    return [_Segment(g, [c.text() for c in g]) for g in groups]


def _numbered_rows(segs: list[_Segment]) -> list[list[_Segment]]:
    """Rows of a table with a number column: a row starts at its number cell.

    Everything before the first numbered group is the header (its cells may be split by the
    blank lines of empty paragraphs, "№ п/п" + blank + the rest). A group starting with a lone
    number while the row is still short is a value of that row ("30" participants), unless the
    number continues the numbering. A group without a number starts a new row only when the
    current row is already full (a closing "Итого" row).
    """
    first = next(i for i, s in enumerate(segs) if s.key is not None)
    header = segs[:first]
    if _two_row_header(header):  # the lower header row has every column: it gives the width
        rows: list[list[_Segment]] = [header[:-1], header[-1:]]
        width = len(header[-1].cells)
    else:
        rows = [header] if first else []
        width = sum(len(s.cells) for s in header) or max(len(s.cells) for s in segs)
    current, current_key = [segs[first]], segs[first].key
    filled = len(segs[first].cells)
    for seg in segs[first + 1 :]:
        key = seg.key
        if key is not None:
            new_row = len(seg.cells) > 1 or filled >= width or _is_successor(current_key, key)
        else:
            new_row = filled >= width
        if new_row:
            rows.append(current)
            current, current_key, filled = [seg], key, 0
        else:
            current.append(seg)
        filled += len(seg.cells)
    rows.append(current)
    return rows


def _greedy_rows(segs: list[_Segment]) -> list[list[_Segment]]:
    """Rows of a table without a number column: groups are packed up to the widest group.

    Key/value tables (programme passport) put a blank line between the key and its value, so
    two one-cell groups make one two-cell row.
    """
    width = max(len(s.cells) for s in segs)
    rows: list[list[_Segment]] = []
    filled = width  # forces a new row for the first group
    for seg in segs:
        if filled + len(seg.cells) > width:
            rows.append([])
            filled = 0
        rows[-1].append(seg)
        filled += len(seg.cells)
    return rows


def _is_numbered_table(segs: list[_Segment]) -> bool:
    numbered = sum(1 for s in segs if s.key is not None)
    return numbered >= 2 or (numbered == 1 and segs[0].texts[0].startswith("№"))


def _two_row_header(header: list[_Segment]) -> bool:
    """A header in two rows, as a Word extraction writes it: the upper cells (some merged across
    columns), a blank line, then the lower row with every column, the cells merged down from the
    upper row left empty («№», «Мероприятие», «Сроки» / «», «», «план», «факт»)."""
    if len(header) < 2:
        return False
    sub, top = header[-1].texts, sum(len(s.cells) for s in header[:-1])
    return not sub[0] and top < len(sub) and _header_spans(top, sub) is not None


def _word_table(segs: list[_Segment]) -> Table:
    numbered = _is_numbered_table(segs)
    grouped = _numbered_rows(segs) if numbered else _greedy_rows(segs)
    rows = []
    for group in grouped:
        cells = [
            Cell(text=t, column=k, line=c.line)
            for k, (c, t) in enumerate((c, t) for s in group for c, t in zip(s.cells, s.texts))
        ]
        rows.append(Row(cells=cells, line=cells[0].line))
    if numbered and _two_row_header(segs[: next(i for i, s in enumerate(segs) if s.key is not None)]):
        _merge_header(rows, len(rows[1].cells))
    return _padded(Table(rows=rows))


def _is_prose_run(cells: list[_RawCell]) -> bool:
    """Whether a tab-indented run is indented prose rather than a table.

    A run without any blank line inside is one row at most: in these extractions that is an
    indented list or paragraph. A run whose blank-separated groups all hold a single line is
    a sequence of tab-indented paragraphs (a first-line indent typed as a tab): a one-column
    "table" would only hide them from the rules.
    """
    if cells[-1].segment == 0:
        return True
    return all(a.segment != b.segment for a, b in pairwise(cells))


def read_word_table(lines: list[str], start: int) -> tuple[list[Block], int]:
    """Blocks for the tab-indented run at `start`: one table, or its lines as prose."""
    cells, end = _collect_cells(lines, start)
    if _is_prose_run(cells):
        blocks = [b for c in cells for no, text in c.parts for b in prose_blocks(text, no)]
        return blocks, end
    table = _word_table(_segments(cells))
    return [Block(kind=BlockKind.TABLE, table=table, location=Location(line=start + 1))], end


def _padded(table: Table) -> Table:
    """Pad short rows with empty cells so every grid column exists in every row."""
    width = table.width
    for row in table.rows:
        end = row.cells[-1].column + row.cells[-1].col_span if row.cells else 0
        for k in range(end, width):
            row.cells.append(Cell(text="", column=k))
    return table


# --------------------------------------------------------------------------------------------
# Shape b: tab-separated rows
# --------------------------------------------------------------------------------------------


def _soft_break(text: str) -> bool:
    """A piece cut after a hyphen that follows a letter: "по-" (not "2020-" or " - ")."""
    return len(text) > 1 and text[-1] == "-" and text[-2].isalpha()


def _starts_lower(text: str) -> bool:
    return bool(text) and text[0].isalpha() and text[0].islower()


@dataclass
class _TabRow:
    """A row being assembled; each cell is a list of pieces joined once at the end, so that
    many page-broken continuations of one row stay linear."""

    pieces: list[list[str]]
    lines: list[int | None]
    line: int
    joined: bool = False
    spanning: bool = False  # a line without tabs inside the table: one cell across the row

    @classmethod
    def of(cls, cells: list[str], line_no: int) -> _TabRow:
        return cls([[c] if c else [] for c in cells], [line_no] * len(cells), line_no)

    @property
    def count(self) -> int:
        """Cells as written (empty ones included)."""
        return len(self.pieces)

    def last_piece(self, k: int) -> str:
        return self.pieces[k][-1] if k < len(self.pieces) and self.pieces[k] else ""

    def texts(self) -> list[str]:
        return ["".join(p) for p in self.pieces]


def _continues(prev: _TabRow, cells: list[str], after_blank: bool) -> bool:
    """Whether `cells` is the rest of `prev`, cut by a page break.

    The continuation starts in lower case: its first cell does, after a blank line (the page
    break) or when the previous row has a cell cut after a hyphen; or its first cell is empty and
    a lower-case piece continues a hyphen-cut cell in the same column. A capitalised first cell
    is a new row even when a hyphen-cut cell is pending (we would rather miss a join than glue
    two rows).
    """
    first = cells[0] if cells else ""
    if first:
        if not _starts_lower(first):
            return False
        return after_blank or any(_soft_break(p[-1]) for p in prev.pieces if p)
    return any(
        c and _starts_lower(c) and _soft_break(prev.last_piece(k)) for k, c in enumerate(cells)
    )


def _append_piece(parts: list[str], tail: str) -> None:
    """Add `tail` to a cell; undo the hyphenation "по-" + "тенциала" -> "потенциала"."""
    if not parts:
        parts.append(tail)
    elif _soft_break(parts[-1]) and _starts_lower(tail):
        parts[-1] = parts[-1][:-1]
        parts.append(tail)
    else:
        parts.extend((" ", tail))


def _join_row(row: _TabRow, cells: list[str], line_no: int) -> None:
    for k, piece in enumerate(cells):
        if not piece:
            continue
        while len(row.pieces) <= k:
            row.pieces.append([])
            row.lines.append(None)
        if not row.pieces[k]:
            row.lines[k] = line_no
        _append_piece(row.pieces[k], piece)
    row.joined = True


def _split_row(raw: str) -> list[str]:
    return [strip_markup(_BR.sub("\n", c))[0] for c in raw.split("\t")]


def _is_empty_first_cell_row(raw: str, blanks: int) -> bool:
    """Inside a tab-separated table, a line starting with a tab is a row whose first cell is
    empty: always when it has more tabs, and right after a row when it has not (after a blank
    line a lone tab-indented line more likely starts a Word-extraction table)."""
    return _is_cell_line(raw) and ("\t" in raw.strip(" \t") or blanks == 0)


def read_tab_table(
    lines: list[str], start: int, outline: tuple[int, ...] | None = None
) -> tuple[list[Block], int]:
    """The table of consecutive tab-separated rows at `start` (blank lines between are allowed).

    A line without tabs ends the table, except one right between two rows of it: Word writes a
    row whose cells are merged into one (a stage of a plan) as that one cell, without tabs. A
    numbered paragraph («3.<TAB>Ресурсы») ends it unless it continues the table's numbering
    (`outline` is the document's last section number, see _numbered_row).
    """
    rows: list[_TabRow] = []
    blanks, j, widest, joined = 0, start, 0, False
    while j < len(lines):
        raw = lines[j]
        if _is_blank(raw):
            blanks += 1
            j += 1
            continue
        if rows and _is_tab_row(raw) and not _numbered_row(rows, raw, widest, outline):
            break
        if rows and blanks and _is_signature(raw):
            break  # the signatures under a table, after a blank line
        if not (_is_tab_row(raw) or _is_empty_first_cell_row(raw, blanks)):
            if blanks or joined or not _is_spanning_row(lines, j, widest, rows):
                break
            rows.append(_TabRow([[strip_markup(raw)[0]]], [j + 1], j + 1, spanning=True))
            j += 1
            continue
        cells = _split_row(raw)
        if rows and _continues(rows[-1], cells, blanks > 0):
            _join_row(rows[-1], cells, j + 1)
            joined = True
        else:
            rows.append(_TabRow.of(cells, j + 1))
            widest = max(widest, len(cells))
        blanks = 0
        j += 1
    if _is_tab_aligned(rows):
        return [b for r in rows for b in prose_blocks(lines[r.line - 1], r.line)], j
    table = _word_saved_table(rows) if _is_word_saved(rows) else _tab_table(rows)
    return [Block(kind=BlockKind.TABLE, table=table, location=Location(line=start + 1))], j


_SIGN_BLANK = re.compile(r"[ _]*_{3,}[ _]*(?:\(подпись\))?")
_CAPTION = re.compile(r"(?:таблица|табл\.)\s*(?:№\s*)?\d", re.IGNORECASE)
_SPANNING_MAX = 300  # characters of a merged row's text; a longer line is a paragraph


def _is_spanning_row(lines: list[str], j: int, width: int, rows: list[_TabRow] | None = None) -> bool:
    """A line without tabs between two rows of a table (no blank line on either side) that reads
    as a merged row: not a caption, not the lower-case rest of a row broken by a page, and the
    row below has the table's width (`width`, its widest row so far) and a row number (when it
    has the shape of a numbered paragraph, the number continues the rows': `rows`). Merged rows
    may follow each other (a stage, then its first task, then the task's rows)."""
    k = j
    while True:
        if not _spanning_text(lines[k]):
            return False
        k += 1
        if k >= len(lines) or k - j > _SPANNING_RUN or _is_blank(lines[k]):
            return False
        if "\t" in lines[k].rstrip():
            break
    nxt = lines[k]
    if not _is_tab_row(nxt) or nxt.count("\t") + 1 != width:
        return False
    label = _numbered_paragraph(nxt)
    if label is not None and not _follows_row_number(rows or [], label):
        return False
    # The row below is a numbered row of the same table («1.1.<TAB>…»), not the header of the
    # next one: a table right under a heading starts with its header.
    if _number_key(nxt.split("\t", 1)[0].strip()) is not None:
        return True
    # In a table without row numbers, a group line («Задача 1. …», «II этап …») over a data row:
    # the row below holds a figure or a date, as a header row does not, and is not the first
    # row of the table again (a repeated header starts a table of its own).
    cells = [c.strip() for c in nxt.split("\t")]
    first = rows[0].texts() if rows else []
    return (k == j + 1 and _GROUP_ROW.match(_take_apart(lines[j]).text) is not None
            and any(ch.isdigit() for c in cells for ch in c) and [c.strip() for c in first] != cells)


# A plan's group row: a task, a stage, a direction, a block or module with its number.
_GROUP_ROW = re.compile(
    r"(?:задача|этап|направление|блок|модуль)\s*(?:№\s*)?(?:\d{1,2}|[IVX]{1,4})(?![\w])"
    r"|(?:\d{1,2}|[IVX]{1,4})(?:\s*-?\s*(?:й|ый|ой))?\.?\s+этап(?![\w])",
    re.IGNORECASE,
)


_SPANNING_RUN = 3  # merged rows in a row before a numbered one


def _spanning_text(raw: str) -> bool:
    """A line that can be a merged row: short, not bold, not a caption, not lower-case."""
    line = _take_apart(raw)
    text = line.text
    if not text or len(text) > _SPANNING_MAX or line.bold or line.md_level is not None:
        return False
    return not (_starts_lower(text) or _CAPTION.match(text))


def _is_signature(raw: str) -> bool:
    """A signature line: a text, a blank to sign on, a name («Директор<TAB>______<TAB>И.И. Петрова»)."""
    return "___" in raw and any(_SIGN_BLANK.fullmatch(c.strip()) for c in raw.split("\t"))


def _is_tab_aligned(rows: list[_TabRow]) -> bool:
    """Lines whose tabs align two texts on a line («Директор<TAB><TAB><TAB>И.И. Петрова»), not a
    table: every line holds two texts with empty cells between them and nothing else; or a
    signature line or two, a blank to sign on between the texts («Директор<TAB>______<TAB>И.И.
    Петрова»)."""
    if not rows or any(r.joined or r.spanning for r in rows):
        return False
    if len(rows) <= 2 and all(any(_SIGN_BLANK.fullmatch(t) for t in r.texts()) for r in rows):
        return True
    for row in rows:
        filled = [k for k, t in enumerate(row.texts()) if t]
        if len(filled) != 2 or filled[1] - filled[0] < 2:
            return False
    return True


def _is_word_saved(rows: list[_TabRow]) -> bool:
    """Rows as Word's "save as text" writes a table: every cell of a row, empty ones too, so no
    row is wider than the grid and most rows have all its cells. PDF-to-text tables are not:
    rows broken by pages were joined, stray tabs make some rows wider than the others."""
    if any(r.joined for r in rows):
        return False
    counts = Counter(r.count for r in rows if not r.spanning)
    if not counts:
        return False
    width = max(counts)
    most = max(counts.values())
    return min(c for c, n in counts.items() if n == most) == width


def _word_saved_table(rows: list[_TabRow]) -> Table:
    """A Word-saved table. A row with fewer cells than the grid has merged cells, and Word writes
    a merged cell once: the first cell of such a row spans the missing columns («Итого<TAB>57»
    under six columns, a stage row written without tabs). A two-row header is aligned by its
    second row (see _header_spans); a first column whose lower cells are empty next to row
    numbers is a vertical merge (a task grouping its events): its text is repeated there."""
    width = max(r.count for r in rows if not r.spanning)
    out: list[Row] = []
    for row in rows:
        texts = [_cell_paragraphs(t) for t in row.texts()]
        first = width - len(texts) + 1
        cells = [Cell(text=texts[0], column=0, col_span=first, line=row.lines[0])]
        cells += [
            Cell(text=t, column=first + k, line=ln)
            for k, (t, ln) in enumerate(zip(texts[1:], row.lines[1:]))
        ]
        out.append(Row(cells=cells, line=row.line))
    header_rows = _merge_header(out, width)
    _merge_first_column(out, header_rows)
    _merge_group_column(out, header_rows)
    return Table(rows=out)


# Word writes the paragraphs of a cell joined by spaces. Items that open a paragraph of their
# own go back on a line: stages («2022–2024 гг. I этап – …; II этап – …») and a numbered list
# that starts the cell («1. Создать … 2. Провести …»), each item after the end of the one before.
_CELL_STAGE = re.compile(r"(?<=[\d.;:]) +(?=(?:\d{1,2}|[IVX]{1,4}) +этап\b)")
_CELL_ITEM = re.compile(r"(?<=[.;]) +(?=(\d{1,2})([.)]) +\S)")


def _cell_paragraphs(text: str) -> str:
    if "этап" in text:
        text = _CELL_STAGE.sub("\n", text)
    label = split_number(text)[0] if text[:1] == "1" else None
    if label is None or label.number not in ("1.", "1)"):
        return text
    expected, mark = 2, label.number[-1]

    def item(m: re.Match[str]) -> str:
        nonlocal expected
        if int(m.group(1)) != expected or m.group(2) != mark:
            return m.group(0)
        expected += 1
        return "\n"

    return _CELL_ITEM.sub(item, text)


def _merge_header(rows: list[Row], width: int) -> int:
    """Align a two-row header: a first row with merged cells over a second row with every cell,
    the cells merged down from the first row written empty. Returns the number of header rows."""
    if len(rows) < 3 or len(rows[0].cells) >= width or len(rows[1].cells) != width:
        return 1
    sub = [c.text for c in rows[1].cells]
    top = rows[0].cells
    spans = _header_spans(len(top), sub, _column_kinds(rows[2:], width)) if not sub[0] else None
    if spans is None:
        return 1
    column = 0
    for cell, span in zip(top, spans):
        cell.column, cell.col_span = column, span
        if span == 1 and not sub[column]:
            cell.row_span = 2
            below = rows[1].cells[column]
            below.text, below.merged = cell.text, True
        column += span
    return 2


def _header_spans(n: int, sub: list[str], kinds: list[str | None] | None = None) -> list[int] | None:
    """Column spans of `n` upper header cells over a full lower header row `sub`: an empty lower
    cell is the lower part of an upper cell merged down (span 1); a run of filled lower cells
    sits under one or more upper cells that share it evenly («Сроки» over «план | факт»). When
    no even share exists, `kinds` (what the data rows hold in each column, see _column_kinds)
    may settle it: an upper cell heads columns of one kind («Даты» over two columns of dates,
    «Охват» over three of counts), and exactly one split must give every cell such columns."""
    units: list[int] = []  # 0 for an empty lower cell, else the length of a run of filled ones
    k = 0
    while k < len(sub):
        if not sub[k]:
            units.append(0)
            k += 1
            continue
        run = k
        while k < len(sub) and sub[k]:
            k += 1
        units.append(k - run)
    runs = [u for u in units if u]
    extra = n - len(units)
    if not runs or extra < 0:
        return None
    parts = _even_parts(runs, len(runs) + extra)
    if parts is None:
        return _kind_spans(units, len(runs) + extra, kinds) if kinds else None
    spans: list[int] = []
    it = iter(parts)
    for u in units:
        if u == 0:
            spans.append(1)
        else:
            q = next(it)
            spans += [u // q] * q
    return spans


def _kind_spans(units: list[int], total: int, kinds: list[str | None]) -> list[int] | None:
    """The one split of the runs of `units` into `total` upper cells, each over columns whose
    data are all of one kind (and of another kind than the next cell's in the run); None when
    there is no such split or more than one."""
    if len(units) > 12 or total > 12 or len(kinds) != sum(u or 1 for u in units):
        return None
    found: list[list[int]] = []

    def groups(start: int, length: int, q: int, prev: str | None) -> Iterator[list[int]]:
        """Splits of columns start..start+length into q runs of one kind each."""
        if q == 1:
            kind = kinds[start]
            if kind is not None and kind != prev and all(k == kind for k in kinds[start : start + length]):
                yield [length]
            return
        for first in range(1, length - q + 2):
            kind = kinds[start]
            if kind is None or kind == prev or any(k != kind for k in kinds[start : start + first]):
                continue
            for rest in groups(start + first, length - first, q - 1, kind):
                yield [first, *rest]

    def walk(i: int, col: int, left: int, spans: list[int]) -> None:
        if len(found) > 1:
            return
        if i == len(units):
            if left == 0:
                found.append(spans)
            return
        if units[i] == 0:
            walk(i + 1, col + 1, left, [*spans, 1])
            return
        for q in range(1, min(units[i], left) + 1):
            for split in groups(col, units[i], q, None):
                walk(i + 1, col + units[i], left - q, [*spans, *split])

    walk(0, 0, total, [])
    return found[0] if len(found) == 1 else None


_DATE_VALUE = re.compile(
    r"\d{1,2}\.\d{1,2}(?:\.\d{2,4})?|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)",
    re.IGNORECASE,
)
_COUNT_VALUE = re.compile(r"[\d\s.,%+]*\d[\d\s.,%]*")


def _column_kinds(rows: list[Row], width: int) -> list[str | None]:
    """What each column of the data rows holds: "date", "number" or "text" (the kind of most of
    its filled cells; a dash counts as empty), None for a column without data."""
    counts: list[Counter[str]] = [Counter() for _ in range(width)]
    for row in rows:
        if len(row.cells) != width:
            continue
        for k, cell in enumerate(row.cells):
            t = cell.text.strip()
            if not t or t in "–—-":
                continue
            if _DATE_VALUE.search(t):
                counts[k]["date"] += 1
            elif _COUNT_VALUE.fullmatch(t):
                counts[k]["number"] += 1
            else:
                counts[k]["text"] += 1
    return [c.most_common(1)[0][0] if c else None for c in counts]


def _even_parts(runs: list[int], total: int) -> list[int] | None:
    """How many equal parts each run splits into, `total` parts in all (the first fit, fewest
    parts to the left); None when no even split exists."""
    if len(runs) > 4 or total > 24:  # a header this irregular is not aligned by guessing
        return None

    def fit(i: int, left: int) -> list[int] | None:
        if i == len(runs):
            return [] if left == 0 else None
        for q in range(1, min(runs[i], left - (len(runs) - i - 1)) + 1):
            if runs[i] % q == 0 and (rest := fit(i + 1, left - q)) is not None:
                return [q, *rest]
        return None

    return fit(0, total)


def _merge_first_column(rows: list[Row], header_rows: int) -> None:
    """A first column that groups the rows numbered in the second one («Задача 2 …» | «2.3» |
    …): Word writes the merged cell in its first row and leaves the rows below it empty."""
    origin: Cell | None = None
    for row in rows[header_rows:]:
        cells = row.cells
        numbered = len(cells) > 2 and cells[0].col_span == 1 and _number_key(cells[1].text) is not None
        if not numbered:
            origin = None
        elif cells[0].text:
            origin = cells[0] if _number_key(cells[0].text) is None else None
        elif origin is not None:
            origin.row_span += 1
            cells[0].text, cells[0].merged = origin.text, True


def _merge_group_column(rows: list[Row], header_rows: int) -> None:
    """The column right of the row numbers grouping them («1.1» | «1. Задача …» | …, then «1.2»
    | «» | …): Word writes the merged cell in the group's first row and leaves the rows below it
    empty. The lower rows join it only while their numbers share the first row's prefix (1.2, 1.3
    under 1.1), so a cell that is really empty elsewhere stays empty."""
    origin: Cell | None = None
    prefix: tuple[int, ...] | None = None
    for row in rows[header_rows:]:
        cells = row.cells
        key = _number_key(cells[0].text) if len(cells) > 3 and cells[0].col_span == 1 else None
        if key is None or len(key) < 2 or cells[1].col_span != 1:
            origin = None
        elif cells[1].text:
            grouping = _number_key(cells[1].text) is None and key[-1] == 1
            origin, prefix = (cells[1], key[:-1]) if grouping else (None, None)
        elif origin is not None and key[:-1] == prefix:
            origin.row_span += 1
            cells[1].text, cells[1].merged = origin.text, True
        else:
            origin = None


def _tab_table(rows: list[_TabRow]) -> Table:
    """Rows to a Table; trailing empty cells beyond the header's width are dropped (they are
    stray tabs, not columns)."""
    header = rows[0].texts()
    width = len(header)
    while width > 1 and not header[width - 1]:
        width -= 1
    out = []
    for row in rows:
        texts = row.texts()
        n = len(texts)
        while n > width and not texts[n - 1]:
            n -= 1
        cells = [
            Cell(text=t, column=k, line=ln) for k, (t, ln) in enumerate(zip(texts[:n], row.lines))
        ]
        out.append(Row(cells=cells, line=row.line, joined=row.joined))
    return _padded(Table(rows=out))


# --------------------------------------------------------------------------------------------
# Document
# --------------------------------------------------------------------------------------------


def parse_lines(lines: list[str], counter: limits.DocumentCounter | None = None) -> list[Block]:
    """All blocks of a cleaned text split into lines, in reading order. With a `counter`, the
    blocks are counted as they are made and the parse stops at the first limit passed."""
    blocks: list[Block] = []
    context = _ProseContext()
    i = 0
    while i < len(lines):
        raw = lines[i]
        if _is_blank(raw):
            context.blank()
            i += 1
            continue
        if _is_cell_line(raw):
            found, i = read_word_table(lines, i)
            context.other()
        elif _is_tab_row(raw) and _numbered_paragraph(raw) is None:
            found, i = read_tab_table(lines, i, context.outline)
            context.other()
        else:
            found = context.prose(lines, i)
            i += 1
        blocks.extend(found)
        if counter is not None:
            counter.add(found)
    return blocks


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building the model.

    A big file yields millions of small objects without cycles; with the collector on, its full
    passes over all live objects made building three times slower.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class TextReader(Reader):
    name: ClassVar[str] = "text"
    extensions: ClassVar[tuple[str, ...]] = (".txt", ".md", ".text")
    # Text is the fallback: any reader that recognises a specific format wins over it.
    priority: ClassVar[int] = -10

    def sniff(self, head: bytes, path: Path) -> bool:
        return bool(head) and looks_like_text(head)

    def read(self, path: Path, data: bytes) -> Document:
        if not data:
            raise ReaderError("Файл пуст: в нём нет текста.", "The file is empty: it has no text.")
        if not self._is_text(data):
            raise ReaderError(
                "Файл не похож на текстовый: в нём двоичные данные. "
                "Сохраните отчёт как .docx, .pdf или .txt.",
                "The file does not look like text: it contains binary data. "
                "Save the report as .docx, .pdf or .txt.",
            )
        counter = limits.DocumentCounter()
        if len(data) // 4 > counter.limits.max_chars:  # no encoding takes more than 4 bytes a character
            limits.check_counts(chars=len(data) // 4, partial=True)
        text, encoding, warnings = decode(data)
        limits.check_counts(chars=len(text))  # before any line or block is made of it
        text = clean_text(text)
        if not text.strip():
            raise ReaderError("Файл пуст: в нём нет текста.", "The file is empty: it has no text.")
        with _no_gc():
            doc = Document(
                path=str(path),
                format="text",
                blocks=parse_lines(text.split("\n"), counter),
                encoding=encoding,
                warnings=warnings,
            )
            return doc.reindex()

    @staticmethod
    def _is_text(data: bytes) -> bool:
        head = data[:_SAMPLE]
        if not looks_like_text(head):
            return False
        bom = _bom_encoding(head)
        if (bom and bom[0] != "utf-8") or (b"\x00" in head and _utf16_without_bom(head) is not None):
            return True  # UTF-16/32: NUL bytes are part of the encoding
        return few_junk_bytes(data)  # junk further on (binary data after a text-like start) too


@hookimpl
def repcheck_readers() -> list[Reader]:
    return [TextReader()]
