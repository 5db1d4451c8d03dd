"""Putting a document into the store: once, whole, on its facility.

Idempotent by the file's sha256; all-or-nothing in one transaction (parsing
and extraction happen before it, so a bad file touches nothing); a facility
is one facility across documents (same BIN, else a close name in the same
KATO); a newer programme of a facility supersedes the older one's
obligations, which stay queryable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from rapidfuzz import fuzz

from extractor import contract as c
from extractor.errors import InputError, NotFound
from extractor.nlp.deadlines import parse_deadline
from extractor.settings import Settings
from extractor.store.corrections import apply_value
from extractor.store.schema import write_transaction
from extractor.worker import extract_bytes

FACILITY_NAME_MATCH = 85
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain; charset=utf-8",
}


@dataclass(frozen=True)
class IngestResult:
    document_id: int
    created: bool
    filename: str
    kind: str
    facility_id: int | None
    facility_name: str | None
    counts: dict[str, int]
    warnings: list[str]


def ingest_file(
    db: sqlite_utils.Database, path: str | Path, settings: Settings | None = None
) -> IngestResult:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return ingest_bytes(db, data, path.name, settings)


def ingest_bytes(
    db: sqlite_utils.Database, data: bytes, filename: str, settings: Settings | None = None
) -> IngestResult:
    sha = hashlib.sha256(data).hexdigest()
    existing = db.execute("select id from documents where sha256 = ?", [sha]).fetchone()
    if existing:
        return result_for(db, existing[0], created=False)
    extraction, model = extract_bytes(data, filename, settings or Settings.from_env())
    with write_transaction(db):
        # Another upload of the same file may have been stored while this one was being read.
        existing = db.execute("select id from documents where sha256 = ?", [sha]).fetchone()
        document_id = existing[0] if existing else store_extraction(db, extraction, data, model=model)
    return result_for(db, document_id, created=not existing)


def store_extraction(
    db: sqlite_utils.Database, ex: c.Extraction, data: bytes, model: dict | None = None
) -> int:
    """Insert one extraction (and the document model it came from); call inside a transaction."""
    facility_ids = [resolve_facility(db, f) for f in ex.facilities]
    facility_id = facility_ids[0] if facility_ids else None
    info = ex.document
    doc = ex.to_json()
    document_id = (
        db["documents"]
        .insert(
            {
                "sha256": info.sha256,
                "filename": info.filename,
                "format": info.format,
                "kind": info.kind,
                "language": info.language,
                "title": info.title,
                "number": info.number,
                "date": info.date,
                "year": info.year,
                "pages": info.pages,
                "issuer": info.issuer,
                "valid_from": info.valid_from,
                "valid_to": info.valid_to,
                "size_bytes": len(data),
                "facility_id": facility_id,
                "superseded_by": None,
                "ingested_at": _now(),
                "extraction": json.dumps(doc, ensure_ascii=False),
            }
        )
        .last_pk
    )
    db["document_files"].insert(
        {"document_id": document_id, "content_type": CONTENT_TYPES.get(info.format), "content": data}
    )
    for fid in dict.fromkeys(facility_ids):
        db["document_facilities"].insert({"document_id": document_id, "facility_id": fid})
    base = {"document_id": document_id, "facility_id": facility_id}
    db["sources"].insert_all({**base, **_source(s)} for s in ex.sources)
    db["points"].insert_all({**base, **_point(p)} for p in ex.points)
    db["emissions"].insert_all({**base, **_emission(e)} for e in ex.emissions)
    db["wastes"].insert_all({**base, **_waste(w)} for w in ex.wastes)
    db["limits"].insert_all({**base, **_limit(x)} for x in ex.limits)
    db["warnings"].insert_all(
        {"document_id": document_id, "code": w.code, "message": w.message, **_prov(w.provenance)}
        for w in ex.warnings
    )
    ref_ids = {}
    for ref in ex.legal_refs:
        ref_ids[_ref_key(ref)] = db["legal_refs"].insert({"document_id": document_id, **_ref(ref)}).last_pk
    year = info.year or _year_of(info.date) or dt.date.today().year
    for o in ex.obligations:
        _insert_obligation(db, base, o, ref_ids, year)
    supersede(db, document_id)
    reapply_corrections(db, document_id, info.sha256)
    return document_id


def _insert_obligation(db, base: dict, o: c.Obligation, ref_ids: dict, year: int) -> None:
    oid = (
        db["obligations"]
        .insert(
            {
                **base,
                "local_id": o.id,
                "kind": o.kind,
                "number": o.number,
                "article": o.article,
                "text": o.text,
                "actor": o.actor,
                "modality": o.modality,
                "frequency": o.frequency,
                "rrule": o.rrule,
                "deadline": o.deadline,
                "point": o.point,
                "language": o.language,
                **_prov(o.provenance),
                "superseded": 0,
                "superseded_by": None,
                "checked": 0,
            }
        )
        .last_pk
    )
    db["obligation_substances"].insert_all({"obligation_id": oid, **_substance(s)} for s in o.substances)
    db["obligation_sources"].insert_all({"obligation_id": oid, "source_number": n} for n in o.source_numbers)
    links = []
    for ref in o.legal_refs:
        ref_id = ref_ids.get(_ref_key(ref))
        if ref_id is None:
            ref_id = db["legal_refs"].insert({"document_id": base["document_id"], **_ref(ref)}).last_pk
            ref_ids[_ref_key(ref)] = ref_id
        links.append({"obligation_id": oid, "legal_ref_id": ref_id})
    db["obligation_legal_refs"].insert_all(links)
    dates = list(o.due_dates) or [d.isoformat() for d in due_dates(o, year)]
    db["obligation_due_dates"].insert_all({"obligation_id": oid, "due_date": d} for d in dates)


def due_dates(o: c.Obligation, year: int) -> list[dt.date]:
    """Due dates for a document that names no year of its own: those of the year it was stored in."""
    if not o.deadline or o.kind == "task":
        return []
    rule = parse_deadline(o.deadline)
    if rule is None:
        return []
    try:
        return sorted(set(rule.due_dates(year)))
    except (ValueError, TypeError):
        return []


# ------------------------------------------------------------------ facilities


def resolve_facility(db: sqlite_utils.Database, f: c.Facility) -> int:
    """The stored facility this one is: same BIN, else a close name in the same KATO; else a new one."""
    row = None
    if f.bin:
        row = db.execute("select id from facilities where bin = ?", [f.bin]).fetchone()
    if row is None and f.name:
        candidates = db.execute(
            "select id, name from facilities where (kato = ? or ? is null or kato is null) and (bin is null or ? is null)",
            [f.kato, f.kato, f.bin],
        ).fetchall()
        scored = [(fuzz.token_set_ratio(_norm(f.name), _norm(name or "")), fid) for fid, name in candidates]
        scored = [s for s in scored if s[0] >= FACILITY_NAME_MATCH]
        if scored:
            row = (max(scored)[1],)
    values = {
        "name": f.name,
        "operator": f.operator,
        "bin": f.bin,
        "kato": f.kato,
        "oked": f.oked,
        "address": f.address,
        "lat": f.lat,
        "lon": f.lon,
        "category": f.category,
        "capacity": f.capacity,
    }
    if row is None:
        return db["facilities"].insert({**values, "created_at": _now()}).last_pk
    current = db["facilities"].get(row[0])
    missing = {k: v for k, v in values.items() if v is not None and current.get(k) is None}
    if missing:
        db["facilities"].update(row[0], missing)
    return row[0]


def _norm(name: str) -> str:
    return " ".join(
        name.lower().replace("ё", "е").replace("«", " ").replace("»", " ").replace('"', " ").split()
    )


# ------------------------------------------------------------------ superseding


SUPERSEDING = ("pek_programme", "permit")
"""Kinds whose newer document of a facility replaces the older one's duties."""


