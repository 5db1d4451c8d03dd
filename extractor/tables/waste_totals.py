"""A calculation of one waste's amount whose total row names the waste and its code.

A tank-cleaning report or a sludge calculation lists the vessels, each with its layer, volume and mass,
and closes with the row that says what it all is: `Всего шлама зачистки резервуаров, содержащего
нефтепродукты (код 16 07 08*) | 35,99 | 33,471`, `Cộng: bùn thải từ thiết bị tách dầu/nước (mã CTNH 17 05
02) | 1,306 | 1.697,8`. The table has no column of wastes; the waste is that row, its amount the row's figure
in the mass column. Turned into a one-row table of wastes, it reads as any other. Language-neutral: a
total is known by the language's total words, a code by the waste-code finder.
"""

from __future__ import annotations

import re

from extractor import columns as words
from extractor.context import own_cell, row_title
from extractor.model import Cell, Table
from extractor.nlp.wastes import find_waste_codes

MASS_UNIT = re.compile(r"(?<![^\W\d_])(?:т|тн|тонн\w*|тонна|кг|kg|t|tấn)(?![^\W\d_])", re.I)
"""A mass in the amount column's header (`Масса шлама, т`, `Khối lượng (kg)`), not a volume."""
CODE_NOTE = re.compile(r"\s*[(,;]?\s*(?:[^\W\d_]+\.?\s*){0,2}$")
"""The words that introduce the code (`(код`, `(mã CTNH`), left behind once the code is cut out."""


YEAR_MASS = re.compile(r"(?<![^\W\d_])(?P<unit>т|тонн\w*|кг|kg|tấn|t)\s*/\s*(?:год|жыл|năm|year)(?![^\W\d_])", re.I)
"""A yearly mass in a row's unit (`M = B · Aᵣ · α / 100, т/год`): the row that gives a waste's amount."""


def calculated_wastes(table: Table) -> Table | None:
    """A calculation in blocks, one per waste: a title row with the waste's code over its parameter rows, the last
    row in tonnes or kilograms a year its result (`1. 10 01 04* – Зола мазутная` … `Количество образования отхода
    | M = B · Aᵣ · α / 100, т/год | 2`). One row per waste as `Waste code | Waste name | Amount | Ед. изм.`;
    None when no two titled blocks end so."""
    rows, title, result = [], None, None

    def close() -> None:
        if title is not None and result is not None:
            code, name = _coded_title(title)
            rows.append((Cell(code), Cell(_ITEM.sub("", name).strip(" –-:")), Cell(result[0]), Cell(result[1])))

    for r in range(len(table.rows)):
        text = row_title(table, r)
        if text and _named_code(text):
            close()
            title, result = text, None
            continue
        if title is None:
            continue
        cells = [own_cell(table, r, k) for k in range(table.n_cols)]
        said = next((m for t in cells[:-1] if (m := YEAR_MASS.search(t))), None)
        figure = next((t for t in reversed(cells) if re.fullmatch(r"[\d\s\u00a0.,]+", t or "") and re.search(r"\d", t)), None)
        if said and figure:
            result = (figure, said.group("unit"))
    close()
    if len(rows) < 2:
        return None
    header = (Cell("Waste code"), Cell("Waste name"), Cell("Amount"), Cell("Ед. изм."))
    return Table(n_cols=4, rows=tuple(rows), header_rows=(header,), caption=table.caption, page_start=table.page_start, page_end=table.page_end)


_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s*")


