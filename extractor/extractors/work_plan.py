"""Work plans: every row of a task table becomes one `task` obligation.

A plan is a table of tasks with deadlines and the bodies responsible (`№ |
Наименование мероприятий | Сроки исполнения | Ответственные органы`, `STT |
Nội dung công việc | Thời hạn | Đơn vị chủ trì`, `№ | Іс-шаралар | Мерзімі |
Жауапты орындаушылар`). Columns are found by their header words
(`extractor.columns`), never by position; a table split over pages arrives
joined; headers the shared roles miss are read from the plan words of the
language data, and a number column from its cells. A row that only titles the
items below it (`1. Организационные мероприятия` above `1.1`) is no task. The
frequency comes from the deadline cell (`ежеквартально`, `постоянно`, `до 10
числа месяца, следующего за отчетным кварталом`), `once` for a date or a
period. The deadline and the responsible bodies stay as written. The date a
deadline means needs the plan's year, which only the title or the caption
gives (`План работы … на 2022 год`): `plan_year` finds it and `due_date`
turns `июнь` into 2022-06-30 and `4 квартал 2022 года` into 2022-12-31 —
the contract has no field for it, the store calls these helpers itself.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from extractor import contract as c
from extractor.columns import role_of
from extractor.extractors.common import Collector, Context, cell, frequency, is_blank, own_cell, roles
from extractor.model import Table, is_column_number_row, owner_position
from extractor.nlp import deontic, language
from extractor.nlp.deadlines import parse_deadline
from extractor.nlp.frequency import RRULE_BY_WORD

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})(?!\d)")
_PERIOD_WORDS = {"month": "monthly", "quarter": "quarterly", "halfyear": "semiannual", "year": "yearly"}
"""The recurrence of a deadline counted from the end of each reporting period."""
YEAR_CONTEXT_BLOCKS = 3
"""How many text blocks before a table are searched for the plan's year (nearest first)."""


@dataclass(frozen=True)
class TaskColumns:
    """Column indexes of a task table; `task` always, at least one of `deadline` and `actor`."""

    task: int
    deadline: int | None
    actor: int | None
    number: int | None


def extract(ctx: Context, out: Collector) -> None:
    for ti, _, table in ctx.tables():
        columns = task_columns(table)
        if columns is None:
            continue
        for r in range(len(table.rows)):
            obligation = row_to_obligation(ctx, ti, table, r, columns)
            if obligation is not None:
                out.add_obligation(obligation)


def task_columns(table: Table) -> TaskColumns | None:
    """The columns of a task table, or None when the table is not one (no task, or neither deadline nor actor).

    The shared column roles (`extractor.columns`) first; a role they miss is read from the plan
    header words of the language data (`Nhiệm vụ`, `Tiến độ`, `Орындаушылар` …), and the number
    column, whatever its header (`Р/с №`, `Số TT`), from its cells: short item numbers in order.
    """
    found = roles(table)
    task = found.get("task", found.get("name"))
    deadline = found.get("deadline")
    actor = found.get("responsible", found.get("who"))
    number = found.get("row_number")
    taken = {i for i in (task, deadline, actor, number) if i is not None}
    for i, header in enumerate(table.header):
        if i in taken:
            continue
        if task is None and _header_is(header, "TASK_HEADERS"):
            task = i
        elif deadline is None and _header_is(header, "DEADLINE_HEADERS"):
            deadline = i
        elif actor is None and _header_is(header, "ACTOR_HEADERS"):
            actor = i
        else:
            continue
        taken.add(i)
    if task is None or (deadline is None and actor is None):
        return None
    if number is None:
        number = _number_column(table, taken)
    return TaskColumns(task, deadline, actor, number)


def names_tasks(table: Table, cols: TaskColumns) -> bool:
    """Whether the task column is headed as tasks (`Мероприятие`, `Nhiệm vụ`), not only as names
    (`Наименование отходов | Срок хранения` is no plan)."""
    header = table.header[cols.task] if cols.task < len(table.header) else ""
    return role_of(header) == "task" or _header_is(header, "TASK_HEADERS")


def _header_is(header: str, name: str) -> bool:
    text = " ".join(header.lower().split())
    return bool(text) and any(re.search(p, text, re.IGNORECASE) for p in deontic.words(name))


_ITEM_NUMBER = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,5})[.)]?\s*$")


def _number_column(table: Table, taken: set[int]) -> int | None:
    """The first column, not otherwise taken, whose filled body cells are item numbers (`1`, `2.`, `1.1`, `II`)."""
    for col in range(min(table.n_cols, 2)):
        if col in taken:
            continue
        values = [own_cell(table, r, col) for r in range(len(table.rows))]
        filled = [v for v in values if v.strip()]
        if len(filled) >= 2 and all(_ITEM_NUMBER.match(v) for v in filled):
            return col
    return None


def row_to_obligation(ctx: Context, ti: int, table: Table, r: int, cols: TaskColumns) -> c.Obligation | None:
    """One task, or None for an empty row, a section title across the table, or a repeated header."""
    if is_column_number_row(table.rows[r]) or _repeats_header(table, r) or _spans_row(table, r, cols):
        return None
    text = _flat(cell(table, r, cols.task))
    deadline = _flat(cell(table, r, cols.deadline)) or None
    actor = _flat(cell(table, r, cols.actor)) or None
    number = _row_number(own_cell(table, r, cols.number))
    if is_blank(text) or (deadline is None and actor is None and number is None):
        return None
    if deadline is None and actor is None and _heads_section(table, r, cols, number):
        return None
    word, rrule = task_frequency(deadline)
    return c.Obligation(
        id="",
        kind="task",
        text=text,
        modality="must",
        number=number,
        actor=actor,
        frequency=word,
        rrule=rrule,
        deadline=deadline,
        legal_refs=ctx.legal_refs(text),
        provenance=ctx.row_provenance(ti, r),
        language=language.detect(" ".join(x for x in (text, deadline, actor) if x)) or ctx.doc.language,
    )


