#!/usr/bin/env python3
"""Check labels_j.yaml against the three renditions of blind_j1..j4.

Every match text must occur (normalised: case, ё/е, dashes, quotes, whitespace, thousands spaces)
in the python-docx text (paragraphs + table cells), in plain `pdftotext` output and in the .txt.
Also checks the label format and counts (j1–j3: every category expected 1–3 times, 6–9 expects,
6–12 forbids; j4: max_errors 0, no expects, forbids only), page counts (3–6), the .txt shape
(UTF-8, CRLF only, no bare LF), the Word features the README promises in the .docx, and that
the header of a table that crosses a page break is printed again in the PDF.
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
LABELS = os.path.join(ROOT, "labels_j.yaml")
CATS = {"structure", "completeness", "consistency", "chronology", "duplication"}
NAMES = ["blind_j%d" % k for k in (1, 2, 3, 4)]
CLEAN = {"blind_j4"}

# Word features in each .docx: substrings of word/document.xml + numbering.xml (+ footer/settings)
FEATURES = {
    "blind_j1": ['w:val="Heading1"', 'w:val="Heading2"', "<w:numPr>", "TOC \\o", "<w:titlePg", " PAGE ",
                 "w:tblHeader", 'w:orient="landscape"', "<w:vMerge", "<w:gridSpan", 'w:val="bullet"'],
    "blind_j2": ["<w:numPr>", 'w:lvlText w:val="%1.%2."', "w:tblHeader", 'w:orient="landscape"',
                 "<w:vMerge", "<w:gridSpan", 'w:val="bullet"'],
    "blind_j3": ["w:tblHeader", 'w:orient="landscape"', "<w:vMerge", "<w:gridSpan", 'w:val="bullet"'],
    "blind_j4": ['w:val="Heading1"', 'w:lvlText w:val="Раздел %1."', 'w:val="russianLower"', "w:tblHeader",
                 'w:orient="landscape"', "<w:vMerge", "<w:gridSpan", 'w:val="bullet"'],
}
# header text of a table that runs over a page break: must be printed at least twice in the PDF
REPEATED_HEADER = {"blind_j1": "запланированный", "blind_j4": "Срок (квартал 2025 г.)"}
# typed numbering gap that the j3 labels rely on
TYPED_HEADINGS = {"blind_j3": ["1. Общие сведения", "2. Реализация плана", "3. Участники", "5. Результативность",
                               "6. Ресурсное обеспечение", "7. Выводы"]}


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
    totals = {"expect": 0, "forbid": 0}

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
        if raw.startswith(b"\xef\xbb\xbf"):
            fail("%s.txt starts with a BOM" % name)
        pdf_raw = pdf_text(base + ".pdf")
        texts = {"docx": norm(docx_text(base + ".docx")), "pdf": norm(pdf_raw), "txt": norm(txt)}
        n = pages(base + ".pdf")
        if not 3 <= n <= 6:
            fail("%s: %d pages" % (name, n))
        with zipfile.ZipFile(base + ".docx") as z:
            xml = "".join(z.read(f).decode("utf-8") for f in z.namelist()
                          if f.startswith("word/") and f.endswith(".xml"))
        for feat in FEATURES[name]:
            if feat not in xml:
                fail("%s: Word feature %r not in the .docx" % (name, feat))
        if name in REPEATED_HEADER and pdf_raw.count(REPEATED_HEADER[name]) < 2:
            fail("%s: header %r not repeated in the PDF" % (name, REPEATED_HEADER[name]))
        lines = [l.strip() for l in txt.split("\r\n")]
        for h in TYPED_HEADINGS.get(name, []):
            if not any(l.startswith(h) for l in lines):
                fail("%s: typed heading %r not a line of the .txt" % (name, h))
        if not d.get("kind"):
            fail("%s: no kind" % name)
        exp, forb = d.get("expect") or [], d.get("forbid") or []
        if name in CLEAN:
            if exp or d.get("max_errors") != 0 or len(forb) < 6:
                fail("%s: clean doc needs expect [], max_errors: 0 and >= 6 forbids" % name)
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
            totals[kind] += len(lst)
            for e in lst:
                if set(e) != {"category", "match", "note"} or e["category"] not in CATS or not e["note"]:
                    fail("%s %s: bad entry %r" % (name, kind, e))
                    continue
                m = norm(e["match"])
                for src, t in texts.items():
                    if m not in t:
                        fail("%s %s %r not in %s" % (name, kind, e["match"], src))
        fm = {(f["category"], norm(f["match"])) for f in forb}
        for e in exp:
            if (e["category"], norm(e["match"])) in fm:
                fail("%s: %r both expected and forbidden" % (name, e["match"]))
            for f in forb:
                if f["category"] == e["category"] and norm(e["match"]) in norm(f["match"]):
                    fail("%s: forbid %r contains expected %r" % (name, f["match"], e["match"]))
        print("%s: pages=%d expect=%d forbid=%d" % (name, n, len(exp), len(forb)))
    print("total: expect=%d forbid=%d" % (totals["expect"], totals["forbid"]))
    print("OK" if not bad else "%d problem(s)" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
