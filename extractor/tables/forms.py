"""Forms that hold a table: a card over the table it heads (an inventory's form per source), records
stacked a field per row (a programme's passports of measures, passports of points under title rows),
a register's records two lines each, calculation sheets that give each pollutant's rates a row each
(`Максимальный разовый выброс: Азота диоксид | г/с | 0,066`), and a column per waste over their codes.
Each is reshaped into a plain table of its role, so the role readers read it like any other.
"""

from __future__ import annotations

import re

from extractor import columns as words
from extractor.columns import is_total, label_of, label_parts, role_of
from extractor.context import is_blank, number
from extractor.model import Cell, Table, owner_position
from extractor.nlp.numbers import parse_quantity
from extractor.nlp.substances import match_substance, substance_by_code
from extractor.nlp.wastes import find_waste_codes, normalise_waste_code
from extractor.tables.emissions import G_S_WORD, T_Y_WORD
from extractor.tables.records import sources_mentioned
from extractor.tables.transpose import FIELD_LABEL_CHARS, MIN_FIELDS, text_at

CARRIED = ("source_number", "source_name", "point")
"""A card's fields that name what the table under it is about, given to each of its rows."""
MAX_CARD_ROWS = 15


def card_over_table(table: Table) -> Table | None:
    """A form whose first rows are a card (`Номер источника | 0001`, `Наименование источника | …`) and
    the rest a table under a header row of its own (`Код ЗВ | Наименование | Выброс, г/с | т/год`), as
    an inventory's form per source is printed: the table, the card's fields that name its subject as
    columns of every row. None when the table is no such form."""
    grid = [*table.header_rows, *table.rows]
    carried: list[tuple[str, str]] = []
    titled = False
    for h in range(len(grid) - 1):
        texts = [text_at(grid, h, k) for k in range(table.n_cols)]
        filled = [t for t in texts if t]
        roles = {role_of(t) for t in filled} - {None, "row_number"}
        if len(roles) >= 3 and len(roles) * 2 >= len(filled):
            if h < 2 or not (carried or titled):
                return None
            head = (*(Cell(label) for label, _ in carried), *(Cell(t) for t in texts))
            rows = tuple((*(Cell(v) for _, v in carried), *grid[r]) for r in range(h + 1, len(grid)))
            return reshaped_as(table, head, rows)
        values = list(dict.fromkeys(filled))
        if h == 0 and len(values) == 1:  # a title across the form's top (`Nguồn số 1 – Ống khói …`)
            titled = True
            if sources_mentioned(values[0], leading=True):
                carried.append((SOURCE_HEADER, values[0]))  # `ИЗА № 0001 – Силовой привод`: its source
            continue
        if h >= MAX_CARD_ROWS or len(values) > 2 or not values or len(values[0]) > FIELD_LABEL_CHARS:
            return None  # a card row is a label and its value
        if len(values) == 2 and role_of(values[0]) in CARRIED and all(x[0] != values[0] for x in carried):
            carried.append((values[0], values[1]))
    return None


MIN_RECORDS = 2


def stacked_records(table: Table) -> Table | None:
    """Records stacked down a table, a field per row (`1 | Наименование мероприятия | …`, `| Срок
    реализации | …`, `| Ответственный исполнитель | …`, then `2 | Наименование мероприятия | …`), as a
    programme's passports of measures are printed: one row per record under the labels as a header.
    None when the labels do not repeat record after record."""
    grid = [*table.header_rows, *table.rows]
    for at in (1, 0):
        if at + 1 >= table.n_cols:
            continue
        labels = [text_at(grid, r, at) for r in range(len(grid))]
        first = labels[0]
        starts = [r for r, label in enumerate(labels) if label and label == first]
        if len(starts) < MIN_RECORDS or role_of(first) is None or len(first) > FIELD_LABEL_CHARS:
            continue
        fields = list(dict.fromkeys(label for label in labels[: starts[1]] if label))
        if len(fields) < MIN_FIELDS or sum(1 for label in fields if role_of(label)) < 2:
            continue
        records = []
        for n, start in enumerate(starts):
            end = starts[n + 1] if n + 1 < len(starts) else len(grid)
            values = {labels[r]: text_at(grid, r, at + 1) for r in range(start, end) if labels[r] in fields}
            number = text_at(grid, start, at - 1) if at else ""
            records.append((number, values))
        if sum(len(values) for _, values in records) < len(fields) * len(records) * 3 // 4:
            continue  # the labels do not come back record after record
        head = (*((Cell("№"),) if at else ()), *(Cell(label) for label in fields))
        rows = tuple(
            (*((Cell(number),) if at else ()), *(Cell(values.get(label, "")) for label in fields))
            for number, values in records
        )
        return reshaped_as(table, head, rows)
    return _titled_records(table, grid)


