"""A register whose column states each row's monitoring duty in a sentence: an aspect register's
`Средства управления и мониторинг` cell saying `Мониторинг: ИЗА 0003, 0004 – ксилол, толуол – 1 раз в
квартал`, or `Quan trắc định kỳ: KT01 – Bụi tổng, Toluen – 03 tháng/lần`. The duties become the rows
of a plan, where, what and how often a column each, for the monitoring reader.
"""

from __future__ import annotations

import re

from extractor import columns as words
from extractor.context import frequency, own_cell, substances_in
from extractor.model import Cell, Table
from extractor.tables.forms import reshaped_as
from extractor.tables.points import points_listed
from extractor.tables.records import sources_mentioned

SENTENCES = re.compile(r"\s*\n\s*|(?<=[.;])\s+(?=[^\W\d_])")
"""Lines of a cell, or its sentences where a text file ran them into one line."""
DASH = re.compile(r"\s+[–—-]\s+")
LABEL = re.compile(r"^[^–—:]{0,40}:\s*")
"""`Мониторинг:`, `Quan trắc định kỳ:` before the duty."""
PLACE_CHARS = 40
MIN_DUTIES = 2


def duty_of(sentence: str) -> tuple[str, str, str] | None:
    """(where, what, how often) of `[label:] places – substances – frequency`; None for any other
    sentence (`Операционный контроль: перепад давления …`, `Мониторинг не требуется`)."""
    parts = DASH.split(LABEL.sub("", sentence.strip()).rstrip(". "))
    if len(parts) != 3:
        return None
    where, what, when = (p.strip() for p in parts)
    if not (f := frequency(when)) or not f.word or len(where) > PLACE_CHARS:
        return None
    if not (sources_mentioned(where) or points_listed(where) or re.search(r"\w\s?-?\s?\d", where)):
        return None
    if not any(substances_in(what, medium) for medium in ("air", "water")):
        return None
    return where, what, when


def duties_in(text: str) -> list[tuple[str, str, str]]:
    return [d for s in SENTENCES.split(text or "") if (d := duty_of(s))]


def duty_lines(table: Table) -> Table | None:
    """The duties a column of the table states row by row, as a plan under a header of the reader's
    words; None when fewer than two rows state one or the table already has a frequency column."""
    if table.n_cols < 2 or "frequency" in words.column_roles(table):
        return None
    for k in range(table.n_cols - 1, -1, -1):
        found = [duties_in(own_cell(table, row, k)) for row in range(len(table.rows))]
        if sum(1 for d in found if d) < MIN_DUTIES:
            continue
        head = tuple(Cell(t) for t in words.phrase(None, "PLAN_HEADER", ("", "", "")))
        rows = tuple(tuple(Cell(t) for t in duty) for duties in found for duty in duties)
        return reshaped_as(table, head, rows)
    return None
