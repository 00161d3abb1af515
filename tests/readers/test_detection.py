"""Format detection by content: each reader's sniff(), wrong extensions, OLE files, and the
legacy reader with and without LibreOffice."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from repcheck.models.document import BlockKind
from repcheck.reader import Reader, ReaderError
from repcheck.plugins.readers import docx, legacy, odt, pdf, rtf
from repcheck.plugins.readers._package import OLE_MAGIC
from repcheck.plugins.readers.docx import DocxReader
from repcheck.plugins.readers.legacy import LegacyReader, ole_kind
from repcheck.plugins.readers.odt import OdtReader
from repcheck.plugins.readers.pdf import PdfReader
from repcheck.plugins.readers.rtf import RtfReader
from tests.readers.test_docx_reader import make_docx, p

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "formats"
HEAD_BYTES = 8192  # what the engine passes to sniff()

READERS: list[Reader] = [DocxReader(), OdtReader(), PdfReader(), RtfReader(), LegacyReader()]


def pick(path: Path, data: bytes) -> Reader | None:
    """The registry's rule: the highest-priority reader whose sniff() accepts the content."""
    sniffed = [r for r in READERS if r.sniff(data[:HEAD_BYTES], path)]
    return max(sniffed, key=lambda r: r.priority) if sniffed else None


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        ("kip_perm_2024.docx", "docx"),
        ("kip_perm_2024_lo.docx", "docx"),
        ("kip_perm_2024.odt", "odt"),
        ("kip_perm_2024.pdf", "pdf"),
        ("kip_perm_2024.rtf", "rtf"),
        ("kip_perm_2024.doc", "legacy"),
        ("protected.pdf", "pdf"),
    ],
)
def test_each_corpus_file_is_claimed_by_exactly_one_reader(name: str, reader: str) -> None:
    path = CORPUS / name
    data = path.read_bytes()
    claims = [r.name for r in READERS if r.sniff(data[:HEAD_BYTES], path)]
    assert claims == [reader]


@pytest.mark.parametrize(
    ("source", "wrong_name", "reader"),
    [
        ("kip_perm_2024.docx", "report.pdf", "docx"),
        ("kip_perm_2024.pdf", "report.docx", "pdf"),
        ("kip_perm_2024.odt", "report.docx", "odt"),
        ("kip_perm_2024.rtf", "report.doc", "rtf"),
        ("kip_perm_2024.docx", "report", "docx"),
    ],
)
def test_wrong_extension_is_detected_by_content(
    tmp_path: Path, source: str, wrong_name: str, reader: str
) -> None:
    path = tmp_path / wrong_name
    shutil.copyfile(CORPUS / source, path)
    data = path.read_bytes()
    chosen = pick(path, data)
    assert chosen is not None and chosen.name == reader
    doc = chosen.read(path, data)
    assert doc.path == str(path)
    assert any(b.kind is BlockKind.HEADING and b.number == "1." for b in doc.blocks)


def test_docx_sniff_from_the_head_alone() -> None:
    """Without a readable path (e.g. bytes from a stream) the zip's local headers decide."""
    data = make_docx(p("текст"))
    missing = Path("/nonexistent/dir/x.bin")
    assert DocxReader().sniff(data[:HEAD_BYTES], missing)
    assert not OdtReader().sniff(data[:HEAD_BYTES], missing)


