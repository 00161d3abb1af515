"""The PDF reader alone against PDFium's text extraction, CPU per page, in one run.

    python benchmarks/bench_pdf_reader.py [--pdf PATH ...] [--rounds 5] [--repeat 3]
                                          [--compare OTHER/.venv/bin/python] [--split]

Each round starts a fresh process per interpreter (this one, and `--compare`'s: an older
checkout's environment, for before/after in one run), taking turns; a process reads every PDF
`--repeat` times with `read_pdf_bytes` (the reader's whole work: the pre-check, PDFium's
characters, words and tables, the layout rules, the Document) after one warm-up pass, and does
the same with the floor — pypdfium2 opening the files and extracting every page's text, as
bench_ratios.py's floor does. CPU (user + system of the process, `time.process_time`) per page:
the least over repeats, then the median over rounds. `--split` adds the parts of the current
code (the pre-check, loading a page, characters, words, tables: each alone, cumulative where
one needs the other). The machine's load does not cancel out of a single figure; compare the
figures of one run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PDF_DIRS = [ROOT / "corpus" / "docx", ROOT / "corpus" / "formats", ROOT / "corpus" / "blind" / "docs"]


def pdf_files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.glob("*.pdf")) if p.is_dir() else [p])
    return [p for p in out if p.name != "protected.pdf"]


def _floor(datas: list[bytes]) -> int:
    import pypdfium2

    pages = 0
    for data in datas:
        pdf = pypdfium2.PdfDocument(data)
        for page in pdf:
            text = page.get_textpage()
            text.get_text_range()
            pages += 1
            text.close()
            page.close()
        pdf.close()
    return pages


def _reader(paths: list[Path], datas: list[bytes]) -> None:
    from repcheck.plugins.readers.pdf import read_pdf_bytes
    from repcheck.reader import ReaderError

    for path, data in zip(paths, datas, strict=True):
        try:
            read_pdf_bytes(path, data)
        except ReaderError:
            pass


def _split(datas: list[bytes]) -> dict[str, float]:
    """CPU of the parts, each pass doing one more step than the one before (so each part is the
    difference); the current code's interfaces."""
    from repcheck.plugins.readers import _pdfium
    from repcheck.plugins.readers.pdf import page_tables, page_words
    from repcheck.plugins.readers.pdf_guard import check_pdf
    from repcheck.reader import ReaderError

    def run(steps: int) -> float:
        start = time.process_time()
        for data in datas:
            try:
                check_pdf(data)
            except ReaderError:
                continue
            if steps < 1:
                continue
            try:
                doc = _pdfium.open_pdf(data)
            except _pdfium.PasswordError:
                continue
            if doc is None:
                continue
            try:
                for page in doc.pages:
                    try:
                        if steps >= 2:
                            page.chars()
                        if steps >= 3:
                            words = page_words(page)
                        if steps >= 4:
                            page_tables(page, words, 1)
                    finally:
                        page.close()
            except _pdfium.Fallback:
                pass
            finally:
                doc.close()
        return time.process_time() - start

    names = ["pre-check", "open, load pages", "characters", "words", "tables"]
    got = [min(run(k) for _ in range(3)) for k in range(5)]
    return {names[0]: got[0], **{names[k]: got[k] - got[k - 1] for k in range(1, 5)}}


def child(paths: list[Path], repeat: int, split: bool) -> dict:
    datas = [p.read_bytes() for p in paths]
    pages = _floor(datas)  # warm-up of both
    _reader(paths, datas)
    reader, floor = [], []
    for _ in range(repeat):
        start = time.process_time()
        _reader(paths, datas)
        reader.append(time.process_time() - start)
        start = time.process_time()
        _floor(datas)
        floor.append(time.process_time() - start)
    out = {"pages": pages, "reader_s": min(reader), "floor_s": min(floor)}
    if split:
        out["split_s"] = _split(datas)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf", type=Path, nargs="*", default=PDF_DIRS)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--compare", metavar="PYTHON", help="another environment's python (e.g. an older checkout's)")
    ap.add_argument("--split", action="store_true", help="the parts of this checkout's reader")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    paths = pdf_files(args.pdf)
    if args.child:
        print(json.dumps(child(paths, args.repeat, args.split)))
        return
    pythons = {"this": sys.executable}
    if args.compare:
        pythons["compared"] = args.compare
    rows: dict[str, list[dict]] = {k: [] for k in pythons}
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for r in range(args.rounds):
        for name, python in pythons.items():
            cmd = [python, str(Path(__file__).resolve()), "--child", "--repeat", str(args.repeat),
                   "--pdf", *map(str, paths)]
            if args.split and name == "this" and r == 0:
                cmd.append("--split")
            done = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env, cwd=ROOT)
            rows[name].append(json.loads(done.stdout))
    print(f"{len(paths)} PDFs, {rows['this'][0]['pages']} pages, {args.rounds} rounds; "
          f"load {os.getloadavg()[0]:.1f}")
    for name, got in rows.items():
        pages = got[0]["pages"]
        reader = statistics.median(g["reader_s"] for g in got) * 1000 / pages
        floor = statistics.median(g["floor_s"] for g in got) * 1000 / pages
        print(f"{name:9s} reader {reader:6.2f} ms/page   PDFium text {floor:5.2f} ms/page   ratio {reader / floor:5.1f}x")
        split = next((g["split_s"] for g in got if "split_s" in g), None)
        if split:
            print("          " + ", ".join(f"{k} {v * 1000 / pages:.2f}" for k, v in split.items()) + " (ms/page)")


if __name__ == "__main__":
    main()
