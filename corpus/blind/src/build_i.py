#!/usr/bin/env python3
"""Build blind test reports blind_i1..blind_i4 (.docx, .pdf, .txt).

All content lives in this script; the reports, schools, people and documents are fictional.
Usage:
    python build_i.py [--no-pdf] [--out DIR]
PDFs are made with LibreOffice (headless, private profile /tmp/lo_i).

Word features used: Heading 1/2 styles, automatic numbering through w:numPr (decimal
multi-level section numbers, upper-Roman Heading 1, "1)" event lists continued across
sub-headings, bullets), tables with two-row headers, horizontal and vertical merges,
header rows repeated across page breaks (w:tblHeader), a landscape section, notes
marked with * and superscript digits under tables.
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
LO_PROFILE = "file:///tmp/lo_i"

# ---------------------------------------------------------------------------
# Block model
#   ("title", text) / ("center", text) / ("right", text)
#   ("h", level, text)          heading; rendering depends on spec["headings"]:
#        "autonum" bold paragraphs with automatic decimal numbering (1., 1.1.)
#        "styles"  Heading 1 / Heading 2 styles, numbers typed in the text
#        "caps"    centred bold paragraphs (text given in capitals), no numbers
#        "roman"   Heading 1 with automatic upper-Roman numbering, Heading 2 plain
#   ("p", text)                 justified paragraph with first-line indent
#   ("pl", text)                left-aligned paragraph
#   ("sub", text)               bold run-in line (not a heading)
#   ("bul", [items])            bulleted list (numPr, bullet level)
#   ("num", [items], key, fmt)  automatic numbered list; the same key continues
#                               the numbering (fmt "%1)" or "%1.")
#   ("caption", text)           table caption
#   ("note", text)              note under a table (10 pt)
#   ("table", rows, widths_cm, opts)  opts: header=N, repeat=bool, size=pt,
#        bold_rows=[i..]; cell: str | [paragraphs] | ("span", n, text) | None
#        (None = vertical-merge continuation of the cell above)
#   ("landscape",) / ("portrait",)   new section with that orientation
#   ("blank",)
# ---------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def roman(n):
    vals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


class Numbering:
    """Adds abstractNum / num definitions to the document's numbering part."""

    def __init__(self, doc):
        self.root = doc.part.numbering_part.element
        ids = [int(a.get(qn("w:abstractNumId"))) for a in self.root.findall(qn("w:abstractNum"))]
        nids = [int(a.get(qn("w:numId"))) for a in self.root.findall(qn("w:num"))]
        self.next_abs = max(ids + [0]) + 1
        self.next_num = max(nids + [0]) + 1

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
            st = OxmlElement("w:start"); st.set(qn("w:val"), "1"); lvl.append(st)
            nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), fmt); lvl.append(nf)
            lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), text); lvl.append(lt)
            jc = OxmlElement("w:lvlJc"); jc.set(qn("w:val"), "left"); lvl.append(jc)
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
        ai = OxmlElement("w:abstractNumId"); ai.set(qn("w:val"), str(self.next_abs))
        n.append(ai)
        self.root.append(n)
        self.next_abs += 1
        self.next_num += 1
        return self.next_num - 1


def set_numpr(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    # numPr must come early in pPr (after pStyle / keepNext...) – put it after pStyle
    ps = ppr.find(qn("w:pStyle"))
    if ps is not None:
        ps.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def set_cell_width(cell, cm):
    tcPr = cell._tc.get_or_add_tcPr()
    w = tcPr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcPr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


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
    pf.line_spacing = 1.08
    for name, size in (("Heading 1", 13), ("Heading 2", 12)):
        hs = doc.styles[name]
        fix_fonts(hs, size, bold=True)
        hs.font.italic = False
        hs.font.color.rgb = RGBColor(0, 0, 0)
        hs.paragraph_format.space_before = Pt(10)
        hs.paragraph_format.space_after = Pt(4)


def page_setup(section, landscape=False):
    section.left_margin = Cm(2.5 if not landscape else 1.8)
    section.right_margin = Cm(1.5)
    section.top_margin = Cm(1.8)
    section.bottom_margin = Cm(1.8)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width = Cm(29.7)
        section.page_height = Cm(21)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Cm(21)
        section.page_height = Cm(29.7)


def add_runs(p, text, size=None, bold=False, italic=False):
    """Text may carry superscript digits written as ^1 ... (rendered as ¹ chars)."""
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
    numbering = Numbering(doc)
    hmode = spec["headings"]
    head_num = None
    if hmode == "autonum":
        head_num = numbering.add([("decimal", "%1.", 360, 360, True),
                                  ("decimal", "%1.%2.", 567, 567, True)])
    elif hmode == "roman":
        head_num = numbering.add([("upperRoman", "%1.", 851, 851, True)])
    list_ids = {}
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind in ("title", "center", "right"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if kind == "right" else WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, blk[1], size=13 if kind == "title" else None, bold=kind == "title")
        elif kind == "h":
            level, text = blk[1], blk[2]
            if hmode == "styles":
                doc.add_heading(text, level=level)
            elif hmode == "roman":
                p = doc.add_heading(text, level=level)
                if level == 1:
                    set_numpr(p, head_num, 0)
            elif hmode == "autonum":
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(10)
                p.paragraph_format.space_after = Pt(4)
                p.paragraph_format.keep_with_next = True
                add_runs(p, text, bold=True)
                set_numpr(p, head_num, level - 1)
            elif hmode == "caps":
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.space_before = Pt(12)
                p.paragraph_format.space_after = Pt(6)
                p.paragraph_format.keep_with_next = True
                add_runs(p, text, bold=True)
            else:
                raise ValueError(hmode)
        elif kind in ("p", "pl"):
            p = doc.add_paragraph()
            if kind == "p":
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.25)
            p.paragraph_format.space_after = Pt(3)
            add_runs(p, blk[1])
        elif kind == "sub":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
            add_runs(p, blk[1], bold=True, italic=True)
        elif kind == "bul":
            nid = numbering.add([("bullet", "\u2022", 709, 357, False)])
            for it in blk[1]:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                add_runs(p, it)
                set_numpr(p, nid, 0)
        elif kind == "num":
            items, key, fmt = blk[1], blk[2], blk[3]
            if key not in list_ids:
                list_ids[key] = numbering.add([("decimal", fmt, 709, 425, False)])
            for it in items:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.space_after = Pt(2)
                add_runs(p, it)
                set_numpr(p, list_ids[key], 0)
        elif kind == "caption":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
            add_runs(p, blk[1], italic=True)
        elif kind == "note":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_runs(p, blk[1], size=10)
        elif kind == "blank":
            doc.add_paragraph()
        elif kind in ("landscape", "portrait"):
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            page_setup(sec, landscape=kind == "landscape")
        elif kind == "table":
            add_table(doc, blk[1], blk[2], blk[3] if len(blk) > 3 else {})
        else:
            raise ValueError(kind)
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
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    merges_h, merges_v = [], []
    for ri, row in enumerate(rows):
        ci = 0
        trow = t.rows[ri]
        if ri < nhead and opts.get("repeat"):
            set_repeat_header(trow)
        if opts.get("cantsplit", True):
            set_cant_split(trow)
        for c in row:
            span, text = 1, c
            if isinstance(c, tuple):
                span, text = c[1], c[2]
            for k in range(span):
                set_cell_width(t.cell(ri, ci + k), widths[ci + k])
            if c is None:
                merges_v.append((ri, ci))
            else:
                paras = text if isinstance(text, list) else [text]
                cell = t.cell(ri, ci)
                for k, ptxt in enumerate(paras):
                    p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    r = p.add_run(ptxt)
                    r.font.size = Pt(size)
                    if ri < nhead or (isinstance(c, tuple) and span == ncols):
                        p.paragraph_format.keep_with_next = True
                    if ri < nhead:
                        r.bold = True
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif ri in bold_rows or (isinstance(c, tuple) and opts.get("span_bold", True)):
                        r.bold = True
                if ri < nhead and opts.get("head_fill"):
                    shade(cell, opts["head_fill"])
                if span > 1:
                    merges_h.append((ri, ci, ci + span - 1))
            ci += span
        if ci != ncols:
            raise ValueError("row %d has %d cols, expected %d: %r" % (ri, ci, ncols, row))
    for ri, a, b in merges_h:
        t.cell(ri, a).merge(t.cell(ri, b))
    for ri, ci in merges_v:
        top = ri - 1
        while (top, ci) in merges_v:
            top -= 1
        t.cell(top, ci).merge(t.cell(ri, ci))
    # merged cells keep the text of the first cell only; python-docx leaves an
    # empty paragraph from the absorbed cells – drop trailing empty paragraphs
    for row in t.rows:
        for cell in row.cells:
            ps = cell.paragraphs
            while len(ps) > 1 and not ps[-1].text:
                ps[-1]._p.getparent().remove(ps[-1]._p)
                ps = cell.paragraphs
    doc.add_paragraph()


