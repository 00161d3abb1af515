"""The HTML report as a teacher reads it (plugins/reporters/html_reporter.py), without a browser:
Russian words only, no formula, no internal score, no command-line option, rules named by their
Russian titles and the form by its title, one word per severity, and mandatory sections counted
as filled only when they are not empty. The same checks in a real browser, at two widths, are in
tests/webapp/test_teacher_view.py.

The reports are invented here (a generic-profile report in seven sections, with one left empty
or also one missing) or whole files of corpus/.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import run
from repcheck.plugin_manager import build_registry
from repcheck.plugins.reporters.html_reporter import render_html

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "text"

FULL = """Отчёт о деятельности инновационной площадки за 2024 год
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

6. Распространение опыта
Педагоги школы выступили на городском методическом объединении учителей литературы.

7. Выводы и перспективы
Площадка продолжит работу по плану второго этапа.
"""
RESULTS = "Доля обучающихся, выполнивших диагностическую работу на базовом уровне, выросла с 54 до 68 %."
SHARING = "6. Распространение опыта\nПедагоги школы выступили на городском методическом объединении учителей литературы.\n\n"
ONE_EMPTY = FULL.replace(RESULTS, "-")
EMPTY_AND_MISSING = ONE_EMPTY.replace(SHARING, "")

# Words a teacher must not meet: identifiers, English labels, flags, the formula, internal scores.
DENY = ("generic", "profile", "error", "warning", "info", "score", "fail", "baseline", "threshold", "advice")
DENY_PATTERNS = (
    r"(?<![\w-])--?[a-z][a-z-]+",  # a command-line option
    r"e\^\(", r"Ш\s*/\s*\d", r"Оценка\s*=",  # the score formula
    r"оценка\s+-?\d+[.,]\d",  # the detection score of a profile
    r"признаки формы",
    r"порог ошибки",
)
ALLOWED_LATIN = {"repcheck", "html", "word", "pdf", "opendocument", "rtf", "docx", "doc", "odt", "txt", "xls",
                 "excel", "libreoffice", "png", "jpg"}


def deny_words() -> set[str]:
    """The fixed list plus every rule's and profile's identifier (kebab-case, English)."""
    reg = build_registry()
    return {*DENY, *(r.name for r in reg.rules.values()), *reg.profiles}


def visible_text(page: str) -> str:
    page = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<[^>]+>", " ", page)
    return re.sub(r"\s+", " ", html.unescape(page))


def teacher_problems(text: str, own_words: set[str] = frozenset()) -> list[str]:
    """What a teacher should not read in `text`: denied words and patterns, Latin words that are
    neither allowed nor the user's own (file names, quoted report text)."""
    out = []
    for w in sorted(deny_words()):
        if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.IGNORECASE):
            out.append(w)
    out += [p for p in DENY_PATTERNS if re.search(p, text)]
    latin = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", text) if not re.fullmatch(r"[IVXLC]+", w)}  # not Roman
    out += sorted(latin - ALLOWED_LATIN - {w.lower() for w in own_words})
    return out


def check(tmp_path: Path, files: dict[str, str | bytes], lang: str = "ru") -> tuple[str, str]:
    paths = []
    for name, content in files.items():
        p = tmp_path / name
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")
        paths.append(p)
    result = run(paths, Config(cache=False), jobs=1, use_cache=False)
    page = render_html(result, lang)
    return page, visible_text(page)


def test_a_teacher_reads_no_formula_flag_internal_score_or_english(tmp_path: Path) -> None:
    kip = (CORPUS / "kip-annual-defects.txt").read_text(encoding="utf-8")
    page, text = check(tmp_path, {
        "Отчёт школы № 5.txt": FULL,  # the generic profile: S104, which used to name --profile
        "Отчёт КИП.txt": kip,
        "таблица.xls": "не таблица, а текст\n",
    })
    # the user's own words: the report's text (quoted as evidence) and the folder of the files
    own = set(re.findall(r"[A-Za-z]{2,}", kip + str(tmp_path)))
    assert teacher_problems(text, own) == []
    # what replaced them
    assert "Оценка от 0 до 100: 100 — замечаний нет" in text
    assert "Форма отчёта: не определена" in text
    assert "Форма отчёта: Годовой отчёт КИП (форма с пунктами 1–16)" in text
    assert "Раздел есть, но не заполнен" in text  # S102 by its Russian title


