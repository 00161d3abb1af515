"""The catalogue of broken and hostile inputs, run case by case under a memory cap and a clock,
then together with good reports in one batch (serial and parallel) through the command line.

Each case runs in a forked child whose address space is capped with ``resource.setrlimit``
(RLIMIT_AS: what the process had at the fork plus the case's budget), so a case that eats memory
fails with MemoryError instead of taking the machine; the parent kills a child that overruns its
time. The batch runs `python -m repcheck check` in a subprocess with the same kind of cap.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import time
import traceback
from pathlib import Path

import pytest

from repcheck.config import Config, Limits
from repcheck.engine import Settings, _safe_check
from repcheck.plugins.readers.legacy import find_soffice
from repcheck.safetext import display_path
from tests.hostile.catalogue import (
    CASES,
    ERROR,
    GOOD_DOCX,
    GOOD_PDF,
    GOOD_TEXT,
    REPORT,
    ROOT,
    Case,
)

HAS_SOFFICE = find_soffice() is not None
NO_SOFFICE_WORDS = ("не поддерживается",)


def _vm_size() -> int:
    """This process's address space in bytes (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize")


def _child(path: Path, limits: dict, cap: int, conn) -> None:  # type: ignore[no-untyped-def]
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        config = Config(limits=Limits.model_validate(limits))
        start = time.monotonic()
        result = _safe_check(path, Settings(config=config))
        elapsed = time.monotonic() - start
        conn.send({
            "error_ru": result.error.ru if result.error else None,
            "error_en": result.error.en if result.error else None,
            "format": result.format, "findings": len(result.findings), "elapsed": elapsed,
        })  # fmt: skip
    except BaseException:  # noqa: BLE001 - report anything, MemoryError included
        conn.send({"crash": traceback.format_exc()})
    finally:
        conn.close()
        os._exit(0)


def run_capped(path: Path, limits: dict, memory_mb: int, seconds: float) -> dict:
    """Check one file in a forked child under RLIMIT_AS and a wall clock; the child's report."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    cap = _vm_size() + memory_mb * 1024 * 1024
    proc = ctx.Process(target=_child, args=(path, limits, cap, child))
    start = time.monotonic()
    proc.start()
    child.close()
    ready = parent.poll(seconds + 10)
    wall = time.monotonic() - start
    if not ready:
        proc.kill()
        proc.join()
        pytest.fail(f"{path.name}: no result after {wall:.1f} s (hung)")
    out = parent.recv()
    proc.join(5)
    if "crash" in out:
        pytest.fail(f"{path.name}: the check raised in the child:\n{out['crash']}")
    out["wall"] = wall
    return out


def expected(case: Case) -> tuple[str, tuple[str, ...]]:
    if case.needs_soffice and not HAS_SOFFICE:
        return ERROR, NO_SOFFICE_WORDS
    return case.expect, case.words


def test_the_catalogue_has_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30
    assert len({c.id for c in CASES}) == len(CASES)
    assert all(c.behaviour for c in CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case_ends_clearly_in_time_under_a_memory_cap(case: Case, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = case.build(folder)
    out = run_capped(path, case.limits, case.memory_mb, case.seconds)
    expect, words = expected(case)
    if expect == REPORT:
        assert out["error_ru"] is None, out["error_ru"]
        assert out["format"] is not None
    else:
        assert out["error_ru"], f"{case.id}: read without error, expected {words}"
        assert out["error_en"] and out["error_en"] != out["error_ru"]  # both languages
        text = out["error_ru"].lower()
        for word in words:
            assert word.lower() in text, f"{case.id}: {word!r} not in {out['error_ru']!r}"
        assert "внутренняя ошибка" not in text and "ошибка чтения:" not in text  # no raw crash
    assert out["elapsed"] <= case.seconds, f"{case.id}: {out['elapsed']:.1f} s > {case.seconds} s"


def test_limit_messages_name_the_key_and_how_to_raise_it(tmp_path: Path) -> None:
    case = next(c for c in CASES if c.id == "many-blocks")
    out = run_capped(case.build(tmp_path), case.limits, 600, 8)
    ru, en = out["error_ru"], out["error_en"]
    assert "limits.max-blocks = 1000" in ru and "поднимите предел: max-blocks = " in ru and "[limits]" in ru
    assert "limits.max-blocks = 1000" in en and "raise it: max-blocks = " in en


# -- the whole catalogue in one batch, with good reports, through the command line ------------------


def _snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under `folder`: bytes hash and mtime of files, target of links (not followed)."""
    out: dict[str, tuple] = {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in sorted(dirs + files):
            p = Path(root) / name
            st = p.lstat()
            rel = str(p.relative_to(folder))
            if p.is_symlink():
                out[rel] = ("link", os.readlink(p))
            elif p.is_file():
                out[rel] = ("file", hashlib.sha256(p.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size)
            elif p.is_dir():
                out[rel] = ("dir",)
            else:
                out[rel] = ("other", st.st_mode, st.st_mtime_ns)
    return out


def _batch_folder(root: Path, every: int = 1) -> tuple[Path, dict[str, Case], list[Path]]:
    folder = root / "reports"
    folder.mkdir()
    cases: dict[str, Case] = {}
    for case in [c for c in CASES if c.batch and not c.limits][::every]:
        path = case.build(folder)
        cases[display_path(path)] = case  # as reports show it (a name that is not UTF-8 escaped)
    good = []
    for src in (GOOD_TEXT, GOOD_DOCX, GOOD_PDF):
        dst = folder / f"good-{src.name}"
        dst.write_bytes(src.read_bytes())
        good.append(dst)
    sub = folder / "sub"
    sub.mkdir()
    (sub / "loop-to-parent").symlink_to(folder, target_is_directory=True)  # a directory loop
    (sub / "nested-good.txt").write_text(GOOD_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    good.append(sub / "nested-good.txt")
    return folder, cases, good


def _limit_memory(mb: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        cap = mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    return apply


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_of_good_and_bad_files(jobs: int, tmp_path: Path) -> None:
    # Serial: the whole catalogue; in the pool (two workers that each start Python afresh): every
    # other case, to stay within the suite's time budget.
    folder, cases, good = _batch_folder(tmp_path, every=jobs)
    before = _snapshot(tmp_path)
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "repcheck", "check", str(folder), "--format", "json", "--jobs", str(jobs),
           "--no-cache", "--no-progress"]  # fmt: skip
    start = time.monotonic()
    proc = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
                          preexec_fn=_limit_memory(3072))  # fmt: skip
    elapsed = time.monotonic() - start
    assert proc.returncode == 1, proc.stderr[-3000:]  # some inputs unreadable, some read
    doc = json.loads(proc.stdout)
    entries = {f["path"]: f for f in doc["files"]}
    for path, case in cases.items():
        entry = entries.get(path)
        assert entry is not None, f"{case.id}: no entry for {path}"
        if case.expect == REPORT:
            assert entry["error"] is None, (case.id, entry["error"])
        else:
            assert entry["error"], case.id
            for word in case.words:
                assert word.lower() in entry["error"].lower(), (case.id, entry["error"])
    for path in good:
        entry = entries[str(path)]
        assert entry["error"] is None and entry["findings"], path.name  # the corpus reports have defects
    assert len(entries) == len(cases) + len(good)  # the directory loop was not followed
    assert doc["summary"]["unreadable"] == sum(1 for c in cases.values() if c.expect == ERROR)
    assert _snapshot(tmp_path) == before  # inputs byte-identical, mtimes unchanged, nothing added
    assert elapsed < 60
