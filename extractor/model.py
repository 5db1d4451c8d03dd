"""The document model: what every reader produces, whatever the file format.

A document is an ordered tuple of blocks (heading, paragraph, list item,
table) plus the running headers/footers kept apart as boilerplate. Values are
frozen dataclasses; stages build new ones instead of changing their input.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from functools import cached_property
from typing import Any

DASHES = re.compile(r"^(?:[\s\-–—−_.]*|\s*NULL\s*|\s*null\s*)$")
"""A cell that says none: empty, a dash, or a database export's `NULL`."""


class Format(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    TXT = "txt"


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


@dataclass(frozen=True)
class Cell:
    """A table cell at its top-left grid position; spans say how far it reaches."""

    text: str
    row_span: int = 1
    col_span: int = 1


Row = tuple[Cell | None, ...]
"""A grid row; `None` marks a position covered by a merged cell given earlier."""


@dataclass(frozen=True)
class Table:
    """A grid with its caption; header rows apart from body rows.

    `header_rows` are the rows naming the columns (including a row of column
    numbers "1 2 3 …" that forms often carry); `rows` are the body. Both have
    `n_cols` positions per row. A cell merged over several positions is given
    once, at its top-left position, and the positions it covers are `None`.
    """

    n_cols: int
    rows: tuple[Row, ...]
    header_rows: tuple[Row, ...] = ()
    caption: str | None = None
    page_start: int | None = None
    page_end: int | None = None
    row_pages: tuple[int | None, ...] = ()
    """Page of each body row, for provenance (empty where the format has no pages)."""

    @cached_property
    def header(self) -> tuple[str, ...]:
        """Column names, the texts of multi-row headers joined top-down per column."""
        return tuple(" ".join(parts) for parts in self.header_parts)

    @cached_property
    def header_parts(self) -> tuple[tuple[str, ...], ...]:
        """Per column, the texts of its header rows top-down (a merged parent, then its sub-label);
        worked out once per table, as the table never changes and every reader asks."""
        out = []
        naming = [r for r in range(len(self.header_rows)) if not is_column_number_row(self.header_rows[r])]
        for col in range(self.n_cols):
            parts: list[str] = []
            for r in naming:
                cell = owner(self.header_rows, r, col)
                text = " ".join(cell.text.split()) if cell else ""
                if text and (not parts or parts[-1] != text):
                    parts.append(text)
            out.append(tuple(parts))
        return tuple(out)

    def text_rows(self) -> list[list[str]]:
        """Body rows as text; covered positions are empty strings."""
        return [[c.text if c else "" for c in row] for row in self.rows]


def owner(rows: tuple[Row, ...] | list[Row], r: int, c: int) -> Cell | None:
    """The cell that covers grid position (r, c), looking up and left through merges."""
    pos = owner_position(rows, r, c)
    return rows[pos[0]][pos[1]] if pos else None


def owner_position(rows: tuple[Row, ...] | list[Row], r: int, c: int) -> tuple[int, int] | None:
    """Where the cell covering (r, c) starts."""
    for rr in range(r, -1, -1):
        row = rows[rr]
        for cc in range(min(c, len(row) - 1), -1, -1):
            cell = row[cc]
            if cell is not None and rr + cell.row_span > r and cc + cell.col_span > c:
                return rr, cc
    return None


def is_column_number_row(row: Row) -> bool:
    """The row `1 2 3 … n` under a form's header, possibly with an empty first cell."""
    values = [c.text.strip().strip("()") for c in row if c is not None and c.text.strip()]
    if len(values) < len(row) - 1:
        return False  # `| | | 1 | 2 | … | 12` under `Месяцы`: months under their parent, not every column numbered
    letters = 0
    while letters < len(values) and len(values[letters]) == 1 and values[letters].isalpha():
        letters += 1  # forms letter their first columns: `А | Б | В | 1 | 2 | 3`
    values = values[letters:]
    if len(values) + letters < 3 or not all(v.isdigit() and (len(v) == 1 or v[0] != "0") for v in values):
        return False  # (`0001 | 0002 | 0003` under `Номер источника`: sources' numbers, never columns')
    if not values:
        return letters >= 3 and _alphabetical([c.text.strip() for c in row if c is not None and c.text.strip()])
    numbers = [int(v) for v in values]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] in (0, 1)


def column_numbers_dropped(table: Table) -> Table:
    """The table without the row `1 2 3 … n` among its header rows when another row names the columns: the
    readers take the last header row for sub-labels and count header rows for the header's depth. (The
    parsers keep the row: it tells where a form's header ends and which rows a continued page repeats.)"""
    keep = [row for row in table.header_rows if not is_column_number_row(row)]
    if not keep or len(keep) == len(table.header_rows):
        return table
    rows = [
        tuple(replace(c, row_span=len(keep) - i) if c is not None and c.row_span > len(keep) - i else c for c in row)
        for i, row in enumerate(keep)
    ]
    return replace(table, header_rows=tuple(rows))


def blank_rows_dropped(table: Table) -> Table:
    """The table without body rows that hold nothing (every cell its own and empty): a line left between
    rows is no item, and no row that a merge or a text file's blank cells continue."""
    keep = [
        r for r, row in enumerate(table.rows) if not all(c is not None and c.row_span == 1 and not c.text.strip() for c in row)
    ]
    if len(keep) == len(table.rows) or not keep:
        return table
    pages = tuple(table.row_pages[r] for r in keep) if table.row_pages else table.row_pages
    return replace(table, rows=tuple(table.rows[r] for r in keep), row_pages=pages)


