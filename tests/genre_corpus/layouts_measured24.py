"""Measured blind (part Z of the eleventh blind set: the set 0.685 as first measured; part Z 0.719 when measured
again on 2026-12-04 before study), then studied and tuned on: now a tuning layout. What follows is its writer's
description.

A blind held-out set (two layouts per role, `Z1` and `Z2`): never used for tuning, written by someone who neither ran
the extractor on them nor read it, to differ from every layout of `layouts_*.py`.

Theme: transport and logistics. Kazakhstan: regional airports, locomotive and wagon-repair depots of a railway
company's branch, a sea port on the Caspian, oil depots with their tank farms and railway loading racks, bus parks and
truck fleets with their repair shops (a ПЭК programme and its report, an НДВ project, a region's list of transport
objects, a waste-management programme, the report of a commissioning of local treatment works, a branch's consolidated
programme, a regulation of rounds, a port's plan of checks, a company's plan of measures and an ecologist's calendar
plan). Vietnam: an airport, a seaport, a shipyard, a fuel depot and logistics centres (ĐTM, giấy phép môi trường,
báo cáo công tác bảo vệ môi trường, báo cáo kết quả vận hành thử nghiệm, quy trình nội bộ, kế hoạch of a corporation).

Facility: an airport's card with no header row under section rows, the operator's name, BIN and address in one cell on
three lines, the aerodrome reference point in the aeronautical notation `472814N 0674237E`, the aerodrome's class and
the sanitary class of its zone beside the category (Z1); a region's list of transport objects where each record takes
two rows under a two-row header whose rows mirror them — operator, BIN, legal address, activity over object, KATO,
place with decimal coordinates, category — the number merged over both (VI: MSDN over the GPMT's number, VN-2000
coordinates) (Z2).
Emissions: an airport's aircraft emissions over the landing and take-off cycle: a row per aircraft type with its
cycles a year and tonnes per substance, then the source's total and its maximum g/s as two closing rows; only these are
items (VI: an ĐTM's loads of an airport's operation period, the average g/s row) (Z1); a bus park's list of substances,
each row naming the sources that emit it and their g/s and t/year one per line in stacked cells, the hazard class, the
substance's total in columns that are no items (VI: a logistics centre's pollutants with their named sources) (Z2).
Wastes: wastes received from ships at a sea port under MARPOL annex group rows, the amount in m³ and in tonnes under a
merged header, the tonnes the amount (VI: a seaport's report, CTNH codes for the oily wastes and none for the garbage)
(Z1); a wagon-repair depot's programme with the level of hazard under a merged header in both the 2021 classifier and
the old 2007 one (green / amber), a footnote on the latter (VI: a shipyard's hazardous wastes handed over in three
rounds with their dates under a merged header, the year's total the amount) (Z2).
Limits: a commissioning report of a car-wash's local treatment works: the inlet concentration (no limit) and the outlet
on three consecutive days under a merged header, the allowed concentration and an efficiency column; the sampling well
only in the sentence before (VI: the stable-operation stage of a seaport's treatment plant against QCVN 40 column B)
(Z1); ambient air at a railway station's protection zone: points as rows, substances as columns, each cell
`measured/ПДК м.р.` as a fraction, explained in a note row (VI: a port's air against QCVN 05:2023 one-hour values in
µg/m3, `kết quả/QCVN`) (Z2).
Monitoring: a railway branch's consolidated programme: a group row per subdivision (depots, a fuelling point) spanning
the table, its points numbered again from `Т-1`, `К-1` in each (VI: a logistics corporation's branches, `KK1`, `NT1` in
each) (Z1); an oil depot's programme in two tables: the points with their places and coordinates (no role), then a
medium per row with the points listed by their codes in one cell and the substances as `code – name` (VI: a fuel
depot's GPMT programme) (Z2).
Inspections: a regulation of rounds whose frequency column gives the interval in days (`1`, `7`, `30`, `90`, `180`,
`365`) (VI: a shipyard's `Chu kỳ (ngày)`) (Z1); a port's plan with one frequency column for the navigation season and
one for the rest of the year, a dash where an object is not checked then (VI: the rainy and the dry season) (Z2).
Tasks: a railway company's plan under two levels of group rows — the environmental component (`1.`), then the
subdivision (`1.1.`) — its measures numbered `1.1.1.` (VI: Roman sections, branches `1.`, measures `1.1`) (Z1); an
ecologist's calendar plan whose rows are the months, the measures of a month listed in one cell as `1) … – отв. …`,
numbered straight through (VI: bullets, the unit in brackets, no numbers) (Z2).

The words of each layout are in the text tables (RU, KK, VI); a header row is one string, its cells between `|`,
`^` for a cell a merge covers.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .limits_data import AIR_PDK, DISCHARGE, QCVN40, add, cell, limit
from .obligations_data import task
from .registry import ROLES, Layout
from .sources_data import emission

TEXT: dict[str, tuple[str, str, str]] = {}


def _t(doc: Doc, key: str) -> str:
    return TEXT[key][vocab.LANGS.index(doc.lang)]


def _list(doc: Doc, key: str) -> list[str]:
    return _t(doc, key).split("|")


def _cells(text: str) -> list[str | None]:
    return [None if x == "^" else x for x in text.split("|")]


def _row(doc: Doc, key: str) -> list[str | None]:
    """A header row of the text tables in the document's language."""
    return _cells(_t(doc, key))


def _i(doc: Doc) -> int:
    return vocab.LANGS.index(doc.lang)


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _down(rows: list, start: int, col: int, merges: list) -> None:
    """Merges a column down from row `start` to the last row, when that is two rows or more."""
    if len(rows) - 1 > start:
        merges.append((start, col, len(rows) - 1, col))


def _across(rows: list, merges: list, text: str, first: int = 0) -> None:
    """A row whose text spans the table from column `first` (a group or a note row)."""
    width = max(len(r) for r in rows)
    rows.append([None] * first + [text] + [None] * (width - first - 1))
    merges.append((len(rows) - 1, first, len(rows) - 1, width - 1))


def _mon(loc: dict, key: tuple[str, str], frequency: str | None) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


# ---------------------------------------------------------------- facility

# (name, operator, legal address, place, ICAO / IATA, class, centre (lat, lon), elevation, runway, head)
AIRPORTS = {
    "ru": (("Аэропорт «Есиль»", "АО «Международный аэропорт Есиль»", "010000, г. Астана, пр. Мангилик Ел, 55/20, офис 304",
            "Акмолинская область, Есильский район, 6 км юго-восточнее г. Есиль", "UAEY / ESL", "Б", (51.93, 66.43), 231,
            "2 500 × 45 м, асфальтобетон", "Президент Жумагалиев Е.С."),
           ("Аэропорт «Балқаш»", "АО «Аэропорт Балқаш»", "100300, Карагандинская область, г. Балхаш, ул. Ленина, 12",
            "Карагандинская область, г. Балхаш, 9 км северо-западнее города", "UAKB / BXJ", "В", (46.89, 74.99), 396,
            "2 200 × 42 м, цементобетон", "Генеральный директор Оспанов Т.Р.")),
    "kk": (("«Есіл» әуежайы", "«Есіл халықаралық әуежайы» АҚ", "010000, Астана қ., Мәңгілік Ел даңғылы, 55/20, 304-кеңсе",
            "Ақмола облысы, Есіл ауданы, Есіл қаласынан оңтүстік-шығысқа қарай 6 км", "UAEY / ESL", "Б", (51.93, 66.43), 231,
            "2 500 × 45 м, асфальтбетон", "Президент Жұмағалиев Е.С."),
           ("«Балқаш» әуежайы", "«Балқаш Әуежайы» АҚ", "100300, Қарағанды облысы, Балқаш қ., Ленин көшесі, 12",
            "Қарағанды облысы, Балқаш қ., қаладан солтүстік-батысқа қарай 9 км", "UAKB / BXJ", "В", (46.89, 74.99), 396,
            "2 200 × 42 м, цементбетон", "Бас директор Оспанов Т.Р.")),
    "vi": (("Cảng hàng không Long Hải", "Công ty Cổ phần Cảng hàng không Long Hải",
            "Tầng 5, số 18 đường Trần Phú, phường Thắng Tam, TP. Vũng Tàu, tỉnh Bà Rịa – Vũng Tàu",
            "xã Phước Hưng, huyện Long Điền, tỉnh Bà Rịa – Vũng Tàu", "VVLH / LHV", "4C", (10.46, 107.24), 12,
            "2.400 m × 45 m, bê tông nhựa", "Ông Trương Công Định – Tổng Giám đốc"),
           ("Cảng hàng không Sơn Đông", "Tổng công ty Cảng hàng không Sơn Đông – CTCP",
            "số 2 đường Lê Lợi, phường Quyết Thắng, TP. Sơn La, tỉnh Sơn La", "xã Chiềng Ngần, TP. Sơn La, tỉnh Sơn La",
            "VVSD / SDX", "4C", (21.30, 103.93), 604, "2.400 m × 45 m, bê tông xi măng",
            "Bà Lò Thị Thu Hà – Tổng Giám đốc")),
}  # fmt: skip
TEXT |= {
    "f1.title": ("Программа производственного экологического контроля. {name}",
                 "{name}. Өндірістік экологиялық бақылау бағдарламасы",
                 "BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name}"),
    "f1.h": ("1. Общие сведения об объекте", "1. Объект туралы жалпы мәліметтер", "Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ"),
    "f1.p": ("Сведения приведены по данным свидетельства о государственной регистрации юридического лица и "
             "Сборника аэронавигационной информации (AIP) Республики Казахстан.",
             "Мәліметтер заңды тұлғаны мемлекеттік тіркеу туралы куәлік және Қазақстан Республикасының аэронавигациялық "
             "ақпарат жинағы (AIP) деректері бойынша келтірілген.",
             "Thông tin về cơ sở được lấy theo Giấy chứng nhận đăng ký doanh nghiệp và Tập thông báo tin tức hàng không (AIP) "
             "Việt Nam."),
    "f1.s1": ("Раздел 1. Оператор объекта", "1-бөлім. Объектінің операторы", "I. Chủ cơ sở"),
    "f1.s2": ("Раздел 2. Аэродром", "2-бөлім. Аэродром", "II. Cơ sở"),
    "f1.s3": ("Раздел 3. Экологическая характеристика", "3-бөлім. Экологиялық сипаттама", "III. Phân loại về môi trường"),
    "f1.labels": ("Наименование, БИН, юридический адрес|Первый руководитель|Наименование объекта|Индекс ИКАО / код ИАТА|"
                  "Класс аэродрома|Контрольная точка аэродрома (КТА), WGS-84|Превышение аэродрома|Взлетно-посадочная полоса|"
                  "Местонахождение|Код КАТО|Категория объекта|Санитарно-защитная зона",
                  "Атауы, БСН, заңды мекенжайы|Бірінші басшысы|Объектінің атауы|ИКАО индексі / ИАТА коды|"
                  "Аэродром класы|Аэродромның бақылау нүктесі (АБН), WGS-84|Аэродромның биіктігі|Ұшу-қону жолағы|"
                  "Орналасқан жері|ҚАТО коды|Объектінің санаты|Санитариялық-қорғау аймағы",
                  "Tên, mã số doanh nghiệp, địa chỉ trụ sở|Người đại diện theo pháp luật|Tên cơ sở|Mã ICAO / IATA|"
                  "Cấp sân bay|Điểm quy chiếu sân bay (ARP), WGS-84|Mức cao sân bay|Đường cất hạ cánh|"
                  "Địa điểm|-|Phân loại cơ sở|Khoảng cách an toàn về môi trường"),
    "f1.bin": ("БИН {b}", "БСН {b}", "Mã số doanh nghiệp: {b}"),
    "f1.elev": ("{m} м над уровнем моря", "теңіз деңгейінен {m} м", "{m} m so với mực nước biển"),
    "f1.cat": ("объект {c} категории (приложение 2 к Экологическому кодексу РК)",
               "{c} санаттағы объект (ҚР Экологиялық кодексінің 2-қосымшасы)",
               "Nhóm {c} (cơ sở thuộc Phụ lục {a} Nghị định số 08/2022/NĐ-CP)"),
    "f1.zone": ("1 000 м (I класс по санитарной классификации)", "1 000 м (санитариялық жіктеу бойынша I сынып)",
                "Không thuộc loại hình có nguy cơ gây ô nhiễm môi trường"),
    "f1.caption": ("Таблица 1.1 – Сведения об операторе и объекте", "1.1-кесте – Оператор және объект туралы мәліметтер",
                   "Bảng 1.1. Thông tin chung về cơ sở"),
}  # fmt: skip
VN_APPENDIX = {"I": "III", "II": "IV", "III": "V"}


