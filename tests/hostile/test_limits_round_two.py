"""Issue 12, round two: the time limit under `--executor dask`, the memory watchdog
(limits.max-memory-mb), reading that stops at a limit while it counts (max-blocks, max-chars,
the .docx pre-pass), and the cache keeping only verdicts about a file's bytes.

Memory-eating inputs run in a subprocess under an address-space cap (RLIMIT_AS); the clocks here
only catch a hang, they never judge speed."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from repcheck import limits
from repcheck.cache import context_hash
from repcheck.config import Config, Limits
from repcheck.engine import registry_for, run, validate
from repcheck.plugins.readers.docx import read_docx_bytes
from repcheck.plugins.readers.legacy import find_soffice
from repcheck.plugins.readers.text import TextReader
from repcheck.reader import ReaderError
from tests.hostile import builders as b
from tests.hostile.catalogue import LEGACY_DOC, REPORT_TEXT, ROOT

PLUGIN = "tests.hostile.slow_reader"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}


def _cap(mb: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (mb << 20, mb << 20))

    return apply


def _check_json(folder: Path, *args: str, cap_mb: int = 3000, timeout: float = 300) -> dict:
    cmd = [sys.executable, "-m", "repcheck", "check", str(folder), "--format", "json", "--no-progress",
           "--fail-on", "never", *args]  # fmt: skip
    proc = subprocess.run(cmd, cwd=folder, env=ENV, capture_output=True, text=True, timeout=timeout,
                          preexec_fn=_cap(cap_mb), check=False)  # fmt: skip
    assert proc.returncode in (0, 1), proc.stderr[-3000:]  # 1: some input could not be read
    return {Path(f["path"]).name: f for f in json.loads(proc.stdout)["files"]}


# -- item 6: the per-file time limit under Dask ------------------------------------------------------------

_DASK_SCRIPT = textwrap.dedent("""
    import logging, sys
    from pathlib import Path
    from dask.distributed import LocalCluster
    from repcheck.config import Config, Limits
    from repcheck.engine import run
    from repcheck.executors import DaskExecutor

    folder = Path(sys.argv[1])
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        cfg = Config(plugins=["tests.hostile.slow_reader"], profile="generic", cache=False,
                     limits=Limits(timeout_seconds=2))
        result = run([folder], cfg, executor=DaskExecutor(scheduler=cluster.scheduler_address))
    for fr in result.files:
        print(Path(fr.path).name, "|", fr.error.ru if fr.error else "", "|", len(fr.findings))
""")


def test_dask_enforces_the_per_file_time_limit(tmp_path: Path) -> None:
    """A looping file under an in-process LocalCluster (workers are threads of this process): the
    file ends with the time limit's message and the good report next to it gets its findings.
    Before the fix the task ran for ever; the subprocess's timeout only catches that hang."""
    pytest.importorskip("distributed", reason="the optional Dask dependency: pip install 'repcheck[dask]'")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "loop.hang").write_bytes(b"\x00\x01\x02")  # sniffed by no reader: the extension picks the plugin's
    (folder / "good.txt").write_text(REPORT_TEXT, encoding="utf-8")
    try:
        proc = subprocess.run([sys.executable, "-c", _DASK_SCRIPT, str(folder)], cwd=ROOT, env=ENV,
                              capture_output=True, text=True, timeout=240, check=False)  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail("the looping file hung the Dask batch")
    assert proc.returncode == 0, proc.stderr[-3000:]
    rows = {name.strip(): (err.strip(), int(n)) for name, err, n in (ln.split("|") for ln in proc.stdout.splitlines())}
    assert "limits.timeout-seconds = 2" in rows["loop.hang"][0]
    assert rows["good.txt"][0] == "" and rows["good.txt"][1] > 0


# -- item 5: the memory watchdog ---------------------------------------------------------------------------


