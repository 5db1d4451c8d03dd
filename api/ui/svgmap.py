"""A small map of emission sources drawn as inline SVG: no tile server, so it works offline.

Points are scaled into their bounding box (longitude shrunk by cos(latitude), so distances look right),
with a margin for the labels; the scale bar says how many kilometres the width spans.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

WIDTH = 640
HEIGHT = 400
MARGIN = 36
EARTH_KM_PER_DEGREE = 111.32
LABEL_CHAR_PX = 7  # 11px digits, with a little room
LABEL_LINE_PX = 13
LABEL_BASELINE = 4  # a label beside its dot sits 4px below the dot's centre
MIN_SPAN_DEG = 0.002
Box = tuple[float, float, float, float]
"""x0, y0, x1, y1 of a label."""  # about 200 m: one source, or sources at one spot, still get a sensible frame


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    number: str
    name: str
    lat: float
    lon: float
    label_left: bool
    label_dy: float
    """Labels of nearby sources are moved a line down or up so that none covers another."""

    @property
    def leader(self) -> bool:
        """A moved label gets a thin line to its dot."""
        return self.label_dy != LABEL_BASELINE


@dataclass(frozen=True)
class SourceMap:
    width: int
    height: int
    points: list[Point]
    scale_km: float
    """The real distance of the scale bar (`scale_px` long)."""
    scale_px: float
    missing: int
    """Sources without coordinates (not drawn)."""


def source_map(sources: list[dict[str, Any]]) -> SourceMap | None:
    """The drawing of the sources that have coordinates; None when none has."""
    located = [s for s in sources if _valid(s.get("lat"), s.get("lon"))]
    if not located:
        return None
    lats = [s["lat"] for s in located]
    lons = [s["lon"] for s in located]
    shrink = math.cos(math.radians((min(lats) + max(lats)) / 2)) or 1.0
    span_x = max((max(lons) - min(lons)) * shrink, MIN_SPAN_DEG)
    span_y = max(max(lats) - min(lats), MIN_SPAN_DEG)
    scale = min((WIDTH - 2 * MARGIN) / span_x, (HEIGHT - 2 * MARGIN) / span_y)
    mid_x = (min(lons) + max(lons)) / 2 * shrink
    mid_y = (min(lats) + max(lats)) / 2
    spots = []
    for s in sorted(located, key=lambda s: str(s.get("number") or "")):
        x = round(WIDTH / 2 + (s["lon"] * shrink - mid_x) * scale, 1)
        y = round(HEIGHT / 2 - (s["lat"] - mid_y) * scale, 1)
        spots.append((s, x, y))
    placed: list[Box] = [(x - 5, y - 5, x + 5, y + 5) for _, x, y in spots]  # no label over a dot
    points = []
    for s, x, y in spots:
        number = str(s.get("number") or "?")
        left, dy, box = _label_place(x, y, number, placed)
        placed.append(box)
        points.append(
            Point(
                x=x,
                y=y,
                number=number,
                name=str(s.get("name") or s.get("site") or ""),
                lat=s["lat"],
                lon=s["lon"],
                label_left=left,
                label_dy=dy,
            )
        )
    km_per_px = EARTH_KM_PER_DEGREE / scale
    scale_km = _nice(km_per_px * WIDTH / 4)
    return SourceMap(
        width=WIDTH,
        height=HEIGHT,
        points=points,
        scale_km=scale_km,
        scale_px=round(scale_km / km_per_px, 1),
        missing=len(sources) - len(located),
    )


def _label_place(x: float, y: float, text: str, placed: list[Box]) -> tuple[bool, float, Box]:
    """Where a point's label goes: right or left of it, shifted down or up a line at a time until it
    overlaps no label already placed (sources a few metres apart would otherwise print over each other)."""
    width = LABEL_CHAR_PX * len(text) + 2
    natural_left = x > WIDTH - 80

    def box(left: bool, dy: float) -> Box:
        x0 = x - 8 - width if left else x + 8
        return (x0, y + dy - LABEL_LINE_PX + 2, x0 + width, y + dy + 2)

    for step in range(12):
        for dy in dict.fromkeys(
            (LABEL_BASELINE + LABEL_LINE_PX * step, LABEL_BASELINE - LABEL_LINE_PX * step)
        ):
            for left in (natural_left, not natural_left):
                b = box(left, dy)
                inside = b[0] >= 0 and b[2] <= WIDTH and b[1] >= 0 and b[3] <= HEIGHT
                if inside and not any(_overlap(b, other) for other in placed):
                    return left, dy, b
    return (
        natural_left,
        LABEL_BASELINE,
        box(natural_left, LABEL_BASELINE),
    )  # a crowd too dense to label apart: print over


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _valid(lat: object, lon: object) -> bool:
    return (
        isinstance(lat, int | float)
        and isinstance(lon, int | float)
        and -90 <= lat <= 90
        and -180 <= lon <= 180
    )


def _nice(value: float) -> float:
    """1, 2 or 5 times a power of ten, not above `value`: a round length for the scale bar."""
    if value <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(value))
    for step in (5, 2, 1):
        if step * power <= value:
            return float(step * power)
    return float(power)
