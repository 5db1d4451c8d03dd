"""Tables read by what their columns hold, whatever their order, in DOCX, PDF and text the tests write.

A sample's point may stand after the substances; the unit checked after who checks it; the waste's name after
a column of its class; the formula's symbols before the names. And what the chemical plants' documents taught:
a letter of commitment binds its writer, a plan's site codes take their bodies from the table of codes, a
responsibility matrix names who leads each check, norms written inside the parameter's cell, a release's mass
beside its g/s, a product's grades that are no norms, the state network's posts that are no duty of the
operator, and a card's site centre rather than the origin of a local grid.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


POINT_AFTER_SUBSTANCES = [
    ("h", "Результаты наблюдений за атмосферным воздухом на границе СЗЗ"),
    (
        "t",
        "Таблица 6.2 – Результаты контроля качества атмосферного воздуха, мг/м3",
        [
            ["Дата отбора", "Аммиак (ПДК м.р. 0,2)", "Точка", "Сера диоксид (ПДК м.р. 0,5)"],
            ["21.03.2025", "0,059", "Т-1", "0,26"],
            ["21.03.2025", "0,023", "Т-2", "0,28"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_samples_point_after_the_substance_columns_is_its_point(tmp_path, fmt):
    found = extracted(POINT_AFTER_SUBSTANCES, tmp_path, "point_after", fmt)
    got = sorted((lim.substance.code, lim.point, lim.value) for lim in found.limits)
    assert got == [("0303", "Т-1", 0.059), ("0303", "Т-2", 0.023), ("0330", "Т-1", 0.26), ("0330", "Т-2", 0.28)]


UNIT_AFTER_WHO = [
    ("h", "График внутренних проверок автотранспортного цеха"),
    (
        "t",
        "Таблица 3 – Периодичность проверок",
        [
            ["№", "Кто проверяет", "Группа подвижного состава", "Контролируемый показатель", "Периодичность"],
            ["1", "мастер ОТК", "Автобусы большого класса МАЗ-203", "дымность", "ежеквартально"],
            ["2", "механик колонны", "Грузовые автомобили КамАЗ", "токсичность", "ежемесячно"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_unit_checked_is_found_after_the_column_of_who_checks(tmp_path, fmt):
    found = extracted(UNIT_AFTER_WHO, tmp_path, "unit_after_who", fmt)
    checks = [o for o in found.obligations if o.kind == "inspection"]
    assert len(checks) == 2
    assert any("МАЗ-203" in o.text and o.frequency == "quarterly" for o in checks)
    assert any("КамАЗ" in o.text and o.frequency == "monthly" for o in checks)
    assert not any(o.text.rstrip(";").endswith(("мастер ОТК", "механик колонны")) for o in checks)


RECORDS_FORM_BEFORE_OBJECT = [
    ("h", "Ішкі тексерулер кестесі"),
    (
        "t",
        "3-кесте – Қарап-тексерулер",
        [
            ["№", "Есепке алу нысаны", "Қарау объектісі", "Кезеңділігі", "Жауапты"],
            ["1", "Ф-ЭК-02 журналы", "Газ айдау агрегаттарының алаңы", "аптасына 1 рет", "ҚОҚ жөніндегі инженер"],
            ["2", "Ф-ЭК-03 журналы", "Газды тазарту торабы", "айына 1 рет", "пайдалану шебері"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_form_of_records_is_not_the_object_checked(tmp_path, fmt):
    found = extracted(RECORDS_FORM_BEFORE_OBJECT, tmp_path, "records_form", fmt)
    checks = [o for o in found.obligations if o.kind == "inspection"]
    assert sorted(o.frequency for o in checks) == ["monthly", "weekly"]
    assert all("агрегат" in o.text or "торабы" in o.text for o in checks)


CLASS_BEFORE_NAME = [
    ("h", "Сведения об образовании отходов"),
    (
        "t",
        "Таблица 7 – Отходы, образованные в 2025 году",
        [
            ["№", "Способ обращения", "Объем образования, т/год", "Код отхода", "Вид отхода", "Наименование отхода"],
            ["1", "передача по договору", "1,46", "15 01 10*", "опасный", "Тара из-под химических реагентов"],
            ["2", "передача по договору", "1,62", "20 01 21*", "опасный", "Отработанные люминесцентные лампы"],
            ["3", "вывоз на полигон", "12,4", "20 03 01", "неопасный", "Смешанные коммунальные отходы"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_of_two_name_columns_the_waste_is_named_by_the_one_of_names_not_of_classes(tmp_path, fmt):
    found = extracted(CLASS_BEFORE_NAME, tmp_path, "class_before_name", fmt)
    got = sorted((w.code, w.name, w.amount_t) for w in found.wastes)
    assert got == [
        ("15 01 10*", "Тара из-под химических реагентов", 1.46),
        ("20 01 21*", "Отработанные люминесцентные лампы", 1.62),
        ("20 03 01", "Смешанные коммунальные отходы", 12.4),
    ]


COMMITMENT_LETTER = [
    ("p", "ТОО «Ақтөбе Хром Қосылыстары», БИН 201143780747. Исх. № 02-14/647 от 02.03.2026"),
    ("p", "Руководителю РГУ «Департамент экологии по Актюбинской области»"),
    ("h", "Гарантийное письмо"),
    (
        "p",
        "По результатам внеплановой проверки ТОО «Ақтөбе Хром Қосылыстары» гарантирует выполнение следующих "
        "мероприятий в указанные сроки:",
    ),
    (
        "t",
        None,
        [
            ["№ п/п", "Мероприятие", "Срок выполнения"],
            ["1", "Восстановить противофильтрационный экран карты № 3 шламонакопителя", "до 30.09.2026"],
            ["2", "Пробурить две дополнительные наблюдательные скважины", "до 31.07.2026"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_letter_of_commitment_binds_its_writer_not_its_addressee(tmp_path, fmt):
    found = extracted(COMMITMENT_LETTER, tmp_path, "commitment", fmt)
    tasks = [o for o in found.obligations if o.kind == "task"]
    assert len(tasks) == 2
    assert all(o.actor and "Ақтөбе Хром" in o.actor and "Департамент" not in o.actor for o in tasks)


SITE_CODES = [
    ("h", "План природоохранных мероприятий АО «Қазхим Холдинг» на 2026–2028 годы"),
    (
        "t",
        "Таблица 1 – Мероприятия",
        [
            ["№", "Площадка", "Мероприятие", "Срок выполнения"],
            ["1", "ТЖФ", "Реконструкция электрофильтров печей № 6 и 8", "IV квартал 2026 г."],
            ["2", "АХС", "Рекультивация карты № 1 шламонакопителя", "2026–2027 гг."],
        ],
        [],
    ),
    (
        "t",
        "Таблица 2 – Коды площадок и ответственные",
        [
            ["Код", "Площадка (оператор)", "Ответственный за выполнение мероприятий площадки"],
            ["ТЖФ", "Завод желтого фосфора, ТОО «Тараз Фосфор Өндірісі»", "главный инженер завода"],
            ["АХС", "Завод хромовых соединений, ТОО «Ақтөбе Хром Қосылыстары»", "заместитель директора по производству"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plans_site_codes_take_the_responsible_from_the_table_of_codes(tmp_path, fmt):
    found = extracted(SITE_CODES, tmp_path, "site_codes", fmt)
    actors = {o.text[:20]: o.actor for o in found.obligations if o.kind == "task"}
    assert len(actors) == 2
    assert any("главный инженер" in (a or "") for t, a in actors.items() if t.startswith("Реконструкция"))
    assert any("заместитель директора" in (a or "") for t, a in actors.items() if t.startswith("Рекультивация"))


RESPONSIBILITY_MATRIX = [
    ("h", "Матрица распределения ответственности за внутренние проверки"),
    (
        "t",
        "Таблица П2.1",
        [
            ["№", "Объект и содержание проверки", "Периодичность", "Начальник цеха", "Мастер смены", "Механик цеха"],
            ["1", "Контактные аппараты и теплообменники: герметичность", "ежедневно", "И", "О", "У"],
            ["2", "Газоход хвостовых газов и выхлопная труба", "1 раз в неделю", "", "У", "О"],
        ],
        [],
    ),
    ("p", "О – организует и проводит проверку, делает запись в журнале; У – участвует в проверке; И – информируется о результатах."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_responsibility_matrix_names_who_leads_each_check(tmp_path, fmt):
    found = extracted(RESPONSIBILITY_MATRIX, tmp_path, "raci", fmt)
    got = sorted((o.frequency, o.actor) for o in found.obligations if o.kind == "inspection")
    assert got == [("daily", "Мастер смены, Механик цеха"), ("weekly", "Механик цеха, Мастер смены")]


NORMS_IN_NAMES = [
    ("h", "Протокол результатов контроля сточных вод за 2025 год"),
    (
        "t",
        "Таблица 2 – Результаты анализов проб сточных вод",
        [
            ["Точка отбора", "Показатель и допустимая концентрация", "I кв. (06.02.2025)", "II кв. (23.05.2025)"],
            ["КК-1", "Водородный показатель (pH) (ДК от 6,5 до 9)", "7,6", "8"],
            ["", "Взвешенные вещества, мг/дм³ (ДК не более 300)", "196", "106"],
            ["", "Хлориды (ДК 350 мг/дм³)", "213", "80,9"],
        ],
        [(1, 0, 3, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_norms_written_in_the_parameters_cell_are_read_against_each_quarters_result(tmp_path, fmt):
    found = extracted(NORMS_IN_NAMES, tmp_path, "norms_in_names", fmt)
    got = sorted((lim.substance.symbol, lim.value, lim.limit, lim.limit_min, lim.limit_max, lim.point) for lim in found.limits)
    assert got == [
        ("Cl-", 80.9, 350.0, None, None, "КК-1"),
        ("Cl-", 213.0, 350.0, None, None, "КК-1"),
        ("TSS", 106.0, 300.0, None, None, "КК-1"),
        ("TSS", 196.0, 300.0, None, None, "КК-1"),
        ("pH", 7.6, None, 6.5, 9.0, "КК-1"),
        ("pH", 8.0, None, 6.5, 9.0, "КК-1"),
    ]


def test_a_kazakh_range_with_case_endings_is_a_range():
    from extractor.nlp.numbers import parse_quantity

    q = parse_quantity("6,5-ден 9-ға дейін", "kk")
    assert q is not None and (q.low, q.high) == (6.5, 9.0)
    assert parse_quantity("6,5-тен 8,5-ке дейін", "kk").high == 8.5


RELEASES = [
    ("h", "Сведения об аварийных и залповых выбросах"),
    (
        "t",
        "Таблица 3.4 – Аварийные выбросы загрязняющих веществ в 2025 году",
        [
            ["№", "Дата", "№ ИЗА", "Код ЗВ", "Загрязняющее вещество", "Масса выброса, кг", "Максимальный выброс, г/с"],
            ["1", "01.07.2025", "0014", "0349", "Хлор", "33,7", "16,05"],
            ["2", "06.10.2025", "0009", "0316", "Гидрохлорид", "50,5", "21,58"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_releases_mass_in_kilograms_beside_its_rate_is_kept_in_tonnes(tmp_path, fmt):
    found = extracted(RELEASES, tmp_path, "releases", fmt)
    got = sorted((e.substance.code, e.source_number, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0316", "0009", 21.58, 0.0505), ("0349", "0014", 16.05, 0.0337)]


PRODUCT_GRADES = [
    ("h", "Раздел 1. Общая характеристика производства"),
    (
        "t",
        "Таблица 1.2 – Характеристика выпускаемой продукции",
        [
            ["Показатель", "Высший сорт", "Первый сорт", "Фактически за 2025 г."],
            ["Массовая доля P2O5, %, не менее", "57,0", "56,5", "57,4"],
            ["Массовая доля нерастворимых в воде веществ, %, не более", "0,1", "0,15", "0,06"],
            ["pH раствора с массовой долей 1 %", "9,4–10,0", "9,4–10,0", "9,9"],
            ["Белизна, %, не менее", "90", "85", "95"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_products_grades_are_no_limits(tmp_path, fmt):
    found = extracted(PRODUCT_GRADES, tmp_path, "grades", fmt)
    assert not found.limits


STATE_NETWORK = [
    ("h", "5. Мониторинг воздействия"),
    (
        "t",
        "Таблица 5.1 – План-график мониторинга воздействия",
        [
            ["Пункт наблюдения", "Контролируемые показатели", "Периодичность", "Выполняет"],
            ["Т-1 – граница СЗЗ", "хлор, гидрохлорид", "1 раз в квартал", "аккредитованная лаборатория"],
            ["ПНЗ № 2 РГП «Казгидромет»", "сера диоксид, азота диоксид", "3 раза в сутки", "РГП «Казгидромет»; предприятие использует данные"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_state_networks_posts_are_no_duty_of_the_operator(tmp_path, fmt):
    found = extracted(STATE_NETWORK, tmp_path, "state_network", fmt)
    duties = [o for o in found.obligations if o.kind == "monitoring"]
    assert duties and all(o.point == "Т-1" or "Т-1" in (o.point or "") for o in duties)
    assert not any("0330" in [s.code for s in o.substances] for o in duties)


CARD_WITH_GRID = [
    ("h", "Приложение 3. Исходные данные для расчета загрязнения атмосферы"),
    (
        "t",
        "Таблица П3.1 – Исходные данные расчета",
        [
            ["Характеристика", "Значение"],
            ["Предприятие (оператор объекта)", "ТОО «Ертіс Хлор-Сілті»"],
            ["БИН оператора", "130745778009"],
            ["Объект", "Завод хлора и каустической соды «Ертіс Хлор»"],
            ["Местоположение объекта", "Павлодарская область, г. Павлодар, Северная промышленная зона"],
            ["Код КАТО", "551596000"],
            ["Категория объекта", "I"],
            ["Начало местной системы координат (X = 0; Y = 0)", "52°19′52,4″ с.ш.; 76°56′57,4″ в.д."],
            ["Центр промышленной площадки (WGS-84)", "52°20′09,6″ с.ш.; 76°57′23,4″ в.д."],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_cards_site_centre_places_the_facility_not_a_grids_origin(tmp_path, fmt):
    found = extracted(CARD_WITH_GRID, tmp_path, "card_grid", fmt)
    assert found.facilities
    assert round(found.facilities[0].lat, 3) == 52.336 and round(found.facilities[0].lon, 3) == 76.957


NAMES_AFTER_FIGURES = [
    ("h", "Выбросы предприятий области за 2025 год"),
    (
        "t",
        "Таблица 2 – Фактические выбросы по предприятиям, тонн",
        [
            ["№", "Фактический выброс за 2025 год, тонн", None, "Предприятие (объект)", "Всего, тонн"],
            ["", "Сера диоксид (0330)", "Азота диоксид (0301)", "", ""],
            ["1", "18 640", "9 829", "АО «Шалқар Цемент» (цементный завод)", "28 469"],
            ["2", "15 070", "2 942", "ТОО «Жайық Ойл» (нефтебаза)", "18 012"],
        ],
        [(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3), (0, 4, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_names_of_a_matrixs_rows_may_follow_its_figures(tmp_path, fmt):
    found = extracted(NAMES_AFTER_FIGURES, tmp_path, "names_after", fmt)
    got = sorted((e.substance.code, e.t_y) for e in found.emissions)
    assert got == [("0301", 2942.0), ("0301", 9829.0), ("0330", 15070.0), ("0330", 18640.0)]


CLASS_AFTER_SOURCES = [
    ("h", "Выбросы компрессорной станции по источникам"),
    (
        "t",
        "Таблица 4 – Выбросы загрязняющих веществ",
        [
            ["Код ЗВ", "Выброс по источникам, г/с / т/год", None, "Загрязняющее вещество", "Класс опасности", "Итого, г/с / т/год"],
            ["", "№ 0001 Выхлопная труба ГПА-1", "№ 0002 Выхлопная труба ГПА-2", "", "", ""],
            ["0301", "3,22 / 50,15", "3,939 / 64,4", "Азота диоксид", "2", "7,159 / 114,55"],
            ["0337", "5,1 / 80,2", "4,7 / 75,3", "Углерод оксид", "4", "9,8 / 155,5"],
        ],
        [(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_substances_class_after_the_columns_per_source_is_its_class(tmp_path, fmt):
    found = extracted(CLASS_AFTER_SOURCES, tmp_path, "class_after", fmt)
    got = sorted((e.substance.code, e.source_number, e.g_s, e.hazard_class) for e in found.emissions)
    assert got == [("0301", "0001", 3.22, 2), ("0301", "0002", 3.939, 2), ("0337", "0001", 5.1, 4), ("0337", "0002", 4.7, 4)]


def test_kazakh_sampling_places_in_the_plural_head_a_column_of_points():
    from extractor import columns as words

    assert words.role_of("Сынама алу орындары") == "point"
    assert words.role_of("Бақылау орындаушы") == "who"
    assert words.role_of("Анықталатын көрсеткіштер") == "substance"


def test_a_norm_allowing_none_in_a_volume_has_no_limit():
    from extractor.tables.limit_cells import parse_limit

    assert parse_limit("отсутствие в 100 см3", "ru") is None
    assert parse_limit("ДК 6,5-ден 9-ға дейін", "kk") == (None, 6.5, 9.0)


RINGS_APART = [
    ("h", "5.3. Мониторинг морской среды в районе нефтепирса"),
    (
        "t",
        "Таблица 5.3 – Станции мониторинга морской среды",
        [
            ["Район", "Глубина, м", "Расстояние, м", "Станция"],
            ["Кольцо I", "11,2", "250", "М-1"],
            ["", "4,1", "250", "М-2"],
            ["Кольцо II", "5,5", "1 000", "М-5"],
            ["", "15,8", "1 000", "М-6"],
        ],
        [(1, 0, 2, 0), (3, 0, 4, 0)],
    ),
    (
        "t",
        "Таблица 5.4 – Программа мониторинга морской среды",
        [
            ["Среда", "Район наблюдений", "Контролируемые показатели", "Периодичность"],
            ["Морская вода", "кольцо I (250 м)", "Нефтепродукты, Взвешенные вещества", "ежемесячно"],
            ["", "кольцо II (1 000 м)", "Нефтепродукты", "1 раз в квартал"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_rings_stations_are_found_though_a_column_stands_between_them(tmp_path, fmt):
    found = extracted(RINGS_APART, tmp_path, "rings", fmt)
    points = {(o.point, o.frequency) for o in found.obligations if o.kind == "monitoring"}
    assert {("М-1", "monthly"), ("М-2", "monthly"), ("М-5", "quarterly"), ("М-6", "quarterly")} <= points


NORMS_IN_A_LATER_COLUMN = [
    ("h", "Kết quả quan trắc nước thải năm 2025"),
    (
        "t",
        "Bảng 4.3. Kết quả phân tích nước thải sau xử lý tại NT1",
        [
            ["TT", "Đợt 1 (21/03/2025)", "Đợt 2 (20/06/2025)", "Thông số (giá trị tối đa cho phép)", "Đơn vị"],
            ["1", "6,9", "7,5", "pH (5,5 – 9)", "-"],
            ["2", "71,5", "24,2", "Tổng chất rắn lơ lửng (TSS) (≤ 100)", "mg/L"],
            ["3", "123", "74,4", "COD (≤ 150)", "mg/L"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_of_parameters_with_their_norms_is_split_wherever_it_stands(tmp_path, fmt):
    found = extracted(NORMS_IN_A_LATER_COLUMN, tmp_path, "norms_later", fmt)
    got = sorted((lim.substance.symbol, lim.value, lim.limit, lim.limit_min, lim.point) for lim in found.limits)
    assert got == [
        ("COD", 74.4, 150.0, None, "NT1"),
        ("COD", 123.0, 150.0, None, "NT1"),
        ("TSS", 24.2, 100.0, None, "NT1"),
        ("TSS", 71.5, 100.0, None, "NT1"),
        ("pH", 6.9, None, 5.5, "NT1"),
        ("pH", 7.5, None, 5.5, "NT1"),
    ]



def test_the_kazakh_maximum_one_time_limit_heads_a_column_of_limits():
    from extractor import columns as words

    assert words.role_of("ЕЖШК б.р., мг/м3") == "limit"