def test_a_file_that_eats_memory_is_stopped_at_max_memory_mb(tmp_path: Path) -> None:
    """A reader that takes a megabyte at a time for ever, under a 2.5 GB address-space cap: stopped
    by the watchdog at limits.max-memory-mb = 150, the good report beside it checked."""
    (tmp_path / "repcheck.toml").write_text(
        f'plugins = ["{PLUGIN}"]\nprofile = "generic"\ncache = false\n[limits]\nmax-memory-mb = 150\n', encoding="utf-8"
    )
    (tmp_path / "greedy.hog").write_bytes(b"\x00\x01\x02")
    (tmp_path / "good.txt").write_text(REPORT_TEXT, encoding="utf-8")
    for jobs in ("1", "2"):
        files = _check_json(tmp_path, "--jobs", jobs, cap_mb=2500)
        err = files["greedy.hog"]["error"]
        assert err and "limits.max-memory-mb = 150" in err and "max-memory-mb = 300" in err, err
        assert files["good.txt"]["error"] is None and files["good.txt"]["findings"]


def test_memory_under_the_limit_is_left_alone() -> None:
    with limits.memory_limit(200):
        kept = [b"y" * (1 << 20) for _ in range(60)]  # 60 MB, well under 200
    assert len(kept) == 60
    with limits.memory_limit(0):  # 0 turns it off
        kept = [b"z" * (1 << 20) for _ in range(60)]
    assert len(kept) == 60


def test_max_memory_mb_is_validated() -> None:
    assert Limits().max_memory_mb == 500
    with pytest.raises(ValueError):
        Limits.model_validate({"max-memory-mb": -1})


# -- item 5: counting while reading ------------------------------------------------------------------------


def _read_text(text: str, **lim: int) -> None:
    with limits.applied(Limits.model_validate(lim)):
        TextReader().read(Path("r.txt"), text.encode("utf-8"))


def test_max_chars_at_the_limit_and_one_past_it() -> None:
    text = ("Отчёт о работе площадки. " * 200)[:4000]
    assert len(text) == 4000
    _read_text(text, **{"max-chars": 4000})
    _read_text(text, **{"max-chars": 4001})
    with pytest.raises(ReaderError, match=r"limits\.max-chars = 3999") as err:
        _read_text(text, **{"max-chars": 3999})
    assert "в документе 4000 символов текста" in err.value.ru


def test_a_text_four_times_the_limit_is_refused_before_decoding() -> None:
    with pytest.raises(ReaderError, match="больше 1000 символов текста") as err:
        _read_text("ё" * 2002, **{"max-chars": 1000})  # 4004 bytes: over 4 × 1000 whatever the encoding
    assert "чтение остановлено" in err.value.ru


def test_max_blocks_stops_the_parse_at_the_first_block_past_it() -> None:
    text = "\n\n".join(f"Абзац номер {i}." for i in range(300))
    _read_text(text, **{"max-blocks": 300})
    with pytest.raises(ReaderError, match="больше 299 абзацев") as err:
        _read_text(text, **{"max-blocks": 299})
    assert "max-blocks = 598" in err.value.ru  # twice the limit: the count past it is not known


def test_the_docx_prepass_counts_cells_and_blocks_at_their_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    from repcheck.plugins.readers import _prescan

    monkeypatch.setattr(_prescan, "PRESCAN_FROM", 0)  # scan even a small part
    rows = [[f"r{i}c{j}" for j in range(4)] for i in range(50)]  # 200 cells, 1 table
    data = b.docx_bytes(b.report_body() + b.w_table(rows))
    n_blocks = len(b.REPORT_PARAGRAPHS) + 1
    with limits.applied(Limits(max_cells=200, max_blocks=n_blocks)):
        read_docx_bytes(Path("r.docx"), data)
    with limits.applied(Limits(max_cells=199)), pytest.raises(ReaderError, match="больше 199 ячеек"):
        read_docx_bytes(Path("r.docx"), data)
    with limits.applied(Limits(max_blocks=n_blocks - 1)), pytest.raises(ReaderError, match="абзацев и таблиц"):
        read_docx_bytes(Path("r.docx"), data)


