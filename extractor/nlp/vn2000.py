"""Vietnamese projected coordinates (VN-2000, X/Y in metres) → WGS 84 latitude and longitude.

Vietnamese permits give discharge points as `X = 2310456; Y = 550123 (hệ tọa độ VN-2000, kinh tuyến
trục 106°00', múi chiếu 3°)`: X is the northing, Y the easting with 500 km false easting, on a
transverse Mercator of the stated central meridian, scale 0.9999 for a 3° zone and 0.9996 for a 6°
zone, on the WGS 84 ellipsoid. The VN-2000 datum differs from WGS 84 by the published seven-parameter
shift (Thông tư 973/2001/TT-TCĐC; EPSG:4756 → WGS 84), coordinate-frame rotations. pyproj does
the arithmetic; nothing is downloaded: the shift is written in the pipeline itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

HELMERT: Final = (
    "x=-191.90441429 y=-39.30318279 z=-111.45032835 rx=-0.00928836 ry=0.01975479 rz=-0.00427372 "
    "s=0.252906278 convention=coordinate_frame"
)
"""VN-2000 → WGS 84 (EPSG:6960 in the EPSG dataset): shifts in metres, rotations in arc seconds, scale in ppm."""
SCALE: Final = {3: 0.9999, 6: 0.9996}

_NUMBER = r"\d{1,3}(?:[.\s]\d{3})+(?:,\d+)?|\d{5,8}(?:[.,]\d+)?"
_PAIR: Final = re.compile(
    rf"\bX\s*(?:\(m\))?\s*[=:]\s*(?P<x>{_NUMBER})\s*(?:m\b)?\s*[;,]?\s*(?:và\s+)?\bY\s*(?:\(m\))?\s*[=:]\s*(?P<y>{_NUMBER})",
    re.IGNORECASE,
)
_MERIDIAN: Final = re.compile(
    r"kinh\s+tuyến\s+trục\s*(?P<deg>\d{2,3})\s*(?:°|độ|o)?\s*(?P<min>\d{1,2})?", re.IGNORECASE
)
_ZONE: Final = re.compile(r"múi\s+chiếu\s*(?P<zone>[36])\s*(?:°|độ|o)?", re.IGNORECASE)


@dataclass(frozen=True)
class ProjectedPoint:
    x: float
    y: float
    lat: float
    lon: float
    crs: str
    start: int
    end: int


def _metres(text: str) -> float:
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:[.\s]\d{3})+(?:,\d+)?", text):
        text = re.sub(r"[.\s]", "", text)
    return float(text.replace(",", "."))


@cache
def _transformer(meridian: float, zone: int):
    from pyproj import Transformer  # only documents with VN-2000 points need it

    pipeline = (
        f"+proj=pipeline +step +inv +proj=tmerc +lat_0=0 +lon_0={meridian} +k={SCALE[zone]} +x_0=500000 +y_0=0 "
        "+ellps=WGS84 +step +proj=push +v_3 +step +proj=cart +ellps=WGS84 "
        f"+step +proj=helmert {' '.join('+' + p for p in HELMERT.split())} "
        "+step +inv +proj=cart +ellps=WGS84 +step +proj=pop +v_3 +step +proj=unitconvert +xy_in=rad +xy_out=deg"
    )
    return Transformer.from_pipeline(pipeline)


def to_wgs84(x: float, y: float, meridian: float, zone: int = 3) -> tuple[float, float]:
    """(lat, lon) of VN-2000 northing `x`, easting `y` on the zone of `meridian` (degrees)."""
    lon, lat = _transformer(meridian, zone).transform(y, x)
    return lat, lon


def vn2000_points(text: str) -> list[ProjectedPoint]:
    """Every X/Y pair of a text that names VN-2000 and its central meridian."""
    if "2000" not in text:
        return []
    meridian = _MERIDIAN.search(text)
    if meridian is None:
        return []
    degrees = int(meridian.group("deg")) + int(meridian.group("min") or 0) / 60
    zone_match = _ZONE.search(text)
    zone = int(zone_match.group("zone")) if zone_match else 3
    out = []
    for m in _PAIR.finditer(text):
        x, y = _metres(m.group("x")), _metres(m.group("y"))
        if not (100_000 < y < 900_000 and 900_000 < x < 2_700_000):
            continue  # not a northing/easting of Vietnam
        lat, lon = to_wgs84(x, y, degrees, zone)
        crs = f"VN-2000 / TM {degrees:g}° ({zone}° zone)"
        out.append(ProjectedPoint(x, y, lat, lon, crs, m.start(), m.end()))
    return out
