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
from extractor.tables.points import places_named, points_listed
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
    dashed = [d for s in SENTENCES.split(text or "") if (d := duty_of(s))]
    return dashed or [d for s in WHOLE_SENTENCES.split(text or "") for d in stated_duties(s)]


WHOLE_SENTENCES = re.compile(r"\s*\n\s*|(?<=\.)\s+(?=[^\W\d_])")
"""A cell's sentences, the parts a semicolon separates kept together: they share the sentence's frequency."""


PARTS = re.compile(r";\s*")


def stated_duties(sentence: str) -> list[tuple[str, str, str]]:
    """(where, what, how often) of a condition that orders measuring in words (`Проводить инструментальные
    замеры выбросов 1 раз в квартал: на источнике № 0001 – пыль …, азота диоксид (0301); на источнике
    № 0002 – …`, `Quan trắc khí thải định kỳ tại ống thải lò sấy (KT1): bụi tổng, SO2, CO; tần suất 06
    tháng/lần`): each part that names its places and substances under the sentence's one frequency."""
    if not words.compiled("MEASURING_DUTY_WORDS").search(words.flat(sentence)):
        return []
    when = frequency(sentence)
    if when is None or not when.word:
        return []
    medium = words.first_label("MEDIUM_WORDS", [sentence])
    found = [(where, what) for part in PARTS.split(sentence) if (where := _places(part)) and (what := _named(part, medium))]
    if not found and (where := _places(sentence)) and (what := _named(sentence, medium)):
        found = [(where, what)]
    return [(where, what, when.raw) for where, what in found]


def _places(text: str) -> str:
    """The sources (as `ИЗА 0001`) and points a part of a sentence names."""
    sources, points = places_named(text)
    return ", ".join(dict.fromkeys([*(f"ИЗА {n}" for n in sources), *points]))


def _named(text: str, medium: str | None) -> str:
    """The substances a part names, in the medium its sentence names, else in the medium that knows more of them."""
    found = substances_in(text, medium) if medium else max((substances_in(text, m) for m in ("air", "water")), key=len)
    return ", ".join(raw for _, raw in found)


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
