"""Calendar dates written in any of the languages: `15 tháng 3 năm 2024`, `2 января 2021 года`,
`2021 жылғы 2 қаңтар`, `10.02.2024`, `15/03/2024`, as ISO dates with where they stand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from extractor.nlp import lang

YEAR_AFTER = re.compile(r"[ \u00a0\u202f\u2009]?(?:г\.|г\b|год|жыл|ж\.|năm)", re.IGNORECASE)
"""The word after a year (`2025 г.`, `2025 жылғы`, `2025 năm`): what makes four digits a year."""


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int

    @property
    def value(self) -> date:
        return date.fromisoformat(self.iso)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for code in lang.LANGUAGES:
        month = lang.alternation(lang.get(code, "MONTHS", {}).keys())
        for p in lang.get(code, "DATE_PATTERNS", ()):
            out.append((re.compile(lang.fill(p, month=month), re.IGNORECASE), code))
    return tuple(out)


def _iso(m: re.Match[str], code: str) -> str | None:
    raw = m.group("month")
    month = int(raw) if raw.isdigit() else lang.lookup(lang.get(code, "MONTHS", {}), raw)
    try:
        return date(int(m.group("year")), int(month or 0), int(m.group("day"))).isoformat()
    except (TypeError, ValueError):
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every date in `text`, in text order; overlapping readings keep the first and longest."""
    found: list[FoundDate] = []
    for regex, code in _patterns():
        for m in regex.finditer(text):
            iso = _iso(m, code)
            if iso:
                found.append(FoundDate(iso, m.start(), m.end()))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[FoundDate] = []
    for d in found:
        if not out or d.start >= out[-1].end:
            out.append(d)
    return out


@cache
def _month_names() -> tuple[re.Pattern[str], dict[str, int]]:
    table = lang.merged_dict("MONTHS")
    return re.compile(rf"(?<!\w){lang.alternation(table)}(?!\w)", re.IGNORECASE), table


_RANGE = re.compile(r"^\s*(?:[–—-]|по|до|đến|dến|-ға дейін|дейін)\s*$", re.IGNORECASE)
_MORE_MONTHS = re.compile(r"\s*(?:,|;|\bvà\b)\s*(\d{1,2})(?!\d)")
_LEFT_OVER = re.compile(
    r"[\W_]|\b(?:(?:19|20)\d\d|с|со|по|до|и|және|дейін|và|từ|đến|г|года?|жыл\w*|năm)\b", re.IGNORECASE
)


def months_listed(text: str) -> list[int]:
    """The months a cell of a schedule names (`март, июнь, сентябрь, декабрь`, `январь – декабрь`,
    `Tháng 2, 5, 8, 11`), in order; empty when the cell says anything but months (a date, a task).
    Stricter than `frequency.months_of`, which finds the months a phrase mentions inside any sentence."""
    regex, table = _month_names()
    found: list[tuple[int, int, int]] = []  # (start, end, month)
    for m in regex.finditer(text or ""):
        month = lang.lookup(table, m.group(0))
        if month is None:
            continue
        found.append((m.start(), m.end(), month))
        at = m.end()
        while more := _MORE_MONTHS.match(text, at):  # `Tháng 4, 10`: numbers after a month are months
            if not 1 <= int(more.group(1)) <= 12:
                break
            found.append((more.start(1), more.end(), int(more.group(1))))
            at = more.end()
    if not found:
        return []
    rest = text
    for start, end, _ in sorted(found, reverse=True):
        rest = rest[:start] + " " * (end - start) + rest[end:]
    if _LEFT_OVER.sub("", rest).strip():
        return []  # `до 15 марта`, `ремонт в июне`: a deadline or a sentence, not a list of months
    months: list[int] = []
    for k, (start, _, month) in enumerate(found):
        if k and _RANGE.match(text[found[k - 1][1] : start]) and month > months[-1]:
            months.extend(range(months[-1] + 1, month + 1))
        elif month not in months:
            months.append(month)
    return months


_DAY_MONTH = r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?"
_DATE_LIST = re.compile(rf"^\s*{_DAY_MONTH}(?:\s*[;,]\s*{_DAY_MONTH})*\s*(?:г\.?|ж\.?)?\s*$", re.IGNORECASE)


def dates_listed(text: str) -> int:
    """How many days a cell of a schedule lists (`09.01; 09.02; 09.03.2026`, `07/04; 14/10/2026`); 0
    when it is not such a list."""
    if not _DATE_LIST.match(text or ""):
        return 0
    return len(re.findall(_DAY_MONTH, text))