def _aip(value: float, width: int, hemisphere: str) -> tuple[str, float]:
    """An angle the aeronautical way, degrees, minutes and whole seconds run together (`472814N`), and its degrees."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60)
    if s == 60:
        m, s = m + 1, 0
    if m == 60:
        d, m = d + 1, 0
    return f"{d:0{width}d}{m:02d}{s:02d}{hemisphere}", d + m / 60 + s / 3600


def facility_z1(doc: Doc) -> None:
    """An airport's card in a ПЭК programme (VI: a GPMT application): no header row, three section rows spanning both
    columns, the operator's name, BIN and legal address in one cell on three lines, the aerodrome reference point in
    the aeronautical notation `472814N 0674237E`, the ICAO code, the aerodrome's class (`Б`, VI `4C`) and the sanitary
    class of the protection zone beside the category, which is the only category."""
    r = doc.rng
    vi = doc.lang == "vi"
    name, operator, legal, place, icao, klass, (lat0, lon0), elev, runway, head = r.choice(AIRPORTS[doc.lang])
    cat = r.choice(("I", "II"))
    bin_ = make_msdn(r) if vi else make_bin(r)
    kato = make_kato(r)
    (lat_t, lat), (lon_t, lon) = _aip(lat0 + r.uniform(-0.02, 0.02), 2, "N"), _aip(lon0 + r.uniform(-0.02, 0.02), 3, "E")
    doc.h(_t(doc, "f1.title").format(name=name.upper() if vi else name))
    doc.h(_t(doc, "f1.h"))
    doc.p(_t(doc, "f1.p"))
    labels = _list(doc, "f1.labels")
    who = f"{operator}\n{_t(doc, 'f1.bin').format(b=bin_)}\n{legal}"
    category = _t(doc, "f1.cat").format(c=cat, a=VN_APPENDIX[cat])
    values = [who, head, name, icao, klass, f"{lat_t} {lon_t}", _t(doc, "f1.elev").format(m=num(elev, doc.lang)), runway,
              place, kato, category, _t(doc, "f1.zone")]
    rows: list[list[str | None]] = []
    merges: list = []
    sections = {0: "f1.s1", 2: "f1.s2", 10: "f1.s3"}
    for k, (label, value) in enumerate(zip(labels, values, strict=True)):
        if k in sections:
            rows.append([_t(doc, sections[k]), None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
        if vi and k == 9:
            continue  # no KATO in Vietnam
        rows.append([label, value])
    doc.table(_t(doc, "f1.caption"), rows, merges, role="facility")
    out = {"bin": bin_, "name_contains": name, "category": cat, "lat": lat, "lon": lon}
    if not vi:
        out["kato"] = kato
    doc.add("facilities", out)
    maybe_distractor(doc)


# (operator, legal address, activity, object, place, centre) per language
REGISTER = {
    "ru": (("ТОО «Арал Мұнай Терминал»", "г. Павлодар, ул. Кривенко, 25", "хранение нефтепродуктов, налив в ж/д цистерны",
            "Нефтебаза «Арал Терминал»", "Павлодарская область, г. Экибастуз, Промзона, 14", (51.72, 75.31)),
           ("ТОО «Вагон Жөндеу Сервис»", "г. Астана, ул. Кунаева, 10", "деповской и капитальный ремонт грузовых вагонов",
            "Вагоноремонтное депо «Екібастұз»", "Павлодарская область, г. Экибастуз, ст. Экибастуз-2", (51.69, 75.36)),
           ("АО «Павлодар Әуежайы»", "г. Павлодар, Аэропорт", "аэропортовая деятельность, обслуживание воздушных судов",
            "Аэропорт «Павлодар-Жаңа»", "Павлодарская область, г. Павлодар, 17 км от города", (52.19, 77.07)),
           ("ТОО «Ертіс Өзен Порты»", "г. Павлодар, ул. Лермонтова, 2", "погрузочно-разгрузочные работы, речные перевозки",
            "Речной порт «Ертіс»", "Павлодарская область, г. Павлодар, Затонская, 1", (52.30, 76.94)),
           ("ТОО «Жүк Тасымал Авто»", "г. Павлодар, ул. Камзина, 170", "грузовые автоперевозки, ремонт автотранспорта",
            "Автоколонна № 2 с ремонтной базой", "Павлодарская область, г. Аксу, ул. Пушкина, 81", (52.04, 76.92)),
           ("ТОО «Transit Logistics Hub»", "г. Алматы, пр. Аль-Фараби, 77/7", "складирование, перевалка контейнеров",
            "Транспортно-логистический центр «Ертіс Логистик»", "Павлодарская область, Павлодарский район, с. Ольгино",
            (52.24, 76.88))),
    "kk": (("«Арал Мұнай Терминал» ЖШС", "Павлодар қ., Кривенко көшесі, 25", "мұнай өнімдерін сақтау, т/ж цистерналарға құю",
            "«Арал Терминал» мұнай базасы", "Павлодар облысы, Екібастұз қ., Өнеркәсіптік аймақ, 14", (51.72, 75.31)),
           ("«Вагон Жөндеу Сервис» ЖШС", "Астана қ., Қонаев көшесі, 10", "жүк вагондарын деполық және күрделі жөндеу",
            "«Екібастұз» вагон жөндеу депосы", "Павлодар облысы, Екібастұз қ., Екібастұз-2 станциясы", (51.69, 75.36)),
           ("«Павлодар Әуежайы» АҚ", "Павлодар қ., Әуежай", "әуежай қызметі, әуе кемелеріне қызмет көрсету",
            "«Павлодар-Жаңа» әуежайы", "Павлодар облысы, Павлодар қ., қаладан 17 км", (52.19, 77.07)),
           ("«Ертіс Өзен Порты» ЖШС", "Павлодар қ., Лермонтов көшесі, 2", "тиеу-түсіру жұмыстары, өзен тасымалы",
            "«Ертіс» өзен порты", "Павлодар облысы, Павлодар қ., Затон көшесі, 1", (52.30, 76.94)),
           ("«Жүк Тасымал Авто» ЖШС", "Павлодар қ., Қамзин көшесі, 170", "жүк автотасымалы, автокөлікті жөндеу",
            "Жөндеу базасы бар № 2 автоколонна", "Павлодар облысы, Ақсу қ., Пушкин көшесі, 81", (52.04, 76.92)),
           ("«Transit Logistics Hub» ЖШС", "Алматы қ., Әл-Фараби даңғылы, 77/7", "қоймалау, контейнерлерді қайта тиеу",
            "«Ертіс Логистик» көлік-логистикалық орталығы", "Павлодар облысы, Павлодар ауданы, Ольгино а.", (52.24, 76.88))),
    "vi": (("Công ty Cổ phần Cảng Nghi Sơn Đông", "Khu kinh tế Nghi Sơn, phường Hải Thượng, thị xã Nghi Sơn, tỉnh Thanh Hóa",
            "Khai thác cảng biển, bốc xếp hàng hóa", "Cảng tổng hợp Nghi Sơn Đông",
            "Khu bến cảng Nghi Sơn, phường Hải Hà, thị xã Nghi Sơn, tỉnh Thanh Hóa", None),
           ("Công ty TNHH Kho vận Xăng dầu Đình Vũ Bắc", "Lô CN5, KCN Đình Vũ, phường Đông Hải 2, quận Hải An, TP. Hải Phòng",
            "Kinh doanh dịch vụ kho xăng dầu", "Kho xăng dầu Đình Vũ Bắc", "phường Đông Hải 2, quận Hải An, TP. Hải Phòng", None),
           ("Công ty Cổ phần Đóng tàu Bạch Đằng Mới", "số 3 Phan Đình Phùng, phường Hạ Lý, quận Hồng Bàng, TP. Hải Phòng",
            "Đóng mới và sửa chữa tàu biển", "Nhà máy đóng tàu Bạch Đằng Mới", "xã Tam Hưng, huyện Thủy Nguyên, TP. Hải Phòng", None),
           ("Công ty Cổ phần Logistics Tân Cảng Nhơn Trạch", "số 722 Điện Biên Phủ, phường 22, quận Bình Thạnh, TP. Hồ Chí Minh",
            "Kho bãi, cảng cạn (ICD), dịch vụ logistics", "Trung tâm logistics Nhơn Trạch Tây",
            "KCN Ông Kèo, xã Phước Khánh, huyện Nhơn Trạch, tỉnh Đồng Nai", None),
           ("Công ty TNHH MTV Vận tải Hành khách Sài Gòn Xanh", "số 39 Hàm Nghi, phường Nguyễn Thái Bình, quận 1, TP. Hồ Chí Minh",
            "Vận tải hành khách bằng xe buýt, bảo dưỡng phương tiện", "Xí nghiệp xe buýt Củ Chi Bắc",
            "xã Tân Thạnh Đông, huyện Củ Chi, TP. Hồ Chí Minh", None)),
}  # fmt: skip
TEXT |= {
    "f2.title": ("Перечень объектов транспорта и логистики I и II категорий, расположенных на территории Павлодарской области "
                 "(по состоянию на 01.01.2026)",
                 "Павлодар облысының аумағында орналасқан I және II санаттағы көлік және логистика объектілерінің тізбесі "
                 "(01.01.2026 жағдай бойынша)",
                 "DANH SÁCH CÁC CƠ SỞ CẢNG BIỂN, KHO XĂNG DẦU, LOGISTICS ĐƯỢC CẤP GIẤY PHÉP MÔI TRƯỜNG NĂM 2025"),
    "f2.p": ("Приложение к письму Департамента экологии по Павлодарской области от 14.01.2026 № 03-12/118.",
             "Павлодар облысы бойынша экология департаментінің 14.01.2026 № 03-12/118 хатына қосымша.",
             "(Kèm theo Báo cáo số 215/BC-STNMT ngày 20/01/2026 của Sở Nông nghiệp và Môi trường)"),
    "f2.h0": ("№ п/п|Наименование оператора|БИН|Юридический адрес|Вид деятельности",
              "Р/с №|Оператордың атауы|БСН|Заңды мекенжайы|Қызмет түрі",
              "STT|Chủ cơ sở|Mã số doanh nghiệp|Địa chỉ trụ sở chính|Loại hình hoạt động"),
    "f2.h1": ("^|Наименование объекта|Код КАТО|Местонахождение объекта, координаты центра площадки|Категория объекта",
              "^|Объектінің атауы|ҚАТО коды|Объектінің орналасқан жері, алаң ортасының координаттары|Объектінің санаты",
              "^|Tên cơ sở|Số, ngày cấp giấy phép môi trường|Địa điểm cơ sở, tọa độ (VN-2000)|Nhóm"),
    "f2.coords": ("{la}° с.ш., {lo}° в.д.", "{la}° с.е., {lo}° ш.б.", "X = {x}; Y = {y}"),
    "f2.note": ("Примечание: в первой строке записи приведены сведения об операторе, во второй – об объекте.",
                "Ескертпе: жазбаның бірінші жолында оператор туралы, екіншісінде объект туралы мәліметтер келтірілген.",
                "Ghi chú: dòng thứ nhất ghi thông tin về chủ cơ sở, dòng thứ hai ghi thông tin về cơ sở."),
}  # fmt: skip


def facility_z2(doc: Doc) -> None:
    """A regional department's list of transport objects (VI: a provincial department's list of permitted ports,
    depots and logistics centres) where each record takes two rows under a two-row header whose rows mirror them: the
    operator, its BIN, legal address and activity on the first, the object, its KATO, place with decimal coordinates
    and category on the second (VI: the GPMT's number under the MSDN, VN-2000 coordinates, so no latitude); the
    record's number merged over both rows, a note row explaining the two rows."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "f2.title"))
    doc.p(_t(doc, "f2.p"))
    rows, merges = [_row(doc, "f2.h0"), _row(doc, "f2.h1")], [(0, 0, 1, 0)]
    picked = sorted(r.sample(range(len(REGISTER[doc.lang])), 4))
    for n, i in enumerate(picked, 1):
        operator, legal, activity, name, place, centre = REGISTER[doc.lang][i]
        cat = r.choice(("I", "II"))
        bin_ = make_msdn(r) if vi else make_bin(r)
        if vi:
            permit = f"{r.randint(12, 480)}/GPMT-UBND, {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025"
            x, y = r.randint(2100000, 2300000), r.randint(560000, 620000)
            where = f"{place}; " + _t(doc, "f2.coords").format(x=num(x, "vi"), y=num(y, "vi"))
            second = [name, permit, where, f"Nhóm {cat}"]
            out = {"bin": bin_, "name_contains": name, "category": cat}
        else:
            kato = make_kato(r)
            lat, lon = round(centre[0] + r.uniform(-0.01, 0.01), 4), round(centre[1] + r.uniform(-0.01, 0.01), 4)
            coords = _t(doc, "f2.coords").format(la=num(lat, doc.lang, False), lo=num(lon, doc.lang, False))
            second = [name, kato, f"{place}; {coords}", cat]
            out = {"bin": bin_, "name_contains": name, "kato": kato, "category": cat, "lat": lat, "lon": lon}
        rows.append([str(n), operator, bin_, legal, activity])
        rows.append([None, *second])
        merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
        doc.add("facilities", out)
    _across(rows, merges, _t(doc, "f2.note"))
    doc.table(None, rows, merges, role="facility")
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# aircraft type: kg per landing and take-off cycle, by code (NO2 and NO as the Kazakh method splits NOx)
LTO = {
    "Airbus A320neo": {"0301": 7.9, "0304": 1.28, "0337": 5.6, "0330": 0.74, "0328": 0.012},
    "Airbus A321": {"0301": 12.6, "0304": 2.05, "0337": 6.9, "0330": 0.96, "0328": 0.016},
    "Boeing 737-800": {"0301": 10.1, "0304": 1.64, "0337": 7.8, "0330": 0.82, "0328": 0.015},
    "Embraer E190": {"0301": 5.4, "0304": 0.88, "0337": 6.2, "0330": 0.58, "0328": 0.009},
    "ATR 72-600": {"0301": 1.7, "0304": 0.28, "0337": 2.9, "0330": 0.21, "0328": 0.004},
}
LTO_VI = {"0301": "0301", "0337": "0337", "0330": "0330", "2902": "0328"}  # VI column: the KZ factor it is worked from
TEXT |= {
    "e1.title": ("Проект нормативов допустимых выбросов загрязняющих веществ в атмосферный воздух. {name}",
                 "Атмосфералық ауаға ластаушы заттардың рұқсат етілген шығарындыларының нормативтері жобасы. {name}",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN MỞ RỘNG NHÀ GA HÀNH KHÁCH {name}"),
    "e1.h": ("3.4. Расчет выбросов от воздушных судов", "3.4. Әуе кемелерінен шығарындыларды есептеу",
             "3.1.2.1. Tác động do khí thải từ hoạt động cất, hạ cánh của tàu bay"),
    "e1.p": ("Выбросы двигателей воздушных судов рассчитаны для взлетно-посадочного цикла (ВПЦ): заход на посадку, "
             "руление после посадки, руление перед взлетом, взлет и набор высоты до 915 м. Воздушные суда на перроне, "
             "рулежных дорожках и ВПП учтены как неорганизованный источник № 6001. Число ВПЦ принято по расписанию на 2026 год.",
             "Әуе кемелері қозғалтқыштарының шығарындылары ұшу-қону циклі (ҰҚЦ) үшін есептелді: қонуға кіру, қонғаннан "
             "кейін рульдеу, ұшар алдында рульдеу, ұшу және 915 м биіктікке көтерілу. Перрондағы, рульдеу жолдарындағы және "
             "ҰҚЖ-дағы әуе кемелері № 6001 ұйымдастырылмаған көз ретінде ескерілді. ҰҚЦ саны 2026 жылғы кесте бойынша алынды.",
             "Tải lượng khí thải được tính theo chu trình cất hạ cánh (LTO) của ICAO gồm các chế độ: tiếp cận, lăn, cất cánh "
             "và lấy độ cao đến 915 m; số chu trình LTO được lấy theo dự báo sản lượng năm 2030. Tải lượng trung bình (g/s) "
             "được tính cho 24 giờ hoạt động mỗi ngày."),
    "e1.h0": ("Тип воздушного судна|Количество ВПЦ в год|Выброс загрязняющих веществ, т/год|^|^|^|^",
              "Әуе кемесінің түрі|Жылына ҰҚЦ саны|Ластаушы заттар шығарындысы, т/жыл|^|^|^|^",
              "TT|Loại tàu bay|Số chu trình LTO/năm|Tải lượng chất ô nhiễm (tấn/năm)|^|^|^"),
    "e1.total": ("Итого по источнику № 6001, т/год", "№ 6001 көз бойынша барлығы, т/жыл", "Tổng cộng (tấn/năm)"),
    "e1.max": ("Максимальный разовый выброс, г/с", "Ең жоғары бір реттік шығарынды, г/с", "Tải lượng trung bình (g/s)"),
    "e1.caption": ("Таблица 3.7 – Выбросы загрязняющих веществ от воздушных судов (источник № 6001 «Перрон, рулежные дорожки, ВПП»)",
                   "3.7-кесте – Әуе кемелерінен ластаушы заттар шығарындылары (№ 6001 «Перрон, рульдеу жолдары, ҰҚЖ» көзі)",
                   "Bảng 3.12. Tải lượng khí thải từ hoạt động cất hạ cánh của tàu bay giai đoạn vận hành"),
    "e1.after": ("Максимальный разовый выброс определен для одновременного выполнения двух ВПЦ воздушными судами "
                 "наибольшей размерности.",
                 "Ең жоғары бір реттік шығарынды ең үлкен әуе кемелерінің екі ҰҚЦ-ны бір мезгілде орындауы үшін анықталды.",
                 "Ghi chú: hệ số phát thải theo Cơ sở dữ liệu phát thải động cơ tàu bay của ICAO (2023)."),
}  # fmt: skip


def emissions_z1(doc: Doc) -> None:
    """An airport's НДВ project: the aircraft as one unorganised source, a row per aircraft type with its landing and
    take-off cycles a year and the tonnes of each substance under a merged header (code after the name), then the
    source's total in t/year and its maximum one-time g/s as two closing rows — the items are the source's, the rows per
    type are parts of them (VI: an ĐTM's loads of the operation period, a closing row of tonnes and one of average g/s,
    no source number)."""
    r = doc.rng
    vi = doc.lang == "vi"
    name = r.choice(AIRPORTS[doc.lang])[0]
    doc.h(_t(doc, "e1.title").format(name=name.upper() if vi else name))
    doc.h(_t(doc, "e1.h"))
    doc.p(_t(doc, "e1.p"))
    types = sorted(r.sample(sorted(LTO), r.randint(3, 4)), key=list(LTO).index)
    cycles = {a: r.randint(12, 130) * (50 if vi else 20) for a in types}
    codes = list(LTO_VI) if vi else ["0301", "0304", "0337", "0330", "0328"]
    rows = [_row(doc, "e1.h0")]
    heads = [vocab.air(c, "vi", 1) if vi else f"{vocab.air(c, doc.lang)} ({c})" for c in codes]
    lead = 3 if vi else 2
    rows.append([None] * lead + heads)
    merges = [(0, c, 1, c) for c in range(lead)] + [(0, lead, 0, lead + len(codes) - 1)]
    per = {c: [] for c in codes}
    for k, a in enumerate(types, 1):
        line = []
        for c in codes:
            factor = LTO[a][LTO_VI[c] if vi else c] * (1.4 if vi and c == "2902" else 1)
            t = _sig(factor * cycles[a] / 1000, 4)
            per[c].append(t)
            line.append(num(t, doc.lang))
        rows.append([*([str(k)] if vi else []), a, num(cycles[a], doc.lang), *line])
    totals = {c: round(sum(per[c]), 6) for c in codes}
    if vi:
        g_s = {c: _sig(totals[c] * 1e6 / (365 * 24 * 3600), 3) for c in codes}
    else:
        big = max(types, key=lambda a: LTO[a]["0301"])
        g_s = {c: _sig(2 * LTO[big][c] * 1000 / 1980, 4) for c in codes}
    for key, values in (("e1.total", totals), ("e1.max", g_s)):
        rows.append([_t(doc, key), *([None] * (lead - 1)), *(num(values[c], doc.lang) for c in codes)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, lead - 1))
    doc.table(_t(doc, "e1.caption"), rows, merges, role="emissions")
    doc.p(_t(doc, "e1.after"))
    if vi:
        doc.add("emissions", *(emission(c, g_s[c], totals[c], period="operation") for c in codes))
        return
    doc.add("emissions", *(emission(c, g_s[c], totals[c], "6001") for c in codes))
    doc.add("sources", {"number": "6001", "type": "unorganized"})
    maybe_distractor(doc)


# (number, organised?, RU, KK, codes, g/s range, hours a year)
FLEET = (
    ("0001", True, "Дымовая труба котельной (2 котла на природном газе)", "Қазандықтың түтін мұржасы (табиғи газбен 2 қазандық)",
     ("0301", "0304", "0337"), (0.01, 0.12), 5100),
    ("0002", True, "Вентиляционная труба окрасочной камеры", "Бояу камерасының желдету құбыры",
     ("0616", "0621", "2902"), (0.005, 0.09), 1500),
    ("0003", True, "Вытяжка стенда обкатки двигателей", "Қозғалтқыштарды сынау стендінің сорғышы",
     ("0301", "0304", "0328", "0330", "0337"), (0.002, 0.05), 620),
    ("6001", False, "Открытая стоянка автобусов (прогрев двигателей)", "Автобустардың ашық тұрағы (қозғалтқыштарды қыздыру)",
     ("0301", "0328", "0330", "0337"), (0.004, 0.11), 2900),
    ("6002", False, "Сварочный пост ремонтной зоны", "Жөндеу аймағының дәнекерлеу посты",
     ("0123", "0143"), (0.0004, 0.006), 1800),
    ("6003", False, "Топливораздаточная колонка дизельного топлива", "Дизель отынын тарату колонкасы",
     ("0333", "2754"), (0.00002, 0.004), 8760),
)  # fmt: skip
# (name, codes, g/s range, hours a year) — a logistics centre
HUB_VI = (
    ("Máy phát điện dự phòng 1.250 kVA", ("2902", "0330", "0301", "0337"), (0.01, 0.6), 150),
    ("Xe container, xe tải ra vào trung tâm", ("2902", "0330", "0301", "0337"), (0.02, 0.4), 6000),
    ("Bồn chứa dầu DO 50 m3 (ống thông hơi)", ("0602", "0621"), (0.0001, 0.003), 8760),
    ("Xưởng sơn sửa chữa vỏ container", ("0616", "0621", "2902"), (0.004, 0.08), 2000),
)  # fmt: skip


def _pair_of(doc: Doc, span: tuple[float, float], hours: int) -> tuple[float, float]:
    """A maximum g/s and the tonnes a year it gives over the hours of work at a part load."""
    g = rate(doc.rng, *span, 3)
    return g, _sig(g * hours * 3600 / 1e6 * doc.rng.uniform(0.35, 0.8), 3)


TEXT |= {
    "e2.title": ("Проект нормативов допустимых выбросов (НДВ) для автобусного парка № 4 ТОО «Қала Автобус Паркі»",
                 "«Қала Автобус Паркі» ЖШС № 4 автобус паркіне арналған рұқсат етілген шығарындылар нормативтерінің (РЕШН) жобасы",
                 "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN TRUNG TÂM LOGISTICS NHƠN TRẠCH TÂY"),
    "e2.p": ("В таблице для каждого вещества перечислены источники, в выбросах которых оно присутствует; номера источников "
             "и выбросы по ним приведены построчно в одном порядке.",
             "Кестеде әр зат үшін оның шығарындыларында болатын көздер көрсетілген; көздердің нөмірлері мен олар бойынша "
             "шығарындылар бір ретпен жол-жолымен келтірілген.",
             "Tải lượng các chất ô nhiễm không khí trong giai đoạn vận hành được tổng hợp theo từng chất, mỗi dòng trong ô "
             "tương ứng với một nguồn phát sinh."),
    "e2.head": ("Код ЗВ|Наименование загрязняющего вещества|Класс опасности|№ источника выброса|Выброс по источнику|^|"
                "Суммарный выброс вещества|^",
                "ЛЗ коды|Ластаушы заттың атауы|Қауіптілік сыныбы|Шығарынды көзінің №|Көз бойынша шығарынды|^|"
                "Заттың жиынтық шығарындысы|^",
                "TT|Chất ô nhiễm|Nguồn phát sinh|Tải lượng theo nguồn|^|Tổng tải lượng|^"),
    "e2.units": ("^|^|^|^|г/с|т/год|г/с|т/год", "^|^|^|^|г/с|т/жыл|г/с|т/жыл", "^|^|^|g/s|tấn/năm|g/s|tấn/năm"),
    "e2.total": ("Всего по предприятию", "Кәсіпорын бойынша барлығы", "Tổng cộng"),
    "e2.caption": ("Таблица 3.1 – Перечень загрязняющих веществ, выбрасываемых в атмосферу, с распределением по источникам",
                   "3.1-кесте – Атмосфераға шығарылатын ластаушы заттардың көздер бойынша бөлінген тізбесі",
                   "Bảng 3.8. Tải lượng khí thải của trung tâm logistics giai đoạn vận hành"),
}  # fmt: skip


def emissions_z2(doc: Doc) -> None:
    """A bus park's НДВ list of substances: a row per substance whose `№ источника`, `г/с` and `т/год` cells hold one
    line per source that emits it (the lines of a row belong together), the hazard class, then the substance's total
    in two columns that are no items, and a total row (VI: a logistics centre's pollutants in the operation period,
    the named sources stacked one per line, no numbers)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "e2.title"))
    doc.p(_t(doc, "e2.p"))
    rows = [_row(doc, "e2.head"), _row(doc, "e2.units")]
    if vi:
        sources = r.sample(HUB_VI, 3) if r.random() < 0.5 else list(HUB_VI)
        got = {(s[0], c): _pair_of(doc, s[2], s[3]) for s in sources for c in s[1]}
        order = [c for c in ("2902", "0330", "0301", "0337", "0602", "0621", "0616") if any(c in s[1] for s in sources)]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
        sums = [0.0, 0.0]
        for k, c in enumerate(order, 1):
            mine = [s[0] for s in sources if c in s[1]]
            pairs = [got[(s, c)] for s in mine]
            g_all, t_all = round(sum(p[0] for p in pairs), 6), round(sum(p[1] for p in pairs), 6)
            sums = [sums[0] + g_all, sums[1] + t_all]
            rows.append([str(k), vocab.air(c, "vi", r.randrange(2)), "\n".join(f"- {s}" for s in mine),
                         "\n".join(num(p[0], "vi") for p in pairs), "\n".join(num(p[1], "vi") for p in pairs),
                         num(g_all, "vi"), num(t_all, "vi")])
            doc.add("emissions", *(emission(c, g, t, period="operation") for g, t in pairs))
        rows.append(["", _t(doc, "e2.total"), "", "", "", num(round(sums[0], 6), "vi"), num(round(sums[1], 6), "vi")])
        doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
        return
    keep = sorted(r.sample(range(len(FLEET)), r.randint(4, 5)))
    sources = [FLEET[k] for k in keep]
    got = {(s[0], c): _pair_of(doc, s[5], s[6]) for s in sources for c in s[4]}
    order = sorted({c for s in sources for c in s[4]})
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5), (0, 6, 0, 7)]
    sums = [0.0, 0.0]
    for c in order:
        mine = [s[0] for s in sources if c in s[4]]
        pairs = [got[(n, c)] for n in mine]
        g_all, t_all = round(sum(p[0] for p in pairs), 6), round(sum(p[1] for p in pairs), 6)
        sums = [sums[0] + g_all, sums[1] + t_all]
        hazard = vocab.hazard(c)
        rows.append([c, vocab.air(c, doc.lang), str(hazard) if hazard else "–", "\n".join(mine),
                     "\n".join(num(p[0], doc.lang) for p in pairs), "\n".join(num(p[1], doc.lang) for p in pairs),
                     num(g_all, doc.lang), num(t_all, doc.lang)])
        doc.add("emissions", *(emission(c, g, t, n, hazard) for n, (g, t) in zip(mine, pairs, strict=True)))
    rows.append([_t(doc, "e2.total"), None, None, None, None, None, num(round(sums[0], 6), doc.lang),
                 num(round(sums[1], 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(_t(doc, "e2.caption"), rows, merges, role="emissions")
    lang_i = 2 if doc.lang == "ru" else 3
    doc.p(doc.v("Источники выброса: ", "Шығарынды көздері: ", "") + "; ".join(f"{s[0]} – {s[lang_i]}" for s in sources) + ".")
    doc.add("sources", *({"number": s[0], "type": "organized" if s[1] else "unorganized"} for s in sources))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, density t/m3, m3 range) — wastes received from ships
SHIP_OILY = (
    ("13 04 03*", "Льяльные (подсланевые) воды", "Трюм асты (льял) сулары", (0.96, 0.99), (80, 900)),
    ("13 05 02*", "Шламы сепараторов нефтесодержащих вод (нефтеостатки)", "Мұнайлы суларды бөлгіштердің шламдары (мұнай қалдықтары)",
     (0.9, 0.95), (4, 60)),
    ("13 02 08*", "Отработанные судовые моторные и трансмиссионные масла", "Пайдаланылған кеме мотор және трансмиссия майлары",
     (0.88, 0.9), (2, 25)),
)
SHIP_GARBAGE = (
    ("20 03 01", "Смешанные коммунальные отходы (судовой мусор)", "Аралас коммуналдық қалдықтар (кеме қоқысы)", (0.18, 0.25), (40, 300)),
    ("20 01 08", "Пищевые отходы камбузов", "Камбуздардың тамақ қалдықтары", (0.45, 0.6), (5, 60)),
    ("15 01 02", "Пластиковая упаковка", "Пластик орама", (0.05, 0.09), (10, 90)),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орамасы", (0.08, 0.12), (6, 70)),
)
SHIP_OILY_VI = (
    ("17 04 03", "Dầu đáy tàu (nước la canh) từ tàu biển", (0.96, 0.99), (60, 700)),
    ("17 05 02", "Bùn thải từ thiết bị tách dầu/nước", (0.9, 0.95), (3, 40)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (0.88, 0.9), (2, 20)),
)
SHIP_GARBAGE_VI = (
    ("Rác thải sinh hoạt từ tàu", (0.18, 0.25), (30, 250)),
    ("Chất thải thực phẩm từ nhà bếp trên tàu", (0.45, 0.6), (4, 40)),
    ("Bao bì nhựa, chai lọ thải", (0.05, 0.09), (8, 70)),
)
TEXT |= {
    "w1.title": ("Отчет о приеме отходов с судов и обращении с ними за 2025 год. Морской порт «Түпқараған»",
                 "2025 жылы кемелерден қалдықтарды қабылдау және олармен жұмыс істеу туралы есеп. «Түпқараған» теңіз порты",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – CẢNG TỔNG HỢP NGHI SƠN ĐÔNG"),
    "w1.p": ("Оператор портовых приемных сооружений: ТОО «Түпқараған Порт Сервис». Отходы принимаются с судов в соответствии "
             "с Международной конвенцией МАРПОЛ 73/78; нефтесодержащие отходы принимаются сборщиком «НМС-14», мусор – в "
             "контейнеры на причалах.",
             "Порттық қабылдау құрылыстарының операторы: «Түпқараған Порт Сервис» ЖШС. Қалдықтар кемелерден МАРПОЛ 73/78 "
             "халықаралық конвенциясына сәйкес қабылданады; мұнайлы қалдықтарды «НМС-14» жинағышы, қоқысты айлақтардағы "
             "контейнерлер қабылдайды.",
             "4.2. Kết quả tiếp nhận chất thải từ tàu thuyền: chất thải từ tàu được tiếp nhận theo Công ước MARPOL 73/78 và "
             "chuyển giao cho đơn vị có chức năng xử lý."),
    "w1.h0": ("№ п/п|Наименование отхода|Код отхода|Количество принятых отходов|^|Передано (организация)",
              "Р/с №|Қалдықтың атауы|Қалдық коды|Қабылданған қалдықтар мөлшері|^|Берілді (ұйым)",
              "TT|Tên chất thải|Mã CTNH|Khối lượng tiếp nhận|^|Đơn vị tiếp nhận, xử lý"),
    "w1.h1": ("^|^|^|м³|т|^", "^|^|^|м³|т|^", "^|^|^|m3|tấn|^"),
    "w1.g1": ("Приложение I МАРПОЛ 73/78. Нефтесодержащие отходы", "МАРПОЛ 73/78 I қосымшасы. Мұнайлы қалдықтар",
              "Phụ lục I MARPOL 73/78 – Chất thải có dầu"),
    "w1.g5": ("Приложение V МАРПОЛ 73/78. Мусор", "МАРПОЛ 73/78 V қосымшасы. Қоқыс", "Phụ lục V MARPOL 73/78 – Rác thải"),
    "w1.to": ("ТОО «Каспий Эко Ресайклинг»|ТОО «Маңғыстау Коммунал Сервис»",
              "«Каспий Эко Ресайклинг» ЖШС|«Маңғыстау Коммунал Сервис» ЖШС",
              "Công ty TNHH Môi trường Nghi Sơn Xanh|Công ty Cổ phần Môi trường đô thị Nghi Sơn"),
    "w1.total": ("Итого", "Барлығы", "Tổng cộng"),
    "w1.caption": ("Таблица 2 – Отходы, принятые с судов в 2025 году", "2-кесте – 2025 жылы кемелерден қабылданған қалдықтар",
                   "Bảng 4.3. Chất thải tiếp nhận từ tàu thuyền năm 2025"),
}  # fmt: skip


def wastes_z1(doc: Doc) -> None:
    """Wastes received from ships at a sea port in a year: group rows naming the MARPOL annex (oily wastes, garbage)
    spanning the table, items numbered straight through, the amount in m³ and in tonnes as two sub-columns under a
    merged header — the tonnes are the amount — and the organisation the waste went to, a total row (VI: a seaport's
    annual report, the CTNH code for the oily wastes and a dash for the garbage, which are ordinary wastes)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "w1.title"))
    doc.p(_t(doc, "w1.p"))
    rows, merges = [_row(doc, "w1.h0"), _row(doc, "w1.h1")], [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    oily_to, garbage_to = _list(doc, "w1.to")
    if vi:
        oily = [(c, n, True, d, v) for c, n, d, v in SHIP_OILY_VI]
        garbage = [(None, n, False, d, v) for n, d, v in r.sample(SHIP_GARBAGE_VI, 2)]
    else:
        name_i = 1 if doc.lang == "ru" else 2
        oily = [(w[0], w[name_i], True, w[3], w[4]) for w in SHIP_OILY[: r.randint(2, 3)]]
        garbage = [(w[0], w[name_i], False, w[3], w[4]) for w in sorted(r.sample(SHIP_GARBAGE, r.randint(2, 3)), key=SHIP_GARBAGE.index)]
    n, m3_sum, t_sum = 0, 0.0, 0.0
    for key, group, to in (("w1.g1", oily, oily_to), ("w1.g5", garbage, garbage_to)):
        _across(rows, merges, _t(doc, key))
        for code, name, hazardous, density, volume in group:
            n += 1
            m3 = float(r.randint(*volume)) + (r.randint(0, 9) / 10 if volume[1] < 100 else 0)
            t = round(m3 * r.uniform(*density), 2)
            m3_sum, t_sum = m3_sum + m3, t_sum + t
            shown = code if code else "-"
            rows.append([str(n), name, shown, num(m3, doc.lang), num(t, doc.lang), to])
            if vi:
                doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None,
                                   "hazardous": hazardous, "amount_t": t, "name_contains": name})
            else:
                doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": t,
                                   "name_contains": name})
    rows.append(["", _t(doc, "w1.total"), "", num(round(m3_sum, 1), doc.lang), num(round(t_sum, 2), doc.lang), ""])
    doc.table(_t(doc, "w1.caption"), rows, merges, role="wastes")
    maybe_distractor(doc)


