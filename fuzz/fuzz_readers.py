"""Fuzz the readers, the structurer and the parsers for longer than CI does.

    python fuzz/fuzz_readers.py --minutes 10            # every target, time shared
    python fuzz/fuzz_readers.py --target docx --minutes 30
    python fuzz/fuzz_readers.py --list

Inputs come from hypothesis: random bytes, and the corpus files mutated (bytes flipped, inserted,
deleted, truncated; zip parts replaced by mutated XML; RTF control words and PDF tokens spliced).
A target fails on any exception other than the documented ones — `ReaderError` for a reader (a
clear message for the user) — and on a read that overruns its time limit; the parsers must not
raise at all and must return well-formed values. Failures are printed with the shrunk input and
saved under fuzz/crashes/ (git-ignored) as files that `repcheck check` can be run on.

Each example runs under the same per-file deadline as the engine (repcheck.limits.deadline), so a
hang is reported as a failure instead of stopping the fuzzer.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import io
import sys
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repcheck import limits
from repcheck.config import Limits
from repcheck.reader import ReaderError

CORPUS = ROOT / "corpus"
CRASHES = ROOT / "fuzz" / "crashes"
EXAMPLE_SECONDS = 10.0  # one input may take this long before it counts as a hang


def _seeds(suffix: str) -> list[bytes]:
    return [p.read_bytes() for p in sorted((CORPUS / "formats").glob(f"*{suffix}"))][:3]


def _text_seeds() -> list[bytes]:
    return [p.read_bytes()[:6000] for p in sorted((CORPUS / "text").glob("*.txt"))]


# -- mutations ---------------------------------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "repeat", "splice"]))
        i = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[i] = draw(st.integers(0, 255))
        elif op == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            del data[i : i + draw(st.integers(1, 256))]
        elif op == "truncate":
            del data[i:]
        elif op == "repeat":
            chunk = bytes(data[i : i + draw(st.integers(1, 64))])
            data[i:i] = chunk * draw(st.integers(1, 50))
        else:
            other = draw(st.sampled_from(seeds))
            j = draw(st.integers(0, max(len(other) - 1, 0)))
            data[i:i] = other[j : j + draw(st.integers(1, 512))]
    return bytes(data)


XML_TOKENS = [
    b"<w:tbl>", b"</w:tbl>", b"<w:tr>", b"<w:tc>", b"<w:p>", b"</w:p>", b'<w:gridSpan w:val="99999"/>',
    b'<w:vMerge/>', b'<w:numPr><w:ilvl w:val="8"/><w:numId w:val="1"/></w:numPr>', b"&amp;", b"&#0;",
    b"&#x10FFFF;", b'<!DOCTYPE d [<!ENTITY e "x">]>', b"&e;", b"<![CDATA[", b"]]>", b"<?pi x?>",
    b'<table:table-row table:number-rows-repeated="1000000">', b'<text:s text:c="99999999"/>',
    b'<table:table-cell table:number-columns-spanned="1000000000">', b'<text:h text:outline-level="99">',
]  # fmt: skip


@st.composite
def mutated_package(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A zip package whose XML parts have tokens spliced in (structure-aware, gets past the zip)."""
    src = zipfile.ZipFile(io.BytesIO(draw(st.sampled_from(seeds))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".xml") and draw(st.booleans()):
                data = bytearray(data)
                for _ in range(draw(st.integers(1, 6))):
                    i = draw(st.integers(0, max(len(data) - 1, 0)))
                    if draw(st.booleans()):
                        data[i:i] = draw(st.sampled_from(XML_TOKENS))
                    else:
                        del data[i : i + draw(st.integers(1, 40))]
                data = bytes(data)
            zf.writestr(info.filename, data)
    return out.getvalue()


RTF_TOKENS = [b"{", b"}", b"\\trowd", b"\\cellx999999999", b"\\intbl", b"\\cell", b"\\row", b"\\itap7",
              b"\\nestcell", b"\\nestrow", b"{\\*\\nesttableprops", b"\\u-3", b"\\uc9", b"\\bin99999",
              b"\\'ff", b"\\clvmrg", b"\\clmgf", b"\\listtext", b"\\outlinelevel9", b"\\ansicpg65001"]  # fmt: skip


@st.composite
def mutated_rtf(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds))[:20000])
    for _ in range(draw(st.integers(1, 10))):
        i = draw(st.integers(0, max(len(data) - 1, 0)))
        data[i:i] = draw(st.sampled_from(RTF_TOKENS))
    return bytes(data)


# -- targets ---------------------------------------------------------------------------------------------


def _reader_target(reader_factory: Callable[[], object], ext: str) -> Callable[[bytes], None]:
    def run(data: bytes) -> None:
        reader = reader_factory()
        try:
            doc = reader.read(Path("fuzz" + ext), data)  # type: ignore[attr-defined]
        except ReaderError as exc:
            assert exc.ru and exc.en, "a ReaderError without its message"
            return
        for block in doc.blocks:
            assert block.location.block is not None

    return run


def _structurer_target(data: bytes) -> None:
    from repcheck.config import Config
    from repcheck.engine import analyse, registry_for
    from repcheck.plugins.readers.text import TextReader

    try:
        doc = TextReader().read(Path("fuzz.txt"), data)
    except ReaderError:
        return
    config = Config()
    report = analyse(doc, registry_for(config), config)
    for p in (report.project_period, report.reporting_period):
        assert p is None or p.start <= p.end


