"""Tests quote no sentence, name or number of the real reports in ../shared/seeds.

The seeds are used only as whole files (the tests that read them skip when they are absent);
every report text a test needs is written for the project. This test reads the seeds when they
are there and fails when a file under tests/ repeats what identifies one of them:

* a person's name: «Фамилия И.О.», «И. О. Фамилия» or «Фамилия Имя Отчество» of a seed, in any
  of these shapes (the surname with the same initials);
* a name in «…» of two words or more (a school, a project, an event), unless it is standard
  wording (a law or an order, a federal standard, a national project: the allow-list of D501);
* three consecutive words around a capitalised word that does not start a sentence (a place, a
  person, an organisation: «г. Энск, ул. Садовая»), unless that word is the genre's own (it
  occurs in a form's section titles, prompts or keywords, or in the short list below);
* a place (a word pymorphy3 tags as a toponym: «Тверь», «Твери»), in any form or as the
  adjective made from it («Тверская область»);
* contact details: a web address or e-mail of a seed (its host, a file or page in its path, the
  mailbox), a phone number, a postcode;
* numbers of documents: a full date («16.09.2030») or a document number with a slash («№ 51/4»);
* eight consecutive words (a distinctive sentence), once the form's own wording — section
  titles, prompts, the allow-list — is taken out of the seed's line.

Genre-standard wording is everyone's and does not count: what the forms' profiles say (section
titles, prompts, keywords), the allow-list, wording two seeds share (two schools filling in one
form), and wording the project's own reports in corpus/ use (written around the same forms).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.dedup.allowlist import Wording, profile_titles
from repcheck.dedup.normalize import normalize
from repcheck.engine import registry_for
from repcheck.textmatch import _morph, lemma

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
TESTS = ROOT / "tests"
CORPUS_TEXTS = ("corpus/text/*.txt", "corpus/formats/*.txt")  # the project's reports: the forms' wording
SENTENCE_WORDS = 8
NAME_WORDS = 3

WORD_RE = re.compile(r"[A-Za-zА-Яа-яЁё0-9]+(?:-[A-Za-zА-Яа-яЁё0-9]+)*")
QUOTED_RE = re.compile(r"«([^«»]{3,160})»")
# «Иванова Т.М.», «Иванова Т. М.», «Т.М. Иванова»: a surname and two initials.
SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
INITIALS = r"[А-ЯЁ]\.\s?[А-ЯЁ]\."
SURNAME_INITIALS_RE = re.compile(rf"(?<![\w.])({SURNAME})\s+({INITIALS})")
INITIALS_SURNAME_RE = re.compile(rf"(?<![\w.])({INITIALS})\s*({SURNAME})(?![\w])")
FULL_NAME_RE = re.compile(rf"(?<![\w])({SURNAME})\s+([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:ович|евич|ич|овна|евна|ична|инична)[а-я]{{0,2}})(?![\w])")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>)\]»\"']+|[\w.\\-]+@[\w.-]+\.[a-zа-я]{2,}", re.IGNORECASE)
HOST_RE = re.compile(r"^(?:https?://)?(?:www\.)?([^/?#:]+)", re.IGNORECASE)
PHONE_RE = re.compile(r"(?:\+7|8)?\s*\(\d{3,5}\)\s*\d{1,3}(?:[-\s]\d{2}){2}|(?<![\d.,-])\d{2,3}-\d{2}-\d{2}(?![\d-])")
DATE_RE = re.compile(r"(?<![\d.])(\d{2}\.\d{2}\.(?:19|20)\d{2})(?![\d])")
DOC_NUMBER_RE = re.compile(r"№\s*((?:[А-ЯЁA-Z]{1,4}\s?)?\d+/\d+)")
POSTCODE_RE = re.compile(r"(?<![\d.,/-])([1-9]\d{5}),\s")
# Mail and site services everyone uses: their names identify no one.
PUBLIC_HOSTS = frozenset("mail.ru yandex.ru ya.ru gmail.com inbox.ru list.ru bk.ru rambler.ru vk.com ok.ru t.me".split())
# Toponyms of the genre: every report names the country.
GENRE_PLACES = frozenset("россия рф".split())
# A capitalised word after one of these abbreviations does not start a sentence: «г. Энск».
ABBREVIATIONS = frozenset("г гг ул д с п пос им ст пр обл р рф т др руб тыс чел кв корп стр каб зам зав канд".split())
# Capitalised words of the genre that name no one (beyond the profiles' own words).
GENRE_WORDS = frozenset(
    """российский россия федерация федеральный краевой муниципальный министерство минпросвещения
    минобрнауки департамент управление комитет ссылка примечание итого всего директор руководитель
    заместитель приказ положение план программа проект этап январь февраль март апрель май июнь
    июль август сентябрь октябрь ноябрь декабрь""".split()
)


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def _standard() -> tuple[Wording, frozenset[str]]:
    """The standard wording of every known form (titles, prompts, the allow-list) and the words
    of the forms' titles, prompts and keywords."""
    registry = registry_for(Config())
    phrases: list[str] = []
    titles: list[str] = []
    words: set[str] = set()
    for profile in registry.profiles.values():
        phrases += profile.template_phrases
        titles += profile_titles(profile)
        for text in [*profile.template_phrases, *profile_titles(profile),
                     *(k for s in profile.sections for k in s.keywords)]:
            words.update(lemma(w) for w in WORD_RE.findall(text))
    return Wording.build((), phrases, titles), frozenset(words | {lemma(w) for w in GENRE_WORDS})


