"""S102 empty-section."""

from __future__ import annotations

import re
from collections.abc import Iterable

from repcheck.models.document import BlockKind, Document
from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import Report, Section, SectionMatch
from repcheck.parsing.dates import find_dates
from repcheck.profile import SectionSpec
from repcheck.rule import Rule, RuleContext, shorten
from repcheck.structurer.sections import (
    CAPTION_RE,
    TITLE_BEFORE_COLON_MAX,
    content_lines,
    heading_rest,
    heading_text,
    is_blank_content,
    is_signature_line,
    numbering_style,
    section_extent,
    table_data_text,
)

KEYWORD_LINE_MAX = 160  # a keyword line without a colon longer than this is prose, not a label
VALUE_BLOCKS_MAX = 30  # a label's value is read from at most this many following blocks
LABEL_COLON_MAX = 60  # «Задачи:»: a colon this close to the start makes a line a label


def _q(text: str, limit: int = 70) -> str:
    return f"«{shorten(text, limit)}»"


QUOTED_RE = re.compile(r"«[^»]{3,}»")


def heading_carries_value(text: str) -> bool:
    """A heading line that states its own value: «Этап 2. Основной (сентябрь 2023 – май 2025)»,
    «Тема проекта «Зелёная школа»». A bare year («… за 2023 год») is part of a title, not a value."""
    if QUOTED_RE.search(text):
        return True
    for m in find_dates(text):
        if m.is_reference:
            continue
        p = m.period
        if p.precision != "year" or p.start.year != p.end.year:
            return True
    return False


def _part_over_numbered(report: Report, sec: Section) -> bool:
    """A heading numbered with a word («Часть II.», «Раздел 3.») right over a heading numbered in
    another style: it heads a part whose sections follow, though its file keeps them at one level."""
    style = numbering_style(sec.number) if sec.number else None
    if not style or not style.startswith("word-") or sec.block is None:
        return False
    nxt = next((s for s in report.all_sections() if s.block == sec.block + 1), None)
    return nxt is not None and bool(nxt.number) and numbering_style(nxt.number) != style


def _raw_lines(doc: Document, blocks: list[int]) -> list[str]:
    out: list[str] = []
    for idx in blocks:
        b = doc.blocks[idx]
        if b.table is not None:
            continue
        out.extend(ln.strip() for ln in b.full_text.splitlines() if ln.strip())
    return out


TABLE_WORD_RE = re.compile(r"таблиц|представлен\w*\s+ниже|приведен\w*\s+ниже", re.IGNORECASE)
INTRO_LINES_MAX = 2
INTRO_CHARS_MAX = 250
# «Финансирование не требуется», «мониторинг не проводился»: the text explains the empty table.
EXPLAINS_RE = re.compile(r"(?<![а-яё])(?:не\s|нет(?![а-яё])|отсутств|без\s)", re.IGNORECASE)


def table_filled(doc: Document, block: int, header_rows: int, memo: dict[tuple[int, int], bool] | None = None) -> bool:
    """Some data cell of the table at `block` is filled in (`table_data_text` is not empty);
    `memo`: the answers already found for this document (S102 asks up to three times a table)."""
    if memo is None:
        return bool(table_data_text(doc.blocks[block], header_rows))
    hit = memo.get((block, header_rows))
    if hit is None:
        hit = memo[(block, header_rows)] = bool(table_data_text(doc.blocks[block], header_rows))
    return hit


def intro_over_unfilled_tables(doc: Document, blocks: list[int], header_rows: dict[int, int],
                               filled: dict[tuple[int, int], bool] | None = None) -> bool:
    """A section whose tables are all left unfilled (labels with empty or dashed values) and whose
    text is only a line or two introducing them («Мониторинг проводился в мае методом
    анкетирования.» over a table of dashes): the section reports nothing. A line saying why there
    is nothing («дополнительного финансирования не требуется») is an answer."""
    tables = [i for i in blocks if doc.blocks[i].table is not None]
    if not tables or any(table_filled(doc, i, header_rows.get(i, 0), filled) for i in tables):
        return False
    lines = [ln for ln in content_lines(doc, [i for i in blocks if i not in tables]) if not CAPTION_RE.match(ln)]
    return (len(lines) <= INTRO_LINES_MAX and all(len(ln) <= INTRO_CHARS_MAX for ln in lines)
            and all(ln.rstrip().endswith(":") or TABLE_WORD_RE.search(ln) for ln in lines)
            and not any(EXPLAINS_RE.search(ln) for ln in lines))


