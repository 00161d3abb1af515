"""S103 numbering-gap."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from pydantic import Field

from repcheck.models.document import Block, BlockKind, Document
from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import ColumnRole, Report, ReportTable
from repcheck.rule import Rule, RuleContext, RuleOptions, shorten

# Lettered items skip the letters that never label a list: ё, й, ъ, ы, ь.
RU_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMAN_RE = re.compile(r"^[IVXLC]+$")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# A table's caption line with a plain number: «Таблица 5. Показатели …», «Табл. 6 –», «Таблица № 7».
CAPTION_NUMBER_RE = re.compile(r"^\s*(?:таблица|табл\.)\s*(?:№\s*)?(?P<n>\d{1,2})(?![\d.,]\d)(?:[.:–—\s-]|$)", re.IGNORECASE)
NUMBER_CELL_RE = re.compile(r"^\s*№?\s*(?P<n>\d{1,3}(?:\s*\.\s*\d{1,3})*)\s*[.)]?\s*$")


class Options(RuleOptions):
    # A jump over more numbers than this is not read as a skip: the "number" is more likely
    # another figure (a count, a year) or a different list. Forms have a few dozen items at
    # most; a deleted row or two (2.4 → 2.7) is the typical slip.
    max_missing: int = Field(5, ge=1)


@dataclass(frozen=True)
class Num:
    family: str  # "dotted" (1., 2.4.), "paren" (1)), "letter" (а)), "latin" (a)), "roman" (IV.)
    parts: tuple[int, ...]
    text: str  # as written, for messages

    def show(self, parts: tuple[int, ...] | None = None) -> str:
        p = self.parts if parts is None else parts
        if self.family == "dotted":
            return ".".join(map(str, p))
        if self.family == "paren":
            return f"{p[0]})"
        if self.family in ("letter", "latin"):
            alphabet = RU_LETTERS if self.family == "letter" else LATIN_LETTERS
            return f"{alphabet[p[0] - 1]})" if 0 < p[0] <= len(alphabet) else str(p[0])
        if self.family.startswith("word-"):  # «Задача 5», in the digits the report uses
            word = self.text.split()[0]
            roman = bool(re.search(r"\s[IVXLC]+\.?$", self.text))
            return f"«{word} {_to_roman(p[0]) if roman else p[0]}»"
        return _to_roman(p[0])


def _roman(text: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(text):
        v = ROMAN_VALUES[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if _to_roman(total) == text else None


def _to_roman(n: int) -> str:
    out = ""
    for value, sym in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def parse_number(label: str | None) -> Num | None:
    """"2.4." → dotted (2, 4); "3)" → paren (3,); "б)" → letter (2,); "IV." → roman (4,)."""
    if not label:
        return None
    t = label.strip().lstrip("-–—•· ").strip()
    if not t:
        return None
    m = re.fullmatch(r"(\d{1,3})\)", t)
    if m:
        return Num("paren", (int(m.group(1)),), t)
    m = re.fullmatch(r"([А-ЯЁа-яё]+)\s+(\d{1,3}|[IVXLC]+)\.?", t)
    if m:  # «Раздел 5.», «Задача 3.»: a numbering of its own per word
        raw = m.group(2)
        value = int(raw) if raw.isdigit() else _roman(raw)
        return Num(f"word-{m.group(1).lower()}", (value,), t) if value else None
    m = re.fullmatch(r"№?\s*(\d{1,3}(?:\s*\.\s*\d{1,3})*)\s*\.?", t)
    if m:
        return Num("dotted", tuple(int(x) for x in re.split(r"\s*\.\s*", m.group(1))), t)
    m = re.fullmatch(r"([а-яё])[).]", t, re.IGNORECASE)
    if m:
        ch = m.group(1).lower()
        return Num("letter", (RU_LETTERS.index(ch) + 1,), t) if ch in RU_LETTERS else None
    m = re.fullmatch(r"([a-z])\)", t, re.IGNORECASE)
    if m:
        return Num("latin", (LATIN_LETTERS.index(m.group(1).lower()) + 1,), t)
    m = re.fullmatch(r"([IVXLC]+)\.?", t)
    if m:
        value = _roman(m.group(1))
        return Num("roman", (value,), t) if value else None
    return None


@dataclass
class Step:
    kind: str  # "ok", "gap", "repeat", "back"
    missing: list[tuple[int, ...]]


def relation(a: Num, b: Num, max_missing: int) -> Step:
    """How number `b` follows number `a` of the same family."""
    pa, pb = a.parts, b.parts
    if pa == pb:
        return Step("repeat", [])
    i = next((k for k in range(min(len(pa), len(pb))) if pa[k] != pb[k]), None)
    if i is None:
        if len(pb) < len(pa):
            return Step("back", [])  # 1.3 → 1: a new list of the parent's number
        # b goes deeper: 1 → 1.1 (or 1 → 1.3: 1.1 and 1.2 are missing)
        tail = pb[len(pa):]
        if all(x == 1 for x in tail):
            return Step("ok", [])
        if len(tail) == 1 and tail[0] - 1 <= max_missing:
            return Step("gap", [pa + (k,) for k in range(1, tail[0])])
        return Step("back", [])
    if pb[i] < pa[i]:
        return Step("back", [])
    rest_ones = all(x == 1 for x in pb[i + 1:])
    if pb[i] == pa[i] + 1:
        if rest_ones:
            return Step("ok", [])
        # 1.9 → 2.3: 2.1 and 2.2 missing
        if len(pb) == i + 2 and pb[-1] - 1 <= max_missing:
            return Step("gap", [pb[:-1] + (k,) for k in range(1, pb[-1])])
        return Step("back", [])
    skipped = pb[i] - pa[i] - 1
    if rest_ones and skipped <= max_missing:
        return Step("gap", [pb[:i] + (k,) for k in range(pa[i] + 1, pb[i])])
    return Step("back", [])


@dataclass
class Item:
    num: Num
    text: str  # the item's own text (heading title, list item, row subject)
    block: int
    row: int | None = None


def _missing_text(first: Num, missing: list[tuple[int, ...]]) -> str:
    shown = [first.show(m) for m in missing]
    if len(shown) > 3:
        shown = [shown[0], "…", shown[-1]]
    return ", ".join(shown)


class NumberingGap(Rule[Options]):
    """Finds section, list and plan-row numbering that skips or repeats a number.

    Three kinds of numbering are followed, each on its own:
    - section headings (1, 2, 3; I, II; 1.1, 1.2; а), б)), across the whole report, so that
      point 6 after point 5 counts even when a Roman section starts in between;
    - numbered items inside one section (1.1 → 1.3 in «Общие сведения»; 1), 2), 3)), restarting
      with each section;
    - the number column of a table (1.1 … 1.9 in the plan of stage 1; 2.1, 2.2, 2.4), and a plan
      table that continues the previous one (2.5 after a table that ended with 2.3);
    - the numbers of table captions across the report («Таблица 5», then «Таблица 7»).

    Hierarchical numbers are compared level by level: 1.9 → 2.1 and 2 → 2.1 are in order;
    a return to 1 (or to a shallower number) starts a new list and is never a finding, so
    each stage table restarting at N.1 and lists restarted after a paragraph pass. A skipped
    number that appears elsewhere in between (a heading the reader took for a list item) is
    not a skip. A repeated 1 after a line ending with «:» is a nested list, not a repeat.
    Numbers are compared as written or as produced by automatic numbering.

    Why it matters: a skipped number is usually a deleted row or section whose plan item is now
    silently missing; a repeated one makes references ambiguous.

    Example: a plan table numbered 2.1, 2.2, 2.3, 2.4, 2.7 gets `S103 нумерация строк таблицы
    «2. Программные мероприятия…»: после 2.4 идёт 2.7 — пропущены 2.5, 2.6`.
    """

    code = "S103"
    name = "numbering-gap"
    category = Category.STRUCTURE
    severity = Severity.WARNING
    summary = Text(ru="Нумерация пропускает или повторяет номер", en="Numbering skips or repeats a number")
    doc_ru = """
    Находит нумерацию разделов, пунктов и строк плана, в которой пропущен или повторён номер.

    Отдельно проверяются:
    - заголовки разделов (1, 2, 3; I, II; 1.1, 1.2; а), б)) — по всему отчёту, так что пункт 6
      после пункта 5 засчитывается, даже если между ними начался раздел с римским номером;
    - нумерованные пункты внутри одного раздела (1.1 → 1.3 в «Общих сведениях»; 1), 2), 3)) —
      в каждом разделе заново;
    - столбец номеров таблицы (1.1 … 1.9 в плане этапа 1; 2.1, 2.2, 2.4) и таблица плана,
      продолжающая предыдущую (2.5 после таблицы, закончившейся на 2.3);
    - номера подписей таблиц по всему отчёту («Таблица 5», затем «Таблица 7»).

    Многоуровневые номера сравниваются по уровням: 1.9 → 2.1 и 2 → 2.1 — по порядку; возврат к 1
    (или к номеру верхнего уровня) начинает новый список и замечанием не считается, поэтому
    таблицы этапов, начинающиеся с N.1, и списки, начатые заново после абзаца, проходят.
    Пропущенный номер, который встречается между ними (заголовок, прочитанный как пункт списка),
    пропуском не считается. Повтор «1.» после строки, кончающейся двоеточием, — вложенный список.
    Номера сравниваются так, как написаны или получены автоматической нумерацией.

    Почему это важно: пропущенный номер обычно означает удалённую строку или раздел, и пункт
    плана молча исчез; повторённый делает ссылки неоднозначными.

    Пример: строки плана 2.1, 2.2, 2.3, 2.4, 2.7 — «нумерация строк таблицы «2. Программные
    мероприятия…»: после 2.4 идёт 2.7 — пропущены 2.5, 2.6».
    """

    def check(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        opts = ctx.options
        doc = report.document
        heads = {s.block for s in report.all_sections() if s.block is not None}
        # Numbers the structurer read off a heading's words («Задача 5. …», «Раздел 3. …»)
        worded = {s.block: s.number for s in report.all_sections()
                  if s.block is not None and s.number and not doc.blocks[s.block].number}
        yield from self._headings(doc, heads, ctx, opts, worded)
        yield from self._items(doc, heads, ctx, opts)
        yield from self._tables(report, ctx, opts)
        yield from self._captions(doc, ctx, opts)

    # -- table captions ---------------------------------------------------------------------------
    def _captions(self, doc: Document, ctx: RuleContext, opts: Options) -> Iterator[Finding]:
        """«Таблица 5. …» then «Таблица 7. …»: the captions' numbers across the report."""
        prev: Item | None = None
        for idx, b in enumerate(doc.blocks):
            m = CAPTION_NUMBER_RE.match(b.text) if b.table is None else None
            if m is None:
                continue
            num = Num("dotted", (int(m.group("n")),), m.group("n"))
            item = Item(num, b.text.strip(), idx)
            step = relation(prev.num, num, opts.max_missing) if prev is not None else None
            if prev is not None and step is not None and step.kind == "gap":
                a, c = prev.num.parts[0], num.parts[0]
                gone = ", ".join(str(k[0]) for k in step.missing)
                many = len(step.missing) > 1
                yield self.finding(
                    f"нумерация таблиц: после таблицы {a} идёт таблица {c} — пропущен{'ы' if many else 'а'} {'таблицы' if many else 'таблица'} {gone}",
                    f"table numbering: table {c} follows table {a}; table{'s' if many else ''} {gone} {'are' if many else 'is'} missing",
                    evidence=shorten(item.text, 120),
                    location=ctx.locate(block=idx),
                    suggestion=Text(ru="проверьте, не потеряна ли таблица, и исправьте нумерацию",
                                    en="check whether a table was lost and correct the numbering"),
                )
            prev = item

    # -- headings -------------------------------------------------------------------------------
    def _headings(self, doc: Document, heads: set[int], ctx: RuleContext, opts: Options,
                  worded: dict[int, str] | None = None) -> Iterator[Finding]:
        seen: dict[str, list[Item]] = {}
        for idx in sorted(heads):
            b = doc.blocks[idx]
            num = parse_number(b.number or (worded or {}).get(idx))
            if num is None:
                continue
            item = Item(num, b.text, idx)
            history = seen.setdefault(num.family, [])
            prev = history[-1] if history else None
            history.append(item)
            if prev is None:
                continue
            step = relation(prev.num, num, opts.max_missing)
            if step.kind == "gap":
                # An earlier heading may be the predecessor: «2. …», a bold «1.» inside it, «3. …»
                if any(relation(h.num, num, opts.max_missing).kind == "ok" for h in history[:-2]):
                    continue
                if self._elsewhere(doc, prev.block, idx, num.family, step.missing, worded):
                    continue
            if step.kind in ("gap", "repeat"):
                yield self._finding(ctx, "разделов", "sections", prev, item, step)

    @staticmethod
    def _elsewhere(doc: Document, start: int, end: int, family: str, missing: list[tuple[int, ...]],
                   worded: dict[int, str] | None = None) -> bool:
        """A missing number present as some numbered block between `start` and `end`; a heading
        numbered in words counts for the plain number («Раздел 5.» between 4.2 and 6.1)."""
        want = set(missing)
        for i in range(start + 1, end):
            n = parse_number(doc.blocks[i].number)
            if n is not None and n.family == family and n.parts in want:
                return True
            w = parse_number((worded or {}).get(i))
            if w is not None and family == "dotted" and w.family.startswith("word-") and w.parts in want:
                return True
        return False

    # -- items inside a section ----------------------------------------------------------------
    def _items(self, doc: Document, heads: set[int], ctx: RuleContext, opts: Options) -> Iterator[Finding]:
        last: dict[tuple[str, int], Item] = {}
        parent: Num | None = None
        for idx, b in enumerate(doc.blocks):
            if idx in heads:
                last.clear()
                parent = parse_number(b.number)
                continue
            if b.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
                continue
            num = parse_number(b.number)
            if num is None:
                continue
            key = (num.family, 0 if num.family == "dotted" else (b.level or 1))
            item = Item(num, b.text, idx)
            prev = last.get(key)
            last[key] = item
            if prev is None:
                # The first sub-item of a numbered section: 1. → 1.1 (1.2 would skip 1.1).
                if parent is not None and parent.family == num.family == "dotted" and len(num.parts) == len(parent.parts) + 1 and num.parts[:-1] == parent.parts:
                    step = relation(parent, num, opts.max_missing)
                    if step.kind == "gap":
                        yield self._finding(ctx, "пунктов раздела", "items", Item(parent, "", idx), item, step)
                continue
            step = relation(prev.num, num, opts.max_missing)
            if step.kind == "repeat" and (all(x == 1 for x in num.parts) or prev.text.rstrip().endswith(":")):
                continue  # «1. … :» followed by «1.»: a nested list starts
            if step.kind in ("gap", "repeat"):
                yield self._finding(ctx, "пунктов раздела", "items", prev, item, step)

    # -- table number columns ------------------------------------------------------------------
    def _tables(self, report: Report, ctx: RuleContext, opts: Options) -> Iterator[Finding]:
        doc = report.document
        previous_last: Item | None = None
        for table in report.tables:
            col = table.column_of(ColumnRole.NUMBER)
            block = doc.blocks[table.block]
            if col is None or block.table is None:
                continue
            items = list(self._row_numbers(table, block, col))
            if not items:
                continue
            first = items[0]
            if previous_last is not None and first.num.family == previous_last.num.family == "dotted":
                pa, pb = previous_last.num.parts, first.num.parts
                if len(pa) == len(pb) >= 2 and pa[:-1] == pb[:-1] and pb[-1] > 1:
                    step = relation(previous_last.num, first.num, opts.max_missing)
                    if step.kind in ("gap", "repeat"):
                        yield self._finding(ctx, "строк таблицы", "table rows", previous_last, first, step, table)
            for prev, cur in pairwise(items):
                step = relation(prev.num, cur.num, opts.max_missing)
                if step.kind in ("gap", "repeat"):
                    yield self._finding(ctx, "строк таблицы", "table rows", prev, cur, step, table)
            previous_last = items[-1]

    @staticmethod
    def _row_numbers(table: ReportTable, block: Block, col: int) -> Iterator[Item]:
        assert block.table is not None
        subject = next((table.column_of(r) for r in (ColumnRole.EVENT, ColumnRole.TASK, ColumnRole.ORGANISATION, ColumnRole.INDICATOR) if table.column_of(r) is not None), None)
        for r, row in enumerate(block.table.rows):
            if r < table.header_rows:
                continue
            cell = row.cell_at(col)
            if cell is None or cell.merged or not NUMBER_CELL_RE.match(cell.text):
                continue
            if cell.col_span > 1 and cell.col_span >= table.width - 1:
                continue  # a full-width row: a group title inside the table
            num = parse_number(cell.text.strip())
            if num is None:
                continue
            text = ""
            if subject is not None and (sc := row.cell_at(subject)) is not None and sc is not cell:
                text = sc.text
            else:
                text = next((c.text for c in row.cells if c is not cell and c.text.strip()), "")
            yield Item(num, text, table.block, r)

    # -- message --------------------------------------------------------------------------------
    def _finding(
        self, ctx: RuleContext, what_ru: str, what_en: str, prev: Item, cur: Item, step: Step,
        table: ReportTable | None = None,
    ) -> Finding:
        a, b = prev.num.show(), cur.num.show()
        where_ru, where_en = what_ru, what_en
        name = ""
        if table is not None:
            name = table.caption or table.section or ""
        elif what_en == "items":  # the section the items belong to
            sec = ctx.report.section_of_block(cur.block)
            name = sec.label if sec is not None and sec.title else ""
        if name:
            where_ru += f" «{shorten(name, 60)}»"
            where_en += f" “{shorten(name, 60)}”"
        if step.kind == "gap":
            missing = _missing_text(cur.num, step.missing)
            many = len(step.missing) > 1
            ru = f"нумерация {where_ru}: после {a} идёт {b} — пропущен{'ы' if many else ''} {missing}"
            en = f"{where_en} numbering: {b} follows {a}; {missing} {'are' if many else 'is'} missing"
            if what_en == "sections" and len(step.missing) == 1:
                # The form's own numbering names what is missing: «14» is «Обоснование устойчивости…».
                wanted = cur.num.show(step.missing[0])
                spec = next((sp for sp in ctx.profile.sections if sp.number and sp.number.strip(". ") == wanted.strip(". )")), None)
                if spec is not None:
                    ru += f" (по форме — «{shorten(spec.title, 60)}»)"
                    en += f" (in the form: “{shorten(spec.title_en or spec.title, 60)}”)"
        else:
            ru = f"нумерация {where_ru}: номер {b} повторяется"
            en = f"{where_en} numbering: {b} is repeated"
        evidence = f"{cur.num.text} {cur.text}".strip()
        column = None
        if table is not None:
            col = table.column_of(ColumnRole.NUMBER)
            column = table.headers[col] if col is not None and col < len(table.headers) and table.headers[col] else None
        return self.finding(
            ru, en,
            evidence=evidence,
            location=ctx.locate(block=cur.block, row=cur.row, column=column),
            suggestion=Text(
                ru="проверьте, не потерян ли пункт, и исправьте нумерацию",
                en="check whether an item was lost and correct the numbering",
            ),
        )

