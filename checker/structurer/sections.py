"""Section headings, the section tree, and the match of profile sections against it.

Readers mark confident headings; numbered or emphasised short lines are candidates, kept as
headings when they read like one or match a section of the profile. Word forms, numbering and
typos are tolerated (repcheck.textmatch).
"""

from __future__ import annotations

import re
from functools import lru_cache

from repcheck.models.document import Block, BlockKind, Document
from repcheck.models.report import Report, Section, SectionMatch
from repcheck.profile import Profile, SectionSpec
from repcheck.report_cache import per_report
from rapidfuzz import fuzz, process

from repcheck.textmatch import _weight, contains_lemmas, heading_lemmas, heading_score, lemmas

ROMAN_RE = re.compile(r"^[IVXLC]+\.?$")
HEADING_MAX = 220
LONG_HEADING_MAX = 450
TITLE_BEFORE_COLON_MAX = 180
# A heading numbered as the form numbers a section counts as that section from this score on
# (below the match threshold): it shares the title's distinctive words, only fewer of them.
NUMBER_HINT_FROM = 60.0
PLACEHOLDER_RE = re.compile(
    r"^[\s\-–—_.:;,/\\]*$"
    r"|^(нет|не было|отсутству\w*|не имеется|не требуется|не предусмотрен\w*|не планировал\w*|-+)\.?$",
    re.IGNORECASE,
)


def heading_text(block: Block) -> str:
    """The title part of a line: "6. Реализация …: text" -> "Реализация …"."""
    text = block.text.strip()
    colon = text.find(":")
    if 0 < colon <= TITLE_BEFORE_COLON_MAX:
        return text[:colon].strip()
    return text


def heading_rest(block: Block) -> str:
    """What a heading line says after its title: "Цель: повысить …" -> "повысить …"."""
    return block.text.strip()[len(heading_text(block)):].lstrip(" :")


PAREN_RE = re.compile(r"\([^()]{0,200}\)")


def title_variants(text: str) -> list[str]:
    return list(_title_variants(text))


@lru_cache(maxsize=20_000)
def _title_variants(text: str) -> tuple[str, ...]:
    """Ways to read a heading: as is, without remarks in brackets, up to its first comma.

    Forms often add instructions to a title: "Содержание деятельности … (в строгом
    соответствии с календарным планом)", "Выявленные затруднения и проблемы, возникающие …".
    """
    out = [text]
    bare = " ".join(PAREN_RE.sub(" ", text).split())
    if bare and bare != text:
        out.append(bare)
    for sep in (",", ". ", " – ", " - "):
        head = bare.split(sep, 1)[0].strip()
        if head and head != bare and len(head.split()) >= 2:
            out.append(head)
            break
    return tuple(out)


# «Раздел 5.», «Глава II», «Часть 3»: a section number written with its word.
WORD_NUMBER_RE = re.compile(r"^(?P<word>Раздел|Глава|Часть|Задача|Направление)\s+(?P<n>\d{1,2}|[IVXLC]{1,5})\.?(?:\s+|$)(?=\S|$)")


# «А. Общие сведения», «Б. Цель и задачи»: sections lettered with capitals
LETTER_HEAD_RE = re.compile(r"^(?P<n>[А-ЕЖЗИК-ЭЮЯ])\.\s+(?=[А-ЯЁ«])")
HEADING_LINE_MAX = 160
LETTERED_MIN = 3  # lettered headings in alphabetical order before the letters count as numbers


def lettered_headings(doc: Document, profile: Profile) -> set[int]:
    """Blocks whose capital letter numbers a section: at least LETTERED_MIN heading lines «А. …»,
    «Б. …», «В. …» in alphabetical order (a lone «А. Петров» is an initial)."""
    # bold or a heading style where the format keeps it; in a text save, a short line without a
    # final full stop (the alphabetical order is what makes them headings)
    found = [(i, LETTER_HEAD_RE.match(b.text.strip())) for i, b in enumerate(doc.blocks)
             if b.kind is not BlockKind.TABLE and not b.number
             and (b.kind is BlockKind.HEADING or b.emphasis
                  or (len(b.text.strip()) <= HEADING_LINE_MAX and not b.text.rstrip().endswith((".", ";", ","))))]
    hits = [(i, RU_CAPITALS.index(m.group("n"))) for i, m in found if m and m.group("n") in RU_CAPITALS]
    if len(hits) < LETTERED_MIN or any(b[1] <= a[1] for a, b in zip(hits, hits[1:])):
        return set()
    return {i for i, _ in hits}


RU_CAPITALS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"


