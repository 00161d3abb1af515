"""Stages: which lines define a stage, its name and period, and which stage a plan table or row
belongs to. Documents are built by hand so that these tests do not depend on a reader."""

from __future__ import annotations

import datetime

import pytest

from repcheck.models.document import Block, BlockKind, Cell, Document, Row, Table
from repcheck.models.report import ColumnRole, Event, Report, ReportTable, Stage
from repcheck.parsing.dates import Period
from repcheck.structurer.stages import (
    event_stage,
    extract_stages,
    leading_period,
    single_current_stage,
    stage_for_table,
)


def para(text: str) -> Block:
    return Block(kind=BlockKind.PARAGRAPH, text=text)


def table(*rows: list[str], spans: dict[int, int] | None = None) -> Block:
    """A table block; `spans` maps a row index to the col_span of its single cell."""
    out = []
    for r, texts in enumerate(rows):
        if spans and r in spans:
            out.append(Row(cells=[Cell(text=texts[0], column=0, col_span=spans[r])]))
        else:
            out.append(Row(cells=[Cell(text=t, column=c) for c, t in enumerate(texts)]))
    return Block(kind=BlockKind.TABLE, table=Table(rows=out))


def doc(*blocks: Block) -> Document:
    return Document(path="x.txt", format="text", blocks=list(blocks)).reindex()


def months(p: Period | None) -> tuple[str, str] | None:
    if p is None:
        return None
    return (p.start.strftime("%Y-%m"), p.end.strftime("%Y-%m"))


# --------------------------------------------------------------------------- stage lines


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the seeds' shapes
        (["1 этап – подготовительный, январь – сентябрь 2021 года"], [(1, "подготовительный", ("2021-01", "2021-09"))]),
        (["1 этап: подготовительный", "сентябрь 2020 г - январь 2021 г"], [(1, "подготовительный", ("2020-09", "2021-01"))]),
        (["2 этап: организационно-деятельностный", "Февраль 2021 г -  март 2022 г"],
         [(2, "организационно-деятельностный", ("2021-02", "2022-03"))]),
        (["3 этап: аналитический", "апрель -  2022 г"], [(3, "аналитический", ("2022-04", "2022-04"))]),
        (["4 этап: обобщающий", "Май- июнь  - 2022 г."], [(4, "обобщающий", ("2022-05", "2022-06"))]),
        # other shapes of the genre
        (["Этап 2. Основной (июль 2022 г. – июнь 2024 г.): реализация курсов и проб, итоги в 2025 году."],
         [(2, "основной", ("2022-07", "2024-06"))]),
        (["I этап (2020–2021 гг.) – организационный"], [(1, "", ("2020-01", "2021-12"))]),
        (["Первый этап – подготовительный (сентябрь 2020 – май 2021)"], [(1, "подготовительный", ("2020-09", "2021-05"))]),
        (["**2 этап** – практический, 2021-2022 учебный год"], [(2, "практический", ("2021-09", "2022-08"))]),
        (["3 этап: внедренческо-обобщающий", "июнь 2023 г. – декабрь 2024 г."],
         [(3, "внедренческо-обобщающий", ("2023-06", "2024-12"))]),
        (["Этапы реализации: 1 этап – поисковый, 2021 г."], [(1, "поисковый", ("2021-01", "2021-12"))]),
    ],
)
def test_stage_definitions(lines: list[str], expected: list) -> None:
    stages = extract_stages(doc(*[para(t) for t in lines]))
    assert [(s.number, s.name, months(s.period)) for s in stages] == expected


@pytest.mark.parametrize(
    "line",
    [
        "На 2 этапе реализации проекта в 2024 году планируется открыть второй класс.",
        "Задачи организационно-диагностического этапа в основном выполнены к маю 2023 года.",
        "В отчётном году проект находился на основном этапе (2023 г.).",
        "Педагоги выступили на 2 этапе конкурса «Учитель года» 15.02.2023.",
    ],
)
def test_prose_mentioning_a_stage_defines_none(line: str) -> None:
    assert [(s.number, s.period) for s in extract_stages(doc(para(line))) if s.period] == []


