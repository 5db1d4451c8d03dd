"""Exports on real stores: the sample ПЭК programme ingested into SQLite, then CSV, XLSX, JSON, NDJSON and
GeoJSON read back with the tools people use on them (csv.DictReader, openpyxl, json)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from extractor.errors import InputError
from extractor.exports import export
from extractor.exports.tabular import OBLIGATION_HEADERS
from extractor.store import ingest_file, open_db
from extractor.store import queries as q
from extractor.store.corrections import correct

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpus" / "samples" / "sample-pek-programme.docx"
SHEETS = [
    "Facilities",
    "Documents",
    "Obligations",
    "Sources",
    "Emissions",
    "Wastes",
    "Limits",
    "Legal references",
    "Warnings",
]
ALL = q.ObligationFilter(limit=10000)


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple:
    """(db, facility id, document id) of a store holding the sample programme."""
    db = open_db(tmp_path_factory.mktemp("store") / "regdocs.db")
    result = ingest_file(db, SAMPLE)
    return db, result.facility_id, result.document_id


def _csv_rows(content: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline="")))


def _workbook(content: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(content))


def _sheet_dicts(ws) -> list[dict]:
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


# ------------------------------------------------------------------ dispatch


def test_unknown_format_is_an_input_error_quoting_it(sample):
    db, *_ = sample
    with pytest.raises(InputError, match="'docx'"):
        export(db, "docx", ALL)


@pytest.mark.parametrize(
    ("fmt", "media_type", "suffix"),
    [
        ("csv", "text/csv; charset=utf-8", ".csv"),
        ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
        ("json", "application/json", ".json"),
        ("ndjson", "application/x-ndjson", ".ndjson"),
        ("geojson", "application/geo+json", ".geojson"),
        ("ics", "text/calendar; charset=utf-8", ".ics"),
    ],
)
def test_every_format_gives_bytes_a_media_type_and_an_ascii_file_name(sample, fmt, media_type, suffix):
    db, facility_id, _ = sample
    content, got_type, name = export(db, fmt, q.ObligationFilter(facility_id=facility_id, limit=10000))
    assert isinstance(content, bytes) and content
    assert got_type == media_type
    assert name == f"obligations-facility-{facility_id}{suffix}"
    assert name.isascii()


def test_calendar_export_needs_a_facility(sample):
    db, *_ = sample
    with pytest.raises(InputError, match="facility"):
        export(db, "ics", ALL)


# ------------------------------------------------------------------ CSV


def test_csv_has_a_bom_and_the_readable_headers(sample):
    db, *_ = sample
    content, *_ = export(db, "csv", ALL)
    assert content.startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert header == list(OBLIGATION_HEADERS)
    assert {"facility", "due dates", "substances", "legal references", "superseded"} <= set(header)


def test_csv_round_trips_ids_and_cyrillic_texts(sample):
    db, *_ = sample
    _, items = q.obligations(db, ALL)
    rows = _csv_rows(export(db, "csv", ALL)[0])
    assert [int(r["id"]) for r in rows] == [o["id"] for o in items]
    assert [r["text"] for r in rows] == [o["text"] for o in items]
    assert any(
        "Отчет о выполнении программы производственного экологического контроля" in r["text"] for r in rows
    )
    assert {r["facility"] for r in rows} == {"Карьер «Учебный» ТОО «Степной щебень»"}


def test_csv_joins_due_dates_substances_and_legal_references(sample):
    db, *_ = sample
    rows = {r["text"][:40]: r for r in _csv_rows(export(db, "csv", ALL)[0])}
    report = next(r for r in rows.values() if r["deadline"].startswith("до первого числа второго месяца"))
    assert report["due dates"] == "2027-05-01; 2027-08-01; 2027-11-01; 2028-02-01"
    assert report["frequency"] == "quarterly" and report["rrule"] == "FREQ=MONTHLY;INTERVAL=3"
    article = next(r for r in rows.values() if "статьей 186" in r["text"])
    assert "186" in article["legal references"]
    assert any("Pb" in r["substances"] or "Свинец" in r["substances"] for r in rows.values())
    assert {r["superseded"] for r in rows.values()} == {"no"}


def test_csv_round_trips_quotes_separators_and_line_breaks(tmp_path):
    """A corrected text with the characters CSV has to quote comes back unchanged."""
    db = open_db(tmp_path / "regdocs.db")
    ingest_file(db, SAMPLE)
    _, items = q.obligations(db, ALL)
    tricky = 'Сдать «отчёт», "срочно"; затем —\nвторая строка, Việt Nam: báo cáo định kỳ'
    correct(db, items[0]["id"], "text", tricky, "test")
    rows = _csv_rows(export(db, "csv", ALL)[0])
    assert rows[0]["text"] == tricky
    assert len(rows) == len(items)


def test_csv_follows_the_filter(sample):
    db, *_ = sample
    rows = _csv_rows(export(db, "csv", q.ObligationFilter(kind="reporting"))[0])
    assert rows and {r["kind"] for r in rows} == {"reporting"}
    assert _csv_rows(export(db, "csv", q.ObligationFilter(q="несуществующееслово"))[0]) == []


# ------------------------------------------------------------------ XLSX


def test_xlsx_has_every_sheet_with_a_frozen_readable_header(sample):
    db, facility_id, _ = sample
    wb = _workbook(export(db, "xlsx", q.ObligationFilter(facility_id=facility_id, limit=10000))[0])
    assert wb.sheetnames == SHEETS
    for ws in wb:
        header = [c.value for c in ws[1]]
        assert header and all(isinstance(h, str) and h for h in header), ws.title
        assert not any("_" in h for h in header), (ws.title, header)
        assert ws.freeze_panes == "A2"
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
        assert all(6 <= w <= 60 for w in widths), (ws.title, widths)


def test_xlsx_sheets_are_filled_where_the_sample_has_data(sample):
    db, facility_id, _ = sample
    wb = _workbook(export(db, "xlsx", q.ObligationFilter(facility_id=facility_id, limit=10000))[0])
    counts = {ws.title: ws.max_row - 1 for ws in wb}
    assert counts["Facilities"] == 1
    assert counts["Documents"] == 1
    assert counts["Obligations"] == q.obligations(db, ALL)[0]
    assert counts["Sources"] == 32
    assert counts["Emissions"] > 0 and counts["Wastes"] > 0 and counts["Limits"] > 0
    assert counts["Legal references"] >= 1
    sources = _sheet_dicts(wb["Sources"])
    assert {s["number"] for s in sources} >= {"0001", "0002", "6001"}
    first = next(s for s in sources if s["number"] == "0001")
    assert (first["latitude"], first["longitude"]) == (pytest.approx(51.1701), pytest.approx(71.4301))
    assert first["facility"] == "Карьер «Учебный» ТОО «Степной щебень»"
    obligations = _sheet_dicts(wb["Obligations"])
    assert any(o["due dates"] == "2027-05-01; 2027-08-01; 2027-11-01; 2028-02-01" for o in obligations)


def test_xlsx_keeps_text_that_looks_like_a_formula_as_text(tmp_path):
    db = open_db(tmp_path / "regdocs.db")
    ingest_file(db, SAMPLE)
    oid = q.obligations(db, ALL)[1][0]["id"]
    correct(db, oid, "text", '=HYPERLINK("http://example.com","отчёт")', "test")
    ws = _workbook(export(db, "xlsx", ALL)[0])["Obligations"]
    cell = next(row[6] for row in ws.iter_rows(min_row=2) if row[0].value == oid)
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://example.com","отчёт")'


def test_xlsx_of_a_filter_that_matches_nothing_still_has_its_sheets(sample):
    db, *_ = sample
    wb = _workbook(export(db, "xlsx", q.ObligationFilter(q="несуществующееслово"))[0])
    assert wb.sheetnames == SHEETS
    assert wb["Obligations"].max_row == 1


# ------------------------------------------------------------------ JSON, NDJSON


def test_json_has_the_filter_the_total_and_the_items_around(sample):
    db, facility_id, document_id = sample
    f = q.ObligationFilter(facility_id=facility_id, limit=10000)
    doc = json.loads(export(db, "json", f)[0])
    assert doc["filter"]["facility_id"] == facility_id and doc["filter"]["superseded"] == "current"
    assert doc["total"] == len(doc["obligations"]) == q.obligations(db, f)[0]
    for key in (
        "facilities",
        "documents",
        "sources",
        "emissions",
        "wastes",
        "limits",
        "legal_refs",
        "warnings",
    ):
        assert isinstance(doc[key], list), key
    assert [d["id"] for d in doc["documents"]] == [document_id]
    assert "extraction" not in doc["documents"][0]
    assert len(doc["sources"]) == 32
    report = next(o for o in doc["obligations"] if o["due_dates"])
    assert report["due_dates"] == ["2027-05-01", "2027-08-01", "2027-11-01", "2028-02-01"]
    assert "Отчет" in json.dumps(doc, ensure_ascii=False)


def test_json_total_counts_every_match_while_the_page_follows_limit(sample):
    db, *_ = sample
    doc = json.loads(export(db, "json", q.ObligationFilter(limit=3))[0])
    assert len(doc["obligations"]) == 3
    assert doc["total"] > 3


def test_ndjson_is_one_obligation_per_line(sample):
    db, *_ = sample
    content = export(db, "ndjson", ALL)[0].decode("utf-8")
    assert content.endswith("\n")
    lines = content.splitlines()
    items = [json.loads(line) for line in lines]
    assert [o["id"] for o in items] == [o["id"] for o in q.obligations(db, ALL)[1]]
    assert all({"text", "substances", "source_numbers", "legal_refs", "due_dates"} <= o.keys() for o in items)


# ------------------------------------------------------------------ GeoJSON


def _check_feature_collection(doc: dict) -> None:
    """RFC 7946 as far as these exports go: Points in [lon, lat] within range, uniform properties."""
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    keys = None
    for feature in doc["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["id"], str | int)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"]["kind"] in ("source", "facility")
        keys = keys or set(feature["properties"])
        assert set(feature["properties"]) == keys


def test_geojson_has_the_sample_sources_with_coordinates_in_lon_lat_order(sample):
    db, facility_id, _ = sample
    doc = json.loads(export(db, "geojson", q.ObligationFilter(facility_id=facility_id))[0])
    _check_feature_collection(doc)
    stored = q.rows(db, "sources", facility_id=facility_id)
    assert len(stored) == 32
    with_position = {
        s["number"]: (s["lon"], s["lat"]) for s in stored if s["lat"] is not None and s["lon"] is not None
    }
    sources = {f["properties"]["number"]: f for f in doc["features"] if f["properties"]["kind"] == "source"}
    assert set(sources) == set(with_position)
    assert tuple(sources["0001"]["geometry"]["coordinates"]) == pytest.approx((71.4301, 51.1701))
    props = sources["0001"]["properties"]
    assert props["name"] == "Труба аспирационной установки"
    assert props["facility"] == "Карьер «Учебный» ТОО «Степной щебень»"
    assert props["document"] == SAMPLE.name
    assert props["monitoring"] == "instrumental"
    facilities = [f for f in doc["features"] if f["properties"]["kind"] == "facility"]
    assert len(facilities) == 1
    assert facilities[0]["geometry"]["coordinates"] == pytest.approx([71.43, 51.17])


def test_geojson_leaves_out_sources_without_coordinates(sample):
    db, *_ = sample
    doc = json.loads(export(db, "geojson", ALL)[0])
    numbers = {f["properties"]["number"] for f in doc["features"]}
    assert "6001" not in numbers  # an unorganised source: no coordinates in the programme
    assert all(f["geometry"] is not None for f in doc["features"])


# ------------------------------------------------------------------ scope


def test_items_follow_the_facility_and_current_documents(tmp_path):
    """Two uploads of the programme: the newer is current, and the export shows its items only."""
    db = open_db(tmp_path / "regdocs.db")
    old = ingest_file(db, SAMPLE)
    new = ingest_file(db, SAMPLE.with_suffix(".txt"))
    assert old.facility_id == new.facility_id
    doc = json.loads(export(db, "json", q.ObligationFilter(facility_id=new.facility_id, limit=10000))[0])
    assert [d["id"] for d in doc["documents"]] == [new.document_id]
    assert {s["document_id"] for s in doc["sources"]} == {new.document_id}
    assert {o["document_id"] for o in doc["obligations"]} == {new.document_id}
    everything = json.loads(export(db, "json", q.ObligationFilter(superseded="all", limit=10000))[0])
    assert {d["id"] for d in everything["documents"]} == {old.document_id, new.document_id}
    one = json.loads(export(db, "json", q.ObligationFilter(document_id=old.document_id, superseded="all"))[0])
    assert [d["id"] for d in one["documents"]] == [old.document_id]


# ------------------------------------------------------------------ the development set


def test_devset_exports_parse_in_every_format(devset, tmp_path):
    db = open_db(tmp_path / "regdocs.db")
    for path in sorted(devset.glob("*.docx")):
        ingest_file(db, path)
    rows = _csv_rows(export(db, "csv", ALL)[0])
    assert any(r["text"] and any(ch in r["text"] for ch in "ạảấầẩẫậắằẳẵặẹẻẽếềểễệ") for r in rows)
    _, items = q.obligations(db, ALL)
    assert [r["text"] for r in rows] == [o["text"] for o in items]
    wb = _workbook(export(db, "xlsx", ALL)[0])
    assert wb.sheetnames == SHEETS and all(wb[s].max_row > 1 for s in ("Sources", "Emissions", "Limits"))
    json.loads(export(db, "json", ALL)[0])
    geo = json.loads(export(db, "geojson", ALL)[0])
    _check_feature_collection(geo)
    assert len(geo["features"]) > 2