def word_number(text: str) -> tuple[str, str] | None:
    """(«Раздел 5.», rest) for a title that starts with a numbered section word."""
    m = WORD_NUMBER_RE.match(text.strip())
    if not m or not m.group(0).strip():
        return None
    return f"{m.group('word')} {m.group('n')}.", text.strip()[m.end():].strip()


def numbering_style(number: str | None) -> str | None:
    if not number:
        return None
    return _numbering_style(number)


@lru_cache(maxsize=4_096)  # a report's numbers («1.», «2.3», «IV.») repeat from report to report
def _numbering_style(number: str) -> str | None:
    n = number.strip().lstrip("-–— ").rstrip()
    word = WORD_NUMBER_RE.match(n)
    if word:
        return "word-" + word.group("word").lower()
    if re.fullmatch(r"[А-ЯЁ]\.", n):
        return "letter-capital"
    if ROMAN_RE.match(n):
        return "roman"
    depth = len([p for p in re.split(r"\.", n.rstrip(".)")) if p])
    if re.match(r"^\d+\)$", n):
        return "paren"
    if re.match(r"^\d", n):
        return f"arabic{depth}"
    if re.match(r"^[а-яa-z]\)?$", n, re.IGNORECASE):
        return "letter"
    return None


def best_spec(text: str, profile: Profile) -> tuple[SectionSpec | None, float]:
    best: tuple[SectionSpec | None, float] = (None, 0.0)
    variants = title_variants(text)
    for spec in profile.sections:
        for title in spec.all_titles():
            score = max(heading_score(v, title) for v in variants)
            if score > best[1]:
                best = (spec, score)
    return best


_TITLE_LEMMAS: dict[int, tuple[Profile, list[str], list[str], float]] = {}


def _title_lemmas(profile: Profile) -> tuple[list[str], list[str]]:
    """The profile's section titles and their lemma strings (as heading_score compares them)."""
    hit = _profile_titles(profile)
    return hit[1], hit[2]


def _profile_titles(profile: Profile) -> tuple[Profile, list[str], list[str], float]:
    """(profile, titles, their lemma strings, the largest weight of a title's lemmas)."""
    hit = _TITLE_LEMMAS.get(id(profile))
    if hit is None or hit[0] is not profile:
        titles = [t for spec in profile.sections for t in spec.all_titles()]
        weights = [sum(map(_weight, heading_lemmas(t))) for t in titles]
        hit = (profile, titles, [" ".join(heading_lemmas(t)) for t in titles], max(weights, default=0.0))
        _TITLE_LEMMAS[id(profile)] = hit
    return hit


def _too_long_for_any(words: tuple[str, ...], widest: float, need: float) -> bool:
    """heading_score caps a heading whose words outweigh the title's by more than two at
    100·(title weight + 2)/(heading weight): True when that cap is below `need` for every title
    of weight up to `widest` (the same float arithmetic as heading_score's, monotone in it)."""
    wa = sum(map(_weight, words))
    return wa - widest > 2 and 100.0 * (widest + 2) / wa < need


def _reaches(text: str, profile: Profile, need: float) -> bool:
    """`best_spec(text, profile)[1] >= need` (and > 0), scoring only the titles that can reach it.

    heading_score never exceeds rapidfuzz token_set_ratio of the two lemma strings (its caps
    only lower it), so one C call over all the profile's titles (process.extract with a cutoff)
    rules out nearly every title for an ordinary paragraph; measured: build_sections spent a
    third of a report's time scoring paragraphs against every title."""
    _prof, titles, lemma_strings, widest = _profile_titles(profile)
    need = max(need, 1e-9)
    for v in title_variants(text):
        words = heading_lemmas(v)
        q = " ".join(words)
        if not q or _too_long_for_any(words, widest, need):
            continue  # a paragraph far longer than every title: no title can reach `need`
        for _choice, _score, k in process.extract(q, lemma_strings, scorer=fuzz.token_set_ratio,
                                                  score_cutoff=need, limit=None):
            if heading_score(v, titles[k]) >= need:
                return True
    return False


_LETTER_RE = re.compile("[А-Яа-яA-Za-z]")


def is_heading_candidate(block: Block, profile: Profile) -> bool:
    if CAPTION_RE.match(block.text.strip()):
        return False  # «Таблица 4. Результаты анкетирования» captions a table, it heads no section
    if block.kind is BlockKind.HEADING:
        return True
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return False
    text = block.text.strip()
    title = heading_text(block)
    if not text or len(title) > LONG_HEADING_MAX or not _LETTER_RE.search(title):
        return False
    if len(title) > HEADING_MAX:
        # A long form title with instructions: only when its opening matches a section well.
        return _reaches(title, profile, 90.0)
    
    if _reaches(title, profile, max(profile.match_threshold, 85.0 if not block.number else 0)):
        return True
    if block.number and any(
        _same_number(block.number, sp.number) and max(title_score(title, t) for t in sp.all_titles()) >= NUMBER_HINT_FROM
        for sp in profile.sections
    ):
        return True
    style = numbering_style(block.number)
    if block.emphasis and len(text) <= 160 and not text.endswith((",", ";")):
        return True
    return style == "roman" and len(text) <= 160


