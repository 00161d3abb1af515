#!/usr/bin/env python3
"""Build blind test documents blind_m1..blind_m4 (.docx, .pdf, .txt).

Every word of content is in this script; schools, people, orders, partners and sums are fictional.

    python build_m.py [--no-pdf] [--out DIR]

PDFs come from LibreOffice (headless, private profile /tmp/lo_m).

Word features: Heading 1 / Heading 2 styles, automatic numbering through numbering.xml
(multi-level "1." / "3.1." headings, "Раздел 1." headings, numbered questions continued across
parts, "1)" lists, bullets), tables with two-row headers, horizontal (gridSpan) and vertical
(vMerge) merges, header rows repeated after page breaks (tblHeader), landscape sections,
a cover page followed by a typed table of contents with dot leaders, notes under tables.
"""
import argparse
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "docs"))
LO_PROFILE = "file:///tmp/lo_m"

# ---------------------------------------------------------------------------
# Block model
#   ("title", text) ("center", text) ("cbold", text) ("right", text)   short lines
#   ("h", level, text)     Heading 1/2 style; if spec["hnum"] is set, automatic numbers
#                          from numbering.xml (spec["hnum"] = list of (numFmt, lvlText))
#   ("q", text)            bold question with automatic "%1." numbering (one list per doc)
#   ("p", text)            justified paragraph, first-line indent
#   ("pl", text)           left-aligned paragraph
#   ("bul", [items])       bulleted list
#   ("num", [items], key, fmt)  automatic numbered list ("%1)" / "%1."); same key continues
#   ("caption", text) ("note", text)
#   ("toc", text, page)    table-of-contents line: right tab with dot leader
#   ("table", rows, widths_cm, opts)  opts: header=N, repeat, size, bold_rows, head_fill;
#        cell: str | [paragraphs] | ("span", n, text) | None (continues the cell above)
#   ("landscape",) ("portrait",)  new section
#   ("newpage",)           the next paragraph starts a new page (pageBreakBefore)
#   ("blank",)
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
        absids = [int(a.get(qn("w:abstractNumId"))) for a in self.root.findall(qn("w:abstractNum"))]
        numids = [int(a.get(qn("w:numId"))) for a in self.root.findall(qn("w:num"))]
        self.next_abs = max(absids + [0]) + 1
        self.next_num = max(numids + [0]) + 1

    def add(self, levels):
        """levels: list of (numFmt, lvlText, left_twips, hanging_twips, bold)."""
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(self.next_abs))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "multilevel" if len(levels) > 1 else "singleLevel")
        a.append(mlt)
        for i, (fmt, text, left, hang, bold) in enumerate(levels):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(i))
            for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
                el = OxmlElement(tag)
                el.set(qn("w:val"), val)
                lvl.append(el)
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
            a.append(lvl)
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            self.root.append(a)
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(self.next_num))
        ai = OxmlElement("w:abstractNumId")
        ai.set(qn("w:val"), str(self.next_abs))
        n.append(ai)
        self.root.append(n)
        self.next_abs += 1
        self.next_num += 1
        return self.next_num - 1


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


def row_prop(row, tag):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell_width(cell, cm):
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


def fonts(style, size, bold=None):
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


def setup(doc, body_pt):
    st = doc.styles["Normal"]
    fonts(st, body_pt)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.05
    for name, size in (("Heading 1", body_pt + 1), ("Heading 2", body_pt)):
        hs = doc.styles[name]
        fonts(hs, size, bold=True)
        hs.font.italic = False
        hs.font.color.rgb = RGBColor(0, 0, 0)
        hs.paragraph_format.space_before = Pt(9)
        hs.paragraph_format.space_after = Pt(4)
        hs.paragraph_format.keep_with_next = True


def page(section, landscape=False):
    section.left_margin = Cm(2.0 if landscape else 2.5)
    section.right_margin = Cm(1.5)
    section.top_margin = Cm(1.7)
    section.bottom_margin = Cm(1.7)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = Cm(29.7 if landscape else 21)
    section.page_height = Cm(21 if landscape else 29.7)


def run(p, text, size=None, bold=False, italic=False):
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold = bold or None
    r.italic = italic or None
    return r


def build_docx(spec, path):
    doc = Document()
    setup(doc, spec.get("body_pt", 12))
    page(doc.sections[0])
    nb = Numbering(doc)
    head_id = None
    if spec.get("hnum"):
        head_id = nb.add([(fmt, txt, 567 + 284 * i, 567 + 284 * i if "Раздел" not in txt else 1418, False)
                          for i, (fmt, txt) in enumerate(spec["hnum"])])
    q_id = None
    lists = {}
    newpage = False

    def para():
        nonlocal newpage
        p = doc.add_paragraph()
        if newpage:
            p.paragraph_format.page_break_before = True
            newpage = False
        return p

    for blk in spec["blocks"]:
        k = blk[0]
        if k in ("title", "center", "cbold", "right"):
            p = para()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if k == "right" else WD_ALIGN_PARAGRAPH.CENTER
            run(p, blk[1], size=14 if k == "title" else None, bold=k in ("title", "cbold"))
        elif k == "h":
            level, text = blk[1], blk[2]
            p = doc.add_heading(text, level=level)
            if newpage:
                p.paragraph_format.page_break_before = True
                newpage = False
            if head_id is not None:
                set_numpr(p, head_id, level - 1)
        elif k == "q":
            if q_id is None:
                q_id = nb.add([("decimal", "%1.", 567, 567, True)])
            p = para()
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
            run(p, blk[1], bold=True)
            set_numpr(p, q_id, 0)
        elif k in ("p", "pl"):
            p = para()
            if k == "p":
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.25)
            p.paragraph_format.space_after = Pt(3)
            run(p, blk[1])
        elif k == "bul":
            nid = nb.add([("bullet", "\u2022", 709, 357, False)])
            for it in blk[1]:
                p = para()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                run(p, it)
                set_numpr(p, nid, 0)
        elif k == "num":
            items, key, fmt = blk[1], blk[2], blk[3]
            if key not in lists:
                lists[key] = nb.add([("decimal", fmt, 709, 425, False)])
            for it in items:
                p = para()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.space_after = Pt(2)
                run(p, it)
                set_numpr(p, lists[key], 0)
        elif k == "caption":
            p = para()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
            run(p, blk[1], italic=True)
        elif k == "note":
            p = para()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            run(p, blk[1], size=10)
        elif k == "toc":
            p = para()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.paragraph_format.space_after = Pt(4)
            run(p, blk[1] + "\t" + str(blk[2]))
        elif k == "blank":
            para()
        elif k == "newpage":
            newpage = True
        elif k in ("landscape", "portrait"):
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            page(sec, landscape=k == "landscape")
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
    merges_h, merges_v = [], []
    for ri, row in enumerate(rows):
        ci = 0
        trow = t.rows[ri]
        if ri < nhead and opts.get("repeat"):
            row_prop(trow, "w:tblHeader")
        if opts.get("cantsplit", True):
            row_prop(trow, "w:cantSplit")
        for c in row:
            span, text = 1, c
            if isinstance(c, tuple):
                span, text = c[1], c[2]
            for j in range(span):
                set_cell_width(t.cell(ri, ci + j), widths[ci + j])
            if c is None:
                merges_v.append((ri, ci))
            else:
                cell = t.cell(ri, ci)
                for j, ptxt in enumerate(text if isinstance(text, list) else [text]):
                    p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
                    r = p.add_run(ptxt)
                    r.font.size = Pt(size)
                    whole = isinstance(c, tuple) and span == ncols
                    if ri < nhead or whole:
                        p.paragraph_format.keep_with_next = True
                    if ri < nhead:
                        r.bold = True
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif ri in bold_rows or (whole and opts.get("span_bold", True)):
                        r.bold = True
                if ri < nhead and opts.get("head_fill"):
                    shade(cell, opts["head_fill"])
                if span > 1:
                    merges_h.append((ri, ci, ci + span - 1))
            ci += span
        if ci != ncols:
            raise ValueError("row %d has %d columns, expected %d: %r" % (ri, ci, ncols, row))
    for ri, a, b in merges_h:
        t.cell(ri, a).merge(t.cell(ri, b))
    for ri, ci in merges_v:
        top = ri - 1
        while (top, ci) in merges_v:
            top -= 1
        t.cell(top, ci).merge(t.cell(ri, ci))
    for row in t.rows:
        for cell in row.cells:
            ps = cell.paragraphs
            while len(ps) > 1 and not ps[-1].text:
                ps[-1]._p.getparent().remove(ps[-1]._p)
                ps = cell.paragraphs
    doc.add_paragraph()


def fmt_level(fmt, text, counters):
    out = text
    for i, c in enumerate(counters):
        val = roman(c) if fmt == "upperRoman" and i == len(counters) - 1 else str(c)
        out = out.replace("%%%d" % (i + 1), val)
    return out


