"""The PDF reader's fast paths decide as the slow ones they stand in for (issue 13, round three):

- the pre-check's plain-object parser (`pdf_guard._plain_value`) reads what pdfminer reads, type
  for type, and gives up on anything else; object headers are not looked for inside stream data;
  a "trailer" glued to a word is none;
- streams are left undecoded only where the most they can decode to fits the budget: the bound
  holds for each decoder's worst case, and at the budget's boundary the stream is decoded;
- PDFium's words: `_round4` is round(x, 4) for single-precision values; lines drawn out of order,
  continued after another line or with two tops in one cluster give pdfplumber's words.
"""

from __future__ import annotations

import base64
import io
import random
import struct
import zlib
from pathlib import Path

import pytest

from repcheck import limits
from repcheck.config import Limits
from repcheck.plugins.readers import _pdfium, pdf_guard
from repcheck.plugins.readers.pdf_guard import check_pdf
from repcheck.reader import ReaderError
from tests.hostile import builders as b
from tests.readers.test_pdfium import READER_ARGS, assert_same_words, font_pdf, pdfium_pages, plumber_pages

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PDFS = sorted(CORPUS.glob("**/*.pdf"))
MB = 1 << 20


# ---------------------------------------------------------------------------------------------
# Plain objects against pdfminer
# ---------------------------------------------------------------------------------------------


def _pdfminer(data: bytes, pos: int) -> str:
    parser = pdf_guard._Parser(io.BytesIO(data))  # no data given: pdfminer's tokenizer only
    try:
        return repr(("ok", parser.value_at(pos)))
    except Exception as exc:  # noqa: BLE001 - the exception is what is compared
        return repr(("error", type(exc).__name__))


def test_every_corpus_object_reads_as_pdfminer_reads_it() -> None:
    assert len(PDFS) >= 40
    seen = plain = 0
    for path in PDFS:
        data = path.read_bytes()
        starts = [m.end() for m in pdf_guard._OBJ_RE.finditer(data)]
        starts += [m.end() for m in pdf_guard._TRAILER_RE.finditer(data)]
        for pos in starts:
            seen += 1
            got = pdf_guard._plain_value(data, pos)
            if got is not None:
                plain += 1
                assert repr(("ok", got)) == _pdfminer(data, pos), (path.name, data[pos : pos + 80])
    assert plain >= 0.95 * seen  # the fast path is the usual one


# (object text, whether the plain parser must take it); whatever it takes equals pdfminer's
CASES = [
    (b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595.3 841.89]/Rotate 0>>\nendobj", True),
    (b"<< /Length 12 0 R /Filter /FlateDecode >>\nstream\n", True),
    (b"<</Title<FEFF0041 0042>/Count -3/Open true/Closed false/Gone null>>endobj", True),
    (b"<</A<AB>>>endobj", True),  # the hex string's ">" and the next one end the dictionary
    (b"<</A<AB> >>endobj", True),
    (b"<</A<414>>>endobj", True),  # an odd hex digit, as pdfminer decodes it
    (b"[1 2 R 3 4 R] endobj", True),
    (b"1.5.2 -.5 +.5 5. endobj", True),  # floats as pdfminer cuts them
    (b"(plain string) endobj", True),
    (b"5 0 R endobj", True),
    (b"R 7 endobj", True),  # a lone R is dropped
    (b"/A/ endobj", True),  # an empty name
    (b"12 endobj", True),
    (b"[[1] [2 [3]]]endobj", True),
    (b"<< >> trailer", True),
    (b"1 endobj", True),
    (b"endobj", True),
    (b"<</A(x(y))>>endobj", False),  # nested parentheses
    (b"<</A(x\\)y)>>endobj", False),  # an escape
    (b"<</A#20B 1>>endobj", False),  # "#" in a name
    (b"<</A 1 %comment\n>>endobj", False),
    (b"<</A>>endobj", False),  # an odd number of items
    (b"<</A 1]>>endobj", False),  # an unbalanced bracket
    (b"<</A 1 endobj", False),  # a dictionary left open
    (b"{1 2} endobj", False),
    (b"+-5 endobj", False),
    (b"12abc endobj", False),  # an unknown keyword
    (b"1 0 obj", False),  # the next object's header
    (b"/Name\x00 endobj", False),  # pdfminer keeps a NUL in a name
    (b"endobj\x00", False),
    (b"<</A 1 0 R", False),  # the end of the data
    (b"<</A 1>>\xe9 endobj", False),
]


@pytest.mark.parametrize(("text", "taken"), CASES, ids=[repr(c[0][:24]) for c in CASES])
def test_plain_objects_and_what_is_left_to_pdfminer(text: bytes, taken: bool) -> None:
    for data, pos in ((text, 0), (b"3 0 obj\n" + text, 8)):
        got = pdf_guard._plain_value(data, pos)
        assert (got is not None) == taken
        if got is not None:
            assert repr(("ok", got)) == _pdfminer(data, pos)


