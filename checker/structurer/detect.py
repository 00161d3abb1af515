"""Choosing the profile of a document: the form's wording in its opening, and its sections.

Two kinds of evidence, per profile:
- detection patterns (the form's own words: «краевая инновационная площадка», «Паспорт»,
  «Фактическое содержание проделанной …») searched in the opening and in the whole text;
- the share of the profile's mandatory sections whose title is found among the document's
  heading-like lines and passport rows (tolerant matching, repcheck.textmatch).

A profile is eligible when its patterns reach `min_detect_score` and at least half of its
mandatory sections are found; or when 80 % of them are found whatever the wording (a form used
under another name); or when its patterns reach twice `min_detect_score` (the form's own
phrases, not just «МИП» and «отчёт», are there: a sloppy report of a known form is still judged
by that form). Eligible profiles rank by pattern score plus the share of sections found (the
patterns are the profile author's evidence; the sections break ties). When none is eligible,
or when two are eligible and nearly tied, detection is unsure and the generic profile is used:
its sections are the content every report of the genre carries, recognised by meaning. Either
way the reason names the profiles that came closest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from repcheck.models.document import BlockKind, Document
from repcheck.models.report import ReportKind
from repcheck.profile import Profile
from repcheck.textmatch import heading_lemmas

HEAD_CHARS = 6000
LINE_MAX = 220  # longer lines are prose, not headings
MIN_COVERAGE = 0.5  # share of mandatory sections found, with the form's wording present
COVERAGE_ALONE = 0.8  # share that identifies the form even without its wording
DECISIVE = 2.0  # patterns reaching this multiple of min_detect_score identify the form alone
COVERAGE_WEIGHT = 1.0  # every section found adds one strong pattern's weight
TIE_MARGIN = 1.0  # two eligible profiles closer than this: unsure


@dataclass
class Candidate:
    """How well one profile fits the document."""

    name: str
    title: str
    pattern_score: float
    hits: list[str]
    found: int  # mandatory sections found
    total: int  # mandatory sections of the profile
    eligible: bool = False

    @property
    def coverage(self) -> float:
        return self.found / self.total if self.total else 0.0

    @property
    def score(self) -> float:
        return self.pattern_score + COVERAGE_WEIGHT * self.coverage

    def describe_ru(self) -> str:
        return f"{self.name} (оценка {self.score:.1f}: признаки формы {self.pattern_score:.1f}, разделов формы {self.found} из {self.total})"

    def describe_en(self) -> str:
        return f"{self.name} (score {self.score:.1f}: template wording {self.pattern_score:.1f}, sections {self.found} of {self.total})"

    def as_dict(self) -> dict:
        return {
            "name": self.name, "title": self.title, "score": round(self.score, 2),
            "pattern_score": round(self.pattern_score, 2), "hits": self.hits,
            "sections_found": self.found, "sections_total": self.total, "eligible": self.eligible,
        }


@dataclass
class Detection:
    profile: Profile
    score: float
    reason_ru: str
    reason_en: str
    confident: bool
    candidates: list[Candidate] = field(default_factory=list)  # specific profiles, best first

    def candidates_dump(self) -> list[dict]:
        return [c.as_dict() for c in self.candidates]


def document_head(doc: Document, limit: int = HEAD_CHARS) -> str:
    parts: list[str] = []
    size = 0
    for b in doc.blocks:
        text = b.full_text if b.table is None else " ".join(c.text for r in b.table.rows[:3] for c in r.cells)
        parts.append(text)
        size += len(text)
        if size > limit:
            break
    return "\n".join(parts)


_LETTER_RE = re.compile("[А-Яа-яЁё]")


def heading_lines(doc: Document) -> list[str]:
    """Lines that may carry a section title: short paragraphs (the part before a colon) and the
    first cell of table rows (a passport's «Цель программы | …»)."""
    from repcheck.structurer.sections import heading_text

    out: list[str] = []
    seen: set[str] = set()

    def add(text: str) -> None:
        t = " ".join(text.split())
        if t and len(t) <= LINE_MAX and _LETTER_RE.search(t) and t not in seen:
            seen.add(t)
            out.append(t)

    for b in doc.blocks:
        if b.kind is BlockKind.TABLE and b.table is not None:
            for row in b.table.rows:
                cells = [c for c in row.cells if not c.merged and c.text.strip()]
                if len(cells) >= 2:
                    add(cells[0].text)
        elif b.kind is not BlockKind.TABLE:
            add(heading_text(b))
    return out


PREFIX = 4


@lru_cache(maxsize=4096)
def _prefixes(text: str) -> frozenset[str]:
    return frozenset(w[:PREFIX] for w in heading_lemmas(text))


def form_coverage(
    lines: list[str], profile: Profile, line_prefixes: list[tuple[str, frozenset[str]]] | None = None,
    by_prefix: dict[str, list[int]] | None = None,
) -> tuple[int, int]:
    """(found, total) mandatory sections of `profile` whose title matches one of `lines`.

    Only lines sharing a word beginning with the title are scored: a heading that matches a
    title shares at least one of its words (a cheap filter; detection is an estimate).
    `line_prefixes`: the lines with their prefixes, and `by_prefix` their prefix_index, when the
    caller scores several profiles.
    """
    from repcheck.structurer.sections import title_reaches

    mandatory = [s for s in profile.sections if s.mandatory]
    if line_prefixes is None:
        line_prefixes = [(line, _prefixes(line)) for line in lines]
    if by_prefix is None:
        by_prefix = prefix_index(line_prefixes)
    found = 0
    for spec in mandatory:
        hit = False
        for title in spec.all_titles():
            # the lines sharing a prefix with the title (any order: title_reaches is pure)
            near = set().union(*(by_prefix.get(p, ()) for p in _prefixes(title)))
            if any(title_reaches(line_prefixes[k][0], title, profile.match_threshold) for k in sorted(near)):
                hit = True
                break
        found += hit
    return found, len(mandatory)


def prefix_index(line_prefixes: list[tuple[str, frozenset[str]]]) -> dict[str, list[int]]:
    """prefix → the indexes of the lines that have it."""
    index: dict[str, list[int]] = {}
    for k, (_line, prefixes) in enumerate(line_prefixes):
        for p in prefixes:
            index.setdefault(p, []).append(k)
    return index


TITLE_LINES = 10
REPORT_TITLE_RE = re.compile(
    r"^\W*(?:(?:годовой|промежуточный|итоговый|аналитический|ежегодный|публичный)\s+)?(?:отч[её]т|справка)\b"
    r"|^\W*информационн\w*(?:-аналитическ\w*)?\s+справка\b",
    re.IGNORECASE,
)


def says_report(doc: Document) -> bool:
    """The title calls the document a report or a «справка»: whatever form its sections resemble,
    it tells what was done, so a programme's form (which plans) is not its form."""
    seen = 0
    for b in doc.blocks:
        if b.kind is BlockKind.TABLE or not b.text.strip():
            continue
        if REPORT_TITLE_RE.match(b.text.strip()):
            return True
        seen += 1
        if seen >= TITLE_LINES:
            break
    return False


def score_profiles(doc: Document, profiles: list[Profile], generic: Profile) -> list[Candidate]:
    head = document_head(doc)
    report_title = says_report(doc)
    full = "\n".join(b.full_text for b in doc.blocks if b.table is None)
    lines = heading_lines(doc)
    line_prefixes = [(line, frozenset(w[:PREFIX] for w in heading_lemmas(line))) for line in lines]
    by_prefix = prefix_index(line_prefixes)
    out: list[Candidate] = []
    for prof in profiles:
        if prof.name == generic.name or prof.abstract:
            continue
        s_head, hits = prof.detect_score(head)
        s_full, hits_full = prof.detect_score(full)
        pattern = max(s_head, 0.8 * s_full)
        found, total = form_coverage(lines, prof, line_prefixes, by_prefix)
        chosen_hits = [" ".join(h.split()) for h in (hits if s_head >= 0.8 * s_full else hits_full)]
        cand = Candidate(prof.name, prof.title, pattern, chosen_hits, found, total)
        cand.eligible = (
            (pattern >= prof.min_detect_score and cand.coverage >= MIN_COVERAGE)
            or cand.coverage >= COVERAGE_ALONE
            or (prof.min_detect_score > 0 and pattern >= DECISIVE * prof.min_detect_score)
        ) and not (report_title and prof.kind == ReportKind.PROGRAM)
        out.append(cand)
    out.sort(key=lambda c: (-c.eligible, -c.score, c.name))
    return out


def detect_profile(doc: Document, profiles: list[Profile], generic: Profile) -> Detection:
    """The best eligible profile; the generic one when none is eligible or two are tied."""
    by_name = {p.name: p for p in profiles}
    cands = score_profiles(doc, profiles, generic)
    eligible = [c for c in cands if c.eligible]
    if eligible:
        best = eligible[0]
        others = [c for c in cands if c is not best]
        runner = max(others, key=lambda c: c.score) if others else None
        tied = len(eligible) > 1 and best.score - eligible[1].score < TIE_MARGIN
        if not tied:
            found = ", ".join(f"«{h[:40]}»" for h in best.hits[:4]) or "—"
            next_ru = f"; следующий: {runner.describe_ru()}" if runner else ""
            next_en = f"; next: {runner.describe_en()}" if runner else ""
            return Detection(
                profile=by_name[best.name], score=best.score, confident=True, candidates=cands,
                reason_ru=f"найдено: {found}; разделов формы {best.found} из {best.total} (оценка {best.score:.1f}{next_ru})",
                reason_en=f"found: {found}; sections of the form {best.found} of {best.total} (score {best.score:.1f}{next_en})",
            )
        close_ru = " и ".join(c.describe_ru() for c in eligible[:2])
        close_en = " and ".join(c.describe_en() for c in eligible[:2])
        return Detection(
            profile=generic, score=0.0, confident=False, candidates=cands,
            reason_ru=f"форма не распознана уверенно: почти поровну подходят {close_ru}; применён общий профиль",
            reason_en=f"the template was not recognised with confidence: {close_en} fit almost equally; the generic profile is used",
        )
    closest = sorted(cands, key=lambda c: (-c.coverage, -c.pattern_score))[:2]
    close_ru = ", ".join(c.describe_ru() for c in closest) or "—"
    close_en = ", ".join(c.describe_en() for c in closest) or "—"
    return Detection(
        profile=generic, score=0.0, confident=False, candidates=cands,
        reason_ru=f"форма не распознана уверенно (ближе всего: {close_ru}); применён общий профиль",
        reason_en=f"the template was not recognised with confidence (closest: {close_en}); the generic profile is used",
    )

