"""Measured blind once (part T of the eighth blind set, 0.736 at c9d8965, 2026-12-04), then studied and tuned on:
now a tuning layout. What follows is its writer's description.

The held-out part, continued (a ninth blind set, two layouts per role, `T1` and `T2`): never used for
tuning, written by someone who neither ran the extractor on them nor read it.

Theme: municipal and utility facilities — sewage treatment plants (КОС, trạm/nhà máy xử lý nước thải), landfills
and waste-sorting complexes, district-heating boiler houses, hospitals — in the documents of akimats and of their
state utility enterprises (ГКП на ПХВ) in Kazakhstan, many written natively in Kazakh, and of provincial People's
Committees (UBND tỉnh), Sở Nông nghiệp và Môi trường and public or private hospitals in Vietnam.

Facility: an akimat resolution's annex listing the landfills of the region, the district merged down the first
column, an operator running two sites on two rows with one BIN, the coordinates on a second line of the place cell
(VI: a provincial decision's list of landfills, the district merged down); a card of main indicators with a unit
column between the label and the value (beds, hectares, staff, m3 a day beside BIN, KATO, OKED, coordinates and the
category). Emissions: the odour sources of a sewage plant, each structure merged over its pollutants with its
evaporating area, the code after the name, a total row (VI: the plant's structures with the emission factor per m2,
loads in g/s and kg a year); a category III operator's declaration: a table of sources with their height, diameter
and decimal coordinates, then the declared emissions with the source's number on every row under a merged
`declared period` header (VI: a hospital's inventory of a year's emissions in tonnes only, by stack, with the method
of each). Wastes: a hospital's medical wastes by class (А, Б, Г) with kilograms per quarter and the year's total (VI:
the annual report form of medical wastes under group rows, kg with what was treated on site and what was handed
over); a sorting complex's material balance, the mixed municipal waste coming in and the fractions going out with
their shares (VI: a sorting and composting plant's balance in tonnes a year, no codes). Limits: a hospital's
discharges to the city sewer against the acceptance limits, the unit inside the parameter's cell, two laboratory
protocols as sub-columns (VI: QCVN 28:2010/BTNMT column B multiplied by K = 1,2, microbiological rows `KPH`);
groundwater wells around a landfill as rows with the ПДК written inside each parameter's column header and
exceedances starred (VI: QCVN 09:2023 inside the headers). Monitoring: a sewage plant's laboratory schedule by stage
of treatment, each point merged over rows of parameter groups with their own frequency, daily and weekly ones among
them; a landfill's plan mixing sources (`ИЗА № 6001`) and points, the substances written `code – name` and separated
by semicolons (VI: the landfill's points with the substances written as formulas). Inspections: an akimat's (VI: a
People's Committee's) schedule of inspections of municipal waste objects with the weekday or the week written in the
frequency cell; a hospital's control of medical-waste handling with one frequency column per checker under a merged
header (a unit checked by two or three people, each at their own frequency). Tasks: an akimat's plan whose
responsible bodies appear only in group rows spanning the table above their measures; a heating enterprise's plan
with the expected cut of emissions in t/year per substance as sub-columns (VI: a hospital's plan to upgrade its
sewage plant with the expected cut of loads in kg a day per parameter) — figures that are neither emissions nor
limits.

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells
between `|`, `^` for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .layouts_measured3 import DRINK, GROUND_VN
from .limits_data import add, cell, limit
from .obligations_data import task
from .registry import ROLES, Layout
from .sources_data import Source, emission, expect_sources, total

TEXT: dict[str, tuple[str, str, str]] = {}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _list(doc: Doc, key: str) -> list[str]:
    return _t(doc, key).split("|")


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose one cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _dms(value: float) -> tuple[str, float]:
    """An angle in whole degrees, minutes and seconds and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = int(round(((value - d) * 60 - m) * 60))
    if s == 60:
        m, s = m + 1, 0
    if m == 60:
        d, m = d + 1, 0
    return f"{d}°{m:02d}'{s:02d}\"", d + m / 60 + s / 3600