def build_txt(spec, path):
    """Word «save as text»: one paragraph per line, automatic numbers written out and followed
    by a tab, bullets as •<TAB>, table rows one per line with tab-separated cells, a merged cell
    once, a vertical-merge continuation as an empty cell, repeated header rows once."""
    out = []
    hc = [0, 0, 0]
    qn_ = 0
    lists = {}
    for blk in spec["blocks"]:
        k = blk[0]
        if k in ("title", "center", "cbold", "right", "p", "pl", "caption", "note"):
            out.append(blk[1])
        elif k == "h":
            level, text = blk[1], blk[2]
            if spec.get("hnum"):
                hc[level - 1] += 1
                for j in range(level, len(hc)):
                    hc[j] = 0
                fmt, lt = spec["hnum"][level - 1]
                out.append(fmt_level(fmt, lt, hc[:level]) + "\t" + text)
            else:
                out.append(text)
        elif k == "q":
            qn_ += 1
            out.append("%d.\t%s" % (qn_, blk[1]))
        elif k == "bul":
            out.extend("\u2022\t" + it for it in blk[1])
        elif k == "num":
            items, key, fmt = blk[1], blk[2], blk[3]
            for it in items:
                lists[key] = lists.get(key, 0) + 1
                out.append(fmt.replace("%1", str(lists[key])) + "\t" + it)
        elif k == "toc":
            out.append("%s\t%s" % (blk[1], blk[2]))
        elif k == "blank":
            out.append("")
        elif k in ("landscape", "portrait", "newpage"):
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
    """money: 1947300 -> '1 947 300,00'; 0 -> '—'."""
    if x == 0:
        return "\u2014"
    whole, frac = ("%.2f" % x).split(".")
    return grp(int(whole)) + "," + frac


def pct(a, b, nd=1):
    v = round(100.0 * a / b + 1e-9, nd)
    return (("%." + str(nd) + "f") % v).replace(".", ",")


def cnt(v):
    return "\u2014" if v == 0 else str(v)



# ===========================================================================
# blind_m1 — Республика Северная Осетия – Алания, сетевая РИП (школа, детский сад, ДДТ),
#            годовой отчёт за 2025 год; sub-report per network member («3.1.», «3.2.», «3.3.»)
# ===========================================================================

M1_TOPIC = ("«Родной язык в трёх пространствах: сетевая модель билингвального развития "
            "детей 5–12 лет»")
M1_GOAL = ("создать и апробировать сетевую модель, в которой детский сад, школа и организация "
           "дополнительного образования совместно обеспечивают ежедневную практику осетинской "
           "речи у детей 5–12 лет")

M1_DUP_A = ("В школе сложилась устойчивая практика двуязычных занятий: на уроках и во внеурочной "
            "деятельности учителя чередуют русский и осетинский языки по заранее согласованной схеме, "
            "а обучающиеся начальных классов готовят короткие сообщения о своей семье и родном селе. "
            "Родители отмечают, что дети чаще используют осетинскую речь в домашнем общении.")
# planted near-duplicate: устойчивая -> прочная, чередуют -> сочетают, чаще -> охотнее
M1_DUP_B = ("В школе сложилась прочная практика двуязычных занятий: на уроках и во внеурочной "
            "деятельности учителя сочетают русский и осетинский языки по заранее согласованной схеме, "
            "а обучающиеся начальных классов готовят короткие сообщения о своей семье и родном селе. "
            "Родители отмечают, что дети охотнее используют осетинскую речь в домашнем общении.")

# network events: (title, date, school, kindergarten, ddt, written total, result)
M1_NET = [
    ("Координационный совет сети (установочное заседание)", "20.01.2025", 4, 2, 2, None,
     "утверждены планы трёх организаций на 2025 год"),
    ("Межорганизационный семинар «Единые подходы к билингвальному обучению»", "27.02.2025", 9, 7, 5, None,
     "принята схема чередования языков по возрастам"),
    ("Совместный спектакль по мотивам нартского эпоса", "18.04.2025", 22, 14, 9, None,
     "два показа, около 230 зрителей"),
    ("Сетевой праздник ко Дню осетинского языка и литературы", "15.05.2025", 118, 40, 31, None,
     "концерт и языковые площадки в трёх зданиях"),
    # planted consistency: 38 + 16 + 21 = 75, written 78
    ("Семейный конкурс «Говорим дома»", "10.10.2025", 38, 16, 21, 78,
     "27 семейных видеорассказов, 6 победителей"),
    ("Курсы повышения квалификации «Методика обучения родному языку в поликультурной среде» (72 ч)",
     "октябрь – ноябрь 2025", 6, 5, 3, None, "удостоверения у 14 педагогов"),
    ("Сетевая олимпиада по осетинскому языку для 3–6 классов", "20.11.2025", 64, 0, 18, None,
     "призёры приглашены на республиканский этап"),
    ("Итоговый координационный совет", "16.12.2025", 4, 2, 2, None,
     "итоги года, проект плана на 2026 год"),
]

# participants: (category, school, kindergarten, ddt)
M1_PART = [("Педагогические работники", 9, 7, 5), ("Обучающиеся, воспитанники", 186, 94, 67),
           ("Родители (законные представители)", 140, 88, 41), ("Социальные партнёры*", 2, 0, 1)]


