"""Filtered obligations and the items around them as CSV, XLSX, JSON and NDJSON.

The obligations are those of the filter, page included (callers that want
everything raise `limit`); the items around them (facilities, documents,
sources, emissions, wastes, limits, legal references, warnings) are those of
the filter's facility or document, or of the whole store when it names
neither (current documents only, unless the filter's `superseded` says
otherwise). Column headers are words, not column names: people open these files
in Excel.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace

import sqlite_utils
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from extractor.store import queries as q

PAGE = 10000
"""The largest page `queries.obligations` accepts."""
ITEMS = ("sources", "emissions", "wastes", "limits", "points", "legal_refs", "warnings")
WITH_FACILITY = ("sources", "emissions", "wastes", "limits", "points")
EXCEL_CELL_MAX = 32767
MIN_WIDTH, MAX_WIDTH = 6, 60

# ------------------------------------------------------------------ what an export covers


@dataclass(frozen=True)
class Scope:
    """The documents and facilities an export covers (None: all of them) and the facility its items belong
    to (None: any)."""

    document_ids: tuple[int, ...] | None
    facility_ids: tuple[int, ...] | None
    facility_id: int | None = None


def all_obligations(db: sqlite_utils.Database, f: q.ObligationFilter) -> list[dict]:
    """Every obligation under the filter, whatever its page: a calendar or a map has no pages."""
    items: list[dict] = []
    while True:
        total, page = q.obligations(db, replace(f, limit=PAGE, offset=len(items)))
        items.extend(page)
        if not page or len(items) >= total:
            return items


def export_scope(db: sqlite_utils.Database, f: q.ObligationFilter, obligations: Iterable[dict]) -> Scope:
    """The filter's document; else its facility's documents, or every document when it names no facility,
    current or superseded as the filter's `superseded` says; plus the documents of the exported obligations.
    Facilities: the filter's, else those of the documents, else all."""
    where, params = [], []
    if f.document_id is not None:
        where.append("id = ?")
        params.append(f.document_id)
    if f.facility_id is not None:
        where.append(
            "(facility_id = ? or id in (select document_id from document_facilities where facility_id = ?))"
        )
        params.extend([f.facility_id, f.facility_id])
    if f.document_id is None and f.superseded != "all":
        where.append("superseded_by is null" if f.superseded == "current" else "superseded_by is not null")
    if f.document_id is None and f.facility_id is None and f.superseded == "all":
        return Scope(None, None)
    sql_where = " where " + " and ".join(where) if where else ""
    ids = {r[0] for r in db.execute(f"select id from documents{sql_where}", params)}
    ids |= {o["document_id"] for o in obligations if o.get("document_id") is not None}
    documents = tuple(sorted(ids))
    if f.document_id is None and f.facility_id is None:
        return Scope(documents, None)
    if f.facility_id is not None:
        return Scope(documents, (f.facility_id,), f.facility_id)
    return Scope(documents, _facilities_of(db, documents))


def _facilities_of(db: sqlite_utils.Database, document_ids: Sequence[int]) -> tuple[int, ...]:
    marks = _marks(document_ids)
    rows = db.execute(
        f"select facility_id from documents where id in ({marks}) and facility_id is not null"
        f" union select facility_id from document_facilities where document_id in ({marks})",
        [*document_ids, *document_ids],
    )
    return tuple(sorted(r[0] for r in rows))


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values)) or "null"


def _select(db: sqlite_utils.Database, sql: str, params: Sequence = ()) -> list[dict]:
    result = db.execute(sql, list(params))
    columns = [d[0] for d in result.description]
    return [dict(zip(columns, r, strict=True)) for r in result.fetchall()]


def scope_facilities(db: sqlite_utils.Database, scope: Scope) -> list[dict]:
    if scope.facility_ids is None:
        return _select(db, "select * from facilities order by id")
    return _select(
        db,
        f"select * from facilities where id in ({_marks(scope.facility_ids)}) order by id",
        scope.facility_ids,
    )


