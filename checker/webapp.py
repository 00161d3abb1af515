"""`repcheck serve` and `repcheck-gui`: a local web page to check reports without a terminal.

A small HTTP server (stdlib `http.server`, a bounded thread per connection) bound to 127.0.0.1 only.
`GET /` is a Russian form: one or several report files, an optional profile, «Проверить».
`POST /check` takes the multipart/form-data upload, streamed to disk as it arrives (each file under a
generated name in a private temporary folder, mode 0700, deleted after the check), checks the files with the
engine and answers with a redirect to `GET /result/<id>`: the self-contained HTML report of the
html reporter with a bar on top («Проверить другой файл», «Скачать отчёт»). `GET
/result/<id>/download` is the same report as an attachment. `POST /quit` stops the server (the
window-less `repcheck-gui` has no Ctrl+C).

Security: loopback only; the Host header must name this server (no DNS rebinding) and a browser's
Origin must be this page; every POST carries the per-run random token of the form (CSRF), checked
before any file is read; no name from the client reaches the file system (the original name is kept
for display only); result pages are addressed by unguessable ids. The HTTP mechanics — the size and
token checked from the headers and the form's first part, uploads streamed to disk, caps on
connections, uploads and queued checks («занято», 503), per-phase deadlines, the removal of every
upload on any exit — are in checker/webserver.py.

The check runs in a separate worker process (spawned once, reused), so the per-file time limit
(`limits.timeout-seconds`, a SIGALRM in the worker's main thread) applies as in the CLI, and a
reader that hangs in native code or crashes takes down the worker, not the server: the parent
waits at most the files' time limit plus a margin, then kills and replaces the worker.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import secrets
import signal
import sys
import tempfile
import threading
import urllib.parse
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from http import HTTPStatus
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from repcheck.version import __version__
from repcheck.config import Config, ConfigError
from repcheck.plugins.reporters.wording import counts_line
from repcheck.webformats import Formats
from repcheck.webserver import (
    BUSY,
    STOPPING,
    BaseHandler,
    BoundedServer,
    PageError,
    ServerLimits,
    StopSignals,
    TempFolders,
    Upload,
)

HOST = "127.0.0.1"
DEFAULT_PORT = 8765
MB = 1024 * 1024
FORM_OVERHEAD = 256 * 1024  # multipart framing and the form's fields on top of the file size limit
MAX_FILES = 20  # files in one upload
CHECK_MARGIN = 60.0  # seconds on top of the files' time limits before the worker is killed
KEEP_RESULTS = 20  # reports kept in memory for /result/<id>
TEMPLATES = Path(__file__).parent / "templates"


# -- the worker process ---------------------------------------------------------------------------


def _worker_main(conn: Any) -> None:
    """The worker's loop: a job in, a rendered report (or an error) out. Runs in its main thread."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the server's to handle
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            out = _run_job(job)
        except ConfigError as exc:
            out = {"fail": f"ошибка настройки repcheck: {exc}"}
        except Exception as exc:  # noqa: BLE001 - reported on the page, the worker goes on
            out = {"fail": f"внутренняя ошибка: {type(exc).__name__}: {exc}"}
        try:
            conn.send(out)
        except (OSError, ValueError):
            return


def _html(result: Any, config: Config) -> str:
    """The run's HTML report, from whichever reporter the registry names "html"."""
    import io

    from repcheck.engine import registry_for

    out = io.StringIO()
    registry_for(config).reporters["html"].render(result, out, lang=config.lang, color=False)
    return out.getvalue()


def _run_job(job: dict[str, Any]) -> dict[str, Any]:
    from repcheck.engine import registry_for, run
    from repcheck.models.finding import Severity

    config: Config = job["config"]
    if job.get("warm"):
        registry_for(config)
        return {"warm": True}
    names: dict[str, str] = job["names"]  # generated path -> the name the user gave
    # Whatever the readers write to a temporary folder (LibreOffice's conversion, the duplicate
    # index) goes inside the request's folder, which the server removes even if it kills us.
    scratch = job.get("scratch")
    if scratch:
        os.makedirs(scratch, mode=0o700, exist_ok=True)
    tempfile.tempdir = scratch
    try:
        result = run([Path(p) for p in names], config, jobs=1, use_cache=job["use_cache"])
    finally:
        tempfile.tempdir = None
    files = []
    for fr in result.files:
        _rename(fr, names)
        files.append({
            "name": fr.path,
            "error": fr.error.get(config.lang) if fr.error else None,
            "counts": {s.value: fr.count(s) for s in Severity},
        })
    return {"html": _html(result, config), "files": files}


