"""The structurer's and profile detection's speed-ups (issue 13, round three) decide exactly as
the code they stand in for: each rewritten function is compared with the replaced code, kept
verbatim below, on the corpus's texts and on random hostile strings."""

from __future__ import annotations

import importlib
import random
import re
from pathlib import Path

import pytest

from repcheck import regex_literals as rl
from repcheck.config import Config
from repcheck.engine import read_document, registry_for
from repcheck.parsing import dates
from repcheck.profile import Profile

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "corpus" / "text").glob("*.txt"))
DOCX = sorted((ROOT / "corpus" / "docx").glob("*.docx"))

# characters the regex engine folds in unusual ways, and dates' own vocabulary
HOSTILE = ["ᲀ", "ᲂ", "ᲃ", "ᲄ", "ᲅ", "ſ", "ı", "İ", "Σ", "ς", "K", "µ", "ё", "Ё", "\u00a0", "\u2013", "\r"]
PIECES = ["2019", "2020 г.", "2020-2021 учебный год", "уч. год 2021/22", "I полугодие 2020", "II кв. 2021",
          "1-2 квартал 2020 года", "с 01.09.2020 по н.в.", "по настоящее время", "сентябрь", "Мая", "янв.",
          "октябрь – декабрь 2020", "март, апрель и май 2021", "15.03.2021-30.04.2021", "09.2020",
          "8-16 июня 2021", "приказ от 14.03.2017 № 58", "2000 рублей", "www.school.ru", "8 (3452) 12-34-56",
          "1.2.3.4", "2021.03.15", "текущий момент", "сей день", " - ", "—", "\n", "\t", "КИП", "Краевая "
          "инновационная площадка", "МИП", "отчёт", "ОТЧЕТ", "паспорт", "риски"]


def _docs():  # noqa: ANN202
    cfg = Config()
    reg = registry_for(cfg)
    return reg, [read_document(p, reg, cfg) for p in TEXTS + DOCX[:6]]


@pytest.fixture(scope="module")
def corpus():  # noqa: ANN201
    return _docs()


@pytest.fixture(scope="module")
def texts(corpus) -> list[str]:  # noqa: ANN001
    _reg, docs = corpus
    out: list[str] = []
    for doc in docs:
        for b in doc.blocks:
            if b.table is None:
                out.append(b.full_text)
            else:
                out.extend(c.text for r in b.table.rows for c in r.cells)
    rng = random.Random(13)
    alphabet = "аб вгдотсъ0123456789.,-:;/() \t\n" + "".join(HOSTILE)
    for _ in range(4000):
        parts = [rng.choice(PIECES) if rng.random() < 0.5 else "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
                 for _ in range(rng.randint(1, 6))]
        out.append("".join(parts))
    return out


# -- the replaced code -------------------------------------------------------------------------
def _old_candidates(norm: str, ctx):  # noqa: ANN001, ANN202
    masks = dates._masked_spans(norm)
    out = []
    for rank, rule in enumerate(dates._RULES):
        pos = 0
        while pos <= len(norm):
            m = rule.regex.search(norm, pos)
            if m is None:
                break
            pos = m.start() + 1
            s, e = m.span()
            if e == s or dates._bad_left(norm, s) or dates._bad_right(norm, e) or dates._overlaps_any(s, e, masks):
                continue
            if not rule.bare_year_ok and dates._bare_year(m) and dates._is_quantity(norm, s, e):
                continue
            if rule.regex is dates._SINGLE_RE and (dates._dangling(norm, s, e) or dates._SCHOOL_WORD_AFTER.match(norm, e)):
                continue
            built = rule.build(m, ctx)
            if built is not None:
                out.append(dates._Cand(s, e, rank, built))
    return out


def _old_normalize(text: str) -> str:
    fast = text.translate(dates._NORMALIZE_TABLE)
    if "Σ" not in fast:
        low = fast.lower()
        if len(low) == len(fast):
            return low
    out: list[str] = []
    for ch in text:
        if ch in dates._DASH_CHARS:
            out.append("-")
        elif ch in dates._SPACE_CHARS:
            out.append(" ")
        elif ch == "\r":
            out.append("\n")
        elif ch in "ёЁ":
            out.append("е")
        else:
            low = ch.lower()
            out.append(low if len(low) == 1 else ch)
    return "".join(out)


