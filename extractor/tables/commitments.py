"""Answers that commit: a protocol of public hearings or consultations whose answers say what the initiator
undertakes (`Принято. ТОО «Жамбыл Сода» обязуется до 01.09.2026 установить …`, `Tiếp thu. Chủ dự án cam kết
phủ bạt kín thùng xe …`). Each commitment is a task of the one who commits; the answers that only explain
(`Карты шламонакопителя имеют противофильтрационный экран …`) are none.
"""

from __future__ import annotations

import re
from functools import cache

from extractor import columns as words
from extractor.context import own_cell
from extractor.model import Cell, Table
from extractor.nlp.deadlines import find_deadline
from extractor.tables.forms import reshaped_as

MIN_COMMITMENTS = 2
LINES = re.compile(r"\s*\n\s*")
"""A cell's lines; not its sentences, which abbreviations (`2026–2027 жж. СҚА-ның …`) would cut."""
ACTOR_CHARS = 60
"""The longest subject read as the one who commits; a longer text before the verb is no subject (a Kazakh
sentence puts the verb last)."""


ACKNOWLEDGED = re.compile(r"^\s*[^\W\d_]{3,20}[.!]\s+")
"""The one word an answer opens with (`Принято.`, `Қабылданды.`, `Tiếp thu.`): no part of who commits."""
PARTY = re.compile(r"\s*((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,5}\s+)?«[^»]{1,60}»(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,5}\b)?)")
"""An organisation named first, its legal form before or after its quoted name (`ТОО «…»`, `«…» ЖШС`)."""


@cache
def _commits() -> re.Pattern[str]:
    return re.compile(words.compiled("COMMITMENT_WORDS").pattern, re.IGNORECASE)


def commitments(table: Table) -> Table | None:
    """The commitments one column of the table states row by row, as a plan of tasks (what, who, by when);
    None when fewer than two rows commit to anything."""
    for k in range(table.n_cols - 1, 0, -1):
        found = [c for row in range(len(table.rows)) for c in _committed(own_cell(table, row, k))]
        if len(found) >= MIN_COMMITMENTS:
            head = tuple(Cell(t) for t in words.phrase(None, "TASK_HEADER", ("", "", "")))
            return reshaped_as(table, head, tuple(tuple(Cell(t) for t in c) for c in found))
    return None


def _committed(text: str) -> list[tuple[str, str, str]]:
    """(the commitment, who commits, by when) of each sentence of a cell that commits."""
    out = []
    for sentence in LINES.split(text or ""):
        m = _commits().search(sentence)
        if m is None:
            continue
        subject = ACKNOWLEDGED.sub("", sentence[: m.start()]).strip(" ,")  # after `Принято.`, `Tiếp thu.`
        if len(subject) > ACTOR_CHARS:
            party = PARTY.match(subject)  # `«Жамбыл Сода» ЖШС 2026–2027 жж. … отырғызуға міндеттенеді`
            subject = party.group(1) if party else ""
        due = find_deadline(sentence)
        out.append((sentence.strip(), subject, due.raw if due else ""))
    return out
