"""Tables in another shape than a header over rows, reshaped to read like any other of their role.

- Sideways: `Показатель | Точка КТ-1 | Точка КТ-2` over `Место отбора | …`, `Периодичность | …`:
  what a plan usually says in its header is said in its first column. Turned a quarter.
- A form: each value on its line with what it is in brackets on the line below (`ТОО «…»` over
  `(полное наименование оператора)`), as permits' title pages are printed. Read as a label–value card.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.columns import compiled, flat, role_of
from extractor.context import is_blank
from extractor.model import Cell, Table, owner
from extractor.nlp.identifiers import find_source_numbers
from extractor.nlp.units import normalise_unit
from extractor.tables.cards import FACILITY_FIELDS
from extractor.tables.emissions import G_S_WORD, T_Y_WORD, hazard_class_cell, is_total

MIN_FIELDS = 3
"""Rows whose first cell names a column role, at least, for a table to be read sideways."""
MAX_ROWS = 15
"""Sideways tables have a few fields; a long table with labels down its side is something else."""


FIELD_LABEL_CHARS = 80


def sideways(table: Table) -> bool:
    """Whether the label column names the fields (three roles or more, not a facility card's) and
    the header row names none."""
    if table.n_cols < 2 or not table.rows or len(table.rows) > MAX_ROWS:
        return False
    at = _label_column(table)
    texts = [text_at(table.rows, r, at) for r in range(len(table.rows))]
    labels = [role_of(t) for t in texts if len(t) <= FIELD_LABEL_CHARS]  # a field's name, not a sentence
    roles = {x for x in labels if x is not None and x != "row_number"}
    header_roles = {role_of(h) for h in table.header[at + 1 :]} - {None}
    if (
        table.n_cols - at == 2
        and not header_roles
        and not any(compiled("KEY_VALUE_HEADERS").search(flat(h)) for h in table.header[at:])  # `Nội dung | Thông tin`
        and (first := role_of(table.header[at])) not in (None, "row_number")
    ):
        roles.add(first)  # `1. Наименование отхода | Отработанные масла`: the first field stood as the header
    if len(roles) < MIN_FIELDS or len(roles & FACILITY_FIELDS) * 2 >= len(roles):
        return False
    if header_roles & {"responsible", "responsible_strict", "who", "deadline"}:
        return False  # `№ | Мероприятие | I | II | … | Ответственный`: measures down the side, whatever words they use
    return len(header_roles) <= 1 and len(roles) > len(header_roles) + 1


def transposed(table: Table) -> Table:
    """The table turned a quarter: its label column becomes the header, each column after it a row
    (a column of item numbers before the labels is left out)."""
    at = _label_column(table)
    grid = [*table.header_rows, *table.rows]
    n_head = len(table.header_rows)
    texts = [[text_at(grid, r, c) for r in range(len(grid))] for c in range(at, table.n_cols)]

    def line(column: list[str]) -> tuple[Cell, ...]:
        return (Cell(" ".join(t for t in column[:n_head] if t)), *(Cell(t) for t in column[n_head:]))

    return Table(
        n_cols=len(grid) - n_head + 1,
        rows=tuple(line(column) for column in texts[1:]),
        header_rows=(line(texts[0]),),
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
    )


def _label_column(table: Table) -> int:
    """0, or 1 when the first column only numbers the fields (`1.`, `2.`)."""
    first = [t for r in range(len(table.rows)) if (t := text_at(table.rows, r, 0))]
    numbered = bool(first) and all(re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*[.)]?", t) for t in first)
    return 1 if numbered and table.n_cols > 2 else 0


def text_at(rows, r: int, c: int) -> str:
    found = owner(rows, r, c)
    return found.text.strip() if found else ""


BRACKETED = re.compile(r"^(?:\(\d{1,2}\)\s*)?\(\s*([^()]{3,120})\s*\)$")
"""A form's caption under its value (`(tên chủ cơ sở)`), after the number of its note if any (`(1) (tên chủ cơ sở)`)."""
MIN_FORM_FIELDS = 3


def form_card(table: Table) -> Table | None:
    """A form of values with their bracketed captions below, as a `label | value` card; None when the
    table is no such form (three captioned values at least)."""
    grid = [*table.header_rows, *table.rows]
    pairs: list[tuple[str, str]] = []
    previous = ""
    for r in range(len(grid)):
        texts = [
            t
            for c in range(table.n_cols)
            if (t := text_at(grid, r, c)) and not re.fullmatch(r"\d{1,2}[.)]?", t)
        ]
        line = " ".join(dict.fromkeys(texts))
        m = BRACKETED.match(line)
        if m and previous:
            pairs.append((m.group(1), previous))
            previous = ""
        else:
            previous = line
    if len(pairs) < MIN_FORM_FIELDS:
        pairs = _colon_pairs(
            table
        )  # `1. | Tên dự án: Nhà máy …` a field per row, label and value in one cell
    if len(pairs) < MIN_FORM_FIELDS:
        return None
    return card_of(table, pairs)


COLON_FIELD = re.compile(r"^([^:]{3,120}?)\s*:\s*(\S.{0,300})$", re.S)


def _colon_pairs(table: Table) -> list[tuple[str, str]]:
    """(label, value) of cells that read `label: value` whose label names a column role, a row's one
    cell or each cell of a card in columns (`Сведения об операторе | Сведения об объекте` over
    `БИН: … | Код КАТО: …`), column by column; none unless most cells read `label: value` (some labels
    naming no role: `Số cột bơm: 2`)."""
    grid = [*table.header_rows, *table.rows]
    pairs, lines, shaped = [], 0, 0
    for r in range(len(grid)):
        texts = [
            t
            for c in range(table.n_cols)
            if (t := text_at(grid, r, c)) and not re.fullmatch(r"\d{1,2}[.)]?", t)
        ]
        texts = list(dict.fromkeys(texts))
        lines += len(texts)
        for k, text in enumerate(texts):
            m = COLON_FIELD.match(text)
            shaped += 1 if m else 0
            if m and role_of(m.group(1)) is not None:
                pairs.append((k, r, m.group(1).strip(), m.group(2).strip()))
    if shaped * 2 <= lines or len(pairs) < MIN_FORM_FIELDS:
        return []
    return [(label, value) for _, _, label, value in sorted(pairs)]


LEGEND_ENTRY = re.compile(
    r"(?:^|[;:,]|\s)\s*([^\W\d_]{1,3}\.[^\W\d_]{1,3}\.|[^\W\d_]{1,4}\.(?:/[^\W\d_]{1,3}\.?)?|[^\W\d_]{1,3}(?:/[^\W\d_]{1,3})?|\d{1,2}[^\W\d_]{1,2})"
    r"\s*[–—=-]\s*([^;–—=]{3,90}?)\s*(?=;|$|\.\s|\.$)"
)
"""`Е – ежемесячно`, `6T – 06 tháng/lần`, `кв. – ежеквартально`, `п/г – 1 раз в полугодие`, `ж.ж. – жарты жылда 1
рет`: a short code and
what it stands for, in a legend."""


def legend_of(text: str) -> dict[str, str]:
    """The codes a legend under a table explains (`* Условные обозначения: Е – ежемесячно; К – …`)."""
    return {m.group(1): m.group(2).strip() for m in LEGEND_ENTRY.finditer(text or "")}


def with_legend(table: Table, legend: dict[str, str]) -> Table:
    """The table with each cell that is a legend's code (`К`) written out (`ежеквартально`), in the
    columns where most filled cells are such codes; unchanged when no column is."""
    if len(legend) < 2:
        return table
    rows = [list(r) for r in table.rows]
    changed = False
    for c in range(table.n_cols):
        cells = [
            (r, cell)
            for r, row in enumerate(rows)
            if c < len(row) and (cell := row[c]) is not None and not is_blank(cell.text)
        ]  # `–` (not determined) counts for neither side
        coded = [(r, cell) for r, cell in cells if cell.text.strip() in legend]
        if cells and len(coded) * 2 > len(cells):
            for r, cell in coded:
                rows[r][c] = Cell(legend[cell.text.strip()], cell.row_span, cell.col_span)
            changed = True
    if not changed:
        return table
    return Table(
        n_cols=table.n_cols,
        rows=tuple(tuple(r) for r in rows),
        header_rows=table.header_rows,
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
        row_pages=table.row_pages,
    )


def unit_rows_folded(table: Table) -> Table | None:
    """A matrix of sources by substances whose rates stand in a row per unit (`0001 | Печь | г/с | 0,67 |
    …` over `| | т/год | 21,05 | …`), folded to a row per source with a g/s and a t/y column under each
    substance, as such matrices are usually printed; None when the table is no such matrix. A row of
    hazard classes (`Класс опасности | | 2 | 3`) goes into the substances' headers."""
    roles = [role_of(h) for h in table.header]
    if "unit" not in roles:
        return None
    at = roles.index("unit")
    kinds = [role_of(text_at(table.rows, r, at)) for r in range(len(table.rows))]
    if "g_s" not in kinds or "t_y" not in kinds:
        return None
    figures = list(range(at + 1, table.n_cols))
    if len(figures) < 2:
        return None
    keys = list(range(at))
    header = [_figure_head(table, k, figures) for k in range(table.n_cols)]
    classes: dict[int, str] = {}
    groups: list[dict[str, list[str]]] = []
    for r, kind in enumerate(kinds):
        texts = [text_at(table.rows, r, k) for k in range(table.n_cols)]
        if kind not in ("g_s", "t_y"):
            if role_of(texts[0] or texts[at]) == "hazard_class":
                classes = {k: texts[k] for k in figures if texts[k]}
            continue
        fresh = any(texts[k] and texts[k] != (groups[-1]["keys"][k] if groups else None) for k in keys)
        if fresh or not groups or kind in groups[-1]:
            groups.append({"keys": [texts[k] for k in keys]})
        groups[-1][kind] = [texts[k] for k in figures]
    if len(groups) < 1:
        return None
    top: list[Cell | None] = [Cell(header[k], row_span=2) for k in keys]
    bottom: list[Cell | None] = [None for _ in keys]
    for k in figures:
        name = header[k] + (f" ({classes[k]} кл. опасн.)" if k in classes and classes[k].isdigit() else "")
        top += [Cell(name, col_span=2), None]
        bottom += [Cell(_unit_word(table, at, kinds, "g_s")), Cell(_unit_word(table, at, kinds, "t_y"))]
    rows = []
    for g in groups:
        line: list[Cell | None] = [Cell(t) for t in g["keys"]]
        for i in range(len(figures)):
            line += [Cell((g.get("g_s") or [""] * len(figures))[i]), Cell((g.get("t_y") or [""] * len(figures))[i])]
        rows.append(tuple(line))
    return Table(
        n_cols=len(keys) + 2 * len(figures),
        rows=tuple(rows),
        header_rows=(tuple(top), tuple(bottom)),
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
    )


def _figure_head(table: Table, k: int, figures: list[int]) -> str:
    """What a column's header names below the group all the figure columns share: `0001 Экструзионная линия`
    under `Источники выбросов`, the source's number with its name; a plain header's last part."""
    parts = table.header_parts[k]
    if not parts:
        return ""
    shared = len(parts) > 2 and k in figures and sum(table.header_parts[j][:1] == parts[:1] for j in figures) >= 2
    return " ".join(parts[1:]) if shared else parts[-1]


def _unit_word(table: Table, at: int, kinds: list[str | None], kind: str) -> str:
    """The unit as the table writes it (`г/с`), from the first row of that kind in the unit column."""
    return next(text_at(table.rows, r, at) for r, k in enumerate(kinds) if k == kind)


PAIR = re.compile(r"^\s*([-–—]|\d[\d\s.,]*)\s*/\s*([-–—]|\d[\d\s.,]*)\s*$")
"""A cell holding a g/s and a t/y figure (`4,942 / 83,01`)."""


def _pairs_mostly(table: Table, k: int) -> bool:
    filled = [t for r in range(len(table.rows)) if (t := text_at(table.rows, r, k)) and t not in "-–—"]
    return bool(filled) and sum(1 for t in filled if PAIR.match(t)) * 2 > len(filled)


def source_columns_folded(table: Table) -> Table | None:
    """Substances down the rows and a column per source under `Выброс по источникам, г/с / т/год`,
    each cell `g/s / t/y`: turned into a row per source and substance with a g/s and a t/y column, as
    a list of emissions is printed; None when the table is no such matrix. Totals columns are left out."""
    parts = table.header_parts
    cols = [
        k
        for k in range(table.n_cols)
        if len(parts[k]) > 1
        and G_S_WORD.search(" ".join(parts[k][:-1]))
        and T_Y_WORD.search(" ".join(parts[k][:-1]))
        and not is_total(parts[k][-1])
        and not is_total(" ".join(parts[k][:-1]))
    ]
    if len(cols) < 2:
        return None
    cells = [text_at(table.rows, r, k) for r in range(len(table.rows)) for k in cols]
    filled = [t for t in cells if t and t not in "-–—"]
    if not filled or sum(1 for t in filled if PAIR.match(t)) * 4 < len(filled) * 3:
        return None
    keys = [  # the substance's name, code and class, wherever they stand; no totals' pairs
        k
        for k in range(table.n_cols)
        if k not in cols and role_of(table.header[k]) != "row_number" and not _pairs_mostly(table, k)
    ]
    numbers = {k: (found[0].number if (found := find_source_numbers(parts[k][-1])) else "") for k in cols}
    with_numbers = any(numbers.values())
    header = [*(["№ ИЗА"] if with_numbers else []), "Наименование источника", *(table.header[k] for k in keys), "г/с", "т/год"]
    rows = []
    for r in range(len(table.rows)):
        for k in cols:
            m = PAIR.match(text_at(table.rows, r, k))
            if not m:
                continue
            line = [*([numbers[k]] if with_numbers else []), parts[k][-1], *(text_at(table.rows, r, j) for j in keys)]
            rows.append(tuple(Cell(t) for t in (*line, m.group(1).strip(), m.group(2).strip())))
    if not rows:
        return None
    return Table(
        n_cols=len(header),
        rows=tuple(rows),
        header_rows=(tuple(Cell(h) for h in header),),
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
    )


MAX_BLOCKS = 4


def side_by_side_unfolded(table: Table) -> Table:
    """A short list printed in two or three blocks side by side under the same header repeated (`№ |
    Показатель | ДК | № | Показатель | ДК`), stacked into one list, block after block; the table itself
    when it is no such print."""
    for blocks in range(MAX_BLOCKS, 1, -1):
        if table.n_cols % blocks or table.n_cols // blocks < 2:
            continue
        width = table.n_cols // blocks
        heads = [[" ".join(h.lower().split()) for h in table.header[b * width : (b + 1) * width]] for b in range(blocks)]
        titles: list[str] = []
        if (not any(heads[0]) or any(h != heads[0] for h in heads[1:])) and not (titles := _block_titles(table, blocks, width)):
            continue
        across = [_across(row) for row in table.rows]  # `ЛШК 0001 – …` across both blocks: a group's title
        grid = [*table.header_rows, *(row for row, title in zip(table.rows, across, strict=True) if not title)]
        if any(
            cell is not None and (k // width) != ((k + cell.col_span - 1) // width)
            for row in grid
            for k, cell in enumerate(row)
        ):
            return table  # a cell spans two blocks: one table after all
        groups: list[tuple[str, list]] = [("", [])]
        for row, title in zip(table.rows, across, strict=True):
            if title:
                groups.append((title, []))
            else:
                groups[-1][1].append(row)
        rows = []
        for title, members in groups:
            if title:  # the group's title over its rows of every block
                rows.append((Cell(title, col_span=width), *([None] * (width - 1))))
            for b in range(blocks):
                if titles:  # `Опасные отходы | … | Неопасные отходы`: each block under its own title
                    rows.append((Cell(titles[b], col_span=width), *([None] * (width - 1))))
                parts = [tuple(row[b * width : (b + 1) * width]) for row in members]
                rows.extend(part for part in parts if any(c is not None and c.text.strip() for c in part))
        header = table.header_rows[-1:] if titles else table.header_rows
        return Table(
            n_cols=width,
            rows=tuple(rows),
            header_rows=tuple(tuple(row[:width]) for row in header),
            caption=table.caption,
            page_start=table.page_start,
            page_end=table.page_end,
        )
    return table


def _across(row: tuple) -> str:
    """The text of a row that is one cell across the table (merged, or alone in the first cell as a
    text file writes it); '' for any other row."""
    filled = [(k, cell) for k, cell in enumerate(row) if cell is not None and cell.text.strip()]
    if len(filled) != 1 or filled[0][0] != 0:
        return ""
    cell = filled[0][1]
    return cell.text.strip() if cell.col_span == len(row) or all(c is None or not c.text.strip() for c in row[1:]) else ""


def _block_titles(table: Table, blocks: int, width: int) -> list[str]:
    """Each block's title, when the blocks repeat their last header row under a title of their own
    (`Опасные отходы` over `Код | Наименование | Количество`, `Неопасные отходы` over the same); [] otherwise."""
    if len(table.header_rows) < 2:
        return []
    last = [[" ".join((p[-1] if p else "").lower().split()) for p in table.header_parts[b * width : (b + 1) * width]] for b in range(blocks)]
    if not any(last[0]) or any(h != last[0] for h in last[1:]):
        return []
    titles = []
    for b in range(blocks):
        uppers = {" ".join(p[:-1]) for p in table.header_parts[b * width : (b + 1) * width]}
        if len(uppers) != 1 or not (title := uppers.pop().strip()):
            return []
        titles.append(title)
    return titles if len(set(titles)) == blocks else []


def card_of(table: Table, pairs: list[tuple[str, str]]) -> Table:
    """A card of one field per row (label | value) made of a form's pairs, with the form's caption and pages."""
    return Table(
        n_cols=2,
        rows=tuple((Cell(label), Cell(value)) for label, value in pairs),
        header_rows=((Cell(""), Cell("")),),
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
    )


def banded_card(table: Table) -> Table | None:
    """A form printed in bands, a row of labels over a row of their values (`Наименование оператора |
    БИН оператора | …` over `ТОО «…» | 080649172444 | …`), two bands at least: turned into a card of one
    field per row; None when the table is no such form."""
    grid = [*table.header_rows, *table.rows]
    if len(grid) < 4 or len(grid) % 2 or table.n_cols < 2:
        return None
    texts = [[text_at(grid, r, k) for k in range(table.n_cols)] for r in range(len(grid))]
    pairs: list[tuple[str, str]] = []
    named_bands = 0
    for labels, values in zip(texts[::2], texts[1::2], strict=True):
        named = sum(1 for t in labels if t and role_of(t) is not None)
        if sum(1 for v in values if v and role_of(v) is not None) >= max(named, 1) or any(re.search(r"\d{3}", t) for t in labels):
            return None  # the values name fields as often as the labels do, or a label holds a figure
        named_bands += named * 2 >= len([t for t in labels if t])
        pairs.extend((label, value) for label, value in zip(labels, values, strict=True) if label and value)
    if named_bands < 2 or sum(1 for label, _ in pairs if role_of(label) in FACILITY_FIELDS) < MIN_FORM_FIELDS:
        return None
    return card_of(table, pairs)


def mixed_card(table: Table) -> Table | None:
    """A card of label–value rows with a band among them, a row of labels over a row of their values
    (`Наименование оператора | ТОО «…»`, then `БИН | КАТО | ОКЭД` over `050348520386 | 357163000 |
    31090`), or a line's label merged down beside its band (`Коды | БИН | ОКЭД` over `| 0512… | 24100`):
    turned into a card of one field per row; None when the table has no such band."""
    grid = [*table.header_rows, *table.rows]
    lead = _label_column(table)
    raw = [[text_at(grid, r, k) for k in range(lead, table.n_cols)] for r in range(len(grid))]
    texts = [list(dict.fromkeys(t for t in row if t)) for row in raw]
    whole = [list(dict.fromkeys(t for k in range(table.n_cols) if (t := text_at(grid, r, k)))) for r in range(len(grid))]
    pairs: list[tuple[str, str]] = []
    bands = 0
    r = 0
    while r < len(grid):
        row, full = texts[r], whole[r]
        below = whole[r + 1] if r + 1 < len(grid) else []  # a band is read across the whole row, numbers and all
        labels = [t if role_of(t) else re.sub(r"\s*\([^()]*\)", "", t) for t in full]  # `Nhóm (NĐ 08/2022)`: `Nhóm`
        named = sum(1 for t in labels if role_of(t) in FACILITY_FIELDS)
        if named >= 3 and named * 3 >= len(full) * 2 and len(below) == len(full) and not any(role_of(t) for t in below):
            pairs.extend(zip(labels, below, strict=True))  # `БИН | КАТО | ОКЭД` over their values
            bands += 1
            r += 2
            continue
        if r + 1 < len(grid) and (sub := _band_beside_label(raw[r], raw[r + 1])):
            pairs.extend(sub)  # the line's label merged down beside a band of labels over values
            bands += 1
            r += 2
            continue
        if r < len(table.header_rows) and len(row) == 2 and compiled("KEY_VALUE_HEADERS").search(flat(" ".join(row))):
            r += 1  # `Сведения | Значение`: the card's own header
            continue
        if len(row) != 2 or len(row[0]) > FIELD_LABEL_CHARS:
            return None
        pairs.append((row[0], row[1]))
        r += 1
    if not bands or sum(1 for label, _ in pairs if role_of(label) in FACILITY_FIELDS) < MIN_FORM_FIELDS:
        return None
    return card_of(table, pairs)


def _band_beside_label(row: list[str], below: list[str]) -> list[tuple[str, str]]:
    """`Коды оператора | БИН | ОКЭД | КАТО` over `(same, merged down or blank) | 1012… | 24100 | 3564…`:
    each label of the band with the value under it, when the band names a field and no value does."""
    if len(row) < 3 or not row[0] or below[0] not in ("", row[0]):
        return []
    band, values = row[1:], below[1:]
    if len(set(band)) != len(band) or not all(band) or not all(values) or any(role_of(v) for v in values):
        return []
    if not any(role_of(t) or role_of(re.sub(r"\s*\([^()]*\)", "", t)) for t in band):
        return []
    return list(zip(band, values, strict=True))


def headerless_card(table: Table) -> Table | None:
    """A card printed without a header, whose first field the reader took for one
    (`Полное наименование оператора | АО «…»` over `БИН | 171040374692`): that row read as a field."""
    if table.n_cols < 2 or len(table.header_rows) != 1:
        return None
    label, *rest = table.header
    values = {v.strip() for v in rest if v.strip()}  # one value, merged over the columns after the label
    if role_of(label) not in FACILITY_FIELDS or len(values) != 1 or role_of(value := values.pop()) is not None:
        return None
    if compiled("KEY_VALUE_HEADERS").search(flat(value)):
        return None  # `Деректеменің атауы | Мәліметтер`: a card's own header after all
    return Table(
        n_cols=table.n_cols,
        rows=(table.header_rows[0], *table.rows),
        header_rows=(tuple(Cell("") for _ in range(table.n_cols)),),
        caption=table.caption,
        page_start=table.page_start,
        page_end=table.page_end,
    )


def titled_card(table: Table) -> Table | None:
    """A table whose first rows, each one text across, give a facility's fields as `Label: value`
    (`Оператор объекта: АО «…», БИН …`, `Объект: …`, `Место нахождения: …`) over a table of something else
    (its products): the card those rows make, the rest left out; None when the table opens otherwise."""
    grid = [*table.header_rows, *table.rows]
    pairs: list[tuple[str, str]] = []
    for r in range(len(grid)):
        texts = {t for k in range(table.n_cols) if (t := text_at(grid, r, k))}
        label, sep, value = (texts.pop() if len(texts) == 1 else "").partition(":")
        if not sep or not value.strip() or len(label) > FIELD_LABEL_CHARS:
            break
        pairs.append((label.strip(), value.strip()))
    if len(pairs) < 2 or len({role_of(label) for label, _ in pairs} & FACILITY_FIELDS) < 2:
        return None
    return card_of(table, pairs)


SAMPLED_ON = re.compile(r"^\D{0,8}\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})\s*$")
"""A sub-header that is the day a sample was taken (`20.06.2025`, `Ngày 09/08/2025`)."""


def _labels_row(texts: list[str]) -> bool:
    """Short labels, most of them naming a column's role (`Наименование | БИН | Мощность`), no figures."""
    texts = [t for t in texts if not (t.startswith("(") and normalise_unit(t.strip(" ()")))]  # `(m3/ngày.đêm)`
    if not texts or any(len(t) > FIELD_LABEL_CHARS or not re.search(r"[^\W\d_]", t) for t in texts):
        return False
    return sum(1 for t in texts if role_of(t)) * 2 > len(texts)


def unit_row_raised(table: Table) -> Table:
    """A table whose row of units (`- | mg/l | mg/l`), of sampling days or of sub-labels under the header
    a text file left in the body: that row moved up into the header, where a Word file has it."""
    if not table.rows or not table.header_rows:
        return table
    if (labelled := _labelled_rows_raised(table)) is not None:
        return labelled
    first = [text_at(table.rows, 0, k) for k in range(table.n_cols)]
    filled = [t for t in first if t and not re.fullmatch(r"[-–—]", t)]
    if len(filled) < 2:
        return table
    units = all(normalise_unit(t.strip(" ,()")) and len(t) <= 15 for t in filled)
    above = [text_at(table.header_rows, len(table.header_rows) - 1, k) for k in range(table.n_cols)]
    splits = any(t and not above[k] for k, t in enumerate(first))  # under a parent a text file wrote once
    days = not first[0] and all(SAMPLED_ON.match(t) for t in filled) and splits
    parents = any((cell := owner(table.header_rows, len(table.header_rows) - 1, k)) is not None and cell.col_span > 1 for k in range(table.n_cols))
    labels = (splits or parents) and not first[0] and _labels_row(filled)
    if not (units or days or labels):  # `| 20.06.2025 | 21.06.2025` under `Концентрация на выходе | | `
        return table
    return replace(table, rows=table.rows[1:], header_rows=(*table.header_rows, table.rows[0]), row_pages=table.row_pages[1:])


def _labelled_rows_raised(table: Table) -> Table | None:
    """`Ед. изм. | | г/с | т/год | г/с | …` under the pollutants' names, labelled in the first column: the
    columns' units moved up into the header without their label, which would name the key columns. A row
    of the pollutants' classes over it (`Класс опасности | | 2 | | 3 | …`) stays first in the body, where
    the emissions reader looks for it. None when the body starts with no such row."""
    rows = table.rows

    def said(r: int, role: str) -> list[str] | None:
        label = text_at(rows, r, 0)
        if r >= len(rows) - 1 or not label or role_of(label) != role:
            return None
        return [t for k in range(1, table.n_cols) if (t := text_at(rows, r, k)) and t != label]

    classes = said(0, "hazard_class")
    at = 1 if classes and all(hazard_class_cell(t) is not None or is_blank(t) for t in classes) else 0
    units = said(at, "unit")
    if not units or len(units) < 2 or not all(normalise_unit(t.strip(" ,()")) and len(t) <= 15 for t in units):
        return None
    label = text_at(rows, at, 0)
    unlabelled = tuple(replace(c, text="") if c is not None and c.text.strip() == label else c for c in rows[at])
    pages = table.row_pages
    return replace(
        table,
        header_rows=(*table.header_rows, unlabelled),
        rows=(*rows[:at], *rows[at + 1 :]),
        row_pages=(*pages[:at], *pages[at + 1 :]) if pages else (),
    )
