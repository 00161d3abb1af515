#!/usr/bin/env python3
"""Build blind test reports blind_l1..blind_l4 (.docx, .pdf, .txt).

Everything (text, numbers, tables) lives in this script; schools, people, partners and
documents are fictional.

Usage:
    python build_l.py [--no-pdf] [--out DIR]

PDFs are made with LibreOffice headless and a private profile (/tmp/lo_l).  blind_l4 has a
table of contents whose page numbers are taken from a first PDF pass (two passes).

Word features used: Heading 1/2 styles, automatic numbering through numbering.xml (upper-Roman
Heading 1, multi-level decimal Heading 1/2, "1)" and "1." lists, bullets), tables with two-row
headers, horizontal (gridSpan) and vertical (vMerge) merges, header rows repeated over page
breaks (tblHeader), tables nested in table cells, landscape sections, a title page with a page
break and a different first-page footer, a TOC field with dotted leaders, PAGE fields in footers,
notes marked with superscript digits and asterisks under tables.
"""
import argparse
import os
import re
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "docs"))
LO_PROFILE = "file:///tmp/lo_l"

# ---------------------------------------------------------------------------
# Block model (one list of blocks per document)
#   ("title"|"center"|"right"|"p"|"pl"|"q"|"it"|"caption"|"note", text)
#        q = bold question line (kept with next); it = italic paragraph
#   ("h", level, text)     heading; spec["headings"]:
#        "roman"  Heading 1 with automatic upper-Roman numbers ("I.")
#        "multi"  Heading 1 / Heading 2 with automatic multi-level decimal numbers ("1.", "3.1.")
#        "typed"  Heading 1 / Heading 2 styles, numbers typed in the text
#   ("bul", [items]) / ("num", [items], key, fmt)   automatic lists (same key continues)
#   ("table", rows, widths_cm, opts)
#        cell: str | [items] | ("span", n, content) | None (vertical-merge continuation)
#        items: str | ("b", str) | ("i", str) | ("tbl", rows, widths, opts)  (nested table)
#        opts: header=N, repeat, size, bold_rows, head_fill, cantsplit, span_bold, bold_col0
#   ("toc", [(level, number, text)])   TOC field, page numbers from the first PDF pass
#   ("sig", left, right)    signature line: left text, a right tab, right text
#   ("landscape",) / ("portrait",) / ("pagebreak",) / ("blank",) / ("vspace", n)
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
        ids = [int(a.get(qn("w:abstractNumId"))) for a in self.root.findall(qn("w:abstractNum"))]
        nids = [int(a.get(qn("w:numId"))) for a in self.root.findall(qn("w:num"))]
        self.next_abs = max(ids + [0]) + 1
        self.next_num = max(nids + [0]) + 1

    def add(self, levels):
        """levels: (numFmt, lvlText, left_twips, hanging_twips, bold)."""
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(self.next_abs))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "multilevel" if len(levels) > 1 else "singleLevel")
        a.append(mlt)
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
    for name, size in (("Heading 1", body_pt + 2), ("Heading 2", body_pt + 1)):
        hs = doc.styles[name]
        fix_fonts(hs, size, bold=True)
        hs.font.italic = False
        hs.font.color.rgb = RGBColor(0, 0, 0)
        hs.paragraph_format.space_before = Pt(9)
        hs.paragraph_format.space_after = Pt(4)
        hs.paragraph_format.keep_with_next = True


