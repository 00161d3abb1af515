"""The per-report rules' speed-ups of issue 13, round three, decide exactly as the code they
replace: each rewritten function is compared with the replaced code (kept verbatim below) on the
corpus's texts, generated reports' texts and random hostile strings."""

from __future__ import annotations

import hashlib
import random
import struct
from pathlib import Path

import numpy as np
import pytest

from repcheck import report_cache
from repcheck.config import Config
from repcheck.dedup import corpus as dcorpus
from repcheck.dedup import minhash as mh
from repcheck.dedup import normalize as nz
from repcheck.dedup.units import report_units, split_sentences
from repcheck.engine import analyse, read_document, registry_for

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "corpus" / "text").glob("*.txt"))
DOCX = sorted((ROOT / "corpus" / "docx").glob("*.docx"))

# every character the comparison form folds, and a few that look like them but stay
_FOLDED = "«»“”„‟\"'`‘’‚‐‑‒–—―−ёЁ"
_LOOKALIKE = "-_~´ʹ″′ǝеЕ"


@pytest.fixture(scope="module")
def reports():  # noqa: ANN201
    cfg = Config()
    reg = registry_for(cfg)
    return [analyse(read_document(p, reg, cfg), reg, cfg) for p in TEXTS + DOCX[:4]]


@pytest.fixture(scope="module")
def unit_texts(reports) -> list[str]:  # noqa: ANN001
    out: list[str] = []
    for r in reports:
        for u in report_units(r):
            out.append(u.text)
            out.extend(split_sentences(u.text))
    rng = random.Random(1303)
    alphabet = ("аб вгЁё AB<>*_[]\\()#.-–— «»\"'@:/0123456789 www http ru рф com 1. IV. а) • \t\n"
                + _FOLDED + _LOOKALIKE + "Иванович Петровна МБОУ СОШ ИПК УВР ДО И.И. А. Б.")
    pieces = ["<b>", "</p>", "**", "__", "\\_", "\\*", "[bookmark:x]", "<https://a.ru>", "school@mail.ru",
              "http://s50.ru/x", "сайт.рф", " - ", "1) ", "ФГОС ООО", "приказ от 01.02.2021 № 5", "«Ёлка»",
              "Иванова И.И.", "МБОУ «СОШ № 5»", "заместитель директора", "ЗАМЕСТИТЕЛЬ", "Ёжикович", "ёлкович"]
    for _ in range(4000):
        parts = [rng.choice(pieces) if rng.random() < 0.3 else "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
                 for _ in range(rng.randint(1, 6))]
        out.append("".join(parts))
    return out


# -- the replaced code -------------------------------------------------------------------------
def _old_clean(text: str) -> str:
    if nz._CLEAN_CHAR_RE.search(text) is None:
        return " ".join(text.split())
    text = nz.ANGLE_URL_RE.sub(r"\1", text)
    text = nz.MARKUP_RE.sub("", text)
    text = nz.ESCAPE_RE.sub(r"\1", text)
    return " ".join(text.split())


def _old_normalize(text: str) -> str:
    text = _old_clean(text).lower().translate(nz._FOLD)
    text = nz.LABEL_RE.sub("", text)
    if "-" in text:
        text = nz.DASH_SPACE_RE.sub("-", text)
    return " ".join(text.split())


def _old_content_words(text: str) -> tuple[str, ...]:
    t = _old_clean(text)
    if "@" in t:
        t = nz.EMAIL_RE.sub(" ", t)
    if "." in t or "://" in t:
        t = nz.URL_RE.sub(" ", t)
    return tuple(w for w in nz.WORD_RE.findall(_old_normalize(t))
                 if len(w) >= 3 and w not in nz.STOP_WORDS and w.strip(nz._DIGITS_AND_HYPHENS))