def m1():
    col = [sum(r[i] for r in M1_PART) for i in (1, 2, 3)]
    grand = sum(col)
    assert col == [337, 189, 114] and grand == 640
    assert 186 + 94 + 67 == 347
    assert pct(64, 94, 0) == "68" and pct(71, 186, 0) == "38" and pct(17, 21, 0) == "81"
    assert pct(43, 67, 0) == "64"            # planted: the text says 72 %
    wrong = [e for e in M1_NET if e[5] is not None]
    assert len(wrong) == 1 and sum(wrong[0][2:5]) == 75 != wrong[0][5]

    def plan(rows):
        return [["№", "Мероприятие", "Срок", "Отметка о выполнении", "Результат"]] + rows

    W_PLAN = [0.9, 10.0, 3.6, 3.4, 8.3]

    net = [["№", "Мероприятие", "Дата", ("span", 4, "Участники, чел."), "Результат"],
           [None, None, None, "СОШ № 52", "Д/с № 74", "ДДТ «Фарн»", "Всего*", None]]
    for i, (t, d, a, b, c, w, res) in enumerate(M1_NET, 1):
        net.append([str(i), t, d, cnt(a), cnt(b), cnt(c), str(w if w is not None else a + b + c), res])

    part = [["Категория участников", ("span", 3, "Организации сети"), "Всего"],
            [None, "СОШ № 52", "Д/с № 74", "ДДТ «Фарн»", None]]
    for c, a, b, d in M1_PART:
        part.append([c, cnt(a), cnt(b), cnt(d), str(a + b + d)])
    part.append(["Итого", str(col[0]), str(col[1]), str(col[2]), str(grand)])

    blocks = [
        ("center", "Министерство образования и науки Республики Северная Осетия – Алания"),
        ("center", "Сетевая региональная инновационная площадка"),
        ("blank",),
        ("title", "ОТЧЁТ"),
        ("title", "о реализации сетевого инновационного проекта в 2025 году"),
        ("center", "г. Владикавказ"),
        ("h", 1, "Общие сведения о сетевой площадке"),
        ("table", [
            ["Тема проекта", M1_TOPIC],
            ["Участники сети", ["МБОУ «Средняя общеобразовательная школа № 52» г. Владикавказа "
                                "(базовая организация);",
                                "МБДОУ «Детский сад № 74 «Чинар»»;",
                                "МБУ ДО «Дом детского творчества «Фарн»»"]],
            ["Основание", "приказ Министерства образования и науки Республики Северная Осетия – Алания "
                          "от 18.12.2023 № 1146 «О присвоении статуса региональной инновационной площадки»"],
            ["Срок реализации проекта", "01.01.2024 – 31.12.2026"],
            ["Этапы проекта", ["I (подготовительный): январь – август 2024 г.;",
                               "II (внедренческий): сентябрь 2024 – декабрь 2025 г.;",
                               "III (обобщающий): январь – декабрь 2026 г."]],
            ["Отчётный период", "01.01.2025 – 31.12.2025"],
            ["Координатор сети", "Дзуцева Залина Казбековна, заместитель директора МБОУ «СОШ № 52»"],
        ], [4.8, 12.2], {"header": 0, "size": 11}),
        ("p", "Договор о сетевом взаимодействии заключён между тремя организациями 15.01.2024; "
              "дополнительным соглашением от 10.01.2025 в него внесён раздел о совместном использовании "
              "помещений и костюмерной Дома детского творчества."),
        ("h", 1, "Цель и задачи проекта на 2025 год"),
        ("p", "Цель проекта – " + M1_GOAL + "."),
        ("pl", "Задачи 2025 года:"),
        ("num", [
            "апробировать в трёх организациях единую программу «Мой язык – мой дом» для детей 5–12 лет;",
            "проводить совместные мероприятия детей разного возраста на осетинском языке;",
            "вовлечь родителей в языковую практику в семье;",
            "провести промежуточный мониторинг речевых умений детей на родном языке;",
            "подготовить к изданию методические материалы сети.",
        ], "m1tasks", "%1)"),
        ("landscape",),
        ("h", 1, "Выполнение плана участниками сети"),
        ("p", "Каждая организация работала по собственному плану, согласованному на заседании "
              "координационного совета 20.01.2025. Ниже приведены отчёты организаций в порядке, "
              "принятом в договоре о сетевом взаимодействии."),
        ("h", 2, "МБОУ «СОШ № 52» (базовая организация)"),
        ("p", "Ответственный за реализацию проекта в учреждении – Гагиева Мадина Руслановна, учитель "
              "осетинского языка и литературы. В 2025 году в проекте участвовали 9 педагогов и "
              "186 обучающихся 1–6 классов."),
        ("caption", "Таблица 3.1. План и выполнение мероприятий МБОУ «СОШ № 52»"),
        ("table", plan([
            ["1", "Введение курса внеурочной деятельности «Мой язык – мой дом» во 2–4 классах", "сентябрь 2025",
             "выполнено", "курс ведётся в 6 классах, 142 обучающихся"],
            # planted completeness: done, empty result
            ["2", "Открытый урок-квест «Тропами нартов» для учителей города", "12.03.2025", "выполнено", ""],
            ["3", "Конкурс чтецов по произведениям К. Л. Хетагурова", "15.10.2025", "выполнено",
             "48 участников, 9 призёров"],
            ["4", "Выпуск двуязычной школьной газеты «Ног бон»", "ежеквартально", "выполнено",
             "4 выпуска по 200 экземпляров"],
            # planted chronology: held after the period and after the report's date
            ["5", "Мастерская для учителей начальных классов «Билингвальный урок»", "19.02.2026", "выполнено",
             "14 педагогов, сборник конспектов"],
        ]), W_PLAN, {"header": 1, "repeat": True, "size": 10}),
        ("p", M1_DUP_A),
        ("h", 2, "МБДОУ «Детский сад № 74 «Чинар»»"),
        ("p", "Ответственный за реализацию проекта в учреждении – Цаликова Фатима Аслановна, старший "
              "воспитатель. В 2025 году в проекте участвовали 7 педагогов и 94 воспитанника 5–7 лет "
              "четырёх старших и подготовительных групп."),
        ("caption", "Таблица 3.2. План и выполнение мероприятий МБДОУ «Детский сад № 74 «Чинар»»"),
        ("table", plan([
            ["1", "Игровые языковые сеансы в старших и подготовительных группах", "январь – декабрь 2025",
             "выполнено", "4 группы, 2 сеанса в неделю"],
            # planted completeness: not done, no reason, no new date
            ["2", "Родительский клуб «Язык в семье»", "апрель 2025", "не выполнено", ""],
            ["3", "Театрализованный праздник по мотивам осетинских сказок", "20.05.2025", "выполнено",
             "94 воспитанника, 61 родитель"],
            ["4", "Наблюдение за речевыми умениями воспитанников", "сентябрь, декабрь 2025", "выполнено",
             "карты наблюдения на 94 ребёнка"],
        ]), W_PLAN, {"header": 1, "repeat": True, "size": 10}),
        ("p", "Воспитатели отмечают, что игровые сеансы лучше удаются при малом числе детей, поэтому с "
              "октября группы на сеансах делятся на подгруппы по 8–10 человек."),
        ("h", 2, "МБУ ДО «Дом детского творчества «Фарн»»"),
        ("p", "Ответственный за реализацию проекта в учреждении – Бестаев Алан Сосланович, методист. "
              "В 2025 году в проекте участвовали 5 педагогов дополнительного образования и 67 обучающихся "
              "7–12 лет."),
        ("caption", "Таблица 3.3. План и выполнение мероприятий МБУ ДО «ДДТ «Фарн»»"),
        ("table", plan([
            ["1", "Студия анимации «Сказки на родном языке»", "январь – май 2025", "выполнено",
             "3 мультфильма с озвучкой детьми"],
            ["2", "Выставка детских работ «Орнамент моего народа»", "14.04.2025", "выполнено",
             "112 работ 67 авторов"],
            # unlabelled on purpose: not held, reason and new date given
            ["3", "Летняя языковая смена «Фарн»", "июнь 2025", "не проведено",
             "ремонт кровли здания (предписание от 28.05.2025); смена перенесена на июнь 2026 г."],
            ["4", "Фестиваль семейного творчества «Моя родословная»", "24.11.2025", "выполнено",
             "23 семьи, 3 семейных альбома переданы в школьный музей"],
        ]), W_PLAN, {"header": 1, "repeat": True, "size": 10}),
        ("h", 1, "Общесетевые мероприятия"),
        ("p", "Помимо планов организаций сеть провела восемь общих мероприятий. В таблице 4 участники "
              "указаны по организациям; дошкольники в олимпиаде не участвуют, поэтому в графе детского "
              "сада стоит прочерк."),
        ("caption", "Таблица 4. Общесетевые мероприятия 2025 года"),
        ("table", net, [0.9, 8.0, 3.0, 1.9, 1.9, 2.1, 1.7, 6.5],
         {"header": 2, "repeat": True, "size": 10, "head_fill": "E2EFD9"}),
        ("note", "* В графе «Всего» указано число участий: один ребёнок или педагог мог участвовать в "
                 "нескольких мероприятиях, поэтому суммы по таблице 4 не совпадают с численностью "
                 "участников в таблице 5."),
        ("h", 1, "Участники проекта"),
        ("caption", "Таблица 5. Участники проекта в 2025 году, чел."),
        ("table", part, [6.2, 2.7, 2.7, 2.7, 2.4], {"header": 2, "size": 11, "bold_rows": [len(part) - 1]}),
        ("note", "* Республиканский институт развития образования (2 представителя, работают со школой) и "
                 "городская детская библиотека (1 представитель, работает с Домом детского творчества) – "
                 "по соглашениям о сотрудничестве."),
        ("p", "Всего в проекте участвуют 347 детей: 186 школьников, 94 дошкольника и 67 обучающихся Дома "
              "детского творчества."),
        ("portrait",),
        ("h", 1, "Результаты мониторинга"),
        ("p", "Мониторинг речевых умений проводится по единым картам для трёх возрастных групп: "
              "входной срез сделан в сентябре 2024 г., промежуточный – в декабре 2025 г."),
        ("p", "Доля детей 5–7 лет, понимающих обращённую к ним речь на осетинском языке, выросла с 41 % "
              "до 68 % (64 из 94 воспитанников). Среди обучающихся 1–6 классов высокий уровень устной речи "
              "показали 38 % (71 из 186)."),
        ("p", "Доля обучающихся Дома детского творчества, выполнивших творческое задание на родном языке без "
              "помощи педагога, составила 72 % (43 из 67). Задание включало рассказ о собственном мультфильме "
              "или рисунке перед сверстниками."),
        ("p", "Билингвальные приёмы на занятиях применяют 17 из 21 педагога сети (81 %)."),
        ("p", M1_DUP_B),
        ("h", 1, "Распространение опыта"),
        ("bul", [
            "27.11.2024 – выступление координатора сети на республиканской конференции «Языки народов "
            "России в школе» с докладом о сетевой модели;",
            "15.05.2025 – открытые площадки сетевого праздника для педагогов района (46 гостей);",
            "09.09.2025 – статья «Три пространства родного языка» в республиканском сборнике "
            "«Образование в поликультурном регионе»;",
            "в течение года – 26 публикаций о ходе проекта на сайтах и в сообществах организаций сети.",
        ]),
        ("h", 1, "Проблемы и пути их решения"),
        ("pl", "[Укажите трудности, с которыми столкнулись участники сети, и меры по их преодолению]"),
        ("h", 1, "Задачи на 2026 год"),
        ("p", "В 2026 году сеть переходит к обобщающему этапу. Планируется в марте 2026 г. выпустить "
              "методическое пособие «Мой язык – мой дом», в июне 2026 г. провести перенесённую летнюю "
              "языковую смену, в ноябре 2026 г. представить модель на республиканском форуме "
              "инновационных площадок."),
        ("blank",),
        ("pl", "Координатор сети, заместитель директора МБОУ «СОШ № 52»                    З. К. Дзуцева"),
        ("pl", "23.01.2026"),
    ]
    return {"name": "blind_m1", "hnum": [("decimal", "%1."), ("decimal", "%1.%2.")], "blocks": blocks,
            "author": "Дзуцева З. К.", "doc_title": "Отчёт сетевой РИП за 2025 год", "body_pt": 12}