def _old_detect_score(profile: Profile, text: str) -> tuple[float, list[str]]:
    score = 0.0
    hits: list[str] = []
    for p in profile.detect:
        m = re.search(p.pattern, text, re.IGNORECASE)
        if m:
            score += p.weight
            hits.append(m.group(0).strip())
    return score, hits


# -- dates -------------------------------------------------------------------------------------
def test_date_normalize_as_before(texts: list[str]) -> None:
    special = dates._DASH_CHARS + dates._SPACE_CHARS + "\rёЁΣİ"
    rng = random.Random(11)
    extra = ["".join(rng.choice(special + "аБв 1-") for _ in range(rng.randint(0, 8))) for _ in range(2000)]
    for text in texts + extra:
        assert dates._normalize(text) == _old_normalize(text), text


def test_point_starts_cover_every_match_of_the_point_rules(texts: list[str]) -> None:
    """_OPEN_RE, _RANGE_RE and _SINGLE_RE are tried only where _POINT_START finds a start: every
    position where one of them matches is such a start."""
    matched = 0
    for text in texts:
        norm = dates._normalize(text)
        starts = {m.start() for m in dates._POINT_START.finditer(norm)}
        for rx in dates._FROM_POINT_START:
            for pos in range(len(norm) + 1):
                m = rx.match(norm, pos)
                if m is not None:
                    matched += 1
                    assert pos in starts, (rx.pattern[:30], norm, pos)
    assert matched > 1000


def test_date_candidates_as_before(texts: list[str]) -> None:
    found = 0
    for text in texts:
        norm = dates._normalize(text)
        for ctx in ((None, None), (2020, None)):
            new = dates._candidates(norm, ctx)
            assert new == _old_candidates(norm, ctx), text
            found += bool(new)
    assert found > 500  # the texts do hold dates of every kind


@pytest.mark.parametrize("text", ["сентябрь", "Май", "в мае", "дек.", "7", "١٢"])
def test_a_month_or_a_digit_alone_is_still_scanned(text: str) -> None:
    """The pre-check lets through every text with a month's stem or a digit (Unicode digits
    too: the grammar's \\d is Unicode's)."""
    norm = dates._normalize(text)
    assert any(dates._applicable(norm))
    assert dates._candidates(norm, (2021, None)) == _old_candidates(norm, (2021, None))


@pytest.mark.parametrize(("text", "rules"), [
    ("мероприятие проведено", ()),                                   # nothing: no rule runs
    ("в 2020 году", ("_RANGE_RE", "_SINGLE_RE")),                      # no month, no open end
    ("2020-2021 учебный год", ("_SCHOOL_RE", "_SCHOOL_AFTER_RE", "_RANGE_RE", "_SINGLE_RE")),
    ("I полугодие 2020", ("_HALF_RE", "_RANGE_RE", "_SINGLE_RE")),
    ("II кв. 2021", ("_QUARTER_RE", "_RANGE_RE", "_SINGLE_RE")),
    ("с мая по н.в.", ("_OPEN_RE", "_RANGE_RE", "_LIST_RE", "_SINGLE_RE")),
    ("полугодие кв учебный 1999", ("_SCHOOL_RE", "_SCHOOL_AFTER_RE", "_HALF_RE", "_QUARTER_RE", "_RANGE_RE", "_SINGLE_RE")),
    ("полугодие кв учебный 1989", ("_RANGE_RE", "_SINGLE_RE")),      # 1989 is no year of the grammar
])
def test_rules_that_cannot_match_are_skipped(text: str, rules: tuple[str, ...]) -> None:
    names = [name for name in ("_SCHOOL_RE", "_SCHOOL_AFTER_RE", "_HALF_RE", "_QUARTER_RE", "_OPEN_RE", "_RANGE_RE",
                               "_LIST_RE", "_SINGLE_RE")]
    assert [getattr(dates, n) for n in names] == [r.regex for r in dates._RULES]
    applicable = dates._applicable(dates._normalize(text))
    assert tuple(n for n, ok in zip(names, applicable, strict=True) if ok) == rules


# -- profile detection -------------------------------------------------------------------------
def test_detect_score_as_before(corpus, texts: list[str]) -> None:  # noqa: ANN001
    from repcheck.structurer.detect import document_head

    reg, docs = corpus
    profiles = [p for p in reg.profiles.values() if p.detect]
    wholes = [document_head(d) for d in docs] + ["\n".join(b.full_text for b in d.blocks if b.table is None) for d in docs]
    hit = 0
    for text in wholes + texts[::7]:
        for prof in profiles:
            new = prof.detect_score(text)
            assert new == _old_detect_score(prof, text)
            hit += bool(new[1])
    assert hit > 50


