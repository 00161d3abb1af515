"""Data models of the pipeline: Document (reader output), Report (structurer output), Finding."""

from repcheck.models.document import Block, BlockKind, Cell, Document, Location, Row
from repcheck.models.finding import Category, Finding, FindingLocation, Severity, Text
from repcheck.models.report import (
    ColumnRole,
    Event,
    Report,
    ReportTable,
    Section,
    SectionMatch,
    Stage,
    StatedTotal,
    TotalPart,
)

__all__ = [
    "Block",
    "BlockKind",
    "Cell",
    "Category",
    "ColumnRole",
    "Document",
    "Event",
    "Finding",
    "FindingLocation",
    "Location",
    "Report",
    "ReportTable",
    "Row",
    "Section",
    "SectionMatch",
    "Severity",
    "Stage",
    "StatedTotal",
    "Text",
    "TotalPart",
]
