"""The benchmark generator (benchmarks/generate.py) makes files repcheck reads as the forms they
imitate: .docx and .txt of one report give the same text, the profile of the form is detected,
the planted copies are what D503 finds, and a smaller corpus is a prefix of a larger one."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import analyse, read_document, registry_for, run

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate  # noqa: E402

FORM_PROFILE = {
    "kip-annual-clean": "kip-annual-numbered",
    "kip-roman-clean": "kip-annual-roman",
    "program-clean": "innovation-program",
    "mip-report-clean": "mip-report",
    "generic-other-region": "generic",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("generated")
    p = generate.Params(count=40, pages=6, formats=(("docx", 60), ("txt", 40)), boilerplate=0.3, copy_rate=0.3)
    manifest = generate.generate(out, p, jobs=1, progress=False)
    return out, manifest


def test_files_are_read_and_the_form_is_detected(corpus: tuple[Path, dict]) -> None:
    out, manifest = corpus
    cfg = Config()
    reg = registry_for(cfg)
    assert {e["form"] for e in manifest["files"]} == set(FORM_PROFILE)
    for e in manifest["files"]:
        doc = read_document(out / e["name"], reg, cfg)
        report = analyse(doc, reg, cfg)
        assert report.profile == FORM_PROFILE[e["form"]], e["name"]
        assert report.organisation.startswith(e["org"][:12]), (e["name"], report.organisation)
        assert e["pages"] > 1


def test_docx_and_txt_of_one_report_have_the_same_text(corpus: tuple[Path, dict], tmp_path: Path) -> None:
    p = generate.Params(count=6, pages=6)
    cfg = Config()
    reg = registry_for(cfg)
    for i in range(6):
        pl, fills, _ = generate.report(i, p)
        tpl = generate.template(pl.form, pl.rows)
        (tmp_path / "a.txt").write_text(generate.render_text(tpl, fills), encoding="utf-8")
        (tmp_path / "a.docx").write_bytes(generate.render_docx(tpl, fills))
        texts = []
        for name in ("a.txt", "a.docx"):
            doc = read_document(tmp_path / name, reg, cfg)
            words = [w for b in doc.blocks for w in b.full_text.split()]
            words += [w for _, b in doc.tables() for r in b.table.rows for c in r.cells for w in c.text.split()]  # type: ignore[union-attr]
            texts.append(sorted(words))
        assert texts[0] == texts[1], pl.form


def test_output_is_deterministic_and_a_prefix(corpus: tuple[Path, dict], tmp_path: Path) -> None:
    out, manifest = corpus
    p = generate.Params(count=10, pages=6, formats=(("docx", 60), ("txt", 40)), boilerplate=0.3, copy_rate=0.3)
    small = generate.generate(tmp_path / "small", p, jobs=1, progress=False)
    for e in small["files"]:
        assert (tmp_path / "small" / e["name"]).read_bytes() == (out / e["name"]).read_bytes()
    assert small["files"] == manifest["files"][:10]


def test_planted_copies_are_found(corpus: tuple[Path, dict]) -> None:
    out, manifest = corpus
    result = run([out], Config(select=["D503"], cache=False))
    related: dict[str, set[str]] = {}
    for fr in result.files:
        for f in fr.findings:
            related.setdefault(Path(fr.path).name, set()).update(Path(r).name for r in f.related)
    planted = [(e["name"], src) for e in manifest["files"] for src in e["copied_from"]]
    assert planted
    found = [1 for name, src in planted if src in related.get(name, set())]
    assert len(found) >= 0.8 * len(planted)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_pdf_export(tmp_path: Path) -> None:
    p = generate.Params(count=2, pages=4, formats=(("pdf", 1),))
    manifest = generate.generate(tmp_path, p, jobs=1, progress=False)
    assert [e["format"] for e in manifest["files"]] == ["pdf", "pdf"]
    cfg = Config()
    reg = registry_for(cfg)
    for e in manifest["files"]:
        doc = read_document(tmp_path / e["name"], reg, cfg)
        assert doc.format == "pdf" and len(doc.blocks) > 20
    assert json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))["pdf_exported"] == 2
