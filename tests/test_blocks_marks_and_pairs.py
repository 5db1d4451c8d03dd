"""Plans in blocks, marks, brackets and pairs, in DOCX, PDF and text the tests write: a monitoring plan in blocks
(a source or points across the table, what is measured under it, a row across closing the block with its
frequency) gives each block its own frequency, however long its title; parameters marked `*`, `**` that a note
under the table turns into frequencies are measured that often; a unit checked with its frequency in brackets
under its name is a check plan; `факт / ПДК` over `0,05 / 0,2` per point gives the measured value and the
limit at each point; a point a parent header names over quarters is the point of their results; wastes as
columns with a kilogram and a tonne total give the tonnes, and a named waste with a dash for a code is one
too, its class from the header over it; the parts under a waste (`trong đó:`) are no wastes; a result reduced
to reference oxygen is the one checked, at the point the lead-in names; a source's units and its totals
(`Всего по источнику`), or a stack's rooms and their sum (`Cộng`), give the totals only, proved by their sums;
boxes of a card give coordinates written with their own hemisphere and the group (`Phân nhóm`); a card's
label parted by a slash over values parted so (`БСН / ҚАТО коды`) gives both fields; a code beside what it
stands for (`Наименование реквизита | Код | Расшифровка`) gives both, and the sentence before a card its
category; an address closed by its KATO in brackets gives the code; an item taken out (`Исключено
приказом …`) is no task; a body and its BIN on two lines of one cell is one check; a column of legend
codes with dashes among them (`–` not determined) is read, water parameters too; an occasion in the
frequency column (`при каждом массовом взрыве`) is no frequency, not the one of the row above;
`Взвешенные вещества` heads a column of its own among other substances; Vietnamese thousands (`6.500`)
in measured values; what the cleaning catches (`Lượng được thu giữ, xử lý`) is not emitted; two units of a
calculation sheet each emit, and rates given by kind (`Максимальный разовый выброс` then `Валовый
выброс`) pair up; a column of continuous monitoring beside the periodic plan at sources (`Непрерывный
контроль (АСМ)`) is measured continuously; a mark under a header that is a frequency (`Quan trắc tự động,
liên tục | x`) gives that frequency."""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


def _span(text: str, width: int) -> list:
    return [text, *([None] * (width - 1))]


