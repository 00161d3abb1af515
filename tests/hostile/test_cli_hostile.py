"""The command line against hostile names, outputs and configuration (the second table of the
catalogue's README): file names that are not UTF-8 in every output format, terminal escapes,
an --output that is an input or cannot be written, configuration that used to end in a traceback,
SIGTERM, folders that cannot be listed, and the documentation's own TOML examples.

Tests run as root here, which no permission bit stops: the permission cases are simulated (a
failing os.scandir / os.stat, a path under a regular file) and the real-permission variants skip
when run as root.
"""

from __future__ import annotations

import errno
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
import tomllib
import urllib.parse
from pathlib import Path

import pytest

from repcheck import engine, limits
from repcheck.baseline import Baseline, BaselineError
from repcheck.cli import main
from repcheck.config import Config, ConfigError, Limits, load_config
from repcheck.engine import default_jobs, registry_for, validate
from repcheck.models.results import FileResult, RunResult
from repcheck.models.finding import Category, Finding, FindingLocation, Severity, Text
from repcheck.plugin_manager import RegistryError, build_registry
from repcheck.plugins.readers.text import TextReader
from repcheck.plugins.reporters.rich_reporter import RichReporter
from repcheck.reader import ReaderError
from tests.hostile.catalogue import CASE_BY_ID, GOOD_DOCX, REPORT_TEXT, ROOT

FORMATS = ["rich", "json", "html", "csv", "csv-ranking", "xlsx", "sarif", "junit", "github"]
CP1251_NAME = os.fsdecode("Отчёт школы".encode("cp1251") + b".txt")
ESCAPED_NAME = "\\xce\\xf2\\xf7\\xb8\\xf2 \\xf8\\xea\\xee\\xeb\\xfb.txt"  # how it is shown


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _report(folder: Path, name: str = "good.txt") -> Path:
    p = folder / name
    p.write_text(REPORT_TEXT, encoding="utf-8")
    return p


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LC_ALL", "LANG")}
    env.update({"PYTHONPATH": str(ROOT), "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}, **extra)
    return env


def _subprocess(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "repcheck", *args], cwd=cwd, env=_env(**env), capture_output=True,
                          timeout=300, check=False)


# -- 1. file names that are not UTF-8 ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_not_utf8_name_in_every_output_format(fmt: str, work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = work / "in"
    folder.mkdir()
    CASE_BY_ID["name-not-utf8"].build(folder)
    _report(folder, "good.txt")
    out = work / f"report.{fmt}"
    code, _out, err = _cli(capsys, "check", folder, "--format", fmt, "-o", out, "--no-cache", "--jobs", "1")
    assert code == 1, err  # the reports have findings; nothing crashed
    data = out.read_bytes()
    if fmt == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data))
        cells = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value]
        assert any(ESCAPED_NAME in c for c in cells)
        return
    text = data.decode("utf-8")  # strict: the output is valid UTF-8
    if fmt == "sarif":  # a URI: the name percent-encoded
        assert ESCAPED_NAME in urllib.parse.unquote(text).replace("\\\\", "\\")
    elif fmt == "json":
        assert ESCAPED_NAME in json.dumps(json.loads(text), ensure_ascii=False).replace("\\\\", "\\")
    else:
        assert ESCAPED_NAME in text.replace("\\\\", "\\")