def page_setup(section, landscape=False):
    section.left_margin = Cm(2.5 if not landscape else 1.8)
    section.right_margin = Cm(1.0 if not landscape else 1.5)
    section.top_margin = Cm(1.7)
    section.bottom_margin = Cm(1.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width = Cm(29.7)
        section.page_height = Cm(21)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Cm(21)
        section.page_height = Cm(29.7)


def add_field(p, instr, cached):
    """Complex field: begin / instrText / separate / cached result / end."""
    def fld(kind):
        r = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r.append(fc)
        return r
    p._p.append(fld("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r.append(it)
    p._p.append(r)
    p._p.append(fld("separate"))
    run = p.add_run(cached)
    p._p.append(fld("end"))
    return run


def page_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(p, "PAGE", "1").font.size = Pt(10)


def set_cell_width(cell, cm):
    tcPr = cell._tc.get_or_add_tcPr()
    w = tcPr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcPr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def row_prop(row, tag):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    trPr.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def cell_margins(cell, left_cm, right_cm):
    tcPr = cell._tc.get_or_add_tcPr()
    mar = OxmlElement("w:tcMar")
    for side, v in (("w:left", left_cm), ("w:right", right_cm)):
        e = OxmlElement(side)
        e.set(qn("w:w"), str(int(v * 567)))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tcPr.append(mar)


def fill_cell(cell, content, size, bold, center, keep):
    items = content if isinstance(content, list) else [content]
    pending = cell.paragraphs[0]          # an empty paragraph ready for text
    for it in items:
        if isinstance(it, tuple) and it[0] == "tbl":
            nested = cell.add_table(len(it[1]), len(it[2]))
            make_table(nested, it[1], it[2], it[3] if len(it) > 3 else {})
            pending = cell.paragraphs[-1]   # python-docx adds an empty paragraph after the table
            continue
        style = None
        if isinstance(it, tuple):
            style, it = it[0], it[1]
        p = pending if pending is not None else cell.add_paragraph()
        pending = None
        r = p.add_run(it)
        r.font.size = Pt(size)
        if bold or style == "b":
            r.bold = True
        if style == "i":
            r.italic = True
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if keep:
            p.paragraph_format.keep_with_next = True


def make_table(t, rows, widths, opts):
    ncols = len(widths)
    size = opts.get("size", 10)
    nhead = opts.get("header", 1)
    bold_rows = set(opts.get("bold_rows", []))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    merges_h, merges_v = [], []
    for ri, row in enumerate(rows):
        trow = t.rows[ri]
        if ri < nhead and opts.get("repeat"):
            row_prop(trow, "w:tblHeader")
        if opts.get("cantsplit", True):
            row_prop(trow, "w:cantSplit")
        ci = 0
        for c in row:
            span, content = 1, c
            if isinstance(c, tuple) and c[0] == "span":
                span, content = c[1], c[2]
            for k in range(span):
                set_cell_width(t.cell(ri, ci + k), widths[ci + k])
            if c is None:
                merges_v.append((ri, ci))
            else:
                head = ri < nhead
                is_span_row = span == ncols
                bold = head or ri in bold_rows or (is_span_row and opts.get("span_bold", True)) or \
                    (ci == 0 and opts.get("bold_col0"))
                fill_cell(t.cell(ri, ci), content, size, bold, head, head or is_span_row)
                if head and opts.get("head_fill"):
                    shade(t.cell(ri, ci), opts["head_fill"])
                if is_span_row and opts.get("span_fill"):
                    shade(t.cell(ri, ci), opts["span_fill"])
                if span == 1 and ci in opts.get("col_margins", {}):
                    cell_margins(t.cell(ri, ci), *opts["col_margins"][ci])
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
    # merging moves the absorbed cells' empty paragraphs into the kept cell: drop them, but keep
    # the paragraph that must follow a nested table
    for row in t.rows:
        for cell in row.cells:
            while True:
                kids = [k for k in cell._tc if k.tag in (qn("w:p"), qn("w:tbl"))]
                if len(kids) > 1 and kids[-1].tag == qn("w:p") and kids[-2].tag == qn("w:p") \
                        and not "".join(kids[-1].itertext()).strip():
                    cell._tc.remove(kids[-1])
                else:
                    break


def build_docx(spec, path, toc_pages=None):
    doc = Document()
    body_pt = spec.get("body_pt", 12)
    setup_styles(doc, body_pt)
    sec0 = doc.sections[0]
    page_setup(sec0)
    if spec.get("footer"):
        page_footer(sec0)
        if spec.get("title_page"):
            sec0.different_first_page_header_footer = True
    numbering = Numbering(doc)
    hmode = spec["headings"]
    head_num = None
    if hmode == "roman":
        head_num = numbering.add([("upperRoman", "%1.", 567, 567, True)])
    elif hmode == "multi":
        head_num = numbering.add([("decimal", "%1.", 567, 567, True),
                                  ("decimal", "%1.%2.", 709, 709, True)])
    list_ids = {}
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind in ("title", "center", "right"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if kind == "right" else WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(blk[1])
            if kind == "title":
                r.bold = True
                r.font.size = Pt(body_pt + 2)
        elif kind == "h":
            level, text = blk[1], blk[2]
            p = doc.add_heading(text, level=level)
            if hmode == "roman" and level == 1:
                set_numpr(p, head_num, 0)
            elif hmode == "multi":
                set_numpr(p, head_num, level - 1)
        elif kind in ("p", "pl", "q", "it"):
            p = doc.add_paragraph()
            if kind == "p":
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1.25)
            p.paragraph_format.space_after = Pt(3)
            r = p.add_run(blk[1])
            if kind == "q":
                r.bold = True
                p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.keep_with_next = True
            if kind == "it":
                r.italic = True
        elif kind == "bul":
            nid = numbering.add([("bullet", "\u2022", 709, 357, False)])
            for it in blk[1]:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.add_run(it)
                set_numpr(p, nid, 0)
        elif kind == "num":
            items, key, fmt = blk[1], blk[2], blk[3]
            if key not in list_ids:
                list_ids[key] = numbering.add([("decimal", fmt, 709, 425, False)])
            for it in items:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.space_after = Pt(2)
                p.add_run(it)
                set_numpr(p, list_ids[key], 0)
        elif kind == "caption":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
            p.add_run(blk[1]).italic = True
        elif kind == "note":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(blk[1]).font.size = Pt(10)
        elif kind == "blank":
            doc.add_paragraph()
        elif kind == "vspace":
            for _ in range(blk[1]):
                doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "sig":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(17.4), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run(blk[1] + "\t" + blk[2])
        elif kind == "toc":
            add_toc(doc, blk[1], toc_pages or {})
        elif kind in ("landscape", "portrait"):
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            page_setup(sec, landscape=kind == "landscape")
            sec.different_first_page_header_footer = False
        elif kind == "table":
            t = doc.add_table(rows=len(blk[1]), cols=len(blk[2]))
            make_table(t, blk[1], blk[2], blk[3] if len(blk) > 3 else {})
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.core_properties.author = spec.get("author", "")
    doc.core_properties.title = spec.get("doc_title", "")
    doc.save(path)


def toc_style(doc, level):
    name = "toc %d" % level
    try:
        return doc.styles[name]
    except KeyError:
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        st.paragraph_format.left_indent = Cm(0.5 * (level - 1))
        st.paragraph_format.space_after = Pt(3)
        st.paragraph_format.tab_stops.add_tab_stop(Cm(1.0 + 0.5 * (level - 1)))
        st.paragraph_format.tab_stops.add_tab_stop(Cm(17.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        return st


def add_toc(doc, entries, pages):
    for i, (level, num, text) in enumerate(entries):
        p = doc.add_paragraph(style=toc_style(doc, level))
        if i == 0:
            # the whole list is the cached result of one TOC field
            def fld(kind):
                r = OxmlElement("w:r")
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r.append(fc)
                return r
            p._p.append(fld("begin"))
            r = OxmlElement("w:r")
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-2" \\h \\z \\u '
            r.append(it)
            p._p.append(r)
            p._p.append(fld("separate"))
        p.add_run("%s\t%s\t%s" % (num, text, pages.get(text, "0")))
        if i == len(entries) - 1:
            r = OxmlElement("w:r")
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "end")
            r.append(fc)
            p._p.append(r)


# ---------------------------------------------------------------------------
# .txt in the shape of Word's «save as text»
# ---------------------------------------------------------------------------

def cell_segments(content):
    """[('t', text) | ('rows', [lines])] for one cell."""
    items = content if isinstance(content, list) else [content]
    segs, cur = [], []
    for it in items:
        if isinstance(it, tuple) and it[0] == "tbl":
            segs.append(("t", " ".join(cur)))
            cur = []
            segs.append(("rows", table_lines(it[1])))
        else:
            cur.append(it[1] if isinstance(it, tuple) else it)
    segs.append(("t", " ".join(cur)))
    return segs


def table_lines(rows):
    """One line per row, cells tab-separated.  A nested table's rows follow on their own lines
    after the text that precedes the table in its cell; cell text after the table starts a new
    line."""
    out = []
    for row in rows:
        line, fresh = "", False
        for ci, c in enumerate(row):
            if c is None:
                segs = [("t", "")]
            else:
                content = c[2] if isinstance(c, tuple) and c[0] == "span" else c
                segs = cell_segments(content)
            for k, (kind, val) in enumerate(segs):
                if kind == "t":
                    if k == 0:
                        line += ("\t" if ci > 0 else "") + val
                    elif val:
                        line += val
                        fresh = False
                else:
                    out.append(line)
                    out.extend(val)
                    line, fresh = "", True
        if not (fresh and line == ""):
            out.append(line)
    return out


def build_txt(spec, path, toc_pages=None):
    out = []
    hcount = [0, 0]
    lists = {}
    mode = spec["headings"]
    for blk in spec["blocks"]:
        kind = blk[0]
        if kind in ("title", "center", "right", "p", "pl", "q", "it", "caption", "note"):
            out.append(blk[1])
        elif kind == "h":
            level, text = blk[1], blk[2]
            if mode == "roman" and level == 1:
                hcount[0] += 1
                out.append("%s.\t%s" % (roman(hcount[0]), text))
            elif mode == "multi":
                if level == 1:
                    hcount[0] += 1
                    hcount[1] = 0
                    out.append("%d.\t%s" % (hcount[0], text))
                else:
                    hcount[1] += 1
                    out.append("%d.%d.\t%s" % (hcount[0], hcount[1], text))
            else:
                out.append(text)
        elif kind == "bul":
            out.extend("\u2022\t" + it for it in blk[1])
        elif kind == "num":
            items, key, fmt = blk[1], blk[2], blk[3]
            for it in items:
                lists[key] = lists.get(key, 0) + 1
                out.append(fmt.replace("%1", str(lists[key])) + "\t" + it)
        elif kind == "blank":
            out.append("")
        elif kind == "vspace":
            out.extend([""] * blk[1])
        elif kind == "pagebreak":
            out.append("")
        elif kind == "sig":
            out.append(blk[1] + "\t" + blk[2])
        elif kind == "toc":
            for level, num, text in blk[1]:
                out.append("%s\t%s\t%s" % (num, text, (toc_pages or {}).get(text, "0")))
        elif kind in ("landscape", "portrait"):
            pass
        elif kind == "table":
            out.extend(table_lines(blk[1]))
            out.append("")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(out) + "\r\n")


def to_pdf(docx, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _n(s):
    s = s.lower().replace("ё", "е")
    s = re.sub("[\u2010-\u2015\u2212]", "-", s)
    s = re.sub("[«»“”„]", '"', s)
    return re.sub(r"\s+", " ", s).strip()


def toc_pages_from_pdf(pdf, entries, toc_page):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                          text=True).stdout).group(1))
    texts = [_n(subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True,
                               text=True).stdout) for i in range(1, n + 1)]
    pages = {}
    for level, num, text in entries:
        key = _n(text)
        for i in range(toc_page, n + 1):
            cnt = texts[i - 1].count(key) - (1 if i == toc_page else 0)
            if cnt > 0:
                pages[text] = str(i)
                break
        else:
            raise RuntimeError("heading %r not found in %s" % (text, pdf))
    return pages


# ---------------------------------------------------------------------------
# Number helpers
# ---------------------------------------------------------------------------

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


def pct(a, b, nd=0):
    v = round(100.0 * a / b + 1e-9, nd)
    return (("%." + str(nd) + "f") % v).replace(".", ",")


def cnt(v):
    return "\u2014" if v == 0 else str(v)


D = "\u2014"   # dash used for "none"


# ===========================================================================
# blind_l1 — Вологодская область (г. Череповец), сетевая МИП двух школ, 2025 год.
# The whole report is one two-column table «Раздел отчёта | Содержание» with nested tables.
# ===========================================================================

L1_TOPIC = ("«Маршруты памяти»: формирование исследовательских умений обучающихся 5–9 классов "
            "средствами сетевого школьного краеведения")

L1_DUP_A = ("Совместные занятия в фондах музейно-выставочного центра изменили отношение подростков к "
            "краеведению: вместо пересказа готовых текстов обучающиеся работают с подлинными документами, "
            "сравнивают версии событий и сами формулируют вопросы для интервью. Учителя истории обеих школ "
            "отмечают, что на защитах работ заметно реже звучат заимствованные формулировки и чаще "
            "приводятся собственные находки.")
# planted near-duplicate: изменили -> преобразили, подростков -> школьников, заметно -> значительно
L1_DUP_B = ("Совместные занятия в фондах музейно-выставочного центра преобразили отношение школьников к "
            "краеведению: вместо пересказа готовых текстов обучающиеся работают с подлинными документами, "
            "сравнивают версии событий и сами формулируют вопросы для интервью. Учителя истории обеих школ "
            "отмечают, что на защитах работ значительно реже звучат заимствованные формулировки и чаще "
            "приводятся собственные находки.")

