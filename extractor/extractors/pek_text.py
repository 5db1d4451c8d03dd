"""ПЭК form tables that a text dump has flattened into lines.

A PDF saved as text keeps a table's words but not its grid: under
"Таблица 2. …" come the header words, the row of column numbers, then the
cells one after another. The section under each caption whose table was not
found as a grid is read for what its purpose needs: identifiers, waste codes,
substances with a frequency, a control point.
"""

from __future__ import annotations

import re

from extractor import contract as c
from extractor.extractors import pek_tables as pt
from extractor.extractors.common import Collector, Context, clean_name, is_blank, substances_in
from extractor.model import BlockKind
from extractor.nlp.coordinates import find_coordinates
from extractor.nlp.frequency import find_frequency
from extractor.nlp.identifiers import find_bins, is_kato, is_oked
from extractor.nlp.wastes import find_waste_codes
from extractor.parsers.tables import is_caption

SECTION_PURPOSES: list[tuple[str, str]] = [
    ("facility", r"общие сведения о предприятии|кәсіпорын туралы жалпы|thông tin chung về cơ sở"),
    ("wastes", r"отход|қалдық|chất thải"),
    ("inspections", pt.INSPECTION_WORDS),
    ("sources", r"источник\w* выброс|шығарынды көз|nguồn thải"),
    ("monitoring", r"наблюдени|мониторинг|контрол|бақылау|quan trắc"),
]
COLUMN_NUMBERS = re.compile(r"(?:^|\s)1(?:\s+\d{1,2}){2,}(?=\s|$)")


def read_lost_tables(ctx: Context, out: Collector, found: set[str]) -> None:
    for start, caption, lines in _sections(ctx):
        purpose = next((p for p, pattern in SECTION_PURPOSES if re.search(pattern, caption.lower())), None)
        if purpose is None or purpose in found or not lines:
            continue
        prov = ctx.block_provenance(start)
        if purpose == "facility":
            _facility(out, lines, prov)
        elif purpose == "wastes":
            _wastes(out, lines, prov)
        elif purpose == "monitoring":
            _monitoring(ctx, out, caption, lines, prov)
        elif purpose == "inspections":
            _inspections(ctx, out, lines, prov)


def _sections(ctx: Context):
    """(block index, caption, data lines after the column-number row) per unattached caption."""
    blocks = ctx.doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == BlockKind.TABLE or not is_caption(block.text):
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].kind != BlockKind.HEADING and not is_caption(blocks[j].text):
            if blocks[j].kind == BlockKind.TABLE:
                break
            j += 1
        texts = [b.text for b in blocks[i + 1 : j]]
        numbered = next((k for k, t in enumerate(texts) if COLUMN_NUMBERS.search(t)), None)
        if numbered is not None:
            tail = texts[numbered][COLUMN_NUMBERS.search(texts[numbered]).end() :].strip()
            data = ([tail] if tail else []) + texts[numbered + 1 :]
            yield i, block.text, [t for t in data if not is_blank(t)]
        i = j


def _facility(out: Collector, lines: list[str], prov: c.Provenance) -> None:
    text = "\n".join(lines)
    bins = find_bins(text)
    taken = {b.value for b in bins}
    numbers = re.findall(r"(?<!\d)\d{5,9}(?!\d)", text)
    kato = next((n for n in numbers if len(n) == 9 and is_kato(n) and not any(n in b for b in taken)), None)
    oked = next((n for n in numbers if len(n) == 5 and is_oked(n) and not any(n in b for b in taken)), None)
    category, capacity = pt_category(text)
    coords = find_coordinates(text)
    name = clean_name(re.sub(r"\d[\d\s]*", " ", lines[0])) if lines else None
    out.facilities.append(
        c.Facility(
            name=name or None,
            bin=bins[0].value if bins else None,
            kato=kato,
            oked=oked,
            lat=coords[0].lat if coords else None,
            lon=coords[0].lon if coords else None,
            category=category,
            capacity=capacity,
            provenance=prov,
        )
    )


def pt_category(text: str):
    from extractor.extractors.pek import category_and_capacity

    return category_and_capacity(text)


def _wastes(out: Collector, lines: list[str], prov: c.Provenance) -> None:
    from extractor.extractors.pek import add_waste

    for line in lines:
        previous = 0
        for start, end, code in find_waste_codes(line, strict=True):
            name = line[previous:start]
            previous = end
            add_waste(out, name, line[start:end], "", prov)
            del code


def _monitoring(ctx: Context, out: Collector, caption: str, lines: list[str], prov: c.Provenance) -> None:
    medium = pt.medium_of(caption) or "air"
    text = " ".join(lines)
    found = substances_in(text, medium)
    freq = find_frequency(text)
    if not found:
        return
    point = next((ln for ln in lines if not substances_in(ln, medium) and not find_frequency(ln)), None)
    m = pt.POINT_ID.match(point or "")
    point = re.sub(r"\s+", "", m.group(1)) if m else (clean_name(point) if point else None)
    names = ", ".join(raw for _, raw in found)
    out.add_obligation(
        c.Obligation(
            id="",
            kind="monitoring",
            text=f"{point or '—'} — {names}; {freq.raw if freq else ''}".strip(" ;"),
            frequency=freq.word if freq else None,
            rrule=freq.rrule if freq else None,
            substances=tuple(s for s, _ in found),
            point=point,
            provenance=prov,
            language=ctx.doc.language,
        )
    )


def _inspections(ctx: Context, out: Collector, lines: list[str], prov: c.Provenance) -> None:
    text = " ".join(lines)
    freq = find_frequency(text)
    if not freq:
        return
    target = next((ln for ln in lines if not find_frequency(ln) and not re.fullmatch(r"[\d\s.]+", ln)), None)
    out.add_obligation(pt.inspection(ctx, clean_name(target) if target else None, freq.raw, prov))
