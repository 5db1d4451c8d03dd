"""Geographic coordinates in any notation these documents use → decimal degrees.

Facilities and emission sources carry their position as degrees-minutes-
seconds (`47°53'02.5"N 67°29'31.1"E`, with `′ ″`, spaces, or Cyrillic
`с.ш.`/`в.д.`), degrees with decimal minutes (`47°53.042'`), decimal degrees
(`47.884, 67.49`), a colon pair (`47.5302:67.2931`, `047.52155:067.28345`,
both decimal degrees), or aeronautical packed degrees (`515649N 0662454E`). The contract wants `lat`/`lon` in decimal degrees,
rounded to six places (about 0.1 m). A pair out of range (|lat| > 90,
|lon| > 180, minutes or seconds ≥ 60) is no coordinate.

Without hemisphere letters a pair is read latitude first. Vietnamese VN-2000
projected coordinates (X/Y in metres) are not degrees: `extractor.nlp.vn2000` reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from extractor.nlp import lang

PLACES: Final = 6
"""Decimal places kept (0.000001° ≈ 0.1 m)."""

_DEG: Final = "[°º˚]"
_MIN: Final = "['′’‘`´ʹ]"
_SEC: Final = "(?:\"|″|''|′′|”|“|ʺ)"


@dataclass(frozen=True)
class Coordinates:
    """A latitude/longitude pair found in text, with where it was written."""

    lat: float
    lon: float
    raw: str
    start: int
    end: int

    @property
    def pair(self) -> tuple[float, float]:
        return (self.lat, self.lon)


@dataclass(frozen=True)
class _Part:
    """One coordinate (degrees, maybe with minutes and seconds) and its hemisphere letter."""

    degrees: float
    hemisphere: str | None
    start: int
    end: int


@cache
def _hemisphere_pattern(words_only: bool = False) -> str:
    """Hemisphere markers: single capital letters match as written, longer ones in any case."""
    keys = lang.merged_dict("HEMISPHERES").keys()
    letters = [] if words_only else sorted(k for k in keys if len(k) == 1)
    words = sorted((k for k in keys if len(k) > 1), key=len, reverse=True)
    alternatives = [f"(?i:{w})" for w in words] + letters
    return r"(?:" + "|".join(alternatives) + r")(?![^\W\d_])"


@cache
def _angle_words(kind: str) -> str:
    """Degree, minute or second marks written as words (`гр.`, `мин.`, `phút`), from the language data."""
    found = [w for w, k in lang.merged_dict("ANGLE_WORDS").items() if k == kind]
    return rf"(?:{'|'.join(found)})(?![^\W\d_])" if found else "(?!)"


@cache
def _part_regex() -> re.Pattern[str]:
    hemi = _hemisphere_pattern()
    deg, mins, secs = (_angle_words(k) for k in ("deg", "min", "sec"))
    return re.compile(
        rf"(?<![\w.,])(?:(?P<hp>{hemi})\s*)?"
        r"(?P<deg>\d{1,3}(?:[.,]\d+)?)"
        r"(?:"
        rf"\s*(?P<sign>{_DEG}|{deg})\s*(?:(?P<min>\d{{1,2}}(?:[.,]\d+)?)\s*(?:{_MIN}|{mins})\s*"
        rf"(?:(?P<sec>\d{{1,2}}(?:[.,]\d+)?)\s*(?:{_SEC}|{secs})?)?)?"
        rf"|\s+(?P<min2>\d{{1,2}})\s+(?P<sec2>\d{{1,2}}(?:[.,]\d+)?)(?(hp)|(?=\s*{hemi}))"
        rf"|(?(hp)|(?=\s*{hemi}))"
        r")"
        rf"(?(hp)(?:\s*{_hemisphere_pattern(True)}(?![\s.:=]*[-−]?\d))?|(?:\s*(?P<hs>{hemi}))?)"
    )  # `Vĩ độ 19,80841° Bắc`: a word after the figure repeats the one before it


_DECIMAL_PAIR: Final = re.compile(
    r"(?<![\w.,:/])(?P<a>[-−]?\d{1,3}[.,]\d+)\s*(?P<sep>[:;/]|,|\s)\s*(?P<b>[-−]?\d{1,3}[.,]\d+)(?![\w:/]|[.,]\d)"
)
_MAP_LINKS: Final = (
    re.compile(r"2gis\.[a-z]{2,3}/\S*?(?:/geo/|[?&]m=)(?P<lon>\d{1,3}\.\d+)(?:,|%2C)(?P<lat>\d{1,2}\.\d+)", re.I),
    re.compile(r"google\.[a-z.]{2,6}/maps/\S*?@(?P<lat>-?\d{1,2}\.\d+),(?P<lon>-?\d{1,3}\.\d+)", re.I),
    re.compile(r"\bPOINT\s*Z?\s*\(\s*(?P<lon>-?\d{1,3}\.\d+)\s+(?P<lat>-?\d{1,2}\.\d+)(?:\s+-?[\d.]+)?\s*\)", re.I),
)
"""Notations that give the pair in their own order: 2GIS links longitude first (`2gis.kz/almaty/geo/77.22,43.29`),
Google Maps latitude first (`google.com/maps/@21.02,105.85,17z`), a GIS export's well-known text x then y, that is
longitude first (`POINT (73.21025 49.88284)`)."""
_PACKED_PAIR: Final = re.compile(
    r"(?<![\w.])(?P<ld>\d{2})(?P<lm>\d{2})(?P<ls>\d{2}(?:[.,]\d+)?)\s?(?P<lh>[NS])\s*[,;/]?\s*"
    r"(?P<od>\d{3})(?P<om>\d{2})(?P<os>\d{2}(?:[.,]\d+)?)\s?(?P<oh>[EW])(?![\w])"
)
"""Degrees, minutes and seconds run together with the hemisphere's letter (ICAO: `515649N 0662454E`)."""
_PAIR_GAP: Final = re.compile(r"\s*[,;/]?\s*(?:и|and|và|және|L\s*[=:])?\s*")
"""What may stand between a latitude and its longitude: a comma, `и`, or the geodetic label of the second
(`B = 49°28′24,93″; L = 57°25′16,28″`: B the latitude, L the longitude)."""
_DASH_GAP: Final = re.compile(r"\s*[–—-]\s*")
"""`16°07,27′N – 108°12,62′E`: a dash pairs two readings only when their letters say latitude and longitude
(between two latitudes it is a range)."""


