"""The OpenDocument and RTF readers: the corpus files (LibreOffice exports of the corpus .docx)
and small documents written here."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from repcheck.models.document import BlockKind, Document, Table
from repcheck.reader import ReaderError
from repcheck.plugins.readers.docx import DocxReader
from repcheck.plugins.readers.odt import OdtReader
from repcheck.plugins.readers.rtf import RtfReader

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "formats"
NAMES = ["kip_perm_2024", "mip_vologda_2023", "program_saratov_2025"]


def read_corpus(name: str, ext: str) -> Document:
    path = CORPUS / f"{name}.{ext}"
    reader = {"odt": OdtReader(), "rtf": RtfReader(), "docx": DocxReader()}[ext]
    return reader.read(path, path.read_bytes())


def tables(doc: Document) -> list[Table]:
    return [b.table for b in doc.blocks if b.table is not None]


def signature(doc: Document) -> list[object]:
    out: list[object] = []
    for b in doc.blocks:
        if b.table is not None:
            out.append([[(c.text, c.column, c.col_span, c.row_span, c.merged) for c in r.cells] for r in b.table.rows])
        else:
            out.append((b.kind, b.number, b.text, b.level))
    return out


# ---------------------------------------------------------------------------------------------
# Corpus
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("ext", ["odt", "rtf"])
@pytest.mark.parametrize("name", NAMES)
def test_same_structure_as_the_docx(name: str, ext: str) -> None:
    assert signature(read_corpus(name, ext)) == signature(read_corpus(name, "docx"))


@pytest.mark.parametrize("ext", ["odt", "rtf"])
def test_corpus_headings_tables_and_nesting(ext: str) -> None:
    doc = read_corpus("kip_perm_2024", ext)
    heads = [(b.number, b.text) for b in doc.blocks if b.kind is BlockKind.HEADING and b.number]
    assert heads[2:4] == [("2.1.", "Цель"), ("2.2.", "Задачи")]
    events = tables(doc)[2]
    assert events.rows[0].cells[2].text == "Сроки проведения" and events.rows[0].cells[2].col_span == 2
    assert events.rows[1].cells[0].merged and events.rows[0].cells[0].row_span == 2
    assert events.rows[5].cell_at(2).merged
    contact = tables(doc)[0].rows[2].cells[1]
    assert contact.nested[0].rows[1].texts == ["Электронная почта", "licei7@kungur-edu.example"]
    assert tables(doc)[3].rows[-1].texts == ["Итого", "511"]


def test_odt_pages_from_soft_page_breaks() -> None:
    doc = read_corpus("kip_perm_2024", "odt")
    pages = [b.location.page for b in doc.blocks]
    assert pages[0] == 1 and None not in pages and pages == sorted(pages)
    assert doc.page_count == max(pages) >= 2


def test_rtf_has_no_pages() -> None:
    doc = read_corpus("kip_perm_2024", "rtf")
    assert {b.location.page for b in doc.blocks} == {None}


# ---------------------------------------------------------------------------------------------
# OpenDocument written here
# ---------------------------------------------------------------------------------------------

ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)


def make_odt(body: str, styles: str = "", *, spreadsheet: bool = False) -> bytes:
    kind = "spreadsheet" if spreadsheet else "text"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), f"application/vnd.oasis.opendocument.{kind}")
        zf.writestr("content.xml", content)
    return buf.getvalue()


LIST_STYLE = (
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>'
    '<text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1" text:display-levels="2"/>'
    "</text:list-style>"
    '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>'
    '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
)


def item(text: str, inner: str = "") -> str:
    return f"<text:list-item><text:p>{text}</text:p>{inner}</text:list-item>"


def test_odt_list_numbers_continue_and_nest() -> None:
    nested = "<text:list>" + item("вложенный") + "</text:list>"
    body = (
        f'<text:list xml:id="a" text:style-name="L1">{item("один", nested)}</text:list>'
        "<text:p>между</text:p>"
        f'<text:list text:style-name="L1" text:continue-numbering="true">{item("два")}</text:list>'
        f'<text:list text:style-name="L1">{item("заново")}</text:list>'
        f'<text:list text:style-name="L2">{item("маркер")}</text:list>'
    )
    doc = OdtReader().read(Path("t.odt"), make_odt(body, LIST_STYLE))
    assert [(b.number, b.level, b.text) for b in doc.blocks] == [
        ("1.", 1, "один"),
        ("1.1.", 2, "вложенный"),
        (None, None, "между"),
        ("2.", 1, "два"),
        ("1.", 1, "заново"),
        (None, 1, "маркер"),
    ]


def test_odt_text_spans_changes_and_pages() -> None:
    body = (
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
        "<text:p>удалённое</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        '<text:h text:outline-level="2"><text:span text:style-name="B">Заголовок</text:span></text:h>'
        '<text:p>два<text:s text:c="3"/>пробела<text:tab/>и<text:change text:change-id="c1"/> '
        '<text:a>ссылка</text:a><text:note><text:note-body><text:p>сноска</text:p></text:note-body></text:note></text:p>'
        "<text:soft-page-break/>"
        '<text:p><text:span text:style-name="B">Жирная строка</text:span></text:p>'
    )
    doc = OdtReader().read(Path("t.odt"), make_odt(body, LIST_STYLE))
    assert [(b.kind, b.level, b.text, b.location.page) for b in doc.blocks] == [
        (BlockKind.HEADING, 2, "Заголовок", 1),
        (BlockKind.PARAGRAPH, None, "два пробела и ссылка", 1),
        (BlockKind.HEADING, None, "Жирная строка", 2),
    ]
    assert doc.page_count == 2


def cell(text: str, attrs: str = "") -> str:
    return f"<table:table-cell {attrs}><text:p>{text}</text:p></table:table-cell>"


COVERED = "<table:covered-table-cell/>"


def test_odt_table_spans_and_covered_cells() -> None:
    body = (
        "<table:table><table:table-column table:number-columns-repeated=\"3\"/>"
        "<table:table-header-rows><table:table-row>"
        + cell("Этап", 'table:number-rows-spanned="2"')
        + cell("Сроки", 'table:number-columns-spanned="2"')
        + COVERED
        + "</table:table-row></table:table-header-rows><table:table-row>"
        + COVERED
        + cell("план")
        + cell("факт")
        + "</table:table-row></table:table>"
    )
    t = tables(OdtReader().read(Path("t.odt"), make_odt(body)))[0]
    assert [(c.text, c.column, c.col_span, c.row_span, c.merged) for c in t.rows[0].cells] == [
        ("Этап", 0, 1, 2, False),
        ("Сроки", 1, 2, 1, False),
    ]
    assert [(c.text, c.column, c.merged) for c in t.rows[1].cells] == [
        ("Этап", 0, True), ("план", 1, False), ("факт", 2, False),
    ]  # fmt: skip


def test_ods_sheet_trims_repeated_empty_cells() -> None:
    body = (
        '<table:table table:name="Лист1"><table:table-row>'
        + cell("Категория")
        + cell("Количество")
        + '<table:table-cell table:number-columns-repeated="16000"/>'
        + "</table:table-row><table:table-row>"
        + cell("Итого")
        + cell("42")
        + '<table:table-cell table:number-columns-repeated="16000"/>'
        + '</table:table-row><table:table-row table:number-rows-repeated="1048000">'
        + '<table:table-cell table:number-columns-repeated="16000"/></table:table-row></table:table>'
    )
    doc = OdtReader().read(Path("t.ods"), make_odt(body, spreadsheet=True))
    assert doc.format == "ods"
    assert [r.texts for r in tables(doc)[0].rows] == [["Категория", "Количество"], ["Итого", "42"]]


def test_odt_without_content_is_an_error() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with pytest.raises(ReaderError):
        OdtReader().read(Path("t.odt"), buf.getvalue())


# ---------------------------------------------------------------------------------------------
# RTF written here
# ---------------------------------------------------------------------------------------------


def cp(text: str) -> str:
    """Cyrillic as RTF hex escapes in code page 1251."""
    return "".join(f"\\'{b:02x}" if b > 127 else chr(b) for b in text.encode("cp1251"))


def u(text: str) -> str:
    """Text as \\uN escapes with a "?" fallback, as Word and LibreOffice write it."""
    return "".join(f"\\u{ord(ch)}?" if ord(ch) > 127 else ch for ch in text)


RTF_HEAD = (
    r"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fswiss\fcharset204 Arial;}{\f1\fnil\fcharset2 Symbol;}}"
    r"{\colortbl;\red0\green0\blue0;}"
    r"{\stylesheet{\s0 Normal;}{\s1\outlinelevel0 heading 1;}{\s2 " + cp("Заголовок 2") + ";}}"
    r"{\info{\title " + cp("Название файла") + "}}"
    r"{\header\pard " + cp("Колонтитул") + r"\par}"
)


def rtf(body: str) -> bytes:
    return (RTF_HEAD + body + "}").encode("ascii")


def read_rtf(body: str) -> Document:
    return RtfReader().read(Path("t.rtf"), rtf(body))


def test_rtf_paragraphs_headings_and_labels() -> None:
    doc = read_rtf(
        r"\pard\s1 " + cp("Раздел первый") + r"\par"
        r"\pard\s2 " + u("Подраздел") + r"\par"
        r"\pard{\listtext\pard\plain 1.\tab}\ilvl0\ls1 " + u("Пункт") + r"\par"
        r"\pard{\listtext\pard\plain\f1 \'b7\tab}\ls2 " + u("Маркер") + r"\par"
        r"\pard " + cp("Текст: ") + r"{\deleted " + cp("лишнее") + "}" + cp("осталось")
        + r"{\v " + cp("скрытое") + r"}\par"
        r"\pard {\field{\*\fldinst HYPERLINK http://x}{\fldrslt " + cp("сайт") + r"}}\tab\'ab" + cp("ёлка") + r"\'bb\par"
        r"\pard\b " + cp("Жирная строка") + r"\b0\par"
    )
    assert [(b.kind, b.number, b.level, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, None, 1, "Раздел первый"),
        (BlockKind.HEADING, None, 2, "Подраздел"),
        (BlockKind.LIST_ITEM, "1.", 1, "Пункт"),
        (BlockKind.LIST_ITEM, None, 1, "Маркер"),
        (BlockKind.PARAGRAPH, None, None, "Текст: осталось"),
        (BlockKind.PARAGRAPH, None, None, "сайт «ёлка»"),
        (BlockKind.HEADING, None, None, "Жирная строка"),
    ]


def test_rtf_table_merges() -> None:
    doc = read_rtf(
        r"\pard " + cp("До") + r"\par"
        r"\trowd\clvmgf\cellx2000\clmgf\cellx4000\clmrg\cellx6000"
        r"\pard\intbl A\cell B\cell \cell\row"
        r"\trowd\clvmrg\cellx2000\cellx4000\cellx6000"
        r"\pard\intbl \cell C\par C2\cell D\cell\row"
        r"\pard " + cp("После") + r"\par"
    )
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH]
    t = tables(doc)[0]
    assert [(c.text, c.column, c.col_span, c.row_span, c.merged) for c in t.rows[0].cells] == [
        ("A", 0, 1, 2, False),
        ("B", 1, 2, 1, False),
    ]
    assert [(c.text, c.column, c.merged) for c in t.rows[1].cells] == [
        ("A", 0, True), ("C\nC2", 1, False), ("D", 2, False),
    ]  # fmt: skip
    assert [b.location.table for b in doc.blocks] == [None, 0, None]


def test_rtf_row_definition_after_the_cells() -> None:
    """Word writes the row properties again (or only) just before \\row."""
    doc = read_rtf(
        r"\pard\intbl a\cell b\cell\trowd\cellx1000\cellx5000\row"
        r"\pard\intbl c\cell d\cell\trowd\cellx1000\cellx5000\row\pard\par"
    )
    assert [r.texts for r in tables(doc)[0].rows] == [["a", "b"], ["c", "d"]]


def test_rtf_nested_table() -> None:
    doc = read_rtf(
        r"\trowd\cellx3000\cellx6000"
        r"\pard\intbl outer\cell"
        r"\pard\intbl\itap2 in1\nestcell in2\nestcell"
        r"{\*\nesttableprops\trowd\cellx1000\cellx2000\nestrow}{\nonesttables\par}"
        r"\pard\intbl after\cell\row\pard\par"
    )
    t = tables(doc)[0]
    assert len(t.rows) == 1
    outer = t.rows[0].cells[1]
    assert outer.nested[0].rows[0].texts == ["in1", "in2"]
    assert outer.text == "after\nin1 | in2"


def test_rtf_binary_and_unicode_skip() -> None:
    doc = read_rtf(r"\pard{\*\blipuid 00}{\pict\bin4 \{\}\\}" + r"\uc2\u1071\'3f\'3f" + cp("к") + r"\par")
    assert [b.text for b in doc.blocks] == ["Як"]


def test_rtf_hostile_nesting() -> None:
    with pytest.raises(ReaderError):
        RtfReader().read(Path("t.rtf"), b"{\\rtf1" + b"{" * 5000 + b"}" * 5000 + b"}")


def test_rtf_not_rtf() -> None:
    with pytest.raises(ReaderError):
        RtfReader().read(Path("t.rtf"), b"plain text")
