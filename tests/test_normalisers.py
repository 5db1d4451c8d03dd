"""Numbers, units, coordinates and identifiers as the RU/KK/VI documents write them."""

from __future__ import annotations

import pytest

from extractor.nlp.coordinates import find_coordinates, parse_coordinates, parse_degrees
from extractor.nlp.identifiers import (
    bin_check_digit,
    bin_kind,
    find_bins,
    find_source_numbers,
    is_kato,
    is_oked,
    is_valid_bin,
    normalise_oked,
    source_type,
)
from extractor.nlp.numbers import (
    NOT_DETECTED,
    find_quantities,
    is_not_detected,
    parse_number,
    parse_quantity,
    parse_value,
    read_count,
    read_ordinal,
)
from extractor.nlp.units import DEG_C, normalise_unit, split_multiplier

# ------------------------------------------------------------------ numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0,000000004", 4e-09),
        ("0,000000035", 3.5e-08),
        ("2,1", 2.1),
        ("0,42", 0.42),
        ("5 500 000", 5_500_000),
        ("5\u00a0500\u00a0000", 5_500_000),
        ("5\u2009500\u202f000", 5_500_000),
        ("5500 000", 5_500_000),
        ("1,000,000", 1_000_000),
        ("47.5302", 47.5302),
        ("-5", -5),
        ("−40", -40),
        ("4e-09", 4e-09),
        ("1,5·10-3", 0.0015),
        ("2·10⁻⁹", 2e-09),
        (" 32 ", 32),
        ("710", 710),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "-", "—", "не обн.", "20-70", "19.05.2022", "п. 5", "abc", "2026-2035"])
def test_parse_number_refuses_what_is_not_one_figure(text):
    assert parse_number(text) is None


def test_vietnamese_dot_is_a_thousands_separator_only_when_asked():
    assert parse_number("1.000", "vi") == 1000
    assert parse_number("1.000") == 1.0
    assert parse_number("1.500,5", "vi") == 1500.5
    assert parse_number("0,5", "vi") == 0.5
    assert parse_number("47.5302", "vi") == 47.5302


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "tolerance", "comparator", "unit"),
    [
        ("5500,0 тыс.т/год", 5_500_000, None, None, None, None, "t/y"),
        ("5500 000 тонн/год", 5_500_000, None, None, None, None, "t/y"),
        ("20-70%", None, 20, 70, None, None, "%"),
        ("20–70 %", None, 20, 70, None, None, "%"),
        ("70-20%", None, 20, 70, None, None, "%"),
        ("10 ÷ 30", None, 10, 30, None, None, None),
        ("10 ÷ 30 0C", None, 10, 30, None, None, "degC"),
        ("5 ± 3 oC", 5, 2, 8, 3, None, "degC"),
        ("23 ± 7 0C", 23, 16, 30, 7, None, "degC"),
        ("≤ 80 %", 80, None, None, None, "<=", "%"),
        ("< 85 %", 85, None, None, None, "<", "%"),
        ("≥ 15 m2", 15, None, None, None, ">=", "m2"),
        ("не менее 500 м", 500, None, None, None, ">=", "m"),
        ("не более 0,5 мг/л", 0.5, None, None, None, "<=", "mg/l"),
        ("от 10 до 30 °C", None, 10, 30, None, None, "degC"),
        ("от -40 до +40 °C", None, -40, 40, None, None, "degC"),
        ("2,6 т/ период", 2.6, None, None, None, None, "t/period"),
        ("5 тонн в год", 5, None, None, None, None, "t/y"),
        # Kazakh and Vietnamese equivalents
        ("500 м-ден кем емес", 500, None, None, None, ">=", "m"),
        ("кемінде 500 м", 500, None, None, None, ">=", "m"),
        ("từ 15 m2 trở lên", 15, None, None, None, ">=", "m2"),
        ("không quá 80 %", 80, None, None, None, "<=", "%"),
        ("từ 10 đến 30 độ C", None, 10, 30, None, None, "degC"),
        ("50 tấn/năm", 50, None, None, None, None, "t/y"),
    ],
)
def test_parse_quantity(text, value, low, high, tolerance, comparator, unit):
    q = parse_quantity(text)
    assert q is not None
    assert (q.value, q.low, q.high, q.tolerance, q.comparator, q.unit) == (
        pytest.approx(value) if value is not None else None,
        pytest.approx(low) if low is not None else None,
        pytest.approx(high) if high is not None else None,
        pytest.approx(tolerance) if tolerance is not None else None,
        comparator,
        unit,
    )
    assert not q.not_detected


