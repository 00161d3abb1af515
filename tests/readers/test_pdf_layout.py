"""The PDF reader against the layout rules of PDFs exported from Word files: title and address
lines, number labels drawn in the paragraph mark's font, first-line indents, justified
paragraphs, tabbed signature lines, list levels from indents, and tables over page breaks
(repeated headers, split rows, merged cells going on overleaf, a page holding only the table).

Unit tests build lines and cells by hand; the last test writes an invented report with
python-docx, has LibreOffice export it to PDF, and demands that the PDF reads as the .docx does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from repcheck.models.document import Block, BlockKind, Document, Location
from repcheck.plugins.readers.docx import DocxReader
from repcheck.plugins.readers.pdf import (
    Line,
    PageItems,
    Para,
    PCell,
    PdfReader,
    PRow,
    PTable,
    Word,
    _stream,
    cell_text,
    continue_table,
    continues_word,
    first_line_indents,
    heading_levels,
    list_levels,
    para_block,
    para_text,
    paragraphs,
    to_table,
)

LEFT, RIGHT = 85.0, 553.0  # a 3 cm / 1.5 cm A4 text column
CHAR, SPACE = 6.0, 3.0  # width of a character and of a natural space at 12 pt


def line(
    text: str,
    x0: float,
    top: float,
    *,
    page: int = 1,
    bold: bool = False,
    size: float = 12.0,
    gap: float = SPACE,
    gaps: dict[int, float] | None = None,
    bold_from: int = 0,
) -> Line:
    """A line of `text` from `x0`: words CHAR wide per character, `gap` apart (`gaps` gives the
    gap before word i); words before `bold_from` are regular when the line is bold."""
    words, x = [], x0
    for i, w in enumerate(text.split(" ")):
        if i:
            x += (gaps or {}).get(i, gap)
        width = len(w) * CHAR
        words.append(Word(w, x, x + width, top, top + size, bold=bold and i >= bold_from, size=size))
        x += width
    return Line(words=words, page=page)


def width(text: str, gap: float = SPACE) -> float:
    parts = text.split(" ")
    return sum(len(w) for w in parts) * CHAR + gap * (len(parts) - 1)


def centered(text: str, top: float, **kw: object) -> Line:
    return line(text, (LEFT + RIGHT) / 2 - width(text) / 2, top, **kw)  # type: ignore[arg-type]


def flush_right(text: str, top: float, **kw: object) -> Line:
    return line(text, RIGHT - width(text), top, **kw)  # type: ignore[arg-type]


def spread(text: str, x0: float, x1: float, top: float, **kw: object) -> Line:
    """A line of `text` from `x0` to `x1`, its gaps equal."""
    n = len(text.split(" ")) - 1
    return line(text, x0, top, gap=(x1 - x0 - width(text, 0.0)) / n, **kw)  # type: ignore[arg-type]


def justified(text: str, top: float, x0: float = LEFT) -> Line:
    """A line stretched to the right edge."""
    return spread(text, x0, RIGHT, top)


def texts(*lines: Line, indents: frozenset[int] = frozenset()) -> list[str]:
    paras = paragraphs(list(lines), {1: RIGHT, 2: RIGHT}, 9.0, {1: LEFT, 2: LEFT}, indents)
    return [para_text(p) for p in paras]


# ---------------------------------------------------------------------------------------------
# Headings and list items
# ---------------------------------------------------------------------------------------------


def test_a_number_label_in_a_regular_font_leaves_a_bold_heading() -> None:
    """Word draws an automatic number in the paragraph mark's font: "4." regular, the title bold."""
    head = line("4. Итоги работы кружка", LEFT, 100, bold=True, bold_from=1)
    assert head.bold
    block = para_block(Para(lines=[head]), body_size=12.0)
    assert block is not None and (block.kind, block.number, block.level, block.text, block.emphasis) == (
        BlockKind.HEADING, "4.", 1, "Итоги работы кружка", True,
    )  # fmt: skip
    wrapped = line("продолжение длинного заголовка", LEFT, 114, bold=True)
    assert len(texts(head, wrapped)) == 2  # the short bold line ends early: two paragraphs
    plain = line("4. Итоги работы кружка", LEFT, 100, bold=True, bold_from=2)
    assert not plain.bold  # a regular word after the label: not a bold line


