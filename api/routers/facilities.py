"""Facilities: search, one facility, its obligations, its items, its calendar."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from api import models
from api.deps import DB, ItemId, Offset
from api.routers.obligations import ERRORS, Filter
from extractor.errors import NotFound
from extractor.store import queries as q

router = APIRouter(prefix="/facilities", tags=["facilities"])


@router.get("", response_model=models.FacilityPage)
def list_facilities(
    db: DB,
    q_: Annotated[str | None, Query(alias="q", description="part of the name, operator or BIN")] = None,
    bin: Annotated[str | None, Query(description="exact 12-digit BIN")] = None,
    kato: Annotated[str | None, Query(description="KATO code or its leading digits")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Offset = 0,
) -> models.FacilityPage:
    total, items = q.facilities(db, q=q_, bin=bin, kato=kato, limit=limit, offset=offset)
    return models.FacilityPage(total=total, items=[models.Facility(**i) for i in items])


@router.get("/{facility_id}", response_model=models.Facility, responses=ERRORS)
def get_facility(facility_id: ItemId, db: DB) -> models.Facility:
    return models.Facility(**q.facility(db, facility_id))


@router.get("/{facility_id}/obligations", response_model=models.ObligationPage, responses=ERRORS)
def facility_obligations(
    facility_id: ItemId,
    f: Filter,
    db: DB,
) -> models.ObligationPage:
    """What the facility must do: filter by kind, substance (any language), source, frequency, document, words,
    due dates; current obligations unless `superseded=all` or `superseded=superseded`."""
    q.facility(db, facility_id)
    f = q.ObligationFilter(**{**f.__dict__, "facility_id": facility_id})
    total, items = q.obligations(db, f)
    return models.ObligationPage(total=total, limit=f.limit, offset=f.offset, items=items)


@router.get(
    "/{facility_id}/calendar.ics",
    responses={**ERRORS, 200: {"content": {"text/calendar": {}}}},
    response_class=Response,
)
def calendar(facility_id: ItemId, db: DB) -> Response:
    """Every deadline and recurring duty of the facility as iCalendar events (subscribe in Outlook or Google)."""
    from extractor.exports.calendar import facility_calendar

    q.facility(db, facility_id)
    body = facility_calendar(db, facility_id)
    return Response(
        body,
        media_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": f'inline; filename="facility-{facility_id}.ics"'},
    )


@router.get("/{facility_id}/{table}", response_model=models.Rows, responses=ERRORS)
def facility_rows(
    facility_id: ItemId,
    db: DB,
    table: Annotated[str, Path(description="sources, emissions, wastes, limits, points or documents")],
    all_documents: bool = False,
) -> models.Rows:
    """Sources, emissions, wastes, limits or points (a permit's discharge points) of the facility, from its
    current documents."""
    q.facility(db, facility_id)
    if table not in ("sources", "emissions", "wastes", "limits", "points", "documents"):
        raise NotFound(f"no such list {table!r}: sources, emissions, wastes, limits, points or documents")
    if table == "documents":
        total, items = q.documents(db, limit=1000, facility_id=facility_id)
        return models.Rows(total=total, items=items)
    items: list[dict[str, Any]] = q.rows(db, table, facility_id=facility_id, current_only=not all_documents)
    return models.Rows(total=len(items), items=items)
