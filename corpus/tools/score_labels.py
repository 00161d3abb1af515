"""Score repcheck's JSON results against labelled reports (corpus/blind/labels_*.yaml).

A label file lists, per document stem, the findings a careful reviewer expects (`expect`: a
category and a text the finding must quote) and the traps it leaves alone (`forbid`), plus an
optional `max_errors`. An expected entry is met when a finding of its category contains its text in
the message, the evidence, a location value or the related texts; a forbidden entry counts one
false positive when any finding of its category contains its text; a document over `max_errors`
counts one more. Both sides are normalised first (case, ё/е, dashes, quotes, spaces inside digit
groups, whitespace); texts of 12 characters or more may also match fuzzily (rapidfuzz
partial_ratio ≥ 90), shorter ones (numbers, dates) must occur exactly.

    python corpus/tools/score_labels.py results.json corpus/blind/labels_a.yaml [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

FUZZY_FROM = 12
FUZZY_SCORE = 90
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
QUOTES = "«»“”„"


def normalise(text: str) -> str:
    t = text.lower().replace("ё", "е")
    t = t.translate({ord(c): "-" for c in DASHES}).translate({ord(c): '"' for c in QUOTES})
    t = re.sub(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}\b)", "", t)
    return " ".join(t.split())


def finding_text(f: dict) -> str:
    parts = [f.get("message", ""), f.get("evidence", "")]
    loc = f.get("location") or {}
    parts += [str(v) for v in (loc.values() if isinstance(loc, dict) else []) if v is not None]
    for key in ("related", "context"):
        if f.get(key):
            parts.append(json.dumps(f[key], ensure_ascii=False))
    return normalise(" ".join(p if isinstance(p, str) else str(p) for p in parts))


def contains(haystack: str, needle: str) -> bool:
    n = normalise(needle)
    if n in haystack:
        return True
    return len(n) >= FUZZY_FROM and fuzz.partial_ratio(n, haystack) >= FUZZY_SCORE


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    false_positives: int = 0
    errors: int = 0  # files that could not be read
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def score(results: dict, labels: dict) -> Score:
    files = results["files"] if isinstance(results, dict) else results
    by_stem = {Path(f["path"]).stem: f for f in files}
    out = Score()
    for stem, doc in labels["documents"].items():
        result = by_stem.get(stem)
        if result is None:
            continue
        if result.get("error"):
            out.errors += 1
        findings = [(f.get("category"), finding_text(f), f) for f in result.get("findings", [])]
        for exp in doc.get("expect") or []:
            out.expected += 1
            if any(cat == exp["category"] and contains(text, exp["match"]) for cat, text, _ in findings):
                out.found += 1
            else:
                out.missed.append(f"{stem}: {exp['category']}: {exp['match']}")
        for forb in doc.get("forbid") or []:
            hit = next((f for cat, text, f in findings if cat == forb["category"] and contains(text, forb["match"])), None)
            if hit is not None:
                out.false_positives += 1
                out.wrong.append(f"{stem}: {forb['category']}: {forb['match']} <- {hit.get('message', '')[:120]}")
        if "max_errors" in doc:
            errors = sum(1 for _, _, f in findings if f.get("severity") == "error")
            if errors > doc["max_errors"]:
                out.false_positives += 1
                out.wrong.append(f"{stem}: {errors} errors > max {doc['max_errors']}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("results")
    ap.add_argument("labels")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    results = json.loads(Path(args.results).read_text(encoding="utf-8"))
    labels = yaml.safe_load(Path(args.labels).read_text(encoding="utf-8"))
    s = score(results, labels)
    if args.verbose:
        for line in s.missed:
            print("miss ", line)
        for line in s.wrong:
            print("fp   ", line)
    print(f"recall {s.found}/{s.expected} = {s.recall:.2f}; false positives {s.false_positives}; file errors {s.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
