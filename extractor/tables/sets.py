"""Named sets of parameters: a plan that writes a set's name in a cell (`Комплекс показателей | II`, `Nhóm
thông số | B`) and lists what each set holds in notes under the table or in rows across it (`Комплекс I
(сокращенный): pH, сульфаты, …`, `Nhóm B: các thông số nhóm A và nhôm (Al), …`). The cells are written out
as the lists they stand for, a set that takes in another with the other's list first, so the readers see the
substances. Language-neutral: a set is a word and a short key (a Roman numeral, a letter, a number).
"""

from __future__ import annotations

import re

from extractor.context import row_title
from extractor.model import Table
from extractor.tables.amended import without_rows
from extractor.tables.transpose import with_legend

_KEY = r"[IVX]{1,4}|[A-ZА-Я]\d?|\d{1,2}"
SET_ENTRY = re.compile(
    rf"^\s*(?:(?P<word>[^\W\d_]{{3,}})\s+(?P<key>{_KEY})|(?P<key2>{_KEY})\s+(?P<word2>[^\W\d_]{{3,}}))"
    r"\s*(?:\([^()]*\))?\s*:\s*(?P<items>\S.{5,})$"
)
"""`Комплекс I (сокращенный): pH, …`, `Nhóm B: …`, `II кешен (толық): …`: a set's word and key, then its list."""


def sets_of(lines: list[str]) -> dict[str, str]:
    """key → the list a set stands for, a set that names another (`показатели комплекса I, а также …`)
    with the other's list first; empty unless two sets at least are listed."""
    found: dict[str, tuple[str, str]] = {}
    for line in lines:
        if m := SET_ENTRY.match(line.strip()):
            word = (m.group("word") or m.group("word2")).lower()
            found[m.group("key") or m.group("key2")] = (word, m.group("items").strip().rstrip("."))
    if len(found) < 2 or len({word[:4] for word, _ in found.values()}) != 1:
        return {}
    out = {}
    for key, (word, items) in found.items():
        stem = re.escape(word[:4])
        taken = [
            other
            for other in found
            if other != key
            and re.search(rf"{stem}\w*\s+{re.escape(other)}(?![\w])|(?<![\w]){re.escape(other)}\s+{stem}", items, re.I)
        ]
        out[key] = "; ".join([*(found[other][1] for other in taken), items])
    return out


def with_sets(table: Table, after: str) -> Table:
    """The table with each cell that names a set written out as the set's list, in the columns where most
    filled cells name one; the rows that list the sets dropped. Unchanged when no sets are listed or named."""
    inside = {r for r in range(len(table.rows)) if SET_ENTRY.match(row_title(table, r))}
    sets = sets_of([row_title(table, r) for r in sorted(inside)] + re.split(r"\n|(?<=\.)\s+(?=\S)", after or ""))
    if not sets:
        return table
    kept = without_rows(table, inside) if inside else table
    written = with_legend(kept, sets)
    return table if written is kept else written
