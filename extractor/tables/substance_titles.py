"""Rows of points grouped under the substance each group measured, the substance a title across the table:
`Свинец … (0184)` over `Т-1 | 41 | 0,00053 | 0,001 | …`, `Т-2 | …`, then `Серная кислота (0322)` over the same
points. The readers of limits and results read a substance per row; here each row gets its group's title in a
column of its own, and a norm written once for the group (merged down, or in its first row as a text file
keeps it) stands in each of the group's rows. Likewise one substance named in the header over its results
(`№ пробы | Место отбора | Ртуть, мг/кг | ПДК, мг/кг`): every row is a sample of it.
"""

from __future__ import annotations

import re

from extractor import columns as words
from extractor.context import cell, is_blank, row_title
from extractor.model import Cell, Table
from extractor.nlp.substances import match_substance
from extractor.tables.limit_cells import unit_in
from extractor.tables.profile import POINT_ID, is_substance, mostly_figures

SUBSTANCE_HEADER = "Загрязняющее вещество"
"""The header the new column gets (words the language data knows)."""
MIN_GROUPS = 2


def substance_titled(table: Table) -> Table | None:
    """The table with a column of each row's substance before the others; None when no column names
    substances already, or fewer than two substance titles each head rows of figures."""
    roles = words.column_roles(table)
    if "substance" in roles or "limit" not in roles:
        return None
    limits = [k for k in range(table.n_cols) if words.role_of(table.header[k]) == "limit"]
    groups: list[tuple[str, list[int]]] = []
    for r in range(len(table.rows)):
        title = row_title(table, r)
        if title and cell(table, r, 0) == title and is_substance(title):
            if re.search(r"\d", re.sub(r"\(\d{4}\)|\d{4}", "", title)):
                return None  # `Аммиак (0303) – ПДК м.р. 0,2 мг/м³`: the title gives the norm, read by the titles' reader
            groups.append((title, []))
        elif groups:
            if words.role_of(cell(table, r, 0)) in ("limit", "measured"):
                return None  # `ДК | …` and `факт | …` under each parameter: kinds of figure, not points sampled
            groups[-1][1].append(r)
        elif any(not is_blank(cell(table, r, k)) for k in range(1, table.n_cols)):
            return None  # rows of figures before any title: not a table grouped by substance
    if len(groups) < MIN_GROUPS or any(not rows for _, rows in groups):
        return None
    firsts = [cell(table, r, 0) for _, rows in groups for r in rows]
    if sum(1 for t in firsts if POINT_ID.match(t)) * 4 < len(firsts) * 3:
        return None  # the rows under each title are points sampled (`Т-1 (север)`, `KK1 – Cổng làng`), nothing else
    out = []
    for title, rows in groups:
        first = {k: cell(table, rows[0], k) for k in limits}
        for r in rows:
            cells = list(table.rows[r])
            for k in limits:
                if cells[k] is not None and not cells[k].text.strip() and first[k]:
                    cells[k] = Cell(first[k])  # the group's norm, written in its first row only
            out.append((Cell(title), *cells))
    heads = tuple((Cell(SUBSTANCE_HEADER if i == 0 else "", row_span=len(table.header_rows) if i == 0 else 1), *row) for i, row in enumerate(table.header_rows))
    heads = tuple((row[0] if i == 0 else None, *row[1:]) for i, row in enumerate(heads))
    return Table(
        n_cols=table.n_cols + 1,
        rows=tuple(out),
        header_rows=heads,
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
    )


RESULT_HEADER = "Результат"
"""The header a named substance's column of results gets (a word the language data reads as measured)."""


def substance_headed(table: Table) -> Table | None:
    """The table with a column naming, in every row, the one substance a header names over its results (`Ртуть,
    мг/кг` beside `ПДК, мг/кг`), that column headed as results; None unless exactly one column is so named and holds
    figures, a limit column stands beside it, and no column names substances already."""
    roles = words.column_roles(table)
    if "substance" in roles or "limit" not in roles or "measured" in roles:
        return None
    named = []
    for k, header in enumerate(table.header):
        if words.role_of(header) is not None or not unit_in(header):
            continue
        label = re.split(r",|\(", header)[0].strip()
        m = match_substance(label) if label else None
        if m is not None and m.score >= 90 and mostly_figures(table, k):
            named.append((k, label))
    if len(named) != 1:
        return None
    k, label = named[0]
    heads = []
    for i, row in enumerate(table.header_rows):
        cells = [(Cell(RESULT_HEADER + ", " + unit_in(table.header[k]), c.row_span, c.col_span) if j == k and c is not None else c) for j, c in enumerate(row)]
        heads.append((Cell(SUBSTANCE_HEADER, row_span=len(table.header_rows)) if i == 0 else None, *cells))
    rows = [(Cell(label), *row) if not row_title(table, r) else (row[0], None, *row[1:]) for r, row in enumerate(table.rows)]
    return Table(
        n_cols=table.n_cols + 1,
        rows=tuple(rows),
        header_rows=tuple(heads),
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
    )