def test_mutated_objects_read_as_pdfminer_reads_them_or_go_to_it() -> None:
    objects = [c[0] for c in CASES if c[1]]
    alphabet = b" \t\n\r\f\v\x00<>[](){}/%#\\-+.0123456789ABCDEFabRnulltruefalseobjendstream\xe9"
    rnd = random.Random(13)
    taken = 0
    for _ in range(4000):
        text = bytearray(rnd.choice(objects))
        for _ in range(rnd.randint(1, 3)):
            i = rnd.randrange(len(text) + 1)
            op = rnd.random()
            if op < 0.4:
                text.insert(i, rnd.choice(alphabet))
            elif i < len(text):
                if op < 0.7:
                    del text[i]
                else:
                    text[i] = rnd.choice(alphabet)
        data = bytes(text)
        got = pdf_guard._plain_value(data, 0)
        if got is not None:
            taken += 1
            assert repr(("ok", got)) == _pdfminer(data, 0), data
    assert taken > 500


def test_object_headers_inside_stream_data_and_glued_trailers_are_not_read() -> None:
    inside = b"9 0 obj << /Type /Page >> endobj trailer << /Root 9 0 R >>"
    data = b.pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", b._stream(inside), b"<< /A 1 >>"])
    scan = pdf_guard._scan(data)
    assert sorted(scan.values) == [1, 2, 3]
    assert scan.trailers == [{"Size": 4, "Root": pdf_guard.Ref(1)}]
    glued = data.replace(b"trailer\n", b"Xtrailer\n")
    assert pdf_guard._scan(glued).trailers == []
    at_start = b"trailer << /Size 1 >>"
    assert pdf_guard._scan(at_start).trailers == [{"Size": 1}]


# ---------------------------------------------------------------------------------------------
# Streams left undecoded
# ---------------------------------------------------------------------------------------------


def _counted(raw: bytes, filters: list[str]) -> int:
    budget = pdf_guard._Budget(1 << 40)
    pdf_guard._decode_count(raw, filters, budget)
    return budget.used


def _lzw_codes(data: bytes) -> bytes:
    """An LZW encoder (PDF's: 9 to 12 bits, early change), to feed the decoder its worst case."""
    table = {bytes([i]): i for i in range(256)}
    codes, width, w = [256], 9, b""
    for byte in data:
        wc = w + bytes([byte])
        if wc in table:
            w = wc
            continue
        codes.append(table[w])
        if len(table) + 2 < 4096:
            table[wc] = len(table) + 2
        w = bytes([byte])
    codes += [table[w], 257]
    bits, out, size = "", bytearray(), 258
    for code in codes:
        bits += format(code, f"0{width}b")
        size += 1
        width = 9 if size < 511 else 10 if size < 1023 else 11 if size < 2047 else 12
    bits += "0" * (-len(bits) % 8)
    out += int(bits, 2).to_bytes(len(bits) // 8, "big")
    return bytes(out)


WORST = {
    "FlateDecode": zlib.compress(b"\0" * (8 * MB), 9),
    "RunLengthDecode": b"\x81\x00" * 1000 + b"\x80",  # each pair: one byte 128 times
    "ASCII85Decode": b"z" * 1000 + b"~>",
    "ASCIIHexDecode": b"41" * 1000 + b">",
    "LZWDecode": _lzw_codes(b"\0" * 400_000),
}


@pytest.mark.parametrize("name", sorted(WORST))
def test_the_bound_holds_for_each_decoders_worst_case(name: str) -> None:
    raw = WORST[name]
    got = _counted(raw, [name])
    assert got > len(raw) // 4  # the case decodes
    assert got <= pdf_guard._decoded_bound(len(raw), [name])


def test_the_bound_of_a_chain_counts_every_stage_and_stops_at_an_unknown_filter() -> None:
    raw = base64.a85encode(zlib.compress(b"\0" * MB, 9), adobe=True)[2:]
    chain = ["ASCII85Decode", "FlateDecode"]
    assert _counted(raw, chain) <= pdf_guard._decoded_bound(len(raw), chain)
    a85 = len(raw) * 4 + 4
    assert pdf_guard._decoded_bound(len(raw), chain) == a85 + a85 * 1032 + 1024
    assert pdf_guard._decoded_bound(len(raw), ["DCTDecode", "FlateDecode"]) == 0


def _page(stream: bytes) -> bytes:
    return b.pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        stream,
    ])  # fmt: skip


