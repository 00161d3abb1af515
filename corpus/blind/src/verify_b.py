#!/usr/bin/env python3
"""Check labels_b.yaml against the three renditions of blind_b1..b4.

Every expect/forbid match text must occur (after normalisation) in
  - the python-docx text (body paragraphs + table cells),
  - plain `pdftotext` output of the .pdf,
  - the .txt rendition.
Normalisation: lower case, ё→е, all dashes → '-', «»“”„ → '"', spaces inside digit
groups removed, whitespace collapsed.  Both orders of the last two steps are tried and
the match must be found under both (table cells separated by tabs/newlines may merge
otherwise).  Also checks the label file's shape.

Usage: python3 verify_b.py     (exit code 0 = all good)
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
LABELS = os.path.join(ROOT, "labels_b.yaml")
CATS = {"structure", "completeness", "consistency", "chronology", "duplication"}

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"
QUOTES = "«»“”„\u201f\u2033"
DIGSP = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))")


def _base(s):
    s = s.lower().replace("ё", "е").replace("\u00ad", "")
    s = re.sub("[%s]" % DASHES, "-", s)
    s = re.sub("[%s]" % QUOTES, '"', s)
    return s


def norm_a(s):  # digit groups first, then whitespace
    s = _base(s)
    s = DIGSP.sub("", s)
    return re.sub(r"\s+", " ", s).strip()


def norm_b(s):  # whitespace first, then digit groups
    s = _base(s)
    s = re.sub(r"\s+", " ", s).strip()
    return DIGSP.sub("", s)


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    return "\n".join(parts)


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True,
                          check=True).stdout


def main():
    with open(LABELS, encoding="utf-8") as f:
        labels = yaml.safe_load(f)
    docs = labels.get("documents") or {}
    bad = 0
    for name in ("blind_b1", "blind_b2", "blind_b3", "blind_b4"):
        if name not in docs:
            print("MISSING label block", name)
            bad += 1
            continue
        entry = docs[name]
        texts = {
            "docx": docx_text(os.path.join(DOCS, name + ".docx")),
            "pdf": pdf_text(os.path.join(DOCS, name + ".pdf")),
            "txt": open(os.path.join(DOCS, name + ".txt"), encoding="utf-8").read(),
        }
        normed = {k: (norm_a(v), norm_b(v)) for k, v in texts.items()}
        counts = {}
        for kind in ("expect", "forbid"):
            items = entry.get(kind) or []
            counts[kind] = len(items)
            for it in items:
                cat, match = it.get("category"), str(it.get("match", ""))
                if cat not in CATS:
                    print("%s %s: bad category %r" % (name, kind, cat))
                    bad += 1
                if not it.get("note"):
                    print("%s %s: no note for %r" % (name, kind, match))
                    bad += 1
                for m in (norm_a(match), norm_b(match)):
                    missing = [k for k, (a, b) in normed.items() if m not in a or m not in b]
                    if missing:
                        print("%s %s %s %r: not found in %s" % (name, kind, cat, match,
                                                               ",".join(missing)))
                        bad += 1
                        break
        # an expect and a forbid of the same category must not share a match text
        ex = {(i["category"], norm_a(str(i["match"]))) for i in entry.get("expect") or []}
        for i in entry.get("forbid") or []:
            key = (i["category"], norm_a(str(i["match"])))
            for c, m in ex:
                if c == key[0] and (m in key[1] or key[1] in m):
                    print("%s: forbid %r overlaps expect %r" % (name, i["match"], m))
                    bad += 1
        print("%s: expect=%d forbid=%d max_errors=%s" % (name, counts["expect"], counts["forbid"],
                                                         entry.get("max_errors")))
    print("OK" if not bad else "FAILED: %d problem(s)" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
