"""Table stages shared by every reader: join fragments, find header rows.

Long tables reach us in pieces: a PDF table continues on the next page, a
DOCX carries one table as several adjacent `w:tbl` elements, a text dump
separates the pieces with blank lines. Each reader decides which pieces are
adjacent; the joining itself happens here, the same way for every format:
the continuation's repeated header and column-number rows are dropped, its
columns are matched to the first piece's by index, and a row that the break
cut in two is joined back.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.columns import is_total
from extractor.model import Cell, Row, Table, is_column_number_row, owner, owner_position
from extractor.parsers.text import join_lines

_WS = re.compile(r"\s+")
_CAPTION = re.compile(
    r"^\s*(таблица|табл\.|кесте|table|bảng)\s*(№\s*)?[\dIVX]+[\d.]*[a-zа-я]?\b"
    r"|^\s*(№\s*)?\d+(\.\d+)*\s*[-–]?\s*кесте\b",  # Kazakh puts the number first: "4-кесте"
    re.IGNORECASE,
)


_CONTINUED = re.compile(
    r"^\s*(?:продолжение|окончание)\s+табл"
    r"|кестенің\s+(?:жалғасы|соңы)|^\s*(?:кестенің\s+)?жалғасы"
    r"|^\s*(?:bảng\s+[\d.]+\s*)?\(?\s*tiếp(?:\s+theo)?\s*\)?"
    r"|^\s*table\s+[\d.]+\s*\(?(?:continued|cont\.)",
    re.IGNORECASE,
)


def is_continuation(text: str) -> bool:
    """A line over the rest of a table: `Продолжение таблицы 3.1`, `3.1-кестенің жалғасы`,
    `Bảng 3.1 (tiếp theo)`, `Table 2 (continued)`."""
    return bool(_CONTINUED.search(text)) and len(text) <= 80


def is_caption(text: str) -> bool:
    """A caption line: `Таблица 4. …`, `Bảng 1 …`, `4-кесте. …`, `Table 3 …`."""
    return bool(_CAPTION.match(text))


def _norm(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip().lower()


def row_texts(row: Row) -> list[str]:
    return [_norm(c.text) if c else "" for c in row]


def count_header_rows(rows: tuple[Row, ...] | list[Row]) -> int:
    """How many leading rows name the columns.

    Forms carry a row of column numbers under their header: everything up to
    it is header. Otherwise the first row is a header when it is text (not a
    numbered data row), extended over the rows its vertical merges cover.
    """
    for i, row in enumerate(rows[:6]):
        if is_column_number_row(row):
            return i + 1
    if len(rows) >= 3 and _codes_over_units(rows[0], rows[1]):
        return 2  # `№ ИЗА | Наименование | 0301 | | 0304 |` over `| | г/с | т/год | г/с | т/год`
    if len(rows) < 2 or not _looks_like_header(rows[0]):
        return 0
    depth = max((c.row_span for c in rows[0] if c is not None), default=1)
    return min(depth, len(rows) - 1)


_UNIT = re.compile(r"^\(?(?:[^\W\d_]{1,5}\d?\s*/\s*[^\W\d_]{1,5}\d?|%|°c|ppm)\)?$", re.I)


def _is_unit_row(row: Row, least: int = 2) -> bool:
    """A row of units under the column names, its first cell empty: `| | m3/h | mg/Nm3 | mg/Nm3`, or
    labels with their units (`| | факт., мг/м3 | факт., мг/м3`); right under the names one unit will do
    (`| мг/м³ | | |`, a text file's cell once merged under the points)."""
    texts = [c.text.strip() if c is not None else "" for c in row]
    filled = [t for t in texts if t]
    units = [t for t in filled if _UNIT.match(t) or _UNIT.match(t.rsplit(",", 1)[-1].strip())]
    others = [t for t in filled if t not in units]
    if len(units) >= 2 and len(others) == 1 and _SHARE_OF_NORM.fullmatch(others[0]):
        return not texts[0]  # `| | мг/кг | мг/кг | доли ПДК`: the last column a share of the norm, a unit of its kind
    return not texts[0] and len(filled) >= least and not others


_SHARE_OF_NORM = re.compile(r"(?:доли|дол\.)\s+(?:пдк|дк|пдв)|(?:шжк|шрк)\s+үлес\w*|lần|số lần", re.I)
"""A result given as a share of its norm (`доли ПДК`, `ШЖК үлесі`, `lần`): a unit in a row of units."""


def _lone_unit_spread(row: Row) -> Row:
    """A units row with one unit (`| мг/м³ | | | |` under `Т-1 | Т-2 | Т-3 | ПДК`), as a text file writes a
    cell once merged across the values: the unit over every column after it."""
    filled = [k for k, c in enumerate(row) if c is not None and c.text.strip()]
    if len(filled) != 1 or any(c is not None and c.text.strip() for c in row[filled[0] + 1 :]):
        return row
    at = filled[0]
    return (*row[:at], replace(row[at], col_span=len(row) - at), *(None for _ in row[at + 1 :]))


def _codes_over_units(row: Row, below: Row) -> bool:
    """Pollutants' codes heading column pairs over a row of units (`0301 | | 0304 |` over `г/с | т/год | …`),
    beside labels in words: a header whose codes are no figures of a row."""
    texts = [c.text.strip() for c in row if c is not None and c.text.strip()]
    codes = [t for t in texts if re.fullmatch(r"\d{4}", t)]
    worded = [t for t in texts if re.search(r"[^\W\d_]{2}", t)]
    return len(codes) >= 2 and len(codes) + len(worded) == len(texts) and bool(worded) and _is_unit_row(below)


def _is_title_row(row: Row) -> bool:
    """One text across a row of three columns or more, the rest empty or merged over."""
    filled = [c for c in row if c is not None and c.text.strip()]
    return len(row) >= 3 and len(filled) == 1 and row[0] is filled[0]


def _looks_like_header(row: Row) -> bool:
    texts = [c.text.strip() for c in row if c is not None and c.text.strip()]
    if len(texts) < 2:
        return False
    if re.fullmatch(r"\d{1,3}[.)]?", texts[0]) and texts[0] not in ("№",):
        return False
    numeric = sum(1 for t in texts if re.fullmatch(r"[-+\d\s.,:;%/*]+", t) and not _YEAR.fullmatch(t))
    return numeric <= len(texts) // 3


_YEAR = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")
"""`2026 | 2027` over the quarters of a chart: years head columns, they are not figures of a row."""


_NUMBERED = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[IVXLC]+|[А-ЯA-Z])[.)]\s")