@pytest.mark.parametrize(("pattern", "text", "matches", "may"), [
    (r"краев\w*\s+инновационн\w*\s+площадк|\bКИП\b", "КРАЕВАЯ ИННОВАЦИОННАЯ ПЛОЩАДКА", True, True),
    (r"краев\w*\s+инновационн\w*\s+площадк|\bКИП\b", "краевая площадка", False, False),
    (r"краев\w*\s+инновационн\w*\s+площадк|\bКИП\b", "статус кип", True, True),
    (r"краев\w*\s+инновационн\w*\s+площадк|\bКИП\b", "кипарис", False, True),  # literal there, \b not
    (r"\bпаспорт\b", "ПАСПОРТ", True, True),
    (r"\bпаспорт\b", "паспор т", False, False),
    (r"\bвход\b", "\u1c80хо\u1c81", True, True),  # «в», «д» as their rounded variants: re folds them
    (r"\bвход\b", "ВХОД", True, True),
    (r"\bsystem\b", "ſyſtem", True, True),        # long s
    (r"\bσοφία\b", "ΣΟΦΊΑ", True, True),
    (r"\bиз\b", "İ из", True, True),              # lowering changes the length: no filter, the regex runs
    (r"\bиз\b", "İ на", False, True),
    (r"(?-i:Отчёт)", "отчёт", False, True),        # an exact part folds too: a weaker test, still sound
    (r"(?-i:Отчёт)", "Отчёт", True, True),
    (r"a+b{2,}(?:cd|ef)", "AABBEF", True, True),
    (r"a+b{2,}(?:cd|ef)", "AAC", False, False),
    (r"x{0,3}y", "y", True, True),
    (r"x{0,3}y", "x", False, False),
])
def test_literal_filter_never_hides_a_match(pattern: str, text: str, matches: bool, may: bool) -> None:
    assert (re.search(pattern, text, re.IGNORECASE) is not None) is matches
    assert rl.may_match(rl.literal_needs(pattern), rl.fold(text)) is may


def test_literal_filter_skips_the_absent_forms(corpus) -> None:  # noqa: ANN001
    """The filter is what makes detection cheap: on a report most patterns are ruled out by a
    substring test."""
    reg, docs = corpus
    patterns = [p.pattern for prof in reg.profiles.values() for p in prof.detect]
    assert all(rl.literal_needs(p) is not None for p in patterns if "краев" in p or "паспорт" in p)
    text = "\n".join(b.full_text for b in docs[0].blocks if b.table is None)
    folded = rl.fold(text)
    skipped = [p for p in patterns if not rl.may_match(rl.literal_needs(p), folded)]
    assert skipped and all(re.search(p, text, re.IGNORECASE) is None for p in skipped)


def test_literal_filter_random_patterns(texts: list[str]) -> None:
    rng = random.Random(7)
    atoms = ["в", "о", "д", "т", "с", "s", "i", "σ", "ё", "е", "а", r"\w", r"\s", ".", "[её]", "ĸ"]
    pats = []
    for _ in range(300):
        seq = "".join(rng.choice(atoms) + rng.choice(["", "", "*", "+", "?", "{2}"]) for _ in range(rng.randint(1, 5)))
        pats.append(seq if rng.random() < 0.7 else seq + "|" + rng.choice(atoms) * 2)
    sample = texts[::5] + ["".join(rng.choice(["в", "ᲀ", "В", "о", "ᲂ", "т", "ᲄ", "ᲅ", "s", "ſ", "S", "ı", "I", "σ", "ς",
                                                "Σ", "ё", "Ё", " "]) for _ in range(12)) for _ in range(500)]
    pats += [r"\bвод", r"(?<![а-я])то|с\b", r"(?:во|ото)\w", r"(?=в)во", r"(в|с)+т", r"^т", r"(?m)^о", r"(?:a|)в", r"в?т"]
    led = 0
    for text in sample:
        folded = rl.fold(text)
        for p in pats:
            rx = re.compile(p, re.IGNORECASE)
            want = rx.search(text)
            if want:
                assert rl.may_match(rl.literal_needs(p), folded), (p, text)
            got = rl.search_folded(rx, text, folded)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (p, text)
            led += rl.leading_literals(p) is not None
    assert led > 1000


