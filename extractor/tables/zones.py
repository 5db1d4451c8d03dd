"""Column groups repeated under parents of their own after shared leading columns (`Код | Вещество |
Граница СЗЗ: точки | периодичность | Жилая зона: точки | периодичность`): one plan per group, stacked.

Each group says the same thing of another zone, so a row of the print is a row of each group: the shared
cells are repeated before each group's own. Rows a group leaves empty (`–`) are left out of it.
"""

from __future__ import annotations

import re

from extractor.columns import role_of
from extractor.context import is_blank
from extractor.model import Cell, Table

YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
"""A year over a group of columns: the groups are periods of one time line."""

MIN_BLOCKS = 2
MIN_WIDTH = 2


def _words_in(table: Table, col: int) -> bool:
    """Whether a column's filled cells are mostly words (points, frequencies), not figures."""
    filled = [c.text for row in table.rows if col < len(row) and (c := row[col]) is not None and not is_blank(c.text)]
    return bool(filled) and sum(1 for t in filled if re.search(r"[^\W\d_]{2}", t)) * 2 > len(filled)


def _label(text: str) -> str:
    return " ".join(text.lower().split())


def shared_blocks(table: Table) -> tuple[int, int, int, int] | None:
    """(leading columns, block width, blocks, trailing columns) when the header repeats its last labels in blocks
    under distinct parents after leading columns of their own, and before a column or two of no parent (`Quy chuẩn
    áp dụng`); None otherwise."""
    if len(table.header_rows) < 2:
        return None
    parts = table.header_parts
    last = [_label(p[-1]) if p else "" for p in parts]
    shapes = [(lead, tail) for tail in range(MAX_TAIL + 1) for lead in range(1, table.n_cols - tail - MIN_BLOCKS * MIN_WIDTH + 1)]
    for lead, tail in shapes:
        if tail and any(len(parts[k]) > 1 for k in range(table.n_cols - tail, table.n_cols)):
            continue  # a trailing column under a parent of its own is a block's, not shared
        rest = table.n_cols - lead - tail
        for width in range(MIN_WIDTH, rest // MIN_BLOCKS + 1):
            blocks = rest // width
            starts = [lead + b * width for b in range(blocks)]
            if rest % width or not all(last[lead : lead + width]):
                continue
            if any(last[s : s + width] != last[lead : lead + width] for s in starts[1:]):
                continue
            parents = [_parent(parts, s, width) for s in starts]
            if None in parents or len(set(parents)) != blocks:
                continue  # each block under one parent of its own
            if any(tuple(parts[k][:-1]) in parents for k in range(lead) if len(parts[k]) > 1):
                continue
            if any(YEAR.search(" ".join(p)) for p in parents):
                continue  # `2026 год: I кв. | … | 2027 год: I кв. | …`: one plan's time line, no groups of their own
            if any(role_of(" ".join(p)) not in (None, "point", "site") for p in parents):
                continue  # `Норматив | Фактически` over the same units: a norm and its result, no zones
            if not any(_words_in(table, k) for k in range(lead, lead + width)):
                continue  # figures only: rates or results by group, read by their own readers
            return lead, width, blocks, tail
    return None


MAX_TAIL = 2
"""Columns after the groups that belong to the row as a whole (the standard applied, a remark)."""


def _parent(parts: tuple, start: int, width: int) -> tuple[str, ...] | None:
    """The one parent over a block's columns, None when they have none or several."""
    found = {tuple(parts[k][:-1]) for k in range(start, start + width)}
    return found.pop() if len(found) == 1 and next(iter(found)) else None


def blocks_stacked(table: Table) -> Table | None:
    """The table with its repeated column groups stacked under the shared columns; None when it has none."""
    found = shared_blocks(table)
    if found is None:
        return None
    lead, width, blocks, tail = found
    after = range(table.n_cols - tail, table.n_cols)  # `… | Quy chuẩn áp dụng` after the groups: shared too
    header = (
        *(Cell(table.header[k]) for k in range(lead)),
        *(Cell(table.header_parts[k][-1]) for k in range(lead, lead + width)),
        *(Cell(table.header[k]) for k in after),
    )
    rows = []
    for b in range(blocks):
        start = lead + b * width
        for row in table.rows:
            own = row[start : start + width]
            if all(c is None or is_blank(c.text) for c in own):
                continue  # `– | –`: the zone is not watched for this substance
            tail_cells = [row[k] if k < len(row) else None for k in after]
            rows.append(tuple(Cell(c.text) if c is not None else Cell("") for c in (*row[:lead], *own, *tail_cells)))
    return Table(
        n_cols=lead + width + tail,
        rows=tuple(rows),
        header_rows=(header,),
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
    )
