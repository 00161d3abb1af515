"""What a run produces: one FileResult per file (findings, statistics) and the RunResult of
the whole run. Reporters, the cache and the baseline read these and need nothing of the engine."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_validator

from repcheck.version import __version__
from repcheck.models.finding import Finding, Severity, Text
from repcheck.models.report import ReportKindName
from repcheck.safetext import display_path

if TYPE_CHECKING:
    from repcheck.config import Config
    from repcheck.rule import Rule


class Notice(Protocol):
    """A remark about the run's configuration (an unused suppression)."""

    def text(self) -> Text: ...
    def as_dict(self) -> dict[str, Any]: ...


class StaleEntry(Protocol):
    """A baseline entry that no finding of the run matched any more."""

    def describe(self, lang: str = "ru") -> str: ...
    def as_dict(self) -> dict[str, Any]: ...


def _default_config() -> "Config":
    from repcheck.config import Config

    return Config()


class UnitChars:
    """`FileResult.unit_chars` packed: characters per block and per table row as uint32 arrays
    in bytes (a few KB a report instead of a dict of some hundreds of strings), so that a run over
    thousands of files keeps little per file. Lookups take the dict's keys ("b12", "b12r3")."""

    __slots__ = ("blocks", "rows")

    def __init__(self, chars: dict[str, int]) -> None:
        blocks: dict[int, int] = {}
        rows: dict[int, dict[int, int]] = {}
        for key, n in chars.items():
            b, _, r = key[1:].partition("r")
            if r:
                rows.setdefault(int(b), {})[int(r)] = n
            else:
                blocks[int(b)] = n
        size = max(blocks, default=-1) + 1
        self.blocks = array("I", (blocks.get(i, 0) for i in range(size))).tobytes()
        self.rows = {b: array("I", (v.get(i, 0) for i in range(max(v) + 1))).tobytes() for b, v in rows.items()}

    def get(self, key: str, default: int | None = None) -> int | None:
        b, _, r = key[1:].partition("r")
        if r:
            packed = self.rows.get(int(b))
            values = array("I", packed) if packed is not None else array("I")
            i = int(r)
        else:
            values, i = array("I", self.blocks), int(b)
        return values[i] if 0 <= i < len(values) else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None



class FileStats(BaseModel):
    title: str = ""
    organisation: str = ""
    sections: int = 0
    stages: int = 0
    tables: int = 0
    events: int = 0
    totals: int = 0
    project_period: str | None = None
    reporting_period: str | None = None
    profile_title: str = ""
    # the same three in English (the JSON `stats` carries the run's language: repcheck.localized)
    project_period_en: str | None = Field(default=None, exclude=True)
    reporting_period_en: str | None = Field(default=None, exclude=True)
    profile_title_en: str = Field(default="", exclude=True)
    mandatory_sections: int = 0  # mandatory sections of the profile
    mandatory_present: int = 0  # of them, found in the report
    # of those found, the ones not reported empty by a rule that marks empty sections (S102);
    # None when unknown (the reporters then show mandatory_present)
    mandatory_filled: int | None = None
    text_chars: int = 0  # characters of text (paragraphs and cells)
    # 1 − share of the text flagged by duplication rules; None when no duplication rule ran
    originality: float | None = None


class FileResult(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    path: str
    format: str | None = None
    kind: ReportKindName | None = None
    profile: str | None = None
    profile_reason: str = ""
    profile_reason_en: str = ""
    profile_confident: bool = True
    error: Text | None = None
    findings: list[Finding] = Field(default_factory=list)
    stats: FileStats = Field(default_factory=FileStats)
    suppressed: int = 0  # findings dropped by per-file-ignores / suppress
    baselined: int = 0  # findings dropped because the baseline lists them
    cached: bool = Field(default=False, exclude=True)  # this result came from the cache
    # the verdict depends on the moment (a program not installed, memory, time), not only on the
    # file's bytes: never cached
    transient: bool = Field(default=False, exclude=True)
    corpus_data: dict[str, Any] = Field(default_factory=dict, exclude=True)
    # characters per text unit ("b12" a block, "b12r3" a table row, 0-based): originality share;
    # a dict from the worker, packed (UnitChars) once the result reaches the main process
    unit_chars: dict[str, int] | UnitChars = Field(default_factory=dict, exclude=True)
    # seconds spent per stage on this file: read, structure, rules, signatures (corpus extract)
    timings: dict[str, float] = Field(default_factory=dict, exclude=True)

    @field_validator("path")
    @classmethod
    def _writable_path(cls, value: str) -> str:
        return display_path(value)  # a name that is not UTF-8 is shown escaped, never crashes a writer

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)


@dataclass
class RunResult:
    files: list[FileResult]
    rules: list[type[Rule]]
    version: str = __version__
    config: Config = field(default_factory=_default_config)
    unused_suppressions: list[Notice] = field(default_factory=list)
    baseline: str | None = None  # the baseline file applied, if any
    stale_baseline: list[StaleEntry] = field(default_factory=list)  # baseline entries no longer found
    cache_hits: int = 0
    # files of the folders given that were left out for their format: extension → count
    skipped: dict[str, int] = field(default_factory=dict)
    # seconds: per-file stages summed over files (read, structure, rules, signatures), and
    # the run's own: files (checking every file, wall), corpus (corpus rules), total
    timings: dict[str, float] = field(default_factory=dict)

    def all_findings(self) -> Iterator[tuple[FileResult, Finding]]:
        for fr in self.files:
            for f in fr.findings:
                yield fr, f
