"""Waste codes: the packaged List of Waste, notation variants, checks, finding in text."""

from __future__ import annotations

import json
import re
from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest

from extractor.nlp.wastes import (
    WasteCode,
    find_waste_codes,
    load_waste_codes,
    normalise_waste_code,
    search_wastes,
    waste_entry,
)

DEVSET = Path("/work/shared/devset")

# Counted from the 2014/955/EU annex copy named in corpus/SOURCES_wastes.md.
EXPECTED_PER_CHAPTER = {
    "01": 24, "02": 38, "03": 19, "04": 21, "05": 24, "06": 48, "07": 78, "08": 38, "09": 13, "10": 173,
    "11": 27, "12": 23, "13": 34, "14": 5, "15": 12, "16": 72, "17": 38, "18": 16, "19": 99, "20": 40,
}  # fmt: skip
EXPECTED_TOTAL = 842
EXPECTED_HAZARDOUS = 408


# ---------------------------------------------------------------- the list


def test_list_has_every_entry_of_the_2014_edition():
    entries = load_waste_codes()
    assert len(entries) == EXPECTED_TOTAL == sum(EXPECTED_PER_CHAPTER.values())
    assert sum(entry.hazardous for entry in entries) == EXPECTED_HAZARDOUS
    assert Counter(entry.chapter for entry in entries) == EXPECTED_PER_CHAPTER
    assert sorted(EXPECTED_PER_CHAPTER) == [f"{n:02d}" for n in range(1, 21)]


def test_list_rows_are_well_formed():
    entries = load_waste_codes()
    assert len({entry.digits for entry in entries}) == len(entries)
    assert [entry.digits for entry in entries] == sorted(entry.digits for entry in entries)
    for entry in entries:
        assert re.fullmatch(r"\d{2} \d{2} \d{2}\*?", entry.code), entry
        assert entry.code.endswith("*") == entry.hazardous, entry
        assert entry.chapter == entry.code[:2], entry
        assert entry.name_en, entry


def test_list_is_read_once_per_process():
    assert load_waste_codes() is load_waste_codes()


def test_csv_names_its_source_in_leading_comments():
    text = files("corpus").joinpath("waste_codes.csv").read_text(encoding="utf-8")
    comments = [line for line in text.splitlines()[:6] if line.startswith("#")]
    assert comments, "the CSV must start with # comments naming the source"
    joined = " ".join(comments)
    assert "314" in joined and "2014/955/EU" in joined


@pytest.mark.parametrize(
    ("code", "hazardous", "name"),
    [
        ("16 06 01*", True, "lead batteries"),
        ("20 03 01", False, "mixed municipal waste"),
        ("15 01 10*", True, "packaging containing residues of or contaminated by hazardous substances"),
        ("07 02 99", False, "wastes not otherwise specified"),
        ("01 03 10*", True, "red mud from alumina production containing hazardous substances"),
        ("16 03 07*", True, "metallic mercury"),
        ("19 03 08*", True, "partly stabilised mercury"),
        ("13 08 99*", True, "wastes not otherwise specified"),
    ],
)
def test_known_entries(code, hazardous, name):
    entry = waste_entry(code)
    assert entry is not None
    assert entry.code == code
    assert entry.hazardous is hazardous
    assert entry.name_en.startswith(name)


# ------------------------------------------------------------ normalising


@pytest.mark.parametrize(
    "raw",
    [
        "160601*",
        "16 06 01*",
        "16.06.01*",
        "16 06 01 *",
        "16-06-01*",
        "16–06–01*",
        " 16 06 01* ",
        "16\u00a006\u00a001*",
        "16 06 01\uff0a",
        "16 06 01\u2217",
        "16 06 01\u204e",
    ],
)
def test_notation_variants_normalise_to_one_code(raw):
    assert normalise_waste_code(raw) == WasteCode(code="16 06 01*", hazardous=True, known=True)


