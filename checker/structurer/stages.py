"""Project stages ("1 этап: подготовительный, сентябрь 2020 – январь 2021") and their periods."""

from __future__ import annotations

import re

from checker.models.document import Block, BlockKind, Document
from checker.models.report import ReportTable, Stage
from checker.parsing.dates import Period, find_dates, parse_period
from checker.textmatch import lemmas

ORDINALS = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "пят": 5, "шест": 6,
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6,
}
# "1 этап", "I этап", "Этап 2", "первый этап", "2-й этап"
STAGE_RE = re.compile(
    r"(?:(?P<n1>\d{1,2}|[IVX]{1,4})\s*(?:-?\s*(?:й|ой|ий))?\s*этап\w*"
    r"|(?P<ord>перв|втор|трет|четв[её]рт|пят|шест)\w*\s+этап\w*"
    r"|этап\w*\s+(?P<n2>\d{1,2}|[IVX]{1,4})\b)",
    re.IGNORECASE,
)
NAME_RE = re.compile(r"^\s*[:.\-–—(]*\s*\(?\s*(?P<name>[А-Яа-яЁё][А-Яа-яЁё\- ]{2,60}?)\s*(?:этап\w*)?\s*\)?\s*(?:[:,.(–—-]|$)")


def _stage_number(m: re.Match) -> int | None:
    raw = m.group("n1") or m.group("n2")
    if raw:
        return int(raw) if raw.isdigit() else ORDINALS.get(raw.lower())
    ordinal = (m.group("ord") or "").lower()
    return ORDINALS.get(ordinal.replace("ё", "е")) or ORDINALS.get(ordinal)


def _lines(doc: Document) -> list[tuple[str, Block]]:
    """Text lines in order, table cells included, each with its block."""
    out: list[tuple[str, Block]] = []
    for b in doc.blocks:
        if b.table is not None:
            for row in b.table.rows:
                for cell in row.cells:
                    if cell.merged:
                        continue
                    out.extend((ln, b) for ln in cell.text.splitlines() if ln.strip())
        else:
            out.extend((ln, b) for ln in b.full_text.splitlines() if ln.strip())
    return out


def extract_stages(doc: Document) -> list[Stage]:
    """Stages with their periods; the first complete description of each number wins."""
    lines = _lines(doc)
    found: dict[int, Stage] = {}
    for k, (line, block) in enumerate(lines):
        m = STAGE_RE.search(line)
        if not m or m.start() > 40:
            continue
        number = _stage_number(m)
        if number is None or number > 12:
            continue
        rest = line[m.end():]
        period = _period_in(rest)
        if period is None and k + 1 < len(lines) and not STAGE_RE.search(lines[k + 1][0]):
            nxt = lines[k + 1][0]
            if len(nxt) <= 80:
                period = _period_in(nxt)
        if period is None:
            head = line[: m.start()]
            period = _period_in(head) if head.strip() else None
        name = _stage_name(rest)
        stage = Stage(number=number, name=name, period=period, text=line.strip()[:200], location=block.location)
        prev = found.get(number)
        if prev is None or (prev.period is None and period is not None):
            found[number] = stage
    return [found[n] for n in sorted(found)]


def single_current_stage(doc: Document) -> Stage | None:
    """"Этап: исследовательский этап (январь 2021 – август 2021)": an unnumbered stage line."""
    for b in doc.blocks[:80]:
        if b.table is not None:
            continue
        m = re.match(r"^\s*этап\w*\s*[:\-–—]\s*(.+)$", b.text, re.IGNORECASE)
        if m:
            period = _period_in(m.group(1))
            if period:
                return Stage(number=None, name=_stage_name(m.group(1)), period=period,
                             text=b.text.strip()[:200], location=b.location)
    return None


def _period_in(text: str) -> Period | None:
    dates = [d for d in find_dates(text) if not d.is_reference]
    if not dates:
        return None
    if len(dates) == 1:
        return dates[0].period
    first, last = dates[0].period, dates[-1].period
    return parse_period(text) or Period(
        start=first.start, end=max(first.end, last.end), text=text.strip(),
        precision=first.precision if first.precision == last.precision else "month",
    )


def _stage_name(rest: str) -> str:
    m = NAME_RE.match(rest)
    if not m:
        return ""
    name = m.group("name").strip(" -–—")
    if re.search(r"\d", name) or parse_period(name):
        return ""
    return name.lower()


def stage_for_table(table: ReportTable, doc: Document, stages: list[Stage]) -> int | None:
    """The stage a plan table belongs to, from its caption: by number or by the stage's name."""
    if not stages:
        return None
    captions = [table.caption or ""]
    # Look back a little further: a caption may be separated by the table's title line.
    for i in range(table.block - 1, max(-1, table.block - 4), -1):
        b = doc.blocks[i]
        if b.kind is not BlockKind.TABLE:
            captions.append(b.full_text)
    for caption in captions:
        if not caption or len(caption) > 300:
            continue
        m = STAGE_RE.search(caption)
        if m:
            num = _stage_number(m)
            for i, st in enumerate(stages):
                if st.number == num:
                    return i
        cap_lemmas = set(lemmas(caption))
        if "этап" not in cap_lemmas:
            continue
        for i, st in enumerate(stages):
            name = set(lemmas(st.name)) - {"этап"}
            if name and name <= cap_lemmas:
                return i
    return None
