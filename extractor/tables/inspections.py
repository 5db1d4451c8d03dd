"""Internal inspections (`План-график внутренних проверок`): a unit of the enterprise and how often it is checked."""

from __future__ import annotations

import re

from extractor import columns as words
from extractor import contract as c
from extractor.context import (
    Collector,
    Context,
    cell,
    frequencies,
    frequency,
    is_blank,
    own_cell,
    row_title,
    signed_row,
)
from extractor.model import Table
from extractor.tables.profile import names_column
from extractor.tables.spread import (
    MARK,
    calendar,
    context_frequency,
    listed_frequencies,
    marked_frequencies,
    marks_per_year,
    month_rows,
    times_column,
    times_listed,
)


def read_inspections(
    ctx: Context, out: Collector, ti: int, table: Table, r: dict[str, int], context: tuple[str, ...] = ()
) -> None:
    """One inspection per unit. A frequency given once for several units (a merged cell, which a
    text file writes in its first row only) holds for the units under it; a frequency column
    marked (`+`), months marked, or the caption's frequency stand in for a frequency column."""
    if listed := listed_frequencies(table):
        _read_listed(ctx, out, ti, table, listed)
        return
    if (by_month := month_rows(table)) is not None:
        _read_by_month(ctx, out, ti, table, r, by_month)
        return
    headed = bool({"site", "name"} & r.keys())  # a column the header says names the units checked
    if not headed and (k := inspected_column(table, r)) is not None:
        r = {**r, "name": k}  # `Участник индустриальной зоны`, `Doanh nghiệp`: who is checked
    several = words.columns_of(table, "frequency")
    if len(several) > 1 and not marked_frequencies(table):  # marks under frequencies are read below
        _read_several(ctx, out, ti, table, r, several)
        return
    above, group, unit_above = "", "", ""
    months, per = calendar(table) if "frequency" not in r else ([], "")
    marked = marked_frequencies(table)
    if r.get("frequency") not in (None, *marked):
        marked = {}  # a frequency column of its own: the marks are something else
    stated = context_frequency(context) if "frequency" not in r else None
    when = times_column(table, named_columns(r))
    titled_unit = False  # a unit and its frequency in a title row, the aspects checked there under it
    in_days = "frequency" in r and bool(words.compiled("DAYS_HEADERS").search(words.flat(table.header[r["frequency"]])))
    numbered = [row for row in range(len(table.rows)) if "row_number" in r and item_number(own_cell(table, row, r["row_number"]))]
    last_numbered = numbered[-1] if len(numbered) >= 2 else len(table.rows)
    for row in range(len(table.rows)):
        if signed_row(table, row):
            continue  # `Составил: … ________ …`: the signatures under the plan
        target = _target(table, row, r, unit_above)
        unit_above = cell(table, row, r.get("site")) or cell(table, row, r.get("name")) or unit_above
        freq_text = "" if marked else cell(table, row, r.get("frequency"))
        if not freq_text and (split := unit_frequency(cell(table, row, r.get("site")) or cell(table, row, r.get("name")))):
            freq_text = split[1]  # `Котельная (2 раза в год)`: the unit and, in brackets, how often
        if months and (n := marks_per_year(table, row, months)):
            freq_text = words.per_year_text(ctx.doc.language, n, per)  # months or days marked in a schedule
        elif marked:
            freq_text = next((f for k, f in marked.items() if MARK.match(own_cell(table, row, k) or "")), "")
        elif not ((f := frequency(freq_text)) and f.word) and (n := times_per_year(table, row, r, when)):
            freq_text = words.per_year_text(ctx.doc.language, n)
        elif in_days and re.fullmatch(r"\d{1,3}", freq_text.strip()):
            freq_text = words.per_days_text(ctx.doc.language, int(freq_text))  # `Периодичность, сут. | 90`
        if (is_blank(target) or target.isdigit()) and not frequency(freq_text):
            continue  # an empty row, or the row of column numbers
        if title := row_title(table, row):  # a group title merged across the row (`1. Очистные сооружения`)
            if (f := frequency(title)) and f.word:
                stated = title  # `Ежедневно (в начале смены)` over the units checked that often
                unit = _unit_of_title(title)
                titled_unit = bool(unit) and not headed
                if titled_unit:  # `1. Электрофильтры – периодичность обхода: еженедельно` over its checklist
                    out.add_obligation(inspection(ctx, unit, title, ctx.row_provenance(ti, row)))
                continue
            titled_unit = False
            group = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+", "", title)
            continue
        if group and "site" not in r and "name" not in r and not target.startswith(group):
            target = f"{group} — {target}"  # the unit its aspects are checked at
        if titled_unit:
            continue  # an aspect of the unit's check, not a check of its own
        if row > last_numbered and not frequency(freq_text) and not _dated(table, row, r):
            continue  # `NGƯỜI LẬP | … | TM. ỦY BAN NHÂN DÂN XÃ`: the signatures under a numbered plan
        if is_blank(freq_text) and above:
            freq_text = above
        above = freq_text if frequency(freq_text) else ""
        number = item_number(own_cell(table, row, r["row_number"])) if "row_number" in r else None
        for unit in units(target):
            for one in frequencies(freq_text) or [stated]:  # `ежедневно – медсестра; еженедельно – заведующий`
                out.add_obligation(inspection(ctx, unit, one, ctx.row_provenance(ti, row), number))


