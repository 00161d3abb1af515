#!/usr/bin/env python3
"""Check labels_l.yaml against the three renditions of blind_l1..l4.

* every match text occurs (normalised: case, ё/е, dashes, quotes, whitespace, thousands spaces) in the
  python-docx text (paragraphs and table cells, nested tables included), in plain `pdftotext` output and
  in the .txt;
* label format and counts: l1–l3 every category expected 1–3 times (6–9 in all) and 6–12 forbids;
  l4 no expects, max_errors 0, >= 12 forbids; no text both expected and forbidden; no forbid text that
  contains (or is contained in) an expected text of the same category; no forbid text of the same
  category on a .txt line that holds an expected text (a correct finding quoting the line would hit it);
* short expected texts (numbers, dates, percentages) occur exactly once in the .txt;
* 3–6 pages; the .txt is UTF-8 with CRLF line ends only;
* the Word features promised in README_l.md are in the .docx; headers of page-broken tables are
  printed again in the PDF; blind_l4's contents page numbers match the PDF.
"""
import os
import re
import subprocess
import sys
import zipfile

import yaml
from docx import Document
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DOCS = os.path.join(ROOT, "docs")
LABELS = os.path.join(ROOT, "pending", "labels_l.yaml")
CATS = {"structure", "completeness", "consistency", "chronology", "duplication"}
NAMES = ["blind_l%d" % k for k in (1, 2, 3, 4)]
CLEAN = "blind_l4"

# substrings of word/document.xml, numbering.xml, styles.xml and the footers that must be present
FEATURES = {
    "blind_l1": ["<w:numPr>", "w:tblHeader", "<w:vMerge", "<w:gridSpan", "NESTED", 'w:val="decimal"'],
    "blind_l2": ["Heading1", "<w:numPr>", 'w:val="upperRoman"', "w:tblHeader", 'w:orient="landscape"',
                 "<w:vMerge", "<w:gridSpan", 'w:val="bullet"'],
    "blind_l3": ["Heading1", "<w:numPr>", "w:tblHeader", 'w:orient="landscape"', "<w:vMerge", "<w:gridSpan"],
    "blind_l4": ["Heading1", "Heading2", "<w:numPr>", "w:tblHeader", 'w:orient="landscape"', "<w:vMerge",
                 "<w:gridSpan", 'w:type="page"', "TOC \\o", "<w:titlePg", "PAGE", 'w:leader="dot"'],
}
# header text of a table that crosses a page break, and how often it must be printed in the PDF
REPEATED_HEADER = {"blind_l1": ("Раздел отчёта", 2), "blind_l2": ("Планируемый результат", 2),
                   "blind_l4": ("Участники, чел.", 3)}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = s.lower().replace("ё", "е")
    s = re.sub("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-", s)
    s = re.sub("[«»“”„\u201f]", '"', s)
    s = re.sub(r"\s+", " ", s.replace("\u00a0", " "))
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", s)
    return s.strip()


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]

    def walk(tables):
        for t in tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
                    walk(c.tables)
    walk(d.tables)
    return "\n".join(parts)


def pdf_text(path, first=None, last=None):
    cmd = ["pdftotext"]
    if first:
        cmd += ["-f", str(first), "-l", str(last)]
    return subprocess.run(cmd + [path, "-"], capture_output=True, text=True, check=True).stdout


def pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        xml = "".join(z.read(n).decode("utf-8") for n in
                      ("word/document.xml", "word/numbering.xml", "word/styles.xml"))
        for n in names:
            if re.match(r"word/footer\d*\.xml", n):
                xml += z.read(n).decode("utf-8")
        root = etree.fromstring(z.read("word/document.xml"))
    if root.findall(".//%stc//%stbl" % (W, W)):
        xml += "NESTED"
    return xml


def check_toc(base, fail):
    """Contents lines «N.<TAB>heading<TAB>page» in the .txt must give the PDF page of the heading."""
    txt = open(base + ".txt", encoding="utf-8", newline="").read().split("\r\n")
    n = pages(base + ".pdf")
    texts = [norm(pdf_text(base + ".pdf", i, i)) for i in range(1, n + 1)]
    toc_page = next(i for i, t in enumerate(texts, 1) if "содержание" in t)
    entries = [ln.split("\t") for ln in txt if re.match(r"^\d+(\.\d+)*\.\t.+\t\d+$", ln)]
    if len(entries) < 5:
        fail("%s: contents not found in the .txt" % base)
    for num, head, page in entries:
        key = norm(head)
        found = None
        for i in range(toc_page, n + 1):
            if texts[i - 1].count(key) - (1 if i == toc_page else 0) > 0:
                found = i
                break
        if found != int(page):
            fail("%s: contents says %r on page %s, PDF has it on %s" % (base, head, page, found))