# (code, RU, KK, old level (0 green, 1 amber), place RU, KK, range t)
WAGON = (
    ("13 02 08*", "Отработанная буксовая смазка и трансмиссионные масла", "Пайдаланылған букса майы және трансмиссия майлары", 1,
     "буксовое отделение", "букса бөлімшесі", (0.8, 6)),
    ("15 02 02*", "Промасленная ветошь и обтирочный материал", "Майланған шүберек және сүрту материалы", 1,
     "все участки депо", "депоның барлық учаскелері", (0.3, 2.5)),
    ("12 03 01*", "Отработанные моечные растворы моечной машины колесных пар", "Доңғалақ жұптарын жуу машинасының пайдаланылған жуу ерітінділері", 1,
     "колесно-роликовый участок", "доңғалақ-ролик учаскесі", (4, 30)),
    ("12 01 16*", "Отработанный абразив дробеструйной очистки кузовов", "Шанақтарды бытыра-ағынды тазартудың пайдаланылған абразиві", 1,
     "участок очистки и окраски", "тазарту және бояу учаскесі", (2, 18)),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", 1,
     "аккумуляторное отделение", "аккумулятор бөлімшесі", (0.2, 1.8)),
    ("16 01 12", "Отработанные тормозные колодки (композиционные)", "Пайдаланылған тежегіш қалыптары (композициялық)", 0,
     "тележечный участок", "арба учаскесі", (3, 25)),
    ("16 01 17", "Лом черных металлов (детали вагонов)", "Қара металл сынықтары (вагон бөлшектері)", 0,
     "сборочный участок", "жинау учаскесі", (40, 320)),
    ("17 02 01", "Отходы древесины (доски пола и обшивки вагонов)", "Ағаш қалдықтары (вагон еденінің және қаптамасының тақтайлары)", 0,
     "участок ремонта кузовов", "шанақ жөндеу учаскесі", (5, 45)),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", 0,
     "административно-бытовой корпус", "әкімшілік-тұрмыстық корпус", (6, 28)),
)  # fmt: skip
TEXT |= {
    "w2.title": ("Программа управления отходами вагоноремонтного депо «Екібастұз» ТОО «Вагон Жөндеу Сервис» на 2026–2035 годы",
                 "«Вагон Жөндеу Сервис» ЖШС «Екібастұз» вагон жөндеу депосының 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы",
                 "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY ĐÓNG TÀU BẠCH ĐẰNG MỚI"),
    "w2.h": ("2.3. Виды и объемы образования отходов", "2.3. Қалдықтардың түрлері мен түзілу көлемдері",
             "3. Kết quả chuyển giao chất thải nguy hại trong năm"),
    "w2.p": ("Сведения приведены по результатам инвентаризации отходов 2025 года.",
             "Мәліметтер 2025 жылғы қалдықтарды түгендеу нәтижелері бойынша келтірілген.",
             "Chất thải nguy hại phát sinh được chuyển giao cho Công ty TNHH Môi trường Hải Phòng Xanh (giấy phép xử lý CTNH "
             "số 1-2-3-4.067.VX) theo các đợt sau:"),
    "w2.h0": ("№|Наименование отхода|Код отхода по Классификатору (2021 г.)|Уровень опасности|^|Место образования|"
              "Количество образования, т/год",
              "№|Қалдықтың атауы|Сыныптауыш бойынша қалдық коды (2021 ж.)|Қауіптілік деңгейі|^|Түзілу орны|Түзілу мөлшері, т/жыл",
              "TT|Tên chất thải|Mã CTNH|Khối lượng chuyển giao theo đợt (kg)|^|^|Tổng khối lượng năm 2025 (kg)"),
    "w2.h1": ("^|^|^|по Классификатору 2021 г.|по Классификатору 2007 г.*|^|^",
              "^|^|^|2021 ж. сыныптауыш бойынша|2007 ж. сыныптауыш бойынша*|^|^", "^|^|^|{d1}|{d2}|{d3}|^"),
    "w2.levels": ("опасный|неопасный", "қауіпті|қауіпті емес", ""),
    "w2.old": ("зеленый|янтарный", "жасыл|сары (янтарь)", ""),
    "w2.total": ("Итого", "Барлығы", "Tổng cộng"),
    "w2.foot": ("* Уровень опасности по ранее действовавшему Классификатору отходов (приказ Министра охраны окружающей "
                "среды РК от 31 мая 2007 года № 169-п) приведен справочно для сопоставления с данными прежних лет.",
                "* Бұрын қолданылған Қалдықтар сыныптауышы (ҚР Қоршаған ортаны қорғау министрінің 2007 жылғы 31 мамырдағы "
                "№ 169-п бұйрығы) бойынша қауіптілік деңгейі бұрынғы жылдардың деректерімен салыстыру үшін анықтама ретінде берілген.",
                "Ghi chú: dấu “-” là không chuyển giao trong đợt."),
    "w2.caption": ("Таблица 2.5 – Отходы производства и потребления", "2.5-кесте – Өндіріс және тұтыну қалдықтары",
                   "Bảng 3. Khối lượng chất thải nguy hại đã chuyển giao"),
}  # fmt: skip
SHIPYARD_VI = (
    ("18 02 01", "Giẻ lau, găng tay dính dầu, sơn thải", (40, 400)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (60, 900)),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng sơn, thùng dung môi)", (80, 1200)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", (5, 60)),
    ("19 06 01", "Pin, ắc quy chì thải", (20, 300)),
    ("17 05 02", "Bùn thải từ thiết bị tách dầu/nước", (100, 1500)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa", (10, 150)),
)