# words for the frequencies common.FREQ does not give
DAILY = {"ru": ("ежедневно", "ежесуточно"), "kk": ("күн сайын", "тәулігіне 1 рет"), "vi": ("Hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("1 раз в неделю", "еженедельно"), "kk": ("аптасына 1 рет", "апта сайын"), "vi": ("01 lần/tuần", "Hằng tuần")}


def _say(doc: Doc, word: str) -> str:
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# ---------------------------------------------------------------- facility

TEXT |= {
    "fac1.annex": ("Приложение\nк постановлению акимата Карагандинской области\nот {day} марта 2025 года № {n}/02",
                   "Қарағанды облысы әкімдігінің\n2025 жылғы {day} наурыздағы\n№ {n}/02 қаулысына қосымша",
                   "Phụ lục\n(Kèm theo Quyết định số {n}/QĐ-UBND ngày {day}/3/2025 của Ủy ban nhân dân tỉnh Bắc Giang)"),
    "fac1.h": ("Перечень объектов размещения твердых бытовых отходов, эксплуатируемых коммунальными предприятиями "
               "и организациями области",
               "Облыстың коммуналдық кәсіпорындары мен ұйымдары пайдаланатын қатты тұрмыстық қалдықтарды орналастыру "
               "объектілерінің тізбесі",
               "DANH MỤC CÁC BÃI CHÔN LẤP, KHU XỬ LÝ CHẤT THẢI RẮN SINH HOẠT TRÊN ĐỊA BÀN TỈNH"),
    "fac1.head": ("№ п/п|Район (город)|Наименование объекта|Эксплуатирующая организация|БИН|Местоположение, "
                  "географические координаты|Площадь, га|Проектная вместимость, тыс. т|Категория объекта",
                  "Р/с №|Аудан (қала)|Объектінің атауы|Пайдаланушы ұйым|БСН|Орналасқан жері, географиялық "
                  "координаттары|Ауданы, га|Жобалық сыйымдылығы, мың т|Объект санаты",
                  "TT|Đơn vị hành chính|Tên bãi chôn lấp, khu xử lý|Đơn vị quản lý, vận hành|Mã số doanh nghiệp|"
                  "Địa điểm|Diện tích (ha)|Công suất tiếp nhận (tấn/ngày)|Hiện trạng"),
    "fac1.note": ("Примечание: ТБО – твердые бытовые отходы; ГКП на ПХВ – государственное коммунальное предприятие на "
                  "праве хозяйственного ведения; категория объекта – согласно приложению 2 к Экологическому кодексу РК.",
                  "Ескертпе: ҚТҚ – қатты тұрмыстық қалдықтар; ШЖҚ МКК – шаруашылық жүргізу құқығындағы мемлекеттік "
                  "коммуналдық кәсіпорын; объект санаты – ҚР Экологиялық кодексінің 2-қосымшасына сәйкес.",
                  "Ghi chú: CTRSH – chất thải rắn sinh hoạt; công suất tiếp nhận tính theo khối lượng CTRSH trung bình "
                  "năm 2024."),
    "fac1.state": ("", "", "Đang vận hành|Đang vận hành, sắp đầy|Đã đóng cửa một phần, đang cải tạo ô chôn lấp số 1"),
}  # fmt: skip
# district: [(site, operator, place)] — an operator named twice runs two sites (one BIN)
LANDFILLS = {
    "ru": (
        ("г. Караганда", (("Полигон твердых бытовых отходов г. Караганды", "ТОО «Тазалык-Караганда»",
                           "3,5 км к юго-западу от г. Караганды"),
                          ("Мусоросортировочный комплекс с полигоном захоронения «Майкудук»", "ТОО «Эко Ресайклинг Караганда»",
                           "промзона Майкудук, г. Караганда"))),
        ("г. Темиртау", (("Полигон ТБО г. Темиртау", "ГКП на ПХВ «Темиртау Тазалык» акимата г. Темиртау",
                          "2 км к северу от г. Темиртау"),)),
        ("Бухар-Жырауский район", (("Полигон ТБО п. Ботакара", "ГКП на ПХВ «Бухар-Жырау Коммунхоз»", "1,8 км к востоку от п. Ботакара"),
                                   ("Полигон ТБО с. Доскей", "ГКП на ПХВ «Бухар-Жырау Коммунхоз»", "1,2 км к югу от с. Доскей"))),
        ("Осакаровский район", (("Полигон ТБО п. Осакаровка", "ГКП на ПХВ «Осакаровка Су-Жылу»", "3 км к северо-востоку от п. Осакаровка"),
                                ("Полигон ТБО п. Молодежный", "ГКП на ПХВ «Осакаровка Су-Жылу»", "2,5 км к северу от п. Молодежный"))),
    ),
    "kk": (
        ("Қарағанды қаласы", (("Қарағанды қаласының қатты тұрмыстық қалдықтар полигоны", "«Тазалық-Қарағанды» ЖШС",
                               "Қарағанды қаласынан оңтүстік-батысқа қарай 3,5 км"),
                              ("«Майқұдық» қоқыс сұрыптау кешені және көму полигоны", "«Эко Ресайклинг Қарағанды» ЖШС",
                               "Майқұдық өнеркәсіптік аймағы, Қарағанды қ."))),
        ("Теміртау қаласы", (("Теміртау қаласының ҚТҚ полигоны", "Теміртау қаласы әкімдігінің «Теміртау Тазалық» ШЖҚ МКК",
                              "Теміртау қаласынан солтүстікке қарай 2 км"),)),
        ("Бұқар жырау ауданы", (("Ботақара кентінің ҚТҚ полигоны", "«Бұқар жырау Коммунхоз» ШЖҚ МКК", "Ботақара кентінен шығысқа қарай 1,8 км"),
                                ("Доскей ауылының ҚТҚ полигоны", "«Бұқар жырау Коммунхоз» ШЖҚ МКК", "Доскей ауылынан оңтүстікке қарай 1,2 км"))),
        ("Осакаров ауданы", (("Осакаровка кентінің ҚТҚ полигоны", "«Осакаровка Су-Жылу» ШЖҚ МКК",
                              "Осакаровка кентінен солтүстік-шығысқа қарай 3 км"),
                             ("Молодежный кентінің ҚТҚ полигоны", "«Осакаровка Су-Жылу» ШЖҚ МКК", "Молодежный кентінен солтүстікке қарай 2,5 км"))),
    ),
    "vi": (
        ("Thành phố Bắc Giang", (("Bãi chôn lấp chất thải rắn Đa Mai", "Công ty Cổ phần Môi trường và Dịch vụ đô thị Bắc Giang",
                                  "phường Đa Mai, thành phố Bắc Giang"),)),
        ("Huyện Lạng Giang", (("Khu xử lý chất thải rắn sinh hoạt Xuân Hương", "Công ty Cổ phần Đầu tư và Phát triển Môi trường Lạng Giang",
                               "xã Xuân Hương, huyện Lạng Giang"),
                              ("Bãi chôn lấp chất thải rắn sinh hoạt xã Yên Mỹ", "Công ty Cổ phần Đầu tư và Phát triển Môi trường Lạng Giang",
                               "xã Yên Mỹ, huyện Lạng Giang"))),
        ("Huyện Lục Nam", (("Bãi chôn lấp chất thải rắn sinh hoạt xã Bảo Sơn", "Công ty TNHH Một thành viên Môi trường đô thị Lục Nam",
                            "xã Bảo Sơn, huyện Lục Nam"),
                           ("Bãi chôn lấp chất thải rắn sinh hoạt thị trấn Đồi Ngô", "Công ty TNHH Một thành viên Môi trường đô thị Lục Nam",
                            "thị trấn Đồi Ngô, huyện Lục Nam"))),
        ("Huyện Yên Thế", (("Bãi chôn lấp chất thải rắn sinh hoạt thị trấn Phồn Xương", "Hợp tác xã Dịch vụ Môi trường Yên Thế",
                            "thị trấn Phồn Xương, huyện Yên Thế"),)),
    ),
}  # fmt: skip


def facility_t1(doc: Doc) -> None:
    """An akimat resolution's annex: the landfills of the region, the district merged down the first column, an operator
    that runs two sites on two rows with the same BIN, the coordinates on a second line of the place cell, area and
    capacity columns, a note row (VI: a provincial decision's list of landfills, the district merged down, the capacity
    in t/day and the state of each; no coordinates)."""
    vi = doc.lang == "vi"
    doc.p(_t(doc, "fac1.annex").format(day=doc.rng.randint(2, 28), n=doc.rng.randint(11, 240)))
    doc.h(_t(doc, "fac1.h"))
    districts = sorted(doc.rng.sample(range(4), 3))
    head = _row(doc, "fac1.head")
    rows, merges, n, bins = [head], [], 0, {}
    lat0, lon0 = doc.rng.uniform(49.5, 50.3), doc.rng.uniform(72.4, 73.6)
    for d in districts:
        district, sites = LANDFILLS[doc.lang][d]
        start = len(rows)
        for site, operator, place in sites:
            n += 1
            bins.setdefault(operator, make_msdn(doc.rng) if vi else make_bin(doc.rng))
            lead = district if len(rows) == start else None
            area = num(round(doc.rng.uniform(2.5, 38), 1), doc.lang)
            if vi:
                capacity = num(doc.rng.randint(3, 60) * 5, "vi")
                rows.append([str(n), lead, site, operator, bins[operator], place, area, capacity, doc.pick(_list(doc, "fac1.state"))])
                doc.add("facilities", {"bin": bins[operator], "name_contains": site})
                continue
            (lat, lat_v), (lon, lon_v) = _dms(lat0 + doc.rng.uniform(-0.6, 0.6)), _dms(lon0 + doc.rng.uniform(-0.8, 0.8))
            coords = doc.v(f"{lat} с.ш., {lon} в.д.", f"{lat} с.е., {lon} ш.б.", "")
            cat = doc.pick(("I", "II"))
            capacity = num(doc.rng.randint(8, 260) * 5, doc.lang)
            rows.append([str(n), lead, site, operator, bins[operator], f"{place}\n{coords}", area, capacity, cat])
            doc.add("facilities", {"bin": bins[operator], "name_contains": site, "category": cat, "lat": lat_v, "lon": lon_v})
        _down(rows, start, 1, merges)
    _span(rows, merges, _t(doc, "fac1.note"), len(head))
    doc.table(None, rows, merges, role="facility")
    maybe_distractor(doc, 0.25)


TEXT |= {
    "fac2.title": ("Программа производственного экологического контроля на 2026–2028 годы",
                   "2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                   "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG"),
    "fac2.h": ("1. Общие сведения об объекте", "1. Объект туралы жалпы мәліметтер", "Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "fac2.p": ("Основные показатели объекта приведены в таблице 1.1.", "Объектінің негізгі көрсеткіштері 1.1-кестеде келтірілген.",
               "Các thông tin chính về cơ sở được tổng hợp tại Bảng 1.1."),
    "fac2.head": ("№|Наименование показателя|Ед. изм.|Значение", "№|Көрсеткіштің атауы|Өлш. бірл.|Мәні",
                  "TT|Nội dung|Đơn vị tính|Thông tin, số liệu"),
    "fac2.labels": ("Полное наименование организации|Бизнес-идентификационный номер|Наименование объекта|"
                    "Юридический и фактический адрес|Код КАТО|Код ОКЭД|Географические координаты центра площадки|"
                    "Категория объекта",
                    "Ұйымның толық атауы|Бизнес-сәйкестендіру нөмірі|Объектінің атауы|Заңды және нақты мекенжайы|ҚАТО коды|"
                    "ЭҚЖЖ коды|Алаң ортасының географиялық координаттары|Объект санаты",
                    "Tên chủ cơ sở|Mã số doanh nghiệp|Tên cơ sở|Địa chỉ|-|-|Tọa độ trung tâm khu đất (WGS-84)|"
                    "Phân loại theo tiêu chí về môi trường"),
    "fac2.deg": ("град.", "град.", "độ"),
    "fac2.caption": ("Таблица 1.1 – Основные показатели объекта", "1.1-кесте – Объектінің негізгі көрсеткіштері",
                     "Bảng 1.1. Thông tin chung và quy mô của cơ sở"),
}  # fmt: skip
# (name, operator, address, OKED, (lat, lon), indicators [(label, unit, low, high, digits)])
UTILITIES = {
    "ru": (
        ("Многопрофильная городская больница № 2", "ГКП на ПХВ «Многопрофильная городская больница № 2» акимата города Астаны",
         "г. Астана, район Сарыарка, ул. Жубанова, 27", "86101", (51.165, 71.405),
         (("Коечный фонд", "коек", 250, 600, 0), ("Площадь территории", "га", 2.5, 7, 1),
          ("Численность персонала", "чел.", 600, 1500, 0), ("Водопотребление", "м3/сут", 180, 520, 0))),
        ("Канализационные очистные сооружения г. Кокшетау", "ГКП на ПХВ «Кокшетау Су Арнасы» акимата города Кокшетау",
         "Акмолинская область, г. Кокшетау, промышленная зона «Северная», 14", "37000", (53.315, 69.372),
         (("Проектная производительность", "м3/сут", 30000, 60000, -3), ("Площадь территории", "га", 18, 35, 1),
          ("Численность персонала", "чел.", 60, 140, 0), ("Протяженность отводящего коллектора", "км", 3, 12, 1))),
    ),
    "kk": (
        ("Көпбейінді облыстық аурухана", "Ақмола облысы денсаулық сақтау басқармасының шаруашылық жүргізу құқығындағы "
         "«Көпбейінді облыстық аурухана» МКК", "Ақмола облысы, Көкшетау қ., Ақан сері көшесі, 22", "86101", (53.284, 69.391),
         (("Төсек қоры", "төсек", 300, 700, 0), ("Аумағының ауданы", "га", 3, 8, 1),
          ("Қызметкерлер саны", "адам", 700, 1600, 0), ("Су тұтыну", "м3/тәул", 200, 600, 0))),
        ("Талдықорған қаласының кәріз тазарту құрылыстары", "Талдықорған қаласы әкімдігінің «Талдықорған Су Арнасы» ШЖҚ МКК",
         "Жетісу облысы, Талдықорған қ., Өндіріс аймағы, 5", "37000", (45.035, 78.352),
         (("Жобалық өнімділігі", "м3/тәул", 25000, 50000, -3), ("Аумағының ауданы", "га", 15, 30, 1),
          ("Қызметкерлер саны", "адам", 50, 120, 0), ("Бұру коллекторының ұзындығы", "км", 2, 9, 1))),
    ),
    "vi": (
        ("Bệnh viện Đa khoa Tâm An Đồng Nai", "Công ty Cổ phần Bệnh viện Tâm An Đồng Nai",
         "Số 1048A Phạm Văn Thuận, phường Tân Mai, thành phố Biên Hòa, tỉnh Đồng Nai", "", (10.958, 106.843),
         (("Quy mô", "giường bệnh", 150, 290, 0), ("Diện tích khu đất", "m2", 8000, 16000, -2),
          ("Số lượng cán bộ, nhân viên", "người", 300, 700, 0), ("Lưu lượng nước thải lớn nhất", "m3/ngày.đêm", 150, 350, 0))),
        ("Nhà máy xử lý nước thải tập trung phường Bình Minh", "Công ty Cổ phần Thoát nước và Xử lý nước thải Bình Minh",
         "Phường Bình Minh, thành phố Thủ Dầu Một, tỉnh Bình Dương", "", (10.982, 106.652),
         (("Công suất thiết kế", "m3/ngày.đêm", 10000, 25000, -3), ("Diện tích", "ha", 3, 8, 1),
          ("Số lao động", "người", 25, 60, 0), ("Chiều dài mạng lưới thu gom", "km", 20, 60, 1))),
    ),
}  # fmt: skip


def facility_t2(doc: Doc) -> None:
    """A card of the object's main indicators with a unit column between the label and the value: the identity lines
    (a dash for their unit) mixed with beds or capacity, area, staff and water use; decimal coordinates in degrees
    with `с.ш.` / `в.д.`, the category as a numeral (VI: a private hospital or a sewage plant in a GPMT application, the
    group `Nhóm II`, no KATO or OKED)."""
    vi = doc.lang == "vi"
    name, operator, address, oked, (lat0, lon0), indicators = doc.pick(UTILITIES[doc.lang])
    doc.h(_t(doc, "fac2.title"))
    doc.p(doc.v(f"Объект: {name}.", f"Объект: {name}.", f"Cơ sở: {name}."))
    doc.h(_t(doc, "fac2.h"))
    doc.p(_t(doc, "fac2.p"))
    bin_ = make_msdn(doc.rng) if vi else make_bin(doc.rng)
    kato = make_kato(doc.rng)
    lat, lon = round(lat0 + doc.rng.uniform(-0.02, 0.02), 5), round(lon0 + doc.rng.uniform(-0.02, 0.02), 5)
    cat = doc.pick(("II", "III"))
    coords = doc.v(
        f"{num(lat, 'ru', False)}° с.ш.; {num(lon, 'ru', False)}° в.д.",
        f"{num(lat, 'kk', False)}° с.е.; {num(lon, 'kk', False)}° ш.б.",
        f"{num(lat, 'vi', False)}° N; {num(lon, 'vi', False)}° E",
    )
    labels = _list(doc, "fac2.labels")
    values = [operator, bin_, name, address, kato, oked, coords, doc.v(cat, f"{cat} санат", f"Nhóm {cat}")]
    lines = [(label, "–", value) for label, value in zip(labels, values, strict=True) if label != "-"]
    lines[-2] = (lines[-2][0], _t(doc, "fac2.deg"), lines[-2][2])
    measures = []
    for label, unit, low, high, digits in indicators:
        x = round(doc.rng.uniform(low, high), digits)
        measures.append((label, unit, num(x if digits > 0 else int(x), doc.lang)))
    lines = lines[:4] + measures + lines[4:]
    rows = [_row(doc, "fac2.head")]
    rows += [[f"{k}.", label, unit, value] for k, (label, unit, value) in enumerate(lines, 1)]
    doc.table(_t(doc, "fac2.caption"), rows, role="facility")
    out = {"bin": bin_, "name_contains": name, "category": cat, "lat": lat, "lon": lon}
    if not vi:
        out.update(kato=kato, oked=oked)
    doc.add("facilities", out)
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

TEXT |= {
    "em1.title": ("Раздел «Охрана окружающей среды» к рабочему проекту «Реконструкция канализационных очистных сооружений»",
                  "«Кәріз тазарту құрылыстарын реконструкциялау» жұмыс жобасына «Қоршаған ортаны қорғау» бөлімі",
                  "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NÂNG CÔNG SUẤT NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG"),
    "em1.p": ("Источниками выделения загрязняющих веществ являются открытые поверхности сооружений очистки (неорганизованные "
              "источники) и здание решеток, оборудованное вытяжной вентиляцией (организованный источник). Выбросы определены "
              "по удельным показателям выделения с единицы площади испаряющей поверхности.",
              "Ластаушы заттардың бөлініп шығу көздері – тазарту құрылыстарының ашық беттері (ұйымдастырылмаған көздер) және "
              "сорып шығару желдеткішімен жабдықталған торлар ғимараты (ұйымдастырылған көз). Шығарындылар булану бетінің "
              "бірлік ауданынан бөлінетін үлестік көрсеткіштер бойынша анықталды.",
              "Khí gây mùi (H2S, NH3, CH4) phát sinh từ bề mặt các công trình xử lý hở; tải lượng được tính theo hệ số phát "
              "thải trên một đơn vị diện tích bề mặt và thời gian vận hành 8.760 giờ/năm."),
    "em1.head": ("Сооружение (источник выделения)|№ источника выброса|Площадь испаряющей поверхности, м2|"
                 "Наименование загрязняющего вещества|Код ЗВ|Выброс, г/с|Выброс, т/год",
                 "Құрылыс (бөліну көзі)|Шығарынды көзінің №|Булану бетінің ауданы, м2|Ластаушы заттың атауы|ЛЗ коды|"
                 "Шығарынды, г/с|Шығарынды, т/жыл",
                 "TT|Hạng mục công trình|Diện tích bề mặt (m2)|Chất ô nhiễm|Hệ số phát thải (g/m2.giờ)|Tải lượng (g/s)|"
                 "Tải lượng (kg/năm)"),
    "em1.total": ("Всего по очистным сооружениям", "Тазарту құрылыстары бойынша барлығы", "Tổng cộng"),
    "em1.caption": ("Таблица 4.3 – Выбросы загрязняющих веществ от сооружений очистки сточных вод в период эксплуатации",
                    "4.3-кесте – Пайдалану кезеңінде ағынды суларды тазарту құрылыстарынан ластаушы заттар шығарындылары",
                    "Bảng 3.9. Tải lượng khí gây mùi phát sinh từ các công trình của nhà máy trong giai đoạn vận hành"),
}  # fmt: skip
EXTRA_AIR = {"1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)", "")}
"""A pollutant of sewage plants that vocab does not list, named as corpus/air_pollutants.csv names it."""
# (RU, KK, VI names), organised?, (low, high) m2, codes
STRUCTURES = (
    (("Здание решеток (вытяжная вентиляция)", "Торлар ғимараты (сорып шығару желдеткіші)", "Bể thu gom, song chắn rác"),
     True, (40, 90), ("0333", "0303", "1715")),
    (("Песколовки", "Құм ұстағыштар", "Bể lắng cát"), False, (60, 240), ("0333", "0303", "0410")),
    (("Первичные отстойники", "Бастапқы тұндырғыштар", "Bể điều hòa"), False, (600, 2400), ("0333", "0303", "0410", "1715")),
    (("Аэротенки", "Аэротенктер", "Bể sinh học hiếu khí (Aerotank)"), False, (1500, 5200), ("0303", "0333")),
    (("Иловые площадки", "Лай алаңдары", "Bể nén bùn và nhà ép bùn"), False, (800, 6000), ("0333", "0303", "0410", "1715")),
)


def _air_name(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA_AIR:
        return EXTRA_AIR[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def emissions_t1(doc: Doc) -> None:
    """Odour sources of a sewage plant: each structure (source of release) with its number and its evaporating area
    merged over its pollutants, the name before the code, `г/с | т/год`, a total row; the structures' numbers the
    Kazakh way (the ventilated grate building 0001, open tanks 6001…) (VI: the plant's structures with no numbers, an
    emission factor in g/m2 per hour, loads in g/s and in kg a year)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "em1.title"))
    doc.p(_t(doc, "em1.p"))
    picked = [0, *sorted(doc.rng.sample(range(1, len(STRUCTURES)), 3))]
    rows, merges = [_row(doc, "em1.head")], []
    sources, items, unorg = [], [], 0
    for k, i in enumerate(picked, 1):
        names, organized, (low, high), codes = STRUCTURES[i]
        if vi:
            codes = tuple(c for c in codes if c not in EXTRA_AIR)
        number = "0001" if organized else f"{6001 + unorg:04d}"
        unorg += 0 if organized else 1
        area = doc.rng.randint(low, high)
        sources.append(Source(number, names[vocab.LANGS.index(doc.lang)], organized, codes))
        start = len(rows)
        for code in codes:
            g_s = rate(doc.rng, 0.0002, 0.06 if code != "0410" else 0.4, 3)
            first = len(rows) == start
            if vi:
                kg = _sig(g_s * 31536, 4)
                factor = _sig(g_s * 3600 / area, 3)
                rows.append([str(k) if first else None, names[2] if first else None, num(area, "vi") if first else None,
                             vocab.air(code, "vi", doc.rng.randrange(2)), num(factor, "vi"), num(g_s, "vi"), num(kg, "vi")])
                items.append((g_s, kg))
                doc.add("emissions", emission(code, g_s, kg / 1000, period="operation"))
                continue
            t_y = _sig(g_s * 31.536, 4)
            lead = [sources[-1].name, number, "–" if organized else num(area, doc.lang)] if first else [None, None, None]
            rows.append([*lead, _air_name(doc, code), code, num(g_s, doc.lang), num(t_y, doc.lang)])
            items.append((g_s, t_y))
            doc.add("emissions", emission(code, g_s, t_y, number, period="operation"))
        merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 2)]
    sums = [total(doc, [x[0] for x in items]), total(doc, [x[1] for x in items])]
    rows.append([_t(doc, "em1.total"), None, None, None, None, *sums])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(_t(doc, "em1.caption"), rows, merges, role="emissions")
    if not vi:
        expect_sources(doc, sources)
    maybe_distractor(doc)


TEXT |= {
    "em2.title": ("Декларация о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларация",
                  "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "em2.p": ("Декларант: {operator}. Объект III категории: {name}. Котельная работает в отопительный период "
              "продолжительностью 213 суток (5 112 ч); топливо – каменный уголь, резервное – дизельное топливо.",
              "Декларант: {operator}. III санаттағы объект: {name}. Қазандық ұзақтығы 213 тәулік (5 112 сағ) жылыту "
              "маусымында жұмыс істейді; отын – тас көмір, резервтік отын – дизель отыны.",
              "Cơ sở: {name} ({operator}). Phụ lục 2. Kết quả kiểm kê phát thải bụi, khí thải từ các nguồn thải của "
              "bệnh viện năm 2025."),
    "em2.src.caption": ("Таблица 1 – Характеристика источников выбросов загрязняющих веществ",
                        "1-кесте – Ластаушы заттар шығарындылары көздерінің сипаттамасы", ""),
    "em2.src.head": ("№ источника|Наименование источника|Тип источника|Высота, м|Диаметр устья, м|Координаты (широта; долгота), град.",
                     "Көздің №|Көздің атауы|Көздің түрі|Биіктігі, м|Сағасының диаметрі, м|Координаттары (ендік; бойлық), град.", ""),
    "em2.types": ("организованный|неорганизованный", "ұйымдастырылған|ұйымдастырылмаған", ""),
    "em2.caption": ("Таблица 2 – Декларируемое количество выбросов загрязняющих веществ",
                    "2-кесте – Ластаушы заттар шығарындыларының мәлімделетін саны",
                    "Bảng 2. Lượng phát thải các chất ô nhiễm không khí năm 2025"),
    "em2.head": ("№ источника|Код ЗВ|Наименование загрязняющего вещества|Декларируемый период: 2026–2028 гг.|^",
                 "Көздің №|ЛЗ коды|Ластаушы заттың атауы|Мәлімделетін кезең: 2026–2028 жж.|^",
                 "Nguồn phát thải|Ký hiệu|Chất ô nhiễm|Lượng phát thải năm 2025 (tấn/năm)|Phương pháp xác định"),
    "em2.units": ("^|^|^|г/с|т/год", "^|^|^|г/с|т/жыл", ""),
    "em2.total": ("Итого:", "Барлығы:", ""),
}  # fmt: skip
# (RU, KK), organised?, height, diameter, hours a year, codes, (low, high) g/s
BOILER_SOURCES = (
    (("Дымовая труба котельной (котлы КВр-1,74 – 3 ед.)", "Қазандықтың түтін мұржасы (КВр-1,74 қазандықтары – 3 бірл.)"),
     True, 28, 0.8, 5112, ("0301", "0304", "0330", "0337", "2908"), (0.02, 1.6)),
    (("Дымовая труба резервного котла на дизельном топливе", "Дизель отынындағы резервтік қазандықтың түтін мұржасы"),
     True, 12, 0.3, 720, ("0301", "0304", "0328", "0330", "0337"), (0.002, 0.12)),
    (("Открытый склад угля", "Ашық көмір қоймасы"), False, 2, None, 8760, ("2908",), (0.004, 0.06)),
    (("Площадка временного хранения золошлаков", "Күл-қожды уақытша сақтау алаңы"), False, 2, None, 8760, ("2908",), (0.002, 0.03)),
)
OPERATORS_HEAT = {
    "ru": (("Котельная с. Жалтыр", "ГКП на ПХВ «Астраханка Жылу» акимата Астраханского района"),
           ("Котельная п. Шортанды", "ГКП на ПХВ «Шортанды Су-Жылу»")),
    "kk": (("Жалтыр ауылының қазандығы", "Астрахан ауданы әкімдігінің «Астраханка Жылу» ШЖҚ МКК"),
           ("Шортанды кентінің қазандығы", "«Шортанды Су-Жылу» ШЖҚ МКК")),
    "vi": (("Bệnh viện Đa khoa khu vực Cẩm Phả", "Sở Y tế tỉnh Quảng Ninh"),
           ("Bệnh viện Đa khoa tỉnh Hà Tĩnh", "Sở Y tế tỉnh Hà Tĩnh")),
}
# (name, mark, codes, method)
HOSPITAL_STACKS = (
    ("Lò hơi đốt dầu DO 1,5 tấn hơi/giờ", "KT1", ("2902", "0330", "0301", "0337"), "Kết quả quan trắc định kỳ × lưu lượng × thời gian vận hành"),
    ("Lò đốt chất thải y tế 100 kg/giờ", "KT2", ("2902", "0316", "0330", "0301", "0337"), "Kết quả quan trắc định kỳ × lưu lượng × thời gian vận hành"),
    ("Máy phát điện dự phòng 1.000 kVA", "KT3", ("2902", "0330", "0301", "0337"), "Hệ số phát thải (AP-42, US EPA) × lượng dầu DO tiêu thụ"),
)


def emissions_t2(doc: Doc) -> None:
    """A category III operator's declaration (a village boiler house of an akimat's enterprise): first a table of the
    sources with type, height, mouth diameter and decimal coordinates (role `sources`), then the declared emissions
    with the source's number on every row, `г/с | т/год` under a merged `declared period` header and a total (VI: a
    provincial hospital's inventory of its stacks for the year, tonnes only, the stack merged over its pollutants with
    the method of determination)."""
    name, operator = doc.pick(OPERATORS_HEAT[doc.lang])
    doc.h(_t(doc, "em2.title"))
    doc.p(_t(doc, "em2.p").format(name=name, operator=operator))
    if doc.lang == "vi":
        rows, merges = [_row(doc, "em2.head")], []
        for stack, mark, codes, method in HOSPITAL_STACKS:
            start = len(rows)
            for code in codes:
                t_y = rate(doc.rng, 0.002, 1.8, 3)
                first = len(rows) == start
                rows.append([stack if first else None, mark if first else None, vocab.air(code, "vi", doc.rng.randrange(2)),
                             num(t_y, "vi"), method if first else None])
                doc.add("emissions", emission(code, None, t_y))
            merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 4)]
        doc.table(_t(doc, "em2.caption"), rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    picked = [0, *sorted(doc.rng.sample(range(1, len(BOILER_SOURCES)), 2))]
    lat0, lon0 = doc.rng.uniform(50.5, 52.8), doc.rng.uniform(68.5, 72.5)
    kinds = _list(doc, "em2.types")
    srows = [_row(doc, "em2.src.head")]
    sources, org, unorg = [], 1, 1
    for i in picked:
        names, organized, height, diameter, _, codes, _ = BOILER_SOURCES[i]
        number = f"{org:04d}" if organized else f"{6000 + unorg:04d}"
        org, unorg = (org + 1, unorg) if organized else (org, unorg + 1)
        s = Source(number, names[0 if doc.lang == "ru" else 1], organized, codes)
        sources.append(s)
        lat, lon = lat0 + doc.rng.uniform(-0.003, 0.003), lon0 + doc.rng.uniform(-0.003, 0.003)
        where = f"{num(round(lat, 5), doc.lang, False)}; {num(round(lon, 5), doc.lang, False)}"
        srows.append([number, s.name, kinds[0 if organized else 1], num(height, doc.lang),
                      num(diameter, doc.lang) if diameter else "–", where])
    doc.table(_t(doc, "em2.src.caption"), srows, role="sources")
    rows = [_row(doc, "em2.head"), _row(doc, "em2.units")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    g_all, t_all = [], []
    for i, s in zip(picked, sources, strict=True):
        _, _, _, _, hours, codes, (low, high) = BOILER_SOURCES[i]
        for code in codes:
            g_s = rate(doc.rng, low, high, 3)
            t_y = _sig(g_s * hours * 0.0036, 4)
            g_all.append(g_s)
            t_all.append(t_y)
            rows.append([s.number, code, vocab.air(code, doc.lang), num(g_s, doc.lang), num(t_y, doc.lang)])
            doc.add("emissions", emission(code, g_s, t_y, s.number))
    rows.append(["", "", _t(doc, "em2.total"), total(doc, g_all), total(doc, t_all)])
    doc.table(_t(doc, "em2.caption"), rows, merges, role="emissions")
    expect_sources(doc, sources)


# ---------------------------------------------------------------- wastes

TEXT |= {
    "w1.title": ("Отчет об обращении с медицинскими отходами за 2025 год", "2025 жылғы медициналық қалдықтармен жұмыс туралы есеп",
                 "BÁO CÁO KẾT QUẢ QUẢN LÝ CHẤT THẢI Y TẾ NĂM 2025"),
    "w1.p": ("Организация: {operator}. Медицинские отходы собираются раздельно по классам опасности в соответствии с "
             "санитарными правилами; отходы классов Б и Г передаются на обезвреживание специализированной организации по договору.",
             "Ұйым: {operator}. Медициналық қалдықтар санитариялық қағидаларға сәйкес қауіптілік сыныптары бойынша бөлек "
             "жиналады; Б және Г сыныптарының қалдықтары шарт бойынша залалсыздандыруға мамандандырылған ұйымға беріледі.",
             "Cơ sở y tế: {operator}. Báo cáo theo mẫu quy định tại Thông tư số 20/2021/TT-BYT ngày 26/11/2021 của "
             "Bộ trưởng Bộ Y tế quy định về quản lý chất thải y tế trong phạm vi khuôn viên cơ sở y tế."),
    "w1.head": ("№|Класс отходов|Код отхода|Наименование отхода|Образовано, кг|^|^|^|^|Передано (организация)",
                "№|Қалдықтар сыныбы|Қалдық коды|Қалдықтың атауы|Түзілді, кг|^|^|^|^|Берілді (ұйым)",
                "TT|Loại chất thải y tế|Mã CTNH|Đơn vị tính|Tổng lượng phát sinh|Lượng tự xử lý tại bệnh viện|"
                "Lượng chuyển giao xử lý|Đơn vị tiếp nhận"),
    "w1.sub": ("^|^|^|^|I кв.|II кв.|III кв.|IV кв.|за год|^", "^|^|^|^|I тоқсан|II тоқсан|III тоқсан|IV тоқсан|жыл ішінде|^", ""),
    "w1.class": ("класс {c}", "{c} сыныбы", ""),
    "w1.total": ("Итого", "Барлығы", "Tổng cộng"),
    "w1.caption": ("Таблица 2 – Образование и передача медицинских отходов по кварталам 2025 года",
                   "2-кесте – 2025 жылғы тоқсандар бойынша медициналық қалдықтардың түзілуі және берілуі",
                   "Bảng 1. Tình hình phát sinh và xử lý chất thải y tế năm 2025"),
    "w1.receivers": ("ТОО «МедЭкоСервис»|ГКП «Тазалык» (полигон ТБО)|ТОО «Экосервис-С» (демеркуризация)",
                     "«МедЭкоСервис» ЖШС|«Тазалық» МКК (ҚТҚ полигоны)|«Экосервис-С» ЖШС (демеркуризация)",
                     "Công ty TNHH Môi trường Xanh Miền Bắc|Công ty Cổ phần Môi trường đô thị|Công ty TNHH Tái chế Hòa Phát Xanh"),
}  # fmt: skip
OPERATORS_HOSPITAL = {
    "ru": ("ГКП на ПХВ «Городская поликлиника № 5» акимата г. Шымкент", "ГКП на ПХВ «Областная детская больница» управления здравоохранения Павлодарской области"),
    "kk": ("Шымкент қаласы әкімдігінің «№ 5 қалалық емхана» ШЖҚ МКК", "Павлодар облысы денсаулық сақтау басқармасының «Облыстық балалар ауруханасы» ШЖҚ МКК"),
    "vi": ("Bệnh viện Đa khoa huyện Tân Yên", "Bệnh viện Sản – Nhi tỉnh Bắc Giang"),
}
# (code, RU, KK, class, (low, high) kg a quarter)
MEDICAL = (
    ("18 01 03*", "Эпидемиологически опасные отходы (перевязочный материал, одноразовые изделия, загрязненные кровью)",
     "Эпидемиологиялық қауіпті қалдықтар (қанмен ластанған таңу материалы, бір реттік бұйымдар)", "Б", (300, 2400)),
    ("18 01 03*", "Острые предметы (иглы, скарификаторы, скальпели)", "Өткір заттар (инелер, скарификаторлар, скальпельдер)", "Б", (40, 300)),
    ("18 01 06*", "Отработанные химические реактивы клинико-диагностической лаборатории",
     "Клиникалық-диагностикалық зертхананың пайдаланылған химиялық реактивтері", "Г", (5, 60)),
    ("18 01 08*", "Цитостатические лекарственные препараты с истекшим сроком годности",
     "Жарамдылық мерзімі өткен цитостатикалық дәрілік препараттар", "Г", (1, 15)),
    ("20 01 21*", "Ртутьсодержащие лампы и термометры", "Құрамында сынап бар шамдар мен термометрлер", "Г", (0, 25)),
    ("18 01 04", "Отходы, не имеющие контакта с биологическими жидкостями (гипсовые повязки, одноразовое белье)",
     "Биологиялық сұйықтықтармен жанаспаған қалдықтар (гипс таңғыштар, бір реттік іш киім)", "А", (200, 1500)),
    ("20 01 08", "Пищевые отходы пищеблока", "Тамақ блогының тамақ қалдықтары", "А", (1500, 9000)),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", "А", (2500, 16000)),
)  # fmt: skip
# VI group title, [(item, code or None, (low, high) kg a year, share treated on site)]
MEDICAL_VN = (
    ("1. Chất thải lây nhiễm", (("Chất thải lây nhiễm sắc nhọn", "13 01 01", (300, 1800), 0.0),
                                ("Chất thải lây nhiễm không sắc nhọn", "13 01 01", (3000, 18000), 0.6),
                                ("Chất thải có nguy cơ lây nhiễm cao", "13 01 01", (100, 900), 0.0),
                                ("Chất thải giải phẫu", "13 01 01", (50, 600), 0.0))),
    ("2. Chất thải nguy hại không lây nhiễm", (("Hóa chất thải bao gồm hoặc có các thành phần nguy hại", "13 01 02", (40, 400), 0.0),
                                                ("Dược phẩm thải gây độc tế bào", "13 01 03", (5, 60), 0.0),
                                                ("Chất hàn răng amalgam thải", "13 01 04", (1, 8), 0.0),
                                                ("Bóng đèn huỳnh quang thải", "16 01 06", (10, 80), 0.0))),
    ("3. Chất thải rắn thông thường", (("Chất thải rắn sinh hoạt", None, (20000, 90000), 0.0),
                                       ("Chất thải rắn thông thường sử dụng để tái chế", None, (2000, 12000), 0.0))),
)  # fmt: skip


def wastes_t1(doc: Doc) -> None:
    """A hospital's medical wastes by class (`класс А`, `Б`, `Г`) with the kilograms of each quarter and of the year
    under a merged `Образовано, кг`, a dash for a quarter with none, the receiver last, a total row; the year's total
    is the amount (VI: the annual report form of Thông tư 20/2021/TT-BYT, group rows spanning the table, a unit
    column, the amount formed, what was treated on site and what was handed over)."""
    operator = doc.pick(OPERATORS_HOSPITAL[doc.lang])
    doc.h(_t(doc, "w1.title"))
    doc.p(_t(doc, "w1.p").format(operator=operator))
    receivers = _list(doc, "w1.receivers")
    if doc.lang == "vi":
        head = _row(doc, "w1.head")
        rows, merges = [head], []
        sums = [0, 0, 0]
        for title, items in MEDICAL_VN:
            _span(rows, merges, title, len(head))
            group = title.split(".")[0]
            chosen = [x for x in items if doc.rng.random() < 0.8] or list(items[:1])
            for k, (name, code, (low, high), own) in enumerate(chosen, 1):
                kg = doc.rng.randint(low, high)
                treated = round(kg * own)
                handed = kg - treated
                sums = [sums[0] + kg, sums[1] + treated, sums[2] + handed]
                receiver = receivers[0] if code else doc.pick(receivers[1:])
                rows.append([f"{group}.{k}", name, code or "-", "kg/năm", num(kg, "vi"), num(treated, "vi") if treated else "-",
                             num(handed, "vi"), receiver])
                coded = {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True} if code else {
                    "code": None, "code_system": None, "hazardous": False}
                doc.add("wastes", {**coded, "amount_t": kg / 1000, "name_contains": name})
        rows.append(["", _t(doc, "w1.total"), "", "", *(num(x, "vi") for x in sums), ""])
        doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    rows = [_row(doc, "w1.head"), _row(doc, "w1.sub")]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 9)] + [(0, 4, 0, 8)]
    picked = sorted(doc.rng.sample(range(len(MEDICAL)), 6))
    sums = [0] * 5
    for k, i in enumerate(picked, 1):
        code, ru, kk, klass, (low, high) = MEDICAL[i]
        name = ru if doc.lang == "ru" else kk
        quarters = [doc.rng.randint(low, high) for _ in range(4)]
        if high < 30:
            quarters[doc.rng.randrange(4)] = 0
        if not any(quarters):
            quarters[3] = low + 3
        year = sum(quarters)
        sums = [a + b for a, b in zip(sums, [*quarters, year], strict=True)]
        receiver = receivers[2] if code == "20 01 21*" else receivers[0 if code.endswith("*") else 1]
        rows.append([str(k), _t(doc, "w1.class").format(c=klass), code, name,
                     *(num(q, doc.lang) if q else "–" for q in quarters), num(year, doc.lang), receiver])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": year / 1000,
                           "name_contains": name})
    rows.append(["", "", "", _t(doc, "w1.total"), *(num(x, doc.lang) for x in sums), ""])
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


TEXT |= {
    "w2.title": ("Отчет о возможных воздействиях. Мусоросортировочный комплекс производительностью {q} тыс. т в год",
                 "Ықтимал әсерлер туралы есеп. Жылына {q} мың т өнімділігі бар қоқыс сұрыптау кешені",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NHÀ MÁY PHÂN LOẠI, XỬ LÝ CHẤT THẢI RẮN SINH HOẠT CÔNG SUẤT {q} TẤN/NGÀY"),
    "w2.p": ("Материальный баланс сортировки определен по данным морфологического состава твердых бытовых отходов города.",
             "Сұрыптаудың материалдық балансы қаланың қатты тұрмыстық қалдықтарының морфологиялық құрамы деректері бойынша анықталды.",
             "Cân bằng vật chất của dây chuyền được xác định trên cơ sở thành phần chất thải rắn sinh hoạt của thành phố năm 2024:"),
    "w2.head": ("№|Наименование отходов (фракции)|Код отхода|Доля от массы поступающих отходов, %|Количество, т/год|Направление",
                "№|Қалдықтардың (фракцияның) атауы|Қалдық коды|Түсетін қалдықтар массасындағы үлесі, %|Мөлшері, т/жыл|Бағыты",
                "TT|Thành phần|Tỷ lệ (%)|Khối lượng (tấn/năm)|Phương án xử lý"),
    "w2.in": ("1. Поступает на сортировку", "1. Сұрыптауға түседі", "A. Chất thải đầu vào"),
    "w2.out": ("2. Продукты сортировки", "2. Сұрыптау өнімдері", "B. Sản phẩm sau phân loại"),
    "w2.total": ("Итого продуктов сортировки", "Сұрыптау өнімдерінің барлығы", "Cộng B"),
    "w2.caption": ("Таблица 3.5 – Материальный баланс мусоросортировочного комплекса",
                   "3.5-кесте – Қоқыс сұрыптау кешенінің материалдық балансы",
                   "Bảng 1.6. Cân bằng vật chất của dây chuyền phân loại, xử lý chất thải rắn sinh hoạt"),
}  # fmt: skip
# code, RU, KK, (low, high) per cent, direction RU, direction KK; None share: the rest
SORTED = (
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", None,
     "прием от специализированных организаций по вывозу ТБО", "ҚТҚ шығаратын мамандандырылған ұйымдардан қабылдау"),
    ("19 12 01", "Бумага и картон", "Қағаз және картон", (8, 12), "реализация на переработку", "қайта өңдеуге өткізу"),
    ("19 12 04", "Пластмассы и резина", "Пластмасса және резеңке", (6, 10), "реализация на переработку", "қайта өңдеуге өткізу"),
    ("19 12 05", "Стекло", "Шыны", (2, 5), "реализация на переработку", "қайта өңдеуге өткізу"),
    ("19 12 02", "Черные металлы", "Қара металдар", (1, 2.5), "сдача в пункты приема металлолома", "металл сынықтарын қабылдау пункттеріне тапсыру"),
    ("19 12 03", "Цветные металлы", "Түсті металдар", (0.2, 0.6), "сдача в пункты приема металлолома", "металл сынықтарын қабылдау пункттеріне тапсыру"),
    ("19 12 10", "Горючие отходы (RDF-топливо)", "Жанғыш қалдықтар (RDF-отын)", (5, 12), "передача на цементный завод",
     "цемент зауытына беру"),
    ("19 12 12", "Прочие отходы механической обработки (хвосты сортировки)", "Механикалық өңдеудің басқа қалдықтары (сұрыптау қалдықтары)",
     None, "захоронение на полигоне ТБО", "ҚТҚ полигонында көму"),
)  # fmt: skip
SORTED_VN = (
    ("Chất thải rắn sinh hoạt tiếp nhận", None, "Tiếp nhận từ các đơn vị thu gom, vận chuyển"),
    ("Chất thải hữu cơ dễ phân hủy", (42, 55), "Ủ hiếu khí sản xuất phân compost"),
    ("Phế liệu có khả năng tái chế (nhựa, giấy, kim loại)", (8, 12), "Bán cho cơ sở tái chế"),
    ("Chất thải có khả năng cháy", (15, 25), "Đốt tại lò đốt của nhà máy"),
    ("Chất thải trơ, không tái chế được", None, "Chôn lấp tại ô chôn lấp hợp vệ sinh"),
)


def wastes_t2(doc: Doc) -> None:
    """A sorting complex's material balance: the mixed municipal waste coming in (100 %) under one group row, the
    fractions going out with their LoW codes, their shares of the input and t/year under another, the tails as the
    rest, a total of the output equal to the input (VI: a sorting and composting plant's balance, no codes, tonnes a
    year, the capacity in t/day only in the title)."""
    vi = doc.lang == "vi"
    q_day = doc.rng.randint(20, 60) * 10
    q = q_day * 365 if vi else doc.rng.randint(40, 150) * 1000
    doc.h(_t(doc, "w2.title").format(q=num(q_day, "vi") if vi else num(q // 1000, doc.lang)))
    doc.p(_t(doc, "w2.p"))
    head = _row(doc, "w2.head")
    rows, merges = [head], []
    table = SORTED_VN if vi else SORTED
    outs = [x for x in table[1:-1] if doc.rng.random() < 0.85]
    amounts = []
    for x in outs:
        low, high = x[1] if vi else x[3]
        amounts.append(round(q * doc.rng.uniform(low, high) / 100, 1))
    rest = round(q - sum(amounts), 1)
    lines = [(table[0], float(q)), *zip(outs, amounts, strict=True), (table[-1], rest)]
    for k, (x, t) in enumerate(lines):
        if k == 0:
            _span(rows, merges, _t(doc, "w2.in"), len(head))
        if k == 1:
            _span(rows, merges, _t(doc, "w2.out"), len(head))
        share = num(round(t / q * 100, 1), doc.lang)
        if vi:
            name, _, way = x
            rows.append([str(k + 1), name, share, num(t, "vi"), way])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name})
            continue
        code, ru, kk, _, way_ru, way_kk = x
        name = ru if doc.lang == "ru" else kk
        number = "1.1" if k == 0 else f"2.{k}"
        rows.append([number, name, code, share, num(t, doc.lang), way_ru if doc.lang == "ru" else way_kk])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": t, "name_contains": name})
    foot = [_t(doc, "w2.total"), None, num(100, doc.lang), num(q, doc.lang), ""] if vi else \
        ["", _t(doc, "w2.total"), "", num(100, doc.lang), num(q, doc.lang), ""]
    rows.append(foot)
    if vi:
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.title": ("Отчет по программе производственного экологического контроля за 2025 год",
                 "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025"),
    "l1.p": ("Оператор: {operator}. Сточные воды больницы после локальной установки обеззараживания отводятся в городскую "
             "канализационную сеть. Отбор проб выполнен аккредитованной лабораторией в контрольном колодце КК-1 перед "
             "врезкой в городской коллектор.",
             "Оператор: {operator}. Аурухананың ағынды сулары жергілікті залалсыздандыру қондырғысынан кейін қалалық кәріз "
             "желісіне бұрылады. Сынамаларды аккредиттелген зертхана қалалық коллекторға қосылар алдындағы КҚ-1 бақылау "
             "құдығында алды.",
             "Cơ sở: {operator}. Vị trí lấy mẫu: nước thải sau hệ thống xử lý nước thải tập trung của bệnh viện, trước khi "
             "xả vào hệ thống thoát nước chung của thành phố (NT1); thời điểm lấy mẫu: ngày {day}/11/2025."),
    "l1.head": ("№|Показатель, единица измерения|Допустимая концентрация при сбросе в сети водоотведения|Результаты анализа проб|^|Заключение",
                "№|Көрсеткіш, өлшем бірлігі|Су бұру желілеріне төгу кезіндегі жол берілетін концентрация|Сынамаларды талдау нәтижелері|^|Қорытынды",
                "TT|Thông số|Đơn vị|Kết quả|QCVN 28:2010/BTNMT, cột B (Cmax = C × K, K = 1,2)|Đánh giá"),
    "l1.sub": ("^|^|^|протокол № {n1} от {d1}|протокол № {n2} от {d2}|^", "^|^|^|{d1} № {n1} хаттама|{d2} № {n2} хаттама|^", ""),
    "l1.units": ("ед. pH|мг/дм3", "pH бірл.|мг/дм3", "-|mg/l"),
    "l1.ok": ("соответствует", "сәйкес келеді", "Đạt"),
    "l1.over": ("превышение в пробе от {d}", "{d} сынамада асып кету", ""),
    "l1.caption": ("Таблица 3 – Качество сточных вод, сбрасываемых в сети водоотведения города",
                   "3-кесте – Қаланың су бұру желілеріне төгілетін ағынды сулардың сапасы",
                   "Bảng 2.2. Kết quả quan trắc nước thải y tế đợt 4 năm 2025"),
    "l1.note": ("", "", "Ghi chú: KPH – không phát hiện; K = 1,2 áp dụng cho cơ sở khám bệnh, chữa bệnh dưới 300 giường bệnh; "
                        "K không áp dụng đối với pH, Tổng Coliforms và các thông số vi sinh."),
}  # fmt: skip
# symbol: limit — concentrations the city's water utility accepts into its sewers
SEWER = {"pH": (6.5, 9), "TSS": 300, "BOD5": 300, "COD": 500, "NH4+": 25, "TPH": 10, "Surfactants": 10, "Fe": 5, "Cl-": 350,
         "SO4": 500}  # fmt: skip
# symbol: (value of column B, K applies?) — QCVN 28:2010/BTNMT, medical waste water
QCVN28B = {"pH": ((6.5, 8.5), False), "BOD5": (50, True), "COD": (100, True), "TSS": (100, True), "S2-": (4, True),
           "NH4+": (10, True), "NO3-": (50, True), "Coliform": (5000, False)}  # fmt: skip
MICROBES = ("Salmonella", "Shigella", "Vibrio cholerae")


def _value(doc: Doc, lim, over: bool = False) -> float:
    """A measured value: a pH inside its range, else a fifth to most of the limit (above it if `over`)."""
    if isinstance(lim, tuple):
        return round(doc.rng.uniform(lim[0] + 0.2, lim[1] - 0.3), 1)
    return _sig(lim * (doc.rng.uniform(1.05, 1.5) if over else doc.rng.uniform(0.2, 0.9)), 2)


def limits_t1(doc: Doc) -> None:
    """A hospital's discharges into the city sewer against the utility's acceptance limits: the unit inside the
    parameter's cell (`Взвешенные вещества, мг/дм3`), the results of two laboratory protocols as sub-columns named by
    number and date, a conclusion column; the sampling well only in the sentence before (VI: QCVN 28:2010/BTNMT column
    B with Cmax = C × K printed, one result column, Coliform in MPN/100ml, microbiological rows `KPH` that carry no
    figure, a note on K)."""
    vi = doc.lang == "vi"
    operator = doc.pick(OPERATORS_HOSPITAL[doc.lang])
    doc.h(_t(doc, "l1.title"))
    doc.p(_t(doc, "l1.p").format(operator=operator, day=doc.rng.randint(3, 27)))
    if vi:
        rows = [_row(doc, "l1.head")]
        keys = ["pH", *sorted(doc.rng.sample(["BOD5", "COD", "TSS", "S2-", "NH4+", "NO3-"], 5), key=list(QCVN28B).index), "Coliform"]
        for k, s in enumerate(keys, 1):
            b, with_k = QCVN28B[s]
            lim = round(b * 1.2, 6) if with_k else b
            unit = {"pH": "-", "Coliform": "MPN/100ml"}.get(s, "mg/l")
            value = _value(doc, lim) if s != "Coliform" else float(doc.rng.randint(2, 46) * 100)
            rows.append([str(k), vocab.water(s, "vi"), unit, num(value, "vi"), cell(doc, lim, to=" – "), _t(doc, "l1.ok")])
            add(doc, limit(("symbol", s), "waste_water", lim, "MPN/100ml" if s == "Coliform" else "mg/l", "B", None, value))
        for m, microbe in enumerate(MICROBES, len(keys) + 1):
            rows.append([str(m), microbe, "Vi khuẩn/100ml", "KPH", "KPH", _t(doc, "l1.ok")])
        doc.table(_t(doc, "l1.caption"), rows, role="limits")
        doc.p(_t(doc, "l1.note"))
        return
    dates = (f"{doc.rng.randint(3, 27):02d}.0{doc.rng.randint(3, 5)}.2025", f"{doc.rng.randint(3, 27):02d}.{doc.rng.randint(9, 11):02d}.2025")
    numbers = sorted(doc.rng.sample(range(40, 900), 2))
    rows = [_row(doc, "l1.head"), _cells(_t(doc, "l1.sub").format(n1=numbers[0], n2=numbers[1], d1=dates[0], d2=dates[1]))]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    pool = [k for k in SEWER if k != "pH"]
    params = ["pH", *sorted(doc.rng.sample(pool, 5), key=pool.index)]
    unit_ph, unit = _list(doc, "l1.units")
    over = (doc.rng.choice(params[1:]), doc.rng.randrange(2)) if doc.rng.random() < 0.5 else None
    for k, s in enumerate(params, 1):
        lim = SEWER[s]
        values = [_value(doc, lim, over == (s, j)) for j in range(2)]
        verdict = _t(doc, "l1.over").format(d=dates[over[1]]) if over and over[0] == s else _t(doc, "l1.ok")
        rows.append([str(k), f"{vocab.water(s, doc.lang)}, {unit_ph if s == 'pH' else unit}", cell(doc, lim),
                     *(num(v, doc.lang) for v in values), verdict])
        for v in values:
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, None, v))
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


TEXT |= {
    "l2.title": ("Отчет о результатах мониторинга воздействия полигона твердых бытовых отходов, II квартал 2025 года",
                 "Қатты тұрмыстық қалдықтар полигонының әсер ету мониторингінің нәтижелері туралы есеп, 2025 жылғы II тоқсан",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ BÃI CHÔN LẤP CHẤT THẢI RẮN SINH HOẠT, ĐỢT 2 NĂM 2025"),
    "l2.p": ("Подземные воды контролируются по сети из трех наблюдательных скважин: фоновой (выше полигона по потоку "
             "подземных вод) и двух контрольных (ниже по потоку). Нормативы – ПДК для воды хозяйственно-питьевого назначения.",
             "Жерасты сулары үш бақылау ұңғымасынан тұратын желі бойынша бақыланады: фондық (жерасты суларының ағыны бойынша "
             "полигоннан жоғары) және екі бақылау ұңғымасы (ағын бойынша төмен). Нормативтер – шаруашылық-ауыз су мақсатындағы "
             "су үшін ШЖК.",
             "Nước dưới đất được quan trắc tại 03 giếng: NN1 – giếng đối chứng phía thượng nguồn; NN2, NN3 – giếng phía hạ "
             "nguồn bãi chôn lấp. Giá trị giới hạn theo QCVN 09:2023/BTNMT được ghi trong tiêu đề cột."),
    "l2.head": ("Скважина|Расположение|Дата отбора|Уровень воды, м", "Ұңғыма|Орналасуы|Сынама алынған күн|Су деңгейі, м",
                "Ký hiệu|Vị trí|Ngày lấy mẫu|Mực nước (m)"),
    "l2.ph": ("pH, ед. (ПДК {x})", "pH, бірл. (ШЖК {x})", "pH\n(QCVN: {x})"),
    "l2.param": ("{name} (ПДК {x}), мг/дм3", "{name} (ШЖК {x}), мг/дм3", "{name}, mg/l\n(QCVN: {x})"),
    "l2.wells": ("фоновая, 150 м выше по потоку|контрольная, 50 м ниже карты № 2|контрольная, 200 м ниже по потоку",
                 "фондық, ағын бойынша 150 м жоғары|бақылау, № 2 картадан 50 м төмен|бақылау, ағын бойынша 200 м төмен",
                 "Thượng nguồn, cách hàng rào 150 m|Hạ nguồn, cách ô chôn lấp số 2 khoảng 50 m|Hạ nguồn, gần hồ chứa nước rỉ rác"),
    "l2.note": ("* – превышение ПДК.", "* – ШЖК-дан асып кету.", "Ghi chú: (*) – vượt giá trị giới hạn của QCVN 09:2023/BTNMT."),
    "l2.caption": ("Таблица 4 – Результаты анализа проб подземных вод", "4-кесте – Жерасты сулары сынамаларын талдау нәтижелері",
                   "Bảng 3. Kết quả quan trắc chất lượng nước dưới đất"),
}  # fmt: skip


def limits_t2(doc: Doc) -> None:
    """Groundwater wells around a landfill as rows, each parameter a column whose header carries the ПДК
    (`Хлориды (ПДК 350), мг/дм3`), the well's place, the sampling date and the water level as extra columns, values
    above the ПДК starred (`412*`) with a note after the table (VI: QCVN 09:2023 on a second line of each header)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "l2.title"))
    doc.p(_t(doc, "l2.p"))
    table = GROUND_VN if vi else DRINK
    pool = ["TDS", "Cl-", "SO4", "NO3-", "NH4+", "Fe", "Mn"]
    params = ["pH", *sorted(doc.rng.sample(pool, 4), key=pool.index)]
    head = _row(doc, "l2.head")
    for s in params:
        lim = table[s]
        if s == "pH":
            head.append(_t(doc, "l2.ph").format(x=cell(doc, lim, to="–")))
        else:
            head.append(_t(doc, "l2.param").format(name=vocab.water(s, doc.lang), x=num(lim, doc.lang)))
    rows = [head]
    wells = ("NN1", "NN2", "NN3") if vi else doc.v(("НС-1", "НС-2", "НС-3"), ("БҰ-1", "БҰ-2", "БҰ-3"), ())
    starred = False
    for w, (well, place) in enumerate(zip(wells, _list(doc, "l2.wells"), strict=True)):
        day = f"{doc.rng.randint(10, 28):02d}.05.2025" if not vi else f"{doc.rng.randint(10, 28):02d}/5/2025"
        cells = [well, place, day, num(round(doc.rng.uniform(3, 14), 1), doc.lang)]
        for s in params:
            lim = table[s]
            if isinstance(lim, tuple):
                value = round(doc.rng.uniform(6.6, 8.1), 1)
                cells.append(num(value, doc.lang))
            else:
                value = _sig(lim * (doc.rng.uniform(0.1, 0.5) if w == 0 else doc.rng.uniform(0.3, 1.35)), 2)
                over = value > lim
                starred |= over
                cells.append(num(value, doc.lang) + ("*" if over else ""))
            add(doc, limit(("symbol", s), "water", lim, "mg/l", None, well, value))
        rows.append(cells)
    doc.table(_t(doc, "l2.caption"), rows, role="limits")
    if starred:
        doc.p(_t(doc, "l2.note"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

TEXT |= {
    "m1.title": ("График технологического лабораторного контроля работы канализационных очистных сооружений на 2026 год",
                 "Кәріз тазарту құрылыстарының жұмысын 2026 жылға арналған технологиялық зертханалық бақылау кестесі",
                 "KẾ HOẠCH PHÂN TÍCH, KIỂM SOÁT VẬN HÀNH NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG NĂM 2026"),
    "m1.p": ("Контроль выполняет производственная лаборатория {operator}; результаты заносятся в журнал технологического контроля.",
             "Бақылауды {operator} өндірістік зертханасы жүргізеді; нәтижелер технологиялық бақылау журналына енгізіледі.",
             "Việc lấy mẫu, phân tích do phòng thí nghiệm của {operator} thực hiện; kết quả được ghi vào sổ nhật ký vận hành."),
    "m1.operators": ("ГКП на ПХВ «Павлодар Су Арнасы»|ГКП «Кызылорда Су Жуйесi»",
                     "«Павлодар Су Арнасы» ШЖҚ МКК|«Қызылорда Су Жүйесі» МКК",
                     "Công ty Cổ phần Thoát nước và Phát triển đô thị tỉnh|Công ty TNHH Một thành viên Thoát nước đô thị"),
    "m1.head": ("Точка отбора проб|Определяемые показатели|Периодичность|Исполнитель",
                "Сынама алу нүктесі|Анықталатын көрсеткіштер|Кезеңділігі|Орындаушы",
                "Vị trí lấy mẫu|Thông số phân tích|Tần suất|Đơn vị thực hiện"),
    "m1.points": ("Т.1 – поступающая сточная вода (приемная камера)|Т.2 – после первичных отстойников|"
                  "Т.3 – иловая смесь аэротенков|Т.4 – очищенная сточная вода (выпуск после обеззараживания)",
                  "Т-1 – келіп түсетін ағынды су (қабылдау камерасы)|Т-2 – бастапқы тұндырғыштардан кейін|"
                  "Т-3 – аэротенктердің лай қоспасы|Т-4 – тазартылған ағынды су (залалсыздандырудан кейінгі шығарылым)",
                  "NT1 – Nước thải đầu vào (hố thu)|NT2 – Sau bể lắng sơ cấp|AT1 – Bể sinh học hiếu khí (Aerotank)|"
                  "NT3 – Nước thải đầu ra sau bể khử trùng"),
    "m1.sludge": ("доза ила, иловый индекс", "лай дозасы, лай индексі", "MLSS, SVI"),
    "m1.who": ("лаборатория КОС|лаборатория КОС, сменный технолог", "ТҚ зертханасы|ТҚ зертханасы, ауысым технологы",
               "Phòng thí nghiệm nhà máy|Phòng thí nghiệm, trưởng ca vận hành"),
}  # fmt: skip
# per point: [(frequency, parameters)] — the sludge row adds words that are no substances
LAB_PLAN = (
    (("daily", ("pH", "TSS", "COD")), ("weekly", ("BOD5", "NH4+", "TP", "TN")), ("monthly", ("TPH", "Surfactants", "Fe"))),
    (("daily", ("TSS",)), ("weekly", ("BOD5", "COD"))),
    (("daily", ("DO",)),),
    (("daily", ("pH", "TSS", "COD", "BOD5")), ("weekly", ("NH4+", "NO2-", "NO3-", "TP")),
     ("monthly", ("TPH", "Surfactants", "Fe", "Cl-", "SO4"))),
)


def monitoring_t1(doc: Doc) -> None:
    """A sewage plant's laboratory schedule by stage of treatment: each point merged down the first column over rows of
    parameter groups, each group with its own frequency (daily, weekly, monthly), who samples last; the aeration tanks'
    row adds sludge indices that are no substances."""
    operator = doc.pick(_list(doc, "m1.operators"))
    doc.h(_t(doc, "m1.title"))
    doc.p(_t(doc, "m1.p").format(operator=operator))
    rows, merges = [_row(doc, "m1.head")], []
    who = _list(doc, "m1.who")
    points = _list(doc, "m1.points")
    chosen = [0, *sorted(doc.rng.sample((1, 2), doc.rng.randint(1, 2))), 3]
    for p in chosen:
        point, plan = points[p], LAB_PLAN[p]
        start = len(rows)
        for word, params in plan:
            keep = [s for s in params if doc.rng.random() < 0.85] or list(params[:1])
            names = [vocab.water(s, doc.lang) for s in keep]
            if p == 2:
                names.append(_t(doc, "m1.sludge"))
            rows.append([point if len(rows) == start else None, ", ".join(names), _say(doc, word), doc.pick(who)])
            code = point.split(" ")[0]
            doc.add("monitoring", *(_mon({"point": code}, ("symbol", s), word) for s in keep))
        _down(rows, start, 0, merges)
    doc.table(None, rows, merges, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.title": ("Программа производственного экологического контроля полигона ТБО",
                 "ҚТҚ полигонының өндірістік экологиялық бақылау бағдарламасы",
                 "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG TRONG GIAI ĐOẠN VẬN HÀNH BÃI CHÔN LẤP"),
    "m2.p": ("Мониторинг эмиссий на неорганизованных источниках выполняется расчетным методом, мониторинг воздействия – "
             "инструментальными замерами аккредитованной лаборатории.",
             "Ұйымдастырылмаған көздердегі эмиссиялар мониторингі есептік әдіспен, әсер ету мониторингі аккредиттелген "
             "зертхананың аспаптық өлшеулерімен орындалады.",
             "Chủ cơ sở phối hợp với đơn vị quan trắc có giấy chứng nhận VIMCERTS thực hiện quan trắc theo kế hoạch sau:"),
    "m2.head": ("№|Объект контроля (№ ИЗА, точка)|Контролируемые вещества (код – наименование)|Периодичность|Метод контроля|Исполнитель",
                "№|Бақылау объектісі (ЛШК №, нүкте)|Бақыланатын заттар (коды – атауы)|Кезеңділігі|Бақылау әдісі|Орындаушы",
                "TT|Vị trí quan trắc|Thông số|Tần suất|Quy chuẩn so sánh|Đơn vị thực hiện"),
    "m2.sources": ("ИЗА № {n} – {name}", "№ {n} ЛШК – {name}", ""),
    "m2.methods": ("расчетный|инструментальный", "есептік|аспаптық", ""),
    "m2.who": ("эколог полигона|аккредитованная лаборатория", "полигон экологы|аккредиттелген зертхана",
               "Trung tâm Quan trắc tài nguyên và môi trường tỉnh"),
    "m2.caption": ("Таблица 5.1 – План-график производственного мониторинга", "5.1-кесте – Өндірістік мониторингтің жоспар-кестесі",
                   "Bảng 5.1. Kế hoạch quan trắc môi trường định kỳ"),
}  # fmt: skip
# (RU, KK), codes
LANDFILL_SOURCES = (
    (("тело полигона (карты захоронения)", "полигон денесі (көму карталары)"), ("0303", "0333", "0410", "0616", "0621", "1325")),
    (("работа бульдозера на картах", "карталардағы бульдозер жұмысы"), ("0301", "0304", "0328", "0330", "0337", "2754")),
    (("пруд-накопитель фильтрата", "сүзінді жинақтағыш тоған"), ("0303", "0333", "0410")),
)
LANDFILL_POINTS = {
    "ru": (("Т-1 – граница СЗЗ, север", "code"), ("Т-2 – граница СЗЗ, юг", "code"), ("Т-3 – жилая зона, п. Кызылжар", "code"),
           ("НС-1 – наблюдательная скважина (фоновая)", "symbol"), ("НС-2 – наблюдательная скважина ниже по потоку", "symbol")),
    "kk": (("Т-1 – СҚА шекарасы, солтүстік", "code"), ("Т-2 – СҚА шекарасы, оңтүстік", "code"), ("Т-3 – тұрғын аймақ, Қызылжар кенті", "code"),
           ("БҰ-1 – бақылау ұңғымасы (фондық)", "symbol"), ("БҰ-2 – ағын бойынша төмендегі бақылау ұңғымасы", "symbol")),
    "vi": (("KK1 – Khu vực ô chôn lấp đang vận hành", "code"), ("KK2 – Cổng ra vào bãi chôn lấp", "code"),
           ("KK3 – Khu dân cư thôn Đồng Mới, cách bãi 500 m", "code"), ("NRR1 – Nước rỉ rác sau hệ thống xử lý", "symbol"),
           ("NN1 – Giếng quan trắc nước dưới đất hạ nguồn", "symbol")),
}  # fmt: skip
AMBIENT = {"ru": ("0303", "0333", "0410", "2902", "0301", "0337"), "vi": ("0410", "0333", "0303", "0330", "0301", "0337", "2902")}
WELL = {"ru": ("pH", "TDS", "Cl-", "SO4", "NH4+", "NO3-", "TPH"), "vi": ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "Coliform")}
VI_STANDARD = ("QCVN 05:2023/BTNMT", "QCVN 25:2009/BTNMT, cột B1", "QCVN 09:2023/BTNMT")


