#!/usr/bin/env python3
"""Check labels_k.yaml against the three renditions of blind_k1..k4.

* every match text occurs (normalised: case, ё/е, dashes, quotes, whitespace, thousands
  spaces) in the python-docx text (paragraphs + table cells), in plain `pdftotext` output
  and in the .txt;
* label format: keys category/match/note only, known categories, kind present;
  k1–k3: every category expected 1–3 times, 6–9 expects, 6–12 forbids; k4: expect [],
  max_errors 0, >= 12 forbids; nothing both expected and forbidden; no forbid text that
  contains an expected text of the same category;
* 3–6 pages per PDF; the .txt is UTF-8 with CRLF line ends only;
* the Word features the README promises are in word/document.xml or numbering.xml;
* the header of each page-broken table is printed at least twice in the PDF.
Short match texts (under 12 characters) that occur more than once in a rendition are
listed as notes (they are not failures).
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
LABELS = os.path.join(ROOT, "labels_k.yaml")
CATS = {"structure", "completeness", "consistency", "chronology", "duplication"}
NAMES = ["blind_k%d" % k for k in (1, 2, 3, 4)]
CLEAN = "blind_k4"

FEATURES = {
    "blind_k1": ['w:val="Heading1"', "<w:numPr>", 'w:val="bullet"', "w:tblHeader", 'w:orient="landscape"',
                 "<w:vMerge", "<w:gridSpan"],
    "blind_k2": ['w:val="Heading1"', 'w:val="Heading2"', "<w:numPr>", 'w:val="bullet"', "w:tblHeader",
                 'w:orient="landscape"', "<w:vMerge", "<w:gridSpan"],
    "blind_k3": ["<w:numPr>", '<w:ilvl w:val="1"/>', 'w:val="%1.%2."', "w:tblHeader", 'w:orient="landscape"',
                 "<w:vMerge", "<w:gridSpan"],
    "blind_k4": ['w:val="Heading1"', 'w:val="Heading2"', 'w:val="upperRoman"', "<w:pageBreakBefore",
                 "w:tblHeader", 'w:orient="landscape"', "<w:vMerge", "<w:gridSpan"],
}
# a header cell of the table that runs over a page break: printed on both pages of the PDF
REPEATED_HEADER = {"blind_k1": "Результат (продукт)", "blind_k3": "Ответственный",
                   "blind_k4": "Сроки и число участников по годам"}


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


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout


def pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def main():
    labels = yaml.safe_load(open(LABELS, encoding="utf-8"))
    docs = labels["documents"]
    bad = 0
    notes = []

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
        pdf_raw = pdf_text(base + ".pdf")
        texts = {"docx": norm(docx_text(base + ".docx")), "pdf": norm(pdf_raw), "txt": norm(txt)}
        n = pages(base + ".pdf")
        if not 3 <= n <= 6:
            fail("%s: %d pages" % (name, n))
        with zipfile.ZipFile(base + ".docx") as z:
            xml = z.read("word/document.xml").decode("utf-8") + z.read("word/numbering.xml").decode("utf-8")
        for feat in FEATURES[name]:
            if feat not in xml:
                fail("%s: Word feature %r not in the .docx" % (name, feat))
        if name in REPEATED_HEADER and pdf_raw.count(REPEATED_HEADER[name]) < 2:
            fail("%s: header %r not repeated in the PDF" % (name, REPEATED_HEADER[name]))
        if not d.get("kind"):
            fail("%s: no kind" % name)
        exp, forb = d.get("expect") or [], d.get("forbid") or []
        if name == CLEAN:
            if exp or d.get("max_errors") != 0 or len(forb) < 12:
                fail("%s: a clean doc needs expect [], max_errors: 0 and >= 12 forbids" % name)
        else:
            per = {c: sum(1 for e in exp if e["category"] == c) for c in CATS}
            if any(not 1 <= v <= 3 for v in per.values()):
                fail("%s: expects per category %r (need 1–3 each)" % (name, per))
            if not 6 <= len(exp) <= 9:
                fail("%s: %d expects (need 6–9)" % (name, len(exp)))
            if not 6 <= len(forb) <= 12:
                fail("%s: %d forbids (need 6–12)" % (name, len(forb)))
        for kind, lst in (("expect", exp), ("forbid", forb)):
            for e in lst:
                if set(e) != {"category", "match", "note"} or e["category"] not in CATS or not e["note"]:
                    fail("%s %s: bad entry %r" % (name, kind, e))
                    continue
                m = norm(e["match"])
                for src, t in texts.items():
                    if m not in t:
                        fail("%s %s %r not in %s" % (name, kind, e["match"], src))
                    elif len(m) < 12 and t.count(m) > 1:
                        notes.append("%s %s %r occurs %d times in %s" % (name, kind, e["match"], t.count(m), src))
        fm = {(f["category"], norm(f["match"])) for f in forb}
        for e in exp:
            if (e["category"], norm(e["match"])) in fm:
                fail("%s: %r both expected and forbidden" % (name, e["match"]))
            for f in forb:
                if f["category"] == e["category"] and norm(e["match"]) in norm(f["match"]):
                    fail("%s: forbid %r contains expected %r" % (name, f["match"], e["match"]))
        print("%s: pages=%d expect=%d forbid=%d" % (name, n, len(exp), len(forb)))
    for line in notes:
        print("note: " + line)
    print("OK" if not bad else "%d problem(s)" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
