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
from extractor.context import Collector, Context, is_blank, own_cell, substances_in
from extractor.model import Table
from extractor.nlp.identifiers import source_type
from extractor.tables.limits import medium_of
from extractor.tables.monitoring import medium_label, plan_duty
from extractor.tables.profile import SOURCE_NUMBER
from extractor.tables.sources import measured_at_source
from extractor.tables.spread import is_month, month_plan


def read_month_plan(ctx: Context, out: Collector, ti: int, table: Table, context: tuple[str, ...] = ()) -> None:
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