def build_txt(spec, path):
    """Word «save as text» shape: one paragraph per line, automatic numbers written
    out, table rows one per line with tab-separated cells, merged cells once."""
    out = []
    hcount = [0, 0]
    lists = {}
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind in ("title", "center", "right", "p", "pl", "sub", "caption", "note"):
            out.append(blk[1])
        elif kind == "h":
            level, text = blk[1], blk[2]
            mode = spec["headings"]
            if mode == "autonum":
                if level == 1:
                    hcount[0] += 1
                    hcount[1] = 0
                    out.append("%d.\t%s" % (hcount[0], text))
                else:
                    hcount[1] += 1
                    out.append("%d.%d.\t%s" % (hcount[0], hcount[1], text))
            elif mode == "roman" and level == 1:
                hcount[0] += 1
                out.append("%s.\t%s" % (roman(hcount[0]), text))
            else:
                out.append(text)
        elif kind == "bul":
            for it in blk[1]:
                out.append("\u2022\t" + it)
        elif kind == "num":
            items, key, fmt = blk[1], blk[2], blk[3]
            for it in items:
                lists[key] = lists.get(key, 0) + 1
                out.append(fmt.replace("%1", str(lists[key])) + "\t" + it)
        elif kind == "blank":
            out.append("")
        elif kind in ("landscape", "portrait"):
            pass
        elif kind == "table":
            for row in blk[1]:
                cells = []
                for c in row:
                    if c is None:
                        cells.append("")
                        continue
                    text = c[2] if isinstance(c, tuple) else c
                    if isinstance(text, list):
                        text = " ".join(text)
                    cells.append(text)
                out.append("\t".join(cells))
            out.append("")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


def to_pdf(docx, outdir):
    subprocess.run(
        ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
         "--convert-to", "pdf", "--outdir", outdir, docx],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


# ---------------------------------------------------------------------------
# Number helpers
# ---------------------------------------------------------------------------

def grp(n):
    """1284 -> '1 284' (ordinary space as thousands separator)."""
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return " ".join(parts)


def money(x):
    whole, frac = ("%.2f" % x).split(".")
    return grp(int(whole)) + "," + frac


def pct_ru(a, b, nd=1):
    v = round(100.0 * a / b + 1e-9, nd)
    return (("%." + str(nd) + "f") % v).replace(".", ",")


def cnt(v):
    return "\u2014" if v == 0 else str(v)


# ===========================================================================
# blind_i1 — Смоленская область, региональная ОЭП, лицей, 2024/2025 учебный год
# ===========================================================================

I1_TOPIC = ("«Школьная бизнес-лаборатория как модель формирования финансовой и "
            "предпринимательской грамотности обучающихся 8–11 классов»")

I1_DUP_A = ("Работа в проектных командах изменила характер участия лицеистов во внеурочной "
            "деятельности: обучающиеся сами распределяют роли финансиста, маркетолога и "
            "презентатора, ведут бюджет проекта в электронной таблице и защищают решения перед "
            "наставниками-предпринимателями. Наставники отмечают, что к концу учебного года "
            "команды стали точнее рассчитывать себестоимость продукта и реалистичнее оценивать спрос.")
# planted near-duplicate: изменила -> преобразила, точнее -> аккуратнее, реалистичнее -> трезвее
I1_DUP_B = ("Работа в проектных командах преобразила характер участия лицеистов во внеурочной "
            "деятельности: обучающиеся сами распределяют роли финансиста, маркетолога и "
            "презентатора, ведут бюджет проекта в электронной таблице и защищают решения перед "
            "наставниками-предпринимателями. Наставники отмечают, что к концу учебного года "
            "команды стали аккуратнее рассчитывать себестоимость продукта и трезвее оценивать спрос.")

# participants (planted: stated total 542, rows add up to 533)
I1_PART = [("Обучающиеся 8–11 классов", 280), ("Педагогические работники лицея", 36),
           ("Наставники-предприниматели", 9), ("Родители (законные представители)*", 203),
           ("Представители социальных партнёров", 5)]
I1_PART_TOTAL_WRITTEN = 542
# online views (consistent)
I1_VIEWS = (612, 437, 235)
# money (consistent)
I1_MONEY = (215400.00, 133250.00)


