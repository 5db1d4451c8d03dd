"""A plan that lists, under a column per round of the year, what each point is sampled for in that round
(`KK1 | Bụi tổng, SO2, H2S | Bụi tổng, SO2, H2S, Benzen | …` under `Đợt 1 (tháng 3) | Đợt 2 (tháng 6) | …`):
a substance listed in every round is measured as often as there are rounds, one listed in two of four
twice a year. Turned into a plan's rows, what is measured at a point and how often.
"""

from __future__ import annotations

import re
from collections import Counter

from extractor import columns as words
from extractor.context import own_cell, substances_in
from extractor.model import Cell, Table
from extractor.nlp.frequency import months_of
from extractor.nlp.language import detect
from extractor.tables.forms import reshaped_as
from extractor.tables.points import SHORT_ID

ROUND = re.compile(r"^\s*(?:đợt|lần|раунд|серия|round|[IVX]{1,4}\s*(?:кв\w*\.?|тоқсан|quý)?|quý\s+[IVX1-4]+)\s*\d{0,2}\b", re.I)
MIN_ROUNDS = 2
YEAR_ROUNDS = (1, 2, 4, 12)
"""Rounds a year that make a frequency: yearly, twice a year, quarterly, monthly."""


def substances_by_round(table: Table) -> Table | None:
    """The plan as rows of (place, what, how often), a row per place and frequency; None unless two columns
    or more are rounds of the year whose cells list substances."""
    rounds = [k for k in range(table.n_cols) if (parts := table.header_parts[k]) and _is_round(parts[-1])]
    if len(rounds) < MIN_ROUNDS or len(rounds) not in YEAR_ROUNDS:
        return None
    keys = [k for k in range(table.n_cols) if k not in rounds and words.role_of(table.header[k]) != "row_number"]
    named = [k for k in keys if words.role_of(table.header[k]) == "point" or _ids(table, k)]
    keys = named or keys  # the point and its id (`Ký hiệu | Vị trí`), not its medium
    listed = [[substances_in(own_cell(table, r, k)) for k in rounds] for r in range(len(table.rows))]
    if sum(1 for row in listed for found in row if found) < len(table.rows):
        return None
    lang = detect(" ".join(table.header)) or "ru"
    rows = []
    for r, found in enumerate(listed):
        raw = {}
        times: Counter = Counter()
        for cell_found in found:
            for s, name in dict(((s.code or s.symbol or s.name), name) for s, name in cell_found).items():
                times[s] += 1
                raw.setdefault(s, name)
        place = " – ".join(t for k in keys if (t := own_cell(table, r, k)))
        by_times: dict[int, list[str]] = {}
        for s, n in times.items():
            by_times.setdefault(n, []).append(raw[s])  # the rounds span a year: listed n times, n times a year
        for per_year, names in by_times.items():
            rows.append((place, ", ".join(names), words.per_year_text(lang, per_year)))
    if not rows:
        return None
    head = tuple(Cell(t) for t in words.phrase(lang, "PLAN_HEADER", ("", "", "")))
    return reshaped_as(table, head, tuple(tuple(Cell(t) for t in row) for row in rows))


def _is_round(label: str) -> bool:
    """`Đợt 1 (tháng 3)`, `I кв.`, `Quý II`: a round of the year's sampling."""
    return bool(ROUND.match(label or "")) or (len(label or "") <= 12 and bool(months_of(label or "", anchored=True)))



def _ids(table: Table, k: int) -> bool:
    """A column of short ids (`KK1`, `Т-2`): the points' own names."""
    filled = [t for r in range(len(table.rows)) if (t := own_cell(table, r, k))]
    return bool(filled) and all(SHORT_ID.match(t) for t in filled)
