#!/usr/bin/env python3
"""Build blind test reports blind_j1..blind_j4 (.docx, .pdf, .txt).

All content lives in this script; schools, people, partners and documents are fictional.
Usage:
    python build_j.py [--no-pdf] [--out DIR]
PDFs are made with LibreOffice (headless, private profile /tmp/lo_j); blind_j1's table of
contents gets its page numbers from a first PDF pass.

Word features used: Heading 1/2 styles with automatic numbering (numPr: "1." / "1.1.",
"Раздел 1."), automatic question numbering ("1.", "5.1."), automatic lists ("1)", Cyrillic "а)"),
bullets, a TOC field with its cached entries, a cover page (different first page, PAGE field in
the footer), tables with two-row headers, horizontal and vertical merges, header rows repeated
across page breaks (w:tblHeader), landscape sections, notes marked * ¹ ² under tables.
"""
# Layout engine (python-docx + lxml).
#
# Block model (one tuple per block):
#   ("c", text, opts)         centred paragraph; opts: bold, size, space_before, page_break
#   ("r", text)               right-aligned paragraph
#   ("h", level, text)        heading; rendering by spec["headings"]:
#        "auto"    Heading 1/2 styles with automatic decimal numbering "1." / "1.1."
#        "razdel"  Heading 1 with automatic "Раздел 1." numbering, Heading 2 "1.1."
#        "typed"   bold paragraphs (no style), numbers typed in the text; level 2 bold italic
#   ("q", level, text)        questionnaire item: bold paragraph, automatic "1." / "1.1." numbering
#   ("p", text) / ("pl", text)  justified (first-line indent) / left paragraph
#   ("lab", label, text)      paragraph with a bold run-in label
#   ("bul", [items])          bulleted list
#   ("num", [items], key, fmt, numfmt)  automatic list ("%1)" etc.; numfmt decimal|russianLower),
#                             the same key continues the numbering
#   ("caption", text) / ("note", text)
#   ("table", rows, widths_cm, opts)  opts: header=N, repeat, size, bold_rows, head_fill, center_cols;
#         cell: str | [paragraphs] | ("span", n, text) | None (= vertical-merge continuation)
#   ("toc", [(num, text)])    table of contents as a Word TOC field with its cached result;
#                             page numbers from spec["toc_pages"]
#   ("sig", left, right)      signature line: left text, tab, right text
#   ("newpage",)              the next paragraph starts a page (pageBreakBefore)
#   ("landscape",) / ("portrait",)  new section
#   ("blank",)
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

RU_LOWER = "абвгдежзиклмнопрстуфхцчшщэюя"


def roman(n):
    out = ""
    for v, s in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out


def label_for(numfmt, n):
    if numfmt == "russianLower":
        return RU_LOWER[n - 1]
    if numfmt == "upperRoman":
        return roman(n)
    return str(n)


class Numbering:
    def __init__(self, doc, font):
        self.root = doc.part.numbering_part.element
        a_ids = [int(a.get(qn("w:abstractNumId"))) for a in self.root.findall(qn("w:abstractNum"))]
        n_ids = [int(a.get(qn("w:numId"))) for a in self.root.findall(qn("w:num"))]
        self.next_abs = max(a_ids + [0]) + 1
        self.next_num = max(n_ids + [0]) + 1
        self.font = font

    def add(self, levels):
        """levels: list of (numFmt, lvlText, left_twips, hanging_twips, bold)."""
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(self.next_abs))
        m = OxmlElement("w:multiLevelType")
        m.set(qn("w:val"), "multilevel" if len(levels) > 1 else "singleLevel")
        a.append(m)
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
                rf.set(qn(att), self.font)
            rpr.append(rf)
            if bold:
                rpr.append(OxmlElement("w:b"))
            lvl.append(rpr)
            a.append(lvl)
        first = self.root.find(qn("w:num"))
        if first is not None:
            first.addprevious(a)
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


def _tr_flag(row, tag):
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


def fix_font(style, font, size, bold=None):
    style.font.name = font
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]


def page_setup(section, landscape=False):
    section.left_margin = Cm(2.0 if landscape else 3.0)
    section.right_margin = Cm(1.5 if landscape else 1.5)
    section.top_margin = Cm(1.5 if landscape else 2.0)
    section.bottom_margin = Cm(1.5 if landscape else 2.0)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)


def add_page_field(paragraph):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._r.append(it)
    r3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    paragraph.add_run("1")
    r4 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._r.append(e)


def _fld(run, kind):
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), kind)
    run._r.append(e)


class Builder:
    def __init__(self, spec):
        self.spec = spec
        self.font = spec.get("font", "Times New Roman")
        self.doc = Document()
        d = self.doc
        st = d.styles["Normal"]
        fix_font(st, self.font, spec.get("body_pt", 12))
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.line_spacing = spec.get("line", 1.1)
        for name, size in (("Heading 1", spec.get("h1_pt", 13)), ("Heading 2", 12)):
            hs = d.styles[name]
            fix_font(hs, self.font, size, bold=True)
            hs.font.italic = False
            hs.font.color.rgb = RGBColor(0, 0, 0)
            hs.paragraph_format.space_before = Pt(10)
            hs.paragraph_format.space_after = Pt(4)
        page_setup(d.sections[0])
        self.num = Numbering(d, self.font)
        self.pending_break = False
        self.lists = {}
        mode = spec["headings"]
        self.head_num = None
        if mode == "auto":
            self.head_num = self.num.add([("decimal", "%1.", 432, 432, True),
                                          ("decimal", "%1.%2.", 576, 576, True)])
        elif mode == "razdel":
            self.head_num = self.num.add([("decimal", "Раздел %1.", 1418, 1418, True),
                                          ("decimal", "%1.%2.", 709, 709, True)])
        self.q_num = None
        if spec.get("cover"):
            sec = d.sections[0]
            sec.different_first_page_header_footer = True
        if spec.get("page_numbers", True):
            fp = d.sections[0].footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_page_field(fp)

    def para(self, align=None, indent=False, before=0, after=3, keep=False):
        p = self.doc.add_paragraph()
        if align is not None:
            p.alignment = align
        pf = p.paragraph_format
        if indent:
            pf.first_line_indent = Cm(1.25)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if keep:
            pf.keep_with_next = True
        if self.pending_break:
            pf.page_break_before = True
            self.pending_break = False
        return p

    @staticmethod
    def run(p, text, bold=False, italic=False, size=None):
        r = p.add_run(text)
        if bold:
            r.bold = True
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        return r

    def build(self, path):
        for blk in self.spec["blocks"]:
            getattr(self, "b_" + blk[0])(*blk[1:])
        self.doc.core_properties.author = self.spec.get("author", "")
        self.doc.core_properties.title = self.spec.get("doc_title", "")
        self.doc.save(path)

    # blocks -------------------------------------------------------------
    def b_c(self, text, opts=None):
        o = opts or {}
        p = self.para(WD_ALIGN_PARAGRAPH.CENTER, before=o.get("before", 0), after=o.get("after", 2))
        self.run(p, text, bold=o.get("bold", False), size=o.get("size"))

    def b_r(self, text):
        p = self.para(WD_ALIGN_PARAGRAPH.RIGHT, after=0)
        self.run(p, text)

    def b_h(self, level, text):
        mode = self.spec["headings"]
        if mode in ("auto", "razdel"):
            p = self.doc.add_heading("", level=level)
            if self.pending_break:
                p.paragraph_format.page_break_before = True
                self.pending_break = False
            self.run(p, text)
            set_numpr(p, self.head_num, level - 1)
        elif mode == "typed":
            p = self.para(WD_ALIGN_PARAGRAPH.LEFT, before=10, after=4, keep=True)
            self.run(p, text, bold=True, italic=level > 1)
        else:
            raise ValueError(mode)

    def b_q(self, level, text):
        if self.q_num is None:
            self.q_num = self.num.add([("decimal", "%1.", 425, 425, True),
                                       ("decimal", "%1.%2.", 709, 709, True)])
        p = self.para(WD_ALIGN_PARAGRAPH.JUSTIFY, before=8, after=3, keep=True)
        self.run(p, text, bold=True)
        set_numpr(p, self.q_num, level - 1)

    def b_p(self, text):
        p = self.para(WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        self.run(p, text)

    def b_pl(self, text):
        p = self.para(WD_ALIGN_PARAGRAPH.LEFT)
        self.run(p, text)

    def b_lab(self, label, text):
        p = self.para(WD_ALIGN_PARAGRAPH.JUSTIFY)
        self.run(p, label, bold=True)
        self.run(p, text)

    def b_bul(self, items):
        nid = self.num.add([("bullet", "\u2022", 709, 357, False)])
        for it in items:
            p = self.para(WD_ALIGN_PARAGRAPH.JUSTIFY, after=1)
            self.run(p, it)
            set_numpr(p, nid, 0)

    def b_num(self, items, key, fmt, numfmt="decimal"):
        if key not in self.lists:
            self.lists[key] = self.num.add([(numfmt, fmt, 709, 425, False)])
        for it in items:
            p = self.para(WD_ALIGN_PARAGRAPH.JUSTIFY, after=1)
            self.run(p, it)
            set_numpr(p, self.lists[key], 0)

    def b_caption(self, text):
        p = self.para(WD_ALIGN_PARAGRAPH.LEFT, before=6, after=3, keep=True)
        self.run(p, text, italic=True)

    def b_note(self, text):
        p = self.para(WD_ALIGN_PARAGRAPH.JUSTIFY, after=0)
        self.run(p, text, size=10)

    def b_blank(self):
        self.para()

    def b_newpage(self):
        self.pending_break = True

    def b_landscape(self):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        page_setup(sec, landscape=True)

    def b_portrait(self):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        page_setup(sec, landscape=False)

    def b_sig(self, left, right):
        p = self.para(WD_ALIGN_PARAGRAPH.LEFT, before=6)
        sec = self.doc.sections[-1]
        width = sec.page_width - sec.left_margin - sec.right_margin
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        self.run(p, left + "\t" + right)

    def b_toc(self, entries):
        pages = self.spec.get("toc_pages", {})
        sec = self.doc.sections[-1]
        width = sec.page_width - sec.left_margin - sec.right_margin
        for i, (num, text) in enumerate(entries):
            p = self.para(WD_ALIGN_PARAGRAPH.LEFT, after=4)
            pf = p.paragraph_format
            pf.tab_stops.add_tab_stop(Cm(0.9))
            pf.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            pf.left_indent = Cm(0.9)
            pf.first_line_indent = Cm(-0.9)
            if i == 0:
                r = p.add_run()
                _fld(r, "begin")
                r2 = p.add_run()
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = ' TOC \\o "1-1" \\h \\z \\u '
                r2._r.append(it)
                _fld(p.add_run(), "separate")
            self.run(p, "%s\t%s\t%s" % (num, text, pages.get(num, "0")))
            if i == len(entries) - 1:
                _fld(p.add_run(), "end")

    def b_table(self, rows, widths, opts=None):
        opts = opts or {}
        ncols = len(widths)
        size = opts.get("size", 10)
        nhead = opts.get("header", 1)
        bold_rows = set(opts.get("bold_rows", []))
        center_cols = set(opts.get("center_cols", []))
        t = self.doc.add_table(rows=len(rows), cols=ncols)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[i] * 567)))
        merges_h, merges_v = [], []
        for ri, row in enumerate(rows):
            trow = t.rows[ri]
            if ri < nhead and opts.get("repeat"):
                _tr_flag(trow, "w:tblHeader")
            _tr_flag(trow, "w:cantSplit")
            ci = 0
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
                        if ri < nhead:
                            r.bold = True
                            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                            p.paragraph_format.keep_with_next = True
                        else:
                            if ri in bold_rows or (span == ncols and opts.get("span_bold", True)):
                                r.bold = True
                            if span == ncols:
                                p.paragraph_format.keep_with_next = True
                            if ci in center_cols and span == 1:
                                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    if ri < nhead and opts.get("head_fill"):
                        shade(cell, opts["head_fill"])
                    if span > 1:
                        merges_h.append((ri, ci, ci + span - 1))
                ci += span
            if ci != ncols:
                raise ValueError("row %d has %d cells, expected %d: %r" % (ri, ci, ncols, row))
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
        gap = self.doc.add_paragraph()
        gap.paragraph_format.space_after = Pt(0)
        if opts.get("no_gap_text") is None:
            pass


