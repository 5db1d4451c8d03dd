"""A facility's deadlines and recurring duties as an RFC 5545 iCalendar, to subscribe to in Outlook or Google.

Written by hand rather than through a library, because the rules that
calendar clients are strict about are few and checkable: CRLF line ends,
lines folded at 75 octets (never inside a UTF-8 character), TEXT values
escaped. Every event is all-day: documents name days, not hours, and a
floating date needs no time zone.

- an obligation with due dates (`до первого числа второго месяца за отчетным
  кварталом` → 2027-05-01, 2027-08-01, …) gives one event per date, with a
  reminder a week before;
- a recurring obligation without due dates (`1 раз в квартал`) gives one
  event with its RRULE, starting on 1 January of its document's year.

UIDs are built from the obligation and the date, so a re-export updates the
events a client already has instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import sqlite_utils

from extractor.exports.tabular import all_obligations
from extractor.store import queries as q

PRODID = "-//regdocs//regdocs-extractor//EN"
UID_DOMAIN = "regdocs"
LINE_OCTETS = 75
SUMMARY_CHARS = 60
ALARM_BEFORE = "-P7D"

# ------------------------------------------------------------------ language data

KIND_LABELS: dict[str, dict[str, str]] = {
    "ru": {
        "monitoring": "Мониторинг",
        "reporting": "Отчет",
        "inspection": "Проверка",
        "requirement": "Требование",
        "waste": "Отходы",
        "prohibition": "Запрет",
        "task": "Задача",
        "other": "Обязательство",
    },
    "kk": {
        "monitoring": "Мониторинг",
        "reporting": "Есеп",
        "inspection": "Тексеру",
        "requirement": "Талап",
        "waste": "Қалдықтар",
        "prohibition": "Тыйым",
        "task": "Тапсырма",
        "other": "Міндеттеме",
    },
    "vi": {
        "monitoring": "Quan trắc",
        "reporting": "Báo cáo",
        "inspection": "Kiểm tra",
        "requirement": "Yêu cầu",
        "waste": "Chất thải",
        "prohibition": "Cấm",
        "task": "Nhiệm vụ",
        "other": "Nghĩa vụ",
    },
    "en": {
        "monitoring": "Monitoring",
        "reporting": "Report",
        "inspection": "Inspection",
        "requirement": "Requirement",
        "waste": "Waste",
        "prohibition": "Prohibition",
        "task": "Task",
        "other": "Obligation",
    },
}
PROGRAMME_LABEL = {"ru": "ПЭК", "kk": "ӨЭБ", "en": "PEC"}
"""What a production environmental control programme is called, added to the kind of its obligations."""
FIELD_LABELS: dict[str, dict[str, str]] = {
    "ru": {"deadline": "Срок", "legal": "Основание", "document": "Документ", "reminder": "Срок через неделю"},
    "kk": {
        "deadline": "Мерзімі",
        "legal": "Негіздеме",
        "document": "Құжат",
        "reminder": "Мерзімі бір аптадан кейін",
    },
    "vi": {
        "deadline": "Thời hạn",
        "legal": "Căn cứ",
        "document": "Văn bản",
        "reminder": "Đến hạn sau một tuần",
    },
    "en": {
        "deadline": "Deadline",
        "legal": "Legal basis",
        "document": "Document",
        "reminder": "Due in a week",
    },
}

# ------------------------------------------------------------------ RFC 5545 lines


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped; other control
    characters, which TEXT does not allow, dropped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", value)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str, limit: int = LINE_OCTETS) -> list[str]:
    """A content line cut into pieces of at most `limit` octets of UTF-8, continuations starting with a space
    (RFC 5545 3.1); a cut never falls inside a character."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return pieces


def content_line(name: str, value: str) -> str:
    """`name` may carry parameters (`DTSTART;VALUE=DATE`); `value` is already in its type's syntax."""
    return f"{name}:{value}"


def text_line(name: str, value: str) -> str:
    return content_line(name, escape_text(value))