def wastes_z2(doc: Doc) -> None:
    """A wagon-repair depot's waste-management programme: the level of hazard under a merged header twice — by the
    2021 classifier (`опасный`) and by the old 2007 one (`янтарный`, `зеленый`, starred and explained in a footnote)
    — between the code and the place of formation, tonnes a year, a total (VI: a shipyard's hazardous wastes handed
    over in three rounds with their dates as sub-columns under a merged header, a dash where a waste was not handed
    over in a round, the year's total in kg the amount)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "w2.title"))
    doc.h(_t(doc, "w2.h"))
    doc.p(_t(doc, "w2.p"))
    if vi:
        dates = sorted(r.sample(range(1, 12), 3))
        days = [f"Đợt {k} ({r.randint(3, 27):02d}/{m:02d}/2025)" for k, m in enumerate(dates, 1)]
        rows = [_row(doc, "w2.h0"), _cells(_t(doc, "w2.h1").format(d1=days[0], d2=days[1], d3=days[2]))]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
        total = 0
        for k, (code, name, span) in enumerate(r.sample(SHIPYARD_VI, 5), 1):
            rounds = [r.randint(*span) // 5 * 5 if r.random() < 0.7 else 0 for _ in range(3)]
            if not any(rounds):
                rounds[r.randrange(3)] = r.randint(*span) // 5 * 5 or 5
            kg = sum(rounds)
            total += kg
            rows.append([str(k), name, code, *(num(x, "vi") if x else "-" for x in rounds), num(kg, "vi")])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                               "name_contains": name})
        rows.append(["", _t(doc, "w2.total"), "", "", "", "", num(total, "vi")])
        doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
        doc.p(_t(doc, "w2.foot"))
        return
    hazardous = [w for w in WAGON if w[0].endswith("*")]
    plain = [w for w in WAGON if not w[0].endswith("*")]
    picked = sorted(r.sample(hazardous, 4) + r.sample(plain, 2), key=WAGON.index)
    rows = [_row(doc, "w2.h0"), _row(doc, "w2.h1")]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 5, 6)] + [(0, 3, 0, 4)]
    levels, old = _list(doc, "w2.levels"), _list(doc, "w2.old")
    name_i, place_i = (1, 4) if doc.lang == "ru" else (2, 5)
    total = 0.0
    for k, w in enumerate(picked, 1):
        t = rate(r, *w[6], 3)
        total += t
        hz = w[0].endswith("*")
        rows.append([str(k), w[name_i], w[0], levels[0] if hz else levels[1], old[w[3]], w[place_i], num(t, doc.lang)])
        doc.add("wastes", {"code": w[0], "code_system": "LoW", "hazardous": hz, "amount_t": t, "name_contains": w[name_i]})
    rows.append(["", _t(doc, "w2.total"), "", "", "", "", num(round(total, 4), doc.lang)])
    doc.table(_t(doc, "w2.caption"), rows, merges, role="wastes")
    doc.p(_t(doc, "w2.foot"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

TEXT |= {
    "l1.title": ("Отчет о пусконаладочных работах локальных очистных сооружений мойки подвижного состава. {site}",
                 "Жылжымалы құрамды жуу орнының жергілікті тазарту құрылыстарын іске қосу-жөндеу жұмыстары туралы есеп. {site}",
                 "BÁO CÁO KẾT QUẢ VẬN HÀNH THỬ NGHIỆM CÔNG TRÌNH XỬ LÝ NƯỚC THẢI – {site}"),
    "l1.sites": ("Автобусный парк № 4 ТОО «Қала Автобус Паркі»|Локомотивное депо ТЧ-14 «Екібастұз»",
                 "«Қала Автобус Паркі» ЖШС № 4 автобус паркі|«Екібастұз» ТЧ-14 локомотив депосы",
                 "CẢNG TỔNG HỢP NGHI SƠN ĐÔNG|TRUNG TÂM LOGISTICS NHƠN TRẠCH TÂY"),
    "l1.h": ("4. Результаты комплексного опробования", "4. Кешенді сынау нәтижелері",
             "3.2. Kết quả quan trắc nước thải giai đoạn vận hành ổn định"),
    "l1.p": ("Очистные сооружения (песколовка, нефтеловушка, напорный флотатор, сорбционный фильтр) производительностью "
             "{q} м3/ч выведены на проектный режим {d0}. Пробы очищенной воды отбирались из контрольного колодца КК-2 перед "
             "сбросом в пруд-испаритель один раз в сутки в течение трех суток подряд; проба исходной воды – средняя за период "
             "опробования. Результаты сопоставлены с допустимыми концентрациями экологического разрешения.",
             "Өнімділігі {q} м3/сағ тазарту құрылыстары (құм ұстағыш, мұнай ұстағыш, қысымды флотатор, сорбциялық сүзгі) "
             "{d0} жобалық режимге шығарылды. Тазартылған су сынамалары булану тоғанына төгер алдында КК-2 бақылау құдығынан "
             "қатарынан үш тәулік бойы тәулігіне бір рет алынды; бастапқы су сынамасы – сынау кезеңіндегі орташа сынама. "
             "Нәтижелер экологиялық рұқсаттағы рұқсат етілген концентрациялармен салыстырылды.",
             "Hệ thống xử lý nước thải tập trung công suất {q} m3/ngày đêm đã vận hành ổn định từ {d0}. Mẫu nước thải sau xử lý "
             "được lấy tại hố ga quan trắc trước khi xả ra kênh tiếp nhận, mỗi ngày 01 mẫu đơn trong 03 ngày liên tiếp; mẫu "
             "nước thải đầu vào là mẫu tổ hợp. Kết quả được so sánh với QCVN 40:2011/BTNMT, cột B (Kq = 1,0; Kf = 1,0)."),
    "l1.h0": ("№|Показатель|Ед. изм.|Концентрация на входе в ЛОС|Концентрация на выходе из ЛОС|^|^|"
              "Допустимая концентрация по разрешению|Эффективность очистки, %",
              "№|Көрсеткіш|Өлш. бірл.|ЖТҚ кірісіндегі концентрация|ЖТҚ шығысындағы концентрация|^|^|"
              "Рұқсат бойынша рұқсат етілген концентрация|Тазарту тиімділігі, %",
              "TT|Thông số|Đơn vị|Nước thải đầu vào|Nước thải sau xử lý|^|^|QCVN 40:2011/BTNMT (cột B)|Hiệu suất xử lý (%)"),
    "l1.units": ("мг/дм3|ед. pH", "мг/дм3|pH бірл.", "mg/l|-"),
    "l1.caption": ("Таблица 4.1 – Результаты анализов исходной и очищенной воды в период комплексного опробования",
                   "4.1-кесте – Кешенді сынау кезеңіндегі бастапқы және тазартылған судың талдау нәтижелері",
                   "Bảng 3.4. Kết quả phân tích mẫu nước thải trong giai đoạn vận hành ổn định"),
    "l1.after": ("Вывод: концентрации загрязняющих веществ в очищенной воде не превышают допустимых.",
                 "Қорытынды: тазартылған судағы ластаушы заттардың концентрациялары рұқсат етілгеннен аспайды.",
                 "Nhận xét: các thông số trong nước thải sau xử lý đều nằm trong giới hạn cho phép của QCVN 40:2011/BTNMT, cột B."),
}  # fmt: skip
WASH = ("pH", "TSS", "TPH", "COD", "BOD5", "Surfactants", "Fe")
WASH_VI = ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "TPH")
# symbol: how much dirtier the inlet is than the outlet limit
INLET = {"TSS": (8, 30), "TPH": (40, 200), "COD": (4, 12), "BOD5": (3, 9), "Surfactants": (3, 10), "Fe": (2, 8),
         "NH4+": (1.5, 4), "TN": (1.2, 3), "TP": (1.3, 3)}  # fmt: skip


def limits_z1(doc: Doc) -> None:
    """A commissioning report of a car-wash's local treatment works: the inlet concentration (no limit: a figure before
    treatment) and the outlet on three consecutive days as sub-columns under a merged header, the allowed concentration
    of the permit and an efficiency column; a unit per row (`ед. pH`), pH a range; the sampling well only in the
    sentence before, so no point (VI: the stable-operation stage of a seaport's treatment plant, three daily samples
    against QCVN 40 column B)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "l1.title").format(site=r.choice(_list(doc, "l1.sites"))))
    doc.h(_t(doc, "l1.h"))
    start_day, month = r.randint(3, 20), r.randint(5, 9)
    days = [f"{start_day + k:02d}.{month:02d}.2025" if not vi else f"Ngày {start_day + k:02d}/{month:02d}/2025" for k in range(3)]
    d0 = f"{start_day:02d}.{month:02d}.2025" if not vi else f"ngày {start_day:02d}/{month:02d}/2025"
    q = r.choice((12, 18, 25)) if not vi else r.choice((150, 200, 300))
    doc.p(_t(doc, "l1.p").format(q=num(q, doc.lang), d0=d0))
    rows = [_row(doc, "l1.h0"), [None, None, None, None, *days, None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 7, 8)] + [(0, 4, 0, 6)]
    per_l, ph_unit = _list(doc, "l1.units")
    pool = WASH_VI if vi else WASH
    keys = ["pH", *sorted(r.sample(pool[1:], 5), key=pool.index)]
    for k, s in enumerate(keys, 1):
        lim = QCVN40[s][1] if vi else DISCHARGE[s]
        if isinstance(lim, tuple):
            inlet = round(r.uniform(7.2, 9.4), 1)
            outs = [round(r.uniform(6.8, 8.2), 1) for _ in range(3)]
            effect = "–"
        else:
            low, high = INLET[s]
            if vi and s == "TPH":  # a port's inflow carries less oil than a car wash's
                low, high = 1.5, 5
            inlet = _sig(lim * r.uniform(low, high), 3)
            outs = [_sig(lim * r.uniform(0.2, 0.9), 2) for _ in range(3)]
            effect = num(round(100 * (1 - sum(outs) / 3 / inlet), 1), doc.lang)
        unit = ph_unit if s == "pH" else per_l
        rows.append([str(k), vocab.water(s, doc.lang), unit, num(inlet, doc.lang), *(num(v, doc.lang) for v in outs),
                     cell(doc, lim), effect])
        for v in outs:
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B" if vi else None, None, v))
    doc.table(_t(doc, "l1.caption"), rows, merges, role="limits")
    doc.p(_t(doc, "l1.after"))
    maybe_distractor(doc)


