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

from extractor import columns as words
from extractor import contract as c
from extractor.context import (
    Collector,
    Context,
    cell,
    clean_name,
    is_blank,
    own_cell,
    row_title,
)
from extractor.model import Table, owner
from extractor.nlp.identifiers import source_type
from extractor.nlp.numbers import is_not_detected
from extractor.tables.emissions import is_total
from extractor.tables.limit_cells import (
    CONCENTRATION,
    cell_unit,
    flow_or_share,
    labelled_results,
    limit_substance,
    measured_value,
    medium_of,
    not_sampled,
    parse_limit,
    process_unit,
    resolve_medium,
    row_unit_of,
    table_unit,
    unit_for,
    unit_in,
    value_in_unit,
    worked_base,
)
from extractor.tables.limit_columns import (
    has_limit,
    in_unit,
    label_column,
    left_results,
    limit_columns,
    mean_column,
    own_maximum,
    paired_measured,
    reduced_column,
    regime_columns,
    result_twins,
    unit_columns,
)
from extractor.tables.limit_labels import (
    asked_at,
    header_point,
    limit_point,
    names_a_point,
    outlet_medium,
    row_kind_label,
    stack_of,
    standard_column,
    titles_a_point,
    unlabelled,
)
from extractor.tables.limit_points import id_beside, limit_beside_point, point_columns, point_named_column
from extractor.tables.points import (
    DESCRIBED_ID,
    named_point,
    worded_point,
)
from extractor.tables.profile import (
    POINT_ID,
    SOURCE_NUMBER,
    number_and_name,
)
from extractor.tables.records import add_source, sources_mentioned


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
        measured = point_named_column(table, r, cols)  # `trước xử lý | Sau xử lý (NT1) | QCVN 25`: the point's result
    existing = words.compiled("EXISTING_POSITION_WORDS")  # `Существующее положение: концентрация` beside the norm
    if measured is None and (united := [k for k in unit_columns(table, r, cols) if not existing.search(words.flat(table.header[k]))]):
        measured = united[0]  # `Норматив, мг/Нм³ | Концентрация при нагрузке, мг/Нм³: 25 % | 50 % | …`: results in the norm's unit
    if measured is not None and existing.search(words.flat(table.header[measured])):
        measured = None  # what is discharged before the norms take effect: no result checked against them
    kinds = label_column(table, r, cols)
    id_col = id_beside(table, r)
    at_points = point_columns(table, r, cols)
    regimes: list[int] = []
    if at_points and all(pid is None for pid in at_points.values()) and (regimes := regime_columns(table, min(at_points), {col.index for col in cols})):
        at_points, measured = {}, regimes[0]  # `Фактическая концентрация: совмещенный режим | прямой режим`: no points
    if at_points and all(pid is None for pid in at_points.values()) and (mean := mean_column(table, cols)) is not None:
        at_points, measured = {}, mean  # rounds `1-й замер | 2-й | 3-й` and their mean: the mean is checked
    if not at_points and measured is None and (mean := mean_column(table, cols)) is not None:
        measured = mean  # `Замер 1 | Замер 2 | Замер 3 | Среднее | Норматив`: the mean of the rounds is checked
    if at_points:
        measured = None  # `Kết quả phân tích | NT1 | NT2`: a measured value per point column
    elif measured is not None and (reduced := reduced_column(table, cols)) is not None:
        measured = reduced  # `Kết quả đo | Kết quả quy đổi (O2 = 7 %)`: the reduced result is checked
    cols = own_maximum(table, cols)  # `Giá trị C (QCVN 40, cột B) | Cmax`: the permit's own maximum, of column B
    cols, twins = result_twins(table, cols)  # `Trung bình năm (µg/m³) | QCVN 05 – Trung bình năm`: a result, its norm
    if twins and measured is None:
        measured = next(iter(twins.values()))
    paired = {**(paired_measured(table, r, cols) if measured is not None else {}), **twins}
    if twins and (left := left_results(table, cols, paired)):
        paired = {**left, **paired}  # `Giá trị 24 giờ lớn nhất | QCVN – Trung bình 24 giờ`: each norm's result before it
    measured_at = header_point(table.header[measured]) if measured is not None else None
    if not regimes and measured is not None and not at_points and not paired:
        regimes = regime_columns(table, measured, {col.index for col in cols})
    beside = limit_beside_point(cols, at_points)  # `NT1 – Kết quả | QCVN 40 cột B | NT2 – Kết quả | QCVN 14 cột B`
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
        if is_blank(raw) and "point" not in r and titles_a_point(title := unlabelled(row_title(table, row))):
            group_point = title  # `Выпуск № 1` alone in the first column, as a text file writes a merged title
            continue
        if is_blank(raw) and last[0] and (kinds is not None or at_points) and has_limit(table, row, cols, lang):
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
            elif "point" not in r and (POINT_ID.match(at := unlabelled(raw)) or DESCRIBED_ID.match(at)):  # `KT1 – Ống khói lò đốt … 100 tấn/ngày`
                group_point = at  # `Т-1 (граница СЗЗ, север)`, `Место отбора: КК-1 – …`: a point, though its place names a medium
                said = outlet_medium((raw, "")) or medium_of(raw) or said  # `ВП-1 – выпуск дренажного раствора`: a discharge
            elif named := medium_of(raw):
                said = named
                if "point" not in r and (at := worded_point(raw)):
                    group_point = at  # `Показатели сточных вод на выходе (точка КК-2)`: the rows' medium and point
            elif "point" not in r and names_a_point(raw):
                group_point = raw  # `Выпуск № 1` over the parameters measured there
            continue
        row_kind = row_kind_label(table, row, kinds)
        row_unit = row_unit_of(table, row, r.get("unit"))
        if row_unit is False and "," in raw and (named_unit := unit_in(raw.rsplit(",", 1)[1])):
            row_unit = named_unit  # `Взвешенные вещества, мг/дм3` under `Показатель, единица измерения`
        at_col = r.get("point", r.get("source_number"))  # `№ источника | … | Норматив, мг/Нм3`: the source's
        point = cell(table, row, at_col) or (above if at_col is not None else group_point)
        if at_col is None and point is None and "subject" in r:
            question = cell(table, row, r["subject"])
            asked = asked_at(question) if not is_blank(question) else asked  # a text file gives a merged question once
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
            own_measured = paired.get(col.index, in_unit(table, measured, col.unit))
            if own_measured is not None and not_sampled(cell(table, row, own_measured)):
                continue  # `не отбирались` in the result's cell: no sample there, so nothing checked against the norm
            value = value_in_unit(table, own_measured, cell(table, row, own_measured), col.unit, lang) if own_measured is not None else None
            parsed = parse_limit(own_cell(table, row, col.index) or cell(table, row, col.index), lang)
            if parsed is None:
                continue
            unit = row_unit if row_unit is not False else (cell_unit(table, row, col.index) or col.unit or table_wide)
            own = outlet_medium(table.header_parts[col.index]) or medium_of(table.header[col.index])
            # `ПДК для водных объектов` beside `на выпуске`; `ШЖК б/ш (теңіз сулары)`; `Вып-1 – выпуск … | ДК`: the discharge
            medium = resolve_medium(own or said, unit if isinstance(unit, str) else None) or "water"
            limit, low, high = parsed
            found = limit_substance(raw, code_text, medium)
            if not (found.code or found.symbol or found.cas) and process_unit(own_cell(table, row, col.index) or "", raw):
                continue  # `Давление в реакторе | 0,11 – 0,14 МПа`: a setting of the process, not a norm of the environment
            if not (found.code or found.symbol or found.cas) and "unit" in r and flow_or_share(cell(table, row, r["unit"])):
                continue  # `Объем отходящих газов | тыс. нм³/ч`, `Содержание O2 для приведения | %`: the stack's conditions
            stack = stack_of(col.label)
            own = [(at, text) for at, text in readings if at == (col.point or beside.get(col.index))]  # `Т-1 | факт | ПДК`: the point's own result
            each = labelled_results(cell(table, row, own_measured), lang) if own_measured is not None and not readings else []
            if regimes and not readings:  # `Фактическая концентрация: совмещенный режим | прямой режим`
                each = [v for k in regimes if (v := measured_value(own_cell(table, row, k) or "", lang)) is not None]
            at_own = stack or col.point or limit_point(point) or measured_at
            base = worked_base(own_cell(table, row, col.index) or cell(table, row, col.index))
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
