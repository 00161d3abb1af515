"""What a plain check of one text report imports: nothing it does not use (the start-up target of
BENCHMARKS.md). Each check runs in a fresh interpreter; the assertions are on module names, not
on times."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPORT = Path(__file__).resolve().parents[2] / "corpus" / "text" / "kip-annual-clean.txt"

PROBE = """
import sys
from repcheck.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)))
"""

# Loaded only by what a plain check of a text report does not do: other formats' readers (lxml,
# PDFium, pdfminer), numpy (D503's signatures, compared only between two reports or with a
# duplicate index), the HTML/XLSX reporters, the duplicate index's SQLite, parallel workers.
NOT_FOR_ONE_TEXT_REPORT = (
    "numpy", "lxml", "pypdfium2", "pdfplumber", "pdfminer", "jinja2", "markupsafe", "openpyxl",
    "sqlite3", "datasketch", "repcheck.plugins.readers.docx", "repcheck.plugins.readers.pdf",
    "repcheck.plugins.readers.odt", "repcheck.plugins.readers.rtf", "repcheck.plugins.readers.legacy",
    "repcheck.dedup.minhash", "repcheck.dedup.index",
    # the reporters of the other formats (repcheck.plugins.reporters.builtin)
    "repcheck.plugins.reporters.html_reporter", "repcheck.plugins.reporters.table_reporters",
    "repcheck.plugins.reporters.sarif_reporter", "repcheck.plugins.reporters.junit_reporter",
    "repcheck.plugins.reporters.github_reporter", "repcheck.plugins.reporters.json_reporter",
)


def loaded(*args: str, env: dict[str, str] | None = None) -> set[str]:
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True,
                         env={**os.environ, **(env or {})})
    return set(out.stdout.strip().splitlines()[-1].split())


def test_one_text_report_imports_only_what_it_uses() -> None:
    modules = loaded("check", "--jobs", "1", "--no-cache", "-q", str(REPORT))
    assert "repcheck.plugins.readers.text" in modules and "pymorphy3" in modules
    assert sorted(m for m in NOT_FOR_ONE_TEXT_REPORT if m in modules) == []


def test_a_check_with_the_result_cache_imports_no_more(tmp_path) -> None:
    """The cache's key names the LibreOffice that converts .doc files without importing the
    legacy reader (lxml, the .docx and .odt readers)."""
    for _ in range(2):  # a miss, then a hit
        modules = loaded("check", "-q", str(REPORT), env={"REPCHECK_CACHE_DIR": str(tmp_path)})
        assert sorted(m for m in NOT_FOR_ONE_TEXT_REPORT if m in modules) == []
    assert len(list(tmp_path.glob("*/*.pickle"))) == 1


@pytest.mark.parametrize("installed", [(), ("libreoffice",), ("soffice",), ("soffice", "libreoffice")])
def test_the_cache_names_the_converter_the_legacy_reader_uses(tmp_path, monkeypatch, installed) -> None:
    from repcheck.cache import converter_identity
    from repcheck.plugins.readers.legacy import find_soffice

    for name in installed:
        exe = tmp_path / name
        exe.write_text("#!/bin/sh\n")
        exe.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    found = find_soffice()
    assert (found is None) == (installed == ())
    identity = converter_identity()
    assert identity == "-" if found is None else identity.startswith(os.path.realpath(found) + ":")


def test_a_report_written_as_json_imports_no_terminal_library() -> None:
    modules = loaded("check", "--jobs", "1", "--no-cache", "--format", "json", "-o", os.devnull, str(REPORT))
    assert "repcheck.plugins.reporters.json_reporter" in modules
    assert sorted(m for m in modules if m == "rich" or m.startswith(("rich.", "repcheck.plugins.reporters.rich"))) == []


def test_two_text_reports_do_build_the_cross_report_signatures() -> None:
    other = REPORT.with_name("kip-annual-copy.txt")
    modules = loaded("check", "--jobs", "1", "--no-cache", "-q", str(REPORT), str(other))
    assert "numpy" in modules and "repcheck.dedup.minhash" in modules


def test_version_imports_no_command() -> None:
    modules = loaded("--version")
    assert not [m for m in modules if m.startswith(("repcheck.commands", "repcheck.engine", "pydantic", "rich"))]
