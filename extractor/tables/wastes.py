"""Waste tables of any document: a programme's waste list, a conclusion's waste amounts, a
permit's hazardous-waste list (`Tên chất thải | Mã chất thải | Khối lượng (kg/năm)`).

One waste per row. The code is normalised to `DD DD DD` (`*` for hazardous) and named by
its code system, told from the document's language and the table's words, never from the
digits alone: Kazakhstan's classifier follows the European List of Waste (`LoW`), Vietnam's
hazardous wastes have their own codes (`VN-CTNH`, Thông tư 02/2022/TT-BTNMT). Hazard comes
from the code's star, a word in the row (`опасный`, `неопасный`), a group row above it
(`Опасные отходы`) or the table's caption (`chất thải nguy hại`). Amounts are in tonnes:
a `кг`/`kg` header is converted. Totals and group rows are no wastes; fractions listed
under a group row (`- бумага`) take its operation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor import columns as words
from extractor import contract as c
from extractor.context import Collector, Context, cell, clean_name, is_blank, number, own_cell, row_title
from extractor.model import Table
from extractor.nlp.numbers import computed_result, find_quantities, parse_number
from extractor.nlp.substances import find_substances
from extractor.nlp.wastes import find_waste_codes, normalise_waste_code, waste_entry
from extractor.tables.emissions import PER_YEAR_MASS
from extractor.tables.profile import cell_text

KG = re.compile(r"(?<![^\W\d_])(?:кг|kg)(?![^\W\d_])", re.I)


def read_wastes(
    ctx: Context,
    out: Collector,
    ti: int,
    table: Table,
    context: tuple[str, ...] = (),
    lang: str | None = None,
) -> None:
    r = dict(words.column_roles(table))
    code_col = r.get("waste_code")
    if code_col is None:
        code_col = waste_code_column(table, r)
    name_col = r.get("waste_name", r.get("name", r.get("source_name", r.get("substance"))))
    if len(named := words.columns_of(table, "waste_name")) > 1:
        name_col = max(named, key=lambda k: _distinct(table, k))  # `Вид отхода | Наименование отхода`: the names, not
        # a class repeated down the rows (`опасный`), wherever each stands
    kind_col = _kind_column(table, {name_col, code_col, r.get("row_number"), r.get("operation"), r.get("unit"), r.get("amount")})
    named_in_code = "waste_name" not in r and code_col is not None and _names_with_codes(table, code_col)
    if named_in_code:
        name_col = code_col  # `Наименование отхода (код по классификатору)`: the name with its code after it
    elif name_col is None:
        name_col = _name_column(table, {code_col, r.get("row_number"), kind_col})
    variety_col = _variety_column(table, name_col, code_col)
    kind_above = ""
    lang = lang or ctx.doc.language
    amount_col = _amount_column(table, lang)
    shares = _shares(table, amount_col) if amount_col is not None else []
    # kg or t: in the amount's header, else in the caption (`Объемы образования отходов, т/год`)
    said = table.header[amount_col] if amount_col is not None else ""
    around = " ".join(context[:2])  # the caption, or a line `Đơn vị tính: kg/năm` just before the table
    factor = 0.001 if KG.search(said) or (not MASS.search(said) and KG.search(around)) else 1.0
    by_period = _period_columns(table)
    listed_cols = _listed_columns(table)
    system = "VN-CTNH" if lang == "vi" else "LoW"
    said_hazard = next((h for h in map(_hazard, context[:2]) if h is not None), None)  # the caption's or lead-in's
    group_hazard: bool | None = None  # a group row's across the table
    coded_hazard = _hazard(table.header[code_col]) if code_col is not None else None  # `Mã CTNH`
    if code_col is not None and coded_hazard is None and system == "VN-CTNH":
        coded_hazard = True  # `Mã chất thải`: Vietnam's codes are of hazardous wastes, a dash is none of them
    if named_in_code:
        code_col = None  # `Loại chất thải nguy hại (mã CTNH) | Bao bì cứng thải bằng kim loại (mã 18 01 02)`
    period = words.first_label("PERIOD_WORDS", context[:2])
    group_operation = None
    totalled = False
    last: int | None = None  # the waste the row above made, when it made one
    parts = 0  # the rows of the last waste under its own (intervals, stages, units)
    for row in range(len(table.rows)):
        texts = [cell(table, row, k) for k in range(table.n_cols)]
        if (title := row_title(table, row)) and (unit := GROUP_UNIT.search(title)):
            # `1. Отходы основного производства, тыс. т/год`: the unit of the amounts under it
            factor = _unit_factor(unit.group(0), 1.0)
        if kind_col is not None and not row_title(table, row) and not _is_waste_kind(cell(table, row, kind_col)):
            continue  # `Sản phẩm`, `Nguyên liệu` in a material balance: a stream, not a waste
        name = cell(table, row, name_col)
        if variety_col is not None and not row_title(table, row):
            variety = cell(table, row, variety_col)
            kind_above = name = name or (kind_above if not is_blank(variety) else "")  # the kind merged down
            if not is_blank(variety) and variety != name:
                name = f"{name}: {variety}" if name else variety  # `Отработанная футеровка | угольная часть`
        raw_code = cell(table, row, code_col) if code_col is not None else ""
        if code_col is not None and (title := row_title(table, row)) and title == raw_code and not find_waste_codes(title, strict=False):
            name = raw_code = ""  # `Цех серной кислоты | | |` in the codes' column: a section's title, read as one below
        if is_blank(name) and not is_blank(raw_code) and (before := _kind_before(table, row, name_col, r)):
            name = before  # `Nhóm chất thải | Tên chất thải`: a waste of no varieties named in its group's cell
        if raw_code == name:
            raw_code = ""  # one cell merged across the row: a group title
        if is_blank(raw_code) and (inside := CODE_IN_NAME.search(name)):
            raw_code, name = inside.group(1), name[: inside.start()] + name[inside.end() :]
        operation = cell(table, row, r.get("operation"))
        row_unit = cell(table, row, r["unit"]) if "unit" in r else ""  # `Ед. изм. | кг` per row
        row_factor = _unit_factor(row_unit, factor)
        amount = _amount(cell(table, row, amount_col), lang, row_factor) if amount_col is not None else None
        if _other_unit(row_unit):
            amount = None  # `л`, `шт`, `m3`: counted in no mass, so no tonnes
        if len(shares) > 1:  # `Образовано, т: передано | использовано | размещено`: the row's parts summed
            found = [a for k in shares if (a := _amount(own_cell(table, row, k), lang, row_factor)) is not None]
            amount = round(sum(found), 9) if found else None
        if row_title(table, row):
            amount = None  # `1. Chất thải lây nhiễm` merged across: its number is no amount
        number_cell = cell_text(table, row, r["row_number"]) if "row_number" in r else ""
        if amount_col is None and (in_cell := _mass_said(texts, {name_col, code_col}, lang)) is not None:
            amount = in_cell  # `Образование | цех ремонта | 8,82 т/год`: the mass a year, its unit in the cell
        said = next((t for t in texts if not is_blank(t)), "")
        own = next((k for k in range(len(texts)) if k != name_col and not is_blank(own_cell(table, row, k))), -1)
        own_total = last is not None and parts > 0 and name_col is not None and own > name_col and words.is_total(texts[own])
        # `итого по отходу` after a waste's rows of intervals, in a column after its name: that waste's total
        if is_blank(name) and words.is_total(said) and not own_total:
            totalled = True  # `Всего сдано отходов | | | 233,88` in a column before the names': no waste's rest
            continue
        if last is not None and _same_waste(table, row, (name_col, code_col, r.get("row_number"))):
            # `м3 | 160 600` then `т | 305 140`, or `Сбор и накопление` under the waste merged down: the same waste
            if amount is not None and (out.wastes[last].amount_t is None or own_total):
                out.wastes[last] = replace(out.wastes[last], amount_t=amount)  # `итого по отходу` under the waste's intervals
            parts += 1
            continue
        parts = 0
        made = len(out.wastes)
        last = None
        if is_blank(name) and is_blank(raw_code):
            if title := row_title(table, row):  # `I. Chất thải nguy hại` alone in the first column: a group row
                group_hazard = h if (h := _hazard(title)) is not None else group_hazard
                period = words.label_of("PERIOD_WORDS", title) or period
            continue
        if words.is_total(name):
            totalled = True
            continue
        if code_col is not None and is_blank(raw_code) and _returned(texts):
            continue  # `возврат в шаровые мельницы`, its code a dash: material back into its process, no waste
        if totalled and is_blank(raw_code) and not number_cell:
            continue  # `НДС 12 %` under the total: a line of the bill, no waste
        if listed_cols:
            place = [h for j in range(table.n_cols) if j not in listed_cols and (h := _hazard(cell(table, row, j))) is not None]
            for k in listed_cols:  # `Отработанные масла (13 02 05*) – 2,88` several to a cell
                for m in listed_items(cell(table, row, k)):
                    unit_factor = 0.001 if KG.search(m.group("unit") or "") else 1.0 if m.group("unit") else factor
                    waste = listed_waste(
                        " ".join(m.group("name").split()).strip(" ,;"),
                        m.group("code") or "",
                        system,
                        next((h for h in (*place, _hazard(table.header[k]), group_hazard, said_hazard) if h is not None), None),
                        _amount(m.group("amount"), lang, unit_factor),
                        operation,
                        period,
                        out,
                        ctx.row_provenance(ti, row),
                    )
                    if waste is not None:
                        add_waste(out, waste)
            continue
        section = bool(re.fullmatch(r"[IVX]{1,4}\.?|[А-Г]\.?|[A-D]\.?", number_cell.strip()))  # `II | Chất thải … | 175.300`, `A | …`
        chapter = bool(re.fullmatch(r"\d{2}(?:\s?\d{2})?", (raw_code or "").strip()))  # `10 | Отходы термических процессов`
        if (is_blank(raw_code) or chapter) and (section or (amount is None and _is_group(table, row, texts, name, name_col))):
            hazard = _hazard(name)
            group_hazard = hazard if hazard is not None else group_hazard
            period = words.label_of("PERIOD_WORDS", name) or period
            group_operation = operation or None
            continue
        if number_cell or not name.lstrip().startswith(("-", "–", "—", "•")):
            group_operation = operation or None
        elif is_blank(operation):
            operation = group_operation or ""
        row_hazard = _hazard(" ".join(t for k, t in enumerate(texts) if k != name_col))
        if row_hazard is None:  # `О` / `Н`, `Қ` / `ҚЕ`, `NH` / `TT` in a column of their own
            row_hazard = next((h for k, t in enumerate(texts) if k != name_col and (h := _hazard_mark(t)) is not None), None)
        if row_hazard is None and (aside := CLASS_ASIDE.search(name)):
            row_hazard = _hazard(aside.group(1))  # `Vòng hoa, hoa tươi (chất thải thông thường)`: its class said after it
        amounts = [(amount, period)]
        if by_period:  # `Khối lượng: Giai đoạn thi công | Giai đoạn vận hành`: a waste per period it forms in
            amounts = [
                (a, p)
                for k, p in by_period.items()
                if (a := _amount(cell(table, row, k), lang, _factor(table, k, factor))) is not None
            ] or [(None, period)]
        for value, when in amounts:
            waste = listed_waste(
                name,
                raw_code,
                system,
                next((h for h in (row_hazard, group_hazard, _coded(coded_hazard, raw_code), said_hazard) if h is not None), None),
                # (`Mã CTNH | 17 02 03` outranks a lead-in that speaks of ordinary wastes too)
                value,
                operation,
                when,
                out,
                ctx.row_provenance(ti, row),
            )
            if waste is not None:
                add_waste(out, waste)
        last = made if len(out.wastes) == made + 1 else None


def _same_waste(table: Table, row: int, cols: tuple[int | None, ...]) -> bool:
    """A row with no number, code or name of its own under a waste's row (merged down, or left blank as a
    text file writes a merged cell): the same waste in another unit, or at another stage of its handling."""
    return not row_title(table, row) and all(k is None or is_blank(own_cell(table, row, k)) for k in cols)


LISTED = re.compile(
    r"(?P<name>[^()\n;–—]*?[^\W\d_]{3}(?:[^()\n;–—]|\((?!\s*(?:код|коды|mã|code)?\s*:?\s*\d{2}\s?\d{2}\s?\d{2})[^()\n]*\))*?)\s*"
    r"(?:\(\s*(?:код|коды|mã|code)?\s*:?\s*(?P<code>\d{2}\s?\d{2}\s?\d{2}\s?\*?)\s*\))?"
    r"\s*[–—:]\s*(?P<amount>(?!\d{2}\s\d{2}\s\d{2}(?!\d))\d[\d\s]*(?:[.,]\d+)?)\s*(?P<unit>(?:kg|кг|tấn|тонн|т)\b(?:\s*/\s*[^\W\d_]+)?)?",
    re.I,
)
"""A waste with its amount, and its code when given, in a cell that lists several (`Шины (16 01 03) – 3,12`,
`Phân heo – 920 tấn/năm`)."""


CODE_FIRST = re.compile(
    r"(?P<code>\d{2}\s?\d{2}\s?\d{2}\s?\*?)\s*[–—-]\s*(?P<name>[^\n;]*?[^\W\d_]{3}[^\n;]*?)"
    r"\s*[–—:]\s*(?:[^\W\d_]{3,12}\s+)?(?P<amount>\d[\d\s]*(?:[.,]\d+)?)\s*(?P<unit>(?:kg|кг|tấn|тонн|т)\b(?:\s*/\s*[^\W\d_]+)?)?",
    re.I,
)
"""A listed waste that opens with its code (`20 03 01 – Смешанные коммунальные отходы – 29,1 т/год`)."""


def listed_items(text: str) -> list[re.Match[str]]:
    """The wastes a cell lists with their amounts, code first (`20 03 01 – … – 29,1 т/год`) or after the name."""
    return list(CODE_FIRST.finditer(text)) or list(LISTED.finditer(text))


def coded_lists(table: Table) -> bool:
    """Whether a column lists wastes by their codes with amounts, several to a cell in most of its rows
    (`20 03 01 – Смешанные коммунальные отходы – 29,1 т/год ⏎ 20 01 08 – …`): a table of wastes."""
    for k in range(table.n_cols):
        texts = [t for r in range(len(table.rows)) if not is_blank(t := cell(table, r, k))]
        coded = [t for t in texts if any(m.group("code") for m in listed_items(t))]
        if len(coded) >= 2 and len(coded) * 2 > len(texts):
            return True
    return False


def _listed_columns(table: Table) -> list[int]:
    """Columns whose cells list wastes with their amounts, most filled cells holding such an item."""
    out = []
    for k in range(table.n_cols):
        texts = [t for r in range(len(table.rows)) if not is_blank(t := cell(table, r, k))]
        listed = [m for t in texts if (found := listed_items(t)) and ((m := found[0]).group("code") or m.group("unit"))]
        if len(texts) >= 2 and len(listed) * 2 > len(texts):  # (`биг-бэги – 12`: packages counted, no waste's amount)
            out.append(k)
    return out


PER_VOLUME = re.compile(r"/\s*(?:m3|м3|m³|м³)\b", re.I)
"""A density (`Khối lượng riêng (tấn/m3)`, `т/м3`): tonnes per volume, no amount."""
THOUSAND_T = re.compile(r"(?<![^\W\d_])(?:тыс|мың|nghìn|ngàn)\.?\s*(?:т\b|тонн|tấn)", re.I)
"""Thousands of tonnes in a unit cell (`тыс. т`, `мың т`): overburden and tailings are counted so."""
GROUP_UNIT = re.compile(r"(?:,|\((?:[^\W\d_]+\.?\s*){0,3}:?)\s*((?:тыс|мың|nghìn|ngàn)\.?\s*)?(?:т|тонн\w*|тонна|tấn|kg|кг|t)\s*(?:/\s*[^\W\d_]+)?\.?\s*\)?$", re.I)
"""A unit closing a group title (`…, тыс. т/год`, `… (đơn vị: kg/năm)`): the amounts under it are counted so."""
MASS = re.compile(r"(?<![^\W\d_])(?:т|тонн\w*|тонна|tấn|kg|кг|t)\b", re.I)
"""A mass unit in a header: the column holds amounts of waste."""
CODE_IN_NAME = re.compile(
    r"[\s,;–—-]*\(?\s*(?:код|коды|mã|code)?\s*:?\s*(\d{2}\s?\d{2}\s?\d{2}\s?\*?)\s*\)?\s*$", re.I
)
"""A code written after the waste's name: `Промасленная ветошь (15 02 02*)`, `Pin thải – 19 06 01`."""


