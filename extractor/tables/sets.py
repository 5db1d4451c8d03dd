"""Named sets of parameters: a plan that writes a set's name in a cell (`Комплекс показателей | II`, `Nhóm
thông số | B`) and lists what each set holds in notes under the table or in rows across it (`Комплекс I
(сокращенный): pH, сульфаты, …`, `Nhóm B: các thông số nhóm A và nhôm (Al), …`). The cells are written out
as the lists they stand for, a set that takes in another with the other's list first, so the readers see the
substances. Language-neutral: a set is a word and a short key (a Roman numeral, a letter, a number).
"""

from __future__ import annotations

import re

from extractor.context import is_blank, row_title
from extractor.model import Cell, Table

_KEY = r"[IVX]{1,4}|[A-ZА-Я]\d?|\d{1,2}"
SET_ENTRY = re.compile(
    rf"^\s*(?:(?P<word>[^\W\d_]{{3,}})\s+(?P<key>{_KEY})|(?P<key2>{_KEY})\s+(?P<word2>[^\W\d_]{{3,}}))"
    r"\s*(?:\([^()]*\))?\s*:\s*(?P<items>\S.{5,})$"
)
"""`Комплекс I (сокращенный): pH, …`, `Nhóm B: …`, `II кешен (толық): …`: a set's word and key, then its list."""


def sets_of(lines: list[str]) -> dict[str, str]:
    """key → the list a set stands for, a set that names another (`показатели комплекса I, а также …`)
    with the other's list first; empty unless two sets at least are listed."""
    found: dict[str, tuple[str, str]] = {}
    for line in lines:
        if m := SET_ENTRY.match(line.strip()):
            word = (m.group("word") or m.group("word2")).lower()
            found[m.group("key") or m.group("key2")] = (word, m.group("items").strip().rstrip("."))
    if len(found) < 2 or len({word[:4] for word, _ in found.values()}) != 1:
        return {}
    out = {}
    for key, (word, items) in found.items():
        stem = re.escape(word[:4])
        taken = [
            other
            for other in found
            if other != key
            and re.search(rf"{stem}\w*\s+{re.escape(other)}(?![\w])|(?<![\w]){re.escape(other)}\s+{stem}", items, re.I)
        ]
        out[key] = "; ".join([*(found[other][1] for other in taken), items])
    return out


def with_sets(table: Table, after: str) -> Table:
    """The table with each cell that names a set written out as the set's list, in the columns where most
    filled cells name one; the rows that list the sets dropped. Unchanged when no sets are listed."""
    inside = [r for r in range(len(table.rows)) if SET_ENTRY.match(row_title(table, r))]
    sets = sets_of([row_title(table, r) for r in inside] + re.split(r"\n|(?<=\.)\s+(?=\S)", after or ""))
    if not sets:
        return table
    rows = [list(row) for r, row in enumerate(table.rows) if r not in inside]
    changed = False
    for c in range(table.n_cols):
        cells = [(r, cell) for r, row in enumerate(rows) if c < len(row) and (cell := row[c]) is not None and not is_blank(cell.text)]
        named = [(r, cell) for r, cell in cells if cell.text.strip() in sets]
        if len(named) >= 2 and len(named) * 2 > len(cells):
            for r, cell in named:
                rows[r][c] = Cell(sets[cell.text.strip()], cell.row_span, cell.col_span)
            changed = True
    if not changed:
        return table
    return Table(
        n_cols=table.n_cols,
        rows=tuple(tuple(r) for r in rows),
        header_rows=table.header_rows,
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
        row_pages=tuple(p for r, p in enumerate(table.row_pages) if r not in inside),
    )
