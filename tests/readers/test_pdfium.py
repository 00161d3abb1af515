"""The PDF reader's PDFium path (plugins/readers/_pdfium.py) against pdfplumber, which it replaces
where it can: the same words (text, box, font, size) and the same ruled tables on the corpus PDFs
and on hand-built pages exercising the text state (character and horizontal spacing, kerning,
rise, matrices, form XObjects); the same Document through both paths; and the files it hands to
pdfplumber (rotated text, fonts without a descriptor, Type 3 fonts, rebuilt cross-references)."""

from __future__ import annotations

import io
import math
from pathlib import Path

import pytest

from repcheck.plugins.readers import _pdfium
from repcheck.plugins.readers import pdf as pdf_reader
from repcheck.plugins.readers.pdf import PdfReader
from tests.hostile import builders as b

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
CORPUS_PDFS = sorted((CORPUS / "docx").glob("*.pdf")) + sorted(
    p for p in (CORPUS / "formats").glob("*.pdf") if p.name != "protected.pdf"
)
READER_ARGS = {"x_tolerance": 2, "y_tolerance": 2, "keep_blank_chars": False, "extra_attrs": ["fontname", "size"]}
TOLERANCE = 0.002  # points: PDFium's single-precision coordinates against pdfminer's doubles


def _key(w: dict) -> tuple:
    return (w["text"], round(w["top"], 1), round(w["x0"], 1))


def assert_same_words(plumber: list[dict], pdfium: list[dict]) -> None:
    assert len(plumber) == len(pdfium)
    for a, c in zip(sorted(plumber, key=_key), sorted(pdfium, key=_key), strict=True):
        assert a["text"] == c["text"]
        for k in ("x0", "x1", "top", "bottom"):
            assert abs(a[k] - c[k]) < TOLERANCE, (a, c)
        assert round(a["size"], 1) == round(c["size"], 1)
        # PDFium names an embedded font by its program, without pdfminer's subset tag
        assert a["fontname"].split("+")[-1] == c["fontname"].split("+")[-1]


def assert_same_tables(plumber: list, pdfium: list) -> None:
    def cells(tables: list) -> list[list[tuple[float, ...]]]:
        return [sorted(tuple(round(v, 2) for v in c) for c in t.cells) for t in tables]

    assert cells(plumber) == cells(pdfium)


def pdfium_pages(data: bytes) -> list[_pdfium.PdfiumPage]:
    doc = _pdfium.open_pdf(data)
    assert doc is not None, "PDFium's path refused the file"
    return list(doc.pages)


def plumber_pages(data: bytes) -> list:
    import pdfplumber

    return list(pdfplumber.open(io.BytesIO(data)).pages)


# ---------------------------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", CORPUS_PDFS, ids=lambda p: p.name)
def test_corpus_words_and_tables_are_pdfplumbers(path: Path) -> None:
    data = path.read_bytes()
    ours = pdfium_pages(data)
    theirs = plumber_pages(data)
    assert len(ours) == len(theirs)
    hyphen_marks = 0
    for mine, ref in zip(ours, theirs, strict=True):
        assert abs(mine.height - float(ref.height)) < TOLERANCE
        assert_same_words(ref.extract_words(**READER_ARGS), mine.extract_words(**READER_ARGS))
        assert_same_tables(ref.find_tables(), mine.find_tables())
        hyphen_marks += sum(c[0] == "\x02" for c in mine.chars())
    assert hyphen_marks == 0  # PDFium's line-end hyphen mark is read as the hyphen it stands for


@pytest.mark.parametrize("path", CORPUS_PDFS[:4] + CORPUS_PDFS[-3:], ids=lambda p: p.name)
def test_the_document_is_the_same_through_both_paths(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = path.read_bytes()
    fast = PdfReader().read(path, data)
    monkeypatch.setattr(_pdfium, "open_pdf", lambda _data: None)  # pdfplumber reads it
    slow = PdfReader().read(path, data)
    assert fast.model_dump() == slow.model_dump()


# ---------------------------------------------------------------------------------------------
# Hand-built pages
# ---------------------------------------------------------------------------------------------


def font_pdf(content: str, *, descent: str = "-207", font: str = "ABCDEF+Helvetica", form: str = "") -> bytes:
    """One page with a Type 1 font that has a descriptor (its box depends on /Descent), and an
    optional form XObject /X1 with its own content."""
    widths = " ".join(str(500 + (i * 37) % 300) for i in range(95))
    descriptor = f"/Descent {descent} " if descent else ""
    xobject = " /XObject << /X1 7 0 R >>" if form else ""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.3 841.89] /Contents 4 0 R "
            f"/Resources << /Font << /F1 5 0 R >>{xobject} >> >>"
        ).encode(),
        b._stream(content.encode("latin-1")),
        (
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{font} /FirstChar 32 /LastChar 126 "
            f"/Widths [{widths}] /FontDescriptor 6 0 R >>"
        ).encode(),
        (
            f"<< /Type /FontDescriptor /FontName /{font} /Flags 32 /FontBBox [-166 -225 1000 931] "
            f"/ItalicAngle 0 /Ascent 718 {descriptor}/CapHeight 718 /StemV 88 >>"
        ).encode(),
    ]
    if form:
        objects.append(
            b._stream(
                form.encode("latin-1"),
                "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [0.8 0 0 0.8 30 40] "
                "/Resources << /Font << /F1 5 0 R >> >> ",
            )
        )
    return b.pdf_bytes(objects)