def _titles_a_section(table: Table) -> bool:
    """`Карта контроля` across the top, then `1. Участок пропитки` across the next row: the first is the
    table's title over its first section (a numbered first row is a section itself)."""
    first = next(c.text.strip() for c in table.rows[0] if c is not None and c.text.strip())
    return not table.caption and _is_title_row(table.rows[1]) and not _NUMBERED.match(first)


def with_header(table: Table) -> Table:
    """Move the leading header rows of `table.rows` into `header_rows`."""
    if table.header_rows:
        return table
    if len(table.rows) >= 3 and _is_title_row(table.rows[0]) and (_looks_like_header(table.rows[1]) or _titles_a_section(table)):
        # `Оператор: ТОО «…», БИН …` across the table above its header: a line of the caption
        title = next(c.text.strip() for c in table.rows[0] if c is not None and c.text.strip())
        caption = f"{table.caption} {title}" if table.caption else title
        rest = replace(table, rows=table.rows[1:], row_pages=table.row_pages[1:], caption=caption)
        return with_header(rest)
    n = count_header_rows(table.rows)
    if n == 0:
        return table
    head = list(table.rows[:n])
    for j in range(len(head) - 1):  # parents over their sub-labels, in a header that ends at its column numbers
        below = [r for r in head[j + 1 :] if not is_column_number_row(r)]
        if below:
            head[j] = _spanned(head[j], _filled_union(below))
    if n < len(table.rows) - 1 and _is_unit_row(table.rows[n], 1):  # `| | m3/h | mg/Nm3 | mg/Nm3` under the names
        for j in range(len(head)):  # `ИЗА 0003 | | ` over `ОК-1, т/год | ОК-2, т/год`: the parent over its columns
            head[j] = _spanned(head[j], _filled_union([*head[j + 1 :], table.rows[n]]))
        head.append(_lone_unit_spread(table.rows[n]))
        n += 1
    while n < len(table.rows) - 1 and _is_subheader(table.rows[n], _labels_above(head), table.rows[n + 1]):  # `A | B` then `A1 | A2 | B1 | B2`
        for j in range(len(head)):  # each parent widened over every sub-label beneath it
            head[j] = _spanned(head[j], _filled_union([*head[j + 1 :], table.rows[n]]))
        head.append(table.rows[n])
        n += 1
    if len(head) > 1 and n < len(table.rows) - 1 and _is_unit_row(table.rows[n]):  # `| | факт., мг/м3 | …` under the points
        head.append(table.rows[n])
        n += 1
    return replace(
        table,
        header_rows=tuple(head),
        rows=table.rows[n:],
        row_pages=table.row_pages[n:] if table.row_pages else (),
    )


