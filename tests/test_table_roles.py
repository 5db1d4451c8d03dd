"""Tables read by what they hold, in any document kind and language, in DOCX, PDF and text:
the kinds of table the development set does not have (a QCVN limit table with columns A and B,
facility cards as key–value tables, a permit's hazardous-waste list, a hazard-class column,
a monitoring plan naming points and substances in one cell), tables with no known role, and a
reader that fails on one table without sinking the document. Documents written for these tests."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts
from permit_docs import VI_PERMIT

from extractor.tables import limits as limit_reader
from extractor.tables import read as table_reading

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

QCVN = [
    ("h", "QCVN 40:2011/BTNMT QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ NƯỚC THẢI CÔNG NGHIỆP"),
    ("p", "Bảng 1 quy định giá trị C của các thông số ô nhiễm trong nước thải công nghiệp."),
    (
        "t",
        "Bảng 1: Giá trị C của các thông số ô nhiễm trong nước thải công nghiệp",
        [
            ["TT", "Thông số", "Đơn vị", "Giá trị C", None],
            [None, None, None, "A", "B"],
            ["1", "pH", "-", "6 đến 9", "5,5 đến 9"],
            ["2", "BOD5 (20°C)", "mg/l", "30", "50"],
            ["3", "Chất rắn lơ lửng", "mg/l", "50", "100"],
            ["4", "Asen", "mg/l", "0,05", "0,1"],
            ["5", "Coliform", "MPN/100ml", "3.000", "5.000"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)],
    ),
]

CARDS = {
    "ru": [
        ("h", "Программа производственного экологического контроля"),
        (
            "t",
            "Таблица 1. Общие сведения об объекте",
            [
                ["Показатель", "Значение"],
                ["Наименование объекта", "Цементный завод «Шыгыс»"],
                ["Оператор", "ТОО «Шыгыс Цемент»"],
                ["БИН", "050140000656"],
                ["КАТО", "352310000"],
                ["Категория объекта", "I категория"],
            ],
            [],
        ),
    ],
    "kk": [
        ("h", "Өндірістік экологиялық бақылау бағдарламасы"),
        (
            "t",
            "1-кесте. Кәсіпорын туралы жалпы мәліметтер",
            [
                ["Көрсеткіш", "Мәні"],
                ["Нысанның атауы", "Шыңғыс кеніші"],
                ["БСН", "050140000656"],
                ["ҚАТО", "352310000"],
                ["Мекенжайы", "Абай облысы, Семей қаласы"],
                ["Санаты", "II санат"],
            ],
            [],
        ),
    ],
    "vi": [
        ("h", "GIẤY PHÉP MÔI TRƯỜNG"),
        (
            "t",
            None,
            [
                ["Chỉ tiêu", "Giá trị"],
                ["Tên cơ sở", "Nhà máy giấy Hòa Bình"],
                ["Chủ cơ sở", "Công ty TNHH Giấy Hòa Bình"],
                ["Mã số doanh nghiệp", "0101234567"],
                ["Địa chỉ", "Khu công nghiệp Lương Sơn, tỉnh Hòa Bình"],
            ],
            [],
        ),
    ],
}

VI_WASTES = [VI_PERMIT[0], *VI_PERMIT[-2:]]
"""The permit's hazardous-waste list under its lead-in."""

EMISSIONS = [
    ("h", "Заключение об определении сферы охвата оценки воздействия на окружающую среду"),
    ("p", "Выбросы в период эксплуатации:"),
    (
        "t",
        "Таблица 3",
        [
            ["Код", "Наименование вещества", "Класс опасности", "г/с", "т/год"],
            ["0301", "Азота (IV) диоксид", "2", "0,0412", "0,1208"],
            ["0330", "Сера диоксид", "3", "0,011", "0,3"],
            ["", "Итого", "", "0,0522", "0,4208"],
        ],
        [],
    ),
]

MONITORING_KK = [
    ("h", "Өндірістік экологиялық бақылау бағдарламасы"),
    (
        "t",
        "5-кесте. Атмосфералық ауаны бақылау",
        [
            ["Бақылау кезеңділігі", "Бақылау нүктесі және заттар"],
            ["тоқсанына 1 рет", "КТ-1 (СҚА шекарасы): азот диоксиді, күкірт диоксиді"],
            ["жылына 1 рет", "КТ-2: көміртек оксиді"],
        ],
        [],
    ),
]

OTHER = [
    ("h", "Программа производственного экологического контроля"),
    (
        "t",
        "Лист согласования",
        [["Должность", "Ф.И.О.", "Подпись", "Дата"], ["Главный инженер", "Петров А.А.", "", "12.03.2024"]],
        [],
    ),
    (
        "t",
        "Перечень оборудования",
        [["№", "Оборудование", "Количество, шт."], ["1", "Котел ДКВР-10", "2"], ["2", "Дымосос ДН-12", "1"]],
        [],
    ),
]



