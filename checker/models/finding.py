"""What a rule reports."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Category(str, Enum):
    STRUCTURE = "structure"
    COMPLETENESS = "completeness"
    CONSISTENCY = "consistency"
    CHRONOLOGY = "chronology"
    DUPLICATION = "duplication"
    # Not a rule category: a rule that crashed or a file that could not be read.
    INTERNAL = "internal"


class Text(BaseModel):
    """A user-facing message in every supported language; reporters pick one."""

    model_config = ConfigDict(frozen=True)

    ru: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


class FindingLocation(BaseModel):
    """Logical and physical place of a finding: section › table › row › column, page, line."""

    model_config = ConfigDict(frozen=True)

    section: str | None = None  # "2.4 Задачи отчётного периода"
    table: int | None = None  # 1-based table number in the document
    row: int | None = None  # 1-based row number in the table (header rows included)
    column: str | None = None  # column header text or role
    page: int | None = None
    line: int | None = None
    block: int | None = None  # 0-based block index: stable order key

    def path(self) -> str:
        """Human path such as "2 Сведения › таблица 3 › строка 5"."""
        parts: list[str] = []
        if self.section:
            parts.append(self.section)
        if self.table is not None:
            parts.append(f"таблица {self.table}")
        if self.row is not None:
            parts.append(f"строка {self.row}")
        if self.column:
            parts.append(f"«{self.column}»")
        return " › ".join(parts)

    def path_en(self) -> str:
        parts: list[str] = []
        if self.section:
            parts.append(self.section)
        if self.table is not None:
            parts.append(f"table {self.table}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"“{self.column}”")
        return " › ".join(parts)


class Finding(BaseModel):
    code: str  # "T401"
    rule: str  # kebab-case name: "event-outside-stage"
    category: Category
    severity: Severity
    message: Text
    evidence: str = ""  # the document text concerned, short
    location: FindingLocation = FindingLocation()
    suggestion: Text | None = None
    # Other files involved (cross-report duplicates).
    related: list[str] = []

    def sort_key(self) -> tuple[int, int, int, str]:
        loc = self.location
        return (
            loc.block if loc.block is not None else 10**9,
            loc.row if loc.row is not None else -1,
            -self.severity.rank,
            self.code,
        )
