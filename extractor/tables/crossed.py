"""Emission tables turned on their side: a column per pollutant (its code, name and hazard class in
rows over it), a row per source, and each cell holding both rates with their units (`0,0319 г/с
0,59 т/г`, `1,42 g/s 36,8 tấn/năm`). Unfolded here into a row per source and pollutant, so the
sources and emissions readers read them as they read any table. Also a column per pollutant over a
row per month or part of one source's emission, whose last rows give the totals (`Итого за сезон, т`,
`Максимальный разовый выброс, г/с`): the totals are the emissions, the months only their parts.
"""

from __future__ import annotations

import re

from extractor.columns import is_total, note_columns, role_of
from extractor.context import is_blank
from extractor.model import Cell, Table
from extractor.tables.emissions import G_S_WORD, T_Y_WORD, hazard_class_cell, hazard_class_of, table_substance
from extractor.tables.forms import SOURCE_HEADER, reshaped_as
from extractor.tables.spread import YEAR_TITLE
from extractor.tables.transpose import text_at

RATE = re.compile(r"(\d[\d\s\u00a0]*(?:[.,]\d+)?)\s*([^\W\d_]+\s*/\s*[^\W\d_]+)")
"""A figure and the unit after it (`0,0319 г/с`, `36,8 tấn/năm`)."""

MIN_COLUMNS = 2
POLLUTANT_FIELDS = frozenset({"hazard_class", "substance_code", "cas", "unit"})
"""Labels of rows that say more of each pollutant column, not of the sources' columns below them."""
"""Columns of paired rates it takes to call a table turned."""

HEADERS = ("Код ЗВ", "Загрязняющее вещество", "Класс опасности", "г/с", "т/год")
"""The headers the unfolded table gives its new columns (words the language data knows)."""


def rates_in_cell(text: str) -> tuple[str, str] | None:
    """(g/s, t/y) figures of a cell that gives both, each with its unit; None otherwise."""
    found: dict[str, str] = {}
    for m in RATE.finditer(text or ""):
        unit = re.sub(r"\s+", "", m.group(2))
        kind = "g_s" if G_S_WORD.fullmatch(unit) else "t_y" if T_Y_WORD.fullmatch(unit) else None
        if kind and kind not in found:
            found[kind] = m.group(1).strip()
    return (found["g_s"], found["t_y"]) if len(found) == 2 else None


FIGURE = r"\d[\d\u00a0]*(?:[.,]\d+)?(?:\s*[·×]\s*10\s*[-−⁻]?\s*[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)?"
STACKED = re.compile(rf"^\s*({FIGURE})\s*(?:\n|[/;])\s*({FIGURE})\s*$")
"""Two figures a cell stacks, on two lines or over a slash (`0,0218⏎0,114`, `0,0218 / 0,114`)."""
SPACED = re.compile(rf"^\s*(\d+[.,]\d+(?:\s*[·×]\s*10\s*[-−⁻]?\s*[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)?)\s+({FIGURE})\s*$")
"""The same two lines as a text file writes them, a space between (the first a decimal, not `1 200`)."""