def _period_columns(table: Table) -> dict[int, str]:
    """Amount columns one per period (`Giai đoạn thi công | Giai đoạn vận hành`): column → period; empty
    unless two periods have a column each."""
    out: dict[int, str] = {}
    for k, parts in enumerate(table.header_parts):
        when = words.label_of("PERIOD_WORDS", parts[-1]) if len(parts) > 1 else None
        joined = " ".join(parts)
        if when and when not in out.values() and (words.role_of(joined) in ("amount", "t_y") or MASS.search(joined)):
            out[k] = when
    return out if len(out) >= 2 else {}


def _coded(hazard: bool | None, raw_code: str) -> bool | None:
    """What a column of hazardous codes (`Mã CTNH`) says of a row: hazardous with a code, not with a
    dash (no code of that list), nothing when the cell is empty."""
    if not raw_code.strip():
        return None
    return (False if hazard else None) if is_blank(raw_code) else hazard


def _unit_factor(unit: str, default: float) -> float:
    """Tonnes per unit of a unit's text (`тыс. т` 1000, `кг` 0.001, `т` 1); `default` when it names no mass."""
    return 1000.0 if THOUSAND_T.search(unit) else 0.001 if KG.search(unit) else 1.0 if MASS.search(unit) else default


OTHER_UNIT_CHARS = 10


