"""Build the invented test reports of corpus/formats/ as .docx (and, with LibreOffice, .pdf/.odt/.rtf).

Each report is a small Python description below: headings (Heading styles; in some reports the
section numbers come from Word automatic numbering, so the number is NOT in the text), paragraphs,
numbered and bulleted lists, and tables with a header cell spanning two columns, vertical merges,
a nested table and a total row. The texts are invented for the project.

    python corpus/tools/build_docx.py                    # .docx and .txt twins only
    python corpus/tools/build_docx.py --convert          # plus .pdf, .odt, .rtf, .doc, _lo.docx (soffice)
    python corpus/tools/build_docx.py --convert --force  # re-export even unchanged sources

Every report also gets a **.txt twin** (``corpus/formats/<name>.txt``): the text a Word-to-text
extraction gives for it, in the shape of the seeds (`to_text`): one tab-indented line per table cell,
a cell's further paragraphs on lines without the tab, a blank line between rows, two after the
table; automatic numbers written out ("2.1.", "IV.", "а)"), bold lost. What such an extraction does
with merged cells is kept: a cell spanning two columns is one line, the lower parts of a vertical
merge are empty lines. A nested table has no line shape of its own: its rows are written as the
containing cell's further lines, cells joined by " | " (what the .docx reader makes of it).
The twins feed tests/readers/test_equivalence.py.

Reproducibility (details in corpus_build.py): the .docx and .txt are byte-stable, so a rebuild without a
source change leaves git clean; the PDF export time and identifiers are normalised; the other
LibreOffice outputs carry timestamps, so they are converted only when the .docx they come from
changed (corpus/tools/manifest.json keeps its hash) or with ``--force``.

python-docx is used for writing only (it is fine for that); numbering definitions are added as
raw XML because python-docx has no API for them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_build import Converter, save_docx, write_text

OUT = Path(__file__).resolve().parent.parent / "formats"

# ----------------------------------------------------------------------------------------------
# Numbering definitions (abstractNum id → XML); nums are created per use.
# ----------------------------------------------------------------------------------------------


def _lvl(ilvl: int, fmt: str, text: str, *, style: str | None = None, font: str | None = None,
         start: int = 1, indent: int = 360) -> str:  # fmt: skip
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
    left = indent * (ilvl + 1)
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{pstyle}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>{rpr}</w:lvl>'
    )


ABSTRACTS: dict[str, str] = {
    # Section headings "1." / "1.1." on Heading 1 / Heading 2 (numPr set on each paragraph).
    "sections": _lvl(0, "decimal", "%1.") + _lvl(1, "decimal", "%1.%2."),
    # Section headings "I." linked to the Heading 1 style (numPr in the style, lvl pStyle).
    "roman": _lvl(0, "upperRoman", "%1.", style="Heading1") + _lvl(1, "decimal", "%2."),
    # Ordinary numbered lists "1)" with a second level "а)".
    "tasks": _lvl(0, "decimal", "%1)") + _lvl(1, "russianLower", "%2)"),
    # Bullets in the Symbol font, as Word writes them (U+F0B7).
    "bullets": _lvl(0, "bullet", "\uf0b7", font="Symbol") + _lvl(1, "bullet", "o", font="Courier New"),
}


class Numbering:
    """Adds abstractNum/num definitions to a python-docx document's numbering part."""

    def __init__(self, doc: Any) -> None:
        self.root = doc.part.numbering_part.element
        self.abstract_ids: dict[str, int] = {}
        self.next_abs = 100
        self.next_num = 100

    def abstract(self, key: str) -> int:
        if key not in self.abstract_ids:
            aid = self.next_abs
            self.next_abs += 1
            xml = (
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                f'<w:multiLevelType w:val="multilevel"/>{ABSTRACTS[key]}</w:abstractNum>'
            )
            el = parse_xml(xml)
            first_num = self.root.find(qn("w:num"))
            if first_num is not None:  # schema order: every abstractNum before the nums
                first_num.addprevious(el)
            else:
                self.root.append(el)
            self.abstract_ids[key] = aid
        return self.abstract_ids[key]

    def num(self, key: str, restart_at: int | None = None) -> int:
        """A new w:num on the abstractNum `key`; `restart_at` adds a startOverride on level 0."""
        nid = self.next_num
        self.next_num += 1
        override = (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart_at}"/></w:lvlOverride>'
            if restart_at is not None
            else ""
        )
        self.root.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{nid}">'
                f'<w:abstractNumId w:val="{self.abstract(key)}"/>{override}</w:num>'
            )
        )
        return nid


