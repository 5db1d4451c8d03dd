"""Tables as small consultancies type them, read by what their cells hold, in DOCX, PDF and text the
tests write: a column per pollutant with both rates and their units in each source's cell, abbreviated
headers, a register grouped under Roman numbers with subtotals, results at points under a three-row
header, a standard's lone sub-label over its columns, months `T1 … T12` under the year, and the
signatures typed into the last rows."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


TURNED = [
    ("p", "Раздел 3. Выбросы загрязняющих веществ от котельной школы."),
    (
        "t",
        "Табл. 3 Выбросы по источникам",
        [
            ["Код в-ва", None, "0301", "0337", "0330"],
            ["Наим. в-ва", None, "Азота диоксид", "Углерод оксид", "Сера диоксид"],
            ["№ ИЗА", "Наименов. источника", None, None, None],
            ["0001", "Труба котельной (уголь)", "0,041 г/с 0,72 т/г", "0,52 г/с 9,1 т/г", "0,13 г/с 2,2 т/г"],
            ["6001", "Склад угля – неорг.", "–", "–", "–"],
            ["Всего", None, "0,041 г/с 0,72 т/г", "0,52 г/с 9,1 т/г", "0,13 г/с 2,2 т/г"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_per_pollutant_with_both_rates_in_a_cell(tmp_path, fmt):
    found = extracted(TURNED, tmp_path, "turned", fmt)
    assert [t.role for t in found.tables] == ["emissions"]
    got = {(e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("0001", "0301", 0.041, 0.72), ("0001", "0337", 0.52, 9.1), ("0001", "0330", 0.13, 2.2)}


ABBREVIATED = [
    ("p", "Нормативы выбросов по источникам котельной."),
    (
        "t",
        "",
        [
            ["№ ИЗА", "Наим. источн.", "Код", "Наименование", "Кл. опасн.", "г/с", "т/год"],
            ["0001", "Дымовая труба", "0301", "Азота диоксид", "2", "0,03", "0,5"],
            [None, None, "0337", "Углерод оксид", "4", "0,4", "6,6"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_abbreviated_hazard_class_header(tmp_path, fmt):
    found = extracted(ABBREVIATED, tmp_path, "abbreviated", fmt)
    assert {(e.substance.code, e.hazard_class) for e in found.emissions} == {("0301", 2), ("0337", 4)}


GROUPED_REGISTER = [
    ("p", "DANH SÁCH CƠ SỞ ĐÃ ĐĂNG KÝ MÔI TRƯỜNG TRÊN ĐỊA BÀN XÃ"),
    (
        "t",
        "",
        [
            ["STT", "Tên cơ sở", "Mã số thuế", "Ngành nghề", "Ngày đăng ký"],
            ["I", "Thôn Bắc", None, None, None],
            ["1", "Cơ sở sấy nông sản Hoàng Văn Nam", "2300456785", "Sấy nông sản", "12/03/2026"],
            ["", "Cộng thôn Bắc: 1 cơ sở", None, None, None],
            ["II", "Thôn Nam", None, None, None],
            ["2", "Cơ sở chế biến gỗ Trần Thị Hoa", "2300998871", "Chế biến gỗ", "20/04/2026"],
        ],
        [(1, 1, 1, 4), (3, 1, 3, 4), (4, 1, 4, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_grouped_under_roman_numbers(tmp_path, fmt):
    found = extracted(GROUPED_REGISTER, tmp_path, "grouped", fmt)
    assert [t.role for t in found.tables] == ["facility"]
    assert {(f.name, f.bin) for f in found.facilities} == {
        ("Cơ sở sấy nông sản Hoàng Văn Nam", "2300456785"),
        ("Cơ sở chế biến gỗ Trần Thị Hoa", "2300998871"),
    }


AT_POINTS = [
    ("p", "Протокол измерений атмосферного воздуха на границе СЗЗ."),
    (
        "t",
        "",
        [
            ["№", "Вещество", "ПДК м.р.", "Концентрация в точках отбора", None],
            [None, None, None, "т.1 (север, 500 м)", "т.2 (юг, 500 м)"],
            [None, None, None, "факт., мг/м3", "факт., мг/м3"],
            ["1", "Азота диоксид (0301)", "0,2 мг/м3", "0,05", "0,07"],
            ["2", "Углерод оксид (0337)", "5 мг/м3", "1,9", "2,4"],
        ],
        [(0, 3, 0, 4), (0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_results_at_points_named_and_described_under_a_three_row_header(tmp_path, fmt):
    found = extracted(AT_POINTS, tmp_path, "atpoints", fmt)
    got = {(lim.point, lim.substance.code, lim.limit, lim.value) for lim in found.limits}
    assert got == {
        ("т.1", "0301", 0.2, 0.05),
        ("т.2", "0301", 0.2, 0.07),
        ("т.1", "0337", 5.0, 1.9),
        ("т.2", "0337", 5.0, 2.4),
    }


LONE_SUBLABEL = [
    ("p", "Kết quả quan trắc nước thải sau xử lý."),
    (
        "t",
        "",
        [
            ["TT", "Thông số", "Đơn vị", "Kết quả", "QCVN 14:2008/BTNMT", None],
            [None, None, None, None, "Giá trị C", None],
            [None, None, None, None, "A", "B"],
            ["1", "BOD5 (20°C)", "mg/l", "21", "30", "50"],
            ["2", "Tổng chất rắn lơ lửng (TSS)", "mg/l", "40", "50", "100"],
        ],
        [(0, 4, 0, 5), (1, 4, 1, 5), (0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 2, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_standard_lone_sub_label_over_its_columns(tmp_path, fmt):
    found = extracted(LONE_SUBLABEL, tmp_path, "lone", fmt)
    got = {(lim.substance.symbol, lim.column, lim.limit, lim.value) for lim in found.limits}
    assert got == {
        ("BOD5", "A", 30.0, 21.0),
        ("BOD5", "B", 50.0, 21.0),
        ("TSS", "A", 50.0, 40.0),
        ("TSS", "B", 100.0, 40.0),
    }


MONTHS_UNDER_YEAR = [
    ("p", "LỊCH KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026"),
    (
        "t",
        "",
        [
            ["TT", "Hạng mục kiểm tra", "2026", *[None] * 11, "Người thực hiện"],
            [None, None, *[f"T{m}" for m in range(1, 13)], None],
            ["1", "Kho chứa chất thải nguy hại", "+", "", "", "+", "", "", "+", "", "", "+", "", "", "Tổ trưởng kho"],
            ["2", "Bể tự hoại", "+", "", "", "", "", "", "+", "", "", "", "", "", "Tổ trưởng kho"],
            ["", "NGƯỜI LẬP  Nguyễn Văn An", "", "", "", "", "", "", "", "", "", "", "", "", "GIÁM ĐỐC"],
        ],
        [(0, 2, 0, 13), (0, 0, 1, 0), (0, 1, 1, 1), (0, 14, 1, 14)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_t1_to_t12_under_the_year_are_months(tmp_path, fmt):
    found = extracted(MONTHS_UNDER_YEAR, tmp_path, "months", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    got = {(o.number, o.frequency) for o in found.obligations if o.kind == "inspection"}
    assert got == {("1", "quarterly"), ("2", "semiannual")}  # and no check made of the signatures


TYPED_ORDER = [
    ("p", "Предписание. Предписывается:"),
    (
        "t",
        "",
        [
            ["№", "Выявл. нарушение", "Меры по устранению", "Срок устр.", "Отв. лицо"],
            ["1)", "Не ведется журнал", "Завести журнал учета отходов", "до 01.06.2026", "эколог Ли А.В."],
            ["2)", "Нет паспортов отходов", "Разработать паспорта опасных отходов", "до 01.07.2026", "эколог Ли А.В."],
            ["Гос. инспектор ________ Ахметов Б.", None, "Предписание получил: ________", None, None],
        ],
        [(3, 0, 3, 1), (3, 2, 3, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_measures_to_remedy_with_abbreviated_headers_and_signatures(tmp_path, fmt):
    found = extracted(TYPED_ORDER, tmp_path, "typed", fmt)
    assert [t.role for t in found.tables] == ["tasks"]
    got = {(o.number, o.text, o.actor) for o in found.obligations if o.kind == "task"}
    assert got == {
        ("1", "Завести журнал учета отходов", "эколог Ли А.В."),
        ("2", "Разработать паспорта опасных отходов", "эколог Ли А.В."),
    }


DECLARED_WASTES = [
    ("p", "Раздел 4. Декларируемое количество отходов."),
    (
        "t",
        "",
        [
            ["№", "Наименование отхода", "Код", "Кол-во образования", "Способ обращ."],
            ["1", "Промасленная ветошь", "15 02 02*", "0,02 т/год", "передача по договору"],
            ["2", "Смет с территории", "20 03 03", "1,4 т/год", "вывоз на полигон"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_amount_with_its_unit_in_the_cell_under_an_abbreviated_header(tmp_path, fmt):
    found = extracted(DECLARED_WASTES, tmp_path, "declared", fmt)
    got = {(w.code, w.amount_t, w.operation) for w in found.wastes}
    assert got == {("15 02 02*", 0.02, "передача по договору"), ("20 03 03", 1.4, "вывоз на полигон")}