@pytest.mark.parametrize(("pattern", "lead"), [
    (r"краев\w*\s+инновационн\w*\s+площадк|\bКИП\b", ("краев", "кип")),
    (r"(промежуточн|итогов)\w*\s+отч[её]т", ("промежуточн", "итогов")),
    (r"\bотч[её]т\b", ("отч",)),
    (r"(?<![а-я])Этап", ("этап",)),
    (r"(?m)^\W*отч[её]т", None),   # may start with any non-word character
    (r"a?b", None),
    (r"(?:a|)b", None),
    (r"(a)?b", None),
    (r"[её]лка", None),
])
def test_leading_literals(pattern: str, lead: tuple[str, ...] | None) -> None:
    assert rl.leading_literals(pattern) == lead


# -- regexes behind the literal test -----------------------------------------------------------
def _filtered_patterns():  # noqa: ANN202
    import repcheck.structurer as st
    from repcheck.structurer import stages

    from repcheck.structurer import periods

    le = importlib.import_module("repcheck.structurer.list_events")
    return {"STAGE_RE": stages.STAGE_RE, "ORG_RE": st.ORG_RE, "FULL_ORG_RE": st.FULL_ORG_RE,
            "PROJECT_RE": periods.PROJECT_RE, "REPORTING_LABEL_RE": periods.REPORTING_LABEL_RE,
            "FUTURE_RE": le.FUTURE_RE, "FUTURE_SECTION_RE": le.FUTURE_SECTION_RE,
            "PLAN_INFINITIVE_RE": le.PLAN_INFINITIVE_RE}


def test_filtered_structurer_patterns_answer_as_the_regex(texts: list[str]) -> None:
    extra = ["1 этап: подготовительный", "ЭТАП 2 — основной", "Первый (организационный) этап", "этaп 1",
             "Полное наименование образовательной организации: МБОУ «СОШ № 1»", "муниципальное бюджетное учреждение",
             "\u1c84ретий эта\u043f", "Э\u1c84АП 3", "Сроки реализации проекта: 2021-2024", "Отчётный период: 2023 год",
             "планируется провести семинар", "ПРОВЕСТИ конференцию", "Перспективы на следующий год"]
    for name, pat in _filtered_patterns().items():
        assert isinstance(pat, rl.Filtered), name
        raw = re.compile(pat.pattern, pat.flags)
        hits = 0
        for text in texts + extra:
            for pos in (0, 3):
                got, want = pat.search(text, pos), raw.search(text, pos)
                assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict())), (name, text)
                hits += want is not None
            assert pat.findall(text) == raw.findall(text)
            got, want = pat.match(text), raw.match(text)
            assert (got and got.span()) == (want and want.span())
        assert hits, name  # each pattern does match somewhere in the texts


def test_filtered_pattern_rules_out_text_without_its_literal() -> None:
    from repcheck.structurer import stages

    assert stages.STAGE_RE.search("Сроки: сентябрь 2020") is None
    assert stages.STAGE_RE.search("1 этап: сентябрь 2020").group("n1") == "1"
    assert stages.STAGE_RE.search("1 \u042d\u1c84ап") is not None  # «т» as its rounded variant: still found
    assert not rl.may_match(rl.literal_needs(stages.STAGE_RE.pattern, stages.STAGE_RE.flags), rl.fold("этаж 1"))


# -- sentence totals ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "gate"), [
    ("5–7 классы – 146, 8–9 классы – 98; ИТОГО – 244", True),
    ("педагоги – 12, обучающиеся – 140, всего: 152", True),
    ("педагоги – 12, обучающиеся – 140, всего 152", True),
    ("педагоги – 12, обучающиеся – 140, всего участников 152", False),  # no number after «всего»
    ("педагоги 12, обучающиеся 140, итого 152", False),                 # no «– N» part
    ("всего 152", False),
])
def test_parts_then_total_gate(text: str, gate: bool) -> None:
    from repcheck.structurer import totals as tt

    assert bool(tt._PARTS_TAIL_RE.search(text) and tt._PART_VALUE_RE.search(text)) is gate
    if tt.PARTS_THEN_TOTAL_RE.search(text):
        assert gate


