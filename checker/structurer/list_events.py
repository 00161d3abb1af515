"""Events written as dated items of a list in the text, as reports give their dissemination
(«– 14 февраля 2024 г. – региональный семинар …», «3) 12 октября 2023 г. – районная конференция»,
«– на областной конференции (доклад, 23.01.2024);»).

An item counts when it is a list item (a bullet, a dash or a typed «1)» / «1.» label) or opens with
its date, carries a date to the day or the month that is not a document's («приказ от …»), and
neither it nor its section speaks of the future («планируется», «Перспективы», «на следующий год»).
Year-only mentions («в 2023 году») are narrative, not event dates; a span longer than a quarter or
a line about a term, period or stage («Сроки реализации: …») states a period, not an event.
"""

from __future__ import annotations

import re

from repcheck.models.document import BlockKind, Document
from repcheck.models.report import Event, Report, Section
from repcheck.parsing.dates import find_dates
from repcheck.regex_literals import filtered

ITEM_MAX = 400  # a longer paragraph is prose that mentions dates, not an item of a list
BULLET_RE = re.compile(r"^\s*(?:[•●○◦▪■□➢►✓\-–—]|\d{1,2}[.)]|[а-я]\))\s*")
NEXT = r"следующ\w*\s+(?:год|период|учебн|этап|срок)"
# (FUTURE_RE and PLAN_INFINITIVE_RE are searched in every short paragraph, FUTURE_SECTION_RE in
# its section's title: behind the literal test of repcheck.regex_literals.)
FUTURE_RE = filtered(re.compile(
    rf"планир|запланирован|будет|будут|предстоит|предстоящ|перспектив|{NEXT}|намечен|в\s+планах",
    re.IGNORECASE,
))
FUTURE_SECTION_RE = filtered(re.compile(
    rf"перспектив|(?:план|задач)\w*(?:\s+[а-яё]+){{0,3}}\s+на\s|{NEXT}|предстоящ|будущ", re.IGNORECASE))
# «– в марте 2026 года провести республиканскую конференцию»: an item in the infinitive is a task.
PLAN_INFINITIVE_RE = filtered(re.compile(
    r"(?<![а-яё])(?:провести|организовать|подготовить|разработать|продолжить|обобщить|издать|представить"
    r"|расширить|внедрить|создать|завершить|опубликовать|принять\s+участие|апробировать|обеспечить|начать)(?![а-яё])",
    re.IGNORECASE,
))
PERIOD_WORDS_RE = re.compile(r"(?<![а-яё])(срок|период|этап)", re.IGNORECASE)
QUOTED_RE = re.compile(r"«[^«»]*»|\"[^\"]*\"")
EVENT_DAYS_MAX = 92  # an event lasts days or weeks; a longer span is a period of work
LETTERS_RE = re.compile(r"[А-Яа-яЁё]{3,}")


def _is_item(text: str, kind: BlockKind, number: str | None) -> bool:
    if kind is BlockKind.LIST_ITEM or number:
        return True
    if BULLET_RE.match(text):
        return True
    first = next((d for d in find_dates(text[:40]) if not d.is_reference), None)
    # «14 февраля 2024 г. – семинар …» opens with its date; «В 2017 и 2018 годах …» is narrative
    return first is not None and first.start <= 2 and first.period.precision in ("day", "month")


# «1) 14.01.2025 — семинар …; 2) 20.02.2025 — мастер-класс …»: numbered items run on in one cell
CELL_ITEM_RE = re.compile(r"(?:^|(?<=[;.]\s))\d{1,2}\)\s+")


def cell_items(text: str) -> list[str]:
    """The numbered items of a list written inside one table cell (an answer of a questionnaire)."""
    starts = [m.start() for m in CELL_ITEM_RE.finditer(text)]
    if len(starts) < 2:
        return []
    return [text[a:b].strip(" ;") for a, b in zip(starts, [*starts[1:], len(text)])]


def block_sections(report: Report) -> dict[int, Section]:
    """Block index → report.section_of_block(index) for every block a section holds, in one walk
    (the innermost section is the last one of the walk holding the block, as there)."""
    out: dict[int, Section] = {}
    for s in report.all_sections():
        if s.block is not None:
            out[s.block] = s
        for b in s.body:
            out[b] = s
    return out


def list_events(doc: Document, report: Report) -> list[Event]:
    out: list[Event] = []
    sections = block_sections(report)
    for i, block in enumerate(doc.blocks):
        table = report.table_at(i) if block.table is not None else None
        if table is None or table.kind in ("plan", "plan_actual", "events"):
            continue  # rows of event tables are events already
        sec = sections.get(i)
        if sec is not None and FUTURE_SECTION_RE.search(sec.label):
            continue
        for row in block.table.rows:  # type: ignore[union-attr]
            label = " ".join(c.text for c in row.cells[:-1])
            if FUTURE_RE.search(label):
                continue  # «Какие мероприятия запланированы на 2026 год?»
            for cell in row.cells:
                for item in cell_items(cell.text):
                    event = _item_event(item, None, sec)
                    if event is not None:
                        out.append(event.model_copy(update={"location": block.location}))
    for i, block in enumerate(doc.blocks):
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        text = block.text.strip()
        if not text or len(text) > ITEM_MAX or not _is_item(text, block.kind, block.number):
            continue
        sec = sections.get(i)
        if sec is not None and FUTURE_SECTION_RE.search(sec.label):
            continue
        event = _item_event(text, block.number, sec)
        if event is not None:
            out.append(event.model_copy(update={"location": block.location}))
    return out


# «… проведение перенесено на сентябрь 2025 г.»: the new date of an event not held is not when
# it took place.
RESCHEDULED_RE = re.compile(r"(?:перенес\w*|перенос\w*|нов\w+\s+срок\w*)\s*(?:[:–—-]\s*)?(?:на\s+)?$", re.IGNORECASE)


def _item_event(text: str, number: str | None, sec) -> Event | None:
    """The event a dated list item states, or None (a plan, a period, a signature date)."""
    if FUTURE_RE.search(text) or PLAN_INFINITIVE_RE.search(text):
        return None
    dates = [d for d in find_dates(text) if not d.is_reference and d.period.precision in ("day", "month")
             and not RESCHEDULED_RE.search(text[max(0, d.start - 40): d.start])]
    if not dates:
        return None
    first = dates[0]
    one_day = first.period.start == first.period.end
    unquoted = QUOTED_RE.sub(" ", text)  # «…итоги подготовительного этапа» is a talk's title
    if (PERIOD_WORDS_RE.search(unquoted) and not one_day) or (first.period.end - first.period.start).days > EVENT_DAYS_MAX:
        return None  # «Сроки реализации: январь 2022 – декабрь 2024» states a period, not an event
    rest = (text[: first.start] + " " + text[first.end:]).strip(" –—-,;.()")
    if len(LETTERS_RE.findall(rest)) < 2:
        return None  # a date with a word or two: a signature line or a caption, not an event
    return Event(
        number=(number or "").rstrip(".)") or None,
        text=text,
        dates_text=text[first.start:first.end],
        period=first.period,
        section=sec.label if sec and sec.title else None,
        source="list",
    )