def _old_people_share(text: str) -> float:
    t = nz.clean(text)
    raw = nz._NAME_WORD_RE.findall(nz._INITIALS_RE.sub(" ИНИЦИАЛЫ ", t))
    if not raw:
        return 0.0
    hits = 0
    for w in raw:
        lw = w.lower().replace("ё", "е")
        if w == "ИНИЦИАЛЫ" or nz._PATRONYMIC_RE.match(w) or nz._ACRONYM_RE.match(w) or lw in nz.PEOPLE_WORDS:
            hits += 1
    return hits / len(raw)


def _old_h32(gram: str) -> int:
    return struct.unpack("<I", hashlib.sha1(gram.encode("utf-8")).digest()[:4])[0]


def _old_shingle_hashes(words, k=mh.DEFAULT_K, memo=None):  # noqa: ANN001, ANN202
    if not words:
        return np.empty(0, dtype=np.uint64)
    if len(words) < k:
        grams = [" ".join(words)]
    else:
        grams = [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]
    if memo is None:
        return np.fromiter((_old_h32(g) for g in set(grams)), dtype=np.uint64)
    out = []
    for g in set(grams):
        h = memo.get(g)
        if h is None:
            h = memo[g] = _old_h32(g)
        out.append(h)
    return np.fromiter(out, dtype=np.uint64, count=len(out))


def _old_signatures(shingles, num_perm=mh.DEFAULT_PERM, seed=mh.DEFAULT_SEED, chunk=4096):  # noqa: ANN001, ANN202
    n = len(shingles)
    out = np.full((n, num_perm), np.uint32(mh.MAX_HASH), dtype=np.uint32)
    if n == 0:
        return out
    a, b = mh.permutations(num_perm, seed)
    lengths = np.fromiter((len(s) for s in shingles), dtype=np.int64, count=n)
    nonempty = np.nonzero(lengths)[0]
    if len(nonempty) == 0:
        return out
    start = 0
    while start < len(nonempty):
        stop = start
        total = 0
        while stop < len(nonempty) and (total == 0 or total + lengths[nonempty[stop]] <= chunk):
            total += int(lengths[nonempty[stop]])
            stop += 1
        idx = nonempty[start:stop]
        hv = np.concatenate([shingles[i] for i in idx]).astype(np.uint64)
        with np.errstate(over="ignore"):
            phv = (hv[:, None] * a[None, :] + b[None, :]) % mh.MERSENNE
        phv &= mh.MAX_HASH
        offsets = np.concatenate(([0], np.cumsum(lengths[idx])[:-1]))
        out[idx] = np.minimum.reduceat(phv, offsets, axis=0).astype(np.uint32)
        start = stop
    return out


def _old_digest_sigs(passages) -> bytes:  # noqa: ANN001
    memo: dict[str, int] = {}
    sh = [_old_shingle_hashes(nz.words(p.norm), mh.DEFAULT_K, memo) for p in passages]
    return np.ascontiguousarray(_old_signatures(sh), dtype=np.uint32).tobytes()


# -- same results ------------------------------------------------------------------------------
def test_normalize_as_before(unit_texts: list[str]) -> None:
    report_cache.clear()
    folded = 0
    for t in unit_texts:
        assert nz.normalize(t) == _old_normalize(t), t
        assert nz.fold(t) == t.translate(nz._FOLD), t
        folded += nz._FOLD_RE.search(t) is not None
    assert folded > 1000  # the replacing branch ran, not only the early return
    for c in _FOLDED + _LOOKALIKE:
        for t in (c, f"а{c}б", f"{c}{c}", f"Ёж {c} ёж"):
            assert nz.normalize(t) == _old_normalize(t), t
    assert nz.normalize("«Ёлка» — ‘ёж’") == '"елка"-"еж"'
    report_cache.clear()


def test_clean_and_content_words_as_before(unit_texts: list[str]) -> None:
    report_cache.clear()
    extra = ["a  b", " a", "a ", "a\u00a0b", "a\tb", "a\u2003b", "a\u3000 b", "a\x1cb", "a\x85b", "", " ", "  ",
             "см. сайт school.ru", "HTTPS://A.RU/x текст", "почта a@b.ru и www.site", "текст.ру", "ШКОЛА.РФ",
             "1. - 2) текст - слово", "- — текст", "а - б", "а -б", "а- б", "**текст**", "\\*\\*"]
    for t in unit_texts + extra:
        assert nz.clean(t) == _old_clean(t), t
        assert nz.content_words(t) == list(_old_content_words(t)), t
        n = nz.normalize(t)  # what the rules pass: already normalised text
        assert nz.content_words(n) == list(_old_content_words(n)), n
    report_cache.clear()


