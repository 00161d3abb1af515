"""Sections: heading candidates, the section tree, profile matching (headings, keyword lines,
passport rows), the extent of a section's text, placeholders and signatures."""

from __future__ import annotations

from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import Settings, analyse, read_document
from repcheck.models.document import Block, BlockKind
from repcheck.models.report import Report
from repcheck.structurer.sections import (
    content_lines,
    heading_text,
    is_blank_content,
    is_placeholder,
    is_signature_line,
    section_extent,
    title_variants,
)


def _report(tmp_path: Path, text: str, profile: str | None = None) -> Report:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    config = Config(profile=profile)
    registry = Settings(config).registry()
    return analyse(read_document(path, registry, config), registry, config)


def _section(report: Report, canonical: str):
    return next(s for s in report.all_sections() if s.canonical == canonical)


def test_title_variants_drop_remarks_and_instructions() -> None:
    text = "Содержание деятельности по реализации проекта (в строгом соответствии с календарным планом)"
    assert title_variants(text)[1] == "Содержание деятельности по реализации проекта"
    text = "Выявленные затруднения и проблемы, возникающие по ходу осуществления инновационной деятельности"
    assert "Выявленные затруднения и проблемы" in title_variants(text)


def test_heading_text_is_the_part_before_the_colon() -> None:
    block = Block(kind=BlockKind.LIST_ITEM, number="2.", text="Период реализации проекта: 2022-2025 гг.")
    assert heading_text(block) == "Период реализации проекта"


@pytest.mark.parametrize("text", ["-", "—", "нет", "Нет.", "_____", "Другое ___", "Другое \\_\\_\\_", "не требуется", "Отсутствуют"])
def test_placeholders(text: str) -> None:
    assert is_placeholder(text)


@pytest.mark.parametrize("text", ["Социальные –", "см. приложение 2", "(см. приложение 2)", "Нет данных о 3 участниках: анкеты не сданы"])
def test_not_placeholders(text: str) -> None:
    assert not is_blank_content(text)


@pytest.mark.parametrize(
    "text",
    ["Директор МБОУ «СОШ № 5» ________ И.И. Петрова", "М.П.", "Научный консультант", "Лапшина И.О.",
     "«__» ________ 2024 г.", "Директор Е.С. Громова", "Заведующий МБДОУ № 12"],
)
def test_signature_lines(text: str) -> None:
    assert is_signature_line(text)


@pytest.mark.parametrize(
    "text",
    ["Директор школы провёл семинар для учителей района, в котором приняли участие 40 человек.",
     "____________________", "Руководитель проекта: Сорокин П.А.", "Проведено 5 занятий."],
)
def test_not_signature_lines(text: str) -> None:
    assert not is_signature_line(text)


KIP = """I. Общие сведения
1. Наименование инновационного образовательного проекта: «Юный эколог».
2. Период реализации инновационного образовательного проекта: 2024-2026 гг.
II. Сведения о реализации проекта за отчётный период
12. Внешние эффекты от реализации проекта за отчётный период.
13. Предложения по распространению и внедрению результатов проекта, достигнутых за отчётный период.
-

14. Обоснование устойчивости результатов проекта по итогам отчётного периода
**Кратко о главном**
Экологический клуб включён в план внеурочной деятельности на три года.

Директор МБОУ «СОШ № 3» ________ Л.Н. Фомина
"""


def test_profile_sections_matched_by_heading_and_line(tmp_path: Path) -> None:
    r = _report(tmp_path, KIP, "kip-annual-numbered")
    assert {"general", "project_name", "period", "implementation", "effects", "proposals", "sustainability"} <= set(r.coverage)
    assert r.coverage["project_name"].content.startswith("«Юный эколог»")


def test_extent_runs_to_the_next_section_of_the_form(tmp_path: Path) -> None:
    r = _report(tmp_path, KIP, "kip-annual-numbered")
    doc = r.document
    effects = _section(r, "effects")
    assert section_extent(doc, r.sections, effects) == []  # followed straight by point 13
    proposals = _section(r, "proposals")
    assert content_lines(doc, section_extent(doc, r.sections, proposals)) == []  # only «-»
    sustain = _section(r, "sustainability")
    lines = content_lines(doc, section_extent(doc, r.sections, sustain))
    # the bold sub-heading stays in the text; the trailing signature is dropped
    assert lines[0] == "Кратко о главном" and lines[-1].startswith("Экологический клуб")


def test_passport_rows_count_as_sections(tmp_path: Path) -> None:
    text = (
        "Паспорт программы\n\n\tНаименование программы\n\tПрограмма инновационной площадки «Театр в школе»\n\n"
        "\tЗадачи программы\n\t1. Создать школьный театр.\n2. Поставить два спектакля.\n\n\n\n"
        "Актуальность\nВ школе нет театрального кружка.\n"
    )
    r = _report(tmp_path, text, "innovation-program")
    match = r.coverage["tasks"]
    assert match.via == "table" and "Создать школьный театр" in match.content


def test_unnumbered_headings_of_other_regions_match_the_generic_profile(tmp_path: Path) -> None:
    text = (
        "Раздел 1. Информация об организации\nПолное наименование: МБОУ «СОШ № 2».\n"
        "Раздел 2. Ход реализации проекта\nПроведены три семинара.\n"
        "Раздел 3. Трансляция опыта\nСтатья в районной газете.\n"
    )
    r = _report(tmp_path, text, "generic")
    assert {"general", "activities", "dissemination"} <= set(r.coverage)
    assert all(r.coverage[k].via == "heading" for k in ("general", "activities", "dissemination"))


