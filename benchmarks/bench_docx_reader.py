"""Benchmark of the .docx reader on a generated ~50-page report with 20 tables.

    PYTHONPATH=. python benchmarks/bench_docx_reader.py [--runs 30] [--keep out.docx]

Reports milliseconds per read for:
- ours:  repcheck.plugins.readers.docx.DocxReader.read (bytes in, Document out);
- floor: unzip + lxml parse of word/document.xml + a walk over every w:t: the least any
  lxml-based reader must do, so "ours - floor" is the cost of structure, numbering and models.

The document is written with python-docx (writing only): 20 sections with auto-numbered
Heading 1 titles, ~8 paragraphs each, a numbered list, and one 12×5 table per section with a
header cell spanning two columns and a vertical merge.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
import zipfile
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpus" / "tools"))

from build_docx import Numbering, set_num  # noqa: E402  (the corpus builder's helpers)

from repcheck.plugins.readers._package import safe_xml_parser  # noqa: E402
from repcheck.plugins.readers.docx import DocxReader  # noqa: E402

WORDS = (
    "в рамках проекта педагоги лицея провели серию семинаров и открытых уроков по формированию "
    "читательской грамотности учащихся основной школы с участием партнёров из сетевых школ округа"
).split()


def sentence(i: int, n: int = 80) -> str:
    words = [WORDS[(i * 7 + k) % len(WORDS)] for k in range(n)]
    return " ".join(words).capitalize() + "."


def build(sections: int = 20) -> bytes:
    from docx import Document as make_document

    doc = make_document()
    numbering = Numbering(doc)
    heads = numbering.num("sections")
    tasks = numbering.num("tasks")
    for s in range(sections):
        set_num(doc.add_heading(f"Раздел отчёта {s + 1}", level=1), heads, 0)
        for k in range(8):
            doc.add_paragraph(sentence(s * 10 + k))
        for k in range(5):
            set_num(doc.add_paragraph(f"Задача {k + 1} раздела {s + 1}"), tasks, 0)
        table = doc.add_table(rows=12, cols=5)
        table.style = "Table Grid"
        for r in range(12):
            for c in range(5):
                header = ["№", "Мероприятие", "Сроки", "", "Итог"][c]
                table.cell(r, c).text = f"{r}.{c} значение" if r else header
        table.cell(0, 2).merge(table.cell(0, 3)).text = "Сроки"
        top = table.cell(2, 1)
        text = top.text
        top.merge(table.cell(4, 1)).text = text
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def floor_read(data: bytes) -> int:
    """Unzip, parse, and visit every text node: the lower bound for any lxml reader."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read("word/document.xml")
    root = etree.fromstring(xml, safe_xml_parser())
    w_t = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
    return sum(len(el.text or "") for el in root.iter(w_t))


def timeit(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm-up
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="also save the generated .docx here")
    args = parser.parse_args()
    data = build()
    if args.keep:
        args.keep.write_bytes(data)
    reader = DocxReader()
    doc = reader.read(Path("bench.docx"), data)
    n_tables = len(doc.tables())
    words = sum(len(b.text.split()) for b in doc.blocks) + sum(
        len(c.text.split()) for _, b in doc.tables() for r in b.table.rows for c in r.cells  # type: ignore[union-attr]
    )
    ours = timeit(lambda: reader.read(Path("bench.docx"), data), args.runs)
    floor = timeit(lambda: floor_read(data), args.runs)
    print(f"document: {len(data) // 1024} KB, {len(doc.blocks)} blocks, {n_tables} tables, {words} words")
    print(f"ours : {ours:7.1f} ms per read (median of {args.runs})")
    print(f"floor: {floor:7.1f} ms per read (unzip + lxml parse + w:t walk)")
    print(f"ratio: {ours / floor:7.1f}x")


if __name__ == "__main__":
    main()