TITLE_END = re.compile(r"[.:]\s|\s[–—-]\s")


def _titled_records(table: Table, grid: list) -> Table | None:
    """Records each under a title row across the table (`Точка контроля № 1. ИЗА 0001 – труба`, then
    `Компонент | …`, `Периодичность | …`), as passports of control points are printed: one row per
    record, what its title names as its first column (headed by the first title's label)."""
    if table.n_cols != 2:
        return None
    titles = [r for r in range(len(grid)) if text_at(grid, r, 0) and text_at(grid, r, 1) in ("", text_at(grid, r, 0))]
    if len(titles) < MIN_RECORDS or titles[0] > 1:
        return None
    records: list[tuple[str, dict[str, str]]] = []
    fields: dict[str, None] = {}
    for n, start in enumerate(titles):
        end = titles[n + 1] if n + 1 < len(titles) else len(grid)
        values = {text_at(grid, r, 0): text_at(grid, r, 1) for r in range(start + 1, end) if text_at(grid, r, 0)}
        if any(len(label) > FIELD_LABEL_CHARS for label in values):
            return None
        fields.update(dict.fromkeys(values))
        records.append((text_at(grid, start, 0), values))
    if len(fields) < MIN_FIELDS or sum(1 for label in fields if role_of(label)) < 2:
        return None
    if sum(len(values) for _, values in records) < len(fields) * len(records) * 3 // 4:
        return None  # the labels do not come back record after record
    numbers = [_title_number(title) for title, _ in records]
    if all(numbers):  # `Паспорт мероприятия № 1.1`: the record's number, under `№`
        head = (Cell("№"), *(Cell(label) for label in fields))
        rows = tuple((Cell(n or ""), *(Cell(values.get(label, "")) for label in fields)) for n, (_, values) in zip(numbers, records, strict=True))
        return reshaped_as(table, head, rows)
    head = (Cell(_lead(records[0][0])[0]), *(Cell(label) for label in fields))
    rows = tuple(
        (Cell(_lead(title)[1] or title), *(Cell(values.get(label, "")) for label in fields)) for title, values in records
    )
    return reshaped_as(table, head, rows)


def _title_number(title: str) -> str | None:
    """The number of a record whose title is a label and its number alone (`Паспорт мероприятия № 1.1`, `№ 1.1
    іс-шара паспорты`, `PHIẾU NHIỆM VỤ SỐ 1`)."""
    sign = rf"(?:№|(?<![^\W\d_])(?:{words.compiled('NUMBER_SIGN_WORDS').pattern})(?![^\W\d_]))"
    number = r"(\d+(?:[.\-/]\d+)*)"
    for pattern in (rf"^[^\W\d_][^№\d]{{2,60}}?{sign}\s*{number}\.?\s*$", rf"^{sign}\s*{number}\.?\s+[^\W\d_][^№\d]{{2,60}}$"):
        if m := re.match(pattern, title.strip(), re.IGNORECASE):
            return m.group(1)
    return None


def reshaped_as(table: Table, head: tuple, rows: tuple) -> Table:
    """The plain table a form is turned into: one header row over its records, the form's caption and pages."""
    return Table(n_cols=len(head), rows=tuple(rows), header_rows=(head,), caption=table.caption,
                 page_start=table.page_start, page_end=table.page_end)