_MARKED_FIGURE = re.compile(r"(?!\d\d\.\d\d\.\d\d\*)(\d+[.,]\d+|\d{1,4}(?:\.\d+)*)\s?\*{1,3}")
"""A figure, a source's or an item's number with a footnote mark: `0,4361*`, `6001*`, `1.2**`. Not a waste
code, whose star says hazardous (`16 06 01*`, `160601*`, `16.06.01*`)."""


def footnote_marks_dropped(table: Table) -> Table:
    """The table with the footnote marks after its figures and numbers gone: the note under the table says
    why a figure is marked; the figure, the source and the item stand as they are."""
    rows = tuple(
        tuple(
            replace(c, text=m[1])
            if c is not None and "*" in c.text and (m := _MARKED_FIGURE.fullmatch(c.text.strip()))
            else c
            for c in row
        )
        for row in table.rows
    )
    return table if rows == table.rows else replace(table, rows=rows)


_ITEM_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*[.)]?")


def repeated_numbers_merged(table: Table) -> Table:
    """The table with an item's number written again on each of its lines (`1 | Завод … | …` over `1 | область
    … | …`, as a converter writes a merged cell out) merged down, as in the document it came from: one item of
    two lines, not two items. A row of column numbers (`1 | 2 | 3`) starts no item."""
    numbers = [c.text.strip() for r in table.rows if r and (c := r[0]) is not None and c.text.strip()]
    if len(set(numbers)) == len(numbers) or not all(_ITEM_NUMBER.fullmatch(n) for n in numbers):
        return table
    rows = [list(r) for r in table.rows]
    top = None  # the row whose number the rows under it may repeat
    for r, row in enumerate(rows):
        cell = row[0] if row else None
        if cell is None:
            continue
        above = rows[top][0] if top is not None else None
        if above is not None and cell.col_span == above.col_span == 1 and cell.text.strip() == above.text.strip():
            rows[top][0] = replace(above, row_span=above.row_span + cell.row_span)
            row[0] = None
        else:
            numbers_row = all(c is None or _ITEM_NUMBER.fullmatch(c.text.strip()) for c in row)
            top = None if numbers_row else r
    return replace(table, rows=tuple(tuple(r) for r in rows))


def _alphabetical(letters: list[str]) -> bool:
    codes = [ord(x.upper()) for x in letters]
    return all(b == a + 1 for a, b in zip(codes, codes[1:], strict=False))


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""
    page: int | None = None
    level: int | None = None
    """Heading level (1 = top) or list nesting level (0 = outermost)."""
    number: str | None = None
    """The number as rendered: `1.`, `1)`, `а)`, `5.1`, `Điều 3.` is not a number but a heading."""
    table: Table | None = None
    language: str | None = None
    style: str | None = None

    @property
    def label(self) -> str | None:
        """The number without its trailing punctuation: `1.` → `1`, `а)` → `а`, `5.1.` → `5.1`."""
        if self.number is None:
            return None
        return re.sub(r"^[(\s]+|[.)\s]+$", "", self.number) or None


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    number: str | None = None
    """Registration number, e.g. `KZ87VWF00069984`."""
    date: str | None = None
    """ISO `YYYY-MM-DD`."""
    author: str | None = None
    producer: str | None = None
    ocr_pages: dict[int, float] = field(default_factory=dict)
    """Pages read by OCR (their text layer was missing or unusable), with the mean word confidence 0–1."""


@dataclass(frozen=True)
class Document:
    filename: str
    format: Format
    sha256: str
    blocks: tuple[Block, ...]
    pages: int | None = None
    boilerplate: tuple[Block, ...] = ()
    """Running headers/footers and stamps, kept out of the body (one block per distinct text)."""
    metadata: Metadata = field(default_factory=Metadata)
    language: str | None = None
    languages: dict[str, float] = field(default_factory=dict)

    def tables(self) -> list[Table]:
        return [b.table for b in self.blocks if b.table is not None]

    def with_blocks(self, blocks: list[Block] | tuple[Block, ...]) -> Document:
        return replace(self, blocks=tuple(blocks))


def to_dict(value: Any) -> Any:
    """JSON-ready form of a model value; tables carry `header` and text rows with merges listed once."""
    if isinstance(value, Document):
        d = {
            "filename": value.filename,
            "format": value.format.value,
            "sha256": value.sha256,
            "pages": value.pages,
            "language": value.language,
            "languages": value.languages,
            "metadata": asdict(value.metadata),
            "boilerplate": [to_dict(b) for b in value.boilerplate],
            "blocks": [to_dict(b) for b in value.blocks],
        }
        return d
    if isinstance(value, Block):
        d = {"kind": value.kind.value, "text": value.text, "page": value.page}
        for key in ("level", "number", "language", "style"):
            if getattr(value, key) is not None:
                d[key] = getattr(value, key)
        if value.table is not None:
            d["table"] = to_dict(value.table)
        return d
    if isinstance(value, Table):
        return {
            "caption": value.caption,
            "page_start": value.page_start,
            "page_end": value.page_end,
            "n_cols": value.n_cols,
            "header": list(value.header),
            "header_rows": _rows_json(value.header_rows),
            "rows": _rows_json(value.rows),
            "merges": _merges(value.header_rows + value.rows),
        }
    raise TypeError(f"not a model value: {type(value).__name__}")


def _rows_json(rows: tuple[Row, ...]) -> list[list[str | None]]:
    return [[c.text if c is not None else None for c in row] for row in rows]


def _merges(rows: tuple[Row, ...]) -> list[list[int]]:
    """`[row, col, row_span, col_span]` of every merged cell, rows counted from the first header row."""
    out = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is not None and (cell.row_span > 1 or cell.col_span > 1):
                out.append([r, c, cell.row_span, cell.col_span])
    return out