@dataclass
class Marks:
    """What identifies the seeds."""

    people: set[tuple[str, str]] = field(default_factory=set)  # (surname, initials)
    quoted: set[str] = field(default_factory=set)  # normalised «…» names
    names: set[tuple[str, ...]] = field(default_factory=set)  # word triples around a proper name
    sentences: set[tuple[str, ...]] = field(default_factory=set)  # 8-word runs
    places: set[str] = field(default_factory=set)  # lemmas of toponyms
    contacts: set[str] = field(default_factory=set)  # hosts, page and file names, mailboxes, postcodes
    phones: set[str] = field(default_factory=set)  # the last seven digits of a phone number


def _initials(text: str) -> str:
    return "".join(c for c in text if c.isupper())


def people_in(text: str) -> set[tuple[str, str]]:
    out = {(_fold(m.group(1)), _initials(m.group(2))) for m in SURNAME_INITIALS_RE.finditer(text)}
    out |= {(_fold(m.group(2)), _initials(m.group(1))) for m in INITIALS_SURNAME_RE.finditer(text)}
    out |= {(_fold(m.group(1)), m.group(2)[0] + m.group(3)[0]) for m in FULL_NAME_RE.finditer(text)}
    return out


def places_in(text: str) -> set[str]:
    """Lemmas of the capitalised words pymorphy3 reads as a toponym first and not as a first name."""
    out = set()
    for w in set(WORD_RE.findall(text)):
        if len(w) < 3 or not w[0].isupper() or w.isupper() or not re.search("[а-яё]", w):
            continue
        parses = _morph().parse(w.lower())
        if parses and "Geox" in parses[0].tag and "Name" not in parses[0].tag:
            place = lemma(w)
            if place not in GENRE_PLACES:
                out.add(place)
    return out


def _names_place(word: str, places: set[str]) -> str | None:
    """The place `word` names: its lemma, or an adjective made from it («тверской» of «Тверь»)."""
    lem = lemma(word)
    if lem in places:
        return lem
    if not lem.endswith(("ский", "цкий", "ской")):
        return None
    return next((p for p in places if len(p) >= 4 and lem.startswith(p[:-1]) and len(lem) <= len(p) + 5), None)


def contacts_in(text: str) -> tuple[set[str], set[str]]:
    """(hosts, page and file names, mailboxes and postcodes; phone numbers' last seven digits)."""
    out: set[str] = set()
    for m in URL_RE.finditer(text):
        url = m.group(0).rstrip(".,;:").replace("\\", "").lower()
        if "@" in url and "://" not in url:
            box, host = url.split("@", 1)
            if host not in PUBLIC_HOSTS:
                out.add(host)
            if len(box) >= 6:
                out.add(box)
            continue
        host = HOST_RE.match(url).group(1)  # type: ignore[union-attr]
        if host not in PUBLIC_HOSTS:
            out.add(host)
        out.update(seg for seg in re.split(r"[/?#&=]", url[len(host):]) if len(seg) >= 8 and not seg.startswith("http"))
    out.update(m.group(1) for m in POSTCODE_RE.finditer(text))
    out.update(m.group(1) for m in DATE_RE.finditer(text))
    out.update(m.group(1).lower() for m in DOC_NUMBER_RE.finditer(text))
    phones = {re.sub(r"\D", "", m.group(0))[-7:] for m in PHONE_RE.finditer(text)}
    return out, phones