BRACKETED = re.compile(r"(?s)^(?P<unit>.*?[^\W\d_].*?)\s*\((?P<often>[^()]+)\)\s*$")


def unit_frequency(text: str) -> tuple[str, str] | None:
    """A unit with how often it is checked in brackets after it, on its line or the next (`Котельная` /
    `(2 раза в год)`): the unit and the frequency; None when the brackets say anything else."""
    m = BRACKETED.match(text or "")
    if m is None or not ((f := frequency(m.group("often"))) and f.word):
        return None
    return m.group("unit").strip(), m.group("often").strip()


def bracketed_frequencies(table: Table, col: int | None) -> bool:
    """Most of a column's units give how often they are checked in brackets (`Котельная (2 раза в год)`)."""
    if col is None:
        return False
    texts = [t for r in range(len(table.rows)) if not row_title(table, r) and not is_blank(t := own_cell(table, r, col))]
    return len(texts) >= 2 and sum(unit_frequency(t) is not None for t in texts) * 2 >= len(texts)


def _dated(table: Table, row: int, r: dict[str, int]) -> bool:
    """Whether the row's deadline cell gives a date or a month."""
    when = cell(table, row, r.get("deadline"))
    return bool(when and re.search(r"\d", when))


def _unit_of_title(title: str) -> str:
    """The unit a title names before its frequency (`1. Химводоочистка – периодичность обхода:
    еженедельно` → `Химводоочистка`); '' when the title is a frequency only (`Ежедневно (в начале смены)`)."""
    head = re.split(r"\s+[–—-]\s+|\s*:\s*", re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+", "", title), maxsplit=1)
    if len(head) < 2 or not re.search(r"[^\W\d_]{3}", head[0]) or frequency(head[0]):
        return ""
    return head[0].strip()


def times_per_year(table: Table, row: int, r: dict[str, int], when: int | None) -> int:
    """How many checks a year a row plans when the table counts them (`Количество проверок в год | 4`)
    or lists their months or days (`март, июнь, сентябрь, декабрь`, `09.01; 09.02.2026`)."""
    if "per_year" in r and re.fullmatch(r"\s*\d{1,3}\s*", count := cell(table, row, r["per_year"]) or ""):
        return int(count)
    return times_listed(own_cell(table, row, when) or "") if when is not None else 0


def named_columns(r: dict[str, int]) -> set[int]:
    """The columns that name what is checked, never a schedule's."""
    return {r[k] for k in ("site", "name", "subject", "task") if k in r}


NOT_INSPECTED = frozenset({"row_number", "frequency", "deadline", "year"})


def inspected_column(table: Table, header: dict[str, int]) -> int | None:
    """The first column of names when no header names the unit checked (`Участник индустриальной
    зоны`, `Doanh nghiệp`): text in most rows, not a frequency, date or number column."""
    return names_column(table, {k for role, k in header.items() if role in NOT_INSPECTED})


def titled_frequencies(table: Table) -> int:
    """How many group rows across the table are frequencies (`Ежедневно`, `Еженедельно` over their units)."""
    n = len(table.rows)
    titles = [row_title(table, r) for r in range(n)]
    return sum(
        1
        for r, t in enumerate(titles)
        if t and len(t) <= 120 and r + 1 < n and not titles[r + 1] and (f := frequency(t)) and f.word
    )  # a title with units under it (`Группа А – … Проверка не реже одного раза в неделю`), not a closing note


def _read_by_month(ctx: Context, out: Collector, ti: int, table: Table, r: dict[str, int], month_col: int) -> None:
    """A schedule down the months (`Январь | Котельная; Склад ГСМ`): a unit listed in four months is
    checked quarterly, in one yearly."""
    col = r.get("site", r.get("name"))
    if col is None or col == month_col:
        col = next((k for k in range(table.n_cols) if k != month_col and k != r.get("row_number")), None)
    counts: dict[str, tuple[int, int]] = {}
    for row in range(len(table.rows)):
        for unit in units(cell(table, row, col)):
            if unit and not is_blank(unit):
                n, first = counts.get(unit, (0, row))
                counts[unit] = (n + 1, first)
    for unit, (n, first) in counts.items():
        out.add_obligation(inspection(ctx, unit, words.per_year_text(ctx.doc.language, n), ctx.row_provenance(ti, first)))


def _read_listed(ctx: Context, out: Collector, ti: int, table: Table, listed: dict[int, str]) -> None:
    """A column per frequency, the units checked that often listed under it: one inspection per name."""
    for row in range(len(table.rows)):
        if row_title(table, row):
            continue  # a note merged across the table
        for k, freq_text in listed.items():
            name = own_cell(table, row, k)
            if name and not is_blank(name) and not frequency(name):
                out.add_obligation(inspection(ctx, name, freq_text, ctx.row_provenance(ti, row)))


def _read_several(
    ctx: Context, out: Collector, ti: int, table: Table, r: dict[str, int], columns: list[int]
) -> None:
    """Several frequency columns, one per checker (`Периодичность контроля: эпидемиолог | инженер`):
    one inspection per unit and filled column, the checker named after the unit."""
    unit_above = ""
    for row in range(len(table.rows)):
        if row_title(table, row):
            continue
        target = _target(table, row, r, unit_above)
        unit_above = cell(table, row, r.get("site")) or cell(table, row, r.get("name")) or unit_above
        if is_blank(target) or target.isdigit():
            continue
        for k in columns:
            freq_text = own_cell(table, row, k)
            if is_blank(freq_text) or not frequency(freq_text):
                continue
            who = table.header_parts[k][-1] if len(table.header_parts[k]) > 1 else ""
            text = f"{target} ({who})" if who else target
            out.add_obligation(inspection(ctx, text, freq_text, ctx.row_provenance(ti, row)))


def units(target: str) -> list[str]:
    """The units a cell lists (`Склад ГСМ; Котельная`), one inspection each; the cell whole otherwise."""
    parts = [p.strip(" ,.") for p in re.split(r"\s*;\s*|\s*\n\s*", target or "")]
    named = [p for p in parts if re.search(r"[^\W\d_]{3}", p)]
    return named if len(named) > 1 and len(named) == len([p for p in parts if p]) else [target]


def _target(table: Table, row: int, r: dict[str, int], unit_above: str = "") -> str:
    """What is checked: the unit, else the named object, else the subject of the check; a subject
    beside a unit is added to it (`Склад ГСМ — обращение с отходами`). A unit left blank under
    another (a text file's merged cell) is the one above."""
    unit = cell(table, row, r.get("site")) or cell(table, row, r.get("name"))
    if not unit and ("site" in r or "name" in r):
        unit = unit_above
    if split := unit_frequency(unit):
        unit = split[0]  # `Котельная (2 раза в год)`: the frequency is read apart
    subject = cell(table, row, r.get("subject"))
    if unit and subject and not is_blank(subject) and subject != unit:
        unit = f"{unit} — {subject}"
    owner = re.sub(r"\s*\n\s*", ", ", cell(table, row, r.get("operator")) or cell(table, row, r.get("bin")))  # one body over lines
    if owner and re.search(r"[^\W\d_]{3}", owner) and owner != unit and not (unit or "").startswith(owner):
        return f"{owner} — {unit}" if unit else owner  # `ТОО «…» 190749579671 | завод`: the enterprise checked
    return unit or subject


ITEM_NUMBER = re.compile(r"\s*(\d{1,3}(?:\.\d{1,3}){0,3})[.)]?\s*")


def item_number(text: str | None) -> str | None:
    """The item's number in its plan (`3.1`, `2.`), None for anything else."""
    m = ITEM_NUMBER.fullmatch(text or "")
    return m.group(1) if m else None


def inspection(
    ctx: Context, target: str | None, freq_text: str | None, prov: c.Provenance, number: str | None = None
) -> c.Obligation:
    """An internal inspection of a unit of the enterprise at its frequency."""
    freq = frequency(freq_text)
    return c.Obligation(
        id="",
        kind="inspection",
        number=number,
        text=f"{words.phrase(ctx.doc.language, 'INSPECTION_TEXT', 'Внутренняя проверка')}: {target or '—'}; {freq_text or ''}".strip(" ;"),
        frequency=freq.word if freq else None,
        rrule=freq.rrule if freq else None,
        provenance=prov,
        language=ctx.doc.language,
    )