def _dates_target(data: bytes) -> None:
    from repcheck.parsing import dates

    text = data.decode("utf-8", "replace")
    for m in dates._scan(text, (None, None)):  # the unguarded core: the public API hides crashes
        assert 0 <= m.start < m.end <= len(text) and m.period.start <= m.period.end
    p = dates.parse_period(text, default_year=2021, reference_end=datetime.date(2024, 5, 31))
    assert p is None or p.start <= p.end
    dates.is_whole_period(text)


def _numbers_target(data: bytes) -> None:
    from repcheck.parsing import numbers

    text = data.decode("utf-8", "replace")
    numbers._parse_cell(text)  # unguarded
    for m in numbers.find_numbers(text):
        assert text[m.start : m.end] == m.text


def _targets() -> dict[str, tuple[Callable[[bytes], None], st.SearchStrategy[bytes], str]]:
    from repcheck.plugins.readers.docx import DocxReader
    from repcheck.plugins.readers.odt import OdtReader
    from repcheck.plugins.readers.pdf import PdfReader
    from repcheck.plugins.readers.rtf import RtfReader
    from repcheck.plugins.readers.text import TextReader

    words = st.lists(st.sampled_from(
        ["2021", "2023–2024", "сентябрь", "мая", "г.", "гг.", "учебный год", "по", "с", "настоящее время",
         "1 234,5", "чел.", "%", "тыс. руб", "№", "\t", "\n", "1.", "I.", "—", " ", "от", "до", "квартал"]
    ) | st.text(max_size=4), max_size=60).map(lambda xs: "".join(xs).encode())  # fmt: skip
    return {
        "text": (_reader_target(TextReader, ".txt"), st.binary(max_size=4000) | mutated(_text_seeds()), ".txt"),
        "docx": (_reader_target(DocxReader, ".docx"), mutated(_seeds(".docx")) | mutated_package(_seeds(".docx")), ".docx"),
        "odt": (_reader_target(OdtReader, ".odt"), mutated(_seeds(".odt")) | mutated_package(_seeds(".odt")), ".odt"),
        "rtf": (_reader_target(RtfReader, ".rtf"), mutated(_seeds(".rtf")) | mutated_rtf(_seeds(".rtf")), ".rtf"),
        "pdf": (_reader_target(PdfReader, ".pdf"), mutated(_seeds(".pdf")), ".pdf"),
        "structurer": (_structurer_target, mutated(_text_seeds()) | words, ".txt"),
        "dates": (_dates_target, words | st.binary(max_size=300), ".txt"),
        "numbers": (_numbers_target, words | st.binary(max_size=300), ".txt"),
    }  # fmt: skip


# -- the loop ----------------------------------------------------------------------------------------------


def _save(name: str, ext: str, data: bytes, error: str) -> Path:
    CRASHES.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()[:12]
    path = CRASHES / f"{name}-{digest}{ext}"
    path.write_bytes(data)
    path.with_name(path.name + ".txt").write_text(error, encoding="utf-8")
    return path


def fuzz(name: str, seconds: float, examples_per_round: int = 200) -> tuple[int, list[str]]:
    """Run one target for `seconds`; (examples run, failures)."""
    target, strategy, ext = _targets()[name]
    failures: list[str] = []
    count = 0
    last_failed: list[bytes] = []

    def check(data: bytes) -> None:
        nonlocal count
        count += 1
        try:
            with limits.applied(Limits()), limits.deadline(EXAMPLE_SECONDS):
                target(data)
        except limits.FileTimeout as exc:
            last_failed[:] = [data]
            raise AssertionError(f"hang: over {EXAMPLE_SECONDS} s") from exc
        except BaseException:
            last_failed[:] = [data]  # hypothesis replays the shrunk example last
            raise

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        test = settings(max_examples=examples_per_round, deadline=None, database=None, derandomize=False,
                        suppress_health_check=list(HealthCheck))(given(strategy)(check))  # fmt: skip
        try:
            test()
        except Exception as exc:  # noqa: BLE001 - hypothesis re-raises the shrunk failure
            tb = "".join(traceback.format_exception(exc))
            data = last_failed[0] if last_failed else None
            failures.append(tb)
            key = tb.strip().splitlines()[-1]
            print(f"[{name}] FAILURE: {key}", flush=True)
            if data is not None:
                print(f"  saved: {_save(name, ext, data, tb)}")
            if len(failures) >= 5:
                break
    return count, failures


def main(argv: list[str] | None = None) -> int:
    import logging

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings about broken streams
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", action="append", help="a target (repeatable); default: all")
    parser.add_argument("--minutes", type=float, default=5.0, help="total time (default 5)")
    parser.add_argument("--list", action="store_true", help="list the targets")
    args = parser.parse_args(argv)
    names = list(_targets())
    if args.list:
        print("\n".join(names))
        return 0
    chosen = args.target or names
    unknown = set(chosen) - set(names)
    if unknown:
        parser.error(f"unknown targets: {', '.join(sorted(unknown))}")
    share = args.minutes * 60 / len(chosen)
    total_failures = 0
    started = time.monotonic()
    for name in chosen:
        t0 = time.monotonic()
        count, failures = fuzz(name, share)
        total_failures += len(failures)
        print(f"{name:11} {count:7d} inputs in {time.monotonic() - t0:6.1f} s: "
              f"{'OK' if not failures else f'{len(failures)} FAILURES'}", flush=True)  # fmt: skip
    print(f"total {time.monotonic() - started:.0f} s, failures: {total_failures}")
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main())
