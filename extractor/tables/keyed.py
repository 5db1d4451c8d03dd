"""Codes that head a table's columns, explained by the rows of another table of the document.

A laboratory's protocol may head its result columns with the sample codes alone (`В-0639/25 | В-0640/25`,
`N0703/25`) and say where each sample was taken only in the sampling act, a table of its own (`Шифр пробы |
Место отбора`, `Mã mẫu | Vị trí lấy mẫu`: `В-0639/25 | ВП-2 – выпуск …`). Written out as the point the act
gives it (`ВП-2 – выпуск … (В-0639/25)`), each column reads as a point's results, as the limit reader reads
them. Language-neutral: a code is a short token with a digit, a point is known by its id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from extractor import columns as words
from extractor.context import cell, own_cell
from extractor.model import Cell, Table
from extractor.nlp.substances import match_substance
from extractor.tables.points import DESCRIBED_ID
from extractor.tables.profile import POINT_ID, cell_text

CODE = re.compile(r"^(?=[^\s]*\d)[^\W_][\w./-]{3,19}$")
"""A sample's code: one token of letters, digits, dots, slashes and hyphens, with a digit (`В-0639/25`)."""
MIN_CODES = 2


def explained_codes(tables: Iterable[Table]) -> dict[str, str]:
    """code → the point its row names, from every table with a column of distinct codes beside a column
    of points (`ВП-2 – выпуск …`, `NT1`)."""
    out: dict[str, str] = {}
    for table in tables:
        rows = range(len(table.rows))
        for k in range(table.n_cols - 1):
            codes = [own_cell(table, r, k) for r in rows]
            if len(codes) < MIN_CODES or len(set(codes)) < len(codes) or not all(CODE.match(c) for c in codes):
                continue
            where = next((j for j in range(table.n_cols) if j != k and all(_point(own_cell(table, r, j)) for r in rows)), None)
            if where is not None:
                out.update((own_cell(table, r, k), own_cell(table, r, where)) for r in rows)
    return out


def with_explained_codes(table: Table, codes: dict[str, str]) -> Table:
    """The table with each header cell that is an explained code written as its point and the code, when
    two header cells or more are; unchanged otherwise. The table that explains them is left as it is."""
    found = _coded_headers(table, codes)
    if len(found) < MIN_CODES or _explains(table, codes):
        return table
    rows = [list(row) for row in table.header_rows]
    for h, k in found:
        cell = rows[h][k]
        rows[h][k] = Cell(f"{codes[cell.text.strip()]} ({cell.text.strip()})", cell.row_span, cell.col_span)
    return replace(table, header_rows=tuple(tuple(row) for row in rows))


def code_registers(tables: list[Table], codes: dict[str, str]) -> set[int]:
    """The tables that explain the codes heading another table's columns (a sampling act beside its
    protocol): keys to that table, no plan or result of their own."""
    headed = {i for i, t in enumerate(tables) if len(_coded_headers(t, codes)) >= MIN_CODES and not _explains(t, codes)}
    return {i for i, t in enumerate(tables) if headed - {i} and _explains(t, codes)} if headed else set()


def _coded_headers(table: Table, codes: dict[str, str]) -> list[tuple[int, int]]:
    """(header row, column) of each header cell that is an explained code."""
    return [(h, k) for h, row in enumerate(table.header_rows) for k, c in enumerate(row) if c is not None and c.text.strip() in codes]


def _explains(table: Table, codes: dict[str, str]) -> bool:
    return any(own_cell(table, r, k) in codes for r in range(len(table.rows)) for k in range(table.n_cols))


def _point(text: str) -> bool:
    return bool(DESCRIBED_ID.match(text) or POINT_ID.match(text))


_KEY = r"[IVX]{1,4}|\d{1,2}|[A-ZА-Я]{1,3}-\d{1,2}|[A-ZА-ЯӘҒҚҢӨҰҮҺІĐ]{1,4}"
LEGEND_KEY = re.compile(rf"^(?:[^\W\d_]{{2,12}}\s+)?({_KEY})\.?$")
"""A legend row's key (`I`, `II`, `Cấp 1`, `Уровень 3`, a cipher `Б-1`, `LN-2`, a site's letters `ТЖФ`): the short
id at its end."""
KEY_LIST = re.compile(rf"^\s*(?:{_KEY})(?:\s*[,;]\s*(?:{_KEY}))*\s*$")
"""A cell that names rows of a legend by their keys (`I, II, III`, `1, 3`)."""
STEM = 4
"""Letters a column's header shares with the legend's key header when it refers to it (`Уровни` / `Уровень`)."""


