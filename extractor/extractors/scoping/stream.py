"""The statement half read as one stream of text: joined blocks, item names before figures, periods
and sections in force at a place, totals checked against their items."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from extractor.context import (
    clean_name,
)
from extractor.extractors.scoping.words import (
    _BOUNDARY,
    _LETTER,
    _SENTENCE,
    LOOKBACK,
    MAX_NAME_WORDS,
    TOLERANCE,
    _labelled,
    _rx,
    _words,
)
from extractor.model import Block, BlockKind
from extractor.nlp.numbers import Quantity, find_quantities


@dataclass(frozen=True)
class Stream:
    """Text blocks joined into one string, with the document block each part came from."""

    text: str
    starts: tuple[int, ...]
    blocks: tuple[int, ...]

    def block_at(self, pos: int) -> int:
        """The index (into the document) of the block that holds offset `pos`."""
        return self.blocks[max(0, bisect.bisect_right(self.starts, pos) - 1)]


def blocks_to_stream(blocks: Iterable[tuple[int, Block]]) -> Stream:
    """Join text blocks; a paragraph break stays a line break only where the text marks one.

    A block that ends without punctuation, followed by one that starts in
    lower case or with a figure, is a sentence cut by the layout (`аммиак` /
    `0,12 мг/л`): it is joined with a space.
    """
    parts: list[str] = []
    starts: list[int] = []
    indices: list[int] = []
    pos = 0
    previous: Block | None = None
    for i, block in blocks:
        text = " ".join(block.text.split())
        if not text:
            continue
        if previous is not None:
            parts.append("\n" if _hard_break(previous, block, parts[-1], text) else " ")
            pos += 1
        starts.append(pos)
        indices.append(i)
        parts.append(text)
        pos += len(text)
        previous = block
    return Stream("".join(parts), tuple(starts), tuple(indices))


def _hard_break(previous: Block, block: Block, before: str, after: str) -> bool:
    if BlockKind.HEADING in (previous.kind, block.kind) or block.number:
        return True
    return before[-1] in ".;:!?" or after[0].isupper()


def _last_end(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    end = None
    for m in pattern.finditer(text, max(lo, hi - LOOKBACK), hi):
        end = m.end()
    return end


def name_before(text: str, pos: int, floor: int = 0) -> tuple[int, str, bool]:
    """The item name that ends at `pos`: (start, name, whether it runs on from the figure before it).

    The name starts at the last boundary after `floor` (the end of the
    previous item); dashes and colons before the figure are stripped.
    """
    boundary = _last_end(_BOUNDARY, text, floor, pos)
    start = boundary if boundary is not None else max(floor, pos - LOOKBACK)
    raw = re.sub(r"[\s\-–—:=]+$", "", text[start:pos])
    lead = re.match(r"^[\s,.;]*(?:(?:\d{1,3}[.)]|[-–—•·*])\s+)?", raw)
    offset = lead.end() if lead else 0
    return start + offset, raw[offset:].strip(), boundary is None and floor > 0


def sentence_before(text: str, pos: int) -> str:
    """The sentence that runs up to `pos` (from the last `;`, paragraph or sentence end)."""
    start = _last_end(_SENTENCE, text, 0, pos)
    return text[start if start is not None else max(0, pos - LOOKBACK) : pos]


def _is_header(text: str, m: re.Match[str]) -> bool:
    """A capitalised section word at a line or sentence start, or followed by `:`, `.`, a capital or the end."""
    before = text[: m.start()].rstrip()
    after = text[m.end() :].lstrip()
    return not before or before[-1] in ".;:" or not after or after[0] in ":." or after[0].isupper()


@lru_cache(maxsize=64)
def _marks(table: str, text: str) -> tuple[tuple[int, ...], tuple[object, ...]]:
    """Start offsets and values of a labelled table's phrases in `text`, in text order.

    For table("PERIODS"), section headers come in too, with value None: a period
    does not carry past the start of another section.
    """
    found = [(m.start(), v) for pattern, v in _labelled(table) for m in pattern.finditer(text)]
    if table == "PERIODS":
        found += [(m.start(), None) for m in _rx("SECTIONS").finditer(text) if _is_header(text, m)]
    found.sort(key=lambda pair: pair[0])
    return tuple(p for p, _ in found), tuple(v for _, v in found)


def last_label(text: str, pos: int, table: str, floor: int = 0) -> object | None:
    """The value of the last phrase of a labelled table that starts in [floor, pos)."""
    starts, values = _marks(table, text)
    k = bisect.bisect_left(starts, pos) - 1
    return values[k] if k >= 0 and starts[k] >= floor else None


def period_at(text: str, pos: int) -> str | None:
    """The period in force at `pos`: the last period phrase, unless a section header came after it.

    A header inherits a period named in its own sentence (`На период
    строительства: Выбросы: …`), never one from an earlier sentence.
    """
    starts, values = _marks("PERIODS", text)
    k = bisect.bisect_left(starts, pos) - 1
    if k < 0:
        return None
    if values[k] is None:
        sentence = sentence_before(text, starts[k])
        own = last_label(sentence, len(sentence), "PERIODS")
        return str(own) if own else None
    return str(values[k])


def hazard_class_of(text: str) -> int | None:
    """The hazard class written in a note (`(3 кл. опасн.)` → 3), None for `(-)` or no note."""
    m = _rx("HAZARD_CLASS").search(text)
    if not m:
        return None
    value = next(g for g in m.groups() if g)
    return {"I": 1, "II": 2, "III": 3, "IV": 4}.get(value) or int(value)


def without_hazard_class(name: str) -> str:
    """The substance name without its hazard note, for the reference-list lookup."""
    return clean_name(_rx("HAZARD_CLASS").sub(" ", name)).rstrip(" -–—,")


def is_total(text: str) -> bool:
    return bool(_rx("TOTALS").search(text))


def close_enough(total: Quantity, items: float) -> bool:
    """Whether a written total matches the sum of its items, allowing for the rounding of the written figure."""
    assert total.value is not None
    decimals = re.search(r"\d[.,](\d+)", total.raw)
    half_unit = 0.5 * 10.0 ** -(len(decimals.group(1)) if decimals else 0)
    return abs(total.value - items) <= max(TOLERANCE * abs(total.value), half_unit * 1.000001)


def fsum(values: Iterable[float]) -> float:
    """Sum in decimal so that `0,00992 + 0,001047 + …` compares with the written total exactly."""
    return float(sum((Decimal(repr(v)) for v in values), Decimal(0)))


@dataclass(frozen=True)
class Line:
    """A `name – figure unit[, figure unit]` item found in the stream."""

    name: str
    first: Quantity
    second: Quantity | None
    start: int
    total: bool
    run_on: bool
    """The name follows the previous item's figure with no boundary (`…0,006 т, ТБО – 0,5 т`)."""


