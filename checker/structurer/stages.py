"""Project stages ("1 этап: подготовительный, сентябрь 2020 – январь 2021") and their periods,
and which stage a plan table or a plan row belongs to.

Stages are read only from lines that *define* a stage: the stage mention opens the line (after
numbering or markup, or after a label ending in ":"), and its period follows within a few words
or on the next short line ("1 этап: подготовительный\\nсентябрь 2020 г - январь 2021 г").
Prose that merely mentions a stage ("на 2 этапе реализации в 2022 году …") defines nothing: a
wrong stage period would turn every row of its plan into a false finding.
"""

from __future__ import annotations

import re

from repcheck.models.document import Block, BlockKind, Document
from repcheck.models.report import ColumnRole, Event, Report, ReportTable, Stage
from repcheck.parsing.dates import DateMatch, Period, event_dates, find_dates, parse_period
from repcheck.regex_literals import filtered
from repcheck.textmatch import lemmas, same_stem

ORDINALS = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "пят": 5, "шест": 6,
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6,
}
# "1 этап", "I этап", "Этап 2", "первый этап", "2-й этап" (searched in every line: behind the test
# for «этап», repcheck.regex_literals)
STAGE_RE = filtered(re.compile(
    r"(?:(?<![\w.])(?P<n1>\d{1,2}|[IVX]{1,4})\s*(?:-?\s*(?:й|ой|ий))?\s*этап\w*"
    r"|(?P<ord>перв|втор|трет|четв[её]рт|пят|шест)\w*\s+(?:\([а-яё\- ]{3,40}\)\s+|«[^»]{3,40}»\s+)?этап\w*"
    r"|этап\w*\s+(?P<n2>\d{1,2}|[IVX]{1,4})\b)",
    re.IGNORECASE,
))
# The stage name after its number: "подготовительный", "организационно-деятельностный".
# A hyphen inside a word joins it ("внедренческо-обобщающий"); a spaced dash ends the name.
NAME_RE = re.compile(
    r"^\s*[:.\-–—(«\"]*\s*\(?\s*(?P<name>[А-Яа-яЁё](?:[А-Яа-яЁё ]|-(?=[А-Яа-яЁё])){2,60}?)\s*(?:этап\w*)?"
    r"\s*[»\"]?\s*\)?\s*(?:[:,.(–—]|-(?![А-Яа-яЁё])|$)"
)
# "2 этап конкурса «Учитель года» – 15.02.2023": a stage of a contest, not of the project.
CONTEST_RE = re.compile(
    r"\s*(?:[а-яё]+\s+){0,2}?(?:конкурс|олимпиад|соревновани|фестивал|акци|марафон|турнир|чемпионат|смотр"
    r"|игр|викторин|квест|отбор|сдач|испытани|экзамен)",
    re.IGNORECASE,
)
LONE_NUMBER_RE = re.compile(r"^\s*(\d{1,2}|[IVX]{1,4})\s*[.)]?\s+")
# What may stand before the stage mention on a defining line: numbering, bullets, markup.
LEAD_RE = re.compile(r"^[\s\d.)(*_#>•·➤\-–—]*$")
MARKUP_RE = re.compile(r"</?[a-z]+>|\*\*|__")
# How far into the rest of the line the period may start ("Этап 1. Подготовительный (январь …").
PERIOD_REACH = 90
# A table caption or heading that speaks of a later plan is not the plan of the current stage.
LATER_RE = re.compile(r"следующ|перспектив|предстоящ|будущ", re.IGNORECASE)
CURRENT_STAGE_RE = re.compile(
    r"^\s*(?:текущ\w*\s+)?этап\w*(?:\s+реализации(?:\s+[а-яё]+){0,3})?\s*[:\-–—]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)


def _stage_number(m: re.Match) -> int | None:
    raw = m.group("n1") or m.group("n2")
    if raw:
        return int(raw) if raw.isdigit() else ORDINALS.get(raw.lower())
    ordinal = (m.group("ord") or "").lower()
    return ORDINALS.get(ordinal.replace("ё", "е")) or ORDINALS.get(ordinal)


def _lines(doc: Document) -> list[tuple[str, Block, int | None]]:
    """Text lines in order, table cells included, each with its block and, for a table cell, an
    id of the cell (a stage's period on the next line must be in the same cell: the next cell of
    a plan row «1 этап | сентябрь 2022 | …» is that row's date, not the stage's period)."""
    out: list[tuple[str, Block, int | None]] = []
    cell_id = 0
    for b in doc.blocks:
        if b.table is not None:
            for row in b.table.rows:
                for cell in row.cells:
                    cell_id += 1
                    if cell.merged:
                        continue
                    out.extend((ln, b, cell_id) for ln in cell.text.splitlines() if ln.strip())
        else:
            out.extend((ln, b, None) for ln in b.full_text.splitlines() if ln.strip())
    return out


def _defining_match(line: str) -> re.Match | None:
    """The stage mention of a line that defines a stage, else None."""
    m = STAGE_RE.search(line)
    if not m or CONTEST_RE.match(line, m.end()):
        return None
    lead = line[: m.start()]
    if LEAD_RE.match(lead) or (len(lead) <= 40 and lead.rstrip().endswith(":")):
        return m
    return None


# A sentence ends after a word, a bracket, a quote or a year, not after a label («Этап 1. …»).
SENTENCE_RE = re.compile(r"(?:(?<=[а-яё»)]\.)|(?<=\d{4}\.)|(?<=[!?]))\s+(?=[А-ЯЁ«])")


def _stage_clauses(line: str) -> list[str]:
    """A line defining several stages in a row («… в три этапа: 1 этап – … (…); 2 этап – … (…)»)
    is read clause by clause, a paragraph sentence by sentence."""
    return _clauses(line)[0]


def _clauses(line: str) -> tuple[list[str], bool]:
    """_stage_clauses(line), and whether STAGE_RE found a stage mention in the line."""
    if not STAGE_RE.search(line):
        return [line], False
    parts = [line]
    if len(STAGE_RE.findall(line)) >= 2 and ";" in line:
        parts = [c for c in (part.strip() for part in line.split(";")) if c]
    # A paragraph of prose defines its stages sentence by sentence: «Проект реализуется с … .
    # Первый (подготовительный) этап проходил с 01.09.2023 по 31.05.2024.»
    return [c for part in parts for c in SENTENCE_RE.split(part) if c.strip()], True


def extract_stages(doc: Document) -> list[Stage]:
    """Stages with their periods; the first complete description of each number wins."""
    lines: list[tuple[str, Block, int | None]] = []
    mentions: list[bool] = []  # False: a whole line in which STAGE_RE found no stage mention
    for ln, b, c in _lines(doc):
        clauses, mentioned = _clauses(MARKUP_RE.sub(" ", ln))
        lines.extend((clause, b, c) for clause in clauses)
        mentions.extend([mentioned] * len(clauses))
    found: dict[int, Stage] = {}
    for k, (line, block, cell) in enumerate(lines):
        m = _defining_match(line) if mentions[k] else None  # no stage mention: no stage defined
        if not m:
            continue
        number = _stage_number(m)
        if number is None or not 1 <= number <= 12:
            continue
        rest = line[m.end():]
        period = leading_period(rest, reach=PERIOD_REACH)
        if period is None and k + 1 < len(lines) and lines[k + 1][2] == cell and not STAGE_RE.search(lines[k + 1][0]):
            nxt = lines[k + 1][0]
            if len(nxt) <= 80:
                period = leading_period(nxt, reach=20)
        name = _stage_name(rest)
        text = line.strip()
        if period is not None and period.text not in text:
            text = f"{text} {period.text}"
        stage = Stage(number=number, name=name, period=period, text=text[:200], location=block.location)
        prev = found.get(number)
        if prev is None or (prev.period is None and period is not None):
            found[number] = stage
    named = _named_stages(lines)
    if named and (not found or all(s.period is None for s in found.values())):
        for stage in named:
            assert stage.number is not None
            found.setdefault(stage.number, stage)
    for stage in _table_stages(doc):
        assert stage.number is not None
        prev = found.get(stage.number)
        if prev is None or prev.period is None:
            found[stage.number] = stage
    return [found[n] for n in sorted(found)]


# «Этап | Мероприятие | Сроки» is a plan with a stage column; «Этап | Сроки | Задачи этапа» lists stages.
EVENT_HEADER_RE = re.compile(r"мероприят|событи", re.IGNORECASE)
PERIOD_HEADER_RE = re.compile(r"период|срок|дат[аы]|годы|время", re.IGNORECASE)


def stage_table_columns(block: Block) -> tuple[int, int] | None:
    """(stage column, period column) of a table that lists the stages («Этап | Период |
    Содержание»), from its first row; None for any other table."""
    if block.table is None or len(block.table.rows) < 3:
        return None
    header = block.table.rows[0]
    stage_col = period_col = None
    for cell in header.cells:
        text = cell.text.strip()
        if stage_col is None and _is_stage_header(text) and not PERIOD_HEADER_RE.search(text):
            stage_col = cell.column
        elif period_col is None and PERIOD_HEADER_RE.search(text) and len(text) <= 40:
            period_col = cell.column
    if stage_col is None or period_col is None:
        return None
    if any(EVENT_HEADER_RE.search(c.text) for c in header.cells):
        return None  # «Этап | Мероприятие | Сроки»: a plan with a stage column
    names = [(r.cell_at(stage_col).text.strip().lower() if r.cell_at(stage_col) else "") for r in block.table.rows[1:]]
    names = [n for n in names if n]
    if len(set(names)) < len(names):
        return None  # a stage named on several rows: a plan, not the list of stages
    return stage_col, period_col


def _table_stages(doc: Document) -> list[Stage]:
    """Stages listed as rows of a stages table: «Подготовительный | январь – август 2023 г. | …»
    under a «Этап | Период» header, or «1 этап: поисковый | 2021 г. | …» rows without one."""
    out: list[Stage] = []
    for b in doc.blocks:
        if b.table is None:
            continue
        cols = stage_table_columns(b)
        rows = _header_stage_rows(b, cols) if cols is not None else _headerless_stage_rows(b)
        if len(rows) >= 2:
            out.extend(rows)
    return out


def _header_stage_rows(b: Block, cols: tuple[int, int]) -> list[Stage]:
    assert b.table is not None
    stage_col, period_col = cols
    rows: list[Stage] = []
    for row in b.table.rows[1:]:
        sc, pc = row.cell_at(stage_col), row.cell_at(period_col)
        name_text = MARKUP_RE.sub(" ", sc.text if sc else "").strip()
        period = leading_period(pc.text, reach=20) if pc else None
        if not name_text or period is None:
            continue
        m = STAGE_RE.search(name_text)
        number = _stage_number(m) if m else None
        if number is None:
            lone = LONE_NUMBER_RE.match(name_text)
            if lone:
                raw = lone.group(1)
                number = int(raw) if raw.isdigit() else ORDINALS.get(raw.lower())
        name = _stage_name(name_text[m.end():] if m else LONE_NUMBER_RE.sub("", name_text))
        rows.append(Stage(number=number if number is not None else len(rows) + 1, name=name, period=period,
                          text=f"{name_text} {period.text}"[:200], location=b.location))
    return rows


def _headerless_stage_rows(b: Block) -> list[Stage]:
    """Rows whose cell defines a numbered stage and whose next cell gives its period; not in a
    plan (a header naming events, or the same stage on several rows)."""
    assert b.table is not None
    if b.table.rows and any(EVENT_HEADER_RE.search(c.text) for c in b.table.rows[0].cells):
        return []
    rows: list[Stage] = []
    for row in b.table.rows:
        cells = [c for c in row.cells if not c.merged]
        for k, cell in enumerate(cells[:-1]):
            text = MARKUP_RE.sub(" ", cell.text).strip()
            m = _defining_match(text) if len(text) <= 80 else None
            if not m or leading_period(text[m.end():], reach=PERIOD_REACH) is not None:
                continue
            period = leading_period(cells[k + 1].text, reach=10)
            number = _stage_number(m)
            if period is not None and number is not None:
                rows.append(Stage(number=number, name=_stage_name(text[m.end():]), period=period,
                                  text=f"{text} {period.text}"[:200], location=b.location))
            break
    numbers = [s.number for s in rows]
    return rows if len(set(numbers)) == len(numbers) else []


# "1. Подготовительный этап (сентябрь 2020 – январь 2021)", "Аналитический этап: апрель 2022":
# a stage named by its adjective, numbered by its label or by its place in a run of such lines.
NAMED_STAGE_RE = re.compile(
    r"^[\s*_#>•·➤\-–—]*(?:(?P<label>\d{1,2}|[IVX]{1,4})\s*[.)]\s*)?"
    r"(?P<name>(?:[А-ЯЁа-яё]+[оие]\s*-\s*)?[А-ЯЁа-яё]+(?:ый|ий|ой))\s+этап(?![а-яё])",
    re.IGNORECASE,
)
NOT_A_NAME = re.compile(r"^(?:кажд|следующ|текущ|данн|нов|очередн|друг|люб|перв|втор|трет|четв[её]рт|пят|шест)", re.IGNORECASE)


def _named_stages(lines: list[tuple[str, Block, int | None]]) -> list[Stage]:
    """Stages named by an adjective, used when the report numbers none: by their labels, or by
    order when at least two such lines with periods stand together without labels."""
    out: list[Stage] = []
    for line, block, _cell in lines:
        m = NAMED_STAGE_RE.match(line)
        if not m or NOT_A_NAME.match(m.group("name")) or CONTEST_RE.match(line, m.end()):
            continue
        period = leading_period(line[m.end():], reach=PERIOD_REACH)
        if period is None:
            continue
        raw = m.group("label")
        number = (int(raw) if raw.isdigit() else ORDINALS.get(raw.lower())) if raw else None
        name = re.sub(r"\s*-\s*", "-", m.group("name")).lower()
        out.append(Stage(number=number, name=name, period=period, text=line.strip()[:200], location=block.location))
    if len(out) < 2:
        return []
    if any(s.number is None for s in out):
        if any(s.number is not None for s in out):
            return [s for s in out if s.number is not None]
        # unlabelled: number by order, first mention of each name only
        seen: dict[str, Stage] = {}
        for s in out:
            seen.setdefault(s.name, s)
        return [s.model_copy(update={"number": k}) for k, s in enumerate(seen.values(), start=1)]
    return out


def single_current_stage(doc: Document) -> Stage | None:
    """"Этап: исследовательский этап (январь 2021 – август 2021)": an unnumbered stage line."""
    for b in doc.blocks[:80]:
        if b.table is not None:
            continue
        m = CURRENT_STAGE_RE.match(MARKUP_RE.sub(" ", b.text))
        if m:
            period = leading_period(m.group("rest"), reach=PERIOD_REACH)
            if period:
                return Stage(number=None, name=_stage_name(m.group("rest")), period=period,
                             text=b.text.strip()[:200], location=b.location)
    return None


def _joinable(gap: str) -> bool:
    """Text between two dates that makes them one range: a dash, "по", a line break."""
    return re.fullmatch(r"[\s\-–—/,.]*(?:г\.?|гг\.?)?[\s\-–—/,.]*(?:по|до)?\s*", gap, re.IGNORECASE) is not None


def leading_period(text: str, *, reach: int = PERIOD_REACH) -> Period | None:
    """The period a stage line states: the first non-reference date starting within `reach`
    characters, joined with the dates that continue it ("сентябрь 2020 г.\\n– январь 2021 г.").
    Dates further on belong to the stage's content, not to its period."""
    dates: list[DateMatch] = [d for d in find_dates(text) if not d.is_reference]
    if not dates or dates[0].start > reach:
        return None
    first = dates[0]
    run = [first]
    for d in dates[1:]:
        if not _joinable(text[run[-1].end: d.start]):
            break
        run.append(d)
    if len(run) == 1:
        return first.period
    start = min(d.period.start for d in run)
    end = max(d.period.end for d in run)
    precisions = {d.period.precision for d in run}
    precision = "year" if precisions == {"year"} else ("day" if precisions == {"day"} else "month")
    return Period(start=start, end=end, text=text[run[0].start: run[-1].end].strip(), precision=precision)


def _stage_name(rest: str) -> str:
    m = NAME_RE.match(rest)
    if not m:
        return ""
    name = m.group("name").strip(" -–—")
    if re.search(r"\d", name) or parse_period(name):
        return ""
    name = re.sub(r"\s*-\s*", "-", name)
    return name.lower()


# --------------------------------------------------------------------------- tables and rows


def _stage_in_caption(caption: str, stages: list[Stage]) -> int | None:
    """The stage a caption or heading names: "2 этап", "Этап 2", "мероприятия подготовительного этапа"."""
    if not caption or len(caption) > 300:
        return None
    m = STAGE_RE.search(caption)
    if m:
        num = _stage_number(m)
        for i, st in enumerate(stages):
            if st.number is not None and st.number == num:
                return i
    words = list(lemmas(caption))
    where = [k for k, w in enumerate(words) if w == "этап"]
    if not where:
        return None
    hits: set[int] = set()
    for i, st in enumerate(stages):
        name = [w for w in lemmas(st.name) if w != "этап"]
        if not name:
            continue
        for k in where:
            # the name stands next to "этап": "подготовительного этапа", "этап «Аналитический»"
            window = words[max(0, k - len(name) - 2): k + len(name) + 2]
            if all(any(_same_word(n, w) for w in window) for n in name):
                hits.add(i)
    return hits.pop() if len(hits) == 1 else None


def _defines_stage(text: str) -> int | None:
    """The number of the stage a line defines with its period ("2 этап – основной, 2023 г."), else None."""
    line = MARKUP_RE.sub(" ", text)
    m = _defining_match(line)
    if not m or leading_period(line[m.end():], reach=PERIOD_REACH) is None:
        return None
    return _stage_number(m)


def _in_stage_list(doc: Document, i: int) -> bool:
    """True for a line of a list of stage definitions: such a line is not a table's caption."""
    own = _defines_stage(doc.blocks[i].full_text)
    if own is None:
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(doc.blocks) and doc.blocks[j].kind is not BlockKind.TABLE:
            other = _defines_stage(doc.blocks[j].full_text)
            if other is not None and other != own:
                return True
    return False


def _same_word(a: str, b: str) -> bool:
    """Lemmas of one adjective may differ by form ("основной" / "основный"): a long common stem counts."""
    return same_stem(a, b)


def stage_for_table(table: ReportTable, doc: Document, stages: list[Stage]) -> int | None:
    """The stage a plan table belongs to: its caption (the text just before it, up to three
    blocks back, not past another table nor into a list of stage definitions) or its section
    heading names the stage; or, when the report states a single current stage, the calendar
    plan ("plan" table) is that stage's plan."""
    if not stages or stage_table_columns(doc.blocks[table.block]) is not None:
        return None  # the table of the stages themselves
    captions: list[str] = []
    for i in range(table.block - 1, max(-1, table.block - 4), -1):
        b = doc.blocks[i]
        if b.kind is BlockKind.TABLE:
            break  # the caption of the previous table is not this table's
        if not b.full_text.strip():
            continue
        if _in_stage_list(doc, i) or CURRENT_STAGE_RE.match(MARKUP_RE.sub(" ", b.text)):
            break  # the stages' own definitions above a table are not its caption
        captions.append(b.full_text)
        if b.kind is BlockKind.HEADING:
            break  # what stands above the heading belongs to the previous section
    for caption in captions:
        found = _stage_in_caption(caption, stages)
        if found is not None:
            return found
    if table.section:
        found = _stage_in_caption(table.section, stages)
        if found is not None:
            return found
    if len(stages) == 1 and stages[0].number is None and table.kind == "plan":
        context = " ".join(c for c in captions if c) + " " + (table.section or "")
        if LATER_RE.search(context) or not _caption_overlaps(context, stages[0]):
            return None
        if not _mostly_within(table, doc, stages[0]):
            return None  # a calendar plan of the whole project, not of the current stage
        return 0
    return None


def _mostly_within(table: ReportTable, doc: Document, stage: Stage) -> bool:
    """At least half of the table's dated rows touch the stage's period."""
    col = table.column_of(ColumnRole.DATES)
    block = doc.blocks[table.block]
    if col is None or block.table is None or stage.period is None:
        return True
    dated = touching = 0
    for row in block.table.rows[table.header_rows:]:
        cell = row.cell_at(col)
        period = event_dates(cell.text) if cell and cell.text.strip() else None
        if period is None:
            continue
        dated += 1
        touching += period.overlaps(stage.period)
    return dated == 0 or touching * 2 >= dated


def _caption_overlaps(caption: str, stage: Stage) -> bool:
    """A caption "План на 2022 год" for a stage of 2021 is a later plan, not this stage's."""
    if stage.period is None:
        return False
    dates = [d for d in find_dates(caption) if not d.is_reference]
    return not dates or any(d.period.overlaps(stage.period) for d in dates)


STAGE_LINE_LOOKBACK = 40  # list items under one stage line: a plan of a stage rarely runs longer


def _stage_line_above(report: Report, block: int, stages: list[Stage]) -> int | None:
    """The stage of a list item: the nearest line above it, in its section, that names a stage
    on its own («1 этап (I квартал 2025 года)», «II этап. Практический»)."""
    blocks = report.document.blocks
    section = report.section_of_block(block)
    for i in range(block - 1, max(-1, block - 1 - STAGE_LINE_LOOKBACK), -1):
        b = blocks[i]
        if b.table is not None or report.section_of_block(i) is not section:
            break
        if b.kind is BlockKind.LIST_ITEM:
            continue
        found = _stage_of_cell(b.text, stages, stage_column=False)
        if found is not None:
            return found
    # No stage line in its section: the headings above it may name the stage («3.2. II квартал
    # (декабрь 2024 – февраль 2025), практический этап» over a month's items).
    for sec in reversed(_section_chain(report, block)):
        found = _stage_in_caption(sec.title, stages)
        if found is not None:
            return found
    return None


def _section_chain(report: Report, block: int) -> list:
    """The sections holding `block`, outermost first."""
    def walk(secs, path):
        for sec in secs:
            here = path + [sec]
            if sec.block == block or block in sec.body:
                return here
            found = walk(sec.children, here)
            if found:
                return found
        return None
    return walk(report.sections, []) or []


def _stage_of_cell(text: str, stages: list[Stage], stage_column: bool) -> int | None:
    text = MARKUP_RE.sub(" ", text).strip()
    if not text or len(text) > 120:
        return None
    m = _defining_match(text)
    if m:
        num = _stage_number(m)
        for i, st in enumerate(stages):
            if st.number is not None and st.number == num:
                return i
        return None
    if stage_column:
        m = re.fullmatch(r"\s*(\d{1,2}|[IVX]{1,4})\s*\.?\s*", text)
        if m:
            raw = m.group(1)
            num = int(raw) if raw.isdigit() else ORDINALS.get(raw.lower())
            for i, st in enumerate(stages):
                if st.number is not None and st.number == num:
                    return i
        cell = lemmas(text)
        named = [
            i for i, st in enumerate(stages)
            if st.name and all(any(_same_word(n, w) for w in cell) for n in lemmas(st.name) if n != "этап")
        ]
        if len(named) == 1:
            return named[0]
    return None


STAGE_HEADER_WORDS = frozenset({"этап", "реализация", "проект", "программа", "номер", "наименование", "срок"})


def _is_stage_header(header: str) -> bool:
    """A column headed «Этап», «Этап реализации», «Этап (сроки)»: its cells name a stage."""
    words = set(lemmas(MARKUP_RE.sub(" ", header)))
    return "этап" in words and words <= STAGE_HEADER_WORDS and len(header) <= 40


def event_stage(report: Report, event: Event) -> int | None:
    """The stage a plan row belongs to: a stage column of the row ("Этап": "2 этап"), else the
    nearest stage row above it inside the table ("1 этап (сентябрь 2020 – январь 2021)" spanning
    the table), else the table's stage."""
    stages = report.stages
    if event.table is None and event.location.block is not None and stages:
        return _stage_line_above(report, event.location.block, stages) if event.stage is None else event.stage
    if event.table is None or event.row is None or not stages or event.table >= len(report.tables):
        return event.stage
    table = report.tables[event.table]
    block = report.document.blocks[table.block]
    if block.table is None or event.row >= len(block.table.rows):
        return event.stage
    rows = block.table.rows
    stage_cols = {i for i, h in enumerate(table.headers) if _is_stage_header(h)}
    row = rows[event.row]
    for cell in row.cells:
        if cell.column in stage_cols:
            found = _stage_of_cell(cell.text, stages, stage_column=True)
            if found is not None:
                return found
    width = block.table.width
    for r in range(event.row - 1, table.header_rows - 1, -1):
        filled = [c for c in rows[r].cells if c.text.strip()]
        spanning = len(filled) == 1 and (filled[0].col_span >= max(2, width - 1) or len(rows[r].cells) == 1)
        if not spanning:
            continue
        found = _stage_of_cell(filled[0].text, stages, stage_column=False)
        if found is None:
            found = _stage_in_caption(filled[0].text, stages)
        if found is not None:
            return found
        break  # a section row that names no stage: the rows below belong to it, not to a stage
    return event.stage if event.stage is not None else table.stage
