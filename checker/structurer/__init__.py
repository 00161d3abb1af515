"""The structurer: Document + profile → Report (sections, stages, tables, events, totals)."""

from __future__ import annotations

import re

from repcheck.models.document import BlockKind, Document
from repcheck.models.report import Report, Section
from repcheck.regex_literals import filtered
from repcheck.structurer.dating import settle_events
from repcheck.structurer.detect import Detection, detect_profile
from repcheck.structurer.events import extract_events
from repcheck.structurer.list_events import block_sections, list_events
from repcheck.structurer.shares import stated_shares
from repcheck.structurer.periods import project_period, reporting_period
from repcheck.structurer.sections import build_sections, match_profile_sections, sections_by_table
from repcheck.structurer.stages import extract_stages, single_current_stage, stage_for_table, stage_table_columns
from repcheck.structurer.tables import analyse_table
from repcheck.structurer.totals import list_totals, table_totals

__all__ = ["Detection", "detect_profile", "structure"]

# «Полное наименование образовательной организации: …», «Наименование ОО | …»: the label must
# name an organisation («Наименование проекта: …» names a project).
ORG_RE = filtered(re.compile(
    r"((?:полное|юридическое|сокращенное|сокращённое|краткое)?\s*(?:наименование|название)\s+"
    r"(?:[а-яё]+\s+){0,2}?(?:учреждени|организаци|ОО\b|ОУ\b|площадк|школ|заявител)[^:|\n]{0,40}[:|\n]\s*)(?P<org>[^\n]{5,200})",
    re.IGNORECASE,
))
ORG_ABBR_RE = re.compile(r"\b(?:МБОУ|МАОУ|МОУ|МКОУ|ГБОУ|ГАОУ|МБДОУ|МАДОУ|МКДОУ|ГБПОУ|ГАПОУ|МБУ\s*ДО|МАУ\s*ДО|ЧОУ)\b\s*(?:«[^»\n]{1,80}»|[^,;\n«]{0,60})")
# Requisites of a document («приказ МБОУ … от 12.01.2024 № 5») name the issuer, not the site.
REQUISITES_RE = re.compile(r"(?:приказ|распоряжени|постановлени|письм|решени)\w*[^.\n]{0,80}$", re.IGNORECASE)
TITLE_BLOCKS_ORG = 12
# «муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 63»» written in full
FULL_ORG_RE = filtered(re.compile(
    r"\b(?:муниципальн|государственн|частн|федеральн|областн|краев|автономн|бюджетн|казённ|казенн)(?:ое|ая)\s+"
    r"(?:[а-яё\-]+(?:ое|ая)\s+){0,5}?(?:учреждение|организация)\b(?:[^«\n]{0,60}«[^»\n]{1,120}»)?",
    re.IGNORECASE,
))
ORG_LABEL_RE = re.compile(r"^\W*(?:[\d.]+\s*)?(?:образовательн\w+\s+)?(?:организаци|учреждени|площадк\w*\s*\(организаци)", re.IGNORECASE)


def structure(doc: Document, detection: Detection) -> Report:
    profile = detection.profile
    sections = build_sections(doc, profile)
    coverage = match_profile_sections(doc, sections, profile)
    stages = extract_stages(doc)
    if not stages:
        current = single_current_stage(doc)
        stages = [current] if current else []
    report = Report(
        document=doc,
        kind=profile.kind,
        profile=profile.name,
        profile_reason=detection.reason_ru,
        profile_reason_en=detection.reason_en,
        profile_confident=detection.confident,
        profile_candidates=detection.candidates_dump(),
        title=_title(doc, sections),
        organisation=_organisation(doc),
        project_period=project_period(doc, stages),
        reporting_period=reporting_period(doc),
        sections=sections,
        stages=stages,
        coverage=coverage,
    )
    sections_of = block_sections(report)  # report.section_of_block, for every block at once
    for index, (block_index, _block) in enumerate(doc.tables()):
        table = analyse_table(block_index, index, doc, profile)
        section = sections_of.get(block_index)
        table.section = section.label if section and section.title else None
        table.stage = stage_for_table(table, doc, stages)
        table.lists_stages = stage_table_columns(doc.blocks[block_index]) is not None
        report.tables.append(table)
        report.events.extend(extract_events(doc, table, table.stage))
        report.totals.extend(table_totals(doc, table))
    sections_by_table(report, profile)
    report.events.extend(list_events(doc, report))
    settle_events(report)  # list items too: one under a stage line belongs to that stage
    report.shares = stated_shares(doc)
    for total in list_totals(doc):
        block = total.location.block
        sec = sections_of.get(block) if block is not None else None
        total.section = sec.label if sec and sec.title else None
        report.totals.append(total)
    return report


def _title(doc: Document, sections: list[Section]) -> str:
    # The title is the opening lines up to the first real section (the capitalised title lines
    # themselves often look like headings).
    first_heading = next(
        (s.block for root in sections for s in root.walk() if s.block is not None and (s.number or s.canonical)),
        None,
    )
    lines: list[str] = []
    for i, b in enumerate(doc.blocks[:8]):
        if b.kind is BlockKind.TABLE or (first_heading is not None and i >= first_heading and lines):
            break
        if b.text.strip() and not b.number:
            lines.append(b.text.strip())
    return " ".join(lines)[:300]


def _organisation(doc: Document) -> str:
    """The site's organisation: a labelled row or line («Полное наименование организации: …»),
    else the first organisation named on the title page, else anywhere early in the text — never
    the issuer of an order quoted by its requisites."""
    for b in doc.blocks[:60]:
        texts = [b.full_text] if b.table is None else ["\n".join(c.text for c in r.cells) for r in b.table.rows[:12]]
        for text in texts:
            m = ORG_RE.search(text)
            if m:
                return m.group("org").strip().rstrip(".;,")[:200]
    for b in doc.blocks[:60]:
        for row in (b.table.rows[:12] if b.table is not None else []):
            cells = [c.text.strip() for c in row.cells if c.text.strip() and not c.merged]
            if len(cells) > 3:
                continue  # a data row of a wider table, not a «label | value» row
            for k, label in enumerate(cells[:-1]):
                value = cells[k + 1]
                names_org = ORG_ABBR_RE.search(value) or FULL_ORG_RE.search(value)
                if ORG_LABEL_RE.match(label) and len(label) <= 80 and names_org:
                    return value.strip().rstrip(".;,")[:200]
    title = "\n".join(b.full_text for b in doc.blocks[:TITLE_BLOCKS_ORG] if b.table is None)
    m = FULL_ORG_RE.search(title.replace("\n«", " «"))
    if m and not REQUISITES_RE.search(title[: m.start()].split("\n")[-1]):
        return " ".join(m.group(0).split())[:200]
    for limit in (TITLE_BLOCKS_ORG, 80):
        for b in doc.blocks[:limit]:
            texts = [b.full_text] if b.table is None else [c.text for r in b.table.rows[:6] for c in r.cells]
            for text in texts:
                for m in ORG_ABBR_RE.finditer(text):
                    if REQUISITES_RE.search(text[: m.start()]):
                        continue
                    return m.group(0).strip().rstrip(".;,")[:120]
    return ""