def _rename(fr: Any, names: dict[str, str]) -> None:
    """Show the user's file names, not the generated ones, in the result and its messages."""
    from repcheck.models.finding import Text

    fr.path = names.get(fr.path, fr.path)
    pairs = [(gen, shown) for gen, shown in names.items()] + [(Path(gen).name, shown) for gen, shown in names.items()]

    def fix(s: str) -> str:
        for gen, shown in pairs:
            if gen in s:
                s = s.replace(gen, shown)
        return s

    for f in fr.findings:
        f.message = Text(ru=fix(f.message.ru), en=fix(f.message.en))
        if f.suggestion is not None:
            f.suggestion = Text(ru=fix(f.suggestion.ru), en=fix(f.suggestion.en))
        f.related = [fix(r) for r in f.related]


class CheckFailed(Exception):
    """The check could not finish (time limit, crashed worker); the message is for the page."""


class Worker:
    """One worker process (spawned on first use, reused, replaced when it dies or hangs)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: Any = None
        self._conn: Any = None
        self._killed = False  # the server is stopping: no check starts any more

    def _ensure(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            return
        self._stop_locked()
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker_main, args=(child,), name="repcheck-web-worker", daemon=True)
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        if self._killed:  # kill() ran while this one was starting
            proc.kill()

    def call(self, job: dict[str, Any], timeout: float | None) -> dict[str, Any]:
        with self._lock:
            if self._killed:
                raise CheckFailed(STOPPING.ru)
            self._ensure()
            try:
                self._conn.send(job)
                if not self._conn.poll(timeout):
                    self._stop_locked()
                    raise CheckFailed(
                        f"проверка шла дольше {timeout:.0f} с и была остановлена. Проверьте файлы по одному; "
                        "если и один файл не успевает, поднимите предел limits.timeout-seconds в настройках repcheck"
                    )
                return self._conn.recv()
            except (EOFError, OSError, BrokenPipeError) as exc:
                self._stop_locked()
                if self._killed:
                    raise CheckFailed(STOPPING.ru) from exc
                raise CheckFailed(
                    "процесс проверки аварийно завершился (возможно, файл повреждён или слишком сложен). "
                    "Попробуйте проверить файлы по одному"
                ) from exc

    def warm(self, config: Config) -> None:
        """Start the worker and load the rules, so that the first check does not wait for it."""
        try:
            self.call({"warm": True, "config": config}, timeout=120)
        except CheckFailed:
            pass

    def stop(self) -> None:
        with self._lock:
            self._stop_locked()

    def kill(self) -> None:
        """End the worker now, without waiting for the check it runs (whose caller holds the lock):
        that check fails at once, and so does every check queued behind it."""
        self._killed = True
        proc = self._proc
        if proc is not None:
            try:
                proc.kill()
            except (OSError, ValueError, AttributeError):
                pass

    def _stop_locked(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except OSError:
                pass
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.kill()
            self._proc.join(5)
        self._proc = self._conn = None


# -- the upload -------------------------------------------------------------------------------------


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def display_name(sent: str, index: int) -> str:
    """The name to show for a file: the last part of what the browser sent, without controls."""
    sent = sent.replace("%22", '"')  # browsers send a quote in a file name as %22 (HTML standard)
    name = _CONTROL.sub("", sent.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    if len(name) > 200:
        name = name[:150] + "…" + name[-40:]
    return name or f"файл {index}"


def generated_names(shown: list[str], extensions: set[str]) -> list[Path | None]:
    """A generated relative path per file (None: a type repcheck does not read).

    Each file gets its own folder; files whose names differ only by the extension keep a common
    stem, so that the engine still sees them as one report in two formats (rule D503).
    """
    stems: dict[str, int] = {}
    out: list[Path | None] = []
    for i, name in enumerate(shown, 1):
        ext = Path(name).suffix.lower()
        if ext not in extensions or not re.fullmatch(r"\.[a-z0-9]{1,8}", ext):
            out.append(None)
            continue
        k = stems.setdefault(Path(name).stem.casefold(), len(stems) + 1)
        out.append(Path(f"{i:02d}") / f"rc-upload-{k}{ext}")
    return out


# -- pages -----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html", "j2"]),
                       trim_blocks=True, lstrip_blocks=True)


def _mb(n: float) -> str:
    """Megabytes the Russian way: 100, 2,5, 0,05."""
    text = f"{n:.2f}" if n < 1 else f"{n:.1f}"
    return text.rstrip("0").rstrip(".").replace(".", ",")


@dataclass
class Result:
    report: str  # the html reporter's page
    files: list[dict[str, Any]]
    skipped: list[str]  # names of files of a type that cannot be read here
    download: str  # file name for the download


def _sentence(text: str | None) -> str | None:
    """A message as a sentence: capital first letter, a full stop at the end."""
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _download_name(names: list[str]) -> str:
    if len(names) == 1:
        stem = Path(names[0]).stem
        stem = re.sub(r'[\x00-\x1f\x7f<>:"/\\|?*]+', "_", stem).strip(" .")[:100]
        if stem:
            return f"repcheck-{stem}.html"
    return "repcheck-отчёт.html"


def refusals(names: list[str], formats: Formats) -> str:
    """Why files were not checked, one reason per kind of file: «a.png», «b.png»: такие … ."""
    by_reason: dict[str, list[str]] = {}
    for name in names:
        by_reason.setdefault(formats.refusal(name), []).append(f"«{name}»")
    return "; ".join(f"{', '.join(which)}: {reason}" for reason, which in by_reason.items())


def inject_bar(report: str, bar: str) -> str:
    """The report page with the bar right after its <body> tag."""
    m = re.search(r"<body[^>]*>", report)
    if m is None:
        return bar + report
    return report[: m.end()] + "\n" + bar + report[m.end():]


# -- the server -------------------------------------------------------------------------------------


class _Server(BoundedServer):
    app: WebApp


class WebApp:
    """The server and its state: configuration, token, worker, results kept for /result/<id>."""

    def __init__(self, config: Config | None = None, *, port: int = DEFAULT_PORT, use_cache: bool | None = None,
                 temp_root: str | Path | None = None, log: Any = None, limits: ServerLimits | None = None) -> None:
        from repcheck.engine import registry_for, validate

        self.config = config or Config(cache=False)
        registry = registry_for(self.config)
        validate(self.config, registry)  # configuration mistakes now, not at the first upload
        self.profiles = [(p.name, p.title) for p in registry.concrete_profiles()]
        self.formats = Formats.of(registry)
        self.extensions = set(self.formats.accepted)  # what can be read on this computer now
        self.use_cache = self.config.cache if use_cache is None else use_cache
        self.token = secrets.token_urlsafe(32)
        self.temp_root = str(temp_root) if temp_root is not None else None
        self.folders = TempFolders(self.temp_root)  # the request folders, removed on any exit
        self.log = log
        self.worker = Worker()
        self.results: OrderedDict[str, Result] = OrderedDict()
        self._lock = threading.Lock()
        self.port_fallback = False
        self.limits = limits or ServerLimits()
        try:
            self.httpd = self._bind(port)
        except OSError:
            if port == 0:
                raise
            self.httpd = self._bind(0)  # the port is taken: any free one
            self.port_fallback = True
        self.httpd.app = self
        self.port = self.httpd.server_address[1]

    def _bind(self, port: int) -> _Server:
        return _Server((HOST, port), Handler, self.limits, lang=self.config.lang, log=self._log_line)

    def _log_line(self, text: str) -> None:
        if self.log is not None:
            try:
                print(f"repcheck serve: {text}", file=self.log)
            except (OSError, ValueError):
                pass

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/"

    @property
    def max_body(self) -> int:
        return int(self.config.limits.max_file_mb * MB) + FORM_OVERHEAD

    def serve_forever(self) -> None:
        self.httpd.serve_forever(poll_interval=0.25)

    def shutdown(self) -> None:
        self.httpd.shutdown()

    def close(self) -> None:
        """Stop for good: no new request folder, the worker killed (a running check and the queued
        ones fail at once), every upload removed. Never waits for a check."""
        self.folders.close()
        self.httpd.server_close()
        self.emergency_stop()

    def emergency_stop(self) -> None:
        """Kill the worker and remove every upload now (also called from the signal handler when a
        second signal arrives during the stop)."""
        self.folders.close()
        self.worker.kill()
        self.folders.remove_all()

    # -- results

    def keep(self, result: Result) -> str:
        rid = secrets.token_urlsafe(16)
        with self._lock:
            self.results[rid] = result
            while len(self.results) > KEEP_RESULTS:
                self.results.popitem(last=False)
        return rid

    def result(self, rid: str) -> Result | None:
        with self._lock:
            return self.results.get(rid)

    # -- the check

    def keeps(self, sent: str) -> bool:
        """Whether a file sent under this name is kept (a type repcheck reads) or only listed as skipped."""
        return generated_names([display_name(sent, 1)], self.extensions)[0] is not None

    def check(self, upload: Upload) -> Result:
        """Check the files of a received form (their bytes are in `upload.folder`)."""
        profile = upload.fields.get("profile", "")
        if profile and profile not in {name for name, _ in self.profiles}:
            raise PageError(HTTPStatus.BAD_REQUEST, f"неизвестная форма отчёта «{profile}»; выберите её из списка")
        if not upload.count:
            raise PageError(HTTPStatus.BAD_REQUEST, "файл не выбран: нажмите «Выбрать файлы…» и укажите отчёт")
        if upload.count > MAX_FILES:
            raise PageError(HTTPStatus.BAD_REQUEST,
                            f"выбрано файлов: {upload.count}; за один раз можно проверить не больше {MAX_FILES}")
        shown = [display_name(sent, i) for i, (sent, _) in enumerate(upload.files, 1)]
        rel = generated_names(shown, self.extensions)
        skipped = [name for name, r in zip(shown, rel, strict=True) if r is None]
        if len(skipped) == len(shown) or upload.folder is None:
            raise PageError(HTTPStatus.BAD_REQUEST, refusals(skipped, self.formats))
        config = self.config.model_copy(update={"profile": profile or None}) if profile else self.config
        names: dict[str, str] = {}
        for (_sent, part), name, r in zip(upload.files, shown, rel, strict=True):
            if r is None or part is None:
                continue
            path = upload.folder / r
            path.parent.mkdir(mode=0o700)
            os.replace(part, path)
            names[str(path)] = name
        per_file = config.limits.timeout_seconds
        timeout = per_file * len(names) + CHECK_MARGIN if per_file > 0 else None
        job = {"config": config, "names": names, "use_cache": self.use_cache, "scratch": str(upload.folder / "tmp")}
        try:
            out = self.worker.call(job, timeout)
        except CheckFailed as exc:
            raise PageError(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc)) from exc
        if "fail" in out:
            raise PageError(HTTPStatus.INTERNAL_SERVER_ERROR, out["fail"])
        return Result(report=out["html"], files=out["files"], skipped=skipped,
                      download=_download_name([f["name"] for f in out["files"]]))

    # -- pages

    def form_page(self, error: str | None = None, nonce: str = "") -> str:
        return _env().get_template("webapp.html.j2").render(
            page="form", version=__version__, token=self.token, profiles=self.profiles, error=_sentence(error),
            accept=self.formats.accept_attribute(), types=self.formats.hint(),
            max_mb=_mb(self.config.limits.max_file_mb),
            max_bytes=int(self.config.limits.max_file_mb * MB), max_files=MAX_FILES, nonce=nonce,
        )

    def message_page(self, title: str, text: str, back: bool = True) -> str:
        return _env().get_template("webapp.html.j2").render(page="message", version=__version__, title=title,
                                                            text=text, back=back)

    def result_page(self, rid: str, result: Result) -> str:
        bar = _env().get_template("webapp_bar.html.j2").render(
            rid=rid, files=[{**f, "counts_line": counts_line(f["counts"], "ru")} for f in result.files],
            skipped=[(name, self.formats.refusal(name)) for name in result.skipped], download=result.download,
        )
        return inject_bar(result.report, bar)


FORBIDDEN = ("форма устарела или отправлена не с этой страницы (например, программа была перезапущена). "
             "Файлы не проверены: выберите их снова и нажмите «Проверить»")


class Handler(BaseHandler):
    server: _Server
    server_version = f"repcheck/{__version__}"
    sys_version = ""

    def version_string(self) -> str:
        return self.server_version

    @property
    def app(self) -> WebApp:
        return self.server.app

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass  # no access log: the page is the user's, only errors are worth a line

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if self.app.log is not None:
            try:
                print(f"repcheck serve: {format % args}", file=self.app.log)
            except (OSError, ValueError):
                pass

    # -- responses

    def _send(self, status: int, body: str | bytes, *, ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, nonce: str = "") -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.phase("send")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "same-origin")  # "no-referrer" would make Chrome send Origin: null
        self.send_header("X-Frame-Options", "DENY")
        script = f"'nonce-{nonce}'" if nonce else "'none'"
        self.send_header("Content-Security-Policy",
                         f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {script}; "
                         "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
        self.send_header("Connection", "close")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        self.wfile.flush()
        self.close_connection = True

    def _form(self, status: int = HTTPStatus.OK, error: str | None = None,
              headers: dict[str, str] | None = None) -> None:
        nonce = secrets.token_urlsafe(12)
        self._send(status, self.app.form_page(error, nonce), nonce=nonce, headers=headers)

    def _message(self, status: int, title: str, text: str, back: bool = True) -> None:
        self._send(status, self.app.message_page(title, text, back))

    def _trusted(self) -> bool:
        """The Host names this server (no DNS rebinding) and a browser's Origin is this page."""
        port = self.app.port
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in {f"{HOST}:{port}", f"localhost:{port}"}:
            self._message(HTTPStatus.FORBIDDEN, "Неверный адрес",
                          f"Откройте страницу проверки по адресу {self.app.url}")
            return False
        origin = self.headers.get("Origin")
        if self.command == "POST" and origin is not None and origin.lower() not in {
            f"http://{HOST}:{port}", f"http://localhost:{port}"
        }:
            self._form(HTTPStatus.FORBIDDEN, FORBIDDEN)
            return False
        return True

    # -- GET

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        if not self._trusted():
            return
        path = urllib.parse.urlsplit(self.path).path
        if path in ("/", "/index.html"):
            self._form()
            return
        if path == "/favicon.ico":
            self._send(HTTPStatus.NO_CONTENT, b"", ctype="image/x-icon")
            return
        m = re.fullmatch(r"/result/([A-Za-z0-9_-]{10,64})(/download)?", path)
        if m:
            result = self.app.result(m.group(1))
            if result is None:
                self._message(HTTPStatus.NOT_FOUND, "Результат больше не доступен",
                              "Результаты проверки хранятся, пока программа работает, и только последние "
                              f"{KEEP_RESULTS}. Проверьте файл ещё раз.")
                return
            if m.group(2):
                quoted = urllib.parse.quote(result.download)
                self._send(HTTPStatus.OK, result.report, headers={
                    "Content-Disposition": f"attachment; filename=\"repcheck-report.html\"; filename*=UTF-8''{quoted}",
                })
            else:
                self._send(HTTPStatus.OK, self.app.result_page(m.group(1), result))
            return
        self._message(HTTPStatus.NOT_FOUND, "Страница не найдена", "Такой страницы нет.")

    do_HEAD = do_GET

    # -- POST

    def do_POST(self) -> None:  # noqa: N802
        if not self._trusted():
            return
        path = urllib.parse.urlsplit(self.path).path
        try:
            if path == "/check":
                self._check()
            elif path == "/quit":
                self._quit()
            else:
                self.drain(self.content_length())
                self._message(HTTPStatus.NOT_FOUND, "Страница не найдена", "Такой страницы нет.")
        except PageError as exc:
            unread = self.unread(exc)
            try:
                self._form(exc.status, exc.message, headers=exc.headers)
            except OSError:
                return
            self.drain(unread)
        except (TimeoutError, ConnectionError):
            self.close_connection = True
        except Exception as exc:  # noqa: BLE001 - a bug of ours: a page that says so, the server goes on
            self.log_error("%s", f"{type(exc).__name__}: {exc}")
            self._form(HTTPStatus.INTERNAL_SERVER_ERROR, f"внутренняя ошибка repcheck: {type(exc).__name__}: {exc}")

    def _busy(self) -> PageError:
        return PageError(HTTPStatus.SERVICE_UNAVAILABLE, BUSY.get(self.app.config.lang),
                         headers={"Retry-After": str(self.server.limits.retry_after)})

    def _check(self) -> None:
        """Size and type from the headers, the token from the header or the form's first part, a
        place in the queue — all before a byte of a file is read; then the files go to disk and to
        the worker."""
        app = self.app
        max_mb = _mb(app.config.limits.max_file_mb)
        form = self.begin_form(app.max_body, lambda length: (
            f"файлы слишком большие: {_mb(length / MB)} МБ, а за одну проверку можно загрузить не больше "
            f"{max_mb} МБ (предел limits.max-file-mb в настройках repcheck). Проверьте файлы по одному "
            "или уменьшите файл (например, сожмите в нём рисунки)"))
        if not self.token_ok(form, app.token):
            raise PageError(HTTPStatus.FORBIDDEN, FORBIDDEN)
        ticket = self.server.admission.admit()
        if ticket is None:
            raise self._busy()
        try:
            self.phase("upload")
            upload = form.rest(keep=app.keeps, folder=lambda: app.folders.new(app.config.lang), max_files=MAX_FILES)
            ticket.uploaded()
            self.phase("check")
            result = app.check(upload)
        finally:
            ticket.close()
            app.folders.remove(form.upload.folder)
        rid = app.keep(result)
        self._send(HTTPStatus.SEE_OTHER, "", headers={"Location": f"/result/{rid}"})

    def _quit(self) -> None:
        form = self.begin_form(FORM_OVERHEAD, lambda length: f"слишком большой запрос: {_mb(length / MB)} МБ")
        if not self.token_ok(form, self.app.token):
            raise PageError(HTTPStatus.FORBIDDEN, FORBIDDEN)
        self._message(HTTPStatus.OK, "Программа остановлена",
                      "Проверка отчётов завершила работу. Эту вкладку можно закрыть. Чтобы проверить отчёт снова, "
                      "запустите repcheck-gui (или repcheck serve) ещё раз.", back=False)
        self.drain(self.body.left if self.body is not None else 0)
        threading.Thread(target=self.app.shutdown, daemon=True).start()


