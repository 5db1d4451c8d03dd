"""Sampling calendars written down the months: a row per month, a column per medium, each cell
listing the points or sources sampled that month, and one row naming what is measured in each column.

    Месяц     | Выбросы в атмосферу (№ источника) | Поверхностные воды (створ) | Сточные воды (выпуск)
    Показатели | Азота диоксид, Углерод оксид      | pH, Взвешенные вещества    | Взвешенные вещества, БПК5
    Январь    | –                                 | ВБ-1, НБ-1                 | ОС-1
    Февраль   | 0002                              | ВБ-1, НБ-1                 | ОС-1

A point listed in four months is sampled quarterly, in twelve monthly; a source's number is a
source measured at its stack.
"""

from __future__ import annotations

import re

from extractor import columns as words
from extractor.context import Collector, Context, cell, is_blank, own_cell, substances_in
from extractor.model import Table
from extractor.nlp.identifiers import source_type
from extractor.tables.limit_cells import medium_of
from extractor.tables.monitoring import medium_label, plan_duty
from extractor.tables.points import LEAD_ID
from extractor.tables.profile import POINT_ID, SOURCE_NUMBER
from extractor.tables.sources import measured_at_source
from extractor.tables.spread import is_month, listed_substances, month_plan, period_columns


def read_month_plan(ctx: Context, out: Collector, ti: int, table: Table) -> None:
    """One duty per point (or source) and column, at the frequency its count of months gives."""
    plan = month_plan(table)
    if plan is None:
        return
    at, named_row, columns = plan
    lang = ctx.doc.language
    for k, found in columns.items():
        counts: dict[str, tuple[int, int]] = {}
        for row in range(len(table.rows)):
            if row == named_row or not is_month(own_cell(table, row, at) or ""):
                continue
            for item in re.split(r"\s*[,;\n]\s*", own_cell(table, row, k) or ""):
                item = item.strip(" .")
                if item and not is_blank(item):
                    n, first = counts.get(item, (0, row))
                    counts[item] = (n + 1, first)
        header = table.header[k] if k < len(table.header) else ""
        medium = medium_of(header) or ("air" if found == substances_in(own_cell(table, named_row, k), "air") else "water")
        for item, (n, first) in counts.items():
            freq_text = words.per_year_text(lang, n)
            prov = ctx.row_provenance(ti, first)
            if SOURCE_NUMBER.match(item) and source_type(item.strip(" №")) and medium in ("air", "flue_gas"):
                measured_at_source(ctx, out, re.sub(r"\D", "", item), found, freq_text, None, prov)
            else:
                out.add_obligation(plan_duty(ctx, medium_label(medium, lang), item, freq_text, found, prov))


def read_period_plan(ctx: Context, out: Collector, ti: int, table: Table, r: dict[str, int], context: tuple[str, ...] = ()) -> None:
    """A plan by quarter or month whose cells list what is sampled then (`ОС-1 | pH, БПК5 | pH | …`):
    each substance at its point as often as the periods it is listed in (four quarters: quarterly)."""
    cols = period_columns(table)
    lang = ctx.doc.language
    medium = medium_of(" ".join(context[:1])) or "water"
    point_col = r.get("point")
    for row in range(len(table.rows)):
        named_medium = next(
            (m for k in range(table.n_cols) if k not in cols and (m := medium_of(cell(table, row, k) or ""))), None
        )
        medium = named_medium or medium
        where = cell(table, row, point_col) if point_col is not None else ""
        m = POINT_ID.match(where) or LEAD_ID.match(where)
        point = re.sub(r"\s+", "", m.group(1)) if m else where
        counts: dict[str, int] = {}
        found: dict[str, tuple] = {}
        for k in cols:
            for s, raw in listed_substances(own_cell(table, row, k)):
                key = s.code or s.symbol or s.cas or s.name
                counts[key] = counts.get(key, 0) + 1
                found.setdefault(key, (s, raw))
        if not point or not counts:
            continue
        by_times: dict[int, list] = {}
        for key, n in counts.items():
            by_times.setdefault(n, []).append(found[key])  # listed in n quarters (or months): n times a year
        for n, subs in by_times.items():
            freq_text = words.per_year_text(lang, n)
            out.add_obligation(plan_duty(ctx, medium_label(medium, lang), point, freq_text, subs, ctx.row_provenance(ti, row)))