def set_num(paragraph: Any, num_id: int, ilvl: int = 0) -> None:
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def link_style_numbering(doc: Any, style_name: str, num_id: int) -> None:
    """Put numPr into a paragraph style, as Word does for numbered heading styles."""
    style = doc.styles[style_name]
    numpr = style.element.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_numId().val = num_id


# ----------------------------------------------------------------------------------------------
# The reports. Items: ("h1"/"h2", text) heading; ("p", text); ("b", text) a bold Normal
# paragraph; ("list", key, [items], restart) an auto-numbered list; ("bul", [items]);
# ("table", spec); ("break",) a page break.
# ----------------------------------------------------------------------------------------------

EVENTS_HEADER = [
    ["№", "Мероприятие", "Сроки проведения", None, "Участники", "Результат"],
    [None, None, "план", "факт", None, None],
]

KIP_PERM: dict[str, Any] = {
    "name": "kip_perm_2024",
    "header": "Краевая инновационная площадка МАОУ «Лицей № 7» г. Кунгура",
    "heading_numbers": "paragraph",  # numbers from numPr on each heading paragraph
    "title": [
        "ОТЧЁТ",
        "о деятельности краевой инновационной площадки за 2024 год",
    ],
    "body": [
        ("h1", "Общие сведения об организации"),
        ("table", {
            "widths": [6, 10],
            "rows": [
                ["Полное наименование", "Муниципальное автономное общеобразовательное учреждение «Лицей № 7» города Кунгура Пермского края"],
                ["Руководитель", "Лаптева Ирина Геннадьевна, директор"],
                ["Контакты", {"nested": [["Телефон", "8 (34271) 2-15-40"], ["Электронная почта", "licei7@kungur-edu.example"]]}],
                ["Тема проекта", "«Школа читательской грамотности: сетевая модель сопровождения учащихся 5–9 классов»"],
            ],
        }),
        ("h1", "Цель и задачи проекта"),
        ("h2", "Цель"),
        ("p", "Создание в лицее и в сети партнёрских школ условий для систематического развития читательской грамотности учащихся основной школы."),
        ("h2", "Задачи"),
        ("list", "tasks", [
            "Разработать и апробировать банк заданий по смысловому чтению для 5–9 классов.",
            "Подготовить педагогов к использованию заданий на всех предметах.",
            ("Организовать сетевое взаимодействие со школами округа:", [
                "провести совместные семинары;",
                "создать общую электронную площадку.",
            ]),
            "Обобщить и распространить опыт лицея в крае.",
        ], None),
        ("h1", "Этапы реализации проекта"),
        ("p", "Проект рассчитан на три года; в отчётном году выполнялся второй этап."),
        ("table", {
            "widths": [4, 5, 8],
            "rows": [
                ["Этап", "Период", "Содержание"],
                ["Подготовительный", "январь – август 2023 г.", "Анализ исходного уровня, разработка нормативной базы"],
                ["Практический", "сентябрь 2023 г. – май 2025 г.", "Апробация банка заданий, сетевые семинары"],
                ["Обобщающий", "июнь – декабрь 2025 г.", "Описание модели, издание методических рекомендаций"],
            ],
        }),
        ("h1", "Выполнение плана мероприятий за отчётный период"),
        ("p", "В таблице приведены запланированные мероприятия второго этапа и фактические сроки их проведения."),
        ("table", {
            "widths": [1, 6, 3, 3, 3, 6],
            "header": EVENTS_HEADER,
            "rows": [
                ["1", "Стартовая диагностика читательской грамотности учащихся 5–9 классов", "февраль 2024 г.", "12.02.2024 – 22.02.2024", "312 учащихся", "Получены исходные данные по каждому классу, выявлены дефициты в работе с несплошными текстами"],
                ["2", "Методический семинар «Задания на смысловое чтение в курсе математики»", "март 2024 г.", "14.03.2024", "27 педагогов", "Разработано 40 заданий для 5–6 классов"],
                ["3", "Сетевой семинар для школ Кунгурского округа", "апрель 2024 г.", "18.04.2024", "45 педагогов из 9 школ", "Согласован план совместной апробации"],
                ["4", "Читательская конференция учащихся «Книга, которая меня изменила»", "апрель 2024 г.", "25.04.2024", "86 учащихся", "Лучшие выступления опубликованы на сайте лицея"],
                ["5", "Открытые уроки с использованием банка заданий", "октябрь – ноябрь 2024 г.", "07.10.2024 – 29.11.2024", "18 педагогов", "Проведено 24 открытых урока, составлены листы наблюдения с рекомендациями по каждому уроку, итоги обсуждены на методическом совете лицея и на заседаниях предметных кафедр в ноябре"],
                ["6", "Итоговая диагностика читательской грамотности", "декабрь 2024 г.", "09.12.2024 – 20.12.2024", "305 учащихся", "Доля учащихся с базовым уровнем выросла с 61 % до 72 %"],
                ["7", "Краевая стажировка для педагогов Пермского края", "ноябрь 2024 г.", "перенесена на 2025 г.", "—", "Не проведена в связи с переносом сроков краевого плана"],
            ],
            "vmerge": [(3, 2, 4)],  # rows 3–4 share one "план" cell ("апрель 2024 г.")
        }),
        ("h1", "Участники проекта"),
        ("table", {
            "widths": [10, 4],
            "rows": [
                ["Категория участников", "Количество, чел."],
                ["Учащиеся 5–9 классов лицея", "312"],
                ["Педагоги лицея", "34"],
                ["Педагоги школ-партнёров", "45"],
                ["Родители", "120"],
                ["Итого", "511"],
            ],
        }),
        ("h1", "Результаты"),
        ("p", "По итогам года банк заданий пополнен 160 заданиями, из них 95 прошли апробацию в трёх и более классах."),
        ("bul", [
            "доля учащихся с базовым уровнем читательской грамотности выросла на 11 процентных пунктов;",
            "все педагоги лицея прошли внутрифирменное обучение;",
            "психолого-педагогическое сопровождение учащихся с трудностями чтения организовано в 6 классах.",
        ]),
        ("h1", "Распространение опыта"),
        ("h2", "Публикации"),
        ("list", "tasks", [
            "Лаптева И. Г. Смысловое чтение на уроках математики // Образование Прикамья. 2024. № 3.",
            "Сборник заданий «Читаем и понимаем»: 5–6 классы. Кунгур, 2024.",
        ], 1),
        ("h2", "Выступления"),
        ("p", "Опыт лицея представлен на краевом педагогическом форуме (октябрь 2024 г.) и на муниципальной августовской конференции."),
    ],
}

