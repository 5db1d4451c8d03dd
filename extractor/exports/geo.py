"""Emission sources, discharge points and facilities with coordinates as an RFC 7946 GeoJSON FeatureCollection.

GeoJSON positions are [longitude, latitude] (the reverse of how the documents
write them); WGS 84 is implied, so no `crs` member. Anything without a usable
position (missing, not finite, out of range) is left out rather than put at
[0, 0]. Every feature has the same property names, so QGIS and geopandas read
one attribute table.
"""

from __future__ import annotations

import json
import math

import sqlite_utils

from extractor.exports.tabular import (
    Names,
    Scope,
    export_scope,
    scope_documents,
    scope_facilities,
    scope_items,
)
from extractor.store import queries as q

PROPERTIES = (
    "kind",
    "facility",
    "facility_id",
    "document",
    "document_id",
    "number",
    "name",
    "site",
    "type",
    "monitoring",
)


def position(lat: object, lon: object) -> list[float] | None:
    """[lon, lat] when both are finite numbers within range, else None."""
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon)) or abs(lat) > 90 or abs(lon) > 180:
        return None
    return [float(lon), float(lat)]


def _feature(fid: str, point: list[float], properties: dict) -> dict:
    return {
        "type": "Feature",
        "id": fid,
        "geometry": {"type": "Point", "coordinates": point},
        "properties": {name: properties.get(name) for name in PROPERTIES},
    }


def facility_features(db: sqlite_utils.Database, scope: Scope) -> list[dict]:
    """A facility's point, with the file names of its documents in the export."""
    documents = scope_documents(db, scope)
    features = []
    for fac in scope_facilities(db, scope):
        point = position(fac["lat"], fac["lon"])
        if point is None:
            continue
        files = [d["filename"] for d in documents if d["facility_id"] == fac["id"]]
        props = {
            "kind": "facility",
            "facility": fac["name"],
            "facility_id": fac["id"],
            "document": "; ".join(files) or None,
            "name": fac["name"],
            "type": fac["category"],
        }
        features.append(_feature(f"facility-{fac['id']}", point, props))
    return features


def source_features(db: sqlite_utils.Database, scope: Scope, names: Names) -> list[dict]:
    fields = ("facility_id", "document_id", "number", "name", "site", "type", "monitoring")
    return _item_features(db, scope, names, "sources", "source", lambda row: {k: row[k] for k in fields})


def point_features(db: sqlite_utils.Database, scope: Scope, names: Names) -> list[dict]:
    """A permit's discharge points (converted from VN-2000 metres)."""

    def props(row: dict) -> dict:
        return {
            "facility_id": row["facility_id"],
            "document_id": row["document_id"],
            "name": row["name"],
            "type": row["crs"],
        }

    return _item_features(db, scope, names, "points", "point", props)


def _item_features(db, scope: Scope, names: Names, table: str, kind: str, props) -> list[dict]:
    """One feature per row of `table` in scope that has a position, with its facility and document named."""
    features = []
    for row in scope_items(db, table, scope):
        point = position(row["lat"], row["lon"])
        if point is None:
            continue
        own = {
            **props(row),
            "kind": kind,
            "facility": names.facility(row["facility_id"]),
            "document": names.document(row["document_id"]),
        }
        features.append(_feature(f"{kind}-{row['id']}", point, own))
    return features


def feature_collection(db: sqlite_utils.Database, f: q.ObligationFilter) -> dict:
    """Facilities, sources and points of the export's scope (see `tabular.export_scope`) that have coordinates."""
    _, items = q.obligations(db, f)
    scope = export_scope(db, f, items)
    names = Names.of(db)
    features = (
        facility_features(db, scope) + source_features(db, scope, names) + point_features(db, scope, names)
    )
    return {"type": "FeatureCollection", "features": features}


def to_geojson(db: sqlite_utils.Database, f: q.ObligationFilter) -> bytes:
    return json.dumps(feature_collection(db, f), ensure_ascii=False, allow_nan=False).encode("utf-8")
