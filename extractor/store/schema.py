"""The SQLite schema: plain tables with readable names, usable from any SQLite tool.

One row per extracted item, each with the document it came from and its
facility; link tables for what an obligation concerns (substances, sources,
legal references, due dates); full-text search over obligation text with the
unicode61 tokenizer, which folds case and diacritics in Cyrillic and
Vietnamese alike. The reference substances are loaded from corpus/.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from extractor.nlp.substances import load_substances

SCHEMA_VERSION = 2
"""2: waste code systems, limit ranges and columns, permit issuers and terms (contract 1.1), points."""
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
PROVENANCE = {"page": int, "table_index": int, "row_index": int, "block_index": int}

TABLES: dict[str, dict] = {
    "facilities": {
        "columns": {
            "id": int,
            "name": str,
            "operator": str,
            "bin": str,
            "kato": str,
            "oked": str,
            "address": str,
            "lat": float,
            "lon": float,
            "category": str,
            "capacity": str,
            "created_at": str,
        },
        "pk": "id",
        "indexes": [["bin"], ["kato"]],
    },
    "documents": {
        "columns": {
            "id": int,
            "sha256": str,
            "filename": str,
            "format": str,
            "kind": str,
            "language": str,
            "title": str,
            "number": str,
            "date": str,
            "year": int,
            "pages": int,
            "issuer": str,
            "valid_from": str,
            "valid_to": str,
            "size_bytes": int,
            "facility_id": int,
            "superseded_by": int,
            "ingested_at": str,
            "extraction": str,
        },
        "pk": "id",
        "foreign_keys": [("facility_id", "facilities", "id"), ("superseded_by", "documents", "id")],
        "indexes": [["facility_id"], ["kind"]],
        "unique": [["sha256"]],
    },
    "document_files": {
        "columns": {"document_id": int, "content_type": str, "content": bytes},
        "pk": "document_id",
        "foreign_keys": [("document_id", "documents", "id")],
    },
    "document_facilities": {
        "columns": {"document_id": int, "facility_id": int},
        "pk": ("document_id", "facility_id"),
        "foreign_keys": [("document_id", "documents", "id"), ("facility_id", "facilities", "id")],
        "indexes": [["facility_id"]],
    },
    "sources": {
        "columns": {
            "id": int,
            "document_id": int,
            "facility_id": int,
            "number": str,
            "name": str,
            "site": str,
            "type": str,
            "lat": float,
            "lon": float,
            "monitoring": str,
            **PROVENANCE,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("facility_id", "facilities", "id")],
        "indexes": [["facility_id", "number"], ["document_id"]],
    },
    "substances": {
        "columns": {
            "id": int,
            "medium": str,
            "code": str,
            "cas": str,
            "symbol": str,
            "name": str,
            "name_en": str,
            "name_kk": str,
            "name_vi": str,
            "hazard_class": int,
            "aliases": str,
        },
        "pk": "id",
        "indexes": [["code"], ["symbol"]],
    },
    "emissions": {
        "columns": {
            "id": int,
            "document_id": int,
            "facility_id": int,
            "source_number": str,
            "substance_code": str,
            "substance_cas": str,
            "substance_symbol": str,
            "substance_name": str,
            "raw": str,
            "hazard_class": int,
            "g_s": float,
            "t_y": float,
            "period": str,
            **PROVENANCE,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("facility_id", "facilities", "id")],
        "indexes": [["facility_id"], ["document_id"], ["substance_code"]],
    },
    "wastes": {
        "columns": {
            "id": int,
            "document_id": int,
            "facility_id": int,
            "code": str,
            "hazardous": int,
            "name": str,
            "operation": str,
            "amount_t": float,
            "period": str,
            "code_system": str,
            "code_as_written": str,
            **PROVENANCE,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("facility_id", "facilities", "id")],
        "indexes": [["facility_id"], ["document_id"], ["code"]],
    },
    "limits": {
        "columns": {
            "id": int,
            "document_id": int,
            "facility_id": int,
            "substance_code": str,
            "substance_cas": str,
            "substance_symbol": str,
            "substance_name": str,
            "medium": str,
            "point": str,
            "value": float,
            "limit_value": float,
            "unit": str,
            "limit_min": float,
            "limit_max": float,
            "column_label": str,
            "basis": str,
            **PROVENANCE,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("facility_id", "facilities", "id")],
        "indexes": [["facility_id"], ["document_id"]],
    },
    "obligations": {
        "columns": {
            "id": int,
            "document_id": int,
            "facility_id": int,
            "local_id": str,
            "kind": str,
            "number": str,
            "article": str,
            "text": str,
            "actor": str,
            "modality": str,
            "frequency": str,
            "rrule": str,
            "deadline": str,
            "point": str,
            "language": str,
            **PROVENANCE,
            "superseded": int,
            "superseded_by": int,
            "checked": int,
        },
        "pk": "id",
        "foreign_keys": [
            ("document_id", "documents", "id"),
            ("facility_id", "facilities", "id"),
            ("superseded_by", "documents", "id"),
        ],
        "indexes": [["facility_id", "superseded"], ["document_id"], ["kind"], ["frequency"]],
        "defaults": {"superseded": 0, "checked": 0},
    },
    "obligation_substances": {
        "columns": {
            "obligation_id": int,
            "substance_code": str,
            "substance_cas": str,
            "substance_symbol": str,
            "substance_name": str,
        },
        "foreign_keys": [("obligation_id", "obligations", "id")],
        "indexes": [["obligation_id"], ["substance_code"], ["substance_symbol"]],
    },
    "obligation_sources": {
        "columns": {"obligation_id": int, "source_number": str},
        "foreign_keys": [("obligation_id", "obligations", "id")],
        "indexes": [["obligation_id"], ["source_number"]],
    },
    "obligation_due_dates": {
        "columns": {"obligation_id": int, "due_date": str},
        "foreign_keys": [("obligation_id", "obligations", "id")],
        "indexes": [["obligation_id"], ["due_date"]],
    },
    "legal_refs": {
        "columns": {
            "id": int,
            "document_id": int,
            "text": str,
            "act": str,
            "number": str,
            "article": str,
            "clause": str,
            "subclause": str,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id")],
        "indexes": [["document_id"], ["article"]],
    },
    "obligation_legal_refs": {
        "columns": {"obligation_id": int, "legal_ref_id": int},
        "foreign_keys": [("obligation_id", "obligations", "id"), ("legal_ref_id", "legal_refs", "id")],
        "indexes": [["obligation_id"], ["legal_ref_id"]],
    },
    "points": {
        "columns": {
            "id": int,
            "document_id": int,
            "facility_id": int,
            "name": str,
            "lat": float,
            "lon": float,
            "x": float,
            "y": float,
            "crs": str,
            **PROVENANCE,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id"), ("facility_id", "facilities", "id")],
        "indexes": [["facility_id"], ["document_id"]],
    },
    "warnings": {
        "columns": {"id": int, "document_id": int, "code": str, "message": str, **PROVENANCE},
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id")],
        "indexes": [["document_id"]],
    },
    "corrections": {
        "columns": {
            "id": int,
            "obligation_id": int,
            "document_sha256": str,
            "local_id": str,
            "field": str,
            "old_value": str,
            "new_value": str,
            "author": str,
            "at": str,
        },
        "pk": "id",
        "foreign_keys": [("obligation_id", "obligations", "id")],
        "indexes": [["obligation_id"], ["document_sha256", "local_id"]],
    },
}
ITEM_TABLES = ("sources", "emissions", "wastes", "limits", "points", "obligations", "legal_refs", "warnings")


BUSY_TIMEOUT_S = 60.0


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A transaction that takes the write lock when it begins (`BEGIN IMMEDIATE`).

    A deferred transaction that reads, then writes, may find another writer got there first and
    fail with "database is locked" without waiting; taking the lock up front makes concurrent
    uploads queue. Inside, sqlite-utils' `atomic()` nests as savepoints.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.execute("COMMIT")


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating when new) the store at `path`; WAL mode, foreign keys on, schema in place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # One connection per request or command; the API may close it on another worker thread than opened it.
    # Writers queue on the write lock for up to BUSY_TIMEOUT_S instead of failing at once.
    db = sqlite_utils.Database(sqlite3.connect(path, check_same_thread=False, timeout=BUSY_TIMEOUT_S))
    db.execute("PRAGMA foreign_keys = ON")
    _enable_wal(db)
    ensure_schema(db)
    return db


def _enable_wal(db: sqlite_utils.Database) -> None:
    """Switch a new store to WAL. Switching takes the database alone and SQLite does not wait for it
    (no busy timeout applies), so two processes opening a new store at once retry for a while."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            db.enable_wal()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def ensure_schema(db: sqlite_utils.Database) -> None:
    if "schema_version" in db.table_names():
        if _version(db) < SCHEMA_VERSION:
            upgrade(db)
        return
    with write_transaction(db):
        if "schema_version" in db.table_names():  # another process created it while this one waited
            return
        for name, spec in TABLES.items():
            _create(db, name, spec)
        db["obligations"].enable_fts(["text", "actor"], tokenize=FTS_TOKENIZER, create_triggers=True)
        load_reference(db)
        db["schema_version"].insert({"version": SCHEMA_VERSION})