def _num(text: str) -> float:
    return float(text.replace(",", ".").replace("−", "-"))


def _hemisphere(text: str | None) -> str | None:
    if not text:
        return None
    return lang.lookup(lang.merged_dict("HEMISPHERES"), text.strip())


def _parts(text: str) -> list[_Part]:
    """Every degree reading that has a degree sign or a hemisphere marker."""
    out = []
    for m in _part_regex().finditer(text):
        hemi = _hemisphere(m.group("hp") or m.group("hs"))
        has_sign = m.group("sign") is not None
        if not has_sign and hemi is None:
            continue
        minutes = m.group("min") or m.group("min2")
        seconds = m.group("sec") or m.group("sec2")
        deg = _num(m.group("deg"))
        mins = _num(minutes) if minutes else 0.0
        secs = _num(seconds) if seconds else 0.0
        if mins >= 60 or secs >= 60 or (minutes and deg != int(deg)) or (seconds and mins != int(mins)):
            continue
        value = deg + mins / 60 + secs / 3600
        if hemi in ("S", "W"):
            value = -value
        out.append(_Part(value, hemi, m.start(), m.end()))
    return out


def _packed(deg: str, mins: str, secs: str, hemi: str) -> float | None:
    d, m, sec = int(deg), int(mins), _num(secs)
    if m >= 60 or sec >= 60:
        return None
    value = d + m / 60 + sec / 3600
    return -value if hemi in ("S", "W") else value


def _in_range(lat: float, lon: float) -> bool:
    return abs(lat) <= 90 and abs(lon) <= 180


def _make(lat: float, lon: float, text: str, start: int, end: int) -> Coordinates | None:
    if not _in_range(lat, lon):
        return None
    return Coordinates(round(lat, PLACES), round(lon, PLACES), text[start:end].strip(), start, end)


def _pair_parts(first: _Part, second: _Part, text: str) -> Coordinates | None:
    """Two readings as (lat, lon), swapped when the letters say longitude came first."""
    a, b = first.degrees, second.degrees
    if first.hemisphere in ("E", "W") or second.hemisphere in ("N", "S"):
        if first.hemisphere in ("N", "S") or second.hemisphere in ("E", "W"):
            return None
        a, b = b, a
    return _make(a, b, text, first.start, second.end)


