"""Groups of substances named by one word in the cells and opened in a note under the table.

A programme may write `БТЭК*` or `BTEX (*)` among what a point measures and say only in the note what
the group holds (`* БТЭК – бензол, толуол, этилбензол и ксилолы (сумма изомеров), определяемые …`,
`(*) BTEX gồm Benzen, Toluen, Etylbenzen và Xylen, phân tích …`). Written out as its members in each
cell, the group reads as the substances it is. Language-neutral: a note is a mark, a word, a dash or one
short word, then a list whose members the substance reference knows (two at least).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.model import Cell, Table
from extractor.tables.profile import is_substance

MARK = r"\*{1,3}|\(\*{1,3}\)|\(\d\)"
NOTE = re.compile(
    rf"(?:^|(?<=[\s.;]))(?:(?P<mark>{MARK})|^)\s*(?P<word>[^\W\d_][\w-]{{1,15}})\s*(?:[–—:=-]|\s[^\W\d_]{{2,8}}\s)\s*(?P<items>[^.;\n]+)"
)
"""`* БТЭК – бензол, толуол, …`, `(*) BTEX gồm Benzen, …`: a mark, the group's word, then its members; at
the note's start the mark may be gone (a Word list took `* ` for its bullet)."""
ITEM_SPLIT = re.compile(r"\s*,\s*|\s+(?:и|và|және|and)\s+")
"""Between a list's members: a comma, or the word `and` of the languages read."""
MIN_MEMBERS = 2


def group_notes(text: str) -> dict[str, tuple[str, list[str]]]:
    """group word → (its mark as a pattern, its members), for every note under a table that opens a group."""
    out: dict[str, tuple[str, list[str]]] = {}
    for m in NOTE.finditer(text or ""):
        members = [item for part in ITEM_SPLIT.split(m["items"]) if (item := part.strip()) and is_substance(item)]
        if len(members) >= MIN_MEMBERS:
            out[m["word"]] = (re.escape(m["mark"]) if m["mark"] else f"(?:{MARK})", members)
    return out


def with_groups(table: Table, notes: dict[str, tuple[str, list[str]]]) -> Table:
    """The table with each group word that carries its note's mark written out as its members; unchanged
    when the note opens no group or no cell names one."""
    if not notes:
        return table
    pattern = re.compile(
        "|".join(rf"(?<![\w-]){re.escape(word)}\s*{mark}" for word, (mark, _) in notes.items())
    )
    rows = [list(r) for r in table.rows]
    changed = False
    for row in rows:
        for k, cell in enumerate(row):
            if cell is None or not pattern.search(cell.text):
                continue
            text = pattern.sub(lambda m: ", ".join(_members(m.group(0), notes)), cell.text)
            row[k] = Cell(text, cell.row_span, cell.col_span)
            changed = True
    return replace(table, rows=tuple(tuple(r) for r in rows)) if changed else table


def _members(found: str, notes: dict[str, tuple[str, list[str]]]) -> list[str]:
    return next(members for word, (_, members) in notes.items() if found.startswith(word))
