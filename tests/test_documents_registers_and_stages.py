"""Registers, balances and stages, in DOCX, PDF and text the tests write: a register whose last column states
each row's monitoring duty in a sentence gives those duties; a stock list of chemicals with what is checked,
how often and by whom is a plan of inspections; a price column (`Цена, тенге без НДС`) is no norm, and
`08 (02 vị trí × 04 đợt)` samples a year at two places is quarterly at each; of a solvent balance only the
streams into the air are emissions, at the sources their headers name; a cell giving the responsible and the
deadline on two lines gives both; a check's question that names the source gives the limits' point; results
by quarter in one cell give a limit each (one not detected counts, a quarter the plant stood still does not);
a waste's stage rows under its merged name are the same waste, its mass a year said in a cell; labels and
values a line each in two cells are a card's fields; parents over a text file's row of units span it."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


REGISTER = [
    ("p", "Реестр экологических аспектов ТОО «Шымкент Пласт» на 2027 год"),
    (
        "t",
        "Таблица 2 – Значимые экологические аспекты",
        [
            ["№", "Вид деятельности", "Аспект", "Значимость", "Меры управления и мониторинг"],
            ["1", "Экструзия ПВХ", "Выбросы ЛОС", "значимый",
             "Контроль температуры экструдера.\nМониторинг: ИЗА 0002 – винилхлорид, углерод оксид – 1 раз в квартал."],
            ["2", "Мойка оснастки", "Сброс сточных вод", "значимый",
             "Мониторинг: ВП-1 – взвешенные вещества, нефтепродукты – ежемесячно."],
            ["3", "Склад сырья", "Пыление", "незначимый", "Мониторинг не требуется."],
            ["4", "Котельная", "Выбросы продуктов сгорания", "значимый",
             "Режимная наладка горелок.\nМониторинг: ИЗА 0001 – азота диоксид – 1 раз в полугодие."],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_stating_duties_in_its_last_column_gives_them(tmp_path, fmt):
    found = extracted(REGISTER, tmp_path, "register", fmt)
    assert [t.role for t in found.tables] == ["monitoring"]
    monitoring = [o for o in found.obligations if o.kind == "monitoring"]
    at_sources = {(n, o.frequency, s.code) for o in monitoring for n in o.source_numbers for s in o.substances}
    assert at_sources == {("0002", "quarterly", "0827"), ("0002", "quarterly", "0337"), ("0001", "semiannual", "0301")}
    duties = {(o.point, o.frequency, s.code or s.symbol) for o in monitoring for s in o.substances}
    assert {("ВП-1", "monthly", "TSS"), ("ВП-1", "monthly", "TPH")} <= duties
    assert {s.number for s in found.sources} == {"0001", "0002"}


STOCK = [
    ("p", "Kế hoạch kiểm soát hóa chất – Công ty TNHH Linh kiện Bắc Ninh"),
    (
        "t",
        "Bảng 4. Danh mục hóa chất lưu giữ và nội dung kiểm tra",
        [
            ["TT", "Khu vực lưu giữ", "Hóa chất (số CAS)", "Lượng tối đa (kg)", "Nội dung kiểm tra", "Tần suất", "Người kiểm tra"],
            ["1", "Kho axit khu B", "Axit sunfuric (7664-93-9)", "2.000", "Rò rỉ, gờ chống tràn", "hằng ngày", "Thủ kho hóa chất"],
            ["2", "Tủ dung môi xưởng in", "Toluen (108-88-3); Xylen (1330-20-7)", "150", "Nắp đậy, thông gió", "hằng tuần", "Tổ trưởng xưởng in"],
            ["3", "Bồn NaOH", "Natri hydroxit (1310-73-2)", "5.000", "Van, đường ống, cảm biến mức", "hằng tháng", "Kỹ sư cơ điện"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_stock_list_with_what_is_checked_how_often_and_by_whom_is_a_plan_of_inspections(tmp_path, fmt):
    found = extracted(STOCK, tmp_path, "stock", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    assert sorted((o.frequency, o.actor) for o in found.obligations) == [
        ("daily", "Thủ kho hóa chất"), ("monthly", "Kỹ sư cơ điện"), ("weekly", "Tổ trưởng xưởng in"),
    ]
    assert not found.limits and not found.emissions


PRICED = [
    ("p", "Dự toán kinh phí quan trắc môi trường năm 2027 – Nhà máy bia Hà Nam"),
    (
        "t",
        "Bảng 2. Dự toán quan trắc",
        [
            ["TT", "Hạng mục", "Vị trí", "Thông số", "Số mẫu/năm", "Đơn giá (đồng/mẫu)", "Thành tiền (đồng)"],
            ["1", "Quan trắc nước thải", "NT1 – đầu ra trạm xử lý", "pH, COD, BOD5", "12 (01 vị trí × 12 đợt)", "2.100.000", "25.200.000"],
            ["2", "Quan trắc khí thải", "KT1, KT2 – ống khói lò hơi", "Bụi tổng, SO2", "08 (02 vị trí × 04 đợt)", "3.000.000", "24.000.000"],
        ],
        [],
    ),
    (
        "t",
        "Таблица 1 – Стоимость услуг лаборатории",
        [
            ["№", "Точка отбора", "Определяемые показатели", "Количество проб в год", "Цена за единицу, тенге без НДС"],
            ["1", "Т-1, Т-2 (граница СЗЗ)", "азота диоксид, пыль неорганическая", "8 (2 точки × 4 раза в год)", "7 500"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_price_column_is_no_norm_and_samples_split_over_places_count_per_place(tmp_path, fmt):
    found = extracted(PRICED, tmp_path, "priced", fmt)
    assert [t.role for t in found.tables] == ["monitoring", "monitoring"]
    assert not found.limits
    duties = {(o.point, o.frequency) for o in found.obligations if o.kind == "monitoring"}
    assert duties == {("NT1", "monthly"), ("KT1", "quarterly"), ("KT2", "quarterly"), ("Т-1", "quarterly"), ("Т-2", "quarterly")}


BALANCE = [
    ("p", "Проект нормативов допустимых выбросов ТОО «Павлодар Кабель»"),
    (
        "t",
        "Таблица 3.4 – Баланс растворителей линии эмалирования проводов, т/год",
        [
            ["Код ЗВ", "Наименование вещества", "Поступило, т/год", "Распределение, т/год", None, None, None],
            [None, None, "с эмаль-лаками", "в атмосферу через ИЗА 0011 после дожига", "уничтожено в дожигателе",
             "неорганизованные выбросы через фонари (ИЗА 6012)", "в отходах"],
            ["0621", "Метилбензол (толуол)", "42,0", "0,84", "37,8", "2,1", "1,26"],
            ["1042", "Бутан-1-ол (спирт н-бутиловый)", "18,5", "0,37", "16,6", "0,93", "0,6"],
            ["Итого", None, "60,5", "1,21", "54,4", "3,03", "1,86"],
        ],
        [(0, 3, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 2), (4, 0, 4, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_of_a_solvent_balance_only_the_streams_into_the_air_are_emissions(tmp_path, fmt):
    found = extracted(BALANCE, tmp_path, "solvents", fmt)
    assert sorted((e.substance.code, e.source_number, e.t_y) for e in found.emissions) == [
        ("0621", "0011", 0.84), ("0621", "6012", 2.1), ("1042", "0011", 0.37), ("1042", "6012", 0.93),
    ]
    assert {s.number: s.type for s in found.sources} == {"0011": "organized", "6012": "unorganized"}


FMEA = [
    ("p", "ТЖБТ (FMEA) – «Ақтөбе Металл Конструкция» ЖШС"),
    (
        "t",
        "1-кесте – Тәуекелдер мен ұсынылатын әрекеттер",
        [
            ["№", "Операция", "Ықтимал істен шығу", "ТСН", "Ұсынылатын әрекеттер", "Жауапты, мерзімі"],
            ["10", "Бояу", "Сүзгінің бітелуі", "180", "Қысым айырмасының датчигін орнату", "Бас механик\n31.05.2027 дейін"],
            ["20", "Дәнекерлеу", "Сорғыштың тоқтауы", "150", "Сорғыш пен постты бұғаттау", "Бас энергетик\n30.09.2027 дейін"],
            ["30", "Қойма", "Төгілу", "40", "–", "–"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_responsible_and_the_deadline_on_two_lines_of_one_cell_give_both(tmp_path, fmt):
    found = extracted(FMEA, tmp_path, "fmea", fmt)
    tasks = sorted((o.text, o.actor, o.deadline) for o in found.obligations if o.kind == "task")
    assert tasks == [
        ("Сорғыш пен постты бұғаттау", "Бас энергетик", "30.09.2027 дейін"),
        ("Қысым айырмасының датчигін орнату", "Бас механик", "31.05.2027 дейін"),
    ]


CHECKLIST = [
    ("p", "Чек-лист внутренней проверки соблюдения КЭР, ТОО «Кокшетау Минерал»"),
    (
        "t",
        "Раздел 2. Выбросы",
        [
            ["№", "Вопрос проверки", "Загрязняющее вещество", "Норматив, мг/Нм³", "Факт, мг/Нм³", "Оценка"],
            ["2.1", "Соблюдаются ли нормативы на ИЗА 0002 – труба сушильного барабана?", "Пыль неорганическая 70-20% SiO2", "50", "31,2", "С"],
            [None, None, "Серы диоксид", "400", "212", "С"],
            ["2.2", "Соблюдаются ли нормативы на ИЗА 0005 – труба котла?", "Азота диоксид", "300", "341", "НС"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_checks_question_that_names_the_source_gives_the_limits_point(tmp_path, fmt):
    found = extracted(CHECKLIST, tmp_path, "checklist", fmt)
    assert sorted((x.substance.code, x.point, x.limit, x.value, x.unit) for x in found.limits) == [
        ("0301", "0005", 300.0, 341.0, "mg/Nm3"), ("0330", "0002", 400.0, 212.0, "mg/Nm3"), ("2908", "0002", 50.0, 31.2, "mg/Nm3"),
    ]
    assert {s.number for s in found.sources} == {"0002", "0005"}
    assert not found.emissions


QUARTERS = [
    ("p", "Báo cáo công tác bảo vệ môi trường năm 2026 – Công ty CP Dệt nhuộm Nam Định"),
    (
        "t",
        "Bảng 3. Kết quả quan trắc nước thải",
        [
            ["Vị trí", "Thông số", "Đơn vị", "Kết quả các đợt năm 2026", "QCVN 40:2011/BTNMT (cột B)"],
            ["NT1", "COD", "mg/l", "Đợt 1: 88; Đợt 2: 112; Đợt 3: 95; Đợt 4: 101", "150"],
            [None, "Xyanua (CN-)", "mg/l", "Đợt 1: KPH; Đợt 2: 0,021; Đợt 3: KPH; Đợt 4: 0,015", "0,1"],
        ],
        [(1, 0, 2, 0)],
    ),
    ("p", "Выбросы котельной в 2026 году"),
    (
        "t",
        "Таблица 4 – Результаты замеров на источнике",
        [
            ["№ ИЗА", "Вещество", "Норматив, мг/Нм³", "Результаты по кварталам, мг/Нм³"],
            ["0001", "Азота диоксид", "250", "I кв. – не работала; II кв. – 81,7; III кв. – 114; IV кв. – 190"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_results_by_quarter_in_one_cell_give_a_limit_each(tmp_path, fmt):
    found = extracted(QUARTERS, tmp_path, "quarters", fmt)
    got = sorted(((x.substance.symbol, x.point, x.value) for x in found.limits), key=str)
    assert got == sorted(
        [("COD", "NT1", v) for v in (88.0, 112.0, 95.0, 101.0)]
        + [("CN-", "NT1", v) for v in (None, 0.021, None, 0.015)]
        + [("NO2", "0001", v) for v in (81.7, 114.0, 190.0)],
        key=str,
    )


STAGES = [
    ("p", "Программа управления отходами ТОО «Семей Вагон»"),
    (
        "t",
        "Таблица 5 – Обращение с отходами по этапам",
        [
            ["Код", "Отход", "Этап", "Где и как", "Количество / параметр"],
            ["13 02 05*", "Отработанные масла", "Образование", "ремонтный цех", "6,4 т/год"],
            [None, None, "Накопление", "бочки 200 л", "5 бочек"],
            [None, None, "Передача", "ТОО «Регенерат»", "1 раз в квартал"],
            ["20 01 21*", "Ртутьсодержащие лампы", "Образование", "освещение", "85 кг/год"],
            [None, None, "Накопление", "заводская тара", "до 300 шт."],
        ],
        [(1, 0, 3, 0), (1, 1, 3, 1), (4, 0, 5, 0), (4, 1, 5, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_wastes_stage_rows_are_the_same_waste_its_mass_said_in_a_cell(tmp_path, fmt):
    found = extracted(STAGES, tmp_path, "stages", fmt)
    assert sorted((w.code, w.amount_t) for w in found.wastes) == [("13 02 05*", 6.4), ("20 01 21*", 0.085)]


CARD = [
    ("p", "Заявка на комплексное экологическое разрешение"),
    (
        "t",
        "Таблица 1 – Сведения об операторе",
        [
            ["№", "Наименование сведений", "Сведения"],
            ["1", "Наименование оператора\nБизнес-идентификационный номер (БИН)\nЮридический адрес",
             "ТОО «Талдыкорган Агрегат»\n150340012340\nг. Талдыкорган, ул. Шевченко, 12"],
            ["2", "Код КАТО\nКатегория объекта", "191010000\nII"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "pdf"))
def test_labels_and_values_a_line_each_in_two_cells_are_a_cards_fields(tmp_path, fmt):
    found = extracted(CARD, tmp_path, "card", fmt)
    (facility,) = found.facilities
    assert (facility.bin, facility.kato, facility.category) == ("150340012340", "191010000", "II")
    assert "Талдыкорган Агрегат" in (facility.operator or "")


STACKS = [
    ("p", "Проект НДВ ТОО «Уральск Мебель»"),
    (
        "t",
        "Таблица 2 – Выбросы по источникам",
        [
            ["Код ЗВ", "Вещество", "ИЗА 0001 – труба покрасочной камеры", None, None, "ИЗА 0002 – труба сушилки", None],
            [None, None, "камера 1, т/год", "камера 2, т/год", "всего, т/год", "сушилка, т/год", "всего, т/год"],
            ["0616", "Диметилбензол (ксилол)", "1,2", "0,8", "2,0", "0,5", "0,5"],
            ["2902", "Взвешенные частицы", "0,4", "0,6", "1,0", "–", "–"],
        ],
        [(0, 2, 0, 4), (0, 5, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_parents_over_a_row_of_rates_name_the_source_of_each_group(tmp_path, fmt):
    found = extracted(STACKS, tmp_path, "stacks", fmt)
    assert sorted((e.substance.code, e.source_number, e.t_y) for e in found.emissions) == [
        ("0616", "0001", 2.0), ("0616", "0002", 0.5), ("2902", "0001", 1.0),
    ]


QUALIFICATION = [
    ("p", "Отчет о квалификации эксплуатации станции обеззараживания стоков ТОО «Шымкент Биофарм»"),
    (
        "t",
        "Таблица 7 – Результаты квалификационных испытаний",
        [
            ["№ теста", "Контролируемый параметр", "Критерий приемлемости", "Серия 1 02.02.2027", "Серия 2 05.02.2027", "Заключение"],
            ["7.1. Параметры процесса", None, None, None, None, None],
            ["7.1.1", "Давление в автоклаве", "0,11 – 0,14 МПа", "0,12", "0,13", "соответствует"],
            ["7.2. Сточные воды на выходе станции (точка ВК-3)", None, None, None, None, None],
            ["7.2.1", "ХПК", "≤ 500 мг/дм3", "310", "287", "соответствует"],
            ["7.2.2", "Водородный показатель (pH)", "6,5 – 9", "7,2", "7,9", "соответствует"],
        ],
        [(1, 0, 1, 5), (3, 0, 3, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_runs_of_a_qualification_are_results_at_the_point_a_group_title_names(tmp_path, fmt):
    found = extracted(QUALIFICATION, tmp_path, "qualification", fmt)
    assert [t.role for t in found.tables] == ["limits"]
    got = sorted(((x.substance.symbol, x.point, x.value, x.limit, x.limit_min) for x in found.limits), key=str)
    assert got == sorted(
        [("COD", "ВК-3", 310.0, 500.0, None), ("COD", "ВК-3", 287.0, 500.0, None),
         ("pH", "ВК-3", 7.2, None, 6.5), ("pH", "ВК-3", 7.9, None, 6.5)],
        key=str,
    )  # the autoclave's pressure is a setting of the process, no norm of the environment


TREND = [
    ("p", "Есеп: ағынды сулар сапасының трендтері, 2026 жыл"),
    (
        "t",
        "3-кесте – Шығарылымдардағы нәтижелер",
        [
            ["Көрсеткіш", "Өлш. бірл.", "Қабылдау шарттары бойынша ЖК", "I тқс.", "II тқс.", "Тренд"],
            ["ОС-4 – 2-корпустың өндірістік ағындарының шығарылымы", None, None, None, None, None],
            ["ХПК", "мг/дм3", "500", "219", "240", "↑"],
            ["Хлоридтер", "мг/дм3", "350", "220", "187", "↓"],
        ],
        [(1, 0, 1, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_quarters_across_are_results_at_the_outlet_a_title_describes(tmp_path, fmt):
    found = extracted(TREND, tmp_path, "trend", fmt)
    got = sorted((x.substance.symbol or x.substance.code, x.point, x.value, x.limit) for x in found.limits)
    assert got == [("COD", "ОС-4", 219.0, 500.0), ("COD", "ОС-4", 240.0, 500.0), ("Cl-", "ОС-4", 187.0, 350.0), ("Cl-", "ОС-4", 220.0, 350.0)]


QUESTIONNAIRE = [
    ("p", "Опросный лист для разработки программы ПЭК"),
    (
        "t",
        "Таблица 1 – Сведения, представленные предприятием",
        [
            ["№", "Запрашиваемые сведения", "Ответ предприятия"],
            ["1", "Полное наименование юридического лица (оператора объекта) и его бизнес-идентификационный номер",
             "ТОО «Көкшетау Косметик», БИН 150340012340"],
            ["2", "Наименование объекта, его фактическое местонахождение и код КАТО",
             "Цех косметической продукции, г. Кокшетау, ул. Северная, 4. КАТО – 111010000"],
            ["3", "Организация, принимающая отходы (наименование, БИН)", "ТОО «Эко Кәдеге», БИН 091041827195"],
        ],
        [],
    ),
    ("p", "Карта: https://2gis.kz/kokshetau/geo/69.391234,53.284567"),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_questionnaire_gives_the_operators_number_not_a_contractors(tmp_path, fmt):
    found = extracted(QUESTIONNAIRE, tmp_path, "questionnaire", fmt)
    (facility,) = found.facilities
    assert (facility.bin, facility.kato) == ("150340012340", "111010000")


def test_a_2gis_link_gives_longitude_first_and_a_google_link_latitude_first():
    from extractor.nlp.coordinates import find_coordinates

    assert [c.pair for c in find_coordinates("https://2gis.kz/almaty/geo/77.222356,43.295106")] == [(43.295106, 77.222356)]
    assert [c.pair for c in find_coordinates("https://www.google.com/maps/@21.0285,105.8542,17z")] == [(21.0285, 105.8542)]
