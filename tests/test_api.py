"""The HTTP API through a real server: `extractor serve` (uvicorn) on localhost, spoken to over HTTP."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
from pathlib import Path

import httpx
import pytest
from servers import client_on_new_store, running_server

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
MINE_SOURCES = {"0401", "0402", "0405", "0406", "0424", "0431", "0432"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with client_on_new_store(tmp_path_factory.mktemp("api")) as served:
        yield served


def upload(client: httpx.Client, path: Path) -> httpx.Response:
    with path.open("rb") as fh:
        return client.post("/documents", files={"file": (path.name, fh)})


@pytest.fixture(scope="module")
def loaded(server, devset_or_none):
    client, database = server
    results = {}
    files = sorted(SAMPLES.glob("sample-*"))
    if devset_or_none is not None:
        files += sorted(p for p in devset_or_none.iterdir() if p.suffix in (".pdf", ".docx", ".txt"))
    for path in files:
        r = upload(client, path)
        assert r.status_code == 201, r.text
        results[path.name] = r.json()
    return client, database, results


def test_openapi_documents_every_route(server):
    client, _ = server
    paths = client.get("/openapi.json").json()["paths"]
    for route in (
        "/documents",
        "/documents/{document_id}",
        "/documents/{document_id}/file",
        "/facilities",
        "/facilities/{facility_id}",
        "/facilities/{facility_id}/obligations",
        "/facilities/{facility_id}/calendar.ics",
        "/obligations",
        "/substances",
        "/wastes",
        "/export",
    ):
        assert route in paths
    assert client.get("/docs").status_code == 200


def test_uploads_are_stored_and_the_same_file_again_is_the_same_document(loaded):
    client, _, results = loaded
    again = upload(client, SAMPLES / "sample-pek-programme.pdf")
    assert again.status_code == 200
    assert again.json()["document_id"] == results["sample-pek-programme.pdf"]["document_id"]
    assert not again.json()["created"]
    listing = client.get("/documents", params={"limit": 1000}).json()
    assert listing["total"] == len(results)


def test_the_three_formats_of_one_programme_are_one_facility(loaded):
    _, _, results = loaded
    facilities = {results[f"sample-pek-programme.{fmt}"]["facility_id"] for fmt in ("docx", "pdf", "txt")}
    assert len(facilities) == 1 and None not in facilities


def test_document_endpoints_give_the_contract_and_the_original_file(loaded):
    client, _, results = loaded
    doc_id = results["sample-pek-programme.docx"]["document_id"]
    contract = client.get(f"/documents/{doc_id}").json()
    assert contract["schema_version"] == 1 and contract["document"]["kind"] == "pek_programme"
    original = client.get(f"/documents/{doc_id}/file")
    assert original.content == (SAMPLES / "sample-pek-programme.docx").read_bytes()
    assert "attachment" in original.headers["content-disposition"]


def test_errors_are_json_with_a_clear_message(server, tmp_path):
    client, database = server
    before = list(sqlite3.connect(database).iterdump())
    corrupt = client.post("/documents", files={"file": ("broken.pdf", b"%PDF-1.4\n1 0 obj garbage")})
    assert corrupt.status_code == 422 and corrupt.json()["error"] == "corrupt_file"
    assert "broken.pdf" in corrupt.json()["message"]
    exe = client.post("/documents", files={"file": ("setup.pdf", b"MZ\x90\x00binary")})
    assert exe.status_code == 415 and "executable" in exe.json()["message"]
    empty = client.post("/documents", files={"file": ("empty.txt", b"")})
    assert empty.status_code == 422 and empty.json()["error"] == "empty_file"
    assert list(sqlite3.connect(database).iterdump()) == before  # failing uploads leave the tables unchanged
    missing = client.get("/documents/999999")
    assert missing.status_code == 404 and missing.json() == {
        "error": "not_found",
        "message": "no document with id 999999",
    }
    for bad in ("tomorrow", "2027-13-45", "2027-02-30"):  # not a date, and dates that do not exist
        bad_filter = client.get("/obligations", params={"due_from": bad})
        assert bad_filter.status_code == 422, bad
        assert bad_filter.json()["error"] == "invalid_request" and "due_from" in bad_filter.json()["message"]
    assert client.get("/obligations", params={"due_from": "2027-02-28"}).status_code == 200


def test_an_upload_over_the_size_limit_is_refused(tmp_path):
    env = {**os.environ, "REGDOCS_MAX_UPLOAD_MB": "0.01"}
    with running_server(tmp_path, tmp_path / "small.db", env=env) as base:
        r = httpx.post(f"{base}/documents", files={"file": ("big.txt", "ПЭК ".encode() * 10000)}, timeout=30)
        assert r.status_code == 413 and r.json()["error"] == "file_too_large"


def test_facility_search_and_substance_filter_in_any_notation(loaded):
    client, _, results = loaded
    facility = results["sample-pek-programme.docx"]["facility_id"]
    found = client.get("/facilities", params={"q": "Учебный"}).json()
    assert [f["id"] for f in found["items"]] == [facility]
    assert client.get("/facilities", params={"bin": "230540001230"}).json()["total"] == 1
    sets = []
    for query in ("диоксид азота", "0301", "NO2"):
        page = client.get(f"/facilities/{facility}/obligations", params={"substance": query}).json()
        sets.append({o["id"] for o in page["items"]})
    assert sets[0] and sets[0] == sets[1] == sets[2]


def test_mine_no2_monitoring_obligations_cover_its_sources_and_points(loaded, devset_or_none):
    if devset_or_none is None:
        pytest.skip("development set absent")
    client, _, results = loaded
    mine = results["pek-programme-vzhr.pdf"]["facility_id"]
    assert {results[f"pek-programme-vzhr.{f}"]["facility_id"] for f in ("docx", "pdf", "txt")} == {mine}
    sets = {}
    for query in ("диоксид азота", "0301", "NO2"):
        page = client.get(
            f"/facilities/{mine}/obligations", params={"substance": query, "kind": "monitoring"}
        ).json()
        sets[query] = {o["id"] for o in page["items"]}
        sources = {s for o in page["items"] for s in o["source_numbers"]}
        points = {o["point"] for o in page["items"] if o["point"]}
        assert sources == MINE_SOURCES and points == {"т.1", "т.2", "т.3", "т.4", "т.5", "т.6"}
    assert sets["диоксид азота"] == sets["0301"] == sets["NO2"]


def test_corrections_through_the_api_are_audited(loaded):
    client, _, results = loaded
    facility = results["sample-pek-programme.docx"]["facility_id"]
    inspection = client.get(f"/facilities/{facility}/obligations", params={"kind": "inspection"}).json()[
        "items"
    ][0]
    r = client.patch(
        f"/obligations/{inspection['id']}", json={"field": "frequency", "value": "yearly", "author": "qa"}
    )
    assert r.status_code == 200 and r.json()["old_value"] == "quarterly"
    trail = client.get(f"/obligations/{inspection['id']}/history").json()
    assert [(e["field"], e["new_value"], e["author"]) for e in trail] == [("frequency", "yearly", "qa")]
    bad = client.patch(f"/obligations/{inspection['id']}", json={"field": "frequency", "value": "sometimes"})
    assert bad.status_code == 400


def test_reference_lookups(server):
    client, _ = server
    subs = client.get("/substances", params={"q": "Азот (IV) оксид"}).json()
    assert subs[0]["code"] == "0301"
    wastes = client.get("/wastes", params={"q": "16 06 01"}).json()
    assert wastes[0]["code"] == "16 06 01*" and wastes[0]["hazardous"] is True


def test_csv_export_round_trips(loaded):
    client, _, results = loaded
    facility = results["sample-pek-programme.docx"]["facility_id"]
    r = client.get("/export", params={"format": "csv", "facility_id": facility})
    assert r.status_code == 200
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    page = client.get(f"/facilities/{facility}/obligations", params={"limit": 1000}).json()
    assert len(rows) == page["total"]
    assert any("первого числа второго месяца" in (row.get("deadline") or "") for row in rows)


def test_xlsx_export_opens_with_its_sheets_filled(loaded):
    from openpyxl import load_workbook

    client, _, results = loaded
    facility = results["sample-pek-programme.docx"]["facility_id"]
    r = client.get("/export", params={"format": "xlsx", "facility_id": facility})
    book = load_workbook(io.BytesIO(r.content), read_only=True)
    names = set(book.sheetnames)
    assert {"Obligations", "Sources", "Wastes", "Facilities"} <= names
    assert book["Obligations"].max_row > 1 and book["Sources"].max_row > 1


def test_geojson_has_the_mine_sources_with_coordinates(loaded, devset_or_none):
    if devset_or_none is None:
        pytest.skip("development set absent")
    client, _, results = loaded
    mine = results["pek-programme-vzhr.pdf"]["facility_id"]
    data = json.loads(client.get("/export", params={"format": "geojson", "facility_id": mine}).content)
    assert data["type"] == "FeatureCollection"
    sources = [f for f in data["features"] if f["properties"].get("kind") == "source"]
    numbers = {f["properties"]["number"] for f in sources}
    assert len(numbers) == 28  # 32 sources, 4 of which the programme gives no coordinates
    for feature in sources:
        lon, lat = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "Point" and 40 < lat < 56 and 46 < lon < 88


def test_calendar_has_the_quarterly_report_of_2027(loaded):
    from icalendar import Calendar

    client, _, results = loaded
    facility = results["sample-pek-programme.docx"]["facility_id"]
    r = client.get(f"/facilities/{facility}/calendar.ics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    cal = Calendar.from_ical(r.content)
    due = sorted(
        str(e.decoded("dtstart"))
        for e in cal.walk("VEVENT")
        if "первого числа" in str(e.get("description", ""))
    )
    assert due == ["2027-05-01", "2027-08-01", "2027-11-01", "2028-02-01"]


def test_deleting_a_document(loaded):
    client, _, results = loaded
    doc_id = results["sample-pek-programme.txt"]["document_id"]
    assert client.delete(f"/documents/{doc_id}").status_code == 204
    assert client.get(f"/documents/{doc_id}").status_code == 404


def test_every_answer_carries_the_security_headers(server):
    """Pages, API answers, errors and static files: no sniffing, no framing, a referrer policy; the
    content security policy everywhere but FastAPI's own /docs page (its inline script)."""
    client, _ = server
    for path in ("/", "/obligations", "/documents/999999", "/openapi.json", "/ui/static/app.css", "/docs"):
        r = client.get(path)
        assert r.headers["x-content-type-options"] == "nosniff", path
        assert r.headers["x-frame-options"] == "DENY", path
        assert r.headers["referrer-policy"] == "same-origin", path
        if path == "/docs":
            assert "content-security-policy" not in r.headers
        else:
            policy = r.headers["content-security-policy"]
            assert "frame-ancestors 'none'" in policy and "script-src 'self'" in policy, path
            assert "unsafe-inline" not in policy, path
