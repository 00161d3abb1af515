"""Profile detection: the form's wording and its sections; the generic fallback and its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import Settings, read_document
from repcheck.profile import Profile, SectionSpec
from repcheck.structurer.detect import Detection, detect_profile, heading_lines

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "text"


def _detect(tmp_path: Path, text: str, extra: list[Profile] | None = None) -> Detection:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    config = Config()
    registry = Settings(config).registry()
    doc = read_document(path, registry, config)
    return detect_profile(doc, registry.concrete_profiles() + (extra or []), registry.profiles["generic"])


OTHER_REGION = """ОТЧЁТ
о реализации проекта региональной инновационной площадки за 2024 год

Раздел 1. Информация об организации
Полное наименование организации: МАОУ «Лицей № 1» г. Тамбова.

Раздел 2. Цель и задачи проекта
Цель: создание школьного центра финансовой грамотности.

Раздел 3. Ход реализации проекта
Проведено 12 занятий клуба «Семейный бюджет».

Раздел 4. Полученные результаты
Доля обучающихся 8 классов, решивших задания PISA по финансовой грамотности, выросла до 54 %.

Раздел 5. Трансляция опыта
Вебинар для учителей обществознания области.

Раздел 6. Выводы и перспективы
Центр продолжит работу в 2025 году.
"""

OTHER_MIP = """Отчёт о деятельности муниципальной инновационной площадки за 2023-2024 учебный год

Ход реализации проекта
Проведены четыре городских семинара для учителей начальных классов.

