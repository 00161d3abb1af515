#!/usr/bin/env python3
"""Build the blind_e1 … blind_e4 test reports (.docx, .pdf, .txt).

All text and numbers live in this script.  Every document is described once, as a
sequence of blocks (paragraphs, headings, list items, tables); the same description
drives the .docx writer (python-docx + lxml) and the .txt writer, which imitates
Word's «Save as: plain text (UTF-8)»: one line per paragraph, automatic numbers and
bullets written out (followed by a tab, as Word does), a table row per line with
cells separated by tabs, a merged cell written once, paragraphs inside a cell
joined by a space, CRLF line ends.  PDFs are made by LibreOffice from the .docx.

    /work/main/.venv/bin/python build_e.py            # docx + txt + pdf
    /work/main/.venv/bin/python build_e.py --no-pdf   # docx + txt only
    /work/main/.venv/bin/python build_e.py --only blind_e2
"""
import argparse
import datetime
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent
DOCS = BLIND / "docs"
LO_PROFILE = "file:///tmp/lo_profile_blind_e"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def _set_rfonts(rpr, name):
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in list(rf.attrib):
        del rf.attrib[a]
    for k in ("ascii", "hAnsi", "cs", "eastAsia"):
        rf.set(qn("w:" + k), name)


def _set_lang(rpr, lang="ru-RU"):
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)


class Builder:
    """Writes one document to .docx and, in parallel, its Word-style .txt lines."""

    def __init__(self, font="Times New Roman", size=12, margins=(2.0, 1.5, 2.0, 3.0),
                 page_numbers=True, line_spacing=1.0):
        self.doc = Document()
        self.font = font
        self.size = size
        self.line_spacing = line_spacing
        self.lines = []
        self.abstracts = {}
        self.nums = {}
        self.counters = {}
        self._first_num_el = None
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        top, right, bottom, left = margins
        sec.top_margin, sec.right_margin = Cm(top), Cm(right)
        sec.bottom_margin, sec.left_margin = Cm(bottom), Cm(left)
        self.text_width = 21.0 - left - right
        self._setup_styles()
        if page_numbers:
            self._page_number_footer()

    # ----------------------------------------------------------------- styles
    def _setup_styles(self):
        styles = self.doc.styles
        dd = styles.element.find(qn("w:docDefaults"))
        if dd is not None:
            rpr = dd.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
            if rpr is not None:
                _set_rfonts(rpr, self.font)
                _set_lang(rpr)
        normal = styles["Normal"]
        normal.font.size = Pt(self.size)
        _set_rfonts(normal.element.get_or_add_rPr(), self.font)
        pf = normal.paragraph_format
        pf.space_before, pf.space_after = Pt(0), Pt(0)
        pf.line_spacing = self.line_spacing
        for name, sz in (("Heading 1", self.size + 1), ("Heading 2", self.size)):
            st = styles[name]
            _set_rfonts(st.element.get_or_add_rPr(), self.font)
            st.font.size = Pt(sz)
            st.font.bold = True
            st.font.italic = False
            st.font.color.rgb = RGBColor(0, 0, 0)
            st.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 8)
            st.paragraph_format.space_after = Pt(6)
            st.paragraph_format.keep_with_next = True
            st.paragraph_format.line_spacing = self.line_spacing

    def _page_number_footer(self):
        footer = self.doc.sections[0].footer
        p = footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run()
        for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("end", None)):
            if kind == "instr":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = txt
            else:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
            if kind == "separate":
                t = OxmlElement("w:t")
                t.text = "1"
                run._r.append(t)
        run.font.size = Pt(10)

    # -------------------------------------------------------------- numbering
    def add_abstract(self, abs_id, levels):
        """levels: list of dicts {fmt, text, left, hanging[, font]} (twips)."""
        np_el = self.doc.part.numbering_part.element
        a = etree.SubElement(np_el, qn("w:abstractNum"))
        a.set(qn("w:abstractNumId"), str(abs_id))
        etree.SubElement(a, qn("w:nsid")).set(qn("w:val"), "%08X" % (0x3A7C0000 + abs_id))
        etree.SubElement(a, qn("w:multiLevelType")).set(
            qn("w:val"), "hybridMultilevel" if len(levels) > 1 else "singleLevel")
        for i, lv in enumerate(levels):
            l = etree.SubElement(a, qn("w:lvl"))
            l.set(qn("w:ilvl"), str(i))
            etree.SubElement(l, qn("w:start")).set(qn("w:val"), "1")
            etree.SubElement(l, qn("w:numFmt")).set(qn("w:val"), lv["fmt"])
            etree.SubElement(l, qn("w:lvlText")).set(qn("w:val"), lv["text"])
            etree.SubElement(l, qn("w:lvlJc")).set(qn("w:val"), "left")
            ppr = etree.SubElement(l, qn("w:pPr"))
            tabs = etree.SubElement(ppr, qn("w:tabs"))
            tab = etree.SubElement(tabs, qn("w:tab"))
            tab.set(qn("w:val"), "num")
            tab.set(qn("w:pos"), str(lv["left"]))
            ind = etree.SubElement(ppr, qn("w:ind"))
            ind.set(qn("w:left"), str(lv["left"]))
            ind.set(qn("w:hanging"), str(lv["hanging"]))
            if lv.get("font"):
                rpr = etree.SubElement(l, qn("w:rPr"))
                rf = etree.SubElement(rpr, qn("w:rFonts"))
                for k in ("ascii", "hAnsi", "cs"):
                    rf.set(qn("w:" + k), lv["font"])
                rf.set(qn("w:hint"), "default")
        # abstractNum elements must precede every w:num
        first_num = np_el.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        self.abstracts[abs_id] = levels

    def add_num(self, num_id, abs_id, start=None):
        np_el = self.doc.part.numbering_part.element
        n = etree.SubElement(np_el, qn("w:num"))
        n.set(qn("w:numId"), str(num_id))
        etree.SubElement(n, qn("w:abstractNumId")).set(qn("w:val"), str(abs_id))
        if start is not None:
            o = etree.SubElement(n, qn("w:lvlOverride"))
            o.set(qn("w:ilvl"), "0")
            etree.SubElement(o, qn("w:startOverride")).set(qn("w:val"), str(start))
        self.nums[num_id] = (abs_id, start)
        self.counters[num_id] = [0] * 9
        if start is not None:
            self.counters[num_id][0] = start - 1

    def _label(self, num_id, ilvl):
        abs_id, _ = self.nums[num_id]
        cnt = self.counters[num_id]
        cnt[ilvl] += 1
        for j in range(ilvl + 1, 9):
            cnt[j] = 0
        lv = self.abstracts[abs_id][ilvl]
        if lv["fmt"] == "bullet":
            return lv["text"]
        label = lv["text"]
        for j in range(ilvl + 1):
            label = label.replace("%%%d" % (j + 1), str(cnt[j]))
        return label

    # ------------------------------------------------------------- paragraphs
    @staticmethod
    def _segments(text):
        if isinstance(text, str):
            return [(text, "")]
        return [(t, f) for t, f in text]

    def p(self, text="", bold=False, italic=False, align="justify", size=None,
          first_line=1.25, left=0.0, before=0, after=0, keep_next=False,
          style=None, num=None, page_break_before=False):
        par = self.doc.add_paragraph(style=style)
        pf = par.paragraph_format
        if align:
            par.alignment = ALIGN[align]
        if num is None and first_line:
            pf.first_line_indent = Cm(first_line)
        if left:
            pf.left_indent = Cm(left)
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if keep_next:
            pf.keep_with_next = True
        if page_break_before:
            pf.page_break_before = True
        label = None
        if num is not None:
            num_id, ilvl = num
            numpr = par._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = ilvl
            numpr.get_or_add_numId().val = num_id
            label = self._label(num_id, ilvl)
        plain = []
        for seg, fmt in self._segments(text):
            run = par.add_run(seg)
            if bold or "b" in fmt:
                run.bold = True
            if italic or "i" in fmt:
                run.italic = True
            if size:
                run.font.size = Pt(size)
            plain.append(seg)
        line = "".join(plain)
        self.lines.append((label + "\t" + line) if label else line)
        return par

    def h(self, text, level=1, num=None, align="left"):
        return self.p(text, style="Heading %d" % level, align=align, first_line=0,
                      num=num, before=12 if level == 1 else 8, after=6, keep_next=True)

    def bold_heading(self, text, align="left", before=10, after=4):
        """A section heading typed as a bold Normal paragraph (no Heading style)."""
        return self.p(text, bold=True, align=align, first_line=0, before=before,
                      after=after, keep_next=True)

    # ----------------------------------------------------------------- tables
    def table(self, rows, widths, header_rows=1, repeat_header=False, size=None,
              bold_rows=(), center_cols=(), bold_first_col=False, cant_split=False,
              after_space=True):
        """rows: list of lists; a cell value None = merged with the cell on its left;
        "\\n" inside a value separates paragraphs of the cell."""
        size = size or (self.size - 1.5)
        ncols = len(widths)
        t = self.doc.add_table(rows=len(rows), cols=ncols)
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(round(w * 567))))
        tblpr = t._tbl.tblPr
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblpr.append(lay)
        for r_i, row in enumerate(rows):
            assert len(row) == ncols, (row, ncols)
            tr = t.rows[r_i]._tr
            if (repeat_header and r_i < header_rows) or cant_split:
                trpr = tr.get_or_add_trPr()
                if repeat_header and r_i < header_rows:
                    trpr.append(OxmlElement("w:tblHeader"))
                if cant_split:
                    trpr.append(OxmlElement("w:cantSplit"))
            # merges first (left to right)
            c = 0
            spans = []
            while c < ncols:
                span = 1
                while c + span < ncols and row[c + span] is None:
                    span += 1
                spans.append((c, span))
                c += span
            txt_cells = []
            for c, span in spans:
                cell = t.cell(r_i, c)
                if span > 1:
                    cell = cell.merge(t.cell(r_i, c + span - 1))
                cell.width = Cm(sum(widths[c:c + span]))
                value = row[c] if row[c] is not None else ""
                paras = value.split("\n")
                is_bold = r_i < header_rows or r_i in bold_rows or (bold_first_col and c == 0)
                for k, ptxt in enumerate(paras):
                    par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    if k == 0 and par.runs:
                        for r in list(par.runs):
                            r._r.getparent().remove(r._r)
                    pf = par.paragraph_format
                    pf.space_before, pf.space_after = Pt(0), Pt(0)
                    pf.first_line_indent = Cm(0)
                    if r_i < header_rows or c in center_cols:
                        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    else:
                        par.alignment = WD_ALIGN_PARAGRAPH.LEFT
                    run = par.add_run(ptxt)
                    run.font.size = Pt(size)
                    run.bold = is_bold
                txt_cells.append(" ".join(x for x in paras))
            self.lines.append("\t".join(txt_cells))
        if after_space:
            self.p("", first_line=0)
        return t

    # ------------------------------------------------------------------- save
    def save(self, stem):
        docx_path = DOCS / (stem + ".docx")
        txt_path = DOCS / (stem + ".txt")
        cp = self.doc.core_properties
        cp.author = ""
        cp.last_modified_by = ""
        cp.title = ""
        cp.comments = ""
        cp.language = "ru-RU"
        stamp = SAVED_AT.get(stem)
        if stamp:
            cp.created = cp.modified = stamp
        self.doc.save(str(docx_path))
        with open(txt_path, "w", encoding="utf-8", newline="") as fh:
            fh.write("\r\n".join(self.lines) + "\r\n")
        return docx_path