WORD_KEY = re.compile(r"^[^\W\d_]{2,15}(?: [^\W\d_]{2,15})?$")
"""A legend row's key that is a word or two (`высокий`, `средний`, `Trung bình`): a grade a register cites over and over."""
MAX_WORD_KEYS = 6


@dataclass(frozen=True)
class Legend:
    """A table whose rows are keyed by short ids in its first column (`Уровень | Кто проводит |
    Периодичность` over `I | операторы | ежесменно`), which another table cites by those keys."""

    index: int
    table: Table
    rows: dict[str, int]
    graded: bool = False
    """Keyed by words (`Уровень риска | Периодичность` over `высокий | еженедельно`), matched in lower case."""


def keyed_legends(tables: list[Table]) -> list[Legend]:
    """Every table whose first column's cells are distinct short keys, two at least, under a header that
    names what they are (`Уровень`, `Cấp`), not a column of item numbers; or a few distinct grades named by
    a word each (`высокий | средний | низкий`), not substances (`Cao`, high, reads as CaO)."""
    out = []
    for i, table in enumerate(tables):
        if not table.header or words.role_of(table.header[0]) not in (None, "substance_code") or table.n_cols < 2:
            continue  # (`Код | Площадка`: keys, which no substance's code has the form of)
        firsts = [own_cell(table, r, 0) for r in range(len(table.rows))]
        keys = [m.group(1) if (m := LEGEND_KEY.match(t)) else None for t in firsts]
        if len(keys) >= MIN_CODES and all(keys) and len(set(keys)) == len(keys):
            out.append(Legend(i, table, {k: r for r, k in enumerate(keys)}))
            continue
        grades = [t.lower() for t in firsts]
        few = MIN_CODES <= len(grades) <= MAX_WORD_KEYS and len(set(grades)) == len(grades)
        if few and _says_what_grades_ask(table) and all(WORD_KEY.match(t) for t in grades) and sum(1 for t in firsts if match_substance(t)) * 2 < len(firsts):
            out.append(Legend(i, table, {k: r for r, k in enumerate(grades)}, graded=True))
    return out


GRADE_ASKS = frozenset({None, "frequency", "who", "responsible", "responsible_strict", "deadline", "subject"})
"""What the other columns of a table of grades say (how often, who, by when): a plan's points or substances
make it a plan that a register of points refers to, not a legend."""


def _says_what_grades_ask(table: Table) -> bool:
    return {words.role_of(h) for h in table.header[1:]} <= GRADE_ASKS


def cited_legend(table: Table, index: int, legends: list[Legend]) -> tuple[int, Legend] | None:
    """(column, legend) when a column of this table cites another table's rows by their keys (`Уровни
    контроля | I, II, III`): its header shares a word with the legend's key header, every filled cell lists
    keys of that legend. (The word may be another column's of the legend: `Площадка | ТЖФ` beside `Код |
    Площадка (оператор)`.)"""
    for legend in legends:
        if legend.index == index:
            continue
        heads = legend.table.header[:1] if legend.graded else legend.table.header
        stems = {w[:STEM].lower() for h in heads for w in re.findall(r"[^\W\d_]{3,}", h)}
        for k in range(table.n_cols):
            named = {w[:STEM].lower() for w in re.findall(r"[^\W\d_]{3,}", table.header[k])}
            filled = [t for r in range(len(table.rows)) if (t := own_cell(table, r, k))]
            if not (stems & named) or len(filled) < MIN_CODES:
                continue
            if legend.graded:  # grades: each cell one of them, some cited twice (a register, not a list of the same)
                if len(set(filled)) < len(filled) and all(t.lower() in legend.rows for t in filled):
                    return k, legend
            elif all(KEY_LIST.match(t) for t in filled) and all(key in legend.rows for t in filled for key in _keys(t)):
                return k, legend
    return None