def scope_documents(db: sqlite_utils.Database, scope: Scope) -> list[dict]:
    """The documents without their stored extraction, which is the whole result again."""
    columns = (
        "id, sha256, filename, format, kind, language, title, number, date, year, pages, size_bytes,"
        " facility_id, superseded_by, ingested_at"
    )
    if scope.document_ids is None:
        return _select(db, f"select {columns} from documents order by id")
    marks = _marks(scope.document_ids)
    return _select(
        db, f"select {columns} from documents where id in ({marks}) order by id", scope.document_ids
    )


def scope_items(db: sqlite_utils.Database, table: str, scope: Scope) -> list[dict]:
    """Rows of an item table (sources, emissions, …) in the scope's documents, of its facility if it has one."""
    if table not in ITEMS:
        raise ValueError(f"not an item table: {table!r}")
    where, params = [], []
    if scope.document_ids is not None:
        where.append(f"document_id in ({_marks(scope.document_ids)})")
        params.extend(scope.document_ids)
    if scope.facility_id is not None and table in WITH_FACILITY:
        where.append("facility_id = ?")
        params.append(scope.facility_id)
    sql_where = " where " + " and ".join(where) if where else ""
    return _select(db, f"select * from {table}{sql_where} order by id", params)


@dataclass(frozen=True)
class Names:
    """Facility names and document file names by id, so that rows read without a lookup."""

    facilities: dict[int, str]
    documents: dict[int, str]

    @classmethod
    def of(cls, db: sqlite_utils.Database) -> Names:
        return cls(
            {r[0]: r[1] or f"#{r[0]}" for r in db.execute("select id, name from facilities")},
            {r[0]: r[1] or f"#{r[0]}" for r in db.execute("select id, filename from documents")},
        )

    def facility(self, fid: int | None) -> str | None:
        return None if fid is None else self.facilities.get(fid, f"#{fid}")

    def document(self, did: int | None) -> str | None:
        return None if did is None else self.documents.get(did, f"#{did}")


# ------------------------------------------------------------------ obligations as rows


def _yes_no(value: object) -> str | None:
    return None if value is None else ("yes" if value else "no")


def _substance_label(s: dict) -> str:
    return " ".join(str(s[k]) for k in ("code", "symbol", "name") if s.get(k))


def _joined(values: Iterable[str | None]) -> str:
    return "; ".join(v for v in values if v)


OBLIGATION_COLUMNS: tuple[tuple[str, Callable[[dict, Names], object]], ...] = (
    ("id", lambda o, n: o["id"]),
    ("facility", lambda o, n: n.facility(o["facility_id"])),
    ("document", lambda o, n: n.document(o["document_id"])),
    ("kind", lambda o, n: o["kind"]),
    ("number", lambda o, n: o["number"]),
    ("article", lambda o, n: o["article"]),
    ("text", lambda o, n: o["text"]),
    ("actor", lambda o, n: o["actor"]),
    ("modality", lambda o, n: o["modality"]),
    ("frequency", lambda o, n: o["frequency"]),
    ("rrule", lambda o, n: o["rrule"]),
    ("deadline", lambda o, n: o["deadline"]),
    ("due dates", lambda o, n: _joined(o["due_dates"])),
    ("substances", lambda o, n: _joined(_substance_label(s) for s in o["substances"])),
    ("sources", lambda o, n: _joined(o["source_numbers"])),
    ("point", lambda o, n: o["point"]),
    ("legal references", lambda o, n: _joined(r["text"] for r in o["legal_refs"])),
    ("superseded", lambda o, n: _yes_no(o["superseded"])),
    ("checked", lambda o, n: _yes_no(o["checked"])),
    ("page", lambda o, n: o["page"]),
    ("table", lambda o, n: o["table_index"]),
    ("row", lambda o, n: o["row_index"]),
)
OBLIGATION_HEADERS = tuple(h for h, _ in OBLIGATION_COLUMNS)