def i1():
    assert sum(v for _, v in I1_PART) == 533 != I1_PART_TOTAL_WRITTEN
    assert 74 + 71 + 68 + 67 == 280
    assert pct_ru(112, 280, 0) == "40"          # planted: text says 45 %
    assert pct_ru(84, 280, 0) == "30"
    assert pct_ru(27, 36, 0) == "75"
    views_total = sum(I1_VIEWS)
    money_total = sum(I1_MONEY)

    H2 = ["№ п/п", "Мероприятие", "Срок (план)", "Ответственные", ("span", 2, "Выполнение"),
          "Участники, чел."]
    H2b = [None, None, None, None, "Отметка", "Результат, продукт", None]

    def task(t):
        return [("span", 7, t)]

    plan = [
        H2, H2b,
        task("Задача 1. Нормативное и программно-методическое обеспечение"),
        ["1.1", "Корректировка программы курса «Бизнес-лаборатория» по итогам I этапа", "сентябрь 2024",
         "Кондратьева И. В., Гуревич П. А.", "выполнено",
         "программа утверждена приказом от 02.09.2024 № 214", "6"],
        ["1.2", "Разработка положения о лицейском конкурсе бизнес-проектов «Рославль-Старт»",
         "октябрь 2024", "Мельникова О. С.", "выполнено", "положение утверждено 21.10.2024", "4"],
        ["1.3", "Подготовка рабочих тетрадей к модулям «Личный финансовый план» и «Бизнес-модель»",
         "ноябрь 2024 – январь 2025", "творческая группа", "выполнено",
         "2 рабочие тетради (64 и 72 с.)", "7"],
        task("Задача 2. Работа проектных команд обучающихся"),
        ["2.1", "Формирование проектных команд 8–11 классов", "сентябрь 2024", "классные руководители",
         "выполнено", "сформировано 14 команд", "96"],
        ["2.2", "Бизнес-завтраки с предпринимателями города (ежеквартально)",
         "октябрь, декабрь 2024, март, май 2025", "Мельникова О. С.", "выполнено",
         "проведено 4 встречи, привлечено 9 наставников", "118"],
        # planted completeness: marked done, result empty
        ["2.3", "Стартап-уикенд «Идея за 48 часов»", "15–16.02.2025", "Зуев А. Н.", "выполнено", "", "54"],
        # planted completeness: not held, no reason, no date
        ["2.4", "Деловая игра «Лицейская биржа»", "март 2025", "Зуев А. Н.", "не проведено", "", "—"],
        ["2.5", "Лицейский конкурс бизнес-проектов «Рославль-Старт»", "апрель 2025", "Мельникова О. С.",
         "выполнено", "14 проектов, 3 призёра; 2 проекта рекомендованы на областной конкурс", "96"],
        # planted chronology: held (выполнено) on a date after the reporting period
        ["2.6", "Ярмарка лицейских мини-предприятий", "14.10.2025", "Зуев А. Н.", "выполнено",
         "11 мини-предприятий, выручка передана в фонд «Милосердие»", "131"],
        task("Задача 3. Повышение квалификации педагогов"),
        ["3.1", "Курсы повышения квалификации «Финансовая грамотность в урочной и внеурочной "
         "деятельности» (36 ч)", "ноябрь 2024", "Кондратьева И. В.", "выполнено",
         "удостоверения получили 11 педагогов", "11"],
        ["3.2", "Проблемный семинар «Наставничество предпринимателей в школе»", "январь 2025",
         "Гуревич П. А.", "выполнено", "памятка для наставника", "23"],
        # trap (unlabelled): not held, reason and new date given
        ["3.3", "Стажировка педагогов в бизнес-инкубаторе г. Смоленска", "апрель 2025", "Зуев А. Н.",
         "не проведено",
         "стажировка перенесена на октябрь 2025 г. в связи с ремонтом помещений бизнес-инкубатора "
         "(письмо от 28.03.2025 № 56)", "—"],
        task("Задача 4. Мониторинг результатов"),
        ["4.1", "Промежуточная диагностика финансовой грамотности (тест в формате PISA)", "декабрь 2024",
         "Мельникова О. С.", "выполнено", "аналитическая справка (см. раздел 7)", "280"],
        ["4.2", "Анкетирование родителей", "февраль 2025", "классные руководители", "выполнено",
         "203 анкеты, аналитическая справка", "203"],
        ["4.3", "Итоговая диагностика учебного года", "май 2025", "Мельникова О. С.", "выполнено",
         "аналитическая справка от 30.05.2025", "280"],
        task("Задача 5. Обобщение и распространение опыта"),
        ["5.1", "Открытый урок-практикум для учителей района", "ноябрь 2024", "Зуев А. Н.", "выполнено",
         "2 открытых занятия", "27"],
        ["5.2", "Публикация статьи в региональном сборнике", "март 2025",
         "Гуревич П. А., Кондратьева И. В.", "выполнено",
         "статья «Бизнес-лаборатория в лицее: первый год практики»", "—"],
        ["5.3", "Отчётная конференция площадки на педагогическом совете", "июнь 2025",
         "Кондратьева И. В.", "выполнено", "отчёт одобрен, протокол от 25.06.2025 № 9", "64"],
    ]

    part_rows = [["Категория участников", "Количество, чел."]]
    for name, v in I1_PART:
        part_rows.append([name, str(v)])
    part_rows.append(["Итого", str(I1_PART_TOTAL_WRITTEN)])

    blocks = [
        ("center", "Министерство образования и науки Смоленской области"),
        ("center", "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 5» г. Рославля"),
        ("blank",),
        ("title", "ОТЧЁТ"),
        ("title", "о деятельности региональной опытно-экспериментальной площадки"),
        ("title", "за 2024/2025 учебный год"),
        ("center", "Тема: " + I1_TOPIC),
        ("center", "Отчётный период: 01.09.2024 – 31.08.2025"),
        ("h", 1, "Общие сведения о площадке"),
        ("table", [
            ["Показатель", "Сведения"],
            ["Полное наименование организации",
             "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 5» г. Рославля Смоленской области"],
            ["Руководитель площадки", "Кондратьева Ирина Владимировна, директор"],
            ["Научный консультант",
             "Гуревич Павел Аркадьевич, кандидат экономических наук, доцент (г. Смоленск)"],
            ["Тема опытно-экспериментальной работы (ОЭР)", I1_TOPIC],
            ["Основание",
             "приказ Министерства образования и науки Смоленской области от 18.08.2023 № 1104-ОД "
             "«О присвоении статуса региональной опытно-экспериментальной площадки»"],
            ["Срок реализации ОЭР", "01.09.2023 – 31.08.2026"],
            ["Этап в отчётном периоде", "II (основной), сентябрь 2024 – декабрь 2025"],
            ["Нормативная основа содержания",
             "ФОП СОО, утверждённая приказом Минпросвещения России от 18.05.2023 № 371; "
             "Стратегия повышения финансовой грамотности"],
        ], [5.5, 11.5], {"header": 1, "size": 10}),
        ("h", 1, "Цель и задачи опытно-экспериментальной работы"),
        ("p", "Цель ОЭР – создание и апробация модели школьной бизнес-лаборатории, обеспечивающей "
              "формирование финансовой и предпринимательской грамотности обучающихся 8–11 классов через "
              "работу проектных команд с наставниками из числа предпринимателей города."),
        ("pl", "Задачи:"),
        ("num", [
            "разработать программу курса внеурочной деятельности «Бизнес-лаборатория» и положение о "
            "лицейском конкурсе бизнес-проектов;",
            "организовать проектные команды обучающихся и их сопровождение наставниками-предпринимателями;",
            "повысить квалификацию педагогов в области финансовой грамотности и проектного менеджмента;",
            "разработать инструментарий оценки финансовой и предпринимательской грамотности и провести "
            "мониторинг;",
            "обобщить и распространить опыт работы площадки.",
        ], "tasks", "%1)"),
        ("h", 1, "Этапы опытно-экспериментальной работы"),
        ("table", [
            ["Этап", "Сроки", "Содержание этапа", "Состояние"],
            ["I. Подготовительный", "сентябрь 2023 – август 2024",
             "нормативная база, программа курса, стартовая диагностика", "завершён"],
            ["II. Основной", "сентябрь 2024 – декабрь 2025",
             "апробация модели бизнес-лаборатории, работа проектных команд, промежуточный мониторинг",
             "реализуется"],
            ["III. Обобщающий", "январь – август 2026",
             "итоговый мониторинг, методические рекомендации, трансляция опыта", "—"],
        ], [3.4, 4.2, 7.0, 2.4], {"header": 1, "size": 10}),
        ("landscape",),
        ("h", 1, "Выполнение плана ОЭР на 2024/2025 учебный год"),
        ("caption", "Таблица 1. План работы площадки и его выполнение"),
        ("table", plan, [1.1, 6.4, 3.2, 3.5, 2.4, 6.4, 2.6],
         {"header": 2, "repeat": True, "size": 10, "head_fill": "E7E6E6"}),
        ("p", I1_DUP_A),
        ("portrait",),
        ("h", 1, "Участники опытно-экспериментальной работы"),
        ("table", part_rows, [11.0, 5.0], {"header": 1, "size": 11, "bold_rows": [len(part_rows) - 1]}),
        ("note", "* Учтены родители, заполнившие анкету (п. 4.2 плана)."),
        ("p", "Обучающиеся распределены по параллелям: 8 классы – 74, 9 классы – 71, 10 классы – 68, "
              "11 классы – 67 человек. В ОЭР непосредственно участвуют 27 из 36 педагогов лицея (75 %); "
              "остальные педагоги привлекаются к отдельным мероприятиям."),
        ("h", 1, "Кадровое обеспечение опытно-экспериментальной работы"),
        # planted structure: template placeholder instead of content
        ("pl", "(указать количество педагогов, участвующих в ОЭР, их квалификационные категории, "
               "сведения о повышении квалификации)"),
        ("h", 1, "Результаты опытно-экспериментальной работы"),
        ("p", "Промежуточная диагностика (декабрь 2024 года) показала высокий уровень финансовой "
              "грамотности у 84 обучающихся (30 %)."),
        ("p", "По итогам итоговой диагностики учебного года (май 2025 года) высокий уровень показали "
              "112 из 280 обучающихся (45 %)."),
        ("table", [
            ["Показатель", "Декабрь 2024", "Май 2025"],
            ["Средний балл теста (максимум 30)", "17,4", "19,8"],
            ["Обучающиеся с высоким уровнем, чел.", "84", "112"],
            ["Команды, защитившие бизнес-проект", "—", "14"],
        ], [9.0, 3.5, 3.5], {"header": 1, "size": 11}),
        ("pl", "Продукты ОЭР, полученные в отчётном периоде:"),
        ("bul", [
            "скорректированная программа курса внеурочной деятельности «Бизнес-лаборатория»;",
            "рабочие тетради «Личный финансовый план» и «Бизнес-модель»;",
            "положение о лицейском конкурсе бизнес-проектов «Рославль-Старт»;",
            "памятка для наставника-предпринимателя;",
            "банк из 14 бизнес-проектов обучающихся.",
        ]),
        ("p", "На оснащение бизнес-лаборатории в отчётном периоде израсходовано %s руб.: %s руб. – "
              "средства муниципального бюджета, %s руб. – внебюджетные средства (спонсорская помощь "
              "ООО «Рославльский хлебозавод»)." % (money(money_total), money(I1_MONEY[0]), money(I1_MONEY[1]))),
        ("p", I1_DUP_B),
        ("h", 1, "Распространение опыта"),
        ("bul", [
            # planted chronology: before the reporting period
            "22.08.2024 – выступление на августовском совещании педагогических работников Рославльского "
            "района «Бизнес-лаборатория: итоги подготовительного этапа» (56 слушателей);",
            "20.11.2024 – открытый урок-практикум «Личный финансовый план» для учителей района (27 участников);",
            "12–13.03.2025 – доклад на областной научно-практической конференции «Финансовая грамотность: "
            "от урока к жизни» (г. Смоленск);",
            "март 2025 – статья «Бизнес-лаборатория в лицее: первый год практики» в региональном сборнике;",
            "23.04.2025 – вебинар для педагогов области «Наставник-предприниматель в школе».",
        ]),
        ("p", "Совокупный охват онлайн-трансляций мероприятий площадки составил %s просмотра "
              "(вебинар – %d, отчётная конференция – %d, открытый урок-практикум – %d)."
              % (grp(views_total), I1_VIEWS[0], I1_VIEWS[1], I1_VIEWS[2])),
        ("h", 1, "Перспективы на 2025/2026 учебный год"),
        ("p", "В 2025/2026 учебном году площадка завершает основной этап и переходит к обобщающему. "
              "Планируется:"),
        ("bul", [
            "провести перенесённую стажировку педагогов в бизнес-инкубаторе г. Смоленска;",
            "до 30 апреля 2026 г. подготовить методические рекомендации «Школьная бизнес-лаборатория»;",
            "провести областной семинар для руководителей общеобразовательных организаций на базе лицея.",
        ]),
        ("blank",),
        ("pl", "Директор МБОУ «Лицей № 5» г. Рославля                    И. В. Кондратьева"),
        ("pl", "05.09.2025"),
    ]
    assert grp(views_total) == "1 284" and money(money_total) == "348 650,00"
    return {"name": "blind_i1", "headings": "autonum", "blocks": blocks,
            "author": "Мельникова О. С.", "doc_title": "Отчёт ОЭП за 2024/2025 учебный год",
            "body_pt": 11}


