"""JUnit XML for CI test reports (GitLab `artifacts:reports:junit`, Jenkins, Azure).

One test case per file. Each finding at or above `--fail-on` is a `<failure>` of its file's
case (type = rule code); findings below it are listed in the case's `<system-out>`. A file that
could not be read is an `<error>`. Run notes (unused suppressions, stale baseline entries) go
to the suite's `<system-out>`.
"""

from __future__ import annotations

import re
from typing import IO, TYPE_CHECKING

from repcheck.models.results import RunResult
from repcheck.hookspecs import hookimpl
from repcheck.models.finding import Finding
from repcheck.reporter import Reporter
from repcheck.plugins.reporters.common import failing, kind_label, location_text, notes, quality_score, severity_label, t

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

# XML 1.0 forbids most control characters; documents can contain them.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return _XML_BAD.sub("\ufffd", text)


def _details(f: Finding, lang: str) -> str:
    lines = [f"{f.code} [{f.rule}] {severity_label(f.severity, lang)}: {f.message.get(lang)}"]
    where = location_text(f, lang)
    if where:
        lines.append(t(lang, "Где: ", "Where: ") + where)
    if f.location.page is not None:
        lines.append(t(lang, f"Страница: {f.location.page}", f"Page: {f.location.page}"))
    if f.evidence:
        lines.append(t(lang, "Фрагмент: «", "Evidence: “") + f.evidence + t(lang, "»", "”"))
    if f.suggestion:
        lines.append(t(lang, "Как исправить: ", "Fix: ") + f.suggestion.get(lang))
    if f.related:
        lines.append(t(lang, "Другие файлы: ", "Other files: ") + ", ".join(f.related))
    return "\n".join(lines)


def junit_tree(result: RunResult, lang: str) -> ET.ElementTree:
    import xml.etree.ElementTree as ET  # only when JUnit is written

    suites = ET.Element("testsuites", name="repcheck")
    suite = ET.SubElement(suites, "testsuite", name="repcheck")
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", name="repcheck.version", value=result.version)
    ET.SubElement(props, "property", name="fail-on", value=result.config.fail_on)
    if result.baseline:
        ET.SubElement(props, "property", name="baseline", value=_x(result.baseline))
    n_fail = n_err = 0
    for fr in result.files:
        kind = kind_label(fr.kind, lang) or "repcheck"
        case = ET.SubElement(suite, "testcase", classname=_x(f"repcheck.{fr.profile or 'file'}"),
                             name=_x(fr.path), file=_x(fr.path), time="0")
        if fr.error is not None:
            n_err += 1
            msg = t(lang, "файл не прочитан: ", "file not read: ") + fr.error.get(lang)
            err = ET.SubElement(case, "error", message=_x(msg), type="file-not-read")
            err.text = _x(msg)
            continue
        below: list[str] = []
        failed = False
        for f in fr.findings:
            if failing(result, f):
                failed = True
                el = ET.SubElement(case, "failure", message=_x(f"{f.code} {f.message.get(lang)}"), type=f.code)
                el.text = _x(_details(f, lang))
            else:
                below.append(_details(f, lang))
        n_fail += failed
        head = [f"{kind}; " + t(lang, f"оценка {quality_score(fr)}/100", f"score {quality_score(fr)}/100")]
        if fr.stats.organisation:
            head.append(t(lang, "Организация: ", "Organisation: ") + fr.stats.organisation)
        out = ET.SubElement(case, "system-out")
        out.text = _x("\n".join(head + (["", *below] if below else [])))
    suite_notes = notes(result, lang)
    if suite_notes:
        so = ET.SubElement(suite, "system-out")
        so.text = _x("\n".join(suite_notes))
    for el in (suites, suite):
        el.set("tests", str(len(result.files)))
        el.set("failures", str(n_fail))
        el.set("errors", str(n_err))
        el.set("time", "0")
    suite.set("skipped", "0")
    ET.indent(suites)
    return ET.ElementTree(suites)


class JunitReporter(Reporter):
    name = "junit"
    description = "JUnit XML: a test case per file, a failure per finding"

    def render(self, result: RunResult, out: IO[str], *, lang: str, color: bool) -> None:
        tree = junit_tree(result, lang)
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        tree.write(out, encoding="unicode", xml_declaration=False)
        out.write("\n")


@hookimpl
def repcheck_reporters() -> list[Reporter]:
    return [JunitReporter()]