def obligation_row(o: dict, names: Names) -> dict[str, object]:
    """One obligation flattened under the readable headers: lists `;`-joined."""
    return {header: get(o, names) for header, get in OBLIGATION_COLUMNS}


# ------------------------------------------------------------------ CSV


def to_csv(db: sqlite_utils.Database, f: q.ObligationFilter) -> bytes:
    """UTF-8 with a byte-order mark: without it Excel reads Cyrillic and Vietnamese as Windows-1252."""
    _, items = q.obligations(db, f)
    names = Names.of(db)
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=OBLIGATION_HEADERS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(obligation_row(o, names) for o in items)
    return out.getvalue().encode("utf-8-sig")


# ------------------------------------------------------------------ XLSX

SheetColumns = tuple[tuple[str, str], ...]
"""(key in the row, header) per column."""
PROVENANCE_COLUMNS: SheetColumns = (("page", "page"), ("table_index", "table"), ("row_index", "row"))
ITEM_PREFIX: SheetColumns = (("id", "id"), ("facility", "facility"), ("document", "document"))
SUBSTANCE_COLUMNS: SheetColumns = (
    ("substance_code", "substance code"),
    ("substance_cas", "CAS"),
    ("substance_symbol", "formula"),
    ("substance_name", "substance"),
)
SHEETS: tuple[tuple[str, str, SheetColumns], ...] = (
    (
        "Facilities",
        "facilities",
        (
            ("id", "id"),
            ("name", "name"),
            ("operator", "operator"),
            ("bin", "BIN"),
            ("kato", "KATO"),
            ("oked", "OKED"),
            ("address", "address"),
            ("lat", "latitude"),
            ("lon", "longitude"),
            ("category", "category"),
            ("capacity", "capacity"),
        ),
    ),
    (
        "Documents",
        "documents",
        (
            ("id", "id"),
            ("filename", "file"),
            ("kind", "kind"),
            ("language", "language"),
            ("title", "title"),
            ("number", "number"),
            ("date", "date"),
            ("year", "year"),
            ("pages", "pages"),
            ("format", "format"),
            ("size_bytes", "size (bytes)"),
            ("facility", "facility"),
            ("superseded_by", "superseded by (document id)"),
            ("ingested_at", "ingested at"),
            ("sha256", "SHA-256"),
        ),
    ),
    ("Obligations", "obligations", tuple((h, h) for h in OBLIGATION_HEADERS)),
    (
        "Sources",
        "sources",
        (
            *ITEM_PREFIX,
            ("number", "number"),
            ("name", "name"),
            ("site", "site"),
            ("type", "type"),
            ("lat", "latitude"),
            ("lon", "longitude"),
            ("monitoring", "monitoring"),
            *PROVENANCE_COLUMNS,
        ),
    ),
    (
        "Emissions",
        "emissions",
        (
            *ITEM_PREFIX,
            ("source_number", "source"),
            *SUBSTANCE_COLUMNS,
            ("raw", "as written"),
            ("hazard_class", "hazard class"),
            ("g_s", "g/s"),
            ("t_y", "t/year"),
            ("period", "period"),
            *PROVENANCE_COLUMNS,
        ),
    ),
    (
        "Wastes",
        "wastes",
        (
            *ITEM_PREFIX,
            ("code", "code"),
            ("code_system", "code system"),
            ("hazardous", "hazardous"),
            ("name", "name"),
            ("operation", "operation"),
            ("amount_t", "amount (t)"),
            ("period", "period"),
            *PROVENANCE_COLUMNS,
        ),
    ),
    (
        "Limits",
        "limits",
        (
            *ITEM_PREFIX,
            *SUBSTANCE_COLUMNS,
            ("medium", "medium"),
            ("point", "point"),
            ("value", "value"),
            ("limit_value", "limit"),
            ("limit_min", "limit min"),
            ("limit_max", "limit max"),
            ("unit", "unit"),
            ("column_label", "column"),
            *PROVENANCE_COLUMNS,
        ),
    ),
    (
        "Legal references",
        "legal_refs",
        (
            ("id", "id"),
            ("document", "document"),
            ("text", "text"),
            ("act", "act"),
            ("number", "number"),
            ("article", "article"),
            ("clause", "clause"),
            ("subclause", "subclause"),
        ),
    ),
    (
        "Warnings",
        "warnings",
        (
            ("id", "id"),
            ("document", "document"),
            ("code", "code"),
            ("message", "message"),
            *PROVENANCE_COLUMNS,
        ),
    ),
)


