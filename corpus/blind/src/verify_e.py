#!/usr/bin/env python3
"""Check blind_e1 … blind_e4 against labels_e.yaml.

* every expect/forbid match text occurs (after normalisation) in all three renditions:
  python-docx text (paragraphs + table cells), plain `pdftotext` output, the .txt;
* label file shape: kinds, categories, 5–8 expect / 8–12 forbid for defective reports,
  no expect for the clean one, max_errors: 0 there, no text both expected and forbidden;
* PDFs have 3–7 pages; the .txt has CRLF lines and tab-separated table rows;
* arithmetic: every table with an «Итого/Всего» row and every «N % (a из b)» is
  recomputed; blind_e4 must be fully consistent, e1–e3 must fail exactly at the
  planted places;
* form features: e2's Word auto-numbering renders 1, 2, 3, 5 … in the PDF and .txt,
  e4's long table repeats its header row after the page break.

    /work/main/.venv/bin/python verify_e.py      # exit status 0 = all good
"""
import re
import subprocess
import sys
from pathlib import Path

import yaml
from docx import Document
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent
DOCS = BLIND / "docs"
LABELS = BLIND / "labels_e.yaml"
STEMS = ["blind_e1", "blind_e2", "blind_e3", "blind_e4"]
CATEGORIES = {"structure", "completeness", "consistency", "chronology", "duplication"}

problems = []


def fail(msg):
    problems.append(msg)
    print("FAIL:", msg)


def norm(s):
    s = s.lower().replace("ё", "е")
    s = s.replace("\u00ad", "")
    s = re.sub("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-", s)
    s = re.sub("[«»“”„]", '"', s)
    s = re.sub(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d)", "", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip()


# ------------------------------------------------------------------ renditions
def docx_blocks(path):
    """Body in order: ('p', text) and ('t', [[cell texts]]) (merged cells once)."""
    d = Document(str(path))
    out = []
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            out.append(("p", Paragraph(el, d).text))
        elif el.tag == qn("w:tbl"):
            t = Table(el, d)
            rows = []
            for tr in t._tbl.tr_lst:
                cells = []
                for tc in tr.tc_lst:
                    cells.append(" ".join(
                        "".join(x.text or "" for x in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))))
                rows.append(cells)
            out.append(("t", rows))
    return out


def docx_text(path):
    parts = []
    for kind, v in docx_blocks(path):
        if kind == "p":
            parts.append(v)
        else:
            for row in v:
                parts.extend(row)
    return "\n".join(parts)


