"""Limit tables: a standard's limits (QCVN `Thông số | Đơn vị | Giá trị C: A | B`), ПДК tables
(`Вещество | ПДК м.р. | ПДК с.с.`), a permit's discharge limits, measurements against limits.

One limit per parameter per limit column. A column under a merged header keeps its sub-header
as `column` (`A`, `B`, `м.р.`). The unit comes from the row's unit cell, else the column's
header, else the table's header or caption. Numbers are read in the table's language
(`5.000` is five thousand in Vietnamese); a range (`6 đến 9`, `6,5–8,5`) gives `limit_min`
and `limit_max`. The medium comes from the words of the caption and the text before the
table (`nước thải`, `khí thải`, `атмосферный воздух`), checked against the unit: a
concentration in normal cubic metres is stack gas, milligrams per kilogram is soil.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from extractor import columns as words
from extractor import contract as c
from extractor.context import (
    Collector,
    Context,
    cell,
    clean_name,
    is_blank,
    number,
    own_cell,
    row_title,
    substance,
)
from extractor.model import Table, is_column_number_row, owner
from extractor.nlp.frequency import months_of
from extractor.nlp.identifiers import source_type
from extractor.nlp.numbers import find_quantities, is_not_detected, parse_quantity
from extractor.nlp.substances import match_substance
from extractor.nlp.units import normalise_unit
from extractor.tables.emissions import is_total, table_substance
from extractor.tables.points import (
    ANY_ID,
    DESCRIBED_ID,
    LEAD_ID,
    POINT_INSIDE,
    named_point,
    points_listed,
    worded_point,
)
from extractor.tables.profile import (
    POINT_ID,
    SOURCE_NUMBER,
    is_figure,
    mostly_figures,
    number_and_name,
    point_name,
)
from extractor.tables.records import add_source, sources_mentioned
from extractor.tables.transpose import SAMPLED_ON

UNIT_TEXT = re.compile(
    r"(?<![^\W\d_])(?:мк?г|mg|µg|μg|ug|mcg|г|g|мг-экв|mg-eq)\s*/\s*(?:н\.?\s*м3|нм3|нм³|nm3|nm³|дм3|дм³|л|м3|м³|кг|l|m3|m³|kg)"
    r"|MPN/100\s?ml|CFU/100\s?ml|Pt[-/]Co|(?<![^\W\d_])NTU(?![^\W\d_])|°C|(?<![^\W\d_])оС(?![^\W\d_])",
    re.IGNORECASE,
)
CONCENTRATION = frozenset({"mg/l", "mg/m3", "mg/Nm3", "mg/kg", "ug/m3"})
UNIT_MEDIA = {
    "mg/Nm3": "flue_gas",
    "mg/kg": "soil",
    "ug/m3": "air",
    "mg/m3": "air",
    "mg/l": "water",
    "ug/l": "water",
}
FAMILY = {"flue_gas": "air", "air": "air", "waste_water": "water", "water": "water", "soil": "soil"}
"""The reference list a medium's substances are looked up in."""
RATE_UNIT = re.compile(r"[^\W\d_]{1,4}\d?\s*/\s*(?:ч|час|сут|год|с|h|s|ngày|năm|giờ|жыл|сағ)\b", re.I)
"""A unit of flow or mass per time (`м3/ч`, `г/ч`, `kg/ngày`): not a concentration."""
PER_PRODUCT = re.compile(r"(?<![^\W\d_])(?:к?г|kg|g)\s*/\s*(?:т|t|tấn|тонн\w*)(?![^\W\d_])", re.I)
"""A specific emission, mass per tonne of product (`кг/т`, `kg/tấn`): beside a concentration, not the norm read."""
EXISTING = re.compile(r"существующ|қазіргі|hiện (?:trạng|hữu)|фактическ", re.I)
"""Headers of what is, beside what is allowed."""
FOOTNOTE = re.compile(r"\s*(?:\(\s*\*+\s*\)|\*+|\(\d\)|\[\d\])\s*$")


@dataclass(frozen=True)
class LimitColumn:
    index: int
    label: str | None
    unit: str | None
    point: str | None = None
    """The point a column's header names (`Выпуск № 1 | ДК, мг/дм3`, `NT1 | cột A`): the limit's point, not its column."""


def medium_of(text: str) -> str | None:
    """The environment the words of a caption or header speak of (`сточные воды` → waste_water)."""
    return words.label_of("MEDIUM_WORDS", text)


def unit_in(text: str) -> str | None:
    """The first unit written in a header or caption (`ПДК м.р., мг/м3`, `(mg/Nm3)`), normalised."""
    for m in UNIT_TEXT.finditer(text or ""):
        unit = normalise_unit(re.sub(r"\s+", "", m.group(0)).replace("н.м3", "нм3"))
        if unit:
            return unit
    return None


def table_unit(table: Table, col: int | None = None, caption: str = "") -> str | None:
    """The unit of a column's header (a units row under the names first: `BOD5 (20°C)` over `mg/L`),
    else of any header but a temperature, else of the caption."""
    if col is not None and col < len(table.header):
        for part in reversed(table.header_parts[col]):
            if unit := unit_in(re.sub(r"\(\s*\d+\s*°\s*C\s*\)", " ", part)):  # `BOD5 (20°C)`: a condition of the test
                return unit
    shared = (u for h in table.header if (u := unit_in(h)) and u != "degC")  # `BOD5 (20°C)` qualifies its own column only
    return next(shared, None) or unit_in(caption)


def resolve_medium(said: str | None, unit: str | None) -> str | None:
    """The medium the words say, unless the unit says otherwise (a mg/m3 limit is no water limit)."""
    by_unit = UNIT_MEDIA.get(unit or "")
    if said is None:
        return by_unit
    if said == "flue_gas" and unit == "ug/m3":
        return "air"  # micrograms a cubic metre: the air a stack's gas reaches, not the gas in it
    if by_unit is None or FAMILY.get(said) == FAMILY.get(by_unit):
        return "flue_gas" if by_unit == "flue_gas" else said
    return by_unit


WORKED_OUT = re.compile(r"^[\d\s.,]+(?:[-+×x*/][\d\s.,]+)+=\s*([\d\s.,]+)$")
"""A limit written as its sum and result (`16,4 + 0,25 = 16,65`): the figure after `=`."""


def _worked_base(text: str) -> float | None:
    """The background a limit was worked out from (`16,4 + 0,25 = 16,65`: 16,4): the background point that
    gave it is judged against no norm of its own making."""
    worked = WORKED_OUT.match(FOOTNOTE.sub("", text or "").strip())
    return number(re.split(r"[-+×x*/]", worked.group(0), maxsplit=1)[0]) if worked and "+" in worked.group(0) else None


CITED_STANDARD = re.compile(r"\s*\(\s*(?:qcvn|гост|санпин|ст\s+рк|тр)\b[^()]*\)\s*$", re.I)
"""The standard a limit is taken from, in brackets after the figure (`300 (QCVN 05:2023/BTNMT)`)."""


def parse_limit(text: str, lang: str | None) -> tuple[float | None, float | None, float | None] | None:
    """(limit, min, max) of a limit cell: a figure or an upper bound (`≤ 50`), a lower bound, or a range; None for none."""
    text = FOOTNOTE.sub("", text or "").strip()
    text = CITED_STANDARD.sub("", text).strip()  # `300 (QCVN 05:2023/BTNMT)`: the figure, the standard it is from aside
    if (worked := WORKED_OUT.match(text)) is not None:
        text = worked.group(1)  # `16,4 + 0,25 = 16,65`: the background plus the allowed increase, worked out
    if is_blank(text) or not re.search(r"\d", text) or len(text) > 40:
        return None
    if words.compiled("ABSENCE_WORDS").search(words.flat(text)):
        return None  # `отсутствие в 100 см3`: none allowed in a volume, the volume no limit
    if "+" in text and words.compiled("BACKGROUND_WORDS").search(words.flat(text)):
        return None  # `фон + 0,25`: an increase over the background, no figure of its own
    q = parse_quantity(text, lang) or parse_quantity(re.sub(r"^[^\W\d_]{1,5}\.?\s+", "", text), lang)  # `ДК 6,5-ден 9-ға дейін`
    if q is None:
        found = find_quantities(text, lang, require_unit=False)
        q = found[0] if len(found) == 1 else None
    if q is None or q.not_detected:
        return None
    if q.is_range:
        return None, q.low, q.high
    if q.value is not None and q.comparator in (">", ">="):
        return None, q.value, None  # `не менее 1,5`, `≥ 4`: a lower bound (dissolved oxygen, residual chlorine)
    return (q.value, None, None) if q.value is not None else None


