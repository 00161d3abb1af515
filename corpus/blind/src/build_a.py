#!/usr/bin/env python3
"""Build blind test reports blind_a1..blind_a4 (.docx, .txt, .pdf).

All organisations, people, orders and figures are fictional.
The .docx is written with python-docx plus raw WordprocessingML (lxml) for
numbering, merged cells, repeated header rows and landscape sections.
The .txt imitates Word's "save as plain text": one paragraph per line,
automatic numbers written out, a table row per line with tab-separated cells,
a merged cell written once, paragraphs inside a cell joined by a space.
The .pdf is produced from the .docx by LibreOffice (soffice --headless).

Usage: python3 build_a.py [--no-pdf]
"""
import copy
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "docs"))

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FONT = "Times New Roman"

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT


# --------------------------------------------------------------------------
# low-level helpers
# --------------------------------------------------------------------------

def _set_rfonts(rpr):
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(att)) is not None:
            del rfonts.attrib[qn(att)]
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), FONT)


def _style_font(style, size, bold=None):
    style.font.name = FONT
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    style.font.color.rgb = RGBColor(0, 0, 0)
    rpr = style.element.get_or_add_rPr()
    _set_rfonts(rpr)
    szcs = rpr.find(qn("w:szCs"))
    if szcs is None:
        szcs = OxmlElement("w:szCs")
        rpr.append(szcs)
    szcs.set(qn("w:val"), str(size * 2))


def _run_font(run, size=None, bold=None, italic=None):
    run.font.name = FONT
    _set_rfonts(run._r.get_or_add_rPr())
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic


def _cell_width(cell, width_cm):
    tcpr = cell._tc.get_or_add_tcPr()
    tcw = tcpr.find(qn("w:tcW"))
    if tcw is None:
        tcw = OxmlElement("w:tcW")
        tcpr.insert(0, tcw)
    tcw.set(qn("w:w"), str(int(width_cm * 567)))
    tcw.set(qn("w:type"), "dxa")


class Report:
    """Writes the same content into a python-docx Document and a txt list."""

    def __init__(self, name, body_pt=12, margins=(2.0, 1.5, 2.0, 2.0), line=1.0):
        self.name = name
        self.body_pt = body_pt
        self.doc = Document()
        self.txt = []
        self.num_id = None
        self.counters = [0, 0, 0]
        st = self.doc.styles
        _style_font(st["Normal"], body_pt)
        pf = st["Normal"].paragraph_format
        pf.space_after = Pt(0)
        pf.space_before = Pt(0)
        pf.line_spacing = line
        for lvl, size in ((1, 14), (2, 13 if body_pt == 12 else 14)):
            hs = st["Heading %d" % lvl]
            _style_font(hs, size, bold=True)
            hs.font.italic = False
            hs.paragraph_format.space_before = Pt(12 if lvl == 1 else 8)
            hs.paragraph_format.space_after = Pt(6)
            hs.paragraph_format.keep_with_next = True
        tg = st["Table Grid"]
        _style_font(tg, body_pt)
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Cm(x) for x in margins]
        self.margins = margins
        self._footer_page_numbers(sec)

    # ---- page furniture -------------------------------------------------
    def _footer_page_numbers(self, sec):
        p = sec.footer.paragraphs[0]
        p.alignment = CENTER
        run = p.add_run()
        for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if tag:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), tag)
                run._r.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = text
                run._r.append(it)
        _run_font(run, 10)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def section(self, landscape):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        w, h = Cm(21.0), Cm(29.7)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = h, w
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = w, h
        t, r, b, l = self.margins
        sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Cm(t), Cm(r), Cm(b), Cm(l)

    # ---- paragraphs -----------------------------------------------------
    def p(self, text, bold=False, italic=False, align=JUSTIFY, size=None, indent=1.25,
          after=0, before=0, keep=False, style=None):
        """text: str or list of (str, 'b'|'i'|'') runs."""
        par = self.doc.add_paragraph(style=style)
        runs = text if isinstance(text, list) else [(text, "")]
        for chunk, fmt in runs:
            r = par.add_run(chunk)
            _run_font(r, size, bold=bold or ("b" in fmt), italic=italic or ("i" in fmt) or None)
        par.alignment = align
        pf = par.paragraph_format
        if indent and align in (JUSTIFY, LEFT):
            pf.first_line_indent = Cm(indent)
        if after:
            pf.space_after = Pt(after)
        if before:
            pf.space_before = Pt(before)
        if keep:
            pf.keep_with_next = True
        self.txt.append("".join(c for c, _ in runs))
        return par

    def blank(self):
        self.doc.add_paragraph()
        self.txt.append("")

    def center(self, text, bold=True, size=None, after=0, before=0):
        return self.p(text, bold=bold, align=CENTER, size=size, indent=0, after=after, before=before)

    def bold_heading(self, text, size=None, before=10, after=6):
        """A heading typed by hand: bold Normal paragraph, number in the text."""
        return self.p(text, bold=True, align=LEFT, indent=0, size=size or self.body_pt,
                      before=before, after=after, keep=True)

    def heading(self, text, level=1, numbered=False, align=None):
        par = self.doc.add_paragraph(style="Heading %d" % level)
        r = par.add_run(text)
        _run_font(r)
        if align is not None:
            par.alignment = align
        label = ""
        if numbered:
            assert self.num_id is not None
            numpr = par._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = level - 1
            numpr.get_or_add_numId().val = self.num_id
            self.counters[level - 1] += 1
            for i in range(level, len(self.counters)):
                self.counters[i] = 0
            label = ".".join(str(c) for c in self.counters[:level]) + ".\t"
        self.txt.append(label + text)
        return par

    def setup_heading_numbering(self, abstract_id=90, num_id=90):
        """Add a multilevel list (1. / 1.1.) to numbering.xml."""
        numbering = self.doc.part.numbering_part.element
        xml = (
            '<w:abstractNum xmlns:w="%s" w:abstractNumId="%d">'
            '<w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:tabs><w:tab w:val="num" w:pos="567"/></w:tabs><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%%1.%%2."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:tabs><w:tab w:val="num" w:pos="709"/></w:tabs><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%%1.%%2.%%3."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="851" w:hanging="851"/></w:pPr></w:lvl>'
            '</w:abstractNum>' % (W_NS, abstract_id))
        absnum = etree.fromstring(xml)
        nums = numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(absnum)
        else:
            numbering.append(absnum)
        num = etree.fromstring(
            '<w:num xmlns:w="%s" w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
            % (W_NS, num_id, abstract_id))
        numbering.append(num)
        self.num_id = num_id

    # ---- tables ---------------------------------------------------------
    def table(self, rows, widths, header_rows=0, repeat_header=False, merges=(),
              size=None, bold_rows=(), bold_cols=(), center_cols=(), caption=None,
              caption_align=RIGHT, shade_rows=()):
        """rows: list of rows; cell: str (paragraphs split by '\n') or None (covered
        by a merge). merges: (r0, c0, r1, c1) inclusive, top-left cell holds text."""
        size = size or self.body_pt
        if caption:
            self.p(caption, align=caption_align, indent=0, size=size, keep=True, after=3)
        nrows, ncols = len(rows), len(widths)
        t = self.doc.add_table(rows=nrows, cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        # fixed layout + grid widths
        tblpr = t._tbl.tblPr
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        tblpr.append(layout)
        grid = t._tbl.tblGrid
        for gc, wcm in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(wcm * 567)))
        for r in range(nrows):
            for c in range(ncols):
                _cell_width(t.cell(r, c), widths[c])
        # merges first
        covered_h = set()   # positions skipped in txt (horizontal continuation)
        covered_v = set()   # positions written as empty in txt (vertical continuation)
        for r0, c0, r1, c1 in merges:
            a = t.cell(r0, c0)
            b = t.cell(r1, c1)
            a.merge(b)
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) == (r0, c0):
                        continue
                    if c == c0:
                        covered_v.add((r, c))
                    else:
                        covered_h.add((r, c))
        # text
        for r, row in enumerate(rows):
            assert len(row) == ncols, (self.name, r, row)
            for c, val in enumerate(row):
                if val is None:
                    continue
                assert (r, c) not in covered_h and (r, c) not in covered_v, (self.name, r, c, val)
                cell = t.cell(r, c)
                paras = val.split("\n")
                first = cell.paragraphs[0]
                for i, ptxt in enumerate(paras):
                    par = first if i == 0 else cell.add_paragraph()
                    run = par.add_run(ptxt)
                    hdr = r < header_rows
                    _run_font(run, size, bold=hdr or r in bold_rows or c in bold_cols)
                    if hdr or c in center_cols:
                        par.alignment = CENTER
                    else:
                        par.alignment = LEFT
        # header rows
        for r in range(nrows):
            trpr = t.rows[r]._tr.get_or_add_trPr()
            if r < header_rows and repeat_header:
                th = OxmlElement("w:tblHeader")
                trpr.append(th)
        for r in shade_rows:
            for c in range(ncols):
                if (r, c) in covered_h or (r, c) in covered_v:
                    continue
                tcpr = t.cell(r, c)._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), "EDEDED")
                tcpr.append(shd)
        # txt rendition
        for r, row in enumerate(rows):
            cells = []
            for c, val in enumerate(row):
                if (r, c) in covered_h:
                    continue
                if (r, c) in covered_v:
                    cells.append("")
                    continue
                cells.append(" ".join(x for x in (val or "").split("\n")))
            self.txt.append("\t".join(cells))
        # Word puts an empty paragraph after a table only if nothing follows;
        # a small spacer paragraph keeps consecutive tables apart.
        return t

    def spacer(self):
        par = self.doc.add_paragraph()
        par.paragraph_format.space_after = Pt(0)
        self.txt.append("")

    def signature(self, lines):
        """lines: list of (left, right) — right part separated by tabs."""
        for left, right in lines:
            par = self.doc.add_paragraph()
            pf = par.paragraph_format
            pf.tab_stops.add_tab_stop(Cm(9.5))
            pf.tab_stops.add_tab_stop(Cm(12.5))
            pf.space_before = Pt(6)
            text = left + ("\t____________\t" + right if right else "")
            r = par.add_run(text)
            _run_font(r)
            self.txt.append(text)

    # ---- output ---------------------------------------------------------
    def save(self, pdf=True):
        os.makedirs(OUT, exist_ok=True)
        dpath = os.path.join(OUT, self.name + ".docx")
        tpath = os.path.join(OUT, self.name + ".txt")
        self.doc.core_properties.author = "Рабочая группа проекта"
        self.doc.core_properties.title = "Отчёт инновационной площадки"
        self.doc.save(dpath)
        with open(tpath, "w", encoding="utf-8") as f:
            f.write("\n".join(self.txt).rstrip("\n") + "\n")
        if pdf:
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, dpath],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return dpath