# document properties: when the (fictional) authors last saved each file
SAVED_AT = {
    "blind_e1": datetime.datetime(2026, 1, 20, 9, 40),
    "blind_e2": datetime.datetime(2026, 1, 30, 15, 5),
    "blind_e3": datetime.datetime(2025, 12, 22, 11, 20),
    "blind_e4": datetime.datetime(2026, 1, 16, 10, 15),
}


def fmt_money(x):
    """1796687.5 -> '1 796 687,50' (non-breaking spaces between digit groups)."""
    s = "%.2f" % x
    whole, frac = s.split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return "\u00a0".join(groups) + "," + frac


def fmt_pct(num, den, digits=1):
    v = round(100.0 * num / den + 1e-9, digits)
    s = ("%%.%df" % digits) % v
    return s.replace(".", ",")


# =========================================================================
# blind_e1 — Республика Бурятия, МИП (школа), отчёт по итогам 2025 года.
# Form: the report is organised around the project's TASKS; headings are bold
# Normal paragraphs; per task a table «Мероприятие | Срок | Результат | Охват»
# and a paragraph of conclusions; a final table «Показатель | 2024 | 2025 | Изменение».
# Planted: task numbering gap (Задача 5 after Задача 3), a section holding only «–»,
# a result «–», «Не проводились» without reason, Итого 125 (rows give 105),
# 48 % for 243 из 566 (= 42,9 %), an event dated 18.12.2024, a repeated conclusion.
# =========================================================================
def build_e1(Builder):
    b = Builder(font="Times New Roman", size=12, margins=(2.0, 1.5, 2.0, 3.0))
    W = [5.2, 3.0, 6.3, 2.0]  # Мероприятие | Срок | Результат | Охват
    HDR = ["Мероприятие", "Срок", "Результат", "Охват, чел."]

    b.p("Комитет по образованию Администрации г. Улан-Удэ", align="center", first_line=0, size=11)
    b.p("Муниципальное автономное общеобразовательное учреждение "
        "«Средняя общеобразовательная школа № 61» г. Улан-Удэ", align="center", first_line=0, size=11)
    b.p("", first_line=0)
    b.p("Отчёт о работе муниципальной инновационной площадки по итогам 2025 года",
        bold=True, align="center", first_line=0, size=14, after=10)

    b.bold_heading("Общие сведения")
    b.p([("Тема инновационного проекта: ", "b"),
         ("«Байкальский кейс: межпредметные задачи на материале родного края как средство "
          "формирования функциональной грамотности обучающихся 5–9 классов».", "")])
    b.p([("Основание: ", "b"),
         ("приказ Комитета по образованию Администрации г. Улан-Удэ от 14.03.2024 № 318 "
          "«О присвоении статуса муниципальной инновационной площадки». Срок реализации "
          "проекта – 2024–2026 годы.", "")])
    b.p([("Руководитель площадки: ", "b"),
         ("Цыдыпова Сэсэгма Баировна, директор школы; ", ""),
         ("координатор: ", "b"),
         ("Баторова Аюна Владимировна, заместитель директора по учебно-воспитательной работе; ", ""),
         ("научный консультант: ", "b"),
         ("Ринчинова Оюна Дашиевна, кандидат педагогических наук (договор о научно-методическом "
          "сопровождении от 15.01.2025 № 3).", "")])
    b.p([("Этап проекта в отчётном периоде: ", "b"),
         ("основной (практический), январь – декабрь 2025 г.", "")])
    b.p([("Цель проекта: ", "b"),
         ("создание в школе системы межпредметных кейсов на материале природы, истории и культуры "
          "Байкальского региона, обеспечивающей рост функциональной грамотности обучающихся "
          "5–9 классов.", "")])

    b.bold_heading("Задачи на 2025 год")
    b.p("В соответствии с календарным планом проекта на основной этап были поставлены "
        "следующие задачи:")
    b.p("1. Расширить банк межпредметных кейсов и обеспечить их систематическое использование "
        "на уроках и во внеурочной деятельности.")
    b.p("2. Организовать методическое сопровождение педагогов, включённых в проект.")
    b.p("3. Вовлечь обучающихся 5–9 классов в исследовательскую и проектную деятельность "
        "на материале родного края.")
    b.p("4. Обеспечить мониторинг уровня функциональной грамотности обучающихся и распространение "
        "опыта площадки.")
    b.p("Ниже по каждой задаче приведены проведённые мероприятия, сроки, полученные результаты "
        "и охват участников. Охват указан в человеко-участиях: один участник, принявший участие "
        "в нескольких мероприятиях, учитывается в каждом из них.")

    # ---- Задача 1 ---------------------------------------------------------
    b.bold_heading("Задача 1. Расширить банк межпредметных кейсов и обеспечить их систематическое "
                   "использование на уроках и во внеурочной деятельности")
    b.table([
        HDR,
        ["Заседание творческой группы «Кейс как форма урока»", "январь 2025 г.",
         "Утверждены структура кейса и критерии оценивания ответов", "14"],
        ["Разработка положения о банке кейсов", "10.02.2025",
         "Положение о банке межпредметных кейсов утверждено приказом директора от 10.02.2025 № 41", "–"],
        ["Мастерская разработчиков кейсов (4 сессии)", "февраль – апрель 2025 г.",
         "Разработано 19 новых кейсов по географии, биологии, истории и литературе", "22"],
        ["Апробация кейсов на уроках в 5–9 классах", "март – май 2025 г.",
         "Проведено 64 урока с использованием кейсов, собрано 276 листов самооценки обучающихся", "276"],
        ["Итого", None, None, "312"],
    ], W, bold_rows=(5,), center_cols=(1, 3))
    b.p([("Выводы по задаче 1. ", "b"),
         ("Работа по задаче выполнена в полном объёме. Использование межпредметных кейсов на "
          "материале родного края стало для участников проекта привычной формой работы: кейсы "
          "применяются не эпизодически, а по согласованному графику, что позволяет отслеживать "
          "динамику читательской и естественнонаучной грамотности в каждом классе параллели "
          "и своевременно корректировать содержание заданий.", "")])

    # ---- Задача 2 ---------------------------------------------------------
    b.bold_heading("Задача 2. Организовать методическое сопровождение педагогов, включённых в проект")
    b.table([
        HDR,
        ["Постоянно действующий семинар «От задания к кейсу»", "январь – декабрь 2025 г. (ежемесячно)",
         "Проведено 9 занятий, материалы размещены на сайте школы", "46"],
        ["Курсы повышения квалификации «Формирование функциональной грамотности» (36 ч)", "март 2025 г.",
         "Удостоверения о повышении квалификации получили 17 педагогов", "17"],
        ["Муниципальный семинар «Кейс-метод на уроках географии»", "апрель 2025 г.", "–", "–"],
        ["Индивидуальные консультации научного консультанта", "в течение года",
         "Проведено 8 консультаций по запросам педагогов", "11"],
        ["Взаимопосещение уроков в рамках методической недели", "18.12.2024",
         "Посещено 26 уроков, заполнены карты наблюдения", "31"],
        ["Итого", None, None, "125"],
    ], W, bold_rows=(6,), center_cols=(1, 3))
    b.p([("Выводы по задаче 2. ", "b"),
         ("Методическая поддержка педагогов выстроена как система: постоянно действующий семинар "
          "стал основной площадкой для обсуждения разработанных кейсов, а курсовая подготовка "
          "позволила включить в проект учителей, которые ранее не работали с заданиями "
          "международного формата. Наибольший интерес вызвали занятия по составлению критериев "
          "оценивания развёрнутых ответов.", "")])

    # ---- Задача 3 ---------------------------------------------------------
    b.bold_heading("Задача 3. Вовлечь обучающихся 5–9 классов в исследовательскую и проектную "
                   "деятельность на материале родного края")
    b.table([
        HDR,
        ["Школьная научно-практическая конференция «Мой Байкал»", "14.03.2025",
         "Представлено 37 проектов, 9 из них рекомендованы на муниципальный этап", "118"],
        ["Экологический кейс-чемпионат для 7–8 классов", "22.04.2025",
         "Участвовали 12 команд по 5 человек, победители награждены дипломами", "60"],
        ["Выездная летняя школа «Байкальский кейс»", "июль 2025 г.",
         "Не проводилась в связи с введением режима чрезвычайной ситуации (лесные пожары) "
         "в Прибайкальском районе; перенесена на июль 2026 г. (приказ директора от 30.06.2025 № 112)", "–"],
        ["Краеведческие экспедиции в музеи города", "сентябрь – октябрь 2025 г.", "Не проводились", "–"],
        ["Участие в муниципальном конкурсе исследовательских работ «Шаг в будущее»", "ноябрь 2025 г.",
         "Представлено 9 работ, получено 3 призовых места", "9"],
        ["Итого", None, None, "187"],
    ], W, bold_rows=(6,), center_cols=(1, 3))
    b.p([("Выводы по задаче 3. ", "b"),
         ("Исследовательская работа на материале родного края охватила все параллели с 5 по 9 класс. "
          "Тематика проектов сместилась от реферативных обзоров к собственным наблюдениям "
          "обучающихся: замерам прозрачности воды, описанию памятников архитектуры района, "
          "записи воспоминаний старожилов. Руководителями проектов выступили 16 учителей.", "")])

    # ---- «Задача 5» (numbering gap: task 4 of the list) -----------------------
    b.bold_heading("Задача 5. Обеспечить мониторинг уровня функциональной грамотности обучающихся "
                   "и распространение опыта площадки")
    b.table([
        HDR,
        ["Региональная диагностическая работа по функциональной грамотности (5–9 классы)", "октябрь 2025 г.",
         "Работу выполнили 566 обучающихся, результаты сведены в аналитическую справку", "566"],
        ["Публикация статей в сборнике республиканской научно-практической конференции", "май 2025 г.",
         "Опубликованы 3 статьи (5 авторов)", "5"],
        ["Выступление на августовском совещании педагогических работников г. Улан-Удэ", "27.08.2025",
         "Опыт площадки представлен на секции «Функциональная грамотность»", "80"],
        ["Открытые уроки для учителей школ Октябрьского района", "17.11.2025 – 21.11.2025",
         "Проведено 6 открытых уроков, получено 42 анкеты обратной связи", "42"],
    ], W, center_cols=(1, 3))
    b.p([("Выводы. ", "b"),
         ("Работа по задаче выполнена в полном объёме. Использование межпредметных кейсов на "
          "материале родного края стало для педагогов школы привычной формой работы: кейсы "
          "применяются не эпизодически, а по единому графику, что позволяет отслеживать "
          "динамику читательской и естественнонаучной грамотности в каждом классе параллели "
          "и своевременно корректировать содержание заданий.", "")])

    b.bold_heading("Продукты инновационной деятельности за 2025 год")
    b.p("–")

    b.bold_heading("Сводные показатели результативности")
    b.p("Динамика основных показателей проекта приведена в таблице; для долей в скобках указана "
        "база расчёта (число обучающихся 5–9 классов, выполнивших диагностику, или общее число "
        "педагогов школы).")
    b.table([
        ["Показатель", "2024", "2025", "Изменение"],
        ["Число педагогов – участников проекта, чел.", "18", "29", "+11"],
        ["Доля педагогов, систематически применяющих кейсы (от 46 педагогов школы)",
         "39 % (18 из 46)", "63 % (29 из 46)", "+24 п. п."],
        ["Количество кейсов в банке, ед.", "12", "31", "+19"],
        ["Доля обучающихся 5–9 классов, показавших базовый уровень функциональной грамотности и выше",
         "54 % (301 из 558)", "71 % (402 из 566)", "+17 п. п."],
        ["Доля обучающихся 5–9 классов, выполнивших исследовательские и проектные работы",
         "27 % (151 из 558)", "48 % (243 из 566)", "+21 п. п."],
        ["Количество публикаций педагогов, ед.", "1", "3", "+2"],
    ], [7.3, 3.3, 3.3, 2.6], center_cols=(1, 2, 3))

    b.bold_heading("Выводы и перспективы")
    b.p("Основной этап реализации проекта в 2025 году позволил перейти от единичных кейс-уроков "
        "к их систематическому использованию: банк кейсов вырос более чем в два с половиной раза, "
        "доля обучающихся, показавших базовый уровень функциональной грамотности и выше, "
        "увеличилась на 17 процентных пунктов.")
    b.p("Цель проекта на заключительном этапе остаётся прежней – создание в школе системы "
        "межпредметных кейсов на материале природы, истории и культуры Байкальского региона, "
        "обеспечивающей рост функциональной грамотности обучающихся 5–9 классов.")
    b.p("В 2026 году (заключительный этап) планируется:")
    for item in (
        "– провести муниципальный семинар-практикум для учителей общеобразовательных организаций "
        "г. Улан-Удэ (март 2026 г.);",
        "– провести выездную летнюю школу «Байкальский кейс» (июль 2026 г.);",
        "– подготовить к изданию сборник межпредметных кейсов (до 01.10.2026);",
        "– представить итоговые материалы проекта в Комитет по образованию (декабрь 2026 г.).",
    ):
        b.p(item, first_line=0, left=0.6)
    b.p("", first_line=0)
    b.p("Директор МАОУ «СОШ № 61» г. Улан-Удэ\t\t\tС. Б. Цыдыпова", align="left", first_line=0, before=12)
    b.p("20.01.2026", align="left", first_line=0)
    return b


