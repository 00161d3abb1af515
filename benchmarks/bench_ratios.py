"""repcheck against the bare libraries, as ratios measured side by side in one run.

    python benchmarks/bench_ratios.py [--docx 200] [--pages 40] [--pdf PATH ...] [--runs 2]
                                      [--repcheck PATH] [--compare OTHER_REPCHECK]
                                      [--out benchmarks/results/ratios.json]

Three ratios, each of whole commands run one after the other under `/usr/bin/time -v` (CPU =
user + system time of the command; the least of `--runs` runs; wall and peak RSS are shown too):

- **.docx**: `repcheck check --jobs 1 --no-cache` of N generated reports (benchmarks/generate.py,
  ~20 pages each at --pages 40, every report with a styles part of its own: no two share the
  bytes of word/styles.xml) against python-docx opening the same files and reading the text of
  every paragraph and every table cell — the least any python-docx program must do;
- **.pdf**: `repcheck check --jobs 1 --no-cache` of PDFs (by default the corpus's: corpus/docx,
  corpus/formats, corpus/blind/docs) against pypdfium2 (PDFium) opening them and extracting every
  page's text;
- **one small report**: `repcheck check --jobs 1 --no-cache corpus/text/kip-annual-clean.txt`
  end to end against `repcheck --version` (medians of 7 runs).

`--compare` times a second installation (e.g. an older checkout's .venv/bin/repcheck) in the same
runs, taking turns with this one and the floor: before/after figures from one run. Each run gets a private bytecode cache, as
benchmarks/run.py does (this environment sets PYTHONDONTWRITEBYTECODE; an installed package has
its .pyc). The machine's load average is recorded: ratios hold under load, absolute times do not.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
SMALL = ROOT / "corpus" / "text" / "kip-annual-clean.txt"
PDF_DIRS = [ROOT / "corpus" / "docx", ROOT / "corpus" / "formats", ROOT / "corpus" / "blind" / "docs"]

DOCX_FLOOR = """
import sys, glob, docx
n = 0
for path in sorted(glob.glob(sys.argv[1] + "/*.docx")):
    d = docx.Document(path)
    for p in d.paragraphs:
        n += len(p.text)
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                n += len(cell.text)
print(n)
"""

PDF_FLOOR = """
import sys, pypdfium2
n = pages = 0
for path in sys.argv[1:]:
    pdf = pypdfium2.PdfDocument(path)
    for page in pdf:
        text = page.get_textpage()
        n += len(text.get_text_range())
        pages += 1
        text.close()
        page.close()
    pdf.close()
print(n, pages)
"""


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    e["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "repcheck-bench-pyc")
    return e


def timed(cmd: list[str]) -> dict:
    """CPU (user + system), wall and peak RSS of a command, from /usr/bin/time -v."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        proc = subprocess.run(
            ["/usr/bin/time", "-v", "-o", report.name, *cmd],
            env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, check=False,
        )
        text = Path(report.name).read_text()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{cmd[:3]} failed ({proc.returncode}): {proc.stderr[-800:]}")

    def field(name: str) -> str:
        m = re.search(rf"^\s*{re.escape(name)}: (.+)$", text, re.M)
        if m is None:
            raise RuntimeError(f"/usr/bin/time gave no {name!r}")
        return m.group(1).strip()

    wall = 0.0
    for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"):
        wall = wall * 60 + float(part)
    return {
        "cpu": float(field("User time (seconds)")) + float(field("System time (seconds)")),
        "wall": wall,
        "rss_mb": int(field("Maximum resident set size (kbytes)")) / 1024,
        "stdout": proc.stdout,
    }


def best(cmd: list[str], runs: int) -> dict:
    got = [timed(cmd) for _ in range(runs)]
    return min(got, key=lambda r: r["cpu"])


def check_cmd(repcheck: str, paths: list[str]) -> list[str]:
    return [repcheck, "check", "--jobs", "1", "--no-cache", "--no-progress", "--format", "json",
            "--output", os.devnull, "--fail-on", "never", *paths]


# -- .docx -----------------------------------------------------------------------------------------


def docx_set(count: int, pages: float) -> Path:
    folder = DATA / f"ratios-docx-{count}-p{pages:g}"
    if not (folder / "manifest.json").exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(folder), "--count", str(count),
                        "--pages", str(pages), "--formats", "docx=100"], check=True, env=env())
    files = sorted(folder.glob("*.docx"))
    styles = {hashlib.sha1(zipfile.ZipFile(f).read("word/styles.xml")).hexdigest() for f in files}
    if len(styles) != len(files):
        raise RuntimeError(f"{folder}: {len(files)} reports share {len(styles)} styles parts; regenerate it")
    return folder


def interleaved(commands: dict[str, list[str]], runs: int) -> dict[str, dict]:
    """The least CPU of `runs` runs of each command, the commands taking turns, so that a change
    of the machine's load hits them all."""
    got: dict[str, list[dict]] = {k: [] for k in commands}
    for _ in range(runs):
        for k, cmd in commands.items():
            got[k].append(timed(cmd))
    return {k: min(v, key=lambda r: r["cpu"]) for k, v in got.items()}