def _other_unit(unit: str) -> bool:
    """A row's unit that is no mass (`л`, `шт`, `дана`, `m3`): its figure is no amount in tonnes."""
    text = unit.strip()
    return bool(text) and not is_blank(text) and len(text) <= OTHER_UNIT_CHARS and not MASS.search(text) and not KG.search(text)


def _distinct(table: Table, k: int) -> int:
    """How many different texts a column holds."""
    return len({t for r in range(len(table.rows)) if not is_blank(t := own_cell(table, r, k))})


def _factor(table: Table, col: int, default: float) -> float:
    """kg or t by the column's own header, else the table's."""
    header = table.header[col]
    return 0.001 if KG.search(header) else 1.0 if MASS.search(header) and not KG.search(header) else default


PER_SHORTER = re.compile(r"/\s*(?:tháng|ngày|ca|мес\w*|сут\w*|день|смен\w*|ай|тәулік|ауысым|month|day|shift)\b", re.I)
"""A mass per month, day or shift (`kg/tháng`, `кг/сут`): a part of the year's amount beside it."""


def _amount_column(table: Table, lang: str | None = None) -> int | None:
    """The column of amounts: by its header (`Количество, т/год`, `Khối lượng`, a `Лимит накопления, т/год`
    with its mass unit); of several, the first that holds figures (`на существующее положение` may be dashes)."""
    roles = words.header_roles(table)
    cands = [k for k, role in enumerate(roles) if role in ("amount", "t_y") and not PER_VOLUME.search(table.header[k])]
    cands += [k for k, role in enumerate(roles) if role in ("limit", "measured") and MASS.search(table.header[k])]
    if not cands and "unit" in roles and _mass_units(table, roles.index("unit")):
        # `Ед. изм. | Норматив образования в год` over `т | 44`, `кг | 291`: the norm in each row's unit
        generated = words.compiled("GENERATED_WORDS")  # `Ед. изм. | Образование на 2026 г. | Передача …`: what is formed
        cands = [
            k for k, role in enumerate(roles)
            if (role in ("limit", "measured") or (role is None and generated.search(words.flat(table.header[k])))) and _figures_only(table, k)
        ]
    if not cands:  # `Принято на полигон, т`: figures under a mass unit, whatever else the header names
        cands = [
            k
            for k, role in enumerate(roles)
            if role not in ("waste_code", "row_number", "hazard_class") and MASS.search(table.header[k]) and _figures_only(table, k)
        ]
    if len(cands) > 1:  # `Số lượng (cái) | Khối lượng đơn vị (kg/cái) | Tổng khối lượng (kg)`: the mass, not a count
        cands.sort(key=lambda k: not (MASS.search(table.header[k]) and not _per_item(table.header[k])))
        cands.sort(key=lambda k: _counted(table.header[k]))  # `Số lượng (cái) | Khối lượng | Đơn vị tính`: the mass
        if any(PER_YEAR_MASS.search(table.header[k]) for k in cands):  # `kg/ngày | kg/năm`: the year's amount
            cands.sort(key=lambda k: not PER_YEAR_MASS.search(table.header[k]))
        cands.sort(key=lambda k: bool(PER_SHORTER.search(table.header[k])))  # `kg/tháng | Tổng năm 2025 (kg)`: the year's
        for aside in ("PER_BATCH_WORDS", "ALLOWED_AMOUNT_WORDS", "GROSS_WORDS", "EXISTING_POSITION_WORDS"):  # one batch's, the
            # allowed, the gross, the stock before a limit: `на 1 серию, кг | в год, т`, `theo giấy phép | phát sinh`,
            pattern = words.compiled(aside)  # `брутто | нетто`, `накоплено на существующее положение | лимит накопления`
            cands.sort(key=lambda k, pattern=pattern: bool(pattern.search(words.flat(table.header[k]))))
        generated = words.compiled("GENERATED_WORDS")  # `Tồn đầu kỳ | Phát sinh | Chuyển giao`: what was generated
        cands.sort(key=lambda k: not (len(parts := table.header_parts[k]) > 1 and generated.search(words.flat(parts[-1]))))
        dry = words.compiled("DRY_MATTER_WORDS")  # `Сухое вещество, т/год | … | Масса при фактической влажности`: the wet mass
        cands.sort(key=lambda k: bool(dry.search(words.flat(table.header[k]))))
        if (part := _share_of(table, cands, lang)) is not None:
            cands.sort(key=lambda k: k != part)  # `Потери, % | Масса материала, т | Масса потерь, т`: the loss
        agreed = words.compiled("AGREED_WORDS")  # `По журналу | По взвешиванию | Расхождение | Принято сторонами`
        cands.sort(key=lambda k: not agreed.search(words.flat(table.header[k])))
        years = {k: int(m.group(0)) for k in cands if (m := _YEAR.search(table.header[k]))}
        if len(set(years.values())) == len(cands):  # `năm 2024 | năm 2025`: the year reported on, the last
            cands.sort(key=lambda k: -years[k])
    for k in cands:  # (a group's title merged across the row is no cell of the column)
        filled = [t for r in range(len(table.rows)) if not row_title(table, r) and not is_blank(t := cell(table, r, k))]
        if filled and sum(1 for t in filled if number(t, lang) is not None) * 2 >= len(filled):
            return _year_total(table, k)
    if cands:
        return cands[0]
    # No header says amount (`Образование`, the unit in group rows): the one column of figures
    plain = [k for k, role in enumerate(roles) if role in (None, "amount") and _figures_only(table, k)]
    return plain[0] if len(plain) == 1 else None