def _lead(title: str) -> tuple[str, str]:
    """(the record's label, what it titles): `Точка контроля № 1. ИЗА 0001 – труба` → (`Точка контроля №
    1`, `ИЗА 0001 – труба`); the label alone names no point or source, the rest does."""
    parts = TITLE_END.split(title, maxsplit=1)
    return parts[0].strip(), parts[1].strip() if len(parts) > 1 else ""


def paired_lines(table: Table) -> Table | None:
    """Records of two lines each under two header lines that name them (`Наименование оператора | БИН |
    …` over `Наименование объекта | Код КАТО | …`; a row per operator with its number, then a row for its
    object), as a regional register prints them: one row per record, the second line's fields as
    columns of their own. None when the rows do not pair so."""
    grid = [*table.header_rows, *table.rows]
    if table.n_cols < 3 or len(grid) < 6:
        return None
    lines = [[text_at(grid, r, k) for k in range(table.n_cols)] for r in (0, 1)]
    if any(owner_position(grid, 0, k) == owner_position(grid, 0, k - 1) for k in range(2, table.n_cols)):
        return None  # a parent label over several columns: one header, not two lines
    if any(not a or not b or a == b for a, b in zip(lines[0][1:], lines[1][1:], strict=True)):
        return None
    if min(sum(1 for t in line[1:] if role_of(t)) for line in lines) < 2:
        return None
    records = []
    r = 2
    while r + 1 < len(grid):
        first, second = grid[r], grid[r + 1]
        if not _own(first, 0) or _own(second, 0) or not any(_own(second, k) for k in range(1, table.n_cols)):
            break
        records.append((r, r + 1))
        r += 2
    if len(records) < MIN_RECORDS or len(records) * 2 + 2 < len(grid) - 1:
        return None  # a note row may close the table, no more
    head = (Cell(lines[0][0]), *(Cell(t) for t in lines[0][1:]), *(Cell(t) for t in lines[1][1:]))
    rows = tuple(
        (Cell(text_at(grid, a, 0)), *(Cell(text_at(grid, a, k)) for k in range(1, table.n_cols)),
         *(Cell(text_at(grid, b, k)) for k in range(1, table.n_cols)))
        for a, b in records
    )
    return reshaped_as(table, head, rows)


def titled_records(table: Table) -> Table | None:
    """Records of two lines each under two header lines, the first line a number and a title across the
    table (`№ п/п | Наименование мероприятия`), the second its fields (`| Срок выполнения | Исполнитель |
    …`): one row per record, the title a column before the fields. None when the rows do not pair so."""
    grid = [*table.header_rows, *table.rows]
    if table.n_cols < 3 or len(grid) < 6:
        return None
    title = text_at(grid, 0, 1)
    fields = [text_at(grid, 1, k) for k in range(1, table.n_cols)]
    if not title or title in fields or any(not t for t in fields) or len(set(fields)) < len(fields):
        return None
    if any(_own(grid[0], k) for k in range(2, table.n_cols)) or sum(1 for t in fields if role_of(t)) < 2:
        return None  # the first line labels one thing across the table, the second names fields
    records = []
    r = 2
    while r + 1 < len(grid):
        first, second = grid[r], grid[r + 1]
        if not _own(first, 0) or not _own(first, 1) or any(_own(first, k) for k in range(2, table.n_cols)):
            break
        if _own(second, 0) or not any(_own(second, k) for k in range(1, table.n_cols)):
            break
        records.append((r, r + 1))
        r += 2
    if len(records) < MIN_RECORDS or len(records) * 2 + 2 < len(grid) - 1:
        return None  # a note row may close the table, no more
    head = (Cell(text_at(grid, 0, 0)), Cell(title), *(Cell(t) for t in fields))
    rows = tuple(
        (Cell(text_at(grid, a, 0)), Cell(text_at(grid, a, 1)), *(Cell(text_at(grid, b, k)) for k in range(1, table.n_cols)))
        for a, b in records
    )
    return reshaped_as(table, head, rows)


def _own(row, k: int) -> str:
    """The text a grid row's own cell holds (empty where a merge from above covers it)."""
    return row[k].text.strip() if k < len(row) and row[k] is not None else ""


