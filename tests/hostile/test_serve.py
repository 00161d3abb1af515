"""`repcheck serve` against hostile and heavy clients (the server half of the hostile catalogue).

The server runs as `repcheck serve` in a subprocess with its own temporary folder (TMPDIR), so
that its memory can be measured alone (psutil: the server and its worker process) and it can be
sent signals; the deadline and cap tests run a WebApp in this process with short, test-made limits
(`ServerLimits`). Every request loop here is bounded in count; nothing asserts on seconds.
"""

from __future__ import annotations

import http.client
import io
import os
import re
import secrets
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path

import psutil
import pytest

from repcheck.config import Config, Limits
from repcheck.webapp import HOST, WebApp
from repcheck.webserver import ServerLimits
from tests.hostile import builders as b
from tests.hostile.catalogue import ROOT

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX signals and TMPDIR")

MB = 1024 * 1024
BUSY_RU = "занято, попробуйте позже"
BUSY_EN = "busy, try again later"
SLOW_PLUGIN = "tests.hostile.slow_reader"
HANG = b"\x00\x01\x02" * 1000  # no reader recognises it: the extension .hang picks the plugin's endless reader


# -- clients ---------------------------------------------------------------------------------------------


def form_parts(token: str, files: list[tuple[str, bytes]], boundary: str) -> list[bytes]:
    """A multipart/form-data body as a browser sends it (the token first), as pieces to stream."""
    out = [f'--{boundary}\r\nContent-Disposition: form-data; name="token"\r\n\r\n{token}\r\n'.encode(),
           f'--{boundary}\r\nContent-Disposition: form-data; name="profile"\r\n\r\n\r\n'.encode()]
    for name, data in files:
        out.append(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
                   "Content-Type: application/octet-stream\r\n\r\n".encode())
        out.append(data)
        out.append(b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return out


class Answer:
    def __init__(self, status: int | None, headers: dict[str, str], text: str, error: str = "") -> None:
        self.status, self.headers, self.text, self.error = status, headers, text, error


def post_stream(port: int, parts: Iterable[bytes], length: int, boundary: str, *, path: str = "/check",
                headers: dict[str, str] | None = None, timeout: float = 120) -> Answer:
    """POST a body sent piece by piece (never joined in memory); read the answer even when the server
    closed the connection before the whole body was sent (it answers first, then drops the rest)."""
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        hdrs = {"Content-Type": f"multipart/form-data; boundary={boundary}", "Content-Length": str(length),
                **(headers or {})}
        send_error = ""
        try:
            conn.request("POST", path, body=iter(parts), headers=hdrs)
        except (BrokenPipeError, ConnectionResetError) as exc:
            send_error = type(exc).__name__
        try:
            resp = conn.getresponse()
            data = resp.read()
        except (OSError, http.client.HTTPException) as exc:
            return Answer(None, {}, "", send_error or type(exc).__name__)
        return Answer(resp.status, {k.lower(): v for k, v in resp.getheaders()}, data.decode("utf-8", "replace"))
    finally:
        conn.close()


def get(port: int, path: str) -> Answer:
    conn = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return Answer(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read().decode("utf-8", "replace"))
    finally:
        conn.close()


def docx_with_photo(mb: int, seed: int = 1) -> bytes:
    """A real report (.docx) carrying an incompressible photo of `mb` MB, as teachers' reports do."""
    buf = io.BytesIO(b.docx_bytes())
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/media/image1.jpeg", b.random_bytes(mb * MB, seed))
    return buf.getvalue()


class Peak:
    """The largest resident memory of a process and its children, sampled in a thread."""

    def __init__(self, pid: int, children: bool = True) -> None:
        self.proc = psutil.Process(pid)
        self.children = children
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def rss(self) -> int:
        total = 0
        for p in [self.proc, *(self.proc.children(recursive=True) if self.children else [])]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.wait(0.01):
            try:
                self.peak = max(self.peak, self.rss())
            except psutil.Error:
                return

    def __enter__(self) -> Peak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)


