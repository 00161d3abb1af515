"""What happens around a bad file during a run: the per-file time limit (serial and in the pool),
files that vanish or cannot be opened mid-batch, error entries in every output format, the exit
code, raised limits, and no network or file access from XML entities."""

from __future__ import annotations

import errno
import http.server
import io
import json
import os
import signal
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import ClassVar

import pytest

from repcheck import limits
from repcheck.cli import main
from repcheck.config import Config, ConfigError, Limits, load_config
from repcheck.engine import Settings, _safe_check, registry_for, run
from repcheck.reader import ReaderError
from repcheck.plugins.readers.docx import read_docx_bytes
from repcheck.plugins.readers.odt import read_odf_bytes
from tests.hostile import builders as b
from tests.hostile.catalogue import REPORT_TEXT, ROOT
from tests.hostile.test_catalogue import run_capped

PLUGIN = "tests.hostile.slow_reader"


def _write_config(folder: Path, extra: str = "") -> None:
    (folder / "repcheck.toml").write_text(
        f'plugins = ["{PLUGIN}"]\nprofile = "generic"\ncache = false\n{extra}', encoding="utf-8"
    )


def _good(folder: Path, name: str = "good.txt") -> Path:
    p = folder / name
    p.write_text(REPORT_TEXT, encoding="utf-8")
    return p


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # the pool's workers import the test plugin
    return tmp_path


def _cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


# -- the per-file time limit ---------------------------------------------------------------------------