def monitoring_t2(doc: Doc) -> None:
    """A landfill's programme mixing sources and points: unorganised sources written `ИЗА № 6001 – тело полигона` and
    points `Т-1 – граница СЗЗ, север`, the substances `0303 – Аммиак; 0333 – Сероводород` separated by semicolons
    (water parameters by name), the frequency, a calculation or instrumental method, who (VI: the landfill's air,
    leachate and groundwater points, the gases written as formulas, the standard compared against)."""
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m2.title"))
    doc.p(_t(doc, "m2.p"))
    rows = [_row(doc, "m2.head")]
    n = 0
    if not vi:
        methods, who = _list(doc, "m2.methods"), _list(doc, "m2.who")
        picked = sorted(doc.rng.sample(range(len(LANDFILL_SOURCES)), 2))
        sources = []
        for k, i in enumerate(picked):
            names, codes = LANDFILL_SOURCES[i]
            number = f"{6001 + k:04d}"
            keep = sorted(doc.rng.sample(codes, min(len(codes), doc.rng.randint(3, 5))), key=codes.index)
            sources.append(Source(number, names[0 if doc.lang == "ru" else 1], False, tuple(keep)))
            n += 1
            word = doc.pick(("quarterly", "quarterly", "semiannual"))
            listed = "; ".join(f"{c} – {vocab.air(c, doc.lang)}" for c in keep)
            rows.append([str(n), _t(doc, "m2.sources").format(n=number, name=sources[-1].name), listed, freq(doc, word),
                         methods[0], who[0]])
            doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), word) for c in keep))
            doc.add("emissions", *(emission(c, None, None, number) for c in keep))
    points = [p for p in LANDFILL_POINTS[doc.lang] if doc.rng.random() < 0.8 or p[1] == "symbol"]
    for point, kind in points:
        n += 1
        pool = (AMBIENT if kind == "code" else WELL)["vi" if vi else "ru"]
        keep = sorted(doc.rng.sample(pool, doc.rng.randint(3, 5)), key=pool.index)
        if kind == "code":
            word = doc.pick(("quarterly", "monthly")) if not vi else "quarterly"
            listed = ", ".join("CH4" if c == "0410" else vocab.air(c, "vi", 1) for c in keep) if vi else \
                "; ".join(f"{c} – {vocab.air(c, doc.lang, 1 if c == '2908' else 0)}" for c in keep)
        else:
            word = "semiannual" if not vi or point.startswith("NN") else "quarterly"
            listed = ", ".join(vocab.water(s, doc.lang) for s in keep) if vi else \
                "; ".join(vocab.water(s, doc.lang) for s in keep)
        code = point.split(" ")[0]
        if vi:
            standard = VI_STANDARD[0] if kind == "code" else VI_STANDARD[1 if point.startswith("NRR") else 2]
            rows.append([str(n), point, listed, freq(doc, word), standard, _t(doc, "m2.who")])
        else:
            rows.append([str(n), point, listed, freq(doc, word), _list(doc, "m2.methods")[1], _list(doc, "m2.who")[1]])
        doc.add("monitoring", *(_mon({"point": code}, (kind, x), word) for x in keep))
    doc.table(_t(doc, "m2.caption"), rows, role="monitoring")
    if not vi:
        expect_sources(doc, sources)
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