def test_collapse_is_split_and_join() -> None:
    """`collapse` returns a printable text unsplit when it has no double, leading or trailing
    space: that needs every whitespace character other than the space to be unprintable."""
    import sys

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert len(spaces) > 20 and [c for c in spaces if c.isprintable()] == [" "]
    # and the comparison form after `clean` relies on no character lowering to whitespace
    assert not [c for c in map(chr, range(sys.maxunicode + 1)) if not c.isspace() and any(x.isspace() for x in c.lower())]
    for t in ("", " ", "a", "a b", "a  b", " a", "a ", "a\u00a0b", "a \u00a0b", "a\nb", "a\u2028b", "а б в"):
        assert nz.collapse(t) == " ".join(t.split()), repr(t)


def test_people_share_as_before(unit_texts: list[str]) -> None:
    report_cache.clear()
    for t in unit_texts:
        assert nz.people_share(t) == _old_people_share(t), t
    # each kind of hit, and the capital letters at the edges of the Cyrillic range
    for t in ("Иван Петрович", "И.И. Иванов", "МБОУ СОШ", "заместитель директора", "Завуч", "ЗАВУЧ",
              "Ёлкович", "Ялкович", "Аович", "ИПК ДПО", "ЁОУ", "ЯОУ", "АОУ", "ЖОУ", "ИНИЦИАЛЫ", "инициалы",
              "Зам Зав", "ёлка", "Ёлка"):
        assert nz.people_share(t) == _old_people_share(t), t
    assert nz.people_share("Иван Петрович") == 0.5  # the patronymic, not the first name
    assert nz.people_share("директор МБОУ СОШ") == 1.0
    report_cache.clear()


def test_minhash_reduction_as_before() -> None:
    """The modulo of the Mersenne prime without a division, at and around its edges."""
    a, b = mh.permutations(mh.DEFAULT_PERM, mh.DEFAULT_SEED)
    p = (1 << 61) - 1
    edges = [0, 1, p - 1, p, p + 1, 2 * p - 1, 2 * p, 2 * p + 1, (1 << 61), (1 << 62) - 1, (1 << 63),
             (1 << 64) - 1, (1 << 64) - 2, (1 << 32) - 1, 1 << 32]
    rng = np.random.default_rng(13)
    values = np.concatenate([np.array(edges, dtype=np.uint64), rng.integers(0, 2**63, 5000, dtype=np.uint64),
                             rng.integers(0, 2**32, 5000, dtype=np.uint64)])
    # one text per value: the signature is the value's own permuted hashes
    lengths = np.ones(len(values), dtype=np.int64)
    new = mh.flat_signatures(values, lengths)
    old = _old_signatures([values[i : i + 1] for i in range(len(values))])
    assert np.array_equal(new, old)
    # and the reduction itself on products that land on the edges
    x = np.array(edges, dtype=np.uint64)
    red = (x & mh.MERSENNE) + (x >> np.uint64(61))
    red -= mh.MERSENNE * (red >= mh.MERSENNE)
    assert [int(v) for v in red] == [v % p for v in edges]
    assert a.dtype == b.dtype == np.uint64


