"""The structurer's output: what a reviewer sees in a report, derived from its Document."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum, StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, Field

from repcheck.models.document import Document, Location
from repcheck.parsing.dates import Period


class ReportKind(StrEnum):
    """The genre's kinds of report that rules know; a profile is one form of one kind, and
    rules may treat a kind differently (a programme's plan rows need no result). An outside
    profile may name a kind of its own: it stays a plain string and no rule special-cases it."""

    KIP_ANNUAL = "kip_annual"
    MIP_REPORT = "mip_report"
    PROGRAM = "program"
    GENERIC = "generic"


def report_kind(value: object) -> object:
    """A known kind as its enum member, another profile's own kind as given."""
    return ReportKind(value) if value in ReportKind._value2member_map_ else value


ReportKindName = Annotated[ReportKind | str, BeforeValidator(report_kind)]
# What a table is, judged from its headers (structurer.tables.table_kind).
TableKind = Literal["plan", "plan_actual", "events", "participants", "funding", "indicators", "key_value"]
# Where an event was read: a table row, or a dated item of a list in the text.
EventSource = Literal["table", "list"]
# Where a stated total and its parts were read (structurer.totals):
#   table            a total row or column of a table against the rows or columns it sums
#   table_breakdown  a «Всего» cell against its «из них / в том числе» cells
#   table_row        a total cell against the other count cells of its own row
#   table_row_breakdown  the same, parts under a «в том числе» header
#   list             a list line with a total after lines with its parts
#   text             a sentence with a total and its parts
#   text_breakdown   a head count in prose with its breakdown after a colon
#   text_table       a total in the text against a table's column
#   text_row         a count in the text against a table's participants row
TotalSource = Literal[
    "table", "table_breakdown", "table_row", "table_row_breakdown", "list",
    "text", "text_breakdown", "text_table", "text_row",
]
# How a profile section was found: a heading, a line starting with its keyword, a passport row.
SectionVia = Literal["heading", "keyword", "table"]


class ColumnRole(str, Enum):
    """What a table column holds, recognised from its header by the profile's vocabulary."""

    NUMBER = "number"
    TASK = "task"
    EVENT = "event"
    DATES = "dates"
    ACTUAL_DATES = "actual_dates"  # «Срок (факт)», «Дата проведения фактически»: when it was held
    PARTICIPANTS = "participants"
    PLANNED_RESULT = "planned_result"
    ACTUAL_RESULT = "actual_result"
    STATUS = "status"  # «Отметка о выполнении»: done / not done, which is not itself a result
    PLANNED_PRODUCT = "planned_product"
    ACTUAL_PRODUCT = "actual_product"
    DEVIATION_REASON = "deviation_reason"
    RESPONSIBLE = "responsible"
    LEVEL = "level"
    PLACE = "place"
    ORGANISATION = "organisation"
    PLANNED_PARTICIPATION = "planned_participation"
    ACTUAL_PARTICIPATION = "actual_participation"
    INDICATOR = "indicator"
    VALUE = "value"
    FUNDING_PLANNED = "funding_planned"
    FUNDING_ACTUAL = "funding_actual"
    CATEGORY = "category"  # participant category ("Педагоги", "Родители")
    OTHER = "other"


# Roles that say what actually happened: a plan row with all of them empty has no outcome.
OUTCOME_ROLES = frozenset(
    {
        ColumnRole.ACTUAL_RESULT,
        ColumnRole.STATUS,
        ColumnRole.ACTUAL_PRODUCT,
        ColumnRole.ACTUAL_PARTICIPATION,
        ColumnRole.FUNDING_ACTUAL,
    }
)


class Section(BaseModel):
    number: str | None = None  # as written or produced: "2.4.", "VII."
    title: str
    level: int = 1
    block: int | None = None  # heading block index; None for the implicit front matter
    body: list[int] = Field(default_factory=list)  # block indices until the next heading
    canonical: str | None = None  # the profile section id it matched
    match_score: float | None = None
    location: Location = Field(default_factory=Location)
    children: list["Section"] = Field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.number} {self.title}".strip() if self.number else self.title

    def walk(self) -> Iterator["Section"]:
        yield self
        for child in self.children:
            yield from child.walk()


