"""The HTTP side of `repcheck serve`: connections, deadlines, admission, streamed uploads, stopping.

checker/webapp.py renders the pages and runs the checks; this module keeps the loopback server
standing under load and against hostile clients. It is the standard library's `http.server` plus
the `multipart` package's push parser (pure Python, no dependencies of its own):

- **Connections.** A thread per connection, at most `max_connections` at once; one more is answered
  at once by the accepting thread with 503 «занято» and closed (it never gets a thread).
- **Deadlines.** Besides the per-read socket timeout, each connection has a deadline for the phase
  it is in: the request line and headers, the form's token, the body, the answer, the draining of a
  refused body. A reaper thread shuts the socket for reading when the deadline passes, which ends a
  read blocked on a client that sends a byte now and then (slowloris); the handler then answers 408.
- **Token and size before the body.** Content-Length is compared with the limit from the headers;
  the form's token comes from the `X-Repcheck-Token` header or from the form's first part (the page
  puts the hidden field first), so a wrong token is refused before a byte of any file is read. A
  refused body is read and dropped for a few seconds (a browser shows an answer only once its
  upload has gone), never kept.
- **Admission.** At most `max_uploads` bodies are received at once and at most `max_checks`
  requests are past the token (receiving, waiting for the worker or being checked); one more gets
  503 with Retry-After and «занято, попробуйте позже».
- **Streaming.** Uploaded files go to disk as they arrive, a socket read at a time; memory holds
  only the parser's small buffer and the form's short fields.
- **Temporary folders.** Every request folder is registered; `TempFolders.remove_all` (on close,
  on any signal, on an exception) removes them, and none can be made after it has started.
- **Signals.** The first SIGTERM, SIGINT or SIGHUP stops the server cleanly (KeyboardInterrupt in
  the main thread); a second one, or any signal once the stop has begun, removes the uploads at
  once and ends the process.
"""

from __future__ import annotations

import hmac
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from multipart import MultipartError, MultipartSegment, PushMultipartParser, parse_options_header

from repcheck.models.finding import Text

CHUNK = 256 * 1024  # the most one socket read returns
TOKEN_HEADER = "X-Repcheck-Token"
MAX_FIELD = 4096  # bytes of one form field (token, profile); longer is not a form of ours
MAX_PARTS = 10_000  # parts of one form (the body's size bounds them too)


@dataclass(frozen=True)
class ServerLimits:
    """The server's own bounds (the files' limits are `[limits]` in the configuration)."""

    socket_timeout: float = 60.0  # one read or write on a connection may wait this long
    header_seconds: float = 30.0  # the request line and headers, then the form's token, each within this
    upload_seconds: float = 600.0  # the whole body after the token
    send_seconds: float = 120.0  # the answer must be taken within this
    drain_seconds: float = 5.0  # after a refusal, the rest of the body is read and dropped this long
    max_connections: int = 32  # connections served at once; one more gets 503 at once
    max_uploads: int = 4  # bodies received at once
    max_checks: int = 8  # requests past the token at once: receiving, queued for the worker or checked
    retry_after: int = 10  # seconds, in the Retry-After of a 503


BUSY = Text(
    ru="занято, попробуйте позже: сейчас проверяются другие файлы. Файлы не проверены — отправьте их снова "
       "через несколько секунд",
    en="busy, try again later: other files are being checked right now. The files were not checked — send "
       "them again in a few seconds",
)
STOPPING = Text(ru="программа завершает работу; файлы не проверены",
                en="the program is stopping; the files were not checked")
TOO_SLOW = Text(
    ru="загрузка шла слишком долго (дольше {seconds} с) и была прервана; файлы не проверены",
    en="the upload took too long (over {seconds} s) and was stopped; the files were not checked",
)
INCOMPLETE = Text(ru="загрузка прервалась: файл не пришёл целиком",
                  en="the upload broke off: the file did not arrive whole")
BAD_FORM = Text(ru="не удалось разобрать отправленную форму; обновите страницу и отправьте файлы снова",
                en="the form sent could not be read; reload the page and send the files again")
NOT_MULTIPART = Text(
    ru="форма отправлена в неожиданном виде (нужен multipart/form-data); обновите страницу и отправьте файлы снова",
    en="the form was sent in an unexpected way (multipart/form-data is needed); reload the page and send the "
       "files again",
)
NO_LENGTH = Text(ru="размер отправки не указан; отправьте файлы из формы",
                 en="the size of the upload is not given; send the files from the form")