def limit_columns(table: Table, r: dict[str, int], caption: str = "") -> list[LimitColumn]:
    """The columns holding limits, with their sub-column labels and units."""
    cols = words.columns_of(table, "limit")
    taken = {
        r.get(k)
        for k in ("row_number", "substance", "substance_code", "unit", "point", "measured", "frequency")
    }
    if not cols:
        cols = [k for k in range(table.n_cols) if k not in taken and mostly_figures(table, k)]
    cols = [k for k in cols if k not in taken or k == r.get("limit")]
    method = words.compiled("METHOD_RANGE_HEADERS")  # `Диапазон измерений`, `Giới hạn phát hiện`: the method's, no norm
    cols = [k for k in cols if not method.search(words.flat(table.header[k]))]
    if cols:  # `ДК | Требования к обеззараженным сточным водам`: a second authority's limits beside the first
        cols += [k for k in range(table.n_cols) if k not in cols and k not in taken and _required(table, k)]
        cols.sort()
    if any(_figures(table, k) for k in cols):  # `Нормативный документ` beside `ПДК м.р.`: words, no limits
        cols = [k for k in cols if _figures(table, k)]
    units = {k: unit_in(table.header[k]) for k in cols}
    if any(u in CONCENTRATION for u in units.values()):  # a norm's flow, g/h and t/y beside its concentration
        cols = [
            k
            for k in cols
            if units[k] in CONCENTRATION or (units[k] is None and not RATE_UNIT.search(table.header[k]) and not PER_PRODUCT.search(table.header[k]))
        ]
    share = words.compiled("SHARE_WORDS")  # `доли ПДК`, `Кратность ПДК`: multiples of the limit, no limits
    shares = [k for k in cols if not share.search(words.flat(table.header[k]))]
    if shares and len(shares) < len(cols):  # `доли ПДК`: results in shares of the limit beside the limit
        cols = shares
    current = [k for k in cols if not EXISTING.search(table.header[k])]
    if current and len(current) < len(cols):  # `Существующее положение` beside the norm: the norm
        cols = current
    derived = [k for k in cols if any(CMAX_HEADER.match(part) for part in (table.header[k], *table.header_parts[k][-1:]))]
    letters = {letter for k in cols if k not in derived and (letter := letter_column(table.header[k]))}
    if len(derived) == 1 and len(cols) > 1 and len(letters) <= 1:  # `QCVN 40, cột B (C) | Kq | Kf | Cmax`: Cmax binds
        cols = derived
        labels = {derived[0]: letters.pop()} if letters else {}
    else:
        labels = _labels(table, cols)
    if len(cols) == 1:  # a lone limit column is labelled only by what a standard's columns are called
        labels = {k: label for k, label in labels.items() if _standard_label(label)}
    out = []
    for k in cols:
        label = labels.get(k)
        if (point := column_point(table.header_parts[k])) is not None:
            label = standard_column(table.header[k])
        out.append(LimitColumn(k, label, table_unit(table, k, caption), point))
    return out


def column_point(parts: tuple[str, ...] | list[str]) -> str | None:
    """The point one of a column's header parts names: a short id (`NT1`, `0001`) or an outlet by its
    number (`Выпуск № 1`, `№ 1 шығарылым`)."""
    for part in parts if len(parts) > 1 else ():
        text = " ".join(part.split())
        if (stack := _stack(text)) is not None:
            return stack
        if names_an_outlet(text):
            return text
        if len(named := sources_mentioned(text, leading=True)) == 1 and re.match(rf"^\D{{0,12}}{named[0]}\s*(?:[–—-]\s*)?[^\W\d_]", text):
            return named[0]  # `ИЗА 0001 – сушильная печь` over its norm and result: the source, not a year
        if m := DESCRIBED_ID.match(text) or LEADING_ID.match(text):
            return re.sub(r"\s+", "", m.group(1))  # `В-1 (р. Или, водозабор)` over its limit and result
    return None


LEADING_ID = re.compile(r"^\s*([^\W\d_]{1,4}\s?[-–]\s?\d{1,3}[a-zа-я]?)\s+(?=[^\d\s])")
"""A hyphenated short id, then what the point is (`КК-3 АЗС № 3, г. Кокшетау`, `NM-05 CHXD số 05`)."""


def names_an_outlet(text: str) -> bool:
    """A short label naming a discharge outlet by its number (`Выпуск № 1`, `№ 1 шығарылым`)."""
    return _names_a_point(text) and len(text) <= 30 and bool(words.compiled("OUTLET_WORDS").search(words.flat(text)))


def _required(table: Table, col: int) -> bool:
    """A column headed as requirements for what is measured whose figures are limits (`6,5–8,5`, `не менее 1,5`)."""
    if not words.compiled("REQUIREMENT_HEADERS").search(words.flat(table.header[col])):
        return False
    cells = [cell(table, r, col) for r in range(len(table.rows))]
    limits = [t for t in cells if parse_limit(t, None) is not None]
    return bool(limits) and not any(is_figure(t) and t not in limits for t in cells)


def _standard_label(label: str) -> bool:
    """`A`, `B2`, `м.р.`, `Trung bình 1 giờ`: the names of a standard's columns."""
    return bool(re.fullmatch(r"[A-C]\d?", label) or averaging().fullmatch(label))


def _figures(table: Table, col: int) -> bool:
    """Whether any body cell of the column is a figure or a range, or a mean with its range (`7,1 (6,7 – 7,5)`)."""
    return any(is_figure(t := cell(table, r, col)) or WITH_SPREAD.match(t) for r in range(len(table.rows)))


def _labels(table: Table, cols: list[int]) -> dict[int, str]:
    """Sub-column labels: the lowest header cell under a merged one (`A`, `B`, `м.р.`), or what tells
    several limit headers apart (`ПДК м.р.` / `ПДК с.с.`), or a column named in the header (`cột A`)."""
    naming = [row for row in table.header_rows if not is_column_number_row(row)]
    out: dict[int, str] = {}
    if len(naming) >= 2:
        for k in cols:
            bottom, parent = owner(naming, len(naming) - 1, k), owner(naming, len(naming) - 2, k)
            if bottom is not None and parent is not None and bottom is not parent and parent.col_span > 1:
                period = averaging().search(bottom.text)
                label = " ".join(period.group(0).split()) if period else _clean_label(bottom.text)
                if label:
                    out[k] = label
        if len(set(out.values())) < len(out):  # `Trung bình 1 giờ: QCVN 05 | Trung bình 24 giờ: QCVN 05`
            parents = {k: owner(naming, len(naming) - 2, k) for k in out}
            if len({id(p) for p in parents.values()}) == len(out):
                for k, parent in parents.items():
                    period = averaging().search(parent.text)
                    label = " ".join(period.group(0).split()) if period else _clean_label(parent.text)
                    if label:
                        out[k] = label
    if len(out) < len(cols) and len(cols) > 1:
        headers = {k: _tokens_ordered(table.header[k]) for k in cols if k not in out}
        for k, label in _distinct(headers).items():
            label = _clean_label(label)
            if label and len(label) <= 30:
                out[k] = label
    for k in cols:
        if k not in out and (letter := letter_column(table.header[k])):
            out[k] = letter
        elif k not in out and (period := averaging().search(table.header[k])):
            out[k] = " ".join(period.group(0).split())  # a lone `ПДКм.р., мг/м3`: the averaging time
    return out


def _distinct(headers: dict[int, list[str]]) -> dict[int, str]:
    """What tells limit headers apart: without the limit words they all start or end with
    (`ПДК м.р.` / `ПДК с.с.` → `м.р.`, `с.с.`); a header whose shared words are not limit words
    is its own label whole (`Đất nông nghiệp`, `Đất công nghiệp`)."""
    if not headers:
        return {}
    rows = list(headers.values())
    lead = 0
    while all(len(t) > lead + 1 for t in rows) and len({t[lead].lower() for t in rows}) == 1:
        lead += 1
    tail = 0
    while all(len(t) > lead + tail + 1 for t in rows) and len({t[-tail - 1].lower() for t in rows}) == 1:
        tail += 1
    first, last = rows[0][:lead], rows[0][len(rows[0]) - tail :]
    lead = lead if first and words.role_of(" ".join(first)) == "limit" else 0
    tail = tail if last and words.role_of(" ".join(last)) == "limit" else 0
    return {k: " ".join(t[lead : len(t) - tail]) for k, t in headers.items()}


def _tokens_ordered(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,;]+", UNIT_TEXT.sub(" ", text)) if t]


