"""The document model turned into what the document page draws: blocks with ids derived from their
indexes (`b17`), tables (`t3`, by their order among tables, as provenance counts them) with body rows
(`t3-r0`), and page marks (`p2`), so that an item's provenance finds its element."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Cell:
    text: str
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True)
class TableView:
    id: str
    number: int
    """1-based, as people count tables."""
    caption: str | None
    head: list[list[Cell]]
    body: list[tuple[str, list[Cell]]]
    """(row id, cells) of each body row."""


@dataclass(frozen=True)
class BlockView:
    id: str
    kind: str
    text: str
    page: int | None
    new_page: bool
    level: int | None = None
    number: str | None = None
    """The number to draw before the text: None when the text already begins with it."""
    numbered: bool = False
    """The block has a number (drawn or inside its text), so a list item needs no bullet."""
    table: TableView | None = None


@dataclass(frozen=True)
class DocumentView:
    blocks: list[BlockView] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    boilerplate: list[str] = field(default_factory=list)


def document_view(model: dict[str, Any] | None) -> DocumentView:
    if not model:
        return DocumentView()
    blocks: list[BlockView] = []
    ids: set[str] = set()
    table_count = 0
    last_page = None
    for index, b in enumerate(model.get("blocks", [])):
        page = b.get("page")
        new_page = page is not None and page != last_page
        if new_page:
            ids.add(f"p{page}")
        last_page = page if page is not None else last_page
        table = None
        if b.get("table") is not None:
            table = table_view(b["table"], f"t{table_count}")
            table_count += 1
            ids.add(table.id)
            ids.update(row_id for row_id, _ in table.body)
        block = BlockView(
            id=f"b{index}",
            kind=b.get("kind", "paragraph"),
            text=b.get("text") or "",
            page=page,
            new_page=new_page,
            level=b.get("level"),
            number=shown_number(b.get("number"), b.get("text") or ""),
            numbered=bool(b.get("number")),
            table=table,
        )
        ids.add(block.id)
        blocks.append(block)
    boilerplate = [b.get("text") or "" for b in model.get("boilerplate", []) if b.get("text")]
    return DocumentView(blocks=blocks, ids=ids, boilerplate=list(dict.fromkeys(boilerplate)))


def shown_number(number: str | None, text: str) -> str | None:
    """`number` unless `text` already begins with it: a Vietnamese article is `Điều 1.` with the text
    `Điều 1. Phạm vi điều chỉnh`, a chapter `Chương I` with the text `Chương I`; drawn twice they read
    "Điều 1. Điều 1. …". A text that only begins with the same digits (`1.` before `1.5 t`, `1` before
    `10 sources`) is another number, and the block's own number stays."""
    if not number or not number.strip():
        return None
    wanted = " ".join(number.split()).casefold()
    head = " ".join(text.split()).casefold()
    if not head.startswith(wanted):
        return number
    rest = head[len(wanted) :]
    if wanted[-1] in ".)":
        return number if rest[:1].isdigit() else None
    if not rest or not (rest[0].isalnum() or rest[0] == "_" or re.match(r"[.,]\d", rest)):
        return None
    return number


def table_view(table: dict[str, Any], table_id: str) -> TableView:
    """Header and body rows with merged cells given once and spanning what they cover; a span that would
    cross from the header into the body is cut at the boundary."""
    header_rows = table.get("header_rows") or []
    body_rows = table.get("rows") or []
    spans = {(r, c): (rs, cs) for r, c, rs, cs in table.get("merges") or []}
    head = _section(header_rows, 0, spans)
    body = _section(body_rows, len(header_rows), spans)
    return TableView(
        id=table_id,
        number=int(table_id[1:]) + 1,
        caption=table.get("caption"),
        head=head,
        body=[(f"{table_id}-r{i}", cells) for i, cells in enumerate(body)],
    )


def _section(rows: list[list[str | None]], first: int, spans: dict) -> list[list[Cell]]:
    covered: set[tuple[int, int]] = set()
    out: list[list[Cell]] = []
    for r, row in enumerate(rows):
        cells: list[Cell] = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = spans.get((first + r, c), (1, 1))
            rs = max(1, min(rs, len(rows) - r))
            cs = max(1, min(cs, len(row) - c))
            for dr in range(rs):
                for dc in range(cs):
                    if dr or dc:
                        covered.add((r + dr, c + dc))
            cells.append(Cell(text or "", rs, cs))
        out.append(cells)
    return out
