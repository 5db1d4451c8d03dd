"""What the retold statement says in running text: the applicant, emissions per period, measurements
against limits, wastes with their amounts; stated totals checked against the items."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extractor import contract as c
from extractor.context import (
    Collector,
    Context,
    clean_name,
    substance,
)
from extractor.extractors.scoping.flat_tables import _row_hazard
from extractor.extractors.scoping.stream import (
    Line,
    Stream,
    _is_header,
    _named,
    close_enough,
    fsum,
    hazard_class_of,
    is_total,
    last_label,
    name_before,
    period_at,
    rate_lines,
    section_spans,
    sentence_before,
    shifted,
    without_hazard_class,
)
from extractor.extractors.scoping.words import (
    _LETTER,
    _SENTENCE,
    ANNUAL_UNITS,
    MASS_UNITS,
    MAX_NAME_WORDS,
    UNIT_MEDIA,
    _all,
    _labelled,
    _rx,
    _words,
    table,
)
from extractor.nlp.identifiers import Identifier, find_bins, is_valid_bin
from extractor.nlp.numbers import Quantity, find_quantities
from extractor.nlp.wastes import find_waste_codes


def facility(ctx: Context, stream: Stream) -> c.Facility | None:
    """The applicant: name, BIN and address from the initiator sentence; the category from the text."""
    text = stream.text
    m = _rx("INITIATOR").search(text)
    if m is None:
        return None
    end = text.find("\n", m.end())
    tail = text[m.end() : min(end if end >= 0 else len(text), m.end() + 600)]
    org = re.search(organisation_pattern(), tail)
    bins = find_bins(tail) or _glued_bins(tail)
    name = clean_name(org.group(0) if org else tail.split(",")[0]) or None
    address = None
    if bins:
        after_name = org.end() if org else tail.find(",") + 1
        address = clean_name(tail[after_name : bins[0].start])
        address = clean_name(re.sub(r"(?<![^\W\d_])(?:БИН|БСН|ИИН|ЖСН)\s*[:№]?\s*$", "", address)) or None
    return c.Facility(
        name=name,
        operator=name,
        bin=bins[0].value if bins else next((b.value for b in find_bins(text)), None),
        address=address if address and _LETTER.search(address) else None,
        category=category(text),
        provenance=ctx.block_provenance(stream.block_at(m.start())),
    )


def _glued_bins(text: str) -> list:
    """A BIN typed without a space after the comma before it (`ул. Ауэзова, 7,041140003215`)."""
    return [
        Identifier(m.group(1), m.group(1), m.start(1), m.end(1))
        for m in re.finditer(r"(?<=\d,)(\d{12})(?!\d|[.,]\d)", text)
        if is_valid_bin(m.group(1))
    ]


@cache
def organisation_pattern() -> str:
    """A legal form and a quoted name, in either order (`ТОО «…»`, `«…» ЖШС`)."""
    forms = _all(table("LEGAL_FORMS"))
    quoted = r"[«\"“][^»\"”]{1,120}[»\"”]"
    return rf"(?<![^\W_]){forms}\s*{quoted}|{quoted}\s*{forms}(?![^\W_])"


def category(text: str) -> str | None:
    """The object category, `I`–`IV`, from the most specific phrase that is there."""
    for patterns in table("CATEGORY").values():
        for pattern in patterns:
            m = re.search(pattern, text, re.IGNORECASE)
            if m:
                value = m.group("c").upper()
                return {"1": "I", "2": "II", "3": "III", "4": "IV"}.get(value, value)
    return None


def emissions(ctx: Context, stream: Stream, out: Collector) -> None:
    """Emission lines per period, and their totals checked against the sum of the lines.

    A line is a substance with g/s and usually t/y; inside the emissions
    section a substance with t/y alone counts too, when the reference list
    knows it (elsewhere a tonnage is a raw material or a waste).
    """
    text = stream.text
    totals: list[Line] = []
    found: list[tuple[int, c.Emission]] = []
    taken: set[int | None] = set()
    for line in rate_lines(text, frozenset({"g/s"}), ANNUAL_UNITS):
        taken.update(q.start for q in (line.first, line.second) if q is not None)
        if line.total:
            totals.append(line)
        elif _named(line):
            found.append((line.start, _emission(ctx, stream, line, g_s=True)))
    for lo, hi in section_spans(text, "EMISSION_SECTIONS"):
        for line in (shifted(x, lo) for x in rate_lines(text[lo:hi], ANNUAL_UNITS)):
            if line.first.start in taken:
                continue
            if line.total:
                totals.append(line)
            elif _named(line) and (emission := _emission(ctx, stream, line, g_s=False)).substance.code:
                found.append((line.start, emission))
    items = [e for _, e in sorted(found, key=lambda pair: pair[0])]
    out.emissions.extend(items)
    for line in totals:
        period = _total_period(text, line)
        check_emission_total(ctx, stream, out, [e for e in items if e.period == period], period, line)


def _total_period(text: str, line: Line) -> str | None:
    """The period a total names in its own sentence, else the one it stands in."""
    sentence = sentence_before(text, line.first.start or 0)
    own = last_label(sentence, len(sentence), "PERIODS")
    return str(own) if own else period_at(text, line.first.start or 0)


def _emission(ctx: Context, stream: Stream, line: Line, g_s: bool) -> c.Emission:
    """An Emission from a line: g/s (and t/y), or with `g_s` False its t/y figure alone."""
    text = stream.text
    tail = text[(line.second or line.first).end or 0 :].lstrip(" ,")[:40].split(";")[0].split(",")[0]
    annual = line.second if g_s else line.first
    name = line.name
    found = substance(without_hazard_class(name), "air")
    lead = re.search(r"([^;:\n.]{3,80}):\s*$", text[: line.start])
    if found.code is None and lead:  # `бейорганикалық шаң: кремний қостотығы 70-20%` was cut at its colon
        joined = f"{lead.group(1).strip()}: {name}"
        if (longer := substance(without_hazard_class(joined), "air")).code is not None:
            found, name = longer, joined
    return c.Emission(
        substance=found,
        raw=name,
        hazard_class=hazard_class_of(line.name) or hazard_class_of(tail),
        g_s=line.first.value if g_s else None,
        t_y=annual.value if annual else None,
        period=period_at(text, line.first.start or 0),
        provenance=ctx.block_provenance(stream.block_at(line.start)),
    )


def check_emission_total(
    ctx: Context, stream: Stream, out: Collector, items: list[c.Emission], period: str | None, line: Line
) -> None:
    """Warn when a stated total differs from the sum of its period's lines beyond rounding."""
    if not items:
        return
    g_s = line.first if line.first.unit == "g/s" else None
    t_y = line.second if g_s else line.first
    checks = [(g_s, [e.g_s for e in items]), (t_y, [e.t_y for e in items])]
    for total, values in checks:
        if total is None or total.value is None or any(v is None for v in values):
            continue
        items_sum = fsum(v for v in values if v is not None)
        if not close_enough(total, items_sum):
            out.warn(
                "total_mismatch",
                f"emissions ({period or 'no period'}): stated total {total.raw} "
                f"but the {len(items)} substances sum to {items_sum:.10g} {total.unit}",
                ctx.block_provenance(stream.block_at(total.start or 0)),
            )