# A table of contents: «СОДЕРЖАНИЕ» over lines «1. Общие сведения ........ 3» that repeat the
# headings below with their page numbers. Its lines head nothing.
TOC_TITLE_RE = re.compile(r"^\W*(?:содержание|оглавление)\W*$", re.IGNORECASE)
TOC_ENTRY_RE = re.compile(r"^(?P<title>.*?\S)(?:\s*[.…_]{2,}\s*|\s+)(?P<page>\d{1,3})\s*$")
TOC_MIN_ENTRIES = 2


_TOC_LABEL_RE = re.compile(r"^\s*(?:(?:раздел|глава|часть)\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[ivxlc]{1,6})[.)]?\s+", re.IGNORECASE)


def _plain(text: str) -> str:
    """Lower-case words only, for comparing a contents line with a heading."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower().replace("ё", "е")).split())


def _toc_key(text: str) -> str:
    """A title compared without its number («Раздел 1. Паспорт» = «Паспорт» numbered by Word)."""
    return _plain(_TOC_LABEL_RE.sub("", text.lower()))


def toc_entries(doc: Document) -> set[int]:
    """Blocks of a table of contents: after a «Содержание» / «Оглавление» line, the run of lines
    that end in a page number, when most of them name a heading that follows; or, in a contents
    without page numbers (an automatic list «I. Общие сведения», «II. …»), the run of lines each
    of which is repeated, number and title, further on."""
    out: set[int] = set()
    blocks = doc.blocks
    # entries without page numbers are compared number and title (a numbered list is not a contents)
    keys = [_plain(f"{b.number or ''} {heading_text(b)}") if b.table is None else "" for b in blocks]
    for i, block in enumerate(blocks):
        if block.table is not None or not TOC_TITLE_RE.match(block.text):
            continue
        run: list[tuple[int, str]] = []
        bare: list[int] = []  # entries without a page number, each repeated later
        for j in range(i + 1, len(blocks)):
            b = blocks[j]
            m = TOC_ENTRY_RE.match(" ".join(b.text.split())) if b.table is None else None
            if m is not None and not bare:
                run.append((j, _toc_key(m.group("title"))))
            elif not run and keys[j] and keys[j] in keys[j + 1:]:
                bare.append(j)
            else:
                break
        if len(bare) >= TOC_MIN_ENTRIES:
            out.update(bare)
        if len(run) < TOC_MIN_ENTRIES:
            continue
        after = run[-1][0] + 1
        later = {_toc_key(heading_text(b)) for b in blocks[after:] if b.table is None}
        if sum(1 for _, key in run if key in later) * 2 >= len(run):
            out.update(j for j, _ in run)
    return out


def build_sections(doc: Document, profile: Profile) -> list[Section]:
    """A tree of sections in document order; blocks before the first heading form front matter."""
    style_levels: dict[str, int] = {}
    roots: list[Section] = []
    stack: list[Section] = []
    front = Section(title="", level=0)
    last_numbered_level = 0
    joined: set[int] = set()
    last_heading_number: dict[str, str] = {}  # numbering style -> the last heading number of it
    dotted: set[str] = set()  # numbering styles whose last heading ended with a full stop
    last_number: str | None = None  # the number of the last heading, as written («Раздел 6.», «2.»)
    lettered = lettered_headings(doc, profile)
    contents = toc_entries(doc)
    for i, block in enumerate(doc.blocks):
        if i in joined:
            continue
        if block.kind is not BlockKind.TABLE and i not in contents and not _listed_after_colon(doc, i) and (
            i in lettered or is_heading_candidate(block, profile) or _continues_series(block, last_heading_number, dotted)
            or _first_child(block, last_number)
        ):
            worded_style = None if block.number else word_number(heading_text(block))
            if i in lettered:
                m = LETTER_HEAD_RE.match(block.text.strip())
                worded_style = (f"{m.group('n')}.", heading_text(block)[m.end():]) if m else None
            style = numbering_style(block.number) or (numbering_style(worded_style[0]) if worded_style else None)
            if style:
                if style not in style_levels:
                    style_levels[style] = _level_for_new_style(style, style_levels)
                level = style_levels[style]
                last_numbered_level = level
            elif block.level and block.kind is BlockKind.HEADING and not style_levels:
                level = block.level
            else:
                level = last_numbered_level + 1 if last_numbered_level else 1
            number, title = block.number, heading_text(block)
            if style and block.number:
                last_heading_number[style] = block.number
                if block.text.strip().endswith(".") and not block.text.strip().endswith(".."):
                    dotted.add(style)
                else:
                    dotted.discard(style)
            if i in lettered and worded_style:
                number, title = worded_style
            tail = _heading_tail(doc, i, profile)
            if tail:
                title = f"{title} {tail}"
                joined.add(i + 1)
            worded = None if number else word_number(title)
            if worded and worded[1]:
                number, title = worded
            last_number = number
            sec = Section(
                number=number,
                title=title,
                level=level,
                block=i,
                location=block.location,
            )
            rest = heading_rest(block)
            if rest:
                sec.body.append(i)  # the line itself carries the section's content
            while stack and stack[-1].level >= level:
                stack.pop()
            (stack[-1].children if stack else roots).append(sec)
            stack.append(sec)
        else:
            (stack[-1] if stack else front).body.append(i)
    if front.body:
        roots.insert(0, front)
    return roots


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _number_parts(number: str) -> list[int] | None:
    n = number.strip().rstrip(".)")
    if ROMAN_RE.match(n + "."):
        total = 0
        for k, ch in enumerate(n):
            v = ROMAN_VALUES[ch]
            total += -v if k + 1 < len(n) and ROMAN_VALUES[n[k + 1]] > v else v
        return [total]
    parts = [p for p in n.split(".") if p]
    return [int(p) for p in parts] if parts and all(p.isdigit() for p in parts) else None


def is_successor(prev: str, number: str) -> bool:
    """«7.» after «6.», «2.4.» after «2.3.», «V.» after «IV.»."""
    a, b = _number_parts(prev), _number_parts(number)
    return a is not None and b is not None and len(a) == len(b) and a[:-1] == b[:-1] and b[-1] == a[-1] + 1


SERIES_SKIP_MAX = 3  # 4.2 → 4.5 at most: a longer jump is another list


def _continues_series(block: Block, last: dict[str, str], dotted: set[str] | None = None) -> bool:
    """A numbered line that takes the next number of a series of section headings is a heading
    too, though no style or bold marks it (a text save loses both): «7. Кадровое обеспечение»
    after the heading «6. Распространение опыта». A sentence («7. Провести …;») is not; a full
    stop is allowed where the series' last heading had one too («13. Общие выводы.», «14. Планы
    на 2026 год.»: a form that ends its headings so). `dotted` holds those numbering styles."""
    if block.kind is BlockKind.TABLE or not block.number:
        return False
    style = numbering_style(block.number)
    prev = last.get(style or "")
    text = block.text.strip()
    ends = (",", ";", ":") if style in (dotted or set()) else (".", ",", ";", ":")
    if not prev or not text or len(text) > 160 or text.endswith(ends):
        return False
    if text[0].isupper() and is_successor(prev, block.number):
        return True
    # «4.4. Какие выводы сделаны?» after «4.2. …»: a sub-section number a step or two on is the
    # series going on past a missing heading (S103 reports the gap), when the line is a question
    a, b = _number_parts(prev), _number_parts(block.number)
    return (text[0].isupper() and text.endswith("?") and a is not None and b is not None and len(a) == len(b) >= 2
            and a[:-1] == b[:-1] and 2 <= b[-1] - a[-1] <= SERIES_SKIP_MAX)


# «Приложения:» over «1. Рабочая программа …», «2. Аналитическая справка …»: the titles of the
# appended documents, not headings of this one, whatever their words.
APPENDIX_LIST_RE = re.compile(r"^\W*(?:приложени[ея]|перечень\s+приложений|список\s+приложений)\s*:\s*$", re.IGNORECASE)


def _listed_after_colon(doc: Document, i: int) -> bool:
    """An item of the list of appendices."""
    if doc.blocks[i].kind is not BlockKind.LIST_ITEM:
        return False
    for j in range(i - 1, max(-1, i - 30), -1):
        b = doc.blocks[j]
        if b.kind is BlockKind.LIST_ITEM:
            continue
        return b.kind is not BlockKind.TABLE and APPENDIX_LIST_RE.match(b.text) is not None
    return False


def _first_child(block: Block, parent: str | None) -> bool:
    """«6.1. Количественные результаты» right under the heading «Раздел 6.» (or «6.»): the first
    sub-section of the heading above, though no style marks it (a text save loses it)."""
    if block.kind is BlockKind.TABLE or not block.number or not parent:
        return False
    m = re.fullmatch(r"(\d{1,2})\.1\.?", block.number.strip())
    p = re.search(r"(\d{1,2})\.?\s*$", parent.strip())
    text = block.text.strip()
    # «1.1. Полное наименование: …» is a labelled item of the section, not its sub-heading
    return bool(m and p and m.group(1) == p.group(1) and text and text[0].isupper() and len(text) <= 120
                and ":" not in text and not text.endswith((",", ";", ".")))


def _heading_tail(doc: Document, i: int, profile: Profile) -> str:
    """The rest of a heading broken over two paragraphs: «2. Результаты деятельности краевой
    инновационной» + «площадки в 2023 году» (the second unnumbered, starting in lower case, set
    like the first; the first not ending a sentence)."""
    block = doc.blocks[i]
    if i + 1 >= len(doc.blocks) or block.text.rstrip().endswith((".", ":", ";", "!", "?")):
        return ""
    nxt = doc.blocks[i + 1]
    text = nxt.text.strip()
    if nxt.kind is BlockKind.TABLE or nxt.number or not text or not text[0].islower() or len(text) > 120:
        return ""
    if not (nxt.kind is BlockKind.HEADING or nxt.emphasis) or not (block.kind is BlockKind.HEADING or block.emphasis):
        return ""
    return text


def _level_for_new_style(style: str, seen: dict[str, int]) -> int:
    """Roman numerals sit above arabic ones; deeper decimal numbering sits below."""
    if style == "roman":
        return 1
    if style.startswith("arabic") and style[6:].isdigit():
        depth = int(style[6:])
        base = 2 if "roman" in seen else 1
        shallower = [lvl for s, lvl in seen.items() if s.startswith("arabic") and int(s[6:]) < depth]
        return (max(shallower) + 1) if shallower else base + depth - 1
    return max(seen.values(), default=0) + 1


def section_content(doc: Document, section: Section) -> str:
    """The text of a section's own body (tables included), without its heading title."""
    parts: list[str] = []
    for idx in section.body:
        b = doc.blocks[idx]
        if idx == section.block:
            parts.append(b.text.strip()[len(section.title):].lstrip(" :"))
        elif b.table is not None:
            parts.extend(c.text for r in b.table.rows for c in r.cells)
        else:
            parts.append(b.full_text)
    return "\n".join(p for p in parts if p.strip())


