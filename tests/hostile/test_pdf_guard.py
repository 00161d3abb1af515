"""The PDF pre-check (repcheck.plugins.readers.pdf_guard): the decoded-bytes budget at its
boundary, what it counts and what not, its piecewise decoders against pdfminer's, and loops
found in object streams and page trees — without refusing sound files."""

from __future__ import annotations

import base64
import zlib
from pathlib import Path

import pytest

from repcheck import limits
from repcheck.config import Limits
from repcheck.plugins.readers import pdf_guard
from repcheck.plugins.readers.pdf import read_pdf_bytes
from repcheck.plugins.readers.pdf_guard import check_pdf
from repcheck.reader import ReaderError
from tests.hostile import builders as b
from tests.hostile.catalogue import CORPUS

MB = 1 << 20
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _page_with(stream: bytes, extra: list[bytes] | None = None) -> bytes:
    return b.pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> "
        b"/XObject << /Im1 6 0 R >> >> >>",
        stream, FONT, *(extra or []),
    ])  # fmt: skip


def _flate(n: int) -> bytes:
    return b._stream(zlib.compress(b" " * n, 9), "/Filter /FlateDecode ")


@pytest.mark.parametrize(("decoded", "ok"), [(MB - 1, True), (MB, True), (MB + 1, False)])
def test_the_decoded_budget_at_its_boundary(decoded: int, ok: bool) -> None:
    data = _page_with(_flate(decoded))
    with limits.applied(Limits(max_decoded_mb=1)):
        if ok:
            check_pdf(data)
        else:
            with pytest.raises(ReaderError, match=r"limits\.max-decoded-mb = 1 МБ"):
                check_pdf(data)


def test_the_budget_is_per_file_over_all_streams() -> None:
    half = _flate(MB // 2 + 1)
    data = _page_with(half, [half])  # two streams of just over half a megabyte each
    with limits.applied(Limits(max_decoded_mb=1)), pytest.raises(ReaderError, match="max-decoded-mb"):
        check_pdf(data)


def test_images_are_not_decoded_unless_a_page_draws_them_as_contents() -> None:
    image = b._stream(b.zlib_zeros(200 * MB), "/Type /XObject /Subtype /Image /Width 10240 /Height 20480 "
                                             "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode ")
    content = b._stream(b"BT /F1 12 Tf 72 760 Td (Report of the site) Tj ET q 500 0 0 700 50 70 cm /Im1 Do Q")
    check_pdf(_page_with(content, [image]))  # pdfminer keeps an image's raw bytes: nothing to count
    disguised = _page_with(content, [image]).replace(b"/Contents 4 0 R", b"/Contents 6 0 R")
    with pytest.raises(ReaderError, match="max-decoded-mb"):
        check_pdf(disguised)  # named as the page's contents: decoded by the backend, so counted


def test_a_chain_of_filters_is_counted_stage_by_stage() -> None:
    inner = b.zlib_zeros(300 * MB)
    stream = b._stream(base64.a85encode(inner, adobe=True)[2:], "/Filter [/ASCII85Decode /FlateDecode] ")
    with pytest.raises(ReaderError, match="max-decoded-mb"):
        check_pdf(_page_with(stream))


def _decoded(decoder, data: bytes) -> bytes:  # noqa: ANN001
    return b"".join(decoder(pdf_guard._pieces(data, 1000)))


def test_the_piecewise_decoders_agree_with_pdfminers() -> None:
    from pdfminer.ascii85 import asciihexdecode
    from pdfminer.lzw import lzwdecode
    from pdfminer.runlength import rldecode

    sample = (REPORT := (CORPUS / "text" / "kip-annual-defects.txt").read_bytes())[:20000] + bytes(range(256)) * 8
    assert _decoded(pdf_guard._inflate, zlib.compress(sample)) == sample
    a85 = base64.a85encode(sample, adobe=True)[2:]  # pdf streams carry no "<~"
    assert _decoded(pdf_guard._a85, a85) == base64.a85decode(a85, adobe=True, ignorechars=b" \t\n\r\x0b")
    hexed = sample.hex().encode() + b">"
    assert _decoded(pdf_guard._ahx, hexed) == asciihexdecode(hexed) == sample
    rl = bytes([2]) + b"abc" + bytes([256 - 5]) + b"z" + bytes([0]) + b"q" + bytes([128])
    assert _decoded(pdf_guard._runlength, rl) == rldecode(rl)
    lzw = bytes.fromhex("800B6050220C0C8501")  # the PDF Reference's example
    assert _decoded(pdf_guard._lzw, lzw) == lzwdecode(lzw) == b"-----A---B"
    for name in ("LZWDecode", "RunLengthDecode", "ASCII85Decode", "FlateDecode"):  # damaged data: no crash
        check_pdf(_page_with(b._stream(zlib.compress(REPORT)[::-1], f"/Filter /{name} ")))


def _objstm_pdf(objects: dict[int, bytes], content: bytes) -> bytes:
    """Objects 1–3 (catalog, pages, page) inside an object stream (object 6), no xref table."""
    offsets, body = [], b""
    for num, value in objects.items():
        offsets.append(f"{num} {len(body)}")
        body += value + b"\n"
    header = " ".join(offsets).encode() + b"\n"
    objstm = zlib.compress(header + body)
    return b.pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",  # placeholders: the object stream's own take precedence
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"null",
        b._stream(content),
        FONT,
        b._stream(objstm, f"/Type /ObjStm /N {len(objects)} /First {len(header)} /Filter /FlateDecode ".encode().decode()),
    ], xref="none").replace(b"3 0 obj\nnull", b"7 0 obj\nnull")