@pytest.mark.parametrize("raw", ["200301", "20 03 01", "20.03.01", "20-03-01", " 20 03 01 "])
def test_unstarred_notations(raw):
    assert normalise_waste_code(raw) == WasteCode(code="20 03 01", hazardous=False, known=True)


def test_spaced_code_with_star_from_the_vzhr_table():
    assert normalise_waste_code(" 15 01 10* ") == WasteCode(code="15 01 10*", hazardous=True, known=True)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "16 06",
        "1606011",
        "16060",
        "47.5302",
        "740867",
        "000000",
        "21 01 01*",
        "16 06.01*",
        "16-06 01*",
        "1606 01",
        "16 06 01 (опасный)",
        "(опасный)",
        "16 06 01**",
        "код 16 06 01*",
    ],
)
def test_strings_that_are_not_a_waste_code(raw):
    assert normalise_waste_code(raw) is None


def test_unknown_code_is_flagged_but_kept():
    code = normalise_waste_code("16 01 02")
    assert code is not None
    assert (code.code, code.hazardous, code.known) == ("16 01 02", False, False)
    assert len(code.warnings) == 1
    assert "'16 01 02'" in code.warnings[0] and "not in" in code.warnings[0]


def test_missing_star_is_flagged_and_the_document_kept():
    code = normalise_waste_code("150202")
    assert code is not None
    assert (code.code, code.hazardous, code.known) == ("15 02 02", False, True)
    assert len(code.warnings) == 1
    assert "list marks 15 02 02 as hazardous" in code.warnings[0]
    assert "'150202'" in code.warnings[0]


def test_extra_star_is_flagged_and_the_document_kept():
    code = normalise_waste_code("160103*")
    assert code is not None
    assert (code.code, code.hazardous, code.known) == ("16 01 03*", True, True)
    assert len(code.warnings) == 1
    assert "list marks 16 01 03 as non-hazardous" in code.warnings[0]


def test_waste_entry_accepts_any_notation_and_waste_codes():
    expected = waste_entry("16 06 01*")
    assert expected is not None
    assert waste_entry("160601") == expected
    assert waste_entry("16.06.01") == expected
    code = normalise_waste_code("160601")
    assert code is not None and waste_entry(code) == expected
    assert waste_entry("16 01 02") is None
    assert waste_entry("not a code") is None


# ---------------------------------------------------------------- finding


def _found(text: str, strict: bool = True) -> list[str]:
    hits = find_waste_codes(text, strict=strict)
    for start, end, code in hits:
        assert normalise_waste_code(text[start:end]) == code
    return [code.code for _start, _end, code in hits]


def test_codes_in_a_sentence_with_offsets():
    text = "Промасленная ветошь (код 15 02 02*) и ТБО (20 03 01) передаются по договору."
    hits = find_waste_codes(text)
    assert [text[start:end] for start, end, _code in hits] == ["15 02 02*", "20 03 01"]
    assert [code.code for _s, _e, code in hits] == ["15 02 02*", "20 03 01"]


@pytest.mark.parametrize(
    "text",
    [
        "Материалы поступили 19.05.2022 года, проверка 04.07.2022.",
        "дата 15.01.10 г.",
        "БИН 050140000656, БИН: 060641009902",
        "КАТО 352310000",
        "координаты 47.5302:67.2931 и 47°53'02.5\"N 67°29'31.1\"E",
        "тел. +7 701 20 01 01, 8 (7112) 20-01-01, 8-701-20-01-01",
        "+7(7112)933900, Исп. Сарсенова740867",
        "сумма 1 600 601 тенге, 200 136,50 тенге, 16.0601 т",
        "объём 0,160601 т/год и 20,0301 г/с",
        "индекс 200006, Республика Казахстан, 090000",
        "IBAN KZ7782101398121445 60, номер KZ87VWF00069984",
        "время 12:01:13",
    ],
)
@pytest.mark.parametrize("strict", [True, False])
def test_no_false_hits(text, strict):
    assert _found(text, strict=strict) == []


