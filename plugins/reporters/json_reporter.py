"""JSON output: a stable, documented shape that other tools read (see README, "JSON output").

`files` come in the order the command line gives them: worst first, as `ranking`
(repcheck.plugins.reporters.ordering)."""

from __future__ import annotations

import json
from typing import IO, Any

from repcheck.models.results import FileResult, RunResult
from repcheck.hookspecs import hookimpl
from repcheck.models.finding import Finding, Severity
from repcheck.reporter import Reporter
from repcheck.plugins.reporters.common import quality_score, ranking, rule_summaries, top_problem
from repcheck.plugins.reporters.localized import profile_reason, stats_dict

SCHEMA_VERSION = 1


def finding_dict(f: Finding, lang: str) -> dict[str, Any]:
    loc = f.location
    return {
        "rule": f.rule,
        "code": f.code,
        "category": f.category.value,
        "severity": f.severity.value,
        "message": f.message.get(lang),
        "evidence": f.evidence,
        "location": {
            "section": loc.section,
            "table": loc.table,
            "row": loc.row,
            "column": loc.column,
            "page": loc.page,
            "line": loc.line,
        },
        "suggestion": f.suggestion.get(lang) if f.suggestion else None,
        "related": f.related,
    }


def file_dict(fr: FileResult, lang: str, summaries: dict[str, str] | None = None) -> dict[str, Any]:
    return {
        "path": fr.path,
        "format": fr.format,
        "kind": fr.kind,
        "profile": fr.profile,
        "profile_reason": profile_reason(fr, lang),
        "error": fr.error.get(lang) if fr.error else None,
        "stats": stats_dict(fr, lang),
        "score": quality_score(fr),
        "top_problem": top_problem(fr, lang, summaries) or None,
        "suppressed": fr.suppressed,
        "baselined": fr.baselined,
        "findings": [finding_dict(f, lang) for f in fr.findings],
    }


def summary_dict(result: RunResult) -> dict[str, Any]:
    by_rule: dict[str, int] = {}
    for _fr, f in result.all_findings():
        by_rule[f.code] = by_rule.get(f.code, 0) + 1
    return {
        "files": len(result.files),
        "unreadable": sum(1 for fr in result.files if fr.error),
        "findings": sum(len(fr.findings) for fr in result.files),
        "error": sum(fr.count(Severity.ERROR) for fr in result.files),
        "warning": sum(fr.count(Severity.WARNING) for fr in result.files),
        "info": sum(fr.count(Severity.INFO) for fr in result.files),
        "suppressed": sum(fr.suppressed for fr in result.files),
        "baselined": sum(fr.baselined for fr in result.files),
        "by_rule": dict(sorted(by_rule.items())),
    }


def result_dict(result: RunResult, lang: str) -> dict[str, Any]:
    summaries = rule_summaries(result, lang)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "repcheck", "version": result.version},
        "lang": lang,
        "files": [file_dict(fr, lang, summaries) for fr in result.files],
        "ranking": [r.path for r in ranking(result, lang)],
        "summary": summary_dict(result),
        "unused_suppressions": [u.as_dict() for u in result.unused_suppressions],
        "baseline": None if result.baseline is None else {
            "file": result.baseline,
            "stale": [e.as_dict() for e in result.stale_baseline],
        },
    }


class JsonReporter(Reporter):
    name = "json"
    description = "JSON for other tools"

    def render(self, result: RunResult, out: IO[str], *, lang: str, color: bool) -> None:
        json.dump(result_dict(result, lang), out, ensure_ascii=False, indent=2)
        out.write("\n")


@hookimpl
def repcheck_reporters() -> list[Reporter]:
    return [JsonReporter()]
