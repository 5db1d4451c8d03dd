"""Records and plans in other shapes, read in DOCX, PDF and text the tests write: passports of
measures stacked a field per row, calculation sheets with a row per rate, plans by quarter whose cells
list what is sampled, places each with its own frequency in one cell, a card of two columns of
`label: value`, coordinates in degrees, minutes and seconds, a plan of checks at units named in words,
results at points with short ids, and a factory's name that is no water body."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties

from extractor.tables.limit_cells import medium_of

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")




PASSPORTS = [
    ("h", "Раздел 4. Паспорта мероприятий программы"),
    (
        "t",
        "",
        [
            ["1", "Наименование мероприятия", "Реконструкция канализационной насосной станции № 3"],
            [None, "Срок реализации", "2027–2028 гг."],
            [None, "Ответственный исполнитель", "ГКП «Горводоканал»"],
            [None, "Объем финансирования, млн тенге", "1 240"],
            ["2", "Наименование мероприятия", "Закрытие и рекультивация старой свалки"],
            [None, "Срок реализации", "2029 г."],
            [None, "Ответственный исполнитель", "Отдел ЖКХ города"],
            [None, "Объем финансирования, млн тенге", "610"],
        ],
        [(0, 0, 3, 0), (4, 0, 7, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_passports_stacked_a_field_per_row_are_one_task_each(tmp_path, fmt):
    found = extracted(PASSPORTS, tmp_path, "passports", fmt)
    got = [(o.number, o.text, o.actor, o.deadline) for o in found.obligations if o.kind == "task"]
    assert got == [
        ("1", "Реконструкция канализационной насосной станции № 3", "ГКП «Горводоканал»", "2027–2028 гг."),
        ("2", "Закрытие и рекультивация старой свалки", "Отдел ЖКХ города", "2029 г."),
    ]


SHEET = [
    ("h", "Приложение 4. Расчеты выбросов"),
    ("p", "Таблица П4.2 – Расчет выбросов от источника № 0005 «Котел ДКВр-6,5»"),
    (
        "t",
        "",
        [
            ["Наименование показателя", "Обозначение", "Ед. изм.", "Значение"],
            ["Расход топлива", "B", "т/год", "1 450"],
            ["Время работы", "T", "ч/год", "5 200"],
            ["Максимальный разовый выброс: Сера диоксид (0330)", "M", "г/с", "0,318"],
            ["Валовый выброс: Сера диоксид (0330)", "G", "т/год", "5,95"],
            ["Максимальный разовый выброс: Углерод оксид (0337)", "M", "г/с", "0,127"],
            ["Валовый выброс: Углерод оксид (0337)", "G", "т/год", "2,38"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_calculation_sheet_gives_each_pollutant_its_rates(tmp_path, fmt):
    found = extracted(SHEET, tmp_path, "sheet", fmt)
    got = [(e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions]
    assert got == [("0005", "0330", 0.318, 5.95), ("0005", "0337", 0.127, 2.38)]


QUARTERS = [
    ("h", "Kế hoạch quan trắc nước thải năm 2027"),
    (
        "t",
        "",
        [
            ["Vị trí quan trắc", "Thông số quan trắc theo quý", None, None, None],
            [None, "Quý I", "Quý II", "Quý III", "Quý IV"],
            ["NT1 – cửa xả sau xử lý", "pH, COD, Amoni", "pH, COD", "pH, COD, Amoni", "pH, COD"],
        ],
        [(0, 0, 1, 0), (0, 1, 0, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plan_by_quarter_counts_the_quarters_a_parameter_is_listed_in(tmp_path, fmt):
    found = extracted(QUARTERS, tmp_path, "quarters", fmt)
    assert monitoring_duties(found) == {((), "NT1", "quarterly", ("COD", "pH")), ((), "NT1", "semiannual", ("NH4+",))}


PLACES = [
    ("h", "Программа производственного экологического контроля"),
    (
        "t",
        "",
        [
            ["Код ЗВ", "Наименование загрязняющего вещества", "Источник – периодичность контроля", "Метод"],
            ["0301", "Азота диоксид", "0007 — ежемесячно 0008 — 1 раз в квартал", "инструментальный"],
            ["0337", "Углерод оксид", "0007 — 1 раз в квартал", "инструментальный"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_sources_each_with_its_frequency_in_one_cell(tmp_path, fmt):
    found = extracted(PLACES, tmp_path, "places", fmt)
    assert monitoring_duties(found) == {
        (("0007",), None, "monthly", ("NO2",)),
        (("0007",), None, "quarterly", ("CO",)),
        (("0008",), None, "quarterly", ("NO2",)),
    }


COLUMNS_CARD = [
    ("h", "1. Общие сведения"),
    (
        "t",
        "",
        [
            ["Сведения об операторе", "Сведения об объекте"],
            ["Наименование: ТОО «Дала Құс»", "Объект: Птицефабрика «Дала Құс»"],
            ["БИН: 110440012347", "Код КАТО: 116319000"],
            ["Юридический адрес: г. Астана, ул. Сарыарка, 5", "Категория объекта: II"],
        ],
        [],
    ),
]

DEGREES = [
    ("h", "Перечень объектов оператора"),
    ("p", "Оператор: ТОО «Дала Құс», БИН 110440012347."),
    (
        "t",
        "",
        [
            ["№", "Наименование объекта", "Код КАТО", "Северная широта", None, None, "Восточная долгота", None, None],
            [None, None, None, "град.", "мин.", "сек.", "град.", "мин.", "сек."],
            ["1", "Птичник № 1", "116319000", "51", "30", "36", "71", "15", "0"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 0, 8)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_card_of_two_columns_of_labelled_values(tmp_path, fmt):
    found = extracted(COLUMNS_CARD, tmp_path, "columns_card", fmt)
    assert [(f.bin, f.kato, f.category) for f in found.facilities] == [("110440012347", "116319000", "II")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_coordinates_in_degrees_minutes_and_seconds(tmp_path, fmt):
    found = extracted(DEGREES, tmp_path, "degrees", fmt)
    assert [(f.bin, f.name, f.lat, f.lon) for f in found.facilities] == [("110440012347", "Птичник № 1", 51.51, 71.25)]


CHECKS = [
    ("h", "План производственного контроля экологических аспектов"),
    (
        "t",
        "",
        [
            ["Контрольная точка (участок)", "Контролируемый параметр", "Периодичность", "Ответственный"],
            ["Жироуловитель колбасного цеха", "уровень осадка в камерах", "еженедельно", "мастер цеха"],
            ["Площадка контейнеров для отходов", "заполнение и маркировка контейнеров", "ежедневно", "завхоз"],
            ["Котельная", "режим горения", "ежемесячно", "начальник котельной"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plan_of_checks_at_units_named_in_words_is_inspections(tmp_path, fmt):
    found = extracted(CHECKS, tmp_path, "checks", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    got = [o.frequency for o in found.obligations if o.kind == "inspection"]
    assert got == ["weekly", "daily", "monthly"]
    assert not [o for o in found.obligations if o.kind == "monitoring"]


SOIL = [
    ("h", "Результаты анализа проб почвы"),
    (
        "t",
        "",
        [
            ["№", "Показатель", "ПДК, мг/кг", "Результат анализа по точкам отбора", None],
            [None, None, None, "П-1", "П-2 (фон)"],
            ["1", "Свинец", "32", "12", "6,1"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_results_at_points_with_short_ids(tmp_path, fmt):
    found = extracted(SOIL, tmp_path, "soil", fmt)
    assert [(x.point, x.value, x.limit) for x in found.limits] == [("П-1", 12.0, 32.0), ("П-2", 6.1, 32.0)]


def test_a_factory_is_no_water_body():
    assert medium_of("лаборатория завода") is None
    assert medium_of("Поверхностные воды") == "water"
    assert medium_of("питьевая вода") == "water"


WASTE_COLUMNS = [
    ("h", "Образование отходов по подразделениям за 2026 год"),
    (
        "t",
        "",
        [
            ["Подразделение", "Образовано отходов, т", None],
            [None, "Отработанные масла", "Промасленная ветошь"],
            ["Код отхода", "13 02 05*", "15 02 02*"],
            ["Гараж", "1,2", "0,3"],
            ["Котельная", "0,4", "–"],
            ["Итого", "1,6", "0,3"],
        ],
        [(0, 0, 1, 0), (0, 1, 0, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_per_waste_over_a_row_of_codes(tmp_path, fmt):
    found = extracted(WASTE_COLUMNS, tmp_path, "waste_columns", fmt)
    assert [(w.code, w.amount_t) for w in found.wastes] == [("13 02 05*", 1.6), ("15 02 02*", 0.3)]


NORMS_IN_NAMES = [
    ("h", "Качество сточных вод на выпуске"),
    (
        "t",
        "",
        [
            ["№", "Показатель, допустимая концентрация (ДК)", "Результаты анализов, мг/дм3", None],
            [None, None, "март 2027", "июнь 2027"],
            ["1", "БПК5 ДК – 25 мг/дм3", "14", "19"],
            ["2", "Нитраты ДК – 45 мг/дм3", "30", "41"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_norm_written_beside_its_parameter(tmp_path, fmt):
    found = extracted(NORMS_IN_NAMES, tmp_path, "norms_in_names", fmt)
    got = [(x.substance.symbol, x.limit, x.value, x.unit) for x in found.limits]
    assert got == [("BOD5", 25.0, 14.0, "mg/l"), ("BOD5", 25.0, 19.0, "mg/l"), ("NO3-", 45.0, 30.0, "mg/l"), ("NO3-", 45.0, 41.0, "mg/l")]
