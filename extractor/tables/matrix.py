"""Limit tables with a column per substance: samples down the rows, the norm in a row of its own.

`Дата | Точка | Концентрация, мг/м3: SO2 | CO | Пыль` with a row per sample and a last row
`ПДК м.р., мг/м3 | | 0,5 | 5 | 0,3`; or a norm table turned sideways, `Норматив | SO2 | CO`.
Each sample's value at its point is measured against the norm of its column.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor import columns as words
from extractor import contract as c
from extractor.context import Collector, Context, cell, is_blank, number, row_title
from extractor.model import Table
from extractor.nlp.substances import match_substance
from extractor.nlp.units import normalise_unit
from extractor.tables.limit_cells import (
    FAMILY,
    FOOTNOTE,
    limit_substance,
    measured_value,
    parse_limit,
    resolve_medium,
    table_unit,
    unit_for,
    unit_in,
)
from extractor.tables.limit_labels import (
    ID_WITHIN,
    column_label,
    letter_column,
    limit_point,
    names_an_outlet,
    standard_column,
)
from extractor.tables.points import named_point
from extractor.tables.profile import POINT_ID, SOURCE_NUMBER, is_shift
from extractor.tables.records import add_source, sources_mentioned

MIN_SUBSTANCES = 2


_UNIT_AFTER = re.compile(r"\s*[(,]\s*([^()]*?)\s*\)?\s*$")


YEAR_LABEL = re.compile(r"^\s*(?:19|20)\d{2}(?:\s*[–—-]\s*(?:19|20)\d{2})?\s*(?:г\.|гг\.|год\w*|ж\.|жыл\w*|năm|year)")
"""A year or a span of years heading a column (`2026 г.`, `2027–2030 гг.`, `2026 ж.`)."""


def substance_columns(table: Table, medium: str = "air") -> dict[int, c.Substance]:
    """Columns whose own header label names a known substance, when two or more do."""
    family = FAMILY.get(medium, medium)
    found: dict[int, c.Substance] = {}
    for k, parts in enumerate(table.header_parts):
        filled = [p for p in parts if not is_blank(p)]
        named = [p for p in filled if not (unit_in(p) and normalise_unit(p.strip(" ,()")))]  # `SO2` over `mg/Nm3`
        label = named[-1] if named else ""
        if (m := _UNIT_AFTER.search(label)) and unit_in(m.group(1)):
            label = label[: m.start()]  # `SO2 (mg/Nm3)`: the substance before its unit
        role = words.role_of(label) if label else None
        if not label or len(label) > 80 or role not in (None, "substance") or is_shift(label) or YEAR_LABEL.match(label):
            continue  # `Ca 1 | Ca 2`: shifts, not calcium; `2027–2030 гг.`: years, not the code 2027
        s = limit_substance(label, "", family if family in ("air", "water", "soil") else "air")
        if not (s.code or s.symbol) and "," in label:  # `pH, ед.`: the substance before a word of its unit
            s = limit_substance(label.split(",")[0], "", family if family in ("air", "water", "soil") else "air")
        if not (s.code or s.symbol) and len(named) > 1 and (
            words.compiled("UNIT_LABEL_WORDS").search(words.flat(named[-1]))
            or (words.role_of(named[-1]) is None and len(named[-2].strip()) >= 2 and _whole_name(named[-2], family))
        ):  # `ед. pH`, `фон | контроль` under the substance they are of
            label = named[-2]
            role = words.role_of(label)
            s = limit_substance(label, "", family if family in ("air", "water", "soil") else "air")
        if (s.code or s.symbol) and (role is None or _whole_name(label, family)):
            found[k] = s  # `Взвешенные вещества` is one, though its word for substances heads other columns
    return found if len(found) >= MIN_SUBSTANCES else {}


def _whole_name(label: str, family: str) -> bool:
    """The whole label is a known substance's name (`Взвешенные вещества`), not a header over them
    (`Загрязняющие вещества`)."""
    m = match_substance(label, medium=family if family in ("air", "water", "soil") else "air")
    return m is not None and m.score >= 95 and m.end - m.start >= len(label.strip()) - 2


def norm_rows(table: Table, columns: dict[int, c.Substance]) -> list[int]:
    """Rows whose first filled cell is a limit's name (`ПДК м.р., мг/м3`, `QCVN 05:2023`) over figures."""
    first = min(columns)
    out = []
    for row in range(len(table.rows)):
        label = next((t for k in range(first) if not is_blank(t := cell(table, row, k))), "")
        if label and words.role_of(label) == "limit":
            out.append(row)
    return out


