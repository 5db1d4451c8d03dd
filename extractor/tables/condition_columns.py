"""Where a table of a regulator's conditions has its conditions, their numbers, deadlines and bases
(`№ | Экологическое условие | Основание | Срок исполнения`), if it is one.

Kept apart from the reader (`extractor.extractors.conditions`) because the classifier asks it too: a
permit's table of conditions with their deadlines is no work plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor import columns as words
from extractor.model import Table
from extractor.tables.profile import cell_text, is_blank
from extractor.tables.task_columns import WORDY, mean_length, task_columns

PROSE = WORDY
"""The mean length of a column of conditions: a sentence, not a contract's number under `Шарт`."""
ITEM_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3}){0,3})\.?\s*$")


@dataclass(frozen=True)
class ConditionColumns:
    text: int
    number: int | None
    deadline: int | None
    basis: int | None


def condition_columns(table: Table) -> ConditionColumns | None:
    """Where the conditions, their numbers, deadlines and bases stand; None when no column is headed as the
    regulator's conditions and holds sentences."""
    heads = [words.flat(h) for h in table.header]
    said = words.compiled("CONDITION_HEADERS")
    text = next((k for k, h in enumerate(heads) if said.search(h) and mean_length(table, k) >= PROSE), None)
    if text is None:
        return None
    roles = words.column_roles(table)
    number = roles.get("row_number")
    if number is None or number == text:
        number = next((k for k in range(table.n_cols) if k != text and _numbers(table, k)), None)
    tasks = task_columns(table)
    deadline = tasks.deadline if tasks is not None and tasks.deadline not in (None, text) else roles.get("deadline")
    basis = next((k for k, h in enumerate(heads) if words.compiled("BASIS_HEADERS").search(h)), None)
    return ConditionColumns(text, number, deadline if deadline != text else None, basis)


def _numbers(table: Table, k: int) -> bool:
    """Most filled cells of the column are item numbers (`1`, `3.2`)."""
    texts = [t for r in range(len(table.rows)) if not is_blank(t := cell_text(table, r, k))]
    return bool(texts) and sum(1 for t in texts if ITEM_NUMBER.match(t)) * 4 >= len(texts) * 3

