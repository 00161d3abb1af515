"""The persistent duplicate index (--dup-index): last year's reports are indexed once, this year's
are checked against them without reading them again, and a shared passage names the old file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from repcheck.cli import main
from repcheck.config import Config, ConfigError
from repcheck.dedup.index import describe_index
from repcheck.engine import run

SHARED = (
    "В течение года на базе школьного технопарка работали три инженерные мастерские, в которых "
    "обучающиеся седьмых и восьмых классов собирали действующие модели метеостанции, а результаты "
    "наблюдений публиковали на школьном сайте и обсуждали с сотрудниками районной гидрометеостанции."
)
OWN = (
    "Школа впервые объединила уроки физики и технологии в общий курс инженерного проектирования для {who}, "
    "а итоговые проекты {who2} защищали перед родителями и приглашёнными инженерами предприятия {place}.",
    "Библиотека школы провела цикл семейных чтений для {who}: {who2} вместе с родителями готовили "
    "инсценировки рассказов местных писателей и показывали их в доме культуры посёлка {place}.",
    "Учителя математики разработали сборник практических задач на материале хозяйства {place} для {who}, "
    "и {who2} решали их на уроках и во время летней практики в сельскохозяйственном кооперативе.",
)


def _report(org: str, own: str, extra: str = "") -> str:
    return f"""ОТЧЁТ КРАЕВОЙ ИННОВАЦИОННОЙ ПЛОЩАДКИ ЗА 2024 ГОД

1. Юридическое название учреждения (организации): {org}

III. Инновационность
{own}

V. Результативность
{extra}
"""


def _own(k: int, place: str) -> str:
    return OWN[k % len(OWN)].format(who="обучающихся пятых классов", who2="ученики", place=place)


@pytest.fixture
def last_year(tmp_path: Path) -> Path:
    folder = tmp_path / "2024"
    folder.mkdir()
    (folder / "lesnoy.txt").write_text(_report("МБОУ «СОШ № 3» г. Лесного", _own(0, "Лесной"), SHARED), encoding="utf-8")
    (folder / "kedrovka.txt").write_text(_report("МБОУ «ООШ № 7» с. Кедровка", _own(1, "Кедровка")), encoding="utf-8")
    (folder / "ozersk.txt").write_text(_report("МАОУ «Гимназия № 12» г. Озёрска", _own(2, "Озёрск")), encoding="utf-8")
    return folder


def _d503(result) -> dict[str, list]:  # noqa: ANN001
    return {Path(fr.path).name: [f for f in fr.findings if f.code == "D503"] for fr in result.files}


def test_round_trip_names_last_years_file(last_year: Path, tmp_path: Path) -> None:
    index = tmp_path / "dups.sqlite"
    cfg = Config(select=["D503"], cache=False, dup_index=str(index))
    first = _d503(run([last_year], cfg))
    assert all(v == [] for v in first.values())  # nothing shared among last year's reports
    info = describe_index(index)
    assert info["reports"] == 3 and len(info["runs"]) == 1 and info["passages"] > 0

    this_year = tmp_path / "2025"
    this_year.mkdir()
    new = this_year / "berezovka.txt"
    new.write_text(_report("МКОУ «СОШ № 1» с. Берёзовка", "Школьный музей собрал воспоминания старожилов села.", SHARED),
                   encoding="utf-8")
    found = _d503(run([this_year], cfg))  # last year's files are not read again
    assert list(found) == ["berezovka.txt"]
    (finding,) = found["berezovka.txt"]
    old = str(last_year / "lesnoy.txt")
    assert finding.related == [old]
    assert "lesnoy.txt" in finding.message.ru and "СОШ № 3" in finding.message.ru
    assert "школьного технопарка" in finding.evidence
    assert describe_index(index)["reports"] == 4  # this year's report was added

    # The same findings as checking both years together, without an index.
    together = _d503(run([last_year, this_year], Config(select=["D503"], cache=False)))
    assert [f.related for f in together["berezovka.txt"]] == [[old]]
    assert [f.message.ru for f in together["berezovka.txt"]] == [finding.message.ru]


def test_a_report_checked_again_replaces_its_entry(last_year: Path, tmp_path: Path) -> None:
    index = tmp_path / "dups.sqlite"
    cfg = Config(select=["D503"], cache=False, dup_index=str(index))
    run([last_year], cfg)
    again = _d503(run([last_year], cfg))  # the same files: not copies of themselves
    assert all(v == [] for v in again.values())
    info = describe_index(index)
    assert info["reports"] == 3 and len(info["runs"]) == 2


def test_an_interrupted_run_leaves_the_index_as_it_was(last_year: Path, tmp_path: Path) -> None:
    from repcheck.rules.cross_report_duplicate import CrossReportDuplicate, Options

    index = tmp_path / "dups.sqlite"
    cfg = Config(select=["D503"], cache=False, dup_index=str(index))
    run([last_year], cfg)
    sink = CrossReportDuplicate().corpus_sink(Options(), cfg)
    sink.close()  # opened, never finished: rolled back
    assert describe_index(index)["reports"] == 3 and len(describe_index(index)["runs"]) == 1


def test_other_minhash_parameters_are_refused(last_year: Path, tmp_path: Path) -> None:
    index = tmp_path / "dups.sqlite"
    run([last_year], Config(select=["D503"], cache=False, dup_index=str(index)))
    cfg = Config(select=["D503"], cache=False, dup_index=str(index), rule_options={"D503": {"num-perm": 64}})
    with pytest.raises(ConfigError, match="num_perm"):
        run([last_year], cfg)


def test_a_foreign_file_is_refused(last_year: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO meta VALUES ('tool', 'something else')")
    db.commit()
    db.close()
    with pytest.raises(ConfigError, match="индекс"):
        run([last_year], Config(select=["D503"], cache=False, dup_index=str(foreign)))
    (tmp_path / "not-a-db").write_text("hello", encoding="utf-8")
    with pytest.raises(ConfigError):
        run([last_year], Config(select=["D503"], cache=False, dup_index=str(tmp_path / "not-a-db")))


def test_command_line(last_year: Path, tmp_path: Path) -> None:
    index = tmp_path / "dups.sqlite"
    assert main(["check", "--dup-index", str(index), "--select", "D503", "--no-cache", "-q", str(last_year)]) == 0
    new = tmp_path / "new.txt"
    new.write_text(_report("МКОУ «СОШ № 1» с. Берёзовка", "Своя работа школы.", SHARED), encoding="utf-8")
    out = tmp_path / "out.json"
    code = main(["check", "--dup-index", str(index), "--select", "D503", "--no-cache", "--format", "json",
                 "--output", str(out), "--fail-on", "never", str(new)])
    assert code == 0
    (f,) = json.loads(out.read_text(encoding="utf-8"))["files"]
    assert [x["related"] for x in f["findings"]] == [[str(last_year / "lesnoy.txt")]]
    assert main(["check", "--dup-index", str(tmp_path / "missing" / "x.sqlite"), "-q", str(new)]) == 2
