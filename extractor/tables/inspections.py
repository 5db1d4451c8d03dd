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
from extractor.nlp import deontic
from extractor.tables.limit_points import period_columns
from extractor.tables.profile import is_shift, names_column
from extractor.tables.spread import (
    MARK,
    calendar,
    context_frequency,
    is_occasional,
    listed_frequencies,
    marked_frequencies,
    marks_per_year,
    month_rows,
    slot_name,
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
    if "frequency" not in r and (k := clause_column(table)) is not None:
        r = {**r, "frequency": k}  # `Khoản | Nội dung`: how often is said inside each clause
    if not {"who", "responsible"} & r.keys() and (k := _post_column(table, r)) is not None:
        r = {**r, "who": k}  # `Должность | Объект контроля | Что проверяется | Периодичность`: the post does the checks
    if "row_number" not in r and 0 not in r.values() and _numbers_items(table):
        r = {**r, "row_number": 0}  # `Пункт | Содержание` over `6.1 | …`: the clauses' numbers
    if not {"site", "name"} & r.keys() and "point" in r and _described_places(table, r["point"]):
        r = {**r, "site": r["point"]}  # `Điểm dừng | Vị trí` over `Điểm 1 | Lò gia nhiệt dầu`: the place is the unit checked
    headed = bool({"site", "name"} & r.keys())  # a column the header says names the units checked
    if not headed and (k := inspected_column(table, r)) is not None:
        r = {**r, "name": k}  # `Участник индустриальной зоны`, `Doanh nghiệp`: who is checked
    listing = months_by_period(table)  # `I кв. | II кв. | …` over `янв., фев., март | апр. | …`: how often, by the months
    if listing:
        r = {k: v for k, v in r.items() if v not in listing}
    several = [] if listing else words.columns_of(table, "frequency")
    if len(several) > 1 and not marked_frequencies(table):  # marks under frequencies are read below
        _read_several(ctx, out, ti, table, r, several)
        return
    if not listing and len(crossed := crossed_frequencies(table, r)) >= 2:
        _read_crossed(ctx, out, ti, table, r, crossed)
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
    shifts = shift_columns(table)
    carried = not listing and ("frequency" not in r or words.role_of(table.header[r["frequency"]]) == "frequency")  # (months
    # listed under quarters are each row's own: `по отдельному графику` across them takes none from the row above)
    last_numbered = numbered[-1] if len(numbered) >= 2 else len(table.rows)
    for row in range(len(table.rows)):
        if signed_row(table, row):
            continue  # `Составил: … ________ …`: the signatures under the plan
        target = _target(table, row, r, unit_above)
        unit_above = cell(table, row, r.get("site")) or cell(table, row, r.get("name")) or unit_above
        if "row_number" in r and _heads_items(table, row, r["row_number"]) and not _own_duty(table, row, r):
            continue  # `1.1 | Решетки` over `1.1.1 | Осмотр решеток …`: a heading of the tree, no check
        freq_text = "" if marked else cell(table, row, r.get("frequency"))
        if not freq_text and (split := unit_frequency(cell(table, row, r.get("site")) or cell(table, row, r.get("name")))):
            freq_text = split[1]  # `Котельная (2 раза в год)`: the unit and, in brackets, how often
        if months and (n := marks_per_year(table, row, months)):
            freq_text = words.per_year_text(ctx.doc.language, n, per)  # months or days marked in a schedule
        elif months and (said := next((t for k in months if is_occasional(t := own_cell(table, row, k) or "")), "")):
            freq_text = said  # `Đột xuất khi xảy ra sự cố` across the quarters: at that occasion, no quarter's
        elif marked:
            freq_text = next((f for k, f in marked.items() if MARK.match(own_cell(table, row, k) or "")), "")
        elif listing and (n := sum(_months_in(own_cell(table, row, k) or "") for k in listing)):
            freq_text = words.per_year_text(ctx.doc.language, n)  # the months listed under the quarters, counted
        elif not ((f := frequency(freq_text)) and f.word) and (n := times_per_year(table, row, r, when)):
            freq_text = words.per_year_text(ctx.doc.language, n)
        elif in_days and re.fullmatch(r"\d{1,3}", freq_text.strip()):
            freq_text = words.per_days_text(ctx.doc.language, int(freq_text))  # `Периодичность, сут. | 90`
        if shifts and not ((f := frequency(freq_text)) and f.word) and any(not is_blank(own_cell(table, row, k) or "") for k in shifts):
            freq_text = words.per_days_text(ctx.doc.language, 1)  # `I смена | II смена | III смена`: a slot in a shift, every day
        if is_blank(target) and len(freq_text.split()) >= 6:  # `6.1 | Мастер участка ежедневно осматривает …`
            said = deontic.kinds_named(freq_text, ctx.doc.language)
            if "reporting" in said and "inspection" not in said:
                continue  # `Ежеквартально … представляет … отчет`: a report, no check
            unscheduled = "inspection" in said and words.compiled("UNSCHEDULED_WORDS").search(words.flat(freq_text))
            occasional = "inspection" in said and _lead_post(freq_text)  # `Кладовщик перед каждой приемкой проверяет …`: who checks, at each occasion
            if not ((f := frequency(freq_text)) and f.word) and not unscheduled and not occasional:
                continue  # a clause of the regulation that sets no check (`Запрещается прием снега …`)
            target = freq_text  # the clause says what is checked, and how often unless unscheduled (`внеплановый осмотр`)
        if title := row_title(table, row):  # a group title merged across the row (`1. Очистные сооружения`)
            if (f := frequency(title)) and f.word:
                stated = title  # `Ежедневно (в начале смены)` over the units checked that often
                unit = _unit_of_title(title)
                titled_unit = bool(unit) and not headed
                if titled_unit:  # `1. Электрофильтры – периодичность обхода: еженедельно` over its checklist
                    out.add_obligation(inspection(ctx, unit, title, ctx.row_provenance(ti, row)))
                continue
            titled_unit = False
            if words.compiled("OCCASION_WORDS").search(words.flat(title)):
                stated = title  # `Г. После каждого слива цистерн – оператор`: the checks under it at that occasion, none so often as above
                continue
            group = re.sub(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+", "", title)
            continue
        if (is_blank(target) or target.isdigit()) and not frequency(freq_text):
            continue  # an empty row, or the row of column numbers
        if group and "site" not in r and "name" not in r and not target.startswith(group):
            target = f"{group} — {target}"  # the unit its aspects are checked at
        if titled_unit:
            continue  # an aspect of the unit's check, not a check of its own
        if row > last_numbered and not frequency(freq_text) and not _dated(table, row, r):
            continue  # `NGƯỜI LẬP | … | TM. ỦY BAN NHÂN DÂN XÃ`: the signatures under a numbered plan
        if freq_text.strip() and is_blank(freq_text) and not marked and not months:
            continue  # `–` in the frequency column (`☐ ежемесячно ☐ ежегодно`, nothing marked): not checked
        if is_blank(freq_text) and above and carried:
            freq_text = above  # a frequency merged down; a remark (`Примечание`) holds only for its own row
        above = freq_text if frequency(freq_text) else ""
        number = item_number(own_cell(table, row, r["row_number"])) if "row_number" in r else None
        actor = _actor(table, row, r) or _lead_post(target)  # `Начальник цеха CO2 ежедневно проверяет …`: the post opens it
        if not actor and months:
            actor = slot_name(table, row, months) or None  # `Ким Д.В. (июнь)` in the quarters it checks
        for unit in units(target):
            for one in frequencies(freq_text) or [stated]:  # `ежедневно – медсестра; еженедельно – заведующий`
                out.add_obligation(inspection(ctx, unit, one, ctx.row_provenance(ti, row), number, actor))


def months_by_period(table: Table) -> list[int]:
    """Columns headed by quarters or halves of the year whose cells list the months a check falls in (`янв., фев.,
    март`, `–`), two or more; empty when the table has none."""
    periods = period_columns(table)
    filled = [t for row in range(len(table.rows)) for k in periods if not is_blank(t := own_cell(table, row, k) or "")]
    if len(periods) < 2 or not filled or sum(1 for t in filled if _months_in(t)) * 4 < len(filled) * 3:
        return []
    return periods


SHORT_MONTHS = re.compile(r"\s*T(?:1[0-2]|[1-9])\s*(?:[,;]\s*T(?:1[0-2]|[1-9])\s*)*", re.I)
"""Months written `T1, T2, T3` under a quarter (Vietnamese tháng): under a period's header, not points."""


def _months_in(text: str) -> int:
    """How many months a cell under a quarter lists (`янв., фев., март`, `T1, T2, T3`)."""
    if SHORT_MONTHS.fullmatch(text or ""):
        return len(re.findall(r"T\d{1,2}", text, re.I))
    return times_listed(text)


def _described_places(table: Table, col: int) -> bool:
    """Whether most filled cells of a column describe places in words (`Lò gia nhiệt dầu tải nhiệt`), not ids."""
    filled = [t for row in range(len(table.rows)) if not is_blank(t := own_cell(table, row, col) or "")]
    return bool(filled) and sum(1 for t in filled if len(re.findall(r"[^\W\d_]{2,}", t)) >= 2) * 4 >= len(filled) * 3


def shift_columns(table: Table) -> list[int]:
    """Columns headed by shifts (`I смена 08:00–16:00 | II смена …`), two or more: a check's slots in a shift log."""
    found = [k for k, h in enumerate(table.header) if is_shift(h)]
    return found if len(found) >= 2 else []


def _lead_post(text: str) -> str | None:
    """The post a clause opens with, up to its frequency (`Механик холодильной станции еженедельно проверяет …`)."""
    if len((text or "").split()) < MIN_CLAUSE_WORDS or not (m := words.compiled("POST_WORDS").match(words.flat(text))):
        return None
    f = frequency(text)
    end = f.start if f and f.start and f.start <= len(text) // 2 else m.end()
    if end == m.end() and (v := words.compiled("INSPECTION_WORDS").search(words.flat(text))):
        if len(text[: v.start()].split()) <= POST_WORDS_MAX:
            end = v.start()  # `Tổ Kỹ thuật kiểm tra …`: the post up to the check
        elif len(m.group(0).split()) == 1 and (after := re.match(r"\s+[^\W\d_]+", text[end:])):
            end += after.end()  # `Начальник смены перед каждой отгрузкой …`: the post and its unit
    return text[:end].strip(" ,;–-") or None


POST_WORDS_MAX = 4


MIN_CLAUSE_WORDS = 6


def _post_column(table: Table, r: dict[str, int]) -> int | None:
    """A column headed as posts (`Должность`, `Chức vụ`) that no other role claims."""
    posts = words.compiled("POST_HEADERS")
    return next((k for k, h in enumerate(table.header) if k not in r.values() and posts.search(words.flat(h))), None)


def _actor(table: Table, row: int, r: dict[str, int]) -> str | None:
    """Who checks (`Проверяющий`, `Ответственный`, `Người thực hiện`): the row's cell, the one above when merged."""
    col = r.get("responsible", r.get("who"))
    if col is None or col in (r.get("site"), r.get("name"), r.get("subject"), r.get("frequency")):
        return None
    text = cell(table, row, col)
    return None if is_blank(text) else " ".join(text.split())


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


def _numbers_items(table: Table, col: int = 0) -> bool:
    """Whether a column (the first) holds item numbers only (`6.1`, `6.2`, `3.`), two at least."""
    filled = [t for row in range(len(table.rows)) if not is_blank(t := own_cell(table, row, col))]
    return len(filled) >= 2 and all(item_number(t) for t in filled)


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


def clause_column(table: Table) -> int | None:
    """The column whose rows state a check and how often in one sentence, two rows at least (`6.1 |
    Мастер участка ежедневно осматривает …`, `Hằng tuần, cán bộ môi trường kiểm tra …`): a
    regulation's clauses set out as a table; None when there is none."""
    pattern = words.compiled("INSPECTION_WORDS")
    for k in range(table.n_cols):
        said = 0
        for r in range(len(table.rows)):
            t = "" if row_title(table, r) else own_cell(table, r, k) or ""  # a group's title is no clause
            if len(t.split()) >= 6 and pattern.search(words.flat(t)) and (f := frequency(t)) and f.word:
                said += 1
        if said >= 2:
            return k
    return None


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
    зоны`, `Doanh nghiệp`): text in most rows, not a frequency, date or number column. A column no
    header word claims comes before one that names who checks or what is looked at, wherever it stands
    (`Кто проверяет | Группа подвижного состава`, `Nội dung kiểm tra | Công trình, thiết bị`)."""
    taken = {k for role, k in header.items() if role in NOT_INSPECTED}
    aside = {
        k for k, role in enumerate(words.header_roles(table)) if role in NOT_CHECKED or (role == "substance" and k > 0)
    }  # a parameter checked beside the units (a transposed table's first column of labels stays)
    if (k := names_column(table, taken | aside)) is not None:
        return k
    people = {k for k, role in enumerate(words.header_roles(table)) if role in ("who", "responsible", "responsible_strict", "record")}
    return names_column(table, taken | people)  # (`Требование | Исполнитель`: who checks is never what is checked)


NOT_CHECKED = frozenset(
    {"who", "responsible", "responsible_strict", "operator", "subject", "method", "record", "limit", "measured", "capacity", "amount", "unit"}
)
"""Roles of columns that say who checks, what is looked at or how, never the unit checked."""


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
    """A column per frequency, the units checked that often listed under it: one inspection per name,
    after the unit of the leading column it belongs to (`Металлургический цех — Газоходы …`)."""
    lead = [k for k in range(min(listed)) if not _numbers_items(table, k)]
    above = ""
    for row in range(len(table.rows)):
        if row_title(table, row):
            continue  # a note merged across the table
        owner = " ".join(t for k in lead if not is_blank(t := own_cell(table, row, k))) or above
        above = owner
        for k, freq_text in listed.items():
            name = own_cell(table, row, k)
            if name and not is_blank(name) and not frequency(name):
                text = f"{owner} — {name}" if owner else name
                out.add_obligation(inspection(ctx, text, freq_text, ctx.row_provenance(ti, row)))


def crossed_frequencies(table: Table, r: dict[str, int]) -> list[int]:
    """The columns of a matrix of checks by units whose cells say how often (`Вид контроля | Решетки |
    Аэротенки` over `Визуальный осмотр | ежесуточно | еженедельно`): headed by a unit, not a
    frequency, and holding frequencies or dashes only; the first column names the checks."""
    found, cells = [], 0
    for k in range(1, table.n_cols):
        if k == r.get("row_number") or frequency(table.header[k]) or not re.search(r"[^\W\d_]{3}", table.header[k] or ""):
            continue
        filled = [t for row in range(len(table.rows)) if not row_title(table, row) and not is_blank(t := own_cell(table, row, k))]
        if filled and all(len(t.split()) <= 5 and (f := frequency(t)) and f.word for t in filled):  # a frequency alone
            found.append(k)
            cells += len(filled)
    return found if cells >= 3 else []


def posted_columns(table: Table, r: dict[str, int]) -> list[int]:
    """The columns of a matrix of checks headed by who checks (`I ступень – мастер смены | II ступень –
    начальник цеха`, `Cấp tổ – tổ trưởng`), their cells how often; empty unless two are."""
    posts = words.compiled("POST_WORDS")
    found = [k for k in crossed_frequencies(table, r) if posts.search(words.flat(table.header[k]))]
    return found if len(found) >= 2 else []


def _read_crossed(ctx: Context, out: Collector, ti: int, table: Table, r: dict[str, int], crossed: list[int]) -> None:
    """One inspection per unit and kind of check the matrix gives a frequency for; under a column headed by
    who checks, the row names the unit and the header the actor."""
    posted = set(posted_columns(table, r))
    label_col = next((k for k in range(table.n_cols) if k not in crossed and k != r.get("row_number")), None)
    for row in range(len(table.rows)):
        if row_title(table, row):
            continue
        check = own_cell(table, row, label_col) if label_col is not None else ""
        for k in crossed:
            freq_text = own_cell(table, row, k)
            if is_blank(freq_text):
                continue
            unit = table.header[k].strip()
            text = f"{unit} — {check}" if check and not is_blank(check) else unit
            actor = _actor(table, row, r) if {"who", "responsible"} & r.keys() else None  # `… | Проверяющий` last
            if k in posted and check and not is_blank(check):
                text, actor = check, unit  # `Котельная: режим горения` checked by `II ступень – начальник цеха`
            out.add_obligation(inspection(ctx, text, freq_text, ctx.row_provenance(ti, row), actor=actor))


def _read_several(
    ctx: Context, out: Collector, ti: int, table: Table, r: dict[str, int], columns: list[int]
) -> None:
    """Several frequency columns, one per checker (`Периодичность контроля: эпидемиолог | инженер`):
    one inspection per unit and filled column, the checker named after the unit. Or one per frequency
    (`Периодичность и исполнитель: ежедневно | ежемесячно`), each cell naming who checks so often."""
    unit_above = ""
    for row in range(len(table.rows)):
        if row_title(table, row):
            continue
        target = _target(table, row, r, unit_above)
        unit_above = cell(table, row, r.get("site")) or cell(table, row, r.get("name")) or unit_above
        if is_blank(target) or target.isdigit():
            continue
        actor = _actor(table, row, r)  # a column of who checks: the sub-labels are seasons or stages, no checkers
        for k in columns:
            freq_text = own_cell(table, row, k)
            if is_blank(freq_text):
                continue
            if (headed := _headed_frequency(table, k)) and not frequency(freq_text):  # `оператор АЗС` under `ежедневно`
                out.add_obligation(inspection(ctx, target, headed, ctx.row_provenance(ti, row), actor=freq_text))
                continue
            said = frequency(freq_text)
            if not (said and said.word) and not (actor and re.search(r"[^\W\d_]{3}", freq_text)):
                continue  # `после каждого шторма`: an occasion, kept when who checks is said
            label = table.header_parts[k][-1] if len(table.header_parts[k]) > 1 else ""
            text = f"{target} ({label})" if label else target
            out.add_obligation(inspection(ctx, text, freq_text, ctx.row_provenance(ti, row), actor=actor))


def _headed_frequency(table: Table, k: int) -> str:
    """The frequency a column's own sub-label names under a shared parent (`ежедневно`), '' when none."""
    parts = table.header_parts[k]
    return parts[-1] if len(parts) > 1 and (f := frequency(parts[-1])) and f.word else ""


def units(target: str) -> list[str]:
    """The units a cell lists (`Склад ГСМ; Котельная`), one inspection each; the cell whole otherwise, and
    when a part goes on in lower case (`độ kín mặt bích, van; chỉ số đồng hồ mức`: the aspects of one check)."""
    parts = [p.strip(" ,.") for p in re.split(r"\s*;\s*|\s*\n\s*", target or "")]
    named = [p for p in parts if re.search(r"[^\W\d_]{3}", p)]
    if any(p[:1].islower() for p in named[1:]):
        return [target]
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
    if not subject and "frequency" in words.column_roles(table):  # (its header says how often, not a clause)
        subject = cell(table, row, r.get("task"))  # `Yêu cầu | … | Tần suất đánh giá`: the requirement evaluated
    if not subject and unit and r.get("substance", 0) > 0:
        subject = cell(table, row, r["substance"])  # `Объект | Контролируемый параметр`: the parameter checked at the unit
    if unit and subject and not is_blank(subject) and subject != unit:
        unit = f"{unit} — {subject}"
    owner = re.sub(r"\s*\n\s*", ", ", cell(table, row, r.get("operator")) or cell(table, row, r.get("bin")))  # one body over lines
    if owner and re.search(r"[^\W\d_]{3}", owner) and owner != unit and not (unit or "").startswith(owner):
        return f"{owner} — {unit}" if unit else owner  # `ТОО «…» 190749579671 | завод`: the enterprise checked
    return unit or subject


ITEM_NUMBER = re.compile(r"\s*(\d{1,3}(?:\.\d{1,3}){0,3})[.)]?\s*")


ITEM_CODE = re.compile(r"\s*([A-ZА-ЯЁĐ]{1,4}[-–.]\d{1,3}(?:\.\d{1,3})?)\s*")
"""An item's code in a programme of checks (`ТО-1`, `KT-01`, `A.3`): its number there."""


def item_number(text: str | None) -> str | None:
    """The item's number in its plan (`3.1`, `2.`, `ТО-1`), None for anything else."""
    m = ITEM_NUMBER.fullmatch(text or "") or ITEM_CODE.fullmatch(text or "")
    return m.group(1) if m else None


def inspection(
    ctx: Context,
    target: str | None,
    freq_text: str | None,
    prov: c.Provenance,
    number: str | None = None,
    actor: str | None = None,
) -> c.Obligation:
    """An internal inspection of a unit of the enterprise at its frequency."""
    freq = frequency(freq_text)
    said = "" if freq_text == target else freq_text or ""  # a clause that says both what and how often
    return c.Obligation(
        id="",
        kind="inspection",
        number=number,
        actor=actor,
        text=f"{words.phrase(ctx.doc.language, 'INSPECTION_TEXT', 'Внутренняя проверка')}: {target or '—'}; {said}".strip(" ;"),
        frequency=freq.word if freq else None,
        rrule=freq.rrule if freq else None,
        provenance=prov,
        language=ctx.doc.language,
    )


def _own_duty(table: Table, row: int, r: dict[str, int]) -> bool:
    """Whether a row says how often or who of its own (`1.1 | Осмотр решеток | ежедневно | мастер`): a check,
    even numbered as the parent of the rows under it."""
    said = frequency(own_cell(table, row, r.get("frequency")))
    return bool(said and said.word) or any(not is_blank(own_cell(table, row, r.get(k))) for k in ("who", "responsible") if k in r)


def _heads_items(table: Table, row: int, col: int) -> bool:
    """A row numbered as the parent of the next row's number (`1.1` over `1.1.1`): a heading of a numbered tree."""
    if row + 1 >= len(table.rows):
        return False
    own, after = own_cell(table, row, col).strip().rstrip("."), own_cell(table, row + 1, col).strip()
    return bool(re.fullmatch(r"\d+(?:\.\d+)*", own)) and after.startswith(f"{own}.") and len(after) > len(own) + 1
