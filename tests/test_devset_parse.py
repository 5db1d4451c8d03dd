"""Issue 2 acceptance on the development set: one faithful model whatever the format."""

from __future__ import annotations

import re

import pytest

from extractor.model import BlockKind, Document, Table
from extractor.reading import parse_file

FORMATS = ("docx", "pdf", "txt")
STEMS = (
    "kz-tailings-workgroup-plan",
    "pek-programme-vzhr",
    "pek-rules-and-programme-zhomart",
    "scoping-conclusion-zhaikmunai",
    "vi-circular-wastewater-inspection",
)
_CACHE: dict[str, Document] = {}


def parsed(devset, name: str) -> Document:
    if name not in _CACHE:
        _CACHE[name] = parse_file(devset / name)
    return _CACHE[name]


def table(doc: Document, number: int) -> Table:
    found = [t for t in doc.tables() if t.caption and re.match(rf"Таблица {number}\b", t.caption)]
    assert len(found) == 1, f"expected one Таблица {number}, found {len(found)}"
    return found[0]


def first_cells(t: Table) -> list[str]:
    return [(row[0].text.strip() if row[0] else "") for row in t.rows]


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_devset_file_parses(devset, stem, fmt):
    doc = parsed(devset, f"{stem}.{fmt}")
    assert doc.blocks
    assert doc.language in ("ru", "vi")


@pytest.mark.parametrize("fmt", FORMATS)
def test_waste_table_is_one_table_with_39_rows_and_household_subrows(devset, fmt):
    t = table(parsed(devset, f"pek-programme-vzhr.{fmt}"), 2)
    numbered = [c for c in first_cells(t) if c]
    assert numbered == [str(i) for i in range(1, 40)]
    household = [r for r in t.rows if not (r[0] and r[0].text.strip())]
    assert len(household) == 8
    assert all(re.fullmatch(r"20 01 \d\d", r[2].text) for r in household)


@pytest.mark.parametrize("fmt", FORMATS)
def test_instrumental_sources_table_groups_28_pollutants_under_7_sources(devset, fmt):
    t = table(parsed(devset, f"pek-programme-vzhr.{fmt}"), 4)
    header = [h.lower() for h in t.header]
    number_col = next(i for i, h in enumerate(header) if h.endswith("номер"))
    substance_col = next(i for i, h in enumerate(header) if "загрязняющих" in h)
    assert len(t.rows) == 28
    sources = [row[number_col].text for row in t.rows if row[number_col] is not None and row[number_col].text]
    assert sources == ["0401", "0402", "0405", "0406", "0424", "0431", "0432"]  # merged cells given once
    assert all(row[substance_col] is not None and row[substance_col].text for row in t.rows)


@pytest.mark.parametrize("fmt", FORMATS)
def test_calculated_sources_table_is_joined_over_its_pages(devset, fmt):
    t = table(parsed(devset, f"pek-programme-vzhr.{fmt}"), 5)
    numbered = [c for c in first_cells(t) if c.isdigit()]
    assert numbered == [str(i) for i in range(1, 33)]
    assert len(t.rows) > 32  # the continuation rows of multi-substance sources
    if fmt == "pdf":
        assert (t.page_start, t.page_end) == (18, 27)


def test_docx_auto_numbered_waste_list_carries_its_numbers(devset):
    doc = parsed(devset, "pek-programme-vzhr.docx")
    items = [b for b in doc.blocks if b.kind == BlockKind.LIST_ITEM and b.style == "List Number"]
    assert [b.number for b in items[:39]] == [f"{i}." for i in range(1, 40)]


def test_scoping_pdf_footer_stays_out_of_the_body_and_gives_metadata(devset):
    doc = parsed(devset, "scoping-conclusion-zhaikmunai.pdf")
    for block in doc.blocks:
        text = block.text if block.table is None else ""
        assert "elicense" not in text and "Бұл құжат" not in text and "Данный документ согласно" not in text
        assert "KZ87VWF00069984" not in text
    assert doc.metadata.number == "KZ87VWF00069984"
    assert doc.metadata.date == "2022-07-04"
    assert any(b.language == "kk" and "құжат" in b.text for b in doc.boilerplate)


@pytest.mark.parametrize("fmt", FORMATS)
def test_scoping_requirements_are_numbered_list_items(devset, fmt):
    doc = parsed(devset, f"scoping-conclusion-zhaikmunai.{fmt}")
    items = [b for b in doc.blocks if b.kind == BlockKind.LIST_ITEM and b.level == 0 and b.label and b.label.isdigit()]
    labels = [b.label for b in items]
    assert labels[-18:] == [str(i) for i in range(1, 19)]
    requirements = items[-18:]
    # continuation lines are joined: the second requirement runs on to its cited rule
    assert "п. 53" in requirements[1].text
    assert all(len(b.text) > 40 for b in requirements)


def test_scoping_kazakh_footer_is_kazakh_in_every_format(devset):
    for fmt in FORMATS:
        doc = parsed(devset, f"scoping-conclusion-zhaikmunai.{fmt}")
        kk = [b for b in doc.boilerplate + doc.blocks if b.language == "kk"]
        assert kk and any("құжат" in b.text for b in kk), fmt
        assert doc.language == "ru"


@pytest.mark.parametrize("fmt", FORMATS)
def test_vietnamese_circular_articles_are_headings(devset, fmt):
    doc = parsed(devset, f"vi-circular-wastewater-inspection.{fmt}")
    assert doc.language == "vi"
    articles = [b for b in doc.blocks if re.match(r"Điều \d+\.", b.text)]
    assert len(articles) == 23
    assert all(b.kind == BlockKind.HEADING for b in articles)


@pytest.mark.parametrize("stem", [s for s in STEMS if not s.startswith("vi-")])
def test_russian_documents_are_russian(devset, stem):
    for fmt in FORMATS:
        assert parsed(devset, f"{stem}.{fmt}").language == "ru"
