"""Baseline round trip: create, edit a report, only the new finding fails; a fixed finding is
reported as a baseline entry that no longer occurs; edits elsewhere don't shift entries."""

from __future__ import annotations

import json

import pytest

from repcheck.baseline import Baseline, BaselineError, evidence_hash, finding_key
from repcheck.models.finding import Category, Finding, FindingLocation, Severity, Text
from tests.workflows.conftest import BAD_BYTES, REPORT_B


def test_round_trip(cli, ws):
    paths = ws.standard()
    res = cli("baseline", "create", "-o", "base.json", *paths)
    assert res.code == 0, res.err
    assert "база записана" in res.err
    data = json.loads((ws.root / "base.json").read_text(encoding="utf-8"))
    assert data["repcheck_baseline"] == 1
    files = {e["file"] for e in data["entries"]}
    assert files == {"reports/a.txt", "reports/b.txt"}  # relative to the baseline's folder
    for e in data["entries"]:
        assert set(e) >= {"file", "code", "location", "evidence_hash", "count", "message"}

    # Unchanged reports: nothing new, exit 0.
    res = cli("check", "--baseline", "base.json", "-f", "json", *paths)
    assert res.code == 0, res.out
    doc = res.json()
    assert all(f["findings"] == [] for f in doc["files"])
    assert doc["summary"]["baselined"] == sum(e["count"] for e in data["entries"])
    assert doc["baseline"]["stale"] == []

    # Edit one report: add text above (shifts lines and blocks), add one new error, fix one old.
    edited = REPORT_B.replace("ОШИБКА: нет печати\n", "")
    edited = edited.replace("1. Общие сведения\n", "Вступление: новый абзац.\n\n1. Общие сведения\nОШИБКА: новая проблема\n")
    paths[1].write_text(edited, encoding="utf-8")
    res = cli("check", "--baseline", "base.json", "-f", "json", *paths)
    assert res.code == 1
    doc = res.json()
    new = [(f["path"], x) for f in doc["files"] for x in f["findings"]]
    assert [(p.endswith("b.txt"), x["evidence"]) for p, x in new] == [(True, "новая проблема")]
    stale = doc["baseline"]["stale"]
    assert [(s["file"], s["code"]) for s in stale] == [("reports/b.txt", "X901")]
    assert stale[0]["evidence_hash"] == evidence_hash("нет печати")

    # The rich report names the stale entry; the failing finding is still shown.
    out = cli("check", "--baseline", "base.json", *paths).out
    assert "запись базы больше не встречается" in out and "новая проблема" in out


def test_baseline_from_config_and_other_folder(cli, ws, monkeypatch):
    paths = ws.standard()
    (ws.root / "ci").mkdir()
    assert cli("baseline", "create", "-o", "ci/base.json", *paths).code == 0
    data = json.loads((ws.root / "ci" / "base.json").read_text(encoding="utf-8"))
    assert {e["file"] for e in data["entries"]} == {"../reports/a.txt", "../reports/b.txt"}
    ws.configure('baseline = "ci/base.json"\n')
    res = cli("check", "-f", "json", *paths)
    assert res.code == 0 and res.json()["baseline"]["file"].endswith("base.json")
    # `baseline create` without --output writes the configured file
    (ws.root / "ci" / "base.json").unlink()
    assert cli("baseline", "create", *paths).code == 0
    assert (ws.root / "ci" / "base.json").is_file() and not (ws.root / "repcheck-baseline.json").exists()


def test_stale_only_for_checked_files(cli, ws):
    paths = ws.standard()
    assert cli("baseline", "create", "-o", "base.json", *paths).code == 0
    # Checking only a.txt: b.txt's entries are not "no longer occurring".
    res = cli("check", "--baseline", "base.json", "-f", "json", paths[0])
    assert res.code == 0
    assert res.json()["baseline"]["stale"] == []


def test_duplicate_findings_are_counted(cli, ws):
    p = ws.write("r.txt", "Отчёт\n\n1. Общие сведения\nОШИБКА: одно и то же\n\nОШИБКА: одно и то же\n")
    assert cli("baseline", "create", "-o", "base.json", p).code == 0
    entries = json.loads((ws.root / "base.json").read_text(encoding="utf-8"))["entries"]
    assert [e["count"] for e in entries] == [2]
    p.write_text("Отчёт\n\n1. Общие сведения\nОШИБКА: одно и то же\n\nОШИБКА: одно и то же\n\nОШИБКА: одно и то же\n",
                 encoding="utf-8")
    res = cli("check", "--baseline", "base.json", "-f", "json", p)
    assert res.code == 1 and len(res.json()["files"][0]["findings"]) == 1


def test_bad_baseline_is_a_usage_error(cli, ws):
    paths = ws.standard()
    (ws.root / "junk.json").write_text("{}", encoding="utf-8")
    res = cli("check", "--baseline", "junk.json", *paths)
    assert res.code == 2 and "не файл базы" in res.err
    res = cli("check", "--baseline", "missing.json", "--lang", "en", *paths)
    assert res.code == 2 and "baseline file not found" in res.err


def test_baseline_create_refuses_when_nothing_readable(cli, ws):
    p = ws.write_bytes("x.bin", BAD_BYTES)
    res = cli("baseline", "create", "-o", "base.json", p)
    assert res.code == 2 and not (ws.root / "base.json").exists()


def test_key_ignores_page_line_block_and_whitespace(tmp_path):
    def f(**loc) -> Finding:
        return Finding(code="N301", rule="total-mismatch", category=Category.CONSISTENCY, severity=Severity.ERROR,
                       message=Text(ru="м", en="m"), evidence=loc.pop("evidence", "Итого 120"),
                       location=FindingLocation(section="2 Участники", table=1, row=5, **loc))

    a = finding_key(f(page=1, line=10, block=4), "r.docx")
    b = finding_key(f(page=3, line=99, block=40, evidence="итого   120"), "r.docx")
    assert a == b
    assert a != finding_key(f(evidence="Итого 121"), "r.docx")
    with pytest.raises(BaselineError):
        Baseline.load(tmp_path / "none.json")


def test_corpus_entries_stale_when_all_their_files_were_checked(cli, ws):
    paths = ws.standard()
    assert cli("baseline", "create", "-o", "base.json", *paths).code == 0
    paths[1].write_text(REPORT_B.replace("ПОВТОР: ", ""), encoding="utf-8")  # the shared line is gone
    doc = cli("check", "--baseline", "base.json", "-f", "json", *paths).json()
    stale = sorted((s["file"], s["code"]) for s in doc["baseline"]["stale"])
    assert stale == [("reports/a.txt", "X905"), ("reports/b.txt", "X905")]