def ratios(best: dict[str, dict], floor: str, n: int, unit: str) -> dict:
    f = best[floor]
    out: dict = {floor: _short(f, n, unit)}
    for k, r in best.items():
        if k != floor:
            out[k] = {**_short(r, n, unit), "ratio_cpu": round(r["cpu"] / f["cpu"], 2),
                      "ratio_wall": round(r["wall"] / f["wall"], 2)}
    return out


def bench_docx(exes: dict[str, str], count: int, pages: float, runs: int) -> dict:
    folder = docx_set(count, pages)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    mean_pages = statistics.mean(e["pages"] for e in manifest["files"])
    commands = {k: check_cmd(exe, [str(folder)]) for k, exe in exes.items()}
    commands["python_docx"] = [sys.executable, "-c", DOCX_FLOOR, str(folder)]
    n = len(manifest["files"])
    return {"reports": n, "mean_pages": round(mean_pages, 1), "distinct_styles_parts": n,
            **ratios(interleaved(commands, runs), "python_docx", n, "report")}


# -- .pdf ------------------------------------------------------------------------------------------


def pdf_files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.glob("*.pdf")) if p.is_dir() else [p])
    return [p for p in out if p.name != "protected.pdf"]


def bench_pdf(exes: dict[str, str], paths: list[Path], runs: int) -> dict:
    files = [str(p) for p in pdf_files(paths)]
    commands = {k: check_cmd(exe, files) for k, exe in exes.items()}
    commands["pdfium_text"] = [sys.executable, "-c", PDF_FLOOR, *files]
    best = interleaved(commands, runs)
    pages = int(best["pdfium_text"]["stdout"].split()[1])
    return {"files": len(files), "pages": pages, **ratios(best, "pdfium_text", pages, "page")}


# -- start-up --------------------------------------------------------------------------------------


def bench_startup(exes: dict[str, str], runs: int = 7) -> dict:
    out: dict = {"small_report": SMALL.relative_to(ROOT).as_posix()}
    rows: dict[str, dict[str, list[dict]]] = {k: {"version": [], "small": []} for k in exes}
    for exe in exes.values():  # warm the bytecode caches
        timed([exe, "--version"])
        timed(check_cmd(exe, [str(SMALL)]))
    for _ in range(runs):
        for k, exe in exes.items():
            rows[k]["version"].append(timed([exe, "--version"]))
            rows[k]["small"].append(timed(check_cmd(exe, [str(SMALL)])))

    def med(items: list[dict], key: str) -> float:
        return round(statistics.median(r[key] for r in items), 3)

    for k, got in rows.items():
        out[k] = {what: {"wall_s": med(items, "wall"), "cpu_s": med(items, "cpu"), "rss_mb": med(items, "rss_mb"),
                         "best_wall_s": round(min(r["wall"] for r in items), 3),
                         "best_cpu_s": round(min(r["cpu"] for r in items), 3)}
                  for what, items in got.items()}
    return out


def _short(r: dict, n: int, unit: str = "report") -> dict:
    return {"cpu_s": round(r["cpu"], 2), "wall_s": round(r["wall"], 2), "rss_mb": round(r["rss_mb"]),
            f"cpu_ms_per_{unit}": round(1000 * r["cpu"] / max(n, 1), 2)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docx", type=int, default=200, help="generated .docx reports (0: skip)")
    ap.add_argument("--pages", type=float, default=40.0, help="generate.py --pages (40 gives ~20 pages)")
    ap.add_argument("--pdf", type=Path, nargs="*", default=PDF_DIRS, help="PDF files or folders (none: skip)")
    ap.add_argument("--no-startup", action="store_true")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--repcheck", default=shutil.which("repcheck") or str(Path(sys.executable).with_name("repcheck")))
    ap.add_argument("--compare", metavar="REPCHECK", help="another repcheck (e.g. an older checkout's), timed in the same runs")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "ratios.json")
    args = ap.parse_args(argv)
    started = time.time()
    exes = {"repcheck": args.repcheck}
    if args.compare:
        exes["compared"] = args.compare
    result: dict = {"executables": exes, "load_before": os.getloadavg()[0], "cpus": os.cpu_count()}
    if args.docx:
        result["docx"] = d = bench_docx(exes, args.docx, args.pages, args.runs)
        for k in exes:
            print(f".docx ({k}): {d['reports']} reports (~{d['mean_pages']} pages): {d[k]['cpu_s']} s CPU, "
                  f"python-docx {d['python_docx']['cpu_s']} s -> {d[k]['ratio_cpu']}x (wall {d[k]['ratio_wall']}x)")
    if args.pdf:
        result["pdf"] = p = bench_pdf(exes, args.pdf, args.runs)
        for k in exes:
            print(f".pdf ({k}): {p['files']} files, {p['pages']} pages: {p[k]['cpu_s']} s CPU, "
                  f"PDFium text {p['pdfium_text']['cpu_s']} s -> {p[k]['ratio_cpu']}x (wall {p[k]['ratio_wall']}x)")
    if not args.no_startup:
        result["startup"] = st = bench_startup(exes)
        for k in exes:
            s_, v = st[k]["small"], st[k]["version"]
            print(f"one small report ({k}): {s_['wall_s']} s wall (best {s_['best_wall_s']}), {s_['cpu_s']} s CPU "
                  f"(best {s_['best_cpu_s']}), {s_['rss_mb']:.0f} MB; --version {v['wall_s']} s")
    result["load_after"] = os.getloadavg()[0]
    result["seconds"] = round(time.time() - started)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