def test_stage_period_is_the_leading_date_not_the_content() -> None:
    (st,) = extract_stages(doc(para("Этап 1. Подготовительный (январь – июнь 2022 г.): изучение запросов, приказ от 24.06.2021 № 5, отчёт в декабре 2023 г.")))
    assert months(st.period) == ("2022-01", "2022-06")


def test_first_dated_description_wins_passport_then_body() -> None:
    d = doc(
        table(["Сроки и этапы реализации программы", "2020–2022 гг.\n1 этап: подготовительный\nсентябрь 2020 г - январь 2021 г"]),
        para("1 этап: подготовительный"),
        para("сентябрь 2020 г - январь 2021 г"),
        para("2 этап: основной"),
        para("Февраль 2021 г - март 2022 г"),
    )
    stages = extract_stages(d)
    assert [(s.number, months(s.period)) for s in stages] == [(1, ("2020-09", "2021-01")), (2, ("2021-02", "2022-03"))]
    assert stages[0].location.block == 0


def test_period_on_the_next_line_must_lead_it() -> None:
    stages = extract_stages(doc(para("2 этап: практический"), para("Содержание деятельности: открытие класса в январе 2023 г.")))
    assert [(s.number, s.period) for s in stages] == [(2, None)]


def test_single_current_stage() -> None:
    st = single_current_stage(doc(para("Тема: «Школа НОР»"), para("Этап: исследовательски-аналитический этап (январь 2021 – август 2021)")))
    assert st is not None and st.number is None
    assert st.name == "исследовательски-аналитический"
    assert months(st.period) == ("2021-01", "2021-08")
    st2 = single_current_stage(doc(para("Этап реализации проекта: практический (2022-2023 уч. год)")))
    assert st2 is not None and months(st2.period) == ("2022-09", "2023-08")


def test_leading_period_joins_a_range_split_over_lines() -> None:
    assert months(leading_period("сентябрь 2020 г.\n– январь 2021 г.")) == ("2020-09", "2021-01")
    assert months(leading_period("2021 г., далее по плану на 2023 год")) == ("2021-01", "2021-12")


# --------------------------------------------------------------------------- tables


def _stage(n: int | None, name: str, lo: tuple[int, int], hi: tuple[int, int]) -> Stage:
    import calendar

    end = datetime.date(hi[0], hi[1], calendar.monthrange(*hi)[1])
    return Stage(number=n, name=name, period=Period(start=datetime.date(lo[0], lo[1], 1), end=end, text="", precision="month"))


STAGES = [
    _stage(1, "подготовительный", (2020, 9), (2021, 1)),
    _stage(2, "организационно-деятельностный", (2021, 2), (2022, 3)),
    _stage(3, "аналитический", (2022, 4), (2022, 4)),
]
PLAN = ["№ п\\п", "Мероприятия", "Сроки", "Ответственные"]


def _rt(d: Document, block: int, kind: str = "plan", section: str | None = None) -> ReportTable:
    b = d.blocks[block]
    caption = next((d.blocks[i].full_text for i in range(block - 1, max(-1, block - 3), -1)
                    if d.blocks[i].kind is not BlockKind.TABLE and d.blocks[i].full_text.strip()), None)
    width = b.table.width if b.table else 0
    return ReportTable(block=block, index=b.location.table or 0, caption=caption, header_rows=1,
                       headers=[c.text for c in b.table.rows[0].cells] if b.table else [], roles=[None] * width,
                       kind=kind, section=section)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("1. Программные мероприятия подготовительного этапа", 0),
        ("2. Программные мероприятия основного организационно - деятельностного этапа", 1),
        ("3. Программные мероприятия аналитического этапа", 2),
        ("План мероприятий на 2 этап", 1),
        ("Этап 3", 2),
        ("План мероприятий по реализации Программы", None),
        ("Мероприятия по распространению опыта (в течение всего периода)", None),
        ("Перечень основных мероприятий этапов реализации", None),
    ],
)
def test_stage_for_table_by_caption(caption: str, expected: int | None) -> None:
    d = doc(para(caption), table(PLAN, ["1.1.", "Разработка программы", "Сентябрь 2020", "Завуч"]))
    assert stage_for_table(_rt(d, 1), d, STAGES) == expected


