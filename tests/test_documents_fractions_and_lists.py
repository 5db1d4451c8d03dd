"""Fractions, pollutants listed in a cell, dated quarters and forms with numbered notes, in files the tests write.

A cell `0,045/0,2` under a note that says the numerator is the result and the denominator the norm; a source's
pollutants listed one after another in one cell with their rates; `C/ПДК` beside a result; a norm with its standard
in brackets; quarters dated where a sample is due; a matrix whose rows are sources; a form's captions after the
number of their note; a company's office beside its site.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

FRACTIONS = [
    ("h", "Результаты измерений на границе СЗЗ. Грибной комплекс «Алатау Саңырауқұлақ»"),
    (
        "t",
        "Таблица 4.2 – Результаты измерений",
        [
            ["Точка отбора проб", "Дата отбора", "Аммиак (0303)", "Сероводород (0333)"],
            ["", "", "в числителе – фактическая концентрация, в знаменателе – ПДК м.р., мг/м³", ""],
            ["Т-1 (граница СЗЗ, север)", "12.06.2025", "0,045/0,2", "0,0031/0,008"],
            ["Т-2 (граница СЗЗ, юг)", "12.06.2025", "0,15/0,2", "0,0055/0,008"],
        ],
        [(1, 2, 1, 3), (0, 0, 1, 0), (0, 1, 1, 1)],
    ),
    (
        "t",
        "Таблица 4.3 – Атмосферный воздух в жилой зоне",
        [
            ["Загрязняющее вещество", "Код", "ПДК м.р., мг/м³", "Т-3 (жилая зона)", ""],
            ["", "", "", "C, мг/м³", "C/ПДК"],
            ["Сероводород", "0333", "0,008", "0,0062", "0,78"],
            ["Углерод оксид", "0337", "5", "1,2", "0,24"],
        ],
        [(0, 3, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_fractions_and_shares_of_the_norm(tmp_path, fmt):
    found = extracted(FRACTIONS, tmp_path, "fractions", fmt)
    got = sorted((x.substance.code, x.point, x.value, x.limit) for x in found.limits)
    assert got == [
        ("0303", "Т-1", 0.045, 0.2),
        ("0303", "Т-2", 0.15, 0.2),
        ("0333", "Т-1", 0.0031, 0.008),
        ("0333", "Т-2", 0.0055, 0.008),
        ("0333", "Т-3", 0.0062, 0.008),
        ("0337", "Т-3", 1.2, 5.0),
    ], got


LISTED = [
    ("h", "Сводная таблица источников выбросов. Завод кровельных материалов «Тараз Изол»"),
    (
        "t",
        "Таблица 6.1 – Источники выбросов и выбрасываемые вещества",
        [
            ["№ ИЗА", "Наименование источника", "Выбрасываемые вещества: код, наименование (класс опасности) – г/с; т/год"],
            ["0001", "Дымовая труба печи", "0301 Азота диоксид (кл. 2) – 0,0432 г/с; 1,66 т/год\n0337 Углерод оксид (кл. 4) – 0,11 г/с; 3,9 т/год"],
            ["0002", "Вытяжная труба узла вяжущего", "2754 Алканы С12-19 (кл. 4) – 0,0385 г/с; 0,927 т/год"],
        ],
        [],
    ),
]

VI_LISTED = [
    ("h", "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY TẤM LỢP AN BÌNH"),
    (
        "t",
        "Bảng 2.3. Tổng hợp nguồn thải và tải lượng khí thải",
        [
            ["TT", "Nguồn thải", "Thông số ô nhiễm – tải lượng g/s (tấn/năm)"],
            ["1", "Ống khói lò dầu tải nhiệt", "Bụi tổng: 0,151 g/s (4,43 tấn/năm) SO2: 0,0385 g/s (0,598 tấn/năm)"],
            ["2", "Ống thải bể tẩm bitum", "H2S: 0,000977 g/s (0,039 tấn/năm)"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_pollutants_listed_in_a_cell_with_their_rates(tmp_path, fmt):
    found = extracted(LISTED, tmp_path, "listed", fmt)
    got = sorted((e.source_number, e.substance.code, e.hazard_class, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0001", "0301", 2, 0.0432, 1.66), ("0001", "0337", 4, 0.11, 3.9), ("0002", "2754", 4, 0.0385, 0.927)], got
    found = extracted(VI_LISTED, tmp_path, "vi_listed", fmt)
    got = sorted((e.substance.code, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0330", 0.0385, 0.598), ("0333", 0.000977, 0.039), ("2902", 0.151, 4.43)], got


ROUNDS = [
    ("h", "BÁO CÁO KẾT QUẢ QUAN TRẮC – NHÀ MÁY NHỰA ĐƯỜNG HẢI AN"),
    (
        "t",
        "Bảng 3. Kết quả quan trắc không khí xung quanh",
        [
            ["Thông số", "Đơn vị", "KK1 – Cổng nhà máy", "", "Giới hạn cho phép"],
            ["", "", "Đợt 1", "Đợt 2", ""],
            ["SO2", "µg/m³", "94", "39", "350 (QCVN 05:2023/BTNMT)"],
        ],
        [(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1), (0, 4, 1, 4)],
    ),
    (
        "t",
        "Bảng 4. Kết quả phân tích nước thải",
        [
            ["TT", "Thông số", "Đơn vị", "NT1", "NT2", "QCVN 40:2011/BTNMT, cột A", ""],
            ["", "", "", "", "", "C", "Cmax (Kq = 0,9; Kf = 1,0)"],
            ["1", "COD", "mg/l", "33,2", "33,9", "75", "67,5"],
        ],
        [(0, 5, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_rounds_under_a_point_and_points_beside_a_standards_columns(tmp_path, fmt):
    found = extracted(ROUNDS, tmp_path, "rounds", fmt)
    got = sorted((x.substance.symbol or x.substance.code, x.point, x.value, x.limit) for x in found.limits)
    assert got == [("COD", "NT1", 33.2, 67.5), ("COD", "NT2", 33.9, 67.5), ("SO2", "KK1", 39.0, 350.0), ("SO2", "KK1", 94.0, 350.0)], got


DATED = [
    ("h", "План-график отбора проб на 2026 год. Завод битумных мастик «Жайық»"),
    (
        "t",
        "Таблица 1 – План-график",
        [
            ["№", "Объект контроля", "Контролируемые показатели", "Дата отбора проб", "", "", ""],
            ["", "", "", "I кв.", "II кв.", "III кв.", "IV кв."],
            ["1", "ИЗА 0001 – Дымовая труба печи", "Азота диоксид, Углерод оксид", "17.02", "11.04", "24.07", "14.11"],
            ["2", "ИЗА 0004 – Аспирация узла посыпки", "Взвешенные частицы", "—", "12.06", "—", "16.11"],
            ["3", "ИЗА 0007 – Вытяжка участка мастик", "Ксилол", "—", "—", "20.07", "—"],
        ],
        [(0, 3, 0, 6), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_dated_quarters_say_how_often(tmp_path, fmt):
    found = extracted(DATED, tmp_path, "dated", fmt)
    got = sorted(
        (n, s.code, o.frequency) for o in found.obligations if o.kind == "monitoring" for n in o.source_numbers for s in o.substances
    )
    assert got == [("0001", "0301", "quarterly"), ("0001", "0337", "quarterly"), ("0004", "2902", "semiannual"), ("0007", "0616", "yearly")], got


FORM = [
    ("h", "VĂN BẢN ĐỀ NGHỊ CẤP GIẤY PHÉP MÔI TRƯỜNG"),
    (
        "t",
        "",
        [
            ["1.", "Công ty TNHH Nhựa đường Lạch Tray"],
            ["", "(1) (tên chủ cơ sở)"],
            ["2.", "Giấy chứng nhận đăng ký doanh nghiệp, mã số doanh nghiệp 0289914654"],
            ["", "(2) (số, ngày cấp giấy chứng nhận đăng ký doanh nghiệp)"],
            ["3.", "Nhà máy nhũ tương nhựa đường Lạch Tray"],
            ["", "(3) (tên cơ sở)"],
            ["4.", "Cơ sở có tiêu chí về môi trường như dự án đầu tư nhóm II"],
            ["", "(4) (phân loại theo tiêu chí về môi trường)"],
        ],
        [],
    ),
]

SITE = [
    ("h", "HỒ SƠ NĂNG LỰC – CÔNG TY CỔ PHẦN TẤM LỢP AN PHÚ"),
    (
        "t",
        "1. THÔNG TIN CHUNG",
        [
            ["STT", "Thông tin", "Trụ sở chính", "Nhà máy sản xuất"],
            ["1", "Tên doanh nghiệp", "Công ty Cổ phần Tấm lợp An Phú", ""],
            ["2", "Mã số doanh nghiệp", "0109432997", ""],
            ["3", "Tên đơn vị", "Văn phòng Công ty", "Nhà máy tấm lợp An Phú"],
            ["4", "Địa chỉ", "Số 18, phố Duy Tân, Hà Nội", "Lô B7, Khu công nghiệp Phố Nối A, tỉnh Hưng Yên"],
            ["5", "Phân loại theo Luật Bảo vệ môi trường 2020", "Không thuộc đối tượng", "Cơ sở nhóm III"],
        ],
        [(1, 2, 1, 3), (2, 2, 2, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_forms_numbered_captions_and_a_site_beside_its_office(tmp_path, fmt):
    found = extracted(FORM, tmp_path, "form", fmt)
    assert [(f.bin, f.name, f.category) for f in found.facilities] == [("0289914654", "Nhà máy nhũ tương nhựa đường Lạch Tray", "II")]
    found = extracted(SITE, tmp_path, "site", fmt)
    assert [(f.bin, f.name, f.category) for f in found.facilities] == [("0109432997", "Nhà máy tấm lợp An Phú", "III")]


MATRIX_OF_CHECKS = [
    ("h", "Матрица внутренних проверок. Завод по переработке электронных отходов «Qazaq Recycling»"),
    (
        "t",
        "Таблица 1 – Матрица проверок",
        [
            ["Участок / объект", "Обращение с отходами", "Работа ГОУ и аспирации", "Проверяющий"],
            ["Участок приемки и сортировки", "ежедневно", "—", "мастер смены"],
            ["Участок резки кинескопов", "еженедельно", "ежедневно", "инженер-эколог"],
        ],
        [],
    ),
    (
        "t",
        "Таблица 2 – Перечень мероприятий",
        [
            ["№", "Мероприятие", "Срок", "Затраты, тыс. тенге"],
            ["1. Производственный участок (начальник участка Ким В.А.)", "", "", ""],
            ["1.1", "Заменить уплотнения установок рекуперации хладагентов", "I квартал 2026 г.", "1 850"],
            ["2. Служба главного механика", "", "", ""],
            ["2.1", "Заменить загрузку угольного адсорбера на трубе ИЗА 0002", "II квартал 2026 г.", "4 200"],
        ],
        [(1, 0, 1, 3), (3, 0, 3, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_who_checks_beside_a_matrix_and_a_unit_over_its_tasks(tmp_path, fmt):
    found = extracted(MATRIX_OF_CHECKS, tmp_path, "checks", fmt)
    checks = sorted((o.actor, o.frequency) for o in found.obligations if o.kind == "inspection")
    assert checks == [("инженер-эколог", "daily"), ("инженер-эколог", "weekly"), ("мастер смены", "daily")], checks
    tasks = sorted((o.number, o.actor) for o in found.obligations if o.kind == "task")
    assert [n for n, _ in tasks] == ["1.1", "2.1"], tasks
    assert "Производственный участок" in (tasks[0][1] or "") and "Служба главного механика" in (tasks[1][1] or ""), tasks