TEXT |= {
    "i1.approve": ("Утвержден распоряжением акима города от {day}.01.2026 № {n}-р",
                   "Қала әкімінің 2026 жылғы {day}.01. № {n}-ө өкімімен бекітілген",
                   "(Ban hành kèm theo Kế hoạch số {n}/KH-UBND ngày {day}/01/2026 của Ủy ban nhân dân thành phố)"),
    "i1.h": ("График обследования объектов в сфере обращения с коммунальными отходами на 2026 год",
             "2026 жылға арналған коммуналдық қалдықтармен жұмыс саласындағы объектілерді тексеру кестесі",
             "LỊCH KIỂM TRA CÁC CÔNG TRÌNH THU GOM, XỬ LÝ CHẤT THẢI TRÊN ĐỊA BÀN THÀNH PHỐ NĂM 2026"),
    "i1.head": ("№|Объект обследования|Местоположение|Периодичность и день обследования|Ответственные|Форма отчетности",
                "№|Тексерілетін объект|Орналасқан жері|Тексеру кезеңділігі мен күні|Жауаптылар|Есептілік нысаны",
                "TT|Đối tượng kiểm tra|Địa điểm|Tần suất, thời gian kiểm tra|Đơn vị chủ trì|Hình thức báo cáo"),
    "i1.daily": ("ежедневно, в утренние часы|ежедневно (кроме воскресенья)", "күн сайын, таңертең|күн сайын (жексенбіден басқа)",
                 "Hằng ngày (buổi sáng)|Hằng ngày, trừ Chủ nhật"),
    "i1.weekly": ("еженедельно (по понедельникам)|1 раз в неделю, по пятницам", "апта сайын (дүйсенбі күндері)|аптасына 1 рет, жұма күндері",
                  "Hằng tuần (thứ Hai)|01 lần/tuần vào thứ Sáu"),
    "i1.monthly": ("ежемесячно (в последнюю пятницу месяца)|1 раз в месяц, до 25 числа",
                   "ай сайын (айдың соңғы жұмасы)|айына 1 рет, 25-іне дейін",
                   "Hằng tháng (thứ Sáu cuối tháng)|01 lần/tháng, trước ngày 25"),
    "i1.quarterly": ("ежеквартально (в первую декаду квартала)|1 раз в квартал, в первый месяц квартала",
                     "тоқсан сайын (тоқсанның бірінші онкүндігінде)|тоқсанына 1 рет, тоқсанның бірінші айында",
                     "Hằng quý (tuần đầu tiên của quý)|03 tháng/lần, trong tháng đầu của quý"),
    "i1.who": ("отдел ЖКХ акимата города|ГУ «Управление природных ресурсов и регулирования природопользования»|"
               "акимат района совместно с ГКП «Тазалык»",
               "қала әкімдігінің ТКШ бөлімі|«Табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ|"
               "аудан әкімдігі «Тазалық» МКК-мен бірлесіп",
               "Phòng Kinh tế, Hạ tầng và Đô thị|Phòng Nông nghiệp và Môi trường|UBND phường phối hợp Công ty Môi trường đô thị"),
    "i1.forms": ("акт обследования с фотофиксацией|информация акиму города|справка", "фотосуреттері бар тексеру актісі|қала әкіміне ақпарат|анықтама",
                 "Biên bản kiểm tra|Báo cáo UBND thành phố|Thông báo kết quả"),
}  # fmt: skip
# (object, place) per language
MUNICIPAL = {
    "ru": (("Полигон твердых бытовых отходов", "5 км к северо-западу от города"), ("Мусоросортировочный комплекс", "промзона «Восточная»"),
           ("Контейнерные площадки частного сектора", "мкр. Юго-Восток, Кирпичный"), ("Иловые площадки КОС", "территория КОС"),
           ("Площадка временного складирования снега", "ул. Складская, 2"), ("Золоотвал ТЭЦ-2", "юго-западная промзона"),
           ("Места несанкционированного размещения отходов", "пригородная зона, вдоль трассы на аэропорт")),
    "kk": (("Қатты тұрмыстық қалдықтар полигоны", "қаладан солтүстік-батысқа қарай 5 км"), ("Қоқыс сұрыптау кешені", "«Шығыс» өнеркәсіптік аймағы"),
           ("Жеке сектордың контейнерлік алаңдары", "Оңтүстік-Шығыс, Кірпіш зауыты ш/а"), ("ТҚ лай алаңдары", "ТҚ аумағы"),
           ("Қарды уақытша жинау алаңы", "Қоймалық көшесі, 2"), ("№ 2 ЖЭО күл үйіндісі", "оңтүстік-батыс өнеркәсіптік аймақ"),
           ("Қалдықтарды рұқсатсыз орналастыру орындары", "қала маңы, әуежайға баратын жол бойы")),
    "vi": (("Bãi chôn lấp chất thải rắn sinh hoạt Đa Mai", "phường Đa Mai"), ("Nhà máy xử lý nước thải tập trung", "phường Dĩnh Kế"),
           ("Điểm tập kết rác thải sinh hoạt", "các tổ dân phố"), ("Khu lưu giữ chất thải y tế của các bệnh viện", "các bệnh viện trên địa bàn"),
           ("Lò đốt chất thải rắn sinh hoạt", "xã Song Khê"), ("Trạm trung chuyển chất thải rắn", "phường Xương Giang"),
           ("Các điểm đổ thải trái phép", "ven sông Thương")),
}  # fmt: skip


