"""A file that does not look like a report of the genre is said so once (S105), and no other rule
runs on it; every report of the corpus, the blind sets, the development set and the seeds is a
report."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import run
from repcheck.structurer.genre import GenreSignals

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"  # the development set and the seeds, when present
NEUTRAL = "Купить хлеб, молоко и яблоки. Позвонить маме вечером. Забрать куртку из химчистки до семи часов. "


def _signals(chars=0, headings=0, tables=0, words=0) -> GenreSignals:
    return GenreSignals(chars=chars, headings=headings, tables=tables, words_ru=["w"] * words, words_en=["w"] * words)


@pytest.mark.parametrize(("signals", "points"), [
    (_signals(), 0),
    (_signals(chars=1499), 0), (_signals(chars=1500), 1), (_signals(chars=1501), 1),
    (_signals(chars=3999), 1), (_signals(chars=4000), 2),
    (_signals(headings=2), 0), (_signals(headings=3), 1),
    (_signals(tables=1), 1),
    (_signals(words=2), 0), (_signals(words=3), 1), (_signals(words=4), 1), (_signals(words=5), 2),
    (_signals(headings=3, words=3), 2), (_signals(headings=2, words=3), 1), (_signals(tables=1, words=2), 1),
])
def test_points_at_each_threshold(signals, points):
    assert signals.points == points
    assert signals.looks_like_report is (points >= 2)


def _text(n: int) -> str:
    return (NEUTRAL * (n // len(NEUTRAL) + 1))[:n].strip()


@pytest.mark.parametrize(("text", "not_report"), [
    ("Напоминание: сдать отчёт до пятницы.", True),
    (_text(1600), True),  # long enough for one point only
    (_text(4100), False),  # a long text is judged by its content
    ("Отчёт: проект идёт, этап завершён, мероприятие прошло хорошо.", True),  # four of the genre's words
    ("Отчёт: проект идёт, этап завершён, мероприятие прошло, результат хороший.", False),  # five
])
def test_a_file_is_a_report_or_not_by_its_signals(tmp_path, text, not_report):
    path = tmp_path / "file.txt"
    path.write_text(text + "\n", encoding="utf-8")
    (fr,) = run([path], Config()).files
    codes = [f.code for f in fr.findings]
    if not_report:
        assert codes == ["S105"]  # the only finding: no list of missing sections
        assert fr.findings[0].message.en.startswith("the file does not look like a site's report: ")
    else:
        assert "S105" not in codes


def test_the_cli_says_it_once_in_both_languages(cli, tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Напоминание: сдать отчёт до пятницы.\n", encoding="utf-8")
    ru = cli("check", "--no-color", note)
    assert ru.code == 1
    assert ru.out.count("S105") == 2 and "S101" not in ru.out  # the finding and the ranking's top problem
    assert "файл не похож на отчёт площадки" in ru.out and "Итого: 1 ошибка, 0 предупреждений, 0 советов" in ru.out
    en = cli("check", "--no-color", "--lang", "en", note)
    assert "the file does not look like a site's report" in en.out and "Total: 1 error, 0 warnings, 0 info" in en.out
    # without S105 the other rules run as before
    assert "S105" not in cli("check", "--no-color", "--ignore", "S105", note).out


def _reports() -> list[Path]:
    folders = [ROOT / "corpus", SHARED / "devset" / "docs", SHARED / "seeds"]
    exts = {".txt", ".docx", ".pdf", ".odt", ".rtf", ".doc"}
    found = [p for folder in folders if folder.is_dir() for p in sorted(folder.rglob("*"))
             if p.suffix in exts and p.is_file() and "pending" not in p.parts and "tools" not in p.parts]
    return found


def test_no_report_of_the_corpora_is_classed_as_not_a_report():
    files = _reports()
    assert len(files) >= 140
    result = run(files, Config(select=["S105"]), jobs=min(2, os.cpu_count() or 1))
    flagged = [fr.path for fr in result.files if any(f.code == "S105" for f in fr.findings)]
    assert flagged == []
    first_run = run([ROOT / "corpus" / "blind" / "README_first_run.md"], Config(select=["S105"]))
    assert first_run.files[0].findings == []  # a long text in corpus/: judged as a report, as before


def test_on_a_report_every_other_rule_still_runs():
    report = ROOT / "corpus" / "text" / "kip-annual-defects.txt"
    (with_gate,) = run([report], Config()).files
    (without,) = run([report], Config(ignore=["S105"])).files
    key = [(f.code, f.message.ru) for f in without.findings]
    assert len(key) >= 5 and len({c for c, _ in key}) >= 3
    assert [(f.code, f.message.ru) for f in with_gate.findings] == key