# participants by school (ЦО № 46, СОШ № 52); planted: «Итого» «Всего» written 375, true 365
L1_PART = [("Обучающиеся 5–9 классов", 126, 104), ("Педагогические работники", 18, 14),
           ("Родители (законные представители)", 57, 43),
           ("Приглашённые эксперты (краеведы, архивисты)*", 3, 0)]
L1_TOTAL_WRITTEN = 375

# monitoring (consistent): level -> (January, December), base 215
L1_MON = [("высокий", 31, 58), ("средний", 102, 117), ("низкий", 82, 40)]


def l1():
    c46 = sum(r[1] for r in L1_PART)
    c52 = sum(r[2] for r in L1_PART)
    assert (c46, c52) == (204, 161) and c46 + c52 == 365 != L1_TOTAL_WRITTEN
    assert sum(m[1] for m in L1_MON) == 215 == sum(m[2] for m in L1_MON)
    assert pct(86, 230) == "37"            # planted: prose says 42 %
    assert pct(19, 32) == "59"             # trap: correct
    assert 58 + 47 == 105 and 61 + 50 == 111 and 118 + 97 == 215

    plan_head = [
        ["№", "Мероприятие", "Срок", ("span", 2, "Участники, чел."), "Выполнение", "Результат"],
        [None, None, None, "ЦО № 46", "СОШ № 52", None, None],
    ]
    plan_rows = [
        ["1", "Заседание сетевого методического совета: утверждение плана на 2025 год", "16.01.2025", "6", "5",
         "выполнено", "план утверждён (протокол № 1)"],
        ["2", "Сетевой курс «Юный исследователь родного края» (34 ч), I полугодие", "февраль – май 2025",
         "58", "47", "выполнено", "курс освоили 105 обучающихся"],
        ["3", "Проблемный семинар для педагогов «Исследовательский проект в краеведении: от темы до защиты»",
         "25.03.2025", "11", "9", "выполнено", "методические рекомендации (24 с.)"],
        # planted completeness: marked done, result empty
        ["4", "Сетевой квест «Улицы помнят»", "18.04.2025", "64", "52", "выполнено", ""],
        ["5", "Экспедиция «Деревни Шекснинского берега» (сбор устных свидетельств)", "23–27.06.2025",
         "14", "12", "выполнено", "записано 37 интервью, оцифровано 146 фотографий"],
        ["6", "Сетевой курс «Юный исследователь родного края», II полугодие", "сентябрь – декабрь 2025",
         "61", "50", "выполнено", "курс освоили 111 обучающихся, выполнено 28 исследовательских работ"],
        # planted completeness: not held, no reason, no new date
        ["7", "Конференция юных краеведов «Отечество на Шексне»", "октябрь 2025", D, D, "не выполнено", D],
        # not held, reason and new date given (unlabelled for completeness; the new date is a trap)
        ["8", "Выставка «Вещь из семейного архива» в музейно-выставочном центре", "04.11.2025", D, D,
         "не выполнено", "перенесена на 17.03.2026 в связи с ремонтом выставочного зала центра "
                         "(письмо центра от 20.10.2025 № 214)"],
        # planted chronology: held after the reporting period, marked done
        ["9", "Городской фестиваль исследовательских работ «Краеведческие чтения»", "13.02.2026", "22", "17",
         "выполнено", "39 докладов, 9 призёров"],
        ["10", "Мониторинг исследовательских умений (входной и итоговый срезы)", "январь, декабрь 2025",
         "118", "97", "выполнено", "аналитическая справка"],
    ]
    plan_t = ("tbl", plan_head + plan_rows, [0.7, 5.2, 2.2, 1.5, 1.5, 2.1, 4.1],
              {"header": 2, "size": 9, "head_fill": "EDEDED"})

    part = [["Категория участников", "ЦО № 46", "СОШ № 52", "Всего"]]
    for name, a, b in L1_PART:
        part.append([name, cnt(a), cnt(b), str(a + b)])
    part.append(["Итого", str(c46), str(c52), str(L1_TOTAL_WRITTEN)])
    part_t = ("tbl", part, [5.5, 2.2, 2.2, 2.2], {"header": 1, "size": 9, "bold_rows": [len(part) - 1]})

    mon = [["Уровень", ("span", 2, "Январь 2025"), ("span", 2, "Декабрь 2025")],
           [None, "чел.", "%", "чел.", "%"]]
    for lvl, a, b in L1_MON:
        mon.append([lvl, str(a), pct(a, 215), str(b), pct(b, 215)])
    mon.append(["Всего участников мониторинга", "215", "100", "215", "100"])
    mon_t = ("tbl", mon, [4.5, 1.9, 1.9, 1.9, 1.9], {"header": 2, "size": 9, "bold_rows": [len(mon) - 1]})

    orgs_t = ("tbl", [
        ["Организация", "Руководитель", "Функция в сети"],
        ["МАОУ «Центр образования № 46» г. Череповца", "Ракитина Наталья Валентиновна, директор",
         "базовая организация: координация, методическое сопровождение"],
        ["МАОУ «Средняя общеобразовательная школа № 52» г. Череповца", "Веселов Станислав Петрович, директор",
         "организация-партнёр: сетевые занятия, экскурсионные маршруты"],
        ["МАУК «Музейно-выставочный центр «Северная Шексна» (договор от 15.01.2024 № 3)",
         "Голубева Ирина Андреевна, директор", "социальный партнёр: фонды, консультации"],
    ], [4.6, 3.6, 3.9], {"header": 1, "size": 9})

    stages_t = ("tbl", [
        ["Этап", "Сроки", "Содержание"],
        ["I. Подготовительный", "январь – май 2024", "сетевая программа, маршруты, диагностический инструментарий"],
        ["II. Основной", "июнь 2024 – июнь 2026", "сетевой курс, исследовательские проекты, экспедиции"],
        ["III. Обобщающий", "июль – декабрь 2026", "анализ результатов, издание методического сборника"],
    ], [3.1, 3.9, 5.1], {"header": 1, "size": 9})

    def part_row(text):
        return [("span", 2, text)]

    outer = [
        ["Раздел отчёта", "Содержание"],
        part_row("Часть I. Общие сведения"),
        ["1. Тема проекта", L1_TOPIC],
        ["2. Участники сети", ["Организации – участники сети:", orgs_t]],
        ["3. Приказ о статусе",
         "Приказ управления образования мэрии города Череповца от 22.12.2023 № 1480 «О присвоении статуса "
         "муниципальной инновационной площадки»"],
        ["4. Сроки и этапы", ["Срок реализации проекта: 01.01.2024 – 31.12.2026.", stages_t]],
        ["5. Отчётный период", "01.01.2025 – 31.12.2025 (этап II, основной)"],
        part_row("Часть II. Содержание деятельности"),
        ["6. Задачи периода", [
            "1) провести сетевой курс «Юный исследователь родного края» для обучающихся 5–9 классов двух школ;",
            "2) организовать работу исследовательских групп на базе фондов музейно-выставочного центра;",
            "3) подготовить педагогов сети к руководству краеведческими исследованиями;",
            "4) провести мониторинг исследовательских умений обучающихся."]],
        ["7. Выполнение плана", "План мероприятий на 2025 год и отметки о его выполнении приведены в "
                                "таблице 7.1."],
        [("span", 2, [("b", "Таблица 7.1. План мероприятий на 2025 год и его выполнение"), plan_t])],
        ["8. Участники проекта", [
            "Таблица 8.1. Участники мероприятий по организациям сети, чел.", part_t,
            "* Эксперты участвовали только в мероприятиях на базе ЦО № 46; прочерк означает, что "
            "категория в организации не участвовала.",
            "Руководят исследовательскими работами обучающихся 19 из 32 педагогов сети (59 %)."]],
        part_row("Часть III. Результаты"),
        ["9. Результаты и продукты", [
            L1_DUP_A,
            "Исследовательские работы в 2025 году выполнили 86 из 230 обучающихся – участников проекта (42 %).",
            "Продукты 2025 года:",
            "– рабочая программа сетевого курса «Юный исследователь родного края»;",
            "– методические рекомендации «Исследовательский проект в краеведении»;",
            "– электронный архив устных свидетельств (37 интервью);",
            "– карта школьных экскурсионных маршрутов Заречья."]],
        ["10. Мониторинг", [
            "Уровень сформированности исследовательских умений обучающихся (по итогам входного и итогового "
            "срезов):", mon_t,
            "Доля обучающихся с высоким уровнем выросла почти вдвое, с низким – сократилась более чем в два раза."]],
        ["11. Изменения в плане",
         "Выставка «Вещь из семейного архива» перенесена на 17.03.2026 (строка 8 таблицы 7.1)."],
        # planted structure: only the form's instruction
        ["12. Кадровое обеспечение",
         [("i", "[Указать число педагогов сети, прошедших повышение квалификации по теме проекта, "
                "наименования курсов и объём в часах]")]],
        # planted structure: numbering jumps 12 -> 14 (section 13 missing)
        ["14. Выводы и предложения", [
            L1_DUP_B,
            "Задачи отчётного периода в основном решены. Сети предлагается закрепить практику совместных "
            "исследовательских групп и включить экспедиционный модуль в курс следующего года."]],
        ["15. Перспективы", [
            "В 2026 году сеть планирует: провести перенесённую выставку (март 2026 г.); завершить основной "
            "этап в июне 2026 г.; подготовить и издать методический сборник «Маршруты памяти» к ноябрю 2026 г."]],
    ]

    blocks = [
        ("center", "Управление образования мэрии города Череповца"),
        ("center", "Муниципальная инновационная площадка (сетевая форма)"),
        ("blank",),
        ("title", "ОТЧЁТ"),
        ("title", "о деятельности сетевой муниципальной инновационной площадки за 2025 год"),
        ("blank",),
        ("table", outer, [5.2, 12.3],
         {"header": 1, "repeat": True, "size": 10, "cantsplit": False, "bold_col0": True,
          "col_margins": {0: (0.19, 0.4), 1: (0.3, 0.19)},
          "head_fill": "D9D9D9", "span_fill": "F2F2F2"}),
        ("pl", "Приложения:"),
        ("num", [
            "Рабочая программа сетевого курса «Юный исследователь родного края» (34 ч).",
            "Аналитическая справка по итогам мониторинга 2025 года.",
            "Методические рекомендации «Исследовательский проект в краеведении».",
        ], "app", "%1."),
        ("blank",),
        ("sig", "Директор МАОУ «Центр образования № 46»", "Н. В. Ракитина"),
        ("sig", "Директор МАОУ «Средняя общеобразовательная школа № 52»", "С. П. Веселов"),
        ("pl", "20.01.2026"),
    ]
    return {"name": "blind_l1", "headings": "typed", "blocks": blocks, "body_pt": 11,
            "author": "Ракитина Н. В.", "doc_title": "Отчёт сетевой МИП за 2025 год"}


