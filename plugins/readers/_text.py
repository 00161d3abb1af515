"""Text helpers shared by every reader, so that one line reads the same in every format:
whitespace cleaning, typed number labels and bullets, Word's number formats, capitals, and the
text of a nested table."""

from __future__ import annotations

import re

from repcheck.models.document import Table

# A heading found by formatting (not by style) must be short: long bold text is emphasis.
SHORT_HEADING_CHARS = 150
SHORT_EMPHASIS_CHARS = 200

_WS_RE = re.compile(r"[ \t\xa0\u2007\u202f]+")


def clean_text(text: str) -> str:
    """Tabs and no-break spaces to single spaces, lines stripped, empty edge lines dropped."""
    lines = [_WS_RE.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


_ROMAN_RE = re.compile(r"^(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
# Typed labels at the start of a paragraph: "1.", "2.4.", "2.4", "1)", "а)", "I.", "IV)".
_LABEL_RE = re.compile(
    r"""^(?P<label>
        (?:[1-9]\d{0,2}|0)(?:\.\d{1,3}){0,4}[.)](?!\d)    # 1.  1.2.  1.2.3)  1)
      | [1-9]\d{0,2}(?:\.\d{1,3}){1,4}                    # 1.2  (needs an uppercase word after)
      | [IVXLC]{1,6}[.)]                                  # I.  IV)
      | [а-яёa-z][.)]                                     # а)  b.
    )(?P<gap>\s*)(?P<rest>.*)$""",
    re.X | re.S,
)
# The Latin "o" is Word's second-level bullet (Courier New); a Russian text has no such word.
_BULLET_RE = re.compile(r"^[•●○◦▪■□➢►✓\uf0b7\uf0a7\uf076\uf0d8\u2013\u2014o-]\s+(?=\S)")


def split_label(text: str) -> tuple[str | None, str, bool]:
    """Split a typed number label or bullet off a paragraph: (label, rest, is_bullet).

    Conservative on purpose: a wrong label corrupts the text more than a missed one.
    "1.5 млн" and dates stay text; a label without a trailing dot needs an uppercase word after.
    """
    bullet = _BULLET_RE.match(text)
    if bullet:
        return None, text[bullet.end() :], True
    m = _LABEL_RE.match(text)
    if not m:
        return None, text, False
    label, gap, rest = m.group("label"), m.group("gap"), m.group("rest")
    if not rest or not rest[0].isalnum() and rest[0] not in "«\"(":
        return None, text, False
    if not gap and not rest[0].isupper():
        return None, text, False  # "1.Юридическое" is a label, "5)ab" is not
    if label[-1] not in ".)" and not rest[0].isupper():
        return None, text, False  # "1.5 млн рублей"
    if label[0] in "IVXLC" and not _ROMAN_RE.match(label[:-1]):
        return None, text, False
    if label[0].isalpha() and label[0] not in "IVXLC":
        if label[-1] == "." or not gap:
            return None, text, False  # "в. ..." initials, abbreviations: only "а)" counts
    return label, rest, False


_LABELLED_RE = re.compile(r"[^:]{1,60}:\s*\S")


def is_labelled_value(text: str) -> bool:
    """ "Тема: «…»", "Этап: практический (…)": a labelled value, bold or not, is not a heading
    (the text reader's rule too). A title ending in a colon ("Задачи:") is not one."""
    return bool(_LABELLED_RE.match(text))


def label_depth(label: str) -> int:
    """Nesting depth of a typed label: "2.4." → 2; "а)" and "I." → 1."""
    digits = label.rstrip(".)")
    return digits.count(".") + 1 if digits[:1].isdigit() else 1


_RU_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"  # Word's russianLower skips ё, й, ъ, ы, ь
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]  # fmt: skip


def to_roman(n: int) -> str:
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def to_letters(n: int, alphabet: str) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated), not bijective base-26."""
    if n <= 0:
        return str(n)
    size = len(alphabet)
    return alphabet[(n - 1) % size] * ((n - 1) // size + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        roman = to_roman(n) if n > 0 else str(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("lowerLetter", "upperLetter"):
        s = to_letters(n, "abcdefghijklmnopqrstuvwxyz")
        return s if fmt == "lowerLetter" else s.upper()
    if fmt in ("russianLower", "russianUpper"):
        s = to_letters(n, _RU_LETTERS)
        return s if fmt == "russianLower" else s.upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    if fmt in ("decimalEnclosedParen",):
        return f"({n})"
    return str(n)  # decimal and every exotic format we do not render





def typed_in_capitals(text: str) -> bool:
    """Typed in capitals: four or more letters, none lowercase, and letters make at least 60% of
    the visible characters. The same test as the text reader's, so that one line is emphasis in
    every format: "ОТЧЁТ" is, "ЗА 2023 ГОД" (mostly digits and spaces) and "СОШ" are not."""
    if text == text.lower() or text != text.upper():
        return False  # the cheap test first: no cased letter, or a lowercase one
    letters = sum(ch.isalpha() for ch in text)
    visible = len(text) - sum(ch.isspace() for ch in text)
    return letters >= 4 and letters >= 0.6 * visible


def table_lines(table: Table) -> list[str]:
    """A table's text as lines (one per row, cells joined by " | "), for a containing cell."""
    lines = []
    for row in table.rows:
        texts = [c.text.replace("\n", " ") for c in row.cells if not c.merged and c.text]
        if texts:
            lines.append(" | ".join(texts))
    return lines