Трансляция опыта
Статья в сборнике городской педагогической конференции.
"""


def test_other_region_template_falls_back_to_generic_and_says_why(tmp_path: Path) -> None:
    d = _detect(tmp_path, OTHER_REGION)
    assert d.profile.name == "generic" and not d.confident
    assert "применён общий профиль" in d.reason_ru and "ближе всего" in d.reason_ru
    assert "generic profile" in d.reason_en
    assert {c.name for c in d.candidates} == {"kip-annual-numbered", "kip-annual-roman", "mip-report", "innovation-program"}


def test_the_word_МИП_alone_does_not_impose_the_municipal_mip_report_form(tmp_path: Path) -> None:
    d = _detect(tmp_path, OTHER_MIP)
    assert d.profile.name == "generic"
    mip = next(c for c in d.candidates if c.name == "mip-report")
    assert mip.pattern_score >= 1.5 and mip.found <= 2 and not mip.eligible


def test_a_known_form_is_recognised_with_sections_counted(tmp_path: Path) -> None:
    text = (
        "ГОДОВОЙ ОТЧЁТ О РАБОТЕ КРАЕВОЙ ИННОВАЦИОННОЙ ПЛОЩАДКИ ЗА 2024 ГОД\n"
        "I. Общие сведения\n1. Наименование инновационного образовательного проекта: «Медиашкола».\n"
        "2. Период реализации инновационного образовательного проекта: 2023-2025 гг.\n"
        "II. Сведения о реализации проекта за отчётный период\n"
        "7. Финансовое обеспечение реализации проекта за отчётный период\nСредства учреждения.\n"
        "10. Организации-соисполнители инновационного образовательного проекта\nТелестудия.\n"
        "14. Обоснование устойчивости результатов проекта\nКлуб включён в план.\n"
    )
    d = _detect(tmp_path, text)
    assert d.profile.name == "kip-annual-numbered" and d.confident
    assert "разделов формы" in d.reason_ru and "найдено:" in d.reason_ru
    best = d.candidates[0]
    assert best.name == "kip-annual-numbered" and best.eligible and best.found == 5  # points 1, 2, 7, 10, 14


def test_a_decisive_user_pattern_wins_without_sections(tmp_path: Path) -> None:
    weather = Profile(
        name="weather-report", kind="weather", detect=[{"pattern": "метеостанц", "weight": 9}],
        sections=[SectionSpec(id="obs", title="Наблюдения за облаками")],
    )
    d = _detect(tmp_path, "Отчёт школьной метеостанции\n1. Температура\nДанные за май.\n", [weather])
    assert d.profile.name == "weather-report" and d.confident


def test_two_profiles_fitting_equally_is_unsure(tmp_path: Path) -> None:
    twin_a = Profile(name="twin-a", detect=[{"pattern": "близнец", "weight": 3}], sections=[SectionSpec(id="x", title="Общие сведения")])
    twin_b = Profile(name="twin-b", detect=[{"pattern": "близнец", "weight": 3}], sections=[SectionSpec(id="x", title="Общие сведения")])
    d = _detect(tmp_path, "Отчёт-близнец\nОбщие сведения\nТекст.\n", [twin_a, twin_b])
    assert d.profile.name == "generic" and not d.confident
    assert "почти поровну" in d.reason_ru


def test_heading_lines_include_passport_row_labels(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("Паспорт\n\n\tЦель программы\n\tОбучение.\n\n\tЗадачи программы\n\t1. Одна.\n\n\n\nВведение\nТекст.\n", encoding="utf-8")
    config = Config()
    doc = read_document(path, Settings(config).registry(), config)
    lines = heading_lines(doc)
    assert "Цель программы" in lines and "Задачи программы" in lines and "Паспорт" in lines


@pytest.mark.parametrize(
    ("name", "profile"),
    [("kip-annual-clean.txt", "kip-annual-numbered"), ("kip-roman-clean.txt", "kip-annual-roman"),
     ("mip-report-clean.txt", "mip-report"), ("program-clean.txt", "innovation-program"),
     ("generic-other-region.txt", "generic")],
)
def test_corpus_reports_get_their_profiles(name: str, profile: str) -> None:
    path = CORPUS / name
    if not path.exists():
        pytest.skip("corpus file not present")
    config = Config()
    registry = Settings(config).registry()
    d = detect_profile(read_document(path, registry, config), registry.concrete_profiles(), registry.profiles["generic"])
    assert d.profile.name == profile
    assert d.confident == (profile != "generic")


@pytest.mark.parametrize(
    ("prefix", "profile"),
    [("000", "kip-annual-roman"), ("002", "kip-annual-numbered"), ("003", "mip-report"), ("004", "innovation-program")],
)
def test_seeds_get_their_profiles_with_every_section_of_the_form(prefix: str, profile: str) -> None:
    files = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not files:
        pytest.skip("../shared/seeds is not present")
    config = Config()
    registry = Settings(config).registry()
    d = detect_profile(read_document(files[0], registry, config), registry.concrete_profiles(), registry.profiles["generic"])
    assert d.profile.name == profile and d.confident
    best = d.candidates[0]
    assert best.found == best.total
    assert best.score - d.candidates[1].score >= 3.0  # a clear margin


def test_a_report_opening_with_a_project_passport_is_not_a_programme(tmp_path: Path) -> None:
    text = (
        "ОТЧЁТ\nо реализации проекта региональной инновационной площадки за 2024 год\n\nПаспорт проекта\n\n"
        "\tНаименование проекта\n\t«Школьная служба примирения»\n\n\tЦель проекта\n\tСнижение числа конфликтов.\n\n"
        "\tЗадачи проекта\n\t1. Обучить медиаторов.\n\n\tОжидаемые результаты\n\tЧисло конфликтов снизится.\n\n\n\n"
        "Сроки и этапы реализации проекта: 2023–2025 гг.\n\n"
        "Раздел 2. Ход реализации проекта\nОбучено восемь медиаторов.\n\n"
        "Раздел 3. Трансляция опыта\nВыступление на областном семинаре.\n"
    )
    d = _detect(tmp_path, text)
    assert d.profile.name == "generic"
    programme = next(c for c in d.candidates if c.name == "innovation-program")
    assert programme.found >= 4 and not programme.eligible  # its passport rows match, its title does not
