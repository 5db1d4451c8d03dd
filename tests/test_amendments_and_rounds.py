"""Amendments and result sheets read by what their cells hold, in DOCX, PDF and text the tests write:
the values an amendment puts in force beside those it replaces (limits, frequencies, rates), a duty
an amendment takes out, a source taken out of service that has no norm, norms at sources with no
rates, rounds of stack measurements under the point merged over them, and a column multiple of the
limit that is no frequency and no limit."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


NORMS_AT_SOURCES = [
    ("p", "Изменения № 2 в экологическое разрешение. Приложение 3 к изменениям."),
    (
        "t",
        "Таблица 3 – Технологические нормативы",
        [
            ["№ источника", "Код ЗВ", "Наименование ЗВ", "Норматив, мг/Нм3", None],
            [None, None, None, "было", "стало"],
            ["0007", "0301", "Азота диоксид", "650", "450"],
            [None, "0337", "Углерод оксид", "250", "120"],
            ["0008", "2908", "Пыль неорганическая: 70-20% SiO2", "75", "30"],
        ],
        [(0, 3, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_norms_at_sources_in_force_after_an_amendment(tmp_path, fmt):
    found = extracted(NORMS_AT_SOURCES, tmp_path, "norms", fmt)
    assert [t.role for t in found.tables] == ["limits"]
    got = {(lim.point, lim.substance.code, lim.limit, lim.medium, lim.unit) for lim in found.limits}
    assert got == {
        ("0007", "0301", 450.0, "flue_gas", "mg/Nm3"),
        ("0007", "0337", 120.0, "flue_gas", "mg/Nm3"),
        ("0008", "2908", 30.0, "flue_gas", "mg/Nm3"),
    }
    assert {s.number for s in found.sources} == {"0007", "0008"}  # the sources the norms are set at


PLAN_AMENDED = [
    ("p", "Nội dung điều chỉnh chương trình quan trắc môi trường định kỳ."),
    (
        "t",
        "",
        [
            ["TT", "Vị trí quan trắc", "Thông số", "Tần suất hiện hành", "Tần suất sau điều chỉnh"],
            ["1", "KT5 – Ống thải lò sấy", "Bụi tổng, CO", "03 tháng/lần", "06 tháng/lần"],
            ["2", "KT6 – Ống thải máy phát điện", "SO2, NO2", "06 tháng/lần", "Không thuộc đối tượng phải quan trắc"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plan_amended_keeps_the_new_frequency_and_drops_what_it_takes_out(tmp_path, fmt):
    found = extracted(PLAN_AMENDED, tmp_path, "plan", fmt)
    assert {(p, f, s) for _, p, f, s in monitoring_duties(found)} == {("KT5", "semiannual", ("CO", "TSP"))}


RATES = [
    ("p", "Корректировка проекта нормативов допустимых выбросов после реконструкции котельной."),
    (
        "t",
        "Таблица 4 – Нормативы выбросов",
        [
            ["Цех", "Номер источника", "Существующее положение", None, "НДВ", None],
            [None, None, "г/с", "т/год", "г/с", "т/год"],
            ["0330, Сера диоксид", None, None, None, None, None],
            ["Котельная", "0012", "0,311", "4,07", "0,145", "1,92"],
            ["Мазутная котельная", "0013", "0,512", "6,3", "–", "–"],
        ],
        [(0, 2, 0, 3), (0, 4, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1), (2, 0, 2, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_source_with_no_norm_beside_todays_figures_gives_no_emission(tmp_path, fmt):
    found = extracted(RATES, tmp_path, "rates", fmt)
    assert {(e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions} == {("0012", "0330", 0.145, 1.92)}
    assert {s.number for s in found.sources} == {"0012"}


ROUNDS = [
    ("p", "Kết quả quan trắc khí thải định kỳ năm 2026."),
    (
        "t",
        "",
        [
            ["Vị trí", "Đợt quan trắc", "SO2 (mg/Nm3)", "CO (mg/Nm3)"],
            ["KT9 – Ống khói lò hơi", "Đợt 1", "120", "310"],
            [None, "Đợt 2", "95", "280"],
            ["QCVN 19:2009/BTNMT, cột B", None, "500", "1.000"],
        ],
        [(1, 0, 2, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rounds_under_a_point_merged_over_them_are_measured_there(tmp_path, fmt):
    found = extracted(ROUNDS, tmp_path, "rounds", fmt)
    got = {(lim.point, lim.substance.code, lim.value, lim.limit) for lim in found.limits}
    assert got == {
        ("KT9", "0330", 120.0, 500.0),
        ("KT9", "0330", 95.0, 500.0),
        ("KT9", "0337", 310.0, 1000.0),
        ("KT9", "0337", 280.0, 1000.0),
    }


MULTIPLE = [
    ("p", "Результаты наблюдений на границе санитарно-защитной зоны."),
    (
        "t",
        "",
        [
            ["Код ЗВ", "Вещество", "ПДК м.р., мг/м3", "Концентрация фактическая, мг/м3", "Кратность ПДК"],
            ["Т-7 (север)", None, None, None, None],
            ["0301", "Азота диоксид", "0,2", "0,05", "0,25"],
        ],
        [(1, 0, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_multiple_of_the_limit_is_no_frequency_and_no_limit(tmp_path, fmt):
    found = extracted(MULTIPLE, tmp_path, "multiple", fmt)
    assert {(lim.point, lim.limit, lim.value) for lim in found.limits} == {("Т-7", 0.2, 0.05)}
    assert not [o for o in found.obligations if o.kind == "monitoring"]