KIND_WORDS = 8


def _is_waste_kind(text: str) -> bool:
    return bool(words.compiled("WASTE_KIND_WORDS").search(words.flat(text or "")))


def streams_classed(table: Table, taken: set[int | None]) -> bool:
    """Whether a column classes the streams of a material balance, some of them wastes."""
    return _kind_column(table, taken) is not None


def _kind_column(table: Table, taken: set[int | None]) -> int | None:
    """A column that classes each stream of a material balance (`Phân loại`: `Nguyên liệu`, `Sản phẩm`,
    `CTNH`), some of them wastes and some not; None when no column does."""
    rows = [r for r in range(len(table.rows)) if not row_title(table, r)]
    for k in range(table.n_cols):
        if k in taken:
            continue
        texts = [own_cell(table, r, k) for r in rows]
        filled = [t for t in texts if not is_blank(t)]
        if len(filled) < 3 or len(filled) * 5 < len(rows) * 3 or any(len(t.split()) > KIND_WORDS or number(t) is not None for t in filled):
            continue
        waste = [t for t in filled if _is_waste_kind(t)]
        headed = bool(words.compiled("CLASS_HEADERS").search(words.flat(table.header[k])))
        if waste and len(waste) < len(filled) and headed:
            return k  # `Phân loại`, `Вид потока`: the stream's class
    return None


