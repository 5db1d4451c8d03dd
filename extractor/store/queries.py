"""Reading the store: documents, facilities, and obligations under filters.

The obligation filters are the questions users ask: which facility, what
kind, about which substance (a code, a formula, or a name in any language:
"диоксид азота", "NO2" and "0301" are one substance), at which source, how
often, from which document, containing which words, due when, current or
superseded.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

import sqlite_utils

from extractor.errors import InputError, NotFound
from extractor.nlp.substances import MEDIA, match_substance, substance_by_code

SORTS = {
    "id": "o.id",
    "kind": "o.kind, o.id",
    "frequency": "o.frequency, o.id",
    "document": "o.document_id, o.id",
    "facility": "o.facility_id, o.id",
    "due_date": "(select min(due_date) from obligation_due_dates d where d.obligation_id = o.id), o.id",
    "number": "o.document_id, cast(o.number as integer), o.number, o.id",
}
SUPERSEDED = ("current", "superseded", "all")


@dataclass(frozen=True)
class ObligationFilter:
    facility_id: int | None = None
    kind: str | None = None
    substance: str | None = None
    source: str | None = None
    frequency: str | None = None
    document_id: int | None = None
    q: str | None = None
    due_from: str | None = None
    due_to: str | None = None
    superseded: str = "current"
    sort: str = "id"
    descending: bool = False
    limit: int = 100
    offset: int = 0

    def __post_init__(self) -> None:
        if self.superseded not in SUPERSEDED:
            raise InputError(f"superseded must be one of {', '.join(SUPERSEDED)}, not {self.superseded!r}")
        if self.sort not in SORTS:
            raise InputError(f"sort must be one of {', '.join(SORTS)}, not {self.sort!r}")
        if not 1 <= self.limit <= 10000 or self.offset < 0:
            raise InputError(f"limit must be 1…10000 and offset ≥ 0 (got {self.limit}, {self.offset})")
        for name in ("due_from", "due_to"):
            value = getattr(self, name)
            if value is not None and not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and _real_date(value)):
                raise InputError(f"{name} must be a date YYYY-MM-DD that exists, not {value!r}")


def substance_keys(query: str) -> tuple[set[str], set[str]]:
    """Codes and symbols that a substance query means, in every medium it could be."""
    query = query.strip()
    if re.fullmatch(r"\d{4}", query):
        s = substance_by_code(query)
        return {query}, {s.symbol} if s and s.symbol else set()
    codes: set[str] = set()
    symbols: set[str] = set()
    for medium in MEDIA:
        m = match_substance(query, medium=medium)
        if m is not None:
            if m.substance.code:
                codes.add(m.substance.code)
            if m.substance.symbol:
                symbols.add(m.substance.symbol)
    return codes, symbols


def obligations(db: sqlite_utils.Database, f: ObligationFilter) -> tuple[int, list[dict]]:
    """(total matching, one page of obligations with what they concern)."""
    where, params = _where(db, f)
    sql_where = " where " + " and ".join(where) if where else ""
    total = db.execute(f"select count(*) from obligations o{sql_where}", params).fetchone()[0]
    order = SORTS[f.sort] + (" desc" if f.descending else "")
    rows = db.execute(
        f"select o.* from obligations o{sql_where} order by {order} limit ? offset ?",
        [*params, f.limit, f.offset],
    )
    columns = [d[0] for d in rows.description]
    items = [dict(zip(columns, r, strict=True)) for r in rows.fetchall()]
    return total, _with_links(db, items)


def _where(db: sqlite_utils.Database, f: ObligationFilter) -> tuple[list[str], list]:
    where: list[str] = []
    params: list = []
    if f.facility_id is not None:
        where.append("o.facility_id = ?")
        params.append(f.facility_id)
    if f.document_id is not None:
        where.append("o.document_id = ?")
        params.append(f.document_id)
    if f.kind:
        where.append("o.kind = ?")
        params.append(f.kind)
    if f.frequency:
        where.append("o.frequency = ?")
        params.append(f.frequency)
    if f.superseded != "all":
        where.append("o.superseded = ?")
        params.append(1 if f.superseded == "superseded" else 0)
    narrow = f.facility_id is not None or f.document_id is not None
    if f.source:
        where.append(_linked("obligation_sources", "source_number = ?", narrow))
        params.append(f.source.strip())
    if f.substance:
        codes, symbols = substance_keys(f.substance)
        if not codes and not symbols:
            where.append(_linked("obligation_substances", "substance_name like ?", narrow))
            params.append(f"%{f.substance.strip()}%")
        else:
            marks_c = ",".join("?" * len(codes)) or "null"
            marks_s = ",".join("?" * len(symbols)) or "null"
            where.append(
                _linked(
                    "obligation_substances",
                    f"(substance_code in ({marks_c}) or substance_symbol in ({marks_s}))",
                    narrow,
                )
            )
            params.extend(sorted(codes))
            params.extend(sorted(symbols))
    if f.q:
        where.append("o.id in (select rowid from obligations_fts where obligations_fts match ?)")
        params.append(fts_query(f.q))
    if f.due_from or f.due_to:
        where.append(
            "o.id in (select obligation_id from obligation_due_dates where due_date >= ? and due_date <= ?)"
        )
        params.extend([f.due_from or "0000-01-01", f.due_to or "9999-12-31"])
    return where, params


def _linked(table: str, condition: str, narrow: bool) -> str:
    """An obligation with a matching row in a link table. Within one facility or document, each of its
    obligations is checked through the link table's obligation_id index; across the whole store, the
    matching rows are listed once through the index of the condition's column."""
    if narrow:
        return f"exists (select 1 from {table} l where l.obligation_id = o.id and {condition})"
    return f"o.id in (select obligation_id from {table} where {condition})"


