"""Tolerant matching of Russian headings and phrases: word forms, numbering, typos.

Measured before (../shared/notes: 43 real heading variants, 27 canonical sections): pymorphy3
lemmas, stop-words dropped, then rapidfuzz token_set_ratio at 70–80 put 42/43 first with no false
match on 13 unrelated headings; WRatio and partial ratios produced false matches. token_set_ratio
alone scores 100 whenever one side's words are a subset of the other's, so `heading_score` caps
it by weighted coverage (see its docstring). On tests/test_textmatch.py (125 heading variants →
canonical section of 5 profiles, 36 unrelated headings checked against every profile):
heading_score with the profiles' variants puts 125/125 first and matches none of the unrelated
headings; with titles alone (no variants) 100/125; plain lemmas + token_set_ratio matched 4 of the
first 19 unrelated headings («Содержание», «Результаты анкетирования родителей»). pymorphy3
loads lazily (~0.1 s) so that `repcheck --version` stays fast.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

WORD_RE = re.compile(r"[a-zа-яё]+", re.IGNORECASE)  # hyphenated words split: "организационно - деятельностный"
NUMBER_LABEL_RE = re.compile(
    r"^\s*(?:[-–—•·➤]\s*)?(?:(?:раздел|пункт|глава)\s+)?"
    r"(?:[IVXLC]+\.?|\d+(?:\.\d+)*\.?|[а-яa-z]\))\s+",
    re.IGNORECASE,
)

# Words that carry no meaning for telling sections apart.
STOP_WORDS = frozenset(
    """
    и в во на по о об обо от для с со к ко из за при до у а или что как не ни же ли бы
    его ее её их это этот эта эти тот та те который которая которые также так
    данный данная данные свой своя свои весь вся все всё каждый
    """.split()
)


@lru_cache(maxsize=1)
def _morph():  # pragma: no cover - trivial
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """Normal form of a Russian word, ё folded to е (pymorphy3 restores ё in lemmas)."""
    w = word.lower().replace("ё", "е")
    if not re.search("[а-я]", w):
        return w
    return _morph().parse(w)[0].normal_form.replace("ё", "е")


def strip_number(text: str) -> str:
    return NUMBER_LABEL_RE.sub("", text, count=1)


ABBREVIATION_MAX = 5  # "КИП", "МИП", "ОО", "НОР": kept as written, pymorphy would read "кипа", "нора"


@lru_cache(maxsize=20_000)  # keyed on text: bounded small, the forms' titles stay hot
def lemmas(text: str, drop_stop: bool = True) -> tuple[str, ...]:
    words = WORD_RE.findall(strip_number(text))
    out = []
    for raw in words:
        w = raw.lower()
        abbreviation = len(raw) <= ABBREVIATION_MAX and len(raw) >= 2 and raw.isupper()
        lem = w.replace("ё", "е") if abbreviation else lemma(w)
        if drop_stop and (lem in STOP_WORDS or w in STOP_WORDS):
            continue
        out.append(lem)
    return tuple(out)


def lemma_text(text: str) -> str:
    return " ".join(lemmas(text))


def phrase_score(a: str, b: str) -> float:
    """Similarity 0–100 of two headings by their lemmas (word order and forms ignored)."""
    la, lb = lemma_text(a), lemma_text(b)
    if not la or not lb:
        return 0.0
    return float(fuzz.token_set_ratio(la, lb))


def contains_lemmas(text: str, phrase: str) -> bool:
    """All content words of `phrase` occur (as lemmas) in `text`."""
    need = set(lemmas(phrase))
    return bool(need) and need <= set(lemmas(text))


def normalize_space(text: str) -> str:
    return " ".join(text.split())


# Words every section title of this genre uses: they weigh little when telling sections apart.
GENERIC_LEMMAS = frozenset(
    """проект программа инновационный деятельность реализация образовательный площадка кип мип
    работа отчетный период учреждение организация развитие""".split()
)

# Lemmas the forms use interchangeably in section titles ("Название проекта" = "Наименование
# проекта"). Only exact equivalents: near-synonyms belong in a profile's `variants`.
SYNONYMS = {
    "название": "наименование",
    "цели": "цель",
    # dissemination: the forms say «диссеминация» and «распространение» for the same section
    "диссеминация": "распространение",
}

# A lone "Содержание"/"Оглавление" is a table of contents, never a section of the form.
TOC_WORDS = frozenset({"содержание", "оглавление"})

STEM_MIN = 5  # a shared beginning of at least 5 letters ...
STEM_SHARE = 0.75  # ... covering 3/4 of the shorter word: "научно" ~ "научный", "результат" ~ "результативность"
TYPO_RATIO = 85  # rapidfuzz ratio of two words that differ by a typo ("взаимодествие")


def _weight(word: str) -> float:
    return 0.3 if word in GENERIC_LEMMAS else 1.0


@lru_cache(maxsize=50_000)  # bounded small: keys from every report's headings (issue 13)
def word_match(a: str, b: str) -> float:
    """How far two lemmas are the same word: 1 equal or a typo apart, 0.9 the same stem, else 0."""
    if a == b:
        return 1.0
    if min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= TYPO_RATIO:
        return 1.0
    shorter = min(len(a), len(b))
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    if common >= STEM_MIN and common >= STEM_SHARE * shorter:
        return 0.9
    return 0.0


@lru_cache(maxsize=20_000)  # the form's titles stay hot; a report's own headings pass through
def _best_match(word: str, other: tuple[str, ...]) -> float:
    if word in other:
        return 1.0
    return max((word_match(word, v) for v in other), default=0.0)


def _covered(words: tuple[str, ...], other: tuple[str, ...]) -> float:
    """Weight of `words` that occur in `other` (as the same lemma, a typo or the same stem)."""
    return sum(_weight(w) * _best_match(w, other) for w in words)


@lru_cache(maxsize=20_000)
def heading_lemmas(text: str) -> tuple[str, ...]:
    return tuple(SYNONYMS.get(w, w) for w in lemmas(text))


def heading_score(heading: str, title: str) -> float:
    """How well a heading matches a canonical section title, 0–100.

    The base is rapidfuzz token_set_ratio on lemmas (stop-words dropped, synonyms folded): it
    tolerates word forms, order and typos, but scores 100 whenever one side's words are a subset
    of the other's. So the score is capped by coverage, with the words every title of the genre
    uses («проект», «деятельность», «реализация» …) weighing 0.3:
    - the heading must cover 70 % of the title's weight or the title 80 % of the heading's
      (else ≤ 60), and at least half of the title's weight (else ≤ 65);
    - a heading adding more than two words' weight to the title is a sentence, not a heading
      (the score falls with the surplus);
    - a one-word title met by a heading that adds more than one distinctive word, or the
      reverse, is a different topic («Результаты» ≠ «Результаты анкетирования родителей»): ≤ 70;
    - so is a heading whose distinctive words missing from the title outweigh the title's own
      distinctive words by more than one (a title of generic words only, «Период реализации
      проекта», is not matched by any long heading that happens to contain them): ≤ 70.
    Measured on 73 heading variants and 19 unrelated headings (tests/test_textmatch.py).
    """
    la, lt = heading_lemmas(heading), heading_lemmas(title)
    if not la or not lt:
        return 0.0
    if len(la) == 1 and la[0] in TOC_WORDS and la != lt:
        return 0.0
    score = float(fuzz.token_set_ratio(" ".join(la), " ".join(lt)))
    wa, wt = sum(map(_weight, la)), sum(map(_weight, lt))
    in_title = _covered(la, lt)  # heading weight found in the title
    in_heading = _covered(lt, la)  # title weight found in the heading
    cov_title = in_heading / wt
    cov_heading = in_title / wa
    if cov_title < 0.7 and cov_heading < 0.8:
        score = min(score, 60.0)
    if cov_title < 0.5:
        score = min(score, 65.0)
    if wa - wt > 2:
        score = min(score, 100.0 * (wt + 2) / wa)
    if min(len(la), len(lt)) == 1 and max(wa - in_title, wt - in_heading) > 1.0:
        score = min(score, 70.0)
    # Distinctive (non-generic) words of the heading that the title lacks, against the title's
    # own distinctive words: «Организации-соисполнители … при реализации инновационного
    # образовательного проекта» is not «Период реализации инновационного образовательного проекта»,
    # a title made of generic words only.
    extra = sum(1.0 - _best_match(w, lt) for w in la if w not in GENERIC_LEMMAS)
    distinctive = sum(1.0 for w in lt if w not in GENERIC_LEMMAS)
    if extra > distinctive + 1.0 or (distinctive == 0 and extra >= 0.9):
        score = min(score, 70.0)
    return score


def same_stem(a: str, b: str, share: float = 0.7) -> bool:
    """Two word forms of one stem: a common beginning of 5+ letters covering `share` of the
    shorter («основной» / «основный», «педагог» / «педагогический»)."""
    if a == b:
        return True
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= 5 and k >= share * min(len(a), len(b))
