"""The rules' hot-path speed-ups (issue 13, part B) decide exactly as the code they stand in for,
and the per-report work is done once per report: one date scan per text, one text pass for
D501/D502/D503, per-report caches emptied between files.

The reference implementations below are the replaced code, kept verbatim."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from repcheck import report_cache
from repcheck.config import Config
from repcheck.dedup import allowlist, normalize as nz
from repcheck.dedup.units import report_units, split_sentences
from repcheck.engine import Settings, analyse, check_file, read_document, registry_for
from repcheck.parsing import dates, numbers
from repcheck.rules.plan_item_not_reported import _weight, coverage
from repcheck.structurer import tables
from repcheck.textmatch import lemmas

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "corpus" / "text").glob("*.txt"))
DOCX = sorted((ROOT / "corpus" / "docx").glob("*.docx"))


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
    rng = random.Random(13)
    alphabet = "аб вгЁё AB<>*_[]\\()#.-–— «»\"'@:/0123456789 www http ru рф com 1. IV. а) • \t\n"
    pieces = ["<b>", "</p>", "**", "__", "\\_", "\\*", "[bookmark:x]", "<https://a.ru>", "school@mail.ru",
              "http://s50.ru/x", "сайт.рф", " - ", "1) ", "ФГОС ООО", "приказ от 01.02.2021 № 5"]
    for _ in range(3000):
        parts = [rng.choice(pieces) if rng.random() < 0.3 else "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
                 for _ in range(rng.randint(1, 6))]
        out.append("".join(parts))
    return out


# -- the replaced code -------------------------------------------------------------------------
def _old_clean(text: str) -> str:
    text = nz.ANGLE_URL_RE.sub(r"\1", text)
    text = nz.MARKUP_RE.sub("", text)
    text = nz.ESCAPE_RE.sub(r"\1", text)
    return " ".join(text.split())


def _old_normalize(text: str) -> str:
    text = _old_clean(text).lower().translate(nz._FOLD)
    text = nz.LABEL_RE.sub("", text)
    text = nz.DASH_SPACE_RE.sub("-", text)
    return " ".join(text.split())


def _old_content_words(text: str) -> list[str]:
    t = nz.URL_RE.sub(" ", nz.EMAIL_RE.sub(" ", _old_clean(text)))
    return [w for w in nz.WORD_RE.findall(_old_normalize(t)) if len(w) >= 3 and nz.LETTER_RE.search(w)
            and w not in nz.STOP_WORDS]


def _old_header_role(text: str, patterns) -> object:  # noqa: ANN001
    h = tables.norm_header(text)
    if not h:
        return None
    if tables.DATES_FIRST_RE.match(h):
        return tables.ColumnRole.ACTUAL_DATES if tables.ACTUAL_WORD_RE.search(h) else tables.ColumnRole.DATES
    for role, pats in patterns:
        if any(p.search(h) for p in pats):
            return role
    bare = " ".join(tables.BRACKETS_RE.sub(" ", h).split())
    if bare and bare != h:
        for role, pats in patterns:
            if any(p.search(bare) for p in pats):
                return role
    return None


def _old_coverage(part: tuple[str, ...], whole: tuple[str, ...]) -> float:
    if not part:
        return 0.0
    other = set(whole)
    hit = sum(_weight(w) for w in part if w in other or any(fuzz.ratio(w, v) >= 85 for v in other))
    return 100.0 * hit / sum(_weight(w) for w in part)


def _old_parse_partial(text: str) -> tuple[int, int] | None:
    norm = dates._normalize(text)
    if "из" not in norm and "/" not in norm:
        return None
    skip = dates._masked_spans(norm) + [(d.start, d.end) for d in dates.find_dates(text)]
    for rx in (numbers._PARTIAL_OF, numbers._PARTIAL_SLASH):
        for m in rx.finditer(norm):
            if numbers._hits(m.start(), m.end(), skip):
                continue
            done, plan = int(m.group("done")), int(m.group("plan"))
            if 0 < plan and done <= plan:
                return done, plan
    return None


class _OldWording(allowlist.Wording):
    def strip(self, norm: str) -> str:
        for p, triggers in self.patterns:
            words = allowlist._TRIGGERS.get(p.pattern)
            if words is None or any(k in norm for k in words):
                norm = p.sub(" ", norm)
        for ph in self.phrases:
            if ph and ph in norm:
                norm = norm.replace(ph, " ")
        return " ".join(norm.split())

    def is_template(self, norm: str) -> bool:
        from rapidfuzz import process

        t = norm.rstrip(" .;:")
        if not t:
            return True
        n = len(t)
        words = set(t.split())
        near = [x for x, ws in self._title_words if abs(len(x) - n) <= max(8, n // 5) and len(ws & words) >= 0.7 * len(ws)]
        if near and process.extractOne(t, near, scorer=fuzz.ratio, score_cutoff=90) is not None:
            return True
        cands = [x for x, ws in self._phrase_words if len(x) >= 0.6 * n and len(ws & words) >= 0.7 * len(ws)]
        return bool(cands) and process.extractOne(t, cands, scorer=fuzz.partial_ratio, score_cutoff=90) is not None


# -- same decisions ----------------------------------------------------------------------------
def test_clean_normalize_and_content_words_as_before(unit_texts: list[str]) -> None:
    report_cache.clear()
    for t in unit_texts:
        assert nz.clean(t) == _old_clean(t), t
        assert nz.normalize(t) == _old_normalize(t), t
        assert nz.content_words(t) == _old_content_words(t), t
        n = nz.normalize(t)  # what the rules pass: already normalised text
        assert nz.content_words(n) == _old_content_words(n), n
    report_cache.clear()


def test_wording_strip_and_is_template_as_before(reports, unit_texts: list[str]) -> None:  # noqa: ANN001
    reg = registry_for(Config())
    checked = 0
    for prof in reg.concrete_profiles():
        titles = allowlist.profile_titles(prof)
        new = allowlist.Wording(allowlist.DEFAULT_PATTERNS, prof.template_phrases, titles)
        old = _OldWording(allowlist.DEFAULT_PATTERNS, prof.template_phrases, titles)
        # the titles themselves, and each shortened or lengthened at the length bounds
        probes = [nz.normalize(t) for t in titles] + [nz.normalize(t) for t in unit_texts[:4000]]
        for t in titles[:40]:
            n = nz.normalize(t)
            probes += [n[: max(1, len(n) - k)] for k in (7, 8, 9)] + [n + " " + "ж" * k for k in (6, 7, 8)]
        for p in probes:
            assert new.strip(p) == old.strip(p), p
            assert new.is_template(p) == old.is_template(p), p
            checked += 1
    assert checked > 10_000
    report_cache.clear()


def test_header_role_as_before(reports) -> None:  # noqa: ANN001
    reg = registry_for(Config())
    headers = {c.text for r in reports for b in r.document.blocks if b.table for row in b.table.rows[:3] for c in row.cells}
    headers |= {"Сроки проведения фактически", "Результат (на 30.06.2025)", "", "  ", "Дата"}
    checked = 0
    for prof in reg.concrete_profiles():
        new = tables.role_patterns(prof)
        old = [(tables.ColumnRole(role), [re.compile(p, re.IGNORECASE) for p in pats]) for role, pats in prof.columns.items()]
        for h in headers:
            assert tables.header_role(h, new) == _old_header_role(h, old), h
            checked += 1
    assert checked > 500


def test_header_roles_are_remembered_per_pattern_list(monkeypatch) -> None:  # noqa: ANN001
    plan = [(tables.ColumnRole.EVENT, [re.compile("мероприяти", re.IGNORECASE)])]
    fact = [(tables.ColumnRole.ACTUAL_RESULT, [re.compile("мероприяти", re.IGNORECASE)])]
    calls: list[str] = []
    real = tables._header_role
    monkeypatch.setattr(tables, "_header_role", lambda t, p: calls.append(t) or real(t, p))
    monkeypatch.setattr(tables, "_ROLE_CACHE", {})
    monkeypatch.setattr(tables, "_ROLE_CACHE_MAX", 3)
    assert tables.header_role("Мероприятия", plan) is tables.ColumnRole.EVENT
    assert tables.header_role("Мероприятия", plan) is tables.ColumnRole.EVENT
    assert calls == ["Мероприятия"]  # the second answer came from the cache
    assert tables.header_role("Мероприятия", fact) is tables.ColumnRole.ACTUAL_RESULT  # other patterns: asked again
    assert tables.header_role("Итого", plan) is None
    assert len(tables._ROLE_CACHE) == 3
    tables.header_role("Сроки", plan)  # a fourth question: the full cache starts again
    assert len(tables._ROLE_CACHE) == 1


def test_coverage_as_before(reports) -> None:  # noqa: ANN001
    rows = [lemmas(c.text) for r in reports for b in r.document.blocks if b.table for row in b.table.rows for c in row.cells]
    rows = [x for x in rows if x][:400]
    rng = random.Random(5)
    for _ in range(3000):
        a, b = rng.choice(rows), rng.choice(rows)
        assert coverage(a, b) == _old_coverage(a, b)
    # a near spelling at the threshold: ratio 85 counts, 84.2 does not, 85.7 does
    at, near = "абвгдежзиклмнопрстуф", "абвгдежзиклмнопрсшщы"  # 3 letters of 20 changed: exactly 85
    assert fuzz.ratio(at, near) == 85.0
    assert fuzz.ratio("методистов", "методисты") < 85 < fuzz.ratio("учитель", "учителя")
    cases = {(at,): (near,), ("методистов",): ("методисты", "школа"), ("учитель", "школа"): ("учителя",),
             ("школа", "школа"): (), (): ("школа",)}
    for part, whole in cases.items():
        assert coverage(part, whole) == _old_coverage(part, whole)
    assert coverage((at,), (near,)) == 100.0
    assert coverage(("методистов",), ("методисты", "школа")) == 0.0
    assert coverage(("учитель", "школа"), ("учителя",)) == 50.0


def test_parse_partial_as_before(unit_texts: list[str]) -> None:
    extra = ["проведено 5 занятий из 8", "выполнено 2/4", "3 из 5 мероприятий 12.05.2024", "из 2021/2022 года",
             "1 занятие из 7 (01.09.2023)", "10 человек из 2 школ", "из", "/"]
    for t in unit_texts + extra:
        assert numbers.parse_partial(t) == _old_parse_partial(t), t
    report_cache.clear()


# -- once per report ---------------------------------------------------------------------------
def test_one_date_scan_per_text_and_report(monkeypatch) -> None:  # noqa: ANN001
    scans: Counter = Counter()
    real = dates._candidates

    def counting(norm, ctx):  # noqa: ANN001, ANN202
        scans[(norm, ctx)] += 1
        return real(norm, ctx)

    monkeypatch.setattr(dates, "_candidates", counting)
    settings = Settings(config=Config(cache=False))
    for path in (ROOT / "corpus" / "text" / "kip-annual-defects.txt", ROOT / "corpus" / "docx" / "mip-report-defects.docx"):
        scans.clear()
        result = check_file(path, settings)
        assert result.findings and not result.error
        assert len(scans) > 20  # the structurer and the rules did scan
        assert max(scans.values()) == 1, [k for k, v in scans.items() if v > 1][:3]


def test_one_text_pass_for_the_duplication_rules(monkeypatch) -> None:  # noqa: ANN001
    from repcheck.dedup import textpass, units

    calls: list[int] = []
    real = units.report_units

    def counting(report):  # noqa: ANN001, ANN202
        calls.append(id(report))
        return real(report)

    monkeypatch.setattr(units, "report_units", counting)
    monkeypatch.setattr(textpass, "report_units", counting)
    settings = Settings(config=Config(cache=False))
    result = check_file(ROOT / "corpus" / "text" / "mip-report-defects.txt", settings)
    assert any(f.code == "D501" for f in result.findings)  # D501 ran on the shared pass
    assert result.corpus_data.get("D503") is not None and len(result.corpus_data["D503"]) > 0  # D503 too
    assert len(calls) == 1


def test_per_report_caches_are_emptied_between_files(monkeypatch) -> None:  # noqa: ANN001
    held: list[int] = []
    real = report_cache.clear

    def recording() -> None:
        held.append(report_cache.size())
        real()

    monkeypatch.setattr(report_cache, "clear", recording)
    settings = Settings(config=Config(cache=False))
    for path in TEXTS[:4]:
        check_file(path, settings)
        assert report_cache.size() == 0  # nothing of the file is kept after it
    # before and after each file: the caches had filled during the file and were emptied
    assert len(held) == 8 and all(h > 100 for h in held[1::2])


def test_a_cache_nobody_clears_stays_bounded(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(report_cache, "LIMIT", 50)
    report_cache.clear()
    for i in range(500):
        nz.normalize(f"Текст номер {i}")
    assert 0 < len(nz.normalize.cache) <= 50
    report_cache.clear()
    assert len(nz.normalize.cache) == 0


def test_sentence_totals_skip_only_text_no_pattern_can_match(unit_texts: list[str]) -> None:
    """_sentence_totals skips text without a digit, the colon patterns without a colon and the
    «parts, then всего» pattern without «всего»/«итого»: none of them can match such text."""
    from repcheck.structurer import totals as tt

    colon_res = (tt.TEXT_TOTAL_RE, tt.PEOPLE_TOTAL_RE, tt.NOUN_TOTAL_RE, tt.SAME_NOUN_TOTAL_RE)
    texts = unit_texts + ["Всего 25 человек: 10 педагогов, 15 обучающихся", "участвовали 214 человек: обучающиеся – 176, педагоги – 29",
                          "5–7 классы – 146, 8–9 классы – 98; ИТОГО – 244", "всего двадцать: десять и десять"]
    matched = 0
    for t in texts:
        for rx in (*colon_res, tt.PARTS_THEN_TOTAL_RE):
            if rx.search(t):
                matched += 1
                assert tt._DIGIT_RE.search(t)
                assert ":" in t if rx in colon_res else tt._TOTAL_WORD_RE.search(t)
    assert matched >= 3
