"""Tests of the text reader (plugins/readers/text.py).

Inline inputs are invented text in the shapes real extractions take; the seed tests at the end
check the real reports in ../shared/seeds when that folder exists.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pluggy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from repcheck import limits
from repcheck.config import Limits
from repcheck.hookspecs import PROJECT
from repcheck.models.document import Block, BlockKind, Document, Table
from repcheck.reader import ReaderError
from repcheck.plugins.readers import text as text_module
from repcheck.plugins.readers.text import TextReader, split_number, strip_markup

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def read(text: str, encoding: str = "utf-8") -> Document:
    return TextReader().read(Path("report.txt"), text.encode(encoding))


def read_bytes(data: bytes) -> Document:
    return TextReader().read(Path("report.txt"), data)


def tables(doc: Document) -> list[Table]:
    return [b.table for _, b in doc.tables() if b.table is not None]


def non_tables(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind is not BlockKind.TABLE]


def grid(table: Table) -> list[list[str]]:
    return [row.texts for row in table.rows]


# --------------------------------------------------------------------------------------------
# Shape a: Word extraction, one cell per tab-indented line
# --------------------------------------------------------------------------------------------

EVENTS = (
    "Проведённые мероприятия:\n"
    "\n"
    "\t№ п/п\n"
    "\tНазвание мероприятия\n"
    "\tДата и место\n"
    "\tУчастники\n"
    "\n"
    "\t1\n"
    "\tОбластной семинар о чтении\n"
    "\t12-13 марта 2021 г.\n"
    "г. Энск\n"
    "\n"
    "\t45\n"
    "\n"
    "\t2\n"
    "\tГородская конференция педагогов\n"
    "\t5 мая 2021 г.\n"
    "Зареченск\n"
    "\t120\n"
    "\n"
    "\t[bookmark: _GoBack]3\n"
    "\tМастер-класс для библиотекарей\n"
    "\tНоябрь, 2021\n"
    "\t15\n"
    "\n"
    "\n"
    "\n"
    "2. Публикации:\n"
)


def test_word_table_rows_start_at_number_cells() -> None:
    doc = read(EVENTS)
    [table] = tables(doc)
    assert len(table.rows) == 4 and table.width == 4
    assert grid(table)[0] == ["№ п/п", "Название мероприятия", "Дата и место", "Участники"]
    assert [r.texts[0] for r in table.rows[1:]] == ["1", "2", "3"]  # bookmark artefact gone
    # A cell's second paragraph has no tab; the blank line after it is an empty paragraph,
    # and the lone "45" is the row's last cell, not a new row.
    assert table.rows[1].texts[2:] == ["12-13 марта 2021 г.\nг. Энск", "45"]
    assert table.rows[2].texts[2:] == ["5 мая 2021 г.\nЗареченск", "120"]
    # The table ends at two blank lines followed by plain text.
    assert non_tables(doc)[-1].number == "2." and non_tables(doc)[-1].text == "Публикации:"


def test_word_table_locations() -> None:
    doc = read(EVENTS)
    block = doc.blocks[1]
    assert block.kind is BlockKind.TABLE
    assert block.location.line == 3 and block.location.table == 0 and block.location.block == 1
    row = block.table.rows[1]
    assert row.line == 8
    assert [c.line for c in row.cells] == [8, 9, 10, 13]
    assert [c.column for c in row.cells] == [0, 1, 2, 3]


def test_header_split_by_empty_paragraph_and_empty_cells() -> None:
    doc = read(
        "\t№ п/п\n"
        "\n"
        "\tОрганизация-партнёр\n"
        "\tФактическое участие\n"
        "\tФункции партнёра\n"
        "\n"
        "\t1. \n"
        "\tДом детского творчества\n"
        "\t\n"
        "\tПроведение занятий;\n"
        "выставка работ.\n"
        "\n"
        "\t2. \n"
        "\tСпортивная школа,\n"
        "Детская библиотека\n"
        "\t \n"
        "\tСоревнования\n"
    )
    [table] = tables(doc)
    assert grid(table) == [
        ["№ п/п", "Организация-партнёр", "Фактическое участие", "Функции партнёра"],
        ["1.", "Дом детского творчества", "", "Проведение занятий;\nвыставка работ."],
        ["2.", "Спортивная школа,\nДетская библиотека", "", "Соревнования"],
    ]
    assert all(row.cells[2].is_blank for row in table.rows[1:])


def test_short_rows_are_padded_and_long_rows_widen_the_table() -> None:
    doc = read(
        "\t№\n\tМероприятие\n\tСрок\n"
        "\n"
        "\t1.\n\tСовещание\n"
        "\n"
        "\t2.\n\tСеминар\n\tМарт\n\tлишняя ячейка\n"
    )
    [table] = tables(doc)
    assert table.width == 4
    short = table.rows[1]
    assert short.texts == ["1.", "Совещание", "", ""]
    assert [c.column for c in short.cells] == [0, 1, 2, 3]
    assert short.cells[2].line is None  # a padding cell has no source line
    assert table.rows[2].texts == ["2.", "Семинар", "Март", "лишняя ячейка"]
    assert table.rows[0].texts == ["№", "Мероприятие", "Срок", ""]


def test_cell_paragraphs_after_one_blank_line_stay_in_the_cell() -> None:
    doc = read(
        "\t№\n\tДействие\n\tСрок\n"
        "\n"
        "\t1.\n"
        "\tСоздание\n"
        "творческой группы.\n"
        "\n"
        "Подготовка\n"
        "положения о группе\n"
        "\tЯнварь 2022\n"
    )
    [table] = tables(doc)
    assert table.rows[1].texts[1] == "Создание\nтворческой группы.\nПодготовка\nположения о группе"
    assert table.rows[1].texts[2] == "Январь 2022"


def test_prose_after_one_blank_line_ends_the_table() -> None:
    # Nothing tab-indented follows, so the text is not a paragraph of the last cell.
    doc = read(
        "\t№\n\tМероприятие\n\n\t1.\n\tСовещание\n\nВывод: план выполнен.\nСледующий абзац.\n"
    )
    [table] = tables(doc)
    assert grid(table) == [["№", "Мероприятие"], ["1.", "Совещание"]]
    assert [b.text for b in non_tables(doc)] == ["Вывод: план выполнен.", "Следующий абзац."]


def test_key_value_passport_makes_two_cell_rows() -> None:
    doc = read(
        "Паспорт программы\n"
        "\n"
        "\tНазвание программы\n"
        "\n"
        "\tПрограмма развития школьной медиатеки\n"
        "\n"
        "\tАвторы программы\n"
        "\tРабочая группа школы № 7\n"
        "\n"
        "\tЗадачи программы\n"
        "\n"
        "\t1. Изучить запросы читателей;\n"
        "2. Обновить фонд;\n"
        "- закупка книг;\n"
        "3. Провести открытие.\n"
        "\n"
        "\tСроки\n"
        "\t2021 - 2023 гг.\n"
        "1 этап: подготовительный\n"
        "\n"
        "\n"
        "Введение\n"
    )
    [table] = tables(doc)
    assert table.width == 2
    assert [r.texts[0] for r in table.rows] == [
        "Название программы",
        "Авторы программы",
        "Задачи программы",
        "Сроки",
    ]
    assert table.rows[2].texts[1] == (
        "1. Изучить запросы читателей;\n2. Обновить фонд;\n- закупка книг;\n3. Провести открытие."
    )
    assert table.rows[3].texts[1] == "2021 - 2023 гг.\n1 этап: подготовительный"
    assert non_tables(doc)[-1].text == "Введение"


def test_word_table_ends_at_a_roman_heading_even_without_blank_lines() -> None:
    doc = read(
        "\tПоказатель\n\tЗначение\n\n\tЧисло семинаров\n\t4\nIII. Инновационность\nТекст раздела.\n"
    )
    [table] = tables(doc)
    assert grid(table) == [["Показатель", "Значение"], ["Число семинаров", "4"]]
    heading = non_tables(doc)[0]
    assert (heading.kind, heading.number, heading.text) == (
        BlockKind.HEADING,
        "III.",
        "Инновационность",
    )


def test_indented_run_without_blank_lines_is_prose_not_a_table() -> None:
    # One tab-indented group with no row separators: an indented list in Word, not a table.
    doc = read(
        "\tРабота велась по направлениям:\n"
        "\t1. Мониторинг чтения учащихся;\n"
        "\t2. Обновление фонда;\n"
        "3. Открытие читального зала;\n"
        "4. Публикации в СМИ.\n"
    )
    assert tables(doc) == []
    kinds = [(b.kind, b.number) for b in doc.blocks]
    assert kinds == [
        (BlockKind.PARAGRAPH, None),
        (BlockKind.LIST_ITEM, "1."),
        (BlockKind.LIST_ITEM, "2."),
        (BlockKind.LIST_ITEM, "3."),
        (BlockKind.LIST_ITEM, "4."),
    ]
    assert [b.location.line for b in doc.blocks] == [1, 2, 3, 4, 5]


def test_tab_indented_paragraphs_are_prose() -> None:
    doc = read(
        "\tВ отчётном году школа продолжила работу площадки.\n"
        "\n"
        "\tПедагоги провели четыре открытых занятия.\n"
        "продолжение абзаца\n"
        "\n"
        "\t2. Итоги\n"
    )
    assert tables(doc) == []
    assert [(b.kind, b.location.line) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, 1),
        (BlockKind.PARAGRAPH, 3),
        (BlockKind.PARAGRAPH, 4),
        (BlockKind.LIST_ITEM, 6),
    ]


def test_total_row_without_number_and_numbering_gaps() -> None:
    doc = read(
        "\t№\n\tЗадача\n\tСрок\n"
        "\n"
        "\t2.3.\n\tОпрос родителей\n\tМарт\n"
        "\n"
        "\t2.4.\n\tСеминар\n"
        "\n"
        "\tАпрель\n"
        "\n"
        "\t2.7.\n\tОтчёт\n\tМай\n"
        "\n"
        "\tИтого\n\t3 задачи\n"
    )
    [table] = tables(doc)
    assert [r.texts[0] for r in table.rows] == ["№", "2.3.", "2.4.", "2.7.", "Итого"]
    assert table.rows[2].texts == ["2.4.", "Семинар", "Апрель"]
    assert table.rows[4].texts == ["Итого", "3 задачи", ""]


def test_lone_number_cell_that_continues_numbering_starts_a_row() -> None:
    doc = read("\t№\n\tМероприятие\n\tДата\n\n\t1.\n\tСовет\n\n\t2.\n\n\tКонкурс\n\tАпрель\n")
    [table] = tables(doc)
    assert grid(table) == [
        ["№", "Мероприятие", "Дата"],
        ["1.", "Совет", ""],
        ["2.", "Конкурс", "Апрель"],
    ]


def test_two_tables_separated_by_text() -> None:
    doc = read("\tА\n\tБ\n\n\tв\n\tг\n\n\nСледующая таблица:\n\tД\n\tЕ\n\tЖ\n\n\tз\n\tи\n\tк\n")
    first, second = tables(doc)
    assert grid(first) == [["А", "Б"], ["в", "г"]]
    assert grid(second) == [["Д", "Е", "Ж"], ["з", "и", "к"]]
    assert [b.location.table for _, b in doc.tables()] == [0, 1]


# --------------------------------------------------------------------------------------------
# Shape b: tab-separated rows
# --------------------------------------------------------------------------------------------


def test_tab_separated_rows_with_markup_and_trailing_tabs() -> None:
    doc = read(
        "б) участники проекта\n"
        "\n"
        "Участники\tЧисло\tРоль\n"
        "Учителя\t42\tАнкетирование\n"
        "Ученики\t310\tУчастие в опросах\n"
        "<b>Всего участников</b>\t<b>352</b>\t\n"
        "\n"
        "в) курсы\n"
    )
    [table] = tables(doc)
    assert grid(table) == [
        ["Участники", "Число", "Роль"],
        ["Учителя", "42", "Анкетирование"],
        ["Ученики", "310", "Участие в опросах"],
        ["Всего участников", "352", ""],
    ]
    assert [r.line for r in table.rows] == [3, 4, 5, 6]
    assert doc.blocks[-1].number == "в)"


def test_extra_trailing_tabs_are_not_columns_but_inner_gaps_are() -> None:
    doc = read("А\tБ\tВ\nа1\tб1\t\t\t\t\nа2\tб2\t\tв2\n")
    [table] = tables(doc)
    assert table.rows[1].texts == ["а1", "б1", "", ""]
    assert table.rows[2].texts == ["а2", "б2", "", "в2"]
    assert table.width == 4


def test_page_broken_row_is_joined_and_dehyphenated() -> None:
    doc = read(
        "План\tФакт\tПродукт\n"
        "Изучение читательских ин-\tОпрос проведён, выявлен ин-\tАнкета\n"
        "\n"
        "тересов учащихся\tтерес к комиксам\t\t\t\n"
        "Открытие зала\tЗал открыт\tФотоотчёт\n"
    )
    [table] = tables(doc)
    assert len(table.rows) == 3
    joined = table.rows[1]
    assert joined.joined and not table.rows[2].joined
    assert joined.texts == [
        "Изучение читательских интересов учащихся",
        "Опрос проведён, выявлен интерес к комиксам",
        "Анкета",
    ]
    assert joined.line == 2 and joined.cells[0].line == 2


def test_page_broken_row_without_hyphen_is_joined_with_a_space() -> None:
    doc = read("Задача\tСрок\nПровести серию семинаров\tМарт\n\nдля молодых педагогов\t– апрель\n")
    [table] = tables(doc)
    assert grid(table) == [
        ["Задача", "Срок"],
        ["Провести серию семинаров для молодых педагогов", "Март – апрель"],
    ]
    assert table.rows[1].joined


def test_hyphen_is_kept_when_the_next_piece_is_not_lower_case() -> None:
    doc = read("Тема\tФорма\nСеминар-\tОчно-\n\nпрактикум\tЗаочно\n")
    [table] = tables(doc)
    # The first cell continues in lower case, so the row is joined; "Очно-" + "Заочно" keeps
    # its hyphen because the second piece is capitalised.
    assert table.rows[1].texts == ["Семинарпрактикум", "Очно- Заочно"]


def test_capitalised_row_after_a_break_is_a_new_row() -> None:
    doc = read(
        "ФИО\tДолжность\tФункции\n"
        "Иванова А.А.\tДиректор\tКоординация работы уча-\n"
        "\n"
        "Петрова Б.Б.\tПсихолог\tстников проекта\n"
    )
    [table] = tables(doc)
    assert len(table.rows) == 3
    assert not any(r.joined for r in table.rows)


def test_continuation_with_empty_first_cell_joins_hyphenated_column() -> None:
    doc = read("А\tБ\nперв\tвторая ча-\n\tсть текста\n")
    [table] = tables(doc)
    assert grid(table) == [["А", "Б"], ["перв", "вторая часть текста"]]
    assert table.rows[1].joined


def test_digit_before_hyphen_is_not_dehyphenated() -> None:
    doc = read("Период\tИтог\nсентябрь 2020-\tначат\n\nянварь 2021\tзавершён\n")
    [table] = tables(doc)
    assert table.rows[1].texts == ["сентябрь 2020- январь 2021", "начат завершён"]


def test_leading_tab_inside_tab_table_is_an_empty_first_cell() -> None:
    doc = read("Показатель\t2022\t2023\nЧисло кружков\t3\t5\n\tвсего\t8\n")
    [table] = tables(doc)
    assert table.rows[2].texts == ["", "всего", "8"]


# --------------------------------------------------------------------------------------------
# Word's "save as text": tables as tab-separated rows, merged cells written once, no formatting
# --------------------------------------------------------------------------------------------

WORD_SAVED = (
    "ОТЧЁТ\n"
    "о работе городской инновационной площадки\n"
    "за 2024 год\n"
    "\n"
    "МБОУ «Лесная СОШ» посёлка Кедровый\n"
    "\n"
    "1. Общие сведения\n"
    "Тема проекта\t«Школьное лесничество: от наблюдения к исследованию»\n"
    "Срок реализации\t01.09.2023 – 31.08.2026\n"
    "\n"
    "2. Цели и задачи\n"
    "Цель: создать модель школьного лесничества.\n"
    "Задачи проекта:\n"
    "1. Разработать программу курса «Юный лесовод»;\n"
    "2. Оборудовать экологическую тропу;\n"
    "3. Провести полевые практикумы.\n"
    "\n"
    "3. Реализация плана работы\n"
    "Таблица 1\n"
    "№ п/п\tМероприятие\tСроки\tУчастники, чел.\tРезультат\n"
    "\t\tплан\tфакт\tплан\tфакт\t\n"
    "1.\tСеминар для учителей биологии\tмарт 2024\t14.03.2024\t20\t24\tПрограмма семинара\n"
    "2.\tПолевой практикум «Лесная подстилка»\tмай 2024\t–\t30\t–\tНе проведён\n"
    "Итого\t50\t24\t\n"
    "\n"
    "4. Трансляция опыта\n"
    "№\tМероприятие\tДата\tСлушатели\n"
    "1\tРайонный семинар «Лес в школе»\t12.04.2024\t35\n"
    "2\tЗаметка на сайте школы\tоктябрь 2024\t–\n"
    "Всего слушателей\t35\n"
    "\n"
    "5. Ресурсы проекта\n"
    "\n"
    "6. Проблемы года\n"
    "Основная трудность – удалённость лесного участка от школы.\n"
    "\n"
    "Директор МБОУ «Лесная СОШ»\t\t\tА.Б. Соснина\n"
)


def headings(doc: Document) -> list[tuple[str | None, str]]:
    return [(b.number, b.text) for b in doc.blocks if b.kind is BlockKind.HEADING]


def test_word_saved_report_headings_after_tables_and_lists() -> None:
    doc = read(WORD_SAVED)
    assert headings(doc) == [
        (None, "ОТЧЁТ"),
        (None, "о работе городской инновационной площадки"),
        (None, "за 2024 год"),
        ("1.", "Общие сведения"),
        ("2.", "Цели и задачи"),
        ("3.", "Реализация плана работы"),
        ("4.", "Трансляция опыта"),
        ("5.", "Ресурсы проекта"),
        ("6.", "Проблемы года"),
    ]
    assert all(b.emphasis for b in doc.blocks if b.kind is BlockKind.HEADING)  # read as bold
    tasks = [b for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [(b.number, b.level) for b in tasks] == [("1.", 1), ("2.", 1), ("3.", 1)]  # after «Задачи:»
    # The school's name under a blank line is no part of the title.
    school = next(b for b in doc.blocks if b.text.startswith("МБОУ"))
    assert school.kind is BlockKind.PARAGRAPH
    assert len(tables(doc)) == 3


def test_word_saved_total_row_spans_the_columns_its_label_was_merged_over() -> None:
    doc = read(WORD_SAVED)
    spread = tables(doc)[2]
    total = spread.rows[-1]
    assert [(c.text, c.column, c.col_span) for c in total.cells] == [("Всего слушателей", 0, 3), ("35", 3, 1)]
    assert spread.width == 4
    assert total.cell_at(3) is not None and total.cell_at(3).text == "35"
    # The headings and the text after the table are not rows of it.
    assert [r.texts[0] for r in spread.rows] == ["№", "1", "2", "Всего слушателей"]


def test_word_saved_two_row_header() -> None:
    plan = tables(read(WORD_SAVED))[1]
    top, sub = plan.rows[0], plan.rows[1]
    assert [(c.text, c.column, c.col_span) for c in top.cells] == [
        ("№ п/п", 0, 1),
        ("Мероприятие", 1, 1),
        ("Сроки", 2, 2),
        ("Участники, чел.", 4, 2),
        ("Результат", 6, 1),
    ]
    assert [(c.text, c.merged) for c in sub.cells] == [
        ("№ п/п", True),
        ("Мероприятие", True),
        ("план", False),
        ("факт", False),
        ("план", False),
        ("факт", False),
        ("Результат", True),
    ]
    assert plan.width == 7
    assert plan.rows[2].texts == ["1.", "Семинар для учителей биологии", "март 2024", "14.03.2024", "20", "24", "Программа семинара"]
    total = plan.rows[-1]
    assert [(c.text, c.column, c.col_span) for c in total.cells] == [
        ("Итого", 0, 4),
        ("50", 4, 1),
        ("24", 5, 1),
        ("", 6, 1),
    ]


def test_heading_line_right_after_a_table_ends_it() -> None:
    doc = read(
        "1. Результаты\n"
        "Показатель\t2023\t2024\n"
        "Число кружков\t3\t5\n"
        "2. Выводы\n"
        "Работа будет продолжена.\n"
    )
    [table] = tables(doc)
    assert len(table.rows) == 2
    assert [(b.kind, b.number, b.text) for b in non_tables(doc)] == [
        (BlockKind.HEADING, "1.", "Результаты"),
        (BlockKind.HEADING, "2.", "Выводы"),
        (BlockKind.PARAGRAPH, None, "Работа будет продолжена."),
    ]


def test_stage_row_written_once_spans_the_table() -> None:
    doc = read(
        "№\tМероприятие\tСрок\tОтветственный\n"
        "Этап 1. Организационный (октябрь – декабрь 2025 г.)\n"
        "1.1.\tСоздание рабочей группы\tсентябрь\tдиректор\n"
        "1.2.\tАнкетирование родителей\tоктябрь\tпсихолог\n"
        "Этап 2. Практический (январь – июнь 2026 г.)\n"
        "2.1.\tЦикл открытых занятий\tв течение года\tучителя\n"
        "\n"
        "Таблица 2\n"
        "Показатель\tЗначение\n"
        "Охват, чел.\t120\n"
    )
    plan, indicators = tables(doc)
    assert [r.texts[0] for r in plan.rows] == [
        "№",
        "Этап 1. Организационный (октябрь – декабрь 2025 г.)",
        "1.1.",
        "1.2.",
        "Этап 2. Практический (январь – июнь 2026 г.)",
        "2.1.",
    ]
    stage = plan.rows[1].cells
    assert [(c.column, c.col_span) for c in stage] == [(0, 4)]
    assert plan.width == 4 and indicators.width == 2
    assert [b.text for b in non_tables(doc)] == ["Таблица 2"]


def test_group_row_written_once_in_a_table_without_row_numbers() -> None:
    """A plan grouped by tasks, rows not numbered: «Задача 1. …» between two rows of dates is a
    row merged across the table; a heading over a header row, or a repeated header, is not."""
    doc = read(
        "Мероприятие\tСрок\tРезультат\n"
        "Задача 1. Подготовить материалы (I этап, март – май 2025)\n"
        "Опрос родителей\tапрель 2025\tСправка\n"
        "Задача 2. Провести занятия\n"
        "Цикл занятий\tоктябрь 2025\tКонспекты\n"
        "II этап. Обобщение\n"
        "Мероприятие\tСрок\tРезультат\n"
        "Семинар\tмай 2026\tДоклад\n"
    )
    plan, repeated = tables(doc)
    assert [r.texts[0] for r in plan.rows] == [
        "Мероприятие", "Задача 1. Подготовить материалы (I этап, март – май 2025)", "Опрос родителей",
        "Задача 2. Провести занятия", "Цикл занятий",
    ]
    assert [(c.column, c.col_span) for c in plan.rows[1].cells] == [(0, 3)]
    assert [r.texts[0] for r in repeated.rows] == ["Мероприятие", "Семинар"]
    assert [b.text for b in non_tables(doc)] == ["II этап. Обобщение"]


def test_group_word_over_a_header_row_is_not_a_merged_row() -> None:
    doc = read(
        "Показатель\tЗначение\n"
        "Охват, чел.\t120\n"
        "Этап 2 проекта\n"
        "Категория\tЧисло\n"
        "Педагоги\t14\n"
    )
    assert len(tables(doc)) == 2
    assert [b.text for b in non_tables(doc)] == ["Этап 2 проекта"]


def test_line_without_tabs_between_tables_is_not_a_row() -> None:
    doc = read(
        "Показатель\tЗначение\n"
        "Охват, чел.\t120\n"
        "Таблица 2\n"
        "Показатель\tЗначение\n"
        "Доля, %\t40\n"
        "следующий абзац без табуляции\n"
        "Ещё\tстрока\n"
    )
    assert len(tables(doc)) == 3
    assert [b.text for b in non_tables(doc)] == ["Таблица 2", "следующий абзац без табуляции"]


def test_heading_between_two_tables_of_one_width_is_not_a_merged_row() -> None:
    doc = read(
        "1. Кадры\n"
        "Должность\tЧисло\n"
        "Учителя\t12\n"
        "Итого\t12\n"
        "2. Участники\n"
        "Категория\tЧисло\n"
        "Обучающиеся\t140\n"
    )
    staff, pupils = tables(doc)
    assert [r.texts[0] for r in staff.rows] == ["Должность", "Учителя", "Итого"]
    assert [r.texts[0] for r in pupils.rows] == ["Категория", "Обучающиеся"]
    assert headings(doc) == [("1.", "Кадры"), ("2.", "Участники")]


def test_value_under_a_heading_is_not_its_wrapped_line() -> None:
    doc = read("1. Сроки реализации\nсентябрь 2024 – май 2026\n2. Этапы проекта\nс 01.09.2024 по плану\n")
    assert headings(doc) == [("1.", "Сроки реализации"), ("2.", "Этапы проекта")]
    assert [b.kind for b in doc.blocks].count(BlockKind.PARAGRAPH) == 2


def test_first_column_merged_down_over_numbered_rows() -> None:
    doc = read(
        "Задача\t№\tМероприятие\tСрок\n"
        "Задача 1. Открыть кружок\t1.1\tЗакупка микроскопов\tмарт 2024\n"
        "\t1.2\tПрактикум «Клетка»\tапрель 2024\n"
        "Задача 2. Обучить учителей\t2.1\tСеминар\tмай 2024\n"
        "\t2.2\tВзаимопосещение уроков\tоктябрь 2024\n"
        "Итого\t4\n"
    )
    [table] = tables(doc)
    first = [(c.text[:8], c.merged) for c in (r.cells[0] for r in table.rows)]
    assert first == [
        ("Задача", False),
        ("Задача 1", False),
        ("Задача 1", True),
        ("Задача 2", False),
        ("Задача 2", True),
        ("Итого", False),
    ]
    assert table.rows[1].cells[0].row_span == 2


def test_cell_paragraphs_joined_by_word_go_back_on_lines() -> None:
    doc = read(
        "Срок реализации\t2024–2026 гг. I этап – организационный: 01.09.2024 – 31.12.2024; "
        "II этап – основной: 01.01.2025 – 31.05.2026.\n"
        "Задачи\t1. Создать кружок. 2. Провести конкурс; 3. Издать сборник.\n"
        "Примечание\tсм. п. 2. Сроки могут меняться\n"
    )
    [table] = tables(doc)
    assert table.rows[0].texts[1].split("\n") == [
        "2024–2026 гг.",
        "I этап – организационный: 01.09.2024 – 31.12.2024;",
        "II этап – основной: 01.01.2025 – 31.05.2026.",
    ]
    assert table.rows[1].texts[1].split("\n") == ["1. Создать кружок.", "2. Провести конкурс;", "3. Издать сборник."]
    assert "\n" not in table.rows[2].texts[1]  # no list opens the cell: nothing to put back


def test_tab_aligned_signature_is_a_paragraph() -> None:
    doc = read("Текст отчёта.\n\nДиректор школы\t\t\tИ.И. Петрова\nНаучный руководитель\t\t\t\tП.П. Иванов\n")
    assert not tables(doc)
    assert [b.text for b in doc.blocks] == [
        "Текст отчёта.",
        "Директор школы И.И. Петрова",
        "Научный руководитель П.П. Иванов",
    ]


def test_numbered_lines_that_are_lists_stay_lists() -> None:
    doc = read(
        "1. Общие сведения\n"
        "Площадка работает второй год.\n"
        "1. Сбор данных\n"
        "2. Анализ результатов\n"
        "\n"
        "2. Результаты\n"
        "Проведены мероприятия\n"
        "1. Встреча с родителями\n"
        "2. Конкурс чтецов\n"
        "3. Круглый стол\n"
        "\n"
        "3. Перспективы\n"
        "2.1. Пункт не по порядку\n"
        "5. Выводы\n"
    )
    kinds = [(b.kind, b.number) for b in non_tables(doc) if b.number]
    assert kinds == [
        (BlockKind.HEADING, "1."),
        (BlockKind.LIST_ITEM, "1."),  # «1.» directly above «2.»: a list
        (BlockKind.LIST_ITEM, "2."),
        (BlockKind.HEADING, "2."),
        (BlockKind.LIST_ITEM, "1."),  # lists start again at 1; the outline is at 2
        (BlockKind.LIST_ITEM, "2."),
        (BlockKind.LIST_ITEM, "3."),  # the next item of the list, not section 3
        (BlockKind.HEADING, "3."),  # after a blank line the outline goes on
        (BlockKind.LIST_ITEM, "2.1."),  # 3. → 2.1. is no step of the outline
        (BlockKind.HEADING, "5."),  # 3. → 5.: a section may be left out
    ]


def test_numbered_parts_under_a_plain_title_line_stay_list_items() -> None:
    doc = read(
        "План работы площадки\n"
        "1. Мероприятия первого этапа\n"
        "№\tМероприятие\tСрок\n"
        "1.1.\tСовещание\tсентябрь\n"
        "2. Мероприятия второго этапа\n"
        "№\tМероприятие\tСрок\n"
        "2.1.\tКонференция\tмай\n"
    )
    parts = [(b.kind, b.number) for b in non_tables(doc) if b.number]
    assert parts == [(BlockKind.LIST_ITEM, "1."), (BlockKind.LIST_ITEM, "2.")]  # across the table too
    assert len(tables(doc)) == 2


def test_subsections_and_a_heading_wrapped_over_two_lines() -> None:
    doc = read(
        "1. Общие сведения\n"
        "Площадка открыта в 2023 году.\n"
        "2. Итоги работы школьной\n"
        "лаборатории за учебный год\n"
        "2.1. Количественные результаты\n"
        "Охват вырос вдвое.\n"
        "2.2. Качественные результаты\n"
        "Выросла мотивация.\n"
        "3. Выводы\n"
    )
    assert [(b.kind, b.number, b.level, b.text) for b in doc.blocks if b.kind is BlockKind.HEADING] == [
        (BlockKind.HEADING, "1.", 1, "Общие сведения"),
        (BlockKind.HEADING, "2.", 1, "Итоги работы школьной"),
        (BlockKind.HEADING, None, None, "лаборатории за учебный год"),
        (BlockKind.HEADING, "2.1.", 2, "Количественные результаты"),
        (BlockKind.HEADING, "2.2.", 2, "Качественные результаты"),
        (BlockKind.HEADING, "3.", 1, "Выводы"),
    ]
    # A document whose first numbered line is «5.» has not shown its numbering yet: a list.
    assert read("5. Результаты\nТекст.\n").blocks[0].kind is BlockKind.LIST_ITEM


def test_marked_files_are_not_read_for_lost_bold() -> None:
    """Where the file marks bold itself (PDF-to-markdown), a line without the mark is not bold."""
    doc = read("**ОТЧЁТ**\nо работе площадки\n\nОТЧЁТ О РАБОТЕ\nза 2024 год.\n")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, "ОТЧЁТ"),
        (BlockKind.PARAGRAPH, "о работе площадки"),
        (BlockKind.HEADING, "ОТЧЁТ О РАБОТЕ"),
        (BlockKind.PARAGRAPH, "за 2024 год."),  # a sentence: ends with a full stop
    ]


def test_section_word_and_dated_items() -> None:
    doc = read(
        "Раздел 2. Ход работы\n"
        "В отчётном году состоялись:\n"
        "1) 5 апреля 2025 г. – семинар учителей;\n"
        "2) апрель 2024 г. – экспедиция.\n"
    )
    b = non_tables(doc)
    assert (b[0].kind, b[0].number, b[0].text, b[0].level) == (
        BlockKind.HEADING,
        None,
        "Раздел 2. Ход работы",  # kept as written, as the .docx reader keeps it
        1,
    )
    assert [(x.kind, x.number, x.text) for x in b[2:]] == [
        (BlockKind.LIST_ITEM, "1)", "5 апреля 2025 г. – семинар учителей;"),
        (BlockKind.LIST_ITEM, "2)", "апрель 2024 г. – экспедиция."),
    ]


def test_word_saved_report_gives_sections_events_and_totals() -> None:
    from repcheck.config import Config
    from repcheck.engine import analyse, registry_for

    config = Config(cache=False)
    report = analyse(read(WORD_SAVED), registry_for(config), config)
    numbered = [s.label for s in report.all_sections() if s.number]
    assert numbered == [
        "1. Общие сведения",
        "2. Цели и задачи",
        "3. Реализация плана работы",
        "4. Трансляция опыта",
        "5. Ресурсы проекта",
        "6. Проблемы года",
    ]
    assert [e.number for e in report.events if e.table == 2] == ["1", "2"]
    assert any(t.value == 35 and t.label.startswith("Всего слушателей") for t in report.totals)


# --------------------------------------------------------------------------------------------
# Markup
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text", "bold"),
    [
        ("**Итоги года**", "Итоги года", True),
        ("**Итоги** **года**  ", "Итоги года", True),
        ("<b>Итоги года</b>", "Итоги года", True),
        ("<p><strong>Итоги</strong></p>", "Итоги", True),
        ("Итоги **года**", "Итоги года", False),
        ("*курсив* и текст", "курсив и текст", False),
        ("<i>не менее 3-х</i> проблем", "не менее 3-х проблем", False),
        ("<p>1. Пункт</p>", "1. Пункт", False),
        ("сайт: <https://example.org/a?id=1>", "сайт: https://example.org/a?id=1", False),
        ("school\\_12\\_mail", "school_12_mail", False),
        ("\\*не курсив\\*", "*не курсив*", False),
        ("Справка (не более 5 стр.):**", "Справка (не более 5 стр.):", False),
        ("ФИО, * должность", "ФИО, * должность", False),
        ("2*3 = 6", "2*3 = 6", False),
        ("А &amp; Б", "А & Б", False),
        ("слово  \t  слово", "слово слово", False),
        ("[bookmark: _GoBack]9", "9", False),
        ("<Название>", "<Название>", False),
    ],
)
def test_strip_markup(raw: str, text: str, bold: bool) -> None:
    assert strip_markup(raw) == (text, bold)


def test_bold_lines_headings_and_labelled_values() -> None:
    doc = read(
        "**ОТЧЁТ О ДЕЯТЕЛЬНОСТИ ПЛОЩАДКИ**\n"
        "**1. Общие сведения**\n"
        "<b>Тема: «Школа равных возможностей»</b>\n"
        "➤ **Результаты этапа**\n"
        "**Описание эффектов:**\n"
    )
    b = doc.blocks
    assert (b[0].kind, b[0].emphasis, b[0].text) == (
        BlockKind.HEADING,
        True,
        "ОТЧЁТ О ДЕЯТЕЛЬНОСТИ ПЛОЩАДКИ",
    )
    assert (b[1].kind, b[1].number, b[1].level, b[1].text) == (
        BlockKind.HEADING,
        "1.",
        1,
        "Общие сведения",
    )
    assert (b[2].kind, b[2].emphasis) == (BlockKind.PARAGRAPH, True)
    assert b[2].text == "Тема: «Школа равных возможностей»"
    assert (b[3].kind, b[3].emphasis, b[3].text) == (BlockKind.LIST_ITEM, True, "Результаты этапа")
    assert (b[4].kind, b[4].text) == (BlockKind.HEADING, "Описание эффектов:")


def test_br_splits_a_line_into_blocks_on_the_same_line() -> None:
    doc = read("Первая строка<br>Вторая строка<br/>\n")
    assert [(b.text, b.location.line) for b in doc.blocks] == [
        ("Первая строка", 1),
        ("Вторая строка", 1),
    ]


def test_br_inside_a_cell_is_a_line_break() -> None:
    doc = read("А\tБ\nодин<br>два\tтри\n")
    assert tables(doc)[0].rows[1].texts == ["один\nдва", "три"]


def test_list_markers_and_nesting() -> None:
    doc = read(
        "- Количество публикаций – 2\n"
        "- Участие в конкурсах:\n"
        "  - Региональный уровень – 1\n"
        "    - призёры – 1\n"
        "* звёздочка\n"
        "· точка\n"
        "• кружок\n"
        "➤ стрелка\n"
        "\uf0b7 символ Word\n"
        "-без пробела\n"
        "<ul><li>пункт списка</li></ul>\n"
        "– тире\n"
        "-5 градусов\n"
    )
    items = [(b.kind, b.level, b.text) for b in doc.blocks]
    assert items[:4] == [
        (BlockKind.LIST_ITEM, 1, "Количество публикаций – 2"),
        (BlockKind.LIST_ITEM, 1, "Участие в конкурсах:"),
        (BlockKind.LIST_ITEM, 2, "Региональный уровень – 1"),
        (BlockKind.LIST_ITEM, 3, "призёры – 1"),
    ]
    texts = [
        "звёздочка",
        "точка",
        "кружок",
        "стрелка",
        "символ Word",
        "без пробела",
        "пункт списка",
        "тире",
    ]
    assert [(k, t) for k, _, t in items[4:12]] == [(BlockKind.LIST_ITEM, t) for t in texts]
    assert all(b.number is None for b in doc.blocks[:12])
    assert (doc.blocks[12].kind, doc.blocks[12].text) == (BlockKind.PARAGRAPH, "-5 градусов")


def test_markdown_headings() -> None:
    doc = read("# Отчёт\n## 2. Итоги года ##\n<h3>Приложение</h3>\n")
    assert [(b.kind, b.level, b.number, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, 1, None, "Отчёт"),
        (BlockKind.HEADING, 2, "2.", "Итоги года"),
        (BlockKind.HEADING, 3, None, "Приложение"),
    ]


# --------------------------------------------------------------------------------------------
# Number labels and block kinds
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "number", "rest"),
    [
        ("I. Общие сведения", "I.", "Общие сведения"),
        ("IV. Измерение качества", "IV.", "Измерение качества"),
        ("VII. Апробация", "VII.", "Апробация"),
        ("1. Наименование", "1.", "Наименование"),
        ("1.1. Полное наименование", "1.1.", "Полное наименование"),
        ("2.4. Семинар", "2.4.", "Семинар"),
        ("1.1 Цели", "1.1", "Цели"),
        ("1) наличие органа", "1)", "наличие органа"),
        ("а) управление проектом", "а)", "управление проектом"),
        ("10.\tТабулированный", "10.", "Табулированный"),
        ("3. «Цифровая школа»", "3.", "«Цифровая школа»"),
        ("1.Обеспечение качества", "1.", "Обеспечение качества"),
        ("Раздел 2. Результаты", "2.", "Результаты"),
        ("2022-2025гг. проект", None, "2022-2025гг. проект"),
        ("630099, город Энск", None, "630099, город Энск"),
        ("8(800) 000-00-00", None, "8(800) 000-00-00"),
        ("1 этап: подготовительный", None, "1 этап: подготовительный"),
        ("29.12.2012 г. принят закон", None, "29.12.2012 г. принят закон"),
        ("2023 год", None, "2023 год"),
        ("IIII. не римское", None, "IIII. не римское"),
        ("1.5 млн", "1.5", "млн"),  # accepted: a decimal at line start reads as a label
        ("3. 5 участников", None, "3. 5 участников"),
    ],
)
def test_split_number(line: str, number: str | None, rest: str) -> None:
    label, text = split_number(line)
    assert (label.number if label else None) == number
    assert text == rest


def test_block_kinds_for_numbered_and_plain_lines() -> None:
    doc = read(
        "II. Задачи отчётного периода\n"
        "3. Сведения о руководителе: Иванов И.И.\n"
        "1.2.3. Третий уровень\n"
        "- 1.1. Пункт после тире\n"
        "2) второй пункт\n"
        "КРАЕВАЯ ИННОВАЦИОННАЯ ПЛОЩАДКА\n"
        "ОТЧЁТ\n"
        "МБОУ СОШ № 5\n"
        "Обычный абзац текста.\n"
        "I. " + "очень длинное содержание " * 12 + "\n"
    )
    got = [(b.kind, b.number, b.level, b.emphasis) for b in doc.blocks]
    assert got == [
        (BlockKind.HEADING, "II.", 1, True),  # a typed-number heading: read as bold
        (BlockKind.LIST_ITEM, "3.", 1, False),
        (BlockKind.LIST_ITEM, "1.2.3.", 3, False),
        (BlockKind.LIST_ITEM, "1.1.", 2, False),
        (BlockKind.LIST_ITEM, "2)", 1, False),
        (BlockKind.HEADING, None, None, True),
        (BlockKind.PARAGRAPH, None, None, True),
        (BlockKind.PARAGRAPH, None, None, True),
        (BlockKind.PARAGRAPH, None, None, False),
        (BlockKind.LIST_ITEM, "I.", 1, False),
    ]
    assert doc.blocks[1].text == "Сведения о руководителе: Иванов И.И."
    assert doc.blocks[1].full_text == "3. Сведения о руководителе: Иванов И.И."


def test_blank_lines_are_dropped_and_lines_are_counted() -> None:
    doc = read("\n\nПервый\n\n\nВторой\n   \n")
    assert [(b.text, b.location.line, b.location.block) for b in doc.blocks] == [
        ("Первый", 3, 0),
        ("Второй", 6, 1),
    ]


# --------------------------------------------------------------------------------------------
# Encodings and cleaning
# --------------------------------------------------------------------------------------------

SHORT_PHRASES = [
    "Отчёт о работе",
    "Отчёт о работе площадки за 2023 год",
    "ОТЧЁТ",
    "Итого: 418 участников",
    "Календарный план реализации проекта",
    "Цель: повышение качества образования",
    "№ п/п\tМероприятие\tСроки",
]


@pytest.mark.parametrize("phrase", SHORT_PHRASES)
def test_cp1251_short_files(phrase: str) -> None:
    doc = read(phrase + "\r\n", "cp1251")
    assert doc.encoding == "cp1251"
    assert any("cp1251" in w for w in doc.warnings)
    first = doc.blocks[0]
    texts = first.table.rows[0].texts if first.table else [first.full_text]
    assert "\t".join(texts) == phrase


def test_the_30_byte_cp1251_line() -> None:
    data = "Отчёт о работе площадки 2020".encode("cp1251")
    assert len(data) <= 30
    doc = read_bytes(data)
    assert (doc.encoding, doc.blocks[0].text) == ("cp1251", "Отчёт о работе площадки 2020")


@pytest.mark.parametrize("encoding", ["koi8-r", "cp866"])
def test_koi8_and_cp866(encoding: str) -> None:
    phrase = "Отчёт о работе инновационной площадки"
    doc = read(phrase, encoding)
    assert (doc.encoding, doc.blocks[0].text) == (encoding, phrase)


def test_utf8_with_and_without_bom() -> None:
    doc = read_bytes("\ufeffОтчёт о работе\n".encode())
    assert (doc.encoding, doc.blocks[0].text) == ("utf-8-sig", "Отчёт о работе")
    doc = read("Отчёт о работе\n")
    assert (doc.encoding, doc.warnings) == ("utf-8", [])


@pytest.mark.parametrize(
    ("codec", "name"), [("utf-16", None), ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")]
)
def test_utf16_with_bom(codec: str, name: str | None) -> None:
    text = "Отчёт\tИтог\nПедагоги\t60\n"
    data = text.encode(codec) if name is None else text.encode(name)
    if name is not None:
        data = ("\ufeff" + text).encode(name)
    doc = read_bytes(data)
    assert doc.encoding.startswith("utf-16")
    assert grid(tables(doc)[0]) == [["Отчёт", "Итог"], ["Педагоги", "60"]]


def test_utf16_without_bom_is_recognised() -> None:
    doc = read_bytes("Отчёт о работе школы\nИтоги года\n".encode("utf-16-le"))
    assert doc.encoding == "utf-16-le"
    assert [b.text for b in doc.blocks] == ["Отчёт о работе школы", "Итоги года"]


def test_mostly_utf8_with_a_damaged_byte() -> None:
    data = ("Отчёт о работе площадки. " * 20).encode() + b"\xff" + "Итоги".encode()
    doc = read_bytes(data)
    assert doc.encoding == "utf-8" and doc.warnings
    assert doc.blocks[0].text.startswith("Отчёт о работе")


def test_cleaning_newlines_spaces_and_invisible_characters() -> None:
    doc = read("Первая\u00a0строка\r\nВто\u200bрая\u00ad строка\rТре\x07тья\x0bчасть\u2060\n")
    assert [(b.text, b.location.line) for b in doc.blocks] == [
        ("Первая строка", 1),
        ("Вторая строка", 2),
        ("Третья часть", 3),
    ]


# --------------------------------------------------------------------------------------------
# Rejections, sniffing, plugin hook
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\n\t\n", "\ufeff".encode(), b"\r\n\r\n"])
def test_empty_files_are_rejected(data: bytes) -> None:
    with pytest.raises(ReaderError) as err:
        read_bytes(data)
    assert err.value.ru.startswith("Файл пуст")
    assert "empty" in err.value.text("en")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 20,
        "Текст в начале".encode() + b"\x00\x01\x02\x03" * 10,
        bytes(range(1, 9)) * 20,
    ],
)
def test_binary_files_are_rejected(data: bytes) -> None:
    with pytest.raises(ReaderError) as err:
        read_bytes(data)
    assert "двоичные" in err.value.ru


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Отчёт о работе".encode(), True),
        ("Отчёт о работе".encode("cp1251"), True),
        ("Отчёт".encode("utf-16"), True),
        ("\ufeffОтчёт".encode(), True),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", False),
        (b"PK\x03\x04\x14\x00", False),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", False),
        (b"{\\rtf1\\ansi", False),
        (b"\x00\x01\x02binary", False),
        (b"", False),
    ],
)
def test_sniff(head: bytes, expected: bool) -> None:
    assert TextReader().sniff(head, Path("file.bin")) is expected


def test_reader_identity_and_hook() -> None:
    reader = TextReader()
    assert reader.name == "text"
    assert reader.extensions == (".txt", ".md", ".text")
    assert reader.priority < 0  # a fallback: format-specific readers win
    pm = pluggy.PluginManager(PROJECT)
    from repcheck import hookspecs

    pm.add_hookspecs(hookspecs)
    pm.register(text_module)
    [[hooked]] = pm.hook.repcheck_readers()
    assert isinstance(hooked, TextReader)
    doc = hooked.read(Path("a.md"), "Текст".encode())
    assert (doc.format, doc.path) == ("text", "a.md")


# --------------------------------------------------------------------------------------------
# Robustness and speed
# --------------------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("аяАЯ 1.2)\t\n*<>b/p-·#|\\_ I№") + ["**", "<b>", "</b>", "<br>", "\r\n", "\u00a0", "Итого"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_any_text_reads_into_a_consistent_document(source: str) -> None:
    try:
        doc = read(source)
    except ReaderError as err:
        assert err.ru.startswith("Файл пуст")
        assert not source.strip(" \t\r\n\u00a0")
        return
    n_lines = source.replace("\r\n", "\n").count("\n") + 1
    for i, block in enumerate(doc.blocks):
        assert block.location.block == i
        assert block.location.line is not None and 1 <= block.location.line <= n_lines
        if block.kind is BlockKind.TABLE:
            width = block.table.width
            for row in block.table.rows:
                assert [c.column for c in row.cells] == list(range(width))
                assert row.line is not None
        else:
            assert block.text and block.text == block.text.strip()
            assert "\t" not in block.text and "\r" not in block.text


def _timed_read(data: bytes) -> tuple[Document, float]:
    start = time.perf_counter()
    doc = read_bytes(data)
    return doc, time.perf_counter() - start


def test_ten_megabyte_line_is_read_quickly() -> None:
    line = ("слово **жирное** *курсив* <b>тег</b> 2*3 \\_ " * 230_000).encode()
    assert len(line) > 10_000_000
    with limits.applied(Limits(max_chars=20_000_000)):  # past the default limits.max-chars
        doc, elapsed = _timed_read(line)
    assert len(doc.blocks) == 1
    assert elapsed < 20


def test_many_page_broken_continuations_stay_linear() -> None:
    # Every line continues the previous row: joining must not copy the growing cell each time.
    data = ("Заголовок\tЗначение\nначало уро-\tа\n" + "\nвень\tб\n" * 100_000).encode()
    doc, elapsed = _timed_read(data)
    [table] = tables(doc)
    assert len(table.rows) == 2 and table.rows[1].joined
    assert elapsed < 20


def test_many_table_rows_and_lines_are_read_quickly() -> None:
    row = "\t{n}.\n\tМероприятие по плану\n\tМарт 2022\n\n"
    data = (
        "\t№\n\tМероприятие\n\tСрок\n\n" + "".join(row.format(n=n % 999 + 1) for n in range(60_000))
    ).encode()
    prose = ("Обычная строка отчёта с текстом.\n" * 100_000).encode()
    with limits.applied(Limits(max_blocks=200_000)):  # one block past the default limits.max-blocks
        doc, elapsed = _timed_read(data + prose)
    assert len(tables(doc)[0].rows) == 60_001
    assert len(doc.blocks) == 100_001
    assert elapsed < 30


# --------------------------------------------------------------------------------------------
# The real reports in ../shared/seeds
# --------------------------------------------------------------------------------------------


def seed(prefix: str) -> Document:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"seed {prefix} is not present")
    return TextReader().read(found[0], found[0].read_bytes())


def table_starting(doc: Document, first_cell: str, width: int | None = None) -> Table:
    for table in tables(doc):
        starts = bool(table.rows) and table.rows[0].texts[0].startswith(first_cell)
        if starts and (width is None or table.width == width):
            return table
    raise AssertionError(f"no table starting with {first_cell!r}")


def test_seed_000_events_table() -> None:
    doc = seed("000")
    assert doc.encoding == "utf-8"
    [table] = tables(doc)
    assert table.width == 4
    data = table.rows[1:]
    assert len(data) == 9
    assert [r.texts[0] for r in data] == [str(n) for n in range(1, 10)]
    date_line, place_line = data[0].texts[2].split("\n")  # a date cell with the place on its own line
    assert re.fullmatch(r"\d{1,2}-\d{1,2} [а-я]+ 2019 г\.", date_line) and place_line.startswith("Г. ")
    assert all("2019" in r.texts[2] for r in data)  # the third column holds the dates
    assert all(r.texts[3].isdigit() for r in data)  # participant counts
    roman = [b.number for b in doc.blocks if b.kind is BlockKind.HEADING and b.number]
    assert roman == ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."]


def test_seed_002_plan_and_partners_tables() -> None:
    doc = seed("002")
    plan = table_starting(doc, "№", width=5)
    assert len(plan.rows) == 5
    assert [r.texts[0] for r in plan.rows[1:]] == ["1.", "2.", "3.", "4."]
    assert all(r.texts[2] and "2023" in r.texts[2] for r in plan.rows[1:])  # the period column
    partners = next(t for t in tables(doc) if t.rows[0].texts[2].startswith("Фактическое участие"))
    assert len(partners.rows) == 3
    assert all(r.cells[2].is_blank for r in partners.rows[1:])
    assert all(not r.cells[3].is_blank for r in partners.rows[1:])
    indicators = next(t for t in tables(doc) if t.width == 3 and len(t.rows) == 9)
    assert [r.texts[0] for r in indicators.rows[1:]] == [f"{n}." for n in range(1, 9)]


def test_seed_003_participants_and_page_broken_rows() -> None:
    doc = seed("003")
    participants = next(
        t for t in tables(doc) if any(r.texts[:2] == ["Педагоги", "60"] for r in t.rows)
    )
    counts = [r.texts[1] for r in participants.rows[1:]]
    assert counts == ["60", "260", "51", "1", "372"]
    assert participants.rows[-1].texts[0].startswith("Общее число участников")
    plan_actual = next(t for t in tables(doc) if any(r.joined for r in t.rows))
    [joined] = [r for r in plan_actual.rows if r.joined]
    assert len(plan_actual.rows) == 4
    assert "инновационного потенциала" in joined.texts[0]
    assert "уровень инновационного потенциала" in joined.texts[1]
    assert "по-\n" not in joined.texts[0] and "по- " not in joined.texts[0]
    assert not any(b.text.startswith("тенциала") for b in doc.blocks)
    calendar = table_starting(doc, "Задачи")
    assert calendar.width == 5 and len(calendar.rows) == 6
    assert [r.texts[0][:2] for r in calendar.rows[1:]] == ["1.", "2.", "3.", "4.", "4."]
    assert calendar.rows[-1].texts[2].startswith("Сентябрь")


def test_seed_004_stage_plan_tables() -> None:
    doc = seed("004")
    passport = tables(doc)[0]
    assert passport.width == 2 and len(passport.rows) == 10
    stage_tables = [t for t in tables(doc) if t.rows[0].texts[:2] == ["№ п\\п", "Мероприятия"]]
    numbers = [[r.texts[0] for r in t.rows[1:]] for t in stage_tables]
    assert numbers == [
        [f"1.{n}." for n in range(1, 10)],
        ["2.1.", "2.2.", "2.3.", "2.4.", "2.7."],
        [f"3.{n}." for n in range(1, 7)],
        [f"4.{n}." for n in range(1, 5)],
    ]
    assert all(t.width == 4 for t in stage_tables)
    first_stage = {r.texts[0]: r for r in stage_tables[0].rows[1:]}
    assert first_stage["1.3."].texts[2] == "октябрь 2020г. - декабрь 2021г."
    assert first_stage["1.5."].texts[3] == "Завучи по НМР"  # the cell after a blank line
    assert stage_tables[1].rows[1].texts[2].split("\n") == ["Сентябрь 2020", "Январь 2021"]
    assert all(any(ch.isdigit() for ch in r.texts[2]) for t in stage_tables for r in t.rows[1:])


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-8-sig"])
@pytest.mark.parametrize("prefix", ["000", "002", "004"])
def test_seeds_read_the_same_in_other_encodings(prefix: str, encoding: str) -> None:
    doc = seed(prefix)
    source = Path(doc.path).read_text(encoding="utf-8")
    try:
        data = source.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"seed {prefix} has characters outside {encoding}")
    other = TextReader().read(Path(doc.path), data)
    assert other.encoding is not None
    assert other.encoding.startswith(encoding)  # "utf-16" is read as "utf-16-le" or "-be"
    assert other.blocks == doc.blocks


# --------------------------------------------------------------------------------------------
# Word's "save as text": automatic numbers followed by a tab, tables without blank lines around
# --------------------------------------------------------------------------------------------

AUTO_NUMBERED = (
    "ОТЧЁТ\n"
    "о работе муниципальной площадки\n"
    "Тема проекта: «Школьный метеопост»\n"
    "Озёрск, 2025\n"
    "1.\tОбщие сведения\n"
    "1.1.\tСведения о школе\n"
    "Полное наименование\tМБОУ «Озёрская СОШ»\n"
    "Директор\tК.Л. Берёзкина\n"
    "1.2.\tЗадачи года\n"
    "Задачи:\n"
    "1)\tоборудовать метеопост;\n"
    "2)\tпровести наблюдения.\n"
    "2.\tВыполнение плана\n"
    "Таблица 1. План на 2025 год\n"
    "№\tМероприятие\tСрок\tРезультат\n"
    "Этап 2. Наблюдения (март – июнь 2025)\n"
    "Задача 1. Оборудовать метеопост\n"
    "1.1\tЗакупка приборов\tмарт 2025\tКуплены 3 прибора\n"
    "1.2\tУстановка будки\tапрель 2025\tВыполнено\n"
    "3.\tУчастники\n"
    "Категория\tЧисло, чел.\n"
    "Ученики\t40\n"
    "Итого\t40\n"
    "Всего в проекте участвовали 40 учеников.\n"
    "3.1.\tНаставники\n"
    "Наставниками стали 4 учителя.\n"
    "\n"
    "Директор\t____________\tК.Л. Берёзкина\n"
)


def test_word_saved_automatic_numbers_are_paragraphs_not_rows() -> None:
    """«5.<TAB>Участники»: Word writes an automatic number and its tab; such a line is one
    numbered paragraph, also right after a table (no blank line between)."""
    doc = read(AUTO_NUMBERED)
    assert [h for h in headings(doc) if h[0]] == [
        ("1.", "Общие сведения"),
        ("1.1.", "Сведения о школе"),
        ("1.2.", "Задачи года"),
        ("2.", "Выполнение плана"),
        ("3.", "Участники"),
        ("3.1.", "Наставники"),
    ]
    items = [(b.number, b.text) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [("1)", "оборудовать метеопост;"), ("2)", "провести наблюдения.")]
    passport, plan, people = tables(doc)
    assert [r.texts for r in passport.rows] == [
        ["Полное наименование", "МБОУ «Озёрская СОШ»"],
        ["Директор", "К.Л. Берёзкина"],
    ]
    assert [r.texts[0] for r in plan.rows] == ["№", "Этап 2. Наблюдения (март – июнь 2025)",
                                               "Задача 1. Оборудовать метеопост", "1.1", "1.2"]  # fmt: skip
    assert [r.texts for r in people.rows][-1] == ["Итого", "40"]  # the sentence after is no row
    assert any(b.text == "Всего в проекте участвовали 40 учеников." for b in non_tables(doc))


def test_word_saved_title_page_lines() -> None:
    doc = read(AUTO_NUMBERED)
    kinds = {b.text: b.kind for b in non_tables(doc)}
    assert kinds["о работе муниципальной площадки"] is BlockKind.HEADING  # the title's wrapped line
    assert kinds["Тема проекта: «Школьный метеопост»"] is BlockKind.PARAGRAPH  # a labelled value
    # Place and year of the title page: the numbered line under it is a section all the same.
    assert kinds["Озёрск, 2025"] is BlockKind.PARAGRAPH
    assert kinds["Общие сведения"] is BlockKind.HEADING


def test_word_saved_signature_line_is_no_table() -> None:
    doc = read(AUTO_NUMBERED)
    last = doc.blocks[-1]
    assert last.kind is BlockKind.PARAGRAPH and last.text == "Директор ____________ К.Л. Берёзкина"
    doc = read("Показатель\tЗначение\nУченики\t40\n\nДиректор\t________\tК.Л. Берёзкина\n")
    [table] = tables(doc)
    assert len(table.rows) == 2 and doc.blocks[-1].text.startswith("Директор")


def test_numbered_row_of_a_two_column_table_stays_a_row() -> None:
    doc = read("№\tНаправление\n1.\tЭкология\n2.\tКраеведение\n3.\tАстрономия\nВывод: план выполнен.\n")
    [table] = tables(doc)
    assert [r.texts for r in table.rows] == [["№", "Направление"], ["1.", "Экология"],
                                             ["2.", "Краеведение"], ["3.", "Астрономия"]]  # fmt: skip


def test_a_capitalised_line_under_a_wrapped_title_is_the_next_paragraph() -> None:
    doc = read("ОТЧЁТ\nо работе площадки\nза 2025 год\nМуниципальное бюджетное учреждение «Школа № 2»\n")
    kinds = [(b.kind, b.text[:12]) for b in doc.blocks]
    assert kinds == [
        (BlockKind.HEADING, "ОТЧЁТ"),
        (BlockKind.HEADING, "о работе пло"),
        (BlockKind.HEADING, "за 2025 год"),
        (BlockKind.PARAGRAPH, "Муниципально"),
    ]


def test_an_approval_stamp_is_no_title() -> None:
    doc = read("УТВЕРЖДЕНО\nприказом директора школы\nот 10.01.2025 № 3\n")
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH] * 3


def test_a_title_line_right_over_a_table_is_a_heading_a_caption_is_not() -> None:
    doc = read(
        "Паспорт программы\n"
        "Название\t«Метеопост»\n"
        "Сроки\t2025–2027\n"
        "Программа рассчитана на три года.\n"
        "Таблица 2. Кадры\n"
        "Должность\tЧисло\n"
        "Учитель\t4\n"
    )
    kinds = [(b.kind, b.text) for b in non_tables(doc)]
    assert kinds == [
        (BlockKind.HEADING, "Паспорт программы"),
        (BlockKind.PARAGRAPH, "Программа рассчитана на три года."),
        (BlockKind.PARAGRAPH, "Таблица 2. Кадры"),
    ]


def test_word_saved_task_column_merged_down_next_to_the_numbers() -> None:
    doc = read(
        "№\tЗадача\tМероприятие\tСрок\n"
        "1.1\t1. Оборудовать метеопост\tЗакупка приборов\tмарт 2025\n"
        "1.2\t\tУстановка будки\tапрель 2025\n"
        "2.1\t2. Наблюдения\tЕжедневные замеры\tв течение года\n"
        "2.2\t\tОбработка данных\tдекабрь 2025\n"
        "3.1\tКонкурс\t\tмай 2025\n"
        "3.2\t\tВыставка\tиюнь 2025\n"
    )
    [table] = tables(doc)
    column = [(r.cells[1].text, r.cells[1].merged) for r in table.rows[1:]]
    assert column == [
        ("1. Оборудовать метеопост", False),
        ("1. Оборудовать метеопост", True),
        ("2. Наблюдения", False),
        ("2. Наблюдения", True),
        ("Конкурс", False),
        ("Конкурс", True),
    ]
    assert table.rows[1].cells[1].row_span == 2
    # An empty cell of another column stays empty.
    assert table.rows[5].cells[2].text == ""


def test_word_saved_two_row_header_split_by_the_kinds_of_its_columns() -> None:
    """«Даты» over two columns of dates, «Охват» over three of counts: no even share of the five
    lower cells exists, the data settle it."""
    doc = read(
        "№\tЗанятие\tДаты\tОхват\tИтог\n"
        "\t\tначало\tконец\tученики\tучителя\tгости\t\n"
        "1\tНаблюдение за облаками\tмарт\t20.03.2025\t18\t2\t5\tПроведено\n"
        "2\tЗамер осадков\tапрель\t–\t–\t–\t–\tНе проводился\n"
        "3\tДень метеоролога\tмай\t23.05.2025\t30\t3\t12\tПроведён\n"
    )
    [table] = tables(doc)
    assert [(c.text, c.column, c.col_span) for c in table.rows[0].cells] == [
        ("№", 0, 1), ("Занятие", 1, 1), ("Даты", 2, 2), ("Охват", 4, 3), ("Итог", 7, 1),
    ]  # fmt: skip
    assert [c.merged for c in table.rows[1].cells] == [True, True, False, False, False, False, False, True]


def test_word_saved_two_row_header_left_alone_when_the_kinds_do_not_tell() -> None:
    doc = read(
        "№\tЗанятие\tУченики\tВзрослые\tИтог\n"
        "\t\t5 кл.\t6 кл.\t7 кл.\tучителя\tгости\t\n"
        "1\tНаблюдение за облаками\t10\t12\t9\t6\t25\tПроведено\n"
        "2\tДень метеоролога\t8\t7\t11\t4\t30\tПроведён\n"
    )
    [table] = tables(doc)
    assert table.rows[0].cells[0].col_span == 4  # as Word wrote it: no guess
    assert not any(c.merged for c in table.rows[1].cells)


def test_lettered_items_under_a_numbered_item_are_its_sub_items() -> None:
    doc = read(
        "Задачи на год:\n"
        "1.\tПровести диагностику:\n"
        "а)\tдетей;\n"
        "б)\tродителей.\n"
        "2.\tОборудовать уголок.\n"
        "\n"
        "Формы работы:\n"
        "а)\tэкскурсии;\n"
    )
    items = [(b.number, b.level) for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [("1.", 1), ("а)", 2), ("б)", 2), ("2.", 1), ("а)", 1)]


def test_a_short_title_over_its_paragraph_is_a_heading() -> None:
    doc = read(
        "Общие сведения\n"
        "Площадка работает с 2024 года и объединяет три школы района.\n"
        "Выводы и планы\n"
        "Задачи года решены:\n"
        "Ответственный исполнитель\n"
        "Петров И.И.\n"
        "Город Озёрск\n"
        "– метеопост работает круглый год;\n"
    )
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds["Общие сведения"] is BlockKind.HEADING
    assert kinds["Выводы и планы"] is BlockKind.HEADING
    assert kinds["Ответственный исполнитель"] is BlockKind.PARAGRAPH  # the line below is shorter
    assert kinds["Город Озёрск"] is BlockKind.PARAGRAPH  # a list item below, no paragraph


def test_word_numbered_section_heading_with_a_tab_is_a_heading_not_a_row() -> None:
    """«Раздел 1.<TAB>Общие сведения»: a numbering format with a word, as Word saves it; the
    passport rows below stay a table of their own."""
    doc = read(
        "Раздел 1.\tОбщие сведения\n"
        "Тема проекта\t«Агрошкола»\n"
        "Срок реализации\t2024–2026\n"
        "Раздел 2.\tЦель и задачи\n"
        "Цель проекта – создать сетевую модель.\n"
    )
    heads = [b.text for b in non_tables(doc) if b.kind is BlockKind.HEADING]
    assert heads == ["Раздел 1. Общие сведения", "Раздел 2. Цель и задачи"]
    [passport] = tables(doc)
    assert grid(passport) == [["Тема проекта", "«Агрошкола»"], ["Срок реализации", "2024–2026"]]
