"""The web page in a real (headless) Chromium, as a person uses it: choose files, press
«Проверить», read the result; the oversized upload refused by the page itself and by the server.

Skipped where no Chromium is installed. With REPCHECK_SCREENSHOTS=DIR the pages are saved there
as PNG files, to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.webapp.browser import Browser, find_browser
from tests.webapp.test_webapp import MISSING, REPORT, start

EXE = find_browser()
pytestmark = pytest.mark.skipif(EXE is None, reason="no Chromium (apt-get install chromium)")


@pytest.fixture
def browser():
    try:
        b = Browser(EXE)  # type: ignore[arg-type]
    except (OSError, EOFError, RuntimeError) as exc:  # pragma: no cover - a browser that cannot start
        pytest.skip(f"Chromium did not start: {exc}")
    yield b
    b.close()


def _shot(b: Browser, name: str) -> None:
    folder = os.environ.get("REPCHECK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        b.screenshot(str(Path(folder) / f"{name}.png"))


def test_a_person_checks_a_report(browser: Browser, tmp_path: Path) -> None:
    report = tmp_path / "Отчёт школы № 5.txt"
    report.write_text(REPORT, encoding="utf-8")
    photo = tmp_path / "фото.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a report")
    running = start(tmp_path / "temp")
    try:
        app = running.app
        browser.open(app.url)
        text = browser.text()
        assert "Проверка отчёта инновационной площадки" in text and "Файл не выбран" in text
        _shot(browser, "1-form")

        browser.choose_files("#files", [str(report), str(photo)])
        chosen = browser.js("document.getElementById('chosen').innerText")
        assert "Выбрано файлов: 2" in chosen and "Отчёт школы № 5.txt" in chosen and "фото.jpg" in chosen
        _shot(browser, "2-chosen")

        browser.then_wait_for_page("document.getElementById('go').click()")
        assert "/result/" in browser.js("location.href")  # the browser's own POST passed the checks
        text = browser.text()
        assert MISSING in text
        assert "Проверить другой файл" in text and "Скачать отчёт" in text
        assert "Файл «фото.jpg» не проверен" in text
        _shot(browser, "3-result")
        assert os.listdir(app.temp_root) == []

        browser.then_wait_for_page("document.querySelector('a.rc-main').click()")
        assert "Файл не выбран" in browser.text()
    finally:
        running.stop()


def test_a_too_large_file_is_refused_in_russian(browser: Browser, tmp_path: Path) -> None:
    big = tmp_path / "большой.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * 300_000)
    running = start(tmp_path / "temp", max_file_mb=0.01)
    try:
        browser.open(running.app.url)
        browser.choose_files("#files", [str(big)])
        browser.js("document.getElementById('go').click()")  # the page checks the size first
        message = browser.js("document.getElementById('toobig').innerText")
        assert "Файлы слишком большие" in message and "0,01 МБ" in message
        assert "/result/" not in browser.js("location.href")
        _shot(browser, "4-too-large-page")

        browser.then_wait_for_page("document.getElementById('check').submit()")  # past the page's check
        text = browser.text()
        assert "Не удалось проверить" in text and "не больше 0,01 МБ" in text and "limits.max-file-mb" in text
        _shot(browser, "5-too-large-server")
    finally:
        running.stop()