MIP_VOLOGDA: dict[str, Any] = {
    "name": "mip_vologda_2023",
    "header": "МИП «Инженерные каникулы» · МБОУ «СОШ № 12» г. Вологды",
    "heading_numbers": "style",  # numbers from numPr in the Heading 1 style (I., II., ...)
    "title": ["Отчёт муниципальной инновационной площадки за 2022–2023 учебный год"],
    "body": [
        ("h1", "Информационная справка"),
        ("p", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 12» города Вологды. Статус муниципальной инновационной площадки присвоен приказом управления образования от 15.09.2021 № 402."),
        ("p", "Тема: «Инженерные каникулы как форма ранней профориентации школьников»."),
        ("h1", "Цель и задачи"),
        ("p", "Цель: создать модель каникулярных инженерных смен, связывающую школу, колледж и предприятия города."),
        ("list", "tasks", [
            "Разработать программы пяти тематических смен.",
            "Привлечь наставников с предприятий.",
            "Оценить влияние смен на выбор профиля обучения.",
        ], None),
        ("h1", "Выполнение плана"),
        ("p", "Этап: внедренческий (сентябрь 2022 г. – май 2023 г.)."),
        ("table", {
            "widths": [1, 6, 3, 3, 3, 6],
            "header": EVENTS_HEADER,
            "rows": [
                ["1", "Осенняя смена «Робототехника»", "октябрь 2022 г.", "31.10.2022 – 04.11.2022", "48 учащихся", "Собраны 12 моделей, 3 проекта представлены на городском фестивале"],
                ["2", "Зимняя смена «Энергетика города»", "январь 2023 г.", "03.01.2023 – 06.01.2023", "36 учащихся", "Экскурсия на ТЭЦ, защита мини-проектов"],
                ["3", "Весенняя смена «Умный дом»", "март 2023 г.", "27.03.2023 – 31.03.2023", "41 учащийся", "Разработаны прототипы систем освещения"],
                ["4", "Семинар для педагогов города", "апрель 2023 г.", "19.04.2023", "29 педагогов", "Программы смен переданы в 6 школ"],
            ],
        }),
        ("h1", "Участники"),
        ("table", {
            "widths": [10, 4],
            "rows": [
                ["Категория", "Количество"],
                ["Учащиеся 6–9 классов", "125"],
                ["Педагоги школы", "14"],
                ["Наставники предприятий", "9"],
                ["Всего", "148"],
            ],
        }),
        ("h1", "Результаты и эффекты"),
        ("list", "tasks", [
            ("Для учащихся:", ["рост интереса к инженерным профилям;", "опыт командной проектной работы."]),
            ("Для педагогов:", ["освоены формы каникулярной занятости."]),
        ], 1),
        ("h1", "Распространение опыта"),
        ("bul", [
            "публикация на сайте управления образования (май 2023 г.);",
            "выступление на городском методическом дне.",
        ]),
    ],
}

PROGRAM_SARATOV: dict[str, Any] = {
    "name": "program_saratov_2025",
    "header": "Программа инновационной деятельности МОУ «Гимназия № 3» г. Балаково",
    "heading_numbers": "typed",  # numbers typed in bold Normal paragraphs, no heading styles
    "title": ["ПРОГРАММА", "инновационной деятельности на 2025–2027 годы"],
    "body": [
        ("b", "1. Паспорт программы"),
        ("table", {
            "widths": [5, 11],
            "rows": [
                ["Наименование", "«Цифровой помощник учителя: сопровождение индивидуального прогресса учащихся»"],
                ["Сроки реализации", "январь 2025 г. – декабрь 2027 г."],
                ["Исполнители", "Администрация и педагоги гимназии, кафедра педагогики Саратовского университета"],
            ],
        }),
        ("b", "2. Обоснование"),
        ("p", "Анализ результатов оценочных процедур 2022–2024 годов показал, что учителя тратят много времени на ручной учёт результатов и поздно замечают отставание отдельных учащихся."),
        ("b", "3. Цель и задачи"),
        ("p", "3.1. Цель: построить систему своевременного выявления учебных затруднений на основе цифрового журнала достижений."),
        ("p", "3.2. Задачи:"),
        ("p", "1) описать показатели индивидуального прогресса;"),
        ("p", "2) настроить цифровой журнал достижений;"),
        ("p", "3) обучить педагогов работе с журналом."),
        ("b", "4. Этапы реализации"),
        ("table", {
            "widths": [1, 5, 4, 6],
            "rows": [
                ["№", "Этап", "Сроки", "Ожидаемый результат"],
                ["1", "Проектировочный", "январь – август 2025 г.", "Описаны показатели, выбрана платформа"],
                ["2", "Внедренческий", "сентябрь 2025 г. – май 2027 г.", "Журнал используется во всех 5–11 классах"],
                ["3", "Аналитический", "июнь – декабрь 2027 г.", "Подготовлены методические рекомендации"],
            ],
        }),
        ("b", "5. План мероприятий первого этапа"),
        ("table", {
            "widths": [1, 7, 4, 4],
            "rows": [
                ["№", "Мероприятие", "Срок", "Ответственные"],
                ["1.1", "Анализ результатов оценочных процедур", "январь – февраль 2025 г.", "Заместитель директора по УВР"],
                ["1.2", "Разработка перечня показателей прогресса", "март – апрель 2025 г.", "Рабочая группа"],
                ["1.3", "Выбор и настройка цифровой платформы", "май – июнь 2025 г.", "Рабочая группа"],
                ["1.4", "Обучающий семинар для педагогов", "август 2025 г.", "Кафедра педагогики"],
            ],
        }),
        ("b", "6. Ожидаемые результаты"),
        ("bul", [
            "сокращение времени на учёт результатов не менее чем на треть;",
            "выявление учебных затруднений в течение двух недель;",
        ]),
        ("b", "7. Ресурсное обеспечение"),
        ("p", "Кадровое: 42 педагога гимназии; научное: консультации кафедры педагогики; материально-техническое: компьютерные классы и сеть гимназии."),
    ],
}

REPORTS = [KIP_PERM, MIP_VOLOGDA, PROGRAM_SARATOV]

# ----------------------------------------------------------------------------------------------
# Writing
# ----------------------------------------------------------------------------------------------


def build(report: dict[str, Any], out_dir: Path) -> Path:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Serif"
    normal.font.size = Pt(12)
    numbering = Numbering(doc)
    _header_footer(doc, report["header"])
    for line in report["title"]:
        p = doc.add_paragraph()
        p.alignment = 1
        p.add_run(line).bold = True
    mode = report["heading_numbers"]
    section_num = numbering.num("sections") if mode == "paragraph" else None
    if mode == "style":
        link_style_numbering(doc, "Heading 1", numbering.num("roman"))
    last_list: int | None = None
    for item in report["body"]:
        kind = item[0]
        if kind in ("h1", "h2"):
            p = doc.add_heading(item[1], level=1 if kind == "h1" else 2)
            if section_num is not None:
                set_num(p, section_num, 0 if kind == "h1" else 1)
        elif kind == "p":
            doc.add_paragraph(item[1])
        elif kind == "b":
            doc.add_paragraph().add_run(item[1]).bold = True
        elif kind == "list":
            _, key, entries, restart = item
            # A restarted list is a new w:num on the same abstractNum with a startOverride;
            # otherwise the list continues the previous one (shared counters).
            if last_list is None or restart is not None:
                last_list = numbering.num(key, restart)
            _add_list(doc, entries, last_list)
        elif kind == "bul":
            nid = numbering.num("bullets")
            for text in item[1]:
                set_num(doc.add_paragraph(text), nid, 0)
        elif kind == "table":
            _add_table(doc, item[1])
        elif kind == "break":
            doc.add_page_break()
    path = out_dir / f"{report['name']}.docx"
    save_docx(doc, path, title=" ".join(report["title"]))
    return path


def _add_list(doc: Any, entries: list[Any], num_id: int) -> None:
    for entry in entries:
        if isinstance(entry, tuple):
            text, children = entry
            set_num(doc.add_paragraph(text), num_id, 0)
            for child in children:
                set_num(doc.add_paragraph(child), num_id, 1)
        else:
            set_num(doc.add_paragraph(entry), num_id, 0)


def _header_footer(doc: Any, header: str) -> None:
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    footer = section.footer.paragraphs[0]
    footer.alignment = 1
    footer._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )


