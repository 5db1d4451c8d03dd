"""Marks on what a plan measures, turned into frequencies by a note under the table.

A programme may list a point's parameters in one cell, each with a mark (`Азота диоксид*, Пыль
неорганическая**`, `SO2(1), Dioxin/furan(3)`), and say under the table what the marks stand for
(`* – 1 раз в квартал; ** – 2 раза в год`). Written out, such a cell reads as a plan's cell of
`substances – frequency` parts, which the monitoring reader already reads.

Or a matrix of sources by substances whose cells only tick what is measured (`+`, `x`, `Р` for
calculated) under headers that give each substance's frequency (`Азота диоксид (0301) ежеквартально`,
`SO2 (03 tháng/lần)`): each tick written as its column's frequency, the header as the substance alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor import columns as words
from extractor.context import frequency, is_blank
from extractor.model import Cell, Table
from extractor.tables.profile import is_shift, is_substance
from extractor.tables.transpose import text_at

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


TICK = re.compile(r"[^\W\d_]|[+✓✔√•]", re.I)
"""A cell that only ticks a substance as measured at its row: one sign or letter (`+`, `x`, `Р`)."""
MIN_TICKED = 2


def ticked_columns(table: Table) -> Table:
    """The table with each tick written as its column's frequency and that frequency taken out of the
    header, when two columns or more have a frequency in their header and only ticks or dashes below."""
    if not table.header_rows:
        return table
    spans: dict[int, tuple[int, str, str]] = {}  # column → (header row, the header without it, frequency)
    for k in range(table.n_cols):
        for h, row in enumerate(table.header_rows):
            cell = row[k] if k < len(row) else None
            if cell is None or cell.col_span > 1 or (f := frequency(cell.text)) is None or not f.word:
                continue
            rest = re.sub(r"\(\s*\)|\[\s*\]", "", cell.text[: f.start or 0] + cell.text[f.end or len(cell.text) :]).strip(" ,;–—-\n")
            if re.search(r"[^\W\d_]{2}", rest) and _ticks_only(table, k):
                spans[k] = (h, rest, f.raw)
    if len(spans) < MIN_TICKED:
        return table
    header_rows = [list(r) for r in table.header_rows]
    rows = [list(r) for r in table.rows]
    for k, (h, rest, said) in spans.items():
        old = header_rows[h][k]
        header_rows[h][k] = Cell(rest, old.row_span, old.col_span)
        for r, row in enumerate(rows):
            cell = row[k] if k < len(row) else None
            if cell is not None and not is_blank(cell.text) and TICK.fullmatch(cell.text.strip()):
                rows[r][k] = Cell(said, cell.row_span, cell.col_span)
    return replace(table, header_rows=tuple(tuple(r) for r in header_rows), rows=tuple(tuple(r) for r in rows))


def _ticks_only(table: Table, k: int, least: int = MIN_TICKED) -> bool:
    """Every filled cell of column `k` is a tick or a dash, and `least` are ticks at least."""
    ticks = 0
    for row in table.rows:
        cell = row[k] if k < len(row) else None
        text = cell.text.strip() if cell is not None else ""
        if is_blank(text):
            continue
        if not TICK.fullmatch(text):
            return False
        ticks += 1
    return ticks >= least


MIN_SUBSTANCE_COLUMNS = 3


def ticked_substances(table: Table) -> Table:
    """The table with its columns of ticked substances (`Азота диоксид (0301) | …` over `+ | – | +`) made
    one column that names, row by row, the substances ticked there, as a plan names what it measures at a
    point; the table as it was unless three columns or more are substances with only ticks or dashes below."""
    ticked = [
        k
        for k in range(table.n_cols)
        if table.header_parts[k] and not is_shift(label := table.header_parts[k][-1]) and is_substance(label) and _ticks_only(table, k, 1)
    ]
    if len(ticked) < MIN_SUBSTANCE_COLUMNS:
        return table
    kept = [k for k in range(table.n_cols) if k not in ticked]
    at = sum(1 for k in kept if k < ticked[0])
    head = [Cell(" ".join(dict.fromkeys(table.header_parts[k])), 1, 1) for k in kept]
    head.insert(at, Cell(words.phrase(None, "PLAN_HEADER", ("", "", ""))[1], 1, 1))
    rows = []
    for r, row in enumerate(table.rows):
        names = [table.header_parts[k][-1] for k in ticked if TICK.fullmatch((row[k].text if k < len(row) and row[k] else "").strip())]
        line = [Cell(text_at(table.rows, r, k), 1, 1) for k in kept]
        line.insert(at, Cell(", ".join(names), 1, 1))
        rows.append(tuple(line))
    return replace(table, n_cols=len(head), header_rows=(tuple(head),), rows=tuple(rows))
