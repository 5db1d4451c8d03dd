"""Marks on what a plan measures, turned into frequencies by a note under the table.

A programme may list a point's parameters in one cell, each with a mark (`Азота диоксид*, Пыль
неорганическая**`, `SO2(1), Dioxin/furan(3)`), and say under the table what the marks stand for
(`* – 1 раз в квартал; ** – 2 раза в год`). Written out, such a cell reads as a plan's cell of
`substances – frequency` parts, which the monitoring reader already reads.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.context import frequency
from extractor.model import Cell, Table

MARK = r"\*{1,3}|\(\d\)|¹|²|³"
NOTE_ENTRY = re.compile(rf"(?:^|[;:,.]|\s)\s*({MARK})\s*[–—=-]\s*([^;]{{3,80}}?)\s*(?=;|$|\.\s|\.$)")
"""`* – 1 раз в квартал`, `(2) – 06 tháng/lần`: a mark and what it stands for, in a note."""
MARKED_ITEM = re.compile(rf"\s*(.+?)\s*({MARK})\s*(?:[,;]|$)", re.S)
"""`Азота диоксид*,`: one item of a cell and its mark."""


def mark_frequencies(text: str) -> dict[str, str]:
    """The marks a note explains as frequencies; empty unless two marks or more are."""
    found = {m.group(1): m.group(2).strip() for m in NOTE_ENTRY.finditer(text or "")}
    found = {k: v for k, v in found.items() if (f := frequency(v)) and f.word}
    return found if len(found) >= 2 else {}


def with_marks(table: Table, legend: dict[str, str]) -> Table:
    """The table with each cell whose items all carry a mark of the note written as `items –
    frequency; items – frequency`, in the mark's order; unchanged when no cell is."""
    if not legend:
        return table
    rows = [list(r) for r in table.rows]
    changed = False
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            if cell is None or not (written := _written(cell.text, legend)):
                continue
            rows[r][k] = Cell(written, cell.row_span, cell.col_span)
            changed = True
    return replace(table, rows=tuple(tuple(r) for r in rows)) if changed else table


def _written(text: str, legend: dict[str, str]) -> str:
    items = list(MARKED_ITEM.finditer(text or ""))
    if not items or sum(len(m.group(0)) for m in items) < len(text.strip()) or any(m.group(2) not in legend for m in items):
        return ""  # some item unmarked, or a mark the note does not explain: a footnote of another kind
    by_mark: dict[str, list[str]] = {}
    for m in items:
        by_mark.setdefault(m.group(2), []).append(m.group(1))
    return "; ".join(f"{', '.join(names)} – {legend[mark]}" for mark, names in by_mark.items())