_FIGURE_OR_DASH = re.compile(r"^\s*(?:[-–—]|[<≤]?\s*\d[\d\s]*(?:[.,]\d+)?)\s*$")


def _titled_substance(title: str) -> str | None:
    """The pollutant a title row names (`Вещество: 3347 – Алкилбензолсульфокислота (ЛАБСК)`, `Chất: Bụi`), as a
    name the rows' reader will match again; None when the title names none."""
    text = title.split(":", 1)[1] if ":" in title else title
    m = match_substance(text.strip(), medium="air")
    if m is not None and m.score >= SURE and (m.substance.code or m.substance.symbol):
        return text.strip()
    coded = re.match(r"\s*(\d{4})\b", text)
    return text.strip() if coded and substance_by_code(coded.group(1)) is not None else None


def rate_sheet(table: Table) -> Table | None:
    """A calculation sheet whose result rows give each pollutant's rates a row each, the unit in a
    cell of its own (`Максимальный разовый выброс: Азота диоксид (0301) | M | г/с | 0,066`, `Валовый
    выброс: Азота диоксид (0301) | G | т/год | 0,238`): a table of pollutants with their g/s and t/y.
    None unless a pollutant has both its rates so. A title row naming one source (`Источник № 0001.
    Дымовая труба …`) gives the source of the rows under it; a pollutant named once over its two rows
    (as a text file writes a merged cell) names both."""
    grid = [*table.header_rows, *table.rows]
    found: dict[tuple[str, int, str], dict[str, str]] = {}
    source, last, block, titled = "", "", 0, ""
    for r in range(len(grid)):
        texts = [text_at(grid, r, k) for k in range(table.n_cols)]
        at = next((k for k, t in enumerate(texts) if k and len(t) <= 12 and _rate_kind(t)), None)
        if at is None and len(said := {t for t in texts if t}) == 1:
            title = said.pop()
            if len(named := sources_mentioned(title)) == 1:
                block, last, titled = block + 1, "", ""
                source = named[0]
            elif (one := _titled_substance(title)) is not None:
                titled, last = one, ""  # `Вещество: 3347 – Алкилбензолсульфокислота` over the rows that work out its rates
            else:
                block, last, titled = block + 1, "", ""  # `Máy sấy và máy ép viên nén trấu` across the sheet: another unit's rates
            continue
        value = next((t for t in texts[at + 1 :] if t), "") if at is not None else ""
        if at is None or not value:
            continue
        if sum(1 for t in texts[at + 1 :] if _FIGURE_OR_DASH.match(t)) > 2:
            return None  # `Bụi tổng | g/s | 0,0383 | 0,00764 | - | …`: a figure per stage or source, a matrix
        name = texts[0].strip() or last  # `Пыль неорганическая: 70-20% SiO2`, or after a label: `Валовый выброс: …`
        found_substance = match_substance(name, medium="air")
        if found_substance is None or found_substance.score < SURE:
            name = name.rsplit(":", 1)[-1].strip()
            found_substance = match_substance(name, medium="air")
        if titled:  # `Максимальный разовый выброс, M = …` under `Вещество: …`: the title's, the result (the last row) its rate
            name, found_substance = titled, match_substance(titled, medium="air")
        if found_substance is None or not (found_substance.substance.code or found_substance.substance.symbol):
            continue  # the input data (`Khối lượng nguyên liệu | tấn/năm`), not a pollutant's rate
        last = name
        found.setdefault((source, block, name), {})[_rate_kind(texts[at])] = value
    found = _paired_blocks(found)
    if sum(len(rates) for rates in found.values()) < 2 or not any(len(rates) == 2 for rates in found.values()):
        return None  # no pollutant with both its rates
    head = (Cell(text_at(grid, 0, 0) if table.header_rows else ""), Cell("г/с"), Cell("т/год"))
    rows = tuple(
        (Cell(name), Cell(rates.get("g_s", "")), Cell(rates.get("t_y", ""))) for (_, _, name), rates in found.items()
    )
    if any(at for at, _, _ in found):
        head = (Cell(SOURCE_HEADER), *head)
        rows = tuple((Cell(at), *row) for (at, _, _), row in zip(found, rows, strict=True))
    return reshaped_as(table, head, rows)


