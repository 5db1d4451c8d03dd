"""Schedules that say when rather than how often, forms that hold a table, and plans spread over
columns, read in DOCX, PDF and text the tests write: dates and months listed per unit, counts of checks a
year, a regulation of rounds written sideways, an inventory form per source, limits under a source's
title, a sampling calendar down the months, bodies marked per task, rates before and after cleaning,
a list of sites with the contractor's BIN in the sentence before, waste counted in pieces and in kg."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

from extractor.nlp.dates import dates_listed, months_listed

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")



def _checks(found) -> list[tuple[str | None, str]]:
    return [(o.frequency, o.text.split(": ", 1)[1]) for o in found.obligations if o.kind == "inspection"]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("апрель, август, декабрь", [4, 8, 12]),
        ("февраль – июнь", [2, 3, 4, 5, 6]),
        ("Tháng 3, 9", [3, 9]),
        ("tháng 2 đến tháng 4", [2, 3, 4]),
        ("наурыз, қыркүйек", [3, 9]),
        ("с января по март 2027 г.", [1, 2, 3]),
        ("до 20 апреля", []),
        ("ремонт кровли в мае", []),
    ],
)
def test_the_months_a_schedule_cell_names(text, months):
    assert months_listed(text) == months


def test_the_days_a_schedule_cell_lists():
    assert dates_listed("05.02; 05.05; 05.08; 05.11.2027") == 4
    assert dates_listed("12/03; 14/09/2027") == 2
    assert dates_listed("1,25") == 0
    assert dates_listed("до 05.02.2027") == 0


DATES = [
    ("h", "Бұйрыққа қосымша. Ішкі тексерулер кестесі"),
    (
        "t",
        "",
        [
            ["№", "Өндірістік бөлімше", "Тексеру мәні", "2027 жылы тексеру күндері"],
            ["1", "Қазандық", "Шығарындылар нормативтерінің сақталуы", "05.02; 05.05; 05.08; 05.11.2027"],
            ["2", "Жылу трассасы", "Қалдықтармен жұмыс", "18.06.2027"],
        ],
        [],
    ),
]

COUNTS = [
    ("h", "План внутренних проверок на 2027 год"),
    (
        "t",
        "",
        [
            ["№", "Объект проверки", "Количество проверок в год", "Месяцы проведения", "Проверяющий"],
            ["1", "Склад угля", "2", "апрель, октябрь", "инженер-эколог"],
            ["2", "Золоотвал", "12", "январь – декабрь", "начальник цеха"],
        ],
        [],
    ),
]

ROUNDS = [
    ("h", "QUY ĐỊNH KIỂM TRA MÔI TRƯỜNG NỘI BỘ"),
    ("p", "Bảng phân công kiểm tra"),
    (
        "t",
        "",
        [
            ["Nội dung", "Kho than", "Bãi xỉ", "Trạm xử lý nước thải"],
            ["Tần suất kiểm tra", "01 lần/tuần", "01 tháng/lần", "Hằng ngày"],
            ["Nội dung kiểm tra", "Che phủ bạt, phun ẩm", "Đê bao, rãnh thu nước", "Lưu lượng, màu nước"],
            ["Người thực hiện", "Tổ trưởng kho", "Cán bộ môi trường", "Trưởng ca"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_days_listed_per_unit_give_how_often_it_is_checked(tmp_path, fmt):
    found = extracted(DATES, tmp_path, "dates", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    assert [(f, text.split(" — ")[0]) for f, text in _checks(found)] == [("quarterly", "Қазандық"), ("yearly", "Жылу трассасы")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_count_of_checks_a_year_gives_the_frequency(tmp_path, fmt):
    found = extracted(COUNTS, tmp_path, "counts", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    assert [(f, text.split(";")[0]) for f, text in _checks(found)] == [("semiannual", "Склад угля"), ("monthly", "Золоотвал")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_regulation_of_rounds_written_sideways(tmp_path, fmt):
    found = extracted(ROUNDS, tmp_path, "rounds", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    got = {(f, text.split(" — ")[0]) for f, text in _checks(found)}
    assert got == {("weekly", "Kho than"), ("monthly", "Bãi xỉ"), ("daily", "Trạm xử lý nước thải")}


INVENTORY = [
    ("h", "Бланк инвентаризации источника выброса № 0003"),
    (
        "t",
        "",
        [
            ["Номер источника", "0003", "", ""],
            ["Наименование источника", "Труба сушильного барабана", "", ""],
            ["Высота источника, м", "24", "", ""],
            ["Код ЗВ", "Наименование загрязняющего вещества", "Выброс, г/с", "Выброс, т/год"],
            ["0301", "Азота диоксид", "0,412", "5,93"],
            ["0337", "Углерод оксид", "1,07", "15,4"],
            ["", "Итого по источнику", "1,482", "21,33"],
        ],
        [],
    ),
]

TITLED_LIMITS = [
    ("h", "Нормативы концентраций на источниках"),
    (
        "t",
        "",
        [
            ["Загрязняющее вещество", "Норматив, мг/Нм3", "Фактически, мг/Нм3"],
            ["Источник выброса № 0005 – дымовая труба котла ДКВР-10", "", ""],
            ["Азота диоксид", "400", "210"],
            ["Сера диоксид", "1 200", "640"],
            ["Источник выброса № 0006 – труба резервной котельной", "", ""],
            ["Азота диоксид", "350", "190"],
        ],
        [(1, 0, 1, 2), (4, 0, 4, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_inventory_form_gives_its_source_and_pollutants(tmp_path, fmt):
    found = extracted(INVENTORY, tmp_path, "inventory", fmt)
    assert [t.role for t in found.tables] == ["emissions"]
    assert [(e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions] == [
        ("0003", "0301", 0.412, 5.93),
        ("0003", "0337", 1.07, 15.4),
    ]
    assert [(s.number, s.type) for s in found.sources] == [("0003", "organized")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_limits_under_a_source_title_are_that_source_limits(tmp_path, fmt):
    found = extracted(TITLED_LIMITS, tmp_path, "titled", fmt)
    got = [(x.point, x.substance.code, x.limit, x.value, x.medium, x.unit) for x in found.limits]
    assert got == [
        ("0005", "0301", 400.0, 210.0, "flue_gas", "mg/Nm3"),
        ("0005", "0330", 1200.0, 640.0, "flue_gas", "mg/Nm3"),
        ("0006", "0301", 350.0, 190.0, "flue_gas", "mg/Nm3"),
    ]
    assert sorted(s.number for s in found.sources) == ["0005", "0006"]


CALENDAR = [
    ("h", "График отбора проб на 2027 год"),
    (
        "t",
        "",
        [
            ["Месяц", "Выбросы (№ источника)", "Сточные воды (выпуск)"],
            ["Определяемые показатели", "Азота диоксид, Углерод оксид", "Взвешенные вещества, Нефтепродукты"],
            *[[m, "0004" if k % 3 == 0 else "–", "В-1"] for k, m in enumerate(
                ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"]
            )],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sampling_calendar_down_the_months(tmp_path, fmt):
    found = extracted(CALENDAR, tmp_path, "calendar", fmt)
    assert [t.role for t in found.tables] == ["monitoring"]
    duties = {
        (o.source_numbers, o.point, o.frequency, tuple(sorted(s.symbol or s.code for s in o.substances)))
        for o in found.obligations
        if o.kind == "monitoring"
    }
    assert duties == {(("0004",), None, "quarterly", ("CO", "NO2")), ((), "В-1", "monthly", ("TPH", "TSS"))}


RACI = [
    ("h", "План мероприятий по снижению выбросов"),
    (
        "t",
        "",
        [
            ["№", "Мероприятие", "Срок", "Распределение ответственности", None, None],
            [None, None, None, "Цех сушки", "Энергослужба", "Отдел экологии"],
            ["1", "Заменить рукавные фильтры сушильного барабана", "до 01.07.2027", "О", "", "У"],
            ["2", "Наладить режим горения котлов", "IV квартал 2027 г.", "У", "О", ""],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)],
    ),
    ("p", "О – ответственный исполнитель; У – участвует."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_bodies_marked_per_task_are_its_actors(tmp_path, fmt):
    found = extracted(RACI, tmp_path, "raci", fmt)
    got = [(o.number, o.actor) for o in found.obligations if o.kind == "task"]
    assert got == [("1", "Цех сушки, Отдел экологии"), ("2", "Энергослужба, Цех сушки")]


CLEANED = [
    ("h", "Tải lượng khí thải lò hơi trước và sau xử lý"),
    (
        "t",
        "",
        [
            ["TT", "Chất ô nhiễm", "Tải lượng chưa xử lý (g/s)", "Hiệu suất xử lý (%)", "Tải lượng sau xử lý", None],
            [None, None, None, None, "g/s", "tấn/năm"],
            ["1", "Bụi tổng", "3,2", "99", "0,032", "0,61"],
            ["2", "SO2", "0,74", "-", "0,74", "14,1"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rates_after_cleaning_are_the_emissions(tmp_path, fmt):
    found = extracted(CLEANED, tmp_path, "cleaned", fmt)
    assert [(e.substance.code, e.g_s, e.t_y) for e in found.emissions] == [("2902", 0.032, 0.61), ("0330", 0.74, 14.1)]


SITES = [
    ("h", "Раздел 2. Временные производственные базы"),
    ("p", "Работы выполняет подрядчик ТОО «Жол Құрылыс» (БИН 110440012347), базы которого перечислены ниже."),
    (
        "t",
        "",
        [
            ["№", "Наименование площадки", "Местоположение", "Координаты центра", "Категория объекта"],
            ["1", "Асфальтобетонный завод", "Аршалынский район", "51,1234° с.ш., 72,5678° в.д.", "II"],
            ["2", "Карьер песка", "Целиноградский район", "51,2345° с.ш., 71,4567° в.д.", "III"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_sites_take_the_contractor_bin_from_the_sentence_before(tmp_path, fmt):
    found = extracted(SITES, tmp_path, "sites", fmt)
    got = [(f.bin, f.name, f.address, f.lat, f.category) for f in found.facilities]
    assert got == [
        ("110440012347", "Асфальтобетонный завод", "Аршалынский район", 51.1234, "II"),
        ("110440012347", "Карьер песка", "Целиноградский район", 51.2345, "III"),
    ]


PIECES = [
    ("h", "Chất thải nguy hại từ bảo dưỡng thiết bị"),
    (
        "t",
        "",
        [
            ["TT", "Tên chất thải", "Mã CTNH", "Số lượng (cái)", "Khối lượng đơn vị (kg/cái)", "Tổng khối lượng (kg)"],
            ["1", "Ắc quy chì thải", "19 06 01", "6", "25", "150"],
            ["2", "Bóng đèn huỳnh quang thải", "16 01 06", "200", "0,3", "60"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_waste_amounts_are_the_total_mass_not_the_count(tmp_path, fmt):
    found = extracted(PIECES, tmp_path, "pieces", fmt)
    assert [(w.code, w.amount_t) for w in found.wastes] == [("19 06 01*", 0.15), ("16 01 06*", 0.06)]