def match_profile_sections(doc: Document, sections: list[Section], profile: Profile) -> dict[str, SectionMatch]:
    """Assign each profile section to the best heading, then to a keyword line or table row."""
    flat = [s for root in sections for s in root.walk() if s.block is not None]
    pairs: list[tuple[float, int, str]] = []
    threshold = profile.match_threshold
    for k, sec in enumerate(flat):
        for spec in profile.sections:
            if threshold > 0 and not _same_number(sec.number, spec.number) and not any(
                title_reaches(sec.title, t, threshold) for t in spec.all_titles()
            ):
                continue  # below the threshold, and no number to vouch for it (title_reaches: quicker)
            score = max(_title_score(sec.title, t) for t in spec.all_titles())
            if score < profile.match_threshold and _same_number(sec.number, spec.number) and score >= NUMBER_HINT_FROM:
                score = profile.match_threshold  # «12. Эффекты проекта»: the form's number vouches for it
            if score >= profile.match_threshold:
                pairs.append((score, k, spec.id))
    matches: dict[str, SectionMatch] = {}
    used: set[int] = set()
    for score, k, spec_id in sorted(pairs, key=lambda p: (-p[0], p[1])):
        if spec_id in matches or k in used:
            continue
        sec = flat[k]
        sec.canonical, sec.match_score = spec_id, score
        used.add(k)
        matches[spec_id] = SectionMatch(
            spec=spec_id, block=sec.block, via="heading", score=score,
            heading=sec.label, content=_subtree_content(doc, sec),
        )
    for spec in profile.sections:
        if spec.id not in matches:
            hit = _find_in_text(doc, spec, profile) or _find_in_tables(doc, spec, profile)
            if hit:
                matches[spec.id] = hit
    return matches


