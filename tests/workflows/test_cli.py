"""The command line of the workflows: exit codes, the progress bar, the pre-commit hook."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
import yaml

from repcheck import commands
from tests.workflows.conftest import BAD_BYTES, REPORT_A, REPORT_CLEAN

ROOT = Path(__file__).resolve().parents[2]


def test_exit_codes(cli, ws):
    clean = ws.write("clean.txt", REPORT_CLEAN)
    warn = ws.write("warn.txt", REPORT_CLEAN + "\nВНИМАНИЕ: мелочь\n")
    err = ws.write("err.txt", REPORT_A)
    bad = ws.write_bytes("bad.bin", BAD_BYTES)
    assert cli("check", clean).code == 0
    assert cli("check", warn).code == 0  # default --fail-on error
    assert cli("check", "--fail-on", "warning", warn).code == 1
    assert cli("check", err).code == 1
    assert cli("check", "--fail-on", "never", err).code == 0
    assert cli("check", clean, bad).code == 1  # some input unreadable
    assert cli("check", bad).code == 2  # nothing readable
    assert cli("check", clean, ws.root / "missing.txt").code == 1  # some input unreadable (README)
    assert cli("check", ws.root / "missing.txt").code == 2  # nothing readable
    assert cli("check", "--select", "Z999", clean).code == 2
    assert cli("check", "-f", "nope", clean).code == 2
    with pytest.raises(SystemExit) as exc:
        cli("check", "-j", "0", clean)
    assert exc.value.code == 2


def test_missing_path_is_reported_as_an_entry_too(cli, ws):
    clean = ws.write("clean.txt", REPORT_CLEAN)
    res = cli("check", "-f", "json", clean, "missing.txt")
    assert res.code == 1 and "файл не найден: missing.txt" in res.err
    files = res.json()["files"]
    assert files[0]["path"] == "missing.txt" and files[0]["error"] == "файл не найден"  # worst first


def test_quiet_prints_totals_only(cli, ws):
    err = ws.write("err.txt", REPORT_A)
    res = cli("check", "-q", err)
    assert res.code == 1 and res.out == ""
    assert res.err.startswith("1 файл: 1 ошибка, 1 предупреждение, не прочитано: 0")
    assert cli("check", "-q", "--lang", "en", err).err.startswith("1 file: 1 error, 1 warning, 0 unreadable")


def test_no_progress_bar_when_stderr_is_not_a_terminal(cli, ws):
    paths = ws.standard()
    res = cli("check", "-f", "json", *paths)
    assert res.err == ""


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal(ws, monkeypatch, capsys):
    paths = ws.standard()
    fake = _Tty()
    monkeypatch.setattr(sys, "stderr", fake)
    monkeypatch.delenv("TERM", raising=False)
    from repcheck.cli import main

    code = main(["check", "-f", "json", *map(str, paths)])
    assert code == 1
    assert "Проверка" in fake.getvalue() and "3/3" in fake.getvalue()
    assert capsys.readouterr().out.startswith("{")  # the report itself is untouched on stdout
    fake.truncate(0)
    main(["check", "-f", "json", "--no-progress", *map(str, paths)])
    assert "Проверка" not in fake.getvalue()


def test_xlsx_refuses_a_terminal(cli, ws, monkeypatch):
    clean = ws.write("clean.txt", REPORT_CLEAN)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    res = cli("check", "-f", "xlsx", clean)
    assert res.code == 2 and "--output" in res.err


def test_precommit_hook_definition(cli, ws):
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "repcheck"]
    assert hook["language"] == "python" and hook["require_serial"] is True
    assert hook["entry"].split()[:2] == ["repcheck", "check"]
    import re

    pat = re.compile(hook["files"])  # noqa
    assert pat.search("reports/Школа 5.DOCX") and pat.search("a.pdf") and not pat.search("a.png")
    # what pre-commit runs: the entry with the staged files appended
    clean = ws.write("clean.txt", REPORT_CLEAN)
    err = ws.write("err.txt", REPORT_A)
    args = hook["entry"].split()[1:]
    assert cli(*args, clean).code == 0
    assert cli(*args, clean, err).code == 1


def test_workflows_doc_examples_use_real_options():
    """docs/workflows.md shows commands; every `repcheck …` option in it must exist."""
    from repcheck.cli import build_parser

    text = (ROOT / "docs" / "workflows.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices
    known = set()
    for p in sub.values():
        for a in p._actions:
            known.update(a.option_strings)
        for a in p._actions:
            if getattr(a, "choices", None) and isinstance(a.choices, dict):
                for q in a.choices.values():
                    for b in q._actions:
                        known.update(b.option_strings)
    import re

    used = set()
    for line in text.splitlines():
        if "repcheck " in line and not line.lstrip().startswith("#"):
            used.update(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", line))
    unknown = used - known
    assert not unknown, unknown


def test_format_help_lists_all_reporters():
    from repcheck.plugin_manager import build_registry

    names = set(build_registry().reporters)
    assert {"rich", "json", "html", "csv", "csv-ranking", "xlsx", "sarif", "junit", "github"} <= names
    assert commands.FAIL_RANK["never"] > 3