def test_list_levels_follow_the_indents_of_the_list() -> None:
    """In a run of list items the smallest indent is level 1, whatever the page margin: bullets
    indented under a paragraph are Word's first level; "а)" further in is the second."""
    items = [("–", 103.0), ("–", 103.0), ("1)", 90.0), ("а)", 108.0), ("б)", 108.0), ("2)", 90.0)]
    blocks = [Block(kind=BlockKind.PARAGRAPH, text="Вводный абзац:")]
    blocks += [Block(kind=BlockKind.LIST_ITEM, text="пункт", number=n if n != "–" else None, level=1) for n, _ in items]
    blocks.insert(3, Block(kind=BlockKind.PARAGRAPH, text="Абзац между списками."))
    blocks.append(Block(kind=BlockKind.LIST_ITEM, text="Подраздел", number="2.1.", level=2))
    starts: list[float | None] = [LEFT, 103.0, 103.0, LEFT, 90.0, 108.0, 108.0, 90.0, 120.0]
    list_levels(blocks, starts)
    assert [b.level for b in blocks] == [None, 1, 1, None, 1, 2, 2, 1, 2]


def test_heading_levels_from_font_sizes() -> None:
    big = Para(lines=[line("Раздел первый", LEFT, 100, bold=True, size=16.0)])
    mid = Para(lines=[line("Подраздел", LEFT, 130, bold=True, size=14.0)])
    body = Para(lines=[line("Обычный текст абзаца.", LEFT, 160)])
    levels = heading_levels([big, mid, body], body_size=12.0)
    got = [para_block(p, 12.0, levels) for p in (big, mid, body)]
    assert [(b.kind, b.level) for b in got if b] == [
        (BlockKind.HEADING, 1), (BlockKind.HEADING, 2), (BlockKind.PARAGRAPH, None),
    ]  # fmt: skip
    bold_body = para_block(Para(lines=[line("Задачи кружка", LEFT, 100, bold=True)]), 12.0, levels)
    assert bold_body is not None and bold_body.kind is BlockKind.HEADING and bold_body.level is None


# ---------------------------------------------------------------------------------------------
# Where a paragraph ends
# ---------------------------------------------------------------------------------------------


def test_flush_right_lines_are_paragraphs_of_their_own() -> None:
    """An address block: each line flush right, the free room on the left."""
    got = texts(
        flush_right("Приложение 2", 60),
        flush_right("к распоряжению комитета по культуре", 74),
        flush_right("от 03.04.2025 № 12", 88),
    )
    assert got == ["Приложение 2", "к распоряжению комитета по культуре", "от 03.04.2025 № 12"]


def test_centered_lines_are_paragraphs_unless_their_text_runs_on() -> None:
    """Title lines typed one per paragraph often fill the line as a wrapped title would: a
    centered line is a paragraph of its own unless its text cannot end there."""
    mid = (LEFT + RIGHT) / 2
    first = "муниципальное казённое учреждение культуры районного подчинения"
    nxt = "межпоселенческая библиотечная система"
    a = spread(first, mid - 200, mid + 200, 100)  # leaves 68 pt, the next word needs 99
    assert RIGHT - LEFT - (a.x1 - a.x0) < len("межпоселенческая") * CHAR + SPACE
    assert texts(a, centered(nxt, 114)) == [first, nxt]
    quoted = "«Лесная тропа: сетевая модель природоведческого просвещения младших"
    rest = "школьников в сельских филиалах»"
    b = spread(quoted, mid - 215, mid + 215, 100)
    assert texts(b, centered(rest, 114)) == [f"{quoted} {rest}"]
    preposition = spread("Сетевая модель просвещения младших школьников для", mid - 215, mid + 215, 100)
    assert len(texts(preposition, centered(rest, 114))) == 1
    title = "ДОКЛАД"
    assert texts(centered(title, 80, bold=True), centered("о работе клуба", 94, bold=True)) == [
        title, "о работе клуба",
    ]  # fmt: skip