def _kind_before(table: Table, row: int, name_col: int | None, r: dict[str, int]) -> str:
    """The text of the column before the name's, when it names a kind of waste (not a number)."""
    if not name_col or name_col - 1 == r.get("row_number"):
        return ""
    text = own_cell(table, row, name_col - 1)
    return "" if is_blank(text) or number(text) is not None or not re.search(r"[^\W\d_]{3}", text) else text


def _variety_column(table: Table, name_col: int | None, code_col: int | None) -> int | None:
    """The column after the name's under the same header (`Наименование отхода: вид | разновидность`):
    the variety of the kind named before it; None when the name has no such second column."""
    if name_col is None or name_col + 1 >= table.n_cols or name_col + 1 == code_col:
        return None
    here, after = table.header_parts[name_col], table.header_parts[name_col + 1]
    if len(here) < 2 or len(after) < 2 or here[:-1] != after[:-1] or not here[-1].strip() or not after[-1].strip():
        return None
    if words.role_of(after[-1]) not in (None, "waste_name", "name"):
        return None
    filled = [t for r in range(len(table.rows)) if not is_blank(t := own_cell(table, r, name_col + 1))]
    return name_col + 1 if filled and not any(number(t) is not None for t in filled) else None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _mass_units(table: Table, col: int) -> bool:
    """Whether most filled cells of a unit column are masses (`т`, `кг`, `tấn`)."""
    filled = [t for r in range(len(table.rows)) if not row_title(table, r) and not is_blank(t := cell(table, r, col))]
    return bool(filled) and sum(1 for t in filled if MASS.fullmatch(t.strip(" .")) or KG.search(t)) * 2 > len(filled)