def _axes_differ(first: _Part, second: _Part) -> bool:
    axis = {"N": "lat", "S": "lat", "E": "lon", "W": "lon"}
    return None not in (first.hemisphere, second.hemisphere) and axis[first.hemisphere] != axis[second.hemisphere]


def find_coordinates(text: str) -> list[Coordinates]:
    """Every coordinate pair in `text`, in order.

    Degree-sign and hemisphere notations pair up when only a comma, semicolon,
    slash or "and" stands between them. Bare decimal pairs are taken when
    written with a colon (`47.5302:67.2931`), or with a comma, semicolon, slash
    or space when both figures have at least three decimals.
    """
    found: list[Coordinates] = []
    for link in _MAP_LINKS:
        for m in link.finditer(text):
            if (pair := _make(float(m["lat"]), float(m["lon"]), text, m.start("lat" if m.start("lat") < m.start("lon") else "lon"), m.end())) is not None:
                found.append(pair)
    linked = [(c.start, c.end) for c in found]
    parts = [p for p in _parts(text) if not any(s <= p.start < e for s, e in linked)]
    used: set[int] = set()
    for i in range(len(parts) - 1):
        if i in used:
            continue
        first, second = parts[i], parts[i + 1]
        gap = text[first.end : second.start]
        if not (_PAIR_GAP.fullmatch(gap) or (_DASH_GAP.fullmatch(gap) and _axes_differ(first, second))):
            continue
        pair = _pair_parts(first, second, text)
        if pair is not None:
            found.append(pair)
            used.update((i, i + 1))
    covered = [(c.start, c.end) for c in found]
    for m in _PACKED_PAIR.finditer(text):  # `515649N 0662454E`, as aeronautical information writes it
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        lat, lon = _packed(m["ld"], m["lm"], m["ls"], m["lh"]), _packed(m["od"], m["om"], m["os"], m["oh"])
        if lat is not None and lon is not None and (pair := _make(lat, lon, text, m.start(), m.end())) is not None:
            found.append(pair)
            covered.append((m.start(), m.end()))
    for m in _DECIMAL_PAIR.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in covered):
            continue
        if not _acceptable_decimal_pair(m, strict=True):
            continue
        pair = _make(_num(m.group("a")), _num(m.group("b")), text, m.start(), m.end())
        if pair is not None:
            found.append(pair)
    found.sort(key=lambda c: c.start)
    return found


def _decimals(number: str) -> int:
    return len(re.split(r"[.,]", number)[1])


def _acceptable_decimal_pair(m: re.Match[str], strict: bool) -> bool:
    need = 1 if m.group("sep") == ":" or not strict else 3
    return _decimals(m.group("a")) >= need and _decimals(m.group("b")) >= need


def parse_coordinates(text: str) -> tuple[float, float] | None:
    """(lat, lon) in decimal degrees from a cell or phrase holding one pair, else None.

    `47°53'02.5"N 67°29'31.1"E` → (47.884028, 67.491972); `47.5302:67.2931`;
    `47.884, 67.49` (a cell that is just a decimal pair may have few decimals).
    """
    if not text:
        return None
    found = find_coordinates(text)
    if found:
        return found[0].pair
    m = _DECIMAL_PAIR.fullmatch(text.strip().rstrip(";."))
    if m and _acceptable_decimal_pair(m, strict=False):
        pair = _make(_num(m.group("a")), _num(m.group("b")), text, 0, len(text))
        return pair.pair if pair else None
    return None


def parse_degrees(text: str) -> float | None:
    """One coordinate as signed decimal degrees (`67°29'31.1"E` → 67.491972, `S 12.5` → -12.5).

    For tables that give latitude and longitude in separate cells. A bare
    decimal (`47.5302`) is read as degrees.
    """
    if not text:
        return None
    s = text.strip()
    parts = _parts(s)
    if len(parts) == 1 and s[: parts[0].start].strip() == "" and s[parts[0].end :].strip(" ;,.") == "":
        value = parts[0].degrees
    else:
        m = re.fullmatch(r"[-−]?\d{1,3}(?:[.,]\d+)?", s)
        if not m:
            return None
        value = _num(s)
    return round(value, PLACES) if abs(value) <= 180 else None