def read_matrix(
    ctx: Context, out: Collector, ti: int, table: Table, context: tuple[str, ...], lang: str | None
) -> bool:
    """Limits of a table with a column per substance; False when the table is not one."""
    caption, *around = context or ("",)
    said = words.first_label("MEDIUM_WORDS", [f"{caption} {' '.join(table.header)}", *around])
    unit = table_unit(table, None, " ".join(context))
    medium = resolve_medium(said, unit) or "air"
    if read_titled_norms(ctx, out, ti, table, context, lang):
        return True
    if len(in_header := header_norms(table, medium, lang)) >= MIN_SUBSTANCES:
        _read_header_norms(ctx, out, ti, table, in_header, said, unit, lang, letter_column(" ".join(context)))
        return True
    columns = substance_columns(table, medium)
    if columns and (order := fraction_order(table, columns)) is not None:
        _read_fractions(ctx, out, ti, table, columns, order, said, unit, lang)
        return True
    norms = norm_rows(table, columns) if columns else []
    if columns and not norms and under_limit(table, columns):
        _read_by_row(ctx, out, ti, table, columns, said, unit, lang)
        return True
    if not norms:
        return False
    first = min(columns)
    point_col = _point_column(table, columns)
    over = _point_over(table, columns, caption)
    fields = field_rows(table, first)
    labels = {norm: next((t for k in range(first) if not is_blank(t := cell(table, norm, k))), "") for norm in norms}
    places = _norm_points(labels)
    if over is None and len(norms) == 1 and (m := ID_WITHIN.search(re.sub(r"^[^(]*\(|\)\s*$", " ", labels[norms[0]]))):
        over = m.group(1)  # `ДК (выход, КК-2)`: the one norm row names where the samples are judged
    for norm in norms:
        label_text = labels[norm]
        label = standard_column(label_text) if places else column_label(label_text)  # `… tại CX1 – QCVN 40, cột B`
        if label is None and len(norms) == 1:  # `Quy chuẩn so sánh: QCVN 40:2011/BTNMT, cột B` said before the one norm row
            label = letter_column(" ".join(context))
        samples = [r for r in range(len(table.rows)) if r not in norms and r not in fields and _has_figures(table, r, columns)]
        at = _sample_points(table, samples, point_col, columns)
        if places and any(_tight(at.get(r)) in places.values() for r in samples):
            samples = [r for r in samples if _tight(at.get(r)) == places[norm]]  # `ДК на выпуске В-1 | …`, `… В-2 | …`:
            # each sample against the norm of its own place
        for k, s in columns.items():
            parsed = parse_limit(cell(table, norm, k), lang)
            if parsed is None:
                continue
            limit, low, high = parsed
            row_unit = next((u for r, role in fields.items() if role == "unit" and (u := unit_in(cell(table, r, k)))), None)
            col_unit = unit_in(label_text) or row_unit or table_unit(table, k) or unit
            col_medium = resolve_medium(said, col_unit) or medium
            for row in samples or [None]:
                value = number(cell(table, row, k), lang) if row is not None else None
                if row is not None and value is None and is_blank(cell(table, row, k)):
                    continue  # not measured there (`KPH`, `<0,01` were: below what can be found)
                out.limits.append(
                    c.Limit(
                        substance=s,
                        medium=col_medium,
                        point=(limit_point(at.get(row)) or over) if row is not None else over,
                        value=value,
                        limit=limit,
                        unit=unit_for(s, col_unit),
                        limit_min=low,
                        limit_max=high,
                        column=label,
                        provenance=ctx.row_provenance(ti, row if row is not None else norm),
                    )
                )
    return True