def test_a_pdf_with_object_streams_passes_and_reads() -> None:
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>")
    content = b"BT /F1 12 Tf 14 TL 72 760 Td (Report of the innovation site for 2023) ' (Twelve seminars held) ' ET"
    data = _objstm_pdf({3: page}, content)
    check_pdf(data)
    doc = read_pdf_bytes(Path("objstm.pdf"), data)
    assert "Twelve seminars" in " ".join(bl.text for bl in doc.blocks)


def test_a_loop_inside_an_object_stream_is_found() -> None:
    data = _objstm_pdf({3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 8 0 R >>",
                        8: b"9 0 R", 9: b"8 0 R"}, b"BT ET")
    with pytest.raises(ReaderError, match="по кругу"):
        check_pdf(data)


def test_a_shared_page_is_no_loop_and_pdfminer_reads_it() -> None:
    data = b.text_pdf().replace(b"/Kids [3 0 R] /Count 1", b"/Kids [3 0 R 3 0 R] /Count 2")
    check_pdf(data)
    assert read_pdf_bytes(Path("shared.pdf"), data).blocks


@pytest.mark.parametrize("build", [b.page_tree_cycle_pdf, b.pdf_parent_loop, b.pdf_self_contents,
                                   b.pdf_contents_array_loop, b.pdf_alias_ring])
def test_each_kind_of_loop_is_named(build) -> None:  # noqa: ANN001
    with pytest.raises(ReaderError) as err:
        check_pdf(build())
    assert err.value.ru.startswith("Повреждённый PDF: объекты ссылаются друг на друга по кругу")
    assert any(ch.isdigit() for ch in err.value.ru) and "in a loop" in err.value.en  # the objects named


def test_sound_pdfs_pass_unchanged() -> None:
    for path in sorted((CORPUS / "formats").glob("*.pdf")) + sorted((CORPUS / "blind").rglob("*.pdf"))[:8]:
        check_pdf(path.read_bytes())  # the protected one too: its streams are decrypted first


def test_an_absurd_number_of_objects_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_guard, "MAX_OBJECTS", 5)
    check_pdf(b.text_pdf())  # five objects
    with pytest.raises(ReaderError, match="больше 5 объектов"):
        check_pdf(b.scanned_pdf(pages=3))


def test_a_pdf_restricted_by_an_owner_password_is_decrypted_and_counted(tmp_path: Path) -> None:
    """Permissions only (printing, copying), no password to open: pdfminer reads it with the empty
    password, so the pre-check decrypts its streams the same way before counting them."""
    import subprocess

    from repcheck.plugins.readers.legacy import find_soffice

    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice makes the encrypted PDF")
    src = tmp_path / "report.docx"
    src.write_bytes((CORPUS / "formats" / "kip_perm_2024.docx").read_bytes())
    options = ('pdf:writer_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},'
               '"PermissionPassword":{"type":"string","value":"owner-only"}}')
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", options, "--outdir", str(tmp_path), str(src)],
                   capture_output=True, timeout=180, check=False)  # fmt: skip
    data = (tmp_path / "report.pdf").read_bytes()
    assert b"/Encrypt" in data
    check_pdf(data)
    assert read_pdf_bytes(Path("report.pdf"), data).blocks
    with limits.applied(Limits(max_decoded_mb=0.05)), pytest.raises(ReaderError, match="max-decoded-mb"):
        check_pdf(data)  # ~100 KB once decrypted; undecrypted, its streams would not inflate at all