# ===========================================================================
# blind_m2 — Ямало-Ненецкий АО, ФИП, школа-интернат; годовой отчёт за 2025 год в форме анкеты
#            (numbered questions continued across four parts); monitoring with years as columns
# ===========================================================================

M2_TOPIC = ("«Кочевая школа – интернат – семья: модель сопровождения детей тундрового населения с "
            "использованием дистанционных образовательных технологий»")

M2_DUP_A = ("Видеомосты «Чум – интернат» сняли часть тревожности у младших воспитанников: дети видят "
            "родителей, братьев и сестёр хотя бы раз в месяц, рассказывают им о своих успехах, а родители "
            "начинают лучше понимать, чем живёт интернат. Воспитатели фиксируют меньше случаев плача и "
            "отказа от еды в первые недели после заезда из тундры.")
# planted near-duplicate: сняли -> сгладили, лучше -> точнее, фиксируют -> отмечают
M2_DUP_B = ("Видеомосты «Чум – интернат» сгладили часть тревожности у младших воспитанников: дети видят "
            "родителей, братьев и сестёр хотя бы раз в месяц, рассказывают им о своих успехах, а родители "
            "начинают точнее понимать, чем живёт интернат. Воспитатели отмечают меньше случаев плача и "
            "отказа от еды в первые недели после заезда из тундры.")

# monitoring (years as columns): 2023 baseline, 2024, 2025
M2_NOMAD = (58, 61, 64)        # pupils of nomadic schools
M2_REMOTE = (0, 22, 52)        # of them with remote support
M2_REMOTE_PCT_WRITTEN = ("0", "36,1", "86,7")   # planted: 52 of 64 = 81,3
M2_FIRST = (17, 19, 21)        # first-graders from the tundra
M2_ADAPT = (11, 14, 19)        # adapted by the end of the first term
# parents' survey, November 2025: (answer, nomad-school parents, boarding-school parents)
M2_SURVEY = [("Полностью удовлетворены", 21, 58), ("Скорее удовлетворены", 12, 26),
             ("Скорее не удовлетворены", 5, 14), ("Затрудняюсь ответить", 3, 7)]
# staff: (category, all, in the project)
M2_STAFF = [("Учителя интерната", 46, 19), ("Воспитатели интерната", 24, 9), ("Учителя кочевых школ", 6, 6)]