# =========================================================================
# blind_e2 — Калининградская область, РИП, колледж искусств, отчёт за 2025 год.
# Form: prose; sections are Heading 1 paragraphs numbered by Word (numbering.xml),
# the numbers are not in the text; activities are dated bulleted paragraphs;
# a single table (participants by category, 2024 and 2025, row «Всего»).
# Planted: heading numbering jumps 3 -> 5 (a second w:num with startOverride),
# an empty section, «2 выездных мастер-класса из 5», a contest «не проводился»
# without a reason, Всего 2025 = 517 (rows give 507), «17 мероприятий: 6+5+4+3»,
# an event dated 21 января 2026 г., a paragraph repeated with three words changed.
# =========================================================================
def build_e2(Builder):
    b = Builder(font="Times New Roman", size=12, margins=(2.0, 1.5, 2.0, 2.5), line_spacing=1.1)
    # Word-style automatic numbering
    b.add_abstract(60, [dict(fmt="decimal", text="%1.", left=425, hanging=425)])          # headings
    b.add_abstract(61, [dict(fmt="bullet", text="•", left=720, hanging=360, font="Times New Roman")])
    b.add_abstract(62, [dict(fmt="decimal", text="%1)", left=720, hanging=360)])          # task list
    b.add_num(70, 60)             # sections 1–3
    b.add_num(71, 60, start=5)    # the copied block of sections restarts at 5
    b.add_num(72, 61)             # bullets
    b.add_num(73, 62)             # tasks 1)–4)
    H1, H1b, BUL, TASK = (70, 0), (71, 0), (72, 0), (73, 0)

    def bullet(text):
        b.p(text, num=BUL, after=3)

    b.p("ОТЧЁТ", bold=True, align="center", first_line=0, size=14)
    b.p("о деятельности региональной инновационной площадки за 2025 год",
        bold=True, align="center", first_line=0, size=13, after=6)
    b.p("Государственное автономное профессиональное образовательное учреждение Калининградской "
        "области «Балтийский колледж искусств» (ГАПОУ КО «БКИ»), г. Советск",
        align="center", first_line=0)
    b.p("Тема инновационного проекта: «Арт-наставничество: сетевая модель профессионального "
        "становления молодых педагогов детских школ искусств»", align="center", first_line=0, italic=True)
    b.p("Срок реализации проекта: 2024–2027 годы", align="center", first_line=0, after=6)

    b.h("Общие сведения об инновационной площадке", num=H1)
    b.p("Статус региональной инновационной площадки присвоен колледжу приказом Министерства "
        "образования Калининградской области от 22.08.2024 № 1095/1 «О присвоении статуса "
        "региональной инновационной площадки» в соответствии с Федеральным законом от 29.12.2012 "
        "№ 273-ФЗ «Об образовании в Российской Федерации». Отчётный период – с 1 января по "
        "31 декабря 2025 года; в этот период реализовывался второй, практический, этап проекта.")
    b.p("Руководитель проекта – Вершинина Алла Геннадьевна, директор колледжа. Научный "
        "руководитель – Шульгин Павел Эдуардович, кандидат искусствоведения, доцент. Координатор – "
        "Лапшина Ирина Сергеевна, заведующая методическим отделом.")
    b.p("Проект реализуется в сетевой форме на основании соглашения о сетевом взаимодействии "
        "от 05.11.2024 № 14-С, заключённого с семью детскими школами искусств Советского, "
        "Неманского, Славского и Краснознаменского муниципальных округов. Изменения в составе "
        "исполнителей проекта в 2025 году: нет.")

    b.h("Цель и задачи отчётного периода", num=H1)
    b.p("Цель проекта – создание сетевой модели наставничества, обеспечивающей профессиональное "
        "становление молодых педагогов детских школ искусств региона через совместную практику "
        "с преподавателями колледжа.")
    b.p("На 2025 год были определены следующие задачи:")
    for t in (
        "апробировать формы парного наставничества «преподаватель колледжа – молодой педагог ДШИ» "
        "на базе организаций-партнёров;",
        "разработать и внедрить единую схему наблюдения и анализа урока в сфере искусств;",
        "организовать выездную методическую работу преподавателей колледжа в муниципальных округах;",
        "обобщить и представить опыт первого года практического этапа педагогическому сообществу региона.",
    ):
        b.p(t, num=TASK, after=2)

    b.h("Содержание инновационной деятельности в 2025 году", num=H1)
    b.p("Деятельность площадки в отчётном периоде строилась по трём направлениям: методическому, "
        "практическому и информационному. Всего за отчётный период проведено 17 мероприятий: "
        "6 семинаров-практикумов, 5 мастер-классов, 4 лекции-концерта и 3 конкурса "
        "профессионального мастерства. Ниже описаны основные из них.")
    b.p([("Методическое направление. ", "b"),
         ("Работа велась в форме постоянно действующего семинара для наставников и молодых педагогов.", "")])
    bullet("23 января 2025 г. – установочный семинар «Наставничество в сфере искусств: роли и форматы»; "
           "участвовали 34 педагога из 8 организаций.")
    bullet("18 марта 2025 г. – семинар-практикум «Урок в классе фортепиано глазами наставника»: "
           "апробирован проект схемы наблюдения урока, собрано 27 заполненных листов наблюдения.")
    bullet("9 октября 2025 г. – семинар «Анализ урока по единой схеме: первые итоги»; утверждена "
           "итоговая версия схемы наблюдения и анализа урока.")
    bullet("21 января 2026 г. – открытый региональный семинар «Портфолио молодого преподавателя ДШИ» "
           "на базе колледжа; участвовал 41 человек, в том числе специалисты муниципальных "
           "органов управления культурой.")
    b.p([("Практическое направление. ", "b"),
         ("Основной формой работы стали парные наставнические занятия и выездные мастер-классы.", "")])
    bullet("Февраль – май 2025 г. – парные наставнические занятия в семи ДШИ-партнёрах: "
           "сформировано 23 пары «наставник – молодой педагог», проведено 112 совместных уроков.")
    bullet("23 апреля 2025 г. – мастер-класс преподавателя колледжа М. Ю. Данилевич «Работа над "
           "художественным образом в классе баяна» для 19 педагогов ДШИ.")
    bullet("Апрель – июнь 2025 г. – выездные мастер-классы преподавателей колледжа в ДШИ "
           "муниципальных округов: проведено 2 выездных мастер-класса из 5 запланированных.")
    bullet("17 октября 2025 г. – региональный фестиваль-практикум «Янтарная палитра» для молодых "
           "педагогов изобразительного искусства не проводился в связи с капитальным ремонтом "
           "выставочного зала колледжа; проведение перенесено на 10 апреля 2026 г. "
           "(приказ директора от 29.09.2025 № 214-од).")
    bullet("14 ноября 2025 г. – областной открытый конкурс исполнительского мастерства молодых "
           "преподавателей «Первые шаги» – не проводился.")
    bullet("10 декабря 2025 г. – итоговая лекция-концерт «Учитель и ученик» с участием наставнических "
           "пар; зрителями стали 160 человек.")
    b.p([("Информационное направление. ", "b"),
         ("Материалы проекта размещаются в разделе «Региональная инновационная площадка» на сайте "
          "колледжа; в 2025 году опубликовано 26 новостных материалов и 9 методических разработок. "
          "Консультации для педагогов ДШИ проводились в течение 2025 г. по запросу, в том числе "
          "в дистанционном формате.", "")])
    b.p("Опыт первого года практического этапа показал, что наиболее востребованной формой работы "
        "оказались парные наставнические занятия, когда опытный преподаватель колледжа и молодой "
        "педагог детской школы искусств совместно готовят и проводят урок, а затем разбирают его "
        "по единой схеме наблюдения, разработанной рабочей группой проекта.")

    # numbering gap: the next heading is numbered 5 (there is no section 4)
    b.h("Участники инновационной деятельности", num=H1b)
    b.p("Из 52 преподавателей колледжа в проекте в 2025 году были задействованы 39 человек (75 %). "
        "Сведения об участниках по категориям приведены в таблице; для сравнения указаны данные "
        "за 2024 год (сентябрь – декабрь).")
    b.table([
        ["Категория участников", "2024 г.", "2025 г."],
        ["Преподаватели колледжа (наставники)", "24", "39"],
        ["Молодые педагоги ДШИ (наставляемые)", "31", "46"],
        ["Руководители и методисты ДШИ", "12", "21"],
        ["Студенты колледжа и учащиеся ДШИ", "198", "340"],
        ["Родители (законные представители) учащихся ДШИ", "–", "61"],
        ["Всего", "265", "517"],
    ], [10.0, 3.0, 3.0], bold_rows=(6,), center_cols=(1, 2))

    b.h("Распространение опыта", num=H1b)
    b.p("Опыт площадки представлен на мероприятиях регионального и всероссийского уровня:")
    bullet("16 мая 2025 г. – выступление А. Г. Вершининой на региональной конференции «Образование "
           "в сфере культуры: кадровый ресурс» (г. Калининград).")
    bullet("25 августа 2025 г. – доклад «Пара как единица наставничества» на августовской секции "
           "преподавателей детских школ искусств Калининградской области.")
    bullet("2 октября 2025 г. – статья П. Э. Шульгина и И. С. Лапшиной «Схема наблюдения урока как "
           "инструмент наставника» в сборнике материалов всероссийской научно-практической конференции.")
    bullet("20 ноября 2025 г. – вебинар для преподавателей колледжей искусств Северо-Западного "
           "федерального округа (112 подключений).")

    b.h("Результаты мониторинга удовлетворённости участников проекта", num=H1b)

    b.h("Результаты и эффекты инновационной деятельности", num=H1b)
    b.p("К концу 2025 года разработана и утверждена единая схема наблюдения и анализа урока в сфере "
        "искусств, сформированы 23 наставнические пары, молодые педагоги ДШИ-партнёров подготовили "
        "31 учащегося к участию в областных конкурсах. Три молодых педагога прошли аттестацию на "
        "первую квалификационную категорию.")
    b.p("Опыт первого года практического этапа показал, что наиболее эффективной формой работы "
        "оказались парные наставнические занятия, когда опытный преподаватель колледжа и молодой "
        "педагог детской школы искусств совместно планируют и проводят урок, а затем разбирают его "
        "по единой схеме наблюдения, разработанной творческой группой проекта.")
    b.p("Работа площадки в 2026 году будет продолжена в соответствии с целью проекта – создание "
        "сетевой модели наставничества, обеспечивающей профессиональное становление молодых "
        "педагогов детских школ искусств региона через совместную практику с преподавателями колледжа.")

    b.h("Задачи и план работы на 2026 год", num=H1b)
    bullet("До 1 марта 2026 г. – подготовка методических рекомендаций «Парное наставничество в ДШИ».")
    bullet("10 апреля 2026 г. – фестиваль-практикум «Янтарная палитра» (перенесён с 2025 года).")
    bullet("15 мая 2026 г. – региональная научно-практическая конференция «Арт-наставничество: "
           "итоги и перспективы».")
    bullet("Сентябрь – декабрь 2026 г. – расширение сети за счёт трёх детских школ искусств "
           "Гусевского и Черняховского муниципальных округов.")

    b.p("", first_line=0)
    b.p("Директор ГАПОУ КО «Балтийский колледж искусств»\t\tА. Г. Вершинина",
        align="left", first_line=0, before=12)
    b.p("30.01.2026", align="left", first_line=0)
    return b