# ===========================================================================
# blind_i2 — Хабаровский край, КИП, центр дополнительного образования, 2025 год
# ===========================================================================

I2_TOPIC = ("«Амурский инженер»: сетевая модель дополнительного образования технической "
            "направленности для обучающихся малых городов и сёл")

I2_DUP_A = ("Выездные интенсивы и сетевые группы сняли главный барьер для детей из отдалённых "
            "посёлков: занятия по судомоделированию и беспилотным системам теперь проходят рядом с "
            "домом, а оборудование центра перемещается между площадками по единому графику. "
            "Педагоги школ-партнёров освоили роль тьюторов и ведут группы самостоятельно, обращаясь "
            "к методистам центра только за консультацией.")
# planted near-duplicate: сняли -> устранили, рядом с домом -> недалеко от дома, самостоятельно -> без поддержки
I2_DUP_B = ("Выездные интенсивы и сетевые группы устранили главный барьер для детей из отдалённых "
            "посёлков: занятия по судомоделированию и беспилотным системам теперь проходят недалеко от "
            "дома, а оборудование центра перемещается между площадками по единому графику. "
            "Педагоги школ-партнёров освоили роль тьюторов и ведут группы без поддержки, обращаясь "
            "к методистам центра только за консультацией.")

# coverage by territory: (category, Комсомольск, Амурск, Солнечный)
I2_COVER = [("Обучающиеся", 412, 231, 117), ("Педагогические работники", 48, 27, 19),
            ("Родители (законные представители)", 164, 88, 0), ("Социальные партнёры", 7, 4, 3)]
I2_TEACH_WRITTEN = 104   # planted: 48 + 27 + 19 = 94


