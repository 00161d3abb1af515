"""D503 on invented reports: two schools sharing a paragraph, a third sharing only a law title."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import run

LAW = "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»"
SHARED = (
    "В течение года на базе школьного технопарка работали три инженерные мастерские, в которых "
    "обучающиеся седьмых и восьмых классов собирали действующие модели метеостанции, а результаты "
    "наблюдений публиковали на школьном сайте и обсуждали с сотрудниками районной гидрометеостанции."
)


def _report(org: str, topic: str, own: str, extra: str = "", basis: str = LAW) -> str:
    return f"""ОТЧЁТ КРАЕВОЙ ИННОВАЦИОННОЙ ПЛОЩАДКИ ЗА 2024 ГОД

1. Юридическое название учреждения (организации): {org}

I. Соответствие задачам федеральной и региональной образовательной политики
Проект «{topic}» выполняется в соответствии с документом: {basis}.

III. Инновационность
{own}

V. Результативность
{extra}
"""


@pytest.fixture
def three_reports(tmp_path: Path) -> list[Path]:
    a = _report(
        "МБОУ «СОШ № 3» г. Лесного", "Инженерные мастерские",
        "Школа впервые объединила уроки физики и технологии в общий курс инженерного проектирования.",
        SHARED,
    )
    b = _report(
        "МАОУ «Гимназия № 12» г. Озёрска", "Школьная метеостанция",
        "Гимназия создала сетевую площадку для проектов по естествознанию вместе с двумя сельскими школами.",
        SHARED.replace("три инженерные мастерские", "три инженерных мастерских"),
    )
    c = _report(
        "МБОУ «ООШ № 7» с. Кедровка", "Читающая деревня",
        "Школьная библиотека стала местом встреч жителей села: проходят чтения вслух и обсуждения книг.",
        "Число читателей библиотеки выросло со 140 до 215 человек, проведено 18 семейных встреч.",
    )
    paths = []
    for name, text in (("a_lesnoy.txt", a), ("b_ozersk.txt", b), ("c_kedrovka.txt", c)):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def _d503(result) -> dict[str, list]:
    return {Path(fr.path).name: [f for f in fr.findings if f.code == "D503"] for fr in result.files}


def test_only_the_pair_sharing_a_paragraph_is_flagged(three_reports: list[Path]) -> None:
    found = _d503(run(three_reports, Config(select=["D503"], cache=False)))
    assert len(found["a_lesnoy.txt"]) == 1
    assert len(found["b_ozersk.txt"]) == 1
    assert found["c_kedrovka.txt"] == []  # shares only the law title, which is standard wording
    fa, fb = found["a_lesnoy.txt"][0], found["b_ozersk.txt"][0]
    assert fa.severity.value == "warning"
    assert fa.related == [str(three_reports[1])] and fb.related == [str(three_reports[0])]
    assert "b_ozersk.txt" in fa.message.ru and "Гимназия № 12" in fa.message.ru
    assert "школьного технопарка" in fa.evidence and "школьного технопарка" in fb.evidence
    assert "Результативность" in (fa.location.section or "")
    assert "почти дословно" in fa.message.ru  # one word form differs


def test_same_organisation_other_year_is_ignored_or_info(tmp_path: Path) -> None:
    old = _report("МБОУ «СОШ № 3» г. Лесного", "Инженерные мастерские", "Первый год проекта.", SHARED)
    new = _report(
        "муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3» г. Лесного",
        "Инженерные мастерские", "Второй год проекта.", SHARED,
    )
    (tmp_path / "2023.txt").write_text(old, encoding="utf-8")
    (tmp_path / "2024.txt").write_text(new, encoding="utf-8")
    paths = [tmp_path / "2023.txt", tmp_path / "2024.txt"]
    found = _d503(run(paths, Config(select=["D503"], cache=False)))
    assert found == {"2023.txt": [], "2024.txt": []}
    cfg = Config(select=["D503"], cache=False, rule_options={"D503": {"same-organisation": "info"}})
    found = _d503(run(paths, cfg))
    assert [f.severity.value for f in found["2024.txt"]] == ["info"]
    assert "той же организации" in found["2024.txt"][0].message.ru


def test_common_wording_of_many_organisations_is_not_reported(tmp_path: Path) -> None:
    paths = []
    for k in range(4):
        p = tmp_path / f"r{k}.txt"
        p.write_text(_report(f"МБОУ «СОШ № {k + 20}»", f"Тема {k}", f"Своя работа школы номер {k}.", SHARED),
                     encoding="utf-8")
        paths.append(p)
    found = _d503(run(paths, Config(select=["D503"], cache=False)))
    assert all(len(v) == 1 for v in found.values())
    assert all(len(v[0].related) == 3 for v in found.values())
    cfg = Config(select=["D503"], cache=False, rule_options={"D503": {"common-organisations": 4}})
    assert all(v == [] for v in _d503(run(paths, cfg)).values())


def test_user_allow_list(three_reports: list[Path]) -> None:
    cfg = Config(select=["D503"], cache=False,
                 rule_options={"D503": {"allow": ["на базе школьного технопарка работали"]}})
    found = _d503(run(three_reports, cfg))
    # the allowed phrase is removed, the rest of the paragraph is still shared
    assert len(found["a_lesnoy.txt"]) == 1
    cfg = Config(select=["D503"], cache=False, rule_options={"D503": {"allow": [r"в течение года .* гидрометеостанции\."]}})
    assert all(v == [] for v in _d503(run(three_reports, cfg)).values())


def test_findings_survive_the_cache_and_parallel_workers(three_reports: list[Path], tmp_path: Path) -> None:
    cfg = Config(select=["D503"], cache=True, cache_dir=str(tmp_path / "cache"))
    first = run(three_reports, cfg, use_cache=True)
    second = run(three_reports, cfg, use_cache=True)  # every file from the cache
    assert second.cache_hits == 3
    parallel = run(three_reports, Config(select=["D503"], cache=False), jobs=2)

    def dump(result):
        return {Path(fr.path).name: [f.model_dump(mode="json") for f in fr.findings] for fr in result.files}

    assert dump(first) == dump(second) == dump(parallel)
    assert dump(first)["a_lesnoy.txt"]


def test_digest_is_small_plain_data(three_reports: list[Path]) -> None:
    from repcheck.engine import Settings, analyse, read_document
    from repcheck.rule import RuleContext
    from repcheck.rules.cross_report_duplicate import CrossReportDuplicate, Options

    cfg = Config()
    reg = Settings(cfg).registry()
    doc = read_document(three_reports[0], reg, cfg)
    report = analyse(doc, reg, cfg)
    ctx = RuleContext(report=report, profile=reg.profiles[report.profile], options=Options())
    data = CrossReportDuplicate().extract(report, ctx)
    blob = pickle.dumps(data)
    assert b"numpy" not in blob  # signatures travel as bytes
    assert len(data) >= 1 and len(data.sigs) == len(data) * 128 * 4


def _anonymous(own: str, extra: str) -> str:
    return f"""ОТЧЁТ КРАЕВОЙ ИННОВАЦИОННОЙ ПЛОЩАДКИ ЗА 2024 ГОД