def waste_region(text: str) -> tuple[int, int] | None:
    """Where the wastes are told: the wastes section, else from the first `Опасные отходы:` header on."""
    spans = section_spans(text, "WASTE_SECTIONS")
    if spans:
        return spans[0][0], spans[-1][1]
    starts = [
        m.start()
        for pattern, _ in _labelled("HAZARD")
        for m in pattern.finditer(text)
        if text[m.end() :].lstrip().startswith(":")
    ]
    if not starts:
        return None
    start = min(starts)
    end = next(
        (m.start() for m in _rx("SECTIONS").finditer(text, start + 1) if _is_header(text, m)), len(text)
    )
    return start, end


def wastes(ctx: Context, stream: Stream, out: Collector) -> None:
    """Waste streams with amounts and hazard; the total lines are checked, not emitted."""
    region = waste_region(stream.text)
    if region is None:
        return
    offset = region[0]
    text = stream.text[region[0] : region[1]]
    found: list[c.Waste] = []
    totals: list[Line] = []
    for line in rate_lines(text, MASS_UNITS):
        if line.total:
            totals.append(line)
        if is_waste_total(text, line):
            continue
        waste = _waste(ctx, stream, text, line, offset)
        if waste is not None:
            found.append(waste)
    out.wastes.extend(found)
    for line in totals:
        check_waste_total(ctx, stream, out, found, text, line, offset)


def _waste(ctx: Context, stream: Stream, text: str, line: Line, offset: int) -> c.Waste | None:
    name = line.name.rsplit(", ", 1)[-1] if line.run_on else line.name
    codes = find_waste_codes(name)
    code = codes[0][2] if codes else None
    if codes:
        name = name[: codes[0][0]] + name[codes[0][1] :]
    name = clean_name(re.sub(r"\(\s*\)", " ", name))
    if not _named(replace(line, name=name)):
        return None
    pos = line.first.start or 0
    hazardous = last_label(text, pos, "HAZARD")
    note = re.match(
        r"\s*(?:\(([^()]{1,40})\)|[-–—,]\s*([^\W\d_][^;,.()]{0,30}))", text[line.first.end or 0 :]
    )
    own = _row_hazard(note.group(1) or note.group(2)) if note else None
    if own is not None:  # `– 15,0 т/период (неопасные)`: the item says it itself
        hazardous = own
    return c.Waste(
        code=code.code if code else None,
        hazardous=bool(hazardous) if hazardous is not None else (code.hazardous if code else None),
        name=name,
        amount_t=line.first.value,
        period=period_at(text, pos) or ("construction" if line.first.unit == "t/period" else None),
        provenance=ctx.block_provenance(stream.block_at(offset + line.start)),
    )


