"""Industrial parks and economic zones, in DOCX, PDF and text the tests write.

A truck scale's summary gives each waste's net mass; a GIS layer's table is read through the table that
describes its fields (well-known text points, `NULL` cells, vacant plots); days between samples make a
plan; a letter's requirements are its addressee's; milligrams a second are grams a second scaled; a sampling
act names its point among the place's words; a dry-matter column yields to the wet mass; the headings of a
numbered tree of checks are no checks.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


SCALE = [
    ("p", "Сводная ведомость взвешивания отходов, вывезенных с территории ЦОС"),
    (
        "t",
        "Таблица 1 – Масса вывезенных отходов по месяцам",
        [
            ["Месяц", "Кек обезвоженного осадка (19 08 12)", None, None, "Отбросы с решеток (19 08 01)", None, None],
            [None, "брутто, кг", "тара, кг", "нетто, кг", "брутто, кг", "тара, кг", "нетто, кг"],
            ["январь", "381 690", "237 000", "144 690", "7 120", "6 200", "920"],
            ["февраль", "230 170", "142 200", "87 970", "7 140", "6 200", "940"],
            ["март", "250 950", "154 050", "96 900", "14 260", "12 400", "1 860"],
            ["Итого", "862 810", "533 250", "329 560", "28 520", "24 800", "3 720"],
        ],
        [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_scale_summary_gives_each_waste_its_net_mass(tmp_path, fmt):
    found = extracted(SCALE, tmp_path, "scale", fmt)
    assert [t.role for t in found.tables] == ["wastes"]
    assert {(w.code, w.amount_t) for w in found.wastes} == {("19 08 12", 329.56), ("19 08 01", 3.72)}


SCALE_VI = [
    ("p", "Bảng tổng hợp khối lượng chất thải chuyển giao theo phiếu cân"),
    (
        "t",
        "Bảng 4. Khối lượng chất thải chuyển giao theo tháng",
        [
            ["Tháng", "Bùn thải sau ép (12 06 05)", None, None, "Rác từ song chắn rác", None, None],
            [None, "KL cân tổng (kg)", "KL xe (kg)", "KL hàng (kg)", "KL cân tổng (kg)", "KL xe (kg)", "KL hàng (kg)"],
            ["Tháng 1", "275.150", "165.900", "109.250", "13.780", "12.400", "1.380"],
            ["Tháng 2", "166.060", "106.650", "59.410", "7.000", "6.200", "800"],
            ["Tháng 3", "173.910", "106.650", "67.260", "13.710", "12.400", "1.310"],
            ["Cộng", "615.120", "379.200", "235.920", "34.490", "31.000", "3.490"],
        ],
        [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_scale_summary_reads_points_as_thousands_in_vietnamese(tmp_path, fmt):
    found = extracted(SCALE_VI, tmp_path, "scale-vi", fmt)
    got = {(w.code, w.hazardous, w.amount_t) for w in found.wastes}
    assert got == {("12 06 05*", True, 235.92), (None, False, 3.49)}


GIS = [
    ("p", "Выгрузка атрибутивной таблицы слоя «Участки» геоинформационной системы СЭЗ"),
    (
        "t",
        "Таблица 1 – Описание полей",
        [
            ["Поле", "Описание"],
            ["UCH_NO", "номер участка по генеральному плану СЭЗ"],
            ["ARENDATOR", "землепользователь (участник СЭЗ или управляющая компания)"],
            ["BIN", "БИН землепользователя"],
            ["OBJEKT", "наименование объекта на участке"],
            ["KAT_EK", "категория объекта по статье 12 Экологического кодекса"],
            ["GEOM", "геометрия: центроид участка в формате WKT, EPSG:4326 (долгота, широта)"],
        ],
        [],
    ),
    (
        "t",
        "Таблица 2 – Слой «Участки»",
        [
            ["UCH_NO", "ARENDATOR", "BIN", "OBJEKT", "KAT_EK", "GEOM"],
            ["Б-01", "ТОО «Нұра Химпродукт»", "050347440408", "Завод бытовой химии", "III", "POINT (73.21025 49.88284)"],
            ["В-04", "NULL", "NULL", "NULL", "NULL", "POINT (73.22047 49.85901)"],
            ["Б-02", "ТОО «Karaganda Cable Works»", "140140119315", "Кабельный завод", "II", "POINT (73.20645 49.85984)"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_gis_layer_is_read_through_the_table_of_its_fields(tmp_path, fmt):
    found = extracted(GIS, tmp_path, "gis", fmt)
    assert [t.role for t in found.tables] == ["other", "facility"]
    got = {(f.name, f.operator, f.bin, f.category, f.lat, f.lon) for f in found.facilities}
    assert got == {
        ("Завод бытовой химии", "ТОО «Нұра Химпродукт»", "050347440408", "III", 49.88284, 73.21025),
        ("Кабельный завод", "ТОО «Karaganda Cable Works»", "140140119315", "II", 49.85984, 73.20645),
    }


INTERVALS = [
    ("p", "Тазарту құрылыстарындағы сарқынды су сынамаларын алу нүктелері, көрсеткіштер және аралықтар"),
    (
        "t",
        "1-кесте – Сынама алу кестесі",
        [
            ["Көрсеткіш", "Сынама алулар арасындағы аралық, тәул.", None, None],
            [None, "ТЛ-1 – ОТҚ кірісі", "ТЛ-2 – құм ұстағыштардан кейін", "ТЛ-3 – шығыс"],
            ["Сутектік көрсеткіш (pH)", "1", "–", "1"],
            ["ХПК", "1", "7", "–"],
            ["БПК5", "7", "–", "30"],
        ],
        [(0, 0, 1, 0), (0, 1, 0, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_days_between_samples_across_points_make_a_plan(tmp_path, fmt):
    found = extracted(INTERVALS, tmp_path, "intervals", fmt)
    got = {(o.point, o.frequency, tuple(s.symbol for s in o.substances)) for o in found.obligations if o.kind == "monitoring"}
    assert {(p.split()[0] if p else p, f, s) for p, f, s in got} == {
        ("ТЛ-1", "daily", ("pH",)),
        ("ТЛ-1", "daily", ("COD",)),
        ("ТЛ-1", "weekly", ("BOD5",)),
        ("ТЛ-2", "weekly", ("COD",)),
        ("ТЛ-3", "daily", ("pH",)),
        ("ТЛ-3", "monthly", ("BOD5",)),
    }


LETTER = [
    ("p", "ТОО «Сарыарқа Индастриал Сервис»"),
    ("p", "Директору ТОО «Нұра Химпродукт»"),
    ("p", "Уведомление о нарушении условий приема сточных вод"),
    (
        "t",
        None,
        [
            ["№", "Требование", "Срок"],
            ["1", "Представить письменное объяснение причин превышения", "в течение 5 рабочих дней"],
            ["2", "Отрегулировать дозирование щелочи в нейтрализаторе", "до 30.09.2025"],
        ],
        [],
    ),
]

LETTER_VI = [
    ("p", "CÔNG TY TNHH HẠ TẦNG NHƠN TRẠCH XANH"),
    ("p", "Kính gửi: Công ty Cổ phần Sữa Đồng Nai Xanh."),
    (
        "t",
        None,
        [
            ["TT", "Yêu cầu", "Thời hạn"],
            ["1", "Gửi văn bản giải trình nguyên nhân vượt giới hạn tiếp nhận", "trong 05 ngày làm việc"],
            ["2", "Kiểm tra, hiệu chỉnh hệ thống xử lý nước thải cục bộ", "trước ngày 30/09/2024"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("parts", "who"), [(LETTER, "ТОО «Нұра Химпродукт»"), (LETTER_VI, "Công ty Cổ phần Sữa Đồng Nai Xanh")])
def test_a_letters_requirements_are_its_addressees(tmp_path, fmt, parts, who):
    found = extracted(parts, tmp_path, "letter", fmt)
    tasks = [o for o in found.obligations if o.kind == "task"]
    assert len(tasks) == 2
    assert {o.actor for o in tasks} == {who}


ODOURS = [
    ("p", "Tải lượng các khí gây mùi từ các hạng mục của nhà máy xử lý nước thải"),
    (
        "t",
        None,
        [
            ["TT", "Hạng mục công trình", "Thông số", "Tải lượng (mg/s)", "Tải lượng (kg/năm)"],
            ["1", "Bể thu gom", "Hydro sunfua (H2S)", "3,53", "89,1"],
            [None, None, "Amoniac (NH3)", "11,2", "277"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1)],
    ),
]

SCALED = [
    ("p", "Выбросы от открытых поверхностей очистных сооружений"),
    (
        "t",
        None,
        [
            ["№ ИЗА", "Наименование источника", "Код ЗВ", "Наименование вещества", "Выброс, г/с × 10⁻³", "Выброс, т/год"],
            ["0001", "Вытяжная вентиляция здания решеток", "0333", "Сероводород", "2,8", "0,0356"],
            [None, None, "0303", "Аммиак", "9,1", "0,115"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_milligrams_a_second_and_scaled_grams_are_grams_a_second(tmp_path, fmt):
    found = extracted(ODOURS, tmp_path, "odours", fmt)
    assert {(e.substance.code, e.g_s, e.t_y) for e in found.emissions} == {("0333", 0.00353, 0.0891), ("0303", 0.0112, 0.277)}
    found = extracted(SCALED, tmp_path, "scaled", fmt)
    assert {(e.substance.code, e.g_s, e.t_y) for e in found.emissions} == {("0333", 0.0028, 0.0356), ("0303", 0.0091, 0.115)}


ACT = [
    (
        "p",
        "Дата отбора: 02.03.2025. Место отбора: колодец присоединения КК-13 участника ТОО «Shymkent Denim» к "
        "коллектору СЭЗ. Отбор выполнен лабораторией управляющей компании в присутствии представителя участника; "
        "проба разделена на две части, одна часть опломбирована и передана участнику для параллельного анализа. "
        "При расхождении результатов к расчетам принимаются результаты лаборатории управляющей компании.",
    ),
    (
        "t",
        None,
        [
            ["№", "Показатель", "Ед. изм.", "ДК по договору", "Результат лаборатории управляющей компании (Исполнителя)", "Параллельная проба участника (справочно)"],
            ["1", "Водородный показатель (pH)", "ед. pH", "6,5–9", "7,4", "7,2"],
            ["2", "ХПК", "мг/дм3", "500", "968", "742"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sampling_act_names_its_point_among_the_places_words(tmp_path, fmt):
    found = extracted(ACT, tmp_path, "act", fmt)
    got = {(x.substance.symbol, x.point, x.limit, x.limit_min, x.limit_max, x.value) for x in found.limits}
    assert got == {("pH", "КК-13", None, 6.5, 9.0, 7.4), ("COD", "КК-13", 500.0, None, None, 968.0)}


SLUDGE = [
    ("p", "Отходы очистных сооружений СЭЗ"),
    (
        "t",
        None,
        [
            ["№", "Код", "Наименование отхода", "Сухое вещество, т/год", "Влажность, %", "Масса отхода при фактической влажности, т/год"],
            ["1", "19 08 01", "Отбросы с решеток", "–", "≈ 80", "97,6"],
            ["2", "19 08 12", "Обезвоженный осадок (кек)", "894,1", "80", "4 470,5"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dry_matter_column_yields_to_the_mass_as_it_leaves(tmp_path, fmt):
    found = extracted(SLUDGE, tmp_path, "sludge", fmt)
    assert {(w.code, w.amount_t) for w in found.wastes} == {("19 08 01", 97.6), ("19 08 12", 4470.5)}


TREE = [
    ("p", "Тазарту құрылыстарын қарау кестесі"),
    (
        "t",
        None,
        [
            ["№", "Құрылыс, жабдық, қарау түрі", "Кезеңділігі", "Орындаушы"],
            ["1", "Механикалық тазарту", None, None],
            ["1.1", "Торлар", None, None],
            ["1.1.1", "Торлар мен қалдықтар транспортерін қарау", "апта сайын", "тазарту құрылыстарының операторы"],
            ["1.1.2", "Контейнерлердің саңылаусыздығын тексеру", "айына 1 рет", "ОТҚ шебері"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_headings_of_a_numbered_tree_of_checks_are_no_checks(tmp_path, fmt):
    found = extracted(TREE, tmp_path, "tree", fmt)
    checks = [o for o in found.obligations if o.kind == "inspection"]
    assert [(o.number, o.frequency) for o in checks] == [("1.1.1", "weekly"), ("1.1.2", "monthly")]