def test_table_data_text_skips_header_and_row_numbers_only() -> None:
    from repcheck.models.document import Cell, Row, Table
    from repcheck.structurer.sections import table_data_text

    def row(*texts: str) -> Row:
        return Row(cells=[Cell(text=t, column=i) for i, t in enumerate(texts)])

    table = Table(rows=[row("№ п/п", "Показатель", "2024 г."), row("1.", "", "0"), row("2.", "", "")])
    assert table_data_text(Block(kind=BlockKind.TABLE, table=table), 1) == ["0"]  # a value, not a row number
    empty = Table(rows=[row("№ п/п", "Показатель", "2024 г."), row("1.", "", "")])
    assert table_data_text(Block(kind=BlockKind.TABLE, table=empty), 1) == []
    nested = Table(rows=[row("Источник", "Сумма"), Row(cells=[Cell(text="", nested=[Table(rows=[row("Бюджет", "15,0")])])])])
    assert table_data_text(Block(kind=BlockKind.TABLE, table=nested), 1) == ["Бюджет", "15,0"]


def _titles(report: Report) -> list[str]:
    return [f"{s.number or ''} {s.title}".strip() for s in report.all_sections() if s.block is not None]


def test_headings_ending_in_a_full_stop_continue_a_series_that_ends_so(tmp_path: Path) -> None:
    """A questionnaire saved as text: «12.<TAB>Финансы проекта.» after «11.<TAB>… опыта.» is the
    next heading (Word's heading style is lost); a numbered sentence after an undotted series is not."""
    text = (
        "ОТЧЁТ о работе площадки за 2025 год\n"
        "11.\tРаспространение опыта в отчётном периоде.\n"
        "Проведены два семинара для педагогов района.\n"
        "12.\tФинансовое обеспечение проекта.\n"
        "Средства направлены на оборудование лаборатории.\n"
        "13.\tПланы на 2026 год.\n"
        "Провести итоговую конференцию.\n"
    )
    titles = _titles(_report(tmp_path, text, "generic"))
    assert "12. Финансовое обеспечение проекта." in titles and "13. Планы на 2026 год." in titles
    undotted = (
        "ОТЧЁТ о работе площадки за 2025 год\n"
        "1.\tОбщие сведения\n"
        "Площадка работает второй год.\n"
        "2.\tПровести семинар для педагогов.\n"
    )
    assert "2. Провести семинар для педагогов." not in _titles(_report(tmp_path, undotted, "generic"))


def test_contents_entries_name_headings_numbered_by_word() -> None:
    """A Word contents field: «Раздел 1. Паспорт программы 2» (a page number after the title,
    a title ending in «г.» before it) names the heading «Паспорт программы» that Word numbers
    «Раздел 1.»; such lines head nothing."""
    from repcheck.models.document import Document, Location
    from repcheck.structurer.sections import toc_entries

    def block(kind: BlockKind, text: str, number: str | None = None) -> Block:
        return Block(kind=kind, text=text, number=number, location=Location())

    doc = Document(path="x.docx", format="docx", blocks=[
        block(BlockKind.HEADING, "Содержание"),
        block(BlockKind.PARAGRAPH, "Раздел 1. Паспорт программы 2"),
        block(BlockKind.PARAGRAPH, "Раздел 2. Этапы реализации: сентябрь 2025 – май 2026 г. 3"),
        block(BlockKind.PARAGRAPH, "Раздел 3. Бюджет программы 4"),
        block(BlockKind.HEADING, "Паспорт программы", "Раздел 1."),
        block(BlockKind.PARAGRAPH, "Программа рассчитана на два года."),
        block(BlockKind.HEADING, "Этапы реализации: сентябрь 2025 – май 2026 г.", "Раздел 2."),
        block(BlockKind.HEADING, "Бюджет программы", "Раздел 3."),
    ])
    assert toc_entries(doc) == {1, 2, 3}


def test_titles_in_the_list_of_appendices_head_no_section() -> None:
    """«Приложения:» over numbered items: one of them naming a section of the form
    («Аналитическая справка …») is an appended document, not a heading."""
    from repcheck.models.document import Document, Location
    from repcheck.structurer.sections import build_sections

    registry = Settings(Config()).registry()
    profile = registry.profiles["mip-report"]
    items = ["Рабочая программа сетевого курса", "Аналитическая справка по итогам мониторинга", "Методические рекомендации"]
    blocks = [Block(kind=BlockKind.HEADING, text="Выводы", number="3.", location=Location()),
              Block(kind=BlockKind.PARAGRAPH, text="Задачи года решены.", location=Location()),
              Block(kind=BlockKind.PARAGRAPH, text="Приложения:", location=Location())]
    blocks += [Block(kind=BlockKind.LIST_ITEM, text=t, number=f"{k}.", location=Location()) for k, t in enumerate(items, 1)]
    doc = Document(path="x.docx", format="docx", blocks=blocks).reindex()
    titles = [s.title for root in build_sections(doc, profile) for s in root.walk() if s.block is not None]
    assert titles == ["Выводы"]