def test_runaway_parse_is_stopped_with_jobs_1(work: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_config(work, "[limits]\ntimeout-seconds = 1\n")
    hang = work / "endless.hang"
    hang.write_bytes(b"\x00\x01\x02")  # sniffed by no reader: the extension picks the plugin's
    good = _good(work)
    start = time.monotonic()
    code, out, _err = _cli(capsys, "check", hang, good, "--format", "json", "--jobs", "1")
    assert time.monotonic() - start < 6
    files = {f["path"]: f for f in json.loads(out)["files"]}
    error = files[str(hang)]["error"]
    assert "остановлена" in error and "limits.timeout-seconds = 1" in error and "timeout-seconds = 2" in error
    assert files[str(good)]["error"] is None and files[str(good)]["findings"]
    assert code == 1


def test_runaway_parse_is_stopped_in_the_pool_and_native_hangs_end_the_worker(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_config(work, "[limits]\ntimeout-seconds = 1\n")
    hang = work / "endless.hang"
    native = work / "stuck.nativehang"
    for p in (hang, native):
        p.write_bytes(b"\x00\x01\x02")
    good = _good(work)
    start = time.monotonic()
    code, out, _err = _cli(capsys, "check", hang, native, good, "--format", "json", "--jobs", "2")
    elapsed = time.monotonic() - start
    files = {f["path"]: f for f in json.loads(out)["files"]}
    assert "остановлена" in files[str(hang)]["error"]
    # Native code ignores the signal: the watchdog ends the worker after the grace time, the file is
    # retried alone, ends the same way, and is reported; the other files are not lost.
    assert "зависание" in files[str(native)]["error"]
    assert files[str(good)]["error"] is None and files[str(good)]["findings"]
    assert code == 1
    assert elapsed < 20


def test_deadline_is_not_swallowed_and_restores_an_outer_timer() -> None:
    fired: list[int] = []
    old = signal.signal(signal.SIGALRM, lambda *a: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 5)
        with pytest.raises(limits.FileTimeout), limits.deadline(0.2):
            try:
                while True:
                    pass
            except Exception:  # noqa: BLE001 - what a careless reader does
                pytest.fail("FileTimeout must not be an Exception")
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 4 < remaining <= 5  # the caller's timer is back, minus the time spent
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert not fired


def test_deadline_outside_the_main_thread_stops_python_code() -> None:
    """A Dask worker runs tasks in threads, where no SIGALRM can be used: a watchdog thread
    raises the same FileTimeout there (issue 12, item 6)."""
    outcome: list[str] = []

    def body() -> None:
        try:
            with limits.deadline(0.2):
                try:
                    while True:
                        pass
                except Exception:  # noqa: BLE001 - what a careless reader does
                    outcome.append("swallowed")
        except limits.FileTimeout as exc:
            outcome.append(exc.ru)

    t = threading.Thread(target=body, daemon=True)  # a daemon: a regression must not keep pytest alive
    t.start()
    t.join(60)
    assert not t.is_alive()
    assert len(outcome) == 1 and "limits.timeout-seconds = 0.2" in outcome[0]


def test_deadline_outside_the_main_thread_leaves_a_quick_block_alone() -> None:
    done: list[bool] = []

    def body() -> None:
        with limits.deadline(5):
            time.sleep(0.05)
        time.sleep(0.3)  # no late exception after the block
        done.append(True)

    t = threading.Thread(target=body)
    t.start()
    t.join(60)
    assert done == [True]


# -- files that vanish or cannot be read during the batch -------------------------------------------------


def test_a_file_deleted_while_the_batch_runs(tmp_path: Path) -> None:
    files = [_good(tmp_path, f"r{i}.txt") for i in range(3)]
    config = Config(profile="generic", cache=False)

    def progress(result) -> None:  # type: ignore[no-untyped-def]
        if result.path == str(files[0]):
            files[2].unlink()

    result = run([tmp_path], config, jobs=1, progress=progress)
    by_path = {r.path: r for r in result.files}
    assert by_path[str(files[1])].error is None
    error = by_path[str(files[2])].error
    assert error is not None and "удалён" in error.ru and "deleted" in error.en


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, for whom chmod 000 changes nothing: the open itself is made to fail.
    locked = _good(tmp_path, "locked.txt")
    good = _good(tmp_path, "good.txt")
    real_open = os.open

    def fake_open(path, flags, *args):  # type: ignore[no-untyped-def]
        if str(path) == str(locked):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(limits.os, "open", fake_open)
    result = run([tmp_path], Config(profile="generic", cache=False), jobs=1)
    by_path = {r.path: r for r in result.files}
    assert by_path[str(good)].error is None
    assert "нет прав на чтение" in by_path[str(locked)].error.ru


def test_inputs_are_opened_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _good(tmp_path)
    modes: list[int] = []
    real_open = os.open

    def spy(p, flags, *args):  # type: ignore[no-untyped-def]
        if str(p) == str(path):
            modes.append(flags)
        return real_open(p, flags, *args)

    monkeypatch.setattr(limits.os, "open", spy)
    result = _safe_check(path, Settings(config=Config(cache=False)))
    assert result.error is None and modes
    assert all(m & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND) == 0 for m in modes)


def test_a_file_growing_past_the_limit_after_the_size_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(b"x" * 100)
    small = Limits(max_file_mb=0.001)  # 1048 bytes
    real_check = limits._check_regular

    def grow(st, p, lim):  # type: ignore[no-untyped-def]
        real_check(st, p, lim)
        path.write_bytes(b"x" * 5000)  # appended between the check and the read

    monkeypatch.setattr(limits, "_check_regular", grow)
    with pytest.raises(ReaderError) as err:
        limits.read_input(path, small)
    assert "max-file-mb" in err.value.ru


# -- error entries in every format, exit codes -------------------------------------------------------------


def _mixed(folder: Path) -> tuple[Path, list[Path]]:
    good = _good(folder)
    bad = [folder / "empty.txt", folder / "bomb.docx", folder / "scan.pdf"]
    bad[0].write_bytes(b"")
    bad[1].write_bytes(b.zip_bomb_docx(1.0))
    bad[2].write_bytes(b.scanned_pdf())
    return good, bad


def test_every_format_carries_the_error_entries(tmp_path: Path) -> None:
    good, bad = _mixed(tmp_path)
    config = Config(profile="generic", cache=False)
    result = run([tmp_path], config, jobs=1)
    registry = registry_for(config)
    outputs: dict[str, str] = {}
    for name in ("json", "sarif", "junit", "html", "rich"):
        buf = io.StringIO()
        registry.reporters[name].render(result, buf, lang="ru", color=False)
        outputs[name] = buf.getvalue()
    errors = {r.path: r.error.ru for r in result.files if r.error}
    assert set(errors) == {str(p) for p in bad}

    files = {f["path"]: f for f in json.loads(outputs["json"])["files"]}
    assert all(files[str(p)]["error"] == errors[str(p)] for p in bad) and files[str(good)]["error"] is None

    sarif = json.loads(outputs["sarif"])
    notes = json.dumps(sarif, ensure_ascii=False)
    for p in bad:
        assert errors[str(p)] in notes

    junit = ET.fromstring(outputs["junit"])
    cases = {c.get("name") or "": c for c in junit.iter("testcase")}
    failed = [c for c in cases.values() if c.find("error") is not None]
    assert len(failed) == len(bad)
    assert all(any(errors[str(p)] in (c.find("error").get("message") or "") for c in failed) for p in bad)

    for p in bad:
        assert errors[str(p)].replace("«", "&laquo;")[:20] in outputs["html"] or errors[str(p)][:20] in outputs["html"]
    rich = outputs["rich"]
    for p in bad:
        line = next((ln for ln in rich.splitlines() if "файл не прочитан" in ln and errors[str(p)][:15] in ln), None)
        assert line is not None, (p.name, rich[:2000])


def test_exit_code_2_when_nothing_is_readable_1_when_some_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    good, bad = _mixed(tmp_path)
    code, _out, _err = _cli(capsys, "check", *bad, "--no-cache", "--jobs", "1", "--fail-on", "never", "-q")
    assert code == 2
    code, _out, _err = _cli(capsys, "check", good, *bad, "--no-cache", "--jobs", "1", "--fail-on", "never", "-q")
    assert code == 1
    code, _out, _err = _cli(capsys, "check", good, "--no-cache", "--jobs", "1", "--fail-on", "never", "-q")
    assert code == 0


# -- limits: configuration, raised limits ----------------------------------------------------------------------


def test_limits_are_configurable_and_validated(tmp_path: Path) -> None:
    cfg = tmp_path / "repcheck.toml"
    cfg.write_text("[limits]\nmax-file-mb = 5\nmax-uncompressed-mb = 50\nmax-compression-ratio = 0\n"
                   "max-blocks = 10\nmax-cells = 20\ntimeout-seconds = 0\n", encoding="utf-8")  # fmt: skip
    lim = load_config(cfg).limits
    assert (lim.max_file_mb, lim.max_uncompressed_mb, lim.max_compression_ratio) == (5, 50, 0)
    assert (lim.max_blocks, lim.max_cells, lim.timeout_seconds) == (10, 20, 0)
    cfg.write_text("[limits]\nmax-decoded-mb = 20\nmax-chars = 1000\nmax-memory-mb = 0\n", encoding="utf-8")
    lim = load_config(cfg).limits
    assert (lim.max_decoded_mb, lim.max_chars, lim.max_memory_mb) == (20, 1000, 0)  # 0: no memory watch
    for bad in ("max-file-mb = 0", "max-blocks = -1", "timeout-seconds = -5", "max-pages = 3",
                "max-decoded-mb = 0", "max-chars = 0", "max-memory-mb = -1"):
        cfg.write_text(f"[limits]\n{bad}\n", encoding="utf-8")
        with pytest.raises(ConfigError):
            load_config(cfg)


def test_safe_defaults() -> None:
    lim = Limits()
    assert 0 < lim.max_file_mb <= 100 and 0 < lim.max_uncompressed_mb <= 200
    assert 0 < lim.max_compression_ratio <= 200 and 0 < lim.timeout_seconds <= 120
    assert lim.max_blocks <= 100_000 and lim.max_cells <= 500_000
    assert 0 < lim.max_decoded_mb <= 100 and 0 < lim.max_chars <= 10_000_000 and 0 < lim.max_memory_mb <= 500


def test_a_ratio_of_zero_turns_the_ratio_check_off() -> None:
    data = b.ratio_bomb_docx(20)
    # unpacked, then refused as XML (zeros are not XML), not for its ratio
    with limits.applied(Limits(max_compression_ratio=0)), pytest.raises(ReaderError) as err:
        read_docx_bytes(Path("r.docx"), data)
    assert "max-compression-ratio" not in err.value.ru


def test_raised_size_limit_does_not_hang_on_200_mb(tmp_path: Path) -> None:
    """200 MB of real text with max-file-mb raised: refused from its size in characters before it
    is decoded (limits.max-chars), in the memory every file gets."""
    path = b.streamed_text_file(tmp_path / "big.txt", 200 << 20, "Проведено 12 семинаров для 240 педагогов.\n")
    out = run_capped(path, {"max-file-mb": 300, "timeout-seconds": 3}, memory_mb=500, seconds=60)
    assert out["error_ru"] and "limits.max-chars" in out["error_ru"] and "остановлено на пределе" in out["error_ru"]
    assert out["elapsed"] < 60  # a hang guard, generous for a busy machine


def test_raised_size_and_char_limits_on_200_mb_stop_at_the_time_limit(tmp_path: Path) -> None:
    """The same with max-chars raised too: read, then stopped by the time limit in ~3 s."""
    path = b.streamed_text_file(tmp_path / "big.txt", 200 << 20, "Проведено 12 семинаров для 240 педагогов.\n")
    out = run_capped(path, {"max-file-mb": 300, "max-chars": 500_000_000, "timeout-seconds": 3, "max-memory-mb": 0},
                     memory_mb=2500, seconds=60)
    assert out["error_ru"] and "limits.timeout-seconds = 3" in out["error_ru"]
    assert out["elapsed"] < 60  # a hang guard, generous for a busy machine


def test_raised_size_limit_on_a_sparse_200_mb_file(tmp_path: Path) -> None:
    path = b.sparse_file(tmp_path / "sparse.txt", 200 << 20, REPORT_TEXT.encode())
    out = run_capped(path, {"max-file-mb": 300}, memory_mb=1200, seconds=10)
    assert out["error_ru"] and "двоичные данные" in out["error_ru"]


# -- XML entities: no file, no network ---------------------------------------------------------------------------


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Counter.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"FETCHED-OVER-HTTP")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_url():  # type: ignore[no-untyped-def]
    server = http.server.HTTPServer(("127.0.0.1", 0), _Counter)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    _Counter.hits = []
    yield f"http://127.0.0.1:{server.server_port}/entity"
    server.shutdown()


def test_no_entity_is_fetched_or_read(http_url: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("СЕКРЕТНЫЙ-ТЕКСТ", encoding="utf-8")
    texts: list[str] = []
    for url in (secret.as_uri(), http_url):
        doctype = b.XXE_DOCTYPE.format(url=url)
        docx = b.docx_bytes(document=b.document_xml(b.report_body() + b.w_p_raw("до &xxe; после"), doctype))
        odt = b.odt_bytes(b.odt_content(doctype=doctype, raw="<text:p>до &xxe; после</text:p>"))
        for doc in (read_docx_bytes(Path("x.docx"), docx), read_odf_bytes(Path("x.odt"), odt)):
            texts.append(" ".join(bl.text for bl in doc.blocks))
        # a parameter entity in the DTD: the DTD itself is never loaded
        dtd = f'<!DOCTYPE d [<!ENTITY % ext SYSTEM "{url}"> %ext;]>'
        try:
            read_docx_bytes(Path("x.docx"), b.docx_bytes(document=b.document_xml(b.report_body(), dtd)))
        except ReaderError:
            pass
    assert _Counter.hits == []
    assert all("СЕКРЕТНЫЙ" not in t and "FETCHED" not in t for t in texts)
    assert all("до после" in t for t in texts)
