"""SARIF 2.1.0 output for code-scanning tools (GitHub code scanning, GitLab, IDE viewers).

- `tool.driver.rules`: every rule of the run with its summary, documentation as help text and
  markdown, default level and category.
- A result per finding: the file as physical location (relative to the working directory via
  the `%SRCROOT%` base, a region with the line when the format has lines — line 1 otherwise, as
  GitHub requires one), and the logical location section › table › row › column, both as one
  fully qualified name and as a hierarchy in `run.logicalLocations`.
- `partialFingerprints["repcheck/v1"]` is the baseline key's hash: stable when other parts of the
  report change.
- A file that could not be read is a result of the pseudo-rule E000 `file-not-read` and an
  error notification of the invocation; unused suppressions and stale baseline entries are
  configuration notifications.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from repcheck.baseline import fingerprint, rel_path
from repcheck.models.results import RunResult
from repcheck.hookspecs import hookimpl
from repcheck.models.finding import Finding, Severity
from repcheck.reporter import Reporter
from repcheck.plugins.reporters.common import category_label, notes, quality_score, t

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SRCROOT = "%SRCROOT%"
UNREADABLE_ID = "E000"


def _artifact_location(path: str, root: Path) -> dict[str, Any]:
    rel = rel_path(path, root)
    if rel.startswith("/"):
        return {"uri": Path(rel).as_uri()}
    return {"uri": quote(rel), "uriBaseId": SRCROOT}


def _first_paragraph(text: str) -> str:
    return text.strip().split("\n\n", 1)[0].replace("\n", " ").strip()


class _Logical:
    """run.logicalLocations: section › table › row › column as a hierarchy, de-duplicated."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self.index: dict[tuple[str, ...], int] = {}

    def add(self, f: Finding, lang: str) -> dict[str, Any] | None:
        loc = f.location
        parts: list[tuple[str, str]] = []
        if loc.section:
            parts.append((loc.section, "section"))
        if loc.table is not None:
            parts.append((t(lang, f"таблица {loc.table}", f"table {loc.table}"), "table"))
        if loc.row is not None:
            parts.append((t(lang, f"строка {loc.row}", f"row {loc.row}"), "row"))
        if loc.column:
            parts.append((t(lang, f"«{loc.column}»", f"“{loc.column}”"), "column"))
        if not parts:
            return None
        parent: int | None = None
        names: tuple[str, ...] = ()
        for name, kind in parts:
            names = (*names, name)
            if names not in self.index:
                item: dict[str, Any] = {"name": name, "fullyQualifiedName": " › ".join(names), "kind": kind}
                if parent is not None:
                    item["parentIndex"] = parent
                self.index[names] = len(self.items)
                self.items.append(item)
            parent = self.index[names]
        assert parent is not None
        leaf = self.items[parent]
        return {"name": leaf["name"], "fullyQualifiedName": leaf["fullyQualifiedName"], "kind": leaf["kind"],
                "index": parent}


