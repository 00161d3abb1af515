"""A look at a PDF's objects before a text backend opens it: decompression bombs and loops.

The PDF reader calls `check_pdf(data)` first. It scans the raw bytes for objects (`N G obj`)
with pdfminer's tokenizer — no cross-reference table, no page parse — and answers in bounded
time and memory:

* **bombs**: every stream a text backend decodes (page contents, forms, fonts, CMaps, object and
  cross-reference streams) is decoded here first, incrementally (zlib's ``max_length`` in 1 MB
  steps, the other filters of a chain piece by piece) and only counted: each stage's output of
  every stream adds to one budget per file, ``limits.max-decoded-mb``; decoding stops as soon as
  the budget is over, so a 2 GiB stream costs the budget's worth of inflating and no memory.
  Images and embedded files are not decoded by the text backends (pdfminer keeps an image's
  raw bytes) and are not counted, unless a page names one as its /Contents.
* **loops**: an object whose value is a reference to itself, or a ring of such references
  (pdfminer's ``resolve1`` follows them for ever); /Contents that reaches back to itself through
  arrays; a page tree whose /Kids lead back to an ancestor, or /Parent links that go round.
  Each is a damaged file, reported at once instead of spinning until the time limit.

Fixed guards: more than `MAX_OBJECTS` objects, or one object of more than `MAX_TOKENS` tokens,
is refused (no report needs either; both would cost memory before anything else could stop them).

Encrypted files are decrypted with the empty password as pdfminer does (its security handlers:
a file restricted by an owner password only is read like any other); when that fails the backend
will refuse the file with its password message, and the streams are counted undecrypted.
"""

from __future__ import annotations

import bisect
import io
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pdfminer.psparser import HEX_PAIR, KWD, LIT, PSEOF, SPC, PSKeyword, PSLiteral, PSStackParser

from repcheck import limits
from repcheck.reader import ReaderError

MAX_OBJECTS = 1_000_000
MAX_TOKENS = 1_000_000
CHUNK = 1 << 20  # bytes decoded at a time
_OBJ_RE = re.compile(rb"(?<![0-9])(\d{1,10})[\x00\t\n\f\r ]+(\d{1,5})[\x00\t\n\f\r ]+obj(?![A-Za-z0-9])")
# not preceded by a letter either (checked in `_scan`): a leading lookbehind would make the search try
# every byte of the file instead of looking for the word
_TRAILER_RE = re.compile(rb"trailer(?![A-Za-z0-9])")
_ENDSTREAM = b"endstream"

_KW_R, _KW_NULL = KWD(b"R"), KWD(b"null")
_ENDS = frozenset(KWD(k) for k in (b"endobj", b"stream", b"obj", b"trailer", b"xref", b"startxref", b"endstream"))
_KW_STREAM, _KW_OBJ = KWD(b"stream"), KWD(b"obj")

_CYCLE_RU = "Повреждённый PDF: объекты ссылаются друг на друга по кругу ({what}); такой файл не читается"
_CYCLE_EN = "Damaged PDF: its objects refer to each other in a loop ({what}); such a file cannot be read"


