"""Which columns of a limits table hold norms and which the results checked against them: a norm per
standard's column or averaging time, its unit, the result paired with it, the reduced result, the mean of
repeated rounds or the regime a result was measured in."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractor import columns as words
from extractor.context import (
    cell,
    is_blank,
    row_title,
)
from extractor.model import Table, is_column_number_row, owner
from extractor.tables.limit_cells import (
    CONCENTRATION,
    EXISTING,
    PER_PRODUCT,
    RATE_UNIT,
    WITH_SPREAD,
    parse_limit,
    table_unit,
    unit_in,
)
from extractor.tables.limit_labels import (
    CMAX_HEADER,
    STANDARD_REF,
    STANDARD_TABLE,
    averaging,
    clean_label,
    column_point,
    kind_label,
    land_use_column,
    letter_column,
    standard_column,
    tokens_ordered,
)
from extractor.tables.profile import (
    is_figure,
    mostly_figures,
)


@dataclass(frozen=True)
class LimitColumn:
    index: int
    label: str | None
    unit: str | None
    point: str | None = None
    """The point a column's header names (`Выпуск № 1 | ДК, мг/дм3`, `NT1 | cột A`): the limit's point, not its column."""


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
    if any(has_figures(table, k) for k in cols):  # `Нормативный документ` beside `ПДК м.р.`: words, no limits
        cols = [k for k in cols if has_figures(table, k)]
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


def _required(table: Table, col: int) -> bool:
    """A column headed as requirements for what is measured whose figures are limits (`6,5–8,5`, `не менее 1,5`)."""
    if not words.compiled("REQUIREMENT_HEADERS").search(words.flat(table.header[col])):
        return False
    cells = [cell(table, r, col) for r in range(len(table.rows))]
    limits = [t for t in cells if parse_limit(t, None) is not None]
    return bool(limits) and not any(is_figure(t) and t not in limits for t in cells)


def _standard_label(label: str) -> bool:
    """`A`, `B2`, `м.р.`, `Trung bình 1 giờ`: the names of a standard's columns."""
    return bool(re.fullmatch(r"[A-C]\d?", label) or averaging().fullmatch(label) or words.compiled("NUMBERED_LAND_COLUMNS").fullmatch(label.lower()))


def has_figures(table: Table, col: int) -> bool:
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
                label = " ".join(period.group(0).split()) if period else clean_label(bottom.text)
                if label:
                    out[k] = label
        if len(set(out.values())) < len(out):  # `Trung bình 1 giờ: QCVN 05 | Trung bình 24 giờ: QCVN 05`
            parents = {k: owner(naming, len(naming) - 2, k) for k in out}
            if len({id(p) for p in parents.values()}) == len(out):
                for k, parent in parents.items():
                    period = averaging().search(parent.text)
                    label = " ".join(period.group(0).split()) if period else clean_label(parent.text)
                    if label:
                        out[k] = label
    if len(out) < len(cols) and len(cols) > 1:
        headers = {k: tokens_ordered(table.header[k]) for k in cols if k not in out}
        for k, label in _distinct(headers).items():
            label = clean_label(label)
            if label and len(label) <= 30:
                out[k] = label
    for k in cols:
        if k not in out and (letter := letter_column(table.header[k]) or land_use_column(table.header[k])):
            out[k] = letter  # `QCVN 40:2011/BTNMT (B)`, `QCVN 03:2023/BTNMT (Loại 3)`
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


def in_unit(table: Table, measured: int | None, unit: str | None) -> int | None:
    """Of a measured group's columns in several units (`Фактически: мг/Нм3 | кг/т`), the one in the limit's
    unit; the measured column itself otherwise."""
    if measured is None or unit is None or table_unit(table, measured) == unit:
        return measured
    parent = table.header_parts[measured][:-1]
    mates = [k for k in range(table.n_cols) if parent and table.header_parts[k][:-1] == parent and table_unit(table, k) == unit]
    return mates[0] if len(mates) == 1 else measured


CMAX = re.compile(r"(?<![^\W\d_])c\s?max(?![^\W\d_])", re.I)