BAD_LENGTH = Text(ru="неверный размер отправки; отправьте файлы из формы",
                  en="the size of the upload is wrong; send the files from the form")
NO_SPACE = Text(ru="не удалось сохранить файл во временную папку: {reason}",
                en="the file could not be saved to the temporary folder: {reason}")


class PageError(Exception):
    """A request refused with a message for the page and an HTTP status."""

    def __init__(self, status: int, message: str, *, drain: int = 0, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.drain = drain  # bytes of the body still unread (when no Body tracks them)
        self.headers = headers or {}


# -- deadlines -------------------------------------------------------------------------------------


class Watch:
    """One connection's deadline: when it passes, the reaper shuts the socket (`how`)."""

    __slots__ = ("sock", "when", "how", "what", "fired")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.when: float | None = None
        self.how = socket.SHUT_RD
        self.what = ""
        self.fired = ""  # the phase whose deadline passed


class Reaper:
    """A thread that ends the phases of connections that run past their deadlines."""

    TICK = 0.1

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._watches: set[Watch] = set()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="repcheck-deadlines", daemon=True)
        self._thread.start()

    def watch(self, sock: socket.socket) -> Watch:
        w = Watch(sock)
        with self._lock:
            self._watches.add(w)
        return w

    def arm(self, w: Watch, seconds: float | None, what: str, how: int = socket.SHUT_RD) -> None:
        """From now on `w` must finish `what` within `seconds` (None: no deadline)."""
        with self._lock:
            w.when = None if seconds is None else time.monotonic() + seconds
            w.what, w.how = what, how

    def forget(self, w: Watch) -> None:
        with self._lock:
            self._watches.discard(w)

    def stop(self) -> None:
        self._stopped.set()

    def _run(self) -> None:
        while not self._stopped.wait(self.TICK):
            now = time.monotonic()
            with self._lock:
                due = [w for w in self._watches if w.when is not None and w.when <= now]
                for w in due:
                    w.when = None
                    w.fired = w.what
            for w in due:
                try:
                    w.sock.shutdown(w.how)  # a blocked read returns b"" at once, a blocked write fails
                except OSError:
                    pass


# -- admission ------------------------------------------------------------------------------------------


class Ticket:
    """A request's place: an upload slot until its body is on disk, a check slot until it is answered."""

    def __init__(self, admission: Admission) -> None:
        self._admission = admission
        self._uploading = True
        self._open = True

    def uploaded(self) -> None:
        with self._admission._lock:
            if self._uploading:
                self._uploading = False
                self._admission.uploads -= 1

    def close(self) -> None:
        self.uploaded()
        with self._admission._lock:
            if self._open:
                self._open = False
                self._admission.checks -= 1


class Admission:
    def __init__(self, max_uploads: int, max_checks: int) -> None:
        self._lock = threading.Lock()
        self.max_uploads = max_uploads
        self.max_checks = max_checks
        self.uploads = 0
        self.checks = 0

    def admit(self) -> Ticket | None:
        """A ticket, or None when the server is full (never waits)."""
        with self._lock:
            if self.uploads >= self.max_uploads or self.checks >= self.max_checks:
                return None
            self.uploads += 1
            self.checks += 1
        return Ticket(self)


# -- temporary folders ---------------------------------------------------------------------------------


class TempFolders:
    """The request folders (mode 0700) under `root` (the system's temporary folder by default).

    `new` refuses once `close` has begun; `remove_all` removes every folder, retrying while a
    request thread still writes into one (once a folder is gone nothing can be made inside it).
    The lock is reentrant: a signal handler may call `remove_all` in the main thread while it holds it.
    """

    PREFIX = "repcheck-web-"

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = str(root) if root is not None else None
        self._lock = threading.RLock()
        self._active: set[str] = set()
        self.closed = False

    def new(self, lang: str = "ru") -> Path:
        with self._lock:
            if self.closed:
                raise PageError(HTTPStatus.SERVICE_UNAVAILABLE, STOPPING.get(lang))
            folder = tempfile.mkdtemp(prefix=self.PREFIX, dir=self.root)
            self._active.add(folder)
        return Path(folder)

    def remove(self, folder: str | Path | None) -> None:
        if folder is None:
            return
        _rmtree(str(folder))
        with self._lock:
            self._active.discard(str(folder))

    def close(self) -> None:
        with self._lock:
            self.closed = True

    def remove_all(self) -> None:
        with self._lock:
            self.closed = True
            active = list(self._active)
        for folder in active:
            _rmtree(folder)
            with self._lock:
                self._active.discard(folder)

    def active(self) -> list[str]:
        with self._lock:
            return sorted(self._active)