BLOCKS = [
    ("p", "Программа производственного экологического контроля асфальтобетонного завода."),
    (
        "t",
        "Таблица 4",
        [
            ["Код", "Определяемый ингредиент", "Метод"],
            _span("Источник № 0005 – труба сушильного барабана", 3),
            ["0301", "Азота диоксид", "газоанализатор"],
            ["0337", "Углерод оксид", "газоанализатор"],
            _span("Периодичность: 1 раз в квартал; исполнитель – испытательная лаборатория", 3),
            _span("КТ-1, КТ-2 – граница санитарно-защитной зоны (запад, восток)", 3),
            ["0330", "Сера диоксид", "фотометрия"],
            ["2908", "Пыль неорганическая: 70-20% двуокиси кремния", "гравиметрия"],
            _span("Периодичность: 2 раза в год; исполнитель – испытательная лаборатория", 3),
        ],
        [(1, 0, 1, 2), (4, 0, 4, 2), (5, 0, 5, 2), (8, 0, 8, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_blocks_closed_by_their_frequency(tmp_path, fmt):
    found = extracted(BLOCKS, tmp_path, "blocks", fmt)
    assert [t.role for t in found.tables] == ["monitoring"]
    got = monitoring_duties(found)
    assert (("0005",), None, "quarterly", ("CO", "NO2")) in got
    points = {(p, f, subs) for s, p, f, subs in got if p}
    assert points == {("КТ-1", "semiannual", ("SO2", "SiO2")), ("КТ-2", "semiannual", ("SO2", "SiO2"))}


BLOCKS_VI = [
    ("p", "Chương trình quan trắc môi trường của nhà máy chế biến thủy sản."),
    (
        "t",
        "Bảng 5. Chương trình quan trắc",
        [
            ["TT", "Thông số", "Phương pháp"],
            _span("NT2 – Nước thải sau trạm xử lý nước thải tập trung công suất 500 m3/ngày đêm (quan trắc định kỳ)", 3),
            ["1", "BOD5", "SMEWW 5210B:2017"],
            ["2", "COD", "SMEWW 5220C:2017"],
            _span("Tần suất: 06 tháng/lần", 3),
            _span("KT3 – Ống khói lò hơi đốt củi", 3),
            ["1", "Bụi tổng", "US EPA Method 5"],
            ["2", "SO2", "US EPA Method 6C"],
            _span("Tần suất: 03 tháng/lần", 3),
        ],
        [(1, 0, 1, 2), (4, 0, 4, 2), (5, 0, 5, 2), (8, 0, 8, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_long_block_title_heads_its_rows(tmp_path, fmt):
    found = extracted(BLOCKS_VI, tmp_path, "blocks_vi", fmt)
    got = {(p, f, subs) for _, p, f, subs in monitoring_duties(found)}
    assert ("NT2", "semiannual", ("BOD5", "COD")) in got
    assert ("KT3", "quarterly", ("SO2", "TSP")) in got


MARKED = [
    ("p", "План-график контроля на источниках и на границе СЗЗ."),
    (
        "t",
        "Таблица 6 – План-график",
        [
            ["№", "Место контроля", "Контролируемые вещества", "Исполнитель"],
            ["1", "ИЗА 0007 – труба котла ДЕ-10", "Азота диоксид*, Углерод оксид*, Бенз/а/пирен**", "лаборатория"],
            ["2", "Т-3 – жилая зона", "Азота диоксид**, Сера диоксид**", "лаборатория"],
        ],
        [],
    ),
    ("p", "Примечание: * – ежеквартально; ** – 1 раз в год."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_marks_the_note_turns_into_frequencies(tmp_path, fmt):
    found = extracted(MARKED, tmp_path, "marked", fmt)
    assert [t.role for t in found.tables] == ["monitoring"]
    assert ((), "Т-3", "yearly", ("NO2", "SO2")) in monitoring_duties(found)
    at_source = {(o.frequency, s.code) for o in found.obligations if o.kind == "monitoring" and o.source_numbers == ("0007",) for s in o.substances}
    assert ("quarterly", "0301") in at_source and ("quarterly", "0337") in at_source and ("yearly", "0703") in at_source
    assert ("yearly", "0301") not in at_source


BRACKETED = [
    ("p", "Ішкі экологиялық тексерулер кестесі."),
    (
        "t",
        "1-кесте",
        [
            ["№", "Тексеру объектісі", "Тексеру мәні", "Тексеруші"],
            ["1", "Қазандық\n(тоқсанына 1 рет)", "режимдік карта", "энергетик"],
            ["2", "Қалдықтар алаңы\n(ай сайын)", "контейнерлер", "эколог"],
            ["3", "Автотұрақ\n(жылына 1 рет)", "жанармай тамшылары", "механик"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_frequency_in_brackets_under_the_unit(tmp_path, fmt):
    found = extracted(BRACKETED, tmp_path, "bracketed", fmt)
    assert [t.role for t in found.tables] == ["inspections"]
    got = {(o.frequency, o.text.split(":", 1)[-1].strip().split(" — ")[0]) for o in found.obligations if o.kind == "inspection"}
    assert got == {("quarterly", "Қазандық"), ("monthly", "Қалдықтар алаңы"), ("yearly", "Автотұрақ")}


PAIRS = [
    ("p", "Результаты замеров на границе СЗЗ карьера."),
    (
        "t",
        "Таблица 7",
        [
            ["Вещество", "Т-1 – север", "Т-2 – юг"],
            ["", "факт / ПДК м.р., мг/м3", "факт / ПДК м.р., мг/м3"],
            ["Азота диоксид", "0,05 / 0,2", "0,07 / 0,2"],
            ["Пыль неорганическая: 70-20% двуокиси кремния", "0,12 / 0,3", "0,2 / 0,3"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_measured_and_limit_in_one_cell_per_point(tmp_path, fmt):
    found = extracted(PAIRS, tmp_path, "pairs", fmt)
    assert [t.role for t in found.tables] == ["limits"]
    got = {(x.substance.code, x.point, x.value, x.limit, x.unit) for x in found.limits}
    assert got == {
        ("0301", "Т-1", 0.05, 0.2, "mg/m3"),
        ("0301", "Т-2", 0.07, 0.2, "mg/m3"),
        ("2908", "Т-1", 0.12, 0.3, "mg/m3"),
        ("2908", "Т-2", 0.2, 0.3, "mg/m3"),
    }


QUARTERS_AT_A_POINT = [
    ("p", "Kết quả quan trắc nước thải năm 2025."),
    (
        "t",
        "Bảng 3",
        [
            ["Thông số", "Đơn vị", "Kết quả tại NT3 – cửa xả", None, "QCVN 40:2011/BTNMT, cột B"],
            [None, None, "Quý I", "Quý II", None],
            ["COD", "mg/l", "88", "95", "150"],
            ["TSS", "mg/l", "40", "61", "100"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_point_over_quarters_is_their_point(tmp_path, fmt):
    found = extracted(QUARTERS_AT_A_POINT, tmp_path, "quarters", fmt)
    got = {(x.substance.symbol, x.point, x.value, x.limit) for x in found.limits}
    assert got == {("COD", "NT3", 88.0, 150.0), ("COD", "NT3", 95.0, 150.0), ("TSS", "NT3", 40.0, 100.0), ("TSS", "NT3", 61.0, 100.0)}


MONTHS_KK = [
    ("p", "Зертхананың қалдықтар журналының жиынтығы."),
    (
        "t",
        "3-кесте – Айлар бойынша қалдықтар, кг",
        [
            ["Ай", "Пайдаланылған люминесцентті шамдар", "Аралас коммуналдық қалдықтар"],
            ["Қалдық коды", "20 01 21*", "20 03 01"],
            ["қаңтар", "1,5", "120"],
            ["ақпан", "2,5", "130"],
            ["Жыл бойы барлығы, кг", "4", "250"],
            ["Жыл бойы барлығы, т", "0,004", "0,25"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_wastes_as_columns_take_the_total_in_tonnes(tmp_path, fmt):
    found = extracted(MONTHS_KK, tmp_path, "months", fmt)
    assert {(w.code, w.amount_t) for w in found.wastes} == {("20 01 21*", 0.004), ("20 03 01", 0.25)}


DASHED_VI = [
    ("p", "Khối lượng chất thải phát sinh năm 2025."),
    (
        "t",
        "Bảng 4. Khối lượng chất thải (đơn vị: kg)",
        [
            ["Tháng", "Chất thải nguy hại", None, "Chất thải rắn thông thường"],
            [None, "Bóng đèn huỳnh quang thải", "Giẻ lau dính dầu", "Rác thải sinh hoạt"],
            [None, "Mã CTNH: 16 01 06", "Mã CTNH: 18 02 01", "-"],
            ["Tháng 1", "2", "10", "500"],
            ["Tháng 2", "3", "12", "520"],
            ["Tổng cộng", "5", "22", "1.020"],
        ],
        [(0, 0, 2, 0), (0, 1, 0, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_named_waste_with_a_dash_for_a_code(tmp_path, fmt):
    found = extracted(DASHED_VI, tmp_path, "dashed", fmt)
    got = {(w.code, w.hazardous, w.amount_t) for w in found.wastes}
    assert got == {("16 01 06*", True, 0.005), ("18 02 01*", True, 0.022), (None, False, 1.02)}


PARTS_UNDER_A_WASTE = [
    ("p", "Khối lượng chất thải nguy hại phát sinh năm 2025."),
    (
        "t",
        "Bảng 5. Chất thải nguy hại",
        [
            ["TT", "Tên chất thải", "Mã CTNH", "Số lượng (kg/năm)"],
            ["1", "Bùn thải từ hệ thống xử lý nước thải", "12 06 05", "1.200"],
            ["", "trong đó:", "", ""],
            ["", "- Bể lắng", "", "700"],
            ["", "- Bể điều hòa", "", "500"],
            ["2", "Bao bì cứng thải bằng kim loại", "18 01 02", "80"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_parts_of_a_waste_are_no_wastes(tmp_path, fmt):
    found = extracted(PARTS_UNDER_A_WASTE, tmp_path, "parts", fmt)
    assert {(w.code, w.amount_t) for w in found.wastes} == {("12 06 05*", 1.2), ("18 01 02*", 0.08)}


REDUCED_AT_A_POINT = [
    ("p", "Vị trí lấy mẫu: KT2 – ống khói lò đốt rác, sau hệ thống xử lý. Ngày lấy mẫu: 12/06/2025."),
    (
        "t",
        "Bảng 2. Kết quả đo khí thải",
        [
            ["TT", "Thông số", "Đơn vị", "Kết quả đo", "Kết quả quy đổi (O2 = 7 %)", "QCVN 61-MT:2016/BTNMT"],
            ["1", "Bụi tổng", "mg/Nm3", "30,2", "41,5", "100"],
            ["2", "CO", "mg/Nm3", "88", "121", "250"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_reduced_result_at_the_point_the_lead_in_names(tmp_path, fmt):
    found = extracted(REDUCED_AT_A_POINT, tmp_path, "reduced", fmt)
    got = {(x.substance.code, x.point, x.value, x.limit, x.medium) for x in found.limits}
    assert got == {("2902", "KT2", 41.5, 100.0, "flue_gas"), ("0337", "KT2", 121.0, 250.0, "flue_gas")}


UNITS_AND_SOURCE_TOTALS = [
    ("p", "Инвентаризация выбросов литейного цеха."),
    (
        "t",
        "Таблица 2 – Источники выделения и выбросы",
        [
            ["№ ИЗА", "Источник выброса", "Источник выделения", "Код ЗВ", "Наименование ЗВ", "Выброс, г/с", "Выброс, т/год"],
            ["0011", "Труба аспирации", "плавильная печь № 1", "0123", "Железа оксид", "0,012", "0,31"],
            [None, None, "плавильная печь № 2", "0123", "Железа оксид", "0,018", "0,45"],
            [None, None, "Всего по источнику", "0123", "Железа оксид", "0,03", "0,76"],
            ["0012", "Труба вентиляции", "участок заливки", "0337", "Углерод оксид", "0,2", "3,1"],
            [None, None, "Итого по предприятию", "", "", "0,23", "3,86"],
        ],
        [(1, 0, 3, 0), (1, 1, 3, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_source_emits_its_totals_not_its_units(tmp_path, fmt):
    found = extracted(UNITS_AND_SOURCE_TOTALS, tmp_path, "units", fmt)
    got = {(e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("0011", "0123", 0.03, 0.76), ("0012", "0337", 0.2, 3.1)}


ROOMS_AND_STACK_SUMS = [
    ("p", "Tải lượng khí thải của nhà máy."),
    (
        "t",
        "Bảng 3. Tải lượng khí thải",
        [
            ["Ống thải", "Nguồn phát sinh", "Thông số", "Tải lượng (g/s)", "Tải lượng (kg/năm)"],
            ["Ống thải khu sơn", "Buồng sơn số 1", "Toluen", "0,004", "30"],
            [None, "Buồng sơn số 2", "Toluen", "0,006", "45"],
            [None, "Cộng", "Toluen", "0,01", "75"],
            ["Ống khói lò hơi", "Lò hơi", "SO2", "0,2", "1.500"],
        ],
        [(1, 0, 3, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_stack_emits_the_sums_of_its_rooms(tmp_path, fmt):
    found = extracted(ROOMS_AND_STACK_SUMS, tmp_path, "rooms", fmt)
    got = {(e.substance.symbol, e.g_s, e.t_y) for e in found.emissions}
    assert got == {("C7H8", 0.01, 0.075), ("SO2", 0.2, 1.5)}


BOXES_VI = [
    ("p", "Thông tin chung về cơ sở."),
    (
        "t",
        "",
        [
            ["Tên cơ sở:\nNhà máy chế biến gỗ Minh Phát", "Mã số doanh nghiệp:\n3702145678"],
            ["Vĩ độ (WGS-84):\n11°03'21,5\"N", "Kinh độ (WGS-84):\n106°40'12,8\"E"],
            ["Phân nhóm theo Nghị định 08/2022/NĐ-CP:\nNhóm II", "Địa chỉ:\nKCN Nam Tân Uyên, tỉnh Bình Dương"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_boxes_give_coordinates_with_their_own_hemisphere_and_the_group(tmp_path, fmt):
    found = extracted(BOXES_VI, tmp_path, "boxes", fmt)
    f = found.facilities[0]
    assert (f.category, round(f.lat, 4), round(f.lon, 4)) == ("II", 11.0560, 106.6702)


SLASHED_CARD_KK = [
    ("p", "Объект туралы мәліметтер."),
    (
        "t",
        "1-кесте",
        [
            ["Көрсеткіш", "Мәліметтер"],
            ["Объектінің / оператордың атауы", "«Шығыс» мұнай базасы / «Шығыс Ойл» ЖШС"],
            ["БСН / ҚАТО коды", "150740000004 / 194440100"],
            ["Орналасқан жері", "Алматы облысы, Қарасай ауданы"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_fields_parted_by_a_slash(tmp_path, fmt):
    f = extracted(SLASHED_CARD_KK, tmp_path, "slashed", fmt).facilities[0]
    assert (f.bin, f.kato, f.name, f.operator) == ("150740000004", "194440100", "«Шығыс» мұнай базасы", "«Шығыс Ойл» ЖШС")


CODES_AND_WORDS = [
    ("p", "Объект III категории. Сведения об операторе и объекте."),
    (
        "t",
        "Таблица 1.1 – Идентификационные сведения",
        [
            ["Наименование реквизита", "Код", "Расшифровка"],
            ["Оператор объекта (заявитель), БИН", "090940000008", "ТОО «Береке Агро»"],
            ["Наименование объекта", "–", "Птицефабрика «Береке»"],
            ["Местонахождение объекта, КАТО", "633071000", "Восточно-Казахстанская область, г. Усть-Каменогорск"],
            ["Основной вид деятельности, ОКЭД", "01471", "Разведение сельскохозяйственной птицы"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_codes_beside_what_they_stand_for_and_the_category_said_before(tmp_path, fmt):
    f = extracted(CODES_AND_WORDS, tmp_path, "codes", fmt).facilities[0]
    assert (f.bin, f.operator, f.name, f.kato, f.category) == ("090940000008", "ТОО «Береке Агро»", "Птицефабрика «Береке»", "633071000", "III")
    assert f.address == "Восточно-Казахстанская область, г. Усть-Каменогорск"


REGISTER_KATO = [
    ("p", "Реестр выданных разрешений."),
    (
        "t",
        "",
        [
            ["№", "Оператор, БИН", "Объект", "Местонахождение (код КАТО)", "Кат."],
            ["1", "ТОО «Ертіс Жылу», 210340000003", "Котельная № 4", "г. Усть-Каменогорск, ул. Абая, 7 (633071000)", "II"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_place_closed_by_its_kato_in_brackets(tmp_path, fmt):
    f = extracted(REGISTER_KATO, tmp_path, "register", fmt).facilities[0]
    assert (f.bin, f.kato, f.address) == ("210340000003", "633071000", "г. Усть-Каменогорск, ул. Абая, 7")


TAKEN_OUT_TASK = [
    ("p", "План мероприятий по охране окружающей среды на 2026 год (в редакции приказа № 12-П)."),
    (
        "t",
        "Таблица 5",
        [
            ["№", "Мероприятие", "Срок", "Ответственный"],
            ["1", "Замена фильтров аспирационной системы", "II квартал 2026 г.", "главный механик"],
            ["2", "Исключено приказом № 12-П от 10.03.2026", "", ""],
            ["3", "Озеленение территории (500 саженцев)", "IV квартал 2026 г.", "эколог"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_item_taken_out_is_no_task(tmp_path, fmt):
    found = extracted(TAKEN_OUT_TASK, tmp_path, "taken_out", fmt)
    assert sorted(o.number for o in found.obligations if o.kind == "task") == ["1", "3"]


BODY_OVER_TWO_LINES = [
    ("p", "План проверок на 2026 год."),
    (
        "t",
        "",
        [
            ["№", "Субъект контроля (БИН)", "Объект контроля", "Сроки проведения"],
            ["1", "ТОО «Ертіс Жылу»\n210340000003", "котельная № 4", "март"],
            ["2", "ТОО «Береке Агро»\n090940000008", "птицефабрика", "май"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_body_and_its_bin_on_two_lines_is_one_check(tmp_path, fmt):
    found = extracted(BODY_OVER_TWO_LINES, tmp_path, "body", fmt)
    checks = [o for o in found.obligations if o.kind == "inspection"]
    assert len(checks) == 2
    assert all("ТОО" in o.text and ("котельная" in o.text or "птицефабрика" in o.text) for o in checks)


WELLS_BY_LEGEND = [
    ("p", "Мониторинг подземных вод."),
    (
        "t",
        "Таблица 4 – Периодичность определения показателей в наблюдательных скважинах",
        [
            ["Скважина", "Расположение", "Водородный показатель (pH)", "Нитраты", "Хлориды"],
            ["С-1", "фоновая", "П", "П", "П"],
            ["С-2", "ниже пруда-накопителя", "К", "–", "К"],
            ["С-3", "у склада удобрений", "К", "М", "–"],
            ["С-4", "у жилой зоны", "П", "–", "П"],
        ],
        [],
    ),
    ("p", "Условные обозначения: М – ежемесячно; К – 1 раз в квартал; П – 1 раз в полугодие; «–» – не определяется."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_legend_column_with_dashes_is_read(tmp_path, fmt):
    got = monitoring_duties(extracted(WELLS_BY_LEGEND, tmp_path, "wells", fmt))
    assert ((), "С-3", "monthly", ("NO3-",)) in got
    assert ((), "С-1", "semiannual", ("Cl-", "NO3-", "pH")) in got


OCCASION = [
    ("p", "План-график контроля на границе СЗЗ карьера."),
    (
        "t",
        "Таблица 3",
        [
            ["Точка", "Контролируемые вещества", "Периодичность"],
            ["Т-1", "Азота диоксид, Углерод оксид", "ежеквартально"],
            ["Т-2", "Азота диоксид, Углерод оксид", "при каждом массовом взрыве"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_occasion_is_not_the_frequency_above(tmp_path, fmt):
    got = {(p, f) for _, p, f, _ in monitoring_duties(extracted(OCCASION, tmp_path, "occasion", fmt))}
    assert got == {("Т-1", "quarterly"), ("Т-2", None)}


OUTLETS = [
    ("p", "Нормативы допустимых сбросов."),
    (
        "t",
        "Таблица 5 – Допустимые концентрации по выпускам",
        [
            ["Номер выпуска", "Водоприемник", "Допустимая концентрация загрязняющих веществ, мг/дм3", None, None],
            [None, None, "Взвешенные вещества", "Хлориды", "Нефтепродукты"],
            ["Выпуск № 1", "р. Нура", "12", "300", "0,05"],
            ["Выпуск № 2", "р. Нура", "15", "280", "0,05"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_suspended_solids_head_a_column_of_their_own(tmp_path, fmt):
    found = extracted(OUTLETS, tmp_path, "outlets", fmt)
    got = {(x.substance.symbol, x.point, x.limit) for x in found.limits if x.substance.symbol == "TSS"}
    assert got == {("TSS", "Выпуск № 1", 12.0), ("TSS", "Выпуск № 2", 15.0)}


THOUSANDS_VI = [
    ("p", "Kết quả quan trắc không khí xung quanh."),
    (
        "t",
        "Bảng 2. Kết quả quan trắc (đơn vị: µg/m3)",
        [
            ["Ký hiệu", "Đợt quan trắc", "Bụi tổng (QCVN 05:2023/BTNMT: 300)", "CO (QCVN 05:2023/BTNMT: 30.000)"],
            ["KK1", "Đợt 1", "170", "6.500"],
            ["KK2", "Đợt 1", "130", "12.400"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_vietnamese_thousands_in_measured_values(tmp_path, fmt):
    found = extracted(THOUSANDS_VI, tmp_path, "thousands", fmt)
    got = {(x.point, x.value, x.limit) for x in found.limits if x.substance.code == "0337"}
    assert got == {("KK1", 6500.0, 30000.0), ("KK2", 12400.0, 30000.0)}


CAPTURED_VI = [
    ("p", "Tổng hợp lượng bụi, khí thải năm 2025."),
    (
        "t",
        "Bảng 2. Lượng bụi, khí thải phát sinh và thải ra môi trường",
        [
            ["TT", "Thông số", "Tổng lượng phát sinh (tấn/năm)", "Lượng được thu giữ, xử lý (tấn/năm)", "Lượng thải ra môi trường (tấn/năm)"],
            ["1", "Bụi tổng", "20,5", "19,9", "0,6"],
            ["2", "SO2", "3,1", "-", "3,1"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_what_the_cleaning_catches_is_not_emitted(tmp_path, fmt):
    found = extracted(CAPTURED_VI, tmp_path, "captured", fmt)
    assert {(e.substance.code, e.t_y) for e in found.emissions} == {("2902", 0.6), ("0330", 3.1)}


TWO_UNITS_SHEET = [
    ("p", "Tính toán tải lượng các chất ô nhiễm."),
    (
        "t",
        "Bảng 3. Tính toán tải lượng",
        [
            ["Hạng mục", "Thông số", "Ký hiệu", "Đơn vị", "Giá trị"],
            ["Lò hơi đốt củi 2 tấn hơi/giờ", None, None, None, None],
            ["Bụi tổng", "Tải lượng tối đa", "M", "g/s", "1,2"],
            [None, "Tải lượng năm", "G", "tấn/năm", "30,5"],
            ["Máy sấy gỗ", None, None, None, None],
            ["Bụi tổng", "Tải lượng tối đa", "M", "g/s", "0,3"],
            [None, "Tải lượng năm", "G", "tấn/năm", "7,1"],
        ],
        [(1, 0, 1, 4), (4, 0, 4, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_units_of_a_sheet_each_emit(tmp_path, fmt):
    found = extracted(TWO_UNITS_SHEET, tmp_path, "units_sheet", fmt)
    assert sorted((e.g_s, e.t_y) for e in found.emissions) == [(0.3, 7.1), (1.2, 30.5)]


RATES_BY_KIND = [
    ("p", "Расчет выбросов от котельной."),
    (
        "t",
        "Таблица 3 – Расчет",
        [
            ["Показатель", "Обозначение", "Ед. изм.", "Значение"],
            ["Максимальный разовый выброс", None, None, None],
            ["Азота диоксид (0301)", "M", "г/с", "0,066"],
            ["Углерод оксид (0337)", "M", "г/с", "0,41"],
            ["Валовый выброс", None, None, None],
            ["Азота диоксид (0301)", "G", "т/год", "0,238"],
            ["Углерод оксид (0337)", "G", "т/год", "1,52"],
        ],
        [(1, 0, 1, 3), (4, 0, 4, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rates_given_by_kind_pair_up(tmp_path, fmt):
    found = extracted(RATES_BY_KIND, tmp_path, "by_kind", fmt)
    assert {(e.substance.code, e.g_s, e.t_y) for e in found.emissions} == {("0301", 0.066, 0.238), ("0337", 0.41, 1.52)}


CONTINUOUS_AT_SOURCES = [
    ("p", "План-график контроля на источниках выбросов НПЗ."),
    (
        "t",
        "Таблица 3.1 – План-график контроля на источниках",
        [
            ["№ ИЗА", "Источник выброса", "Непрерывный контроль (АСМ)", "Периодический контроль", None],
            [None, None, None, "Контролируемые вещества", "Периодичность"],
            ["0201", "Печь П-2", "Азота диоксид, Сера диоксид; расход, температура", "Углерод (Сажа)", "1 раз в квартал"],
            ["6002", "Резервуарный парк", "–", "Сероводород", "1 раз в год"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_continuous_monitoring_beside_the_periodic_at_sources(tmp_path, fmt):
    found = extracted(CONTINUOUS_AT_SOURCES, tmp_path, "continuous", fmt)
    got = {(o.frequency, s.code) for o in found.obligations if o.kind == "monitoring" and o.source_numbers == ("0201",) for s in o.substances}
    assert {("continuous", "0301"), ("continuous", "0330"), ("quarterly", "0328")} <= got


MARKED_UNDER_FREQUENCIES = [
    ("p", "Chương trình quan trắc nước thải."),
    (
        "t",
        "Bảng 5. Thông số và tần suất quan trắc nước thải",
        [
            ["TT", "Thông số", "Đơn vị", "Quan trắc tự động, liên tục", "Quan trắc định kỳ"],
            ["1", "pH", "-", "x", "-"],
            ["2", "COD", "mg/l", "x", "-"],
            ["3", "BOD5 (20°C)", "mg/l", "-", "3 tháng/lần"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_mark_under_a_frequency_header(tmp_path, fmt):
    got = {(f, subs) for _, _, f, subs in monitoring_duties(extracted(MARKED_UNDER_FREQUENCIES, tmp_path, "marked_freq", fmt))}
    assert got == {("continuous", ("COD", "pH")), ("quarterly", ("BOD5",))}
