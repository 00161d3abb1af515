"""Findings identical to the committed golden: the guard for changes that must not change what
repcheck says (speed work, refactoring).

Each batch is checked as a user checks a folder (one run, so cross-report duplicates count) and
every file's findings — code, severity, message (ru and en), location, evidence, suggestion and
the files named — are compared with `tests/golden/<batch>.json`, in order. The bundled corpus
(`corpus/text`, `corpus/docx`, `corpus/formats`: every format) and the blind reports
(`corpus/blind/docs`) are stored as findings; the material beside the repository
(`../shared/devset/docs`, `../shared/seeds`; another place with `REPCHECK_SHARED=DIR`) only as
the number of findings, their codes and a SHA-256 of each file's findings, so that no test quotes
those reports. Batches whose folder is absent are skipped.

A change that is meant to change findings regenerates the golden and shows the diff in review:

    REPCHECK_REGEN_GOLDEN=1 python -m pytest tests/golden
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from repcheck.config import Config
from repcheck.engine import RunResult, run
from repcheck.models.finding import Finding

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("REPCHECK_SHARED") or ROOT.parent / "shared")
REGEN = os.environ.get("REPCHECK_REGEN_GOLDEN") == "1"

# name → (folders checked in one run, base the file names are relative to, store hashes only)
BATCHES: dict[str, tuple[list[Path], Path, bool]] = {
    "corpus": ([ROOT / "corpus" / d for d in ("text", "docx", "formats")], ROOT / "corpus", False),
    "blind": ([ROOT / "corpus" / "blind" / "docs"], ROOT / "corpus" / "blind" / "docs", False),
    "devset": ([SHARED / "devset" / "docs"], SHARED / "devset" / "docs", True),
    "seeds": ([SHARED / "seeds"], SHARED / "seeds", True),
}


def finding_record(f: Finding) -> dict[str, Any]:
    loc = f.location
    return {
        "code": f.code,
        "severity": f.severity.value,
        "message": f.message.ru,
        "message_en": f.message.en,
        "evidence": f.evidence,
        "location": [loc.section, loc.table, loc.row, loc.column, loc.page, loc.line, loc.block],
        "suggestion": f.suggestion.ru if f.suggestion else None,
        "related": sorted(Path(r).name for r in f.related),
    }


def digest(records: list[dict[str, Any]]) -> str:
    text = json.dumps(records, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def batch_records(result: RunResult, base: Path, hashed: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for fr in result.files:
        name = Path(fr.path).resolve().relative_to(base.resolve()).as_posix()
        records = [finding_record(f) for f in fr.findings]
        entry: dict[str, Any] = {"profile": fr.profile, "error": fr.error is not None}
        if hashed:
            entry |= {"findings": len(records), "codes": dict(sorted(Counter(r["code"] for r in records).items())),
                      "sha256": digest(records)}
        else:
            entry["findings"] = records
        out[name] = entry
    return out


@pytest.mark.parametrize("name", list(BATCHES))
def test_findings_equal_the_golden(name: str) -> None:
    folders, base, hashed = BATCHES[name]
    if not all(f.is_dir() for f in folders):
        pytest.skip(f"{name}: {folders[0]} is absent")
    result = run(folders, Config(cache=False), jobs=1)
    got = batch_records(result, base, hashed)
    assert got, f"{name}: no files checked"
    path = GOLDEN / f"{name}.json"
    if REGEN:
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert path.exists(), f"{path.name} missing: REPCHECK_REGEN_GOLDEN=1 python -m pytest tests/golden"
    want = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(got) == sorted(want), "the files checked differ from the golden's"
    for file in want:
        assert got[file] == want[file], f"{name}: findings of {file} differ from the golden"


def test_a_changed_finding_breaks_the_digest() -> None:
    """The hashed batches would miss a change only if the digest ignored a field."""
    from repcheck.models.finding import Category, FindingLocation, Severity, Text

    base = Finding(code="T401", rule="event-outside-stage", category=Category.CHRONOLOGY, severity=Severity.WARNING,
                   message=Text(ru="дата вне этапа", en="date outside the stage"), evidence="12.05.2024",
                   location=FindingLocation(section="2 Этапы", table=1, row=3, block=7))
    changed = [
        base.model_copy(update={"code": "T402"}),
        base.model_copy(update={"severity": Severity.ERROR}),
        base.model_copy(update={"message": Text(ru="дата вне этапа!", en="date outside the stage")}),
        base.model_copy(update={"evidence": "13.05.2024"}),
        base.model_copy(update={"location": FindingLocation(section="2 Этапы", table=1, row=4, block=7)}),
    ]
    ref = digest([finding_record(base)])
    assert digest([finding_record(base)]) == ref
    for c in changed:
        assert digest([finding_record(c)]) != ref
