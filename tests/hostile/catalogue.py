"""The catalogue of broken and hostile inputs: each case builds its file(s) in a folder and says
how repcheck must end on it — a normal report, or an error whose Russian text contains given words.

Cases that need the file system's help (symlinks, a named pipe, a file deleted or unreadable
during the run) build what they can here; the tests add the rest (see test_catalogue.py).
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile import builders as b

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
GOOD_TEXT = CORPUS / "text" / "kip-annual-defects.txt"
GOOD_DOCX = CORPUS / "formats" / "kip_perm_2024.docx"
GOOD_PDF = CORPUS / "formats" / "kip_perm_2024.pdf"
GOOD_ODT = CORPUS / "formats" / "kip_perm_2024.odt"
LEGACY_DOC = CORPUS / "formats" / "kip_perm_2024.doc"
PROTECTED_PDF = CORPUS / "formats" / "protected.pdf"

REPORT_TEXT = GOOD_TEXT.read_text(encoding="utf-8")
REPORT_LINES = [ln for ln in REPORT_TEXT.splitlines() if ln.strip()][:40]

REPORT = "report"  # a normal report: no error, the file read and checked
ERROR = "error"  # a clear error entry


@dataclass(frozen=True)
class Case:
    id: str
    description: str  # what the input is
    build: Callable[[Path], Path]  # writes the input into a folder, returns its path
    expect: str  # REPORT or ERROR
    words: tuple[str, ...] = ()  # words the Russian error must contain (lower-case compare)
    limits: dict = field(default_factory=dict)  # [limits] overrides for this case
    # Wall-clock budget of the check: generous on purpose (a slow, busy CI machine must pass);
    # it catches a hang, not a slowdown. Speed is measured in benchmarks/, not here.
    seconds: float = 30.0
    memory_mb: int = 500  # address space the check may add (issue 12: under 500 MB whatever the file holds)
    batch: bool = True  # part of the mixed good-and-bad batch runs
    needs_soffice: bool = False
    behaviour: str = ""  # what repcheck does, for the catalogue note

    @property
    def name(self) -> str:
        return self.build.__name__  # type: ignore[attr-defined]


def _writer(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        p = folder / name
        p.write_bytes(data() if callable(data) else data)
        return p

    build.__name__ = name
    return build


def _copy(name: str, src: Path, cut: float | None = None) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        p = folder / name
        data = src.read_bytes()
        p.write_bytes(data[: int(len(data) * cut)] if cut else data)
        return p

    build.__name__ = name
    return build


def _file(name: str, make: Callable[[Path], Path]) -> Callable[[Path], Path]:
    """A builder that writes a big input itself, in pieces (`make(path)`)."""

    def build(folder: Path) -> Path:
        return make(folder / name)

    build.__name__ = name
    return build


def _text(name: str, text: str | Callable[[], bytes], encoding: str = "utf-8") -> Callable[[Path], Path]:
    return _writer(name, text if callable(text) else text.encode(encoding, errors="replace"))


# -- builders of particular cases ------------------------------------------------------------------


def _mixed_encodings() -> bytes:
    half = len(REPORT_LINES) // 2
    first = "\n".join(REPORT_LINES[:half]).encode("utf-8")
    second = "\n".join(REPORT_LINES[half:]).encode("cp1251")
    return first + b"\n" + second + b"\n"


def _control_and_rtl() -> bytes:
    marks = "\u200f\u202e\u2066\u200b\x07\x1b[31m"  # RLM, RLO, isolate, ZWSP, BEL, an ANSI escape
    lines = [f"{marks}{ln}\u202c{chr(0x08)}" if i % 3 == 0 else ln for i, ln in enumerate(REPORT_LINES)]
    lines.insert(5, "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627")  # Hebrew and Arabic words
    return "\n".join(lines).encode("utf-8") + b"\x0c\x7f\n"


def _nul_inside() -> bytes:
    return REPORT_TEXT.encode("utf-8")[:3000] + b"\x00\x00\x00" + b"\x01\x02\x03" * 100


def _long_line() -> bytes:
    word = "инновационная площадка провела семинар 12.03.2021 для 240 педагогов; "
    return (word * (10 * 1024 * 1024 // len(word.encode()))).encode("utf-8")


def _rows_tsv(n: int = 20_000) -> bytes:
    head = "\n".join(REPORT_LINES[:12]) + "\n\n№\tМероприятие\tСроки\tРезультат\n"
    rows = "".join(f"{i}\tСеминар для педагогов № {i}\tмарт 2023\tпроведён, {i % 90 + 10} участников\n"
                   for i in range(1, n + 1))
    return (head + rows).encode("utf-8")


def _rows_docx(n: int = 20_000) -> bytes:
    rows = [["№", "Мероприятие", "Сроки", "Результат"]] + [
        [str(i), f"Семинар для педагогов № {i}", "март 2023", f"проведён, {i % 90 + 10} участников"]
        for i in range(1, n + 1)
    ]
    return b.docx_bytes(b.report_body() + b.w_table(rows))


def _many_blocks() -> bytes:
    return "\n\n".join(f"Абзац номер {i}." for i in range(3000)).encode("utf-8")


def _xxe_docx(url: str) -> Callable[[], bytes]:
    def build() -> bytes:
        xml = b.document_xml(b.report_body() + b.w_p_raw("до &xxe; после"), b.XXE_DOCTYPE.format(url=url))
        return b.docx_bytes(document=xml)

    return build


def _laughs_docx() -> bytes:
    return b.docx_bytes(document=b.document_xml(b.report_body() + b.w_p_raw("&l9;"), b.billion_laughs_doctype()))


def _xxe_odt(url: str) -> Callable[[], bytes]:
    def build() -> bytes:
        return b.odt_bytes(b.odt_content(doctype=b.XXE_DOCTYPE.format(url=url), raw="<text:p>до &xxe; после</text:p>"))

    return build


def _laughs_odt() -> bytes:
    return b.odt_bytes(b.odt_content(doctype=b.billion_laughs_doctype(), raw="<text:p>&l9;</text:p>"))


def _xxe_rels() -> bytes:
    rels = b.ROOT_RELS.replace("<Relationships", '<!DOCTYPE r [<!ENTITY t SYSTEM "file:///etc/hostname">]><Relationships', 1)
    rels = rels.replace('Target="word/document.xml"', 'Target="&t;"')
    return b.docx_bytes(root_rels=rels.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0"?>'))


def _docx_plain_zip() -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "не документ")
    return buf.getvalue()


def _fake_xls() -> bytes:
    return b.ole_bytes({"Workbook": b.random_bytes(6000, 11)})


def _big_sparse(folder: Path) -> Path:
    return b.sparse_file(folder / "big-200mb.txt", 200 << 20, REPORT_TEXT.encode("utf-8"))


def _spaces_cyrillic_quotes(folder: Path) -> Path:
    p = folder / "Отчёт школы № 5 «Ёлочка» 'ред' \"финал\".txt"
    p.write_text(REPORT_TEXT, encoding="utf-8")
    return p


def _leading_dash_name(folder: Path) -> Path:
    p = folder / "-rf --help.txt"
    p.write_text(REPORT_TEXT, encoding="utf-8")
    return p


def _symlink_to_report(folder: Path) -> Path:
    outside = folder.parent / "outside-the-folder"
    outside.mkdir(exist_ok=True)
    target = outside / "real-report.txt"
    target.write_text(REPORT_TEXT, encoding="utf-8")
    link = folder / "symlink-to-report.txt"
    link.symlink_to(target)
    return link


def _dangling_symlink(folder: Path) -> Path:
    link = folder / "dangling-symlink.txt"
    link.symlink_to(folder / "no-such-file.txt")
    return link


def _symlink_loop(folder: Path) -> Path:
    a, c = folder / "loop-a.txt", folder / "loop-b.lnk"  # the second is not a report name: one entry
    a.symlink_to(c)
    c.symlink_to(a)
    return a


def _fifo(folder: Path) -> Path:
    p = folder / "named-pipe.txt"
    os.mkfifo(p)
    return p


def _not_utf8_name(folder: Path) -> Path:
    """A name unpacked from a Windows zip: cp1251 bytes, not UTF-8 (Python decodes them with
    surrogate escapes)."""
    p = folder / os.fsdecode("Отчёт школы".encode("cp1251") + b".txt")
    p.write_text(REPORT_TEXT, encoding="utf-8")
    return p


def _escape_sequence_name(folder: Path) -> Path:
    p = folder / "x\x1b]0;PWNED\x07\x1b[2J\x1b[1A\x9b31m.txt"  # OSC title, clear screen, cursor up, 8-bit CSI
    p.write_text(REPORT_TEXT, encoding="utf-8")
    return p


def _one_nul() -> bytes:
    data = REPORT_TEXT.encode("utf-8")
    cut = data.index(b"\n", len(data) // 2) + 1  # between two lines, past the sniffed head
    return data[:cut] + b"\x00" + data[cut:]


def _stray_controls() -> bytes:
    data = REPORT_TEXT.encode("utf-8")
    lines = data.split(b"\n")
    for i, junk in zip(range(3, len(lines), 9), (b"\x01", b"\x00", b"\x08", b"\x1f", b"\x7f", b"\x02")):
        lines[i] = lines[i] + junk  # a few stray bytes at line ends, as a damaged save leaves them
    return b"\n".join(lines)


def _deep_rtf() -> bytes:
    return b"{\\rtf1\\ansi " + b"{" * 100_000 + b"text" + b"}" * 100_000 + b"}"


def _rtf_huge_itap() -> bytes:
    return b"{\\rtf1\\ansi\\itap999999999 \\intbl x\\nestcell\\nestrow\\cell\\row}"


# -- the catalogue -------------------------------------------------------------------------------------

RANDOM_EXTS = (".txt", ".md", ".docx", ".odt", ".ods", ".pdf", ".rtf", ".doc", ".xls")

CASES: list[Case] = [
    Case("empty-txt", "0-byte .txt", _writer("empty.txt", b""), ERROR, ("пуст",),
         behaviour="«Файл пуст: в нём нет текста.»"),
    Case("empty-docx", "0-byte .docx", _writer("empty.docx", b""), ERROR, ("не файл .docx",),
         behaviour="«Это не файл .docx (не zip-архив Office Open XML)»"),
    Case("empty-pdf", "0-byte .pdf", _writer("empty.pdf", b""), ERROR, ("не pdf",),
         behaviour="«Это не PDF-файл»"),
    Case("blank-txt", "only spaces, tabs and blank lines", _text("blank.txt", " \t\n\n\u00a0\n" * 50), ERROR,
         ("пуст",), behaviour="«Файл пуст: в нём нет текста.»"),
    *[
        Case(f"random{ext}", f"64 KB of random bytes named *{ext}",
             _writer(f"random{ext}", b.random_bytes(65536, seed=i)), ERROR, (),
             behaviour="an error of the reader the extension picks (not text / not a zip / not a PDF / not RTF / not OLE)")
        for i, ext in enumerate(RANDOM_EXTS)
    ],
    Case("truncated-docx", "a real .docx cut in half", _copy("truncated.docx", GOOD_DOCX, 0.5), ERROR,
         ("повреждён",), behaviour="«Файл повреждён: это не zip-архив Office» (no central directory)"),
    Case("truncated-pdf", "a real .pdf cut in half", _copy("truncated.pdf", GOOD_PDF, 0.5), ERROR,
         ("повреждённый pdf",),
         behaviour="«Повреждённый PDF: файл обрезан или испорчен (PSEOF: Unexpected EOF)» (after a retry "
                   "that rebuilds the xref by scanning)"),
    Case("zip-bomb-docx", ".docx whose document.xml unpacks to 2 GiB (2 MB file)",
         _writer("zip-bomb.docx", lambda: b.zip_bomb_docx(2.0)), ERROR, ("max-uncompressed-mb",),
         behaviour="rejected from the zip directory before unpacking: names limits.max-uncompressed-mb"),
    Case("ratio-bomb-docx", ".docx with a 150 MB part packed 1000:1",
         _writer("ratio-bomb.docx", lambda: b.ratio_bomb_docx(150)), ERROR, ("max-compression-ratio",),
         behaviour="rejected before unpacking: names limits.max-compression-ratio"),
    Case("lying-zip-docx", ".docx whose document.xml claims 200 bytes but holds 64 MB",
         _writer("lying-sizes.docx", b.lying_zip_docx), ERROR, ("повреждён",),
         behaviour="unpacking stops at the declared size; the checksum fails: «Повреждённый файл …»"),
    Case("xxe-docx", "document.xml with an external entity (file:///etc/passwd)",
         _writer("xxe-file.docx", _xxe_docx("file:///etc/passwd")), REPORT,
         behaviour="normal report; the entity is not resolved (its text is dropped, the file is not opened)"),
    Case("xxe-http-docx", "document.xml with an external entity on http://127.0.0.1",
         _writer("xxe-http.docx", _xxe_docx("http://127.0.0.1:9/secret")), REPORT,
         behaviour="normal report; no network access"),
    Case("xxe-rels-docx", "_rels/.rels with an external entity in an attribute",
         _writer("xxe-rels.docx", _xxe_rels), ERROR, ("сущност",),
         behaviour="libxml2 refuses an external entity in an attribute: «Файл отклонён: в части _rels/.rels "
                   "объявления сущностей XML (DTD)…»"),
    Case("laughs-docx", "document.xml with a billion-laughs entity bomb (10^9 expansions)",
         _writer("billion-laughs.docx", _laughs_docx), ERROR, ("сущност",), seconds=30,
         behaviour="refused in milliseconds by libxml2's amplification guard, nothing expanded: «Файл "
                   "отклонён: в части word/document.xml объявления сущностей XML (DTD)…»"),
    Case("xxe-odt", "content.xml with an external entity (file:///etc/passwd)",
         _writer("xxe-file.odt", _xxe_odt("file:///etc/passwd")), REPORT,
         behaviour="normal report; the entity is not resolved"),
    Case("laughs-odt", "content.xml with a billion-laughs entity bomb (small document)",
         _writer("billion-laughs.odt", _laughs_odt), ERROR, ("сущност",), seconds=30,
         behaviour="libxml2's amplification guard stops the parse: «Файл отклонён: … объявления сущностей XML "
                   "(DTD)…» (nothing is expanded either way)"),
    Case("encrypted-docx", "password-protected .docx (OLE container with EncryptionInfo/EncryptedPackage)",
         _writer("encrypted.docx", b.encrypted_docx), ERROR, ("паролем",),
         behaviour="«Файл защищён паролем: снимите пароль и сохраните файл как .docx»"),
    Case("encrypted-pdf", "password-protected .pdf", _copy("protected.pdf", PROTECTED_PDF), ERROR, ("паролем",),
         behaviour="«PDF защищён паролем: снимите защиту или приложите файл без пароля»"),
    Case("legacy-doc-as-docx", "a Word 97 .doc renamed to .docx", _copy("legacy-doc-renamed.docx", LEGACY_DOC),
         REPORT, seconds=60, batch=False, needs_soffice=True,
         behaviour="recognised by content (OLE), converted with LibreOffice in a temp dir, normal report "
                   "(without LibreOffice: «Старый формат .doc не поддерживается: сохраните файл как .docx»)"),
    Case("xls-as-docx", "an OLE workbook (Workbook stream, damaged BIFF) renamed to .docx",
         _writer("xls-renamed.docx", _fake_xls), ERROR, ("libreoffice",), seconds=60, batch=False,
         needs_soffice=True,
         behaviour="recognised as .xls by content and handed to LibreOffice in a temp dir; it cannot open "
                   "it: «LibreOffice не смог открыть файл (повреждён или защищён паролем); сохраните его как "
                   ".docx» (a sound .xls converts to .ods and is read as a table when LibreOffice Calc is "
                   "installed)"),
    Case("scanned-pdf", "a .pdf whose pages hold only an image", _writer("scanned.pdf", b.scanned_pdf), ERROR,
         ("текстового слоя",), behaviour="«В PDF нет текстового слоя (скан); нужно распознавание (OCR)…»"),
    Case("bad-xref-pdf", "a .pdf whose xref offsets are all wrong",
         _writer("bad-xref.pdf", lambda: b.text_pdf(xref="bad-offsets")), ERROR, ("повреждённый pdf",),
         behaviour="retried with the xref rebuilt by scanning, still no catalogue: «Повреждённый PDF: файл "
                   "обрезан или испорчен (PDFSyntaxError: No /Root object!…)»"),
    Case("garbage-xref-pdf", "a .pdf whose xref table is junk",
         _writer("garbage-xref.pdf", lambda: b.text_pdf(xref="garbage")), REPORT,
         behaviour="pdfminer falls back to scanning the objects: normal report"),
    Case("page-cycle-pdf", "a .pdf whose page tree points back at itself",
         _writer("page-tree-cycle.pdf", b.page_tree_cycle_pdf), ERROR, ("повреждённый pdf",),
         behaviour="«Повреждённый PDF: …», no endless recursion"),
    Case("nested-tables-docx", "tables nested 40 deep in a .docx", _writer(
        "nested-40.docx", lambda: b.docx_bytes(b.report_body() + b.w_nested_tables(40))), ERROR, ("вложены",),
         behaviour="«таблицы вложены друг в друга глубже 32 уровней (…)»"),
    Case("nested-tables-docx-300", "tables nested 300 deep (past libxml2's depth limit)", _writer(
        "nested-300.docx", lambda: b.docx_bytes(b.report_body() + b.w_nested_tables(300))), ERROR, ("вложен",),
         behaviour="the XML parser refuses the depth: a clear error about nesting"),
    Case("rows-20000-docx", "a .docx table of 20,000 rows, timeout-seconds = 4", _writer("rows-20000.docx", _rows_docx),
         ERROR, ("timeout-seconds",), limits={"timeout-seconds": 4}, seconds=30, batch=False,
         behaviour="read in about a second; the whole check takes ~25 s on the CI machine (rules, linear), so "
                   "with a 4 s limit it is stopped: «проверка файла остановлена: она шла дольше 4 с — больше "
                   "предела limits.timeout-seconds…»; with the default limit (120 s) a normal report"),
    Case("rows-20000-txt", "a tab-separated table of 20,000 rows, timeout-seconds = 4",
         _writer("rows-20000.txt", _rows_tsv), ERROR, ("timeout-seconds",), limits={"timeout-seconds": 4},
         seconds=30, batch=False,
         behaviour="as the .docx: stopped at 4 s with the limit's message; a normal report with the default"),
    Case("many-blocks", "3,000 paragraphs with max-blocks = 1000", _writer("many-blocks.txt", _many_blocks), ERROR,
         ("max-blocks",), limits={"max-blocks": 1000},
         behaviour="names limits.max-blocks and the line to raise it"),
    Case("many-cells", "3,000-row table with max-cells = 10000", _writer("many-cells.txt", lambda: _rows_tsv(3000)),
         ERROR, ("max-cells",), limits={"max-cells": 10000},
         behaviour="names limits.max-cells and the line to raise it"),
    Case("big-200mb-txt", "a 200 MB text file (sparse)", _big_sparse, ERROR, ("max-file-mb",), seconds=30,
         behaviour="rejected from its size before reading: names limits.max-file-mb and the line to raise it"),
    Case("long-line-10mb", "a 10 MB line with no newline, timeout-seconds = 4", _writer("long-line.txt", _long_line),
         ERROR, ("timeout-seconds",), limits={"timeout-seconds": 4}, seconds=30, batch=False,
         behaviour="read in under a second as one paragraph; the rules need ~75 s for 10 MB of prose, so a 4 s "
                   "limit stops it with the limit's message; a normal report with the default limit"),
    Case("utf16-bom", "UTF-16 LE with a BOM", _text("utf16.txt", REPORT_TEXT, "utf-16"), REPORT,
         behaviour="normal report, encoding utf-16-le"),
    Case("utf8-bom", "UTF-8 with a BOM", _text("utf8-bom.txt", REPORT_TEXT, "utf-8-sig"), REPORT,
         behaviour="normal report"),
    Case("cp1251", "Windows-1251", _text("cp1251.txt", REPORT_TEXT, "cp1251"), REPORT,
         behaviour="normal report, encoding guessed cp1251"),
    Case("koi8r", "KOI8-R", _text("koi8r.txt", REPORT_TEXT, "koi8-r"), REPORT,
         behaviour="normal report, encoding guessed koi8-r"),
    Case("mixed-encodings", "first half UTF-8, second half Windows-1251", _writer("mixed.txt", _mixed_encodings),
         REPORT, behaviour="normal report; the encoding is guessed for the whole file, a warning is kept"),
    Case("control-rtl", "control characters, RTL/LTR overrides, zero-width marks, Hebrew and Arabic",
         _writer("control-rtl.txt", _control_and_rtl), REPORT,
         behaviour="normal report; invisible and control characters dropped"),
    Case("nul-inside-txt", "text with NUL and control bytes after 3 KB", _writer("nul-inside.txt", _nul_inside),
         ERROR, ("двоичные",), behaviour="«Файл не похож на текстовый: в нём двоичные данные…»"),
    Case("name-quotes", "file name with spaces, Cyrillic, «», ' and \"", _spaces_cyrillic_quotes, REPORT,
         behaviour="normal report; the name is kept as is in every format"),
    Case("name-dash", "file name starting with a dash", _leading_dash_name, REPORT, behaviour="normal report"),
    Case("plain-zip-docx", "a zip without Word parts named .docx", _writer("plain-zip.docx", _docx_plain_zip), ERROR,
         ("word",), behaviour="«Это не документ Word: в архиве нет word/document.xml»"),
    Case("deep-rtf", "RTF with 100,000 nested groups", _writer("deep.rtf", _deep_rtf), ERROR, ("вложенност",),
         behaviour="«RTF-файл повреждён (слишком глубокая вложенность)»"),
    Case("huge-itap-rtf", "RTF claiming table nesting 999,999,999", _writer("huge-itap.rtf", _rtf_huge_itap), ERROR,
         (), seconds=30, behaviour="a clear error, no attempt to open a billion tables"),
    Case("symlink", "a symlink in the folder to a report outside it", _symlink_to_report, REPORT,
         behaviour="the target is read (read-only); normal report under the link's name"),
    Case("dangling-symlink", "a symlink to a missing file", _dangling_symlink, ERROR, ("ссылка",),
         behaviour="«файл недоступен: символическая ссылка указывает на несуществующий файл»"),
    Case("symlink-loop", "two symlinks pointing at each other", _symlink_loop, ERROR, ("цикл",),
         behaviour="«файл недоступен: символические ссылки образуют цикл»"),
    Case("fifo", "a named pipe named .txt", _fifo, ERROR, ("не обычный файл",), seconds=30,
         behaviour="«это не обычный файл (именованный канал)…»; never opened, so nothing blocks"),
    Case("name-not-utf8", "file name in cp1251 bytes (not UTF-8), as unpacked from a Windows zip", _not_utf8_name,
         REPORT, behaviour="normal report; the name is shown with the bytes escaped (\\xce\\xf2…) in every output "
                           "format, on stdout under a strict UTF-8 locale too; nothing crashes"),
    Case("name-escape-sequences", "file name with OSC (window title), clear-screen, cursor-up and 8-bit CSI sequences",
         _escape_sequence_name, REPORT,
         behaviour="normal report; the terminal report shows the control characters escaped (\\x1b…), "
                   "none reaches the terminal"),
    Case("one-nul-txt", "a Cyrillic report with one NUL byte in the middle", _writer("one-nul.txt", _one_nul), REPORT,
         behaviour="read as text (at most 2 + 1 % of the bytes may be NUL or control bytes), the NUL dropped"),
    Case("stray-controls-txt", "a Cyrillic report with six stray control bytes (one a NUL) at line ends",
         _writer("stray-controls.txt", _stray_controls), REPORT,
         behaviour="read as text, the junk dropped; the same findings as the clean file"),
]

# -- round two: memory before limits, PDF bombs and loops (issue 12, items 3–5) ---------------------------

CASES += [
    Case("pdf-bomb", "a 2 MB PDF whose page content inflates to 2 GiB", _writer("pdf-bomb.pdf", b.pdf_bomb), ERROR,
         ("max-decoded-mb",),
         behaviour="the pre-check decodes the stream 1 MB at a time and stops at 100 MB: «Файл отклонён: сжатые "
                   "данные PDF распаковываются больше чем в 100 МБ (поток объекта 4…)», naming limits.max-decoded-mb"),
    Case("pdf-chain-bomb", "a PDF stream filtered twice, [/FlateDecode /FlateDecode], the inner layer a bomb",
         _writer("pdf-chain-bomb.pdf", b.pdf_chain_bomb), ERROR, ("max-decoded-mb",),
         behaviour="each stage of the chain is decoded piece by piece and counted: names limits.max-decoded-mb"),
    Case("pdf-objstm-bomb", "a PDF whose object stream (where PDF 1.5 keeps dictionaries) inflates to 2 GiB",
         _writer("pdf-objstm-bomb.pdf", b.pdf_objstm_bomb), ERROR, ("max-decoded-mb",),
         behaviour="object streams are decoded against the same budget first: names limits.max-decoded-mb"),
    Case("pdf-self-contents", "a 500-byte PDF whose /Contents is object 4, and object 4 is `4 0 R`",
         _writer("pdf-self-contents.pdf", b.pdf_self_contents), ERROR, ("по кругу",), seconds=10,
         behaviour="answered at once: «Повреждённый PDF: объекты ссылаются друг на друга по кругу (объект 4 "
                   "указывает сам на себя)…» (pdfminer would follow the reference for ever)"),
    Case("pdf-contents-array-loop", "a PDF whose /Contents is an array that holds itself",
         _writer("pdf-contents-loop.pdf", b.pdf_contents_array_loop), ERROR, ("по кругу",),
         behaviour="«Повреждённый PDF: объекты ссылаются друг на друга по кругу (/Contents объекта 3: 4 0 R → "
                   "4 0 R)…»"),
    Case("pdf-length-ring", "a content stream whose /Length is 6 0 R, object 6 is `7 0 R` and 7 is `6 0 R`",
         _writer("pdf-length-ring.pdf", b.pdf_alias_ring), ERROR, ("по кругу",), seconds=10,
         behaviour="«… по кругу (ссылки 6 0 R → 7 0 R → 6 0 R)…»"),
    Case("million-lines-txt", "a million short lines (10 MB): ten times max-blocks",
         _file("million-lines.txt", b.million_lines_txt), ERROR, ("max-blocks",),
         behaviour="blocks are counted as they are made; the parse stops at the 100,001st: «в документе больше "
                   "100000 абзацев и таблиц (чтение остановлено на пределе)…», well under 500 MB"),
    Case("one-line-95mb-txt", "95 MB of prose without a line break", _file("one-line.txt", b.one_line_txt),
         ERROR, ("max-chars",),
         behaviour="characters are counted before any line or block is made: «в документе больше 10000000 "
                   "символов текста…», names limits.max-chars"),
    Case("nested-tables-190mb-docx", "a .docx whose document.xml is 190 MB of tables nested 30 deep (1.9 MB, "
         "packed 105:1)", _writer("nested-190mb.docx", b.nested_tables_docx), ERROR, ("элементов xml",),
         seconds=60,
         behaviour="a part over 4 MB is first streamed through iterparse, counting and freeing as it goes: "
                   "refused at two million XML elements, before any tree is built («Файл отклонён: в части "
                   "word/document.xml больше 2 000 000 элементов XML…»); max-blocks, max-cells and max-chars are "
                   "counted in the same pass"),
]

CASE_BY_ID = {c.id: c for c in CASES}