III. Инновационность
{own}

V. Результативность
{extra}
"""


def test_two_files_of_one_report_are_not_a_copy(tmp_path: Path) -> None:
    text = _anonymous("Школа впервые объединила уроки физики и технологии в общий курс инженерного "
                      "проектирования для обучающихся седьмых классов и их родителей.", SHARED)
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    (tmp_path / "report_final.txt").write_text(text, encoding="utf-8")  # a resubmission, no organisation
    found = _d503(run([tmp_path / "report.txt", tmp_path / "report_final.txt"], Config(select=["D503"], cache=False)))
    assert found == {"report.txt": [], "report_final.txt": []}


def test_unknown_organisation_is_said(tmp_path: Path) -> None:
    own = ("Гимназия создала сетевую площадку для проектов по естествознанию вместе с двумя сельскими "
           "школами района и провела с ними четыре совместные экспедиции.")
    a = _anonymous("Школа впервые объединила уроки физики и технологии в общий курс инженерного "
                   "проектирования для обучающихся седьмых классов и их родителей.", SHARED)
    b = _anonymous(own, SHARED)
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    found = _d503(run([tmp_path / "a.txt", tmp_path / "b.txt"], Config(select=["D503"], cache=False)))
    assert len(found["a.txt"]) == 1 and "организация не определена" in found["a.txt"][0].message.ru
