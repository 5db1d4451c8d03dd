"""What the pages read from the store beyond the API's queries (read only, through `queries` or plain SQL),
and what the facility page makes of it: the overview on top, obligations grouped by document."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import sqlite_utils

from extractor.store import queries as q
from extractor.tables.limit_cells import medium_of

ITEM_TABLES = ("sources", "emissions", "wastes", "limits")


def document_model(db: sqlite_utils.Database, document_id: int) -> dict[str, Any] | None:
    """The stored document model; for a document stored without one, the original file parsed again
    (the same reader gives the same blocks, so the provenance indexes still point at them)."""
    try:
        model = q.document_model(db, document_id)
    except (KeyError, json.JSONDecodeError):  # a store without the `model` column
        model = None
    if model is not None:
        return model
    filename, _, content = q.document_file(db, document_id)
    return _parsed(q.document(db, document_id)["sha256"], filename, content)


@lru_cache(maxsize=8)
def _parsed(sha256: str, filename: str, content: bytes) -> dict[str, Any] | None:
    """Parsing a long PDF takes seconds: keep the last few, keyed by the file's hash."""
    from extractor.errors import ExtractorError
    from extractor.model import to_dict
    from extractor.reading import parse_bytes

    try:
        return to_dict(parse_bytes(content, filename))
    except ExtractorError:
        return None


def recent_documents(db: sqlite_utils.Database, limit: int = 20) -> list[dict[str, Any]]:
    """The last documents stored, newest first, with their facility's name."""
    total, _ = q.documents(db, limit=1)
    _, items = q.documents(db, limit=limit, offset=max(0, total - limit))
    return with_facility_names(db, list(reversed(items)))


def all_documents(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    _, items = q.documents(db, limit=1000)
    return with_facility_names(db, items)


def with_facility_names(db: sqlite_utils.Database, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    names = dict(db.execute("select id, name from facilities").fetchall())
    return [{**d, "facility_name": names.get(d["facility_id"])} for d in items]


def item_counts(db: sqlite_utils.Database, document_id: int) -> dict[str, int]:
    """How many items of each kind a document gave (as the upload result reports them)."""
    counts = {}
    for table in (*ITEM_TABLES, "obligations", "warnings"):
        sql = f"select count(*) from {table} where document_id = ?"
        counts[table] = db.execute(sql, [document_id]).fetchone()[0]
    return counts


def anchor(item: dict[str, Any], ids: set[str]) -> str | None:
    """The id of the element in the document view that an item came from: its table row, else its table,
    else its block, else its page — the most precise one that the view has."""
    ti, ri, bi, page = (item.get(k) for k in ("table_index", "row_index", "block_index", "page"))
    candidates = []
    if ti is not None and ri is not None:
        candidates.append(f"t{ti}-r{ri}")
    if ti is not None:
        candidates.append(f"t{ti}")
    if bi is not None:
        candidates.append(f"b{bi}")
    if page is not None:
        candidates.append(f"p{page}")
    return next((c for c in candidates if c in ids), None)


# ------------------------------------------------------------------ the facility page's overview

MEDIUM_FAMILY = {
    "flue_gas": "air",
    "air": "air",
    "water": "water",
    "waste_water": "waste_water",
    "soil": "soil",
}
"""Media as the overview counts them: a stack's flue gas is the air's."""
NO_MEDIUM = "none"


def obligation_medium(o: dict[str, Any]) -> str:
    """What an obligation is about, for counting: waste handling is `waste`; else the medium its words
    name (`Атмосферный воздух: т.1 …`, `Почва: Кт.1 …`, `nước thải`); else air when it names emission
    sources or coded pollutants (the 4-digit codes are those of air); else `none` (general duties)."""
    if o.get("kind") == "waste":
        return "waste"
    said = medium_of(o.get("text") or "")
    if said in MEDIUM_FAMILY:
        return MEDIUM_FAMILY[said]
    if o.get("source_numbers") or any(s.get("code") for s in o.get("substances") or []):
        return "air"
    return NO_MEDIUM


@dataclass(frozen=True)
class Overview:
    """What an engineer reads first about a facility: how many duties of which kind and medium, what is
    due next, what is overdue, and what the extraction warned about."""

    total: int
    by_kind: list[tuple[str, int]]
    by_medium: list[tuple[str, int]]
    upcoming: list[tuple[dt.date, dict[str, Any]]]
    """Each obligation once, at its next due date, soonest first (at most `shown`)."""
    upcoming_total: int
    overdue: list[tuple[dt.date, dict[str, Any]]]
    """Obligations not marked checked with a due date already past, at their latest such date, oldest first."""
    recurring: int
    """Recurring duties without dates of their own (their occurrences are in the calendar)."""
    warnings: list[dict[str, Any]]


def overview(
    obligations: list[dict[str, Any]], warnings: list[dict[str, Any]], today: dt.date, shown: int = 5
) -> Overview:
    """The overview of a facility's current obligations on `today`. "Checked" is the one mark of done that
    the store keeps, so a checked obligation is never overdue; its next dates still count as upcoming."""
    upcoming, overdue = [], []
    for o in obligations:
        dates = sorted({d for d in map(_date, o.get("due_dates") or []) if d is not None})
        ahead = [d for d in dates if d >= today]
        past = [d for d in dates if d < today]
        if ahead:
            upcoming.append((ahead[0], o))
        if past and not o.get("checked"):
            overdue.append((past[-1], o))
    upcoming.sort(key=lambda pair: (pair[0], pair[1]["id"]))
    overdue.sort(key=lambda pair: (pair[0], pair[1]["id"]))
    return Overview(
        total=len(obligations),
        by_kind=_counted(o["kind"] for o in obligations),
        by_medium=_counted(map(obligation_medium, obligations), last=NO_MEDIUM),
        upcoming=upcoming[:shown],
        upcoming_total=len(upcoming),
        overdue=overdue,
        recurring=sum(1 for o in obligations if o.get("rrule") and not o.get("due_dates")),
        warnings=warnings,
    )


def _counted(values: Iterable[str], last: str | None = None) -> list[tuple[str, int]]:
    """(value, count), the most frequent first; `last` (the "no medium" bucket) after the others."""
    counts = Counter(values)
    return sorted(counts.items(), key=lambda item: (item[0] == last, -item[1], item[0]))


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value or "")
    except ValueError:
        return None


# ------------------------------------------------------------------ obligations by document


def document_groups(obligations: list[dict[str, Any]]) -> list[tuple[int, list[dict[str, Any]]]] | None:
    """The obligations as runs of one document each, when the order keeps every document's together (the
    default order, or by number or document): the table then names each document once, above its rows.
    None when a sort mixes documents, and each row names its document by a short label instead."""
    groups: list[tuple[int, list[dict[str, Any]]]] = []
    for o in obligations:
        if groups and groups[-1][0] == o["document_id"]:
            groups[-1][1].append(o)
        elif any(g[0] == o["document_id"] for g in groups):
            return None
        else:
            groups.append((o["document_id"], [o]))
    return groups


def short_labels(documents: dict[int, dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """A short name for each document (its kind and year; with its id when two would read the same), for
    rows where the full title, often a paragraph long, would repeat in every row."""
    key = {i: (d.get("kind"), d.get("year")) for i, d in documents.items()}
    seen = Counter(key.values())
    return {
        i: {"kind": d.get("kind"), "year": d.get("year"), "id": i if seen[key[i]] > 1 else None}
        for i, d in documents.items()
    }