def _clean_label(text: str) -> str | None:
    label = UNIT_TEXT.sub(" ", text)
    label = re.sub(r"[()\[\],;:]", " ", label)
    prefixes = words.words("SUBCOLUMN_PREFIXES")
    for p in prefixes:
        label = re.sub(rf"^\s*(?:{p})\b\s*", "", label, flags=re.I)
    label = " ".join(label.split()).strip(" -–")
    if re.fullmatch(r"[A-CА-В]", label):
        label = label.upper().replace("А", "A").replace("В", "B")
    return label or None


def read_limits(
    ctx: Context,
    out: Collector,
    ti: int,
    table: Table,
    r: dict[str, int],
    context: tuple[str, ...] = (),
    lang: str | None = None,
) -> set[str]:
    """One limit per row and limit column. Returns the sources whose titles head rows of limits
    (`Источник выброса № 0001 – …`): what a table of sources would have listed."""
    lang = lang or ctx.doc.language
    cols = limit_columns(table, r, table.caption or "")
    titled: set[str] = set()
    if not cols or "substance" not in r:
        return titled
    caption, *around = context or ("",)
    said = words.first_label("MEDIUM_WORDS", [caption, " ".join(table.header), *around])
    table_wide = table_unit(table, None, " ".join(context))
    for col in cols:  # `ИЗА 0001 – сушильная печь` over its norm and result: a source the table names
        for part in table.header_parts[col.index][:-1]:
            if col.point and col.point in part and (named := number_and_name(part[part.find(col.point) :])) and named[0] == col.point:
                add_source(out.source_records, named[0], named[1], None, None, None, ctx.row_provenance(ti, 0))
    measured = r.get("measured")
    if measured is None and "amount" in r and unit_in(table.header[r["amount"]]) in CONCENTRATION:
        measured = r["amount"]  # `Мөлшері, мг/кг` beside a limit: the amount found, a measured value
    if measured is None:
        measured = _point_named_column(table, r, cols)  # `trước xử lý | Sau xử lý (NT1) | QCVN 25`: the point's result
    if measured is None and (united := _unit_columns(table, r, cols)):
        measured = united[0]  # `Норматив, мг/Нм³ | Концентрация при нагрузке, мг/Нм³: 25 % | 50 % | …`: results in the norm's unit
    kinds = _label_column(table, r, cols)
    id_col = _id_beside(table, r)
    at_points = _point_columns(table, r, cols)
    regimes: list[int] = []
    if at_points and all(pid is None for pid in at_points.values()) and (regimes := regime_columns(table, min(at_points), {col.index for col in cols})):
        at_points, measured = {}, regimes[0]  # `Фактическая концентрация: совмещенный режим | прямой режим`: no points
    if at_points and all(pid is None for pid in at_points.values()) and (mean := _mean_column(table, cols)) is not None:
        at_points, measured = {}, mean  # rounds `1-й замер | 2-й | 3-й` and their mean: the mean is checked
    if not at_points and measured is None and (mean := _mean_column(table, cols)) is not None:
        measured = mean  # `Замер 1 | Замер 2 | Замер 3 | Среднее | Норматив`: the mean of the rounds is checked
    if at_points:
        measured = None  # `Kết quả phân tích | NT1 | NT2`: a measured value per point column
    elif measured is not None and (reduced := _reduced_column(table, cols)) is not None:
        measured = reduced  # `Kết quả đo | Kết quả quy đổi (O2 = 7 %)`: the reduced result is checked
    cols = _own_maximum(table, cols)  # `Giá trị C (QCVN 40, cột B) | Cmax`: the permit's own maximum, of column B
    cols, twins = _result_twins(table, cols)  # `Trung bình năm (µg/m³) | QCVN 05 – Trung bình năm`: a result, its norm
    if twins and measured is None:
        measured = next(iter(twins.values()))
    paired = {**(_paired_measured(table, r, cols) if measured is not None else {}), **twins}
    if twins and (left := _left_results(table, cols, paired)):
        paired = {**left, **paired}  # `Giá trị 24 giờ lớn nhất | QCVN – Trung bình 24 giờ`: each norm's result before it
    measured_at = header_point(table.header[measured]) if measured is not None else None
    if not regimes and measured is not None and not at_points and not paired:
        regimes = regime_columns(table, measured, {col.index for col in cols})
    beside = _limit_beside_point(cols, at_points)  # `NT1 – Kết quả | QCVN 40 cột B | NT2 – Kết quả | QCVN 14 cột B`
    background = {k for k in at_points if words.compiled("BACKGROUND_WORDS").search(words.flat(table.header[k]))}
    above = None  # a point merged down over its substances: a text file gives it in the first row only
    group_point = named_point(caption) if caption and not any(at_points.values()) and not ({"point", "source_number"} & r.keys()) else None
    # `Kết quả phân tích nước thải sau xử lý tại NT1`: the caption's one point, unless rows or columns give theirs
    group_letter = None
    asked = None
    last = ("", "")  # a substance over several rows (`м.р.` then `с.с.`): a text file names it once
    bare: dict[str, tuple[str, int]] = {}  # sources titled over their rows: number → (name, row)
    first = len(out.limits)
    for row in range(len(table.rows)):
        raw = clean_name(cell(table, row, r["substance"]))
        code_text = cell(table, row, r.get("substance_code"))
        lone = is_blank(raw) and bool(title := _lone_title(table, row, r["substance"])) and not worded_point(title)
        if lone:
            raw = title  # `A. Nước thải … – QCVN 40:2011/BTNMT, cột B` alone in the first cell: a merge a text file lost
        if is_blank(raw) and "point" not in r and (at := worded_point(row_title(table, row))):
            group_point, said = at, medium_of(row_title(table, row)) or said  # `7.2. Сточные воды (точка КК-2)` in the first column
            continue
        if is_blank(raw) and "point" not in r and _titles_a_point(title := _unlabelled(row_title(table, row))):
            group_point = title  # `Выпуск № 1` alone in the first column, as a text file writes a merged title
            continue
        if is_blank(raw) and last[0] and (kinds is not None or at_points) and _has_limit(table, row, cols, lang):
            raw, code_text = last
        if is_blank(raw) or not re.search(r"[^\W\d_]", raw) or is_total(raw):
            continue
        last = (raw, code_text)
        if lone or _is_group_row(table, row, r["substance"]):
            # `B. Khí thải lò hơi – QCVN 19:2009/BTNMT, cột B`, `1. Атмосферный воздух (ПДК м.р.)` over its rows
            group_letter = standard_column(raw)
            if "point" not in r and len(named := sources_mentioned(raw)) == 1:
                group_point = named[0]  # `Источник выброса № 0001 – дымовая труба № 1`: the source's limits
                titled.add(group_point)
                if source_type(group_point) and (told := number_and_name(re.sub(r"^\D*?(?=\d)", "", raw, count=1))) and told[0] == group_point:
                    bare.setdefault(told[0], (told[1], row))
            elif "point" not in r and (POINT_ID.match(at := _unlabelled(raw)) or DESCRIBED_ID.match(at)):  # `KT1 – Ống khói lò đốt … 100 tấn/ngày`
                group_point = at  # `Т-1 (граница СЗЗ, север)`, `Место отбора: КК-1 – …`: a point, though its place names a medium
                said = _outlet_medium((raw, "")) or medium_of(raw) or said  # `ВП-1 – выпуск дренажного раствора`: a discharge
            elif named := medium_of(raw):
                said = named
                if "point" not in r and (at := worded_point(raw)):
                    group_point = at  # `Показатели сточных вод на выходе (точка КК-2)`: the rows' medium and point
            elif "point" not in r and _names_a_point(raw):
                group_point = raw  # `Выпуск № 1` over the parameters measured there
            continue
        row_kind = _row_label(table, row, kinds)
        row_unit = row_unit_of(table, row, r.get("unit"))
        if row_unit is False and "," in raw and (named_unit := unit_in(raw.rsplit(",", 1)[1])):
            row_unit = named_unit  # `Взвешенные вещества, мг/дм3` under `Показатель, единица измерения`
        at_col = r.get("point", r.get("source_number"))  # `№ источника | … | Норматив, мг/Нм3`: the source's
        point = cell(table, row, at_col) or (above if at_col is not None else group_point)
        if at_col is None and point is None and "subject" in r:
            question = cell(table, row, r["subject"])
            asked = _asked_at(question) if not is_blank(question) else asked  # a text file gives a merged question once
            point = asked  # `Соблюдаются ли нормативы на ИЗА 0001 – …?`: the check names where
            if asked and SOURCE_NUMBER.match(asked) and source_type(asked):  # the source, not its pollutants: a check
                add_source(out.source_records, asked, None, None, None, None, ctx.row_provenance(ti, row))
        if id_col is not None and (pid := cell(table, row, id_col)) and point and not point.startswith(pid):
            point = f"{pid} – {point}"  # `Ký hiệu | Vị trí` over `K1 | Ống thải …`: the place by its id
        if "point" not in r and (numbered := number_and_name(point or "")):
            point = numbered[0]  # `0001 – вращающаяся печь № 1` under `Источник`: the source's number
        above = point
        readings = [(pid or limit_point(point), cell(table, row, k)) for k, pid in at_points.items()]
        of_background = {pid or limit_point(point) for k, pid in at_points.items() if k in background}
        for col in cols:
            own_measured = paired.get(col.index, _in_unit(table, measured, col.unit))
            if own_measured is not None and _not_sampled(cell(table, row, own_measured)):
                continue  # `не отбирались` in the result's cell: no sample there, so nothing checked against the norm
            value = value_in_unit(table, own_measured, cell(table, row, own_measured), col.unit, lang) if own_measured is not None else None
            parsed = parse_limit(own_cell(table, row, col.index) or cell(table, row, col.index), lang)
            if parsed is None:
                continue
            unit = row_unit if row_unit is not False else (_cell_unit(table, row, col.index) or col.unit or table_wide)
            own = _outlet_medium(table.header_parts[col.index]) or medium_of(table.header[col.index])
            # `ПДК для водных объектов` beside `на выпуске`; `ШЖК б/ш (теңіз сулары)`; `Вып-1 – выпуск … | ДК`: the discharge
            medium = resolve_medium(own or said, unit if isinstance(unit, str) else None) or "water"
            limit, low, high = parsed
            found = limit_substance(raw, code_text, medium)
            if not (found.code or found.symbol or found.cas) and _process_unit(own_cell(table, row, col.index) or "", raw):
                continue  # `Давление в реакторе | 0,11 – 0,14 МПа`: a setting of the process, not a norm of the environment
            stack = _stack(col.label)
            own = [(at, text) for at, text in readings if at == (col.point or beside.get(col.index))]  # `Т-1 | факт | ПДК`: the point's own result
            each = labelled_results(cell(table, row, own_measured), lang) if own_measured is not None and not readings else []
            if regimes and not readings:  # `Фактическая концентрация: совмещенный режим | прямой режим`
                each = [v for k in regimes if (v := measured_value(own_cell(table, row, k) or "", lang)) is not None]
            at_own = stack or col.point or limit_point(point) or measured_at
            base = _worked_base(own_cell(table, row, col.index) or cell(table, row, col.index))
            for at, reading in [
                (at, measured_value(text, lang))
                for at, text in own or readings
                if (re.search(r"\d", text or "") or is_not_detected(text or "")) and not (base is not None and at in of_background and measured_value(text, lang) == base)
            ] or (
                [] if readings else [(at_own, v) for v in each or [value]]
            ):  # a point with no figure was not sampled; `< 0,00005` and `KPH` were, below what the method finds
                out.limits.append(
                    c.Limit(
                        substance=found,
                        medium=medium,
                        point=at,
                        value=reading,
                        limit=limit,
                        unit=unit_for(found, unit if isinstance(unit, str) else None),
                        limit_min=low,
                        limit_max=high,
                        column=row_kind or (None if stack else (standard_column(table.header[col.index]) if beside else None) or col.label) or group_letter,
                        provenance=ctx.row_provenance(ti, row),
                    )
                )
    normed = {x.point for x in out.limits[first:]}
    for told, (name, row) in bare.items():
        if told not in normed:  # `ИЗА 0003 – ДГУ-3` over `на техническом обслуживании`: a source all the same
            add_source(out.source_records, told, name, None, None, None, ctx.row_provenance(ti, row))
    return titled


