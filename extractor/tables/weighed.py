"""Wastes weighed on their way out: a column group per waste over its gross, tare and net masses.

A truck scale's summary gives, month by month, each waste's `брутто | тара | нетто, кг` (`KL cân tổng | KL
xe | KL hàng`) under a group header naming the waste and often its code (`Кек обезвоженного осадка (19 08 12)`).
The waste's mass is the net: with the tare, what the gross (the largest) comes to in most rows. That is read
from the figures; the words over them (NET_WORDS) only say which of the two is the net. The year's amount is
the net of the total row, else the sum down the net column. Turned into a table
of wastes (`Waste name | Waste code | Amount, <unit>`), it reads as any other.
"""

from __future__ import annotations

import re

from extractor import columns as words
from extractor.context import number, own_cell, row_title
from extractor.model import Cell, Table
from extractor.nlp.wastes import find_waste_codes
from extractor.tables.waste_totals import MASS_UNIT, without_code

GROUP_SIZE = 3
"""Gross, tare and net."""
MIN_GROUPS = 2
NOTATIONS = (None, "vi")
"""A point may part thousands (`7.000`, Vietnamese) or decimals (`13.78`): a row holds in either, read alike."""
MIN_ROWS = 2
"""Rows whose three figures are there, at the least, to tell the net by arithmetic."""


def weighed_wastes(table: Table) -> Table | None:
    """A row per waste with its code and the year's net mass; None when the table is no scale summary."""
    groups = _groups(table)
    if len(groups) < MIN_GROUPS:
        return None
    total = next((r for r in range(len(table.rows)) if words.is_total(row_title(table, r) or own_cell(table, r, 0))), None)
    rows = []
    for parent, cols in groups:
        net = _net_column(table, cols, total)
        if net is None:
            return None
        unit = MASS_UNIT.search(table.header[net])
        if unit is None:
            return None
        name, code = _name_and_code(parent)
        if total is not None:
            amount = own_cell(table, total, net)
        else:
            figures = [v for r in range(len(table.rows)) if (v := number(own_cell(table, r, net))) is not None]
            amount = f"{round(sum(figures), 9):g}" if figures else ""
        rows.append((Cell(name), Cell(code), Cell(amount), Cell(unit.group(0))))
    header = (Cell("Waste name"), Cell("Waste code"), Cell("Amount"), Cell("Unit"))
    return Table(n_cols=4, rows=tuple(rows), header_rows=(header,), caption=table.caption, page_start=table.page_start, page_end=table.page_end)


def _groups(table: Table) -> list[tuple[str, list[int]]]:
    """(parent header, its columns) for each run of three columns under one parent header."""
    out: list[tuple[str, list[int]]] = []
    for k in range(1, table.n_cols):
        parts = table.header_parts[k] if k < len(table.header_parts) else ()
        if len(parts) < 2 or not parts[0]:
            return []
        if out and out[-1][0] == parts[0] and len(out[-1][1]) < GROUP_SIZE:
            out[-1][1].append(k)
        else:
            out.append((parts[0], [k]))
    return out if all(len(cols) == GROUP_SIZE for _, cols in out) else []


def _net_column(table: Table, cols: list[int], total: int | None) -> int | None:
    """Of the three, the net: the gross (the largest) less the tare gives it in most rows that give all three
    figures, in one notation of numbers. Which of the two is the net, the header says (NET_WORDS), else the
    later column."""
    rows = [r for r in range(len(table.rows)) if r != total]
    for notation in NOTATIONS:
        figures = {k: [number(own_cell(table, r, k), notation) for r in rows] for k in cols}
        gross = max(cols, key=lambda k: sum(v for v in figures[k] if v is not None))
        first, second = (k for k in cols if k != gross)
        full = [(a, b, c) for a, b, c in zip(figures[gross], figures[first], figures[second], strict=True) if None not in (a, b, c)]
        held = sum(1 for a, b, c in full if abs(a - b - c) <= 1e-6 * max(abs(a), 1.0))
        if len(full) >= MIN_ROWS and held * 4 >= len(full) * 3:
            said = [k for k in (first, second) if words.compiled("NET_WORDS").search(words.flat(table.header[k]))]
            return said[0] if len(said) == 1 else second
    return None


BRACKET_NOTE = re.compile(r"\s*[(,;]\s*(?:[^\W\d_]+\.?\s*){0,2}$")
"""The bracket, and a word or two in it, before a group header's code: no words of the name without one."""


def _name_and_code(parent: str) -> tuple[str, str]:
    """`Кек обезвоженного осадка (19 08 12)` → the name and the code; no code when the header gives none."""
    found = find_waste_codes(parent, strict=False)
    if len(found) != 1:
        return parent.strip(), "–"  # a dash: the header gives no code (in Vietnam, no hazardous waste)
    start, end, code = found[0]
    return without_code(parent, start, end, BRACKET_NOTE), parent[start:end]
