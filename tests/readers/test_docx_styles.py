"""The .docx reader's styles index (plugins/readers/docx.py, StyleIndex): a style is parsed only
when a paragraph asks for it, and every style resolves as the whole parsed part resolved it; parts
it cannot index safely are parsed whole."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from repcheck.plugins.readers._package import parse_xml
from repcheck.plugins.readers.docx import W_TRANSITIONAL, StyleIndex, Styles, _Tags
from repcheck.reader import ReaderError
from tests.readers.test_docx_reader import make_docx, p, read

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
T = _Tags(W_TRANSITIONAL)
NS = f'xmlns:w="{W_TRANSITIONAL}"'


def part(styles: str, *, root: str = f"<w:styles {NS}>", end: str = "</w:styles>") -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + root + styles + end).encode()


def style(sid: str, *, name: str | None = None, based: str | None = None, kind: str = "paragraph",
          default: str | None = None, inner: str = "") -> str:
    attrs = f' w:type="{kind}" w:styleId="{sid}"' + (f' w:default="{default}"' if default else "")
    return (f"<w:style{attrs}><w:name w:val=\"{name or sid}\"/>"
            + (f'<w:basedOn w:val="{based}"/>' if based else "") + inner + "</w:style>")


MANY = "".join(style(f"Filler{i}", inner="<w:rPr><w:sz w:val=\"24\"/></w:rPr>") for i in range(60))
BASE = (
    style("Normal", default="1")
    + style("Heading1", name="heading 1", based="Normal", inner='<w:pPr><w:outlineLvl w:val="0"/></w:pPr>')
    + style("Strong", kind="character", inner="<w:rPr><w:b/></w:rPr>")
    + style("Loud", based="Heading1", inner="<w:rPr><w:caps/></w:rPr>")
)


def both(data: bytes) -> tuple[Styles, Styles]:
    """The styles through the index and through the whole parsed part."""
    lazy = Styles.from_part(data, "word/styles.xml", T)
    full = Styles(parse_xml(data, "word/styles.xml"), T)
    return lazy, full


def test_only_the_styles_asked_for_are_parsed() -> None:
    lazy, full = both(part(MANY + BASE))
    assert lazy._index is not None and len(lazy._index.spans) == 64
    assert lazy.resolve("Loud") == full.resolve("Loud")
    assert lazy.resolve("Loud").heading_level == 1 and lazy.resolve("Loud").caps is True
    assert set(lazy.raw) == {"Loud", "Heading1", "Normal"}  # the style and its basedOn chain
    assert lazy.default_para == full.default_para == "Normal"


@pytest.mark.parametrize(
    ("flag", "is_default"), [("1", True), ("true", True), ("on", True), ("0", False), ("false", False)]
)
def test_the_default_paragraph_style_as_word_marks_it(flag: str, is_default: bool) -> None:
    lazy, full = both(part(style("Body", default=flag) + style("Other")))
    assert lazy._index is not None
    assert lazy.default_para == full.default_para == ("Body" if is_default else None)


def test_a_character_style_marked_default_is_no_paragraph_default() -> None:
    lazy, full = both(part(style("Font", kind="character", default="1") + style("Body")))
    assert lazy.default_para == full.default_para is None


def test_another_prefix_for_the_wordprocessingml_namespace() -> None:
    data = part(BASE.replace("w:", "ns0:"), root=f'<ns0:styles xmlns:ns0="{W_TRANSITIONAL}">', end="</ns0:styles>")
    lazy, full = both(data)
    assert lazy._index is not None
    assert lazy.resolve("Loud") == full.resolve("Loud") and lazy.resolve("Loud").heading_level == 1


@pytest.mark.parametrize(
    "data",
    [
        part(BASE + "<!-- <w:style w:type=\"paragraph\" w:styleId=\"Loud\"></w:style> -->"),  # a comment
        part(BASE + "<?editor note?>"),  # a processing instruction
        part(BASE.replace('w:styleId="Strong"', 'w:styleId="Str&amp;ong"')),  # an entity in a tag
        part(BASE.replace("w:", ""), root=f'<styles xmlns="{W_TRANSITIONAL}">', end="</styles>"),  # no prefix
        part(BASE.replace('<w:style w:type="paragraph" w:styleId="Loud"',
                          f'<w:style {NS} w:type="paragraph" w:styleId="Loud"')),  # a declaration on a style
    ],
    ids=["comment", "processing instruction", "entity", "default namespace", "declaration on a style"],
)
def test_parts_it_cannot_index_safely_are_parsed_whole(data: bytes) -> None:
    assert StyleIndex.scan(data, "word/styles.xml", W_TRANSITIONAL) is None
    lazy, full = both(data)
    assert lazy._index is None
    for sid in ("Normal", "Heading1", "Strong", "Loud", "Str&ong"):
        assert lazy.resolve(sid) == full.resolve(sid)


def test_damage_decides_only_in_a_style_the_document_uses() -> None:
    broken = '<w:style w:type="paragraph" w:styleId="Broken"><w:name w:val="x"><w:rPr></w:style>'
    unused = make_docx(p("Текст отчёта", style="Heading1"), styles=BASE + broken)
    doc = read(unused)  # the damaged style is never asked for
    assert doc.blocks[0].kind.value == "heading"
    used = make_docx(p("Текст отчёта", style="Broken"), styles=BASE + broken)
    with pytest.raises(ReaderError) as err:
        read(used)  # asked for: the whole part is parsed and rejected, as before
    assert "styles.xml" in err.value.ru


def _corpus_docx() -> list[Path]:
    return sorted((CORPUS / "docx").glob("*.docx")) + sorted((CORPUS / "formats").glob("*.docx")) + sorted(
        (CORPUS / "blind" / "docs").glob("*.docx")
    )


@pytest.mark.parametrize("path", _corpus_docx(), ids=lambda p: p.name)
def test_every_corpus_style_resolves_as_in_the_whole_part(path: Path) -> None:
    with zipfile.ZipFile(path) as zf:
        data = zf.read("word/styles.xml")
    lazy, full = both(data)
    assert lazy._index is not None  # Word's, LibreOffice's and python-docx's parts are indexed
    assert lazy.default_para == full.default_para
    ids = set(full.raw)
    assert ids and set(lazy._index.spans) == ids
    for sid in sorted(ids):
        assert lazy.resolve(sid) == full.resolve(sid), sid
        assert lazy.style_for_num_style_link(sid) == full.style_for_num_style_link(sid)
