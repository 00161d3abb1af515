"""C202's "informative" threshold (2.5 weighted words) must not depend on the order in which a
set of words happens to be iterated (string hashing is seeded per process)."""

from __future__ import annotations

import pytest

from repcheck.rules import plan_item_not_reported as c202
from repcheck.textmatch import GENERIC_LEMMAS


def _ordered_set(words):
    return list(dict.fromkeys(words))  # a "set" that keeps the order it is given


# One distinctive lemma and five generic ones weigh exactly 1.0 + 5 × 0.3 = 2.5.
GENERIC = ["реализация", "программа", "развитие", "инновационный", "площадка"]


@pytest.mark.parametrize("at", range(6))
def test_exactly_two_and_a_half_weighted_words_are_informative_in_any_order(monkeypatch, at: int) -> None:
    assert set(GENERIC) <= GENERIC_LEMMAS and "семинар" not in GENERIC_LEMMAS
    words = (*GENERIC[:at], "семинар", *GENERIC[at:])
    monkeypatch.setattr(c202, "set", _ordered_set, raising=False)
    assert c202.informative(words)


def test_two_and_a_fifth_weighted_words_are_not_informative() -> None:
    assert not c202.informative(("семинар", *GENERIC[:4]))  # 1.0 + 4 × 0.3 = 2.2


def test_two_and_four_fifths_weighted_words_are_informative() -> None:
    assert c202.informative(("семинар", *GENERIC, "учреждение"))  # 1.0 + 6 × 0.3 = 2.8
