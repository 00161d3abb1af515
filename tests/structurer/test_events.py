"""Events and the vocabulary rules use to judge a row: placeholders, "did not happen", reasons,
and rows broken across pages joined back."""

from __future__ import annotations

import pytest

from repcheck.models.document import Block, BlockKind, Cell, Document, Row, Table
from repcheck.models.report import ColumnRole, ReportTable
from repcheck.structurer.events import (
    data_rows,
    extract_events,
    is_placeholder,
    says_not_held,
    states_reason,
)


@pytest.mark.parametrize("text", ["", " ", "-", "—", "–", "---", "____", "нет", "Нет.", "н/д", "отсутствует", "- / -"])
def test_placeholders(text: str) -> None:
    assert is_placeholder(text)


@pytest.mark.parametrize("text", ["0", "Проведено", "1 семинар", "нет данных о", "-5"])
def test_not_placeholders(text: str) -> None:
    assert not is_placeholder(text)


@pytest.mark.parametrize(
    "text",
    [
        "не проводилось",
        "Не проведено",
        "Мероприятие не состоялось",
        "Перенесено на 2025 год",
        "перенесена",
        "Отменено",
        "Не проведена в связи с переносом сроков",
        "Организация не участвовала в отчётном периоде",
    ],
)
def test_not_held(text: str) -> None:
    assert says_not_held(text)


@pytest.mark.parametrize(
    "text",
    [
        "Проведено 2 семинара; третий не проводился",  # the leading statement reports work done
        "Семинар перенесён в онлайн-формат и проведён 12 марта",
        "Часть проб перенесена в школьные мастерские",
        "Проведен ориентированный школы проблемно-",
        "Разработана программа; апробация будет проведена в 2025 году",
    ],
)
def test_held(text: str) -> None:
    assert not says_not_held(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Перенесено в связи с карантином", True),
        ("Не состоялось по причине болезни лектора", True),
        ("Отменено из-за погоды", True),
        ("Не проводилось, так как не было набора", True),
        ("Не проводилось по техническим причинам", True),
        ("Перенесено на 2025 год", False),
        ("не проводилось", False),
    ],
)
def test_reasons(text: str, reason: bool) -> None:
    assert states_reason(text) is reason


def _doc(rows: list[list[str]]) -> tuple[Document, ReportTable]:
    table = Table(rows=[Row(cells=[Cell(text=t, column=k) for k, t in enumerate(r)]) for r in rows])
    doc = Document(path="x.docx", format="docx", blocks=[Block(kind=BlockKind.TABLE, table=table)]).reindex()
    rt = ReportTable(block=0, index=0, header_rows=1, headers=rows[0],
                     roles=[ColumnRole.NUMBER, ColumnRole.EVENT, ColumnRole.DATES, ColumnRole.ACTUAL_RESULT],
                     kind="plan_actual")
    return doc, rt


def test_page_split_row_is_joined_to_the_row_it_continues() -> None:
    doc, rt = _doc([
        ["№", "Мероприятие", "Срок", "Результат"],
        ["1.", "Семинар для педагогов по проблемно-", "Март 2024", "Проведён для 20 учите-"],
        ["", "ориентированному обучению", "", "лей"],
        ["2.", "Открытые уроки", "Апрель 2024", ""],
        ["", "Итого", "", ""],
    ])
    rows = data_rows(doc, rt)
    assert [r.index for r in rows] == [1, 3]
    assert rows[0].joined
    assert rows[0].text(1) == "Семинар для педагогов по проблемно-ориентированному обучению"
    assert rows[0].text(3) == "Проведён для 20 учителей"
    events = extract_events(doc, rt, None)
    assert [e.number for e in events] == ["1", "2"]
    assert events[0].cells[ColumnRole.ACTUAL_RESULT] == "Проведён для 20 учителей"


def test_a_capitalised_row_without_number_is_not_glued() -> None:
    doc, rt = _doc([
        ["№", "Мероприятие", "Срок", "Результат"],
        ["1.", "Семинар для педагогов", "Март 2024", "Проведён"],
        ["", "Мастер-класс для родителей", "Апрель 2024", "Проведён"],
    ])
    assert [r.index for r in data_rows(doc, rt)] == [1, 2]
