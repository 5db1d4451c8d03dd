"""A unit column whose every cell gives two units, one for each of the two figure columns after it
(`Bụi tổng | g/s; tấn/năm | 0,068 | 0,00843`, `Азота диоксид | г/с; т/год | …`): the two columns are the
g/s and the t/y of each row so written. A row in other units (`Bq/s; Bq/năm`, a radionuclide's activity) is
no rate of a pollutant: its figures are left out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.columns import role_of
from extractor.model import Cell, Table
from extractor.tables.emissions import G_S_WORD, T_Y_WORD
from extractor.tables.transpose import text_at

PAIR = re.compile(r"^\s*(?P<a>[^;]+?)\s*;\s*(?P<b>[^;]+?)\s*$")
MIN_PAIRED = 2


def unit_pairs_split(table: Table) -> Table | None:
    """The table with the two columns after its unit column headed `г/с` and `т/год` and the figures of rows
    in other units blanked; None unless the unit column pairs a g/s and a t/y unit in two rows or more."""
    at = next((k for k, h in enumerate(table.header) if role_of(h) == "unit"), None)
    if at is None or at + 3 != table.n_cols:
        return None
    rows, paired = [], 0
    for r, row in enumerate(table.rows):
        m = PAIR.match(text_at(table.rows, r, at))
        rates = bool(m and G_S_WORD.search(m.group("a")) and T_Y_WORD.search(m.group("b")))
        paired += rates
        blank = m is not None and not rates
        rows.append(tuple(Cell("", c.row_span, c.col_span) if blank and k > at and c is not None else c for k, c in enumerate(row)))
    if paired < MIN_PAIRED:
        return None
    head = tuple(
        Cell(("г/с", "т/год")[k - at - 1], 1, 1) if k > at else Cell(h, 1, 1) for k, h in enumerate(table.header)
    )
    return replace(table, header_rows=(head,), rows=tuple(rows))
