"""The months ahead of a facility: deadlines (an obligation's due dates) and recurring duties (its RRULE
expanded), month by month, for the calendar on the facility page.

A recurring duty starts, as in the iCalendar export, on 1 January of its document's year (or the first
BYMONTH month). The expansion covers what the extractor writes — FREQ DAILY/WEEKLY/MONTHLY/YEARLY with
INTERVAL, BYMONTH, BYMONTHDAY, BYDAY (weekly only), COUNT and UNTIL.
"""

from __future__ import annotations

import calendar as cal
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from extractor.exports.calendar import recurrence, recurrence_start

MAX_PERIODS = 50_000
WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


@dataclass
class Group:
    """Recurring duties of one kind and frequency falling in a month."""

    kind: str
    frequency: str | None
    items: list[tuple[dt.date, dict[str, Any]]] = field(default_factory=list)


@dataclass
class Month:
    first: dt.date
    deadlines: list[tuple[dt.date, dict[str, Any]]] = field(default_factory=list)
    recurring: list[Group] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.deadlines and not self.recurring


def month_start(value: str | None, today: dt.date) -> dt.date:
    """The first month shown: `YYYY-MM` when given and valid, else the current month."""
    if value:
        try:
            year, month = (int(p) for p in value.split("-", 1))
            return dt.date(year, month, 1)
        except ValueError:
            pass
    return today.replace(day=1)


def add_months(day: dt.date, n: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def agenda(
    obligations: list[dict[str, Any]], years: dict[int, int | None], start: dt.date, count: int = 12
) -> list[Month]:
    """`count` months from `start` (a first of month); `years` maps document id → the document's year."""
    months = [Month(add_months(start, i)) for i in range(count)]
    end = add_months(start, count) - dt.timedelta(days=1)
    by_key = {(m.first.year, m.first.month): m for m in months}
    for o in obligations:
        dates = sorted({d for d in map(_date, o.get("due_dates") or []) if d is not None})
        if dates:
            for d in dates:
                if start <= d <= end:
                    by_key[(d.year, d.month)].deadlines.append((d, o))
            continue
        rule = recurrence(o.get("rrule"))
        if rule is None:
            continue
        first = recurrence_start(rule, years.get(o["document_id"]) or start.year)
        for d in occurrences(rule, first, start, end):
            month = by_key[(d.year, d.month)]
            group = next(
                (g for g in month.recurring if (g.kind, g.frequency) == (o["kind"], o["frequency"])), None
            )
            if group is None:
                group = Group(o["kind"], o.get("frequency"))
                month.recurring.append(group)
            group.items.append((d, o))
    for m in months:
        m.deadlines.sort(key=lambda pair: (pair[0], pair[1]["id"]))
        m.recurring.sort(key=lambda g: (g.kind, g.frequency or ""))
        for g in m.recurring:
            g.items.sort(key=lambda pair: (pair[0], pair[1]["id"]))
    return months


def occurrences(rule: str, dtstart: dt.date, low: dt.date, high: dt.date) -> list[dt.date]:
    """The dates of `rule` from `dtstart` that fall in [low, high] (COUNT counted from `dtstart`)."""
    parts = dict(p.split("=", 1) for p in rule.split(";"))
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    until = dt.datetime.strptime(parts["UNTIL"], "%Y%m%d").date() if "UNTIL" in parts else None
    out: list[dt.date] = []
    seen = 0
    for candidates in _periods(parts, dtstart):
        for d in candidates:
            if d < dtstart:
                continue
            seen += 1
            if (count is not None and seen > count) or (until and d > until) or d > high:
                return out
            if d >= low:
                out.append(d)
    return out


def _periods(parts: dict[str, str], start: dt.date) -> Iterator[list[dt.date]]:
    """The candidate dates of each period (year, month, week or day) of the rule, in order."""
    freq = parts["FREQ"]
    interval = int(parts.get("INTERVAL", "1"))
    months = {int(m) for m in parts["BYMONTH"].split(",")} if "BYMONTH" in parts else None
    days = [int(d) for d in parts["BYMONTHDAY"].split(",")] if "BYMONTHDAY" in parts else None
    weekdays = sorted(WEEKDAYS[d[-2:]] for d in parts["BYDAY"].split(",")) if "BYDAY" in parts else None
    for k in range(MAX_PERIODS):
        if freq == "YEARLY":
            year = start.year + k * interval
            if year > dt.MAXYEAR - 1:
                return
            found = [_day(year, m, d) for m in sorted(months or {start.month}) for d in days or [start.day]]
        elif freq == "MONTHLY":
            first = add_months(start.replace(day=1), k * interval)
            if months and first.month not in months:
                yield []
                continue
            found = [_day(first.year, first.month, d) for d in days or [start.day]]
        elif freq == "WEEKLY":
            anchor = start + dt.timedelta(weeks=k * interval)
            monday = anchor - dt.timedelta(days=anchor.weekday())
            found = [monday + dt.timedelta(days=w) for w in weekdays] if weekdays else [anchor]
            found = [d for d in found if not months or d.month in months]
        else:  # DAILY
            day = start + dt.timedelta(days=k * interval)
            ok = (not months or day.month in months) and (not days or day.day in days)
            found = [day] if ok else []
        yield sorted(d for d in found if d is not None)


def _day(year: int, month: int, day: int) -> dt.date | None:
    """Day `day` of the month (negative: from its end), or None when the month has no such day."""
    last = cal.monthrange(year, month)[1]
    if day < 0:
        day = last + 1 + day
    return dt.date(year, month, day) if 1 <= day <= last else None


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None