# ===========================================================================
# blind_l2 — Саратовская область (г. Энгельс), РИП, колледж, 2025 год.
# Plan for the year (table 1) and report on it (table 2, landscape) as two separate tables
# joined by the event number («1.2а», «2.1.1»); outcomes in a «Примечание» column.
# ===========================================================================

L2_TOPIC = ("«Цифровой двойник учебной мастерской: информационное моделирование в подготовке специалистов "
            "жилищно-коммунального хозяйства»")

L2_DUP_A = ("Работа с цифровой моделью мастерской сократила время, которое студенты тратят на разметку и "
            "подсчёт материалов перед практическими работами: расчёт объёмов выполняется прямо в модели, а "
            "преподаватель заранее видит ошибки в смете. Представители управляющих компаний, присутствовавшие "
            "на демонстрационном экзамене, оценили такую подготовку как близкую к реальной работе "
            "технического надзора.")
# planted near-duplicate: сократила -> уменьшила, заранее -> сразу, присутствовавшие -> побывавшие
L2_DUP_B = ("Работа с цифровой моделью мастерской уменьшила время, которое студенты тратят на разметку и "
            "подсчёт материалов перед практическими работами: расчёт объёмов выполняется прямо в модели, а "
            "преподаватель сразу видит ошибки в смете. Представители управляющих компаний, побывавшие "
            "на демонстрационном экзамене, оценили такую подготовку как близкую к реальной работе "
            "технического надзора.")

# plan: (number, event, term, responsible, planned result) ; 1-tuples are direction rows
L2_PLAN = [
    ("1. Нормативное и организационное обеспечение",),
    ("1.1", "Утверждение плана-графика взаимодействия с работодателями", "январь", "Щербаков В. О.",
     "план-график, договоры с управляющими компаниями"),
    ("1.2", "Корректировка рабочих программ профессиональных модулей с включением BIM-практикумов",
     "I полугодие", "Лаптева О. И.", "3 обновлённые программы ПМ"),
    ("1.2а", "Экспертиза обновлённых программ представителями работодателей", "к 01.06.2025",
     "Кудряшова Т. Ю.", "экспертные заключения"),
    ("2. Цифровая образовательная среда",),
    ("2.1.1", "Лазерное сканирование и построение модели мастерской отделочных работ", "2 кв. 2025",
     "Гаврилов Д. С.", "информационная модель мастерской"),
    ("2.1.2", "Модель учебного полигона «Подъезд многоквартирного дома»", "3 кв. 2025", "Гаврилов Д. С.",
     "информационная модель полигона"),
    ("2.2", "Наполнение банка BIM-заданий для практикумов", "ежемесячно", "председатели ПЦК",
     "не менее 40 заданий"),
    ("3. Работа со студентами",),
    ("3.1", "BIM-практикумы в учебных группах 2–3 курсов", "в течение года", "преподаватели ПМ",
     "практикумы в 6 группах"),
    ("3.2", "Открытый конкурс профмастерства «Мастер отделочных работ»", "апрель", "Кудряшова Т. Ю.",
     "итоги конкурса, 3 призёра"),
    ("3.3", "Студенческий проектный интенсив «Дом, который считает»", "IV кв.", "Гаврилов Д. С.",
     "8 командных проектов"),
    ("3.3а", "Демонстрационный экзамен с применением цифровой модели", "июнь", "Лаптева О. И.",
     "протокол демонстрационного экзамена"),
    ("4. Работа с педагогами и работодателями",),
    ("4.1", "Стажировка преподавателей на предприятии-партнёре", "2 кв. 2025", "Кудряшова Т. Ю.",
     "10 преподавателей"),
    # planted completeness: this event has no line in table 2
    ("4.2", "Отраслевой вебинар «Цифровой паспорт многоквартирного дома»", "3 кв. 2025", "Кудряшова Т. Ю.",
     "запись вебинара, не менее 30 слушателей"),
    ("4.3", "Круглый стол с управляющими компаниями г. Энгельса", "ноябрь", "Щербаков В. О.",
     "резолюция круглого стола"),
    ("5. Мониторинг и распространение опыта",),
    ("5.1", "Анкетирование студентов и работодателей", "май, декабрь", "Лаптева О. И.",
     "аналитическая справка"),
    ("5.2", "Выступление на региональном форуме профессиональных образовательных организаций", "октябрь",
     "Щербаков В. О.", "доклад"),
]

# report: (number, short name, date, students, teachers, employers, result, note)
L2_REP = [
    ("1.1", "План-график взаимодействия", "20.01.2025", 0, 6, 4,
     "план-график; договоры с 4 управляющими компаниями", "выполнено"),
    ("1.2", "Корректировка программ ПМ", "10.02–30.05.2025", 0, 9, 0, "3 программы ПМ обновлены", "выполнено"),
    ("1.2а", "Экспертиза программ", "28.05.2025", 0, 3, 4, "3 экспертных заключения", "выполнено"),
    ("2.1.1", "Модель мастерской отделочных работ", "07.04–20.06.2025", 12, 3, 1,
     "информационная модель мастерской (формат IFC)", "выполнено"),
    ("2.1.2", "Модель учебного полигона", "июль – сентябрь 2025", 9, 3, 1, "модель 2 подъездов из 3",
     "выполнено частично: задержка поставки сканера; завершение – к 01.03.2026"),
    ("2.2", "Банк BIM-заданий", "ежемесячно", 0, 11, 0, "46 заданий в банке", "выполнено"),
    ("3.1", "BIM-практикумы", "в течение года", 148, 8, 0, "6 групп, 212 ч практикумов", "выполнено"),
    # planted completeness: not held, no reason, no new date
    ("3.2", "Конкурс «Мастер отделочных работ»", D, 0, 0, 0, D, "не выполнено"),
    # planted chronology: planned for IV кв. 2025, held in January 2026, reported as done
    ("3.3", "Интенсив «Дом, который считает»", "14.01.2026", 40, 6, 5, "8 командных проектов", "выполнено"),
    ("3.3а", "Демонстрационный экзамен с цифровой моделью", "16–27.06.2025", 58, 6, 4,
     "47 выпускников сдали экзамен", "выполнено"),
    ("4.1", "Стажировка преподавателей", "19–23.05.2025", 0, 10, 2, "10 справок о стажировке", "выполнено"),
    ("4.3", "Круглый стол с управляющими компаниями", "20.11.2025", 12, 9, 11, "резолюция круглого стола",
     "выполнено"),
    ("5.1", "Анкетирование", "май, декабрь 2025", 186, 0, 14, "2 аналитические справки", "выполнено"),
    ("5.2", "Региональный форум ПОО", "09.10.2025", 0, 2, 0, "доклад о BIM-практикумах", "выполнено¹"),
]
L2_STUDENTS_WRITTEN = 456


