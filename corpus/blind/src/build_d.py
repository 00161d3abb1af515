#!/usr/bin/env python
"""Build the blind test documents blind_d1 ... blind_d4.

Each document is described below as a list of blocks (paragraphs, headings,
auto-numbered list items, tables).  From that one description the script writes

  docs/blind_dN.docx  -- python-docx + lxml (real Word styles, numbering, merges)
  docs/blind_dN.txt   -- the shape of Word's "save as plain text" (UTF-8):
                         one paragraph per line, automatic numbers written out
                         (number + tab), a table row per line with cells
                         separated by a tab, a merged cell written once,
                         paragraphs inside a cell joined by a space
  docs/blind_dN.pdf   -- LibreOffice (headless) conversion of the .docx

All data lives in this file.  Usage:
    python build_d.py            # docx + txt + pdf
    python build_d.py --no-pdf   # docx + txt only
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
DOCS = os.path.join(BLIND, "docs")
LO_PROFILE = "file:///tmp/lo_profile_blind_d"
FONT = "Times New Roman"


# ---------------------------------------------------------------------------
# block constructors
# ---------------------------------------------------------------------------
def P(text="", **kw):
    """Body paragraph.  '**' toggles bold inside the text."""
    return dict(kind="p", text=text, **kw)


def C(text, **kw):
    """Centered paragraph (title lines)."""
    kw.setdefault("align", "center")
    kw.setdefault("indent", False)
    return dict(kind="p", text=text, **kw)


def H(text, style="Heading 2", **kw):
    return dict(kind="h", text=text, style=style, **kw)


def LI(text, numid, level=0, **kw):
    """Paragraph with Word automatic numbering (numId, ilvl)."""
    return dict(kind="li", text=text, numid=numid, level=level, **kw)


def T(rows, widths, **kw):
    """Table.  rows: list of lists of cell texts (None = covered by a merge).
    kw: merges=[(r0, c0, r1, c1)], header_rows=int, bold_rows=[...],
        repeat_header=bool, size=pt, center_cols=[...]"""
    return dict(kind="t", rows=rows, widths=widths, **kw)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def _set_rfonts(rpr, name=FONT):
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(att)) is not None:
            del rfonts.attrib[qn(att)]
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), name)


def setup_styles(doc, size, heading_sizes):
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(size)
    _set_rfonts(normal.element.get_or_add_rPr())
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    for sname, hsize in heading_sizes.items():
        st = doc.styles[sname]
        st.font.name = FONT
        st.font.size = Pt(hsize)
        st.font.bold = True
        st.font.italic = False
        st.font.color.rgb = RGBColor(0, 0, 0)
        rpr = st.element.get_or_add_rPr()
        _set_rfonts(rpr)
        color = rpr.find(qn("w:color"))
        if color is not None:
            for att in ("w:themeColor", "w:themeShade", "w:themeTint"):
                if color.get(qn(att)) is not None:
                    del color.attrib[qn(att)]
        st.paragraph_format.space_before = Pt(10)
        st.paragraph_format.space_after = Pt(4)
        st.paragraph_format.keep_with_next = True
    tg = doc.styles["Table Grid"]
    tg.font.name = FONT


def setup_page(doc, page_numbers=True):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(1.5)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    if page_numbers:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for tag, extra in (("begin", None), ("instr", " PAGE "), ("separate", None), ("end", None)):
            run = fp.add_run()
            if tag == "instr":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = extra
            else:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), tag)
            run._r.append(el)


LETTERS_RU = "абвгдежзиклмнопрстуфхцчшщэюя"


def add_numbering(doc, numdefs):
    """numdefs: {numid: [(numFmt, lvlText, left_twips, hanging_twips), ...]}"""
    if not numdefs:
        return
    numbering = doc.part.numbering_part.element
    for numid, levels in numdefs.items():
        first_num = numbering.find(qn("w:num"))
        absid = str(800 + numid)
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), absid)
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "hybridMultilevel")
        an.append(mlt)
        for ilvl, (fmt, text, left, hanging) in enumerate(levels):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(ilvl))
            for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
                e = OxmlElement(tag)
                e.set(qn("w:val"), val)
                lvl.append(e)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(left))
            ind.set(qn("w:hanging"), str(hanging))
            ppr.append(ind)
            lvl.append(ppr)
            an.append(lvl)
        if first_num is not None:
            first_num.addprevious(an)
        else:
            numbering.append(an)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(numid))
        ani = OxmlElement("w:abstractNumId")
        ani.set(qn("w:val"), absid)
        num.append(ani)
        numbering.append(num)


def add_runs(par, text, bold=False, italic=False, size=None):
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = par.add_run(part)
        if bold or i % 2 == 1:
            r.bold = True
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)


ALIGN = {
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def render_paragraph(doc, b):
    par = doc.add_paragraph()
    pf = par.paragraph_format
    pf.alignment = ALIGN[b.get("align", "justify")]
    if b.get("indent", True):
        pf.first_line_indent = Cm(1.25)
    if b.get("left"):
        pf.left_indent = Cm(b["left"])
    if b.get("space_before") is not None:
        pf.space_before = Pt(b["space_before"])
    if b.get("space_after") is not None:
        pf.space_after = Pt(b["space_after"])
    if b.get("keep_next"):
        pf.keep_with_next = True
    add_runs(par, b["text"], bold=b.get("bold", False), italic=b.get("italic", False), size=b.get("size"))


def render_li(doc, b):
    par = doc.add_paragraph()
    par.paragraph_format.alignment = ALIGN[b.get("align", "justify")]
    numpr = par._p.get_or_add_pPr().get_or_add_numPr()  # keeps schema order inside w:pPr
    numpr.get_or_add_ilvl().val = b["level"]
    numpr.get_or_add_numId().val = b["numid"]
    add_runs(par, b["text"], bold=b.get("bold", False))


def render_heading(doc, b):
    par = doc.add_paragraph(style=b["style"])
    par.paragraph_format.alignment = ALIGN[b.get("align", "left")]
    add_runs(par, b["text"])


def _covered(merges):
    """positions covered by a merge (not its top-left cell)"""
    cov = {}
    for (r0, c0, r1, c1) in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    cov[(r, c)] = (r0, c0, r1, c1)
    return cov


def render_table(doc, b):
    rows = b["rows"]
    ncols = len(b["widths"])
    for r in rows:
        assert len(r) == ncols, (len(r), ncols, r)
    size = b.get("size", 10)
    merges = b.get("merges", [])
    header_rows = b.get("header_rows", 1)
    bold_rows = set(b.get("bold_rows", [])) | set(range(header_rows))
    center_cols = set(b.get("center_cols", []))
    tbl = doc.add_table(rows=len(rows), cols=ncols)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False  # python-docx writes <w:tblLayout w:type="fixed"/> in schema order
    for i, w in enumerate(b["widths"]):
        tbl.columns[i].width = Cm(w)
        for row in tbl.rows:
            row.cells[i].width = Cm(w)
    if b.get("repeat_header"):
        for ri in range(header_rows):
            trpr = tbl.rows[ri]._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            trpr.append(h)
    for (r0, c0, r1, c1) in merges:
        tbl.cell(r0, c0).merge(tbl.cell(r1, c1))
    cov = _covered(merges)
    for ri, row in enumerate(rows):
        for ci, text in enumerate(row):
            if (ri, ci) in cov:
                assert text is None, ("covered cell must be None", ri, ci, text)
                continue
            cell = tbl.cell(ri, ci)
            paras = (text or "").split("\n")
            first = cell.paragraphs[0]
            for pi, ptext in enumerate(paras):
                par = first if pi == 0 else cell.add_paragraph()
                center = ri < header_rows or ci in center_cols
                par.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
                add_runs(par, ptext, bold=ri in bold_rows, size=size)
    # a small empty paragraph after the table, as Word users leave it
    doc.add_paragraph()


# ---------------------------------------------------------------------------
# txt (Word "save as plain text")
# ---------------------------------------------------------------------------
def fmt_number(fmt, n):
    if fmt == "decimal":
        return str(n)
    if fmt == "russianLower":
        return LETTERS_RU[n - 1]
    raise ValueError(fmt)


def strip_md(text):
    return text.replace("**", "")


def render_txt(spec):
    lines = []
    counters = {}
    for b in spec["blocks"]:
        k = b["kind"]
        if k in ("p", "h"):
            lines.append(strip_md(b["text"]))
        elif k == "li":
            levels = spec["numbering"][b["numid"]]
            cnt = counters.setdefault(b["numid"], [0] * len(levels))
            cnt[b["level"]] += 1
            for deeper in range(b["level"] + 1, len(levels)):
                cnt[deeper] = 0
            fmt, lvltext = levels[b["level"]][0], levels[b["level"]][1]
            label = lvltext
            for li in range(len(levels)):
                label = label.replace("%%%d" % (li + 1), fmt_number(levels[li][0], max(cnt[li], 1)))
            lines.append(label + "\t" + strip_md(b["text"]))
        elif k == "t":
            cov = _covered(b.get("merges", []))
            ncols = len(b["widths"])
            for ri, row in enumerate(b["rows"]):
                cells = []
                ci = 0
                while ci < ncols:
                    if (ri, ci) in cov:
                        r0, c0, r1, c1 = cov[(ri, ci)]
                        # continuation of a vertical merge: an empty cell, written once
                        if ri > r0 and ci == c0:
                            cells.append("")
                        ci = c1 + 1 if ci == c0 or ri > r0 else ci + 1
                        continue
                    text = strip_md(row[ci] or "").replace("\n", " ")
                    cells.append(text)
                    span = [m for m in b.get("merges", []) if m[0] == ri and m[1] == ci]
                    ci = span[0][3] + 1 if span else ci + 1
                lines.append("\t".join(cells))
            lines.append("")
    return "\n".join(lines) + "\n"


def build_docx(spec, path):
    doc = Document()
    setup_styles(doc, spec["size"], spec.get("heading_sizes", {"Heading 2": spec["size"]}))
    setup_page(doc, spec.get("page_numbers", True))
    add_numbering(doc, spec.get("numbering", {}))
    cp = doc.core_properties
    cp.author = spec["author"]
    cp.title = spec["title"]
    cp.last_modified_by = spec["author"]
    cp.comments = ""
    # python-docx's template starts with no paragraph; write blocks
    for b in spec["blocks"]:
        k = b["kind"]
        if k == "p":
            render_paragraph(doc, b)
        elif k == "h":
            render_heading(doc, b)
        elif k == "li":
            render_li(doc, b)
        elif k == "t":
            render_table(doc, b)
    doc.save(path)


# ---------------------------------------------------------------------------
# shared bits
# ---------------------------------------------------------------------------
DASH = "–"


def col_sum(rows, col):
    s = 0
    for r in rows:
        v = r[col]
        if v in (None, "", DASH):
            continue
        s += int(v.replace(" ", ""))
    return s


def pct(a, b):
    return round(100.0 * a / b)


# ===========================================================================
# blind_d1 -- Республика Татарстан, РИП, лицей, отчёт за 2025 год
# ===========================================================================
def spec_d1():
    goal = ("Создание и апробация сетевой модели ранней профессиональной ориентации обучающихся "
            "лицея на инженерные специальности во взаимодействии с промышленными предприятиями "
            "и организациями профессионального образования Елабужского муниципального района.")
    passport = [
        ["Полное наименование организации",
         "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 12 «Созвездие» "
         "Елабужского муниципального района Республики Татарстан (МБОУ «Лицей № 12 «Созвездие»)"],
        ["Адрес, телефон, электронная почта",
         "423604, Республика Татарстан, г. Елабуга, пр. Нефтяников, д. 58; тел. 8 (85557) 3-41-26; "
         "e-mail: lic12.sozvezdie@tatar.ru"],
        ["Руководитель организации", "Галиуллина Резеда Ильдаровна, директор"],
        ["Руководитель проекта",
         "Хабибуллин Марат Ренатович, заместитель директора по научно-методической работе"],
        ["Научный консультант",
         "Сабирова Алсу Фаритовна, кандидат педагогических наук, доцент кафедры педагогики"],
        ["Основание для реализации проекта",
         "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации» (ст. 20);\n"
         "приказ Министерства образования и науки Республики Татарстан от 14.03.2024 № под-418/24 "
         "«О присвоении статуса республиканской инновационной площадки»"],
        ["Тема проекта",
         "«Инженерный кластер лицея: сетевая модель ранней профессиональной ориентации обучающихся "
         "на предприятия региона»"],
        ["Цель проекта", goal],
        ["Сроки и этапы реализации проекта",
         "2024–2026 годы:\nI этап (подготовительный) – март – декабрь 2024 г.;\n"
         "II этап (внедренческий) – январь 2025 г. – июнь 2026 г.;\n"
         "III этап (обобщающий) – июль – декабрь 2026 г."],
        ["Отчётный период", "с 01.01.2025 по 31.12.2025 (II этап)"],
        ["Партнёры проекта",
         "ООО «ТехноПрофиль-Алабуга»; ГАПОУ «Елабужский индустриальный техникум»; "
         "АО «Камский инструментальный завод»"],
    ]
    plan_head = ["№", "Наименование мероприятия", "Дата проведения", "Охват (чел.)",
                 "Итоги / продукт", "Примечание"]
    plan = [
        ["1", "Установочный семинар для педагогов «Инженерный кластер: задачи 2025 года»",
         "22.01.2025", "24", "Утверждены планы работы трёх творческих групп", DASH],
        ["2", "Заседание сетевого совета с участием предприятий-партнёров",
         "12.02.2025", "14", "Подписаны 2 соглашения о сетевом взаимодействии", DASH],
        ["3", "Апробация программы инженерного практикума «От чертежа к изделию» в 9-х классах",
         "03.03.2025 – 30.05.2025", "56", "Программа практикума (68 ч), 56 зачётных работ", DASH],
        ["4", "Профориентационные экскурсии на предприятия ОЭЗ «Алабуга»",
         "11.03.2025 – 25.04.2025", "112", "Проведено 6 экскурсий, отчёты групп", DASH],
        ["5", "Республиканский семинар «Ранняя профориентация в инженерном классе»",
         "17.04.2025", "64", "Сборник материалов семинара",
         "Участники из 9 муниципальных районов"],
        ["6", "Конкурс проектов обучающихся «Инженерный старт»",
         "20.05.2025", "87", "", DASH],
        ["7", "Летняя инженерная смена «Город мастеров» на базе лагеря с дневным пребыванием "
              "при лицее и мастерских техникума",
         "02.06.2025 – 22.06.2025", "48",
         "Реализована программа смены (18 дней);\n"
         "обучающиеся 7–8 классов выполнили 12 групповых мини-проектов в мастерских техникума;\n"
         "5 лучших проектов рекомендованы к доработке в течение учебного года;\n"
         "проведены 4 встречи с молодыми специалистами предприятий-партнёров;\n"
         "подготовлены фотоотчёт и видеоролик о работе смены",
         DASH],
        ["8", "Выездная сессия обучающихся инженерных классов в IT-парке г. Казани",
         "октябрь 2025", DASH,
         "Не проводилась в связи с переносом мероприятия организатором (письмо от 02.10.2025); "
         "перенесена на 12.03.2026",
         "Включена в план на 2026 год"],
        ["9", "Курсы повышения квалификации «STEM-подход в основном общем образовании»",
         "15.09.2025 – 24.10.2025", "18", "Удостоверения о повышении квалификации (72 ч)", DASH],
        ["10", "Мастер-класс для учителей технологии и физики района «Прототипирование на уроке»",
         "26.11.2024", "29", "Видеозапись и методические материалы размещены на сайте лицея", DASH],
        ["11", "Итоговая конференция обучающихся «Инженеры будущего»",
         "19.12.2025", "103", "Защищены 34 проекта; 7 проектов рекомендованы на республиканский конкурс",
         DASH],
    ]
    true_total = col_sum(plan, 3)
    written_total = "585"  # PLANTED: consistency (true sum is 555)
    assert true_total == 555 and written_total != str(true_total)
    held = sum(1 for r in plan if r[3] != DASH)
    assert held == 10  # prose "проведено 10 мероприятий" is correct (trap)
    by_class = (38, 41, 35, 27)
    assert sum(by_class) == 141  # PLANTED: prose says 146
    assert pct(18, 24) == 75 and pct(32, 70) == 46  # correct percentages (traps)
    assert 15 + 6 + 2 == 23

    plan_rows = [plan_head] + plan + [["Всего", None, None, written_total, "", ""]]
    dup_a = ("Сетевое взаимодействие с предприятиями позволило перенести часть занятий в реальную "
             "производственную среду: обучающиеся знакомились с технологическими линиями, выполняли "
             "учебные задания под руководством наставников из числа инженеров и защищали результаты "
             "перед комиссией, в состав которой входили представители работодателей и преподаватели "
             "техникума.")
    # PLANTED duplication: the same paragraph with three words changed
    dup_b = ("Сетевое взаимодействие с предприятиями позволило перенести значительную часть занятий в "
             "настоящую производственную среду: обучающиеся знакомились с технологическими линиями, "
             "выполняли практические задания под руководством наставников из числа инженеров и защищали "
             "результаты перед комиссией, в состав которой входили представители работодателей и "
             "преподаватели техникума.")
    assert len(dup_a.split()) >= 30

    blocks = [
        C("Министерство образования и науки Республики Татарстан"),
        C("Республиканская инновационная площадка", space_after=12),
        C("**Отчёт о результатах инновационной деятельности за 2025 год**", size=14),
        C("муниципального бюджетного общеобразовательного учреждения «Лицей № 12 «Созвездие» "
          "Елабужского муниципального района Республики Татарстан"),
        C("по теме «Инженерный кластер лицея: сетевая модель ранней профессиональной ориентации "
          "обучающихся на предприятия региона»", space_after=6),
        H("ОБЩИЕ СВЕДЕНИЯ"),
        T(passport, [5.5, 11.5], header_rows=0, size=11),
        H("ЦЕЛЬ И ЗАДАЧИ ОТЧЁТНОГО ПЕРИОДА"),
        P("Цель проекта – " + goal[0].lower() + goal[1:]),
        P("В 2025 году в соответствии с программой II этапа решались следующие задачи:"),
        P("1) разработать и апробировать программу сетевого инженерного практикума для обучающихся "
          "8–9 классов;", indent=False, left=1.25),
        P("2) организовать проектную деятельность обучающихся 8–11 классов на базе "
          "предприятий-партнёров;", indent=False, left=1.25),
        P("3) обеспечить повышение квалификации педагогов, участвующих в проекте, по вопросам "
          "STEM-образования и профессиональной ориентации;", indent=False, left=1.25),
        P("4) провести мониторинг профессиональных предпочтений обучающихся и удовлетворённости "
          "участников проекта;", indent=False, left=1.25),
        P("5) обобщить и представить опыт лицея на муниципальном и республиканском уровнях.",
          indent=False, left=1.25),
        H("СОДЕРЖАНИЕ ДЕЯТЕЛЬНОСТИ ПО ЗАДАЧАМ"),
        P("По первой задаче творческой группой лицея совместно с преподавателями ГАПОУ «Елабужский "
          "индустриальный техникум» разработана программа сетевого инженерного практикума «От чертежа "
          "к изделию» объёмом 68 часов. Программа включает четыре модуля: основы технического черчения, "
          "прототипирование и 3D-печать, основы робототехники, знакомство с производственными "
          "процессами. В марте – мае 2025 года программа апробирована в трёх 9-х классах "
          "(56 обучающихся); занятия третьего и четвёртого модулей проводились в мастерских техникума "
          "и в учебном центре ООО «ТехноПрофиль-Алабуга». По итогам апробации программа доработана и "
          "рассмотрена на методическом совете лицея (протокол от 28.08.2025 № 1)."),
        P("По второй задаче проектной деятельностью на базе предприятий-партнёров охвачены "
          "146 обучающихся 8–11 классов: 38 обучающихся 8-х классов, 41 – 9-х классов, 35 – 10-х "
          "классов и 27 – 11-х классов. Темы проектов сформированы по заявкам предприятий и "
          "утверждены сетевым советом; всего в банк включено 34 темы. Для родителей обучающихся "
          "8–9 классов проведены 2 из 5 запланированных онлайн-консультаций по выбору инженерного "
          "профиля обучения."),
        P(dup_a),
        P("По третьей задаче курсы повышения квалификации по дополнительной профессиональной программе "
          "«STEM-подход в основном общем образовании» (72 часа) прошли 18 педагогов из 24 участвующих "
          "в проекте, что составляет 75 %. Шесть педагогов прошли стажировку на производственных "
          "участках ООО «ТехноПрофиль-Алабуга»; четыре педагога подготовили методические разработки "
          "для сборника материалов республиканского семинара."),
        P("По четвёртой задаче в апреле и декабре 2025 года проведено анкетирование обучающихся "
          "8–11 классов по методике «Карта интересов» (в модификации творческой группы) и опрос "
          "родителей. Доля обучающихся, связывающих дальнейшее обучение с инженерными направлениями, "
          "выросла с 31 % до 38 %. Удовлетворённость родителей участием детей в проекте составила "
          "89 % (в опросе участвовали 212 родителей)."),
        P("По пятой задаче опыт лицея представлен на республиканском семинаре «Ранняя профориентация в "
          "инженерном классе» (17.04.2025), на августовском совещании педагогических работников "
          "Елабужского муниципального района (27.08.2025), а также в публикациях, перечисленных в "
          "разделе «Распространение опыта»."),
        H("ПЛАН-ГРАФИК МЕРОПРИЯТИЙ И ЕГО ВЫПОЛНЕНИЕ"),
        P("Всего в 2025 году проведено 10 мероприятий плана-графика; выездная сессия в IT-парке "
          "перенесена организатором на 2026 год. Сведения о выполнении плана-графика приведены "
          "в таблице 1."),
        P("Таблица 1", align="right", indent=False),
        T(plan_rows, [0.8, 4.9, 2.5, 1.5, 4.3, 3.0], header_rows=1, repeat_header=True,
          merges=[(len(plan_rows) - 1, 0, len(plan_rows) - 1, 2)], bold_rows=[len(plan_rows) - 1],
          center_cols=[0, 2, 3], size=10),
        H("РЕЗУЛЬТАТЫ"),
        P("Основными результатами инновационной деятельности лицея в 2025 году стали:"),
        P("– разработанная и апробированная программа сетевого инженерного практикума «От чертежа к "
          "изделию»;", indent=False, left=1.25),
        P("– банк из 34 тем проектов, предложенных предприятиями-партнёрами;", indent=False, left=1.25),
        P("– рост интереса обучающихся к инженерному профилю: доля обучающихся 10-х классов, выбравших "
          "инженерный профиль обучения, составила 46 % (32 из 70);", indent=False, left=1.25),
        P("– система наставничества с участием инженеров предприятий-партнёров.", indent=False, left=1.25),
        P(dup_b),
        P("Призёрами и победителями конкурсов инженерной направленности различного уровня в 2025 году "
          "стали 23 обучающихся лицея: 15 – муниципального, 6 – республиканского и 2 – всероссийского "
          "уровня."),
        H("ИННОВАЦИОННЫЕ ПРОДУКТЫ ОТЧЁТНОГО ПЕРИОДА"),
        P(DASH),
        H("РАСПРОСТРАНЕНИЕ ОПЫТА"),
        P("1. Выступление руководителя проекта на республиканском семинаре «Ранняя профориентация в "
          "инженерном классе», 17.04.2025, г. Елабуга.", indent=False, left=0.6),
        P("2. Доклад «Сетевой практикум: опыт лицея» на августовском совещании педагогических "
          "работников Елабужского муниципального района, 27.08.2025.", indent=False, left=0.6),
        P("3. Хабибуллин М.Р., Сабирова А.Ф. Сетевой инженерный практикум как средство ранней "
          "профориентации обучающихся // Инженерное образование: от школы до предприятия: материалы "
          "Всероссийской научно-практической конференции (Казань, 14–15 ноября 2025 г.). – С. 112–117.",
          indent=False, left=0.6),
        P("4. Материалы о ходе проекта на сайте лицея и в официальном сообществе лицея в социальной "
          "сети «ВКонтакте» – 27 публикаций.", indent=False, left=0.6),
        H("ИЗМЕНЕНИЯ В ПРОЕКТЕ"),
        P("Корректировки проекта в отчётном периоде: нет."),
        H("ПЕРСПЕКТИВЫ НА 2026 ГОД"),
        P("В 2026 году (завершение II этапа и III этап) планируется провести республиканский "
          "семинар-практикум для учителей технологии (16.04.2026), подготовить к изданию методическое "
          "пособие по организации сетевого инженерного практикума, провести итоговую диагностику "
          "профессиональных предпочтений обучающихся (ноябрь 2026 г.) и представить итоговый отчёт о "
          "реализации проекта в декабре 2026 г."),
        P("", space_before=12),
        P("Директор МБОУ «Лицей № 12 «Созвездие»\t\t____________ Р.И. Галиуллина", indent=False,
          align="left"),
        P("Руководитель проекта\t\t\t\t\t____________ М.Р. Хабибуллин", indent=False, align="left"),
        P("20.01.2026", indent=False, align="left", space_before=6),
    ]
    return dict(name="blind_d1", size=12, heading_sizes={"Heading 2": 12},
                author="Хабибуллин М.Р.", title="Отчёт РИП за 2025 год", blocks=blocks, numbering={})


# ===========================================================================
# blind_d2 -- Мурманская область, МИП, ДОУ, промежуточный отчёт (сентябрь – декабрь 2025)
# ===========================================================================
def spec_d2():
    goal = ("создание условий для развития познавательно-исследовательской активности детей 5–7 лет "
            "через ознакомление с природой и культурой Кольского Севера в совместной деятельности "
            "педагогов, детей и родителей.")
    passport = [
        ["Наименование образовательной организации",
         "Муниципальное автономное дошкольное образовательное учреждение г. Мурманска № 219 "
         "(МАДОУ г. Мурманска № 219)"],
        ["Адрес", "183052, г. Мурманск, ул. Полярные Зори, д. 40, тел. 8 (8152) 45-17-09"],
        ["Заведующий", "Коваленко Ольга Викторовна"],
        ["Руководитель проекта", "Семёнова Наталья Андреевна, старший воспитатель"],
        ["Научный консультант", "Лаптева Ирина Сергеевна, канд. пед. наук, доцент"],
        ["Статус МИП присвоен",
         "приказом комитета по образованию администрации города Мурманска от 18.06.2025 № 1128"],
        ["Срок реализации проекта", "сентябрь 2025 г. – май 2027 г."],
        ["Этап проекта", "I этап (организационно-диагностический): сентябрь 2025 г. – май 2026 г."],
        ["Отчётный период", "сентябрь – декабрь 2025 г."],
        ["Цель проекта", goal[0].upper() + goal[1:]],
    ]
    # two-row header
    head0 = ["№ п/п", "Мероприятие", "Сроки", None, "Участники", None, None, "Результат"]
    head1 = [None, None, "план", "факт", "дети", "педагоги", "родители", None]
    ev = [
        ["1", "Педагогический совет «Старт инновационного проекта»", "сентябрь", "10.09.2025",
         DASH, "24", DASH, "Утверждены положение о творческой группе и план работы"],
        ["2", "Анкетирование родителей «Что мы знаем о Кольском Севере»", "сентябрь",
         "15.09–26.09.2025", DASH, DASH, "118", "Аналитическая справка по итогам анкетирования"],
        ["3", "Экскурсия в краеведческий музей «Природа Заполярья»", "сентябрь", "28.08.2025",
         "48", "4", "6", "Фотоотчёт, выставка детских рисунков"],
        ["4", "Стартовая диагностика познавательного интереса детей 5–7 лет", "сентябрь – октябрь",
         "22.09–10.10.2025", "96", "6", DASH, "Диагностические карты, сводная таблица"],
        ["5", "Семинар-практикум для педагогов «Мини-лаборатория в группе»", "октябрь", "23.10.2025",
         DASH, "19", DASH, "Методические рекомендации по оснащению мини-лабораторий"],
        ["6", "Цикл занятий «Полярная ночь: куда уходит солнце?»", "ноябрь – декабрь",
         "05.11–19.12.2025", "96", "8", DASH, "14 конспектов занятий, картотека опытов"],
        ["7", "Экологическая акция «Покормите птиц зимой»", "ноябрь", "17.11.2025",
         "74", "9", "41", DASH],
        ["8", "Мастер-класс для родителей «Саамские игры дома»", "ноябрь", DASH,
         DASH, DASH, DASH, "Не проводилось"],
        ["9", "Фестиваль детско-родительских проектов «Северное сияние»", "декабрь", "12.12.2025",
         "58", "11", "52", "Представлено 23 детско-родительских проекта"],
        ["10", "Городской семинар для педагогов ДОУ «Исследуем Арктику вместе с детьми»", "декабрь",
         "перенесён", DASH, DASH, DASH,
         "Не проводился в связи с карантином по гриппу (приказ заведующего от 08.12.2025 № 212-о); "
         "перенесён на 19.02.2026"],
    ]
    kids, teachers, parents = col_sum(ev, 4), col_sum(ev, 5), col_sum(ev, 6)
    assert (kids, teachers, parents) == (372, 81, 217)
    written_parents = "227"  # PLANTED: consistency (true 217)
    held = sum(1 for r in ev if r[3] not in (DASH, "перенесён"))
    assert held == 8  # PLANTED: prose says "проведено 9"
    assert 24 + 51 + 21 == 96 and pct(24, 96) == 25 and pct(51, 96) == 53 and pct(21, 96) == 22
    assert pct(103, 118) == 87 and pct(34, 118) == 29
    total_row = ["Итого", None, None, None, str(kids), str(teachers), written_parents, ""]
    rows = [head0, head1] + ev + [total_row]
    last = len(rows) - 1
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 6), (0, 7, 1, 7), (last, 0, last, 3)]

    dup_a = ("Совместная деятельность педагогов, детей и родителей в рамках «Арктического календаря» "
             "позволила сделать краеведческое содержание частью повседневной жизни группы: дети ведут "
             "календари наблюдений за продолжительностью светового дня, погодой и поведением птиц, а "
             "родители поддерживают эти наблюдения дома и дополняют их семейными фотографиями и "
             "рассказами.")
    # PLANTED duplication: three words changed
    dup_b = ("Совместная деятельность педагогов, детей и родителей в рамках «Арктического календаря» "
             "позволила сделать краеведческое содержание частью повседневной жизни детского сада: дети "
             "ведут дневники наблюдений за продолжительностью светового дня, погодой и поведением птиц, "
             "а родители поддерживают эти наблюдения дома и дополняют их семейными фотографиями и "
             "историями.")
    assert len(dup_a.split()) >= 30

    bold = dict(bold=True, indent=False, align="left", space_before=8, space_after=4, keep_next=True)
    blocks = [
        C("Комитет по образованию администрации города Мурманска"),
        C("Муниципальное автономное дошкольное образовательное учреждение г. Мурманска № 219",
          space_after=12),
        C("**ПРОМЕЖУТОЧНЫЙ ОТЧЁТ**", size=14),
        C("**о реализации инновационного проекта**"),
        C("«Арктический календарь: познавательно-исследовательская деятельность дошкольников на "
          "материале природы и культуры Кольского Севера»"),
        C("(муниципальная инновационная площадка; первое полугодие 2025/2026 учебного года: "
          "сентябрь – декабрь 2025 г.)", space_after=8),
        P("1. Общие сведения", **bold),
        T(passport, [5.5, 11.5], header_rows=0, size=11),
        P("В реализации проекта участвуют 24 педагога ДОУ. Для координации работы создана творческая "
          "группа из 7 человек: старший воспитатель, 4 воспитателя групп старшего дошкольного возраста, "
          "музыкальный руководитель и педагог-психолог. Партнёрами проекта выступают Мурманский "
          "областной краеведческий музей и детская библиотека № 7."),
        P("2. Цель и задачи отчётного периода", **bold),
        P("Цель проекта: " + goal),
        P("Задачи на сентябрь – декабрь 2025 года:"),
        LI("Создать нормативную и организационную основу реализации проекта:", 31, 0),
        LI("разработать положение о творческой группе и план работы на 2025/2026 учебный год;", 31, 1),
        LI("заключить договоры о сотрудничестве с учреждениями культуры города.", 31, 1),
        LI("Провести стартовую диагностику:", 31, 0),
        LI("познавательного интереса детей старшего дошкольного возраста;", 31, 1),
        LI("запросов и ожиданий родителей (законных представителей).", 31, 1),
        LI("Апробировать первые блоки «Арктического календаря»:", 31, 0),
        LI("цикл занятий «Полярная ночь»;", 31, 1),
        LI("природоохранные и краеведческие акции с участием семей воспитанников.", 31, 1),
        LI("Организовать методическое сопровождение педагогов:", 31, 0),
        LI("семинар-практикум по организации мини-лабораторий в группах;", 31, 1),
        LI("индивидуальные консультации по планированию исследовательской деятельности детей.", 31, 1),
        P("3. Содержание работы за отчётный период", **bold),
        P("Мероприятия, запланированные на отчётный период, и их выполнение представлены в таблице."),
        T(rows, [0.9, 4.0, 1.9, 2.2, 1.1, 2.05, 2.05, 2.8], header_rows=2, merges=merges,
          bold_rows=[last], center_cols=[0, 2, 3, 4, 5, 6], size=10),
        P("Таким образом, из 10 запланированных на отчётный период мероприятий проведено 9, одно "
          "мероприятие перенесено на второе полугодие учебного года. Договоры о сотрудничестве "
          "с музеем и библиотекой заключены в октябре 2025 года."),
        P("4. Результаты", **bold),
        P("По итогам стартовой диагностики высокий уровень познавательного интереса выявлен у 24 детей "
          "из 96 (25 %), средний – у 51 ребёнка (53 %), низкий – у 21 ребёнка (22 %). Полученные "
          "данные станут точкой отсчёта для промежуточной диагностики в апреле 2026 года."),
        P("Анкетирование родителей показало, что 87 % семей (103 из 118) готовы участвовать в "
          "совместных проектах, однако лишь 29 % (34 из 118) знакомы с традициями коренных народов "
          "Кольского полуострова. Эти данные учтены при планировании блока «Саамский край»."),
        P("Педагогам оказано 12 индивидуальных консультаций по планированию исследовательской "
          "деятельности; в каждой из четырёх групп старшего дошкольного возраста оборудован уголок "
          "экспериментирования."),
        P(dup_a),
        P("5. Распространение опыта", **bold),
        P("– выступление Семёновой Н.А. «Арктический календарь как средство развития познавательной "
          "активности» на заседании городского методического объединения старших воспитателей "
          "(20.11.2025);", indent=False, left=0.6),
        P("– публикация «Полярная ночь глазами дошкольников» на официальном сайте ДОУ (11.12.2025);",
          indent=False, left=0.6),
        P("– статья «Краеведческие акции как форма работы с семьёй» направлена в сборник материалов "
          "областной конференции (находится в печати).", indent=False, left=0.6),
        P("6. Продукты инновационной деятельности", **bold),
        P("7. Трудности, возникшие в ходе реализации проекта", **bold),
        P("В ходе реализации первого этапа выявлены следующие трудности:"),
        P("– низкая активность части родителей в дистанционных формах взаимодействия: на онлайн-встречи "
          "подключалось не более пятой части приглашённых;", indent=False, left=0.6),
        P("– недостаточное оснащение мини-лабораторий цифровым оборудованием (цифровой микроскоп, "
          "детская метеостанция);", indent=False, left=0.6),
        P("– сложность подбора доступного для дошкольников материала о культуре коренных народов "
          "Кольского Севера;", indent=False, left=0.6),
        P("– высокая заболеваемость детей и сотрудников в декабре, из-за которой одно мероприятие "
          "пришлось перенести.", indent=False, left=0.6),
        P("Для преодоления трудностей планируется перевести часть встреч с родителями в очный формат "
          "выходного дня, подать заявку на грант для оснащения мини-лабораторий и привлечь к подбору "
          "материала сотрудников музея."),
        P("9. Перспективы работы на второе полугодие 2025/2026 учебного года", **bold),
        P("В январе – мае 2026 года планируется провести перенесённый городской семинар, реализовать "
          "блоки «Полярный день» и «Саамский край» (март – апрель 2026 г.), провести промежуточную "
          "диагностику (22.04.2026 – 30.04.2026) и подготовить отчёт по итогам I этапа (май 2026 г.)."),
        P(dup_b),
        P("", space_before=12),
        P("Заведующий МАДОУ г. Мурманска № 219\t\t\t____________ О.В. Коваленко", indent=False,
          align="left"),
        P("12.01.2026", indent=False, align="left", space_before=6),
    ]
    numbering = {31: [("decimal", "%1.", 709, 357), ("russianLower", "%2)", 1134, 357)]}
    return dict(name="blind_d2", size=12, author="Семёнова Н.А.",
                title="Промежуточный отчёт МИП", blocks=blocks, numbering=numbering,
                page_numbers=False)


# ===========================================================================
# blind_d3 -- Пермский край, ОЭП (сеть: колледж + 2 школы), программа на 2026–2028 годы
# ===========================================================================
def spec_d3():
    goal = ("Разработать, апробировать и описать сетевую модель профессиональных проб, обеспечивающую "
            "осознанный выбор обучающимися 7–9 классов направления дальнейшего обучения.")
    tasks = [
        "Создать организационно-правовые условия сетевого взаимодействия колледжа и школ.",
        "Разработать и апробировать программы профессиональных проб по шести направлениям.",
        "Подготовить педагогов школ и мастеров производственного обучения к сопровождению "
        "профессионального самоопределения обучающихся.",
        "Разработать комплекс оценки готовности обучающихся к выбору профессии.",
        "Обобщить и распространить результаты опытно-экспериментальной работы.",
    ]
    theme = ("«Сетевая модель профессиональных проб «Школа – колледж» как механизм профессионального "
             "самоопределения обучающихся 7–9 классов»")
    passport = [
        ["Наименование программы",
         "Программа опытно-экспериментальной работы " + theme + " на 2026–2028 годы"],
        ["Основания для разработки",
         "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации» "
         "(ст. 15, 20);\nприказ Министерства образования и науки Пермского края от 17.11.2025 "
         "№ СЭД-26-01-06-1187 «О присвоении статуса опытно-экспериментальной площадки»;\n"
         "договор о сетевом взаимодействии от 01.12.2025 № 14-С"],
        ["Участники сети",
         "ГБПОУ «Краснокамский колледж цифровых производств» (базовая организация);\n"
         "МАОУ «Средняя общеобразовательная школа № 5» г. Краснокамска;\n"
         "МБОУ «Майская средняя общеобразовательная школа»"],
        ["Разработчики",
         "Рабочая группа сети под руководством Мальцевой Елены Викторовны, заместителя директора "
         "колледжа по учебно-методической работе"],
        ["Научный руководитель", "Шилова Татьяна Геннадьевна, канд. пед. наук, доцент"],
        ["Цель программы", goal],
        ["Задачи программы", "\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(tasks))],
        ["Сроки и этапы реализации",
         "2026–2028 годы:\nI этап (подготовительный) – январь – август 2026 г.;\n"
         "II этап (практический) – сентябрь 2026 г. – декабрь 2027 г.;\n"
         "III этап (обобщающий) – январь – декабрь 2028 г."],
        ["Ожидаемые результаты",
         "Сетевая модель профессиональных проб; не менее 10 программ проб; рост доли обучающихся, "
         "прошедших не менее двух проб, до 95 %; методический сборник"],
        ["Контроль",
         "Сетевой координационный совет; ежегодные отчёты в Министерство образования и науки "
         "Пермского края"],
    ]
    contingent = [
        ["МАОУ «СОШ № 5»", "62", "58", "54", "174"],
        ["МБОУ «Майская СОШ»", "31", "29", "34", "104"],  # PLANTED: 31+29+34 = 94
    ]
    assert 31 + 29 + 34 == 94 and 62 + 58 + 54 == 174
    tot = [col_sum(contingent, c) for c in (1, 2, 3)]
    assert tot == [93, 87, 88] and sum(tot) == 268 == 174 + 94
    assert pct(148, 268) == 55  # PLANTED: written "62 %"
    assert pct(12, 30) == 40  # correct (trap)
    cont_rows = ([["Организация", "7 кл.", "8 кл.", "9 кл.", "Всего"]] + contingent +
                 [["Итого", "93", "87", "88", "268"]])
    staff = [
        ["ГБПОУ «ККЦП»", "14", "6", "1", "21"],
        ["МАОУ «СОШ № 5»", "9", DASH, "1", "10"],
        ["МБОУ «Майская СОШ»", "7", DASH, "1", "8"],
    ]
    for r in staff:
        assert col_sum([r], 1) + col_sum([r], 2) + col_sum([r], 3) == int(r[4])
    st_tot = [col_sum(staff, c) for c in (1, 2, 3, 4)]
    assert st_tot == [30, 6, 3, 39]
    staff_rows = ([["Организация", "Педагоги", "Мастера п/о", "Педагоги-психологи", "Всего"]] + staff +
                  [["Итого"] + [str(x) for x in st_tot]])

    stages = [
        ["Этап", "Сроки", "Задачи этапа"],
        ["I. Подготовительный", "январь 2026 г. – август 2026 г.",
         "Создание нормативной базы сети; входная диагностика обучающихся; разработка программ "
         "профессиональных проб"],
        ["II. Практический", "сентябрь 2026 г. – декабрь 2027 г.",
         "Апробация программ проб; подготовка педагогов; промежуточная диагностика; проведение "
         "сетевых событий"],
        ["III. Обобщающий", "январь 2028 г. – декабрь 2028 г.",
         "Итоговая диагностика; анализ и описание модели; распространение опыта"],
    ]
    plan = [
        ["№", "Мероприятие", "Этап", "Сроки", "Ответственные", "Результат (продукт)"],
        ["1", "Заключение договоров о сетевой форме реализации программ профессиональных проб", "I",
         "январь – февраль 2026 г.", "Директора организаций сети", "Договоры о сетевом взаимодействии"],
        ["2", "Создание сетевого координационного совета и рабочих групп", "I", "январь 2026 г.",
         "Мальцева Е.В.", "Приказ, положение о совете"],
        ["3", "Входная диагностика профессиональных интересов обучающихся 7–9 классов", "I",
         "март – апрель 2026 г.", "Педагоги-психологи", "Аналитическая справка"],
        ["4", "Разработка программ профессиональных проб по шести направлениям", "I",
         "апрель – июнь 2026 г.", "Мастера п/о колледжа", "6 программ проб"],
        ["5", "Курсы повышения квалификации педагогов школ «Сопровождение профессионального "
              "самоопределения»", "I", "октябрь 2026 г.", "Мальцева Е.В.", "Удостоверения о ПК"],
        ["6", "Апробация программ профессиональных проб в мастерских колледжа", "II",
         "сентябрь 2026 г. – май 2027 г.", "Мастера п/о, классные руководители",
         "Журналы проб, портфолио обучающихся"],
        ["7", "Сетевой фестиваль профессий «Профи-старт»", "II", "апрель", "Колледж, школы сети", DASH],
        ["8", "Промежуточная диагностика готовности к выбору профессии", "II", "май",
         "Педагоги-психологи", "Сравнительная справка"],
        ["9", "Летняя профильная смена «Мастерская будущего» на базе колледжа для обучающихся "
              "8–9 классов школ сети с проживанием в общежитии колледжа", "II", "июнь 2027 г.",
         "Мальцева Е.В., начальники лагерей",
         "Программа смены (14 дней);\nне менее 40 участников;\nпроектные работы участников, "
         "представленные на итоговом дне открытых дверей колледжа;\nанкеты обратной связи"],
        ["10", "Краевой семинар «Профессиональные пробы в сетевом формате: первые итоги»", "II",
         "ноябрь 2027 г.", "Шилова Т.Г.", "Материалы семинара"],
        ["11", "Итоговая диагностика и сравнительный анализ результатов", "III",
         "февраль – март 2028 г.", "Педагоги-психологи", "Аналитический отчёт"],
        ["12", "Подготовка методического сборника «Профессиональные пробы: сетевая модель»", "III",
         "март – сентябрь 2028 г.", "Рабочая группа", "Методический сборник"],
        ["13", "Итоговая конференция сетевой площадки", "III", "10.12.2028", "Мальцева Е.В.",
         "Резолюция конференции"],
        ["14", "Представление итогового отчёта и публикация результатов в профессиональном журнале",
         "III", "февраль 2029 г.", "Шилова Т.Г.", "Итоговый отчёт, статья"],
    ]
    indicators = [
        ["Показатель", "Исходное значение (2025)", "2026", "2027", "2028"],
        ["Доля обучающихся 7–9 классов, прошедших не менее двух профессиональных проб", "18 %",
         "40 %", "70 %", "95 %"],
        ["Доля педагогов – участников программы, прошедших повышение квалификации по вопросам "
         "профориентации", "40 % (12 из 30)", "60 %", "80 %", "100 %"],
        ["Доля обучающихся 9 классов, определившихся с направлением дальнейшего обучения", "48 %",
         "55 %", "65 %", "75 %"],
        ["Количество программ профессиональных проб", "0", "6", "8", "10"],
    ]
    diag = [["Направление диагностики", "Методика", "Классы", "Сроки"],
            [DASH, DASH, DASH, DASH], [DASH, DASH, DASH, DASH], [DASH, DASH, DASH, DASH]]
    risks = [
        ["Риск", "Пути минимизации"],
        ["Низкая мотивация части обучающихся к участию в пробах",
         "Выбор проб из нескольких направлений; участие родителей в открытых пробах"],
        ["Транспортная недоступность колледжа для обучающихся сельской школы",
         "Согласование графика подвоза; проведение части проб в мобильном формате"],
        ["Перегрузка мастеров производственного обучения",
         "Распределение нагрузки по графику; привлечение студентов старших курсов в качестве "
         "помощников"],
    ]
    dup_a = ("Опыт предыдущих лет показывает, что разовые экскурсии в колледж и встречи с представителями "
             "профессий не формируют у подростков устойчивого представления о содержании труда: "
             "обучающемуся необходимо самому выполнить законченную производственную операцию, получить "
             "оценку мастера и соотнести свои интересы и возможности с требованиями профессии.")
    # PLANTED duplication
    dup_b = ("Опыт предыдущих лет показывает, что разовые экскурсии на предприятия и встречи с "
             "представителями профессий не формируют у школьников устойчивого представления о содержании "
             "труда: обучающемуся необходимо самостоятельно выполнить законченную производственную "
             "операцию, получить оценку мастера и соотнести свои интересы и возможности с требованиями "
             "профессии.")
    assert len(dup_a.split()) >= 30

    H1 = dict(style="Heading 1")
    blocks = [
        P("УТВЕРЖДЕНО", align="right", indent=False),
        P("решением сетевого координационного совета", align="right", indent=False),
        P("(протокол от 15.12.2025 № 4)", align="right", indent=False, space_after=12),
        C("**ПРОГРАММА**", size=14),
        C("**опытно-экспериментальной работы сетевой опытно-экспериментальной площадки**"),
        C(theme),
        C("на 2026–2028 годы", space_after=6),
        C("ГБПОУ «Краснокамский колледж цифровых производств», МАОУ «Средняя общеобразовательная "
          "школа № 5» г. Краснокамска, МБОУ «Майская средняя общеобразовательная школа» "
          "(Пермский край)", italic=True, space_after=8),
        C("**Паспорт программы**", space_after=4),
        T(passport, [5.0, 12.0], header_rows=0, size=11),
        H("I. Обоснование актуальности программы", **H1),
        P("Выбор направления дальнейшего обучения после 9 класса остаётся для большинства подростков "
          "малых городов и сельских территорий Пермского края решением, принимаемым в условиях "
          "недостатка информации о реальном содержании профессий. Предприятиям Краснокамского "
          "городского округа требуются рабочие и специалисты по обработке материалов, наладке "
          "оборудования с программным управлением и обслуживанию цифровых производственных систем, "
          "тогда как выпускники школ ориентируются преимущественно на гуманитарные и экономические "
          "направления."),
        P("По данным мониторинга на 01.10.2025, в двух школах сети обучаются 268 обучающихся 7–9 классов "
          "(таблица 1). В профессиональных пробах на базе организаций профессионального образования в "
          "2024/2025 учебном году приняли участие лишь 62 % (148 из 268) из них, причём большинство – "
          "однократно."),
        P("Таблица 1. Контингент обучающихся 7–9 классов школ сети", align="right", indent=False),
        T(cont_rows, [6.0, 2.5, 2.5, 2.5, 3.0], header_rows=1, bold_rows=[len(cont_rows) - 1],
          center_cols=[1, 2, 3, 4], size=11),
        P(dup_a),
        P("Колледж располагает шестью оснащёнными мастерскими, в том числе мастерскими по стандартам "
          "движения «Профессионалы», что позволяет организовать пробы по шести направлениям без "
          "дополнительных затрат на оборудование."),
        H("II. Цель и задачи программы", **H1),
        P("**Цель:** " + goal),
        P("**Задачи:**"),
    ] + [P("%d. %s" % (i + 1, t), indent=False, left=0.6) for i, t in enumerate(tasks)] + [
        H("III. Этапы реализации программы", **H1),
        T(stages, [4.0, 4.5, 8.5], header_rows=1, size=11),
        H("IV. План мероприятий по реализации программы", **H1),
        T(plan, [0.8, 5.4, 1.2, 2.8, 3.1, 3.7], header_rows=1, repeat_header=True,
          center_cols=[0, 2], size=10),
        H("V. Ожидаемые результаты и показатели", **H1),
        P("По итогам реализации программы будут получены следующие результаты: описанная и "
          "апробированная сетевая модель профессиональных проб «Школа – колледж»; не менее десяти "
          "программ профессиональных проб; методический сборник для педагогов; подготовленные к "
          "сопровождению профессионального самоопределения педагоги школ сети."),
        P(dup_b),
        P("Таблица 2. Целевые показатели программы", align="right", indent=False),
        T(indicators, [7.2, 3.2, 2.2, 2.2, 2.2], header_rows=1, center_cols=[1, 2, 3, 4], size=10),
        P("Таблица 3. Диагностический инструментарий программы", align="right", indent=False),
        T(diag, [5.0, 5.0, 3.0, 4.0], header_rows=1, center_cols=[0, 1, 2, 3], size=10),
        H("VII. Ресурсное обеспечение программы", **H1),
        P("**Кадровые ресурсы.** В реализации программы участвуют 39 работников организаций сети "
          "(таблица 4)."),
        P("Таблица 4. Кадровые ресурсы сети", align="right", indent=False),
        T(staff_rows, [5.2, 2.6, 2.8, 3.4, 3.0], header_rows=1, bold_rows=[len(staff_rows) - 1],
          center_cols=[1, 2, 3, 4], size=10),
        P("**Материально-технические ресурсы.** Мастерские колледжа, центры образования "
          "естественно-научной и технологической направленностей «Точка роста» в обеих школах, "
          "общежитие колледжа для проведения летней смены."),
        P("**Финансовые ресурсы.** Программа реализуется в рамках государственного и муниципальных "
          "заданий организаций сети; транспортные расходы на подвоз обучающихся сельской школы "
          "предусматриваются в бюджете Краснокамского городского округа."),
        H("VIII. Риски и пути их минимизации", **H1),
        T(risks, [7.0, 10.0], header_rows=1, size=10),
        H("IX. Управление программой и контроль", **H1),
        P("Общее руководство реализацией программы осуществляет сетевой координационный совет, в "
          "который входят руководители организаций сети и научный руководитель. Совет заседает не "
          "реже одного раза в квартал, рассматривает промежуточные результаты и при необходимости "
          "вносит изменения в план мероприятий."),
        P("Ежегодно до 20 января следующего года базовая организация представляет в Министерство "
          "образования и науки Пермского края отчёт о ходе опытно-экспериментальной работы; "
          "промежуточные материалы размещаются на сайтах организаций сети."),
        P("", space_before=12),
        P("Руководитель сетевой площадки\t\t\t\t____________ Е.В. Мальцева", indent=False, align="left"),
    ]
    return dict(name="blind_d3", size=12, heading_sizes={"Heading 1": 13}, author="Мальцева Е.В.",
                title="Программа ОЭП 2026-2028", blocks=blocks, numbering={})


# ===========================================================================
# blind_d4 -- Курская область, РИП, школа, отчёт за 2025 год (чистый)
# ===========================================================================
def spec_d4():
    goal = ("Создание и апробация модели формирования читательской и естественно-научной грамотности "
            "обучающихся 5–9 классов в единстве урочной и внеурочной деятельности.")
    tasks = [
        "Разработать банк заданий по читательской и естественно-научной грамотности для 5–9 классов.",
        "Обеспечить подготовку педагогов к использованию заданий по функциональной грамотности на "
        "уроках и во внеурочной деятельности.",
        "Разработать и внедрить курс внеурочной деятельности «Читаем, исследуем, рассуждаем».",
        "Организовать мониторинг уровня функциональной грамотности обучающихся.",
    ]
    passport = [
        ["Наименование организации",
         "Муниципальное бюджетное общеобразовательное учреждение «Солнцевская средняя "
         "общеобразовательная школа № 2» Солнцевского района Курской области"],
        ["Тема проекта",
         "«Школа функциональной грамотности: модель формирования читательской и естественно-научной "
         "грамотности в урочной и внеурочной деятельности»"],
        ["Основание",
         "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»;\n"
         "приказ Министерства образования и науки Курской области от 18.04.2024 № 1-447 "
         "«О присвоении статуса региональной инновационной площадки»"],
        ["Руководитель проекта", "Карпова Людмила Николаевна, директор"],
        ["Научный консультант",
         "Бондарев Сергей Иванович, канд. пед. наук, доцент ОГБУ ДПО «Курский институт развития "
         "образования»"],
        ["Сроки и этапы реализации",
         "2024–2027 гг.:\nI этап (подготовительный) – апрель – декабрь 2024 г.;\n"
         "II этап (основной) – январь 2025 г. – декабрь 2026 г.;\n"
         "III этап (обобщающий) – январь – июнь 2027 г."],
        ["Цель проекта", goal],
        ["Задачи проекта", "\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(tasks))],
        ["Отчётный период", "январь – декабрь 2025 г. (II этап)"],
    ]
    events = [
        ["№", "Мероприятие", "Срок по плану", "Фактическое выполнение", "Результат",
         "Причины невыполнения"],
        ["1", "Методический семинар «Функциональная грамотность: от диагностики к уроку»",
         "январь 2025 г.", "24.01.2025", "Индивидуальные планы педагогов", "нет"],
        ["2", "Входная диагностика читательской и естественно-научной грамотности 5–9 классов",
         "февраль 2025 г.", "10.02–21.02.2025", "Аналитическая справка", "нет"],
        ["3", "Открытые уроки с использованием заданий по функциональной грамотности",
         "март – апрель 2025 г.", "03.03–25.04.2025", "16 открытых уроков, банк заданий", "нет"],
        ["4", "Региональный вебинар для педагогов «Естественно-научная грамотность: задания и "
              "критерии»", "апрель 2025 г.", "17.04.2025", "Запись вебинара, 45 участников", "нет"],
        ["5", "Школьная научно-практическая конференция «Эврика»", "май 2025 г.", "22.05.2025",
         "Представлено 38 исследовательских работ", "нет"],
        ["6", "Курсы повышения квалификации педагогов на базе ОГБУ ДПО КИРО", "июнь 2025 г.",
         "02.06–20.06.2025", "21 педагог получил удостоверения", "нет"],
        ["7", "Летний естественно-научный лагерь «Юный исследователь» для обучающихся 5–7 классов "
              "на базе школы и сельскохозяйственного предприятия-партнёра",
         "июнь – июль 2025 г.", "23.06–11.07.2025",
         "Проведено 14 полевых исследований;\nподготовлено 9 мини-проектов;\n"
         "разработаны 12 заданий для банка на материале лагеря;\nорганизована итоговая выставка "
         "«Природа родного края»", "нет"],
        ["8", "Педагогический совет «Функциональная грамотность: промежуточные итоги»", "август 2025 г.",
         "28.08.2025", "Решение педсовета", "нет"],
        ["9", "Муниципальный семинар для руководителей школьных методических объединений",
         "октябрь 2025 г.", "16.10.2025", "Мастер-классы 5 педагогов", "нет"],
        ["10", "Итоговая диагностика функциональной грамотности обучающихся 5–9 классов",
         "декабрь 2025 г.", "01.12–12.12.2025", "Сравнительная аналитическая справка", "нет"],
    ]
    assert len(events) - 1 == 10
    part = [
        ["Обучающиеся", "212", "64", DASH],
        ["Педагоги", "28", "37", "45"],
        ["Родители (законные представители)", "143", DASH, DASH],
        ["Социальные партнёры", "6", "3", DASH],
    ]
    for r in part:
        r.append(str(col_sum([r], 1) + col_sum([r], 2) + col_sum([r], 3)))
    tot = [col_sum(part, c) for c in (1, 2, 3, 4)]
    assert tot == [389, 104, 45, 538] and sum(tot[:3]) == tot[3]
    part_rows = ([["Категория участников", "МБОУ «Солнцевская СОШ № 2»", "Другие ОО района",
                   "ОО других районов области", "Всего"]] + part + [["Всего"] + [str(x) for x in tot]])
    for a, b_, p in ((123, 212, 58), (151, 212, 71), (104, 212, 49), (127, 212, 60), (21, 28, 75)):
        assert pct(a, b_) == p
    assert 11 + 6 + 2 == 19

    bold = dict(bold=True, indent=False, align="left", space_before=8, space_after=4, keep_next=True)
    blocks = [
        C("Министерство образования и науки Курской области"),
        C("Региональная инновационная площадка", space_after=10),
        C("**ОТЧЁТ ЗА 2025 ГОД**", size=15),
        C("муниципального бюджетного общеобразовательного учреждения «Солнцевская средняя "
          "общеобразовательная школа № 2» Солнцевского района Курской области", space_after=8),
        P("1. Паспорт инновационного проекта", **bold),
        T(passport, [5.0, 12.0], header_rows=0, size=12),
        P("2. Цель и задачи отчётного периода", **bold),
        P("Цель проекта: " + goal[0].lower() + goal[1:]),
        P("Задачи II этапа, решавшиеся в 2025 году:"),
    ] + [P("%d) %s" % (i + 1, t[0].lower() + t[1:-1] + (";" if i < len(tasks) - 1 else ".")),
           indent=False, left=0.6) for i, t in enumerate(tasks)] + [
        P("3. Сведения о выполнении мероприятий календарного", **bold),
        P("плана-графика инновационного проекта в 2025 году", bold=True, indent=False, align="left",
          space_after=4, keep_next=True),
        P("В 2025 году запланировано и проведено 10 мероприятий календарного плана-графика "
          "(таблица 1). Все мероприятия выполнены в установленные сроки."),
        P("Таблица 1", align="right", indent=False),
        T(events, [0.8, 4.1, 2.2, 2.9, 3.9, 3.1], header_rows=1, repeat_header=True,
          center_cols=[0, 2, 3, 5], size=11),
        P("4. Участники инновационной деятельности", **bold),
        P("Состав участников мероприятий проекта в 2025 году (чел.) представлен в таблице 2."),
        P("Таблица 2", align="right", indent=False),
        T(part_rows, [5.0, 3.4, 2.8, 3.0, 2.8], header_rows=1, bold_rows=[len(part_rows) - 1],
          center_cols=[1, 2, 3, 4], size=11),
        P("5. Результаты инновационной деятельности", **bold),
        P("Доля обучающихся 5–9 классов, показавших базовый и более высокий уровень читательской "
          "грамотности, выросла с 58 % (123 из 212) по итогам входной диагностики до 71 % (151 из 212) "
          "по итогам итоговой диагностики. Доля обучающихся с базовым и более высоким уровнем "
          "естественно-научной грамотности выросла с 49 % (104 из 212) до 60 % (127 из 212)."),
        P("Курсы повышения квалификации по программе «Формирование функциональной грамотности "
          "обучающихся основной школы» прошли 21 из 28 педагогов школы (75 %); остальные педагоги "
          "запланированы на обучение в 2026 году."),
        P("Победителями и призёрами конкурсов и олимпиад естественно-научной направленности стали "
          "19 обучающихся: 11 – муниципального этапа, 6 – регионального и 2 – всероссийского уровня."),
        P("6. Продукты инновационной деятельности", **bold),
        P("– банк заданий по читательской и естественно-научной грамотности для 5–9 классов "
          "(120 заданий с критериями оценивания);", indent=False, left=0.6),
        P("– программа курса внеурочной деятельности «Читаем, исследуем, рассуждаем» (34 часа);",
          indent=False, left=0.6),
        P("– методические рекомендации «Задания на функциональную грамотность в структуре урока».",
          indent=False, left=0.6),
        P("7. Распространение опыта", **bold),
        P("1. Выступление на региональном вебинаре «Естественно-научная грамотность: задания и "
          "критерии» (ОГБУ ДПО «Курский институт развития образования»), 17.04.2025.",
          indent=False, left=0.6),
        P("2. Мастер-классы на муниципальном семинаре для руководителей школьных методических "
          "объединений, 16.10.2025.", indent=False, left=0.6),
        P("3. Карпова Л.Н., Лыкова О.П. Банк заданий как ресурс формирования функциональной "
          "грамотности // Функциональная грамотность школьника: материалы региональной "
          "научно-практической конференции (Курск, 27.11.2025). – С. 41–46.", indent=False, left=0.6),
        P("4. Публикации о ходе проекта на официальном сайте школы – 14 материалов за март – декабрь "
          "2025 г.", indent=False, left=0.6),
        P("8. Финансовое обеспечение", **bold),
        P("Проект реализуется за счёт средств субсидии на выполнение муниципального задания; "
          "дополнительные средства на реализацию проекта в 2025 году не привлекались."),
        P("9. Задачи и планы на 2026 год", **bold),
        P("В 2026 году, на завершающем году II этапа, планируется: провести региональный "
          "семинар-практикум «Функциональная грамотность в сельской школе» (март 2026 г.), "
          "организовать обучение оставшихся семи педагогов, провести летний лагерь «Юный исследователь» "
          "(июнь 2026 г.), пополнить банк заданий до 180 единиц и подготовить материалы к обобщающему "
          "этапу (январь – июнь 2027 г.)."),
        P("", space_before=12),
        P("Директор МБОУ «Солнцевская СОШ № 2»\t____________ Л.Н. Карпова", indent=False,
          align="left"),
        P("19.01.2026", indent=False, align="left", space_before=6),
    ]
    return dict(name="blind_d4", size=14, author="Карпова Л.Н.", title="Отчёт РИП за 2025 год",
                blocks=blocks, numbering={})


SPECS = [spec_d1, spec_d2, spec_d3, spec_d4]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-pdf", action="store_true", help="write .docx and .txt only")
    ap.add_argument("--only", help="build only this document (e.g. blind_d2)")
    args = ap.parse_args()
    os.makedirs(DOCS, exist_ok=True)
    built = []
    for fn in SPECS:
        spec = fn()
        if args.only and spec["name"] != args.only:
            continue
        docx_path = os.path.join(DOCS, spec["name"] + ".docx")
        build_docx(spec, docx_path)
        with open(os.path.join(DOCS, spec["name"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(render_txt(spec))
        built.append(docx_path)
        print("wrote", docx_path, "and .txt")
    if args.no_pdf or not built:
        return
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found; use --no-pdf")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [soffice, "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
               "--outdir", tmp] + built
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        for p in built:
            name = os.path.splitext(os.path.basename(p))[0] + ".pdf"
            shutil.move(os.path.join(tmp, name), os.path.join(DOCS, name))
            print("wrote", os.path.join(DOCS, name))


if __name__ == "__main__":
    main()
