"""Table layouts read by what they hold, in DOCX, PDF and text the tests write: schedules by day of the
week, sources and points named in a plan's rows, lists printed side by side, cards of several facilities
side by side, forms in bands of labels over values, registers of emissions in kg a year."""

from __future__ import annotations

import pytest
from conftest import source_pollutants
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

WEEKDAYS = [
    ("h", "График обходов производственных участков"),
    ("p", "Приказом директора утвержден график обходов:"),
    (
        "t",
        "",
        [
            ["№", "Производственный участок", "Дни обхода", None, None, None, None, "Ответственный"],
            [None, None, "Пн", "Вт", "Ср", "Чт", "Пт", None],
            ["1", "Цех обжига", "х", "х", "х", "х", "х", "мастер"],
            ["2", "Склад реагентов", None, None, "х", None, None, "эколог"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 6), (0, 7, 1, 7)],
    ),
]

CONDITIONS = [
    ("h", "Экологическое разрешение. Приложение 2. Условия производственного мониторинга"),
    (
        "t",
        "",
        [
            ["№", "Экологическое условие", "Периодичность", "Форма отчетности"],
            ["1", "Инструментальный контроль выбросов на источнике № 0007: Азота диоксид, Углерод оксид.", "1 раз в квартал", "отчет по ПЭК"],
            ["2", "Контроль атмосферного воздуха в точке Т-4 на границе СЗЗ: Сера диоксид.", "ежемесячно", "отчет по ПЭК"],
        ],
        [],
    ),
]

SIDE_BY_SIDE = [
    ("h", "Технические условия на прием сточных вод"),
    ("p", "Таблица 1 – Допустимые концентрации загрязняющих веществ, мг/дм3"),
    (
        "t",
        "",
        [
            ["№", "Показатель", "ДК", "№", "Показатель", "ДК"],
            ["1", "Сульфаты", "400", "3", "Хлориды", "250"],
            ["2", "Нефтепродукты", "5", "4", "Фенолы", "0,1"],
        ],
        [],
    ),
]

OPERATORS = [
    ("h", "Сведения о крупнейших природопользователях"),
    (
        "t",
        "",
        [
            ["Наименование показателя", "ТОО «Альфа Цемент»", "ТОО «Бета Руда»"],
            ["Наименование объекта", "Цементный завод «Альфа»", "Рудник «Бета»"],
            ["БИН оператора", "050140000656", "081141891901"],
            ["Код КАТО", "352310000", "198496000"],
            ["Категория объекта", "I", "II"],
        ],
        [],
    ),
]

REGISTER = [
    ("h", "Выписка из регистра выбросов и переноса загрязнителей"),
    ("p", "Раздел 1. Выбросы загрязнителей в атмосферный воздух"),
    (
        "t",
        "",
        [
            ["№", "Загрязнитель", "Общее количество, кг/год", "в том числе аварийные, кг/год"],
            ["1", "Азота диоксид", "12 500", "–"],
            ["2", "Сера диоксид", "3 400", "200"],
        ],
        [],
    ),
]



@pytest.mark.parametrize("fmt", FORMATS)
def test_days_of_the_week_marked_give_daily_and_weekly_inspections(tmp_path, fmt):
    found = extracted(WEEKDAYS, tmp_path, "weekdays", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    got = [(o.frequency, o.text.split(": ", 1)[1].split(";")[0]) for o in found.obligations if o.kind == "inspection"]
    assert got == [("daily", "Цех обжига"), ("weekly", "Склад реагентов")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_sources_and_points_named_inside_conditions(tmp_path, fmt):
    found = extracted(CONDITIONS, tmp_path, "conditions", fmt)
    assert [t.role for t in found.tables] == ["monitoring"]
    duties = {
        (o.source_numbers, o.point, o.frequency, tuple(sorted(s.code for s in o.substances)))
        for o in found.obligations
        if o.kind == "monitoring"
    }
    assert duties == {(("0007",), None, "quarterly", ("0301", "0337")), ((), "Т-4", "monthly", ("0330",))}
    assert [s.number for s in found.sources] == ["0007"]
    assert source_pollutants(found) == {("0007", "0301"), ("0007", "0337")}
    assert not found.emissions  # the duty carries the pair; the plan states no figures


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_printed_side_by_side_is_read_whole(tmp_path, fmt):
    found = extracted(SIDE_BY_SIDE, tmp_path, "halves", fmt)
    assert [t.role for t in found.tables] == ["limits"]
    got = {x.substance.symbol: x.limit for x in found.limits}
    assert got == {"SO4": 400.0, "TPH": 5.0, "Cl-": 250.0, "Phenols": 0.1}
    assert {x.unit for x in found.limits} == {"mg/l"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_card_of_facilities_side_by_side_gives_one_each(tmp_path, fmt):
    found = extracted(OPERATORS, tmp_path, "operators", fmt)
    got = [(f.bin, f.name, f.operator, f.kato, f.category) for f in found.facilities]
    assert got == [
        ("050140000656", "Цементный завод «Альфа»", "ТОО «Альфа Цемент»", "352310000", "I"),
        ("081141891901", "Рудник «Бета»", "ТОО «Бета Руда»", "198496000", "II"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_in_kilograms_gives_tonnes_and_leaves_out_the_part(tmp_path, fmt):
    found = extracted(REGISTER, tmp_path, "register", fmt)
    assert [t.role for t in found.tables] == ["emissions"]
    got = [(e.substance.code, e.t_y, e.g_s) for e in found.emissions]
    assert got == [("0301", 12.5, None), ("0330", 3.4, None)]
