#!/usr/bin/env python3
"""Check labels_i.yaml against the three renditions of blind_i1..i4.

Every match text must occur (normalised) in the python-docx text (paragraphs +
table cells), in plain `pdftotext` output and in the .txt file. Also checks the
label format and counts (i1–i3: every category expected 1–3 times, 6–12 forbids;
i4: max_errors 0, no expects, >= 12 forbids), page counts (3–6), the .txt shape
(UTF-8, CRLF only) and that the Word features the README promises are in the .docx.
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
LABELS = os.path.join(ROOT, "labels_i.yaml")
CATS = {"structure", "completeness", "consistency", "chronology", "duplication"}
NAMES = ["blind_i%d" % k for k in (1, 2, 3, 4)]

# Word features expected in each .docx (substring of word/document.xml or numbering.xml)
FEATURES = {
    "blind_i1": ["<w:numPr>", "w:tblHeader", 'w:orient="landscape"', "<w:vMerge", "<w:gridSpan"],
    "blind_i2": ["Heading1", "Heading2", "w:tblHeader", "<w:vMerge", "<w:gridSpan"],
    "blind_i3": ["<w:numPr>", "<w:vMerge", "<w:gridSpan"],
    "blind_i4": ["Heading1", "<w:numPr>", "w:tblHeader", 'w:orient="landscape"', "<w:vMerge", "<w:gridSpan"],
}
# header text of a table that crosses a page break: must be printed at least twice in the PDF
REPEATED_HEADER = {"blind_i1": "Результат, продукт", "blind_i2": "Фактический результат",
                   "blind_i4": "Отклонение, причина"}


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
        if re.search(rb"(?<!\r)\n", raw_txt) or not raw_txt.endswith(b"\r\n"):
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
        if name == "blind_i4":
            if exp or d.get("max_errors") != 0 or len(forb) < 12:
                fail("%s: clean doc needs expect [], max_errors: 0 and >= 12 forbids" % name)
        else:
            per = {c: sum(1 for e in exp if e["category"] == c) for c in CATS}
            if any(not 1 <= v <= 3 for v in per.values()):
                fail("%s: expects per category %r (need 1–3 each)" % (name, per))
            if not 6 <= len(forb) <= 12:
                fail("%s: %d forbids (need 6–12)" % (name, len(forb)))
        for kind, lst in (("expect", exp), ("forbid", forb)):
            for e in lst:
                if set(e) != {"category", "match", "note"} or e["category"] not in CATS or not e["note"]:
                    fail("%s %s: bad entry %r" % (name, kind, e))
                m = norm(e["match"])
                for src, t in texts.items():
                    if m not in t:
                        fail("%s %s %r not in %s" % (name, kind, e["match"], src))
        fm = {(f["category"], norm(f["match"])) for f in forb}
        for e in exp:
            if (e["category"], norm(e["match"])) in fm:
                fail("%s: %r both expected and forbidden" % (name, e["match"]))
        # a forbid text must not contain an expected text of the same category (it would absorb the finding)
        for e in exp:
            for f in forb:
                if f["category"] == e["category"] and norm(e["match"]) in norm(f["match"]):
                    fail("%s: forbid %r contains expected %r" % (name, f["match"], e["match"]))
        print("%s: pages=%d expect=%d forbid=%d" % (name, n, len(exp), len(forb)))
    print("OK" if not bad else "%d problem(s)" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