class _TooBig(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Ref:
    objid: int


@dataclass(slots=True)
class _Stream:
    objid: int
    gen: int
    start: int
    end: int  # from the search for `endstream`
    attrs: dict[str, Any]


@dataclass
class _Scan:
    values: dict[int, Any] = field(default_factory=dict)  # objid -> value (streams: their dict)
    streams: dict[int, _Stream] = field(default_factory=dict)
    trailers: list[dict[str, Any]] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # streams' data, in file order


# The plain objects nearly every file is made of — dictionaries, arrays, names, numbers,
# references, strings without escapes, hex strings — are read by `_plain_value` with one regular
# expression, as pdfminer's tokenizer and stack machine read them (its quirks included: a hex
# string's closing ">" and the next ">" make a dictionary's end). Anything else (comments,
# escapes, nested parentheses, "#" in a name, unknown keywords, a dictionary with an odd number
# of items, an unbalanced bracket) makes it give up, and pdfminer reads the object.
_PLAIN_TOKEN = re.compile(
    rb"[ \t\n\r\f\v\x00]*(?:"
    rb"(<<)"  # 1 dictionary begins
    rb"|(>>?)"  # 2 dictionary ends (">>"); a lone ">" is skipped
    rb"|(\[)|(\])"  # 3, 4 array
    rb"|/([A-Za-z0-9_.+\-]*)(?=[/%\[\]()<>{} \t\n\r\f\v])"  # 5 name
    rb"|([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))"  # 6 number
    rb"|([A-Za-z][^#/%\[\]()<>{} \t\n\r\f\v]*)(?=[#/%\[\]()<>{} \t\n\r\f\v]|\Z)"  # 7 keyword
    rb"|\(([^()\\]*)\)"  # 8 string
    rb"|<([0-9A-Fa-f \t\n\r\f\v]*)"  # 9 hex string (its ">" is left to the next token)
    rb")"
)
_KW_TRUE, _KW_FALSE = b"true", b"false"
_PLAIN_ENDS = frozenset({b"endobj", b"stream", b"trailer", b"xref", b"startxref", b"endstream"})


def _hex(token: bytes) -> bytes:
    return HEX_PAIR.sub(lambda m: bytes((int(m.group(0), 16),)), SPC.sub(b"", token))


def _plain_value(data: bytes, pos: int) -> tuple[Any, PSKeyword, int] | None:
    """`_Parser.value_at` for an object of plain syntax, or None (then pdfminer reads it)."""
    match = _PLAIN_TOKEN.match
    stack: list[Any] = []
    outer: list[tuple[str, list[Any]]] = []
    kind = ""
    tokens = 0
    while True:
        m = match(data, pos)
        if m is None:
            return None
        pos = m.end()
        tokens += 1
        if tokens > MAX_TOKENS // 2:
            return None  # pdfminer counts, and refuses the object
        group = m.lastindex
        if group == 5:
            stack.append(LIT(m.group(5).decode("ascii")))
        elif group == 6:
            tok = m.group(6)
            stack.append(float(tok) if b"." in tok else int(tok))
        elif group == 7:
            word = m.group(7)
            if word == b"R":
                if len(stack) >= 2:
                    objid = stack[-2]
                    del stack[-2:]
                    if isinstance(objid, int) and not isinstance(objid, bool):
                        stack.append(Ref(objid))
            elif word == b"null":
                stack.append(None)
            elif word == _KW_TRUE:
                stack.append(True)
            elif word == _KW_FALSE:
                stack.append(False)
            elif word in _PLAIN_ENDS and not outer:
                return (stack[-1] if stack else None), KWD(word), m.start(7)
            else:
                return None
        elif group == 8:
            stack.append(m.group(8))
        elif group == 9:
            stack.append(_hex(m.group(9)))
        elif group == 1 or group == 3:
            outer.append((kind, stack))
            kind, stack = ("d" if group == 1 else "a"), []
        elif group == 4:
            if kind != "a":
                return None
            items = stack
            kind, stack = outer.pop()
            stack.append(items)
        elif group == 2:
            if len(m.group(2)) == 1:
                continue  # pdfminer skips a ">" not followed by another
            if kind != "d" or len(stack) % 2:
                return None
            keys = stack[0::2]
            if not all(isinstance(k, PSLiteral) for k in keys):
                return None
            d = {k.name: v for k, v in zip(keys, stack[1::2]) if v is not None}
            kind, stack = outer.pop()
            stack.append(d)
        else:
            return None


class _Parser(PSStackParser):  # type: ignore[type-arg]
    """pdfminer's tokenizer and stack machine; stops at the keyword that ends an object."""

    def __init__(self, fp: Any, data: bytes | None = None) -> None:
        super().__init__(fp)
        self.tokens = 0
        self.data = data

    def nexttoken(self) -> tuple[int, Any]:
        self.tokens += 1
        if self.tokens > MAX_TOKENS:
            raise _TooBig
        return super().nexttoken()

    def do_keyword(self, pos: int, token: PSKeyword) -> None:
        if token is _KW_R:
            if len(self.curstack) >= 2:
                (_, objid), _ = self.pop(2)
                if isinstance(objid, int) and not isinstance(objid, bool):
                    self.push((pos, Ref(objid)))
        elif token is _KW_NULL:
            self.push((pos, None))
        elif token in _ENDS:
            stack = [v for _, v in self.popall()]
            self.context = []  # an unclosed array or dictionary ends here too
            self.add_results((pos, (token, stack)))
        else:
            self.push((pos, token))

    def value_at(self, pos: int) -> tuple[Any, PSKeyword | None, int]:
        """The object value starting at `pos`: (value, the keyword that ended it, its position)."""
        if self.data is not None:
            plain = _plain_value(self.data, pos)
            if plain is not None:
                return plain
        self.seek(pos)
        self.tokens = 0
        try:
            end_pos, (keyword, stack) = self.nextobject()
        except PSEOF:
            stack = [v for _, v in self.curstack]
            return (stack[-1] if stack else None), None, -1
        if keyword is _KW_OBJ:  # the next object's header: its number and generation precede
            stack = stack[:-2]
        return (stack[-1] if stack else None), keyword, end_pos


# -- scanning -------------------------------------------------------------------------------------


def _stream_start(data: bytes, pos: int) -> int:
    """Where a stream's data begins: after `stream` and its end of line."""
    i = pos + len(b"stream")
    if data[i : i + 2] == b"\r\n":
        return i + 2
    if data[i : i + 1] in (b"\n", b"\r"):
        return i + 1
    return i


def _scan(data: bytes) -> _Scan:
    out = _Scan()
    parser = _Parser(io.BytesIO(data), data)
    skip_until = 0
    count = 0
    pos = 0
    while True:
        # the next object header past a stream's data, not searched for inside it (the byte at
        # `endstream` cannot be part of a header, so no header runs across it)
        m = _OBJ_RE.search(data, max(pos, skip_until))
        if m is None:
            break
        pos = m.end()
        count += 1
        if count > MAX_OBJECTS:
            raise ReaderError(
                f"Файл отклонён: в PDF больше {MAX_OBJECTS:,} объектов — это не отчёт".replace(",", " "),
                f"File rejected: the PDF has more than {MAX_OBJECTS:,} objects — not a report",
            )
        objid, gen = int(m.group(1)), int(m.group(2))
        try:
            value, keyword, end_pos = parser.value_at(m.end())
        except _TooBig:
            raise ReaderError(
                f"Файл отклонён: объект {objid} PDF состоит из более чем {MAX_TOKENS:,} элементов — это не отчёт"
                .replace(",", " "),
                f"File rejected: PDF object {objid} holds more than {MAX_TOKENS:,} items — not a report",
            ) from None
        except Exception:  # noqa: BLE001 - a malformed object: the backend judges it
            continue
        if keyword is _KW_STREAM and isinstance(value, dict):
            start = _stream_start(data, end_pos)
            found = data.find(_ENDSTREAM, start)
            end = found if found >= 0 else len(data)
            out.streams[objid] = _Stream(objid, gen, start, end, value)
            out.spans.append((start, end))
            skip_until = end
        else:
            out.streams.pop(objid, None)
        out.values[objid] = value
    starts = [a for a, _ in out.spans]
    for m in _TRAILER_RE.finditer(data):
        if data[m.start() - 1 : m.start()].isalpha():
            continue  # part of a longer word
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < out.spans[k][1]:
            continue  # the word inside a stream's data, not a trailer
        try:
            value, _, _ = parser.value_at(m.end())
        except Exception:  # noqa: BLE001
            continue
        if isinstance(value, dict):
            out.trailers.append(value)
    return out


# -- values ---------------------------------------------------------------------------------------


def _name(value: Any) -> str | None:
    return value.name if isinstance(value, PSLiteral) and isinstance(value.name, str) else None


class _Objects:
    """The values found, with references resolved through chains of aliases."""

    def __init__(self, scan: _Scan) -> None:
        self.values = scan.values
        self.streams = scan.streams

    def resolve(self, value: Any) -> Any:
        seen: set[int] = set()
        while isinstance(value, Ref):
            if value.objid in seen:
                return None  # a ring of aliases: reported by check_aliases
            seen.add(value.objid)
            value = self.values.get(value.objid)
        return value

    def deep(self, value: Any, depth: int = 0) -> Any:
        """A plain copy with every reference resolved (small dictionaries such as /Encrypt)."""
        if depth > 32:
            return None
        value = self.resolve(value)
        if isinstance(value, dict):
            return {k: self.deep(v, depth + 1) for k, v in value.items()}
        if isinstance(value, list):
            return [self.deep(v, depth + 1) for v in value[:1000]]
        return value


def _ring(chain: list[int]) -> str:
    return " → ".join(f"{n} 0 R" for n in chain)


def check_aliases(objs: _Objects) -> None:
    """An object whose whole value is a reference leads, through others like it, back to itself."""
    done: set[int] = set()
    for start, value in objs.values.items():
        if not isinstance(value, Ref) or start in done:
            continue
        path: list[int] = [start]
        on_path = {start}
        cur = value
        while isinstance(cur, Ref):
            target = cur.objid
            if target in on_path:
                ring = path[path.index(target) :] + [target]
                what = f"объект {target} указывает сам на себя" if len(ring) == 2 else f"ссылки {_ring(ring)}"
                what_en = f"object {target} points to itself" if len(ring) == 2 else f"references {_ring(ring)}"
                raise ReaderError(_CYCLE_RU.format(what=what), _CYCLE_EN.format(what=what_en))
            if target in done:
                break
            path.append(target)
            on_path.add(target)
            cur = objs.values.get(target)
        done.update(path)


def _contents_loop(objs: _Objects, owner: int, value: Any) -> None:
    """/Contents of `owner` (a page): arrays of references that reach an array holding them."""
    stack: list[tuple[Any, tuple[int, ...]]] = [(value, ())]
    seen: set[int] = set()
    while stack:
        cur, path = stack.pop()
        if isinstance(cur, Ref):
            if cur.objid in path or cur.objid == owner:
                ring = [*path, cur.objid]
                raise ReaderError(
                    _CYCLE_RU.format(what=f"/Contents объекта {owner}: {_ring(ring)}"),
                    _CYCLE_EN.format(what=f"/Contents of object {owner}: {_ring(ring)}"),
                )
            if cur.objid in seen:
                continue
            seen.add(cur.objid)
            stack.append((objs.values.get(cur.objid), (*path, cur.objid)))
        elif isinstance(cur, list) and cur.__class__ is list:
            stack.extend((item, path) for item in cur[:100_000])


def _content_refs(objs: _Objects, value: Any) -> Iterator[int]:
    """Objects a /Contents value names as content streams (through one array and aliases)."""
    value_seen: set[int] = set()
    items = [value]
    while items:
        cur = items.pop()
        if isinstance(cur, Ref):
            if cur.objid in value_seen:
                continue
            value_seen.add(cur.objid)
            yield cur.objid
            items.append(objs.values.get(cur.objid))
        elif isinstance(cur, list):
            items.extend(cur[:100_000])


def check_page_tree(objs: _Objects, trailers: list[dict[str, Any]], xref_dicts: Iterable[dict[str, Any]]) -> None:
    """/Kids that lead back to an ancestor; /Parent links that go round; /Contents loops."""
    roots = [t.get("Root") for t in [*trailers, *xref_dicts] if isinstance(t.get("Root"), Ref)]
    for objid, value in objs.values.items():
        if isinstance(value, dict) and "Contents" in value and objid not in objs.streams:
            _contents_loop(objs, objid, value["Contents"])
    for root in roots[-1:]:
        catalog = objs.resolve(root)
        if not isinstance(catalog, dict) or not isinstance(catalog.get("Pages"), Ref):
            continue
        _kids_loop(objs, catalog["Pages"].objid)
    known_good: set[int] = set()
    for objid, value in objs.values.items():
        if isinstance(value, dict) and isinstance(value.get("Parent"), Ref) and _name(value.get("Type")) in ("Page", "Pages"):
            _parent_loop(objs, objid, known_good)


def _kids_loop(objs: _Objects, top: int) -> None:
    """Depth-first over /Kids without recursion; a kid that is its own ancestor is a loop."""
    path: list[int] = [top]
    on_path = {top}
    visited = {top}
    iters: list[Iterator[Any]] = [iter(_kids(objs, top))]
    while iters:
        kid = next(iters[-1], None)
        if kid is None:
            iters.pop()
            on_path.discard(path.pop())
            continue
        if kid in on_path:
            ring = path[path.index(kid) :] + [kid]
            raise ReaderError(
                _CYCLE_RU.format(what=f"дерево страниц, /Kids: {_ring(ring)}"),
                _CYCLE_EN.format(what=f"the page tree, /Kids: {_ring(ring)}"),
            )
        if kid in visited:
            continue  # shared, not a loop (pdfminer reads it once)
        visited.add(kid)
        path.append(kid)
        on_path.add(kid)
        iters.append(iter(_kids(objs, kid)))


def _kids(objs: _Objects, objid: int) -> list[int]:
    node = objs.resolve(objs.values.get(objid))
    if not isinstance(node, dict):
        return []
    kids = objs.resolve(node.get("Kids"))
    if not isinstance(kids, list):
        return []
    return [k.objid for k in kids[:1_000_000] if isinstance(k, Ref)]


def _parent_loop(objs: _Objects, start: int, known_good: set[int]) -> None:
    chain = [start]
    on_chain = {start}
    cur = start
    while True:
        node = objs.values.get(cur)
        parent = node.get("Parent") if isinstance(node, dict) else None
        if not isinstance(parent, Ref) or parent.objid in known_good:
            break
        if parent.objid in on_chain:
            ring = chain[chain.index(parent.objid) :] + [parent.objid]
            raise ReaderError(
                _CYCLE_RU.format(what=f"дерево страниц, /Parent: {_ring(ring)}"),
                _CYCLE_EN.format(what=f"the page tree, /Parent: {_ring(ring)}"),
            )
        chain.append(parent.objid)
        on_chain.add(parent.objid)
        cur = parent.objid
    known_good.update(chain)


# -- decoding -------------------------------------------------------------------------------------


class _Budget:
    """Decoded bytes of the whole file, against limits.max-decoded-mb."""

    def __init__(self, limit_bytes: int) -> None:
        self.limit = limit_bytes
        self.used = 0
        self.objid = 0

    def take(self, n: int) -> None:
        self.used += n
        if self.used > self.limit:
            mb = self.limit / limits.MB
            raise limits.limit_error(
                "max-decoded-mb",
                f"Файл отклонён: сжатые данные PDF распаковываются больше чем в {mb:g} МБ (поток объекта "
                f"{self.objid}; сжатая «бомба»?)",
                f"File rejected: the PDF's compressed data unpacks to more than {mb:g} MB (the stream of "
                f"object {self.objid}; a compression bomb?)",
            )


def _counted(chunks: Iterable[bytes], budget: _Budget) -> Iterator[bytes]:
    """A decoder's output counted against the budget; a decoder that fails on damaged data ends
    the stream there (what it produced so far is counted, as the backend would keep it)."""
    it = iter(chunks)
    while True:
        try:
            chunk = next(it)
        except StopIteration:
            return
        except ReaderError:
            raise
        except Exception:  # noqa: BLE001 - damaged data in one stream
            return
        budget.take(len(chunk))
        yield chunk


def _pieces(data: bytes, size: int = CHUNK) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]


