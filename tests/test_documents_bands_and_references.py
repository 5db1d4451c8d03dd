"""Bands, references and measured columns, in DOCX, PDF and text the tests write: a table of results whose
substances head the columns over rows of their codes, norms and units gives a limit per sample in each column's
own unit (micrograms for lead), not a table turned sideways; a substance named with its symbol in brackets and a
footnote mark (`Chì (Pb)*`) is that symbol's; a card whose line label stands merged down beside a band of labels
over their values gives each value its field; a list of a plant's units with a unit column is no plan of tasks; of
two years' amounts of waste the later, the year reported on, is taken; a waste named by kind and variety in two
columns is both, and one of no varieties in the group's column is named there; a cell of substances with their
frequencies names lead in the air beside sulphur dioxide though the same plan measures ground water; a plan of
checks tells who checks; the concentration beside an inventory's rates is what was measured, not a norm, while
beside a norm's rates it is the norm; a code in brackets after a Kazakh name gives the substance; gas parameters
among the norms at a source are no pollutants; a plan's row measuring `all substances of table 5.1` at a source,
or `the parameters of Table 1` at a point, measures what that table gives there; a second header row of years
in a text file is a header."""

from __future__ import annotations

import pytest
from conftest import source_pollutants
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


def _limits(found):
    """(code, point id, value, limit, unit) of each limit: `П-1 (север)` is point `П-1`."""
    return {(x.substance.code, (x.point or "").split()[0], x.value, x.limit, x.unit) for x in found.limits}