def stacked_order(said: str) -> tuple[str, str] | None:
    """Which rate a cell of two figures gives first, as a legend, a caption or a header says it (`верхняя
    строка – г/с; нижняя строка – т/год`, `dòng trên là g/s, dòng dưới là tấn/năm`, `г/с / т/год`); None
    when nothing names both units in one sentence."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", said):
        g, t = G_S_WORD.search(sentence), T_Y_WORD.search(sentence)
        if g and t:
            return ("g_s", "t_y") if g.start() < t.start() else ("t_y", "g_s")
    return None


def stacked_rates(text: str, order: tuple[str, str] | None) -> tuple[str, str] | None:
    """(g/s, t/y) of a cell of two bare figures in the order said, None otherwise."""
    if order is None or (m := STACKED.match(text or "") or SPACED.match(text or "")) is None:
        return None
    found = dict(zip(order, (m.group(1), m.group(2)), strict=True))
    return found["g_s"], found["t_y"]


def turned_emissions(table: Table, said: str = "") -> Table | None:
    """The table unfolded into `sources… | pollutant | class | g/s | t/y` rows, or None when it is not
    a turned emissions table (two columns of paired rates at least, headed by distinct pollutants). `said`
    is the text around the table, which may say which of two bare figures in a cell is which rate."""
    grid = [*table.header_rows, *table.rows]
    order = stacked_order(" ".join([said, *table.header]))
    rates = {
        (r, k): found
        for r in range(len(grid))
        for k in range(table.n_cols)
        if (found := rates_in_cell(text := text_at(grid, r, k)) or stacked_rates(text, order)) is not None
    }
    cols = sorted({k for _, k in rates})
    if len(cols) < MIN_COLUMNS:
        return None
    first = min(r for r, _ in rates)
    heads = {k: [t for r in range(first) if (t := text_at(grid, r, k)) and (r == 0 or t != text_at(grid, r - 1, k))] for k in cols}
    pollutants = {k: _pollutant(parts) for k, parts in heads.items()}
    if len({(s.code, s.symbol, s.name) for s, *_ in pollutants.values() if s is not None}) < MIN_COLUMNS:
        return None
    keys = [k for k in range(table.n_cols) if k not in cols]
    key_heads = [
        next((t for r in range(first - 1, -1, -1) if (t := text_at(grid, r, k)) and role_of(t) not in POLLUTANT_FIELDS), "")
        for k in keys
    ]  # not the label of a row of classes across the pollutants (`Класс опасности | | 2 | 3`)
    if keys and key_heads and not key_heads[0]:
        key_heads[0] = SOURCE_HEADER
    rows = []
    for r in range(first, len(grid)):
        texts = [text_at(grid, r, k) for k in keys]
        if any(is_total(t) for t in texts if t) or not any(texts):
            continue
        for k in cols:
            if (r, k) not in rates or pollutants[k][0] is None:
                continue
            _, code, name, hazard = pollutants[k]
            g_s, t_y = rates[r, k]
            rows.append((*(Cell(t) for t in texts), Cell(code), Cell(name), Cell(hazard), Cell(g_s), Cell(t_y)))
    if not rows:
        return None
    head = (*(Cell(t) for t in key_heads), *(Cell(h) for h in HEADERS))
    return reshaped_as(table, head, tuple(rows))


def blocked_emissions(table: Table) -> Table | None:
    """A column per pollutant with the rates in blocks of rows, each under a title row that names its unit
    (`Максимально-разовые выбросы, г/с` over the sources, then `Валовые выбросы, т/год` over them again),
    unfolded into `sources… | pollutant | class | g/s | t/y` rows; None when the table is not one."""
    grid = [*table.header_rows, *table.rows]
    titles: dict[int, str] = {}
    for r in range(len(grid)):
        texts = [text_at(grid, r, k) for k in range(table.n_cols)]
        filled = {t for t in texts if t}
        if len(filled) == 1 and (t := filled.pop()) and not re.search(r"\d[.,]\d", t):
            kind = "g_s" if G_S_WORD.search(t) else "t_y" if T_Y_WORD.search(t) else None
            if kind:
                titles[r] = kind
    if set(titles.values()) != {"g_s", "t_y"}:
        return None
    first = min(titles)
    heads = {k: [t for r in range(first) if (t := text_at(grid, r, k))] for k in range(table.n_cols)}
    pollutants = {k: found for k, parts in heads.items() if parts and (found := _pollutant(parts))[0] is not None}
    if len({(s.code, s.symbol, s.name) for s, *_ in pollutants.values()}) < MIN_COLUMNS:
        return None
    notes = note_columns(table)
    keys = [k for k in range(table.n_cols) if k not in pollutants and k not in notes]  # a remark is no key of a source
    rates: dict[tuple[str, ...], dict[int, dict[str, str]]] = {}
    kind = None
    for r in range(first, len(grid)):
        if r in titles:
            kind = titles[r]
            continue
        key = tuple(text_at(grid, r, k) for k in keys)
        if kind is None or not any(key) or any(is_total(t) for t in key if t):
            continue
        for k in pollutants:
            if not is_blank(value := text_at(grid, r, k)) and value:
                rates.setdefault(key, {}).setdefault(k, {})[kind] = value
    rows = [
        (*(Cell(t) for t in key), Cell(code), Cell(name), Cell(hazard), Cell(got.get("g_s", "")), Cell(got.get("t_y", "")))
        for key, by_column in rates.items()
        for k, got in by_column.items()
        for _, code, name, hazard in [pollutants[k]]
    ]
    if not rows:
        return None
    key_heads = [next((t for t in reversed(heads[k]) if t), "") for k in keys]
    if key_heads and not key_heads[0]:
        key_heads[0] = SOURCE_HEADER
    head = (*(Cell(t) for t in key_heads), *(Cell(h) for h in HEADERS))
    return reshaped_as(table, head, tuple(rows))


MASS = re.compile(r"(?<![^\W\d_])(т|тонн\w*|tấn|t|kg|кг)\.?(?![^\W\d_]|\s*/)", re.I)
"""A mass with no time after it (`Итого за сезон, т`, `Tổng cộng năm (kg)`): the total over the rows' period."""

MIN_PARTS = 2
"""Rows of parts (months, machines) over the totals it takes to read a table by its totals."""


