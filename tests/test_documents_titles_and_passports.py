"""Tables grouped under titles, cards of other shapes and names spelt another way, in files the tests write.

A legend says which of two stacked figures is g/s; a stack's rows close with their sum; wastes and substances
stand as titles across the table over their records; a product passport names its maker's plant; a card may be
typed as lines; an applicant's card and its object's card make one facility; a Vietnamese writer spells a
substance the full list names only in Russian.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

from extractor.nlp.substances import match_substance

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

STACKED = [
    ("h", "Декларация о воздействии на окружающую среду. Котельная школы-интерната"),
    ("p", "В каждой ячейке: верхняя строка – максимальный разовый выброс, г/с; нижняя строка – валовый выброс, т/год."),
    (
        "t",
        "Таблица 2 – Декларируемые выбросы",
        [
            ["№ ИЗА", "Источник выброса", "0301 Азота диоксид", "0337 Углерод оксид", "2908 Пыль неорганическая: 70-20% SiO2"],
            ["Класс опасности", "", "2", "4", "3"],
            ["0001", "Дымовая труба котельной", "0,0121\n0,214", "0,0873\n1,52", "0,0456\n0,33"],
            ["6001", "Склад угля", "–", "–", "0,0071\n0,048"],
        ],
        [(1, 0, 1, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_stacked_figures_are_the_rates_a_legend_says(tmp_path, fmt):
    found = extracted(STACKED, tmp_path, "stacked", fmt)
    got = {(e.source_number, e.substance.code, e.g_s, e.t_y, e.hazard_class) for e in found.emissions}
    assert got == {
        ("0001", "0301", 0.0121, 0.214, 2),
        ("0001", "0337", 0.0873, 1.52, 4),
        ("0001", "2908", 0.0456, 0.33, 3),
        ("6001", "2908", 0.0071, 0.048, 3),
    }, got


STACKS = [
    ("h", "Báo cáo đề xuất cấp giấy phép môi trường – Nhà máy mạ kẽm Tân Lập"),
    (
        "t",
        "Bảng 3.4. Tải lượng hơi axit tại khu vực tẩy rửa (sau xử lý)",
        [
            ["Ống thải", "Khu vực phát sinh", "Số bể", "Tải lượng HCl (g/s)", "Tải lượng HCl (kg/năm)"],
            ["Ống thải số 1 – tháp hấp thụ xưởng A", "Bể tẩy gỉ số 1", "2", "0,0021", "31,4"],
            ["", "Bể tẩy gỉ số 2", "2", "0,0034", "52,6"],
            ["", "Cộng tại ống thải số 1", "", "0,0055", "84"],
            ["Ống thải số 2 – tháp hấp thụ xưởng B", "Bể tẩy gỉ số 3", "3", "0,0047", "70,2"],
            ["", "Bể hoạt hóa", "1", "0,0012", "15,8"],
            ["", "Cộng tại ống thải số 2", "", "0,0059", "86"],
        ],
        [(1, 0, 3, 0), (4, 0, 6, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_stacks_summed_rows_are_its_emissions_of_the_substance_its_rate_headers_name(tmp_path, fmt):
    found = extracted(STACKS, tmp_path, "stacks", fmt)
    got = sorted((e.substance.code, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0316", 0.0055, 0.084), ("0316", 0.0059, 0.086)], got


PASSPORT = [
    ("h", "Набор данных паспорта батареи. Модуль ST-48"),
    (
        "t",
        None,
        [
            ["Код поля", "Наименование поля", "Значение", "Доступ"],
            ["1.1", "Уникальный идентификатор паспорта", "KZST-48-2026-00417", "открытый"],
            ["1.2", "Изготовитель", "ТОО «Степь Энерджи Стор»", "открытый"],
            ["1.3", "Идентификатор изготовителя (БИН)", "150140000012", "открытый"],
            ["1.4", "Координаты места изготовления (WGS-84)", "51,1605° с.ш., 71,4704° в.д.", "открытый"],
            ["1.5", "Номинальное напряжение, В", "51,2", "открытый"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_product_passport_names_its_makers_plant(tmp_path, fmt):
    found = extracted(PASSPORT, tmp_path, "passport", fmt)
    got = [(f.bin, f.operator, f.lat, f.lon) for f in found.facilities]
    assert got == [("150140000012", "ТОО «Степь Энерджи Стор»", 51.1605, 71.4704)], got


TRANSFERS = [
    ("h", "Отчет по инвентаризации отходов за 2025 год. Городская прачечная"),
    (
        "t",
        "Таблица 3 – Передача отходов по актам",
        [
            ["Дата передачи", "№ акта", "Получатель", "Передано, т"],
            ["20 01 21* – Отработанные люминесцентные лампы", "", "", ""],
            ["12.03.2025", "11/25", "ТОО «Демеркуризация»", "0,012"],
            ["18.09.2025", "27/25", "ТОО «Демеркуризация»", "0,009"],
            ["Итого за 2025 год", "", "", "0,021"],
            ["20 03 01 – Твердые бытовые отходы", "", "", ""],
            ["30.06.2025", "19/25", "полигон ТБО", "2,41"],
            ["Итого за 2025 год", "", "", "2,41"],
        ],
        [(1, 0, 1, 3), (4, 0, 4, 2), (5, 0, 5, 3), (7, 0, 7, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_wastes_titled_across_the_table_each_have_the_total_of_their_records(tmp_path, fmt):
    found = extracted(TRANSFERS, tmp_path, "transfers", fmt)
    got = sorted((w.code, w.hazardous, w.amount_t) for w in found.wastes)
    assert got == [("20 01 21*", True, 0.021), ("20 03 01", False, 2.41)], got


MINUTES = [
    ("h", "ПРОТОКОЛ совещания у акима района по вопросам обращения с отходами"),
    (
        "t",
        None,
        [
            ["№", "Поручение", "Срок исполнения", "Контроль"],
            ["1", "Отделу ЖКХ района провести инвентаризацию стихийных свалок", "до 1 июня 2026 года", "заместитель акима"],
            ["2", "Акимам сельских округов обеспечить вывоз отходов с контейнерных площадок", "постоянно", "заместитель акима"],
        ],
        [],
    ),
]

AGREEMENT = [
    ("h", "Рабочая программа к Соглашению об инвестициях"),
    (
        "t",
        None,
        [
            ["№", "Обязательство", "Срок исполнения"],
            ["I. Обязательства Инвестора – ТОО «Арал Сода»", "", ""],
            ["1.1", "Ввести в эксплуатацию производство кальцинированной соды", "до 30.09.2027"],
            ["II. Обязательства Уполномоченного органа – Комитет по инвестициям", "", ""],
            ["2.1", "Предоставить земельный участок под строительство", "в течение 30 рабочих дней"],
        ],
        [(1, 0, 1, 2), (3, 0, 3, 2)],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_meetings_instructions_are_tasks(tmp_path, fmt):
    found = extracted(MINUTES, tmp_path, "minutes", fmt)
    assert [(o.kind, o.number) for o in found.obligations] == [("task", "1"), ("task", "2")]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_the_party_a_section_title_names_after_a_dash_does_its_tasks(tmp_path, fmt):
    found = extracted(AGREEMENT, tmp_path, "agreement", fmt)
    got = {o.number: o.actor for o in found.obligations if o.kind == "task"}
    assert got == {"1.1": "ТОО «Арал Сода»", "2.1": "Комитет по инвестициям"}, got


RESULTS = [
    ("h", "Результаты мониторинга атмосферного воздуха на границе СЗЗ за 2025 год"),
    (
        "t",
        "Таблица 3 – Концентрации на границе СЗЗ",
        [
            ["Точка", "Разовые пробы", "", "Суточные пробы", ""],
            ["", "наибольшая концентрация, мг/м³", "ПДК м.р., мг/м³", "наибольшая среднесуточная, мг/м³", "ПДК с.с., мг/м³"],
            ["Свинец и его неорганические соединения /в пересчете на свинец/ (0184)", "", "", "", ""],
            ["Т-1", "0,00061", "0,001", "0,00017", "0,0003"],
            ["Т-2", "0,00044", "", "не отбирались", ""],
            ["Сера диоксид (0330)", "", "", "", ""],
            ["Т-1", "0,21", "0,5", "0,031", "0,05"],
            ["Т-2", "0,12", "", "0,018", ""],
        ],
        [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (2, 0, 2, 4), (3, 2, 4, 2), (3, 4, 4, 4), (5, 0, 5, 4), (6, 2, 7, 2), (6, 4, 7, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_points_under_substance_titles_are_checked_against_each_norm_of_their_group(tmp_path, fmt):
    found = extracted(RESULTS, tmp_path, "results", fmt)
    got = {(x.substance.code, x.point, x.column, x.value, x.limit) for x in found.limits}
    assert got == {
        ("0184", "Т-1", "м.р.", 0.00061, 0.001),
        ("0184", "Т-1", "с.с.", 0.00017, 0.0003),
        ("0184", "Т-2", "м.р.", 0.00044, 0.001),
        ("0330", "Т-1", "м.р.", 0.21, 0.5),
        ("0330", "Т-1", "с.с.", 0.031, 0.05),
        ("0330", "Т-2", "м.р.", 0.12, 0.5),
        ("0330", "Т-2", "с.с.", 0.018, 0.05),
    }, got  # Т-2 had no daily sample of lead: nothing to check against the daily norm


LINES = [
    ("h", "Паспорт скотомогильника «Каратал»"),
    ("p", "1. Наименование объекта: скотомогильник (биотермическая яма) «Каратал»"),
    ("p", "2. Код КАТО: 195633100"),
    ("p", "3. Балансодержатель: КГП «Ветеринарная станция Каратальского района», БИН 100940000012"),
    ("p", "4. Категория объекта: III"),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_card_typed_as_lines_gives_its_facility(tmp_path, fmt):
    found = extracted(LINES, tmp_path, "lines", fmt)
    got = [(f.bin, f.kato, f.category) for f in found.facilities]
    assert got == [("100940000012", "195633100", "III")], got


APPLICATION = [
    ("h", "Заявление на получение экологического разрешения"),
    (
        "t",
        "Раздел 1. Сведения о заявителе",
        [
            ["№", "Наименование сведений", "Сведения"],
            ["1.1", "Наименование заявителя (оператора)", "ТОО «Арал Сода»"],
            ["1.2", "БИН", "150140000012"],
            ["1.3", "Код КАТО по месту регистрации", "751110000"],
        ],
        [],
    ),
    (
        "t",
        "Раздел 2. Сведения об объекте",
        [
            ["№", "Наименование сведений", "Сведения"],
            ["2.1", "Наименование объекта", "Содовый завод"],
            ["2.2", "Код КАТО места нахождения объекта", "433230100"],
            ["2.3", "Категория объекта", "I"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_an_applicants_card_and_its_objects_card_are_one_facility(tmp_path, fmt):
    found = extracted(APPLICATION, tmp_path, "application", fmt)
    got = [(f.name, f.operator, f.bin, f.kato, f.category) for f in found.facilities]
    assert got == [("Содовый завод", "ТОО «Арал Сода»", "150140000012", "433230100", "I")], got


@pytest.mark.parametrize(
    ("written", "code"),
    [("Trimetylamin", "1862"), ("trimethylamine", "1862"), ("Etyl axetat", "1240"), ("Tetracloetylen", "0882")],
)
def test_a_latin_spelling_of_a_name_the_full_list_gives_in_russian_is_that_substance(written, code):
    found = match_substance(written, "air")
    assert found is not None and found.substance.code == code, found


def test_a_cyrillic_name_between_two_substances_stays_unknown():
    assert match_substance("Фториды неорганические растворимые", "air") is None


PLAN = [
    ("h", "Программа производственного экологического контроля. ТОО «Дала Рендеринг»"),
    (
        "t",
        "Таблица 6. План-график контроля",
        [
            ["Код", "Источник / точка контроля", "Контролируемые параметры", "Периодичность"],
            ["0001", "Труба биофильтра", "Параметры ГВС (скорость, расход); 0303, 0333", "1 раз в квартал"],
            ["0002–0005 (кроме 0003)", "Аспирация мельниц № 1–4 (мельница № 2 в резерве)", "2913", "1 раз в полугодие"],
            ["Т-1", "Граница СЗЗ, север", "0303 – Аммиак; 0333 – Сероводород", "1 раз в месяц"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_column_of_codes_before_the_places_gives_their_sources_and_points(tmp_path, fmt):
    found = extracted(PLAN, tmp_path, "plan", fmt)
    got = {
        (o.source_numbers[0] if o.source_numbers else o.point, s.code, o.frequency)
        for o in found.obligations
        if o.kind == "monitoring"
        for s in o.substances
    }
    assert got == {
        ("0001", "0303", "quarterly"),
        ("0001", "0333", "quarterly"),
        ("0002", "2913", "semiannual"),
        ("0004", "2913", "semiannual"),
        ("0005", "2913", "semiannual"),
        ("Т-1", "0303", "monthly"),
        ("Т-1", "0333", "monthly"),
    }, got  # 0003 is taken out of the range; the codes after the gas's parameters are the substances


def test_names_in_a_latin_list_are_found_by_their_sound_and_formula():
    from extractor.nlp.substances import find_substances

    got = [m.substance.code for m in find_substances("Lưu lượng, NH3, CH3SH, Trimetylamin, triethylamine", medium="air")]
    assert got == ["0303", "1715", "1862", "1863"], got


CALCULATION = [
    ("h", "Расчет образования отходов. Котельная района"),
    (
        "t",
        "Таблица 5 – Расчет образования отходов",
        [
            ["Показатель", "Обозначение, ед. изм.", "Значение"],
            ["1. 10 01 01 – Зола и шлак котлов", "", ""],
            ["Расход угля за год", "B, т", "4 200"],
            ["Зольность угля", "Aᵣ, %", "12"],
            ["Количество образования отхода", "M = B · Aᵣ / 100, т/год", "504"],
            ["2. 20 03 01 – Твердые бытовые отходы", "", ""],
            ["Численность персонала", "N, чел.", "40"],
            ["Количество образования отхода", "M = N · 0,075, т/год", "3"],
        ],
        [(1, 0, 1, 2), (5, 0, 5, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_calculation_in_blocks_gives_each_waste_its_result(tmp_path, fmt):
    found = extracted(CALCULATION, tmp_path, "calculation", fmt)
    assert sorted((w.code, w.amount_t) for w in found.wastes) == [("10 01 01", 504.0), ("20 03 01", 3.0)]


PROJECT = [
    ("h", "Паспорт инвестиционного проекта «Опреснительный завод»"),
    (
        "t",
        None,
        [
            ["№", "Наименование показателя", "Значение"],
            ["1.1", "Инициатор проекта", "ГУ «Управление энергетики области»"],
            ["1.2", "БИН инициатора", "150140000012"],
            ["1.3", "Частный партнер (оператор завода)", "ТОО «Тұщы Су»"],
            ["1.4", "БИН частного партнера", "100940000012"],
            ["1.5", "Сервисная организация, БИН", "ТОО «Аква Сервис», БИН 150240000036"],
            ["1.6", "Код КАТО", "473436100"],
            ["1.7", "Категория объекта", "II"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_the_party_called_the_operator_outright_is_the_operator_with_its_own_number(tmp_path, fmt):
    found = extracted(PROJECT, tmp_path, "project", fmt)
    got = [(f.operator, f.bin) for f in found.facilities]
    assert got == [("ТОО «Тұщы Су»", "100940000012")], got


DUTIES = [
    ("h", "Распределение обязанностей по внутреннему экологическому контролю"),
    (
        "t",
        None,
        [
            ["Должность", "Объект контроля", "Что проверяется", "Периодичность"],
            ["Буровой мастер", "Зумпф и циркуляционная система", "уровень раствора", "ежедневно"],
            ["Главный инженер", "Рекультивированные площадки", "качество рекультивации", "1 раз в год"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_the_post_beside_each_check_does_it(tmp_path, fmt):
    found = extracted(DUTIES, tmp_path, "duties", fmt)
    got = {(o.actor, o.frequency) for o in found.obligations if o.kind == "inspection"}
    assert got == {("Буровой мастер", "daily"), ("Главный инженер", "yearly")}, got


SEA = [
    ("h", "Kết quả phân tích chất lượng nước biển ven bờ"),
    (
        "t",
        "Bảng 4.1. Nước biển ven bờ",
        [
            ["Thông số", "Đơn vị", "Đợt 1 – mùa khô (21/3/2025)", "", "Đợt 2 – mùa mưa (15/9/2025)", "", "QCVN 10:2023/BTNMT"],
            ["", "", "NB1", "NB2", "NB1", "NB2", ""],
            ["pH", "-", "8,25", "8,07", "8,09", "8,14", "6,5 - 8,5"],
            ["Amoni (NH4+ tính theo N)", "mg/l", "0,05", "0,07", "0,06", "0,04", "0,1"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 1, 6)],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_points_under_rounds_are_the_points(tmp_path, fmt):
    found = extracted(SEA, tmp_path, "sea", fmt)
    got = sorted({x.point for x in found.limits})
    assert got == ["NB1", "NB2"], got


GRID = [
    ("h", "Chương trình quan trắc môi trường – Căn cứ dịch vụ khoan"),
    (
        "t",
        "Bảng 5.1. Vị trí, thông số và tần suất quan trắc",
        [
            ["Thông số", "Đơn vị", "KT1", "NT1"],
            ["", "", "Ống thải lọc bụi túi vải", "Nước thải sau xử lý"],
            ["Bụi tổng", "mg/Nm³", "x", ""],
            ["SO2", "mg/Nm³", "x", ""],
            ["NO2", "mg/Nm³", "x", ""],
            ["COD", "mg/L", "", "x"],
            ["Tổng chất rắn lơ lửng (TSS)", "mg/L", "", "x"],
            ["Tần suất", "", "6 tháng/lần", "03 tháng/lần"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1)],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_points_over_their_places_marked_per_parameter_take_the_frequency_row_under_them(tmp_path, fmt):
    found = extracted(GRID, tmp_path, "grid", fmt)
    got = {(o.point, o.frequency, s.code or s.symbol) for o in found.obligations if o.kind == "monitoring" for s in o.substances}
    assert got == {
        ("KT1", "semiannual", "2902"),
        ("KT1", "semiannual", "0330"),
        ("KT1", "semiannual", "0301"),
        ("NT1", "quarterly", "COD"),
        ("NT1", "quarterly", "TSS"),
    }, got


ANNEX = [
    ("h", "Phụ lục 1. Nội dung cấp phép xả nước thải"),
    (
        "t",
        "Bảng 1. Các chất ô nhiễm và giá trị giới hạn cho phép",
        [
            ["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị C (QCVN 40:2011/BTNMT, cột B)", "Giá trị giới hạn cho phép (Cmax)"],
            ["Dòng nước thải số 01 – vị trí xả thải XT-01, cửa xả ngầm cách bờ 450 m", "", "", "", ""],
            ["1", "Tổng chất rắn lơ lửng (TSS)", "mg/l", "100", "117"],
            ["2", "COD", "mg/l", "150", "175,5"],
        ],
        [(1, 0, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_permits_own_maximum_is_the_limit_at_the_outlet_its_title_names(tmp_path, fmt):
    found = extracted(ANNEX, tmp_path, "vi_annex", fmt)
    got = {(x.substance.symbol, x.point, x.column, x.limit) for x in found.limits}
    assert got == {("TSS", "XT-01", "B", 117.0), ("COD", "XT-01", "B", 175.5)}, got


def test_a_kazakh_frequency_abbreviated_without_its_dot():
    from extractor.context import frequency

    assert [frequency(t).word for t in ("тәулігіне 1 р", "аптасына 1 р", "айына 1 р.")] == ["daily", "weekly", "monthly"]