def sections_by_table(report: Report, profile: Profile) -> None:
    """A profile section not found by its title, found by what it holds: the first section
    (not already one of the form's) holding a table of a kind the profile names for it."""
    for spec in profile.sections:
        if not spec.tables or spec.id in report.coverage:
            continue
        for table in report.tables:
            sec = report.section_of_block(table.block) if table.kind in spec.tables else None
            if sec is None or sec.block is None or sec.canonical:
                continue
            sec.canonical = spec.id
            report.coverage[spec.id] = SectionMatch(
                spec=spec.id, block=sec.block, via="table", score=profile.match_threshold,
                heading=sec.label, content=_subtree_content(report.document, sec))
            break


def _norm_number(n: str) -> str:
    return n.strip().strip(".)").replace(" ", "").upper()


def _same_number(written: str | None, form: str | None) -> bool:
    return bool(written and form) and _norm_number(written) == _norm_number(form)  # type: ignore[arg-type]


@lru_cache(maxsize=20_000)  # (heading, title): bounded small, the forms' headings stay hot
def title_score(heading: str, title: str) -> float:
    """Score of a heading against a title, each read with and without its remarks in brackets
    («Организации-соисполнители (организации-партнёры)» is met by «Организации-соисполнители …»)."""
    titles = {title, " ".join(PAREN_RE.sub(" ", title).split())} - {""}
    return max(heading_score(v, t) for v in _title_variants(heading) for t in titles)


