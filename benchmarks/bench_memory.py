"""Memory flat with the batch: a worker's RSS after N and k·N reports, and a whole batch of N and
k·N reports on J processes (time ratio, peak memory of the process tree).

    python benchmarks/bench_memory.py [--data benchmarks/data] [--n 1000] [--k 4] [--jobs 2]
                                      [--worker-n 400] [--pdf-share 0] [--skip-batch]

1. **Worker**: one process checks the first `--worker-n` reports one after the other exactly as a
   worker does (`engine.check_file`), and records its RSS (psutil) after each quarter, the entries
   left in the per-report caches (repcheck.report_cache) and in the functools caches whose keys
   are texts. Caches keyed on text unique to a report grow with every report unless they are
   emptied per report; the RSS after the last quarter against the first shows it.
2. **Batch**: `repcheck check --no-cache --no-progress --jobs J --format json` over the first N
   and the first k·N reports, each under `/usr/bin/time -v` (maximum RSS of the largest single
   process) while the summed RSS of the whole process tree is sampled every 50 ms; wall and CPU
   time (user + system of the tree) and their ratios. Near-linear means the k·N run takes at most
   about k times the N run (the target for 10,000 against 1,000: ≤ 10.5×).

The reports are benchmarks/generate.py's (70 % .docx, 30 % .txt by default, ~10 pages), made once
under --data; the sets are prefixes of one corpus (hard links), as in benchmarks/run.py. Writes
the figures as JSON (--json) and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import TreeSampler, corpus, env, repcheck  # noqa: E402


def _text_caches() -> dict[str, int]:
    """Entries of the functools caches of repcheck's modules (name → entries)."""
    out = {}
    for o in gc.get_objects():
        if isinstance(o, functools._lru_cache_wrapper) and getattr(o, "__module__", "").startswith("repcheck"):
            n = o.cache_info().currsize
            if n > 100:
                out[f"{o.__module__}.{o.__qualname__}"] = n
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def worker(folder: Path, n: int) -> dict:
    """RSS of one process after each quarter of `n` reports checked one by one."""
    import psutil

    from repcheck.config import Config
    from repcheck.engine import Settings, check_file

    try:
        from repcheck import report_cache
    except ImportError:  # the code before issue 13 had none
        report_cache = None
    files = sorted(p for p in folder.iterdir() if p.suffix in (".docx", ".txt", ".pdf"))[:n]
    settings = Settings(config=Config(cache=False))
    me = psutil.Process()
    check_file(files[0], settings)  # imports, registry, dictionaries: not the batch's growth
    marks = {max(1, len(files) * q // 4) for q in (1, 2, 3, 4)}
    rows = []
    started = time.process_time()
    for i, path in enumerate(files, 1):
        check_file(path, settings)
        if i in marks:
            gc.collect()
            rows.append({"reports": i, "rss_mb": round(me.memory_info().rss / 2**20, 1),
                         "cpu_s": round(time.process_time() - started, 2),
                         "per_report_entries": report_cache.size() if report_cache else None})
    return {"reports": len(files), "after": rows, "text_caches": _text_caches()}


def _time_v(stderr: str) -> dict:
    def grab(label: str) -> str | None:
        m = re.search(rf"{re.escape(label)}: (.+)", stderr)
        return m.group(1).strip() if m else None

    rss = grab("Maximum resident set size (kbytes)")
    return {"max_rss_single_process_mb": round(int(rss) / 1024, 1) if rss else None,
            "elapsed": grab("Elapsed (wall clock) time (h:mm:ss or m:ss)")}


def batch(folder: Path, jobs: int, work: Path) -> dict:
    out = work / f"{folder.name}.json"
    cmd = ["/usr/bin/time", "-v", *repcheck(), "check", "--no-cache", "--no-progress", "--jobs", str(jobs),
           "--format", "json", "--output", str(out), str(folder)]
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {err[-2000:]}")
    files = len(json.loads(out.read_text(encoding="utf-8"))["files"])
    return {"files": files, "wall_s": round(wall, 1),
            "cpu_s": round((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), 1),
            "peak_tree_rss_mb": round(sampler.peak / 2**20), "peak_processes": sampler.peak_procs,
            **_time_v(err), "load_1min": round(os.getloadavg()[0], 2)}


def markdown(res: dict) -> str:
    lines = []
    w = res.get("worker")
    if w:
        lines += ["| reports checked by one process | RSS | CPU | entries in per-report caches |", "|---|---|---|---|"]
        lines += [f"| {r['reports']} | {r['rss_mb']:.0f} MB | {r['cpu_s']:.1f} s | {r['per_report_entries']} |" for r in w["after"]]
        lines += ["", "functools caches left (entries): " + ", ".join(f"{k} {v}" for k, v in w["text_caches"].items())]
    b = res.get("batch")
    if b:
        lines += ["", "| reports | jobs | wall | CPU | peak RSS, process tree | max RSS, one process | load |", "|---|---|---|---|---|---|---|"]
        for r in b["runs"]:
            lines.append(f"| {r['files']:,} | {b['jobs']} | {r['wall_s']:.1f} s | {r['cpu_s']:.1f} s | {r['peak_tree_rss_mb']} MB "
                         f"| {r['max_rss_single_process_mb']} MB | {r['load_1min']} |")
        lines.append(f"\nwall {b['wall_ratio']:.2f}×, CPU {b['cpu_ratio']:.2f}× for {b['k']}× the reports")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "data")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--k", type=int, default=4)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--worker-n", type=int, default=400)
    ap.add_argument("--pdf-share", type=int, default=0, help="percent of PDFs (LibreOffice needed)")
    ap.add_argument("--pages", type=float, default=10.0)
    ap.add_argument("--skip-batch", action="store_true")
    ap.add_argument("--skip-worker", action="store_true")
    ap.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "memory.json")
    args = ap.parse_args(argv)

    big = args.n * args.k
    sets, _ = corpus(args.data, sorted({args.n, big, args.worker_n}), args.pdf_share, args.pages)
    res: dict = {"n": args.n, "k": args.k}
    if not args.skip_worker:
        res["worker"] = worker(sets[args.worker_n], args.worker_n)
    if not args.skip_batch:
        work = Path(tempfile.mkdtemp(prefix="repcheck-mem-"))
        try:
            runs = [batch(sets[args.n], args.jobs, work), batch(sets[big], args.jobs, work)]
        finally:
            shutil.rmtree(work, ignore_errors=True)
        res["batch"] = {"jobs": args.jobs, "k": args.k, "runs": runs,
                        "wall_ratio": runs[1]["wall_s"] / runs[0]["wall_s"], "cpu_ratio": runs[1]["cpu_s"] / runs[0]["cpu_s"]}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(markdown(res))


if __name__ == "__main__":
    main()