@pytest.mark.parametrize(
    "text",
    [
        "не обн.",
        "не обн .",
        "н/о",
        "менее предела обнаружения",
        "không phát hiện",
        "KPH",
        "анықталмады",
        "n.d.",
    ],
)
def test_not_detected_is_its_own_value(text):
    assert parse_value(text) is NOT_DETECTED
    assert parse_value(text) != 0
    q = parse_quantity(text)
    assert q is not None and q.not_detected and q.value is None
    assert is_not_detected(text)


def test_not_detected_keeps_its_unit():
    q = parse_quantity("не обн . мг/м3")
    assert q is not None and q.not_detected and q.unit == "mg/m3"


@pytest.mark.parametrize("text", ["-", "—", "–", " - ", "", "--"])
def test_a_dash_is_no_value(text):
    assert parse_value(text) is None
    assert parse_quantity(text) is None


def test_parse_value_reads_plain_figures_and_nothing_else():
    assert parse_value("2,1") == 2.1
    assert parse_value("32 мг/кг") == 32
    assert parse_value("кобальт") is None
    assert parse_value("0") == 0 and parse_value("0") is not NOT_DETECTED


def test_parse_quantity_refuses_trailing_words():
    assert parse_quantity("3 кл. опасности") is None
    assert parse_quantity("шахта 57") is None


def test_find_quantities_in_an_emission_line():
    found = find_quantities("Железо (II, III) оксиды (3 кл. опасн.) - 0,00992 г/с, 0,00629 т/год;")
    assert [(q.value, q.unit) for q in found] == [(0.00992, "g/s"), (0.00629, "t/y")]
    assert [q.raw for q in found] == ["0,00992 г/с", "0,00629 т/год"]


def test_find_quantities_dash_before_a_figure_is_no_minus():
    found = find_quantities("Азот (II) оксид –0,0003719 г/с; ПДК -0,5 мг/л; Углерод - 0,000194 г/с")
    assert [q.value for q in found] == [0.0003719, 0.5, 0.000194]


def test_find_quantities_limits_and_not_detected():
    text = (
        "сероводород – не обн . мг/м3 (ПДК - 0,008 мг/м3), БПК5 – 3,1 мг/л (ПДК –6,0 мг/л), медь – не обн., "
    )
    found = find_quantities(text)
    assert [(q.value, q.unit, q.not_detected) for q in found] == [
        (None, "mg/m3", True),
        (0.008, "mg/m3", False),
        (3.1, "mg/l", False),
        (6.0, "mg/l", False),
        (None, None, True),
    ]


def test_find_quantities_leaves_out_codes_dates_and_abbreviations():
    text = "Алканы С12-19 (4 кл. опасн.), от 19.05.2022, в т.ч. 5 т.е. шахты 73/75, 13 т. Далее"
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(13, "t")]


def test_find_quantities_with_multiplier_and_spaced_thousands():
    found = find_quantities("производительность 5500,0 тыс.т/год, мощность 5 500 000 тонн/год и 110 000 м3")
    assert [(q.value, q.unit) for q in found] == [(5_500_000, "t/y"), (5_500_000, "t/y"), (110_000, "m3")]


def test_find_quantities_vietnamese():
    found = find_quantities("nhiệt độ 5 ± 3 oC, độ ẩm < 85 % và 1.000 mg/l", "vi")
    assert [(q.value, q.unit, q.comparator) for q in found] == [
        (5, "degC", None),
        (85, "%", "<"),
        (1000, "mg/l", None),
    ]


def test_find_quantities_leaves_out_dates_written_in_words():
    found = find_quantities("ngày 06 tháng 5 năm 2020, lưu mẫu 30 ngày; режим 8000 часов в год", "vi")
    assert [(q.value, q.unit) for q in found] == [(30, "d"), (8000, "h")]
    assert [(q.value, q.unit) for q in find_quantities("программа на 2027 год, срок 10 лет")] == [(10, "y")]


def test_find_quantities_without_units_on_request():
    assert [q.value for q in find_quantities("шахты 55 и 57", require_unit=False)] == [55, 57]


@pytest.mark.parametrize(
    ("text", "value"), [("трех", 3), ("трёх", 3), ("03", 3), ("үш", 3), ("ba", 3), ("дважды", 2), ("one", 1)]
)
def test_read_count(text, value):
    assert read_count(text) == value


@pytest.mark.parametrize(
    ("text", "value"), [("первого", 1), ("второго", 2), ("10-го", 10), ("бірінші", 1), ("екінші", 2)]
)
def test_read_ordinal(text, value):
    assert read_ordinal(text) == value


