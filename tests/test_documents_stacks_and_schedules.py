"""Norms per stack, fee declarations, quarters under one parent, prescriptions and audit programmes, in files the
tests write.

A concentration per source column (`Печь № 1 | ИЗА 0001`) under a unit column is a stack's norm at that source; the
stack's gas flow and reference oxygen are its conditions, no limits; the sources are the facility's, with no
inventory of emissions. A fee declaration's mass of each pollutant in tonnes is its emission, the hours run no
deadline. `I | II | III | IV` under one parent are quarters, a year over them no pollutant's code; sources down the
side with their quarters marked are a plan at each source. A substance heading with its ПДК and class in brackets
keeps its code, and a share of the total (`Вклад, %`) is no substance. A prescription's `Требуется`, an audit team's
leader and a clause's `Пункт` are read; who checks and where it is written down are never the unit checked.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

STACKS = [
    ("h", "Приложение 3 к КЭР ТОО «Актобе Керамика». Технологические нормативы"),
    (
        "t",
        "Таблица 3.1 – Технологические нормативы (предельные концентрации) на источниках",
        [
            ["Показатель", "Код ЗВ", "Ед. изм.", "Печь обжига № 1", "Печь обжига № 2"],
            ["", "", "", "ИЗА 0004", "ИЗА 0005"],
            ["Объем отходящих газов", "–", "тыс. нм³/ч", "41", "38"],
            ["Содержание O2 для приведения", "–", "%", "17", "17"],
            ["Азота диоксид", "0301", "мг/нм³", "350", "350"],
            ["Сера диоксид", "0330", "мг/нм³", "400", "–"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_concentration_per_source_column_is_the_stacks_norm(tmp_path, fmt):
    found = extracted(STACKS, tmp_path, "stacks", fmt)
    got = sorted((x.point, x.substance.code, x.limit, x.unit, x.medium) for x in found.limits)
    assert got == [
        ("0004", "0301", 350.0, "mg/Nm3", "flue_gas"), ("0004", "0330", 400.0, "mg/Nm3", "flue_gas"),
        ("0005", "0301", 350.0, "mg/Nm3", "flue_gas"),
    ], got
    assert sorted(s.number for s in found.sources) == ["0004", "0005"]
    assert not found.emissions


FEES = [
    ("h", "TỜ KHAI PHÍ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI KHÍ THẢI – QUÝ III NĂM 2026"),
    (
        "t",
        None,
        [
            ["TT", "Nguồn khí thải", "Thời gian xả thải trong quý (giờ)", "Chất ô nhiễm", "Khối lượng chất ô nhiễm xả thải (tấn)", "Số phí (đồng)"],
            ["1", "Ống khói lò nung gạch", "2.100", "Bụi tổng", "3,12", "2.496"],
            ["", "", "", "SO2", "11,4", "7.980"],
        ],
        [(1, 1, 2, 1), (1, 2, 2, 2), (1, 0, 2, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_fee_declarations_tonnes_are_the_emissions(tmp_path, fmt):
    found = extracted(FEES, tmp_path, "fees", fmt)
    assert sorted((e.substance.code, e.t_y) for e in found.emissions) == [("0330", 11.4), ("2902", 3.12)]


ROADMAP = [
    ("h", "Дорожная карта природоохранных мероприятий ТОО «Каспий Сода» на 2026–2027 годы"),
    (
        "t",
        None,
        [
            ["№", "Мероприятие", "Ответственный", "2026 год", "", "", "", "2027 год", "", "", "", "Ожидаемый результат"],
            ["", "", "", "I", "II", "III", "IV", "I", "II", "III", "IV", ""],
            ["1", "Рекультивация шламонакопителя № 2", "главный инженер", "", "■", "■", "", "", "", "", "", "возврат 3 га земель"],
            ["2", "Укрытие склада соли", "начальник склада", "", "", "", "■", "", "", "", "", "снижение сдувания соли"],
            ["3", "Бурение наблюдательных скважин", "эколог", "", "", "■", "■", "", "", "", "", "сеть наблюдения"],
            ["4", "Замена скруббера известковой печи", "главный механик", "", "", "", "", "■", "■", "", "", "пыль −1,8 т/год"],
        ],
        [(0, 3, 0, 6), (0, 7, 0, 10), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 11, 1, 11)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_year_over_its_quarters_is_no_pollutant(tmp_path, fmt):
    found = extracted(ROADMAP, tmp_path, "roadmap", fmt)
    assert found.tables[0].role == "tasks"
    assert sorted((o.number, o.actor) for o in found.obligations if o.kind == "task") == [
        ("1", "главный инженер"), ("2", "начальник склада"), ("3", "эколог"), ("4", "главный механик"),
    ]
    assert not found.emissions


QUARTERS = [
    ("h", "Программа ПЭК ТОО «Каскелен Кирпич». Мониторинг эмиссий"),
    (
        "t",
        "Таблица 4 – План-график контроля на источниках",
        [
            ["№ ИЗА", "Источник", "Контролируемые вещества", "Сроки контроля (кварталы 2026 г.)", "", "", ""],
            ["", "", "", "I", "II", "III", "IV"],
            ["0001", "Печь обжига", "0301 – азота диоксид; 0337 – углерод оксид", "+", "+", "+", "+"],
            ["6001", "Склад глины", "2908 – пыль неорганическая 70-20 % SiO2", "", "+", "+", ""],
        ],
        [(0, 3, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_sources_with_their_quarters_marked_are_a_plan(tmp_path, fmt):
    found = extracted(QUARTERS, tmp_path, "quarters", fmt)
    assert monitoring_duties(found) == {
        (("0001",), None, "quarterly", ("CO", "NO2")),
        (("6001",), None, "semiannual", ("SiO2",)),
    }, monitoring_duties(found)


BY_SUBSTANCE = [
    ("h", "Раздел 3. Источники выбросов ТОО «Актобе Керамика»"),
    (
        "t",
        "Таблица 3.4 – Источники выбросов по загрязняющим веществам",
        [
            ["№ ИЗА", "Наименование источника", "Выброс, г/с", "Выброс, т/год", "Вклад в валовый выброс вещества, %"],
            ["0301 – Азота (IV) диоксид (ПДК м.р. 0,2 мг/м³, класс опасности 2)", "", "", "", ""],
            ["0004", "Печь обжига № 1", "0,41", "11,8", "100"],
            ["2908 – Пыль неорганическая, содержащая двуокись кремния в %: 70-20 (ПДК м.р. 0,3 мг/м³, класс опасности 3)", "", "", "", ""],
            ["0004", "Печь обжига № 1", "0,12", "3,4", "60"],
            ["6001", "Склад глины", "0,08", "2,3", "40"],
        ],
        [(1, 0, 1, 4), (3, 0, 3, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_heading_with_its_norm_and_class_keeps_its_code(tmp_path, fmt):
    found = extracted(BY_SUBSTANCE, tmp_path, "by_substance", fmt)
    got = sorted((e.substance.code, e.source_number, e.hazard_class, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0301", "0004", 2, 0.41, 11.8), ("2908", "0004", 3, 0.12, 3.4), ("2908", "6001", 3, 0.08, 2.3)], got


PRESCRIPTION = [
    ("h", "Предписание об устранении нарушений № 31-П от 04.02.2026"),
    (
        "t",
        None,
        [
            ["№", "Выявленное нарушение", "Требуется", "Срок исполнения"],
            ["1", "Шлам хранится на площадке без покрытия", "Вывезти шлам на полигон", "до 01.05.2026"],
            ["2", "Нет учета отходов", "Организовать журнал учета отходов", "до 01.04.2026"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_a_prescription_requires_is_the_task(tmp_path, fmt):
    found = extracted(PRESCRIPTION, tmp_path, "required", fmt)
    got = sorted((o.number, o.text) for o in found.obligations if o.kind == "task")
    assert got == [("1", "Вывезти шлам на полигон"), ("2", "Организовать журнал учета отходов")], got


CLAUSES = [
    ("h", "Порядок внутренних проверок на карьере глины ТОО «Каскелен Кирпич»"),
    (
        "t",
        None,
        [
            ["Пункт", "Требование", "Исполнитель", "Форма фиксации"],
            ["4.1", "Ежедневно перед началом смены осматривать борта и уступы карьера на наличие оползней.", "горный мастер", "журнал осмотров"],
            ["4.2", "Не реже одного раза в месяц проверять состояние водоотводных канав и зумпфа.", "начальник карьера", "журнал осмотров"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_checks_and_where_it_is_written_are_no_unit(tmp_path, fmt):
    found = extracted(CLAUSES, tmp_path, "clauses", fmt)
    got = sorted((o.number, o.actor, o.frequency) for o in found.obligations if o.kind == "inspection")
    assert got == [("4.1", "горный мастер", "daily"), ("4.2", "начальник карьера", "monthly")], got
    assert not any("журнал осмотров" in o.text for o in found.obligations)


AUDITS = [
    ("h", "Программа внутренних аудитов СЭМ ТОО «Каспий Сода» на 2026 год"),
    (
        "t",
        None,
        [
            ["№", "Объект аудита", "Периодичность", "Руководитель аудиторской группы"],
            ["1", "Известковые печи", "ежеквартально", "инженер-эколог"],
            ["2", "Склад соли", "1 раз в год", "главный технолог"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_audit_teams_leader_checks(tmp_path, fmt):
    found = extracted(AUDITS, tmp_path, "audits", fmt)
    got = sorted((o.number, o.actor, o.frequency) for o in found.obligations if o.kind == "inspection")
    assert got == [("1", "инженер-эколог", "quarterly"), ("2", "главный технолог", "yearly")], got


STREAMS = [
    ("h", "PHỤ LỤC 2. NỘI DUNG CẤP PHÉP XẢ KHÍ THẢI"),
    (
        "t",
        "Bảng 1. Giá trị giới hạn của các chất ô nhiễm theo dòng khí thải",
        [
            ["Dòng khí thải", "Vị trí xả thải (VN-2000, KTT 107°45')", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép"],
            ["KT1 – ống khói lò nung", "X = 1.201.330; Y = 598.114", "Bụi tổng", "mg/Nm³", "200"],
            ["", "", "SO2", "mg/Nm³", "500"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_streams_grid_place_is_no_point(tmp_path, fmt):
    found = extracted(STREAMS, tmp_path, "streams", fmt)
    got = sorted((x.point, x.substance.code, x.limit) for x in found.limits)
    assert got == [("KT1", "0330", 500.0), ("KT1", "2902", 200.0)], got


SOIL = [
    ("h", "Протокол испытаний почвы № 12-П. Территория бывшего цеха ртутного электролиза"),
    (
        "t",
        "Таблица 1 – Результаты анализа проб почвы",
        [
            ["Точка отбора", "Глубина, см", "Ртуть (валовое содержание)", "Свинец (валовое содержание)", "Кратность превышения ПДК по ртути"],
            ["", "", "мг/кг", "мг/кг", "доли ПДК"],
            ["ПДК", "", "2,1", "32,0", "–"],
            ["ПП-4", "0–20", "6,3", "12", "3,0"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_units_beside_a_share_of_the_norm_are_header(tmp_path, fmt):
    found = extracted(SOIL, tmp_path, "soil", fmt)
    got = sorted((x.point, x.substance.symbol, x.value, x.limit, x.unit) for x in found.limits)
    assert got == [("ПП-4", "Hg", 6.3, 2.1, "mg/kg"), ("ПП-4", "Pb", 12.0, 32.0, "mg/kg")], got