# code: µg/m3 — QCVN 05:2023/BTNMT, one-hour averages
QCVN05_1H = {"2902": 300, "0330": 350, "0301": 200, "0337": 30000}
TEXT |= {
    "l2.title": ("Отчет по программе производственного экологического контроля за II квартал 2025 года. "
                 "Сортировочная станция «Тобыл» и эксплуатационное локомотивное депо",
                 "2025 жылғы II тоқсандағы өндірістік экологиялық бақылау бағдарламасы бойынша есеп. "
                 "«Тобыл» сұрыптау станциясы және пайдалану локомотив депосы",
                 "BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ QUÝ II NĂM 2025 – CẢNG TỔNG HỢP NGHI SƠN ĐÔNG"),
    "l2.h": ("3.1. Мониторинг воздействия на атмосферный воздух", "3.1. Атмосфералық ауаға әсер мониторингі",
             "2.1. Kết quả quan trắc chất lượng không khí xung quanh"),
    "l2.p": ("Замеры выполнены испытательной лабораторией ТОО «ЭкоТест Қостанай» (аттестат аккредитации KZ.T.10.1234) "
             "на границе санитарно-защитной зоны станции.",
             "Өлшеулерді «ЭкоТест Қостанай» ЖШС сынақ зертханасы (аккредиттеу аттестаты KZ.T.10.1234) станцияның "
             "санитариялық-қорғау аймағының шекарасында жүргізді.",
             "Đơn vị quan trắc: Trung tâm Quan trắc môi trường Thanh Hóa (VIMCERTS 087); thời gian lấy mẫu: tháng {m}/2025."),
    "l2.h0": ("Точка отбора проб|Дата отбора|Концентрация, мг/м3 (факт / ПДК м.р.)|{span}",
              "Сынама алу нүктесі|Сынама алу күні|Концентрация, мг/м3 (нақты / ШЖК м.б.)|{span}",
              "Vị trí quan trắc|Ngày lấy mẫu|Kết quả quan trắc / QCVN 05:2023/BTNMT (trung bình 1 giờ), µg/m3|{span}"),
    "l2.points": ("Т-1 (граница СЗЗ, север, со стороны горловины парка)|Т-2 (граница СЗЗ, восток, у пункта экипировки)|"
                  "Т-3 (граница СЗЗ, юг, жилая застройка ул. Вокзальной)|Т-4 (граница СЗЗ, запад, у депо)",
                  "Т-1 (СҚА шекарасы, солтүстік, парк мойны жағы)|Т-2 (СҚА шекарасы, шығыс, жабдықтау пункті маңы)|"
                  "Т-3 (СҚА шекарасы, оңтүстік, Вокзал көшесінің тұрғын үйлері)|Т-4 (СҚА шекарасы, батыс, депо маңы)",
                  "KK1 – Cổng chính cảng|KK2 – Khu vực bãi hàng rời|KK3 – Khu vực cầu bến số 2|KK4 – Khu dân cư thôn Bắc Hải"),
    "l2.note": ("Примечание: в числителе – максимальная из разовых концентраций, в знаменателе – ПДК м.р.",
                "Ескертпе: алымында – бір реттік концентрациялардың ең жоғарысы, бөлімінде – ШЖК м.б.",
                "Ghi chú: tử số là kết quả quan trắc, mẫu số là giá trị giới hạn theo QCVN 05:2023/BTNMT (trung bình 1 giờ)."),
    "l2.caption": ("Таблица 3.2 – Результаты замеров на границе СЗЗ", "3.2-кесте – СҚА шекарасындағы өлшеу нәтижелері",
                   "Bảng 2.1. Kết quả quan trắc không khí xung quanh quý II/2025"),
}  # fmt: skip


