"""A regulator's conditions set out as a table: `№ | Экологическое условие | Основание | Срок исполнения`,
`№ | Шарт | Орындау мерзімі`, `TT | Nội dung yêu cầu | Thời hạn thực hiện`.

A permit or a conclusion states its numbered requirements in its text or in such a table. The table readers
take what the rows say of limits and places to measure (`… (ИЗА 0131) не должны превышать …`); what they
do not give is the condition itself. Each numbered row is one requirement of the document, with its number,
its deadline and the acts its basis cites, unless a table reader already made the rows duties (a plan of
tasks with the bodies responsible).
"""

from __future__ import annotations

import re

from extractor import contract as c
from extractor.context import Collector, Context, cell, frequency, is_blank
from extractor.extractors.regulation import kind_of, named_substances
from extractor.model import Table
from extractor.nlp import deontic
from extractor.nlp.deadlines import find_deadline
from extractor.tables.condition_columns import ITEM_NUMBER, PROSE, ConditionColumns, condition_columns


def add_condition_tables(ctx: Context, out: Collector) -> None:
    """A requirement per numbered row of each table of conditions whose rows no reader made duties of."""
    for ti, _, table in ctx.tables():
        if any(o.provenance.table == ti and o.kind != "monitoring" for o in out.obligations):
            continue
        cols = condition_columns(table)
        if cols is None:
            continue
        for r in range(len(table.rows)):
            if (found := _condition(ctx, ti, table, r, cols)) is not None:
                out.add_obligation(found)


def _condition(ctx: Context, ti: int, table: Table, r: int, cols: ConditionColumns) -> c.Obligation | None:
    text = " ".join(cell(table, r, cols.text).split())
    if is_blank(text) or len(text) < PROSE:
        return None
    raw = cell(table, r, cols.number) if cols.number is not None else ""
    number = m.group(1) if (m := ITEM_NUMBER.match(raw)) else None
    cells = {cell(table, r, k) for k in range(table.n_cols)}
    if number is None and len(cells - {""}) == 1:
        return None  # a section's title across the table
    lang = ctx.doc.language
    forbids = any(re.search(p, text, re.IGNORECASE) for p in deontic.words("ORDER_NOT", lang))
    modality = deontic.modality(text, lang) or ("must_not" if forbids else "must")  # a condition binds, marker or not
    kind = kind_of(modality, text, lang)
    term = cell(table, r, cols.deadline) if cols.deadline is not None else ""
    said = frequency(f"{term} {text}")
    deadline = find_deadline(term) or find_deadline(text)
    basis = cell(table, r, cols.basis) if cols.basis is not None else ""
    return c.Obligation(
        id="",
        kind="requirement" if kind == "monitoring" else kind,  # the duties per place are the monitoring
        text=text,
        modality=modality,
        number=number,
        actor=deontic.actor(text, lang),
        frequency=said.word if said else None,
        rrule=said.rrule if said else None,
        deadline=deadline.raw if deadline else (term or None),
        substances=named_substances(text),
        legal_refs=ctx.legal_refs(f"{text} {basis}"),
        provenance=ctx.row_provenance(ti, r),
        language=lang,
    )

