"""CPU per report of a serial check of generated 10-page .docx reports, with repcheck's stage split.

    python benchmarks/bench_rules.py [--data benchmarks/data/docx10] [--count 200] [--repeat 3]
                                     [--profile out.txt]

Checks the folder in this process (`engine.run`, one job, no cache) `--repeat` times after a
warm-up report, and prints the CPU time (`time.process_time`) per report of each run and their
median, and the stages as `--timings` records them (read, structure, rules, D503's signatures).
To compare two versions, run it from each checkout in turn, alternating, on the same machine:
the ratio of the medians is the figure (absolute times drift with the machine's load).
`--profile FILE` writes a pyinstrument profile of one more run (pip install pyinstrument).

The reports are benchmarks/generate.py's, .docx only, ~10 pages, made once under --data.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "data" / "docx10")
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", type=Path)
    args = ap.parse_args(argv)

    if not (args.data / "manifest.json").exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(args.data), "--count", str(args.count),
                        "--pages", "10", "--formats", "docx=100", "--jobs", "1"], check=True)
    from repcheck.config import Config
    from repcheck.engine import run

    run([ROOT / "corpus" / "text" / "kip-annual-clean.txt"], Config(cache=False), jobs=1)  # imports, registry
    per_report, stages = [], []
    for _ in range(args.repeat):
        started = time.process_time()
        result = run([args.data], Config(cache=False), jobs=1)
        per_report.append(1000 * (time.process_time() - started) / len(result.files))
        stages.append(result.timings)
    n = len(result.files)
    print(f"{n} reports; CPU per report: " + ", ".join(f"{x:.1f}" for x in per_report)
          + f" ms; median {statistics.median(per_report):.1f} ms")
    keys = ("read", "structure", "rules", "signatures", "corpus")
    print("stages (s, median of the runs): " + ", ".join(f"{k} {statistics.median(s.get(k, 0) for s in stages):.2f}" for k in keys))
    if args.profile:
        from pyinstrument import Profiler

        prof = Profiler(interval=0.0005)
        prof.start()
        run([args.data], Config(cache=False), jobs=1)
        prof.stop()
        args.profile.write_text(prof.output_text(unicode=False, color=False), encoding="utf-8")


if __name__ == "__main__":
    main()
