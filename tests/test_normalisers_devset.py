"""The normalisers on the five dev-set documents: every frequency, coordinate, deadline,
identifier and legal reference they contain comes out right (skipped without the dev set)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from extractor.nlp.coordinates import find_coordinates
from extractor.nlp.deadlines import find_deadline, find_deadlines
from extractor.nlp.frequency import find_frequencies
from extractor.nlp.identifiers import find_bins, find_source_numbers, is_kato, normalise_oked, source_type
from extractor.nlp.legal_refs import dedupe_refs, find_legal_refs
from extractor.nlp.numbers import find_quantities

STEMS = (
    "kz-tailings-workgroup-plan",
    "pek-programme-vzhr",
    "pek-rules-and-programme-zhomart",
    "scoping-conclusion-zhaikmunai",
    "vi-circular-wastewater-inspection",
)


@cache
def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def text(devset: Path, stem: str) -> str:
    return _read(devset / f"{stem}.txt")


def gold(devset: Path, stem: str) -> dict:
    return json.loads((devset / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def squash(s: str) -> str:
    return " ".join(s.split())


# ---------------------------------------------------------------- frequency


@pytest.mark.parametrize("stem", STEMS)
def test_every_counted_frequency_phrase_is_read(devset, stem):
    doc = text(devset, stem)
    found = find_frequencies(doc)
    by_raw: dict[str, list[str | None]] = {}
    for f in found:
        by_raw.setdefault(squash(f.raw), []).append(f.word)
    quarterly = len(re.findall(r"1 раз(?: в |/)квартал", doc))
    yearly = len(re.findall(r"1 раз в год(?!\s*\()", doc))
    assert by_raw.get("1 раз в квартал", []) + by_raw.get("1 раз/квартал", []) == ["quarterly"] * quarterly
    assert by_raw.get("1 раз в год", []) == ["yearly"] * yearly
    assert by_raw.get("ежеквартально", []) == ["quarterly"] * doc.count("ежеквартально")
    assert all(f.word is not None for f in found), [f.raw for f in found if f.word is None]


def test_frequency_counts_in_the_vzhr_programme(devset):
    words = [f.word for f in find_frequencies(text(devset, "pek-programme-vzhr"))]
    assert words.count("quarterly") == 15  # 7 sources, 6 air points, internal checks, reporting
    assert words.count("yearly") == 101  # soil table


def test_yearly_dust_measurement_in_the_third_quarter(devset):
    found = [f for f in find_frequencies(text(devset, "pek-rules-and-programme-zhomart")) if f.months]
    assert [(f.word, f.months, f.rrule) for f in found] == [
        ("yearly", (7, 8, 9), "FREQ=YEARLY;BYMONTH=7,8,9;BYSETPOS=1")
    ]


def test_gold_monitoring_frequencies_are_all_known_words(devset):
    for stem in ("pek-programme-vzhr", "pek-rules-and-programme-zhomart"):
        expected = {m["frequency"] for m in gold(devset, stem).get("monitoring", [])}
        found = {f.word for f in find_frequencies(text(devset, stem))}
        assert expected <= found


# ---------------------------------------------------------------- deadlines


@pytest.mark.parametrize("stem", ["pek-programme-vzhr", "pek-rules-and-programme-zhomart"])
def test_reporting_deadline_gives_the_2027_dates(devset, stem):
    doc = text(devset, stem)
    for obligation in gold(devset, stem)["obligations"]:
        if "до первого числа" not in obligation.get("text_contains", ""):
            continue
        start = squash(doc).find(obligation["text_contains"])
        assert start >= 0
        rule = find_deadline(squash(doc)[start : start + 300])
        assert rule is not None
        assert rule.raw.startswith("до первого числа второго месяца")
        assert [d.isoformat() for d in rule.due_dates(2027)] == [
            "2027-05-01",
            "2027-08-01",
            "2027-11-01",
            "2028-02-01",
        ]


def test_three_working_days_in_the_zhomart_rules(devset):
    found = find_deadlines(text(devset, "pek-rules-and-programme-zhomart"))
    relative = [d for d in found if d.kind == "relative"]
    assert [(d.raw, d.amount, d.working_days) for d in relative] == [("в течение трех рабочих дней", 3, True)]


# -------------------------------------------------------------- coordinates


def test_every_coordinate_in_the_vzhr_programme_parses_in_range(devset):
    doc = text(devset, "pek-programme-vzhr")
    found = find_coordinates(doc)
    written = re.findall(r"\d+\.\d+:\d+\.\d+|\d+°\d+'[\d.]+\"[NS]\s+\d+°\d+'[\d.]+\"[EW]", doc)
    assert len(found) == len(written) == 36
    assert [c.raw for c in found] == written
    for c in found:
        assert 47 < c.lat < 48 and 67 < c.lon < 68


def test_facility_coordinates_match_the_gold(devset):
    facility = gold(devset, "pek-programme-vzhr")["facilities"][0]
    pairs = [c.pair for c in find_coordinates(text(devset, "pek-programme-vzhr"))]
    assert (facility["lat"], facility["lon"]) in pairs


@pytest.mark.parametrize("stem", [s for s in STEMS if s != "pek-programme-vzhr"])
def test_no_coordinates_invented_elsewhere(devset, stem):
    assert find_coordinates(text(devset, stem)) == []


# -------------------------------------------------------------- identifiers


@pytest.mark.parametrize(
    "stem", ["pek-programme-vzhr", "pek-rules-and-programme-zhomart", "scoping-conclusion-zhaikmunai"]
)
def test_facility_bin_kato_oked_match_the_gold(devset, stem):
    doc = text(devset, stem)
    bins = {b.value for b in find_bins(doc)}
    for facility in gold(devset, stem)["facilities"]:
        assert facility["bin"] in bins
        if "kato" in facility:
            assert is_kato(facility["kato"]) and facility["kato"] in doc
        if "oked" in facility:
            assert normalise_oked(facility["oked"]) == facility["oked"]


def test_source_numbers_of_the_vzhr_programme_match_the_gold(devset):
    expected = {(s["number"], s["type"]) for s in gold(devset, "pek-programme-vzhr")["sources"]}
    found = {(s.number, s.type) for s in find_source_numbers(text(devset, "pek-programme-vzhr"))}
    assert found == expected
    assert all(source_type(number) == kind for number, kind in expected)


@pytest.mark.parametrize("stem", [s for s in STEMS if s != "pek-programme-vzhr"])
def test_no_source_numbers_invented_elsewhere(devset, stem):
    assert find_source_numbers(text(devset, stem)) == []


# ------------------------------------------------------------------ numbers


def test_scoping_emissions_read_as_gold_figures(devset):
    doc = text(devset, "scoping-conclusion-zhaikmunai")
    values = {(q.value, q.unit) for q in find_quantities(doc)}
    for emission in gold(devset, "scoping-conclusion-zhaikmunai")["emissions"]:
        assert (emission["g_s"], "g/s") in values
        assert (emission["t_y"], "t/y") in values


def test_scoping_limits_and_measured_values_are_read(devset):
    doc = text(devset, "scoping-conclusion-zhaikmunai")
    with_units = {(q.value, q.unit) for q in find_quantities(doc)}
    figures = {q.value for q in find_quantities(doc, require_unit=False)}
    for limit in gold(devset, "scoping-conclusion-zhaikmunai")["limits"]:
        assert (float(limit["limit"]), limit["unit"]) in with_units
        if "value" in limit:
            assert (
                float(limit["value"]) in figures
            )  # `диоксид серы – 0,11 (ПДК …)`: the unit comes from the limit
    assert sum(q.not_detected for q in find_quantities(doc)) == 7


# --------------------------------------------------------------- legal refs


def test_scoping_conclusion_articles_match_the_gold(devset):
    refs = find_legal_refs(text(devset, "scoping-conclusion-zhaikmunai"))
    articles = [r.article for r in refs if r.article]
    assert set(gold(devset, "scoping-conclusion-zhaikmunai")["legal_refs_articles"]) <= set(articles)


def test_scoping_conclusion_code_references_resolve_to_the_environmental_code(devset):
    refs = find_legal_refs(text(devset, "scoping-conclusion-zhaikmunai"))
    acts = {r.article: r.act for r in refs if r.article}
    for article in ("72", "202", "222", "238", "336", "327", "329", "358", "338"):
        assert acts[article] == "Экологический кодекс"
    for article in ("66", "90", "120"):
        assert acts[article] == "Водный кодекс"
    assert not any(r.act == "Кодекс" for r in refs)


def test_scoping_conclusion_obligation_articles(devset):
    doc = text(devset, "scoping-conclusion-zhaikmunai")
    for obligation in gold(devset, "scoping-conclusion-zhaikmunai")["obligations"]:
        if "articles" not in obligation:
            continue
        number = obligation["number"]
        m = re.search(rf"(?m)^\s*{number}\.\s", doc)
        assert m, number
        nxt = re.search(rf"(?m)^\s*{int(number) + 1}\.\s", doc[m.end() :])
        block = doc[m.start() : m.end() + (nxt.start() if nxt else 3000)]
        found = [r.article for r in find_legal_refs(block, aliases=[]) if r.article]
        assert set(obligation["articles"]) <= set(found), number


def test_vietnamese_circular_acts_match_the_gold(devset):
    refs = find_legal_refs(text(devset, "vi-circular-wastewater-inspection"))
    numbers = [r.number for r in refs if r.number]
    assert set(gold(devset, "vi-circular-wastewater-inspection")["legal_refs_acts"]) <= set(numbers)
    by_number = {r.number: r.act for r in refs if r.number}
    assert by_number["105/2015/NĐ-CP"] == "Nghị định"
    assert by_number["41/TT-BCA"] == "Thông tư"


def test_vietnamese_article_headings_are_not_references(devset):
    refs = find_legal_refs(text(devset, "vi-circular-wastewater-inspection"))
    assert [(r.article, r.act, r.internal) for r in refs if r.article] == [("5", "Thông tư", True)]


def test_programmes_cite_the_environmental_code_by_number(devset):
    refs = dedupe_refs(find_legal_refs(text(devset, "pek-programme-vzhr")))
    assert ("Экологический кодекс", "400-VI") in {(r.act, r.number) for r in refs}
    assert {"186", "189"} <= {r.article for r in refs if r.act == "Экологический кодекс"}
    zhomart = find_legal_refs(text(devset, "pek-rules-and-programme-zhomart"))
    assert {"182", "186"} <= {r.article for r in zhomart if r.act == "Экологический кодекс"}


@pytest.mark.parametrize("stem", STEMS)
def test_reference_offsets_point_into_the_document(devset, stem):
    doc = text(devset, stem)
    for ref in find_legal_refs(doc):
        assert doc[ref.start : ref.end].strip() == ref.text
