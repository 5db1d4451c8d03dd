"""Plans by quarters, calculation sheets, schedules of months and cards of two operators, in files the tests write.

A plan that writes its measures in the cells of quarter columns gives a task a measure; a calculation sheet names its
pollutant in a title row over the rows that work out its rates; quarters that list their months say how often a check
is made; a card of the previous and the new operator is the new one's; a net mass is a waste's, not the gross; a
source's number may stand two header rows above its rates; years heading a plan's columns are no substance codes.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

QUARTERS = [
    ("h", "План природоохранных мероприятий на 2026 год. ТОО «Жетісу Тұрмыстық Химия»"),
    (
        "t",
        "Таблица 1 – Мероприятия по кварталам",
        [
            ["Направление", "I квартал", "II квартал", "III квартал", "IV квартал", "Ответственный"],
            ["Охрана атмосферного воздуха", "– Заменить рукава фильтров – Провести наладку скруббера", "–", "– Выполнить замеры на ИЗА 0001", "–", "Начальник цеха"],
            ["Обращение с отходами", "–", "– Заключить договор на вывоз отходов", "–", "– Провести инвентаризацию отходов", "Инженер-эколог"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_measures_in_quarter_cells_are_tasks(tmp_path, fmt):
    found = extracted(QUARTERS, tmp_path, "quarters", fmt)
    got = sorted((o.text.split("—")[-1].strip()[:22], o.actor) for o in found.obligations if o.kind == "task")
    assert len(got) == 5, got
    assert {a for _, a in got} == {"Начальник цеха", "Инженер-эколог"}, got
    assert any("Заключить договор" in o.text for o in found.obligations if o.kind == "task")


SHEET = [
    ("h", "Расчет выбросов загрязняющих веществ. Цех розлива бытовой химии «Таза Үй»"),
    (
        "t",
        "Таблица 3.1 – Расчет выбросов по источникам",
        [
            ["Наименование показателя", "Обозначение", "Ед. изм.", "Значение"],
            ["Источник № 0001 – Вытяжка реакторов-смесителей", "", "", ""],
            ["Вещество: 0150 – Натрий гидроксид (Натр едкий)", "", "", ""],
            ["Количество перерабатываемого сырья (натр едкий)", "B", "т/год", "250"],
            ["Максимальный разовый выброс, M = q × B / (T × 3600)", "M", "г/с", "0,000104"],
            ["Валовый выброс, G = q × B × 10⁻⁶", "G", "т/год", "0,0015"],
            ["Источник № 0002 – Вытяжка участка отбеливателя", "", "", ""],
            ["Вещество: 0349 – Хлор", "", "", ""],
            ["Количество перерабатываемого сырья (гипохлорит натрия)", "B", "т/год", "410"],
            ["Максимальный разовый выброс, M = q × B / (T × 3600)", "M", "г/с", "0,00019"],
            ["Валовый выброс, G = q × B × 10⁻⁶", "G", "т/год", "0,00205"],
        ],
        [(1, 0, 1, 3), (2, 0, 2, 3), (6, 0, 6, 3), (7, 0, 7, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_calculation_sheet_names_its_pollutant_in_a_title_row(tmp_path, fmt):
    found = extracted(SHEET, tmp_path, "sheet", fmt)
    got = sorted((e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0001", "0150", 0.000104, 0.0015), ("0002", "0349", 0.00019, 0.00205)], got


SCHEDULE = [
    ("h", "График внутренних проверок на 2026 год. Завод товарного бетона «Шу Бетон»"),
    (
        "t",
        "Таблица 1 – График проверок",
        [
            ["№", "Объект проверки", "Сроки проведения по кварталам", "", "", "", "Ответственный"],
            ["", "", "I кв.", "II кв.", "III кв.", "IV кв.", ""],
            ["1", "Силосы цемента", "янв., фев., март", "апр., май, июнь", "июль, авг., сент.", "окт., нояб., дек.", "механик"],
            ["2", "Склады заполнителей", "март", "июнь", "сент.", "дек.", "начальник участка"],
            ["3", "Котельная", "янв.", "–", "–", "окт.", "энергетик"],
        ],
        [(0, 2, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1), (0, 6, 1, 6)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_quarters_that_list_months_say_how_often(tmp_path, fmt):
    found = extracted(SCHEDULE, tmp_path, "schedule", fmt)
    got = sorted((o.number, o.frequency) for o in found.obligations if o.kind == "inspection")
    assert got == [("1", "monthly"), ("2", "quarterly"), ("3", "semiannual")], got


HANDOVER = [
    ("h", "Уведомление о смене оператора объекта"),
    (
        "t",
        "",
        [
            ["Реквизит", "Прежний оператор (передающая сторона)", "Новый оператор (принимающая сторона)"],
            ["Наименование", "АО «Павлодарское СМУ-7»", "ТОО «Ертіс Бетон»"],
            ["БИН", "051243725986", "171245822249"],
            ["Наименование объекта", "Завод товарного бетона «Ертіс Бетон»", ""],
            ["Код КАТО", "551026000", ""],
            ["Категория объекта", "II категория", ""],
        ],
        [(3, 1, 3, 2), (4, 1, 4, 2), (5, 1, 5, 2)],
    ),
    (
        "t",
        "Сводный акт приема-передачи отходов",
        [
            ["№", "Наименование отхода", "Код отхода", "Количество мест", "Масса брутто, кг", "Масса нетто, кг"],
            ["1", "Осадок очистных сооружений", "07 06 12", "биг-бэги – 12", "9 639", "9 081"],
            ["2", "Промасленная ветошь", "15 02 02*", "мешки – 17", "252", "232"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_new_operators_card_and_the_net_mass(tmp_path, fmt):
    found = extracted(HANDOVER, tmp_path, "handover", fmt)
    assert [(f.bin, f.kato, f.category) for f in found.facilities] == [("171245822249", "551026000", "II")]
    got = sorted((w.code, w.amount_t) for w in found.wastes)
    assert got == [("07 06 12", 9.081), ("15 02 02*", 0.232)], got


NORMS = [
    ("h", "Приложение 2 к экологическому разрешению. Нормативы допустимых выбросов"),
    (
        "t",
        "Таблица 2.1 – Нормативы выбросов по источникам",
        [
            ["Код ЗВ", "Наименование вещества", "Нормативы выбросов по источникам", "", "", ""],
            ["", "", "ИЗА № 0001", "", "ИЗА № 0002", ""],
            ["", "", "Дымовая труба котельной", "", "Воздушник экстракционного цеха", ""],
            ["", "", "г/с", "т/год", "г/с", "т/год"],
            ["0301", "Азота диоксид", "1,32", "36,1", "–", "–"],
            ["0403", "Гексан", "–", "–", "0,699", "18,1"],
        ],
        [(0, 2, 0, 5), (1, 2, 1, 3), (1, 4, 1, 5), (2, 2, 2, 3), (2, 4, 2, 5), (0, 0, 3, 0), (0, 1, 3, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sources_number_two_header_rows_above_its_rates(tmp_path, fmt):
    found = extracted(NORMS, tmp_path, "norms", fmt)
    got = sorted((e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0001", "0301", 1.32, 36.1), ("0002", "0403", 0.699, 18.1)], got


YEARS = [
    ("h", "Программа производственного экологического контроля на 2026–2030 годы. Цех «Мөлдір»"),
    (
        "t",
        "Таблица 3 – План-график контроля",
        [
            ["№", "Объект контроля", "Контролируемые вещества", "Периодичность контроля", ""],
            ["", "", "", "2026 г.", "2027–2030 гг."],
            ["1", "ИЗА № 0001 – вытяжка реакторов", "0150 – Натрий гидроксид (Натр едкий); 0349 – Хлор", "ежеквартально", "2 раза в год"],
            ["2", "ИЗА № 0002 – вытяжка участка розлива", "1051 – Пропан-2-ол (Изопропиловый спирт)", "ежеквартально", "ежегодно"],
        ],
        [(0, 3, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_years_over_a_plans_frequencies_are_no_codes(tmp_path, fmt):
    found = extracted(YEARS, tmp_path, "years", fmt)
    got = sorted(
        (n, s.code, o.frequency) for o in found.obligations if o.kind == "monitoring" for n in o.source_numbers for s in o.substances
    )
    assert got == [
        ("0001", "0150", "quarterly"),
        ("0001", "0150", "semiannual"),
        ("0001", "0349", "quarterly"),
        ("0001", "0349", "semiannual"),
        ("0002", "1051", "quarterly"),
        ("0002", "1051", "yearly"),
    ], got