# -------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("г/с", "g/s"),
        ("т/год", "t/y"),
        ("тонн/год", "t/y"),
        ("т/период", "t/period"),
        ("т/ период", "t/period"),
        ("мг/м3", "mg/m3"),
        ("мг/м³", "mg/m3"),
        ("мг/дм3", "mg/l"),
        ("мг/л", "mg/l"),
        ("(мг/дм3)", "mg/l"),
        ("мг/кг", "mg/kg"),
        ("мкг/м3", "ug/m3"),
        ("µg/m3", "ug/m3"),
        ("м3/ч", "m3/h"),
        ("м3/сут", "m3/d"),
        ("м3/сут.", "m3/d"),
        ("м3/период", "m3/period"),
        ("°C", DEG_C),
        ("° С", DEG_C),
        ("℃", DEG_C),
        ("оС", DEG_C),
        ("0C", DEG_C),
        ("oC", DEG_C),
        ("ºC", DEG_C),
        ("%", "%"),
        ("м2", "m2"),
        ("m2", "m2"),
        ("га", "ha"),
        ("км", "km"),
        ("mg/L", "mg/l"),
        ("mg/Nm3", "mg/Nm3"),
        ("мг/нм3", "mg/Nm3"),
        ("MPN/100ml", "MPN/100ml"),
        ("MPN/100 mL", "MPN/100ml"),
        ("Pt/Co", "Pt/Co"),
        ("NTU", "NTU"),
        ("МВт", "MW"),
        ("кВ", "kV"),
        ("м3 в сутки", "m3/d"),
        # Kazakh and Vietnamese spellings
        ("т/жыл", "t/y"),
        ("м3/тәул", "m3/d"),
        ("tấn/năm", "t/y"),
        ("m3/ngày đêm", "m3/d"),
        ("độ C", DEG_C),
        ("vi khuẩn/100ml", "bacteria/100ml"),
    ],
)
def test_normalise_unit(text, unit):
    assert normalise_unit(text) == unit


@pytest.mark.parametrize("text", ["", "кл.", "ст.", "тыс.т/год", "шахта", "ПДК"])
def test_normalise_unit_refuses_non_units(text):
    assert normalise_unit(text) is None


def test_split_multiplier():
    assert split_multiplier("тыс.т/год") == (1000.0, "т/год")
    assert split_multiplier("млн. м3") == (1e6, "м3")
    assert split_multiplier("nghìn tấn") == (1000.0, "tấn")
    assert split_multiplier("т/год") == (1.0, "т/год")


# -------------------------------------------------------------- coordinates


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("47°53'02.5\"N 67°29'31.1\"E", 47.884028, 67.491972),
        ("47°53′02.5″N, 67°29′31.1″E", 47.884028, 67.491972),
        ("47° 53′ 02,5″ с.ш., 67° 29′ 31,1″ в.д.", 47.884028, 67.491972),
        ("67°29'31.1\"E 47°53'02.5\"N", 47.884028, 67.491972),
        ("N 47°53'02.5\" E 67°29'31.1\"", 47.884028, 67.491972),
        ("47 53 02.5 N 67 29 31.1 E", 47.884028, 67.491972),
        ("47°53.042'N 67°29.518'E", 47.884033, 67.491967),
        ("47.884, 67.49", 47.884, 67.49),
        ("47.884N, 67.49E", 47.884, 67.49),
        ("47.5302:67.2931", 47.5302, 67.2931),
        ("047.52155:067.28345", 47.52155, 67.28345),
        ("47,5302; 67,2931", 47.5302, 67.2931),
        ("12°30'00\"S 45°00'00\"W", -12.5, -45.0),
        # Kazakh and Vietnamese markers
        ("47°53′02,5″ с.е. 67°29′31,1″ ш.б.", 47.884028, 67.491972),
        ("21°01′28″B, 105°51′15″Đ", 21.024444, 105.854167),
    ],
)
def test_parse_coordinates(text, lat, lon):
    assert parse_coordinates(text) == pytest.approx((lat, lon), abs=1e-6)


@pytest.mark.parametrize(
    "text", ["91.5:67.2", "47.5:181.2", "47°61'00\"N 67°29'31\"E", "47°53'75\"N 67°29'31\"E", "", "шахта 57"]
)
def test_parse_coordinates_out_of_range_or_absent(text):
    assert parse_coordinates(text) is None