TEXT_STATES = {
    "plain": "BT /F1 12 Tf 72 700 Td (Report of the site, 2023) Tj ET",
    "character spacing": "BT /F1 12 Tf 1.5 Tc 72 700 Td (Twelve seminars) Tj ET",
    "word spacing": "BT /F1 12 Tf 4 Tw 72 700 Td (Twelve seminars were held) Tj ET",
    "horizontal scaling": "BT /F1 12 Tf 70 Tz 72 700 Td (Condensed heading) Tj ET",
    "kerning that splits a word": "BT /F1 12 Tf 72 700 Td [(Semi) -300 (nars) 200 (held) -2500 (there)] TJ ET",
    "rise": "BT /F1 12 Tf 72 700 Td (Area 25 m) Tj 5 Ts (2) Tj 0 Ts ( in all) Tj ET",
    "two sizes on a line": "BT /F1 12 Tf 72 700 Td (Total) Tj /F1 9 Tf ( 240 teachers) Tj ET",
    "lines 1.5 pt apart": "BT /F1 12 Tf 72 700 Td (upper) Tj 0 -1.5 Td (lower) Tj ET",
    "scaled page": "q 0.75 0 0 0.75 10 20 cm BT /F1 12 Tf 72 700 Td (Scaled text) Tj ET Q",
    "text matrix": "BT /F1 1 Tf 12 0 0 12 72 700 Tm (Matrix text) Tj 0 -1.2 Td (next line) Tj ET",
    "no descriptor descent": "BT /F1 12 Tf 72 700 Td (Report) Tj ET",
    "positive descent": "BT /F1 12 Tf 72 700 Td (Report) Tj ET",
}


@pytest.mark.parametrize("case", sorted(TEXT_STATES))
def test_text_state_words_are_pdfplumbers(case: str) -> None:
    descent = {"no descriptor descent": "", "positive descent": "212"}.get(case, "-207")
    data = font_pdf(TEXT_STATES[case], descent=descent)
    (mine,) = pdfium_pages(data)
    (ref,) = plumber_pages(data)
    words = mine.extract_words(**READER_ARGS)
    assert words, "no words read"
    assert_same_words(ref.extract_words(**READER_ARGS), words)


def test_a_form_xobjects_text_and_rules_are_placed_by_its_matrix() -> None:
    grid = (
        "0.5 w 72 600 m 300 600 l S 72 650 m 300 650 l S 72 700 m 300 700 l S "
        "72 600 m 72 700 l S 150 600 m 150 700 l S 300 600 m 300 700 l S "
        "BT /F1 10 Tf 80 620 Td (Inside the form) Tj 80 50 Td (Second cell) Tj ET"
    )
    data = font_pdf("BT /F1 12 Tf 72 760 Td (Page text) Tj ET q /X1 Do Q", form=grid)
    (mine,) = pdfium_pages(data)
    (ref,) = plumber_pages(data)
    assert_same_words(ref.extract_words(**READER_ARGS), mine.extract_words(**READER_ARGS))
    tables = mine.find_tables()
    assert len(tables) == 1 and len(tables[0].cells) == 4
    assert_same_tables(ref.find_tables(), tables)


RULINGS = {
    # stroked lines, one short of the corner by 2 pt (joined within 3 pt)
    "lines": "72 600 m 300 600 l S 72 650 m 298 650 l S 72 700 m 300 700 l S "
    "72 600 m 72 700 l S 150 600 m 150 700 l S 300 600 m 300 700 l S",
    # filled thin rectangles, as Word draws cell borders
    "rectangles": "72 599.75 228 0.5 re f 72 649.75 228 0.5 re f 72 699.75 228 0.5 re f "
    "71.75 600 0.5 100 re f 149.75 600 0.5 100 re f 299.75 600 0.5 100 re f",
    # one path of several subpaths, closed with h (a redundant l dropped), and a curve edge
    "subpaths": "72 600 m 300 600 l 300 700 l 72 700 l 72 600 l h S 150 600 m 150 700 l S "
    "72 650 m 150 650 l 300 650 l S",
    # two rulings 2.5 pt apart snap to one line; an edge under 3 pt is dropped
    "snapped": "72 600 m 300 600 l S 72 602.5 m 300 602.5 l S 72 700 m 300 700 l S "
    "72 600 m 72 700 l S 150 600 m 150 700 l S 300 600 m 300 700 l S 200 650 m 202 650 l S",
}


@pytest.mark.parametrize("case", sorted(RULINGS))
def test_ruled_tables_are_pdfplumbers(case: str) -> None:
    data = font_pdf("0.5 w " + RULINGS[case] + " BT /F1 10 Tf 80 620 Td (Cell) Tj ET")
    (mine,) = pdfium_pages(data)
    (ref,) = plumber_pages(data)
    tables = ref.find_tables()
    assert tables, "the case draws no table"
    assert_same_tables(tables, mine.find_tables())


