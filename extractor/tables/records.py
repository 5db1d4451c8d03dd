"""What the tables of one document say about each emission source, merged across tables.

A source appears in several tables (the inventory, the emissions by source, the control plan);
each adds what it knows: a name, a site, coordinates, how it is monitored, what is measured there
and how often. Kept apart from the readers so every reader that meets a source can record it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor import columns as words
from extractor import contract as c
from extractor.nlp.dates import YEAR_AFTER
from extractor.nlp.identifiers import find_source_numbers, source_type


@dataclass
class SourceRecord:
    source: c.Source
    measured: list[tuple[c.Substance, str]] = field(default_factory=list)
    """Substances of the tables that measure (instrumental, automated): what the monitoring obligation covers."""
    frequency: str | None = None
    each: dict[c.Substance, str] = field(default_factory=dict)
    """A substance's own frequency where its row gives one (`0005 | NO2 | 1 раз в квартал`, `NO | 1 раз в год`)."""
    also: dict[c.Substance, list[str]] = field(default_factory=dict)
    """Further frequencies of a substance measured differently by season or stage (`в межсезонье – 1 раз в квартал`)."""


def add_source(
    records: dict[str, SourceRecord],
    num: str,
    name: str | None,
    site: str | None,
    coords: tuple[float, float] | None,
    method: str | None,
    prov: c.Provenance,
) -> SourceRecord:
    """The record of source `num`, new or merged with what an earlier table said about it."""
    new = c.Source(
        number=num,
        name=name,
        site=site,
        type=source_type(num),
        lat=coords[0] if coords else None,
        lon=coords[1] if coords else None,
        monitoring=method,
        provenance=prov,
    )
    old = records.get(num)
    if old is None:
        records[num] = SourceRecord(new)
        return records[num]
    merged = c.Source(
        number=num,
        name=old.source.name or new.name,
        site=old.source.site or new.site,
        type=old.source.type,
        lat=old.source.lat if old.source.lat is not None else new.lat,
        lon=old.source.lon if old.source.lon is not None else new.lon,
        monitoring=_stronger(old.source.monitoring, new.monitoring),
        provenance=old.source.provenance,
    )
    records[num] = SourceRecord(merged, old.measured, old.frequency, old.each, old.also)
    return records[num]


def _stronger(a: str | None, b: str | None) -> str | None:
    """A source measured by instruments in one table and calculated in another is instrumental."""
    order = {"automated": 3, "instrumental": 2, "calculation": 1, None: 0}
    return a if order[a] >= order[b] else b


MENTION_REACH = 30
"""How near a source word stands to the number it names (`на источнике № 0002`, `№ 0001 көздегі`)."""


LEADING_NUMBER = re.compile(r"^\s*(?:[^\W\d_]{2,4}\s*[-–.]?\s*)?№?\s*(\d{4})(?![\d.,])")
"""A cell that starts with a source's number, bare or after a short prefix (`6001 (неорг.)`, `№0003 …`, `ИЗА-0002`)."""
LEADING_LIST = re.compile(r"^\s*(?:[^\W\d_]{2,4}\s*)?№?\s*(\d{4}(?:\s*[,;]\s*\d{4})+)\s*[–—:-]\s*(?:№|[^\W\d_])")
"""A cell that starts with several sources' numbers before a dash and what they are (`0001, 0002 – силосы`)."""


def _leading_list(text: str) -> list[str]:
    """The sources' numbers a cell opens with before what they are (`0001, 0002 – силосы`), [] when none."""
    m = LEADING_LIST.match(text or "")
    listed = re.findall(r"\d{4}", m.group(1)) if m else []
    return listed if all(source_type(n) for n in listed) else []


RANGE_BUT = re.compile(r"^\s*(\d{4})\s*[–—-]\s*(\d{4})\s*\((?P<but>[^()]*)\)")


def _range_but(text: str) -> list[str]:
    """`0001–0004 (кроме 0002)`, `0012–0014 (0013-тен басқа)`: the range's numbers but those the brackets take
    out; empty for any other text."""
    m = RANGE_BUT.match(text or "")
    if m is None or not words.compiled("EXCEPT_WORDS").search(words.flat(m["but"])):
        return []
    left = {n.number for n in find_source_numbers(m["but"])}
    whole = [n.number for n in find_source_numbers(f"{m[1]}–{m[2]}")]
    return [n for n in whole if n not in left] if left and left < set(whole) else []


def sources_mentioned(text: str, leading: bool = False) -> list[str]:
    """Source numbers a sentence names as sources, a source word beside each: a well `Скв. 0012` or a
    year is not one. With `leading`, a cell of a column of sources and points that starts with a source's
    number (`№0003 труба котельной`, `6001 (неорг.)`) names that source."""
    pattern = words.compiled("SOURCE_MENTION")
    low = words.flat(text)
    numbers = [n.number for n in find_source_numbers(text) if not YEAR_AFTER.match(text, n.end)]  # not `2025 жылғы`
    out = []
    for n in numbers:
        at = low.find(n)
        if at >= 0 and pattern.search(low[max(0, at - MENTION_REACH) : at + len(n) + MENTION_REACH]):
            out.append(n)
    if leading and not out and (kept := _range_but(text)):
        out.extend(kept)  # `0001–0004 (кроме 0002)`: the range without what the brackets take out
    elif leading and not out and re.fullmatch(r"[\d\s,;–-]+", text or ""):
        out.extend(numbers)  # `0003, 0004`
    elif leading and not out and (listed := _leading_list(text)):
        out.extend(listed)  # `0001, 0002, 0003 – силосы цемента`: the sources listed before what they are
    elif leading and not out and (m := LEADING_NUMBER.match(text)) and source_type(m.group(1)) and not YEAR_AFTER.match(text, m.end()):
        out.append(m.group(1))
    return list(dict.fromkeys(out))
