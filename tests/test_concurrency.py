"""Twenty clients at once against a real server: uploads (some of the very same file) and queries
side by side give no error, no lost document and no duplicate."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from servers import running_server

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "sample-pek-programme.txt"
CLIENTS = 20
SAME_FILE_CLIENTS = 5
QUERIES_PER_CLIENT = 5


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("concurrency")
    with running_server(folder, folder / "busy.db") as base:
        yield base, folder / "busy.db"


def _variant(n: int) -> bytes:
    """The sample programme with one more line: another file, the same facility."""
    return SAMPLE.read_bytes() + f"\nПриложение {n}: лист согласования.\n".encode()


def _client(base: str, k: int) -> list[tuple[str, int, int | None]]:
    """One client: an upload (clients 0…4 upload the same file), then queries; every status seen."""
    seen = []
    name, data = ("shared.txt", _variant(0)) if k < SAME_FILE_CLIENTS else (f"variant-{k}.txt", _variant(k))
    with httpx.Client(base_url=base, timeout=300) as client:
        r = client.post("/documents", files={"file": (name, data)})
        seen.append(("upload", r.status_code, r.json().get("document_id") if r.status_code < 300 else None))
        for _ in range(QUERIES_PER_CLIENT):
            for path, params in (
                ("/facilities", {}),
                ("/obligations", {"substance": "0301"}),
                ("/obligations", {"q": "отчет"}),
                ("/export", {"format": "json"}),
            ):
                seen.append((path, client.get(path, params=params).status_code, None))
    return seen


def test_twenty_clients_uploading_and_querying_at_once(server):
    base, database = server
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        results = list(pool.map(lambda k: _client(base, k), range(CLIENTS)))
    errors = [(k, what, status) for k, seen in enumerate(results) for what, status, _ in seen if status >= 300]
    assert errors == []
    uploads = [seen[0] for seen in results]
    shared_ids = {doc for _, _, doc in uploads[:SAME_FILE_CLIENTS]}
    assert len(shared_ids) == 1  # the same file five times at once is one document
    assert sorted(status for _, status, _ in uploads[:SAME_FILE_CLIENTS]).count(201) == 1
    other_ids = [doc for _, _, doc in uploads[SAME_FILE_CLIENTS:]]
    assert len(set(other_ids)) == CLIENTS - SAME_FILE_CLIENTS and not shared_ids & set(other_ids)
    with sqlite3.connect(database) as con:
        assert con.execute("select count(*), count(distinct sha256) from documents").fetchone() == (16, 16)
        assert con.execute("select count(*) from document_files").fetchone() == (16,)
        assert con.execute("pragma integrity_check").fetchone() == ("ok",)
        # One facility, one current programme: the others superseded, none lost.
        current = con.execute("select count(*) from documents where superseded_by is null").fetchone()[0]
        assert current == 1
    assert httpx.get(f"{base}/documents").json()["total"] == 16


def test_processes_opening_a_new_store_at_once_all_get_it(tmp_path):
    """`extractor ingest` run twice at once on a new store: WAL switch and schema, each done once."""
    import subprocess
    import sys

    database = tmp_path / "new.db"
    code = "from extractor.store import open_db; open_db(__import__('sys').argv[1]).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(database)], stderr=subprocess.PIPE) for _ in range(6)]
    errors = [p.communicate(timeout=120)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, errors
    with sqlite3.connect(database) as con:
        assert con.execute("pragma journal_mode").fetchone() == ("wal",)
        assert con.execute("select count(*) from schema_version").fetchone() == (1,)