def pdf_text(path):
    return subprocess.run(["pdftotext", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


# ------------------------------------------------------------------ arithmetic
def num(s):
    s = s.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    return float(s) if re.fullmatch(r"[+-]?\d+(\.\d+)?", s) else None


def table_total_checks(blocks):
    """Yield (description, ok) for every table whose last row starts with Итого/Всего,
    and for every row-level «Всего» column (last header cell «Всего»)."""
    for kind, rows in blocks:
        if kind != "t" or len(rows) < 3:
            continue
        last = rows[-1]
        header = rows[0]
        if re.match(r"^(итого|всего)", last[0].strip().lower()):
            body = rows[1:-1]
            ncol = len(last)
            for j in range(1, ncol):
                # align: last row may have merged cells -> compare right-aligned columns
                tj = last[j]
                tot = num(tj)
                if tot is None:
                    continue
                off = len(header) - ncol
                if "%" in header[j + off]:
                    continue  # a percentage column is not summed (checked by plan_fact_checks)
                vals = []
                for r in body:
                    cell = r[j + off] if j + off < len(r) else ""
                    v = num(cell)
                    vals.append(v if v is not None else 0.0)
                ok = abs(sum(vals) - tot) < 0.005
                yield ("column %r total %s vs sum %s" % (header[j + off], tj, round(sum(vals), 2)), ok, tj)
        if header and header[-1].strip().lower() == "всего" and len(header) >= 3:
            for r in rows[1:]:
                parts = [num(c) if c.strip() not in ("–", "-") else 0.0 for c in r[1:-1]]
                tot = num(r[-1])
                if tot is None or any(p is None for p in parts):
                    continue
                ok = abs(sum(parts) - tot) < 0.005
                yield ("row %r: %s vs parts %s" % (r[0], r[-1], sum(parts)), ok, r[-1])


def plan_fact_checks(blocks):
    """Tables «… | План | Факт | Исполнение, %»: every row's percentage = Факт / План."""
    for kind, rows in blocks:
        if kind != "t":
            continue
        h = [c.lower() for c in rows[0]]
        if len(h) == 4 and h[1].startswith("план") and h[2].startswith("факт") and "%" in h[3]:
            for r in rows[1:]:
                pl, fa, pc = num(r[1]), num(r[2]), num(r[3])
                real = round(100.0 * fa / pl + 1e-9, 1)
                yield ("%s: %s / %s = %.1f %% (stated %s)" % (r[0], r[2], r[1], real, r[3]),
                       abs(real - pc) < 1e-9, r[3])


def percent_checks(text):
    """«NN % (a из b)» and «NN,N % (a из b)» patterns; tolerance: the stated precision."""
    for m in re.finditer(r"(\d+(?:,\d+)?)\s*%\s*\((\d+) из (\d+)\)", text):
        stated = float(m.group(1).replace(",", "."))
        a, b = int(m.group(2)), int(m.group(3))
        digits = len(m.group(1).split(",")[1]) if "," in m.group(1) else 0
        real = round(100.0 * a / b + 1e-9, digits)
        yield ("%s %% (%d из %d) -> %.*f" % (m.group(1), a, b, digits, real),
               abs(real - stated) < 1e-9, "%d из %d" % (a, b))


# --------------------------------------------------------------------- checks
def main():
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"]
    for stem in STEMS:
        print("==", stem)
        lab = labels.get(stem)
        if lab is None:
            fail("%s: no labels" % stem)
            continue
        docx_p, pdf_p, txt_p = (DOCS / (stem + ext) for ext in (".docx", ".pdf", ".txt"))
        for p in (docx_p, pdf_p, txt_p):
            if not p.exists():
                fail("%s missing" % p.name)
        raw_txt = txt_p.read_bytes()
        txt = raw_txt.decode("utf-8")
        if b"\r\n" not in raw_txt or re.search(rb"(?<!\r)\n", raw_txt):
            fail("%s: .txt lines are not CRLF" % stem)
        blocks = docx_blocks(docx_p)
        rend = {"docx": norm(docx_text(docx_p)), "pdf": norm(pdf_text(pdf_p)), "txt": norm(txt)}
        pages = pdf_pages(pdf_p)
        print("   pages:", pages)
        if not 3 <= pages <= 7:
            fail("%s: %d pages (want 3–7)" % (stem, pages))

        # --- label shape
        exp, forb = lab.get("expect") or [], lab.get("forbid") or []
        if not lab.get("kind"):
            fail("%s: no kind" % stem)
        if stem == "blind_e4":
            if exp or lab.get("max_errors") != 0:
                fail("blind_e4 must have expect: [] and max_errors: 0")
            if len(forb) <= 12:
                fail("blind_e4: want more forbids than a defective report (%d)" % len(forb))
        else:
            if not 5 <= len(exp) <= 8:
                fail("%s: %d expect entries (want 5–8)" % (stem, len(exp)))
            if not 8 <= len(forb) <= 12:
                fail("%s: %d forbid entries (want 8–12)" % (stem, len(forb)))
            cats = {e["category"] for e in exp}
            if cats != CATEGORIES:
                fail("%s: expect categories %s (want all five)" % (stem, sorted(cats)))
        print("   expect %d, forbid %d" % (len(exp), len(forb)))
        exp_norm = {norm(e["match"]) for e in exp}
        for kind_name, entries in (("expect", exp), ("forbid", forb)):
            for e in entries:
                if e.get("category") not in CATEGORIES:
                    fail("%s %s: bad category %r" % (stem, kind_name, e.get("category")))
                if not e.get("note"):
                    fail("%s %s %r: no note" % (stem, kind_name, e.get("match")))
                m = norm(e["match"])
                if kind_name == "forbid" and m in exp_norm:
                    fail("%s: %r both expected and forbidden" % (stem, e["match"]))
                counts = {k: v.count(m) for k, v in rend.items()}
                missing = [k for k, c in counts.items() if c == 0]
                flag = "ok " if not missing else "MISSING in " + ",".join(missing)
                print("   %-7s %-13s %-50r docx=%d pdf=%d txt=%d %s" % (
                    kind_name, e["category"], e["match"], counts["docx"], counts["pdf"],
                    counts["txt"], flag))
                if missing:
                    fail("%s %s %r not found in %s" % (stem, kind_name, e["match"], missing))
                if kind_name == "expect":
                    if e["category"] == "duplication" and counts["docx"] < 2:
                        fail("%s: duplication match %r occurs once" % (stem, e["match"]))
                    if e["category"] != "duplication" and counts["docx"] > 1:
                        print("     note: expect match occurs %d times in docx text" % counts["docx"])

        # --- arithmetic
        bad = []
        for desc, ok, quote in table_total_checks(blocks):
            print("   total  %s %s" % ("ok " if ok else "BAD", desc))
            if not ok:
                bad.append(quote)
        for desc, ok, quote in plan_fact_checks(blocks):
            print("   plan/fact %s %s" % ("ok " if ok else "BAD", desc))
            if not ok:
                bad.append(quote)
        full = "\n".join(v if k == "p" else "\n".join("\t".join(r) for r in v) for k, v in blocks)
        for desc, ok, quote in percent_checks(full):
            print("   pct    %s %s" % ("ok " if ok else "BAD", desc))
            if not ok:
                bad.append(quote)
        planted = {"blind_e1": ["125", "243 из 566"], "blind_e2": ["517"],
                   "blind_e3": [], "blind_e4": []}[stem]
        if sorted(bad) != sorted(planted):
            fail("%s: arithmetic failures %s, planted %s" % (stem, bad, planted))

        # --- form features
        if stem == "blind_e2":
            pdf_raw = pdf_text(pdf_p)
            heads = re.findall(r"^\f?(\d+)\. [А-ЯЁ]", pdf_raw, flags=re.M)
            txt_heads = re.findall(r"^(\d+)\.\t", txt, flags=re.M)
            print("   auto-numbered headings pdf:", heads, "txt:", txt_heads)
            want = ["1", "2", "3", "5", "6", "7", "8", "9"]
            if heads != want or txt_heads != want:
                fail("blind_e2: heading numbers pdf %s txt %s, want %s" % (heads, txt_heads, want))
            if "1. Общие сведения" in docx_text(docx_p):
                fail("blind_e2: heading numbers must not be in the docx text")
        if stem == "blind_e4":
            pdf_raw = pdf_text(pdf_p)
            n = norm(pdf_raw).count("отклонения от плана")  # intro paragraph + header twice
            print("   «Отклонения от плана» in pdf:", n)
            if n < 3:
                fail("blind_e4: long-table header row not repeated after the page break")
            d = Document(str(docx_p))
            if not d.element.body.findall(".//" + qn("w:tblHeader")):
                fail("blind_e4: no w:tblHeader")
        if stem == "blind_e3":
            t = docx_text(docx_p)
            rows = re.findall(r"^(\d\.\d)$", t, flags=re.M)
            print("   plan rows:", rows)
        # .txt table shape: a tab-separated line for every table row
        ntab_rows = sum(len(v) for k, v in blocks if k == "t")
        ntab_lines = sum(1 for line in txt.split("\r\n") if "\t" in line)
        if ntab_lines < ntab_rows:
            fail("%s: .txt has %d tab lines for %d table rows" % (stem, ntab_lines, ntab_rows))

    print()
    if problems:
        print("%d problem(s)" % len(problems))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