def _limit_beside_point(cols: list[LimitColumn], at_points: dict[int, str | None]) -> dict[int, str]:
    """Each limit column's point when every point's results stand right before a limit column of their own (`NT1 –
    Kết quả | QCVN 40:2011 cột B | NT2 – Kết quả | QCVN 14:2008 cột B`): each point is judged by its own standard."""
    points = sorted(k for k, pid in at_points.items() if pid)
    limits = sorted(col.index for col in cols)
    if len(limits) < 2 or len(points) != len(limits) or any(col.point for col in cols):
        return {}
    if all(k + 1 == c for k, c in zip(points, limits, strict=True)):
        return {c: at_points[k] or "" for k, c in zip(points, limits, strict=True)}
    return {}


HEADER_POINT = re.compile(r"(?<![\w-])([^\W\d_]{1,4}\s?[-–]\s?\d{1,3}|[^\W\d_]{2,4}\d{1,3})(?![\w-])")
"""A point's id inside a header (`Фактическая концентрация в КК-1`, `БҚ-1 құдығындағы …`): capitals and a number."""


LABELLED_RESULT = re.compile(r"^\s*(\S[^–—:]{0,20}?)\s*[–—:]\s*(.+?)\s*$")


TRAILING_WORD = re.compile(r"\d\s*([^\W\d_][^\s\d]{0,8})\s*$")


NAMED_UNIT = re.compile(r"\(([^()]{1,12})\)\s*$")


def _process_unit(text: str, name: str) -> bool:
    """A criterion in a unit no concentration is given in (`0,11 – 0,14 МПа`, `не ниже 121 °С`), or a
    parameter named with one (`Lưu lượng nước thải (m3/ngày)`)."""
    m = TRAILING_WORD.search(text)
    if m and normalise_unit(m.group(1)) not in CONCENTRATION:
        return True
    said = NAMED_UNIT.search(name)
    return bool(said) and (unit := normalise_unit(said.group(1))) is not None and unit not in CONCENTRATION


def labelled_results(text: str, lang: str | None) -> list[float | None]:
    """Each result of a cell that gives several, labelled (`I кв. – 7,79; II кв. – 9,04; …`, `Đợt 1: 12,4;
    Đợt 2: 15,1`); a round with no figure (`I кв. – не работала`) was not measured, one not detected
    (`KPH`) was. [] for one result."""
    parts = [p for p in re.split(r"\s*;\s*", text or "") if p.strip()]
    if len(parts) < 2 or not all(LABELLED_RESULT.match(p) for p in parts):
        return []
    found = [
        None if is_not_detected(m.group(2)) else measured_value(m.group(2), lang)
        for p in parts
        if (m := LABELLED_RESULT.match(p)) and (re.search(r"\d", m.group(2)) or is_not_detected(m.group(2)))
    ]  # `Đợt 3: KPH` was measured, below what the method finds
    return found if len(found) >= 2 else []


def _asked_at(text: str) -> str | None:
    """The one source or point a check's question names (`Соблюдаются ли нормативы на ИЗА 0001 – …?`,
    `Nồng độ khí thải tại KT01 – … có nằm trong giới hạn?`)."""
    if is_blank(text):
        return None
    if len(named := sources_mentioned(text)) == 1:
        return named[0]
    ids = points_listed(text)
    return ids[0] if len(ids) == 1 else None


def header_point(header: str) -> str | None:
    """The one point a measured column's header names, if it names one and no substance."""
    found = {m.group(1).replace(" ", "") for m in HEADER_POINT.finditer(header) if re.sub(r"[\W\d_]", "", m.group(1)).isupper()}
    if len(found) != 1:
        return None
    point = found.pop()
    return None if match_substance(point) is not None else point


def _point_named_column(table: Table, r: dict[str, int], cols: list[LimitColumn]) -> int | None:
    """The one unheaded column of figures beside the limits whose header names a point (`Sau xử lý
    (NT1)` beside `Nước rỉ rác trước xử lý`): the result checked against them; None otherwise."""
    taken = {col.index for col in cols} | set(r.values())
    named = [k for k, h in enumerate(table.header) if k not in taken and header_point(h) and _figures(table, k)]
    return named[0] if len(named) == 1 else None


def _cell_unit(table: Table, row: int, col: int) -> str | None:
    """A unit written with the limit in its cell (`не более 300 мг/дм3`)."""
    text = own_cell(table, row, col) or cell(table, row, col)
    return unit_in(text) if text and re.search(r"\d", text) else None


_BRACKETED_PAIR = re.compile(r"^\s*([<≤]?\s*\d[\d\s.,]*?)\s*\(\s*([<≤]?\s*\d[\d\s.,]*?)\s*\)\s*$")
_BRACKETED_UNIT = re.compile(r"\(\s*([^()]+?)\s*\)\s*$")


