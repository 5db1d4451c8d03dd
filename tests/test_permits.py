"""Issue 12 acceptance: environmental permits as a document kind — Vietnam's Giấy phép môi trường (DOCX and
PDF) and Kazakhstan's emission permit and complex environmental permit (Russian, Kazakh) — with their
facility, term, computed limits and their basis, monitoring duties, hazardous wastes, the duty to renew,
a VN-2000 discharge point on the map, and the facility's obligations and limits through a real server.
Permits written for these tests (`permit_docs`)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from genre_docs import have_fonts, render
from permit_docs import KK_EXPECTED, KK_PERMIT, RU_EXPECTED, RU_PERMIT, VI_EXPECTED, VI_PERMIT, VI_POINT
from servers import client_on_new_store

from extractor.extraction import extract_document
from extractor.nlp.vn2000 import to_wgs84
from extractor.reading import parse_file

pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


def _extract(parts, folder: Path, stem: str, fmt: str):
    return extract_document(parse_file(render(parts, folder, stem, fmt)))


def _key(s) -> str | None:
    return s.code or s.symbol


def _common(found, expected) -> None:
    doc = found.document
    assert doc.kind == "permit"
    assert doc.number == expected["number"]
    assert doc.issuer == expected["issuer"]
    assert (doc.valid_from, doc.valid_to) == expected["valid"]
    assert len(found.facilities) == 1
    facility = found.facilities[0]
    for field, value in expected["facility"].items():
        assert getattr(facility, field) == value, field
    renewal = [o for o in found.obligations if o.due_dates == (expected["valid"][1],)]
    assert len(renewal) == 1 and renewal[0].frequency == "once"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_vietnamese_permit(tmp_path, fmt):
    found = _extract(VI_PERMIT, tmp_path, "gpmt", fmt)
    _common(found, VI_EXPECTED)
    water = {_key(x.substance): x for x in found.limits if x.medium == "waste_water"}
    for key, value in VI_EXPECTED["water_limits"].items():
        assert water[key].limit == pytest.approx(value), key
    assert water["BOD5"].basis == "QCVN 40:2011/BTNMT B × Kq 0,9 × Kf 1,0"
    assert water["BOD5"].column == "B" and water["BOD5"].unit == "mg/l"
    assert (water["pH"].limit_min, water["pH"].limit_max) == (5.5, 9.0)  # C itself: no coefficients on pH
    gas = {_key(x.substance): x for x in found.limits if x.medium == "flue_gas"}
    for key, value in VI_EXPECTED["flue_gas_limits"].items():
        assert gas[key].limit == value and gas[key].unit == "mg/Nm3" and gas[key].basis is None, key
    monitoring = {o.frequency for o in found.obligations if o.kind == "monitoring"}
    assert {"quarterly", "semiannual"} <= monitoring
    by_table = [o for o in found.obligations if o.kind == "monitoring" and o.provenance.table == 0]
    assert {_key(s) for s in by_table[0].substances} >= {"BOD5", "COD", "TSS"}
    assert [(w.code, w.amount_t) for w in found.wastes] == VI_EXPECTED["wastes"]
    assert {w.code_system for w in found.wastes} == {"VN-CTNH"} and all(w.hazardous for w in found.wastes)
    assert [t.role for t in found.tables] == ["limits", "limits", "wastes"]
    (point,) = found.points
    assert (point.x, point.y) == VI_POINT[:2] and point.crs.startswith("VN-2000")
    assert point.name.startswith("Vị trí xả nước thải")
    assert any(o.article == "3" and o.number == "3.1" for o in found.obligations)


@pytest.mark.parametrize(("parts", "expected", "stem"), [(RU_PERMIT, RU_EXPECTED, "ru"), (KK_PERMIT, KK_EXPECTED, "kk")])
def test_kazakhstan_permits(tmp_path, parts, expected, stem):
    found = _extract(parts, tmp_path, f"permit-{stem}", "docx")
    _common(found, expected)
    got = {(e.source_number, e.substance.code): (e.g_s, e.t_y) for e in found.emissions if e.g_s is not None}
    assert got == expected["emissions"]
    assert [t.role for t in found.tables][:3] == ["emissions", "wastes", "monitoring"]
    if "limits" in expected:
        assert {
            (x.substance.symbol, x.limit, x.limit_min, x.limit_max, x.unit)
            for x in found.limits
            if x.medium == "waste_water"
        } == expected["limits"]
        assert all(x.basis is None for x in found.limits)
    assert [(w.code, w.code_system, w.hazardous, w.amount_t) for w in found.wastes] == expected["wastes"]
    monitored = {
        (n, s.code, o.frequency)
        for o in found.obligations
        if o.kind == "monitoring" and o.source_numbers
        for n in o.source_numbers
        for s in o.substances
    }
    assert monitored == expected["monitoring"]
    duties = [o for o in found.obligations if o.kind != "requirement" or o.number]
    assert len(duties) >= 2
    if stem == "ru":
        assert {o.frequency for o in found.obligations if o.kind == "reporting"} == {"quarterly"}


def _reference_vn2000(x: float, y: float, meridian: float, k0: float = 0.9999) -> tuple[float, float]:
    """An independent conversion, in plain arithmetic: the inverse transverse Mercator by Snyder's series
    (USGS Professional Paper 1395, eqs. 8-18 to 8-25) on the WGS 84 ellipsoid, then the seven-parameter
    VN-2000 → WGS 84 shift (coordinate-frame rotations) applied to geocentric coordinates, then back to
    latitude and longitude by Bowring's iteration. No pyproj."""
    a, f = 6378137.0, 1 / 298.257223563
    e2 = f * (2 - f)
    ep2 = e2 / (1 - e2)
    m = x / k0
    mu = m / (a * (1 - e2 / 4 - 3 * e2**2 / 64 - 5 * e2**3 / 256))
    e1 = (1 - math.sqrt(1 - e2)) / (1 + math.sqrt(1 - e2))
    phi1 = (
        mu
        + (3 * e1 / 2 - 27 * e1**3 / 32) * math.sin(2 * mu)
        + (21 * e1**2 / 16 - 55 * e1**4 / 32) * math.sin(4 * mu)
        + (151 * e1**3 / 96) * math.sin(6 * mu)
        + (1097 * e1**4 / 512) * math.sin(8 * mu)
    )
    c1 = ep2 * math.cos(phi1) ** 2
    t1 = math.tan(phi1) ** 2
    n1 = a / math.sqrt(1 - e2 * math.sin(phi1) ** 2)
    r1 = a * (1 - e2) / (1 - e2 * math.sin(phi1) ** 2) ** 1.5
    d = (y - 500000) / (n1 * k0)
    lat = phi1 - (n1 * math.tan(phi1) / r1) * (
        d**2 / 2
        - (5 + 3 * t1 + 10 * c1 - 4 * c1**2 - 9 * ep2) * d**4 / 24
        + (61 + 90 * t1 + 298 * c1 + 45 * t1**2 - 252 * ep2 - 3 * c1**2) * d**6 / 720
    )
    lon = math.radians(meridian) + (
        d - (1 + 2 * t1 + c1) * d**3 / 6 + (5 - 2 * c1 + 28 * t1 - 3 * c1**2 + 8 * ep2 + 24 * t1**2) * d**5 / 120
    ) / math.cos(phi1)
    n = a / math.sqrt(1 - e2 * math.sin(lat) ** 2)
    gx, gy, gz = (n * math.cos(lat) * math.cos(lon), n * math.cos(lat) * math.sin(lon), n * (1 - e2) * math.sin(lat))
    tx, ty, tz = -191.90441429, -39.30318279, -111.45032835
    arc = math.pi / (180 * 3600)
    rx, ry, rz = -0.00928836 * arc, 0.01975479 * arc, -0.00427372 * arc
    s = 1 + 0.252906278e-6
    wx = tx + s * (gx + rz * gy - ry * gz)  # coordinate frame: the rotation matrix transposed
    wy = ty + s * (-rz * gx + gy + rx * gz)
    wz = tz + s * (ry * gx - rx * gy + gz)
    lon_w = math.atan2(wy, wx)
    p = math.hypot(wx, wy)
    lat_w = math.atan2(wz, p * (1 - e2))
    for _ in range(10):
        nw = a / math.sqrt(1 - e2 * math.sin(lat_w) ** 2)
        lat_w = math.atan2(wz + e2 * nw * math.sin(lat_w), p)
    return math.degrees(lat_w), math.degrees(lon_w)