def build_txt(spec, path):
    """Word «save as text» shape (UTF-8, CRLF)."""
    out = []
    hc = [0, 0]
    qc = [0, 0]
    lists = {}
    mode = spec["headings"]
    pages = spec.get("toc_pages", {})
    for blk in spec["blocks"]:
        k = blk[0]
        if k in ("c", "r", "p", "pl", "caption", "note"):
            out.append(blk[1])
        elif k == "lab":
            out.append(blk[1] + blk[2])
        elif k == "h":
            level, text = blk[1], blk[2]
            if mode in ("auto", "razdel"):
                if level == 1:
                    hc[0] += 1
                    hc[1] = 0
                    lab = ("Раздел %d." if mode == "razdel" else "%d.") % hc[0]
                else:
                    hc[1] += 1
                    lab = "%d.%d." % (hc[0], hc[1])
                out.append(lab + "\t" + text)
            else:
                out.append(text)
        elif k == "q":
            level, text = blk[1], blk[2]
            if level == 1:
                qc[0] += 1
                qc[1] = 0
                out.append("%d.\t%s" % (qc[0], text))
            else:
                qc[1] += 1
                out.append("%d.%d.\t%s" % (qc[0], qc[1], text))
        elif k == "bul":
            out.extend("\u2022\t" + it for it in blk[1])
        elif k == "num":
            items, key, fmt = blk[1], blk[2], blk[3]
            numfmt = blk[4] if len(blk) > 4 else "decimal"
            for it in items:
                lists[key] = lists.get(key, 0) + 1
                out.append(fmt.replace("%1", label_for(numfmt, lists[key])) + "\t" + it)
        elif k == "toc":
            for num, text in blk[1]:
                out.append("%s\t%s\t%s" % (num, text, pages.get(num, "0")))
        elif k == "sig":
            out.append(blk[1] + "\t" + blk[2])
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
                    if isinstance(text, list):
                        text = " ".join(text)
                    cells.append(text)
                out.append("\t".join(cells))
            out.append("")
        else:
            raise ValueError(k)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


