"""Ports, berths and ships' paperwork, in DOCX, PDF and text the tests write.

A price list of wastes received is no table of wastes; a coordinate pair may be joined by a dash when its
letters say latitude and longitude; a programme naming the rings around a pier means the stations a table
before it lists under each ring; a limit written as its sum and result (`16,4 + 0,25 = 16,65`) is the result;
a mean with its range in brackets (`7,1 (6,7 – 7,5)`) is the mean; `Проверка` heads what is checked.
Then: tonnes of cargo are no emissions; a site's centre places it rather than its boundary; a PDF table
whose merged rows moved whole to the next page continues there; a standard named per row gives its
column; one code is one pollutant; ballast is no waste; a load that emits nothing adds no duty; the
background point is not judged by the norm worked out from it.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

from extractor.nlp.coordinates import find_coordinates

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


TARIFF = [
    ("p", "Пункт приема судовых отходов морского порта Курык"),
    (
        "t",
        None,
        [
            ["№", "Наименование сведений", "Сведения"],
            ["1", "Наименование объекта", "Пункт приема судовых отходов «Құрық Ресепшн»"],
            ["2", "Оператор объекта", "ТОО «Құрық Ресепшн»"],
            ["3", "Координаты (WGS-84)", "43°10,20′ N – 51°39,60′ E"],
        ],
        [],
    ),
    ("p", "Тарифы на прием отходов с судов:"),
    (
        "t",
        None,
        [["Вид отходов", "Единица", "Тариф, тенге"], ["Льяльные воды", "м³", "9 500"], ["Мусор", "м³", "7 000"]],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_price_list_of_wastes_received_is_no_table_of_wastes(tmp_path, fmt):
    found = extracted(TARIFF, tmp_path, "tariff", fmt)
    assert [t.role for t in found.tables] == ["facility", "other"]
    assert not found.wastes
    (f,) = found.facilities
    assert (f.lat, f.lon) == (43.17, 51.66)


def test_a_dash_joins_a_latitude_to_a_longitude_not_two_latitudes():
    assert [c.pair for c in find_coordinates("16°07,27′N – 108°12,62′E")] == [(16.121167, 108.210333)]
    assert find_coordinates("43°37′ – 43°40′") == []
    assert find_coordinates("43°37′N – 43°40′N") == []


RINGS = [
    ("p", "Программа мониторинга морской среды в районе нефтепирса"),
    (
        "t",
        "Таблица 1 – Станции наблюдений",
        [
            ["Район", "Станция", "Расстояние, м"],
            ["Кольцо I", "С-1", "200"],
            [None, "С-2", "200"],
            ["Кольцо II", "С-3", "800"],
            [None, "С-4", "800"],
            ["Фон", "Ф-1", "5 000"],
        ],
        [(1, 0, 2, 0), (3, 0, 4, 0)],
    ),
    (
        "t",
        "Таблица 2 – Контролируемые показатели",
        [
            ["Среда", "Район наблюдений", "Показатели", "Периодичность"],
            ["Морская вода", "кольцо I (200 м)", "нефтепродукты, взвешенные вещества", "1 раз в месяц"],
            [None, "кольцо II (800 м)", "нефтепродукты", "1 раз в квартал"],
            [None, "фоновая станция", "нефтепродукты", "1 раз в квартал"],
        ],
        [(1, 0, 3, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_programme_naming_rings_means_the_stations_listed_under_each(tmp_path, fmt):
    found = extracted(RINGS, tmp_path, "rings", fmt)
    got = {
        (o.point, o.frequency, tuple(sorted(s.symbol or "" for s in o.substances)))
        for o in found.obligations
        if o.kind == "monitoring"
    }
    assert got == {
        ("С-1", "monthly", ("TPH", "TSS")),
        ("С-2", "monthly", ("TPH", "TSS")),
        ("С-3", "quarterly", ("TPH",)),
        ("С-4", "quarterly", ("TPH",)),
        ("Ф-1", "quarterly", ("TPH",)),
    }


PLUME = [
    ("p", "Журнал контроля мутности при дноуглублении, август 2026 года"),
    (
        "t",
        None,
        [
            ["Дата", "Показатель, мг/дм3", "Точки отбора проб", None, "Норматив, мг/дм3"],
            [None, None, "К-1 (100 м)", "К-2 (300 м)", None],
            ["04.08.2026", "Нефтепродукты", "0,021", "0,034", "0,05"],
            [None, "Взвешенные вещества", "12,3", "12,1", "12,0 + 0,25 = 12,25"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (2, 0, 3, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_points_under_a_parent_naming_them_and_a_limit_worked_out_as_a_sum(tmp_path, fmt):
    found = extracted(PLUME, tmp_path, "plume", fmt)
    got = {(x.substance.symbol, x.point, x.limit, x.value) for x in found.limits}
    assert got == {
        ("TPH", "К-1", 0.05, 0.021),
        ("TPH", "К-2", 0.05, 0.034),
        ("TSS", "К-1", 12.25, 12.3),
        ("TSS", "К-2", 12.25, 12.1),
    }


SPREAD = [
    ("p", "Kết quả quan trắc nước thải sinh hoạt tại cảng Cái Mép"),
    (
        "t",
        None,
        [
            ["TT", "Thông số", "Đơn vị", "Kết quả tại NT1: trung bình (nhỏ nhất – lớn nhất)", None, "QCVN 14:2008/BTNMT, cột B"],
            [None, None, None, "Tháng 4/2026", "Tháng 5/2026", None],
            ["1", "BOD5 (20°C)", "mg/l", "28 (19 – 40)", "31,5 (22 – 44)", "50"],
            ["2", "Tổng chất rắn lơ lửng (TSS)", "mg/l", "60 (41 – 77)", "52 (30 – 71)", "100"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_mean_with_its_range_in_brackets_is_the_mean(tmp_path, fmt):
    found = extracted(SPREAD, tmp_path, "spread", fmt)
    got = {(x.substance.symbol, x.value, x.limit) for x in found.limits}
    assert got == {("BOD5", 28.0, 50.0), ("BOD5", 31.5, 50.0), ("TSS", 60.0, 100.0), ("TSS", 52.0, 100.0)}


SHIP_CHECKS = [
    ("p", "Судовые проверки по системе управления безопасностью"),
    (
        "t",
        None,
        [
            ["Судно", "№", "Проверка", "Периодичность", "Ответственный"],
            ["Буксир «Атырау»", "1.1", "Проверка сепаратора льяльных вод", "1 раз в месяц", "старший механик"],
            [None, "1.2", "Проверка журнала нефтяных операций", "1 раз в неделю", "капитан"],
        ],
        [(1, 0, 2, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_headed_proverka_says_what_each_check_is(tmp_path, fmt):
    found = extracted(SHIP_CHECKS, tmp_path, "ship-checks", fmt)
    got = {(o.actor, o.frequency, "сепаратора" in o.text or "журнала" in o.text) for o in found.obligations if o.kind == "inspection"}
    assert got == {("старший механик", "monthly", True), ("капитан", "weekly", True)}


CARGO = [
    ("p", "Терминалдың жүк айналымы және кеме келулері, шығарындыларды есептеу үшін"),
    (
        "t",
        "3.1-кесте – Терминалдың жүк айналымы",
        [
            ["Өнім", "Жүк айналымы, мың т/жыл", "Орташа партия, т", "Жылына кеме келу саны"],
            ["шикі мұнай", "2 718,6", "39 400", "69"],
            ["дизель отыны", "502,5", "7 500", "67"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_tonnes_of_cargo_a_year_are_no_emissions(tmp_path, fmt):
    found = extracted(CARGO, tmp_path, "cargo", fmt)
    assert [t.role for t in found.tables] == ["other"]
    assert not found.emissions


DREDGING_CARD = [
    ("p", "Сведения о работах по дноуглублению"),
    (
        "t",
        None,
        [
            ["Наименование объекта", "Дноуглубление операционной акватории порта Баутино"],
            ["Заказчик", "ТОО «Баутино Порт»"],
            ["БИН", "061048859611"],
            ["Местоположение", "Мангистауская область, Тупкараганский район, пос. Баутино"],
            ["Границы района работ (WGS-84), с.ш. / в.д.", "т. 1 – 44°33′06,2″ / 50°15′03,4″ т. 2 – 44°33′06,2″ / 50°16′24,1″"],
            ["Центр района работ (WGS-84), с.ш. / в.д.", "44°32′50,6″ / 50°15′43,7″"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_centre_places_a_site_whose_boundary_the_row_above_lists(tmp_path, fmt):
    found = extracted(DREDGING_CARD, tmp_path, "dredging-card", fmt)
    (f,) = found.facilities
    assert (f.lat, f.lon) == (44.547389, 50.262139)


def test_not_less_often_than_once_a_period_is_that_period():
    from extractor.nlp.frequency import parse_frequency

    assert parse_frequency("айына 1 реттен сирек емес").word == "monthly"
    assert parse_frequency("әр жүк операциясы алдында, бірақ аптасына 1 реттен сирек емес").word == "weekly"


def _vessel_rows(n: int, first: int) -> list[list]:
    checks = [
        ("Проверка работы сепаратора льяльных вод и сигнализатора содержания нефти 15 ppm", "1 раз в месяц", "старший механик"),
        ("Проверка записей в Журнале нефтяных операций (часть I) и в Журнале операций с мусором", "1 раз в неделю", "капитан"),
        ("Проверка раздельного сбора мусора и маркировки контейнеров по категориям МАРПОЛ", "ежедневно", "вахтенный помощник"),
        ("Проверка комплектности судового набора для ликвидации разливов нефти (SOPEP)", "ежеквартально", "старший помощник"),
    ]
    return [[None, f"{first}.{i + 1}", *checks[i % len(checks)]] for i in range(n)]


def _vessels(sizes: tuple[int, ...]) -> tuple[list[list], list[tuple]]:
    rows: list[list] = [["Судно", "№", "Проверка", "Периодичность", "Ответственный"]]
    merges = []
    for v, size in enumerate(sizes):
        block = _vessel_rows(size, v + 1)
        block[0][0] = f"Буксир «Теңіз-{v + 1}»"
        merges.append((len(rows), 0, len(rows) + len(block) - 1, 0))
        rows += block
    return rows, merges


@pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")
def test_rows_merged_down_that_move_whole_to_the_next_page_continue_the_table_there(tmp_path):
    import pdfplumber

    rows, merges = _vessels((5, 14, 5))
    parts = [("p", "План внутренних проверок судов портового флота"), ("t", None, rows, merges)]
    found = extracted(parts, tmp_path, "vessels", "pdf")
    with pdfplumber.open(tmp_path / "vessels.pdf") as pdf:
        tops = [t.bbox[1] for p in pdf.pages for t in p.find_tables()]
        first_page = pdf.pages[0]
        first_bottom = max(t.bbox[3] for t in first_page.find_tables())
        assert len(pdf.pages) >= 2 and len(tops) >= 2  # the table is drawn in pieces on two pages
        assert first_bottom < first_page.height * 0.65  # and the first piece leaves room under it
    assert [t.role for t in found.tables] == ["inspections"]
    assert sum(o.kind == "inspection" for o in found.obligations) == 24


SHIPYARD_STACKS = [
    ("p", "Kết quả quan trắc khí thải định kỳ của nhà máy đóng tàu"),
    (
        "t",
        None,
        [
            ["TT", "Vị trí", "Thông số", "Đơn vị", "Kết quả", "Giới hạn cho phép", "Quy chuẩn áp dụng"],
            ["Chế độ 1: Phun hạt mài làm sạch vỏ tàu", None, None, None, None, None, None],
            ["1", "KT1 – Ống thải hệ thống lọc bụi ụ khô", "Bụi tổng", "mg/Nm³", "17,5", "200", "QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)"],
            ["Chế độ 2: Sơn vỏ tàu", None, None, None, None, None, None],
            ["2", "KT2 – Ống thải buồng sơn", "Bụi tổng", "mg/Nm³", "11,9", "200", "QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)"],
            ["3", None, "Toluen", "mg/Nm³", "147", "750", "QCVN 20:2009/BTNMT"],
        ],
        [(1, 0, 1, 6), (3, 0, 3, 6), (4, 1, 5, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_standard_named_per_row_gives_its_column_under_section_rows(tmp_path, fmt):
    found = extracted(SHIPYARD_STACKS, tmp_path, "shipyard-stacks", fmt)
    got = {(x.substance.code or x.substance.name, x.point, x.limit, x.column) for x in found.limits}
    assert got == {
        ("2902", "KT1", 200.0, "B"),
        ("2902", "KT2", 200.0, "B"),
        ("0621", "KT2", 750.0, None),
    }


DOCK_NORMS = [
    ("p", "Соблюдение технологических нормативов выбросов по режимам работы сухого дока"),
    (
        "t",
        None,
        [
            ["№ ИЗА", "Источник выброса", "Код ЗВ", "Загрязняющее вещество", "Технологический норматив, мг/Нм3", "Фактическая концентрация, мг/Нм3"],
            ["0001", "Фильтровентиляционная установка сухого дока", "2902", "Взвешенные частицы (абразивная пыль)", "20", "14,5"],
            [None, None, "0123", "Железо (II, III) оксиды", "5", "3,94"],
            ["0002", "Вытяжная система камеры очистки секций", "2902", "Взвешенные частицы (абразивная пыль)", "20", "13,9"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_code_names_one_pollutant_whatever_its_name_adds_in_brackets(tmp_path, fmt):
    found = extracted(DOCK_NORMS, tmp_path, "dock-norms", fmt)
    got = {(x.substance.code, x.point, x.limit, x.value) for x in found.limits}
    assert got == {("2902", "0001", 20.0, 14.5), ("0123", "0001", 5.0, 3.94), ("2902", "0002", 20.0, 13.9)}
    assert {e.substance.code for e in found.emissions} <= {"2902", "0123"}


BALLAST = [
    ("p", "Сведения о сдаче судовых отходов и водяном балласте за 2025 год"),
    (
        "t",
        None,
        [
            ["Судно", "Наименование", "Код отхода", "Масса, т", "Кому сдано"],
            ["Буксир «Теңіз-3»", "Льяльные воды", "13 04 03*", "41,65", "ППС «Теңіз Таза»"],
            [None, "Водяной балласт (замена в открытом море)", "–", "–", "отходом не является"],
            ["Всего сдано отходов", None, None, "41,65", None],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_said_to_be_no_waste_and_a_total_before_the_names_make_no_wastes(tmp_path, fmt):
    found = extracted(BALLAST, tmp_path, "ballast", fmt)
    assert [(w.name, w.code, w.amount_t) for w in found.wastes] == [("Льяльные воды", "13 04 03*", 41.65)]


LOADS = [
    ("p", "План-график контроля на источниках перегрузочного комплекса"),
    (
        "t",
        None,
        [
            ["№ ИЗА", "Источник выброса", "Груз", "Код ЗВ", "Контролируемое вещество", "Периодичность"],
            ["6003", "Судопогрузочная машина", "уголь", "3749", "Пыль каменного угля", "1 раз в месяц"],
            [None, None, "контейнеры", "–", "выбросы отсутствуют", "–"],
            ["0003", "Дымовая труба котельной", "не зависит от груза", "0301", "Азота диоксид", "1 раз в квартал"],
            ["–", "Суда у причалов (двигатели)", "любой", "0328", "Углерод (Сажа)", "при каждом судозаходе"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_load_that_emits_nothing_and_a_place_with_no_number_add_no_duty_to_the_source_above(tmp_path, fmt):
    found = extracted(LOADS, tmp_path, "loads", fmt)
    got = {(o.source_numbers, o.frequency, tuple(s.code for s in o.substances)) for o in found.obligations if o.kind == "monitoring"}
    assert got == {(("6003",), "monthly", ("3749",)), (("0003",), "quarterly", ("0301",))}


BACKGROUND = [
    ("p", "Результаты наблюдений в зоне влияния дноуглубительных работ"),
    (
        "t",
        None,
        [
            ["Дата", "Показатель, мг/дм3", "Точки отбора проб", None, None, "Норматив, мг/дм3"],
            [None, None, "Ф-1 (фон, 500 м против течения)", "К-1 (100 м)", "К-2 (250 м)", None],
            ["06.07.2025", "Взвешенные вещества", "7,1", "7,33", "7,1", "7,1 + 0,25 = 7,35"],
            [None, "Нефтепродукты", "0,03", "0,024", "0,041", "0,05"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5), (2, 0, 3, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_background_point_is_not_judged_by_the_norm_worked_out_from_it(tmp_path, fmt):
    found = extracted(BACKGROUND, tmp_path, "background", fmt)
    got = {(x.substance.symbol, x.point, x.limit, x.value) for x in found.limits}
    assert got == {
        ("TSS", "К-1", 7.35, 7.33),
        ("TSS", "К-2", 7.35, 7.1),
        ("TPH", "Ф-1", 0.05, 0.03),
        ("TPH", "К-1", 0.05, 0.024),
        ("TPH", "К-2", 0.05, 0.041),
    }
