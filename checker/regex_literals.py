"""A cheap necessary condition for a case-insensitive regular expression: the literal runs
every match must contain, looked for with `in` before the regex runs.

Python's `re` cannot use a literal prefix to skip ahead when a pattern is case-insensitive and
starts with a letter, so `re.search(pattern, long_text, re.IGNORECASE)` tries the pattern at
every position of the text. Profile detection searches ~50 such patterns in each report's whole
text; most of them are the wording of another form and are absent. `LiteralFilter` answers
"cannot match" from a substring test on the text's case-folded copy, and runs the regex
otherwise, so the answer is always the regex's own.

Soundness: the regex engine matches a text character `c` against a pattern literal `L` under
IGNORECASE when `c`'s simple lower case is `L`'s or one of the few characters `re` treats as
its case variants (`re._casefix`: «в» and «ᲀ», «s» and «ſ», …). `_canon` maps every character to
one representative of that class after lowering, so a match implies each literal run of the
pattern is a substring of the folded text (without IGNORECASE, or with ASCII folding, a match
needs equal characters, which folds equally too). Text whose lower case changes its length
(«İ») is not filtered: the regex runs.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+: the engine's own parser and case-variant table
    from re import _casefix, _constants, _parser
except ImportError:  # pragma: no cover - another Python: no filter, every regex runs
    _casefix = _constants = _parser = None  # type: ignore[assignment]


def _variant_classes() -> dict[str, str]:
    """Each character re treats as a case variant of another → the least of its class."""
    if _casefix is None:
        return {}
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for k, others in _casefix._EXTRA_CASES.items():
        for o in others:
            a, b = find(k), find(o)
            if a != b:
                parent[max(a, b)] = min(a, b)
    members = set(_casefix._EXTRA_CASES) | {o for v in _casefix._EXTRA_CASES.values() for o in v}
    return {chr(m): chr(find(m)) for m in members if find(m) != m}


_TO_CANON = _variant_classes()
_CANON_TABLE = str.maketrans(_TO_CANON)
_NON_CANON_RE: re.Pattern[str] | None = None  # compiled at the first fold (not at import)


def _non_canon() -> re.Pattern[str]:
    global _NON_CANON_RE
    _NON_CANON_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_TO_CANON)) + "]" if _TO_CANON else "(?!)")
    return _NON_CANON_RE


_LAST: tuple[str, str | None] = ("", "")  # the last text folded: a line is often tried with several patterns


def fold(text: str) -> str | None:
    """`text` lowered, case variants replaced by their representative; None when lowering
    changes its length (no filtering then)."""
    global _LAST
    last = _LAST
    if last[0] is text:
        return last[1]
    low: str | None = text.lower()
    if len(low) != len(text):
        low = None
    elif (_NON_CANON_RE or _non_canon()).search(low):
        low = low.translate(_CANON_TABLE)
    _LAST = (text, low)
    return low


def _literal_char(code: int) -> str | None:
    folded = fold(chr(code))
    return folded if folded is not None and len(folded) == 1 else None


_MAX_ALTERNATIVES = 16  # a product of alternatives larger than this keeps the smaller factor only


def _needs(items: object) -> list[tuple[str, ...]]:
    """What every match of the parsed sequence `items` contains, as alternatives (one of them
    holds), each a tuple of folded literal runs that all occur; [()] when nothing is certain."""
    c = _constants
    seq = list(items)  # type: ignore[call-overload]
    result: list[tuple[str, ...]] = [()]
    run: list[str] = []

    def conjoin(factor: list[tuple[str, ...]]) -> None:
        nonlocal result
        if factor == [()]:
            return
        if result == [()]:  # the first condition: an alternation of words, however long
            result = factor
            return
        product = [a + b for a in result for b in factor]
        if len(product) <= _MAX_ALTERNATIVES:
            result = product
        elif len(factor) < len(result):  # dropping a factor weakens the condition: still sound
            result = factor

    for op, av in seq:
        if op is c.LITERAL:
            ch = _literal_char(av)
            if ch is not None:
                run.append(ch)
                continue
        if run:
            conjoin([("".join(run),)])
            run = []
        if op is c.BRANCH:
            alternatives: list[tuple[str, ...]] = []
            for branch in av[1]:
                need = _needs(branch)
                if need == [()]:
                    alternatives = [()]
                    break
                alternatives.extend(need)
            conjoin(alternatives)
        elif op is c.SUBPATTERN:
            conjoin(_needs(av[3]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            conjoin(_needs(av[2]))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            conjoin(_needs(av))
        # anything else (classes, anchors, lookarounds, optional parts) requires no literal
    if run:
        conjoin([("".join(run),)])
    return result


@lru_cache(maxsize=1024)
def literal_needs(pattern: str, flags: int = re.IGNORECASE) -> tuple[tuple[str, ...], ...] | None:
    """The folded literal runs a match of `pattern` needs (see _needs); None: no condition."""
    if _parser is None:
        return None
    try:
        need = _needs(_parser.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - an unusual pattern is simply not filtered
        return None
    return None if need == [()] or not need else tuple(need)


def may_match(needs: tuple[tuple[str, ...], ...] | None, folded: str | None) -> bool:
    """False only when the folded text lacks what every match needs."""
    if needs is None or folded is None:
        return True
    for lit in _common(needs):  # a literal every alternative needs: one test rules them all out
        if lit not in folded:
            return False
    return any(all(lit in folded for lit in alt) for alt in needs)


@lru_cache(maxsize=1024)
def _common(needs: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """Literals every alternative needs (one of its runs contains them)."""
    first, *rest = needs
    return tuple(lit for lit in dict.fromkeys(first) if all(any(lit in run for run in alt) for alt in rest))


@lru_cache(maxsize=8)
def folded_text(text: str) -> str | None:
    """fold(text), remembered for the few texts searched with many patterns in a row (a report's
    opening and its whole text, across the profiles)."""
    return fold(text)


class Filtered:
    """A compiled pattern whose search, match, findall, finditer, sub and split first ask
    `may_match` of the whole string (a match inside `string[pos:endpos]` is inside `string`
    too) and answer as the regex would when it says no. Anything else is the pattern's own."""

    __slots__ = ("_rx", "_needs", "_common", "_any", "_ready")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._rx = pattern
        self._ready = False  # the literals are read from the pattern at its first use, not at import
        self._needs: tuple[tuple[str, ...], ...] | None = None
        self._common: tuple[str, ...] = ()
        self._any: re.Pattern[str] | None = None

    def _prepare(self) -> None:
        pattern = self._rx
        self._needs = literal_needs(pattern.pattern, pattern.flags)
        self._common = _common(self._needs) if self._needs is not None else ()
        # One literal of each alternative (its longest), any of which must be there: one
        # case-sensitive search of the folded text, after the literals common to all.
        if self._needs is not None and len(self._needs) > 1:
            longest = sorted({max(alt, key=len) for alt in self._needs}, key=lambda lit: (-len(lit), lit))
            if not set(longest) <= set(self._common):
                self._any = re.compile("|".join(map(re.escape, longest)))
        self._ready = True

    def _may(self, string: str) -> bool:
        """A necessary condition of a match (weaker than may_match, and quicker)."""
        if not self._ready:
            self._prepare()
        if self._needs is None:
            return True
        folded = fold(string)
        if folded is None:
            return True
        for lit in self._common:
            if lit not in folded:
                return False
        return self._any is None or self._any.search(folded) is not None

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        return self._rx.search(string, *args) if self._may(string) else None

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        return self._rx.match(string, *args) if self._may(string) else None

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self._rx.fullmatch(string, *args) if self._may(string) else None

    def findall(self, string: str, *args: int) -> list:
        return self._rx.findall(string, *args) if self._may(string) else []

    def finditer(self, string: str, *args: int):  # noqa: ANN201
        return self._rx.finditer(string, *args) if self._may(string) else iter(())

    def sub(self, repl, string: str, count: int = 0) -> str:  # noqa: ANN001
        return self._rx.sub(repl, string, count) if self._may(string) else string

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self._rx.split(string, maxsplit) if self._may(string) else [string]

    def __getattr__(self, name: str):  # noqa: ANN204 - groupindex, flags, groups
        return getattr(self._rx, name)


