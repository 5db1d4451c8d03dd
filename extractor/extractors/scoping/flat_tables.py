"""Emission, waste and limit tables that a text dump flattened into lines (the grid lost): read by
their header words and the figures after each substance or name."""

from __future__ import annotations

import bisect
import re
from typing import Final

from extractor import contract as c
from extractor.context import (
    Collector,
    Context,
    clean_name,
    contract_substance,
    is_text,
    number,
)
from extractor.extractors.scoping.stream import _marks, is_total, last_label
from extractor.extractors.scoping.words import _LETTER, UNIT_MEDIA, _all, _labelled, table
from extractor.model import Block, BlockKind
from extractor.nlp.numbers import find_quantities
from extractor.nlp.substances import find_substances
from extractor.nlp.units import normalise_unit
from extractor.nlp.wastes import find_waste_codes


def text_table_limits(ctx: Context, out: Collector, stop: int | None) -> None:
    """A table of measurements against limits that a text dump flattened:
    `Точка отбора Вещество Фактическая концентрация, мг/м3 ПДК, мг/м3` then `Т-1 Азота диоксид 0,041 0,2`."""
    blocks = ctx.doc.blocks[:stop]
    i = 0
    while i < len(blocks):
        text = blocks[i].text if is_text(blocks[i]) else ""
        limit_word = re.search(_all(table("LIMIT_WORDS")), text)
        unit = _header_unit(text[limit_word.end() :]) if limit_word else None
        if (
            unit is None
            or re.search(r"\(\s*" + _all(table("LIMIT_WORDS")), text)
            or find_quantities(text[: limit_word.start()])
        ):
            i += 1
            continue
        j, parts = i + 1, [text]
        while j < len(blocks) and is_text(blocks[j]) and not _ends_flat_table(blocks[j]):
            parts.append(" ".join(blocks[j].text.split()))
            j += 1
        medium = UNIT_MEDIA.get(unit) or ("water" if unit in ("mg/l", "ug/l") else None)
        measured_first = bool(
            re.search(r"фактическ|измерен|нақты", text[: limit_word.start()], re.IGNORECASE)
        )
        if medium is not None:
            _flat_limits(ctx, out, " ".join(parts), text, medium, unit, measured_first, i)
        i = max(j, i + 1)


_POINT: Final = re.compile(
    r"(?<![\w.,])(?:кт|тп|пп|т|пост|точка)\s*[.\-–№]?\s*\d{1,3}(?![\w,])", re.IGNORECASE
)


def _flat_limits(
    ctx, out, text: str, header: str, medium: str, unit: str, measured_first: bool, block: int
) -> None:
    rows = text[_header_end(header) :]
    found = find_substances(rows, medium="water" if medium == "waste_water" else medium)
    point = None
    previous = 0
    for k, m in enumerate(found):
        before = rows[previous : m.start]
        pm = list(_POINT.finditer(before))
        point = re.sub(r"\s+", "", pm[-1].group(0)) if pm else point
        stop = found[k + 1].start if k + 1 < len(found) else len(rows)
        span = _POINT.split(rows[m.end : stop])[0]
        figures = [f.group(0) for f in _FIGURE.finditer(span) if f.group(0) not in "-–—"]
        previous = m.end
        if not figures:
            continue
        value = number(figures[0]) if measured_first and len(figures) >= 2 else None
        limit = number(figures[1] if measured_first and len(figures) >= 2 else figures[0])
        if limit is None:
            continue
        s = m.substance
        out.limits.append(
            c.Limit(
                substance=contract_substance(s),
                medium=medium,
                point=point,
                value=value,
                limit=limit,
                unit=unit,
                provenance=ctx.block_provenance(block),
            )
        )


def _header_end(header: str) -> int:
    """Where the header words end in a block that goes on with the first row: after the last unit."""
    ends = [m.end() for m in re.finditer(r"(?:мк?г|mg)\s*/\s*(?:дм3|л|м3|кг|l|m3|kg)", header, re.IGNORECASE)]
    return ends[-1] if ends else 0


def _header_unit(text: str) -> str | None:
    """The unit named in a header (`ПДК м.р., мг/м3`, `(мг/дм3)`)."""
    m = re.search(r"(?:мк?г|mg|ug|μg)\s*/\s*(?:дм3|дм³|л|м3|м³|кг|l|m3|kg)", text, re.IGNORECASE)
    return normalise_unit(m.group(0)) if m else None


