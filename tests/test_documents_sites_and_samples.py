"""Lists of sites, samples named by their ids, results in rounds and plans in sections, in files the tests write.

A letter's list of sites takes the one BIN the letter gives a few paragraphs up, and its group rows name no site;
a protocol names its one substance in the header over the samples; quarters with their year are rounds; the inlet
beside the outlet is judged by no norm, nor are figures worked out or measured in the background; a plan's medium
titles give their frequency, a legend's short forms (`Р-1/кв`) are frequencies, and a part with its own code
(`в т.ч. Свинец`) is a pollutant of its own.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

from extractor.context import frequency

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

SITES = [
    ("p", "Исх. № 14/220 от 03.03.2026"),
    ("p", "ТОО «Дала Телеком» (БИН 160144608575) сообщает, что на объектах связи установлены резервные дизель-генераторы."),
    ("p", "Перечень объектов приводится ниже."),
    ("p", "Приложение. Перечень объектов связи"),
    (
        "t",
        "",
        [
            ["№", "Код площадки", "Наименование объекта", "Адрес", "Широта", "Долгота", "Категория"],
            ["г. Шымкент", "", "", "", "", "", ""],
            ["1", "SHY-A011", "Узел связи «Оңтүстік»", "г. Шымкент, ул. Байтурсынова, 12", "42,31711", "69,59012", "III"],
            ["2", "SHY-0203", "Базовая станция «Самал-3»", "г. Шымкент, мкр. Самал-3, 4", "42,33120", "69,63377", "IV"],
            ["Туркестанская область", "", "", "", "", "", ""],
            ["3", "TRK-A002", "Районный узел связи «Сайрам»", "Сайрамский район, с. Аксукент, ул. Абая, 2", "42,25002", "69,87110", "IV"],
        ],
        [(1, 0, 1, 6), (4, 0, 4, 6)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_letters_list_of_sites_takes_its_bin_and_its_names(tmp_path, fmt):
    found = extracted(SITES, tmp_path, "sites", fmt)
    got = sorted((f.bin, f.name, f.category) for f in found.facilities)
    assert got == [
        ("160144608575", "Базовая станция «Самал-3»", "IV"),
        ("160144608575", "Районный узел связи «Сайрам»", "IV"),
        ("160144608575", "Узел связи «Оңтүстік»", "III"),
    ], got


SAMPLES = [
    ("h", "Протокол контрольного опробования грунтов выемки. Участок демеркуризации, г. Темиртау"),
    (
        "t",
        "Таблица 1 – Содержание ртути в грунтах",
        [
            ["№ пробы", "Место отбора", "Ртуть, мг/кг", "ПДК, мг/кг"],
            ["Карта № 1", "", "", ""],
            ["П-1", "дно выемки", "3,1", "2,1"],
            ["П-1 (повторно)", "дно выемки", "0,9", "2,1"],
            ["П-2", "западная стенка", "1,2", "2,1"],
        ],
        [(1, 0, 1, 3)],
    ),
    (
        "t",
        "Таблица 2 – Подземные воды",
        [
            ["Скважина", "Показатель", "ПДК, мг/дм³", "III квартал 2025 г.", "IV квартал 2025 г."],
            ["Н-1", "Ртуть", "0,0005", "0,0002", "0,0004"],
            ["", "Сульфаты", "500", "320", "410"],
        ],
        [(1, 0, 2, 0)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_samples_of_one_substance_and_quarters_as_rounds(tmp_path, fmt):
    found = extracted(SAMPLES, tmp_path, "samples", fmt)
    got = sorted((x.substance.symbol, x.medium, x.point, x.value, x.limit) for x in found.limits)
    assert got == [
        ("Hg", "soil", "П-1", 0.9, 2.1),
        ("Hg", "soil", "П-1", 3.1, 2.1),
        ("Hg", "soil", "П-2", 1.2, 2.1),
        ("Hg", "water", "Н-1", 0.0002, 0.0005),
        ("Hg", "water", "Н-1", 0.0004, 0.0005),
        ("SO4", "water", "Н-1", 320.0, 500.0),
        ("SO4", "water", "Н-1", 410.0, 500.0),
    ], got


OUTLET = [
    ("h", "BÁO CÁO KẾT QUẢ VẬN HÀNH THỬ NGHIỆM – NHÀ MÁY NƯỚC GIẢI KHÁT AN PHÚ"),
    (
        "t",
        "Bảng 4. Kết quả phân tích nước thải",
        [
            ["TT", "Thông số", "Đơn vị", "NT1 – Nước thải đầu vào (chưa xử lý)", "NT2 – Nước thải sau xử lý", "", "QCVN 40:2011/BTNMT (cột B)"],
            ["", "", "", "12/05/2025", "12/05/2025", "13/05/2025", ""],
            ["1", "BOD5 (20°C)", "mg/l", "410", "31", "27,5", "50"],
            ["2", "COD", "mg/l", "720", "88", "95", "150"],
        ],
        [(0, 4, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 6, 1, 6)],
    ),
    (
        "t",
        "Bảng 5. Nồng độ khí thải dự báo theo khoảng cách",
        [
            ["TT", "Thông số", "Nồng độ dự báo tại x (m), µg/m3", "", "Giới hạn cho phép (trung bình 1 giờ), µg/m3"],
            ["", "", "x = 100", "x = 300", ""],
            ["1", "SO2", "140", "60", "350"],
        ],
        [(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1), (0, 4, 1, 4)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_inlet_and_figures_worked_out_are_judged_by_no_norm(tmp_path, fmt):
    found = extracted(OUTLET, tmp_path, "outlet", fmt)
    got = sorted((x.substance.symbol, x.point, x.value, x.limit) for x in found.limits)
    assert got == [
        ("BOD5", "NT2", 27.5, 50.0),
        ("BOD5", "NT2", 31.0, 50.0),
        ("COD", "NT2", 88.0, 150.0),
        ("COD", "NT2", 95.0, 150.0),
        ("SO2", None, None, 350.0),
    ], got


PLAN = [
    ("h", "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – DỰ ÁN NẠO VÉT KÊNH BA BÒ"),
    (
        "t",
        "Bảng 5.2. Chương trình quan trắc",
        [
            ["Ký hiệu", "Vị trí quan trắc", "Thông số"],
            ["1. Quan trắc không khí xung quanh – tần suất: 3 tháng/lần", "", ""],
            ["KK1", "Bãi chứa bùn", "Bụi tổng, H2S"],
            ["2. Quan trắc nước thải sau bể lắng của bãi chứa bùn nạo vét – tần suất: hằng tuần", "", ""],
            ["NT1", "Cửa xả bãi chứa bùn", "pH, TSS, Dioxin/Furan"],
        ],
        [(1, 0, 1, 2), (3, 0, 3, 2)],
    ),
    (
        "t",
        "Bảng 5.3. Quan trắc nước dưới đất",
        [
            ["TT", "Vị trí", "Ký hiệu", "Thông số", "Tần suất"],
            ["1", "Giếng khai thác số 1", "GK1", "pH, Amoni (tính theo N)", "06 tháng/lần"],
            ["2", "Giếng khai thác số 1 (đồng hồ đo)", "GK1", "Mực nước động, lưu lượng khai thác", "Liên tục"],
        ],
        [],
    ),
]


def _pairs(found):
    return sorted(
        (o.point, s.code or s.symbol, o.frequency) for o in found.obligations if o.kind == "monitoring" for s in o.substances
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plans_titles_give_medium_and_frequency_and_ids_stand_beside_places(tmp_path, fmt):
    found = extracted(PLAN, tmp_path, "plan", fmt)
    assert _pairs(found) == [
        ("GK1", "NH4+", "semiannual"),
        ("GK1", "pH", "semiannual"),
        ("KK1", "0333", "quarterly"),
        ("KK1", "2902", "quarterly"),
        ("NT1", "3620", "weekly"),
        ("NT1", "TSS", "weekly"),
        ("NT1", "pH", "weekly"),
    ], _pairs(found)


MATRIX = [
    ("h", "Программа производственного экологического контроля. Центр обработки данных АО «Qazaq Data»"),
    (
        "t",
        "Таблица 3 – План-график контроля на источниках",
        [
            ["№ ИЗА", "Источник", "Контролируемые вещества (код ЗВ)", "", ""],
            ["", "", "0301", "0337", "0322"],
            ["0001", "ДГУ-1, выхлопная труба", "И-1/г, Р-1/кв", "Р-1/кв", "–"],
            ["0002", "Вытяжка аккумуляторной", "–", "–", "Р-1/кв"],
        ],
        [(0, 2, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1)],
    ),
    ("p", "Условные обозначения: И – инструментальный метод, Р – расчетный метод; 1/кв – один раз в квартал, 1/г – один раз в год."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_legends_short_forms_are_frequencies(tmp_path, fmt):
    found = extracted(MATRIX, tmp_path, "matrix", fmt)
    got = sorted(
        (n, s.code, o.frequency) for o in found.obligations if o.kind == "monitoring" for n in o.source_numbers for s in o.substances
    )
    assert got == [
        ("0001", "0301", "quarterly"),
        ("0001", "0301", "yearly"),
        ("0001", "0337", "quarterly"),
        ("0002", "0322", "quarterly"),
    ], got


@pytest.mark.parametrize(
    ("text", "word"),
    [("1/кв", "quarterly"), ("Р-1/г", "yearly"), ("Е-1/тоқ", "quarterly"), ("А-1/ж", "yearly"), ("Bảo dưỡng quý", "quarterly"),
     ("0,5/год", None), ("10 т/год", None), ("kiểm tra tháng 3", None)],
)
def test_short_frequencies(text, word):
    f = frequency(text)
    assert (f.word if f else None) == word


PARTS = [
    ("h", "Проект нормативов допустимых выбросов. Хвостохранилище «Жезді»"),
    (
        "t",
        "Таблица 3.1 – Расчет выбросов пыли",
        [
            ["№ ИЗА", "Источник", "Код ЗВ", "Загрязняющее вещество", "Выброс, г/с", "Выброс, т/год"],
            ["6001", "Сухой пляж", "2908", "Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "0,356", "5,69"],
            ["", "", "0184", "в т.ч. Свинец и его соединения", "0,00349", "0,0558"],
            ["", "", "", "Итого по источнику", "0,356", "5,69"],
        ],
        [(1, 0, 2, 0), (1, 1, 2, 1)],
    ),
    (
        "t",
        "Таблица 6.1 – Отходы рекультивации",
        [
            ["№", "Наименование отхода", "Количество, м³ / т", "Код отхода"],
            ["1", "Лом черных металлов", "114 / 159,6", "17 04 05"],
            ["2", "Отработанные моторные масла", "9 / 8,1", "13 02 05*"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_part_with_its_own_code_and_an_amount_in_two_units(tmp_path, fmt):
    found = extracted(PARTS, tmp_path, "parts", fmt)
    emissions = sorted((e.source_number, e.substance.code, e.g_s, e.t_y) for e in found.emissions)
    assert emissions == [("6001", "0184", 0.00349, 0.0558), ("6001", "2908", 0.356, 5.69)], emissions
    wastes = sorted((w.code, w.amount_t) for w in found.wastes)
    assert wastes == [("13 02 05*", 8.1), ("17 04 05", 159.6)], wastes
