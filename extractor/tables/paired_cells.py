"""A measured value and its limit written in one cell (`0,034 / 0,2` under `факт / ПДК м.р., мг/м3`).

A report may save columns by writing the result and the norm together, one pair per point. Split
into a measured column and a limit column under the same parent, the table reads as one whose
header pairs them (`Т-1 | факт | ПДК`), which the limit reader already reads.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor import columns as words
from extractor.model import Cell, Table, owner
from extractor.nlp.units import normalise_unit
from extractor.tables.limit_cells import UNIT_TEXT
from extractor.tables.substance_titles import SUBSTANCE_HEADER
from extractor.tables.transpose import text_at

PAIR = re.compile(r"^\s*([<>≤≥]?\s*\d[\d\s]*(?:[.,]\d+)?)\s*/\s*([<>≤≥]?\s*\d[\d\s]*(?:[.,]\d+)?)\s*$")
"""Two figures with a slash between them: the measured value, then its limit (or the other way)."""


def pairs_split(table: Table) -> Table:
    """The table with every column of `measured / limit` pairs split in two; unchanged when none is."""
    halves = {k: split for k in range(table.n_cols) if (split := _halves(table, k)) is not None}
    if not halves:
        return table

    def widened(rows: tuple, body: bool) -> tuple:
        out = []
        for row in rows:
            new: list[Cell | None] = []
            for k, cell in enumerate(row):
                extra = sum(1 for h in halves if cell is not None and k < h < k + cell.col_span)
                if k not in halves:
                    new.append(replace(cell, col_span=cell.col_span + extra) if cell is not None and extra else cell)
                    continue
                first, second = (None, None)
                if body and cell is not None and cell.col_span == 1:
                    m = PAIR.match(cell.text)
                    first, second = (Cell(m.group(1), cell.row_span, 1), Cell(m.group(2), cell.row_span, 1)) if m else (cell, Cell("", cell.row_span, 1))
                elif cell is not None and cell.col_span == 1 and (named := _header_halves(cell.text)):
                    first, second = Cell(named[0], cell.row_span, 1), Cell(named[1], cell.row_span, 1)
                elif cell is not None:  # a parent over this column (and maybe others): over both halves
                    first = replace(cell, col_span=cell.col_span + 1 + extra)
                new.extend((first, second))
            out.append(tuple(new))
        return tuple(out)

    return replace(
        table,
        n_cols=table.n_cols + len(halves),
        header_rows=widened(table.header_rows, False),
        rows=widened(table.rows, True),
    )


TWO_UNITS = re.compile(r"^(?P<head>.*?[^\W\d_].*?)[,\s]+(?P<u1>[^\s,/()]+)\s+/\s+(?P<u2>[^\s,/()]+)\s*$")
"""`Количество, м³ / т`: a name, then two units apart with a slash spaced around it (not `мг/м3`, one unit)."""


def _halves(table: Table, k: int) -> tuple[str, str] | None:
    """The two names of a column headed `факт / ПДК м.р., мг/м3` over pairs of figures."""
    if not table.header_rows:
        return None
    head = owner(table.header_rows, len(table.header_rows) - 1, k)
    if head is None or head.col_span != 1 or (named := _header_halves(head.text)) is None:
        return None
    filled = [c.text for row in table.rows if k < len(row) and (c := row[k]) is not None and c.text.strip()]
    if len(filled) < 2 or sum(1 for t in filled if PAIR.match(t)) * 5 < len(filled) * 3:
        return None
    return named


def _header_halves(text: str) -> tuple[str, str] | None:
    """`факт / ПДК м.р., мг/м3` → (`факт`, `ПДК м.р., мг/м3`): a measured value's name and a limit's
    (either first) around a slash; the limit's unit is the value's too. `Количество, м³ / т` → (`Количество, м³`,
    `Количество, т`): one amount in two units."""
    text = " ".join(text.split())
    if (two := TWO_UNITS.match(text)) and all(normalise_unit(u) for u in (two.group("u1"), two.group("u2"))):
        head = two.group("head").rstrip(" ,")
        return f"{head}, {two.group('u1')}", f"{head}, {two.group('u2')}"
    masked = UNIT_TEXT.sub(lambda m: "\0" * len(m.group(0)), text)  # `мг/м3` is a unit, not two names
    slashes = [m.start() for m in re.finditer("/", masked)]
    if len(slashes) != 1:
        return None
    parts = [text[: slashes[0]].strip(), text[slashes[0] + 1 :].strip()]
    roles = [words.role_of(UNIT_TEXT.sub("", p).strip(" ,")) for p in parts]
    if sorted(r or "" for r in roles) != ["limit", "measured"]:
        return None
    return parts[0], parts[1]


def fraction_split(table: Table) -> Table:
    """A row per point and substance when a header note says each cell is a fraction (`Аммиак (0303)` over `в
    числителе – фактическая концентрация, в знаменателе – ПДК м.р., мг/м³` over `0,045/0,2`): the substance, the
    result (the numerator) and the norm (the denominator) in columns of their own. Unchanged when no note is."""
    legend = next((named for row in table.header_rows for cell in row if cell is not None and (named := _fraction(cell.text))), None)
    said = [c.text for c in table.rows[0] if c is not None and c.text.strip()] if legend is None and table.rows else []
    if len(said) == 1 and (legend := _fraction(said[0])) is not None:  # a text file's second header row left in the body
        table = replace(table, rows=table.rows[1:], row_pages=table.row_pages[1:] if table.row_pages else ())
    split = [k for k in range(table.n_cols) if _fractions(table, k)] if legend is not None else []
    if legend is None or not split:
        return table
    kept = [k for k in range(table.n_cols) if k not in split]
    head = [" ".join(dict.fromkeys(p for p in table.header_parts[k] if not _fraction(p))) for k in kept]
    head += [SUBSTANCE_HEADER, legend[0], legend[1]]
    rows = []
    for r, row in enumerate(table.rows):
        own = [text_at(table.rows, r, k) for k in kept]
        for k in split:
            text = row[k].text if k < len(row) and row[k] is not None else ""
            if m := PAIR.match(text):
                rows.append(tuple(Cell(t) for t in (*own, table.header_parts[k][0], m.group(1), m.group(2))))
    return replace(table, n_cols=len(head), header_rows=(tuple(Cell(h) for h in head),), rows=tuple(rows), row_pages=())


def _fraction(text: str) -> tuple[str, str] | None:
    text = " ".join((text or "").split())
    for pattern in words.words("FRACTION_LEGEND"):
        if (m := re.search(pattern, text, re.I)) is not None:
            return m.group("a").strip(), m.group("b").strip()
    return None


def _fractions(table: Table, k: int) -> bool:
    filled = [c.text for row in table.rows if k < len(row) and (c := row[k]) is not None and c.text.strip()]
    return len(filled) >= 2 and sum(1 for t in filled if PAIR.match(t)) * 5 >= len(filled) * 3