def inspections_t1(doc: Doc) -> None:
    """An akimat's schedule of inspections of the city's waste objects: the object, its place, the frequency with the
    weekday or the part of the month written in the same cell (`еженедельно (по понедельникам)`), the bodies responsible
    and the form of report; the approving order above the heading (VI: a People's Committee's schedule)."""
    doc.p(_t(doc, "i1.approve").format(day=doc.rng.randint(10, 28), n=doc.rng.randint(3, 60)))
    doc.h(_t(doc, "i1.h"))
    rows = [_row(doc, "i1.head")]
    objects = doc.rng.sample(MUNICIPAL[doc.lang], 5)
    everyone = ["daily", "weekly", "monthly", "quarterly", doc.pick(("weekly", "monthly"))]
    doc.rng.shuffle(everyone)
    who, forms = _list(doc, "i1.who"), _list(doc, "i1.forms")
    for k, ((obj, place), word) in enumerate(zip(objects, everyone, strict=True), 1):
        rows.append([str(k), obj, place, doc.pick(_list(doc, f"i1.{word}")), doc.pick(who), doc.pick(forms)])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": obj})
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


TEXT |= {
    "i2.title": ("План производственного контроля за обращением с медицинскими отходами на 2026 год",
                 "2026 жылға арналған медициналық қалдықтармен жұмысты өндірістік бақылау жоспары",
                 "KẾ HOẠCH KIỂM TRA, GIÁM SÁT CÔNG TÁC QUẢN LÝ CHẤT THẢI Y TẾ NĂM 2026"),
    "i2.p": ("Контроль проводится в каждом структурном подразделении; результаты оформляются в журнале производственного "
             "контроля и рассматриваются на заседании комиссии инфекционного контроля.",
             "Бақылау әрбір құрылымдық бөлімшеде жүргізіледі; нәтижелер өндірістік бақылау журналында ресімделеді және "
             "инфекциялық бақылау комиссиясының отырысында қаралады.",
             "Việc kiểm tra được thực hiện tại tất cả các khoa, phòng; kết quả được ghi vào sổ theo dõi và báo cáo Hội đồng "
             "Kiểm soát nhiễm khuẩn bệnh viện."),
    "i2.head": ("№|Структурное подразделение|Предмет контроля|Периодичность контроля|^|^",
                "№|Құрылымдық бөлімше|Бақылау мәні|Бақылау кезеңділігі|^|^",
                "TT|Khoa, phòng|Nội dung kiểm tra|Tần suất kiểm tra|^|^"),
    "i2.sub": ("^|^|^|госпитальный эпидемиолог|главная медицинская сестра|инженер по охране окружающей среды",
               "^|^|^|госпитальдық эпидемиолог|бас мейірбике|қоршаған ортаны қорғау инженері",
               "^|^|^|Khoa Kiểm soát nhiễm khuẩn|Điều dưỡng trưởng bệnh viện|Phòng Hành chính quản trị"),
    "i2.subjects": ("сбор и сортировка отходов по классам, маркировка емкостей|сроки временного хранения отходов класса Б|"
                    "учет и передача отходов, ведение журналов|обеззараживание отходов в автоклаве, режимы работы",
                    "қалдықтарды сыныптар бойынша жинау және сұрыптау, ыдыстарды таңбалау|Б сыныбы қалдықтарын уақытша сақтау мерзімдері|"
                    "қалдықтарды есепке алу және беру, журналдарды жүргізу|қалдықтарды автоклавта залалсыздандыру, жұмыс режимдері",
                    "Phân loại, thu gom chất thải y tế tại nguồn|Thời gian lưu giữ chất thải lây nhiễm|"
                    "Ghi chép sổ giao nhận chất thải|Vận hành thiết bị hấp chất thải lây nhiễm"),
    "i2.daily": ("ежедневно", "күн сайын", "Hằng ngày"),
    "i2.weekly": ("еженедельно", "апта сайын", "Hằng tuần"),
    "i2.monthly": ("ежемесячно", "ай сайын", "Hằng tháng"),
    "i2.quarterly": ("ежеквартально", "тоқсан сайын", "Hằng quý"),
    "i2.caption": ("Таблица 1", "1-кесте", "Bảng 1"),
}  # fmt: skip
WARDS = {
    "ru": ("Хирургическое отделение", "Операционный блок", "Клинико-диагностическая лаборатория", "Пищеблок",
           "Участок обеззараживания медицинских отходов", "Аптека", "Инфекционное отделение"),
    "kk": ("Хирургия бөлімшесі", "Операциялық блок", "Клиникалық-диагностикалық зертхана", "Тамақ блогы",
           "Медициналық қалдықтарды залалсыздандыру учаскесі", "Дәріхана", "Жұқпалы аурулар бөлімшесі"),
    "vi": ("Khoa Ngoại tổng hợp", "Khoa Phẫu thuật – Gây mê hồi sức", "Khoa Xét nghiệm", "Khoa Dinh dưỡng",
           "Khu lưu giữ chất thải y tế", "Khoa Dược", "Khoa Bệnh nhiệt đới"),
}  # fmt: skip


