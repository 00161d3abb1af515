"""The .docx reader: the corpus reports and small documents built here from raw XML."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from repcheck.models.document import Block, BlockKind, Document, Table
from repcheck.reader import ReaderError
from repcheck.plugins.readers._package import SafeZip
from repcheck.plugins.readers._text import format_number, split_label
from repcheck.plugins.readers.docx import DocxReader

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "formats"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# ---------------------------------------------------------------------------------------------
# Building small .docx files
# ---------------------------------------------------------------------------------------------

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def make_docx(
    body: str,
    *,
    numbering: str | None = None,
    styles: str | None = None,
    document_xml: str | None = None,
    extra: dict[str, bytes] | None = None,
) -> bytes:
    """A minimal .docx: `body` is the inner XML of w:body (prefix w bound)."""
    doc = document_xml or (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("word/document.xml", doc)
        if numbering is not None:
            zf.writestr("word/numbering.xml", f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>')
        if styles is not None:
            zf.writestr("word/styles.xml", f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>')
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def read(data: bytes, name: str = "test.docx") -> Document:
    return DocxReader().read(Path(name), data)


def p(text: str, *, num: tuple[int, int] | None = None, style: str | None = None, bold: bool = False) -> str:
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f"<w:p>{ppr}<w:r>{rpr}<w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def abstract(aid: int, *levels: str) -> str:
    return f'<w:abstractNum w:abstractNumId="{aid}">{"".join(levels)}</w:abstractNum>'


def num(nid: int, aid: int, start_override: int | None = None) -> str:
    ov = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
        if start_override is not None
        else ""
    )
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>'


def numbers(doc: Document) -> list[str | None]:
    return [b.number for b in doc.blocks if b.kind is not BlockKind.TABLE]


def tables(doc: Document) -> list[Table]:
    return [b.table for b in doc.blocks if b.table is not None]


# ---------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def kip() -> Document:
    return DocxReader().read(CORPUS / "kip_perm_2024.docx", (CORPUS / "kip_perm_2024.docx").read_bytes())


def headings(doc: Document) -> list[tuple[str | None, str, int | None]]:
    return [(b.number, b.text, b.level) for b in doc.blocks if b.kind is BlockKind.HEADING]


def test_corpus_headings_get_their_automatic_numbers(kip: Document) -> None:
    got = [h for h in headings(kip) if h[0]]
    assert got == [
        ("1.", "Общие сведения об организации", 1),
        ("2.", "Цель и задачи проекта", 1),
        ("2.1.", "Цель", 2),
        ("2.2.", "Задачи", 2),
        ("3.", "Этапы реализации проекта", 1),
        ("4.", "Выполнение плана мероприятий за отчётный период", 1),
        ("5.", "Участники проекта", 1),
        ("6.", "Результаты", 1),
        ("7.", "Распространение опыта", 1),
        ("7.1.", "Публикации", 2),
        ("7.2.", "Выступления", 2),
    ]
    # The title lines are bold Normal paragraphs: headings without a number.
    assert headings(kip)[0] == (None, "ОТЧЁТ", None)


def test_corpus_lists_restart_and_nest(kip: Document) -> None:
    items = [(b.number, b.level) for b in kip.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items[:6] == [("1)", 1), ("2)", 1), ("3)", 1), ("а)", 2), ("б)", 2), ("4)", 1)]
    bullets = [b for b in kip.blocks if b.kind is BlockKind.LIST_ITEM and b.number is None]
    assert len(bullets) == 3
    assert bullets[2].text.startswith("психолого-педагогическое сопровождение")
    # The publications list is a new w:num with startOverride=1 on the same abstractNum.
    assert items[-2:] == [("1)", 1), ("2)", 1)]


def test_corpus_events_table_merges(kip: Document) -> None:
    events = tables(kip)[2]
    assert len(events.rows) == 9 and events.width == 6
    head, sub = events.rows[0], events.rows[1]
    assert [(c.text, c.column, c.col_span, c.row_span) for c in head.cells] == [
        ("№", 0, 1, 2),
        ("Мероприятие", 1, 1, 2),
        ("Сроки проведения", 2, 2, 1),
        ("Участники", 4, 1, 2),
        ("Результат", 5, 1, 2),
    ]
    assert [(c.text, c.merged) for c in sub.cells] == [
        ("№", True), ("Мероприятие", True), ("план", False), ("факт", False),
        ("Участники", True), ("Результат", True),
    ]  # fmt: skip
    row3, row4 = events.rows[4], events.rows[5]
    assert row3.cell_at(2).text == "апрель 2024 г." and row3.cell_at(2).row_span == 2
    assert row4.cell_at(2).merged and row4.cell_at(2).text == "апрель 2024 г."
    assert row4.cell_at(3).text == "25.04.2024"
    first = events.rows[2].texts
    assert first[0] == "1" and first[2:4] == ["февраль 2024 г.", "12.02.2024 – 22.02.2024"]
    assert events.rows[-1].cell_at(3).text == "перенесена на 2025 г."


def test_corpus_nested_table_and_total(kip: Document) -> None:
    info = tables(kip)[0]
    contact = info.rows[2].cells[1]
    assert len(contact.nested) == 1
    nested = contact.nested[0]
    assert [r.texts for r in nested.rows] == [
        ["Телефон", "8 (34271) 2-15-40"],
        ["Электронная почта", "licei7@kungur-edu.example"],
    ]
    assert "8 (34271) 2-15-40" in contact.text  # the nested text is not lost for text rules
    participants = tables(kip)[3]
    assert participants.rows[-1].texts == ["Итого", "511"]


def test_corpus_locations(kip: Document) -> None:
    for i, block in enumerate(kip.blocks):
        assert block.location.block == i
        assert block.location.page is None  # python-docx files carry no rendered page breaks
    assert [b.location.table for b in kip.blocks if b.table] == [0, 1, 2, 3]
    assert kip.page_count is None and kip.format == "docx"


def test_corpus_roman_headings_from_style_numbering() -> None:
    doc = read((CORPUS / "mip_vologda_2023.docx").read_bytes())
    assert [h[0] for h in headings(doc) if h[0]] == ["I.", "II.", "III.", "IV.", "V.", "VI."]


def test_corpus_bold_typed_headings() -> None:
    doc = read((CORPUS / "program_saratov_2025.docx").read_bytes())
    hs = [h for h in headings(doc) if h[0]]
    assert hs[0] == ("1.", "Паспорт программы", 1)
    assert [h[0] for h in hs] == ["1.", "2.", "3.", "4.", "5.", "6.", "7."]
    goal = next(b for b in doc.blocks if b.number == "3.1.")
    assert goal.kind is BlockKind.LIST_ITEM and goal.text.startswith("Цель:")


def _signature(doc: Document) -> list[object]:
    out: list[object] = []
    for b in doc.blocks:
        if b.table is not None:
            out.append([[(c.text, c.column, c.col_span, c.row_span, c.merged) for c in r.cells] for r in b.table.rows])
        else:
            out.append((b.kind, b.number, b.text, b.level))
    return out


@pytest.mark.parametrize("name", ["kip_perm_2024", "mip_vologda_2023", "program_saratov_2025"])
def test_libreoffice_written_docx_reads_the_same(name: str) -> None:
    """A second producer: LibreOffice writes vMerge="continue" and its own numbering.xml."""
    ours = read((CORPUS / f"{name}.docx").read_bytes())
    lo = read((CORPUS / f"{name}_lo.docx").read_bytes())
    assert _signature(lo) == _signature(ours)


def test_corpus_read_is_fast(kip: Document) -> None:
    data = (CORPUS / "kip_perm_2024.docx").read_bytes()
    start = time.perf_counter()
    for _ in range(5):
        read(data)
    assert (time.perf_counter() - start) / 5 < 0.5  # ~10 ms here; generous for slow CI


# ---------------------------------------------------------------------------------------------
# Numbering rules
# ---------------------------------------------------------------------------------------------

DECIMAL_2 = abstract(1, lvl(0, "decimal", "%1."), lvl(1, "decimal", "%1.%2."))


def test_counters_are_shared_per_abstract_num() -> None:
    body = p("a", num=(1, 0)) + p("b", num=(1, 0)) + p("c", num=(2, 0))
    doc = read(make_docx(body, numbering=DECIMAL_2 + num(1, 1) + num(2, 1)))
    assert numbers(doc) == ["1.", "2.", "3."]


def test_start_override_applies_on_first_use_only() -> None:
    body = "".join(p(t, num=(n, 0)) for t, n in [("a", 1), ("b", 1), ("c", 2), ("d", 2), ("e", 1), ("f", 2)])
    doc = read(make_docx(body, numbering=DECIMAL_2 + num(1, 1) + num(2, 1, start_override=1)))
    assert numbers(doc) == ["1.", "2.", "1.", "2.", "3.", "4."]


def test_lower_levels_restart_after_a_higher_level() -> None:
    body = "".join(p(t, num=(1, lv)) for t, lv in [("a", 0), ("b", 1), ("c", 1), ("d", 0), ("e", 1)])
    doc = read(make_docx(body, numbering=DECIMAL_2 + num(1, 1)))
    assert numbers(doc) == ["1.", "1.1.", "1.2.", "2.", "2.1."]
    assert [b.level for b in doc.blocks] == [1, 2, 2, 1, 2]


def test_lvl_restart_zero_never_restarts() -> None:
    levels = lvl(0, "decimal", "%1.") + lvl(1, "decimal", "(%2)", extra='<w:lvlRestart w:val="0"/>')
    body = "".join(p(t, num=(1, lv)) for t, lv in [("a", 0), ("b", 1), ("c", 0), ("d", 1)])
    doc = read(make_docx(body, numbering=abstract(1, levels) + num(1, 1)))
    assert numbers(doc) == ["1.", "(1)", "2.", "(2)"]


def test_formats_and_bullets() -> None:
    levels = (
        lvl(0, "upperRoman", "%1.")
        + lvl(1, "russianLower", "%2)")
        + lvl(2, "lowerLetter", "%3.")
        + lvl(3, "bullet", "\uf0b7")
    )
    body = "".join(p(t, num=(1, lv)) for t, lv in [("a", 0), ("b", 1), ("c", 1), ("d", 2), ("e", 3), ("f", 0)])
    doc = read(make_docx(body, numbering=abstract(1, levels) + num(1, 1)))
    assert numbers(doc) == ["I.", "а)", "б)", "a.", None, "II."]
    bullet = doc.blocks[4]
    assert bullet.kind is BlockKind.LIST_ITEM and bullet.level == 4 and bullet.text == "e"


def test_is_lgl_shows_decimal_for_all_levels() -> None:
    levels = lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%1.%2.", extra="<w:isLgl/>")
    body = p("a", num=(1, 0)) + p("b", num=(1, 1))
    doc = read(make_docx(body, numbering=abstract(1, levels) + num(1, 1)))
    assert numbers(doc) == ["I.", "1.1."]


def test_format_number() -> None:
    assert format_number(28, "russianLower") == "я"
    assert format_number(29, "russianLower") == "аа"
    assert format_number(1994, "upperRoman") == "MCMXCIV"
    assert format_number(27, "lowerLetter") == "aa"
    assert format_number(3, "decimalZero") == "03"


STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="MyHead"><w:name w:val="Мой заголовок"/><w:basedOn w:val="1"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Z2"><w:name w:val="Заголовок 2"/></w:style>'
    '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>'
)


def test_heading_styles_and_style_numbering_through_based_on() -> None:
    body = p("Общие сведения", style="1") + p("Цели", style="MyHead") + p("Задачи", style="Z2")
    body += '<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Без номера</w:t></w:r></w:p>'
    doc = read(make_docx(body, styles=STYLES, numbering=DECIMAL_2 + num(1, 1)))
    assert [(b.kind, b.number, b.level, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, "1.", 1, "Общие сведения"),
        (BlockKind.HEADING, "2.", 1, "Цели"),
        (BlockKind.HEADING, None, 2, "Задачи"),
        (BlockKind.HEADING, None, 1, "Без номера"),  # numId 0 cancels the style's numbering
    ]
    assert all(b.emphasis for b in doc.blocks[:2])


def test_bold_and_caps_paragraphs() -> None:
    body = (
        p("Краткий жирный заголовок", bold=True)
        + '<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Через стиль символа</w:t></w:r></w:p>'
        + p("ИНФОРМАЦИОННАЯ СПРАВКА")
        + p("Обычный текст абзаца.")
        + p("Длинный жирный абзац " * 20, bold=True)
        + '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Наполовину </w:t></w:r><w:r><w:t>жирный</w:t></w:r></w:p>'
    )
    doc = read(make_docx(body, styles=STYLES))
    kinds = [(b.kind, b.emphasis) for b in doc.blocks]
    assert kinds == [
        (BlockKind.HEADING, True),
        (BlockKind.HEADING, True),
        (BlockKind.PARAGRAPH, True),
        (BlockKind.PARAGRAPH, False),
        (BlockKind.PARAGRAPH, False),
        (BlockKind.PARAGRAPH, False),
    ]


def test_typed_labels_are_split_off() -> None:
    doc = read(make_docx(p("2.4. Мероприятия этапа") + p("1.Юридическое название") + p("а) первое")))
    assert [(b.number, b.text) for b in doc.blocks] == [
        ("2.4.", "Мероприятия этапа"),
        ("1.", "Юридическое название"),
        ("а)", "первое"),
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("1.5 млн рублей выделено", None),
        ("01.09.2022 проведён семинар", None),
        ("2023 год стал важным", None),
        ("В. И. Иванов выступил", None),
        ("1.1 Полное наименование", "1.1"),
        ("IV. Результаты", "IV."),
        ("IIV. Не римское", None),
        ("3) третий пункт", "3)"),
    ],
)
def test_split_label(text: str, label: str | None) -> None:
    assert split_label(text)[0] == label


# ---------------------------------------------------------------------------------------------
# Text: tracked changes, content controls, hyperlinks, fields, footnotes, text boxes
# ---------------------------------------------------------------------------------------------


def test_tracked_changes_are_accepted() -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Было </w:t></w:r>'
        '<w:del w:id="1" w:author="a"><w:r><w:delText>удалено </w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve">вставлено </w:t></w:r></w:ins>'
        '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>перенесено-откуда </w:t></w:r></w:moveFrom>'
        '<w:moveTo w:id="4" w:author="a"><w:r><w:t>перенесено-сюда</w:t></w:r></w:moveTo></w:p>'
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>строка</w:t></w:r></w:p></w:tc></w:tr>"
        '<w:tr><w:trPr><w:del w:id="5" w:author="a"/></w:trPr><w:tc><w:p><w:r><w:t>удалённая</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
    )
    doc = read(make_docx(body))
    assert doc.blocks[0].text == "Было вставлено перенесено-сюда"
    assert [r.texts for r in tables(doc)[0].rows] == [["строка"]]


def test_content_controls_hyperlinks_and_fields() -> None:
    body = (
        "<w:sdt><w:sdtPr/><w:sdtContent>"
        '<w:p><w:r><w:t xml:space="preserve">Блочный </w:t></w:r>'
        '<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>контрол</w:t></w:r></w:sdtContent></w:sdt></w:p>'
        "</w:sdtContent></w:sdt>"
        '<w:p><w:r><w:t xml:space="preserve">Сайт: </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>school.example</w:t></w:r></w:hyperlink>'
        '<w:fldSimple w:instr="PAGE"><w:r><w:t xml:space="preserve"> стр. 5</w:t></w:r></w:fldSimple></w:p>'
        '<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Место для ввода текста.</w:t></w:r>'
        "</w:sdtContent></w:sdt></w:p>"
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>результат поля</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    doc = read(make_docx(body))
    assert [b.text for b in doc.blocks] == ["Блочный контрол", "Сайт: school.example стр. 5", "результат поля"]


def test_tabs_breaks_and_footnotes() -> None:
    body = (
        '<w:p><w:r><w:t>Срок</w:t><w:tab/><w:t>март</w:t><w:br/><w:t>вторая строка</w:t>'
        '<w:footnoteReference w:id="1"/></w:r></w:p>'
    )
    footnotes = (
        f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:id="1"><w:p><w:r><w:t>Текст сноски</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    ).encode()
    doc = read(make_docx(body, extra={"word/footnotes.xml": footnotes}))
    assert [b.text for b in doc.blocks] == ["Срок март\nвторая строка"]


def test_text_box_read_once_after_its_paragraph() -> None:
    box = '<w:txbxContent><w:p><w:r><w:t>В рамке</w:t></w:r></w:p></w:txbxContent>'
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Якорь </w:t></w:r><w:r><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wrap>{box}</wrap></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v>{box}</v></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    doc = read(make_docx(body))
    assert [b.text for b in doc.blocks] == ["Якорь", "В рамке"]


# ---------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------


RESTART = '<w:vMerge w:val="restart"/>'
SPAN2 = '<w:gridSpan w:val="2"/>'


def tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


@pytest.mark.parametrize("cont", ['<w:vMerge/>', '<w:vMerge w:val="continue"/>'])
def test_vertical_merge_with_and_without_value(cont: str) -> None:
    body = (
        "<w:tbl>"
        f'<w:tr>{tc("Этап 1", RESTART)}{tc("a")}</w:tr>'
        f'<w:tr>{tc("", cont)}{tc("b")}</w:tr>'
        f'<w:tr>{tc("", cont)}{tc("c")}</w:tr>'
        f'<w:tr>{tc("Этап 2")}{tc("d")}</w:tr>'
        "</w:tbl>"
    )
    t = tables(read(make_docx(body)))[0]
    assert t.rows[0].cells[0].row_span == 3
    assert [(c.text, c.merged) for c in (r.cells[0] for r in t.rows)] == [
        ("Этап 1", False), ("Этап 1", True), ("Этап 1", True), ("Этап 2", False),
    ]  # fmt: skip


def test_grid_span_and_grid_before() -> None:
    body = (
        "<w:tbl>"
        f'<w:tr>{tc("Сроки", SPAN2)}{tc("x")}</w:tr>'
        f'<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>{tc("b")}{tc("c")}</w:tr>'
        "</w:tbl>"
    )
    t = tables(read(make_docx(body)))[0]
    assert [(c.text, c.column, c.col_span) for c in t.rows[0].cells] == [("Сроки", 0, 2), ("x", 2, 1)]
    assert [(c.text, c.column) for c in t.rows[1].cells] == [("b", 1), ("c", 2)]
    assert t.rows[0].cell_at(1).text == "Сроки"


def test_nested_table_and_numbered_paragraphs_in_cells() -> None:
    nested = f"<w:tbl><w:tr>{tc('вн1')}{tc('вн2')}</w:tr></w:tbl>"
    body = (
        f"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>снаружи</w:t></w:r></w:p>{nested}<w:p/></w:tc></w:tr></w:tbl>"
        + p("после", num=(1, 0))
    )
    cell_par = p("в ячейке", num=(1, 0))
    body = body.replace("<w:p><w:r><w:t>снаружи</w:t></w:r></w:p>", "<w:p><w:r><w:t>снаружи</w:t></w:r></w:p>" + cell_par)
    doc = read(make_docx(body, numbering=DECIMAL_2 + num(1, 1)))
    cell = tables(doc)[0].rows[0].cells[0]
    assert cell.nested[0].rows[0].texts == ["вн1", "вн2"]
    assert cell.text == "снаружи\n1. в ячейке\nвн1 | вн2"
    assert doc.blocks[1].number == "2."  # numbered paragraphs in cells advance the counter


# ---------------------------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------------------------


def test_pages_from_rendered_breaks() -> None:
    body = (
        p("первая")
        + '<w:p><w:r><w:lastRenderedPageBreak/><w:t>вторая</w:t></w:r></w:p>'
        + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
        + '<w:p><w:r><w:lastRenderedPageBreak/><w:t>третья</w:t></w:r></w:p>'
        + f'<w:tbl><w:tr>{tc("ячейка")}</w:tr><w:tr><w:tc><w:p><w:r><w:lastRenderedPageBreak/><w:t>низ</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
    )
    doc = read(make_docx(body))
    assert [b.location.page for b in doc.blocks] == [1, 2, 3, 3]
    t = tables(doc)[0]
    assert [r.page for r in t.rows] == [3, 4] and t.rows[1].cells[0].page == 4
    assert doc.page_count == 4


def test_no_rendered_breaks_means_no_pages() -> None:
    doc = read(make_docx(p("а") + '<w:p><w:r><w:br w:type="page"/><w:t>б</w:t></w:r></w:p>'))
    assert [b.location.page for b in doc.blocks] == [None, None]
    assert doc.page_count is None


# ---------------------------------------------------------------------------------------------
# Hostile and broken input
# ---------------------------------------------------------------------------------------------


def test_xxe_is_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("СЕКРЕТ")
    xml = (
        '<?xml version="1.0"?>'
        f'<!DOCTYPE d [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>до &xxe; после</w:t></w:r></w:p></w:body></w:document>'
    )
    doc = read(make_docx("", document_xml=xml))
    text = " ".join(b.text for b in doc.blocks)
    assert "СЕКРЕТ" not in text and text == "до после"


def test_billion_laughs_does_not_expand() -> None:
    ents = '<!ENTITY l0 "ха">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE d [{ents}]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>'
    )
    start = time.perf_counter()
    try:
        doc = read(make_docx("", document_xml=xml))
        assert sum(len(b.text) for b in doc.blocks) < 1000
    except ReaderError:
        pass
    assert time.perf_counter() - start < 2


def test_zip_bomb_is_rejected() -> None:
    data = make_docx(p("x"), extra={"word/media/big.bin": b"\0" * (5 * 1024 * 1024)})
    with pytest.raises(ReaderError) as err:
        read(data)
    assert "сжат" in err.value.ru and "compressed" in err.value.en


def test_total_size_limit() -> None:
    data = make_docx(p("x"), extra={"word/media/a.bin": bytes(range(256)) * 400})
    with pytest.raises(ReaderError):
        SafeZip(data, max_total=50_000)


def test_ole_file_is_password_or_old_doc() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    with pytest.raises(ReaderError) as err:
        read(ole)
    assert err.value.ru.startswith("Файл защищён паролем или это старый формат .doc")


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04garbage", make_docx("", document_xml="<not-closed>")],
)
def test_damaged_files_raise_reader_error(data: bytes) -> None:
    with pytest.raises(ReaderError):
        read(data)


def test_no_document_part() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("content.xml", "<x/>")
    with pytest.raises(ReaderError):
        read(buf.getvalue())


def test_block_helpers_are_plain_models(kip: Document) -> None:
    first = kip.blocks[2]
    assert isinstance(first, Block) and first.full_text == "1. Общие сведения об организации"


def test_strict_ooxml_namespace_and_title_style() -> None:
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    xml = (
        f'<w:document xmlns:w="{strict}"><w:body>'
        '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Титул</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>текст</w:t></w:r></w:p></w:body></w:document>"
    )
    styles = (
        f'<w:styles xmlns:w="{strict}"><w:style w:type="paragraph" w:styleId="Title">'
        '<w:name w:val="Title"/></w:style></w:styles>'
    ).encode()
    doc = read(make_docx("", document_xml=xml, extra={"word/styles.xml": styles}))
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, 1, "Титул"),
        (BlockKind.PARAGRAPH, None, "текст"),
    ]