def with_cited_rows(table: Table, cited: tuple[int, Legend] | None) -> Table:
    """The table with a row per key each row cites, the cited legend row's other columns after its own
    (`Резервуары СУГ | … | I` + `операторы | ежесменно | журнал`); unchanged when it cites none."""
    if cited is None:
        return table
    k, legend = cited
    extra = range(1, legend.table.n_cols)
    header = tuple(Cell(h) for h in (*table.header, *(legend.table.header[j] for j in extra)))
    named_only = legend.table.n_cols == 2  # `Код стадии | Наименование стадии`: names, no duty of their own to split by
    rows, pages = [], []
    for r in range(len(table.rows)):
        own = [own_cell(table, r, j) if table.rows[r][j] is not None else cell_text(table, r, j) for j in range(table.n_cols)]
        keys = _keys(own_cell(table, r, k))
        if named_only and len(keys) > 1:  # `ТП-3, ТП-5` beside a waste's amount: one row, the stages' names together
            names = [own_cell(legend.table, at, 1) for key in keys if (at := legend.rows.get(key.lower() if legend.graded else key)) is not None]
            rows.append(tuple(Cell(t) for t in (*own, "; ".join(names))))
            pages.append(table.row_pages[r] if table.row_pages else None)
            continue
        for key in keys or [None]:
            at = legend.rows.get(key.lower() if legend.graded else key) if key else None
            more = [own_cell(legend.table, at, j) if at is not None else "" for j in extra]
            rows.append(tuple(Cell(t) for t in (*own[:k], key or "", *own[k + 1 :], *more)))
            pages.append(table.row_pages[r] if table.row_pages else None)
    return replace(
        table, n_cols=len(header), header_rows=(header,), rows=tuple(rows), row_pages=tuple(pages) if table.row_pages else ()
    )


def _keys(text: str) -> list[str]:
    return [k for k in re.split(r"\s*[,;]\s*", text.strip()) if k]


def point_groups(tables: list[Table]) -> dict[str, list[str]]:
    """A group's name → its points, from every table that lists points (`М-1`, `NB1`) under a column of groups
    merged down over them (`Кольцо I | М-1`, `… | М-2`; `Vòng 1 (cách cầu cảng 200 m) | NB1`): the rings, zones
    or areas a programme may name instead of its points."""
    out: dict[str, list[str]] = {}
    for table in tables:
        rows = range(len(table.rows))
        for k in range(1, table.n_cols):
            ids = [own_cell(table, r, k) for r in rows]
            if len(ids) < MIN_CODES or len(set(ids)) < len(ids) or not all(POINT_ID.match(t) or SHORT_ID.fullmatch(t) for t in ids):
                continue
            for j in (k - 1, *(j for j in range(table.n_cols) if j not in (k, k - 1))):  # the column before, else any
                groups: dict[str, list[str]] = {}
                name = None
                for r in rows:  # a group merged down its points, or written once over them (a text file)
                    name = _group_key(cell(table, r, j)) or name
                    if name is not None:
                        groups.setdefault(name, []).append(ids[r])
                if len(groups) >= MIN_CODES and any(len(v) > 1 for v in groups.values()) and (j == k - 1 or _group_key(cell(table, 0, j))):
                    out.update(groups)
                    break
            break
    return out


def with_point_groups(table: Table, groups: dict[str, list[str]]) -> Table:
    """The table with each cell of a column that names the groups (`кольцо I (250 м)`, `Các điểm thuộc vòng 1`)
    written as the group's points (`М-1, М-2, М-3, М-4`), when two cells or more of the column do; unchanged
    otherwise, and the table that defines the groups is left as it is."""
    members = {m for ms in groups.values() for m in ms}
    if not groups or any(own_cell(table, r, k) in members for r in range(len(table.rows)) for k in range(table.n_cols)):
        return table
    rows = [list(r) for r in table.rows]
    changed = False
    for k in range(table.n_cols):
        named = {r: found for r in range(len(table.rows)) if (found := _members_named(own_cell(table, r, k), groups))}
        if len(named) < MIN_CODES:
            continue
        for r, found in named.items():
            cell = rows[r][k]
            rows[r][k] = Cell(", ".join(found), cell.row_span, cell.col_span)
            changed = True
    return replace(table, rows=tuple(tuple(r) for r in rows)) if changed else table


SHORT_ID = re.compile(r"[^\W\d_]{1,4}\s?[-–]?\s?\d{1,3}[^\W\d_]?")
"""A point's short id (`М-1`, `NB0`, `Ф-1`)."""


def _group_key(text: str) -> str | None:
    key = " ".join(re.sub(r"\([^()]*\)", " ", text).lower().split())
    return key if re.search(r"[^\W\d_]{3}", key) and len(key) <= 40 else None


def _members_named(text: str, groups: dict[str, list[str]]) -> list[str]:
    """The points of the group a cell names by its key as whole words, or by a one-word key starting a word
    (`фон` in `фоновая станция`); the longest key wins."""
    low = " ".join(text.lower().split())
    if not low:
        return []
    hits = [
        key
        for key in groups
        if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", low) or (" " not in key and re.search(rf"(?<!\w){re.escape(key)}", low))
    ]
    return groups[max(hits, key=len)] if hits else []
