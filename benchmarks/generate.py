"""Generate a corpus of realistic reports for benchmarks: .docx, .txt and (with LibreOffice) .pdf.

    python benchmarks/generate.py OUT --count 1000 [--pages 12] [--formats docx=70,txt=27,pdf=3]
                                  [--boilerplate 0.3] [--copy-rate 0.02] [--seed 1] [--jobs 2]

Every report takes the form of one of the corpus's clean reports (corpus/text/*-clean.txt and
the regional one): its headings, the form's prompts, table headers and short values (dates,
numbers, people) are kept, so profile detection, the structurer and every rule do their real
work. Everything that is the school's own prose — paragraphs, list items, long table cells — is
replaced by invented text (benchmarks/textgen.py), different in every report, and the
organisation's name is replaced by one unique to the report. Size: the numbered rows of the
event tables are repeated (×1–4) and the prose is made longer or shorter, so that the report has
about `--pages` pages (1,800 characters a page; drawn per report between ½× and 2×).

Shared text, as in real submissions:
- **boilerplate**: with probability `--boilerplate` a report has 1–3 paragraphs taken from a
  pool of 40 paragraphs of the genre's stock wording, each shared by very many organisations
  (the cross-report rule must recognise them as standard wording, not report them);
- **copies**: with probability `--copy-rate` a report has a paragraph copied from an earlier
  report of another organisation (sometimes with a word changed): what D503 must find.
  OUT/manifest.json lists each file's form, size, organisation and the files it copied from.

Speed: the .docx of a form and a size is written once with the corpus tool
corpus/tools/text_to_docx.py (`Writer`: Word automatic numbering, real tables) with placeholders
in place of the prose; each report then fills its text into that document.xml (a few ms a
report instead of ~0.3 s with python-docx). PDFs are exported from the report's .docx by
LibreOffice (`soffice`, in batches) and skipped with a note when it is not installed. The .txt
is the report as a Word extraction (the corpus's shape: one tab-indented line per table cell).

Output is deterministic for a given seed and count, and a prefix of a larger corpus is the
smaller one (report i does not depend on the count).
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from textgen import phrase, prose  # noqa: E402

from repcheck.models.document import Block, BlockKind, Cell, Document, Row, Table  # noqa: E402

SEED_DIR = ROOT / "corpus" / "text"
# Forms and how often each occurs.
FORMS: tuple[tuple[str, int], ...] = (
    ("kip-annual-clean", 3),
    ("kip-roman-clean", 2),
    ("program-clean", 2),
    ("mip-report-clean", 2),
    ("generic-other-region", 1),
)
ROW_SCALES = (1, 2, 3, 4)
CHARS_PER_PAGE = 1800
BOILER_POOL = 40
TOKEN_RE = re.compile("⟦(\\d+|ORG)⟧")
# An organisation's name in the form's text (with the town that may follow it).
ORG_RE = re.compile(
    r"\b(?:МБОУ|МАОУ|МОУ|МКОУ|ГБОУ|МБДОУ|МАДОУ|МАУ\s*ДО|МБУ\s*ДО|ГБПОУ|ЧОУ)\b\s*(?:«[^»\n]{1,80}»|[^,;\n«]{0,60})"
    r"(?:\s*(?:г\.|города)\s*[А-ЯЁ][а-яё-]+)?"
)
PERSON_RE = re.compile(r"[А-ЯЁ]\.\s?[А-ЯЁ]\.|\b(?:канд|доцент|директор|учитель|заместитель)\b")
NUMBER_RE = re.compile(r"^\s*(\d+)(\.?)\s*$")
QUOTED_RE = re.compile(r"«([^«»\n]{25,300})»")
# "Полное наименование:", "Наименование образовательной организации": the school's name follows.
NAME_RE = re.compile(r"полное\s+наименование|(?:наименование|название)(?:\s+\w+)?\s+(?:организации|учреждения|ОО)\b",
                     re.IGNORECASE)

TOWNS = (
    "Никольская", "Ильинская", "Покровская", "Троицкая", "Успенская", "Берёзовская", "Сосновская", "Озёрная",
    "Заречная", "Луговская", "Кедровая", "Речная", "Вознесенская", "Михайловская", "Петровская", "Знаменская",
    "Богородская", "Рождественская", "Степная", "Лесная", "Полевая", "Садовая", "Нагорная", "Приморская",
    "Светлая", "Горная", "Южная", "Северная", "Восточная", "Западная", "Тополёвая", "Рябиновая",
    "Калиновая", "Васильевская", "Сергиевская", "Георгиевская", "Дмитриевская", "Архангельская",
    "Крестовская", "Каменская",
)
KINDS = ("СОШ", "средняя школа", "гимназия", "лицей", "основная школа", "школа-интернат")
TYPES = ("МБОУ", "МАОУ", "МКОУ", "МОУ")


def organisation(i: int) -> str:
    """A name unique to report i: the town word and the number differ between reports."""
    town = TOWNS[i % len(TOWNS)]
    k = i // len(TOWNS)
    kind = KINDS[k % len(KINDS)]
    number = k // len(KINDS) + 1
    return f"{TYPES[(i // 7) % len(TYPES)]} «{town} {kind} № {number}»"


# ------------------------------------------------------------------------------------------------
# Templates: a form at a size, with placeholders
# ------------------------------------------------------------------------------------------------


@dataclass
class Slot:
    # "prose" (a whole paragraph), "lead" (the text after a kept lead-in such as a point's title),
    # "cell" (a long table cell) or "phrase" (a short cell value)
    kind: str
    length: int  # characters of the form's own text there


@dataclass
class Template:
    form: str
    rows: int
    slots: list[Slot] = field(default_factory=list)
    text: str = ""  # the .txt with placeholders
    chars: int = 0  # characters of the skeleton's fixed text
    docx_parts: list[tuple[zipfile.ZipInfo, bytes]] = field(default_factory=list)
    document_xml: str = ""


_SEED_DOCS: dict[str, Document] = {}
_TEMPLATES: dict[tuple[str, int], Template] = {}


def _seed(form: str) -> Document:
    if form not in _SEED_DOCS:
        from repcheck.plugins.readers.text import TextReader

        src = SEED_DIR / f"{form}.txt"
        _SEED_DOCS[form] = TextReader().read(src, src.read_bytes())
    return _SEED_DOCS[form]


def template(form: str, rows: int) -> Template:
    key = (form, rows)
    if key not in _TEMPLATES:
        _TEMPLATES[key] = _build_template(form, rows)
    return _TEMPLATES[key]


def _build_template(form: str, rows: int) -> Template:
    tpl = Template(form=form, rows=rows)
    seed = _seed(form)
    titles = _title_blocks(seed)
    blocks: list[Block] = []
    fixed = 0

    def slot(text: str, kind: str) -> str:
        tpl.slots.append(Slot(kind, len(text)))
        return f"⟦{len(tpl.slots) - 1}⟧"

    def keep(text: str) -> str:
        """The form's own text, with the school's name and long quoted titles (project, course,
        order) replaced: those differ between schools."""
        nonlocal fixed
        out = QUOTED_RE.sub(lambda m: "«" + slot(m.group(1), "phrase") + "»", ORG_RE.sub("⟦ORG⟧", text))
        fixed += len(TOKEN_RE.sub("", out))
        return out

    def content(text: str, title: bool) -> str:
        """A paragraph: a lead-in ("Содержание деятельности:", a point's title) is kept, the
        text after it replaced; a section title or a short line is kept whole."""
        head, sep, rest = text.partition(":")
        if sep and len(head) <= 120:
            if NAME_RE.search(head) and len(rest) >= 20:
                return keep(head + sep + " ") + "⟦ORG⟧"
            if len(rest) >= 40 and not (PERSON_RE.search(rest) and len(rest) < 120):
                return keep(head + sep + " ") + slot(rest.strip(), "lead")
            return keep(text)
        if title or len(text) < 60 or (PERSON_RE.search(text) and len(text) < 120):
            return keep(text)
        return slot(text, "prose")

    has_org = False
    for i, b in enumerate(seed.blocks):
        b = b.model_copy(deep=True)
        if b.kind is BlockKind.TABLE and b.table is not None:
            b.table = _table(b.table, rows, slot, keep)
        else:
            b.text = content(b.text, i in titles or b.kind is BlockKind.HEADING or b.emphasis)
        has_org = has_org or "⟦ORG⟧" in (b.text + "".join(c.text for r in (b.table.rows if b.table else []) for c in r.cells))
        blocks.append(b)
    if not has_org:  # the form names no school: say which one, after the title
        at = next((i for i, b in enumerate(blocks) if b.kind is not BlockKind.HEADING and not b.emphasis), 1)
        blocks.insert(at, Block(kind=BlockKind.PARAGRAPH, text="Наименование организации: ⟦ORG⟧"))
    skeleton = Document(path=f"{form}.txt", format="text", blocks=blocks).reindex()
    tpl.chars = fixed
    tpl.text = to_text(skeleton)
    _docx_template(tpl, skeleton)
    return tpl


def _title_blocks(doc: Document) -> set[int]:
    """Blocks the structurer takes as section titles of the form: kept in every report."""
    from repcheck.config import Config
    from repcheck.engine import analyse, registry_for

    config = Config()
    report = analyse(doc, registry_for(config), config)
    return {s.block for s in report.all_sections() if s.block is not None}


def _table(table: Table, rows: int, slot, keep) -> Table:  # noqa: ANN001
    """The table with its numbered rows repeated `rows` times (renumbered) and its prose cells
    replaced by placeholders; the header row and short values are kept."""
    header, body = table.rows[:1], table.rows[1:]
    numbered = [i for i, r in enumerate(body) if r.cells and NUMBER_RE.match(r.cells[0].text)]
    if len(numbered) >= 2 and rows > 1:
        first, last = numbered[0], numbered[-1]
        block = body[first : last + 1]
        body = body[:first] + [r.model_copy(deep=True) for _ in range(rows) for r in block] + body[last + 1 :]
        n = 0
        for r in body:
            m = NUMBER_RE.match(r.cells[0].text) if r.cells else None
            if m:
                n += 1
                r.cells[0].text = f"{n}{m.group(2)}"
    out_rows: list[Row] = [r.model_copy(deep=True) for r in header]
    for r in out_rows:
        for c in r.cells:
            c.text = keep(c.text)
    for r in body:
        cells: list[Cell] = []
        for c in r.cells:
            c = c.model_copy(deep=True)
            text = c.text
            if c.merged or c.column == 0 or len(text) < 30 or (PERSON_RE.search(text) and len(text) < 120) or ORG_RE.match(text):
                c.text = keep(text)
            elif len(r.cells) == 2 and r.cells[0].column == 0 and NAME_RE.search(r.cells[0].text):
                c.text = "⟦ORG⟧"
            else:
                c.text = slot(text, "cell" if len(text) >= 80 else "phrase")
            cells.append(c)
        out_rows.append(r.model_copy(update={"cells": cells}))
    return Table(rows=out_rows)


def to_text(doc: Document) -> str:
    """The document as a Word extraction: a line per paragraph, a tab-indented line per table
    cell (a cell's further lines without the tab), a blank line between rows, two after a table."""
    lines: list[str] = []
    for i, b in enumerate(doc.blocks):
        if b.kind is BlockKind.TABLE and b.table is not None:
            if lines and lines[-1]:
                lines.append("")
            for r, row in enumerate(b.table.rows):
                if r:
                    lines.append("")
                for cell in row.cells:
                    first, *more = (cell.text if not cell.merged else "").split("\n")
                    lines.append("\t" + first)
                    lines.extend(more)
            lines += ["", "", ""]
        elif b.kind is BlockKind.HEADING:
            if i and lines and lines[-1]:
                lines.append("")
            lines.append(b.full_text)
        elif b.kind is BlockKind.LIST_ITEM and b.number is None:
            lines.append(("  " * max((b.level or 1) - 1, 0)) + "· " + b.text)
        else:
            lines.append(b.full_text)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def _docx_template(tpl: Template, skeleton: Document) -> None:
    sys.path.insert(0, str(ROOT / "corpus" / "tools"))
    from text_to_docx import Writer  # the corpus's own .txt → .docx writer

    doc = Writer(auto_numbers=True).write(skeleton)
    buf = io.BytesIO()
    doc.save(buf)
    with zipfile.ZipFile(buf) as zf:
        for info in zf.infolist():
            data = zf.read(info)
            if info.filename == "word/document.xml":
                tpl.document_xml = data.decode("utf-8")
            tpl.docx_parts.append((info, data))
    missing = [k for k in range(len(tpl.slots)) if f"⟦{k}⟧" not in tpl.document_xml]
    if missing:  # the writer split a placeholder: every report would lose that text
        raise RuntimeError(f"{tpl.form}: placeholders {missing[:5]} not found in document.xml")


# ------------------------------------------------------------------------------------------------
# Reports
# ------------------------------------------------------------------------------------------------


@dataclass
class Params:
    count: int
    pages: float = 12.0
    formats: tuple[tuple[str, int], ...] = (("docx", 70), ("txt", 27), ("pdf", 3))
    boilerplate: float = 0.3
    copy_rate: float = 0.02
    seed: int = 1


@dataclass
class Plan:
    index: int
    name: str
    fmt: str
    form: str
    rows: int
    stretch: float  # prose length relative to the form's
    org: str


def _format_of(i: int, formats: tuple[tuple[str, int], ...]) -> str:
    """Formats spread evenly (every prefix of the corpus has the same mix): a low-discrepancy
    walk over the shares."""
    total = sum(w for _, w in formats)
    x = ((i * 0.6180339887498949) % 1.0) * total
    for fmt, w in formats:
        if x < w:
            return fmt
        x -= w
    return formats[-1][0]


def plan(i: int, p: Params) -> Plan:
    rng = random.Random(f"{p.seed}/plan/{i}")
    forms = [f for f, _ in FORMS]
    form = rng.choices(forms, weights=[w for _, w in FORMS])[0]
    target = p.pages * CHARS_PER_PAGE * 2 ** rng.uniform(-1, 1)
    base = _seed_chars(form)
    ratio = max(target / base, 0.6)
    rows = min(ROW_SCALES, key=lambda r: abs(r - ratio ** 0.5))
    stretch = max(0.6, min(ratio / rows, 4.0))
    fmt = _format_of(i, p.formats)
    return Plan(i, f"r{i:05d}", fmt, form, rows, stretch, organisation(i))


_SEED_CHARS: dict[str, int] = {}


def _seed_chars(form: str) -> int:
    if form not in _SEED_CHARS:
        d = _seed(form)
        _SEED_CHARS[form] = sum(len(b.text) for b in d.blocks) + sum(
            len(c.text) for _, b in d.tables() for r in b.table.rows for c in r.cells  # type: ignore[union-attr]
        )
    return _SEED_CHARS[form]


def boiler(k: int, seed: int) -> str:
    return prose(random.Random(f"{seed}/boiler/{k}"), 220)


def fill(i: int, k: int, p: Params, pl: Plan | None = None) -> str:
    """The own text of report i for slot k (no copies, no boilerplate)."""
    pl = pl or plan(i, p)
    s = template(pl.form, pl.rows).slots[k]
    rng = random.Random(f"{p.seed}/fill/{i}/{k}")
    if s.kind == "phrase":
        return phrase(rng, s.length)
    return prose(rng, int(s.length * pl.stretch))


def shared(i: int, p: Params) -> dict[int, tuple]:
    """The slots of report i that hold shared text: slot → ("boilerplate", b) or ("copy", j, k),
    the own text of slot k of report j (an earlier report; a paragraph of j that is j's own)."""
    key = (i, p.seed, p.boilerplate, p.copy_rate, p.formats, p.pages)
    if key in _SHARED:
        return _SHARED[key]
    pl = plan(i, p)
    slots = template(pl.form, pl.rows).slots
    rng = random.Random(f"{p.seed}/shared/{i}")
    out: dict[int, tuple] = {}
    long_slots = [k for k, s in enumerate(slots) if s.kind in ("prose", "lead", "cell")]
    if long_slots and rng.random() < p.boilerplate:
        for k in rng.sample(long_slots, min(len(long_slots), rng.randint(1, 3))):
            out[k] = ("boilerplate", rng.randrange(BOILER_POOL))
    # Copies go between whole paragraphs: D503 does not compare, by design, table columns such
    # as responsible persons or indicators, nor a section title's line with text after its colon.
    prose_slots = [k for k, s in enumerate(slots) if s.kind == "prose"]
    if i > 0 and prose_slots and rng.random() < p.copy_rate:
        j = rng.randrange(i)
        src = plan(j, p)
        taken = shared(j, p)
        src_prose = [k for k, s in enumerate(template(src.form, src.rows).slots) if s.kind == "prose" and k not in taken]
        if src_prose:
            source_slot = rng.choice(src_prose)
            free = [k for k in prose_slots if k not in out] or prose_slots
            out[rng.choice(free)] = ("copy", j, source_slot, rng.random() < 0.5)
    _SHARED[key] = out
    return out


_SHARED: dict[tuple, dict[int, tuple]] = {}


def report(i: int, p: Params) -> tuple[Plan, dict[str, str], dict]:
    """Report i: its plan, the text of every slot, and what was planted in it."""
    pl = plan(i, p)
    tpl = template(pl.form, pl.rows)
    fills = {str(k): fill(i, k, p, pl) for k in range(len(tpl.slots))}
    fills["ORG"] = pl.org
    planted: dict = {"boilerplate": [], "copied_from": []}
    for k, what in sorted(shared(i, p).items()):
        if what[0] == "boilerplate":
            fills[str(k)] = boiler(what[1], p.seed)
            planted["boilerplate"].append(what[1])
            continue
        _, j, source_slot, changed = what
        src = plan(j, p)
        text = fill(j, source_slot, p, src)
        if changed:  # a word added: still a copy
            words = text.split()
            w = random.Random(f"{p.seed}/change/{i}").randrange(len(words))
            words[w] = "значительно " + words[w]
            text = " ".join(words)
        fills[str(k)] = text
        planted["copied_from"].append(src.name + "." + src.fmt)
    return pl, fills, planted


def render_text(tpl: Template, fills: dict[str, str]) -> str:
    return TOKEN_RE.sub(lambda m: fills[m.group(1)], tpl.text)


def render_docx(tpl: Template, fills: dict[str, str], index: int | None = None) -> bytes:
    """The report's .docx; with `index`, a styles part of its own (`own_styles`)."""
    xml = TOKEN_RE.sub(lambda m: escape(fills[m.group(1)]), tpl.document_xml)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in tpl.docx_parts:
            if info.filename == "word/document.xml":
                data = xml.encode("utf-8")
            elif info.filename == "word/styles.xml" and index is not None:
                data = own_styles(data, index)
            zf.writestr(info, data)
    return buf.getvalue()


def own_styles(styles: bytes, index: int) -> bytes:
    """A school's own styles part: every school's template differs (default font size, its
    custom styles), so no two reports of a batch share the bytes of word/styles.xml and no
    cache keyed on them helps. The added styles are defined, not used, as in real templates."""
    rnd = random.Random(index)
    size = 20 + 2 * (index % 5)
    styles = styles.replace(b'<w:sz w:val="22"/><w:szCs w:val="22"/>',
                            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'.encode(), 1)
    extra = []
    for k in range(8 + index % 25):
        kind = "paragraph" if k % 3 else "character"
        based = "Normal" if kind == "paragraph" else "DefaultParagraphFont"
        bold = "<w:b/>" if rnd.random() < 0.3 else ""
        extra.append(
            f'<w:style w:type="{kind}" w:customStyle="1" w:styleId="School{index}s{k}">'
            f'<w:name w:val="Стиль школы {index}.{k}"/><w:basedOn w:val="{based}"/><w:qFormat/>'
            + (f'<w:pPr><w:spacing w:after="{rnd.randrange(0, 240, 20)}" w:line="{rnd.choice((240, 276, 360))}" '
               'w:lineRule="auto"/><w:ind w:firstLine="709"/></w:pPr>' if kind == "paragraph" else "")
            + f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>{bold}'
            f'<w:sz w:val="{rnd.choice((20, 24, 26, 28))}"/></w:rPr></w:style>'
        )
    return styles.replace(b"</w:styles>", "".join(extra).encode("utf-8") + b"</w:styles>", 1)


def write_one(args: tuple[int, Params, str]) -> dict:
    i, p, out = args
    pl, fills, planted = report(i, p)
    tpl = template(pl.form, pl.rows)
    text = render_text(tpl, fills)
    fmt = pl.fmt
    target = Path(out) / f"{pl.name}.{fmt}"
    if fmt == "txt":
        target.write_text(text, encoding="utf-8")
    else:  # docx, and pdf (from a .docx converted afterwards)
        src = target if fmt == "docx" else Path(out) / ".pdf-src" / f"{pl.name}.docx"
        src.write_bytes(render_docx(tpl, fills, pl.index))
    chars = len(TOKEN_RE.sub("", text.replace("\t", "")))
    return {"name": target.name, "format": fmt, "form": pl.form, "rows": pl.rows, "org": pl.org,
            "chars": chars, "pages": round(chars / CHARS_PER_PAGE, 1), **planted}


def convert_pdfs(src_dir: Path, out: Path, batch: int = 40) -> int:
    """Export every .docx of src_dir as PDF into out with LibreOffice; returns how many."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    files = sorted(src_dir.glob("*.docx"))
    if not files:
        return 0
    if soffice is None:
        print(f"LibreOffice not found: {len(files)} PDFs skipped", file=sys.stderr)
        return 0
    done = 0
    with tempfile.TemporaryDirectory(prefix="repcheck-lo-") as profile:
        for s in range(0, len(files), batch):
            chunk = files[s : s + batch]
            subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                 "--outdir", str(out), *map(str, chunk)],
                check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800,
            )
            done += sum(1 for f in chunk if (out / f"{f.stem}.pdf").exists())
    return done


def generate(out: Path, p: Params, jobs: int = 1, progress: bool = True) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    (out / ".pdf-src").mkdir(exist_ok=True)
    started = time.perf_counter()
    tasks = [(i, p, str(out)) for i in range(p.count)]
    if jobs > 1:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            entries = pool.map(write_one, tasks, chunksize=max(1, min(200, p.count // (jobs * 8) or 1)))
    else:
        entries = [write_one(t) for t in tasks]
    gen_s = time.perf_counter() - started
    pdfs = convert_pdfs(out / ".pdf-src", out)
    shutil.rmtree(out / ".pdf-src", ignore_errors=True)
    missing = {e["name"] for e in entries if e["format"] == "pdf" and not (out / e["name"]).exists()}
    entries = [e for e in entries if e["name"] not in missing]
    manifest = {
        "params": {"count": p.count, "pages": p.pages, "formats": dict(p.formats), "boilerplate": p.boilerplate,
                   "copy_rate": p.copy_rate, "seed": p.seed},
        "generated_seconds": round(time.perf_counter() - started, 1),
        "text_seconds": round(gen_s, 1),
        "pdf_exported": pdfs,
        "pdf_skipped": len(missing),
        "files": entries,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    if progress:
        by = {}
        for e in entries:
            by[e["format"]] = by.get(e["format"], 0) + 1
        mean = sum(e["pages"] for e in entries) / max(len(entries), 1)
        print(f"{len(entries)} reports in {out} ({', '.join(f'{k} {v}' for k, v in sorted(by.items()))}; "
              f"mean {mean:.1f} pages) in {manifest['generated_seconds']} s", file=sys.stderr)
    return manifest


def parse_formats(value: str) -> tuple[tuple[str, int], ...]:
    out = []
    for part in value.split(","):
        name, _, weight = part.partition("=")
        if name.strip() not in ("docx", "txt", "pdf"):
            raise argparse.ArgumentTypeError(f"unknown format {name!r} (docx, txt, pdf)")
        out.append((name.strip(), int(weight or 1)))
    return tuple(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--pages", type=float, default=12.0, help="mean size of a report in pages (1,800 characters)")
    ap.add_argument("--formats", type=parse_formats, default=Params.formats,
                    help="shares of formats, e.g. docx=70,txt=27,pdf=3")
    ap.add_argument("--boilerplate", type=float, default=0.3, help="share of reports with stock paragraphs")
    ap.add_argument("--copy-rate", type=float, default=0.02, help="share of reports with a copied paragraph")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=multiprocessing.cpu_count())
    args = ap.parse_args(argv)
    p = Params(count=args.count, pages=args.pages, formats=args.formats, boilerplate=args.boilerplate,
               copy_rate=args.copy_rate, seed=args.seed)
    generate(args.out, p, jobs=args.jobs)


if __name__ == "__main__":
    main()