def fts_query(text: str) -> str:
    """Words of a free-text query as an FTS5 expression: every word, as a prefix, quoted."""
    words = re.findall(r"\w+", text)
    if not words:
        raise InputError(f"text query {text!r} has no words")
    return " ".join(f'"{w}"*' for w in words)


LINKS = {
    "substances": (
        "select obligation_id, substance_code, substance_cas, substance_symbol, substance_name"
        " from obligation_substances where obligation_id in ({ids}) order by rowid",
        lambda r: {"code": r[1], "cas": r[2], "symbol": r[3], "name": r[4]},
    ),
    "source_numbers": (
        "select obligation_id, source_number from obligation_sources where obligation_id in ({ids}) order by rowid",
        lambda r: r[1],
    ),
    "legal_refs": (
        "select l.obligation_id, r.text, r.act, r.number, r.article, r.clause, r.subclause"
        " from obligation_legal_refs l join legal_refs r on r.id = l.legal_ref_id"
        " where l.obligation_id in ({ids}) order by l.rowid",
        lambda r: dict(zip(("text", "act", "number", "article", "clause", "subclause"), r[1:], strict=True)),
    ),
    "due_dates": (
        "select obligation_id, due_date from obligation_due_dates where obligation_id in ({ids}) order by 1, 2",
        lambda r: r[1],
    ),
}
"""What an obligation concerns, read for a whole page of obligations at once (one query per link
table, not one per obligation)."""


def _with_links(db: sqlite_utils.Database, items: list[dict]) -> list[dict]:
    ids = [item["id"] for item in items]
    for item in items:
        for key in LINKS:
            item[key] = []
        item["superseded"] = bool(item["superseded"])
        item["checked"] = bool(item["checked"])
    if not ids:
        return items
    index = {item["id"]: item for item in items}
    marks = ",".join("?" * len(ids))
    for key, (sql, shape) in LINKS.items():
        for row in db.execute(sql.format(ids=marks), ids):
            index[row[0]][key].append(shape(row))
    return items


# ------------------------------------------------------------------ documents and facilities


def documents(db: sqlite_utils.Database, limit: int = 100, offset: int = 0, facility_id: int | None = None):
    where = " where facility_id = ?" if facility_id is not None else ""
    params = [facility_id] if facility_id is not None else []
    total = db.execute(f"select count(*) from documents{where}", params).fetchone()[0]
    rows = db.execute(
        "select id, sha256, filename, format, kind, language, title, number, date, year, pages, size_bytes,"
        f" facility_id, superseded_by, ingested_at from documents{where} order by id limit ? offset ?",
        [*params, limit, offset],
    )
    columns = [d[0] for d in rows.description]
    return total, [dict(zip(columns, r, strict=True)) for r in rows.fetchall()]


