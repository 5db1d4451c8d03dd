"""Deadlines as written → rules that yield concrete due dates.

The contract keeps a deadline as the phrase the document uses (`до первого
числа второго месяца за отчетным кварталом`); a compliance calendar needs the
dates. A `Deadline` is the rule behind the phrase, of one of four kinds:

- `after_period`: counted from the end of each reporting period
  (`до первого числа второго месяца за отчетным кварталом`: for the quarters
  of 2027 → 2027-05-01, 2027-08-01, 2027-11-01, 2028-02-01; `до 1 апреля
  года, следующего за отчетным` → 2028-04-01 for reporting year 2027);
- `annual`: the same calendar day every year (`ежегодно до 1 марта`,
  `trước ngày 31 tháng 01 hằng năm`); a month alone means its last day;
- `date`: one calendar date (`до 31.12.2027`);
- `relative`: a time after an event (`в течение трех рабочих дней`,
  `trong thời hạn 30 ngày`, `үш жұмыс күні ішінде`).

A due date is the day named ("до 1 мая" → 1 May). Working days skip
Saturdays and Sundays; public holidays are not modelled, pass them to
`due_after` if you have them. Day 31 in a shorter month is its last day.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any, Final

from extractor.nlp import lang
from extractor.nlp.frequency import months_of
from extractor.nlp.numbers import count_pattern, ordinal_pattern, read_count, read_ordinal

KINDS: Final = ("after_period", "annual", "date", "relative")

_PERIOD_END_MONTHS: Final = {
    "month": tuple(range(1, 13)),
    "quarter": (3, 6, 9, 12),
    "halfyear": (6, 12),
    "year": (12,),
}
_PERIOD_OF_FREQUENCY: Final = {
    "monthly": "month",
    "quarterly": "quarter",
    "semiannual": "halfyear",
    "yearly": "year",
}
_EDGE: Final = r"(?<![^\W_])(?:{})(?![^\W_])"


@dataclass(frozen=True)
class Deadline:
    """The rule behind a deadline phrase; `raw` is the phrase as written.

    `after_period`: due on `day` of the month `months_after` months after each
    reporting `period` ends, or on `day`.`month` of the year `years_after`
    years after it. `annual`: on `day`.`month` each year (`day` None: the
    month's last day). `date`: on `day`.`month`.`year`. `relative`: `amount`
    `unit`s (`day`, `week`, `month`, `year`, `hour`) after an event,
    `working_days` when only Monday–Friday count.
    """

    raw: str
    kind: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    period: str | None = None
    months_after: int = 0
    years_after: int = 0
    amount: int | None = None
    unit: str | None = None
    working_days: bool = False
    start: int | None = None
    end: int | None = None

    def due_dates(self, year: int, period: str | None = None) -> list[date]:
        """The due dates this rule gives for `year`, in order.

        For `after_period`, `year` is the reporting year: one date per
        reporting period of that year (the last may fall in the next year).
        When the phrase does not say which period (`за отчетным периодом`),
        pass it as `period` (`quarter`, or the frequency word `quarterly`).
        `annual` gives that year's date, `date` its date if it falls in
        `year`, `relative` nothing (see `due_after`).
        """
        if self.kind == "after_period":
            unit = self.period or _PERIOD_OF_FREQUENCY.get(period or "", period)
            if unit not in _PERIOD_END_MONTHS:
                return []
            return [self._after_period_end(year, end_month) for end_month in _PERIOD_END_MONTHS[unit]]
        if self.kind == "annual" and self.month:
            return [_day_of(year, self.month, self.day)]
        if self.kind == "date" and self.month and self.year == year:
            return [_day_of(year, self.month, self.day)]
        return []

    def due_after(
        self, event: date, holidays: Collection[date] = (), period: str | None = None
    ) -> date | None:
        """The due date that follows `event`.

        For a relative rule: `event` plus the duration (working days skip
        weekends and `holidays`; the event's own day does not count; hours
        round down to whole days). For a calendar rule: the first due date on
        or after `event` (`period` as in `due_dates`).
        """
        if self.kind == "relative":
            return _add(event, self.amount or 0, self.unit or "day", self.working_days, holidays)
        years = (event.year - 1, event.year, event.year + 1)
        candidates = [d for y in years for d in self.due_dates(y, period)]
        later = [d for d in candidates if d >= event]
        return min(later) if later else None

    def _after_period_end(self, year: int, end_month: int) -> date:
        if self.month is not None:
            return _day_of(year + self.years_after, self.month, self.day or 1)
        index = year * 12 + (end_month - 1) + self.months_after
        return _day_of(index // 12, index % 12 + 1, self.day or 1)


def _day_of(year: int, month: int, day: int | None) -> date:
    """`day` of the month, the last day when `day` is None or past the month's end."""
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day, last) if day else last)