def rate_lines(
    text: str, units: frozenset[str], second_units: frozenset[str] = frozenset()
) -> Iterator[Line]:
    """Every figure in `units` with the name before it and an optional second figure right after it.

    A line whose name says "total" (or that has no name at all) is a total.
    """
    quantities = find_quantities(text)
    floor = 0
    for k, q in enumerate(quantities):
        if q.unit not in units or q.value is None or q.start is None or q.end is None:
            continue
        nxt = quantities[k + 1] if k + 1 < len(quantities) else None
        second = None
        if (
            nxt is not None
            and nxt.unit in second_units
            and re.fullmatch(r"[\s,;]*(?:и|или|and)?[\s,;]*", text[q.end : nxt.start or 0])
        ):
            second = nxt
        start, name, run_on = name_before(text, q.start, floor)
        floor = (second or q).end or q.end
        yield Line(name, q, second, start, is_total(name) or not _LETTER.search(name), run_on)


def shifted(line: Line, offset: int) -> Line:
    """A line found in a slice of the text, with its offsets moved into the whole text."""

    def move(q: Quantity) -> Quantity:
        return replace(q, start=(q.start or 0) + offset, end=(q.end or 0) + offset)

    second = move(line.second) if line.second else None
    return replace(line, first=move(line.first), second=second, start=line.start + offset)


def section_spans(text: str, table: str) -> list[tuple[int, int]]:
    """Where the sections opened by the headers of `table` run: up to the next section header."""
    own = _rx(table)
    spans: list[tuple[int, int]] = []
    for m in own.finditer(text):
        if not _is_header(text, m) or (spans and m.start() < spans[-1][1]):
            continue
        end = len(text)
        for nxt in _rx("SECTIONS").finditer(text, m.end()):
            if _is_header(text, nxt) and not own.fullmatch(nxt.group(0)):
                end = nxt.start()
                break
        spans.append((m.start(), end))
    return spans


def _named(line: Line) -> bool:
    return bool(_LETTER.search(line.name)) and _words(line.name) <= MAX_NAME_WORDS
