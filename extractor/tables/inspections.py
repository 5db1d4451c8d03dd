"""Internal inspections (`План-график внутренних проверок`): a unit of the enterprise and how often it is checked."""

from __future__ import annotations

import re

from extractor import columns as words
from extractor import contract as c
from extractor.context import Collector, Context, cell, frequency, is_blank, own_cell, row_title
from extractor.model import Table
from extractor.tables.spread import MARK, context_frequency, marked_frequencies, marks_per_year, month_columns


def read_inspections(
    ctx: Context, out: Collector, ti: int, table: Table, r: dict[str, int], context: tuple[str, ...] = ()
) -> None:
    """One inspection per unit. A frequency given once for several units (a merged cell, which a
    text file writes in its first row only) holds for the units under it; a frequency column
    marked (`+`), months marked, or the caption's frequency stand in for a frequency column."""
    above, group, unit_above = "", "", ""
    months = month_columns(table) if "frequency" not in r else []
    marked = marked_frequencies(table)
    if r.get("frequency") not in (None, *marked):
        marked = {}  # a frequency column of its own: the marks are something else
    stated = context_frequency(context) if "frequency" not in r else None
    for row in range(len(table.rows)):
        target = _target(table, row, r, unit_above)
        unit_above = cell(table, row, r.get("site")) or cell(table, row, r.get("name")) or unit_above
        freq_text = "" if marked else cell(table, row, r.get("frequency"))
        if months and (n := marks_per_year(table, row, months)):
            freq_text = words.per_year_text(ctx.doc.language, n)  # months marked in a schedule
        elif marked:
            freq_text = next((f for k, f in marked.items() if MARK.match(own_cell(table, row, k) or "")), "")
        if (is_blank(target) or target.isdigit()) and not frequency(freq_text):
            continue  # an empty row, or the row of column numbers
        if title := row_title(table, row):  # a group title merged across the row (`1. Очистные сооружения`)
            group = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+", "", title)
            continue
        if group and "site" not in r and "name" not in r and not target.startswith(group):
            target = f"{group} — {target}"  # the unit its aspects are checked at
        if is_blank(freq_text) and above:
            freq_text = above
        above = freq_text if frequency(freq_text) else ""
        out.add_obligation(inspection(ctx, target, freq_text or stated, ctx.row_provenance(ti, row)))


def _target(table: Table, row: int, r: dict[str, int], unit_above: str = "") -> str:
    """What is checked: the unit, else the named object, else the subject of the check; a subject
    beside a unit is added to it (`Склад ГСМ — обращение с отходами`). A unit left blank under
    another (a text file's merged cell) is the one above."""
    unit = cell(table, row, r.get("site")) or cell(table, row, r.get("name"))
    if not unit and ("site" in r or "name" in r):
        unit = unit_above
    subject = cell(table, row, r.get("subject"))
    if unit and subject and not is_blank(subject) and subject != unit:
        return f"{unit} — {subject}"
    return unit or subject


def inspection(ctx: Context, target: str | None, freq_text: str | None, prov: c.Provenance) -> c.Obligation:
    """An internal inspection of a unit of the enterprise at its frequency."""
    freq = frequency(freq_text)
    return c.Obligation(
        id="",
        kind="inspection",
        text=f"Внутренняя проверка: {target or '—'}; {freq_text or ''}".strip(" ;"),
        frequency=freq.word if freq else None,
        rrule=freq.rrule if freq else None,
        provenance=prov,
        language=ctx.doc.language,
    )
