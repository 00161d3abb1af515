"""`repcheck serve` (checker/webapp.py): the local web page, over real HTTP on a loopback port.

One server (and its worker process) serves most tests; those that need other limits or stop the
server start their own. The report checked is invented here, with one planted defect: the
mandatory section «Распространение опыта» of the generic profile is missing.
"""

from __future__ import annotations

import html
import http.client
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from repcheck.config import Config, Limits
from repcheck import webapp
from repcheck.plugins.readers import legacy
from repcheck.webapp import HOST, CheckFailed, WebApp, Worker, display_name, generated_names
from repcheck.webserver import FormReader, form_boundary

REPORT = """Отчёт о деятельности инновационной площадки за 2024 год
МБОУ «Школа № 5 города Энска»

1. Общие сведения
Полное наименование: муниципальное бюджетное общеобразовательное учреждение «Школа № 5».
Руководитель площадки: Иванова Мария Петровна, директор.

2. Цель и задачи
Цель: развитие читательской грамотности обучающихся 5–7 классов.

3. Сроки и этапы реализации
Проект реализуется с 01.09.2023 по 31.05.2026; отчётный период — 2024 год.

4. Содержание деятельности за отчётный период
Проведены семинары для педагогов и открытые уроки по смысловому чтению.

5. Результаты
Доля обучающихся, выполнивших диагностическую работу на базовом уровне, выросла с 54 до 68 %.

6. Выводы и перспективы
Площадка продолжит работу по плану второго этапа.
"""
MISSING = "не найдены разделы, обычные для отчётов площадок: «Распространение опыта»"


# -- helpers -----------------------------------------------------------------------------------------