def _labels_above(head: list[Row]) -> Row:
    """The header's last row as the row beneath sees it: at each position the label whose cell starts
    there, merged down from a row above (`Источник загрязнения` over two rows), its own, or, where its own
    is empty in a row that is mostly empty, the nearest above (a text file's merged cells written once, the
    rows below them empty but for a sub-label or two)."""
    width = max(len(r) for r in head)
    sparse = sum(1 for c in head[-1] if c is not None and c.text.strip()) * 2 < width  # `| | | на 2026 год |`
    out: list[Cell | None] = []
    for col in range(width):
        found = None
        for r in range(len(head) - 1, -1, -1):
            pos = owner_position(head, r, col)
            if pos is None or pos[1] != col:
                break  # covered from the left: a parent's span, no label of this column's own
            if (found := head[pos[0]][pos[1]]) is not None and (found.text.strip() or not sparse):
                break
        out.append(found)
    return tuple(out)


def _is_subheader(row: Row, above: Row, below: Row | None = None) -> bool:
    """A second header row under merged parents, left in the body: `| | | A | B` under
    `TT | Thông số | Đơn vị | Giá trị C |`, `| | м.р. | с.с.` under `… | ПДК, мг/м3 |`, or
    `Наименование | БИН | Наименование | Код КАТО` under `Оператор (2 columns) | Объект (3 columns)`.

    It has short labels and no figures, and each label stands under a parent: a header cell
    followed by empty (or merged-over) positions, or one of those positions. A text file shows a
    merged parent as a label followed by empty cells; a DOCX or PDF as a cell whose span covers them."""
    texts, upper = row_texts(row), row_texts(above)
    filled = [i for i, t in enumerate(texts) if t]
    lone = len(filled) == 1 and filled[0] > 0 and len(texts[filled[0]].split()) <= 3
    if (len(filled) < 2 and not lone) or len(upper) < len(texts):
        return False  # one label alone only as a parent's own sub-label (`Giá trị C` under `QCVN 28:2010/BTNMT`)
    long = [i for i in filled if len(texts[i]) > 40 or len(texts[i].split()) > 5]
    dated = {i for i in filled if _DATE.fullmatch(texts[i])}  # `12/05/2025` under its point: the day it was sampled
    figures = [i for i in filled if re.fullmatch(r"[-+\d\s.,:;%/*<>≤≥()]+", texts[i]) and not _YEAR.fullmatch(texts[i]) and i not in dated]
    if all(re.fullmatch(r"\d{4}", texts[i]) for i in filled):
        figures = []  # `0001 | 0002` under `Норматив по источникам`: source numbers name the columns
    if not texts[0] and len(filled) >= 2 and all(_PREFIXED_SOURCE.fullmatch(texts[i]) for i in filled):
        return True  # `| | ИЗА 0001 | ИЗА 0002` under `Печь № 1 | Печь № 2`: each column's source
    covered: set[int] = set()
    for i, label in enumerate(upper):
        if not label:
            continue
        j = i + 1
        while j < len(upper) and not upper[j]:
            j += 1
        if j > i + 1:
            covered.update(range(i, j))
    if texts[0] and 0 not in covered:
        return False
    if below is not None and not figures and len(filled) >= 2 and _labels_over_figures(texts, upper, covered, row_texts(below)):
        return True
    if long and (texts[0] or any(i not in covered or len(texts[i]) > 80 for i in filled)):
        return False  # long labels only as point names under a parent (`ОС-1 (вход на очистные)`)
    if figures and (texts[0] or any(i not in covered for i in filled) or len(figures) < 6):
        return False  # figures are data, except months `1 … 12` under a parent (`Месяцы 2026 года`)
    unit = {i for i in filled if _UNIT.match(texts[i])}  # `№ | наименование | мг/м³ | мг/м³`: units under their own names
    return all(not upper[i] or i in covered or i in dated or i in unit for i in filled) and any(i in covered for i in filled)


