"""The reporter contract: the results of a run in, text or bytes out."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from repcheck.models.results import RunResult


class Reporter:
    name: ClassVar[str]
    description: ClassVar[str] = ""
    binary: ClassVar[bool] = False  # True for formats written as bytes (xlsx)

    def render(self, result: "RunResult", out: IO[str], *, lang: str, color: bool) -> None:  # pragma: no cover
        raise NotImplementedError
