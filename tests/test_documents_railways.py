"""Railway depots and repair works, in DOCX, PDF and text the tests write.

A yearly emission whose unit stands in a column of its own per row; an acceptance act whose parties each
have a BIN, the centre given as geodetic B and L; a city's list with `MSDN:` in the owner's cell; a
checklist whose checker column is headed by a verb; a log of batches, each judged against the norm of the
outlet it went out by, with `BOD5 (20°C)` no unit.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


YEAR_UNIT = [
    ("p", "Проект нормативов допустимых выбросов. Шпалопропиточный завод"),
    (
        "t",
        "Таблица 4 – Нормативы выбросов",
        [
            ["№ ИЗА", "Код ЗВ", "Наименование вещества", "Выброс, г/с", "Выброс за год", "Ед. изм."],
            ["0001", "1071", "Гидроксибензол (фенол)", "0,0031", "0,0812", "т"],
            ["", "0703", "Бенз/а/пирен", "0,00000041", "0,0093", "кг"],
            ["0002", "0708", "Нафталин", "0,0029", "0,419", "кг"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_yearly_figure_takes_the_unit_of_its_row(tmp_path, fmt):
    found = extracted(YEAR_UNIT, tmp_path, "year-unit", fmt)
    got = sorted((e.source_number, e.substance.code, e.t_y) for e in found.emissions)
    assert got == [("0001", "0703", 0.0000093), ("0001", "1071", 0.0812), ("0002", "0708", 0.000419)]


YEAR_UNIT_VI = [
    ("p", "Báo cáo đánh giá tác động môi trường – Xưởng sửa chữa toa xe"),
    (
        "t",
        "Bảng 3.2. Tải lượng khí thải",
        [
            ["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng năm", "Đơn vị"],
            ["1", "Ống khói lò hơi", "SO2", "0,212", "2,35", "tấn/năm"],
            ["2", "Buồng sơn toa xe", "Xylen", "0,0064", "84", "kg/năm"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_vietnamese_yearly_load_in_kilograms_by_its_row_becomes_tonnes(tmp_path, fmt):
    found = extracted(YEAR_UNIT_VI, tmp_path, "year-unit-vi", fmt)
    assert sorted((e.substance.symbol, e.t_y) for e in found.emissions) == [("C8H10", 0.084), ("SO2", 2.35)]


ACT = [
    ("p", "АКТ приемки в эксплуатацию локальных очистных сооружений пункта экипировки"),
    (
        "t",
        "1. Участники и сведения об объекте",
        [
            ["Участник / сведения", "Наименование", "БИН", "Документ"],
            ["Заказчик – оператор объекта", "ТОО «Темір Жол Экипировка»", "150240013840", "устав"],
            ["Подрядчик", "ТОО «Құрылыс Сервис Плюс»", "090640011181", "лицензия № 2210"],
            ["Наименование объекта", "Пункт экипировки локомотивов ст. Шалкар", "", ""],
            ["Местонахождение", "Актюбинская область, Шалкарский район, г. Шалкар, ст. Шалкар", "", ""],
            ["Координаты центра (WGS-84)", "B = 47°50′12,6″; L = 59°36′41,4″", "", ""],
            ["Категория объекта", "II", "", ""],
        ],
        [(3, 1, 3, 3), (4, 1, 4, 3), (5, 1, 5, 3), (6, 1, 6, 3)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_act_gives_the_first_partys_bin_and_geodetic_b_and_l(tmp_path, fmt):
    found = extracted(ACT, tmp_path, "act", fmt)
    assert len(found.facilities) == 1
    f = found.facilities[0]
    assert (f.bin, f.category, f.lat, f.lon) == ("150240013840", "II", 47.836833, 59.6115)


CITY_LIST = [
    ("p", "Danh sách cơ sở sửa chữa đầu máy, toa xe thuộc đối tượng cấp giấy phép môi trường"),
    (
        "t",
        "Bảng 1. Danh sách cơ sở",
        [
            ["TT", "Tên cơ sở", "Chủ cơ sở", "Địa chỉ", "Nhóm"],
            ["1", "Trạm bảo dưỡng toa xe Đông Anh", "Công ty Cổ phần Toa xe Bắc Hà MSDN: 0107771234", "thị trấn Đông Anh, Hà Nội", "II"],
            ["2", "Xưởng đầu máy Văn Điển", "Công ty TNHH Đầu máy Nam Hà MSDN: 0109992345", "huyện Thanh Trì, Hà Nội", "II"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_msdn_in_the_owners_cell_is_each_facilitys_number(tmp_path, fmt):
    found = extracted(CITY_LIST, tmp_path, "city-list", fmt)
    assert sorted(f.bin for f in found.facilities) == ["0107771234", "0109992345"]


CHECKS = [
    ("p", "График внутренних проверок экологических требований локомотивного депо"),
    (
        "t",
        "Таблица 1 – Проверки",
        [
            ["№", "Объект проверки", "Что проверяется", "Периодичность", "Проверяет"],
            ["1", "Нефтеловушка", "слой нефтепродукта", "еженедельно", "мастер ЛОС"],
            ["2", "Площадка накопления отходов", "маркировка контейнеров", "ежемесячно", "инженер-эколог"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_checker_column_headed_by_a_verb_gives_the_actor(tmp_path, fmt):
    found = extracted(CHECKS, tmp_path, "checks", fmt)
    got = sorted((o.frequency, o.actor) for o in found.obligations if o.kind == "inspection")
    assert got == [("monthly", "инженер-эколог"), ("weekly", "мастер ЛОС")]


BATCHES = [
    ("p", "Sổ theo dõi xả nước thải theo mẻ, quý II/2026"),
    (
        "t",
        "Bảng 1. Kết quả phân tích các mẻ nước thải (mg/l, trừ pH)",
        [
            ["Mẻ", "Ngày xả", "Điểm xả", "COD", "BOD5 (20°C)", "pH"],
            ["Giới hạn tại CX1 – QCVN 40:2011/BTNMT, cột B", "", "", "150", "50", "5,5 đến 9"],
            ["Giới hạn tại CX2 – theo thỏa thuận đấu nối", "", "", "400", "200", "5 đến 9"],
            ["M01", "04/04/2026", "CX1", "96", "41", "7,2"],
            ["M02", "11/04/2026", "CX2", "310", "150", "7,8"],
        ],
        [(1, 0, 1, 2), (2, 0, 2, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_batch_is_judged_against_its_own_outlets_norm(tmp_path, fmt):
    found = extracted(BATCHES, tmp_path, "batches", fmt)
    got = sorted((x.point, x.substance.symbol, x.value, x.limit, x.limit_min, x.unit, x.column) for x in found.limits)
    assert got == [
        ("CX1", "BOD5", 41.0, 50.0, None, "mg/l", "B"),
        ("CX1", "COD", 96.0, 150.0, None, "mg/l", "B"),
        ("CX1", "pH", 7.2, None, 5.5, None, "B"),
        ("CX2", "BOD5", 150.0, 200.0, None, "mg/l", None),
        ("CX2", "COD", 310.0, 400.0, None, "mg/l", None),
        ("CX2", "pH", 7.8, None, 5.0, None, None),
    ]
