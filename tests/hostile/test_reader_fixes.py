"""Regression tests for the reader bugs the catalogue and the fuzzer found."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from repcheck.reader import ReaderError
from repcheck.plugins.readers.docx import read_docx_bytes
from repcheck.plugins.readers.odt import read_odf_bytes
from repcheck.plugins.readers.rtf import read_rtf_bytes
from tests.hostile import builders as b


@pytest.mark.parametrize(("rtf", "text"), [
    (rb"{\rtf1\ansi \u9999999 x\par}", "\ufffd"),            # past U+10FFFF: chr() raised ValueError
    (rb"{\rtf1\ansi \u-99999 x\par}", "\ufffd"),
    (rb"{\rtf1\ansi \u-10179?\u-8701?!\par}", "\U0001f603!"),  # a surrogate pair makes one character
    (rb"{\rtf1\ansi \u-9000?!\par}", "\ufffd!"),               # a lone low surrogate never gets through
])  # fmt: skip
def test_rtf_unicode_escapes_out_of_range(rtf: bytes, text: str) -> None:
    doc = read_rtf_bytes(Path("u.rtf"), rtf)
    assert [bl.text for bl in doc.blocks] == [text]
    doc.blocks[0].text.encode("utf-8")  # no lone surrogates for the reporters to choke on


def test_rtf_huge_table_depth_is_refused_at_once() -> None:
    start = time.monotonic()
    with pytest.raises(ReaderError) as err:
        read_rtf_bytes(Path("t.rtf"), rb"{\rtf1\ansi\itap999999999 \intbl x\nestcell\nestrow\cell\row}")
    assert "вложены" in err.value.ru and time.monotonic() - start < 1


def _odt(raw: str) -> bytes:
    return b.odt_bytes(b.odt_content(raw=raw))


def test_odt_huge_space_count_is_capped() -> None:
    doc = read_odf_bytes(Path("s.odt"), _odt('<text:p>а<text:s text:c="999999999"/>б</text:p>'))
    assert doc.blocks[-1].text.startswith("а") and len(doc.blocks[-1].text) < 5000


@pytest.mark.parametrize("value", ["²", "٣", "-4", "1e9", ""])
def test_odt_odd_numbers_in_attributes(value: str) -> None:
    raw = (f'<table:table><table:table-row><table:table-cell table:number-columns-spanned="{value}">'
           "<text:p>x</text:p></table:table-cell></table:table-row></table:table>")  # fmt: skip
    read_odf_bytes(Path("n.odt"), _odt(raw))


def test_odt_huge_spans_are_capped() -> None:
    raw = ('<table:table><table:table-row><table:table-cell table:number-columns-spanned="1000000000" '
           'table:number-rows-spanned="1000000000"><text:p>x</text:p></table:table-cell></table:table-row>'
           "</table:table>")  # fmt: skip
    start = time.monotonic()
    doc = read_odf_bytes(Path("n.odt"), _odt(raw))
    cell = next(bl.table for bl in doc.blocks if bl.table).rows[0].cells[0]
    assert cell.col_span <= 1000 and cell.row_span <= 1000 and time.monotonic() - start < 2


def test_docx_huge_grid_span_is_capped() -> None:
    tbl = ('<w:tbl><w:tr><w:trPr><w:gridBefore w:val="2000000000"/></w:trPr><w:tc><w:tcPr>'
           '<w:gridSpan w:val="2000000000"/><w:vMerge w:val="restart"/></w:tcPr>' + b.w_p("x") + "</w:tc></w:tr>"
           '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2000000000"/><w:vMerge/></w:tcPr>' + b.w_p("") + "</w:tc></w:tr>"
           "</w:tbl>")  # fmt: skip
    start = time.monotonic()
    doc = read_docx_bytes(Path("g.docx"), b.docx_bytes(b.report_body() + tbl))
    table = next(bl.table for bl in doc.blocks if bl.table)
    assert table.rows[0].cells[0].col_span <= 1000 and time.monotonic() - start < 2


def test_a_pdf_without_pages_is_not_called_a_scan() -> None:
    from repcheck.plugins.readers.pdf import read_pdf_bytes

    with pytest.raises(ReaderError) as err:
        read_pdf_bytes(Path("p.pdf"), b.pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>",
                                                  b"<< /Type /Pages /Kids [] /Count 0 >>"]))  # fmt: skip
    assert "скан" not in err.value.ru and "повреждённый pdf" in err.value.ru.lower()


def test_a_password_error_left_by_an_earlier_pdf_does_not_name_the_next_one() -> None:
    """PDFium keeps its last error process-wide: after a protected file, a damaged one without
    an /Encrypt entry is still called damaged, not protected."""
    from repcheck.plugins.readers.pdf import read_pdf_bytes

    protected = Path(__file__).resolve().parents[2] / "corpus" / "formats" / "protected.pdf"
    with pytest.raises(ReaderError) as first:
        read_pdf_bytes(protected, protected.read_bytes())
    assert "паролем" in first.value.ru
    with pytest.raises(ReaderError) as err:
        read_pdf_bytes(Path("p.pdf"), b.pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>",
                                                  b"<< /Type /Pages /Kids [] /Count 0 >>"]))  # fmt: skip
    assert "паролем" not in err.value.ru and "повреждённый pdf" in err.value.ru.lower()