# =========================================================================
# blind_e3 — Владимирская область, сетевой ресурсный центр / МИП из трёх детских
# садов: ПРОГРАММА инновационной деятельности на 2026–2028 годы.
# Form: approval stamp, passport table, numbered Heading 1 sections, stage headings
# «Этап I. Подготовительный (январь – май 2026 г.)» (Heading 2), a plan table per
# stage with «Срок» cells «январь», «до 15.03», «I квартал», «в течение этапа».
# Planted: monitoring table of dashes only, plan rows 2.3 -> 2.5, a row with
# expected result «–», «12 групп: 4 + 5 + 4», «запланировано 7 мероприятий» (6 rows),
# row 1.5 «октябрь 2026 г.» in stage I, row 3.3 «март 2029 г.» after the end,
# a paragraph of the rationale repeated in the expected results.
# =========================================================================
def build_e3(Builder):
    b = Builder(font="Arial", size=11, margins=(2.0, 1.5, 2.0, 2.5), line_spacing=1.15)
    PW = [1.1, 5.3, 2.9, 3.0, 4.7]   # № | Мероприятие | Срок | Ответственные | Ожидаемый результат
    PH = ["№", "Мероприятие", "Срок", "Ответственные", "Ожидаемый результат"]

    for line in ("УТВЕРЖДЕНА", "приказом управления образования", "администрации муниципального образования",
                 "город Гусь-Хрустальный", "от 22.12.2025 № 640"):
        b.p(line, align="right", first_line=0, size=10)
    b.p("", first_line=0)
    b.p("ПРОГРАММА", bold=True, align="center", first_line=0, size=14)
    b.p("инновационной деятельности муниципальной инновационной площадки – сетевого ресурсного "
        "центра дошкольного образования «Живое стекло» на 2026–2028 годы",
        bold=True, align="center", first_line=0, size=12, after=6)
    b.p("Участники сети: МБДОУ «Детский сад № 12 «Ладушки» (базовая организация), МБДОУ «Детский "
        "сад № 27 «Родничок», МБДОУ «Детский сад № 41 «Хрусталик» г. Гусь-Хрустальный",
        align="center", first_line=0, size=10, after=6)

    b.h("1. Паспорт программы")
    b.table([
        ["Наименование программы",
         "Программа инновационной деятельности сетевого ресурсного центра «Живое стекло»: сетевая "
         "модель приобщения дошкольников к художественным промыслам родного края"],
        ["Основания для разработки",
         "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»;\n"
         "федеральный государственный образовательный стандарт дошкольного образования (приказ "
         "Минобрнауки России от 17.10.2013 № 1155);\n"
         "федеральная образовательная программа дошкольного образования (приказ Минпросвещения "
         "России от 25.11.2022 № 1028);\n"
         "Положение о муниципальных инновационных площадках (постановление администрации "
         "МО город Гусь-Хрустальный от 09.04.2021 № 287);\n"
         "приказ управления образования от 18.11.2025 № 512 «О присвоении статуса муниципальной "
         "инновационной площадки»"],
        ["Разработчики программы",
         "Творческая группа педагогов МБДОУ № 12, 27, 41 под руководством старшего воспитателя "
         "МБДОУ № 12 Н. А. Кречетовой"],
        ["Научный консультант", "Белова Марина Олеговна, кандидат педагогических наук, доцент"],
        ["Цель программы",
         "Создание сетевой модели приобщения детей 4–7 лет к художественным промыслам Владимирского "
         "края через интеграцию образовательных областей и ресурсов музеев и предприятий города"],
        ["Задачи программы",
         "1. Разработать и апробировать парциальную программу «Живое стекло» для старших "
         "и подготовительных групп.\n"
         "2. Создать в каждом детском саду развивающую среду по мотивам художественных промыслов "
         "(мини-музеи, мастерские).\n"
         "3. Выстроить сетевое взаимодействие детских садов с музеем и предприятиями города.\n"
         "4. Повысить профессиональную компетентность педагогов в области этнокультурного "
         "образования дошкольников.\n"
         "5. Вовлечь семьи воспитанников в совместную творческую деятельность."],
        ["Сроки и этапы реализации",
         "Январь 2026 г. – декабрь 2028 г.\n"
         "Этап I. Подготовительный (январь – май 2026 г.)\n"
         "Этап II. Основной (июнь 2026 г. – август 2028 г.)\n"
         "Этап III. Обобщающий (сентябрь – декабрь 2028 г.)"],
        ["Ожидаемые результаты",
         "Парциальная программа «Живое стекло»; мини-музеи промыслов в трёх детских садах; "
         "сетевые договоры с партнёрами; методическое пособие и сборник материалов"],
        ["Контроль за реализацией",
         "Сетевой совет ресурсного центра; ежегодный отчёт в управление образования до 25 декабря"],
    ], [4.5, 12.5], header_rows=0, bold_first_col=True)

    b.h("2. Обоснование актуальности программы")
    b.p("Гусь-Хрустальный – один из старейших центров стекольного производства России, и художественные "
        "промыслы составляют основу культурной идентичности города. Вместе с тем знакомство "
        "дошкольников с промыслами сводится, как правило, к разовым экскурсиям и тематическим "
        "неделям, а детские сады города работают в этом направлении разрозненно.")
    b.p("Опрос родителей воспитанников трёх детских садов, проведённый творческой группой осенью "
        "2025 года, показал, что большинство семей связывают будущее детей с городом, но плохо "
        "знакомы с его промысловыми традициями; поэтому сеть детских садов рассматривает приобщение "
        "к промыслам как способ формирования у детей чувства принадлежности к малой родине и "
        "интереса к труду мастера.")
    b.p("Объединение ресурсов трёх организаций в сетевой ресурсный центр позволит распределить "
        "функции: базовый детский сад № 12 отвечает за методическое сопровождение, детский сад № 27 – "
        "за работу с семьями, детский сад № 41 – за взаимодействие с музеем и предприятиями.")

    b.h("3. Цель и задачи программы")
    b.p("Цель: создание сетевой модели приобщения детей 4–7 лет к художественным промыслам "
        "Владимирского края через интеграцию образовательных областей и ресурсов музеев и "
        "предприятий города.")
    b.p("Задачи:")
    for t in (
        "1. Разработать и апробировать парциальную программу «Живое стекло» для старших и "
        "подготовительных групп.",
        "2. Создать в каждом детском саду развивающую среду по мотивам художественных промыслов "
        "(мини-музеи, мастерские).",
        "3. Выстроить сетевое взаимодействие детских садов с музеем и предприятиями города.",
        "4. Повысить профессиональную компетентность педагогов в области этнокультурного "
        "образования дошкольников.",
        "5. Вовлечь семьи воспитанников в совместную творческую деятельность.",
    ):
        b.p(t, first_line=0, left=0.6)

    b.h("4. Участники и содержание программы")
    b.p("Программа реализуется тремя дошкольными образовательными организациями города. В сетевом "
        "взаимодействии задействовано 12 групп старшего дошкольного возраста: 4 группы детского "
        "сада № 12, 5 групп детского сада № 27 и 4 группы детского сада № 41.")
    b.p("Состав участников программы на начало её реализации:", after=4)
    b.table([
        ["Организация", "Педагоги", "Воспитанники 4–7 лет", "Всего"],
        ["МБДОУ «Детский сад № 12 «Ладушки»", "16", "98", "114"],
        ["МБДОУ «Детский сад № 27 «Родничок»", "14", "121", "135"],
        ["МБДОУ «Детский сад № 41 «Хрусталик»", "13", "92", "105"],
        ["Итого", "43", "311", "354"],
    ], [7.4, 2.8, 3.8, 3.0], bold_rows=(4,), center_cols=(1, 2, 3))
    b.p("Программа реализуется в три этапа; для каждого этапа определены задачи и план мероприятий.")

    b.h("Этап I. Подготовительный (январь – май 2026 г.)", level=2)
    b.p("Задачи этапа: создание нормативной и организационной основы сети, входная диагностика, "
        "подготовка педагогов. На подготовительном этапе запланировано 7 мероприятий.", after=4)
    b.table([
        PH,
        ["1.1", "Создание сетевого совета ресурсного центра, распределение функций между детскими садами",
         "январь", "Заведующие ДОО", "Приказ о сетевом совете, план-график на 2026 г."],
        ["1.2", "Заключение договоров о сотрудничестве с городским музеем и предприятиями-партнёрами",
         "до 15.03", "Заведующий МБДОУ № 41", "Договоры (не менее трёх)"],
        ["1.3", "Входная диагностика представлений детей о художественных промыслах",
         "февраль – март", "Старшие воспитатели", "Аналитическая справка по трём ДОО"],
        ["1.4", "Курсы повышения квалификации «Народное искусство в дошкольном образовании» (36 ч)",
         "I квартал", "Старшие воспитатели", "Удостоверения не менее чем у 20 педагогов"],
        ["1.5", "Разработка проекта парциальной программы «Живое стекло»",
         "октябрь 2026 г.", "Творческая группа", "Проект программы, рассмотренный сетевым советом"],
        ["1.6", "Установочное родительское собрание «Промыслы родного края»",
         "в течение этапа", "Воспитатели групп", "–"],
    ], PW, center_cols=(0, 2))

    b.h("Этап II. Основной (июнь 2026 г. – август 2028 г.)", level=2)
    b.p("Задачи этапа: реализация парциальной программы, развитие предметно-пространственной среды, "
        "сетевые образовательные события для детей, педагогов и семей.", after=4)
    b.table([
        PH,
        ["2.1", "Реализация парциальной программы «Живое стекло» в старших и подготовительных группах:\n"
                "– блок «Стекло и стеклодувы» (совместно с городским музеем);\n"
                "– блок «Владимирская вышивка»;\n"
                "– блок «Резьба и роспись по дереву»;\n"
                "– итоговые занятия-праздники в каждом детском саду",
         "в течение этапа (с сентября 2026 г.)", "Воспитатели групп, музыкальные руководители",
         "Программа реализована в полном объёме; календарные планы групп; фото- и видеоотчёты "
         "на сайтах детских садов"],
        ["2.2", "Цикл сетевых занятий-экскурсий «Как рождается стекло» на базе городского музея",
         "ежеквартально", "Старшие воспитатели", "Не менее 8 занятий в год"],
        ["2.3", "Создание мини-музеев «Стеклянная лавка», «Владимирская вышивка», «Мастерская резчика»",
         "II квартал 2027 г.", "Заведующие ДОО", "Три мини-музея (по одному в каждом детском саду)"],
        ["2.5", "Семейный конкурс поделок «Хрустальная снежинка»",
         "декабрь 2026 г., декабрь 2027 г.", "Старший воспитатель МБДОУ № 27",
         "Положение о конкурсе, выставка работ"],
        ["2.6", "Муниципальный семинар-практикум для педагогов дошкольных организаций города",
         "март 2027 г.", "Творческая группа", "Методические материалы на сайтах детских садов"],
        ["2.7", "Промежуточная диагностика представлений детей о промыслах",
         "апрель – май 2027 г.", "Старшие воспитатели", "Аналитическая справка, корректировка программы"],
        ["2.8", "Подготовка методического пособия «Промыслы родного края в детском саду»",
         "до 01.06.2028", "Научный консультант, творческая группа", "Рукопись пособия"],
    ], PW, center_cols=(0, 2))

    b.h("Этап III. Обобщающий (сентябрь – декабрь 2028 г.)", level=2)
    b.p("Задачи этапа: оценка результатов, обобщение и представление опыта сети.", after=4)
    b.table([
        PH,
        ["3.1", "Итоговая диагностика представлений детей о художественных промыслах",
         "сентябрь – октябрь 2028 г.", "Старшие воспитатели", "Сравнительный анализ результатов"],
        ["3.2", "Представление опыта сети на региональной научно-практической конференции",
         "ноябрь 2028 г.", "Заведующие ДОО", "Доклад, публикация тезисов"],
        ["3.3", "Издание сборника методических материалов «Живое стекло»",
         "март 2029 г.", "Творческая группа", "Сборник (электронная и печатная версии)"],
        ["3.4", "Подготовка итогового отчёта о реализации программы",
         "до 25.12.2028", "Сетевой совет", "Отчёт в управление образования"],
    ], PW, center_cols=(0, 2))

    b.h("5. Ожидаемые результаты")
    b.p("К окончанию реализации программы (декабрь 2028 г.) будут получены следующие результаты:")
    for t in (
        "– разработана, апробирована и утверждена парциальная программа «Живое стекло»;",
        "– в каждом из трёх детских садов создан мини-музей по мотивам художественных промыслов;",
        "– курсы повышения квалификации по этнокультурному образованию пройдут 86 % педагогов сети "
        "(37 из 43);",
        "– не менее 70 % воспитанников подготовительных групп смогут назвать и описать не менее "
        "трёх промыслов родного края;",
        "– заключены договоры о сотрудничестве не менее чем с тремя партнёрами.",
    ):
        b.p(t, first_line=0, left=0.6)
    b.p("Результаты программы значимы не только для детского сада, но и для семьи.", before=4)
    b.p("Опрос родителей воспитанников трёх детских садов, проведённый рабочей группой осенью "
        "2025 года, показал, что большинство семей связывают будущее детей с городом, но слабо "
        "знакомы с его промысловыми традициями; поэтому сеть детских садов рассматривает приобщение "
        "к промыслам как способ формирования у детей чувства принадлежности к малой родине и "
        "уважения к труду мастера.")

    b.h("6. Риски реализации программы и меры по их минимизации")
    b.table([
        ["Риск", "Вероятность", "Меры по минимизации"],
        ["Смена педагогов в группах, участвующих в программе", "средняя",
         "Наставничество, включение новых педагогов в курсовую подготовку"],
        ["Низкая активность семей", "средняя",
         "Гибкие форматы: мастерские выходного дня, онлайн-занятия, совместные выставки"],
        ["Отказ партнёров от проведения занятий на своей базе", "низкая",
         "Договоры с графиком занятий; резервный формат – выездные занятия в детском саду"],
        ["Недостаток материалов для мастерских", "низкая",
         "Использование природного и бросового материала, спонсорская помощь"],
    ], [6.0, 2.8, 8.2], center_cols=(1,))

    b.h("7. Система мониторинга реализации программы")
    b.table([
        ["Направление мониторинга", "Инструментарий", "Периодичность", "Ответственные"],
        ["–", "–", "–", "–"],
        ["–", "–", "–", "–"],
        ["–", "–", "–", "–"],
    ], [5.0, 4.5, 3.5, 4.0], center_cols=(0, 1, 2, 3))

    b.h("8. Ресурсное обеспечение программы")
    b.p("Кадровое обеспечение: 43 педагога трёх детских садов, научный консультант, специалисты "
        "городского музея (по договору).")
    b.p("Материально-техническое обеспечение: мультимедийное оборудование групп, мастерские "
        "детских садов, экспозиция городского музея.")
    b.p("Финансовое обеспечение: в пределах средств на выполнение муниципального задания; "
        "дополнительное финансирование не требуется.")
    b.p("", first_line=0)
    b.p("Руководитель сетевого ресурсного центра,", align="left", first_line=0, before=10)
    b.p("заведующий МБДОУ «Детский сад № 12 «Ладушки»\t\tО. В. Мизинова", align="left", first_line=0)
    return b