def test_a_plain_zip_is_not_a_document(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    assert pick(path, path.read_bytes()) is None


def test_ole_file_named_docx_goes_to_the_legacy_reader(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    encrypted = OLE_MAGIC + b"\0" * 512 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512
    path.write_bytes(encrypted)
    chosen = pick(path, encrypted)
    assert chosen is not None and chosen.name == "legacy"
    with pytest.raises(ReaderError) as err:
        chosen.read(path, encrypted)
    assert "паролем" in err.value.ru and "password" in err.value.en
    # Handed to the .docx reader directly, it says the same kind of thing.
    with pytest.raises(ReaderError) as err:
        DocxReader().read(path, encrypted)
    assert "защищён паролем" in err.value.ru


def test_ole_kinds() -> None:
    assert ole_kind((CORPUS / "kip_perm_2024.doc").read_bytes()) == "doc"
    assert ole_kind(OLE_MAGIC + "Workbook".encode("utf-16-le")) == "xls"
    assert ole_kind(OLE_MAGIC + "EncryptionInfo".encode("utf-16-le")) == "encrypted"
    assert ole_kind(OLE_MAGIC) == "unknown"


def test_legacy_without_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy, "find_soffice", lambda: None)
    data = (CORPUS / "kip_perm_2024.doc").read_bytes()
    with pytest.raises(ReaderError) as err:
        LegacyReader().read(CORPUS / "kip_perm_2024.doc", data)
    assert err.value.ru == "Старый формат .doc не поддерживается: сохраните файл как .docx"


@pytest.mark.skipif(legacy.find_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_legacy_doc_converted_in_a_temp_dir(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    shutil.copyfile(CORPUS / "kip_perm_2024.doc", path)
    before = sorted(tmp_path.iterdir())
    doc = LegacyReader().read(path, path.read_bytes())
    assert sorted(tmp_path.iterdir()) == before  # nothing written next to the input
    assert doc.format == "doc" and doc.path == str(path)
    numbers = [b.number for b in doc.blocks if b.kind is BlockKind.HEADING and b.number]
    assert numbers[:4] == ["1.", "2.", "2.1.", "2.2."]
    events = [b.table for b in doc.blocks if b.table][2]
    assert events.rows[0].cells[2].col_span == 2 and events.rows[1].cells[0].merged


def test_readers_do_not_write_next_to_the_input(tmp_path: Path) -> None:
    for name in ["kip_perm_2024.docx", "kip_perm_2024.pdf", "kip_perm_2024.odt", "kip_perm_2024.rtf"]:
        shutil.copyfile(CORPUS / name, tmp_path / name)
    before = sorted(tmp_path.iterdir())
    for path in before:
        chosen = pick(path, path.read_bytes())
        assert chosen is not None
        chosen.read(path, path.read_bytes())
    assert sorted(tmp_path.iterdir()) == before


@pytest.mark.parametrize("module", [docx, pdf, odt, rtf, legacy])
def test_plugin_hooks_return_readers(module: object) -> None:
    readers = module.repcheck_readers()  # type: ignore[attr-defined]
    assert len(readers) == 1 and isinstance(readers[0], Reader)
    assert readers[0].extensions and readers[0].name


def test_pdf_header_after_junk_bytes() -> None:
    data = b"\r\n junk" + (CORPUS / "mip_vologda_2023.pdf").read_bytes()
    assert PdfReader().sniff(data[:HEAD_BYTES], Path("x"))
    doc = PdfReader().read(Path("x.pdf"), data)
    assert doc.page_count == 2


def test_rtf_sniff_ignores_leading_whitespace() -> None:
    assert RtfReader().sniff(b"\n {\\rtf1\\ansi hello}", Path("x"))
    assert not RtfReader().sniff(b"{\\rtx", Path("x"))


REPORT_TEXT = "Отчёт о работе инновационной площадки за 2024 год\n1. Общие сведения\nШкола работает по проекту.\n"


@pytest.mark.parametrize("name", ["table.xls", "report.doc", "report.docx", "report.pdf", "report.odt"])
def test_text_named_as_another_format_is_not_read_as_a_report(tmp_path: Path, name: str) -> None:
    """A text file under a binary format's extension (a junk «.xls») is reported unread, not scored."""
    from repcheck.config import Config
    from repcheck.engine import run
    from repcheck.plugin_manager import build_registry

    path = tmp_path / name
    path.write_text(REPORT_TEXT, encoding="utf-8")
    reader = build_registry().reader_for(path, path.read_bytes()[:HEAD_BYTES])
    assert reader is not None and reader.name != "text"
    result = run([path], Config(cache=False), jobs=1, use_cache=False)
    fr = result.files[0]
    assert fr.error is not None and fr.findings == []


@pytest.mark.parametrize("name", ["report.txt", "report.md", "report", "report.weird"])
def test_text_under_a_text_or_unknown_extension_is_read_as_text(tmp_path: Path, name: str) -> None:
    from repcheck.plugin_manager import build_registry

    path = tmp_path / name
    path.write_text(REPORT_TEXT, encoding="utf-8")
    reader = build_registry().reader_for(path, path.read_bytes()[:HEAD_BYTES])
    assert reader is not None and reader.name == "text"


def test_legacy_reader_names_the_wrong_extension() -> None:
    with pytest.raises(ReaderError) as err:
        LegacyReader().read(Path("table.xls"), REPORT_TEXT.encode())
    assert "назван .xls" in err.value.ru and "named .xls" in err.value.en


# -- the registry's lazy readers (plugins/readers/builtin.py) ------------------------------------------


def _heads() -> list[tuple[str, bytes]]:
    """First bytes of every corpus file and of the edge cases sniffing must tell apart."""
    heads = [(p.name, p.read_bytes()[:HEAD_BYTES]) for p in sorted(CORPUS.iterdir()) if p.is_file()]
    heads += [
        ("empty", b""),
        ("utf-8 bom", "\ufeffОтчёт".encode("utf-8")),
        ("utf-16 bom", "Отчёт".encode("utf-16")),
        ("utf-16 without bom", "Отчёт о работе".encode("utf-16-le")),
        ("cp1251", "Отчёт о работе площадки".encode("cp1251")),
        ("binary", bytes(range(256)) * 4),
        ("pdf after junk", b"junk\r\n" + b"%PDF-1.7\n"),
        ("rtf after spaces", b"  \n{\\rtf1\\ansi hello}"),
        ("a zip that is neither", b"PK\x03\x04" + b"\x00" * 60),
        ("ole", OLE_MAGIC + b"\x00" * 100),
        ("%PDF without dash", b"%PDF1 is a word"),
    ]
    return heads


def test_lazy_readers_are_the_readers_themselves() -> None:
    from repcheck.plugins.readers import builtin, text

    real = {r.name: r for r in [*READERS, text.TextReader()]}
    lazy = {r.name: r for r in builtin.repcheck_readers()}
    assert set(lazy) == set(real)
    for name, reader in lazy.items():
        assert (reader.extensions, reader.priority) == (real[name].extensions, real[name].priority), name
        assert isinstance(reader.real(), type(real[name]))
    missing = Path("/nonexistent/report")
    for label, head in _heads():
        for name, reader in lazy.items():
            assert reader.sniff(head, missing) == real[name].sniff(head, missing), (label, name)