def _create(db: sqlite_utils.Database, name: str, spec: dict) -> None:
    table = db.create_table(
        name,
        spec["columns"],
        pk=spec.get("pk"),
        foreign_keys=spec.get("foreign_keys"),
        defaults=spec.get("defaults"),
        if_not_exists=True,
    )
    for columns in spec.get("indexes", []):
        table.create_index(columns, if_not_exists=True)
    for columns in spec.get("unique", []):
        table.create_index(columns, unique=True, if_not_exists=True)


def _version(db: sqlite_utils.Database) -> int:
    row = db.execute("select max(version) from schema_version").fetchone()
    return int(row[0] or 0)


def upgrade(db: sqlite_utils.Database) -> None:
    """Bring a store of an earlier version up to this one in place: the columns added since, then the version."""
    with write_transaction(db):
        if _version(db) >= SCHEMA_VERSION:  # another process upgraded it while this one waited
            return
        for name, spec in TABLES.items():
            if name not in db.table_names():
                _create(db, name, spec)
                continue
            have = {col.name for col in db[name].columns}
            for column, kind in spec["columns"].items():
                if column not in have:
                    db[name].add_column(column, kind)
        db["schema_version"].insert({"version": SCHEMA_VERSION})


def load_reference(db: sqlite_utils.Database) -> None:
    db["substances"].insert_all(
        {
            "medium": s.medium,
            "code": s.code,
            "cas": s.cas,
            "symbol": s.symbol,
            "name": s.name,
            "name_en": s.name_en,
            "name_kk": s.name_kk,
            "name_vi": s.name_vi,
            "hazard_class": s.hazard_class,
            "aliases": json.dumps(list(s.aliases), ensure_ascii=False),
        }
        for s in load_substances()
    )