_title_score = title_score


@lru_cache(maxsize=20_000)
def title_reaches(heading: str, title: str, need: float) -> bool:
    """`title_score(heading, title) >= need`, without scoring the readings whose rapidfuzz
    token_set_ratio (an upper bound of heading_score) is already below `need`."""
    need = max(need, 1e-9)
    for v, qv in _heading_readings(heading):
        for t, qt in _title_readings(title):
            if fuzz.token_set_ratio(qv, qt, score_cutoff=need) and heading_score(v, t) >= need:
                return True
    return False


@lru_cache(maxsize=20_000)
def _heading_readings(heading: str) -> tuple[tuple[str, str], ...]:
    """Each reading of a heading (_title_variants) with its lemma string."""
    return tuple((v, " ".join(heading_lemmas(v))) for v in _title_variants(heading))


@lru_cache(maxsize=4_096)  # the forms' titles
def _title_readings(title: str) -> tuple[tuple[str, str], ...]:
    """A title as written and without its remarks in brackets, each with its lemma string."""
    forms = dict.fromkeys((title, " ".join(PAREN_RE.sub(" ", title).split())))
    return tuple((t, " ".join(heading_lemmas(t))) for t in forms if t)


def _subtree_content(doc: Document, sec: Section) -> str:
    return "\n".join(t for s in sec.walk() if (t := section_content(doc, s)))


def _find_in_text(doc: Document, spec: SectionSpec, profile: Profile) -> SectionMatch | None:
    """A line that starts with the section's title or keyword ("3. Юридический адрес: …")."""
    for i, b in enumerate(doc.blocks):
        if b.kind is BlockKind.TABLE:
            continue
        head = heading_text(b)
        if len(head) > HEADING_MAX:
            continue
        if profile.match_threshold > 0:  # title_reaches: the same answer, scoring fewer readings
            reaches = any(title_reaches(head, t, profile.match_threshold) for t in spec.all_titles())
        else:
            reaches = max(_title_score(head, t) for t in spec.all_titles()) >= profile.match_threshold
        keyword = next((k for k in spec.keywords if _starts_with_phrase(head, k)), None)
        if reaches or keyword:
            content = b.text.strip()[len(head):].lstrip(" :")
            if not content:
                content = _following_text(doc, i)
            score = 100.0 if keyword else max(_title_score(head, t) for t in spec.all_titles())
            return SectionMatch(spec=spec.id, block=i, via="keyword", score=score,
                                heading=b.full_text[:120], content=content)
    return None


def _find_in_tables(doc: Document, spec: SectionSpec, profile: Profile) -> SectionMatch | None:
    """A key/value row ("Цель программы | …") in a passport-like table."""
    for i, b in enumerate(doc.blocks):
        if b.table is None:
            continue
        for r, row in enumerate(b.table.rows):
            cells = [c for c in row.cells if not c.merged]
            if len(cells) < 2 or len(cells[0].text) > HEADING_MAX:
                continue
            need = max(profile.match_threshold, 85.0)
            if not any(title_reaches(cells[0].text, t, need) for t in spec.all_titles()):
                continue  # title_reaches: max(title_score) >= need, scoring fewer readings
            score = max(_title_score(cells[0].text, t) for t in spec.all_titles())
            if score >= need:
                return SectionMatch(spec=spec.id, block=i, row=r, via="table", score=score,
                                    heading=cells[0].text.strip(), content="\n".join(c.text for c in cells[1:]))
    return None


def _starts_with_phrase(text: str, phrase: str) -> bool:
    words = lemmas(text)[: len(lemmas(phrase)) + 2]
    return contains_lemmas(" ".join(words), phrase)


def _following_text(doc: Document, index: int, limit: int = 3) -> str:
    out = []
    for b in doc.blocks[index + 1 : index + 1 + limit]:
        if b.kind is BlockKind.HEADING:
            break
        out.append(b.full_text if b.table is None else " ".join(c.text for r in b.table.rows for c in r.cells))
    return "\n".join(out)