def test_the_deny_list_catches_what_the_old_report_showed() -> None:
    """The checks above can fail: each thing the report used to show is caught."""
    for shown in ("порог ошибки: error", "профиль: generic — Отчёт", "S102 empty-section",
                  "задайте профиль параметром --profile", "Оценка = 100 × e^(−Ш/40)",
                  "ближе всего: innovation-program (оценка -1.2: признаки формы 0.0)"):
        assert teacher_problems(shown), shown
    assert teacher_problems("Скачать отчёт (HTML) · repcheck 0.1.0 · Word (.docx), PDF") == []


def test_one_word_per_severity(tmp_path: Path) -> None:
    """«ошибка», «предупреждение», «совет» for the severities; «замечание» only for any finding."""
    page, text = check(tmp_path, {"Отчёт.txt": EMPTY_AND_MISSING})
    badges = re.findall(r'<span class="badge (\w+)">([^<]+)</span>', page)
    assert {sev for sev, _ in badges} == {"error", "warning", "info"}  # this report has all three
    assert {(sev, word) for sev, word in badges} == {("error", "ошибка"), ("warning", "предупреждение"),
                                                     ("info", "совет")}
    assert "Советы: 2" in text and "Ошибки: 1" in text and "Предупреждения: 1" in text
    # «замечание» is never a severity: not a total, not a column of the table by category
    assert "Замечания:" not in text
    matrix = re.search(r'<table class="matrix">.*?</thead>', page, re.S).group(0)
    assert "Советы" in matrix and "Замечани" not in matrix


@pytest.mark.parametrize(
    ("report", "shown", "note"),
    [
        (FULL, "7 из 7", None),
        (ONE_EMPTY, "6 из 7", "пустых: 1"),  # present but empty: not filled
        (EMPTY_AND_MISSING, "5 из 7", "нет в отчёте: 1; пустых: 1"),
    ],
)
def test_mandatory_sections_count_only_filled_ones(tmp_path: Path, report: str, shown: str, note: str | None) -> None:
    page, _text = check(tmp_path, {"Отчёт.txt": report})
    box = visible_text(re.search(r'<div class="box sections">.*?</div>\s*</div>', page, re.S).group(0))
    assert f"Обязательные разделы заполнены {shown}" in box
    if note:
        assert note in box
    else:
        assert "пуст" not in box and "нет в отчёте" not in box


def test_a_recognised_form_with_an_empty_and_a_missing_section(tmp_path: Path) -> None:
    """corpus/text/kip-annual-defects.txt: point 14 missing, point 13 only «-» (corpus/README.md)."""
    shutil.copy(CORPUS / "kip-annual-defects.txt", tmp_path / "kip.txt")
    result = run([tmp_path / "kip.txt"], Config(cache=False), jobs=1, use_cache=False)
    st = result.files[0].stats
    assert (st.mandatory_sections, st.mandatory_present, st.mandatory_filled) == (13, 12, 11)
    assert "Обязательные разделы заполнены 11 из 13" in visible_text(render_html(result, "ru"))


def test_a_text_file_named_xls_is_not_read_and_has_no_score(tmp_path: Path) -> None:
    page, text = check(tmp_path, {"таблица.xls": "не таблица, а текст\n", "Отчёт.txt": FULL})
    row = re.search(r"<tr>\s*<td[^>]*>\d+</td>\s*<td class=\"file\"[^>]*><a [^>]*>[^<]*таблица\.xls</a>.*?</tr>",
                    page, re.S)
    assert row is not None
    assert "не прочитан" in row.group(0) and 'class="score none">—<' in row.group(0)
    assert "Файл не прочитан: Файл назван .xls" in text


def test_english_report_has_english_labels(tmp_path: Path) -> None:
    _page, text = check(tmp_path, {"report.txt": ONE_EMPTY}, lang="en")
    assert "Report form: not recognised" in text and "Mandatory sections filled in 6 of 7" in text
    assert "A section is present but empty" in text and "Advice: 1" in text