def test_caption_of_the_previous_table_is_not_this_tables() -> None:
    d = doc(
        para("4. Программные мероприятия аналитического этапа"),
        table(PLAN, ["3.1.", "Экспертиза", "Апрель 2022", "Завуч"]),
        table(["Критерии", "Показатели"], ["Уровень ИОС", "Сайты"]),
    )
    assert stage_for_table(_rt(d, 2, kind="indicators"), d, STAGES) is None


def test_a_list_of_stage_definitions_is_not_a_caption() -> None:
    d = doc(
        para("1 этап – подготовительный, сентябрь 2020 – январь 2021"),
        para("2 этап – основной, февраль 2021 – март 2022"),
        para("3 этап – аналитический, апрель 2022"),
        para("План мероприятий"),
        table(PLAN, ["1.", "Разработка программы", "Сентябрь 2020", "Завуч"]),
    )
    assert stage_for_table(_rt(d, 4), d, STAGES) is None


def test_section_heading_names_the_stage() -> None:
    d = doc(para("Перечень мероприятий"), table(PLAN, ["1.", "Мониторинг", "Март 2021", "Завуч"]))
    assert stage_for_table(_rt(d, 1, section="2 этап. Основной"), d, STAGES) == 1


def test_single_current_stage_owns_the_calendar_plan_only() -> None:
    current = [_stage(None, "исследовательский", (2021, 1), (2021, 8))]
    d = doc(
        para("Календарный план реализации проекта на 2021 год"),
        table(["Задачи", "Перечень запланированных мероприятий", "Сроки проведения"], ["1. Анализ", "Работа группы", "Февраль 2021"]),
        para("План работы на следующий этап"),
        table(["Задачи", "Мероприятия", "Сроки"], ["1. Апробация", "Семинары", "Сентябрь 2021"]),
        para("План мероприятий на 2022 год"),
        table(["Задачи", "Мероприятия", "Сроки"], ["1. Апробация", "Семинары", "Март 2022"]),
        para("Мероприятия, проведённые за год"),
        table(["Мероприятие", "Участники"], ["Семинар", "12"]),
    )
    assert stage_for_table(_rt(d, 1), d, current) == 0
    assert stage_for_table(_rt(d, 3), d, current) is None  # a later plan
    assert stage_for_table(_rt(d, 5), d, current) is None  # a plan for another year
    assert stage_for_table(_rt(d, 7, kind="events"), d, current) is None  # not a plan


# --------------------------------------------------------------------------- rows


def _report(d: Document, tables: list[ReportTable], stages: list[Stage]) -> Report:
    return Report(document=d, kind="program", profile="innovation-program", stages=stages, tables=tables)


def test_event_stage_from_stage_rows_inside_the_table() -> None:
    d = doc(
        para("План мероприятий"),
        table(
            PLAN,
            ["1 этап (сентябрь 2020 – январь 2021)"],
            ["1.", "Разработка программы", "Сентябрь 2020", "Завуч"],
            ["2 этап: организационно-деятельностный"],
            ["2.", "Мониторинг", "Январь 2021", "Завуч"],
            ["Дополнительные мероприятия"],
            ["3.", "Экскурсия", "Май 2021", "Завуч"],
            spans={1: 4, 3: 4, 5: 4},
        ),
    )
    rt = _rt(d, 1)
    report = _report(d, [rt], STAGES)
    ev = lambda r: Event(text="x", table=0, row=r, stage=None)  # noqa: E731
    assert event_stage(report, ev(2)) == 0
    assert event_stage(report, ev(4)) == 1
    assert event_stage(report, ev(6)) is None  # under a section row that names no stage


