"""Calendar dates written in any of the languages: `15 tháng 3 năm 2024`, `2 января 2021 года`,
`2021 жылғы 2 қаңтар`, `10.02.2024`, `15/03/2024`, as ISO dates with where they stand."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from extractor.nlp import lang


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
