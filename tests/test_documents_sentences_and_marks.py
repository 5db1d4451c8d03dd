"""Duties stated in sentences and tables as writers mark them, in DOCX, PDF and text the tests write.

A monitoring duty a condition or a paragraph states in words is a duty per place; a hearing's answers that
commit are tasks. A header word broken by a hyphen is one word, a figure's footnote mark no part of it, a header
a bilingual header names what both its halves name. Substances ticked in columns
are measured at the row's point; a norm row and a result row under each substance's title give a limit per
source column; a waste card's first field may stand as its header; a register's `О`/`Н` marks say hazardous.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


def _places(found) -> set[tuple]:
    """(source or point, frequency, substance) of every monitoring duty, a triple per substance."""
    return {
        (o.source_numbers[0] if o.source_numbers else o.point, o.frequency, s.code or s.symbol)
        for o in found.obligations
        if o.kind == "monitoring"
        for s in o.substances
    }


CONDITIONS = [
    ("h", "Приложение 2 к экологическому разрешению на воздействие"),
    ("p", "Условия природопользования. ТОО «Ақмола Каолин», обогатительная фабрика."),
    (
        "t",
        None,
        [
            ["№", "Условие", "Срок исполнения"],
            ["1", "Соблюдать нормативы допустимых выбросов, установленные приложением 1.", "постоянно"],
            [
                "2",
                "Проводить инструментальные замеры выбросов 1 раз в квартал: на источнике № 0001 (сушильный барабан) – "
                "азота диоксид (0301), пыль талька (2977); на источнике № 0002 (аспирация мельниц) – пыль талька (2977).",
                "постоянно",
            ],
            [
                "3",
                "Проводить наблюдения за атмосферным воздухом на границе СЗЗ в точках Т-1 и Т-2 по веществам: "
                "азота диоксид (0301), углерод оксид (0337) – 2 раза в год.",
                "постоянно",
            ],
            ["4", "Передавать отходы организациям, имеющим лицензию.", "постоянно"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_conditions_that_order_measuring_are_monitoring_duties_per_place(tmp_path, fmt):
    got = _places(extracted(CONDITIONS, tmp_path, "conditions", fmt))
    assert got == {
        ("0001", "quarterly", "0301"),
        ("0001", "quarterly", "2977"),
        ("0002", "quarterly", "2977"),
        ("Т-1", "semiannual", "0301"),
        ("Т-1", "semiannual", "0337"),
        ("Т-2", "semiannual", "0301"),
        ("Т-2", "semiannual", "0337"),
    }, got


PARAGRAPH_DUTIES = [
    ("h", "Chương trình quan trắc môi trường"),
    ("h", "Quan trắc nước dưới đất"),
    (
        "p",
        "Tại các giếng quan trắc GN1 – GN3 quan trắc các thông số: pH, Tổng chất rắn hòa tan (TDS), Sắt (Fe), "
        "tần suất 03 tháng/lần.",
    ),
    ("t", "Bảng 5.2. Vị trí giếng quan trắc", [["Ký hiệu", "Vị trí", "Độ sâu (m)"], ["GN1", "Hạ lưu hồ lắng", "15"], ["GN2", "Khu vực khai trường", "29"], ["GN3", "Khu dân cư", "18"]], []),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_paragraph_that_orders_measuring_at_a_run_of_wells_is_a_duty_at_each(tmp_path, fmt):
    got = _places(extracted(PARAGRAPH_DUTIES, tmp_path, "paragraph_duties", fmt))
    assert {(p, f, s) for p, f, s in got if s == "Fe"} == {("GN1", "quarterly", "Fe"), ("GN2", "quarterly", "Fe"), ("GN3", "quarterly", "Fe")}, got
    assert all(p in ("GN1", "GN2", "GN3") for p, _, _ in got), got


PERMIT_CLAUSES = [
    ("h", "GIẤY PHÉP MÔI TRƯỜNG"),
    ("p", "Cấp cho: Công ty TNHH Bao bì Tân Phú, địa chỉ: KCN Tân Bình, tỉnh Bình Dương."),
    ("h", "Điều 3. Chương trình quan trắc môi trường"),
    ("p", "1. Quan trắc khí thải định kỳ:"),
    ("p", "- Vị trí quan trắc: 02 điểm tại ống khói lò hơi (KT1) và ống khói lò sấy (KT2)."),
    ("p", "- Thông số quan trắc: Bụi tổng, SO2, NOx, CO."),
    ("p", "- Tần suất quan trắc: 03 tháng/lần."),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_permits_monitoring_clause_is_at_each_point_its_words_name(tmp_path, fmt):
    found = extracted(PERMIT_CLAUSES, tmp_path, "permit_clause", fmt)
    got = [(o.point, o.frequency) for o in found.obligations if o.kind == "monitoring"]
    assert got == [("KT1", "quarterly"), ("KT2", "quarterly")], got
    ids = [o.id for o in found.obligations]
    assert len(set(ids)) == len(ids), ids


HEARING = [
    ("h", "Протокол общественных слушаний"),
    (
        "t",
        "Таблица замечаний и предложений",
        [
            ["№", "Замечание, предложение", "Автор", "Ответ инициатора"],
            ["1", "Жители жалуются на запах аммиака.", "житель с. Толе би", "Принято. ТОО «Жамбыл Сода» обязуется до 01.09.2026 установить автоматическую систему мониторинга аммиака на границе СЗЗ."],
            ["2", "Не загрязнит ли шлам подземные воды?", "депутат маслихата", "Карты шламонакопителя имеют противофильтрационный экран."],
            ["3", "Просим озеленить санитарно-защитную зону.", "председатель КСК", "Принято. ТОО «Жамбыл Сода» обязуется в 2026–2027 гг. высадить защитную лесополосу."],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_hearings_answers_that_commit_are_the_initiators_tasks(tmp_path, fmt):
    found = extracted(HEARING, tmp_path, "hearing", fmt)
    tasks = [(o.actor, o.text) for o in found.obligations if o.kind == "task"]
    assert len(tasks) == 2, tasks
    assert all(actor == "ТОО «Жамбыл Сода»" for actor, _ in tasks), tasks
    assert any("лесополосу" in text for _, text in tasks) and not any("экран" in text for _, text in tasks), tasks


BROKEN_HEADER = [
    ("h", "График внутренних проверок"),
    (
        "t",
        "Таблица 1 – Проверки",
        [
            ["Объект про-\nверки", "Периодич-\nность", "Ответст-\nвенный"],
            ["Склад ГСМ", "ежеквартально", "главный механик"],
            ["Аккумуляторная", "ежемесячно", "энергетик"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_header_words_broken_by_a_hyphen_still_name_their_columns(tmp_path, fmt):
    found = extracted(BROKEN_HEADER, tmp_path, "broken_header", fmt)
    got = sorted((o.actor, o.frequency) for o in found.obligations if o.kind == "inspection")
    assert got == [("главный механик", "quarterly"), ("энергетик", "monthly")], got


MARKED_FIGURES = [
    ("h", "Нормативы допустимых выбросов"),
    (
        "t",
        "Таблица 3 – Выбросы по источникам",
        [
            ["№ ИЗА", "Код ЗВ", "Наименование ЗВ", "г/с", "т/год"],
            ["0001", "0301", "Азота диоксид", "0,2398*", "3,42"],
            ["6001*", "2908", "Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "0,0433", "1,302**"],
        ],
        [],
    ),
    ("p", "* – по данным инструментальных замеров; ** – расчётным методом."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_footnote_mark_is_no_part_of_a_figure_or_a_source(tmp_path, fmt):
    found = extracted(MARKED_FIGURES, tmp_path, "marked_figures", fmt)
    got = sorted((e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0001", "0301", 0.2398, 3.42), ("6001", "2908", 0.0433, 1.302)], got


BILINGUAL = [
    ("h", "Іс-шаралар жоспары / План мероприятий"),
    (
        "t",
        "1-кесте – Іс-шаралар",
        [
            [
                "Р/с № / № п/п",
                "Іс-шараның атауы / Наименование мероприятия",
                "Аяқталу нысаны / Форма завершения",
                "Орындауға жауаптылар / Ответственные за исполнение",
                "Орындау мерзімі / Срок исполнения",
            ],
            ["1. Атмосфералық ауаны қорғау", None, None, None, None],
            ["1.1", "Шаң ұстағыш сүзгілерді ауыстыру", "акт", "Бас механик", "2026 жылғы II тоқсан"],
            ["1.2", "Қазандықты газға көшіру", "акт", "Бас энергетик", "2026 жылғы IV тоқсан"],
        ],
        [(1, 0, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_bilingual_header_names_what_both_its_halves_name(tmp_path, fmt):
    found = extracted(BILINGUAL, tmp_path, "bilingual", fmt)
    got = sorted((o.number, o.actor) for o in found.obligations if o.kind == "task")
    assert got == [("1.1", "Бас механик"), ("1.2", "Бас энергетик")], got


TICKED = [
    ("h", "Программа производственного экологического контроля"),
    (
        "t",
        "Таблица 5 – Перечень контролируемых показателей",
        [
            ["№ ИЗА, точки", "Место контроля", "Выбросы и атмосферный воздух", None, None, "Сточные воды", None, "Периодичность"],
            [None, None, "Взвешенные частицы (2902)", "Азота диоксид (0301)", "Углерод оксид (0337)", "Водородный показатель (pH)", "Взвешенные вещества", None],
            ["0001", "Аспирация дробилки", "+", "–", "–", "–", "–", "ежеквартально"],
            ["0002", "Дымовая труба котла", "–", "+", "+", "–", "–", "1 раз в полугодие"],
            ["КК-1", "Выпуск в городскую канализацию", "–", "–", "–", "+", "+", "ежемесячно"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 6), (0, 7, 1, 7)],
    ),
    ("p", "«+» – показатель контролируется; «–» – не контролируется."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_substances_ticked_in_columns_are_measured_at_the_rows_place(tmp_path, fmt):
    got = _places(extracted(TICKED, tmp_path, "ticked", fmt))
    assert got == {
        ("0001", "quarterly", "2902"),
        ("0002", "semiannual", "0301"),
        ("0002", "semiannual", "0337"),
        ("КК-1", "monthly", "pH"),
        ("КК-1", "monthly", "TSS"),
    }, got


NORM_AND_RESULT_ROWS = [
    ("h", "Протокол инструментальных измерений выбросов № 124-ИК/2025"),
    (
        "t",
        "Таблица 1 – Результаты измерений на источниках выбросов",
        [
            ["Показатель", "Ед. изм.", "ИЗА 0001 – сушильная печь № 1", "ИЗА 0002 – сушильная печь № 2"],
            ["Температура газа", "°C", "136,6", "135,1"],
            ["Азота диоксид (0301)", "", "", ""],
            ["норматив КЭР", "мг/Нм³", "200", "200"],
            ["фактически", "мг/Нм³", "87,6", "163"],
            ["Углерод оксид (0337)", "", "", ""],
            ["норматив КЭР", "мг/Нм³", "300", "250"],
            ["фактически", "мг/Нм³", "146", "166"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_norm_and_result_rows_under_each_substance_give_a_limit_per_source_column(tmp_path, fmt):
    found = extracted(NORM_AND_RESULT_ROWS, tmp_path, "norm_result_rows", fmt)
    got = sorted((lim.substance.code, lim.point, lim.limit, lim.value, lim.unit) for lim in found.limits)
    assert got == [
        ("0301", "0001", 200.0, 87.6, "mg/Nm3"),
        ("0301", "0002", 200.0, 163.0, "mg/Nm3"),
        ("0337", "0001", 300.0, 146.0, "mg/Nm3"),
        ("0337", "0002", 250.0, 166.0, "mg/Nm3"),
    ], got
    assert sorted(s.number for s in found.sources) == ["0001", "0002"]


PASSPORTS = [
    ("h", "Паспорта опасных отходов"),
    ("p", "Паспорт опасного отхода № 1"),
    (
        "t",
        None,
        [
            ["1. Наименование отхода", "Отработанные гидравлические масла"],
            ["2. Код отхода по классификатору", "13 01 10*"],
            ["3. Происхождение (технологический процесс)", "замена масла в гидросистемах прессов"],
            ["4. Агрегатное состояние", "жидкое"],
            ["5. Количество образования, т/год", "3,12"],
        ],
        [],
    ),
    ("p", "Паспорт опасного отхода № 2"),
    (
        "t",
        None,
        [
            ["1. Наименование отхода", "Промасленная ветошь"],
            ["2. Код отхода по классификатору", "15 02 02*"],
            ["3. Происхождение (технологический процесс)", "обслуживание оборудования"],
            ["4. Агрегатное состояние", "твердое"],
            ["5. Количество образования, т/год", "1,21"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_waste_card_whose_first_field_stands_as_its_header_is_one_waste(tmp_path, fmt):
    found = extracted(PASSPORTS, tmp_path, "passports", fmt)
    got = sorted((w.code, w.amount_t) for w in found.wastes)
    assert got == [("13 01 10*", 3.12), ("15 02 02*", 1.21)], got


HAZARD_MARKS = [
    ("h", "Отчет об обращении с отходами за 2025 год"),
    (
        "t",
        "Таблица 1 – Движение отходов",
        [
            ["№", "Код отхода", "Признак", "Наименование отхода", "Образовано, т"],
            ["1", "010409", "Н", "Отходы обогащения каолина", "25 283"],
            ["2", "130205", "О", "Отработанные моторные масла", "4,57"],
            ["3", "150202", "О", "Промасленная ветошь", "0,61"],
        ],
        [],
    ),
    ("p", "Признак: О – опасный, Н – неопасный."),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_registers_hazard_mark_says_hazardous_and_stars_the_code(tmp_path, fmt):
    found = extracted(HAZARD_MARKS, tmp_path, "hazard_marks", fmt)
    got = sorted((w.code, w.hazardous) for w in found.wastes)
    assert got == [("01 04 09", False), ("13 02 05*", True), ("15 02 02*", True)], got


SEASONS = [
    ("h", "График осмотров солепромысла"),
    (
        "t",
        "Таблица 4 – Осмотры по сезонам",
        [
            ["№", "Объект проверки", "Периодичность", None, "Кто проверяет"],
            [None, None, "в период добычи", "в межсезонье", None],
            ["1", "Дамбы бассейнов-испарителей", "еженедельно", "1 раз в месяц", "мастер участка"],
            ["2", "Береговая линия после шторма", "после каждого шторма", "", "начальник солепромысла"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_season_columns_beside_who_checks_give_the_checker_and_keep_an_occasion(tmp_path, fmt):
    found = extracted(SEASONS, tmp_path, "seasons", fmt)
    got = sorted((o.actor, o.frequency or "") for o in found.obligations if o.kind == "inspection")
    assert got == [("мастер участка", "monthly"), ("мастер участка", "weekly"), ("начальник солепромысла", "")], got


def test_a_listed_pollutant_with_its_code_in_brackets_is_found_in_a_sentence():
    from extractor.nlp.substances import find_substances

    text = "по веществам: пыль талька (2977), азота диоксид (0301) – 2 раза в год"
    assert [m.substance.code for m in find_substances(text, medium="air")] == ["2977", "0301"]


STATED_LIMITS = [
    ("h", "Приложение 3 к комплексному экологическому разрешению"),
    (
        "t",
        "Экологические условия",
        [
            ["№", "Экологическое условие", "Срок исполнения"],
            [
                "3.1",
                "Концентрации загрязняющих веществ в отходящих газах печи дожига (ИЗА 0145) не должны превышать, "
                "мг/Нм³: серы диоксид – 1 500; азота диоксид – 250; углерода оксид – 100.",
                "постоянно",
            ],
            [
                "3.2",
                "Концентрации загрязняющих веществ в очищенных сточных водах (выпуск № 1) не должны превышать, мг/дм³: "
                "взвешенные вещества – 20; нефтепродукты – 0,3; водородный показатель – 6,5–8,5.",
                "постоянно",
            ],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_a_condition_that_caps_concentrations_in_words_gives_a_limit_each(tmp_path, fmt):
    found = extracted(STATED_LIMITS, tmp_path, "stated_limits", fmt)
    got = sorted((lim.point, lim.substance.code or lim.substance.symbol, lim.limit, lim.limit_min, lim.limit_max, lim.unit, lim.medium) for lim in found.limits)
    assert got == [
        ("0145", "0301", 250.0, None, None, "mg/Nm3", "flue_gas"),
        ("0145", "0330", 1500.0, None, None, "mg/Nm3", "flue_gas"),
        ("0145", "0337", 100.0, None, None, "mg/Nm3", "flue_gas"),
        ("выпуск № 1", "TPH", 0.3, None, None, "mg/l", "waste_water"),
        ("выпуск № 1", "TSS", 20.0, None, None, "mg/l", "waste_water"),
        ("выпуск № 1", "pH", None, 6.5, 8.5, None, "waste_water"),
    ], got
    assert [s.number for s in found.sources] == ["0145"]


ROUNDS = [
    ("h", "Chương trình quan trắc môi trường định kỳ"),
    (
        "t",
        "Bảng 4. Thông số quan trắc theo đợt",
        [
            ["Ký hiệu", "Vị trí quan trắc", "Thông số theo đợt quan trắc", None, None, None],
            [None, None, "Đợt 1 (tháng 3)", "Đợt 2 (tháng 6)", "Đợt 3 (tháng 9)", "Đợt 4 (tháng 12)"],
            ["KK1", "Không khí xung quanh – cổng chính", "Bụi tổng, SO2", "Bụi tổng, SO2, Benzen", "Bụi tổng, SO2", "Bụi tổng, SO2, Benzen"],
            ["KK2", "Không khí xung quanh – khu dân cư", "Bụi tổng", "Bụi tổng", "Bụi tổng", "Bụi tổng, Benzen"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_substances_listed_round_by_round_are_measured_as_often_as_the_rounds_that_list_them(tmp_path, fmt):
    got = _places(extracted(ROUNDS, tmp_path, "rounds", fmt))
    assert got == {
        ("KK1", "quarterly", "2902"),
        ("KK1", "quarterly", "0330"),
        ("KK1", "semiannual", "0602"),
        ("KK2", "quarterly", "2902"),
        ("KK2", "yearly", "0602"),
    }, got


def test_months_given_by_their_numbers_say_how_often():
    from extractor.nlp.frequency import find_frequency

    assert find_frequency("Tháng 1, 4, 7, 10").word == "quarterly"
    assert find_frequency("tháng 3 và 9").word == "semiannual"


NUMBERED_TWICE = [
    ("h", "Перечень объектов I категории"),
    (
        "t",
        "Таблица 1 – Объекты",
        [
            ["№", "Объект", "Оператор", "БИН оператора", "Категория"],
            [None, "Местонахождение", "Координаты (WGS-84)", "КАТО", "ОКЭД"],
            ["1", "Ферросплавный завод «Ертіс Феррум»", "АО «Ертіс Феррум»", "030145933584", "I"],
            ["1", "Павлодарская область, г. Аксу", "52,03941° с.ш., 76,93454° в.д.", "557341000", "24100"],
            ["2", "Цинковый завод «Алтай Мырыш»", "ТОО «Алтай Мырыш»", "110245497301", "I"],
            ["2", "Восточно-Казахстанская область, г. Риддер", "50,34512° с.ш., 83,51234° в.д.", "636220100", "24430"],
        ],
        [(0, 0, 1, 0)],
    ),
]


@pytest.mark.parametrize("fmt", ("docx", "txt"))
def test_an_items_number_written_on_each_of_its_lines_makes_one_item(tmp_path, fmt):
    found = extracted(NUMBERED_TWICE, tmp_path, "numbered_twice", fmt)
    got = sorted((f.bin, f.kato, f.lat) for f in found.facilities)
    assert got == [("030145933584", "557341000", 52.03941), ("110245497301", "636220100", 50.34512)], got
