"""The store on a real SQLite file: idempotent, all-or-nothing ingest, facilities across documents,
superseding, deletion, corrections that survive a re-upload."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from extractor.errors import CorruptFile, NotFound
from extractor.extraction import extract_document
from extractor.reading import parse_file
from extractor.store import delete_document, ingest_bytes, ingest_file, open_db
from extractor.store import queries as q
from extractor.store.corrections import correct, history
from extractor.store.ingest import store_extraction

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"
SAMPLE = SAMPLES / "sample-pek-programme.docx"


def dump(path: Path) -> list[str]:
    """Every table's content as SQL, in a stable order: equal dumps mean unchanged tables."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "store.db")
    yield database
    database.close()


def test_schema_is_readable_by_plain_sqlite(db, tmp_path):
    ingest_file(db, SAMPLE)
    conn = sqlite3.connect(tmp_path / "store.db")
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    assert {"documents", "facilities", "sources", "obligations", "substances", "obligations_fts"} <= tables
    assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert conn.execute("select count(*) from substances").fetchone()[0] > 250
    assert conn.execute(
        "select count(*) from obligations_fts where obligations_fts match 'ежеквартально'"
    ).fetchone()[0]


def test_the_same_file_twice_is_one_document(db):
    first = ingest_file(db, SAMPLE)
    second = ingest_file(db, SAMPLE)
    assert first.created and not second.created
    assert first.document_id == second.document_id
    assert db.execute("select count(*) from documents").fetchone()[0] == 1


def test_three_formats_of_one_programme_are_one_facility_and_one_current_set(db):
    results = [ingest_file(db, SAMPLES / f"sample-pek-programme.{fmt}") for fmt in ("docx", "pdf", "txt")]
    assert len({r.facility_id for r in results}) == 1
    total, _ = q.obligations(db, q.ObligationFilter(facility_id=results[0].facility_id))
    assert total == results[-1].counts["obligations"]  # the newest supersedes the others
    everything, _ = q.obligations(
        db, q.ObligationFilter(facility_id=results[0].facility_id, superseded="all")
    )
    assert everything == sum(r.counts["obligations"] for r in results)


def test_a_bad_file_changes_nothing(db, tmp_path):
    ingest_file(db, SAMPLE)
    before = dump(tmp_path / "store.db")
    with pytest.raises(CorruptFile):
        ingest_bytes(db, b"%PDF-1.4\n1 0 obj garbage", "broken.pdf")
    assert dump(tmp_path / "store.db") == before


class Unbindable(bytes):
    """Bytes that sqlite3 refuses to bind: the insert of the file fails after the document row went in."""

    def __conform__(self, protocol):
        raise sqlite3.ProgrammingError("cannot store this")


def test_a_failure_inside_the_transaction_rolls_everything_back(db, tmp_path):
    ingest_file(db, SAMPLE)
    before = dump(tmp_path / "store.db")
    extraction = extract_document(parse_file(SAMPLES / "sample-pek-programme.txt"))
    with pytest.raises(sqlite3.Error), db.atomic():
        store_extraction(db, extraction, Unbindable(b"x"))
    assert dump(tmp_path / "store.db") == before


def test_substance_query_in_any_notation_gives_one_set(db):
    facility = ingest_file(db, SAMPLE).facility_id
    sets = []
    for query in ("диоксид азота", "NO2", "0301", "Азота (IV) диоксид", "nitrogen dioxide"):
        _, items = q.obligations(db, q.ObligationFilter(facility_id=facility, substance=query))
        sets.append({o["id"] for o in items})
    assert sets[0] and all(s == sets[0] for s in sets)


def test_due_date_and_text_filters(db):
    facility = ingest_file(db, SAMPLE).facility_id
    _, due = q.obligations(
        db, q.ObligationFilter(facility_id=facility, due_from="2027-07-01", due_to="2027-08-31")
    )
    assert [o["kind"] for o in due] == ["reporting"] and "2027-08-01" in due[0]["due_dates"]
    _, found = q.obligations(db, q.ObligationFilter(facility_id=facility, q="рабочих дней"))
    assert len(found) == 1 and "трех рабочих дней" in found[0]["text"]


def test_deleting_a_programme_restores_the_one_it_superseded(db):
    old = ingest_file(db, SAMPLES / "sample-pek-programme.txt")
    new = ingest_file(db, SAMPLES / "sample-pek-programme.docx")
    assert db["documents"].get(old.document_id)["superseded_by"] == new.document_id
    delete_document(db, new.document_id)
    assert db["documents"].get(old.document_id)["superseded_by"] is None
    total, _ = q.obligations(db, q.ObligationFilter(facility_id=old.facility_id))
    assert total == old.counts["obligations"]
    with pytest.raises(NotFound):
        delete_document(db, new.document_id)


def test_corrections_are_audited_and_survive_a_re_upload(db):
    first = ingest_file(db, SAMPLE)
    _, items = q.obligations(db, q.ObligationFilter(facility_id=first.facility_id, kind="inspection"))
    target = items[0]
    entry = correct(db, target["id"], "frequency", "1 раз в месяц", "engineer@example.kz")
    assert (entry["old_value"], entry["new_value"], entry["author"]) == (
        "quarterly",
        "monthly",
        "engineer@example.kz",
    )
    correct(db, target["id"], "checked", "true", "engineer@example.kz")
    delete_document(db, first.document_id)
    again = ingest_file(db, SAMPLE)
    _, items = q.obligations(db, q.ObligationFilter(facility_id=again.facility_id, kind="inspection"))
    restored = items[0]
    assert (restored["frequency"], restored["rrule"], restored["checked"]) == (
        "monthly",
        "FREQ=MONTHLY",
        True,
    )
    assert [h["field"] for h in history(db, restored["id"])] == ["frequency", "checked"]
