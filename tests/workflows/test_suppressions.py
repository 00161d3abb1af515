"""Suppressions in the configuration: per-file-ignores and `suppress` entries keyed like the
baseline, each with a reason; unused ones are reported."""

from __future__ import annotations

import pytest

from repcheck.baseline import evidence_hash, glob_match


def codes(doc: dict, name: str) -> list[str]:
    (f,) = [f for f in doc["files"] if f["path"].endswith(name)]
    return [x["code"] for x in f["findings"]]


def test_per_file_ignores_short_and_long_forms(cli, ws):
    paths = ws.standard()
    ws.configure(
        "[per-file-ignores]\n"
        '"reports/a.txt" = ["X902", "chronology"]\n'
        '"**/b.txt" = { codes = ["X901"], reason = "подпись и печать ставятся на бумажной копии" }\n'
    )
    res = cli("check", "-f", "json", *paths)
    doc = res.json()
    assert sorted(codes(doc, "a.txt")) == ["X901", "X905"]  # X902 by code, X903 by category
    assert codes(doc, "b.txt") == ["X905"]
    a = [f for f in doc["files"] if f["path"].endswith("a.txt")][0]
    assert a["suppressed"] == 2 and doc["summary"]["suppressed"] == 4
    assert doc["unused_suppressions"] == []
    assert res.code == 1  # a.txt keeps its error


def test_suppress_entry_by_location_and_evidence(cli, ws):
    paths = ws.standard()
    doc = cli("check", "-f", "json", *paths).json()
    (target,) = [x for f in doc["files"] for x in f["findings"] if x["evidence"] == "результат не указан"]
    loc = " › ".join(p for p in [target["location"]["section"], "таблица 1", "строка 2"] if p)
    ws.configure(
        "[[suppress]]\n"
        'code = "X901"\n'
        'file = "reports/a.txt"\n'
        f'location = "{loc}"\n'
        'evidence = "результат   не указан"\n'  # whitespace and case do not matter
        'reason = "семинар перенесён, результат будет в следующем отчёте"\n'
        "[[suppress]]\n"
        'code = "marked-error"\n'
        'file = "reports/b.txt"\n'
        f'evidence-hash = "{evidence_hash("нет печати")}"\n'
        'reason = "печать не требуется"\n'
    )
    doc = cli("check", "-f", "json", *paths).json()
    assert "X901" not in codes(doc, "a.txt")
    b = [x["evidence"] for f in doc["files"] if f["path"].endswith("b.txt") for x in f["findings"]]
    assert "нет печати" not in b and "нет подписи руководителя" in b
    assert doc["unused_suppressions"] == []


def test_unused_suppressions_are_reported(cli, ws):
    paths = ws.standard()
    ws.configure(
        "[per-file-ignores]\n"
        '"reports/clean.txt" = { codes = ["X901"], reason = "старая форма" }\n'
        '"archive/**" = ["X901"]\n'  # matches no checked file: not reported (partial runs stay quiet)
        '"reports/*.txt" = ["S101"]\n'  # S101 is not selected: not reported
        "[[suppress]]\n"
        'code = "X902"\n'
        'file = "reports/b.txt"\n'
        'reason = "не нужно"\n'
    )
    res = cli("check", "-f", "json", *paths)
    unused = res.json()["unused_suppressions"]
    assert [(u["kind"], u["reason"]) for u in unused] == [("per-file-ignores", "старая форма"), ("suppress", "не нужно")]
    assert all(u["source"].endswith("repcheck.toml") for u in unused)
    rich = cli("check", *paths).out
    assert "исключение не сработало ни разу" in rich and "старая форма" in rich
    gh = cli("check", "-f", "github", *paths).out
    assert gh.count("::warning title=repcheck::исключение не сработало") == 2
    en = cli("check", "--lang", "en", *paths).out
    assert "unused suppression" in en


def test_suppress_needs_a_reason(cli, ws):
    paths = ws.standard()
    ws.configure('[[suppress]]\ncode = "X901"\nfile = "reports/a.txt"\n')
    res = cli("check", *paths)
    assert res.code == 2 and "reason" in res.err


def test_unknown_key_in_suppress_is_named(cli, ws):
    paths = ws.standard()
    ws.configure('[[suppress]]\ncode = "X901"\nreason = "x"\nwhy = "y"\n')
    res = cli("check", *paths)
    assert res.code == 2 and "why" in res.err


@pytest.mark.parametrize(
    ("pattern", "path", "hit"),
    [
        ("reports/*.docx", "reports/a.docx", True),
        ("reports/*.docx", "reports/2023/a.docx", False),
        ("reports/**/*.docx", "reports/2023/a.docx", True),
        ("reports/**/*.docx", "reports/a.docx", True),
        ("**/a.docx", "x/y/a.docx", True),
        ("a.docx", "deep/in/a.docx", True),  # no slash: also matches the name
        ("./reports/a.docx", "reports/a.docx", True),
        ("reports/[ab].docx", "reports/b.docx", True),
        ("reports/[!ab].docx", "reports/b.docx", False),
        ("Школа*.docx", "отчёты/Школа № 5.docx", True),
    ],
)
def test_glob(pattern, path, hit):
    assert glob_match(pattern, path) is hit