def _labelled(rows: list[dict], names: Names) -> list[dict]:
    """Rows with the facility's name and the document's file name beside their ids, yes/no for flags."""
    out = []
    for row in rows:
        extra: dict[str, object] = {}
        if "facility_id" in row:
            extra["facility"] = names.facility(row["facility_id"])
        if "document_id" in row:
            extra["document"] = names.document(row["document_id"])
        if "hazardous" in row:
            extra["hazardous"] = _yes_no(row["hazardous"])
        out.append({**row, **extra})
    return out


def sheet_rows(db: sqlite_utils.Database, f: q.ObligationFilter) -> dict[str, list[dict]]:
    """Rows per table name for the workbook, obligations already flattened under their headers."""
    _, items = q.obligations(db, f)
    scope = export_scope(db, f, items)
    names = Names.of(db)
    tables: dict[str, list[dict]] = {
        "facilities": scope_facilities(db, scope),
        "documents": _labelled(scope_documents(db, scope), names),
        "obligations": [obligation_row(o, names) for o in items],
    }
    for table in ITEMS:
        tables[table] = _labelled(scope_items(db, table, scope), names)
    return tables


def _cell_value(value: object) -> object:
    """A value openpyxl accepts: no control characters, at most Excel's cell length."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:EXCEL_CELL_MAX]
    return value


def _write_sheet(wb: Workbook, title: str, columns: SheetColumns, rows: list[dict]) -> None:
    ws = wb.create_sheet(title)
    ws.append([header for _, header in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(header) for _, header in columns]
    for r, row in enumerate(rows, start=2):
        for c, (key, _) in enumerate(columns, start=1):
            value = _cell_value(row.get(key))
            if value is None:
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if cell.data_type == "f":  # text that begins with "=" stays text: no formulas from a document
                cell.data_type = "s"
            widths[c - 1] = max(widths[c - 1], len(str(value)))
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"


def to_xlsx(db: sqlite_utils.Database, f: q.ObligationFilter) -> bytes:
    """One sheet per entity, header row frozen and filterable, columns as wide as their content (capped)."""
    tables = sheet_rows(db, f)
    wb = Workbook()
    wb.remove(wb.active)
    for title, table, columns in SHEETS:
        _write_sheet(wb, title, columns, tables[table])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


# ------------------------------------------------------------------ JSON, NDJSON


def _dumps(value: object, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, indent=indent)


def to_document(db: sqlite_utils.Database, f: q.ObligationFilter) -> dict:
    """The filter, the obligations it selects and the items around them, with the store's column names."""
    total, items = q.obligations(db, f)
    scope = export_scope(db, f, items)
    doc: dict = {
        "filter": asdict(f),
        "total": total,
        "obligations": items,
        "facilities": scope_facilities(db, scope),
        "documents": scope_documents(db, scope),
    }
    for table in ITEMS:
        doc[table] = scope_items(db, table, scope)
    return doc


def to_json(db: sqlite_utils.Database, f: q.ObligationFilter) -> bytes:
    return (_dumps(to_document(db, f), indent=1) + "\n").encode("utf-8")


def to_ndjson(db: sqlite_utils.Database, f: q.ObligationFilter) -> bytes:
    """One obligation per line, for streaming tools (jq, pandas.read_json(lines=True))."""
    _, items = q.obligations(db, f)
    return "".join(_dumps(o) + "\n" for o in items).encode("utf-8")
