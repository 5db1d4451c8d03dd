"""The extraction contract (schema version 1): what `extractor extract` prints.

The shape is fixed by ../shared/spec/extraction-contract.md; other tools read
it, so renaming or removing a field raises SCHEMA_VERSION. Fields may be added:
every item here also carries its `provenance`, and the top level a `warnings`
list. An unknown value is None (or an empty list), never a made-up one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = 1

OBLIGATION_KINDS = (
    "monitoring",
    "reporting",
    "inspection",
    "requirement",
    "waste",
    "prohibition",
    "task",
    "other",
)
MODALITIES = ("must", "must_not", "may")
FREQUENCIES = ("continuous", "daily", "weekly", "monthly", "quarterly", "semiannual", "yearly", "once")
TABLE_ROLES = (
    "facility",
    "sources",
    "emissions",
    "wastes",
    "limits",
    "monitoring",
    "inspections",
    "tasks",
    "other",
)
DOCUMENT_KINDS = ("pek_programme", "scoping_conclusion", "permit", "regulation", "work_plan", "other")


@dataclass(frozen=True)
class Provenance:
    """Where an item came from: page, table (index into `tables`), body row, block index."""

    page: int | None = None
    table: int | None = None
    row: int | None = None
    block: int | None = None
    ocr_confidence: float | None = None
    """Set when the page was read by OCR: its mean word confidence, 0–1."""


@dataclass(frozen=True)
class Substance:
    code: str | None = None
    cas: str | None = None
    symbol: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class LegalRef:
    text: str
    act: str | None = None
    number: str | None = None
    article: str | None = None
    clause: str | None = None
    subclause: str | None = None


@dataclass(frozen=True)
class Facility:
    name: str | None = None
    operator: str | None = None
    bin: str | None = None
    kato: str | None = None
    oked: str | None = None
    address: str | None = None
    lat: float | None = None
    lon: float | None = None
    category: str | None = None
    capacity: str | None = None
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class Source:
    number: str
    name: str | None = None
    site: str | None = None
    type: str | None = None
    lat: float | None = None
    lon: float | None = None
    monitoring: str | None = None
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class Emission:
    substance: Substance
    raw: str
    source_number: str | None = None
    hazard_class: int | None = None
    g_s: float | None = None
    t_y: float | None = None
    period: str | None = None
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class Waste:
    code: str | None = None
    hazardous: bool | None = None
    name: str | None = None
    operation: str | None = None
    amount_t: float | None = None
    period: str | None = None
    code_system: str | None = None
    """`LoW` (the List of Waste Kazakhstan's classifier follows), `VN-CTNH` (Vietnam's hazardous-waste codes), or None."""
    code_as_written: str | None = None
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class Limit:
    substance: Substance
    medium: str
    point: str | None = None
    value: float | None = None
    limit: float | None = None
    unit: str | None = None
    limit_min: float | None = None
    limit_max: float | None = None
    """A range (`6 đến 9`, `6,5–8,5`): its ends, and `limit` None."""
    column: str | None = None
    """The standard's column the value belongs to (`A`, `B`, `м.р.`), as its sub-header names it."""
    basis: str | None = None
    """How the value was derived when the document derives it (`QCVN 40:2011/BTNMT B × Kq 0,9 × Kf 1,0`)."""
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class Point:
    """A place the document gives in projected coordinates (a permit's discharge point), converted to WGS 84."""

    name: str | None
    lat: float
    lon: float
    x: float | None = None
    y: float | None = None
    crs: str | None = None
    """The system the document wrote it in (`VN-2000 / TM 106° (3° zone)`)."""
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class Obligation:
    id: str
    kind: str
    text: str
    modality: str = "must"
    number: str | None = None
    article: str | None = None
    actor: str | None = None
    frequency: str | None = None
    rrule: str | None = None
    deadline: str | None = None
    substances: tuple[Substance, ...] = ()
    source_numbers: tuple[str, ...] = ()
    point: str | None = None
    legal_refs: tuple[LegalRef, ...] = ()
    provenance: Provenance = field(default_factory=Provenance)
    language: str | None = None
    due_dates: tuple[str, ...] = ()
    """ISO dates the deadline falls on in the document's year (the quarterly report: four), when both are known."""


@dataclass(frozen=True)
class TableOut:
    title: str | None
    page_start: int | None
    page_end: int | None
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    role: str = "other"
    """What the table was read as: `facility`, `sources`, `emissions`, `wastes`, `limits`, `monitoring`,
    `inspections`, `tasks`, or `other` (no item is made from its rows)."""
    role_confidence: float = 0.0


@dataclass(frozen=True)
class Warning:
    code: str
    """`count_mismatch`, `total_mismatch`, `unknown_waste_code`, `waste_star_mismatch`, `unknown_substance`, …"""
    message: str
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class DocumentInfo:
    sha256: str
    filename: str
    format: str
    kind: str
    language: str | None
    languages: dict[str, float]
    title: str | None
    number: str | None
    date: str | None
    pages: int | None
    issuer: str | None = None
    """The body that issued the document, as written."""
    valid_from: str | None = None
    valid_to: str | None = None
    """ISO dates of a permit's or programme's term."""
    year: int | None = None
    ocr_pages: dict[str, float] = field(default_factory=dict)
    """Pages read by OCR (page number as text → mean word confidence 0–1); empty for a text layer."""
    """The year the document applies to (a programme's period, a plan's year), when it says."""


@dataclass(frozen=True)
class Extraction:
    document: DocumentInfo
    facilities: tuple[Facility, ...] = ()
    sources: tuple[Source, ...] = ()
    emissions: tuple[Emission, ...] = ()
    wastes: tuple[Waste, ...] = ()
    limits: tuple[Limit, ...] = ()
    obligations: tuple[Obligation, ...] = ()
    legal_refs: tuple[LegalRef, ...] = ()
    tables: tuple[TableOut, ...] = ()
    warnings: tuple[Warning, ...] = ()
    points: tuple[Point, ...] = ()
    """Discharge points and other places given in projected coordinates (added field)."""

    def to_json(self) -> dict[str, Any]:
        out = {"schema_version": SCHEMA_VERSION}
        out.update(_plain(asdict(self)))
        return out


def _plain(value: Any) -> Any:
    """Tuples → lists, recursively, so the result is what json.dumps writes."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