def supersede(db: sqlite_utils.Database, document_id: int) -> None:
    """Among a facility's programmes (and among its permits), the newest (by year or term, then by upload) is
    current; the others' obligations are marked superseded by it."""
    doc = db["documents"].get(document_id)
    if doc["kind"] not in SUPERSEDING or doc["facility_id"] is None:
        return
    rows = db.execute(
        "select id, coalesce(year, cast(substr(valid_from, 1, 4) as integer)) from documents"
        " where facility_id = ? and kind = ?",
        [doc["facility_id"], doc["kind"]],
    ).fetchall()
    newest = max(rows, key=lambda r: (r[1] or 0, r[0]))[0]
    for other, _ in rows:
        superseded_by = None if other == newest else newest
        db.execute("update documents set superseded_by = ? where id = ?", [superseded_by, other])
        db.execute(
            "update obligations set superseded = ?, superseded_by = ? where document_id = ?",
            [int(superseded_by is not None), superseded_by, other],
        )


# ------------------------------------------------------------------ corrections


def reapply_corrections(db: sqlite_utils.Database, document_id: int, sha256: str) -> None:
    """Corrections made to an earlier upload of the same file apply to its obligations again."""
    rows = db.execute(
        "select id, local_id, field, new_value from corrections where document_sha256 = ? order by id",
        [sha256],
    ).fetchall()
    for cid, local_id, field, value in rows:
        target = db.execute(
            "select id from obligations where document_id = ? and local_id = ?", [document_id, local_id]
        ).fetchone()
        if target is None:
            continue
        apply_value(db, target[0], field, value)
        db.execute("update corrections set obligation_id = ? where id = ?", [target[0], cid])


# ------------------------------------------------------------------ deletion