# -- the server in a subprocess -------------------------------------------------------------------------


class Served:
    """`repcheck serve` in a subprocess whose temporary folder is `temp`."""

    def __init__(self, tmp: Path, config: str = "") -> None:
        self.temp = tmp / "temp"
        self.temp.mkdir()
        cfg = tmp / "repcheck.toml"
        cfg.write_text("cache = false\n" + config, encoding="utf-8")
        env = {**os.environ, "TMPDIR": str(self.temp), "PYTHONPATH": str(ROOT),
               "REPCHECK_CACHE_DIR": str(tmp / "cache"), "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "repcheck", "serve", "--no-browser", "--port", "0", "--config", str(cfg)],
            stderr=subprocess.PIPE, text=True, cwd=tmp, env=env,
        )
        assert self.proc.stderr is not None
        line = self.proc.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert m, line
        self.port = int(m.group(1))
        page = get(self.port, "/").text
        token = re.search(r'name="token" value="([^"]+)"', page)
        assert token
        self.token = token.group(1)

    def post(self, files: list[tuple[str, bytes]], token: str | None = None, **kw: object) -> Answer:
        boundary = "----repcheckLoad" + secrets.token_hex(8)
        parts = form_parts(self.token if token is None else token, files, boundary)
        return post_stream(self.port, parts, sum(len(p) for p in parts), boundary, **kw)  # type: ignore[arg-type]

    def warm(self) -> None:
        """One small check, so that the worker process is running and its rules loaded."""
        ans = self.post([("warm.docx", b.docx_bytes())])
        assert ans.status == 303, (ans.status, ans.text[-500:])

    def uploads_left(self) -> list[str]:
        """Everything left in the server's temporary folder (the worker's folders included)."""
        return sorted(str(p.relative_to(self.temp)) for p in self.temp.rglob("*"))

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stderr is not None:
            self.proc.stderr.close()


@pytest.fixture
def served(tmp_path: Path):
    s = Served(tmp_path)
    yield s
    s.stop()


def _wait_for(cond, what: str, tries: int = 1200, pause: float = 0.05) -> None:  # type: ignore[no-untyped-def]
    for _ in range(tries):
        if cond():
            return
        time.sleep(pause)
    raise AssertionError(f"never happened: {what}")


# -- the token and the size come before the body ---------------------------------------------------------


