"""Tables of an amendment that set the values it replaces beside those it puts in force (`было |
стало`, `действующая редакция | новая редакция`, `theo GPMT số … | sau điều chỉnh`): only the values
in force are read, so the replaced columns are taken out before any reader sees the table."""

from __future__ import annotations

import re
from dataclasses import replace

from extractor import columns as words
from extractor.model import Row, Table


def in_force(table: Table) -> Table:
    """The table without the columns and the rows an amendment replaces, or the options it does not take; the
    table itself when it has none."""
    drop = replaced_columns(table) | rejected_variants(table)
    table = without_columns(kept_in_columns(table, drop), drop) if drop else table
    gone = replaced_rows(table)
    return without_rows(kept_values(table, gone), gone) if gone else table


def rejected_variants(table: Table) -> set[int]:
    """The columns of the options a comparison does not take (`Вариант 1: на угле | Вариант 2 (принят): на газе`,
    `Phương án 2 (lựa chọn)`), when exactly one option's parent says it is taken."""
    variant, chosen = words.compiled("VARIANT_WORDS"), words.compiled("CHOSEN_WORDS")
    options: dict[str, list[int]] = {}
    for k, parts in enumerate(table.header_parts):
        if len(parts) > 1 and variant.search(words.flat(parts[0])):
            options.setdefault(parts[0], []).append(k)
    taken = [p for p in options if chosen.search(words.flat(p))]
    if len(options) < 2 or len(taken) != 1:
        return set()
    return {k for p, cols in options.items() if p != taken[0] for k in cols}


def kept_in_columns(table: Table, drop: set[int]) -> Table:
    """The table with each cell of a column in force that keeps the old value (`Không thay đổi`) given the
    value of the replaced column nearest on its left in the same row."""
    return _kept(table, lambda r, k: (r, max((d for d in drop if d < k), default=None)) if k not in drop else None)


def kept_values(table: Table, gone: set[int]) -> Table:
    """The table with each cell of a row in force that keeps the old value (`без изменений`, `không thay
    đổi`) given the value of the replaced row above it."""
    return _kept(table, lambda r, k: (max((g for g in gone if g < r), default=None), k) if r not in gone else None)


def _kept(table: Table, old_of) -> Table:
    """The table with each cell that says it keeps the old value written out as the cell `old_of(row,
    column)` places, when that place holds a value."""
    same = words.compiled("UNCHANGED_WORDS")
    rows = [list(row) for row in table.rows]
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            if cell is None or not same.search(words.flat(cell.text)) or (at := old_of(r, k)) is None:
                continue
            old_r, old_k = at
            old = rows[old_r][old_k] if old_r is not None and old_k is not None and old_k < len(rows[old_r]) else None
            if old is not None and old.text.strip():
                row[k] = replace(cell, text=old.text)
    return replace(table, rows=tuple(tuple(row) for row in rows))


LABEL_MAX = 30


def replaced_rows(table: Table) -> set[int]:
    """Rows a column of labels marks as replaced (`Редакция | было | стало`, `cũ | mới`), and rows put in
    force that only take the item out (`стало | исключается`)."""
    new, old = words.compiled("AMENDED_WORDS"), words.compiled("SUPERSEDED_WORDS")
    gone_words = words.compiled("NOT_PLANNED")
    for k in range(table.n_cols):
        labels = [words.flat(row[k].text) if k < len(row) and row[k] is not None else "" for row in table.rows]
        heads = [re.sub(r"\s*\(.*$", "", t) for t in labels]  # `Было (КЭР № … от 14.06.2023)`: the label before its note
        short = [h if len(h) <= LABEL_MAX or new.match(h) or old.match(h) else "" for h in heads]  # `Theo Giấy phép … số 18`
        now = [r for r, t in enumerate(short) if t and new.search(t)]
        before = [r for r, t in enumerate(short) if t and old.search(t) and r not in now]
        if before and not now and len(rest := [r for r, t in enumerate(labels) if t and r not in before]) == len(before):
            now = rest  # `Theo Giấy phép số 18/GPMT … | …` then `Nội dung điều chỉnh | …`: the row after is in force
        if not now or not before or len(now) + len(before) < len([t for t in labels if t]):
            continue  # a column of labels holds nothing else
        out = set(before)
        for r in now:
            notes = words.note_columns(table)
            texts = [words.flat(c.text) for j, c in enumerate(table.rows[r]) if c is not None and j != k and j not in notes and c.text.strip()]
            if texts and all(gone_words.search(t) or not re.search(r"[^\W\d_]", t) for t in texts):
                out.add(r)  # `стало | исключается | –`: the item is taken out
        return out
    return set()