def limits_z2(doc: Doc) -> None:
    """Ambient air at a railway station's protection zone: the points as rows with the sampling date, the substances as
    columns under a merged header, each cell the measured maximum over the ПДК м.р. as a fraction (`0,041/0,2`), a note
    row saying which is which (VI: a port's air at KK1–KK4, `kết quả/QCVN` one-hour values in µg/m3)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "l2.title"))
    doc.h(_t(doc, "l2.h"))
    month = r.randint(4, 6)
    doc.p(_t(doc, "l2.p").format(m=month))
    pool = list(QCVN05_1H) if vi else ["0301", "0304", "0330", "0337", "0328", "2754"]
    codes = sorted(r.sample(pool, 4), key=pool.index)
    span = "|".join("^" for _ in codes[1:])
    rows = [_cells(_t(doc, "l2.h0").format(span=span)),
            [None, None, *(vocab.air(c, doc.lang, r.randrange(2) if vi else 0) for c in codes)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(codes))]
    column = "Trung bình 1 giờ" if vi else doc.v("м.р.", "м.б.", "")
    for place in _list(doc, "l2.points")[: r.randint(3, 4)]:
        point = place.split(" ")[0]
        date = f"{r.randint(2, 28):02d}/{month:02d}/2025" if vi else f"{r.randint(2, 28):02d}.{month:02d}.2025"
        line = []
        for c in codes:
            lim = QCVN05_1H[c] if vi else AIR_PDK[c][0]
            value = _sig(lim * r.uniform(0.05, 0.85), 2)
            line.append(f"{num(value, doc.lang)}/{num(lim, doc.lang)}")
            add(doc, limit(("code", c), "air", lim, "µg/m3" if vi else "mg/m3", column, point, value))
        rows.append([place, date, *line])
    _across(rows, merges, _t(doc, "l2.note"))
    doc.table(_t(doc, "l2.caption"), rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (group RU, KK, [(kind, code, place RU, place KK)]) — a railway branch's subdivisions
BRANCH = (
    ("Локомотивное депо ТЧ-14 (ст. Екібастұз-1)", "ТЧ-14 локомотив депосы (Екібастұз-1 ст.)",
     (("air", "Т-1", "граница СЗЗ депо, северо-восток", "депо СҚА шекарасы, солтүстік-шығыс"),
      ("ww", "К-1", "выпуск ЛОС мойки локомотивов в пруд-испаритель", "локомотив жуу ЖТҚ-ның булану тоғанына шығарылымы"),
      ("gw", "Н-1", "наблюдательная скважина у склада дизельного топлива", "дизель отыны қоймасы маңындағы бақылау ұңғымасы"))),
    ("Вагонное ремонтное депо ВЧДр-7 (ст. Екібастұз-2)", "ВЧДр-7 вагон жөндеу депосы (Екібастұз-2 ст.)",
     (("air", "Т-1", "граница СЗЗ, юго-запад, у жилой застройки пос. Дальний", "СҚА шекарасы, оңтүстік-батыс, Дальний кентінің тұрғын үйлері маңы"),
      ("air", "Т-2", "граница СЗЗ, северо-запад, со стороны окрасочного цеха", "СҚА шекарасы, солтүстік-батыс, бояу цехы жағы"),
      ("ww", "К-1", "выпуск очищенных стоков моечной машины колесных пар", "доңғалақ жұптарын жуу машинасының тазартылған ағындарының шығарылымы"))),
    ("Пункт экипировки тепловозов и склад ГСМ (ст. Майқайың)", "Тепловоздарды жабдықтау пункті және ЖЖМ қоймасы (Майқайың ст.)",
     (("air", "Т-1", "граница СЗЗ пункта экипировки, восток", "жабдықтау пунктінің СҚА шекарасы, шығыс"),
      ("soil", "П-1", "почва у сливо-наливной эстакады", "құю-ағызу эстакадасы маңындағы топырақ"),
      ("gw", "Н-1", "скважина ниже по потоку от резервуарного парка", "резервуарлар паркінен ағыс бойынша төмен ұңғыма"))),
)  # fmt: skip
# kind: (key, pool, how many, frequencies)
BRANCH_KINDS = {
    "air": ("code", ("0301", "0304", "0330", "0337", "0328", "2754"), 4, ("quarterly",)),
    "ww": ("symbol", ("pH", "TSS", "TPH", "COD", "BOD5", "Surfactants"), 4, ("monthly", "quarterly")),
    "gw": ("symbol", ("pH", "TPH", "Cl-", "SO4", "TDS"), 3, ("semiannual",)),
    "soil": ("soil", ("TPH", "Pb", "Zn", "Cu"), 2, ("yearly",)),
}
BRANCH_VI = (
    ("Chi nhánh Cảng cạn ICD Tân Phú Bắc",
     (("air", "KK1", "Cổng ra vào ICD"), ("air", "KK2", "Bãi container rỗng"), ("ww", "NT1", "Nước thải sau HTXL 120 m3/ngày đêm"))),
    ("Chi nhánh Kho ngoại quan Long An Tây",
     (("air", "KK1", "Khu vực sân xuất nhập hàng kho số 3"), ("ww", "NT1", "Hố ga sau bể tự hoại, trước điểm đấu nối KCN"))),
    ("Chi nhánh Trung tâm phân phối Bình Dương Nam",
     (("air", "KK1", "Khu vực cổng bảo vệ"), ("ww", "NT1", "Nước thải rửa xe sau bể tách dầu"))),
)
BRANCH_KINDS_VI = {
    "air": ("code", ("2902", "0330", "0301", "0337"), 4, ("quarterly", "semiannual")),
    "ww": ("symbol", ("pH", "BOD5", "COD", "TSS", "NH4+", "TPH", "Coliform"), 5, ("quarterly",)),
}
TEXT |= {
    "m1.title": ("Программа производственного экологического контроля объектов Экибастузского отделения "
                 "ТОО «Теміржол Жөндеу» на 2026–2028 годы",
                 "«Теміржол Жөндеу» ЖШС Екібастұз бөлімшесі объектілерінің 2026–2028 жылдарға арналған өндірістік "
                 "экологиялық бақылау бағдарламасы",
                 "KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 CỦA TỔNG CÔNG TY LOGISTICS SÔNG HẬU VÀ CÁC CHI NHÁNH"),
    "m1.h": ("5. План-график мониторинга воздействия по структурным подразделениям",
             "5. Құрылымдық бөлімшелер бойынша әсер мониторингінің жоспар-кестесі",
             "II. Chương trình quan trắc môi trường định kỳ tại các chi nhánh"),
    "m1.p": ("Пункты наблюдения пронумерованы в пределах каждого подразделения; их расположение показано на картах-схемах "
             "в приложениях 4–6.",
             "Бақылау пункттері әр бөлімше шегінде нөмірленген; олардың орналасуы 4–6-қосымшалардағы карта-сызбаларда көрсетілген.",
             "Ký hiệu điểm quan trắc được đánh số riêng cho từng chi nhánh theo giấy phép môi trường đã được cấp."),
    "m1.head": ("№|Пункт наблюдения|Компонент среды|Контролируемые параметры|Периодичность|Исполнитель",
                "№|Бақылау пункті|Орта компоненті|Бақыланатын параметрлер|Кезеңділігі|Орындаушы",
                "TT|Vị trí quan trắc|Thành phần môi trường|Thông số quan trắc|Tần suất|Đơn vị thực hiện"),
    "m1.media": ("air:атмосферный воздух|ww:сточные воды|gw:подземные воды|soil:почва",
                 "air:атмосфералық ауа|ww:ағынды сулар|gw:жерасты сулары|soil:топырақ",
                 "air:Không khí xung quanh|ww:Nước thải"),
    "m1.who": ("аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана",
               "Trung tâm Quan trắc TN&MT (VIMCERTS 112)"),
    "m1.caption": ("Таблица 5.1", "5.1-кесте", "Bảng 2. Kế hoạch quan trắc định kỳ năm 2026"),
}  # fmt: skip


def monitoring_z1(doc: Doc) -> None:
    """A railway branch's consolidated programme (VI: a logistics corporation's plan for its branches): a group row per
    subdivision spanning the table, its points numbered again from `Т-1`, `К-1` (VI `KK1`, `NT1`) in each, the code and
    the place in one cell, the medium, the parameters in one cell, the frequency and who samples; items numbered 1.1,
    2.1 within their subdivision."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "m1.title"))
    doc.h(_t(doc, "m1.h"))
    doc.p(_t(doc, "m1.p"))
    media = dict(x.split(":") for x in _list(doc, "m1.media"))
    rows, merges = [_row(doc, "m1.head")], []
    groups = BRANCH_VI if vi else BRANCH
    kinds = BRANCH_KINDS_VI if vi else BRANCH_KINDS
    for g, group in enumerate(groups, 1):
        if vi:
            title, points = group
        else:
            ru, kk, points = group
            title = ru if doc.lang == "ru" else kk
        _across(rows, merges, f"{g}. {title}")
        for k, point in enumerate(points, 1):
            kind, code = point[0], point[1]
            place = point[2] if doc.lang in ("ru", "vi") else point[3]
            key, pool, many, words = kinds[kind]
            picked = sorted(r.sample(pool, min(many, len(pool))), key=pool.index)
            word = r.choice(words)
            if key == "code":
                names = [vocab.air(c, doc.lang, r.randrange(2) if vi else 0) for c in picked]
            elif key == "soil":
                names = [vocab.soil(s, doc.lang) for s in picked]
            else:
                names = [vocab.water(s, doc.lang) for s in picked]
            rows.append([f"{g}.{k}", f"{code} – {place}", media[kind], ", ".join(names), freq(doc, word), _t(doc, "m1.who")])
            field = "code" if key == "code" else "symbol"
            doc.add("monitoring", *(_mon({"point_contains": code}, (field, x), word) for x in picked))
    doc.table(_t(doc, "m1.caption"), rows, merges, role="monitoring")
    maybe_distractor(doc)


TEXT |= {
    "m2.title": ("Программа производственного экологического контроля нефтебазы «Арал Терминал» ТОО «Арал Мұнай Терминал»",
                 "«Арал Мұнай Терминал» ЖШС «Арал Терминал» мұнай базасының өндірістік экологиялық бақылау бағдарламасы",
                 "GIẤY PHÉP MÔI TRƯỜNG – KHO XĂNG DẦU ĐÌNH VŨ BẮC"),
    "m2.h": ("6. Мониторинг воздействия", "6. Әсер мониторингі",
             "Phụ lục 4. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ CỦA CƠ SỞ"),
    "m2.pts.caption": ("Таблица 6.1 – Пункты наблюдения", "6.1-кесте – Бақылау пункттері", "Bảng 4.1. Vị trí các điểm quan trắc"),
    "m2.pts.head": ("Код пункта|Местоположение|Координаты (WGS-84)|Наблюдаемая среда",
                    "Пункт коды|Орналасқан жері|Координаттары (WGS-84)|Бақыланатын орта",
                    "Ký hiệu|Vị trí|Tọa độ VN-2000 (X; Y)|Thành phần môi trường"),
    "m2.caption": ("Таблица 6.2 – План-график мониторинга воздействия", "6.2-кесте – Әсер мониторингінің жоспар-кестесі",
                   "Bảng 4.2. Nội dung quan trắc môi trường định kỳ"),
    "m2.head": ("Наблюдаемая среда|Пункты наблюдения|Контролируемые показатели|Периодичность|НД на методику",
                "Бақыланатын орта|Бақылау пункттері|Бақыланатын көрсеткіштер|Кезеңділігі|Әдістемеге НҚ",
                "Thành phần môi trường|Ký hiệu điểm quan trắc|Thông số quan trắc|Tần suất|Quy chuẩn so sánh"),
    "m2.after": ("Расположение пунктов наблюдения – см. карту-схему (приложение 7).",
                 "Бақылау пункттерінің орналасуы – карта-сызбаны қараңыз (7-қосымша).",
                 "Sơ đồ vị trí các điểm quan trắc đính kèm tại Phụ lục 5."),
}  # fmt: skip
# (medium RU, KK, VI, points [(code, place RU, KK, VI)], key, pool, how many, frequencies, method RU/KK, VI standard)
DEPOT_MEDIA = (
    (("атмосферный воздух", "атмосфералық ауа", "Không khí xung quanh"),
     (("Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік", "Cổng kho, phía Bắc"),
      ("Т-2", "граница СЗЗ, восток (резервуарный парк)", "СҚА шекарасы, шығыс (резервуарлар паркі)", "Khu bồn chứa, phía Đông"),
      ("Т-3", "граница СЗЗ, юг (ж/д эстакада)", "СҚА шекарасы, оңтүстік (т/ж эстакадасы)", "Khu vực xuất xăng dầu bằng ô tô xi téc"),
      ("Т-4", "граница СЗЗ, запад", "СҚА шекарасы, батыс", "Cầu cảng xuất nhập xăng dầu")),
     "code", ("0333", "2754", "0602", "0621", "0616", "2704"), ("0602", "0621", "0616", "2704", "2902"), 4,
     ("quarterly", "monthly"), "РД 52.04.186-89", "QCVN 05:2023/BTNMT; QCVN 06:2009/BTNMT"),
    (("подземные воды", "жерасты сулары", "Nước thải"),
     (("Н-1", "скважина выше по потоку (фон)", "ағыс бойынша жоғары ұңғыма (фон)", "Nước thải sau bể tách dầu, trước khi xả ra sông Cấm"),
      ("Н-2", "скважина у резервуарного парка", "резервуарлар паркі маңындағы ұңғыма", ""),
      ("Н-3", "скважина ниже по потоку", "ағыс бойынша төмен ұңғыма", "")),
     "symbol", ("pH", "TPH", "Cl-", "SO4", "TDS", "Fe"), ("pH", "TSS", "COD", "TPH", "Phenols"), 4,
     ("semiannual", "quarterly"), "ГОСТ 31861-2012; ПНД Ф 14.1:2:4.128-98", "QCVN 40:2011/BTNMT, cột B"),
    (("почва", "топырақ", "Nước mặt"),
     (("П-1", "площадка слива-налива", "құю-ағызу алаңы", "Sông Cấm, thượng lưu cầu cảng 200 m"),
      ("П-2", "территория у очистных сооружений", "тазарту құрылыстары маңындағы аумақ", "Sông Cấm, hạ lưu cầu cảng 200 m")),
     "soil", ("TPH", "Pb", "Zn", "Ni"), ("pH", "DO", "TSS", "TPH", "COD"), 2,
     ("yearly", "semiannual"), "ГОСТ 17.4.4.02-2017", "QCVN 08:2023/BTNMT"),
)  # fmt: skip


def monitoring_z2(doc: Doc) -> None:
    """An oil depot's programme (VI: a fuel depot's GPMT annex) in two tables: first the points with their place,
    coordinates and medium (no role), then a medium per row with its points listed by their codes in one cell
    (`Т-1, Т-2, Т-3, Т-4`), the substances as `code – name` joined by semicolons (VI: names), the frequency and the
    method (VI: the standard compared); each listed point takes each substance."""
    r = doc.rng
    vi = doc.lang == "vi"
    li = _i(doc)
    doc.h(_t(doc, "m2.title"))
    doc.h(_t(doc, "m2.h"))
    media = []
    for medium, points, key, pool, pool_vi, many, words, method, standard in DEPOT_MEDIA:
        pts = [p for p in points if p[3]] if vi else list(points)
        if vi and medium[2] == "Nước thải":
            pts = pts[:1]
        if key == "code" and not vi:
            pts = pts[: r.randint(3, 4)]
        keys = pool_vi if vi else pool
        picked = sorted(r.sample(keys, min(max(many, 4) if vi else many, len(keys))), key=keys.index)
        media.append((medium[li], pts, "code" if key == "code" else ("soil" if key == "soil" and not vi else "symbol"),
                      picked, r.choice(words), standard if vi else method))
    x0, y0 = r.randint(2300000, 2330000), r.randint(590000, 610000)
    rows = [_row(doc, "m2.pts.head")]
    for medium, pts, *_ in media:
        for code, ru, kk, vi_place in pts:
            place = {"ru": ru, "kk": kk, "vi": vi_place}[doc.lang]
            if vi:
                where = f"{num(x0 + r.randint(-400, 400), 'vi')}; {num(y0 + r.randint(-400, 400), 'vi')}"
                code = {"Không khí xung quanh": "KK", "Nước thải": "NT", "Nước mặt": "NM"}[medium] + code.split("-")[1]
            else:
                la, lo = num(round(51.72 + r.uniform(-0.01, 0.01), 5), doc.lang, False), num(round(75.31 + r.uniform(-0.01, 0.01), 5), doc.lang, False)
                where = doc.v(f"{la}° с.ш., {lo}° в.д.", f"{la}° с.е., {lo}° ш.б.", "")
            rows.append([code, place, where, medium])
    doc.table(_t(doc, "m2.pts.caption"), rows, role="other")
    rows = [_row(doc, "m2.head")]
    for medium, _pts, key, picked, word, method in media:
        codes = [row[0] for row in doc.parts[-1][2][1:] if row[3] == medium]
        if key == "code":
            names = [vocab.air(c, doc.lang, r.randrange(2)) if vi else f"{c} – {vocab.air(c, doc.lang, 1 if c == '0621' else 0)}"
                     for c in picked]
        elif key == "soil":
            names = [vocab.soil(s, doc.lang) for s in picked]
        else:
            names = [vocab.water(s, doc.lang) for s in picked]
        rows.append([medium, ", ".join(codes), ("; " if not vi and key == "code" else ", ").join(names), freq(doc, word), method])
        field = "code" if key == "code" else "symbol"
        for point in codes:
            doc.add("monitoring", *(_mon({"point_contains": point}, (field, x), word) for x in picked))
    doc.table(_t(doc, "m2.caption"), rows, role="monitoring")
    doc.p(_t(doc, "m2.after"))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

