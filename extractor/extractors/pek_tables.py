"""The tables of a ПЭК programme (the form of order No. 250), by what they hold.

A table's purpose is read from its header words and caption, never from its
number: forms are re-typed, tables dropped, renumbered or merged. Rows are
read by content as well as by position, because re-typed forms shift cells
(a substance in the point column, a limit under the frequency header): each
cell is recognised as a point id, a substance, a frequency, a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extractor import contract as c
from extractor.extractors.common import (
    Collector,
    Context,
    cell,
    contract_substance,
    frequency,
    is_blank,
    number,
    own_cell,
    roles,
    substance,
    substances_in,
)
from extractor.model import Table
from extractor.nlp.coordinates import parse_coordinates
from extractor.nlp.identifiers import find_source_numbers, source_type
from extractor.nlp.substances import match_substance, substance_by_code
from extractor.nlp.units import normalise_unit

# Caption and header words that tell a table's purpose and medium (RU, KK, VI).
MEDIUM_WORDS: list[tuple[str, str]] = [
    ("waste_water", r"(?<![^\W\d_])(?:сточн|сброс)|ағынды|nước thải"),
    ("soil", r"почв|топырақ|đất"),
    ("water", r"водн|вод[аы]|створ|су объект|жерасты су|nước mặt|nước ngầm"),
    ("air", r"атмосфер|воздух|газов|ауа|không khí|khí thải"),
]
METHOD_WORDS: list[tuple[str, str]] = [
    ("automated", r"автоматизированн|автоматтандырылған|(?<![^\W\d_])асм(?![^\W\d_])|tự động"),
    ("instrumental", r"инструментальн|аспаптық|đo đạc"),
    ("calculation", r"расчетн|расчётн|есептік|есептеу|tính toán"),
]
COUNT_ROWS: list[tuple[str, str]] = [
    ("unorganized", r"неорганизованн|ұйымдастырылмаған"),
    ("organized", r"организованн|ұйымдастырылған"),
    ("total", r"всего|стационарных источников|барлығы"),
]
INSPECTION_WORDS = r"внутренн\w* провер|ішкі тексер|kiểm tra nội bộ"
POINT_ID = re.compile(
    r"^\s*((?:кт|к\.т|т|тн|тп|пп|пнз|пост|скв|створ|точка|нүкте|điểm|đ|kk|nm|nn|nt)\s*[.\-–]?\s*№?\s*\d+[a-zа-я]?"
    r"|№\s*\d{1,3}[a-zа-я]?)(?![\w.,]\d)\b",
    re.I,
)
UNIT_IN_HEADER = re.compile(r"\(([^()]*(?:мг|mg|мкг|г/|g/)[^()]*)\)")


@dataclass
class SourceRecord:
    source: c.Source
    measured: list[tuple[c.Substance, str]] = field(default_factory=list)
    """Substances of the tables that measure (instrumental, automated): what the monitoring obligation covers."""
    frequency: str | None = None


def medium_of(text: str) -> str | None:
    low = text.lower()
    for medium, pattern in MEDIUM_WORDS:
        if re.search(pattern, low):
            return medium
    return None


def method_of(text: str) -> str | None:
    low = text.lower()
    for method, pattern in METHOD_WORDS:
        if re.search(pattern, low):
            return method
    return None


def table_purpose(table: Table) -> str | None:
    """`facility`, `wastes`, `source_counts`, `sources`, `monitoring`, `inspections`, or None."""
    r = roles(table)
    caption = (table.caption or "").lower()
    header = " ".join(table.header).lower()
    if {"bin", "kato", "oked"} & r.keys():
        return "facility"
    if {"waste_code", "waste_name"} & r.keys():
        return "wastes"
    if "source_number" in r:
        return "sources"
    if re.search(r"наименование показател|көрсеткіш", header) and re.search(r"всего|барлығы", header):
        return "source_counts"
    if re.search(INSPECTION_WORDS, caption) or ("frequency" in r and "site" in r and "substance" not in r):
        return "inspections"
    if "substance" in r and ("point" in r or "frequency" in r):
        return "monitoring"
    return None


# ------------------------------------------------------------------ sources


def read_sources(
    ctx: Context, out: Collector, ti: int, table: Table, records: dict[str, SourceRecord]
) -> None:
    """Sources with their pollutants; a source's group of rows under merged cells is one record."""
    r = roles(table)
    method = method_of(table.caption or "") or ("instrumental" if "frequency" in r else None)
    current: list[SourceRecord] = []
    for row in range(len(table.rows)):
        own = own_cell(table, row, r["source_number"])
        numbers = [n.number for n in find_source_numbers(own)] if own else []
        if numbers:
            current = [
                _source_record(ctx, ti, table, row, r, n, method, records) for n in dict.fromkeys(numbers)
            ]
        elif own and not is_blank(own):
            continue  # the number column names something else: a note, a subtotal
        if not current:
            continue
        found = _row_substances(table, row, r)
        freq = frequency(cell(table, row, r.get("frequency")))
        row_method = method_of(cell(table, row, r.get("method"))) or method
        measuring = row_method in ("instrumental", "automated")
        for rec in current:
            if row_method != method and rec.source.monitoring == method:
                rec.source = replace(rec.source, monitoring=row_method)
            if measuring:
                rec.measured.extend(item for item in found if all(item[0] != s for s, _ in rec.measured))
                if freq and freq.word and not rec.frequency:
                    rec.frequency = freq.raw
            for s, raw in found:
                out.emissions.append(
                    c.Emission(
                        substance=s,
                        raw=raw,
                        source_number=rec.source.number,
                        g_s=number(cell(table, row, r.get("g_s"))),
                        t_y=number(cell(table, row, r.get("t_y"))),
                        provenance=ctx.row_provenance(ti, row),
                    )
                )