def _tight(text: str | None) -> str:
    """A point's id compared as written any way (`В-1`, `В 1`, `в1`)."""
    return re.sub(r"[\s.\-–]", "", text or "").lower()


def _norm_points(labels: dict[int, str]) -> dict[int, str]:
    """norm row → the place its label names (`ДК на выпуске В-1 (пруд-испаритель)` → `в1`), when two norm
    rows or more each name a place of their own; empty otherwise."""
    found = {row: _tight(m.group(1)) for row, text in labels.items() if (m := ID_WITHIN.search(re.sub(r"\([^)]*\)", " ", text)))}
    return found if len(found) >= 2 and len(found) == len(labels) and len(set(found.values())) == len(found) else {}


FRACTION = re.compile(r"^\s*(?P<a>[<≤]?\s*\d[\d\s.,]*)\s*/\s*(?P<b>[<≤]?\s*\d[\d\s.,]*)\s*$")
"""A cell of two figures over a slash (`0,13/0,4`): a measured value and its norm, in the order the header says."""
def _pair(part: str) -> tuple[str, str] | None:
    """The two names a header part sets over a spaced slash (`Концентрация (факт / ПДК м.р.)` → `факт`,
    `ПДК м.р.`; `Kết quả quan trắc / QCVN 05:2023/BTNMT (trung bình 1 giờ)`), None without one."""
    sides = re.split(r"\s+/\s+", " ".join(part.split()))
    if len(sides) != 2:
        return None
    a, b = re.split(r"[(,]", sides[0])[-1].strip(), sides[1]
    head = b.split(")")[0]
    return a, (head if "(" not in head else b).strip()


def fraction_order(table: Table, columns: dict[int, c.Substance]) -> tuple[bool, str] | None:
    """(measured first, the norm's words) when the substance columns hold `value/norm` pairs and a
    header names the pair; None when they do not."""
    cells = [t for r in range(len(table.rows)) for k in columns if (t := cell(table, r, k)) and not is_blank(t)]
    if len(cells) < MIN_SUBSTANCES or sum(1 for t in cells if FRACTION.match(t)) * 4 < len(cells) * 3:
        return None
    for k in columns:
        for part in table.header_parts[k][:-1]:
            if (pair := _pair(part)) is None:
                continue
            a, b = pair
            if words.role_of(b) == "limit" and words.role_of(a) != "limit":
                return True, b
            if words.role_of(a) == "limit" and words.role_of(b) != "limit":
                return False, a
    return None


def _read_fractions(ctx, out, ti, table, columns, order: tuple[bool, str], said, unit, lang) -> None:
    """A sample per row at its point, each substance's cell its value over its norm (`0,13/0,4` under
    `Концентрация, мг/м3 (факт / ПДК м.р.)`)."""
    measured_first, norm_words = order
    point_col = _point_column(table, columns)
    coded = _code_column(table, point_col, columns)  # once per table: each row's code beside its place
    for row in range(len(table.rows)):
        point = _sample_point(table, row, point_col, columns, coded) or next((t for k in keys_of(table, columns) if (t := cell(table, row, k))), None)
        for k, s in columns.items():
            m = FRACTION.match(cell(table, row, k))
            if m is None:
                continue
            value, norm = (m["a"], m["b"]) if measured_first else (m["b"], m["a"])
            if (limit := parse_limit(norm, lang)) is None:
                continue
            out.limits.append(
                measured_sample(s, said, table_unit(table, k) or unit, point, measured_value(value, lang), limit, norm_words, ctx.row_provenance(ti, row))
            )


