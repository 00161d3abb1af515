#!/usr/bin/env python3
"""Check labels_h.yaml against the three renditions of blind_h1..h4."""
import os, re, subprocess, sys
import yaml
from docx import Document

BASE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = os.path.join(BASE, "docs")
LABELS = os.path.join(BASE, "labels_h.yaml")
CATS = {"structure", "completeness", "consistency", "chronology", "duplication"}


def norm(s):
    s = s.lower().replace("ё", "е")
    s = re.sub(r"[\u2010-\u2015\u2212\u00ad]", "-", s)
    s = re.sub(r"[«»“”„]", '"', s)
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", s)
    return s.strip()


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            seen = []
            for c in r.cells:
                if c._tc not in seen:
                    seen.append(c._tc)
                    parts.append(c.text)
    return "\n".join(parts)


def main():
    lab = yaml.safe_load(open(LABELS, encoding="utf-8"))["documents"]
    bad = 0
    for name, spec in lab.items():
        texts = {
            "docx": docx_text(os.path.join(DOCS, name + ".docx")),
            "pdf": subprocess.run(["pdftotext", os.path.join(DOCS, name + ".pdf"), "-"],
                                  capture_output=True, text=True, check=True).stdout,
            "txt": open(os.path.join(DOCS, name + ".txt"), encoding="utf-8").read(),
        }
        texts = {k: norm(v) for k, v in texts.items()}
        exp, forb = spec.get("expect", []), spec.get("forbid", [])
        for e in exp + forb:
            if e["category"] not in CATS:
                print(name, "bad category", e); bad += 1
            for k, v in texts.items():
                if norm(e["match"]) not in v:
                    print(f"{name}: {e['match']!r} missing in {k}"); bad += 1
        if name == "blind_h4":
            ok = not exp and len(forb) >= 12 and spec.get("max_errors") == 0
        else:
            ok = 5 <= len(exp) <= 7 and 6 <= len(forb) <= 10
            if {e["category"] for e in exp} != CATS:
                print(name, "expect does not cover every class"); bad += 1
        if not ok:
            print(name, "count rule violated", len(exp), len(forb)); bad += 1
        pages = subprocess.run(["pdfinfo", os.path.join(DOCS, name + ".pdf")],
                               capture_output=True, text=True).stdout
        pg = int(re.search(r"Pages:\s+(\d+)", pages).group(1))
        if not 3 <= pg <= 4:
            print(name, "pages", pg); bad += 1
        print(f"{name}: expect {len(exp)}, forbid {len(forb)}, pages {pg}")
    print("OK" if not bad else f"FAILED ({bad})")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