def _inflate(chunks: Iterable[bytes]) -> Iterator[bytes]:
    d = zlib.decompressobj()
    try:
        for chunk in chunks:
            buf = chunk
            while buf:
                out = d.decompress(buf, CHUNK)
                buf = d.unconsumed_tail
                if out:
                    yield out
                if d.eof:
                    return
        while not d.eof:  # what is left in zlib's window
            out = d.decompress(b"", CHUNK)
            if not out:
                return
            yield out
    except zlib.error:
        return  # damaged data: pdfminer keeps what decodes; so much was counted


class _ChunkReader(io.RawIOBase):
    """A file over an iterator of chunks (for pdfminer's LZW decoder, which reads byte by byte)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._it = iter(chunks)
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._buf:
            nxt = next(self._it, None)
            if nxt is None:
                return 0
            self._buf = nxt
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def _lzw(chunks: Iterable[bytes]) -> Iterator[bytes]:
    from pdfminer.lzw import LZWDecoder

    out: list[bytes] = []
    size = 0
    for piece in LZWDecoder(io.BufferedReader(_ChunkReader(chunks))).run():
        out.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield b"".join(out)
            out, size = [], 0
    if out:
        yield b"".join(out)


_HEX = re.compile(rb"[^0-9A-Fa-f]")


def _ahx(chunks: Iterable[bytes]) -> Iterator[bytes]:
    carry = b""
    for chunk in chunks:
        end = chunk.find(b">")
        digits = carry + _HEX.sub(b"", chunk if end < 0 else chunk[:end])
        cut = len(digits) - len(digits) % 2
        yield bytes.fromhex(digits[:cut].decode("ascii"))
        carry = digits[cut:]
        if end >= 0:
            break
    if carry:
        yield bytes.fromhex((carry + b"0").decode("ascii"))


_A85_KEEP = re.compile(rb"[^!-uz]")


def _a85(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """ASCII85 piece by piece: 'z' is four zero bytes, groups of five characters, '~>' ends."""
    carry = b""
    for chunk in chunks:
        end = chunk.find(b"~")
        text = carry + _A85_KEEP.sub(b"", chunk if end < 0 else chunk[:end])
        out = bytearray()
        i, n = 0, len(text)
        group = bytearray()
        while i < n:
            c = text[i]
            i += 1
            if c == 0x7A and not group:  # 'z'
                out += b"\0\0\0\0"
                continue
            if c == 0x7A:
                continue
            group.append(c)
            if len(group) == 5:
                v = 0
                for g in group:
                    v = v * 85 + (g - 33)
                out += (v & 0xFFFFFFFF).to_bytes(4, "big")
                group.clear()
        carry = bytes(group)
        yield bytes(out)
        if end >= 0:
            break
    if len(carry) > 1:
        v = 0
        for g in carry.ljust(5, b"u"):
            v = v * 85 + (g - 33)
        yield (v & 0xFFFFFFFF).to_bytes(4, "big")[: len(carry) - 1]


def _runlength(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """RunLength piece by piece: n < 128 copies n + 1 bytes, n > 128 repeats one 257 − n times,
    128 ends the data."""
    pending = b""
    for chunk in chunks:
        data = pending + chunk
        out = bytearray()
        i = 0
        ended = False
        while i < len(data):
            n = data[i]
            if n == 128:
                ended = True
                break
            if n < 128:
                if i + 2 + n > len(data):
                    break  # the run goes on in the next piece
                out += data[i + 1 : i + 2 + n]
                i += 2 + n
            else:
                if i + 1 >= len(data):
                    break
                out += data[i + 1 : i + 2] * (257 - n)
                i += 2
            if len(out) >= CHUNK:
                yield bytes(out)
                out.clear()
        pending = data[i:]
        if out:
            yield bytes(out)
        if ended:
            return


_DECODERS = {
    "FlateDecode": _inflate, "Fl": _inflate,
    "LZWDecode": _lzw, "LZW": _lzw,
    "ASCIIHexDecode": _ahx, "AHx": _ahx,
    "ASCII85Decode": _a85, "A85": _a85,
    "RunLengthDecode": _runlength, "RL": _runlength,
}  # fmt: skip


def _filters(objs: _Objects, attrs: dict[str, Any]) -> list[str]:
    value = objs.resolve(attrs.get("Filter"))
    items = value if isinstance(value, list) else [value] if value is not None else []
    return [n for n in (_name(objs.resolve(v)) for v in items[:32]) if n]


def _decode_count(raw: bytes, filters: list[str], budget: _Budget) -> None:
    chunks: Iterable[bytes] = _pieces(raw, 64 * 1024)
    for name in filters:
        decoder = _DECODERS.get(name)
        if decoder is None:
            break  # image codecs, Crypt, unknown: the backends do not decode them for text
        chunks = _counted(decoder(chunks), budget)
    for _ in chunks:
        pass


def _decipher(objs: _Objects, trailers: list[dict[str, Any]]) -> Any:
    """pdfminer's decryption for the empty password; False when it cannot be set up."""
    for t in reversed(trailers):
        if "Encrypt" not in t:
            continue
        from pdfminer.pdfdocument import PDFDocument  # only for an encrypted file (~20 ms to import)

        try:
            param = objs.deep(t["Encrypt"])
            doc_id = objs.deep(t.get("ID")) or [b"", b""]
            version = param.get("V", 0)
            factory = PDFDocument.security_handler_registry.get(version if isinstance(version, int) else 0)
            if factory is None or _name(param.get("Filter")) != "Standard":
                return False
            return factory(doc_id, param, "").decrypt
        except Exception:  # noqa: BLE001 - a wrong password or a damaged dictionary
            return False
    return None


