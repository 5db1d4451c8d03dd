"""Scoping conclusions («заключение об определении сферы охвата ОВОС»): what the text holds.

The regulator's conclusion has two halves. The first retells the applicant's
statement in running text: who the initiator is (name, BIN, category), what
the activity will emit per period ("Сера диоксид (3 кл. опасн.) – 0,0003 г/с,
0,002853 т/год;"), background measurements against ПДК, and the wastes with
their amounts. The second, after "Выводы", is the numbered list of what the
report on possible impacts must contain: the obligations.

Paragraph breaks in the first half are an accident of the format (the DOCX
runs a whole emission list into one paragraph, the text export cuts a
sentence in two), so it is read as one stream of text in which punctuation,
not blocks, delimits items (`stream`, `statement`). The numbered list is read
from blocks, because there the numbering is the structure (`requirements`).
Grid tables are read by the table readers (`extractor.tables`) like those of
any document; a table that a text dump flattened into lines is read here
(`flat_tables`). The words are language data (`extractor/nlp/lang/scoping_*.py`,
loaded by `words`).
"""

from __future__ import annotations

from extractor.context import Collector, Context, is_text
from extractor.extractors.conditions import add_condition_tables
from extractor.extractors.scoping.flat_tables import (
    text_table_emissions,
    text_table_limits,
    text_table_wastes,
)
from extractor.extractors.scoping.requirements import conclusions_start, last_list_start, requirements
from extractor.extractors.scoping.statement import emissions, facility, limits, wastes
from extractor.extractors.scoping.stream import blocks_to_stream


def extract(ctx: Context, out: Collector) -> None:
    """Facility, emissions, limits and wastes from the statement; requirements from the conclusions."""
    blocks = ctx.doc.blocks
    start = conclusions_start(blocks)
    stream = blocks_to_stream((i, b) for i, b in enumerate(blocks[:start]) if is_text(b))
    text_table_emissions(ctx, out, start)
    text_table_wastes(ctx, out, start)
    text_table_limits(ctx, out, start)
    if start is None:
        start = last_list_start(blocks)
    found = facility(ctx, stream)
    if found is not None:
        out.facilities.append(found)
    emissions(ctx, stream, out)
    limits(ctx, stream, out)
    wastes(ctx, stream, out)
    requirements(ctx, start, out)
    add_condition_tables(ctx, out)