def test_bare_codes_only_in_waste_table_cells():
    assert _found("070299") == []
    assert _found("070299", strict=False) == ["07 02 99"]
    assert _found("160601*") == ["16 06 01*"]


def test_unknown_codes_in_pairs_only_in_waste_table_cells():
    assert _found("16 01 02") == []
    hits = find_waste_codes("16 01 02", strict=False)
    assert [(code.code, code.known) for _s, _e, code in hits] == [("16 01 02", False)]
    assert _found("160102", strict=False) == []


def test_unknown_starred_code_is_found_and_flagged():
    hits = find_waste_codes("отход 16 01 02* передаётся")
    assert [(code.code, code.known) for _s, _e, code in hits] == [("16 01 02*", False)]
    assert hits[0][2].warnings


def test_row_number_before_a_code_does_not_hide_it():
    assert _found("12 16 06 01* Шахтные светильники") == ["16 06 01*"]
    assert _found("3 01 01 02 Вскрышная порода") == ["01 01 02"]


def test_vzhr_table_row():
    row = "1\tАккумуляторы автомобильные отработанные\t160601*\tПередается в РЕСХ"
    assert _found(row) == ["16 06 01*"]
    row = "14\tОтходы резинотехнических изделий (РТИ) (транспортная лента)\t070299\tПередается"
    assert _found(row) == []
    assert _found(row, strict=False) == ["07 02 99"]


def test_dash_separator_is_not_a_character_range():
    """Bug: `[.-‐]` in the separator class was a range from '.' to U+2010 and lost '-'."""
    assert _found("16-06-01*") == ["16 06 01*"]
    assert _found("1606a1*") == []


# ---------------------------------------------------------------- search


def test_search_by_code_prefix():
    assert [entry.code for entry in search_wastes("16 06")] == [
        "16 06 01*", "16 06 02*", "16 06 03*", "16 06 04", "16 06 05", "16 06 06*",
    ]  # fmt: skip
    assert [entry.code for entry in search_wastes("1606", limit=2)] == ["16 06 01*", "16 06 02*"]
    assert [entry.code for entry in search_wastes("16 06 01*")] == ["16 06 01*"]


def test_search_by_name():
    assert search_wastes("lead batteries")[0].code == "16 06 01*"
    assert search_wastes("mixed municipal waste")[0].code == "20 03 01"
    assert len(search_wastes("wastes not otherwise specified", limit=5)) == 5


def test_search_with_nothing_to_look_for():
    assert search_wastes("") == []
    assert search_wastes("lead", limit=0) == []


# ---------------------------------------------------------------- dev set


def _gold_wastes() -> list[tuple[str, set[tuple[str, bool]]]]:
    if not DEVSET.is_dir():
        return []
    out = []
    for gold_path in sorted((DEVSET / "gold").glob("*.json")):
        wastes = json.loads(gold_path.read_text(encoding="utf-8")).get("wastes", [])
        out.append((gold_path.stem, {(w["code"], w["hazardous"]) for w in wastes if w.get("code")}))
    return out


@pytest.mark.skipif(not DEVSET.is_dir(), reason="dev set not available")
def test_gold_codes_are_in_the_list_with_their_flag():
    for _stem, gold in _gold_wastes():
        for code, hazardous in gold:
            entry = waste_entry(code)
            assert entry is not None, code
            assert (entry.code, entry.hazardous) == (code, hazardous)


@pytest.mark.skipif(not DEVSET.is_dir(), reason="dev set not available")
@pytest.mark.parametrize("strict", [True, False])
def test_devset_codes_normalise_to_gold(strict):
    for stem, gold in _gold_wastes():
        text_path = DEVSET / f"{stem}.txt"
        if not text_path.exists():
            continue
        hits = find_waste_codes(text_path.read_text(encoding="utf-8"), strict=strict)
        found = {(code.code, code.hazardous) for _s, _e, code in hits}
        assert found <= gold, (stem, found - gold)
        assert not [code for _s, _e, code in hits if code.warnings], stem
        if not strict:
            assert found == gold, (stem, gold - found)