def _id_beside(table: Table, r: dict[str, int]) -> int | None:
    """The column just before a point column of descriptions that gives each its id (`Ký hiệu | Vị trí`
    over `K1 | Ống thải tháp hấp thụ`); None when the points carry their ids or no such column stands."""
    at = r.get("point")
    if not at or (at - 1) in {k for role, k in r.items() if role not in ("site", "row_number")}:
        return None  # `Пробная площадка | Место отбора` over `ПП-1 | очаг пожара`: the site's id is the point's
    placed = [row for row in range(len(table.rows)) if not is_blank(own_cell(table, row, at))]  # not a norm row across
    ids = [t for row in placed if not is_blank(t := own_cell(table, row, at - 1))]
    places = [own_cell(table, row, at) for row in placed]
    if len(ids) < 2 or len(set(ids)) != len(ids) or not all(_remarked_id(t) for t in ids):
        return None  # (`№ пробы | Место отбора` over `Д-1 (повторно) | дно выемки`: a sample's id, its remark after it)
    return at - 1 if not any(POINT_ID.match(t) for t in places) else None


def _outlet_medium(parts: tuple[str, ...]) -> str | None:
    """Waste water for a column under a point that is an outlet by what it is called (`Вып-1 – выпуск осветленной
    воды`, `NT1 – Cửa xả …`), not one described from it (`С-2 – створ … ниже выпуска`)."""
    outlet = words.compiled("OUTLET_WORDS")
    for part in parts[:-1]:
        rest = re.sub(r"^\s*[^\W\d_]{1,4}\s?[-–.]?\s?\d{1,3}\s*[–—:-]\s*", "", part)
        if rest != part and outlet.match(words.flat(rest)):
            return "waste_water"
    return None


def _remarked_id(text: str) -> bool:
    """A point's id alone, or with a remark in brackets after it (`Д-1 (повторно)`)."""
    m = POINT_ID.match(text.strip()) or SHORT_ID.match(text.strip())
    return bool(m) and re.fullmatch(r"\s*(?:\([^()]*\))?\s*", text.strip()[m.end(1) :]) is not None


WITH_SPREAD = re.compile(r"^\s*([<≤]?\s*\d[\d\s.,]*?)\s*\(\s*\d[\d\s.,]*?\s*[–—-]\s*\d[\d\s.,]*?\s*\)\s*$")
"""A mean with its range in brackets (`7,1 (6,7 – 7,5)`, `2.850 (1.500 – 3.900)`)."""


def value_in_unit(table: Table, col: int, text: str, unit: str | None, lang: str | None) -> float | None:
    """A result given in two units, the second in brackets (`54 (111)` under `Результат, ppm (мг/Нм3)`):
    the figure in the limit's unit; a plain result otherwise."""
    if spread := WITH_SPREAD.match(text or ""):
        return measured_value(spread.group(1), lang)  # `7,1 (6,7 – 7,5)`: the mean, its least and greatest after it
    pair = _BRACKETED_PAIR.match(text or "")
    header = table.header[col] if col < len(table.header) else ""
    if pair and (inner := _BRACKETED_UNIT.search(header)):
        in_brackets = unit_in(inner.group(1))
        return measured_value(pair.group(2) if unit is None or in_brackets == unit else pair.group(1), lang)
    return measured_value(text, lang)


def _in_unit(table: Table, measured: int | None, unit: str | None) -> int | None:
    """Of a measured group's columns in several units (`Фактически: мг/Нм3 | кг/т`), the one in the limit's
    unit; the measured column itself otherwise."""
    if measured is None or unit is None or table_unit(table, measured) == unit:
        return measured
    parent = table.header_parts[measured][:-1]
    mates = [k for k in range(table.n_cols) if parent and table.header_parts[k][:-1] == parent and table_unit(table, k) == unit]
    return mates[0] if len(mates) == 1 else measured


CMAX = re.compile(r"(?<![^\W\d_])c\s?max(?![^\W\d_])", re.I)


def _own_maximum(table: Table, cols: list[LimitColumn]) -> list[LimitColumn]:
    """The permit's own maximum (`Cmax`) beside the standard's value it was worked out from (`Giá trị C (QCVN
    40:2011/BTNMT, cột B)`): the maximum alone, labelled with the standard's column; the columns as they are
    otherwise."""
    own = [col for col in cols if CMAX.search(table.header[col.index])]
    rest = [col for col in cols if col not in own]
    letters = {standard_column(table.header[col.index]) for col in rest}
    if len(own) != 1 or not rest or len(letters) != 1 or None in letters:
        return cols
    return [replace(own[0], label=letters.pop())]


def _result_twins(table: Table, cols: list[LimitColumn]) -> tuple[list[LimitColumn], dict[int, int]]:
    """Limit columns that are results: of two columns labelled with one averaging time, the one that names no
    standard beside the other that does (`Trung bình năm (µg/m³)` before `QCVN 05:2023 – Trung bình năm`) is
    the result checked against it. The columns left, and each norm's result column."""
    by_label: dict[str, list[LimitColumn]] = {}
    for col in cols:
        if (label := standard_column(table.header[col.index])) is not None:
            by_label.setdefault(label, []).append(col)
    twins: dict[int, int] = {}
    for same in by_label.values():
        named = [col for col in same if _names_standard(table.header[col.index])]
        bare = [col for col in same if col not in named]
        if len(same) == 2 and len(named) == 1:
            twins[named[0].index] = bare[0].index
    return [col for col in cols if col.index not in twins.values()], twins


def _names_standard(header: str) -> bool:
    """A header that names the norm itself, not only an averaging time (`QCVN 05:2023/BTNMT – …`, `ПДК с.с.`)."""
    rest = averaging().sub(" ", words.flat(header))
    return words.role_of(rest) == "limit"


def _left_results(table: Table, cols: list[LimitColumn], paired: dict[int, int]) -> dict[int, int]:
    """The result column right before each norm column not yet paired, when the header calls it a result."""
    out = {}
    for col in cols:
        k = col.index - 1
        if col.index not in paired and k >= 0 and k not in paired.values() and words.role_of(table.header[k]) == "measured":
            out[col.index] = k
    return out


def _not_sampled(text: str) -> bool:
    """Words, not a figure, in a result's cell (`не отбирались`, `không lấy mẫu`), other than a mark of below detection."""
    return not is_blank(text) and re.search(r"[^\W\d_]{3}", text) is not None and not re.search(r"\d", text) and not is_not_detected(text)


def _paired_measured(table: Table, r: dict[str, int], cols: list[LimitColumn]) -> dict[int, int]:
    """Each limit column's own measured column, when the header pairs them under one parent
    (`Максимальная разовая: ПДК м.р. | фактическая`, `Среднесуточная: ПДК с.с. | фактическая`)."""
    if len(cols) < 2 or len(table.header_rows) < 2:
        return {}
    measured = words.columns_of(table, "measured")  # by the whole header or its own sub-label
    out: dict[int, int] = {}
    for col in cols:
        parent = table.header_parts[col.index][:-1]
        mates = [k for k in measured if k != col.index and table.header_parts[k][:-1] == parent]
        if parent and len(mates) == 1:
            out[col.index] = mates[0]
    return out if len(set(out.values())) == len(out) else {}


def _names_a_point(title: str) -> bool:
    """A group title that names a place by its number (`Выпуск № 1`, `Outlet 2`), not a medium or a class."""
    title = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s+", "", title)  # `1. Работа на газе`: a group's item number, no point's
    return bool(re.search(r"\d", title) and re.search(r"[^\W\d_]{3}", title) and len(title) <= 60)


def _unlabelled(title: str) -> str:
    """A title without the label that says it is the place of sampling (`Место отбора: КК-1 – …`)."""
    label, sep, rest = title.partition(":")
    return rest.strip() if sep and rest.strip() and len(label.split()) <= 4 and words.role_of(label) == "point" else title


def _titles_a_point(title: str) -> bool:
    """A group title naming a place by its number (`Выпуск № 1`), or a point's id and what it is, however
    long (`В-1 – выпуск карьерных вод после отстойника …`)."""
    return _names_a_point(title) or bool(DESCRIBED_ID.match(title))


def _has_limit(table: Table, row: int, cols: list[LimitColumn], lang: str | None) -> bool:
    return any(parse_limit(cell(table, row, col.index), lang) is not None for col in cols)


def _stack(label: str | None) -> str | None:
    """A limit sub-column named by a source or stack (`0001`, `KT1`): the limit's point, not a column."""
    if not label:
        return None
    m = POINT_ID.match(label)
    if SOURCE_NUMBER.match(label) or (m and len(label) <= len(m.group(0)) + 1):
        return re.sub(r"\s+", "", m.group(1)) if m else label.strip()
    return None


