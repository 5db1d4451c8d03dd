"""Lists of documents, rounds, ditto marks and records of two lines, in DOCX, PDF and text the tests write: a short
list of a facility's title documents whose cells tell its BIN, KATO code, activity code, category and coordinates
gives the facility; results by month under a concentration header (`Концентрация по месяцам, мг/м3 | IV | V`)
beside a ПДК column, the substances under their points' titles in a column headed for both, give a limit per
month at each point, while a result beside its own norm under one parent (`ПДК м.р. | факт`) stays one; norms at
sources in two columns (a BAT range and the permit's norm) give both at the source's number; a `Cmax` under the
standard's spanning header binds with its column letter; tasks printed two lines each (the title across, then
its fields) give each task its deadline and actor; a plan with a column of parameters measured continuously and a
column of those measured periodically beside the frequency gives each its own frequency; ditto marks (`то же`,
`-//-`, `như trên`) repeat the cell above; counts of checks a year (`365`, `52`) are daily and weekly checks; a
waste counted in m3 and then in tonnes on the next row is one waste of those tonnes; a card that lists the
places a mobile plant stood in puts the facility where the row marked new says; a monitoring plan's rows at
sources make duties, not figureless emissions."""

from __future__ import annotations

import pytest
from conftest import source_pollutants
from genre_docs import extracted, have_fonts, monitoring_duties

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


