"""Options offered with boxes in a cell (`☐ ежемесячно ☒ 1 раз в полугодие`): only the marked ones hold.

A form prints every choice and ticks some; read as written, a cell of four frequencies would be four
duties. The choice made is what the cell says; a cell whose boxes are all empty says nothing, as a dash would."""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.model import Cell, Table

BOXES = re.compile(r"[☐☒☑■□✓✔]|\[\s*[xXхХ ]?\s*\]")
CHECKED = re.compile(r"[☒☑■✓✔]|\[\s*[xXхХ]\s*\]")


def checked_options(text: str) -> list[str]:
    """The options a text marks (`☐ I категория ☒ II категория` → `II категория`), each once."""
    marks = list(BOXES.finditer(text or ""))
    out = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        if CHECKED.fullmatch(m.group(0)) and (option := text[m.end() : nxt.start() if nxt else len(text)].strip(" ;,\t\n")):
            out.append(option)
    return out


def checked_option(text: str) -> str:
    """Of options offered with boxes, the first one marked; the text itself when it offers none."""
    if not BOXES.search(text or ""):
        return text
    return next(iter(checked_options(text)), "")


def choices_made(table: Table) -> Table:
    """The table with each body cell that offers two boxed options or more reduced to the options marked
    (`; ` between them), or a dash when none is (a blank would read as the cell above carried down);
    unchanged when no cell offers a choice."""
    rows, changed = [], False
    for row in table.rows:
        out = []
        for cell in row:
            if cell is not None and len(BOXES.findall(cell.text or "")) >= 2:
                cell = Cell("; ".join(checked_options(cell.text)) or "–", cell.row_span, cell.col_span)
                changed = True
            out.append(cell)
        rows.append(tuple(out))
    return replace(table, rows=tuple(rows)) if changed else table