def _described(table: Table, k: int) -> str | None:
    """The point a part of a column's header over its sub-label names and describes (`т.1 (С, 500 м)`
    over `факт., мг/м3`, `С-2 (нефтепирс)` over its horizons `пов. | придон.`)."""
    parts = table.header_parts[k] if k < len(table.header_parts) else ()
    m = next((x for p in parts[:-1] if (x := LEAD_ID.match(p))), None)
    if m is None:  # `Створ С-1 (фоновый, 500 м выше)`, `С-1 тұстамасы (фондық)` over its rounds
        return next((said for p in parts[:-1] if (said := worded_point(p))), None)
    return re.sub(r"\s+", "", m.group(1))


def _point_under_points(table: Table, k: int) -> bool:
    """A column headed by a point's id under a parent naming the points (`Точки отбора проб | Ф-1 (фон)`): one
    of the points' columns of results, not a column of points."""
    parts = table.header_parts[k] if k < len(table.header_parts) else ()
    return len(parts) > 1 and words.role_of(" ".join(parts[:-1])) == "point" and bool(SHORT_ID.match(parts[-1]))


def _point_columns(table: Table, r: dict[str, int], cols: list[LimitColumn]) -> dict[int, str | None]:
    """Measured values spread over sub-columns: at points (`Концентрация, мг/м3 | т.1 | т.2` beside a ПДК
    column) or at times (`Фактическая концентрация | I кв. | II кв.`): column → the point id its
    sub-header gives (None for a time), when two or more such columns hold figures. Under a header of one
    row, columns headed by a point's id alone (`ПДК | Р-1 (выше сброса) | Р-2`), not a substance's."""
    limits = {col.index for col in cols}
    structural = {
        v for role, v in r.items() if role != "measured" and not (role == "point" and (_described(table, v) or _point_under_points(table, v)))
    }
    if len(table.header_rows) < 2:
        ids = {
            k: re.sub(r"\s+", "", m.group(1))
            for k, label in enumerate(table.header)
            if k not in limits and k not in structural and (m := SHORT_ID.match(label or "")) and match_substance(label) is None and _figures(table, k)
        }
        dated: dict[int, str | None] = {
            k: None
            for k, label in enumerate(table.header)
            if k not in limits
            and k not in structural
            and (DATED_ROUND.match(label or "") or _dated_result(label or "") or period_label(label or ""))
            and _figures(table, k)
        }  # `Серия 1 03.03.2026 | Серия 2 06.03.2026`, `I кв. | II кв.`: runs or periods of measurement
        return ids if len(ids) >= 2 else dated if len(dated) >= 2 else {}
    paired_parents = {table.header_parts[k][:-1] for k in limits if k < len(table.header_parts)}  # `В-1 | ПДК р/х | факт`
    found: dict[int, str | None] = {}
    for k, parts in enumerate(table.header_parts):
        if len(parts) == 1 and k not in limits and k not in structural and (m := SHORT_ID.match(parts[0])) and not parts[0][m.end(1):].strip() and match_substance(parts[0]) is None and _figures(table, k):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `NT1 | NT2` merged down beside `QCVN 40, cột A: C | Cmax`
            continue
        if k in limits or k in structural or len(parts) < (1 if SAMPLED_ON.search(parts[-1] if parts else "") else 2) or not _figures(table, k):
            continue
        if RATE_UNIT.search(parts[-1]) or PER_PRODUCT.search(parts[-1]):
            continue  # `Фактически: мг/нм3 | г/с`, `| кг/т`: a rate or a specific emission, no result against the norm
        if len(parts) > 1 and words.role_of(parts[-1]) == "indicator":
            continue  # `Т-2 | мг/м³ | доли ПДК`: the result as a share of the norm, beside the result itself
        if pid := _stack(parts[-1]) or next((p for part in parts[1:-1] if (p := _stack(part))), None):
            found[k] = pid  # `т.1`, or `ПП-1` over its depths (`0–5 см | 5–20 см`)
        elif len(parts) > 1 and ROUND.match(parts[-1].strip()) and (m := DESCRIBED_ID.match(parts[-2]) or SHORT_ID.match(parts[-2])):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `KK1 – Cổng nhà máy | Đợt 1 | Đợt 2`: the point's rounds
        elif SHORT_ID.match(parts[-1]) and len(parts) > 1 and _round_title(parts[-2]):
            found[k] = re.sub(r"\s+", "", parts[-1])  # `Đợt 1 – mùa khô (21/3/2025) | NB1`: the point under its round
        elif (pid := _described(table, k)) and parts[:-1] not in paired_parents:
            found[k] = pid  # `Концентрация в точках отбора | т.1 (С, 500 м) | факт., мг/м3`
        elif words.role_of(" ".join(parts[:-1])) in ("measured", "point", None) and (m := SHORT_ID.match(parts[-1]) or NUMBER_FIRST_ID.match(parts[-1])):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `Результат по точкам отбора | П-1 | П-3 (фон)`, `Скважина № 97 | М-1 (50 м)`
        elif words.role_of(" ".join(parts[:-1])) in (None, "measured") and (m := DESCRIBED_ID.match(parts[-1])):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `Концентрация на границе СЗЗ | Т-1 (север) | Т-2 (восток)`
        elif words.role_of(parts[0]) == "measured" and (m := next((x for p in parts[1:-1] if (x := SHORT_ID.match(p))), None)):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `Құрамы, мг/кг | СА-1 | 0–5 см`: a point over its depths
        elif (
            words.role_of(" ".join(parts[:-1])) == "measured"
            or SAMPLED_ON.search(parts[-1])
            or (
                unit_in(parts[-2]) in CONCENTRATION
                and parts[:-1] not in paired_parents  # `…, мг/м3 | ПДК м.р. | факт`: a result beside its own norm
                and len(parts[-1]) <= ROUND_LABEL
                and (months_of(parts[-1], anchored=True) or ROUND.match(parts[-1]))
            )
        ):  # `Концентрация по месяцам, мг/м3 | IV | V | …`: a concentration in rounds
            # a quarter, a round, a date (under any parent): the row's own point, or the one the parent names
            found[k] = next((re.sub(r"\s+", "", m.group(1)) for p in parts[:-1] if (m := POINT_INSIDE.search(p))), None)
        elif _statistic(parts[-1]) and (m := ID_WITHIN.search(re.sub(r"\([^)]*\)", " ", " ".join(parts[:-1])))):
            found[k] = re.sub(r"\s+", "", m.group(1))  # `Выпуск В-2 (станция АСК-2) | мин. | среднее | макс.`
    if not found:
        found = measurement_rounds(table, limits | structural)
    inlet = words.compiled("INLET_WORDS")  # `NT1 – Nước thải đầu vào (chưa xử lý)`: the inlet, judged by no norm
    treated = {k: v for k, v in found.items() if not inlet.search(words.flat(" ".join(table.header_parts[k])))}
    found = treated if len(treated) >= 2 else found
    return _means_of_series(table, found) if len(found) >= 2 else {}


NUMBER_FIRST_ID = re.compile(r"^\s*(\d{1,3}\s*[-–]\s*[^\W\d_]{1,3})\s*$")
"""A well's or a point's id written number first (`1-Э`, `2-Э`), under a header of results."""


def _round_title(label: str) -> bool:
    """A round named by its number, before whatever dates or season follow (`Đợt 1 – mùa khô (21/3/2025)`,
    `Серия 2 06.03.2026`, `2-й замер`)."""
    head = re.split(r"\s+[–—-]\s+|\s*\(|\s+\d{1,2}[./]", label.strip(), maxsplit=1)[0]
    return bool(ROUND.match(head) or DATED_ROUND.match(label) or re.fullmatch(r"[^\W\d_]{2,8}\s*\d{1,2}", head))


def _statistic(label: str) -> str | None:
    """`mean` or `extreme` for a sub-header of a series' statistics (`среднее`, `макс.`, `ең аз`)."""
    flat = words.flat(label)
    return "mean" if words.compiled("AVERAGE_HEADERS").search(flat) else "extreme" if words.compiled("EXTREME_HEADERS").search(flat) else None