# =========================================================================
# blind_e4 — Республика Коми, ФИП (школа), «Отчёт за 2025 год».  The CLEAN one.
# Form: «Раздел N.» headings (Heading 1 with the number in the text), a passport
# table, a 14-row plan table running over a page break with a repeated header row
# (w:tblHeader) and «нет» in the deviations column, participants and money tables
# whose totals are computed here, percentages with their bases, a dated
# dissemination list within 2025, a plan for 2026, signature dated 16.01.2026.
# =========================================================================
def build_e4(Builder):
    b = Builder(font="Times New Roman", size=12, margins=(2.0, 1.5, 2.0, 3.0))

    b.p("ОТЧЁТ ЗА 2025 ГОД", bold=True, align="center", first_line=0, size=14)
    b.p("о реализации инновационного проекта федеральной инновационной площадки",
        bold=True, align="center", first_line=0)
    b.p("муниципального автономного общеобразовательного учреждения «Средняя общеобразовательная "
        "школа № 47» г. Сыктывкара (Республика Коми)", align="center", first_line=0, after=8)

    b.h("Раздел 1. Паспорт инновационного проекта")
    goal = ("создание модели двуязычной (коми-русской) образовательной среды школы, обеспечивающей "
            "развитие функциональной грамотности обучающихся и сохранение коми языка как языка "
            "повседневного общения")
    b.table([
        ["Наименование организации",
         "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная "
         "школа № 47» (МАОУ «СОШ № 47»), г. Сыктывкар"],
        ["Основание для присвоения статуса",
         "Приказ Министерства просвещения Российской Федерации от 19.12.2023 № 958 «О признании "
         "организаций федеральными инновационными площадками»"],
        ["Тема проекта",
         "«Двуязычная образовательная среда школы как ресурс развития функциональной грамотности "
         "обучающихся и сохранения коми языка»"],
        ["Нормативная база",
         "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»;\n"
         "Закон Республики Коми от 28.05.1992 «О государственных языках Республики Коми»"],
        ["Сроки реализации проекта", "2024–2028 годы"],
        ["Этап в отчётном периоде",
         "Второй (апробационный) этап: январь 2025 г. – декабрь 2026 г."],
        ["Цель проекта", goal[0].upper() + goal[1:]],
        ["Задачи проекта",
         "1. Разработать и апробировать двуязычные интегрированные занятия и курсы внеурочной "
         "деятельности для 1–11 классов.\n"
         "2. Создать цифровую библиотеку текстов на коми языке с заданиями на развитие "
         "читательской грамотности.\n"
         "3. Обеспечить подготовку педагогов к работе в двуязычной образовательной среде.\n"
         "4. Организовать распространение опыта в образовательных организациях Республики Коми "
         "и других национальных регионов."],
        ["Руководитель проекта", "Игушев Андрей Валерьевич, директор"],
        ["Научный руководитель", "Чупрова Лидия Аркадьевна, кандидат филологических наук, доцент"],
    ], [4.8, 11.7], header_rows=0, bold_first_col=True)

    b.h("Раздел 2. Цель и задачи отчётного периода")
    b.p("Цель проекта в 2025 году не изменялась: " + goal + ".")
    b.p("Задачи на 2025 год соответствовали задачам проекта 1–4 и были конкретизированы в плане "
        "работы на 2025 год, утверждённом приказом директора от 20.01.2025 № 12-од.")

    plan = [
        ("Заседание проектного совета, утверждение плана работы на 2025 год", "17.01.2025",
         "Протокол № 1; план утверждён приказом от 20.01.2025 № 12-од"),
        ("Стартовая диагностика читательской грамотности и владения коми языком (5–9 классы)",
         "03.02.2025 – 14.02.2025", "Диагностику прошли 348 обучающихся; подготовлена аналитическая справка"),
        ("Курсы повышения квалификации «Билингвальное обучение в поликультурной школе» (72 ч)",
         "март – апрель 2025 г.", "Обучены 22 педагога школы, получены удостоверения"),
        ("Республиканский семинар «Двуязычная среда школы»", "24.04.2025",
         "96 участников из 23 образовательных организаций"),
        ("Доклад на Всероссийской конференции «Родные языки в системе общего образования»", "16.05.2025",
         "Доклад, публикация тезисов"),
        ("Разработка программ двуязычных курсов внеурочной деятельности", "до 31.05.2025",
         "Разработаны и утверждены 6 программ"),
        ("Летняя языковая школа «Кывбур»", "02.06.2025 – 20.06.2025",
         "64 обучающихся 5–8 классов; итоговый фестиваль для родителей"),
        ("Выступление на республиканском августовском педагогическом совещании", "27.08.2025",
         "Представлена модель двуязычной среды школы"),
        ("Апробация двуязычных интегрированных уроков (литературное чтение, окружающий мир, история, "
         "биология)", "сентябрь – декабрь 2025 г.", "Проведено 84 урока, 11 из них – открытые"),
        ("Создание цифровой библиотеки текстов на коми языке", "в течение года",
         "Размещено 212 текстов с аудиосопровождением и заданиями"),
        ("Доклад на Всероссийской научно-практической конференции «Языковое многообразие "
         "и образование»", "14.11.2025", "Доклад, статья в сборнике материалов"),
        ("Методический фестиваль «Кыв – культура – грамотность»", "10.12.2025",
         "12 открытых занятий, 73 участника"),
        ("Итоговая диагностика 2025 года (5–9 классы)", "08.12.2025 – 19.12.2025",
         "Аналитическая справка; показатели приведены в разделе 6"),
        ("Публикация статей по теме проекта", "в течение года",
         "Опубликовано 4 статьи, в том числе 1 – в журнале из перечня ВАК"),
    ]
    b.h("Раздел 3. Выполнение плана работы за 2025 год")
    b.p("План работы на 2025 год включал %d мероприятий; все они выполнены в установленные сроки. "
        "Сведения о выполнении приведены в таблице (в графе «Отклонения от плана» указано «нет», "
        "если мероприятие проведено в запланированный срок и в запланированном объёме)." % len(plan),
        after=4)
    rows = [["№", "Мероприятие", "Срок", "Результат", "Отклонения от плана"]]
    for i, (ev, term, res) in enumerate(plan, 1):
        rows.append([str(i), ev, term, res, "нет"])
    b.table(rows, [0.9, 5.3, 2.8, 4.9, 2.6], repeat_header=True, center_cols=(0, 2, 4))

    b.h("Раздел 4. Участники реализации проекта")
    cats = [("Педагогические работники", 58, 41), ("Обучающиеся 1–4 классов", 212, 0),
            ("Обучающиеся 5–9 классов", 348, 120), ("Обучающиеся 10–11 классов", 74, 0),
            ("Родители (законные представители)", 136, 0)]
    school = sum(c[1] for c in cats)
    partners = sum(c[2] for c in cats)
    total = school + partners
    rows = [["Категория участников", "МАОУ «СОШ № 47»", "Организации-партнёры", "Всего"]]
    for name, s_, p_ in cats:
        rows.append([name, str(s_), str(p_) if p_ else "–", str(s_ + p_)])
    rows.append(["Всего", str(school), str(partners), str(total)])
    b.table(rows, [6.9, 3.3, 3.5, 2.8], bold_rows=(len(rows) - 1,), center_cols=(1, 2, 3))
    b.p("Всего в реализации проекта в 2025 году участвовали %d человек, в том числе %d представитель "
        "организаций-партнёров (%s %%). Партнёрами проекта выступают 6 организаций: республиканский "
        "институт развития образования, три общеобразовательные школы Сыктывкара и Усть-Куломского "
        "района, Национальная библиотека Республики Коми и Сыктывкарский государственный университет."
        % (total, partners, fmt_pct(partners, total)))

    b.h("Раздел 5. Финансовое обеспечение")
    money = [("Средства федерального бюджета (грант)", 1250000.00, 1198437.50),
             ("Средства республиканского бюджета", 480000.00, 480000.00),
             ("Внебюджетные средства", 126500.00, 118250.00)]
    plan_sum = sum(m[1] for m in money)
    fact_sum = sum(m[2] for m in money)
    rows = [["Источник финансирования", "План, руб.", "Факт, руб.", "Исполнение, %"]]
    for name, pl, fa in money:
        rows.append([name, fmt_money(pl), fmt_money(fa), fmt_pct(fa, pl)])
    rows.append(["Итого", fmt_money(plan_sum), fmt_money(fact_sum), fmt_pct(fact_sum, plan_sum)])
    b.table(rows, [6.5, 3.4, 3.4, 3.2], bold_rows=(len(rows) - 1,), center_cols=(1, 2, 3))
    spend = [("оплату труда педагогов, участвующих в проекте", 942300.00),
             ("приобретение оборудования и программного обеспечения", 611887.50),
             ("издательские услуги и озвучивание текстов", 242500.00)]
    assert abs(sum(s[1] for s in spend) - fact_sum) < 0.005
    b.p("Из фактически израсходованных %s руб. на %s, направлено %s руб., на %s – %s руб., "
        "на %s – %s руб. Неиспользованный остаток средств гранта в размере %s руб. возвращён "
        "в федеральный бюджет в установленном порядке."
        % (fmt_money(fact_sum), spend[0][0], fmt_money(spend[0][1]), spend[1][0], fmt_money(spend[1][1]),
           spend[2][0], fmt_money(spend[2][1]), fmt_money(money[0][1] - money[0][2])))

    b.h("Раздел 6. Результаты и показатели эффективности")
    rd = [(176, 336), (213, 348)]      # базовый уровень читательской грамотности и выше
    tc = [(18, 58), (34, 58)]          # педагоги, применяющие двуязычные технологии
    b.table([
        ["Показатель", "2024 г.", "2025 г."],
        ["Доля обучающихся 5–9 классов, выполнивших диагностику читательской грамотности на "
         "базовом уровне и выше",
         "%s %% (%d из %d)" % (fmt_pct(*rd[0]), *rd[0]), "%s %% (%d из %d)" % (fmt_pct(*rd[1]), *rd[1])],
        ["Доля педагогов школы, применяющих двуязычные технологии",
         "%s %% (%d из %d)" % (fmt_pct(*tc[0]), *tc[0]), "%s %% (%d из %d)" % (fmt_pct(*tc[1]), *tc[1])],
        ["Количество двуязычных программ внеурочной деятельности, ед.", "3", "9"],
        ["Количество текстов в цифровой библиотеке, ед.", "–", "212"],
        ["Количество публикаций по теме проекта, ед.", "2", "4"],
    ], [9.5, 3.5, 3.5], center_cols=(1, 2))
    d1 = round(100.0 * rd[1][0] / rd[1][1], 1) - round(100.0 * rd[0][0] / rd[0][1], 1)
    d2 = round(100.0 * tc[1][0] / tc[1][1], 1) - round(100.0 * tc[0][0] / tc[0][1], 1)
    b.p("За год доля обучающихся, показавших базовый уровень читательской грамотности и выше, "
        "выросла на %s п. п., доля педагогов, применяющих двуязычные технологии, – на %s п. п. "
        "Количество программ внеурочной деятельности увеличилось с 3 до 9 за счёт шести программ, "
        "разработанных в 2025 году; цифровая библиотека, которой в 2024 году ещё не было, содержит "
        "212 текстов." % (("%.1f" % d1).replace(".", ","), ("%.1f" % d2).replace(".", ",")))

    b.h("Раздел 7. Распространение опыта")
    b.p("В 2025 году опыт площадки представлен на следующих мероприятиях:")
    for t in (
        "1) 24.04.2025 – республиканский семинар «Двуязычная среда школы» на базе МАОУ «СОШ № 47» "
        "(96 участников из 23 образовательных организаций);",
        "2) 16.05.2025 – доклад на Всероссийской конференции «Родные языки в системе общего образования»;",
        "3) 27.08.2025 – выступление на республиканском августовском педагогическом совещании;",
        "4) 14.11.2025 – доклад на Всероссийской научно-практической конференции «Языковое "
        "многообразие и образование» (дистанционно);",
        "5) 10.12.2025 – методический фестиваль «Кыв – культура – грамотность» для учителей "
        "Сыктывкара и Усть-Куломского района.",
    ):
        b.p(t, first_line=0, left=0.6)

    b.h("Раздел 8. Задачи и план работы на 2026 год")
    b.p("В 2026 году, завершающем второй этап проекта, планируется:", after=4)
    b.table([
        ["№", "Мероприятие", "Срок"],
        ["1", "Пополнение цифровой библиотеки до 350 текстов", "до 30.06.2026"],
        ["2", "Межрегиональный семинар для школ национальных регионов", "апрель 2026 г."],
        ["3", "Апробация двуязычных курсов внеурочной деятельности в 10–11 классах",
         "сентябрь – декабрь 2026 г."],
        ["4", "Итоговая диагностика второго этапа, подготовка отчёта за 2026 год", "декабрь 2026 г."],
    ], [0.9, 11.6, 4.0], center_cols=(0, 2))

    b.p("Директор МАОУ «СОШ № 47»\t\t\t\tА. В. Игушев", align="left", first_line=0, before=12)
    b.p("Научный руководитель проекта\t\t\tЛ. А. Чупрова", align="left", first_line=0, before=6)
    b.p("16.01.2026", align="left", first_line=0, before=6)
    return b


DOCUMENTS = [
    ("blind_e1", build_e1),
    ("blind_e2", build_e2),
    ("blind_e3", build_e3),
    ("blind_e4", build_e4),
]




def convert_pdf(paths):
    outdir = str(DOCS)
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", "pdf", "--outdir", outdir] + [str(p) for p in paths]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF conversion")
    ap.add_argument("--only", action="append", help="build only this stem (repeatable)")
    args = ap.parse_args()
    DOCS.mkdir(parents=True, exist_ok=True)
    built = []
    for stem, fn in DOCUMENTS:
        if args.only and stem not in args.only:
            continue
        b = fn(Builder)
        built.append(b.save(stem))
        print("built", stem)
    if not args.no_pdf and built:
        convert_pdf(built)
        for p in built:
            print("pdf  ", p.with_suffix(".pdf").name)


if __name__ == "__main__":
    main()