def test_wrong_token_is_refused_before_the_body_is_read(served: Served) -> None:
    """8 concurrent 90 MB uploads with a wrong token: 403 for each, the server's memory stays flat
    (the old server parsed each whole body before looking at the token: +1.7 GB), nothing written."""
    served.warm()
    photo = b.random_bytes(90 * MB, 3)
    wrong = "x" * len(served.token)
    proc = psutil.Process(served.proc.pid)
    base = proc.memory_info().rss
    answers: list[Answer] = []
    with Peak(served.proc.pid, children=False) as peak:  # the server alone: the worker plays no part
        threads = [threading.Thread(target=lambda: answers.append(served.post([("отчёт.docx", photo)], token=wrong)))
                   for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
    assert len(answers) == 8
    for ans in answers:  # an answer, or (past the few seconds of draining) a connection cut short
        assert ans.status == 403 or (ans.status is None and ans.error), (ans.status, ans.error)
        if ans.status == 403:
            assert "форма устарела" in ans.text.lower()
    assert any(a.status == 403 for a in answers)
    grown = (peak.peak - base) / MB
    assert grown < 64, f"the server grew by {grown:.0f} MB while refusing"
    assert not [p for p in served.uploads_left() if p.startswith("repcheck-web-")]


def test_wrong_token_in_the_header_is_refused_without_reading_the_form(served: Served) -> None:
    photo = b.random_bytes(5 * MB, 4)
    ans = served.post([("отчёт.docx", photo)], headers={"X-Repcheck-Token": "not-the-token"})
    assert ans.status == 403 and "форма устарела" in ans.text.lower()
    ok = served.post([("отчёт.docx", b.docx_bytes())], token="", headers={"X-Repcheck-Token": served.token})
    assert ok.status == 303  # the header's token is enough; the form's first part is then a plain field


# -- load: the figure -----------------------------------------------------------------------------


def test_twenty_concurrent_40mb_uploads(served: Served) -> None:
    """20 concurrent 40 MB uploads from loopback: the server (with its worker) stays under 1 GB,
    every client gets an answer — its report or «занято» — and SIGTERM leaves no upload behind
    (the old server: 2.2 GB, 18 clients timed out)."""
    served.warm()
    report = docx_with_photo(40)
    answers: list[Answer] = []
    lock = threading.Lock()

    def client(i: int) -> None:
        ans = served.post([(f"Отчёт школы {i}.docx", report)])
        if ans.status == 303:
            ans = get(served.port, ans.headers["location"])
        with lock:
            answers.append(ans)

    with Peak(served.proc.pid) as peak:
        threads = [threading.Thread(target=client, args=(i,)) for i in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(600)
    assert len(answers) == 20
    done = [a for a in answers if a.status == 200]
    busy = [a for a in answers if a.status == 503]
    assert len(done) + len(busy) == 20, [(a.status, a.error) for a in answers]
    assert done, "no upload was accepted"
    for a in done:
        assert "Проверить другой файл" in a.text and "Отчёт школы" in a.text
    for a in busy:
        assert BUSY_RU in a.text.lower() and a.headers.get("retry-after")
    assert peak.peak < 1024 * MB, f"peak {peak.peak / MB:.0f} MB"
    served.proc.send_signal(signal.SIGTERM)
    assert served.proc.wait(60) == 0
    assert served.uploads_left() == []


# -- signals ----------------------------------------------------------------------------------------------


def _queue_hanging_checks(tmp_path: Path, n: int) -> tuple[Served, list[threading.Thread]]:
    """A server whose worker is stuck on a check that never ends (test plugin), with n-1 more queued."""
    served = Served(tmp_path, f'plugins = ["{SLOW_PLUGIN}"]\n[limits]\ntimeout-seconds = 300\n')
    threads = [threading.Thread(target=served.post, args=([(f"отчёт-{i}.hang", HANG)],), daemon=True)
               for i in range(n)]
    for t in threads:
        t.start()

    def queued() -> bool:
        folders = [p for p in served.temp.glob("repcheck-web-*") if any(p.rglob("rc-upload-*"))]
        return len(folders) == n

    _wait_for(queued, f"{n} uploads on disk waiting for the worker")
    return served, threads


def test_sigterm_with_queued_checks_exits_and_removes_the_uploads(tmp_path: Path) -> None:
    served, _threads = _queue_hanging_checks(tmp_path, 3)
    try:
        served.proc.send_signal(signal.SIGTERM)
        assert served.proc.wait(60) == 0  # the old server waited for every queued check
        assert served.uploads_left() == []
        assert served.proc.stderr is not None
        rest = served.proc.stderr.read()
        assert "остановлено" in rest and "Traceback" not in rest
    finally:
        served.stop()


@pytest.mark.parametrize("second", ["SIGTERM", "SIGINT"])
def test_a_second_signal_still_removes_the_uploads(tmp_path: Path, second: str) -> None:
    served, _threads = _queue_hanging_checks(tmp_path, 2)
    try:
        served.proc.send_signal(signal.SIGTERM)
        served.proc.send_signal(getattr(signal, second))
        served.proc.wait(60)
        assert served.uploads_left() == []  # the old server left them (641 MB in the issue)
    finally:
        served.stop()


# -- deadlines and caps (a server in this process with short limits) ----------------------------------------


class Local:
    def __init__(self, tmp: Path, limits: ServerLimits, config: Config | None = None) -> None:
        self.temp = tmp / "temp"
        self.temp.mkdir(exist_ok=True)
        self.app = WebApp(config or Config(cache=False), port=0, temp_root=self.temp, limits=limits)
        self.thread = threading.Thread(target=self.app.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.app.shutdown()
        self.thread.join(10)
        self.app.close()


def _head(port: int, length: int, boundary: str) -> bytes:
    return (f"POST /check HTTP/1.1\r\nHost: {HOST}:{port}\r\nContent-Type: multipart/form-data; boundary={boundary}"
            f"\r\nContent-Length: {length}\r\n\r\n").encode()


def _drip(sock: socket.socket, data: bytes, pause: float, tries: int) -> tuple[int, bytes]:
    """Send `data` a byte at a time until the server answers or closes; (bytes sent, what came back)."""
    sent = 0
    for _ in range(tries):
        ready, _w, _x = select.select([sock], [], [], pause)
        if ready:
            break
        if sent < len(data):
            try:
                sock.send(data[sent:sent + 1])
            except OSError:
                break
            sent += 1
    got = b""
    sock.settimeout(10)
    try:
        while chunk := sock.recv(65536):
            got += chunk
    except OSError:
        pass
    return sent, got


@pytest.fixture
def short(tmp_path: Path):
    local = Local(tmp_path, ServerLimits(header_seconds=1.0, upload_seconds=1.5, drain_seconds=1.0))
    yield local
    local.stop()


def test_slow_drip_body_is_cut_off_at_the_upload_deadline(short: Local) -> None:
    app = short.app
    boundary = "----drip"
    parts = form_parts(app.token, [("отчёт.txt", b"x" * 10_000)], boundary)
    body = b"".join(parts)
    with socket.create_connection((HOST, app.port)) as sock:
        sock.sendall(_head(app.port, len(body), boundary) + parts[0] + parts[1])  # headers and the token at once
        sent, got = _drip(sock, body[len(parts[0]) + len(parts[1]):], pause=0.1, tries=300)
    assert sent < 250, "the server never cut the connection"  # a byte every 0.1 s for the 1.5 s deadline
    assert got.startswith(b"HTTP/1.0 408"), got[:200]
    assert "загрузка шла слишком долго (дольше 1,5 с)" in got.decode().lower()
    _wait_for(lambda: os.listdir(short.temp) == [], "the request folder removed")


def test_slow_drip_headers_are_cut_off(short: Local) -> None:
    app = short.app
    head = _head(app.port, 100, "----drip")
    with socket.create_connection((HOST, app.port)) as sock:
        sent, got = _drip(sock, head, pause=0.1, tries=300)
    assert sent < len(head), "the headers were allowed to drip in whole"
    assert got.startswith(b"HTTP/1.0 408")  # the request never arrived whole: 408, the connection closed


def test_slow_drip_token_is_cut_off_before_any_place_is_taken(short: Local) -> None:
    app = short.app
    boundary = "----drip"
    parts = form_parts(app.token, [("отчёт.txt", b"x" * 100)], boundary)
    body = b"".join(parts)
    with socket.create_connection((HOST, app.port)) as sock:
        sock.sendall(_head(app.port, len(body), boundary))
        sent, got = _drip(sock, body, pause=0.1, tries=300)
    assert sent < len(parts[0]), "the token part was allowed to drip in whole"
    assert got.startswith(b"HTTP/1.0 408"), got[:200]
    assert app.httpd.admission.checks == 0 and os.listdir(short.temp) == []


def test_connections_over_the_cap_get_busy_at_once(tmp_path: Path) -> None:
    local = Local(tmp_path, ServerLimits(max_connections=2, header_seconds=30))
    app = local.app
    try:
        idle = [socket.create_connection((HOST, app.port)) for _ in range(2)]  # at the cap, sending nothing
        _wait_for(lambda: app.httpd.connections == 2, "two connections served")
        with socket.create_connection((HOST, app.port)) as third:  # one over the cap
            third.settimeout(10)
            got = third.recv(65536)
        assert got.startswith(b"HTTP/1.0 503") and b"Retry-After:" in got
        assert BUSY_RU in got.decode().lower()
        idle[0].close()
        _wait_for(lambda: app.httpd.connections == 1, "a slot freed")
        assert get(app.port, "/").status == 200  # one under the cap: served
        idle[1].close()
    finally:
        local.stop()


# -- admission: uploads and queued checks -----------------------------------------------------------------


def _hold_upload(app: WebApp, name: str = "отчёт.txt") -> tuple[socket.socket, bytes]:
    """Start an upload and stop half-way: it holds its upload slot. Returns the socket and the rest."""
    boundary = "----hold"
    parts = form_parts(app.token, [(name, ("Отчёт о деятельности площадки\n" * 2000).encode())], boundary)
    body = b"".join(parts)
    sock = socket.create_connection((HOST, app.port))
    half = len(parts[0]) + len(parts[1]) + len(parts[2]) + 1000
    sock.sendall(_head(app.port, len(body), boundary) + body[:half])
    return sock, body[half:]


def _finish(sock: socket.socket, rest: bytes) -> bytes:
    sock.sendall(rest)
    sock.settimeout(120)
    got = b""
    while chunk := sock.recv(65536):
        got += chunk
    sock.close()
    return got


@pytest.mark.parametrize("lang,words", [("ru", BUSY_RU), ("en", BUSY_EN)])
def test_uploads_over_the_cap_get_busy(tmp_path: Path, lang: str, words: str) -> None:
    local = Local(tmp_path, ServerLimits(max_uploads=1, max_checks=4), Config(cache=False, lang=lang))
    app = local.app
    boundary = "----next"
    try:
        sock, rest = _hold_upload(app)
        _wait_for(lambda: app.httpd.admission.uploads == 1, "the first upload admitted")
        parts = form_parts(app.token, [("второй.txt", b"x" * 300_000)], boundary)
        ans = post_stream(app.port, parts, sum(map(len, parts)), boundary)  # at the cap
        assert ans.status == 503 and words in ans.text.lower()
        assert ans.headers["retry-after"] == str(app.limits.retry_after)
        assert len(os.listdir(local.temp)) == 1  # only the first upload's folder
        got = _finish(sock, rest)
        assert got.startswith(b"HTTP/1.0 303")
        _wait_for(lambda: app.httpd.admission.checks == 0, "the first check answered")
        ans = post_stream(app.port, parts, sum(map(len, parts)), boundary)  # under the cap again
        assert ans.status == 303
    finally:
        local.stop()


def test_queued_checks_over_the_cap_get_busy(tmp_path: Path) -> None:
    config = Config(cache=False, plugins=[SLOW_PLUGIN], limits=Limits(timeout_seconds=2))
    local = Local(tmp_path, ServerLimits(max_uploads=4, max_checks=2), config)
    app = local.app
    boundary = "----queue"
    results: list[Answer] = []

    def hang(i: int) -> None:
        parts = form_parts(app.token, [(f"отчёт-{i}.hang", HANG)], boundary)
        results.append(post_stream(app.port, parts, sum(map(len, parts)), boundary))

    try:
        app.worker.warm(app.config)
        threads = [threading.Thread(target=hang, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        _wait_for(lambda: app.httpd.admission.checks == 2 and app.httpd.admission.uploads == 0,
                  "one check running and one queued")
        parts = form_parts(app.token, [("отчёт.txt", b"x" * 1000)], boundary)
        ans = post_stream(app.port, parts, sum(map(len, parts)), boundary)  # a third: over the cap
        assert ans.status == 503 and BUSY_RU in ans.text.lower()
        for t in threads:
            t.join(120)
        assert [r.status for r in results] == [303, 303]  # each stopped by its time limit, answered
        ans = post_stream(app.port, parts, sum(map(len, parts)), boundary)  # the queue is empty again
        assert ans.status == 303
        assert os.listdir(local.temp) == []
    finally:
        local.stop()
