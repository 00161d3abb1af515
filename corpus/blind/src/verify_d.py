#!/usr/bin/env python
"""Check labels_d.yaml against the three renditions of each blind_d* document.

For every expect / forbid entry the match text must occur, after normalisation,
in (1) the python-docx text (paragraphs + table cells), (2) plain `pdftotext`
output of the .pdf and (3) the .txt.  Normalisation: lower case, ё→е, dashes →
'-', «»“”„ → '"', spaces inside digit groups removed, whitespace collapsed.  The
digit-group rule is applied in two variants (thousands groups only / any space
between digits) and the match must be found under both.

Also checked: label format and counts, categories, one expect per category for
the defective documents, short expect matches unique in the document, page count
3..7, no «не проводил…»/«не выполнен…» in the clean document, and (warning only)
that the rows meant to straddle a page break still do.

Exit status 0 when everything passes.
"""
import os
import re
import subprocess
import sys

import yaml
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
DOCS = os.path.join(BLIND, "docs")
LABELS = os.path.join(BLIND, "labels_d.yaml")
CATEGORIES = {"structure", "completeness", "consistency", "chronology", "duplication"}
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
QUOTES = "«»“”„"

# rows that should straddle a page break in the PDF: (doc, text at the row's start, text at its end)
PAGE_SPLIT_ROWS = [
    ("blind_d1", "Установочный семинар", "задачи 2025 года"),
    ("blind_d4", "Летний естественно", "Природа родного"),
]


def norm(s, any_digit_space=False):
    s = s.lower().replace("ё", "е")
    for d in DASHES:
        s = s.replace(d, "-")
    for q in QUOTES:
        s = s.replace(q, '"')
    s = re.sub(r"\s+", " ", s)
    if any_digit_space:
        s = re.sub(r"(?<=\d) (?=\d)", "", s)
    else:
        s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", s)
    return s.strip()


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def pdf_text(path, first=None, last=None):
    cmd = ["pdftotext"]
    if first:
        cmd += ["-f", str(first), "-l", str(last or first)]
    cmd += [path, "-"]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def main():
    errors, warnings = [], []
    labels = yaml.safe_load(open(LABELS, encoding="utf-8"))
    docs = labels.get("documents") or {}
    want = ["blind_d1", "blind_d2", "blind_d3", "blind_d4"]
    if sorted(docs) != want:
        errors.append("documents must be exactly %s, got %s" % (want, sorted(docs)))
    for name, lab in docs.items():
        base = os.path.join(DOCS, name)
        paths = {ext: base + "." + ext for ext in ("docx", "pdf", "txt")}
        missing = [p for p in paths.values() if not os.path.exists(p)]
        if missing:
            errors.append("%s: missing files %s" % (name, missing))
            continue
        raw = {
            "docx": docx_text(paths["docx"]),
            "pdf": pdf_text(paths["pdf"]),
            "txt": open(paths["txt"], encoding="utf-8").read(),
        }
        texts = {(k, v): norm(t, v) for k, t in raw.items() for v in (False, True)}
        expect = lab.get("expect") or []
        forbid = lab.get("forbid") or []
        clean = name == "blind_d4"
        if not lab.get("kind"):
            errors.append("%s: no kind" % name)
        if clean:
            if expect:
                errors.append("%s: the clean document must have expect: []" % name)
            if lab.get("max_errors") != 0:
                errors.append("%s: max_errors must be 0" % name)
            if len(forbid) < 13:
                errors.append("%s: the clean document needs more forbids (%d)" % (name, len(forbid)))
            t = norm(raw["txt"])
            for bad in ("не проводил", "не выполнен", "не состоял"):
                if bad in t:
                    errors.append("%s: clean document contains %r" % (name, bad))
        else:
            if not 5 <= len(expect) <= 8:
                errors.append("%s: %d expect entries (want 5-8)" % (name, len(expect)))
            if not 8 <= len(forbid) <= 12:
                errors.append("%s: %d forbid entries (want 8-12)" % (name, len(forbid)))
            cats = {e["category"] for e in expect}
            if cats != CATEGORIES:
                errors.append("%s: expect categories %s lack %s" % (name, cats, CATEGORIES - cats))
        for kind, entries in (("expect", expect), ("forbid", forbid)):
            for e in entries:
                if set(e) != {"category", "match", "note"}:
                    errors.append("%s %s: keys %s" % (name, kind, sorted(e)))
                if e.get("category") not in CATEGORIES:
                    errors.append("%s %s: bad category %r" % (name, kind, e.get("category")))
                if not e.get("note"):
                    errors.append("%s %s: empty note for %r" % (name, kind, e.get("match")))
                for variant in (False, True):
                    m = norm(str(e["match"]), variant)
                    for rend in ("docx", "pdf", "txt"):
                        if m not in texts[(rend, variant)]:
                            errors.append("%s %s %r not found in %s%s" % (
                                name, kind, e["match"], rend, " (any-digit-space)" if variant else ""))
        # short expect matches must be unique (count in the .txt, which has no repeated merged cells)
        for e in expect:
            m = str(e["match"]).lower().replace("ё", "е")
            plain = re.sub(r"\s+", " ", raw["txt"].lower().replace("ё", "е"))
            n = len(re.findall(r"(?<![\w.])" + re.escape(m) + r"(?![\w])", plain))
            if len(m) < 12 and n != 1:
                errors.append("%s expect %r occurs %d times in the .txt" % (name, e["match"], n))
        fm = [norm(str(f["match"])) for f in forbid]
        for e in expect:
            m = norm(str(e["match"]))
            for f in fm:
                if f in m or m in f:
                    errors.append("%s: expect %r overlaps forbid %r" % (name, e["match"], f))
        pages = pdf_pages(paths["pdf"])
        if not 3 <= pages <= 7:
            errors.append("%s: %d pages (want 3-7)" % (name, pages))
        print("%s: %d pages, %d expect, %d forbid" % (name, pages, len(expect), len(forbid)))
        for doc, head, tail in PAGE_SPLIT_ROWS:
            if doc != name:
                continue
            ok = False
            for pg in range(1, pages):
                a, b = norm(pdf_text(paths["pdf"], pg)), norm(pdf_text(paths["pdf"], pg + 1))
                if norm(head) in a and norm(head) not in b and norm(tail) in b and norm(tail) not in a:
                    ok = True
                    print("  row %r straddles pages %d-%d" % (head, pg, pg + 1))
            if not ok:
                warnings.append("%s: row %r no longer straddles a page break" % (name, head))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else "FAILED (%d errors)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
