#!/usr/bin/env python3
"""Check labels_g.yaml against the three renditions of blind_g1..g4.

Every match text must occur (normalised) in the python-docx text (paragraphs +
table cells), in plain `pdftotext` output and in the .txt file. Also checks
page counts (3–6), entry counts and the label format.
"""
import os
import re
import subprocess
import sys

import yaml
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
DOCS = os.path.join(ROOT, "docs")
CATS = {"structure", "completeness", "consistency", "chronology", "duplication"}


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
    labels = yaml.safe_load(open(os.path.join(ROOT, "labels_g.yaml"), encoding="utf-8"))
    bad = 0
    for name, d in labels["documents"].items():
        base = os.path.join(DOCS, name)
        texts = {
            "docx": norm(docx_text(base + ".docx")),
            "pdf": norm(pdf_text(base + ".pdf")),
            "txt": norm(open(base + ".txt", encoding="utf-8").read()),
        }
        n = pages(base + ".pdf")
        if not 3 <= n <= 6:
            print("FAIL %s: %d pages" % (name, n)); bad += 1
        exp, forb = d.get("expect") or [], d.get("forbid") or []
        clean = not exp
        if clean:
            if d.get("max_errors") != 0 or len(forb) < 12:
                print("FAIL %s: clean doc needs max_errors: 0 and >= 12 forbids" % name); bad += 1
        elif not (5 <= len(exp) <= 8 and 8 <= len(forb) <= 12):
            print("FAIL %s: counts expect=%d forbid=%d" % (name, len(exp), len(forb))); bad += 1
        if not clean and {e["category"] for e in exp} != CATS:
            print("FAIL %s: expect does not cover every category" % name); bad += 1
        for kind, lst in (("expect", exp), ("forbid", forb)):
            for e in lst:
                if e["category"] not in CATS or not e.get("note"):
                    print("FAIL %s %s: bad entry %r" % (name, kind, e)); bad += 1
                m = norm(e["match"])
                for src, t in texts.items():
                    if m not in t:
                        print("FAIL %s %s %r not in %s" % (name, kind, e["match"], src)); bad += 1
        # an expected match must not also be a forbidden match in the same category
        fm = {(f["category"], norm(f["match"])) for f in forb}
        for e in exp:
            if (e["category"], norm(e["match"])) in fm:
                print("FAIL %s: %r both expected and forbidden" % (name, e["match"])); bad += 1
        print("%s: pages=%d expect=%d forbid=%d" % (name, n, len(exp), len(forb)))
    print("OK" if not bad else "%d problem(s)" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