def to_pdf(docx, outdir, profile):
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_pages_text(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")


# number helpers -----------------------------------------------------------
def grp(n):
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


def pct(a, b, nd=1):
    v = round(100.0 * a / b + 1e-9, nd)
    return (("%." + str(nd) + "f") % v).replace(".", ",")


def cnt(v):
    return "\u2014" if v == 0 else str(v)


# ===========================================================================
# blind_j1 — Амурская область (г. Свободный), ФИП, колледж; промежуточный отчёт за два года
# (2024–2025); титульный лист + оглавление (поле TOC); показатели по годам в столбцах
# ===========================================================================

J1_TOPIC = ("«Практика без границ: сетевая модель наставничества "
            "„колледж – предприятие“ в подготовке специалистов для энергетики и транспорта Приамурья»")

J1_DUP_A = ("Опыт двух лет показал, что решающим условием качества практики стала не её "
            "продолжительность, а регулярная обратная связь наставника: еженедельные записи в "
            "цифровом дневнике позволили мастерам производственного обучения вовремя замечать пробелы "
            "в подготовке и корректировать индивидуальные задания. Работодатели стали чаще приглашать "
            "практикантов на оплачиваемую стажировку с последующим трудоустройством.")
# planted near-duplicate: решающим -> главным, вовремя -> своевременно, чаще -> охотнее
J1_DUP_B = ("Опыт двух лет показал, что главным условием качества практики стала не её "
            "продолжительность, а регулярная обратная связь наставника: еженедельные записи в "
            "цифровом дневнике позволили мастерам производственного обучения своевременно замечать пробелы "
            "в подготовке и корректировать индивидуальные задания. Работодатели стали охотнее приглашать "
            "практикантов на оплачиваемую стажировку с последующим трудоустройством.")

# participants by year: (category, 2024, 2025); the 2025 total is written wrong (planted)
J1_PART = [("Студенты, прошедшие сетевую практику", 196, 214),
           ("Наставники от предприятий", 26, 29),
           ("Педагогические работники колледжа", 31, 38),
           ("Представители работодателей (эксперты, члены жюри)", 12, 15)]
J1_PART_2025_WRITTEN = 306
J1_CONTINGENT = {2023: 352, 2024: 362, 2025: 356}

J1_TOC = [("1.", "Общие сведения о площадке"),
          ("2.", "Цель, задачи и этапы проекта"),
          ("3.", "Выполнение плана работ за 2024–2025 годы"),
          ("4.", "Показатели результативности проекта"),
          ("5.", "Кадровое обеспечение проекта"),
          ("6.", "Распространение опыта"),
          ("7.", "Выводы и задачи на 2026 год")]
# page numbers as settled by the PDF pass (used as they are with --no-pdf)
J1_TOC_PAGES = {"1.": "3", "2.": "3", "3.": "4", "4.": "5", "5.": "6", "6.": "6", "7.": "6"}


def j1(toc_pages=None):
    s24 = sum(r[1] for r in J1_PART)
    s25 = sum(r[2] for r in J1_PART)
    assert s24 == 265 and s25 == 296 != J1_PART_2025_WRITTEN
    assert pct(196, 362) == "54,1" and pct(214, 356) == "60,1" and pct(118, 352) == "33,5"
    assert 196 + 214 == 410

    def direction(text, rows):
        """rows of (№, мероприятие, срок, план. результат, получ. результат, отметка); the first
        column (направление) is merged vertically over the rows."""
        out = []
        for i, r in enumerate(rows):
            out.append([r[0], text if i == 0 else None, r[1], r[2], r[3], r[4], r[5]])
        return out

    head1 = ["№", "Направление", "Мероприятие", "Срок", ("span", 2, "Результат"), "Отметка о выполнении*"]
    head2 = [None, None, None, None, "запланированный", "полученный", None]
    plan = [head1, head2, [("span", 7, "I этап (организационно-проектировочный): январь – август 2024 г.")]]
    plan += direction("Управление и нормативная база", [
        ("1.1", "Создание проектного офиса ФИП, утверждение положения о нём", "январь 2024",
         "приказ, положение", "приказ от 22.01.2024 № 18-од, положение о проектном офисе", "выполнено"),
        ("1.2", "Заключение соглашений о сетевой практике с предприятиями-партнёрами", "февраль – март 2024",
         "не менее 4 соглашений", "4 соглашения (подписаны 27.03.2024)", "выполнено"),
    ])
    plan += direction("Наставничество", [
        ("1.3", "Отбор и обучение наставников от предприятий по программе «Наставник на производстве» (24 ч)",
         "апрель – июнь 2024", "не менее 20 наставников", "обучены 26 наставников", "выполнено"),
        # planted chronology: a stage-I row dated after stage I (ends August 2024)
        ("1.4", "Разработка цифрового дневника практики в электронной среде колледжа", "октябрь 2024",
         "сервис дневника, инструкция", "дневник введён для 12 учебных групп", "выполнено"),
    ])
    plan += direction("Содержание подготовки", [
        ("1.5", "Корректировка программ практик по специальностям 13.02.07 и 23.02.06 с участием "
                "работодателей", "май – июнь 2024", "4 программы практик",
         "4 программы согласованы с работодателями", "выполнено"),
    ])
    plan.append([("span", 7, "II этап (внедренческий): сентябрь 2024 – июнь 2026 г. (мероприятия 2024–2025 гг.)")])
    plan += direction("Наставничество", [
        ("2.1", "Сетевая производственная практика студентов 2–4 курсов на предприятиях-партнёрах",
         "сентябрь 2024 – декабрь 2025", "не менее 200 студентов в год",
         "2024 г. – 196, 2025 г. – 214 студентов", "выполнено"),
        # planted completeness: not done, no reason, no new date
        ("2.2", "Конкурс «Лучший наставник практики»", "май 2025", "3 победителя, банк кейсов наставников",
         "", "не выполнено"),
    ])
    plan += direction("Содержание подготовки", [
        ("2.3", "Демонстрационный экзамен по компетенции «Электромонтаж» с участием экспертов предприятий",
         "июнь 2025", "не менее 40 студентов", "46 студентов, средний балл 71,4", "выполнено"),
        ("2.4", "Разработка и апробация модуля «Цифровой двойник подстанции»", "сентябрь – декабрь 2025",
         "модуль, 2 тренажёра", "модуль апробирован в 3 группах", "выполнено"),
    ])
    plan += direction("Мониторинг", [
        # planted completeness: dashes only
        ("2.5", "Мониторинг удовлетворённости работодателей качеством подготовки практикантов",
         "декабрь 2024, декабрь 2025", "2 аналитические справки", "—", "—"),
    ])
    plan += direction("Трансляция опыта", [
        ("2.6", "Стажировочная площадка для педагогов профессиональных образовательных организаций области",
         "ноябрь 2025", "не менее 30 педагогов", "34 педагога из 9 ПОО", "выполнено"),
        # planted chronology: held after the reporting period and after the report's date
        ("2.7", "Межрегиональный семинар «Наставник на производстве: практики Дальнего Востока»",
         "03.02.2026", "семинар, сборник тезисов", "112 участников из 6 регионов", "выполнено"),
        # trap: not held, reason and new date given
        ("2.8", "Выездная сессия проектного офиса на базе вагоноремонтного предприятия «Зея-Транс»",
         "ноябрь 2025", "сессия для 25 студентов",
         "перенесена на 12.03.2026: плановая остановка цеха на ремонт (письмо предприятия от 30.10.2025 № 214)",
         "не проведено"),
    ])

    ind_h1 = ["№", "Показатель", "Ед. изм.", "2023 г. (исходное значение)", ("span", 2, "2024 г."),
              ("span", 2, "2025 г."), "2026 г. (целевое значение)"]
    ind_h2 = [None, None, None, None, "план", "факт", "план", "факт", None]
    ind = [ind_h1, ind_h2,
           ["1", "Численность студентов, прошедших практику у сетевых партнёров", "чел.", "118", "180", "196",
            "200", "214", "240"],
           ["2", "Доля таких студентов в контингенте 2–4 курсов", "%", pct(118, 352), "50,0", pct(196, 362),
            "55,0", pct(214, 356), "65,0"],
           ["3", "Число наставников от предприятий", "чел.", "7", "20", "26", "25", "29", "30"],
           ["4", "Число действующих соглашений о сетевой практике", "ед.", "1", "4", "4", "5", "5", "6"],
           ["5", "Средний балл демонстрационного экзамена", "балл", "58,2", "62,0", "64,8", "66,0", "71,4", "72,0"],
           ["6", "Доля выпускников, трудоустроенных по специальности в течение года после выпуска", "%",
            "61", "65", "67", "70", "73", "75"],
           ]
    part = [["Категория участников", "2024 г.", "2025 г."]]
    for c, a, b in J1_PART:
        part.append([c, str(a), str(b)])
    part.append(["Всего", str(s24), str(J1_PART_2025_WRITTEN)])

    blocks = [
        # ---- cover page
        ("c", "Министерство образования и науки Амурской области", {"size": 12}),
        ("c", "Государственное профессиональное образовательное автономное учреждение Амурской области",
         {"before": 6}),
        ("c", "«Свободненский колледж энергетики и транспорта»", {"bold": True}),
        ("c", "ФЕДЕРАЛЬНАЯ ИННОВАЦИОННАЯ ПЛОЩАДКА", {"bold": True, "before": 150, "size": 14}),
        ("c", "ПРОМЕЖУТОЧНЫЙ ОТЧЁТ", {"bold": True, "before": 12, "size": 16}),
        ("c", "о реализации инновационного проекта", {"size": 14}),
        ("c", J1_TOPIC, {"before": 6, "size": 14}),
        ("c", "за 2024–2025 годы", {"before": 6, "size": 14, "bold": True}),
        ("blank",),
        ("blank",),
        ("r", "Руководитель проекта: И. С. Лаптева, директор колледжа"),
        ("r", "Научный консультант: П. А. Городецкий, канд. пед. наук"),
        ("c", "г. Свободный, 2026", {"before": 170}),
        # ---- contents
        ("newpage",),
        ("c", "СОДЕРЖАНИЕ", {"bold": True, "after": 12, "size": 13}),
        ("toc", J1_TOC),
        # ---- body
        ("newpage",),
        ("h", 1, "Общие сведения о площадке"),
        ("table", [
            ["Полное наименование организации",
             "государственное профессиональное образовательное автономное учреждение Амурской области "
             "«Свободненский колледж энергетики и транспорта» (ГПОАУ АО «СКЭТ»)"],
            ["Основание для статуса",
             "приказ Министерства просвещения Российской Федерации от 11.12.2023 № 937 "
             "«О признании организаций федеральными инновационными площадками»"],
            ["Тема проекта", J1_TOPIC],
            ["Срок реализации проекта", "01.01.2024 – 31.12.2026"],
            ["Отчётный период", "01.01.2024 – 31.12.2025 (промежуточный отчёт за два года)"],
            ["Предприятия – сетевые партнёры",
             ["МУП «Городские электрические сети» г. Свободного;",
              "ООО «Приамурская сетевая компания „Вектор“»;",
              "АО «Вагоноремонтное предприятие „Зея-Транс“»;",
              "ООО «ТрансЭнергоСервис-Амур»."]],
            ["Руководитель проекта", "Лаптева Ирина Сергеевна, директор"],
            ["Контакты (условные)", "676450, Амурская обл., г. Свободный, ул. Инженерная, д. 14; "
                                    "fip@sket-amur.example"],
        ], [5.2, 11.3], {"header": 0, "size": 11}),
        ("h", 1, "Цель, задачи и этапы проекта"),
        ("p", "Цель проекта – создать и внедрить сетевую модель производственной практики, при которой "
              "студент колледжа на всём протяжении обучения сопровождается наставником предприятия, а "
              "результаты практики фиксируются в цифровом дневнике и учитываются при итоговой аттестации."),
        ("pl", "Задачи проекта:"),
        ("num", [
            "сформировать нормативную базу сетевой практики и систему договоров с предприятиями;",
            "подготовить наставников из числа работников предприятий и закрепить их за учебными группами;",
            "обновить программы практик и оценочные материалы совместно с работодателями;",
            "организовать мониторинг качества практики и удовлетворённости работодателей;",
            "обобщить и транслировать опыт в профессиональные образовательные организации региона.",
        ], "j1tasks", "%1)"),
        ("table", [
            ["Этап", "Сроки", "Основное содержание"],
            ["I. Организационно-проектировочный", "январь – август 2024",
             "проектный офис, соглашения, обучение наставников, программы практик"],
            ["II. Внедренческий", "сентябрь 2024 – июнь 2026",
             "сетевая практика, цифровой дневник, демонстрационные экзамены, мониторинг"],
            ["III. Обобщающий", "июль – декабрь 2026",
             "итоговый мониторинг, методические рекомендации, итоговая конференция"],
        ], [5.0, 4.2, 7.3], {"header": 1, "size": 11}),
        # ---- landscape: plan and indicators
        ("landscape",),
        ("h", 1, "Выполнение плана работ за 2024–2025 годы"),
        ("caption", "Таблица 1. План работ площадки по этапам и отметка о его выполнении"),
        ("table", plan, [1.0, 3.2, 6.4, 3.0, 3.9, 5.0, 3.3],
         {"header": 2, "repeat": True, "size": 9.5, "head_fill": "DDE5EE"}),
        ("note", "* Отметка «выполнено» ставится при получении запланированного результата в полном объёме."),
        ("h", 1, "Показатели результативности проекта"),
        ("caption", "Таблица 2. Значения показателей по годам"),
        ("table", ind, [0.8, 8.6, 1.4, 2.6, 1.7, 1.7, 1.7, 1.7, 2.6],
         {"header": 2, "repeat": True, "size": 9.5, "head_fill": "DDE5EE", "center_cols": [2, 3, 4, 5, 6, 7, 8]}),
        ("note", "Доля в строке 2 рассчитана от контингента 2–4 курсов на 1 октября: 2023 г. – 352, "
                 "2024 г. – 362, 2025 г. – 356 человек."),
        ("p", "За два года практику у сетевых партнёров прошли 410 студентов (196 в 2024 году и 214 в 2025 году). "
              "Доля выпускников, трудоустроенных по специальности, выросла с 61 до 73 %."),
        ("p", "В 2025 году сетевую практику прошли 214 из 356 студентов 2–4 курсов (64,2 %), что выше "
              "планового значения показателя."),
        ("h", 2, "Участники проекта по годам"),
        ("table", part, [10.5, 3.0, 3.0], {"header": 1, "size": 10, "bold_rows": [len(part) - 1],
                                           "center_cols": [1, 2]}),
        ("portrait",),
        ("p", J1_DUP_A),
        ("h", 1, "Кадровое обеспечение проекта"),
        # planted structure: only the template's instruction
        ("pl", "[Указывается численность педагогических работников, участвующих в проекте, и сведения о "
               "повышении их квалификации за отчётный период]"),
        ("h", 1, "Распространение опыта"),
        ("bul", [
            "17.04.2024 – выступление на областном методическом объединении заместителей директоров "
            "по учебно-производственной работе (г. Благовещенск);",
            "24–25.10.2024 – доклад «Наставник в цифровом дневнике практики» на межрегиональной "
            "конференции «Кадры для Дальнего Востока» (г. Хабаровск);",
            "12.03.2025 – статья «Сетевая практика: первые итоги» в журнале «Профессиональное образование "
            "Приамурья»;",
            "19–21.11.2025 – стажировочная площадка для педагогов 9 профессиональных образовательных "
            "организаций области;",
            "в течение 2024–2025 гг. – 37 публикаций о ходе проекта на сайте колледжа и в сообществе "
            "колледжа в социальной сети.",
        ]),
        ("h", 1, "Выводы и задачи на 2026 год"),
        ("p", J1_DUP_B),
        ("p", "Задачи II этапа, запланированные на 2024–2025 годы, в основном решены. В 2026 году колледж "
              "проведёт перенесённую выездную сессию (март 2026 г.), в октябре 2026 года – итоговую "
              "конференцию проекта, к декабрю 2026 года подготовит методические рекомендации по "
              "организации сетевой практики с наставником предприятия."),
        ("blank",),
        ("sig", "Директор ГПОАУ АО «СКЭТ»", "И. С. Лаптева"),
        ("pl", "20.01.2026"),
    ]
    return {"name": "blind_j1", "headings": "auto", "cover": True, "blocks": blocks,
            "toc_pages": toc_pages or J1_TOC_PAGES, "toc": J1_TOC, "body_pt": 12,
            "author": "Лаптева И. С.", "doc_title": "Промежуточный отчёт ФИП за 2024–2025 годы"}


# ===========================================================================
# blind_j2 — Забайкальский край (г. Чита), КИП, кадетская школа-интернат, 2025;
# отчёт-анкета: вопросы с автоматической нумерацией (1., 5.1.), ответы под вопросами
# ===========================================================================

J2_TOPIC = ("«Полевая школа: интеграция туристско-краеведческой и военно-патриотической подготовки "
            "кадет в природно-климатических условиях Забайкалья»")

J2_DUP_A = ("Полевые выходы изменили отношение кадет к физической подготовке: нормативы перестали "
            "восприниматься как формальность, потому что от выносливости каждого зависит темп всего "
            "отделения на маршруте. Командиры отделений научились распределять груз и обязанности на "
            "биваке, а младшие кадеты быстрее осваивают навыки, наблюдая за старшими товарищами.")
# planted near-duplicate: изменили -> поменяли, распределять -> делить, быстрее -> легче
J2_DUP_B = ("Полевые выходы поменяли отношение кадет к физической подготовке: нормативы перестали "
            "восприниматься как формальность, потому что от выносливости каждого зависит темп всего "
            "отделения на маршруте. Командиры отделений научились делить груз и обязанности на "
            "биваке, а младшие кадеты легче осваивают навыки, наблюдая за старшими товарищами.")

# events of 2025: (№, мероприятие, квартал, дата, кадеты, педагоги, родители/партнёры, результат, отметка)
J2_EVENTS = [
    ("Зимний полевой выход «Ингодинский рубеж» (двое суток)", "I", "14–15.02.2025", 64, 9, 4,
     "64 кадета сдали зачёт по зимнему биваку", "проведено"),
    ("Краевой семинар «Полевая подготовка в кадетском образовании»", "I", "20.03.2025", 0, 38, 6,
     "резолюция семинара, 5 докладов", "проведено"),
    # planted chronology: a 2025 plan row dated November 2024
    ("Курс «Первая помощь в полевых условиях» (16 ч)", "I", "18.11.2024", 72, 3, 2,
     "72 кадета получили свидетельства", "проведено"),
    ("Поход выходного дня «Весенний Яблоновый»", "II", "26–27.04.2025", 32, 4, 1,
     "маршрут I категории сложности пройден без замечаний", "проведено"),
    # planted completeness: not held, no reason, no new date
    ("Тренинг для воспитателей «Сопровождение кадета в походе»", "II", "апрель 2025", 0, 14, 0, "",
     "не проведено"),
    ("Краеведческая экспедиция «Следами декабристов» (Петровск-Забайкальский район)", "II",
     "12–16.05.2025", 28, 4, 2, "маршрутная книжка, 3 исследовательские работы", "проведено"),
    ("Военно-спортивные сборы «Даурский характер»", "II", "09–13.06.2025", 40, 5, 0,
     "II место в командном зачёте краевых сборов", "проведено"),
    ("Профильная летняя смена «Полевая школа»", "III", "01–21.07.2025", 56, 7, 3,
     "56 кадет освоили программу смены (72 ч)", "проведено"),
    ("Учебные сборы по водному туризму на озере Арахлей", "III", "11–15.08.2025", 24, 3, 2,
     "24 кадета получили допуск к водным походам", "проведено"),
    ("Туристский слёт кадет «Осенний азимут»", "III", "24–26.09.2025", 118, 11, 12,
     "зачёт по ориентированию сдали 103 кадета", "проведено"),
    ("Краевая олимпиада школьников по краеведению (участие)", "IV", "21.10.2025", 18, 2, 0,
     "3 призёра", "проведено"),
    # planted completeness: a row of dashes
    ("Открытие экологической учебной тропы «Падь Лиственничная»", "IV", "ноябрь 2025", None, None, None,
     "—", "—"),
    ("Соревнования по спортивному ориентированию «Зимний азимут»", "IV", "13.12.2025", 86, 6, 4,
     "86 участников, 12 призёров", "проведено"),
    ("Методический сборник «Маршруты полевой школы»", "IV", "15.12.2025", 0, 8, 0,
     "сборник (64 с.) размещён на сайте школы", "проведено"),
]


def j2():
    kad = sum(e[3] or 0 for e in J2_EVENTS)
    ped = sum(e[4] or 0 for e in J2_EVENTS)
    oth = sum(e[5] or 0 for e in J2_EVENTS)
    assert (kad, ped, oth) == (538, 114, 36)
    assert 44 + 50 + 54 == 148 != 158 and 52 + 61 + 69 == 182 and 38 + 47 + 51 == 136
    assert pct(148, 182) == "81,3" and pct(31, 46) == "67,4"
    assert pct(118, 164, 0) == "72"   # planted: the text says 82 %

    h1 = ["№", "Мероприятие", "Квартал", "Дата", ("span", 3, "Участники, чел."), "Результат", "Отметка"]
    h2 = [None, None, None, None, "кадеты", "педагоги", "родители, партнёры", None, None]
    ev = [h1, h2]
    prev_q = None
    for i, e in enumerate(J2_EVENTS, 1):
        q = e[1] if e[1] != prev_q else None
        prev_q = e[1]
        vals = ["—" if v is None else cnt(v) for v in e[3:6]]
        ev.append([str(i), e[0], (q + " кв.") if q else None, e[2]] + vals + [e[6], e[7]])
    ev.append([("span", 4, "Итого участий"), str(kad), str(ped), str(oth), "", ""])

    part = [["Категория", ("span", 3, "Кадеты по параллелям, чел."), "Всего"],
            [None, "5–6 кл.", "7–8 кл.", "9–11 кл.", None],
            ["Включены в проект", "52", "61", "69", "182"],
            ["Сдали зачёт по полевой подготовке", "44", "50", "54", "158"],
            ["Участвовали в полевых выходах и экспедициях", "38", "47", "51", "136"]]

    blocks = [
        ("c", "Министерство образования и науки Забайкальского края", {}),
        ("c", "ОТЧЁТ КРАЕВОЙ ИННОВАЦИОННОЙ ПЛОЩАДКИ", {"bold": True, "before": 10, "size": 13}),
        ("c", "(форма-анкета) за 2025 год", {"bold": True, "size": 13}),
        ("c", "Отчётный период: 01.01.2025 – 31.12.2025", {"before": 4, "after": 8}),
        ("note", "Ответы даются непосредственно после вопроса; таблицы заполняются по образцу."),
        ("q", 1, "Наименование организации – инновационной площадки."),
        ("p", "Государственное общеобразовательное учреждение «Кадетская школа-интернат „Ингода“» "
              "(г. Чита), 182 кадета 5–11 классов, 46 педагогических работников. В реализации проекта "
              "участвуют 31 из 46 педагогических работников (67,4 %)."),
        ("q", 1, "Тема проекта, реквизиты приказа о присвоении статуса КИП."),
        ("p", "Тема: " + J2_TOPIC + ". Статус присвоен приказом Министерства образования и науки "
              "Забайкальского края от 14.08.2023 № 812 на срок 01.09.2023 – 31.08.2026."),
        ("q", 1, "Этапы проекта. Какой этап реализовывался в отчётном периоде?"),
        ("bul", [
            "1 этап (подготовительный): сентябрь 2023 – май 2024;",
            "2 этап (основной): июнь 2024 – декабрь 2025 – реализовывался в отчётном периоде;",
            "3 этап (обобщающий): январь – август 2026.",
        ]),
        ("q", 1, "Какие задачи решались в отчётном периоде?"),
        ("num", [
            "апробировать модульную программу полевой подготовки для 5–11 классов;",
            "провести полевые выходы и экспедиции в разных сезонах года;",
            "подготовить воспитателей и педагогов к сопровождению кадет в полевых условиях;",
            "организовать мониторинг физической и туристской подготовленности кадет.",
        ], "j2tasks", "%1)"),
        ("q", 1, "Выполнение плана мероприятий на 2025 год."),
        ("q", 2, "Перечень мероприятий и их результаты (таблица 1)."),
        ("landscape",),
        ("caption", "Таблица 1. Мероприятия плана 2025 года"),
        ("table", ev, [0.9, 6.6, 1.9, 2.5, 1.7, 2.0, 2.3, 5.8, 2.4],
         {"header": 2, "repeat": True, "size": 10, "bold_rows": [len(ev) - 1], "center_cols": [2, 4, 5, 6]}),
        ("note", "Прочерк в графах участников означает, что эта категория в мероприятии не участвовала "
                 "(семинар и тренинг для педагогов, методический сборник). "
                 "В строке «Итого участий» один кадет учтён столько раз, во скольких мероприятиях он участвовал."),
        ("portrait",),
        ("q", 2, "Мероприятия, проведённые дополнительно к плану."),
        ("p", "Кадеты 7–9 классов приняли участие в краевой экологической акции «Чистый берег Ингоды» "
              "(31.05.2025, 46 кадет, очищено 3,5 км береговой линии)."),
        ("q", 1, "Количество участников проекта в отчётном периоде."),
        ("table", part, [6.8, 2.2, 2.2, 2.2, 2.4], {"header": 2, "size": 11, "center_cols": [1, 2, 3, 4]}),
        ("p", "Зачёт по полевой подготовке сдали 148 кадет, или 81,3 % от числа включённых в проект."),
        ("p", "Родители активно включились в проект: в мероприятиях приняли участие 118 родителей из "
              "164 семей кадет (82 %)."),
        ("q", 1, "Кто из социальных партнёров участвовал в реализации проекта?"),
        ("table", [
            ["Партнёр", "Форма участия", "Основание"],
            ["ГУ ДО «Краевой центр детско-юношеского туризма „Кодар“»", "инструкторы на маршрутах, снаряжение",
             "договор от 02.09.2024 № 17"],
            ["Местное отделение ДОСААФ России г. Читы", "стрелковая и строевая подготовка на сборах",
             "соглашение от 10.01.2025"],
            ["Пожарно-спасательная часть № 7 (условно)", "занятия по безопасности на биваке",
             "план совместной работы"],
        ], [6.5, 5.6, 4.4], {"header": 1, "size": 10}),
        ("q", 1, "Какие продукты инновационной деятельности созданы?"),
        ("bul", [
            "модульная программа «Полевая школа» (5–11 классы, 4 модуля по сезонам);",
            "маршрутная книжка кадета с заданиями по краеведению;",
            "методический сборник «Маршруты полевой школы»;",
            "чек-листы безопасности для руководителей полевых выходов.",
        ]),
        # planted structure: a question with no answer
        ("q", 1, "Какие трудности и риски возникли при реализации проекта и как они преодолевались?"),
        ("q", 1, "Как изменились результаты кадет по данным мониторинга?"),
        ("table", [
            ["Показатель (доля кадет, %)", "сентябрь 2024 (входная)", "май 2025", "декабрь 2025"],
            ["высокий уровень физической подготовленности", "34", "41", "47"],
            ["ориентирование по карте и компасу без ошибок", "22", "48", "63"],
            ["владение приёмами первой помощи", "15", "52", "70"],
        ], [7.6, 3.2, 2.8, 2.9], {"header": 1, "size": 10, "center_cols": [1, 2, 3]}),
        ("p", J2_DUP_A),
        ("q", 1, "Распространение опыта в отчётном периоде."),
        ("table", [
            ["Дата", "Мероприятие", "Форма участия"],
            ["20.03.2025", "Краевой семинар «Полевая подготовка в кадетском образовании» (на базе школы)",
             "организатор, 2 доклада"],
            ["24–26.09.2025", "Туристский слёт кадет «Осенний азимут» (открытый для кадетских классов края)",
             "организатор"],
            ["06.11.2025", "Вебинар Забайкальского института развития образования (условно)",
             "выступление, 96 слушателей"],
            # planted chronology: after the reporting period and after the date the form was filled in
            ["14.01.2026", "Всероссийский форум «Кадетское образование: традиции и новые практики» (онлайн)",
             "выступление"],
        ], [2.8, 10.0, 3.7], {"header": 1, "size": 10}),
        ("q", 1, "Финансовое обеспечение проекта в отчётном периоде."),
        ("p", "Проект реализуется в рамках государственного задания; дополнительного финансирования в 2025 году "
              "не выделялось. Снаряжение для полевых выходов предоставлено партнёром по договору."),
        ("q", 1, "Общие выводы по итогам отчётного периода."),
        ("p", J2_DUP_B),
        ("p", "Основной этап проекта завершён; программа «Полевая школа» готова к описанию и передаче другим "
              "кадетским организациям края."),
        ("q", 1, "Планы на 2026 год."),
        ("bul", [
            "в феврале 2026 г. – зимний полевой выход с участием кадетских классов г. Читы;",
            "в апреле 2026 г. – тренинг для воспитателей по сопровождению кадет в полевых условиях;",
            "до 31.08.2026 – итоговый отчёт и методические рекомендации по проекту.",
        ]),
        ("blank",),
        ("sig", "Директор ГОУ «Кадетская школа-интернат „Ингода“»", "С. В. Рогалёв"),
        ("pl", "Дата заполнения: 26.12.2025"),
    ]
    return {"name": "blind_j2", "headings": "typed", "blocks": blocks, "body_pt": 12,
            "author": "Рогалёв С. В.", "doc_title": "Отчёт КИП за 2025 год (анкета)"}


# ===========================================================================
# blind_j3 — Рязанская область (г. Касимов), МИП, детский сад, 2025;
# «информационно-аналитическая справка (самоанализ)»: набранные вручную номера разделов,
# план/факт разбит на отдельные таблицы по этапам (альбомный раздел)
# ===========================================================================

J3_TOPIC = ("«Касимовский сундучок»: ознакомление детей старшего дошкольного возраста с народными "
            "промыслами родного края средствами музейной педагогики")

J3_DUP_A = ("Работа с подлинными предметами быта и промыслов оказалась для детей сильнее любой "
            "иллюстрации: рассматривая старинное кружево или глиняную свистульку, дошкольники задают "
            "вопросы о мастере, материале и назначении вещи, а затем переносят увиденное в собственные "
            "рисунки и поделки. Воспитатели отмечают рост словарного запаса детей и их интереса к "
            "семейной истории.")
# planted near-duplicate: сильнее -> убедительнее, задают -> формулируют, рост -> расширение
J3_DUP_B = ("Работа с подлинными предметами быта и промыслов оказалась для детей убедительнее любой "
            "иллюстрации: рассматривая старинное кружево или глиняную свистульку, дошкольники формулируют "
            "вопросы о мастере, материале и назначении вещи, а затем переносят увиденное в собственные "
            "рисунки и поделки. Воспитатели отмечают расширение словарного запаса детей и их интереса к "
            "семейной истории.")

# participants: (group, children, parents, teachers); the parents' total is written wrong (planted)
J3_PART = [("Старшая группа № 1 «Берёзка»", 24, 22, 3),
           ("Старшая группа № 2 «Рябинка»", 23, 20, 3),
           ("Подготовительная группа «Радуга»", 27, 25, 3),
           ("Специалисты (музыкальный руководитель, инструктор по физической культуре, учитель-логопед, "
            "старший воспитатель)", 0, 0, 4)]
J3_PARENTS_WRITTEN = 76
# diagnostics: level -> (sep 2024, may 2025, dec 2025), base 74
J3_DIAG = [("высокий", 13, 24, 35), ("средний", 39, 37, 33), ("низкий", 22, 13, 6)]


def j3():
    ch = sum(r[1] for r in J3_PART)
    pa = sum(r[2] for r in J3_PART)
    te = sum(r[3] for r in J3_PART)
    grand = sum(r[1] + r[2] + r[3] for r in J3_PART)
    assert (ch, pa, te, grand) == (74, 67, 13, 154) and pa != J3_PARENTS_WRITTEN
    for k in (1, 2, 3):
        assert sum(r[k] for r in J3_DIAG) == 74
        s = sum(float(pct(r[k], 74).replace(",", ".")) for r in J3_DIAG)
        assert abs(s - 100.0) < 1e-6, s
    assert pct(35, 74) == "47,3" and pct(13, 74) == "17,6" and pct(6, 74) == "8,1"

    def stage_table(rows):
        h1 = ["№", "Содержание работы", "Срок", ("span", 2, "Результат"), "Ответственный"]
        h2 = [None, None, None, "планируемый", "фактический", None]
        out = [h1, h2]
        prev = None
        for r in rows:
            resp = r[5] if r[5] != prev else None
            prev = r[5]
            out.append([r[0], r[1], r[2], r[3], r[4], resp])
        return out

    st2 = stage_table([
        ("2.1", "Создание мини-музея «Касимовский сундучок» в подготовительной группе", "январь – февраль 2025",
         "мини-музей, не менее 30 экспонатов", "открыт 27.02.2025, 46 экспонатов", "Абрамова Т. Н."),
        ("2.2", "Цикл образовательных ситуаций «Михайловское кружево»", "март – апрель 2025",
         "8 занятий, конспекты", "8 занятий, 8 конспектов", "Абрамова Т. Н."),
        # planted completeness: fact is a dash
        ("2.3", "Семейный конкурс «Сундучок бабушкиных секретов»", "апрель 2025",
         "выставка семейных работ", "—", "Кирюхина О. В."),
        ("2.4", "Экскурсии в городской краеведческий музей (экспозиция «Ремёсла Касимова»)", "май 2025",
         "3 экскурсии", "3 экскурсии, 68 детей", "Кирюхина О. В."),
        ("2.5", "Промежуточная педагогическая диагностика", "май 2025", "аналитическая справка",
         "справка от 30.05.2025", "Соколова Е. А."),
        # planted chronology: a stage-2 row (January – August 2025) dated in September
        ("2.6", "Фестиваль народных игр «Ярмарка на Оке»", "23.09.2025", "праздник для трёх групп",
         "74 ребёнка, 41 родитель", "Гусева Н. П."),
    ])
    st3 = stage_table([
        ("3.1", "Корректировка парциальной программы «Касимовский сундучок» по итогам этапа 2",
         "сентябрь 2025", "программа (2-я редакция)", "утверждена, протокол педсовета от 30.09.2025 № 2",
         "Соколова Е. А."),
        ("3.2", "Семинар для педагогов округа «Музейная педагогика в детском саду»", "октябрь 2025",
         "семинар", "22.10.2025, 27 педагогов из 8 ДОО", "Соколова Е. А."),
        # planted completeness: partial outcome, no reason
        ("3.3", "«Мастерская глиняной игрушки»: цикл занятий с мастером народного промысла", "ноябрь 2025",
         "4 занятия, выставка работ", "проведено 2 занятия из 4", "Абрамова Т. Н."),
        ("3.4", "Новогодняя выставка «Ёлочка в народном наряде»", "декабрь 2025", "выставка",
         "52 семейные работы", "Кирюхина О. В."),
        # trap: postponed with a reason and a new date
        ("3.5", "Выездной семинар на базе детского сада с. Ерахтур", "декабрь 2025", "семинар для 3 ДОО",
         "перенесён на 18.02.2026 в связи с закрытием дороги на ремонт моста (письмо от 01.12.2025 № 77)",
         "Соколова Е. А."),
        # planted chronology: after the reporting period, reported with a result
        ("3.6", "Областной конкурс методических разработок «Родной край»", "март 2026", "участие",
         "диплом лауреата", "Абрамова Т. Н."),
    ])

    part = [["Группа / категория", "Дети", "Родители", "Педагоги", "Всего"]]
    for g, c, p, t in J3_PART:
        part.append([g, cnt(c), cnt(p), str(t), str(c + p + t)])
    part.append(["Итого", str(ch), str(J3_PARENTS_WRITTEN), str(te), str(grand)])

    diag = [["Уровень", ("span", 2, "Сентябрь 2024"), ("span", 2, "Май 2025"), ("span", 2, "Декабрь 2025")],
            [None, "чел.", "%", "чел.", "%", "чел.", "%"]]
    for lvl, a, b, c in J3_DIAG:
        diag.append([lvl, str(a), pct(a, 74), str(b), pct(b, 74), str(c), pct(c, 74)])
    diag.append(["Всего", "74", "100,0", "74", "100,0", "74", "100,0"])

    blocks = [
        ("c", "Управление образования и молодёжной политики администрации муниципального округа город Касимов", {}),
        ("c", "Муниципальное бюджетное дошкольное образовательное учреждение "
              "«Детский сад комбинированного вида № 11 „Теремок“»", {"after": 10}),
        ("c", "ИНФОРМАЦИОННО-АНАЛИТИЧЕСКАЯ СПРАВКА", {"bold": True, "size": 13}),
        ("c", "(самоанализ) о деятельности муниципальной инновационной площадки за 2025 год",
         {"bold": True, "after": 10}),
        ("h", 1, "1. Общие сведения"),
        ("lab", "Тема проекта: ", J3_TOPIC + "."),
        ("lab", "Основание: ", "приказ управления образования и молодёжной политики администрации "
                               "муниципального округа город Касимов от 29.08.2024 № 341 «О присвоении статуса "
                               "муниципальной инновационной площадки»."),
        ("lab", "Срок реализации проекта: ", "01.09.2024 – 31.05.2027."),
        ("lab", "Отчётный период: ", "январь – декабрь 2025 года."),
        ("lab", "Руководитель площадки: ", "Воронцова Елена Михайловна, заведующий."),
        ("lab", "Этапы проекта:", ""),
        ("bul", [
            "этап 1 (организационно-диагностический) – сентябрь – декабрь 2024 г.;",
            "этап 2 (практический) – январь – август 2025 г.;",
            "этап 3 (развивающий) – сентябрь 2025 – декабрь 2026 г.;",
            "этап 4 (обобщающий) – январь – май 2027 г.",
        ]),
        ("p", "В отчётном периоде завершён этап 2 и начат этап 3. Ниже выполнение плана приведено отдельно "
              "по каждому этапу; для этапа 3 указаны только мероприятия, срок которых наступил в 2025 году."),
        ("landscape",),
        ("h", 1, "2. Реализация плана инновационной деятельности"),
        ("h", 2, "2.1. Этап 2 (практический): январь – август 2025 г."),
        ("table", st2, [1.1, 8.0, 3.4, 4.3, 5.3, 3.6],
         {"header": 2, "repeat": True, "size": 10, "head_fill": "EDEDED"}),
        ("h", 2, "2.2. Этап 3 (развивающий): сентябрь 2025 – декабрь 2026 г., мероприятия 2025 года"),
        ("table", st3, [1.1, 8.0, 3.4, 4.3, 5.3, 3.6],
         {"header": 2, "repeat": True, "size": 10, "head_fill": "EDEDED"}),
        ("note", "Примечание. Ответственный указан один раз для подряд идущих мероприятий одного исполнителя."),
        ("portrait",),
        ("h", 1, "3. Участники инновационной деятельности"),
        ("table", part, [8.0, 1.9, 2.1, 2.1, 1.9], {"header": 1, "size": 10, "bold_rows": [len(part) - 1],
                                                    "center_cols": [1, 2, 3, 4]}),
        ("note", "Прочерк: специалисты работают со всеми группами, дети и родители учтены по группам."),
        ("p", "В проект включены все дети старшего дошкольного возраста (три группы) и их семьи, "
              "а также 13 педагогов."),
        # planted structure: section 4 (dissemination) is missing — numbering jumps 3 -> 5
        ("h", 1, "5. Результативность инновационной деятельности"),
        ("p", "Уровень представлений детей о народных промыслах родного края оценивался по методике, "
              "разработанной творческой группой (беседа, узнавание изделий, дидактическая игра)."),
        ("table", diag, [4.0, 1.8, 1.9, 1.8, 1.9, 1.8, 1.9],
         {"header": 2, "size": 10, "bold_rows": [len(diag) - 1], "center_cols": [1, 2, 3, 4, 5, 6]}),
        ("p", "Доля детей с высоким уровнем выросла с 17,6 % в сентябре 2024 года до 47,3 % в декабре "
              "2025 года; низкий уровень в декабре 2025 года показали 6 детей (8,1 %)."),
        ("p", J3_DUP_A),
        ("h", 1, "6. Ресурсное обеспечение"),
        ("h", 2, "6.1. Кадровое обеспечение"),
        ("p", "В проекте участвуют 13 педагогов: 9 воспитателей, музыкальный руководитель, инструктор по "
              "физической культуре, учитель-логопед и старший воспитатель. В марте 2025 года 6 педагогов "
              "прошли курсы повышения квалификации «Музейная педагогика в ДОО» (36 ч)."),
        # planted structure: present but empty
        ("h", 2, "6.2. Материально-техническое обеспечение"),
        ("h", 1, "7. Выводы и перспективы"),
        ("p", J3_DUP_B),
        ("p", "Задачи этапа 2 решены, этап 3 реализуется по плану. В 2026 году планируется провести "
              "перенесённый выездной семинар (февраль 2026 г.), пополнить мини-музей разделом «Касимовская "
              "резьба по дереву» и к декабрю 2026 года подготовить сборник конспектов занятий."),
        ("blank",),
        ("sig", "Заведующий МБДОУ «Детский сад № 11 „Теремок“»", "Е. М. Воронцова"),
        ("pl", "15.01.2026"),
    ]
    return {"name": "blind_j3", "headings": "typed", "blocks": blocks, "body_pt": 12,
            "author": "Воронцова Е. М.", "doc_title": "Самоанализ МИП за 2025 год"}


# ===========================================================================
# blind_j4 — Чувашская Республика (Моргаушский муниципальный округ), сетевая РИП: три сельские
# школы и центр дополнительного образования, 2025 — ЧИСТЫЙ отчёт.
# Heading 1 с автонумерацией «Раздел N.», список «а)», дорожная карта с кварталами в столбцах
# ===========================================================================

J4_TOPIC = ("«Агрокласс: сетевая модель агротехнологического профильного обучения в сельских школах "
            "Моргаушского муниципального округа»")
J4_GOAL = ("создать и апробировать сетевую модель агротехнологического профильного обучения, в которой "
           "сельские школы, центр дополнительного образования и сельскохозяйственное предприятие совместно "
           "обеспечивают практическую подготовку обучающихся 5–11 классов")
J4_CENTER = "МБУ ДО «ЦРТДиЮ»"

# participants: (organisation, 5–7 кл., 8–9 кл., 10–11 кл., педагоги)
J4_PART = [("МБОУ «Ялдрынская СОШ»", 41, 38, 24, 11),
           ("МБОУ «Кушвармская СОШ»", 33, 29, 17, 9),
           ("МБОУ «Тойсюрская ООШ»", 22, 19, 0, 7),
           (J4_CENTER, 0, 0, 0, 4)]
J4_MONEY = [("Оборудование учебной теплицы", 486000.00, 486000.00),
            ("Семена, удобрения, расходные материалы", 112500.00, 109870.40),
            ("Подвоз обучающихся к месту практикумов", 96000.00, 96000.00),
            ("Повышение квалификации педагогов", 54000.00, 48600.00)]


def j4():
    col = [sum(r[k] for r in J4_PART) for k in (1, 2, 3, 4)]
    grand = sum(col)
    assert col == [96, 86, 41, 31] and grand == 254
    assert sum(r[1] + r[2] + r[3] + r[4] for r in J4_PART) == 254
    assert pct(36, 41) == "87,8"
    mp = sum(m[1] for m in J4_MONEY)
    mf = sum(m[2] for m in J4_MONEY)
    assert money(mp) == "748 500,00" and money(mf) == "740 470,40" and pct(mf, mp) == "98,9"
    assert money(mp - mf) == "8 029,60"

    def q(*marks):
        return ["+" if k in marks else "" for k in (1, 2, 3, 4)]

    def d(text):
        return [("span", 8, text)]

    gh1 = ["№", "Мероприятие", ("span", 4, "Срок (квартал 2025 г.)"), "Исполнитель", "Отметка о выполнении"]
    gh2 = [None, None, "I", "II", "III", "IV", None, None]
    road = [gh1, gh2,
            d("Направление 1. Организационно-методическое обеспечение"),
            ["1.1", "Заседания сетевого методического совета"] + q(1, 2, 3, 4) +
            [J4_CENTER, "выполнено: 4 заседания (14.02.2025, 23.05.2025, 12.09.2025, 05.12.2025)"],
            ["1.2", "Разработка программы элективного курса «Основы агробизнеса» для 10–11 классов"] + q(1, 2) +
            ["Ялдрынская СОШ", "выполнено: программа (68 ч) утверждена 16.06.2025"],
            ["1.3", "Утверждение сетевого учебного плана агроклассов на 2025/2026 учебный год"] + q(2) +
            [J4_CENTER, "выполнено: приказ от 27.05.2025 № 64"],
            d("Направление 2. Образовательная деятельность с обучающимися"),
            ["2.1", "Практикумы по растениеводству на базе СХПК «Нива»"] + q(2, 3) +
            ["все школы сети", "выполнено: 18 практикумов, 64 обучающихся"],
            ["2.2", "Проектная сессия «Школьная теплица»"] + q(1) +
            ["Кушвармская СОШ", "выполнено 19–21.03.2025: 9 проектов"],
            ["2.3", "Профильная смена «Летняя агрошкола»"] + q(3) +
            ["Ялдрынская СОШ", "выполнено 07–25.07.2025: 48 обучающихся"],
            ["2.4", "Участие в республиканском конкурсе «Юный аграрий»"] + q(4) +
            ["все школы сети", "выполнено 17.10.2025: 11 участников, 2 призёра"],
            ["2.5", "Выездная сессия «Агропрофи» на базе аграрного техникума"] + q(4) +
            ["Тойсюрская ООШ", "не проведено: перенесено на 12.02.2026 в связи с карантином по гриппу в "
                               "школах округа (приказ управления образования от 01.12.2025 № 212)¹"],
            ["2.6", "Экскурсии на сельскохозяйственные предприятия округа"] + q(2, 4) +
            ["Тойсюрская ООШ", "выполнено: 5 экскурсий (май, октябрь 2025), 112 обучающихся"],
            ["2.7", "Ярмарка урожая агроклассов «Дары осени»"] + q(3) +
            ["Кушвармская СОШ", "выполнено 26.09.2025: продукция трёх школ, 140 посетителей"],
            d("Направление 3. Работа с педагогическими кадрами"),
            ["3.1", "Курсы повышения квалификации «Агротехнологии в школьном образовании» (36 ч)"] + q(1) +
            [J4_CENTER, "выполнено 10–14.03.2025: 12 педагогов"],
            ["3.2", "Стажировка педагогов на базе СХПК «Нива»"] + q(3) +
            [J4_CENTER, "выполнено 18.08.2025: 9 педагогов"],
            ["3.3", "Семинар-практикум «Школьная теплица: технология и безопасность»"] + q(2) +
            ["Кушвармская СОШ", "выполнено 15.04.2025: 14 педагогов"],
            ["3.4", "Открытые уроки с агротехнологическим содержанием"] + q(4) +
            ["все школы сети", "выполнено 13–28.11.2025: 6 уроков"],
            d("Направление 4. Мониторинг и распространение опыта"),
            ["4.1", "Мониторинг образовательных результатов обучающихся агроклассов"] + q(2, 4) +
            [J4_CENTER, "выполнено: справки от 30.05.2025 и 19.12.2025"],
            ["4.2", "Республиканский семинар «Агрокласс в сельской школе»"] + q(4) +
            ["Ялдрынская СОШ", "выполнено 21.11.2025: 58 участников из 14 ОО"],
            ["4.3", "Статья в сборнике «Сельская школа: ресурсы развития»"] + q(4) +
            ["Кушвармская СОШ", "выполнено: статья опубликована в декабре 2025 г.²"],
            ["4.4", "Публикации о ходе проекта на сайтах школ сети"] + q(1, 2, 3, 4) +
            ["все школы сети", "выполнено: 26 публикаций"],
            ]

    ph1 = ["Организация", ("span", 3, "Обучающиеся, чел."), "Педагоги, чел.", "Всего, чел."]
    ph2 = [None, "5–7 кл.", "8–9 кл.", "10–11 кл.", None, None]
    part = [ph1, ph2]
    for name, a, b, c, t in J4_PART:
        part.append([name, cnt(a), cnt(b), cnt(c), str(t), str(a + b + c + t)])
    part.append(["Итого", str(col[0]), str(col[1]), str(col[2]), str(col[3]), str(grand)])

    mon = [["Статья расходов", "План, руб.", "Факт, руб.", "Исполнение, %"]]
    for name, pl, fa in J4_MONEY:
        mon.append([name, money(pl), money(fa), pct(fa, pl)])
    mon.append(["Итого", money(mp), money(mf), pct(mf, mp)])

    blocks = [
        ("c", "Министерство образования Чувашской Республики", {}),
        ("c", "Муниципальное бюджетное учреждение дополнительного образования «Центр развития творчества "
              "детей и юношества» Моргаушского муниципального округа (МБУ ДО «ЦРТДиЮ»)", {"after": 10}),
        ("c", "ОТЧЁТ", {"bold": True, "size": 14}),
        ("c", "о деятельности сетевой республиканской инновационной площадки за 2025 год",
         {"bold": True, "after": 10}),
        ("h", 1, "Общие сведения"),
        ("table", [
            ["Тема проекта", ("span", 2, J4_TOPIC)],
            ["Цель проекта", ("span", 2, J4_GOAL[0].upper() + J4_GOAL[1:])],
            ["Основание", ("span", 2, "приказ Министерства образования Чувашской Республики от 26.07.2024 "
                                      "№ 1190 «О республиканских инновационных площадках»")],
            ["Организации сети", "МБУ ДО «Центр развития творчества детей и юношества»", "координатор сети"],
            [None, "МБОУ «Ялдрынская средняя общеобразовательная школа»", "базовая школа, агроклассы 10–11 кл."],
            [None, "МБОУ «Кушвармская средняя общеобразовательная школа»", "агроклассы 8–11 кл., агрокружки 5–7 кл."],
            [None, "МБОУ «Тойсюрская основная общеобразовательная школа»", "агрогруппы 5–9 кл."],
            ["Партнёры (условные)", ("span", 2, "СХПК «Нива»; аграрный техникум (г. Чебоксары)")],
            ["Срок реализации", ("span", 2, "01.09.2024 – 31.12.2026")],
            ["Отчётный период", ("span", 2, "01.01.2025 – 31.12.2025")],
            ["Руководитель площадки", ("span", 2, "Алексеева Анна Петровна, директор МБУ ДО «ЦРТДиЮ»")],
        ], [4.2, 7.4, 4.9], {"header": 0, "size": 10, "span_bold": False}),
        ("h", 1, "Цель, задачи и этап проекта"),
        ("p", "Цель проекта – " + J4_GOAL + "."),
        ("pl", "Задачи на 2025 год:"),
        ("num", [
            "разработать и утвердить сетевой учебный план агроклассов и программу элективного курса;",
            "организовать практикумы и проектную деятельность обучающихся на базе предприятия-партнёра;",
            "повысить квалификацию педагогов сети в области агротехнологий;",
            "провести мониторинг образовательных результатов и представить опыт на республиканском уровне.",
        ], "j4tasks", "%1)", "russianLower"),
        ("p", "Проект реализуется в три этапа: этап I (подготовительный) – сентябрь – декабрь 2024 г.; "
              "этап II (внедренческий) – январь 2025 – июнь 2026 г.; этап III (обобщающий) – июль – "
              "декабрь 2026 г. В отчётном году выполнялся этап II."),
        ("landscape",),
        ("h", 1, "Дорожная карта 2025 года и её выполнение"),
        ("caption", "Таблица 1. Дорожная карта (знаком «+» отмечены кварталы по плану)"),
        ("table", road, [1.0, 9.0, 1.0, 1.0, 1.0, 1.0, 3.6, 8.6],
         {"header": 2, "repeat": True, "size": 10, "head_fill": "E2EFD9", "center_cols": [2, 3, 4, 5]}),
        ("note", "¹ Занятия в школах округа были приостановлены с 02.12.2025 по 12.12.2025; новая дата "
                 "согласована с техникумом."),
        ("note", "² Сборник издан Чувашским республиканским институтом образования (условно), 12 с."),
        ("portrait",),
        ("h", 1, "Участники проекта"),
        ("table", part, [5.6, 1.9, 1.9, 1.9, 2.3, 2.3],
         {"header": 2, "size": 10, "bold_rows": [len(part) - 1], "center_cols": [1, 2, 3, 4, 5]}),
        ("note", "Прочерк: в основной школе нет 10–11 классов; в центре дополнительного образования учтены "
                 "только педагоги, его обучающиеся входят в контингент школ."),
        ("p", "В агроклассах 10–11 классов обучается 41 человек; 36 из них (87,8 %) выбрали для итоговой "
              "аттестации биологию или химию. Из 31 педагога сети 12 прошли курсы повышения квалификации, "
              "9 – стажировку на предприятии."),
        ("h", 1, "Финансовое обеспечение"),
        ("caption", "Таблица 2. Расходование субсидии из республиканского бюджета"),
        ("table", mon, [7.6, 3.1, 3.1, 2.7], {"header": 1, "size": 10, "bold_rows": [len(mon) - 1],
                                              "center_cols": [3]}),
        ("p", "Неиспользованный остаток 8 029,60 руб. образовался за счёт экономии при закупке и возвращён "
              "в республиканский бюджет."),
        ("h", 1, "Результаты и эффекты"),
        ("p", "Заседания сетевого методического совета проходили ежеквартально, что позволило согласовать "
              "расписание практикумов трёх школ. Обучающиеся агроклассов подготовили 9 проектов "
              "«Школьная теплица»; 2 из них стали призёрами республиканского конкурса «Юный аграрий»."),
        ("pl", "Продукты проекта за 2025 год:"),
        ("bul", [
            "программа элективного курса «Основы агробизнеса» (68 ч);",
            "сетевой учебный план агроклассов на 2025/2026 учебный год;",
            "банк из 9 ученических проектов «Школьная теплица»;",
            "методические материалы открытых уроков с агротехнологическим содержанием.",
        ]),
        ("h", 1, "Распространение опыта"),
        ("bul", [
            "09.04.2025 – выступление на республиканской конференции «Профильное обучение в сельской школе» "
            "(г. Чебоксары);",
            "21.11.2025 – республиканский семинар «Агрокласс в сельской школе» на базе Ялдрынской СОШ "
            "(58 участников из 14 образовательных организаций);",
            "декабрь 2025 – статья в сборнике «Сельская школа: ресурсы развития»;",
            "в течение года – 26 публикаций о ходе проекта на сайтах школ сети.",
        ]),
        ("h", 1, "Перспективы"),
        ("p", "В 2026 году сеть завершит этап II: 12.02.2026 проведёт перенесённую выездную сессию "
              "«Агропрофи», в апреле 2026 г. – второй республиканский конкурс ученических агропроектов. "
              "На этапе III (июль – декабрь 2026 г.) будут подготовлены методические рекомендации по "
              "сетевому агротехнологическому профилю."),
        ("blank",),
        ("sig", "Руководитель площадки, директор МБУ ДО «ЦРТДиЮ»", "А. П. Алексеева"),
        ("pl", "15.01.2026"),
    ]
    return {"name": "blind_j4", "headings": "razdel", "blocks": blocks, "body_pt": 12,
            "author": "Алексеева А. П.", "doc_title": "Отчёт сетевой РИП за 2025 год"}


# ===========================================================================
# main
# ===========================================================================
import argparse
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "docs"))
LO_PROFILE = "file:///tmp/lo_j"