def l2():
    st = sum(r[3] for r in L2_REP)
    te = sum(r[4] for r in L2_REP)
    em = sum(r[5] for r in L2_REP)
    assert (st, te, em) == (465, 76, 46) and st != L2_STUDENTS_WRITTEN
    assert pct(47, 58) == "81"          # planted: text says 85 %
    assert pct(24, 61) == "39" and pct(95, 148) == "64"
    plan_nums = [r[0] for r in L2_PLAN if len(r) > 1]
    rep_nums = [r[0] for r in L2_REP]
    assert [n for n in plan_nums if n not in rep_nums] == ["4.2"]

    plan = [["№", "Мероприятие", "Срок", "Ответственный", "Планируемый результат"]]
    for r in L2_PLAN:
        plan.append([("span", 5, r[0])] if len(r) == 1 else list(r))

    rep = [["№ по плану", "Мероприятие (кратко)", "Дата (период) проведения", ("span", 3, "Участники, чел."),
            "Результат", "Примечание"],
           [None, None, None, "студенты", "педагоги", "работодатели", None, None]]
    for r in L2_REP:
        rep.append([r[0], r[1], r[2], cnt(r[3]), cnt(r[4]), cnt(r[5]), r[6], r[7]])
    rep.append([("span", 3, "Итого"), str(L2_STUDENTS_WRITTEN), str(te), str(em), "", ""])

    blocks = [
        ("center", "Министерство образования Саратовской области"),
        ("center", "Государственное автономное профессиональное образовательное учреждение Саратовской "
                   "области «Энгельсский колледж строительства и городского хозяйства»"),
        ("blank",),
        ("title", "ОТЧЁТ"),
        ("title", "региональной инновационной площадки о выполнении плана работы за 2025 год"),
        ("blank",),
        ("h", 1, "Общие сведения"),
        ("p", "Тема инновационного проекта: " + L2_TOPIC + "."),
        ("p", "Статус региональной инновационной площадки присвоен колледжу приказом министерства образования "
              "Саратовской области от 14.03.2024 № 512. Срок реализации проекта – апрель 2024 – декабрь 2026 года."),
        ("p", "Этапы: 1 этап (подготовительный) – апрель – декабрь 2024 г.; 2 этап (внедренческий) – январь 2025 – "
              "июнь 2026 г.; 3 этап (обобщающий) – июль – декабрь 2026 г. Отчётный период: 01.01.2025 – "
              "31.12.2025 (2 этап)."),
        ("p", "Проект реализуется по специальностям 08.02.11 «Управление, эксплуатация и обслуживание "
              "многоквартирного дома» и профессии 08.01.28 «Мастер отделочных строительных и декоративных "
              "работ». Руководитель площадки – Щербаков Вадим Олегович, директор колледжа; научный "
              "консультант – Лаптева Ольга Игоревна, канд. пед. наук."),
        ("h", 1, "План работы площадки на 2025 год"),
        ("caption", "Таблица 1. План работы на 2025 год (утверждён приказом колледжа от 27.12.2024 № 388-о)"),
        ("table", plan, [1.3, 6.3, 2.5, 3.0, 4.4], {"header": 1, "repeat": True, "size": 10,
                                                      "head_fill": "DDEBF7", "span_fill": "F2F2F2"}),
        ("landscape",),
        ("h", 1, "Отчёт о выполнении плана"),
        ("caption", "Таблица 2. Выполнение плана работы за 2025 год (нумерация – по таблице 1)"),
        ("table", rep, [1.9, 5.0, 3.0, 2.0, 2.0, 2.3, 4.9, 5.3],
         {"header": 2, "repeat": True, "size": 10, "head_fill": "DDEBF7", "bold_rows": [len(rep) - 1]}),
        ("note", "¹ Доклад «BIM-практикум как форма практической подготовки» включён в программу форума."),
        ("note", "Прочерк в графах участников означает, что данная категория в мероприятии не участвовала; "
                 "один человек мог участвовать в нескольких мероприятиях."),
        ("portrait",),
        ("h", 1, "Кадровое обеспечение"),
        ("p", "В реализации проекта в 2025 году участвовали 24 из 61 педагогического работника колледжа (39 %), "
              "в том числе 10 преподавателей, прошедших стажировку на предприятии-партнёре (строка 4.1 "
              "таблицы 2), и 3 мастера производственного обучения."),
        ("h", 1, "Финансовое обеспечение проекта"),
        # planted structure: heading with no content
        ("h", 1, "Результаты и эффекты"),
        ("p", L2_DUP_A),
        ("p", "Демонстрационный экзамен с применением цифровой модели сдали 47 из 58 выпускников (85 %)."),
        ("p", "Доля студентов 2–3 курсов, выполнивших не менее 10 BIM-заданий, составила 64 % (95 из 148)."),
        ("p", "Продуктами 2025 года стали обновлённые программы трёх профессиональных модулей, банк из 46 "
              "BIM-заданий, информационная модель мастерской отделочных работ и 8 командных проектов студентов."),
        ("h", 1, "Распространение опыта"),
        ("bul", [
            "09.10.2025 – доклад на региональном форуме профессиональных образовательных организаций (г. Саратов);",
            # planted chronology: before the reporting period
            "05.12.2024 – статья «Учебная мастерская в цифре» в сборнике материалов межрегиональной "
            "научно-практической конференции;",
            "20.11.2025 – круглый стол с управляющими компаниями г. Энгельса на базе колледжа (32 участника);",
            "в течение года – 14 материалов о ходе проекта в официальном сообществе колледжа.",
        ]),
        ("h", 1, "Выводы и задачи на 2026 год"),
        ("p", L2_DUP_B),
        ("p", "План 2025 года выполнен в основном. В 2026 году площадка планирует завершить модель учебного "
              "полигона (к 01.03.2026), провести конкурс профмастерства во 2 кв. 2026 г. и подготовить "
              "методическое пособие по BIM-практикумам к сентябрю 2026 г."),
        ("blank",),
        ("sig", "Директор ГАПОУ СО «Энгельсский колледж строительства и городского хозяйства»", "В. О. Щербаков"),
        ("pl", "26.01.2026"),
    ]
    return {"name": "blind_l2", "headings": "roman", "blocks": blocks, "body_pt": 11,
            "author": "Щербаков В. О.", "doc_title": "Отчёт РИП за 2025 год"}


# ===========================================================================
# blind_l3 — Республика Дагестан (г. Каспийск), ФИП, центр дополнительного образования,
# промежуточный отчёт за два года (2024–2025) в форме анкеты: вопросы с typed numbers,
# ответы; таблицы с годами в столбцах.
# ===========================================================================

L3_TOPIC = ("«Морская робототехника как ресурс ранней инженерной профориентации детей 10–15 лет "
            "в прибрежном городе»")

L3_DUP_A = ("Занятия на открытой воде стали для многих детей первым опытом инженерной работы в реальных "
            "условиях: аппарат, собранный в лаборатории, приходится перенастраивать из-за течения, мутной "
            "воды и ветра. Педагоги отмечают, что после выездов на побережье обучающиеся охотнее ведут "
            "инженерный журнал и подробнее описывают причины неудач.")
# planted near-duplicate: многих -> большинства, охотнее -> аккуратнее, подробнее -> точнее
L3_DUP_B = ("Занятия на открытой воде стали для большинства детей первым опытом инженерной работы в реальных "
            "условиях: аппарат, собранный в лаборатории, приходится перенастраивать из-за течения, мутной "
            "воды и ветра. Педагоги отмечают, что после выездов на побережье обучающиеся аккуратнее ведут "
            "инженерный журнал и точнее описывают причины неудач.")

