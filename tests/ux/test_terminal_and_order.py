"""The terminal report fits the terminal, and every format lists the files in one order: the
ranking's, worst first."""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXT = ROOT / "corpus" / "text"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def _run_in_terminal(args: list[str], columns: int, cwd: Path) -> str:
    """`repcheck ARGS` with its output on a pseudo-terminal `columns` wide; the text it shows."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
    env.update(TERM="xterm-256color", REPCHECK_CACHE_DIR=str(cwd / "cache"))
    proc = subprocess.Popen([sys.executable, "-m", "repcheck", *args], stdout=slave, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, cwd=cwd, env=env)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            proc.kill()
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # the other end closed
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    return ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")).replace("\r\n", "\n")


@pytest.fixture
def batch(tmp_path: Path) -> list[Path]:
    """A clean report, one with defects, and a path that does not exist — not in ranking order."""
    clean = tmp_path / "kip-annual-clean.txt"
    clean.write_text((TEXT / "kip-annual-clean.txt").read_text(encoding="utf-8"), encoding="utf-8")
    defects = tmp_path / "mip-report-defects.txt"
    defects.write_text((TEXT / "mip-report-defects.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return [Path(clean.name), Path(defects.name), Path("missing-report.txt")]  # relative: the cwd is tmp_path


WORST_FIRST = ["missing-report.txt", "mip-report-defects.txt", "kip-annual-clean.txt"]


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_terminal_report_fits_the_terminal(batch, tmp_path, columns, lang):
    shown = _run_in_terminal(["check", "--lang", lang, *map(str, batch)], columns, tmp_path)
    lines = shown.splitlines()
    assert len(lines) > 40
    too_long = [line for line in lines if len(line) > columns]
    assert too_long == []
    assert max(len(line) for line in lines) >= columns - 10  # the width is used, not a narrow default
    title = "Рейтинг отчётов (сначала худшие)" if lang == "ru" else "Reports ranked (worst first)"
    assert title in shown


def test_a_wide_terminal_gets_the_full_ranking_table(batch, tmp_path):
    shown = _run_in_terminal(["check", *map(str, batch)], 150, tmp_path)
    assert max(len(line) for line in shown.splitlines()) <= 150
    assert "Организация" in shown and "Вид" in shown


def test_piped_output_keeps_120_columns_unless_columns_is_set(cli, batch, monkeypatch):
    piped = cli("check", *batch).out
    assert any(len(line) > 120 for line in piped.splitlines())  # long lines whole, for grep
    monkeypatch.setenv("COLUMNS", "80")
    fitted = cli("check", *batch).out
    assert max(len(line) for line in fitted.splitlines()) <= 80


def _order(text: str) -> list[str]:
    """The files of WORST_FIRST that `text` names, in the order of their first mention."""
    found = {name: text.find(name) for name in WORST_FIRST}
    return sorted((n for n in found if found[n] >= 0), key=found.get)


# Formats that list only files with findings or errors leave the clean report out.
LISTED = {"csv": WORST_FIRST[:2], "github": WORST_FIRST[:2], "sarif": WORST_FIRST[:2]}


@pytest.mark.parametrize("fmt", ["rich", "json", "csv", "csv-ranking", "sarif", "junit", "github", "html"])
def test_every_format_lists_files_worst_first(cli, batch, fmt):
    res = cli("check", "-f", fmt, *batch)
    assert res.code == 1
    text = res.out
    if fmt == "rich":
        ranking = text.index("Рейтинг отчётов (сначала худшие)")
        assert text.startswith("Файлы — в порядке рейтинга: сначала худшие")
        assert _order(text[:ranking]) == WORST_FIRST  # the per-file sections
        assert _order(text[ranking:]) == WORST_FIRST  # the ranking table
    elif fmt == "sarif":  # the unreadable file is a result of the pseudo-rule E000
        results = text[text.index('"results"'):]
        assert _order(results) == LISTED["sarif"]
    elif fmt == "html":
        body = text[text.index("<body"):]
        assert _order(body) == WORST_FIRST
    else:
        assert _order(text) == LISTED.get(fmt, WORST_FIRST)
    if fmt == "json":
        doc = res.json()
        assert [Path(f["path"]).name for f in doc["files"]] == [Path(p).name for p in doc["ranking"]] == WORST_FIRST


def test_the_order_is_the_ranking_in_english_too(cli, batch):
    en = cli("check", "--lang", "en", *batch).out
    assert en.startswith("Files in ranking order: worst first")
    assert _order(en[:en.index("Reports ranked (worst first)")]) == WORST_FIRST
    single = cli("check", batch[0]).out
    assert "в порядке рейтинга" not in single  # one file: nothing to order
