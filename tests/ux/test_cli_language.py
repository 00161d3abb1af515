"""Every word the command line prints is Russian by default and English with --lang en:
argparse's own words, help texts, errors, profile reasons, periods, counted nouns."""

from __future__ import annotations

import argparse
import ast
import json
import re
from pathlib import Path

import pytest

from repcheck.cli_i18n import RU, RU_PLURAL, ngettext_ru
from repcheck.i18n import count

ROOT = Path(__file__).resolve().parents[2]
DEFECTS = ROOT / "corpus" / "text" / "kip-annual-defects.txt"
HELPS = [(), ("check",), ("baseline",), ("baseline", "create"), ("cache",), ("rules",), ("explain",), ("serve",),
         ("profiles",)]
# Words of a Russian help that are not English prose: command and format names, option values
# (typed as they are), file names and product names.
TOKENS = {"repcheck", "check", "baseline", "create", "cache", "rules", "explain", "serve", "profiles", "rich",
          "json", "html", "csv", "xlsx", "sarif", "junit", "github", "ranking", "table", "text", "error", "warning",
          "info", "never", "dir", "clear", "ru", "en", "toml", "pyproject", "TOML", "Dask", "local", "dask", "N"}
CYRILLIC = re.compile("[А-Яа-яЁё]")


def _prose(text: str) -> list[str]:
    """Latin words of `text` once option names, {choices} and the tokens above are removed."""
    text = re.sub(r"(?<![\w-])--?[a-z][a-z-]*", " ", text)
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"[\w.-]+\.(?:toml|json)\b|tcp://\S+|D503", " ", text)
    return [w for w in re.findall(r"[A-Za-z]+", text) if w not in TOKENS]


def _argparse_msgids() -> tuple[set[str], set[tuple[str, str]]]:
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    single, plural = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            args = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if node.func.id == "_" and len(args) == 1:
                single.add(args[0])
            elif node.func.id == "ngettext" and len(args) == 2:
                plural.add((args[0], args[1]))
    return single, plural


def test_every_argparse_string_of_this_python_has_a_russian_translation():
    single, plural = _argparse_msgids()
    assert "positional arguments" in single and "show this help message and exit" in single
    assert single - RU.keys() == set()
    assert plural - RU_PLURAL.keys() == set()
    assert ngettext_ru("expected %s argument", "expected %s arguments", 2) == "нужно %s значения"


@pytest.mark.parametrize("command", HELPS, ids=lambda c: " ".join(c) or "repcheck")
def test_help_is_russian_by_default_and_english_with_lang_en(cli, command):
    ru = cli(*command, "--help")
    assert ru.code == 0
    assert "использование: repcheck" in ru.out and "показать эту справку и выйти" in ru.out
    for english in ("usage:", "positional arguments", "options:", "show this help message"):
        assert english not in ru.out
    assert _prose(ru.out) == [], _prose(ru.out)
    en = cli(*command, "--help", "--lang", "en")
    assert en.code == 0 and "usage: repcheck" in en.out and "show this help message and exit" in en.out
    assert CYRILLIC.findall(en.out.replace("КИП", "").replace("МИП", "")) == []