def delete_document(db: sqlite_utils.Database, document_id: int) -> None:
    """Remove a document and everything extracted from it; its corrections are kept for a re-upload."""
    doc = db["documents"].get(document_id) if _exists(db, document_id) else None
    if doc is None:
        raise NotFound(f"no document with id {document_id}")
    with write_transaction(db):
        ids = "select id from obligations where document_id = ?"
        db.execute(
            f"update corrections set obligation_id = null where obligation_id in ({ids})", [document_id]
        )
        for table in (
            "obligation_substances",
            "obligation_sources",
            "obligation_due_dates",
            "obligation_legal_refs",
        ):
            db.execute(f"delete from {table} where obligation_id in ({ids})", [document_id])
        for table in (
            "obligations",
            "sources",
            "emissions",
            "wastes",
            "limits",
            "points",
            "legal_refs",
            "warnings",
            "document_files",
            "document_facilities",
        ):
            db.execute(f"delete from {table} where document_id = ?", [document_id])
        db.execute("update documents set superseded_by = null where superseded_by = ?", [document_id])
        db.execute(
            "update obligations set superseded = 0, superseded_by = null where superseded_by = ?",
            [document_id],
        )
        db.execute("delete from documents where id = ?", [document_id])
        if doc["facility_id"] is not None:
            remaining = db.execute(
                "select id from documents where facility_id = ? and kind = 'pek_programme' order by id desc limit 1",
                [doc["facility_id"]],
            ).fetchone()
            if remaining:
                supersede(db, remaining[0])
            _drop_orphan_facilities(db)


def _drop_orphan_facilities(db: sqlite_utils.Database) -> None:
    db.execute(
        "delete from facilities where id not in (select facility_id from document_facilities)"
        " and id not in (select facility_id from documents where facility_id is not null)"
    )


def _exists(db: sqlite_utils.Database, document_id: int) -> bool:
    return db.execute("select 1 from documents where id = ?", [document_id]).fetchone() is not None


# ------------------------------------------------------------------ results


def result_for(db: sqlite_utils.Database, document_id: int, created: bool) -> IngestResult:
    doc = db["documents"].get(document_id)
    facility = db["facilities"].get(doc["facility_id"]) if doc["facility_id"] else None
    counts = {
        table: db.execute(f"select count(*) from {table} where document_id = ?", [document_id]).fetchone()[0]
        for table in ("sources", "emissions", "wastes", "limits", "obligations", "legal_refs")
    }
    warnings = [r[0] for r in db.execute("select message from warnings where document_id = ?", [document_id])]
    return IngestResult(
        document_id=document_id,
        created=created,
        filename=doc["filename"],
        kind=doc["kind"],
        facility_id=doc["facility_id"],
        facility_name=facility["name"] if facility else None,
        counts=counts,
        warnings=warnings,
    )


# ------------------------------------------------------------------ rows


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _prov(p: c.Provenance) -> dict:
    return {"page": p.page, "table_index": p.table, "row_index": p.row, "block_index": p.block}


def _substance(s: c.Substance, prefix: str = "substance_") -> dict:
    return {
        f"{prefix}code": s.code,
        f"{prefix}cas": s.cas,
        f"{prefix}symbol": s.symbol,
        f"{prefix}name": s.name,
    }


def _source(s: c.Source) -> dict:
    return {
        "number": s.number,
        "name": s.name,
        "site": s.site,
        "type": s.type,
        "lat": s.lat,
        "lon": s.lon,
        "monitoring": s.monitoring,
        **_prov(s.provenance),
    }


def _point(p: c.Point) -> dict:
    return {
        "name": p.name,
        "lat": p.lat,
        "lon": p.lon,
        "x": p.x,
        "y": p.y,
        "crs": p.crs,
        **_prov(p.provenance),
    }


def _emission(e: c.Emission) -> dict:
    return {
        "source_number": e.source_number,
        **_substance(e.substance),
        "raw": e.raw,
        "hazard_class": e.hazard_class,
        "g_s": e.g_s,
        "t_y": e.t_y,
        "period": e.period,
        **_prov(e.provenance),
    }


def _waste(w: c.Waste) -> dict:
    return {
        "code": w.code,
        "hazardous": None if w.hazardous is None else int(w.hazardous),
        "name": w.name,
        "operation": w.operation,
        "amount_t": w.amount_t,
        "period": w.period,
        "code_system": w.code_system,
        "code_as_written": w.code_as_written,
        **_prov(w.provenance),
    }


def _limit(x: c.Limit) -> dict:
    return {
        **_substance(x.substance),
        "medium": x.medium,
        "point": x.point,
        "value": x.value,
        "limit_value": x.limit,
        "unit": x.unit,
        "limit_min": x.limit_min,
        "limit_max": x.limit_max,
        "column_label": x.column,
        "basis": x.basis,
        **_prov(x.provenance),
    }


def _ref(r: c.LegalRef) -> dict:
    return {
        "text": r.text,
        "act": r.act,
        "number": r.number,
        "article": r.article,
        "clause": r.clause,
        "subclause": r.subclause,
    }


def _ref_key(r: c.LegalRef) -> tuple:
    return (r.act, r.number, r.article, r.clause, r.subclause)
