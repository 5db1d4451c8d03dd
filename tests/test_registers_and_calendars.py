"""Registers, calendars and result sheets in shapes the first readers missed, read in DOCX, PDF and
text the tests write: passports of control points under title rows, wastes a column each with their
codes under their names, audits marked by quarter, checks every so many days, tasks by month written
with who does them, a register of two lines per record, results as `value/norm` pairs, results by
sampling day, rounds of measurement beside their mean, one source's emission split by machine under
its total, and a cell of several sources with their figures in the same order."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties

from extractor.nlp.coordinates import parse_coordinates
from extractor.nlp.frequency import find_frequency

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")




PASSPORTS = [
    ("h", "Раздел 3. Паспорта пунктов контроля"),
    (
        "t",
        "Таблица 3.1 – Паспорта пунктов контроля",
        [
            ["Пункт № 1. ИЗА 0004 – труба сушильного барабана", None],
            ["Контролируемые вещества", "Азота диоксид (0301), Углерод оксид (0337)"],
            ["Периодичность контроля", "ежеквартально"],
            ["Метод", "инструментальный"],
            ["Пункт № 2. ВП-2 – выпуск ливневых вод", None],
            ["Контролируемые вещества", "Взвешенные вещества, Нефтепродукты"],
            ["Периодичность контроля", "1 раз в месяц"],
            ["Метод", "лабораторный"],
        ],
        [(0, 0, 0, 1), (4, 0, 4, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_passports_of_points_under_title_rows_give_a_duty_each(tmp_path, fmt):
    found = extracted(PASSPORTS, tmp_path, "passports", fmt)
    assert {(o.source_numbers, o.frequency) for o in found.obligations if o.kind == "monitoring" and o.source_numbers} == {
        (("0004",), "quarterly")
    }
    assert ((), "ВП-2", "monthly", ("TPH", "TSS")) in monitoring_duties(found)


MONTHS = [
    ("p", "Таблица 2.4 – Образование отходов по месяцам, т"),
    (
        "t",
        "",
        [
            ["Месяц", "Древесные опилки", "Отработанные масла"],
            [None, "код 03 01 05", "код 13 02 05*"],
            ["Январь", "4,1", "0,12"],
            ["Февраль", "3,9", "–"],
            ["Март", "4,0", "0,10"],
            ["Всего за год", "12,0", "0,22"],
        ],
        [(0, 0, 1, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_wastes_a_column_each_with_codes_under_their_names_take_the_total(tmp_path, fmt):
    found = extracted(MONTHS, tmp_path, "months", fmt)
    assert sorted((w.code, w.amount_t) for w in found.wastes) == [("03 01 05", 12.0), ("13 02 05*", 0.22)]


AUDITS = [
    ("h", "Программа внутренних проверок на 2027 год"),
    (
        "t",
        "",
        [
            ["№", "Проверяемое подразделение", "Проверяющий", "Сроки проверок", None, None, None],
            [None, None, None, "I кв.", "II кв.", "III кв.", "IV кв."],
            ["1", "Сушильный цех", "Омарова А.К.", "П", "", "П", ""],
            ["2", "Склад ГСМ", "Ким Л.В.", "П", "П", "П", "П"],
            ["3", "Гараж", "Омарова А.К.", "", "", "П", ""],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)],
    ),
    ("p", "П – плановая проверка."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_checks_marked_by_quarter_count_the_quarters(tmp_path, fmt):
    found = extracted(AUDITS, tmp_path, "audits", fmt)
    got = {(unit, o.frequency) for o in found.obligations if o.kind == "inspection" for unit in ("Сушильный цех", "Склад ГСМ", "Гараж") if unit in o.text}
    assert got == {("Сушильный цех", "semiannual"), ("Склад ГСМ", "quarterly"), ("Гараж", "yearly")}


DAYS = [
    (
        "t",
        "Bảng 2. Chu kỳ kiểm tra công trình bảo vệ môi trường",
        [
            ["TT", "Công trình kiểm tra", "Nội dung kiểm tra", "Chu kỳ (ngày)", "Người thực hiện"],
            ["1", "Hệ thống xử lý nước thải", "lưu lượng, màu nước", "1", "Tổ vận hành"],
            ["2", "Kho chất thải nguy hại", "nhãn, thời gian lưu giữ", "7", "Cán bộ môi trường"],
            ["3", "Hệ thống lọc bụi túi vải", "chênh áp, túi lọc", "90", "Tổ cơ điện"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_days_between_checks_are_read_as_their_frequency(tmp_path, fmt):
    found = extracted(DAYS, tmp_path, "days", fmt)
    assert sorted(o.frequency for o in found.obligations if o.kind == "inspection") == ["daily", "quarterly", "weekly"]


def test_days_that_make_a_calendar_period_have_its_word():
    assert find_frequency("1 раз в 30 дней").word == "monthly"
    assert find_frequency("1 раз в 90 суток").word == "quarterly"
    assert find_frequency("1 раз в 14 дней").word is None


CALENDAR = [
    ("h", "Календарный план природоохранных работ на 2027 год"),
    (
        "t",
        "",
        [
            ["Месяц", "Мероприятия (ответственный)", "Отметка о выполнении"],
            ["Январь", "1) Обновить паспорта опасных отходов – отв. эколог", ""],
            ["Февраль", "–", ""],
            ["Март", "2) Промыть отстойник мойки – отв. механик 3) Покрасить контейнеры – отв. завхоз", ""],
            ["Апрель", "–", ""],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_tasks_by_month_written_with_who_does_them_are_a_task_each(tmp_path, fmt):
    found = extracted(CALENDAR, tmp_path, "calendar", fmt)
    got = [(o.number, o.text, o.actor, o.deadline) for o in found.obligations if o.kind == "task"]
    assert got == [
        ("1", "Обновить паспорта опасных отходов", "эколог", "Январь"),
        ("2", "Промыть отстойник мойки", "механик", "Март"),
        ("3", "Покрасить контейнеры", "завхоз", "Март"),
    ]


CALENDAR_VI = [
    (
        "t",
        "Lịch thực hiện công tác bảo vệ môi trường năm 2027",
        [
            ["Tháng", "Nội dung công việc (đơn vị thực hiện)", "Ghi chú"],
            ["Tháng 1", "- Nạo vét hố ga (Đội Cơ điện) - Tập huấn phân loại chất thải (Phòng An toàn)", ""],
            ["Tháng 2", "–", ""],
            ["Tháng 3", "- Thay vật liệu lọc (Xưởng sơn)", ""],
            ["Tháng 4", "–", ""],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_tasks_with_their_bodies_in_brackets(tmp_path, fmt):
    found = extracted(CALENDAR_VI, tmp_path, "calendar_vi", fmt)
    got = [(o.text, o.actor) for o in found.obligations if o.kind == "task"]
    assert got == [
        ("Nạo vét hố ga", "Đội Cơ điện"),
        ("Tập huấn phân loại chất thải", "Phòng An toàn"),
        ("Thay vật liệu lọc", "Xưởng sơn"),
    ]


REGISTER = [
    ("h", "Перечень объектов II категории района"),
    (
        "t",
        "",
        [
            ["№", "Наименование оператора", "БИН", "Юридический адрес"],
            [None, "Наименование объекта", "Код КАТО", "Категория объекта"],
            ["1", "ТОО «Береке Тас»", "150440012344", "г. Караганда, ул. Ерубаева, 4"],
            [None, "Карьер строительного камня «Береке»", "353220100", "II"],
            ["2", "ТОО «Сары Арка Агро»", "171040054321", "г. Караганда, пр. Бухар-Жырау, 10"],
            [None, "Птицефабрика «Сары Арка»", "354030000", "II"],
        ],
        [(0, 0, 1, 0), (2, 0, 3, 0), (4, 0, 5, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_of_two_lines_per_record_gives_one_facility_each(tmp_path, fmt):
    found = extracted(REGISTER, tmp_path, "register", fmt)
    got = sorted((f.name, f.bin, f.kato, f.category) for f in found.facilities)
    assert got == [
        ("Карьер строительного камня «Береке»", "150440012344", "353220100", "II"),
        ("Птицефабрика «Сары Арка»", "171040054321", "354030000", "II"),
    ]


FRACTIONS = [
    ("p", "Таблица 4 – Результаты замеров на границе СЗЗ"),
    (
        "t",
        "",
        [
            ["Точка", "Концентрация, мг/м3 (факт / ПДК м.р.)", None],
            [None, "Сера диоксид", "Углерод оксид"],
            ["Т-3", "0,21/0,5", "1,4/5"],
            ["Т-4", "0,18/0,5", "2,2/5"],
        ],
        [(0, 0, 1, 0), (0, 1, 0, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_results_written_as_value_over_norm(tmp_path, fmt):
    found = extracted(FRACTIONS, tmp_path, "fractions", fmt)
    got = sorted((lim.point, lim.substance.code, lim.value, lim.limit, lim.column, lim.unit) for lim in found.limits)
    assert got == [
        ("Т-3", "0330", 0.21, 0.5, None, "mg/m3"),
        ("Т-3", "0337", 1.4, 5.0, None, "mg/m3"),
        ("Т-4", "0330", 0.18, 0.5, None, "mg/m3"),
        ("Т-4", "0337", 2.2, 5.0, None, "mg/m3"),
    ]


BY_DAY = [
    ("p", "Таблица 5 – Результаты анализов очищенной воды при опробовании"),
    (
        "t",
        "",
        [
            ["Показатель", "Ед. изм.", "На выходе", None, "Допустимая концентрация"],
            [None, None, "12.05.2027", "13.05.2027", None],
            ["Взвешенные вещества", "мг/дм3", "11", "14", "20"],
            ["Нефтепродукты", "мг/дм3", "0,12", "0,09", "0,3"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_results_by_sampling_day_give_a_reading_each(tmp_path, fmt):
    found = extracted(BY_DAY, tmp_path, "by_day", fmt)
    got = sorted((lim.substance.symbol, lim.value, lim.limit, lim.medium) for lim in found.limits)
    assert got == [
        ("TPH", 0.09, 0.3, "waste_water"),
        ("TPH", 0.12, 0.3, "waste_water"),
        ("TSS", 11.0, 20.0, "waste_water"),
        ("TSS", 14.0, 20.0, "waste_water"),
    ]


ROUNDS = [
    ("p", "Протокол измерений на источнике № 0007 – труба котла"),
    (
        "t",
        "",
        [
            ["Показатель", "Ед. изм.", "Результаты измерений", None, "Среднее значение", "Норматив"],
            [None, None, "1-й замер", "2-й замер", None, None],
            ["Азота диоксид", "мг/нм3", "180", "200", "190", "250"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rounds_of_measurement_are_checked_by_their_mean(tmp_path, fmt):
    found = extracted(ROUNDS, tmp_path, "rounds", fmt)
    assert [(lim.substance.code, lim.value, lim.limit) for lim in found.limits] == [("0301", 190.0, 250.0)]


PARTS = [
    ("p", "Таблица 3.2 – Выбросы от погрузчиков (источник № 6004 «Открытый склад угля»)"),
    (
        "t",
        "",
        [
            ["Машина", "Выброс, т/год", None],
            [None, "Азота диоксид (0301)", "Углерод оксид (0337)"],
            ["Погрузчик ТО-18", "0,41", "1,20"],
            ["Бульдозер Т-170", "0,29", "0,80"],
            ["Итого по источнику", "0,70", "2,00"],
            ["Максимальный разовый выброс, г/с", "0,052", "0,140"],
        ],
        [(0, 0, 1, 0), (0, 1, 0, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_sources_emission_split_by_machine_is_its_total(tmp_path, fmt):
    found = extracted(PARTS, tmp_path, "parts", fmt)
    got = sorted((e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("6004", "0301", 0.052, 0.7), ("6004", "0337", 0.14, 2.0)]


LISTED = [
    ("p", "Таблица 3.1 – Перечень загрязняющих веществ с распределением по источникам"),
    (
        "t",
        "",
        [
            ["Код ЗВ", "Наименование", "№ источника", "Выброс по источнику", None, "Суммарный выброс", None],
            [None, None, None, "г/с", "т/год", "г/с", "т/год"],
            ["0301", "Азота диоксид", "0001 6002", "0,12 0,03", "1,5 0,2", "0,15", "1,7"],
            ["0337", "Углерод оксид", "0001", "0,40", "3,1", "0,40", "3,1"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_several_sources_in_a_cell_take_their_figures_in_order(tmp_path, fmt):
    found = extracted(LISTED, tmp_path, "listed", fmt)
    got = sorted((e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0001", "0301", 0.12, 1.5), ("0001", "0337", 0.4, 3.1), ("6002", "0301", 0.03, 0.2)]


PLAN = [
    (
        "t",
        "Таблица 6.1 – Пункты наблюдения",
        [
            ["Код пункта", "Местоположение", "Координаты", "Среда"],
            ["Т-1", "граница СЗЗ, север", "51,71° с.ш., 75,30° в.д.", "атмосферный воздух"],
            ["Н-1", "скважина ниже по потоку", "51,72° с.ш., 75,31° в.д.", "подземные воды"],
        ],
        [],
    ),
    (
        "t",
        "Таблица 6.2 – План-график мониторинга",
        [
            ["Среда", "Пункты наблюдения", "Контролируемые показатели", "Периодичность"],
            ["подземные воды", "Н-1, Н-2 и Н-3", "Нефтепродукты, Сульфаты", "2 раза в год"],
            ["сточные воды", "ВК1÷ВК3", "Взвешенные вещества", "ежемесячно"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_points_listed_and_run_are_each_a_duty_and_their_register_no_facility(tmp_path, fmt):
    found = extracted(PLAN, tmp_path, "plan", fmt)
    assert not found.facilities
    points = {point for _, point, _, _ in monitoring_duties(found)}
    assert points == {"Н-1", "Н-2", "Н-3", "ВК1", "ВК2", "ВК3"}


DIVISIONS = [
    (
        "t",
        "Таблица 5.1 – План-график мониторинга по подразделениям",
        [
            ["№", "Пункт наблюдения", "Контролируемые параметры", "Периодичность"],
            ["1. Цех № 1", None, None, None],
            ["1.1", "Т-1 – граница СЗЗ цеха", "Азота диоксид", "ежеквартально"],
            ["2. Цех № 2", None, None, None],
            ["2.1", "Т-1 – граница СЗЗ цеха", "Азота диоксид", "ежеквартально"],
        ],
        [(1, 0, 1, 3), (3, 0, 3, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_point_id_used_again_in_another_division_stays_apart(tmp_path, fmt):
    found = extracted(DIVISIONS, tmp_path, "divisions", fmt)
    points = sorted(point for _, point, _, _ in monitoring_duties(found))
    assert len(points) == 2 and points[0] != points[1] and all("Т-1" in p for p in points)


CTNH = [
    (
        "t",
        "Bảng 4. Chất thải tiếp nhận từ tàu năm 2026",
        [
            ["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (tấn)"],
            ["1", "Dầu đáy tàu", "17 04 03", "12,5"],
            ["2", "Chất thải thực phẩm", "-", "3,2"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dash_under_hazardous_codes_is_no_hazardous_waste(tmp_path, fmt):
    found = extracted(CTNH, tmp_path, "ctnh", fmt)
    assert sorted((w.name, w.hazardous) for w in found.wastes) == [("Chất thải thực phẩm", False), ("Dầu đáy tàu", True)]


def test_packed_aeronautical_coordinates():
    assert parse_coordinates("КТА 515649N 0662454E") == (51.946944, 66.415)
    assert parse_coordinates("515699N 0662454E") is None  # 99 seconds: no coordinate


MEMBERS = [
    (
        "t",
        "Таблица 2 – Участники промышленной зоны",
        [
            ["№", "Участник зоны", None, "Производство", None, "Участок", "Категория и документ", None],
            [None, "Наименование", "БИН", "Вид деятельности", "Мощность", "№ участка / площадь, га", "Категория", "Документ"],
            ["1", "ТОО «Береке Тас»", "150440012344", "добыча камня", "50 000 т/год", "№ 4 / 12,5", "II", "КЭР от 01.02.2025"],
            ["2", "ТОО «Сары Арка Агро»", "171040054321", "птицеводство", "9 млн голов/год", "№ 7 / 30,1", "II", "КЭР от 11.03.2025"],
        ],
        [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 0, 7)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_sub_labels_under_parents_are_header_in_every_format(tmp_path, fmt):
    found = extracted(MEMBERS, tmp_path, "members", fmt)
    got = sorted((f.name, f.bin, f.category) for f in found.facilities)
    assert got == [("ТОО «Береке Тас»", "150440012344", "II"), ("ТОО «Сары Арка Агро»", "171040054321", "II")]


FINE = [
    ("p", "ПОСТАНОВЛЕНИЕ о наложении административного штрафа"),
    (
        "t",
        None,
        [
            ["Наименование юридического лица", "ТОО «Береке Тас»"],
            ["БИН", "150440012344"],
            ["Код КАТО", "353220100"],
        ],
        [],
    ),
    ("p", "Реквизиты для уплаты штрафа"),
    (
        "t",
        None,
        [
            ["Реквизит", "Значение"],
            ["Бенефициар", "РГУ «Управление государственных доходов»"],
            ["БИН бенефициара", "171040054321"],
            ["КБК", "204107"],
            ["КНП", "911"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_card_of_payment_details_is_no_facility(tmp_path, fmt):
    found = extracted(FINE, tmp_path, "fine", fmt)
    assert [f.bin for f in found.facilities] == ["150440012344"]