DAYS = {"daily": 1, "weekly": 7, "monthly": 30, "quarterly": 90, "semiannual": 180, "yearly": 365}
# (unit RU, KK, VI, what is checked RU, KK, VI, record RU, KK, VI, the frequencies it may have)
ROUNDS = (
    ("Склад дизельного топлива и масел", "Дизель отыны мен майлар қоймасы", "Kho nhiên liệu và dầu mỡ",
     "герметичность резервуаров, состояние обвалования и поддонов", "резервуарлардың саңылаусыздығы, қоршау үйіндісі мен табандықтардың күйі",
     "độ kín của bồn chứa, tình trạng gờ bao và khay hứng dầu", "журнал ЭК-1", "ЭБ-1 журналы", "Sổ theo dõi MT-01", ("daily", "weekly")),
    ("Моечная машина колесных пар и тележек", "Доңғалақ жұптары мен арбаларды жуу машинасы", "Khu vực phun cát, làm sạch vỏ tàu",
     "отсутствие переливов, уровень шлама в отстойнике", "толып ағудың болмауы, тұндырғыштағы шлам деңгейі",
     "hệ thống bạt che, thu hồi hạt mài", "журнал ЭК-2", "ЭБ-2 журналы", "Sổ theo dõi MT-02", ("daily", "weekly", "monthly")),
    ("Локальные очистные сооружения (нефтеловушка)", "Жергілікті тазарту құрылыстары (мұнай ұстағыш)", "Bể tách dầu khu vực ụ khô",
     "уровень нефтепродуктов в нефтеловушке, состояние фильтров", "мұнай ұстағыштағы мұнай өнімдерінің деңгейі, сүзгілердің күйі",
     "lớp váng dầu, tình trạng vách ngăn", "журнал ЭК-3", "ЭБ-3 журналы", "Sổ theo dõi MT-03", ("weekly", "monthly")),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "Kho lưu giữ chất thải nguy hại",
     "маркировка контейнеров, сроки накопления, наличие навеса", "контейнерлердің таңбалануы, жинақтау мерзімдері, қалқаның болуы",
     "dán nhãn, phân loại, thời gian lưu giữ", "акт осмотра", "қарау актісі", "Biên bản kiểm tra", ("weekly", "monthly")),
    ("Окрасочное отделение (фильтры камеры)", "Бояу бөлімшесі (камера сүзгілері)", "Xưởng sơn vỏ tàu",
     "состояние и замена фильтрующих элементов", "сүзгі элементтерінің күйі және ауыстырылуы",
     "tình trạng và thay thế tấm lọc buồng sơn", "журнал ЭК-4", "ЭБ-4 журналы", "Sổ theo dõi MT-04", ("monthly", "quarterly", "semiannual")),
    ("Котельная депо", "Депо қазандығы", "Trạm khí nén và máy phát điện dự phòng",
     "режим горения, состояние газоходов", "жану режимі, газ жолдарының күйі",
     "khói thải, rò rỉ dầu", "журнал ЭК-5", "ЭБ-5 журналы", "Sổ theo dõi MT-05", ("monthly", "quarterly", "semiannual", "yearly")),
    ("Аккумуляторное отделение", "Аккумулятор бөлімшесі", "Trạm xử lý nước thải sinh hoạt 50 m3/ngày đêm",
     "нейтрализация электролита, вентиляция", "электролитті бейтараптандыру, желдету",
     "vận hành bơm, máy thổi khí, hóa chất khử trùng", "журнал ЭК-6", "ЭБ-6 журналы", "Nhật ký vận hành", ("weekly", "monthly", "quarterly")),
)  # fmt: skip
TEXT |= {
    "i1.title": ("Регламент осмотров природоохранных объектов вагоноремонтного депо «Екібастұз»",
                 "«Екібастұз» вагон жөндеу депосының табиғат қорғау объектілерін қарау регламенті",
                 "QUY TRÌNH KIỂM TRA ĐỊNH KỲ CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG – NHÀ MÁY ĐÓNG TÀU BẠCH ĐẰNG MỚI"),
    "i1.p": ("Утвержден приказом начальника депо от 05.01.2026 № 4. Осмотры выполняются в дни, кратные установленной "
             "периодичности, с записью результатов в журналах по формам ЭК.",
             "Депо бастығының 05.01.2026 № 4 бұйрығымен бекітілді. Қараулар белгіленген кезеңділікке еселі күндері жүргізіледі, "
             "нәтижелері ЭБ нысандары бойынша журналдарға жазылады.",
             "(Ban hành kèm theo Quyết định số 12/QĐ-ĐTBĐ ngày 05/01/2026 của Giám đốc Công ty)"),
    "i1.head": ("№|Объект осмотра|Что проверяется|Периодичность, сут.|Ответственный|Форма записи",
                "№|Қарау объектісі|Не тексеріледі|Кезеңділігі, тәул.|Жауапты|Жазба нысаны",
                "TT|Công trình, khu vực kiểm tra|Nội dung kiểm tra|Chu kỳ kiểm tra (ngày)|Người thực hiện|Hồ sơ ghi nhận"),
    "i1.who": ("мастер участка|инженер-эколог|начальник смены", "учаске шебері|инженер-эколог|ауысым бастығы",
               "Tổ trưởng khu vực|Cán bộ môi trường|Trưởng ca"),
    "i1.caption": ("Таблица 1 – Периодичность осмотров", "1-кесте – Қараулардың кезеңділігі", "Bảng 1. Chu kỳ kiểm tra"),
}  # fmt: skip


def inspections_z1(doc: Doc) -> None:
    """A depot's regulation of rounds (VI: a shipyard's procedure): the frequency column gives the interval in days as
    a bare number under `Периодичность, сут.` (`1`, `7`, `30`, `90`, `180`, `365`), then who goes round and where the
    result is written; one inspection per unit."""
    r = doc.rng
    li = _i(doc)
    doc.h(_t(doc, "i1.title"))
    doc.p(_t(doc, "i1.p"))
    rows = [_row(doc, "i1.head")]
    daily = r.choice([u for u in ROUNDS if "daily" in u[9]])  # a daily round at least
    units = [(daily, "daily")] + [(u, r.choice(u[9])) for u in r.sample([u for u in ROUNDS if u is not daily], 4)]
    r.shuffle(units)
    who = _list(doc, "i1.who")
    for k, (unit, word) in enumerate(units, 1):
        name, what, record = unit[li], unit[3 + li], unit[6 + li]
        rows.append([str(k), name, what, str(DAYS[word]), who[0 if word in ("daily", "weekly") else r.randrange(1, 3)], record])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": name})
    doc.table(_t(doc, "i1.caption"), rows, role="inspections")
    maybe_distractor(doc)


# (object RU, KK, VI, frequency in navigation / rainy season, out of it (None: not checked))
PORT_OBJECTS = (
    ("Нефтеналивной причал № 3", "№ 3 мұнай құю айлағы", "Cầu cảng xuất nhập xăng dầu số 3", "weekly", "monthly"),
    ("Пункт приема судовых отходов", "Кеме қалдықтарын қабылдау пункті", "Khu tiếp nhận chất thải từ tàu", "weekly", None),
    ("Плавучий нефтемусоросборщик «НМС-14»", "«НМС-14» жүзбелі мұнай-қоқыс жинағыш", "Tàu thu gom dầu tràn TG-02", "monthly", None),
    ("Очистные сооружения ливневых стоков причалов", "Айлақтардың нөсер ағындарын тазарту құрылыстары",
     "Hệ thống thoát nước mưa, hố ga, song chắn rác", "weekly", "quarterly"),
    ("Склад ГСМ порта", "Порттың ЖЖМ қоймасы", "Kho chứa chất thải nguy hại", "monthly", "quarterly"),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "Bể tách dầu khu vực xưởng sửa chữa", "monthly", "quarterly"),
    ("Котельная порта", "Порт қазандығы", "Bãi chứa than, quặng rời (hệ thống phun sương dập bụi)", "quarterly", "monthly"),
)  # fmt: skip
TEXT |= {
    "i2.title": ("План-график проверок соблюдения экологических требований морского порта «Түпқараған» на 2026 год",
                 "«Түпқараған» теңіз портының 2026 жылға арналған экологиялық талаптардың сақталуын тексеру жоспар-кестесі",
                 "KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – CẢNG TỔNG HỢP NGHI SƠN ĐÔNG"),
    "i2.p": ("Навигационный период – с 1 апреля по 30 ноября; в межнавигационный период проверяются только объекты, "
             "работающие круглый год.",
             "Навигациялық кезең – 1 сәуірден 30 қарашаға дейін; навигация аралық кезеңде тек жыл бойы жұмыс істейтін "
             "объектілер тексеріледі.",
             "Mùa mưa tính từ tháng 5 đến tháng 10, mùa khô từ tháng 11 đến tháng 4 năm sau; trong mùa mưa tăng tần suất "
             "kiểm tra hệ thống thoát nước và các khu vực có nguy cơ tràn đổ."),
    "i2.h0": ("№|Объект проверки|Периодичность проверок|^|Проверяющий",
              "№|Тексеру объектісі|Тексерулердің кезеңділігі|^|Тексеруші",
              "TT|Công trình, khu vực|Tần suất kiểm tra|^|Bộ phận thực hiện"),
    "i2.h1": ("^|^|навигационный период (апрель – ноябрь)|межнавигационный период (декабрь – март)|^",
              "^|^|навигациялық кезең (сәуір – қараша)|навигация аралық кезең (желтоқсан – наурыз)|^",
              "^|^|Mùa mưa (tháng 5 – tháng 10)|Mùa khô (tháng 11 – tháng 4)|^"),
    "i2.monthly": ("ежемесячно", "ай сайын", "Hằng tháng"),
    "i2.weekly": ("еженедельно", "апта сайын", "Hằng tuần"),
    "i2.quarterly": ("1 раз в квартал", "тоқсанына 1 рет", "Hằng quý"),
    "i2.who": ("служба охраны окружающей среды|капитан порта, служба ООС", "қоршаған ортаны қорғау қызметі|порт капитаны, ҚОҚ қызметі",
               "Phòng An toàn – Môi trường|Ban Giám đốc, Phòng AT-MT"),
    "i2.caption": ("Таблица 1", "1-кесте", "Bảng 1"),
}  # fmt: skip


