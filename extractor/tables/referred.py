"""Monitoring rows that name what they measure by pointing at another table (`все вещества по табл.
5.1`, `các thông số quy định tại Bảng 1`): the substances the document gave the same source or point.

Read once every table is read, since the table pointed at may come after the plan.
"""

from __future__ import annotations

from dataclasses import replace

from extractor import columns as words
from extractor import contract as c
from extractor.context import Collector, is_listed


def _key(text: str | None) -> str:
    return "".join((text or "").lower().split())


def resolve_referred(out: Collector) -> None:
    """Each monitoring obligation whose substances include a reference to the others' list gets the
    substances the document's emissions and limits give its sources or its point."""
    said = words.compiled("ALL_SUBSTANCES_WORDS")
    for i, o in enumerate(out.obligations):
        if o.kind != "monitoring":
            continue
        refs = [s for s in o.substances if not is_listed(s) and said.search(words.flat(s.name or ""))]
        if not refs:
            continue
        pool = _substances_at(out, set(o.source_numbers), _key(o.point))
        if not pool:
            continue
        kept = [s for s in o.substances if s not in refs]
        found = list(dict.fromkeys([*kept, *(s for s in pool if s not in kept)]))
        out.obligations[i] = replace(o, substances=tuple(found))


def _substances_at(out: Collector, sources: set[str], point: str) -> list[c.Substance]:
    """Known substances emitted by or limited at the sources, else limited at the point."""
    found: list[c.Substance] = []
    if sources:
        found += [e.substance for e in out.emissions if e.source_number in sources]
        found += [x.substance for x in out.limits if x.point and x.point.strip() in sources]
    elif point:
        found += [x.substance for x in out.limits if _key(x.point) == point]
    return [s for s in dict.fromkeys(found) if is_listed(s)]