def test_event_stage_from_a_stage_column() -> None:
    d = doc(
        para("План"),
        table(
            ["Этап", "Мероприятие", "Сроки"],
            ["1 этап", "Разработка", "Сентябрь 2020"],
            ["II", "Мониторинг", "Март 2021"],
            ["аналитический", "Экспертиза", "Апрель 2022"],
            ["", "Публикация", "Май 2022"],
        ),
    )
    rt = _rt(d, 1)
    report = _report(d, [rt], STAGES)
    assert [event_stage(report, Event(text="x", table=0, row=r)) for r in (1, 2, 3, 4)] == [0, 1, 2, None]


def test_a_column_merely_mentioning_stages_is_not_a_stage_column() -> None:
    d = doc(
        para("План"),
        table(
            ["Мероприятие", "Сроки", "Результаты этапа реализации и продукты"],
            ["Разработка", "Сентябрь 2020", "2 этап: положение"],
        ),
    )
    report = _report(d, [_rt(d, 1)], STAGES)
    assert event_stage(report, Event(text="x", table=0, row=1, stage=None)) is None


def test_event_stage_falls_back_to_the_tables_stage() -> None:
    d = doc(para("2. Мероприятия основного этапа"), table(PLAN, ["2.1.", "Мониторинг", "Январь 2021", "Завуч"]))
    rt = _rt(d, 1)
    rt.stage = 1
    report = _report(d, [rt], STAGES)
    assert event_stage(report, Event(text="x", table=0, row=1, stage=1)) == 1



# --------------------------------------------------------------------------- stages tables


def test_stages_listed_in_a_table() -> None:
    d = doc(
        para("3. Этапы реализации проекта"),
        table(["Этап", "Период", "Содержание"],
              ["Подготовительный", "январь – август 2023 г.", "Анализ исходного уровня"],
              ["Практический", "сентябрь 2023 г. – май 2025 г.", "Апробация банка заданий"],
              ["Обобщающий", "июнь – декабрь 2025 г.", "Описание модели"]),
        para("В таблице приведены запланированные мероприятия второго этапа."),
        table(PLAN, ["1", "Стартовая диагностика", "февраль 2024 г.", "Завуч"]),
    )
    stages = extract_stages(d)
    assert [(s.number, s.name, months(s.period)) for s in stages] == [
        (1, "подготовительный", ("2023-01", "2023-08")),
        (2, "практический", ("2023-09", "2025-05")),
        (3, "обобщающий", ("2025-06", "2025-12")),
    ]
    assert stage_for_table(_rt(d, 1), d, stages) is None  # the stages table itself
    assert stage_for_table(_rt(d, 3), d, stages) == 1  # «мероприятия второго этапа»


def test_a_plan_with_a_stage_column_is_not_a_stages_table() -> None:
    d = doc(table(["Этап", "Мероприятие", "Сроки"], ["1 этап", "Разработка", "сентябрь 2022"], ["2 этап", "Конференция", "июль 2024"]),
            table(["Этап", "Сроки", "Ответственный"], ["1 этап", "сентябрь 2022", "Директор"], ["1 этап", "октябрь 2022", "Завхоз"],
                  ["2 этап", "март 2023", "Методист"]))
    assert [s for s in extract_stages(d) if s.period is not None] == []


@pytest.mark.parametrize(
    "line",
    ["2 этап конкурса «Учитель года» – 15.02.2023", "1 этап Всероссийской олимпиады школьников, сентябрь 2022",
     "II этап регионального отбора проектов (март 2023)"],
)
def test_a_contest_stage_is_not_a_project_stage(line: str) -> None:
    assert [s for s in extract_stages(doc(para(line))) if s.period] == []