def test_parts_then_total_gate_never_hides_a_match(texts: list[str]) -> None:
    from repcheck.structurer import totals as tt

    rng = random.Random(3)
    labels = ["педагоги", "обучающиеся", "5-7 классы", "родители", "", "Всего"]
    dashes = [" – ", " — ", " -", "-", " ", ": "]
    values = ["12", "140", "3 чел.", "1 200 человек", "7,5", ""]
    tails = [", всего – ", "; ИТОГО ", ". итого: ", " всего ", ", всего участников ", ""]

    def part() -> str:
        return rng.choice(labels) + rng.choice(dashes) + rng.choice(values)

    sample = texts + [", ".join(part() for _ in range(rng.randint(1, 4))) + rng.choice(tails) + rng.choice(values)
                      for _ in range(3000)]
    matched = 0
    for text in sample:
        if tt.PARTS_THEN_TOTAL_RE.search(text):
            matched += 1
            assert tt._PARTS_TAIL_RE.search(text) and tt._PART_VALUE_RE.search(text), text
    assert matched > 30


# -- section headings --------------------------------------------------------------------------
def _old_reaches(text: str, profile: Profile, need: float) -> bool:
    from rapidfuzz import fuzz, process

    from repcheck.structurer.sections import _title_lemmas, title_variants
    from repcheck.textmatch import heading_lemmas, heading_score

    titles, lemma_strings = _title_lemmas(profile)
    need = max(need, 1e-9)
    for v in title_variants(text):
        q = " ".join(heading_lemmas(v))
        if not q:
            continue
        for _choice, _score, k in process.extract(q, lemma_strings, scorer=fuzz.token_set_ratio,
                                                  score_cutoff=need, limit=None):
            if heading_score(v, titles[k]) >= need:
                return True
    return False


def test_reaches_as_before(corpus) -> None:  # noqa: ANN001
    from repcheck.structurer.sections import _reaches, heading_text

    reg, docs = corpus
    lines = list(dict.fromkeys(heading_text(b) for d in docs for b in d.blocks if b.table is None and b.text.strip()))
    lines = [t for t in lines if len(t) <= 450]
    reached = 0
    for prof in (p for p in reg.profiles.values() if not p.abstract):
        for line in lines:
            for need in (75.0, 85.0, 90.0):
                new = _reaches(line, prof, need)
                assert new == _old_reaches(line, prof, need), (prof.name, need, line)
                reached += new
    assert reached > 100


def test_too_long_for_any_at_its_boundary() -> None:
    """The cap 100·(W+2)/wa against `need`: at wa = W+2 nothing is ruled out; a heading just
    heavier than the cap allows is."""
    from repcheck.structurer.sections import _too_long_for_any

    w = ("цель",) * 10  # weight 10
    assert not _too_long_for_any(w, 8.0, 85.0)           # wa - W = 2: the cap does not apply
    assert not _too_long_for_any(w, 7.9, 100.0 * 9.9 / 10.0)  # cap 99.0 = need: reachable
    assert _too_long_for_any(w, 7.9, 99.5)               # cap 99.0 < need
    assert _too_long_for_any(w, 5.0, 75.0)               # cap 70 < 75
    assert not _too_long_for_any(w, 5.5, 75.0)           # cap 75 = need


def _old_form_coverage(lines: list[str], profile: Profile) -> tuple[int, int]:
    from repcheck.structurer.detect import _prefixes
    from repcheck.structurer.sections import title_reaches

    mandatory = [s for s in profile.sections if s.mandatory]
    line_prefixes = [(line, _prefixes(line)) for line in lines]
    found = 0
    for spec in mandatory:
        hit = False
        for title in spec.all_titles():
            tp = _prefixes(title)
            if any(lp & tp and title_reaches(line, title, profile.match_threshold) for line, lp in line_prefixes):
                hit = True
                break
        found += hit
    return found, len(mandatory)


def test_form_coverage_as_before(corpus) -> None:  # noqa: ANN001
    from repcheck.structurer.detect import form_coverage, heading_lines

    reg, docs = corpus
    some = 0
    for doc in docs:
        lines = heading_lines(doc)
        for prof in (p for p in reg.profiles.values() if not p.abstract):
            new = form_coverage(lines, prof)
            assert new == _old_form_coverage(lines, prof), (prof.name, doc.path)
            some += new[0] > 0
    assert some > 20