_BLANKS_RE = re.compile(r"_{2,}|\\_")
_OTHER_RE = re.compile(r"(другое|иное|прочее)", re.IGNORECASE)


def is_placeholder(text: str) -> bool:
    """Empty or filler: "-", "—", "нет", "_____", "Другое ___"."""
    t = " ".join(text.split())
    if PLACEHOLDER_RE.match(t):
        return True
    t = _BLANKS_RE.sub("", t).strip(" -–—:.")
    return not t or bool(_OTHER_RE.fullmatch(t))


# -- what a section holds ------------------------------------------------------------------------
# A signature block: "Директор МБОУ «СОШ № 5» ________ И.И. Петрова", "М.П.", "Научный
# консультант" followed by names, "(подпись)", "«__» ______ 2023 г.".
NAME_RE = r"(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.?\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?)"
SIGNATURE_RES = (
    re.compile(rf"^{NAME_RE}$"),
    re.compile(r"^(м\.?\s?п\.?|\(?подпись\)?|дата)$", re.IGNORECASE),
    re.compile(r"^«_{1,}»\s*_{2,}\s*(20\d\d)?\s*г?\.?$"),  # «__» ______ 2024 г.
    re.compile(rf"_{{3,}}.*{NAME_RE}|{NAME_RE}.*_{{3,}}"),
    # «Отчёт рассмотрен на заседании педагогического совета (протокол от 16.01.2026 № 3).»
    re.compile(r"^(?:настоящий\s+)?(?:отч[её]т|программа|документ|справка)\s+(?:рассмотрен|утвержд|одобрен|согласован|принят)\w*"
               r"[^.]{0,120}(?:протокол|приказ|заседани).{0,80}$", re.IGNORECASE),
    re.compile(r"^\d{2}\.\d{2}\.(?:19|20)\d\d\s*(?:г\.?)?$"),  # the date under a signature
)
POSITION_RE = re.compile(
    r"^(директор|руководитель|заведующ\w*|научн\w+ (руководитель|консультант)|исполнитель|"
    r"заместитель директора|координатор|председатель)\b[^;:!?]{0,100}$",
    re.IGNORECASE,
)
POSITION_WORDS_MAX = 8  # "Директор МБОУ «СОШ № 5» г. Ачинска": a signature; a sentence is longer
# A line that is all one remark in brackets: «(в соответствии с календарным планом)», or a
# template's instruction in square brackets «[Указывается численность …]».
REMARK_ONLY_RE = re.compile(
    r"^(?:\([^()]*\)|\[\s*[а-яё]+(?:ется|ются|ится|ятся|ите|йте|ьте|ать|ять|ить|еть|ыть|уть)(?![а-яё])[^\[\]]*\])\.?$", re.IGNORECASE)
POINTER_RE = re.compile(r"прилож|см\.|https?://|www\.", re.IGNORECASE)


def is_signature_line(text: str) -> bool:
    t = " ".join(text.replace("*", " ").split()).strip()
    if not t or len(t) > 160:
        return False
    if any(r.search(t) for r in SIGNATURE_RES):
        return True
    return bool(POSITION_RE.match(t)) and (len(t.split()) <= POSITION_WORDS_MAX or re.search(NAME_RE, t) is not None)


# «Количество педагогов, реализующих проект: ____ чел.»: a form's field whose value is a blank.
UNFILLED_FIELD_RE = re.compile(r"^\s*[^:_]{3,120}:\s*_{3,}\s*(?:[а-яё.%]{1,8}\.?)?\s*$", re.IGNORECASE)


def is_unfilled_field(text: str) -> bool:
    """A labelled line of a form whose value was left as a blank line of underscores."""
    return bool(UNFILLED_FIELD_RE.match(text))


_BULLET_LEAD_RE = re.compile(r"^\s*[-–—•·➤]\s+")


@per_report  # the same cells are asked about by several rules and passes of one report
def is_blank_content(text: str) -> bool:
    """A line that says nothing: empty, a dash, «нет», «____», «Другое ___», a lone remark."""
    t = " ".join(text.replace("*", " ").split())
    t = _BULLET_LEAD_RE.sub("", t)
    if is_placeholder(t):
        return True
    # «(в строгом соответствии с календарным планом)» is the form's own remark; «(см. приложение 2)»
    # points to where the content is.
    return bool(REMARK_ONLY_RE.match(t)) and not POINTER_RE.search(t)


