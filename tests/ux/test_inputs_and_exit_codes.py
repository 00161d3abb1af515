"""What the command line accepts and how it ends: a typo'd path, files of other formats in a
folder or given by name, a junk spreadsheet, and the exit codes documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLEAN = ROOT / "corpus" / "text" / "kip-annual-clean.txt"
DEFECTS = ROOT / "corpus" / "text" / "kip-annual-defects.txt"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(CLEAN.read_text(encoding="utf-8"), encoding="utf-8")
    return p


def test_one_good_and_one_missing_file_exit_1_and_say_file_not_found(cli, clean):
    res = cli("check", "--no-color", clean, "отчёт_школы.docx")
    assert res.code == 1  # README: 1 when some inputs could not be read
    assert "repcheck: файл не найден: отчёт_школы.docx" in res.err
    assert "файл не прочитан: файл не найден" in res.out and "удалён или перемещён" not in res.out
    en = cli("check", "--lang", "en", "-f", "json", clean, "report.docx")
    assert en.code == 1 and "repcheck: file not found: report.docx" in en.err
    assert en.json()["files"][0]["error"] == "file not found"


def test_exit_codes_at_each_boundary(cli, clean, tmp_path):
    assert cli("check", "-q", clean).code == 0  # readable, nothing at --fail-on
    assert cli("check", "-q", DEFECTS).code == 1  # findings at --fail-on
    assert cli("check", "-q", "--fail-on", "never", DEFECTS).code == 0
    assert cli("check", "-q", "missing.txt").code == 2  # nothing readable at all
    assert cli("check", "-q", "a.txt", "b.txt").code == 2
    assert cli("check", "-q", "--fail-on", "never", clean, "missing.txt").code == 1  # unreadable counts anyway
    empty = tmp_path / "empty"
    empty.mkdir()
    res = cli("check", "-q", empty)
    assert res.code == 2 and "нет файлов для проверки" in res.err
    assert cli("check", "-q", "--select", "Z999", clean).code == 2  # usage error


def test_folder_files_of_other_formats_are_skipped_with_one_line(cli, clean, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(CLEAN.read_text(encoding="utf-8"), encoding="utf-8")
    for name in ("scan1.png", "scan2.png", "list.csv"):
        (folder / name).write_bytes(PNG if name.endswith(".png") else "a;b\n1;2\n".encode())
    (folder / "README.md").write_text("# notes\n", encoding="utf-8")  # left out by name, not counted
    res = cli("check", "--no-color", folder)
    assert res.code == 0
    lines = [line for line in res.err.splitlines() if "пропущено" in line]
    assert lines == ["repcheck: пропущено 3 файла других форматов (repcheck их не читает): .png ×2, .csv"]
    assert "scan1.png" not in res.out and "list.csv" not in res.out
    en = cli("check", "--lang", "en", "-f", "json", folder)
    assert "repcheck: skipped 3 files of other formats (repcheck does not read them): .png ×2, .csv" in en.err
    assert [f["path"] for f in en.json()["files"]] == [str(folder / "a.txt")]
    (folder / "scan2.png").unlink()
    (folder / "list.csv").unlink()
    one = cli("check", folder)
    assert "repcheck: пропущен 1 файл других форматов (repcheck их не читает): .png" in one.err
    (folder / "scan1.png").unlink()
    assert "пропущ" not in cli("check", folder).err
    assert "пропущ" not in cli("check", "-q", folder).err


def test_a_file_of_another_format_given_by_name_gets_a_clear_message(cli, clean, tmp_path):
    png = tmp_path / "photo.png"
    png.write_bytes(PNG)
    csv = tmp_path / "list.csv"
    csv.write_text("мероприятие;дата\nсеминар;март\n", encoding="utf-8")
    doc = cli("check", "-f", "json", clean, png, csv).json()
    errors = {Path(f["path"]).name: f["error"] for f in doc["files"]}
    for name in ("photo.png", "list.csv"):
        assert errors[name].startswith(f"формат файла «{Path(name).suffix}» не поддерживается; repcheck читает: ")
        assert ".docx" in errors[name] and ".pdf" in errors[name]
    assert errors["good.txt"] is None


def test_a_junk_xls_is_not_read_and_never_scored(cli, clean, tmp_path):
    junk = tmp_path / "отчёт.xls"
    junk.write_text(CLEAN.read_text(encoding="utf-8")[:2000], encoding="utf-8")  # text named .xls
    res = cli("check", "-f", "json", clean, junk)
    assert res.code == 1
    entry = res.json()["files"][0]
    assert entry["path"] == str(junk) and entry["score"] is None and entry["findings"] == []
    assert ".xls" in entry["error"] and "docx" in entry["error"]  # what it is named, what to save it as
    out = cli("check", "--no-color", junk).out
    assert "файл не прочитан: Файл назван .xls" in out
    # the same text named .txt is a report, and a .docx renamed .doc is still read by its content
    named_txt = tmp_path / "отчёт.txt"
    named_txt.write_text(junk.read_text(encoding="utf-8"), encoding="utf-8")
    assert cli("check", "-f", "json", named_txt).json()["files"][0]["error"] is None
    renamed = tmp_path / "renamed.doc"
    renamed.write_bytes((ROOT / "corpus" / "docx" / "kip-annual-clean.docx").read_bytes())
    assert cli("check", "-f", "json", renamed).json()["files"][0]["error"] is None