class Running:
    def __init__(self, app: WebApp) -> None:
        self.app = app
        self.thread = threading.Thread(target=app.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.app.shutdown()
        self.thread.join(10)
        self.app.close()


def start(tmp: Path, **limits: float) -> Running:
    tmp.mkdir(parents=True, exist_ok=True)
    config = Config(cache=False, limits=Limits(**limits)) if limits else Config(cache=False)
    return Running(WebApp(config, port=0, temp_root=tmp))


def request(app: WebApp, method: str, path: str, body: bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    conn = http.client.HTTPConnection(HOST, app.port, timeout=120)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data.decode("utf-8", "replace")
    finally:
        conn.close()


def multipart(fields: dict[str, str], files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    """A multipart/form-data body as a browser sends it (file names raw UTF-8, quotes as %22)."""
    boundary = "----repcheckTest" + secrets.token_hex(8)
    out = bytearray()
    for name, value in fields.items():
        out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
        out += value.encode() + b"\r\n"
    for filename, data in files:
        sent = filename.replace('"', "%22")
        out += f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{sent}"\r\n'.encode()
        out += b"Content-Type: application/octet-stream\r\n\r\n" + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return bytes(out), f"multipart/form-data; boundary={boundary}"


def post(app: WebApp, files: list[tuple[str, bytes]], token: str | None = "", path: str = "/check",
         profile: str = "", headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    fields = {} if token is None else {"token": token or app.token}
    fields["profile"] = profile
    body, ctype = multipart(fields, files)
    return request(app, "POST", path, body, {"Content-Type": ctype, **(headers or {})})


def plain(page: str) -> str:
    """The text of a page as a person reads it: no tags (the report marks evidence up), no entities."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def check(app: WebApp, files: list[tuple[str, bytes]], **kw: str) -> tuple[int, str, str]:
    """POST, follow the redirect: (status of the POST, location, page)."""
    status, headers, text = post(app, files, **kw)
    if status != 303:
        return status, "", text
    location = headers["location"]
    s2, _h, page = request(app, "GET", location)
    assert s2 == 200
    return status, location, page


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("webapp-temp")
    running = start(tmp)
    running.app.worker.warm(running.app.config)
    yield running.app
    running.stop()


# -- the form ----------------------------------------------------------------------------------------


def test_form_is_russian_and_carries_the_token(server: WebApp) -> None:
    status, headers, page = request(server, "GET", "/")
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert '<html lang="ru">' in page
    assert "Проверка отчёта инновационной площадки" in page
    assert ">Проверить</button>" in page
    assert f'name="token" value="{server.token}"' in page
    assert 'enctype="multipart/form-data"' in page and "multiple" in page
    assert "автоматически" in page
    for name, title in server.profiles:
        assert f'<option value="{name}">{title}</option>' in page
    for ext in (".docx", ".pdf", ".odt", ".rtf", ".txt"):
        assert ext in page
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_upload_shows_the_report_with_the_finding(server: WebApp) -> None:
    status, location, page = check(server, [("Отчёт школы № 5.txt", REPORT.encode())])
    assert status == 303 and location.startswith("/result/")
    assert MISSING in plain(page)
    assert "Проверить другой файл" in page and 'href="/"' in page
    assert f'href="{location}/download"' in page
    assert "«Отчёт школы № 5.txt»" in page  # the user's name, not the generated one
    assert "rc-upload" not in page and str(server.temp_root) not in page
    # The download is the same report as a file, without the page's bar.
    s, headers, report = request(server, "GET", f"{location}/download")
    assert s == 200
    assert headers["content-disposition"].startswith("attachment;")
    assert "filename*=UTF-8''repcheck-" in headers["content-disposition"]
    assert MISSING in plain(report) and "Проверить другой файл" not in report
    assert report.lstrip().startswith("<!DOCTYPE html>")


def test_profile_choice_is_applied(server: WebApp) -> None:
    _s, _l, page = check(server, [("report.txt", REPORT.encode())], profile="mip-report")
    # the form chosen is named by its title, not by the profile's identifier
    assert "Форма отчёта: Промежуточный/итоговый отчёт МИП" in plain(page) and "mip-report" not in plain(page)
    status, _h, text = post(server, [("report.txt", REPORT.encode())], profile="no-such-form")
    assert status == 400 and "неизвестная форма отчёта" in text.lower()


def test_several_files_in_one_upload(server: WebApp) -> None:
    _s, _l, page = check(server, [("первый.txt", REPORT.encode()), ("второй.txt", REPORT.replace("5", "7").encode())])
    assert "«первый.txt»" in page and "«второй.txt»" in page


# -- refusals ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "wrong-token", ""])
def test_post_without_the_right_token_is_forbidden(server: WebApp, token: str | None) -> None:
    before = set(os.listdir(server.temp_root))
    if token == "":
        token = "x" * len(server.token)
    status, _h, page = post(server, [("report.txt", REPORT.encode())], token=token)
    assert status == 403
    assert "форма устарела" in page.lower()
    assert MISSING not in page
    assert set(os.listdir(server.temp_root)) == before  # nothing was written


def test_quit_needs_the_token_too(server: WebApp) -> None:
    status, _h, _page = post(server, [], token="wrong", path="/quit")
    assert status == 403
    assert request(server, "GET", "/")[0] == 200  # still running


def test_foreign_host_or_origin_is_refused(server: WebApp) -> None:
    # DNS rebinding: a page of another site that resolves to 127.0.0.1 sends its own Host.
    status, _h, page = request(server, "GET", "/", headers={"Host": f"evil.example:{server.port}"})
    assert status == 403 and "Откройте страницу проверки" in page
    status, _h, _page = post(server, [("report.txt", REPORT.encode())],
                             headers={"Origin": "http://evil.example"})
    assert status == 403


def test_oversized_body_is_refused_with_413(tmp_path: Path) -> None:
    running = start(tmp_path, max_file_mb=0.05)
    try:
        big = b"x" * (1024 * 1024)
        status, _h, page = post(running.app, [("big.txt", big)])
        assert status == 413
        assert "файлы слишком большие" in page.lower()
        assert "не больше 0,05 МБ" in page and "limits.max-file-mb" in page
        assert os.listdir(tmp_path) == []
    finally:
        running.stop()


def test_unreadable_upload_shows_the_russian_error(server: WebApp) -> None:
    junk = secrets.token_bytes(4000)
    status, _l, page = check(server, [("отчёт.docx", junk)])
    assert status == 303
    assert "Файл «отчёт.docx» не удалось прочитать" in page
    assert "Это не файл .docx" in page


def test_wrong_type_is_refused_in_russian(server: WebApp) -> None:
    status, _h, page = post(server, [("фото.jpg", b"\xff\xd8\xff\xe0 not a report")])
    assert status == 400
    assert "«фото.jpg»: файлы .jpg программа не проверяет" in page
    assert f'name="token" value="{server.token}"' in page  # the form again, ready for another try


def test_wrong_type_beside_a_report_is_skipped_with_a_note(server: WebApp) -> None:
    _s, _l, page = check(server, [("фото.jpg", b"\xff\xd8"), ("отчёт.txt", REPORT.encode())])
    assert "Файл «фото.jpg» не проверен: файлы .jpg программа не проверяет" in plain(page) and MISSING in plain(page)


def _accept(page: str) -> set[str]:
    return set(re.search(r'accept="([^"]*)"', page).group(1).split(","))


def _hint(page: str) -> str:
    return plain(re.search(r'<p class="hint">([^<]*Не больше)', page).group(1))


@pytest.mark.skipif(legacy.find_soffice() is None, reason="LibreOffice is not installed here")
def test_doc_is_offered_when_libreoffice_can_convert_it(server: WebApp) -> None:
    page = request(server, "GET", "/")[2]
    assert {".doc", ".xls", ".docx", ".pdf", ".odt", ".rtf", ".txt"} <= _accept(page)
    assert _hint(page).startswith("Word (.docx, .doc), PDF, OpenDocument (.odt), RTF или текст (.txt).")


def test_without_libreoffice_doc_is_neither_offered_nor_accepted(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy, "find_soffice", lambda: None)
    running = start(tmp_path)
    try:
        app = running.app
        page = request(app, "GET", "/")[2]
        accept = _accept(page)
        assert ".doc" not in accept and ".xls" not in accept and {".docx", ".pdf", ".txt"} <= accept
        assert _hint(page).startswith("Word (.docx), PDF, OpenDocument (.odt), RTF или текст (.txt).")
        status, _h, page = post(app, [("отчёт.doc", b"\xd0\xcf\x11\xe0 old word")])
        assert status == 400
        text = plain(page)
        assert "«отчёт.doc»: файлы .doc здесь не проверить" in text and "LibreOffice" in text
        assert "сохраните его как .docx" in text
        _s, _l, page = check(app, [("отчёт.doc", b"\xd0\xcf"), ("отчёт.txt", REPORT.encode())])
        assert "Файл «отчёт.doc» не проверен: файлы .doc здесь не проверить" in plain(page)
        assert os.listdir(tmp_path) == []
    finally:
        running.stop()


def test_a_junk_xls_is_not_read_and_never_scored(server: WebApp) -> None:
    """A text file named .xls used to be read as text and scored; it is «не прочитан» now."""
    _s, _l, page = check(server, [("таблица.xls", "не таблица, а текст\n".encode()), ("отчёт.txt", REPORT.encode())])
    text = plain(page)
    assert "«таблица.xls»: не прочитан" in text and "Файл «таблица.xls» не удалось прочитать" in text
    row = re.search(r"<tr>(?:(?!</tr>).)*таблица\.xls(?:(?!</tr>).)*</tr>", page, re.S).group(0)
    assert 'class="score none">—<' in row


def test_the_bar_counts_with_one_word_per_severity(server: WebApp) -> None:
    _s, _l, page = check(server, [("отчёт.txt", REPORT.encode())])
    assert re.search(r"«отчёт\.txt»: ошибок \d+, предупреждений \d+, советов \d+", plain(page))
    assert "замечаний 0" not in plain(page) and "замечаний 1" not in plain(page)


def test_no_file_chosen(server: WebApp) -> None:
    status, _h, page = post(server, [("", b"")])  # what a browser sends for an empty file input
    assert status == 400 and "Файл не выбран" in page


def test_unknown_result_and_page(server: WebApp) -> None:
    assert request(server, "GET", "/result/AAAAAAAAAAAAAAAAAAAAAA")[0] == 404
    status, _h, page = request(server, "GET", "/etc/passwd")
    assert status == 404 and "Страница не найдена" in page


# -- the files on disk ---------------------------------------------------------------------------------


def test_temp_files_are_gone_after_the_request(server: WebApp) -> None:
    assert os.listdir(server.temp_root) == []
    check(server, [("report.txt", REPORT.encode())])
    check(server, [("bad.docx", b"PK\x03\x04 broken")])
    assert os.listdir(server.temp_root) == []


def test_client_names_never_reach_the_file_system(server: WebApp, tmp_path: Path) -> None:
    outside = Path(server.temp_root).parent
    evil = "../../../repcheck-evil.txt"
    _s, _l, page = check(server, [(evil, REPORT.encode()), ("/etc/cron.d/Отчёт.txt", REPORT.encode())])
    assert "«repcheck-evil.txt»" in page and "«Отчёт.txt»" in page
    assert not (outside / "repcheck-evil.txt").exists()
    assert not list(Path("/tmp").glob("repcheck-evil*"))
    assert os.listdir(server.temp_root) == []


def test_generated_names() -> None:
    exts = {".docx", ".pdf", ".txt"}
    got = generated_names(["Отчёт.docx", "Отчёт.PDF", "другой.docx", "x.exe", "..", "a.docx"], exts)
    assert got[0] is not None and got[1] is not None and got[2] is not None
    assert got[0].parent != got[1].parent  # one folder per file
    assert got[0].stem == got[1].stem  # one report in two formats keeps one stem (D503)
    assert got[2].stem != got[0].stem
    assert got[3] is None and got[4] is None
    assert all(p is None or re.fullmatch(r"\d\d/rc-upload-\d+\.[a-z0-9]+", p.as_posix()) for p in got)


def test_results_name_the_users_files_not_the_generated_ones() -> None:
    from repcheck.models.results import FileResult
    from repcheck.models.finding import Category, Finding, Severity, Text

    gen_a, gen_b = "/tmp/repcheck-web-x/01/rc-upload-1.docx", "/tmp/repcheck-web-x/02/rc-upload-2.docx"
    names = {gen_a: "Школа 5.docx", gen_b: "Гимназия 3.docx"}
    fr = FileResult(path=gen_a, findings=[Finding(
        code="D503", rule="cross-report-duplicate", category=Category.DUPLICATION, severity=Severity.WARNING,
        message=Text(ru="фрагмент совпадает с текстом отчёта «rc-upload-2.docx»",
                     en="the passage is shared with “rc-upload-2.docx”"),
        related=[gen_b],
    )])
    webapp._rename(fr, names)
    assert fr.path == "Школа 5.docx"
    assert fr.findings[0].message.ru == "фрагмент совпадает с текстом отчёта «Гимназия 3.docx»"
    assert fr.findings[0].related == ["Гимназия 3.docx"]


def test_display_name() -> None:
    assert display_name("C:\\fakepath\\Отчёт 2024.docx", 1) == "Отчёт 2024.docx"
    assert display_name("../../a\x00b.txt", 1) == "ab.txt"
    assert display_name("", 3) == "файл 3"


def test_form_reader_streams_files_to_disk_and_keeps_names(tmp_path: Path) -> None:
    data = secrets.token_bytes(50_000) + b"\r\n--\r\n\r"
    body, ctype = multipart({"token": "T", "profile": ""}, [('Отчёт "1".docx', data), ("фото.jpg", b"\xff\xd8"),
                                                          ("", b"")])
    boundary = form_boundary(ctype)
    assert boundary is not None
    form = FormReader(iter([body[i:i + 777] for i in range(0, len(body), 777)]), boundary, len(body))
    assert form.token_first("T")
    made: list[Path] = []

    def folder() -> Path:
        made.append(tmp_path / "req")
        made[-1].mkdir()
        return made[-1]

    up = form.rest(keep=lambda sent: sent.endswith(".docx"), folder=folder, max_files=20)
    assert up.fields == {"token": "T", "profile": ""}
    assert up.count == 2  # the empty file input is not a file
    (sent, path), (sent2, path2) = up.files
    assert display_name(sent, 1) == 'Отчёт "1".docx'
    assert path is not None and path.read_bytes() == data and path.parent == made[0]
    assert sent2 == "фото.jpg" and path2 is None  # a type not read: listed, its bytes dropped
    assert sorted(p.name for p in made[0].iterdir()) == ["part-01"]


def test_form_reader_refuses_a_first_part_that_is_not_the_token(tmp_path: Path) -> None:
    body, ctype = multipart({"profile": "", "token": "T"}, [("a.txt", b"x" * 1000)])
    form = FormReader(iter([body]), form_boundary(ctype) or "", len(body))
    assert not form.token_first("T")
    body, ctype = multipart({"token": "wrong"}, [("a.txt", b"x")])
    assert not FormReader(iter([body]), form_boundary(ctype) or "", len(body)).token_first("T")


# -- time limits -------------------------------------------------------------------------------------


def test_a_check_past_its_time_is_stopped_and_the_worker_replaced(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    job = {"config": Config(cache=False), "names": {str(report): "r.txt"}, "use_cache": False}
    worker = Worker()
    try:
        with pytest.raises(CheckFailed, match="была остановлена"):
            worker.call(job, timeout=0.001)  # not even the worker's start fits
        out = worker.call(job, timeout=120)  # a new worker takes over
        assert MISSING in plain(out["html"]) and out["files"][0]["name"] == "r.txt"
    finally:
        worker.stop()


def test_the_page_says_when_the_check_ran_out_of_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(webapp, "CHECK_MARGIN", 0.0)
    running = start(tmp_path, timeout_seconds=0.001)
    try:
        status, _h, page = post(running.app, [("report.txt", REPORT.encode())])
        assert status == 500
        assert "была остановлена" in page and "limits.timeout-seconds" in page
        assert os.listdir(tmp_path) == []
        assert request(running.app, "GET", "/")[0] == 200  # the server goes on
    finally:
        running.stop()


# -- the server ----------------------------------------------------------------------------------------


def _outside_address() -> str | None:
    """This machine's address on a non-loopback interface, if it has one (no packet is sent)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))
            addr = s.getsockname()[0]
    except OSError:
        return None
    return None if addr.startswith("127.") or addr == "0.0.0.0" else addr


def test_binds_loopback_only(server: WebApp) -> None:
    assert server.httpd.server_address[0] == "127.0.0.1"
    assert server.httpd.socket.getsockname()[0] == "127.0.0.1"
    assert server.url == f"http://127.0.0.1:{server.port}/"
    other = _outside_address()
    if other is not None:
        with pytest.raises(OSError):
            socket.create_connection((other, server.port), timeout=2).close()


def test_busy_port_falls_back_to_a_free_one(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind((HOST, 0))
        busy.listen()
        port = busy.getsockname()[1]
        app = WebApp(Config(cache=False), port=port, temp_root=tmp_path)
        try:
            assert app.port != port and app.port_fallback
        finally:
            app.close()


def test_quit_button_stops_the_server(tmp_path: Path) -> None:
    running = start(tmp_path)
    status, _h, page = post(running.app, [], path="/quit")
    assert status == 200 and "Программа остановлена" in page
    running.thread.join(10)
    assert not running.thread.is_alive()
    running.app.close()


@pytest.mark.skipif(not hasattr(signal, "SIGINT") or os.name == "nt", reason="POSIX signals")
def test_cli_serve_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    env = {**os.environ, "REPCHECK_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.Popen([sys.executable, "-m", "repcheck", "serve", "--no-browser", "--port", "0", "--no-cache"],
                            stderr=subprocess.PIPE, text=True, cwd=tmp_path, env=env)
    try:
        line = proc.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert m, line
        conn = http.client.HTTPConnection(HOST, int(m.group(1)), timeout=30)
        conn.request("GET", "/")
        assert conn.getresponse().status == 200
        conn.close()
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(20) == 0
        rest = proc.stderr.read()
        assert "остановлено" in rest and "Traceback" not in rest
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_an_exception_in_the_server_loop_still_removes_the_uploads(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    made: list[Path] = []

    def boom(self: WebApp) -> None:
        folder = self.folders.new()  # an upload in progress when the loop fails
        (folder / "part-01").write_bytes(REPORT.encode())
        made.append(folder)
        raise RuntimeError("a bug in the loop")

    monkeypatch.setattr(WebApp, "serve_forever", boom)
    with pytest.raises(RuntimeError, match="a bug in the loop"):
        webapp.serve(Config(cache=False), port=0, browser=False, quiet=True)
    assert made and not made[0].exists()
    assert not list(tmp_path.glob("repcheck-web-*"))