def _rmtree(folder: str, tries: int = 20) -> None:
    for _ in range(tries):
        shutil.rmtree(folder, ignore_errors=True)
        if not os.path.lexists(folder):
            return
        time.sleep(0.01)  # a request thread made a file inside while it was being removed


# -- the server ----------------------------------------------------------------------------------------


class BoundedServer(ThreadingHTTPServer):
    """ThreadingHTTPServer with a cap on connections, a deadline reaper and an admission counter."""

    daemon_threads = True
    allow_reuse_address = os.name != "nt"  # on Windows SO_REUSEADDR would share a busy port
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], handler: type[BaseHandler], limits: ServerLimits,
                 lang: str = "ru", log: Callable[[str], None] | None = None) -> None:
        self.limits = limits
        self.lang = lang
        self.log = log
        self.admission = Admission(limits.max_uploads, limits.max_checks)
        self._conn_lock = threading.Lock()
        self.connections = 0
        self.reaper = Reaper()
        try:
            super().__init__(address, handler)
        except BaseException:
            self.reaper.stop()
            raise

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._conn_lock:
            full = self.connections >= self.limits.max_connections
            if not full:
                self.connections += 1
        if full:
            self._refuse(request)
            self.shutdown_request(request)
            return
        thread = threading.Thread(target=self._serve_one, args=(request, client_address),
                                  name="repcheck-connection", daemon=True)
        try:
            thread.start()
        except RuntimeError:  # no thread can be started: answer as if full
            self._release()
            self._refuse(request)
            self.shutdown_request(request)

    def _serve_one(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            self._release()

    def _release(self) -> None:
        with self._conn_lock:
            self.connections -= 1

    def _refuse(self, sock: socket.socket) -> None:
        """503 «занято» from the accepting thread: a few hundred bytes, never waits on the client."""
        body = (BUSY.get(self.lang)[:1].upper() + BUSY.get(self.lang)[1:] + ".\n").encode("utf-8")
        head = ("HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\nRetry-After: {self.limits.retry_after}\r\n"
                "Cache-Control: no-store\r\nConnection: close\r\n\r\n").encode("ascii")
        try:
            sock.settimeout(1.0)
            sock.sendall(head + body)
        except OSError:
            pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return  # the client went away
        if self.log is not None:
            self.log(f"{type(exc).__name__}: {exc}")

    def server_close(self) -> None:
        super().server_close()
        self.reaper.stop()


PHASES = {  # phase -> (its deadline in ServerLimits, how the reaper ends it)
    "headers": ("header_seconds", socket.SHUT_RD),
    "token": ("header_seconds", socket.SHUT_RD),
    "upload": ("upload_seconds", socket.SHUT_RD),
    "check": (None, socket.SHUT_RD),
    "send": ("send_seconds", socket.SHUT_RDWR),
    "drain": ("drain_seconds", socket.SHUT_RD),
}


class BaseHandler(BaseHTTPRequestHandler):
    """Request mechanics shared by the page's handler: phases, the body, the form, draining."""

    server: BoundedServer
    body: Body | None = None

    def setup(self) -> None:
        self.timeout = self.server.limits.socket_timeout
        super().setup()
        self.watch = self.server.reaper.watch(self.connection)
        self.phase("headers")

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.reaper.forget(self.watch)

    def parse_request(self) -> bool:
        ok = super().parse_request()
        self.phase("send")  # the headers are in: a GET answers now, a POST re-arms for its body
        return ok

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if self.watch.fired == "headers":  # a request line or headers cut short by their deadline
            code, message, explain = HTTPStatus.REQUEST_TIMEOUT, None, None
            self.request_version = self.protocol_version  # a status line even for a half request line
        super().send_error(code, message, explain)

    @property
    def lang(self) -> str:
        return self.server.lang

    def phase(self, what: str) -> None:
        key, how = PHASES[what]
        seconds = None if key is None else getattr(self.server.limits, key)
        self.server.reaper.arm(self.watch, seconds, what, how)

    # -- the body

    def content_length(self) -> int:
        raw = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding"):
            raise PageError(HTTPStatus.LENGTH_REQUIRED if raw is None else HTTPStatus.BAD_REQUEST,
                            (NO_LENGTH if raw is None else BAD_LENGTH).get(self.lang))
        if raw is None:
            return 0
        raw = raw.strip()
        if not raw.isdigit() or not raw.isascii():
            raise PageError(HTTPStatus.BAD_REQUEST, BAD_LENGTH.get(self.lang))
        return int(raw)

    def begin_form(self, limit: int, too_large: Callable[[int], str]) -> FormReader:
        """The form's size and type from the headers (nothing is read yet), then its reader."""
        length = self.content_length()
        self.body = Body(self, length)
        if length > limit:
            raise PageError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, too_large(length))
        boundary = form_boundary(self.headers.get("Content-Type", ""))
        if boundary is None:
            raise PageError(HTTPStatus.BAD_REQUEST, NOT_MULTIPART.get(self.lang))
        return FormReader(self.body.chunks(), boundary, length, self.lang)

    def token_ok(self, form: FormReader, token: str) -> bool:
        """The token from the header, or else from the form's first part (read under a short deadline)."""
        sent = self.headers.get(TOKEN_HEADER)
        if sent is not None:
            return hmac.compare_digest(sent.strip().encode("utf-8", "replace"), token.encode())
        self.phase("token")
        return form.token_first(token)

    def unread(self, exc: PageError) -> int:
        """Bytes of the body worth draining after a refusal (none once the stream broke)."""
        if self.body is None:
            return exc.drain
        return 0 if self.body.broken else self.body.left

    def drain(self, length: int) -> None:
        """Read and drop the unread body (a browser shows an answer only after its upload ends)."""
        if length <= 0:
            return
        self.phase("drain")
        try:
            while length > 0:
                chunk = self.rfile.read1(min(CHUNK, length))
                if not chunk:
                    break
                length -= len(chunk)
        except OSError:
            pass