def _source_record(ctx, ti, table, row, r, num, method, records) -> SourceRecord:
    coords = parse_coordinates(cell(table, row, r.get("coordinates")) or "")
    name = cell(table, row, r.get("source_name")) or None
    site = cell(table, row, r.get("site")) or None
    return add_source(records, num, name, site, coords, method, ctx.row_provenance(ti, row))


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
    records[num] = SourceRecord(merged, old.measured, old.frequency)
    return records[num]


def _stronger(a: str | None, b: str | None) -> str | None:
    """A source measured by instruments in one table and calculated in another is instrumental."""
    order = {"automated": 3, "instrumental": 2, "calculation": 1, None: 0}
    return a if order[a] >= order[b] else b


def _row_substances(table: Table, row: int, r: dict[str, int]) -> list[tuple[c.Substance, str]]:
    """The substances a row names: in its substance column, or in a cell a re-typed row shifted."""
    col = r.get("substance")
    text = own_cell(table, row, col)
    if text and not is_blank(text):
        found = substances_in(text, "air") or (_by_code(text) if re.fullmatch(r"[\d\s,;]+", text) else [])
        if found:
            return found
        by_code = _by_code(own_cell(table, row, r.get("substance_code")))
        return by_code or [(substance(text, "air"), text)]
    by_code = _by_code(own_cell(table, row, r.get("substance_code")))
    if by_code:
        return by_code
    for k in range(table.n_cols):
        if k in (col, r.get("source_number"), r.get("coordinates")):
            continue
        other = own_cell(table, row, k)
        if other and match_substance(other, medium="air") is not None:
            m = match_substance(other, medium="air")
            if m is not None and m.score >= 90:
                return [(substance(other, "air"), other)]
    return []


def _by_code(text: str) -> list[tuple[c.Substance, str]]:
    """Substances of a code column (`0301`, `0301, 0304`) that the reference list knows."""
    out = []
    for code in re.findall(r"(?<!\d)\d{4}(?!\d)", text or ""):
        known = substance_by_code(code)
        if known is not None:
            out.append((contract_substance(known), code))
    return out


def source_obligations(ctx: Context, out: Collector, records: dict[str, SourceRecord]) -> None:
    """One monitoring obligation per instrumentally measured source, with all its substances."""
    for rec in records.values():
        if not rec.measured or not rec.frequency:
            continue
        freq = frequency(rec.frequency)
        names = ", ".join(raw for _, raw in rec.measured)
        where = f"{rec.source.number}" + (f" ({rec.source.name})" if rec.source.name else "")
        method = (
            "автоматизированный мониторинг"
            if rec.source.monitoring == "automated"
            else "инструментальный замер"
        )
        out.add_obligation(
            c.Obligation(
                id="",
                kind="monitoring",
                text=f"Источник {where}: {method} — {names}; {rec.frequency}",
                frequency=freq.word if freq else None,
                rrule=freq.rrule if freq else None,
                substances=tuple(s for s, _ in rec.measured),
                source_numbers=(rec.source.number,),
                provenance=rec.source.provenance,
                language=ctx.doc.language,
            )
        )


# ------------------------------------------------------------------ counts