def _norm_line(s):
    return re.sub(r"\s+", " ", s).strip()


def find_toc_pages(pdf, entries, first_body_page):
    """Page of each heading (numbers + title as one line), searched in order from the first body page."""
    pages = pdf_pages_text(pdf)
    found = {}
    start = first_body_page - 1
    for num, text in entries:
        want = _norm_line(num + " " + text)
        for i in range(start, len(pages)):
            lines = [_norm_line(x) for x in pages[i].splitlines()]
            if want in lines:
                found[num] = str(i + 1)
                start = i
                break
        else:
            raise RuntimeError("heading %r not found in %s" % (want, pdf))
    return found


def make(spec_fn, out, pdf):
    spec = spec_fn()
    base = os.path.join(out, spec["name"])
    if spec.get("toc") and pdf:
        pages = {}
        for _ in range(3):
            spec = spec_fn(pages)
            Builder(spec).build(base + ".docx")
            to_pdf(base + ".docx", out, LO_PROFILE)
            new = find_toc_pages(base + ".pdf", spec["toc"], 3)
            if new == pages:
                break
            pages = new
        else:
            raise RuntimeError("TOC page numbers do not settle")
        spec = spec_fn(pages)
    Builder(spec).build(base + ".docx")
    build_txt(spec, base + ".txt")
    if pdf:
        to_pdf(base + ".docx", out, LO_PROFILE)
    print("built", spec["name"], spec.get("toc_pages") or "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--out", default=DEFAULT_OUT)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for fn in (j1, j2, j3, j4):
        make(fn, a.out, not a.no_pdf)


if __name__ == "__main__":
    main()
