#!/usr/bin/env python3
"""Check labels_m.yaml against the three renditions of blind_m1..m4.

* every match text occurs (normalised: case, ё/е, dashes, quotes, whitespace, digit-group spaces) in the
  python-docx text (paragraphs + table cells), in plain `pdftotext` output and in the .txt;
* label format and counts (m1–m3: every category expected 1–3 times, 6–9 expects, 6–12 forbids;
  m4: max_errors 0, no expects, >= 12 forbids); no expect equal to or swallowed by a forbid;
* 3–6 pages per PDF; the .txt is UTF-8 with CRLF line ends only;
* the Word features the README lists are in the .docx (document.xml / numbering.xml);
* the header of each page-broken table is printed on at least two pages of the PDF;
* the page numbers of blind_m4's table of contents match the PDF.
"""
import os
import re
import subprocess
import sys
import zipfile

import yaml
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DOCS = os.path.join(ROOT, "docs")
LABELS = os.path.join(ROOT, "labels_m.yaml")
CATS = {"structure", "completeness", "consistency", "chronology", "duplication"}
NAMES = ["blind_m%d" % k for k in (1, 2, 3, 4)]
CLEAN = "blind_m4"

COMMON = ["<w:numPr>", "w:tblHeader", 'w:orient="landscape"', "<w:vMerge", "<w:gridSpan", 'w:val="Heading1"']
FEATURES = {
    "blind_m1": COMMON + ['w:val="Heading2"', 'w:val="%1.%2."', 'w:val="bullet"'],
    "blind_m2": COMMON + ['w:val="bullet"'],
    "blind_m3": COMMON + ['w:val="Heading2"', 'w:val="bullet"'],
    "blind_m4": COMMON + ['w:val="Раздел %1."', "<w:pageBreakBefore", 'w:leader="dot"', 'w:val="bullet"'],
}
# header cell text of the table that crosses a page break: must be printed on >= 2 pages
REPEATED_HEADER = {"blind_m1": "Всего*", "blind_m2": "Дата (факт)", "blind_m3": "Сумма по смете",
                   "blind_m4": "Ожидаемый результат"}


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
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                parts.append(c.text)
    return "\n".join(parts)


def pdf_pages(path):
    out = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return out, pages


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
        raw = open(base + ".txt", "rb").read()
        try:
            txt = raw.decode("utf-8")
        except UnicodeDecodeError:
            fail("%s.txt is not UTF-8" % name)
            txt = raw.decode("utf-8", "replace")
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw) or not raw.endswith(b"\r\n"):
            fail("%s.txt has line ends other than CRLF" % name)
        pdf_raw, pages = pdf_pages(base + ".pdf")
        texts = {"docx": norm(docx_text(base + ".docx")), "pdf": norm(pdf_raw), "txt": norm(txt)}
        n = len(pages)
        info = subprocess.run(["pdfinfo", base + ".pdf"], capture_output=True, text=True, check=True).stdout
        n_info = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        if n != n_info:
            fail("%s: pdftotext pages %d != pdfinfo pages %d" % (name, n, n_info))
        if not 3 <= n_info <= 6:
            fail("%s: %d pages" % (name, n_info))
        with zipfile.ZipFile(base + ".docx") as z:
            xml = z.read("word/document.xml").decode("utf-8") + z.read("word/numbering.xml").decode("utf-8")
        for feat in FEATURES[name]:
            if feat not in xml:
                fail("%s: Word feature %r not in the .docx" % (name, feat))
        hdr = REPEATED_HEADER[name]
        on = [i + 1 for i, p in enumerate(pages) if norm(hdr) in norm(p)]
        if len(on) < 2:
            fail("%s: table header %r printed on pages %r only" % (name, hdr, on))
        if name == "blind_m4":
            # contents lines "Раздел N. Title<TAB>page" (or "Title<TAB>page") in the .txt; the PDF text of the
            # contents page is cut after its last line so that only real headings are searched
            toc = re.findall(r"^([^\t\r\n]+)\t(\d+)\r$", txt, re.M)
            body = list(pages)
            last = norm(toc[-1][0]) if toc else ""
            for i, p in enumerate(body):
                np_ = norm(p)
                if last and last in np_:
                    body[i] = np_.split(last, 1)[1]
                    body[i] = body[i].split(" ", 1)[1] if " " in body[i] else ""
                    break
            for title, pg in toc:
                head = norm(title.split(". ", 1)[1] if title.startswith("Раздел") else title)
                where = [i + 1 for i, p in enumerate(body) if head in norm(p)]
                if not where or where[0] != int(pg):
                    fail("%s: contents line %r says page %s, the PDF has it on %r" % (name, title, pg, where))
            if len(toc) != 8:
                fail("%s: %d contents lines" % (name, len(toc)))
        if not d.get("kind"):
            fail("%s: no kind" % name)
        exp, forb = d.get("expect") or [], d.get("forbid") or []
        if name == CLEAN:
            if exp or d.get("max_errors") != 0 or len(forb) < 12:
                fail("%s: clean doc needs expect [], max_errors: 0 and >= 12 forbids" % name)
        else:
            per = {c: sum(1 for e in exp if e["category"] == c) for c in CATS}
            if any(not 1 <= v <= 3 for v in per.values()):
                fail("%s: expects per category %r (need 1–3 each)" % (name, per))
            if not 6 <= len(exp) <= 9:
                fail("%s: %d expects (need 6–9)" % (name, len(exp)))
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
            for f in forb:
                if f["category"] == e["category"] and norm(e["match"]) in norm(f["match"]):
                    fail("%s: forbid %r contains expected %r" % (name, f["match"], e["match"]))
        print("%s: pages=%d expect=%d forbid=%d header %r on pages %s" % (name, n_info, len(exp), len(forb),
                                                                          hdr, on))
    print("OK" if not bad else "%d problem(s)" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