def _paired_blocks(found: dict[tuple[str, int, str], dict[str, str]]) -> dict[tuple[str, int, str], dict[str, str]]:
    """A pollutant's g/s in one block and its t/y in the next (`Максимальный разовый выброс` over the
    g/s of all, `Валовый выброс` over the t/y) are one pollutant's rates, not two units'."""
    out = dict(found)
    keys = list(found)
    for n, key in enumerate(keys):
        if key not in out or len(out[key]) != 1:
            continue
        mate = next((k for k in keys[n + 1 :] if k[0] == key[0] and k[2] == key[2]), None)
        if mate is not None and mate in out and len(out[mate]) == 1 and out[mate].keys() != out[key].keys():
            out[key] = {**out[key], **out.pop(mate)}
    return out


SURE = 90
"""The score of a substance's match taken as the name itself, not a label before it."""

SOURCE_HEADER = "№ ИЗА"
"""The header the reshaped sheet gives its column of sources (the language data's words for one)."""


def _rate_kind(text: str) -> str:
    text = text.strip()
    return "g_s" if G_S_WORD.fullmatch(text) else "t_y" if T_Y_WORD.fullmatch(text) else ""


def _unit_part(parts: tuple[str, ...]) -> str:
    """The unit a column's header gives alone in one of its parts (`кг`, `т`), lower case; '' when none."""
    return next((p.strip(" .").lower() for p in parts if UNIT_ONLY.fullmatch(p.strip())), "")


UNIT_HEADER = "Ед. изм."
"""The header a folded table's column of units gets (words every language's roles read as the unit)."""
UNIT_ONLY = re.compile(r"(?:т|тонн\w*|кг|kg|tấn|t|шт\.?|м3|м³|m3|m³)\.?", re.I)
"""A header part that is a unit alone (`т`, `кг`): under a waste's name, not a name."""


