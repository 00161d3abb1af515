"""Caches that live for one report.

Many helpers are asked the same question several times while one report is checked: the
structurer and four rules scan the same cell for dates, D501 and D503 normalise the same units.
Their answers are kept here, keyed on the text, and dropped when the engine starts the next
report (`clear()`): text unique to a report is never asked about again, so a cache kept across
reports only grows with the batch (a worker that had checked 400 reports held 85 MB in the
normalisation cache alone, at a 0.44 hit rate). A cache that nobody clears (a library caller
checking reports one by one without the engine) is emptied when it reaches `LIMIT` entries, so
memory stays bounded either way.

Only pure functions of hashable arguments are cached, and their results must be immutable or
copied by the caller's wrapper: a cached answer is shared by every caller in the report.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

LIMIT = 50_000  # entries per cache; a 100-page report asks a few thousand questions of each

_caches: list[dict[Any, Any]] = []


def register(cache: dict[Any, Any]) -> dict[Any, Any]:
    """Have `cache` emptied with the per-report caches; returns it."""
    _caches.append(cache)
    return cache


def per_report(fn: F) -> F:
    """Memoise `fn` (positional, hashable arguments) for the current report."""
    cache: dict[Any, Any] = register({})
    missing = object()

    @wraps(fn)
    def wrapper(*args: Any) -> Any:
        value = cache.get(args, missing)
        if value is missing:
            value = fn(*args)
            if len(cache) >= LIMIT:
                cache.clear()
            cache[args] = value
        return value

    wrapper.cache = cache  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


def put(cache: dict[Any, Any], key: Any, value: Any) -> None:
    """Store into a registered dict, emptying it first when it is full."""
    if len(cache) >= LIMIT:
        cache.clear()
    cache[key] = value


def clear() -> None:
    """Forget every per-report answer (the engine calls this before and after each file)."""
    for cache in _caches:
        cache.clear()


def size() -> int:
    """Entries held in all per-report caches (for tests and benchmarks)."""
    return sum(len(c) for c in _caches)
