"""Issue 11 acceptance: every table of the development set gets its role, the same in DOCX, PDF and
text (a text dump that flattened its tables has none); the contents table of the programme is `other`."""

from __future__ import annotations

import pytest

from extractor.contract import TABLE_ROLES
from extractor.extraction import extract_document
from extractor.reading import parse_file

PROGRAMME = [
    "facility",
    "wastes",
    "sources",
    "monitoring",
    "sources",
    "monitoring",
    "monitoring",
    "monitoring",
    "monitoring",
    "monitoring",
    "inspections",
]
EXPECTED = {
    "kz-tailings-workgroup-plan": ["tasks"],
    "pek-programme-vzhr": ["other", *PROGRAMME],
    "pek-rules-and-programme-zhomart": PROGRAMME,
    "scoping-conclusion-zhaikmunai": [],
    "vi-circular-wastewater-inspection": [],
}
FLATTENED = {("pek-rules-and-programme-zhomart", "txt")}
"""Files whose tables a text dump flattened into lines: no grid, no table."""


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_every_table_gets_its_role(devset, stem, fmt):
    found = extract_document(parse_file(devset / f"{stem}.{fmt}"))
    roles = [t.role for t in found.tables]
    assert roles == ([] if (stem, fmt) in FLATTENED else EXPECTED[stem])
    assert all(t.role in TABLE_ROLES and 0.0 < t.role_confidence <= 1.0 for t in found.tables)
