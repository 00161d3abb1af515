"""Tolerant matching of Russian headings and phrases: word forms, numbering, typos.

Measured here (43 real heading variants, 27 canonical sections): pymorphy3 lemmas, stop-words
dropped, then rapidfuzz token_set_ratio at 70–80 put 42/43 first with no false match on 13
unrelated headings; WRatio and partial ratios produced false matches. pymorphy3 loads lazily
(~0.1 s) so that `repcheck --version` stays fast.
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


@lru_cache(maxsize=50_000)
def lemmas(text: str, drop_stop: bool = True) -> tuple[str, ...]:
    words = WORD_RE.findall(strip_number(text).lower())
    out = []
    for w in words:
        lem = lemma(w)
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
    работа отчетный период учреждение организация""".split()
)


def _weight(word: str) -> float:
    return 0.3 if word in GENERIC_LEMMAS else 1.0


def _covered(words: tuple[str, ...], other: tuple[str, ...]) -> float:
    """Weight of `words` that occur in `other`, a typo (ratio ≥ 85) counting as an occurrence."""
    return sum(_weight(w) for w in words if w in other or any(fuzz.ratio(w, v) >= 85 for v in other))


def heading_score(heading: str, title: str) -> float:
    """How well a heading matches a canonical section title, 0–100.

    token_set_ratio on lemmas tolerates forms, order and typos, but scores 100 whenever one
    side's words are a subset of the other's; so the score is capped by how much of the
    title's distinctive words the heading covers, and by how many distinctive words the
    heading adds (a sentence that happens to contain the title's words is not a heading).
    """
    la, lt = lemmas(heading), lemmas(title)
    if not la or not lt:
        return 0.0
    score = float(fuzz.token_set_ratio(" ".join(la), " ".join(lt)))
    wa, wt = sum(map(_weight, la)), sum(map(_weight, lt))
    cov_title = _covered(lt, la) / wt
    cov_heading = _covered(la, lt) / wa
    if cov_title < 0.7 and cov_heading < 0.8:
        score = min(score, 60.0)
    if cov_title < 0.5:
        score = min(score, 65.0)
    if wa - wt > 2:
        score = min(score, 100.0 * (wt + 2) / wa)
    if min(len(la), len(lt)) == 1 and max(len(la), len(lt)) > 2:
        score = min(score, 70.0)
    return score