class ReportTable(BaseModel):
    block: int  # block index of the table in the Document
    index: int  # 0-based index among the document's tables
    caption: str | None = None  # the paragraph just before it, when it reads like a caption
    section: str | None = None  # label of the section it stands in
    header_rows: int = 0
    headers: list[str] = Field(default_factory=list)  # per grid column, joined header text
    roles: list[ColumnRole | None] = Field(default_factory=list)  # per grid column
    kind: TableKind | None = None  # what the table is, from its headers (structurer.tables.table_kind)
    stage: int | None = None  # index into Report.stages when the table belongs to a stage
    lists_stages: bool = False  # the list of stages («Этап | Период | Основное содержание»), not a plan

    def column_of(self, role: ColumnRole) -> int | None:
        for i, r in enumerate(self.roles):
            if r is role:
                return i
        return None


class Stage(BaseModel):
    number: int | None = None
    name: str = ""
    period: Period | None = None
    text: str = ""  # the text the stage was read from
    location: Location = Field(default_factory=Location)


class Event(BaseModel):
    """A row of an events/plan table (or a numbered item reporting an activity)."""

    number: str | None = None  # "2.2", "1."
    text: str  # what was planned or held
    dates_text: str | None = None
    period: Period | None = None
    participants: int | None = None
    cells: dict[ColumnRole, str] = Field(default_factory=dict)  # the row's cell text by column role
    table: int | None = None  # index into Report.tables
    row: int | None = None  # 0-based row index in the table
    stage: int | None = None  # index into Report.stages
    section: str | None = None
    # "table": a row of a plan or events table; "list": a dated item of a list in the text
    # («– 14 февраля 2024 г. – региональный семинар …»), which has no table, row or cells.
    source: EventSource = "table"
    location: Location = Field(default_factory=Location)


class TotalPart(BaseModel):
    label: str
    value: float
    location: Location = Field(default_factory=Location)


class StatedTotal(BaseModel):
    """A stated total with the parts it claims to sum ("Итого", "Всего", "Общее число")."""

    label: str
    value: float
    value_text: str = ""  # the total as written («779 282,90»), when read from a cell
    parts: list[TotalPart] = Field(default_factory=list)
    source: TotalSource = "table"
    section: str | None = None
    table: int | None = None
    row: int | None = None
    column: str | None = None
    location: Location = Field(default_factory=Location)


class StatedShare(BaseModel):
    """A percentage stated with its base: «18 из 24 (75 %)»."""

    part: int
    whole: int
    percent: float
    text: str  # the sentence or cell it was read from
    location: Location = Field(default_factory=Location)


class SectionMatch(BaseModel):
    """Where a profile section was found, and how."""

    spec: str  # SectionSpec.id
    block: int | None = None  # heading, paragraph or table block
    row: int | None = None  # for a hit in a key/value table row
    via: SectionVia = "heading"
    score: float = 100.0
    heading: str = ""  # the text that matched
    content: str = ""  # the section's own text (body, rest of the line, or the value cell)


class Report(BaseModel):
    document: Document
    kind: ReportKindName
    profile: str  # profile name
    profile_reason: str = ""  # why this profile was chosen
    profile_reason_en: str = ""  # the same in English
    profile_confident: bool = True
    # Detection's view of every specific profile, best first (repcheck.structurer.detect.Candidate).
    profile_candidates: list[dict] = Field(default_factory=list)
    title: str = ""
    organisation: str = ""
    project_period: Period | None = None
    reporting_period: Period | None = None
    sections: list[Section] = Field(default_factory=list)  # top level, in document order
    stages: list[Stage] = Field(default_factory=list)
    tables: list[ReportTable] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    totals: list[StatedTotal] = Field(default_factory=list)
    shares: list[StatedShare] = Field(default_factory=list)
    coverage: dict[str, SectionMatch] = Field(default_factory=dict)  # profile section id -> match

    def all_sections(self) -> Iterator[Section]:
        for s in self.sections:
            yield from s.walk()

    def section_of_block(self, block: int) -> Section | None:
        """The innermost section whose heading or body holds `block`."""
        found: Section | None = None
        for s in self.all_sections():
            if s.block == block or block in s.body:
                found = s
        return found

    def table_at(self, block: int) -> ReportTable | None:
        for t in self.tables:
            if t.block == block:
                return t
        return None
