"""Rows that give each parameter's norm and its measured value one under the other, a column per point.

A summary of results may write each parameter twice, its norm on one row and what was found on the next,
told apart by a short label in a column of its own (`Нефтепродукты | мг/дм3 | ДК | 3 | 1,5` over `^ | ^ |
факт | 1,7 | 0,67`, `COD | mg/l | Cmax | 162 | 180` over `^ | ^ | Kết quả | 123 | 82,8`), the points as
columns. Folded into one row per parameter, each point over a limit and a measured column (`КК-3: ДК |
факт`), the table reads as the limit reader already reads a point's pairs. Language-neutral: the labels
are known by the header words of a limit and of a measured value.
"""

from __future__ import annotations

from dataclasses import replace

from extractor import columns as words
from extractor.context import own_cell
from extractor.model import Cell, Table

KINDS = ("limit", "measured")
MIN_GROUPS = 2
"""Parameters at least, each with its norm and its result, before a table reads as such."""


def kind_rows_folded(table: Table) -> Table | None:
    """The table with each parameter's limit row and measured row folded into one, each value column
    split into its limit and its measured value; None when no column labels the rows so. Rows with no
    label (`Приемник стоков | …`, `Hệ số | Kq = 0,9`) are no figures of either kind and are left out."""
    found = _kind_column(table)
    if found is None and (titled := _titled_kinds(table)) is not None:
        table, found = titled, _kind_column(titled)
    if found is None:
        return None
    k, labels = found
    values = range(k + 1, table.n_cols)
    groups: list[tuple[int, dict[str, int]]] = []
    for r in range(len(table.rows)):
        role = words.role_of(own_cell(table, r, k))
        if role not in KINDS:
            continue
        starts = any(own_cell(table, r, j) for j in range(k))
        if starts or not groups or role in groups[-1][1]:
            groups.append((r, {}))
        groups[-1][1][role] = r
    if sum(1 for _, kinds in groups if len(kinds) == 2) < MIN_GROUPS:
        return None
    keys = table.header[:k]
    top: list[Cell | None] = [Cell(h, 2, 1) for h in keys]
    under: list[Cell | None] = [None] * k
    for j in values:
        top.extend((Cell(table.header[j], 1, 2), None))
        under.extend(Cell(labels[kind], 1, 1) for kind in KINDS)
    rows = []
    for first, kinds in groups:
        row: list[Cell | None] = [Cell(_text(table, first, j), 1, 1) for j in range(k)]
        for j in values:
            row.extend(Cell(_text(table, kinds[kind], j) if kind in kinds else "", 1, 1) for kind in KINDS)
        rows.append(tuple(row))
    pages = tuple(table.row_pages[first] for first, _ in groups) if table.row_pages else ()
    return replace(
        table, n_cols=k + 2 * len(values), header_rows=(tuple(top), tuple(under)), rows=tuple(rows), row_pages=pages
    )


def _kind_column(table: Table) -> tuple[int, dict[str, str]] | None:
    """The column, after the parameter's own and before the figures, whose every filled cell is the label
    of a limit or of a measured value, two labels in all, each at least twice: (column, role → label)."""
    for k in range(1, table.n_cols - 1):
        filled = [t for r in range(len(table.rows)) if (t := own_cell(table, r, k))]
        if len(filled) < 2 * MIN_GROUPS:
            continue
        roles = {t: words.role_of(t) for t in set(filled)}
        if len(roles) != 2 or sorted(r or "" for r in roles.values()) != list(KINDS):
            continue
        if all(filled.count(t) >= MIN_GROUPS for t in roles):
            return k, {role: t for t, role in roles.items() if role}
    return None


def _text(table: Table, r: int, j: int) -> str:
    return own_cell(table, r, j)


def _titled_kinds(table: Table) -> Table | None:
    """Each parameter a title row over its norm row and its result row, labelled in the first column
    (`Азота диоксид (0301)` over `норматив КЭР | мг/Нм³ | 200 | 200` and `фактически | мг/Нм³ | 87,6 |
    163`): the title written into each of its rows and the labels moved to a column of their own after the
    units, as the folding reads them; None when the first column labels no such rows."""
    units = [j for j in range(1, table.n_cols) if words.role_of(table.header[j]) == "unit"][:1]
    lead = units if units == [1] else []
    title, fresh, rows = "", False, []
    for r in range(len(table.rows)):
        texts = [own_cell(table, r, j) for j in range(table.n_cols)]
        role = words.role_of(texts[0])
        if texts[0] and not any(texts[1:]) and role not in KINDS:
            title, fresh = texts[0], True
        elif role in KINDS and title:  # the title on its first row only: the rows under it are one group
            rest = texts[1 + len(lead) :]
            keys = (title, *texts[1 : 1 + len(lead)]) if fresh else ("",) * (1 + len(lead))
            rows.append(tuple(Cell(t, 1, 1) for t in (*keys, texts[0], *rest)))
            fresh = False
    if len(rows) < 2 * MIN_GROUPS:
        return None
    head = (table.header[0], *(table.header[j] for j in lead), "", *table.header[1 + len(lead) :])
    return replace(table, n_cols=len(head), header_rows=(tuple(Cell(h, 1, 1) for h in head),), rows=tuple(rows), row_pages=())
