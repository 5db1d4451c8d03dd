"""Exports of filtered obligations for other tools: one function, one table of formats.

content, media_type, filename = export(db, "xlsx", ObligationFilter(facility_id=1, limit=10000))

Every format takes the filters of the API's obligation query; the formats
live in `tabular` (CSV, XLSX, JSON, NDJSON), `geo` (GeoJSON) and `calendar`
(iCalendar, which needs a facility).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import sqlite_utils

from extractor.errors import InputError
from extractor.exports import tabular
from extractor.exports.calendar import facility_calendar
from extractor.exports.geo import to_geojson
from extractor.store.queries import ObligationFilter


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"
    NDJSON = "ndjson"
    GEOJSON = "geojson"
    ICS = "ics"


@dataclass(frozen=True)
class Writer:
    write: Callable[[sqlite_utils.Database, ObligationFilter], bytes]
    media_type: str
    extension: str


def _calendar(db: sqlite_utils.Database, f: ObligationFilter) -> bytes:
    if f.facility_id is None:
        raise InputError("the ics export is one facility's calendar: give a facility_id")
    return facility_calendar(db, f.facility_id, f).encode("utf-8")


WRITERS: dict[ExportFormat, Writer] = {
    ExportFormat.CSV: Writer(tabular.to_csv, "text/csv; charset=utf-8", "csv"),
    ExportFormat.XLSX: Writer(
        tabular.to_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"
    ),
    ExportFormat.JSON: Writer(tabular.to_json, "application/json", "json"),
    ExportFormat.NDJSON: Writer(tabular.to_ndjson, "application/x-ndjson", "ndjson"),
    ExportFormat.GEOJSON: Writer(to_geojson, "application/geo+json", "geojson"),
    ExportFormat.ICS: Writer(_calendar, "text/calendar; charset=utf-8", "ics"),
}


def export_format(fmt: str) -> ExportFormat:
    """The format a user named (any case, with or without a leading dot); InputError quoting it otherwise."""
    try:
        return ExportFormat(str(fmt).strip().lower().lstrip("."))
    except ValueError:
        known = ", ".join(f.value for f in ExportFormat)
        raise InputError(f"unknown export format {fmt!r}: expected one of {known}") from None


def file_name(f: ObligationFilter, extension: str) -> str:
    """An ASCII name that says what was exported, safe in a Content-Disposition header."""
    parts = ["obligations"]
    if f.facility_id is not None:
        parts.append(f"facility-{f.facility_id}")
    if f.document_id is not None:
        parts.append(f"document-{f.document_id}")
    return "-".join(parts) + f".{extension}"


def export(db: sqlite_utils.Database, fmt: str, f: ObligationFilter) -> tuple[bytes, str, str]:
    """(content, media type, suggested file name) of the obligations under `f` in format `fmt`."""
    writer = WRITERS[export_format(fmt)]
    return writer.write(db, f), writer.media_type, file_name(f, writer.extension)


__all__ = ["ExportFormat", "export", "export_format", "facility_calendar"]