def _counted(header: str) -> bool:
    """A count of items, its unit in brackets or after a comma (`Số lượng (cái)`, `Количество, шт.`): no mass."""
    items = "|".join(words.words("ITEM_UNITS"))
    return bool(re.search(rf"(?:\(|,)\s*(?:{items})\.?\s*\)?\s*$", words.flat(header)))


def _per_item(header: str) -> bool:
    """A unit mass (`кг/шт`, `kg/cái`, `Масса футеровки 1 м, т`): what one item or metre weighs, no amount."""
    items = "|".join(words.words("ITEM_UNITS"))
    text = words.flat(header)
    return bool(
        re.search(rf"/\s*(?:{items})\b", text) or re.search(rf"(?<![\d.,])1\s*(?:п\.\s*)?(?:м|m|{items})(?![^\W\d_])", text)
    )


def _figures_only(table: Table, k: int) -> bool:
    """Most filled cells of a column are figures that are no codes or years."""
    filled = [t for t in (own_cell(table, r, k) for r in range(len(table.rows))) if t and not is_blank(t)]
    figures = [t for t in filled if number(t) is not None and not re.fullmatch(r"(?:19|20)\d\d|\d{2}\s\d{2}\s\d{2}\*?", t.strip())]
    return len(figures) >= 2 and len(figures) * 4 >= len(filled) * 3


def _shares(table: Table, k: int) -> list[int]:
    """The sibling columns one amount stands in, by where it went (`Образовано, т: передано | использовано
    | размещено`), when no column gives the whole and no row fills two of them (a norm beside the actual
    amount, or one year beside another, fills both)."""
    siblings = _siblings(table, k)
    if len(siblings) < 2 or _year_total(table, k) != k:
        return []
    rows = [r for r in range(len(table.rows)) if not any(words.is_total(cell(table, r, j)) for j in range(table.n_cols))]
    filled = [sum(1 for j in siblings if number(own_cell(table, r, j)) is not None) for r in rows]
    return siblings if max(filled, default=0) == 1 else []


def _returned(texts: list[str]) -> bool:
    """A row whose material goes back into the process it came from (by the language data)."""
    pattern = words.compiled("RETURNED_WORDS")
    return any(pattern.search(words.flat(t)) for t in texts if t)


def _share_of(table: Table, cands: list[int], lang: str | None) -> int | None:
    """Of mass columns, the one whose figures are a percentage column's share of another's (`0,8 % of 109 000
    is 872`): what is lost or wasted out of what passed through; None when no column is."""
    percent = [k for k in range(table.n_cols) if "%" in table.header[k] and k not in cands and not _content_of(table.header[k])]
    figures = {k: [number(cell(table, r, k), lang) for r in range(len(table.rows))] for k in [*percent, *cands]}
    for p in percent:
        for part in cands:
            for whole in (k for k in cands if k != part):
                known = [t for t in zip(figures[p], figures[whole], figures[part], strict=True) if None not in t]
                if len(known) >= 2 and all(abs(a * b / 100 - c) <= 0.02 * max(abs(c), 1e-9) for a, b, c in known):
                    return part
    return None