def i2():
    row_tot = {c: a + b + s for c, a, b, s in I2_COVER}
    assert row_tot["Педагогические работники"] == 94 != I2_TEACH_WRITTEN
    col = [sum(r[k] for r in I2_COVER) for k in (1, 2, 3)]
    grand = sum(col)
    assert pct_ru(231 + 117, 760, 0) == "46"    # planted: text says 52 %
    assert row_tot["Обучающиеся"] == 760
    assert pct_ru(111, 760) == "14,6"
    spent, grant = 1243716.40, 1250000.00
    assert pct_ru(spent, grant) == "99,5"

    cover = [["Категория участников", ("span", 3, "Количество участников по территориям, чел."), "Всего, чел."],
             [None, "г. Комсомольск-на-Амуре", "г. Амурск", "п. Солнечный", None]]
    for c, a, b, s in I2_COVER:
        tot = I2_TEACH_WRITTEN if c == "Педагогические работники" else a + b + s
        cover.append([c, cnt(a), cnt(b), cnt(s), grp(tot)])
    cover.append(["Итого", grp(col[0]), grp(col[1]), grp(col[2]), grp(grand)])

    def stage(t):
        return [("span", 5, t)]

    plan = [
        ["№", "Мероприятие", "Срок", "Ответственный", "Планируемый результат"],
        stage("2 этап (сентябрь 2024 – август 2025)"),
        ["2.1", "Сетевые занятия по программе «Судомодельное конструирование» в г. Амурске и п. Солнечный",
         "январь – май 2025", "Литвинов Р. Е.", "3 сетевые группы, не менее 36 обучающихся"],
        ["2.2", "Краевой дистанционный конкурс «Инженерная смена»", "февраль 2025", "Ермакова Т. Ю.",
         "не менее 60 участников из 6 районов края"],
        ["2.3", "Выездная «Инженерная каникула» в п. Солнечный", "24–28.03.2025", "Литвинов Р. Е.",
         "интенсив для 25 обучающихся"],
        ["2.4", "Семинар-практикум для педагогов сети «Кейс-метод в техническом творчестве»", "апрель 2025",
         "Ермакова Т. Ю.", "20 педагогов, сборник кейсов"],
        ["2.5", "Сетевой фестиваль робототехники «Амурская волна»", "май 2025", "Шестаков В. П.",
         "не менее 80 участников"],
        ["2.6", "Летняя инженерная школа на базе Амурского технологического колледжа", "июнь – июль 2025",
         "Шестаков В. П.", "30 обучающихся, сертификаты колледжа"],
        ["2.7", "Промежуточный мониторинг результатов 2 этапа", "август 2025", "Ермакова Т. Ю.",
         "аналитическая справка"],
        ["2.8", "Межмуниципальная олимпиада по черчению и 3D-моделированию", "октябрь 2025",
         "Литвинов Р. Е.", "не менее 50 участников"],
        stage("3 этап (сентябрь 2025 – декабрь 2026)"),
        ["3.1", "Комплектование сетевых групп 2025/2026 учебного года", "сентябрь 2025", "Литвинов Р. Е.",
         "4 сетевые группы"],
        ["3.2", "Разработка методического пособия по сетевой программе", "сентябрь – ноябрь 2025",
         "Ермакова Т. Ю.", "рукопись пособия"],
        ["3.3", "Краевая научно-практическая конференция «Техническое творчество в малых городах»",
         "ноябрь 2025", "Шестаков В. П.", "доклад, 2 мастер-класса"],
        ["3.4", "Открытый чемпионат сети по беспилотным системам «Небо над Амуром»", "декабрь 2025",
         "Литвинов Р. Е.", "не менее 40 участников"],
        ["3.5", "Итоговое заседание сетевого совета, утверждение плана на 2026 год", "декабрь 2025",
         "Бурлакова Н. А.", "протокол, план на 2026 год"],
        # planted completeness: planned, absent from the fact table, never mentioned again
        ["3.6", "Запуск сетевого канала «Амурский инженер» в мессенджере", "октябрь 2025", "Ермакова Т. Ю.",
         "канал с материалами для обучающихся и родителей"],
    ]
    fact = [
        ["№ по плану", "Мероприятие (кратко)", "Дата проведения", "Фактический результат", "Участники, чел."],
        ["2.1", "Сетевые занятия «Судомодельное конструирование»", "13.01–23.05.2025",
         "проведено 68 занятий в 3 группах, программу освоили 37 обучающихся", "37"],
        ["2.2", "Конкурс «Инженерная смена»", "03–21.02.2025",
         "74 участника из 9 муниципальных районов края, 12 призёров", "74"],
        ["2.3", "«Инженерная каникула»", "24–28.03.2025", "26 обучающихся, 6 командных моделей судов", "26"],
        ["2.4", "Семинар-практикум «Кейс-метод»", "17.04.2025", "22 педагога, сборник из 12 кейсов", "22"],
        # planted completeness: planned festival, no outcome, no reason
        ["2.5", "Фестиваль «Амурская волна»", "—", "—", "—"],
        ["2.6", "Летняя инженерная школа", "16.06–11.07.2025", "31 обучающийся получил сертификат колледжа", "31"],
        ["2.7", "Промежуточный мониторинг", "29.08.2025", "аналитическая справка рассмотрена на сетевом совете", "9"],
        # planted chronology: row listed under stage 2 (ends August 2025), held in October
        ["2.8", "Олимпиада по черчению и 3D-моделированию", "17.10.2025", "58 участников, 7 победителей", "58"],
        ["3.1", "Комплектование сетевых групп", "01–15.09.2025", "4 сетевые группы, 52 обучающихся", "52"],
        ["3.2", "Методическое пособие", "сентябрь – ноябрь 2025",
         "рукопись пособия (94 с.) одобрена методическим советом 27.11.2025", "5"],
        ["3.3", "Краевая конференция", "20.11.2025", "доклад и 2 мастер-класса, 118 участников конференции", "118"],
        # planted chronology: reported in the 2025 report, held after the reporting year
        ["3.4", "Чемпионат «Небо над Амуром»", "12.01.2026", "46 участников, 8 команд", "46"],
        # trap (unlabelled): not held, reason and new date
        ["3.5", "Итоговое заседание сетевого совета", "не проведено",
         "перенесено на 23.01.2026 в связи с карантином по гриппу в общеобразовательных организациях "
         "г. Амурска", "—"],
    ]

    blocks = [
        ("center", "Министерство образования и науки Хабаровского края"),
        ("center", "Муниципальное автономное учреждение дополнительного образования "
                   "«Центр дополнительного образования «Импульс» г. Комсомольска-на-Амуре"),
        ("blank",),
        ("title", "Отчёт краевой инновационной площадки о результатах деятельности за 2025 год"),
        ("center", "(период: январь – декабрь 2025 года)"),
        ("h", 1, "Раздел 1. Общая информация о площадке"),
        ("table", [
            ["Наименование организации", "МАУ ДО «Центр дополнительного образования «Импульс» "
                                         "г. Комсомольска-на-Амуре"],
            ["Тема инновационного проекта", I2_TOPIC],
            ["Статус КИП присвоен", "распоряжением министерства образования и науки Хабаровского края "
                                    "от 27.12.2023 № 1892"],
            ["Срок реализации проекта", "январь 2024 – декабрь 2026"],
            ["Сетевые партнёры", ["МБОУ СОШ № 2 г. Амурска;", "МБОУ СОШ п. Солнечный;",
                                  "КГБ ПОУ «Амурский технологический колледж»"]],
            ["Руководитель проекта", "Бурлакова Наталья Андреевна, директор"],
            ["Нормативная основа", "Концепция развития дополнительного образования детей до 2030 года "
                                   "(распоряжение Правительства РФ от 31.03.2022 № 678-р)"],
        ], [5.0, 12.0], {"header": 0, "size": 11}),
        ("h", 1, "Раздел 2. Цель и задачи проекта"),
        ("p", "Цель проекта – обеспечить доступность дополнительного образования технической "
              "направленности для обучающихся малых городов и сёл через сетевую модель, объединяющую "
              "центр дополнительного образования, общеобразовательные школы и колледж."),
        ("pl", "Задачи проекта:"),
        ("bul", [
            "разработать и реализовать сетевые дополнительные общеобразовательные программы технической "
            "направленности;",
            "организовать выездные интенсивы и летнюю инженерную школу для обучающихся сельских территорий;",
            "подготовить педагогов школ-партнёров к ведению сетевых групп;",
            "создать систему конкурсных мероприятий сети;",
            "обобщить опыт в методическом пособии.",
        ]),
        ("h", 1, "Раздел 3. Этапы реализации проекта"),
        ("pl", "1 этап (январь 2024 – август 2024) – подготовительный, завершён."),
        ("pl", "2 этап (сентябрь 2024 – август 2025) – практический, завершён."),
        ("pl", "3 этап (сентябрь 2025 – декабрь 2026) – обобщающий, реализуется."),
        ("h", 1, "Раздел 4. Выполнение плана мероприятий 2025 года"),
        ("h", 2, "4.1. План мероприятий"),
        ("caption", "Таблица 1. План мероприятий на 2025 год"),
        ("table", plan, [1.0, 6.6, 2.8, 3.0, 4.1], {"header": 1, "repeat": True, "size": 10}),
        ("h", 2, "4.2. Фактическое выполнение"),
        ("caption", "Таблица 2. Фактическое выполнение плана"),
        ("table", fact, [1.5, 4.4, 2.8, 6.3, 2.0], {"header": 1, "repeat": True, "size": 10}),
        ("h", 1, "Раздел 5. Охват участников"),
        ("caption", "Таблица 3. Участники мероприятий проекта в 2025 году"),
        ("table", cover, [5.0, 3.4, 2.6, 2.6, 2.6],
         {"header": 2, "size": 10, "bold_rows": [len(cover) - 1]}),
        ("p", "Обучающихся из г. Амурска и п. Солнечный – %d человек, что составляет 52 %% от общего числа "
              "обучающихся сети." % (231 + 117)),
        ("p", "Родители обучающихся п. Солнечный в мероприятиях отчётного года не участвовали: встречи с "
              "ними перенесены в план 2026 года."),
        ("h", 1, "Раздел 6. Результаты инновационной деятельности"),
        ("h", 2, "6.1. Количественные и качественные результаты"),
        ("p", "Доля обучающихся, ставших победителями и призёрами конкурсов различного уровня, составила "
              "14,6 %% (111 из 760). Объём финансирования проекта из краевого бюджета в 2025 году – "
              "%s руб., освоено %s руб. (%s %%)." % (money(grant), money(spent), pct_ru(spent, grant))),
        ("p", I2_DUP_A),
        ("h", 2, "6.2. Продукты инновационной деятельности"),
        # planted structure: subsection with a dash only
        ("pl", "—"),
        # planted structure: «Раздел 7» (dissemination) is missing; numbering jumps 6 -> 8
        ("h", 1, "Раздел 8. Выводы и перспективы"),
        ("p", I2_DUP_B),
        ("p", "В 2026 году (3 этап) планируется до 1 июня 2026 года издать методическое пособие, "
              "провести итоговую краевую конференцию и передать сетевые программы в две новые школы "
              "Комсомольского района."),
        ("blank",),
        ("pl", "Директор МАУ ДО ЦДО «Импульс»                              Н. А. Бурлакова"),
        ("pl", "21.01.2026"),
    ]
    return {"name": "blind_i2", "headings": "styles", "blocks": blocks,
            "author": "Ермакова Т. Ю.", "doc_title": "Отчёт КИП за 2025 год"}


# ===========================================================================
# blind_i3 — Удмуртская Республика, сетевая МИП (три детских сада), I полугодие 2025
# ===========================================================================

I3_DUP_A = ("Народная игра оказалась удобной формой для детей, которые неохотно вступают в общение: "
            "правила задают очерёдность реплик, а считалки и приговорки на удмуртском и русском языках "
            "дают готовые речевые образцы. Воспитатели отмечают, что в играх с водящим застенчивые дети "
            "чаще берут на себя ведущую роль и первыми предлагают сверстникам новую игру.")
# planted near-duplicate: удобной -> подходящей, готовые -> привычные, первыми -> сами
I3_DUP_B = ("Народная игра оказалась подходящей формой для детей, которые неохотно вступают в общение: "
            "правила задают очерёдность реплик, а считалки и приговорки на удмуртском и русском языках "
            "дают привычные речевые образцы. Воспитатели отмечают, что в играх с водящим застенчивые дети "
            "чаще берут на себя ведущую роль и сами предлагают сверстникам новую игру.")

