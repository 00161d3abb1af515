#!/usr/bin/env python3
"""Build blind test reports blind_k1..blind_k4 (.docx, .pdf, .txt).

Every report, school, person, partner and order here is fictional; all content lives in
this script.  Usage:
    python build_k.py [--no-pdf] [--out DIR]
PDFs come from LibreOffice (headless, private profile /tmp/lo_k).

Word features: Heading 1/2 styles; automatic numbering through numbering.xml (decimal
Heading 1, upper-Roman Heading 1, multi-level "1." / "1.1." bold headings, "1)" lists,
"1." lists, an upper-Roman table of contents, bullets); tables with two-row headers,
horizontal (gridSpan) and vertical (vMerge) merges, header rows repeated over page
breaks (tblHeader); landscape sections; a cover page and page-break-before paragraphs;
notes marked with * and superscript digits under tables.
"""
import argparse
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "docs"))
LO_PROFILE = "file:///tmp/lo_k"

# ---------------------------------------------------------------------------
# Block model (one tuple per block)
#   ("title", text) bold centred 13 pt / ("center", text) / ("right", text)
#   ("h", level, text)   heading; its look depends on spec["headings"]:
#        "h1auto"   Heading 1 with automatic decimal numbers «1.»; Heading 2 unnumbered
#        "typed"    Heading 1 / Heading 2 styles, numbers typed in the text
#        "boldauto" bold Normal paragraphs, automatic multi-level «1.» / «1.1.»
#        "roman"    Heading 1 with automatic upper-Roman «I.»; Heading 2 unnumbered
#   ("p", text) justified, first-line indent / ("pl", text) left / ("pi", text) italic
#   ("kv", label, value)  bold label and plain value in one paragraph
#   ("sub", text)         bold run-in line (month, year), not a heading
#   ("bul", [items])      bullets
#   ("num", [items], key, fmt[, numfmt])  automatic list; same key continues numbering
#   ("caption", text) / ("note", text) / ("blank",) / ("pb",) page break before next para
#   ("table", rows, widths_cm, opts)  opts: header=N, repeat, size, bold_rows, head_fill
#        cell: str | [paragraphs] | ("span", n, text) | None (vertical-merge continuation)
#   ("landscape",) / ("portrait",)   new section (new page) with that orientation
# ---------------------------------------------------------------------------


def roman(n):
    out = ""
    for v, s in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


class Numbering:
    def __init__(self, doc):
        self.root = doc.part.numbering_part.element
        a = [int(x.get(qn("w:abstractNumId"))) for x in self.root.findall(qn("w:abstractNum"))]
        n = [int(x.get(qn("w:numId"))) for x in self.root.findall(qn("w:num"))]
        self.na = max(a + [0]) + 1
        self.nn = max(n + [0]) + 1

    def add(self, levels):
        """levels: (numFmt, lvlText, left_twips, hanging_twips, bold)."""
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), str(self.na))
        m = OxmlElement("w:multiLevelType")
        m.set(qn("w:val"), "multilevel" if len(levels) > 1 else "singleLevel")
        an.append(m)
        for i, (fmt, text, left, hang, bold) in enumerate(levels):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(i))
            for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
                e = OxmlElement(tag)
                e.set(qn("w:val"), val)
                lvl.append(e)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(left))
            ind.set(qn("w:hanging"), str(hang))
            ppr.append(ind)
            lvl.append(ppr)
            rpr = OxmlElement("w:rPr")
            rf = OxmlElement("w:rFonts")
            for att in ("w:ascii", "w:hAnsi", "w:cs"):
                rf.set(qn(att), "Times New Roman")
            rpr.append(rf)
            if bold:
                rpr.append(OxmlElement("w:b"))
            lvl.append(rpr)
            an.append(lvl)
        first = self.root.find(qn("w:num"))
        if first is not None:
            first.addprevious(an)
        else:
            self.root.append(an)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(self.nn))
        ai = OxmlElement("w:abstractNumId")
        ai.set(qn("w:val"), str(self.na))
        num.append(ai)
        self.root.append(num)
        self.na += 1
        self.nn += 1
        return self.nn - 1


def set_numpr(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ps = ppr.find(qn("w:pStyle"))
    if ps is not None:
        ps.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def tr_flag(row, tag):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_width(cell, cm):
    tcPr = cell._tc.get_or_add_tcPr()
    w = tcPr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcPr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def fix_fonts(style, size, bold=None):
    style.font.name = "Times New Roman"
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), "Times New Roman")
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]


def setup_styles(doc, body_pt):
    st = doc.styles["Normal"]
    fix_fonts(st, body_pt)
    pf = st.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.05
    for name, size in (("Heading 1", body_pt + 1.5), ("Heading 2", body_pt + 0.5)):
        hs = doc.styles[name]
        fix_fonts(hs, size, bold=True)
        hs.font.italic = False
        hs.font.color.rgb = RGBColor(0, 0, 0)
        hs.paragraph_format.space_before = Pt(9)
        hs.paragraph_format.space_after = Pt(4)


def page_setup(section, landscape=False):
    section.left_margin = Cm(2.5 if not landscape else 1.8)
    section.right_margin = Cm(1.5)
    section.top_margin = Cm(1.7)
    section.bottom_margin = Cm(1.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)


def run(p, text, size=None, bold=False, italic=False):
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold or None
    r.italic = italic or None
    return r


def build_docx(spec, path):
    doc = Document()
    setup_styles(doc, spec.get("body_pt", 12))
    page_setup(doc.sections[0])
    nb = Numbering(doc)
    mode = spec["headings"]
    hnum = None
    if mode == "h1auto":
        hnum = nb.add([("decimal", "%1.", 432, 432, True)])
    elif mode == "roman":
        hnum = nb.add([("upperRoman", "%1.", 567, 567, True)])
    elif mode == "boldauto":
        hnum = nb.add([("decimal", "%1.", 360, 360, True), ("decimal", "%1.%2.", 567, 567, True)])
    lists = {}
    pending_pb = [False]

    def para():
        p = doc.add_paragraph()
        if pending_pb[0]:
            p.paragraph_format.page_break_before = True
            pending_pb[0] = False
        return p

    for blk in spec["blocks"]:
        k = blk[0]
        if k in ("title", "center", "right"):
            p = para()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if k == "right" else WD_ALIGN_PARAGRAPH.CENTER
            if k == "title":
                p.paragraph_format.keep_with_next = True
            run(p, blk[1], size=13 if k == "title" else None, bold=k == "title")
        elif k == "h":
            level, text = blk[1], blk[2]
            if mode == "boldauto":
                p = para()
                p.paragraph_format.space_before = Pt(9)
                p.paragraph_format.space_after = Pt(4)
                p.paragraph_format.keep_with_next = True
                run(p, text, bold=True)
                set_numpr(p, hnum, level - 1)
            else:
                p = doc.add_heading(text, level=level)
                if pending_pb[0]:
                    p.paragraph_format.page_break_before = True
                    pending_pb[0] = False
                if level == 1 and mode in ("h1auto", "roman"):
                    set_numpr(p, hnum, 0)
        elif k in ("p", "pl", "pi"):
            p = para()
            if k == "p":
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.25)
            p.paragraph_format.space_after = Pt(3)
            run(p, blk[1], italic=k == "pi")
        elif k == "kv":
            p = para()
            p.paragraph_format.space_after = Pt(2)
            run(p, blk[1], bold=True)
            run(p, " " + blk[2])
        elif k == "sub":
            p = para()
            p.paragraph_format.space_before = Pt(5)
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
            run(p, blk[1], bold=True)
        elif k == "bul":
            nid = nb.add([("bullet", "\u2022", 709, 357, False)])
            for it in blk[1]:
                p = para()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.space_after = Pt(1)
                run(p, it)
                set_numpr(p, nid, 0)
        elif k == "num":
            items, key, fmt = blk[1], blk[2], blk[3]
            numfmt = blk[4] if len(blk) > 4 else "decimal"
            if key not in lists:
                lists[key] = nb.add([(numfmt, fmt, 709, 425, False)])
            for it in items:
                p = para()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.space_after = Pt(1)
                run(p, it)
                set_numpr(p, lists[key], 0)
        elif k == "caption":
            p = para()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
            run(p, blk[1], bold=True)
        elif k == "note":
            p = para()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            run(p, blk[1], size=9.5)
        elif k == "blank":
            para()
        elif k == "pb":
            pending_pb[0] = True
        elif k in ("landscape", "portrait"):
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            page_setup(sec, landscape=k == "landscape")
        elif k == "table":
            add_table(doc, blk[1], blk[2], blk[3] if len(blk) > 3 else {})
        else:
            raise ValueError(k)
    doc.core_properties.author = spec.get("author", "")
    doc.core_properties.title = spec.get("doc_title", "")
    doc.save(path)