def test_a_full_centered_title_line_goes_on_in_a_short_line_opening_with_a_number() -> None:
    mid = (LEFT + RIGHT) / 2
    first = "Доклад о работе сельской библиотеки-клуба на период"
    a = spread(first, mid - 224, mid + 224, 100, bold=True)  # leaves 20 pt, «2025» needs 28
    assert texts(a, centered("2025–2027 годов", 114, bold=True)) == [f"{first} 2025–2027 годов"]
    short = centered("Доклад о работе клуба", 100, bold=True)  # room was left: a typed line
    assert len(texts(short, centered("2025 год", 114, bold=True))) == 2


def test_left_aligned_lines_that_happen_to_share_the_middle_are_not_centered() -> None:
    """A hanging list item: its wrapped lines start at one indent and end anywhere; their middles
    may fall near the column's by chance."""
    mid = (LEFT + RIGHT) / 2
    a = spread("3. Направление работы: развитие краеведческого чтения у младших", LEFT, RIGHT - 9, 100)
    b = spread("школьников через систему выездных занятий в сельских библиотеках", 103, 2 * mid - 103, 114)
    c = spread("района и через летние чтения на открытом воздухе у реки", 103, 2 * mid - 105, 128)
    assert abs((b.x0 + b.x1) / 2 - mid) < 3 and abs((c.x0 + c.x1) / 2 - mid) < 3
    got = texts(a, b, c)
    assert len(got) == 1, got


def test_a_tabbed_signature_line_ends_before_a_date_but_wraps_a_name() -> None:
    text = "Руководитель клуба О.П. Синицына"
    sign = line(text, LEFT, 300, gaps={2: RIGHT - 1 - LEFT - width(text) + SPACE})  # a tab to the right
    assert sign.tab_gap and RIGHT - 2 < sign.x1 < RIGHT
    assert texts(sign, line("14.03.2025", LEFT, 314)) == [text, "14.03.2025"]
    text = "Руководитель клуба Т.В."
    wrapped = line(text, LEFT, 300, gaps={2: RIGHT - 20 - LEFT - width(text) + SPACE})
    assert wrapped.tab_gap  # the surname did not fit after the tab: wrapped
    assert texts(wrapped, line("Колокольцева", LEFT, 314)) == [f"{text} Колокольцева"]


def test_the_first_line_indent_again_starts_a_paragraph() -> None:
    """Paragraphs start at 120 and wrap back to the margin; a full one-line paragraph is followed
    by a line at 120 again: that line starts the next paragraph, fit or not."""
    body = []
    for top in (100, 200):  # two ordinary paragraphs teach the indent
        body += [justified("Библиотека провела занятия для учеников начальной школы и", top, 120.0),
                 line("их родителей.", LEFT, top + 14)]  # fmt: skip
    pages = [PageItems(lines=body, tables=[], right_edge=RIGHT, height=842.0, width=595.0)]
    indents = first_line_indents(pages, 9.0)
    assert indents == frozenset({120})
    one = spread("В 2024 году в занятиях участвовали 214 детей и 36 взрослых жителей села.", 120.0, RIGHT - 12, 300)
    two = line("Всего проведено занятий:", 120.0, 314)
    assert RIGHT - one.x1 < len("Всего") * CHAR + 4  # the next word would not have fitted
    assert texts(one, two, indents=indents) == [one.text, two.text]
    assert len(texts(one, two)) == 1  # without the learnt indent: one paragraph


def test_the_short_last_line_of_a_justified_paragraph_ends_it() -> None:
    a = justified("Работа на участке стала для учеников настоящей практикой: они сами", 100, 120.0)
    b = justified("ставят опыты, ведут дневники наблюдений и сравнивают свои записи", 114)
    c = spread("с записями прошлых лет и рассказывают о них на занятиях кружка.", LEFT, RIGHT - 40, 128)
    assert c.spacing < b.spacing
    d = line("Продукты, подготовленные за год:", LEFT, 142)
    assert c.x1 + len("Продукты,") * CHAR + SPACE > RIGHT  # "Продукты," would not have fitted
    assert texts(a, b, c, d) == [" ".join(x.text for x in (a, b, c)), d.text]


