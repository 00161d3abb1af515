"""CPU per report of profile detection and the structurer alone, split by part, in one process.

    python benchmarks/bench_structure.py [FOLDER ...] [--count 200] [--repeat 3] [--profile out.txt]

Reads every report of the folders once (default: benchmarks/generate.py's 200 10-page .docx under
benchmarks/data/docx10, made as bench_rules.py makes them), then runs `--repeat` passes of
detection + structuring over the read documents (`repcheck.pipeline.analyse`, the per-report
caches emptied before each report as the engine does; one corpus report is structured first, for
the imports and pymorphy3's dictionary) and prints each pass's CPU time
(`time.process_time`) per report, split by the structurer's parts. The first pass is the figure
a batch sees (a report's own headings and texts are new to the bounded caches); later passes
reuse what the first left in them.

To compare two versions, run it from each checkout in turn, alternating, on the same folders:
the ratio of the first-pass figures is the measure (absolute times drift with the machine's load).
`--profile FILE` writes a cProfile listing of one more pass.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import io
import pstats
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = {".docx", ".odt", ".rtf", ".pdf", ".txt", ".md"}
# the functions structure() calls, timed where the structurer package looks them up
PARTS = ("build_sections", "match_profile_sections", "extract_stages", "single_current_stage", "_title",
         "_organisation", "project_period", "reporting_period", "analyse_table", "stage_for_table",
         "extract_events", "table_totals", "list_events", "settle_events", "stated_shares", "list_totals")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", type=Path)
    args = ap.parse_args(argv)

    folders = args.folders
    if not folders:
        data = ROOT / "benchmarks" / "data" / "docx10"
        if not (data / "manifest.json").exists():
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(data), "--count", str(args.count),
                            "--pages", "10", "--formats", "docx=100", "--jobs", "1"], check=True)
        folders = [data]

    import repcheck.pipeline as pipeline
    import repcheck.structurer as structurer
    from repcheck import report_cache
    from repcheck.config import Config
    from repcheck.engine import registry_for

    spent: collections.Counter[str] = collections.Counter()

    def timed(module: object, name: str, label: str) -> None:
        fn = getattr(module, name)

        def wrapper(*a: object, **k: object) -> object:
            started = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[label] += time.process_time() - started

        setattr(module, name, wrapper)

    for name in PARTS:
        if hasattr(structurer, name):
            timed(structurer, name, name)
    timed(pipeline, "detect_profile", "detect_profile")

    config = Config(cache=False)
    registry = registry_for(config)
    paths = sorted(p for f in folders for p in (f.rglob("*") if f.is_dir() else [f]) if p.suffix.lower() in SUFFIXES)
    docs = []
    for path in paths:
        try:
            docs.append(pipeline.parse_document(path, path.read_bytes(), registry))
        except Exception:  # noqa: BLE001 - an unreadable file is not structured
            continue
    if not docs:
        sys.exit("no readable report")

    def one_pass() -> float:
        started = time.process_time()
        for doc in docs:
            report_cache.clear()
            pipeline.analyse(doc, registry, config)
        report_cache.clear()
        return time.process_time() - started

    warm = ROOT / "corpus" / "text" / "kip-annual-clean.txt"  # imports, pymorphy3's dictionary
    pipeline.analyse(pipeline.parse_document(warm, warm.read_bytes(), registry), registry, config)
    n = len(docs)
    for k in range(args.repeat):
        spent.clear()
        total = one_pass()
        parts = ", ".join(f"{name} {1000 * t / n:.2f}" for name, t in spent.most_common() if 1000 * t / n >= 0.05)
        print(f"pass {k + 1}: {1000 * total / n:.2f} ms per report ({n} reports); {parts}")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        one_pass()
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(60)
        args.profile.write_text(out.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
