"""Sample codes, existing positions, schedules by quarter or month, substances merged down over their sources and
wastes named with their codes over columns, in files the tests write.

A protocol whose sample codes stand beside the places (`Шифр пробы | Место отбора`) gives each result at its code.
What a project says is discharged or stored today (`Существующее положение`) is neither a result nor the waste's
amount: the norm and the limit are. Checks listed by the month under each quarter, marked in a month column with a
letter the legend explains, or marked `x` under frequency columns say how often; a row across the quarters
(`по отдельному графику`) says nothing. In a table of emissions by substance, a substance and its class merged down
over its sources are each source's, a title row names the period, and the ambient `ПДК м.р.` beside the rates is no
norm at the stack. A handover record with a column per waste (`… (mã 01 05 02)`) gives each waste its total.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

SAMPLES = [
    ("h", "Протокол испытаний почвы № 77-П. ТОО «Арал Ремедиация»"),
    (
        "t",
        "Результаты испытаний",
        [
            ["№", "Шифр пробы", "Место отбора", "Нефтепродукты, мг/кг", "Свинец, мг/кг"],
            ["1", "П2-0", "площадка № 2, до обработки", "18 400", "12,1"],
            ["2", "П2-60", "площадка № 2, через 60 сут", "2 950", "11,8"],
            ["3", "Ф-3", "фон, 1 км к западу", "35", "9,7"],
            ["Норматив", "", "", "1 000", "32"],
        ],
        [(4, 0, 4, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sample_code_beside_the_place_names_the_point(tmp_path, fmt):
    found = extracted(SAMPLES, tmp_path, "samples", fmt)
    got = sorted((x.point.split(" – ")[0], x.substance.symbol, x.value, x.limit) for x in found.limits)
    assert got == [
        ("П2-0", "Pb", 12.1, 32.0), ("П2-0", "TPH", 18400.0, 1000.0),
        ("П2-60", "Pb", 11.8, 32.0), ("П2-60", "TPH", 2950.0, 1000.0),
        ("Ф-3", "Pb", 9.7, 32.0), ("Ф-3", "TPH", 35.0, 1000.0),
    ], got


EXISTING = [
    ("h", "Нормативы допустимых сбросов на 2026–2035 годы. ТОО «Кокше Картон»"),
    (
        "t",
        "Таблица 3 – Нормативы сбросов по выпуску",
        [
            ["Выпуск", "Показатель", "Существующее положение (2025 г.)", "", "Норматив допустимого сброса", ""],
            ["", "", "концентрация, мг/дм³", "т/год", "ДК, мг/дм³", "т/год"],
            ["Выпуск 2", "Взвешенные вещества", "18", "4,2", "15", "3,5"],
            ["", "Нефтепродукты", "0,07", "0,016", "0,05", "0,012"],
        ],
        [(0, 2, 0, 3), (0, 4, 0, 5)],
    ),
    ("h", "Лимиты накопления отходов"),
    (
        "t",
        None,
        [
            ["Наименование отходов", "Объем накопленных отходов на существующее положение, т/год", "Лимит накопления, т/год"],
            ["Отходы сортировки макулатуры (03 03 08)", "12,5", "64,0"],
            ["Смешанные коммунальные отходы (20 03 01)", "3,1", "18,2"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_is_there_today_is_no_result_and_no_amount(tmp_path, fmt):
    found = extracted(EXISTING, tmp_path, "existing", fmt)
    assert sorted((x.substance.symbol, x.limit, x.value) for x in found.limits) == [("TPH", 0.05, None), ("TSS", 15.0, None)]
    assert sorted((w.code, w.amount_t) for w in found.wastes) == [("03 03 08", 64.0), ("20 03 01", 18.2)]


SCHEDULES = [
    ("h", "График внутренних проверок на 2026 год. ТОО «Жем Сервис»"),
    (
        "t",
        "Таблица 1",
        [
            ["№", "Объект проверки", "I квартал", "II квартал", "III квартал", "IV квартал", "Проверяющий"],
            ["1", "Склад реагентов", "январь", "апрель", "июль", "октябрь", "инженер-эколог"],
            ["2", "Площадка отходов", "март", "—", "сентябрь", "—", "начальник участка"],
            ["3", "Подрядчики по вывозу", "по отдельному графику", "", "", "", "служба ОТ и ОС"],
        ],
        [(3, 2, 3, 5)],
    ),
    ("h", "Программа внутренних аудитов на 2026 год"),
    (
        "t",
        "График аудитов",
        [
            ["№", "Процесс", "Месяцы 2026 года", "", "", "", "", "", "", "", "", "", "", "", "Аудитор"],
            ["", "", "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек", ""],
            ["1", "Обращение с отходами", "", "А", "", "", "А", "", "", "А", "", "", "А", "", "Ли Е.В., аудитор"],
            ["2", "Водоотведение", "", "", "", "А", "", "", "", "", "", "А", "", "", "Ким Л.В., аудитор"],
        ],
        [(0, 2, 0, 13)],
    ),
    ("p", "«А» – месяц проведения аудита."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_months_under_quarters_and_a_legend_letter_say_how_often(tmp_path, fmt):
    found = extracted(SCHEDULES, tmp_path, "schedules", fmt)
    got = sorted((o.text.split(": ", 1)[1].split(";")[0], o.frequency, o.actor) for o in found.obligations if o.kind == "inspection")
    assert got == [
        ("Водоотведение", "semiannual", "Ким Л.В., аудитор"),
        ("Обращение с отходами", "quarterly", "Ли Е.В., аудитор"),
        ("Площадка отходов", "semiannual", "начальник участка"),
        ("Подрядчики по вывозу", None, "служба ОТ и ОС"),
        ("Склад реагентов", "quarterly", "инженер-эколог"),
    ], got


MARKED = [
    ("h", "BẢNG KIỂM TRA ĐỊNH KỲ KHO CHẤT THẢI – CÔNG TY TNHH CƠ KHÍ AN PHÚ"),
    (
        "t",
        "Bảng kiểm tra",
        [
            ["TT", "Nội dung kiểm tra", "Hằng ngày", "Hằng tuần", "Hằng tháng", "Người kiểm tra"],
            ["1", "Kiểm tra rò rỉ tại kho lưu giữ CTNH", "x", "", "", "Thủ kho"],
            ["2", "Kiểm tra nhãn CTNH trên thùng chứa", "", "x", "", "Thủ kho"],
            ["3", "Đối chiếu sổ theo dõi với chứng từ", "", "", "x", "Cán bộ môi trường"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_mark_under_a_frequency_column_with_no_parent_says_how_often(tmp_path, fmt):
    found = extracted(MARKED, tmp_path, "marked", fmt)
    assert found.tables[0].role == "inspections"
    got = sorted((o.number, o.frequency) for o in found.obligations if o.kind == "inspection")
    assert got == [("1", "daily"), ("2", "weekly"), ("3", "monthly")], got


MERGED_DOWN = [
    ("h", "Нормативы допустимых выбросов. Ликвидация амбаров месторождения Кумколь Северный"),
    (
        "t",
        "Таблица 5.2 – Нормативы выбросов по веществам и источникам",
        [
            ["Код ЗВ", "Наименование загрязняющего вещества", "ПДК м.р., мг/м³", "Класс опасности", "Источник выброса", "", "г/с", "т/период"],
            ["А. Период строительства (2026 г.)", "", "", "", "", "", "", ""],
            ["0301", "Азота диоксид", "0,2", "2", "0001", "Дизельная электростанция", "0,105", "0,74"],
            ["", "", "", "", "6002", "Дорожная техника", "0,036", "0,21"],
            ["", "", "", "", "", "итого по веществу:", "0,141", "0,95"],
            ["Б. Период эксплуатации (2027–2035 гг.)", "", "", "", "", "", "", ""],
            ["0333", "Сероводород", "0,008", "2", "6004", "Карты биоремедиации", "0,0012", "0,019"],
        ],
        [(1, 0, 1, 7), (2, 0, 3, 0), (2, 1, 3, 1), (2, 2, 3, 2), (2, 3, 3, 3), (5, 0, 5, 7)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_substance_merged_down_over_its_sources_under_period_titles(tmp_path, fmt):
    found = extracted(MERGED_DOWN, tmp_path, "merged", fmt)
    got = sorted((e.substance.code, e.source_number, e.hazard_class, e.g_s, e.period) for e in found.emissions)
    assert got == [
        ("0301", "0001", 2, 0.105, "construction"),
        ("0301", "6002", 2, 0.036, "construction"),
        ("0333", "6004", 2, 0.0012, "operation"),
    ], got
    assert not found.limits  # the air's ПДК м.р. beside the rates is no norm at the stack


HANDOVERS = [
    ("h", "TỔNG HỢP CHỨNG TỪ CHẤT THẢI NGUY HẠI NĂM 2025 – CÔNG TY CỔ PHẦN CẢNG DẦU VŨNG RÔ"),
    (
        "t",
        "Bảng 2. Khối lượng CTNH chuyển giao theo chứng từ",
        [
            ["TT", "Số chứng từ", "Khối lượng chuyển giao (kg)", "", ""],
            ["", "", "Bùn đáy bồn chứa dầu (mã 01 05 02)", "Giẻ lau dính dầu (mã 18 02 01)", "Dầu thải (mã 17 02 03)"],
            ["1", "CT-01/2025", "2.300", "150", "-"],
            ["2", "CT-02/2025", "-", "80", "410"],
            ["", "Tổng cộng (kg)", "2.300", "230", "410"],
        ],
        [(0, 2, 0, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_wastes_named_with_their_codes_over_columns_take_their_totals(tmp_path, fmt):
    found = extracted(HANDOVERS, tmp_path, "handovers", fmt)
    got = sorted((w.code, w.amount_t) for w in found.wastes)
    assert got == [("01 05 02*", 2.3), ("17 02 03*", 0.41), ("18 02 01*", 0.23)], got


SOURCES_AND_POINTS = [
    ("h", "Программа ПЭК. Матрица контроля атмосферного воздуха. ТОО «Тараз Картон»"),
    (
        "t",
        "Таблица П2.1",
        [
            ["Код", "Вещество", "Источники выбросов", "", "Граница СЗЗ", ""],
            ["", "", "0001 котельная", "0002 сушильная часть", "Т-1 (север)", "Т-2 (юг)"],
            ["0301", "Азота (IV) диоксид", "К", "К", "К", "К"],
            ["2902", "Взвешенные частицы", "–", "П", "К", "К"],
        ],
        [(0, 2, 0, 3), (0, 4, 0, 5)],
    ),
    ("p", "Условные обозначения: К – 1 раз в квартал; П – 1 раз в полугодие; «–» – контроль не проводится."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_matrix_of_sources_and_points_by_legend_letters(tmp_path, fmt):
    found = extracted(SOURCES_AND_POINTS, tmp_path, "matrix", fmt)
    got = sorted((o.source_numbers, o.point or "", o.frequency, tuple(sorted(s.code for s in o.substances)))
                 for o in found.obligations if o.kind == "monitoring")
    assert (("0001",), "", "quarterly", ("0301",)) in got, got
    assert (("0002",), "", "semiannual", ("2902",)) in got, got
    assert any(point == "Т-1" and freq == "quarterly" for _, point, freq, _ in got), monitoring_duties(found)
