"""A plan laid out by periods: the measures of each direction written in the cells of quarter or month columns
(`Направление | I квартал | II квартал | … | Ответственный`, `– Заменить рукава …` in a cell). The task reader reads
a measure a row; here each measure of a cell becomes a row of its own, the period its deadline, the direction and
the responsible beside it. Language-neutral: periods are told by the calendar words of the language data.
"""

from __future__ import annotations

import re

from extractor import columns as words
from extractor.context import cell, is_blank, row_title
from extractor.model import Cell, Table
from extractor.nlp.substances import find_substances
from extractor.tables.limit_points import period_columns
from extractor.tables.profile import MARK
from extractor.tables.spread import times_listed

ITEM_DASH = re.compile(r"(?:^|(?<=\s))[–—•-]\s+(?=[^\W\d_])")
"""A dash or bullet opening a measure inside a cell (`– Заменить …`), at the line's start or after a space."""
MIN_PERIODS = 2
MIN_LETTERS = re.compile(r"[^\W\d_]{3}")


def period_cells(table: Table) -> Table | None:
    """The table with a row per measure a period's cell lists; None unless two columns or more are headed by periods
    and most of their filled cells are measures in words (not marks, dates or figures)."""
    periods = period_columns(table)
    if len(periods) < MIN_PERIODS or periods[0] == 0:
        return None
    filled = [t for r in range(len(table.rows)) for k in periods if not is_blank(t := cell(table, r, k))]
    if not filled or sum(1 for t in filled if MIN_LETTERS.search(t) and not MARK.match(t) and not times_listed(t)) * 4 < len(filled) * 3:
        return None  # (`янв., фев., март` under `I кв.`: when a check falls, a schedule, no measures)
    kept = [k for k in range(table.n_cols) if k not in periods]
    if not any(words.role_of(table.header[k]) in ("responsible", "responsible_strict", "who") for k in kept):
        return None  # a plan names who answers for its measures; a card or a register by quarters does not
    if any(words.role_of(table.header[k]) == "task" for k in kept):
        return None  # `Мероприятие | 2026: I кв. | II кв.` over `ПСД | закуп`: the measure has its column, the cells its stages
    if sum(1 for t in filled if find_substances(t)) * 2 > len(filled):
        return None  # `Точка | I квартал` over `pH, БПК5, …`: a sampling schedule, no measures
    head = [table.header[k] for k in kept]
    at = sum(1 for k in kept if k < periods[0])
    task, deadline = words.phrase(None, "PERIOD_TASK_HEADER", ("", ""))  # header words every language's roles read
    head[at:at] = [task, deadline]
    rows: list[tuple[Cell, ...]] = []
    for r in range(len(table.rows)):
        if title := row_title(table, r):
            rows.append((Cell(title, 1, len(head)), *([None] * (len(head) - 1))))
            continue
        own = [cell(table, r, k) for k in kept]
        for k in periods:
            for item in _items(cell(table, r, k)):
                line = list(own)
                line[at:at] = [item, table.header_parts[k][-1]]
                rows.append(tuple(Cell(t) for t in line))
    if not rows:
        return None
    return Table(
        n_cols=len(head),
        rows=tuple(rows),
        header_rows=(tuple(Cell(h) for h in head),),
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
    )


def _items(text: str) -> list[str]:
    """The measures a cell lists, each after its dash or on its own line; the cell whole when it lists none."""
    if is_blank(text) or not MIN_LETTERS.search(text):
        return []
    parts = [p.strip(" ;") for line in text.split("\n") for p in ITEM_DASH.split(line)]
    return [p for p in parts if MIN_LETTERS.search(p)]