# ---------------------------------------------------------------------------------------------
# What goes to pdfplumber
# ---------------------------------------------------------------------------------------------


def test_rotated_text_is_left_to_pdfplumber_and_still_read() -> None:
    data = font_pdf(
        "BT /F1 12 Tf 72 700 Td (Report of the innovation site) Tj ET "
        "BT /F1 12 Tf 0 1 -1 0 300 300 Tm (Rotated column heading) Tj ET"
    )
    (page,) = pdfium_pages(data)
    with pytest.raises(_pdfium.Fallback):
        page.chars()
    doc = PdfReader().read(Path("r.pdf"), data)
    assert any("Report of the innovation site" in blk.text for blk in doc.blocks)


@pytest.mark.parametrize("change", [b"/MediaBox [0 0 595.3 841.89] /Rotate 90", b"/MediaBox [10 0 605.3 841.89]"])
def test_a_rotated_page_or_a_shifted_media_box_is_left_to_pdfplumber(
    change: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = font_pdf("BT /F1 12 Tf 72 700 Td (Report of the innovation site) Tj ET")
    data = b.pdf_bytes(_objects(data.replace(b"/MediaBox [0 0 595.3 841.89]", change)))
    doc = _pdfium.open_pdf(data)
    assert doc is not None
    with pytest.raises(_pdfium.Fallback):
        list(doc.pages)
    doc.close()
    read = PdfReader().read(Path("r.pdf"), data)
    monkeypatch.setattr(_pdfium, "open_pdf", lambda _data: None)
    assert read.model_dump() == PdfReader().read(Path("r.pdf"), data).model_dump()


def _objects(data: bytes) -> list[bytes]:
    """The objects of a file written by `pdf_bytes`, to write it again with a correct xref."""
    import re

    return [m.group(1) for m in re.finditer(rb"\d+ 0 obj\n(.*?)\nendobj\n", data, re.S)]


def test_a_standard_font_without_a_descriptor_is_left_to_pdfplumber() -> None:
    data = b.text_pdf()  # Helvetica, no descriptor: pdfminer takes its descent from built-in metrics
    (page,) = pdfium_pages(data)
    with pytest.raises(_pdfium.Fallback):
        page.chars()
    doc = PdfReader().read(Path("t.pdf"), data)
    assert any(blk.text.startswith("Report of the innovation site") for blk in doc.blocks)


def test_a_type3_font_or_a_rebuilt_xref_is_left_to_pdfplumber() -> None:
    type3 = font_pdf("BT /F1 12 Tf 72 700 Td (Text) Tj ET").replace(b"/Subtype /Type1", b"/Subtype /Type3")
    assert _pdfium.open_pdf(type3) is None
    assert _pdfium.open_pdf(b.text_pdf(xref="garbage")) is None  # PDFium rebuilt it: pdfminer judges
    assert _pdfium.open_pdf(font_pdf("BT /F1 12 Tf 72 700 Td (Text) Tj ET")) is not None


def test_a_password_is_reported_as_before() -> None:
    data = (CORPUS / "formats" / "protected.pdf").read_bytes()
    with pytest.raises(_pdfium.PasswordError):
        _pdfium.open_pdf(data)
    with pytest.raises(pdf_reader.ReaderError) as err:
        PdfReader().read(Path("p.pdf"), data)
    assert "паролем" in err.value.ru


# ---------------------------------------------------------------------------------------------
# Font descriptors
# ---------------------------------------------------------------------------------------------


def _descriptor(name: str, descent: str | None) -> bytes:
    part = f"/Descent {descent} " if descent is not None else ""
    return f"7 0 obj\n<< /Type /FontDescriptor /FontName /{name} /Ascent 0 {part}>>\nendobj\n".encode()


def test_font_descents_as_pdfminer_reads_them() -> None:
    data = b"".join(
        [
            _descriptor("BAAAAA+LiberationSerif", "0"),
            _descriptor("Arial#2DBold", "-212.5"),  # a #xx escape in the name
            _descriptor("Positive", "216"),  # pdfminer forces a positive descent negative
            _descriptor("Missing", None),  # no /Descent: 0
            _descriptor("Indirect", "12 0 R"),  # an indirect value: unknown, the font falls back
        ]
    )
    got = _pdfium.font_descents(data)
    assert got["BAAAAA+LiberationSerif"] == got["LiberationSerif"] == 0.0
    assert got["Arial-Bold"] == -212.5
    assert got["Positive"] == -216.0
    assert got["Missing"] == 0.0
    assert "Indirect" not in got


def test_subsets_of_one_font_that_disagree_are_unknown() -> None:
    same = _descriptor("BAAAAA+Font", "-200") + _descriptor("CAAAAA+Font", "-200")
    assert _pdfium.font_descents(same)["Font"] == -200.0
    differ = _descriptor("BAAAAA+Font", "-200") + _descriptor("CAAAAA+Font", "-201")
    got = _pdfium.font_descents(differ)
    assert math.isnan(got["Font"]) and got["BAAAAA+Font"] == -200.0