def add_table(doc, rows, widths, opts):
    ncols = len(widths)
    size = opts.get("size", 10)
    nhead = opts.get("header", 1)
    bold_rows = set(opts.get("bold_rows", []))
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    mh, mv = [], []
    for ri, row in enumerate(rows):
        trow = t.rows[ri]
        if ri < nhead and opts.get("repeat"):
            tr_flag(trow, "w:tblHeader")
        if opts.get("cantsplit", True):
            tr_flag(trow, "w:cantSplit")
        ci = 0
        for c in row:
            span, text = 1, c
            if isinstance(c, tuple):
                span, text = c[1], c[2]
            for j in range(span):
                cell_width(t.cell(ri, ci + j), widths[ci + j])
            if c is None:
                mv.append((ri, ci))
            else:
                cell = t.cell(ri, ci)
                paras = text if isinstance(text, list) else [text]
                for j, ptxt in enumerate(paras):
                    p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                    r = p.add_run(ptxt)
                    r.font.size = Pt(size)
                    if ri < nhead:
                        r.bold = True
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        p.paragraph_format.keep_with_next = True
                    elif ri in bold_rows or (isinstance(c, tuple) and span == ncols):
                        r.bold = True
                        if span == ncols:
                            p.paragraph_format.keep_with_next = True
                if ri < nhead and opts.get("head_fill"):
                    shade(cell, opts["head_fill"])
                if span > 1:
                    mh.append((ri, ci, ci + span - 1))
            ci += span
        if ci != ncols:
            raise ValueError("row %d has %d cells, want %d: %r" % (ri, ci, ncols, row))
    for ri, a, b in mh:
        t.cell(ri, a).merge(t.cell(ri, b))
    for ri, ci in mv:
        top = ri - 1
        while (top, ci) in mv:
            top -= 1
        t.cell(top, ci).merge(t.cell(ri, ci))
    for row in t.rows:
        for cell in row.cells:
            ps = cell.paragraphs
            while len(ps) > 1 and not ps[-1].text:
                ps[-1]._p.getparent().remove(ps[-1]._p)
                ps = cell.paragraphs
    doc.add_paragraph()


def fmt_num(fmt, numfmt, n):
    s = roman(n) if numfmt == "upperRoman" else str(n)
    return fmt.replace("%1", s)


def build_txt(spec, path):
    """Word «save as text»: a paragraph per line, automatic numbers written out,
    bullets as «•<TAB>», a table row per line with tab-separated cells (merged cell
    once, vertical continuation empty, cell paragraphs joined by a space)."""
    out = []
    hc = [0, 0]
    lists = {}
    mode = spec["headings"]
    for blk in spec["blocks"]:
        k = blk[0]
        if k in ("title", "center", "right", "p", "pl", "pi", "sub", "caption", "note"):
            out.append(blk[1])
        elif k == "kv":
            out.append(blk[1] + " " + blk[2])
        elif k == "h":
            level, text = blk[1], blk[2]
            if mode == "boldauto":
                if level == 1:
                    hc[0] += 1
                    hc[1] = 0
                    out.append("%d.\t%s" % (hc[0], text))
                else:
                    hc[1] += 1
                    out.append("%d.%d.\t%s" % (hc[0], hc[1], text))
            elif mode == "h1auto" and level == 1:
                hc[0] += 1
                out.append("%d.\t%s" % (hc[0], text))
            elif mode == "roman" and level == 1:
                hc[0] += 1
                out.append("%s.\t%s" % (roman(hc[0]), text))
            else:
                out.append(text)
        elif k == "bul":
            out.extend("\u2022\t" + it for it in blk[1])
        elif k == "num":
            items, key, fmt = blk[1], blk[2], blk[3]
            numfmt = blk[4] if len(blk) > 4 else "decimal"
            for it in items:
                lists[key] = lists.get(key, 0) + 1
                out.append(fmt_num(fmt, numfmt, lists[key]) + "\t" + it)
        elif k == "blank":
            out.append("")
        elif k in ("landscape", "portrait", "pb"):
            pass
        elif k == "table":
            for row in blk[1]:
                cells = []
                for c in row:
                    if c is None:
                        cells.append("")
                        continue
                    text = c[2] if isinstance(c, tuple) else c
                    cells.append(" ".join(text) if isinstance(text, list) else text)
                out.append("\t".join(cells))
            out.append("")
        else:
            raise ValueError(k)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


