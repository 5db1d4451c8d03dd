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
from extractor.context import (
    Collector,
    Context,
    clean_name,
    contract_substance,
    is_blank,
    number,
    substances_in,
)
from extractor.model import BlockKind
from extractor.nlp.coordinates import find_coordinates
from extractor.nlp.frequency import find_frequencies, find_frequency
from extractor.nlp.identifiers import find_bins, find_source_numbers, is_kato, is_oked, normalise_oked
from extractor.nlp.substances import find_substances
from extractor.nlp.wastes import find_waste_codes
from extractor.parsers.tables import is_caption
from extractor.tables.facility import category_and_capacity
from extractor.tables.inspections import inspection
from extractor.tables.limit_cells import medium_of, unit_in
from extractor.tables.profile import POINT_ID
from extractor.tables.records import SourceRecord, add_source
from extractor.tables.sources import method_of
from extractor.tables.wastes import add_listed

SECTION_PURPOSES: list[tuple[str, str]] = [
    ("facility", r"общие сведения о предприятии|кәсіпорын туралы жалпы|thông tin chung về cơ sở"),
    ("wastes", r"отход|қалдық|chất thải"),
    ("inspections", r"внутренн\w* провер|ішкі тексер|kiểm tra nội bộ"),
    ("sources", r"источник\w* выброс|шығарынды көз|nguồn thải"),
    ("monitoring", r"наблюдени|мониторинг|контрол|бақылау|quan trắc"),
]
POINT_IN_TEXT = re.compile(
    r"(?<![\w.,])(?:(?:кт|к\.т|тп|пп|пнз|т)(?:\s?[.\-–]\s?|\s?№\s?)?|(?:пост|скв|точка)\s*[.\-–]?\s*№?\s*)\d{1,3}[a-zа-я]?(?![\w,])",
    re.I,
)
BARE_POINT = re.compile(r"(?<![\w.,])№\s?\d{1,3}(?![\w,.])")
"""`№1 (граница СЗЗ)`: a point by its number alone, taken when no point has a lettered id."""
"""A control point id anywhere in a line (`т.1`, `КТ-2`, `пост № 3`): a flattened table's rows start at them."""
COLUMN_NUMBERS = re.compile(r"(?:^|\s)1(?:\s+\d{1,2}){2,}(?=\s|$)")


def read_lost_tables(
    ctx: Context, out: Collector, found: set[str], records: dict[str, SourceRecord] | None = None
) -> None:
    for start, caption, header, lines in _sections(ctx):
        purpose = next((p for p, pattern in SECTION_PURPOSES if re.search(pattern, caption.lower())), None)
        if purpose is None or not lines:
            continue
        prov = ctx.block_provenance(start)
        if purpose == "sources":
            if records is not None:
                _sources(out, caption, lines, prov, records)
            continue
        if purpose in found:
            continue
        if purpose == "facility":
            _facility(out, lines, prov)
        elif purpose == "wastes":
            _wastes(out, lines, prov)
        elif purpose == "monitoring":
            _monitoring(ctx, out, caption, header, lines, prov)
        elif purpose == "inspections":
            _inspections(ctx, out, lines, prov)


def _sections(ctx: Context):
    """(block index, caption, header words, data lines after the column-number row) per unattached caption."""
    blocks = ctx.doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == BlockKind.TABLE or not is_caption(block.text):
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and not _ends_section(blocks[j]):
            if blocks[j].kind == BlockKind.TABLE:
                break
            j += 1
        texts = [
            f"{b.number} {b.text}" if b.number and b.kind != BlockKind.TABLE else b.text
            for b in blocks[i + 1 : j]
        ]
        prose = next((k for k, t in enumerate(texts) if _is_prose(t)), len(texts))
        texts = texts[:prose]
        numbered = next((k for k, t in enumerate(texts) if COLUMN_NUMBERS.search(t)), None)
        if numbered is not None:
            row = COLUMN_NUMBERS.search(texts[numbered])
            tail = texts[numbered][row.end() :].strip()
            data = ([tail] if tail else []) + texts[numbered + 1 :]
            header = " ".join([*texts[:numbered], texts[numbered][: row.start()]])
        else:
            data = texts  # a form without its row of column numbers: header words come along, harmlessly
            header = " ".join(texts[:3])
        if data:
            yield i, block.text, header, [t for t in data if not is_blank(t)]
        i = j


def _ends_section(block) -> bool:
    """A caption, or a heading of words: a "heading" with figures (`35.30.0 II категория, 120`) is a table row
    the text reader took for a numbered heading."""
    if is_caption(block.text):
        return True
    return block.kind == BlockKind.HEADING and not re.search(r"\d", block.text)


def _is_prose(text: str) -> bool:
    """A sentence of running text after the table (`Отчеты … представляются …`): the table is over.

    A cell listing items (`Азота диоксид, азота оксид, серы диоксид, …`) is no sentence.
    """
    text = re.sub(r"^\s*\d+(?:\.\d+)*[.)]?\s+", "", text)  # `4. Методы … Отчет …`: a numbered section's text
    words = text.split()
    return (
        len(words) >= 12
        and text.rstrip().endswith(".")
        and text.lstrip()[:1].isupper()
        and text.count(",") * 3 < len(words)
    )