def text_table_emissions(ctx: Context, out: Collector, stop: int | None) -> None:
    """An emission table that a text dump flattened into lines (`0301 Азота (IV) диоксид 2 0,2140 5,3120`).

    It starts at a line of header words naming g/s and t/y without figures; its rows are the
    substances after it, each with the figures up to the next substance, read in the order the
    header names its columns (hazard class, g/s, t/y). A total row ends the figures of the row above.
    """
    blocks = ctx.doc.blocks[:stop]
    i = 0
    while i < len(blocks):
        header = blocks[i].text if is_text(blocks[i]) else ""
        if not (_G_S_WORD.search(header) and _T_Y_WORD.search(header)) or find_quantities(header):
            i += 1
            continue
        j, lines = _flattened_lines(blocks, i + 1)
        if lines:
            before = " ".join(b.text for b in blocks[max(0, i - 3) : i + 1] if is_text(b))
            words = re.split(r"[.:;]\s", before)[-1]  # the header words over several lines, after the lead-in
            _flat_rows(ctx, out, words, lines, last_label(before, len(before), "PERIODS"))
        i = max(j, i + 1)


_G_S_WORD: Final = re.compile(r"(?<![^\W\d_])г/с(?:ек)?(?![^\W\d_])|g/s", re.IGNORECASE)


_T_Y_WORD: Final = re.compile(
    r"(?<![^\W\d_])т(?:онн)?/(?:год|г|период|жыл|кезең)(?![^\W\d_])|t/y", re.IGNORECASE
)


_CLASS_WORD: Final = re.compile(r"класс|кл\.|қауіптілік", re.IGNORECASE)


_FIGURE: Final = re.compile(r"(?<![\w,.\-–/])(?:\d+(?:[.,]\d+)?(?:[eE]-?\d+)?|[-–—])(?![\w,.\-–%/])")


def _ends_flat_table(block: Block) -> bool:
    """A caption, a heading or a sentence of running text after the rows."""
    text = block.text.strip()
    if block.kind == BlockKind.HEADING or re.match(r"^\s*(таблица|кесте|\d+-кесте)\b", text, re.IGNORECASE):
        return True
    if text.endswith(":") and not re.search(r"\d", text):
        return True  # the lead-in of what follows (`Выбросы загрязняющих веществ:`)
    return len(text.split()) >= 8 and text.endswith((".", ":")) and not re.search(r"\d[.,]\d", text)


def _flat_rows(ctx: Context, out: Collector, header: str, lines: list[tuple[int, str]], period) -> None:
    text = " ".join(t for _, t in lines)
    starts = [0]
    for _, t in lines[:-1]:
        starts.append(starts[-1] + len(t) + 1)
    found = list(find_substances(text, medium="air"))
    columns = _flat_columns(header)
    for k, m in enumerate(found):
        stop = found[k + 1].start if k + 1 < len(found) else len(text)
        span = text[m.end : stop]
        total = re.search(_all(table("TOTALS")), span, re.IGNORECASE)
        span = span[: total.start()] if total else span
        figures = [f.group(0) for f in _FIGURE.finditer(span)]
        nxt = found[k + 1].substance.code if k + 1 < len(found) else None
        if figures and nxt and figures[-1] == nxt:
            figures.pop()  # the code written before the next row's name
        cols = columns
        if len(figures) < len(cols) and cols and cols[0][0] == "class":
            cols = cols[1:]
        if len(figures) > len(cols):
            figures = figures[len(figures) - len(cols) :]
        values = list(zip(cols, figures, strict=False))
        hazard = next((re.fullmatch(r"[1-4]", f) for (kind, _), f in values if kind == "class"), None)
        s = m.substance
        row = bisect.bisect_right(starts, m.start) - 1
        for when in dict.fromkeys(p for kind, p in cols if kind != "class"):
            g_s = number(next((f for (kind, p), f in values if kind == "g_s" and p == when), None))
            t_y = number(next((f for (kind, p), f in values if kind == "t_y" and p == when), None))
            if g_s is None and t_y is None:
                continue
            when = when or period
            out.emissions.append(
                c.Emission(
                    substance=contract_substance(s),
                    raw=m.raw,
                    hazard_class=int(hazard.group(0)) if hazard else None,
                    g_s=g_s,
                    t_y=t_y,
                    period=str(when) if when else None,
                    provenance=ctx.block_provenance(lines[row][0]),
                )
            )


