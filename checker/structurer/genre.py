"""Does a document look like a report of the genre at all?

A report of an innovation site, whatever its form, is several pages with headings, usually
tables, and the genre's words: отчёт, проект, этап, мероприятие, результат, площадка… A file
that has none of that — a one-line note, a shopping list, a letter — is the wrong file, and
checking it section by section only buries that under a list of «missing section» findings.

Signals (each worth one point):
- the text is at least LONG_CHARS characters; at least VERY_LONG_CHARS is a second point
  (a long text is judged by its content, whatever else it lacks);
- at least MIN_HEADINGS headings that the structurer took for sections;
- at least one table;
- at least MIN_GENRE_WORDS of the genre's word stems; at least MANY_GENRE_WORDS a second point.

A document with fewer than MIN_POINTS points does not look like a report. Every report of the
corpus, the blind sets, the development set and the seeds has four points or more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from repcheck.models.report import Report

LONG_CHARS = 1500
VERY_LONG_CHARS = 4000
MIN_HEADINGS = 3
MIN_GENRE_WORDS = 3
MANY_GENRE_WORDS = 5
MIN_POINTS = 2
# (stem, the word as a reader knows it)
GENRE_WORDS: tuple[tuple[str, str, str], ...] = (
    ("отч[её]т", "отчёт", "report"),
    ("проект", "проект", "project"),
    ("этап", "этап", "stage"),
    ("мероприят", "мероприятие", "event"),
    ("результат", "результат", "result"),
    ("площадк", "площадка", "site"),
    ("инновац", "инновация", "innovation"),
    ("реализац", "реализация", "implementation"),
    ("деятельност", "деятельность", "activity"),
    ("программ", "программа", "programme"),
    ("задач", "задача", "task"),
    ("педагог", "педагог", "teacher"),
    ("обучающ", "обучающийся", "pupil"),
    ("учрежден", "учреждение", "institution"),
    ("образовательн", "образовательный", "educational"),
)
_GENRE_RES = [(re.compile(r"(?<![а-яё])" + stem), ru, en) for stem, ru, en in GENRE_WORDS]


@dataclass
class GenreSignals:
    chars: int
    headings: int
    tables: int
    words_ru: list[str] = field(default_factory=list)  # genre words found
    words_en: list[str] = field(default_factory=list)

    @property
    def points(self) -> int:
        n = len(self.words_ru)
        return ((self.chars >= LONG_CHARS) + (self.chars >= VERY_LONG_CHARS) + (self.headings >= MIN_HEADINGS)
                + (self.tables >= 1) + (n >= MIN_GENRE_WORDS) + (n >= MANY_GENRE_WORDS))

    @property
    def looks_like_report(self) -> bool:
        return self.points >= MIN_POINTS


def genre_signals(report: Report) -> GenreSignals:
    doc = report.document
    text = "\n".join(b.full_text for b in doc.blocks if b.table is None)
    cells = " ".join(c.text for b in doc.blocks if b.table is not None for r in b.table.rows for c in r.cells)
    lowered = f"{text}\n{cells}".lower()
    found = [(ru, en) for rx, ru, en in _GENRE_RES if rx.search(lowered)]
    return GenreSignals(
        chars=len(text.strip()) + len(cells.strip()),
        headings=sum(1 for s in report.all_sections() if s.block is not None),
        tables=len(report.tables),
        words_ru=[ru for ru, _ in found],
        words_en=[en for _, en in found],
    )