# diagnostics: (детский сад, обследовано, февраль (в, с, н), июнь (в, с, н))
I3_DIAG = [("МБДОУ № 4", 56, (9, 31, 16), (14, 33, 9)),
           ("МБДОУ № 17", 62, (10, 35, 17), (17, 36, 9)),
           ("МБДОУ № 29", 50, (7, 29, 14), (10, 40, 0))]
# participants in prose (planted: 24 + 168 + 143 + 9 = 344, written 352)
I3_PART = dict(total=352, ped=24, kids=168, par=143, spec=9)


def i3():
    for _, n, f, j in I3_DIAG:
        assert sum(f) == n and sum(j) == n
    tot_n = sum(r[1] for r in I3_DIAG)
    tf = [sum(r[2][k] for r in I3_DIAG) for k in range(3)]
    tj = [sum(r[3][k] for r in I3_DIAG) for k in range(3)]
    assert tot_n == 168 and tf == [26, 95, 47] and tj == [41, 109, 18]
    assert pct_ru(26, 168) == "15,5" and pct_ru(41, 168) == "24,4"   # planted: text says 29 %
    assert pct_ru(47, 168) == "28,0" and pct_ru(18, 168) == "10,7"
    assert pct_ru(18, 24, 0) == "75"
    p = I3_PART
    assert p["ped"] + p["kids"] + p["par"] + p["spec"] == 344 != p["total"]

    diag = [["Детский сад", "Обследовано детей", ("span", 3, "Февраль 2025"), ("span", 3, "Июнь 2025")],
            [None, None, "высокий", "средний", "низкий", "высокий", "средний", "низкий"]]
    for name, n, f, j in I3_DIAG:
        diag.append([name, str(n)] + [cnt(v) for v in f] + [cnt(v) for v in j])
    diag.append(["Всего по сети", str(tot_n)] + [str(v) for v in tf] + [str(v) for v in tj])

    blocks = [
        ("center", "Управление образования Администрации города Сарапула"),
        ("center", "Сетевая муниципальная инновационная площадка"),
        ("blank",),
        ("title", "ПРОМЕЖУТОЧНЫЙ ОТЧЁТ"),
        ("title", "о реализации инновационного проекта «Шудон»: удмуртские народные игры как средство "
                  "развития коммуникативных навыков детей 5–7 лет"),
        ("center", "за I полугодие 2025 года (01.01.2025 – 30.06.2025)"),
        ("h", 1, "ОБЩИЕ СВЕДЕНИЯ"),
        ("table", [
            ["Участники сети", ["МБДОУ «Детский сад № 4» (базовая организация)", "МБДОУ «Детский сад № 17»",
                                "МБДОУ «Детский сад № 29»"]],
            ["Руководитель проекта", "Корепанова Людмила Геннадьевна, заведующий МБДОУ «Детский сад № 4»"],
            ["Научный руководитель", "Шкляева Нина Михайловна, кандидат педагогических наук"],
            ["Статус площадки", "приказ Управления образования от 29.11.2024 № 618 «О присвоении статуса "
                                "муниципальной инновационной площадки»"],
            ["Срок реализации проекта", "январь 2025 – декабрь 2026"],
            ["Отчётный период", "I полугодие 2025 года"],
        ], [5.0, 12.0], {"header": 0, "size": 11}),
        ("h", 1, "ЦЕЛЬ И ЗАДАЧИ ПРОЕКТА"),
        ("p", "Цель: развитие коммуникативных навыков детей старшего дошкольного возраста средствами "
              "удмуртских народных игр в условиях сетевого взаимодействия трёх детских садов."),
        ("pl", "Задачи:"),
        ("bul", [
            "собрать и адаптировать картотеку удмуртских народных игр для детей 5–7 лет;",
            "разработать цикл игровых занятий и диагностический инструментарий;",
            "вовлечь семьи воспитанников в изготовление атрибутов и проведение праздников;",
            "представить опыт сети педагогическому сообществу города и республики.",
        ]),
        ("h", 1, "ЭТАПЫ РЕАЛИЗАЦИИ ПРОЕКТА"),
        ("table", [
            ["Этап", "Период", "Основное содержание"],
            ["1 этап – организационный", "I квартал 2025 года",
             "положение о сети, рабочая группа, картотека игр, стартовая диагностика"],
            ["2 этап – практический", "II квартал 2025 года – III квартал 2026 года",
             "цикл игровых занятий, семейные мастерские, праздники, промежуточный мониторинг"],
            ["3 этап – итоговый", "IV квартал 2026 года",
             "итоговая диагностика, методическое пособие, итоговая конференция"],
        ], [4.6, 4.8, 7.6], {"header": 1, "size": 11}),
        ("h", 1, "ВЫПОЛНЕНИЕ ПЛАНА МЕРОПРИЯТИЙ ЗА I ПОЛУГОДИЕ 2025 ГОДА"),
        ("sub", "1 этап (I квартал 2025 года)"),
        ("num", [
            "Установочный семинар для педагогов трёх детских садов «Народная игра в современном детском "
            "саду» – 16.01.2025, МБДОУ № 17, 24 педагога. Принято положение о сетевом взаимодействии, "
            "создана рабочая группа из 9 человек.",
            "Составление картотеки удмуртских народных игр – январь – февраль 2025 г. Картотека из 48 игр "
            "с правилами на русском и удмуртском языках размещена на сайтах детских садов.",
            "Стартовая диагностика коммуникативных навыков детей 5–7 лет – 03–14.02.2025; обследовано "
            "168 воспитанников (результаты – в разделе «Результаты»).",
            # planted chronology: before the reporting period and before the project start
            "Родительское собрание «Играем вместе: зачем ребёнку народная игра» – 18.12.2024, "
            "131 родитель; проведено в трёх детских садах.",
            "«Мастерская выходного дня»: изготовление атрибутов к играм силами семей – март 2025 г., "
            "37 семей; изготовлено 12 комплектов атрибутов.",
            # planted chronology: listed under stage 1 (I квартал), dated in April
            "Мастер-класс для воспитателей «Удмуртская кукла-закрутка» – 22.04.2025, МБДОУ № 29, "
            "18 педагогов; куклы переданы в игровые уголки групп.",
        ], "ev", "%1)"),
        ("sub", "2 этап (с II квартала 2025 года)"),
        ("num", [
            "Цикл игровых занятий «Шудон» в старших и подготовительных группах (1 раз в неделю) – апрель – "
            "июнь 2025 г.; проведено 96 занятий в 8 группах.",
            # planted completeness: not held, no reason
            "Сетевой игровой марафон «Весенние заклички» – май 2025 г. Не проведён.",
            "Консультации для родителей в сообществах детских садов в социальной сети – апрель – июнь "
            "2025 г.; опубликовано 14 материалов.",
            # planted completeness: held, outcome a dash
            "Открытый показ игровых занятий для педагогов города – 21.05.2025, МБДОУ № 4. Результат: —.",
            # trap (unlabelled): not held, reason and new date
            "Праздник «Гербер» с участием семей воспитанников – планировался на июнь 2025 г.; не проведён в "
            "связи с карантином по ветряной оспе в МБДОУ № 17, перенесён на 18.09.2025.",
            "Промежуточный мониторинг коммуникативных навыков – 16–27.06.2025; обследовано 168 воспитанников.",
        ], "ev", "%1)"),
        ("h", 1, "УЧАСТНИКИ ПРОЕКТА"),
        ("p", "В реализации проекта в I полугодии 2025 года участвовали %d человека: %d педагога, "
              "%d воспитанников, %d родителя и %d специалистов (музыкальные руководители, логопеды, "
              "инструкторы по физической культуре)." % (p["total"], p["ped"], p["kids"], p["par"], p["spec"])),
        ("p", "Курсы повышения квалификации по этнокультурному образованию дошкольников прошли 18 из 24 "
              "педагогов сети (75 %)."),
        ("h", 1, "РЕЗУЛЬТАТЫ I ПОЛУГОДИЯ"),
        ("caption", "Таблица 1. Уровень сформированности коммуникативных навыков, чел."),
        ("table", diag, [3.2, 2.8, 1.85, 1.85, 1.85, 1.85, 1.85, 1.85],
         {"header": 2, "size": 10, "bold_rows": [len(diag) - 1]}),
        ("note", "Прочерк означает отсутствие детей с данным уровнем."),
        ("p", "Доля детей с высоким уровнем коммуникативных навыков выросла с %s %% (26 из 168) в феврале "
              "до 29 %% (41 из 168) в июне 2025 года." % pct_ru(26, 168)),
        ("p", "Доля детей с низким уровнем снизилась до %s %%." % pct_ru(18, 168)),
        ("p", I3_DUP_A),
        ("h", 1, "КАДРОВЫЕ И МАТЕРИАЛЬНО-ТЕХНИЧЕСКИЕ УСЛОВИЯ"),
        # planted structure: unfilled template lines
        ("pl", "Количество педагогов, реализующих проект: ____ чел."),
        ("pl", "Из них прошли курсы повышения квалификации: ____ чел."),
        ("pl", "Приобретённое оборудование: ________________________"),
        ("h", 1, "РАСПРОСТРАНЕНИЕ ОПЫТА"),
        ("table", [
            ["№", "Дата", "Мероприятие", "Уровень", "Форма участия"],
            ["1", "27.02.2025", "Городское методическое объединение воспитателей старших групп", "муниципальный",
             "выступление"],
            ["2", "10.04.2025", "Республиканский фестиваль «Удмурт кыл – мынам кылы»", "региональный",
             "мастер-класс"],
            ["3", "29.05.2025", "Публикация «Шудон в детском саду» в сборнике Удмуртского института "
                                "развития образования", "региональный", "статья"],
        ], [0.8, 2.4, 8.0, 3.0, 2.8], {"header": 1, "size": 10}),
        ("h", 1, "ВЫВОДЫ"),
        ("p", I3_DUP_B),
        ("p", "Задачи 1 этапа в основном решены; во II полугодии сеть продолжит практический этап."),
        ("h", 1, "ПЛАН НА II ПОЛУГОДИЕ 2025 ГОДА"),
        ("table", [
            ["Мероприятие", "Срок", "Ответственный"],
            ["Праздник «Гербер» (перенесён)", "сентябрь 2025", "Корепанова Л. Г."],
            ["Семейный фестиваль народных игр", "октябрь – ноябрь 2025", "Ившина О. В."],
            ["Педагогическая мастерская «Игры народов Удмуртии»", "ноябрь 2025", "Шкляева Н. М."],
            ["Промежуточный мониторинг за 2025 год", "декабрь 2025", "Бабинцева Е. А."],
        ], [9.0, 4.0, 4.0], {"header": 1, "size": 11}),
        ("blank",),
        ("pl", "Руководитель проекта                                        Л. Г. Корепанова"),
        ("pl", "07.07.2025"),
    ]
    return {"name": "blind_i3", "headings": "caps", "blocks": blocks,
            "author": "Корепанова Л. Г.", "doc_title": "Промежуточный отчёт МИП за I полугодие 2025 года"}


