"""User corrections to extracted obligations, with an audit trail.

Every change is kept (who, when, old, new) and keyed by the document's sha256
and the obligation's id within its document, so that deleting and uploading
the same file again re-applies it.
"""

from __future__ import annotations

import datetime as dt
import json

import sqlite_utils

from extractor.errors import InputError, NotFound
from extractor.nlp.frequency import RRULE_BY_WORD, parse_frequency
from extractor.nlp.substances import match_substance
from extractor.store.schema import write_transaction

FREQUENCY_RRULES = RRULE_BY_WORD
TEXT_FIELDS = ("kind", "text", "actor", "deadline", "point", "number", "article")
FIELDS = (*TEXT_FIELDS, "frequency", "substances", "checked")
KINDS = ("monitoring", "reporting", "inspection", "requirement", "waste", "prohibition", "task", "other")


def correct(db: sqlite_utils.Database, obligation_id: int, field: str, value: str, author: str) -> dict:
    """Change one field of an obligation and record the change; returns the audit entry."""
    row = db.execute(
        "select o.local_id, d.sha256 from obligations o join documents d on d.id = o.document_id where o.id = ?",
        [obligation_id],
    ).fetchone()
    if row is None:
        raise NotFound(f"no obligation with id {obligation_id}")
    if field not in FIELDS:
        raise InputError(f"field {field!r} cannot be corrected; one of: {', '.join(FIELDS)}")
    author = (author or "").strip() or "anonymous"
    with write_transaction(db):
        old = current_value(db, obligation_id, field)
        new = apply_value(db, obligation_id, field, value)
        entry = {
            "obligation_id": obligation_id,
            "document_sha256": row[1],
            "local_id": row[0],
            "field": field,
            "old_value": old,
            "new_value": new,
            "author": author,
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        entry["id"] = db["corrections"].insert(entry).last_pk
    return entry


def current_value(db: sqlite_utils.Database, obligation_id: int, field: str) -> str | None:
    if field == "substances":
        rows = db.execute(
            "select coalesce(substance_code, substance_symbol, substance_name) from obligation_substances"
            " where obligation_id = ?",
            [obligation_id],
        ).fetchall()
        return json.dumps([r[0] for r in rows], ensure_ascii=False)
    value = db.execute(f"select {field} from obligations where id = ?", [obligation_id]).fetchone()[0]
    return None if value is None else str(value)


def apply_value(db: sqlite_utils.Database, obligation_id: int, field: str, value: str | None) -> str | None:
    """Write a corrected value, with what follows from it (a frequency's RRULE); returns it as stored."""
    value = (value or "").strip() or None
    if field == "frequency":
        word = value
        if value and value not in FREQUENCY_RRULES:
            parsed = parse_frequency(value)
            if parsed is None or parsed.word is None:
                raise InputError(
                    f"frequency {value!r} not understood; use one of: {', '.join(FREQUENCY_RRULES)}"
                )
            word = parsed.word
        rrule = FREQUENCY_RRULES.get(word) if word else None
        db.execute(
            "update obligations set frequency = ?, rrule = ? where id = ?", [word, rrule, obligation_id]
        )
        return word
    if field == "checked":
        flag = int(str(value).lower() in ("1", "true", "yes", "on"))
        db.execute("update obligations set checked = ? where id = ?", [flag, obligation_id])
        return str(flag)
    if field == "substances":
        names = (
            json.loads(value)
            if value and value.startswith("[")
            else [v for v in (value or "").split(";") if v]
        )
        db.execute("delete from obligation_substances where obligation_id = ?", [obligation_id])
        for name in names:
            m = match_substance(name.strip())
            s = m.substance if m else None
            db["obligation_substances"].insert(
                {
                    "obligation_id": obligation_id,
                    "substance_code": s.code if s else None,
                    "substance_cas": s.cas if s else None,
                    "substance_symbol": s.symbol if s else None,
                    "substance_name": s.name if s else name.strip(),
                }
            )
        return current_value(db, obligation_id, "substances")
    if field == "kind" and value not in KINDS:
        raise InputError(f"kind {value!r} unknown; one of: {', '.join(KINDS)}")
    db.execute(f"update obligations set {field} = ? where id = ?", [value, obligation_id])
    return value


def history(db: sqlite_utils.Database, obligation_id: int) -> list[dict]:
    return [
        dict(zip(("id", "field", "old_value", "new_value", "author", "at"), r, strict=True))
        for r in db.execute(
            "select id, field, old_value, new_value, author, at from corrections where obligation_id = ? order by id",
            [obligation_id],
        )
    ]
