"""Obligations across facilities, and corrections to one with its audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from api import models
from api.deps import DB, ItemId, Offset, OptionalId, WriteAccess
from extractor.errors import NotFound
from extractor.store import corrections
from extractor.store import queries as q

router = APIRouter(tags=["obligations"])
ERRORS = {
    400: {"model": models.Error},
    401: {"model": models.Error},
    404: {"model": models.Error},
    422: {"model": models.Error},
}


def obligation_filter(
    kind: Annotated[
        str | None,
        Query(description="monitoring, reporting, inspection, requirement, waste, prohibition, task, other"),
    ] = None,
    substance: Annotated[
        str | None,
        Query(description="a code (0301), a formula (NO2) or a name in any language (диоксид азота)"),
    ] = None,
    source: Annotated[str | None, Query(description="emission source number, e.g. 0401")] = None,
    frequency: Annotated[
        str | None,
        Query(description="continuous, daily, weekly, monthly, quarterly, semiannual, yearly, once"),
    ] = None,
    document_id: OptionalId = None,
    q_: Annotated[str | None, Query(alias="q", description="words in the obligation's text or actor")] = None,
    due_from: Annotated[dt.date | None, Query(description="YYYY-MM-DD: with a due date on or after")] = None,
    due_to: Annotated[dt.date | None, Query(description="YYYY-MM-DD: with a due date on or before")] = None,
    superseded: Annotated[str, Query(description="current, superseded or all")] = "current",
    sort: Annotated[
        str, Query(description="id, kind, frequency, document, facility, due_date, number")
    ] = "id",
    desc: bool = False,
    limit: Annotated[int, Query(ge=1, le=10000)] = 100,
    offset: Offset = 0,
) -> q.ObligationFilter:
    return q.ObligationFilter(
        kind=kind,
        substance=substance,
        source=source,
        frequency=frequency,
        document_id=document_id,
        q=q_,
        due_from=due_from.isoformat() if due_from else None,  # a date that exists, or 422
        due_to=due_to.isoformat() if due_to else None,
        superseded=superseded,
        sort=sort,
        descending=desc,
        limit=limit,
        offset=offset,
    )


Filter = Annotated[q.ObligationFilter, Depends(obligation_filter)]


@router.get("/obligations", response_model=models.ObligationPage, responses=ERRORS)
def list_obligations(f: Filter, db: DB) -> models.ObligationPage:
    """Obligations of every facility under the same filters as a facility's obligations."""
    total, items = q.obligations(db, f)
    return models.ObligationPage(total=total, limit=f.limit, offset=f.offset, items=items)


@router.patch(
    "/obligations/{obligation_id}",
    response_model=models.AuditEntry,
    responses=ERRORS,
    dependencies=[WriteAccess],
)
def correct(obligation_id: ItemId, change: models.Correction, db: DB) -> models.AuditEntry:
    """Correct one field of an extracted obligation (or mark it checked); the change is kept in the audit trail."""
    entry = corrections.correct(db, obligation_id, change.field, change.value or "", change.author)
    return models.AuditEntry(**entry)


@router.get("/obligations/{obligation_id}/history", response_model=list[models.AuditEntry], responses=ERRORS)
def history(obligation_id: ItemId, db: DB) -> list[models.AuditEntry]:
    """Every correction of an obligation: who, when, the old and the new value."""
    if db.execute("select 1 from obligations where id = ?", [obligation_id]).fetchone() is None:
        raise NotFound(f"no obligation with id {obligation_id}")
    return [models.AuditEntry(**e) for e in corrections.history(db, obligation_id)]