def _runs(words: list[str], n: int) -> Iterable[tuple[str, ...]]:
    return (tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def _name_triples(line: str, genre: frozenset[str]) -> Iterable[tuple[str, ...]]:
    """Word triples holding a capitalised word that does not start a sentence, a quote or a
    list item and is not the genre's own."""
    tokens = list(WORD_RE.finditer(line))
    for k, m in enumerate(tokens):
        w = m.group(0)
        if len(w) < 2 or not w[0].isupper() or w.isupper() or lemma(w) in genre:
            continue
        before = line[tokens[k - 1].end():m.start()] if k else line[:m.start()]
        prev = _fold(tokens[k - 1].group(0)) if k else ""
        if k == 0 or re.search(r"[!?:;«\"()\[\]\t|<>*]", before) or (
                "." in before and prev not in ABBREVIATIONS):
            continue  # starts a sentence, a cell, a quote, a bracket or a list item
        words = [_fold(t.group(0)) for t in tokens]
        for start in range(max(0, k - NAME_WORDS + 1), min(k, len(tokens) - NAME_WORDS) + 1):
            yield tuple(words[start:start + NAME_WORDS])


def _one_seed(text: str, wording: Wording, genre: frozenset[str]) -> Marks:
    contacts, phones = contacts_in(text)
    marks = Marks(people={p for p in people_in(text) if lemma(p[0]) not in genre}, places=places_in(text),
                  contacts=contacts, phones=phones)
    for line in text.splitlines():
        own = WORD_RE.findall(wording.strip(normalize(line)))  # the line without standard wording
        joined = " " + " ".join(own) + " "
        for m in QUOTED_RE.finditer(line):
            words = WORD_RE.findall(normalize(m.group(1)))
            name = " ".join(words)
            if (len(words) >= NAME_WORDS or any(c.isdigit() for c in name)) and f" {name} " in joined:
                marks.quoted.add(name)
        marks.names.update(_name_triples(line, genre))
        marks.sentences.update(_runs(own, SENTENCE_WORDS))
    return marks


@lru_cache(maxsize=1)
def _corpus_runs() -> tuple[frozenset[tuple[str, ...]], str]:
    """Word runs (of 3 and of 8) and the folded text of the project's own reports."""
    runs: set[tuple[str, ...]] = set()
    texts = []
    for pattern in CORPUS_TEXTS:
        for path in sorted(ROOT.glob(pattern)):
            words = [_fold(w) for w in WORD_RE.findall(normalize(path.read_text(encoding="utf-8", errors="replace")))]
            runs.update(_runs(words, NAME_WORDS))
            runs.update(_runs(words, SENTENCE_WORDS))
            texts.append(" ".join(words))
    return frozenset(runs), " " + " | ".join(texts) + " "


@lru_cache(maxsize=1)
def _corpus_raw() -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").lower()
                     for pattern in CORPUS_TEXTS for path in sorted(ROOT.glob(pattern)))


def seed_marks(texts: Iterable[str], witnesses: bool = True) -> Marks:
    """What identifies the seeds, less what is the genre's (see the module's docstring);
    `witnesses=False` leaves out the project's corpus as a witness of the forms' wording."""
    wording, genre = _standard()
    per_seed = [_one_seed(t, wording, genre) for t in texts]
    corpus_runs, corpus_text = _corpus_runs() if witnesses else (frozenset(), "")
    corpus_raw = _corpus_raw() if witnesses else ""
    marks = Marks()
    for kind in ("people", "quoted", "names", "sentences", "places", "contacts", "phones"):
        seen: dict = {}
        for m in per_seed:
            for item in getattr(m, kind):
                seen[item] = seen.get(item, 0) + 1
        own = {item for item, n in seen.items() if n == 1 and item not in corpus_runs}
        if kind == "quoted":
            own = {q for q in own if f" {q} " not in corpus_text}
        if kind == "contacts":
            own = {c for c in own if c not in corpus_raw}
        setattr(marks, kind, own)
    return marks