def _add_table(doc: Any, spec: dict[str, Any]) -> None:
    header = spec.get("header", [])
    rows = header + spec["rows"]
    ncols = len(rows[0])
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            if isinstance(value, dict):
                nested = cell.add_table(rows=len(value["nested"]), cols=len(value["nested"][0]))
                nested.style = "Table Grid"
                for nr, nvalues in enumerate(value["nested"]):
                    for nc, nvalue in enumerate(nvalues):
                        nested.cell(nr, nc).text = nvalue
            elif value is not None:
                cell.text = value
    if header:
        _merge_events_header(table)
    for row, col, last in spec.get("vmerge", []):
        r0 = len(header) + row - 1  # rows are 1-based in the spec, counted after the header
        top = table.cell(r0, col)
        text = top.text
        merged = top.merge(table.cell(len(header) + last - 1, col))
        merged.text = text
    widths = spec.get("widths")
    if widths:  # the grid (gridCol) is what LibreOffice lays out by; cell widths are for Word
        total = sum(widths)
        emu = [int(16.5 * 360000 * w / total) for w in widths]
        table.autofit = False
        for c, column in enumerate(table.columns):
            column.width = emu[c]
        for row in table.rows:
            for tc in row._tr.tc_lst:
                tc.width = emu[0]  # replaced below with the spanned width
        for row in table.rows:
            col = 0
            for tc in row._tr.tc_lst:
                span = tc.grid_span
                tc.width = sum(emu[col : col + span])
                col += span