def sarif_dict(result: RunResult, lang: str) -> dict[str, Any]:
    root = Path.cwd()
    rules = sorted(result.rules, key=lambda r: r.code)
    descriptors: list[dict[str, Any]] = []
    for r in rules:
        doc = r.documentation(lang)
        descriptors.append({
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.summary.get(lang)},
            "fullDescription": {"text": _first_paragraph(doc) or r.summary.get(lang)},
            "help": {"text": doc or r.summary.get(lang), "markdown": doc or r.summary.get(lang)},
            "defaultConfiguration": {"level": LEVELS[r.severity]},
            "properties": {"category": r.category.value,
                           "tags": sorted({r.category.value, category_label(r.category, lang)})},
        })
    # Codes found but not among the run's rules (e.g. a corpus rule's crash): minimal descriptors.
    known = {d["id"] for d in descriptors}
    for _fr, f in result.all_findings():
        if f.code not in known:
            known.add(f.code)
            descriptors.append({"id": f.code, "name": f.rule, "shortDescription": {"text": f.rule},
                                "defaultConfiguration": {"level": LEVELS[f.severity]}})
    descriptors.append({
        "id": UNREADABLE_ID,
        "name": "file-not-read",
        "shortDescription": {"text": t(lang, "Файл не удалось прочитать", "The file could not be read")},
        "fullDescription": {"text": t(lang, "Файл не проверен: формат не поддерживается, файл повреждён, "
                                            "защищён паролем или превышает предел.",
                                      "The file was not checked: unsupported format, damaged, "
                                      "password-protected or over a limit.")},
        "help": {"text": t(lang, "Откройте файл и сохраните его заново как .docx или .pdf; причина указана "
                                 "в сообщении.", "Open the file and save it again as .docx or .pdf; the "
                                                 "message says why it failed.")},
        "defaultConfiguration": {"level": "error"},
        "properties": {"category": "internal"},
    })
    rule_index = {d["id"]: i for i, d in enumerate(descriptors)}

    logical = _Logical()
    results: list[dict[str, Any]] = []
    exec_notes: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    for fr in result.files:
        art_loc = _artifact_location(fr.path, root)
        art: dict[str, Any] = {"location": art_loc}
        props: dict[str, Any] = {}
        if fr.format:
            props["format"] = fr.format
        if fr.profile:
            props["profile"] = fr.profile
        if fr.error is None:
            props["score"] = quality_score(fr)
        else:
            props["error"] = fr.error.get(lang)
        art["properties"] = props
        artifacts.append(art)
        file_key = rel_path(fr.path, root)
        if fr.error is not None:
            msg = t(lang, "файл не прочитан: ", "file not read: ") + fr.error.get(lang)
            phys = {"artifactLocation": art_loc, "region": {"startLine": 1}}
            results.append({
                "ruleId": UNREADABLE_ID, "ruleIndex": rule_index[UNREADABLE_ID], "level": "error",
                "message": {"text": msg}, "locations": [{"physicalLocation": phys}],
                "partialFingerprints": {"repcheck/v1": f"unreadable:{file_key}"},
            })
            exec_notes.append({"level": "error", "message": {"text": msg},
                               "locations": [{"physicalLocation": {"artifactLocation": art_loc}}]})
            continue
        for f in fr.findings:
            loc = f.location
            region: dict[str, Any] = {"startLine": loc.line if loc.line and loc.line >= 1 else 1}
            if f.evidence:
                region["snippet"] = {"text": f.evidence}
            location: dict[str, Any] = {"physicalLocation": {"artifactLocation": art_loc, "region": region}}
            ll = logical.add(f, lang)
            if ll is not None:
                location["logicalLocations"] = [ll]
            text = f.message.get(lang)
            where = loc.path_en() if lang == "en" else loc.path()
            if where:
                text = f"{text} [{where}]"
            res: dict[str, Any] = {
                "ruleId": f.code,
                "ruleIndex": rule_index[f.code],
                "level": LEVELS[f.severity],
                "message": {"text": text},
                "locations": [location],
                "partialFingerprints": {"repcheck/v1": fingerprint(f, file_key)},
                "properties": {"category": f.category.value, "rule": f.rule},
            }
            if result.baseline is not None:
                res["baselineState"] = "new"
            if loc.page is not None:
                res["properties"]["page"] = loc.page
            if f.evidence:
                res["properties"]["evidence"] = f.evidence
            if f.suggestion:
                res["properties"]["suggestion"] = f.suggestion.get(lang)
            if f.related:
                res["relatedLocations"] = [
                    {"id": i + 1, "physicalLocation": {"artifactLocation": _artifact_location(p, root)}}
                    for i, p in enumerate(f.related)
                ]
            results.append(res)

    config_notes = [{"level": "warning", "message": {"text": n}} for n in notes(result, lang)]
    invocation: dict[str, Any] = {
        "executionSuccessful": True,
        "toolExecutionNotifications": exec_notes,
        "toolConfigurationNotifications": config_notes,
    }
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "repcheck",
            "version": result.version,
            "semanticVersion": result.version,
            "language": "ru-RU" if lang != "en" else "en-US",
            "rules": descriptors,
        }},
        "originalUriBaseIds": {SRCROOT: {"uri": root.as_uri() + "/"}},
        "artifacts": artifacts,
        "invocations": [invocation],
        "language": "ru-RU" if lang != "en" else "en-US",
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if logical.items:
        run["logicalLocations"] = logical.items
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


class SarifReporter(Reporter):
    name = "sarif"
    description = "SARIF 2.1.0 for code scanning"

    def render(self, result: RunResult, out: IO[str], *, lang: str, color: bool) -> None:
        json.dump(sarif_dict(result, lang), out, ensure_ascii=False, indent=2)
        out.write("\n")


@hookimpl
def repcheck_reporters() -> list[Reporter]:
    return [SarifReporter()]