_PREFIXED_SOURCE = re.compile(r"[^\W\d_]{2,6}\.?\s*№?\s*\d{4}")
"""A source's number after its abbreviation (`ИЗА 0001`, `ист. 0003`, `ЛШК 0002`): a column's label, no figure."""


_DATE = re.compile(r"\s*\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\s*")
"""A full date alone in a cell."""


def _labels_over_figures(texts: list[str], upper: list[str], covered: set[int], below: list[str]) -> bool:
    """Labels of any length over a row of figures, each under a header cell, some under a parent that
    spans several (`| | I1 – поступило с ЛКМ | O1 – с отходящими газами через ИЗА 0005 | …` under
    `Код | Вещество | Поступление, т/год | Выход, т/год | | …`): the header's second row, long as its
    labels are, not a row of data."""
    filled = [i for i, t in enumerate(texts) if t]
    if texts[0] or not any(i in covered for i in filled) or not all(upper[i] or i in covered for i in filled):
        return False
    return all(i < len(below) and re.fullmatch(r"[-–—+\d\s.,%<>≤≥]+", below[i]) for i in filled)


def _filled_union(rows: list[Row]) -> Row:
    """A row whose cell at each position is the first filled cell of `rows` there."""
    width = max(len(r) for r in rows)
    out = []
    for k in range(width):
        out.append(next((r[k] for r in rows if k < len(r) and r[k] is not None and r[k].text.strip()), None))
    return tuple(out)


def _spanned(above: Row, below: Row) -> Row:
    """The header row with each parent cell widened over the empty cells to its right that have sub-labels."""
    cells = list(above)
    for i, cell in enumerate(cells):
        if cell is None or not cell.text.strip():
            continue
        width = 1
        while (
            i + width < len(cells)
            and (cells[i + width] is None or not cells[i + width].text.strip())
            and i + width < len(below)
            and below[i + width] is not None
            and below[i + width].text.strip()
        ):
            width += 1
        if width > 1:
            cells[i] = replace(cell, col_span=max(cell.col_span, width))
            for k in range(i + 1, i + width):
                cells[k] = None
    return tuple(cells)


def pad(row: Row, n_cols: int) -> Row:
    if len(row) >= n_cols:
        return row[:n_cols] if all(c is None or not c.text.strip() for c in row[n_cols:]) else row
    return tuple(row) + (Cell(""),) * (n_cols - len(row))


def merge_tables(first: Table, second: Table) -> Table:
    """`first` continued by `second`: one table, columns matched by index."""
    n_cols = max(first.n_cols, second.n_cols)
    head = first.header_rows or first.rows[: count_header_rows(first.rows)]
    if not head and len(first.rows) == 1 and _looks_like_header(first.rows[0]):
        head = first.rows  # a header alone at the foot of a page
    numbered = any(is_column_number_row(r) for r in head)
    head_texts = [row_texts(r) for r in head]
    rows2 = list(second.header_rows + second.rows)
    pages2 = list((None,) * len(second.header_rows) + tuple(second.row_pages or (None,) * len(second.rows)))
    while rows2 and ((numbered and is_column_number_row(rows2[0])) or _repeats_header(rows2[0], head_texts)):
        rows2.pop(0)
        pages2.pop(0)
    rows1 = [pad(r, n_cols) for r in first.rows]
    rows2 = [pad(r, n_cols) for r in rows2]
    pages1 = list(first.row_pages or (None,) * len(first.rows))
    if rows1 and rows2 and is_split_row(rows1, rows2[0]):
        rows1 = _join_split_row(rows1, rows2.pop(0))
        pages2.pop(0)
    return replace(
        first,
        n_cols=n_cols,
        header_rows=tuple(pad(r, n_cols) for r in first.header_rows),
        rows=tuple(rows1 + rows2),
        row_pages=tuple(pages1 + pages2) if first.row_pages or second.row_pages else (),
        page_end=second.page_end if second.page_end is not None else first.page_end,
        caption=first.caption or second.caption,
    )