def dash_list(rep, items, indent=0.0):
    for it in items:
        rep.p(it, indent=1.25)


# ==========================================================================
# blind_a1 — Республика Башкортостан, РИП, техникум (СПО), годовой отчёт 2025
# Heading 1/2 with automatic numbering; landscape plan table with repeated
# header row and a long row that breaks across a page.
# ==========================================================================

A1_TOPIC = ("«Цифровой двойник производственной практики: модель сетевого взаимодействия "
            "техникума и предприятий реального сектора экономики»")
A1_GOAL = ("Разработка, апробация и внедрение модели организации производственной практики "
           "студентов с использованием цифровых двойников рабочих мест, обеспечивающей сетевое "
           "взаимодействие техникума с предприятиями-партнёрами и повышение качества подготовки "
           "квалифицированных рабочих и специалистов среднего звена.")
A1_TASKS = [
    "Проанализировать требования предприятий-партнёров к профессиональным компетенциям "
    "выпускников и определить перечень рабочих мест для создания цифровых двойников.",
    "Разработать цифровые двойники рабочих мест и комплект учебно-методических материалов "
    "для их использования в учебной и производственной практике.",
    "Организовать апробацию модели в пилотных учебных группах и обеспечить подготовку "
    "преподавателей и наставников от предприятий.",
    "Разработать систему мониторинга сформированности профессиональных компетенций "
    "студентов, проходящих практику в цифровом формате.",
    "Обобщить и распространить опыт реализации модели в системе среднего профессионального "
    "образования Республики Башкортостан.",
]

A1_DUP_1 = ("Апробация цифровых двойников рабочих мест показала, что студенты, прошедшие подготовку "
            "на виртуальных тренажёрах, быстрее адаптируются к условиям реального производства, "
            "реже допускают ошибки при выполнении технологических операций и увереннее действуют "
            "в нештатных ситуациях, что подтверждается отзывами наставников предприятий-партнёров "
            "и результатами итоговой диагностики.")
A1_DUP_2 = ("Апробация цифровых двойников рабочих мест показала, что студенты, прошедшие обучение "
            "на виртуальных тренажёрах, быстрее адаптируются к условиям реального производства, "
            "реже допускают ошибки при выполнении технологических операций и увереннее действуют "
            "в нестандартных ситуациях, что подтверждается отзывами мастеров предприятий-партнёров "
            "и результатами итоговой диагностики.")