def serialize(lines: list[str]) -> str:
    """The lines folded and ended with CRLF, the last one too."""
    return "".join(piece + "\r\n" for line in lines for piece in fold(line))


# ------------------------------------------------------------------ values

_RECUR_PARTS = {
    "FREQ": r"SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY",
    "INTERVAL": r"[1-9]\d{0,3}",
    "COUNT": r"[1-9]\d{0,3}",
    "UNTIL": r"\d{8}",
    "BYMONTH": r"(?:1[0-2]|0?[1-9])(?:,(?:1[0-2]|0?[1-9]))*",
    "BYMONTHDAY": r"[+-]?(?:3[01]|[12]\d|0?[1-9])(?:,[+-]?(?:3[01]|[12]\d|0?[1-9]))*",
    "BYDAY": r"(?:[+-]?\d{1,2})?(?:MO|TU|WE|TH|FR|SA|SU)(?:,(?:[+-]?\d{1,2})?(?:MO|TU|WE|TH|FR|SA|SU))*",
    "BYSETPOS": r"[+-]?\d{1,3}(?:,[+-]?\d{1,3})*",
    "BYWEEKNO": r"[+-]?\d{1,2}(?:,[+-]?\d{1,2})*",
    "BYYEARDAY": r"[+-]?\d{1,3}(?:,[+-]?\d{1,3})*",
    "WKST": r"MO|TU|WE|TH|FR|SA|SU",
}


def recurrence(rule: str | None) -> str | None:
    """The rule as an RFC 5545 RECUR value for an all-day event, or None when it is not one: unknown or
    repeated parts, no FREQ, COUNT with UNTIL, a time where only dates make sense."""
    if not rule:
        return None
    rule = rule.strip().upper().removeprefix("RRULE:")
    parts: dict[str, str] = {}
    for part in rule.split(";"):
        key, eq, value = part.partition("=")
        pattern = _RECUR_PARTS.get(key)
        if not eq or pattern is None or key in parts or not re.fullmatch(pattern, value):
            return None
        parts[key] = value
    if "FREQ" not in parts or ("COUNT" in parts and "UNTIL" in parts):
        return None
    if parts["FREQ"] in ("SECONDLY", "MINUTELY", "HOURLY"):
        return None
    return ";".join(f"{k}={v}" for k, v in parts.items())


def recurrence_start(rule: str, year: int) -> dt.date:
    """1 January of `year`, or the 1st of the first BYMONTH month so that DTSTART is the rule's own first
    occurrence (RFC 5545 leaves an unsynchronised DTSTART undefined)."""
    months = re.search(r"(?:^|;)BYMONTH=([\d,]+)", rule)
    return dt.date(year, min(int(m) for m in months.group(1).split(",")) if months else 1, 1)