def _is_strong(doc: Document, sec: Section, owner: Section, order: dict[str, int] | None = None) -> bool:
    """A heading that ends `owner`'s text: a profile section, a sibling numbered in the same
    style, or a reader heading of a higher level. Bold lines that match no section of the form
    («Почему школа взялась за эту тему») are sub-headings: they stay in the text.

    With the form's `order` of sections: an unnumbered heading of the form right under another
    that the form puts *before* it («Содержание деятельности», then at once «Цель и задачи») is
    its first sub-heading — a text save or a PDF lost the levels that the .docx has."""
    if sec.canonical is not None:
        nested = (order is not None and owner.canonical is not None and not sec.number and not owner.number
                  and sec.block == (owner.block or 0) + 1
                  and order.get(sec.canonical, 0) < order.get(owner.canonical, 0))
        return not nested
    if sec.number and owner.number and numbering_style(sec.number) == numbering_style(owner.number):
        return True
    return sec.level < owner.level and sec.block is not None and doc.blocks[sec.block].kind is BlockKind.HEADING


def section_extent(doc: Document, sections: list[Section], section: Section,
                   order: dict[str, int] | None = None) -> list[int]:
    """Blocks of a section's text: from its heading to the next heading that ends it (a
    profile section, a reader heading or a same-style number at the same or a higher level),
    children included. `order`: the form's sections' positions (see _is_strong)."""
    flat = sorted((s for root in sections for s in root.walk() if s.block is not None), key=lambda s: s.block)
    assert section.block is not None
    end = len(doc.blocks)
    after = False
    for sec in flat:
        if sec is section:
            after = True
            continue
        if after and sec.block > section.block and sec.level <= section.level and _is_strong(doc, sec, section, order):
            end = sec.block
            break
    return list(range(section.block + 1, end))


ROW_NUMBER_RE = re.compile(r"№?\s*[\dIVX]+[.)]?(\d+[.)]?)*")


def table_data_text(block: Block, header_rows: int) -> list[str]:
    """The filled data cells of a table: header rows, row numbers (a number alone in a row's
    first cell) and merged copies left out; nested tables read too."""
    assert block.table is not None
    rows = block.table.rows
    if header_rows >= len(rows) > 1:
        header_rows = 1  # every row read like a header: only the first one is
    out: list[str] = []
    values = False  # any filled cell beside a row's label («Показатель | —» has none)
    numbered = all(
        (c := r.cell_at(0)) is None or not c.text.strip() or ROW_NUMBER_RE.fullmatch(c.text.strip())
        for r in rows[header_rows:]
    )
    label_col = 1 if numbered else 0  # the column naming what each row's values are about
    # An unrecognised header is still the first row: its words are not values.
    first_values_row = header_rows if header_rows or len(rows) < 2 else 1
    for r_index, row in enumerate(rows[header_rows:], start=header_rows):
        for k, cell in enumerate(row.cells):
            for nested in cell.nested:
                nested_text = table_data_text(Block(kind=BlockKind.TABLE, table=nested), 0)
                out.extend(nested_text)
                values = values or bool(nested_text)
            t = cell.text.strip()
            if cell.merged or not t or (k == 0 and ROW_NUMBER_RE.fullmatch(t)):
                continue
            out.append(t)
            if r_index >= first_values_row and cell.column + cell.col_span - 1 > label_col and not is_blank_content(t):
                values = True
    if block.table.width >= 2 and not values:
        return []  # labels with empty or dashed values: the table is not filled in
    return out


# «Таблица 3», «Таблица 4. Показатели результативности за 2025 год»: a table's caption, not content.
CAPTION_RE = re.compile(r"^\s*(?:таблица|табл\.)\s*№?\s*\d+(?:\.\d+)?\.?(?:\s+[^.]{0,150})?$", re.IGNORECASE)


def content_lines(doc: Document, blocks: list[int], header_rows: dict[int, int] | None = None) -> list[str]:
    """The meaningful lines of `blocks`: placeholders and a trailing signature block dropped."""
    lines: list[tuple[str, bool]] = []  # (text, from a table)
    for idx in blocks:
        b = doc.blocks[idx]
        if b.table is not None:
            hdr = (header_rows or {}).get(idx, 0)
            lines.extend((t, True) for t in table_data_text(b, hdr))
        else:
            lines.extend((ln, False) for ln in b.full_text.splitlines())
    has_table = any(tab for _, tab in lines) or any(doc.blocks[i].table is not None for i in blocks)
    kept = [(t, tab) for t, tab in lines
            if not is_blank_content(t) and not (has_table and CAPTION_RE.match(t)) and not (not tab and is_unfilled_field(t))]
    while kept and is_signature_line(kept[-1][0]):
        kept.pop()  # the signature, typed or laid out in a borderless table
    return [t for t, _ in kept]
