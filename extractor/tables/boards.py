"""A plan drawn as a board: a row per direction, a column per period (`I квартал | II квартал | …`,
`Quý I`, `2026 | 2027`), each cell holding that period's numbered items, each with who answers for it in
brackets (`1.2. Заменить рукава фильтра (отв.: главный механик)`). Turned into a plain plan, a row per
item under `№ | Мероприятие | Срок | Ответственный`, so the task reader reads it like any other."""

from __future__ import annotations

import re

from extractor import columns as words
from extractor.context import is_blank, own_cell
from extractor.model import Cell, Table
from extractor.nlp.frequency import months_of
from extractor.tables.forms import reshaped_as

HEAD = ("№", "Мероприятие", "Срок выполнения", "Ответственный")
"""The reshaped plan's header (the language data's words for each column)."""
MIN_ITEMS = 3
YEAR = re.compile(r"(?:19|20)\d\d(?:\s*[-–]?\s*(?:г\.?|год\w*|жыл\w*|năm))?")
MULTI = re.compile(r"(?:^|(?<=\s))(\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=\S)")
SINGLE = re.compile(r"(?:^|(?<=\s))(\d{1,2})\.\s+(?=\S)")


def period_board(table: Table) -> Table | None:
    """The board as a plain plan; None when two or more columns are not periods holding numbered items."""
    labels = [" ".join((parts[-1] if parts else "").split()) for parts in table.header_parts]
    periods = [k for k, label in enumerate(labels) if label and (months_of(label, anchored=True) or YEAR.fullmatch(label))]
    if len(periods) < 2 or periods[0] == 0:
        return None
    party = words.compiled("BRACKETED_PARTY")
    rows = []
    for r in range(len(table.rows)):
        for k in periods:
            text = own_cell(table, r, k)
            if is_blank(text):
                continue
            for number, item in _items(text):
                found = list(party.finditer(item))
                who = next((g for g in found[-1].groups() if g), "").strip() if found else ""
                task = item[: found[-1].start()].strip() if found else item
                rows.append((Cell(number), Cell(task), Cell(labels[k]), Cell(who)))
    if len(rows) < MIN_ITEMS:
        return None
    return reshaped_as(table, tuple(Cell(t) for t in HEAD), tuple(rows))


def _items(text: str) -> list[tuple[str, str]]:
    """(number, text) of each numbered item a cell holds; none when the cell does not start with one."""
    for pattern in (MULTI, SINGLE):
        starts = list(pattern.finditer(text))
        if starts and starts[0].start() == 0:
            ends = [m.start() for m in starts[1:]] + [len(text)]
            return [(m.group(1), text[m.end() : end].strip(" ;")) for m, end in zip(starts, ends, strict=True)]
    return []
