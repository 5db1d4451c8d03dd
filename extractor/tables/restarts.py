"""A table whose body starts again under a header of its own (`II. Прочие отходы` over `№ | Наименование
| Код | Масса, кг`): each block read under its own header, for its columns may stand elsewhere."""

from __future__ import annotations

import re
from dataclasses import replace

from extractor import columns as words
from extractor.context import is_blank, own_cell, row_title
from extractor.model import Table

ORDINAL = re.compile(r"^(?:№|n|no\.?|tt|stt|п/п|№\s*п/п|р/с|р/н)$", re.I)
"""The first header cell of a numbered list (`№`, `TT`, `STT`, `№ п/п`): a word, not a figure."""


def _names_columns(texts: list[str]) -> bool:
    """Three cells or more, all but one at most naming a kind of column or numbering the rows, three kinds
    at least (not `☐ I категория | ☐ II категория`, options of one field), none a figure."""
    if len(texts) < 3 or len(set(texts)) < len(texts):
        return False  # fewer cells, or one merged cell read several times
    if any(re.search(r"\d", t) and not ORDINAL.match(t.strip()) for t in texts):
        return False  # a figure: a row of the body (checked first, as most rows have one)
    roles = [words.role_of(t) for t in texts]
    named = sum(1 for t, role in zip(texts, roles, strict=True) if ORDINAL.match(t.strip()) or role is not None)
    return named >= max(3, len(texts) - 1) and len({role for role in roles if role is not None}) >= 3


def _reads_as_header(table: Table, row: int) -> bool:
    return _names_columns([t for k in range(table.n_cols) if not is_blank(t := own_cell(table, row, k))])


def header_restarts(table: Table) -> list[Table]:
    """The table's blocks, each under its own header: the first under the table's, each other under a body
    row that reads as a header, with the section titles just above that row; the table alone when no row
    does, or when the table's own header names no columns (a card, a form)."""
    if not table.header_rows:
        return _forms_stacked(table)
    if not _names_columns([t for t in dict.fromkeys(table.header) if not is_blank(t)]):
        return [table]  # a card or a form over the table (`Номер источника | 0001`): read as the reshaping does
    inner = [row for row in range(1, len(table.rows)) if _reads_as_header(table, row)]
    if not inner:
        return [table]
    starts = []
    for row in inner:
        start = row
        while start - 1 > (starts[-1][1] if starts else 0) and row_title(table, start - 1):
            start -= 1  # `II. Chất thải nguy hại khác (kg/năm)` over the header: the next block's title
        starts.append((start, row))
    blocks = [replace(table, rows=table.rows[: starts[0][0]], row_pages=table.row_pages[: starts[0][0]])]
    for k, (start, head) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(table.rows)
        body = table.rows[start:head] + table.rows[head + 1 : end]
        pages = table.row_pages[start:head] + table.row_pages[head + 1 : end] if table.row_pages else ()
        blocks.append(replace(table, rows=body, header_rows=(table.rows[head],), row_pages=pages, caption=table.caption))
    return [b for b in blocks if b.rows]


def _forms_stacked(table: Table) -> list[Table]:
    """A table with no header that stacks forms (`ИЗА № 0001 – …`, `Высота, м | 6`, then `Код ЗВ | Наименование
    | г/с | т/год` over the pollutants, then the next source's form): a table per form, its title and card
    lines over its own header, as the reshaping reads a form per source. The table alone when fewer than two
    rows read as a header."""
    inner = [row for row in range(len(table.rows)) if _reads_as_header(table, row)]
    if len(inner) < 2:
        return [table]
    starts = []
    for before, row in zip(inner, inner[1:], strict=False):  # each later form starts at its title, above its card
        start = row
        while start - 1 > before and (row_title(table, start - 1) or _card_line(table, start - 1)):
            start -= 1
        starts.append(start)
    bounds = [0, *starts, len(table.rows)]
    blocks = [
        replace(table, rows=table.rows[a:b], row_pages=table.row_pages[a:b] if table.row_pages else ())
        for a, b in zip(bounds, bounds[1:], strict=False)
    ]
    return [b for b in blocks if b.rows]


def _card_line(table: Table, row: int) -> bool:
    """`Высота источника, м | | | 6`: a label and at most one value, a line of a form's card."""
    texts = [t for k in range(table.n_cols) if not is_blank(t := own_cell(table, row, k))]
    return 1 <= len(texts) <= 2 and bool(re.search(r"[^\W\d_]{3}", texts[0]))