def test_a_dash_wrapped_to_a_line_start_is_no_bullet() -> None:
    """"…пособие. – Город, 2020" wrapped before the dash: the dash does not start a list item,
    unless the paragraph is itself a bulleted item, or the line before ended an item."""
    a = spread("1. Орлова Е.А. Природа рядом: наблюдения и опыты с детьми. Методическое пособие.", LEFT, RIGHT - 4, 100)
    b = line("– Тверь, 2020. – 96 с.", LEFT, 114)
    assert texts(a, b) == [f"{a.text} {b.text}"]
    item = spread("– наблюдения за птицами у кормушек, зарисовки следов и беседы о зимовке", LEFT, RIGHT - 4, 100)
    assert len(texts(item, line("– экскурсии на реку", LEFT, 114))) == 2
    ends = spread("1. Орлова Е.А. Природа рядом: наблюдения и опыты с детьми; пособие для педагогов;", LEFT, RIGHT - 4, 100)
    assert len(texts(ends, line("– Тверь, 2020.", LEFT, 114))) == 2


# ---------------------------------------------------------------------------------------------
# Cells
# ---------------------------------------------------------------------------------------------


def _cell(*rows: str, right: float) -> str:
    words = []
    for i, text in enumerate(rows):
        x = 102.0
        for w in text.split(" "):
            words.append(Word(w, x, x + len(w) * CHAR, 100 + 14 * i, 112 + 14 * i, bold=False, size=12.0))
            x += len(w) * CHAR + SPACE
    return cell_text(words, (100.0, 98.0, right, 100 + 14 * len(rows)), 1).text


def test_cell_lines_broken_at_a_slash_a_digit_or_before_punctuation() -> None:
    assert _cell("№ п/", "п", right=128.0) == "№ п/п"  # the layout breaks after a slash
    assert _cell("Значение", "2024", right=152.0) == "Значение 2024"  # a whole word, then a number
    assert not continues_word("Значение", "2024") and continues_word("20.04.202", "4")
    assert _cell("муниципальный", ",", "районный", right=184.0) == "муниципальный,\nрайонный"
    assert _cell("Мероприят", "ие", right=160.0) == "Мероприятие"  # cut for lack of width


# ---------------------------------------------------------------------------------------------
# Tables over page breaks
# ---------------------------------------------------------------------------------------------

XS = [90.0, 120.0, 300.0, 400.0]


def pcell(text: str, col: int, page: int, *, row_span: int = 1, **kw: object) -> PCell:
    return PCell(text, col, 1, row_span, page, **kw)  # type: ignore[arg-type]


def copy_of(origin: PCell, page: int) -> PCell:
    return PCell(origin.text, origin.col, 1, 1, page, merged=True, origin=origin)


def ptable(page: int, rows: list[list[PCell]]) -> PTable:
    return PTable(page=page, top=60.0, bottom=780.0, bbox=(90.0, 60.0, 400.0, 780.0), xs=XS,
                  rows=[PRow(cells=r, page=page) for r in rows])  # fmt: skip


def header(page: int) -> list[PCell]:
    return [pcell("Блок", 0, page), pcell("Мероприятие", 1, page), pcell("Срок", 2, page)]


def test_a_table_over_three_pages_is_one_table_with_its_header_once() -> None:
    """The middle page holds nothing but the table (no line of text to follow)."""
    parts = [ptable(n, [header(n), [pcell(str(n), 0, n), pcell(f"Занятие {n}", 1, n), pcell("май", 2, n)]])
             for n in (1, 2, 3)]  # fmt: skip
    pages = [PageItems(lines=[], tables=[t], right_edge=RIGHT, height=842.0, width=595.0) for t in parts]
    pages[0].lines = [line("Таблица 1", LEFT, 40, page=1)]
    out = _stream(pages)
    tables = [x for x in out if isinstance(x, PTable)]
    assert len(tables) == 1 and tables[0].last_page == 3
    assert [[c.text for c in r.cells] for r in tables[0].rows][1:] == [
        ["1", "Занятие 1", "май"], ["2", "Занятие 2", "май"], ["3", "Занятие 3", "май"],
    ]  # fmt: skip


