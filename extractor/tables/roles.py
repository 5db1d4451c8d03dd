"""The role of a table, from what it holds: header words, cell contents and its caption.

One recogniser for every table of every document kind. Each role collects points
from three kinds of signal, none of which decides alone:

- header words (`extractor.columns`, language data in `nlp/lang/tables_<code>.py`):
  a waste-code column, a g/s column, a ПДК column, a frequency column …;
- cell contents (`profile`): waste codes, source numbers, substances, frequencies,
  figures, units, point ids, a BIN;
- the caption and the sentence before the table (`Таблица 3. Отходы …`, `Bảng 2. Giá
  trị giới hạn …`).

The best role wins when it has enough points, else the table is `other` and no item is
made from its rows. The confidence grows with the winner's points and with its lead over
the runner-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor import columns as words
from extractor.columns import column_roles, role_of
from extractor.model import Table, owner
from extractor.tables.profile import Profile, cell_text, is_blank, profile
from extractor.tables.task_columns import names_tasks, task_columns

ROLES = ("facility", "sources", "emissions", "wastes", "limits", "monitoring", "inspections", "tasks")
MIN_POINTS = 2.5
"""Fewer points than this for every role: the table is `other`."""

FACILITY_FIELDS = frozenset(
    {"bin", "kato", "oked", "category", "requisites", "coordinates", "address", "operator", "site", "name", "capacity"}
)
FACILITY_KEYS = frozenset({"bin", "kato", "oked", "category", "requisites", "coordinates", "address", "operator"})
"""Fields that only a facility card has (a name or a capacity alone could be anything's)."""


@dataclass(frozen=True)
class Recognition:
    """What a table was read as."""

    role: str
    confidence: float
    reader: str | None
    """The reader that reads its rows (`facility`, `key_value`, `sources`, `counts`, `emissions`, `wastes`,
    `limits`, `monitoring`, `inspections`, `tasks`), None for `other`."""
    columns: dict[str, int] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)


CONTEXT_WEIGHTS = (1.5, 1.0, 0.5)
"""Points for a role's words in the caption, in the lead-in sentence, in the nearest heading."""


def recognise(table: Table, context: tuple[str, ...] = ()) -> Recognition:
    """The role of `table`; `context` is its caption, the text just before it and the heading above it."""
    header = column_roles(table)
    prof = profile(table)
    kv = key_value_fields(table)
    scores = {role: 0.0 for role in ROLES}
    readers: dict[str, str] = {}
    hints = _hints(context)
    for role, points in hints.items():
        scores[role] += points
    hint = max(hints, key=hints.get) if hints else None

    # facility: a row with a column per field, or a card with a field per row
    row_fields = len(FACILITY_KEYS & header.keys())
    kv_keys = len(FACILITY_KEYS & set(kv))
    if row_fields >= kv_keys:
        scores["facility"] += min(4.0, 1.2 * row_fields)
        readers["facility"] = "facility"
    elif len(kv) >= 3 and kv_keys >= 1:
        scores["facility"] += min(4.5, 1.0 * len(kv) + 0.5 * kv_keys)
        readers["facility"] = "key_value"
    if prof.best("bins", 0.3) is not None or _kv_has_bin(table, kv):
        scores["facility"] += 1.0

    # sources and emissions
    source_col = header.get("source_number")
    if source_col is None:
        source_col = prof.best("source_numbers", 0.6, exclude=_taken(header, "source_number"))
        if source_col is not None:
            scores["sources"] += 2.0
    else:
        scores["sources"] += 3.0
    rates = ("g_s" in header) + ("t_y" in header)
    substance_col = _substance_column(header, prof)
    if counts_table(table):
        scores["sources"] += 3.5
        readers["sources"] = "counts"
    elif source_col is not None:
        readers["sources"] = "sources"
        if rates:
            scores["emissions"] = scores["sources"] + 1.0 + rates
            readers["emissions"] = "sources"
        elif "frequency" in header or prof.best("frequencies", 0.5) is not None:
            scores["monitoring"] = scores["sources"] + 1.0 + (hint == "monitoring")
            readers["monitoring"] = "sources"
    elif rates:
        scores["emissions"] += 1.5 * rates + (1.0 if substance_col is not None else 0.0)
        scores["emissions"] += 0.5 if "hazard_class" in header else 0.0
        readers["emissions"] = "emissions"

    # wastes
    if {"waste_code", "waste_name"} & header.keys():
        scores["wastes"] += 3.0
    elif prof.best("waste_codes", 0.5) is not None:
        scores["wastes"] += 2.5
    if scores["wastes"] or hint == "wastes":
        scores["wastes"] += 0.5 if ("amount" in header or "operation" in header) else 0.0
        readers["wastes"] = "wastes"
    if hint == "wastes" and ("amount" in header or "t_y" in header) and not source_col:
        scores["wastes"] += 1.0

    # limits and monitoring
    limit_cols = words.columns_of(table, "limit")
    frequency_col = header.get("frequency")
    if frequency_col is None:
        frequency_col = prof.best("frequencies", 0.5, exclude=_taken(header, "frequency"))
    has_substances = substance_col is not None
    if limit_cols:
        scores["limits"] += 2.0 + (0.5 if len(limit_cols) > 1 else 0.0)
    if "measured" in header:
        scores["limits"] += 1.0
    if has_substances and prof.count("numbers", 0.6) >= 1 and source_col is None:
        scores["limits"] += 1.0
    if "unit" in header or prof.best("units", 0.6) is not None:
        scores["limits"] += 0.5
    if has_substances:
        scores["limits"] += 0.5
        scores["monitoring"] += 1.0
    if "point" in header or prof.best("points", 0.5) is not None:
        scores["monitoring"] += 1.5
    if frequency_col is not None and source_col is None:
        scores["monitoring"] += 2.0
        scores["limits"] -= 1.0
    if not has_substances and frequency_col is None:
        scores["monitoring"] = min(scores["monitoring"], 1.0)
    readers.setdefault("limits", "limits")
    readers.setdefault("monitoring", "monitoring")

    # inspections and tasks
    if frequency_col is not None and not has_substances and ({"site", "name"} & header.keys()):
        scores["inspections"] += 2.5
    readers["inspections"] = "inspections"
    task_points = _task_points(table, header)
    scores["tasks"] += task_points
    readers["tasks"] = "tasks"

    columns = dict(header)
    for role, col in (("source_number", source_col), ("substance", substance_col), ("frequency", frequency_col)):
        if col is not None and role not in columns:
            columns[role] = col
    for role, kind in (("point", "points"), ("unit", "units")):
        if role not in columns and (col := prof.best(kind, 0.6, exclude=set(columns.values()))) is not None:
            columns[role] = col
    return _decide(scores, readers, columns)