def _means_of_series(table: Table, found: dict[int, str | None]) -> dict[int, str | None]:
    """The columns with each point's statistics (`Вып-1 | мин. | среднее | макс.`) reduced to their mean:
    one series measured there, whose mean a norm is checked against, not three results."""
    def stat(k: int) -> str | None:
        return _statistic(table.header_parts[k][-1]) if table.header_parts[k] else None
    drop = set()
    for pid in set(found.values()):
        cols = [k for k, p in found.items() if p == pid]
        kinds = [stat(k) for k in cols]
        if len(cols) >= 2 and None not in kinds and kinds.count("mean") == 1:
            drop.update(k for k, kind in zip(cols, kinds, strict=True) if kind == "extreme")
    return {k: p for k, p in found.items() if k not in drop}


def period_label(label: str) -> bool:
    """A short period's name, its day of sampling aside (`I кв.`, `июль`, `I кв. (06.02.2025)`): a round."""
    bare = re.sub(r"\(\s*\)", " ", FULL_DATE.sub(" ", label)).strip()
    bare = YEAR_BEFORE.sub("", YEAR_AFTER.sub("", bare)).strip(" ,/")  # `III квартал 2025 г.`, `2025 ж. III тоқсан`: the report's year
    return len(bare) <= ROUND_LABEL and bool(months_of(bare, anchored=True))



def period_columns(table: Table) -> list[int]:
    """The columns whose lowest header names a period (`I кв. | II кв.`, `Quý I | Quý II`)."""
    return [k for k in range(table.n_cols) if table.header_parts[k] and period_label(table.header_parts[k][-1])]

YEAR_AFTER = re.compile(r"[\s/,]*(?:năm\s+)?(?:19|20)\d{2}(?:\s*(?:г\.?|года|ж\.?|жыл\w*))?\s*$", re.I)
"""A year closing a period's name (`… 2025 г.`, `… 2025 ж.`, `…/2025`, `… năm 2025`)."""
YEAR_BEFORE = re.compile(r"^\s*(?:19|20)\d{2}\s*(?:г\.?|года?|ж\.?|жыл\w*)?[\s,]*", re.I)
"""A year opening a period's name (`2025 ж. III тоқсан`)."""


def _dated_result(label: str) -> bool:
    """`Результат (27.04.2025)`, `Kết quả ngày 09/10/2025`: a result by the day it was sampled."""
    rest = FULL_DATE.sub(" ", label)
    return rest != label and words.role_of(rest) == "measured"


FULL_DATE = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)")
DATED_ROUND = re.compile(
    r"^\s*[^\W\d_]{0,10}\s*\d{1,2}\s*-?\s*[^\W\d_]{0,10}\s+\(?(?:\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})|\d{1,2}[./]\d{4})\)?\s*$"
)
"""A round by its number and its day or month (`Серия 1 03.03.2026`, `1-серия 12.03.2026`, `Đợt 1 (16/03/2025)`,
`Đợt 1 (03/2024)`)."""
ROUND_LABEL = 12
"""A round under a concentration is named shortly (`IV`, `июль`, `2-й замер`); a longer sub-header says what was measured."""
ROUND = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}\s*-?\s*(?:й|я|ое|th)?\s*(?:замер|раунд|өлшеу|lần|đợt|round)?|(?:đợt|lần|round)\s*\d{1,2})\.?$", re.I)
"""A round by its number: a month in Roman numerals (`IV`), `2-й замер`, `Đợt 1`; a month or a quarter is named too."""


def measurement_rounds(table: Table, taken: set[int]) -> dict[int, str | None]:
    """Columns of concentrations under the same label, each under a parent of its own (`I полугодие |
    концентрация, мг/Нм3`, `II полугодие | концентрация, мг/Нм3`): rounds of measurement, at the point
    a parent names or the row's own."""
    same: dict[str, list[int]] = {}
    for k, parts in enumerate(table.header_parts):
        if k not in taken and len(parts) > 1 and unit_in(parts[-1]) in CONCENTRATION and _figures(table, k):
            same.setdefault(" ".join(parts[-1].lower().split()), []).append(k)
    return {
        k: next((re.sub(r"\s+", "", m.group(1)) for p in table.header_parts[k][:-1] if (m := POINT_INSIDE.search(p))), None)
        for cols in same.values()
        if len(cols) >= 2 and len({table.header_parts[k][:-1] for k in cols}) == len(cols)
        for k in cols
    }


def _unit_columns(table: Table, r: dict[str, int], cols: list[LimitColumn]) -> list[int]:
    """Columns of figures no header word claims, in the limits' own concentration unit, under one parent (or one
    alone): results measured against them."""
    units = {col.unit for col in cols if col.unit}
    if len(units) != 1:
        return []
    taken = set(r.values()) | {col.index for col in cols}
    found = [
        k for k in range(table.n_cols)
        if k not in taken and words.role_of(table.header[k]) is None and unit_in(table.header[k]) in units and _figures(table, k)
        and not words.compiled("BACKGROUND_WORDS").search(words.flat(table.header[k]))  # `Фоновая концентрация`: not the result
        and not words.compiled("FORECAST_WORDS").search(words.flat(table.header[k]))  # `Nồng độ dự báo`: worked out, not measured
    ]
    parents = {tuple(table.header_parts[k][:-1]) for k in found}
    return found if found and (len(found) == 1 or (len(parents) == 1 and () not in parents)) else []


def regime_columns(table: Table, measured: int, limits: set[int]) -> list[int]:
    """The measured column and its siblings under one parent header, in the same unit and none a limit
    (`limits`), a mean or a reduced result (`Фактическая концентрация, мг/Нм3: совмещенный режим | прямой
    режим`): each a measurement of its own against the row's norm; empty unless two are."""
    parent = table.header_parts[measured][:-1]
    if not parent or any(_headed(table, limits, name) is not None for name in ("REDUCED_HEADERS", "AVERAGE_HEADERS")):
        return []
    def own_unit(k: int) -> str | None:  # `мг/нм3 | г/с` under one parent: a concentration and a rate
        last = table.header_parts[k][-1]
        return unit_in(last) or (words.flat(last) if "/" in last else table_unit(table, k))  # `кг/т` too

    unit = own_unit(measured)
    found = [
        k for k in range(table.n_cols)
        if table.header_parts[k][:-1] == parent and k not in limits and own_unit(k) == unit
        and words.role_of(table.header_parts[k][-1]) not in ("g_s", "t_y") and _figures(table, k)
    ]
    return found if len(found) >= 2 and measured in found else []


def _reduced_column(table: Table, cols: list[LimitColumn]) -> int | None:
    """The column of results reduced to reference conditions (`приведенная к 7 % O2`), when it holds figures."""
    return _headed_column(table, cols, "REDUCED_HEADERS")


def _mean_column(table: Table, cols: list[LimitColumn]) -> int | None:
    """The column of the mean of repeated measurements (`Среднее значение`), when it holds figures."""
    return _headed_column(table, cols, "AVERAGE_HEADERS")


def _headed_column(table: Table, cols: list[LimitColumn], name: str) -> int | None:
    """The first column, not a limit's, whose header has the words `name` lists and whose cells hold figures."""
    return _headed(table, {col.index for col in cols}, name)


def _headed(table: Table, limits: set[int], name: str) -> int | None:
    pattern = words.compiled(name)
    return next(
        (k for k in range(table.n_cols) if k not in limits and pattern.search(words.flat(table.header[k])) and _figures(table, k)),
        None,
    )


SHORT_ID = re.compile(r"^\s*([^\W\d_]{1,4}(?:\s*[-–.]\s*|)\d{1,3}[a-zа-я]?)(?:\s*$|\s*[(–—,:])", re.I)
"""A point's short id under a parent that says what was measured (`П-1`, `ВБ-2`, `N3`, `С-3 (фон)`), not a
round (`Đợt 1`: a word and a number apart)."""


def _label_column(table: Table, r: dict[str, int], cols: list[LimitColumn]) -> int | None:
    """A column that names each row's kind of limit (`Вид ПДК | м.р.`, `с.с.`; `Cột | A`, `B`)."""
    structural = ("row_number", "substance", "substance_code", "point", "unit", "measured")
    used = {*(r[k] for k in structural if k in r), *(col.index for col in cols)}
    for k in range(table.n_cols):
        if k in used:
            continue
        filled = [t for row in range(len(table.rows)) if not is_blank(t := cell(table, row, k)) and not row_title(table, row)]
        if len(filled) >= 2 and all(_kind_label(t) for t in filled):
            return k
        if any(letter_column(t) for t in filled) and all(letter_column(t) or STANDARD_REF.search(t) for t in filled):
            return k  # `Quy chuẩn áp dụng | QCVN 19:2009/BTNMT, cột B`: the standard and its column per row
    return None


STANDARD_REF = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,6}\s*\d{1,4}[:\-–.]\d{2,4}")
"""A standard named by its letters and number (`QCVN 20:2009`, `ГОСТ 17.2.3.02`, `СТ РК 1174-2003`)."""