def test_a_merge_open_at_the_page_bottom_takes_the_rest_of_its_text_overleaf() -> None:
    origin = pcell("Блок 2. Наблюдения за птицами у кормушек и", 0, 1, row_span=2, full=True, room=4.0)
    first = ptable(1, [header(1),
                       [origin, pcell("Занятие 1", 1, 1), pcell("май", 2, 1)],
                       [copy_of(origin, 1), pcell("Занятие 2", 1, 1), pcell("июнь", 2, 1)]])  # fmt: skip
    rest = pcell("зарисовки следов", 0, 2, row_span=2, head=40.0)
    more = ptable(2, [header(2),
                      [rest, pcell("Занятие 3", 1, 2), pcell("июль", 2, 2)],
                      [copy_of(rest, 2), pcell("Занятие 4", 1, 2), pcell("август", 2, 2)],
                      [pcell("Блок 3. Экскурсии", 0, 2), pcell("Занятие 5", 1, 2), pcell("сентябрь", 2, 2)]])  # fmt: skip
    continue_table(first, more)
    table = to_table(first)
    col0 = [(r.cells[0].text, r.cells[0].merged, r.cells[0].row_span) for r in table.rows[1:]]
    whole = "Блок 2. Наблюдения за птицами у кормушек и зарисовки следов"
    assert col0 == [(whole, False, 4), (whole, True, 1), (whole, True, 1), (whole, True, 1),
                    ("Блок 3. Экскурсии", False, 1)]  # fmt: skip


def test_a_merge_begun_in_the_last_row_goes_on_as_an_empty_cell_of_a_split_row() -> None:
    origin = pcell("Блок 3. Экскурсии", 0, 1)
    first = ptable(1, [header(1), [origin, pcell("Экскурсия к реке и", 1, 1), pcell("май", 2, 1)]])
    empty = pcell("", 0, 2, row_span=3)
    more = ptable(2, [[empty, pcell("наблюдение за ледоходом", 1, 2), pcell("", 2, 2)],
                      [copy_of(empty, 2), pcell("Экскурсия в лес", 1, 2), pcell("июнь", 2, 2)],
                      [copy_of(empty, 2), pcell("Экскурсия в поле", 1, 2), pcell("июль", 2, 2)]])  # fmt: skip
    continue_table(first, more)
    table = to_table(first)
    assert [r.texts for r in table.rows[1:]] == [
        ["Блок 3. Экскурсии", "Экскурсия к реке и наблюдение за ледоходом", "май"],
        ["Блок 3. Экскурсии", "Экскурсия в лес", "июнь"],
        ["Блок 3. Экскурсии", "Экскурсия в поле", "июль"],
    ]
    assert table.rows[1].joined and table.rows[1].cells[0].row_span == 3
    assert [r.cells[0].merged for r in table.rows[1:]] == [False, True, True]


def test_a_merge_ending_at_the_page_bottom_does_not_swallow_a_new_one() -> None:
    origin = pcell("Блок 1. Чтения", 0, 1, row_span=2, room=30.0)
    first = ptable(1, [header(1),
                       [origin, pcell("Чтение 1", 1, 1), pcell("май", 2, 1)],
                       [copy_of(origin, 1), pcell("Чтение 2", 1, 1), pcell("июнь", 2, 1)]])  # fmt: skip
    new = pcell("в течение года", 0, 2, row_span=2, head=20.0)  # lower case, but the text above ended
    more = ptable(2, [[new, pcell("Чтение 3", 1, 2), pcell("июль", 2, 2)],
                      [copy_of(new, 2), pcell("Чтение 4", 1, 2), pcell("август", 2, 2)]])  # fmt: skip
    continue_table(first, more)
    col0 = [(r.cells[0].text, r.cells[0].merged) for r in to_table(first).rows[1:]]
    assert col0 == [("Блок 1. Чтения", False), ("Блок 1. Чтения", True),
                    ("в течение года", False), ("в течение года", True)]  # fmt: skip


