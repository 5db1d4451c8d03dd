"""What the pages read from the store beyond the API's queries (read only, through `queries` or plain SQL)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import sqlite_utils

from extractor.store import queries as q

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