def filtered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind the literal test (a pattern without literals every match needs is
    searched as it is, after one look at it)."""
    return Filtered(pattern)  # type: ignore[return-value]


def _leading(items: object) -> list[str] | None:
    """The folded literal runs a match of the parsed sequence `items` starts with (one of them,
    at the match's first character); None when a match may start otherwise."""
    c = _constants
    seq = list(items)  # type: ignore[call-overload]
    k = 0
    while k < len(seq) and seq[k][0] in (c.AT, c.ASSERT, c.ASSERT_NOT):
        k += 1  # zero-width: \b, lookarounds (a match still starts at the literal)
    if k == len(seq):
        return None
    op, av = seq[k]
    if op is c.LITERAL:
        run: list[str] = []
        for op2, av2 in seq[k:]:
            ch = _literal_char(av2) if op2 is c.LITERAL else None
            if ch is None:
                break
            run.append(ch)
        return ["".join(run)]
    if op is c.BRANCH:
        out: list[str] = []
        for branch in av[1]:
            lead = _leading([*seq[:k], *branch])
            if lead is None:
                return None
            out.extend(lead)
        return out
    if op is c.SUBPATTERN:
        return _leading([*seq[:k], *av[3]])
    return None


@lru_cache(maxsize=1024)
def leading_literals(pattern: str, flags: int = re.IGNORECASE) -> tuple[str, ...] | None:
    """Folded literal runs one of which starts every match of `pattern`; None: not known."""
    if _parser is None:
        return None
    try:
        lead = _leading(_parser.parse(pattern, flags))
    except Exception:  # noqa: BLE001
        return None
    return tuple(dict.fromkeys(lead)) if lead and all(lead) else None


def search_folded(regex: re.Pattern[str], text: str, folded: str | None) -> re.Match[str] | None:
    """The match `regex.search(text)` finds (its span and groups; its `pos` is where it starts),
    trying the regex only where one of its leading literals occurs in `folded`, the text's
    `fold` (same length, same positions): a case-insensitive search otherwise tries it at every
    character. Without leading literals or a folded text, the plain search."""
    lead = leading_literals(regex.pattern, regex.flags)
    if lead is None or folded is None:
        return regex.search(text)
    if not may_match(literal_needs(regex.pattern, regex.flags), folded):
        return None
    starts: set[int] = set()
    for lit in lead:
        at = folded.find(lit)
        while at >= 0:
            starts.add(at)
            at = folded.find(lit, at + 1)
    for at in sorted(starts):
        m = regex.match(text, at)
        if m is not None:
            return m
    return None