def _object_stream(objs: _Objects, raw: bytes, attrs: dict[str, Any], budget: _Budget) -> None:
    """Decode an object stream (within the budget) and add the objects it holds."""
    out: list[bytes] = []
    chunks: Iterable[bytes] = _pieces(raw, 64 * 1024)
    for name in _filters(objs, attrs):
        decoder = _DECODERS.get(name)
        if decoder is None:
            return
        chunks = _counted(decoder(chunks), budget)
    for chunk in chunks:
        out.append(chunk)
    data = b"".join(out)
    n, first = objs.resolve(attrs.get("N")), objs.resolve(attrs.get("First"))
    if not isinstance(n, int) or not isinstance(first, int) or n <= 0 or first <= 0:
        return
    header = data[:first].split()
    pairs: list[tuple[int, int]] = []
    for i in range(0, min(len(header), 2 * n) - 1, 2):
        try:
            pairs.append((int(header[i]), int(header[i + 1])))
        except ValueError:
            return
    for k, (objid, offset) in enumerate(pairs):
        start = first + offset
        end = first + pairs[k + 1][1] if k + 1 < len(pairs) else len(data)
        if not 0 <= start <= end <= len(data):
            continue
        text = data[start:end] + b" endobj"
        parser = _Parser(io.BytesIO(text), text)
        try:
            value, _, _ = parser.value_at(0)
        except _TooBig:
            raise ReaderError(
                f"Файл отклонён: объект {objid} PDF состоит из более чем {MAX_TOKENS:,} элементов — это не отчёт"
                .replace(",", " "),
                f"File rejected: PDF object {objid} holds more than {MAX_TOKENS:,} items — not a report",
            ) from None
        except Exception:  # noqa: BLE001
            continue
        objs.values.setdefault(objid, value)  # an object defined outside a stream wins
        if len(objs.values) > MAX_OBJECTS:
            raise ReaderError(
                f"Файл отклонён: в PDF больше {MAX_OBJECTS:,} объектов — это не отчёт".replace(",", " "),
                f"File rejected: the PDF has more than {MAX_OBJECTS:,} objects — not a report",
            )


