"""Checks of equipment, rates before and after cleaning, points below detection and registers with their
axes named, in DOCX, PDF and text the tests write: a schedule of smoke and exhaust checks of machines
(what is checked names a substance only now and then) is a plan of checks, not of measurements; a
column of what is checked over places makes a check plan sure; of rates generated at a source and
rates emitted to air only the emitted are emissions; a point's `< 0,0005` was sampled (a limit with no
value), a blank was not; `X (долгота) | Y (широта)` say which is which; a Kazakh `Қалдық түрі – коды`
heads names with their codes, and `Сынақ нәтижесі` is what was measured; Vietnam's waste codes are
of hazardous wastes; errata (`Напечатано | Следует читать`) are read as corrected; points listed
with one description for them all are each a point, and the points or the source of a cell merged
down hold for the rows a text file leaves blank; a Kazakh `Бақылау тұстамасы` (a river's section) is
the point, its own id before a number another column gives (`№ 2 шығарылым бойынша ЖТН`); both rates
in one cell under both units (`г/с / т/год`), and stacked figures keep their thousands (`11 240`); one
operator's sites side by side share the BIN it gives once; a name and its address in one column give
the name; rows an amendment marks as replaced (`Редакция | было | стало`) or takes out give nothing."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


MACHINE_CHECKS = [
    ("p", "Приказ по депо. График проверки дизельной техники."),
    (
        "t",
        "Таблица 2 – Проверка отработавших газов",
        [
            ["№", "Техника", "Ед.", "Контролируемый показатель", "Периодичность", "Кто проверяет"],
            ["1", "Маневровые тепловозы ТЭМ2", "14", "дымность", "ежеквартально", "мастер цеха"],
            ["2", "Автокраны КС-45717", "3", "CO, CH", "2 раза в год", "мастер цеха"],
            ["3", "Легковые автомобили службы пути", "9", "CO, CH", "ежегодно", "механик гаража"],
            ["4", "Дизель-генераторы резервного питания", "2", "дымность", "ежемесячно", "энергетик"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_smoke_checks_of_machines_are_a_plan_of_checks(tmp_path, fmt):
    found = extracted(MACHINE_CHECKS, tmp_path, "machines", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    got = {(o.number, o.frequency) for o in found.obligations if o.kind == "inspection" and "проверк" in o.text.lower()}
    assert got == {("1", "quarterly"), ("2", "semiannual"), ("3", "yearly"), ("4", "monthly")}
    assert "Автокраны КС-45717" in next(o.text for o in found.obligations if o.number == "2")
    assert not [o for o in found.obligations if o.kind == "monitoring"]


PLACES_CHECKED_KK = [
    ("p", "Элеватордың экологиялық бақылау регламенті."),
    (
        "t",
        "",
        [
            ["№", "Объект", "Тексеру нысанасы", "Кезеңділігі", "Тексеруші"],
            ["1", "№ 2 астық қоймасы", "аспирация жүйесінің жұмысы", "ай сайын", "инженер-эколог"],
            ["2", "№ 1 тиеу алаңы", "шаңның шашылуы", "күн сайын", "ауысым шебері"],
            ["3", "Қалдықтар алаңы", "контейнерлердің таңбалануы", "тоқсан сайын", "инженер-эколог"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_is_checked_over_numbered_places_makes_a_check_plan(tmp_path, fmt):
    found = extracted(PLACES_CHECKED_KK, tmp_path, "places", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    assert {o.frequency for o in found.obligations if o.kind == "inspection"} == {"monthly", "daily", "quarterly"}


GENERATED_AND_EMITTED = [
    ("p", "Проект нормативов допустимых выбросов мельничного комплекса."),
    (
        "t",
        "Таблица 3 – Выделение и выброс",
        [
            ["№ ИЗА", "Код ЗВ", "Вещество", "Выделяется от источника", None, "Выбрасывается в атмосферу", None],
            [None, None, None, "г/с", "т/год", "г/с", "т/год"],
            ["0005", "2937", "Пыль зерновая", "1,25", "12,4", "0,0625", "0,62"],
            ["0006", "2937", "Пыль зерновая", "0,84", "6,1", "0,042", "0,305"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)],
    ),
]

GENERATED_AND_EMITTED_KK = [
    ("p", "Диірмен кешенінің шығарындылар нормативтерінің жобасы."),
    (
        "t",
        "",
        [
            ["ЛШК №", "ЛЗ коды", "Зат", "Көзден бөлінеді", None, "Атмосфераға шығарылады", None],
            [None, None, None, "г/с", "т/жыл", "г/с", "т/жыл"],
            ["0005", "2937", "Астық шаңы", "1,25", "12,4", "0,0625", "0,62"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("parts", [GENERATED_AND_EMITTED, GENERATED_AND_EMITTED_KK], ids=["ru", "kk"])
def test_only_what_reaches_the_air_is_emitted(tmp_path, fmt, parts):
    found = extracted(parts, tmp_path, "generated", fmt)
    assert [t.role for t in found.tables] == ["emissions"]
    got = {(e.source_number, e.g_s, e.t_y) for e in found.emissions}
    assert ("0005", 0.0625, 0.62) in got
    assert not {g for _, g, _ in got} & {1.25, 0.84}


BELOW_DETECTION = [
    ("p", "Результаты мониторинга поверхностных вод."),
    (
        "t",
        "",
        [
            ["Показатель", "Ед. изм.", "ПДК", "Р-1 (выше сброса)", "Р-2 (ниже сброса)"],
            ["Нефтепродукты", "мг/дм3", "0,05", "0,012", "0,031"],
            ["Кадмий", "мг/дм3", "0,005", "< 0,0005", "0,0011"],
            ["Фенолы", "мг/дм3", "0,001", "0,0004", "–"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_result_below_detection_was_sampled_a_dash_was_not(tmp_path, fmt):
    found = extracted(BELOW_DETECTION, tmp_path, "detection", fmt)
    got = {(x.substance.symbol, x.point, x.value) for x in found.limits}
    assert got == {
        ("TPH", "Р-1", 0.012),
        ("TPH", "Р-2", 0.031),
        ("Cd", "Р-1", None),  # `< 0,0005`: sampled, below what the method finds
        ("Cd", "Р-2", 0.0011),
        ("Phenols", "Р-1", 0.0004),  # and not at Р-2, where the cell is a dash
    }


REGISTER_X_Y = [
    ("p", "Реестр объектов, подлежащих контролю. Координаты в порядке X (долгота), Y (широта)."),
    (
        "t",
        "",
        [
            ["№", "Объект", "БИН", "X (долгота), °", "Y (широта), °", "Кат."],
            ["1", "Мельница № 3 г. Костанай", "121140012340", "63,62451", "53,21433", "2"],
            ["2", "Элеватор ст. Тобол", "050540012347", "62,58810", "52,69012", "3"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_longitude_named_first_stays_the_longitude(tmp_path, fmt):
    found = extracted(REGISTER_X_Y, tmp_path, "register", fmt)
    got = {(f.bin, f.lat, f.lon) for f in found.facilities}
    assert got == {("121140012340", 53.21433, 63.62451), ("050540012347", 52.69012, 62.5881)}


WASTES_NAMED_WITH_CODES_KK = [
    ("p", "Авариялық төгілуді жою кезінде түзілген қалдықтар."),
    (
        "t",
        "",
        [
            ["№", "Қалдық түрі – коды", "Мөлшері, т", "Берілді (ұйым)"],
            ["1", "Мұнаймен ластанған топырақ – 17 05 03*", "12,5", "«Эко Сервис» ЖШС"],
            ["2", "Қатты тұрмыстық қалдықтар – 20 03 01", "0,4", "«Таза Қала» ЖШС"],
            ["", "Барлығы", "12,9", ""],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_kazakh_header_of_names_with_their_codes(tmp_path, fmt):
    found = extracted(WASTES_NAMED_WITH_CODES_KK, tmp_path, "wastes", fmt)
    got = {(w.code, w.amount_t, (w.name or "").split(" ")[0]) for w in found.wastes}
    assert got == {("17 05 03*", 12.5, "Мұнаймен"), ("20 03 01", 0.4, "Қатты")}


TEST_RESULTS_KK = [
    ("p", "Сынақ хаттамасы. Сарқынды су."),
    (
        "t",
        "",
        [
            ["№", "Көрсеткіштің атауы", "Өлш. бірл.", "Сынақ нәтижесі", "Жол берілетін концентрация"],
            ["1", "Қалқыма заттар", "мг/дм3", "42 ± 6", "300"],
            ["2", "Мұнай өнімдері", "мг/дм3", "0,91 ± 0,14", "3"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_kazakh_test_result_is_what_was_measured(tmp_path, fmt):
    found = extracted(TEST_RESULTS_KK, tmp_path, "results", fmt)
    assert {(x.substance.symbol, x.value, x.limit) for x in found.limits} == {("TSS", 42.0, 300.0), ("TPH", 0.91, 3.0)}


VIETNAM_CODES = [
    ("p", "Báo cáo công tác bảo vệ môi trường năm 2025. Chất thải phát sinh tại xưởng cơ khí."),
    (
        "t",
        "",
        [
            ["TT", "Tên chất thải", "Mã chất thải", "Khối lượng (kg)"],
            ["1", "Phoi kim loại sạch", "-", "2.400"],
            ["2", "Giẻ lau dính dầu", "18 02 01", "35"],
            ["3", "Dầu thủy lực thải", "17 01 06", "120"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_vietnams_codes_are_of_hazardous_wastes_and_a_dash_is_none(tmp_path, fmt):
    found = extracted(VIETNAM_CODES, tmp_path, "codes", fmt)
    got = {(w.code, w.hazardous, w.amount_t) for w in found.wastes}
    assert got == {(None, False, 2.4), ("18 02 01*", True, 0.035), ("17 01 06*", True, 0.12)}


ERRATA = [
    ("p", "Исправление опечатки в декларации о воздействии на окружающую среду."),
    (
        "t",
        "",
        [
            ["№", "Наименование отхода", "Код", "Количество, т/год", None],
            [None, None, None, "Напечатано", "Следует читать"],
            ["1", "Отработанные масла", "13 02 08*", "12,4", "1,24"],
            ["2", "Смет с территории", "20 03 03", "35", "3,5"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_errata_read_what_should_be_read(tmp_path, fmt):
    found = extracted(ERRATA, tmp_path, "errata", fmt)
    assert {(w.code, w.amount_t) for w in found.wastes} == {("13 02 08*", 1.24), ("20 03 03", 3.5)}


POINTS_DESCRIBED_TOGETHER = [
    ("p", "Chương trình quan trắc môi trường định kỳ của cảng."),
    (
        "t",
        "",
        [
            ["Thành phần môi trường", "Vị trí quan trắc", "Thông số quan trắc", "Tần suất"],
            ["Nước biển", "NB1, NB2 – vùng nước trước bến phao", "pH, Tổng chất rắn lơ lửng (TSS)", "03 tháng/lần"],
            ["Không khí", "KK1, KK2 (cổng cảng và bãi container)", "Bụi tổng, SO2", "06 tháng/lần"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_points_listed_with_one_description_for_them_all(tmp_path, fmt):
    found = extracted(POINTS_DESCRIBED_TOGETHER, tmp_path, "together", fmt)
    got = {(o.point, o.frequency) for o in found.obligations if o.kind == "monitoring"}
    assert got == {("NB1", "quarterly"), ("NB2", "quarterly"), ("KK1", "semiannual"), ("KK2", "semiannual")}


MERGED_DOWN = [
    ("p", "Программа производственного экологического контроля завода."),
    (
        "t",
        "",
        [
            ["Место отбора проб", "Контролируемое вещество", "Периодичность"],
            ["Т-1, Т-2 (граница СЗЗ)", "Свинец и его соединения", "1 раз в месяц"],
            [None, "Сера диоксид", "1 раз в месяц"],
            ["Источник 0003 – труба сушильного барабана", "Азота диоксид", "ежеквартально"],
            [None, "Углерод оксид", "ежеквартально"],
        ],
        [(1, 0, 2, 0), (3, 0, 4, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_points_and_sources_merged_down_hold_in_every_format(tmp_path, fmt):
    found = extracted(MERGED_DOWN, tmp_path, "merged", fmt)
    got = {
        (s.symbol, o.point, o.source_numbers)
        for o in found.obligations
        if o.kind == "monitoring"
        for s in o.substances
    }
    assert got == {
        ("Pb", "Т-1", ()),
        ("Pb", "Т-2", ()),
        ("SO2", "Т-1", ()),
        ("SO2", "Т-2", ()),
        ("NO2", None, ("0003",)),
        ("CO", None, ("0003",)),
    }


SECTIONS_AND_NORMS_KK = [
    ("p", "Жерүсті суларының сапасын бақылау бағдарламасы."),
    (
        "t",
        "",
        [
            ["Бақылау тұстамасы", "Анықталатын көрсеткіштер", "Кезеңділігі", "Салыстыру нормативі"],
            ["С-5 – Есіл өзені, төгіндіден 0,5 км төмен", "ОБТ5, Мұнай өнімдері", "тоқсан сайын", "№ 2 шығарылым бойынша ЖТН"],
            ["С-6 – Есіл өзені, 1 км жоғары", "Аммоний-ион", "жарты жылда 1 рет", "Су объектілері үшін ШЖК"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_kazakh_section_is_the_point_not_a_number_in_another_column(tmp_path, fmt):
    found = extracted(SECTIONS_AND_NORMS_KK, tmp_path, "sections", fmt)
    got = {(o.point, o.frequency) for o in found.obligations if o.kind == "monitoring"}
    assert got == {("С-5", "quarterly"), ("С-6", "semiannual")}


BOTH_RATES_IN_A_CELL = [
    ("p", "Декларация о воздействии на окружающую среду. Декларируемые выбросы."),
    (
        "t",
        "",
        [
            ["№ источника", "Загрязняющее вещество", "Класс опасности", "Выброс, г/с / т/год"],
            ["0007", "0301 – Азота диоксид", "2", "0,125 / 1,94"],
            ["0008", "0337 – Углерод оксид", "4", "0,41 / 6,3"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_both_rates_in_one_cell_under_both_units(tmp_path, fmt):
    found = extracted(BOTH_RATES_IN_A_CELL, tmp_path, "both", fmt)
    got = {(e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("0007", "0301", 0.125, 1.94), ("0008", "0337", 0.41, 6.3)}


THOUSANDS_STACKED = [
    ("p", "Нормативы допустимых выбросов по источникам."),
    (
        "t",
        "",
        [
            ["№ ИЗА", "Код ЗВ", "Наименование ЗВ", "Выброс, г/с", "Выброс, т/год"],
            ["0004", "0330\n0337", "Сера диоксид\nУглерод оксид", "356,5\n59,99", "11 240\n1 892"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_stacked_figures_keep_their_thousands(tmp_path, fmt):
    found = extracted(THOUSANDS_STACKED, tmp_path, "stacked", fmt)
    got = {(e.substance.code, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("0330", 356.5, 11240.0), ("0337", 59.99, 1892.0)}


SITES_SIDE_BY_SIDE = [
    ("p", "Раздел 1. Общие сведения об операторе и его площадках."),
    (
        "t",
        "",
        [
            ["Показатель", "Площадка № 1", "Площадка № 2"],
            ["Наименование оператора", "ТОО «Жетысу Сүт»", None],
            ["БИН", "190540012345", None],
            ["Наименование площадки", "Молочный завод", "Сыродельный цех"],
            ["Код КАТО", "191010000", "195630100"],
            ["Категория объекта", "II категория", "III категория"],
        ],
        [(1, 1, 1, 2), (2, 1, 2, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_operators_sites_side_by_side_share_its_bin(tmp_path, fmt):
    found = extracted(SITES_SIDE_BY_SIDE, tmp_path, "sites", fmt)
    got = {(f.name, f.bin, f.kato, f.category) for f in found.facilities}
    assert got == {
        ("Молочный завод", "190540012345", "191010000", "II"),
        ("Сыродельный цех", "190540012345", "195630100", "III"),
    }


NAME_AND_ADDRESS = [
    ("p", "Danh sách cơ sở được kiểm tra năm 2026."),
    (
        "t",
        "",
        [
            ["STT", "Tên cơ sở, địa chỉ", "Chủ cơ sở", "Mã số doanh nghiệp", "Loại hình sản xuất"],
            ["1", "Nhà máy dệt nhuộm Phú Hưng, xã Tân Phú, tỉnh Long An", "Công ty TNHH Dệt Phú Hưng", "0301234567", "Dệt nhuộm vải"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_name_and_its_address_in_one_column_give_the_name(tmp_path, fmt):
    found = extracted(NAME_AND_ADDRESS, tmp_path, "named", fmt)
    assert [f.name.startswith("Nhà máy dệt nhuộm Phú Hưng") for f in found.facilities] == [True]


AMENDED_BY_ROWS = [
    ("p", "Приказ о внесении изменений в график внутренних проверок."),
    (
        "t",
        "",
        [
            ["№", "Объект проверки", "Редакция", "Периодичность проверки", "Проверяющий"],
            ["1", "Котельная", "было", "1 раз в квартал", "главный инженер"],
            [None, None, "стало", "ежемесячно", "инженер-эколог"],
            ["2", "Склад реагентов", "было", "ежегодно", "инженер-эколог"],
            [None, None, "стало", "исключается", "–"],
            ["3", "Очистные сооружения", "стало", "ежеквартально", "инженер-эколог"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1), (3, 0, 4, 0), (3, 1, 4, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rows_an_amendment_replaces_or_takes_out_give_nothing(tmp_path, fmt):
    found = extracted(AMENDED_BY_ROWS, tmp_path, "amended", fmt)
    got = {(o.text.split(": ", 1)[-1].split(";")[0], o.frequency) for o in found.obligations if o.kind == "inspection"}
    assert got == {("Котельная", "monthly"), ("Очистные сооружения", "quarterly")}
