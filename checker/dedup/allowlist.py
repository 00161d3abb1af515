"""Standard wording that never counts as duplicated text.

Two kinds:

* the allow-list proper: wording every report of the genre may share — titles of laws and
  orders («Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»»),
  the names of the federal standards (ФГОС НОО/ООО/СОО) and of national projects. Built-in
  patterns (`DEFAULT_PATTERNS`) plus the user's (`allow` option of D501/D503): regular
  expressions, or plain phrases, searched in the normalised text (lower case, ё→е, «» → ").
* the template's own wording: the form's questions and prompts (the profile's
  `template_phrases`) and its section titles (the profile's sections and their variants).

`Wording.strip(norm)` removes allow-listed spans and template phrases from a normalised text;
`Wording.is_template(norm)` tells whether what is left is only a title or prompt of the form.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from repcheck import report_cache
from repcheck.dedup.normalize import collapse, normalize

# Patterns on normalised text: lower case, ё→е, quotes → ", dashes → "-" without spaces.
DEFAULT_PATTERNS: tuple[str, ...] = (
    # Laws: «Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»»,
    # «Закон РФ № 273-ФЗ "Об образовании в Российской Федерации" от 29.12.2012 г.»
    (r'(?:федеральн\w*\s+)?закон\w*(?:\s+(?:рф|российской федерации))?[^"]{0,60}?"[^"]{3,160}"'
     r'(?:\s*(?:от\s+)?\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*(?:г\.?|года)?)?'),
    r'\b\d{1,3}-фз\b',
    # Orders, decrees, letters, regulations with a quoted title: «Приказ Минпросвещения России от
    # 31.05.2021 № 287 "Об утверждении ФГОС ООО"»
    r'(?:приказ|постановлени|распоряжени|письм|решени|указ)\w*[^"]{0,160}?"[^"]{3,300}"',
    r'"об утверждении[^"]{3,300}"',
    # Order or letter references without a title: «приказ КоИиН от 03.02.2021 № 218»
    r'(?:приказ|постановлени|распоряжени|письм|протокол)\w*[^.;"]{0,80}?\bот\s+\d{1,2}[. ]\S+[. ]\d{2,4}\s*(?:г\.?|года)?(?:\s*[№n]\s*[\w/.-]+)?',
    # Federal standards and their common phrases.
    r'в соответствии с (?:требованиями|требованием)\s+(?:фгос(?:\s+(?:ноо|ооо|соо|до|спо|овз|уо)\b(?:\s*,?\s*(?:и\s+)?(?:ноо|ооо|соо|до|спо|овз|уо)\b)*)?|федеральн\w*\s+государственн\w*\s+образовательн\w*\s+стандарт\w*)',
    r'федеральн\w*\s+государственн\w*\s+образовательн\w*\s+стандарт\w*(?:(?:\s*,?\s*(?:начального|основного|среднего|дошкольного|общего|профессионального|высшего|и)\b)+\s+образования)?(?:\s*\(фгос(?:\s+[а-я]{2,3})?\))?',
    r'\bфгос(?:\s+(?:ноо|ооо|соо|до|спо|овз|уо)\b(?:\s*,?\s*(?:и\s+)?(?:ноо|ооо|соо|до|спо|овз|уо)\b)*)?',
    # National and federal projects and programmes.
    r'национальн\w*\s+проект\w*\s+"образование"',
    r'федеральн\w*\s+проект\w*\s+"[^"]{3,80}"',
    r'государственн\w*\s+программ\w*[^"]{0,60}"развитие образования"',
)

# Words one of which a text must contain for a built-in pattern to be tried (speed only).
_TRIGGERS: dict[str, tuple[str, ...]] = dict(zip(DEFAULT_PATTERNS, (
    ("закон",),
    ("-фз",),
    ("приказ", "постановлени", "распоряжени", "письм", "решени", "указ"),
    ("об утверждении",),
    ("приказ", "постановлени", "распоряжени", "письм", "протокол"),
    ("в соответствии с требовани",),
    ("стандарт",),
    ("фгос",),
    ("национальн",),
    ("федеральн",),
    ("государственн",),
)))


class Wording:
    """Standard wording and the template's own wording, compiled once."""

    def __init__(
        self,
        patterns: Iterable[str] = DEFAULT_PATTERNS,
        template_phrases: Iterable[str] = (),
        titles: Iterable[str] = (),
    ) -> None:
        # each pattern with the words one of which must occur for it to match (one search for all)
        patterns = list(patterns)
        self.patterns = [(re.compile(p, re.IGNORECASE), _trigger_re(_TRIGGERS.get(p))) for p in patterns]
        # When every pattern has trigger words, one search for all of them: a text with none
        # (most texts) has no pattern tried, as the loop in `strip` would decide one by one.
        triggers = [_TRIGGERS.get(p) for p in patterns]
        self._any_trigger = (None if not triggers or None in triggers
                             else _trigger_re(tuple(w for ws in triggers for w in ws)))
        self.phrases = sorted({normalize(p).rstrip(" .;:") for p in template_phrases if p.strip()}, key=len, reverse=True)
        self.titles = sorted({normalize(t).rstrip(" .;:") for t in titles if t.strip()})
        # by length, so that is_template looks only at the titles and phrases of a possible length
        self._title_words = sorted(((t, frozenset(t.split())) for t in self.titles), key=lambda x: len(x[0]))
        self._title_lens = [len(t) for t, _ in self._title_words]
        self._phrase_words = sorted(((p, frozenset(p.split())) for p in self.phrases), key=lambda x: len(x[0]))
        self._phrase_lens = [len(p) for p, _ in self._phrase_words]
        # keyed on a report's own texts: emptied with the per-report caches
        self._template_cache: dict[str, bool] = report_cache.register({})

    @classmethod
    def build(cls, extra: Iterable[str] = (), template_phrases: Iterable[str] = (), titles: Iterable[str] = (),
              use_defaults: bool = True) -> Wording:
        pats = list(DEFAULT_PATTERNS) if use_defaults else []
        for p in extra:
            pats.append(p if _looks_like_regex(p) else re.escape(normalize(p)))
        return _cached(tuple(pats), tuple(template_phrases), tuple(titles))

    def strip(self, norm: str) -> str:
        """The normalised text without allow-listed spans and template phrases."""
        if self._any_trigger is None or self._any_trigger.search(norm):
            for p, triggers in self.patterns:
                if triggers is None or triggers.search(norm):
                    norm = p.sub(" ", norm)
        for ph in self.phrases:
            if ph and ph in norm:
                norm = norm.replace(ph, " ")
        return collapse(norm)

    def is_template(self, norm: str) -> bool:
        """The text is one of the form's titles or prompts, possibly with small changes
        (ratio ≥ 90 against a title, or against a template phrase covering most of it)."""
        t = norm.rstrip(" .;:")
        if not t:
            return True
        hit = self._template_cache.get(t)
        if hit is not None:
            return hit
        n = len(t)
        words = set(t.split())
        hit = False
        # Cheap filters first: a title or phrase that matches shares most of its words.
        # (only whether some candidate reaches 90 matters, so their order does not)
        tol = max(8, n // 5)
        lo, hi = bisect_left(self._title_lens, n - tol), bisect_right(self._title_lens, n + tol)
        near = [x for x, ws in self._title_words[lo:hi] if len(ws & words) >= 0.7 * len(ws)]
        if near and process.extractOne(t, near, scorer=fuzz.ratio, score_cutoff=90) is not None:
            hit = True
        if not hit:
            # len(x) >= 0.6 * n, for integer lengths: len(x) >= ceil(0.6 * n)
            first = bisect_left(self._phrase_lens, 0.6 * n)
            cands = [x for x, ws in self._phrase_words[first:] if len(ws & words) >= 0.7 * len(ws)]
            hit = bool(cands) and process.extractOne(t, cands, scorer=fuzz.partial_ratio, score_cutoff=90) is not None
        report_cache.put(self._template_cache, t, hit)
        return hit


def _trigger_re(words: tuple[str, ...] | None) -> re.Pattern[str] | None:
    """One search for «one of these substrings occurs» (None: the pattern is always tried)."""
    return None if words is None else re.compile("|".join(re.escape(w) for w in words))


def _looks_like_regex(p: str) -> bool:
    return bool(re.search(r"[\\^$\[\]()|*+?{}]", p))


def check_allow(values: list[str]) -> list[str]:
    """The `allow` option of D501/D503: entries that look like regular expressions must compile
    (a configuration error once, not a crash of the rule in every file)."""
    for p in values:
        if _looks_like_regex(p):
            try:
                re.compile(p, re.IGNORECASE)
            except re.error as exc:
                raise ValueError(f"неверное регулярное выражение «{p}»: {exc}") from None
    return values


@lru_cache(maxsize=64)
def _cached(patterns: tuple[str, ...], phrases: tuple[str, ...], titles: tuple[str, ...]) -> Wording:
    return Wording(patterns, phrases, titles)


def profile_titles(profile) -> list[str]:
    """Titles and variants of the profile's sections: the form's headings."""
    out: list[str] = []
    for spec in profile.sections:
        out.extend(spec.all_titles())
    return out