def test_check_without_a_file_answers_in_the_runs_language(cli, tmp_path):
    ru = cli("check")
    assert ru.code == 2 and ru.out == ""
    assert "repcheck check: ошибка: не заданы обязательные аргументы: ПУТЬ" in ru.err
    assert "подробнее: repcheck check --help" in ru.err and "usage" not in ru.err
    en = cli("check", "--lang", "en")
    assert en.code == 2 and "repcheck check: error: the following arguments are required: PATH" in en.err
    assert CYRILLIC.findall(en.err) == []
    # the configuration's language counts too, before the arguments are parsed
    (tmp_path / "repcheck.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert "the following arguments are required" in cli("check").err
    assert "недопустимое значение 'x'" in cli("check", "--lang", "ru", "--fail-on", "x", "a.txt").err


def test_unknown_command_and_bad_values_are_russian(cli):
    res = cli("chek", "a.txt")
    assert res.code == 2 and "аргумент КОМАНДА: недопустимое значение 'chek' (допустимы: 'check', 'baseline'" in res.err
    res = cli("check", "-j", "0", "a.txt")
    assert res.code == 2 and "аргумент --jobs/-j: нужно число не меньше 1" in res.err
    res = cli("check", "--lang", "en", "-j", "x", "a.txt")
    assert "argument --jobs/-j: a whole number is needed, not “x”" in res.err


def test_fail_on_is_explained_and_dask_options_wait_for_help_all(cli):
    ru = cli("check", "--help").out
    block = ru[ru.index("\n  --fail-on"):]
    assert "с какой важности замечания код возврата 1" in block[:200]
    for hidden in ("--executor", "--scheduler", "--timings", "Dask (tcp"):
        assert hidden not in ru
    assert "repcheck check --help-all" in " ".join(ru.split())
    full = cli("check", "--help-all")
    assert full.code == 0
    advanced = full.out[full.out.index("расширенные параметры:"):]
    for option in ("--executor", "--scheduler", "--timings"):
        assert option in advanced
    en = cli("check", "--help-all", "--lang", "en").out
    assert "advanced options:" in en and "the lowest severity that makes the exit code 1" in en


def test_lang_en_prints_english_profile_reasons_dates_and_counts(cli):
    en = cli("check", "--lang", "en", "--no-color", DEFECTS)
    assert en.code == 1
    for russian in ("найдено:", "разделов формы", "оценка", "2022–2025 годы", "2023 год\n", "применён", "Итого",
                    "Профиль"):
        assert russian not in en.out
    assert "found: «" in en.out and "sections of the form 12 of 13" in en.out
    assert "project: 2022–2025; reporting period: 2023" in en.out
    assert "Total: 6 errors, 1 warning, 0 info" in en.out
    assert "19 sections, 0 stages, 6 tables, 8 events" in en.out
    ru = cli("check", "--no-color", DEFECTS)
    assert "Итого: 6 ошибок, 1 предупреждение, 0 советов" in ru.out
    assert "19 разделов, 0 этапов, 6 таблиц, 8 мероприятий" in ru.out
    assert "проект: 2022–2025 годы; отчётный период: 2023 год" in ru.out
    doc = cli("check", "--lang", "en", "-f", "json", DEFECTS).json()
    file = doc["files"][0]
    assert file["profile_reason"].startswith("found: ") and not CYRILLIC.search(file["profile_reason"].split("«")[0])
    assert (file["stats"]["project_period"], file["stats"]["reporting_period"]) == ("2022–2025", "2023")
    assert not CYRILLIC.search(file["stats"]["profile_title"].replace("КИП", ""))
    ru_doc = cli("check", "-f", "json", DEFECTS).json()
    assert ru_doc["files"][0]["stats"]["project_period"] == "2022–2025 годы"
    assert set(ru_doc["files"][0]["stats"]) == set(file["stats"])  # one shape in both languages


@pytest.mark.parametrize(("n", "ru", "en"), [
    (0, "0 предупреждений", "0 warnings"), (1, "1 предупреждение", "1 warning"), (2, "2 предупреждения", "2 warnings"),
    (4, "4 предупреждения", "4 warnings"), (5, "5 предупреждений", "5 warnings"), (11, "11 предупреждений", "11 warnings"),
    (12, "12 предупреждений", "12 warnings"), (14, "14 предупреждений", "14 warnings"),
    (21, "21 предупреждение", "21 warnings"), (22, "22 предупреждения", "22 warnings"),
    (25, "25 предупреждений", "25 warnings"), (101, "101 предупреждение", "101 warnings"),
    (111, "111 предупреждений", "111 warnings"), (112, "112 предупреждений", "112 warnings"),
])
def test_counted_nouns_take_the_right_form(n, ru, en):
    assert count(n, "warning", "ru") == ru and count(n, "warning", "en") == en


def test_quiet_totals_use_the_counted_forms(cli, tmp_path):
    one = tmp_path / "one.txt"
    one.write_text(DEFECTS.read_text(encoding="utf-8"), encoding="utf-8")
    ru = cli("check", "-q", one, DEFECTS)
    assert ru.err.startswith("2 файла: 12 ошибок, 2 предупреждения, не прочитано: 0")
    en = cli("check", "-q", "--lang", "en", DEFECTS)
    assert en.err.startswith("1 file: 6 errors, 1 warning, 0 unreadable")
    assert json.loads(cli("check", "-f", "json", DEFECTS).out)["summary"]["warning"] == 1


def test_usage_and_configuration_errors_follow_the_language(cli, tmp_path):
    res = cli("check", "--lang", "en", "--select", "Z999", DEFECTS)
    assert res.code == 2 and res.err.strip() == "repcheck: unknown rules or categories: Z999"
    assert "неизвестные правила или категории: Z999" in cli("check", "--select", "Z999", DEFECTS).err
    res = cli("check", "--lang", "en", "-f", "nope", DEFECTS)
    assert res.code == 2 and "unknown format “nope”; available:" in res.err
    (tmp_path / "repcheck.toml").write_text('lang = "en"\nbogus = 1\n', encoding="utf-8")
    res = cli("check", DEFECTS)
    assert res.code == 2 and "error in the configuration" in res.err and "unknown key “bogus”" in res.err
    assert "неизвестный ключ «bogus»" in cli("check", "--lang", "ru", DEFECTS).err


def test_the_github_summary_counts_in_both_languages(cli):
    assert cli("check", "-f", "github", DEFECTS).out.splitlines()[-1] == (
        "repcheck: 1 файл, 6 ошибок, 1 предупреждение, 0 советов, не прочитано: 0")
    assert cli("check", "-f", "github", "--lang", "en", DEFECTS).out.splitlines()[-1] == (
        "repcheck: 1 file, 6 errors, 1 warning, 0 info, 0 unreadable")
