"""Emission tables: pollutants with their rates (g/s, t/y), hazard class and period.

`Код | Наименование вещества | Класс опасности | г/с | т/год`, with or without the code,
the class as a column or as a note in the name (`(3 кл. опасн.)`), one pair of rate columns
or one per period under merged headers (`Период строительства: г/с | т/год | Период
эксплуатации: г/с | т/год`). Tables that name sources are read by `sources`, which uses the
column helpers here for their rates.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extractor import columns as words
from extractor import contract as c
from extractor.columns import is_total
from extractor.context import (
    Collector,
    Context,
    cell,
    clean_name,
    contract_substance,
    is_blank,
    number,
    row_title,
    substance,
    substances_in,
)
from extractor.model import Cell, Table
from extractor.nlp.identifiers import find_source_numbers
from extractor.nlp.substances import substance_by_code
from extractor.tables.blocks import summed_blocks
from extractor.tables.profile import mostly_figures
from extractor.tables.records import add_source, sources_mentioned

G_S_WORD = re.compile(r"(?<![^\W\d_])г/с(?:ек)?(?![^\W\d_])|g/s", re.IGNORECASE)
T_Y_WORD = re.compile(
    r"(?<![^\W\d_])т(?:онн)?/(?:год|г|период|жыл|ж|кезең)(?![^\W\d_])|t/y|tấn/năm", re.IGNORECASE
)
LETTER = re.compile(r"[^\W\d_]")
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@cache
def _class_notes() -> re.Pattern[str]:
    return re.compile(
        "|".join(f"(?:{p})" for p in words.words("HAZARD_CLASS_NOTES")) or "(?!)", re.IGNORECASE
    )


def hazard_class_of(text: str) -> int | None:
    """The hazard class written in a note (`(3 кл. опасн.)` → 3), None for `(-)` or no note."""
    m = _class_notes().search(text)
    if not m:
        return None
    value = next(g for g in m.groups() if g)
    return ROMAN.get(value) or int(value)


def without_hazard_class(name: str) -> str:
    """The substance name without its hazard note, for the reference-list lookup."""
    return clean_name(_class_notes().sub(" ", name)).rstrip(" -–—,")


def hazard_class_cell(text: str) -> int | None:
    """A hazard-class cell: `2`, `II`, `3 класс`, or after the code under `Код (класс опасности)`:
    `0301 (2)`; None for `-` or text."""
    m = re.fullmatch(r"\s*(?:\d{4}\s*\(\s*(?=[1-4IV]+\s*\)))?([1-4]|IV|I{1,3})\s*(?:кл\w*\.?|класс\w*|сынып\w*)?\s*\)?\s*", text or "")
    return (ROMAN.get(m.group(1)) or int(m.group(1))) if m else None


def with_unit_row(table: Table) -> Table:
    """A table whose second header row (`г/с | т/год | г/с | т/год`) the reader took for a body row:
    that row read as header too (it stays in the body, where it has no figures, so rows keep their index)."""
    if not table.rows:
        return table
    first = [cell(table, 0, k).strip() for k in range(table.n_cols)]
    units = [t for t in first if t]
    if not any(G_S_WORD.fullmatch(t) for t in units) or not all(
        G_S_WORD.fullmatch(t) or T_Y_WORD.fullmatch(t) for t in units
    ):
        return table
    return replace(table, header_rows=(*table.header_rows, table.rows[0]))


SOURCE_HEADING = re.compile(
    r"^\W*(?:источник\w*|ист\.|иза|лшк|алшк|көз\w*|nguồn\w*)?\s*(?:выброс\w*\s*)?№?\s*(\d{4})\s*[-–—:.]?\s*(.*)$",
    re.I | re.S,
)


def source_heading(text: str) -> tuple[str, str | None] | None:
    """(number, name) of a row that heads a source's substances: `Источник № 0001 – Дымовая труба
    котельной (организованный)`; the note on its type in brackets is left out of the name."""
    m = SOURCE_HEADING.match(" ".join((text or "").split()))
    if m is None or not find_source_numbers(m.group(1)):
        return None
    name = re.sub(r"\s*\([^()]*\)\s*$", "", m.group(2)).strip(" -–—") or None
    return m.group(1), name


CONTEXT_SOURCE = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?((?:источник|ист\.|көз|nguồn)\w*.*)$", re.I | re.S
)


NUMBER_FIRST_SOURCE = re.compile(r"№\s*(\d{4})\s+(?:«([^»]{2,100})»\s+)?көз\w*\s*[-–—:]?\s*(.*)$", re.I | re.S)


def _context_source(context: tuple[str, ...]) -> tuple[str, str | None] | None:
    """The one source a table's caption or heading names (`Источник № 0002 – …`, `Таблица 3 – Источник 6001`)."""
    for text in context[:3]:
        if m := NUMBER_FIRST_SOURCE.search(text or ""):  # Kazakh puts the number first: `№ 6004 көз – …`
            name = m.group(2) or re.sub(r"\s*\([^()]*\)\s*$", "", m.group(3)).strip(" -–—«»\"") or None
            return m.group(1), name
        for part in re.split(r"\s+[–—-]\s+(?=(?:источник|ист\.|көз|nguồn))", text or "", flags=re.I):
            m = CONTEXT_SOURCE.match(part)
            if m and (found := source_heading(m.group(1))) is not None:
                return found
    for text in context[:2]:  # `Расчет выбросов от источника № 0001 «Зерносушилка»`: named in the caption or lead-in
        if len(named := sources_mentioned(text or "")) == 1:
            after = re.search(rf"{named[0]}\s*[-–—:]?\s*[«\"]([^»\"]{{3,80}})[»\"]", text)
            return named[0], after.group(1).strip() if after else None
    return None


def first_rate(rates: list) -> float | None:
    """A row's first figure, g/s before t/y."""
    return next((v for g, t, _ in rates for v in (g, t) if v is not None), None)


def rate_columns(table: Table) -> list[tuple[int | None, int | None, str | None]]:
    """(g/s column, its t/y column, the period its header names) for every pair of rate columns; a
    column of a part (`в том числе аварийные, кг/год`) beside its whole is none."""
    kinds = words.header_roles(table)
    part = words.compiled("PART_WORDS")
    for k, kind in enumerate(kinds):
        if kind in ("g_s", "t_y") and part.search(words.flat(table.header_parts[k][-1])) and kinds.count(kind) > 1:
            kinds[k] = None
    raw = words.compiled("BEFORE_TREATMENT_WORDS")
    before = [k for k, kind in enumerate(kinds) if kind in ("g_s", "t_y") and raw.search(words.flat(table.header[k]))]
    if before and len(before) < sum(1 for kind in kinds if kind in ("g_s", "t_y")):
        for k in before:
            kinds[k] = None  # `Tải lượng chưa xử lý | … | Tải lượng sau xử lý`: the emitted rates are after
    g_cols = [k for k, kind in enumerate(kinds) if kind == "g_s"]
    if len(g_cols) == 1 and "t_y" not in kinds and PER_YEAR_MASS.search(table.header[g_cols[0]]):
        g = g_cols[0]  # `Выброс, г/с / т/год` over `0,0047 / 0,0627`: both rates in each cell
        return [(g, g, words.label_of("PERIOD_WORDS", table.header[g]))]
    out: list[tuple[int | None, int | None, str | None]] = []
    for n, g in enumerate(g_cols):
        limit = g_cols[n + 1] if n + 1 < len(g_cols) else len(kinds)
        t = _whole_year([k for k in range(g + 1, limit) if kinds[k] == "t_y"], table)
        if t is None and len(g_cols) == 1:
            t = _mate(table, g, [k for k, kind in enumerate(kinds) if kind == "t_y"])
        if t is None and len(g_cols) == 1:
            t = _event_mass(table, g)
        out.append((g, t, words.label_of("PERIOD_WORDS", table.header[g])))
    if not g_cols:
        t_cols = _totals_of_groups(table, [k for k, kind in enumerate(kinds) if kind == "t_y"])
        out = [(None, k, words.label_of("PERIOD_WORDS", table.header[k])) for k in t_cols]
    return out


def _totals_of_groups(table: Table, cols: list[int]) -> list[int]:
    """Of the yearly columns under one parent (`ИЗА 0001: камера 1 | камера 2 | всего, т/год`), the total
    when there is one: the parts are in it."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for k in cols:
        groups.setdefault(table.header_parts[k][:-1], []).append(k)
    out = []
    for parent, members in groups.items():
        totals = [k for k in members if is_total(table.header_parts[k][-1])]
        out.extend(totals if parent and len(members) > 1 and len(totals) == 1 else members)
    return sorted(out)


def _whole_year(cols: list[int], table: Table) -> int | None:
    """The yearly-mass column of a g/s column: the first, or the year's total beside its seasons
    (`Валовый выброс, т: весенняя путина | осенняя путина | всего за год`)."""
    whole = words.compiled("YEAR_TOTAL_WORDS")
    for k in cols if len(cols) > 1 else ():
        label = table.header_parts[k][-1] if len(table.header_parts[k]) > 1 else ""
        if label and whole.search(words.flat(label)):
            return k
    return cols[0] if cols else None


KG = re.compile(r"(?<![^\W\d_])(?:kg|кг)\s*/", re.I)
"""A yearly rate given in kilograms (`Tải lượng (kg/năm)`, `кг/год`), which the contract keeps in tonnes."""


def row_rates(
    table: Table, row: int, pairs: list[tuple[int | None, int | None, str | None]], lang: str | None = None
) -> list[tuple[float | None, float | None, str | None]]:
    """(g/s, t/y, period) of a row for every pair of rate columns, figures read in the language's
    notation (`1.580` is 1580 in Vietnamese) and kilograms a year turned into tonnes."""
    out = []
    for g, t, period in pairs:
        if g is not None and g == t:  # both rates in one cell, g/s first (`0,0047 / 0,0627`)
            first, _, second = cell(table, row, g).partition("/")
            out.append((number(first, lang), _tonnes(table, t, number(second, lang)) if second.strip() else None, period))
            continue
        out.append((_grams(table, g, number(cell(table, row, g), lang)), _tonnes(table, t, number(cell(table, row, t), lang), row), period))
    return out


MILLI = re.compile(r"(?<![^\W\d_])(?:mg|мг)\s*/\s*(?:s|с|giây)\b|[×x*]\s*10\s*(?:⁻³|-3|\^\s*-\s*3|e-3)", re.I)
"""A rate per second in thousandths of a gram: `Tải lượng (mg/s)`, `г/с × 10⁻³`."""


def _grams(table: Table, g: int | None, value: float | None) -> float | None:
    """A rate in grams a second: milligrams, or figures scaled by 10⁻³ in the g/s column's header, multiplied."""
    if value is None or g is None or not MILLI.search(table.header[g]):
        return value
    return round(value / 1000, 12)


def _tonnes(table: Table, t: int | None, value: float | None, row: int | None = None) -> float | None:
    """A yearly figure in tonnes: kilograms (`кг/год`, `kg/năm` in the t/y column's header, or `кг` in the
    row's own unit column under a header that names no unit) divided."""
    if value is None or t is None:
        return value
    if KG.search(table.header[t]) or LONE_KG.search(table.header[t]) or (row is not None and not MASS_UNIT.search(table.header[t]) and ROW_KG.match(_row_unit(table, row))):
        return round(value / 1000, 9)
    return value


LONE_KG = re.compile(r"(?<![^\W\d_])(?:кг|kg)(?![^\W\d_])(?!\s*/)", re.I)
"""Kilograms with no time after them (`Масса выброса, кг`): a release's mass, which the contract keeps in tonnes."""
MASS_UNIT = re.compile(r"(?<![^\W\d_])(?:т|тонн\w*|t|tấn|кг|kg)(?![^\W\d_])", re.I)
ROW_KG = re.compile(r"\s*(?:кг|kg)(?![^\W\d_])", re.I)
"""A row's unit in kilograms (`кг`, `kg/năm`) beside a yearly figure whose header gives none."""


def _row_unit(table: Table, row: int) -> str:
    """The text of the row's unit column (`Ед. изм.`, `Өлш. бірл.`, `Đơn vị`), '' when the table has none."""
    return next((cell(table, row, k) for k in range(table.n_cols) if words.role_of(table.header[k]) == "unit"), "")


def _column_totals(
    table: Table, pairs: list[tuple[int | None, int | None, str | None]], name_cols: list[int], lang: str | None,
    one_source: bool,
) -> list[tuple[float | None, float | None]] | None:
    """(g/s, t/y) per substance column of a matrix whose rows are parts of one source's emission (an
    aircraft type, a machine) under a total row, a row labelled with a rate (`Максимальный разовый
    выброс, г/с`) giving that rate; None without a total row, or when nothing says the rows are parts
    of one source (its name over the table, or a rate row for it all)."""
    sums: list[list[float | None]] = [[None, None] for _ in pairs]
    totalled, rated = False, False
    for row in range(len(table.rows)):
        label = " ".join(cell(table, row, k) for k in name_cols)
        kind, total = words.role_of(label), is_total(label)
        if not total and kind != "g_s":
            continue
        totalled, rated = totalled or total, rated or (kind == "g_s" and not total)
        for n, (g_s, t_y, _) in enumerate(row_rates(table, row, pairs, lang)):
            if kind == "g_s":  # `Максимальный разовый выброс, г/с` under columns of t/y
                sums[n][0] = t_y if t_y is not None else g_s if g_s is not None else sums[n][0]
                continue
            sums[n][0] = g_s if g_s is not None else sums[n][0]
            sums[n][1] = t_y if t_y is not None else sums[n][1]
    return [(g, t) for g, t in sums] if totalled and (one_source or rated) else None


def figures_listed(text: str, n: int | None = None) -> list[str]:
    """The figures a cell lists one after another (`0,3054 / 0,06997`, `0,161 0,0857`, one a line); a
    figure's thousands kept with it (`11 240` one a line, or `59,86 11 240 1 892` in a row) unless
    the figures apart are the `n` expected."""
    if not text:
        return []
    if "\n" in text.strip():
        return [x for x in re.split(r"\s*\n\s*|\s*;\s*", text.strip()) if x]
    apart = [x for x in re.split(r"\s*;\s*|\s+(?=[\d<])", text.strip()) if x]
    if n is not None and len(apart) == n:
        return apart
    out: list[str] = []
    for x in apart:
        if out and _THOUSANDS.fullmatch(x) and re.fullmatch(r"\d{1,3}", out[-1]):
            out[-1] += " " + x
        elif x:
            out.append(x)
    return out


_THOUSANDS = re.compile(r"\d{3}(?:[.,]\d+)?")


def listed_rates(
    table: Table, row: int, pairs: list[tuple[int | None, int | None, str | None]], n: int, lang: str | None = None
) -> list[tuple[float | None, float | None, str | None]] | None:
    """The rates of `n` pollutants named in one cell, when each rate cell lists `n` figures in the same
    order (`Аммиак / Сероводород` beside `0,3054 / 0,06997`); None when the figures do not line up."""
    if len(pairs) != 1:
        return None
    g, t, period = pairs[0]
    columns = []
    for k in (g, t):
        text = cell(table, row, k) if k is not None else ""
        tokens = figures_listed(text, n)
        values = [number(x, lang) for x in tokens]
        if k is not None and (len(values) != n or any(v is None for v in values)):
            return None
        columns.append(values if k is not None else [None] * n)
    return [(columns[0][i], _tonnes(table, t, columns[1][i]), period) for i in range(n)]


def _rates_apart(
    table: Table, row: int, pairs: list[tuple[int | None, int | None, str | None]], lang: str | None
) -> list[tuple[float | None, float | None, str | None]] | None:
    """The rates of one pollutant's several places, a figure each in every rate cell in the same order
    (`0,161 0,0857 | 1,91 0,032`); None unless the cells list two figures or more alike."""
    if len(pairs) != 1:
        return None
    col = pairs[0][0] if pairs[0][0] is not None else pairs[0][1]
    text = cell(table, row, col).strip() if col is not None else ""
    n = len(figures_listed(text))
    return listed_rates(table, row, pairs, n, lang) if n > 1 else None


def _pair_parts(table: Table, pair: tuple[int | None, int | None, str | None]) -> tuple[str, ...]:
    """The header parts over a pair of rate columns (its g/s column's, else its t/y column's)."""
    col = pair[0] if pair[0] is not None else pair[1]
    return tuple(table.header_parts[col]) if col is not None else ()


def pair_sources(table: Table, pairs: list[tuple[int | None, int | None, str | None]]) -> list[str | None]:
    """The source each pair of rate columns is grouped under (`ИЗА 0001 – дымовая труба | Н = 180 м | г/с`),
    None for a pair under no source; all None unless two pairs name sources."""
    out: list[str | None] = []
    for pair in pairs:
        found: list[str] = []
        for label in _pair_parts(table, pair)[:-1]:  # `Нормативы по источникам | ИЗА № 0001 | Дымовая труба | г/с`: any level
            found = sources_mentioned(label, leading=True)
            if len(found) == 1 and table_substance(label).code == found[0]:
                found = []  # `0418 Пропан`: a pollutant's code before its name, no source
            if len(found) == 1:
                break
        out.append(found[0] if len(found) == 1 else None)
    return out if sum(1 for n in out if n) >= 2 else [None] * len(pairs)


def pair_hazard(table: Table, pair: tuple[int | None, int | None, str | None]) -> int | None:
    """The hazard class written in the header over a pair of rate columns."""
    parts = _pair_parts(table, pair)
    found = hazard_class_of(" ".join(parts[:-1])) if len(parts) > 1 else None
    if found is None and pair[0] is not None:  # `| Класс опасности | | 2 | | 3 |` under the header: a row of classes
        for row in range(min(len(table.rows), CLASS_ROW_DEPTH)):
            label = " ".join(t for k in range(min(pair[0], table.n_cols)) if not is_blank(t := cell(table, row, k)))
            if words.role_of(label) == "hazard_class":
                return hazard_class_cell(cell(table, row, pair[0]))
    return found


CLASS_ROW_DEPTH = 3
"""How far under the header a row of hazard classes is looked for."""


def group_label(table: Table, pair: tuple[int | None, int | None, str | None]) -> str:
    """The top header over a pair of rate columns, when the pair sits under a group."""
    parts = _pair_parts(table, pair)
    return parts[0] if len(parts) > 1 else ""


def _key_columns(table: Table, figures: list[int], skip: set[int | None]) -> list[int]:
    """The columns that say what each row is: those before the first figure, or, when those are only its
    number or code, the columns of words after the figures (`№ | SO2 | NO2 | Предприятие | Итого`)."""
    lead = list(range(min(figures)))
    if any(i not in skip for i in lead):
        return lead
    after = [i for i in range(min(figures), table.n_cols) if i not in figures and i not in skip and not mostly_figures(table, i)]
    return lead + after


def _event_mass(table: Table, g: int) -> int | None:
    """The one column of an emitted mass beside a lone g/s column (`Масса выброса, кг | Максимальный выброс,
    г/с`, `Khối lượng phát thải (kg)`): a release's whole mass, kept as its tonnes."""
    emitted = words.compiled("EMITTED_WORDS")
    found = [k for k in range(table.n_cols) if k != g and LONE_MASS.search(table.header[k]) and emitted.search(words.flat(table.header[k]))]
    return found[0] if len(found) == 1 else None


LONE_MASS = re.compile(r"(?<![^\W\d_])(?<!/)(?<!/\s)(?:т|тонн\w*|tấn|кг|kg)(?![^\W\d_])(?!\s*/)", re.I)
"""A mass with no time after it (`Масса выброса, кг`): an amount, not a rate, nor what a factor is per
(`Hệ số phát thải (kg/tấn DO)`)."""


def _mate(table: Table, g: int, candidates: list[int]) -> int | None:
    """The t/y column that pairs with a g/s column: the one whose header shares most words with it
    (`Tải lượng (g/s)` with `Tải lượng (tấn/năm)`, not `Nhiên liệu (tấn/năm)`), else the nearest."""
    own = set(re.findall(r"[^\W\d_]{3,}", words.flat(table.header[g])))
    return min(
        candidates,
        key=lambda k: (-len(own & set(re.findall(r"[^\W\d_]{3,}", words.flat(table.header[k])))), abs(k - g)),
        default=None,
    )


def column_substances(
    table: Table, pairs: list[tuple[int | None, int | None, str | None]]
) -> list[c.Substance | None]:
    """The substance each pair of rate columns is headed by, in a matrix of sources by substances
    (`Азота диоксид (0301) | г/с | т/год`, `Tải lượng (g/s) | SO2 | NO2`); all None unless two pairs
    or more name distinct substances."""
    out: list[c.Substance | None] = []
    for pair in pairs:
        parts = _pair_parts(table, pair)
        found = None
        for part in parts:
            if words.role_of(part) in ("g_s", "t_y") or len(part) > 90 or _is_stage(part):
                continue  # rates, or a time (`2026–2035 годы`, whose year is no code)
            s = table_substance(part)
            if _known(s):
                found = s
                break
        out.append(found)
    named = {(s.code, s.symbol) for s in out if s is not None}
    if len(pairs) == 1 and (one := _rates_substance(table, pairs[0])) is not None:
        return [one]  # `Tải lượng H2SO4 (g/s) | Tải lượng H2SO4 (kg/năm)`: the one substance of the table
    return out if len(named) >= 2 else [None] * len(pairs)


def _rates_substance(table: Table, pair: tuple[int | None, int | None, str | None]) -> c.Substance | None:
    """The one substance both rate headers of a table's only pair name beside their units, None otherwise."""
    cols = [k for k in pair[:2] if k is not None]
    found = [{s for s, _ in substances_in(table.header[k], "air")} for k in cols]
    if len(cols) < 2 or any(len(f) != 1 for f in found) or found[0] != found[1]:
        return None
    return next(iter(found[0]))


YEAR = re.compile(r"(?:19|20)\d\d")


def _is_norm(label: str) -> bool:
    """The norm itself among rate pairs (`существующее положение | на 2026–2035 годы | НДВ`), by the language data."""
    return bool(words.compiled("RATE_NORM_WORDS").search(words.flat(label)))


def _is_stage(label: str) -> bool:
    """What sets rate pairs of one emission apart: years, the existing position, an operating regime."""
    return bool(YEAR.search(label) or words.compiled("RATE_STAGE_WORDS").search(words.flat(label)))


def norm_pairs(
    table: Table, pairs: list[tuple[int | None, int | None, str | None]]
) -> list[tuple[int | None, int | None, str | None]]:
    """Of several pairs of rates that no period tells apart (the existing position, the years, the norm),
    the one the header calls the norm (НДВ, ПДВ), else the last that holds figures: one emission a row."""
    if len(pairs) < 2 or any(p for _, _, p in pairs) or any(column_substances(table, pairs)):
        return pairs  # periods, or a column group per substance: each pair is an emission of its own

    def filled(pair) -> bool:
        return any(
            number(cell(table, r, k)) is not None
            for k in pair[:2]
            if k is not None
            for r in range(len(table.rows))
        )

    labels = [_sub_label(table, p) for p in pairs]
    if not any(_is_norm(x) or _is_stage(x) for x in labels):
        return pairs  # a column group per source or per anything else: each pair is its own emission
    named = [p for p, x in zip(pairs, labels, strict=True) if _is_norm(x)]
    if named:
        return named[-1:]
    with_figures = [p for p in pairs if filled(p)]
    return with_figures[-1:] or pairs[-1:]


def _sub_label(table: Table, pair: tuple[int | None, int | None, str | None]) -> str:
    """The header above a pair's rates, without the words all pairs share (`Нормативы выбросов`)."""
    parts = _pair_parts(table, pair)
    return " ".join(parts[1:-1]) if len(parts) > 2 else " ".join(parts)


CAPTION_G_S = re.compile(r"(?<![\w/])(?:g/s|г/с)(?![\w/])", re.I)
CAPTION_KG = re.compile(r"(?<![\w/])(?:kg/năm|кг/год|кг/жыл)(?![\w/])", re.I)
"""The caption's yearly unit in kilograms (`(đơn vị: kg/năm)`): its figures divided into tonnes."""
CAPTION_T_Y = re.compile(rf"(?<![\w/])(?:tấn/năm|т/год|т/жыл|t/y)(?![\w/])|{CAPTION_KG.pattern}", re.I)


def caption_rate(context: tuple[str, ...]) -> str | None:
    """`g_s` or `t_y` when the caption or lead-in gives the table's one unit (`(đơn vị: g/s)`)."""
    text = " ".join(context[:2])
    if CAPTION_G_S.search(text) and not CAPTION_T_Y.search(text):
        return "g_s"
    if CAPTION_T_Y.search(text) and not CAPTION_G_S.search(text):
        return "t_y"
    return None


def _caption_unit_over(table: Table, pairs: list[tuple[int | None, int | None, str | None]], context: tuple[str, ...]) -> Table:
    """The table with the caption's yearly unit in kilograms written under the header of its t/y columns,
    as a header would give it, so their figures are read as kilograms (`(đơn vị: kg/năm)`)."""
    said = CAPTION_KG.search(" ".join(context[:2]))
    if said is None:
        return table
    cols = {t for _, t, _ in pairs if t is not None}
    row = tuple(Cell(said.group(0)) if k in cols else Cell("") for k in range(table.n_cols))
    return replace(table, header_rows=(*table.header_rows, row))


def caption_rate_columns(
    table: Table, r: dict[str, int], context: tuple[str, ...]
) -> list[tuple[int | None, int | None, str | None]]:
    """Rate columns of a table whose unit only the caption gives: each figure column but totals, one
    per source (`Ống khói lò hơi | Ống xả máy phát điện`), as g/s or t/y pairs."""
    kind = caption_rate(context)
    if kind is None or "substance" not in r:
        return []
    taken = {r.get(k) for k in ("row_number", "substance", "substance_code", "hazard_class")}
    cols = [
        k
        for k in range(table.n_cols)
        if k not in taken
        and not is_total(table.header[k])
        and any(number(cell(table, row, k)) is not None for row in range(len(table.rows)))
    ]
    return [(k, None, None) if kind == "g_s" else (None, k, None) for k in cols]


PER_YEAR_MASS = re.compile(r"(?<![^\W\d_])(?:кг|т|тонн\w*|тонна|kg|tấn|t)\s*/\s*(?:год|жыл|năm|year|yr)", re.I)
"""A mass a year in a header (`Общее количество, кг/год`): an emission's yearly total where the table
is about emissions."""


def amount_rate_columns(
    table: Table, r: dict[str, int], context: tuple[str, ...]
) -> list[tuple[int | None, int | None, str | None]]:
    """The t/y column of a register of emissions (`Загрязнитель | Общее количество, кг/год`) or of an
    inventory (`№ ИЗА | … | Количество ЗВ, отходящих от источника, т/год`): the first amount column in mass
    a year, when the caption, lead-in or heading speaks of emissions or the rows are sources'."""
    said = dict(words.compiled_labels("ROLE_WORDS")).get("emissions")
    about = said is not None and any(said.search(words.flat(t)) for t in context[:3] if t)
    if "substance" not in r or not (about or "source_number" in r):
        return []
    part = words.compiled("PART_WORDS")
    for k in range(table.n_cols):
        header = table.header[k]
        if words.role_of(header) == "amount" and PER_YEAR_MASS.search(header) and not part.search(words.flat(header)):
            return [(None, k, None)]
    return []


TRAILING_CODE = re.compile(r"\(\s*(\d{4})\s*\)\s*$")
"""A pollutant's four-digit code in brackets after its name."""


def table_substance(name: str, code_text: str = "") -> c.Substance:
    """A row's substance by its code column, its name, or the four-digit code written before the name."""
    trailing = TRAILING_CODE.search(name)  # `Мыс (II) оксиді /мысқа шаққанда/ (0146)`
    code = re.search(r"(?<!\d)(\d{4})(?!\d)", code_text or "") or re.match(r"\s*(\d{4})(?!\d)", name) or trailing
    known = substance_by_code(code.group(1)) if code else None
    if known is not None and (code_text or trailing):
        return contract_substance(known)
    found = substance(without_hazard_class(name), "air")
    if not _known(found) and (bare := ITEM_NUMBER.sub("", name)) != name:
        found = substance(without_hazard_class(bare), "air")  # `2. Amoniac (NH3)`: a group row's number before the name
    if found.code is None and known is not None:
        return contract_substance(known)
    if not _known(found) and len(inside := {(s.code, s.symbol): s for s, _ in substances_in(name, "air")}) == 1:
        return next(iter(inside.values()))  # `Hơi axit H2SO4`: words around the one substance a name holds
    return found


ITEM_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s+(?=[^\W\d_])")
"""An item's number before a name (`2. `, `1.3) `)."""


def _part_named(name: str) -> str:
    """The substance a part row names (`в том числе: Азота диоксид` is `Азота диоксид`); the name as it is
    when it names no substance after the words."""
    text = words.flat(name)
    m = words.compiled("PART_WORDS").search(text)
    if m is None:
        return name
    rest = text[m.end() :].lstrip(" :–—-.").strip()
    return rest if rest and _known(table_substance(rest)) else name


def _parts_follow(table: Table, row: int, name_cols: list[int]) -> bool:
    """Whether the next row names a part of this one (`в том числе: Азота диоксид`): this row is their sum."""
    if row + 1 >= len(table.rows):
        return False
    after = " ".join(cell(table, row + 1, i) for i in name_cols)
    return _part_named(after) != after


def _totals_source(name: str, source: tuple[str, str | None] | None) -> bool:
    """A total row of one source's rows (`Итого по ИЗА 0001`, `Cộng theo nguồn`), not of the whole table."""
    by_source = bool(words.compiled("SOURCE_TOTAL_WORDS").search(words.flat(name)))
    if not (by_source or is_total(name)):
        return False
    named = sources_mentioned(name, leading=True)
    return named == [source[0]] if named and source else by_source


def _known(s: c.Substance) -> bool:
    return bool(s.code or s.symbol)


def _or_heading(s: c.Substance, heading: c.Substance | None) -> c.Substance:
    """A row that names no substance (a source's name) under a substance's heading row is that substance."""
    return s if _known(s) or heading is None else heading


def read_emissions(
    ctx: Context,
    out: Collector,
    ti: int,
    table: Table,
    context: tuple[str, ...] = (),
    lang: str | None = None,
    found: dict[str, int] | None = None,
) -> None:
    """One Emission per row and period; rows that only name a period head the rows below; totals skipped.
    `found` are the columns recognition found; the substance column among them counts when no header names one."""
    table = with_unit_row(table)
    r = words.column_roles(table)
    if found and "substance" in found and ("substance" not in r or mostly_figures(table, r["substance"])):
        r["substance"] = found["substance"]  # `Загрязнитель`, or a legend's `qᵢ – … заттың …` before the names:
        # substances by what the cells hold
    pairs = norm_pairs(table, rate_columns(table))
    if not pairs and (pairs := caption_rate_columns(table, r, context)):
        table = _caption_unit_over(table, pairs, context)
    pairs = pairs or amount_rate_columns(table, r, context)
    figures = [k for g, t, _ in pairs for k in (g, t) if k is not None] + (
        [r["hazard_class"]] if "hazard_class" in r else []
    )
    if not figures:
        return
    skip = {r.get("row_number"), r.get("substance_code"), r.get("hazard_class")}
    keys = _key_columns(table, figures, skip)
    name_cols = [i for i in keys if i not in skip]
    if "substance" in r and r["substance"] not in figures:
        name_cols = [r["substance"]]
    by_source = pair_sources(table, pairs)
    if len(pairs) > 1:  # a column group per source or stack: the totals' group is none
        kept = [i for i, p in enumerate(pairs) if by_source[i] or not is_total(group_label(table, p))]
        pairs, by_source = [pairs[i] for i in kept], [by_source[i] for i in kept]
    for number_ in dict.fromkeys(n for n in by_source if n):
        add_source(out.source_records, number_, None, None, None, None, ctx.row_provenance(ti, 0))
    by_column = column_substances(table, pairs)
    period = words.first_label("PERIOD_WORDS", context[:3])  # caption, lead-in, then the heading
    source = _context_source(context)  # `2.1. Источник № 0002 – Выхлопная труба` over its own table
    if source:
        add_source(out.source_records, *source, None, None, None, ctx.row_provenance(ti, 0))
    if any(by_column) and (totals := _column_totals(table, pairs, keys, lang, source is not None)):
        # `Boeing 737 | 18,18 | …` per aircraft, `Итого | 32,57 | …` and `Максимальный разовый, г/с | 10,2`
        # in a table of one source: the source emits the totals, the rows above are their parts
        for s, (g_s, t_y) in zip(by_column, totals, strict=True):
            if s is not None and (g_s is not None or t_y is not None):
                out.emissions.append(
                    c.Emission(
                        substance=s, raw=s.name, g_s=g_s, t_y=t_y, period=period,
                        source_number=source[0] if source else None, provenance=ctx.row_provenance(ti, 0),
                    )
                )
        return
    heading: c.Substance | None = None
    group_hazard: int | None = None
    block = len(out.emissions)  # where the current source's rows begin among the emissions
    others = [k for k in keys if k not in name_cols]
    beside = [k for k in others if k not in skip]
    if all(by_column) and len(name_cols) > 1:  # `Ống thải | Khu vực | … | Cộng tại ống thải số 3` under a
        # substance per column: the stack merged down, its areas' rows and their sum, each column one substance
        group, labels, what = name_cols[0], name_cols[1:], (lambda row: "")
    else:
        group, labels = (beside[0] if len(beside) > 1 else None), beside[1:]
        what = lambda row: clean_name(" ".join(cell(table, row, i) for i in name_cols))  # noqa: E731
    sums, parts = summed_blocks(
        table, group, labels, what, lambda row: first_rate(row_rates(table, row, pairs, lang))
    )  # `Ống thải | Phòng dập viên | … | Cộng`: the stack emits the sums, its rooms' rows are their parts
    for row in range(len(table.rows)):
        if row in parts:
            continue
        name = clean_name(" ".join(cell(table, row, i) for i in name_cols))
        rates = row_rates(table, row, pairs, lang)
        if title := row_title(table, row):  # `2. Amoniac (NH3)` merged across: a heading, its number no rate
            name, rates = clean_name(title), [(None, None, None)] * len(rates)
        hazard = hazard_class_cell(cell(table, row, r.get("hazard_class")))
        several = substances_in(cell(table, row, r["substance"]), "air") if "substance" in r else []
        if len(several) > 1 and (listed := listed_rates(table, row, pairs, len(several), lang)):
            for (s, raw), (g_s, t_y, own) in zip(several, listed, strict=True):  # `NO2 SO2 CO | 0,03 2,3 0,16`
                out.emissions.append(
                    c.Emission(
                        substance=s,
                        raw=raw,
                        hazard_class=hazard,
                        g_s=g_s,
                        t_y=t_y,
                        period=own or period,
                        source_number=source[0] if source else None,
                        provenance=ctx.row_provenance(ti, row),
                    )
                )
            continue
        if all(g is None and t is None for g, t, _ in rates) and (apart := _rates_apart(table, row, pairs, lang)):
            row_substance = table_substance(name, cell(table, row, r.get("substance_code")))
            for g_s, t_y, own in apart:  # `- Xe container - Máy phát điện | 0,161 0,0857`: a figure per place
                out.emissions.append(
                    c.Emission(
                        substance=_or_heading(row_substance, heading), raw=name, hazard_class=hazard, g_s=g_s, t_y=t_y,
                        period=own or period, source_number=source[0] if source else None,
                        provenance=ctx.row_provenance(ti, row),
                    )
                )
            continue
        if all(g is None and t is None for g, t, _ in rates):
            block = len(out.emissions)  # a heading across: the rows below, up to a total of theirs, are a block
            whole = name or " ".join(cell(table, row, k) for k in range(table.n_cols))  # in any column
            if named := words.label_of("PERIOD_WORDS", whole):
                period = named  # a row `Период строительства` over the rows of that period
            elif heads := source_heading(whole):
                source = heads  # `Источник № 0001 – Дымовая труба котельной` over its substances
                add_source(out.source_records, *heads, None, None, None, ctx.row_provenance(ti, row))
            elif (group := hazard_class_of(whole)) is not None and not _known(table_substance(whole)):
                group_hazard = group  # `Вещества 2 класса опасности` over the substances of that class
            elif name and not is_total(name) and _known(named_substance := table_substance(name)):
                heading = named_substance  # `Toluen` over the sources that emit it, each with its rates
            continue
        for k in others:  # a period merged down a column of its own (`Период | Код | …`)
            if named := words.label_of("PERIOD_WORDS", cell(table, row, k)):
                period = named
        if _parts_follow(table, row, name_cols):
            continue  # `Азота оксиды (NOx), всего` over `в том числе: Азота диоксид`: the sum of the rows below
        name = _part_named(name)
        if all(by_column) and _totals_source(name, source):
            del out.emissions[block:]  # `Итого по ИЗА 0001` under its operations' rows: the source emits the totals
        elif (not LETTER.search(name) or is_total(name)) and row not in sums:
            continue  # (a block's proven sum is its source's emission, however it is worded)
        row_substance = table_substance(name, cell(table, row, r.get("substance_code")))
        for (g_s, t_y, own), named_column, at in zip(rates, by_column, by_source, strict=True):
            if g_s is None and t_y is None:
                continue
            out.emissions.append(
                c.Emission(
                    substance=named_column or _or_heading(row_substance, heading),
                    raw=named_column.name if named_column else name,
                    hazard_class=next(
                        (h for h in (hazard, hazard_class_of(name), group_hazard) if h is not None), None
                    ),
                    g_s=g_s,
                    t_y=t_y,
                    period=own or period,
                    source_number=at or (source[0] if source else None),
                    provenance=ctx.row_provenance(ti, row),
                )
            )