class EmptySection(Rule):
    """Finds sections whose heading is present but whose text is empty or only a placeholder.

    A section of the profile found in the report (S101 reports the absent ones) is empty when,
    between its heading and the next heading that ends it (another section of the form, the
    next number of the same series, or a heading of a higher level; a bold sub-heading that is
    no section of the form stays in the text), there is nothing but placeholders: «-»,
    «—», «нет», «не требуется», «_____», «Другое ___», a remark in brackets, or a signature
    block («Директор ____ И.И. Петрова», «М.П.»); or when the heading is followed straight by
    the next heading or by the signature. A table counts with its filled data cells only (the
    header of an unfilled form table is not content). A section found as a keyword line
    («Цель: …») or a passport row («Цель программы | …») is empty when its value is.
    Template lines with no value («Социальные –», «Экономические –») are C204's, not this rule's.

    Beyond the form's sections, any numbered or heading-styled section of the report is judged
    the same way (a warning): «7. Кадровое обеспечение» followed straight by «8. …» is empty
    whatever the form, unless most headings of its series are empty too (then they are a list).
    A section whose only text introduces a table left unfilled (labels over dashes) is empty too,
    unless that text says why («финансирования не было»); a table of nothing but dashes inside a
    section with other text is reported as an unfilled table.

    Why it matters: an empty section is as missing as an absent one, but it hides in a report
    whose headings are all in place.

    Severity: error for a mandatory section, warning for an optional one. Sections the profile
    marks `may_be_empty` (e.g. «Информация о необходимости корректировки», where «не требуется» is
    an answer) are skipped when they hold such an answer and are a warning when blank.

    Example: `13. Предложения по распространению и внедрению результатов проекта` followed only
    by «-» gets `S102 раздел «13. Предложения по распространению…» пуст: после заголовка только
    «-»`.
    """

    code = "S102"
    name = "empty-section"
    category = Category.STRUCTURE
    severity = Severity.ERROR
    summary = Text(ru="Раздел есть, но не заполнен", en="A section is present but empty")
    marks_empty_sections = True
    doc_ru = """
    Находит разделы, у которых есть заголовок, но нет содержания (или только заглушка).

    Раздел профиля, найденный в отчёте (отсутствующие — это S101), пуст, если между его
    заголовком и следующим заголовком, который его завершает (другой раздел формы, следующий
    номер той же нумерации или заголовок более высокого уровня; жирный подзаголовок, не
    являющийся разделом формы, остаётся в тексте раздела), нет ничего, кроме заглушек: «-», «—»,
    «нет», «не требуется»,
    «_____», «Другое ___», пояснения в скобках, подписи («Директор ____ И.И. Петрова», «М.П.»);
    или если за заголовком сразу идёт следующий заголовок или подпись. Таблица учитывается только
    заполненными ячейками данных (шапка незаполненной таблицы формы — не содержание). Раздел,
    найденный как строка с ключевыми словами («Цель: …») или строка паспорта («Цель программы | …»),
    пуст, если пусто его значение. Строки шаблона без значения («Социальные –») — это C204.

    Кроме разделов формы, так же проверяется любой нумерованный раздел или раздел со стилем
    заголовка (предупреждение): «7. Кадровое обеспечение», за которым сразу идёт «8. …», пуст при
    любой форме — если только пусты не большинство заголовков этой нумерации (тогда это список).
    Раздел, текст которого лишь вводит незаполненную таблицу (подписи строк и прочерки), тоже пуст,
    если текст не объясняет почему («финансирования не было»); таблица из одних прочерков внутри
    раздела с другим текстом отмечается как незаполненная.

    Почему это важно: пустой раздел — тот же отсутствующий, только его не видно по заголовкам.

    Уровень: ошибка для обязательного раздела, предупреждение для необязательного. Разделы с
    `may_be_empty` в профиле (например, «Информация о необходимости корректировки», где
    «не требуется» — это ответ) пропускаются, если в них такой ответ, и дают предупреждение,
    если они совсем пусты.

    Пример: за заголовком «13. Предложения по распространению и внедрению результатов проекта»
    только «-» — «раздел «13. Предложения по распространению…» пуст: после заголовка только «-»».
    """

    def check(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        doc = report.document
        specs = {s.id: s for s in ctx.profile.sections}
        header_rows = {t.block: t.header_rows for t in report.tables}
        reported: set[int] = set()  # heading blocks of sections reported empty
        filled: dict[tuple[int, int], bool] = {}  # (table block, header rows) → some value filled in
        for f in self._unlisted(report, ctx, header_rows, filled):
            reported.add(f.location.block if f.location.block is not None else -1)
            yield f
        for sec in report.all_sections():
            if sec.block is None or sec.canonical is None or sec.canonical not in specs:
                continue
            if any(d.canonical for d in sec.walk() if d is not sec):
                continue  # its sections of the form are judged one by one
            blocks = section_extent(doc, report.sections, sec, {sp.id: k for k, sp in enumerate(ctx.profile.sections)})
            own = heading_rest(doc.blocks[sec.block])
            if (content_lines(doc, blocks, header_rows) or (own and not is_blank_content(own))) and not \
                    intro_over_unfilled_tables(doc, blocks, header_rows, filled):
                blocks = self._placeholder_before_next_heading(report, sec, blocks)
                if not blocks:
                    continue
            if not own and heading_carries_value(doc.blocks[sec.block].text):
                continue
            raw = ([own] if own.strip() else []) + _raw_lines(doc, blocks)
            nxt = blocks[-1] + 1 if blocks else sec.block + 1
            tables = any(doc.blocks[i].table is not None for i in blocks)
            reported.add(sec.block)
            yield from self._report(report, ctx, specs[sec.canonical], sec.label, sec.block, None, raw, nxt, tables)
        yield from self._blank_tables(report, ctx, reported, filled)
        for spec_id, match in report.coverage.items():
            if match.via == "heading" or spec_id not in specs or match.block is None:
                continue
            raw = self._value_lines(doc, report, match)
            if raw is None or any(not is_blank_content(t) and not is_signature_line(t) for t in raw):
                continue
            yield from self._report(report, ctx, specs[spec_id], match.heading, match.block, match.row, raw, None,
                                    via_line=match.via == "keyword")

    @staticmethod
    def _placeholder_before_next_heading(report: Report, sec: Section, blocks: list[int]) -> list[int]:
        """The blocks up to the next heading when they hold only a placeholder («–», «нет»): the
        heading after a dash is the next section, not a sub-heading of this one. [] otherwise."""
        doc = report.document
        starts = {s.block for s in report.all_sections() if s.block is not None}
        direct: list[int] = []
        for i in blocks:
            if i in starts:
                break
            direct.append(i)
        if not direct or len(direct) == len(blocks) or any(doc.blocks[i].table is not None for i in direct):
            return []
        lines = [ln for ln in _raw_lines(doc, direct)]
        if lines and all(is_blank_content(ln) for ln in lines):
            return direct
        return []

    def _blank_tables(self, report: Report, ctx: RuleContext, reported: set[int],
                      filled: dict[tuple[int, int], bool] | None = None) -> Iterable[Finding]:
        """A table whose values are all dashes or blanks (its row labels aside), inside a section
        that has other text: the form's table was left unfilled. Not when the text just above it says
        why («финансирования не было»), nor when its section is already reported empty."""
        doc = report.document
        for table in report.tables:
            block = doc.blocks[table.block]
            rows = block.table.rows[table.header_rows or 1:] if block.table else []
            if not rows or not table.header_rows and len(block.table.rows) < 2:  # type: ignore[union-attr]
                continue
            if table_filled(doc, table.block, table.header_rows, filled):
                continue  # some value is filled in
            sec = report.section_of_block(table.block)
            if sec is not None and sec.block in reported:
                continue
            above = [doc.blocks[i].full_text for i in range(max(0, table.block - 2), table.block)
                     if doc.blocks[i].table is None and not CAPTION_RE.match(doc.blocks[i].full_text)]
            if any(EXPLAINS_RE.search(t) for t in above):
                continue
            name = table.caption if table.caption and CAPTION_RE.match(table.caption) else (
                " | ".join(h for h in table.headers if h)[:80] or f"таблица {table.index + 1}")
            filler = next((c.text.strip() for r in rows for c in r.cells if c.text.strip()), "")
            what_ru = f"во всех строках только {_q(filler, 10)}" if filler else "строки пусты"
            what_en = f"every row holds only {_q(filler, 10)}" if filler else "its rows are blank"
            yield self.finding(
                f"таблица {_q(name, 90)} не заполнена: {what_ru}",
                f"the table “{shorten(name, 90)}” is not filled in: {what_en}",
                evidence=name,
                location=ctx.locate(block=table.block),
                severity=Severity.WARNING,
                suggestion=Text(ru="заполните таблицу или укажите, почему сведений нет",
                                en="fill in the table or say why there is nothing to report"),
            )

    def _unlisted(self, report: Report, ctx: RuleContext, header_rows: dict[int, int],
                  filled: dict[tuple[int, int], bool] | None = None) -> Iterable[Finding]:
        """Numbered headings that are no section of the form: empty whatever their title.

        Unnumbered section headings form a series of their own. A run of numbered bold lines with nothing between them is a list, not empty
        sections: a series is judged only when most of its headings have text of their own."""
        doc = report.document
        series: dict[tuple[str | None, int], list[tuple[Section, list[int], bool]]] = {}
        body_from = next((s.block for s in report.all_sections() if s.block is not None and (s.canonical or s.number)), None)
        for sec in report.all_sections():
            if sec.block is None or body_from is None or sec.block < body_from:
                continue  # the title lines above the first section are no sections
            block = doc.blocks[sec.block]
            if sec.number:
                key = (numbering_style(sec.number), sec.level)
            elif block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH):  # a heading by style, bold, capitals or shape
                key = ("unnumbered", sec.level)  # «ИННОВАЦИОННЫЕ ПРОДУКТЫ», a Heading 2 without a number
            else:
                continue
            if sec.canonical is not None or sec.children:
                series.setdefault(key, []).append((sec, [], False))  # a member of the series, judged elsewhere
                continue
            if not sec.title.strip() or heading_carries_value(doc.blocks[sec.block].text):
                continue
            blocks = section_extent(doc, report.sections, sec, {sp.id: k for k, sp in enumerate(ctx.profile.sections)})
            own = heading_rest(doc.blocks[sec.block])
            empty = (not content_lines(doc, blocks, header_rows) and (not own or is_blank_content(own))
                     or intro_over_unfilled_tables(doc, blocks, header_rows, filled))
            if empty and _part_over_numbered(report, sec):
                empty = False  # «Часть II. Реализация проекта» over «4. …», «5. …»: a part of the report
            series.setdefault(key, []).append((sec, blocks, empty))
        for members in series.values():
            empties = [m for m in members if m[2]]
            if not empties or 2 * len(empties) > len(members):
                continue
            for sec, blocks, _ in empties:
                own = heading_rest(doc.blocks[sec.block])  # type: ignore[index]
                raw = ([own] if own.strip() else []) + _raw_lines(doc, blocks)
                nxt = blocks[-1] + 1 if blocks else sec.block + 1  # type: ignore[operator]
                tables = any(doc.blocks[i].table is not None for i in blocks)
                spec = SectionSpec(id=f"unlisted-{sec.block}", title=sec.title, mandatory=False)
                yield from self._report(report, ctx, spec, sec.label, sec.block, None, raw, nxt, tables)  # type: ignore[arg-type]

    def _value_lines(self, doc: Document, report: Report, match: SectionMatch) -> list[str] | None:
        """The value of a keyword line or passport row; None when it cannot be told."""
        if match.via == "table":
            return [ln.strip() for ln in match.content.splitlines() if ln.strip()]
        block = doc.blocks[match.block]  # type: ignore[index]
        text = block.text.strip()
        head = heading_text(block)
        colon = 0 < text.find(":") <= TITLE_BEFORE_COLON_MAX
        if not colon and len(text) > KEYWORD_LINE_MAX:
            return None
        rest = text[len(head):].lstrip(" :")
        if rest.strip():
            return [rest]
        if not colon:
            return None  # a bare label line: its text may be anything that follows
        # «Задачи:» followed by «1) …», «2) …»: the list is the value. The value ends at the next
        # section, at the label's next sibling («1.2. Руководитель:» → «1.3. …») or at the next
        # label line of an unnumbered series («Цель:», «Задачи:»).
        starts = {s.block for s in report.all_sections()}
        style = numbering_style(block.number)
        out: list[str] = []
        for idx in range(match.block + 1, min(len(doc.blocks), match.block + 1 + VALUE_BLOCKS_MAX)):  # type: ignore[operator]
            b = doc.blocks[idx]
            if idx in starts or b.kind is BlockKind.HEADING:
                break
            if style and b.number and numbering_style(b.number) == style:
                break
            if not style and not b.number and 0 < b.text.find(":") <= LABEL_COLON_MAX:
                break
            if b.table is not None:
                return None  # a table after «…:» is its value; judged by the table rules
            out.extend(ln.strip() for ln in b.full_text.splitlines() if ln.strip())
        return out

    def _report(
        self, report: Report, ctx: RuleContext, spec: SectionSpec, label: str, block: int,
        row: int | None, raw: list[str], nxt: int | None, tables: bool = False, via_line: bool = False,
    ) -> Iterable[Finding]:
        doc = report.document
        blank = not raw  # an unfilled table is blank too
        if raw and is_signature_line(label) and all(is_signature_line(t) for t in raw):
            return  # «Заведующий МАДОУ …» over «____ О.В. Лебедева»: the signature block, not a section
        if spec.may_be_empty and not blank:
            return  # «нет», «не требуется»: an answer where the form allows one
        severity = Severity.ERROR if spec.mandatory and not spec.may_be_empty else Severity.WARNING
        fillers = [t for t in raw if not is_signature_line(t)]
        if tables:
            what_ru = "таблица раздела не заполнена (только шапка)" + (f", кроме неё только {_q(fillers[0], 40)}" if fillers else "")
            what_en = "its table is not filled in (a header only)" + (f"; besides it only {_q(fillers[0], 40)}" if fillers else "")
        elif fillers:
            what_ru = f"после заголовка только {_q(fillers[0], 40)}"
            what_en = f"the heading is followed only by {_q(fillers[0], 40)}"
        elif raw:
            what_ru = f"после заголовка сразу подпись {_q(raw[0], 50)}"
            what_en = f"the heading is followed straight by the signature {_q(raw[0], 50)}"
        elif nxt is not None and nxt < len(doc.blocks):
            nb = doc.blocks[nxt]
            # The next section is named by its number when it has one: its title belongs to a
            # section that is not the one reported.
            if nb.table is not None:
                what_ru, what_en = "после заголовка сразу следует таблица", "the heading is followed straight by a table"
            elif nb.number:
                what_ru = f"после заголовка сразу следует следующий раздел ({nb.number.strip()})"
                what_en = f"the heading is followed straight by the next section ({nb.number.strip()})"
            else:
                what_ru = f"после заголовка сразу следует {_q(nb.full_text, 60)}"
                what_en = f"the heading is followed straight by {_q(nb.full_text, 60)}"
        elif via_line:
            what_ru, what_en = "после неё нет текста", "nothing follows it"
        else:
            what_ru, what_en = "после заголовка нет текста", "nothing follows the heading"
        if row is not None:
            kind_ru, kind_en, ending = "строка паспорта", "passport row", "а"
        elif via_line:
            kind_ru, kind_en, ending = "строка", "line", "а"
        else:
            kind_ru, kind_en, ending = "раздел", "section", ""
        yield self.finding(
            f"{kind_ru} {_q(label)} пуст{ending}: {what_ru}",
            f"{kind_en} “{shorten(label, 70)}” is empty: {what_en}",
            evidence=label,
            location=ctx.locate(block=block, row=row),
            severity=severity,
            suggestion=Text(
                ru=f"заполните раздел «{spec.title}» или укажите, почему сведений нет",
                en=f"fill in the section “{spec.title_en or spec.title}” or say why there is nothing to report",
            ),
        )