# The most each decoder makes of n bytes: (factor, constant). Deflate codes a copy of 258 bytes
# in at least two bits (1032 to 1); a code of pdfminer's LZW (9 bits at least) stands for a string
# of its table, shorter than 4,096 bytes; RunLength repeats one byte 128 times for two; ASCII85
# makes four bytes of one "z"; ASCIIHex halves.
_EXPANSION = {
    "FlateDecode": (1032, 1024), "Fl": (1032, 1024),
    "LZWDecode": (4096, 4096), "LZW": (4096, 4096),
    "ASCIIHexDecode": (1, 1), "AHx": (1, 1),
    "ASCII85Decode": (4, 4), "A85": (4, 4),
    "RunLengthDecode": (64, 128), "RL": (64, 128),
}  # fmt: skip


def _decoded_bound(n: int, filters: list[str]) -> int:
    """At most what `_decode_count` counts for a stream of n bytes: each stage's output."""
    total = 0
    for name in filters:
        factor = _EXPANSION.get(name)
        if factor is None:
            break  # as `_decode_count`: not decoded from here on
        n = n * factor[0] + factor[1]
        total += n
    return total


def _stream_length(data: bytes, objs: _Objects, s: _Stream) -> int:
    """At least the length of `_stream_bytes` (decryption never lengthens it)."""
    length = objs.resolve(s.attrs.get("Length"))
    if isinstance(length, int) and not isinstance(length, bool) and 0 <= length and s.start + length <= len(data):
        return length
    return s.end - s.start


