"""The reader's output: the blocks of a file in reading order, each with its location.

Every reader (text, .docx, .pdf, ...) produces this same shape, so that every rule works
unchanged on every format.
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


class Location(BaseModel):
    """Where something is in the source file. Unknown parts stay None."""

    model_config = ConfigDict(frozen=True)

    block: int | None = None  # index of the block in Document.blocks
    line: int | None = None  # 1-based line in a text file
    page: int | None = None  # 1-based page, when the format records it
    table: int | None = None  # 0-based index among the document's tables
    row: int | None = None  # 0-based row inside the table
    column: int | None = None  # 0-based grid column inside the row


class Cell(BaseModel):
    """A logical table cell. Merged cells are one cell with a span, not several copies."""

    text: str = ""
    column: int = 0  # grid column where the cell starts
    col_span: int = 1
    row_span: int = 1
    # True for the lower parts of a vertical merge: the text is the origin cell's, repeated so
    # that a rule reading one row sees the value the reader of the page sees.
    merged: bool = False
    nested: list["Table"] = Field(default_factory=list)
    line: int | None = None
    page: int | None = None

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


class Row(BaseModel):
    cells: list[Cell] = Field(default_factory=list)
    line: int | None = None
    page: int | None = None
    # True when the reader joined this row from pieces split by a page break.
    joined: bool = False

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    def cell_at(self, column: int) -> Cell | None:
        """The cell covering grid column `column`, if any."""
        for cell in self.cells:
            if cell.column <= column < cell.column + cell.col_span:
                return cell
        return None


class Table(BaseModel):
    rows: list[Row] = Field(default_factory=list)

    @property
    def width(self) -> int:
        return max((c.column + c.col_span for r in self.rows for c in r.cells), default=0)


class Block(BaseModel):
    kind: BlockKind
    text: str = ""  # heading/paragraph/list item text without its number label
    # The number as written or produced by automatic numbering: "1.", "2.4.", "I.", "а)".
    number: str | None = None
    level: int | None = None  # heading level (1 = top) or list nesting level
    emphasis: bool = False  # bold or all-caps in the source: a possible heading
    table: Table | None = None  # for kind == table
    location: Location = Field(default_factory=Location)

    @property
    def full_text(self) -> str:
        if self.number:
            return f"{self.number} {self.text}".strip()
        return self.text


class Document(BaseModel):
    path: str
    format: str  # "text", "docx", "pdf", ...
    blocks: list[Block] = Field(default_factory=list)
    encoding: str | None = None
    page_count: int | None = None
    warnings: list[str] = Field(default_factory=list)  # reader notes, e.g. "encoding guessed"

    def tables(self) -> list[tuple[int, Block]]:
        return [(i, b) for i, b in enumerate(self.blocks) if b.kind is BlockKind.TABLE]

    def reindex(self) -> "Document":
        """Set every block's location.block and table index from its position."""
        table_no = 0
        for i, block in enumerate(self.blocks):
            loc = block.location.model_copy(update={"block": i})
            if block.kind is BlockKind.TABLE:
                loc = loc.model_copy(update={"table": table_no})
                table_no += 1
            block.location = loc
        return self
