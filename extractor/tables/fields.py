"""Tables headed by a database's field names, explained by a table of the fields.

A GIS layer or a registry exported as a table heads its columns with field names (`UCH_NO | ARENDATOR | BIN
| KAT_EK | GEOM`, `MA_LO | TEN_DN | MST`), and the document explains them in a table of its own (`Поле |
Описание`, `Trường | Mô tả`: `KAT_EK | категория объекта по статье 12 …`). The field names say nothing to the
column recogniser; their descriptions do. So each header cell that is a described field is read as its
description with the name after it. Language-neutral: a field name is known by its shape, not its words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.context import own_cell
from extractor.model import Cell, Table

FIELD_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$")
"""A field's name as databases write it: capitals, digits and underscores (`UCH_NO`, `S_GA`, `MST`)."""
BRACKETED = re.compile(r"\s*\([^()]*\)")
"""A description's aside (`землепользователь (участник СЭЗ или управляющая компания)`): the words before it
say what the field holds."""
MIN_FIELDS = 3
"""Fields a dictionary lists, and a table's header cells it explains, at the least."""


def field_descriptions(tables: list[Table]) -> dict[str, str]:
    """field name → its description, from every table whose first column lists distinct field names beside
    a column of words."""
    out: dict[str, str] = {}
    for table in tables:
        if table.n_cols < 2:
            continue
        rows = range(len(table.rows))
        names = [own_cell(table, r, 0) for r in rows]
        said = [own_cell(table, r, 1) for r in rows]
        if len(names) < MIN_FIELDS or len(set(names)) < len(names) or not all(FIELD_NAME.match(n) for n in names):
            continue
        if all(re.search(r"[^\W\d_]{3}", s) for s in said):
            out.update(zip(names, said, strict=True))
    return out


def with_described_fields(table: Table, fields: dict[str, str]) -> Table:
    """The table with each header cell that is a described field written as its description (without its
    asides) and name, when three or more are and the table is not the dictionary itself; unchanged otherwise."""
    if not table.header_rows or any(own_cell(table, r, 0) in fields for r in range(len(table.rows))):
        return table
    found = [(h, k) for h, row in enumerate(table.header_rows) for k, c in enumerate(row) if c is not None and c.text.strip() in fields]
    if len(found) < MIN_FIELDS:
        return table
    rows = [list(row) for row in table.header_rows]
    for h, k in found:
        cell = rows[h][k]
        said = BRACKETED.sub(" ", fields[cell.text.strip()]).strip() or fields[cell.text.strip()]
        rows[h][k] = Cell(f"{said} ({cell.text.strip()})", cell.row_span, cell.col_span)
    return replace(table, header_rows=tuple(tuple(row) for row in rows))