def _facility(out: Collector, lines: list[str], prov: c.Provenance) -> None:
    text = "\n".join(lines)
    bins = find_bins(text)
    taken = {b.value for b in bins}
    numbers = re.findall(r"(?<!\d)\d{5,9}(?!\d)", text)
    kato = next((n for n in numbers if len(n) == 9 and is_kato(n) and not any(n in b for b in taken)), None)
    oked = next((n for n in numbers if len(n) == 5 and is_oked(n) and not any(n in b for b in taken)), None)
    if oked is None:
        dotted = re.search(r"(?<![\d.,:])\d{2}\.\d{2}(?:\.\d)?(?![\d.,:])", text)
        oked = normalise_oked(dotted.group(0)) if dotted else None
    category, capacity = next(
        (found for line in lines if (found := pt_category(_from_category(line)))[0] is not None), (None, None)
    )
    if category is None:
        bare = re.search(r"(?<![\w(,.])(IV|I{1,3})(?![\w),.])", text)
        category = bare.group(1) if bare else None
    coords = find_coordinates(text)
    name = _facility_name(lines)
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


def _from_category(line: str) -> str:
    """A row line from its category on (`… 06100 I санат, 350 мың тонна`): what follows is the capacity."""
    m = re.search(r"(?<![\w(,.])(IV|I{1,3}|[1-4])\s*(?:-?\s*(?:я|й|ой|ая)\s*)?(?:категори|санат)", line, re.I)
    return line[m.start() :] if m else line


def _facility_name(lines: list[str]) -> str | None:
    """The first cell: the words before the first code (BIN, KATO), over as many lines as it wraps."""
    head: list[str] = []
    for line in lines[:6]:
        code = re.search(r"\d{5,}", line)
        head.append(line[: code.start()] if code else line)
        if code:
            break
    name = clean_name(re.sub(r"^\s*\d{1,3}[.)]?\s+", "", " ".join(head)))
    return name if re.search(r"[^\W\d_]{3}", name) else None


def pt_category(text: str):
    return category_and_capacity(text)


def _wastes(out: Collector, lines: list[str], prov: c.Provenance) -> None:
    for line in lines:
        previous = 0
        for start, end, _code in find_waste_codes(
            line, strict=False
        ):  # a waste table: bare `170405` is a code
            name = line[previous:start]
            previous = end
            row_numbers = list(re.finditer(r"(?:^|\s)\d{1,3}[.)]?\s+(?=[^\W\d_])", name))
            if (
                row_numbers
            ):  # `… Передача сторонней организации 2 Промасленная ветошь`: the row starts at its number
                name = name[row_numbers[-1].end() :]
            add_listed(out, name, line[start:end], "", prov)


def _monitoring(
    ctx: Context, out: Collector, caption: str, header: str, lines: list[str], prov: c.Provenance
) -> None:
    """One monitoring obligation per control point (`т.1`, `КТ-2` opening a row), else one for the section;
    limit values written right after their substance when the header has a limit column."""
    medium = medium_of(caption) or "air"
    unit = _limit_unit(caption + " " + header)
    text = "\n".join(lines)
    starts = [m.start() for m in POINT_IN_TEXT.finditer(text)]
    if not starts:
        bare = list(BARE_POINT.finditer(text))
        starts = [m.start() for m in bare] if len({m.group(0) for m in bare}) >= 2 else []
    if not starts:
        starts = _numbered_rows(text)
    if not starts:
        _point_monitoring(ctx, out, medium, lines, prov, None, unit)
        return
    carried = find_frequency(text[: starts[1]] if len(starts) > 1 else text)
    for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
        part = [ln.strip() for ln in text[a:b].split("\n") if ln.strip()]
        carried = _point_monitoring(ctx, out, medium, part, prov, carried, unit) or carried


def _point_before(text: str, first_substance: str) -> str | None:
    """The words of a row before its first substance (`1 Граница СЗЗ (4 точки…)`): the point, row number dropped."""
    head = text[: text.find(first_substance)] if first_substance in text else ""
    head = clean_name(re.sub(r"^\s*\d{1,2}[.)]?\s+", "", head))
    return head if re.search(r"[^\W\d_]{3}", head) and len(head.split()) <= 12 else None


def _numbered_rows(text: str) -> list[int]:
    """Where rows numbered 1, 2, 3 … (the `№ п/п` column) start their line; at least two of them."""
    starts: list[int] = []
    for m in re.finditer(r"(?m)^\s*(\d{1,2})[.)]?\s+(?=[^\W\d_])", text):
        freq = find_frequency(text[m.start() : m.start() + 40])
        if freq is not None and (freq.start or 0) <= m.end() - m.start():
            continue  # `2 раза в год`: a frequency, not row 2
        if int(m.group(1)) == len(starts) + 1:
            starts.append(m.start())
    return starts if len(starts) >= 2 else []