# indicators by year: (name, 2023 baseline, 2024, 2025, total written for 2024–2025)
L3_IND = [
    ("Проведено занятий по программе «Подводные аппараты», ед.", 0, 144, 360, 504),
    ("Участники городских соревнований «Морской робот», чел.", 0, 56, 76, 132),
    ("Участники профориентационных экскурсий, чел.", 0, 88, 121, 209),
    ("Победители и призёры конкурсов, чел.", 3, 9, 17, 26),
    ("Педагоги, прошедшие стажировку, чел.", 0, 6, 8, 14),
    # planted: 47 + 102 = 149, written 139
    ("Родители – участники инженерных суббот, чел.", 0, 47, 102, 139),
]


def l3():
    bad = [r[0] for r in L3_IND if r[2] + r[3] != r[4]]
    assert bad == ["Родители – участники инженерных суббот, чел."]
    assert pct(63, 212) == "30"         # planted: text says 34 %
    assert pct(14, 20) == "70"
    assert 1650000 + 836300 == 2486300

    ev = [["№", "Мероприятие", "Срок по плану", ("span", 2, "Результаты по годам")],
          [None, None, None, "2024", "2025"]]
    ev_rows = [
        ["1", "Открытие лаборатории морской робототехники «Нептун»", "I кв. 2024",
         "14.03.2024: лаборатория открыта, 4 учебных стенда, бассейн-тренажёр", D],
        ["2", "Дополнительная общеразвивающая программа «Подводные аппараты» (144 ч)", "2024–2025",
         "программа утверждена 28.08.2024; обучение 2 групп (30 чел.)", "обучение 5 групп (75 чел.)"],
        ["3", "Городские соревнования «Морской робот»", "ежегодно, май", "18.05.2024: 14 команд",
         "17.05.2025: 19 команд"],
        # planted completeness: 2025 «не проведена», no reason, no date
        ["4", "Летняя морская инженерная смена «Бриз»", "ежегодно, июль",
         "08–19.07.2024: 36 участников, 6 проектов", "не проведена"],
        ["5", "Инженерные субботы для родителей и детей", "ежемесячно с сентября 2024",
         "4 встречи (сентябрь – декабрь)", "9 встреч"],
        # planted completeness: planned for 2025, nothing reported
        ["6", "Сетевой онлайн-курс «Робототехника у моря» для педагогов прибрежных районов", "2025", D, D],
        ["7", "Всероссийский конкурс «Инженеры морских глубин»", "ежегодно, октябрь",
         "2 команды, диплом III степени", "3 команды, 2 диплома II степени"],
        ["8", "Профориентационные экскурсии на предприятия морской отрасли", "2024–2025",
         "5 экскурсий, 88 обучающихся", "7 экскурсий, 121 обучающийся"],
        ["9", "Стажировка педагогов в ресурсном центре морского профиля", "2024–2025", "6 педагогов",
         "8 педагогов"],
        ["10", "Методическое пособие «Проектируем подводный аппарат»", "2025", D,
         "издано в ноябре 2025 г., 52 с."],
        ["11", "Муниципальный фестиваль «Каспийские инженеры»", "ежегодно, ноябрь",
         "22.11.2024: 164 участника", "21.11.2025: 190 участников"],
    ]
    ev += ev_rows

    ind = [["Показатель", ("span", 3, "Значение по годам"), "Всего за 2024–2025 годы"],
           [None, "2023 (исходное)", "2024", "2025", None]]
    for name, b, y1, y2, tot in L3_IND:
        ind.append([name, cnt(b), str(y1), str(y2), str(tot)])

    blocks = [
        ("center", "Муниципальное бюджетное учреждение дополнительного образования"),
        ("center", "«Центр технического творчества «Парус» городского округа «город Каспийск»"),
        ("center", "Республика Дагестан"),
        ("blank",),
        ("title", "АНКЕТА-ОТЧЁТ"),
        ("title", "федеральной инновационной площадки о промежуточных результатах за 2024–2025 годы"),
        ("it", "Ответы даются отдельно за 2024 и 2025 годы; сведения приведены по состоянию на 25.12.2025."),
        ("h", 1, "Раздел 1. Сведения о площадке"),
        ("q", "1.1. Полное наименование организации"),
        ("pl", "Муниципальное бюджетное учреждение дополнительного образования «Центр технического творчества "
               "«Парус» городского округа «город Каспийск» (МБУ ДО «ЦТТ «Парус»)."),
        ("q", "1.2. Тема инновационного проекта"),
        ("pl", L3_TOPIC),
        ("q", "1.3. Основание для деятельности площадки"),
        ("pl", "Приказ Министерства просвещения Российской Федерации от 18.12.2023 № 955 о признании организаций "
               "федеральными инновационными площадками; деятельность ведётся в соответствии с Федеральным "
               "законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации» (статья 20)."),
        ("q", "1.4. Сроки и этапы реализации проекта"),
        ("pl", "Срок реализации: 01.01.2024 – 31.12.2026. Отчётный период: 01.01.2024 – 31.12.2025."),
        ("table", [
            ["Этап", "Период", "Основное содержание"],
            ["I. Подготовительный", "январь – июнь 2024", "оснащение лаборатории, разработка программы, "
                                                          "подбор и обучение педагогов"],
            ["II. Основной", "июль 2024 – июнь 2026", "реализация программы, соревнования, профессиональные "
                                                     "пробы, сетевое взаимодействие"],
            ["III. Заключительный", "июль – декабрь 2026", "оценка результатов, методические материалы, "
                                                          "трансляция опыта"],
        ], [4.0, 4.4, 9.0], {"header": 1, "size": 10}),
        ("q", "1.5. Руководитель проекта"),
        ("pl", "Магомедова Патимат Абдулаевна, директор; научный руководитель – Алиев Руслан Гаджиевич, "
               "канд. техн. наук (контакты условные)."),
        ("h", 1, "Раздел 2. Ход реализации проекта в 2024–2025 годах"),
        ("q", "2.1. Какие задачи решались в отчётном периоде?"),
        ("num", [
            "оснастить лабораторию морской робототехники и подготовить педагогов к работе в ней;",
            "разработать и внедрить программу «Подводные аппараты» для детей 10–15 лет;",
            "вовлечь обучающихся в соревнования и профессиональные пробы морского профиля;",
            "привлечь родителей и предприятия морской отрасли к профориентационной работе.",
        ], "tasks3", "%1)"),
        ("landscape",),
        ("q", "2.2. Какие мероприятия проведены? Укажите результаты по годам."),
        ("table", ev, [1.0, 8.4, 3.6, 6.7, 6.7],
         {"header": 2, "repeat": True, "size": 10, "head_fill": "E2EFDA"}),
        ("note", "Прочерк в графе года означает, что мероприятие в этом году не планировалось."),
        ("portrait",),
        ("q", "2.3. Где представлялся опыт площадки?"),
        ("num", [
            # planted chronology: before the project (and the reporting period)
            "ноябрь 2023 г. – мастер-класс «Первый подводный дрон» для педагогов дополнительного образования "
            "на республиканском семинаре (г. Махачкала);",
            "26.04.2024 – доклад на всероссийской научно-практической конференции по дополнительному "
            "образованию (онлайн);",
            "15.10.2024 – статья «Море как лаборатория» в научно-методическом журнале;",
            "17.05.2025 – открытый показ соревнований «Морской робот» для делегаций пяти муниципалитетов "
            "республики;",
            "02–03.10.2025 – стендовая презентация проекта на всероссийском форуме инновационных площадок.",
        ], "diss3", "%1)"),
        ("q", "2.4. Как менялись количественные показатели проекта?"),
        ("caption", "Таблица 2. Показатели проекта по годам"),
        ("table", ind, [6.6, 3.2, 2.0, 2.0, 3.6], {"header": 2, "size": 10, "head_fill": "E2EFDA"}),
        ("note", "Исходное значение 2023 года приведено для сравнения и в графу «Всего» не входит."),
        ("q", "2.5. Какие эффекты проекта отмечены?"),
        ("p", L3_DUP_A),
        ("p", "Из 212 обучающихся центра, занимавшихся в 2025 году по программам технической направленности, "
              "63 человека (34 %) выбрали профильные инженерные классы."),
        ("p", "Обучение по теме проекта прошли 14 из 20 педагогов центра (70 %)."),
        ("h", 1, "Раздел 3. Условия реализации проекта"),
        ("q", "3.1. Кадровые условия"),
        ("pl", "В проекте работают 9 педагогов дополнительного образования, 2 методиста и научный руководитель; "
               "к занятиям привлекаются 3 инженера предприятий морской отрасли."),
        ("q", "3.2. Материально-техническое обеспечение"),
        ("pl", "В 2024–2025 годах на оснащение лаборатории израсходовано 2 486 300,00 руб., в том числе "
               "1 650 000,00 руб. – средства гранта и 836 300,00 руб. – средства муниципального бюджета."),
        # planted structure: only the form's instruction
        ("q", "3.3. Какие риски реализации проекта выявлены и как они преодолевались?"),
        ("it", "[Опишите выявленные риски и принятые меры]"),
        ("h", 1, "Раздел 4. Результаты и продукты"),
        ("q", "4.1. Какие продукты созданы?"),
        ("num", [
            "дополнительная общеразвивающая программа «Подводные аппараты» (144 ч);",
            "методическое пособие «Проектируем подводный аппарат» (52 с.);",
            "комплект из 12 инженерных кейсов морской тематики;",
            "инженерный журнал обучающегося (шаблон и памятка).",
        ], "prod3", "%1)"),
        ("q", "4.2. Как оценивают проект участники?"),
        ("pl", "По итогам анкетирования в декабре 2025 года 87 % родителей (174 из 200 ответивших) отметили "
               "рост интереса ребёнка к техническому творчеству."),
        # planted structure: question numbers jump 4.2 -> 4.4
        ("q", "4.4. Какие выводы сделаны по итогам двух лет?"),
        ("p", L3_DUP_B),
        ("p", "Основной этап идёт в соответствии с планом; лаборатория стала опорной площадкой для школ города."),
        ("h", 1, "Раздел 5. Планы"),
        ("q", "5.1. Что планируется на 2026 год?"),
        ("pl", "В 2026 году планируется завершить основной этап (июнь 2026 г.), провести заключительные "
               "соревнования «Морской робот» в мае 2026 г. и подготовить итоговый сборник материалов к "
               "декабрю 2026 г."),
        ("blank",),
        ("sig", "Директор МБУ ДО «ЦТТ «Парус»", "П. А. Магомедова"),
        ("sig", "Научный руководитель проекта", "Р. Г. Алиев"),
        ("pl", "30.01.2026"),
    ]
    return {"name": "blind_l3", "headings": "typed", "blocks": blocks, "body_pt": 11,
            "author": "Магомедова П. А.", "doc_title": "Анкета-отчёт ФИП за 2024–2025 годы"}


