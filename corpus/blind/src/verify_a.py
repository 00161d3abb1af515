#!/usr/bin/env python3
"""Check labels_a.yaml against the three renditions of blind_a1..blind_a4.

Every expect/forbid match text must occur (after the scorer's normalisation)
in: the python-docx text (paragraphs + table cells), plain `pdftotext` output,
and the .txt file. Also reports page counts and label counts.
Exit status 1 on any failure.
"""
import os
import re
import subprocess
import sys

import yaml
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.normpath(os.path.join(HERE, ".."))
DOCS = os.path.join(BLIND, "docs")
LABELS = os.path.join(BLIND, "labels_a.yaml")
CATEGORIES = {"structure", "completeness", "consistency", "chronology", "duplication"}

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad-"
QUOTES = "«»“”„\u201f\u2033"


def norm(s):
    s = s.lower().replace("ё", "е")
    s = re.sub("[%s]" % re.escape(DASHES), "-", s)
    s = re.sub("[%s]" % re.escape(QUOTES), '"', s)
    s = re.sub(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d)", "", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip()


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]

    def walk(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
                    walk(cell.tables)
    walk(d.tables)
    return "\n".join(parts)


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True,
                          text=True).stdout


def pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    return int(m.group(1)) if m else -1


def main():
    labels = yaml.safe_load(open(LABELS, encoding="utf-8"))["documents"]
    bad = 0
    for name, lab in labels.items():
        base = os.path.join(DOCS, name)
        texts = {
            "docx": norm(docx_text(base + ".docx")),
            "pdf": norm(pdf_text(base + ".pdf")),
            "txt": norm(open(base + ".txt", encoding="utf-8").read()),
        }
        n = pages(base + ".pdf")
        exp, forb = lab.get("expect") or [], lab.get("forbid") or []
        print("%s: %d pages, %d expect, %d forbid" % (name, n, len(exp), len(forb)))
        if not 4 <= n <= 8:
            print("  FAIL page count %d not in 4..8" % n)
            bad += 1
        for kind, items in (("expect", exp), ("forbid", forb)):
            for it in items:
                if it["category"] not in CATEGORIES:
                    print("  FAIL bad category", it)
                    bad += 1
                m = norm(it["match"])
                missing = [k for k, t in texts.items() if m not in t]
                if missing:
                    bad += 1
                    print("  FAIL %s %s %r missing in %s" % (kind, it["category"], it["match"],
                                                           ",".join(missing)))
        # a forbid text must not be a substring of an expect text of the same category
        for f in forb:
            for e in exp:
                if f["category"] == e["category"] and norm(f["match"]) in norm(e["match"]):
                    print("  FAIL forbid %r inside expect %r" % (f["match"], e["match"]))
                    bad += 1
    print("OK" if not bad else "%d problem(s)" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