def _point_over(table: Table, columns: dict[int, c.Substance], caption: str) -> str | None:
    """The one point named over all the substance columns (`Выпуск В-1 (сброс в р. Тобол), мг/дм3`
    spanning them) or by the caption (`… tại trạm quan trắc tự động NT1`): where every sample was taken."""
    over = {" ".join(table.header_parts[k][:-1]) for k in columns}
    texts = [*over, caption] if len(over) == 1 else [caption]
    return next((p for t in texts if t and (p := named_point(t))), None)


FIELD_ROLES = frozenset({"substance_code", "unit", "hazard_class", "cas"})


def field_rows(table: Table, first: int) -> dict[int, str]:
    """Rows that say more of each substance column, not samples: `Код ЗВ | | 0330 | 2902`,
    `Единица измерения | | мг/м3 | мкг/м3` under the names (a header written as body rows)."""
    out: dict[int, str] = {}
    for row in range(len(table.rows)):
        label = next((t for k in range(first) if not is_blank(t := cell(table, row, k))), "")
        if label and (role := words.role_of(label)) in FIELD_ROLES:
            out[row] = role
    return out


def _has_figures(table: Table, row: int, columns: dict[int, c.Substance]) -> bool:
    return any(number(cell(table, row, k)) is not None for k in columns)


def _sample_points(table: Table, rows: list[int], point_col: int | None, columns) -> dict[int, str | None]:
    """The point of each sample row; a row whose point cell is empty is another round at the point
    above (`KT1 – Ống thải | Đợt 1` then `| Đợt 2`, the point merged down)."""
    out: dict[int, str | None] = {}
    above = None
    coded = _code_column(table, point_col, columns)
    for row in rows:
        point = _sample_point(table, row, point_col, columns, coded)
        if point is None and is_blank(cell(table, row, 0 if point_col is None else point_col)):
            point = above
        out[row] = above = point
    return out


def keys_of(table: Table, columns) -> list[int]:
    """The columns that are no substance's, in order: the sample's date, point, round, wherever they stand
    (`Дата | SO2 | Точка | NO2`)."""
    return [k for k in range(table.n_cols) if k not in columns]


def _point_column(table: Table, columns) -> int | None:
    """The column naming where each sample was taken: a point's, else an address's (`Место отбора (адрес
    заявителя)` in a protocol of measurements at the homes of those who complained)."""
    roles = {k: words.role_of(table.header[k]) for k in keys_of(table, columns)}
    found = next((k for k, r in roles.items() if r == "point"), None)
    return found if found is not None else next((k for k, r in roles.items() if r == "address"), None)


def _sample_point(table: Table, row: int, point_col: int | None, columns, coded: int | None = None) -> str | None:
    """The point of a sample: its id, in a cell of its own (`ПП-1 | очаг пожара`, `Đ1 | Ruộng lúa …`) or at
    the head of the point column's place, else the point column; `coded` is the column of sample codes beside the
    places (`_code_column`)."""
    ids = [t for k in keys_of(table, columns) if (m := POINT_ID.match(t := cell(table, row, k))) and len(t) <= len(m.group(0)) + 2]
    if point_col is not None:
        place = cell(table, row, point_col)
        own_id = POINT_ID.match(place)
        if not ids and (not own_id or own_id.group(1).startswith("№")) and coded is not None:
            code = cell(table, row, coded)  # `Шифр пробы | Место отбора` over `К1-0 | карта № 1, исходный грунт`
            return f"{code} – {place}" if code and place else code or place or None
        return ids[0] if ids and not POINT_ID.match(place) else place or None
    return ids[0] if ids else next((t for k in keys_of(table, columns) if (t := cell(table, row, k)) and POINT_ID.match(t)), None)