def _kind_label(text: str) -> str | None:
    t = text.strip()
    if re.fullmatch(r"[A-CА-В]\d?", t):
        return t.replace("А", "A").replace("В", "B")
    m = averaging().fullmatch(t)
    return " ".join(m.group(0).split()) if m else None


@cache
def averaging() -> re.Pattern[str]:
    """The averaging times that label a limit column or row (`м.р.`, `с.с.`, `Trung bình 1 giờ`)."""
    return re.compile(words.compiled("AVERAGING_LABELS").pattern, re.I)


def _row_label(table: Table, row: int, col: int | None) -> str | None:
    text = cell(table, row, col) if col is not None else ""
    return (_kind_label(text) or letter_column(text)) if text else None


def standard_column(text: str) -> str | None:
    """The averaging time (`ПДК м.р.`) or the column of a standard (`cột B`) a header or title names."""
    period = averaging().search(text)
    if period:
        return " ".join(period.group(0).split())
    if use := words.compiled("LAND_USE_COLUMNS").search(words.flat(text)):
        return " ".join(use.group(0).split()).capitalize()  # `QCVN 03-MT:2015/BTNMT – đất nông nghiệp`
    return letter_column(text)


def letter_column(text: str) -> str | None:
    """The standard's column a header names (`cột B`, `столбец А`): `A`, `B`, `A1` …"""
    m = _LETTER.search(text) or _BRACKETED_LETTER.search(text)
    return m.group(1).upper().replace("А", "A").replace("В", "B") if m else None


_BRACKETED_LETTER = re.compile(r"(?:qcvn|тр|гост)\s*[\d-]+[^()]{0,30}?\(\s*([A-CА-В]\d?)\s*\)", re.I)
"""A standard's column in brackets after its number (`QCVN 40:2011/BTNMT (B)`, `QCVN 08-MT:2015/BTNMT (B1)`)."""


LABELLED = re.compile(r"(?<!\w)([^\W\d_][^.:;\n]{2,40}):\s*")
"""`Vị trí lấy mẫu: `, `Место отбора: `: a label before what it gives."""


ID_WITHIN = re.compile(r"(?<![\w-])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,4}\s?[-–]\s?\d{1,3}|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,4}\d{1,3})(?![\w-])")
"""A point's id among the words that describe its place: capitals and a number (`КК-13`, `HG24`, `Выпуск В-2`,
`Giới hạn tại CX1`)."""


def _id_among_words(text: str) -> str | None:
    """The one id a place's description gives among its words (`колодец присоединения КК-13`, `… қосылу
    құдығы КК-9`), not in brackets after it (`… của bệnh viện (NT1)`: an aside, not what the act names)."""
    clause = re.split(r"[.;]\s", text, maxsplit=1)[0]
    ids = [m for m in ID_WITHIN.finditer(clause) if not clause[: m.start()].rstrip().endswith("(")]
    return ids[0].group(1) if len(ids) == 1 else None


def captioned_point(found: list[c.Limit], caption: str) -> list[c.Limit]:
    """The limits with the one point their caption names (`Результаты анализов сточных вод в колодце КК-2`), when none
    of them has a point of its own and they are results, not norms alone."""
    if any(x.point for x in found) or not any(x.value is not None for x in found):
        return found
    ids = {re.sub(r"\s+", "", m.group(1)) for m in ANY_ID.finditer(caption or "") if m.group(1)[0].isupper() and re.search(r"[-–]|[^\W\d_]\d", m.group(1))}
    point = named_point(caption or "") or (ids.pop() if len(ids) == 1 else None)  # `… в колодце КК-2 за 2025 год`
    return [replace(x, point=point) for x in found] if point else found


def said_point(found: list[c.Limit], lead_in: str) -> list[c.Limit]:
    """The limits with the one sampling point the lead-in names (`Vị trí lấy mẫu: KT1 – ống khói …`), when
    none of them has a point of its own."""
    if any(x.point for x in found):
        return found
    labelled = [m for m in LABELLED.finditer(lead_in or "") if words.role_of(m.group(1).strip()) == "point"]
    named = {point_name(lead_in[m.end() :], pid) for m in labelled if (pid := POINT_ID.match(lead_in[m.end() :]))}
    if not named and any(x.value is not None for x in found):  # `Место отбора: колодец присоединения КК-13 …`
        named = {pid for m in labelled if (pid := _id_among_words(lead_in[m.end() :]))}  # where an act sampled
    if len(named) != 1:
        return found
    point = named.pop()
    return [replace(x, point=point) for x in found]


def noted_column(found: list[c.Limit], note: str) -> list[c.Limit]:
    """The limits with the one standard's column the note under their table names (`C là giá trị quy
    định tại cột A, QCVN 40:2011/BTNMT`), where their own header named none."""
    letters = {m.group(1).upper().replace("А", "A").replace("В", "B") for m in _LETTER.finditer(note)}
    if len(letters) != 1:
        return found
    letter = letters.pop()
    return [replace(x, column=letter) if x.column is None else x for x in found]


CMAX_HEADER = re.compile(r"^\s*c\s*max\b", re.I)
"""A column headed `Cmax`: the maximum derived from a standard's column (`C × Kq × Kf`), the one that binds."""

DERIVED = re.compile(r"\bc\s*max\b|\bk[qfpv]\b", re.I)
"""`Cmax = C × Kq × Kf`: a maximum derived from a standard's column, no longer that column's value."""


def lead_in_column(found: list[c.Limit], lead_in: str) -> list[c.Limit]:
    """The limits with the one standard's column the lead-in names (`… QCVN 28:2010/BTNMT (cột B, hệ số
    K = 1,0), cụ thể như sau:`), where their own header named none and the lead-in derives no maximum from it."""
    return found if DERIVED.search(lead_in or "") else noted_column(found, lead_in or "")


_LETTER = re.compile(r"(?:cột|столбец|графа|колонка|column)\s*([A-CА-В]\d?)\b", re.I)


def column_label(text: str) -> str | None:
    """The label a limit's name gives its column: the averaging time (`ПДК м.р., мг/м3` → `м.р.`),
    else the name without its unit and limit words when short."""
    if named := standard_column(text):
        return named
    label = _clean_label(text)
    return label if label and len(label) <= 30 and words.role_of(label) != "limit" else None


def limit_substance(raw: str, code_text: str, medium: str) -> c.Substance:
    family = FAMILY.get(medium, medium)
    if family == "air":
        return table_substance(raw, code_text)
    return substance(raw, family)


UNITLESS = frozenset({"pH"})
"""Parameters that have no unit whatever the column's header says."""


def unit_for(found: c.Substance, unit: str | None) -> str | None:
    return None if found.symbol in UNITLESS else unit


def row_unit_of(table: Table, row: int, col: int | None) -> str | None | bool:
    """The unit of the row's unit cell; None when the cell says there is none (`-`); False without a unit column."""
    if col is None:
        return False
    text = cell(table, row, col)
    if is_blank(text):
        return None
    return normalise_unit(text) or unit_in(text)


def measured_value(text: str, lang: str | None) -> float | None:
    found = find_quantities(text, lang, require_unit=False) if text else []
    return found[0].value if found and found[0].comparator is None else None


def limit_point(text: str | None) -> str | None:
    if not text or is_blank(text):
        return None
    m = POINT_ID.match(text)
    if m is None and (d := DESCRIBED_ID.match(text)) and len(text) > len(d.group(1)) + 3:
        return re.sub(r"\s+", "", d.group(1))  # `КК-1 – выпуск стоков корпуса 1`: the point by its id
    return point_name(text, m) if m and len(text) > len(m.group(0)) + 3 else clean_name(text)


def _lone_title(table: Table, row: int, col: int) -> str | None:
    """The one text of a row, with words, in a column before the substance's: a title merged across the
    row that a text file writes in the row's first cells, read as the merged title is."""
    title = row_title(table, row)
    if not title or is_total(title) or not re.search(r"[^\W\d_]{3}", title):
        return None
    return title if any(cell(table, row, k) == title for k in range(col)) else None


def _is_group_row(table: Table, row: int, col: int) -> bool:
    """A row that names a group (`Khí thải`, `Сточные воды`) across the table, with no figures."""
    first = owner(table.rows, row, col)  # a title merged from the first column over the substance's
    texts = [own_cell(table, row, k) for k in range(table.n_cols) if k != col and owner(table.rows, row, k) is not first]
    return (first is not None and first.col_span >= max(2, table.n_cols - 1)) or all(
        is_blank(t) for t in texts
    )
