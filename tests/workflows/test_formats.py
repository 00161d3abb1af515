"""Every output format, read back: SARIF against the official schema, JUnit through
xml.etree, HTML through html.parser, CSV through csv, XLSX through openpyxl, GitHub annotation
lines; unreadable files appear as entries with their error in each of them."""

from __future__ import annotations

import csv
import io
import json
import math
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from openpyxl import load_workbook

from tests.workflows.conftest import BAD_BYTES, all_findings, by_path

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def batch(ws):
    """Three reports and one unreadable file, with the JSON result as the reference."""
    paths = ws.standard()
    paths.append(ws.write_bytes("reports/scan.bin", BAD_BYTES))
    return ws, paths


def reference(cli, paths, *extra) -> dict:
    res = cli("check", "-f", "json", *extra, *paths)
    assert res.code == 1, res.err
    return res.json()


def test_json_reference_has_findings_of_every_severity_and_the_unreadable_entry(cli, batch):
    ws, paths = batch
    doc = reference(cli, paths)
    # worst first, as the ranking: the unreadable file, then by score
    assert [f["path"] for f in doc["files"]] == doc["ranking"] == [str(paths[i]) for i in (3, 1, 0, 2)]
    sev = {x["severity"] for _p, x in all_findings(doc)}
    assert sev == {"error", "warning", "info"}
    files = by_path(doc)
    bad = files[str(paths[3])]
    assert bad["error"] and "не поддерживается" in bad["error"]
    assert bad["findings"] == [] and bad["score"] is None
    a = files[str(paths[0])]
    assert a["score"] == round(100 * math.exp(-(10 + 3 + 1 + 3) / 40))  # X901 X902 X903 X905
    dup = [x for x in a["findings"] if x["code"] == "X905"]
    assert dup and dup[0]["related"] == [str(paths[1])]
    assert a["stats"]["originality"] is not None and 0 < a["stats"]["originality"] < 1
    assert doc["ranking"][0] == str(paths[3])  # unreadable first, then worst score
    assert doc["ranking"][-1] == str(paths[2])