SAMPLE_CODE = re.compile(r"(?=\S*[^\W\d_])(?=\S*\d)[\w.\-–/]{2,12}")
"""A sample's code: letters and figures in one short word (`К1-0`, `Ф-1`, `ОП-12/25`), no date or number alone."""


def _code_column(table: Table, point_col: int | None, columns) -> int | None:
    """The column before the places whose every cell is a sample's own code, each a different one (a row
    merged across both, as a norm row is, names no sample)."""
    k = -1 if point_col is None else point_col - 1
    if k < 0 or k in columns:
        return None
    codes = [t for row in range(len(table.rows)) if not is_blank(t := cell(table, row, k)) and t != cell(table, row, point_col)]
    if len(codes) < 2 or len(set(codes)) != len(codes) or not all(SAMPLE_CODE.fullmatch(t) for t in codes):
        return None
    return k


def under_limit(table: Table, columns: dict[int, c.Substance]) -> bool:
    """Whether the substance columns stand under a limit's name (`Норматив концентрации, мг/Нм3`)."""
    return all(
        len(parts := table.header_parts[k]) > 1 and words.role_of(" ".join(parts[:-1])) == "limit"
        for k in columns
    )


def _read_by_row(ctx, out, ti, table, columns, said, unit, lang) -> None:
    """A norm per row and substance column, at the row's source (`0001 | Дымовая труба | 470 | 1 200`)
    or point; a source so named emits each substance it has a norm for."""
    first = min(columns)
    for row in range(len(table.rows)):
        keys = [cell(table, row, k) for k in range(first)]
        number_ = next((m.group(1) for t in keys if (m := SOURCE_NUMBER.match(t))), None)
        point = number_ or next((t for t in keys if t and (POINT_ID.match(t) or names_an_outlet(t))), None)
        if point is None:
            continue
        name = next((t for t in keys if t and t != number_ and re.search(r"[^\W\d_]{3}", t)), None)
        if number_:
            add_source(out.source_records, number_, name, None, None, None, ctx.row_provenance(ti, row))
        for k, s in columns.items():
            parsed = parse_limit(cell(table, row, k), lang)
            if parsed is None:
                continue
            col_unit = table_unit(table, k) or unit
            out.limits.append(
                c.Limit(
                    substance=s,
                    medium=resolve_medium(said, col_unit) or ("flue_gas" if number_ else "air"),
                    point=number_ or limit_point(point),
                    limit=parsed[0],
                    unit=unit_for(s, col_unit),
                    limit_min=parsed[1],
                    limit_max=parsed[2],
                    provenance=ctx.row_provenance(ti, row),
                )
            )
            if number_:
                out.emissions.append(
                    c.Emission(
                        substance=s, raw=s.name, source_number=number_, provenance=ctx.row_provenance(ti, row)
                    )
                )


BRACKET = re.compile(r"\(([^()]*\d[^()]*)\)")
TRAILING_FIGURE = re.compile(r"(\d[\d\s.,]*(?:\s*(?:[–—-]|до|đến)\s*\d[\d.,]*)?)\s*[^\d]*$")