def _stream_bytes(data: bytes, objs: _Objects, s: _Stream) -> bytes:
    length = objs.resolve(s.attrs.get("Length"))
    if isinstance(length, int) and not isinstance(length, bool) and 0 <= length and s.start + length <= len(data):
        return data[s.start : s.start + length]
    raw = data[s.start : s.end]
    return raw[:-2] if raw.endswith(b"\r\n") else raw[:-1] if raw.endswith((b"\n", b"\r")) else raw


def check_pdf(data: bytes) -> None:
    """Raise ReaderError for a decompression bomb, a reference loop or an absurd object count.

    A failure of the check itself on some odd but harmless construct lets the file through to
    the backend (whose own errors, the time limit and the memory watchdog still apply)."""
    try:
        _check(data)
    except (ReaderError, MemoryError):
        raise
    except Exception:  # noqa: BLE001 - fail open: never refuse a sound file for a bug here
        return


def _check(data: bytes) -> None:
    scan = _scan(data)
    objs = _Objects(scan)
    budget = _Budget(int(limits.current().max_decoded_mb * limits.MB))
    decipher = _decipher(objs, scan.trailers + [s.attrs for s in scan.streams.values() if _is_xref(s.attrs)])
    if decipher is False:  # a password is needed: the backend refuses the file before decoding;
        decipher = None  # the streams are counted as they are all the same, in case it is a decoy
    streams = list(scan.streams.values())
    for s in streams:  # object streams first: the objects they hold take part in the checks
        if _name(s.attrs.get("Type")) == "ObjStm":
            budget.objid = s.objid
            raw = _stream_bytes(data, objs, s)
            if decipher is not None:
                raw = _safe_decrypt(decipher, s, raw)
            _object_stream(objs, raw, s.attrs, budget)
    check_aliases(objs)
    xref_dicts = [s.attrs for s in streams if _is_xref(s.attrs)]
    check_page_tree(objs, scan.trailers, xref_dicts)
    contents: set[int] = set()
    for value in objs.values.values():
        if isinstance(value, dict) and "Contents" in value:
            contents.update(_content_refs(objs, value["Contents"]))
    todo = []
    for s in streams:
        kind = _name(s.attrs.get("Type"))
        if kind == "ObjStm":
            continue
        if (kind == "EmbeddedFile" or _name(s.attrs.get("Subtype")) == "Image") and s.objid not in contents:
            continue  # never decoded for text
        todo.append(s)
    # What the streams from the i-th on can decode to at most: once what is counted plus that
    # fits the budget, no later stream can exceed it and decoding them would decide nothing.
    rest = [_decoded_bound(_stream_length(data, objs, s), _filters(objs, s.attrs)) for s in todo]
    for i in range(len(rest) - 2, -1, -1):
        rest[i] += rest[i + 1]
    for i, s in enumerate(todo):
        if budget.used + rest[i] <= budget.limit:
            break
        raw = _stream_bytes(data, objs, s)
        if decipher is not None and not _is_xref(s.attrs):
            raw = _safe_decrypt(decipher, s, raw)
        budget.objid = s.objid
        _decode_count(raw, _filters(objs, s.attrs), budget)


def _is_xref(attrs: dict[str, Any]) -> bool:
    return _name(attrs.get("Type")) == "XRef"


def _safe_decrypt(decipher: Any, s: _Stream, raw: bytes) -> bytes:
    try:
        return decipher(s.objid, s.gen, raw, s.attrs)
    except Exception:  # noqa: BLE001 - undecryptable: counted as it is
        return raw
