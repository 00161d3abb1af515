"""Percentages stated with their base: «18 из 24 (75 %)», «12 из 30 педагогов – 40 %»,
«собрал 27 работ; 12 авторов стали призёрами, что составляет 44 % от числа участников».

Only shapes that tie the percent to its two counts are read: «A из B» with the percent right after
it, or a sentence holding exactly two counts before «что составляет / составило P %». A sentence
with more numbers, a year, a share of money, or a growth («рост на 20 %») is left alone.
"""

from __future__ import annotations

import re

from repcheck.models.document import Document
from repcheck.models.report import StatedShare
from repcheck.parsing.numbers import AMOUNT, ROUBLES, parse_number

# «18 из 24 (75 %)», «18 из 24 обучающихся, или 75 %», «12 из 30 педагогов – 40 %»
OF_PERCENT_RE = re.compile(
    r"(?<![\d.,/№])(?P<part>\d{1,5})(?:\s+[а-яё\-]+){0,2}?\s+из\s+(?P<whole>\d{1,5})(?![\d.,]\d)"
    r"(?P<noun>(?:\s+(?:[а-яё\-«»\"]+|\d{1,2}(?:[–—-]\d{1,2})?(?=\s+[а-яё]))){0,5}?)\s*(?:\(\s*|,\s*(?:или|что\s+составляет|что\s+составило)\s+|[–—-]\s*|:\s*)"
    r"(?P<pct>\d{1,3}(?:[.,]\d)?)\s*%",
    re.IGNORECASE,
)
# «62 % (148 из 268)»: the percent first, its base in brackets
PERCENT_OF_RE = re.compile(
    r"(?<![\d.,])(?P<pct>\d{1,3}(?:[.,]\d)?)\s*%\s*\(\s*(?P<part>\d{1,5})(?:\s+[а-яё]+){0,2}?\s+из\s+(?P<whole>\d{1,5})(?![\d.,]\d)",
    re.IGNORECASE,
)
# «…, что составляет 54 % от числа участников»
SENTENCE_PERCENT_RE = re.compile(
    r"(?:что\s+)?(?:составля\w*|составил\w*|составит)\s+(?P<pct>\d{1,3}(?:[.,]\d)?)\s*%\s+(?:от|из)\s+",
    re.IGNORECASE,
)
# «Из 212 обучающихся центра, занимавшихся …, 63 человека (34 %) выбрали …»: the base first
FROM_WHOLE_RE = re.compile(
    r"(?:^|[,;:(]\s*)из\s+(?P<whole>\d{1,5})\s+[а-яё][^.;()%]{0,120}?,\s*(?P<part>\d{1,5})\s+(?:[а-яё\-]+\s*){0,2}"
    r"\(\s*(?P<pct>\d{1,3}(?:[.,]\d)?)\s*%\s*\)",
    re.IGNORECASE,
)
# «Освоено 3 238 450,00 руб. из 3 600 000,00 руб. гранта, что составляет 92,6 %»: amounts
_AMOUNT, _RUB = AMOUNT, r"\s*" + ROUBLES
AMOUNT_OF_RE = re.compile(
    r"(?<![\d.,])(?P<part>" + _AMOUNT + r")" + _RUB + r"\s+из\s+(?P<whole>" + _AMOUNT + r")" + _RUB
    + r"[^.%\d]{0,60}?(?:составля\w*|составил\w*|или)\s+(?P<pct>\d{1,3}(?:[.,]\d)?)\s*%",
    re.IGNORECASE,
)
COUNT_RE = re.compile(r"(?<![\d.,/№–—-])(\d{1,5})(?![\d.,]\d|\s*%|\s*[–—-]\s*\d)")
YEAR_RE = re.compile(r"^(19|20)\d\d$")
GROWTH_RE = re.compile(r"рост|прирост|увелич|снижен|выше|ниже|больше|меньше|на\s+\d+\s*%", re.IGNORECASE)
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[А-ЯЁ«])|\n+")


def _pct(text: str) -> float:
    return float(text.replace(",", "."))


def _whole_number(text: str) -> int:
    """«212» or «3 238 450,00» (roubles: the kopecks do not move a percentage)."""
    return int(parse_number(text) or 0)


def shares_in(text: str) -> list[tuple[int, int, float, str]]:
    """(part, whole, percent, the sentence) for each percentage tied to its base in `text`."""
    out: list[tuple[int, int, float, str]] = []
    for sentence in SENTENCE_SPLIT_RE.split(text or ""):
        if "%" not in sentence:
            continue
        found = False
        for m in [*OF_PERCENT_RE.finditer(sentence), *PERCENT_OF_RE.finditer(sentence), *FROM_WHOLE_RE.finditer(sentence),
                  *AMOUNT_OF_RE.finditer(sentence)]:
            part, whole = _whole_number(m.group("part")), _whole_number(m.group("whole"))
            if 0 < part <= whole:
                out.append((part, whole, _pct(m.group("pct")), sentence.strip()))
                found = True
        if found:
            continue
        m = SENTENCE_PERCENT_RE.search(sentence)
        if not m or GROWTH_RE.search(sentence[: m.start()]):
            continue
        counts = [int(c) for c in COUNT_RE.findall(sentence[: m.start()]) if not YEAR_RE.match(c)]
        if len(counts) != 2 or any(YEAR_RE.match(c) for c in re.findall(r"\d{4}", sentence)):
            continue
        whole, part = counts
        if 0 < part < whole:
            out.append((part, whole, _pct(m.group("pct")), sentence.strip()))
    return out


def stated_shares(doc: Document) -> list[StatedShare]:
    out: list[StatedShare] = []
    for b in doc.blocks:
        texts = [b.full_text] if b.table is None else [
            c.text for r in b.table.rows for c in r.cells if not c.merged and "%" in c.text
        ]
        for text in texts:
            for part, whole, pct, sentence in shares_in(text):
                out.append(StatedShare(part=part, whole=whole, percent=pct, text=sentence[:300], location=b.location))
    return out