def header_norms(table: Table, medium: str, lang: str | None) -> dict[int, tuple[c.Substance, str, tuple, str | None]]:
    """Columns headed by a substance with its norm in brackets (`Сульфаты (ПДК 500), мг/дм3`, `Азота
    диоксид (ПДК м.р. 0,2)`): column → (substance, the norm's words, (limit, min, max), unit)."""
    family = FAMILY.get(medium, medium)
    found: dict[int, tuple[c.Substance, str, tuple, str | None]] = {}
    for k, parts in enumerate(table.header_parts):
        label = parts[-1] if parts else ""
        m = next((b for b in BRACKET.finditer(label) if words.role_of(b.group(1)) == "limit"), None) or _trailing_norm(label)
        if m is None or not re.search(r"[^\W\d_]{2}", label[: m.start()]):
            continue
        norm, rest = m.group(1), label[: m.start()] + label[m.end() :]
        figure = TRAILING_FIGURE.search(norm)
        parsed = parse_limit(figure.group(1), lang) if figure else None
        if parsed is None:
            continue
        name, kind = label[: m.start()].strip(" ,"), family if family in ("air", "water", "soil") else "air"
        s = limit_substance(name, "", kind)
        if not (s.code or s.symbol) and "," in name:  # `pH, ед. (ПДК 6–9)`: the unit after a comma
            s = limit_substance(name.split(",")[0], "", kind)
        if not (s.code or s.symbol) and "(" in name:  # `Sunfat (SO4 2-), mg/l`: the formula in brackets
            s = limit_substance(re.sub(r"\s*\([^()]*\)", "", name).split(",")[0], "", kind)
        if s.code or s.symbol:
            words_part = norm[: figure.start()].strip(" :")
            found[k] = (s, words_part, parsed, unit_in(rest))
    return found


def _trailing_norm(label: str) -> re.Match[str] | None:
    """The norm closing a substance's header after its unit (`Углерод оксид (0337), мг/Нм³ норматив КЭР –
    400`): the shortest tail that names a limit and ends in its figure; None when there is none."""
    starts = [m.start() for m in re.finditer(r"(?<!\S)[^\W\d_]", label) if m.start()]
    for at in reversed(starts):
        tail = label[at:]
        if len(tail) <= TRAILING_NORM and words.role_of(tail) == "limit" and re.search(r"\d\s*$", tail):
            return _REST.match(label, at)
    return None


TRAILING_NORM = 40
_REST = re.compile(r"(.+)")
"""The rest of a label from where its norm begins, as the bracket match gives it (group 1 the norm)."""


def _read_header_norms(ctx, out, ti, table, columns, said, unit, lang=None, stated: str | None = None) -> None:
    """A sample per row at its point, a figure under each substance whose norm its header gives; `stated` is
    the standard's column the text around names (`QCVN 19:2009/BTNMT cột B`) for norms whose header names none."""
    point_col = _point_column(table, columns)
    coded = _code_column(table, point_col, columns)  # once per table: each row's code beside its place
    for row in range(len(table.rows)):
        point = _sample_point(table, row, point_col, columns, coded)  # `NN1` beside `Vị trí`
        keys = [cell(table, row, k) for k in keys_of(table, columns)]
        named = [found[0] for t in keys[:1] if len(found := sources_mentioned(t, leading=True)) == 1]
        if point is None and named:
            point = named[0]  # `0001 – Свеча дожигания …`: measured at a source
            name = re.sub(r"^\D*\d{4}\s*[–—:-]?\s*", "", keys[0]).strip() or None
            add_source(out.source_records, point, name, None, None, None, ctx.row_provenance(ti, row))
        for k, (s, norm_words, norm, col_unit) in columns.items():
            value = number(FOOTNOTE.sub("", cell(table, row, k)), lang)  # `6.500` is 6500 in Vietnamese
            if value is None:
                continue
            col_unit = col_unit or table_unit(table, k) or unit
            at = point or _group_point(table, k)  # `K1 – Ống khói lò nung số 1` over its columns
            found = measured_sample(s, said, col_unit, at, value, norm, norm_words, ctx.row_provenance(ti, row))
            out.limits.append(replace(found, column=found.column or stated))


def _group_point(table: Table, k: int) -> str | None:
    """The point or source a column's group header names (`K1 – Ống khói …`, `ИЗА 0001 – печь № 1`)."""
    for part in reversed(table.header_parts[k][:-1]):
        if m := POINT_ID.match(part):
            return m.group(1).strip()
        if len(found := sources_mentioned(part)) == 1:
            return found[0]
    return None


