"""Crash safety: `extractor ingest` killed with SIGKILL at moments spread over its run leaves no
partial document behind, and running it again stores every file exactly once."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
KILLS = ((0, 1.0), (0, 3.0), (2, 0.05), (3, 0.2), (5, 0.1), (6, 0.3))
"""(documents stored, then seconds more): kills in start-up, in the first document, and between and
inside later ones (each run skips what the killed runs stored)."""


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("sample-pek-programme.pdf", "sample-pek-programme.docx"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    text = (SAMPLES / "sample-pek-programme.txt").read_bytes()
    for n in range(6):
        (folder / f"programme-{n}.txt").write_bytes(text + f"\nПриложение {n}.\n".encode())
    return folder


def _ingest(inbox: Path, database: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "extractor", "ingest", str(inbox), "--db", str(database)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _wait_for(database: Path, stored: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 300
    while stored and time.monotonic() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(database, timeout=1) as con:
                if con.execute("select count(*) from documents").fetchone()[0] >= stored:
                    return
        except sqlite3.OperationalError:  # not created yet
            pass
        time.sleep(0.02)


def _check_whole(database: Path) -> int:
    """Every stored document is whole: its file, and as many items as its extraction lists. A kill
    while a new store creates its schema leaves no table at all (the schema is one transaction):
    that is an empty store, and it holds no documents."""
    with sqlite3.connect(database) as con:
        assert con.execute("pragma integrity_check").fetchone() == ("ok",)
        tables = {row[0] for row in con.execute("select name from sqlite_master where type = 'table'")}
        if "documents" not in tables:
            assert "schema_version" not in tables, tables  # never half a schema
            return 0
        documents = con.execute("select id, extraction from documents").fetchall()
        for document_id, extraction in documents:
            ex = json.loads(extraction)
            assert con.execute("select count(*) from document_files where document_id = ?", [document_id]).fetchone() == (1,)
            for table in ("obligations", "sources", "emissions", "wastes", "limits"):
                stored = con.execute(f"select count(*) from {table} where document_id = ?", [document_id]).fetchone()[0]
                assert stored == len(ex[table]), (document_id, table)
        for table in ("obligations", "sources", "document_files", "warnings"):
            orphans = con.execute(
                f"select count(*) from {table} where document_id not in (select id from documents)"
            ).fetchone()[0]
            assert orphans == 0, table
        return len(documents)


def test_killed_ingest_leaves_no_partial_document_and_a_rerun_completes(inbox, tmp_path):
    database = tmp_path / "crash.db"
    stored_after_kills = []
    for stored, delay in KILLS:
        proc = _ingest(inbox, database)
        _wait_for(database, stored, proc)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode in (-signal.SIGKILL, 0)  # 0: it had already finished
        if database.exists():
            stored_after_kills.append(_check_whole(database))
    print("documents stored after each kill:", stored_after_kills)
    assert len(set(stored_after_kills)) >= 3, f"the kills all came at one point: {stored_after_kills}"
    proc = _ingest(inbox, database)
    _, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 0, stderr.decode()
    files = sorted(inbox.iterdir())
    assert _check_whole(database) == len(files)
    with sqlite3.connect(database) as con:
        assert con.execute("select count(distinct sha256) from documents").fetchone() == (len(files),)


@pytest.mark.parametrize("state", ["empty file", "WAL mode, no tables"])
def test_a_store_killed_while_creating_its_schema_is_an_empty_store(inbox, tmp_path, state):
    """What a SIGKILL during the schema's creation leaves, made on purpose: ingest and queries treat it
    as an empty store and create the schema."""
    database = tmp_path / "new.db"
    if state == "empty file":
        database.write_bytes(b"")
    else:
        with sqlite3.connect(database) as con:
            con.execute("pragma journal_mode = wal")
    one = inbox / "programme-0.txt"
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "ingest", str(one), "--db", str(database)],
        cwd=ROOT,
        capture_output=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert _check_whole(database) == 1
    from extractor.store import open_db

    fresh = tmp_path / "fresh.db"
    fresh.write_bytes(b"")  # and a reader opening such a store finds it empty, not broken
    db = open_db(fresh)
    try:
        assert db["documents"].count == 0 and "schema_version" in db.table_names()
    finally:
        db.close()