def test_a_whole_project_calendar_plan_is_not_the_current_stages() -> None:
    current = [_stage(None, "практический", (2022, 9), (2023, 5))]
    rows = [["1. Задача", "Мероприятие", p] for p in ("Сентябрь 2021", "Март 2022", "Октябрь 2022", "Сентябрь 2023", "Май 2024")]
    d = doc(para("Календарный план реализации инновационного проекта"), table(["Задачи", "Мероприятия", "Сроки проведения"], *rows))
    rt = _rt(d, 1)
    rt.roles = [None, None, ColumnRole.DATES]
    assert stage_for_table(rt, d, current) is None
    rows[0][2] = rows[1][2] = rows[3][2] = rows[4][2] = "Ноябрь 2022"
    d = doc(para("Календарный план реализации инновационного проекта"), table(["Задачи", "Мероприятия", "Сроки проведения"], *rows))
    rt = _rt(d, 1)
    rt.roles = [None, None, ColumnRole.DATES]
    assert stage_for_table(rt, d, current) == 0


def test_stages_named_by_adjective() -> None:
    d = doc(
        Block(kind=BlockKind.LIST_ITEM, number="1.", text="Подготовительный этап (сентябрь 2020 – январь 2021): анализ условий."),
        Block(kind=BlockKind.LIST_ITEM, number="2.", text="Организационно-деятельностный этап (февраль 2021 – март 2022)."),
        Block(kind=BlockKind.LIST_ITEM, number="3.", text="Аналитический этап: апрель 2022 г."),
        para("Каждый этап (2020–2022) завершается отчётом."),
    )
    assert [(s.number, s.name, months(s.period)) for s in extract_stages(d)] == [
        (1, "подготовительный", ("2020-09", "2021-01")),
        (2, "организационно-деятельностный", ("2021-02", "2022-03")),
        (3, "аналитический", ("2022-04", "2022-04")),
    ]


def test_unlabelled_named_stages_are_numbered_in_order() -> None:
    d = doc(para("Поисковый этап – 2021 г."), para("Практический этап – 2022 г."), para("Поисковый этап – 2021 г."))
    assert [(s.number, s.name) for s in extract_stages(d)] == [(1, "поисковый"), (2, "практический")]


def test_numbered_stages_win_over_named_ones() -> None:
    d = doc(para("1 этап: поисковый, 2021 г."), para("2 этап: практический, 2022 г."),
            para("Обобщающий этап (2023 г.) завершит проект."), para("Практический этап (2022 г.) описан ниже."))
    assert [s.number for s in extract_stages(d)] == [1, 2]


def test_one_named_stage_alone_is_not_a_list() -> None:
    assert extract_stages(doc(para("Практический этап (2022 г.) прошёл успешно."))) == []


def test_stages_table_with_tasks_column_and_headerless_rows() -> None:
    with_tasks = doc(table(["Этап", "Сроки", "Задачи этапа", "Ожидаемые результаты"],
                           ["1 этап: поисковый", "2021 г.", "Изучить опыт", "Аналитическая справка"],
                           ["2 этап: практический", "2022 г.", "Апробировать модель", "Модель"]))
    assert [(s.number, s.name, months(s.period)) for s in extract_stages(with_tasks)] == [
        (1, "поисковый", ("2021-01", "2021-12")), (2, "практический", ("2022-01", "2022-12"))]
    headerless = doc(table(["I этап – организационный", "сентябрь 2020 – май 2021", "Создание условий"],
                           ["II этап – практический", "сентябрь 2021 – май 2022", "Апробация"]))
    assert [(s.number, s.name, months(s.period)) for s in extract_stages(headerless)] == [
        (1, "организационный", ("2020-09", "2021-05")), (2, "практический", ("2021-09", "2022-05"))]
    plan = doc(table(["1 этап", "сентябрь 2022", "Разработка положения"], ["1 этап", "октябрь 2022", "Закупка"],
                     ["2 этап", "март 2023", "Практикумы"]))
    assert [s for s in extract_stages(plan) if s.period is not None] == []
