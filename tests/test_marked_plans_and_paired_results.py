"""Plans and result sheets read by what their cells hold, in DOCX, PDF and text the tests write: a
plan marked under a column per source, a sampling calendar marked by month under group rows naming
each point, limits paired with their results under a parent per point, an audit plan of the
suppliers, and a yearly mass split by season beside the year's total."""

from __future__ import annotations

import pytest
from conftest import source_pollutants
from genre_docs import extracted, have_fonts, monitoring_duties

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


BY_SOURCE = [
    ("h", "6. Контроль на источниках выбросов"),
    (
        "t",
        "Таблица 6.2 – План контроля выбросов",
        [
            ["Контролируемое вещество", "Источники", None, "Периодичность"],
            [None, "Ист. 0005 (сушильный барабан)", "Ист. 0006 (печь обжига)", None],
            ["Азота диоксид (0301)", "+", "+", "ежеквартально"],
            ["Углерод оксид (0337)", "–", "+", "ежеквартально"],
            ["Пыль неорганическая: 70-20% SiO2 (2908)", "+", "–", "1 раз в полугодие"],
        ],
        [(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_marks_under_a_column_per_source_are_duties_at_those_sources(tmp_path, fmt):
    found = extracted(BY_SOURCE, tmp_path, "by-source", fmt)
    assert not found.emissions  # a plan of duties, no figures emitted
    assert source_pollutants(found) == {
        ("0005", "0301"),
        ("0005", "2908"),
        ("0006", "0301"),
        ("0006", "0337"),
    }
    assert {s.number for s in found.sources} == {"0005", "0006"}
    at = {
        (o.source_numbers, o.frequency, s.code)
        for o in found.obligations
        if o.kind == "monitoring"
        for s in o.substances
    }
    assert (("0005",), "semiannual", "2908") in at
    assert (("0006",), "quarterly", "0337") in at
    assert not any(src == ("0006",) and code == "2908" for src, _, code in at)


MONTHS = ["T" + str(m) for m in range(1, 13)]
CALENDAR = [
    ("p", "Lịch lấy mẫu nước dưới đất năm 2027 của khu liên hợp xử lý chất thải rắn."),
    (
        "t",
        "",
        [
            ["Loại mẫu", "Thông số", "Tháng quan trắc", *[None] * 11],
            [None, None, *MONTHS],
            ["NN1 – Giếng quan trắc phía Bắc bãi chôn lấp", *[None] * 13],
            ["Nước dưới đất", "pH, Amoni", None, None, "●", None, None, "●", None, None, "●", None, None, "●"],
            ["Nước dưới đất", "Asen", None, None, None, None, None, "●", None, None, None, None, None, None],
            ["NN2 – Giếng quan trắc hạ lưu", *[None] * 13],
            ["Nước dưới đất", "pH, Amoni", *["●"] * 12],
        ],
        [(0, 2, 0, 13), (0, 0, 1, 0), (0, 1, 1, 1), (2, 0, 2, 13), (5, 0, 5, 13)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_calendar_marked_by_month_under_titled_points_is_a_plan(tmp_path, fmt):
    found = extracted(CALENDAR, tmp_path, "calendar", fmt)
    assert [t.role for t in found.tables] == ["monitoring"]
    duties = {(p, f, s) for _, p, f, s in monitoring_duties(found)}
    assert duties == {
        ("NN1", "quarterly", ("NH4+", "pH")),
        ("NN1", "yearly", ("As",)),
        ("NN2", "monthly", ("NH4+", "pH")),
    }


PAIRED = [
    ("p", "Результаты анализа проб воды реки в фоновом и контрольном створах, август 2026 года."),
    (
        "t",
        "Таблица 7 – Качество воды водоприемника",
        [
            ["Показатель", "Ед. изм.", "Р-1 (фоновый створ, 500 м выше выпуска)", None, "Р-2 (контрольный створ, 500 м ниже)", None],
            [None, None, "ПДК р/х", "факт", "ПДК р/х", "факт"],
            ["Нефтепродукты", "мг/дм3", "0,05", "0,02", "0,05", "0,04"],
            ["Взвешенные вещества", "мг/дм3", "10,25", "8,1", "10,25", "9,6"],
        ],
        [(0, 2, 0, 3), (0, 4, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_limits_paired_with_results_under_a_parent_per_point(tmp_path, fmt):
    found = extracted(PAIRED, tmp_path, "paired", fmt)
    got = {(lim.point, lim.substance.symbol, lim.limit, lim.value, lim.column) for lim in found.limits}
    assert got == {
        ("Р-1", "TPH", 0.05, 0.02, None),
        ("Р-2", "TPH", 0.05, 0.04, None),
        ("Р-1", "TSS", 10.25, 8.1, None),
        ("Р-2", "TSS", 10.25, 9.6, None),
    }


AUDITS = [
    ("h", "График аудитов поставщиков услуг в области обращения с отходами на 2027 год"),
    (
        "t",
        "",
        [
            ["№", "Поставщик услуг", "Объем работ", "Вид аудита", "Периодичность", "Ответственный"],
            ["1", "ТОО «Экосервис-Павлодар»", "вывоз и захоронение шлама", "аудит на площадке", "ежеквартально", "эколог"],
            ["2", "ТОО «Шина Ресайкл»", "прием изношенных шин", "проверка документов", "1 раз в год", "эколог"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_audit_plan_of_suppliers_gives_an_inspection_each(tmp_path, fmt):
    found = extracted(AUDITS, tmp_path, "audits", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    got = {(o.frequency, "Экосервис" in o.text, "Шина" in o.text) for o in found.obligations if o.kind == "inspection"}
    assert got == {("quarterly", True, False), ("yearly", False, True)}


SEASONS = [
    ("p", "Выбросы котельной по периодам года."),
    (
        "t",
        "Таблица 2 – Нормативы выбросов",
        [
            ["№ источника", "Код ЗВ", "Наименование вещества", "Выброс, г/с", "Валовый выброс, т", None, None],
            [None, None, None, None, "отопительный сезон", "летний период", "итого за год"],
            ["0011", "0330", "Сера диоксид", "0,412", "5,63", "0,71", "6,34"],
            ["0011", "0301", "Азота диоксид", "0,0815", "1,27", "0,19", "1,46"],
        ],
        [(0, 4, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_yearly_mass_split_by_season_gives_the_years_total(tmp_path, fmt):
    found = extracted(SEASONS, tmp_path, "seasons", fmt)
    assert {(e.substance.code, e.g_s, e.t_y) for e in found.emissions} == {("0330", 0.412, 6.34), ("0301", 0.0815, 1.46)}


VISITS = [
    ("h", "График профилактического контроля с посещением субъектов контроля на II полугодие 2027 года"),
    (
        "t",
        "",
        [
            ["№", "Субъект контроля (БИН)", "Объект контроля", "Сроки проведения", "Основание"],
            ["1", "ТОО «Павлодар Цемент» 110540012345", "цементный завод", "сентябрь", "высокая степень риска"],
            ["2", "АО «Шығыс Жылу» 050740098765", "ТЭЦ-2", "ноябрь", "объект I категории"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_regulators_dated_visits_are_inspections_of_the_enterprises(tmp_path, fmt):
    found = extracted(VISITS, tmp_path, "visits", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    texts = [o.text for o in found.obligations if o.kind == "inspection"]
    assert len(texts) == 2
    assert "Павлодар Цемент" in texts[0] and "цементный завод" in texts[0]
    assert "Шығыс Жылу" in texts[1]


ROUNDS = [
    ("h", "4. Обходы производственных участков"),
    (
        "t",
        "",
        [
            ["№", "Объект проверки", "Предмет проверки", "Периодичность", "Ответственный"],
            ["4.1", "Склад реагентов", "целостность тары", "еженедельно", "мастер"],
            ["4.2", "Шламовый амбар", "уровень заполнения", "ежемесячно", "эколог"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_inspection_keeps_its_item_number(tmp_path, fmt):
    found = extracted(ROUNDS, tmp_path, "rounds", fmt)
    got = {(o.number, o.frequency) for o in found.obligations if o.kind == "inspection"}
    assert got == {("4.1", "weekly"), ("4.2", "monthly")}


BODIES = [
    ("p", "Программа экологических мероприятий на 2027 год."),
    (
        "t",
        "",
        [
            ["№", "Мероприятие", "Служба главного механика", "Отдел ООС", "Транспортный цех", "Срок"],
            ["1", "Установить пылеуловитель на пересыпке угля", "О", "У", None, "II кв. 2027"],
            ["2", "Заключить договор на вывоз отработанных шин", None, "У", "О", "март 2027"],
        ],
        [],
    ),
    ("p", "О – ответственный исполнитель; У – участвует в выполнении."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_bodies_heading_their_own_columns_mark_who_does_each_task(tmp_path, fmt):
    found = extracted(BODIES, tmp_path, "bodies", fmt)
    got = {o.number: o.actor for o in found.obligations if o.kind == "task"}
    assert got["1"].startswith("Служба главного механика") and "Отдел ООС" in got["1"]
    assert got["2"].startswith("Транспортный цех")