@pytest.mark.parametrize("chunk", [1, 7, 64, 4096, 1_000_000])
def test_signatures_as_before_at_any_chunk(chunk: int) -> None:
    rng = random.Random(chunk)
    vocab = [f"слово{i}" for i in range(300)]
    texts = [[rng.choice(vocab) for _ in range(rng.choice([0, 0, 1, 2, 3, 4, 10, 40, 200]))] for _ in range(120)]
    sh = [_old_shingle_hashes(t) for t in texts]
    assert np.array_equal(mh.signatures(sh, chunk=chunk), _old_signatures(sh, chunk=chunk))
    hv, lengths = mh.text_shingles(texts)
    assert np.array_equal(mh.flat_signatures(hv, lengths, chunk=chunk), _old_signatures(sh, chunk=chunk))
    # the same shingle sets as the per-text function, per text
    at = 0
    for t, n in zip(texts, lengths):
        assert sorted(hv[at : at + n].tolist()) == sorted(_old_shingle_hashes(t).tolist())
        at += int(n)
    assert mh.signatures([]).shape == (0, mh.DEFAULT_PERM)
    assert mh.flat_signatures(np.empty(0, dtype=np.uint64), np.zeros(3, dtype=np.int64)).shape == (3, mh.DEFAULT_PERM)


def test_report_digests_as_before(reports) -> None:  # noqa: ANN001
    from repcheck.pipeline import rule_options
    from repcheck.rule import RuleContext
    from repcheck.rules.cross_report_duplicate import CrossReportDuplicate

    reg = registry_for(Config())
    opts = rule_options(CrossReportDuplicate, Config())
    compared = 0
    for r in reports:
        report_cache.clear()
        ctx = RuleContext(report=r, profile=reg.profiles[r.profile], options=opts)
        d = CrossReportDuplicate().extract(r, ctx)
        passages = [dcorpus.Passage(t, n, loc) for t, n, loc in zip(d.texts, d.norms, d.locs)]
        assert d.sigs == _old_digest_sigs(passages)
        compared += len(d)
    assert compared > 150
    report_cache.clear()


def _old_earlier_matches(texts: list[str], cutoff: float) -> list[dict[int, float]]:
    from rapidfuzz import fuzz, process

    from repcheck.dedup.pairs import as_float32

    out: list[dict[int, float]] = []
    for j, query in enumerate(texts):
        found: dict[int, float] = {}
        if j:
            earlier = texts[:j]
            for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
                for _, score, i in process.extract(query, earlier, scorer=scorer, score_cutoff=cutoff, limit=None):
                    if score > found.get(i, -1.0):
                        found[i] = score
        out.append({i: as_float32(s) for i, s in found.items()})
    return out


def test_earlier_matches_as_before(reports) -> None:  # noqa: ANN001
    from repcheck.dedup.pairs import earlier_matches

    norms = [nz.normalize(u.text) for r in reports for u in report_units(r)]
    norms = [n for n in norms if len(n.split()) >= 5]
    rng = random.Random(501)
    batches = [norms[i : i + 40] for i in range(0, min(len(norms), 1200), 40)]
    # near copies: a word dropped, two swapped, a letter changed
    for _ in range(30):
        base = rng.sample(norms, 8)
        batch = list(base)
        for t in base:
            w = t.split()
            k = rng.randrange(len(w))
            batch += [" ".join(w[:k] + w[k + 1 :]), " ".join(w[1:2] + w[:1] + w[2:]), t[:-1] + "ж", t + " " + w[0]]
        rng.shuffle(batch)
        batches.append(batch)
    found = 0
    for batch in batches:
        for cutoff in (50.0, 85.0, 90.0, 95.5, 100.0):
            new = earlier_matches(batch, cutoff)
            assert new == _old_earlier_matches(batch, cutoff)
            found += sum(map(len, new))
    assert found > 500


@pytest.mark.parametrize(("a", "b"), [(50, 150), (90, 110), (100, 100), (3, 6), (4, 7), (7, 13)])
def test_earlier_matches_keep_pairs_at_the_length_bound(a: int, b: int) -> None:
    """ratio of a text of length a inside one of length b is 200·a/(a+b): exactly the cutoff at
    the bound of the length window, below it with one character more. (3, 6), (4, 7) and (7, 13)
    are bounds that float arithmetic puts a hair outside the exact window.)"""
    from rapidfuzz import fuzz

    from repcheck.dedup.pairs import earlier_matches

    cutoff = 200 * a / (a + b)
    short = "ж" * a
    at = short + "щ" * (b - a)
    beyond = at + "щ"
    assert fuzz.ratio(short, at, score_cutoff=cutoff) >= cutoff  # rapidfuzz counts the pair at the bound
    texts = [short, at, beyond]
    got = earlier_matches(texts, cutoff)
    assert got == _old_earlier_matches(texts, cutoff)
    assert 0 in got[1]  # at the bound: kept
    assert 0 not in got[2]  # one character longer: cannot reach the cutoff


