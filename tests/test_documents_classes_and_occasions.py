"""Rows that say more of each column, capacities and product grades, checks at occasions and counts a year, in
files the tests write.

A row of the pollutants' hazard classes and a row of units labelled `Ед. изм.` under their names are the
header's, the classes each emission's. A unit's capacity in tonnes a year is no emission, nor is an emission
factor per tonne of fuel; a caption's unit in kilograms a year is divided into tonnes. A gas-cleaning unit named
with its source (`ИЗА 0002`) beside what is checked on it is a check, not a plan of measurements. `Кратность к
ПДК` is a multiple of the norm, not how often; a count a year (`Кратность контроля, раз в год | 4`) is a
frequency; substances listed under each frequency sub-column are measured that often. A limits column named
only by its averaging time (`ПДК м.р.`) has nothing to tell apart; two of them are told apart. A point's id
under a parent naming the points stays the point, however a table of places explains it; the year's fact
(`факт 2025 г.`) is measured. A certificate's validity is no deadline, a material's grades no limits. A waste's
amount `на 2026 г.` with its unit in the cell is read; a section row is no waste. A title naming an occasion
ends the frequency of the titles above; a quarter's plan reads out of plan rows as no quarter; `Tháng 1 đến tháng
12` is monthly.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

CLASSED = [
    ("h", "Проект нормативов допустимых выбросов ТОО «Жамбыл Фосфор»"),
    (
        "t",
        "Таблица 4.1 – Нормативы выбросов по источникам",
        [
            ["№ ИЗА", "Источник", "Выбросы по веществам", "", "", "", "", ""],
            ["", "", "0303 Аммиак", "", "0330 Сера диоксид", "", "0342 Фтористые газообразные соединения", ""],
            ["Класс опасности", "", "4", "", "3", "", "2", ""],
            ["Ед. изм.", "", "г/с", "т/год", "г/с", "т/год", "г/с", "т/год"],
            ["0011", "Абсорбер цеха ЭФК", "0,214", "5,62", "–", "–", "0,0183", "0,481"],
            ["0012", "Труба сушильного барабана", "–", "–", "1,37", "36,1", "0,0092", "0,242"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 7), (1, 2, 1, 3), (1, 4, 1, 5), (1, 6, 1, 7), (2, 0, 2, 1), (2, 2, 2, 3), (2, 4, 2, 5), (2, 6, 2, 7), (3, 0, 3, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_of_classes_and_a_labelled_row_of_units_are_the_header(tmp_path, fmt):
    found = extracted(CLASSED, tmp_path, "classed", fmt)
    got = sorted((e.source_number, e.substance.code, e.g_s, e.t_y, e.hazard_class) for e in found.emissions)
    assert got == [
        ("0011", "0303", 0.214, 5.62, 4), ("0011", "0342", 0.0183, 0.481, 2),
        ("0012", "0330", 1.37, 36.1, 3), ("0012", "0342", 0.0092, 0.242, 2),
    ], got


CAPACITIES = [
    ("h", "Сведения об объекте ТОО «Таразский химический завод»"),
    (
        "t",
        "Таблица 1.3 – Производственные мощности",
        [
            ["Продукция", "Установка", "Мощность, т/год", "Год ввода"],
            ["Аммиак", "агрегат синтеза № 2", "210 000", "1983"],
            ["Азотная кислота", "агрегат УКЛ-7", "120 000", "1986"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_units_capacity_a_year_is_no_emission(tmp_path, fmt):
    found = extracted(CAPACITIES, tmp_path, "capacities", fmt)
    assert not found.emissions
    assert [t.role for t in found.tables] == ["other"]


CLEANING = [
    ("h", "График проверок газоочистного оборудования ТОО «Жамбыл Фосфор» на 2027 год"),
    (
        "t",
        "Таблица 2 – Проверки ГОУ",
        [
            ["№ ГОУ", "Наименование ГОУ (№ ИЗА)", "Что проверяется", "Периодичность", "Исполнитель"],
            ["ГОУ-1", "Абсорбер фтористых газов (ИЗА 0011)", "Плотность орошения, перепад давления", "ежедневно", "начальник смены"],
            ["ГОУ-2", "Рукавный фильтр сушильного барабана (ИЗА 0012)", "Целостность рукавов, работа регенерации", "ежемесячно", "механик цеха"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_checks_of_a_sources_gas_cleaning_are_inspections(tmp_path, fmt):
    found = extracted(CLEANING, tmp_path, "cleaning", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    got = sorted((o.frequency, o.actor) for o in found.obligations if o.kind == "inspection")
    assert got == [("daily", "начальник смены"), ("monthly", "механик цеха")], got
    assert not monitoring_duties(found)


PROTOCOL = [
    ("h", "Протокол измерений атмосферного воздуха № 77/2026"),
    (
        "t",
        "Результаты измерений",
        [
            ["№ п/п", "Определяемый компонент", "Результат, мг/м³", "ПДК м.р., мг/м³", "Кратность к ПДК"],
            ["1", "Аммиак (0303)", "0,052", "0,2", "0,26"],
            ["2", "Сера диоксид (0330)", "0,11", "0,5", "0,22"],
        ],
        [],
    ),
    ("p", "Отбор проб выполнен в точке Т-2 на границе санитарно-защитной зоны."),
]
NORMS = [
    ("h", "Нормативы качества атмосферного воздуха"),
    (
        "t",
        "Таблица 1 – ПДК",
        [
            ["Вещество", "ПДК м.р., мг/м³", "ПДК с.с., мг/м³"],
            ["Аммиак (0303)", "0,2", "0,04"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_averaging_time_names_no_column_and_a_multiple_of_the_norm_no_frequency(tmp_path, fmt):
    found = extracted(PROTOCOL, tmp_path, "protocol", fmt)
    assert not monitoring_duties(found)
    got = sorted((x.substance.code, x.value, x.limit, x.column) for x in found.limits)
    assert got == [("0303", 0.052, 0.2, None), ("0330", 0.11, 0.5, None)], got
    both = extracted(NORMS, tmp_path, "norms", fmt)
    assert sorted((x.limit, x.column) for x in both.limits) == [(0.04, "с.с."), (0.2, "м.р.")]


PLACES = [
    ("h", "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG – NHÀ MÁY PHÂN BÓN ĐÌNH VŨ 2"),
    (
        "t",
        "Bảng 1. Vị trí quan trắc",
        [
            ["Ký hiệu", "Vị trí", "Tọa độ (VN-2000)"],
            ["KX1", "Cổng phía Bắc nhà máy", "X: 2.301.115; Y: 599.207"],
            ["KX2", "Khu dân cư phường Tràng Cát", "X: 2.302.480; Y: 598.311"],
            ["KX3", "Chân đê bãi thải gyps", "X: 2.300.902; Y: 600.014"],
        ],
        [],
    ),
    (
        "t",
        "Bảng 2. Kết quả quan trắc không khí xung quanh",
        [
            ["TT", "Thông số", "Đơn vị", "Kết quả", "", "", "QCVN 05:2023/BTNMT"],
            ["", "", "", "KX1", "KX2", "KX3", ""],
            ["1", "SO2", "µg/m³", "61", "44", "39", "350"],
            ["2", "NO2", "µg/m³", "32", "27", "25", "200"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)],
    ),
    (
        "t",
        "Bảng 3. Thông số và tần suất quan trắc",
        [
            ["TT", "Thông số", "Vị trí quan trắc", "", ""],
            ["", "", "KX1", "KX2", "KX3"],
            ["1", "Bụi tổng", "x", "x", "x"],
            ["2", "HF", "x", "-", "x"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)],
    ),
    ("p", "Tần suất quan trắc: 03 tháng/lần."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_points_id_stays_its_point_though_a_table_of_places_explains_it(tmp_path, fmt):
    found = extracted(PLACES, tmp_path, "places", fmt)
    got = sorted((x.point, x.substance.code, x.value) for x in found.limits)
    assert got == [
        ("KX1", "0301", 32.0), ("KX1", "0330", 61.0), ("KX2", "0301", 27.0), ("KX2", "0330", 44.0),
        ("KX3", "0301", 25.0), ("KX3", "0330", 39.0),
    ], got
    points = sorted((o.point, tuple(sorted(s.code or s.symbol or "" for s in o.substances))) for o in found.obligations if o.kind == "monitoring")
    assert points == [("KX1", ("0342", "2902")), ("KX2", ("2902",)), ("KX3", ("0342", "2902"))], points


OUTLETS = [
    ("h", "Нормативы допустимых сбросов. Локомотивное депо Кандыагаш"),
    (
        "t",
        "Таблица 2 – Допустимые концентрации на выпусках",
        [
            ["Показатель", "Ед. изм.", "ВП-3 – пруд-испаритель", "", "ВП-4 – канализация", ""],
            ["", "", "факт 2025 г.", "ДК", "факт 2025 г.", "ДК"],
            ["Взвешенные вещества", "мг/дм³", "14", "20", "96", "300"],
            ["Нефтепродукты", "мг/дм³", "0,21", "0,3", "2,4", "5"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)],
    ),
    (
        "t",
        "Өлшеу құралдары",
        [
            ["Атауы", "Зауыттық №", "Салыстырып тексеру туралы куәлік", "Жарамдылық мерзімі"],
            ["Флюорат-02 сұйықтық анализаторы", "4471", "№ ВА-55120", "18.09.2027"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_years_fact_is_measured_and_a_certificates_validity_no_deadline(tmp_path, fmt):
    found = extracted(OUTLETS, tmp_path, "outlets", fmt)
    got = sorted((x.substance.symbol, x.point, x.value, x.limit) for x in found.limits)
    assert got == [("TPH", "ВП-3", 0.21, 0.3), ("TPH", "ВП-4", 2.4, 5.0), ("TSS", "ВП-3", 14.0, 20.0), ("TSS", "ВП-4", 96.0, 300.0)], got
    assert not [o for o in found.obligations if o.kind == "task"]


FACTORS = [
    ("h", "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – XƯỞNG SỬA CHỮA ĐẦU MÁY ĐÀ NẴNG"),
    (
        "t",
        "Bảng 3.2. Tải lượng khí thải máy phát điện dự phòng",
        [
            ["TT", "Chất ô nhiễm", "Hệ số phát thải (kg/tấn DO)", "Lượng DO tiêu thụ (tấn/ngày)", "Tải lượng (g/s)"],
            ["1", "SO2", "20S", "0,35", "0,0081"],
            ["2", "NO2", "55", "0,35", "0,223"],
        ],
        [],
    ),
    (
        "t",
        "Bảng 3.3. Tải lượng hơi dung môi tại kho sơn (đơn vị: kg/năm)",
        [
            ["Thông số", "Kho sơn số 1", "Kho sơn số 2", "Tổng"],
            ["Toluen", "4,2", "3,1", "7,3"],
            ["Xylen", "6,4", "5,0", "11,4"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_emission_factor_is_no_yearly_mass_and_a_captions_kilograms_are_divided(tmp_path, fmt):
    found = extracted(FACTORS, tmp_path, "factors", fmt)
    rated = sorted((e.substance.code, e.g_s, e.t_y) for e in found.emissions if e.g_s is not None)
    assert rated == [("0301", 0.223, None), ("0330", 0.0081, None)], rated
    yearly = sorted((e.substance.code, e.t_y) for e in found.emissions if e.g_s is None)
    assert yearly == [("0616", 0.005), ("0616", 0.0064), ("0621", 0.0031), ("0621", 0.0042)], yearly


OIL = [
    ("h", "Шпалопропиточный участок ПЧ-14. Сведения о сырье"),
    ("p", "Характеристика пропиточного масла (ГОСТ 2770-74)"),
    (
        "t",
        None,
        [
            ["Показатель", "Норма по ГОСТ", "Фактически"],
            ["Плотность при 20 °C, г/см³", "1,04–1,13", "1,09"],
            ["Массовая доля фенолов, %, не более", "8", "5,1"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_materials_grades_are_no_limits(tmp_path, fmt):
    found = extracted(OIL, tmp_path, "oil", fmt)
    assert not found.limits
    assert [t.role for t in found.tables] == ["other"]


WASTES = [
    ("h", "Инвентаризация отходов ТОО «Жамбыл Фосфор» на 2027 год"),
    (
        "t",
        "Таблица П1 – Образующиеся отходы",
        [
            ["Код отхода", "Наименование отхода", "Количество на 2027 г.", "Способ обращения"],
            ["Цех серной кислоты", "", "", ""],
            ["16 08 03", "Отработанный ванадиевый катализатор", "18,4 т", "передача на регенерацию"],
            ["15 02 02*", "Промасленная ветошь", "640 кг", "передача на сжигание"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_wastes_amount_for_the_year_with_its_unit_in_the_cell(tmp_path, fmt):
    found = extracted(WASTES, tmp_path, "wastes", fmt)
    got = sorted((w.code, w.amount_t) for w in found.wastes)
    assert got == [("15 02 02*", 0.64), ("16 08 03", 18.4)], got


CHECKLIST = [
    ("h", "Чек-лист обхода склада ГСМ депо Кандыагаш"),
    (
        "t",
        None,
        [
            ["№", "Объект осмотра", "Что проверяется", "Отметка"],
            ["А. Ежедневно – оператор склада", "", "", ""],
            ["1", "Резервуары ДТ", "уровень и подтеки", ""],
            ["Б. Ежемесячно – инженер-эколог", "", "", ""],
            ["2", "Нефтеловушка", "толщина слоя нефтепродуктов", ""],
            ["В. После каждого слива цистерн – оператор склада", "", "", ""],
            ["3", "Сливная эстакада", "отсутствие проливов", ""],
        ],
        [(1, 0, 1, 3), (3, 0, 3, 3), (5, 0, 5, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_naming_an_occasion_ends_the_frequency_above(tmp_path, fmt):
    found = extracted(CHECKLIST, tmp_path, "checklist", fmt)
    got = sorted((o.number, o.frequency) for o in found.obligations if o.kind == "inspection")
    assert got == [("1", "daily"), ("2", "monthly"), ("3", None)], got


QUARTERS = [
    ("h", "KẾ HOẠCH TỰ KIỂM TRA BẢO VỆ MÔI TRƯỜNG NĂM 2027 – XÍ NGHIỆP TOA XE ĐÀ NẴNG"),
    (
        "t",
        "Bảng 1. Kế hoạch tự kiểm tra",
        [
            ["TT", "Đối tượng kiểm tra", "Thời gian thực hiện", "", "", "", "Bộ phận kiểm tra"],
            ["", "", "Quý I", "Quý II", "Quý III", "Quý IV", ""],
            ["1", "Kho chất thải nguy hại", "x", "", "x", "", "Phòng An toàn"],
            ["2", "Bể tách dầu", "x", "x", "x", "x", "Tổ môi trường"],
            ["3", "Khu vực tràn dầu", "Đột xuất khi xảy ra sự cố", "", "", "", "Tổ môi trường"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6), (4, 2, 4, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_quarters_plan_reads_an_out_of_plan_row_as_no_quarter(tmp_path, fmt):
    found = extracted(QUARTERS, tmp_path, "quarters", fmt)
    got = sorted((o.number, o.frequency, o.actor) for o in found.obligations if o.kind == "inspection")
    assert got == [("1", "semiannual", "Phòng An toàn"), ("2", "quarterly", "Tổ môi trường"), ("3", None, "Tổ môi trường")], got


TIMED = [
    ("h", "Программа ПЭК ТОО «Жамбыл Фосфор». Мониторинг эмиссий"),
    (
        "t",
        "Таблица 5.1 – План-график контроля на источниках",
        [
            ["№ ИЗА", "Источник", "Вещества по периодичности контроля", "", "Место отбора"],
            ["", "", "АСМ – непрерывно", "инструментальный – ежеквартально", ""],
            ["0011", "Абсорбер цеха ЭФК", "0342 Фтористые газообразные соединения", "0303 Аммиак", "газоход, отм. +24 м"],
            ["0012", "Труба сушильного барабана", "0330 Сера диоксид", "2908 Пыль неорганическая: 70-20% SiO2", "газоход, отм. +18 м"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)],
    ),
    (
        "t",
        "Таблица 5.2 – Контроль на неорганизованных источниках",
        [
            ["№ ИЗА", "Источник", "Контролируемые вещества", "Кратность контроля, раз в год"],
            ["6011", "Склад фосфорита", "Пыль неорганическая: 70-20% SiO2 (2908)", "2"],
            ["6012", "Узел перегрузки серы", "Сера диоксид (0330)", "12"],
        ],
        [],
    ),
    (
        "t",
        "Таблица 5.3 – Контроль сточных вод",
        [
            ["Точка", "Показатели", "Сроки отбора"],
            ["К-4", "Взвешенные вещества, Нефтепродукты", "с января по декабрь"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_substances_under_each_frequency_a_count_a_year_and_a_window_of_months(tmp_path, fmt):
    found = extracted(TIMED, tmp_path, "timed", fmt)
    got = {(o.source_numbers, o.point, o.frequency, subs) for o, subs in _duties(found)}
    assert got == {
        (("0011",), None, "continuous", ("0342",)), (("0011",), None, "quarterly", ("0303",)),
        (("0012",), None, "continuous", ("0330",)), (("0012",), None, "quarterly", ("2908",)),
        (("6011",), None, "semiannual", ("2908",)), (("6012",), None, "monthly", ("0330",)),
        ((), "К-4", "monthly", ("TPH", "TSS")),
    }, got


def _duties(found):
    return [
        (o, tuple(sorted(s.code or s.symbol or "" for s in o.substances)))
        for o in found.obligations
        if o.kind == "monitoring"
    ]
