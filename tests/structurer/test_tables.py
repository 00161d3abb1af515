"""Table helpers: column roles from headers (and from content where a header is ambiguous),
shares, levels."""

from __future__ import annotations

from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import Settings, analyse, read_document
from repcheck.models.report import ColumnRole, Report
from repcheck.structurer.tables import is_share, level_of


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Муниципальный", "муниципальный"),
        ("городской", "муниципальный"),
        ("Региональный (краевой)", "региональный"),
        ("областной", "региональный"),
        ("Всероссийский", "всероссийский"),
        ("федеральный", "всероссийский"),
        ("Международный", "международный"),
        ("Межрегиональный", "межрегиональный"),
        ("школьный", "школьный"),
        ("муниципальный, региональный", None),
        ("в рамках методического дня", None),
        ("", None),
    ],
)
def test_level_of(text: str, level: str | None) -> None:
    assert level_of(text) == level


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Доля педагогов, прошедших курсы, %", True),
        ("Охват обучающихся, %", True),
        ("Охват обучающихся", False),
        ("К-во педагогов чел. / % от общего количества", True),
        ("Темп роста, %", False),
        ("Выполнение плана, %", False),
        ("Прирост числа участников, % к 2023 году", False),
        ("Количество участников", False),
    ],
)
def test_is_share(text: str, share: bool) -> None:
    assert is_share(text) is share


def _report(tmp_path: Path, text: str, profile: str | None = None) -> Report:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    config = Config(profile=profile)
    registry = Settings(config).registry()
    return analyse(read_document(path, registry, config), registry, config)


def test_plan_actual_roles_from_headers(tmp_path: Path) -> None:
    r = _report(tmp_path, (
        "№ п/п\tПеречень запланированных мероприятий\tФактическое содержание проделанной за год работы"
        "\tПричины отклонения от запланированного\n"
        "1.\tСеминар\tПроведён\t—\n"
    ), profile="mip-report")
    (t,) = r.tables
    assert t.roles == [ColumnRole.NUMBER, ColumnRole.EVENT, ColumnRole.ACTUAL_RESULT, ColumnRole.DEVIATION_REASON]
    assert t.kind == "plan_actual"


def test_result_column_and_participants_over_counts(tmp_path: Path) -> None:
    r = _report(tmp_path, (
        "№\tМероприятие\tСроки проведения\tУчастники\tРезультат\n"
        "1\tСеминар\tмарт 2024 г.\t27 педагогов\tРазработано 40 заданий\n"
        "2\tКонференция\tапрель 2024 г.\t86 учащихся\tНе проведена\n"
    ), profile="kip-annual-numbered")
    (t,) = r.tables
    assert t.roles[3] is ColumnRole.PARTICIPANTS  # «Участники» over "27 педагогов"
    assert t.roles[4] is ColumnRole.ACTUAL_RESULT
    assert t.kind == "plan_actual"


def test_participants_categories_stay_categories(tmp_path: Path) -> None:
    r = _report(tmp_path, (
        "Участники инновационного проекта\tКоличество участников инновационного проекта\n"
        "Педагоги\t12\nРодители\t30\n"
    ), profile="mip-report")
    (t,) = r.tables
    assert t.roles == [ColumnRole.CATEGORY, ColumnRole.PARTICIPANTS]
    assert t.kind == "participants"


def test_partners_table(tmp_path: Path) -> None:
    r = _report(tmp_path, (
        "\t№ п/п\n\tНаименование организации-соисполнителя (организации-партнера), участие которого "
        "планировалось при реализации проекта в отчетном периоде\n\tФактическое участие в реализации проекта"
        "\n\tОсновные функции\n\n\t1.\n\tМБОУ СОШ № 4\n\t\n\tКонсультации\n\n\t2.\n\tМБОУ СОШ № 5\n\tПровели семинар\n\tСеминары\n"
    ), profile="kip-annual-numbered")
    (t,) = r.tables
    assert t.roles[:3] == [ColumnRole.NUMBER, ColumnRole.ORGANISATION, ColumnRole.ACTUAL_PARTICIPATION]
    assert t.kind == "plan_actual"