def _old_find_partials(text: str, strict: bool = True) -> list[tuple[int, int, str]]:
    import re

    from repcheck.parsing.numbers import parse_partial
    from repcheck.rules import partial_outcome as po

    out: list[tuple[int, int, str]] = []
    for sentence in po.SENTENCE_RE.split(text or ""):
        if not re.search(r"\d", sentence) or po.TARGET_RE.search(sentence):
            continue
        found: tuple[int, int] | None = None
        m = po.REVERSED_RE.search(sentence)
        if m and int(m.group("done")) < int(m.group("plan")):
            found = int(m.group("done")), int(m.group("plan"))
        pair = parse_partial(sentence) if found is None else None
        if pair is not None and pair[0] < pair[1]:
            done, plan = pair
            for rx in (po.OF_RE, po.SLASH_RE):
                for mm in rx.finditer(sentence):
                    ok = rx is po.SLASH_RE or po._plausible_of(mm, sentence, strict)
                    if (int(mm.group("done")), int(mm.group("plan"))) == (done, plan) and ok:
                        found = done, plan
                        break
                if found:
                    break
        if found and found[0] < found[1]:
            out.append((found[0], found[1], sentence.strip()))
    return out


def test_find_partials_as_before(unit_texts: list[str]) -> None:
    from repcheck.rules.partial_outcome import find_partials

    extra = ["проведено 5 занятий из 8", "Проведено 5 занятий ИЗ 8", "выполнено 2/4", "выполнено 2 / 4.", "Из 8 запланированных занятий проведено 5",
             "ИЗ 8 запланированных занятий проведено 5", "проведено 3 Из 5 мероприятий", "проведено 3 иЗ 5 мероприятий",
             "проведено 3 из5 мероприятий", "проведено 3 и з 5 мероприятий", "проведено 3 İз 5", "выполнено 2∕4", "выполнено 2／4",
             "проведено 1 занятие из 7 (01.09.2023)", "не менее 3 из 5", "12 из 30 обучающихся", "из", "/", "5", ""]
    found = 0
    for t in unit_texts + extra:
        for strict in (True, False):
            new = find_partials(t, strict)
            assert new == _old_find_partials(t, strict), t
            found += len(new)
    assert found >= 8
    report_cache.clear()


def test_unit_place_is_where_locate_puts_the_unit() -> None:
    """D503 reads a passage's place from its unit instead of `ctx.locate`: the same fields, on
    every unit of the corpus's reports in every format (tables, nested sections, PDFs' pages)."""
    from repcheck.rule import RuleContext
    from repcheck.rules.cross_report_duplicate import unit_place

    cfg = Config()
    reg = registry_for(cfg)
    paths = [p for p in sorted((ROOT / "corpus").rglob("*")) if p.suffix in (".docx", ".pdf", ".txt", ".odt", ".rtf")
             and "tools" not in p.parts]
    compared = tables = 0
    for path in paths[:60]:
        try:
            r = analyse(read_document(path, reg, cfg), reg, cfg)
        except Exception:  # noqa: BLE001 - a file the corpus keeps unreadable on purpose
            continue
        ctx = RuleContext(report=r, profile=reg.profiles[r.profile])
        for u in report_units(r):
            loc = ctx.locate(block=u.block, row=u.row, column=u.header)
            assert unit_place(r, u) == (loc.section, loc.table, loc.row, loc.column, loc.page, loc.line, loc.block)
            compared += 1
            tables += u.row is not None
    assert compared > 3000 and tables > 500


def _old_strip(wording, norm: str) -> str:  # noqa: ANN001
    for p, triggers in wording.patterns:
        if triggers is None or triggers.search(norm):
            norm = p.sub(" ", norm)
    for ph in wording.phrases:
        if ph and ph in norm:
            norm = norm.replace(ph, " ")
    return " ".join(norm.split())


