"""Tables as hands and converters leave them, and what the glass, ceramics and exploration documents taught, in
DOCX, PDF and text the tests write.

A remarks column is no field, key or title; a row of column numbers under the header is no header row; an empty
line between rows continues none of them. Forms stacked in a table with no header are read a form each; a plan
drawn as a board by quarters is a plan; a register's grades take their frequency from a table of grades; a
comparison of options keeps the option taken; what a method can measure is no limit, nor is an increase over the
background; each outlet is judged by the standard beside its results.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


def _inspections(found) -> list[tuple[str, str | None]]:
    return sorted((o.text, o.frequency) for o in found.obligations if o.kind == "inspection")


FREQUENCIES_WITH_REMARKS = [
    ("h", "График осмотров природоохранных объектов"),
    (
        "t",
        "Таблица 4 – Объекты осмотров по периодичности",
        [
            ["Подразделение", "Ежедневно", "Ежемесячно", "Примечание"],
            ["Литейный цех", "Рукавный фильтр вагранки", "Склад формовочной смеси", "по графику ППР"],
            ["Котельная", "Дымосос котла № 2", "Золошлакоотвал", ""],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_frequencies_as_columns_are_read_past_a_remarks_column(tmp_path, fmt):
    found = extracted(FREQUENCIES_WITH_REMARKS, tmp_path, "remarks", fmt)
    got = _inspections(found)
    assert [f for _, f in got].count("daily") == 2 and [f for _, f in got].count("monthly") == 2, got
    assert not any("ППР" in text for text, _ in got), got


EMPTY_LINE = [
    ("h", "Программа внутренних проверок"),
    (
        "t",
        "Таблица 2 – Периодичность внутренних проверок",
        [
            ["№", "Объект проверки", "Периодичность", "Ответственный"],
            ["1", "Склад ГСМ", "ежеквартально", "главный механик"],
            ["2", "Аккумуляторная", "ежемесячно", "энергетик"],
            ["", "", "", ""],
            ["3", "Площадка накопления отходов", "еженедельно", "инженер-эколог"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_an_empty_line_between_rows_makes_no_inspection(tmp_path, fmt):
    found = extracted(EMPTY_LINE, tmp_path, "empty_line", fmt)
    got = _inspections(found)
    assert len(got) == 3, got
    assert sorted(f for _, f in got) == ["monthly", "quarterly", "weekly"]


NUMBERS_UNDER_HEADER = [
    ("h", "Результаты контроля сточных вод"),
    (
        "t",
        "Таблица 5 – Качество сточных вод на выпуске КК-1, мг/дм3",
        [
            ["Показатель", "ДК", "I кв.", "II кв.", "III кв."],
            ["1", "2", "3", "4", "5"],
            ["Взвешенные вещества", "300", "120", "95", "140"],
            ["Нефтепродукты", "5", "0,8", "1,1", "0,6"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_of_column_numbers_leaves_the_quarters_results(tmp_path, fmt):
    found = extracted(NUMBERS_UNDER_HEADER, tmp_path, "numbers_row", fmt)
    got = sorted((lim.substance.symbol, lim.limit, lim.value) for lim in found.limits)
    assert got == [
        ("TPH", 5.0, 0.6), ("TPH", 5.0, 0.8), ("TPH", 5.0, 1.1),
        ("TSS", 300.0, 95.0), ("TSS", 300.0, 120.0), ("TSS", 300.0, 140.0),
    ]  # fmt: skip


BOARD = [
    ("h", "План мероприятий по охране окружающей среды на 2027 год"),
    (
        "t",
        "Таблица 1 – Мероприятия по кварталам",
        [
            ["Направление", "I квартал", "II квартал", "III квартал"],
            [
                "Атмосферный воздух",
                "1.1. Заменить циклоны сушильного барабана (отв.: главный механик)",
                "—",
                "1.2. Провести инвентаризацию выбросов (отв.: инженер-эколог)",
            ],
            ["Отходы", "—", "2.1. Заключить договор на вывоз лома (отв.: отдел снабжения)", "—"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plan_drawn_as_a_board_by_quarters_gives_each_numbered_item(tmp_path, fmt):
    found = extracted(BOARD, tmp_path, "board", fmt)
    got = sorted((o.number, o.actor) for o in found.obligations if o.kind == "task")
    assert got == [("1.1", "главный механик"), ("1.2", "инженер-эколог"), ("2.1", "отдел снабжения")]


GRADES = [
    ("h", "Реестр объектов внутреннего контроля"),
    (
        "t",
        "Таблица 1 – Объекты проверок",
        [
            ["№", "Объект", "Уровень риска", "Проверяющий"],
            ["1", "Склад реагентов", "высокий", "мастер"],
            ["2", "Компрессорная", "низкий", "механик"],
            ["3", "Очистные сооружения", "высокий", "эколог"],
        ],
        [],
    ),
    ("p", "Периодичность проверок определяется уровнем риска."),
    (
        "t",
        "Таблица 2 – Периодичность по уровню риска",
        [["Уровень риска", "Периодичность проверки"], ["высокий", "еженедельно"], ["низкий", "ежеквартально"]],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_registers_grades_take_their_frequency_from_the_table_of_grades(tmp_path, fmt):
    found = extracted(GRADES, tmp_path, "grades", fmt)
    got = sorted(f for _, f in _inspections(found))
    assert got == ["quarterly", "weekly", "weekly"]


STACKED_FORMS = [
    ("h", "Бланки инвентаризации источников выбросов"),
    (
        "t",
        "Таблица 3 – Источники и их выбросы",
        [
            ["ИЗА № 0001 – Труба котельной", "", "", ""],
            ["Высота источника, м", "", "25", ""],
            ["Код ЗВ", "Наименование вещества", "г/с", "т/год"],
            ["0301", "Азота диоксид", "0,12", "3,1"],
            ["0337", "Углерод оксид", "0,45", "11,6"],
            ["ИЗА № 0002 – Труба сушильного барабана", "", "", ""],
            ["Высота источника, м", "", "18", ""],
            ["Код ЗВ", "Наименование вещества", "г/с", "т/год"],
            ["2908", "Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "0,31", "7,9"],
        ],
        [(0, 0, 0, 3), (5, 0, 5, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_forms_stacked_in_a_table_with_no_header_are_read_a_form_each(tmp_path, fmt):
    found = extracted(STACKED_FORMS, tmp_path, "stacked", fmt)
    got = sorted((e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0001", "0301", 0.12, 3.1), ("0001", "0337", 0.45, 11.6), ("0002", "2908", 0.31, 7.9)]


OPTIONS = [
    ("h", "Сравнение вариантов топлива"),
    (
        "t",
        "Таблица 4 – Выбросы по вариантам",
        [
            ["Номер ИЗА", "Код ЗВ", "Наименование ЗВ", "Вариант 1: мазут", "", "Вариант 2 (принят): газ", ""],
            ["", "", "", "г/с", "т/год", "г/с", "т/год"],
            ["0001", "0301", "Азота диоксид", "0,52", "14,2", "0,31", "8,4"],
            ["0001", "0330", "Сера диоксид", "1,9", "51,0", "0,01", "0,2"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_comparison_of_options_keeps_the_option_taken(tmp_path, fmt):
    found = extracted(OPTIONS, tmp_path, "options", fmt)
    got = sorted((e.substance.code, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0301", 0.31, 8.4), ("0330", 0.01, 0.2)]


METHOD_AND_BACKGROUND = [
    ("h", "Протокол испытаний"),
    (
        "t",
        "Таблица 1 – Результаты анализа воды р. Илек, мг/дм3",
        [
            ["Показатель", "Предел обнаружения", "Результат", "ПДК"],
            ["Нефтепродукты", "0,005", "0,03", "0,05"],
            ["Взвешенные вещества", "3", "12,4", "фон + 0,75"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_methods_detection_limit_and_an_increase_over_background_are_no_limits(tmp_path, fmt):
    found = extracted(METHOD_AND_BACKGROUND, tmp_path, "method", fmt)
    got = sorted((lim.substance.symbol, lim.limit, lim.value) for lim in found.limits)
    assert got == [("TPH", 0.05, 0.03)]


OUTLETS = [
    ("h", "KẾT QUẢ QUAN TRẮC NƯỚC THẢI"),
    (
        "t",
        "Bảng 2. Kết quả phân tích nước thải",
        [
            ["Thông số", "Đơn vị", "NT1 – Kết quả", "QCVN 40:2011/BTNMT cột B", "NT2 – Kết quả", "QCVN 14:2008/BTNMT cột B"],
            ["BOD5 (20°C)", "mg/L", "30,5", "50", "41,2", "50"],
            ["Tổng chất rắn lơ lửng (TSS)", "mg/L", "40", "100", "62", "100"],
            ["Amoni (tính theo N)", "mg/L", "4,1", "10", "6,3", "10"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_outlet_is_judged_by_the_standard_beside_its_results(tmp_path, fmt):
    found = extracted(OUTLETS, tmp_path, "outlets", fmt)
    got = sorted((lim.point, lim.substance.symbol, lim.value, lim.column) for lim in found.limits)
    assert len(got) == 6, got
    assert {(p, v) for p, _, v, _ in got} == {("NT1", 30.5), ("NT1", 40.0), ("NT1", 4.1), ("NT2", 41.2), ("NT2", 62.0), ("NT2", 6.3)}
    assert {c for *_, c in got} == {"B"}
