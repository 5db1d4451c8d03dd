"""Labels and values written one per line in two cells side by side (`Наименование оператора ⏎ БИН ⏎
Юридический адрес | АО «…» ⏎ 180640174783 ⏎ г. Костанай, …`): a card's fields grouped a row per part of
the form. Each line pair becomes a row of its own, as the card readers read one field per row.
"""

from __future__ import annotations

from dataclasses import replace

from extractor import columns as words
from extractor.model import Cell, Table
from extractor.tables.cards import FACILITY_FIELDS

LABEL_CHARS = 70
MIN_LINES = 2


def _lines(cell: Cell | None) -> list[str]:
    return [line.strip() for line in (cell.text if cell is not None else "").split("\n") if line.strip()]


def _paired_at(row, k: int) -> int:
    """How many label–value lines cells `k` and `k + 1` pair, 0 when they do not: as many lines each,
    the left ones short labels, a third of them or more naming a field a card has."""
    left, right = _lines(row[k]), _lines(row[k + 1]) if k + 1 < len(row) else []
    if len(left) < MIN_LINES or len(left) != len(right) or any(len(line) > LABEL_CHARS for line in left):
        return 0
    named = sum(1 for line in left if words.role_of(line) in FACILITY_FIELDS)
    return len(left) if named * 3 >= len(left) and named >= MIN_LINES else 0


def lined_pairs_split(table: Table) -> Table:
    """The table with each row whose label and value cells hold several lines paired split into a row per
    line, the other cells kept on the first; the table itself when no row does so."""
    spots = {}
    for r, row in enumerate(table.rows):
        for k in range(len(row) - 1):
            if n := _paired_at(row, k):
                spots[r] = (k, n)
                break
    if not spots:
        return table
    rows, pages = [], []
    for r, row in enumerate(table.rows):
        page = table.row_pages[r] if r < len(table.row_pages) else None
        if r not in spots:
            rows.append(row)
            pages.append(page)
            continue
        k, n = spots[r]
        left, right = _lines(row[k]), _lines(row[k + 1])
        for i in range(n):
            rest = [(c if i == 0 else Cell("")) if c is not None else None for c in row]
            rest = [Cell(c.text) if c is not None and c.row_span > 1 else c for c in rest]
            rest[k], rest[k + 1] = Cell(left[i]), Cell(right[i])
            rows.append(tuple(rest))
            pages.append(page)
    return replace(table, rows=tuple(rows), row_pages=tuple(pages) if table.row_pages else ())
