"""Forms and statistics, in DOCX, PDF and text the tests write.

A checklist that prints every frequency with a box reads as the one ticked; a row with no box ticked is no
check. An automatic station's statistics (least, mean, greatest) at an outlet are one series against its
norm, and a count of hours above the norm is no norm. A waste list whose body starts again under a header
of its own reads each block by its own columns.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


CHECKLIST = [
    ("p", "Лист обхода очистных сооружений АЗС № 14 на 2026 год"),
    (
        "t",
        "Таблица 2 – Перечень проверок",
        [
            ["№", "Объект обхода", "Что осматривается", "Периодичность (нужное отметить)", "Кто проверяет"],
            ["1", "Пескоуловитель", "уровень осадка", "☒ еженедельно ☐ ежемесячно ☐ ежеквартально", "оператор АЗС"],
            ["2", "Маслобензоотделитель", "слой нефтепродуктов", "☐ еженедельно ☒ ежемесячно ☐ ежеквартально", "инженер-эколог"],
            ["3", "Сорбционный фильтр", "не установлен", "☐ еженедельно ☐ ежемесячно ☐ ежеквартально", "–"],
            ["4", "Колодец отбора проб", "герметичность крышки", "☐ еженедельно ☐ ежемесячно ☒ ежеквартально", "инженер-эколог"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_checklist_reads_the_frequency_ticked_and_skips_a_row_with_none(tmp_path, fmt):
    found = extracted(CHECKLIST, tmp_path, "checklist", fmt)
    checks = sorted((o.number, o.frequency) for o in found.obligations if o.kind == "inspection")
    assert checks == [("1", "weekly"), ("2", "monthly"), ("4", "quarterly")]


CHECKLIST_VI = [
    ("p", "Phiếu kiểm tra định kỳ hệ thống xử lý khí thải lò hơi"),
    (
        "t",
        "Bảng 3. Nội dung kiểm tra",
        [
            ["STT", "Hạng mục", "Nội dung kiểm tra", "Tần suất (đánh dấu ☑)", "Người kiểm tra"],
            ["1", "Tháp hấp thụ", "mức dung dịch, bơm tuần hoàn", "☑ hằng ngày ☐ hằng tuần ☐ hằng tháng", "tổ vận hành"],
            ["2", "Quạt hút", "độ rung, nhiệt độ ổ trục", "☐ hằng ngày ☑ hằng tuần ☐ hằng tháng", "tổ cơ điện"],
            ["3", "Ống khói", "thang, sàn thao tác", "☐ hằng ngày ☐ hằng tuần ☑ hằng tháng", "tổ cơ điện"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_vietnamese_checklist_reads_the_box_ticked(tmp_path, fmt):
    found = extracted(CHECKLIST_VI, tmp_path, "checklist-vi", fmt)
    checks = sorted((o.number, o.frequency) for o in found.obligations if o.kind == "inspection")
    assert checks == [("1", "daily"), ("2", "weekly"), ("3", "monthly")]


STATION = [
    ("p", "Отчет о работе автоматической станции контроля сточных вод за II квартал 2026 года"),
    ("p", "Нормативы допустимых сбросов установлены экологическим разрешением для выпуска В-2."),
    (
        "t",
        "Таблица 3 – Статистика часовых значений",
        [
            ["Показатель", "Ед. изм.", "НДС на В-2", "Выпуск В-2 (станция АСК-2)", None, None, "Часов выше НДС"],
            [None, None, None, "мин.", "среднее", "макс.", None],
            ["Взвешенные вещества", "мг/дм3", "15", "3,1", "8,4", "17,2", "6"],
            ["ХПК", "мг/дм3", "40", "12,5", "21,7", "38,9", "0"],
            ["Аммоний-ион", "мг/дм3", "1,5", "0,21", "0,64", "1,12", "0"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_station_statistics_are_one_series_against_the_norm(tmp_path, fmt):
    found = extracted(STATION, tmp_path, "station", fmt)
    got = sorted((x.substance.symbol, x.point, x.limit, x.value, x.column) for x in found.limits)
    assert got == [("COD", "В-2", 40.0, 21.7, None), ("NH4+", "В-2", 1.5, 0.64, None), ("TSS", "В-2", 15.0, 8.4, None)]


STATION_KK = [
    ("p", "Ағынды суларды бақылаудың автоматты станциясының 2026 жылғы II тоқсандағы жұмысы туралы есеп"),
    ("p", "Рұқсат етілген төгінділер нормативтері экологиялық рұқсатпен В-2 шығарылымына белгіленген."),
    (
        "t",
        "3-кесте – Сағаттық мәндердің статистикасы",
        [
            ["Көрсеткіш", "Өлш. бірл.", "В-2 ЖТН", "В-2 шығарылымы (АБС-2 станциясы)", None, None, "ЖТН-нан жоғары сағаттар"],
            [None, None, None, "ең аз", "орташа", "ең көп", None],
            ["Қалқыма заттар", "мг/дм3", "15", "3,1", "8,4", "17,2", "6"],
            ["ОХТ", "мг/дм3", "40", "12,5", "21,7", "38,9", "0"],
        ],
        [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_kazakh_station_statistics_give_one_result_each_and_no_count_as_norm(tmp_path, fmt):
    found = extracted(STATION_KK, tmp_path, "station-kk", fmt)
    got = sorted((x.substance.symbol, x.point, x.limit, x.value) for x in found.limits)
    assert got == [("COD", "В-2", 40.0, 21.7), ("TSS", "В-2", 15.0, 8.4)]


RESTARTED = [
    ("p", "Danh mục chất thải phát sinh năm 2026 của nhà máy"),
    (
        "t",
        "Bảng 5. Chất thải phát sinh",
        [
            ["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg/năm)", "Tổ chức tiếp nhận"],
            ["I. Chất thải nguy hại", None, None, None, None],
            ["1", "Giẻ lau dính dầu", "18 02 01", "120", "Công ty TNHH Môi trường Xanh"],
            ["2", "Dầu thải", "17 02 03", "340", "Công ty TNHH Môi trường Xanh"],
            ["II. Chất thải rắn công nghiệp thông thường (tấn/năm)", None, None, None, None],
            ["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Biện pháp xử lý", "Tổ chức tiếp nhận"],
            ["1", "Phoi kim loại", "42", "Bán phế liệu", "Cơ sở thu mua phế liệu Hòa Phát"],
            ["2", "Bao bì giấy thải", "7,5", "Tái chế", "Cơ sở thu mua phế liệu Hòa Phát"],
        ],
        [(1, 0, 1, 4), (4, 0, 4, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_waste_list_restarting_under_its_own_header_reads_each_block_by_its_columns(tmp_path, fmt):
    found = extracted(RESTARTED, tmp_path, "restarted", fmt)
    got = sorted((w.name, w.code, w.amount_t) for w in found.wastes)
    assert got == [
        ("Bao bì giấy thải", None, 7.5),
        ("Dầu thải", "17 02 03*", 0.34),
        ("Giẻ lau dính dầu", "18 02 01*", 0.12),
        ("Phoi kim loại", None, 42.0),
    ]
