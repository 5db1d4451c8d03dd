"""Substance reference lists and matching, on real spellings and on the dev-set documents."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor.nlp.substances import (
    MEDIA,
    Substance,
    SubstanceMatch,
    find_substances,
    load_substances,
    match_substance,
    substance_by_code,
    substance_json,
)

DATA = Path(__file__).parent / "data"

GOLD_AIR_CODES = {
    "0123", "0143", "0203", "0301", "0304", "0328", "0330", "0333", "0337", "0342", "0344", "0415",
    "0616", "0621", "0703", "1042", "1061", "1119", "1210", "1325", "1401", "1715", "2704", "2732",
    "2752", "2754", "2902", "2908", "2930", "2936",
}  # fmt: skip
"""Air codes the dev-set gold files expect (`0214` and `2914`, named in the documents but left out
of the gold, are checked separately)."""


def ident(match: SubstanceMatch | None) -> str | None:
    """Code for air pollutants, symbol otherwise: what the gold files compare."""
    if match is None:
        return None
    return match.substance.code or match.substance.symbol


def read_strings() -> list[tuple[str, str | None, str, str]]:
    rows = []
    lines = (DATA / "substance_strings.tsv").read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if line and not line.startswith("#")][1:]
    for line in body:
        raw, medium, expected, kind = line.split("\t")
        rows.append((raw.replace("\\n", "\n"), None if medium == "-" else medium, expected, kind))
    return rows


def read_non_substances() -> list[str]:
    lines = (DATA / "non_substances.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


# ---------------------------------------------------------------- reference lists


def test_reference_lists_load_once_and_have_the_expected_size():
    subs = load_substances()
    assert load_substances() is subs
    by_medium = {m: [s for s in subs if s.medium == m] for m in MEDIA}
    assert len(by_medium["air"]) >= 150
    assert len(by_medium["water"]) >= 40
    assert len(by_medium["soil"]) >= 30


def test_air_codes_are_four_digits_unique_and_cover_the_gold():
    codes = [s.code for s in load_substances() if s.medium == "air"]
    assert all(c and re.fullmatch(r"\d{4}", c) for c in codes)
    assert len(codes) == len(set(codes))
    assert set(codes) >= GOLD_AIR_CODES | {"0214", "2914"}


def test_reference_fields_are_well_formed():
    for s in load_substances():
        assert s.name and s.medium in MEDIA
        assert s.hazard_class in (None, 1, 2, 3, 4), s
        assert s.cas is None or re.fullmatch(r"\d{2,7}-\d{2}-\d", s.cas), s
        if s.medium != "air":
            assert s.code is None and s.symbol, s
    for medium in ("water", "soil"):
        symbols = [s.symbol for s in load_substances() if s.medium == medium]
        assert len(symbols) == len(set(symbols)), medium


def test_cas_check_digits_are_valid():
    for s in load_substances():
        if s.cas:
            digits = s.cas.replace("-", "")
            body, check = digits[:-1], int(digits[-1])
            total = sum(int(d) * (i + 1) for i, d in enumerate(reversed(body)))
            assert total % 10 == check, (s.name, s.cas)


def test_every_alias_resolves_to_its_own_entry():
    """No alias is shared by two entries of one list, and normalisation never breaks an alias.

    The full code list names one Candida strain twice (2639, 2671); a name it repeats resolves to
    the first of them, which is all a reader can do.
    """
    wrong = []
    for s in load_substances():
        for alias in filter(None, (s.name, s.name_en, s.name_kk, s.name_vi, *s.aliases)):
            got = match_substance(alias.lstrip("="), s.medium)
            if got is None or got.substance != s:
                wrong.append((s.medium, s.code or s.symbol, alias, ident(got)))
    assert wrong == [("air", "2671", "Candida lipolitica шт .367-3", "2639")]


REFERENCE_LIST = Path(__file__).resolve().parents[2] / "shared" / "reference" / "air-pollutants-kz-2444.tsv"


@pytest.mark.skipif(not REFERENCE_LIST.is_file(), reason="../shared/reference is not here")
def test_every_code_of_the_full_list_is_known_with_its_official_name():
    import csv
    import html

    listed = list(csv.DictReader(REFERENCE_LIST.open(encoding="utf-8"), delimiter="\t"))
    assert len(listed) == 2444
    for row in listed:
        sub = substance_by_code(row["code"])
        assert sub is not None and sub.medium == "air", row["code"]
        assert sub.official_name == " ".join(html.unescape(row["label"]).split())
        for field, column in (
            ("mpc_max", "mpc_max_value"),
            ("mpc_daily", "mpc_daily_value"),
            ("obuv", "obuv"),
        ):
            value = float(row[column])
            assert getattr(sub, field) == (value or None), (row["code"], field)


@pytest.mark.skipif(not REFERENCE_LIST.is_file(), reason="../shared/reference is not here")
def test_the_full_list_file_is_what_the_import_script_makes(tmp_path):
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "import_air_pollutants.py"
    spec = importlib.util.spec_from_file_location("import_air_pollutants", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "list.csv"
    module.write(module.rows(REFERENCE_LIST), out)
    assert out.read_text(encoding="utf-8") == (
        script.parents[1] / "corpus" / "air_pollutants_kz.csv"
    ).read_text(encoding="utf-8")


def test_curated_entries_keep_their_names_and_gain_the_lists_values():
    no2 = substance_by_code("301")
    assert (no2.name, no2.official_name, no2.curated) == (
        "Азота диоксид",
        "Азота диоксид (Азот (IV) оксид)",
        True,
    )
    assert (no2.mpc_max, no2.mpc_daily, no2.obuv) == (0.2, 0.04, None)
    assert ident(match_substance("Nitơ đioxit", "air")) == "0301"  # VI alias kept
    kerosene = substance_by_code("2732")
    assert kerosene.obuv == 1.2 and kerosene.mpc_max is None


def test_codes_known_only_from_the_full_list_match_by_name_and_formula_not_fuzzily():
    assert ident(match_substance("Бор нитрид", "air")) == "0310"
    assert ident(match_substance("Водород мышьяковистый", "air")) == "0314"  # a bracketed alternative
    assert ident(match_substance("Bi2O3", "air")) == "0111"
    assert ident(match_substance("BF3", "air")) == "0311"
    sub = substance_by_code("0311")
    assert sub.symbol == "BF3" and sub.cas == "7637-07-2" and not sub.curated  # a CAS cleaned of its space
    assert substance_by_code("0111").symbol == "Bi2O3"  # `Вi2О3` in the list: Cyrillic В and О made Latin
    assert match_substance("Бор нитрит", "air") is None  # a typo of a listed-only name is no match
    assert match_substance("Бор нитрид", "water") is None
    assert find_substances("в цехе выделяется бор нитрид и диборан", "air") == []  # not searched in text
    # A part of a longer listed name is not the curated substance it contains.
    assert ident(match_substance("(Метиламино)бензол (N-Метиланилин)", "air")) == "1847"


def test_formulas_of_the_full_list_are_written_in_latin_letters():
    for sub in load_substances():
        if sub.medium == "air" and sub.symbol:
            assert not re.search("[А-яЁё]", sub.symbol), (sub.code, sub.symbol)


def test_substance_by_code_pads_and_misses():
    assert substance_by_code("301").name == "Азота диоксид"
    assert substance_by_code("0010").code == "0010"
    assert substance_by_code("0099") is None


# ---------------------------------------------------------------- the string tables


def test_real_world_strings_resolve_to_the_expected_substance():
    rows = read_strings()
    assert len(rows) >= 300
    assert {kind for *_, kind in rows} >= {"ru", "kk", "vi", "typo"}
    misses = []
    for raw, medium, expected, kind in rows:
        got = ident(match_substance(raw, medium))
        if got != expected:
            misses.append((raw, medium, expected, got, kind))
    for miss in misses:
        print("MISS", miss)
    assert len(misses) <= len(rows) // 100, misses


def test_non_substance_table_text_matches_nothing():
    lines = read_non_substances()
    assert len(lines) >= 50
    hits = [
        (line, medium, ident(match_substance(line, medium)))
        for line in lines
        for medium in (None, *MEDIA)
        if match_substance(line, medium) is not None
    ]
    assert not hits


def test_non_substance_table_text_is_not_found_in_running_text():
    hits = [(line, [ident(m) for m in find_substances(line)]) for line in read_non_substances()]
    assert not [h for h in hits if h[1]]


# ---------------------------------------------------------------- one test per rule


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("Пыль неорганическая: 70-20% двуокиси кремния", "2908"),
        ("Пыль неорганическая 20-70%", "2908"),
        ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "2908"),
        ("Пыль неорганическая: выше 70% двуокиси кремния", "2907"),
        ("Пыль неорганическая, содержащая двуокись кремния в %: более 70", "2907"),
        ("Пыль неорганическая: ниже 20% двуокиси кремния", "2909"),
        ("Пыль неорганическая, содержащая двуокись кремния в %: менее 20", "2909"),
    ],
)
def test_inorganic_dust_classes_are_never_confused(raw, code):
    assert ident(match_substance(raw)) == code


@pytest.mark.parametrize("raw", ["Пыль неорганическая", "Пыль неорганическая (3 кл. опасн.)", "Пыль"])
def test_inorganic_dust_without_its_silica_share_is_unknown(raw):
    assert match_substance(raw, "air") is None


def test_nitrogen_monoxide_is_not_nitrogen_dioxide():
    for raw in ("Азот (II) оксид", "Азот (ll) оксид", "азота оксид", "Азот (II) оксдд"):
        assert ident(match_substance(raw)) == "0304", raw
    for raw in ("Азота (IV) диоксид", "Азота диоксид", "Азота (IV) диоксдд"):
        assert ident(match_substance(raw)) == "0301", raw


def test_hydrocarbon_fractions_stay_apart():
    assert ident(match_substance("Смесь углеводородов предельных С1-С5")) == "0415"
    assert ident(match_substance("Смесь углеводородов предельных C6-C10")) == "0416"
    assert ident(match_substance("Углеводороды предельные С12-С19")) == "2754"
    assert ident(match_substance("Смесь углеводородов предельных С2-С4")) is None


def test_fluoride_solubility_is_not_fuzzed_away():
    assert ident(match_substance("Фториды неорганические плохо растворимые")) == "0344"
    assert ident(match_substance("Фториды неорганические хорошо растворимые")) == "0343"
    assert match_substance("Фториды неорганические растворимые") is None


@pytest.mark.parametrize(
    ("raw", "medium", "expected"),
    [
        ("Железо", "soil", "Fe"),
        ("Железо", "air", "0123"),
        ("Хром", "soil", "Cr"),
        ("Хром", "air", "0203"),
        ("взвешенные вещества", "water", "TSS"),
        ("взвешенные вещества", "air", "2902"),
        ("Аммиак", "water", "NH3"),
        ("Аммиак", "air", "0303"),
        ("NO2", "water", "NO2-"),
        ("NO2", None, "0301"),
        ("Co", "soil", "Co"),
        ("CO", None, "0337"),
    ],
)
def test_medium_decides_between_homonyms(raw, medium, expected):
    assert ident(match_substance(raw, medium)) == expected


def test_waste_water_is_read_as_water_and_unknown_media_fail_loudly():
    assert ident(match_substance("Сухой остаток", "waste_water")) == "TDS"
    with pytest.raises(ValueError, match="'air_x'"):
        match_substance("Сера диоксид", "air_x")


def test_soot_alone_in_an_emission_list():
    assert ident(match_substance("Углерод", "air")) == "0328"
    assert ident(match_substance("Углерод (3 кл. опасн.)", "air")) == "0328"
    assert ident(match_substance("Углерод оксид", "air")) == "0337"


def test_leading_code_helps_a_garbled_name_but_a_bare_number_is_not_a_substance():
    assert ident(match_substance("0123 Железа окс.")) == "0123"
    assert ident(match_substance("0301 Азота диоксид")) == "0301"
    assert match_substance("0301") is None
    assert match_substance("6001") is None


def test_typos_from_the_dev_documents():
    assert ident(match_substance("Углеродороды предельные C12-19")) == "2754"
    assert ident(match_substance("2-Этоксизэтанол")) == "1119"
    assert ident(match_substance("2-Этоксизтанол")) == "1119"
    assert ident(match_substance("Железо (I, III) оксиды")) == "0123"
    assert ident(match_substance("Метилбензол (349)")) == "0621"


def test_match_score_and_span():
    exact = match_substance("  Сера диоксид ")
    assert exact.score == 100 and (exact.start, exact.end) == (2, 14)
    fuzzy = match_substance("Углеродороды предельные C12-19")
    assert 88 <= fuzzy.score < 100


def test_find_in_a_cell_listing_eleven_substances_separated_by_spaces():
    cell = (
        "Железо (I, III) оксиды Марганец и его соединения Азота (IV) диоксид Азот (II) оксид Хром "
        "Углерода оксид Сероводород Фтористые газообразные соединения Фториды неорганические плохо "
        "растворимые Углеводороды предельные C12-19 Пыль неорганическая: 70-20% двуокиси кремния"
    )
    found = find_substances(cell, "air")
    assert [ident(m) for m in found] == [
        "0123", "0143", "0301", "0304", "0203", "0337", "0333", "0342", "0344", "2754", "2908",
    ]  # fmt: skip
    assert found[0].raw == "Железо (I, III) оксиды"
    assert found[-1].raw == "Пыль неорганическая: 70-20% двуокиси кремния"
    assert all(cell[m.start : m.end] == m.raw for m in found)


def test_find_dust_followed_by_another_substance():
    found = find_substances("Пыль неорганическая 20-70% Азота диоксид")
    assert [(ident(m), m.raw) for m in found] == [
        ("2908", "Пыль неорганическая 20-70%"),
        ("0301", "Азота диоксид"),
    ]


def test_find_in_a_sentence_with_values_and_case_endings():
    text = (
        "сероводород – не обн . мг/м3 (ПДК - 0,008 мг/м3), диоксид серы – 0,11 (ПДК - 0,5 мг/м3), "
        "выбросы диоксида азота и оксида углерода"
    )
    assert [ident(m) for m in find_substances(text)] == ["0333", "0330", "0301", "0337"]


def test_find_merges_bracketed_synonyms_into_one_mention():
    text = "Пропан-2-он (Ацетон) Бутан-1-ол (Бутиловый спирт)\nКальций дигидроксид (Гашеная известь, Пушонка)"
    found = find_substances(text, "air")
    assert [(ident(m), m.raw) for m in found] == [
        ("1401", "Пропан-2-он (Ацетон)"),
        ("1042", "Бутан-1-ол (Бутиловый спирт)"),
        ("0214", "Кальций дигидроксид (Гашеная известь, Пушонка)"),
    ]


def test_find_in_cells_wrapped_over_lines():
    cells = {
        "Пыль\nнеорганическая: 70-\n20% двуокиси\nкремния": "2908",
        "2-\nЭтоксизтанол\n(Этиловый эфир\nэтиленгликоля,\nЭтилцеллозольв)": "1119",
        "Фтористые газо-\nобразные соединения": "0342",
        "Смесь углеводородов предельных С1 - С5": "0415",
    }
    for cell, code in cells.items():
        found = find_substances(cell, "air")
        assert [(ident(m), m.raw) for m in found] == [(code, cell)], cell


def test_find_formulas_with_charges_but_not_prepositions():
    found = find_substances("Cl-, SO4 2-, NO3- и Cr6+", "water")
    assert [(ident(m), m.raw) for m in found] == [
        ("Cl-", "Cl-"), ("SO4", "SO4 2-"), ("NO3-", "NO3-"), ("Cr6+", "Cr6+"),
    ]  # fmt: skip
    assert find_substances("со стороны дороги, Со слов очевидцев") == []


def test_find_keeps_whole_cell_words_out_of_running_text():
    assert find_substances("Hội đồng nhân dân, chi phí, bạc màu") == []
    assert ident(match_substance("Đồng", "water")) == "Cu"


def test_substance_json_for_known_and_unknown_substances():
    assert substance_json(match_substance("Азота (IV) диоксид"), "Азота (IV) диоксид") == {
        "code": "0301",
        "cas": "10102-44-0",
        "symbol": "NO2",
        "name": "Азота диоксид",
    }
    assert substance_json(match_substance("БПК5", "water").substance, "БПК5")["symbol"] == "BOD5"
    assert substance_json(None, " Пыль  неорганическая ") == {
        "code": None,
        "cas": None,
        "symbol": None,
        "name": "Пыль неорганическая",
    }


def test_substances_are_frozen_values():
    sub = substance_by_code("0330")
    assert isinstance(sub, Substance)
    with pytest.raises(AttributeError):
        sub.name = "x"  # type: ignore[misc]


# ---------------------------------------------------------------- dev set


def dev_text(devset: Path, stem: str) -> str:
    return (devset / f"{stem}.txt").read_text(encoding="utf-8")


def dev_gold(devset: Path, stem: str) -> dict:
    return json.loads((devset / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def table_rows(text: str, caption: str, key: str) -> dict[str, str]:
    """Body text of one dev-set table grouped by the row key (source number, point); lines without
    a key continue the row above, as in the .txt export where a cell spills onto the next lines."""
    start = text.index(caption)
    end = text.find("\nТаблица ", start + 1)
    rows: dict[str, list[str]] = {}
    current = None
    for line in text[start:end].splitlines()[1:]:
        found = re.search(key, line)
        if found:
            current = found.group(1)
            rows.setdefault(current, [])
        if current:
            rows[current].append(line)
    return {k: "\n".join(v) for k, v in rows.items()}


def test_dev_emission_tables_give_the_gold_pollutants_per_source(devset):
    text = dev_text(devset, "pek-programme-vzhr")
    expected: dict[str, set[str]] = {}
    for source, code in dev_gold(devset, "pek-programme-vzhr")["source_pollutants"]:
        expected.setdefault(source, set()).add(code)
    found: dict[str, set[str]] = {}
    for caption in ("Таблица 4.", "Таблица 5."):
        for source, row in table_rows(text, caption, r"\t(\d{4})\t").items():
            found.setdefault(source, set()).update(ident(m) for m in find_substances(row, "air"))
    assert set(expected) <= set(found)
    for source, codes in expected.items():
        assert codes <= found[source], source
        # the gold omits Кальций дигидроксид (0214) and the phosphogypsum dust (2914) named in these rows
        assert found[source] - codes <= {"0214", "2914"}, source


def test_dev_air_monitoring_points_give_dust_and_nitrogen_dioxide(devset):
    text = dev_text(devset, "pek-programme-vzhr")
    expected: dict[str, set[str]] = {}
    for item in dev_gold(devset, "pek-programme-vzhr")["monitoring"]:
        if "point" in item and "code" in item:
            expected.setdefault(item["point"], set()).add(item["code"])
    rows = table_rows(text, "Таблица 8.", r"\t(т\.\d+)\t")
    assert {point: {ident(m) for m in find_substances(row, "air")} for point, row in rows.items()} == expected


def test_dev_soil_table_gives_the_gold_elements_per_point(devset):
    text = dev_text(devset, "pek-programme-vzhr")
    expected: dict[str, list[str]] = {}
    for item in dev_gold(devset, "pek-programme-vzhr")["monitoring"]:
        if "symbol" in item:
            expected.setdefault(item["point"], []).append(item["symbol"])
    rows = table_rows(text, "Таблица 10.", r"(Кт\.\d+)")
    found = {point: [ident(m) for m in find_substances(row, "soil")] for point, row in rows.items()}
    assert found == expected
    assert all(ident(match_substance(name, "soil")) for name in ("Алюминий", "Сурьма", "Фосфор"))


def test_dev_scoping_emission_list_gives_the_gold_codes_in_order(devset):
    text = " ".join(dev_text(devset, "scoping-conclusion-zhaikmunai").split())
    start = text.index("Будут выбрасываться")
    end = text.index("Общий объем выбросов в период эксплуатации")
    names = []
    for item in re.split(r";|т/год\.", text[start:end]):
        item = re.sub(r"^.*(?:вещества|эксплуатации):", "", item)
        name = re.match(r"\s*(.*?)\s*(?:–|\s-)\s*\d", item)
        if name:
            names.append(name.group(1))
    expected = [e["code"] for e in dev_gold(devset, "scoping-conclusion-zhaikmunai")["emissions"]]
    assert [ident(match_substance(n, "air")) for n in names] == expected


def test_dev_scoping_quality_paragraphs_give_the_gold_limits_in_order(devset):
    text = dev_text(devset, "scoping-conclusion-zhaikmunai")
    air = text[text.index("Атмосферный воздух: концентрация") : text.index("Поверхностные воды.")]
    water = text[text.index("Поверхностные воды.") : text.index("Таким образом, превышение")]
    limits = dev_gold(devset, "scoping-conclusion-zhaikmunai")["limits"]
    air_codes = [item["code"] for item in limits if item["medium"] == "air"]
    water_symbols = [item["symbol"] for item in limits if item["medium"] == "water"]
    assert [ident(m) for m in find_substances(air, "air")] == air_codes
    found_water = [ident(m) for m in find_substances(water, "water")]
    assert [s for s in found_water if s in water_symbols] == water_symbols
    assert set(found_water) - set(water_symbols) <= {"Odour", "TPH", "Cu", "Pb", "Zn", "Cd"}


def test_dev_dust_split_over_lines_in_a_pdf_export(devset):
    text = dev_text(devset, "pek-rules-and-programme-zhomart")
    table = text[text.index("Таблица 8.") : text.index("Таблица 9.")]
    assert [ident(m) for m in find_substances(table, "air")] == ["2908"]
    expected = {item["code"] for item in dev_gold(devset, "pek-rules-and-programme-zhomart")["monitoring"]}
    assert expected == {"2908"}


def test_dev_regulations_without_substances_yield_none(devset):
    for stem in ("kz-tailings-workgroup-plan", "vi-circular-wastewater-inspection"):
        assert find_substances(dev_text(devset, stem)) == [], stem


def test_stack_gas_is_a_medium_of_air_pollutants():
    assert ident(match_substance("Lưu huỳnh đioxit", "flue_gas")) == "0330"
    assert [m.substance.code for m in find_substances("SO2, NOx (tính theo NO2)", "flue_gas")] == ["0330", "0301"]


def test_items_that_open_with_their_code_name_pollutants_only_the_full_list_knows():
    text = "0857 Дифтордихлорметан (Фреон-12); 0409 Циклопентан; 2990 Пыль полистирола, 0412 Изобутан"
    assert [m.substance.code for m in find_substances(text)] == ["0857", "0409", "2990", "0412"]
    assert find_substances("0409 Пыль полистирола") == []  # a code and a name of two different pollutants
    assert find_substances("0002 – труба после адсорбера") == []  # a source's number before its name


@pytest.mark.parametrize(
    ("raw", "code"),
    [("HFC-134a", "0938"), ("Diclodiflometan (CFC-12)", "0857"), ("HCFC-22", "0859"), ("R-125", "0967"), ("R-600a", "0412")],
)
def test_refrigerants_answer_to_their_designations(raw, code):
    m = match_substance(raw)
    assert m is not None and m.substance.code == code, m