class Body:
    """The request body as it arrives: at most Content-Length bytes, one socket read at a time."""

    def __init__(self, handler: BaseHandler, length: int) -> None:
        self.handler = handler
        self.left = length
        self.broken = False

    def chunks(self) -> Iterator[bytes]:
        h = self.handler
        while self.left > 0:
            try:
                chunk = h.rfile.read1(min(CHUNK, self.left))
            except TimeoutError:
                self.broken = True
                raise self._too_slow(h.server.limits.socket_timeout) from None
            except OSError:
                chunk = b""
            if not chunk:
                self.broken = True
                if h.watch.fired in ("token", "upload"):
                    key = "header_seconds" if h.watch.fired == "token" else "upload_seconds"
                    raise self._too_slow(getattr(h.server.limits, key))
                raise PageError(HTTPStatus.BAD_REQUEST, INCOMPLETE.get(h.lang))
            self.left -= len(chunk)
            yield chunk

    def _too_slow(self, seconds: float) -> PageError:
        lang = self.handler.lang
        shown = f"{seconds:g}" if lang == "en" else f"{seconds:g}".replace(".", ",")
        return PageError(HTTPStatus.REQUEST_TIMEOUT, TOO_SLOW.get(lang).format(seconds=shown))


# -- the form ------------------------------------------------------------------------------------------


def form_boundary(content_type: str) -> str | None:
    ctype, options = parse_options_header(content_type)
    if ctype != "multipart/form-data":
        return None
    boundary = options.get("boundary") or ""
    return boundary if 0 < len(boundary) <= 200 and "\n" not in boundary else None


def _header_text(value: str | None) -> str:
    """A part's name or file name: the parser reads headers as latin-1, browsers send UTF-8."""
    if value is None:
        return ""
    return value.encode("latin-1", "replace").decode("utf-8", "replace")


@dataclass
class Upload:
    fields: dict[str, str] = field(default_factory=dict)
    files: list[tuple[str, Path | None]] = field(default_factory=list)  # (name as sent, its bytes on disk or None)
    count: int = 0  # files in the form; past `max_files` they are counted, neither kept nor listed
    folder: Path | None = None


