"""CPU per report of each rule (and of D503's per-report signatures), in-process.

    python benchmarks/bench_rule_split.py [--data benchmarks/data/docx10] [--count 200] [--repeat 3]

Reads the folder's reports once, then `--repeat` times: for each report, empties the per-report
caches, structures it (not timed: the structurer fills some of the caches the rules read, as in
a real check) and runs every rule in the engine's order, timing each with `time.process_time`
summed over the reports. Prints ms per report for each rule, the rules' total, and the median
over the runs. Rules run in the same order as `repcheck check`, so a text shared by two rules
is charged to the first that asks for it.

To compare two versions, run this file with each checkout's Python in turn, alternating, on the
same reports (it imports only `repcheck.…` APIs present since issue 13 part B): the ratio of the
totals is the figure; absolute times drift with the machine's load.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "data" / "docx10")
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)

    if not (args.data / "manifest.json").exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(args.data), "--count", str(args.count),
                        "--pages", "10", "--formats", "docx=100", "--jobs", "1"], check=True)
    from repcheck import report_cache
    from repcheck.config import Config
    from repcheck.pipeline import analyse, read_document, registry_for, rule_options, selected_rules
    from repcheck.rule import RuleContext

    cfg = Config(cache=False)
    reg = registry_for(cfg)
    rules = selected_rules(reg, cfg)
    options = {r.code: rule_options(r, cfg) for r in rules}
    files = sorted(p for p in args.data.iterdir() if p.suffix == ".docx")
    docs = [read_document(p, reg, cfg) for p in files]
    runs: list[dict[str, float]] = []
    for _ in range(args.repeat):
        spent: dict[str, float] = defaultdict(float)
        for doc in docs:
            report_cache.clear()
            report = analyse(doc, reg, cfg)
            profile = reg.profiles[report.profile]
            for rule_cls in rules:
                if rule_cls.exclusive:
                    continue
                ctx = RuleContext(report=report, profile=profile, options=options[rule_cls.code])
                rule = rule_cls()
                t = time.process_time()
                if rule_cls.corpus:
                    rule.extract(report, ctx)
                else:
                    list(rule.check(report, ctx))
                spent[rule_cls.code] += time.process_time() - t
        report_cache.clear()
        runs.append({k: 1000 * v / len(docs) for k, v in spent.items()})
    codes = sorted(runs[0], key=lambda c: -statistics.median(r[c] for r in runs))
    print(f"{len(docs)} reports; ms CPU per report, median of {args.repeat} runs")
    for c in codes:
        print(f"  {c:6s} {statistics.median(r[c] for r in runs):7.2f}")
    totals = [sum(r.values()) for r in runs]
    print(f"  total  {statistics.median(totals):7.2f}   (runs: {', '.join(f'{t:.1f}' for t in totals)})")


if __name__ == "__main__":
    main()