@pytest.mark.parametrize("fmt", FORMATS)
def test_qcvn_limits_per_column_with_ranges_units_and_vietnamese_numbers(tmp_path, fmt):
    found = extracted(QCVN, tmp_path, "qcvn", fmt)
    assert [t.role for t in found.tables] == ["limits"]
    got = {(x.substance.symbol, x.column): x for x in found.limits}
    assert len(found.limits) == 10
    assert {x.medium for x in found.limits} == {"waste_water"}
    ph = got[("pH", "B")]
    assert (ph.limit, ph.limit_min, ph.limit_max, ph.unit) == (None, 5.5, 9.0, None)
    assert (got[("BOD5", "A")].limit, got[("BOD5", "A")].unit) == (30.0, "mg/l")
    assert got[("As", "A")].limit == 0.05 and got[("As", "B")].limit == 0.1
    assert got[("TSS", "B")].limit == 100.0
    assert got[("Coliform", "B")].limit == 5000.0  # `5.000` in Vietnamese notation


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(CARDS))
def test_facility_card_as_key_value_table(tmp_path, fmt, lang):
    found = extracted(CARDS[lang], tmp_path, f"card-{lang}", fmt)
    assert [t.role for t in found.tables] == ["facility"]
    assert len(found.facilities) == 1
    facility = found.facilities[0]
    if lang == "vi":
        assert (facility.bin, facility.name) == ("0101234567", "Nhà máy giấy Hòa Bình")
        assert facility.operator == "Công ty TNHH Giấy Hòa Bình"
        assert facility.address.startswith("Khu công nghiệp")
    else:
        assert (facility.bin, facility.kato) == ("050140000656", "352310000")
        assert facility.category == ("I" if lang == "ru" else "II")
        assert facility.name in ("Цементный завод «Шыгыс»", "Шыңғыс кеніші")


@pytest.mark.parametrize("fmt", FORMATS)
def test_permit_hazardous_waste_list(tmp_path, fmt):
    found = extracted(VI_WASTES, tmp_path, "ctnh", fmt)
    assert [t.role for t in found.tables] == ["wastes"]
    got = [(w.code, w.code_system, w.hazardous, w.amount_t, w.code_as_written) for w in found.wastes]
    assert got == [
        ("17 02 03*", "VN-CTNH", True, 1.2, "17 02 03"),
        ("16 01 06*", "VN-CTNH", True, 0.05, "16 01 06"),
        ("18 02 01*", "VN-CTNH", True, 0.3, "18 02 01"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_hazard_class_column_beside_emissions(tmp_path, fmt):
    found = extracted(EMISSIONS, tmp_path, "emissions", fmt)
    assert [t.role for t in found.tables] == ["emissions"]
    got = [(e.substance.code, e.hazard_class, e.g_s, e.t_y, e.period) for e in found.emissions]
    assert got == [("0301", 2, 0.0412, 0.1208, "operation"), ("0330", 3, 0.011, 0.3, "operation")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_monitoring_with_points_and_substances_in_one_cell(tmp_path, fmt):
    found = extracted(MONITORING_KK, tmp_path, "monitoring", fmt)
    assert [t.role for t in found.tables] == ["monitoring"]
    got = [
        (o.point, o.frequency, sorted(s.code for s in o.substances))
        for o in found.obligations
        if o.kind == "monitoring"
    ]
    assert got == [("КТ-1", "quarterly", ["0301", "0330"]), ("КТ-2", "yearly", ["0337"])]


@pytest.mark.parametrize("fmt", FORMATS)
def test_tables_of_no_known_role_are_other_and_yield_nothing(tmp_path, fmt):
    found = extracted(OTHER, tmp_path, "other", fmt)
    assert [t.role for t in found.tables] == ["other", "other"]
    assert not (found.facilities or found.sources or found.emissions or found.wastes or found.limits)
    assert not [o for o in found.obligations if o.provenance.table is not None]


def test_one_failing_table_reader_is_a_warning_and_the_rest_is_read(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a reader bug")

    monkeypatch.setattr(limit_reader, "read_limits", broken)
    parts = [*QCVN, *VI_WASTES[1:]]
    found = extracted(parts, tmp_path, "both", "docx")
    assert [t.role for t in found.tables] == ["limits", "wastes"]
    assert not found.limits
    assert len(found.wastes) == 3
    assert [w.code for w in found.warnings] == ["table_failed"]
    assert "a reader bug" in found.warnings[0].message


def test_one_failing_reshape_is_a_warning_and_the_table_is_read_as_parsed(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise IndexError("a shape bug")

    monkeypatch.setattr(table_reading, "stacked_records", broken)
    found = extracted([*QCVN, *VI_WASTES[1:]], tmp_path, "reshape", "docx")
    assert [t.role for t in found.tables] == ["limits", "wastes"]
    assert found.limits and len(found.wastes) == 3
    assert [w.code for w in found.warnings] == ["table_failed", "table_failed"]
    assert all("could not be reshaped" in w.message for w in found.warnings)
