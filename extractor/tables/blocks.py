"""Blocks of rows a total closes: the units of a source and `Всего по источнику` under them.

An inventory may list, under one source, each unit that emits (a boiler, a hood) and then the
source's total per substance. The source emits the totals; the units' rows are their parts. The
totals are told by their words and proved by their sums, so a table's closing `Итого по предприятию`
is never taken for the last source's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from extractor.columns import is_total
from extractor.context import cell, is_blank
from extractor.model import Table

TOLERANCE = 0.011
"""How far a written total may stand from the sum of its parts (figures are rounded)."""


def summed_blocks(
    table: Table,
    group_col: int | None,
    label_cols: Iterable[int],
    what: Callable[[int], str],
    figure: Callable[[int], float | None],
) -> tuple[set[int], set[int]]:
    """(total rows to read, part rows to leave) of the groups (by `group_col`, written once for a text file)
    whose total rows, named so in a label column, each equal the sum of the group's rows of the same substance."""
    n = len(table.rows)
    if group_col is None:
        return set(), set()
    labels = [k for k in label_cols if k != group_col]
    keys, last = [], ""
    for row in range(n):
        here = cell(table, row, group_col)
        last = here if not is_blank(here) and not is_total(here) else ("" if is_total(here) else last)
        keys.append(last)
    said = {k: "" for k in labels}  # a label a text file writes once over the rows it was merged down
    totals = set()
    for row in range(n):
        for k in labels:
            here = cell(table, row, k)
            said[k] = here if not is_blank(here) or (row and keys[row] != keys[row - 1]) else said[k]
        if any(is_total(said[k]) for k in labels):
            totals.add(row)
    if not totals:
        return set(), set()
    kept: set[int] = set()
    left: set[int] = set()
    for key in dict.fromkeys(keys[row] for row in totals if keys[row]):
        own = [row for row in range(n) if keys[row] == key]
        closing = [row for row in own if row in totals]
        parts = [row for row in own if row not in totals]
        if parts and all(_sums(row, parts, what, figure) for row in closing):
            kept.update(closing)
            left.update(parts)
    return kept, left


def _sums(total: int, parts: list[int], what: Callable[[int], str], figure: Callable[[int], float | None]) -> bool:
    value = figure(total)
    found = [v for row in parts if what(row) == what(total) and (v := figure(row)) is not None]
    if value is None or not found:
        return False
    return abs(sum(found) - value) <= max(TOLERANCE * abs(value), 1e-9)