def _limit_unit(header: str) -> str | None:
    """The unit of a limit column named in the header words (`ПДК, мг/кг`), or None without one."""
    low = header.lower()
    if not re.search(r"пдк|предельно.допустим|норматив|шекті|qcvn|giới hạn", low):
        return None
    return unit_in(header)


def _line_limits(line: str, medium: str) -> list[tuple[c.Substance, float]]:
    """`Свинец 32,0 2 раза в год Цинк 23,0` → each substance with the figure written right after it."""
    matches = find_substances(line, medium=medium)
    out = []
    for k, m in enumerate(matches):
        stop = matches[k + 1].start if k + 1 < len(matches) else len(line)
        figure = re.match(r"\s*[-–—:]?\s*(\d+(?:[.,]\d+)?)(?!\s*раз)(?![\d.,])", line[m.end : stop])
        value = number(figure.group(1)) if figure else None
        if value is not None:
            out.append((contract_substance(m.substance), value))
    return out


def _point_monitoring(
    ctx: Context, out: Collector, medium: str, lines: list[str], prov: c.Provenance, carried, unit=None
):
    text = " ".join(lines)
    found = substances_in(text, medium)
    freq = find_frequency(text) or carried
    if not found:
        return freq
    m = POINT_ID.match(lines[0]) or BARE_POINT.match(lines[0])
    point = None if m else _point_before(text, found[0][1])
    if not m and point is None:
        point = next((ln for ln in lines if not substances_in(ln, medium) and not find_frequency(ln)), None)
    m = m or POINT_ID.match(point or "")
    point = (
        re.sub(r"\s+", "", m.group(1))
        if m
        else (clean_name(re.sub(r"^\d{1,3}[.)]?\s+", "", point)) if point else None)
    )
    if unit:
        for line in lines:
            for s, value in _line_limits(line, medium):
                out.limits.append(
                    c.Limit(substance=s, medium=medium, point=point, limit=value, unit=unit, provenance=prov)
                )
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
    return freq


def _sources(
    out: Collector, caption: str, lines: list[str], prov: c.Provenance, records: dict[str, SourceRecord]
) -> None:
    """Sources and their pollutants from a source table that lost its grid.

    Row by row, a source number comes before the substances of its row (the number column stands
    left of the substance column in every form), so the substances between one number and the
    next belong to it. A four-digit code written before a substance's name (`0301 Азота диоксид`)
    is that substance's code, not a source.
    """
    method = method_of(caption)
    text = "\n".join(lines)
    groups: list[tuple[int, int, list[str]]] = []
    for sn in find_source_numbers(text):
        if _is_substance_code(text, sn.start, sn.end, sn.number):
            continue
        if groups and (
            groups[-1][0] == sn.start or re.fullmatch(r"[\s,;и]*", text[groups[-1][1] : sn.start])
        ):
            groups[-1] = (groups[-1][0], max(groups[-1][1], sn.end), [*groups[-1][2], sn.number])
        else:
            groups.append((sn.start, sn.end, [sn.number]))
    for k, (_, end, numbers) in enumerate(groups):
        stop = groups[k + 1][0] if k + 1 < len(groups) else len(text)
        segment = text[end:stop]
        found = substances_in(segment, "air")
        freq = find_frequency(segment)
        row_method = method_of(segment) or method  # a method column (`АСМ`, `инструментальный`)
        for num in dict.fromkeys(numbers):
            rec = add_source(records, num, None, None, None, row_method, prov)
            if row_method in ("instrumental", "automated") or (row_method is None and freq):
                rec.measured.extend(item for item in found if all(item[0] != s for s, _ in rec.measured))
                if freq and freq.word and not rec.frequency:
                    rec.frequency = freq.raw
            out.emissions.extend(
                c.Emission(substance=s, raw=raw, source_number=num, provenance=prov) for s, raw in found
            )


def _is_substance_code(text: str, start: int, end: int, number: str) -> bool:
    """`0301 Азота (IV) диоксид`: the number is the code of the substance named right after it."""
    after = re.match(r"[\s\-–—.:)]*", text[end:])
    head = text[end + (after.end() if after else 0) :][:120]
    found = substances_in(head.split("\n")[0], "air")
    return bool(found) and found[0][0].code == number and head.lower().startswith(found[0][1].lower()[:3])


def _inspections(ctx: Context, out: Collector, lines: list[str], prov: c.Provenance) -> None:
    """One inspection per unit and frequency: each frequency closes the row of the unit named before it."""
    text = " ".join(lines)
    previous = 0
    for freq in find_frequencies(text):
        target = clean_name(re.sub(r"^\s*\d{1,3}[.)]?\s+", "", text[previous : freq.start or 0]))
        previous = freq.end or previous
        if freq.word is None and not re.search(r"[^\W\d_]{3}", target):
            continue
        out.add_obligation(
            inspection(ctx, target if re.search(r"[^\W\d_]{3}", target) else None, freq.raw, prov)
        )
