"""The command line: sub-commands, options, config files and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from repcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))

# A short КИП report (points 1–16 form) that lacks point 14; every other point has its text.
REPORT = """ГОДОВОЙ ОТЧЁТ
О РАБОТЕ КРАЕВОЙ ИННОВАЦИОННОЙ ПЛОЩАДКИ ЗА 2024 ГОД

I. Общие сведения
1. Наименование инновационного образовательного проекта: «Школьная метеостанция как среда исследований»
2. Период реализации инновационного образовательного проекта: 2023-2025 гг.
3. Направление инновационной деятельности: естественнонаучное образование
II. Сведения о реализации проекта за отчётный период
6. Реализация программных мероприятий за отчётный период в соответствии с календарным планом
Проведены три цикла наблюдений и школьная конференция юных метеорологов.
7. Финансовое обеспечение реализации проекта за отчётный период
Средства учреждения: 45 тыс. рублей, израсходованы полностью.
8. Кадровое обеспечение проекта за отчётный период
В проекте работают четыре учителя и педагог дополнительного образования.
9. Нормативное правовое обеспечение
Утверждено положение о школьной метеостанции.
10. Организации-соисполнители (организации-партнёры)
Районная гидрометеостанция проводила консультации для обучающихся.
11. Научные и учебно-методические разработки по теме проекта
Подготовлен дневник наблюдений для 5–7 классов.
12. Внешние эффекты от реализации проекта
Данные метеостанции публикуются на сайте посёлка.
13. Предложения по распространению и внедрению результатов проекта
Провести семинар для учителей географии района.
15. Средства контроля и обеспечения достоверности результатов
Показания сверяются с данными гидрометеостанции раз в месяц.
16. Информация о необходимости корректировки проекта
Корректировка не требуется.
"""


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "отчёт школы.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _isolated_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No repcheck.toml of the repository leaks into the tests; no cache is shared."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REPCHECK_CACHE_DIR", str(tmp_path / "cache"))


def test_check_reports_missing_section_in_russian(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(report), "--no-color"])
    out = capsys.readouterr().out
    assert code == 1
    assert "S101" in out and "Обоснование устойчивости результатов проекта" in out
    assert "kip-annual-numbered" in out


def test_lang_en_switches_messages(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(report), "--lang", "en", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    messages = [f["message"] for f in data["files"][0]["findings"] if f["code"] == "S101"]
    assert messages and all("mandatory section" in m for m in messages if "S101" in json.dumps(data))


def test_json_output_validates_against_the_schema(report: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(report), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, SCHEMA)
    (f,) = [f for f in data["files"][0]["findings"] if f["code"] == "S101"]
    assert f["rule"] == "missing-section" and f["category"] == "structure"
    assert f["evidence"] == "Обоснование устойчивости результатов проекта"


def test_output_file_is_written(report: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    main(["check", str(report), "--format", "json", "--output", str(target)])
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["files"] == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--fail-on", "error"], 1),
        (["--fail-on", "never"], 0),
        (["--ignore", "S101"], 0),
        (["--ignore", "structure"], 0),
        (["--select", "S1", "--fail-on", "warning"], 1),
    ],
)
def test_exit_codes_follow_fail_on_and_selection(report: Path, args: list[str], expected: int) -> None:
    assert main(["check", str(report), "-q", *args]) == expected


def test_exit_code_2_on_usage_errors(report: Path, tmp_path: Path) -> None:
    assert main(["check", str(tmp_path / "missing.txt"), "-q"]) == 2
    assert main(["check", str(report), "--select", "NOPE1", "-q"]) == 2
    assert main(["check", str(report), "--format", "nope", "-q"]) == 2
    assert main(["check", str(report), "--profile", "nope", "-q"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["check"])
    assert exc.value.code == 2


def test_exit_code_2_when_nothing_is_readable(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["check", str(empty), "-q"]) == 2


def test_exit_code_1_when_some_inputs_are_unreadable(report: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["check", str(tmp_path), "-q", "--ignore", "S101"]) == 1


def test_folders_are_walked_recursively(report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (sub / "second.txt").write_text(REPORT, encoding="utf-8")
    (sub / "notes.json").write_text("{}", encoding="utf-8")
    main(["check", str(tmp_path), "--format", "json"])
    paths = sorted(Path(f["path"]).name for f in json.loads(capsys.readouterr().out)["files"])
    assert paths == ["second.txt", "отчёт школы.txt"]


def test_config_from_pyproject_applies(report: Path, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.repcheck]\nignore = ["missing-section"]\n', encoding="utf-8")
    assert main(["check", str(report), "-q"]) == 0


def test_repcheck_toml_applies_and_cli_overrides(report: Path, tmp_path: Path) -> None:
    (tmp_path / "repcheck.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    assert main(["check", str(report), "-q"]) == 0
    assert main(["check", str(report), "-q", "--fail-on", "error"]) == 1


def test_unknown_config_key_is_a_clear_error(report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "repcheck.toml").write_text('fail_onn = "never"\n', encoding="utf-8")
    assert main(["check", str(report), "-q"]) == 2
    assert "неизвестный ключ «fail_onn»" in capsys.readouterr().err


def test_rules_explain_and_profiles_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    assert "missing-section" in capsys.readouterr().out
    assert main(["explain", "missing-section"]) == 0
    out = capsys.readouterr().out
    assert "S101" in out and "обязательн" in out
    assert main(["explain", "s101", "--lang", "en"]) == 0
    assert "mandatory" in capsys.readouterr().out
    assert main(["explain", "no-such-rule"]) == 2
    assert main(["profiles"]) == 0
    out = capsys.readouterr().out
    for name in ("kip-annual-roman", "kip-annual-numbered", "mip-report", "innovation-program", "generic"):
        assert name in out
    assert "_base" not in out


def test_user_profile_without_python(report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prof = tmp_path / "profiles"
    prof.mkdir()
    (prof / "weather.toml").write_text(
        'name = "weather-report"\nextends = "_base"\nkind = "weather"\ntitle = "Отчёт метеостанции"\n'
        'detect = [{ pattern = "метеостанц", weight = 9 }]\n'
        '[[sections]]\nid = "obs"\ntitle = "Наблюдения за облаками"\n',
        encoding="utf-8",
    )
    assert main(["profiles", "--profile-path", str(prof)]) == 0
    assert "weather-report" in capsys.readouterr().out
    main(["check", str(report), "--profile-path", str(prof), "--profile", "weather-report", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    (fr,) = data["files"]
    assert fr["profile"] == "weather-report"
    assert any("Наблюдения за облаками" in f["message"] for f in fr["findings"])


def test_piped_output_is_plain_text(report: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "repcheck", "check", str(report)],
        capture_output=True, text=True, encoding="utf-8", cwd=report.parent,
    )
    assert proc.returncode == 1
    assert "\x1b[" not in proc.stdout
    assert "S101" in proc.stdout


def test_version_is_printed() -> None:
    proc = subprocess.run([sys.executable, "-m", "repcheck", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("repcheck ")