# ===========================================================================
# blind_l4 — Костромская область (г. Нерехта), региональная ОЭП, детский сад, 2024/2025 учебный год.
# «Самоанализ» with a title page, a table of contents (TOC field), auto-numbered Heading 1/2,
# plan/fact split into one table per stage (landscape). CLEAN.
# ===========================================================================

L4_TOPIC = "«Детская агролаборатория как средство экологического образования дошкольников 5–7 лет»"

# per-stage plan/fact: (№, event, term (plan), date (fact), children, teachers, parents, result)
L4_ST2 = [
    ("2.1", "Входная диагностика экологических представлений детей", "сентябрь", "09–20.09.2024", 72, 6, 0,
     "диагностические карты, аналитическая справка"),
    ("2.2", "Запуск агролаборатории «Зелёный подоконник» в трёх группах", "сентябрь", "23.09.2024", 72, 6, 12,
     "3 мини-огорода, дневники наблюдений"),
    ("2.3", "Семинар-практикум для педагогов «Опыт с растением: как вести дневник наблюдений»", "октябрь",
     "17.10.2024", 0, 10, 0, "памятка для педагогов"),
    ("2.4", "Детско-родительский проект «Чудо-грядка зимой»", "ноябрь – декабрь", "05.11–20.12.2024", 72, 6, 58,
     "24 семейных мини-проекта"),
    ("2.5", "Консультация для родителей «Зачем ребёнку огород»", "ноябрь", "14.11.2024", 0, 2, 41, "буклет"),
    ("2.6", "Промежуточный анализ хода ОЭР на методическом совете", "декабрь", "25.12.2024", 0, 10, 0,
     "протокол № 3, корректировка плана"),
]
L4_ST3 = [
    ("3.1", "Цикл занятий «Как растёт зёрнышко» с цифровым микроскопом", "январь – март", "13.01–28.03.2025",
     72, 6, 0, "22 занятия, картотека опытов"),
    ("3.2", "Открытый показ занятий для педагогов района", "февраль", "19.02.2025", 25, 14, 0,
     "3 открытых занятия"),
    ("3.3", "Экскурсия в тепличное хозяйство", "март", D, 0, 0, 0,
     "не проведена: перенесена на 18.09.2025 в связи с карантином по гриппу (приказ от 03.03.2025 № 41)"),
    ("3.4", "Акция «Рассада для детского сада»", "апрель", "07–18.04.2025", 72, 6, 49, "310 саженцев для участка"),
    ("3.5", "Экологический праздник «Земля – наш общий дом»", "апрель", "22.04.2025", 72, 6, 35,
     "сценарий праздника, фотоотчёт на сайте"),
    ("3.6", "Статья в сборнике «Дошкольное образование: региональные практики»", "апрель", "28.04.2025", 0, 2, 0,
     "статья (4 с.)¹"),
    ("3.7", "Семейный фотоконкурс «Урожай на подоконнике»", "апрель – май", "14.04–16.05.2025", 48, 6, 48,
     "48 работ, выставка в холле детского сада"),
    ("3.8", "Закладка огорода на участке детского сада", "май", "12–16.05.2025", 72, 6, 27,
     "6 грядок, план наблюдений на лето"),
    ("3.9", "Итоговая диагностика", "до 25.05.2025", "19–23.05.2025", 72, 6, 0, "аналитическая справка"),
    ("3.10", "Педагогический совет по итогам года", "май", "29.05.2025", 0, 17, 0, "протокол № 5"),
]
# participants by group: (category, Ромашка, Колокольчик, Подсолнух)
L4_PART = [("Воспитанники", 24, 23, 25), ("Родители (законные представители)", 21, 19, 24),
           ("Воспитатели групп", 2, 2, 2)]
# diagnostics: level -> (September, May), base 72
L4_DIAG = [("высокий", 14, 27), ("средний", 38, 37), ("низкий", 20, 8)]
L4_MONEY = [("мини-теплица для групповой ячейки", 64900.00),
            ("цифровой микроскоп и комплект датчиков", 97350.00),
            ("посадочный материал и грунт", 24200.00)]

L4_TOC = [
    (1, "1.", "Общие сведения об ОЭП"),
    (1, "2.", "Цель и задачи отчётного периода"),
    (1, "3.", "Выполнение плана ОЭР по этапам"),
    (2, "3.1.", "Этап II (практический): сентябрь – декабрь 2024 г."),
    (2, "3.2.", "Этап III (обобщающий): январь – май 2025 г."),
    (1, "4.", "Участники ОЭР"),
    (1, "5.", "Результаты диагностики"),
    (1, "6.", "Распространение опыта"),
    (1, "7.", "Материально-техническое обеспечение"),
    (1, "8.", "Выводы и перспективы"),
]


def l4_stage_table(rows, total):
    t = [["№", "Мероприятие", ("span", 2, "Сроки"), ("span", 3, "Участники, чел."), "Результат"],
         [None, None, "план", "факт", "дети", "педагоги", "родители", None]]
    for r in rows:
        t.append([r[0], r[1], r[2], r[3], cnt(r[4]), cnt(r[5]), cnt(r[6]), r[7]])
    if total:
        s = [sum(r[k] for r in rows) for k in (4, 5, 6)]
        t.append([("span", 4, "Итого участий"), str(s[0]), str(s[1]), str(s[2]), ""])
    return t


