"""Clauses, registers, crossed plans and movements, in DOCX, PDF and text the tests write: a regulation's clauses
set out as a table (`6.1 | Мастер ежедневно осматривает …`) give a check per clause that says how often, with
the clause's number, and none for a clause that sets no check; units listed under frequency columns after the
column of the shop they belong to, and a matrix of kinds of check by units with a frequency in each cell, give
one check per unit named; a norm row under parameters whose spanning header names the outlet gives that outlet
as the point of every sample, a pH range too (`pH, ед.`); results at points written with what the point is
(`Т-1 (север)`) under a concentration header are read per point; the one column of results that names its point
(`Sau xử lý (NT1)`) beside raw leachate is the one checked, and a lead-in's standard column (`cột B, hệ số K =
1,0`) is the column of the limits under it; a register of permits that writes the object, its KATO and its place
in one cell, and the BIN after the operator's name, gives each field; two sources named in one cell with a
frequency of their own (`№ 0001, 0002 көздер … | үздіксіз`) are measured that often too; a waste movement's
generated amount (`Tồn đầu kỳ | Phát sinh | …`) is the waste's amount, and a code column that writes the name
with its code (`Pin, ắc quy chì thải (mã 19 06 01)`) gives both; numbered group rows by substance (`2. Amoniac
(NH3)`) head the sources under them; a column per pollutant with its rates in blocks of rows under `г/с` and
`т/год` titles pairs them per source; wastes printed in blocks side by side, each under its own title (`Опасные
отходы | Неопасные отходы`), and sections lettered `A`, `B` give each waste its class; concentrations measured in
rounds (`I полугодие | II полугодие`) at a source beside its norm give a limit per round; a set of parameters named in
a cell (`Б`, `Nhóm 2`) and listed under the table or across it stands for its list, a set that takes in another
with the other's parameters too; a plan's column of sources and points under group titles (`№ ИЗА (точки)`,
`Котельная № 2` across) gives the sources and the point; an amendment's card, in rows (`Было (…) | Стало (…)`)
or in columns (`До переоформления | После переоформления`), gives the values in force, `без изменений` the old;
a company named with its enterprise number across a register over its sites makes the register a facility table;
a facility's fields as `Label: value` rows across the top of a table of its products, or a card with a band of
labels over their values among its rows, give the facility; a matrix of substances by sources and points headed in
one row, the frequencies coded (`кв.`, `п/г`) in a legend under a later table, gives each place's duties; a
`Cmax` column beside the standard's `C` binds, with the standard's column letter; a rate (`г/с`) beside the
measured concentration is no result against the norm; a list printed in halves under source titles across both
(`ЛШК 0004 – …`) keeps each source's substances; a count of samples a year (`Кол-во замеров в год`) is the
frequency."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


def _span(text: str, width: int) -> list:
    return [text, *([None] * (width - 1))]


def _checks(found) -> set[tuple]:
    return {(o.number, o.frequency, o.text.split(":", 1)[-1].split(";")[0].strip()) for o in found.obligations if o.kind == "inspection"}


CLAUSES = [
    ("p", "Положение о производственном контроле асфальтобетонного завода ТОО «Жол Құрылыс»"),
    ("p", "4. Внутренние проверки"),
    (
        "t",
        None,
        [
            ["Пункт", "Содержание"],
            ["4.1", "Оператор смесительной установки ежедневно осматривает рукавный фильтр и циклоны."],
            ["4.2", "Ежемесячно начальник цеха проверяет состояние площадки хранения битума."],
            ["4.3", "Один раз в квартал эколог предприятия проверяет ведение журналов учета отходов."],
            ["4.4", "Акты проверок хранятся у эколога предприятия не менее трех лет."],
        ],
        [],
    ),
]

CLAUSES_VI = [
    ("p", "QUY CHẾ BẢO VỆ MÔI TRƯỜNG CỦA NHÀ MÁY GẠCH TUYNEL"),
    ("p", "Điều 5. Kiểm tra nội bộ"),
    (
        "t",
        None,
        [
            ["Khoản", "Nội dung"],
            ["5.1", "Hằng ngày, tổ trưởng ca kiểm tra hệ thống xử lý khí thải lò nung và quạt hút."],
            ["5.2", "Định kỳ hàng quý, Phòng Kỹ thuật kiểm tra kho chứa chất thải nguy hại của nhà máy."],
            ["5.3", "Kết quả kiểm tra được ghi vào sổ theo dõi và lưu giữ tối thiểu 03 năm."],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_clauses_as_a_table_are_checks(tmp_path, fmt):
    found = extracted(CLAUSES, tmp_path, "clauses", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    got = {(n, f) for n, f, _ in _checks(found)}
    assert got == {("4.1", "daily"), ("4.2", "monthly"), ("4.3", "quarterly")}
    vi = extracted(CLAUSES_VI, tmp_path, "clauses-vi", fmt)
    assert [t.role for t in vi.tables] == ["inspections"]
    assert {(n, f) for n, f, _ in _checks(vi)} == {("5.1", "daily"), ("5.2", "quarterly")}


LISTED = [
    ("p", "График внутренних проверок обогатительной фабрики"),
    (
        "t",
        None,
        [
            ["Цех", "Ежедневно", "Ежемесячно", "Ежеквартально"],
            ["Дробильный цех", "Аспирационные установки", "Склад руды", "–"],
            ["Хвостовое хозяйство", "–", "Пульповод", "Дамба хвостохранилища"],
        ],
        [],
    ),
]


CROSSED_VI = [
    ("p", "KẾ HOẠCH KIỂM TRA NỘI BỘ NĂM 2026 – NHÀ MÁY CHẾ BIẾN TINH BỘT SẮN"),
    (
        "t",
        "Bảng 2. Tần suất kiểm tra",
        [
            ["Nội dung kiểm tra", "Hầm biogas", "Hồ sinh học", "Kho hóa chất"],
            ["Kiểm tra rò rỉ, tràn", "hằng ngày", "hằng tuần", "–"],
            ["Kiểm tra hồ sơ vận hành", "01 lần/tháng", "–", "01 lần/quý"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_units_under_frequencies_and_crossed_with_checks(tmp_path, fmt):
    found = extracted(LISTED, tmp_path, "listed", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    got = {(f, text) for _, f, text in _checks(found)}
    assert got == {
        ("daily", "Дробильный цех — Аспирационные установки"),
        ("monthly", "Дробильный цех — Склад руды"),
        ("monthly", "Хвостовое хозяйство — Пульповод"),
        ("quarterly", "Хвостовое хозяйство — Дамба хвостохранилища"),
    }
    crossed = extracted(CROSSED_VI, tmp_path, "crossed", fmt)
    assert [t.role for t in crossed.tables] == ["inspections"]
    got = {(f, text.split(" — ")[0]) for _, f, text in _checks(crossed)}
    assert got == {("daily", "Hầm biogas"), ("weekly", "Hồ sinh học"), ("monthly", "Hầm biogas"), ("quarterly", "Kho hóa chất")}


OUTLET_NORM_ROW = [
    ("p", "Отчет по производственному экологическому контролю очистных сооружений за 2025 год"),
    (
        "t",
        "Таблица 3 – Качество очищенных сточных вод",
        [
            ["Дата отбора", "Выпуск В-2 (в р. Ишим), мг/дм3", None, None],
            [None, "pH, ед.", "Нитриты", "Сульфаты"],
            ["Допустимая концентрация", "6,5–8,5", "3,3", "500"],
            ["12.03.2025", "7,4", "1,1", "310"],
            ["10.09.2025", "7,9", "0,8", "270"],
        ],
        [(0, 1, 0, 3), (0, 0, 1, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_outlet_over_the_parameters_is_every_samples_point(tmp_path, fmt):
    found = extracted(OUTLET_NORM_ROW, tmp_path, "outlet", fmt)
    got = {(x.substance.symbol, x.point, x.value, x.limit, x.limit_min, x.limit_max) for x in found.limits}
    assert ("pH", "В-2", 7.4, None, 6.5, 8.5) in got
    assert ("NO2-", "В-2", 0.8, 3.3, None, None) in got
    assert len(got) == 6


POINTS_DESCRIBED = [
    ("p", "Результаты контроля атмосферного воздуха на границе санитарно-защитной зоны полигона"),
    (
        "t",
        "Таблица 2",
        [
            ["Код", "Вещество", "Концентрация, мг/м3", None, "ПДК, мг/м3"],
            [None, None, "Т-1 (север)", "Т-2 (юг)", None],
            ["0303", "Аммиак", "0,05", "0,07", "0,2"],
            ["0333", "Сероводород", "0,002", "0,004", "0,008"],
        ],
        [(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1), (0, 4, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_points_written_with_what_they_are_head_their_results(tmp_path, fmt):
    found = extracted(POINTS_DESCRIBED, tmp_path, "described", fmt)
    got = {(x.substance.code, x.point, x.value, x.limit) for x in found.limits}
    assert got == {
        ("0303", "Т-1", 0.05, 0.2),
        ("0303", "Т-2", 0.07, 0.2),
        ("0333", "Т-1", 0.002, 0.008),
        ("0333", "Т-2", 0.004, 0.008),
    }


LEACHATE_VI = [
    ("p", "BÁO CÁO KẾT QUẢ QUAN TRẮC ĐỊNH KỲ – BÃI CHÔN LẤP CHẤT THẢI RẮN"),
    ("p", "Nước rỉ rác sau xử lý phải đáp ứng QCVN 25:2009/BTNMT (cột B2, hệ số K = 1,0), cụ thể như sau:"),
    (
        "t",
        "Bảng 1. Kết quả phân tích nước rỉ rác",
        [
            ["TT", "Thông số", "Đơn vị", "Trước xử lý", "Sau xử lý (NT2)", "Giá trị giới hạn"],
            ["1", "BOD5 (20°C)", "mg/l", "980", "41", "100"],
            ["2", "COD", "mg/l", "2.750", "210", "400"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_result_that_names_its_point_is_the_one_checked(tmp_path, fmt):
    found = extracted(LEACHATE_VI, tmp_path, "leachate", fmt)
    got = {(x.substance.symbol, x.medium, x.point, x.value, x.limit, x.column) for x in found.limits}
    assert got == {
        ("BOD5", "waste_water", "NT2", 41.0, 100.0, "B2"),
        ("COD", "waste_water", "NT2", 210.0, 400.0, "B2"),
    }


PERMITS_REGISTER = [
    ("p", "Реестр выданных экологических разрешений (выписка на 01.02.2026)"),
    (
        "t",
        None,
        [
            ["№", "Рег. номер", "Природопользователь", "Объект, место нахождения", "Кат."],
            [
                "1",
                "KZ15VWF00012345",
                "ТОО «Ертіс Цемент» БИН 160540007422",
                "Цементный завод «Ертіс» КАТО 551010000, Павлодарская область, г. Павлодар, Северная промзона, 7",
                "I",
            ],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_register_cell_of_object_kato_and_place(tmp_path, fmt):
    found = extracted(PERMITS_REGISTER, tmp_path, "permits", fmt)
    assert [t.role for t in found.tables] == ["facility"]
    f = found.facilities[0]
    assert (f.name, f.kato, f.bin, f.category) == ("Цементный завод «Ертіс»", "551010000", "160540007422", "I")
    assert f.address == "Павлодарская область, г. Павлодар, Северная промзона, 7"
    assert f.operator == "ТОО «Ертіс Цемент»"


SOURCES_TOGETHER_KK = [
    ("p", "Эмиссиялар мониторингі бойынша талаптар"),
    (
        "t",
        None,
        [
            ["№", "Бақылау орны", "Бақыланатын параметрлер", "Кезеңділігі"],
            ["1", "№ 0001 көз (пеш)", "азот диоксиді (0301); күкірт диоксиді (0330)", "тоқсанына 1 рет"],
            ["2", "№ 0001, 0002 көздер (түтін құбырлары)", "азот диоксиді (0301)", "үздіксіз"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_sources_named_together_keep_a_frequency_of_their_own(tmp_path, fmt):
    found = extracted(SOURCES_TOGETHER_KK, tmp_path, "together", fmt)
    got = {(s, f, subs) for s, _, f, subs in monitoring_duties(found)}
    pairs = {(src, f, sub) for s, f, subs in got for src in s for sub in subs}
    assert ("0001", "quarterly", "NO2") in pairs
    assert ("0001", "continuous", "NO2") in pairs
    assert ("0002", "continuous", "NO2") in pairs


MOVEMENT_VI = [
    ("p", "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    (
        "t",
        "Bảng 3. Khối lượng chất thải nguy hại (đơn vị tính: kg)",
        [
            ["TT", "Tên chất thải", "Mã chất thải", "Khối lượng", None, None],
            [None, None, None, "Tồn đầu kỳ", "Phát sinh", "Chuyển giao"],
            ["1", "Dầu thải", "17 02 03", "40", "320", "300"],
            ["2", "Bóng đèn huỳnh quang thải", "16 01 06", "2", "15", "12"],
        ],
        [(0, 3, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)],
    ),
]

NAMED_CODES_VI = [
    ("p", "Điều 1. Khối lượng chất thải lưu giữ quá hạn tại thời điểm kiểm tra như sau:"),
    (
        "t",
        None,
        [
            ["TT", "Loại chất thải nguy hại (mã CTNH)", "Khối lượng (kg)", "Vị trí lưu giữ"],
            ["1", "Pin, ắc quy chì thải (mã 19 06 01)", "75", "Kho chất thải"],
            ["2", "Giẻ lau nhiễm dầu (mã 18 02 01)", "140", "Xưởng cơ khí"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_movement_gives_the_generated_amount_and_a_code_column_the_names(tmp_path, fmt):
    found = extracted(MOVEMENT_VI, tmp_path, "movement", fmt)
    assert {(w.code, w.amount_t) for w in found.wastes} == {("17 02 03*", 0.32), ("16 01 06*", 0.015)}
    named = extracted(NAMED_CODES_VI, tmp_path, "named", fmt)
    got = {(w.code, w.name, w.amount_t) for w in named.wastes}
    assert got == {("19 06 01*", "Pin, ắc quy chì thải", 0.075), ("18 02 01*", "Giẻ lau nhiễm dầu", 0.14)}


BY_SUBSTANCE_VI = [
    ("p", "Tải lượng khí gây mùi phát sinh từ các công trình xử lý nước thải"),
    (
        "t",
        "Bảng 3.5. Tải lượng khí gây mùi",
        [
            ["Ký hiệu", "Nguồn phát sinh", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"],
            _span("1. Hydro sunfua (H2S)", 4),
            ["K1", "Bể điều hòa", "0,0021", "0,066"],
            _span("2. Amoniac (NH3)", 4),
            ["K1", "Bể điều hòa", "0,0093", "0,29"],
            ["K2", "Bể hiếu khí", "0,012", "0,38"],
        ],
        [(1, 0, 1, 3), (3, 0, 3, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbered_rows_by_substance_head_their_sources(tmp_path, fmt):
    found = extracted(BY_SUBSTANCE_VI, tmp_path, "by-substance", fmt)
    got = {(e.substance.code, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("0333", 0.0021, 0.066), ("0303", 0.0093, 0.29), ("0303", 0.012, 0.38)}


RATES_IN_BLOCKS = [
    ("p", "Проект нормативов допустимых выбросов. Сводная таблица выбросов по источникам"),
    (
        "t",
        "Таблица 2.1",
        [
            ["№ ИЗА", "Источник выброса", "0301", "0337"],
            [None, None, "Азота диоксид", "Углерод оксид"],
            [None, None, "2 класс опасности", "4 класс опасности"],
            _span("Максимально-разовые выбросы, г/с", 4),
            ["0001", "Дымовая труба котельной", "0,118", "0,42"],
            ["0002", "Выхлопная труба ДЭС", "0,31", "–"],
            ["Итого, г/с", None, "0,428", "0,42"],
            _span("Валовые выбросы, т/год", 4),
            ["0001", "Дымовая труба котельной", "2,15", "7,6"],
            ["0002", "Выхлопная труба ДЭС", "0,094", "–"],
            ["Итого, т/год", None, "2,244", "7,6"],
        ],
        [(3, 0, 3, 3), (7, 0, 7, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rates_in_blocks_of_rows_pair_up_per_source(tmp_path, fmt):
    found = extracted(RATES_IN_BLOCKS, tmp_path, "blocks", fmt)
    got = {(e.source_number, e.substance.code, e.hazard_class, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("0001", "0301", 2, 0.118, 2.15), ("0001", "0337", 4, 0.42, 7.6), ("0002", "0301", 2, 0.31, 0.094)}


YEAR_BESIDE_SOURCES_KK = [
    ("p", "Кесте шығарынды көздерін 2025 жылғы түгендеу деректері бойынша жасалды."),
    (
        "t",
        "3-кесте",
        [
            ["ЛЗ коды", "Ластаушы заттың атауы", "г/с", "т/жыл"],
            ["0301", "Азот диоксиді", "0,052", "1,12"],
            ["2908", "Бейорганикалық шаң: 70-20% кремний қостотығы", "0,31", "2,4"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_year_beside_the_word_for_sources_is_no_source(tmp_path, fmt):
    found = extracted(YEAR_BESIDE_SOURCES_KK, tmp_path, "year", fmt)
    assert found.sources == ()
    assert {(e.substance.code, e.source_number) for e in found.emissions} == {("0301", None), ("2908", None)}


BLOCKS_SIDE_BY_SIDE = [
    ("p", "Отходы производства и потребления в период эксплуатации"),
    (
        "t",
        "Таблица 5.2",
        [
            ["Опасные отходы", None, None, "Неопасные отходы", None, None],
            ["Код", "Наименование", "Количество, т/год", "Код", "Наименование", "Количество, т/год"],
            ["13 02 08*", "Отработанные моторные масла", "0,82", "20 03 01", "Смешанные коммунальные отходы", "12,4"],
            ["15 02 02*", "Промасленная ветошь", "0,15", "", "", ""],
        ],
        [(0, 0, 0, 2), (0, 3, 0, 5)],
    ),
]

SECTIONS_VI = [
    ("p", "Bảng 3.9. Khối lượng chất thải rắn phát sinh giai đoạn vận hành"),
    (
        "t",
        None,
        [
            ["TT", "Tên chất thải (mã CTNH)", "Khối lượng (tấn/năm)", "Biện pháp quản lý"],
            ["A", "Chất thải rắn công nghiệp thông thường", "", ""],
            ["1", "Xỉ than lò hơi", "410", "Chuyển giao đơn vị thu gom"],
            ["B", "Chất thải nguy hại", "", ""],
            ["1", "Dầu thủy lực thải (17 01 06)", "1,2", "Lưu giữ tại kho CTNH"],
            ["2", "Bóng đèn huỳnh quang thải (16 01 06)", "0,05", "Lưu giữ tại kho CTNH"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_blocks_side_by_side_under_titles_and_lettered_sections(tmp_path, fmt):
    found = extracted(BLOCKS_SIDE_BY_SIDE, tmp_path, "side", fmt)
    got = {(w.code, w.hazardous, w.amount_t) for w in found.wastes}
    assert got == {("13 02 08*", True, 0.82), ("15 02 02*", True, 0.15), ("20 03 01", False, 12.4)}
    vi = extracted(SECTIONS_VI, tmp_path, "sections", fmt)
    got = {(w.code, w.name, w.hazardous, w.amount_t) for w in vi.wastes}
    assert got == {
        (None, "Xỉ than lò hơi", False, 410.0),
        ("17 01 06*", "Dầu thủy lực thải", True, 1.2),
        ("16 01 06*", "Bóng đèn huỳnh quang thải", True, 0.05),
    }


ROUNDS_AT_A_SOURCE = [
    ("p", "Результаты инструментальных замеров на источнике выбросов котельной"),
    (
        "t",
        "Таблица 3.2 – Концентрации загрязняющих веществ в дымовых газах",
        [
            ["№ ИЗА", "Загрязняющее вещество", "Код ЗВ", "Норматив, мг/Нм3", "I полугодие", None, "II полугодие", None],
            [None, None, None, None, "дата отбора", "концентрация, мг/Нм3", "дата отбора", "концентрация, мг/Нм3"],
            ["0001", "Азота диоксид", "0301", "250", "14.04.2025", "118", "09.10.2025", "131"],
            [None, "Углерод оксид", "0337", "300", None, "42", None, "57"],
        ],
        [(0, 4, 0, 5), (0, 6, 0, 7), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rounds_of_measurement_at_a_source_against_its_norm(tmp_path, fmt):
    found = extracted(ROUNDS_AT_A_SOURCE, tmp_path, "rounds", fmt)
    got = {(x.substance.code, x.medium, x.point, x.value, x.limit, x.unit) for x in found.limits}
    assert got == {
        ("0301", "flue_gas", "0001", 118.0, 250.0, "mg/Nm3"),
        ("0301", "flue_gas", "0001", 131.0, 250.0, "mg/Nm3"),
        ("0337", "flue_gas", "0001", 42.0, 300.0, "mg/Nm3"),
        ("0337", "flue_gas", "0001", 57.0, 300.0, "mg/Nm3"),
    }


SETS_OF_PARAMETERS = [
    ("p", "Программа мониторинга подземных вод в районе накопителя шламов"),
    (
        "t",
        "Таблица 6",
        [
            ["№", "Скважина", "Перечень показателей", "Периодичность"],
            ["1", "Н-11", "Б", "1 раз в квартал"],
            ["2", "Н-12", "А", "ежемесячно"],
            ["3", "Н-13", "Б", "1 раз в квартал"],
            _span("Перечень А: водородный показатель (pH), хлориды, сульфаты.", 4),
            _span("Перечень Б: показатели перечня А, а также нефтепродукты, железо общее.", 4),
        ],
        [(4, 0, 4, 3), (5, 0, 5, 3)],
    ),
]

SETS_BELOW_VI = [
    ("p", "Chương trình giám sát nước dưới đất"),
    (
        "t",
        "Bảng 4",
        [
            ["TT", "Ký hiệu", "Nhóm thông số", "Tần suất"],
            ["1", "NN-1", "2", "03 tháng/lần"],
            ["2", "NN-2", "1", "06 tháng/lần"],
        ],
        [],
    ),
    ("p", "Nhóm 1: pH, sunfat (SO4 2-), sắt (Fe)."),
    ("p", "Nhóm 2: các thông số nhóm 1 và asen (As), mangan (Mn)."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_named_sets_of_parameters_are_written_out(tmp_path, fmt):
    found = extracted(SETS_OF_PARAMETERS, tmp_path, "sets", fmt)
    got = {(p, f, subs) for _, p, f, subs in monitoring_duties(found)}
    assert ("Н-12", "monthly", ("Cl-", "SO4", "pH")) in got
    assert ("Н-11", "quarterly", ("Cl-", "Fe", "SO4", "TPH", "pH")) in got
    vi = extracted(SETS_BELOW_VI, tmp_path, "sets-vi", fmt)
    got = {(p, f, subs) for _, p, f, subs in monitoring_duties(vi)}
    assert ("NN-2", "semiannual", ("Fe", "SO4", "pH")) in got
    assert ("NN-1", "quarterly", ("As", "Fe", "Mn", "SO4", "pH")) in got


SOURCES_AND_POINTS = [
    ("p", "План-график производственного мониторинга котельных"),
    (
        "t",
        "Таблица 7",
        [
            ["№ ИЗА (точки)", "Наименование источника (точки)", "Контролируемые вещества (код)", "Периодичность"],
            _span("Котельная № 2, ул. Северная", 4),
            ["0004", "Дымовая труба котла", "Азота диоксид (0301), Углерод оксид (0337)", "ежеквартально"],
            ["6005", "Склад угля", "Пыль неорганическая: 70-20% двуокиси кремния (2908)", "1 раз в год"],
            _span("Мониторинг воздействия", 4),
            ["Т-2", "граница СЗЗ, подветренная сторона", "Азота диоксид (0301)", "ежеквартально"],
        ],
        [(1, 0, 1, 3), (4, 0, 4, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_column_of_sources_and_points_under_group_titles(tmp_path, fmt):
    found = extracted(SOURCES_AND_POINTS, tmp_path, "sources-points", fmt)
    got = {(s, p, f, subs) for s, p, f, subs in monitoring_duties(found)}
    assert (("0004",), None, "quarterly", ("CO", "NO2")) in got
    assert (("6005",), None, "yearly", ("SiO2",)) in got
    assert ((), "Т-2", "quarterly", ("NO2",)) in got


AMENDED_CARD = [
    ("p", "Изменения в экологическое разрешение: раздел 1 излагается согласно таблице ниже."),
    (
        "t",
        "Таблица 1 – Сведения об операторе и объекте",
        [
            ["Редакция", "Наименование оператора", "БИН", "Наименование объекта", "Категория"],
            ["Было (разрешение от 02.03.2022)", "ТОО «Дала Агро»", "160540007422", "Мясокомбинат «Дала»", "III"],
            ["Стало (изменения № 2)", "ТОО «Дала Агро Холдинг»", "без изменений", "без изменений", "II"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_amended_card_keeps_what_it_leaves_unchanged(tmp_path, fmt):
    found = extracted(AMENDED_CARD, tmp_path, "amended", fmt)
    assert len(found.facilities) == 1
    f = found.facilities[0]
    assert (f.name, f.operator, f.bin, f.category) == ("Мясокомбинат «Дала»", "ТОО «Дала Агро Холдинг»", "160540007422", "II")


AMENDED_COLUMNS = [
    ("p", "Решение о переоформлении экологического разрешения"),
    (
        "t",
        "Таблица 1 – Сведения, подлежащие изменению",
        [
            ["№", "Реквизит", "До переоформления", "После переоформления"],
            ["1", "Наименование оператора", "ТОО «Дала Агро»", "ТОО «Дала Агро Холдинг»"],
            ["2", "БИН оператора", "160540007422", "без изменений"],
            ["3", "Наименование объекта", "Мясокомбинат «Дала»", "без изменений"],
            ["4", "Код КАТО", "551010000", "551610000"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_amended_card_in_columns_gives_the_values_in_force(tmp_path, fmt):
    f = extracted(AMENDED_COLUMNS, tmp_path, "amended-columns", fmt).facilities[0]
    assert (f.name, f.operator, f.bin, f.kato) == ("Мясокомбинат «Дала»", "ТОО «Дала Агро Холдинг»", "160540007422", "551610000")


COMPANIES_OVER_SITES_VI = [
    ("p", "DANH SÁCH CƠ SỞ SẢN XUẤT CỦA CÁC CÔNG TY THÀNH VIÊN"),
    (
        "t",
        "Bảng 2",
        [
            ["TT", "Tên cơ sở", "Địa chỉ", "Phân nhóm"],
            _span("Công ty TNHH Gạch Đồng Tâm (Mã số doanh nghiệp: 3600254871)", 4),
            ["1", "Nhà máy gạch Tuynel số 1", "xã Tân Hạnh, tỉnh Đồng Nai", "Nhóm II"],
            ["2", "Nhà máy gạch Tuynel số 2", "xã Long Hưng, tỉnh Đồng Nai", "Nhóm III"],
        ],
        [(1, 0, 1, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_company_over_its_sites_is_a_register(tmp_path, fmt):
    found = extracted(COMPANIES_OVER_SITES_VI, tmp_path, "companies", fmt)
    assert [t.role for t in found.tables] == ["facility"]
    assert {f.name for f in found.facilities} >= {"Nhà máy gạch Tuynel số 1", "Nhà máy gạch Tuynel số 2"}


TITLED_CARD = [
    ("p", "Сведения о производственной мощности объекта"),
    (
        "t",
        "Таблица 1.2",
        [
            _span("Оператор объекта: ТОО «Дала Агро», БИН 160540007422", 4),
            _span("Объект: Мясокомбинат «Дала» — объект II категории (КАТО 551010000)", 4),
            _span("Место нахождения: Павлодарская область, г. Павлодар, ул. Промышленная, 3", 4),
            ["№", "Вид продукции", "Проектная мощность", "Выпуск за 2025 год"],
            ["1", "Мясо и субпродукты", "12 000 т/год", "9 400"],
        ],
        [(0, 0, 0, 3), (1, 0, 1, 3), (2, 0, 2, 3)],
    ),
]

BANDED_ROWS_VI = [
    ("p", "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – Phần I. Thông tin chung về cơ sở"),
    (
        "t",
        None,
        [
            ["Tên chủ cơ sở", "Công ty TNHH Bao bì Sông Hậu", None, None],
            ["Tên cơ sở", "Nhà máy bao bì Sông Hậu", None, None],
            ["Mã số doanh nghiệp", "Nhóm (NĐ 08/2022)", "Vĩ độ (°)", "Kinh độ (°)"],
            ["1801234567", "II", "10,03512", "105,77841"],
        ],
        [(0, 1, 0, 3), (1, 1, 1, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_cards_titled_over_a_table_or_with_a_band_of_fields(tmp_path, fmt):
    f = extracted(TITLED_CARD, tmp_path, "titled", fmt).facilities[0]
    assert (f.name, f.bin, f.kato, f.category) == ("Мясокомбинат «Дала»", "160540007422", "551010000", "II")
    vi = extracted(BANDED_ROWS_VI, tmp_path, "banded", fmt).facilities[0]
    assert (vi.name, vi.bin, vi.category, vi.lat, vi.lon) == ("Nhà máy bao bì Sông Hậu", "1801234567", "II", 10.03512, 105.77841)


PLACES_MATRIX = [
    ("p", "Матрица контроля: в ячейке – периодичность контроля вещества в данном месте."),
    (
        "t",
        "Таблица 5.1 – Атмосферный воздух",
        [
            ["Код и наименование вещества", "ИЗА 0003 котельная", "Т-1 граница СЗЗ (запад)", "Т-2 граница СЗЗ (восток)"],
            ["0301 Азота диоксид", "кв.", "п/г", "п/г"],
            ["0337 Углерод оксид", "кв.", "–", "–"],
        ],
        [],
    ),
    ("p", "Таблица 5.2 – Сточные воды"),
    (
        "t",
        None,
        [
            ["Показатель", "ВК-2 выпуск в накопитель", "НС-3 наблюдательная скважина"],
            ["Водородный показатель (pH)", "мес.", "кв."],
            ["Хлориды", "кв.", "кв."],
        ],
        [],
    ),
    ("p", "Условные обозначения: мес. – ежемесячно; кв. – ежеквартально; п/г – 1 раз в полугодие."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_matrix_of_places_with_frequencies_coded_in_a_later_legend(tmp_path, fmt):
    found = extracted(PLACES_MATRIX, tmp_path, "places", fmt)
    got = monitoring_duties(found)
    assert (("0003",), None, "quarterly", ("CO", "NO2")) in got
    assert ((), "Т-1", "semiannual", ("NO2",)) in got
    assert ((), "ВК-2", "monthly", ("pH",)) in got
    assert ((), "НС-3", "quarterly", ("Cl-", "pH")) in got


CMAX_BESIDE_C_VI = [
    ("p", "Nước thải sau xử lý xả ra sông; Cmax = C × Kq × Kf."),
    (
        "t",
        "Bảng 3. Kết quả quan trắc nước thải",
        [
            ["TT", "Thông số", "Đơn vị", "Kết quả tại NT2", "QCVN 40:2011/BTNMT, cột A (C)", "Kq", "Kf", "Cmax"],
            ["1", "BOD5 (20°C)", "mg/L", "12,5", "30", "0,9", "1", "27"],
            ["2", "COD", "mg/L", "41", "75", "0,9", "1", "67,5"],
        ],
        [],
    ),
]

RATES_BESIDE_CONCENTRATIONS = [
    ("p", "Результаты инструментальных замеров на организованных источниках выбросов"),
    (
        "t",
        "Таблица 3.4",
        [
            ["Загрязняющее вещество", "Норматив", None, "Фактически", None],
            [None, "мг/нм3", "г/с", "мг/нм3", "г/с"],
            _span("ИЗА 0006 – Дымовая труба котельной", 5),
            ["Азота диоксид (0301)", "200", "1,25", "88,4", "0,55"],
            ["Углерод оксид (0337)", "300", "1,9", "120", "0,76"],
        ],
        [(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0), (2, 0, 2, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_cmax_binds_and_rates_are_no_results_against_concentrations(tmp_path, fmt):
    found = extracted(CMAX_BESIDE_C_VI, tmp_path, "cmax", fmt)
    got = {(x.substance.symbol, x.value, x.limit, x.column) for x in found.limits}
    assert got == {("BOD5", 12.5, 27.0, "A"), ("COD", 41.0, 67.5, "A")}
    at_source = extracted(RATES_BESIDE_CONCENTRATIONS, tmp_path, "rates", fmt)
    got = {(x.substance.code, x.point, x.value, x.limit) for x in at_source.limits}
    assert got == {("0301", "0006", 88.4, 200.0), ("0337", "0006", 120.0, 300.0)}


HALVES_UNDER_SOURCES_KK = [
    ("p", "Көздер бойынша шығарындылар нормативтері (екі бағанмен)"),
    (
        "t",
        "3.4-кесте",
        [
            ["Коды", "Зат", "г/с", "т/жыл", "Коды", "Зат", "г/с", "т/жыл"],
            _span("ЛШК 0004 – Бояу камерасы, ұйымдастырылған", 8),
            ["0616", "Диметилбензол (ксилол)", "0,21", "1,5", "0621", "Метилбензол (толуол)", "0,04", "0,3"],
            _span("ЛШК 0005 – Ағаш өңдеу учаскесі, ұйымдастырылған", 8),
            ["2936", "Ағаш шаңы", "0,62", "7,1", "", "", "", ""],
        ],
        [(1, 0, 1, 7), (3, 0, 3, 7)],
    ),
]

COUNT_A_YEAR = [
    ("p", "План-график отбора проб; сроки отбора указаны номерами месяцев."),
    (
        "t",
        "Таблица 4",
        [
            ["№", "Место контроля", "Контролируемые вещества", "Кол-во замеров в год", "Сроки отбора (месяцы)"],
            ["1", "ИЗА 0008 – вагранка", "0337 Углерод оксид; 0301 Азота диоксид", "4", "III, VI, IX, XII"],
            ["2", "Т-3 – граница СЗЗ, север", "0301 Азота диоксид", "2", "V, X"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_halves_under_source_titles_and_counts_a_year(tmp_path, fmt):
    found = extracted(HALVES_UNDER_SOURCES_KK, tmp_path, "halves", fmt)
    got = {(e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("0004", "0616", 0.21, 1.5), ("0004", "0621", 0.04, 0.3), ("0005", "2936", 0.62, 7.1)}
    plan = extracted(COUNT_A_YEAR, tmp_path, "count", fmt)
    got = monitoring_duties(plan)
    assert (("0008",), None, "quarterly", ("CO", "NO2")) in got
    assert ((), "Т-3", "semiannual", ("NO2",)) in got
