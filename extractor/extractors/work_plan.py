"""Work plans: their tasks are read by the table readers (`extractor.tables.tasks`); what is
specific to a plan is the date a deadline means.

The date a deadline means needs the plan's year, which only the title or the caption
gives (`План работы … на 2022 год`): `plan_year` finds it and `due_date` turns `июнь`
into 2022-06-30 and `4 квартал 2022 года` into 2022-12-31.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from extractor.context import Context, is_blank
from extractor.nlp import deontic
from extractor.nlp.deadlines import parse_deadline
from extractor.tables.tasks import matches_any

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})(?!\d)")
YEAR_CONTEXT_BLOCKS = 3
"""How many text blocks before a table are searched for the plan's year (nearest first)."""


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
    text = " ".join((deadline or "").split())
    if m := _NUMERIC_DATE.search(text):
        return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    written = [int(y) for y in _YEAR.findall(text)]
    in_year = written[-1] if written else year
    for phrase, month in deontic.table("HALF_YEAR_PHRASES").items():
        if in_year and matches_any((phrase,), text):
            return _month_end(in_year, month)
    rule = parse_deadline(text)
    if rule is not None and rule.month:
        if rule.kind == "date" and rule.year:
            return rule.due_dates(rule.year)[0]
        if rule.kind == "annual" and in_year:
            return rule.due_dates(in_year)[0]
    if in_year and matches_any(deontic.words("YEAR_END_PHRASES"), text):
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
