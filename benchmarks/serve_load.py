"""`repcheck serve` under load: N concurrent uploads of a big report from loopback.

    python benchmarks/serve_load.py [--clients 20] [--mb 40] [--wrong-token]

Starts `repcheck serve` in a subprocess with a private TMPDIR, checks one small report so that
the worker is running, then sends `--clients` uploads at once, each a real corpus report (.docx)
carrying an incompressible `--mb` MB photo (or, with --wrong-token, the same bodies with a wrong
form token). Prints one JSON object:

- peak_rss_mb: the largest resident memory of the server and its worker together (psutil, 10 ms
  samples); server_peak_rss_mb the server process alone;
- answers: how many clients got their report (after the redirect), «занято» (503), a refusal
  (403), or no answer at all;
- seconds: wall time of the load;
- then SIGTERM: whether the server exited and what was left in its TMPDIR.

Run it with another checkout's code first on PYTHONPATH to compare (the figures in BENCHMARKS.md).
All traffic goes to 127.0.0.1 and the run stops by itself.
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import os
import random
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "corpus" / "formats" / "kip_perm_2024.docx"
HOST = "127.0.0.1"
MB = 1024 * 1024


def report_with_photo(mb: int) -> bytes:
    buf = io.BytesIO(REPORT.read_bytes())
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/media/photo-load.jpeg", random.Random(1).randbytes(mb * MB))
    return buf.getvalue()


def post(port: int, token: str, name: str, data: bytes) -> tuple[int | None, str, str]:
    boundary = "----repcheckLoad" + secrets.token_hex(8)
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="token"\r\n\r\n{token}\r\n'.encode(),
             f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
             "Content-Type: application/octet-stream\r\n\r\n".encode(), data, f"\r\n--{boundary}--\r\n".encode()]
    conn = http.client.HTTPConnection(HOST, port, timeout=600)
    try:
        try:
            conn.request("POST", "/check", body=iter(parts), headers={
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "Content-Length": str(sum(map(len, parts)))})
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered early and dropped the rest: read its answer
        try:
            resp = conn.getresponse()
            text = resp.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as exc:
            return None, "", type(exc).__name__
        return resp.status, resp.getheader("Location") or "", text
    finally:
        conn.close()


def get(port: int, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection(HOST, port, timeout=120)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--mb", type=int, default=40)
    ap.add_argument("--wrong-token", action="store_true")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="serve-load-"))
    temp = work / "temp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "REPCHECK_CACHE_DIR": str(work / "cache")}
    proc = subprocess.Popen([sys.executable, "-m", "repcheck", "serve", "--no-browser", "--port", "0", "--no-cache"],
                            stderr=subprocess.PIPE, text=True, cwd=work, env=env)
    try:
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", proc.stderr.readline())  # type: ignore[union-attr]
        assert m, "the server did not start"
        port = int(m.group(1))
        token = re.search(r'name="token" value="([^"]+)"', get(port, "/")[1]).group(1)  # type: ignore[union-attr]
        assert post(port, token, "warm.docx", REPORT.read_bytes())[0] == 303
        data = report_with_photo(args.mb)
        sent_token = "x" * len(token) if args.wrong_token else token
        server = psutil.Process(proc.pid)
        peak = {"all": 0, "server": 0}
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.01):
                try:
                    own = server.memory_info().rss
                    kids = sum(p.memory_info().rss for p in server.children(recursive=True))
                except psutil.Error:
                    continue
                peak["server"] = max(peak["server"], own)
                peak["all"] = max(peak["all"], own + kids)

        answers: dict[str, int] = {"report": 0, "busy": 0, "refused": 0, "other": 0, "none": 0}
        lock = threading.Lock()

        def client(i: int) -> None:
            status, location, text = post(port, sent_token, f"Отчёт {i}.docx", data)
            if status == 303:
                status, text = get(port, location)
                key = "report" if status == 200 else "other"
            else:
                key = {None: "none", 503: "busy", 403: "refused"}.get(status, "other")  # type: ignore[arg-type]
            with lock:
                answers[key] += 1

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        start = time.monotonic()
        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seconds = time.monotonic() - start
        stop.set()
        sampler.join()
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
            exited = True
        except subprocess.TimeoutExpired:
            exited = False
            proc.send_signal(signal.SIGTERM)  # the second signal
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        left = [p for p in temp.rglob("*") if p.is_file()]
        print(json.dumps({
            "clients": args.clients, "mb": args.mb, "wrong_token": args.wrong_token,
            "peak_rss_mb": round(peak["all"] / MB), "server_peak_rss_mb": round(peak["server"] / MB),
            "answers": answers, "seconds": round(seconds, 1),
            "exited_on_first_sigterm": exited, "files_left": len(left),
            "mb_left": round(sum(p.stat().st_size for p in left) / MB),
        }, ensure_ascii=False))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