def test_wording_strip_as_before(unit_texts: list[str]) -> None:
    from repcheck.dedup import allowlist

    reg = registry_for(Config())
    laws = ["в соответствии с требованиями фгос ооо и соо проведено", 'федеральный закон от 29.12.2012 № 273-фз "об образовании"',
            'приказ минпросвещения от 31.05.2021 № 287 "об утверждении фгос"', 'национальный проект "образование" и 273-фз',
            "государственная программа развития", "федеральный проект без кавычек", "закон", "-фз", ""]
    probes = [nz.normalize(t) for t in unit_texts] + laws
    stripped = 0
    for prof in list(reg.concrete_profiles())[:3]:
        titles = allowlist.profile_titles(prof)
        for extra in ((), ("школа будущего", r"проект\w*")):
            w = allowlist.Wording.build(extra, prof.template_phrases, titles)
            assert (w._any_trigger is None) == bool(extra)  # a pattern without triggers: the loop decides
            for t in probes:
                new = w.strip(t)
                assert new == _old_strip(w, t), t
                stripped += new != t
    assert stripped > 100


def test_s102_reads_each_table_once(monkeypatch, reports) -> None:  # noqa: ANN001
    """S102 asks whether a table is filled in up to three times (a section's intro, the unlisted
    headings, the blank tables): table_data_text runs once per table and header rows."""
    from collections import Counter

    from repcheck.rule import RuleContext
    from repcheck.rules import empty_section

    reg = registry_for(Config())
    calls: Counter = Counter()
    real = empty_section.table_data_text

    def counting(block, header_rows):  # noqa: ANN001, ANN202
        calls[(id(block), header_rows)] += 1
        return real(block, header_rows)

    monkeypatch.setattr(empty_section, "table_data_text", counting)
    asked = 0
    for r in reports:
        calls.clear()
        ctx = RuleContext(report=r, profile=reg.profiles[r.profile])
        list(empty_section.EmptySection().check(r, ctx))
        assert all(n == 1 for n in calls.values()), calls
        asked += len(calls)
    assert asked >= 10


def test_coverage_with_a_row_reused_as_before(reports) -> None:  # noqa: ANN001
    """C202 looks every plan item's words up in the same reported rows: a row's answers are
    remembered across items, and each score stays as the per-call code gave it."""
    from rapidfuzz import fuzz

    from repcheck.rules.plan_item_not_reported import RowWords, _weight, coverage
    from repcheck.textmatch import lemmas

    def old(part, whole):  # noqa: ANN001, ANN202 - the replaced function, verbatim in substance
        if not part:
            return 0.0
        other = set(whole)
        hit = sum(_weight(w) for w in part if w in other or any(fuzz.ratio(w, v) >= 85 for v in other))
        return 100.0 * hit / sum(_weight(w) for w in part)

    rows = [lemmas(c.text) for r in reports for b in r.document.blocks if b.table for row in b.table.rows for c in row.cells]
    rows = [x for x in rows if x][:300]
    rng = random.Random(202)
    at, near = "абвгдежзиклмнопрстуф", "абвгдежзиклмнопрсшщы"  # ratio exactly 85: counts
    below = "абвгдежзиклмнопршщыэ"  # 4 letters of 20 changed: 80, does not
    assert fuzz.ratio(at, near) == 85.0 and fuzz.ratio(at, below) < 85
    rows += [(at, "школа"), (near,), (below, "школа")]
    parts = rows[:150] + [(at,), (near, "школа"), (below,), ("школа", "школа"), ()]
    for whole in rows[::3] + rows[-3:]:
        rw = RowWords(whole)
        for part in rng.sample(parts, 40) + parts[-5:]:
            assert coverage(part, rw) == old(part, whole) == coverage(part, whole), (part, whole)
    assert coverage((at,), RowWords((near,))) == 100.0 and coverage((at,), RowWords((below,))) == 0.0