def test_rows_of_a_numbered_list_and_a_total_overleaf_are_new_rows() -> None:
    """A number under a number («1.1» / «1.2») starts a row, however little room the cell above
    left; so does a cell merged over other columns than the one above it («Итого» over three)."""
    first = ptable(1, [header(1), [pcell("1.1", 0, 1, full=True, room=2.0), pcell("Закупка приборов", 1, 1, full=True),
                                   pcell("март", 2, 1, full=True)]])  # fmt: skip
    more = ptable(2, [header(2), [pcell("1.2", 0, 2, head=20.0), pcell("Установка будки", 1, 2, head=60.0),
                                  pcell("апрель", 2, 2, head=40.0)]])  # fmt: skip
    continue_table(first, more)
    assert [r.cells[0].text for r in first.rows] == ["Блок", "1.1", "1.2"]
    first = ptable(1, [header(1), [pcell("4", 0, 1, room=2.0), pcell("Поездка", 1, 1), pcell("900,00", 2, 1)]])
    total = PCell("Итого", 0, 2, 1, 2, head=40.0)
    more = ptable(2, [[total, pcell("1 900,00", 2, 2, head=40.0)]])
    continue_table(first, more)
    assert [r.cells[0].text for r in first.rows] == ["Блок", "4", "Итого"]


def test_a_total_row_alone_overleaf_is_put_on_the_grid_of_its_table() -> None:
    """Only «Итого» over the first two columns goes on the next page: its own grid lacks the
    line between them, yet it is the table's last row."""
    first = ptable(1, [header(1), [pcell("1", 0, 1), pcell("Поход", 1, 1), pcell("12", 2, 1)]])
    total = PCell("Итого", 0, 1, 1, 2)
    more = PTable(page=2, top=60.0, bottom=80.0, bbox=(90.0, 60.0, 400.0, 80.0), xs=[90.0, 300.0, 400.0],
                  rows=[PRow(cells=[total, PCell("12", 1, 1, 1, 2)], page=2)])  # fmt: skip
    pages = [PageItems(lines=[], tables=[t], right_edge=RIGHT, height=842.0, width=595.0) for t in (first, more)]
    [table] = [x for x in _stream(pages) if isinstance(x, PTable)]
    assert [(c.text, c.col, c.col_span) for c in table.rows[-1].cells] == [("Итого", 0, 2), ("12", 2, 1)]
    other = PTable(page=2, top=60.0, bottom=80.0, bbox=(90.0, 60.0, 400.0, 80.0), xs=[90.0, 250.0, 400.0],
                   rows=[PRow(cells=[PCell("Итого", 0, 1, 1, 2), PCell("12", 1, 1, 1, 2)], page=2)])  # fmt: skip
    first = ptable(1, [header(1), [pcell("1", 0, 1), pcell("Поход", 1, 1), pcell("12", 2, 1)]])
    pages = [PageItems(lines=[], tables=[t], right_edge=RIGHT, height=842.0, width=595.0) for t in (first, other)]
    assert len([x for x in _stream(pages) if isinstance(x, PTable)]) == 2  # a line off the grid: another table


def test_a_row_whose_every_cell_goes_on_overleaf_is_joined() -> None:
    """A key-value row split by the page: both cells go on in lower case under cells that ran
    down to the page's bottom."""
    first = ptable(1, [[pcell("Планируемые", 0, 1, full=True), pcell("Работающий метеопост,", 1, 1, full=True)]])
    more = ptable(2, [[pcell("итоги", 0, 2, head=30.0), pcell("журнал наблюдений", 1, 2, head=40.0)],
                      [pcell("Контроль", 0, 2), pcell("Отчёт директору", 1, 2)]])  # fmt: skip
    continue_table(first, more)
    assert [r.texts for r in to_table(first).rows] == [
        ["Планируемые итоги", "Работающий метеопост, журнал наблюдений"],
        ["Контроль", "Отчёт директору"],
    ]
    assert to_table(first).rows[0].joined