def waste_columns_folded(table: Table) -> Table | None:
    """A column per waste (`Образовано отходов, т: Отходы убоя | Навоз | …`) with a row of their codes
    (`Код отхода | 02 02 02 | 02 01 06`) and a row per unit that makes them: a row per waste, its
    amount the table's total row, else the sum down its column. None when the table is no such one."""
    grid = [*table.header_rows, *table.rows]
    n_head = len(table.header_rows)
    for r in range(min(len(grid), n_head + 3)):
        first = text_at(grid, r, 0)
        codes = {k: code for k in range(1, table.n_cols) if (code := _code_cell(text_at(grid, r, k)))}
        coded = len(codes) + sum(1 for k in range(1, table.n_cols) if k not in codes and _dashed(text_at(grid, r, k)))  # `-`: no code
        if role_of(first) != "waste_code" and (len(codes) < 2 or coded * 4 < (table.n_cols - 1) * 3 or (first and r and first != text_at(grid, r - 1, 0))):
            continue  # a labelled row of codes (`Код отхода | …`), or one under the names (`| код 04 02 22 | …`)
        if len(codes) < 2:
            return None
        below = range(r + 1, len(grid))
        total = next((row for row in below if role_of(text_at(grid, row, 0)) in ("amount", "t_y")), None)
        if total is None:  # a labelled amount row first (`Объем образования, т/год`), else the total row
            totals = [row for row in below if is_total(text_at(grid, row, 0))]
            # `Жыл бойы барлығы, кг` then `…, т`: the one in tonnes, the unit the contract asks for
            total = next((row for row in totals if TONNES_LABEL.search(text_at(grid, row, 0))), totals[0] if totals else None)
        named = next((row for row in range(n_head, len(grid)) if role_of(text_at(grid, row, 0)) == "waste_name"), None)
        if named is None and r - 1 >= n_head and all(text_at(grid, r - 1, k) and number(text_at(grid, r - 1, k)) is None for k in codes):
            named = r - 1  # names in the row right over the codes, unlabelled (a text file's header rows in the body)
        if role_of(first) == "waste_code" and named is not None:  # `Mã chất thải | – | 17 02 03`: a waste with no code too
            codes = {k: codes.get(k, "–") for k in range(1, table.n_cols) if k in codes or (DASH.fullmatch(text_at(grid, r, k)) and text_at(grid, named, k))}
        else:  # `Mã CTNH: 13 01 01 | … | -`: a named waste the classifier gives no code
            codes = {k: codes.get(k, "–") for k in range(1, table.n_cols) if k in codes or (_dashed(text_at(grid, r, k)) and _waste_named(table, grid, named, k))}
        classed = next((row for row in range(n_head, len(grid)) if row not in (r, named) and _classes(grid, row, codes)), None)
        over = {} if classed is not None else _header_classes(table, codes)  # `Chất thải rắn thông thường` over its wastes
        rows = []
        units = {k: _unit_part(table.header_parts[k]) if k < len(table.header_parts) else "" for k in codes}
        united = any(units.values())  # `т | т | кг` under the codes: each waste's unit, a column of its own
        for k, code in codes.items():
            if total is not None:
                amount = text_at(grid, total, k)
            else:
                figures = [v for row in below if (v := number(text_at(grid, row, k))) is not None]
                amount = f"{round(sum(figures), 9):g}" if figures else ""
            parts = table.header_parts[k] if k < len(table.header_parts) else ()
            own = [p for p in parts if not _code_cell(p) and not _dashed(p) and not UNIT_ONLY.fullmatch(p.strip())]
            name = text_at(grid, named, k) if named is not None else (own[-1] if own else "")
            rows.append((Cell(name), Cell(code), Cell(amount), *((Cell(text_at(grid, classed, k)),) if classed is not None else ()), *((Cell(over.get(k, "")),) if over else ()), *((Cell(units[k]),) if united else ())))
        parent = next((p[0] for k in codes if len(p := table.header_parts[k]) > 1 and not _code_cell(p[-1]) and not _dashed(p[-1])), "")
        if not parent and total is not None and (role_of(text_at(grid, total, 0)) in ("amount", "t_y") or UNIT_LABEL.search(text_at(grid, total, 0))):
            parent = text_at(grid, total, 0)  # `Khối lượng phát sinh (kg/năm)`: the amounts' row names their unit
        head = (Cell(text_at(grid, named, 0) if named is not None else ""), Cell(text_at(grid, r, 0)), Cell(parent), *((Cell(text_at(grid, classed, 0)),) if classed is not None else ()), *((Cell(""),) if over else ()), *((Cell(UNIT_HEADER),) if united else ()))
        return reshaped_as(table, head, tuple(rows))
    return _coded_name_columns(table)


NAMED_CODE = re.compile(r"\(\s*(?:[^\W\d_]+\.?:?\s*)?(\d{2}\s?\d{2}\s?\d{2}\s?\*?)\s*\)\s*$")
"""A waste's code in brackets after its name in a column's header (`Bùn đáy bồn chứa dầu (mã 01 05 02)`)."""


def _coded_name_columns(table: Table) -> Table | None:
    """A column per waste named with its code in its header (`Bùn đáy bồn chứa dầu (mã 01 05 02) | …`) over rows of
    handovers or months and the row that totals them: a row per waste, its amount the total (in tonnes where a total
    says so), else the sum down its column. None when fewer than two columns are so headed."""
    labels = [parts[-1] if parts else "" for parts in table.header_parts]
    coded = {k: m for k, text in enumerate(labels) if (m := NAMED_CODE.search(text)) and normalise_waste_code(m.group(1))}
    if len(coded) < 2 or any(k not in coded and not is_blank(labels[k]) for k in range(min(coded), max(coded))):
        return None
    keys = range(min(coded))
    grid = table.rows
    label = {row: " ".join(t for k in keys if (t := text_at(grid, row, k))) for row in range(len(grid))}
    totals = [row for row in range(len(grid)) if is_total(label[row]) or (TONNES_LABEL.search(label[row]) and not any(number(text_at(grid, row, k)) is not None for k in keys))]
    total = next((row for row in totals if TONNES_LABEL.search(label[row])), totals[0] if totals else None)
    parents = [part for k in coded for part in table.header_parts[k][:-1]]
    unit = label[total] if total is not None and UNIT_LABEL.search(label[total]) else next(iter(parents), "")
    rows = []
    for k, m in coded.items():
        if total is not None:
            amount = text_at(grid, total, k)
        else:
            figures = [v for row in range(len(grid)) if (v := number(text_at(grid, row, k))) is not None]
            amount = f"{round(sum(figures), 9):g}" if figures else ""
        rows.append((Cell(labels[k][: m.start()].strip()), Cell(m.group(1)), Cell(amount)))
    return reshaped_as(table, (Cell(WASTE_NAME_HEADER), Cell(WASTE_CODE_HEADER), Cell(unit)), tuple(rows))