def is_waste_total(text: str, line: Line) -> bool:
    """A total, or a subtotal in a total's sentence (`…составит 0,510 т, из них опасные – 0,005 т`)."""
    if line.total:
        return True
    if not is_total(sentence_before(text, line.first.start or 0)):
        return False
    name = re.sub(_all(table("SUBTOTAL_LEAD")), " ", line.name, flags=re.IGNORECASE)
    labels = "|".join(p.pattern for p, _ in _labelled("HAZARD_SUBTOTAL"))
    return bool(re.fullmatch(rf"\s*(?:{labels})\s*", name, re.IGNORECASE))


def check_waste_total(
    ctx: Context, stream: Stream, out: Collector, items: list[c.Waste], text: str, line: Line, offset: int
) -> None:
    """Check a total and the `из них опасные / неопасные` subtotals of its sentence against the items."""
    if not items:
        return
    end = _SENTENCE.search(text, line.first.end or 0)
    start = line.first.start or 0
    figures = [
        q
        for q in find_quantities(text[start : end.start() if end else len(text)])
        if q.unit in MASS_UNITS and q.value is not None
    ]
    last = 0
    for q in figures:
        label = last_label(text[start + last : start + (q.start or 0)], 10**9, "HAZARD_SUBTOTAL")
        last = q.end or last
        group = [w for w in items if label is None or w.hazardous is label]
        kind = "all wastes" if label is None else ("hazardous wastes" if label else "non-hazardous wastes")
        items_sum = fsum(w.amount_t for w in group if w.amount_t is not None)
        if not close_enough(q, items_sum):
            out.warn(
                "total_mismatch",
                f"{kind}: stated total {q.raw} but the {len(group)} listed amounts sum to {items_sum:.10g} t",
                ctx.block_provenance(stream.block_at(offset + start + (q.start or 0))),
            )


@cache
def _limit_paren() -> re.Pattern[str]:
    return re.compile(rf"\(\s*{_all(table('LIMIT_WORDS'))}[^()\d]{{0,15}}(?P<body>\d[^()]*)\)")


def limits(ctx: Context, stream: Stream, out: Collector) -> None:
    """Measured values against limits: `диоксид серы – 0,11 (ПДК - 0,5 мг/м3)`.

    A limit written apart from the items before it (`медь – не обн., свинец
    – не обн., (ПДК – 0,03 мг/л)`) does not say whose it is: it is not
    guessed but reported as an `ambiguous_limit` warning.
    """
    text = stream.text
    floor = 0
    for m in _limit_paren().finditer(text):
        segment_floor, floor = floor, m.end()
        limit_q = next(
            (q for q in find_quantities(m.group("body"), require_unit=False) if q.value is not None), None
        )
        if limit_q is None:
            continue
        item_start, item, _ = name_before(text, m.start(), segment_floor)
        if not item or text[max(0, m.start() - 8) : m.start()].rstrip().endswith(","):
            out.warn(
                "ambiguous_limit",
                f"limit {m.group(0)} stands apart from the items before it; not assigned",
                ctx.block_provenance(stream.block_at(m.start())),
            )
            continue
        found = measured(item)
        if found is None:
            continue
        name, value = found
        unit = limit_q.unit or value.unit
        medium = UNIT_MEDIA.get(unit or "") or _medium_at(text, item_start)
        if medium is None or _words(name) > MAX_NAME_WORDS // 2:
            continue
        out.limits.append(
            c.Limit(
                substance=substance(name, "water" if medium == "waste_water" else medium),
                medium=medium,
                value=value.value if value.comparator is None else None,
                limit=limit_q.value,
                unit=unit,
                provenance=ctx.block_provenance(stream.block_at(m.start())),
            )
        )


def measured(item: str) -> tuple[str, Quantity] | None:
    """`диоксид азота – 0,1 мг/м3` → (`диоксид азота`, 0.1 mg/m3); `сероводород – не обн.` → not detected."""
    for q in find_quantities(item, require_unit=False):
        if not q.start:
            continue
        name = re.sub(r"[\s\-–—:=]+$", "", item[: q.start]).strip(" ,")
        if _LETTER.search(name):
            return name, q
    return None


def _medium_at(text: str, pos: int) -> str | None:
    value = last_label(text, pos, "MEDIA")
    return str(value) if value else None
