"""The corpus of invented reports against its expected findings (corpus/expected.yaml).

Every expected finding must be produced (recall) and nothing else (false positives). The
numbers are printed (`pytest -s tests/test_corpus_expected.py`) and stated in the README.

The same expectations hold for the Word and PDF versions of the eight reports
(`corpus/docx/<name>.docx` and `.pdf`, written by corpus/tools/text_to_docx.py): the test runs once
per format with the same thresholds. tests/readers/test_equivalence.py compares the formats item
by item.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from repcheck.config import Config
from repcheck.engine import run
from repcheck.models.finding import Finding

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = yaml.safe_load((ROOT / "corpus" / "expected.yaml").read_text(encoding="utf-8"))["files"]

MIN_RECALL = 1.0
MAX_FALSE_POSITIVES = 0


def _matches(exp: dict, f: Finding) -> bool:
    return (
        f.code == exp["code"]
        and ("severity" not in exp or f.severity.value == exp["severity"])
        and (exp.get("evidence", "") in f.evidence or exp.get("evidence", "") in f.message.ru)
    )


def score_file(expected: list[dict], actual: list[Finding]) -> tuple[int, list[dict], list[Finding]]:
    remaining = list(actual)
    missed = []
    found = 0
    for exp in expected:
        hit = next((f for f in remaining if _matches(exp, f)), None)
        if hit is None:
            missed.append(exp)
        else:
            found += 1
            remaining.remove(hit)
    return found, missed, remaining


FORMATS = ("txt", "docx", "pdf")


def corpus_path(rel: str, fmt: str) -> Path:
    """The file of `rel` (a corpus/text/*.txt key of expected.yaml) in format `fmt`."""
    if fmt == "txt":
        return ROOT / rel
    return ROOT / "corpus" / "docx" / f"{Path(rel).stem}.{fmt}"


@pytest.fixture(scope="module", params=FORMATS)
def corpus_run(request):
    """Results keyed by the expected.yaml name, for one format (all its files in one run)."""
    paths = {rel: corpus_path(rel, request.param) for rel in EXPECTED}
    result = run(list(paths.values()), Config(cache=False))
    by_path = {Path(fr.path).resolve(): fr for fr in result.files}
    return {rel: by_path[p.resolve()] for rel, p in paths.items()}


def test_corpus_recall_and_false_positives(corpus_run) -> None:
    total_expected = total_found = 0
    report_lines = []
    all_missed, all_extra = [], []
    for rel, spec in EXPECTED.items():
        fr = corpus_run[rel]
        assert fr.error is None, (rel, fr.error)
        assert fr.profile == spec["profile"], f"{rel}: profile {fr.profile}, expected {spec['profile']}"
        expected = spec.get("findings") or []
        found, missed, extra = score_file(expected, fr.findings)
        total_expected += len(expected)
        total_found += found
        all_missed += [(rel, m) for m in missed]
        all_extra += [(rel, f) for f in extra]
        report_lines.append(f"{rel} [.{Path(fr.path).suffix[1:]}]: {found}/{len(expected)} found, {len(extra)} false positives")
    recall = total_found / total_expected if total_expected else 1.0
    summary = (
        "\n".join(report_lines)
        + f"\nrecall {total_found}/{total_expected} = {recall:.0%}; false positives {len(all_extra)}"
        + "".join(f"\n  MISSED {rel}: {m}" for rel, m in all_missed)
        + "".join(f"\n  EXTRA  {rel}: {f.code} {f.severity.value} {f.message.ru} «{f.evidence}»" for rel, f in all_extra)
    )
    print(summary)
    assert recall >= MIN_RECALL, summary
    assert len(all_extra) <= MAX_FALSE_POSITIVES, summary
