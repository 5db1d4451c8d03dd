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

MIN_BLOCKS = 2


def _words_in(table: Table, col: int) -> bool:
    """Whether a column's filled cells are mostly words (points, frequencies), not figures."""
    filled = [c.text for row in table.rows if col < len(row) and (c := row[col]) is not None and not is_blank(c.text)]
    return bool(filled) and sum(1 for t in filled if re.search(r"[^\W\d_]{2}", t)) * 2 > len(filled)


def _label(text: str) -> str:
    return " ".join(text.lower().split())


def shared_blocks(table: Table) -> tuple[int, int, int] | None:
    """(leading columns, block width, blocks) when the header repeats its last labels in blocks under
    distinct parents after leading columns of their own; None otherwise."""
    if len(table.header_rows) < 2:
        return None
    parts = table.header_parts
    last = [_label(p[-1]) if p else "" for p in parts]
    for lead in range(1, table.n_cols - 2 * 2 + 1):
        rest = table.n_cols - lead
        for width in range(2, rest // MIN_BLOCKS + 1):
            if rest % width:
                continue
            blocks = rest // width
            heads = [last[lead + b * width : lead + (b + 1) * width] for b in range(blocks)]
            if not all(heads[0]) or any(h != heads[0] for h in heads[1:]):
                continue
            parents = [{tuple(parts[k][:-1]) for k in range(lead + b * width, lead + (b + 1) * width)} for b in range(blocks)]
            if any(len(p) != 1 or not next(iter(p)) for p in parents) or len({next(iter(p)) for p in parents}) != blocks:
                continue
            if any(len(parts[k]) > 1 and tuple(parts[k][:-1]) in {next(iter(p)) for p in parents} for k in range(lead)):
                continue
            if any(role_of(" ".join(next(iter(p)))) not in (None, "point", "site") for p in parents):
                continue  # `Норматив | Фактически` over the same units: a norm and its result, no zones
            if not any(_words_in(table, k) for k in range(lead, lead + width)):
                continue  # figures only: rates or results by group, read by their own readers
            return lead, width, blocks
    return None


def blocks_stacked(table: Table) -> Table | None:
    """The table with its repeated column groups stacked under the shared columns; None when it has none."""
    found = shared_blocks(table)
    if found is None:
        return None
    lead, width, blocks = found
    header = tuple(
        Cell(" ".join(table.header_parts[k][-1:]) if k >= lead else table.header[k]) for k in (*range(lead), *range(lead, lead + width))
    )
    rows = []
    for b in range(blocks):
        start = lead + b * width
        for row in table.rows:
            own = row[start : start + width]
            if all(c is None or is_blank(c.text) for c in own):
                continue  # `– | –`: the zone is not watched for this substance
            shared = tuple(Cell(c.text) if c is not None else Cell("") for c in row[:lead])
            rows.append((*shared, *(Cell(c.text) if c is not None else Cell("") for c in own)))
    return Table(
        n_cols=lead + width,
        rows=tuple(rows),
        header_rows=(header,),
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
    )
