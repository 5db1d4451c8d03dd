"""Shift logs, remark columns and the amount of a waste among several, in files the tests write.

A round made in shifts (`I смена | II смена | III смена`, a slot or a dash in each) is a check made every day,
unless its remark says how often; a remark holds for its own row, never for the empty rows under it. Of several
amounts, a waste's is the year's, not one batch's; the amount formed, not the one a permit allows; the year's
total after the months; the total closing the rows of its intervals. A row citing two stages of a legend of
names is one waste, and a long word the lexicon lacks, wrapped in a PDF cell before one it knows, stays two words.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")

SHIFT_LOG = [
    ("h", "Журнал обхода цеха очистки сточных вод. Комбинат строительных материалов «Сарыарка»"),
    ("p", "В графе смены оператор ставит отметку о выполнении; прочерк означает, что в эту смену осмотр не выполняется."),
    (
        "t",
        "Таблица 1 – Перечень осмотров при обходе",
        [
            ["№", "Объект осмотра", "Что осматривается", "1 смена", "2 смена", "Примечание"],
            ["1", "Песколовка", "уровень осадка, работа скребка", "☐", "☐", ""],
            ["2", "Отстойник вертикальный", "вынос взвеси, пена", "☐", "—", "в начале смены"],
            ["3", "Иловые площадки", "заполнение карт, ограждение", "☐", "—", "по пятницам"],
            ["4", "Насосная станция перекачки", "утечки, шум подшипников", "—", "☐", ""],
            ["5", "Контейнерная площадка отходов", "маркировка тары, заполнение", "☐", "—", "ежемесячно, 1-го числа"],
            ["6", "Вентсистема В-2 (ИЗА 0004)", "работа вентилятора", "☐", "☐", ""],
        ],
        [],
    ),
]

CA_LOG = [
    ("h", "Sổ nhật ký vận hành hệ thống xử lý nước thải – Nhà máy gạch ốp lát Hưng Thịnh"),
    (
        "t",
        "Bảng 2. Nội dung kiểm tra khi giao ca",
        [
            ["STT", "Hạng mục", "Nội dung kiểm tra", "Ca 1", "Ca 2", "Ca 3", "Ghi chú"],
            ["1", "Bể điều hòa", "mực nước, máy khuấy", "x", "x", "x", ""],
            ["2", "Bể lắng", "bùn nổi, váng", "x", "-", "-", "hằng tuần vào thứ Hai"],
            ["3", "Máy ép bùn", "độ ẩm bánh bùn", "-", "x", "-", ""],
        ],
        [],
    ),
]


def _checks(found):
    return sorted((o.number, o.frequency) for o in found.obligations if o.kind == "inspection")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_slot_in_a_shift_is_a_daily_check_and_a_remark_stays_in_its_row(tmp_path, fmt):
    found = extracted(SHIFT_LOG, tmp_path, "shifts", fmt)
    assert _checks(found) == [
        ("1", "daily"),
        ("2", "daily"),
        ("3", "weekly"),
        ("4", "daily"),
        ("5", "monthly"),
        ("6", "daily"),
    ], _checks(found)


@pytest.mark.parametrize("fmt", FORMATS)
def test_vietnamese_shifts_ca_1_ca_2(tmp_path, fmt):
    found = extracted(CA_LOG, tmp_path, "ca", fmt)
    assert _checks(found) == [("1", "daily"), ("2", "weekly"), ("3", "daily")], _checks(found)


WASTES = [
    ("h", "Технологический регламент производства таблеток. ТОО «Шымкент Фарм Продукт»"),
    ("p", "Размер серии – 200 тыс. таблеток; в год выпускается 150 серий."),
    (
        "t",
        "Таблица 9.1 – Отходы производства",
        [
            ["№", "Наименование отхода", "Стадия", "Код отхода", "Количество на 1 серию, кг", "Количество в год, т"],
            ["1", "Брак таблеток и некондиционная масса", "ТС-2", "07 05 14", "3,5", "0,525"],
            ["2", "Нефтезагрязненный грунт после зачистки площадки", "ТС-1, ТС-4", "17 05 03*", "1,2", "0,18"],
            ["3", "Упаковка из-под субстанций", "ТС-1", "15 01 02", "2", "0,3"],
        ],
        [],
    ),
    ("t", "Справочно: стадии процесса", [["Код стадии", "Наименование стадии"], ["ТС-1", "Приемка сырья"], ["ТС-2", "Прессование"], ["ТС-4", "Зачистка"]], []),
    (
        "t",
        "Таблица 9.2 – Расчет объема шлама",
        [
            ["№", "Код отхода", "Наименование отхода", "Участок", "Объем, м³", "Масса, т"],
            ["1", "01 05 07", "Буровой шлам", "скважина 1", "10,5", "19,9"],
            ["", "", "", "скважина 2", "12", "22,8"],
            ["", "", "", "итого по отходу", "22,5", "42,7"],
            ["2", "16 10 02", "Буровые сточные воды", "скважины 1, 2", "150", "150"],
        ],
        [(1, 0, 3, 0), (1, 1, 3, 1), (1, 2, 3, 2)],
    ),
]

VI_WASTES = [
    ("h", "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY SỢI PHÚ AN"),
    (
        "t",
        "Bảng 2. Chất thải nguy hại",
        [
            ["TT", "Mã CTNH", "Tên chất thải", "Khối lượng theo giấy phép môi trường (kg/năm)", "Khối lượng phát sinh năm 2025 (kg)"],
            ["1", "18 02 01", "Giẻ lau dính dầu thải", "2.000", "1.250"],
            ["2", "16 01 06", "Bóng đèn huỳnh quang thải", "150", "62"],
        ],
        [],
    ),
    (
        "t",
        "Bảng 3. Sổ theo dõi chất thải rắn thông thường theo quý (tấn)",
        [
            ["TT", "Tên chất thải", "Khối lượng phát sinh theo quý (tấn)", "", "", "", "Cả năm"],
            ["", "", "Quý 1", "Quý 2", "Quý 3", "Quý 4", ""],
            ["1", "Xơ sợi phế phẩm", "12,5", "10", "-", "14,5", "37"],
            ["2", "Bao bì giấy thải", "-", "3,2", "2,8", "4", "10"],
        ],
        [(0, 2, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1), (0, 6, 1, 6)],
    ),
]


def _wastes(found):
    return sorted((w.code or "", w.amount_t) for w in found.wastes)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_waste_takes_the_years_amount_and_the_total_of_its_rows(tmp_path, fmt):
    found = extracted(WASTES, tmp_path, "wastes", fmt)
    assert _wastes(found) == [
        ("01 05 07", 42.7),
        ("07 05 14", 0.525),
        ("15 01 02", 0.3),
        ("16 10 02", 150.0),
        ("17 05 03*", 0.18),
    ], _wastes(found)
    soil = next(w for w in found.wastes if w.code == "17 05 03*")
    assert "Нефтезагрязненный грунт" in soil.name, soil.name


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_waste_takes_the_amount_formed_and_the_years_total(tmp_path, fmt):
    found = extracted(VI_WASTES, tmp_path, "vi_wastes", fmt)
    assert _wastes(found) == [("", 10.0), ("", 37.0), ("16 01 06*", 0.062), ("18 02 01*", 1.25)], _wastes(found)


def _word(text: str, x0: float, x1: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": 0.0, "bottom": 10.0}


@pytest.mark.parametrize(
    ("head", "tail", "cut"),
    [("Нефтезагрязненный", "грунт", False), ("топливозаправщи", "к", True), ("экологичес", "кого", True)],
)
def test_a_word_filling_a_pdf_cell_is_cut_only_when_the_lexicon_says_so(head, tail, cut):
    from extractor.parsers.pdf import _cut_by_width

    cell = (0.0, 0.0, 100.0, 40.0)
    assert _cut_by_width([_word(head, 2.0, 99.5)], [_word(tail, 2.0, 2.0 + 6.0 * len(tail))], cell) is cut