def own_maximum(table: Table, cols: list[LimitColumn]) -> list[LimitColumn]:
    """The permit's own maximum (`Cmax`) beside the standard's value it was worked out from (`Giá trị C (QCVN
    40:2011/BTNMT, cột B)`): the maximum alone, labelled with the standard's column; the columns as they are
    otherwise."""
    own = [col for col in cols if CMAX.search(table.header[col.index])]
    rest = [col for col in cols if col not in own]
    letters = {standard_column(table.header[col.index]) for col in rest}
    if len(own) != 1 or not rest or len(letters) != 1 or None in letters:
        return cols
    return [replace(own[0], label=letters.pop())]


def result_twins(table: Table, cols: list[LimitColumn]) -> tuple[list[LimitColumn], dict[int, int]]:
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


def left_results(table: Table, cols: list[LimitColumn], paired: dict[int, int]) -> dict[int, int]:
    """The result column right before each norm column not yet paired, when the header calls it a result."""
    out = {}
    for col in cols:
        k = col.index - 1
        if col.index not in paired and k >= 0 and k not in paired.values() and words.role_of(table.header[k]) == "measured":
            out[col.index] = k
    return out


def paired_measured(table: Table, r: dict[str, int], cols: list[LimitColumn]) -> dict[int, int]:
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


def has_limit(table: Table, row: int, cols: list[LimitColumn], lang: str | None) -> bool:
    return any(parse_limit(cell(table, row, col.index), lang) is not None for col in cols)


def unit_columns(table: Table, r: dict[str, int], cols: list[LimitColumn]) -> list[int]:
    """Columns of figures no header word claims, in the limits' own concentration unit, under one parent (or one
    alone): results measured against them."""
    units = {col.unit for col in cols if col.unit}
    if len(units) != 1:
        return []
    taken = set(r.values()) | {col.index for col in cols}
    found = [
        k for k in range(table.n_cols)
        if k not in taken and words.role_of(table.header[k]) is None and unit_in(table.header[k]) in units and has_figures(table, k)
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
        and words.role_of(table.header_parts[k][-1]) not in ("g_s", "t_y") and has_figures(table, k)
    ]
    return found if len(found) >= 2 and measured in found else []


def reduced_column(table: Table, cols: list[LimitColumn]) -> int | None:
    """The column of results reduced to reference conditions (`приведенная к 7 % O2`), when it holds figures."""
    return _headed_column(table, cols, "REDUCED_HEADERS")


def mean_column(table: Table, cols: list[LimitColumn]) -> int | None:
    """The column of the mean of repeated measurements (`Среднее значение`), when it holds figures."""
    return _headed_column(table, cols, "AVERAGE_HEADERS")


def _headed_column(table: Table, cols: list[LimitColumn], name: str) -> int | None:
    """The first column, not a limit's, whose header has the words `name` lists and whose cells hold figures."""
    return _headed(table, {col.index for col in cols}, name)


def _headed(table: Table, limits: set[int], name: str) -> int | None:
    pattern = words.compiled(name)
    return next(
        (k for k in range(table.n_cols) if k not in limits and pattern.search(words.flat(table.header[k])) and has_figures(table, k)),
        None,
    )


def label_column(table: Table, r: dict[str, int], cols: list[LimitColumn]) -> int | None:
    """A column that names each row's kind of limit (`Вид ПДК | м.р.`, `с.с.`; `Cột | A`, `B`)."""
    structural = ("row_number", "substance", "substance_code", "point", "unit", "measured")
    used = {*(r[k] for k in structural if k in r), *(col.index for col in cols)}
    for k in range(table.n_cols):
        if k in used:
            continue
        filled = [t for row in range(len(table.rows)) if not is_blank(t := cell(table, row, k)) and not row_title(table, row)]
        if len(filled) >= 2 and all(kind_label(t) for t in filled):
            return k
        if any(letter_column(t) for t in filled) and all(letter_column(t) or STANDARD_REF.search(t) or STANDARD_TABLE.match(t) for t in filled):
            return k  # `Quy chuẩn áp dụng | QCVN 19:2009/BTNMT, cột B`, `Bảng, mức | Bảng 2, mức B`: the column per row
    return None


