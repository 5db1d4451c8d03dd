"""Limits a document states in its sentences: a permit's condition `Концентрации загрязняющих веществ в
отходящих газах … (ИЗА 0131) не должны превышать, мг/Нм³: взвешенные частицы – 50; серы диоксид – 800`,
a paragraph or a table's cell alike. Each substance and figure after the verb is a limit at the sources or
points the sentence names before it, in the unit it gives once.
"""

from __future__ import annotations

import re
from functools import cache

from extractor import columns as words
from extractor import contract as c
from extractor.context import Collector, Context, is_text, substances_in
from extractor.tables.limit_cells import parse_limit, unit_for, unit_in
from extractor.tables.points import places_named
from extractor.tables.records import add_source
from extractor.tables.roles import Recognition

FIGURE_LAST = re.compile(r"[–—:-]\s*(\d[\d\s]*(?:[.,]\d+)?(?:\s*[–—-]\s*\d[\d\s]*(?:[.,]\d+)?)?)\s*[.)]?\s*$")
"""The figure that closes a listed item (`серы диоксид – 800`, `pH – 6,5–8,5`)."""
OUTLET = re.compile(r"\((?P<at>[^()]{2,40}№\s*\d{1,3}[^()]{0,20})\)")
"""An outlet named in brackets (`(выпуск № 1)`): the point when the sentence names no id."""
MIN_LIMITS = 2


@cache
def _says_limit() -> re.Pattern[str]:
    return re.compile(words.compiled("LIMIT_SAYING_WORDS").pattern, re.IGNORECASE)


def stated_limits(sentence: str, lang: str | None) -> list[tuple[tuple[str, ...], str | None, c.Substance, tuple, str | None, str]]:
    """(sources, point, substance, (limit, min, max), unit, medium) of each limit a sentence states; none unless
    it states two or more after a word that caps them."""
    verb = _says_limit().search(sentence or "")
    if verb is None:
        return []
    head, tail = sentence[: verb.start()], sentence[verb.end() :]
    lead, _, listed = tail.partition(":")
    unit = unit_in(lead) or unit_in(head)
    sources, points = places_named(head)
    point = points[0] if len(points) == 1 else (m.group("at").strip() if not points and (m := OUTLET.search(head)) else None)
    if not sources and point is None:
        return []
    medium = _medium(sentence, unit, bool(sources))
    out = []
    for part in re.split(r";", listed or tail):
        found = substances_in(part, medium) or substances_in(part, "air")
        figure = FIGURE_LAST.search(part)
        if len(found) != 1 or figure is None or (parsed := parse_limit(figure.group(1), lang)) is None:
            continue
        out.append((tuple(sources), None if sources else point, found[0][0], parsed, unit, medium))
    return out if len(out) >= MIN_LIMITS else []


def _medium(sentence: str, unit: str | None, at_sources: bool) -> str:
    if unit == "mg/Nm3" or at_sources:
        return "flue_gas"
    said = words.first_label("MEDIUM_WORDS", [sentence])
    return said or ("water" if unit == "mg/l" else "air")


def add_stated_limits(ctx: Context, out: Collector) -> None:
    """The limits the document's paragraphs and its unread tables' cells state, a limit per source or point."""
    lang = ctx.doc.language
    for bi, block in enumerate(ctx.doc.blocks):
        if block.table is None and is_text(block):
            _add(ctx, out, stated_limits(block.text, lang), ctx.block_provenance(bi))
    for ti, _, table in ctx.tables():
        seen = out.table_roles.get(ti)
        if seen is not None and seen.role == "limits":
            continue  # its limits are read; a table of conditions is read as tasks, a plan, or nothing
        found = False
        for r, row in enumerate(table.rows):
            for cell in row:
                if cell is not None and (stated := stated_limits(cell.text, lang)):
                    _add(ctx, out, stated, ctx.row_provenance(ti, r))
                    found = True
        if found and (seen is None or seen.role == "other"):
            out.table_roles[ti] = Recognition("limits", 0.8, None)  # its cells state limits


def _add(ctx: Context, out: Collector, stated: list, prov: c.Provenance) -> None:
    for sources, point, substance, (limit, low, high), unit, medium in stated:
        for source in sources:
            add_source(out.source_records, source, None, None, None, None, prov)
        for at in sources or (point,):
            out.limits.append(
                c.Limit(
                    substance=substance, medium=medium, point=at, limit=limit, unit=unit_for(substance, unit),
                    limit_min=low, limit_max=high, provenance=prov,
                )
            )