# ===========================================================================
# blind_i4 — Ульяновская область, РИП, специальная (коррекционная) школа, 2025 — CLEAN
# ===========================================================================

I4_GOAL = ("создание и внедрение модели ранней профориентации и профессиональных проб для "
           "обучающихся с интеллектуальными нарушениями в сетевом взаимодействии с профессиональными "
           "образовательными организациями")

I4_TASKS = [
    "Адаптировать программы профессиональных проб к возможностям обучающихся с интеллектуальными нарушениями.",
    "Организовать профессиональные пробы на базе колледжа сервиса и аграрного техникума.",
    "Повысить готовность педагогов и родителей к сопровождению профессионального самоопределения.",
    "Обеспечить мониторинг профессиональных предпочтений обучающихся и распространение опыта.",
]

# plan/fact rows: (№, мероприятие, срок план, срок факт, уч. план, уч. факт, результат, отклонение)
I4_ROWS = [
    ("Задача 1. Нормативно-методическое обеспечение",),
    ("1.1", "Утверждение сетевого плана профессиональных проб на 2025 год", "январь", "20.01.2025",
     8, 8, "план утверждён приказом от 20.01.2025 № 12-о", "—"),
    ("1.2", "Адаптация программ проб «Помощник повара», «Озеленитель», «Помощник швеи»", "январь – март",
     "17.03.2025", 12, 12, "3 адаптированные программы", "—"),
    ("1.3", "Разработка визуальных инструкций (пиктограммы, фотоалгоритмы) к пробам", "февраль – апрель",
     "25.04.2025", 9, 9, "27 фотоалгоритмов", "—"),
    ("Задача 2. Профессиональные пробы и профориентация обучающихся",),
    ("2.1", "Профессиональные пробы на базе колледжа сервиса", "февраль – май", "04.02–27.05.2025",
     36, 38, "38 обучающихся 7–9 классов прошли по 3 пробы", "—"),
    ("2.2", "Профессиональные пробы на базе аграрного техникума", "апрель – июнь", "08.04–10.06.2025",
     30, 27, "27 обучающихся прошли пробу «Озеленитель»",
     "3 обучающихся не допущены к пробе по медицинским показаниям"),
    ("2.3", "Летняя трудовая смена «Мастерская»", "июнь", "02–20.06.2025", 24, 24,
     "6 изделий для городской выставки", "—"),
    ("2.4", "Экскурсии на предприятия города", "сентябрь – ноябрь", "12.09–21.11.2025", 60, 62,
     "5 экскурсий", "—"),
    ("2.5", "Школьный этап конкурса профессионального мастерства «Абилимпикс»", "октябрь", "08.10.2025",
     20, 21, "21 участник, 7 призёров", "—"),
    ("2.6", "Профессиональные пробы осеннего цикла", "октябрь – декабрь", "06.10–19.12.2025", 40, 40,
     "40 обучающихся, 2 новые пробы", "—"),
    ("Задача 3. Работа с педагогами и родителями",),
    ("3.1", "Курсы повышения квалификации «Профориентация обучающихся с ОВЗ» (72 ч)", "март",
     "10–28.03.2025", 14, 14, "14 удостоверений", "—"),
    ("3.2", "Стажировка педагогов колледжей на базе школы", "май", "14.05.2025", 10, 11,
     "методический семинар", "—"),
    ("3.3", "Родительский клуб «Профессия для моего ребёнка»", "ежеквартально",
     "март, июнь, сентябрь, декабрь", 80, 86, "4 заседания", "—"),
    ("3.4", "Выездной семинар в Димитровградской школе-интернате", "ноябрь", "—", 25, 0, "—",
     "перенесён на 19.02.2026 по просьбе принимающей стороны (ремонт актового зала)¹"),
    ("Задача 4. Мониторинг и распространение опыта",),
    ("4.1", "Мониторинг профессиональных предпочтений обучающихся", "май, декабрь",
     "26.05.2025; 15.12.2025", 62, 62, "2 аналитические справки", "—"),
    ("4.2", "Региональная конференция «Профессиональное самоопределение обучающихся с ОВЗ»", "октябрь",
     "14–15.10.2025", 120, 134, "доклад, 2 мастер-класса", "—"),
    ("4.3", "Статья в сборнике «Инклюзия: практики регионов»", "декабрь", "05.12.2025", 0, 0,
     "статья опубликована²", "—"),
]

# participants: (category, school, college of service, agrarian technical school)
I4_PART = [("Обучающиеся", 118, 26, 19), ("Педагогические работники", 34, 9, 6),
           ("Родители (законные представители)", 86, 0, 0)]

I4_MONEY = [("Оборудование мастерских", 1120000.00, 1118430.50),
            ("Расходные материалы для проб", 246500.00, 246500.00),
            ("Подвоз обучающихся к местам проб", 184000.00, 171220.00),
            ("Повышение квалификации педагогов", 98000.00, 98000.00)]