def test_the_docx_prepass_stops_at_the_element_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    from repcheck.plugins.readers import _prescan

    monkeypatch.setattr(_prescan, "PRESCAN_FROM", 0)
    monkeypatch.setattr(_prescan, "MAX_ELEMENTS", 1000)
    small = b.docx_bytes(b.report_body())
    read_docx_bytes(Path("r.docx"), small)
    big = b.docx_bytes("".join(b.w_p(f"Абзац {i}") for i in range(400)))  # 4 elements a paragraph
    with pytest.raises(ReaderError, match="больше 1 000 элементов XML"):
        read_docx_bytes(Path("r.docx"), big)


# -- item 8: only verdicts about the file's bytes are cached -------------------------------------------------


def _entries(folder: Path) -> list[Path]:
    return list(folder.glob("*/*.pickle"))


def test_no_libreoffice_is_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from repcheck.plugins.readers import legacy

    doc = tmp_path / "old.doc"
    doc.write_bytes(LEGACY_DOC.read_bytes())
    cache = tmp_path / "cache"
    cfg = Config(cache_dir=str(cache))
    monkeypatch.setattr(legacy, "find_soffice", lambda: None)
    (first,) = run([doc], cfg, use_cache=True).files
    assert first.error and "не поддерживается" in first.error.ru
    assert _entries(cache) == []  # a verdict about this machine, not about the file
    monkeypatch.undo()
    (second,) = run([doc], cfg, use_cache=True).files
    assert not second.cached
    if find_soffice() is not None:
        assert second.error is None and second.findings  # converted now that LibreOffice is there


def test_a_memory_failure_is_not_cached_and_not_called_damage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pdfplumber.utils.exceptions import PdfminerException

    from repcheck.plugins.readers import pdf

    def out_of_memory(page, no):  # noqa: ANN001, ANN202 - pdfplumber wraps pdfminer's MemoryError
        raise PdfminerException(MemoryError())

    path = tmp_path / "r.pdf"
    path.write_bytes(b.text_pdf())
    cache = tmp_path / "cache"
    monkeypatch.setattr(pdf, "read_page", out_of_memory)
    (fr,) = run([path], Config(cache_dir=str(cache)), use_cache=True).files
    assert fr.error and "не хватило памяти" in fr.error.ru and "Повреждённый" not in fr.error.ru
    (oom,) = run([_oom_file(tmp_path)], Config(cache_dir=str(cache), plugins=[PLUGIN]), use_cache=True).files
    assert oom.error and "не хватило памяти" in oom.error.ru
    assert _entries(cache) == []
    monkeypatch.undo()
    (ok,) = run([path], Config(cache_dir=str(cache)), use_cache=True).files
    assert ok.error is None and len(_entries(cache)) == 1  # a real verdict is cached as before


def _oom_file(folder: Path) -> Path:
    p = folder / "machine.oom"
    p.write_bytes(b"\x00\x01\x02")
    return p


def test_the_cache_key_holds_the_reader_libraries_and_libreoffice(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    import importlib.metadata

    from repcheck import cache

    cfg = Config()
    registry = registry_for(cfg)
    rules = validate(cfg, registry)
    base = context_hash(cfg, registry, rules)
    assert {"pdfplumber", "pdfminer.six", "lxml", "pypdfium2"} <= set(cache.library_versions())
    real = importlib.metadata.version
    for name in ("pdfminer.six", "pdfplumber", "lxml", "pypdfium2"):
        monkeypatch.setattr(importlib.metadata, "version", lambda n, _n=name: "0.0-other" if n == _n else real(n))
        assert context_hash(cfg, registry, rules) != base, name
        monkeypatch.setattr(importlib.metadata, "version", real)
    assert context_hash(cfg, registry, rules) == base
    # LibreOffice installed or removed: the legacy reader finds it on PATH (or no longer does)
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    installed = find_soffice() is not None
    monkeypatch.setenv("PATH", "" if installed else str(tmp_path))
    assert (find_soffice() is not None) != installed
    assert context_hash(cfg, registry, rules) != base