def _content_of(header: str) -> bool:
    """A percentage of a substance in the waste (`Содержание свинца, %`, `Hàm lượng Pb (%)`): the mass it gives
    is that substance's, not a waste's."""
    return bool(find_substances(header))


def _siblings(table: Table, k: int) -> list[int]:
    """The columns under the same parent header as column `k` (itself included); none without a parent."""
    parent = table.header_parts[k][:-1]
    return [j for j in range(table.n_cols) if table.header_parts[j][:-1] == parent] if parent else []


def _year_total(table: Table, k: int) -> int:
    """Of amounts split by part of the year under one header (`Образовано, т: I полугодие | II полугодие
    | всего за год`), the column of the whole year; the column itself when it has no such siblings."""
    siblings = _siblings(table, k)
    if not siblings:
        return k
    year = words.compiled("YEAR_TOTAL_WORDS")
    if (whole := next((j for j in siblings if year.search(words.flat(table.header_parts[j][-1]))), None)) is not None:
        return whole
    after = [j for j in range(max(siblings) + 1, table.n_cols) if words.is_total(table.header[j]) or year.search(words.flat(table.header[j]))]
    return after[0] if len(siblings) > 1 and after else k  # `… theo khu vực: Xưởng SMT | … | Tổng cộng (kg)`, `T1 | … | T12 | Cả năm`


def listed_waste(
    name: str,
    raw_code: str,
    system: str,
    hazard: bool | None,
    amount: float | None,
    operation: str,
    period: str | None,
    out: Collector,
    prov: c.Provenance,
) -> c.Waste | None:
    """A waste of a table or list row, its code normalised in its system; None for a group row (`…:`)."""
    codes = find_waste_codes(raw_code, strict=False) if not is_blank(raw_code) else []
    code = normalise_waste_code(raw_code) if not is_blank(raw_code) else None
    if code is None and codes:
        code = codes[0][2]
    name = clean_name(re.sub(r"^[\s\-–—•]+", "", name)) or None
    if code is None and name and name.endswith(":"):
        return None
    if code is None and not name and amount is None:
        return None  # nothing of a waste said
    written, system_used, hazardous = None, None, hazard
    if code is not None and system == "VN-CTNH":  # the codes of hazardous wastes: hazardous unless the row says not
        hazardous = True if code.hazardous or hazard is None else hazard
        written, system_used = code.code.rstrip("*") + ("*" if hazardous else ""), system
    elif code is not None and hazard and not code.hazardous and (entry := waste_entry(code)) is not None and entry.hazardous:
        written, system_used, hazardous = code.code + "*", system, True  # `13 02 05 | опасный`: the row and the list agree
    elif code is not None:
        for w in code.warnings:
            out.warn("waste_code", w, prov)
        written, system_used, hazardous = code.code, system, code.hazardous
    return c.Waste(
        code=written,
        hazardous=hazardous,
        name=name,
        operation=clean_name(operation) or None,
        amount_t=amount,
        period=period,
        code_system=system_used,
        code_as_written=clean_name(raw_code) if code is not None else None,
        provenance=prov,
    )


def add_waste(out: Collector, waste: c.Waste) -> None:
    """The waste, and an obligation when the table says what is done with it."""
    out.wastes.append(waste)
    if waste.operation:
        label = f"{waste.name} ({waste.code})" if waste.code else waste.name
        out.add_obligation(
            c.Obligation(id="", kind="waste", text=f"{label}: {waste.operation}", provenance=waste.provenance)
        )


def waste_code_column(table: Table, r: dict[str, int]) -> int | None:
    """The column of waste codes when its header does not say so (`Код`, `Шифр`, `Mã`): most of its cells are codes."""
    taken = {v for k, v in r.items() if k not in ("name", "substance_code", "row_number")}
    best, best_hits = None, 0
    for k in range(table.n_cols):
        if k in taken:
            continue
        texts = [cell(table, row, k) for row in range(len(table.rows))]
        filled = [t for t in texts if not is_blank(t)]
        hits = sum(1 for t in filled if normalise_waste_code(t) is not None)
        if filled and hits * 2 > len(filled) and hits > best_hits:
            best, best_hits = k, hits
    return best


def _names_with_codes(table: Table, col: int) -> bool:
    """The code column names the wastes, giving the code after the name where there is one (`Pin, ắc quy
    chì thải (mã 19 06 01)`, `Chất thải rắn sinh hoạt` with none): names in most filled cells, two coded at least."""
    filled = [t for row in range(len(table.rows)) if not row_title(table, row) and not is_blank(t := own_cell(table, row, col)) and not words.is_total(t)]
    heads = [(t[: m.start()], True) if (m := CODE_IN_NAME.search(t)) else (t, False) for t in filled]
    names = [coded for head, coded in heads if re.search(r"[^\W\d_]{3}", head)]
    return sum(names) >= 2 and len(names) * 4 >= len(filled) * 3