def i4():
    rows = [r for r in I4_ROWS if len(r) > 1]
    plan_sum = sum(r[4] for r in rows)
    fact_sum = sum(r[5] for r in rows)
    assert pct_ru(78, 118) == "66,1" and pct_ru(34, 48) == "70,8"
    col = [sum(r[k] for r in I4_PART) for k in (1, 2, 3)]
    grand = sum(col)
    assert grand == sum(a + b + c for _, a, b, c in I4_PART) == 298
    mp = sum(m[1] for m in I4_MONEY)
    mf = sum(m[2] for m in I4_MONEY)
    assert money(mf) == "1 634 150,50" and pct_ru(mf, mp) == "99,1"

    H1 = ["№", "Мероприятие", ("span", 2, "Сроки"), ("span", 2, "Участники, чел."), "Результат",
          "Отклонение, причина"]
    H2 = [None, None, "план", "факт", "план", "факт", None, None]
    table = [H1, H2]
    for r in I4_ROWS:
        if len(r) == 1:
            table.append([("span", 8, r[0])])
        else:
            table.append([r[0], r[1], r[2], r[3], cnt(r[4]), cnt(r[5]), r[6], r[7]])
    table.append([("span", 4, "Итого"), str(plan_sum), str(fact_sum), "", ""])

    part = [["Категория", "Школа", ("span", 2, "Организации СПО"), "Всего"],
            [None, None, "колледж сервиса", "аграрный техникум", None]]
    for c, a, b, d in I4_PART:
        part.append([c, str(a), cnt(b), cnt(d), str(a + b + d)])
    part.append(["Итого", str(col[0]), str(col[1]), str(col[2]), str(grand)])

    money_t = [["Статья расходов", "План, руб.", "Факт, руб.", "Исполнение, %"]]
    for name, pl, fa in I4_MONEY:
        money_t.append([name, money(pl), money(fa), pct_ru(fa, pl)])
    money_t.append(["Итого", money(mp), money(mf), pct_ru(mf, mp)])

    blocks = [
        ("center", "Министерство просвещения и воспитания Ульяновской области"),
        ("center", "Областное государственное казённое общеобразовательное учреждение "
                   "«Специальная (коррекционная) школа № 7» г. Ульяновска"),
        ("blank",),
        ("title", "ОТЧЁТ"),
        ("title", "о реализации проекта региональной инновационной площадки за 2025 год"),
        ("blank",),
        ("caption", "Паспорт отчёта"),
        ("table", [
            ["Наименование проекта", "«Ступени к профессии»"],
            ["Цель проекта", I4_GOAL],
            ["Срок реализации проекта", "01.01.2024 – 31.12.2026"],
            ["Этап в отчётном году", "этап II (внедренческий): январь 2025 – июнь 2026"],
            ["Отчётный период", "01.01.2025 – 31.12.2025"],
            ["Руководитель проекта", "Сафиуллина Гульнара Рашидовна, директор"],
            ["Состав отчёта", ["I. Общие сведения о площадке", "II. Цель и задачи проекта",
                               "III. Выполнение плана мероприятий в 2025 году (таблица 1)",
                               "IV. Участники проекта (таблица 2)", "V. Финансовое обеспечение (таблица 3)",
                               "VI. Распространение опыта", "VII. Результаты",
                               "VIII. Перспективы на 2026 год"]],
        ], [5.0, 12.0], {"header": 0, "size": 11}),
        ("h", 1, "Общие сведения о площадке"),
        ("p", "Статус региональной инновационной площадки присвоен школе приказом Министерства просвещения "
              "и воспитания Ульяновской области от 15.12.2023 № 2217. Содержание образования обучающихся "
              "определяется ФАООП УО (приказ Минпросвещения России от 24.11.2022 № 1026)."),
        ("p", "Сетевыми партнёрами являются ОГБПОУ «Ульяновский колледж сервиса и технологий» и ОГБПОУ "
              "«Ульяновский аграрный техникум»; договоры о сетевой форме реализации программ заключены "
              "01.02.2024. Этапы проекта: этап I (подготовительный) – 2024 год; этап II (внедренческий) – "
              "январь 2025 – июнь 2026; этап III (обобщающий) – июль – декабрь 2026."),
        ("h", 1, "Цель и задачи проекта"),
        ("p", "Цель проекта – " + I4_GOAL + "."),
        ("pl", "Задачи:"),
        ("num", I4_TASKS, "tasks4", "%1."),
        ("landscape",),
        ("h", 1, "Выполнение плана мероприятий в 2025 году"),
        ("caption", "Таблица 1. План мероприятий 2025 года и его выполнение"),
        ("table", table, [1.0, 6.6, 3.0, 3.2, 1.5, 1.5, 4.6, 5.0],
         {"header": 2, "repeat": True, "size": 10, "head_fill": "D9E2F3", "bold_rows": [len(table) - 1]}),
        ("note", "¹ Письмо ОГКОУ «Димитровградская школа-интернат» от 28.10.2025 № 311; семинар включён в "
                 "план 2026 года."),
        ("note", "² Для публикаций число участников не указывается (прочерк)."),
        ("note", "В строке «Итого» учтены участия в мероприятиях: один человек мог участвовать в "
                 "нескольких мероприятиях, поэтому итог не совпадает с численностью участников (таблица 2)."),
        ("portrait",),
        ("h", 1, "Участники проекта"),
        ("caption", "Таблица 2. Участники проекта в 2025 году, чел."),
        ("table", part, [6.0, 2.6, 3.0, 3.0, 2.4], {"header": 2, "size": 11, "bold_rows": [len(part) - 1]}),
        ("p", "Профессиональные пробы за год прошли 78 из 118 обучающихся школы (66,1 %). В реализации "
              "проекта участвуют 34 из 48 педагогических работников школы (70,8 %)."),
        ("h", 1, "Финансовое обеспечение"),
        ("caption", "Таблица 3. Расходование средств субсидии на реализацию проекта"),
        ("table", money_t, [7.0, 3.4, 3.4, 3.2], {"header": 1, "size": 11, "bold_rows": [len(money_t) - 1]}),
        ("p", "Экономия по статье «Подвоз обучающихся к местам проб» образовалась по итогам конкурсной "
              "процедуры и возвращена в областной бюджет."),
        ("h", 1, "Распространение опыта"),
        ("bul", [
            "14–15.10.2025 – региональная конференция «Профессиональное самоопределение обучающихся с ОВЗ» "
            "на базе школы: доклад «Фотоалгоритм как опора профессиональной пробы», 2 мастер-класса;",
            "21.11.2025 – выступление на заседании регионального учебно-методического объединения по "
            "специальному образованию (онлайн, 73 слушателя);",
            "05.12.2025 – статья «Ступени к профессии: опыт сетевых проб» в сборнике «Инклюзия: практики регионов»;",
            "в течение года – 11 новостных материалов о ходе проекта на официальном сайте школы.",
        ]),
        ("h", 1, "Результаты"),
        ("p", "Во II квартале 2025 г. все три адаптированные программы проб апробированы на базе "
              "организаций СПО. Региональная конференция 14–15 октября 2025 г. собрала 134 участника из "
              "17 образовательных организаций области."),
        ("pl", "Продукты проекта за 2025 год:"),
        ("bul", [
            "три адаптированные программы профессиональных проб;",
            "комплект из 27 фотоалгоритмов и пиктограмм к пробам;",
            "диагностическая карта профессиональных предпочтений обучающегося;",
            "статья в сборнике «Инклюзия: практики регионов».",
        ]),
        ("p", "Два выпускника 9 класса 2025 года, прошедшие пробы, поступили в колледж сервиса по "
              "адаптированной программе профессионального обучения «Помощник повара»."),
        ("h", 1, "Перспективы на 2026 год"),
        ("p", "В 2026 году площадка завершит этап II и перейдёт к обобщающему этапу (июль – декабрь 2026). "
              "Планируется в феврале 2026 г. провести перенесённый выездной семинар, к маю 2026 г. "
              "подготовить методические рекомендации по организации профессиональных проб, в ноябре "
              "2026 г. представить итоги проекта на региональном форуме."),
        ("blank",),
        ("pl", "Директор ОГКОУ «Специальная (коррекционная) школа № 7»           Г. Р. Сафиуллина"),
        ("pl", "16.01.2026"),
    ]
    return {"name": "blind_i4", "headings": "roman", "blocks": blocks,
            "author": "Сафиуллина Г. Р.", "doc_title": "Отчёт РИП за 2025 год",
            "body_pt": 11}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--out", default=DEFAULT_OUT)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for fn in (i1, i2, i3, i4):
        spec = fn()
        base = os.path.join(a.out, spec["name"])
        build_docx(spec, base + ".docx")
        build_txt(spec, base + ".txt")
        if not a.no_pdf:
            to_pdf(base + ".docx", a.out)
        print("built", spec["name"])


if __name__ == "__main__":
    main()
