"""Rule tests as data: every tests/rules/cases/<rule>.yaml holds cases (input → expected
findings), collected here, like sqlfluff's rule cases.

A case file:

    rule: T401                # the rule under test (code or name)
    cases:
      - name: event inside its stage passes
        text: |               # a report in the text shape (or `file: corpus/...`)
          ...
        profile: innovation-program   # optional: force a profile
        options: {min-words: 12}      # optional rule options
        expect: []                    # findings of this rule, all of them
      - name: ...
        expect:
          - severity: error           # every key optional
            contains: "этап 1"        # substring of the Russian message
            not_contains: "ближе всего"  # ... and one it must not hold
            evidence: "1.3"           # substring of the evidence
            row: 4                    # 1-based table row
            table: 2
            section: "План"           # substring of the section label

A rule that compares reports with each other (D503) is tested on several reports checked in
one run: `files` maps file names to texts, and `expect` maps each file name to its findings:

      - name: two schools share a paragraph
        files:
          a.txt: |
            ...
          b.txt: |
            ...
        expect:
          a.txt: [{contains: "«b.txt»"}]
          b.txt: [{contains: "«a.txt»"}]

Each expected finding must match a distinct actual finding of the rule, and the rule must
produce no other findings (precision is tested as much as recall).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from repcheck.config import Config
from repcheck.engine import run
from repcheck.models.finding import Finding

CASES_DIR = Path(__file__).parent / "cases"
ROOT = Path(__file__).resolve().parents[2]


def _load_cases() -> list:
    params = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["rule"], case, id=f"{path.stem}::{case['name']}"))
    return params


def _matches(expected: dict, f: Finding) -> bool:
    loc = f.location
    checks = {
        "severity": lambda v: f.severity.value == v,
        "contains": lambda v: v in f.message.ru,
        "not_contains": lambda v: v not in f.message.ru,
        "contains_en": lambda v: v in f.message.en,
        "evidence": lambda v: v in f.evidence,
        "row": lambda v: loc.row == v,
        "table": lambda v: loc.table == v,
        "section": lambda v: v in (loc.section or ""),
        "code": lambda v: f.code == v,
        "page": lambda v: loc.page == v,
        "suggestion": lambda v: f.suggestion is not None and v in f.suggestion.ru,
        "suggestion_en": lambda v: f.suggestion is not None and v in f.suggestion.en,
        "suggestion_lacks": lambda v: f.suggestion is not None and all(w not in f.suggestion.ru for w in v),
    }
    unknown = set(expected) - set(checks)
    assert not unknown, f"unknown keys in expected finding: {unknown}"
    return all(checks[k](v) for k, v in expected.items())


def match_findings(expected: list[dict], actual: list[Finding]) -> tuple[list[dict], list[Finding]]:
    """Greedy one-to-one matching; returns (unmatched expected, unexpected actual)."""
    remaining = list(actual)
    missing = []
    for exp in expected:
        hit = next((f for f in remaining if _matches(exp, f)), None)
        if hit is None:
            missing.append(exp)
        else:
            remaining.remove(hit)
    return missing, remaining


def _check(expected: list[dict], actual: list[Finding], name: str = "") -> None:
    missing, extra = match_findings(expected, actual)
    detail = "\n".join(f"  {f.code} {f.severity.value} {f.location.path()}: {f.message.ru} «{f.evidence}»" for f in actual)
    where = f" in {name}" if name else ""
    assert not missing, f"expected findings not produced{where}: {missing}\nactual:\n{detail}"
    assert not extra, f"unexpected findings{where}:\n{detail}"


@pytest.mark.parametrize(("rule", "case"), _load_cases())
def test_rule_case(rule: str, case: dict, tmp_path: Path) -> None:
    options = {rule: case["options"]} if "options" in case else {}
    config = Config(select=[rule], profile=case.get("profile"), rule_options=options)
    if "files" in case:
        config = Config(select=[rule], profile=case.get("profile"), rule_options=options, cache=False)
        paths = []
        for name, text in case["files"].items():
            paths.append(tmp_path / name)
            paths[-1].write_text(text, encoding="utf-8")
        result = run(paths, config)
        assert sorted(Path(fr.path).name for fr in result.files) == sorted(case["files"])
        assert set(case.get("expect") or {}) <= set(case["files"]), "expect names a file the case does not have"
        for fr in result.files:
            assert fr.error is None, fr.error
            name = Path(fr.path).name
            _check((case.get("expect") or {}).get(name) or [], list(fr.findings), name)
        return
    if "file" in case:
        path = ROOT / case["file"]
    else:
        path = tmp_path / case.get("filename", "report.txt")
        path.write_text(case["text"], encoding="utf-8")
    result = run([path], config)
    (fr,) = result.files
    assert fr.error is None, fr.error
    _check(case.get("expect") or [], list(fr.findings))