class FormReader:
    """A multipart/form-data body parsed as it arrives: short fields kept, files streamed to disk."""

    def __init__(self, chunks: Iterator[bytes], boundary: str, length: int = -1, lang: str = "ru") -> None:
        self.lang = lang
        self.upload = Upload()
        self._parser = PushMultipartParser(boundary, content_length=length, header_charset="latin-1",
                                           max_segment_count=MAX_PARTS)
        self._events = self._iterate(chunks)

    def _iterate(self, chunks: Iterator[bytes]) -> Iterator[MultipartSegment | bytes | None]:
        try:
            for chunk in chunks:
                yield from self._parser.parse(chunk)
            self._parser.close()  # raises if the form did not end
        except MultipartError as exc:
            raise PageError(HTTPStatus.BAD_REQUEST, BAD_FORM.get(self.lang)) from exc

    def _next_segment(self) -> MultipartSegment | None:
        event = next(self._events, None)
        if event is None:
            return None
        if not isinstance(event, MultipartSegment):  # cannot happen with the parser's event order
            raise PageError(HTTPStatus.BAD_REQUEST, BAD_FORM.get(self.lang))
        return event

    def _value(self) -> str:
        """The current part's body as a short text field."""
        data = bytearray()
        for event in self._events:
            if event is None:
                break
            data += event  # type: ignore[operator]
            if len(data) > MAX_FIELD:
                raise PageError(HTTPStatus.BAD_REQUEST, BAD_FORM.get(self.lang))
        return data.decode("utf-8", "replace").strip()

    def _skip(self) -> int:
        size = 0
        for event in self._events:
            if event is None:
                break
            size += len(event)  # type: ignore[arg-type]
        return size

    def token_first(self, token: str) -> bool:
        """True if the form's first part is the field `token` holding `token`; nothing else is read."""
        seg = self._next_segment()
        if seg is None or seg.name != "token" or seg.filename is not None:
            return False
        value = self._value()
        self.upload.fields["token"] = value
        return hmac.compare_digest(value.encode("utf-8", "replace"), token.encode())

    def rest(self, *, keep: Callable[[str], bool], folder: Callable[[], Path], max_files: int,
             fields: tuple[str, ...] = ("token", "profile")) -> Upload:
        """The rest of the form: `fields` kept, the parts named `files` written under `folder()` (made
        when the first file to keep arrives) if `keep(name as sent)`, others read and dropped."""
        up = self.upload
        while (seg := self._next_segment()) is not None:
            if seg.filename is None:
                value = self._value()
                name = _header_text(seg.name)
                if name in fields and name not in up.fields:
                    up.fields[name] = value
                continue
            if seg.name != "files":
                self._skip()
                continue
            sent = _header_text(seg.filename)
            if up.count < max_files and sent and keep(sent):
                if up.folder is None:
                    up.folder = folder()
                path = up.folder / f"part-{up.count + 1:02d}"
                size = self._save(path)
                up.count += 1
                up.files.append((sent, path))
                continue
            size = self._skip()
            if sent or size:  # an empty file input sends filename="" and no bytes
                up.count += 1
                if up.count <= max_files:
                    up.files.append((sent, None))
        return up

    def _save(self, path: Path) -> int:
        size = 0
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb", buffering=0) as fh:
                for event in self._events:
                    if event is None:
                        break
                    fh.write(event)  # type: ignore[arg-type]
                    size += len(event)  # type: ignore[arg-type]
        except OSError as exc:
            raise PageError(HTTPStatus.INTERNAL_SERVER_ERROR,
                            NO_SPACE.get(self.lang).format(reason=exc.strerror or exc)) from exc
        return size


# -- signals -------------------------------------------------------------------------------------------


class StopSignals:
    """SIGTERM, SIGINT and SIGHUP while the server runs (only in the main thread; a no-op elsewhere).

    The first signal raises KeyboardInterrupt in the main thread, which leaves `serve_forever` for
    the normal clean-up. Once the stop has begun (that signal, or `stopping()` after «Завершить
    работу»), a further signal calls `emergency` (remove the uploads, kill the worker) and ends
    the process at once, so a second Ctrl+C or SIGTERM never interrupts the clean-up half-way.
    """

    NAMES = ("SIGTERM", "SIGINT", "SIGHUP")

    def __init__(self, emergency: Callable[[], None]) -> None:
        self.emergency = emergency
        self.stop_begun = False
        self._old: dict[int, Any] = {}

    def __enter__(self) -> StopSignals:
        if threading.current_thread() is threading.main_thread():
            for name in self.NAMES:
                sig = getattr(signal, name, None)
                if sig is not None:
                    self._old[sig] = signal.signal(sig, self._on_signal)
        return self

    def __exit__(self, *exc: object) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)
        self._old.clear()

    def stopping(self) -> None:
        self.stop_begun = True

    def _on_signal(self, signum: int, frame: object) -> None:
        if not self.stop_begun:
            self.stop_begun = True
            raise KeyboardInterrupt
        try:
            self.emergency()
        finally:
            os._exit(128 + signum)
