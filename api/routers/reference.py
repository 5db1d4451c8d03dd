"""Reference look-ups: substances (codes, names in RU/KK/VI/EN, CAS) and waste codes."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api import models
from extractor.nlp.substances import MEDIA, load_substances, match_substance
from extractor.nlp.wastes import load_waste_codes, search_wastes

router = APIRouter(tags=["reference"])


@router.get("/substances", response_model=list[models.ReferenceSubstance])
def substances(
    q: Annotated[
        str | None, Query(description="a code, formula or name in any language; empty lists all")
    ] = None,
    medium: Annotated[Literal["air", "water", "soil"] | None, Query(description="air, water or soil")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> list[models.ReferenceSubstance]:
    """The reference list; with `q`, the best match in each medium (or the one asked for)."""
    if not q:
        items = [s for s in load_substances() if medium is None or s.medium == medium]
        return [_substance(s) for s in items[:limit]]
    out = []
    for m in (medium,) if medium else MEDIA:
        found = match_substance(q, medium=m)
        if found is not None:
            out.append(_substance(found.substance, found.score))
    return out


def _substance(s, score: float | None = None) -> models.ReferenceSubstance:
    return models.ReferenceSubstance(
        medium=s.medium,
        code=s.code,
        cas=s.cas,
        symbol=s.symbol,
        name=s.name,
        name_en=s.name_en,
        name_kk=s.name_kk,
        name_vi=s.name_vi,
        hazard_class=s.hazard_class,
        official_name=s.official_name,
        mpc_max=s.mpc_max,
        mpc_daily=s.mpc_daily,
        obuv=s.obuv,
        score=score,
    )


@router.get("/wastes", response_model=list[models.ReferenceWaste])
def wastes(
    q: Annotated[
        str | None, Query(description="a code or its start (16 06, 160601) or words of the name")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> list[models.ReferenceWaste]:
    """The List of Waste that Kazakhstan's classifier follows."""
    entries = search_wastes(q, limit=limit) if q else list(load_waste_codes())[:limit]
    return [
        models.ReferenceWaste(
            code=e.code, hazardous=e.hazardous, chapter=e.chapter, name_en=e.name_en, name_ru=e.name_ru
        )
        for e in entries
    ]