def totalled_emissions(table: Table, context: tuple[str, ...] = ()) -> Table | None:
    """`pollutant | class | g/s | t/y` rows from a column per pollutant over rows of months or parts and the
    rows that total them (a sum with its mass unit, a largest one-off rate in g/s); None when the table is
    not one. The unit of the sum is its row's, else the column's (`kg` under the name), else the caption's."""
    if any(role_of(h) in ("waste_code", "waste_name") for h in table.header):
        return None  # `Қалдық коды | Қалдықтың атауы | … | Цех бойынша жиыны, т`: wastes and their subtotals
    grid = [*table.header_rows, *table.rows]
    first = len(table.header_rows)
    while first < len(grid) and _heads_more(grid[first]):
        first += 1  # `| | код 2908 | код 0301`: a row of codes a text file left under its header
    pollutants = {
        k: found for k in range(table.n_cols)
        if (parts := _heads(grid, first, k)) and (found := _pollutant(parts))[0] is not None
    }
    if not pollutants or first == 0:
        return None
    notes = note_columns(table)
    keys = [k for k in range(table.n_cols) if k not in pollutants and k not in notes]  # a remark is no key of a source
    if not keys:
        return None
    kinds: dict[int, str] = {}
    classes: list[int] = []  # `Класс опасности | 4 | – | 3`: a row of the pollutants' classes, no part
    unit = None
    for r in range(first, len(grid)):
        label = " ".join(t for k in keys if (t := text_at(grid, r, k)))
        role, total = role_of(label), is_total(label)
        if role == "hazard_class":
            classes.append(r)
        elif role == "g_s" and not total:
            kinds[r] = "g_s"
        elif role == "t_y" or total:
            kinds[r] = "t_y"
            unit = unit or ("t/y" if role == "t_y" else _mass(label))
    parts = len(grid) - first - len(kinds) - len(classes)
    if not kinds or parts < MIN_PARTS or min(kinds) < first + MIN_PARTS:
        return None
    heads = [p for k in pollutants for p in _heads(grid, first, k)]
    if any(role_of(p) in ("g_s", "t_y") for p in heads):
        return None  # `Выброс, т/год` over the pollutants: rate columns, which the emissions reader reads
    unit = unit or next((m for p in heads if (m := _mass(p, whole=True))), None) or _mass(" ".join(context[:1]), end=True)
    if "t_y" in kinds.values() and unit is None and "g_s" not in kinds.values():
        return None  # a sum of what, nobody says
    rows = []
    for k, (_, code, name, hazard) in pollutants.items():
        got = {kind: text_at(grid, r, k) for r, kind in kinds.items()}
        t_y = got.get("t_y", "") if unit else ""
        if not (got.get("g_s") or t_y):
            continue
        hazard = hazard or next((t for r in classes if re.fullmatch(r"[1-4]", t := text_at(grid, r, k).strip())), "")
        rows.append((Cell(code), Cell(name), Cell(hazard), Cell(got.get("g_s", "")), Cell(t_y)))
    if not rows:
        return None
    head = (*HEADERS[:-1], "Выброс, кг/год" if unit == "kg" else HEADERS[-1])  # the reader turns kg into t
    return reshaped_as(table, tuple(Cell(h) for h in head), tuple(rows))


def _heads_more(row) -> bool:
    """A row that only gives codes or mass units: more header, not a row of figures."""
    texts = [c.text.strip() for c in row if c is not None and c.text.strip()]
    return bool(texts) and all(_code(t) or MASS.fullmatch(t) for t in texts)


def _heads(grid, first: int, k: int) -> list[str]:
    """The cells over column `k`, each once."""
    return list(dict.fromkeys(t for r in range(first) if (t := text_at(grid, r, k))))


def _mass(text: str, whole: bool = False, end: bool = False) -> str | None:
    """`t` or `kg` for the mass a text gives: anywhere in it, as the whole of it, or at its end."""
    text = (text or "").strip()
    if whole:
        m = MASS.fullmatch(text)
    elif end:
        m = re.search(rf"(?:{MASS.pattern})\s*\)?$", text, re.I)
    else:
        m = next(reversed(list(MASS.finditer(text))), None)
    return None if m is None else "kg" if m.group(1).lower() in ("kg", "кг") else "t"


def _pollutant(parts: list[str]):
    """(substance, code, name as written, hazard class) from the cells over a column; the code alone
    (`0301`) or after the code column's word (`код 0301`)."""
    code = next((m.group(0) for p in parts if (m := _code(p))), "")
    if code and any(role_of(p) == "price" for p in parts):
        return (None, code, "", "")  # `Объем финансирования, тыс. тенге: 2026 | 2027`: the years money is spent in
    parts = [p for p in parts if not _code(p) and not MASS.fullmatch(p.strip())]
    hazard = next((str(h) for p in parts if (h := _hazard(p)) is not None), "")
    names = [p for p in parts if _hazard(p) is None]
    name = names[-1] if names else code
    if YEAR_TITLE.fullmatch(name.strip()):
        return (None, code, "", "")  # `2026 год` over `I | II | III | IV`: a year's quarters, no pollutant 2026
    found = table_substance(name, code) if name else None
    known = found is not None and (found.code or found.symbol)
    return (found if known else None, code, name, hazard)