def inspections_z2(doc: Doc) -> None:
    """A sea port's plan of checks with one frequency column for the navigation season and one for the rest of the
    year under a merged header (VI: the rainy and the dry season), each object at its own frequency in each or a dash
    where it is not checked then (a floating collector laid up in winter); one inspection per object and season."""
    r = doc.rng
    li = _i(doc)
    doc.h(_t(doc, "i2.title"))
    doc.p(_t(doc, "i2.p"))
    rows = [_row(doc, "i2.h0"), _row(doc, "i2.h1")]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    who = _list(doc, "i2.who")
    picked = sorted(r.sample(range(len(PORT_OBJECTS)), 5))
    for k, i in enumerate(picked, 1):
        unit, season, rest = PORT_OBJECTS[i][li], PORT_OBJECTS[i][3], PORT_OBJECTS[i][4]
        cells = [_t(doc, f"i2.{w}") if w else "–" for w in (season, rest)]
        rows.append([str(k), unit, *cells, who[1] if i == 0 else who[0]])
        doc.add("obligations", *({"kind": "inspection", "frequency": w, "text_contains": unit} for w in (season, rest) if w))
    doc.table(_t(doc, "i2.caption"), rows, merges, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# component: [(subdivision, [(task, term, responsible, cost)])] per language
PLAN = {
    "ru": (("Охрана атмосферного воздуха", (
                ("Локомотивное депо ТЧ-14", (
                    ("Перевести котельную депо с угля на природный газ", "IV квартал 2026 г.", "главный инженер депо", "48 500"),
                    ("Установить систему улавливания паров на стенде реостатных испытаний тепловозов", "до 01.09.2026", "начальник цеха ТО-3", "12 300"))),
                ("Вагонное ремонтное депо ВЧДр-7", (
                    ("Заменить фильтры окрасочной камеры на фильтры класса G4/F5", "II квартал 2026 г.", "мастер участка окраски", "3 150"),
                    ("Оборудовать дробеструйную камеру циклоном и рукавным фильтром", "до 30.11.2026", "главный механик", "21 700"))))),
           ("Охрана водных ресурсов", (
                ("Локомотивное депо ТЧ-14", (
                    ("Реконструировать нефтеловушку очистных сооружений мойки локомотивов", "III квартал 2026 г.", "начальник депо", "18 900"),)),
                ("Пункт экипировки ст. Майқайың", (
                    ("Устроить бетонное покрытие с лотками на площадке слива дизельного топлива", "до 01.07.2026", "начальник пункта экипировки", "9 800"),
                    ("Пробурить две наблюдательные скважины у резервуарного парка", "май 2026 г.", "инженер-эколог отделения", "4 200"))))),
           ("Обращение с отходами", (
                ("Вагонное ремонтное депо ВЧДр-7", (
                    ("Построить крытую площадку временного хранения металлолома", "до 15.10.2026", "заместитель начальника депо", "7 600"),
                    ("Заключить договор на передачу отработанных моечных растворов на обезвреживание", "январь 2026 г.", "отдел МТС", "–"))),)),
    ),
    "kk": (("Атмосфералық ауаны қорғау", (
                ("ТЧ-14 локомотив депосы", (
                    ("Депо қазандығын көмірден табиғи газға көшіру", "2026 ж. IV тоқсан", "депоның бас инженері", "48 500"),
                    ("Тепловоздарды реостаттық сынау стендіне бу ұстау жүйесін орнату", "01.09.2026 дейін", "ТҚ-3 цехының бастығы", "12 300"))),
                ("ВЧДр-7 вагон жөндеу депосы", (
                    ("Бояу камерасының сүзгілерін G4/F5 класты сүзгілерге ауыстыру", "2026 ж. II тоқсан", "бояу учаскесінің шебері", "3 150"),
                    ("Бытыра-ағынды камераны циклонмен және жеңді сүзгімен жабдықтау", "30.11.2026 дейін", "бас механик", "21 700"))))),
           ("Су ресурстарын қорғау", (
                ("ТЧ-14 локомотив депосы", (
                    ("Локомотив жуу тазарту құрылыстарының мұнай ұстағышын қайта құру", "2026 ж. III тоқсан", "депо бастығы", "18 900"),)),
                ("Майқайың ст. жабдықтау пункті", (
                    ("Дизель отынын ағызу алаңында науалары бар бетон жабын орнату", "01.07.2026 дейін", "жабдықтау пунктінің бастығы", "9 800"),
                    ("Резервуарлар паркі маңында екі бақылау ұңғымасын бұрғылау", "2026 ж. мамыр", "бөлімшенің инженер-экологы", "4 200"))))),
           ("Қалдықтармен жұмыс", (
                ("ВЧДр-7 вагон жөндеу депосы", (
                    ("Металл сынықтарын уақытша сақтауға арналған жабық алаң салу", "15.10.2026 дейін", "депо бастығының орынбасары", "7 600"),
                    ("Пайдаланылған жуу ерітінділерін залалсыздандыруға беру шартын жасасу", "2026 ж. қаңтар", "МТЖ бөлімі", "–"))),)),
    ),
    "vi": (("Bảo vệ môi trường không khí", (
                ("Chi nhánh Cảng cạn ICD Tân Phú Bắc", (
                    ("Thay thế 12 xe nâng chạy dầu bằng xe nâng điện", "Quý IV/2026", "Phòng Kỹ thuật – Vật tư", "9.600"),
                    ("Trồng dải cây xanh cách ly dọc tường rào phía Bắc", "Tháng 4/2026", "Phòng Hành chính", "450"))),
                ("Chi nhánh Trung tâm phân phối Bình Dương Nam", (
                    ("Lắp đặt hệ thống phun sương dập bụi tại bãi container", "Quý III/2026", "Đội Khai thác bãi", "1.200"),)))),
           ("Quản lý nước thải", (
                ("Chi nhánh Kho ngoại quan Long An Tây", (
                    ("Cải tạo bể tách dầu khu vực rửa xe", "Tháng 6/2026", "Ban Quản lý kho", "780"),
                    ("Nâng công suất hệ thống xử lý nước thải sinh hoạt lên 60 m3/ngày đêm", "Quý IV/2026", "Ban Quản lý dự án", "3.500"))),
                ("Chi nhánh Cảng cạn ICD Tân Phú Bắc", (
                    ("Nạo vét hệ thống thoát nước mưa trước mùa mưa", "Tháng 4/2026", "Đội Cơ điện", "220"),)))),
           ("Quản lý chất thải", (
                ("Chi nhánh Trung tâm phân phối Bình Dương Nam", (
                    ("Xây dựng kho lưu giữ chất thải nguy hại có mái che, gờ chống tràn", "Quý II/2026", "Phòng Kỹ thuật – Vật tư", "640"),
                    ("Ký hợp đồng thu gom, xử lý pallet gỗ và bao bì thải", "Tháng 01/2026", "Phòng Kế toán", "-"))),)),
    ),
}  # fmt: skip
TEXT |= {
    "t1.title": ("План мероприятий по охране окружающей среды Экибастузского отделения ТОО «Теміржол Жөндеу» на 2026 год",
                 "«Теміржол Жөндеу» ЖШС Екібастұз бөлімшесінің 2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары",
                 "KẾ HOẠCH THỰC HIỆN CÁC NHIỆM VỤ BẢO VỆ MÔI TRƯỜNG NĂM 2026 CỦA TỔNG CÔNG TY LOGISTICS SÔNG HẬU"),
    "t1.p": ("Утвержден решением технического совета отделения (протокол от 19.12.2025 № 14).",
             "Бөлімшенің техникалық кеңесінің шешімімен бекітілді (19.12.2025 № 14 хаттама).",
             "(Ban hành kèm theo Quyết định số 45/QĐ-TCT ngày 22/12/2025 của Tổng Giám đốc)"),
    "t1.head": ("№ п/п|Наименование мероприятия|Срок выполнения|Ответственный исполнитель|Затраты, тыс. тенге",
                "Р/с №|Іс-шараның атауы|Орындау мерзімі|Жауапты орындаушы|Шығындар, мың теңге",
                "TT|Nội dung nhiệm vụ|Thời hạn hoàn thành|Đơn vị thực hiện|Kinh phí dự kiến (triệu đồng)"),
}  # fmt: skip
ROMAN = ("I", "II", "III", "IV")


def tasks_z1(doc: Doc) -> None:
    """A railway company's plan under two levels of group rows spanning the table: the environmental component
    (`1.`), then the subdivision (`1.1.`), the measures under it numbered `1.1.1.`, then the term, the responsible and
    the cost (VI: Roman sections, the branches numbered `1.`, `2.` afresh in each section, the measures `1.1`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "t1.title"))
    doc.p(_t(doc, "t1.p"))
    rows, merges = [_row(doc, "t1.head")], []
    plan = PLAN[doc.lang]
    for a, (component, subs) in enumerate(plan, 1):
        rows.append([f"{ROMAN[a - 1]}." if vi else f"{a}.", component.upper() if vi else component, None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
        for b, (sub, items) in enumerate(subs, 1):
            head = f"{b}." if vi else f"{a}.{b}."
            rows.append([head, sub, None, None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
            for c, (text, term, who, cost) in enumerate(items, 1):
                number = f"{b}.{c}" if vi else f"{a}.{b}.{c}"
                rows.append([number if vi else f"{number}.", text, term, who, cost])
                doc.add("obligations", task(number, text, who))
    doc.table(None, rows, merges, role="tasks")
    if r.random() < 0.5:
        distractor(doc, "budget")


# (month index, task, responsible) per language
CALENDAR = {
    "ru": ((0, "Заключить договор со специализированной организацией на вывоз отработанных масел и аккумуляторов", "начальник отдела снабжения"),
           (1, "Провести инструктаж водителей и слесарей по обращению с опасными отходами", "инженер-эколог"),
           (2, "Заменить фильтрующие элементы окрасочной камеры", "начальник ремонтной зоны"),
           (3, "Провести весенний субботник и очистку территории стоянки", "заместитель директора по АХЧ"),
           (4, "Выполнить ревизию и очистку нефтеловушки мойки автобусов", "главный механик"),
           (6, "Оборудовать пункт сбора отработанных шин навесом и ограждением", "начальник шинного участка"),
           (8, "Провести замену люминесцентных ламп ремонтной зоны на светодиодные", "главный энергетик"),
           (9, "Высадить деревья в санитарно-защитной зоне автобусного парка", "заместитель директора по АХЧ"),
           (10, "Провести инвентаризацию отходов и источников выбросов за год", "инженер-эколог"),
           (0, "Актуализировать паспорта опасных отходов автобусного парка", "инженер-эколог"),
           (3, "Обновить маркировку контейнеров на площадке временного хранения отходов", "начальник ремонтной зоны"),
           (9, "Подготовить площадку отстоя автобусов к зиме: отремонтировать покрытие и лотки", "главный механик")),
    "kk": ((0, "Пайдаланылған майлар мен аккумуляторларды шығаруға мамандандырылған ұйыммен шарт жасасу", "жабдықтау бөлімінің бастығы"),
           (1, "Жүргізушілер мен слесарьларға қауіпті қалдықтармен жұмыс бойынша нұсқаулық өткізу", "инженер-эколог"),
           (2, "Бояу камерасының сүзгі элементтерін ауыстыру", "жөндеу аймағының бастығы"),
           (3, "Көктемгі сенбілік өткізу және тұрақ аумағын тазарту", "директордың ӘШБ жөніндегі орынбасары"),
           (4, "Автобус жуу орнының мұнай ұстағышын тексеру және тазарту", "бас механик"),
           (6, "Пайдаланылған шиналарды жинау пунктін қалқамен және қоршаумен жабдықтау", "шина учаскесінің бастығы"),
           (8, "Жөндеу аймағының люминесцентті шамдарын жарықдиодты шамдарға ауыстыру", "бас энергетик"),
           (9, "Автобус паркінің санитариялық-қорғау аймағына ағаш отырғызу", "директордың ӘШБ жөніндегі орынбасары"),
           (10, "Жыл бойғы қалдықтар мен шығарынды көздерін түгендеу", "инженер-эколог"),
           (0, "Автобус паркінің қауіпті қалдықтар паспорттарын өзектендіру", "инженер-эколог"),
           (3, "Қалдықтарды уақытша сақтау алаңындағы контейнерлердің таңбалауын жаңарту", "жөндеу аймағының бастығы"),
           (9, "Автобустар тұрағын қысқа дайындау: жабын мен науаларды жөндеу", "бас механик")),
    "vi": ((0, "Ký hợp đồng thu gom, xử lý dầu thải và ắc quy chì thải năm 2026", "Phòng Vật tư"),
           (1, "Tập huấn phân loại chất thải nguy hại cho thợ sửa chữa", "Phòng An toàn – Môi trường"),
           (2, "Thay tấm lọc buồng sơn xưởng bảo dưỡng", "Xưởng bảo dưỡng"),
           (3, "Nạo vét hố ga, bể tách dầu khu rửa xe", "Đội Cơ điện"),
           (5, "Sửa chữa mái che kho lưu giữ chất thải nguy hại", "Phòng Hành chính – Quản trị"),
           (7, "Thay bóng đèn huỳnh quang xưởng bằng đèn LED", "Đội Cơ điện"),
           (9, "Trồng bổ sung cây xanh quanh bãi đỗ xe", "Phòng Hành chính – Quản trị"),
           (10, "Rà soát, cập nhật kế hoạch ứng phó sự cố tràn dầu", "Phòng An toàn – Môi trường"),
           (1, "Thay mới nhãn, biển cảnh báo tại kho chất thải nguy hại", "Xưởng bảo dưỡng"),
           (3, "Bổ sung vật liệu thấm hút dầu tại khu rửa xe và trạm nhiên liệu", "Phòng Vật tư"),
           (9, "Kiểm định đồng hồ đo lưu lượng nước thải", "Đội Cơ điện")),
}  # fmt: skip
MONTHS = {
    "ru": ("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"),
    "kk": ("Қаңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр", "Маусым", "Шілде", "Тамыз", "Қыркүйек", "Қазан", "Қараша", "Желтоқсан"),
    "vi": tuple(f"Tháng {k}" for k in range(1, 13)),
}
TEXT |= {
    "t2.title": ("Календарный план работ по охране окружающей среды автобусного парка № 4 на 2026 год",
                 "№ 4 автобус паркінің 2026 жылға арналған қоршаған ортаны қорғау жөніндегі жұмыстардың күнтізбелік жоспары",
                 "LỊCH THỰC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – XÍ NGHIỆP XE BUÝT CỦ CHI BẮC"),
    "t2.p": ("УТВЕРЖДАЮ: Директор ТОО «Қала Автобус Паркі» ______ Серікбаев А.Н., 10.01.2026",
             "БЕКІТЕМІН: «Қала Автобус Паркі» ЖШС директоры ______ Серікбаев А.Н., 10.01.2026",
             "Người lập: Cán bộ môi trường Nguyễn Thị Lan; phê duyệt: Giám đốc Xí nghiệp."),
    "t2.head": ("Месяц|Мероприятия (ответственный)|Отметка о выполнении", "Ай|Іс-шаралар (жауапты)|Орындалуы туралы белгі",
                "Tháng|Nội dung công việc (đơn vị thực hiện)|Ghi chú"),
    "t2.who": ("отв. {w}", "жауапты: {w}", "{w}"),
}  # fmt: skip


def tasks_z2(doc: Doc) -> None:
    """An ecologist's calendar plan: a row per month, the measures of the month listed in one cell one per line as
    `1) … – отв. главный механик`, numbered straight through the year, a dash in a month with none, an empty mark
    column; approved by the director in the line above (VI: bullets `- … (Phòng …)`, no numbers)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(_t(doc, "t2.title"))
    doc.p(_t(doc, "t2.p"))
    picked = sorted(r.sample(CALENDAR[doc.lang], r.randint(8, 9)))
    rows, n = [_row(doc, "t2.head")], 0
    for m, month in enumerate(MONTHS[doc.lang]):
        lines = []
        for _, text, who in (x for x in picked if x[0] == m):
            n += 1
            said = _t(doc, "t2.who").format(w=who)
            lines.append(f"- {text} ({said})" if vi else f"{n}) {text} – {said}")
            doc.add("obligations", task(None if vi else str(n), text, who))
        rows.append([month, "\n".join(lines) or "–", ""])
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"Z{k}", globals()[f"{role}_z{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_z1` … `tasks_z2`, in the order of the roles."""