def _old_match_profile_sections(doc, sections, profile):  # noqa: ANN001, ANN202
    from repcheck.models.report import SectionMatch
    from repcheck.structurer import sections as sx

    flat = [s for root in sections for s in root.walk() if s.block is not None]
    pairs = []
    for k, sec in enumerate(flat):
        for spec in profile.sections:
            score = max(sx._title_score(sec.title, t) for t in spec.all_titles())
            if score < profile.match_threshold and sx._same_number(sec.number, spec.number) and score >= sx.NUMBER_HINT_FROM:
                score = profile.match_threshold
            if score >= profile.match_threshold:
                pairs.append((score, k, spec.id))
    matches = {}
    used = set()
    for score, k, spec_id in sorted(pairs, key=lambda p: (-p[0], p[1])):
        if spec_id in matches or k in used:
            continue
        sec = flat[k]
        sec.canonical, sec.match_score = spec_id, score
        used.add(k)
        matches[spec_id] = SectionMatch(spec=spec_id, block=sec.block, via="heading", score=score,
                                        heading=sec.label, content=sx._subtree_content(doc, sec))
    for spec in profile.sections:
        if spec.id not in matches:
            hit = _old_find_in_text(doc, spec, profile) or _old_find_in_tables(doc, spec, profile)
            if hit:
                matches[spec.id] = hit
    return matches


def _old_find_in_text(doc, spec, profile):  # noqa: ANN001, ANN202
    from repcheck.models.document import BlockKind
    from repcheck.models.report import SectionMatch
    from repcheck.structurer import sections as sx

    for i, b in enumerate(doc.blocks):
        if b.kind is BlockKind.TABLE:
            continue
        head = sx.heading_text(b)
        if len(head) > sx.HEADING_MAX:
            continue
        score = max(sx._title_score(head, t) for t in spec.all_titles())
        keyword = next((k for k in spec.keywords if sx._starts_with_phrase(head, k)), None)
        if score >= profile.match_threshold or keyword:
            content = b.text.strip()[len(head):].lstrip(" :")
            if not content:
                content = sx._following_text(doc, i)
            return SectionMatch(spec=spec.id, block=i, via="keyword", score=score if not keyword else 100.0,
                                heading=b.full_text[:120], content=content)
    return None


def _old_find_in_tables(doc, spec, profile):  # noqa: ANN001, ANN202
    from repcheck.models.report import SectionMatch
    from repcheck.structurer import sections as sx

    for i, b in enumerate(doc.blocks):
        if b.table is None:
            continue
        for r, row in enumerate(b.table.rows):
            cells = [c for c in row.cells if not c.merged]
            if len(cells) < 2 or len(cells[0].text) > sx.HEADING_MAX:
                continue
            score = max(sx._title_score(cells[0].text, t) for t in spec.all_titles())
            if score >= max(profile.match_threshold, 85.0):
                return SectionMatch(spec=spec.id, block=i, row=r, via="table", score=score,
                                    heading=cells[0].text.strip(), content="\n".join(c.text for c in cells[1:]))
    return None


@pytest.mark.parametrize("threshold", [None, 0.0, 60.0, 90.0])
def test_match_profile_sections_as_before(corpus, threshold) -> None:  # noqa: ANN001
    """Every profile against every corpus report (the form's own and the others, where nearly
    every section is looked for in the text and the tables); at the profile's threshold and at
    others, 0 included (where title_reaches is not used)."""
    from repcheck.structurer.sections import build_sections, match_profile_sections

    reg, docs = corpus
    matched = 0
    for doc in docs:
        for prof in (p for p in reg.profiles.values() if not p.abstract):
            if threshold is not None:
                prof = prof.model_copy(update={"match_threshold": threshold})
            new_tree, old_tree = build_sections(doc, prof), build_sections(doc, prof)
            new = match_profile_sections(doc, new_tree, prof)
            old = _old_match_profile_sections(doc, old_tree, prof)
            assert {k: v.model_dump() for k, v in new.items()} == {k: v.model_dump() for k, v in old.items()}
            assert [s.model_dump() for s in new_tree] == [s.model_dump() for s in old_tree]
            matched += len(new)
    assert matched > 100


def test_block_sections_is_section_of_block(corpus) -> None:  # noqa: ANN001
    from repcheck.pipeline import analyse
    from repcheck.config import Config
    from repcheck.structurer.list_events import block_sections

    reg, docs = corpus
    nested = 0
    for doc in docs:
        report = analyse(doc, reg, Config())
        got = block_sections(report)
        for i in range(len(doc.blocks) + 1):
            assert got.get(i) is report.section_of_block(i)
        nested += sum(1 for s in report.all_sections() if s.children)
    assert nested > 5  # nested sections: the innermost one is the answer
