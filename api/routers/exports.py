"""Exports of filtered obligations (and the items around them) for other tools."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from api.deps import DB, OptionalId
from api.routers.obligations import ERRORS, Filter
from extractor.store import queries as q

router = APIRouter(tags=["exports"])
FORMATS = "csv, xlsx, json, ndjson or geojson"


@router.get(
    "/export",
    response_class=Response,
    responses={**ERRORS, 200: {"content": {"application/octet-stream": {}}}},
)
def export(
    f: Filter,
    db: DB,
    format: Annotated[str, Query(description=FORMATS)] = "json",
    facility_id: OptionalId = None,
) -> Response:
    """The obligations under the same filters as `/obligations`, as CSV, XLSX (one sheet per entity), JSON,
    NDJSON or GeoJSON (sources and points with coordinates)."""
    from extractor.exports import export as run_export

    if facility_id is not None:
        q.facility(db, facility_id)
        f = q.ObligationFilter(**{**f.__dict__, "facility_id": facility_id})
    if f.limit == 100:
        f = q.ObligationFilter(**{**f.__dict__, "limit": 10000})
    content, media_type, filename = run_export(db, format, f)
    return Response(
        content, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )
