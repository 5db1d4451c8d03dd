"""Tables written sideways: the fields down the first column, one column per point, source or unit.

`Показатель | Точка КТ-1 | Точка КТ-2` over `Место отбора | …`, `Периодичность | …`: what a plan
usually says in its header is said in its first column. Turned a quarter, it reads like any other
table of its role.
"""

from __future__ import annotations

from extractor.columns import role_of
from extractor.model import Cell, Table, owner
from extractor.tables.roles import FACILITY_FIELDS

MIN_FIELDS = 3
"""Rows whose first cell names a column role, at least, for a table to be read sideways."""
MAX_ROWS = 15
"""Sideways tables have a few fields; a long table with labels down its side is something else."""


def sideways(table: Table) -> bool:
    """Whether the first column names the fields (three roles or more, not a facility card's) and
    the header row names none."""
    if table.n_cols < 2 or not table.rows or len(table.rows) > MAX_ROWS:
        return False
    labels = [role_of(_text(table.rows, r, 0)) for r in range(len(table.rows))]
    roles = {x for x in labels if x is not None and x != "row_number"}
    if len(roles) < MIN_FIELDS or len(roles & FACILITY_FIELDS) * 2 >= len(roles):
        return False
    header_roles = {role_of(h) for h in table.header[1:]} - {None}
    return len(header_roles) <= 1 and len(roles) > len(header_roles) + 1


def transposed(table: Table) -> Table:
    """The table turned a quarter: its first column becomes the header, each other column a row."""
    grid = [*table.header_rows, *table.rows]
    n_head = len(table.header_rows)
    texts = [[_text(grid, r, c) for r in range(len(grid))] for c in range(table.n_cols)]

    def line(column: list[str]) -> tuple[Cell, ...]:
        return (Cell(" ".join(t for t in column[:n_head] if t)), *(Cell(t) for t in column[n_head:]))

    return Table(
        n_cols=len(grid) - n_head + 1,
        rows=tuple(line(column) for column in texts[1:]),
        header_rows=(line(texts[0]),),
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
    )


def _text(rows, r: int, c: int) -> str:
    found = owner(rows, r, c)
    return found.text.strip() if found else ""
