"""Shared fixtures of the workflow tests: a folder with a repcheck.toml that loads the test rules
(tests/workflows/fake_rules.py), small invented reports written as text files, and a helper that
runs the CLI in-process."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from repcheck.cli import main

PLUGIN = "tests.workflows.fake_rules"

REPORT_A = """Отчёт о деятельности инновационной площадки
МБОУ «Школа № 7»

1. Общие сведения
Организация: МБОУ «Школа № 7». ВНИМАНИЕ: не указан телефон

2. Выводы
ПОВТОР: Работа велась в соответствии с планом и дала хорошие результаты.

3. Мероприятия отчётного периода
№	Мероприятие	Результат
1	Семинар для педагогов	ОШИБКА: результат не указан
2	Открытый урок	проведён, ЗАМЕТКА: дата без года

4. Заключение
Площадка продолжит работу в следующем году.
"""

REPORT_B = """Отчёт о деятельности инновационной площадки
МАОУ «Гимназия № 3»

1. Общие сведения
Организация: МАОУ «Гимназия № 3».

2. Выводы
ПОВТОР: Работа велась в соответствии с планом и дала хорошие результаты.
ОШИБКА: нет подписи руководителя
ОШИБКА: нет печати

3. Заключение
Гимназия продолжит работу.
"""

REPORT_CLEAN = """Отчёт о деятельности инновационной площадки
МБДОУ «Детский сад № 12»

1. Общие сведения
Организация: МБДОУ «Детский сад № 12».

2. Выводы
Всё выполнено по плану.
"""

BAD_BYTES = b"\x00\x01\x02\xff\xfe binary, not a report \x00" * 4

SELECT = ["X901", "X902", "X903", "X905"]


@dataclass
class Workspace:
    root: Path
    cache: Path
    config_extra: dict = field(default_factory=dict)

    def write(self, name: str, text: str) -> Path:
        p = self.root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        return p

    def write_bytes(self, name: str, data: bytes) -> Path:
        p = self.root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        return p

    def configure(self, extra: str = "", select: list[str] | None = None, cache_dir: bool = True) -> None:
        """(Re)write repcheck.toml: test plugin, generic profile, cache in a temp folder."""
        sel = ", ".join(f'"{s}"' for s in (select or SELECT))
        cache = f'cache-dir = "{self.cache.as_posix()}"\n' if cache_dir else ""
        (self.root / "repcheck.toml").write_text(
            f'plugins = ["{PLUGIN}"]\nselect = [{sel}]\nprofile = "generic"\n{cache}jobs = 1\n{extra}',
            encoding="utf-8",
        )

    def standard(self) -> list[Path]:
        return [self.write("reports/a.txt", REPORT_A), self.write("reports/b.txt", REPORT_B),
                self.write("reports/clean.txt", REPORT_CLEAN)]


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> dict:
        return json.loads(self.out)


@pytest.fixture(autouse=True)
def stable_code_fingerprint(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache key includes a hash of repcheck's own source; in a working tree that others
    edit while the tests run it would change between two runs of one test. The hash itself is
    tested in test_parallel_cache.py."""
    import repcheck.cache

    monkeypatch.setattr(repcheck.cache, "_code_fingerprint", lambda packages: "fixed-for-tests")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    root = tmp_path / "work"
    root.mkdir()
    w = Workspace(root=root, cache=tmp_path / "cache")
    w.configure()
    monkeypatch.chdir(root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return w


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    def run(*args: str | os.PathLike) -> CliResult:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def by_path(doc: dict) -> dict[str, dict]:
    """The JSON output's file entries by path (they come worst first, not in input order)."""
    return {f["path"]: f for f in doc["files"]}


def all_findings(doc: dict) -> list[tuple[str, dict]]:
    return [(f["path"], x) for f in doc["files"] for x in f["findings"]]
