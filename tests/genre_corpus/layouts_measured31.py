"""The seventeenth blind set's part GA (two layouts per role, `GA1` and `GA2`), written by someone who neither ran the
extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.731 over 126
files when first measured, 2026-12-05), then studied (0.832, then 0.927 after a second study) and moved to the tuning
layouts. What it still loses is convention: a monitoring plan at sources gives no sources and no emissions here, a
single phase named in the lead-in gives no period, and a lone `trung bình 1 giờ` over the limits is no column. Its
one `µg/m3` expected where the contract asks for ASCII is `ug/m3` now.

Theme: transport and logistics. Kazakhstan: an international airport with its boiler house, fuel depot and de-icing
area, a railway locomotive depot and wagon-washing station, a seaport on the Caspian with bulk-cargo berths, an oil
terminal with its tank farm and rail loading rack, a city bus fleet with its repair shops (ПЭК programmes, permits for
category II objects, inspection acts, remediation plans after spills). Vietnam: a container port and its dredging, an
airport's fuel farm and aircraft maintenance hangar, a logistics centre with cold stores, a shipyard (giấy phép môi
trường, báo cáo công tác bảo vệ môi trường, kế hoạch ứng phó sự cố tràn dầu, biên bản kiểm tra).

Facility: a spill-remediation plan's general information in three columns, the section merged down the first column
over its label rows, the site's coordinates in degrees, minutes and seconds and the spill plot's own coordinates in a
section after it (VI: an oil-spill response plan's general information, the same three sections) (GA1); a region's
list of transport objects whose operator and BIN share a cell and whose coordinates come longitude first as `X` and
`Y` columns, the category written as a bare Arabic figure (VI: a city's list of ports and logistics centres with
`Kinh độ (X) | Vĩ độ (Y)`) (GA2).
Emissions: a bulk port's sources with what each source releases and what it emits after its gas cleaning as two
column groups, the cleaning and its efficiency between them (VI: a dry-bulk port's loads before and after dust
suppression) (GA1); an airport's emission norms whose tiny figures are written in powers of ten (`3,1·10⁻⁷`), a
column of the year the norm is reached (VI: a fuel farm and hangar, `×10⁻⁵`) (GA2).
Wastes: a locomotive depot's wastes under group rows naming the workshop, the code written without its asterisk and
the hazard in a column of words, the same waste under two workshops (VI: a shipyard's wastes by workshop) (GA1); the
wastes of a spill response, code and name in one cell, the old hazard class and the volume in cubic metres before the
mass (VI: a logistics centre's annual report with this year's and last year's kilograms side by side, two tables)
(GA2).
Limits: a laboratory protocol of a wagon-washing station's discharge to the city sewer, the method's standard in a
column of its own, `result ± error`, a verdict column, the sampling point in a row spanning the body (VI: a shipyard's
test report against QCVN 40:2011/BTNMT column B, `KPH`) (GA1); sea water at a port's stations, each station a column
group with a surface and a bottom layer (VI: a container port's air at points sampled twice a day, QCVN 05:2023 in
µg/m3) (GA2).
Monitoring: a bus fleet's control plan whose substance and frequency cells hold one line per substance, line against
line (VI: a logistics centre's stacks and outlet) (GA1); a locomotive depot's programme under group rows naming the
frequency, a point appearing under several of them (VI: a shipyard's GPMT programme) (GA2).
Inspections: a bus fleet's checks of exhaust by group of vehicles, one check tied to each maintenance and so of no
frequency (VI: a logistics firm's trucks and forklifts) (GA1); a port's regulation of checks at berths with a legal
ground column, some checks tied to each mooring or each shift (VI: a container port) (GA2).
Tasks: a remediation plan of a spill plot with stage rows, items `1.1`, a unit and a volume of works before the start
and end dates (VI: the remediation of a berth after an oil spill) (GA1); an airport's plan with its financing spread
over three years as sub-columns (VI: an airport fuel farm's plan in million dong) (GA2).
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _dms(value: float, lat: bool) -> tuple[str, float]:
    """An angle as `47°06'12" N`, and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = int(round((value - d - m / 60) * 3600))
    if s >= 60:
        m, s = m + 1, 0
    return f"{d}°{m:02d}'{s:02d}\" {'N' if lat else 'E'}", d + m / 60 + s / 3600


_SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _sci(x: float, lang: str) -> tuple[str, float]:
    """A small figure as a power of ten (`3,1·10⁻⁷`, VI `3,1×10⁻⁷`) and the value it stands for."""
    e = math.floor(math.log10(x))
    m = round(x / 10**e, 1)
    if m >= 10:
        m, e = round(m / 10, 1), e + 1
    dot = "×" if lang == "vi" else "·"
    return f"{num(m, lang)}{dot}10{str(e).translate(_SUP)}", float(f"{m}e{e}")


def _fig(x: float, lang: str) -> tuple[str, float]:
    """A figure as the airport's tables write it: powers of ten below 0,0001."""
    if x < 1e-4:
        return _sci(x, lang)
    return num(x, lang), x


def _kato(r, region: str) -> str:
    """A KATO code of the region's settlements (`47` Mangystau, `23` Atyrau, `15` Aktobe)."""
    return f"{region}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _air_name(code: str, lang: str) -> str:
    return vocab.air(code, lang, 0 if code == "2902" else 1) if lang == "vi" else vocab.air(code, lang)


# ---------------------------------------------------------------- facility

# RU name, KK name, RU operator, KK operator, RU address, KK address, lat range, lon range,
# RU spill place, KK spill place, RU product, KK product
KZ_SPILL_SITES = (
    ("Нефтеналивной терминал «Жем» с железнодорожной эстакадой налива", "Темір жол құю эстакадасы бар «Жем» мұнай құю терминалы",
     "ТОО «Жем Ойл Терминал»", "«Жем Ойл Терминал» ЖШС", "Атырауская область, Макатский район, станция Доссор, промзона, 4",
     "Атырау облысы, Мақат ауданы, Доссор станциясы, өнеркәсіптік аймақ, 4", (47.52, 47.55), (52.96, 53.00),
     "железнодорожная эстакада налива, путь № 3, стояки 12–18", "темір жол құю эстакадасы, № 3 жол, 12–18 тіреулер",
     "нефть сырая", "шикі мұнай"),
    ("Склад горюче-смазочных материалов аэропорта «Каспий»", "«Каспий» әуежайының жанар-жағармай материалдары қоймасы",
     "АО «Каспий Аэро Сервис»", "«Каспий Аэро Сервис» АҚ", "Мангистауская область, г. Актау, территория аэропорта, здание 7",
     "Маңғыстау облысы, Ақтау қ., әуежай аумағы, 7-ғимарат", (43.85, 43.87), (51.08, 51.11),
     "площадка слива авиатоплива из железнодорожных цистерн", "авиаотынды темір жол цистерналарынан ағызу алаңы",
     "авиакеросин ТС-1", "ТС-1 авиакеросині"),
    ("Эксплуатационное локомотивное депо «Шалкар»", "«Шалқар» пайдалану локомотив депосы",
     "ТОО «Шалкар Локомотив Сервис»", "«Шалқар Локомотив Сервис» ЖШС", "Актюбинская область, г. Шалкар, ул. Вокзальная, 21",
     "Ақтөбе облысы, Шалқар қ., Вокзал к-сі, 21", (47.82, 47.85), (59.59, 59.63),
     "пункт экипировки тепловозов дизельным топливом", "тепловоздарды дизель отынымен жабдықтау пункті",
     "дизельное топливо", "дизель отыны"),
)  # fmt: skip
VN_SPILL_SITES = (
    ("Cảng container Sao Mai Cái Mép", "Công ty TNHH Cảng container Sao Mai", "phường Tân Phước, Thành phố Hồ Chí Minh",
     (10.52, 10.55), (107.01, 107.04), "Cầu cảng số 2 – khu vực tiếp nhận nhiên liệu cho tàu", "dầu DO, dầu FO"),
    ("Kho nhiên liệu hàng không Long Thành", "Công ty TNHH Nhiên liệu Hàng không Đông Nam", "xã Long Thành, tỉnh Đồng Nai",
     (10.76, 10.80), (106.95, 106.99), "Khu bể chứa Jet A-1 và trạm nhập nhiên liệu từ xà lan", "nhiên liệu Jet A-1"),
    ("Nhà máy đóng tàu Hải Hà Xanh", "Công ty Cổ phần Đóng tàu Hải Hà Xanh", "phường Hải An, thành phố Hải Phòng",
     (20.84, 20.86), (106.74, 106.77), "Ụ khô số 1 và bến trang trí", "dầu DO, dầu thải đáy tàu"),
)  # fmt: skip