def _code(part: str) -> re.Match[str] | None:
    """The pollutant's code a cell over a column gives: `0301`, `код 0301`, `коды 0301`."""
    m = re.search(r"(?<!\d)\d{4}(?!\d)", part)
    if m is None:
        return None
    rest = (part[: m.start()] + part[m.end() :]).strip(" :.-–")
    return m if not rest or role_of(rest) == "substance_code" else None


def _hazard(part: str) -> int | None:
    """The hazard class a cell over a column gives (`2`, `2 класс опасности`), None for a name."""
    found = hazard_class_cell(part)
    return found if found is not None or len(part.split()) > 4 else hazard_class_of(part)


LISTED_RATE = re.compile(
    rf"(?P<code>(?<!\d)\d{{4}})\s+(?P<name>[^\n]+?)\s*(?:\(\s*(?:[^\W\d_]+\.?\s*)?(?P<cls>[1-4]|I{{1,3}}|IV)\s*(?:-?\s*[^\W\d_]+)?\s*\)\s*)?"
    rf"[–—-]\s*(?P<gs>{FIGURE})\s*(?P<gu>[^\W\d_]+\s*/\s*[^\W\d_]+)\s*[;,]\s*(?P<ty>{FIGURE})\s*(?P<tu>[^\W\d_]+\s*/\s*[^\W\d_]+)"
)
"""One pollutant of a list in a cell, with its rates: `0301 Азота диоксид (кл. 2) – 0,0432 г/с; 1,66 т/год`."""
NAMED_RATE = re.compile(
    rf"(?P<name>[^\s:;][^:;]*?):\s*(?P<gs>{FIGURE})\s*(?P<gu>[^\W\d_]+\s*/\s*[^\W\d_]+)\s*\(\s*(?P<ty>{FIGURE})\s*(?P<tu>[^\W\d_]+\s*/\s*[^\W\d_]+)\s*\)"
)
"""One pollutant named without its code, the yearly rate in brackets: `Bụi tổng: 0,151 g/s (4,43 tấn/năm)`."""


def listed_emissions(table: Table) -> Table | None:
    """A row per source and pollutant where one column lists a source's pollutants with their rates, several to a cell
    (`0301 Азота диоксид (кл. 2) – 0,0432 г/с; 1,66 т/год ⏎ 0304 …`); None unless most filled cells of a column do."""
    col = None
    for k in range(table.n_cols):
        filled = [t for r in range(len(table.rows)) if (t := text_at(table.rows, r, k)) and t.strip()]
        if not any(G_S_WORD.search(re.sub(r"\s*/\s*", "/", t)) for t in filled):
            continue  # no rate in the column: no list of rates to parse
        items = [list(_listed(t)) for t in filled]
        if filled and sum(1 for x in items if x) * 4 >= len(filled) * 3 and sum(len(x) for x in items) >= 2:
            col = k
            break
    if col is None:
        return None
    kept = [k for k in range(table.n_cols) if k != col]
    head = [table.header[k] for k in kept] + ["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Выброс, г/с", "Выброс, т/год"]
    rows = []
    for r in range(len(table.rows)):
        own = [text_at(table.rows, r, k) for k in kept]
        for m in _listed(text_at(table.rows, r, col)):
            code, hazard = (m.group("code"), m.group("cls") or "") if "code" in m.re.groupindex else ("", "")
            rows.append(tuple(Cell(t) for t in (*own, code, m.group("name").strip(" ,;"), hazard, m.group("gs"), m.group("ty"))))
    if not rows:
        return None
    return Table(n_cols=len(head), rows=tuple(rows), header_rows=(tuple(Cell(h) for h in head),), caption=table.caption,
                 page_start=table.page_start, page_end=table.page_end)


def _listed(text: str):
    """The pollutants with their rates a cell lists, in order; those whose units are a g/s and a t/y only."""
    text = " ".join((text or "").split())
    for pattern in (LISTED_RATE, NAMED_RATE):
        found = [m for m in pattern.finditer(text) if G_S_WORD.fullmatch(re.sub(r"\s+", "", m.group("gu"))) and T_Y_WORD.fullmatch(re.sub(r"\s+", "", m.group("tu")))]
        if found:
            yield from found
            return
