#!/usr/bin/env python3
"""Check labels_c.yaml against the three renditions of blind_c1 … blind_c4.

For every expect/forbid entry the normalised match text must occur in
  * the python-docx text (body paragraphs + table cells),
  * plain `pdftotext` output of the .pdf,
  * the .txt rendition.
Also checks the label format (categories, counts, clean document), page counts
(3–7), that the duplication pairs really are near-duplicates (≥ 30 words,
2–3 words changed) and that the .txt looks like Word's "save as text".
Exit status 1 on any failure.
"""
import difflib
import os
import re
import subprocess
import sys

import yaml
from docx import Document
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND = os.path.dirname(HERE)
DOCS = os.path.join(BLIND, "docs")
LABELS = os.path.join(BLIND, "labels_c.yaml")
CATEGORIES = {"structure", "completeness", "consistency", "chronology", "duplication"}
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"


def norm(s):
    s = s.lower().replace("ё", "е").replace("\u00ad", "")
    s = re.sub(f"[{DASHES}]", "-", s)
    s = re.sub("[«»“”„‟″]", '"', s)
    s = re.sub(r"[\s\u00a0\u202f\u2009]+", " ", s)
    s = re.sub(r"(?<=\d) (?=\d)", "", s)
    return s.strip()


def docx_text(path):
    doc = Document(path)
    out = []
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
        elif el.tag == qn("w:tbl"):
            for tc in el.iter(qn("w:tc")):
                for p in tc.findall(qn("w:p")):
                    out.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(out), doc


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], check=True, capture_output=True,
                          text=True).stdout


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def near_duplicates(doc, match):
    """Body paragraphs containing `match`; returns (n_words, n_changed) for the first pair."""
    paras = [p.text for p in doc.paragraphs if norm(match) in norm(p.text)]
    if len(paras) < 2:
        return None
    a, b = paras[0].split(), paras[1].split()
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    changed = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal")
    return min(len(a), len(b)), changed


def main():
    labels = yaml.safe_load(open(LABELS, encoding="utf-8"))["documents"]
    errors = []
    err = errors.append
    names = sorted(labels)
    if names != ["blind_c1", "blind_c2", "blind_c3", "blind_c4"]:
        err(f"unexpected document set {names}")
    for name in names:
        lab = labels[name]
        base = os.path.join(DOCS, name)
        absent = [ext for ext in (".docx", ".pdf", ".txt") if not os.path.exists(base + ext)]
        if absent:
            err(f"{name}: missing {absent}")
            continue
        dtext, doc = docx_text(base + ".docx")
        renditions = {"docx": norm(dtext), "pdf": norm(pdf_text(base + ".pdf")),
                      "txt": norm(open(base + ".txt", encoding="utf-8").read())}
        pages = pdf_pages(base + ".pdf")
        if not 3 <= pages <= 7:
            err(f"{name}: {pages} pages, want 3–7")
        expect, forbid = lab.get("expect") or [], lab.get("forbid") or []
        if not lab.get("kind"):
            err(f"{name}: no kind")
        clean = name == "blind_c4"
        if clean:
            if expect or lab.get("max_errors") != 0:
                err(f"{name}: clean document must have expect: [] and max_errors: 0")
            if len(forbid) < 13:
                err(f"{name}: clean document wants more forbids ({len(forbid)})")
        else:
            if not 5 <= len(expect) <= 8:
                err(f"{name}: {len(expect)} expect entries, want 5–8")
            if not 8 <= len(forbid) <= 12:
                err(f"{name}: {len(forbid)} forbid entries, want 8–12")
            missing = CATEGORIES - {e["category"] for e in expect}
            if missing:
                err(f"{name}: no expected defect of class {sorted(missing)}")
        exp_keys = {(e["category"], norm(e["match"])) for e in expect}
        for kind, entries in (("expect", expect), ("forbid", forbid)):
            for e in entries:
                if set(e) != {"category", "match", "note"}:
                    err(f"{name} {kind}: bad keys {sorted(e)}")
                if e.get("category") not in CATEGORIES:
                    err(f"{name} {kind}: bad category {e.get('category')}")
                m = norm(str(e.get("match", "")))
                if not m or not str(e.get("note", "")).strip():
                    err(f"{name} {kind}: empty match or note: {e}")
                for rname, text in renditions.items():
                    if m not in text:
                        err(f"{name} {kind} {e['category']} {e['match']!r}: not in {rname}")
                if kind == "forbid" and (e["category"], m) in exp_keys:
                    err(f"{name}: {e['match']!r} is both expected and forbidden")
                if kind == "expect" and e["category"] == "duplication":
                    nd = near_duplicates(doc, e["match"])
                    if nd is None:
                        err(f"{name}: duplication {e['match']!r} found in fewer than 2 paragraphs")
                    elif nd[0] < 30 or not 2 <= nd[1] <= 3:
                        err(f"{name}: duplication pair has {nd[0]} words / {nd[1]} changed")
        # the .txt: tabs only in table rows and numbered lines, no empty-cell-only junk
        txt = open(base + ".txt", encoding="utf-8").read()
        if "\r" in txt or txt.startswith("\ufeff"):
            err(f"{name}: .txt should be plain UTF-8 with \\n line ends")
        print(f"{name}: {pages} pages, expect {len(expect)}, forbid {len(forbid)}")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all match texts found in docx, pdf and txt renditions")


if __name__ == "__main__":
    main()
