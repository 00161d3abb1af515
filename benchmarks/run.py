"""Benchmark runner: repcheck over generated corpora of N reports against the floor.

    python benchmarks/run.py [--sizes 100,1000,10000] [--data benchmarks/data] [--jobs 2]
                             [--pdf-share 3] [--json benchmarks/results/latest.json]

For each N it runs, as a user would,

    repcheck check --no-cache --no-progress --jobs J --format json --output … --timings … DIR

in a subprocess and reports wall time, per-document time, CPU time (user + system of the whole
process tree), peak memory (the largest sum of the RSS of repcheck and all its worker processes,
sampled every 50 ms), the time of each stage as repcheck's --timings records it (read,
structure, rules and signatures summed over files in the workers; the corpus-wide duplicate pass
in the main process), and, measured in the same run on the same files and the same number of
processes, **the floor**: for a .docx, unzip + lxml parse of word/document.xml + a walk over
every w:t; for a .txt, read + decode + split into lines; for a .pdf, pdfium (pypdfium2) opening
the file and extracting every page's text — the least any reader must do — and the ratio of
repcheck's time to it.

Also `repcheck --version` and one small report checked (corpus/text/kip-annual-clean.txt,
--jobs 1), medians of several runs, and whether D503 found the copies the generator planted.

The corpus (benchmarks/generate.py, --count max(N)) is made once under --data; the smaller sets
are its first N files (hard links). Subprocesses get a private bytecode cache
(PYTHONPYCACHEPREFIX) warmed before timing, as an installed package has its .pyc files.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

SMALL_REPORT = ROOT / "corpus" / "text" / "kip-annual-clean.txt"
W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


# -- the floor ----------------------------------------------------------------------------------
def floor_one(path: str) -> tuple[str, float]:
    """(format, seconds) of the least work any reader does on the file."""
    start = time.perf_counter()
    data = Path(path).read_bytes()
    ext = Path(path).suffix.lower()
    if ext == ".docx":
        from lxml import etree

        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            root = etree.fromstring(zf.read("word/document.xml"))
        sum(len(el.text or "") for el in root.iter(W_T))
    elif ext == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()
    else:
        len(data.decode("utf-8", errors="replace").splitlines())
    return ext.lstrip("."), time.perf_counter() - start


def measure_floor(files: list[Path], jobs: int) -> dict:
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        per_file = list(pool.map(floor_one, map(str, files), chunksize=max(1, min(64, len(files) // (jobs * 4) or 1))))
    wall = time.perf_counter() - started
    by_format: dict[str, list[float]] = {}
    for fmt, secs in per_file:
        by_format.setdefault(fmt, []).append(secs)
    return {
        "wall_s": wall,
        "per_doc_ms": 1000 * wall / len(files),
        "cpu_per_doc_ms": {fmt: 1000 * statistics.mean(v) for fmt, v in sorted(by_format.items())},
        "files": {fmt: len(v) for fmt, v in sorted(by_format.items())},
    }


# -- running repcheck ---------------------------------------------------------------------------
class TreeSampler(threading.Thread):
    """Peak of the summed RSS of a process and its descendants."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        super().__init__(daemon=True)
        import psutil

        self.proc = psutil.Process(pid)
        self.every = every
        self.peak = 0
        self.peak_procs = 0
        self.stop = threading.Event()

    def run(self) -> None:
        import psutil

        while not self.stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
            except psutil.Error:
                break
            total = 0
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            if total > self.peak:
                self.peak, self.peak_procs = total, len(procs)
            self.stop.wait(self.every)


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    e["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "repcheck-bench-pyc")
    return e


def repcheck() -> list[str]:
    exe = shutil.which("repcheck")
    return [exe] if exe else [sys.executable, "-m", "repcheck"]


def timed(cmd: list[str], sample: bool = False) -> dict:
    """Wall, CPU (user+sys of the tree, from the children's rusage) and peak RSS of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeSampler(proc.pid) if sample else None
    if sampler:
        sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - started
    if sampler:
        sampler.stop.set()
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {err.decode(errors='replace')[-2000:]}")
    return {
        "wall_s": wall,
        "cpu_s": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "peak_rss_mb": sampler.peak / 2**20 if sampler else None,
        "peak_processes": sampler.peak_procs if sampler else None,
    }


def check_corpus(folder: Path, jobs: int, work: Path, extra: list[str] | None = None) -> dict:
    out, timings = work / f"{folder.name}.json", work / f"{folder.name}.timings.json"
    cmd = [*repcheck(), "check", "--no-cache", "--no-progress", "--jobs", str(jobs), "--format", "json",
           "--output", str(out), "--timings", str(timings), *(extra or []), str(folder)]
    res = timed(cmd, sample=True)
    res["command"] = " ".join(["repcheck", *cmd[len(repcheck()):]])
    res["stages_s"] = json.loads(timings.read_text())["seconds"]
    res["output"] = str(out)
    return res


def planted_recall(result_json: Path, manifest: dict, names: set[str]) -> dict:
    """How many of the copies the generator planted D503 reports (the copying file names its source)."""
    data = json.loads(result_json.read_text(encoding="utf-8"))
    related: dict[str, set[str]] = {}
    d503 = 0
    errors = 0
    for f in data["files"]:
        name = Path(f["path"]).name
        errors += f["error"] is not None
        for x in f["findings"]:
            if x["code"] == "D503":
                d503 += 1
                related.setdefault(name, set()).update(Path(p).name for p in x["related"])
    planted = found = 0
    for e in manifest["files"]:
        if e["name"] not in names:
            continue
        for src in e.get("copied_from", []):
            if src in names:
                planted += 1
                found += src in related.get(e["name"], set())
    return {"planted": planted, "found": found, "d503_findings": d503, "unreadable": errors,
            "findings": data["summary"]["findings"]}


# -- corpora ------------------------------------------------------------------------------------
def corpus(data: Path, sizes: list[int], pdf_share: int, pages: float) -> tuple[dict[int, Path], dict]:
    from generate import Params, generate

    full = data / "all"
    manifest_path = full / "manifest.json"
    need = max(sizes)
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.exists() else None
    if manifest is None or manifest["params"]["count"] < need:
        shutil.rmtree(full, ignore_errors=True)
        p = Params(count=need, pages=pages, formats=(("docx", 70), ("txt", 30 - pdf_share), ("pdf", pdf_share)))
        manifest = generate(full, p, jobs=os.cpu_count() or 1)
    names = sorted(e["name"] for e in manifest["files"])
    out = {}
    for n in sizes:
        folder = data / f"n{n}"
        if not folder.exists() or len(list(folder.iterdir())) != min(n, len(names)):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            for name in names[:n]:
                os.link(full / name, folder / name)
        out[n] = folder
    return out, manifest


def machine() -> dict:
    import psutil

    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": model or platform.processor(),
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def startup(runs: int = 10) -> dict:
    timed([*repcheck(), "--version"])  # warm the bytecode cache
    timed([*repcheck(), "check", "--no-cache", "--jobs", "1", "-q", str(SMALL_REPORT)])
    version = [timed([*repcheck(), "--version"])["wall_s"] for _ in range(runs)]
    small = [timed([*repcheck(), "check", "--no-cache", "--jobs", "1", "-q", str(SMALL_REPORT)]) for _ in range(max(3, runs // 2))]
    return {
        "version_s": statistics.median(version),
        "small_report_s": statistics.median(r["wall_s"] for r in small),
        "small_report_cpu_s": statistics.median(r["cpu_s"] for r in small),
        "small_report": str(SMALL_REPORT.relative_to(ROOT)),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "data")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--pdf-share", type=int, default=3, help="PDFs per 100 reports (LibreOffice export)")
    ap.add_argument("--pages", type=float, default=12.0)
    ap.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "latest.json")
    ap.add_argument("--skip-startup", action="store_true")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    folders, manifest = corpus(args.data, sizes, args.pdf_share, args.pages)
    report: dict = {"machine": machine(), "jobs": args.jobs, "load_before": os.getloadavg(), "sizes": {}}
    if not args.skip_startup:
        report["startup"] = startup()
        print(f"startup: --version {report['startup']['version_s']:.3f} s, small report "
              f"{report['startup']['small_report_s']:.3f} s", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="repcheck-bench-") as tmp:
        work = Path(tmp)
        for n in sizes:
            folder = folders[n]
            files = sorted(folder.iterdir())
            floor = measure_floor(files, args.jobs)
            load = os.getloadavg()
            res = check_corpus(folder, args.jobs, work)
            res["load_avg_1m"] = [load[0], os.getloadavg()[0]]
            res["floor"] = floor
            res["docs"] = len(files)
            res["per_doc_ms"] = 1000 * res["wall_s"] / len(files)
            res["cpu_per_doc_ms"] = 1000 * res["cpu_s"] / len(files)
            res["ratio_to_floor"] = res["wall_s"] / floor["wall_s"]
            res["pages_mean"] = statistics.mean(e["pages"] for e in manifest["files"] if e["name"] in {f.name for f in files})
            res["d503"] = planted_recall(Path(res.pop("output")), manifest, {f.name for f in files})
            report["sizes"][str(n)] = res
            print(f"N={n}: wall {res['wall_s']:.1f} s ({res['per_doc_ms']:.1f} ms/doc), cpu {res['cpu_s']:.1f} s, "
                  f"peak {res['peak_rss_mb']:.0f} MB, floor {floor['wall_s']:.2f} s, ratio {res['ratio_to_floor']:.1f}, "
                  f"stages {({k: round(v, 1) for k, v in res['stages_s'].items()})}, d503 {res['d503']}", file=sys.stderr)
    s = report["sizes"]
    if "1000" in s and "10000" in s:
        report["growth_10000_over_1000"] = s["10000"]["wall_s"] / s["1000"]["wall_s"]
    report["load_after"] = os.getloadavg()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(markdown(report))


def markdown(report: dict) -> str:
    rows = ["| N | wall | per doc | CPU per doc | peak RSS | read | structure | rules | signatures | corpus (D503) "
            "| floor | floor per doc | ratio | D503 planted copies found |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for n, r in report["sizes"].items():
        st = r["stages_s"]
        rows.append(
            f"| {int(n):,} | {r['wall_s']:.1f} s | {r['per_doc_ms']:.1f} ms | {r['cpu_per_doc_ms']:.1f} ms "
            f"| {r['peak_rss_mb']:.0f} MB | {st.get('read', 0):.1f} s | {st.get('structure', 0):.1f} s "
            f"| {st.get('rules', 0):.1f} s | {st.get('signatures', 0):.1f} s | {st.get('corpus', 0):.1f} s "
            f"| {r['floor']['wall_s']:.2f} s | {r['floor']['per_doc_ms']:.2f} ms | {r['ratio_to_floor']:.1f}× "
            f"| {r['d503']['found']}/{r['d503']['planted']} |"
        )
    return "\n".join(rows)


if __name__ == "__main__":
    main()