@pytest.mark.parametrize(("x", "y", "meridian"), [VI_POINT, (1190012.5, 602345.25, 105.75), (2345600.0, 432100.0, 104.5)])
def test_vn2000_point_within_a_metre_of_an_independent_conversion(x, y, meridian):
    lat, lon = to_wgs84(x, y, meridian, 3)
    ref_lat, ref_lon = _reference_vn2000(x, y, meridian)
    north = (lat - ref_lat) * 111_320
    east = (lon - ref_lon) * 111_320 * math.cos(math.radians(lat))
    assert math.hypot(north, east) < 1.0


def test_permit_through_the_server(tmp_path):
    path = render(VI_PERMIT, tmp_path, "gpmt", "docx")
    with client_on_new_store(tmp_path) as (client, _):
        with path.open("rb") as fh:
            r = client.post("/documents", files={"file": (path.name, fh)})
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["kind"] == "permit"
        facility = body["facility_id"]
        obligations = client.get(f"/facilities/{facility}/obligations", params={"limit": 200}).json()
        texts = [o["text"] for o in obligations["items"]]
        assert any("vận hành thường xuyên" in t for t in texts)
        assert any(o["kind"] == "monitoring" and o["frequency"] == "quarterly" for o in obligations["items"])
        limits = client.get(f"/facilities/{facility}/limits").json()["items"]
        bod = [x for x in limits if x["substance_symbol"] == "BOD5"]
        assert bod and bod[0]["limit_value"] == pytest.approx(45.0)
        assert bod[0]["basis"] == "QCVN 40:2011/BTNMT B × Kq 0,9 × Kf 1,0"
        points = client.get(f"/facilities/{facility}/points").json()["items"]
        assert len(points) == 1 and points[0]["crs"].startswith("VN-2000")
        geo = client.get("/export", params={"format": "geojson", "facility_id": facility}).json()
        assert any(f["properties"]["kind"] == "point" for f in geo["features"])
        # Its own kind on the web pages, and the renewal before the term ends in the calendar.
        page = client.get(f"/ui/documents/{body['document_id']}", params={"lang": "en"}).text
        assert "Environmental permit" in page
        assert "Экологическое разрешение" in client.get("/ui/documents", params={"lang": "ru"}).text
        ics = client.get(f"/facilities/{facility}/calendar.ics").text
        assert "DTSTART;VALUE=DATE:20310314" in ics.replace("DTSTART:", "DTSTART;VALUE=DATE:")