TITLE_DOCUMENTS = [
    ("p", "Программа производственного экологического контроля ТОО «Жетысу Керамика» на 2027–2029 годы"),
    ("p", "Перечень правоустанавливающих документов"),
    (
        "t",
        "Таблица 1.3",
        [
            ["№", "Документ", "Реквизиты", "Выдан", "Сведения из документа"],
            ["1", "Справка о регистрации юридического лица", "№ 2045, 02.02.2020", "Госкорпорация", "ТОО «Жетысу Керамика», БИН 170449027593; производство плитки"],
            ["2", "Акт на земельный участок", "№ 03-111-222", "Госкорпорация", "Алматинская область, Илийский район, КАТО 195667100; 3,1 га"],
            ["3", "Статистическая карточка", "10.01.2027", "Бюро статистики", "ОКЭД 23321 – производство изделий из обожженной глины"],
            ["4", "Решение о категории объекта", "№ KZ12VCY00000001", "Департамент экологии", "Объект отнесен ко II категории"],
            ["5", "Топографический план", "инв. № 12-ТП", "ТОО «Геодезия»", "Центр площадки: 43°14′48,9″ с.ш., 76°47′54,6″ в.д."],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_of_title_documents_tells_the_facility(tmp_path, fmt):
    found = extracted(TITLE_DOCUMENTS, tmp_path, "title-documents", fmt)
    assert [t.role for t in found.tables] == ["facility"]
    (facility,) = found.facilities
    assert (facility.bin, facility.kato, facility.oked, facility.category) == ("170449027593", "195667100", "23321", "II")
    assert facility.operator == "ТОО «Жетысу Керамика»"
    assert facility.lat == pytest.approx(43.246917, abs=1e-4) and facility.lon == pytest.approx(76.7985, abs=1e-4)


MONTHLY = [
    ("p", "Отчет по ПЭК за 2026 год: атмосферный воздух на границе СЗЗ"),
    (
        "t",
        "Таблица 2 – Концентрации на границе СЗЗ",
        [
            ["Точка, загрязняющее вещество", "Код", "Концентрация по месяцам 2026 г., мг/м3", None, None, "ПДК м.р., мг/м3"],
            [None, None, "V", "VI", "VII", None],
            ["Т-1 – граница СЗЗ, запад", None, None, None, None, None],
            ["Азота диоксид", "0301", "0,061", "0,072", "0,058", "0,2"],
            ["Т-2 – граница СЗЗ, восток", None, None, None, None, None],
            ["Азота диоксид", "0301", "0,044", "0,05", "0,047", "0,2"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5), (2, 0, 2, 5), (4, 0, 4, 5)],
    ),
]

PAIRED_UNDER_PARENT = [
    ("p", "Отчет по ПЭК: атмосферный воздух"),
    (
        "t",
        "Таблица 3 – Результаты",
        [
            ["Вещество", "Максимальная разовая концентрация, мг/м3", None, "Среднесуточная концентрация, мг/м3", None],
            [None, "ПДК м.р.", "факт", "ПДК с.с.", "факт"],
            ["Азота диоксид", "0,2", "0,085", "0,04", "0,031"],
            ["Сера диоксид", "0,5", "0,12", "0,05", "0,02"],
        ],
        [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_results_by_month_give_a_limit_per_month_at_each_point(tmp_path, fmt):
    found = extracted(MONTHLY, tmp_path, "monthly", fmt)
    assert [t.role for t in found.tables] == ["limits"]
    got = sorted((x.point, x.value, x.limit) for x in found.limits)
    assert got == sorted(
        [("Т-1", 0.061, 0.2), ("Т-1", 0.072, 0.2), ("Т-1", 0.058, 0.2), ("Т-2", 0.044, 0.2), ("Т-2", 0.05, 0.2), ("Т-2", 0.047, 0.2)]
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_result_beside_its_own_norm_is_no_round(tmp_path, fmt):
    found = extracted(PAIRED_UNDER_PARENT, tmp_path, "paired-parent", fmt)
    got = sorted((x.substance.code, x.limit, x.value) for x in found.limits)
    assert got == [("0301", 0.04, 0.031), ("0301", 0.2, 0.085), ("0330", 0.05, 0.02), ("0330", 0.5, 0.12)]


TWO_NORMS = [
    ("p", "Отчет о соответствии технологическим показателям НДТ за 2026 год. Известковый завод"),
    (
        "t",
        "Таблица 1 – Сравнение с показателями НДТ",
        [
            ["Источник", "Вещество", "Код ЗВ", "Показатель НДТ, мг/Нм3", "Норматив по КЭР, мг/Нм3", "Факт (среднегодовой), мг/Нм3"],
            ["0003 – известково-обжиговая печь № 2", "Азота диоксид", "0301", "200–400", "450", "310"],
            [None, "Сера диоксид", "0330", "50–200", "300", "120"],
        ],
        [(1, 0, 2, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_norm_columns_at_a_source_give_both_at_its_number(tmp_path, fmt):
    found = extracted(TWO_NORMS, tmp_path, "two-norms", fmt)
    got = {(x.point, x.substance.code, x.limit, x.limit_min, x.limit_max, x.medium) for x in found.limits}
    assert got == {
        ("0003", "0301", None, 200.0, 400.0, "flue_gas"),
        ("0003", "0301", 450.0, None, None, "flue_gas"),
        ("0003", "0330", None, 50.0, 200.0, "flue_gas"),
        ("0003", "0330", 300.0, None, None, "flue_gas"),
    }
    assert len(found.limits) == 4


CMAX_UNDER_STANDARD = [
    ("p", "BÁO CÁO KẾT QUẢ QUAN TRẮC KHÍ THẢI – NHÀ MÁY GỐM SỨ"),
    (
        "t",
        "Bảng 3. Kết quả quan trắc khí thải",
        [
            ["TT", "Thông số", "Đơn vị", "Kết quả", None, "QCVN 19:2009/BTNMT", None, None, None],
            [None, None, None, "K1 – Ống khói lò nung", "K2 – Ống khói lò sấy", "C (cột B)", "Kp", "Kv", "Cmax"],
            ["1", "Bụi tổng", "mg/Nm3", "41,2", "35,5", "200", "0,9", "1", "180"],
            ["2", "SO2", "mg/Nm3", "130", "-", "500", "0,9", "1", "450"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 8)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_cmax_under_the_standard_header_binds_with_its_letter(tmp_path, fmt):
    found = extracted(CMAX_UNDER_STANDARD, tmp_path, "cmax-under", fmt)
    assert sorted((x.substance.code, x.point, x.limit, x.column, x.value) for x in found.limits) == [
        ("0330", "K1", 450.0, "B", 130.0),
        ("2902", "K1", 180.0, "B", 41.2),
        ("2902", "K2", 180.0, "B", 35.5),
    ]


TWO_LINE_TASKS = [
    ("p", "План природоохранных мероприятий на 2027–2028 годы. Кирпичный завод"),
    (
        "t",
        None,
        [
            ["№ п/п", "Наименование мероприятия", None, None, None],
            [None, "Срок выполнения", "Исполнитель", "Стоимость, млн тенге", "Источник финансирования"],
            ["1.", "Установка рукавного фильтра на сушильном барабане", None, None, None],
            [None, "III кв. 2027 г.", "главный механик", "120", "собственные средства"],
            ["2.", "Озеленение санитарно-защитной зоны", None, None, None],
            [None, "II кв. 2028 г.", "инженер-эколог", "15", "собственные средства"],
        ],
        [(0, 0, 1, 0), (0, 1, 0, 4), (2, 1, 2, 4), (4, 1, 4, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_tasks_printed_two_lines_each(tmp_path, fmt):
    found = extracted(TWO_LINE_TASKS, tmp_path, "two-line-tasks", fmt)
    got = [(o.number, o.text, o.actor, o.deadline) for o in found.obligations if o.kind == "task"]
    assert got == [
        ("1", "Установка рукавного фильтра на сушильном барабане", "главный механик", "III кв. 2027 г."),
        ("2", "Озеленение санитарно-защитной зоны", "инженер-эколог", "II кв. 2028 г."),
    ]


CONTINUOUS_AND_PERIODIC = [
    ("p", "GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY NHIỆT ĐIỆN"),
    (
        "t",
        "Bảng 2. Quan trắc khí thải",
        [
            ["TT", "Vị trí", "Thông số quan trắc tự động, liên tục", "Thông số quan trắc định kỳ", "Tần suất quan trắc định kỳ"],
            ["1", "K1 – Ống khói lò hơi số 1", "Bụi tổng, SO2, NOx", "HCl, CO", "03 tháng/lần"],
            ["2", "K2 – Ống khói lò hơi số 2", "-", "Bụi tổng", "06 tháng/lần"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_continuous_and_periodic_parameters_each_at_their_own_frequency(tmp_path, fmt):
    found = extracted(CONTINUOUS_AND_PERIODIC, tmp_path, "continuous-periodic", fmt)
    assert monitoring_duties(found) == {
        ((), "K1", "continuous", ("NO2", "SO2", "TSP")),
        ((), "K1", "quarterly", ("CO", "HCl")),
        ((), "K2", "semiannual", ("TSP",)),
    }


DITTOS = [
    ("p", "Программа ПЭК на период строительства"),
    (
        "t",
        "Таблица 5 – Пункты мониторинга",
        [
            ["№ точки", "Место", "Среда", "Показатели", "Периодичность"],
            ["Т-1", "жилая зона, 300 м", "Атмосферный воздух", "Азота диоксид, Углерод оксид", "ежемесячно"],
            ["Т-2", "граница площадки", "то же", "то же", "-//-"],
            ["В-1", "река, 500 м выше", "Поверхностные воды", "Нефтепродукты, Взвешенные вещества", "ежеквартально"],
            ["В-2", "река, 500 м ниже", "то же", "-//-", "то же"],
        ],
        [],
    ),
    ("p", "«-//-», «то же» – то же, что в строке выше."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_ditto_marks_repeat_the_cell_above(tmp_path, fmt):
    found = extracted(DITTOS, tmp_path, "dittos", fmt)
    assert monitoring_duties(found) == {
        ((), "Т-1", "monthly", ("CO", "NO2")),
        ((), "Т-2", "monthly", ("CO", "NO2")),
        ((), "В-1", "quarterly", ("TPH", "TSS")),
        ((), "В-2", "quarterly", ("TPH", "TSS")),
    }


COUNTED_CHECKS = [
    ("p", "График внутренних проверок на 2027 год"),
    (
        "t",
        "Таблица 1",
        [
            ["№", "Объект проверки", "Что проверяется", "Число проверок в год", "Кто проверяет"],
            ["1", "Пылеулавливающая установка", "перепад давления", "365", "мастер смены"],
            ["2", "Склад сырья", "укрытие штабелей", "52", "инженер-эколог"],
            ["3", "Очистные сооружения", "работа нефтеловушки", "4", "главный инженер"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_counts_of_checks_a_year_are_their_frequency(tmp_path, fmt):
    found = extracted(COUNTED_CHECKS, tmp_path, "counted-checks", fmt)
    got = [(o.number, o.frequency) for o in found.obligations if o.kind == "inspection"]
    assert got == [("1", "daily"), ("2", "weekly"), ("3", "quarterly")]


TWO_UNITS = [
    ("p", "Программа управления отходами. Песчаный карьер"),
    (
        "t",
        "Таблица 4 – Объемы образования отходов",
        [
            ["№", "Код отхода", "Наименование отхода", "Ед. изм.", "Количество на 2027 г.", "Место накопления"],
            ["1", "01 01 02", "Вскрышные породы", "м3", "12 000", "Отвал № 1"],
            [None, None, None, "т", "21 600", None],
            ["2", "13 02 05*", "Отработанные моторные масла", "л", "1 000", "Склад ГСМ"],
            [None, None, None, "т", "0,88", None],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 5, 2, 5), (3, 0, 4, 0), (3, 1, 4, 1), (3, 2, 4, 2), (3, 5, 4, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_waste_counted_in_two_units_is_one_waste_of_its_tonnes(tmp_path, fmt):
    found = extracted(TWO_UNITS, tmp_path, "two-units", fmt)
    assert sorted((w.code, w.amount_t) for w in found.wastes) == [("01 01 02", 21600.0), ("13 02 05*", 0.88)]


MOVED_PLANT = [
    ("p", "Уведомление о перебазировании асфальтобетонного завода"),
    (
        "t",
        "Сведения об объекте",
        [
            ["№", "Сведения", "Значение", None, None],
            ["1", "Оператор", "ТОО «Жол Сервис»", None, None],
            ["2", "БИН", "050946240263", None, None],
            ["3", "Объект", "Передвижной асфальтобетонный завод", None, None],
            ["4", "Места размещения", None, None, None],
            [None, "Период", "Местоположение", "Код КАТО", "Координаты"],
            ["4.1", "май – октябрь 2026 г.", "км 120 автодороги, справа", "358225000", "49,14191° с.ш., 73,12098° в.д."],
            ["4.2", "с 01.05.2027 г. (новое место размещения)", "км 250 автодороги, слева", "352577100", "48,53° с.ш., 73,79869° в.д."],
        ],
        [(0, 2, 0, 4), (1, 2, 1, 4), (2, 2, 2, 4), (3, 2, 3, 4), (4, 1, 4, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_moved_plant_stands_where_its_new_place_row_says(tmp_path, fmt):
    found = extracted(MOVED_PLANT, tmp_path, "moved-plant", fmt)
    (facility,) = found.facilities
    assert facility.bin == "050946240263"
    assert (facility.kato, facility.lat, facility.lon) == ("352577100", pytest.approx(48.53), pytest.approx(73.79869))


PLAN_AT_SOURCES = [
    ("p", "Программа ПЭК. План-график контроля на источниках выбросов"),
    (
        "t",
        "Таблица 3",
        [
            ["№ источника", "Наименование источника", "Контролируемое вещество", "Периодичность контроля"],
            ["0001", "Дымовая труба котельной", "Азота диоксид", "1 раз в квартал"],
            [None, None, "Углерод оксид", None],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1), (1, 3, 2, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plan_at_sources_makes_duties_not_figureless_emissions(tmp_path, fmt):
    found = extracted(PLAN_AT_SOURCES, tmp_path, "plan-at-sources", fmt)
    assert [s.number for s in found.sources] == ["0001"]
    assert source_pollutants(found) == {("0001", "0301"), ("0001", "0337")}
    assert not found.emissions