def totalled_waste(table: Table) -> Table | None:
    """The wastes the table's total rows name with their codes, one row each, as `Waste code | Waste name
    | <the mass column's header>`; None when the table has columns of wastes, no mass column, or no such row."""
    roles = words.column_roles(table)
    if {"waste_code", "waste_name"} & roles.keys():
        return None
    mass = next((k for k in words.columns_of(table, "amount") if MASS_UNIT.search(table.header[k])), None)
    if mass is None:
        mass = next((k for k in range(table.n_cols) if MASS_UNIT.search(_unit_part(table.header[k]))), None)
    if mass is None:
        return None
    unit = MASS_UNIT.search(table.header[mass]).group(0)  # not the density beside it (`ρ = 0,93 т/м3`)
    header = (Cell("Waste code"), Cell("Waste name"), Cell(f"Amount, {unit}"))
    if grouped := _titled_groups(table, mass):
        return Table(n_cols=3, rows=tuple(grouped), header_rows=(header,), caption=table.caption, page_start=table.page_start, page_end=table.page_end)
    rows = []
    for r in range(len(table.rows)):
        text = row_title(table, r) or own_cell(table, r, 0)
        if not own_cell(table, r, mass) or (found := _named_code(text)) is None:
            continue
        start, end, code = found
        bare = without_code(text, start, end)
        if words.is_total(bare):  # `Всего шлама …`, `… шламы, барлығы`: the sum, and what it is
            rows.append((Cell(code.code), Cell(_without_total_word(bare)), Cell(own_cell(table, r, mass))))
    if not rows:
        return None
    return Table(n_cols=3, rows=tuple(rows), header_rows=(header,), caption=table.caption, page_start=table.page_start, page_end=table.page_end)


def _unit_part(header: str) -> str:
    """What a header says after its last comma or in its brackets (`Передано, т`, `Khối lượng (kg)`): its unit."""
    return re.split(r",|\(", header)[-1]


def _titled_groups(table: Table, mass: int) -> list[tuple[Cell, Cell, Cell]]:
    """(code, name, amount) of each waste a title row names across the table (`19 01 07* – Пыль газоочистки`),
    its amount the figure of the total row that closes its records (`Итого за 2025 год | | | 0,19`), or of
    its one record; empty unless a title row names a waste by its code."""
    groups: list[list] = []
    for r in range(len(table.rows)):
        title, figure = row_title(table, r), own_cell(table, r, mass)
        if title and not figure and not words.is_total(title):
            groups.append([title, [], None])
            continue
        if not groups or not figure:
            continue
        first = next((t for k in range(table.n_cols) if k != mass and (t := own_cell(table, r, k))), "")
        if words.is_total(first):
            groups[-1][2] = figure
        else:
            groups[-1][1].append(figure)
    if not any(_named_code(title) for title, _, _ in groups):
        return []
    out = []
    for title, figures, total in groups:
        amount = total or (figures[0] if len(figures) == 1 else None)
        if amount is None:
            continue
        code, name = _coded_title(title)
        out.append((Cell(code), Cell(name.strip(" –-:")), Cell(amount)))
    return out


def _coded_title(title: str) -> tuple[str, str]:
    """(code, name) of a waste a title row names (`19 01 07* – Пыль газоочистки`); no code when it gives none."""
    found = _named_code(title)
    return (found[2].code, without_code(title, found[0], found[1])) if found else ("", title)


def without_code(text: str, start: int, end: int, note: re.Pattern[str] = CODE_NOTE) -> str:
    """`text` without the code at `start:end` and the words `note` finds introducing it (`… (код 19 08 12)`)."""
    return f"{note.sub('', text[:start]).strip(' :,;')} {text[end:].strip(' )')}".strip()


def _named_code(text: str):
    """(start, end, code) of the one waste code a row names: a listed code, or any code the words before it
    call one (`(mã CTNH 17 05 02)`, `(коды 16 07 08*)`); None for none or several."""
    found = find_waste_codes(text)
    if not found:
        found = [f for f in find_waste_codes(text, strict=False) if _labelled(text[: f[0]])]
    return found[0] if len(found) == 1 else None


def _labelled(before: str) -> bool:
    label = " ".join(before.rstrip(" :№").split()[-2:]).lstrip("(")
    return any(words.role_of(part) in ("waste_code", "substance_code") for part in (label, label.split(" ")[-1]))


def _without_total_word(name: str) -> str:
    """`Всего шлама зачистки …` → `шлама зачистки …`, `Cộng: bùn thải …` → `bùn thải …`, `… шламы, барлығы`
    → `… шламы`."""
    first, _, rest = name.partition(" ")
    if rest and words.is_total(first.rstrip(":")):
        return rest.lstrip(": ")
    head, _, last = name.rpartition(" ")
    return head.rstrip(" ,;") if head and words.is_total(f"{head} {last}") and words.is_total(f"x {last}") else name.lstrip(": ")
