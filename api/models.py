"""Request and response models of the API (pydantic lives here only, at the edge)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Error(BaseModel):
    error: str = Field(description="machine-readable code, e.g. `corrupt_file`, `not_found`")
    message: str


class IngestResult(BaseModel):
    document_id: int
    created: bool = Field(description="false when the same file (by sha256) was already stored")
    filename: str
    kind: str
    facility_id: int | None
    facility_name: str | None
    counts: dict[str, int]
    warnings: list[str]


class DocumentSummary(BaseModel):
    id: int
    sha256: str
    filename: str
    format: str
    kind: str
    language: str | None
    title: str | None
    number: str | None
    date: str | None
    year: int | None
    pages: int | None
    size_bytes: int
    facility_id: int | None
    superseded_by: int | None
    ingested_at: str


class DocumentPage(BaseModel):
    total: int
    items: list[DocumentSummary]


class Facility(BaseModel):
    id: int
    name: str | None
    operator: str | None
    bin: str | None
    kato: str | None
    oked: str | None
    address: str | None
    lat: float | None
    lon: float | None
    category: str | None
    capacity: str | None
    created_at: str
    documents: int = Field(description="documents naming this facility")
    obligations: int = Field(description="current (not superseded) obligations")


class FacilityPage(BaseModel):
    total: int
    items: list[Facility]


class Substance(BaseModel):
    code: str | None
    cas: str | None
    symbol: str | None
    name: str | None


class LegalRef(BaseModel):
    text: str
    act: str | None
    number: str | None
    article: str | None
    clause: str | None
    subclause: str | None


class Obligation(BaseModel):
    id: int
    document_id: int
    facility_id: int | None
    local_id: str = Field(description="the obligation's id in its document's extraction (`o12`)")
    kind: str
    number: str | None
    article: str | None
    text: str
    actor: str | None
    modality: str
    frequency: str | None
    rrule: str | None
    deadline: str | None
    point: str | None
    language: str | None
    page: int | None
    table_index: int | None
    row_index: int | None
    block_index: int | None
    superseded: bool
    superseded_by: int | None
    checked: bool
    substances: list[Substance]
    source_numbers: list[str]
    legal_refs: list[LegalRef]
    due_dates: list[str]


class ObligationPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[Obligation]


class Correction(BaseModel):
    field: str = Field(
        description="kind, text, actor, deadline, point, number, article, frequency, substances or checked"
    )
    value: str | None = Field(description="the new value; substances as `;`-separated names or codes")
    author: str = Field(default="anonymous", description="who made the change")


class AuditEntry(BaseModel):
    id: int
    field: str
    old_value: str | None
    new_value: str | None
    author: str
    at: str


class ReferenceSubstance(BaseModel):
    medium: str
    code: str | None
    cas: str | None
    symbol: str | None
    name: str
    name_en: str | None
    name_kk: str | None
    name_vi: str | None
    hazard_class: int | None
    official_name: str | None = Field(None, description="the name the air-pollutant code list prints")
    mpc_max: float | None = Field(None, description="ПДК м.р., mg/m3, from the code list")
    mpc_daily: float | None = Field(None, description="ПДК с.с., mg/m3, from the code list")
    obuv: float | None = Field(None, description="ОБУВ, mg/m3, from the code list")
    score: float | None = None


class ReferenceWaste(BaseModel):
    code: str
    hazardous: bool
    chapter: str
    name_en: str
    name_ru: str | None


class Rows(BaseModel):
    total: int
    items: list[dict[str, Any]]