def quotes(text: str, marks: Marks) -> list[str]:
    """What `text` repeats of the seeds, one line each."""
    words = [_fold(w) for w in WORD_RE.findall(text)]
    joined = " " + " ".join(words) + " "
    hits = [f"person {s.title()} {i}" for s, i in sorted(people_in(text) & marks.people)]
    hits += [f"name «{q}»" for q in sorted(marks.quoted) if f" {q} " in joined]
    hits += [f"words «{' '.join(t)}»" for t in sorted(set(_runs(words, NAME_WORDS)) & marks.names)]
    hits += [f"sentence «{' '.join(t)}»" for t in sorted(set(_runs(words, SENTENCE_WORDS)) & marks.sentences)]
    capitalised = {w for w in WORD_RE.findall(text) if w[0].isupper() and re.search("[а-яё]", w)}
    hits += sorted({f"place «{w}» ({p})" for w in capitalised if (p := _names_place(w, marks.places))})
    low = text.lower().replace("\\", "")
    hits += [f"contact «{c}»" for c in sorted(marks.contacts) if re.search(rf"(?<![\w.-]){re.escape(c)}(?![\w-])", low)]
    hits += [f"phone «…{p}»" for p in sorted(contacts_in(text)[1] & marks.phones)]
    return hits


def files_under_tests() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*") if p.suffix in (".py", ".yaml", ".yml") and p.is_file())


# -- the detector on invented text: it finds each shape and lets the genre's wording pass ----------

INVENTED_SEED = """ОТЧЁТ о деятельности краевой инновационной площадки за 2030 год
1. Юридическое название учреждения (организации): МБОУ «Средняя школа № 77» г. Энска, ул. Садовая, д. 5
2. Адрес: 999001, г. Тверь; телефон 8(39999) 1-23-45; почта shkola77-ensk@mail.ru; сайт https://shkola77.ensk.example/proekt/luna-2030
4. ФИО руководителя: Подберёзкина Алевтина Игнатьевна
Координатор проекта – О.Ю. Кротов, заместитель директора (приказ № 51/4 от 16.09.2030).
Проект «Лунная обсерватория для всех» выполняется в соответствии с Федеральным законом «Об образовании в Российской Федерации».
Юные астрономы за год собрали в школьном дворе настоящий солнечный телескоп из старых линз.
"""


def test_the_detector_finds_names_places_and_sentences_of_a_seed() -> None:
    marks = seed_marks([INVENTED_SEED], witnesses=False)
    copied = """
      text: |
        Координатор: Кротов О. Ю.; руководитель – А.И. Подберёзкина.
        Школа «средняя школа № 77» открыла клуб.
        Адрес: г. Энска, ул. Садовая.
        Весной юные астрономы за год собрали в школьном дворе настоящий солнечный телескоп.
        Сайт: shkola77.ensk.example/proekt/luna-2030; почта SHKOLA77-ENSK@mail.ru; тел. (39999) 1-23-45.
        Участники из Тверской области, индекс 999001, г. Твери; приказ от 16.09.2030 № 51/4.
    """
    hits = quotes(copied, marks)
    assert "person Кротов ОЮ" in hits and "person Подберезкина АИ" in hits
    assert "name «средняя школа 77»" in hits
    assert "words «г энска ул»" in hits
    assert any(h.startswith("sentence «юные астрономы за год собрали в школьном дворе") for h in hits)
    assert {"contact «shkola77.ensk.example»", "contact «luna-2030»", "contact «shkola77-ensk»",
            "contact «999001»", "contact «16.09.2030»", "contact «51/4»", "phone «…9912345»"} <= set(hits)
    assert {h for h in hits if h.startswith("place")} == {"place «Твери» (тверь)", "place «Тверской» (тверь)"}


def test_the_detector_lets_the_genre_wording_pass() -> None:
    marks = seed_marks([INVENTED_SEED], witnesses=False)
    own = """
      ОТЧЁТ о деятельности краевой инновационной площадки за 2025 год
      1. Юридическое название учреждения (организации): МАОУ «Гимназия № 4» г. Приречного
      Проект «Школьный планетарий» выполняется в соответствии с Федеральным законом «Об образовании в Российской Федерации».
      Руководитель – Кротова Н. С.; клуб «Юные астрономы» собрал телескоп.
    """
    assert quotes(own, marks) == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not available")
def test_tests_quote_no_name_or_sentence_of_the_seeds() -> None:
    marks = seed_marks(p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt")))
    found = []
    for path in files_under_tests():
        for hit in quotes(path.read_text(encoding="utf-8", errors="replace"), marks):
            found.append(f"{path.relative_to(ROOT)}: {hit}")
    assert not found, "tests repeat the real reports in ../shared/seeds:\n" + "\n".join(found)
