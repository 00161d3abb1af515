"""The rule contract. A rule sees one Report (or, for corpus rules, a digest of every report of
a run) and yields Findings. Its class docstring is its documentation (`repcheck explain`)."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, get_args

from pydantic import BaseModel, ConfigDict

from repcheck.models.document import Location
from repcheck.models.finding import Category, Finding, FindingLocation, Severity, Text

if TYPE_CHECKING:
    from repcheck.models.report import Report
    from repcheck.profile import Profile

CODE_RE = re.compile(r"^[A-Z]{1,3}\d{3}$")
NAME_RE = re.compile(r"^[a-z]+(-[a-z0-9]+)*$")


def kebab(name: str) -> str:
    """`min_words` → `min-words`: option keys in TOML are kebab-case, as rule names are."""
    return name.replace("_", "-")


class RuleOptions(BaseModel):
    """Base of a rule's options: kebab-case keys in configuration, unknown keys refused."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, alias_generator=kebab)


class NoOptions(RuleOptions):
    """The options of a rule that has none."""


OptionsT = TypeVar("OptionsT", bound=RuleOptions)


EVIDENCE_MAX = 240  # a quote, not the whole cell
PASSAGE_EVIDENCE_MAX = 600  # a repeated passage is quoted whole: the reader compares it with its twin


@dataclass
class RuleContext(Generic[OptionsT]):
    """What a rule may use besides the report: its options, the profile, the language."""

    report: "Report"
    profile: "Profile"
    options: OptionsT = field(default_factory=NoOptions)  # type: ignore[assignment]

    def locate(
        self,
        *,
        block: int | None = None,
        row: int | None = None,
        column: str | None = None,
        line: int | None = None,
        page: int | None = None,
    ) -> FindingLocation:
        """Build the logical location (section › table › row › column) of a block or table cell."""
        report = self.report
        section = report.section_of_block(block) if block is not None else None
        table_no: int | None = None
        loc: Location | None = None
        if block is not None and 0 <= block < len(report.document.blocks):
            b = report.document.blocks[block]
            loc = b.location
            if b.table is not None:
                table_no = (loc.table or 0) + 1
                if row is not None and 0 <= row < len(b.table.rows):
                    r = b.table.rows[row]
                    line = line if line is not None else r.line
                    page = page if page is not None else r.page
        return FindingLocation(
            section=section.label if section else None,
            table=table_no,
            row=row + 1 if row is not None else None,
            column=column,
            page=page if page is not None else (loc.page if loc else None),
            line=line if line is not None else (loc.line if loc else None),
            block=block,
        )


class Rule(Generic[OptionsT]):
    """Base of per-report rules. Subclasses set the class variables and implement `check`.

    A rule with options names their model as the type argument — `class X(Rule[XOptions])` —
    and reads them typed from `ctx.options`; the engine validates the configuration into it.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[Category]
    severity: ClassVar[Severity]
    summary: ClassVar[Text]  # one line for `repcheck rules`
    doc_ru: ClassVar[str] = ""  # Russian documentation; the docstring is the English one
    Options: ClassVar[type[RuleOptions]] = NoOptions
    corpus: ClassVar[bool] = False
    # True for a rule whose findings at a section of the form mean that section is present but
    # empty: the file's statistics then count it as not filled (FileStats.mandatory_filled).
    marks_empty_sections: ClassVar[bool] = False
    # An exclusive rule runs before the others; when it finds something in a report, that is the
    # report's only finding and the other rules are not run on it (S105 not-a-report).
    exclusive: ClassVar[bool] = False

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for base in getattr(cls, "__orig_bases__", ()):
            for arg in get_args(base):
                if isinstance(arg, type) and issubclass(arg, RuleOptions):
                    cls.Options = arg

    def check(self, report: "Report", ctx: RuleContext[OptionsT]) -> Iterable[Finding]:  # pragma: no cover
        raise NotImplementedError

    # -- helpers for subclasses ---------------------------------------------------------------
    def finding(
        self,
        ru: str,
        en: str,
        *,
        evidence: str = "",
        location: FindingLocation | None = None,
        severity: Severity | None = None,
        suggestion: Text | None = None,
        related: list[str] | None = None,
        evidence_limit: int = EVIDENCE_MAX,
    ) -> Finding:
        return Finding(
            code=self.code,
            rule=self.name,
            category=self.category,
            severity=severity or self.severity,
            message=Text(ru=ru, en=en),
            evidence=shorten(evidence, evidence_limit),
            location=location or FindingLocation(),
            suggestion=suggestion,
            related=related or [],
        )

    @classmethod
    def documentation(cls, lang: str = "ru") -> str:
        doc = inspect.cleandoc(cls.__doc__ or "")
        if lang != "en" and cls.doc_ru:
            return inspect.cleandoc(cls.doc_ru)
        return doc

    @classmethod
    def validate_metadata(cls) -> None:
        """Fail early on a malformed rule: plugin authors see the problem at start-up."""
        for attr in ("code", "name", "category", "severity", "summary"):
            if not hasattr(cls, attr):
                raise TypeError(f"rule {cls.__qualname__} lacks `{attr}`")
        if not CODE_RE.match(cls.code):
            raise TypeError(f"rule {cls.__qualname__}: code {cls.code!r} must look like 'S101'")
        if not NAME_RE.match(cls.name):
            raise TypeError(f"rule {cls.__qualname__}: name {cls.name!r} must be kebab-case")
        if not (cls.__doc__ or "").strip():
            raise TypeError(f"rule {cls.__qualname__} has no docstring (its documentation)")


@dataclass
class CorpusItem:
    """One report's digest for a corpus rule: small and picklable, computed in the worker."""

    path: str
    organisation: str
    data: Any


class CorpusRule(Rule[OptionsT]):
    """A rule that runs once over every report of a run (e.g. cross-report duplicates).

    `extract` runs per report (possibly in another process) and must return picklable data;
    `check_corpus` runs once after all files are read and yields (path, Finding) pairs.
    """

    corpus: ClassVar[bool] = True

    @classmethod
    def needed(cls, files: int, config: Any) -> bool:
        """Whether a run of `files` files with `config` can give this rule findings; when not,
        `extract` is not run (e.g. a comparison between reports, for a single report)."""
        return True

    def check(self, report: "Report", ctx: RuleContext[OptionsT]) -> Iterable[Finding]:
        return ()

    def extract(self, report: "Report", ctx: RuleContext[OptionsT]) -> Any:  # pragma: no cover
        raise NotImplementedError

    def check_corpus(
        self, items: list[CorpusItem], options: OptionsT
    ) -> Iterable[tuple[str, Finding]]:  # pragma: no cover
        raise NotImplementedError


def shorten(text: str, limit: int = EVIDENCE_MAX) -> str:
    """Evidence is a quote, not the whole cell: collapse whitespace and cut at a word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > limit // 2 else limit - 1] + "…"
