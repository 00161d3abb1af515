"""Parallel runs (same results as serial, in input order; a crashing worker becomes that file's
error) and the content-hash cache (a hit parses nothing; content, version and configuration
changes invalidate; entries live in the cache folder, never beside the inputs)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

import repcheck
import repcheck.cache
from repcheck.cache import ResultCache, cache_folder, default_cache_dir
from repcheck.config import Config, load_config
from repcheck.engine import run
from repcheck.plugins.readers.text import TextReader
from tests.workflows.conftest import REPORT_A, REPORT_B, REPORT_CLEAN, by_path

_ORIGINAL_FINGERPRINT = repcheck.cache._code_fingerprint  # taken at import, before the autouse patch


@pytest.fixture
def many(ws) -> list[Path]:
    paths = ws.standard()
    for i in range(3):
        paths.append(ws.write(f"more/копия {i}.txt", REPORT_A.replace("Школа № 7", f"Школа № {20 + i}")))
    paths.append(ws.write_bytes("more/scan.bin", b"\x00\xff binary \x00" * 8))
    return paths


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """Names of files the text reader parsed in this process."""
    seen: list[str] = []
    original = TextReader.read

    def counting(self, path, data):
        seen.append(Path(path).name)
        return original(self, path, data)

    monkeypatch.setattr(TextReader, "read", counting)
    return seen


def test_parallel_and_serial_give_identical_json(cli, many):
    serial = cli("check", "-f", "json", "-j", "1", "--no-cache", *many)
    parallel = cli("check", "-f", "json", "-j", "2", "--no-cache", *many)
    assert serial.code == parallel.code == 1
    assert serial.out == parallel.out
    doc = serial.json()
    assert sorted(f["path"] for f in doc["files"]) == sorted(str(p) for p in many)
    assert [f["path"] for f in doc["files"]] == doc["ranking"]  # worst first
    assert any(x["code"] == "X905" for f in doc["files"] for x in f["findings"])  # corpus rule after all files
    sarif_s = cli("check", "-f", "sarif", "-j", "1", "--no-cache", *many).out
    sarif_p = cli("check", "-f", "sarif", "-j", "2", "--no-cache", *many).out
    assert sarif_s == sarif_p


def test_worker_crash_becomes_that_files_error(cli, ws):
    good = [ws.write("a.txt", REPORT_A), ws.write("b.txt", REPORT_B)]
    bad = ws.write("crash.txt", REPORT_CLEAN + "\nАВАРИЯ\n")
    ws.configure(select=["X901", "X904", "X905"])
    res = cli("check", "-f", "json", "-j", "2", "--no-cache", good[0], bad, good[1])
    assert res.code == 1
    doc = res.json()
    files = by_path(doc)
    assert doc["files"][0]["path"] == str(bad)  # unreadable first
    assert "аварийно завершился" in files[str(bad)]["error"]
    assert files[str(good[0])]["error"] is None and files[str(good[1])]["error"] is None
    assert any(x["code"] == "X901" for x in files[str(good[0])]["findings"])
    assert any(x["code"] == "X905" for x in files[str(good[1])]["findings"])  # corpus step still ran


def test_cache_hit_parses_nothing(cli, ws, reads):
    paths = ws.standard()
    first = cli("check", "-f", "json", *paths)
    assert sorted(reads) == ["a.txt", "b.txt", "clean.txt"]
    reads.clear()
    second = cli("check", "-f", "json", *paths)
    assert reads == []
    assert second.out == first.out and second.code == first.code
    # entries in the configured folder, nothing written beside the inputs
    assert list(ws.cache.glob("*/*.pickle"))
    assert sorted(p.name for p in (ws.root / "reports").iterdir()) == ["a.txt", "b.txt", "clean.txt"]


def test_cache_invalidation(cli, ws, reads, monkeypatch):
    paths = ws.standard()
    cli("check", "-f", "json", *paths)
    reads.clear()
    # content change: only that file is parsed again
    paths[1].write_text(REPORT_B + "\nОШИБКА: добавлено\n", encoding="utf-8")
    doc = cli("check", "-f", "json", *paths).json()
    assert reads == ["b.txt"]
    assert any(x["evidence"] == "добавлено" for x in by_path(doc)[str(paths[1])]["findings"])
    reads.clear()
    # same content under another name: a hit, reported under the new name
    copy = ws.write("reports/copy.txt", REPORT_A)
    doc = cli("check", "-f", "json", copy).json()
    assert reads == [] and doc["files"][0]["path"] == str(copy)
    # another repcheck version: everything again
    monkeypatch.setattr(repcheck, "__version__", "99.0")
    cli("check", "-f", "json", *paths)
    assert sorted(reads) == ["a.txt", "b.txt", "clean.txt"]
    reads.clear()
    # another rule selection: everything again
    ws.configure(select=["X901"])
    cli("check", "-f", "json", *paths)
    assert len(reads) == 3
    reads.clear()
    # output options do not matter: a hit
    cli("check", "-f", "sarif", "--fail-on", "warning", "--lang", "en", *paths)
    assert reads == []
    # --no-cache: parsed, and nothing read from or written to the cache
    before = sorted(ws.cache.rglob("*.pickle"))
    cli("check", "-f", "json", "--no-cache", *paths)
    assert len(reads) == 3 and sorted(ws.cache.rglob("*.pickle")) == before


def test_cache_with_parallel_workers(ws):
    paths = ws.standard()
    config = load_config(ws.root / "repcheck.toml")
    first = run(paths, config, jobs=2, use_cache=True)
    assert first.cache_hits == 0
    second = run(paths, config, jobs=2, use_cache=True)
    assert second.cache_hits == 3
    assert [f.model_dump() for f in first.files] == [f.model_dump() for f in second.files]
    # corpus findings are computed afresh on cached results
    assert any(x.code == "X905" for fr in second.files for x in fr.findings)


def test_code_change_invalidates(cli, ws, reads, monkeypatch):
    import repcheck.cache

    paths = ws.standard()
    cli("check", *paths)
    reads.clear()
    monkeypatch.setattr(repcheck.cache, "_code_fingerprint", lambda packages: "edited")
    cli("check", *paths)
    assert len(reads) == 3


def test_code_fingerprint_follows_content(tmp_path, monkeypatch):
    pkg = tmp_path / "fp_pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    fingerprint = _ORIGINAL_FINGERPRINT
    a = fingerprint(["fp_pkg"])
    assert fingerprint(["fp_pkg"]) == a
    os.utime(pkg / "__init__.py", (1, 1))  # mtime alone: same
    assert fingerprint(["fp_pkg"]) == a
    (pkg / "__init__.py").write_text("X = 2\n", encoding="utf-8")
    assert fingerprint(["fp_pkg"]) != a


def test_default_cache_folder_is_the_user_cache(cli, ws, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    ws.configure(cache_dir=False)
    assert default_cache_dir() == tmp_path / "xdg" / "repcheck" / "results"
    assert cache_folder(Config()) == default_cache_dir()
    paths = ws.standard()
    cli("check", *paths)
    assert len(list((tmp_path / "xdg" / "repcheck" / "results").glob("*/*.pickle"))) == 3
    res = cli("cache", "dir")
    assert res.out.strip() == str(tmp_path / "xdg" / "repcheck" / "results")
    res = cli("cache", "clear")
    assert res.code == 0 and "удалено записей: 3" in res.err
    assert not list((tmp_path / "xdg").rglob("*.pickle"))


def test_cache_dir_from_the_environment(cli, ws, tmp_path, monkeypatch):
    monkeypatch.setenv("REPCHECK_CACHE_DIR", str(tmp_path / "env-cache"))
    paths = ws.standard()
    cli("check", *paths)  # beats the configuration's cache-dir
    assert len(list((tmp_path / "env-cache").glob("*/*.pickle"))) == 3
    assert not ws.cache.exists()
    cli("check", "--cache-dir", tmp_path / "cli-cache", *paths)  # the option beats the variable
    assert len(list((tmp_path / "cli-cache").glob("*/*.pickle"))) == 3


def test_cache_dir_relative_to_config(ws):
    ws.configure(cache_dir=False, extra='cache-dir = "../my-cache"\n')
    config = load_config(ws.root / "repcheck.toml")
    assert Path(config.cache_dir) == (ws.root.parent / "my-cache").resolve()


class _Evil:
    def __reduce__(self):
        return (os.system, ("touch pwned",))


def test_a_planted_cache_entry_cannot_run_code(ws, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cache = ResultCache(tmp_path / "c", "ctx")
    key = cache.key(b"report")
    target = cache._path(key)
    target.parent.mkdir(parents=True)
    target.write_bytes(pickle.dumps({"format": 1, "result": _Evil()}))
    assert cache.get(key) is None
    assert not (tmp_path / "pwned").exists()
    # garbage is a miss too
    target.write_bytes(b"not a pickle")
    assert cache.get(key) is None


def test_inputs_untouched(cli, ws, tmp_path):
    paths = ws.standard()
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}
    listing = sorted(str(p) for p in ws.root.rglob("*"))
    for fmt in ("rich", "json", "html", "csv", "sarif", "junit", "github"):
        cli("check", "-f", fmt, *paths)
    cli("check", "-f", "json", "-j", "2", *paths)
    cli("check", "-f", "xlsx", "-o", tmp_path / "out.xlsx", *paths)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in paths} == before
    assert sorted(str(p) for p in ws.root.rglob("*")) == listing


# -- corpus rules a run cannot use ------------------------------------------------------------------

CORPUS_TEXT = Path(__file__).resolve().parents[2] / "corpus" / "text"


def _d503(result) -> list[tuple[str, str]]:
    return sorted((Path(fr.path).name, f.message.ru) for fr in result.files for f in fr.findings if f.code == "D503")


def test_one_report_skips_the_cross_report_pass_and_its_result_is_cached_apart(tmp_path, monkeypatch):
    from repcheck.rules.cross_report_duplicate import CrossReportDuplicate

    calls: list[str] = []
    original = CrossReportDuplicate.extract

    def counting(self, report, ctx):
        calls.append("extract")
        return original(self, report, ctx)

    monkeypatch.setattr(CrossReportDuplicate, "extract", counting)
    config = Config(cache_dir=str(tmp_path / "cache"))
    clean, copy = CORPUS_TEXT / "kip-annual-clean.txt", CORPUS_TEXT / "kip-annual-copy.txt"
    alone = run([copy], config, use_cache=True)
    assert calls == [] and _d503(alone) == []  # one report: nothing to compare, no passages built
    pair = run([clean, copy], config, use_cache=True)  # the single run's cached result is not used
    assert len(calls) == 2 and [n for n, _ in _d503(pair)] == ["kip-annual-clean.txt", "kip-annual-copy.txt"]
    assert pair.cache_hits == 0
    assert _d503(pair) == _d503(run([clean, copy], Config()))
    calls.clear()
    indexed = run([copy], Config(dup_index=str(tmp_path / "region.dupindex")))
    assert len(calls) == 1 and _d503(indexed) == []  # a duplicate index compares even one report