def inspections_t2(doc: Doc) -> None:
    """A hospital's control of medical-waste handling: one frequency column per checker (epidemiologist, head nurse,
    environmental engineer) under a merged `Периодичность контроля`, a dash where a checker does not check the ward;
    a ward is checked by two or three people, each at their own frequency — one inspection each."""
    doc.h(_t(doc, "i2.title"))
    doc.p(_t(doc, "i2.p"))
    rows = [_row(doc, "i2.head"), _row(doc, "i2.sub")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)]
    subjects = _list(doc, "i2.subjects")
    for k, ward in enumerate(doc.rng.sample(WARDS[doc.lang], 5), 1):
        who = sorted(doc.rng.sample(range(3), doc.rng.randint(2, 3)))
        chosen = doc.rng.sample(("daily", "weekly", "monthly", "quarterly"), len(who))
        cells = ["–"] * 3
        for c, word in zip(who, chosen, strict=True):
            cells[c] = _t(doc, f"i2.{word}")
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": ward})
        rows.append([str(k), ward, doc.pick(subjects), *cells])
    doc.table(_t(doc, "i2.caption"), rows, merges, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

TEXT |= {
    "t1.annex": ("Приложение к постановлению акимата города от {day} февраля 2026 года № {n}",
                 "Қала әкімдігінің 2026 жылғы {day} ақпандағы № {n} қаулысына қосымша",
                 "(Ban hành kèm theo Kế hoạch số {n}/KH-UBND ngày {day}/02/2026 của Ủy ban nhân dân tỉnh)"),
    "t1.h": ("План мероприятий по модернизации системы управления коммунальными отходами города на 2026–2027 годы",
             "Қаланың коммуналдық қалдықтарды басқару жүйесін жаңғырту жөніндегі 2026–2027 жылдарға арналған іс-шаралар жоспары",
             "KẾ HOẠCH THỰC HIỆN PHÂN LOẠI, THU GOM, XỬ LÝ CHẤT THẢI RẮN SINH HOẠT TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2026–2027"),
    "t1.head": ("№|Наименование мероприятия|Форма завершения|Срок исполнения|Источник финансирования|Сумма, млн тенге",
                "№|Іс-шараның атауы|Аяқталу нысаны|Орындау мерзімі|Қаржыландыру көзі|Сомасы, млн теңге",
                "TT|Nhiệm vụ|Sản phẩm|Thời gian hoàn thành|Nguồn kinh phí|Kinh phí (triệu đồng)"),
    "t1.lead": ("Ответственный исполнитель: {who}", "Жауапты орындаушы: {who}", "Cơ quan chủ trì: {who}"),
}  # fmt: skip
# (responsible as the group row names it, the words expected of it, [(task, form, term, source)])
AKIMAT_PLAN = {
    "ru": (
        ("ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города»", "жилищно-коммунального хозяйства",
         (("Провести инвентаризацию контейнерных площадок и оснастить их контейнерами для раздельного сбора", "акт инвентаризации", "II квартал 2026 г.", "местный бюджет"),
          ("Разработать и утвердить схему санитарной очистки города", "постановление акимата", "до 1 октября 2026 г.", "местный бюджет"),
          ("Приобрести мусоровозы с задней загрузкой для коммунального предприятия", "акт приема-передачи", "III квартал 2026 г.", "местный бюджет"))),
        ("ГКП на ПХВ «Тазалык»", "Тазалык",
         (("Построить вторую очередь карт полигона ТБО с противофильтрационным экраном", "акт ввода в эксплуатацию", "декабрь 2027 г.", "местный бюджет, собственные средства"),
          ("Оборудовать полигон наблюдательными скважинами и весовым контролем", "информация в акимат", "IV квартал 2026 г.", "собственные средства"))),
        ("ГУ «Управление природных ресурсов и регулирования природопользования области»", "Управление природных ресурсов",
         (("Ликвидировать несанкционированные свалки на территории пригородной зоны", "информация в акимат области", "ежегодно, до 1 ноября", "местный бюджет"),
          ("Организовать информационную кампанию по раздельному сбору отходов среди населения", "публикации в СМИ", "в течение года", "не требуется"))),
    ),
    "kk": (
        ("«Қаланың тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі» ММ", "тұрғын үй-коммуналдық шаруашылығы",
         (("Контейнерлік алаңдарды түгендеп, оларды бөлек жинауға арналған контейнерлермен жарақтандыру", "түгендеу актісі", "2026 жылғы II тоқсан", "жергілікті бюджет"),
          ("Қаланы санитариялық тазарту схемасын әзірлеу және бекіту", "әкімдік қаулысы", "2026 жылғы 1 қазанға дейін", "жергілікті бюджет"),
          ("Коммуналдық кәсіпорын үшін артқы тиеуі бар қоқыс тасығыш көліктер сатып алу", "қабылдау-тапсыру актісі", "2026 жылғы III тоқсан", "жергілікті бюджет"))),
        ("«Тазалық» ШЖҚ МКК", "Тазалық",
         (("ҚТҚ полигонының екінші кезек карталарын сүзуге қарсы экранмен салу", "пайдалануға беру актісі", "2027 жылғы желтоқсан", "жергілікті бюджет, меншікті қаражат"),
          ("Полигонды бақылау ұңғымаларымен және таразы бақылауымен жабдықтау", "әкімдікке ақпарат", "2026 жылғы IV тоқсан", "меншікті қаражат"))),
        ("«Облыстың табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ", "табиғи ресурстар",
         (("Қала маңы аймағындағы рұқсат етілмеген қоқыс үйінділерін жою", "облыс әкімдігіне ақпарат", "жыл сайын, 1 қарашаға дейін", "жергілікті бюджет"),
          ("Тұрғындар арасында қалдықтарды бөлек жинау бойынша ақпараттық науқан ұйымдастыру", "БАҚ-тағы жарияланымдар", "жыл бойы", "талап етілмейді"))),
    ),
    "vi": (
        ("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường",
         (("Hướng dẫn kỹ thuật phân loại chất thải rắn sinh hoạt tại hộ gia đình, cá nhân", "Văn bản hướng dẫn", "Quý II/2026", "Ngân sách tỉnh"),
          ("Rà soát, đánh giá hiện trạng các bãi chôn lấp chất thải rắn sinh hoạt không hợp vệ sinh", "Báo cáo UBND tỉnh", "Tháng 9/2026", "Ngân sách tỉnh"))),
        ("Sở Xây dựng", "Sở Xây dựng",
         (("Điều chỉnh quy hoạch vị trí các trạm trung chuyển chất thải rắn", "Quyết định phê duyệt", "Quý IV/2026", "Ngân sách tỉnh"),
          ("Thẩm định thiết kế khu xử lý chất thải rắn tập trung của tỉnh", "Văn bản thẩm định", "Năm 2027", "Vốn đầu tư công"))),
        ("UBND các xã, phường", "UBND các xã, phường",
         (("Bố trí điểm tập kết chất thải rắn sinh hoạt đã phân loại tại các thôn, tổ dân phố", "Danh mục điểm tập kết", "Tháng 6/2026", "Ngân sách cấp xã"),
          ("Tổ chức tuyên truyền phân loại chất thải tại nguồn cho người dân", "Báo cáo kết quả", "Thường xuyên", "Ngân sách cấp xã, xã hội hóa"),
          ("Xử lý dứt điểm các điểm đổ thải trái phép trên địa bàn", "Báo cáo kết quả", "Tháng 12/2026", "Ngân sách cấp xã"))),
    ),
}  # fmt: skip


def tasks_t1(doc: Doc) -> None:
    """An akimat's plan (VI: a province's): the responsible body only in a group row spanning the table
    (`Ответственный исполнитель: …`) above its measures, measures numbered straight through, the form of completion, the
    term, the source of financing and the sum (a dash where none)."""
    doc.p(_t(doc, "t1.annex").format(day=doc.rng.randint(2, 27), n=doc.rng.randint(20, 480)))
    doc.h(_t(doc, "t1.h"))
    head = _row(doc, "t1.head")
    rows, merges, k = [head], [], 0
    for who, key, items in AKIMAT_PLAN[doc.lang]:
        _span(rows, merges, _t(doc, "t1.lead").format(who=who), len(head))
        for text, form, term, source in items:
            if doc.rng.random() < 0.2 and len(items) > 1 and text != items[0][0]:
                continue
            k += 1
            free = source in ("не требуется", "талап етілмейді")
            money = "–" if free else num(round(doc.rng.uniform(3, 900), 1), doc.lang)
            rows.append([str(k), text, form, term, source, money])
            doc.add("obligations", task(str(k), text, key))
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


TEXT |= {
    "t2.title": ("План мероприятий по охране окружающей среды на 2026–2028 годы",
                 "2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
                 "KẾ HOẠCH CẢI TẠO, NÂNG CẤP HỆ THỐNG XỬ LÝ NƯỚC THẢI GIAI ĐOẠN 2026–2027"),
    "t2.p": ("Оператор: {operator}. Мероприятия направлены на достижение нормативов допустимых выбросов котельных.",
             "Оператор: {operator}. Іс-шаралар қазандықтардың жол берілетін шығарындылар нормативтеріне қол жеткізуге бағытталған.",
             "Đơn vị: {operator}. Mục tiêu: nước thải sau xử lý đạt QCVN 28:2010/BTNMT, cột B trước khi xả ra hệ thống thoát nước chung."),
    "t2.operators": ("ГКП на ПХВ «Жылу» акимата г. Экибастуза|ГКП на ПХВ «Тараз Жылу»",
                     "Екібастұз қаласы әкімдігінің «Жылу» ШЖҚ МКК|«Тараз Жылу» ШЖҚ МКК",
                     "Bệnh viện Đa khoa tỉnh Bắc Giang|Bệnh viện Y học cổ truyền tỉnh Bắc Giang"),
    "t2.head": ("№|Мероприятие|Срок выполнения|Ответственный|Снижение выбросов, т/год|^|^",
                "№|Іс-шара|Орындау мерзімі|Жауапты|Шығарындыларды азайту, т/жыл|^|^",
                "TT|Hạng mục|Thời gian hoàn thành|Đơn vị thực hiện|Giảm tải lượng dự kiến (kg/ngày)|^|^"),
    "t2.sub": ("^|^|^|^|пыль неорганическая|серы диоксид|азота диоксид", "^|^|^|^|бейорганикалық шаң|күкірт диоксиді|азот диоксиді",
               "^|^|^|^|BOD5|COD|TSS"),
    "t2.caption": ("Таблица 6.1", "6.1-кесте", "Bảng 4.2"),
}  # fmt: skip
# (task, responsible, which of the three figures it gives)
HEAT_TASKS = {
    "ru": (("Заменить батарейные циклоны котлов № 1–3 на эмульгаторы второго поколения", "Главный инженер", (0,)),
           ("Перевести водогрейный котел № 4 на сжигание природного газа", "Начальник котельного цеха", (0, 1, 2)),
           ("Установить горелки с пониженным образованием оксидов азота на котлах № 5, 6", "Начальник ПТО", (2,)),
           ("Организовать пылеподавление (орошение) на открытом складе угля", "Начальник топливного участка", (0,)),
           ("Установить автоматизированную систему мониторинга выбросов на дымовой трубе", "Эколог предприятия", ()),
           ("Перейти на уголь с пониженным содержанием серы", "Отдел снабжения", (1,))),
    "kk": (("№ 1–3 қазандықтардың батареялық циклондарын екінші буын эмульгаторларына ауыстыру", "Бас инженер", (0,)),
           ("№ 4 су жылыту қазандығын табиғи газ жағуға көшіру", "Қазандық цехының бастығы", (0, 1, 2)),
           ("№ 5, 6 қазандықтарға азот оксидтерінің түзілуі төмендетілген оттықтар орнату", "ӨТБ бастығы", (2,)),
           ("Ашық көмір қоймасында шаң басуды (суландыруды) ұйымдастыру", "Отын учаскесінің бастығы", (0,)),
           ("Түтін мұржасына шығарындыларды автоматтандырылған мониторинг жүйесін орнату", "Кәсіпорын экологы", ()),
           ("Құрамында күкірті аз көмірге көшу", "Жабдықтау бөлімі", (1,))),
    "vi": (("Bổ sung bể thiếu khí (Anoxic) dung tích 120 m3 trước bể hiếu khí", "Phòng Hành chính quản trị", (0, 1)),
           ("Thay thế máy thổi khí và hệ thống phân phối khí bể hiếu khí", "Phòng Vật tư – Thiết bị y tế", (0, 1)),
           ("Lắp đặt thiết bị khử trùng nước thải bằng tia UV", "Khoa Kiểm soát nhiễm khuẩn", ()),
           ("Nạo vét bùn bể lắng và cải tạo sân phơi bùn", "Phòng Hành chính quản trị", (2,)),
           ("Cải tạo mạng lưới thu gom nước thải khu nhà điều trị nội trú", "Ban Quản lý dự án", (0, 1, 2)),
           ("Lắp đặt thiết bị đo lưu lượng nước thải đầu ra", "Phòng Vật tư – Thiết bị y tế", ())),
}  # fmt: skip
TERMS = {"ru": ("2026 г.", "2027 г.", "2028 г.", "IV квартал 2026 г.", "до 01.09.2027"),
         "kk": ("2026 ж.", "2027 ж.", "2028 ж.", "2026 жылғы IV тоқсан", "01.09.2027 дейін"),
         "vi": ("Quý III/2026", "Quý IV/2026", "Năm 2027", "Tháng 6/2026", "Trước 31/12/2026")}


def tasks_t2(doc: Doc) -> None:
    """A heating enterprise's plan: each measure with its term and responsible, then the expected cut of emissions in
    t/year per substance as three sub-columns under a merged header (dashes where a measure cuts none) — figures that
    are neither emissions nor limits (VI: a hospital's plan to upgrade its sewage plant, the cut of BOD5, COD and TSS
    loads in kg a day)."""
    operator = doc.pick(_list(doc, "t2.operators"))
    doc.h(_t(doc, "t2.title"))
    doc.p(_t(doc, "t2.p").format(operator=operator))
    rows = [_row(doc, "t2.head"), _row(doc, "t2.sub")]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 6)]
    for k, (text, who, cuts) in enumerate(doc.rng.sample(HEAT_TASKS[doc.lang], 5), 1):
        high = 25 if doc.lang == "vi" else 180
        figures = [num(_sig(doc.rng.uniform(0.3, high), 3), doc.lang) if c in cuts else "–" for c in range(3)]
        rows.append([f"{k}.", text, doc.pick(TERMS[doc.lang]), who, *figures])
        doc.add("obligations", task(str(k), text, who))
    doc.table(_t(doc, "t2.caption"), rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"T{k}", globals()[f"{role}_t{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_t1` … `tasks_t2`, in the order of the roles."""