def starts_anew(first: Table, second: Table) -> bool:
    """Whether `second`, right after `first` with nothing between, is a table of its own rather than the
    rest of it: a header that is not the first's, over rows numbered from 1 again (the parties of an act,
    then `№ | Наименование отхода | Код | …` with `1 | …`)."""
    rows = list(second.header_rows + second.rows)
    if len(rows) < 2 or not first.rows or not _looks_like_header(rows[0]):
        return False
    head = first.header_rows or first.rows[: count_header_rows(first.rows)]
    if _repeats_header(rows[0], [row_texts(r) for r in head]):
        return False
    body = rows[max(1, count_header_rows(rows)) :]
    lead = body[0][0] if body and body[0] else None
    return lead is not None and bool(re.fullmatch(r"1[.)]?", lead.text.strip()))


def _repeats_header(row: Row, head_texts: list[list[str]]) -> bool:
    texts = row_texts(row)
    if not any(texts):
        return False
    for head in head_texts:
        a = [t for t in texts if t]
        b = [t for t in head if t]
        if a and a == b[: len(a)] and len(a) >= max(2, len(b) // 2):
            return True
    return False


_FIGURE = re.compile(r"^[<>≤≥]?\s*\d[\d\s]*(?:[.,]\d+)?$")


def is_split_row(rows: list[Row], cont: Row) -> bool:
    """Is `cont`, the first row after a break, the rest of the last row of `rows`?

    It is when it carries no number of its own and its text either plainly
    continues the row above (starts in lower case, or the cell above ends
    mid-phrase), or it fills only some of the columns the row above filled,
    in a table that does not group rows under vertically merged cells.
    """
    prev = rows[-1]
    if not cont or (cont[0] is not None and cont[0].text.strip()):
        return False
    filled = {i for i, c in enumerate(cont) if c is not None and c.text.strip()}
    if not filled or any(is_total(cont[i].text) for i in filled):
        return False  # `Итого`, `Барлығы`: the table's total after the break, no row's rest
    prev_filled = set()
    for i in range(len(prev)):
        cell = owner(rows, len(rows) - 1, i)
        if cell is not None and cell.text.strip():
            prev_filled.add(i)
    if not filled <= prev_filled:
        return False
    last = len(rows) - 1
    if any(_FIGURE.match(owner(rows, last, i).text.strip()) and _FIGURE.match(cont[i].text.strip()) for i in filled):
        return False  # a figure under a figure: two rows' values (a figure never wraps over a page)
    if all(_continues(owner(rows, len(rows) - 1, i).text, cont[i].text) for i in filled):
        return True
    numbered = prev[0] is not None and prev[0].text.strip()
    grouped = any(c is None for r in rows for c in r[:1])
    return bool(filled < prev_filled and numbered and not grouped)


def _continues(before: str, after: str) -> bool:
    after = after.strip()
    before = before.rstrip()
    if not after or not before:
        return False
    first = after[0]
    if first.islower() or (first.isdigit() and before[-1] in "-–:,(") or first in ",;:)%":
        return True
    return before[-1] in "-–,(:" and not first.isupper()


def _join_split_row(rows: list[Row], cont: Row) -> list[Row]:
    rows = [list(r) for r in rows]
    last = len(rows) - 1
    for c, cell in enumerate(cont):
        if cell is None or not cell.text.strip():
            continue
        pos = owner_position(rows, last, c)
        if pos is None:
            rows[last][c] = cell
            continue
        rr, cc = pos
        above = rows[rr][cc]
        rows[rr][cc] = replace(above, text=join_lines([above.text, cell.text], in_cell=True))
    return [tuple(r) for r in rows]


def grid_from_text_rows(rows: list[list[str]]) -> tuple[int, tuple[Row, ...]]:
    """A grid of unmerged cells from rows of strings, padded to equal width."""
    n_cols = max((len(r) for r in rows), default=0)
    grid = tuple(tuple(Cell(t) for t in r) + (Cell(""),) * (n_cols - len(r)) for r in rows)
    return n_cols, grid


def is_empty_table(table: Table) -> bool:
    return not any(c is not None and c.text.strip() for r in table.header_rows + table.rows for c in r)
