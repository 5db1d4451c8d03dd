"""Checkers in quarters, stages of control, wastes listed by place, codes over rate pairs, plans by frequency and
inlet/outlet journals, in files the tests write.

A schedule that writes who checks in each quarter it is due (`Ахметов Б.К. (май)`) checks as often as the
quarters it fills, by that person; a matrix whose columns are stages headed by posts (`I ступень – мастер
смены`) says who checks each unit how often. Wastes listed in a place's cell code first (`20 03 01 – … – 4,2
т/год`) or name first (`… (mã 18 01 03): 105 kg`) are wastes, ordinary where the place says so. Pollutants'
codes over `г/с | т/год` pairs head an emissions table. In a plan by frequency columns, `ИЗА 0001 – …` is a
source, `Т-1, Т-2 – …` two points, and a sewer's well is read with the water list. A journal's inlet and
outlet under each parameter (`pH: вход | выход`) is judged at the point its one norm row names.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

CHECKERS = [
    ("h", "График внутренних проверок на 2026 год. ТОО «Тобол Мебель»"),
    ("p", "В графе квартала указан проверяющий и месяц проверки."),
    (
        "t",
        "Таблица 1",
        [
            ["№", "Участок", "Что проверяется", "I квартал", "II квартал", "III квартал", "IV квартал"],
            ["1", "Окрасочный участок", "фильтры камер, учет ЛКМ", "Ахметов Б.К. (февраль)", "Ахметов Б.К. (май)", "Ахметов Б.К. (август)", "Ахметов Б.К. (ноябрь)"],
            ["2", "Котельная на щепе", "режим горения, золоудаление", "", "Серикова А.Н. (апрель)", "", "Серикова А.Н. (октябрь)"],
            ["3", "Склад опилок", "укрытие, противопожарный режим", "", "", "Ахметов Б.К. (сентябрь)", ""],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_checker_named_in_the_quarters_checks_that_often(tmp_path, fmt):
    found = extracted(CHECKERS, tmp_path, "checkers", fmt)
    got = sorted((o.number, o.frequency, o.actor) for o in found.obligations if o.kind == "inspection")
    assert got == [("1", "quarterly", "Ахметов Б.К."), ("2", "semiannual", "Серикова А.Н."), ("3", "yearly", "Ахметов Б.К.")], got


STAGES = [
    ("h", "Положение о ступенчатом контроле. ТОО «Сарыарка Резина»"),
    (
        "t",
        "Таблица 2 – Периодичность контроля по ступеням",
        [
            ["№", "Объект контроля", "I ступень – мастер участка", "II ступень – начальник цеха", "III ступень – главный инженер"],
            ["1", "Смесительный участок: рукавные фильтры", "ежедневно", "еженедельно", "ежемесячно"],
            ["2", "Склад сажи: силосы, аспирация", "–", "еженедельно", "1 раз в квартал"],
            ["3", "Очистные сооружения ливневых стоков", "–", "ежемесячно", "1 раз в полугодие"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_stages_headed_by_posts_say_who_checks_each_unit(tmp_path, fmt):
    found = extracted(STAGES, tmp_path, "stages", fmt)
    assert [t.role for t in found.tables] == ["inspections"], [(t.role, t.role_confidence) for t in found.tables]
    got = sorted((o.text.split(": ", 1)[1][:12], o.frequency, o.actor) for o in found.obligations if o.kind == "inspection")
    assert ("Смесительный", "daily", "I ступень – мастер участка") in got, got
    assert ("Склад сажи: ", "quarterly", "III ступень – главный инженер") in got, got
    assert ("Очистные соо", "semiannual", "III ступень – главный инженер") in got, got
    assert len(got) == 7, got


PLACES = [
    ("h", "Программа управления отходами. Раздел 4. Места накопления. ТОО «Көкше Кондитер»"),
    (
        "t",
        "Таблица 4.1 – Места накопления отходов",
        [
            ["№ места", "Место накопления", "Накапливаемые отходы: код – наименование – количество", "Срок накопления"],
            ["МНО-1", "Контейнерная площадка у проходной", "20 03 01 – Смешанные коммунальные отходы – 18,2 т/год\n15 01 01 – Упаковка из бумаги и картона – 6,4 т/год", "не более 3 суток"],
            ["МНО-2", "Склад опасных отходов", "20 01 21* – Люминесцентные лампы – 0,05 т/год\n15 02 02* – Ветошь промасленная (обтирочный материал) – 0,3 т/год", "не более 6 месяцев"],
        ],
        [],
    ),
]

PLACES_VI = [
    ("h", "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY BÁNH KẸO HẠ LONG"),
    (
        "t",
        "Bảng 2. Khu vực lưu giữ chất thải",
        [
            ["TT", "Khu vực lưu giữ", "Chất thải và khối lượng phát sinh năm 2025"],
            ["1", "Kho chất thải nguy hại: 10 m², có mái che", "- Bóng đèn huỳnh quang thải (mã 16 01 06): 20 kg\n- Bao bì cứng thải bằng nhựa (can đựng hóa chất) (mã 18 01 03): 85 kg"],
            ["2", "Khu chứa chất thải rắn công nghiệp thông thường", "- Bánh kẹo phế phẩm: 9.400 kg\n- Bao bì giấy, carton thải: 12.100 kg"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_wastes_listed_code_first_in_a_places_cell(tmp_path, fmt):
    found = extracted(PLACES, tmp_path, "places", fmt)
    assert [t.role for t in found.tables] == ["wastes"], [(t.role, t.role_confidence) for t in found.tables]
    got = sorted((w.code, w.amount_t) for w in found.wastes)
    assert got == [("15 01 01", 6.4), ("15 02 02*", 0.3), ("20 01 21*", 0.05), ("20 03 01", 18.2)], got


@pytest.mark.parametrize("fmt", FORMATS)
def test_wastes_listed_with_a_colon_are_ordinary_where_their_place_says_so(tmp_path, fmt):
    found = extracted(PLACES_VI, tmp_path, "places_vi", fmt)
    got = sorted((w.code or "", w.amount_t, w.hazardous) for w in found.wastes)
    assert got == [("", 9.4, False), ("", 12.1, False), ("16 01 06*", 0.02, True), ("18 01 03*", 0.085, True)], got


CODED_RATES = [
    ("h", "Проект нормативов допустимых выбросов. Пекарня «Нан Үйі»"),
    (
        "t",
        "Таблица 3.1 – Нормативы выбросов по источникам",
        [
            ["№ ИЗА", "Наименование источника", "0301", None, "0337", None],
            [None, None, "г/с", "т/год", "г/с", "т/год"],
            ["0001", "Дымовая труба хлебопекарной печи", "0,0121", "0,254", "0,0433", "0,911"],
            ["0002", "Дымовая труба котла", "0,0064", "0,102", "0,0210", "0,337"],
        ],
        [(0, 2, 0, 3), (0, 4, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_codes_over_rate_pairs_head_an_emissions_table(tmp_path, fmt):
    found = extracted(CODED_RATES, tmp_path, "coded_rates", fmt)
    got = sorted((e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions)
    assert got == [
        ("0001", "0301", 0.0121, 0.254), ("0001", "0337", 0.0433, 0.911),
        ("0002", "0301", 0.0064, 0.102), ("0002", "0337", 0.021, 0.337),
    ], got  # fmt: skip


BY_FREQUENCY = [
    ("h", "Программа производственного экологического контроля. Кондитерская фабрика «Тәтті Әлем»"),
    ("p", "Раздел 4. План-график контроля на источниках выбросов, на границе СЗЗ и на выпуске сточных вод."),
    (
        "t",
        "Таблица 4.1 – План-график контроля",
        [
            ["№", "Место контроля", "Контролируемые показатели с периодичностью", None, "Метод"],
            [None, None, "ежеквартально", "1 раз в год", None],
            ["1", "ИЗА 0001 – дымовая труба печи", "углерод оксид (0337)", "азота диоксид (0301)", "инструментальный"],
            ["2", "Т-1, Т-2 – граница СЗЗ", "–", "взвешенные частицы (2902)", "инструментальный"],
            ["3", "КК-1 – колодец на выпуске в канализацию", "водородный показатель (pH), взвешенные вещества, ХПК", "сульфаты", "лабораторный"],
        ],
        [(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1), (0, 4, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plan_by_frequency_columns_reads_sources_point_lists_and_a_sewers_well(tmp_path, fmt):
    found = extracted(BY_FREQUENCY, tmp_path, "by_frequency", fmt)
    duties = monitoring_duties(found)
    assert (("0001",), None, "quarterly", ("CO",)) in duties, duties
    assert (("0001",), None, "yearly", ("NO2",)) in duties, duties
    assert ((), "Т-1", "yearly", ("TSP",)) in duties and ((), "Т-2", "yearly", ("TSP",)) in duties, duties
    assert ((), "КК-1", "quarterly", ("COD", "TSS", "pH")) in duties, duties


JOURNAL = [
    ("h", "Журнал контроля работы локальных очистных сооружений. Цех розлива «Бурабай Су»"),
    (
        "t",
        "Результаты анализов за неделю",
        [
            ["Дата", "pH", None, "Взвешенные вещества, мг/дм³", None],
            [None, "вход", "выход", "вход", "выход"],
            ["ДК (выход, КК-3)", "–", "6,5–8,5", "–", "150"],
            ["02.06.2025", "5,9", "7,2", "840", "96"],
            ["03.06.2025", "6,1", "7,4", "910", "120"],
        ],
        [(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_outlet_is_judged_at_the_point_its_one_norm_row_names(tmp_path, fmt):
    found = extracted(JOURNAL, tmp_path, "journal", fmt)
    got = sorted((x.point, x.substance.symbol, x.value, x.limit, x.limit_min, x.limit_max) for x in found.limits)
    assert got == [
        ("КК-3", "TSS", 96.0, 150.0, None, None), ("КК-3", "TSS", 120.0, 150.0, None, None),
        ("КК-3", "pH", 7.2, None, 6.5, 8.5), ("КК-3", "pH", 7.4, None, 6.5, 8.5),
    ], got  # fmt: skip


ACTUAL = [
    ("h", "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY CÀ PHÊ HÒA THUẬN"),
    (
        "t",
        "Bảng 4. Khối lượng chất thải phát sinh",
        [
            ["TT", "Tên chất thải", "Mã CTNH", "Đơn vị", "Theo GPMT (/năm)", "Thực tế năm 2025"],
            ["1", "Dầu động cơ, hộp số thải", "17 02 03", "kg", "200", "150"],
            ["2", "Bã cà phê sau trích ly", "-", "tấn", "5.000", "3.200"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_amount_is_the_actual_one_beside_the_permits(tmp_path, fmt):
    found = extracted(ACTUAL, tmp_path, "actual", fmt)
    got = sorted((w.code or "", w.amount_t) for w in found.wastes)
    assert got == [("", 3200.0), ("17 02 03*", 0.15)], got


ROUNDS = [
    ("h", "Протокол инструментальных замеров на источниках. Кондитерская фабрика «Шоқан»"),
    (
        "t",
        "Таблица 1 – Результаты замеров",
        [
            ["Показатель", "Ед. изм.", "Замер 1", "Замер 2", "Замер 3", "Среднее", "Норматив, мг/Нм³"],
            ["ИЗА 0002 – Дымовая труба печи; дата замеров 14.04.2025", None, None, None, None, None, None],
            ["Углерод оксид (0337)", "мг/Нм³", "140,2", "151,0", "148,6", "146,6", "300"],
            ["Азота диоксид (0301)", "мг/Нм³", "98,1", "104,5", "101,2", "101,3", "200"],
        ],
        [(1, 0, 1, 6)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_mean_of_the_rounds_is_checked_against_the_norm(tmp_path, fmt):
    found = extracted(ROUNDS, tmp_path, "rounds", fmt)
    got = sorted((x.point, x.substance.code, x.value, x.limit) for x in found.limits)
    assert got == [("0002", "0301", 101.3, 200.0), ("0002", "0337", 146.6, 300.0)], got
