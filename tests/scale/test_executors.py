"""Where the files are checked does not change the result: serial, --jobs 2 and a Dask LocalCluster
give the same JSON on the corpus (every format, an unreadable file, cross-report duplicates)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import run
from repcheck.plugins.reporters.json_reporter import result_dict

ROOT = Path(__file__).resolve().parents[2]
CORPUS = [ROOT / "corpus" / "text", ROOT / "corpus" / "formats"]


def _json(result) -> str:  # noqa: ANN001
    return json.dumps(result_dict(result, "ru"), ensure_ascii=False, sort_keys=True)


@pytest.fixture(scope="module")
def serial() -> str:
    result = run(CORPUS, Config(cache=False), jobs=1)
    assert len(result.files) >= 20
    assert any(fr.error for fr in result.files)  # the protected PDF
    assert any(f.code == "D503" for fr in result.files for f in fr.findings)  # the corpus pass ran
    assert all(not fr.corpus_data for fr in result.files)  # digests went to the corpus pass, not kept
    assert {"read", "structure", "rules", "signatures", "corpus", "total"} <= set(result.timings)
    return _json(result)


def test_jobs_2_gives_the_serial_json(serial: str) -> None:
    assert _json(run(CORPUS, Config(cache=False), jobs=2)) == serial


def test_dask_local_cluster_gives_the_serial_json(serial: str) -> None:
    pytest.importorskip("distributed", reason="the optional Dask dependency: pip install 'repcheck[dask]'")
    from repcheck.executors import DaskExecutor

    assert _json(run(CORPUS, Config(cache=False), executor=DaskExecutor(workers=2))) == serial


def test_dask_from_the_command_line(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the optional Dask dependency: pip install 'repcheck[dask]'")
    from repcheck.cli import main

    out, timings = tmp_path / "out.json", tmp_path / "timings.json"
    code = main(["check", "--executor", "dask", "--jobs", "1", "--no-cache", "--format", "json", "--output", str(out),
                 "--timings", str(timings), str(ROOT / "corpus" / "text")])
    assert code in (0, 1)
    n = len(list((ROOT / "corpus" / "text").glob("*.txt")))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["files"]) == n
    t = json.loads(timings.read_text(encoding="utf-8"))
    assert t["executor"] == "dask" and t["files"] == n and t["seconds"]["read"] > 0


def test_scheduler_needs_the_dask_executor() -> None:
    from repcheck.config import ConfigError
    from repcheck.executors import make_executor

    with pytest.raises(ConfigError):
        make_executor("local", jobs=2, scheduler="tcp://127.0.0.1:8786")
    assert make_executor(None, jobs=2) is None  # the default: local processes chosen by --jobs
