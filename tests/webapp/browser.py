"""A minimal headless Chromium driver for the web page tests: the DevTools protocol over
--remote-debugging-pipe (fd 3 in, fd 4 out, messages ended by NUL), stdlib only, POSIX only.

It does what a person does with the page: open it, choose files, press a button, wait for the
next page, read its text, take a screenshot.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from typing import Any

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def find_browser() -> str | None:
    if os.name != "posix":
        return None
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


class Browser:
    def __init__(self, exe: str, width: int = 1200, height: int = 1000) -> None:
        self.profile = tempfile.mkdtemp(prefix="repcheck-chromium-")
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        args = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
                f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "--remote-debugging-pipe",
                "about:blank"]
        # The browser reads fd 3 and writes fd 4: a tiny Python step puts the pipe ends there and
        # execs it (no preexec_fn, which is unsafe while the test server's threads run).
        launcher = ("import fcntl, os, sys; "
                    "r, w = (fcntl.fcntl(int(a), fcntl.F_DUPFD_CLOEXEC, 10) for a in sys.argv[1:3]); "
                    "os.dup2(r, 3); os.dup2(w, 4); os.execv(sys.argv[3], sys.argv[3:])")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", launcher, str(to_chrome_r), str(from_chrome_w), *args],
            pass_fds=(to_chrome_r, from_chrome_w),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._w = os.fdopen(to_chrome_w, "wb", buffering=0)
        self._r = os.fdopen(from_chrome_r, "rb", buffering=0)
        self._buf = b""
        self._id = 0
        self._events: list[dict[str, Any]] = []
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)["sessionId"]
        self.call("Page.enable", page=True)
        self.call("Runtime.enable", page=True)

    # -- protocol

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buf:
            chunk = self._r.read(1 << 16)
            if not chunk:
                raise EOFError("the browser went away")
            self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method: str, page: bool = False, **params: Any) -> dict[str, Any]:
        self._id += 1
        msg: dict[str, Any] = {"id": self._id, "method": method, "params": params}
        if page:
            msg["sessionId"] = self.session
        self._w.write(json.dumps(msg).encode() + b"\0")
        while True:
            m = self._read()
            if m.get("id") == self._id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m["result"]
            self._events.append(m)

    def _wait(self, event: str, timeout: float) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for i, e in enumerate(self._events):
                if e.get("method") == event:
                    del self._events[i]
                    return
            self._events.append(self._read())
        raise TimeoutError(event)

    # -- what a person does

    def open(self, url: str, timeout: float = 60) -> None:
        self._events.clear()
        self.call("Page.navigate", page=True, url=url)
        self._wait("Page.loadEventFired", timeout)

    def viewport(self, width: int, height: int, mobile: bool = False) -> None:
        """The page's width and height in CSS pixels; `mobile` as a phone shows it (the viewport
        meta tag applies, the page may not be zoomed out to fit)."""
        self.call("Emulation.setDeviceMetricsOverride", page=True, width=width, height=height,
                  deviceScaleFactor=1, mobile=mobile)

    def js(self, expr: str) -> Any:
        r = self.call("Runtime.evaluate", page=True, expression=expr, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"script failed: {r['exceptionDetails'].get('exception', {}).get('description')}")
        return r["result"].get("value")

    def choose_files(self, selector: str, files: list[str]) -> None:
        doc = self.call("DOM.getDocument", page=True)
        node = self.call("DOM.querySelector", page=True, nodeId=doc["root"]["nodeId"], selector=selector)
        self.call("DOM.setFileInputFiles", page=True, nodeId=node["nodeId"], files=files)
        self.js(f"document.querySelector({json.dumps(selector)}).dispatchEvent(new Event('change'))")

    def then_wait_for_page(self, expr: str, timeout: float = 120) -> None:
        """Run `expr` (a click, a submit) and wait until the next page has loaded."""
        self._events.clear()
        self.js(expr)
        self._wait("Page.loadEventFired", timeout)

    def text(self) -> str:
        return self.js("document.body.innerText") or ""

    def screenshot(self, path: str) -> None:
        data = self.call("Page.captureScreenshot", page=True, format="png")["data"]
        with open(path, "wb") as fh:
            fh.write(base64.b64decode(data))

    def close(self) -> None:
        for f in (self._w, self._r):
            try:
                f.close()
            except OSError:
                pass
        self.proc.kill()
        self.proc.wait(10)
        shutil.rmtree(self.profile, ignore_errors=True)
