"""A facility card typed as lines, a field each (`4. Код КАТО (сельский округ): 352165300`, `6. Балансодержатель:
КГП «…», БИН …`), as a passport or a questionnaire in a text file gives it: no table holds the fields, so the
table readers see none. Read, whatever the document's kind, when no table gave a facility: a run of lines that
read `label: value`, three facility fields at least and one that only a card has (a BIN, a KATO code, a place).
"""

from __future__ import annotations

from extractor.context import Collector, Context, cell, is_text
from extractor.model import Cell, Table
from extractor.tables.cards import FACILITY_KEYS, key_value_fields
from extractor.tables.facility import facility_from_fields
from extractor.tables.transpose import COLON_FIELD

MIN_FIELDS = 3


def add_card_lines(ctx: Context, out: Collector) -> None:
    """The facility of the longest run of `label: value` lines, when no table gave one."""
    if out.facilities:
        return
    runs: list[list[tuple[int, str, str]]] = [[]]
    for bi, block in enumerate(ctx.doc.blocks):
        m = COLON_FIELD.match(" ".join(block.text.split())) if block.table is None and is_text(block) else None
        if m is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((bi, m.group(1), m.group(2)))
    for run in sorted((r for r in runs if len(r) >= MIN_FIELDS), key=len, reverse=True):
        table = Table(n_cols=2, rows=tuple((Cell(label), Cell(value)) for _, label, value in run), header_rows=((Cell(""), Cell("")),))
        found = key_value_fields(table)
        if len(found) < MIN_FIELDS or not found.keys() & FACILITY_KEYS:
            continue
        fields = {role: cell(table, row, 1) for role, row in found.items()}
        text = " ".join(value for _, _, value in run)
        out.facilities.append(facility_from_fields(fields, text, ctx.block_provenance(run[min(found.values())][0])))
        return
