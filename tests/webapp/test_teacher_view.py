"""The teacher's page in a real headless Chromium, at 1280 px (a laptop) and 390 px (a phone):
the form and the result served by the real server on a loopback port, and the HTML report that
`repcheck check --format html` writes, opened as a file.

On every page: no horizontal overflow (the document no wider than the window, no card or box
wider than itself), no word a teacher should not meet (identifiers, English labels, command-line
options, the score formula, internal scores: the deny-list of tests/workflows/test_html_teacher.py),
and no heading or label broken in the middle of a word. The screenshots are saved in the folder
REPCHECK_SCREENSHOTS names (the README's picture, docs/teacher-page.png, is teacher-1280.png: one
report checked on a laptop), else in the test's temporary folder.

Skipped, with the reason, where no Chromium is found.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from repcheck.cli import main
from repcheck.plugins.readers import legacy
from tests.webapp.browser import Browser, find_browser
from tests.webapp.test_webapp import start
from tests.workflows.test_html_teacher import CORPUS, ONE_EMPTY, teacher_problems

EXE = find_browser()
pytestmark = pytest.mark.skipif(
    EXE is None, reason="no Chromium found (apt-get install chromium): the page is not looked at in a browser here"
)

WIDTHS = [pytest.param(1280, 900, False, id="1280px"), pytest.param(390, 844, True, id="390px")]

LONG_NAME = ("Отчёт_о_реализации_инновационного_проекта_МБОУ_СОШ_№_5_за_2024_год_"
             "окончательная_версия_после_правок_методиста.txt")
KIP_NAME = "Годовой отчёт КИП за 2023 год.txt"

# Containers whose content must fit their own width.
BOXES = ".card, .box, .finding, .rc-bar, .rc-notes > div, .error, .help, main, form"

LAYOUT_JS = """(() => {
  const doc = document.documentElement;
  const boxes = Array.from(document.querySelectorAll(%s));
  const wide = boxes.filter(e => e.scrollWidth > e.clientWidth + 1)
    .map(e => `${e.tagName.toLowerCase()}.${e.className}#${e.id}: ${e.scrollWidth} > ${e.clientWidth}`);
  return {scroll: doc.scrollWidth, inner: window.innerWidth, boxes: boxes.length, wide: wide};
})()""" % json.dumps(BOXES)

# Words of headings and labels split over two lines: a range over each word has rectangles on
# more than one line. File names (h2.path, td.file) may break anywhere; they are left out.
BROKEN_JS = """(() => {
  const sel = 'h1, h2:not(.path), h3, th, .badge, .rule, .big, label.title, button, a.rc-btn, a.button, '
            + '.totals div, .summary .muted, td[data-label]:not(.file)';
  const broken = [];
  for (const el of document.querySelectorAll(sel)) {
    if (!el.getClientRects().length) continue;  // not shown at this width
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/[\\p{L}\\p{N}]+/gu)) {
        const r = document.createRange();
        r.setStart(node, m.index);
        r.setEnd(node, m.index + m[0].length);
        const tops = new Set(Array.from(r.getClientRects()).filter(q => q.width > 0).map(q => Math.round(q.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
})()"""


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("отчёты")
    out = {
        "long": folder / LONG_NAME,  # the generic form, one mandatory section left empty
        "kip": folder / KIP_NAME,  # a recognised form with planted defects (corpus/README.md)
        "xls": folder / "таблица.xls",  # text under a spreadsheet's name: not read
        "png": folder / "фото.png",  # not a report at all
        "long_png": folder / LONG_NAME.replace(".txt", "_скан_страницы_1.png"),
    }
    out["long"].write_text(ONE_EMPTY, encoding="utf-8")
    shutil.copyfile(CORPUS / "kip-annual-defects.txt", out["kip"])
    out["xls"].write_text("не таблица, а текст\n", encoding="utf-8")
    for key in ("png", "long_png"):
        out[key].write_bytes(b"\x89PNG\r\n\x1a\n not a report")
    return out


@pytest.fixture(scope="module")
def own_words(files: dict[str, Path]) -> set[str]:
    """Latin words that are the user's own: quoted from the reports, or in the files' folder."""
    import re

    text = files["kip"].read_text(encoding="utf-8") + str(files["kip"].parent)
    return set(re.findall(r"[A-Za-z]{2,}", text))


@pytest.fixture(scope="module")
def html_report(files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "отчёт.html"
    main(["check", "--format", "html", "-o", str(out), "--no-cache", "--quiet",
          str(files["long"]), str(files["kip"]), str(files["xls"])])
    assert out.stat().st_size > 0
    return out


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    running = start(tmp_path_factory.mktemp("webapp-temp"))
    running.app.worker.warm(running.app.config)
    yield running.app
    running.stop()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("REPCHECK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _browser(width: int, height: int, mobile: bool) -> Browser:
    try:
        b = Browser(EXE, width=width, height=height)  # type: ignore[arg-type]
    except (OSError, EOFError, RuntimeError) as exc:  # pragma: no cover - a browser that cannot start
        pytest.skip(f"Chromium did not start: {exc}")
    b.viewport(width, height, mobile)
    return b


def looks_right(b: Browser, width: int, own: set[str], where: str) -> str:
    """The checks every page passes; returns its text."""
    layout = b.js(LAYOUT_JS)
    assert layout["inner"] == width, (where, layout)
    assert layout["scroll"] <= width, (where, "the page scrolls sideways", layout)
    assert layout["boxes"] > 0 and layout["wide"] == [], (where, layout["wide"])
    assert b.js(BROKEN_JS) == [], (where, "words broken over two lines")
    text = b.text()
    assert teacher_problems(text, own) == [], where
    return text


@pytest.mark.parametrize(("width", "height", "mobile"), WIDTHS)
def test_the_teacher_page_at_two_widths(server, files, own_words, shots: Path, width: int, height: int,
                                        mobile: bool) -> None:
    b = _browser(width, height, mobile)
    try:
        b.open(server.url)
        text = looks_right(b, width, own_words, "form")
        hint = b.js("document.querySelector('.hint').innerText")
        assert ("Word (.docx, .doc)" in hint) == (legacy.find_soffice() is not None)
        assert "Проверка отчёта инновационной площадки" in text
        b.screenshot(str(shots / f"form-{width}.png"))

        # a file that is no report, under a long name: refused on the form itself
        b.choose_files("#files", [str(files["long_png"])])
        looks_right(b, width, own_words, "form with a long file name chosen")
        b.then_wait_for_page("document.getElementById('go').click()")
        text = looks_right(b, width, own_words, "form refusing the file")
        assert "Не удалось проверить" in text and "файлы .png программа не проверяет" in text

        # a teacher with one report (the README's picture)
        b.choose_files("#files", [str(files["long"])])
        b.then_wait_for_page("document.getElementById('go').click()")
        text = looks_right(b, width, own_words, "one report")
        assert f"«{LONG_NAME}»: ошибок 1, предупреждений 0, советов 1" in text
        assert "Обязательные разделы заполнены\n6 из 7" in text and "пустых: 1" in text
        b.viewport(width, height + 300, mobile)  # a taller picture: the findings too
        b.screenshot(str(shots / f"teacher-{width}.png"))
        b.viewport(width, height, mobile)

        # a reviewer with a folder's worth: a report of a known form, a junk .xls, a photo
        b.then_wait_for_page("document.querySelector('a.rc-main').click()")
        b.choose_files("#files", [str(files[k]) for k in ("long", "kip", "xls", "png")])
        b.then_wait_for_page("document.getElementById('go').click()")
        assert "/result/" in b.js("location.href")
        text = looks_right(b, width, own_words, "result")
        assert f"«{LONG_NAME}»: ошибок 1, предупреждений 0, советов 1" in text
        assert "«таблица.xls»: не прочитан" in text and "Файл «таблица.xls» не удалось прочитать" in text
        assert "Файл «фото.png» не проверен: файлы .png программа не проверяет" in text
        assert set(b.js("Array.from(document.querySelectorAll('.badge')).map(e => e.innerText.trim())")) == {
            "ошибка", "предупреждение", "совет"}
        sections = b.js("Array.from(document.querySelectorAll('.box.sections .big')).map(e => e.innerText)")
        assert "6 из 7" in sections and "11 из 13" in sections  # empty sections are not counted as filled
        assert "Форма отчёта: не определена" in text
        b.screenshot(str(shots / f"result-{width}.png"))
    finally:
        b.close()


@pytest.mark.parametrize(("width", "height", "mobile"), WIDTHS)
def test_the_html_report_at_two_widths(html_report: Path, own_words, shots: Path, width: int, height: int,
                                       mobile: bool) -> None:
    b = _browser(width, height, mobile)
    try:
        b.open(html_report.as_uri())
        text = looks_right(b, width, own_words, "report")
        assert "Рейтинг отчётов (сначала худшие)" in text and LONG_NAME in text
        # the ranking is a table on a laptop and one card per report on a phone
        display = b.js("getComputedStyle(document.querySelector('table.rank tr')).display")
        assert display == ("block" if width < 720 else "table-row")
        b.screenshot(str(shots / f"report-{width}.png"))
    finally:
        b.close()
