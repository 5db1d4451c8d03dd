"""A store written by the previous version (schema 1) opens in place: the columns of contract 1.1 are added,
what it held is kept, and new documents fill the new columns."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from extractor.store import ingest_file, open_db
from extractor.store.schema import SCHEMA_VERSION

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "sample-pek-programme.docx"
ADDED = {
    "documents": ("issuer", "valid_from", "valid_to"),
    "wastes": ("code_system", "code_as_written"),
    "limits": ("limit_min", "limit_max", "column_label", "basis"),
}


def _as_version_1(path: Path) -> None:
    """What schema 1 looked like: none of the added columns, version 1."""
    conn = sqlite3.connect(path)
    with conn:
        for table, columns in ADDED.items():
            for column in columns:
                conn.execute(f"alter table {table} drop column {column}")
        conn.execute("update schema_version set version = 1")
    conn.close()


def test_a_version_1_store_upgrades_in_place(tmp_path):
    path = tmp_path / "old.db"
    db = open_db(path)
    ingest_file(db, SAMPLE)
    wastes_before = db.execute("select code, name from wastes order by id").fetchall()
    db.close()
    _as_version_1(path)

    db = open_db(path)
    for table, columns in ADDED.items():
        assert set(columns) <= {c.name for c in db[table].columns}
    assert db.execute("select max(version) from schema_version").fetchone() == (SCHEMA_VERSION,)
    assert db.execute("select code, name from wastes order by id").fetchall() == wastes_before
    assert wastes_before, "the sample has wastes"
    assert db.execute("select count(*) from wastes where code_system is not null").fetchone() == (0,)
    db.close()

    db = open_db(path)  # a second opening finds nothing to do
    assert db.execute("select count(*) from schema_version").fetchone() == (2,)
    db.close()


def test_new_documents_fill_the_added_columns(tmp_path):
    db = open_db(tmp_path / "new.db")
    ingest_file(db, SAMPLE)
    systems = {r[0] for r in db.execute("select code_system from wastes where code is not null")}
    assert systems == {"LoW"}
    db.close()
