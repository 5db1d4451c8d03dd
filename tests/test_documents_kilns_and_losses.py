"""Kilns, campaigns and losses, in DOCX, PDF and text the tests write: a source's table of months with a column
per pollutant gives the rows that total them (the season's mass and the largest g/s), not the months, in tonnes
whether the sum is in t or kg; a pollutant group's sum over its `в том числе` parts gives the parts, its rates
`т/сезон` a mass over the period; coordinates written with words (`гр. … мин. … сек.`, `độ … phút … giây`) and a
KATO after a semicolon in the address are read; a column of mass per metre is no amount, of two mass columns the
one that is a percentage column's share of the other is, and material returned into its process is no waste."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

from extractor.nlp.coordinates import find_coordinates

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


MONTHS = [
    ("p", "Отчет о выбросах известкового цеха ТОО «Шахан Әк» за 2026 год"),
    (
        "t",
        "Таблица 2 – Шахтная известковая печь № 2 (ИЗА 0012). Выбросы по месяцам, т",
        [
            ["Месяц", "Работа, ч", "Углерод оксид", "Азота диоксид", "Пыль известняка"],
            ["", "", "код 0337", "код 0301", "код 2908"],
            ["май", "700", "3,1", "0,52", "0,71"],
            ["июнь", "690", "2,9", "0,48", "0,69"],
            ["июль", "0", "ремонт футеровки", None, None],
            ["август", "710", "3,3", "0,55", "0,75"],
            ["Всего за год, т", "", "9,3", "1,55", "2,15"],
            ["Максимальный разовый выброс, г/с", "", "1,28", "0,212", "0,301"],
        ],
        [(4, 2, 4, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sources_table_of_months_gives_the_rows_that_total_them(tmp_path, fmt):
    found = extracted(MONTHS, tmp_path, "months", fmt)
    assert [t.role for t in found.tables] == ["emissions"]
    got = {(e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("0012", "0337", 1.28, 9.3), ("0012", "0301", 0.212, 1.55), ("0012", "2908", 0.301, 2.15)}
    assert {s.number for s in found.sources} == {"0012"}


MONTHS_KG = [
    ("p", "Báo cáo tải lượng khí thải năm 2026 – Nhà máy gạch Đồng Tâm Long An"),
    (
        "t",
        "Bảng 3. Lò nung tuynel số 2 – tải lượng theo quý",
        [
            ["Quý", "Số giờ vận hành", "SO2", "CO", "Bụi tổng"],
            ["", "", "kg", "kg", "kg"],
            ["Quý I", "2.100", "4.210", "3.050", "1.120"],
            ["Quý II", "2.150", "4.380", "3.110", "1.090"],
            ["Quý III", "1.980", "3.990", "2.870", "1.010"],
            ["Tổng cộng năm (kg)", "", "12.580", "9.030", "3.220"],
            ["Tải lượng lớn nhất (g/s)", "", "0,62", "0,44", "0,16"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_total_in_kilograms_is_given_in_tonnes(tmp_path, fmt):
    found = extracted(MONTHS_KG, tmp_path, "months-kg", fmt)
    got = {(e.substance.code, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("0330", 0.62, 12.58), ("0337", 0.44, 9.03), ("2902", 0.16, 3.22)}


PARTS = [
    ("p", "Нормативы выбросов битумной установки ТОО «Ертіс Жол» на сезон 2027 года"),
    (
        "t",
        "Таблица 3.2 – Нормативы выбросов",
        [
            ["Код ЗВ", "Наименование вещества", "Класс опасности", "Норматив", None],
            ["", "", "", "г/с", "т/сезон"],
            ["Источник № 0004 – Труба битумного котла", None, None, None, None],
            ["–", "Азота оксиды (NOx), всего", "–", "0,05", "0,41"],
            ["0301", "в том числе: Азота диоксид", "3", "0,04", "0,328"],
            ["0304", "Азот (II) оксид", "3", "0,0065", "0,0533"],
            ["0337", "Углерод оксид", "4", "0,081", "0,64"],
        ],
        [(0, 3, 0, 4), (2, 0, 2, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_groups_sum_over_its_parts_gives_the_parts_in_tonnes_a_season(tmp_path, fmt):
    found = extracted(PARTS, tmp_path, "parts", fmt)
    got = {(e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("0004", "0301", 0.04, 0.328), ("0004", "0304", 0.0065, 0.0533), ("0004", "0337", 0.081, 0.64)}


CARD = [
    ("p", "ЖУРНАЛ учета работы пылеулавливающих установок (форма ПОД-3)"),
    (
        "t",
        "",
        [
            ["Предприятие", "ТОО «Қордай Тас»"],
            ["БИН предприятия", "150840012344"],
            ["Производственный объект", "Щебеночный завод «Қордай Тас»"],
            ["Место нахождения объекта; код КАТО", "Жамбылская область, Кордайский район, с. Масанчи, 3; 314851100"],
            ["Координаты промплощадки", "43 гр. 05 мин. 12 сек. с.ш., 74 гр. 58 мин. 30 сек. в.д."],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_coordinates_in_words_and_a_kato_after_a_semicolon_are_read(tmp_path, fmt):
    found = extracted(CARD, tmp_path, "card", fmt)
    (facility,) = found.facilities
    assert facility.kato == "314851100"
    assert facility.address == "Жамбылская область, Кордайский район, с. Масанчи, 3"
    assert (facility.lat, facility.lon) == (43.086667, 74.975)


def test_degrees_minutes_and_seconds_as_words_in_each_language():
    said = {
        "50 град. 04 мин. 05 сек. с.е., 73 град. 43 мин. 19 сек. ш.б.": (50.068056, 73.721944),
        "20 độ 34 phút 11 giây vĩ độ Bắc; 105 độ 52 phút 06 giây kinh độ Đông": (20.569722, 105.868333),
    }
    for text, pair in said.items():
        assert [c.pair for c in find_coordinates(text)] == [pair]
    assert find_coordinates("нагрев до 300 гр. в течение 5 мин.") == []


LOSSES = [
    ("p", "Программа управления отходами ТОО «Семей Керамика» на 2027 год"),
    (
        "t",
        "Таблица 4 – Потери и отходы по переделам",
        [
            ["№", "Передел", "Вид потерь", "Потери, %", "Масса материала, т/год", "Масса потерь, т/год", "Направление", "Код"],
            ["1", "Помол", "Просыпи шликера", "1,0", "50 000", "500", "возврат в мельницы", "–"],
            ["2", "Обжиг", "Брак обожженной плитки", "2,0", "48 000", "960", "дробление, продажа", "10 12 08"],
            ["3", "Сортировка", "Бой плитки", "0,5", "47 000", "235", "дробление, продажа", "10 12 08"],
        ],
        [],
    ),
    (
        "t",
        "Таблица 5 – Отходы ремонта футеровки",
        [
            ["№", "Наименование отхода", "Код отхода", "Длина участка, м", "Масса футеровки 1 м, т", "Количество, т"],
            ["1", "Лом шамотного кирпича", "16 11 06", "12", "6,5", "78"],
            ["2", "Лом магнезитохромитового кирпича", "16 11 05*", "10", "8,8", "88"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_losses_are_the_share_of_what_passed_mass_per_metre_is_no_amount_and_returns_are_no_waste(tmp_path, fmt):
    found = extracted(LOSSES, tmp_path, "losses", fmt)
    got = {(w.code, w.name, w.amount_t) for w in found.wastes}
    assert got == {
        ("10 12 08", "Брак обожженной плитки", 960.0),
        ("10 12 08", "Бой плитки", 235.0),
        ("16 11 06", "Лом шамотного кирпича", 78.0),
        ("16 11 05*", "Лом магнезитохромитового кирпича", 88.0),
    }


QUARTERS = [
    ("p", "Программа ПЭК ТОО «Ақсу Гипс». Раздел 6. Мониторинг воздействия"),
    (
        "t",
        "Таблица 6.1 – План-график мониторинга воздействия",
        [
            ["Компонент", "Точка", "Определяемые показатели", "Кварталы отбора проб"],
            ["Атмосферный воздух", "Т-1", "Азота диоксид (0301), Сера диоксид (0330)", "I–IV кв."],
            ["", "Т-2", "Азота диоксид (0301), Сера диоксид (0330)", "II, III кв."],
            ["Почвы", "П-1", "Свинец, Цинк", "III кв."],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_quarters_a_plan_lists_say_how_often(tmp_path, fmt):
    found = extracted(QUARTERS, tmp_path, "quarters", fmt)
    assert {(o.point, o.frequency) for o in found.obligations if o.kind == "monitoring"} == {
        ("Т-1", "quarterly"), ("Т-2", "semiannual"), ("П-1", "yearly")
    }


TICKED = [
    ("p", "Chương trình quan trắc khí thải – Công ty TNHH Kính Nổi Bình Dương"),
    (
        "t",
        "Bảng 2. Vị trí, thông số và tần suất quan trắc",
        [
            ["Ký hiệu", "Vị trí quan trắc", "Bụi tổng (03 tháng/lần)", "SO2 (03 tháng/lần)", "CO (06 tháng/lần)"],
            ["K1", "Ống khói lò nấu số 1", "x", "x", "x"],
            ["K2", "Ống thải lò ủ", "", "x", "x"],
            ["K3", "Ống thải lọc bụi phối liệu", "x", "", ""],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_ticks_under_headers_that_give_the_frequency_are_duties_at_that_frequency(tmp_path, fmt):
    found = extracted(TICKED, tmp_path, "ticked", fmt)
    duties = {
        (o.point, o.frequency, s.code or s.symbol) for o in found.obligations if o.kind == "monitoring" for s in o.substances
    }
    assert duties == {
        ("K1", "quarterly", "2902"), ("K1", "quarterly", "0330"), ("K1", "semiannual", "0337"),
        ("K2", "quarterly", "0330"), ("K2", "semiannual", "0337"), ("K3", "quarterly", "2902"),
    }


ROUTE = [
    ("p", "Phiếu kiểm tra theo tuyến – Lò nung tuynel số 1"),
    (
        "t",
        "Bảng 1. Các điểm kiểm tra",
        [
            ["Điểm", "Hạng mục", "Nội dung kiểm tra", "Tần suất", "Người kiểm tra"],
            ["T1", "Buồng đốt", "ngọn lửa", "hằng ngày", "Công nhân vận hành lò"],
            ["T2", "Quạt hút khói", "độ rung", "hằng tuần", "Công nhân vận hành lò"],
            ["T3", "Tháp hấp thụ", "mức dung dịch", "hằng ngày", "Tổ trưởng ca"],
            ["T4", "Kho chất thải nguy hại", "nhãn, sổ theo dõi", "hằng tháng", "Cán bộ môi trường"],
            ["T5", "Mương thoát nước mưa", "nạo vét", "01 lần trước mùa mưa", "Tổ bảo trì"],
            ["T6", "Bãi chứa than", "che phủ bạt", "hằng tuần", "Quản đốc"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_points_named_like_months_are_points_and_once_before_an_event_is_once(tmp_path, fmt):
    found = extracted(ROUTE, tmp_path, "route", fmt)
    checks = [o for o in found.obligations if o.kind == "inspection"]
    assert len(checks) == 6
    assert {o.actor for o in checks} >= {"Công nhân vận hành lò", "Tổ bảo trì"}
    assert [o.frequency for o in checks] == ["daily", "weekly", "daily", "monthly", "once", "weekly"]


REGIMES = [
    ("p", "Протокол измерений выбросов № 12-ЭК. ТОО «Жамбыл Цемент»"),
    (
        "t",
        "Таблица 1 – Результаты измерений",
        [
            ["№ ИЗА", "Загрязняющее вещество", "Норматив, мг/Нм3", "Фактическая концентрация, мг/Нм3", None],
            ["", "", "", "совмещенный режим", "прямой режим"],
            ["0001", "Азота диоксид", "600", "348", "420"],
            ["", "Сера диоксид", "350", "46,8", "110"],
            ["0003", "Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "20", "9,79", None],
        ],
        [(0, 3, 0, 4), (4, 3, 4, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_regime_measured_against_one_norm_is_a_limit_of_its_own(tmp_path, fmt):
    found = extracted(REGIMES, tmp_path, "regimes", fmt)
    got = sorted((x.point, x.substance.code, x.value, x.limit) for x in found.limits)
    assert got == [
        ("0001", "0301", 348.0, 600.0), ("0001", "0301", 420.0, 600.0),
        ("0001", "0330", 46.8, 350.0), ("0001", "0330", 110.0, 350.0),
        ("0003", "2908", 9.79, 20.0),
    ]


SHIFTS = [
    ("p", "Sổ theo dõi kết quả quan trắc khí thải tự động theo ca – Nhà máy xi măng Hòa Phát Hà Nam"),
    (
        "t",
        "Bảng theo dõi giá trị trung bình ca, mg/Nm3",
        [
            ["Ngày", "Ca", "K1 – Ống khói lò nung số 1", None, "K2 – Ống khói lò nung số 2", None],
            ["", "", "Bụi tổng (Cmax = 120)", "SO2 (Cmax = 600)", "Bụi tổng (Cmax = 120)", "SO2 (Cmax = 600)"],
            ["09/11/2026", "Ca 1", "61,3", "142", "24,8", "116"],
            ["", "Ca 2", "45", "149", "46,6", "196"],
        ],
        [(0, 2, 0, 3), (0, 4, 0, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_results_under_a_stacks_group_header_are_at_that_stack(tmp_path, fmt):
    found = extracted(SHIFTS, tmp_path, "shifts", fmt)
    got = sorted((x.point, x.substance.code, x.value, x.limit) for x in found.limits)
    assert got == [
        ("K1", "0330", 142.0, 600.0), ("K1", "0330", 149.0, 600.0), ("K1", "2902", 45.0, 120.0), ("K1", "2902", 61.3, 120.0),
        ("K2", "0330", 116.0, 600.0), ("K2", "0330", 196.0, 600.0), ("K2", "2902", 24.8, 120.0), ("K2", "2902", 46.6, 120.0),
    ]


def test_a_list_of_quarters_is_a_frequency_only_where_a_plan_asks_when_it_samples():
    from extractor.nlp.frequency import named_quarters, parse_frequency

    assert parse_frequency("Quý I–II") is None  # in a schedule of works: when it is built, not how often
    assert [named_quarters(t).word for t in ("I–IV кв.", "II, IV кв.", "Quý II và Quý IV", "III тоқс.")] == [
        "quarterly", "semiannual", "semiannual", "yearly"
    ]
    assert named_quarters("IV кв. 2026") is None and named_quarters("I, II, III кв.") is None
