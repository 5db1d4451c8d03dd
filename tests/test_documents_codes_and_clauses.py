"""Numbered clauses, quarters under years, coded lists, property tables and norms in headers, in files the tests write.

A list of checks numbered `1.`–`6.` is no calendar of months, and a clause that names who checks and what is
checked holds a check even when its occasion (`перед каждой отгрузкой`) is no frequency. Quarters under a year
(`Năm 2026: Q1 | Q2`) are a schedule of works, not control points. A price list's `цены без НДС` speaks of
VAT, not of discharge norms. Items that open with their code (`0857 Дифтордихлорметан (Фреон-12)`) name that
pollutant; a table of refrigerants' properties (`GWP | 4750`) names no sources; a row of hazard classes under
a calculation's pollutant columns gives their classes; a norm written after a header's unit (`мг/Нм³ норматив
КЭР – 400`) is the column's, with the standard's column the lead-in names (`QCVN 19:2009/BTNMT cột B`); and a
substance merged down over the rows of its places is measured at each (`0001, 0002 – силосы`, `Т-1, Т-2`).
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties, render

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

CLAUSES = [
    ("h", "ТОО «Жайық Полимер». Распоряжение № 14 «О внутреннем экологическом контроле на участке экструзии»"),
    ("p", "Для исполнения требований экологического разрешения утвердить порядок внутренних проверок (приложение 1)."),
    (
        "t",
        "Приложение 1",
        [
            ["№", "Порядок внутренних проверок"],
            ["1.", "Мастер участка экструзии ежедневно перед пуском линии проверяет работу местных отсосов и фильтров."],
            ["2.", "Энергетик еженедельно проверяет исправность газоочистного оборудования котельной и журнал его работы."],
            ["3.", "Эколог ежемесячно проверяет площадку временного хранения отходов и ведение журнала учета отходов."],
            ["4.", "Кладовщик склада гранулята перед каждой приемкой цистерны проверяет герметичность сливного рукава."],
            ["5.", "Главный инженер ежеквартально проверяет выполнение программы производственного экологического контроля."],
            ["6.", "Комиссия предприятия два раза в год проверяет состояние ливневой канализации и нефтеловушки."],
        ],
        [],
    ),
]


def _inspections(found):
    return sorted((o.frequency or "", (o.actor or "")[:20]) for o in found.obligations if o.kind == "inspection")


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_clauses_are_checks_not_months_and_an_occasion_keeps_its_post(tmp_path, fmt):
    found = extracted(CLAUSES, tmp_path, "clauses", fmt)
    got = _inspections(found)
    assert [f for f, _ in got] == ["", "daily", "monthly", "quarterly", "semiannual", "weekly"], got
    assert ("", "Кладовщик склада") in got, got  # the post and its unit, before the occasion


GANTT = [
    ("h", "KẾ HOẠCH THỰC HIỆN CẢI TẠO NHÀ MÁY CHẾ BIẾN GỖ AN PHÚ GIAI ĐOẠN 2026 – 2027"),
    ("p", "Ký hiệu ■ là quý thực hiện hạng mục."),
    (
        "t",
        "Bảng 3. Tiến độ thực hiện",
        [
            ["TT", "Hạng mục công việc", "Đơn vị thực hiện", "Năm 2026", None, None, None, "Năm 2027", None, None, None],
            [None, None, None, "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4"],
            ["I. XÂY DỰNG", None, None, None, None, None, None, None, None, None, None],
            ["1.1", "Lắp đặt hệ thống lọc bụi tay áo cho xưởng chà nhám", "Phòng Kỹ thuật", "■", "■", "", "", "", "", "", ""],
            ["1.2", "Xây dựng kho chứa chất thải nguy hại", "Ban Quản lý dự án", "", "", "■", "", "", "", "", ""],
            ["II. BẢO VỆ MÔI TRƯỜNG", None, None, None, None, None, None, None, None, None, None],
            ["2.1", "Quan trắc khí thải sau cải tạo", "Phòng An toàn – Môi trường", "", "", "", "", "■", "", "", ""],
        ],
        [(0, 3, 0, 6), (0, 7, 0, 10), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (2, 0, 2, 10), (5, 0, 5, 10)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_quarters_under_years_are_a_schedule_of_works_not_points(tmp_path, fmt):
    from extractor.reading import parse_file
    from extractor.tables.spread import spread_of

    table = parse_file(render(GANTT, tmp_path, "gantt_parsed", fmt)).tables()[0]
    assert spread_of(table) is None, spread_of(table)  # `Q1 | Q2` under `Năm 2026`: no column per control point
    found = extracted(GANTT, tmp_path, "gantt", fmt)
    assert [t.role for t in found.tables] == ["tasks"], [(t.role, t.role_confidence) for t in found.tables]
    tasks = sorted((o.number, o.actor) for o in found.obligations if o.kind == "task")
    assert tasks == [("1.1", "Phòng Kỹ thuật"), ("1.2", "Ban Quản lý dự án"), ("2.1", "Phòng An toàn – Môi trường")], tasks


ESTIMATE = [
    ("h", "Смета затрат на лабораторный контроль на 2026 год. ТОО «Ертіс Холод Сервис»"),
    ("p", "Цены приняты по прейскуранту испытательной лаборатории; цены без НДС."),
    (
        "t",
        "Таблица 2 – Расчет стоимости анализов",
        [
            ["№", "Место отбора", "Определяемые показатели", "Количество отборов в год", "Цена анализа, тенге", "Сумма, тенге"],
            ["1", "ИЗА 0001 – труба участка откачки хладагентов", "0857 Дифтордихлорметан (Фреон-12); 0901 Трихлорфторметан (Фреон-11)", "4", "11 000", "88 000"],
            ["2", "ИЗА 0002 – вентиляция участка дробления", "0409 Циклопентан; 2902 Взвешенные частицы", "2", "9 000", "36 000"],
            ["3", "Т-1 – граница СЗЗ, север", "0857 Дифтордихлорметан (Фреон-12)", "2", "14 000", "28 000"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_coded_items_of_a_price_list_are_a_plan_and_vat_is_no_discharge_norm(tmp_path, fmt):
    found = extracted(ESTIMATE, tmp_path, "estimate", fmt)
    assert [t.role for t in found.tables] == ["monitoring"], [(t.role, t.role_confidence) for t in found.tables]
    duties = monitoring_duties(found)
    assert (("0001",), None, "quarterly", ("CCl2F2", "CCl3F")) in duties, duties
    assert (("0002",), None, "semiannual", ("C5H10", "TSP")) in duties, duties
    assert any(point == "Т-1" and subs == ("CCl2F2",) for _, point, _, subs in duties), duties


REFRIGERANTS = [
    ("h", "Проект нормативов допустимых выбросов. Участок утилизации холодильного оборудования"),
    (
        "t",
        "Таблица 3.1 – Свойства хладагентов",
        [
            ["Хладагент", "Формула", "ODP", "GWP"],
            ["R-11", "CCl3F", "1", "4750"],
            ["R-12", "CCl2F2", "1", "10900"],
            ["R-22", "CHClF2", "0,055", "1810"],
            ["R-134a", "CH2FCF3", "0", "1430"],
        ],
        [],
    ),
    (
        "t",
        "Таблица 3.2 – Расчет выбросов при откачке хладагентов (ИЗА 0001 – труба, Н = 10 м)",
        [
            ["№", "Показатель", "Ед. изм.", "0857 – Дифтордихлорметан (Фреон-12)", "0859 – Дифторхлорметан (Фреон-22)", "0938 – 1,1,1,2-Тетрафторэтан (Фреон-134А)"],
            ["1", "Количество агрегатов", "шт./год", "9 000", "4 000", "20 000"],
            ["2", "Средняя заправка", "г", "150", "900", "130"],
            ["3", "Остаток хладагента", "–", "0,8", "0,6", "0,8"],
            ["4", "Валовый выброс", "т/год", "0,054", "0,108", "0,104"],
            ["5", "Максимальный разовый выброс", "г/с", "0,0042", "0,0083", "0,0080"],
            ["6", "Класс опасности", "–", "4", "4", "–"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_property_table_names_no_sources_and_a_class_row_gives_classes(tmp_path, fmt):
    found = extracted(REFRIGERANTS, tmp_path, "refrigerants", fmt)
    assert [s.number for s in found.sources] == ["0001"], [s.number for s in found.sources]  # the caption's, no GWP
    got = sorted((e.substance.code, e.g_s, e.t_y, e.hazard_class) for e in found.emissions)
    assert got == [("0857", 0.0042, 0.054, 4), ("0859", 0.0083, 0.108, 4), ("0938", 0.008, 0.104, None)], got


STACKS = [
    ("h", "Протокол инструментальных замеров № 88/26"),
    ("p", "Заказчик: ТОО «Қарағанды Ферроқорытпа». Концентрации приведены к нормальным условиям."),
    (
        "t",
        "Таблица 1 – Результаты замеров на источниках",
        [
            ["Источник выброса", "Расход газа, нм³/с", "Пыль неорганическая (2909), мг/Нм³ норматив КЭР – 50", "Углерод оксид (0337), мг/Нм³ норматив КЭР – 500", "Азота диоксид (0301), мг/Нм³ норматив КЭР – 300"],
            ["0001 – Труба печи № 1", "8,1", "12,4", "310", "144"],
            ["0003 – Труба сушильного барабана", "4,6", "38,0", "120", "61"],
        ],
        [],
    ),
]

STACKS_VI = [
    ("h", "KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ – NHÀ MÁY VÔI AN LỘC"),
    ("p", "Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B, Kp = 0,9, Kv = 1. Giá trị Cmax ghi tại tiêu đề từng cột."),
    (
        "t",
        "Bảng 1. Kết quả phân tích",
        [
            ["Vị trí quan trắc", "Lưu lượng (m³/h)", "Bụi tổng (mg/Nm³) Cmax = 180", "CO (mg/Nm³) Cmax = 900", "SO2 (mg/Nm³) Cmax = 450"],
            ["K1 – Ống khói lò nung số 1", "42.000", "96", "410", "120"],
            ["K2 – Ống khói lò nung số 2", "38.000", "71", "388", "95"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_norm_after_the_headers_unit_is_the_columns_at_each_source(tmp_path, fmt):
    found = extracted(STACKS, tmp_path, "stacks", fmt)
    got = sorted((x.point, x.substance.code, x.value, x.limit, x.unit, x.medium) for x in found.limits)
    assert ("0001", "0337", 310.0, 500.0, "mg/Nm3", "flue_gas") in got, got
    assert ("0003", "2909", 38.0, 50.0, "mg/Nm3", "flue_gas") in got, got
    assert len(got) == 6, got
    assert sorted(s.number for s in found.sources) == ["0001", "0003"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_standards_column_named_in_the_lead_in_holds_for_norms_in_headers(tmp_path, fmt):
    found = extracted(STACKS_VI, tmp_path, "stacks_vi", fmt)
    got = sorted((x.point, x.substance.symbol, x.limit, x.column) for x in found.limits)
    assert ("K1", "CO", 900.0, "B") in got and ("K2", "SO2", 450.0, "B") in got, got
    assert len(got) == 6, got


PLAN = [
    ("h", "Программа производственного экологического контроля. Асфальтобетонный завод «Дала Жол»"),
    (
        "t",
        "Таблица 5 – План-график контроля по веществам",
        [
            ["Загрязняющее вещество", "Источник / точка контроля", "Метод", "Периодичность"],
            ["2908 – Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "0001, 0002 – силосы минерального порошка", "инструментальный", "1 раз в квартал"],
            [None, "6001 – склад щебня", "расчетный", "ежеквартально"],
            [None, "Т-1, Т-2 – граница СЗЗ (север, юг)", "инструментальный", "ежемесячно"],
            ["0301 – Азота диоксид", "0003 – труба сушильного барабана", "инструментальный", "1 раз в квартал"],
            [None, "Т-1, Т-2 – граница СЗЗ (север, юг)", "инструментальный", "1 раз в полугодие"],
        ],
        [(1, 0, 3, 0), (4, 0, 5, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_substance_merged_down_is_measured_at_each_place_under_it(tmp_path, fmt):
    found = extracted(PLAN, tmp_path, "plan", fmt)
    at = set()
    for sources, point, freq, subs in monitoring_duties(found):
        for where in sources or (point,):
            at.update((where, freq, s) for s in subs)
    expected = {
        ("0001", "quarterly", "SiO2"), ("0002", "quarterly", "SiO2"), ("6001", "quarterly", "SiO2"),
        ("Т-1", "monthly", "SiO2"), ("Т-2", "monthly", "SiO2"), ("0003", "quarterly", "NO2"),
        ("Т-1", "semiannual", "NO2"), ("Т-2", "semiannual", "NO2"),
    }  # fmt: skip
    assert expected <= at, sorted(expected - at)
