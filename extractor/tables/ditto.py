"""Ditto marks: a cell that says "the same as above" (`то же`, `-//-`, `như trên`) holds the text above it."""

from __future__ import annotations

from dataclasses import replace

from extractor import columns as words
from extractor.context import is_blank
from extractor.model import Cell, Table


def is_ditto(text: str) -> bool:
    return bool(words.compiled("DITTO_WORDS").search(words.flat(text).strip()))


def without_dittos(table: Table) -> Table:
    """The table with each ditto cell of its body written out as the nearest cell above it in its column
    that is not one; unchanged when it has none. A ditto under the header alone, with nothing above it to
    repeat, stays as written."""
    rows = [list(r) for r in table.rows]
    changed = False
    for k in range(table.n_cols):
        above: str | None = None
        for row in rows:
            cell = row[k] if k < len(row) else None
            if cell is None or is_blank(cell.text):
                continue  # a merge from above, or nothing written: the text above still stands
            if is_ditto(cell.text):
                if above is not None:
                    row[k] = Cell(above, cell.row_span, cell.col_span)
                    changed = True
                continue
            above = cell.text
    return replace(table, rows=tuple(tuple(r) for r in rows)) if changed else table
