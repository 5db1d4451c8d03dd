"""Depots, stations and their paperwork, in DOCX, PDF and text the tests write.

Tasks addressed to a body at the start of each cell (`Предложено (кому, что, срок)`); each parameter's norm
and result on two labelled rows, a column per point; result columns headed by sample codes that a sampling
act explains; two tables one after the other with nothing between; operations' rows under each source
closed by the source's total; a printed form filled over its blanks; a matrix of frequencies whose cells
name who checks; levels of control cited by their keys from another table; a waste named with its code
only in a calculation's total row; a group of substances opened in a note under the plan.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

from extractor.nlp.coordinates import find_coordinates
from extractor.tables.profile import is_substance

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


ADDRESSED = [
    ("p", "Справка по итогам обследования нефтебаз района, май 2026 года"),
    (
        "t",
        "Таблица 1 – Выявленные недостатки и предложения",
        [
            ["№", "Объект", "Выявлено", "Предложено (кому, что, срок)"],
            ["1", "Нефтебаза «Сарыарка»", "нет журнала учета отходов", "ТОО «Сарыарка Ойл»: завести журнал учета отходов – до 15.06.2026"],
            ["2", None, "пролив у эстакады", "ТОО «Сарыарка Ойл»: убрать загрязненный грунт у эстакады – в течение 5 дней"],
            ["3", "Нефтебаза «Нура»", "канава не очищена", "ГУ «Отдел ЖКХ Нуринского района»: очистить водоотводную канаву – в III квартале 2026 года"],
        ],
        [(1, 1, 2, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_task_addressed_at_the_start_of_its_cell_gives_its_body_and_deadline(tmp_path, fmt):
    found = extracted(ADDRESSED, tmp_path, "addressed", fmt)
    assert [t.role for t in found.tables] == ["tasks"]
    got = {(o.number, o.actor, o.text, o.deadline) for o in found.obligations if o.kind == "task"}
    assert got == {
        ("1", "ТОО «Сарыарка Ойл»", "завести журнал учета отходов", "до 15.06.2026"),
        ("2", "ТОО «Сарыарка Ойл»", "убрать загрязненный грунт у эстакады", "в течение 5 дней"),
        ("3", "ГУ «Отдел ЖКХ Нуринского района»", "очистить водоотводную канаву", "в III квартале 2026 года"),
    }


ADDRESSED_VI = [
    ("p", "Báo cáo kết quả kiểm tra các kho xăng dầu năm 2026"),
    (
        "t",
        "Bảng 2. Tồn tại và kiến nghị",
        [
            ["TT", "Kho", "Tồn tại", "Kiến nghị (đối tượng thực hiện, nội dung, thời hạn)"],
            ["1", "Kho xăng dầu Nhà Bè", "Chưa có sổ theo dõi chất thải", "Công ty TNHH Kho vận Nam Sài Gòn: Lập sổ theo dõi chất thải nguy hại – trước ngày 30/6/2026"],
            ["2", "Kho xăng dầu Cát Lái", "Mương thoát nước bị bồi lắng", "UBND phường Cát Lái: Nạo vét mương thoát nước dọc tuyến đường – trong quý III/2026"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_vietnamese_recommendation_names_its_doer_first(tmp_path, fmt):
    found = extracted(ADDRESSED_VI, tmp_path, "addressed-vi", fmt)
    got = {(o.number, o.actor, o.deadline) for o in found.obligations if o.kind == "task"}
    assert got == {
        ("1", "Công ty TNHH Kho vận Nam Sài Gòn", "trước ngày 30/6/2026"),
        ("2", "UBND phường Cát Lái", "trong quý III/2026"),
    }


NORM_AND_FACT = [
    ("p", "Сводка результатов контроля ливневых стоков АЗС сети «Дала Ойл» за 2026 год"),
    (
        "t",
        "Таблица 1 – Ливневые стоки после очистки",
        [
            ["Показатель", "Ед. изм.", "", "ЛК-2 АЗС № 2, г. Степногорск", "ЛК-5 АЗС № 5, г. Макинск"],
            ["Водородный показатель (pH)", "ед. pH", "НДС", "6,5–8,5", "6–9"],
            [None, None, "факт", "7,4", "8,1"],
            ["Взвешенные вещества", "мг/дм3", "НДС", "30", "150"],
            [None, None, "факт", "12", "96"],
            ["Нефтепродукты", "мг/дм3", "НДС", "0,5", "2"],
            [None, None, "факт", "0,21", "1,4"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1), (3, 0, 4, 0), (3, 1, 4, 1), (5, 0, 6, 0), (5, 1, 6, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_norm_row_and_a_result_row_per_parameter_give_each_points_limit_and_value(tmp_path, fmt):
    found = extracted(NORM_AND_FACT, tmp_path, "norm-fact", fmt)
    assert [t.role for t in found.tables] == ["limits"]
    got = {(x.substance.symbol, x.point, x.limit, x.limit_min, x.limit_max, x.value, x.medium) for x in found.limits}
    assert got == {
        ("pH", "ЛК-2", None, 6.5, 8.5, 7.4, "waste_water"),
        ("pH", "ЛК-5", None, 6.0, 9.0, 8.1, "waste_water"),
        ("TSS", "ЛК-2", 30.0, None, None, 12.0, "waste_water"),
        ("TSS", "ЛК-5", 150.0, None, None, 96.0, "waste_water"),
        ("TPH", "ЛК-2", 0.5, None, None, 0.21, "waste_water"),
        ("TPH", "ЛК-5", 2.0, None, None, 1.4, "waste_water"),
    }


SAMPLE_CODES = [
    ("p", "Протокол испытаний № 214 от 12.08.2026. Заказчик: ТОО «Нефтебаза Шу»"),
    (
        "t",
        "Таблица 1 – Сведения об отборе проб",
        [
            ["Шифр пробы", "Место отбора", "Дата отбора"],
            ["С-1187/26", "ВВ-3 – выпуск после нефтеловушки в пруд-накопитель", "05.08.2026"],
            ["С-1188/26", "ВВ-4 – выпуск с площадки налива в пруд-накопитель", "05.08.2026"],
        ],
        [],
    ),
    (
        "t",
        "Таблица 2 – Результаты испытаний",
        [
            ["№", "Показатель", "Ед. изм.", "ДК", "Результаты по шифрам проб", None],
            [None, None, None, None, "С-1187/26", "С-1188/26"],
            ["1", "Взвешенные вещества", "мг/дм3", "25", "14", "31"],
            ["2", "Нефтепродукты", "мг/дм3", "0,3", "0,12", "0,28"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_result_columns_headed_by_sample_codes_take_the_points_the_sampling_act_gives(tmp_path, fmt):
    found = extracted(SAMPLE_CODES, tmp_path, "sample-codes", fmt)
    assert [t.role for t in found.tables] == ["other", "limits"]  # the act is a key to the results, no plan
    got = {(x.substance.symbol, x.point, x.limit, x.value) for x in found.limits}
    assert got == {("TSS", "ВВ-3", 25.0, 14.0), ("TSS", "ВВ-4", 25.0, 31.0), ("TPH", "ВВ-3", 0.3, 0.12), ("TPH", "ВВ-4", 0.3, 0.28)}


HANDOVER = [
    ("p", "Акт приема-передачи отходов № 7 от 14.09.2026"),
    (
        "t",
        None,
        [
            ["Сторона", "Организация", "Представитель", "Документ"],
            ["Сдал", "ТОО «Жетысу Газ»", "мастер Оспанов Б.", "договор № 12 от 02.01.2026"],
            ["Принял", "ТОО «Экосервис-Т»", "водитель Ли Д.", "лицензия № 02231"],
        ],
        [],
    ),
    (
        "t",
        None,
        [
            ["№", "Наименование отхода", "Код", "Количество, т"],
            ["1", "Масла компрессорные отработанные", "13 02 05*", "0,118"],
            ["2", "Ветошь промасленная", "15 02 02*", "0,044"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_right_after_another_with_a_header_of_its_own_is_a_table_of_its_own(tmp_path, fmt):
    found = extracted(HANDOVER, tmp_path, "handover", fmt)
    assert [t.role for t in found.tables] == ["other", "wastes"]
    assert {(w.code, w.amount_t) for w in found.wastes} == {("13 02 05*", 0.118), ("15 02 02*", 0.044)}


OPERATIONS = [
    ("p", "Расчет выбросов газонаполнительной станции ТОО «Орал Газ»"),
    (
        "t",
        "Таблица 4 – Выбросы по операциям",
        [
            ["Операция", "Время, ч/год", "0410 Метан", None, "0418 Пропан", None],
            [None, None, "г/с", "т/год", "г/с", "т/год"],
            ["ИЗА 0003 – Свеча сброса", None, None, None, None, None],
            ["продувка рукавов", "100", "0,05", "0,018", "0,21", "0,076"],
            ["сброс через клапаны", "10", "0,12", "0,0043", "0,34", "0,012"],
            ["Итого по ИЗА 0003", "", "0,12", "0,0223", "0,34", "0,088"],
            ["ИЗА 6004 – Колонка заправки", None, None, None, None, None],
            ["заправка баллонов", "2 000", "0,004", "0,029", "0,011", "0,079"],
            ["Итого по ИЗА 6004", "", "0,004", "0,029", "0,011", "0,079"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (2, 0, 2, 5), (6, 0, 6, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sources_total_over_its_operations_is_what_the_source_emits(tmp_path, fmt):
    found = extracted(OPERATIONS, tmp_path, "operations", fmt)
    got = {(e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions}
    assert got == {
        ("0003", "0410", 0.12, 0.0223),
        ("0003", "0418", 0.34, 0.088),
        ("6004", "0410", 0.004, 0.029),
        ("6004", "0418", 0.011, 0.079),
    }


OPERATIONS_VI = [
    ("p", "Tính toán tải lượng hơi xăng dầu – Cửa hàng xăng dầu số 9"),
    (
        "t",
        "Bảng 1. Tải lượng theo công đoạn",
        [
            ["Công đoạn", "Thời gian (giờ/năm)", "Benzen", None, "Toluen", None],
            [None, None, "g/s", "kg/năm", "g/s", "kg/năm"],
            ["Nguồn: Bồn chứa xăng (ống thông hơi)", None, None, None, None, None],
            ["Nhập xăng từ xe bồn", "200", "0,012", "8,6", "0,011", "7,9"],
            ["Đo bồn thủ công", "50", "0,0003", "0,05", "0,0003", "0,05"],
            ["Cộng theo nguồn", "", "0,012", "8,65", "0,011", "7,95"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (2, 0, 2, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_vietnamese_sources_sum_in_kilograms_a_year_is_its_emission_in_tonnes(tmp_path, fmt):
    found = extracted(OPERATIONS_VI, tmp_path, "operations-vi", fmt)
    got = {(e.substance.code, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("0602", 0.012, 0.00865), ("0621", 0.011, 0.00795)}


FORM = [
    ("p", "Лист проверки АЗС (заполняется инспектором)"),
    (
        "t",
        None,
        [
            ["1", "Наименование объекта: ____АЗС № 11 «Есіл Ойл»____"],
            ["2", "Оператор объекта: ____ТОО «Есіл Ойл»____"],
            ["3", "БИН оператора: ____190340012348____"],
            ["4", "Координаты: широта ____51,18422____ долгота ____71,40871____"],
            ["5", "Категория объекта: ____III____"],
            ["6", "Подпись инспектора: ____________"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_form_filled_over_its_blanks_gives_the_values_alone(tmp_path, fmt):
    found = extracted(FORM, tmp_path, "form", fmt)
    assert [t.role for t in found.tables] == ["facility"]
    (f,) = found.facilities
    assert (f.name, f.operator, f.bin, f.category, f.lat, f.lon) == (
        "АЗС № 11 «Есіл Ойл»", "ТОО «Есіл Ойл»", "190340012348", "III", 51.18422, 71.40871
    )


FORM_VI = [
    ("p", "Phiếu kiểm tra cửa hàng xăng dầu"),
    (
        "t",
        None,
        [
            ["1", "Tên cửa hàng: ……Cửa hàng xăng dầu Tân Uyên……"],
            ["2", "Thương nhân sở hữu: ……Công ty TNHH Xăng dầu Bình Dương……"],
            ["3", "Mã số doanh nghiệp: ……3701234567……"],
            ["4", "Tọa độ: vĩ độ ……11,0512…… kinh độ ……106,7981……"],
            ["5", "Số cột bơm: ……4……"],
            ["6", "Người làm việc với Đoàn: ……Trần Văn Bình……"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_vietnamese_form_of_labelled_lines_is_a_facility_card_though_some_labels_name_no_field(tmp_path, fmt):
    found = extracted(FORM_VI, tmp_path, "form-vi", fmt)
    (f,) = found.facilities
    assert (f.name, f.operator, f.bin, f.lat, f.lon) == (
        "Cửa hàng xăng dầu Tân Uyên", "Công ty TNHH Xăng dầu Bình Dương", "3701234567", 11.0512, 106.7981
    )


def test_latitude_and_longitude_written_as_words_before_their_figures():
    for text, pair in (
        ("широта 43,25 долгота 76,95", (43.25, 76.95)),
        ("ендік 50,28 бойлық 57,16", (50.28, 57.16)),
        ("vĩ độ 21,0285 kinh độ 105,8542", (21.0285, 105.8542)),
    ):
        assert [c.pair for c in find_coordinates(text)] == [pair]


CHECKERS = [
    ("p", "График производственного контроля АЗС"),
    (
        "t",
        None,
        [
            ["№", "Объект проверки", "Что проверяется", "Периодичность и исполнитель", None, None],
            [None, None, None, "ежедневно", "ежемесячно", "ежеквартально"],
            ["1", "Резервуары", "датчики утечки", "оператор АЗС", "", "инженер-эколог"],
            ["2", "Очистные сооружения", "уровень осадка", "", "управляющий АЗС", ""],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_matrix_of_frequencies_whose_cells_name_who_checks(tmp_path, fmt):
    found = extracted(CHECKERS, tmp_path, "checkers", fmt)
    got = {(o.text.split(": ", 1)[-1][:11], o.actor, o.frequency) for o in found.obligations if o.kind == "inspection"}
    assert got == {
        ("Резервуары ", "оператор АЗС", "daily"),
        ("Резервуары ", "инженер-эколог", "quarterly"),
        ("Очистные со", "управляющий АЗС", "monthly"),
    }


LEVELS = [
    ("p", "Положение о производственном контроле на нефтебазе"),
    (
        "t",
        "Таблица 1 – Уровни контроля",
        [
            ["Уровень", "Кто проводит", "Периодичность"],
            ["I", "оператор товарного парка", "ежедневно"],
            ["II", "начальник нефтебазы", "еженедельно"],
            ["III", "комиссия предприятия", "ежеквартально"],
        ],
        [],
    ),
    (
        "t",
        "Таблица 2 – Объекты контроля",
        [
            ["№", "Объект контроля", "Уровни контроля"],
            ["1", "Резервуарный парк", "I, II, III"],
            ["2", "Площадка отходов", "II, III"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_levels_of_control_cited_by_their_keys_give_a_check_per_level(tmp_path, fmt):
    found = extracted(LEVELS, tmp_path, "levels", fmt)
    assert [t.role for t in found.tables] == ["other", "inspections"]
    got = {(o.text.split(": ", 1)[-1].split(";")[0], o.actor, o.frequency) for o in found.obligations if o.kind == "inspection"}
    assert got == {
        ("Резервуарный парк", "оператор товарного парка", "daily"),
        ("Резервуарный парк", "начальник нефтебазы", "weekly"),
        ("Резервуарный парк", "комиссия предприятия", "quarterly"),
        ("Площадка отходов", "начальник нефтебазы", "weekly"),
        ("Площадка отходов", "комиссия предприятия", "quarterly"),
    }


SLUDGE = [
    ("p", "Акт зачистки резервуаров нефтебазы, октябрь 2026 года"),
    (
        "t",
        "Таблица 1 – Расчет массы шлама",
        [
            ["Резервуар", "Высота слоя, мм", "Объем шлама, м3", "Масса шлама, т (ρ = 0,95 т/м3)"],
            ["РВС-1", "30", "3,2", "3,04"],
            ["РВС-2", "18", "1,9", "1,805"],
            ["Итого шлама зачистки резервуаров (код 16 07 08*)", None, "5,1", "4,845"],
        ],
        [(3, 0, 3, 1)],
    ),
]
SLUDGE_VI = [
    ("p", "Biên bản nạo vét bể tách dầu – Cửa hàng xăng dầu số 3"),
    (
        "t",
        "Bảng 1. Khối lượng bùn",
        [
            ["Vị trí", "Thể tích bùn (m3)", "Khối lượng (kg), ρ = 1,2 tấn/m3"],
            ["Ngăn 1", "0,3", "-"],
            ["Ngăn 2", "0,2", "-"],
            ["Cộng: bùn thải từ bể tách dầu (mã CTNH 17 05 02)", "0,5", "600"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_calculations_total_row_naming_a_waste_and_its_code_is_that_waste(tmp_path, fmt):
    found = extracted(SLUDGE, tmp_path, "sludge", fmt)
    assert [t.role for t in found.tables] == ["wastes"]
    assert [(w.code, w.amount_t, w.name) for w in found.wastes] == [("16 07 08*", 4.845, "шлама зачистки резервуаров")]
    found = extracted(SLUDGE_VI, tmp_path, "sludge-vi", fmt)
    assert [(w.code, w.code_system, w.hazardous, w.amount_t) for w in found.wastes] == [("17 05 02*", "VN-CTNH", True, 0.6)]


GROUP = [
    ("p", "Программа мониторинга подземных вод нефтебазы"),
    (
        "t",
        "Таблица 3 – Наблюдательные скважины",
        [
            ["№", "Пункт наблюдения", "Контролируемые показатели", "Периодичность"],
            ["1", "НС-7", "нефтепродукты, водородный показатель (pH), БТЭК*", "ежеквартально"],
            ["2", "НС-8", "нефтепродукты", "ежеквартально"],
        ],
        [],
    ),
    ("p", "* БТЭК – бензол, толуол, этилбензол и ксилолы, определяемые из одной пробы."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_group_opened_in_the_note_under_the_plan_gives_its_members_beside_the_waters_parameters(tmp_path, fmt):
    found = extracted(GROUP, tmp_path, "group", fmt)
    got = {
        (o.point, tuple(sorted(s.code or s.symbol for s in o.substances)))
        for o in found.obligations
        if o.kind == "monitoring"
    }
    assert got == {("НС-7", ("0602", "0616", "0621", "0627", "TPH", "pH")), ("НС-8", ("TPH",))}


def test_a_kazakh_plural_names_the_substance():
    assert is_substance("ксилолдар") and is_substance("толуолдар")


SAME_TIMES = [
    ("p", "Программа производственного экологического контроля АЗС № 4"),
    (
        "t",
        "Таблица 5 – План-график контроля",
        [
            ["Объект контроля", "Точка", "Показатели", "Периодичность отбора"],
            ["Ливневые стоки", "ЛС-1", "взвешенные вещества, нефтепродукты", "не реже 1 раза в квартал"],
            [None, "ЛС-0", "нефтепродукты", "в те же сроки, что и ЛС-1"],
            ["Атмосферный воздух", "Т-1", "бензол (0602), сероводород (0333)", "1 раз в полугодие"],
            ["Осадок нефтеловушки", "ОС-1", "нефтепродукты", "при каждой очистке нефтеловушки"],
        ],
        [(1, 0, 2, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_point_sampled_when_another_is_takes_its_frequency_and_a_sludge_after_the_air_its_own_list(tmp_path, fmt):
    found = extracted(SAME_TIMES, tmp_path, "same-times", fmt)
    got = {
        (o.point, o.frequency, tuple(sorted(s.code or s.symbol or "" for s in o.substances)))
        for o in found.obligations
        if o.kind == "monitoring"
    }
    assert got == {
        ("ЛС-1", "quarterly", ("TPH", "TSS")),
        ("ЛС-0", "quarterly", ("TPH",)),
        ("Т-1", "semiannual", ("0333", "0602")),
        ("ОС-1", None, ("TPH",)),
    }
