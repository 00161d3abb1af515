"""The PDF reader: the corpus PDFs (exported by LibreOffice from the corpus .docx) and unit
tests of the line, paragraph, hyphen and running-header rules on synthetic lines."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from repcheck.models.document import BlockKind, Document, Table
from repcheck.reader import ReaderError
from repcheck.plugins.readers.docx import DocxReader
from repcheck.plugins.readers.pdf import (
    Line,
    PageItems,
    Para,
    PdfReader,
    Word,
    para_block,
    para_text,
    paragraphs,
    remove_running,
)

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "formats"
NAMES = ["kip_perm_2024", "mip_vologda_2023", "program_saratov_2025"]


def read_pdf(name: str) -> Document:
    path = CORPUS / f"{name}.pdf"
    return PdfReader().read(path, path.read_bytes())


@pytest.fixture(scope="module")
def kip() -> Document:
    return read_pdf("kip_perm_2024")


def tables(doc: Document) -> list[Table]:
    return [b.table for b in doc.blocks if b.table is not None]


def all_text(doc: Document) -> str:
    parts = []
    for b in doc.blocks:
        if b.table:
            parts.extend(c.text for r in b.table.rows for c in r.cells)
        else:
            parts.append(b.full_text)
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------


def test_headings_keep_their_numbers(kip: Document) -> None:
    hs = [(b.number, b.text) for b in kip.blocks if b.kind is BlockKind.HEADING and b.number]
    assert hs[:4] == [
        ("1.", "Общие сведения об организации"),
        ("2.", "Цель и задачи проекта"),
        ("2.1.", "Цель"),
        ("2.2.", "Задачи"),
    ]
    assert [n for n, _ in hs] == ["1.", "2.", "2.1.", "2.2.", "3.", "4.", "5.", "6.", "7.", "7.1.", "7.2."]


def test_list_items_and_levels(kip: Document) -> None:
    items = [(b.number, b.level) for b in kip.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items[:6] == [("1)", 1), ("2)", 1), ("3)", 1), ("а)", 2), ("б)", 2), ("4)", 1)]
    bullets = [b.text for b in kip.blocks if b.kind is BlockKind.LIST_ITEM and b.number is None]
    assert bullets[2].startswith("психолого-педагогическое сопровождение")  # hyphen kept


def test_paragraph_lines_are_merged(kip: Document) -> None:
    para = next(b for b in kip.blocks if b.text.startswith("Создание в лицее"))
    assert para.text.endswith("учащихся основной школы.")
    item = next(b for b in kip.blocks if b.text.startswith("Лаптева И. Г."))
    assert item.number == "1)" and item.text.endswith("Прикамья. 2024. № 3.")


def test_pages_everywhere(kip: Document) -> None:
    assert kip.page_count == 3
    for block in kip.blocks:
        assert block.location.page is not None
        if block.table:
            for row in block.table.rows:
                assert row.page is not None
                assert all(c.page is not None for c in row.cells)
    assert kip.blocks[-1].location.page == 3


def test_running_header_and_page_numbers_removed(kip: Document) -> None:
    text = all_text(kip)
    assert "Краевая инновационная площадка МАОУ" not in text
    assert not any(b.text.strip() in {"1", "2", "3"} for b in kip.blocks if not b.table)
    assert any("running header" in w for w in kip.warnings)


def test_table_continued_across_pages_with_split_row(kip: Document) -> None:
    stages, events = tables(kip)[1], tables(kip)[2]
    # "Этапы": the "Практический" row is cut by the page break and joined back.
    assert [r.texts[0] for r in stages.rows] == ["Этап", "Подготовительный", "Практический", "Обобщающий"]
    split = stages.rows[2]
    assert split.joined and split.cells[1].text == "сентябрь 2023 г. – май 2025 г."
    assert split.cells[2].text == "Апробация банка заданий, сетевые семинары"
    # The events table spans two pages: one table, nine rows, the last one joined.
    assert len(events.rows) == 9
    assert events.rows[-1].joined
    assert events.rows[-1].cells[1].text == "Краевая стажировка для педагогов Пермского края"
    assert {r.page for r in events.rows} == {2}  # every row starts on page 2


def test_table_spans_and_merged_cells(kip: Document) -> None:
    events = tables(kip)[2]
    head = events.rows[0]
    assert [(c.text, c.column, c.col_span, c.row_span) for c in head.cells] == [
        ("№", 0, 1, 2),
        ("Мероприятие", 1, 1, 2),
        ("Сроки проведения", 2, 2, 1),
        ("Участники", 4, 1, 2),
        ("Результат", 5, 1, 2),
    ]
    assert [c.text for c in events.rows[1].cells if not c.merged] == ["план", "факт"]
    assert events.rows[4].cell_at(2).row_span == 2
    assert events.rows[5].cell_at(2).merged and events.rows[5].cell_at(2).text == "апрель 2024 г."
    # Words broken by a narrow column are glued back; a whole word before "из" is not.
    assert events.rows[2].cell_at(3).text == "12.02.2024 – 22.02.2024"
    assert events.rows[4].cell_at(4).text == "45 педагогов из 9 школ"


def test_nested_table(kip: Document) -> None:
    contact = tables(kip)[0].rows[2].cells[1]
    assert contact.nested and contact.nested[0].rows[0].texts == ["Телефон", "8 (34271) 2-15-40"]
    assert "licei7@kungur-edu.example" in contact.text


def _signature(doc: Document) -> list[object]:
    out: list[object] = []
    for b in doc.blocks:
        if b.table is not None:
            out.append([[(c.text.replace("\n", " "), c.column, c.col_span, c.row_span, c.merged) for c in r.cells] for r in b.table.rows])
        else:
            out.append((b.kind, b.number, b.text))
    return out


@pytest.mark.parametrize("name", NAMES)
def test_pdf_matches_the_docx_it_was_made_from(name: str) -> None:
    docx = DocxReader().read(CORPUS / f"{name}.docx", (CORPUS / f"{name}.docx").read_bytes())
    assert _signature(read_pdf(name)) == _signature(docx)


def test_roman_headings_and_second_level_lists() -> None:
    doc = read_pdf("mip_vologda_2023")
    assert [b.number for b in doc.blocks if b.kind is BlockKind.HEADING and b.number] == [
        "I.", "II.", "III.", "IV.", "V.", "VI.",
    ]  # fmt: skip
    assert doc.page_count == 2


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------


def test_password_protected_pdf() -> None:
    with pytest.raises(ReaderError) as err:
        PdfReader().read(CORPUS / "protected.pdf", (CORPUS / "protected.pdf").read_bytes())
    assert "паролем" in err.value.ru and "password" in err.value.en


def _blank_pdf(pages: int = 2) -> bytes:
    import pypdfium2 as pdfium  # comes with pdfplumber

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def test_scan_without_text_layer() -> None:
    with pytest.raises(ReaderError) as err:
        PdfReader().read(Path("scan.pdf"), _blank_pdf())
    assert err.value.ru.startswith("В PDF нет текстового слоя (скан); нужно распознавание (OCR)")


@pytest.mark.parametrize("data", [b"%PDF-1.4\n garbage", b"not a pdf at all"])
def test_damaged_pdf(data: bytes) -> None:
    with pytest.raises(ReaderError):
        PdfReader().read(Path("bad.pdf"), data)


# ---------------------------------------------------------------------------------------------
# Rules on synthetic lines
# ---------------------------------------------------------------------------------------------


def line(text: str, x0: float, top: float, page: int = 1, bold: bool = False, size: float = 12.0) -> Line:
    words = []
    x = x0
    for w in text.split(" "):
        width = len(w) * 6.0
        words.append(Word(text=w, x0=x, x1=x + width, top=top, bottom=top + 12, bold=bold, size=size))
        x += width + 3.0
    return Line(words=words, page=page)


RIGHT = {1: 500.0, 2: 500.0}


def paras(*lines: Line) -> list[str]:
    return [para_text(p) for p in paragraphs(list(lines), RIGHT, gap=9.0)]


def test_compound_hyphen_is_kept() -> None:
    a = line("обеспечено " + "x" * 55 + " психолого-", 90, 100)
    b = line("педагогическое сопровождение", 90, 116)
    assert paras(a, b) == ["обеспечено " + "x" * 55 + " психолого-педагогическое сопровождение"]


def test_soft_hyphen_is_removed() -> None:
    a = line("обеспечено " + "x" * 55 + " сопровож\u00ad", 90, 100)
    b = line("дение учащихся", 90, 116)
    assert paras(a, b) == ["обеспечено " + "x" * 55 + " сопровождение учащихся"]


def test_dash_before_capital_is_not_glued() -> None:
    a = line("x" * 66 + " -", 90, 100)
    b = line("Далее текст", 90, 116)
    assert paras(a, b) == ["x" * 66 + " - Далее текст"]


def test_paragraph_breaks() -> None:
    long = "слово " * 11  # ends near the right edge
    got = paras(
        line(long.strip(), 90, 100),
        line("продолжение абзаца.", 90, 116),  # short line, next word would fit: break
        line("Новый абзац после короткой строки.", 90, 132),
        line("Далёкий абзац", 90, 170),  # a big gap
        line("1) пункт списка", 90, 186),  # a label starts a line
        line("Жирный заголовок", 90, 202, bold=True),
    )
    assert got == [
        long.strip() + " продолжение абзаца.",
        "Новый абзац после короткой строки.",
        "Далёкий абзац",
        "1) пункт списка",
        "Жирный заголовок",
    ]


def test_hanging_indent_continues_a_list_item() -> None:
    a = line("1) " + "слово " * 10 + "Образование", 90, 100)
    b = line("Прикамья. 2024.", 108, 116)
    assert paras(a, b) == ["1) " + "слово " * 10 + "Образование Прикамья. 2024."]


def test_first_line_indent_starts_a_paragraph() -> None:
    a = line("слово " * 12, 90, 100)
    b = line("Новый абзац с отступом", 126, 116)
    assert len(paras(a, b)) == 2


def test_para_block_kinds() -> None:
    heading = Para(lines=[line("2.4. Мероприятия этапа", 90, 100, bold=True)])
    block = para_block(heading, body_size=12.0)
    assert block is not None and (block.kind, block.number, block.level, block.text) == (
        BlockKind.HEADING, "2.4.", 2, "Мероприятия этапа",
    )  # fmt: skip
    sub = Para(lines=[line("а) подпункт", 108, 100)])
    block = para_block(sub, body_size=12.0)
    assert block is not None and (block.kind, block.number, block.level) == (BlockKind.LIST_ITEM, "а)", 1)
    big = Para(lines=[line("ОТЧЁТ", 250, 60, size=16.0)])
    block = para_block(big, body_size=12.0)
    assert block is not None and block.kind is BlockKind.HEADING and block.emphasis


def _page(lines: list[Line]) -> PageItems:
    return PageItems(lines=lines, tables=[], right_edge=500.0, height=842.0, width=595.0)


def test_running_lines_need_most_pages_and_the_margin() -> None:
    pages = []
    for n in range(1, 5):
        pages.append(
            _page(
                [
                    line("Отчёт КИП 2024", 90, 30, page=n),
                    line(f"Текст страницы {n}", 90, 300, page=n),
                    line("Повтор в середине", 90, 400, page=n),
                    line(f"- {n} -", 290, 800, page=n),
                ]
            )
        )
    removed = remove_running(pages)
    assert removed == 8
    assert [ln.text for ln in pages[0].lines] == ["Текст страницы 1", "Повтор в середине"]


def test_single_page_keeps_its_top_line_but_drops_a_bare_page_number() -> None:
    page = _page([line("Заголовок отчёта", 90, 30), line("Текст", 90, 300), line("1", 290, 800)])
    remove_running([page])
    assert [ln.text for ln in page.lines] == ["Заголовок отчёта", "Текст"]


def test_line_joins_keep_suspended_hyphens_prepositions_and_tails() -> None:
    from repcheck.plugins.readers.pdf import _hyphen_join, continues_word

    assert _hyphen_join("печатной, видео-", "и радиоредакции") == " "  # "видео- и радио…"
    assert _hyphen_join("научно-", "практической") == ""  # a compound keeps its hyphen, no space
    assert continues_word("Медиаобразовани", "е в школе")  # "е" is no word: a tail
    assert not continues_word("Медиаобразование", "в школе")  # "в" is a preposition here
    assert continues_word("диагностик", "а проведена")  # "диагностика" is a word
    assert continues_word("12.02.202", "4 – 22.02.2024")