def _merge_events_header(table: Any) -> None:
    """Header of two rows: "Сроки проведения" spans "план"/"факт"; other columns merge down."""
    for col in (0, 1, 4, 5):
        text = table.cell(0, col).text
        table.cell(0, col).merge(table.cell(1, col)).text = text
    table.cell(0, 2).merge(table.cell(0, 3)).text = "Сроки проведения"


PROTECTED_PDF = (
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
    '"DocumentOpenPassword":{"type":"string","value":"secret"}}'
)


# ----------------------------------------------------------------------------------------------
# The .txt twin: what a Word-to-text extraction gives for the same report
# ----------------------------------------------------------------------------------------------

_RU_LOWER = "абвгдежзиклмнопрстуфхцчшщэюя"  # Word's russianLower (no ё, й, ъ, ы, ь)
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    out = ""
    for value, sym in _ROMAN:
        while n >= value:
            out, n = out + sym, n - value
    return out


def to_text(report: dict[str, Any]) -> str:
    """The report as a Word extraction (see the module docstring), numbers written out."""
    lines: list[str] = list(report["title"]) + [""]
    mode = report["heading_numbers"]
    heads = [0, 0]  # section counters for "paragraph" (1., 1.1.) and "style" (I.) numbering
    lists: dict[str, list[int]] = {}  # counters per abstractNum key: Word shares them per list type
    last_list: str | None = None
    for item in report["body"]:
        kind = item[0]
        if kind in ("h1", "h2"):
            level = 0 if kind == "h1" else 1
            label = ""
            if mode == "paragraph":
                heads[level] += 1
                if level == 0:
                    heads[1] = 0
                label = f"{heads[0]}." if level == 0 else f"{heads[0]}.{heads[1]}."
            elif mode == "style" and level == 0:
                heads[0] += 1
                label = _roman(heads[0]) + "."
            lines += [f"{label} {item[1]}".strip(), ""]
        elif kind in ("p", "b"):
            lines += [item[1], ""]
        elif kind == "list":
            _, key, entries, restart = item
            counters = lists.setdefault(key, [0, 0])
            if restart is not None:
                counters[:] = [restart - 1, 0]
            last_list = key
            for entry in entries:
                text, children = entry if isinstance(entry, tuple) else (entry, [])
                counters[0] += 1
                counters[1] = 0
                lines.append(f"{counters[0]}) {text}")
                for child in children:
                    counters[1] += 1
                    lines.append(f"  {_RU_LOWER[counters[1] - 1]}) {child}")  # nested: indented
            lines.append("")
        elif kind == "bul":
            lines += [f"• {text}" for text in item[1]] + [""]
        elif kind == "table":
            lines += _table_text(item[1]) + ["", ""]
    del last_list
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def _table_text(spec: dict[str, Any]) -> list[str]:
    header = spec.get("header", [])
    vmerged = {(len(header) + row - 1 + k, col) for row, col, last in spec.get("vmerge", [])
               for k in range(1, last - row + 1)}  # fmt: skip
    out: list[str] = []
    for r, values in enumerate(header + spec["rows"]):
        if r:
            out.append("")
        for c, value in enumerate(values):
            if value is None:
                if r == 0:
                    continue  # the second column of a cell spanning two: no cell of its own
                out.append("\t")  # lower part of a vertical merge: an empty cell
            elif (r, c) in vmerged:
                out.append("\t")
            elif isinstance(value, dict):
                out.append("\t")  # the cell's own (empty) paragraph, then the nested rows
                out.extend(" | ".join(cells) for cells in value["nested"])
            else:
                first, *rest = value.split("\n")
                out.append("\t" + first)
                out.extend(rest)
    return out


