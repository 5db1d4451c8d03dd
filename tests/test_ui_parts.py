"""Pieces of the web interface that need no browser: the source map, the months ahead, the messages."""

from __future__ import annotations

import json
import re
from pathlib import Path

from api.ui.svgmap import HEIGHT, WIDTH, _overlap, source_map

UI = Path(__file__).resolve().parents[1] / "api" / "ui"


def _sources(coords: list[tuple[float, float]]) -> list[dict]:
    return [{"number": f"{6001 + i:04d}", "lat": lat, "lon": lon, "name": ""} for i, (lat, lon) in enumerate(coords)]


def _label_box(p):
    width = 7 * len(p.number) + 2
    x0 = p.x - 8 - width if p.label_left else p.x + 8
    return (x0, p.y + p.label_dy - 11, x0 + width, p.y + p.label_dy + 2)


def test_map_keeps_labels_of_nearby_sources_apart():
    # A cluster of sources a few metres apart beside two far ones: the cluster's labels must not overlap.
    cluster = [(47.5302 + i * 0.00001, 67.2931 + i * 0.00001) for i in range(8)]
    drawing = source_map(_sources([*cluster, (47.50, 67.25), (47.56, 67.33)]))
    boxes = [_label_box(p) for p in drawing.points]
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    for p, b in zip(drawing.points, boxes, strict=True):
        assert 0 <= p.x <= WIDTH and 0 <= p.y <= HEIGHT
        assert b[0] >= 0 and b[2] <= WIDTH


def test_map_north_is_up_and_east_is_right():
    drawing = source_map(_sources([(47.50, 67.25), (47.56, 67.33)]))
    south_west, north_east = drawing.points
    assert north_east.y < south_west.y and north_east.x > south_west.x


def test_map_leaves_out_sources_without_valid_coordinates():
    sources = _sources([(47.5, 67.2)]) + [{"number": "0002", "lat": None, "lon": None}, {"number": "0003", "lat": 95.0, "lon": 10.0}]
    drawing = source_map(sources)
    assert [p.number for p in drawing.points] == ["6001"] and drawing.missing == 2
    assert source_map([{"number": "0001", "lat": None, "lon": None}]) is None


def test_scale_bar_is_a_round_length():
    drawing = source_map(_sources([(47.50, 67.25), (47.56, 67.33)]))
    assert re.fullmatch(r"[125](0*)(\.0)?|0\.0*[125]", f"{drawing.scale_km:g}")
    assert 0 < drawing.scale_px <= WIDTH / 4 + 1


def test_every_language_has_every_message_the_pages_use():
    catalogues = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (UI / "messages").glob("*.json")}
    assert {"ru", "en"} <= catalogues.keys()
    used = set()
    for template in (UI / "templates").glob("*.html"):
        used |= set(re.findall(r"\bt\('([a-z_.0-9]+)'", template.read_text(encoding="utf-8")))
    used |= set(re.findall(r'\bt\("([a-z_.0-9]+)"', (UI / "static" / "app.js").read_text(encoding="utf-8")))
    assert used, "no message keys found: the pattern no longer matches the templates"
    prefixes = {k for k in used if k.endswith(".")}  # keys built in the template: 'month.' ~ month
    used -= prefixes
    for lang, messages in catalogues.items():
        assert not (used - messages.keys()), f"{lang}: missing {sorted(used - messages.keys())}"
        assert all(any(k.startswith(p) for k in messages) for p in prefixes)
        assert messages.keys() == catalogues["ru"].keys(), f"{lang} differs from ru"