def _flat_columns(header: str) -> list[tuple[str, object | None]]:
    """The figure columns a flattened header names, in order: (`class`|`g_s`|`t_y`, the period over them)."""
    marks = [(m.start(), "class") for m in _CLASS_WORD.finditer(header)][:1]
    units = sorted(
        [(m.start(), "g_s") for m in _G_S_WORD.finditer(header)]
        + [(m.start(), "t_y") for m in _T_Y_WORD.finditer(header)]
    )
    starts, values = _marks("PERIODS", header)
    periods = [(p, v) for p, v in zip(starts, values, strict=True) if v is not None]
    if len(periods) >= 2 and units and periods[-1][0] < units[0][0] and len(units) % len(periods) == 0:
        # `Период строительства Период эксплуатации / г/с т/год г/с т/год`: the units split evenly under the periods
        size = len(units) // len(periods)
        named = [(kind, periods[k // size][1]) for k, (_, kind) in enumerate(units)]
    else:
        named = [(kind, last_label(header, pos, "PERIODS")) for pos, kind in units]
    return [("class", None) for _ in marks if not marks or marks[0][0] < units[0][0]] + named


def text_table_wastes(ctx: Context, out: Collector, stop: int | None) -> None:
    """A waste table that a text dump flattened (`Промасленная ветошь опасный 0,25`): rows end at their amount."""
    blocks = ctx.doc.blocks[:stop]
    i = 0
    while i < len(blocks):
        header = blocks[i].text if is_text(blocks[i]) else ""
        if not (_MASS_WORD.search(header) and re.search(r"отход|қалдық", header, re.IGNORECASE)) or re.search(
            r"\d[.,]?\d*\s*(?:т|тонн)", header
        ):
            i += 1
            continue
        j, lines = _flattened_lines(blocks, i + 1)
        before = " ".join(b.text for b in blocks[max(0, i - 3) : i + 1] if is_text(b))
        period = last_label(before, len(before), "PERIODS")
        group: bool | None = None
        for k, line in lines:
            codes = find_waste_codes(line, strict=False)
            plain = line
            for a, b, _ in reversed(codes):
                plain = plain[:a] + " " * (b - a) + plain[b:]
            figure = list(_FIGURE.finditer(plain))
            amount = number(figure[-1].group(0)) if figure else None
            name = clean_name(plain[: figure[-1].start()] if figure else plain)
            hazard = _row_hazard(name)
            name = clean_name(
                re.sub(rf"\s*(?<![^\W\d_]){_HAZARD_WORD}(?![^\W\d_])\s*$", "", name, flags=re.IGNORECASE)
            )
            skip, group = _group_or_skip(name, amount, group)
            if skip:
                continue
            code = codes[0][2] if codes else None
            if hazard is None:
                hazard = group if group is not None else (code.hazardous if code else None)
            out.wastes.append(_listed_waste(code, hazard, name, amount, period, ctx.block_provenance(k)))
        i = max(j, i + 1)


_MASS_WORD: Final = re.compile(
    r"(?<![^\W\d_])(?:т/(?:год|г|период|жыл|кезең)|тонн\w*|т)(?![^\W\d_/])", re.IGNORECASE
)


_HAZARD_WORD: Final = r"(?:не\s*опасн\w*|опасн\w*|қауіпті\s+емес|қауіпті)"


def _flattened_lines(blocks, start: int) -> tuple[int, list[tuple[int, str]]]:
    """The lines of a table a text dump has flattened, from `start` to where the table ends:
    (index of the first block after it, [(block index, text)])."""
    j, lines = start, []
    while j < len(blocks) and is_text(blocks[j]) and not _ends_flat_table(blocks[j]):
        lines.append((j, " ".join(blocks[j].text.split())))
        j += 1
    return j, lines


def _group_or_skip(name: str, amount: float | None, group: bool | None) -> tuple[bool, bool | None]:
    """(skip this row?, the hazard group rows below belong to). A row without an amount heads a group
    (`Опасные отходы`); a total, or a row without a name, is no waste."""
    if amount is None:
        label = last_label(name, len(name), "HAZARD")
        return True, bool(label) if label is not None else group
    return not _LETTER.search(name) or is_total(name), group


def _listed_waste(
    code, hazard: bool | None, name: str, amount: float, period, provenance: c.Provenance
) -> c.Waste:
    """A waste of a conclusion's list or table: an amount with its normalised code, hazard and period."""
    return c.Waste(
        code=code.code if code else None,
        hazardous=hazard,
        name=name,
        amount_t=amount,
        period=str(period) if period else None,
        provenance=provenance,
    )


def _row_hazard(text: str) -> bool | None:
    """`опасный` / `неопасный` (or `опасные отходы` …) written in a cell."""
    for pattern, value in _labelled("HAZARD_SUBTOTAL"):
        if pattern.search(text):
            return bool(value)
    return None
