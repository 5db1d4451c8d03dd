"""Hospitals, laboratories and medical-waste plants, in DOCX, PDF and text the tests write.

A calculation headed by its formula's symbols is read through the legend under it; a waste list keyed by the
hospital's own ciphers takes the classifier's codes from the table of ciphers; a passport's maker is not the
facility; a protocol's dated results are rounds, a column of requirements a second set of limits, `не менее` a
lower bound; a roster marked by weekday or by week of the month gives the frequency its marks make; a plan with a
frequency for another regime gives a duty for each; an act of reconciliation counts the amounts agreed on.
"""

from __future__ import annotations

import pytest
from genre_docs import extracted, have_fonts

FORMATS = ("docx", "pdf", "txt")
pytestmark = pytest.mark.skipif(not have_fonts(), reason="DejaVu fonts are needed for the PDFs")


SYMBOLS = [
    ("p", "Расчет выбросов от резервного дизель-генератора и котельной хирургического корпуса"),
    (
        "t",
        "Таблица 4 – Выбросы по удельным показателям",
        [
            ["Код", "Вещество", "Kᵢ", "Mᵢ", "Gᵢ"],
            ["0301", "Азота диоксид", "3,2", "0,0412", "0,118"],
            ["0337", "Углерод оксид", "6,5", "0,0837", "0,241"],
            ["0330", "Сера диоксид", "1,1", "0,0142", "0,0408"],
        ],
        [],
    ),
    ("p", "где: Kᵢ – удельный выброс, кг/т топлива; Mᵢ – максимальный выброс, г/с; Gᵢ – годовой выброс, т/год."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_headed_by_symbols_is_read_through_the_legend_under_it(tmp_path, fmt):
    found = extracted(SYMBOLS, tmp_path, "symbols", fmt)
    got = sorted((e.substance.code, e.g_s, e.t_y) for e in found.emissions)
    assert got == [("0301", 0.0412, 0.118), ("0330", 0.0142, 0.0408), ("0337", 0.0837, 0.241)]


STANDARD_COLUMNS = [
    ("p", "Giá trị giới hạn của quy chuẩn áp dụng cho nước mặt"),
    (
        "t",
        "Bảng 2. Giá trị giới hạn",
        [
            ["TT", "Thông số", "Đơn vị", "A1", "B1"],
            ["1", "BOD5 (20°C)", "mg/l", "4", "15"],
            ["2", "COD", "mg/l", "10", "30"],
        ],
        [],
    ),
    ("p", "Ghi chú: A1 – sử dụng cho mục đích cấp nước sinh hoạt; B1 – dùng cho mục đích tưới tiêu, thủy lợi."),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_legend_of_a_standards_columns_leaves_the_column_names_alone(tmp_path, fmt):
    found = extracted(STANDARD_COLUMNS, tmp_path, "columns", fmt)
    assert sorted((x.substance.symbol, x.column, x.limit) for x in found.limits) == [
        ("BOD5", "A1", 4.0), ("BOD5", "B1", 15.0), ("COD", "A1", 10.0), ("COD", "B1", 30.0)
    ]


CIPHERS = [
    ("p", "Обращение с медицинскими отходами в городской поликлинике № 3"),
    (
        "t",
        "Таблица 1 – Шифры отходов поликлиники",
        [
            ["Шифр", "Состав", "Код отхода", "Тара"],
            ["Б-1", "Использованные шприцы и иглы", "18 01 03*", "КБУ"],
            ["Б-2", "Перевязочный материал", "18 01 03*", "желтый пакет"],
            ["Г-1", "Просроченные лекарства", "18 01 09", "черный пакет"],
        ],
        [],
    ),
    (
        "t",
        "Таблица 2 – Образование отходов, т/год",
        [
            ["№", "Шифр", "Наименование", "Количество, т/год"],
            ["1", "Б-1", "Шприцы и иглы", "1,25"],
            ["2", "Б-2", "Перевязочный материал", "4,8"],
            ["3", "Г-1", "Лекарственные средства", "0,07"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_wastes_keyed_by_ciphers_take_the_codes_of_the_table_of_ciphers(tmp_path, fmt):
    found = extracted(CIPHERS, tmp_path, "ciphers", fmt)
    got = sorted((w.code, w.amount_t) for w in found.wastes)
    assert got == [("18 01 03*", 1.25), ("18 01 03*", 4.8), ("18 01 09", 0.07)]


PASSPORT = [
    ("p", "Паспорт автоклава для обеззараживания медицинских отходов"),
    (
        "t",
        "Таблица 1 – Паспортные данные",
        [
            ["№", "Показатель", "Значение"],
            ["1. Сведения об изготовителе", None, None],
            ["1.1", "Изготовитель", "ТОО «Медтехника Сервис»"],
            ["1.2", "БИН изготовителя", "141249882309"],
            ["1.3", "Адрес изготовителя", "г. Шымкент, ул. Заводская, 5"],
            ["2. Сведения о владельце", None, None],
            ["2.1", "Владелец", "ТОО «Таза Медицина»"],
            ["2.2", "БИН", "190148811684"],
            ["2.3", "Адрес", "г. Тараз, ул. Сулейменова, 12"],
        ],
        [(1, 0, 1, 2), (5, 0, 5, 2)],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_passports_maker_is_not_the_facility(tmp_path, fmt):
    found = extracted(PASSPORT, tmp_path, "passport", fmt)
    assert [f.bin for f in found.facilities] == ["190148811684"]
    assert all("Шымкент" not in (f.address or "") for f in found.facilities)


PROTOCOL = [
    ("p", "Протокол испытаний сточных вод № 77-СВ/26. Место отбора: КК-4 – выпуск в городскую канализацию."),
    (
        "t",
        "Результаты",
        [
            ["№", "Показатель", "Ед. изм.", "Результат (12.02.2026)", "Результат (14.05.2026)", "ДК", "Требования к обеззараженным водам"],
            ["1", "Водородный показатель (pH)", "ед. pH", "7,2", "7,6", "6,5–9", "6,5–8,5"],
            ["2", "ХПК", "мг/дм3", "120", "96", "500", "–"],
            ["3", "Хлор остаточный", "мг/дм3", "1,8", "2,4", "–", "не менее 1,5"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_protocols_dated_results_are_rounds_and_its_requirements_a_second_set_of_limits(tmp_path, fmt):
    found = extracted(PROTOCOL, tmp_path, "protocol", fmt)
    got = sorted((x.substance.symbol, x.point, x.value, x.limit, x.limit_min, x.limit_max) for x in found.limits)
    assert got == [
        ("COD", "КК-4", 96.0, 500.0, None, None),
        ("COD", "КК-4", 120.0, 500.0, None, None),
        ("Cl2", "КК-4", 1.8, None, 1.5, None),
        ("Cl2", "КК-4", 2.4, None, 1.5, None),
        ("pH", "КК-4", 7.2, None, 6.5, 8.5),
        ("pH", "КК-4", 7.2, None, 6.5, 9.0),
        ("pH", "КК-4", 7.6, None, 6.5, 8.5),
        ("pH", "КК-4", 7.6, None, 6.5, 9.0),
    ]


ROSTER = [
    ("p", "Недельный график отбора проб на очистных сооружениях больницы"),
    (
        "t",
        "График",
        [
            ["Точка отбора", "Показатель", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс", "Примечание"],
            ["ОС-1 – вход", "водородный показатель (pH)", "+", "+", "+", "+", "+", "+", "+", ""],
            ["", "аммоний-ион", "+", "", "", "+", "", "", "", ""],
            ["ОС-2 – выход", "растворенный кислород", "", "", "", "", "+", "", "", ""],
            ["", "БПК5", "", "", "+", "", "", "", "", "только во вторую среду месяца"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_weekly_roster_gives_the_frequency_its_marks_make_in_the_water_its_substances_say(tmp_path, fmt):
    found = extracted(ROSTER, tmp_path, "roster", fmt)
    got = sorted(
        (o.point, o.frequency or "", s.symbol or "") for o in found.obligations if o.kind == "monitoring" for s in o.substances
    )
    assert got == [("ОС-1", "", "NH4+"), ("ОС-1", "daily", "pH"), ("ОС-2", "monthly", "BOD5"), ("ОС-2", "weekly", "DO")]


WEEKS = [
    ("p", "Lịch giám sát quản lý chất thải y tế hằng tháng"),
    (
        "t",
        "Bảng 1. Lịch giám sát",
        [
            ["TT", "Khoa, phòng", "Nội dung giám sát", "Người giám sát", "Tuần 1", "Tuần 2", "Tuần 3", "Tuần 4"],
            ["1", "Khoa Hồi sức", "Phân loại chất thải lây nhiễm", "Điều dưỡng trưởng", "+", "+", "+", "+"],
            ["2", "Khoa Dược", "Lưu giữ thuốc hết hạn", "Dược sĩ phụ trách", "", "", "+", ""],
            ["3", "Nhà lưu giữ chất thải", "Nhiệt độ, thời gian lưu giữ", "Cán bộ môi trường", "+", "", "+", ""],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_months_chart_by_week_gives_weekly_monthly_or_no_frequency(tmp_path, fmt):
    found = extracted(WEEKS, tmp_path, "weeks", fmt)
    got = sorted((o.frequency or "", o.actor or "") for o in found.obligations if o.kind == "inspection")
    assert got == [("", "Cán bộ môi trường"), ("monthly", "Dược sĩ phụ trách"), ("weekly", "Điều dưỡng trưởng")]


REGIMES = [
    ("p", "План-график контроля инфекционной больницы"),
    (
        "t",
        "Таблица 3 – План-график",
        [
            ["№", "Объект контроля", "Показатели", "Периодичность в обычном режиме", "Периодичность при карантине"],
            ["1", "КК-1 – выпуск в канализацию", "общие колиформные бактерии", "1 раз в месяц", "еженедельно"],
            ["2", "КК-1 – выпуск в канализацию", "ХПК; БПК5", "1 раз в квартал", "без изменений"],
            ["3", "ИЗА 0003 – труба печи сжигания", "Азота диоксид (0301)", "1 раз в квартал", "ежемесячно"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_frequency_for_another_regime_gives_a_duty_for_each(tmp_path, fmt):
    found = extracted(REGIMES, tmp_path, "regimes", fmt)
    at_points = sorted(
        (o.point, o.frequency, s.symbol) for o in found.obligations if o.kind == "monitoring" and o.point for s in o.substances
    )
    assert at_points == [
        ("КК-1", "monthly", "Coliform"), ("КК-1", "quarterly", "BOD5"), ("КК-1", "quarterly", "COD"), ("КК-1", "weekly", "Coliform")
    ]
    at_source = sorted(
        o.frequency for o in found.obligations if o.kind == "monitoring" and "0003" in o.source_numbers
    )
    assert at_source == ["monthly", "quarterly"]


RECONCILED = [
    ("p", "Акт сверки объемов отходов, переданных на обезвреживание в 2025 году"),
    (
        "t",
        "Таблица 1 – Сверка",
        [
            ["№", "Код отхода", "Вид отходов", "По журналу заказчика, кг", "По взвешиванию исполнителя, кг", "Расхождение, кг", "Принято сторонами, кг"],
            ["1", "18 01 03*", "Острые предметы", "1 240", "1 198", "−42", "1 198"],
            ["2", "18 01 08*", "Цитостатики", "86", "91", "+5", "91"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_act_of_reconciliation_counts_the_amounts_agreed_on(tmp_path, fmt):
    found = extracted(RECONCILED, tmp_path, "reconciled", fmt)
    assert sorted((w.code, w.amount_t) for w in found.wastes) == [("18 01 03*", 1.198), ("18 01 08*", 0.091)]


BY_CAS = [
    ("p", "Tải lượng khí thải từ đơn vị tiệt khuẩn trung tâm"),
    (
        "t",
        "Bảng 3.4. Tải lượng các chất ô nhiễm",
        [
            ["TT", "Nguồn", "Thông số", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"],
            ["1", "Máy tiệt khuẩn khí", "Etylen oxit (CAS 75-21-8)", "0,00012", "0,0007"],
            ["2", "Máy giặt khô", "Tetracloetylen (CAS 127-18-4)", "0,0021", "0,015"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_pollutant_the_lists_name_otherwise_is_known_by_its_cas_number(tmp_path, fmt):
    found = extracted(BY_CAS, tmp_path, "by-cas", fmt)
    assert sorted((e.substance.code, e.substance.cas) for e in found.emissions) == [("0882", "127-18-4"), ("1611", "75-21-8")]


DUTIES = [
    ("p", "Должностная инструкция инженера-эколога городской больницы"),
    (
        "t",
        "2. Обязанности",
        [
            ["№", "Содержание обязанности"],
            ["2.1", "Ежедневно, в начале смены, осматривает места временного хранения отходов класса Б и их маркировку"],
            ["2.2", "Один раз в месяц проверяет работу установки обеззараживания сточных вод и записи в журнале"],
            ["2.3", "Ежеквартально, до 10 числа, представляет главному врачу отчет о выполнении программы контроля"],
            ["2.4", "При аварийном сбросе или жалобе жителей проводит внеплановый осмотр выпуска в городскую канализацию"],
            ["2.5", "Результаты осмотра и проверки оформляет актами и хранит их не менее пяти лет"],
        ],
        [],
    ),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_job_descriptions_checks_are_its_scheduled_and_unscheduled_checks_not_its_reports(tmp_path, fmt):
    found = extracted(DUTIES, tmp_path, "duties", fmt)
    got = sorted((o.number, o.frequency or "") for o in found.obligations if o.kind == "inspection")
    assert got == [("2.1", "daily"), ("2.2", "monthly"), ("2.4", "")]