def test_a_word_cut_where_a_wide_letter_did_not_fit() -> None:
    """The column left room for an average letter but not for the next one: the dictionary knows
    the glued word and not the cut one."""
    right = 102.0 + len("Исследовательск") * CHAR + CHAR * 1.5
    assert _cell("Исследовательск", "ие работы", right=right) == "Исследовательские работы"
    right = 102.0 + len("Метеопост") * CHAR + CHAR * 1.5
    assert _cell("Метеопост", "школы", right=right) == "Метеопост школы"  # a whole word


def test_a_one_line_item_at_the_indent_then_a_paragraph_at_the_same_indent() -> None:
    """The item «– …» fills its only line; the next line starts at the same first-line indent
    with a capital: a new paragraph (the item's wrapped lines would go back to the margin)."""
    body = []
    for top in (100, 200):  # two ordinary paragraphs teach the indent
        body += [justified("Библиотека провела занятия для учеников начальной школы и", top, 120.0),
                 line("их родителей.", LEFT, top + 14)]  # fmt: skip
    pages = [PageItems(lines=body, tables=[], right_edge=RIGHT, height=842.0, width=595.0)]
    indents = first_line_indents(pages, 9.0)
    item = spread("– подготовлен и выпущен сборник заданий для учеников всех классов.", 120.0, RIGHT - 10, 300)
    para = justified("Метеопост задуман как место, где каждый ученик может вести свои", 314, 120.0)
    tail = line("наблюдения.", LEFT, 328)
    assert texts(item, para, tail, indents=indents) == [item.text, f"{para.text} {tail.text}"]
    wrapped = spread("– подготовлен и выпущен сборник заданий для учеников всех классов", 120.0, RIGHT - 10, 300)
    assert len(texts(wrapped, line("Школы района", 120.0, 314), indents=indents)) == 1  # no sentence end


# ---------------------------------------------------------------------------------------------
# A report exported by LibreOffice reads as its .docx
# ---------------------------------------------------------------------------------------------


def _build_report(path: Path) -> None:
    """An invented report with the layouts the rules above are about."""
    docx = pytest.importorskip("docx")
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = docx.Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(1.5), Cm(2), Cm(2)
    footer = sec.footer.paragraphs[0]  # a page number in the footer on every page
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = footer.add_run()
    for kind, instr in (("begin", None), (None, "PAGE"), ("end", None)):
        el = OxmlElement("w:fldChar" if kind else "w:instrText")
        if kind:
            el.set(qn("w:fldCharType"), kind)
        else:
            el.text = instr
        run._r.append(el)

    R, C, J = WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY

    def para(text: str, align: object = J, bold: bool = False, style: str | None = None) -> object:
        p = doc.add_paragraph(style=style)
        p.add_run(text).bold = bold
        if style is None:
            p.alignment = align
            if align is J:
                p.paragraph_format.first_line_indent = Cm(1.25)
        return p

    for text in ("Приложение 4", "к положению о смотре-конкурсе опорных площадок", "от 12.02.2025 № 31-п"):
        para(text, R)
    for text in ("СПРАВКА", "о работе опорной площадки", "за 2024/2025 учебный год"):
        para(text, C, bold=True)
    para("«Лесная азбука: сетевая модель природоведческого просвещения младших школьников "
         "в сельских филиалах районной библиотечной системы»", C)  # fmt: skip
    para("Общие сведения", bold=True, style="List Number")  # number regular, title bold
    para("Площадка объединяет шесть сельских библиотек и четыре начальные школы. Занятия ведут "
         "библиотекари вместе с учителями; маршруты выбирают дети, а итоги каждой прогулки "
         "записываются в общий дневник наблюдений, который читают на следующей встрече.")  # fmt: skip
    para("Короткий абзац с отступом.")
    para("Ход работы", bold=True, style="List Number")
    para("За год проведены:")
    for text in ("двенадцать экологических прогулок по окрестностям сёл с записью наблюдений;",
                 "четыре читательские конференции для учеников третьих и четвёртых классов;",
                 "выставка рисунков «Кто живёт у реки» в районном доме культуры."):  # fmt: skip
        para(text, style="List Bullet")
    para("Мероприятия", bold=True, style="List Number")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("№ п/п", "Мероприятие", "Срок", "Ответственный"), strict=True):
        cell.text = text
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))  # repeated on each page
    n = 0
    for block in range(4):  # tall rows: page breaks fall inside rows and inside merged cells
        start = len(table.rows)
        for i in range(9):
            n += 1
            cells = table.add_row().cells
            cells[1].text = (f"Занятие кружка «Юный натуралист» по теме номер {n}: наблюдение за "
                             "птицами у кормушек, зарисовки следов, беседа о зимовке животных")  # fmt: skip
            cells[2].text = f"{n % 28 + 1:02d}.{block + 1:02d}.2025"
            if i == 0:
                cells[0].text = f"Блок {block + 1}. Зимние наблюдения"
        table.cell(start, 0).merge(table.cell(len(table.rows) - 1, 0))
    para("Итоги", bold=True, style="List Number")
    para("Все запланированные занятия проведены.")
    sign = para("Руководитель площадки\tО.П. Синицына", WD_ALIGN_PARAGRAPH.LEFT)
    sign.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)  # type: ignore[attr-defined]
    para("14.03.2025", WD_ALIGN_PARAGRAPH.LEFT)
    doc.save(str(path))