def build_a1():
    R = Report("blind_a1", body_pt=12, margins=(2.0, 1.5, 2.0, 2.5), line=1.0)
    R.setup_heading_numbering()

    # ---- title page
    R.center("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ РЕСПУБЛИКИ БАШКОРТОСТАН", size=12)
    R.center("Государственное бюджетное профессиональное образовательное учреждение", bold=False)
    R.center("«Туймазинский техникум цифровых технологий и сервиса»", bold=False)
    for _ in range(6):
        R.blank()
    R.center("ОТЧЁТ", size=16, after=6)
    R.center("о деятельности региональной инновационной площадки", size=14)
    R.center("за 2025 год", size=14)
    R.center("(второй этап реализации инновационного проекта)", bold=False, after=12)
    R.p([("Тема проекта: ", "b"), (A1_TOPIC, "")], align=CENTER, indent=0)
    for _ in range(4):
        R.blank()
    R.p("Руководитель проекта: Хайруллина Гульнара Ринатовна, директор", align=RIGHT, indent=0)
    R.p("Научный руководитель: Сафиуллин Айдар Маратович, канд. пед. наук, доцент", align=RIGHT, indent=0)
    for _ in range(8):
        R.blank()
    R.center("Туймазы, 2026", bold=False)
    R.page_break()

    # ---- 1
    R.heading("Общие сведения об образовательной организации", 1, numbered=True)
    R.heading("Сведения об организации", 2, numbered=True)
    R.table([
        ["Полное наименование", "Государственное бюджетное профессиональное образовательное учреждение "
         "«Туймазинский техникум цифровых технологий и сервиса»"],
        ["Сокращённое наименование", "ГБПОУ ТТЦТС"],
        ["Учредитель", "Министерство образования и науки Республики Башкортостан"],
        ["Юридический адрес", "452750, Республика Башкортостан, г. Туймазы, ул. Заводская, д. 14"],
        ["Руководитель", "Хайруллина Гульнара Ринатовна, директор"],
        ["Телефон, e-mail", "8 (34782) 5-17-40, priem@ttcts-rb.ru"],
        ["Страница проекта на сайте", "https://ttcts-rb.ru/rip"],
    ], widths=[5.0, 11.5], size=11, bold_cols=(0,))
    R.heading("Основание для осуществления инновационной деятельности", 2, numbered=True)
    R.p("Статус региональной инновационной площадки присвоен техникуму приказом Министерства "
        "образования и науки Республики Башкортостан от 10.02.2024 № 245 «О присвоении статуса "
        "региональной инновационной площадки» на период реализации инновационного проекта. "
        "Инновационная деятельность осуществляется в соответствии со статьёй 20 Федерального "
        "закона от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации» и Положением "
        "о региональных инновационных площадках в системе образования Республики Башкортостан.")
    R.heading("Научное сопровождение", 2, numbered=True)
    R.p("Научный руководитель проекта – Сафиуллин Айдар Маратович, кандидат педагогических наук, "
        "доцент. Консультационное сопровождение проекта осуществляется на основании договора "
        "о сотрудничестве с ГАУ ДПО «Институт развития образования Республики Башкортостан» "
        "от 01.03.2024 № 17/24; в отчётном периоде проведено 9 консультаций для рабочей группы "
        "и экспертиза цифровых сценариев практических заданий.")

    # ---- 2
    R.heading("Паспорт инновационного проекта", 1, numbered=True)
    R.table([
        ["Тема проекта", A1_TOPIC],
        ["Цель проекта", A1_GOAL],
        ["Задачи проекта", "\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(A1_TASKS))],
        ["Сроки реализации", "Февраль 2024 г. – июнь 2026 г."],
        ["Предприятия-партнёры", "ООО «Уралтехмаш-Сервис», АО «ТуймазыНефтеМаш», ООО «Энергосеть-Запад»"],
        ["Ожидаемые результаты", "Модель организации производственной практики с использованием "
         "цифровых двойников рабочих мест; комплект цифровых тренажёров и учебно-методических "
         "материалов; программа подготовки наставников; система мониторинга профессиональных "
         "компетенций студентов."],
    ], widths=[4.5, 12.0], size=11, bold_cols=(0,))

    # ---- 3
    R.heading("Цель, задачи и этапы реализации проекта", 1, numbered=True)
    R.heading("Цель и задачи проекта", 2, numbered=True)
    R.p([("Цель проекта: ", "b"), (A1_GOAL, "")])
    R.p([("Задачи проекта:", "b")])
    for i, t in enumerate(A1_TASKS):
        R.p("%d) %s" % (i + 1, t[0].lower() + t[1:-1] + (";" if i < len(A1_TASKS) - 1 else ".")))
    R.heading("Сроки и этапы реализации", 2, numbered=True)
    R.p("Проект реализуется с февраля 2024 по июнь 2026 года и включает три этапа.")
    R.p("Первый этап (подготовительный) продолжался с февраля 2024 года по январь 2025 года. "
        "В ходе этапа проанализированы запросы предприятий-партнёров, сформирована рабочая "
        "группа, разработана нормативная база проекта и определён перечень рабочих мест для "
        "создания цифровых двойников.")
    R.p("Второй этап (внедренческий) реализуется с 01.02.2025 по 31.12.2025. Его содержание – "
        "разработка и апробация цифровых двойников рабочих мест, подготовка преподавателей "
        "и наставников, запуск мониторинга профессиональных компетенций студентов.")
    R.p("Третий этап (обобщающий) запланирован на январь – июнь 2026 года.")
    R.p("Отчётный период: с 01.01.2025 по 31.12.2025.")
    R.heading("Корректировка проекта", 2, numbered=True)
    R.p("В отчётном периоде корректировка цели, задач и сроков реализации проекта "
        "не производилась.")

    # ---- 4 (landscape)
    R.section(landscape=True)
    R.heading("Выполнение плана мероприятий второго этапа", 1, numbered=True)
    R.p("Сведения о выполнении календарного плана второго этапа в отчётном периоде приведены "
        "в таблице 1. Нумерация мероприятий соответствует календарному плану проекта.", after=6)
    long_result = "\n".join([
        "Разработан диагностический инструментарий: 6 комплектов контрольно-оценочных средств "
        "по профессиям пилотных групп, анкета для наставников от предприятий (24 вопроса), "
        "лист наблюдения за выполнением практических заданий на цифровом тренажёре.",
        "Входная диагностика проведена в сентябре 2025 г., промежуточная – в ноябре 2025 г., "
        "итоговая – в декабре 2025 г.; во всех срезах участвовали 40 студентов пилотных групп.",
        "Анкетирование проведено среди 18 наставников от предприятий-партнёров; 16 из них "
        "отметили сокращение времени адаптации студентов на рабочем месте.",
        "Выявлены типичные затруднения студентов при выполнении операций наладки оборудования "
        "и чтении технологической документации; по итогам диагностики скорректированы "
        "4 цифровых сценария практических заданий.",
        "Данные платформы за сентябрь – декабрь 2025 г. обработаны, подготовлена аналитическая "
        "справка (38 с.), результаты мониторинга рассмотрены на заседании педагогического "
        "совета (протокол от 25.12.2025 № 4) и направлены предприятиям-партнёрам.",
        "Сформирован банк заданий для итоговой аттестации по практике, включающий 120 заданий "
        "с автоматической проверкой на платформе.",
    ])
    rows = [
        ["№ п/п", "Наименование мероприятия", "Срок (план)", "Срок (факт)", "Ответственный",
         "Полученный результат"],
        ["2.1.", "Утверждение плана работы площадки на 2025 год, актуализация состава рабочей "
         "группы проекта", "февраль 2025", "07.02.2025", "Хайруллина Г.Р., директор",
         "Издан приказ по техникуму от 07.02.2025 № 41-о «Об организации инновационной "
         "деятельности в 2025 году»; в состав рабочей группы включены 14 человек, в том числе "
         "3 представителя предприятий-партнёров."],
        ["2.2.", "Разработка цифровых двойников рабочих мест по профессиям и специальностям "
         "техникума", "февраль – апрель 2025", "февраль – май 2025",
         "Галиев Р.Ф., заместитель директора по учебно-производственной работе",
         "Разработаны 6 цифровых двойников рабочих мест: «Оператор станков с ЧПУ», «Сварщик "
         "ручной дуговой сварки», «Электромонтёр по ремонту и обслуживанию электрооборудования», "
         "«Слесарь-ремонтник», «Оператор технологических установок», «Наладчик контрольно-"
         "измерительных приборов».\nСрок завершения сдвинут на май в связи с доработкой сценария "
         "«Оператор технологических установок» по замечаниям АО «ТуймазыНефтеМаш»."],
        ["2.3.", "Обучение преподавателей и мастеров производственного обучения работе "
         "с цифровыми тренажёрами", "март 2025", "17.03.2025 – 21.03.2025",
         "Мухаметова Л.И., методист",
         "Проведены курсы повышения квалификации «Цифровые тренажёры в профессиональном "
         "обучении» (36 ч); удостоверения получили 27 педагогических работников."],
        ["2.5.", "Апробация цифровых двойников в ходе учебной практики в пилотных группах",
         "апрель – июнь 2025", "апрель – июнь 2025", "Галиев Р.Ф.",
         "Практика с использованием цифровых двойников организована в двух пилотных группах "
         "(40 студентов) по профессиям «Сварщик» и «Оператор станков с ЧПУ»; составлены отчёты "
         "руководителей практики."],
        ["2.6.", "Конкурс цифровых кейсов «Профи-старт» для студентов второго курса",
         "май 2025", "22.05.2025", "Ишмуратова А.Р., председатель ПЦК", "–"],
        ["2.7.", "Стажировка преподавателей на предприятии ООО «Уралтехмаш-Сервис»",
         "октябрь 2025", "–", "Галиев Р.Ф.", "Не проводилась."],
        ["2.8.", "Республиканский научно-практический семинар «Цифровая практика: опыт сетевого "
         "взаимодействия»", "декабрь 2025", "15.01.2026", "Мухаметова Л.И.",
         "Семинар проведён на базе техникума: 86 участников из 19 профессиональных "
         "образовательных организаций республики; программа и материалы размещены на сайте "
         "техникума."],
        ["2.9.", "Мониторинг сформированности профессиональных компетенций студентов, "
         "проходивших практику в цифровом формате (входная, промежуточная и итоговая "
         "диагностика; анкетирование наставников от предприятий; анализ данных платформы; "
         "подготовка аналитической справки)", "сентябрь – декабрь 2025",
         "сентябрь – декабрь 2025", "Мухаметова Л.И.; Сафиуллин А.М., научный руководитель",
         long_result],
        ["2.10.", "Разработка программы наставничества «Мастер – студент» с участием "
         "представителей предприятий", "сентябрь 2025", "сентябрь – октябрь 2025",
         "Ишмуратова А.Р.",
         "Программа наставничества утверждена (приказ от 14.10.2025 № 287-о); за студентами "
         "пилотных групп закреплены 18 наставников от предприятий-партнёров."],
        ["2.11.", "Публикация материалов о ходе реализации проекта в профессиональных изданиях",
         "в течение года", "март, июнь, ноябрь 2025", "Мухаметова Л.И.",
         "Опубликованы 3 статьи в журналах «Профессиональное образование в республике», "
         "«Вестник СПО» и в сборнике материалов конференции «Цифровая трансформация СПО»."],
        ["2.12.", "Открытие учебного полигона «Умная мастерская»", "ноябрь 2025", "–",
         "Хайруллина Г.Р.",
         "Не проводилось в связи с нарушением поставщиком сроков поставки оборудования "
         "по контракту от 12.08.2025 № 0301-25; открытие перенесено на февраль 2026 г."],
    ]
    R.table(rows, widths=[1.4, 6.2, 2.8, 2.8, 3.8, 8.2], header_rows=1, repeat_header=True,
            size=11, caption="Таблица 1. Выполнение плана мероприятий в 2025 году",
            caption_align=LEFT)
    R.section(landscape=False)

    # ---- 5
    R.heading("Участники инновационной деятельности", 1, numbered=True)
    R.heading("Состав участников", 2, numbered=True)
    R.p("Состав участников инновационной деятельности в 2025 году представлен в таблице 2.", after=6)
    R.table([
        ["Категория участников", "Количество, чел."],
        ["Преподаватели техникума", "46"],
        ["Мастера производственного обучения", "12"],
        ["Студенты пилотных и экспериментальных групп", "128"],
        ["Наставники – представители предприятий-партнёров", "18"],
        ["Итого", "204"],
    ], widths=[11.0, 4.5], header_rows=1, bold_rows=(5,), center_cols=(1,),
        caption="Таблица 2. Участники инновационной деятельности")
    R.p("Таким образом, общее число участников инновационной деятельности в 2025 году "
        "составило 214 человек, что почти в полтора раза превышает показатель первого этапа.",
        before=6)
    R.heading("Повышение квалификации участников", 2, numbered=True)
    R.p("В отчётном периоде курсы повышения квалификации по тематике проекта прошли "
        "27 педагогических работников: 15 преподавателей и 10 мастеров производственного "
        "обучения. Кроме того, 6 наставников от предприятий прошли обучение по программе "
        "«Основы педагогики профессионального обучения» (16 ч), организованной техникумом.")
    R.heading("Сетевые партнёры", 2, numbered=True)
    R.p("Взаимодействие с предприятиями реального сектора экономики осуществляется на основании "
        "договоров о сетевой форме реализации образовательных программ:")
    dash_list(R, [
        "– ООО «Уралтехмаш-Сервис» (договор от 15.03.2024 № 8);",
        "– АО «ТуймазыНефтеМаш» (договор от 02.04.2024 № 11);",
        "– ООО «Энергосеть-Запад» (договор от 20.01.2025 № 3).",
    ])

    # ---- 6
    R.heading("Распространение опыта", 1, numbered=True)
    R.p("Опыт реализации проекта в 2025 году представлен на мероприятиях различного уровня:")
    dash_list(R, [
        "– 24.04.2025 – выступление на республиканском методическом объединении заместителей "
        "директоров по учебно-производственной работе (г. Уфа);",
        "– 18.06.2025 – мастер-класс «Цифровой тренажёр сварщика» в рамках регионального этапа "
        "чемпионата по профессиональному мастерству «Профессионалы»;",
        "– 09.10.2025 – доклад на Всероссийской научно-практической конференции «Цифровая "
        "трансформация СПО» (г. Казань, в дистанционном формате);",
        "– 27.11.2025 – открытое занятие для педагогов профессиональных образовательных "
        "организаций Западного образовательного округа.",
    ])
    R.p("Информация о ходе реализации проекта регулярно размещается на официальном сайте "
        "техникума в разделе «Региональная инновационная площадка» и в сообществе техникума "
        "в социальной сети «ВКонтакте».")

    # ---- 7
    R.heading("Результаты инновационной деятельности", 1, numbered=True)
    R.heading("Достигнутые результаты", 2, numbered=True)
    R.p("По итогам второго этапа получены следующие результаты.")
    R.p("1. Разработаны и введены в учебный процесс 6 цифровых двойников рабочих мест "
        "по профессиям, востребованным предприятиями-партнёрами.")
    R.p("2. Подготовлены педагогические кадры для работы с цифровыми тренажёрами, "
        "за студентами пилотных групп закреплены наставники от предприятий.")
    R.p("3. Демонстрационный экзамен профильного уровня на оценки «хорошо» и «отлично» сдали "
        "22 из 40 (55 %) студентов пилотных групп; в контрольных группах этот показатель "
        "составил 38 %.")
    R.p(A1_DUP_1)
    R.heading("Продукты инновационной деятельности", 2, numbered=True)
    R.heading("Финансовое обеспечение", 2, numbered=True)
    R.p("Финансовое обеспечение проекта в 2025 году представлено в таблице 3.", after=6)
    R.table([
        ["Источник финансирования", "Сумма, тыс. руб."],
        ["Средства бюджета Республики Башкортостан (субсидия на иные цели)", "850,0"],
        ["Средства от приносящей доход деятельности техникума", "430,0"],
        ["Средства предприятий-партнёров (безвозмездная передача оборудования)", "200,0"],
        ["Итого", "1 480,0"],
    ], widths=[11.0, 4.5], header_rows=1, bold_rows=(4,), center_cols=(1,),
        caption="Таблица 3. Финансовое обеспечение проекта")

    # ---- 8
    R.heading("Перспективы развития проекта", 1, numbered=True)
    R.p("В 2026 году площадка переходит к третьему, обобщающему этапу реализации проекта. "
        "Планируется:")
    dash_list(R, [
        "– в феврале 2026 года открыть учебный полигон «Умная мастерская»;",
        "– в марте 2026 года провести республиканскую конференцию «Цифровой двойник "
        "в профессиональном образовании»;",
        "– до мая 2026 года подготовить и издать методическое пособие по организации практики "
        "с использованием цифровых двойников;",
        "– к июню 2026 года подготовить итоговый отчёт о реализации проекта.",
    ])
    R.p("Результаты второго этапа позволяют рассчитывать на успешное завершение проекта "
        "в установленные сроки.")
    R.p(A1_DUP_2)
    R.blank()
    R.signature([("Директор ГБПОУ ТТЦТС", "Г.Р. Хайруллина")])
    R.p("26.01.2026", indent=0, align=LEFT, before=6)
    return R


# ==========================================================================
# blind_a2 — ХМАО – Югра, МИП, детский сад (ДОУ), промежуточный отчёт 2024/2025
# Bold typed headings «1.», «2.»; plan table with stage / task rows merged across
# the full width and yearless dates; participants table with «Итого».
# ==========================================================================

A2_DUP_1 = ("Включение родителей в подготовку этнографических праздников, экскурсий и "
            "мастер-классов позволило сформировать у семей воспитанников устойчивый интерес "
            "к культуре коренных народов Югры, а совместная деятельность детей и взрослых стала "
            "важным ресурсом обогащения развивающей предметно-пространственной среды групп.")
A2_DUP_2 = ("Включение родителей в подготовку этнографических праздников, экскурсий и "
            "мастер-классов позволило сформировать у семей воспитанников стойкий интерес "
            "к культуре коренных народов Югры, а совместная деятельность детей и взрослых стала "
            "значимым ресурсом обогащения развивающей предметно-пространственной среды детского сада.")
A2_SITE = "Материалы размещены на официальном сайте ДОУ в разделе «Инновационная деятельность»."


def build_a2():
    R = Report("blind_a2", body_pt=14, margins=(2.0, 1.5, 2.0, 2.5), line=1.0)
    R.center("ПРОМЕЖУТОЧНЫЙ ОТЧЁТ")
    R.center("о деятельности муниципальной инновационной площадки")
    R.center("за 2024/2025 учебный год", after=6)
    R.center("муниципальное автономное дошкольное образовательное учреждение "
             "«Детский сад № 12 «Северное сияние»» (г. Нягань, Ханты-Мансийский "
             "автономный округ – Югра)", bold=False, after=12)

    R.bold_heading("1. Общие сведения")
    R.table([
        ["Полное наименование организации", "Муниципальное автономное дошкольное образовательное "
         "учреждение «Детский сад № 12 «Северное сияние»»"],
        ["Руководитель организации", "Заведующий – Лебедева Ольга Викторовна"],
        ["Руководитель (координатор) проекта", "Старший воспитатель – Гайсина Эльвира Фаритовна"],
        ["Адрес, телефон, e-mail", "628181, Ханты-Мансийский автономный округ – Югра, г. Нягань, "
         "ул. Сибирская, д. 9; 8 (34672) 5-44-18; ds12siyanie@mail.ru"],
        ["Реквизиты приказа о присвоении статуса МИП", "Приказ Управления образования "
         "администрации города Нягани от 15.09.2023 № 1120 «О присвоении статуса муниципальной "
         "инновационной площадки»"],
        ["Тема проекта", "«Этнокультурная развивающая среда детского сада как условие приобщения "
         "дошкольников к традициям коренных малочисленных народов Севера»"],
        ["Срок реализации проекта", "01.10.2023 – 31.05.2026"],
    ], widths=[6.0, 11.0], size=12, bold_cols=(0,))

    R.bold_heading("2. Цель и задачи проекта")
    R.p([("Цель: ", "b"), ("создание в детском саду этнокультурной развивающей "
         "предметно-пространственной среды, обеспечивающей приобщение детей старшего "
         "дошкольного возраста к традициям, языку и декоративно-прикладному искусству народов "
         "ханты и манси.", "")])
    R.p([("Задачи:", "b")])
    dash_list(R, [
        "1) разработать модель этнокультурной развивающей среды и паспорта этнокультурных "
        "центров групп;",
        "2) разработать и апробировать парциальную программу «Югорские узоры» для детей 5–7 лет;",
        "3) организовать взаимодействие с семьями воспитанников и социальными партнёрами "
        "(этнографический музей, городская библиотека, национальная община);",
        "4) повысить профессиональную компетентность педагогов в области этнокультурного "
        "образования дошкольников.",
    ])

    R.bold_heading("3. Сроки и этапы реализации проекта")
    R.p("Проект реализуется с 01.10.2023 по 31.05.2026 в три этапа:")
    dash_list(R, [
        "Этап 1. Подготовительный – с октября 2023 года по август 2024 года.",
        "Этап 2. Практический – с сентября 2024 года по май 2025 года.",
        "Этап 3. Обобщающий – с июня 2025 года по май 2026 года.",
    ])
    R.p("Отчётный период: 01.09.2024 – 31.05.2025 (второй, практический этап).")

    R.bold_heading("4. Выполнение плана мероприятий за отчётный период")
    R.p("Выполнение плана мероприятий практического этапа представлено в таблице 1.", after=6)
    S = None
    rows = [
        ["№", "Мероприятие", "Срок", "Отметка о выполнении", "Результат (продукт)",
         "Причины отклонения"],
        ["Этап 2. Практический (сентябрь 2024 – май 2025)", S, S, S, S, S],
        ["Задача 1. Создание этнокультурной развивающей среды", S, S, S, S, S],
        ["1.1", "Оформление этнокультурных центров в группах старшего дошкольного возраста",
         "сентябрь – октябрь", "Выполнено",
         "Оформлены 4 этнокультурных центра, разработаны паспорта центров. " + A2_SITE, "–"],
        ["1.2", "Смотр-конкурс этнокультурных центров групп", "ноябрь", "Выполнено",
         "Смотр-конкурс проведён, победитель – подготовительная группа «Морошка».", "–"],
        ["1.3", "Мини-музей «Чум»: предметы быта народов ханты и манси",
         "январь – март", "Выполнено", "", "–"],
        ["Задача 2. Разработка и апробация парциальной программы «Югорские узоры»", S, S, S, S, S],
        ["2.1", "Разработка парциальной программы «Югорские узоры» для детей 5–7 лет",
         "сентябрь – октябрь", "Выполнено",
         "Программа разработана и утверждена педагогическим советом (протокол от 31.10.2024 № 2).",
         "–"],
        ["2.2", "Апробация программы в двух подготовительных группах (1 занятие в неделю)",
         "октябрь – май", "Выполнено", "Проведено 30 занятий, охвачено 48 воспитанников.", "–"],
        ["2.3", "Цикл занятий клуба «Маленький мастер» (орнамент, бисероплетение) с участием "
         "мастеров народных промыслов", "январь – апрель", "Выполнено частично",
         "Проведено 2 из 6 запланированных занятий.", "–"],
        ["2.4", "Итоговая диагностика представлений воспитанников о культуре народов Севера",
         "апрель – май", "Выполнено",
         "Высокий и средний уровень представлений показали 72 из 96 (75 %) воспитанников "
         "старших и подготовительных групп.", "–"],
        ["Задача 3. Взаимодействие с семьями воспитанников и социальными партнёрами", S, S, S, S, S],
        ["3.1", "Праздник «Вороний день» с участием семей воспитанников", "4 апреля", "Выполнено",
         "Праздник проведён в 4 группах, приняли участие 52 родителя.", "–"],
        ["3.2", "Городской фестиваль «Югорская весна» для воспитанников детских садов",
         "12–14 марта", "Выполнено",
         "Участвовали команды 9 детских садов города. " + A2_SITE, "–"],
        ["3.3", "Экскурсии в этнографический музей и городскую библиотеку",
         "в течение учебного года", "Выполнено", "Проведено 6 экскурсий для 4 групп.", "–"],
        ["3.4", "Этнографический квест «Тропою предков» на территории ДОУ для детей и родителей",
         "18 июня", "Выполнено", "Квест проведён, приняли участие 40 детей и 22 родителя.", "–"],
        ["3.5", "Родительский мастер-класс «Национальная кукла акань»", "ноябрь",
         "Не проводилось", "–",
         "Не проводилось в связи с карантином по ОРВИ в группах; перенесено на сентябрь 2025 г."],
        ["Задача 4. Повышение профессиональной компетентности педагогов", S, S, S, S, S],
        ["4.1", "Семинар-практикум «Орнамент народов ханты и манси в продуктивной деятельности»",
         "октябрь", "Выполнено", "Участвовали 18 педагогов, разработаны 12 технологических карт.",
         "–"],
        ["4.2", "Курсы повышения квалификации «Этнокультурное образование дошкольников» (72 ч)",
         "до 25 ноября", "Выполнено", "Удостоверения получили 8 педагогов.", "–"],
        ["4.3", "Методическая неделя «Этнокультурное образование: опыт и находки» (открытые показы)",
         "февраль", "Выполнено", "Проведено 9 открытых показов образовательной деятельности.", "–"],
    ]
    merges = [(i, 0, i, 5) for i, r in enumerate(rows) if r[1] is None]
    R.table(rows, widths=[1.0, 3.9, 2.6, 2.7, 3.9, 2.9], header_rows=1, repeat_header=True,
            merges=merges, size=11, bold_rows=tuple(m[0] for m in merges),
            shade_rows=tuple(m[0] for m in merges), caption="Таблица 1")
    R.p("Из 15 запланированных мероприятий выполнено 13, частично выполнено 1, перенесено "
        "на следующий этап 1 мероприятие. Экскурсии для воспитанников проводились в течение "
        "учебного года по графику, согласованному с музеем и библиотекой.", before=6)

    R.bold_heading("6. Участники инновационной деятельности")
    R.p("В реализации проекта задействованы 22 педагогических работника: 14 воспитателей, "
        "2 старших воспитателя, 2 музыкальных руководителя, инструктор по физической культуре, "
        "педагог-психолог, учитель-логопед и педагог дополнительного образования.")
    R.table([
        ["Категория участников", "Количество, чел."],
        ["Педагогические работники", "22"],
        ["Воспитанники старших и подготовительных групп", "96"],
        ["Родители (законные представители)", "74"],
        ["Представители социальных партнёров", "6"],
        ["Итого", "186"],
    ], widths=[11.5, 4.5], header_rows=1, size=12, bold_rows=(5,), center_cols=(1,),
        caption="Таблица 2")
    R.p("В проведении методических мероприятий проекта (семинары, открытые показы, "
        "мастер-классы) в качестве ведущих приняли участие 15 из 22 (75 %) педагогов.", before=6)

    R.bold_heading("7. Инновационные продукты")
    R.table([
        ["№", "Наименование продукта", "Форма представления", "Ссылка на размещение"],
        ["1", "–", "–", "–"],
        ["2", "–", "–", "–"],
    ], widths=[1.2, 6.3, 4.5, 5.0], header_rows=1, size=12, center_cols=(0, 1, 2, 3),
        caption="Таблица 3")

    R.bold_heading("8. Трансляция опыта")
    R.p("Опыт работы площадки представлен педагогическому сообществу:")
    dash_list(R, [
        "– 27 ноября 2024 г. – выступление на городском методическом объединении старших "
        "воспитателей «Этнокультурная среда ДОУ: от замысла к воплощению»;",
        "– 20 февраля 2025 г. – мастер-класс «Мансийский орнамент в аппликации» на окружном "
        "семинаре для педагогов дошкольных организаций (в дистанционном формате);",
        "– 16 апреля 2025 г. – статья «Мини-музей как элемент этнокультурной среды детского сада» "
        "в сборнике материалов окружной научно-практической конференции «Образование Югры: "
        "традиции и инновации».",
    ])
    R.p(A2_SITE)
    R.p(A2_DUP_2)

    R.bold_heading("9. Результаты")
    R.p("Основными результатами практического этапа стали:")
    dash_list(R, [
        "– функционирование 4 этнокультурных центров в группах старшего дошкольного возраста;",
        "– разработка и апробация парциальной программы «Югорские узоры»;",
        "– положительная динамика представлений воспитанников о культуре народов Севера: "
        "высокий и средний уровень показали 72 из 96 (75 %) детей;",
        "– рост профессиональной активности педагогов, 8 педагогов прошли курсы повышения "
        "квалификации по тематике проекта.",
    ])
    R.p(A2_DUP_1)

    R.bold_heading("10. Перспективы")
    R.p("На третьем (обобщающем) этапе, в 2025/2026 учебном году, планируется:")
    dash_list(R, [
        "– в сентябре 2025 г. провести перенесённый родительский мастер-класс «Национальная "
        "кукла акань»;",
        "– до декабря 2025 г. подготовить методическое пособие «Этнокультурный центр группы»;",
        "– в марте 2026 г. провести городской семинар для педагогов дошкольных организаций;",
        "– к маю 2026 г. обобщить опыт и представить итоговый отчёт о реализации проекта.",
    ])
    R.blank()
    R.signature([("Заведующий МАДОУ «Детский сад № 12", ""),
                 ("«Северное сияние»»", "О.В. Лебедева"),
                 ("Руководитель проекта", "Э.Ф. Гайсина")])
    R.p("25.06.2025", indent=0, align=LEFT, before=6)
    return R


# ==========================================================================
# blind_a3 — Республика Карелия, ФИП, школа, годовой отчёт за 2025 год
# Questionnaire form: «№ п/п | Показатель / вопрос | Ответ / значение» with
# multi-paragraph answers; headings «Раздел N.» in Heading 1 style; events as
# a dash list in prose; indicators table with shares «N из M (P %)».
# ==========================================================================

A3_GOAL = ("Создание и апробация модели сетевого проектного обучения школьников в области "
           "изучения и сохранения лесных и водных экосистем Карелии на базе школьной "
           "экологической лаборатории, обеспечивающей доступ обучающихся сельских и "
           "малокомплектных школ к современному исследовательскому оборудованию.")
A3_DUP_1 = [
    "Для школы реализация проекта стала стимулом к обновлению содержания внеурочной "
    "деятельности естественнонаучной направленности: оборудование лаборатории используется "
    "не только на уроках биологии и географии, но и в проектной работе, а педагоги получили "
    "опыт сетевого взаимодействия с коллегами из сельских школ района.",
    "Для системы образования республики значимым эффектом является появление "
    "воспроизводимого формата дистанционного сопровождения исследовательских проектов "
    "обучающихся малокомплектных школ, не имеющих собственной лабораторной базы.",
]
A3_DUP_2 = [
    "Для школы реализация проекта стала стимулом к обновлению содержания дополнительного "
    "образования естественнонаучной направленности: оборудование лаборатории используется "
    "не только на уроках биологии и географии, но и в проектной работе, а учителя получили "
    "опыт сетевого взаимодействия с коллегами из сельских школ района.",
    "Предлагается включить материалы проекта в программы курсов повышения квалификации "
    "учителей естественнонаучных предметов и рассмотреть возможность тиражирования модели "
    "в других муниципальных районах республики.",
]


def build_a3():
    R = Report("blind_a3", body_pt=12, margins=(2.0, 1.5, 2.0, 2.5), line=1.0)
    # ---- title page
    R.p("Форма ежегодного отчёта федеральной инновационной площадки", align=RIGHT, indent=0,
        italic=True)
    for _ in range(3):
        R.blank()
    R.center("ОТЧЁТ", size=16, after=6)
    R.center("федеральной инновационной площадки о реализации инновационного проекта", size=14)
    R.center("за 2025 год", size=14, after=18)
    R.center("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
             "школа № 5 «Северная звезда» г. Медвежьегорска»", bold=False, after=12)
    R.center("Республика Карелия, Медвежьегорский муниципальный район", bold=False, after=18)
    R.p([("Тема инновационного проекта: ", "b"),
         ("«Школьная экологическая лаборатория «Северный лес» как ресурс сетевого проектного "
          "обучения в сельских и малокомплектных школах Карелии»", "")], align=CENTER, indent=0)
    for _ in range(12):
        R.blank()
    R.center("Медвежьегорск", bold=False)
    R.page_break()

    Q = ["№ п/п", "Показатель / вопрос", "Ответ / значение"]
    QW = [1.4, 5.8, 9.3]

    R.heading("Раздел 1. Общие сведения об организации", 1)
    R.table([
        Q,
        ["1.1", "Полное наименование организации", "Муниципальное бюджетное общеобразовательное "
         "учреждение «Средняя общеобразовательная школа № 5 «Северная звезда» г. Медвежьегорска» "
         "(МБОУ СОШ № 5 г. Медвежьегорска)"],
        ["1.2", "Субъект Российской Федерации, муниципальное образование",
         "Республика Карелия, Медвежьегорский муниципальный район"],
        ["1.3", "Адрес, телефон, адрес электронной почты",
         "186350, Республика Карелия, г. Медвежьегорск, ул. Лесная, д. 21\n"
         "тел. 8 (81434) 5-27-63; e-mail: sever-zvezda5@mail.ru"],
        ["1.4", "Руководитель организации", "Коротаева Светлана Игоревна, директор"],
        ["1.5", "Реквизиты документа о присвоении статуса ФИП",
         "Приказ Министерства просвещения Российской Федерации от 21.12.2023 № 967 "
         "«О признании организаций федеральными инновационными площадками»"],
        ["1.6", "Научный руководитель проекта",
         "Лаптева Марина Юрьевна, доктор педагогических наук, профессор\n"
         "Договор о научном сопровождении от 15.01.2024 № 3-НС"],
        ["1.7", "Руководитель проекта в организации",
         "Пелтонен Андрей Викторович, заместитель директора по научно-методической работе"],
        ["1.8", "Ссылка на страницу проекта", "https://sever-zvezda5.ru/fip"],
    ], widths=QW, header_rows=1, repeat_header=True, size=11)

    R.heading("Раздел 2. Содержание инновационного проекта", 1)
    R.table([
        Q,
        ["2.1", "Тема проекта", "«Школьная экологическая лаборатория «Северный лес» как ресурс "
         "сетевого проектного обучения в сельских и малокомплектных школах Карелии»"],
        ["2.2", "Цель проекта", A3_GOAL],
        ["2.3", "Задачи проекта", "\n".join([
            "1. Оснастить и организовать работу школьной экологической лаборатории как "
            "ресурсного центра для сетевых партнёров.",
            "2. Разработать программы сетевого элективного курса и полевых практикумов для "
            "обучающихся 7–10 классов.",
            "3. Подготовить педагогов школы и школ-партнёров к руководству исследовательскими "
            "проектами обучающихся с использованием оборудования лаборатории.",
            "4. Разработать и апробировать формат дистанционного сопровождения сетевых "
            "исследовательских проектов.",
            "5. Обобщить опыт и подготовить методические рекомендации по тиражированию модели."])],
        ["2.4", "Сроки и этапы реализации", "\n".join([
            "Срок реализации проекта: с января 2024 года по декабрь 2026 года.",
            "Первый этап (организационно-подготовительный) продолжался с января по декабрь "
            "2024 года.",
            "Второй этап (основной) – с 01.01.2025 по 30.06.2026.",
            "Третий этап (обобщающий) – июль – декабрь 2026 г."])],
        ["2.5", "Отчётный период", "01.01.2025 – 31.12.2025 (первый год основного этапа)"],
        ["2.6", "Были ли внесены изменения в проект в отчётном периоде?", "Нет"],
    ], widths=QW, header_rows=1, repeat_header=True, size=11)

    R.heading("Раздел 3. Ход реализации проекта в отчётном периоде", 1)
    R.p("В 2025 году в рамках основного этапа проведены следующие мероприятия:")
    dash_list(R, [
        "– 14 января 2025 г. – заседание проектной команды: утверждение плана работы на 2025 год "
        "и состава сетевых исследовательских групп (протокол № 1);",
        "– 18 декабря 2024 г. – установочный вебинар для педагогов школ-партнёров «Сетевой "
        "проект: роли и правила взаимодействия» (38 участников);",
        "– 14 февраля 2025 г. – региональный семинар «Экологическая лаборатория в сельской школе: "
        "оборудование и сценарии занятий» на базе школы (46 участников из 11 образовательных "
        "организаций Республики Карелия);",
        "– март – май 2025 г. – цикл полевых практикумов «Лесная тропа» для обучающихся "
        "7–9 классов (проведено 12 практикумов, 74 обучающихся);",
        "– апрель 2025 г. – сетевая исследовательская экспедиция «Водоёмы Заонежья» для команд "
        "школ-партнёров – не выполнено;",
        "– 22 мая 2025 г. – открытая защита исследовательских проектов обучающихся "
        "(27 проектов, из них 9 сетевых);",
        "– июнь 2025 г. – летняя профильная смена «Юный лесовод» не проводилась в связи "
        "с ремонтом здания пришкольного лагеря, проведение перенесено на июнь 2026 г.;",
        "– сентябрь 2025 г. – обновление программы сетевого элективного курса «Лесная экосистема "
        "Карелии» с учётом результатов апробации;",
        "– октябрь – декабрь 2025 г. – реализация сетевого элективного курса «Лесная экосистема "
        "Карелии» в дистанционном формате: проведено 3 из 8 занятий;",
        "– 20 ноября 2025 г. – межрегиональная онлайн-конференция «Экологическое образование "
        "на Севере: сетевые практики» (134 участника из 6 субъектов Российской Федерации);",
        "– декабрь 2025 г. – промежуточный мониторинг результатов проекта, подготовка "
        "аналитической справки.",
    ])
    R.spacer()
    R.table([
        Q,
        ["3.1", "Какие мероприятия плана выполнены в полном объёме?", "\n".join([
            "В полном объёме проведены региональный семинар, цикл полевых практикумов "
            "«Лесная тропа», открытая защита исследовательских проектов и межрегиональная "
            "онлайн-конференция.",
            "Обновлена программа сетевого элективного курса, проведён промежуточный мониторинг."])],
        ["3.2", "Какие мероприятия не выполнены? Причины",
         "Не проведена летняя профильная смена «Юный лесовод» (причина – ремонт здания "
         "пришкольного лагеря; смена перенесена на июнь 2026 г.)."],
        ["3.3", "Какие продукты созданы в отчётном периоде?", "\n".join([
            "Программа сетевого элективного курса «Лесная экосистема Карелии» (34 ч) "
            "в обновлённой редакции.",
            "Сборник сценариев полевых практикумов «Лесная тропа» (12 сценариев).",
            "Банк тем сетевых исследовательских проектов (40 тем) с описанием используемого "
            "оборудования лаборатории."])],
    ], widths=QW, header_rows=1, repeat_header=True, size=11)

    R.heading("Раздел 4. Показатели результативности", 1)
    R.table([
        ["№", "Показатель", "2024 год", "2025 год"],
        ["1", "Доля педагогов школы, применяющих оборудование лаборатории на уроках "
         "и во внеурочной деятельности", "9 из 24 (37,5 %)", "18 из 24 (75 %)"],
        ["2", "Доля обучающихся 7–9 классов, выполнивших исследовательский проект",
         "41 из 112 (36,6 %)", "56 из 112 (50 %)"],
        ["3", "Количество школ-партнёров, участвующих в сетевом проекте", "3", "4"],
        ["4", "Доля педагогов школ-партнёров, прошедших обучение по программе проекта",
         "6 из 28 (21,4 %)", "21 из 28 (70 %)"],
        ["5", "Количество публикаций педагогов по теме проекта", "3", "11"],
        ["6", "Количество мероприятий по распространению опыта регионального и более высокого "
         "уровня", "2", "5"],
        ["7", "Доля участников полевых практикумов, отметивших рост интереса к естественным "
         "наукам (по анкетированию)", "–", "62 из 74 (83,8 %)"],
    ], widths=[1.0, 8.0, 3.7, 3.8], header_rows=1, size=11, center_cols=(0, 2, 3),
        caption="Таблица 1. Значения показателей результативности проекта", caption_align=LEFT)
    R.p("Показатель 7 введён в 2025 году, поэтому значение за 2024 год не определялось. "
        "Как видно из таблицы 1, доля педагогов школы, применяющих оборудование лаборатории, "
        "за год выросла вдвое.", before=6)

    R.heading("Раздел 5. Участники и партнёры проекта", 1)
    R.table([
        Q,
        ["5.1", "Количество педагогов школы, участвующих в реализации проекта", "24"],
        ["5.2", "Количество обучающихся, вовлечённых в мероприятия проекта", "236"],
        ["5.3", "Образовательные организации – сетевые партнёры", "\n".join([
            "4 образовательные организации:",
            "МКОУ «Кумсинская основная школа»;",
            "МКОУ «Лумбушская средняя школа»;",
            "МОУ «Чёбинская основная школа»;",
            "МОУ «Великогубская средняя школа»."])],
        ["5.5", "Иные партнёры (организации науки, культуры, некоммерческие организации)",
         "\n".join([
             "Институт леса Карельского научного центра РАН (соглашение о сотрудничестве);",
             "ГКУ РК «Медвежьегорское центральное лесничество»;",
             "Медвежьегорский районный музей."])],
        ["5.6", "Общее количество участников мероприятий проекта в 2025 году", "\n".join([
            "педагоги школы – 24;",
            "обучающиеся – 236;",
            "педагоги школ-партнёров – 28;",
            "родители и представители организаций-партнёров – 24;",
            "всего – 312 человек."])],
    ], widths=QW, header_rows=1, repeat_header=True, size=11)

    R.heading("Раздел 6. Научно-методическое сопровождение", 1)
    R.table([
        Q,
        ["6.1", "Формы научного сопровождения (консультации, экспертиза, семинары)", "–"],
        ["6.2", "Количество консультаций научного руководителя в отчётном периоде", "–"],
        ["6.3", "Экспертиза продуктов проекта (кем и когда проведена)", "–"],
    ], widths=QW, header_rows=1, size=11)

    R.heading("Раздел 7. Распространение опыта и публикации", 1)
    R.table([
        Q,
        ["7.1", "Мероприятия, на которых представлен опыт реализации проекта (уровень, дата)",
         "\n".join([
             "Всероссийский уровень: доклад на Всероссийском форуме федеральных инновационных "
             "площадок (г. Москва, 16 октября 2025 г.).",
             "Межрегиональный уровень: онлайн-конференция «Экологическое образование на Севере: "
             "сетевые практики» (20 ноября 2025 г.).",
             "Региональный уровень: семинар на базе школы (14 февраля 2025 г.); выступление "
             "на республиканском педагогическом совещании (27 августа 2025 г.); мастер-класс "
             "в рамках республиканской недели естественнонаучного образования (9 апреля 2025 г.)."])],
        ["7.2", "Публикации по теме проекта", "\n".join([
            "В 2025 году педагогами школы опубликовано 8 статей по теме проекта, в том числе "
            "2 – в изданиях, индексируемых в РИНЦ:",
            "1) Пелтонен А.В. Школьная лаборатория как ресурсный центр сети // Народное "
            "образование Карелии. 2025. № 1;",
            "2) Лаптева М.Ю., Пелтонен А.В. Сетевое проектное обучение в малокомплектной школе "
            "// Педагогический поиск. 2025. № 3;",
            "3) Ершова Н.С. Полевой практикум по лесной экологии: сценарии занятий // Сборник "
            "материалов регионального семинара. Петрозаводск, 2025;",
            "4) Гаврилова О.П. Исследовательский проект о водоёмах: от вопроса к выводу // "
            "Учитель Карелии. 2025. № 2;",
            "5) Тимофеев Д.Р. Цифровые датчики в школьной экологии // Биология в школе. 2025. № 5;",
            "6) Ершова Н.С., Гаврилова О.П. Дистанционное сопровождение сетевых проектов // "
            "Сборник материалов межрегиональной конференции. Петрозаводск, 2025;",
            "7) Коротаева С.И. Управление сетевым инновационным проектом в районной школе // "
            "Директор сельской школы. 2025. № 4;",
            "8) Тимофеев Д.Р. Оборудование экологической лаборатории: опыт использования // "
            "Сборник материалов межрегиональной конференции. Петрозаводск, 2025."])],
        ["7.3", "Эффекты реализации проекта для организации и системы образования",
         "\n".join(A3_DUP_1)],
    ], widths=QW, header_rows=1, repeat_header=True, size=11)

    R.heading("Раздел 8. Перспективы развития проекта", 1)
    R.table([
        Q,
        ["8.1", "Задачи на следующий отчётный период", "\n".join([
            "В 2026 году планируется:",
            "– завершить реализацию сетевого элективного курса и провести летнюю профильную "
            "смену «Юный лесовод» (июнь 2026 г.);",
            "– в апреле 2026 г. провести республиканский фестиваль исследовательских проектов "
            "«Северный лес»;",
            "– к декабрю 2026 г. подготовить методические рекомендации по тиражированию модели."])],
        ["8.2", "Предложения по распространению результатов проекта", "\n".join(A3_DUP_2)],
        ["8.3", "Оценка достижения цели проекта",
         "Цель проекта – " + A3_GOAL[0].lower() + A3_GOAL[1:-1] + " – в части задач основного "
         "этапа достигается в соответствии с планом."],
    ], widths=QW, header_rows=1, repeat_header=True, size=11)
    R.blank()
    R.signature([("Директор МБОУ СОШ № 5 г. Медвежьегорска", "С.И. Коротаева"),
                 ("Руководитель проекта", "А.В. Пелтонен")])
    R.p("Дата заполнения: 12.02.2026", indent=0, align=LEFT, before=6)
    return R


# ==========================================================================
# blind_a4 — Воронежская область, РИП, гимназия, годовой отчёт за 2025 год
# The clean one. Heading 1 with typed Roman numerals; passport repeating the
# goal and tasks; two-row repeated header; vertically merged task cells; a long
# row over a page break; money with thousands spaces and decimal commas.
# ==========================================================================

A4_TOPIC = ("«Цифровое портфолио гимназиста как инструмент сопровождения индивидуальных "
            "образовательных траекторий обучающихся уровней основного и среднего общего "
            "образования»")
A4_GOAL = ("Создание и апробация модели сопровождения индивидуальных образовательных траекторий "
           "обучающихся 5–11 классов на основе цифрового портфолио гимназиста, обеспечивающей "
           "осознанный выбор профиля обучения и направления дальнейшего образования.")
A4_TASKS = [
    "Обеспечить функционирование цифрового портфолио гимназиста как единой среды фиксации "
    "образовательных достижений обучающихся.",
    "Разработать и апробировать модель тьюторского сопровождения индивидуальных "
    "образовательных маршрутов обучающихся 8–10 классов.",
    "Организовать мониторинг результативности сопровождения индивидуальных образовательных "
    "траекторий.",
    "Обобщить и представить педагогическому сообществу Воронежской области опыт реализации "
    "модели.",
]


def build_a4():
    R = Report("blind_a4", body_pt=14, margins=(2.0, 1.0, 2.0, 2.0), line=1.0)
    # ---- title page
    R.center("МИНИСТЕРСТВО ОБРАЗОВАНИЯ ВОРОНЕЖСКОЙ ОБЛАСТИ", size=12)
    R.center("Муниципальное бюджетное общеобразовательное учреждение", bold=False)
    R.center("«Гимназия «Перспектива» Лискинского муниципального района", bold=False)
    R.center("Воронежской области»", bold=False)
    for _ in range(6):
        R.blank()
    R.center("ОТЧЁТ", size=16, after=6)
    R.center("о реализации инновационного проекта")
    R.center("региональной инновационной площадкой")
    R.center("за 2025 год", after=12)
    R.p(A4_TOPIC, align=CENTER, indent=0, italic=True)
    for _ in range(10):
        R.blank()
    R.center("Лиски – 2026", bold=False)
    R.page_break()

    # ---- I. passport
    R.heading("I. ПАСПОРТ ИННОВАЦИОННОГО ПРОЕКТА", 1, align=CENTER)
    R.table([
        ["Наименование проекта", A4_TOPIC],
        ["Основания для разработки проекта", "\n".join([
            "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации».",
            "Стратегия развития воспитания в Российской Федерации на период до 2025 года "
            "(распоряжение Правительства Российской Федерации от 29.05.2015 № 996-р).",
            "Приказ Министерства просвещения Российской Федерации от 31.05.2021 № 287 "
            "«Об утверждении федерального государственного образовательного стандарта основного "
            "общего образования».",
            "Приказ министерства образования Воронежской области от 14.03.2023 № 212 "
            "«О присвоении статуса региональной инновационной площадки»."])],
        ["Цель проекта", A4_GOAL],
        ["Задачи проекта", "\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(A4_TASKS))],
        ["Сроки и этапы реализации", "\n".join([
            "Апрель 2023 г. – декабрь 2026 г.",
            "I этап (подготовительный): апрель – декабрь 2023 г.",
            "II этап (основной): январь 2024 г. – декабрь 2025 г.",
            "III этап (обобщающий): январь – декабрь 2026 г."])],
        ["Исполнители", "Педагогический коллектив гимназии, тьюторы, классные руководители; "
         "научный консультант – Белозёрова Татьяна Павловна, канд. пед. наук, доцент"],
        ["Ожидаемые результаты", "Модель сопровождения индивидуальных образовательных "
         "траекторий; цифровое портфолио гимназиста; регламент тьюторского сопровождения; "
         "методические рекомендации для образовательных организаций области."],
    ], widths=[5.0, 12.5], size=12, bold_cols=(0,))

    # ---- II. general
    R.heading("II. ОБЩИЕ СВЕДЕНИЯ", 1, align=CENTER)
    R.p([("2.1. Образовательная организация: ", "b"),
         ("муниципальное бюджетное общеобразовательное учреждение «Гимназия «Перспектива» "
          "Лискинского муниципального района Воронежской области»; 397900, Воронежская область, "
          "г. Лиски, ул. Садовая, д. 40; тел. 8 (47391) 4-12-86; e-mail: perspektiva-liski@mail.ru.", "")])
    R.p([("2.2. Руководитель: ", "b"), ("Воронцова Елена Анатольевна, директор.", "")])
    R.p([("2.3. Руководитель проекта: ", "b"),
         ("Кравцов Игорь Николаевич, заместитель директора по научно-методической работе.", "")])
    R.p([("2.4. Статус РИП: ", "b"),
         ("присвоен приказом министерства образования Воронежской области от 14.03.2023 № 212 "
          "на срок реализации проекта.", "")])
    R.p([("2.5. Отчётный период: ", "b"),
         ("2025 календарный год (с 01.01.2025 по 31.12.2025) – второй год основного этапа.", "")])

    # ---- III. goal and tasks (repeat of the passport, on purpose)
    R.heading("III. ЦЕЛЬ И ЗАДАЧИ ПРОЕКТА", 1, align=CENTER)
    R.p([("Цель: ", "b"), (A4_GOAL, "")])
    R.p([("Задачи:", "b")])
    for i, t in enumerate(A4_TASKS):
        R.p("%d. %s" % (i + 1, t))
    R.p("Задачи отчётного периода соответствуют задачам основного этапа: продолжение "
        "работы цифрового портфолио, апробация модели тьюторского сопровождения и проведение "
        "мониторинга её результативности.")

    # ---- IV. plan
    R.heading("IV. ВЫПОЛНЕНИЕ ПЛАНА МЕРОПРИЯТИЙ ЗА 2025 ГОД", 1, align=CENTER)
    R.p("Все мероприятия плана на 2025 год выполнены в установленные сроки. Сведения "
        "о выполнении приведены в таблице 1.", after=6)
    S = None
    long_res = "\n".join([
        "Проведено 208 индивидуальных тьюторских консультаций и 36 групповых тьюторских часов "
        "для обучающихся 8–10 классов.",
        "Организованы профориентационные пробы на базе 5 организаций-партнёров (Лискинский "
        "аграрно-технологический техникум, филиал регионального центра «Кванториум», районная "
        "больница, редакция районной газеты, ООО «Лиски-Агро»); пробы прошли 84 обучающихся "
        "9–10 классов.",
        "Разработаны 12 кейсов тьюторского сопровождения для типичных образовательных запросов "
        "обучающихся и их родителей.",
        "По итогам апробации утверждён регламент тьюторского сопровождения в новой редакции "
        "(приказ по гимназии от 01.09.2025 № 231-од).",
        "Промежуточные итоги апробации рассмотрены на педагогическом совете 30.10.2025 "
        "(протокол № 3), рекомендации совета учтены при планировании работы тьюторов "
        "на второе полугодие 2025/2026 учебного года.",
    ])
    T1 = "Задача 1. Цифровое портфолио гимназиста"
    T2 = "Задача 2. Тьюторское сопровождение ИОМ"
    T3 = "Задача 3. Мониторинг результатов сопровождения"
    T4 = "Задача 4. Обобщение и представление опыта"
    rows = [
        ["Задача проекта", "№", "Мероприятие", "Срок", S, "Полученный результат",
         "Отклонения от плана"],
        [S, S, S, "план", "факт", S, S],
        [T1, "1.1", "Актуализация положения о цифровом портфолио гимназиста", "январь 2025",
         "20.01.2025", "Положение в новой редакции утверждено приказом по гимназии от 20.01.2025 "
         "№ 14-од", "нет"],
        [S, "1.2", "Подключение обучающихся 5–7 классов к модулю «Портфолио» электронной "
         "образовательной платформы", "февраль – март 2025", "февраль – март 2025",
         "К модулю подключены 112 обучающихся 5–7 классов; сформированы шаблоны разделов "
         "портфолио", "нет"],
        [S, "1.3", "Обучающие семинары для классных руководителей по работе с модулем "
         "«Портфолио»", "март 2025", "25.03.2025, 27.03.2025",
         "Проведены 2 семинара, обучение прошли 32 классных руководителя 5–11 классов", "нет"],
        [S, "1.4", "Родительские собрания «Цифровое портфолио: зачем оно ребёнку»", "апрель 2025",
         "15.04.2025 – 18.04.2025", "Собрания проведены во всех 12 классах 5–7 параллелей; "
         "сформирован родительский актив проекта (46 человек)", "нет"],
        [T2, "2.1", "Курсовая подготовка тьюторов по программе «Тьюторское сопровождение "
         "индивидуальных образовательных траекторий» (72 ч)", "январь – февраль 2025",
         "13.01.2025 – 21.02.2025", "Удостоверения о повышении квалификации получили 6 педагогов",
         "нет"],
        [S, "2.2", "Разработка индивидуальных образовательных маршрутов (ИОМ) обучающихся "
         "8–10 классов", "февраль – апрель 2025", "февраль – апрель 2025",
         "Разработаны и согласованы с родителями 96 ИОМ", "нет"],
        [S, "2.3", "Апробация модели тьюторского сопровождения ИОМ: индивидуальные консультации, "
         "групповые тьюторские часы, профориентационные пробы на базе организаций-партнёров",
         "март – декабрь 2025", "март – декабрь 2025", long_res, "нет"],
        [S, "2.4", "Летняя проектная школа «Мой маршрут» для обучающихся 8–9 классов",
         "июнь 2025", "09.06.2025 – 20.06.2025",
         "Участвовали 40 обучающихся, защищено 15 индивидуальных проектов", "нет"],
        [T3, "3.1", "Входная диагностика образовательных запросов обучающихся 8–10 классов",
         "январь 2025", "27.01.2025 – 31.01.2025",
         "Обследованы 128 обучающихся, сформирован банк данных образовательных запросов", "нет"],
        [S, "3.2", "Анализ регулярности ведения портфолио обучающимися 5–7 классов",
         "май, декабрь 2025", "26.05.2025, 19.12.2025",
         "Регулярно ведут портфолио 87 из 112 (77,7 %) обучающихся 5–7 классов", "нет"],
        [S, "3.3", "Итоговая диагностика за 2025 год, подготовка аналитической справки",
         "декабрь 2025", "15.12.2025 – 24.12.2025", "Аналитическая справка рассмотрена "
         "на научно-методическом совете (протокол от 26.12.2025 № 4)", "нет"],
        [T4, "4.1", "Региональный семинар «Индивидуальная образовательная траектория: "
         "от портфолио к выбору профиля»", "апрель 2025", "24.04.2025",
         "Проведён на базе гимназии, 63 участника из 17 образовательных организаций области",
         "нет"],
        [S, "4.2", "Публикация статей по теме проекта", "в течение года",
         "март, сентябрь, ноябрь 2025", "Опубликованы 3 статьи (перечень – в разделе VII)", "нет"],
        [S, "4.3", "Участие в областной выставке-ярмарке инновационных образовательных проектов",
         "октябрь 2025", "16.10.2025", "Проект представлен на стенде гимназии, получен диплом "
         "участника", "нет"],
    ]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6),
              (2, 0, 5, 0), (6, 0, 9, 0), (10, 0, 12, 0), (13, 0, 15, 0)]
    R.table(rows, widths=[3.0, 1.0, 3.2, 1.8, 2.2, 4.3, 2.5], header_rows=2, repeat_header=True,
            merges=merges, size=10, center_cols=(1, 6),
            caption="Таблица 1. Выполнение плана мероприятий")

    # ---- V. participants
    R.heading("V. УЧАСТНИКИ ИННОВАЦИОННОЙ ДЕЯТЕЛЬНОСТИ", 1, align=CENTER)
    R.p("В реализации проекта в 2025 году задействованы 54 педагогических работника: 41 учитель, "
        "6 тьюторов, 4 педагога дополнительного образования и 3 педагога-психолога.")
    R.table([
        ["Категория участников", "Количество, чел."],
        ["Педагогические работники гимназии", "54"],
        ["Обучающиеся 5–7 классов", "112"],
        ["Обучающиеся 8–10 классов", "128"],
        ["Обучающиеся 11 классов", "49"],
        ["Родители – члены родительского актива проекта", "46"],
        ["Представители организаций-партнёров", "8"],
        ["Итого", "397"],
    ], widths=[12.0, 4.5], header_rows=1, size=12, bold_rows=(7,), center_cols=(1,),
        caption="Таблица 2. Участники проекта в 2025 году")
    R.p("Всего в реализации проекта в 2025 году приняли участие 397 человек.", before=6)

    # ---- VI. money
    R.heading("VI. ФИНАНСОВОЕ ОБЕСПЕЧЕНИЕ", 1, align=CENTER)
    R.table([
        ["Источник финансирования", "Предусмотрено, тыс. руб.", "Израсходовано, тыс. руб."],
        ["Областной бюджет (грант на реализацию инновационного проекта)", "780,00", "780,00"],
        ["Бюджет Лискинского муниципального района", "350,25", "350,25"],
        ["Внебюджетные средства (платные образовательные услуги)", "120,25", "120,25"],
        ["Итого", "1 250,50", "1 250,50"],
    ], widths=[9.5, 3.5, 3.5], header_rows=1, size=12, bold_rows=(4,), center_cols=(1, 2),
        caption="Таблица 3. Финансовое обеспечение проекта в 2025 году")
    R.p("Средства израсходованы по следующим направлениям: приобретение оборудования и "
        "программного обеспечения – 612,40 тыс. руб.; оплата курсов повышения квалификации – "
        "148,60 тыс. руб.; стимулирующие выплаты участникам проекта – 489,50 тыс. руб.", before=6)

    # ---- VII. dissemination
    R.heading("VII. РАСПРОСТРАНЕНИЕ ОПЫТА", 1, align=CENTER)
    R.p("Опыт реализации проекта представлен на мероприятиях муниципального, регионального "
        "и всероссийского уровней:")
    dash_list(R, [
        "– 24.04.2025 – региональный семинар «Индивидуальная образовательная траектория: "
        "от портфолио к выбору профиля» на базе гимназии (63 участника);",
        "– 21.08.2025 – выступление на августовской конференции педагогических работников "
        "Лискинского муниципального района;",
        "– 16.10.2025 – представление проекта на областной выставке-ярмарке инновационных "
        "образовательных проектов;",
        "– 13.11.2025 – вебинар для заместителей директоров общеобразовательных организаций "
        "области «Тьютор в школе: первые шаги».",
    ])
    R.p("Публикации по теме проекта в 2025 году:")
    dash_list(R, [
        "1. Кравцов И.Н. Цифровое портфолио как основа индивидуальной траектории // "
        "Образование Черноземья. 2025. № 1 (март).",
        "2. Воронцова Е.А., Кравцов И.Н. Тьюторское сопровождение в гимназии: модель и первые "
        "результаты // Вестник образования Воронежской области. 2025. № 3 (сентябрь).",
        "3. Белозёрова Т.П., Кравцов И.Н. Мониторинг индивидуальных образовательных маршрутов "
        "// Сборник материалов всероссийской конференции «Персонализация образования». "
        "Воронеж, 2025 (ноябрь).",
    ])

    # ---- VIII. results
    R.heading("VIII. РЕЗУЛЬТАТЫ РЕАЛИЗАЦИИ ПРОЕКТА", 1, align=CENTER)
    R.p("По итогам 2025 года достигнуты следующие значения показателей:")
    dash_list(R, [
        "– доля обучающихся 5–7 классов, регулярно ведущих цифровое портфолио, – "
        "87 из 112 (77,7 %);",
        "– доля классных руководителей, использующих модуль «Портфолио» в работе с классом, – "
        "24 из 32 (75 %);",
        "– доля обучающихся 8–10 классов, реализующих индивидуальные образовательные маршруты, – "
        "96 из 128 (75 %);",
        "– доля выпускников 11 классов, выбравших направление дальнейшего обучения "
        "в соответствии с профилем обучения, – 41 из 49 (83,7 %).",
    ])
    R.p("Основной этап проекта завершён в установленный срок, задачи этапа решены в полном "
        "объёме. Созданная модель сопровождения индивидуальных образовательных траекторий "
        "функционирует во всех параллелях 5–11 классов.")

    # ---- IX. perspectives
    R.heading("IX. ПЕРСПЕКТИВЫ РАЗВИТИЯ ПРОЕКТА", 1, align=CENTER)
    R.p("В 2026 году гимназия переходит к обобщающему этапу. Планируется:")
    dash_list(R, [
        "– в феврале 2026 года провести муниципальный методический день для школ Лискинского "
        "района;",
        "– до 1 июня 2026 года подготовить методические рекомендации по внедрению цифрового "
        "портфолио в образовательных организациях области;",
        "– в октябре 2026 года провести итоговую региональную конференцию;",
        "– в декабре 2026 года представить итоговый отчёт о реализации проекта.",
    ])
    R.blank()
    R.signature([("Директор МБОУ «Гимназия «Перспектива»", "Е.А. Воронцова")])
    R.p("23.01.2026", indent=0, align=LEFT, before=6)
    return R


def main():
    pdf = "--no-pdf" not in sys.argv
    for fn in (build_a1, build_a2, build_a3, build_a4):
        rep = fn()
        path = rep.save(pdf=pdf)
        print("built", path)


if __name__ == "__main__":
    main()
