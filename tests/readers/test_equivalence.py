"""Equivalence: one report read from .txt, .docx and .pdf is one report.

Eleven reports, each in three formats, all committed (no LibreOffice needed here):

- the eight reports of corpus/text/ (`corpus/text/<name>.txt`), written as Word files by
  corpus/tools/text_to_docx.py (`corpus/docx/<name>.docx`, automatic numbering in six of them) and
  exported to PDF by LibreOffice (`corpus/docx/<name>.pdf`);
- the three reports of corpus/tools/build_docx.py (`corpus/formats/<name>.docx` and `.pdf`) with
  their Word-extraction twins (`corpus/formats/<name>.txt`).

Each file goes through the engine (`read_document` + `analyse` for the structure, `run` with
`Config(cache=False)` for the findings, one file per run so that cross-report rules stay quiet), and
the .docx and the .pdf must give what the .txt gives: the profile; the section labels (number and
title) in order; the stages with their periods; the events (number, text, period) in order; the
findings (code, severity, evidence, and where: section, table, row; never page or line, which only
some formats have). Text is compared with whitespace normalised.

Where a format legitimately differs, the difference is listed in `KNOWN` with its reason, item by
item; the test then demands exactly that difference: a new one fails, and so does a listed one
that no longer occurs (remove it from `KNOWN` when a reader or the structurer is fixed).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from repcheck.config import Config
from repcheck.engine import analyse, read_document, registry_for, run
from repcheck.models.document import BlockKind
from repcheck.plugins.readers.docx import DocxReader

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
TOOLS = CORPUS / "tools"

TEXT_REPORTS = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "corpus" / "text").glob("*.txt"))
BUILT_REPORTS = ["kip_perm_2024", "mip_vologda_2023", "program_saratov_2025"]
FORMATS = ["docx", "pdf"]
ASPECTS = ("profile", "sections", "stages", "events", "findings")


def source(name: str, fmt: str) -> Path:
    if name in TEXT_REPORTS:
        return CORPUS / ("text" if fmt == "txt" else "docx") / f"{name}.{fmt}"
    return CORPUS / "formats" / f"{name}.{fmt}"


# ---------------------------------------------------------------------------------------------
# What is compared
# ---------------------------------------------------------------------------------------------


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _period(p: object) -> str:
    return "-" if p is None else f"{p.start.isoformat()}..{p.end.isoformat()}"  # type: ignore[attr-defined]


@cache
def summary(path: Path) -> dict[str, tuple[str, ...]]:
    """What a reviewer sees in the report at `path`, as comparable strings per aspect."""
    config = Config(cache=False)
    registry = registry_for(config)
    report = analyse(read_document(path, registry, config), registry, config)
    (result,) = run([path], config).files
    assert result.error is None, (path, result.error)
    findings = sorted(
        f"{f.code} {f.severity.value} «{norm(f.evidence)}» @ section={norm(f.location.section)!r} "
        f"table={f.location.table} row={f.location.row}"
        for f in result.findings
    )
    return {
        "profile": (result.profile or "",),
        "sections": tuple(norm(s.label) for s in report.all_sections() if s.block is not None),
        "stages": tuple(f"{st.number} | {norm(st.name)} | {_period(st.period)}" for st in report.stages),
        "events": tuple(f"{e.number} | {norm(e.text)} | {_period(e.period)}" for e in report.events),
        "findings": tuple(findings),
    }


# ---------------------------------------------------------------------------------------------
# Differences that are the formats', not the readers' (each with its reason)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Known:
    """Items of one aspect present only in the .txt (`txt`) or only in the other format (`other`)."""

    reason: str
    txt: tuple[str, ...] = ()
    other: tuple[str, ...] = ()


# The .txt twins of the build_docx reports are Word extractions: they lose what a plain-text
# extraction loses (bold, heading styles, the lower parts of merged cells), as real ones do.
_BOLD_LOST = (
    "a bold title line of the Word file; a Word-to-text extraction drops the bold, so the .txt has "
    "a plain line that is no heading candidate, while the bold short line in .docx/.pdf becomes a "
    "section (the structurer takes the report's title lines for sections in every format)"
)
_BUILT: dict[str, dict[str, list[Known]]] = {
    "mip_vologda_2023": {
        "sections": [
            Known(_BOLD_LOST, other=("Отчёт муниципальной инновационной площадки за 2022–2023 учебный год",)),
        ],
    },
}

# Differences caused by the text reader. The .docx of a corpus/text report is written by
# corpus/tools/text_to_docx.py from an earlier reading of its .txt, in which a title's wrapped
# lines were plain paragraphs and «Раздел 1.» a number. The text reader now reads those lines as
# Word's "save as text" writes a bold title (see plugins/readers/text.py, _ProseContext) and keeps
# «Раздел 1.» as typed, as real Word reports have them; the generated .docx keeps the old reading.
_TITLE_WRAPPED = (
    "the title «ОТЧЁТ» and its wrapped lines: the generated .docx has them as plain paragraphs "
    "(the structurer takes only the capitalised one for a section); the text reader reads the "
    "lines under a capitalised title as its bold lines, as a Word title is"
)
_WORD_NUMBER = (
    "«Раздел 1. Информация об организации»: the .txt keeps «Раздел» in the title (the .docx "
    "reader does so for a typed «Раздел N.», and the structurer reads the section word and "
    "number off the title); the generated .docx numbers the paragraph «1.» automatically and "
    "has no «Раздел»"
)
_GENERIC_SECTIONS = (
    "Информация об организации",
    "Цель и задачи проекта",
    "Ход реализации проекта",
    "Полученные результаты",
    "Трансляция опыта",
    "Выводы и перспективы",
)
_TEXT: dict[str, dict[str, list[Known]]] = {
    "generic-other-region": {
        "sections": [
            Known(
                _TITLE_WRAPPED,
                txt=("ОТЧЁТ о реализации проекта региональной инновационной площадки", "за 2023 год"),
                other=("ОТЧЁТ",),
            ),
            Known(
                _WORD_NUMBER,
                txt=tuple(f"Раздел {k}. {t}" for k, t in enumerate(_GENERIC_SECTIONS, 1)),
                other=tuple(f"{k}. {t}" for k, t in enumerate(_GENERIC_SECTIONS, 1)),
            ),
        ],
        "findings": [
            Known(
                _WORD_NUMBER,
                txt=(
                    "C203 warning «Цикл полевых практикумов «Юный агроном» для обучающихся 5–7 классов | "
                    "Проведено 5 занятий из 8 запланированных.» @ section='Раздел 3. Ход реализации "
                    "проекта' table=1 row=2",
                ),
                other=(
                    "C203 warning «Цикл полевых практикумов «Юный агроном» для обучающихся 5–7 классов | "
                    "Проведено 5 занятий из 8 запланированных.» @ section='3. Ход реализации проекта' "
                    "table=1 row=2",
                ),
            ),
        ],
    },
}

# The .docx and the .pdf share every difference: the PDF is the .docx rendered.
KNOWN: dict[tuple[str, str], dict[str, list[Known]]] = {
    (name, fmt): aspects for table in (_BUILT, _TEXT) for name, aspects in table.items() for fmt in FORMATS
}


# ---------------------------------------------------------------------------------------------
# The comparison
# ---------------------------------------------------------------------------------------------


def _remove(items: tuple[str, ...], drop: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """`items` without one occurrence of each of `drop`; and the `drop` entries not found."""
    left = list(items)
    missing = []
    for d in drop:
        if d in left:
            left.remove(d)
        else:
            missing.append(d)
    return left, missing


def compare(name: str, fmt: str) -> list[str]:
    """Every difference between the .txt and the `fmt` version not explained by `KNOWN`."""
    txt = summary(source(name, "txt"))
    other = summary(source(name, fmt))
    known = KNOWN.get((name, fmt), {})
    problems: list[str] = []
    for aspect in ASPECTS:
        notes = known.get(aspect, [])
        a, gone_a = _remove(txt[aspect], tuple(x for k in notes for x in k.txt))
        b, gone_b = _remove(other[aspect], tuple(x for k in notes for x in k.other))
        problems += [f"{aspect}: listed in KNOWN as only in .txt, but not there: {x}" for x in gone_a]
        problems += [f"{aspect}: listed in KNOWN as only in .{fmt}, but not there: {x}" for x in gone_b]
        if aspect == "findings":  # a set: the order is the sort order of the strings
            only_a, only_b = Counter(a) - Counter(b), Counter(b) - Counter(a)
            problems += [f"{aspect}: only in .txt:   {x}" for x in sorted(only_a.elements())]
            problems += [f"{aspect}: only in .{fmt}: {x}" for x in sorted(only_b.elements())]
        elif a != b:
            problems += _sequence_diff(aspect, fmt, a, b)
    return problems


def _sequence_diff(aspect: str, fmt: str, a: list[str], b: list[str]) -> list[str]:
    import difflib

    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        out += [f"{aspect}: only in .txt:   {x}" for x in a[i1:i2]]
        out += [f"{aspect}: only in .{fmt}: {x}" for x in b[j1:j2]]
    return out


CASES = [(n, f) for n in TEXT_REPORTS + BUILT_REPORTS for f in FORMATS]


@pytest.mark.parametrize(("name", "fmt"), CASES, ids=[f"{n}.{f}" for n, f in CASES])
def test_same_report_in_every_format(name: str, fmt: str) -> None:
    for f in ("txt", fmt):
        assert source(name, f).exists(), f"missing {source(name, f)}: run corpus/tools (see corpus/tools/README.md)"
    problems = compare(name, fmt)
    assert not problems, f"{name}: .txt vs .{fmt}\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("name", TEXT_REPORTS + BUILT_REPORTS)
def test_docx_and_pdf_agree(name: str) -> None:
    """The PDF is LibreOffice's rendering of the .docx: nothing is lost between them, so they
    agree on everything, with no exceptions."""
    docx, pdf = summary(source(name, "docx")), summary(source(name, "pdf"))
    for aspect in ASPECTS:
        a, b = list(docx[aspect]), list(pdf[aspect])
        if aspect == "findings":
            a, b = sorted(a), sorted(b)
        assert a == b, f"{name}: {aspect} differ between .docx and .pdf:\n" + "\n".join(
            _sequence_diff(aspect, "pdf", a, b)
        )


def test_every_known_difference_has_a_reason_and_a_case() -> None:
    for (name, fmt), aspects in KNOWN.items():
        assert (name, fmt) in CASES, (name, fmt)
        for aspect, notes in aspects.items():
            assert aspect in ASPECTS, aspect
            for note in notes:
                assert note.reason.strip() and (note.txt or note.other), (name, fmt, aspect)


# ---------------------------------------------------------------------------------------------
# The generated files themselves
# ---------------------------------------------------------------------------------------------

AUTO_NUMBERED = [n for n in TEXT_REPORTS if n not in ("mip-report-defects", "program-defects")]


@pytest.mark.parametrize("name", AUTO_NUMBERED)
def test_numbers_come_from_word_numbering(name: str) -> None:
    """In these reports the section and list numbers are Word automatic numbering: the number is
    in numbering.xml and the paragraph's numPr, not in its text, and the reader rebuilds every
    label the .txt has (table cells keep their typed numbers, as Word tables usually do)."""
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    path = source(name, "docx")
    with zipfile.ZipFile(path) as zf:
        body = etree.fromstring(zf.read("word/document.xml")).find(f"{w}body")
    paragraphs = [p for p in body.iterchildren(f"{w}p")]  # body level: not table cells
    auto = [p for p in paragraphs if p.find(f"{w}pPr/{w}numPr") is not None]
    texts = ["".join(t.text or "" for t in p.iter(f"{w}t")) for p in auto]
    assert auto, "no automatic numbering"
    assert not [t for t in texts if re.match(r"(\d+\.)+\s|[IVX]+\.\s|\d+\)\s", t)], "a number typed in a numbered paragraph"
    numbered = [b.number for b in DocxReader().read(path, path.read_bytes()).blocks if b.kind is not BlockKind.TABLE and b.number]
    config = Config(cache=False)
    txt = read_document(source(name, "txt"), registry_for(config), config)
    # «Раздел 2. …» keeps its words in the .txt reading (as in a Word file where it is typed); the
    # generated .docx numbers that paragraph "2." automatically.
    word = re.compile(r"Раздел (\d+\.) ")
    labels = [b.number or (m.group(1) if (m := word.match(b.text)) else None) for b in txt.blocks if b.kind is not BlockKind.TABLE]
    assert numbered == [n for n in labels if n]


def _load_tool(name: str) -> Any:
    pytest.importorskip("docx")
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    spec = importlib.util.spec_from_file_location(f"corpus_tools_{name}", TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", BUILT_REPORTS)
def test_built_docx_and_twin_are_what_the_builder_writes(name: str, tmp_path: Path) -> None:
    """build_docx.py is byte-stable: rebuilding gives the committed .docx and .txt exactly (a
    change to a report description must come with its regenerated files)."""
    tool = _load_tool("build_docx")
    report = next(r for r in tool.REPORTS if r["name"] == name)
    built = tool.build(report, tmp_path)
    assert built.read_bytes() == source(name, "docx").read_bytes(), f"rebuild {name}: corpus/tools/build_docx.py"
    assert tool.to_text(report) == source(name, "txt").read_text(encoding="utf-8")


def test_libreoffice_outputs_match_their_sources() -> None:
    """Every LibreOffice output in the manifest exists and was made from the committed version of
    its source (a rebuilt .docx needs `--convert`); non-encrypted PDFs carry the fixed date."""
    manifest = json.loads((TOOLS / "manifest.json").read_text(encoding="utf-8"))["outputs"]
    expected = [f"corpus/docx/{n}.pdf" for n in TEXT_REPORTS] + [
        f"corpus/formats/{n}{ext}" for n in BUILT_REPORTS for ext in (".pdf", ".odt", ".rtf", ".doc", "_lo.docx")
    ] + ["corpus/formats/protected.pdf"]  # fmt: skip
    assert sorted(expected) == sorted(manifest)
    for rel, entry in manifest.items():
        out, src = ROOT / rel, ROOT / entry["source"]
        assert out.exists(), rel
        assert hashlib.sha256(src.read_bytes()).hexdigest() == entry["source_sha256"], (
            f"{rel} was made from another version of {entry['source']}: run the builder with --convert"
        )
        if out.suffix == ".pdf" and b"/Encrypt" not in out.read_bytes():
            assert b"/CreationDate(D:20240101000000" in out.read_bytes(), rel


# ---------------------------------------------------------------------------------------------
# Reader fixes the equivalence brought up (unit level)
# ---------------------------------------------------------------------------------------------


def test_capitals_and_labelled_values_are_judged_alike_in_every_reader() -> None:
    from repcheck.plugins.readers._text import is_labelled_value, split_label, typed_in_capitals

    assert typed_in_capitals("ГОДОВОЙ ОТЧЁТ") and typed_in_capitals("ОТЧЁТ")
    assert not typed_in_capitals("ЗА 2023 ГОД")  # mostly digits and spaces: not a caps title
    assert not typed_in_capitals("Общие сведения")
    assert is_labelled_value("Тема: «Цифровая лаборатория»")
    assert not is_labelled_value("Задачи:") and not is_labelled_value("Общие сведения")
    assert split_label("o Международный уровень – 0") == (None, "Международный уровень – 0", True)


def test_pdf_line_ends_between_words_and_inside_words() -> None:
    from repcheck.plugins.readers.pdf import Line, Word, _hyphen_join, continues_word, two_whole_words

    assert two_whole_words("естественнонаучного", "цикла")  # a long whole word filled the line
    assert not two_whole_words("Мероприят", "ие")  # a word cut for lack of width
    assert not two_whole_words("перенесен", "а")  # "перенесена" is a word: it was cut
    assert not continues_word("Сафонова", "Ю.О.")  # no change of case inside a word
    assert continues_word("педаго", "гов естественнонаучного цикла")
    assert _hyphen_join("Урожай-", "2023»") == "" and _hyphen_join("ООО «Томь-", "Агро»") == ""
    assert _hyphen_join("6–", "9 классов") == "" and _hyphen_join("13.02.2023-", "03.03.2023") == ""
    assert _hyphen_join("итог -", "Далее") is None
    dash = Line(words=[Word("-", 60.0, 64.0, 100.0, 112.0, bold=False, size=12.0)], page=1)
    assert not dash.bold  # a lone regular "-" is not a bold line


def test_pdf_row_split_by_a_page_without_a_number_column() -> None:
    from repcheck.plugins.readers.pdf import PCell, PRow, _is_split_row

    prev = PRow(cells=[PCell("Мастер-класс в рамках методического", 0, 1, 1, 1, room=2.0),
                       PCell("Муниципальный", 1, 1, 1, 1), PCell("24", 2, 1, 1, 1)], page=1)  # fmt: skip
    lower = PRow(cells=[PCell("дня (12.04.2023)", 0, 1, 1, 2, head=20.0), PCell("", 1, 1, 1, 2),
                        PCell("", 2, 1, 1, 2)], page=2)  # fmt: skip
    wrapped = PRow(cells=[PCell("Чайковского округа", 0, 1, 1, 2, head=60.0), PCell("", 1, 1, 1, 2),
                          PCell("", 2, 1, 1, 2)], page=2)  # fmt: skip
    new_row = PRow(cells=[PCell("Родители", 0, 1, 1, 2, head=1.0), PCell("120", 1, 1, 1, 2),
                          PCell("", 2, 1, 1, 2)], page=2)  # fmt: skip
    assert _is_split_row(lower, prev)  # starts in lower case, only the overflowing cell goes on
    assert _is_split_row(wrapped, prev)  # its first word would not have fitted above
    assert not _is_split_row(new_row, prev)  # fits, capitalised, and a filled value cell
