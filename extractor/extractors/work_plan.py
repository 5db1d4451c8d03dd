"""Work plans: every row of a task table becomes one `task` obligation.

A plan is a table of tasks with deadlines and the bodies responsible (`№ |
Наименование мероприятий | Сроки исполнения | Ответственные органы`, `STT |
Nội dung công việc | Thời hạn | Đơn vị chủ trì`, `№ | Іс-шаралар | Мерзімі |
Жауапты орындаушылар`). Columns are found by their header words
(`extractor.columns`), never by position; a table split over pages arrives
joined. The deadline and the responsible bodies stay as written. The date a
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
from extractor.extractors.common import Collector, Context, cell, frequency, is_blank, own_cell, roles
from extractor.model import Table, is_column_number_row, owner_position
from extractor.nlp import deontic, language
from extractor.nlp.deadlines import parse_deadline

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})(?!\d)")
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
    """The columns of a task table, or None when the table is not one (no task, or neither deadline nor actor)."""
    found = roles(table)
    task = found.get("task", found.get("name"))
    deadline = found.get("deadline")
    actor = found.get("responsible", found.get("who"))
    if task is None or (deadline is None and actor is None):
        return None
    return TaskColumns(task, deadline, actor, found.get("row_number"))


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
    stated = frequency(deadline) if deadline else None
    return c.Obligation(
        id="",
        kind="task",
        text=text,
        modality="must",
        number=number,
        actor=actor,
        frequency=stated.word if stated and stated.word else "once",
        rrule=stated.rrule if stated and stated.word else None,
        deadline=deadline,
        legal_refs=ctx.legal_refs(text),
        provenance=ctx.row_provenance(ti, r),
        language=language.detect(text) or ctx.doc.language,
    )


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