def ical_date(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def ical_utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _language(o: dict, doc: dict) -> str:
    lang = o.get("language") or doc.get("language") or "ru"
    return lang if lang in KIND_LABELS else "en"


def summary(o: dict, doc: dict) -> str:
    """`Отчет ПЭК: Отчет о выполнении программы…`: what kind of duty, then the start of its text."""
    lang = _language(o, doc)
    label = KIND_LABELS[lang].get(o["kind"], KIND_LABELS[lang]["other"])
    if doc.get("kind") == "pek_programme" and lang in PROGRAMME_LABEL:
        label = f"{label} {PROGRAMME_LABEL[lang]}"
    text = " ".join((o.get("text") or "").split())
    if len(text) > SUMMARY_CHARS:
        cut = text[:SUMMARY_CHARS]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:.") + "…"
    return f"{label}: {text}" if text else label


def description(o: dict, doc: dict) -> str:
    """The full text, then the deadline as written, the legal basis and the document."""
    labels = FIELD_LABELS[_language(o, doc)]
    parts = [o.get("text") or ""]
    if o.get("deadline"):
        parts.append(f"{labels['deadline']}: {o['deadline']}")
    refs = "; ".join(r["text"] for r in o.get("legal_refs", []) if r.get("text"))
    if refs:
        parts.append(f"{labels['legal']}: {refs}")
    name = doc.get("title") or doc.get("filename")
    if name:
        filename = doc.get("filename")
        parts.append(
            f"{labels['document']}: {name}" + (f" ({filename})" if filename and filename != name else "")
        )
    return "\n\n".join(p for p in parts if p)


# ------------------------------------------------------------------ events


def event(o: dict, doc: dict, start: dt.date, stamp: str, rrule: str | None = None) -> list[str]:
    """One all-day VEVENT; a due date (no rule) gets a display reminder a week before."""
    lines = [
        "BEGIN:VEVENT",
        content_line("UID", f"obligation-{o['id']}-{start.isoformat()}@{UID_DOMAIN}"),
        content_line("DTSTAMP", stamp),
        content_line("DTSTART;VALUE=DATE", ical_date(start)),
        content_line("DTEND;VALUE=DATE", ical_date(start + dt.timedelta(days=1))),
    ]
    if rrule:
        lines.append(content_line("RRULE", rrule))
    lines += [
        text_line("SUMMARY", summary(o, doc)),
        text_line("DESCRIPTION", description(o, doc)),
        text_line("CATEGORIES", o["kind"]),
        content_line("TRANSP", "TRANSPARENT"),
    ]
    if not rrule:
        reminder = FIELD_LABELS[_language(o, doc)]["reminder"]
        lines += [
            "BEGIN:VALARM",
            content_line("ACTION", "DISPLAY"),
            content_line("TRIGGER", ALARM_BEFORE),
            text_line("DESCRIPTION", f"{reminder}: {summary(o, doc)}"),
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def obligation_events(o: dict, doc: dict, f: q.ObligationFilter, stamp: str, year: int) -> list[list[str]]:
    """One event per due date (within the filter's due window), else one recurring event, else none."""
    dates = sorted({d for d in map(_parse_date, o.get("due_dates", [])) if d is not None})
    if dates:
        low = _parse_date(f.due_from or "") or dt.date.min
        high = _parse_date(f.due_to or "") or dt.date.max
        return [event(o, doc, d, stamp) for d in dates if low <= d <= high]
    rule = recurrence(o.get("rrule"))
    if rule is None:
        return []
    return [event(o, doc, recurrence_start(rule, doc.get("year") or year), stamp, rule)]


def _documents(db: sqlite_utils.Database) -> dict[int, dict]:
    result = db.execute("select id, filename, title, kind, language, year from documents")
    columns = [d[0] for d in result.description]
    return {r[0]: dict(zip(columns, r, strict=True)) for r in result.fetchall()}


def facility_calendar(
    db: sqlite_utils.Database,
    facility_id: int,
    f: q.ObligationFilter | None = None,
    *,
    now: dt.datetime | None = None,
) -> str:
    """The facility's obligations under `f` (current ones by default; every page, since a calendar has
    none) as an iCalendar; `now` fixes DTSTAMP and the fallback year. Unknown facility → NotFound."""
    fac = q.facility(db, facility_id)
    f = replace(f or q.ObligationFilter(), facility_id=facility_id)
    now = now or dt.datetime.now(dt.UTC)
    stamp = ical_utc(now)
    documents = _documents(db)
    lines = [
        "BEGIN:VCALENDAR",
        content_line("VERSION", "2.0"),
        content_line("PRODID", PRODID),
        content_line("CALSCALE", "GREGORIAN"),
        content_line("METHOD", "PUBLISH"),
        text_line("X-WR-CALNAME", fac["name"] or f"Facility {facility_id}"),
    ]
    for o in all_obligations(db, f):
        doc = documents.get(o["document_id"], {})
        for ev in obligation_events(o, doc, f, stamp, now.year):
            lines += ev
    lines.append("END:VCALENDAR")
    return serialize(lines)