# -- starting it ------------------------------------------------------------------------------------


def _say(stream: Any, text: str) -> None:
    if stream is None:
        return
    try:
        print(text, file=stream, flush=True)
    except (OSError, ValueError):
        pass


def _can_open_browser() -> bool:
    """False on a Linux console without a display, where webbrowser would start a text browser
    in this very terminal."""
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def open_browser(url: str) -> None:
    import webbrowser

    def go() -> None:
        try:
            webbrowser.open(url, new=2)
        except Exception:  # noqa: BLE001 - the address is printed anyway
            pass

    threading.Thread(target=go, name="repcheck-browser", daemon=True).start()


def serve(config: Config, *, port: int = DEFAULT_PORT, browser: bool = True, quiet: bool = False) -> int:
    """Run the page until Ctrl+C or «Завершить работу»; 0 on a clean stop."""
    out = None if quiet else sys.stderr
    try:
        app = WebApp(config, port=port, log=out)
    except OSError as exc:
        _say(sys.stderr, f"repcheck: не удалось открыть порт на {HOST}: {exc.strerror or exc}")
        return 2
    if app.port_fallback:
        _say(out, f"repcheck: порт {port} занят, выбран свободный порт {app.port}")
    _say(out, f"repcheck: страница проверки отчётов открыта по адресу {app.url}\n"
              "          остановить: Ctrl+C или кнопка «Завершить работу» на странице")
    threading.Thread(target=app.worker.warm, args=(app.config,), name="repcheck-warm", daemon=True).start()
    if browser:
        if _can_open_browser():
            open_browser(app.url)
        else:
            _say(out, "repcheck: графического окружения нет — откройте адрес в браузере сами")
    # SIGTERM, SIGINT (Ctrl+C) and SIGHUP stop the page as cleanly as «Завершить работу»; a second
    # signal during the stop removes the uploads at once and ends the process (webserver.StopSignals).
    with StopSignals(app.emergency_stop) as signals:
        try:
            app.serve_forever()
            signals.stopping()
            _say(out, "repcheck: остановлено")
        except KeyboardInterrupt:
            signals.stopping()
            _say(out, "\nrepcheck: остановлено")
        finally:
            signals.stopping()
            app.close()
    return 0


def cmd_serve(args: argparse.Namespace, config: Config) -> int:
    """`repcheck serve` (called by repcheck.commands.dispatch)."""
    return serve(config, port=args.port, browser=not args.no_browser, quiet=args.quiet)