def _add(event: date, amount: int, unit: str, working: bool, holidays: Collection[date]) -> date:
    if unit == "day" and working:
        current, counted = event, 0
        while counted < amount:
            current += timedelta(days=1)
            if current.weekday() < 5 and current not in holidays:
                counted += 1
        return current
    if unit == "day":
        return event + timedelta(days=amount)
    if unit == "week":
        return event + timedelta(weeks=amount)
    if unit == "hour":
        return event + timedelta(days=amount // 24)
    months = amount * (12 if unit == "year" else 1)
    index = event.year * 12 + event.month - 1 + months
    return _day_of(index // 12, index % 12 + 1, event.day)


# ----------------------------------------------------------------- patterns


def _fill(template: str, code: str) -> str:
    module = lang.load(code)
    return lang.fill(
        template,
        num=count_pattern((code,)),
        ord=ordinal_pattern((code,)),
        day=ordinal_pattern((code,)),
        month=lang.alternation(getattr(module, "MONTHS", {}).keys()),
        period=lang.alternation(getattr(module, "REPORT_PERIODS", {}).keys()),
        unit=lang.alternation(getattr(module, "DURATION_UNITS", {}).keys()),
    )


@cache
def _patterns(name: str) -> tuple[tuple[re.Pattern[str], str, dict[str, Any]], ...]:
    """(pattern, language, defaults) for every template called `name` in the language data."""
    out = []
    for code in lang.LANGUAGES:
        for entry in lang.get(code, name, ()):
            template, defaults = entry if isinstance(entry, tuple) else (entry, {})
            out.append((re.compile(_EDGE.format(_fill(template, code)), re.IGNORECASE), code, defaults))
    return tuple(out)


def _group(m: re.Match[str], name: str) -> str | None:
    for key in (name, name + "2"):
        if key in m.re.groupindex and m.group(key) is not None:
            return m.group(key)
    return None


def _month_value(text: str | None, code: str) -> int | None:
    if not text:
        return None
    if text.strip().isdigit():
        value = int(text)
        return value if 1 <= value <= 12 else None
    return lang.lookup(lang.get(code, "MONTHS", {}), text)


def _from_match(m: re.Match[str], code: str, defaults: dict[str, Any], text: str) -> Deadline | None:
    """The rule a deadline pattern's groups describe."""
    raw = text[m.start() : m.end()]
    base = Deadline(raw=raw, kind="relative", start=m.start(), end=m.end())
    if _group(m, "immediate"):
        return replace(base, amount=0, unit="day")
    if _group(m, "unit"):
        unit = lang.lookup(lang.get(code, "DURATION_UNITS", {}), _group(m, "unit") or "")
        amount = read_count(_group(m, "amount"), (code,)) if _group(m, "amount") else 1
        if unit is None or amount is None or amount >= 1000:
            return None  # "в течение 2022 года" names a year, not a duration of 2022 years
        return replace(base, amount=amount, unit=unit, working_days=bool(_group(m, "working")))
    day = read_ordinal(_group(m, "day"), (code,))
    if day is not None and not 1 <= day <= 31:
        return None
    month = _month_value(_group(m, "month"), code)
    if _group(m, "period") or "period" in defaults:
        period_text = _group(m, "period")
        reports = lang.get(code, "REPORT_PERIODS", {})
        period = lang.lookup(reports, period_text) if period_text else defaults["period"]
        nth = read_ordinal(_group(m, "nth"), (code,)) if _group(m, "nth") else 1
        return replace(
            base,
            kind="after_period",
            day=day or 1,
            month=month,
            period=period,
            months_after=0 if month else (nth or 1),
            years_after=1 if _group(m, "next") else 0,
        )
    if month is None:
        return None
    year = _group(m, "year")
    if year:
        return replace(base, kind="date", day=day, month=month, year=int(year))
    return replace(base, kind="annual", day=day, month=month)


def find_deadlines(text: str) -> list[Deadline]:
    """Every deadline phrase in `text`, in order; overlaps resolved in favour of the longer phrase."""
    candidates: list[Deadline] = []
    for pattern, code, defaults in _patterns("DEADLINE_PATTERNS"):
        for m in pattern.finditer(text):
            rule = _from_match(m, code, defaults, text)
            if rule is not None:
                candidates.append(rule)
    candidates.sort(key=lambda d: (d.start or 0, -((d.end or 0) - (d.start or 0))))
    chosen: list[Deadline] = []
    for d in candidates:
        if chosen and (d.start or 0) < (chosen[-1].end or 0):
            continue
        chosen.append(d)
    return chosen


def find_deadline(text: str) -> Deadline | None:
    """The first deadline in a sentence; its `raw` is the phrase as written (the contract's `deadline`)."""
    found = find_deadlines(text)
    return found[0] if found else None


_YEAR: Final = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?!\d)")
_NUMERIC_DATE: Final = re.compile(r"(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})")


def parse_deadline(text: str) -> Deadline | None:
    """The rule of a deadline phrase or cell, or None.

    Beyond the phrases `find_deadline` knows, a cell that is only a duration
    (`30 ngày`, `3 рабочих дня`), a month (`июнь` → its last day each year) or
    a quarter (`4 квартал 2022 года` → 2022-12-31) is read too.
    """
    if not text or not text.strip():
        return None
    found = find_deadline(text)
    if found is not None:
        return found
    s = text.strip().rstrip(".;,")
    if m := _NUMERIC_DATE.fullmatch(s):
        day, month, year = (int(g) for g in m.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return Deadline(raw=s, kind="date", day=day, month=month, year=year, start=0, end=len(s))
    for pattern, code, _ in _patterns("BARE_DEADLINE_PATTERNS"):
        m = pattern.fullmatch(s)
        if m:
            rule = _from_match(m, code, {}, s)
            if rule is not None:
                return rule
    return _calendar_cell(s)


def _calendar_cell(s: str) -> Deadline | None:
    """A month or quarter named alone, maybe with a year: due on its last day."""
    year_match = _YEAR.search(s)
    months = months_of(s)
    if not months:
        return None
    year_words = lang.alternation(lang.merged_tuple("YEAR_MARKERS"))
    rest = re.sub(rf"(?:19|20)\d{{2}}|(?<![^\W_]){year_words}|[()]", " ", s, flags=re.IGNORECASE)
    if len(rest.split()) > 3:
        return None
    last = months[-1]
    if year_match:
        return Deadline(
            raw=s, kind="date", day=None, month=last, year=int(year_match.group("year")), start=0, end=len(s)
        )
    return Deadline(raw=s, kind="annual", day=None, month=last, start=0, end=len(s))