def m2():
    assert pct(22, 61) == M2_REMOTE_PCT_WRITTEN[1] and pct(52, 64) == "81,3" != M2_REMOTE_PCT_WRITTEN[2]
    adapt_pct = [pct(a, b) for a, b in zip(M2_ADAPT, M2_FIRST)]
    assert adapt_pct == ["64,7", "73,7", "90,5"]
    s1 = sum(r[1] for r in M2_SURVEY)
    s2 = sum(r[2] for r in M2_SURVEY)
    sat = sum(r[1] + r[2] for r in M2_SURVEY[:2])
    assert (s1, s2, s1 + s2, sat) == (41, 105, 146, 117) and pct(sat, 146) == "80,1"
    assert pct(89, 125) == "71,2" and pct(38, 41) == "92,7" and pct(146, 160) == "91,3"
    st_all = sum(r[1] for r in M2_STAFF)
    st_in = sum(r[2] for r in M2_STAFF)
    assert (st_all, st_in) == (76, 34) and pct(st_in, st_all) == "44,7"
    assert 64 + 142 + st_in == 240        # planted: the text says 247

    def task(t):
        return [("span", 8, t)]

    plan = [
        ["№", "Мероприятие", "Срок (план)", "Дата (факт)", "Ответственный", ("span", 2, "Участники, чел."),
         "Результат"],
        [None, None, None, None, None, "план", "факт", None],
        task("Задача 1. Дистанционное сопровождение обучающихся кочевых школ"),
        ["1.1", "Подключение кочевых школ к платформе дистанционного обучения", "январь – март 2025",
         "14.03.2025", "64", "52", "подключены 6 кочевых школ; регулярно занимаются 52 обучающихся"],
        ["1.2", "Еженедельные онлайн-консультации учителей интерната для учителей кочевых школ",
         "в течение года", "февраль – декабрь 2025", "12", "12", "38 консультаций, журнал консультаций"],
        # planted completeness: dashes only
        ["1.3", "Выездная методическая сессия в кочевых школах Ямальского района", "июль 2025",
         "—", "10", "—", "—"],
        # planted completeness: not done, no reason here nor in answer 5
        ["1.4", "Запуск онлайн-модуля «Ненецкий язык дома» для обучающихся кочевых школ", "октябрь 2025",
         "не выполнено", "30", "—", ""],
        task("Задача 2. Адаптация детей тундрового населения к условиям интерната"),
        ["2.1", "Программа адаптации «Первые сорок дней» для первоклассников из тундры",
         "сентябрь – октябрь 2025", "01.09–10.10.2025", "21", "21", "адаптировались 19 из 21 ребёнка"],
        ["2.2", "Видеомосты «Чум – интернат» для воспитанников и их семей", "ежемесячно в учебный период",
         "январь – май, сентябрь – декабрь 2025", "120", "134", "27 сеансов связи"],
        ["2.3", "Семейный праздник «День оленевода» в интернате", "март 2025", "29.03.2025", "150", "168",
         "праздник проведён с участием 41 семьи"],
        task("Задача 3. Профессиональное развитие педагогов"),
        ["3.1", "Стажировка учителей кочевых школ на базе интерната", "февраль 2025", "17–21.02.2025",
         "8", "8", "8 индивидуальных планов сопровождения"],
        # planted chronology: the actual date lies before the reporting period
        ["3.2", "Курсы «Смешанное обучение в малокомплектной школе» (36 ч)", "апрель 2025", "18.11.2024",
         "15", "15", "удостоверения у 15 педагогов"],
        ["3.3", "Вебинар для педагогов округа «Кочевая школа: что работает»", "октябрь 2025",
         "не проведён (см. ответ 5)", "60", "—", "перенесён на 17.02.2026"],
        ["3.4", "Научно-практический семинар «Образование детей тундры: итоги первого года»", "ноябрь 2025",
         "26.11.2025", "40", "46", "резолюция семинара, 6 докладов"],
        task("Задача 4. Мониторинг результатов"),
        ["4.1", "Входная и промежуточная диагностика учебных достижений обучающихся кочевых школ",
         "сентябрь, декабрь 2025", "15.09.2025, 12.12.2025", "64", "61", "протоколы диагностики"],
        ["4.2", "Анкетирование родителей об удовлетворённости сопровождением", "ноябрь 2025",
         "10–28.11.2025", "160", "146",
         "опрошено 146 из 160 родителей (91,3 %); 14 семей находились на дальних кочевьях"],
    ]

    resp = {"1.1": "Салиндер А. П.", "1.2": "Ямкина Л. П.", "1.3": "Ямкина Л. П.", "1.4": "Вануйто О. С.",
            "2.1": "Худи М. Н.", "2.2": "Худи М. Н.", "2.3": "Вануйто О. С.", "3.1": "Ямкина Л. П.",
            "3.2": "Ямкина Л. П.", "3.3": "Салиндер А. П.", "3.4": "Лаптандер Е. В.", "4.1": "Салиндер А. П.",
            "4.2": "Худи М. Н."}
    for row in plan[2:]:
        if len(row) == 7:
            row.insert(4, resp[row[0]])

    mon = [
        ["Показатель", "Ед.", ("span", 3, "Значение по годам"), "Целевое значение на 2027 г."],
        [None, None, "2023 (исходное)", "2024", "2025", None],
        ["Обучающиеся кочевых школ (1–4 классы)", "чел."] + [str(v) for v in M2_NOMAD] + ["×"],
        ["из них охвачены дистанционным сопровождением", "чел."] + [cnt(v) for v in M2_REMOTE] + ["все"],
        ["Доля охваченных дистанционным сопровождением", "%"] + list(M2_REMOTE_PCT_WRITTEN) + ["100"],
        ["Первоклассники, поступившие в интернат из тундры", "чел."] + [str(v) for v in M2_FIRST] + ["×"],
        ["из них успешно адаптировались к концу I четверти", "чел."] + [str(v) for v in M2_ADAPT] + ["×"],
        ["Доля успешно адаптировавшихся первоклассников", "%"] + adapt_pct + ["не менее 85"],
        ["Педагоги, прошедшие обучение по теме проекта (нарастающим итогом)", "чел.", "—", "9", "32", "40"],
        ["Доля родителей, удовлетворённых сопровождением", "%", "—", "71,2", "80,1", "не менее 80"],
    ]

    survey = [["Вариант ответа", "Родители обучающихся кочевых школ", "Родители воспитанников интерната",
               "Всего"]]
    for a, x, y in M2_SURVEY:
        survey.append([a, str(x), str(y), str(x + y)])
    survey.append(["Всего опрошено", str(s1), str(s2), str(s1 + s2)])

    staff = [["Категория", "Всего работников", "Участвуют в проекте", "Доля, %"]]
    for c, a, b in M2_STAFF:
        staff.append([c, str(a), str(b), pct(b, a) if b != a else "100"])
    staff.append(["Итого", str(st_all), str(st_in), pct(st_in, st_all)])

    blocks = [
        ("center", "Государственное бюджетное общеобразовательное учреждение Ямало-Ненецкого автономного "
                   "округа «Школа-интернат «Полярная звезда»», с. Яр-Сале"),
        ("blank",),
        ("title", "АНКЕТА-ОТЧЁТ"),
        ("title", "федеральной инновационной площадки за 2025 год"),
        ("pl", "Ответы даны под каждым вопросом анкеты; таблицы пронумерованы в порядке следования."),
        ("h", 1, "Часть I. Общие сведения"),
        ("q", "Полное наименование организации, адрес, руководитель."),
        ("p", "Государственное бюджетное общеобразовательное учреждение Ямало-Ненецкого автономного округа "
              "«Школа-интернат «Полярная звезда»»; 629700, ЯНАО, Ямальский район, с. Яр-Сале (адрес условный). "
              "Директор – Лаптандер Елена Васильевна. В интернате обучаются 412 детей, из них 318 проживают "
              "в интернате в учебный период; школа курирует 6 кочевых школ."),
        ("q", "Тема проекта, документ о присвоении статуса, срок реализации."),
        ("p", "Тема: " + M2_TOPIC + ". Статус федеральной инновационной площадки присвоен приказом "
              "Министерства просвещения Российской Федерации от 27.12.2023 № 984 (реквизиты условные). "
              "Срок реализации проекта: 01.01.2024 – 31.12.2027."),
        ("q", "Этап реализации проекта в отчётном году и его задачи."),
        ("p", "Этапы проекта: I (подготовительный) – январь – декабрь 2024 г.; II (внедренческий) – январь "
              "2025 – июнь 2026 г.; III (аналитико-обобщающий) – июль 2026 – декабрь 2027 г. В отчётном "
              "периоде (01.01.2025 – 31.12.2025) реализовывался этап II. Его задачи:"),
        ("bul", [
            "обеспечить дистанционное сопровождение всех обучающихся кочевых школ;",
            "снизить остроту адаптации первоклассников из тундры к жизни в интернате;",
            "подготовить педагогов интерната и кочевых школ к работе в смешанном формате;",
            "наладить мониторинг учебных результатов и удовлетворённости родителей.",
        ]),
        ("h", 1, "Часть II. Реализация проекта в 2025 году"),
        ("q", "Какие мероприятия проведены в отчётном году?"),
        ("pl", "Ответ дан в таблице 1."),
        ("landscape",),
        ("caption", "Таблица 1. План мероприятий на 2025 год и его выполнение"),
        ("table", plan, [1.1, 6.3, 3.2, 3.5, 3.4, 1.4, 1.4, 5.9],
         {"header": 2, "repeat": True, "size": 11, "head_fill": "DEEAF6"}),
        ("q", "Какие мероприятия не выполнены или выполнены частично, по каким причинам?"),
        ("p", "Вебинар для педагогов округа «Кочевая школа: что работает» (п. 3.3) не проведён в октябре "
              "2025 г.: с 6 по 24 октября интернат был без устойчивой связи из-за замены спутникового "
              "оборудования. Вебинар перенесён на 17.02.2026, участники оповещены."),
        ("h", 1, "Часть III. Результаты"),
        ("q", "Каковы количественные показатели результативности проекта?"),
        ("caption", "Таблица 2. Показатели проекта по годам"),
        ("table", mon, [9.0, 1.4, 3.0, 2.5, 2.5, 4.0], {"header": 2, "size": 10}),
        ("note", "Значения 2023 г. приведены как исходные (до начала проекта). «×» – целевое значение не "
                 "устанавливается. Число педагогов дано нарастающим итогом: 9 человек обучены в 2024 г., "
                 "23 – в 2025 г. (стажировка и курсы, таблица 1)."),
        ("p", "В проекте в 2025 году участвовали 247 человек: 64 обучающихся кочевых школ, 142 воспитанника "
              "интерната и 34 педагога."),
        ("p", "Из 41 выпускника 9 класса, начинавших обучение в кочевых школах, продолжили обучение "
              "38 человек (92,7 %)."),
        ("portrait",),
        ("caption", "Таблица 3. Результаты анкетирования родителей (ноябрь 2025 г.), чел."),
        ("table", survey, [5.6, 3.8, 3.8, 2.4], {"header": 1, "size": 10, "bold_rows": [len(survey) - 1]}),
        ("p", "Удовлетворены сопровождением полностью или скорее 117 из 146 опрошенных родителей (80,1 %); "
              "годом ранее – 89 из 125 (71,2 %)."),
        ("q", "Каковы качественные результаты (эффекты) проекта?"),
        ("p", M2_DUP_A),
        ("p", "Учителя кочевых школ перестали работать в одиночку: на еженедельных консультациях они "
              "разбирают с коллегами интерната конкретные задания и получают готовые материалы к урокам."),
        ("q", "Какие методические продукты созданы в отчётном году?"),
        ("pl", "—"),
        ("q", "Как распространялся опыт площадки?"),
        ("bul", [
            "14.05.2025 – выступление на окружном форуме «Образование Ямала» (секция «Кочевое образование»);",
            "26.11.2025 – научно-практический семинар на базе интерната (46 участников из 11 организаций);",
            "03.02.2026 – статья «Интернат и кочевая школа: одна образовательная траектория» опубликована в "
            "журнале «Народное образование Ямала»;",
            "в течение года – 19 материалов о проекте на сайте интерната и в окружных СМИ.",
        ]),
        ("q", "Какие трудности возникли и как они преодолевались?"),
        ("p", "Главная трудность – неустойчивая связь в тундре во время каслания: в эти недели занятия "
              "переводятся в режим заданий на съёмных носителях, которые доставляются с попутным "
              "транспортом. Вторая трудность – нехватка ноутбуков в кочевых школах; два ноутбука "
              "переданы из резерва интерната."),
        ("q", "Каково кадровое обеспечение проекта?"),
        ("caption", "Таблица 4. Педагоги, участвующие в проекте"),
        ("table", staff, [6.0, 3.4, 3.6, 2.6], {"header": 1, "size": 10, "bold_rows": [len(staff) - 1]}),
        ("h", 1, "Часть IV. Перспективы"),
        ("q", "Какие задачи стоят перед площадкой на 2026 год?"),
        ("p", "Опыт первого года внедрения подтвердил выбранное направление. " + M2_DUP_B),
        ("p", "В 2026 году планируется завершить этап II: в феврале 2026 г. провести перенесённый вебинар, "
              "в апреле 2026 г. подключить к видеомостам родителей ещё двух кочевых школ, к июню 2026 г. "
              "подготовить описание модели сопровождения для педагогов округа."),
        ("blank",),
        ("pl", "Директор ГБОУ ЯНАО «Школа-интернат «Полярная звезда»»                 Е. В. Лаптандер"),
        ("pl", "20.01.2026"),
    ]
    return {"name": "blind_m2", "blocks": blocks, "author": "Лаптандер Е. В.",
            "doc_title": "Анкета-отчёт ФИП за 2025 год", "body_pt": 12}


# ===========================================================================
# blind_m3 — Сахалинская область, региональная ОЭП, колледж; промежуточный отчёт за 2024–2025 годы
#            о ходе ОЭР и использовании гранта: plan/fact split into per-stage tables, grant table
#            with cumulative totals and «остаток», yearly cash-flow table
# ===========================================================================

M3_TOPIC = "«Цифровой двойник рыбоперерабатывающего цеха как учебный полигон для подготовки техников-технологов»"

M3_DUP_A = ("Работа на полигоне изменила характер учебной практики: студенты не наблюдают за процессом со "
            "стороны, а сами управляют линией в цифровой модели, получают сигнал об отклонении и принимают "
            "решение в ограниченное время. Наставники с предприятий отмечают, что выпускники быстрее "
            "осваивают реальное оборудование и увереннее действуют в нештатных ситуациях.")
# planted near-duplicate: изменила -> преобразила, быстрее -> легче, увереннее -> спокойнее
M3_DUP_B = ("Работа на полигоне преобразила характер учебной практики: студенты не наблюдают за процессом со "
            "стороны, а сами управляют линией в цифровой модели, получают сигнал об отклонении и принимают "
            "решение в ограниченное время. Наставники с предприятий отмечают, что выпускники легче "
            "осваивают реальное оборудование и спокойнее действуют в нештатных ситуациях.")