def _name_column(table: Table, taken: set[int | None]) -> int | None:
    """The column with the longest texts of letters: the waste's name when no header names it."""
    best, best_len = None, 0
    for k in range(table.n_cols):
        if k in taken:
            continue
        texts = [cell(table, row, k) for row in range(len(table.rows))]
        filled = {t for t in texts if not is_blank(t)}
        if len(filled) <= 3 and filled and all(_hazard(t) is not None for t in filled):
            continue  # `Chất thải nguy hại | … | Chất thải rắn thông thường`: the class, not the name
        size = sum(len(t) for t in texts if re.search(r"[^\W\d_]{3}", t))
        if size > best_len:
            best, best_len = k, size
    return best


MASS_A_YEAR = re.compile(r"\s*(\d[\d\s]*(?:[.,]\d+)?)\s*((?:т|тонн\w*|tấn|t|кг|kg))\s*/\s*(?:год|г\.?|жыл|ж\.?|năm|year|yr)\s*", re.I)


def _mass_said(texts: list[str], skip: set[int | None], lang: str | None) -> float | None:
    """Tonnes a year from the one cell of a row that is a mass a year with its unit (`8,82 т/год`, `134
    кг/год`, `2,5 tấn/năm`), in a table with no column of amounts."""
    found = [m for k, t in enumerate(texts) if k not in skip and (m := MASS_A_YEAR.fullmatch(t or ""))]
    if len(found) != 1:
        return None
    return _amount(found[0].group(1), lang, _unit_factor(found[0].group(2), 1.0))


def _amount(text: str, lang: str | None, factor: float) -> float | None:
    if is_blank(text):
        return None
    text = computed_result(text)  # `2 800 шт. × 18 кг × 10⁻³ = 50,4`: the amount worked out
    value = parse_number(re.sub(r"\s*(?:\*+|\(\d\))\s*$", "", text), lang)
    if value is None:  # `4 060 кг/год`, `43,6 тонн/год`: the cell's own unit rules
        found = find_quantities(text, lang, require_unit=False)
        value = found[0].value if len(found) == 1 else None
        factor = 0.001 if KG.search(text) else 1.0 if MASS.search(text) else factor
    return None if value is None else round(value * factor, 9)


CLASS_ASIDE = re.compile(r"\(\s*((?:[^\W\d_]+\s*){1,4})\)\s*$")
"""A few words in brackets closing a waste's name, which may give its class (`(chất thải thông thường)`)."""


def _hazard_mark(text: str) -> bool | None:
    """The one-cell mark a register writes for hazardous or not (`О`, `Н`; `Қ`, `ҚЕ`; `NH`, `TT`); None for any other text."""
    label = next((label for label, pattern in words.compiled_labels("HAZARD_MARKS") if pattern.fullmatch(words.flat(text))), None)
    return None if label is None else label == "yes"


def _hazard(text: str) -> bool | None:
    """`no` / `yes` of the hazard words in a text (`неопасные` before `опасные`); None when it names both
    (`опасные и неопасные отходы`) or neither."""
    label = words.label_of("HAZARD_GROUPS", text)
    if label == "no":
        rest = words.compiled_labels("HAZARD_GROUPS")
        no = dict(rest)["no"]
        if dict(rest)["yes"].search(no.sub(" ", words.flat(text))):
            return None
    return None if label is None else label == "yes"


def _is_group(table: Table, row: int, texts: list[str], name: str, name_col: int | None) -> bool:
    """A row that heads a group: its name alone, merged across the row, ending in `:` or saying a hazard or
    a period (`Опасные отходы`, `Период эксплуатации`, `Chất thải nguy hại`)."""
    notes = words.note_columns(table)
    others = [t for k, t in enumerate(texts) if k != name_col and k not in notes and not is_blank(t) and t != name]
    if others and not all(re.fullmatch(r"\d{1,3}[.)]?|[IVX]{1,4}[.)]?", t) for t in others):
        return False
    own = table.rows[row][name_col] if name_col is not None else None
    spans = (own is not None and own.col_span > 1) or sum(1 for t in texts if t == name) >= 2  # merged across
    said = _hazard(name) is not None or words.label_of("PERIOD_WORDS", name) is not None
    return spans or said or name.rstrip().endswith(":")


def add_listed(
    out: Collector, name: str, raw_code: str, operation: str, prov: c.Provenance, system: str = "LoW"
) -> None:
    """A waste named with its code in a list or a flattened table row."""
    waste = listed_waste(name, raw_code, system, None, None, operation, None, out, prov)
    if waste is not None:
        add_waste(out, waste)
