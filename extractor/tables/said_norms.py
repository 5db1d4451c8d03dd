"""Results at points whose substance and norm the sentence before the table states once (`…контролировались
взвешенные частицы (код 2902); ПДК м.р. – 0,5 мг/м3` over `Дата | Концентрация, мг/м3: Т-1 | Т-2 | Т-3`):
each figure is a sample at its column's point against that norm.
"""

from __future__ import annotations

import re

from extractor import columns as words
from extractor import contract as c
from extractor.context import Collector, Context, cell, is_blank, number, substances_in
from extractor.model import Table
from extractor.tables.limit_cells import FOOTNOTE, parse_limit, table_unit, unit_in
from extractor.tables.limit_labels import SHORT_ID, STANDARD_REF
from extractor.tables.matrix import measured_sample

MIN_POINTS = 2

_NORM = re.compile(r"(?P<words>[^\W\d_][^=:\d–—;,]{1,30}?)\s*[=:–—-]\s*(?P<figure>\d[\d\s]*(?:[.,]\d+)?)\s*(?P<unit>[^\s;,)]*)")


def said_norm(text: str, lang: str | None = None) -> tuple[c.Substance, str, tuple, str | None] | None:
    """(substance, the norm's words, (limit, min, max), unit) when a sentence names one substance and one
    norm for it; None otherwise."""
    found = {s for s, _ in substances_in(text or "", "air") if s.code or s.symbol}
    plain = STANDARD_REF.sub(lambda m: m.group(0).split()[0], text or "")  # `theo QCVN 05:2023/BTNMT: 300`
    norms = [m for m in _NORM.finditer(plain) if words.role_of(m.group("words").strip()) == "limit"]
    if len(found) != 1 or len(norms) != 1 or (parsed := parse_limit(norms[0].group("figure"), lang)) is None:
        return None
    m = norms[0]
    return found.pop(), m.group("words").strip(), parsed, unit_in(m.group("unit") or "")


def point_columns(table: Table) -> dict[int, str]:
    """Columns headed by a point's short id alone (`Т-1`, `КТ-2`), holding figures: column → point."""
    out = {}
    for k, parts in enumerate(table.header_parts):
        label = parts[-1] if parts else ""
        m = SHORT_ID.match(label or "")
        if m and len(label.strip()) <= len(m.group(1)) + 2 and any(number(cell(table, r, k)) is not None for r in range(len(table.rows))):
            out[k] = re.sub(r"\s+", "", m.group(1))
    return out if len(out) >= MIN_POINTS else {}


def said_before(table: Table, context: tuple[str, ...], lang: str | None = None):
    """The norm the caption or lead-in states, when the table spreads results over point columns."""
    if not point_columns(table):
        return None
    return next((n for t in context[:2] if (n := said_norm(t, lang)) is not None), None)


def read_said_norm(ctx: Context, out: Collector, ti: int, table: Table, context: tuple[str, ...], lang: str | None) -> bool:
    """Limits of a table of results at point columns against the norm said before it; False when it is none."""
    norm = said_before(table, context, lang)
    if norm is None:
        return False
    s, norm_words, parsed, said_unit = norm
    said = words.first_label("MEDIUM_WORDS", [" ".join(context), " ".join(table.header)])
    for k, point in point_columns(table).items():
        unit = table_unit(table, k) or said_unit
        for row in range(len(table.rows)):
            text = cell(table, row, k)
            if is_blank(text) or (value := number(FOOTNOTE.sub("", text), lang)) is None:
                continue
            out.limits.append(measured_sample(s, said, unit, point, value, parsed, norm_words, ctx.row_provenance(ti, row)))
    return True
