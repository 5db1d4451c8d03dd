"""Ports, berths and ships' paperwork, in DOCX, PDF and text the tests write.

A price list of wastes received is no table of wastes; a coordinate pair may be joined by a dash when its
letters say latitude and longitude; a programme naming the rings around a pier means the stations a table
before it lists under each ring; a limit written as its sum and result (`16,4 + 0,25 = 16,65`) is the result;
a mean with its range in brackets (`7,1 (6,7 – 7,5)`) is the mean; `Проверка` heads what is checked.
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
