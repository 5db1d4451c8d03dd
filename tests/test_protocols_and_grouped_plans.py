"""Protocols, grouped plans and reports read by what they hold, in DOCX, PDF and text the tests write:
a plan grouped under frequency titles with what is measured where in one column, a standard named to
compare with (no figures), a protocol whose sample card says what was sampled and whose title row labels
the place, results at points over their horizons, a waste's code written after its name with amounts
in two units, and a code written without its star beside a word that says hazardous."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


GROUPED_PLAN = [
    ("p", "Программа производственного экологического контроля автобазы."),
    (
        "t",
        "Таблица 4 – План контроля",
        [
            ["№", "Объект контроля", "Определяемые показатели", "Исполнитель"],
            ["Ежеквартально", None, None, None],
            ["1", "ИЗА № 0003 – труба котельной", "Азота диоксид, Углерод оксид", "лаборатория"],
            ["2", "ЛС-1 – выпуск ливневой канализации", "Взвешенные вещества, Нефтепродукты", "лаборатория"],
            ["Один раз в год", None, None, None],
            ["3", "ЛС-1 – выпуск ливневой канализации", "Свинец", "лаборатория"],
        ],
        [(1, 0, 1, 3), (4, 0, 4, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plan_grouped_under_frequency_titles(tmp_path, fmt):
    found = extracted(GROUPED_PLAN, tmp_path, "grouped", fmt)
    assert [t.role for t in found.tables] == ["monitoring"]
    got = {(sources, (point or "").split(" ")[0], freq, subs) for sources, point, freq, subs in monitoring_duties(found)}
    assert ((), "ЛС-1", "quarterly", ("TPH", "TSS")) in got
    assert ((), "ЛС-1", "yearly", ("Pb",)) in got
    assert any(sources == ("0003",) and freq == "quarterly" for sources, _, freq, _ in got)


COMPARED_WITH = [
    ("p", "Chương trình quan trắc môi trường định kỳ."),
    (
        "t",
        "",
        [
            ["TT", "Vị trí quan trắc", "Thông số quan trắc", "Quy chuẩn so sánh"],
            ["Quan trắc định kỳ 03 tháng/lần", None, None, None],
            ["1", "NT1 – Nước thải sau xử lý", "pH, COD, Tổng chất rắn lơ lửng (TSS)", "QCVN 40:2011/BTNMT, cột B"],
            ["2", "KK1 – Không khí cổng nhà máy", "Bụi tổng, SO2", "QCVN 05:2023/BTNMT"],
        ],
        [(1, 0, 1, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_standard_named_to_compare_with_is_no_limit(tmp_path, fmt):
    found = extracted(COMPARED_WITH, tmp_path, "compared", fmt)
    assert [t.role for t in found.tables] == ["monitoring"]
    assert {point.split(" ")[0] for _, point, freq, _ in monitoring_duties(found) if freq == "quarterly"} == {"NT1", "KK1"}
    assert not found.limits


PROTOCOL = [
    ("p", "Протокол испытаний № 77 от 02.04.2026"),
    (
        "t",
        "",
        [
            ["Заказчик", "ТОО «Депо Сервис»"],
            ["Объект испытаний", "сточная вода после очистных сооружений"],
            ["Дата отбора проб", "28.03.2026"],
        ],
        [],
    ),
    ("p", "Результаты испытаний"),
    (
        "t",
        "",
        [
            ["№", "Наименование показателя", "Ед. изм.", "Результат", "Допустимая концентрация"],
            ["Место отбора: КК-2 – колодец на выпуске в канализацию", None, None, None, None],
            ["1", "Взвешенные вещества", "мг/дм3", "120 ± 12", "300"],
            ["2", "Нефтепродукты", "мг/дм3", "0,9 ± 0,1", "3"],
        ],
        [(1, 0, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_protocol_card_and_a_labelled_place(tmp_path, fmt):
    found = extracted(PROTOCOL, tmp_path, "protocol", fmt)
    got = {(lim.point.split(" ")[0], lim.medium, lim.substance.symbol, lim.limit, lim.value) for lim in found.limits}
    assert got == {("КК-2", "waste_water", "TSS", 300.0, 120.0), ("КК-2", "waste_water", "TPH", 3.0, 0.9)}


HORIZONS = [
    ("p", "Результаты анализа морской воды в акватории порта."),
    (
        "t",
        "",
        [
            ["Показатель", "Ед. изм.", "ПДК р.х.", "М-1 (причал № 2)", None, "М-2 (рейд)", None],
            [None, None, None, "пов.", "придон.", "пов.", "придон."],
            ["Нефтепродукты", "мг/дм3", "0,05", "0,021", "0,018", "0,012", "0,009"],
        ],
        [(0, 3, 0, 4), (0, 5, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_points_over_their_horizons(tmp_path, fmt):
    found = extracted(HORIZONS, tmp_path, "horizons", fmt)
    got = sorted((lim.point, lim.value) for lim in found.limits)
    assert got == [("М-1", 0.018), ("М-1", 0.021), ("М-2", 0.009), ("М-2", 0.012)]
    assert {lim.limit for lim in found.limits} == {0.05}


CLEAN_UP = [
    ("p", "Отходы, образовавшиеся при ликвидации разлива."),
    (
        "t",
        "",
        [
            ["№", "Вид отхода – код", "Количество", None, "Передано"],
            [None, None, "м3", "т", None],
            ["1", "Нефтезагрязненный грунт – 17 05 03*", "610", "980,4", "ТОО «Тазалык»"],
            ["2", "Отработанные сорбенты – 15 02 02*", "4,2", "1,26", "ТОО «Тазалык»"],
        ],
        [(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1), (0, 4, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_code_after_the_name_and_tonnes_beside_cubic_metres(tmp_path, fmt):
    found = extracted(CLEAN_UP, tmp_path, "cleanup", fmt)
    got = {(w.code, w.amount_t) for w in found.wastes}
    assert got == {("17 05 03*", 980.4), ("15 02 02*", 1.26)}


STARLESS = [
    ("p", "Таблица 2. Отходы депо (коды по Классификатору отходов)."),
    (
        "t",
        "",
        [
            ["№", "Наименование отхода", "Код отхода", "Опасность", "Образование, т/год"],
            ["1", "Отработанные моторные масла", "13 02 05", "опасный", "6,2"],
            ["2", "Лом черных металлов", "17 04 05", "неопасный", "31"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_starless_code_the_row_and_the_list_call_hazardous(tmp_path, fmt):
    found = extracted(STARLESS, tmp_path, "starless", fmt)
    assert {(w.code, w.hazardous) for w in found.wastes} == {("13 02 05*", True), ("17 04 05", False)}
