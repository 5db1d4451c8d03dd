"""A plan written as days between samples: parameters down, points across, a number of days in each cell.

`Показатель | Интервал между отборами проб, сут.: ТЛ-1 – вход ЦОС | ТЛ-2 | …` over `ХПК | 1 | – | 7`: each
figure is how many days pass between two samples of that parameter at that point, a dash that it is not
sampled there. Turned into a row per point and parameter with its frequency (`every 7 days`, which the
frequency parser reads as weekly), it reads as any monitoring plan. The header's words say the figures are
intervals in days (INTERVAL_DAYS_WORDS, language data); the rest is shape.
"""

from __future__ import annotations

import re

from extractor import columns as words
from extractor.context import is_blank, own_cell
from extractor.model import Cell, Table

MAX_DAYS = 366
MIN_POINTS = 2


def interval_plan(table: Table) -> Table | None:
    """`Point | Parameter | Frequency` rows from a matrix of intervals in days; None for any other table."""
    if table.n_cols < MIN_POINTS + 1 or len(table.header_rows) < 2:
        return None
    pattern = words.compiled("INTERVAL_DAYS_WORDS")
    cols = [
        k
        for k in range(1, table.n_cols)
        if k < len(table.header_parts) and len(parts := table.header_parts[k]) >= 2 and pattern.search(words.flat(parts[0]))
    ]
    if len(cols) < MIN_POINTS or len(cols) != table.n_cols - 1:
        return None
    rows = []
    for r in range(len(table.rows)):
        name = own_cell(table, r, 0)
        if is_blank(name):
            continue
        for k in cols:
            text = own_cell(table, r, k)
            if is_blank(text):
                continue
            if not re.fullmatch(r"\d{1,3}", text) or not 0 < int(text) <= MAX_DAYS:
                return None  # figures of another kind: no plan of intervals
            rows.append((Cell(table.header_parts[k][-1]), Cell(name), Cell(f"every {int(text)} days")))
    if not rows:
        return None
    header = (Cell("Sampling point"), Cell("Parameter"), Cell("Frequency"))
    return Table(n_cols=3, rows=tuple(rows), header_rows=(header,), caption=table.caption, page_start=table.page_start, page_end=table.page_end)