def test_find_several_coordinates_and_leave_other_figures():
    text = "ИЗА 0401 47.5302:67.2931, ИЗА 6001 47.52599:67.28136; выброс 0,5 0,25 г/с; 2,1\t1 раз в год"
    found = find_coordinates(text)
    assert [c.pair for c in found] == [(47.5302, 67.2931), (47.52599, 67.28136)]
    assert found[0].raw == "47.5302:67.2931"


def test_parse_degrees_single_component():
    assert parse_degrees("67°29'31.1\"E") == pytest.approx(67.491972)
    assert parse_degrees("S 12.5") == -12.5
    assert parse_degrees("47.5302") == 47.5302
    assert parse_degrees("шахта") is None


# -------------------------------------------------------------- identifiers


@pytest.mark.parametrize("value", ["050140000656", "210740000937", "970340003085", "060641009902"])
def test_valid_bins(value):
    assert is_valid_bin(value)
    assert bin_kind(value) == "legal_entity"


@pytest.mark.parametrize("value", ["050140000657", "05014000065", "0501400006561", "abcdefghijkl", ""])
def test_invalid_bins(value):
    assert not is_valid_bin(value)


def test_bin_second_weights_and_no_check_digit():
    # first pass remainder 10 → second weights decide
    first11 = next(f"{n:011d}" for n in range(10**10, 10**10 + 10**6) if _first_pass(f"{n:011d}") == 10)
    digit = bin_check_digit(first11)
    if digit is not None:
        assert is_valid_bin(first11 + str(digit))
    # both passes give 10 → no valid number exists with these 11 digits
    hopeless = next(
        f"{n:011d}" for n in range(10**10, 10**10 + 10**6) if bin_check_digit(f"{n:011d}") is None
    )
    assert not any(is_valid_bin(hopeless + str(d)) for d in range(10))


def _first_pass(first11: str) -> int:
    return sum(int(c) * w for c, w in zip(first11, range(1, 12), strict=True)) % 11


def test_find_bins_whole_split_and_spaced():
    text = "БИН: 050140000656, ИИККZ7782101398121445 60; поле 2107400009\n37 96090; 0501 4000 0656"
    found = find_bins(text)
    assert [b.value for b in found] == ["050140000656", "210740000937", "050140000656"]
    assert found[1].raw == "2107400009\n37"


def test_find_bins_needs_the_check_digit_to_join_groups():
    assert find_bins("2107400009\n38") == []
    assert find_bins("телефон 8 701 555 12 34 56") == []
    assert [b.value for b in find_bins("050140000657", strict=False)] == ["050140000657"]
    assert find_bins("050140000657") == []


def test_kato():
    assert is_kato("352310000")
    assert is_kato("116630100")
    assert not is_kato("35231000")
    assert not is_kato("992310000")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("24440", "24440"),
        ("24.44.0", "24440"),
        ("96090", "96090"),
        ("24.44", "2444"),
        ("24.4", "244"),
        ("24", "24"),
    ],
)
def test_normalise_oked(text, code):
    assert normalise_oked(text) == code


@pytest.mark.parametrize("text", ["00000", "04100", "123456", "2", "24-44", "шахта"])
def test_normalise_oked_refuses(text):
    assert normalise_oked(text) is None


def test_is_oked():
    assert is_oked("24440") and not is_oked("24.44.0") and not is_oked("00440")


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("0001", "organized"),
        ("0401", "organized"),
        ("5999", "organized"),
        ("6000", None),
        ("6001", "unorganized"),
        ("9999", "unorganized"),
        ("0000", None),
        ("401", None),
        ("04011", None),
        (401, "organized"),
        (6036, "unorganized"),
    ],
)
def test_source_type(number, kind):
    assert source_type(number) == kind


def test_find_source_numbers_skips_years_pages_decimals_and_quantities():
    text = (
        "ИЗА 0401, 0402; неорганизованные 6001-6003; ист. № 2001; в 2023 г.; 2026-2035гг; стр. 1234; "
        "0,0019 т/год; от 19.05.2022; 8000 часов в год; 1250 ст. м3/ч; +7(7112)933900; 5500 000 тонн"
    )
    found = find_source_numbers(text)
    assert [(s.number, s.type) for s in found] == [
        ("0401", "organized"),
        ("0402", "organized"),
        ("6001", "unorganized"),
        ("6002", "unorganized"),
        ("6003", "unorganized"),
        ("2001", "organized"),
    ]
    assert [s.number for s in find_source_numbers("6001-6003", expand_ranges=False)] == ["6001", "6003"]