M3_GRANT = 3600000
# grant budget: (item, estimate, spent 2024, spent 2025, written cumulative or None)
M3_MONEY = [
    ("Оборудование учебного полигона (сенсорные панели, VR-гарнитуры, сервер)", 1980000, 1947300, 0, None),
    ("Разработка 3D-модели цеха и программного обеспечения (договор с ИТ-партнёром)", 840000, 420000, 420000,
     None),
    ("Лицензии на программное обеспечение", 216000, 108000, 108000, None),
    ("Повышение квалификации и стажировки преподавателей", 180000, 36000, 72500, None),
    ("Проведение конкурса и семинаров", 144000, 0, 61250, None),
    ("Издание учебного пособия", 120000, 0, 0, None),
    # planted consistency: 23 480 + 41 920 = 65 400, written 71 400 (the remainder is right: 54 600)
    ("Расходные материалы и канцелярские товары", 120000, 23480, 41920, 71400),
]
M3_TRANCHES = (2700000, 900000)
M3_DOCS = ["договор поставки от 12.07.2024 № 45, товарные накладные",
           "договор от 02.09.2024 № 17-ИТ, акты сдачи этапов",
           "лицензионный договор от 05.09.2024 № Л-3",
           "договоры об оказании образовательных услуг (4)",
           "сметы мероприятий, договоры (3)",
           "—",
           "товарные накладные (11)"]


def m3():
    est = sum(r[1] for r in M3_MONEY)
    y24 = sum(r[2] for r in M3_MONEY)
    y25 = sum(r[3] for r in M3_MONEY)
    cum = y24 + y25
    rest = est - cum
    assert est == M3_GRANT == sum(M3_TRANCHES)
    assert (y24, y25, cum, rest) == (2534780, 703670, 3238450, 361550)
    assert pct(cum, M3_GRANT) == "90,0"      # planted: the text says 92,6 %
    assert M3_TRANCHES[0] - y24 == 165220 and 165220 + M3_TRANCHES[1] - y25 == rest
    assert pct(117, 164) == "71,3" and pct(8, 9) == "88,9"

    money = [["№", "Статья расходов", "Сумма по смете гранта, руб.", ("span", 3, "Израсходовано, руб."),
              "Остаток на 31.12.2025, руб.", "Документы-основания"],
             [None, None, None, "2024 г.", "2025 г.", "всего нарастающим итогом", None, None]]
    for i, (item, e, a, b, w) in enumerate(M3_MONEY, 1):
        money.append([str(i), item, rub(e), rub(a), rub(b), rub(w if w is not None else a + b), rub(e - a - b),
                      M3_DOCS[i - 1]])
    money.append(["", "Итого", rub(est), rub(y24), rub(y25), rub(cum), rub(rest), ""])

    flow = [["Год", "Поступило средств гранта, руб.", "Израсходовано, руб.", "Остаток на конец года, руб."],
            ["2024", rub(M3_TRANCHES[0]), rub(y24), rub(M3_TRANCHES[0] - y24)],
            ["2025", rub(M3_TRANCHES[1]), rub(y25), rub(rest)],
            ["За 2024–2025 гг.", rub(M3_GRANT), rub(cum), rub(rest)]]

    head = [["№", "Мероприятие", "Срок", "Исполнитель", ("span", 2, "Выполнение")],
            [None, None, None, None, "отметка", "результат, продукт"]]
    W_ST = [0.7, 5.3, 2.5, 2.6, 2.3, 3.6]

    st1 = head + [
        ["1", "Создание рабочей группы и утверждение программы ОЭР", "март 2024", "Пак Р. В.", "выполнено",
         "приказ колледжа от 18.03.2024 № 112-о"],
        ["2", "Анализ профессионального стандарта и требований работодателей", "апрель – май 2024", "Ким Е. С.",
         "выполнено", "аналитическая записка по 3 предприятиям"],
        ["3", "Закупка оборудования для учебного полигона", "июнь – август 2024", "Шевчук И. Б.", "выполнено",
         "оборудование получено и поставлено на баланс"],
        # planted chronology: outside stage I (март – август 2024)
        ["4", "Стартовый семинар для преподавателей «Что такое цифровой двойник»", "16.10.2024", "Ким Е. С.",
         "выполнено", "17 преподавателей, презентации"],
    ]
    st2 = head + [
        ["1", "Разработка 3D-модели цеха по производству консервов с ИТ-партнёром", "сентябрь 2024 – март 2025",
         "Ли А. Д.", "выполнено", "модель принята по акту от 28.03.2025"],
        ["2", "Разработка 12 сценариев учебных ситуаций (аварии, нарушение санитарного режима, смена "
              "ассортимента)", "ноябрь 2024 – апрель 2025", "Третьякова О. Н.", "выполнено", "12 сценариев"],
        # planted completeness: dashes only
        ["3", "Стажировка преподавателей на рыбоперерабатывающем предприятии", "январь 2025", "Ким Е. С.",
         "—", "—"],
        ["4", "Корректировка рабочих программ профессиональных модулей ПМ.01–ПМ.03", "февраль – май 2025",
         "Третьякова О. Н.", "выполнено", "3 программы утверждены"],
        ["5", "Пилотные занятия на полигоне в группах 2 курса", "апрель – июнь 2025", "Ли А. Д.", "выполнено",
         "4 группы, 86 студентов"],
        ["6", "Круглый стол с работодателями «Полигон глазами производства»", "22.05.2025", "Пак Р. В.",
         "выполнено", "9 представителей 6 предприятий"],
    ]
    st3 = head + [
        ["1", "Включение занятий на полигоне в учебный план всех групп специальности", "сентябрь 2025",
         "Третьякова О. Н.", "выполнено", "7 групп, 164 студента"],
        # planted completeness: not done, no reason, no new date
        ["2", "Разработка комплекта оценочных средств для демонстрационного экзамена на полигоне",
         "октябрь – декабрь 2025", "Ким Е. С.", "не выполнено", ""],
        ["3", "Семинар для преподавателей колледжей области «Цифровые полигоны в СПО»", "27.11.2025",
         "Пак Р. В.", "выполнено", "31 участник из 8 колледжей"],
        # planted chronology: reported as done, dated after the reporting period
        ["4", "Региональный конкурс профессионального мастерства «Цифровой технолог»", "11.02.2026",
         "Ли А. Д.", "выполнено", "38 участников из 5 колледжей"],
        ["5", "Подготовка учебного пособия «Работа на цифровом полигоне»", "январь – июнь 2026",
         "Третьякова О. Н.", "в работе", "готово 6 глав из 10, срок сдачи – июнь 2026 г."],
    ]

    blocks = [
        ("center", "Министерство образования Сахалинской области"),
        ("center", "Государственное бюджетное профессиональное образовательное учреждение "
                   "«Охотоморский политехнический колледж» (г. Корсаков)"),
        ("blank",),
        ("title", "ПРОМЕЖУТОЧНЫЙ ОТЧЁТ"),
        ("title", "о ходе опытно-экспериментальной работы и использовании средств гранта за 2024–2025 годы"),
        ("blank",),
        ("h", 1, "1. Общие сведения"),
        ("table", [
            ["Тема опытно-экспериментальной работы", M3_TOPIC],
            ["Статус площадки", "региональная опытно-экспериментальная площадка (распоряжение министерства "
                                "образования Сахалинской области от 29.01.2024 № 3.12-56-р)"],
            ["Грант", "субсидия из областного бюджета по соглашению от 14.03.2024 № 07-гр/24; размер "
                      "гранта 3 600 000,00 руб., перечислен двумя траншами (2024 и 2025 гг.)"],
            ["Срок реализации проекта", "01.03.2024 – 31.12.2026"],
            ["Этапы", ["I (организационный): март – август 2024 г.;",
                       "II (конструирующий): сентябрь 2024 – июнь 2025 г.;",
                       "III (апробационный): июль 2025 – июнь 2026 г.;",
                       "IV (обобщающий): июль – декабрь 2026 г."]],
            ["Период, за который составлен отчёт", "01.03.2024 – 31.12.2025 (этапы I, II и первая половина этапа III)"],
            ["Руководитель проекта", "Пак Роман Вячеславович, директор колледжа"],
        ], [5.2, 11.8], {"header": 0, "size": 11}),
        ("h", 1, "2. Выполнение программы опытно-экспериментальной работы по этапам"),
        ("p", "Выполнение программы показано отдельно по каждому этапу. Для этапа III отмечено состояние "
              "работ на 31.12.2025; мероприятия этого этапа со сроком в 2026 году ещё не завершены."),
        ("h", 2, "2.1. Этап I (организационный): март – август 2024 г."),
        ("caption", "Таблица 2.1"),
        ("table", st1, W_ST, {"header": 2, "size": 10}),
        ("h", 2, "2.2. Этап II (конструирующий): сентябрь 2024 – июнь 2025 г."),
        ("caption", "Таблица 2.2"),
        ("table", st2, W_ST, {"header": 2, "repeat": True, "size": 10}),
        ("h", 2, "2.3. Этап III (апробационный): июль 2025 – июнь 2026 г., выполнение на 31.12.2025"),
        ("caption", "Таблица 2.3"),
        ("table", st3, W_ST, {"header": 2, "repeat": True, "size": 10}),
        ("landscape",),
        ("h", 1, "3. Результаты опытно-экспериментальной работы"),
        ("p", "С сентября 2025 г. занятия на полигоне включены в учебный план всех семи групп специальности "
              "«Технология рыбы и рыбных продуктов». Контрольное задание на полигоне в декабре 2025 г. "
              "выполнили на «хорошо» и «отлично» 71,3 % студентов (117 из 164)."),
        ("p", M3_DUP_A),
        ("p", "По итогам опроса работодателей, проведённого после круглого стола, практическую ценность "
              "полигона высоко оценили 8 из 9 опрошенных (88,9 %)."),
        ("h", 1, "4. Использование средств гранта"),
        ("caption", "Таблица 4.1. Поступление и расходование средств гранта по годам"),
        ("table", flow, [3.6, 5.0, 5.0, 5.0], {"header": 1, "size": 10, "bold_rows": [3]}),
        ("caption", "Таблица 4.2. Расходование средств гранта по статьям сметы"),
        ("table", money, [0.8, 6.4, 2.9, 2.8, 2.8, 3.0, 3.0, 4.5],
         {"header": 2, "repeat": True, "size": 11, "head_fill": "FBE4D5", "bold_rows": [len(money) - 1]}),
        ("note", "Остаток по статье «Издание учебного пособия» будет использован в 2026 году после сдачи "
                 "рукописи. Прочерк означает отсутствие расходов."),
        ("p", "Освоено 3 238 450,00 руб. из 3 600 000,00 руб. гранта, что составляет 92,6 %. Остаток средств "
              "переходит на 2026 год в соответствии с соглашением."),
        ("portrait",),
        ("h", 1, "6. Распространение опыта и публикации"),
        ("bul", [
            "26.08.2024 – презентация замысла проекта на областном августовском совещании педагогических "
            "работников;",
            "22.05.2025 – круглый стол с работодателями «Полигон глазами производства» (см. таблицу 2.2);",
            "09.10.2025 – статья «Учебный полигон с цифровым двойником: первые итоги» в сборнике "
            "«Профессиональное образование Дальнего Востока»;",
            "27.11.2025 – областной семинар «Цифровые полигоны в СПО» на базе колледжа (31 участник).",
        ]),
        ("h", 1, "7. Выводы и задачи на 2026 год"),
        ("p", "Работа по теме " + M3_TOPIC + " идёт в соответствии с программой: цифровая модель цеха создана "
              "и используется в учебном процессе всех групп специальности."),
        ("p", M3_DUP_B),
        ("p", "В 2026 году колледж планирует до июня 2026 г. завершить этап III и подготовить учебное "
              "пособие, в июле – декабре 2026 г. обобщить опыт и представить его в министерство образования "
              "Сахалинской области."),
        ("blank",),
        ("pl", "Директор ГБПОУ «Охотоморский политехнический колледж»                      Р. В. Пак"),
        ("pl", "Главный бухгалтер                                                                  "
               "Т. А. Нам"),
        ("pl", "26.01.2026"),
    ]
    return {"name": "blind_m3", "blocks": blocks, "author": "Пак Р. В.",
            "doc_title": "Промежуточный отчёт ОЭП за 2024–2025 годы", "body_pt": 12}


