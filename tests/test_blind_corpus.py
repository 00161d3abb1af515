"""Reports written blind, in forms this project had not seen (corpus/blind/), against their labels.

Each set (labels_<x>.yaml with docs/blind_<x>N.docx/.pdf/.txt) was written by someone who never
read the checker's code; its first-run figure is recorded in corpus/blind/README_first_run.md. Once a set
has been used to fix general rules it is in-sample, so this test guards against regressions, not
generalisation: recall at least MIN_RECALL and at most MAX_FALSE_POSITIVES false positives per set
and format, the same bar in each of the three formats. The development set beside the repository
(../shared/devset, when present) is held to the issue's bar the same way; the test is skipped
where it is absent.

The scorer (corpus/tools/score_labels.py) matches a label by category and quoted text, as a
reviewer would read the finding.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
import yaml

from repcheck.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "corpus" / "blind"
DEVSET = ROOT.parent / "shared" / "devset"
FORMATS = ("docx", "pdf", "txt")
MIN_RECALL = 0.90
MAX_FALSE_POSITIVES = 1
DEV_MIN_RECALL = 0.95


def _scorer():
    spec = importlib.util.spec_from_file_location("score_labels", ROOT / "corpus" / "tools" / "score_labels.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("score_labels", module)  # dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _sets() -> list[tuple[str, Path, list[Path]]]:
    out = []
    for labels in sorted(BLIND.glob("labels_*.yaml")):
        key = labels.stem.removeprefix("labels_")
        stems = list(yaml.safe_load(labels.read_text(encoding="utf-8"))["documents"])
        out.append((key, labels, [BLIND / "docs" / s for s in stems]))
    return out


def _run(files: list[Path], tmp_path: Path) -> dict:
    out = tmp_path / "results.json"
    code = cli_main(["check", "--no-cache", "--no-progress", "--jobs", "1", "--format", "json",
                     "--fail-on", "never", "-o", str(out), *map(str, files)])
    assert code == 0
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("key,labels,stems", _sets(), ids=[k for k, _, _ in _sets()])
def test_blind_set(key: str, labels: Path, stems: list[Path], fmt: str, tmp_path: Path) -> None:
    files = [s.with_suffix(f".{fmt}") for s in stems]
    missing = [f for f in files if not f.exists()]
    assert not missing, missing
    score = _scorer().score(_run(files, tmp_path), yaml.safe_load(labels.read_text(encoding="utf-8")))
    detail = "\n".join(["missed:", *score.missed, "false positives:", *score.wrong])
    print(f"blind set {key} .{fmt}: recall {score.found}/{score.expected}, false positives {score.false_positives}")
    assert score.errors == 0
    assert score.recall >= MIN_RECALL, detail
    assert score.false_positives <= MAX_FALSE_POSITIVES, detail


@pytest.mark.skipif(not (DEVSET / "labels.yaml").exists(), reason="the development set is not beside the repository")
@pytest.mark.parametrize("fmt", FORMATS)
def test_development_set(fmt: str, tmp_path: Path) -> None:
    labels = yaml.safe_load((DEVSET / "labels.yaml").read_text(encoding="utf-8"))
    files = [DEVSET / "docs" / f"{stem}.{fmt}" for stem in labels["documents"]]
    score = _scorer().score(_run(files, tmp_path), labels)
    detail = "\n".join(["missed:", *score.missed, "false positives:", *score.wrong])
    assert score.errors == 0
    assert score.recall >= DEV_MIN_RECALL, detail
    assert score.false_positives <= MAX_FALSE_POSITIVES, detail


def test_scorer_normalises_and_matches_as_documented() -> None:
    s = _scorer()
    assert s.normalise("Итого «1 030» — Ёлка") == 'итого "1030" - елка'
    finding = {"category": "consistency", "message": "«Итого» — 779 282,90, а сумма строк 770 282,90",
               "evidence": "", "location": {"section": "4. Финансы"}}
    labels = {"documents": {"r": {"expect": [{"category": "consistency", "match": "779 282,90"},
                                             {"category": "chronology", "match": "779 282,90"}],
                                  "forbid": [{"category": "consistency", "match": "Финансы"}],
                                  "max_errors": 0}}}
    score = s.score({"files": [{"path": "/x/r.docx", "findings": [finding | {"severity": "error"}]}]}, labels)
    assert (score.found, score.expected) == (1, 2)  # the category must match too
    assert score.false_positives == 2  # the forbidden text in its location, and one error over the max
