"""Builders of hostile and broken inputs, written from scratch at test time (no binaries committed).

Small, dependency-free writers for the container formats: a .docx/.odt zip with chosen parts, a zip
whose entry claims gigabytes (built from one repeated deflate block, so it takes milliseconds), an
OLE compound file with chosen stream names, and a PDF with chosen objects and a computed xref.
"""

from __future__ import annotations

import io
import os
import random
import struct
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

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

# A short report: enough text for the structurer to find sections (and the rules to speak).
REPORT_PARAGRAPHS = [
    "Отчёт о деятельности региональной инновационной площадки за 2023 год",
    "МБОУ «Средняя общеобразовательная школа № 5»",
    "1. Общие сведения",
    "Тема проекта: Сетевое взаимодействие школ. Срок реализации: 2021–2024 гг.",
    "2. Результаты",
    "Проведено 12 семинаров для 240 педагогов, выпущено методическое пособие.",
]


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def w_p(text: str) -> str:
    return w_p_raw(xml_escape(text))


def w_p_raw(xml: str) -> str:
    """A paragraph whose text is given as XML (entity references stay references)."""
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{xml}</w:t></w:r></w:p>"


def w_table(rows: Iterable[Iterable[str]]) -> str:
    body = "".join("<w:tr>" + "".join(f"<w:tc>{w_p(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl>{body}</w:tbl>"


def w_nested_tables(depth: int, text: str = "ячейка") -> str:
    inner = w_p(text)
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}{w_p('')}</w:tc></w:tr></w:tbl>"  # a cell ends with a paragraph
    return inner


def document_xml(body: str, doctype: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<w:document xmlns:w="{W_NS}">'
        f"<w:body>{body}</w:body></w:document>"
    )


def report_body() -> str:
    return "".join(w_p(t) for t in REPORT_PARAGRAPHS)


def docx_bytes(
    body: str | None = None,
    *,
    document: str | None = None,
    extra: dict[str, bytes] | None = None,
    root_rels: str = ROOT_RELS,
) -> bytes:
    """A minimal .docx: `body` is the inner XML of w:body, or `document` the whole part."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", root_rels)
        zf.writestr("word/document.xml", document or document_xml(body if body is not None else report_body()))
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3"'
)


def odt_content(paragraphs: Iterable[str] = REPORT_PARAGRAPHS, doctype: str = "", raw: str = "") -> str:
    body = "".join(f"<text:p>{xml_escape(t)}</text:p>" for t in paragraphs) + raw
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<office:document-content {ODF_NS}>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )


def odt_bytes(content: str | None = None, mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first: the ODF rule
        zf.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="' + mimetype + '"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        zf.writestr("content.xml", content or odt_content())
    return buf.getvalue()


XXE_DOCTYPE = '<!DOCTYPE d [<!ENTITY xxe SYSTEM "{url}">]>'


def billion_laughs_doctype(levels: int = 10, fan: int = 10) -> str:
    ents = '<!ENTITY l0 "ха-ха">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * fan}">' for i in range(1, levels)
    )
    return f"<!DOCTYPE d [{ents}]>"


# -- zip bombs ------------------------------------------------------------------------------------


def _zeros_deflate(total: int, chunk: int = 1 << 20) -> bytes:
    """Raw deflate data of `total` zero bytes, by repeating one fully flushed block (fast)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(b"\0" * chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(b"\0" * chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    assert block == again  # a full flush resets the state: every chunk compresses alike
    return block * (total // chunk) + comp.flush(zlib.Z_FINISH)


def _zip_raw(entries: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip from (name, raw data, method, uncompressed size, crc); the sizes may lie."""
    out = io.BytesIO()
    central = []
    for name, raw, method, size, crc in entries:
        offset = out.tell()
        nb = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, len(raw), size, len(nb), 0))
        out.write(nb)
        out.write(raw)
        central.append(
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, crc, len(raw), size,
                        len(nb), 0, 0, 0, 0, 0, offset) + nb
        )
    cd_start = out.tell()
    for c in central:
        out.write(c)
    cd_size = out.tell() - cd_start
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), cd_size, cd_start, 0))
    return out.getvalue()


def _stored(name: str, data: bytes) -> tuple[str, bytes, int, int, int]:
    return (name, data, 0, len(data), zlib.crc32(data))


def zip_bomb_docx(gib: float = 2.0) -> bytes:
    """A .docx whose document.xml unpacks to `gib` GiB of zeros (declared honestly)."""
    total = int(gib * (1 << 30))
    raw = _zeros_deflate(total)
    return _zip_raw([
        _stored("[Content_Types].xml", CONTENT_TYPES.encode()),
        _stored("_rels/.rels", ROOT_RELS.encode()),
        ("word/document.xml", raw, 8, total, 0),  # the CRC is never reached: the size stops it
    ])  # fmt: skip


def ratio_bomb_docx(mb: int = 150) -> bytes:
    """Under the unpacked-size limit, but one part compresses more than 1000:1."""
    total = mb << 20
    return _zip_raw([
        _stored("[Content_Types].xml", CONTENT_TYPES.encode()),
        _stored("_rels/.rels", ROOT_RELS.encode()),
        ("word/document.xml", _zeros_deflate(total), 8, total, 0),
    ])  # fmt: skip


def lying_zip_docx() -> bytes:
    """document.xml declares 200 bytes unpacked but holds 64 MB: the headers lie."""
    xml = document_xml(report_body()).encode()
    data = xml + b" " * (64 << 20)
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    raw = comp.compress(data) + comp.flush()
    return _zip_raw([
        _stored("[Content_Types].xml", CONTENT_TYPES.encode()),
        _stored("_rels/.rels", ROOT_RELS.encode()),
        ("word/document.xml", raw, 8, 200, zlib.crc32(data)),
    ])  # fmt: skip


# -- OLE compound files -----------------------------------------------------------------------------

_FREE, _END, _FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def ole_bytes(streams: dict[str, bytes]) -> bytes:
    """A valid OLE2 compound file (v3, 512-byte sectors) holding `streams` in the root storage.

    Streams are padded to 4096 bytes so that all live in regular sectors (no mini stream). Enough
    for a password-protected .docx lookalike (EncryptionInfo + EncryptedPackage) or a fake .xls.
    """
    names = sorted(streams, key=lambda n: (len(n), n.upper()))  # the CFB order of siblings
    datas = [streams[n].ljust(4096, b"\0") for n in names]
    entries = 1 + len(names)
    dir_sectors = (entries * 128 + 511) // 512
    data_sectors = sum(len(d) // 512 for d in datas)
    fat_sectors = 1
    while (fat_sectors + dir_sectors + data_sectors) > fat_sectors * 128:
        fat_sectors += 1
    fat = [_FATSECT] * fat_sectors
    first_dir = len(fat)
    fat += [first_dir + i + 1 for i in range(dir_sectors - 1)] + [_END]
    starts = []
    for d in datas:
        n = len(d) // 512
        start = len(fat)
        starts.append(start)
        fat += [start + i + 1 for i in range(n - 1)] + [_END]
    fat += [_FREE] * (fat_sectors * 128 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        raw = (name + "\0").encode("utf-16-le")
        return (
            raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<III", _FREE, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
            + struct.pack("<IQ", start, size)
        )  # fmt: skip

    directory = entry("Root Entry", 5, 1 if names else _FREE, _FREE, _END, 0)
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else _FREE
        directory += entry(name, 2, _FREE, right, starts[i], len(streams[name]))
    directory = directory.ljust(dir_sectors * 512, b"\0")
    difat = list(range(fat_sectors)) + [_FREE] * (109 - fat_sectors)
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, fat_sectors, first_dir, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<109I", *difat)
    )  # fmt: skip
    assert len(header) == 512
    return header + struct.pack(f"<{len(fat)}I", *fat) + directory + b"".join(datas)


def encrypted_docx() -> bytes:
    """What Word writes for a password-protected .docx: an OLE file with the encrypted package."""
    info = struct.pack("<HHI", 4, 4, 0x40) + os.urandom(200)  # agile encryption header, then junk
    return ole_bytes({"EncryptionInfo": info, "EncryptedPackage": struct.pack("<Q", 9000) + os.urandom(9000)})


# -- PDF ---------------------------------------------------------------------------------------------


def pdf_bytes(objects: list[bytes], *, root: int = 1, xref: str = "good") -> bytes:
    """A PDF of numbered `objects` (1-based, without the "n 0 obj" wrapper).

    xref: "good" — a correct table; "bad-offsets" — every offset wrong; "garbage" — the table
    replaced with junk; "none" — no table and no trailer's startxref target.
    """
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    start = out.tell()
    if xref == "garbage":
        out.write(b"xref\n0 zz\nthis is not a cross-reference table\n")
    elif xref != "none":
        out.write(f"xref\n0 {len(objects) + 1}\n".encode())
        out.write(b"0000000000 65535 f \n")
        for off in offsets:
            if xref == "bad-offsets":
                off = (off * 7 + 13) % max(start, 1)
            out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{start}\n%%EOF\n".encode())
    return out.getvalue()


def _stream(data: bytes, extra: str = "") -> bytes:
    return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"


def text_pdf(lines: list[str] | None = None, xref: str = "good") -> bytes:
    """One page of Helvetica text (ASCII only: the standard fonts have no Cyrillic)."""
    lines = lines or [
        "Report of the innovation site for 2023",
        "1. General information",
        "The project ran from 2021 to 2024 in twelve schools of the region.",
        "2. Results",
        "Twelve seminars were held for 240 teachers.",
    ]
    ops = ["BT /F1 12 Tf 14 TL 72 760 Td"] + [f"({t}) '" for t in lines] + ["ET"]
    content = "\n".join(ops).encode("latin-1")
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
         b"/Resources << /Font << /F1 5 0 R >> >> >>"),
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ], xref=xref)  # fmt: skip


def scanned_pdf(pages: int = 2, seed: int = 7) -> bytes:
    """Pages that hold only a grey image, as a scanner writes them: no text layer at all."""
    rnd = random.Random(seed)
    w = h = 64
    pixels = zlib.compress(bytes(rnd.randrange(256) for _ in range(w * h)))
    objs: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    image = len(objs) + 1
    objs.append(_stream(pixels, f"/Type /XObject /Subtype /Image /Width {w} /Height {h} "
                                "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode "))
    content = len(objs) + 1
    objs.append(_stream(b"q 500 0 0 700 50 70 cm /Im1 Do Q"))
    for _ in range(pages):
        kids.append(len(objs) + 1)
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
            f"/Resources << /XObject << /Im1 {image} 0 R >> >> >>".encode()
        )
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {pages} >>".encode()
    return pdf_bytes(objs)


def page_tree_cycle_pdf() -> bytes:
    """A page tree whose /Kids point back at the tree itself."""
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
    ])  # fmt: skip


# -- files on disk ------------------------------------------------------------------------------------


def random_bytes(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def sparse_file(path: Path, size: int, head: bytes = b"") -> Path:
    """A file of `size` bytes that takes no disk space past `head` (a hole)."""
    with path.open("wb") as fh:
        fh.write(head)
        fh.truncate(size)
    return path


def streamed_text_file(path: Path, size: int, line: str) -> Path:
    """A real text file of about `size` bytes, written in 1 MB pieces (never whole in memory)."""
    piece = (line * (1 + (1 << 20) // len(line.encode()))).encode()
    with path.open("wb") as fh:
        written = 0
        while written < size:
            fh.write(piece)
            written += len(piece)
    return path


# -- PDF bombs and loops ------------------------------------------------------------------------------


def zlib_zeros(total: int) -> bytes:
    """A zlib stream (as /FlateDecode wants) of `total` zero bytes, built fast."""
    comp = zlib.compressobj(9)
    head = comp.compress(b"")  # nothing yet: the header comes with the first flush
    block = comp.compress(b"\0" * (1 << 20)) + comp.flush(zlib.Z_FULL_FLUSH)
    header, body = (head + block)[:2], (head + block)[2:]
    again = comp.compress(b"\0" * (1 << 20)) + comp.flush(zlib.Z_FULL_FLUSH)
    assert again == body  # every further megabyte compresses alike
    n = total >> 20
    tail = comp.flush(zlib.Z_FINISH)[:-4]
    return header + body * n + tail + zlib.adler32(b"\0" * 0).to_bytes(4, "big")  # checksum not checked


def _page_pdf(content_ref: bytes, extra: list[bytes]) -> bytes:
    """Catalog, one-page tree, a page whose /Contents is `content_ref`, then `extra` objects (4, 5, …)."""
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + content_ref
        + b" /Resources << /Font << /F1 5 0 R >> >> >>",
        *extra,
    ])  # fmt: skip


_HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_bomb(gib: float = 2.0) -> bytes:
    """A page whose content stream inflates to `gib` GiB of zeros (about 2 MB on disk)."""
    return _page_pdf(b"4 0 R", [_stream(zlib_zeros(int(gib * (1 << 30))), "/Filter /FlateDecode "), _HELVETICA])


def pdf_chain_bomb() -> bytes:
    """Two Flate layers: 200 KB → 200 MB → 200 GB would be the third... the outer layer alone is
    modest, the inner one (zeros compressed again) is the bomb: [/FlateDecode /FlateDecode]."""
    inner = zlib_zeros(1 << 30)  # 1 GiB of zeros, ~1 MB
    outer = zlib.compress(inner * 4, 9)  # ~4 MB of inner data compressed again: small
    return _page_pdf(b"4 0 R", [_stream(outer, "/Filter [/FlateDecode /FlateDecode] "), _HELVETICA])


def pdf_objstm_bomb() -> bytes:
    """An object stream (where PDF 1.5 keeps its dictionaries) that inflates to 2 GiB."""
    return _page_pdf(b"6 0 R", [
        _stream(zlib_zeros(2 << 30), "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode "),
        _HELVETICA,
        _stream(b"BT /F1 12 Tf 72 760 Td (Report) Tj ET"),
    ])  # fmt: skip


def pdf_self_contents() -> bytes:
    """The 400-byte loop: /Contents 4 0 R, and object 4's value is `4 0 R` (pdfminer's resolve1
    follows it for ever)."""
    return _page_pdf(b"4 0 R", [b"4 0 R", _HELVETICA])


def pdf_contents_array_loop() -> bytes:
    """/Contents is an array that holds itself."""
    return _page_pdf(b"4 0 R", [b"[4 0 R]", _HELVETICA])


def pdf_alias_ring() -> bytes:
    """/Length of the content stream is 6 0 R; 6 → 7 → 6: a ring of references."""
    return _page_pdf(b"4 0 R", [
        b"<< /Length 6 0 R >>\nstream\nBT /F1 12 Tf 72 760 Td (Report) Tj ET\nendstream",
        _HELVETICA, b"7 0 R", b"6 0 R",
    ])  # fmt: skip


def pdf_parent_loop() -> bytes:
    """A page whose /Parent chain goes round: page → node 4 → node 5 → node 4."""
    return pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 595 842] /Contents 6 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 5 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 /Parent 4 0 R >>",
        _stream(b"BT /F1 12 Tf 72 760 Td (Report) Tj ET"),
    ])  # fmt: skip


# -- big but inside the size limits ---------------------------------------------------------------------


def million_lines_txt(path: Path, lines: int = 1_000_000) -> Path:
    """A million short numbered lines (9 characters each, 10 MB): under limits.max-chars, ten
    times limits.max-blocks. Written in pieces."""
    with path.open("wb") as fh:
        for start in range(0, lines, 100_000):
            fh.write("".join(f"п.{i:06d}\n" for i in range(start, min(lines, start + 100_000))).encode())
    return path


def one_line_txt(path: Path, size: int = 95 << 20) -> Path:
    """`size` bytes of prose without a single line break, written in 1 MB pieces."""
    word = "инновационная площадка провела семинар для педагогов района; "
    piece = (word * ((1 << 20) // len(word.encode()))).encode()
    with path.open("wb") as fh:
        written = 0
        while written < size:
            fh.write(piece[: size - written])
            written += min(len(piece), size - written)
    return path


def nested_tables_docx(xml_mb: int = 190, depth: int = 30, seed: int = 5) -> bytes:
    """A .docx whose document.xml is `xml_mb` MB of tables nested `depth` deep (within the nesting
    guard), each cell's text a few random letters so that the part packs about 100:1 — under
    limits.max-compression-ratio and limits.max-uncompressed-mb."""
    rnd = random.Random(seed)
    letters = "абвгдежзиклмнопрстуфхцчшщыэюя"
    open_ = "<w:tbl><w:tr><w:tc>"
    close = "</w:tc></w:tr></w:tbl>"
    head = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'
            + report_body()).encode()
    tail = b"</w:body></w:document>"
    comp = zlib.compressobj(6, zlib.DEFLATED, -15)
    crc = zlib.crc32(head)
    raw = [comp.compress(head)]
    size = len(head)
    while size < xml_mb << 20:
        cells = "".join(f"{open_}<w:p><w:r><w:t>{''.join(rnd.choices(letters, k=3))}</w:t></w:r></w:p>"
                        for _ in range(depth))
        unit = (cells + "<w:p/>" + close * depth).encode()
        chunk = unit * 50
        crc = zlib.crc32(chunk, crc)
        raw.append(comp.compress(chunk))
        size += len(chunk)
    crc = zlib.crc32(tail, crc)
    raw.append(comp.compress(tail))
    raw.append(comp.flush())
    size += len(tail)
    return _zip_raw([
        _stored("[Content_Types].xml", CONTENT_TYPES.encode()),
        _stored("_rels/.rels", ROOT_RELS.encode()),
        ("word/document.xml", b"".join(raw), 8, size, crc),
    ])  # fmt: skip