def titled_norms(table: Table, lang: str | None = None) -> dict[int, tuple[c.Substance, str, tuple, str | None]]:
    """Rows across the table that name a substance and its norm (`Сера диоксид (код 0330), ПДК м.р. =
    0,5 мг/м3`) over the points measured against it: row → (substance, the norm's words, (limit, min,
    max), unit)."""
    out: dict[int, tuple[c.Substance, str, tuple, str | None]] = {}
    for row in range(len(table.rows)):
        title = row_title(table, row)
        found = _title_norm(title) if title else None
        if found is None:
            continue
        m, head = found
        parsed = parse_limit(m.group("figure"), lang)
        s = limit_substance(head.strip(" ,;:"), head, "air")  # (a code among the words before the norm, not `06:2009`)
        if parsed is None or not (s.code or s.symbol):
            s = limit_substance(head.strip(" ,;:"), "", "water")
        if parsed is not None and (s.code or s.symbol):
            out[row] = (s, m.group("words"), parsed, unit_in(title[m.end() :]) or unit_in(title))
    return out


NORM_IN_TITLE = re.compile(r"(?P<words>[^\W\d_][^=:\d]{1,30}?)\s*[=:]?\s*(?P<figure>\d[\d\s]*(?:[.,]\d+)?)\s*(?=[^\W\d_]|$)")
NORM_SAID = re.compile(r"(?P<words>[^\W\d_][^=]{1,90}?)(?::\s+|\s*=\s*)(?P<figure>\d[\d\s]*(?:[.,]\d+)?)\s*(?=[^\W\d_]|µ|$)")
"""A norm named with figures of its own before a colon (`Amoniac (NH3) – QCVN 06:2009/BTNMT (trung bình 1 giờ): 200 µg/m³`)."""


def _title_norm(title: str) -> tuple[re.Match[str], str] | None:
    """The norm a substance's title gives, and the text naming the substance; None when it gives none."""
    for m in NORM_IN_TITLE.finditer(title):
        if words.role_of(m.group("words")) == "limit":
            return m, title[: m.start()]
    m = NORM_SAID.search(title)
    if m is None or words.role_of(m.group("words")) != "limit":
        return None
    head = re.split(r"\s+[–—-]\s+", m.group("words"), maxsplit=1)
    return (m, head[0]) if len(head) == 2 else None


def read_titled_norms(ctx, out, ti, table, context, lang) -> bool:
    """Points down the rows under each substance's title, a measured figure per column (`I квартал`…)
    against the title's norm; False when the table has no such titles."""
    norms = titled_norms(table, lang)
    if not norms:
        return False
    caption, *around = context or ("",)
    said = words.first_label("MEDIUM_WORDS", [f"{caption} {' '.join(table.header)}", *around])
    figures = [k for k in range(1, table.n_cols) if words.role_of(table.header[k]) not in ("indicator", "row_number")]
    current = None
    for row in range(len(table.rows)):
        if row in norms:
            current = norms[row]
            continue
        point = cell(table, row, 0)
        if current is None or is_blank(point):
            continue
        s, norm_words, norm, unit = current
        unit = unit or table_unit(table, None, " ".join(context))
        for k in figures:
            value = number(FOOTNOTE.sub("", cell(table, row, k)), lang)
            if value is None:
                continue
            out.limits.append(measured_sample(s, said, unit, point, value, norm, norm_words, ctx.row_provenance(ti, row)))
    return True


def measured_sample(s, said, unit, point, value, norm: tuple, norm_words: str, prov) -> c.Limit:
    """A figure measured at a point against a norm the table states once (in a header or a title row)."""
    limit, low, high = norm
    return c.Limit(
        substance=s,
        medium=resolve_medium(said, unit) or "air",
        point=limit_point(point),
        value=value,
        limit=limit,
        unit=unit_for(s, unit),
        limit_min=low,
        limit_max=high,
        column=column_label(norm_words) if norm_words else None,
        provenance=prov,
    )