def without_rows(table: Table, drop: set[int]) -> Table:
    """The table with some body rows taken out; a cell merged down from a row taken out starts in the row
    below it, one row shorter, and cells merged down over it are one row shorter. What a row taken out
    says where the row below is blank (a merge as a text file writes it) passes down to it."""
    rows = [list(row) for row in table.rows]
    for r in sorted(drop, reverse=True):
        below = rows[r + 1] if r + 1 < len(rows) and r + 1 not in drop else None
        for k, cell in enumerate(rows[r]):
            if cell is not None and cell.row_span > 1 and r + 1 < len(rows):
                rows[r + 1][k] = replace(cell, row_span=cell.row_span - 1)
            elif cell is not None and below is not None and k < len(below) and below[k] is not None and not below[k].text.strip():
                below[k] = replace(cell, col_span=below[k].col_span)  # a text file leaves blank what was merged
        for above in range(r):
            for k, cell in enumerate(rows[above]):
                if cell is not None and above + cell.row_span > r:
                    rows[above][k] = replace(cell, row_span=cell.row_span - 1)
        del rows[r]
    pages = tuple(p for r, p in enumerate(table.row_pages) if r not in drop)
    return replace(table, rows=tuple(tuple(row) for row in rows), row_pages=pages)


def replaced_columns(table: Table) -> set[int]:
    """Columns set beside their amended siblings: siblings share a parent header, or what the
    header says they hold (two limit columns, two frequency columns, two g/s columns)."""
    new, old = words.compiled("AMENDED_WORDS"), words.compiled("SUPERSEDED_WORDS")
    said = [words.flat(t) for k, parts in enumerate(table.header_parts) if parts for t in (parts[-1], table.header[k])]
    if not any(new.search(t) or old.search(t) for t in said):
        return set()  # most tables: no word of an amendment in the header, nothing to group
    groups: dict[tuple, list[int]] = {}
    for k, parts in enumerate(table.header_parts):
        if len(parts) > 1:
            groups.setdefault(("parent", parts[:-1]), []).append(k)
        if (role := words.role_of(table.header[k])) is not None:
            groups.setdefault(("role", role), []).append(k)  # `Theo ĐTM đã phê duyệt: g/s` and `Sau điều chỉnh: g/s`
    drop: set[int] = set()
    for (kind, _), cols in groups.items():
        if len(cols) < 2:
            continue
        label = {k: words.flat(table.header_parts[k][-1] if kind == "parent" else table.header[k]) for k in cols}
        now = [k for k in cols if new.search(label[k])]
        gone = [k for k in cols if old.search(label[k]) and k not in now]
        if now and len(now) < len(cols):
            drop.update(k for k in cols if k not in now)
        elif gone and len(gone) < len(cols):
            drop.update(gone)
    if not drop:  # `Реквизит | До переоформления | После переоформления`: one column of each, whatever they hold
        now = [k for k, h in enumerate(table.header) if new.search(words.flat(h))]
        gone = [k for k, h in enumerate(table.header) if old.search(words.flat(h)) and k not in now]
        if len(now) == 1 and len(gone) == 1:
            drop.update(gone)
    return drop


def without_columns(table: Table, drop: set[int]) -> Table:
    """The table with some grid columns taken out; a cell merged over a column taken out keeps the
    columns it still covers (a parent header over `было | стало` stays over `стало`)."""
    kept = [k for k in range(table.n_cols) if k not in drop]

    def cut(row: Row) -> Row:
        owner: dict[int, int] = {}
        for k, cell in enumerate(row):
            if cell is not None:
                for j in range(k, min(k + cell.col_span, len(row))):
                    owner[j] = k
        out = []
        for k in kept:
            start = owner.get(k)
            cell = row[start] if start is not None else None
            first_kept = start is not None and k == next(j for j in kept if j >= start)
            if cell is None or not first_kept:
                out.append(None)
                continue
            span = sum(1 for j in kept if start <= j < start + cell.col_span)
            out.append(replace(cell, col_span=span))
        return tuple(out)

    return replace(
        table,
        n_cols=len(kept),
        rows=tuple(cut(r) for r in table.rows),
        header_rows=tuple(cut(r) for r in table.header_rows),
    )