WASTE_NAME_HEADER, WASTE_CODE_HEADER = "Наименование отхода", "Код отхода"
"""The headers the folded table gives its name and code columns (words the language data knows)."""


CODE_LABEL_CHARS = 12
TONNES_LABEL = re.compile(r"[,(]\s*(?:т|тонн|tấn|t|tons?)\.?\s*\)?\s*$", re.I)
"""`Жыл бойы барлығы, т`, `Tổng cộng (tấn)`: a total row in tonnes."""
UNIT_LABEL = re.compile(r"[,(]\s*(?:т|тонн|кг|tấn|kg|t|tons?)\.?\s*\)?\s*$", re.I)
"""A total row's label that ends with the unit of its figures."""


DASH = re.compile(r"\s*[-–—]?\s*")
"""A cell left empty or dashed: no code given."""


def _dashed(text: str) -> bool:
    """A cell that is a dash (`-`: none), not an empty one."""
    return bool(text.strip()) and is_blank(text)


def _waste_named(table: Table, grid, named: int | None, k: int) -> bool:
    """A column with a name of its own, in the row of names or its header."""
    if named is not None:
        return bool(text_at(grid, named, k))
    own = table.header_parts[k] if k < len(table.header_parts) else ()
    return len(own) > 1 or (bool(own) and not _dashed(own[-1]))


def _header_classes(table: Table, codes: dict[int, str]) -> dict[int, str]:
    """The class a waste column's parent header gives it (`Chất thải nguy hại | …`), per column; empty when none does."""
    return {k: p for k in codes for p in (table.header_parts[k] if k < len(table.header_parts) else ())[:1] if label_of("HAZARD_GROUPS", p)}


def _classes(grid, row: int, codes: dict[int, str]) -> bool:
    """A row that says of each waste whether it is hazardous (`Phân loại | Chất thải nguy hại | …`)."""
    said = [label_of("HAZARD_GROUPS", text_at(grid, row, k)) for k in codes]
    return sum(1 for s in said if s) * 2 > len(said)


def _code_cell(text: str) -> str:
    """The waste code a cell holds, alone or after a short label (`код 04 02 22`, `Mã CTNH: 12 06 05`)."""
    if normalise_waste_code(text):
        return text
    found = find_waste_codes(text, strict=False)
    if len(found) == 1:
        start, end, _ = found[0]
        if len((text[:start] + text[end:]).strip(" :.-–")) <= CODE_LABEL_CHARS:
            return text[start:end]
    return ""