# ===========================================================================
# blind_m4 — Республика Калмыкия, МИП, детский сад; ПРОГРАММА новой площадки на 2025–2027 годы
#            (cover page, table of contents, «Раздел N.» automatic headings, month-by-month
#            calendar plan in a landscape section, budget with years as columns) — clean
# ===========================================================================

M4_TOPIC = "«Степная азбука: игровые маршруты познания природы и культуры родного края для детей 4–7 лет»"
M4_GOAL = ("создать в детском саду систему игровых маршрутов, через которые дети 4–7 лет знакомятся "
           "с природой степи, бытом и праздниками калмыцкого народа")
M4_TASKS = [
    "разработать карту игровых маршрутов по территории детского сада и сценарии прохождения маршрутов;",
    "оборудовать тематические зоны «Степь», «Кибитка» и «Родник»;",
    "подготовить педагогов к проведению маршрутов и рефлексии с детьми;",
    "вовлечь семьи воспитанников в праздники и природоохранные акции.",
]
# budget by years: (item, 2025, 2026, 2027)
M4_BUDGET = [
    ("Игровое оборудование маршрутов (модули, макеты, указатели)", 96000, 118500, 0),
    ("Оснащение мини-музея «Кибитка»", 72300, 21700, 0),
    ("Курсы повышения квалификации педагогов", 28800, 43200, 0),
    ("Полиграфия (карты маршрутов, рабочие альбомы)", 12400, 36800, 18700),
    ("Праздники и акции с семьями", 0, 24000, 16000),
    ("Издание методического пособия", 0, 0, 24000),
]
# page numbers of the table of contents (checked by verify_m.py against the PDF)
M4_TOC = [("Раздел 1. Паспорт программы", 2), ("Раздел 2. Обоснование и замысел программы", 2),
          ("Раздел 3. Цель, задачи и ожидаемые результаты", 2), ("Раздел 4. Этапы реализации", 3),
          ("Раздел 5. Календарный план на 2025/2026 учебный год", 4), ("Раздел 6. Бюджет программы", 6),
          ("Раздел 7. Оценка результатов и риски", 6), ("Список литературы", 6)]


