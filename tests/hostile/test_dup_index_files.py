"""--dup-index pointed at files that are not (only) ours: another program's SQLite database is
refused untouched; an index busy with another run's write costs this run nothing but the update."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from repcheck.cli import main
from repcheck.config import Config, ConfigError
from repcheck.dedup import index as dup_index
from repcheck.dedup.index import describe_index
from repcheck.engine import run
from tests.scale.test_dup_index import SHARED, _d503, _report, last_year  # noqa: F401 - the fixture


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _foreign(path: Path, app_id: int = 0) -> Path:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("INSERT INTO contacts (name) VALUES ('Иванова'), ('Петров')")
    if app_id:
        db.execute(f"PRAGMA application_id = {app_id}")
    db.commit()
    db.close()
    return path


@pytest.mark.parametrize("app_id", [0, 0x46534C31])  # no id (plain SQLite), another program's id
def test_another_programs_database_is_refused_and_left_as_it_was(last_year: Path, tmp_path: Path, app_id: int) -> None:
    foreign = _foreign(tmp_path / "contacts.sqlite", app_id)
    before = _digest(foreign)
    with pytest.raises(ConfigError, match="другой программы"):
        run([last_year], Config(select=["D503"], cache=False, dup_index=str(foreign)))
    assert _digest(foreign) == before  # no table, no row, no header change
    tables = {r[0] for r in sqlite3.connect(foreign).execute("SELECT name FROM sqlite_master")}
    assert tables == {"contacts"}


def test_the_refusal_is_one_clear_line_on_the_command_line(last_year: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    foreign = _foreign(tmp_path / "contacts.sqlite")
    assert main(["check", "--dup-index", str(foreign), "--select", "D503", "--no-cache", "-q", str(last_year)]) == 2
    err = capsys.readouterr().err
    assert "другой программы" in err and "Traceback" not in err


def test_an_empty_database_becomes_an_index_marked_as_ours(last_year: Path, tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    sqlite3.connect(path).close()  # an SQLite file without tables (0 bytes)
    run([last_year], Config(select=["D503"], cache=False, dup_index=str(path)))
    assert sqlite3.connect(path).execute("PRAGMA application_id").fetchone()[0] == dup_index.APPLICATION_ID
    assert describe_index(path)["reports"] == 3


def test_an_index_written_before_the_mark_is_still_ours(last_year: Path, tmp_path: Path) -> None:
    path = tmp_path / "old-index.sqlite"
    run([last_year], Config(select=["D503"], cache=False, dup_index=str(path)))
    db = sqlite3.connect(path)
    db.execute("PRAGMA application_id = 0")  # as the previous version wrote it
    db.commit()
    db.close()
    run([last_year], Config(select=["D503"], cache=False, dup_index=str(path)))
    assert sqlite3.connect(path).execute("PRAGMA application_id").fetchone()[0] == dup_index.APPLICATION_ID
    assert len(describe_index(path)["runs"]) == 2


def test_a_busy_index_keeps_the_runs_findings_and_says_what_was_not_written(
    last_year: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dups.sqlite"
    run([last_year], Config(select=["D503"], cache=False, dup_index=str(path)))
    this_year = tmp_path / "2025"
    this_year.mkdir()
    (this_year / "berezovka.txt").write_text(
        _report("МКОУ «СОШ № 1» с. Берёзовка", "Школьный музей собрал воспоминания старожилов села.", SHARED),
        encoding="utf-8",
    )
    monkeypatch.setattr(dup_index, "WRITE_WAIT", 1.0, raising=False)
    monkeypatch.setattr(dup_index, "WAIT_NOTICE", 0.2, raising=False)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another run is writing: reading stays possible, writing waits
    other.execute("INSERT INTO runs (started) VALUES ('another run')")
    try:
        result = run([this_year], Config(select=["D503"], cache=False, dup_index=str(path)))
    finally:
        other.execute("ROLLBACK")
        other.close()
    (finding,) = _d503(result)["berezovka.txt"]  # matched against last year's reports all the same
    assert finding.related == [str(last_year / "lesnoy.txt")]
    err = capsys.readouterr().err
    assert "занят другим запуском" in err and "жду" in err  # progress while waiting
    assert "не обновлён" in err and "(1) в него не добавлены" in err  # what could not be written
    info = describe_index(path)
    assert info["reports"] == 3 and len(info["runs"]) == 1  # left as it was


def test_a_busy_index_is_written_once_it_is_free(last_year: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    path = tmp_path / "dups.sqlite"
    run([last_year], Config(select=["D503"], cache=False, dup_index=str(path)))
    monkeypatch.setattr(dup_index, "WAIT_NOTICE", 0.2, raising=False)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(1.0, lambda: other.execute("ROLLBACK"))
    release.start()
    try:
        run([last_year], Config(select=["D503"], cache=False, dup_index=str(path)))
    finally:
        release.join()
        other.close()
    assert len(describe_index(path)["runs"]) == 2  # it waited, then wrote