MARKED_LIMIT = re.compile(r"^(?P<name>.*?[^\W\d_].*?)\s+(?:[^\W\d_]{1,5}\s*)?[–—=:]\s*(?P<limit>\d[\d\s.,]*(?:\s*[–—-]\s*\d[\d\s.,]*)?(?:\s*\S+/\S+)?)\s*$")
"""`БПК5 ДК – 25 мг/дм3`, `Сутегі көрсеткіші (pH) РЕК – 6,5–8,5`: a parameter, its norm's mark and the norm."""
BRACKETED_LIMIT = re.compile(
    r"^(?P<name>.*?[^\W\d_].*?)\s*\(\s*(?P<limit>(?:[^\W\d_]{1,5}\.?\s+)?(?:[^\W\d_]+\s+){0,2}[≤<≥>]?\s*\d[^()]{0,40}?)\s*\)\s*$"
)
"""`pH (5,5 – 9)`, `BOD5 (20°C) (≤ 50)`, `Хлориды (ДК 350 мг/дм³)`, `Взвешенные вещества (ДК не более 300)`: a
parameter with its norm in brackets at the end, the norm's mark and words before its figure."""
DASHED_LIMIT = re.compile(r"^(?P<name>.*?[^\W\d_].*?)\s+[–—]\s*(?P<limit>(?:[^\W\d_]{1,5}\.?\s*)?[≤<≥>]\s*\d[\d\s.,]*)\s*$")
"""`Фосфаттар, мг/дм³ – ДК ≤ 12`: a parameter, a dash, then the norm's mark and its bound."""


def name_limit_split(table: Table) -> Table | None:
    """A column whose cells give a parameter and its norm together (`Показатель, допустимая концентрация
    (ДК)` over `БПК5 ДК – 25 мг/дм3`; `Thông số (giá trị giới hạn theo QCVN …, cột B)` over `pH (5,5 – 9)`),
    split in two: the parameter under the header's first part, the norm under the part that names it.
    None when no column is such."""
    for k in range(table.n_cols):  # (wherever it stands: `Đợt 1 | Thông số (giá trị tối đa cho phép) | Đợt 2`)
        head = table.header[k] if k < len(table.header) else ""
        name_head, limit_head = _two_headers(head)
        if not limit_head:
            continue
        cells = [own for r in range(len(table.rows)) if (own := text_at(table.rows, r, k))]
        split = [m for t in cells if (m := _limit_in(t))]
        if len(cells) < 2 or len(split) * 3 < len(cells) * 2:
            continue
        rows = []
        for r in range(len(table.rows)):
            text = text_at(table.rows, r, k)
            m = _limit_in(text)
            name, limit = (m.group("name").strip(), m.group("limit").strip()) if m else (text, "")
            row = [Cell(text_at(table.rows, r, c)) for c in range(table.n_cols)]
            rows.append((*row[:k], Cell(name), Cell(limit), *row[k + 1 :]))
        heads = []  # each header row kept (a parent over sub-columns still reads as one), column k split
        for i in range(len(table.header_rows)):
            row = [Cell(text_at(table.header_rows, i, c)) for c in range(table.n_cols)]
            last = i == len(table.header_rows) - 1
            pair = (Cell(name_head), Cell(limit_head)) if last else (Cell(""), Cell(""))
            heads.append((*row[:k], *pair, *row[k + 1 :]))
        return Table(
            n_cols=table.n_cols + 1,
            rows=tuple(rows),
            header_rows=tuple(heads),
            caption=table.caption,
            page_start=table.page_start,
            page_end=table.page_end,
        )
    return None


def _limit_in(text: str) -> re.Match[str] | None:
    """The parameter and its norm of a cell that gives both, the norm one a limit reads as such."""
    if m := MARKED_LIMIT.match(text):
        return m
    for pattern in (BRACKETED_LIMIT, DASHED_LIMIT):  # words may stand in the brackets: a figure they bound, no aside
        if (m := pattern.match(text)) and parse_quantity(re.sub(r"^[^\W\d_]{1,5}\.?\s+", "", m.group("limit"))) is not None:
            return m
    return None


def _two_headers(header: str) -> tuple[str, str]:
    """(the parameter's header, the norm's header) of a header that names both (`Показатель, допустимая
    концентрация (ДК)`, `Thông số (giá trị giới hạn …)`); ('', '') otherwise."""
    inside = re.match(r"^(?P<name>[^(]+?)\s*\((?P<limit>.+)\)\s*$", header)
    pairs = [(inside.group("name"), inside.group("limit"))] if inside else []
    parts = label_parts(header)
    if len(parts) >= 2:
        pairs.append((parts[0], ", ".join(parts[1:])))
    for name, limit in pairs:
        if role_of(name) in ("substance", "name", "indicator") and role_of(limit) == "limit":
            return name.strip(), limit.strip()
    return "", ""