def read_counts(table: Table) -> dict[str, int]:
    """Declared numbers of sources from the counts table (total, organized, unorganized, by method)."""
    counts: dict[str, int] = {}
    for row in range(len(table.rows)):
        texts = [cell(table, row, k) for k in range(table.n_cols)]
        label = " ".join(t for t in texts if t and not re.fullmatch(r"[\d\s).-]+", t)).lower()
        value = next((int(t) for t in reversed(texts) if t and re.fullmatch(r"\d{1,5}", t)), None)
        if value is None or not label:
            continue
        for key, pattern in COUNT_ROWS:
            if re.search(pattern, label):
                if key == "organized" and re.search(r"оборудованн|из них", label) and "organized" in counts:
                    break
                counts.setdefault(key, value)
                break
    return counts


def check_counts(
    out: Collector, counts: dict[str, int], records: dict[str, SourceRecord], prov: c.Provenance
) -> None:
    listed = {
        "total": len(records),
        "organized": sum(1 for r in records.values() if r.source.type == "organized"),
        "unorganized": sum(1 for r in records.values() if r.source.type == "unorganized"),
    }
    names = {"total": "sources", "organized": "organized sources", "unorganized": "unorganized sources"}
    for key, declared in counts.items():
        if key in listed and listed[key] != declared:
            out.warn(
                "count_mismatch",
                f"the sources table declares {declared} {names[key]}, the source tables list {listed[key]}",
                prov,
            )


# ------------------------------------------------------------------ monitoring plans


@dataclass
class PointGroup:
    point: str
    frequency: str | None
    actor: str | None
    method: str | None
    first_row: int
    substances: list[tuple[c.Substance, str]] = field(default_factory=list)


def read_monitoring(ctx: Context, out: Collector, ti: int, table: Table) -> None:
    """Air, water, soil and discharge monitoring plans: limits per point and substance, and
    one monitoring obligation per control point with all its substances and its frequency."""
    r = roles(table)
    medium = medium_of((table.caption or "") + " " + " ".join(table.header)) or "air"
    unit = _unit_of(table, r.get("limit"))
    groups: list[PointGroup] = []
    current: PointGroup | None = None
    carry: dict[str, str] = {}
    for row in range(len(table.rows)):
        texts = [own_cell(table, row, k) for k in range(table.n_cols)]
        if all(is_blank(t) for t in texts):
            continue
        if _is_note_row(texts):
            continue
        point = _point_of(table, row, r, medium)
        found = _cell_substances(table, row, r, medium)
        if not found:
            continue
        freq_text = _row_frequency(table, row, r) or carry.get("frequency")
        actor = cell(table, row, r.get("who")) or carry.get("who")
        method = cell(table, row, r.get("method")) or carry.get("method")
        for key, value in (("frequency", freq_text), ("who", actor), ("method", method)):
            if value:
                carry[key] = value
        if point is None and current is not None:
            point = current.point
        if point is None:
            point = ""
        if current is None or point != current.point or freq_text != current.frequency:
            current = PointGroup(point, freq_text, actor or None, method or None, row)
            groups.append(current)
        for k, (s, raw) in enumerate(found):
            current.substances.append((s, raw))
            limit_value = _limit_of(table, row, r, raw, (k, len(found)))
            if limit_value is not None:
                out.limits.append(
                    c.Limit(
                        substance=s,
                        medium=medium,
                        point=point or None,
                        limit=limit_value,
                        unit=unit,
                        provenance=ctx.row_provenance(ti, row),
                    )
                )
    for g in groups:
        freq = frequency(g.frequency)
        names = ", ".join(raw for _, raw in g.substances)
        out.add_obligation(
            c.Obligation(
                id="",
                kind="monitoring",
                text=f"{_MEDIUM_LABEL.get(medium, medium)}: {g.point or '—'} — {names}; {g.frequency or ''}".strip(
                    " ;"
                ),
                actor=g.actor,
                frequency=freq.word if freq else None,
                rrule=freq.rrule if freq else None,
                substances=tuple(s for s, _ in g.substances),
                point=g.point or None,
                provenance=ctx.row_provenance(ti, g.first_row),
                language=ctx.doc.language,
            )
        )


_MEDIUM_LABEL = {
    "air": "Атмосферный воздух",
    "water": "Водный объект",
    "soil": "Почва",
    "waste_water": "Сточные воды",
}


def _unit_of(table: Table, col: int | None) -> str | None:
    text = table.header[col] if col is not None and col < len(table.header) else " ".join(table.header)
    m = UNIT_IN_HEADER.search(text)
    if m:
        return normalise_unit(m.group(1))
    low = text.lower()
    for raw in ("мг/кг", "мг/дм3", "мг/л", "мг/м3", "mg/kg", "mg/l", "mg/m3"):
        if raw in low:
            return normalise_unit(raw)
    return None