def m4():
    cols = [sum(r[i] for r in M4_BUDGET) for i in (1, 2, 3)]
    total = sum(cols)
    assert cols == [209500, 244200, 58700] and total == 512400
    assert 384300 + 128100 == total and pct(384300, total, 0) == "75"
    assert pct(47, 164, 0) == "29" and pct(11, 24) == "45,8"

    budget = [["№", "Статья расходов", ("span", 3, "Сумма по годам, руб."), "Всего, руб."],
              [None, None, "2025", "2026", "2027*", None]]
    for i, (item, a, b, c) in enumerate(M4_BUDGET, 1):
        budget.append([str(i), item, rub(a), rub(b), rub(c), rub(a + b + c)])
    budget.append(["", "Итого", rub(cols[0]), rub(cols[1]), rub(cols[2]), rub(total)])

    def stage(t):
        return [("span", 8, t)]

    cal = [
        ["Месяц", "№", "Мероприятие", ("span", 3, "Участники, чел."), "Ответственный", "Ожидаемый результат"],
        [None, None, None, "дети", "педагоги", "родители", None, None],
        stage("Этап I. Подготовительный (сентябрь – декабрь 2025 г.)"),
        ["Сентябрь 2025", "1", "Установочный педсовет «Степная азбука: с чего начинаем»", "—", "24", "—",
         "Очирова Б. О.", ["утверждён план работы площадки", "(приказ по детскому саду)"]],
        [None, "2", "Создание творческой группы педагогов", "—", "7", "—", "Очирова Б. О.",
         "приказ о составе творческой группы"],
        [None, "2а", "Знакомство родителей с программой на общем родительском собрании", "—", "3", "140",
         "Очирова Б. О.", "протокол собрания"],
        ["Октябрь 2025", "3", "Разработка карты игровых маршрутов «Степь», «Кибитка», «Родник»", "—", "7", "—",
         "Манджиева Д. В.", ["карта маршрутов", "(формат А1, 3 маршрута)"]],
        [None, "4", "Заседание творческой группы: утверждение сценариев маршрутов", "—", "7", "—",
         "Манджиева Д. В.", "8 сценариев маршрутов"],
        ["Ноябрь 2025", "5", "Семинар-практикум «Игровой маршрут: от замысла до рефлексии»", "—", "24", "—",
         "Манджиева Д. В.", ["памятка для воспитателя", "«Пять шагов маршрута»"]],
        [None, "6", "Анкетирование родителей «Что мы знаем о родном крае»", "—", "—", "164",
         "Горяева С. Н.", ["аналитическая справка", "для педсовета"]],
        ["Декабрь 2025", "7", "Оборудование зоны «Кибитка» – мини-музея калмыцкого быта", "—", "4", "20",
         "Очирова Б. О.", "зона открыта для групп"],
        stage("Этап II. Практический (январь – декабрь 2026 г.)"),
        ["Январь 2026", "8", "Запуск маршрутов в старших и подготовительных группах", "96", "12", "—",
         "воспитатели групп", "маршруты проходят 4 группы"],
        [None, "8а", "Консультация для родителей «Маршрут выходного дня по родному городу»", "—", "2", "45",
         "Горяева С. Н.", ["буклет для семей", "(3 городских маршрута)"]],
        ["Февраль 2026", "9", "Праздник Цаган Сар с участием семей воспитанников", "164", "24", "120",
         "музыкальный руководитель", "сценарий праздника, фотоотчёт"],
        ["Март 2026", "10", "Открытый показ маршрута «Родник» для педагогов городских МИП", "23", "6", "—",
         "Манджиева Д. В.", "видеозапись и конспект показа"],
        [None, "10а", "Заседание творческой группы: анализ первых маршрутов", "—", "7", "—", "Манджиева Д. В.",
         "поправки к сценариям маршрутов"],
        ["Апрель 2026", "11", "Акция «Тюльпаны степи»: семейная экскурсия к месту цветения тюльпанов",
         "52", "6", "30", "Горяева С. Н.", "фотовыставка, детские рисунки"],
        ["Май 2026", "12", "Промежуточная диагностика представлений детей о родном крае", "164", "16", "—",
         "Горяева С. Н.", ["сравнение с исходными данными", "мая 2025 г."]],
        [None, "13", "Заседание творческой группы: итоги учебного года", "—", "7", "—", "Очирова Б. О.",
         "календарный план на 2026/2027 учебный год"],
    ]

    k = 0
    for row in cal[2:]:
        if len(row) == 8:
            k += 1
            row[1] = str(k)

    blocks = [
        ("center", "Управление образования Администрации города Элисты"),
        ("center", "Муниципальное бюджетное дошкольное образовательное учреждение "
                   "«Детский сад № 33 «Тюльпан»»"),
        ("blank",), ("blank",), ("blank",),
        ("right", "Утверждена приказом заведующего"),
        ("right", "МБДОУ «Детский сад № 33 «Тюльпан»»"),
        ("right", "от 29.08.2025 № 64-о"),
        ("blank",), ("blank",), ("blank",), ("blank",), ("blank",),
        ("title", "ПРОГРАММА"),
        ("title", "реализации инновационного проекта муниципальной инновационной площадки"),
        ("blank",),
        ("title", M4_TOPIC),
        ("blank",),
        ("center", "Срок реализации: 01.09.2025 – 31.05.2027"),
        ("blank",), ("blank",), ("blank",), ("blank",), ("blank",), ("blank",), ("blank",), ("blank",),
        ("blank",), ("blank",), ("blank",), ("blank",),
        ("center", "Элиста, 2025"),
        ("newpage",),
        ("cbold", "Содержание"),
    ] + [("toc", t, n) for t, n in M4_TOC] + [
        ("h", 1, "Паспорт программы"),
        ("table", [
            ["Наименование программы", "Программа реализации инновационного проекта " + M4_TOPIC],
            ["Основание", "приказ Управления образования Администрации города Элисты от 22.08.2025 № 418 "
                          "«О присвоении статуса муниципальной инновационной площадки»"],
            ["Разработчики", "Очирова Булгун Очировна, заведующий; Манджиева Долгор Викторовна, старший "
                             "воспитатель; Горяева Саглара Николаевна, педагог-психолог"],
            ["Цель", M4_GOAL[0].upper() + M4_GOAL[1:]],
            ["Задачи", [t[0].upper() + t[1:] for t in M4_TASKS]],
            ["Срок реализации", "01.09.2025 – 31.05.2027"],
            ["Участники", "164 воспитанника 4–7 лет (7 групп), 24 педагога, семьи воспитанников"],
            ["Объём и источники финансирования", "512 400,00 руб.: средства муниципального бюджета и "
                                                  "внебюджетные средства (раздел 6)"],
        ], [4.8, 12.2], {"header": 0, "size": 11}),
        ("h", 1, "Обоснование и замысел программы"),
        ("p", "Дети приходят в детский сад с отрывочными представлениями о степи, её растениях и животных, "
              "о кибитке, национальной кухне и праздниках. По данным входной диагностики, проведённой в мае "
              "2025 г. до начала программы, устойчивые представления о природе и культуре родного края "
              "имели 47 из 164 детей (29 %)."),
        ("p", "Педагоги готовы работать по теме, но испытывают затруднения: 11 из 24 педагогов (45,8 %) "
              "указали в анкете, что не знают, как строить познавательное занятие за пределами групповой "
              "комнаты. Замысел программы – превратить территорию детского сада в последовательность "
              "игровых маршрутов, на каждом из которых ребёнок решает небольшую задачу."),
        ("h", 1, "Цель, задачи и ожидаемые результаты"),
        ("p", "Цель программы – " + M4_GOAL + "."),
        ("pl", "Задачи:"),
        ("num", M4_TASKS, "m4tasks", "%1)"),
        ("pl", "Ожидаемые результаты к маю 2027 г.:"),
        ("bul", [
            "не менее 70 % детей 5–7 лет имеют устойчивые представления о природе и культуре родного края;",
            "все 24 педагога проводят игровые маршруты и рефлексию с детьми;",
            "оборудованы три тематические зоны, изданы карта маршрутов и методическое пособие.",
        ]),
        ("h", 1, "Этапы реализации"),
        ("table", [
            ["Этап", "Сроки", "Содержание"],
            ["I. Подготовительный", "сентябрь – декабрь 2025 г.",
             "создание творческой группы, разработка маршрутов, обучение педагогов, оборудование зоны «Кибитка»"],
            ["II. Практический", "январь – декабрь 2026 г.",
             "проведение маршрутов во всех группах, праздники и акции с семьями, промежуточная диагностика"],
            ["III. Обобщающий", "январь – май 2027 г.",
             "итоговая диагностика, издание методического пособия, представление опыта городу"],
        ], [3.8, 4.2, 9.0], {"header": 1, "size": 11}),
        ("landscape",),
        ("h", 1, "Календарный план на 2025/2026 учебный год"),
        ("caption", "Таблица 1. Календарный план по месяцам"),
        ("table", cal, [2.6, 0.8, 8.0, 1.3, 2.0, 2.0, 3.8, 5.7],
         {"header": 2, "repeat": True, "size": 11, "head_fill": "FFF2CC"}),
        ("note", "Мероприятия июня – декабря 2026 г. и этапа III включаются в календарный план на 2026/2027 "
                 "учебный год, который утверждается в мае 2026 г. Прочерк в графах участников означает, что "
                 "эта категория в мероприятии не участвует."),
        ("portrait",),
        ("h", 1, "Бюджет программы"),
        ("caption", "Таблица 2. Смета расходов по годам"),
        ("table", budget, [0.8, 7.4, 2.4, 2.4, 2.4, 2.6],
         {"header": 2, "size": 10, "bold_rows": [len(budget) - 1]}),
        ("note", "* Суммы 2027 года относятся к январю – маю 2027 г."),
        ("p", "Источники финансирования: средства муниципального бюджета – 384 300,00 руб. (75 %), "
              "внебюджетные средства – 128 100,00 руб."),
        ("h", 1, "Оценка результатов и риски"),
        ("table", [
            ["Показатель", "Исходное значение", "Целевое значение (май 2027 г.)", "Способ оценки"],
            ["Доля детей с устойчивыми представлениями о родном крае", "29 %", "не менее 70 %",
             "диагностика по карте наблюдения"],
            ["Доля педагогов, проводящих игровые маршруты", "—", "100 %", "анализ календарных планов"],
            ["Число семей, участвующих в праздниках и акциях", "—", "не менее 100", "листы регистрации"],
        ], [5.6, 3.0, 3.6, 4.8], {"header": 1, "size": 10}),
        ("pl", "Риски и меры по их снижению:"),
        ("bul", [
            "погодные условия (жара, пыльные бури) – часть маршрутов дублируется в помещении;",
            "низкая активность семей – праздники назначаются на выходные дни, приглашения рассылаются заранее.",
        ]),
        ("cbold", "Список литературы"),
        ("num", [
            "Бадмаева Н. Б. Игровые маршруты в детском саду: методическое пособие. – Элиста, 2021. – 96 с.",
            "Кугультинова А. С. Знакомим дошкольников с культурой родного края. – Элиста, 2019. – 112 с.",
            "Сангаджиева Е. Д. Экологическое воспитание на материале степного региона // Дошкольник Юга. – "
            "2023. – № 4. – С. 18–24.",
        ], "m4lit", "%1."),
        ("blank",),
        ("pl", "Заведующий МБДОУ «Детский сад № 33 «Тюльпан»»                          Б. О. Очирова"),
    ]
    return {"name": "blind_m4", "hnum": [("decimal", "Раздел %1.")], "blocks": blocks,
            "author": "Очирова Б. О.", "doc_title": "Программа МИП 2025–2027", "body_pt": 12}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--out", default=DEFAULT_OUT)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for fn in (m1, m2, m3, m4):
        spec = fn()
        base = os.path.join(a.out, spec["name"])
        build_docx(spec, base + ".docx")
        build_txt(spec, base + ".txt")
        if not a.no_pdf:
            to_pdf(base + ".docx", a.out)
        print("built", spec["name"])


if __name__ == "__main__":
    main()