def test_sarif_is_valid_against_the_official_schema(cli, batch):
    ws, paths = batch
    doc = reference(cli, paths)
    res = cli("check", "-f", "sarif", *paths)
    assert res.code == 1
    sarif = res.json()
    jsonschema.Draft4Validator(SCHEMA).validate(sarif)  # raises on any violation
    run = sarif["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert {"X901", "X902", "X903", "X905", "E000"} <= set(rules)
    assert rules["X901"]["help"]["text"].startswith("Reports text marked")
    assert rules["X901"]["shortDescription"]["text"] == "Отмеченная ошибка"
    assert rules["X901"]["defaultConfiguration"]["level"] == "error"
    findings = [r for r in run["results"] if r["ruleId"] != "E000"]
    assert len(findings) == len(all_findings(doc))
    levels = {r["level"] for r in findings}
    assert levels == {"error", "warning", "note"}
    for r in findings:
        assert run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        phys = r["locations"][0]["physicalLocation"]
        assert phys["artifactLocation"]["uri"].startswith("reports/")
        assert phys["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert phys["region"]["startLine"] >= 1
        assert r["partialFingerprints"]["repcheck/v1"]
    # Logical location section › table › row for the finding in a table row
    table_hits = [r for r in findings if "результат не указан" in r["message"]["text"]]
    (hit,) = table_hits
    ll = hit["locations"][0]["logicalLocations"][0]
    assert ll["kind"] == "row" and "таблица 1 › строка 2" in ll["fullyQualifiedName"]
    chain = []
    idx = ll["index"]
    while idx is not None:
        item = run["logicalLocations"][idx]
        chain.append(item["kind"])
        idx = item.get("parentIndex")
    assert chain[:2] == ["row", "table"]
    # The unreadable file: an E000 result and an execution notification
    bad = [r for r in run["results"] if r["ruleId"] == "E000"]
    assert len(bad) == 1 and "scan.bin" in bad[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and notes[0]["level"] == "error"
    assert any("error" in a.get("properties", {}) for a in run["artifacts"])


def test_sarif_english(cli, batch):
    ws, paths = batch
    sarif = cli("check", "-f", "sarif", "--lang", "en", *paths).json()
    jsonschema.Draft4Validator(SCHEMA).validate(sarif)
    texts = [r["message"]["text"] for r in sarif["runs"][0]["results"]]
    assert any(t.startswith("marked “") for t in texts)
    assert any(t.startswith("file not read") for t in texts)


def test_junit_parses_back_one_case_per_file(cli, batch):
    ws, paths = batch
    doc = reference(cli, paths)
    res = cli("check", "-f", "junit", *paths)
    assert res.code == 1
    root = ET.fromstring(res.out.encode("utf-8"))
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == doc["ranking"]  # the same order as every format
    assert suite.get("tests") == "4"
    for case, fr in zip(cases, doc["files"]):
        failures = case.findall("failure")
        errors = [x for x in fr["findings"] if x["severity"] == "error"]  # default --fail-on error
        assert len(failures) == len(errors)
        for el, x in zip(failures, errors):
            assert el.get("type") == x["code"] and x["message"] in el.get("message")
            assert x["evidence"] in el.text
        if fr["error"]:
            (err,) = case.findall("error")
            assert fr["error"] in err.get("message")
        below = [x for x in fr["findings"] if x["severity"] != "error"]
        out = case.find("system-out")
        for x in below:
            assert x["message"] in out.text
    assert suite.get("failures") == "2" and suite.get("errors") == "1"
    # --fail-on warning turns warnings into failures too
    root = ET.fromstring(cli("check", "-f", "junit", "--fail-on", "warning", *paths).out.encode())
    a_case = next(c for c in root.find("testsuite").findall("testcase") if c.get("name") == str(paths[0]))
    assert {f.get("type") for f in a_case.findall("failure")} == {"X901", "X902", "X905"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.marks: list[str] = []
        self._in_mark = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data):
        self.chunks.append(data)
        if self._in_mark:
            self.marks[-1] += data

    @property
    def text(self) -> str:
        return re.sub(r"\s+", " ", "".join(self.chunks))


def test_html_is_self_contained_and_shows_every_finding(cli, batch, tmp_path):
    ws, paths = batch
    doc = reference(cli, paths)
    out = tmp_path / "report.html"
    res = cli("check", "-f", "html", "-o", out, *paths)
    assert res.code == 1 and res.out == ""
    html = out.read_text(encoding="utf-8")
    p = _Text()
    p.feed(html)
    text = p.text
    assert '<html lang="ru">' in html
    # self-contained: no scripts, no external stylesheets, images or links to other hosts
    for tag, attrs in p.tags:
        assert tag not in ("script", "link", "img", "iframe")
        for k in ("src", "href"):
            assert not (attrs.get(k) or "").startswith(("http:", "https:", "//"))
    for path, x in all_findings(doc):
        assert x["message"] in text, x["message"]
        assert x["evidence"] in p.marks
    assert "Рейтинг отчётов" in text and "Обязательные разделы заполнены" in text
    assert "Оригинальность текста" in text
    bad = by_path(doc)[str(paths[3])]
    assert bad["error"] in text
    for fr in doc["files"]:
        assert fr["path"] in text
    # findings grouped by report section: section headings with §
    sections = {x["location"]["section"] for _p, x in all_findings(doc) if x["location"]["section"]}
    for s in sections:
        assert f"§ {s}" in text
    # the category/severity card
    assert "согласованность чисел" in text and "повторы текста" in text


def test_html_escapes_document_text(cli, ws):
    p = ws.write("x.txt", "Отчёт\n\n1. Общие сведения\nОШИБКА: <script>alert(1)</script> & «кавычки»\n")
    html = cli("check", "-f", "html", p).out
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_html_english(cli, batch):
    ws, paths = batch
    html = cli("check", "-f", "html", "--lang", "en", *paths).out
    assert '<html lang="en">' in html and "Reports ranked (worst first)" in html


def _read_csv(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_csv_of_all_findings_reads_back(cli, batch):
    ws, paths = batch
    doc = reference(cli, paths)
    rows = _read_csv(cli("check", "-f", "csv", *paths).out)
    head, body = rows[0], rows[1:]
    assert head[0] == "Файл" and "Сообщение" in head and "Ошибка чтения" in head
    col = {name: i for i, name in enumerate(head)}
    expected = all_findings(doc)
    finding_rows = [r for r in body if r[col["Код"]]]
    assert len(finding_rows) == len(expected)
    for r, (path, x) in zip(finding_rows, expected):
        assert r[col["Файл"]] == path and r[col["Код"]] == x["code"] and r[col["Сообщение"]] == x["message"]
        assert r[col["Фрагмент"]] == x["evidence"]
        assert r[col["Раздел"]] == (x["location"]["section"] or "")
    errors = [r for r in body if r[col["Ошибка чтения"]]]
    assert len(errors) == 1 and errors[0][col["Файл"]].endswith("scan.bin")


def test_csv_ranking_worst_first(cli, batch):
    ws, paths = batch
    doc = reference(cli, paths)
    rows = _read_csv(cli("check", "-f", "csv-ranking", *paths).out)
    head, body = rows[0], rows[1:]
    assert head[:2] == ["Место", "Файл"]
    assert [r[1] for r in body] == doc["ranking"]
    scores = [int(r[8]) for r in body if r[8]]
    assert scores == sorted(scores)
    assert body[0][-1]  # the unreadable file: read error filled
    assert body[-1][8] == "100"


def test_csv_neutralises_formulas(cli, ws):
    p = ws.write("f.txt", "Отчёт\n\n1. Общие сведения\nОШИБКА: =HYPERLINK(\"http://x\")\n")
    rows = _read_csv(cli("check", "-f", "csv", p).out)
    col = rows[0].index("Фрагмент")
    assert rows[1][col].startswith("'=")


def test_xlsx_reads_back(cli, batch, tmp_path):
    ws, paths = batch
    doc = reference(cli, paths)
    out = tmp_path / "report.xlsx"
    res = cli("check", "-f", "xlsx", "-o", out, *paths)
    assert res.code == 1
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["Рейтинг", "Замечания"]
    rank = list(wb["Рейтинг"].iter_rows(values_only=True))
    assert rank[0][0] == "Место"
    assert [r[1] for r in rank[1:]] == doc["ranking"]
    assert rank[-1][8] == 100
    fnd = list(wb["Замечания"].iter_rows(values_only=True))
    head = fnd[0]
    msg_col = head.index("Сообщение")
    messages = [r[msg_col] for r in fnd[1:] if r[msg_col]]
    assert messages == [x["message"] for _p, x in all_findings(doc)]
    err_col = head.index("Ошибка чтения")
    assert sum(1 for r in fnd[1:] if r[err_col]) == 1


def test_xlsx_formula_text_stays_text(cli, ws, tmp_path):
    p = ws.write("f.txt", "Отчёт\n\n1. Общие сведения\nОШИБКА: =1+1\n")
    out = tmp_path / "f.xlsx"
    cli("check", "-f", "xlsx", "-o", out, p)
    wb = load_workbook(out)
    sheet = wb["Замечания"]
    head = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=head.index("Фрагмент") + 1)
    assert cell.value == "=1+1" and cell.data_type == "s"


def test_github_annotations(cli, batch):
    ws, paths = batch
    doc = reference(cli, paths)
    lines = cli("check", "-f", "github", *paths).out.splitlines()
    ann = [ln for ln in lines if ln.startswith("::")]
    pat = re.compile(r"^::(error|warning|notice) (file=[^,:]+(,line=\d+)?,title=[^:]+)::(.+)$")
    for ln in ann:
        assert pat.match(ln), ln
    levels = {"error": "error", "warning": "warning", "info": "notice"}
    expected = [(levels[x["severity"]], x) for _p, x in all_findings(doc)]
    finding_lines = [ln for ln in ann if "title=X9" in ln]
    assert len(finding_lines) == len(expected)
    for ln, (level, x) in zip(finding_lines, expected):
        assert ln.startswith(f"::{level} file=reports/")
        assert x["message"] in ln and "%0A" in ln  # evidence on a second, escaped line
    bad = [ln for ln in ann if "scan.bin" in ln]
    assert len(bad) == 1 and bad[0].startswith("::error file=reports/scan.bin")
    assert lines[-1] == "repcheck: 4 файла, 3 ошибки, 3 предупреждения, 1 совет, не прочитано: 1"


def test_github_escaping():
    from repcheck.plugins.reporters.github_reporter import command

    line = command("error", "50% готово\nвторая строка", file="a,b:c.txt", title="X1 t")
    assert line == "::error file=a%2Cb%3Ac.txt,title=X1 t::50%25 готово%0Aвторая строка"


def test_rich_ranking_table_worst_first(cli, batch):
    ws, paths = batch
    paths = [p.relative_to(ws.root) for p in paths]  # short enough not to be folded
    out = cli("check", *paths).out
    assert "Рейтинг отчётов (сначала худшие)" in out
    table = out[out.index("Рейтинг отчётов"):]
    order = [table.index(p.name) for p in (paths[3], paths[1], paths[0], paths[2])]
    assert order == sorted(order)
    assert "файл не прочитан" in out
    en = cli("check", "--lang", "en", *paths).out
    assert "Reports ranked (worst first)" in en and "file not read" in en


def test_every_format_lists_an_unreadable_file(cli, ws, tmp_path):
    bad = ws.write_bytes("only/scan.bin", BAD_BYTES)
    good = ws.write("only/a.txt", "Отчёт\n\n1. Общие сведения\nТекст.\n")
    for fmt in ("rich", "json", "html", "csv", "csv-ranking", "sarif", "junit", "github"):
        res = cli("check", "-f", fmt, good, bad)
        assert res.code == 1, fmt
        assert "scan.bin" in res.out, fmt
        assert "не поддерживается" in res.out, fmt
    out = tmp_path / "x.xlsx"
    cli("check", "-f", "xlsx", "-o", out, good, bad)
    values = [c for row in load_workbook(out)["Замечания"].iter_rows(values_only=True) for c in row if c]
    assert any("scan.bin" in str(v) for v in values) and any("не поддерживается" in str(v) for v in values)