def _is_note_row(texts: list[str]) -> bool:
    """A single text spanning the table: "мониторинг не предусмотрен, так как …"."""
    filled = [t for t in texts if t and not is_blank(t)]
    return len(filled) == 1 and len(filled[0]) > 60


def _point_of(table: Table, row: int, r: dict[str, int], medium: str) -> str | None:
    """The control point: its id (`т.1`, `Кт.2`) when it has one, else the point cell as written."""
    candidates = [r.get("point"), r.get("row_number")] + list(range(table.n_cols))
    for k in candidates:
        text = cell(table, row, k) if k in (r.get("point"),) else own_cell(table, row, k)
        if not text:
            continue
        m = POINT_ID.match(text)
        if m:
            return re.sub(r"\s+", "", m.group(1))
    text = cell(table, row, r.get("point"))
    if text and not is_blank(text) and match_substance(text, medium=medium) is None:
        return " ".join(text.split())
    return None


def _cell_substances(table: Table, row: int, r: dict[str, int], medium: str) -> list[tuple[c.Substance, str]]:
    col = r.get("substance")
    text = own_cell(table, row, col)
    if text and not is_blank(text):
        found = substances_in(text, medium) or (
            _by_code(text) if medium == "air" and re.fullmatch(r"[\d\s,;]+", text) else []
        )
        if found:
            return found
    for k in range(table.n_cols):
        if k == col:
            continue
        other = own_cell(table, row, k)
        if other and not POINT_ID.match(other):
            m = match_substance(other, medium=medium)
            if m is not None and m.score >= 90:
                return [(substance(other, medium), other)]
    if text and re.search(r"[^\W\d_]{3}", text) and not frequency(text):
        return [(c.Substance(name=text), text)]  # a name the reference list does not know
    return []


def _row_frequency(table: Table, row: int, r: dict[str, int]) -> str | None:
    col = r.get("frequency")
    for k in [col] + [k for k in range(table.n_cols) if k != col and k != r.get("nmu_frequency")]:
        text = own_cell(table, row, k) if k != col else cell(table, row, k)
        f = frequency(text)
        if f and f.word:
            return text
    return None


def _limit_of(
    table: Table, row: int, r: dict[str, int], raw_substance: str, place: tuple[int, int] = (0, 1)
) -> float | None:
    """The limit value: under the limit header, or right of the substance when the row is shifted.

    A cell that names several substances has its limits in the same order (`place`: the
    substance's index and how many the cell names), one per line or separated by spaces.
    """
    col = r.get("limit")
    if col is None:
        return None
    sub_col = next((k for k in range(table.n_cols) if own_cell(table, row, k) == raw_substance), None)
    if sub_col is not None and sub_col != r.get("substance"):
        col = sub_col + (col - r["substance"]) if "substance" in r else col
    text = own_cell(table, row, col)
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) > 1:  # one line per substance in both cells: `рН / Хлориды / Сульфаты` against `6,5-8,5 / 350 / 500`
        names = [line for line in own_cell(table, row, r.get("substance")).split("\n") if line.strip()]
        at = next((k for k, name in enumerate(names) if raw_substance in name or name in raw_substance), None)
        text = lines[at] if len(names) == len(lines) and at is not None else ""
    elif place[1] > 1:
        tokens = re.split(r"\s*;\s*|\s+(?=[\d\-–—<])", text.strip())
        numeric = all(re.fullmatch(r"[<>≤]?\s*\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?|[-–—]", t) for t in tokens)
        text = tokens[place[0]] if numeric and len(tokens) == place[1] else ""
    if is_blank(text) or frequency(text):
        return None
    return number(text)


# ------------------------------------------------------------------ inspections


def read_inspections(ctx: Context, out: Collector, ti: int, table: Table) -> None:
    r = roles(table)
    for row in range(len(table.rows)):
        target = cell(table, row, r.get("site")) or cell(table, row, r.get("name"))
        freq_text = cell(table, row, r.get("frequency"))
        if (is_blank(target) or target.isdigit()) and not frequency(freq_text):
            continue  # an empty row, or the row of column numbers
        out.add_obligation(inspection(ctx, target, freq_text, ctx.row_provenance(ti, row)))


def inspection(ctx: Context, target: str | None, freq_text: str | None, prov: c.Provenance) -> c.Obligation:
    """An internal inspection of a unit of the enterprise at its frequency."""
    freq = frequency(freq_text)
    return c.Obligation(
        id="",
        kind="inspection",
        text=f"Внутренняя проверка: {target or '—'}; {freq_text or ''}".strip(" ;"),
        frequency=freq.word if freq else None,
        rrule=freq.rrule if freq else None,
        provenance=prov,
        language=ctx.doc.language,
    )
