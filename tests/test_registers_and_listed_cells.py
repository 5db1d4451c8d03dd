"""Tables whose cells hold more than one field, read by what they hold, in DOCX, PDF and text the tests
write: a register whose every record has a note row under it (the object and its place), a chart of
quarters under year headers, requirements that carry who and by when in brackets, a plan that lists
parameters with their frequencies in one cell, results beside a background and an allowed discharge,
a calculation sheet with a title row per source, a column per waste with dashes for no code, a class
row, and a count of samples a year."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


REGISTER = [
    ("p", "Перечень недропользователей района, получивших разрешения в 2026 году."),
    (
        "t",
        "",
        [
            ["№", "Недропользователь", "БИН", "Месторождение", "Срок действия"],
            ["1", "ТОО «Каратау Фосфат»", "130344140023", "Жанатас", "2030"],
            ["", "Объект: фосфоритовый рудник Жанатас; координаты: 43°34′12″ с.ш., 69°44′06″ в.д.", None, None, None],
            ["2", "ТОО «Тузколь Тұз»", "040248611685", "оз. Тузколь", "2029"],
            ["", "Объект: солепромысел на оз. Тузколь; координаты: 43°01′30″ с.ш., 79°10′45″ в.д.", None, None, None],
        ],
        [(2, 1, 2, 4), (4, 1, 4, 4), (1, 0, 2, 0), (3, 0, 4, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_note_row_gives_the_record_above_its_object_and_place(tmp_path, fmt):
    found = extracted(REGISTER, tmp_path, "register", fmt)
    assert [t.role for t in found.tables] == ["facility"]
    got = {(f.bin, f.name, round(f.lat or 0, 3), round(f.lon or 0, 3)) for f in found.facilities}
    assert got == {
        ("130344140023", "фосфоритовый рудник Жанатас", 43.57, 69.735),
        ("040248611685", "солепромысел на оз. Тузколь", 43.025, 79.179),
    }
    assert {f.operator for f in found.facilities} == {"ТОО «Каратау Фосфат»", "ТОО «Тузколь Тұз»"}


CHART = [
    ("p", "Приложение 4. График работ по рекультивации карьера."),
    (
        "t",
        "",
        [
            ["№", "Работа", "Исполнитель", "2027", None, "2028", None],
            [None, None, None, "I полугодие", "II полугодие", "I полугодие", "II полугодие"],
            ["1", "Планировка откосов северного борта", "Горный участок", "х", "х", "", ""],
            ["2", "Нанесение плодородного слоя на отвал", "ТОО «Жер Құрылыс»", "", "", "х", ""],
        ],
        [(0, 3, 0, 4), (0, 5, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_years_over_a_chart_head_its_columns(tmp_path, fmt):
    found = extracted(CHART, tmp_path, "chart", fmt)
    assert [t.role for t in found.tables] == ["tasks"]
    assert {(o.number, o.actor) for o in found.obligations if o.kind == "task"} == {
        ("1", "Горный участок"),
        ("2", "ТОО «Жер Құрылыс»"),
    }


ORDER = [
    ("p", "Предписание по итогам проверки. Предписывается:"),
    (
        "t",
        "",
        [
            ["№", "Мероприятие (исполнитель, срок)", "Основание"],
            ["1", "Установить прибор учета сбросов (отв.: главный механик Ким В.П.; срок: до 01.08.2027)", "ст. 66 ВК РК"],
            ["2", "Очистить русло отводящего канала (отв.: мастер участка Оспанов Е.Т.; срок: до 15.09.2027)", "ст. 116 ВК РК"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_and_by_when_in_brackets_after_the_task(tmp_path, fmt):
    found = extracted(ORDER, tmp_path, "order", fmt)
    assert [t.role for t in found.tables] == ["tasks"]
    got = {(o.text, o.actor, o.deadline) for o in found.obligations if o.kind == "task"}
    assert got == {
        ("Установить прибор учета сбросов", "главный механик Ким В.П.", "до 01.08.2027"),
        ("Очистить русло отводящего канала", "мастер участка Оспанов Е.Т.", "до 15.09.2027"),
    }


PLAN = [
    ("p", "Программа производственного экологического контроля. План-график контроля сточных вод."),
    (
        "t",
        "",
        [
            ["№", "Место отбора", "Показатели и периодичность", "Исполнитель"],
            ["1", "В-1 – выпуск ливневых вод", "Взвешенные вещества, Нефтепродукты – ежемесячно; Сульфаты – ежеквартально", "лаборатория"],
            ["2", "В-2 – выпуск шахтных вод", "Взвешенные вещества – ежеквартально", "лаборатория"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_parameters_and_frequencies_in_one_cell(tmp_path, fmt):
    found = extracted(PLAN, tmp_path, "plan", fmt)
    assert [t.role for t in found.tables] == ["monitoring"]
    got = {(point.split()[0], freq, subs) for _, point, freq, subs in monitoring_duties(found)}
    assert got == {
        ("В-1", "monthly", ("TPH", "TSS")),
        ("В-1", "quarterly", ("SO4",)),
        ("В-2", "quarterly", ("TSS",)),
    }


DISCHARGE = [
    ("p", "Нормативы допустимых сбросов по выпускам."),
    (
        "t",
        "",
        [
            ["№", "Показатель", "Ед. изм.", "Фон", "Факт. концентрация", "ДС, мг/дм3"],
            ["В-1 – выпуск карьерных вод после отстойника в балку Шолаксай (Q = 40 м3/ч)", None, None, None, None, None],
            ["1", "Взвешенные вещества", "мг/дм3", "5,1", "9,4", "12"],
            ["2", "Сульфаты", "мг/дм3", "70", "88", "100"],
        ],
        [(1, 0, 1, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_allowed_discharge_beside_a_background_and_a_result(tmp_path, fmt):
    found = extracted(DISCHARGE, tmp_path, "discharge", fmt)
    assert [t.role for t in found.tables] == ["limits"]
    got = {(lim.point.split()[0], lim.substance.symbol, lim.limit, lim.value) for lim in found.limits}
    assert got == {("В-1", "TSS", 12.0, 9.4), ("В-1", "SO4", 100.0, 88.0)}  # the background is neither


NOTED_COLUMN = [
    ("p", "Giá trị giới hạn các chất ô nhiễm trong nước thải."),
    (
        "t",
        "",
        [
            ["TT", "Chất ô nhiễm", "Đơn vị", "Giá trị giới hạn cho phép"],
            ["1", "COD", "mg/l", "67,5"],
            ["2", "Tổng chất rắn lơ lửng (TSS)", "mg/l", "45"],
        ],
        [],
    ),
    ("p", "Ghi chú: giá trị C theo cột A, QCVN 40:2011/BTNMT, với Kq = 0,9; Kf = 1,0."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_note_under_a_table_names_the_standard_column(tmp_path, fmt):
    found = extracted(NOTED_COLUMN, tmp_path, "noted", fmt)
    assert {(lim.substance.symbol, lim.limit, lim.column) for lim in found.limits} == {("COD", 67.5, "A"), ("TSS", 45.0, "A")}


SHEET = [
    ("p", "Расчет выбросов загрязняющих веществ по источникам."),
    (
        "t",
        "",
        [
            ["Наименование", "Показатель", "Обозначение", "Ед. изм.", "Значение"],
            ["Источник № 0003. Труба сушильного барабана", None, None, None, None],
            ["Пыль неорганическая: 70-20% SiO2 (2908)", "максимальный разовый выброс", "M", "г/с", "1,25"],
            [None, "валовый выброс", "G", "т/год", "18,4"],
            ["Источник № 6002. Склад песка", None, None, None, None],
            ["Пыль неорганическая: 70-20% SiO2 (2908)", "максимальный разовый выброс", "M", "г/с", "0,31"],
            [None, "валовый выброс", "G", "т/год", "2,9"],
        ],
        [(1, 0, 1, 4), (4, 0, 4, 4), (2, 0, 3, 0), (5, 0, 6, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_calculation_sheet_keeps_the_source_of_each_title(tmp_path, fmt):
    found = extracted(SHEET, tmp_path, "sheet", fmt)
    assert [t.role for t in found.tables] == ["emissions"]
    got = {(e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("0003", "2908", 1.25, 18.4), ("6002", "2908", 0.31, 2.9)}


WASTE_COLUMNS = [
    ("p", "Bảng 3. Khối lượng chất thải phát sinh năm 2026"),
    (
        "t",
        "",
        [
            ["Nội dung", "1", "2", "3"],
            ["Tên chất thải", "Xỉ than lò hơi", "Dầu thải", "Bao bì dính hóa chất"],
            ["Mã chất thải", "–", "17 02 03", "18 01 03"],
            ["Phân loại", "Chất thải rắn công nghiệp thông thường", "Chất thải nguy hại", "Chất thải nguy hại"],
            ["Khối lượng (kg)", "12.500", "240", "85"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_waste_with_no_code_in_a_column_per_waste(tmp_path, fmt):
    found = extracted(WASTE_COLUMNS, tmp_path, "wastecols", fmt)
    got = {(w.name, w.code, w.hazardous, w.amount_t) for w in found.wastes}
    assert got == {
        ("Xỉ than lò hơi", None, False, 12.5),
        ("Dầu thải", "17 02 03*", True, 0.24),
        ("Bao bì dính hóa chất", "18 01 03*", True, 0.085),
    }


SAMPLES_A_YEAR = [
    ("p", "Chương trình quan trắc nước dưới đất."),
    (
        "t",
        "",
        [
            ["Ký hiệu", "Vị trí", "Thông số", "Số lần/năm"],
            ["NN1", "Giếng khoan thượng nguồn", "pH, Sắt (Fe)", "4"],
            ["NN2", "Giếng khoan hạ nguồn", "Amoni (tính theo N)", "2"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_count_of_samples_a_year_is_the_frequency(tmp_path, fmt):
    found = extracted(SAMPLES_A_YEAR, tmp_path, "peryear", fmt)
    assert {(point, freq) for _, point, freq, _ in monitoring_duties(found)} == {("NN1", "quarterly"), ("NN2", "semiannual")}


HAZARD_AFTER_CODE = [
    ("p", "Нормативы выбросов по источникам."),
    (
        "t",
        "",
        [
            ["№ ИЗА", "Вещество", "Код (класс опасности)", "г/с", "т/год"],
            ["0001", "Азота диоксид", "0301 (2)", "0,52", "4,1"],
            [None, "Углерод оксид", "0337 (4)", "1,3", "9,8"],
        ],
        [(1, 0, 2, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_hazard_class_in_brackets_after_the_code(tmp_path, fmt):
    found = extracted(HAZARD_AFTER_CODE, tmp_path, "hazard", fmt)
    assert {(e.substance.code, e.hazard_class) for e in found.emissions} == {("0301", 2), ("0337", 4)}
