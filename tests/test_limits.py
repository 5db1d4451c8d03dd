"""Limits on one document: the worker process that reads it is stopped when it takes too long or
needs too much memory, the error says which limit, and nothing is stored."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest

from extractor.errors import ConfigError, MemoryLimitExceeded, TimeLimitExceeded
from extractor.settings import Settings
from extractor.store import ingest_bytes, open_db
from extractor.worker import extract_bytes

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(database=tmp_path / "limits.db", time_limit_s=120, max_memory_mb=4096)


@pytest.fixture(scope="module", autouse=True)
def warm_worker():
    """Start the forkserver once, so that the limits below measure documents, not start-up."""
    extract_bytes(b"\xd0\x9f\xd0\xad\xd0\x9a 2027.", "warm.txt", Settings(time_limit_s=120))


def test_a_document_in_the_worker_gives_what_it_gives_in_process(settings):
    data = (SAMPLES / "sample-pek-programme.docx").read_bytes()
    isolated, model = extract_bytes(data, "sample.docx", settings)
    direct, direct_model = extract_bytes(data, "sample.docx", replace(settings, time_limit_s=0))
    assert isolated.to_json() == direct.to_json()
    assert model == direct_model


def test_a_document_over_the_time_limit_is_stopped_and_nothing_is_stored(settings):
    db = open_db(settings.database)
    before = list(db.conn.iterdump())
    data = (SAMPLES / "sample-pek-programme.pdf").read_bytes()  # about a second of work
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded, match=r"sample\.pdf: .*0\.05 s limit") as info:
        ingest_bytes(db, data, "sample.pdf", replace(settings, time_limit_s=0.05))
    assert time.monotonic() - started < 10
    assert info.value.status == 422
    assert multiprocessing.active_children() == []  # the worker was killed and reaped
    assert list(db.conn.iterdump()) == before


def test_a_document_over_the_memory_limit_is_refused(settings):
    # 64 MB of address space is less than the interpreter itself maps: the first new mapping fails.
    # A PDF, because its parser allocates at once and must report that as memory, not as a damaged
    # file. (lxml, under the same pressure, may fail with a bare XMLSyntaxError that says nothing of
    # memory; a DOCX is therefore not a reliable probe of the limit.)
    name = "sample-pek-programme.pdf"
    with pytest.raises(MemoryLimitExceeded, match="64 MB memory limit"):
        extract_bytes((SAMPLES / name).read_bytes(), name, replace(settings, max_memory_mb=64))
    assert multiprocessing.active_children() == []


def test_the_service_goes_on_after_a_stopped_worker(settings):
    db = open_db(settings.database)
    with pytest.raises(TimeLimitExceeded):
        ingest_bytes(db, (SAMPLES / "sample-pek-programme.pdf").read_bytes(), "a.pdf", replace(settings, time_limit_s=0.05))
    result = ingest_bytes(db, (SAMPLES / "sample-pek-programme.txt").read_bytes(), "b.txt", settings)
    assert result.created and result.counts["obligations"] > 0
    assert sqlite3.connect(settings.database).execute("select count(*) from documents").fetchone() == (1,)


def test_settings_refuse_nonsense_limits():
    """A project error (one `error:` line from the CLI, exit code 2), not a bare ValueError."""
    with pytest.raises(ConfigError, match="max_pages"):
        Settings(max_pages=0)
    with pytest.raises(ConfigError, match="time_limit_s"):
        Settings(time_limit_s=-1)
    with pytest.raises(ConfigError, match="at least 16"):
        Settings(write_token="short")