def to_pdf(docx, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# number helpers
# ---------------------------------------------------------------------------

def grp(n):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return " ".join(parts)


def rub(x):
    cents = int(round(x * 100))
    return "%s,%02d" % (grp(cents // 100), cents % 100)


def pct(a, b, nd=1):
    v = round(100.0 * a / b + 1e-9, nd)
    return (("%." + str(nd) + "f") % v).replace(".", ",")


def dash(v):
    return "\u2014" if v in (0, None) else str(v)


D = "\u2014"   # em dash used for «none» / empty
N = "\u2013"   # en dash used in ranges

# ===========================================================================
# blind_k1 — Чувашская Республика (г. Новочебоксарск): report of a network
# coordinator (городской методический центр) on a сетевая МИП of five schools,
# 2025; almost all in numbered tables «Таблица N».
# ===========================================================================

K1_TOPIC = ("«Текст в науке: сетевая модель формирования читательской грамотности на уроках "
            "естественно-научного цикла в 5–9 классах»")

K1_DUP_A = ("Работа в межшкольных парах оказалась наиболее востребованной формой сетевого "
            "взаимодействия: учителя разных школ совместно готовят задания к одному научно-популярному "
            "тексту, посещают уроки друг друга и сверяют критерии оценивания. Благодаря этому приёмы "
            "смыслового чтения перестали быть личной находкой отдельных педагогов и стали общим "
            "инструментом сети.")
# planted near-duplicate: востребованной -> результативной, сверяют -> согласуют, общим -> единым
K1_DUP_B = ("Работа в межшкольных парах оказалась наиболее результативной формой сетевого "
            "взаимодействия: учителя разных школ совместно готовят задания к одному научно-популярному "
            "тексту, посещают уроки друг друга и согласуют критерии оценивания. Благодаря этому приёмы "
            "смыслового чтения перестали быть личной находкой отдельных педагогов и стали единым "
            "инструментом сети.")

# Таблица 1: organisation, role, head of working group, teachers
K1_NET = [
    ("МАУ ДПО «Новочебоксарский городской методический центр»", "координатор сети, экспертиза продуктов",
     "Семёнова А. В.", 3),
    ("МБОУ «СОШ № 3»", "базовая площадка по биологии", "Николаева Т. П.", 9),
    ("МБОУ «Лицей № 18»", "базовая площадка по физике", "Ефимов С. А.", 11),
    ("МБОУ «Гимназия № 6»", "базовая площадка по химии", "Трофимова Л. Н.", 8),
    ("МБОУ «СОШ № 21»", "базовая площадка по географии", "Архипова Е. В.", 9),
    ("МБОУ «СОШ № 9»", "площадка-спутник (с 01.01.2025)", "Павлов Д. И.", 7),
]

# Таблица 4: organisation, pupils 5-6, pupils 7-9, teachers, parents
K1_PART = [
    ("МБОУ «СОШ № 3»", 96, 118, 9, 34),
    ("МБОУ «Лицей № 18»", 84, 142, 11, 27),
    ("МБОУ «Гимназия № 6»", 71, 103, 8, 22),
    ("МБОУ «СОШ № 21»", 58, 77, 9, 40),
    ("МБОУ «СОШ № 9»", 38, 52, 7, 0),
    ("МАУ ДПО «Городской методический центр»", 0, 0, 3, 0),
]
K1_WRONG_ROW = {"МБОУ «СОШ № 21»": 194}      # planted: 58+77+9+40 = 184


def k1():
    teachers = sum(r[3] for r in K1_NET)
    assert teachers == 47
    assert sum(K1_PART[3][1:]) == 184
    cols = [sum(r[k] for r in K1_PART) for k in (1, 2, 3, 4)]
    assert cols == [347, 492, 47, 123] and cols[0] + cols[1] == 839
    grand = sum(cols)
    assert grand == 1009
    assert pct(356, 612) == "58,2" and pct(403, 584) == "69,0"      # prose says 72 % (planted)
    assert pct(16, 47) == "34,0" and pct(36, 47) == "76,6"

    t1 = [["№", "Организация", "Роль в сети", "Руководитель рабочей группы", "Педагогов в проекте*, чел."]]
    for i, (org, role, head, n) in enumerate(K1_NET, 1):
        t1.append([str(i), org, role, head, str(n)])
    t1.append([("span", 4, "Итого педагогов"), str(teachers)])

    t2 = [["Этап", "Сроки", "Основное содержание", "Статус на 31.12.2025"],
          ["I. Подготовительный", "01.09.2024 – 31.01.2025",
           "создание рабочих групп, стартовая диагностика, программа сетевого взаимодействия", "завершён"],
          ["II. Практический", "01.02.2025 – 31.12.2026",
           "апробация приёмов смыслового чтения на уроках биологии, физики, химии и географии; "
           "наполнение банка текстов-заданий", "реализуется"],
          ["III. Обобщающий", "01.01.2027 – 31.05.2027",
           "обобщение опыта, методические рекомендации, печатный сборник заданий", "не начат"]]

    H1 = ["№", "Мероприятие", "Исполнитель", ("span", 2, "Срок"), "Участники, чел.", "Результат (продукт)"]
    H2 = [None, None, None, "план", "факт", None, None]

    def stage(t):
        return [("span", 7, t)]

    t3 = [H1, H2,
          stage("Этап I (подготовительный), 01.09.2024 – 31.01.2025: мероприятия 2025 года"),
          ["1.1", "Сетевой проектировочный семинар «Смысловое чтение в естественно-научном тексте»",
           "ГМЦ", "январь 2025", "16.01.2025", "41", "программа сетевого взаимодействия на 2025 год утверждена"],
          ["1.2", "Стартовая диагностика читательской грамотности обучающихся 5–9 классов", "все ОО сети",
           "январь 2025", "20–31.01.2025", "612", "аналитическая справка, стартовые значения показателей (таблица 5)"],
          # planted chronology: a stage I row planned and held in March 2025 (stage I ends 31.01.2025)
          ["1.3", "Разработка банка текстов-заданий «Наука в тексте» (версия 1)", "Лицей № 18",
           "март 2025", "20.03.2025", "11", "78 заданий по физике, химии, биологии и географии"],
          ["1.4", "Заседание координационного совета сети «Итоги подготовительного этапа»", "ГМЦ",
           "январь 2025", "30.01.2025", "12", "протокол № 1, решение о переходе к практическому этапу"],
          stage("Этап II (практический), 01.02.2025 – 31.12.2026: мероприятия 2025 года"),
          ["2.1", "Серия открытых уроков «Читаем условие задачи» (физика)", "Лицей № 18",
           "февраль – март 2025", "11.02–14.03.2025", "64", "6 открытых уроков, видеозаписи в сетевом банке"],
          ["2.2", "Практикум для учителей химии «Инфографика как текст»", "Гимназия № 6", "апрель 2025",
           "17.04.2025", "23", "12 заданий на чтение инфографики"],
          # planted completeness: a row of dashes
          ["2.3", "Сетевой марафон смыслового чтения «Читаем науку»", "СОШ № 3", "апрель – май 2025",
           D, D, D],
          ["2.4", "Городская конференция обучающихся «Мой первый научный текст»", "ГМЦ, СОШ № 21", "май 2025",
           "22.05.2025", "118", "37 докладов, сборник тезисов"],
          ["2.5", "Летняя проектная смена «Полевой дневник»", "СОШ № 21", "июнь 2025", "09–27.06.2025", "45",
           "9 исследовательских полевых дневников"],
          ["2.6", "Курсы повышения квалификации «Читательская грамотность в предметах естественно-научного "
                  "цикла» (36 ч)", "ГМЦ", "август 2025", "18–22.08.2025", "38", "38 удостоверений"],
          ["2.7", "Сетевой конкурс методических разработок «Текст на уроке»", "ГМЦ",
           "сентябрь – октябрь 2025", "01.09–17.10.2025", "26", "26 разработок, 8 из них включены в банк заданий"],
          ["2.8", "Межшкольные пары «Читаем вместе»: взаимопосещения уроков", "все ОО сети",
           "сентябрь – ноябрь 2025", "15.09–28.11.2025", "40", "52 взаимопосещения, карты наблюдения урока"],
          # planted completeness: «не выполнено» without a reason or a new date
          ["2.9", "Сетевая олимпиада «Научный текст» по естественно-научной грамотности", "Гимназия № 6",
           "октябрь 2025", D, D, "не выполнено"],
          ["2.10", "Семинар для родителей «Как читать с ребёнком научно-популярную книгу»", "СОШ № 9",
           "ноябрь 2025", D, D, "не проведено: болезнь ведущего специалиста; перенесено на 12.02.2026¹"],
          ["2.11", "Итоговая диагностика читательской грамотности обучающихся 5–9 классов", "все ОО сети",
           "декабрь 2025", "08–19.12.2025", "584", "аналитическая справка (раздел 5)"],
          ["2.12", "Экспертиза банка текстов-заданий (версия 2)", "ГМЦ", "декабрь 2025", "24.12.2025", "7",
           "экспертное заключение: 146 заданий рекомендованы к использованию"],
          ["2.13", "Заседание координационного совета сети «Итоги 2025 года»", "ГМЦ", "декабрь 2025",
           "26.12.2025", "12", "протокол № 4, проект плана на 2026 год"],
          ]

    t4 = [["Организация", ("span", 2, "Обучающиеся"), "Педагоги", "Родители", "Всего"],
          [None, "5–6 классы", "7–9 классы", None, None, None]]
    for org, a, b, c, d in K1_PART:
        total = K1_WRONG_ROW.get(org, a + b + c + d)
        t4.append([org, dash(a), dash(b), dash(c), dash(d), str(total)])
    t4.append(["Итого", str(cols[0]), str(cols[1]), str(cols[2]), str(cols[3]), grp(grand)])

    t5 = [["Показатель", "Ед. изм.", "Январь 2025 (стартовое значение)", "Декабрь 2025",
           "Целевое значение на май 2027"],
          ["Доля обучающихся 5–9 классов, достигших базового уровня читательской грамотности на "
           "естественно-научных текстах", "%", "58,2 (356 из 612)", "69,0 (403 из 584)", "80"],
          ["Доля педагогов сети, систематически применяющих приёмы смыслового чтения", "%",
           "34,0 (16 из 47)", "76,6 (36 из 47)", "90"],
          ["Число заданий в сетевом банке «Наука в тексте», прошедших экспертизу", "ед.", D, "146", "300"],
          ["Число открытых уроков в сетевом видеобанке", "ед.", D, "6", "24"]]

    t7 = [["№", "Дата", "Мероприятие", "Уровень", "Форма участия", "Представители сети, чел."],
          ["1", "13.03.2025", "Республиканский семинар «Функциональная грамотность: межпредметный подход»",
           "региональный", "доклад", "3"],
          ["2", "24.04.2025", "Городской фестиваль открытых уроков «Учим читать по-научному»", "муниципальный",
           "4 открытых урока", "6"],
          ["3", "08.10.2025", "Всероссийская научно-практическая конференция «Чтение в цифровую эпоху» (онлайн)",
           "федеральный", "доклад", "2"],
          # planted chronology: after the reporting period and after the signature date
          ["4", "04.02.2026", "Межрегиональный вебинар «Научный текст на уроке: опыт сетевой площадки»",
           "межрегиональный", "мастер-класс", "4"],
          ["5", "декабрь 2025", "Статья «Банк текстов-заданий как ресурс сети» в сборнике «Методический "
                                "вестник Новочебоксарска»", "муниципальный", "публикация", D + "²"]]

    blocks = [
        ("center", "Управление образования администрации города Новочебоксарска Чувашской Республики"),
        ("center", "Муниципальное автономное учреждение дополнительного профессионального образования "
                   "«Новочебоксарский городской методический центр»"),
        ("blank",),
        ("title", "ОТЧЁТ КООРДИНАТОРА СЕТИ"),
        ("title", "о деятельности сетевой муниципальной инновационной площадки за 2025 год"),
        ("center", "Тема: " + K1_TOPIC),
        ("blank",),
        ("p", "Отчёт подготовлен координатором по материалам пяти общеобразовательных организаций – "
              "участников площадки. Отчётный период – с 01.01.2025 по 31.12.2025. Количественные сведения "
              "сведены в таблицы 1–7, пояснения к ним даны кратко."),
        ("h", 1, "Общие сведения о сетевой площадке"),
        ("p", "Статус сетевой муниципальной инновационной площадки по теме " + K1_TOPIC + " присвоен "
              "приказом управления образования администрации г. Новочебоксарска от 26.08.2024 № 412 на "
              "период с 01.09.2024 по 31.05.2027. Соглашения о сетевом взаимодействии подписаны 02.09.2024. "
              "С 01.01.2025 в сеть на правах площадки-спутника вошла МБОУ «СОШ № 9» (приказ от 27.12.2024 "
              "№ 655)."),
        ("caption", "Таблица 1. Состав сети и распределение ролей"),
        ("table", t1, [0.8, 5.4, 4.6, 3.6, 2.6], {"header": 1, "size": 10, "bold_rows": [len(t1) - 1]}),
        ("note", "* Учтены педагоги, включённые в рабочие группы приказами организаций; у координатора – "
                 "методисты, сопровождающие предметные группы."),
        ("h", 1, "Этапы реализации проекта"),
        ("caption", "Таблица 2. Этапы проекта"),
        ("table", t2, [3.4, 3.6, 7.4, 2.6], {"header": 1, "size": 10}),
        ("landscape",),
        ("h", 1, "Выполнение плана мероприятий"),
        ("caption", "Таблица 3. План мероприятий на 2025 год и его выполнение"),
        ("table", t3, [1.0, 7.6, 3.2, 2.8, 2.8, 2.0, 7.0],
         {"header": 2, "repeat": True, "size": 11, "head_fill": "E2EFD9"}),
        ("note", "¹ Перенос согласован с родительским комитетом МБОУ «СОШ № 9» (протокол от 20.11.2025 № 3)."),
        ("note", "В графе «Участники» указано число участий: педагог или обучающийся мог участвовать в "
                 "нескольких мероприятиях."),
        ("portrait",),
        ("h", 1, "Участники проекта"),
        ("caption", "Таблица 4. Участники проекта в 2025 году по организациям, чел."),
        ("table", t4, [6.0, 2.2, 2.2, 2.2, 2.2, 2.2], {"header": 2, "size": 10, "bold_rows": [len(t4) - 1]}),
        ("note", "Прочерк означает, что данная категория в мероприятиях организации не участвовала."),
        ("p", "Всего в 2025 году в проекте участвовали 839 обучающихся 5–9 классов, 47 педагогов и 123 "
              "родителя (законных представителя)."),
        ("h", 1, "Результаты"),
        ("caption", "Таблица 5. Показатели результативности проекта"),
        ("table", t5, [6.6, 1.4, 3.2, 3.0, 2.8], {"header": 1, "size": 10}),
        # planted consistency: 403 of 584 is 69 %, not 72 %
        ("p", "По итогам декабрьской диагностики базового уровня достигли 403 обучающихся из 584 выполнивших "
              "работу, что составляет 72 %. Наибольший прирост отмечен в 7-х классах, где задания по физике "
              "и географии выполнялись на текстах из банка сети."),
        ("p", K1_DUP_A),
        ("pl", "Продукты 2025 года:"),
        ("bul", ["программа сетевого взаимодействия на 2025 год;",
                 "банк текстов-заданий «Наука в тексте» (версия 2, 146 заданий);",
                 "видеозаписи 6 открытых уроков «Читаем условие задачи»;",
                 "сборник тезисов городской конференции обучающихся."]),
        ("h", 1, "Кадровое обеспечение и повышение квалификации педагогов сети"),
        # planted structure: the section holds only the template instruction
        ("pi", "[Заполняется координатором сети: число педагогов, прошедших курсы повышения квалификации и "
               "стажировки в отчётном году; участие в конкурсах профессионального мастерства; изменения в "
               "составе рабочих групп.]"),
        ("h", 1, "Распространение опыта"),
        # planted structure: table numbers jump from 5 to 7
        ("caption", "Таблица 7. Мероприятия по распространению опыта"),
        ("table", t7, [0.8, 2.4, 7.4, 2.6, 2.6, 1.8], {"header": 1, "size": 10}),
        ("note", "² Для публикаций число представителей не указывается."),
        ("h", 1, "Выводы и перспективы"),
        ("p", K1_DUP_B),
        ("p", "Этап I завершён в установленный срок, практический этап реализуется всеми организациями сети."),
        ("p", "В 2026 году сеть планирует расширить банк текстов-заданий до 220 заданий, провести "
              "перенесённый семинар для родителей 12.02.2026 и к августу 2026 г. подготовить методические "
              "рекомендации по работе межшкольных пар."),
        ("blank",),
        ("pl", "Директор МАУ ДПО «Новочебоксарский городской методический центр»,"),
        ("pl", "координатор сети                                                                   А. В. Семёнова"),
        ("pl", "23.01.2026"),
    ]
    return {"name": "blind_k1", "headings": "h1auto", "blocks": blocks, "body_pt": 12,
            "author": "Семёнова А. В.", "doc_title": "Отчёт координатора сетевой МИП за 2025 год"}

# ===========================================================================
# blind_k2 — Псковская область (г. Великие Луки): РИП, детский сад, 2024/2025
# учебный год; stages in a «1)» list paragraph, events as bullets grouped under
# quarter headings (Heading 2) and month lines; typed section numbers.
# ===========================================================================

K2_TOPIC = "«Маленький краевед: образовательный маршрут «Город на Ловати» для детей 5–7 лет»"

K2_DUP_A = ("Маршрут «Город на Ловати» дал детям опыт самостоятельного открытия города: на каждой остановке "
            "ребёнок получает задание-загадку, сверяет находку с картой и рассказывает о ней сверстникам. "
            "Воспитатели отмечают, что к концу года дети подготовительных групп уверенно называют памятные "
            "места, знают имена земляков-героев и охотно делятся впечатлениями с родителями.")
# planted near-duplicate: самостоятельного -> собственного, уверенно -> свободно, охотно -> активно
K2_DUP_B = ("Маршрут «Город на Ловати» дал детям опыт собственного открытия города: на каждой остановке "
            "ребёнок получает задание-загадку, сверяет находку с картой и рассказывает о ней сверстникам. "
            "Воспитатели отмечают, что к концу года дети подготовительных групп свободно называют памятные "
            "места, знают имена земляков-героев и активно делятся впечатлениями с родителями.")

# participants: group, children, teachers, parents
K2_GROUPS = [("Старшая группа № 5 «Кораблик»", 24, 2, 21),
             ("Старшая группа № 6 «Радуга»", 25, 2, 19),
             ("Подготовительная группа № 8 «Знайки»", 26, 2, 23),
             ("Подготовительная группа № 9 «Звёздочки»", 26, 2, 22),
             ("Специалисты детского сада", 0, 5, 0)]
K2_PROSE_TOTAL = 209          # planted: 101 + 13 + 85 = 199

# diagnostics of 52 children: level, September, May
K2_DIAG = [("высокий", 7, 20), ("средний", 26, 27), ("низкий", 19, 5)]


def k2():
    ch = sum(g[1] for g in K2_GROUPS)
    te = sum(g[2] for g in K2_GROUPS)
    pa = sum(g[3] for g in K2_GROUPS)
    assert (ch, te, pa) == (101, 13, 85) and ch + te + pa == 199 != K2_PROSE_TOTAL
    assert sum(d[1] for d in K2_DIAG) == 52 == sum(d[2] for d in K2_DIAG)
    assert pct(62, 85) == "72,9"        # planted: the text says 78 %

    t1 = [["Группа", ("span", 4, "Участники, чел.")],
          [None, "дети", "педагоги", "родители", "всего"]]
    for g, c, t, p in K2_GROUPS:
        t1.append([g, dash(c), str(t), dash(p), str(c + t + p)])
    t1.append(["Итого", str(ch), str(te), str(pa), str(ch + te + pa)])

    t2 = [["Уровень", ("span", 2, "Сентябрь 2024"), ("span", 2, "Май 2025")],
          [None, "чел.", "%", "чел.", "%"]]
    for lvl, a, b in K2_DIAG:
        t2.append([lvl, str(a), pct(a, 52), str(b), pct(b, 52)])
    t2.append(["Всего", "52", "100", "52", "100"])

    t3 = [["№", "Дата", "Мероприятие", "Уровень", ("span", 2, "Участие педагогов детского сада")],
          [None, None, None, None, "форма", "чел."],
          ["1", "23.01.2025", "Городской семинар-практикум «Мини-музей в группе» (на базе детского сада)",
           "муниципальный", "организация, 3 выступления", "5"],
          ["2", "26.03.2025", "Региональная конференция «Дошкольное образование Псковщины: традиции и поиск»",
           "региональный", "доклад", "2"],
          ["3", "10.04.2025", "Муниципальный семинар «Образовательный маршрут в детском саду: от идеи до альбома»",
           "муниципальный", "открытые занятия", "6"],
          ["4", "22.05.2025", "Статья «Маршрут как образовательное пространство» в сборнике материалов "
                              "региональной конференции", "региональный", "публикация", "2"],
          ["5", "18.06.2025", "Межрегиональный онлайн-форум «Краеведение для самых маленьких»",
           "межрегиональный", "мастер-класс", "1"]]

    blocks = [
        ("center", "Муниципальное бюджетное дошкольное образовательное учреждение"),
        ("center", "«Детский сад № 27 «Светлячок»» г. Великие Луки Псковской области"),
        ("blank",),
        ("title", "ОТЧЁТ"),
        ("title", "о работе региональной инновационной площадки за 2024/2025 учебный год"),
        ("blank",),
        ("kv", "Тема проекта:", K2_TOPIC),
        ("kv", "Отчётный период:", "01.09.2024 – 31.08.2025"),
        ("kv", "Руководитель площадки:", "Лаврентьева Ольга Николаевна, заведующий"),
        ("kv", "Научный консультант:", "Гусева Ирина Павловна, кандидат педагогических наук"),
        ("h", 1, "1. Общие сведения"),
        ("p", "Статус региональной инновационной площадки присвоен детскому саду приказом Министерства "
              "образования Псковской области от 11.08.2023 № 903. Срок реализации проекта – с 01.09.2023 по "
              "31.12.2025. Проект реализуется в три этапа:"),
        ("num", ["подготовительный этап – сентябрь 2023 г. – август 2024 г. (изучение краеведческих ресурсов "
                 "города, разработка маршрута и диагностических заданий);",
                 "практический этап – сентябрь 2024 г. – февраль 2025 г. (освоение маршрута детьми старших и "
                 "подготовительных групп, совместные проекты с семьями);",
                 "аналитико-обобщающий этап – март – декабрь 2025 г. (итоговая диагностика, оформление "
                 "методических продуктов, распространение опыта)."], "stages2", "%1)"),
        ("p", "В отчётном периоде площадка завершила практический этап и приступила к аналитико-обобщающему. "
              "Мероприятия перечислены в разделе 3 по кварталам учебного года и месяцам."),
        ("h", 1, "2. Цель и задачи проекта"),
        ("p", "Цель проекта – формирование у детей 5–7 лет первичных представлений о родном городе через "
              "освоение образовательного маршрута «Город на Ловати» в совместной деятельности детей, "
              "педагогов и родителей."),
        ("pl", "Задачи:"),
        ("bul", ["создать образовательный маршрут из семи остановок с заданиями для детей разного возраста;",
                 "подготовить педагогов к проведению занятий и прогулок-экскурсий на маршруте;",
                 "вовлечь родителей в совместные краеведческие проекты;",
                 "оценить динамику краеведческих представлений детей."]),
        ("h", 1, "3. Содержание деятельности в отчётном периоде"),
        ("h", 2, "3.1. I квартал (сентябрь – ноябрь 2024 г.), практический этап"),
        ("sub", "Сентябрь"),
        ("bul", ["05.09.2024 – установочный педагогический совет «Маршрут «Город на Ловати»: задачи "
                 "практического этапа» (18 педагогов). Итог: утверждён план работы площадки на учебный год.",
                 # planted chronology: before the reporting period (01.09.2024)
                 "26.08.2024 – экскурсия для воспитателей к остановке маршрута «Крепостные валы» с научным "
                 "сотрудником краеведческого музея (9 педагогов). Итог: уточнены задания для детей на остановке.",
                 "17–20.09.2024 – входная диагностика краеведческих представлений детей подготовительных групп "
                 "(52 ребёнка). Итог: результаты приведены в разделе 5."]),
        ("sub", "Октябрь"),
        ("bul", ["10.10.2024 – семейный квест «Тайна Великолукской крепости» (31 семья). Итог: фотокнига квеста "
                 "передана в методический кабинет.",
                 # planted completeness: outcome is a dash
                 "24.10.2024 – консультация-практикум для воспитателей «Краеведческий рассказ по картине» "
                 "(16 педагогов). Итог: " + D]),
        ("sub", "Ноябрь"),
        ("bul", ["14.11.2024 – выставка детских рисунков «Мой город на Ловати» (47 детей). Итог: 12 работ "
                 "переданы в детскую библиотеку микрорайона.",
                 "28.11.2024 – открытый показ занятия «Кто построил мост?» для воспитателей города "
                 "(22 педагога). Итог: конспект размещён на сайте детского сада."]),
        ("h", 2, "3.2. II квартал (декабрь 2024 г. – февраль 2025 г.), практический этап"),
        ("sub", "Декабрь"),
        ("bul", ["12.12.2024 – мастерская для детей и родителей «Сувенир родного города» (28 семей). Итог: "
                 "56 сувениров для благотворительной ярмарки."]),
        ("sub", "Январь"),
        ("bul", ["23.01.2025 – городской семинар-практикум «Мини-музей в группе» (35 педагогов детских садов "
                 "города). Итог: 4 паспорта мини-музеев групп."]),
        ("sub", "Февраль"),
        ("bul", ["20.02.2025 – интерактивная игра «Защитники Великих Лук» для подготовительных групп "
                 "(52 ребёнка). Итог: карта «Улицы героев» с 9 памятными местами.",
                 # planted chronology: listed under February / practical stage, dated April 2025
                 "17.04.2025 – заседание проектной группы «Итоги практического этапа» (9 педагогов). Итог: "
                 "аналитическая справка о ходе практического этапа."]),
        ("h", 2, "3.3. III квартал (март – май 2025 г.), аналитико-обобщающий этап"),
        ("sub", "Март"),
        ("bul", ["13.03.2025 – творческий отчёт групп «Наш маршрут» для родителей (58 детей, 40 родителей). "
                 "Итог: видеофильм о маршруте."]),
        ("sub", "Апрель"),
        ("bul", ["10.04.2025 – муниципальный семинар «Образовательный маршрут в детском саду: от идеи до "
                 "альбома» (41 педагог). Итог: конспект размещён на сайте детского сада.",
                 # planted completeness: not held, no reason, no new date
                 "Экологическая акция «Чистый берег Ловати» – не состоялась."]),
        ("sub", "Май"),
        ("bul", ["15–23.05.2025 – итоговая диагностика краеведческих представлений детей подготовительных групп "
                 "(52 ребёнка). Итог: результаты приведены в разделе 5.",
                 "29.05.2025 – выпускной праздник-путешествие «До свидания, маршрут!» (52 ребёнка, 38 родителей). "
                 "Итог: альбом «Город на Ловати глазами детей»."]),
        ("h", 2, "3.4. IV квартал (июнь – август 2025 г.), аналитико-обобщающий этап"),
        ("sub", "Июнь"),
        ("bul", ["11.06.2025 – семейный фестиваль «Ловать – река детства» (36 семей). Итог: 14 семейных "
                 "проектов о реке."]),
        ("sub", "Июль"),
        ("bul", ["Летний краеведческий клуб «Почемучки на маршруте» – не проведён: в июле группы объединены на "
                 "время ремонта пищеблока; проведение перенесено на сентябрь 2025 г. (приказ заведующего от "
                 "30.06.2025 № 74-о)."]),
        ("sub", "Август"),
        ("bul", ["28.08.2025 – итоговый педагогический совет «Маршрут пройден: что дальше?» (19 педагогов). "
                 "Итог: решение о подготовке методического пособия."]),
        ("h", 1, "4. Участники проекта"),
        ("caption", "Таблица 1. Участники проекта в 2024/2025 учебном году"),
        ("table", t1, [7.0, 2.2, 2.2, 2.4, 2.2], {"header": 2, "size": 11, "bold_rows": [len(t1) - 1]}),
        ("note", "Прочерк – категория в работе данной группы не участвовала; специалисты работают со всеми "
                 "группами."),
        ("p", "Всего в проекте участвовали %d человек: 101 ребёнок, 13 педагогов и 85 родителей (законных "
              "представителей)." % K2_PROSE_TOTAL),
        ("h", 1, "5. Результаты реализации проекта"),
        ("caption", "Таблица 2. Уровень краеведческих представлений детей подготовительных групп"),
        ("table", t2, [4.0, 2.4, 2.4, 2.4, 2.4], {"header": 2, "size": 11, "bold_rows": [len(t2) - 1]}),
        ("p", "Доля детей с высоким уровнем выросла с 13,5 % до 38,5 %, доля детей с низким уровнем снизилась "
              "с 36,5 % до 9,6 %."),
        ("p", "В анкетировании в мае 2025 г. 62 из 85 родителей (78 %) отметили, что ребёнок по собственной "
              "инициативе рассказывает дома о прогулках по маршруту."),
        ("p", K2_DUP_A),
        ("pl", "Методические продукты отчётного периода:"),
        ("bul", ["карта-путеводитель образовательного маршрута «Город на Ловати» (7 остановок);",
                 "картотека заданий-загадок для детей 5–7 лет (42 задания);",
                 "4 паспорта мини-музеев групп;",
                 "альбом «Город на Ловати глазами детей»."]),
        # planted structure: typed numbers jump from 5 to 7
        ("landscape",),
        ("h", 1, "7. Распространение педагогического опыта"),
        ("caption", "Таблица 3. Участие педагогов в мероприятиях по распространению опыта"),
        ("table", t3, [0.9, 2.6, 11.8, 3.4, 5.4, 2.0], {"header": 2, "repeat": True, "size": 11}),
        ("portrait",),
        ("h", 1, "8. Трудности и пути их преодоления"),
        ("p", "Основной трудностью стала сезонность части остановок маршрута: зимой занятия у реки заменялись "
              "играми с макетом набережной. Для родителей, работающих посменно, задания семейных проектов "
              "переведены в электронный формат."),
        ("h", 1, "9. Выводы"),
        ("p", K2_DUP_B),
        ("p", "Задачи практического этапа решены, продукты площадки готовы к обобщению."),
        ("h", 1, "10. Перспективы"),
        ("p", "До 20 декабря 2025 г. планируется подготовить методическое пособие «Город на Ловати: маршрут для "
              "дошкольников», провести летний клуб в перенесённые сроки и представить итоги проекта на "
              "областном педагогическом форуме."),
        ("blank",),
        ("pl", "Заведующий МБДОУ «Детский сад № 27 «Светлячок»»                            О. Н. Лаврентьева"),
        ("pl", "05.09.2025"),
    ]
    return {"name": "blind_k2", "headings": "typed", "blocks": blocks, "body_pt": 12,
            "author": "Лаврентьева О. Н.", "doc_title": "Отчёт РИП за 2024/2025 учебный год"}

# ===========================================================================
# blind_k3 — Камчатский край (г. Елизово): КИП, колледж; interim report over
# two years (2024–2025); short body with bold auto-numbered «1.»/«1.1.» headings,
# a table with years as columns; the event list, partners and products in
# appendices («Приложение 1–3»), appendix 1 in a landscape section.
# ===========================================================================

K3_TOPIC = ("«Гид-проводник: практико-ориентированная модель подготовки специалистов туристского сервиса "
            "в сетевом взаимодействии с предприятиями отрасли»")

K3_DUP_A = ("Наставничество сотрудников туристских фирм изменило отношение студентов к практике: на маршруте "
            "студент отвечает за свою часть программы, ведёт группу на отрезке тропы и разбирает с "
            "наставником каждую ошибку в тот же вечер. Работодатели отмечают, что выпускники, прошедшие "
            "сетевую практику, быстрее получают допуск к самостоятельной работе с туристами.")
# planted near-duplicate: изменило -> поменяло, вечер -> день, быстрее -> скорее
K3_DUP_B = ("Наставничество сотрудников туристских фирм поменяло отношение студентов к практике: на маршруте "
            "студент отвечает за свою часть программы, ведёт группу на отрезке тропы и разбирает с "
            "наставником каждую ошибку в тот же день. Работодатели отмечают, что выпускники, прошедшие "
            "сетевую практику, скорее получают допуск к самостоятельной работе с туристами.")

# money: item, 2024, 2025
K3_MONEY = [("Транспортное обеспечение выездов на маршруты", 412600.00, 498300.00),
            ("Снаряжение (палатки, радиостанции, аптечки)", 286450.00, 74980.00),
            ("Оплата услуг наставников по договорам", 180000.00, 264000.00),
            ("Стажировки преподавателей на предприятиях", 96000.00, 112500.00)]
K3_MONEY_2025_WRITTEN = 959780.00       # planted: the rows add up to 949 780,00

# appendix 1 rows: (№, name, plan, fact, students, staff, result, responsible)
K3_EVENTS = [
    ("Этап I. Организационно-проектировочный (январь – июнь 2024 г.)",),
    ("1", "Создание рабочей группы проекта, утверждение дорожной карты", "январь 2024", "22.01.2024", 0, 9,
     "приказ о рабочей группе, дорожная карта", "Дорофеева В. Л."),
    ("2", "Заключение договоров о сетевой форме практической подготовки с предприятиями-партнёрами",
     "февраль – март 2024", "14.02–29.03.2024", 0, 6, "4 договора", "Кравец Е. А."),
    ("3", "Анкетирование работодателей «Каким должен быть гид-проводник»", "март 2024", "18–29.03.2024", 0, 31,
     "аналитическая справка, профиль компетенций", "Синицына О. Г."),
    ("4", "Разработка модулей практики «Вулканический маршрут» и «Морская прогулка по Авачинской бухте»",
     "апрель – июнь 2024", "28.06.2024", 0, 8, "2 программы модулей утверждены", "Синицына О. Г."),
    # planted chronology: listed under stage I (январь – июнь 2024), planned and held in October 2024
    ("5", "Стажировка преподавателей на турбазе предприятия-партнёра", "октябрь 2024", "15.10.2024", 0, 10,
     "10 отчётов о стажировке", "Кравец Е. А."),
    ("Этап II. Внедренческий (июль 2024 г. – июнь 2026 г.)",),
    ("6", "Первый выход студентов на «Вулканический маршрут» с наставниками", "июль – август 2024",
     "08.07–23.08.2024", 42, 11, "42 дневника практики", "Гайдамак П. Р."),
    ("7", "Конкурс профессионального мастерства «Лучший гид-проводник колледжа»", "ноябрь 2024", "21.11.2024",
     36, 7, "3 победителя, 2 студента направлены на региональный чемпионат", "Гайдамак П. Р."),
    # planted completeness: «перенесено» with no reason and no new date
    ("8", "Обновление программы профессионального модуля «Организация экскурсионных услуг»",
     "декабрь 2024 – март 2025", D, None, None, "перенесено", "Синицына О. Г."),
    ("9", "Практика на маршруте «Долина гейзеров: экскурсия без спешки»", "май – июнь 2025", "12.05–27.06.2025",
     38, 6, "38 дневников практики, 5 видеоэкскурсий", "Гайдамак П. Р."),
    # planted completeness: result cell empty
    ("10", "Летняя практика на маршрутах «Морская прогулка» и «Вулканический маршрут»", "июль – август 2025",
     "07.07–29.08.2025", 64, 14, "", "Гайдамак П. Р."),
    ("11", "Методический семинар «Наставник на тропе» для сотрудников предприятий", "сентябрь 2025",
     "25.09.2025", 0, 19, "программа школы наставников", "Дорофеева В. Л."),
    ("12", "Разработка модуля «Этнографическое стойбище» совместно с родовой общиной «Кутх»",
     "сентябрь – ноябрь 2025", "28.11.2025", 12, 5, "программа модуля, 3 пробные экскурсии", "Синицына О. Г."),
    ("13", "Краевой семинар «Практика на маршруте: сетевая модель» на базе колледжа", "октябрь 2025",
     "не проведён", None, None, "перенесён на 17.03.2026: отмена авиарейсов из районов края "
                                  "(штормовое предупреждение)", "Дорофеева В. Л."),
    ("14", "Итоговая конференция студентов «Мой маршрут»", "декабрь 2025", "16.12.2025", 74, 12,
     "18 докладов, 4 видеоролика", "Гайдамак П. Р."),
]

# appendix 2: partner, activity, mentors 2024, mentors 2025, students 2024, students 2025
K3_PARTNERS = [("ООО «Турфирма «Вулкания»»", "горные и вулканические маршруты", 5, 9, 42, 34),
               ("ООО «Авача-Марин»", "морские прогулки", 3, 6, 0, 30),
               ("ИП Ермолаев А. С., турбаза «Каменный ручей»", "экскурсии выходного дня, маршрут к гейзерам",
                4, 6, 0, 38),
               ("Родовая община «Кутх»", "этнографические программы", 2, 6, 0, 12)]


def k3():
    m24 = sum(m[1] for m in K3_MONEY)
    m25 = sum(m[2] for m in K3_MONEY)
    assert rub(m24) == "975 050,00" and rub(m25) == "949 780,00" != rub(K3_MONEY_2025_WRITTEN)
    assert 64 + 118 == 182                       # planted: the text says 172
    assert pct(30, 55) == "54,5" and pct(36, 59) == "61,0" and pct(41, 61) == "67,2"
    assert pct(3, 24) == "12,5" and pct(10, 24) == "41,7" and pct(17, 24) == "70,8"
    assert round(67.2 - 54.5, 1) == 12.7
    ev = [r for r in K3_EVENTS if len(r) > 1]
    st_sum = sum(r[4] or 0 for r in ev)
    sf_sum = sum(r[5] or 0 for r in ev)
    mentors = [sum(p[k] for p in K3_PARTNERS) for k in (2, 3, 4, 5)]
    assert mentors[0] == 14 and mentors[1] == 27
    assert mentors[2] == 42 and mentors[3] == 38 + 64 + 12

    t1 = [["Этап", "Период", "Ключевой результат этапа"],
          ["I. Организационно-проектировочный", "январь – июнь 2024 г.",
           "модель сетевой практики, договоры с партнёрами"],
          ["II. Внедренческий", "июль 2024 г. – июнь 2026 г.", "апробация модулей практики на маршрутах партнёров"],
          ["III. Рефлексивно-обобщающий", "июль – декабрь 2026 г.", "методический комплекс, тиражирование модели"]]

    t2 = [["Показатель", ("span", 3, "Значение по годам"), "Целевое значение 2026"],
          [None, "2023 (исходное значение)", "2024", "2025", None],
          ["Численность студентов – участников проекта, чел.", D, "64", "118", "150"],
          ["Доля выпускников специальности «Туризм и гостеприимство», трудоустроенных по профилю, %",
           "54,5 (30 из 55)", "61,0 (36 из 59)", "67,2 (41 из 61)", "70"],
          ["Число модулей практики на маршрутах партнёров, ед.", "0", "2", "4", "6"],
          ["Число сотрудников-наставников, чел.", "3", "14", "27", "30"],
          ["Доля преподавателей профессионального цикла, прошедших стажировку на предприятиях, %",
           "12,5 (3 из 24)", "41,7 (10 из 24)", "70,8 (17 из 24)", "75"]]

    t3 = [["Статья расходов", "2024 год", "2025 год", "Всего за два года"]]
    for name, a, b in K3_MONEY:
        t3.append([name, rub(a), rub(b), rub(a + b)])
    t3.append(["Итого", rub(m24), rub(K3_MONEY_2025_WRITTEN), rub(m24 + m25)])

    a1 = [["№", "Мероприятие", ("span", 2, "Срок"), ("span", 2, "Участники, чел."), "Результат", "Ответственный"],
          [None, None, "план", "факт", "студенты", "сотрудники, преподаватели", None, None]]
    for r in K3_EVENTS:
        if len(r) == 1:
            a1.append([("span", 8, r[0])])
        else:
            a1.append([r[0], r[1], r[2], r[3], D if not r[4] else str(r[4]), D if not r[5] else str(r[5]),
                       r[6], r[7]])
    a1.append([("span", 4, "Итого участий"), str(st_sum), str(sf_sum), "", ""])

    a2 = [["Партнёр", "Профиль", ("span", 2, "Наставники, чел."), ("span", 2, "Студенты на практике, чел.")],
          [None, None, "2024", "2025", "2024", "2025"]]
    for p in K3_PARTNERS:
        a2.append([p[0], p[1], str(p[2]), str(p[3]), dash(p[4]), dash(p[5])])
    a2.append([("span", 2, "Итого"), str(mentors[0]), str(mentors[1]), str(mentors[2]), str(mentors[3])])

    blocks = [
        ("center", "Министерство образования Камчатского края"),
        ("center", "Краевое государственное профессиональное образовательное автономное учреждение "
                   "«Елизовский колледж сервиса и туризма»"),
        ("blank",),
        ("title", "ПРОМЕЖУТОЧНЫЙ ОТЧЁТ"),
        ("title", "о реализации инновационного проекта краевой инновационной площадки за 2024–2025 годы"),
        ("center", K3_TOPIC),
        ("blank",),
        ("h", 1, "Общие сведения"),
        ("p", "Статус краевой инновационной площадки присвоен колледжу приказом Министерства образования "
              "Камчатского края от 19.12.2023 № 1174 на срок с 01.01.2024 по 31.12.2026. Отчёт охватывает "
              "первые два года реализации проекта – с 01.01.2024 по 31.12.2025 – и подготовлен по итогам "
              "этапа I и первой половины этапа II."),
        ("caption", "Таблица 1. Этапы проекта"),
        ("table", t1, [5.2, 4.4, 7.4], {"header": 1, "size": 10}),
        ("p", "Практическая подготовка студентов ведётся по договорам о сетевой форме с четырьмя предприятиями "
              "туристской отрасли края (приложение 2). Перечень мероприятий за два года приведён в "
              "приложении 1, продукты проекта – в приложении 3."),
        ("h", 1, "Цель и задачи проекта"),
        ("p", "Цель проекта – создание модели подготовки специалистов туристского сервиса, в которой "
              "значительная часть практики проходит на действующих маршрутах под руководством наставников "
              "от работодателей."),
        ("pl", "Задачи проекта:"),
        ("num", ["разработать модули практической подготовки на действующих туристских маршрутах партнёров;",
                 "организовать наставничество сотрудников предприятий для студентов 2–4 курсов;",
                 "обновить программу профессионального модуля «Организация экскурсионных услуг» с учётом "
                 "требований работодателей;",
                 "подготовить преподавателей к сопровождению практики на маршрутах."], "tasks3", "%1)"),
        ("h", 1, "Результаты за 2024–2025 годы"),
        ("h", 2, "Выполнение задач проекта"),
        ("p", "За два года разработаны и апробированы четыре модуля практики: «Вулканический маршрут», "
              "«Морская прогулка по Авачинской бухте», «Долина гейзеров: экскурсия без спешки» и "
              "«Этнографическое стойбище»."),
        ("p", K3_DUP_A),
        # planted consistency: 64 + 118 = 182
        ("p", "В 2024–2025 годах в мероприятиях проекта приняли участие 172 студента (в 2024 году – 64, в "
              "2025 году – 118), а также 27 сотрудников предприятий-партнёров."),
        ("h", 2, "Показатели результативности"),
        ("caption", "Таблица 2. Динамика показателей проекта по годам"),
        ("table", t2, [6.6, 2.8, 2.5, 2.5, 2.6], {"header": 2, "size": 10}),
        ("p", "Доля выпускников, трудоустроенных по профилю, выросла за два года на 12,7 процентного пункта."),
        ("h", 1, "Кадровые условия"),
        ("p", "В проекте работают 24 преподавателя профессионального цикла и 14 мастеров производственного "
              "обучения, всего 38 человек. В 2025 году стажировку на предприятиях-партнёрах прошли "
              "17 преподавателей из 24; двое мастеров получили удостоверения гида-проводника."),
        ("h", 1, "Финансовое обеспечение"),
        ("caption", "Таблица 3. Расходы на реализацию проекта, руб."),
        ("table", t3, [7.0, 3.2, 3.2, 3.6], {"header": 1, "size": 10, "bold_rows": [len(t3) - 1]}),
        # planted structure: a mandatory section with an empty body
        ("h", 1, "Распространение опыта"),
        ("h", 1, "Выводы и задачи на 2026 год"),
        ("p", K3_DUP_B),
        ("p", "В 2026 году колледж завершит этап II: до 30.06.2026 программа профессионального модуля будет "
              "представлена на экспертизу, а в июле – декабре 2026 г. подготовлен методический комплекс "
              "«Гид-проводник»."),
        ("pl", "Директор КГПОАУ «Елизовский колледж сервиса и туризма»                   В. Л. Дорофеева"),
        ("pl", "20.01.2026"),
        ("landscape",),
        ("right", "Приложение 1"),
        ("title", "Перечень мероприятий проекта за 2024–2025 годы"),
        ("table", a1, [0.9, 6.4, 2.6, 2.6, 2.1, 2.6, 5.5, 3.7],
         {"header": 2, "repeat": True, "size": 10, "head_fill": "DEEAF6", "bold_rows": [len(a1) - 1]}),
        ("note", "Примечание. В строке «Итого участий» учтено каждое участие: студент, прошедший две практики, "
                 "учтён дважды; поэтому итог не совпадает с численностью студентов в таблице 2."),
        ("portrait",),
        ("right", "Приложение 2"),
        ("title", "Сетевые партнёры и участие их сотрудников"),
        ("table", a2, [5.2, 4.6, 1.8, 1.8, 1.8, 1.8], {"header": 2, "size": 10, "bold_rows": [len(a2) - 1]}),
        ("note", "Прочерк – в 2024 году практика у партнёра не проводилась: маршрут готовился к приёму студентов."),
        ("right", "Приложение 3"),
        ("title", "Продукты проекта за 2024–2025 годы"),
        ("num", ["Программы модулей практики «Вулканический маршрут», «Морская прогулка по Авачинской бухте», "
                 "«Долина гейзеров: экскурсия без спешки», «Этнографическое стойбище».",
                 "Профиль компетенций гида-проводника по результатам анкетирования работодателей.",
                 "Дневник практики на маршруте: форма и методические указания.",
                 "Программа школы наставников «Наставник на тропе».",
                 "Видеотека «Экскурсия глазами студента»: 5 видеоэкскурсий и 4 видеоролика."], "prod3", "%1."),
    ]
    return {"name": "blind_k3", "headings": "boldauto", "blocks": blocks, "body_pt": 11.5,
            "author": "Дорофеева В. Л.", "doc_title": "Промежуточный отчёт КИП за 2024–2025 годы"}

# ===========================================================================
# blind_k4 — Тверская область (г. Торжок): ФИП, школа-интернат; FINAL report over
# the whole project (2023–2025) — CLEAN.  Cover page, «Содержание» as an automatic
# upper-Roman list, Heading 1 with automatic upper-Roman numbers, landscape table
# with the years as columns (two-row header, repeated), tables by year with totals.
# ===========================================================================

K4_TOPIC = ("«Сельская инженерная школа: модель ранней инженерной подготовки обучающихся из малых "
            "населённых пунктов в условиях школы-интерната»")

K4_SECTIONS = ["Общие сведения о проекте", "Цель и задачи проекта", "Реализация проекта по этапам",
               "Показатели результативности", "Участники проекта", "Финансовое обеспечение",
               "Распространение опыта", "Продукты проекта", "Выводы и перспективы"]

# Таблица 1 rows: (№, name, 2023, 2024, 2025, result); a year cell is (when, people) or None
K4_EVENTS = [
    ("Направление 1. Инженерные практики обучающихся школы-интерната",),
    ("1.1", "Летняя инженерная школа «Верхневолжье»", ("03–21.07", 48), ("01–19.07", 52), ("07–25.07", 56),
     "46 командных инженерных проектов"),
    ("1.2", "Инженерные выходные на предприятиях-партнёрах", ("октябрь – декабрь", 64),
     ("февраль – май, октябрь – декабрь", 118), ("февраль – май, октябрь – декабрь", 121),
     "62 выезда на 5 предприятий"),
    ("1.3", "Школьная конференция «Инженер из села»", ("14.12", 37), ("12.12", 45), ("11.12", 58),
     "3 сборника тезисов"),
    ("1.4", "Робототехнический турнир «Трактор будущего»", None, ("18.05", 34), ("17.05", 40),
     "турнир включён в региональный календарь мероприятий"),
    ("Направление 2. Сетевое взаимодействие с сельскими школами",),
    ("2.1", "Выездные инженерные уроки в сельских школах-партнёрах", ("ноябрь – декабрь", 86),
     ("в течение года", 212), ("в течение года", 240), "94 урока в 6 школах"),
    ("2.2", "Дистанционный кружок «Инженерная мастерская онлайн»", None, ("сентябрь – декабрь", 47),
     ("январь – декабрь", 63), "программа кружка, 38 видеозанятий"),
    ("2.3", "Профильная смена для учащихся сельских школ «Полевой инженер»", None, ("24–30.03", 30),
     ("23–29.03", 32), "2 смены на базе школы-интерната"),
    ("Направление 3. Подготовка педагогов",),
    ("3.1", "Курсы повышения квалификации «Инженерные задачи в курсах физики и технологии» (72 ч)",
     ("06–17.11", 12), ("04–15.03", 14), None, "26 удостоверений"),
    ("3.2", "Стажировки учителей сельских школ на базе школы-интерната", None, ("апрель, октябрь", 18),
     ("апрель, октябрь", 22), "40 учителей из 6 школ"),
    ("3.3", "Педагогическая мастерская «Инженерный кейс»", ("28.09", 21), ("26.09", 25), ("25.09", 27),
     "банк из 64 инженерных кейсов"),
    ("Направление 4. Мониторинг и распространение опыта",),
    ("4.1", "Мониторинг инженерной готовности обучающихся", ("декабрь", 124), ("май, декабрь", 131),
     ("май, декабрь", 138), "3 аналитических отчёта"),
    ("4.2", "Федеральный семинар «Инженерная школа в селе»", None, ("перенесён¹", 0), ("15.04", 146),
     "146 участников из 19 регионов"),
    ("4.3", "Итоговая всероссийская конференция проекта", None, None, ("20–21.11", 182),
     "сборник материалов конференции"),
]

# Таблица 3: category, 2023, 2024, 2025
K4_PART = [("Обучающиеся школы-интерната", 205, 210, 214),
           ("Обучающиеся сельских школ-партнёров", 86, 259, 303),
           ("Педагоги школы-интерната", 31, 33, 34),
           ("Педагоги сельских школ-партнёров", 12, 32, 40),
           ("Сотрудники предприятий и организаций-партнёров", 9, 14, 17)]

# Таблица 4: source, 2023, 2024, 2025
K4_MONEY = [("Областной бюджет (субсидия на инновационную деятельность)", 850000.00, 1200000.00, 1200000.00),
            ("Средства партнёров (целевые пожертвования)", 145000.00, 318700.00, 402350.00),
            ("Внебюджетные средства школы-интерната", 62400.00, 88950.50, 97120.00)]


def k4():
    ev = [r for r in K4_EVENTS if len(r) > 1]

    def ppl(c):
        return c[1] if c else 0

    year_tot = [sum(ppl(r[k]) for r in ev) for k in (2, 3, 4)]
    assert year_tot == [392, 726, 1125]
    grand = sum(year_tot)
    assert ev[0][2][1] + ev[0][3][1] + ev[0][4][1] == 156
    part_tot = [sum(p[k] for p in K4_PART) for k in (1, 2, 3)]
    assert part_tot == [343, 548, 608]
    money_y = [sum(m[k] for m in K4_MONEY) for k in (1, 2, 3)]
    money_all = sum(money_y)
    assert rub(money_all) == "4 364 520,50" and rub(money_y[1]) == "1 607 650,50"
    assert pct(2148300, money_all) == "49,2"
    for a, b, s in ((44, 196, "22,4"), (72, 205, "35,1"), (102, 210, "48,6"), (129, 214, "60,3"),
                    (14, 44, "31,8"), (17, 47, "36,2"), (19, 46, "41,3"), (23, 49, "46,9")):
        assert pct(a, b) == s, (a, b)
    assert 11 + 16 + 23 == 50

    def ycell(c):
        if c is None:
            return D + "²"
        if not c[1]:
            return c[0]
        return [c[0], "%d чел." % c[1]]

    t1 = [["№", "Мероприятие", ("span", 3, "Сроки и число участников по годам"), "Всего участий",
           "Результат"],
          [None, None, "2023", "2024", "2025", None, None]]
    for r in K4_EVENTS:
        if len(r) == 1:
            t1.append([("span", 7, r[0])])
        else:
            t1.append([r[0], r[1], ycell(r[2]), ycell(r[3]), ycell(r[4]),
                       str(ppl(r[2]) + ppl(r[3]) + ppl(r[4])), r[5]])
    t1.append([("span", 2, "Итого участий"), str(year_tot[0]), str(year_tot[1]), grp(year_tot[2]), grp(grand), ""])

    t2 = [["Показатель", "Исходное значение (2022)", ("span", 3, "Значение по годам"),
           "Целевое значение (2025)"],
          [None, None, "2023", "2024", "2025", None],
          ["Доля обучающихся школы-интерната, выполняющих инженерные проекты, %", "22,4 (44 из 196)",
           "35,1 (72 из 205)", "48,6 (102 из 210)", "60,3 (129 из 214)", "60"],
          ["Число призёров инженерных конкурсов регионального и федерального уровней, чел.", "7", "11", "16",
           "23", "20"],
          ["Число сельских школ – участников сети, ед.", "0", "4", "6", "6", "6"],
          ["Доля выпускников, поступивших на инженерные специальности, %", "31,8 (14 из 44)", "36,2 (17 из 47)",
           "41,3 (19 из 46)", "46,9 (23 из 49)", "45"],
          ["Число учителей сельских школ, прошедших стажировку (нарастающим итогом), чел.", "0", "0", "18",
           "40", "40"]]

    t3 = [["Категория участников", "2023", "2024", "2025"]]
    for p in K4_PART:
        t3.append([p[0], str(p[1]), str(p[2]), str(p[3])])
    t3.append(["Итого", str(part_tot[0]), str(part_tot[1]), str(part_tot[2])])

    t4 = [["Источник", "2023", "2024", "2025", "Итого за 2023–2025"]]
    for m in K4_MONEY:
        t4.append([m[0], rub(m[1]), rub(m[2]), rub(m[3]), rub(m[1] + m[2] + m[3])])
    t4.append(["Итого", rub(money_y[0]), rub(money_y[1]), rub(money_y[2]), rub(money_all)])

    passport = [
        ["Наименование проекта", K4_TOPIC],
        ["Статус и основание", "федеральная инновационная площадка; приказ Министерства просвещения Российской "
                               "Федерации от 19.12.2022 № 1143"],
        ["Срок реализации", "01.01.2023 – 31.12.2025"],
        ["Этапы", ["этап 1 – подготовительный: 01.01.2023 – 31.12.2023;",
                   "этап 2 – основной: 01.01.2024 – 31.12.2024;",
                   "этап 3 – завершающий: 01.01.2025 – 31.12.2025."]],
        ["Отчётный период", "весь срок реализации проекта"],
        ["Сетевые партнёры", "шесть сельских школ Торжокского и Кувшиновского муниципальных округов, "
                             "политехнический колледж, пять предприятий агропромышленного комплекса"],
    ]

    blocks = [
        ("center", "Министерство образования Тверской области"),
        ("center", "Государственное бюджетное общеобразовательное учреждение"),
        ("center", "«Верхневолжская инженерная школа-интернат»"),
        ("blank",), ("blank",), ("blank",), ("blank",), ("blank",), ("blank",),
        ("title", "ИТОГОВЫЙ ОТЧЁТ"),
        ("title", "о реализации инновационного проекта федеральной инновационной площадки"),
        ("blank",),
        ("title", K4_TOPIC),
        ("blank",),
        ("center", "Период реализации проекта: 2023–2025 годы"),
        ("blank",), ("blank",), ("blank",), ("blank",),
        ("right", "Руководитель проекта: Корнилов Андрей Викторович, директор"),
        ("right", "Научный руководитель: Белозёрова Наталья Сергеевна, доктор педагогических наук"),
        ("blank",), ("blank",), ("blank",), ("blank",), ("blank",), ("blank",), ("blank",), ("blank",),
        ("center", "Торжок – 2026"),
        ("pb",),
        ("title", "Содержание"),
        ("num", K4_SECTIONS, "toc4", "%1.", "upperRoman"),
        ("h", 1, K4_SECTIONS[0]),
        ("caption", "Паспорт проекта"),
        ("table", passport, [4.6, 12.4], {"header": 0, "size": 11}),
        ("p", "Школа-интернат принимает обучающихся 7–11 классов из малых населённых пунктов области. Отчёт "
              "подводит итоги всех трёх этапов проекта; сведения за каждый год приведены в таблицах по годам."),
        ("h", 1, K4_SECTIONS[1]),
        ("p", "Цель проекта – разработка и внедрение модели ранней инженерной подготовки обучающихся из малых "
              "населённых пунктов, сочетающей обучение в школе-интернате, практики на предприятиях и сетевое "
              "взаимодействие с сельскими школами."),
        ("pl", "Задачи проекта:"),
        ("num", ["Разработать программы инженерных практик для обучающихся 7–11 классов.",
                 "Создать сеть сельских школ-партнёров и организовать в ней выездные и дистанционные занятия.",
                 "Подготовить педагогов школы-интерната и сельских школ к решению инженерных задач с "
                 "обучающимися.",
                 "Оценить результативность модели и распространить опыт."], "tasks4", "%1."),
        ("landscape",),
        ("h", 1, K4_SECTIONS[2]),
        ("h", 2, "Этап 1 (2023 год) – подготовительный"),
        ("p", "Разработана модель сетевого взаимодействия, заключены соглашения с четырьмя сельскими школами и "
              "двумя предприятиями агропромышленного комплекса, подготовлена программа летней инженерной "
              "школы. В ноябре 2023 г. проведены первые курсы повышения квалификации педагогов."),
        ("h", 2, "Этап 2 (2024 год) – основной"),
        ("p", "Сеть расширена до шести сельских школ, начали работу дистанционный кружок и профильная смена "
              "«Полевой инженер». Федеральный семинар, запланированный на ноябрь 2024 г., перенесён на апрель "
              "2025 г. решением организационного комитета (см. примечание к таблице 1)."),
        ("h", 2, "Этап 3 (2025 год) – завершающий"),
        ("p", "Проведены федеральный семинар и итоговая всероссийская конференция, подготовлены методические "
              "рекомендации, обобщены результаты трёхлетнего мониторинга."),
        ("caption", "Таблица 1. Ключевые мероприятия проекта по годам"),
        ("table", t1, [1.0, 7.4, 3.6, 3.8, 3.8, 1.9, 4.9],
         {"header": 2, "repeat": True, "size": 10, "head_fill": "FBE4D5", "bold_rows": [len(t1) - 1]}),
        ("note", "¹ Семинар был запланирован на ноябрь 2024 г.; из-за совпадения сроков с муниципальным этапом "
                 "всероссийской олимпиады школьников перенесён и проведён 15.04.2025."),
        ("note", "² Прочерк – мероприятие в этом году не планировалось."),
        ("note", "Графа «Всего участий» – сумма участий за три года; один человек мог участвовать в мероприятии "
                 "несколько раз, поэтому итоги больше численности участников (таблица 3)."),
        ("portrait",),
        ("h", 1, K4_SECTIONS[3]),
        ("caption", "Таблица 2. Достижение целевых показателей проекта"),
        ("table", t2, [5.8, 2.4, 2.2, 2.2, 2.2, 2.2], {"header": 2, "size": 10}),
        ("p", "Все целевые показатели достигнуты. Доля обучающихся, выполняющих инженерные проекты, выросла с "
              "22,4 % до 60,3 %, доля выпускников, поступивших на инженерные специальности, – с 31,8 % до "
              "46,9 %. Число призёров инженерных конкурсов за три года составило 50 человек (11 + 16 + 23)."),
        ("h", 1, K4_SECTIONS[4]),
        ("caption", "Таблица 3. Участники проекта по годам, чел."),
        ("table", t3, [8.6, 2.8, 2.8, 2.8], {"header": 1, "size": 11, "bold_rows": [len(t3) - 1]}),
        ("note", "Численность указана на конец календарного года; участники разных лет не суммируются."),
        ("p", "В 2025 году в проекте участвовали 608 человек, в том числе 303 обучающихся шести сельских "
              "школ-партнёров."),
        ("h", 1, K4_SECTIONS[5]),
        ("caption", "Таблица 4. Финансирование проекта по годам, руб."),
        ("table", t4, [5.6, 2.7, 2.8, 2.8, 3.1], {"header": 1, "size": 10, "bold_rows": [len(t4) - 1]}),
        ("p", "Почти половина средств – 2 148 300,00 руб. (49,2 %) – направлена на оснащение инженерной "
              "мастерской и робототехнической лаборатории, остальные – на проведение практик, выездных "
              "уроков и повышение квалификации."),
        ("h", 1, K4_SECTIONS[6]),
        ("sub", "2023 год"),
        ("bul", ["26.10.2023 – выступление на областном совещании руководителей сельских школ «Инженерный "
                 "профиль в малой школе»;",
                 "14.12.2023 – открытая конференция «Инженер из села» с участием представителей четырёх "
                 "сельских школ."]),
        ("sub", "2024 год"),
        ("bul", ["18.04.2024 – мастер-класс «Инженерный кейс на уроке физики» на всероссийском форуме "
                 "сельских школ (онлайн);",
                 "10.10.2024 – статья «Школа-интернат как ресурсный центр инженерного образования села» в "
                 "журнале «Вестник сельской школы»."]),
        ("sub", "2025 год"),
        ("bul", ["15.04.2025 – федеральный семинар «Инженерная школа в селе» на базе школы-интерната;",
                 "20–21.11.2025 – итоговая всероссийская конференция проекта, издан сборник материалов."]),
        ("h", 1, K4_SECTIONS[7]),
        ("num", ["Модель ранней инженерной подготовки обучающихся из малых населённых пунктов: описание и "
                 "схема сетевого взаимодействия.",
                 "Программа летней инженерной школы «Верхневолжье».",
                 "Программа дистанционного кружка «Инженерная мастерская онлайн».",
                 "Банк из 64 инженерных кейсов для уроков физики и технологии.",
                 "Методические рекомендации «Выездной инженерный урок в сельской школе».",
                 "Сборник материалов итоговой всероссийской конференции проекта."], "prod4", "%1."),
        ("h", 1, K4_SECTIONS[8]),
        ("p", "Проект реализован в полном объёме и в установленный срок; целевые показатели 2025 года "
              "достигнуты или превышены. Модель ранней инженерной подготовки работает в школе-интернате и "
              "шести сельских школах-партнёрах."),
        ("p", "В 2026 году планируется включить программу летней инженерной школы в региональный реестр "
              "дополнительных общеобразовательных программ и расширить сеть до девяти сельских школ."),
        ("blank",),
        ("pl", "Директор ГБОУ «Верхневолжская инженерная школа-интернат»                  А. В. Корнилов"),
        ("pl", "27.01.2026"),
    ]
    return {"name": "blind_k4", "headings": "roman", "blocks": blocks, "body_pt": 11.5,
            "author": "Корнилов А. В.", "doc_title": "Итоговый отчёт ФИП за 2023–2025 годы"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--out", default=DEFAULT_OUT)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for fn in (k1, k2, k3, k4):
        spec = fn()
        base = os.path.join(a.out, spec["name"])
        build_docx(spec, base + ".docx")
        build_txt(spec, base + ".txt")
        if not a.no_pdf:
            to_pdf(base + ".docx", a.out)
        print("built", spec["name"])


if __name__ == "__main__":
    main()