def _one(db: sqlite_utils.Database, table: str, label: str, key: int) -> dict:
    result = db.execute(f"select * from {table} where id = ?", [key])
    row = result.fetchone()
    if row is None:
        raise NotFound(f"no {label} with id {key}")
    return dict(zip([d[0] for d in result.description], row, strict=True))


def document(db: sqlite_utils.Database, document_id: int) -> dict:
    return _one(db, "documents", "document", document_id)


def extraction(db: sqlite_utils.Database, document_id: int) -> dict:
    return json.loads(document(db, document_id)["extraction"])


def document_model(db: sqlite_utils.Database, document_id: int) -> dict | None:
    """The parsed document (blocks, tables, boilerplate) as stored at ingest."""
    return json.loads(document(db, document_id)["model"] or "null")


def document_file(db: sqlite_utils.Database, document_id: int) -> tuple[str, str, bytes]:
    row = db.execute(
        "select d.filename, f.content_type, f.content from documents d join document_files f"
        " on f.document_id = d.id where d.id = ?",
        [document_id],
    ).fetchone()
    if row is None:
        raise NotFound(f"no document with id {document_id}")
    return row[0], row[1] or "application/octet-stream", row[2]


def facilities(
    db: sqlite_utils.Database,
    q: str | None = None,
    bin: str | None = None,
    kato: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[int, list[dict]]:
    where, params = [], []
    if q:
        where.append("(name like ? or operator like ? or bin like ?)")
        params.extend([f"%{q.strip()}%"] * 3)
    if bin:
        where.append("bin = ?")
        params.append(bin.strip())
    if kato:
        where.append("kato like ?")
        params.append(f"{kato.strip()}%")
    sql_where = " where " + " and ".join(where) if where else ""
    total = db.execute(f"select count(*) from facilities{sql_where}", params).fetchone()[0]
    rows = db.execute(
        f"select * from facilities{sql_where} order by name limit ? offset ?", [*params, limit, offset]
    )
    columns = [d[0] for d in rows.description]
    return total, [_facility_counts(db, dict(zip(columns, r, strict=True))) for r in rows.fetchall()]


def facility(db: sqlite_utils.Database, facility_id: int) -> dict:
    return _facility_counts(db, _one(db, "facilities", "facility", facility_id))


def _facility_counts(db: sqlite_utils.Database, item: dict) -> dict:
    fid = item["id"]
    item["documents"] = db.execute(
        "select count(*) from document_facilities where facility_id = ?", [fid]
    ).fetchone()[0]
    item["obligations"] = db.execute(
        "select count(*) from obligations where facility_id = ? and superseded = 0", [fid]
    ).fetchone()[0]
    return item


def rows(
    db: sqlite_utils.Database,
    table: str,
    facility_id: int | None = None,
    document_id: int | None = None,
    current_only: bool = True,
) -> list[dict]:
    """Sources, emissions, wastes, limits or points of a facility (from its current documents) or of a document."""
    if table not in ("sources", "emissions", "wastes", "limits", "points", "warnings", "legal_refs"):
        raise InputError(f"unknown table {table!r}")
    where, params = [], []
    if facility_id is not None:
        if table in ("warnings", "legal_refs"):  # items of a document, not of a facility
            where.append("document_id in (select id from documents where facility_id = ?)")
        else:
            where.append("facility_id = ?")
        params.append(facility_id)
        if current_only:
            where.append("document_id in (select id from documents where superseded_by is null)")
    if document_id is not None:
        where.append("document_id = ?")
        params.append(document_id)
    sql_where = " where " + " and ".join(where) if where else ""
    result = db.execute(f"select * from {table}{sql_where} order by id", params)
    columns = [d[0] for d in result.description]
    return [dict(zip(columns, r, strict=True)) for r in result.fetchall()]


def _real_date(text: str) -> bool:
    """`2027-02-28` is a date; `2027-13-45` only looks like one."""
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