def l4():
    s3 = [sum(r[k] for r in L4_ST3) for k in (4, 5, 6)]
    assert s3 == [433, 69, 159]
    col = [sum(p[k] for p in L4_PART) for k in (1, 2, 3)]
    assert col == [47, 44, 51] and sum(col) == 142
    assert sum(d[1] for d in L4_DIAG) == 72 == sum(d[2] for d in L4_DIAG)
    assert [pct(d[1], 72, 1) for d in L4_DIAG] == ["19,4", "52,8", "27,8"]
    assert [pct(d[2], 72, 1) for d in L4_DIAG] == ["37,5", "51,4", "11,1"]
    assert pct(10, 17) == "59"
    mt = sum(m[1] for m in L4_MONEY)
    assert money(mt) == "186 450,00"

    st2 = l4_stage_table(L4_ST2, False)
    st3 = l4_stage_table(L4_ST3, True)
    widths = [1.0, 7.4, 2.6, 3.0, 1.5, 1.9, 1.9, 7.1]

    part = [["Категория", ("span", 3, "Группы"), "Всего"],
            [None, "«Ромашка» (старшая)", "«Колокольчик» (старшая)", "«Подсолнух» (подготовительная)", None]]
    for c, a, b, d in L4_PART:
        part.append([c, str(a), str(b), str(d), str(a + b + d)])
    part.append(["Итого участников ОЭР", str(col[0]), str(col[1]), str(col[2]), str(sum(col))])

    diag = [["Уровень", ("span", 2, "Сентябрь 2024"), ("span", 2, "Май 2025")],
            [None, "чел.", "%", "чел.", "%"]]
    for lvl, a, b in L4_DIAG:
        diag.append([lvl, str(a), pct(a, 72, 1), str(b), pct(b, 72, 1)])
    diag.append(["Всего", "72", "100,0", "72", "100,0"])

    blocks = [
        # ---- title page
        ("center", "Муниципальное бюджетное дошкольное образовательное учреждение"),
        ("center", "«Детский сад № 7 «Ивушка» г. Нерехты Костромской области"),
        ("vspace", 9),
        ("title", "САМОАНАЛИЗ"),
        ("title", "деятельности региональной опытно-экспериментальной площадки"),
        ("title", "за 2024/2025 учебный год"),
        ("blank",),
        ("center", "Тема: " + L4_TOPIC),
        ("vspace", 8),
        ("right", "Руководитель ОЭП: Колобова Елена Павловна, заведующий"),
        ("right", "Научный руководитель: Рябинина Ольга Сергеевна, канд. пед. наук"),
        ("vspace", 9),
        ("center", "Нерехта, 2025"),
        ("pagebreak",),
        # ---- contents
        ("title", "Содержание"),
        ("toc", L4_TOC),
        ("pagebreak",),
        # ---- body
        ("h", 1, "Общие сведения об ОЭП"),
        ("table", [
            ["Тема ОЭР", L4_TOPIC],
            ["Основание", "приказ департамента образования и науки Костромской области от 29.08.2023 № 1391 "
                          "«О региональных опытно-экспериментальных площадках»"],
            ["Срок ОЭР", "01.09.2023 – 31.05.2026"],
            ["Этапы ОЭР", ["I (подготовительный) – сентябрь – декабрь 2023 г.;",
                           "II (практический) – январь – декабрь 2024 г.;",
                           "III (обобщающий) – январь 2025 г. – май 2026 г."]],
            ["Отчётный период", "2024/2025 учебный год (01.09.2024 – 31.05.2025): окончание этапа II и "
                                "начало этапа III"],
            ["Нормативная основа", "ФГОС дошкольного образования (приказ Минобрнауки России от 17.10.2013 "
                                   "№ 1155), ФОП ДО"],
        ], [4.2, 13.2], {"header": 0, "size": 11, "bold_col0": True}),
        ("h", 1, "Цель и задачи отчётного периода"),
        ("p", "Цель ОЭР – обосновать и апробировать модель детской агролаборатории, в которой дети 5–7 лет "
              "осваивают экологические представления через собственные опыты с растениями, наблюдения и "
              "совместные с родителями проекты."),
        ("pl", "Задачи отчётного периода:"),
        ("num", [
            "завершить практический этап: запустить агролабораторию во всех группах старшего дошкольного возраста;",
            "освоить с педагогами методику ведения детского дневника наблюдений;",
            "вовлечь семьи воспитанников в детско-родительские проекты;",
            "провести итоговую диагностику и обобщить опыт первого года апробации.",
        ], "tasks4", "%1."),
        ("landscape",),
        ("h", 1, "Выполнение плана ОЭР по этапам"),
        ("h", 2, "Этап II (практический): сентябрь – декабрь 2024 г."),
        ("caption", "Таблица 1. Мероприятия этапа II в отчётном периоде"),
        ("table", st2, widths, {"header": 2, "repeat": True, "size": 10, "head_fill": "FFF2CC"}),
        ("h", 2, "Этап III (обобщающий): январь – май 2025 г."),
        ("caption", "Таблица 2. Мероприятия этапа III в отчётном периоде"),
        ("table", st3, widths, {"header": 2, "repeat": True, "size": 10, "head_fill": "FFF2CC",
                                "bold_rows": [len(st3) - 1]}),
        ("note", "¹ Для публикации участники не указываются (прочерк)."),
        ("note", "В строке «Итого участий» один ребёнок учтён столько раз, во скольких мероприятиях он "
                 "участвовал; численность участников ОЭР приведена в разделе 4."),
        ("portrait",),
        ("h", 1, "Участники ОЭР"),
        ("caption", "Таблица 3. Участники ОЭР по группам, чел."),
        ("table", part, [5.4, 3.0, 3.0, 3.6, 2.4], {"header": 2, "size": 10, "bold_rows": [len(part) - 1]}),
        ("p", "Кроме воспитателей групп, в ОЭР участвуют старший воспитатель, музыкальный руководитель, "
              "инструктор по физической культуре и учитель-логопед: всего 10 из 17 педагогов детского сада "
              "(59 %)."),
        ("h", 1, "Результаты диагностики"),
        ("caption", "Таблица 4. Уровень экологических представлений воспитанников"),
        ("table", diag, [5.4, 2.6, 2.6, 2.6, 2.6], {"header": 2, "size": 10, "bold_rows": [len(diag) - 1]}),
        ("p", "Доля детей с высоким уровнем экологических представлений выросла с 19,4 % до 37,5 %, доля "
              "детей с низким уровнем снизилась с 27,8 % до 11,1 %."),
        ("h", 1, "Распространение опыта"),
        ("bul", [
            "19.02.2025 – открытый показ трёх занятий для педагогов дошкольных организаций района (14 участников);",
            "28.04.2025 – статья «Огород на подоконнике: первые опыты» в сборнике «Дошкольное образование: "
            "региональные практики»;",
            "в течение года – 9 публикаций о работе агролаборатории на официальном сайте детского сада.",
        ]),
        ("h", 1, "Материально-техническое обеспечение"),
        ("p", "В отчётном периоде за счёт средств муниципального бюджета приобретено оборудование на %s руб.: "
              "%s – %s руб., %s – %s руб., %s – %s руб." % (
                  money(mt), L4_MONEY[0][0], money(L4_MONEY[0][1]), L4_MONEY[1][0], money(L4_MONEY[1][1]),
                  L4_MONEY[2][0], money(L4_MONEY[2][1]))),
        ("h", 1, "Выводы и перспективы"),
        ("p", "Практический этап завершён в установленный срок, обобщающий этап начат по плану. Экскурсия в "
              "тепличное хозяйство перенесена на 18.09.2025 и включена в план следующего года."),
        ("p", "В 2025/2026 учебном году площадка планирует подготовить методические рекомендации по "
              "организации детской агролаборатории (к 01.03.2026) и представить итоги ОЭР на региональной "
              "конференции в апреле 2026 г."),
        ("pl", "Самоанализ рассмотрен на заседании педагогического совета (протокол от 29.05.2025 № 5)."),
        ("blank",),
        ("sig", "Заведующий МБДОУ «Детский сад № 7 «Ивушка»", "Е. П. Колобова"),
        ("sig", "Научный руководитель ОЭП", "О. С. Рябинина"),
        ("pl", "10.06.2025"),
    ]
    return {"name": "blind_l4", "headings": "multi", "blocks": blocks, "body_pt": 11, "footer": True,
            "title_page": True, "toc": L4_TOC, "toc_page": 2,
            "author": "Колобова Е. П.", "doc_title": "Самоанализ ОЭП за 2024/2025 учебный год"}


# ===========================================================================

def build_one(spec, out, pdf=True):
    base = os.path.join(out, spec["name"])
    pages = None
    if spec.get("toc") and pdf:
        build_docx(spec, base + ".docx")
        to_pdf(base + ".docx", out)
        pages = toc_pages_from_pdf(base + ".pdf", spec["toc"], spec["toc_page"])
    build_docx(spec, base + ".docx", pages)
    build_txt(spec, base + ".txt", pages)
    if pdf:
        to_pdf(base + ".docx", out)
        if spec.get("toc"):
            again = toc_pages_from_pdf(base + ".pdf", spec["toc"], spec["toc_page"])
            if again != pages:
                raise RuntimeError("TOC page numbers moved: %r -> %r" % (pages, again))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--out", default=DEFAULT_OUT)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for fn in (l1, l2, l3, l4):
        spec = fn()
        build_one(spec, a.out, pdf=not a.no_pdf)
        print("built", spec["name"])


if __name__ == "__main__":
    main()
