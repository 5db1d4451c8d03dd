"""Balances, zones and results in two units, in DOCX, PDF and text the tests write: a worked calculation in a
cell (`2 800 шт. × 18 кг × 10⁻³ = 50,4`) gives the result after its last `=`; a material balance classing each
stream gives as wastes only the streams classed as wastes; a note under a table does not make the next table a
table of its subject; of those taking part and the one leading, a plan's actor is the one leading; items coded
`PL-MT-01` are numbered so; specific emissions in kg per tonne beside the concentrations are not the norms read,
nor their results; a result written in two units (`54 (111)` under `ppm (мг/Нм3)`) is compared in the norm's;
a column of ids before the places names each point; `Отборов в год` counts the samples a year; column groups
repeated for each zone under their own parents give each zone its points and frequency; a list of chemicals
kept at places, with no word of when, is no plan of measurements; of rate pairs by operating regime, the
calculated (norm) pair is the emission."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


WORKED = [
    ("p", "Программа управления отходами ТОО «Актобе Лак»"),
    (
        "t",
        "Таблица 3 – Количество образующихся отходов",
        [
            ["№", "Код", "Наименование отхода", "Количество, т/год (расчет)"],
            ["1", "15 01 10*", "Тара из-под растворителей", "1 600 шт. × 20 кг × 10⁻³ = 32"],
            ["2", "20 03 01", "Твердые бытовые отходы", "84 чел. × 0,075 т = 6,3"],
            ["3", "15 02 02*", "Ветошь промасленная", "0,45"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_worked_calculation_gives_the_result_after_its_last_equals(tmp_path, fmt):
    found = extracted(WORKED, tmp_path, "worked", fmt)
    assert sorted((w.code, w.amount_t) for w in found.wastes) == [("15 01 10*", 32.0), ("15 02 02*", 0.45), ("20 03 01", 6.3)]


BALANCE = [
    ("p", "Báo cáo đề xuất cấp giấy phép môi trường – Nhà máy hóa chất Lâm Thao Mới"),
    (
        "t",
        "Bảng 1.5. Cân bằng vật chất",
        [
            ["TT", "Dòng vật chất", "Phân loại", "Mã CTNH", "Khối lượng", "Đơn vị"],
            ["1", "Quặng apatit", "Nguyên liệu", "–", "120.000", "tấn/năm"],
            ["2", "Supe lân", "Sản phẩm", "–", "200.000", "tấn/năm"],
            ["3", "Khí flo thu hồi", "Sản phẩm phụ", "–", "900", "tấn/năm"],
            ["4", "Bã thải quặng", "Chất thải rắn công nghiệp thông thường", "–", "3.400", "tấn/năm"],
            ["5", "Giẻ lau dính dầu", "CTNH", "18 02 01", "620", "kg/năm"],
        ],
        [],
    ),
    ("p", "Ghi chú: khí flo thu hồi là sản phẩm phụ, không phải chất thải."),
    (
        "t",
        "Bảng 1.6. Danh mục máy móc, thiết bị chính",
        [
            ["TT", "Tên thiết bị", "Số lượng", "Công suất"],
            ["1", "Máy nghiền bi", "2", "45 tấn/giờ"],
            ["2", "Lò hơi", "1", "10 tấn hơi/giờ"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_material_balance_gives_only_the_streams_classed_as_wastes(tmp_path, fmt):
    found = extracted(BALANCE, tmp_path, "balance", fmt)
    assert [t.role for t in found.tables] == ["wastes", "other"]
    assert sorted((w.name, w.amount_t) for w in found.wastes) == [("Bã thải quặng", 3400.0), ("Giẻ lau dính dầu", 0.62)]


DRILLS = [
    ("p", "План-график учебно-тренировочных занятий по плану ликвидации аварий на 2027 год"),
    (
        "t",
        "Таблица 1",
        [
            ["№", "Тема занятия", "Участники", "Срок проведения", "Руководитель"],
            ["1", "Разгерметизация аммиакопровода в компрессорной", "смена А, газоспасательный отряд", "февраль", "начальник цеха аммиака"],
            ["2", "Пролив серной кислоты на складе", "персонал склада, медпункт", "май", "главный инженер"],
        ],
        [],
    ),
]

PUNCH_LIST = [
    ("p", "DANH MỤC TỒN TẠI CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG TRƯỚC VẬN HÀNH THỬ NGHIỆM"),
    (
        "t",
        "Bảng 1. Danh mục tồn tại",
        [
            ["Mã tồn tại", "Loại", "Nội dung cần khắc phục", "Đơn vị thực hiện", "Thời hạn"],
            ["PL-MT-02", "A", "Hoàn thiện kết nối truyền dữ liệu quan trắc tự động", "Nhà thầu EPC", "Trước vận hành thử nghiệm"],
            ["PL-MT-07", "B", "Lắp đặt sàn thao tác tại ống khói K3", "Ban Quản lý dự án", "30 ngày sau vận hành thử nghiệm"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plans_actor_is_the_one_leading_and_coded_items_keep_their_codes(tmp_path, fmt):
    found = extracted(DRILLS, tmp_path, "drills", fmt)
    assert sorted((o.number, o.actor) for o in found.obligations if o.kind == "task") == [
        ("1", "начальник цеха аммиака"),
        ("2", "главный инженер"),
    ]
    punch = extracted(PUNCH_LIST, tmp_path, "punch", fmt)
    assert sorted((o.number, o.actor) for o in punch.obligations if o.kind == "task") == [
        ("PL-MT-02", "Nhà thầu EPC"),
        ("PL-MT-07", "Ban Quản lý dự án"),
    ]


SPECIFIC = [
    ("p", "Комплексное экологическое разрешение. Приложение 3. Технологические нормативы и их соблюдение"),
    (
        "t",
        "Таблица П3.1",
        [
            ["№ ИЗА", "Источник", "Загрязняющее вещество", "Технологический норматив", None, "Фактически за 2026 г.", None],
            [None, None, None, "мг/Нм3", "кг/т", "мг/Нм3", "кг/т"],
            ["0002", "Абсорбер аммофоса", "Аммиак", "30", "0,25", "21,4", "0,19"],
            [None, None, "Взвешенные частицы", "30", "0,2", "26,1", "0,07"],
        ],
        [(0, 3, 0, 4), (0, 5, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (2, 0, 3, 0), (2, 1, 3, 1)],
    ),
]

TWO_UNITS = [
    ("p", "Протокол инструментальных измерений выбросов"),
    (
        "t",
        "Таблица 1 – Результаты измерений",
        [
            ["№ ИЗА", "Источник", "Определяемый компонент", "Результат, ppm (мг/Нм3)", "Норматив КЭР, мг/Нм3"],
            ["0001", "Печь подогрева H-201", "Азота диоксид", "48 (98,6)", "200"],
            [None, None, "Углерод оксид", "35 (43,7)", "100"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_results_are_compared_in_the_norms_unit(tmp_path, fmt):
    found = extracted(SPECIFIC, tmp_path, "specific", fmt)
    got = {(x.substance.code, x.point, x.value, x.limit, x.unit) for x in found.limits if x.unit == "mg/Nm3"}
    assert got == {("0303", "0002", 21.4, 30.0, "mg/Nm3"), ("2902", "0002", 26.1, 30.0, "mg/Nm3")}
    two = extracted(TWO_UNITS, tmp_path, "two-units", fmt)
    assert {(x.substance.code, x.value, x.limit) for x in two.limits} == {("0301", 98.6, 200.0), ("0337", 43.7, 100.0)}


IDS_BESIDE = [
    ("p", "Báo cáo kết quả quan trắc định kỳ quý II/2027"),
    (
        "t",
        "Bảng 4. Kết quả quan trắc khí thải",
        [
            ["Ký hiệu", "Vị trí quan trắc", "Thông số", "Kết quả (mg/Nm³)", "QCVN 19:2009/BTNMT cột B (mg/Nm³)"],
            ["K1", "Ống khói lò hơi đốt than", "SO2", "210", "500"],
            [None, None, "Bụi tổng", "88", "200"],
            ["K2", "Ống thải tháp hấp thụ", "NH3", "12,5", "50"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_of_ids_before_the_places_names_each_point(tmp_path, fmt):
    found = extracted(IDS_BESIDE, tmp_path, "ids-beside", fmt)
    got = {((x.point or "").split()[0], x.substance.code, x.value) for x in found.limits}
    assert got == {("K1", "0330", 210.0), ("K1", "2902", 88.0), ("K2", "0303", 12.5)}


PHASES = [
    ("p", "Программа ПЭК. Мониторинг воздействия на водные объекты"),
    (
        "t",
        "Таблица 5.1 – График отбора проб",
        [
            ["Пункт наблюдения", "Контролируемые показатели", "Фазы водного режима", None, None, "Отборов в год"],
            [None, None, "Зимняя межень", "Половодье", "Летняя межень", None],
            ["Ств-1 – выше выпуска", "pH, фториды, фосфаты", "+", None, "+", "2"],
            ["Скв-2 – наблюдательная скважина", "сульфаты, фториды", None, "+", None, "1"],
        ],
        [(0, 2, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 5, 1, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_samples_a_year_give_the_frequency(tmp_path, fmt):
    found = extracted(PHASES, tmp_path, "phases", fmt)
    duties = {(o.point.split()[0], o.frequency) for o in found.obligations if o.kind == "monitoring"}
    assert duties == {("Ств-1", "semiannual"), ("Скв-2", "yearly")}


ZONES = [
    ("p", "Программа ПЭК. Мониторинг воздействия на атмосферный воздух"),
    (
        "t",
        "Таблица 6.2 – План-график наблюдений",
        [
            ["Код", "Загрязняющее вещество", "Граница СЗЗ", None, "Жилая зона", None],
            [None, None, "точки", "периодичность", "точки", "периодичность"],
            ["0349", "Хлор", "Т-1, Т-2", "1 раз в месяц", "Ж-1", "1 раз в квартал"],
            ["0827", "Винилхлорид", "Т-2", "ежеквартально", "–", "–"],
        ],
        [(0, 2, 0, 3), (0, 4, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_column_groups_for_each_zone_give_each_zone_its_points_and_frequency(tmp_path, fmt):
    found = extracted(ZONES, tmp_path, "zones", fmt)
    pairs = {(o.point, o.frequency, s.code) for o in found.obligations if o.kind == "monitoring" for s in o.substances}
    points = {(p.strip(), f, code) for at, f, code in pairs for p in (at or "").split(",")}
    assert points == {
        ("Т-1", "monthly", "0349"),
        ("Т-2", "monthly", "0349"),
        ("Ж-1", "quarterly", "0349"),
        ("Т-2", "quarterly", "0827"),
    }


KEPT = [
    ("p", "Kế hoạch ứng phó sự cố hóa chất – Nhà máy đạm Phú Mỹ Xanh"),
    (
        "t",
        "Bảng 2. Hóa chất nguy hiểm tồn trữ lớn nhất tại cơ sở",
        [
            ["Tên hóa chất", "Số CAS", "Khối lượng tồn trữ lớn nhất (tấn)", "Vị trí"],
            ["Amoniac lỏng", "7664-41-7", "9.000", "Bồn cầu T-101"],
            ["Axit sunfuric 98%", "7664-93-9", "40", "Bồn chứa xưởng nước"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_chemicals_kept_at_places_are_no_plan_of_measurements(tmp_path, fmt):
    found = extracted(KEPT, tmp_path, "kept", fmt)
    assert [t.role for t in found.tables] == ["other"]
    assert not found.obligations


REGIMES = [
    ("p", "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN XƯỞNG AXIT SUNFURIC"),
    (
        "t",
        "Bảng 3.12. Tải lượng khí thải theo chế độ vận hành",
        [
            ["Nguồn thải", "Thông số", "Chế độ vận hành ổn định", None, "Chế độ khởi động", None, "Tải lượng tính toán", None],
            [None, None, "g/s", "tấn/năm", "g/s", "tấn/năm", "g/s", "tấn/năm"],
            ["Ống khói xưởng axit", "SO2", "22,1", "630,2", "98,7", "51,2", "98,7", "681,4"],
            [None, "NOx (tính theo NO2)", "1,2", "34,2", "2,4", "1,2", "2,4", "35,4"],
        ],
        [(0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 0, 7), (0, 0, 1, 0), (0, 1, 1, 1), (2, 0, 3, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_of_rate_pairs_by_regime_the_calculated_pair_is_the_emission(tmp_path, fmt):
    found = extracted(REGIMES, tmp_path, "regimes", fmt)
    assert sorted((e.substance.code, e.g_s, e.t_y) for e in found.emissions) == [("0301", 2.4, 35.4), ("0330", 98.7, 681.4)]


SAID_BEFORE = [
    ("p", "Отчет по ПЭК за II квартал 2027 года. Мониторинг атмосферного воздуха"),
    ("p", "На границе СЗЗ контролировался сероводород (код 0333); ПДК м.р. – 0,008 мг/м3. Точки: Т-1 – север; Т-2 – юг."),
    (
        "t",
        "Таблица 3.1 – Результаты замеров",
        [
            ["Дата отбора", "Скорость ветра, м/с", "Концентрация, мг/м3", None],
            [None, None, "Т-1", "Т-2"],
            ["05.04.2027", "2,1", "0,004", "0,0031"],
            ["17.05.2027", "3,4", "0,0052", "0,006"],
        ],
        [(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_results_at_point_columns_are_measured_against_the_norm_said_before(tmp_path, fmt):
    found = extracted(SAID_BEFORE, tmp_path, "said-before", fmt)
    assert [t.role for t in found.tables] == ["limits"]
    got = {(x.substance.code, x.point, x.value, x.limit, x.unit) for x in found.limits}
    assert got == {
        ("0333", "Т-1", 0.004, 0.008, "mg/m3"),
        ("0333", "Т-2", 0.0031, 0.008, "mg/m3"),
        ("0333", "Т-1", 0.0052, 0.008, "mg/m3"),
        ("0333", "Т-2", 0.006, 0.008, "mg/m3"),
    }


CALENDAR = [
    ("p", "Календарный план выполнения экологических требований на 2027 год"),
    (
        "t",
        "Таблица 1 – Календарь экологических обязанностей",
        [
            ["№", "Обязанность (мероприятие)", "Объект, подразделение", "Периодичность", "Срок", "Ответственный"],
            ["1", "Внутренняя проверка соблюдения экологических требований", "Литейный цех", "ежемесячно", "последняя неделя месяца", "главный эколог"],
            ["2", "Внутренняя проверка соблюдения экологических требований", "Склад шихты", "ежеквартально", "в течение периода", "инженер-эколог"],
            ["3", "Представление отчета по программе производственного экологического контроля", "–", "ежеквартально", "до 10-го числа месяца, следующего за кварталом", "главный эколог"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_calendar_mostly_of_checks_is_a_plan_of_inspections_and_its_reports_are_reporting(tmp_path, fmt):
    found = extracted(CALENDAR, tmp_path, "calendar", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    assert sorted((o.kind, o.frequency) for o in found.obligations) == [
        ("inspection", "monthly"),
        ("inspection", "quarterly"),
        ("reporting", "quarterly"),
    ]
