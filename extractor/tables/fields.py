"""Tables headed by a database's field names, explained by a table of the fields.

A GIS layer or a registry exported as a table heads its columns with field names (`UCH_NO | ARENDATOR | BIN
| KAT_EK | GEOM`, `MA_LO | TEN_DN | MST`), and the document explains them in a table of its own (`Поле |
Описание`, `Trường | Mô tả`: `KAT_EK | категория объекта по статье 12 …`). The field names say nothing to the
column recogniser; their descriptions do. So each header cell that is a described field is read as its
description with the name after it. Language-neutral: a field name is known by its shape, not its words.

A calculation's table heads its columns with the symbols of its formula (`qᵢ | Mᵢ | Gᵢ`) and explains them
under the table (`где: Mᵢ – максимальный разовый выброс, г/с; Gᵢ – валовый выброс, т/год`): read the same way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.columns import role_of
from extractor.context import own_cell
from extractor.model import Cell, Table, owner
from extractor.tables.keyed import SHORT_ID

FIELD_NAME = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$")
"""A field's name as databases write it: capitals, digits and underscores (`UCH_NO`, `S_GA`, `MST`)."""
BRACKETED = re.compile(r"\s*\([^()]*\)")
"""A description's aside (`землепользователь (участник СЭЗ или управляющая компания)`): the words before it
say what the field holds."""
MIN_FIELDS = 3
"""Fields a dictionary lists, and a table's header cells it explains, at the least."""
MIN_SYMBOLS = 2
"""Header cells a legend of symbols explains, at the least, for the table to be read through it."""
SYMBOL_ENTRY = re.compile(r"^\s*(?:[^\W\d_]+(?:\s[^\W\d_]+)?\s*:\s*)?(\S{1,6})\s*[–—-]\s+(\S.{2,200}?)\s*\.?\s*$")
"""`где: Mᵢ – максимальный разовый выброс, г/с`, `Ghi chú: Eᵢ – hệ số phát thải (kg/tấn)`: a short symbol, a
dash and what it stands for, one entry of a legend split at its semicolons."""


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


PER_UNIT = re.compile(r"[^\W\d_]\.?\s*/\s*(?:\d+\s*)?[^\W\d_]")
"""A unit of one quantity per another (`г/с`, `т/год`, `kg/tấn`): what a formula's symbol is measured in."""


def symbol_descriptions(text: str) -> dict[str, str]:
    """symbol → what it stands for, from a legend under a table (`где: qᵢ – …; Mᵢ – …, г/с; Gᵢ – …, т/год`):
    a formula's quantities, each in its unit, not a standard's columns (`A1 – sử dụng tốt cho …`)."""
    out: dict[str, str] = {}
    for part in (text or "").split(";"):
        m = SYMBOL_ENTRY.match(part)
        if m and re.search(r"[^\W\d_]", m.group(1)) and re.search(r"[^\W\d_]{3}", m.group(2)) and PER_UNIT.search(m.group(2)):
            out.setdefault(m.group(1), m.group(2))
    return out


def with_described_fields(table: Table, fields: dict[str, str], least: int = MIN_FIELDS, asides: bool = False) -> Table:
    """The table with each header cell that is a described field written as its description (without its
    asides, unless `asides`) and name, when `least` or more are and the table is not the dictionary itself;
    unchanged otherwise. A legend's symbols keep their asides: `tải lượng tức thời lớn nhất (g/s)` is a unit."""
    if not table.header_rows or any(own_cell(table, r, 0) in fields for r in range(len(table.rows))):
        return table
    found = [
        (h, k)
        for h, row in enumerate(table.header_rows)
        for k, c in enumerate(row)
        if c is not None and c.text.strip() in fields and not _points_own_id(table, h, k)
    ]
    if len(found) < least:
        return table
    rows = [list(row) for row in table.header_rows]
    for h, k in found:
        cell = rows[h][k]
        full = fields[cell.text.strip()]
        said = full if asides else BRACKETED.sub(" ", full).strip() or full
        rows[h][k] = Cell(f"{said} ({cell.text.strip()})", cell.row_span, cell.col_span)
    return replace(table, header_rows=tuple(tuple(row) for row in rows))


def _points_own_id(table: Table, h: int, k: int) -> bool:
    """A point's id under a parent naming the points (`Vị trí quan trắc | NN1 | NN2`): read as it is, the
    point the column is at, however a table of places describes it."""
    parent = owner(table.header_rows, h - 1, k) if h > 0 else None
    return bool(SHORT_ID.fullmatch(table.header_rows[h][k].text.strip()) and parent is not None and role_of(parent.text) == "point")