def _signature(doc: Document) -> list[object]:
    out: list[object] = []
    for b in doc.blocks:
        if b.table is not None:
            out.append([[(" ".join(c.text.split()), c.column, c.col_span, c.row_span, c.merged) for c in r.cells]
                        for r in b.table.rows])  # fmt: skip
        else:
            out.append((b.kind, b.number, b.level, bool(b.emphasis), b.text))
    return out


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Document, Document]:
    from repcheck.plugins.readers import legacy

    if legacy.find_soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    path = tmp_path_factory.mktemp("lo") / "report.docx"
    _build_report(path)
    pdf = legacy.convert(path.read_bytes(), ".docx", "pdf")
    return DocxReader().read(path, path.read_bytes()), PdfReader().read(Path("report.pdf"), pdf)


def test_libreoffice_pdf_reads_as_its_docx(exported: tuple[Document, Document]) -> None:
    docx, pdf = exported
    assert pdf.page_count >= 3
    assert _signature(pdf) == _signature(docx)


def test_libreoffice_pdf_tables_over_pages(exported: tuple[Document, Document]) -> None:
    _, pdf = exported
    (table,) = [b.table for b in pdf.blocks if b.table is not None]
    assert len(table.rows) == 1 + 36  # the header once, every row once
    assert len({r.page for r in table.rows}) >= 3 and any(r.joined for r in table.rows)
    merges = [r.cells[0] for r in table.rows[1:]]
    assert [c.text for c in merges[::9]] == [f"Блок {i}. Зимние наблюдения" for i in range(1, 5)]
    assert all(c.text.startswith("Блок") for c in merges)  # no empty lower parts
    kinds = [(b.kind, b.number, b.text) for b in pdf.blocks if b.kind is not BlockKind.TABLE]
    assert kinds[:3] == [(BlockKind.PARAGRAPH, None, "Приложение 4"),
                         (BlockKind.PARAGRAPH, None, "к положению о смотре-конкурсе опорных площадок"),
                         (BlockKind.PARAGRAPH, None, "от 12.02.2025 № 31-п")]  # fmt: skip
    assert kinds[-1] == (BlockKind.PARAGRAPH, None, "14.03.2025")
    assert (BlockKind.HEADING, "3.", "Мероприятия") in kinds
    assert not [b for b in pdf.blocks if b.location == Location() and b.kind is not BlockKind.TABLE]