def _decide(scores: dict[str, float], readers: dict[str, str], header: dict[str, int]) -> Recognition:
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, points), (_, second) = ranked[0], ranked[1]
    rounded = {k: round(v, 2) for k, v in scores.items() if v > 0}
    if points < MIN_POINTS or best not in readers:
        return Recognition("other", round(1.0 - min(1.0, max(points, 0.0) / MIN_POINTS) * 0.5, 2), None, header, rounded)
    lead = (points - max(second, 0.0)) / points
    confidence = min(1.0, points / 5.0) * (0.5 + 0.5 * lead)
    return Recognition(best, round(confidence, 2), readers[best], header, rounded)


def _hints(context: tuple[str, ...]) -> dict[str, float]:
    """Points per role whose words the caption, lead-in or heading use (the best place counts once)."""
    out: dict[str, float] = {}
    for text, weight in zip(context, CONTEXT_WEIGHTS, strict=False):
        low = words.flat(text)
        for role, pattern in words.compiled_labels("ROLE_WORDS"):
            if low and pattern.search(low):
                out[role] = max(out.get(role, 0.0), weight)
    return out


def _taken(header: dict[str, int], role: str) -> set[int]:
    return {col for r, col in header.items() if r != role}


def _substance_column(header: dict[str, int], prof: Profile) -> int | None:
    """The column of substances: by its header when its cells name substances or nothing else, else by content."""
    col = header.get("substance")
    if col is not None and (prof.columns[col].share("substances") >= 0.3 or prof.columns[col].filled == 0):
        return col
    found = prof.best("substances", 0.5, exclude=_taken(header, "substance"))
    return found if found is not None else col if col is not None and prof.columns[col].substances else None


def counts_table(table: Table) -> bool:
    """The table of source counts (`Наименование показателей | Всего`)."""
    header = words.flat(" ".join(table.header))
    return any(all(re.search(p, header) for p in pair) for pair in words.words("COUNT_TABLE_WORDS"))


def key_value_fields(table: Table) -> dict[str, int]:
    """field → body row, for a card of two columns (label | value); empty when the table is no such card.

    The label column is the first one that is not a row number; the value column the next one.
    A row counts when its label names a facility field (`БИН`, `Адрес`, `Tên cơ sở`, `Мекенжайы`)
    and its value is not empty.
    """
    cols = label_value_columns(table)
    if cols is None:
        return {}
    label_col, value_col = cols
    found: dict[str, int] = {}
    for r in range(len(table.rows)):
        label = cell_text(table, r, label_col)
        value = owner(table.rows, r, value_col)
        if not label or value is None or is_blank(value.text) or len(label) > 80:
            continue
        role = role_of(label)
        if role == "row_number":
            continue
        if role in FACILITY_FIELDS and role not in found:
            found[role] = r
    return found


def label_value_columns(table: Table) -> tuple[int, int] | None:
    """(label column, value column) of a two-column card, or None."""
    cols = [k for k in range(table.n_cols) if not _is_number_column(table, k)]
    if len(cols) != 2:
        return None
    return cols[0], cols[1]


def _is_number_column(table: Table, k: int) -> bool:
    values = [cell_text(table, r, k) for r in range(len(table.rows))]
    filled = [v for v in values if v]
    return bool(filled) and all(re.fullmatch(r"\d{1,3}[.)]?", v) for v in filled)


def _kv_has_bin(table: Table, kv: dict[str, int]) -> bool:
    if "bin" not in kv:
        return False
    cols = label_value_columns(table)
    return cols is not None and bool(re.search(r"\d{10,13}", cell_text(table, kv["bin"], cols[1]).replace(" ", "")))


def _task_points(table: Table, header: dict[str, int]) -> float:
    cols = task_columns(table)
    if cols is None:
        return 0.0
    points = 2.0 if cols.deadline is not None else 1.0
    points += 1.0 if cols.actor is not None else 0.0
    points += 1.0 if names_tasks(table, cols) else 0.0
    if {"substance", "waste_code", "waste_name", "source_number", "g_s", "limit"} & header.keys():
        points -= 2.0
    return points