@pytest.mark.parametrize(("bound", "decoded"), [(MB - 1, False), (MB, False), (MB + 1, True)])
def test_a_stream_is_decoded_unless_its_bound_fits_the_budget(
    bound: int, decoded: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = pdf_guard._decode_count
    monkeypatch.setattr(pdf_guard, "_decoded_bound", lambda n, filters: bound)
    monkeypatch.setattr(pdf_guard, "_decode_count", lambda raw, f, budget: calls.append(len(raw)) or real(raw, f, budget))
    with limits.applied(Limits(max_decoded_mb=1)):
        check_pdf(_page(b._stream(zlib.compress(b" " * 1000), "/Filter /FlateDecode ")))
    assert bool(calls) == decoded


def test_a_bomb_past_small_streams_is_still_named() -> None:
    small = b._stream(zlib.compress(b"BT ET " * 10), "/Filter /FlateDecode ")
    bomb = b._stream(b.zlib_zeros(2 * MB), "/Filter /FlateDecode ")
    data = b.pdf_bytes([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [4 0 R 5 0 R] >>",
        small, bomb,
    ])  # fmt: skip
    with limits.applied(Limits(max_decoded_mb=1)), pytest.raises(ReaderError, match="объекта 5"):
        check_pdf(data)


# ---------------------------------------------------------------------------------------------
# PDFium's characters and words
# ---------------------------------------------------------------------------------------------


def _float32(v: float) -> float:
    return struct.unpack("f", struct.pack("f", v))[0]


def test_round4_is_round_to_four_places_for_single_precision_values() -> None:
    rnd = random.Random(5)
    values = [_float32(rnd.uniform(-40, 900)) for _ in range(50_000)]
    values += [j / 32 for j in range(-64, 30_000)]  # x * 10000 ends in .5: ties, to even
    values += [0.0, -0.0, _float32(-1e-5), _float32(1e-5), _float32(-4e-5), _float32(5e-5)]
    got = _pdfium._round4(values)
    assert [repr(v) for v in got] == [repr(round(v, 4)) for v in values]  # -0.0 stays -0.0


WORD_CASES = {
    # one font, drawn right to left: the characters come out of x order
    "drawn backwards": "BT /F1 12 Tf 200 700 Td (world) Tj -100 0 Td (hello) Tj ET",
    # a line, another, then the first line continued: one cluster in two blocks
    "line resumed": "BT /F1 12 Tf 72 700 Td (first) Tj 0 -20 Td (second) Tj 60 20 Td (again) Tj ET",
    # a rise of 1 pt in the same font and size: two tops in one cluster
    "small rise": "BT /F1 12 Tf 72 700 Td (Area m) Tj 1 Ts (2) Tj 0 Ts ( total) Tj ET",
}


@pytest.mark.parametrize("case", sorted(WORD_CASES))
def test_words_out_of_order_resumed_or_risen_are_pdfplumbers(case: str) -> None:
    data = font_pdf(WORD_CASES[case])
    (mine,) = pdfium_pages(data)
    (ref,) = plumber_pages(data)
    words = mine.extract_words(**READER_ARGS)
    assert len(words) >= 2
    assert_same_words(ref.extract_words(**READER_ARGS), words)


@pytest.mark.parametrize("gap", [1.9999, 2.0, 2.0001])
def test_a_line_is_cut_into_words_as_character_by_character_at_the_tolerance(gap: float) -> None:
    # "ab cd" then "ef" `gap` points after "d", "g" right after it: the slices of `_flat_words`
    # against pdfplumber's character loop (`_line_words`)
    chars, x = [], 10.0
    for ch in "ab cdefg":
        width = 5.5 if ch != " " else 3.0
        if ch == "e":
            x += gap
        chars.append((ch, x, x + width, 100.0, 112.0))
        x += width
    text = "".join(c[0] for c in chars)
    fast: list[tuple] = []
    _pdfium._flat_words(text, [c[1] for c in chars], [c[2] for c in chars], 100.0, 112.0, "F", 12.0, False, fast)
    slow: list[tuple] = []
    _pdfium._line_words(chars, "F", 12.0, slow)
    assert fast == slow
    assert [w[0] for w in fast] == (["ab", "cd", "efg"] if gap > 2 else ["ab", "cdefg"])


@pytest.mark.parametrize("window", [1, 7, 16384])
def test_origins_asked_for_in_windows_are_the_same(window: int, monkeypatch: pytest.MonkeyPatch) -> None:
    data = font_pdf(WORD_CASES["line resumed"] + " " + WORD_CASES["small rise"].replace("700", "600"))
    (whole,) = pdfium_pages(data)
    expected = whole.chars()
    monkeypatch.setattr(_pdfium, "SLOTS", window)
    monkeypatch.setattr(_pdfium, "_SLOTS", None)  # fresh slots of the window's size
    (windowed,) = pdfium_pages(data)
    assert windowed.chars() == expected
    assert _pdfium._slots().size <= max(window, 1)