def task_frequency(deadline: str | None) -> tuple[str | None, str | None]:
    """(frequency word, RRULE) of a task from its deadline cell: a recurrence as written
    (`ежеквартально`, `тоқсан сайын`, `03 tháng/lần`), `continuous` for a standing task
    (`постоянно`, `тұрақты`, `Thường xuyên`), the period of a deadline counted from each reporting
    period's end (`до 10 числа месяца, следующего за отчетным кварталом`: quarterly), None for one
    done as the need arises (`по мере необходимости`), else `once` (a date, a month, a quarter, a year)."""
    text = _flat(deadline or "")
    stated = frequency(text) if text else None
    if stated and stated.word:
        return stated.word, stated.rrule
    rule = parse_deadline(text) if text else None
    if rule is not None and rule.kind == "after_period" and rule.period in _PERIOD_WORDS:
        word = _PERIOD_WORDS[rule.period]  # `до 10 числа месяца, следующего за отчетным кварталом`
        return word, RRULE_BY_WORD.get(word)
    if text and _matches_any(deontic.words("CONTINUOUS_DEADLINES"), text):
        return "continuous", None
    if text and _matches_any(deontic.words("AS_NEEDED_DEADLINES"), text):
        return None, None
    return "once", None


def _heads_section(table: Table, r: int, cols: TaskColumns, number: str | None) -> bool:
    """A row that only titles the items below it: no deadline, no one responsible, and a Roman
    number, no number, or a number the next rows go on from (`1` above `1.1`, `1.2`)."""
    if number is None or re.fullmatch(r"[IVXLC]{1,5}", number):
        return True
    following = [_row_number(own_cell(table, k, cols.number)) for k in range(r + 1, len(table.rows))]
    return any(n and n.startswith(number + ".") for n in following)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _row_number(text: str) -> str | None:
    """`1.` → `1`, `1.2.` → `1.2`; None when the cell is empty."""
    value = text.strip().rstrip(".)").strip()
    return value or None


def _repeats_header(table: Table, r: int) -> bool:
    """A header row repeated on the next page, left in the body."""
    texts = [_flat(x).lower() for x in table.text_rows()[r]]
    header = [_flat(h).lower() for h in table.header]
    return any(texts) and texts == header


def _spans_row(table: Table, r: int, cols: TaskColumns) -> bool:
    """A section title merged across the task's and the deadline's or actor's columns."""
    home = owner_position(table.rows, r, cols.task)
    others = [col for col in (cols.deadline, cols.actor) if col is not None]
    return home is not None and all(owner_position(table.rows, r, col) == home for col in others)


# ------------------------------------------------------------------ dates


def plan_year(ctx: Context, table_index: int) -> int | None:
    """The plan's year: from the table's caption, the text just before it, or the document's title."""
    block = ctx.table_blocks[table_index]
    table = ctx.doc.blocks[block].table
    texts = [table.caption or ""] if table else []
    before = [b.text for b in ctx.doc.blocks[:block] if b.table is None and b.text.strip()]
    texts += list(reversed(before[-YEAR_CONTEXT_BLOCKS:]))
    texts.append(ctx.classification.title or "")
    for text in texts:
        m = _YEAR.search(text)
        if m:
            return int(m.group(1))
    return None


def due_date(deadline: str | None, year: int | None) -> date | None:
    """The date a deadline cell means, in a plan for `year`: the last day of a month, quarter,
    half-year or year it names (`июнь` → 06-30, `4 квартал 2022 года` → 2022-12-31, `trong năm`
    → 12-31), or the day it names. None for what has no date (`постоянно`, `в течение 10 дней`).
    A year written in the cell wins over the plan's.
    """
    if is_blank(deadline):
        return None
    text = _flat(deadline or "")
    if m := _NUMERIC_DATE.search(text):
        return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    written = [int(y) for y in _YEAR.findall(text)]
    in_year = written[-1] if written else year
    for phrase, month in deontic.table("HALF_YEAR_PHRASES").items():
        if in_year and _matches_any((phrase,), text):
            return _month_end(in_year, month)
    rule = parse_deadline(text)
    if rule is not None and rule.month:
        if rule.kind == "date" and rule.year:
            return rule.due_dates(rule.year)[0]
        if rule.kind == "annual" and in_year:
            return rule.due_dates(in_year)[0]
    if in_year and _matches_any(deontic.words("YEAR_END_PHRASES"), text):
        return _month_end(in_year, 12)
    if written and not (rule is not None and rule.kind == "relative" and rule.amount and rule.amount < 1900):
        return _month_end(written[-1], 12)  # `2023 жыл`, `năm 2023`, `в течение 2022 года`
    return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _matches_any(patterns: tuple[str, ...], text: str) -> bool:
    """Any pattern as whole words (`I полугодие` is not inside `II полугодие`)."""
    return any(re.search(rf"(?<![^\W_])(?:{p})(?![^\W_])", text, re.IGNORECASE) for p in patterns)
