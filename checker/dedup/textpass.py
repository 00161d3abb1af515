"""The duplication rules' shared text pass: one per report.

D501 (inside the report), D502 (plan against actual) and D503 (between reports) read the same
text: the report's units (paragraphs, list items, cell paragraphs), their comparison form, their
content words, how much of each names people, and, for D503, their sentences. `report_text(report)`
builds those once per report and every rule reads the same object; the normalised forms, word
lists and allow-list answers behind it are per-report caches (repcheck.report_cache), so a text
that two rules — or two units — share is processed once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from repcheck import report_cache
from repcheck.dedup.allowlist import Wording
from repcheck.dedup.normalize import content_word_count, content_words, normalize, people_share
from repcheck.dedup.units import Unit, report_units, split_sentences
from repcheck.models.report import Report


@dataclass(slots=True)
class UnitText:
    """A unit of the report and what the duplication rules compute from it."""

    unit: Unit
    _norm: str | None = None
    _people: float | None = None
    _sentences: tuple[str, ...] | None = None

    @property
    def text(self) -> str:
        return self.unit.text

    @property
    def norm(self) -> str:
        """The comparison form of the whole unit (repcheck.dedup.normalize.normalize)."""
        if self._norm is None:
            self._norm = normalize(self.unit.text)
        return self._norm

    @property
    def people(self) -> float:
        """Share of its words that name people, positions or organisations."""
        if self._people is None:
            self._people = people_share(self.unit.text)
        return self._people

    @property
    def sentences(self) -> tuple[str, ...]:
        if self._sentences is None:
            self._sentences = tuple(split_sentences(self.unit.text))
        return self._sentences


@dataclass
class ReportText:
    """The units of one report in document order, each with its derived texts."""

    units: list[UnitText] = field(default_factory=list)

    @classmethod
    def build(cls, report: Report) -> ReportText:
        return cls([UnitText(u) for u in report_units(report)])

    @staticmethod
    def norm(text: str) -> str:
        return normalize(text)

    @staticmethod
    def content_words(text: str) -> list[str]:
        return content_words(text)

    @staticmethod
    def word_count(text: str) -> int:
        """len(content_words(text))."""
        return content_word_count(text)

    @staticmethod
    def strip(wording: Wording, norm: str) -> str:
        """`wording.strip(norm)`, once per wording and text in the report."""
        return _strip(wording, norm)

    @staticmethod
    def is_template(wording: Wording, norm: str) -> bool:
        return wording.is_template(norm)


@report_cache.per_report
def _strip(wording: Wording, norm: str) -> str:
    return wording.strip(norm)


# The report whose text pass is held: one slot, emptied with the per-report caches.
_current: dict[int, tuple[Report, ReportText]] = report_cache.register({})


def report_text(report: Report) -> ReportText:
    """The shared text pass of `report`, built on the first call for it."""
    held = _current.get(id(report))
    if held is not None and held[0] is report:
        return held[1]
    text = ReportText.build(report)
    _current.clear()  # one report at a time
    _current[id(report)] = (report, text)
    return text
