"""Write the eight text reports of corpus/text/ as Word files (and PDFs exported from them).

    python corpus/tools/text_to_docx.py                    # corpus/docx/<name>.docx
    python corpus/tools/text_to_docx.py --convert          # plus <name>.pdf (LibreOffice)
    python corpus/tools/text_to_docx.py --convert --force  # re-export even unchanged .docx

Each .txt is read with repcheck's own text reader (``TextReader().read``) and its blocks are written
back the way a school's Word file holds them, so that tests/readers/test_equivalence.py can check
that the .txt, the .docx and the PDF give one report:

- a heading with a level: the "Heading <level>" style; a heading without one (a bold or capitals
  title line): a bold Normal paragraph;
- number labels ("1.", "2.4.", "IV.", "3)", "б)") as **Word automatic numbering** in the reports
  of `TYPED_NUMBERS`' complement: the number is in numbering.xml and the paragraph's numPr, not in
  the text, as in real files. Counters are shared per list type (one abstractNum each, as Word
  does); a label that does not continue its list starts a new w:num with a startOverride; a label
  no numbering can produce (a dotted number whose parent does not match, "Раздел 2") stays typed;
- the reports in `TYPED_NUMBERS` keep every number typed in the text (the other real-world shape);
- bullets as Word bullet numbering (Symbol font, U+F0B7), nested by the block's level;
- emphasis as bold runs (text in capitals stays as it is: capitals are emphasis of their own);
- tables as real tables (Table Grid) with one cell per cell; a cell's lines are paragraphs.

The .docx is byte-stable (corpus_build.save_docx); the PDF is re-exported only when its .docx changed
or with --force (corpus_build.Converter, corpus/tools/manifest.json).

Because the text reader decides what the blocks are, a change to it can change the .docx written
here: regenerate (and commit) when corpus/text or the text reader changes on purpose.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx import Document as new_document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_build import CORPUS, REPO, Converter, save_docx

sys.path.insert(0, str(REPO))
from repcheck.models.document import Block, BlockKind, Document, Table
from repcheck.plugins.readers.text import TextReader

SRC = CORPUS / "text"
OUT = CORPUS / "docx"

# Reports whose numbers stay typed in the text; all others get automatic numbering.
TYPED_NUMBERS = frozenset({"mip-report-defects", "program-defects"})

PAGE_TEXT_WIDTH_CM = 17.0  # A4 with 2 cm margins
CHAR_CM = 0.24  # width of a character of 12 pt Liberation Serif, generously
CELL_PADDING_CM = 0.45  # left and right cell margins

# ---------------------------------------------------------------------------------------------
# Automatic numbering
# ---------------------------------------------------------------------------------------------

RU_LOWER = "абвгдежзиклмнопрстуфхцчшщэюя"  # Word's russianLower: no ё, й, ъ, ы, ь
LATIN_LOWER = "abcdefghijklmnopqrstuvwxyz"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(s: str) -> int:
    total = 0
    for a, b in zip(s, s[1:] + " "):
        va, vb = _ROMAN_VALUES[a], _ROMAN_VALUES.get(b, 0)
        total += -va if va < vb else va
    return total


def to_roman(n: int) -> str:
    out = ""
    for value, sym in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                       (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out, n = out + sym, n - value
    return out


@dataclass(frozen=True)
class Family:
    """One kind of list: an abstractNum whose levels all share a format and a label shape."""

    key: str
    fmt: str  # w:numFmt
    dotted: bool  # "%1.%2." (each level shows its parents) or one counter per level
    suffix: str  # "." or ")"

    def lvl_text(self, ilvl: int) -> str:
        if self.dotted:
            return ".".join(f"%{k + 1}" for k in range(ilvl + 1)) + self.suffix
        return f"%{ilvl + 1}{self.suffix}"

    def render(self, n: int) -> str:
        if self.fmt == "upperRoman":
            return to_roman(n)
        if self.fmt == "russianLower":
            return RU_LOWER[(n - 1) % len(RU_LOWER)] * ((n - 1) // len(RU_LOWER) + 1)
        if self.fmt == "lowerLetter":
            return LATIN_LOWER[(n - 1) % 26] * ((n - 1) // 26 + 1)
        return str(n)


DECIMAL = Family("decimal", "decimal", True, ".")
PAREN = Family("paren", "decimal", False, ")")
RU_PAREN = Family("ru_paren", "russianLower", False, ")")
LATIN_PAREN = Family("latin_paren", "lowerLetter", False, ")")
ROMAN = Family("roman", "upperRoman", False, ".")
BULLET = Family("bullet", "bullet", False, "")

_DOTTED = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.")


def parse_label(label: str, level: int) -> tuple[Family, int, list[int]] | None:
    """(family, ilvl, counter values of levels 0..ilvl that must show) for a label Word can number.

    For one-counter families only the value at ilvl matters (earlier entries are None-like 0s).
    """
    if m := _DOTTED.fullmatch(label):
        values = [int(p) for p in m.group(1).split(".")]
        if any(v < 1 for v in values):
            return None
        return DECIMAL, len(values) - 1, values
    ilvl = max(level, 1) - 1
    if re.fullmatch(r"\d{1,3}\)", label) and int(label[:-1]) >= 1:
        return PAREN, ilvl, [0] * ilvl + [int(label[:-1])]
    if re.fullmatch(r"[а-я]\)", label) and label[0] in RU_LOWER:
        return RU_PAREN, ilvl, [0] * ilvl + [RU_LOWER.index(label[0]) + 1]
    if re.fullmatch(r"[a-z]\)", label):
        return LATIN_PAREN, ilvl, [0] * ilvl + [LATIN_LOWER.index(label[0]) + 1]
    if re.fullmatch(r"[IVXLC]{1,7}\.", label):
        return ROMAN, ilvl, [0] * ilvl + [roman_value(label[:-1])]
    return None


@dataclass
class _ListState:
    abstract_id: int
    num_id: int | None = None  # the w:num in use
    counters: list[int | None] = field(default_factory=lambda: [None] * 9)


class Numbering:
    """Creates abstractNum/num definitions and mirrors Word's counters to pick labels.

    Word's rules (and the .docx reader's): counters are shared by every w:num of an abstractNum;
    a w:num's startOverride applies at its first use; using a level resets the deeper ones.
    """

    def __init__(self, doc: Any) -> None:
        self.root = doc.part.numbering_part.element
        self.lists: dict[str, _ListState] = {}
        self.next_abs = 100
        self.next_num = 100

    def _state(self, fam: Family) -> _ListState:
        if fam.key not in self.lists:
            aid = self.next_abs
            self.next_abs += 1
            levels = "".join(self._lvl(fam, i) for i in range(9))
            el = parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
            )
            first_num = self.root.find(qn("w:num"))
            if first_num is not None:  # schema order: every abstractNum before the nums
                first_num.addprevious(el)
            else:
                self.root.append(el)
            self.lists[fam.key] = _ListState(aid)
        return self.lists[fam.key]

    @staticmethod
    def _lvl(fam: Family, i: int) -> str:
        left = 360 * (i + 1)
        if fam is BULLET:
            char, font = ("\uf0b7", "Symbol") if i % 2 == 0 else ("o", "Courier New")
            text = char
            rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>'
        else:
            text, rpr = fam.lvl_text(i), ""
        return (
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fam.fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>{rpr}</w:lvl>'
        )

    def _new_num(self, state: _ListState, override: tuple[int, int] | None) -> int:
        nid = self.next_num
        self.next_num += 1
        ov = (
            f'<w:lvlOverride w:ilvl="{override[0]}"><w:startOverride w:val="{override[1]}"/></w:lvlOverride>'
            if override
            else ""
        )
        self.root.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{nid}">'
                f'<w:abstractNumId w:val="{state.abstract_id}"/>{ov}</w:num>'
            )
        )
        state.num_id = nid
        return nid

    def bullet(self, ilvl: int) -> int:
        state = self._state(BULLET)
        nid = state.num_id if state.num_id is not None else self._new_num(state, None)
        self._advance(state.counters, ilvl)
        return nid

    def number(self, fam: Family, ilvl: int, values: list[int]) -> int | None:
        """The numId that makes the next paragraph at `ilvl` show `values`; None if none can."""
        state = self._state(fam)
        natural = list(state.counters)
        self._advance(natural, ilvl)
        if state.num_id is not None and self._shows(fam, natural, ilvl, values):
            state.counters = natural
            return state.num_id
        restarted = list(state.counters)
        restarted[ilvl] = values[ilvl] - 1  # startOverride: the next use of ilvl shows the value
        self._reset_below(restarted, ilvl)
        self._advance(restarted, ilvl)
        if not self._shows(fam, restarted, ilvl, values):
            return None  # a parent level would show another number: keep the label typed
        state.counters = restarted
        return self._new_num(state, (ilvl, values[ilvl]))

    @staticmethod
    def _advance(counters: list[int | None], ilvl: int) -> None:
        counters[ilvl] = 1 if counters[ilvl] is None else counters[ilvl] + 1
        Numbering._reset_below(counters, ilvl)

    @staticmethod
    def _reset_below(counters: list[int | None], ilvl: int) -> None:
        for k in range(ilvl + 1, 9):
            counters[k] = None

    @staticmethod
    def _shows(fam: Family, counters: list[int | None], ilvl: int, values: list[int]) -> bool:
        if not fam.dotted:
            return counters[ilvl] == values[ilvl]
        shown = [c if c is not None else 1 for c in counters[: ilvl + 1]]
        return shown == values


def set_num(paragraph: Any, num_id: int, ilvl: int) -> None:
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


# ---------------------------------------------------------------------------------------------
# Blocks to Word
# ---------------------------------------------------------------------------------------------


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)


class Writer:
    def __init__(self, auto_numbers: bool) -> None:
        self.doc = new_document()
        self.auto = auto_numbers
        self._page_setup()
        self.numbering = Numbering(self.doc)
        styles = {s.name for s in self.doc.styles}
        self.list_style = "List Paragraph" if "List Paragraph" in styles else None

    def _page_setup(self) -> None:
        normal = self.doc.styles["Normal"]
        normal.font.name = "Liberation Serif"
        normal.font.size = Pt(12)
        section = self.doc.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2.0))

    def write(self, document: Document) -> Any:
        for block in document.blocks:
            if block.kind is BlockKind.TABLE and block.table is not None:
                self.table(block.table)
            elif block.kind is BlockKind.HEADING:
                self.heading(block)
            elif block.kind is BlockKind.LIST_ITEM:
                self.list_item(block)
            else:
                self.paragraph(block.full_text, bold=self._bold(block, block.full_text))
        return self.doc

    @staticmethod
    def _bold(block: Block, text: str) -> bool:
        """Emphasis is written as bold, except for text in capitals (capitals are their own)."""
        return block.emphasis and not _is_caps(text)

    def _auto(self, block: Block) -> tuple[int, int] | None:
        """(numId, ilvl) when the block's label becomes automatic numbering."""
        if not (self.auto and block.number):
            return None
        parsed = parse_label(block.number, block.level or 1)
        if parsed is None:
            return None
        fam, ilvl, values = parsed
        if block.kind is BlockKind.LIST_ITEM and fam is DECIMAL and (block.level or 1) != ilvl + 1:
            return None  # a list item's level is its numbering level: keep what the text said
        nid = self.numbering.number(fam, ilvl, values)
        return (nid, ilvl) if nid is not None else None

    def heading(self, block: Block) -> None:
        auto = self._auto(block)
        text = block.text if auto else block.full_text
        if block.level is None:
            p = self.paragraph(text, bold=True)
        else:
            p = self.doc.add_paragraph(style=f"Heading {min(block.level, 9)}")
            p.add_run(text)
        if auto:
            set_num(p, *auto)

    def list_item(self, block: Block) -> None:
        ilvl = max(block.level or 1, 1) - 1
        if block.number is None:  # a bullet
            p = self.paragraph(block.text, bold=self._bold(block, block.text), style=self.list_style)
            set_num(p, self.numbering.bullet(ilvl), ilvl)
            return
        auto = self._auto(block)
        text = block.text if auto else block.full_text
        p = self.paragraph(text, bold=self._bold(block, text), style=self.list_style if auto else None)
        if auto:
            set_num(p, *auto)

    def paragraph(self, text: str, *, bold: bool = False, style: str | None = None) -> Any:
        p = self.doc.add_paragraph(style=style)
        run = p.add_run(text)
        if bold:
            run.bold = True
        return p

    def table(self, table: Table) -> None:
        width = table.width
        if width == 0 or not table.rows:
            return
        t = self.doc.add_table(rows=len(table.rows), cols=width)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(table.rows):
            for cell in row.cells:
                lines = cell.text.split("\n") if cell.text else []
                target = t.cell(r, cell.column)
                if lines:
                    target.paragraphs[0].add_run(lines[0])
                for line in lines[1:]:
                    target.add_paragraph(line)
        self._widths(t, table, width)

    @staticmethod
    def _widths(t: Any, table: Table, width: int) -> None:
        """Columns as wide as their text asks: every column fits its longest word (a date, a
        number label), the rest of the page goes to the columns with long text."""
        minimum, weights = [], []
        for k in range(width):
            texts = [c.text for r in table.rows if (c := r.cell_at(k)) is not None and c.text]
            longest_word = max((len(w) for t in texts for w in t.split()), default=1)
            mean = sum(map(len, texts)) / len(texts) if texts else 1.0
            minimum.append(min(longest_word * CHAR_CM + CELL_PADDING_CM, 4.5))
            weights.append(mean**0.5)
        spare = PAGE_TEXT_WIDTH_CM - sum(minimum)
        if spare > 0:
            cm = [m + spare * w / sum(weights) for m, w in zip(minimum, weights)]
        else:
            cm = [m * PAGE_TEXT_WIDTH_CM / sum(minimum) for m in minimum]
        emu = [int(Cm(x)) for x in cm]
        t.autofit = False
        for k, column in enumerate(t.columns):
            column.width = emu[k]
        for row in t.rows:
            for k, tc in enumerate(row._tr.tc_lst):
                tc.width = emu[k]


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def title_of(document: Document) -> str:
    for b in document.blocks:
        if b.kind is not BlockKind.TABLE and b.text:
            return b.text
    return ""


def build(src: Path, out_dir: Path) -> tuple[Path, bool]:
    document = TextReader().read(src, src.read_bytes())
    writer = Writer(auto_numbers=src.stem not in TYPED_NUMBERS)
    doc = writer.write(document)
    target = out_dir / f"{src.stem}.docx"
    return target, save_docx(doc, target, title=title_of(document))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--convert", action="store_true", help="also export <name>.pdf with LibreOffice")
    parser.add_argument("--force", action="store_true", help="re-export even when the .docx is unchanged")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("names", nargs="*", help="report names (default: every corpus/text/*.txt)")
    args = parser.parse_args()
    sources = sorted(SRC.glob("*.txt"))
    if args.names:
        sources = [s for s in sources if s.stem in args.names]
    conv = Converter(force=args.force) if args.convert else None
    for src in sources:
        target, changed = build(src, args.out)
        print(target, "(written)" if changed else "(unchanged)")
        if conv is not None:
            pdf, done = conv.run(target, "pdf", args.out / f"{src.stem}.pdf")
            print(pdf, "(converted)" if done else "(unchanged source: kept)")
    if conv is not None:
        conv.manifest.save()


if __name__ == "__main__":
    main()
