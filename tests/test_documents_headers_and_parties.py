"""Header rows that other tables' rows resemble, the party a prescription binds, and checks whose criteria name a
substance now and then, in files the tests write.

A row of sub-labels and units under labels merged down (`Источник | № | наименование | мг/м³`), one unit written
once under the points of a text file, or sources' numbers `0001 | 0002` under `Номер источника` are header, not
data. Twelve months by their initials under `Сынама алу айлары` are months, not carbon and temperature. A checking
sheet's criteria (`Tiêu chí`) are no substances measured; measures numbered down the side are no sideways card; a
column of planting years is no column of sources. A prescription's tasks are for the organisation it orders, an
inspection plan's units are the ones checked, and a facility exempt from a duty (`không thuộc đối tượng phải …`)
has none.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts, monitoring_duties

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

PROTOCOL = [
    ("h", "Протокол измерений выбросов № 58/26 от 11.05.2026. Заказчик: ТОО «Шу Карбамид»"),
    (
        "t",
        "Результаты измерений",
        [
            ["Источник", "", "Вещество", "Результат", "Норматив ПДВ"],
            ["№", "наименование", "", "мг/м³", "мг/м³"],
            ["0005", "Труба котла-утилизатора", "Азота диоксид (0301)", "141", "200"],
            ["", "", "Углерод оксид (0337)", "62,5", "110"],
            ["0007", "Свеча сброса", "Аммиак (0303)", "18,4", "25"],
        ],
        [(0, 0, 0, 1)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_units_under_their_names_and_labels_under_a_merged_parent_are_header(tmp_path, fmt):
    found = extracted(PROTOCOL, tmp_path, "protocol", fmt)
    got = sorted((x.point, x.substance.code, x.value, x.limit, x.unit, x.medium) for x in found.limits)
    assert got == [
        ("0005", "0301", 141.0, 200.0, "mg/m3", "flue_gas"),
        ("0005", "0337", 62.5, 110.0, "mg/m3", "flue_gas"),
        ("0007", "0303", 18.4, 25.0, "mg/m3", "flue_gas"),
    ], got


NORMS = [
    ("h", "Нормативы допустимых выбросов ТОО «Шу Карбамид» на 2027 год"),
    (
        "t",
        "Таблица 2 – Нормативы выбросов по источникам",
        [
            ["Источник", "", "Вещество", "", "Класс опасности", "Норматив", ""],
            ["", "", "", "", "", "на 2027 год", ""],
            ["№", "наименование", "код", "наименование", "", "г/с", "т/год"],
            ["0005", "Труба котла-утилизатора", "0301", "Азота диоксид", "2", "1,84", "51,2"],
            ["", "", "0337", "Углерод оксид", "4", "0,73", "19,6"],
            ["6003", "Склад карбамида", "2902", "Взвешенные частицы", "3", "0,21", "4,05"],
        ],
        [(0, 0, 1, 1), (0, 2, 1, 3), (0, 4, 2, 4), (0, 5, 0, 6), (1, 5, 1, 6)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_third_header_row_under_labels_merged_down(tmp_path, fmt):
    found = extracted(NORMS, tmp_path, "norms", fmt)
    assert found.tables[0].role == "emissions"
    got = sorted((e.source_number, e.substance.code, e.hazard_class, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0005", "0301", 2, 1.84, 51.2), ("0005", "0337", 4, 0.73, 19.6), ("6003", "2902", 3, 0.21, 4.05)], got


AMBIENT = [
    ("h", "Мониторинг атмосферного воздуха на границе СЗЗ, II квартал 2026 года"),
    (
        "t",
        "Таблица 1 – Концентрации загрязняющих веществ",
        [
            ["Вещество", "КТ-1", "КТ-2", "КТ-3", "ПДК м.р."],
            ["", "мг/м³", "", "", ""],
            ["Аммиак", "0,044", "0,061", "0,029", "0,2"],
            ["Азота диоксид", "0,071", "0,058", "0,093", "0,2"],
        ],
        [(1, 1, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_unit_under_the_points_serves_every_point(tmp_path, fmt):
    found = extracted(AMBIENT, tmp_path, "ambient", fmt)
    got = sorted((x.point, x.substance.code, x.value, x.limit, x.unit) for x in found.limits)
    assert got == sorted(
        (p, code, v, lim, "mg/m3")
        for code, lim, values in (("0303", 0.2, (0.044, 0.061, 0.029)), ("0301", 0.2, (0.071, 0.058, 0.093)))
        for p, v in zip(("КТ-1", "КТ-2", "КТ-3"), values, strict=True)
    ), got


PLAN = [
    ("h", "Программа ПЭК ТОО «Кокпекты Резина». Операционный мониторинг"),
    (
        "t",
        "Таблица 4 – Периодичность контроля на источниках",
        [
            ["Вещество", "Номер источника", "", ""],
            ["", "0001", "0002", "0003"],
            ["0301 Азота диоксид", "1 раз в квартал", "1 раз в квартал", "–"],
            ["0333 Сероводород", "–", "1 раз в месяц", "1 раз в месяц"],
        ],
        [(0, 1, 0, 3), (0, 0, 1, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_sources_numbers_under_their_parent_are_no_column_numbers(tmp_path, fmt):
    found = extracted(PLAN, tmp_path, "plan", fmt)
    assert sorted(s.number for s in found.sources) == ["0001", "0002", "0003"]
    assert monitoring_duties(found) == {
        (("0001",), None, "quarterly", ("NO2",)),
        (("0002",), None, "quarterly", ("NO2",)),
        (("0002",), None, "monthly", ("H2S",)),
        (("0003",), None, "monthly", ("H2S",)),
    }, monitoring_duties(found)


MONTHS = [
    ("h", "2026 жылға арналған су сынамаларын алу кестесі"),
    (
        "t",
        "2-кесте – Ағынды суларды бақылау",
        [
            ["Нүкте", "Көрсеткіштер", "Сынама алу айлары", *[""] * 11, "Кезеңділігі", "Жылына сынама"],
            ["", "", "Қ", "А", "Н", "С", "М", "М", "Ш", "Т", "Қ", "Қ", "Қ", "Ж", "", ""],
            ["ШС-1", "Сутегі көрсеткіші (pH), Хлоридтер", "", "", "х", "", "", "х", "", "", "х", "", "", "х", "тоқсанына 1 рет", "8"],
            ["ШС-2", "Мұнай өнімдері", "", "", "", "", "", "х", "", "", "", "", "", "", "жылына 1 рет", "1"],
        ],
        [(0, 2, 0, 13), (0, 0, 1, 0), (0, 1, 1, 1), (0, 14, 1, 14), (0, 15, 1, 15)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_months_by_initials_and_how_often_in_words_over_a_count_of_samples(tmp_path, fmt):
    found = extracted(MONTHS, tmp_path, "months", fmt)
    assert monitoring_duties(found) == {
        ((), "ШС-1", "quarterly", ("Cl-", "pH")),
        ((), "ШС-2", "yearly", ("TPH",)),
    }, monitoring_duties(found)


CHECKS = [
    ("h", "PHIẾU KIỂM TRA ĐỊNH KỲ – XƯỞNG SẢN XUẤT PHÂN BÓN NPK LONG THÀNH"),
    (
        "t",
        None,
        [
            ["TT", "Hạng mục", "Tiêu chí", "Tần suất", "Người kiểm tra"],
            ["1", "Hệ thống lọc bụi túi", "chênh áp dưới 1.500 Pa", "Hàng ngày", "Tổ trưởng ca"],
            ["2", "Hố thu nước mưa chảy tràn", "pH 6 – 9, không có váng dầu", "Hàng tuần", "Tổ trưởng ca"],
            ["3", "Kho chứa amoni sunfat", "mái che kín, nền khô", "01 tháng/lần", "Cán bộ môi trường"],
            ["4", "Bồn chứa axit", "độ dẫn điện nước rửa dưới 500 µS/cm, đê bao kín", "03 tháng/lần", "Cán bộ môi trường"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_checking_sheets_criteria_are_no_substances(tmp_path, fmt):
    found = extracted(CHECKS, tmp_path, "checks", fmt)
    assert found.tables[0].role == "inspections"
    got = sorted((o.number, o.frequency, o.actor) for o in found.obligations if o.kind == "inspection")
    assert got == [
        ("1", "daily", "Tổ trưởng ca"), ("2", "weekly", "Tổ trưởng ca"),
        ("3", "monthly", "Cán bộ môi trường"), ("4", "quarterly", "Cán bộ môi trường"),
    ], got
    assert not [o for o in found.obligations if o.kind == "monitoring"]


MEASURES = [
    ("h", "Мероприятия по охране атмосферного воздуха цеха вулканизации на 2027 год"),
    (
        "t",
        None,
        [
            ["№", "Мероприятие", "2027 г.", "", "", "", "Ответственный"],
            ["", "", "I", "II", "III", "IV", ""],
            ["1", "Участок смешения", "", "", "", "", ""],
            ["1.1", "Установить местный отсос над вальцами", "", "+", "", "", "главный механик"],
            ["1.2", "Оборудовать навес над складом материалов", "+", "", "", "", "начальник цеха"],
            ["2", "Отходы", "", "", "", "", ""],
            ["2.1", "Оборудовать площадку для резиновой крошки", "", "", "+", "", "инженер-эколог"],
        ],
        [(0, 2, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1), (0, 6, 1, 6)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_measures_numbered_down_the_side_are_tasks_not_a_card(tmp_path, fmt):
    found = extracted(MEASURES, tmp_path, "measures", fmt)
    got = sorted((o.number, o.actor) for o in found.obligations if o.kind == "task")
    assert got == [("1.1", "главный механик"), ("1.2", "начальник цеха"), ("2.1", "инженер-эколог")], got


PRESCRIPTION = [
    ("h", "Предписание № 14-Э от 02.03.2026"),
    ("p", "По результатам проверки Департамент экологии по Туркестанской области предписывает ТОО «Сайрам Латекс»:"),
    (
        "t",
        None,
        [
            ["№", "Требование", "Срок"],
            ["1", "Установить пылеулавливающее оборудование на участке опудривания", "до 01.09.2026"],
            ["2", "Разработать паспорта опасных отходов", "в течение 30 дней"],
        ],
        [],
    ),
]

CONCLUSION = [
    ("h", "KẾT LUẬN KIỂM TRA SỐ 41/KL-STNMT"),
    ("p", "Đối với Công ty TNHH Phân bón Long Thành, Đoàn kiểm tra yêu cầu Công ty thực hiện các nội dung sau:"),
    (
        "t",
        None,
        [
            ["TT", "Nội dung yêu cầu", "Thời hạn"],
            ["1", "Sửa chữa hệ thống thu gom nước mưa chảy tràn khu vực kho", "trong 20 ngày"],
            ["2", "Cập nhật kế hoạch ứng phó sự cố hóa chất", "trước 31/8/2026"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "parts,party", [(PRESCRIPTION, "ТОО «Сайрам Латекс»"), (CONCLUSION, "Công ty TNHH Phân bón Long Thành")], ids=["ru", "vi"]
)
def test_the_party_a_prescription_orders_does_its_tasks(tmp_path, fmt, parts, party):
    found = extracted(parts, tmp_path, "ordered", fmt)
    got = sorted((o.number, o.actor) for o in found.obligations if o.kind == "task")
    assert got == [("1", party), ("2", party)], got


PLANTS = [
    ("h", "DANH SÁCH CƠ SỞ SẢN XUẤT TRONG KCN NHƠN TRẠCH 6"),
    (
        "t",
        "Bảng 1. Danh sách cơ sở",
        [
            ["TT", "Tên cơ sở", "Mã số DN", "Tọa độ VN-2000", "", "Phân nhóm"],
            ["", "", "", "X (m)", "Y (m)", ""],
            ["1", "Nhà máy phân bón NPK Nhơn Trạch", "3601234567", "1.187.220", "417.905", "Nhóm II"],
            ["2", "Xưởng đóng bao phân bón", "3607654321", "1.186.904", "418.112", "Nhóm III"],
        ],
        [(0, 3, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 5, 1, 5)],
    ),
    ("h", "Bảng 2. Vườn cây"),
    (
        "t",
        None,
        [
            ["Lô", "Diện tích (ha)", "Năm trồng", "Sản lượng (tấn/năm)"],
            ["Lô A", "120", "2009", "310"],
            ["Lô B", "95", "2013", "240"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_firms_code_is_its_number_and_a_grids_figures_no_address(tmp_path, fmt):
    found = extracted(PLANTS, tmp_path, "plants", fmt)
    got = sorted((f.bin, f.category, f.address) for f in found.facilities)
    assert got == [("3601234567", "II", None), ("3607654321", "III", None)], got
    assert not found.sources and not found.emissions  # planting years are no sources' numbers


EXEMPT = [
    ("h", "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – XƯỞNG CHẾ BIẾN MỦ CAO SU LỘC NINH"),
    (
        "t",
        None,
        [
            ["Vị trí", "Thông số", "Tần suất"],
            ["NT-1: sau hệ thống xử lý", "pH, COD, TSS", "03 tháng/lần"],
        ],
        [],
    ),
    ("p", "Khí thải lò hơi: cơ sở không thuộc đối tượng phải quan trắc khí thải định kỳ."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_exemption_is_no_duty(tmp_path, fmt):
    found = extracted(EXEMPT, tmp_path, "exempt", fmt)
    assert [o.kind for o in found.obligations] == ["monitoring"], [(o.kind, o.text) for o in found.obligations]


INSPECTED = [
    ("h", "KẾ HOẠCH KIỂM TRA NĂM 2027 ĐỐI VỚI CÁC CƠ SỞ SẢN XUẤT PHÂN BÓN"),
    (
        "t",
        None,
        [
            ["STT", "Đối tượng thanh tra, kiểm tra", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"],
            ["1", "Công ty TNHH Phân bón Long Thành", "Kiểm tra việc chấp hành giấy phép môi trường", "Quý I/2027", "Thanh tra Sở", "Công an tỉnh"],
            ["2", "Công ty CP Hóa chất Tam Phước", "Kiểm tra việc chấp hành giấy phép môi trường", "Quý III/2027", "Chi cục Bảo vệ môi trường", "UBND phường Tam Phước"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_units_an_inspection_plan_names_are_checked(tmp_path, fmt):
    found = extracted(INSPECTED, tmp_path, "inspected", fmt)
    assert found.tables[0].role == "inspections"
    got = sorted((o.number, o.actor) for o in found.obligations if o.kind == "inspection")
    assert got == [("1", "Thanh tra Sở"), ("2", "Chi cục Bảo vệ môi trường")], got


WASTES = [
    ("h", "«Балқаш Резина» ЖШС қалдықтарды түгендеу есебі, 2026 жыл"),
    (
        "t",
        None,
        [
            ["Коды", "Қалдық түрі", "Түзілді, т", "", "", "", "", "Сынып"],
            ["", "", "I тоқс.", "II тоқс.", "III тоқс.", "IV тоқс.", "жылына", ""],
            ["16 01 03", "Пайдаланылған шиналар", "1,2", "0,8", "1,1", "0,9", "4,0", "–"],
            ["13 02 05*", "Пайдаланылған мотор майлары", "0,15", "0,2", "0,1", "0,25", "0,7", "–"],
        ],
        [(0, 2, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 7, 1, 7)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_years_column_beside_the_quarters_gives_the_amount(tmp_path, fmt):
    found = extracted(WASTES, tmp_path, "wastes", fmt)
    assert sorted((w.code, w.amount_t) for w in found.wastes) == [("13 02 05*", 0.7), ("16 01 03", 4.0)]