AIR_BY_COLUMN = [
    ("p", "Отчет по ПЭК за 2026 год. ТОО «Шыгыс Полиметалл»"),
    (
        "t",
        "Таблица 3 – Наблюдения на границе СЗЗ",
        [
            ["Пост", "Дата отбора", "Азота диоксид", "Сера диоксид", "Свинец и его соединения"],
            ["Код ЗВ", None, "0301", "0330", "0184"],
            ["ПДК м.р.", None, "0,2", "0,5", "1"],
            ["Единица измерения", None, "мг/м3", "мг/м3", "мкг/м3"],
            ["П-1 (север)", "12.03.2026", "0,061", "0,12", "0,42"],
            [None, "14.06.2026", "0,058", "0,2", "0,37"],
            ["П-2 (юг)", "12.03.2026", "0,044", "0,09", "0,28"],
        ],
        [(1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 3, 1), (4, 0, 5, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_substances_over_rows_of_codes_norms_and_units_give_a_limit_per_sample(tmp_path, fmt):
    found = extracted(AIR_BY_COLUMN, tmp_path, "air-by-column", fmt)
    assert [t.role for t in found.tables] == ["limits"]
    got = _limits(found)
    assert ("0301", "П-1", 0.061, 0.2, "mg/m3") in got and ("0330", "П-1", 0.2, 0.5, "mg/m3") in got
    assert ("0184", "П-1", 0.37, 1.0, "ug/m3") in got and ("0184", "П-2", 0.28, 1.0, "ug/m3") in got
    assert len(found.limits) == 9  # the code row is no sample


VI_AIR = [
    ("p", "Báo cáo kết quả quan trắc môi trường năm 2026"),
    (
        "t",
        "Bảng 2. Kết quả quan trắc không khí xung quanh",
        [
            ["Vị trí", "Đợt", "SO2", "NO2", "Chì (Pb)*"],
            ["QCVN 05:2023/BTNMT", None, "350", "200", "1,5"],
            ["Đơn vị", None, "µg/m3", "µg/m3", "µg/m3"],
            ["KK1 – Cổng bảo vệ", "Đợt 1", "120", "64", "0,31"],
            ["KK2 – Khu dân cư", "Đợt 1", "98", "51", "0,22"],
        ],
        [],
    ),
    ("p", "(*) Giá trị trung bình 24 giờ."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_name_with_its_symbol_in_brackets_and_a_footnote_mark_is_that_symbols(tmp_path, fmt):
    found = extracted(VI_AIR, tmp_path, "vi-air", fmt)
    got = {(x.substance.symbol, x.point, x.value, x.limit, x.unit) for x in found.limits}
    assert ("Pb", "KK1", 0.31, 1.5, "ug/m3") in got and ("Pb", "KK2", 0.22, 1.5, "ug/m3") in got
    assert ("SO2", "KK1", 120.0, 350.0, "ug/m3") in got


CARD_WITH_BANDS = [
    ("p", "Заявление на получение комплексного экологического разрешения"),
    (
        "t",
        "Раздел 1. Сведения об операторе и объекте",
        [
            ["№", "Сведения", "Значение", None, None],
            ["1.1", "Полное наименование оператора", "АО «Павлодар Алюминий Литье»", None, None],
            ["1.2", "Коды оператора и объекта", "БИН", "ОКЭД", "КАТО"],
            [None, None, "130344140023", "24420", "551010000"],
            ["1.3", "Наименование объекта", "Литейный завод «Павлодар Литье»", None, None],
            ["1.4", "Адрес объекта", "Павлодарская область, г. Павлодар, Северная промзона, 7", None, None],
            ["1.5", "Координаты центра площадки", "широта", "долгота", "система"],
            [None, None, "52°19′05″", "76°58′40″", "WGS-84"],
            ["1.6", "Категория объекта", "I категория", None, None],
        ],
        [(0, 2, 0, 4), (1, 2, 1, 4), (2, 0, 3, 0), (2, 1, 3, 1), (4, 2, 4, 4), (5, 2, 5, 4), (6, 0, 7, 0),
         (6, 1, 7, 1), (8, 2, 8, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_cards_bands_beside_a_label_merged_down_give_their_fields(tmp_path, fmt):
    found = extracted(CARD_WITH_BANDS, tmp_path, "card-bands", fmt)
    (facility,) = found.facilities
    assert (facility.bin, facility.oked, facility.kato, facility.category) == ("130344140023", "24420", "551010000", "I")
    assert facility.name == "Литейный завод «Павлодар Литье»"
    assert facility.lat == pytest.approx(52.318056, abs=1e-4) and facility.lon == pytest.approx(76.977778, abs=1e-4)


UNITS_OF_A_PLANT = [
    ("p", "Báo cáo đề xuất cấp giấy phép môi trường của cơ sở Nhà máy cán thép Hòa Khánh"),
    (
        "t",
        "Bảng 1.2. Các hạng mục sản xuất chính",
        [
            ["TT", "Hạng mục", "Công suất thiết kế", "Đơn vị"],
            ["1", "Lò trung tần 25 tấn/mẻ", "150.000", "tấn phôi/năm"],
            ["2", "Dây chuyền cán thép thanh", "120.000", "tấn thép/năm"],
            ["3", "Trạm khí nén", "3.000", "m3/giờ"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_of_a_plants_units_with_their_unit_is_no_plan_of_tasks(tmp_path, fmt):
    found = extracted(UNITS_OF_A_PLANT, tmp_path, "plant-units", fmt)
    assert [t.role for t in found.tables] == ["other"]
    assert not found.obligations


TWO_YEARS_OF_WASTE = [
    ("p", "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    (
        "t",
        "Bảng 5. Khối lượng chất thải rắn công nghiệp thông thường",
        [
            ["TT", "Tên chất thải", "Khối lượng năm 2025 (tấn)", "Khối lượng năm 2026 (tấn)", "Biện pháp xử lý"],
            ["1", "Xỉ lò điện", "41.200", "43.850", "Bán làm vật liệu san lấp"],
            ["2", "Vảy cán", "2.310", "2.475", "Tái sử dụng"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_of_two_years_amounts_of_waste_the_year_reported_on_is_taken(tmp_path, fmt):
    found = extracted(TWO_YEARS_OF_WASTE, tmp_path, "two-years", fmt)
    assert sorted((w.name, w.amount_t) for w in found.wastes) == [("Vảy cán", 2475.0), ("Xỉ lò điện", 43850.0)]


KIND_AND_VARIETY = [
    ("p", "Отчет об инвентаризации отходов за 2026 год"),
    (
        "t",
        "Таблица 2 – Образование отходов",
        [
            ["№", "Наименование отхода", None, "Код", "Количество", "Ед. изм."],
            [None, "вид", "разновидность", None, None, None],
            ["1", "Отработанные масла", "трансмиссионные", "13 02 05*", "3,2", "т"],
            [None, None, "компрессорные", "13 02 08*", "1,1", "т"],
            ["2", "Лом цветных металлов", None, "17 04 01", "12,5", "т"],
        ],
        [(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5), (2, 0, 3, 0), (2, 1, 3, 1)],
    ),
]

GROUP_AND_NAME = [
    ("p", "Phụ lục 3. Yêu cầu về quản lý chất thải"),
    (
        "t",
        "A. Chất thải nguy hại phát sinh thường xuyên",
        [
            ["TT", "Nhóm chất thải", "Tên chất thải", "Mã CTNH", "Khối lượng (kg/năm)"],
            ["1", "Bao bì cứng thải", "bằng kim loại", "18 01 02", "300"],
            [None, None, "bằng nhựa", "18 01 03", "150"],
            ["2", "Bóng đèn huỳnh quang thải", None, "16 01 06", "20"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1), (3, 1, 3, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_waste_named_by_kind_and_variety_is_both(tmp_path, fmt):
    found = extracted(KIND_AND_VARIETY, tmp_path, "kind-variety", fmt)
    got = sorted((w.code, w.name, w.amount_t) for w in found.wastes)
    assert got == [
        ("13 02 05*", "Отработанные масла: трансмиссионные", 3.2),
        ("13 02 08*", "Отработанные масла: компрессорные", 1.1),
        ("17 04 01", "Лом цветных металлов", 12.5),
    ]
    vi = extracted(GROUP_AND_NAME, tmp_path, "group-name", fmt)
    names = {w.code: w.name for w in vi.wastes}
    assert "bằng nhựa" in names["18 01 03*"] and names["16 01 06*"] == "Bóng đèn huỳnh quang thải"


AIR_AND_WELLS = [
    ("p", "Программа ПЭК. Раздел 6. Мониторинг воздействия на атмосферный воздух и подземные воды"),
    (
        "t",
        "Таблица 6.1 – План-график мониторинга воздействия",
        [
            ["№", "Пункт наблюдения", "Контролируемые показатели и периодичность"],
            ["1", "ПН-1 – граница СЗЗ", "сера диоксид, азота диоксид – ежемесячно; свинец – ежеквартально"],
            ["2", "Н-1 – наблюдательная скважина", "сульфаты, медь – 1 раз в квартал; свинец, кадмий – 1 раз в полугодие"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_lead_beside_sulphur_dioxide_is_in_the_air_though_the_plan_measures_wells(tmp_path, fmt):
    found = extracted(AIR_AND_WELLS, tmp_path, "air-wells", fmt)
    duties = {(o.point, o.frequency, s.code or s.symbol) for o in found.obligations if o.kind == "monitoring" for s in o.substances}
    assert ("ПН-1", "quarterly", "0184") in duties and ("ПН-1", "monthly", "0330") in duties
    assert ("Н-1", "semiannual", "Cd") in duties


CHECKS = [
    ("p", "План-график внутренних проверок на 2027 год"),
    (
        "t",
        "Таблица 1",
        [
            ["№", "Подразделение", "Предмет проверки", "Периодичность", "Проверяющий"],
            ["1", "Литейный цех", "Работа рукавных фильтров", "не реже 1 раза в месяц", "главный эколог"],
            ["2", "Склад отходов", "Маркировка контейнеров", "1 раз в квартал", "инженер по отходам"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plan_of_checks_tells_who_checks(tmp_path, fmt):
    found = extracted(CHECKS, tmp_path, "checks", fmt)
    got = sorted((o.frequency, o.actor) for o in found.obligations if o.kind == "inspection")
    assert got == [("monthly", "главный эколог"), ("quarterly", "инженер по отходам")]


def _sources_table(caption: str, rate_word: str):
    return [
        ("p", "Предприятие: ТОО «Балхаш Мыс»"),
        (
            "t",
            caption,
            [
                ["№ ИЗА", "Источник", "Загрязняющее вещество", f"{rate_word}, г/с", "Концентрация, мг/Нм3", f"{rate_word}, т/год"],
                ["0001", "Дымовая труба", "Сера диоксид (0330)", "12,4", "310", "380,1"],
                [None, None, "Мыс (II) оксиді /мысқа шаққанда/ (0146)", "0,21", "5,2", "6,4"],
            ],
            [(1, 0, 2, 0), (1, 1, 2, 1)],
        ),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_concentration_beside_an_inventorys_rates_is_measured_and_beside_norms_is_the_norm(tmp_path, fmt):
    inventory = extracted(_sources_table("Таблица 2 – Инвентаризация выбросов по источникам", "Выброс"), tmp_path, "inventory", fmt)
    assert not inventory.limits
    assert source_pollutants(inventory) == {("0001", "0330"), ("0001", "0146")}
    norms = extracted(_sources_table("Таблица 3 – Нормативы допустимых выбросов", "ПДВ"), tmp_path, "norms", fmt)
    assert {(x.substance.code, x.point, x.limit, x.medium) for x in norms.limits} == {
        ("0330", "0001", 310.0, "flue_gas"),
        ("0146", "0001", 5.2, "flue_gas"),
    }


GAS_PARAMETERS = [
    ("p", "Протокол сопоставления результатов замеров с технологическими нормативами"),
    (
        "t",
        "Таблица 1",
        [
            ["№ ИЗА", "Источник", "Показатель", "Технологический норматив, мг/Нм3", "Результат, мг/Нм3"],
            ["0001", "Печь № 1", "Температура газа, °С", "–", "121"],
            [None, None, "Объем газов, нм3/с", "–", "40,2"],
            [None, None, "Азота диоксид", "250", "61,8"],
            [None, None, "Углерод оксид", "1 000", "253"],
        ],
        [(1, 0, 4, 0), (1, 1, 4, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_gas_parameters_among_norms_at_a_source_are_no_pollutants(tmp_path, fmt):
    found = extracted(GAS_PARAMETERS, tmp_path, "gas-parameters", fmt)
    assert {(x.substance.code, x.limit, x.value) for x in found.limits} == {("0301", 250.0, 61.8), ("0337", 1000.0, 253.0)}
    assert all(e.substance.code for e in found.emissions)


BY_REFERENCE = [
    ("p", "Программа ПЭК. 5. Мониторинг эмиссий"),
    (
        "t",
        "Таблица 5.1 – Источники выбросов",
        [
            ["№ ИЗА", "Наименование источника", "Выбрасываемые вещества (код – наименование)"],
            ["0001", "Труба плавильной печи", "0330 – сера диоксид; 0301 – азота диоксид; 0184 – свинец и его соединения"],
            ["0002", "Аспирация дробилки", "2908 – пыль неорганическая: 70-20% SiO2"],
        ],
        [],
    ),
    (
        "t",
        "Таблица 5.2 – План-график контроля на источниках",
        [
            ["№", "Источники", "Контролируемые вещества", "Периодичность", "Метод"],
            ["1", "0001", "все вещества по табл. 5.1", "1 раз в квартал", "инструментальный"],
            ["2", "0002", "все вещества по табл. 5.1", "1 раз в год", "расчетный"],
        ],
        [],
    ),
]

VI_BY_REFERENCE = [
    ("p", "Phụ lục 2. Yêu cầu bảo vệ môi trường đối với khí thải"),
    (
        "t",
        "Bảng 1. Giá trị giới hạn các chất ô nhiễm trong khí thải",
        [
            ["Dòng khí thải", "Vị trí xả", "Thông số", "Đơn vị", "Giá trị giới hạn (QCVN 19:2009/BTNMT cột B)"],
            ["Dòng số 01: khí thải lò hơi", "KT1", "Bụi tổng", "mg/Nm3", "200"],
            [None, None, "SO2", "mg/Nm3", "500"],
            [None, None, "NOx (tính theo NO2)", "mg/Nm3", "850"],
        ],
        [(1, 0, 3, 0), (1, 1, 3, 1)],
    ),
    (
        "t",
        "Bảng 2. Quan trắc khí thải định kỳ",
        [
            ["TT", "Vị trí quan trắc", "Thông số quan trắc", "Tần suất"],
            ["1", "KT1", "Các thông số quy định tại Bảng 1", "03 tháng/lần"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plan_measuring_what_another_table_lists_measures_it(tmp_path, fmt):
    found = extracted(BY_REFERENCE, tmp_path, "by-reference", fmt)
    duties = {(n, o.frequency, s.code) for o in found.obligations if o.kind == "monitoring" for n in o.source_numbers for s in o.substances}
    assert {("0001", "quarterly", c) for c in ("0330", "0301", "0184")} <= duties
    assert ("0002", "yearly", "2908") in duties
    vi = extracted(VI_BY_REFERENCE, tmp_path, "vi-by-reference", fmt)
    at = {(o.point, o.frequency, s.code) for o in vi.obligations if o.kind == "monitoring" for s in o.substances}
    assert at == {("KT1", "quarterly", c) for c in ("2902", "0330", "0301")}


PLAN_WITH_YEARS = [
    ("p", "KẾ HOẠCH THỰC HIỆN CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2027–2029"),
    (
        "t",
        "Bảng 1. Danh mục công trình, kinh phí và tiến độ",
        [
            ["TT", "Nội dung công việc", "Thông số", "Kinh phí (triệu đồng)", None, None, None, "Thời gian hoàn thành", "Đơn vị thực hiện"],
            [None, None, None, "Tổng", "2027", "2028", "2029", None, None],
            ["1", "Lắp đặt hệ thống lọc bụi túi vải cho lò nung", "Bụi, SO2", "12.500", "6.000", "6.500", "–", "Quý IV/2028", "Phòng Kỹ thuật"],
            ["2", "Cải tạo trạm xử lý nước thải tập trung", "COD, TSS", "8.200", "–", "4.100", "4.100", "Năm 2029", "Ban Quản lý dự án"],
        ],
        [(0, 3, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 7, 1, 7), (0, 8, 1, 8)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_second_header_row_of_years_is_a_header(tmp_path, fmt):
    from genre_docs import render

    from extractor.reading import parse_file

    (table,) = parse_file(render(PLAN_WITH_YEARS, tmp_path, "plan-years-parsed", fmt)).tables()
    assert [c.text for c in table.header_rows[-1] if c is not None and c.text][-3:] == ["2027", "2028", "2029"]
    found = extracted(PLAN_WITH_YEARS, tmp_path, "plan-years", fmt)
    assert [t.role for t in found.tables] == ["tasks"]
    tasks = sorted((o.number, o.actor) for o in found.obligations if o.kind == "task")
    assert tasks == [("1", "Phòng Kỹ thuật"), ("2", "Ban Quản lý dự án")]