def main():
    labels = yaml.safe_load(open(LABELS, encoding="utf-8"))
    docs = labels["documents"]
    bad = 0

    def fail(msg):
        nonlocal bad
        print("FAIL " + msg)
        bad += 1

    if sorted(docs) != NAMES:
        fail("documents are %r" % sorted(docs))
    for name in NAMES:
        d = docs.get(name) or {}
        base = os.path.join(DOCS, name)
        raw_txt = open(base + ".txt", "rb").read()
        try:
            txt = raw_txt.decode("utf-8")
        except UnicodeDecodeError:
            fail("%s.txt is not UTF-8" % name)
            txt = raw_txt.decode("utf-8", "replace")
        if re.search(rb"(?<!\r)\n", raw_txt) or re.search(rb"\r(?!\n)", raw_txt) or not raw_txt.endswith(b"\r\n"):
            fail("%s.txt has line ends other than CRLF" % name)
        pdf_raw = pdf_text(base + ".pdf")
        texts = {"docx": norm(docx_text(base + ".docx")), "pdf": norm(pdf_raw), "txt": norm(txt)}
        txt_lines = [norm(ln) for ln in txt.split("\r\n")]
        n = pages(base + ".pdf")
        if not 3 <= n <= 6:
            fail("%s: %d pages" % (name, n))
        xml = docx_xml(base + ".docx")
        for feat in FEATURES[name]:
            if feat not in xml:
                fail("%s: Word feature %r not in the .docx" % (name, feat))
        if name in REPEATED_HEADER:
            h, k = REPEATED_HEADER[name]
            if norm(pdf_raw).count(norm(h)) < k:
                fail("%s: header %r not repeated in the PDF" % (name, h))
        if name == CLEAN:
            check_toc(base, fail)
        if not d.get("kind"):
            fail("%s: no kind" % name)
        exp, forb = d.get("expect") or [], d.get("forbid") or []
        if name == CLEAN:
            if exp or d.get("max_errors") != 0 or len(forb) < 12:
                fail("%s: clean doc needs expect [], max_errors: 0 and >= 12 forbids" % name)
        else:
            per = {c: sum(1 for e in exp if e["category"] == c) for c in CATS}
            if any(not 1 <= v <= 3 for v in per.values()) or not 6 <= len(exp) <= 9:
                fail("%s: expects per category %r (need 1–3 each, 6–9 in all)" % (name, per))
            if not 6 <= len(forb) <= 12:
                fail("%s: %d forbids (need 6–12)" % (name, len(forb)))
            if "max_errors" in d:
                fail("%s: max_errors on a defective document" % name)
        for kind, lst in (("expect", exp), ("forbid", forb)):
            for e in lst:
                if set(e) != {"category", "match", "note"} or e["category"] not in CATS or not e["note"]:
                    fail("%s %s: bad entry %r" % (name, kind, e))
                    continue
                m = norm(e["match"])
                for src, t in texts.items():
                    if m not in t:
                        fail("%s %s %r not in %s" % (name, kind, e["match"], src))
        for e in exp:
            m = norm(e["match"])
            if not re.search(r"[а-яa-z]{3}", m) and texts["txt"].count(m) != 1:
                fail("%s: short expected text %r occurs %d times in the .txt" % (name, e["match"],
                                                                                 texts["txt"].count(m)))
            for f in forb:
                fm = norm(f["match"])
                if f["category"] != e["category"]:
                    continue
                if fm == m or m in fm or fm in m:
                    fail("%s: expected %r and forbidden %r overlap" % (name, e["match"], f["match"]))
                for ln in txt_lines:
                    if m in ln and fm in ln:
                        fail("%s: forbidden %r on the same line as expected %r" % (name, f["match"], e["match"]))
        print("%s: pages=%d expect=%d forbid=%d" % (name, n, len(exp), len(forb)))
    print("OK" if not bad else "%d problem(s)" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