def facility_ga1(doc: Doc) -> None:
    """A spill-remediation plan's general information: `Раздел | Показатель | Сведения`, the section (operator, object,
    contaminated plot) merged down the first column over its rows, the object's coordinates in degrees, minutes and
    seconds with N and E, the plot's own coordinates in the last section, an equipment table of no role after it
    (VI: an oil-spill response plan's `Nhóm thông tin | Nội dung | Thông tin`, the owner, the site and the risk area)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator, address, (la0, la1), (lo0, lo1), area, oil = doc.pick(VN_SPILL_SITES)
        msdn = make_msdn(r)
        lat, lon = round(r.uniform(la0, la1), 4), round(r.uniform(lo0, lo1), 4)
        slat, slon = round(lat + r.uniform(-0.004, 0.004), 4), round(lon + r.uniform(-0.004, 0.004), 4)
        group = doc.pick(("I", "II"))
        doc.h(f"KẾ HOẠCH ỨNG PHÓ SỰ CỐ TRÀN DẦU CỦA {name.upper()}")
        doc.p("Chương 1. Thông tin chung về cơ sở và khu vực có nguy cơ xảy ra sự cố tràn dầu.")
        rows = [["Nhóm thông tin", "Nội dung", "Thông tin"],
                ["I. Chủ cơ sở", "Tên chủ cơ sở", operator],
                [None, "Mã số doanh nghiệp", msdn],
                [None, "Địa chỉ trụ sở chính", address],
                [None, "Người đại diện theo pháp luật", doc.pick(("Ông Phạm Quốc Bảo – Tổng Giám đốc", "Bà Nguyễn Thị Lan – Giám đốc"))],
                ["II. Cơ sở", "Tên cơ sở", name],
                [None, "Địa điểm thực hiện", address],
                [None, "Tọa độ trung tâm (WGS-84)", f"{num(lat, 'vi')}° N; {num(lon, 'vi')}° E"],
                [None, "Phân nhóm theo tiêu chí môi trường", f"Nhóm {group}"],
                ["III. Khu vực có nguy cơ tràn dầu", "Vị trí", area],
                [None, "Tọa độ khu vực", f"{num(slat, 'vi')}° N; {num(slon, 'vi')}° E"],
                [None, "Loại dầu", oil],
                [None, "Khối lượng lưu chứa lớn nhất", f"{num(r.randint(8, 60) * 100, 'vi')} m3"]]  # fmt: skip
        doc.table("Bảng 1.1. Thông tin chung", rows, [(1, 0, 4, 0), (5, 0, 8, 0), (9, 0, 12, 0)], role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "lat": lat, "lon": lon, "category": group})
        doc.table("Bảng 1.2. Trang thiết bị ứng phó sự cố tràn dầu hiện có",
                  [["TT", "Tên trang thiết bị", "Đơn vị", "Số lượng"],
                   ["1", "Phao quây dầu", "m", num(r.randint(3, 8) * 100, "vi")],
                   ["2", "Máy hút dầu (skimmer) 20 m3/h", "bộ", str(r.randint(1, 3))],
                   ["3", "Vật liệu thấm dầu", "kg", num(r.randint(5, 20) * 100, "vi")]], role="other")
        return
    L = 0 if doc.lang == "ru" else 1
    site = doc.pick(KZ_SPILL_SITES)
    name, operator, address = site[L], site[2 + L], site[4 + L]
    bin_, kato = make_bin(r), _kato(r, {0: "23", 1: "47", 2: "15"}[KZ_SPILL_SITES.index(site)])
    lat_v, lon_v = r.uniform(*site[6]), r.uniform(*site[7])
    lat_s, lat = _dms(lat_v, True)
    lon_s, lon = _dms(lon_v, False)
    slat_s, _ = _dms(lat_v + r.uniform(-0.004, 0.004), True)
    slon_s, _ = _dms(lon_v + r.uniform(-0.004, 0.004), False)
    doc.h(doc.v("План мероприятий по ликвидации последствий разлива нефтепродуктов и рекультивации загрязненного участка",
                "Мұнай өнімдерінің төгілу салдарын жою және ластанған учаскені рекультивациялау жөніндегі іс-шаралар жоспары", ""))
    doc.p(doc.v("Раздел 1. Общие сведения об операторе, объекте и загрязненном участке.",
                "1-бөлім. Оператор, объект және ластанған учаске туралы жалпы мәліметтер.", ""))
    volume = r.randint(4, 60) + r.choice((0, 0.5))
    rows = [doc.v(["Раздел", "Показатель", "Сведения"], ["Бөлім", "Көрсеткіш", "Мәліметтер"], []),
            [doc.v("1. Оператор", "1. Оператор", ""), doc.v("Наименование", "Атауы", ""), operator],
            [None, doc.v("БИН", "БСН", ""), bin_],
            [None, doc.v("Юридический адрес", "Заңды мекенжайы", ""), address],
            [None, doc.v("Первый руководитель", "Бірінші басшысы", ""), doc.pick(("Утепов Б.С.", "Мамырова Ж.К.", "Ли Д.В."))],
            [doc.v("2. Объект", "2. Объект", ""), doc.v("Наименование объекта", "Объектінің атауы", ""), name],
            [None, doc.v("Местонахождение", "Орналасқан жері", ""), address],
            [None, doc.v("Код КАТО", "ҚАТО коды", ""), kato],
            [None, doc.v("Координаты центра площадки", "Алаң орталығының координаттары", ""), f"{lat_s}, {lon_s}"],
            [None, doc.v("Категория объекта", "Объект санаты", ""), doc.v("II категория", "II санат", "")],
            [doc.v("3. Загрязненный участок", "3. Ластанған учаске", ""), doc.v("Место разлива", "Төгілу орны", ""), site[8 + L]],
            [None, doc.v("Дата обнаружения", "Анықталған күні", ""), f"{r.randint(1, 28):02d}.{r.randint(1, 2):02d}.2026"],
            [None, doc.v("Вид продукта", "Өнімнің түрі", ""), site[10 + L]],
            [None, doc.v("Объем разлива, м3", "Төгілу көлемі, м3", ""), num(volume, doc.lang)],
            [None, doc.v("Площадь загрязнения, м2", "Ластану ауданы, м2", ""), num(r.randint(30, 250) * 10, doc.lang)],
            [None, doc.v("Координаты участка", "Учаскенің координаттары", ""), f"{slat_s}, {slon_s}"]]  # fmt: skip
    doc.table(doc.v("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер", ""), rows,
              [(1, 0, 4, 0), (5, 0, 9, 0), (10, 0, 15, 0)], role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "category": "II", "lat": lat, "lon": lon})
    doc.table(doc.v("Таблица 1.2 – Технические средства ликвидации разлива", "1.2-кесте – Төгілуді жоюдың техникалық құралдары", ""),
              [doc.v(["№", "Наименование", "Кол-во"], ["№", "Атауы", "Саны"], []),
               doc.v(["1", "Экскаватор ЭО-3323", "1"], ["1", "ЭО-3323 экскаваторы", "1"], []),
               doc.v(["2", "Автосамосвал КамАЗ-65115", str(r.randint(2, 5))], ["2", "КамАЗ-65115 өздігінен аударғышы", str(r.randint(2, 5))], []),
               doc.v(["3", "Сорбент «Лессорб», кг", num(r.randint(2, 9) * 100, "ru")], ["3", "«Лессорб» сорбенті, кг", num(r.randint(2, 9) * 100, "kk")], [])],
              role="other")


# (RU object, KK object, RU operator, KK operator, lat range, lon range, category figure)
KZ_TRANSPORT_OBJECTS = (
    ("Грузовой терминал «Каспий Порт» (причалы № 1–3)", "«Каспий Порт» жүк терминалы (№ 1–3 айлақтар)", "АО «Каспий Порт Логистик»",
     "«Каспий Порт Логистик» АҚ", (43.60, 43.63), (51.19, 51.23), "2"),
    ("Паромный комплекс «Курык»", "«Құрық» паром кешені", "ТОО «Курык Ферри Терминал»", "«Құрық Ферри Терминал» ЖШС",
     (43.17, 43.19), (51.64, 51.68), "2"),
    ("Нефтеналивной терминал «Баутино»", "«Баутино» мұнай құю терминалы", "ТОО «Баутино Ойл Сервис»", "«Баутино Ойл Сервис» ЖШС",
     (44.54, 44.56), (50.23, 50.27), "2"),
    ("Аэропорт «Каспий»", "«Каспий» әуежайы", "АО «Каспий Аэро Сервис»", "«Каспий Аэро Сервис» АҚ", (43.85, 43.87), (51.08, 51.11), "2"),
    ("Локомотивное депо «Мангышлак»", "«Маңғышлақ» локомотив депосы", "ТОО «Мангышлак Локомотив Сервис»",
     "«Маңғышлақ Локомотив Сервис» ЖШС", (43.66, 43.69), (51.28, 51.32), "2"),
    ("Автобусный парк № 2 г. Актау", "Ақтау қ. № 2 автобус паркі", "ТОО «Актау Автобус»", "«Ақтау Автобус» ЖШС",
     (43.64, 43.67), (51.15, 51.19), "3"),
    ("Пункт промывки вагонов-цистерн станции Бейнеу", "Бейнеу станциясының цистерна-вагондарды жуу пункті", "ТОО «Бейнеу Вагон Сервис»",
     "«Бейнеу Вагон Сервис» ЖШС", (45.30, 45.33), (55.18, 55.22), "2"),
)  # fmt: skip
VN_LOGISTICS_OBJECTS = (
    ("Cảng container Nam Đình Vũ Xanh", "Công ty Cổ phần Cảng Nam Đình Vũ Xanh", (20.82, 20.84), (106.78, 106.81), "I"),
    ("Trung tâm logistics và kho lạnh Tân Cảng Hải An", "Công ty TNHH Logistics Hải An Lạnh", (20.83, 20.85), (106.74, 106.77), "II"),
    ("Cảng cạn (ICD) An Dương", "Công ty Cổ phần ICD An Dương", (20.87, 20.89), (106.59, 106.62), "II"),
    ("Nhà máy sửa chữa tàu biển Bạch Đằng Mới", "Công ty TNHH Sửa chữa tàu biển Bạch Đằng Mới", (20.86, 20.88), (106.70, 106.72), "I"),
    ("Kho ngoại quan Đình Vũ 3", "Công ty TNHH Kho vận Đình Vũ", (20.83, 20.85), (106.76, 106.79), "III"),
    ("Kho nhiên liệu sân bay Cát Bi", "Công ty TNHH Xăng dầu Hàng không Cát Bi", (20.81, 20.83), (106.71, 106.73), "II"),
)  # fmt: skip


def facility_ga2(doc: Doc) -> None:
    """A region's list of transport and logistics objects under production control: the operator with `БИН …` after a
    comma in one cell, the object, the KATO, then the coordinates longitude first as `X (долгота)` and `Y (широта)`,
    the category as a bare Arabic figure (VI: a city's list of ports, ICDs, cold stores and shipyards holding a GPMT,
    `Chủ cơ sở (MSDN)` in one cell, `Kinh độ (X) | Vĩ độ (Y)`, the group as a Roman figure)."""
    r = doc.rng
    out = []
    if doc.lang == "vi":
        doc.h("DANH SÁCH CẢNG BIỂN, CẢNG CẠN, KHO BÃI VÀ CƠ SỞ SỬA CHỮA TÀU ĐÃ ĐƯỢC CẤP GIẤY PHÉP MÔI TRƯỜNG")
        doc.p("Kèm theo Báo cáo số 118/BC-SNNMT ngày 20/01/2026 của Sở Nông nghiệp và Môi trường thành phố Hải Phòng.")
        rows = [["STT", "Tên cơ sở", "Chủ cơ sở (mã số doanh nghiệp)", "Kinh độ (X)", "Vĩ độ (Y)", "Nhóm", "Số giấy phép"]]
        for k, (name, op, la, lo, group) in enumerate(r.sample(VN_LOGISTICS_OBJECTS, 4), 1):
            ident = make_msdn(r)
            lat, lon = round(r.uniform(*la), 5), round(r.uniform(*lo), 5)
            rows.append([str(k), name, f"{op} ({ident})", num(lon, "vi"), num(lat, "vi"), group,
                         f"{r.randint(10, 390)}/GPMT-UBND"])
            out.append({"bin": ident, "name_contains": name, "lat": lat, "lon": lon, "category": group})
        doc.table("Hệ tọa độ WGS-84, độ thập phân", rows, role="facility")
        doc.add("facilities", *out)
        doc.p("Ghi chú: Nhóm I, II, III theo Phụ lục III, IV, V Nghị định số 08/2022/NĐ-CP.")
        maybe_distractor(doc)
        return
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v("Перечень объектов транспорта и логистики Мангистауской области, подлежащих производственному экологическому контролю",
                "Маңғыстау облысының өндірістік экологиялық бақылауға жататын көлік және логистика объектілерінің тізбесі", ""))
    doc.p(doc.v("Приложение к письму Департамента экологии по Мангистауской области от 14.01.2026 № 06-02/88. "
                "Координаты приведены в системе WGS-84 в порядке X (долгота), Y (широта), как в ГИС-слое департамента.",
                "Маңғыстау облысы бойынша экология департаментінің 14.01.2026 № 06-02/88 хатына қосымша. "
                "Координаттар WGS-84 жүйесінде департаменттің ГАЖ қабатындағыдай X (бойлық), Y (ендік) ретімен келтірілген.", ""))
    rows = [doc.v(["№", "Природопользователь, БИН", "Объект", "КАТО", "X (долгота), °", "Y (широта), °", "Кат."],
                  ["№", "Табиғат пайдаланушы, БСН", "Объект", "ҚАТО", "X (бойлық), °", "Y (ендік), °", "Сан."], [])]
    for k, o in enumerate(r.sample(KZ_TRANSPORT_OBJECTS, 5), 1):
        ident, kato = make_bin(r), _kato(r, "47")
        lat, lon = round(r.uniform(*o[4]), 5), round(r.uniform(*o[5]), 5)
        name, op = o[L], o[2 + L]
        rows.append([str(k), f"{op}, {doc.v('БИН', 'БСН', '')} {ident}", name, kato, num(lon, doc.lang), num(lat, doc.lang), o[6]])
        out.append({"bin": ident, "name_contains": name, "kato": kato, "lat": lat, "lon": lon,
                    "category": {"2": "II", "3": "III"}[o[6]]})
    doc.table(None, rows, role="facility")
    doc.add("facilities", *out)
    doc.p(doc.v("Кат. – категория объекта, оказывающего негативное воздействие на окружающую среду.",
                "Сан. – қоршаған ортаға теріс әсер ететін объектінің санаты.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# number, RU, KK, codes, (RU cleaning, KK cleaning) or None, efficiency %, (low, high) g/s, (low, high) hours
PORT_SOURCES = (
    ("0001", "Аспирация надсилосной галереи элеватора", "Элеватордың силос үсті галереясының аспирациясы", ("2937",),
     ("циклон ЦН-15", "ЦН-15 циклоны"), 85.0, (0.8, 2.4), (3000, 5000)),
    ("0002", "Аспирация узла пересыпки зерна на конвейер причала № 2", "№ 2 айлақ конвейеріне астық төгу торабының аспирациясы",
     ("2937",), ("рукавный фильтр ФРКИ-90", "ФРКИ-90 жеңді сүзгісі"), 98.0, (1.5, 4.0), (2500, 4500)),
    ("0003", "Дымовая труба котельной портового комплекса", "Порт кешені қазандығының түтін мұржасы", ("0301", "0304", "0337"),
     None, 0.0, (0.05, 0.3), (4000, 6000)),
    ("6001", "Открытый склад угля на причале № 5", "№ 5 айлақтағы көмірдің ашық қоймасы", ("2908",),
     ("гидроорошение штабеля", "қатарды гидросуару"), 60.0, (0.5, 2.5), (8760, 8760)),
    ("6002", "Грейферная перегрузка угля в трюм судна", "Көмірді грейфермен кеме трюміне тиеу", ("2908",), None, 0.0,
     (0.8, 3.0), (1500, 3000)),
    ("6003", "Сварочный пост ремонтно-механических мастерских", "Жөндеу-механикалық шеберханалардың дәнекерлеу посты",
     ("0123", "0143"), None, 0.0, (0.002, 0.02), (800, 1600)),
)  # fmt: skip
PORT_SHARE = {"0301": 1.0, "0304": 0.16, "0337": 1.7, "0123": 1.0, "0143": 0.09, "2937": 1.0, "2908": 1.0}
GRAIN = {"ru": "Пыль зерновая", "kk": "Астық шаңы"}
# name, codes, cleaning text, efficiency, (low, high) g/s, (low, high) hours
VN_BULK_SOURCES = (
    ("Phễu nạp và băng tải rót than xuống tàu", ("2902",), "Phun sương dập bụi tại phễu (hiệu suất 70 %)", 70.0, (0.6, 2.2), (3000, 5000)),
    ("Bãi chứa than ngoài trời (6 ha)", ("2902",), "Tường chắn gió, tưới ẩm (hiệu suất 50 %)", 50.0, (0.8, 3.0), (8760, 8760)),
    ("Bốc xếp clinker bằng gầu ngoạm tại cầu số 3", ("2902",), "Che bạt, phun sương (hiệu suất 60 %)", 60.0, (0.5, 2.0), (2000, 4000)),
    ("Phương tiện vận chuyển nội bộ (xe tải, máy xúc)", ("2902", "0301", "0330", "0337"), "-", 0.0, (0.05, 0.3), (3000, 6000)),
)  # fmt: skip
VN_SHARE = {"2902": 1.0, "0301": 1.4, "0330": 0.3, "0337": 2.1}


def emissions_ga1(doc: Doc) -> None:
    """A Caspian port's bulk terminal: `№ ИЗА | источник | код | вещество | газоочистка, КПД` then `Выделяется от
    источника` and `Выбрасывается в атмосферу`, each `г/с | т/год`; only what is emitted after cleaning is an emission;
    the source and its cleaning merged over its substances, a total of what is emitted (VI: a dry-bulk port's ĐTM,
    loads before and after dust suppression by named source)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN MỞ RỘNG CẢNG HÀNG RỜI CẨM PHẢ")
        doc.p("Tải lượng bụi và khí thải trong giai đoạn vận hành được tính theo hệ số của WHO và AP-42; hiệu suất của các "
              "biện pháp giảm thiểu lấy theo thiết kế cơ sở.")
        head = ["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Biện pháp giảm thiểu", "Tải lượng chưa xử lý", None,
                "Tải lượng sau xử lý", None]
        sub = [None, None, None, None, "g/s", "tấn/năm", "g/s", "tấn/năm"]
        rows = [head, sub]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 0, 7)]
        for k, (name, codes, clean, eff, (lo, hi), (h0, h1)) in enumerate(VN_BULK_SOURCES, 1):
            base, hours = r.uniform(lo, hi), r.randint(h0, h1)
            start = len(rows)
            for c in codes:
                g0 = _sig(base * VN_SHARE[c] * r.uniform(0.85, 1.15), 3)
                t0 = _sig(g0 * 3600 * hours / 1e6, 3)
                g1, t1 = _sig(g0 * (1 - eff / 100), 3), _sig(t0 * (1 - eff / 100), 3)
                first = len(rows) == start
                rows.append([str(k) if first else None, name if first else None, _air_name(c, "vi"), clean if first else None,
                             num(g0, "vi"), num(t0, "vi"), num(g1, "vi"), num(t1, "vi")])
                doc.add("emissions", emission(c, g1, t1))
            if len(rows) - start > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 3, len(rows) - 1, 3)]
        doc.table("Bảng 3.12. Tải lượng bụi, khí thải từ hoạt động bốc xếp, lưu chứa hàng rời", rows, merges, role="emissions")
        doc.p("Ghi chú: tải lượng sau xử lý = tải lượng chưa xử lý × (1 – hiệu suất).")
        maybe_distractor(doc)
        return
    L = 0 if doc.lang == "ru" else 1
    srcs = [s for s in PORT_SOURCES if s[0] in ("0001", "6001") or r.random() < 0.8]
    doc.h(doc.v("Проект нормативов допустимых выбросов для зернового и угольного терминалов морского порта Актау",
                "Ақтау теңіз портының астық және көмір терминалдарына арналған жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(doc.v("Таблица 3.4 показывает количество загрязняющих веществ, отходящих от источников выделения, и количество, "
                "выбрасываемое в атмосферу после пылегазоочистного оборудования.",
                "3.4-кесте бөліну көздерінен шығатын ластаушы заттардың мөлшерін және шаң-газ тазарту жабдығынан кейін "
                "атмосфераға шығарылатын мөлшерін көрсетеді.", ""))
    head = doc.v(["№ ИЗА", "Источник выделения", "Код ЗВ", "Наименование ЗВ", "ПГОУ, КПД %", "Выделяется от источника", None,
                  "Выбрасывается в атмосферу", None],
                 ["ЛШК №", "Бөліну көзі", "ЛЗ коды", "ЛЗ атауы", "ШГТҚ, ПӘК %", "Көзден бөлінеді", None,
                  "Атмосфераға шығарылады", None], [])
    sub = [None, None, None, None, None, *doc.v(["г/с", "т/год", "г/с", "т/год"], ["г/с", "т/жыл", "г/с", "т/жыл"], [])]
    rows = [head, sub]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 0, 6), (0, 7, 0, 8)]
    gs, ts = [], []
    for number, n_ru, n_kk, codes, clean, eff, (lo, hi), (h0, h1) in srcs:
        base, hours = r.uniform(lo, hi), r.randint(h0, h1)
        start = len(rows)
        clean_text = f"{clean[L]}, {num(eff, doc.lang)}" if clean else "–"
        for c in codes:
            g0 = _sig(base * PORT_SHARE[c] * r.uniform(0.85, 1.15), 4)
            t0 = _sig(g0 * 3600 * hours / 1e6, 4)
            g1, t1 = (_sig(g0 * (1 - eff / 100), 4), _sig(t0 * (1 - eff / 100), 4)) if clean else (g0, t0)
            first = len(rows) == start
            subst = GRAIN[doc.lang] if c == "2937" else vocab.air(c, doc.lang)
            rows.append([number if first else None, (n_ru, n_kk)[L] if first else None, c, subst,
                         clean_text if first else None, num(g0, doc.lang), num(t0, doc.lang), num(g1, doc.lang), num(t1, doc.lang)])
            gs.append(g1)
            ts.append(t1)
            doc.add("emissions", emission(c, g1, t1, number))
        if len(rows) - start > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 4, len(rows) - 1, 4)]
    rows.append([doc.v("Всего выбрасывается в атмосферу", "Атмосфераға барлығы шығарылады", ""), None, None, None, None, "", "",
                 total(doc, gs), total(doc, ts)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(doc.v("Таблица 3.4 – Выделение и выброс загрязняющих веществ", "3.4-кесте – Ластаушы заттардың бөлінуі және шығарылуы", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in srcs))
    doc.p(doc.v("ПГОУ – пылегазоочистная установка; КПД принят по паспортам оборудования.",
                "ШГТҚ – шаң-газ тазарту қондырғысы; ПӘК жабдық паспорттары бойынша қабылданды.", ""))
    maybe_distractor(doc)


# number, RU, KK, codes, (low, high) base g/s, (low, high) hours
AIRPORT_SOURCES = (
    ("0001", "Котельная аэровокзального комплекса (3 котла, природный газ)", "Әуевокзал кешенінің қазандығы (3 қазандық, табиғи газ)",
     ("0301", "0304", "0337", "0703"), (0.2, 0.9), (5000, 6500)),
    ("0002", "Резервная дизельная электростанция 1 250 кВА", "1 250 кВА резервтік дизель электр станциясы",
     ("0301", "0304", "0328", "0330", "0337", "0703", "1325", "2754"), (0.6, 2.0), (100, 300)),
    ("0003", "Дыхательные клапаны резервуаров авиатоплива ТС-1 (4 × 2 000 м3)", "ТС-1 авиаотыны резервуарларының тыныс алу клапандары (4 × 2 000 м3)",
     ("2732",), (0.3, 1.5), (8760, 8760)),
    ("0004", "Резервуар дизельного топлива спецавтотранспорта (100 м3)", "Арнайы автокөліктің дизель отыны резервуары (100 м3)",
     ("0333", "2754"), (0.01, 0.05), (8760, 8760)),
    ("6001", "Окрасочный участок ангара технического обслуживания ВС", "ӘК техникалық қызмет көрсету ангарының бояу учаскесі",
     ("0616", "0621", "1210", "2752"), (0.05, 0.3), (600, 1200)),
)  # fmt: skip
AIRPORT_SHARE = {"0301": 1.0, "0304": 0.16, "0337": 1.9, "0703": 4e-7, "0328": 0.06, "0330": 0.13, "1325": 0.012,
                 "2754": 0.3, "2732": 1.0, "0333": 0.0012, "0616": 1.0, "0621": 0.6, "1210": 0.3, "2752": 0.5}
EXTRA_NAMES = {"2732": ("Керосин", "Керосин"), "1210": ("Бутилацетат", "Бутилацетат"), "2752": ("Уайт-спирит", "Уайт-спирит")}
EXTRA_CLASS = {"2732": None, "1210": 4, "2752": None}
# name, codes, (low, high) base g/s, (low, high) hours
VN_AIRPORT_SOURCES = (
    ("Van thở các bồn chứa nhiên liệu Jet A-1 (4 bồn × 3.000 m3)", ("0602", "0621", "0616"), (0.002, 0.01), (8760, 8760)),
    ("Khu vực sơn sửa chữa trong nhà chứa máy bay (hangar)", ("0621", "0616"), (0.04, 0.2), (800, 1500)),
    ("Máy phát điện dự phòng 2.000 kVA", ("2902", "0301", "0330", "0337"), (0.3, 1.5), (100, 300)),
)
VN_AIRPORT_SHARE = {"0602": 0.004, "0621": 1.0, "0616": 0.8, "2902": 0.12, "0301": 1.0, "0330": 0.15, "0337": 0.7}


def emissions_ga2(doc: Doc) -> None:
    """An airport's emission norms: the source's number and name merged down over its substances, code, name, hazard
    class (`–` where the substance has none), `г/с | т/год` under a merged norm header, figures below 0,0001 written as
    powers of ten (`3,1·10⁻⁷`), a column of the year the norm is reached (VI: an airport fuel farm and hangar's ĐTM,
    named sources, `×10⁻⁵`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – KHO NHIÊN LIỆU VÀ XƯỞNG BẢO DƯỠNG TÀU BAY LONG THÀNH")
        doc.p("Tải lượng hơi dung môi, hơi nhiên liệu và khí thải máy phát điện được tính cho năm vận hành ổn định.")
        rows = [["TT", "Nguồn phát sinh", "Thông số ô nhiễm", "Tải lượng phát thải", None],
                [None, None, None, "g/s", "tấn/năm"]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
        for k, (name, codes, (lo, hi), (h0, h1)) in enumerate(VN_AIRPORT_SOURCES, 1):
            base, hours = r.uniform(lo, hi), r.randint(h0, h1)
            start = len(rows)
            for c in codes:
                g_text, g = _fig(_sig(base * VN_AIRPORT_SHARE[c] * r.uniform(0.85, 1.15), 2), "vi")
                t_text, t = _fig(_sig(g * 3600 * hours / 1e6, 2), "vi")
                first = len(rows) == start
                rows.append([str(k) if first else None, name if first else None, _air_name(c, "vi"), g_text, t_text])
                doc.add("emissions", emission(c, g, t))
            if len(rows) - start > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        doc.table("Bảng 2.7. Tải lượng các chất ô nhiễm không khí theo nguồn", rows, merges, role="emissions")
        doc.p("Ghi chú: 2,4×10⁻⁵ = 0,000024.")
        maybe_distractor(doc)
        return
    L = 0 if doc.lang == "ru" else 1
    srcs = [s for s in AIRPORT_SOURCES if s[0] != "0004" or r.random() < 0.6]
    doc.h(doc.v("Экологическое разрешение на воздействие для объекта II категории: международный аэропорт «Каспий»",
                "II санаттағы объектіге арналған әсер етуге экологиялық рұқсат: «Каспий» халықаралық әуежайы", ""))
    doc.p(doc.v("Приложение 1. Нормативы допустимых выбросов загрязняющих веществ в атмосферный воздух по источникам.",
                "1-қосымша. Көздер бойынша атмосфералық ауаға ластаушы заттардың жол берілетін шығарындыларының нормативтері.", ""))
    head = doc.v(["№ ИЗА", "Источник загрязнения атмосферы", "Код ЗВ", "Загрязняющее вещество", "Класс опасности",
                  "Норматив допустимых выбросов на 2026–2035 гг.", None, "Год достижения НДВ"],
                 ["ЛШК №", "Атмосфераны ластау көзі", "ЛЗ коды", "Ластаушы зат", "Қауіптілік сыныбы",
                  "2026–2035 жж. жол берілетін шығарындылар нормативі", None, "ЖШН қол жеткізу жылы"], [])
    sub = [None, None, None, None, None, *doc.v(["г/с", "т/год"], ["г/с", "т/жыл"], []), None]
    rows = [head, sub]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 0, 6), (0, 7, 1, 7)]
    for number, n_ru, n_kk, codes, (lo, hi), (h0, h1) in srcs:
        base, hours = r.uniform(lo, hi), r.randint(h0, h1)
        start = len(rows)
        for c in codes:
            g_text, g = _fig(_sig(base * AIRPORT_SHARE[c] * r.uniform(0.85, 1.15), 2 if c == "0703" else 4), doc.lang)
            t_text, t = _fig(_sig(g * 3600 * hours / 1e6, 2 if c == "0703" else 4), doc.lang)
            if c in EXTRA_NAMES:
                name, hz = EXTRA_NAMES[c][L], EXTRA_CLASS[c]
            else:
                name, hz = vocab.air(c, doc.lang), vocab.hazard(c)
            first = len(rows) == start
            rows.append([number if first else None, (n_ru, n_kk)[L] if first else None, c, name, str(hz) if hz else "–",
                         g_text, t_text, "2026"])
            doc.add("emissions", emission(c, g, t, number, hz))
        if len(rows) - start > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(doc.v("Таблица 1 – Нормативы выбросов по источникам", "1-кесте – Көздер бойынша шығарындылар нормативтері", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in srcs))
    doc.p(doc.v("Противообледенительная обработка воздушных судов ведется раствором, не содержащим нормируемых веществ, "
                "и источником выбросов не является.",
                "Әуе кемелерін мұзданудан өңдеу нормаланатын заттары жоқ ерітіндімен жүргізіледі және шығарынды көзі болып табылмайды.",
                ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (RU workshop, KK workshop), [(code without asterisk, hazardous, RU name, KK name, RU state, KK state, (low, high) t/y)]
DEPOT_WASTES = (
    (("Цех ТО-2 и текущего ремонта тепловозов", "ТҚ-2 және тепловоздарды ағымдағы жөндеу цехы"), (
        ("13 02 05", True, "Отработанные дизельные масла", "Пайдаланылған дизель майлары", "жидкое", "сұйық", (6, 24)),
        ("16 01 07", True, "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", "твердое", "қатты", (0.4, 2.2)),
        ("15 02 02", True, "Промасленная ветошь", "Майланған шүберек", "твердое", "қатты", (0.3, 1.5)),
        ("16 06 01", True, "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "твердое", "қатты", (1.5, 6)),
        ("16 01 12", False, "Изношенные тормозные колодки", "Тозған тежегіш қалыптары", "твердое", "қатты", (3, 12)),
        ("17 04 05", False, "Лом черных металлов", "Қара металл сынықтары", "твердое", "қатты", (15, 60)))),
    (("Пункт обмывки вагонов", "Вагондарды жуу пункті"), (
        ("13 05 02", True, "Шлам нефтеловушки", "Мұнай ұстағыштың шламы", "пастообразное", "пастатәрізді", (2, 9)),
        ("15 02 02", True, "Промасленная ветошь", "Майланған шүберек", "твердое", "қатты", (0.1, 0.6)),
        ("19 08 14", False, "Осадок флотатора очистных сооружений", "Тазарту құрылыстары флотаторының тұнбасы", "пастообразное",
         "пастатәрізді", (4, 15)))),
    (("Административно-бытовой корпус", "Әкімшілік-тұрмыстық ғимарат"), (
        ("20 01 21", True, "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "твердое", "қатты", (0.02, 0.12)),
        ("20 03 01", False, "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "твердое", "қатты", (8, 25)))),
)  # fmt: skip
# workshop, [(code or None, name, state, (low, high) kg/y)]
SHIPYARD_WASTES = (
    ("Phân xưởng vỏ tàu", (
        ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", (300, 1500)),
        ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Rắn", (200, 900)),
        (None, "Phế liệu kim loại (tôn, thép vụn)", "Rắn", (20000, 90000)),
        (None, "Đầu mẩu que hàn thải", "Rắn", (300, 1500)))),
    ("Phân xưởng sơn", (
        ("08 01 01", "Sơn và vecni thải có dung môi hữu cơ hoặc các thành phần nguy hại khác", "Lỏng/Rắn", (150, 800)),
        ("18 01 02", "Bao bì cứng thải bằng kim loại", "Rắn", (400, 2000)),
        ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Rắn", (100, 600)))),
    ("Văn phòng, nhà ăn", (
        ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Rắn", (10, 60)),
        (None, "Chất thải rắn sinh hoạt", "Rắn", (8000, 30000)))),
)  # fmt: skip


def wastes_ga1(doc: Doc) -> None:
    """A locomotive depot's list of wastes under group rows naming the workshop, numbered straight through; the code
    written without its asterisk and the hazard given in words in a column of its own; oily rags under two workshops
    with two amounts (VI: a shipyard's wastes by workshop, `CTNH` / `CTR thông thường` in a column, kilograms a year,
    a dash for the code of ordinary wastes)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – CÔNG TY CỔ PHẦN ĐÓNG TÀU HẢI HÀ XANH")
        doc.p("Mục 3. Kết quả quản lý chất thải rắn và chất thải nguy hại theo khu vực phát sinh.")
        rows = [["TT", "Tên chất thải", "Mã chất thải", "Phân loại", "Trạng thái", "Khối lượng (kg/năm)", "Hình thức xử lý"]]
        merges = []
        n = 0
        for shop, items in SHIPYARD_WASTES:
            rows.append([shop, None, None, None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
            for code, name, state, (lo, hi) in items:
                n += 1
                kg = r.randint(int(lo), int(hi))
                rows.append([str(n), name, code or "-", "CTNH" if code else "CTR thông thường", state, num(kg, "vi"),
                             "Chuyển giao cho đơn vị có chức năng" if code else "Bán phế liệu / thu gom"])
                doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None,
                                   "hazardous": bool(code), "amount_t": kg / 1000, "name_contains": name.split(" (")[0]})
        doc.table("Bảng 3.1. Chất thải phát sinh tại các khu vực của nhà máy", rows, merges, role="wastes")
        doc.p("Ghi chú: CTNH – chất thải nguy hại; CTR thông thường – chất thải rắn công nghiệp thông thường và sinh hoạt.")
        maybe_distractor(doc)
        return
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v("Программа управления отходами эксплуатационного локомотивного депо «Шалкар» на 2026–2035 годы",
                "«Шалқар» пайдалану локомотив депосының 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.p(doc.v("Таблица 2. Отходы, образующиеся в подразделениях депо (коды по Классификатору отходов, приказ № 314).",
                "2-кесте. Депо бөлімшелерінде түзілетін қалдықтар (кодтар Қалдықтар сыныптауышы бойынша, № 314 бұйрық).", ""))
    rows = [doc.v(["№", "Наименование отхода", "Код отхода", "Опасность", "Агрегатное состояние", "Образование, т/год",
                   "Способ обращения"],
                  ["№", "Қалдықтың атауы", "Қалдық коды", "Қауіптілігі", "Агрегаттық күйі", "Түзілуі, т/жыл",
                   "Жұмыс істеу тәсілі"], [])]
    merges = []
    n = 0
    for shop, items in DEPOT_WASTES:
        rows.append([shop[L], None, None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
        for code, haz, n_ru, n_kk, s_ru, s_kk, (lo, hi) in items:
            if code == "16 06 01" and r.random() < 0.3:
                continue
            n += 1
            t = round(r.uniform(lo, hi), 3 if hi < 1 else 2)
            name = (n_ru, n_kk)[L]
            rows.append([str(n), name, code, doc.v("опасный" if haz else "неопасный", "қауіпті" if haz else "қауіпті емес", ""),
                         (s_ru, s_kk)[L], num(t, doc.lang),
                         doc.v("передача специализированной организации", "мамандандырылған ұйымға беру", "")])
            doc.add("wastes", {"code": code + ("*" if haz else ""), "code_system": "LoW", "hazardous": haz, "amount_t": t,
                               "name_contains": name})
    doc.table(None, rows, merges, role="wastes")
    doc.p(doc.v("Опасные отходы хранятся не более шести месяцев до передачи.",
                "Қауіпті қалдықтар берілгенге дейін алты айдан аспайтын мерзімде сақталады.", ""))
    maybe_distractor(doc)


# code, RU name, KK name, old class, (low, high) m3, density t/m3
SPILL_WASTES = (
    ("17 05 03*", "Почва и камни, содержащие опасные вещества (нефтезагрязненный грунт)",
     "Құрамында қауіпті заттар бар топырақ пен тастар (мұнаймен ластанған топырақ)", "3", (300, 1500), 1.6),
    ("15 02 02*", "Отработанные сорбенты, загрязненные нефтепродуктами", "Мұнай өнімдерімен ластанған пайдаланылған сорбенттер",
     "3", (2, 12), 0.3),
    ("16 07 08*", "Нефтешлам от зачистки лотков эстакады", "Эстакада науаларын тазартудан шыққан мұнай шламы", "3", (5, 30), 1.1),
    ("13 05 07*", "Нефтесодержащая вода из приямков", "Шұңқырлардан шыққан құрамында мұнай бар су", "4", (10, 60), 1.0),
    ("15 02 03", "Использованные средства индивидуальной защиты", "Пайдаланылған жеке қорғану құралдары", "4", (1, 4), 0.2),
    ("20 03 01", "Твердые бытовые отходы персонала", "Персоналдың қатты тұрмыстық қалдықтары", "4", (2, 8), 0.25),
)  # fmt: skip
# code, name, (low, high) kg
COLD_STORE_CTNH = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (200, 1200)),
    ("19 06 01", "Pin, ắc quy chì thải (xe nâng điện)", (300, 2500)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", (10, 80)),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", (50, 400)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa", (40, 300)),
    ("16 01 13", "Các thiết bị, bộ phận, linh kiện điện tử thải", (20, 150)),
)  # fmt: skip
COLD_STORE_ORDINARY = (("Bao bì giấy, carton thải", (20, 90)), ("Pallet gỗ hư hỏng", (10, 60)),
                       ("Màng nhựa quấn pallet thải", (5, 30)), ("Xốp cách nhiệt hỏng", (1, 8)))


def wastes_ga2(doc: Doc) -> None:
    """The wastes of a spill response at an oil terminal's loading rack: the name with the code after a dash in one
    cell, the hazard class of the old GOST in a column of bare figures, the volume in m3 before the mass in tonnes under
    a merged `Количество`, a total row (VI: a logistics centre's annual report, CTNH and ordinary wastes in two tables,
    `Năm 2025 | Năm 2024` under a merged header, the reporting year the amount)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – TRUNG TÂM LOGISTICS VÀ KHO LẠNH TÂN CẢNG HẢI AN")
        doc.p("Phụ lục 2. Khối lượng chất thải phát sinh trong kỳ báo cáo, so sánh với năm trước.")
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg)", None, "Tổ chức tiếp nhận"],
                [None, None, None, "Năm 2025", "Năm 2024", None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
        for k, (code, name, (lo, hi)) in enumerate(r.sample(COLD_STORE_CTNH, 5), 1):
            now, before = r.randint(lo, hi), r.randint(lo, hi)
            rows.append([str(k), name, code, num(now, "vi"), num(before, "vi"), "Công ty TNHH Môi trường Đông Hải"])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": now / 1000,
                               "name_contains": name.split(" (")[0]})
        doc.table("Bảng 1. Chất thải nguy hại", rows, merges, role="wastes")
        rows = [["TT", "Tên chất thải", "Khối lượng (tấn)", None, "Đơn vị thu gom"], [None, None, "Năm 2025", "Năm 2024", None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
        for k, (name, (lo, hi)) in enumerate(COLD_STORE_ORDINARY, 1):
            now, before = round(r.uniform(lo, hi), 1), round(r.uniform(lo, hi), 1)
            rows.append([str(k), name, num(now, "vi"), num(before, "vi"), "Công ty TNHH Tái chế Hải An"])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": now, "name_contains": name})
        doc.table("Bảng 2. Chất thải rắn công nghiệp thông thường", rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v("Отчет о ликвидации аварийного разлива нефти на железнодорожной эстакаде налива терминала «Жем»",
                "«Жем» терминалының темір жол құю эстакадасындағы мұнайдың авариялық төгілуін жою туралы есеп", ""))
    doc.p(doc.v("Раздел 4. Отходы, образовавшиеся при ликвидации разлива (за период работ с 10.02.2026 по 30.04.2026).",
                "4-бөлім. Төгілуді жою кезінде түзілген қалдықтар (10.02.2026 бастап 30.04.2026 дейінгі жұмыс кезеңі үшін).", ""))
    rows = [doc.v(["№", "Вид отхода – код", "Класс опасности*", "Количество", None, "Передано (организация)"],
                  ["№", "Қалдық түрі – коды", "Қауіптілік сыныбы*", "Мөлшері", None, "Берілді (ұйым)"], []),
            [None, None, None, doc.v("м3", "м3", ""), doc.v("т", "т", ""), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    masses = []
    for k, (code, n_ru, n_kk, cls, (lo, hi), rho) in enumerate(SPILL_WASTES, 1):
        vol = round(r.uniform(lo, hi), 1)
        mass = round(vol * rho, 2)
        masses.append(mass)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), f"{name} – {code}", cls, num(vol, doc.lang), num(mass, doc.lang),
                     doc.pick(("ТОО «Каспий Экосервис»", "ТОО «Атырау Тазалык»"))])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": mass,
                           "name_contains": name.split(" (")[0]})
    rows.append(["", doc.v("Итого", "Барлығы", ""), "", "", num(round(sum(masses), 2), doc.lang), ""])
    doc.table(doc.v("Таблица 4.1", "4.1-кесте", ""), rows, merges, role="wastes")
    doc.p(doc.v("* Класс опасности по ГОСТ 12.1.007-76 указан справочно, по паспортам отходов прежних лет.",
                "* Қауіптілік сыныбы МЕМСТ 12.1.007-76 бойынша бұрынғы жылдардағы қалдықтар паспорттарынан анықтама ретінде көрсетілген.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: (acceptance limit to the city sewer, method's document)
SEWER = {
    "pH": ((6.5, 9), "СТ РК ИСО 10523-2013"), "TSS": (300, "ПНД Ф 14.1:2:4.254-09"), "BOD5": (300, "ПНД Ф 14.1:2:3:4.123-97"),
    "COD": (500, "ГОСТ 31859-2012"), "TPH": (3, "ПНД Ф 14.1:2:4.128-98"), "Surfactants": (10, "ПНД Ф 14.1:2:4.158-2000"),
    "Fe": (3, "ПНД Ф 14.1:2:4.50-96"), "Cl-": (350, "ГОСТ 4245-72"), "SO4": (500, "ГОСТ 31940-2012"),
    "NH4+": (25, "ГОСТ 33045-2014"),
}  # fmt: skip
# symbol: (QCVN 40:2011/BTNMT column B, unit, method)
QCVN40_B = {
    "pH": ((5.5, 9), None, "TCVN 6492:2011"), "TSS": (100, "mg/l", "SMEWW 2540D:2017"), "BOD5": (50, "mg/l", "SMEWW 5210B:2017"),
    "COD": (150, "mg/l", "SMEWW 5220C:2017"), "TPH": (10, "mg/l", "SMEWW 5520B&F:2017"), "Fe": (5, "mg/l", "SMEWW 3111B:2017"),
    "Zn": (3, "mg/l", "SMEWW 3111B:2017"), "Cu": (2, "mg/l", "SMEWW 3111B:2017"), "NH4+": (10, "mg/l", "TCVN 6179-1:1996"),
    "Coliform": (5000, "MPN/100ml", "TCVN 6187-2:2020"),
}  # fmt: skip


def limits_ga1(doc: Doc) -> None:
    """A laboratory protocol of a wagon-washing station's discharge to the city sewer: `№ | показатель | НД на метод
    испытаний | ед. изм. | результат испытаний | допустимая концентрация | оценка`, the method's standards full of
    figures, results written `12,4 ± 1,9` or `< 0,05`, the sampling point in a row spanning the body; the protocol's
    card before it is a table of no role (VI: a shipyard's test report, `Phương pháp thử`, the QCVN 40:2011/BTNMT
    column B in the header, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("PHIẾU KẾT QUẢ THỬ NGHIỆM SỐ 0312/2026/KQ-MT")
        doc.p("Khách hàng: Công ty Cổ phần Đóng tàu Hải Hà Xanh. Loại mẫu: nước thải công nghiệp.")
        doc.table(None, [["Ký hiệu mẫu", "NT1"],
                         ["Vị trí lấy mẫu", "Hố ga sau hệ thống xử lý nước thải tập trung 300 m3/ngày.đêm, trước khi xả ra sông Cấm"],
                         ["Thời gian lấy mẫu", f"09h30 ngày {r.randint(2, 20):02d}/03/2026"],
                         ["Thời gian phân tích", "Từ 12/03/2026 đến 18/03/2026"]], role="other")
        keys = ["pH", *sorted(r.sample(list(QCVN40_B)[1:], 7), key=list(QCVN40_B).index)]
        rows = [["TT", "Thông số", "Phương pháp thử", "Đơn vị", "Kết quả (NT1)", "QCVN 40:2011/BTNMT, cột B"]]
        for k, s in enumerate(keys, 1):
            lim, unit, method = QCVN40_B[s]
            if s == "pH":
                v, text = round(r.uniform(6.6, 8.2), 1), None
            elif s == "Coliform":
                v, text = float(r.choice((430, 930, 1500, 2100, 2400))), None
            elif s in ("Cu", "Zn") and r.random() < 0.5:
                v, text = None, "KPH (LOD = 0,02)"
            else:
                v, text = _sig(lim * r.uniform(0.05, 0.7), 2), None
            rows.append([str(k), vocab.water(s, "vi"), method, unit or "-", text or num(v, "vi"), cell(doc, lim)])
            add(doc, limit(("symbol", s), "waste_water", lim, unit, "B", "NT1", v))
        doc.table("Kết quả thử nghiệm", rows, role="limits")
        doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp); QCVN 40:2011/BTNMT – Quy chuẩn kỹ "
              "thuật quốc gia về nước thải công nghiệp, Kq = 1, Kf = 1.")
        return
    doc.h(doc.v("Протокол испытаний № 0412/26 от 18.03.2026", "2026 жылғы 18.03 № 0412/26 сынақ хаттамасы", ""))
    doc.p(doc.v("Испытательная лаборатория ТОО «Эко Анализ Актобе», аттестат аккредитации KZ.T.04.1186.",
                "«Эко Анализ Ақтөбе» ЖШС сынақ зертханасы, аккредиттеу аттестаты KZ.T.04.1186.", ""))
    doc.table(None, [doc.v(["Заказчик", "ТОО «Шалкар Локомотив Сервис», пункт обмывки вагонов"],
                           ["Тапсырыс беруші", "«Шалқар Локомотив Сервис» ЖШС, вагондарды жуу пункті"], []),
                     doc.v(["Объект испытаний", "сточная вода после локальных очистных сооружений"],
                           ["Сынақ объектісі", "жергілікті тазарту құрылыстарынан кейінгі сарқынды су"], []),
                     doc.v(["Дата отбора проб", f"{r.randint(2, 14):02d}.03.2026"], ["Сынама алу күні", f"{r.randint(2, 14):02d}.03.2026"], []),
                     doc.v(["Акт отбора", f"№ {r.randint(100, 400)} (ГОСТ 31861-2012)"], ["Сынама алу актісі", f"№ {r.randint(100, 400)} (МЕМСТ 31861-2012)"], [])],
              role="other")
    keys = ["pH", *sorted(r.sample(list(SEWER)[1:], 7), key=list(SEWER).index)]
    rows = [doc.v(["№ п/п", "Наименование показателя", "НД на метод испытаний", "Ед. изм.", "Результат испытаний",
                   "Допустимая концентрация", "Оценка"],
                  ["№", "Көрсеткіштің атауы", "Сынақ әдісіне НҚ", "Өлш. бірл.", "Сынақ нәтижесі", "Жол берілетін концентрация",
                   "Бағалау"], []),
            [doc.v("Место отбора: КК-1 – контрольный колодец на выпуске в городскую канализацию",
                   "Сынама алу орны: КК-1 – қалалық кәрізге шығарудағы бақылау құдығы", ""), None, None, None, None, None, None]]
    ok, bad = doc.v("соответствует", "сәйкес", ""), doc.v("не соответствует", "сәйкес емес", "")
    for k, s in enumerate(keys, 1):
        lim, method = SEWER[s]
        if s == "pH":
            v = round(r.uniform(6.8, 8.4), 1)
            text = f"{num(v, doc.lang)} ± 0,2"
        elif s == "TPH" and r.random() < 0.3:
            v, text = None, "< 0,05"
        else:
            v = _sig(lim * r.uniform(0.05, 0.8) * (1.6 if s == "TPH" and r.random() < 0.3 else 1), 3)
            text = f"{num(v, doc.lang)} ± {num(_sig(v * 0.15, 2), doc.lang)}"
        over = v is not None and not isinstance(lim, tuple) and v > lim
        unit = doc.v("ед. pH", "pH бірл.", "") if s == "pH" else doc.v("мг/дм3", "мг/дм3", "")
        rows.append([str(k), vocab.water(s, doc.lang), method, unit, text, cell(doc, lim), bad if over else ok])
        add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, "КК-1", v))
    doc.table(doc.v("Результаты испытаний", "Сынақ нәтижелері", ""), rows, [(1, 0, 1, 6)], role="limits")
    doc.p(doc.v("Допустимые концентрации – по Правилам приема сточных вод в системы водоотведения населенного пункта.",
                "Жол берілетін концентрациялар – елді мекеннің су бұру жүйелеріне сарқынды суларды қабылдау қағидалары бойынша.", ""))
    distractor(doc, "approval")


# symbol: fishery ПДК of sea water, mg/l
MARINE = {"TPH": 0.05, "Phenols": 0.001, "Cu": 0.005, "Zn": 0.05, "Pb": 0.01, "Hg": 0.0001, "NH4+": 2.9, "Surfactants": 0.1}
# code: 1-hour limit, µg/m3 — QCVN 05:2023/BTNMT
QCVN05_1H = {"2902": 300, "0301": 200, "0330": 350, "0337": 30000}


def limits_ga2(doc: Doc) -> None:
    """Sea water in a Caspian port's harbour: the parameters as rows with the unit and the fishery ПДК, then each station
    a column group with a surface and a bottom layer under it, `< 0,00005` for mercury not found (VI: a container port's
    air at three points each sampled twice a day as sub-columns, QCVN 05:2023/BTNMT one-hour values last, µg/m3)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ QUÝ I/2026 – CẢNG CONTAINER NAM ĐÌNH VŨ XANH")
        doc.p("Mẫu không khí xung quanh được lấy 02 lần trong ngày 10/03/2026 tại 03 vị trí trong khu vực cảng.")
        points = [("KK1", "Cổng cảng"), ("KK2", "Bãi container lạnh"), ("KK3", "Khu dân cư phía Tây")]
        head = ["TT", "Thông số", "Đơn vị"]
        sub = [None, None, None]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
        for p, place in points:
            merges.append((0, len(head), 0, len(head) + 1))
            head += [f"{p} – {place}", None]
            sub += ["Lần 1 (8h–9h)", "Lần 2 (14h–15h)"]
        merges.append((0, len(head), 1, len(head)))
        head.append("QCVN 05:2023/BTNMT (trung bình 1 giờ)")
        sub.append(None)
        rows = [head, sub]
        for k, c in enumerate(("2902", "0301", "0330", "0337"), 1):
            lim = QCVN05_1H[c]
            line = [str(k), _air_name(c, "vi"), "µg/m3"]
            for p, _ in points:
                for _ in range(2):
                    v = float(round(lim * r.uniform(0.05, 0.7))) if c == "0337" else _sig(lim * r.uniform(0.05, 0.8), 3)
                    line.append(num(v, "vi"))
                    add(doc, limit(("code", c), "air", lim, "ug/m3", None, p, v))
            line.append(num(lim, "vi"))
            rows.append(line)
        doc.table("Bảng 3. Kết quả quan trắc không khí xung quanh", rows, merges, role="limits")
        doc.p("Ghi chú: điều kiện vi khí hậu (nhiệt độ, độ ẩm, tốc độ gió) được trình bày tại Phụ lục 2.")
        maybe_distractor(doc)
        return
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v("Отчет по производственному экологическому контролю морского порта Актау за I квартал 2026 года",
                "Ақтау теңіз портының 2026 жылғы I тоқсандағы өндірістік экологиялық бақылауы бойынша есеп", ""))
    doc.p(doc.v("Мониторинг морской воды в акватории порта. Пробы отобраны с поверхностного (0,5 м) и придонного горизонтов.",
                "Порт акваториясындағы теңіз суының мониторингі. Сынамалар беткі (0,5 м) және түптік горизонттардан алынды.", ""))
    stations = r.sample([("С-1", "причал № 3", "№ 3 айлақ"), ("С-2", "нефтепирс", "мұнай пирсі"), ("С-3", "входной канал", "кіре беріс каналы"),
                         ("С-4", "паромный причал", "паром айлағы")], 3)
    stations.sort()
    head = doc.v(["Показатель", "Ед. изм.", "ПДК р.х."], ["Көрсеткіш", "Өлш. бірл.", "Б.ш. ШЖК"], [])
    sub = [None, None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    for code, ru, kk in stations:
        merges.append((0, len(head), 0, len(head) + 1))
        head += [f"{code} ({(ru, kk)[L]})", None]
        sub += doc.v(["пов.", "придон."], ["беткі", "түптік"], [])
    rows = [head, sub]
    keys = r.sample(list(MARINE), 6)
    keys.sort(key=list(MARINE).index)
    for s in keys:
        lim = MARINE[s]
        line = [vocab.water(s, doc.lang), doc.v("мг/дм3", "мг/дм3", ""), num(lim, doc.lang)]
        for code, *_ in stations:
            for _ in range(2):
                if s == "Hg" and r.random() < 0.6:
                    line.append("< 0,00005")
                    v = None
                else:
                    v = _sig(lim * r.uniform(0.1, 0.9), 2)
                    line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "water", lim, "mg/l", None, code, v))
        rows.append(line)
    doc.table(doc.v("Таблица 3 – Результаты анализа морской воды", "3-кесте – Теңіз суын талдау нәтижелері", ""), rows, merges,
              role="limits")
    doc.p(doc.v("ПДК р.х. – предельно допустимые концентрации для водных объектов рыбохозяйственного значения.",
                "Б.ш. ШЖК – балық шаруашылығы маңызы бар су объектілері үшін шекті жол берілетін концентрациялар.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# number or point, RU, KK, [(kind, key, frequency)], RU method, KK method
BUS_CONTROL = (
    ("0001", "Дымовая труба котельной автобусного парка", "Автобус паркі қазандығының түтін мұржасы",
     (("code", "0301", "quarterly"), ("code", "0304", "yearly"), ("code", "0337", "quarterly"))),
    ("0002", "Окрасочно-сушильная камера кузовного участка", "Шанақ учаскесінің бояу-кептіру камерасы",
     (("code", "0616", "quarterly"), ("code", "0621", "quarterly"), ("code", "2902", "semiannual"))),
    ("0003", "Вытяжная вентиляция участка ремонта аккумуляторов", "Аккумуляторларды жөндеу учаскесінің сорып шығару желдеткіші",
     (("code", "0184", "semiannual"),)),
    ("0004", "Участок диагностики двигателей, отсос отработавших газов", "Қозғалтқыштарды диагностикалау учаскесі, пайдаланылған газдарды сору",
     (("code", "0301", "quarterly"), ("code", "0337", "quarterly"), ("code", "0328", "semiannual"), ("code", "2754", "yearly"))),
    ("6001", "Сварочный пост ремонтной зоны", "Жөндеу аймағының дәнекерлеу посты", (("code", "0123", "yearly"), ("code", "0143", "yearly"))),
    ("Т-1", "граница СЗЗ, подветренная сторона", "СҚА шекарасы, жел ығындағы жақ",
     (("code", "0301", "quarterly"), ("code", "0337", "quarterly"), ("code", "2902", "semiannual"))),
    ("К-1", "выпуск мойки автобусов в городскую канализацию", "автобус жуу орнының қалалық кәрізге шығарылымы",
     (("symbol", "TSS", "monthly"), ("symbol", "TPH", "monthly"), ("symbol", "Surfactants", "quarterly"))),
)  # fmt: skip
VN_COLD_CONTROL = (
    ("KT1", "Ống khói lò hơi đốt dầu DO 2 tấn/giờ", (("code", "2902", "quarterly"), ("code", "0301", "quarterly"),
                                                    ("code", "0330", "quarterly"), ("code", "0337", "semiannual"))),
    ("KT2", "Ống xả máy phát điện dự phòng 1.500 kVA", (("code", "2902", "yearly"), ("code", "0301", "yearly"), ("code", "0337", "yearly"))),
    ("KK1", "Khu vực trạm máy nén NH3 của kho lạnh", (("code", "0303", "quarterly"),)),
    ("NT1", "Nước thải sau hệ thống xử lý 150 m3/ngày.đêm", (("symbol", "pH", "quarterly"), ("symbol", "TSS", "quarterly"),
                                                          ("symbol", "BOD5", "quarterly"), ("symbol", "NH4+", "quarterly"),
                                                          ("symbol", "TPH", "semiannual"), ("symbol", "Coliform", "semiannual"))),
)  # fmt: skip


def _param(doc: Doc, kind: str, key: str, with_code: bool = True) -> str:
    if kind == "code":
        name = _air_name(key, doc.lang)
        return f"{key} – {name}" if with_code and doc.lang != "vi" else name
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


def monitoring_ga1(doc: Doc) -> None:
    """A city bus fleet's plan of production control: a row per source or point, its substances one per line in a
    single cell and their frequencies one per line in the next cell, line against line, so one row carries several
    frequencies (VI: a logistics centre's stacks, its ammonia compressor room and its outlet in the same form)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("Программа производственного экологического контроля ТОО «Алматы Автобус Парк» на 2026–2028 годы",
                "«Алматы Автобус Парк» ЖШС 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы",
                "CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – TRUNG TÂM LOGISTICS VÀ KHO LẠNH TÂN CẢNG HẢI AN"))
    doc.p(doc.v("Раздел 6. План-график контроля. Периодичность указана построчно для каждого вещества.",
                "6-бөлім. Бақылау жоспар-кестесі. Кезеңділік әр зат үшін жол бойынша көрсетілген.",
                "Tần suất quan trắc được ghi tương ứng theo từng dòng thông số."))
    rows = [doc.v(["№", "Источник / точка контроля", "Контролируемое вещество", "Периодичность", "Метод контроля"],
                  ["№", "Көз / бақылау нүктесі", "Бақыланатын зат", "Кезеңділігі", "Бақылау әдісі"],
                  ["TT", "Vị trí quan trắc", "Thông số", "Tần suất", "Phương pháp"])]
    items = VN_COLD_CONTROL if vi else BUS_CONTROL
    L = 0 if doc.lang == "ru" else 1
    for k, it in enumerate(items, 1):
        if vi:
            ident, label, params = it
        else:
            ident, label, params = it[0], it[1 + L], it[3]
        params = [p for p in params if r.random() < 0.85] or list(params[:1])
        if ident[0].isdigit():
            where = doc.v(f"ИЗА {ident} – {label}", f"ЛШК {ident} – {label}", "")
            loc = {"source_number": ident}
        else:
            where = f"{ident} – {label}"
            loc = {"point_contains": ident}
        method = doc.v("инструментальный", "аспаптық", "Lấy mẫu, phân tích") if not ident.startswith("6") else doc.v(
            "расчетный", "есептік", "")
        rows.append([str(k), where, "\n".join(_param(doc, kind, key) for kind, key, _ in params),
                     "\n".join(freq(doc, w) for *_, w in params), method])
        doc.add("monitoring", *(_mon(loc, (kind if kind != "soil" else "symbol", key), w) for kind, key, w in params))
    doc.table(doc.v("Таблица 6.1 – План-график контроля", "6.1-кесте – Бақылау жоспар-кестесі", "Bảng 4. Chương trình quan trắc"),
              rows, role="monitoring")
    maybe_distractor(doc)


# frequency, [(number or point, RU, KK, [(kind, key)])]
DEPOT_PROGRAMME = (
    ("quarterly", (
        ("0001", "дымовая труба котельной депо", "депо қазандығының түтін мұржасы",
         (("code", "0301"), ("code", "0330"), ("code", "0337"), ("code", "2908"))),
        ("0002", "стенд реостатных испытаний тепловозов", "тепловоздарды реостаттық сынау стенді",
         (("code", "0301"), ("code", "0337"), ("code", "0328"))),
        ("ОВ-1", "выпуск очистных сооружений пункта обмывки вагонов", "вагон жуу пункті тазарту құрылыстарының шығарылымы",
         (("symbol", "TSS"), ("symbol", "TPH"), ("symbol", "Surfactants"), ("symbol", "COD"))))),
    ("semiannual", (
        ("ПП-1", "граница СЗЗ, северо-восток", "СҚА шекарасы, солтүстік-шығыс", (("code", "0301"), ("code", "0330"), ("code", "2908"))),
        ("ОВ-1", "выпуск очистных сооружений пункта обмывки вагонов", "вагон жуу пункті тазарту құрылыстарының шығарылымы",
         (("symbol", "Fe"), ("symbol", "SO4"), ("symbol", "Cl-"))))),
    ("yearly", (
        ("0001", "дымовая труба котельной депо", "депо қазандығының түтін мұржасы", (("code", "0703"),)),
        ("П-1", "почва у пункта экипировки тепловозов", "тепловоздарды жабдықтау пунктінің жанындағы топырақ",
         (("soil", "TPH"), ("soil", "Pb"))))),
)  # fmt: skip
VN_SHIPYARD_PROGRAMME = (
    ("quarterly", (
        ("NT1", "Nước thải sau trạm xử lý, trước khi xả ra sông Cấm", (("symbol", "pH"), ("symbol", "TSS"), ("symbol", "BOD5"),
                                                                       ("symbol", "COD"), ("symbol", "TPH"))),
        ("KT1", "Ống thải buồng phun sơn", (("code", "0621"), ("code", "0616"))))),
    ("semiannual", (
        ("KK1", "Không khí khu vực ụ khô số 1", (("code", "2902"), ("code", "0301"), ("code", "0330"))),
        ("NT1", "Nước thải sau trạm xử lý, trước khi xả ra sông Cấm", (("symbol", "Fe"), ("symbol", "Zn"), ("symbol", "Cu"))))),
    ("yearly", (
        ("KT2", "Ống thải hệ thống lọc bụi khu phun cát làm sạch vỏ tàu", (("code", "2902"),)),)),
)  # fmt: skip
GROUP_WORD = {
    "ru": {"quarterly": "Ежеквартально", "semiannual": "Два раза в год (II и IV кварталы)", "yearly": "Один раз в год (III квартал)"},
    "kk": {"quarterly": "Тоқсан сайын", "semiannual": "Жылына 2 рет (II және IV тоқсандар)", "yearly": "Жылына 1 рет (III тоқсан)"},
    "vi": {"quarterly": "Quan trắc định kỳ 03 tháng/lần", "semiannual": "Quan trắc định kỳ 06 tháng/lần",
           "yearly": "Quan trắc định kỳ 01 năm/lần"},
}


def monitoring_ga2(doc: Doc) -> None:
    """A locomotive depot's programme under group rows naming the frequency (`Ежеквартально`, `Два раза в год`, `Один
    раз в год`), the same source or point under two of them with different parameters, the parameters in one cell,
    numbered straight through (VI: a shipyard's GPMT programme grouped by `Quan trắc định kỳ 03 tháng/lần` …)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v("Программа производственного экологического контроля эксплуатационного локомотивного депо «Шалкар»",
                "«Шалқар» пайдалану локомотив депосының өндірістік экологиялық бақылау бағдарламасы",
                "GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY ĐÓNG TÀU HẢI HÀ XANH. PHỤ LỤC 4: CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG"))
    doc.p(doc.v("Пробы отбирает аккредитованная лаборатория по договору; результаты включаются в квартальный отчет.",
                "Сынамаларды шарт бойынша аккредиттелген зертхана алады; нәтижелер тоқсандық есепке енгізіледі.",
                "Chủ cơ sở thực hiện quan trắc định kỳ theo tần suất nêu tại bảng dưới đây."))
    rows = [doc.v(["№", "Объект контроля", "Определяемые показатели", "Исполнитель"],
                  ["№", "Бақылау объектісі", "Анықталатын көрсеткіштер", "Орындаушы"],
                  ["TT", "Vị trí quan trắc", "Thông số quan trắc", "Quy chuẩn so sánh"])]
    merges = []
    n = 0
    for word, items in (VN_SHIPYARD_PROGRAMME if vi else DEPOT_PROGRAMME):
        rows.append([GROUP_WORD[doc.lang][word], None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        for it in items:
            if vi:
                ident, label, params = it
            else:
                ident, label, params = it[0], it[1 + L], it[3]
            params = [p for p in params if r.random() < 0.85] or list(params[:1])
            n += 1
            if ident[0].isdigit():
                where = doc.v(f"ИЗА № {ident} – {label}", f"№ {ident} ЛШК – {label}", "")
                loc = {"source_number": ident}
            else:
                where = f"{ident} – {label}"
                loc = {"point_contains": ident}
            names = ", ".join(_param(doc, kind, key, with_code=False) for kind, key in params)
            if vi:
                last = "QCVN 40:2011/BTNMT, cột B" if ident.startswith("NT") else (
                    "QCVN 05:2023/BTNMT" if ident.startswith("KK") else "QCVN 19:2009/BTNMT, QCVN 20:2009/BTNMT")
            else:
                last = doc.v("аккредитованная лаборатория", "аккредиттелген зертхана", "")
            rows.append([str(n), where, names, last])
            doc.add("monitoring", *(_mon(loc, ("symbol" if kind == "soil" else kind, key), word) for kind, key in params))
    doc.table(doc.v("Таблица 2 – Программа контроля", "2-кесте – Бақылау бағдарламасы", "Bảng 4.1"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU group, KK group), count, (RU fuel, KK fuel), (RU parameter, KK parameter), frequency or None, (RU when, KK when)
BUS_EXHAUST = (
    (("Автобусы большого класса МАЗ-203", "МАЗ-203 үлкен сыныпты автобустары"), "120", ("дизель", "дизель"),
     ("дымность", "түтіндік"), "quarterly", None),
    (("Автобусы Yutong ZK6118HGA на компримированном газе", "Сығылған газбен жүретін Yutong ZK6118HGA автобустары"), "80",
     ("КПГ (метан)", "СТГ (метан)"), ("CO, CH", "CO, CH"), None, ("при каждом ТО-2", "әр ТҚ-2 кезінде")),
    (("Автобусы среднего класса ПАЗ-320412", "ПАЗ-320412 орта сыныпты автобустары"), "45", ("дизель", "дизель"),
     ("дымность", "түтіндік"), "monthly", None),
    (("Служебные легковые автомобили", "Қызметтік жеңіл автомобильдер"), "12", ("бензин", "бензин"), ("CO, CH", "CO, CH"),
     "semiannual", None),
    (("Автомобили технической помощи ГАЗ-33086", "ГАЗ-33086 техникалық көмек автомобильдері"), "6", ("дизель", "дизель"),
     ("дымность", "түтіндік"), "yearly", None),
    (("Погрузчики и тягачи ремонтной зоны", "Жөндеу аймағының тиегіштері мен тартқыштары"), "4", ("дизель", "дизель"),
     ("дымность", "түтіндік"), None, ("после каждого ремонта двигателя", "қозғалтқышты әр жөндеуден кейін")),
)  # fmt: skip
VN_TRUCKS = (
    ("Xe đầu kéo container", "45", "Dầu diesel", "Độ khói", "semiannual", None),
    ("Xe tải đông lạnh 5–8 tấn", "30", "Dầu diesel", "Độ khói", "yearly", None),
    ("Xe nâng hàng chạy dầu diesel", "18", "Dầu diesel", "Độ khói", "quarterly", None),
    ("Xe con phục vụ điều hành", "6", "Xăng", "CO, HC", "yearly", None),
    ("Tổ máy phát điện gắn container lạnh (genset)", "60", "Dầu diesel", "Độ khói", None,
     "Khi bảo dưỡng định kỳ sau mỗi 500 giờ chạy máy"),
)
VI_WORD = {"quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần", "yearly": "12 tháng/lần", "monthly": "Hằng tháng"}


def inspections_ga1(doc: Doc) -> None:
    """A bus fleet's schedule of checking exhaust gases by group of vehicles: the group, how many, the fuel, what is
    measured, how often and who checks; one group is checked at each maintenance and another after each engine repair,
    checks of no frequency (VI: a logistics firm's tractors, reefer trucks, forklifts and gensets)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("График контроля токсичности и дымности отработавших газов подвижного состава ТОО «Алматы Автобус Парк»",
                "«Алматы Автобус Парк» ЖШС жылжымалы құрамының пайдаланылған газдарының уыттылығы мен түтінділігін бақылау кестесі",
                "KẾ HOẠCH KIỂM TRA KHÍ THẢI PHƯƠNG TIỆN NĂM 2026 – CÔNG TY CỔ PHẦN VẬN TẢI VÀ LOGISTICS HẢI AN"))
    doc.p(doc.v("Приложение 3 к приказу директора от 09.01.2026 № 4-п. Результаты заносятся в журнал контроля ОГ.",
                "Директордың 09.01.2026 № 4-п бұйрығына 3-қосымша. Нәтижелер ПГ бақылау журналына енгізіледі.",
                "Ban hành kèm theo Quyết định số 04/QĐ-HA ngày 09/01/2026. Kết quả được ghi vào sổ theo dõi khí thải."))
    rows = [doc.v(["№", "Группа подвижного состава", "Кол-во, ед.", "Топливо", "Контролируемый показатель", "Периодичность",
                   "Кто проверяет"],
                  ["№", "Жылжымалы құрам тобы", "Саны, бірл.", "Отын", "Бақыланатын көрсеткіш", "Кезеңділігі", "Кім тексереді"],
                  ["TT", "Nhóm phương tiện", "Số lượng", "Nhiên liệu", "Chỉ tiêu kiểm tra", "Chu kỳ kiểm tra", "Bộ phận thực hiện"])]
    checkers = doc.v(("диагност участка ТО", "мастер ОТК", "инженер-эколог"), ("ТҚ учаскесінің диагносты", "ТБК шебері", "инженер-эколог"),
                     ("Tổ kỹ thuật xưởng", "Phòng An toàn – Môi trường", "Trạm đăng kiểm được ủy quyền"))
    L = 0 if doc.lang == "ru" else 1
    items = VN_TRUCKS if vi else BUS_EXHAUST
    chosen = [it for it in items if it[4] is None or r.random() < 0.85]
    for k, it in enumerate(chosen, 1):
        if vi:
            group, count, fuel, param, word, when = it
            when_text = VI_WORD[word] if word else when
        else:
            group, count, fuel, param, word, when = it[0][L], it[1], it[2][L], it[3][L], it[4], it[5]
            when_text = freq(doc, word) if word else when[L]
        rows.append([str(k), group, count, fuel, param, when_text, doc.pick(checkers)])
        item = {"kind": "inspection", "text_contains": group}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(None, rows, role="inspections")
    doc.p(doc.v("Электробусы (40 ед.) контролю отработавших газов не подлежат.",
                "Электробустар (40 бірл.) пайдаланылған газдарды бақылауға жатпайды.",
                "Xe nâng điện (22 chiếc) không thuộc đối tượng kiểm tra khí thải."))
    maybe_distractor(doc)


# (RU object, KK object), (RU subject, KK subject), (RU ground, KK ground), frequency or None, (RU when, KK when)
BERTH_CHECKS = (
    (("Нефтеналивной причал № 1", "№ 1 мұнай құю айлағы"),
     ("готовность боновых заграждений и запаса сорбентов", "боновый қоршаулардың және сорбенттер қорының дайындығы"),
     ("МАРПОЛ 73/78, Приложение I", "МАРПОЛ 73/78, I қосымша"), None, ("перед каждой швартовкой танкера", "әр танкерді байлар алдында")),
    (("Причал генеральных грузов № 4", "№ 4 бас жүктер айлағы"),
     ("отсутствие просыпей груза на причальной стенке", "айлақ қабырғасында жүк шашылуының болмауы"),
     ("Экологическое разрешение, п. 2.3", "Экологиялық рұқсат, 2.3-т."), "daily", ("ежедневно", "күн сайын")),
    (("Площадка приема льяльных вод и мусора с судов", "Кемелерден льял сулары мен қоқысты қабылдау алаңы"),
     ("герметичность емкостей, записи журнала приема", "ыдыстардың саңылаусыздығы, қабылдау журналының жазбалары"),
     ("МАРПОЛ 73/78, Приложения I и V", "МАРПОЛ 73/78, I және V қосымшалар"), "weekly", ("еженедельно", "апта сайын")),
    (("Открытый склад угля", "Көмірдің ашық қоймасы"),
     ("работа системы орошения, высота штабелей", "суару жүйесінің жұмысы, қатарлардың биіктігі"),
     ("Экологическое разрешение, п. 3.4", "Экологиялық рұқсат, 3.4-т."), None, ("ежесменно", "әр ауысымда")),
    (("Очистные сооружения ливневых стоков", "Нөсер ағындарының тазарту құрылыстары"),
     ("состояние нефтеловушки и песколовки", "мұнай ұстағыш пен құм ұстағыштың жай-күйі"),
     ("Экологическое разрешение, п. 4.1", "Экологиялық рұқсат, 4.1-т."), "monthly", ("ежемесячно", "ай сайын")),
    (("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы"),
     ("маркировка контейнеров, сроки накопления", "контейнерлердің таңбалануы, жинақтау мерзімдері"),
     ("Экологический кодекс РК, ст. 320", "ҚР Экологиялық кодексі, 320-бап"), "quarterly", ("ежеквартально", "тоқсан сайын")),
    (("Акватория у причалов № 1–5", "№ 1–5 айлақтар маңындағы акватория"),
     ("визуальный осмотр на наличие пленки нефтепродуктов", "мұнай өнімдері қабыршағының болуына көзбен шолып тексеру"),
     ("МАРПОЛ 73/78, Приложение I", "МАРПОЛ 73/78, I қосымша"), "daily", ("ежедневно, при обходе", "күн сайын, айналып шығу кезінде")),
)  # fmt: skip
VN_BERTH_CHECKS = (
    ("Cầu cảng số 1 – khu tiếp nhận nhiên liệu cho tàu", "Sẵn sàng phao quây dầu, vật liệu thấm dầu", "MARPOL 73/78, Phụ lục I", None,
     "Khi có tàu cập cầu nhận nhiên liệu"),
    ("Bãi container hàng nguy hiểm", "Tình trạng rò rỉ, ghi nhãn container", "GPMT số 45/GPMT-BTNMT, mục 2.3", "daily", "Hằng ngày"),
    ("Khu tiếp nhận nước lẫn dầu và rác thải từ tàu", "Độ kín bồn chứa, sổ giao nhận", "MARPOL 73/78, Phụ lục I và V", "weekly", "Hằng tuần"),
    ("Bãi container lạnh – khu vực genset", "Rò rỉ dầu, tiếng ồn của máy phát", "GPMT số 45/GPMT-BTNMT, mục 3.1", None, "Mỗi ca làm việc"),
    ("Trạm xử lý nước thải 200 m3/ngày.đêm", "Vận hành, nhật ký hóa chất, lưu lượng xả", "Nghị định 08/2022/NĐ-CP, Điều 97", "monthly",
     "Hằng tháng"),
    ("Kho chất thải nguy hại", "Phân loại, dán nhãn, thời gian lưu giữ", "Thông tư 02/2022/TT-BTNMT, Điều 35", "quarterly", "Hằng quý"),
)  # fmt: skip


def inspections_ga2(doc: Doc) -> None:
    """A seaport's regulation of environmental checks at its berths and areas: the object, what is checked, the legal
    ground (MARPOL annexes, clauses of the permit, articles of the Code), when, who and where it is recorded; a check
    before each tanker's mooring and one each shift are checks of no frequency (VI: a container port)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("Регламент экологического контроля на причалах и производственных площадках АО «Каспий Порт Логистик»",
                "«Каспий Порт Логистик» АҚ айлақтары мен өндірістік алаңдарындағы экологиялық бақылау регламенті",
                "QUY CHẾ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG TẠI CÁC CẦU BẾN VÀ KHU VỰC SẢN XUẤT – CẢNG CONTAINER NAM ĐÌNH VŨ XANH"))
    doc.p(doc.v("3. Порядок проведения проверок.", "3. Тексерулер жүргізу тәртібі.", "Điều 4. Nội dung và tần suất kiểm tra"))
    rows = [doc.v(["№", "Объект", "Предмет проверки", "Основание", "Периодичность", "Проверяющий", "Запись"],
                  ["№", "Объект", "Тексеру нысанасы", "Негіздеме", "Кезеңділігі", "Тексеруші", "Жазба"],
                  ["TT", "Khu vực kiểm tra", "Nội dung kiểm tra", "Căn cứ", "Tần suất", "Người kiểm tra", "Hồ sơ"])]
    who = doc.v(("вахтенный помощник капитана порта", "инженер-эколог", "начальник причала"),
                ("порт капитанының кезекші көмекшісі", "инженер-эколог", "айлақ бастығы"),
                ("Trực ban điều độ", "Cán bộ môi trường", "Trưởng bến"))
    record = doc.v(("журнал обходов", "акт осмотра", "журнал смены"), ("айналып шығу журналы", "қарау актісі", "ауысым журналы"),
                   ("Sổ nhật ký", "Biên bản kiểm tra", "Sổ giao ca"))
    L = 0 if doc.lang == "ru" else 1
    items = VN_BERTH_CHECKS if vi else BERTH_CHECKS
    for k, it in enumerate([it for it in items if it[3] is None or r.random() < 0.85], 1):
        if vi:
            obj, subject, ground, word, when = it
        else:
            obj, subject, ground, word, when = it[0][L], it[1][L], it[2][L], it[3], it[4][L]
        rows.append([str(k), obj, subject, ground, when, doc.pick(who), doc.pick(record)])
        item = {"kind": "inspection", "text_contains": obj}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(None, rows, role="inspections")
    doc.p(doc.v("4. О выявленных нарушениях проверяющий немедленно сообщает диспетчеру порта.",
                "4. Анықталған бұзушылықтар туралы тексеруші порт диспетчеріне дереу хабарлайды.",
                "Điều 5. Khi phát hiện sự cố, người kiểm tra báo ngay cho Trực ban điều độ cảng."))
    distractor(doc, "contacts")


# ---------------------------------------------------------------- tasks

# (RU stage, KK stage), [(RU task, KK task, (RU unit, KK unit), (low, high), RU actor, KK actor)]
REMEDIATION = (
    (("1. Технический этап", "1. Техникалық кезең"), (
        ("Оконтурить и оградить участок загрязнения", "Ластану учаскесін контурлау және қоршау", ("м", "м"), (200, 600),
         "Служба ОТ и ООС терминала", "Терминалдың ЕҚ және ҚОҚ қызметі"),
        ("Снять нефтезагрязненный грунт на глубину до 0,3 м", "Мұнаймен ластанған топырақты 0,3 м тереңдікке дейін алу",
         ("м3", "м3"), (300, 1500), "ТОО «Каспий Экосервис» (подрядчик)", "«Каспий Экосервис» ЖШС (мердігер)"),
        ("Вывезти загрязненный грунт на площадку термической обработки", "Ластанған топырақты термиялық өңдеу алаңына шығару",
         ("т", "т"), (500, 2400), "ТОО «Каспий Экосервис» (подрядчик)", "«Каспий Экосервис» ЖШС (мердігер)"),
        ("Засыпать выемку чистым грунтом с планировкой поверхности", "Қазындыны таза топырақпен көму және бетін тегістеу",
         ("м3", "м3"), (300, 1500), "ТОО «Каспий Экосервис» (подрядчик)", "«Каспий Экосервис» ЖШС (мердігер)"))),
    (("2. Биологический этап", "2. Биологиялық кезең"), (
        ("Внести биопрепарат-нефтедеструктор и минеральные удобрения", "Мұнай ыдыратқыш биопрепарат пен минералды тыңайтқыштар енгізу",
         ("га", "га"), (0.1, 0.6), "ТОО «Биоремедиация Казахстан»", "«Биоремедиация Қазақстан» ЖШС"),
        ("Провести посев многолетних трав", "Көпжылдық шөптерді себу", ("га", "га"), (0.1, 0.6), "ТОО «Биоремедиация Казахстан»",
         "«Биоремедиация Қазақстан» ЖШС"),
        ("Отобрать пробы почвы для контроля остаточного содержания нефтепродуктов",
         "Мұнай өнімдерінің қалдық құрамын бақылау үшін топырақ сынамаларын алу", ("проба", "сынама"), (6, 18),
         "Служба ОТ и ООС терминала", "Терминалдың ЕҚ және ҚОҚ қызметі"))),
)  # fmt: skip
VN_REMEDIATION = (
    ("I. Giai đoạn thu gom, làm sạch", (
        ("Thu gom dầu tràn trên mặt nước bằng phao quây và máy hút dầu", "m3", (5, 40), "Đội ứng phó sự cố của Cảng"),
        ("Làm sạch kè đá và cầu cảng số 2 bằng vật liệu thấm dầu", "m2", (300, 1500), "Đội ứng phó sự cố của Cảng"),
        ("Chuyển giao chất thải nhiễm dầu cho đơn vị xử lý có chức năng", "tấn", (3, 30), "Phòng An toàn – Môi trường"))),
    ("II. Giai đoạn phục hồi, giám sát", (
        ("Nạo vét lớp bùn đáy nhiễm dầu tại khu vực trước bến", "m3", (200, 1200), "Nhà thầu nạo vét"),
        ("Quan trắc chất lượng nước biển và trầm tích sau khắc phục", "đợt", (2, 4), "Đơn vị quan trắc được chứng nhận"),
        ("Báo cáo kết quả khắc phục gửi Sở Nông nghiệp và Môi trường", "báo cáo", (1, 1), "Phòng An toàn – Môi trường"))),
)  # fmt: skip


def tasks_ga1(doc: Doc) -> None:
    """A remediation plan of an oil-contaminated plot at a terminal's loading rack: stage rows spanning the table, items
    `1.1`, `2.3` under them, a unit and a volume of works before the start and the end dates, the executor last (VI: the
    remediation of a berth after an oil spill under Roman stage rows)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("План рекультивации участка, загрязненного нефтью, на железнодорожной эстакаде налива терминала «Жем»",
                "«Жем» терминалының темір жол құю эстакадасындағы мұнаймен ластанған учаскені рекультивациялау жоспары",
                "KẾ HOẠCH KHẮC PHỤC Ô NHIỄM MÔI TRƯỜNG SAU SỰ CỐ TRÀN DẦU TẠI CẦU CẢNG SỐ 2 – CẢNG CONTAINER SAO MAI CÁI MÉP"))
    doc.p(doc.v("Согласован с Департаментом экологии по Атырауской области письмом от 02.03.2026 № 14-07/311.",
                "Атырау облысы бойынша экология департаментімен 02.03.2026 № 14-07/311 хатпен келісілген.",
                "Kèm theo Công văn số 311/CV-SM ngày 02/03/2026 gửi Sở Nông nghiệp và Môi trường."))
    rows = [doc.v(["№", "Наименование работ", "Ед. изм.", "Объем", "Начало", "Окончание", "Исполнитель"],
                  ["№", "Жұмыстардың атауы", "Өлш. бірл.", "Көлемі", "Басталуы", "Аяқталуы", "Орындаушы"],
                  ["TT", "Nội dung công việc", "Đơn vị", "Khối lượng", "Bắt đầu", "Hoàn thành", "Đơn vị thực hiện"])]
    merges = []
    L = 0 if doc.lang == "ru" else 1
    day = date(2026, 3, r.randint(2, 16))
    soil, area = r.randint(300, 1500), round(r.uniform(0.15, 0.6), 2)
    same = {(1, 2): soil, (1, 3): round(soil * 1.6), (1, 4): soil, (2, 1): area, (2, 2): area}
    fmt = "%d/%m/%Y" if vi else "%d.%m.%Y"
    stages = VN_REMEDIATION if vi else REMEDIATION
    for s, (stage, items) in enumerate(stages, 1):
        rows.append([stage if vi else stage[L], None, None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
        for k, it in enumerate(items, 1):
            if vi:
                text, unit, (lo, hi), actor = it
            else:
                text, unit, (lo, hi), actor = it[L], it[2][L], it[3], it[4 + L]
            qty = round(r.uniform(lo, hi), 2) if hi < 1 else r.randint(int(lo), int(hi))
            if not vi:
                qty = same.get((s, k), qty)
            day += timedelta(days=r.randint(0, 12))
            end = day + timedelta(days=r.randint(5, 40))
            number = f"{s}.{k}"
            rows.append([number, text, unit, num(qty, doc.lang), day.strftime(fmt), end.strftime(fmt), actor])
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text),
                                    "actor_contains": actor.split(" (")[0]})
    doc.table(doc.v("Таблица 5 – Календарный план работ", "5-кесте – Жұмыстардың күнтізбелік жоспары", "Bảng 2. Tiến độ thực hiện"),
              rows, merges, role="tasks")
    doc.p(doc.v("Рекультивация считается завершенной при содержании нефтепродуктов в почве не более 1 000 мг/кг.",
                "Топырақтағы мұнай өнімдерінің құрамы 1 000 мг/кг аспаған кезде рекультивация аяқталды деп есептеледі.",
                "Việc khắc phục được coi là hoàn thành khi chất lượng nước biển khu vực bến đạt QCVN 10:2023/BTNMT."))
    maybe_distractor(doc)


# RU task, KK task, RU actor, KK actor, RU term, KK term, (share of cost by 2026, 2027, 2028)
AIRPORT_PLAN = (
    ("Строительство площадки сбора отработанной противообледенительной жидкости с локальными очистными сооружениями",
     "Пайдаланылған мұздануға қарсы сұйықтықты жинау алаңын жергілікті тазарту құрылыстарымен салу",
     "Служба главного инженера", "Бас инженер қызметі", "2026–2027 гг.", "2026–2027 жж.", (1, 1, 0)),
    ("Замена горелок котельной на горелки с низким выбросом оксидов азота", "Қазандық оттықтарын азот оксидтерінің шығарындысы төмен оттықтарға ауыстыру",
     "Служба энергообеспечения", "Энергиямен жабдықтау қызметі", "2026 г.", "2026 ж.", (1, 0, 0)),
    ("Установка системы улавливания паров на резервуарах ТС-1 склада ГСМ", "ЖЖМ қоймасының ТС-1 резервуарларына бу ұстау жүйесін орнату",
     "Служба ГСМ", "ЖЖМ қызметі", "2027–2028 гг.", "2027–2028 жж.", (0, 1, 1)),
    ("Перевод спецтранспорта перрона на газомоторное топливо", "Перронның арнайы көлігін газ мотор отынына көшіру",
     "Служба спецтранспорта", "Арнайы көлік қызметі", "2026–2028 гг.", "2026–2028 жж.", (1, 1, 1)),
    ("Озеленение санитарно-защитной зоны со стороны поселка Приозерный", "Приозерный кенті жағынан санитариялық-қорғау аймағын көгалдандыру",
     "Административно-хозяйственная служба", "Әкімшілік-шаруашылық қызметі", "2027 г.", "2027 ж.", (0, 1, 0)),
    ("Устройство навеса и твердого покрытия площадки временного хранения отходов",
     "Қалдықтарды уақытша сақтау алаңына қалқа және қатты жабын орнату",
     "Отдел охраны окружающей среды", "Қоршаған ортаны қорғау бөлімі", "2026 г.", "2026 ж.", (1, 0, 0)),
)  # fmt: skip
VN_FUEL_PLAN = (
    ("Lắp đặt hệ thống thu hồi hơi xăng dầu tại trạm nhập nhiên liệu", "Xí nghiệp Kho", "2026–2027", (1, 1, 0)),
    ("Cải tạo đê bao và hố thu dầu khu bể chứa Jet A-1", "Ban Quản lý dự án", "2026", (1, 0, 0)),
    ("Lắp đặt thiết bị quan trắc nước thải tự động sau trạm xử lý", "Phòng Kỹ thuật", "2027", (0, 1, 0)),
    ("Thay thế xe tra nạp nhiên liệu đời cũ bằng xe đạt tiêu chuẩn khí thải Euro 5", "Đội Xe tra nạp", "2026–2028", (1, 1, 1)),
    ("Xây dựng kho lưu giữ chất thải nguy hại có mái che, gờ chống tràn", "Phòng An toàn – Môi trường", "2026", (1, 0, 0)),
    ("Trồng cây xanh cách ly dọc hàng rào phía Đông", "Phòng Hành chính", "2028", (0, 0, 1)),
)


def tasks_ga2(doc: Doc) -> None:
    """An airport's plan of nature-protection measures with the financing of each measure spread over 2026, 2027 and 2028
    as sub-columns under a merged `Объем финансирования, млн тенге`, a dash in a year without money, a total row (VI: an
    airport fuel farm's plan in million dong)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("План природоохранных мероприятий АО «Каспий Аэро Сервис» на 2026–2028 годы",
                "«Каспий Аэро Сервис» АҚ 2026–2028 жылдарға арналған табиғат қорғау іс-шараларының жоспары",
                "KẾ HOẠCH CẢI THIỆN MÔI TRƯỜNG GIAI ĐOẠN 2026–2028 – KHO NHIÊN LIỆU HÀNG KHÔNG LONG THÀNH"))
    doc.p(doc.v("Приложение 4 к экологическому разрешению на воздействие.", "Әсер етуге экологиялық рұқсатқа 4-қосымша.",
                "Phụ lục kèm theo Báo cáo công tác bảo vệ môi trường năm 2025."))
    rows = [doc.v(["№ п/п", "Мероприятие", "Ответственный", "Срок", "Объем финансирования, млн тенге", None, None],
                  ["№", "Іс-шара", "Жауапты", "Мерзімі", "Қаржыландыру көлемі, млн теңге", None, None],
                  ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian", "Kinh phí (triệu đồng)", None, None]),
            [None, None, None, None, "2026", "2027", "2028"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 6)]
    L = 0 if doc.lang == "ru" else 1
    sums = [0.0, 0.0, 0.0]
    items = VN_FUEL_PLAN if vi else AIRPORT_PLAN
    for k, it in enumerate(r.sample(items, 5), 1):
        if vi:
            text, actor, term, shares = it
        else:
            text, actor, term, shares = it[L], it[2 + L], it[4 + L], it[6]
        money = []
        for y, on in enumerate(shares):
            if on:
                m = float(r.randint(20, 900)) * (10 if vi else 1) if vi else round(r.uniform(5, 180), 1)
                sums[y] += m
                money.append(num(m, doc.lang))
            else:
                money.append("–")
        rows.append([str(k), text, actor, term, *money])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": actor})
    rows.append(["", doc.v("Итого", "Барлығы", "Tổng cộng"), None, None, *(num(round(s, 1), doc.lang) for s in sums)])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
    doc.table(doc.v("Таблица 1", "1-кесте", "Bảng 1"), rows, merges, role="tasks")
    doc.p(doc.v("Источник финансирования – собственные средства общества.", "Қаржыландыру көзі – қоғамның өз қаражаты.",
                "Nguồn kinh phí: vốn tự có của Công ty."))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"GA{k}", globals()[f"{role}_ga{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_ga1` … `tasks_ga2`, in the order of the roles."""