@pytest.mark.parametrize("fmt", ["rich", "json", "csv", "github"])
def test_not_utf8_name_on_stdout_under_a_strict_utf8_locale(fmt: str, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    CASE_BY_ID["name-not-utf8"].build(folder)
    proc = _subprocess(["check", str(folder), "--format", fmt, "--no-cache", "--jobs", "1", "--no-progress"],
                       tmp_path, LC_ALL="C.UTF-8", PYTHONUTF8="0")
    assert proc.returncode == 1, proc.stderr.decode(errors="replace")[-2000:]
    assert b"Traceback" not in proc.stderr
    assert ESCAPED_NAME.encode() in proc.stdout.replace(b"\\\\", b"\\")


def test_display_path_escapes_only_what_is_not_utf8() -> None:
    from repcheck.safetext import display_path

    assert display_path("Отчёт № 5 «Ёлочка».docx") == "Отчёт № 5 «Ёлочка».docx"  # unchanged
    assert display_path(CP1251_NAME) == ESCAPED_NAME
    assert display_path(os.fsdecode(b"\xff.txt")) == "\\xff.txt"
    assert display_path("\ud800") == "\\ud800"  # a lone surrogate of another origin
    assert FileResult(path=CP1251_NAME).path == ESCAPED_NAME


# -- 2. --output: an input, a glob's option-like name, atomic, writable before the run -----------------


def test_output_that_is_an_input_is_refused(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = work / "r.docx"
    report.write_bytes(GOOD_DOCX.read_bytes())
    before = report.read_bytes()
    code, _out, err = _cli(capsys, "check", "-o", report, report, "--no-cache")
    assert code == 2 and "один из проверяемых файлов" in err
    assert report.read_bytes() == before
    # Found in a folder, or named through a symbolic link: the same file.
    folder = work / "in"
    folder.mkdir()
    inside = _report(folder)
    text = inside.read_bytes()
    code, _out, err = _cli(capsys, "check", folder, "-o", inside, "--no-cache")
    assert code == 2 and "один из проверяемых файлов" in err and inside.read_bytes() == text
    link = work / "link.txt"
    link.symlink_to(inside)
    code, _out, err = _cli(capsys, "check", folder, "-o", link, "--no-cache")
    assert code == 2 and inside.read_bytes() == text and link.is_symlink()
    code, _out, err = _cli(capsys, "baseline", "create", inside, "-o", inside, "--no-cache")
    assert code == 2 and inside.read_bytes() == text
    assert sorted(p.name for p in work.iterdir()) == ["in", "link.txt", "r.docx"]  # no temporary file left


def test_output_beside_the_inputs_that_is_not_one_of_them_is_written(work: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(work, "r.txt")
    out = work / "r.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    code, _out, _err = _cli(capsys, "check", report, "-f", "json", "-o", out, "--no-cache")
    assert code == 1 and json.loads(out.read_text(encoding="utf-8"))["files"][0]["path"] == str(report)
    assert out.stat().st_mode & 0o777 == 0o640  # the permissions of the file replaced are kept
    assert sorted(p.name for p in work.iterdir()) == ["r.json", "r.txt"]


def test_option_like_file_name_from_a_glob_is_refused(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `repcheck check *` in a folder holding «--output=x.docx» and x.docx: the shell passes the
    # first name, argparse reads it as --output and the report would overwrite x.docx.
    (work / "--output=x.docx").write_bytes(b"")
    target = work / "x.docx"
    target.write_bytes(GOOD_DOCX.read_bytes())
    before = target.read_bytes()
    glob = sorted(os.listdir(work))  # what the shell expands * to
    code, _out, err = _cli(capsys, "check", *glob, "--no-cache")
    assert code == 2 and "--output=x.docx" in err and "./*" in err
    assert target.read_bytes() == before
    # After --, or as ./*, the same names are files and are checked.
    code, out, _err = _cli(capsys, "check", "--no-cache", "-f", "json", "--", *glob)
    assert code == 1 and {f["path"] for f in json.loads(out)["files"]} == {"--output=x.docx", "x.docx"}


def test_output_is_replaced_whole_or_not_at_all(work: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    report = _report(work, "r.txt")
    out = work / "out.json"
    out.write_text("the previous report\n", encoding="utf-8")
    from repcheck.plugins.reporters.json_reporter import JsonReporter

    def broken_render(self, result, stream, *, lang, color):  # type: ignore[no-untyped-def]
        stream.write('{"files": [')  # half a report, then the reporter fails
        raise RuntimeError("disk full")

    monkeypatch.setattr(JsonReporter, "render", broken_render)
    with pytest.raises(RuntimeError):
        main(["check", str(report), "-f", "json", "-o", str(out), "--no-cache"])
    assert out.read_text(encoding="utf-8") == "the previous report\n"
    assert sorted(p.name for p in work.iterdir()) == ["out.json", "r.txt"]  # the temporary file removed


@pytest.mark.parametrize("where", ["under-a-file", "missing-folder"])
def test_output_folder_that_cannot_be_written_is_refused_before_the_run(
    where: str, work: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _report(work, "r.txt")
    (work / "plain-file").write_text("x", encoding="utf-8")
    out = work / ("plain-file/out.json" if where == "under-a-file" else "no-such-folder/out.json")
    ran: list[object] = []
    real_run = engine.run
    monkeypatch.setattr("repcheck.commands.run", lambda *a, **k: ran.append(a) or real_run(*a, **k))
    code, _out, err = _cli(capsys, "check", report, "-o", out, "--no-cache")
    assert code == 2 and "--output" in err and ("файл, а не папка" in err or "нет" in err)
    assert ran == []  # no file was checked


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder")
def test_read_only_output_folder_is_refused_before_the_run(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(work, "r.txt")
    locked = work / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code, _out, err = _cli(capsys, "check", report, "-o", locked / "out.json", "--no-cache")
    finally:
        locked.chmod(0o700)
    assert code == 2 and "нет прав на запись" in err


# -- 10. terminal escapes --------------------------------------------------------------------------------

ESCAPES = "\x1b]0;PWNED\x07\x1b[2J\x1b[1A\r\x9b31m\x1b]8;;http://evil\x1b\\"


def _hostile_result() -> RunResult:
    finding = Finding(
        code="S101", rule="missing-section", category=Category.STRUCTURE, severity=Severity.ERROR,
        message=Text(ru=f"нет раздела {ESCAPES}«Итоги»", en=f"no section {ESCAPES}"),
        location=FindingLocation(section=f"1 Паспорт{ESCAPES}"),
        evidence=f"текст{ESCAPES} отчёта [/bold] [red]",
        suggestion=Text(ru=f"добавьте{ESCAPES}", en="add"),
    )
    good = FileResult(path=f"x{ESCAPES}.txt", findings=[finding], profile="generic")
    good.stats.organisation = f"МБОУ [/nonexistent] СОШ{ESCAPES}"
    bad = FileResult(path=f"y{ESCAPES}.docx", error=Text(ru=f"формат файла «.{ESCAPES}» не поддерживается", en="x"))
    return RunResult(files=[good, bad], rules=[])


@pytest.mark.parametrize("color", [False, True])
def test_rich_report_sends_no_escape_sequence_from_the_input(color: bool) -> None:
    out = io.StringIO()
    RichReporter().render(_hostile_result(), out, lang="ru", color=color)
    text = out.getvalue()
    for raw in ("\x1b]", "\x1b[2J", "\x1b[1A", "\x07", "\r", "\x9b", "PWNED\x07"):
        assert raw not in text, repr(raw)
    if not color:
        assert "\x1b" not in text
    assert "x\\x1b]0;PWNED\\x07" in text  # names: the control characters shown escaped
    assert "МБОУ [/nonexistent] СОШ" in text and "[/bold] [red]" in text  # text, never markup


def test_escape_sequence_name_through_the_command_line(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = CASE_BY_ID["name-escape-sequences"].build(work)
    code, out, err = _cli(capsys, "check", path, "--no-cache", "--no-progress")
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out and "\x1b" not in err
    assert "x\\x1b]0;PWNED\\x07\\x1b[2J" in out
    from repcheck.safetext import terminal_name, terminal_text

    assert terminal_text("a\x1b[31mb\x1b]0;t\x07c\x1b]0;unterminated") == "abc0;unterminated"
    assert terminal_name("a\nb") == "a\\x0ab"


def test_text_with_a_few_junk_bytes_is_text_and_the_junk_is_dropped(tmp_path: Path) -> None:
    # Boundary: at most 2 + 1 % of the bytes may be NUL or control bytes.
    reader = TextReader()
    body = ("Отчёт о реализации проекта.\n" * 80).encode("utf-8")  # 3,920 bytes, no junk
    allowed = max(k for k in range(100) if k <= 2 + (len(body) + k) // 100)
    assert (len(body), allowed) == (4080, 43)
    doc = reader.read(tmp_path / "a.txt", body + b"\x01\x00" * (allowed // 2) + b"\x00" * (allowed % 2))
    assert doc.blocks and all("\x00" not in b.full_text and "\x01" not in b.full_text for b in doc.blocks)
    with pytest.raises(ReaderError, match="двоичные"):
        reader.read(tmp_path / "a.txt", body + b"\x00" * (allowed + 1))
    one_nul = CASE_BY_ID["one-nul-txt"].build(tmp_path)
    doc = reader.read(one_nul, one_nul.read_bytes())
    assert all("\x00" not in b.full_text for b in doc.blocks)
    clean = reader.read(one_nul, REPORT_TEXT.encode("utf-8"))
    assert [b.full_text for b in doc.blocks] == [b.full_text for b in clean.blocks]
    stray = CASE_BY_ID["stray-controls-txt"].build(tmp_path)
    doc = reader.read(stray, stray.read_bytes())
    assert [b.full_text for b in doc.blocks] == [b.full_text for b in clean.blocks]
    with pytest.raises(ReaderError, match="двоичные"):  # the catalogue's nul-inside-txt stays binary
        reader.read(one_nul, REPORT_TEXT.encode("utf-8")[:3000] + b"\x00\x00\x00" + b"\x01\x02\x03" * 100)


# -- 11. clear errors instead of tracebacks ------------------------------------------------------------


def _config_error(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    code, out, err = _cli(capsys, *args)
    assert code == 2, (out[-500:], err)
    assert "Traceback" not in err and err.startswith("repcheck: ") and out == ""
    return err


@pytest.mark.parametrize("toml, words", [
    ('[per-file-ignores]\n"[z-a]*" = ["D501"]\n', ("per-file-ignores", "неверный шаблон", "[z-a]*")),
    ('[[suppress]]\ncode = "D501"\nfile = "reports/[z-a].docx"\nreason = "r"\n', ("suppress.0.file", "[z-a]")),
    ("[limits]\nmax-file-mb = inf\n", ("limits.max-file-mb", "конечное")),
    ("[limits]\ntimeout-seconds = 1e308\n", ("limits.timeout-seconds", "не больше 604800")),
    ("[limits]\nmax-uncompressed-mb = 1000001\n", ("limits.max-uncompressed-mb", "не больше 1000000")),
    ("[limits]\nmax-compression-ratio = inf\n", ("limits.max-compression-ratio",)),
    ("[limits]\nmax-blocks = 1e308\n", ("limits.max-blocks",)),
    ("[limits]\nmax-cells = 1000000001\n", ("limits.max-cells", "не больше 1000000000")),
    ('[rule-options.duplicate-text]\nallow = ["(unclosed"]\n', ("D501", "регулярное выражение", "(unclosed")),
], ids=["glob-per-file-ignores", "glob-suppress", "inf-file-mb", "1e308-timeout", "over-max-uncompressed",
        "inf-ratio", "1e308-blocks", "over-max-cells", "regex-allow"])
def test_configuration_mistakes_are_one_clear_error(toml: str, words: tuple[str, ...], work: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    (work / "repcheck.toml").write_text(toml, encoding="utf-8")
    report = _report(work)
    err = _config_error(capsys, "check", report, "--no-cache")
    for word in words:
        assert word in err, (word, err)


def test_limits_accept_their_largest_values_and_refuse_one_more() -> None:
    top = Limits.model_validate({"max-file-mb": 1_000_000, "max-uncompressed-mb": 1_000_000,
                                 "max-compression-ratio": 1_000_000, "max-blocks": 1_000_000_000,
                                 "max-cells": 1_000_000_000, "timeout-seconds": 604_800})
    assert top.max_blocks == 1_000_000_000 and top.timeout_seconds == 604_800
    for key, over in [("max-file-mb", 1_000_000.5), ("max-blocks", 1_000_000_001), ("timeout-seconds", 604_801)]:
        with pytest.raises(ValueError):
            Limits.model_validate({key: over})
    limits.read_input(Path(__file__), top)  # the largest limits work: no OverflowError
    with limits.deadline(top.timeout_seconds):
        pass


def test_binary_and_missing_configuration_and_profiles(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(work)
    (work / "binary.toml").write_bytes(bytes(range(256)) * 8)
    err = _config_error(capsys, "check", report, "--config", work / "binary.toml")
    assert "не файл конфигурации" in err
    err = _config_error(capsys, "check", report, "--profile-path", work / "missing.toml")
    assert "файл профиля не найден" in err
    (work / "notes.toml").write_text(REPORT_TEXT, encoding="utf-8")
    err = _config_error(capsys, "check", report, "--profile-path", work / "notes.toml")
    assert "не TOML" in err
    err = _config_error(capsys, "check", report, "--profile-path", work / "binary.toml")
    assert "не TOML" in err


def test_invalid_regex_in_a_profile_is_one_configuration_error(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (work / "region.toml").write_text(
        'name = "my-region"\nextends = "_base"\nkind = "kip_annual"\n'
        "detect = [{ pattern = 'инновацион(', weight = 2 }]\n", encoding="utf-8")
    reports = [_report(work, f"r{i}.txt") for i in range(3)]
    err = _config_error(capsys, "check", *reports, "--profile-path", work / "region.toml", "-f", "json")
    assert "ошибка в профиле my-region" in err and "detect.0.pattern" in err and "инновацион(" in err
    assert err.count("инновацион(") == 1  # once, not once per file
    with pytest.raises(RegistryError):
        build_registry(profile_paths=[work / "region.toml"])


@pytest.mark.parametrize("content, words", [
    ("count1e400", ("count",)),
    ("[" * 100_000 + "]" * 100_000, ("вложенность",)),
    ('{"repcheck_baseline": 1, "entries": ' + "[" * 100_000 + "]" * 100_000 + "}", ("вложенность",)),
], ids=["count-1e400", "nested-100k", "nested-100k-in-entries"])
def test_hostile_baselines_are_one_clear_error(content: str, words: tuple[str, ...], work: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    report = _report(work)
    base = work / "base.json"
    if content == "count1e400":
        assert main(["baseline", "create", str(report), "-o", str(base), "--no-cache"]) == 0
        data = base.read_text(encoding="utf-8")
        base.write_text(re.sub(r'"count": \d+', '"count": 1e400', data, count=1), encoding="utf-8")
    else:
        base.write_text(content, encoding="utf-8")
    err = _config_error(capsys, "check", report, "--baseline", base, "--no-cache")
    for word in words:
        assert word in err


def test_baseline_counts_at_the_boundaries(tmp_path: Path) -> None:
    def load(count: object) -> Baseline:
        entry = {"file": "a.txt", "code": "S101", "location": "", "evidence_hash": "0" * 16, "count": count}
        p = tmp_path / "b.json"
        p.write_text(json.dumps({"repcheck_baseline": 1, "entries": [entry]}), encoding="utf-8")
        return Baseline.load(p)

    assert load(1).entries[0].count == 1 and load(2**53).entries[0].count == 2**53
    for bad in (0, 2**53 + 1, 1.5, float("inf"), True, None):
        with pytest.raises(BaselineError):
            load(bad)


def test_jobs_are_capped_at_the_processors(monkeypatch: pytest.MonkeyPatch, work: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(engine, "cpu_count", lambda: 4, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(4)), raising=False)
    assert [default_jobs(Config(jobs=n)) for n in (3, 4, 5, 100_000)] == [3, 4, 4, 4]
    assert default_jobs(Config()) == 4
    monkeypatch.undo()
    monkeypatch.chdir(work)
    report = _report(work)
    code, _out, err = _cli(capsys, "check", report, "--jobs", "100000", "--timings", work / "t.json", "--no-cache")
    assert code == 1 and "--jobs 100000" in err
    processors = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert json.loads((work / "t.json").read_text(encoding="utf-8"))["jobs"] == processors


def test_sigterm_leaves_no_temporary_folder(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    sources = sorted((ROOT / "corpus" / "text").glob("*.txt"))
    for i in range(40):  # long enough a run to be stopped in its middle
        src = sources[i % len(sources)]
        (folder / f"{i:02d}-{src.name}").write_bytes(src.read_bytes())
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "repcheck", "check", str(folder), "--jobs", "1", "--no-cache",
                             "--no-progress", "-f", "json", "-o", str(tmp_path / "out.json")],
                            cwd=tmp_path, env=_env(TMPDIR=str(private_tmp)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        while not list(private_tmp.glob("repcheck-dups-*")):  # the duplicate store is open
            assert proc.poll() is None, proc.stderr.read().decode(errors="replace")[-2000:] if proc.stderr else ""
            assert time.monotonic() < deadline, "the duplicate store never appeared"
            time.sleep(0.05)
        assert proc.poll() is None  # still checking files
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 143, err.decode(errors="replace")[-2000:]
    assert "SIGTERM" in err.decode()
    assert list(private_tmp.iterdir()) == []  # the store removed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports", "tmp"]  # no output, no temporary file


def _denied(path: object) -> OSError:
    return PermissionError(errno.EACCES, "Permission denied", str(path))


def test_folder_that_cannot_be_listed_is_reported(work: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = work / "reports"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    _report(folder, "a.txt")
    _report(locked, "hidden.txt")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # root lists anything: simulate the permission
        if Path(os.fspath(path)) == locked:
            raise _denied(path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, _err = _cli(capsys, "check", folder, "-f", "json", "--no-cache", "--jobs", "1")
    files = {f["path"]: f for f in json.loads(out)["files"]}
    assert code == 1
    assert files[str(locked)]["error"].startswith("папку не удалось просмотреть")
    assert "нет прав" in files[str(locked)]["error"]
    assert files[str(folder / "a.txt")]["error"] is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder")
def test_folder_without_read_permission_is_reported(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = work / "reports"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    _report(locked, "hidden.txt")
    locked.chmod(0o300)
    try:
        code, out, _err = _cli(capsys, "check", folder, "-f", "json", "--no-cache", "--jobs", "1")
    finally:
        locked.chmod(0o700)
    assert code == 2  # nothing readable at all
    assert json.loads(out)["files"][0]["error"].startswith("папку не удалось просмотреть")


def test_path_inside_a_folder_that_cannot_be_searched(work: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    locked = work / "locked"
    locked.mkdir()
    inside = _report(locked, "r.txt")
    good = _report(work, "good.txt")
    prefix = str(locked) + os.sep
    for name in ("stat", "lstat"):
        real = getattr(os, name)

        def fake(path: object, *a: object, _real=real, **k: object) -> object:  # type: ignore[no-untyped-def]
            if isinstance(path, (str, os.PathLike)) and os.path.abspath(os.fspath(path)).startswith(prefix):
                raise _denied(path)
            return _real(path, *a, **k)

        monkeypatch.setattr(os, name, fake)
    code, out, err = _cli(capsys, "check", inside, good, "-f", "json", "--no-cache", "--jobs", "1")
    monkeypatch.undo()
    files = {f["path"]: f for f in json.loads(out)["files"]}
    assert code == 1 and "Traceback" not in err and "не найден" not in err
    assert "нет прав" in files[str(inside)]["error"]
    assert files[str(good)]["error"] is None


def test_limit_advice_is_a_whole_number_at_or_above_the_need() -> None:
    for limit, blocks in [(500_000, 1_234_567), (999_999, 1_000_000), (1_000_000, 1_000_001), (1000, 1001)]:
        with pytest.raises(ReaderError) as err:
            limits.check_counts(blocks=blocks, limits=Limits(max_blocks=limit))
        advice = re.search(r"max-blocks = (\S+) в разделе", err.value.ru)
        assert advice, err.value.ru
        value = Limits.model_validate({"max-blocks": tomllib.loads(f"v = {advice.group(1)}")["v"]}).max_blocks
        assert value >= blocks and f"limits.max-blocks = {limit}." in err.value.ru
    limits.check_counts(blocks=1_000_000, limits=Limits(max_blocks=1_000_000))  # at the limit: no error
    with pytest.raises(ReaderError) as err:
        limits.check_counts(cells=2_500_001, limits=Limits(max_cells=2_500_000))
    assert "max-cells = 5000000 в разделе" in err.value.ru


# -- 12. the documentation's TOML works ----------------------------------------------------------------

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"^```toml\n(.*?)^```", re.MULTILINE | re.DOTALL)
BLOCKS = [(doc, i, m.group(1)) for doc in DOCS for i, m in enumerate(_BLOCK.finditer(doc.read_text(encoding="utf-8")))]


def test_the_documentation_has_toml_examples() -> None:
    assert len(BLOCKS) >= 4
    assert any("rule-options" in text for _doc, _i, text in BLOCKS)


@pytest.mark.parametrize("doc, index, text", BLOCKS, ids=[f"{d.name}-{i}" for d, i, _t in BLOCKS])
def test_every_toml_example_of_the_documentation_works(doc: Path, index: int, text: str, tmp_path: Path) -> None:
    data = tomllib.loads(text)
    if "project" in data:  # packaging (entry points): pyproject.toml without repcheck settings
        assert "entry-points" in data["project"]
        return
    if "name" in data and ("sections" in data or "detect" in data):  # a report profile
        path = tmp_path / "profile.toml"
        path.write_text(text, encoding="utf-8")
        profile = build_registry(profile_paths=[path]).profiles[data["name"]]
        assert not profile.abstract and profile.sections
        return
    path = tmp_path / ("pyproject.toml" if "tool" in data else "repcheck.toml")
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    for folder in config.profile_paths:  # the user's own folders, which the example names
        Path(folder).mkdir(parents=True, exist_ok=True)
    try:
        validate(config, registry_for(config))  # rule names, rule options, profiles
    except ConfigError as exc:
        pytest.fail(f"{doc.name}, TOML block {index + 1}: {exc}")
