"""A printed form's blanks filled in by hand: the value between the blank's halves.

An inspector's check sheet or a questionnaire prints `Наименование объекта: __________` and the value is
typed over the middle of the line (`____АЗС «Көкше Петрол»____`, `……Cửa hàng xăng dầu Bàu Hàm……`). Read
as it stands, the underscores or dots become part of each name, number and coordinate. The blanks around a
value are dropped; a blank left empty (a signature's line) stays as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.model import Cell, Table

_BLANK = r"(?:_{2,}|…+|\.{4,})"
FILLED = re.compile(rf"{_BLANK}[ \t]*([^_…\s](?:[^_…]*?[^_….\s])?)[ \t]*{_BLANK}")
"""A value with a blank on either side (`____52,90304____`, `……3……`)."""


def unblanked(text: str) -> str:
    """The text with every filled blank written as its value alone."""
    return FILLED.sub(lambda m: m.group(1), text) if ("__" in text or "…" in text or "...." in text) else text


def blanks_filled(table: Table) -> Table:
    """The table with its filled blanks written as their values; the same table when it has none."""
    changed = False

    def fixed(rows: tuple) -> tuple:
        nonlocal changed
        out = []
        for row in rows:
            new = []
            for cell in row:
                if cell is not None and (text := unblanked(cell.text)) != cell.text:
                    cell, changed = Cell(text, cell.row_span, cell.col_span), True
                new.append(cell)
            out.append(tuple(new))
        return tuple(out)

    rows = fixed(table.rows)
    return replace(table, rows=rows) if changed else table