# ----------------------------------------------------------------------------------------------
# Conversions
# ----------------------------------------------------------------------------------------------

PROTECTED_PDF = (
    'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
    '"DocumentOpenPassword":{"type":"string","value":"secret"}}'
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--convert", action="store_true", help="also write .pdf, .odt, .rtf, .doc, _lo.docx")
    parser.add_argument("--force", action="store_true",
                        help="re-export with LibreOffice even when the .docx is unchanged")  # fmt: skip
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    conv = Converter(force=args.force) if args.convert else None
    for report in REPORTS:
        path = build(report, args.out)
        twin = args.out / f"{report['name']}.txt"
        write_text(twin, to_text(report))
        print(path, twin, sep="\n")
        if conv is None:
            continue
        for ext in ("pdf", "odt", "rtf", "doc"):
            target, done = conv.run(path, ext, args.out / f"{report['name']}.{ext}")
            print(target, "(converted)" if done else "(unchanged source: kept)")
        # The same report written back by LibreOffice: a second .docx producer (explicit
        # vMerge="continue", its own numbering.xml), as schools' files often are.
        odt = args.out / f"{report['name']}.odt"
        target, done = conv.run(odt, "docx:MS Word 2007 XML", args.out / f"{report['name']}_lo.docx",
                                key_source=path)  # fmt: skip
        print(target, "(converted)" if done else "(unchanged source: kept)")
    if conv is not None:  # one password-protected PDF (password "secret") for the error path
        last = REPORTS[-1]["name"]
        target, done = conv.run(args.out / f"{last}.odt", PROTECTED_PDF, args.out / "protected.pdf",
                                key_source=args.out / f"{last}.docx")  # fmt: skip
        print(target, "(converted)" if done else "(unchanged source: kept)")
        conv.manifest.save()


if __name__ == "__main__":
    main()
