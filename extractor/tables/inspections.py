"""Internal inspections (`План-график внутренних проверок`): a unit of the enterprise and how often it is checked."""

from __future__ import annotations

from extractor import columns as words
from extractor import contract as c
from extractor.context import Collector, Context, cell, frequency, is_blank
from extractor.model import Table
from extractor.tables.spread import marks_per_year, month_columns


def read_inspections(ctx: Context, out: Collector, ti: int, table: Table, r: dict[str, int]) -> None:
    """One inspection per unit. A frequency given once for several units (a merged cell, which a
    text file writes in its first row only) holds for the units under it."""
    above = ""
    months = month_columns(table) if "frequency" not in r else []
    for row in range(len(table.rows)):
        target = cell(table, row, r.get("site")) or cell(table, row, r.get("name"))
        freq_text = cell(table, row, r.get("frequency"))
        if months and (n := marks_per_year(table, row, months)):
            freq_text = words.per_year_text(ctx.doc.language, n)  # months marked in a schedule
        if (is_blank(target) or target.isdigit()) and not frequency(freq_text):
            continue  # an empty row, or the row of column numbers
        if len({t for k in range(table.n_cols) if not is_blank(t := cell(table, row, k))}) == 1:
            continue  # a group title merged across the row (`Основное производство`)
        if is_blank(freq_text) and above:
            freq_text = above
        above = freq_text if frequency(freq_text) else ""
        out.add_obligation(inspection(ctx, target, freq_text, ctx.row_provenance(ti, row)))


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
