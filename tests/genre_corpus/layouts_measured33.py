"""The nineteenth blind set's part GE (two layouts per role, `GE1` and `GE2`), written by someone who neither ran the
extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.807 over 126
files when first measured, 2026-12-05), then moved to the tuning layouts to be studied.

Theme: water, sewage and municipal services. Kazakhstan: a city water utility's sewage treatment plant (ГКП
«Водоканал») with its sludge beds and outfall to a river, a municipal solid-waste landfill and its leachate ponds, a
district heating company's boiler houses, a snow-melting site, a cemetery and crematorium of the city (ПЭК programmes,
reports on ПЭК, КЭР, declarations, orders of the akimat, plans of measures after an inspection). Vietnam: a centralised
wastewater treatment plant of a city, a sanitary landfill with its leachate treatment, a water supply company, an
industrial park's infrastructure company (giấy phép môi trường, báo cáo công tác bảo vệ môi trường, quan trắc định kỳ
and automatic monitoring reports, decisions of the provincial People's Committee).

Facility: an akimat's register of the city's municipal objects, each cell holding two facts on two lines (object and
operator, BIN and KATO, address and decimal coordinates) (VI: a province's list of environmental infrastructure, the
enterprise number in brackets after the operator) (GE1); a sewage plant's card as a grid of two label–value pairs per
row under section rows, a sludge-bed table of no role after it (VI: the cover of an industrial park's annual report) (GE2).
Emissions: a sewage plant's inventory grouped by substance — a row spanning the table names the substance with its
code and hazard class, the sources under it, a subtotal per substance (GE1); boiler houses' sources with the source's
number and name joined in one cell, the code and name joined, and the grams a second and tonnes a year joined in one
cell as `g/s / t/y` (VI: a landfill's flare, incinerator and generator) (GE2).
Wastes: a sewage plant's movement of wastes over a year — at the start, generated, passed on, placed, at the end —
under a merged header (GE1); a crematorium's and cemetery's wastes under group rows `Опасные` / `Неопасные`, the codes
written without their asterisk (VI: a landfill's wastes in kg under group rows, the CTNH codes bare) (GE2).
Limits: an outfall's results with the sampling dates as rows and the parameters as columns, the permitted
concentration as the first data row, the outlet named in a header spanning the parameters (VI: automatic-monitoring
daily means against Cmax of QCVN 40 column A with Kq and Kf) (GE1); a landfill's air at the boundary of its sanitary
zone, four points as sub-columns and the ПДК after them, a weather table of no role (VI: leachate before and after
treatment against QCVN 25:2009 column B1, then the rest against QCVN 40 column B) (GE2).
Monitoring: a matrix of parameters by points whose cells hold the frequency or a dash (GE1); a landfill's programme
under group rows by frequency, the substances written code first, several points in one cell (GE2).
Inspections: a matrix of kinds of check by objects, the frequency in the cells (GE1); a regulation's clauses as a
two-column table, the frequency inside the sentence (GE2).
Tasks: a plan after an inspection whose one cell holds the violation and the measure on two lines, a mark of
execution (GE1); an akimat's resolution with the item's number written at the head of its text, groups by object,
the co-executors after the lead one (VI: a province's decision on urban waste water) (GE2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .limits_data import AIR_PDK, QCVN40, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`53°17'12,4" с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    word = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("N", "E")}[lang][0 if lat else 1]
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}'{sec}\" {word}", d + m / 60 + s / 3600


# (RU city, KK city, KATO of the city, (lat, lon), RU river, KK river)
KZ_CITIES = (
    ("Кокшетау", "Көкшетау", "111010000", (53.28, 69.39), "р. Кылшакты", "Қылшақты өзені"),
    ("Петропавловск", "Петропавл", "591010000", (54.87, 69.15), "р. Есиль", "Есіл өзені"),
    ("Костанай", "Қостанай", "391010000", (53.21, 63.62), "р. Тобол", "Тобыл өзені"),
    ("Павлодар", "Павлодар", "551010000", (52.29, 76.95), "р. Иртыш", "Ертіс өзені"),
)
# (city, province, river, short name of the drainage company, (lat, lon))
VN_CITIES = (
    ("thành phố Bắc Ninh", "tỉnh Bắc Ninh", "sông Ngũ Huyện Khê", "Bắc Ninh", (21.18, 106.07)),
    ("thành phố Vĩnh Long", "tỉnh Vĩnh Long", "sông Cổ Chiên", "Vĩnh Long", (10.25, 105.97)),
    ("thành phố Quy Nhơn", "tỉnh Gia Lai", "sông Hà Thanh", "Quy Nhơn", (13.78, 109.2)),
    ("thành phố Thái Nguyên", "tỉnh Thái Nguyên", "sông Cầu", "Thái Nguyên", (21.59, 105.84)),
)


def _city(doc: Doc):
    c = doc.pick(KZ_CITIES)
    return doc.v(c[0], c[1], ""), c


def _vodokanal(doc: Doc, c) -> str:
    return doc.v(f"ГКП на ПХВ «{c[0]} Водоканал»", f"«{c[1]} Су арнасы» ШЖҚ МКК", "")


DAILY = {"ru": ("ежедневно", "ежесуточно"), "kk": ("күн сайын", "тәулігіне 1 рет"), "vi": ("hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}


def _freq(doc: Doc, word: str) -> str:
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU operator pattern, KK operator pattern, category, in the city?)
KZ_OBJECTS = (
    ("Канализационные очистные сооружения с иловыми площадками", "Лай алаңдары бар кәріз тазарту құрылыстары",
     "ГКП на ПХВ «{c} Водоканал»", "«{c} Су арнасы» ШЖҚ МКК", "I", True),
    ("Полигон твердых бытовых отходов с прудами-накопителями фильтрата",
     "Сүзінді жинақтауыш тоғандары бар қатты тұрмыстық қалдықтар полигоны",
     "ТОО «Таза Орта {c}»", "«Таза Орта {c}» ЖШС", "II", False),
    ("Котельная «Северная» и золоотвал", "«Солтүстік» қазандығы және күл үйіндісі",
     "ГКП «{c} Жылу»", "«{c} Жылу» МКК", "II", True),
    ("Снегоплавильный пункт (площадка складирования снега)", "Қар еріту пункті (қар жинау алаңы)",
     "ГКП «{c} Горкомхоз»", "«{c} Қалалық коммуналдық шаруашылық» МКК", "III", True),
    ("Городской крематорий и кладбище «Восточное»", "Қалалық крематорий және «Шығыс» зираты",
     "ГКП «Ритуал» акимата г. {c}", "{c} қ. әкімдігінің «Ритуал» МКК", "II", False),
)  # fmt: skip
# (object, operator pattern, category, place)
VN_OBJECTS = (
    ("Nhà máy xử lý nước thải tập trung {city}", "Công ty Cổ phần Thoát nước và Xử lý nước thải {short}", "II",
     "phường Đông Ngàn, {city}, {prov}"),
    ("Khu xử lý chất thải rắn sinh hoạt {short} (bãi chôn lấp hợp vệ sinh và trạm xử lý nước rỉ rác)",
     "Công ty TNHH MTV Môi trường Đô thị {short}", "I", "xã Phong Khê, {prov}"),
    ("Nhà máy nước mặt {short} (công suất 60.000 m3/ngày.đêm)", "Công ty Cổ phần Cấp nước {short}", "III",
     "phường Vân Dương, {city}, {prov}"),
    ("Hạ tầng kỹ thuật Khu công nghiệp Hòa Phú {short} (trạm xử lý nước thải tập trung 8.000 m3/ngày.đêm)",
     "Công ty Cổ phần Phát triển Hạ tầng KCN Hòa Phú", "I", "xã Hòa Phú, {prov}"),
)  # fmt: skip


def facility_ge1(doc: Doc) -> None:
    """An akimat's register of the city's municipal objects that affect the environment: each cell holds two facts on
    two lines — the object and its operator, the BIN and the KATO (each with its label), the address and the decimal
    coordinates; the category alone (VI: a province's list of environmental infrastructure, the enterprise number in
    brackets after the operator, WGS-84 coordinates on two lines, the project group as `Nhóm II`)."""
    r = doc.rng
    if doc.lang == "vi":
        city, prov, _, short, base = doc.pick(VN_CITIES)
        doc.h(f"ỦY BAN NHÂN DÂN {prov.upper()}")
        doc.p(f"Phụ lục. DANH MỤC CÁC CÔNG TRÌNH HẠ TẦNG KỸ THUẬT MÔI TRƯỜNG TRÊN ĐỊA BÀN {prov.upper()} "
              f"(Kèm theo Quyết định số {r.randint(100, 2999)}/QĐ-UBND ngày {r.randint(1, 28):02d}/03/2026 của UBND {prov})")
        rows = [["TT", "Tên công trình, cơ sở", "Chủ cơ sở (mã số doanh nghiệp)", "Địa điểm", "Tọa độ trung tâm (WGS-84)",
                 "Phân nhóm theo Luật BVMT"]]
        for k, (obj, op, cat, place) in enumerate(VN_OBJECTS, 1):
            name, oper = obj.format(city=city, short=short), op.format(short=short)
            msdn = make_msdn(r)
            lat, lon = round(base[0] + r.uniform(-0.08, 0.08), 5), round(base[1] + r.uniform(-0.08, 0.08), 5)
            rows.append([str(k), name, f"{oper}\n(MSDN: {msdn})", place.format(city=city, prov=prov),
                         f"Vĩ độ: {num(lat, 'vi')}\nKinh độ: {num(lon, 'vi')}", f"Nhóm {cat}"])
            doc.add("facilities", {"bin": msdn, "name_contains": name.split(" (")[0], "lat": lat, "lon": lon, "category": cat})
        doc.table(None, rows, role="facility")
        doc.p("Ghi chú: Phân nhóm theo Phụ lục III, IV, V Nghị định số 08/2022/NĐ-CP.")
        maybe_distractor(doc)
        return
    name_city, c = _city(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v(f"Постановление акимата города {c[0]}", f"{c[1]} қаласы әкімдігінің қаулысы", ""))
    doc.p(doc.v(f"Приложение к постановлению акимата города {c[0]} от {r.randint(1, 28):02d}.02.2026 № {r.randint(100, 900)}. "
                "Реестр объектов коммунального хозяйства, оказывающих негативное воздействие на окружающую среду.",
                f"{c[1]} қаласы әкімдігінің 2026 жылғы {r.randint(1, 28):02d}.02 № {r.randint(100, 900)} қаулысына қосымша. "
                "Қоршаған ортаға теріс әсер ететін коммуналдық шаруашылық объектілерінің тізілімі.", ""))
    rows = [doc.v(["№", "Объект / оператор", "Идентификаторы", "Местонахождение / координаты", "Категория"],
                  ["№", "Объект / оператор", "Сәйкестендіргіштер", "Орналасқан жері / координаттары", "Санаты"], [])]
    lat0, lon0 = c[3]
    objs = [KZ_OBJECTS[0], *sorted(r.sample(KZ_OBJECTS[1:], 3), key=KZ_OBJECTS.index)]
    streets = doc.v(("северная промзона", "ул. Индустриальная, 14", "пр. Строителей, 2/1", "ул. Заводская, 5"),
                    ("солтүстік өнеркәсіптік аймақ", "Индустриальная к-сі, 14", "Құрылысшылар даңғ., 2/1", "Заводская к-сі, 5"), ())
    for k, (o_ru, o_kk, p_ru, p_kk, cat, inside) in enumerate(objs, 1):
        obj = (o_ru, o_kk)[L]
        oper = (p_ru, p_kk)[L].format(c=c[L])
        bin_ = make_bin(r)
        kato = c[2] if inside else f"{c[2][:2]}{r.randint(20, 60)}{r.randint(10, 99)}{r.choice(('100', '000'))}"
        lat, lon = round(lat0 + r.uniform(-0.09, 0.09), 4), round(lon0 + r.uniform(-0.12, 0.12), 4)
        where = (doc.v(f"г. {c[0]}, {streets[k - 1]}", f"{c[1]} қ., {streets[k - 1]}", "") if inside else
                 doc.v(f"{r.randint(4, 15)} км от г. {c[0]}", f"{c[1]} қ. {r.randint(4, 15)} км", ""))
        coords = doc.v(f"{num(lat, 'ru')}° с.ш., {num(lon, 'ru')}° в.д.", f"{num(lat, 'kk')}° с.е., {num(lon, 'kk')}° ш.б.", "")
        rows.append([str(k), f"{obj}\n{oper}", doc.v(f"БИН {bin_}\nКАТО {kato}", f"БСН {bin_}\nҚАТО {kato}", ""),
                     f"{where}\n{coords}", cat])
        doc.add("facilities", {"bin": bin_, "name_contains": obj.split(" (")[0], "kato": kato, "category": cat, "lat": lat, "lon": lon})
    doc.table(doc.v("Реестр объектов", "Объектілер тізілімі", ""), rows, role="facility")
    doc.p(doc.v(f"Контроль за исполнением постановления возложить на заместителя акима города {name_city}.",
                f"Қаулының орындалуын бақылау {name_city} қаласы әкімінің орынбасарына жүктелсін.", ""))
    maybe_distractor(doc)


def facility_ge2(doc: Doc) -> None:
    """A sewage plant's card in an application for a КЭР: a grid of two label–value pairs per row under section rows
    spanning the grid, the OKED with its words, coordinates in degrees, minutes and seconds, the outfall described by
    distance; a table of the sludge-bed cards of no role after it (VI: the cover of an industrial park infrastructure
    company's annual report laid out the same way, the outfall in VN-2000 metres, no latitude)."""
    r = doc.rng
    if doc.lang == "vi":
        city, prov, river, short, _ = doc.pick(VN_CITIES)
        name = f"Kết cấu hạ tầng Khu công nghiệp Nam {short}"
        oper = f"Công ty Cổ phần Đầu tư Hạ tầng KCN Nam {short}"
        msdn = make_msdn(r)
        doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025")
        doc.p(f"(Kỳ báo cáo: từ ngày 01/01/2025 đến ngày 31/12/2025) Kính gửi: Sở Nông nghiệp và Môi trường {prov}.")
        rows = [["I. THÔNG TIN CHUNG VỀ CƠ SỞ", None, None, None],
                ["Tên cơ sở", name, "Chủ cơ sở", oper],
                ["Mã số doanh nghiệp", msdn, "Người đại diện", f"Ông Nguyễn Văn {doc.pick(('Hải', 'Tâm', 'Quang'))} – Tổng Giám đốc"],
                ["Địa chỉ", f"xã Tân Hưng, {prov}", "Điện thoại", f"0222 {r.randint(3000000, 3999999)}"],
                ["Loại hình", "Kinh doanh hạ tầng khu công nghiệp", "Phân loại", "Dự án nhóm I theo Luật BVMT 2020"],
                ["II. HỒ SƠ MÔI TRƯỜNG", None, None, None],
                ["Giấy phép môi trường", f"Số {r.randint(10, 480)}/GPMT-BTNMT ngày {r.randint(1, 28):02d}/0{r.randint(1, 9)}/2023",
                 "Cơ quan cấp", "Bộ Tài nguyên và Môi trường"],
                ["Trạm XLNT tập trung", f"{num(r.choice((6000, 8000, 12000)), 'vi')} m3/ngày.đêm",
                 "Vị trí xả thải (VN-2000)", f"X = {num(r.randint(1150000, 2350000), 'vi')}; Y = {num(r.randint(450000, 650000), 'vi')}"],
                ["Nguồn tiếp nhận", river, "Diện tích KCN", f"{num(r.randint(180, 450), 'vi')} ha"]]
        doc.table(None, rows, [(0, 0, 0, 3), (5, 0, 5, 3)], role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "I"})
        maybe_distractor(doc)
        return
    _, c = _city(doc)
    L = 0 if doc.lang == "ru" else 1
    name = doc.v(f"Канализационные очистные сооружения г. {c[0]}", f"{c[1]} қаласының кәріз тазарту құрылыстары", "")
    oper = _vodokanal(doc, c)
    bin_, kato, oked = make_bin(r), c[2], "37000"
    lat, lat_v = _dms(c[3][0] + r.uniform(-0.05, 0.05), True, doc.lang)
    lon, lon_v = _dms(c[3][1] + r.uniform(-0.05, 0.05), False, doc.lang)
    river = (c[4], c[5])[L]
    doc.h(doc.v("Заявка на получение комплексного экологического разрешения", "Кешенді экологиялық рұқсат алуға өтінім", ""))
    doc.p(doc.v("Раздел 1. Общие сведения об операторе и объекте", "1-бөлім. Оператор және объект туралы жалпы мәліметтер", ""))
    cap = num(r.choice((45000, 60000, 85000, 110000)), doc.lang)
    rows = [[doc.v("1.1. Оператор", "1.1. Оператор", ""), None, None, None],
            [doc.v("Наименование", "Атауы", ""), oper, doc.v("БИН", "БСН", ""), bin_],
            [doc.v("Юридический адрес", "Заңды мекенжайы", ""),
             doc.v(f"г. {c[0]}, ул. Абая, {r.randint(2, 90)}", f"{c[1]} қ., Абай к-сі, {r.randint(2, 90)}", ""),
             doc.v("Руководитель", "Басшысы", ""), doc.v("директор Мухамеджанов Е.К.", "директор Мұхамеджанов Е.Қ.", "")],
            [doc.v("1.2. Объект", "1.2. Объект", ""), None, None, None],
            [doc.v("Наименование объекта", "Объектінің атауы", ""), name, doc.v("Код КАТО", "ҚАТО коды", ""), kato],
            [doc.v("Вид деятельности по ОКЭД", "ЭҚЖЖ бойынша қызмет түрі", ""),
             doc.v(f"{oked} – Сбор и обработка сточных вод", f"{oked} – Ағынды суларды жинау және өңдеу", ""),
             doc.v("Категория объекта", "Объект санаты", ""), doc.v("I категория", "I санат", "")],
            [doc.v("Проектная производительность", "Жобалық өнімділігі", ""), doc.v(f"{cap} м3/сут", f"{cap} м3/тәул", ""),
             doc.v("Координаты площадки (центр)", "Алаң координаттары (орталығы)", ""), f"{lat}, {lon}"],
            [doc.v("Водоприемник", "Су қабылдағыш", ""),
             doc.v(f"{river}, выпуск В-1 в {num(round(r.uniform(1.2, 4.8), 1), 'ru')} км ниже города",
                   f"{river}, В-1 шығарылымы, қаладан {num(round(r.uniform(1.2, 4.8), 1), 'kk')} км төмен", ""),
             doc.v("Иловые площадки", "Лай алаңдары", ""),
             doc.v("8 карт, в 0,6 км к востоку от площадки", "8 карта, алаңнан шығысқа қарай 0,6 км", "")]]
    doc.table(None, rows, [(0, 0, 0, 3), (3, 0, 3, 3)], role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "oked": oked, "category": "I",
                           "lat": lat_v, "lon": lon_v})
    cards = [doc.v(["Карта №", "Площадь, га", "Вместимость, тыс. м3", "Состояние"],
                   ["Карта №", "Ауданы, га", "Сыйымдылығы, мың м3", "Жай-күйі"], [])]
    for k in range(1, 6):
        cards.append([str(k), num(round(r.uniform(0.8, 2.4), 2), doc.lang), num(r.randint(8, 30), doc.lang),
                      doc.pick(doc.v(("в работе", "на подсушке", "резерв"), ("жұмыста", "кептіруде", "резерв"), ()))])
    doc.table(doc.v("Характеристика иловых площадок", "Лай алаңдарының сипаттамасы", ""), cards, role="other")


# ---------------------------------------------------------------- emissions

# (number, RU, KK, codes, (low, high) g/s)
KOS_SOURCES = (
    ("0001", "Вытяжная вентиляция здания решеток", "Торлар ғимаратының сору желдеткіші", ("0333", "0303", "0410"), (0.001, 0.02)),
    ("0002", "Дымовая труба котельной КОС", "КТҚ қазандығының түтін мұржасы", ("0301", "0330", "0337"), (0.05, 0.9)),
    ("6001", "Песколовки", "Құм ұстағыштар", ("0333", "0303", "0410"), (0.0005, 0.01)),
    ("6002", "Первичные отстойники", "Бастапқы тұндырғыштар", ("0333", "0303", "0410"), (0.002, 0.05)),
    ("6003", "Аэротенки", "Аэротенктер", ("0333", "0303", "0410"), (0.005, 0.09)),
    ("6004", "Иловые площадки", "Лай алаңдары", ("0333", "0303", "0410"), (0.003, 0.08)),
)  # fmt: skip
VN_TANKS = (
    ("Trạm bơm nước thải đầu vào", ("0333", "0303"), (0.0005, 0.01)),
    ("Bể điều hòa", ("0333", "0303", "0410"), (0.001, 0.02)),
    ("Bể hiếu khí (aerotank)", ("0333", "0303", "0410"), (0.003, 0.06)),
    ("Bể nén bùn và nhà ép bùn", ("0333", "0303", "0410"), (0.002, 0.04)),
)
SHARE = {"0333": 0.12, "0303": 0.6, "0410": 1.0, "0301": 1.0, "0330": 0.8, "0337": 1.6}


def emissions_ge1(doc: Doc) -> None:
    """A sewage plant's inventory of emissions grouped by substance: a row spanning the table names the substance with
    its code and hazard class (`ОБУВ` for methane, which has none), the sources that emit it under it with their numbers
    and names, `г/с` and `т/год`, a subtotal per substance (VI: an ĐTM of a city's treatment plant grouped the same way
    by odorous gas, named tanks, no numbers)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        city, _, _, _, _ = doc.pick(VN_CITIES)
        doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NÂNG CÔNG SUẤT NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG {city.upper()}")
        doc.p("Tải lượng khí gây mùi phát sinh từ các công trình xử lý được tính theo hệ số phát thải của US EPA và diện tích "
              "bề mặt thoáng của từng bể.")
        sources = list(VN_TANKS)
    else:
        _, c = _city(doc)
        doc.h(doc.v(f"Инвентаризация выбросов загрязняющих веществ. КОС г. {c[0]}", f"{c[1]} қ. КТҚ ластаушы заттар шығарындыларын түгендеу", ""))
        doc.p(doc.v("Выбросы от открытых поверхностей очистных сооружений определены по удельным показателям на 1 м2 поверхности.",
                    "Тазарту құрылыстарының ашық беттерінен шығарындылар 1 м2 бетке үлестік көрсеткіштер бойынша анықталды.", ""))
        sources = [s for s in KOS_SOURCES if s[0] in ("0001", "6003", "6004") or r.random() < 0.7]
    rows = [doc.v(["№ ИЗА", "Наименование источника", "Выброс, г/с", "Выброс, т/год"],
                  ["ЛШК №", "Көздің атауы", "Шығарынды, г/с", "Шығарынды, т/жыл"],
                  ["Ký hiệu", "Nguồn phát sinh", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"])]
    merges = []
    order = ("0301", "0330", "0337", "0303", "0333", "0410") if not vi else ("0333", "0303", "0410")
    base = {}
    for s in sources:
        lo, hi = s[-1]
        base[s[0]] = r.uniform(lo, hi)
    for gi, code in enumerate(order, 1):
        emitters = [s for s in sources if code in s[-2]]
        if not emitters:
            continue
        hz = vocab.hazard(code)
        name = vocab.air(code, doc.lang)
        if vi:
            label = f"{gi}. {name} ({vocab.air(code, 'vi', 1)})" if code != "0410" else f"{gi}. {name} (CH4)"
        else:
            cls = doc.v(f"класс опасности {hz}", f"қауіптілік сыныбы {hz}", "") if hz else doc.v("ОБУВ", "ШБҚӘД", "")
            label = f"{code} – {name} ({cls})"
        rows.append([label, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        gs, ts = [], []
        for s in emitters:
            g = _sig(base[s[0]] * SHARE[code] * r.uniform(0.8, 1.2), 4)
            t = _sig(g * 3600 * 8760 / 1e6 * r.uniform(0.95, 1.0), 4)
            gs.append(g)
            ts.append(t)
            if vi:
                rows.append([f"K{VN_TANKS.index(s) + 1}", s[0], num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(code, g, t))
            else:
                rows.append([s[0], doc.v(s[1], s[2], ""), num(g, doc.lang), num(t, doc.lang)])
                doc.add("emissions", emission(code, g, t, s[0], hz))
        rows.append(["", doc.v("Итого по веществу", "Зат бойынша барлығы", "Cộng"), total(doc, gs), total(doc, ts)])
    doc.table(doc.v("Таблица 2.3 – Выбросы загрязняющих веществ по веществам и источникам",
                    "2.3-кесте – Заттар мен көздер бойынша ластаушы заттар шығарындылары",
                    "Bảng 3.12. Tải lượng khí gây mùi từ các công trình của nhà máy"), rows, merges, role="emissions")
    if not vi:
        doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in sources))
    maybe_distractor(doc)


# (number, RU, KK, codes, (low, high) g/s)
HEAT_SOURCES = (
    ("0001", "Дымовая труба котельной № 5 (Н = 30 м)", "№ 5 қазандықтың түтін мұржасы (Н = 30 м)", ("0301", "0304", "0330", "0337", "2908"), (0.3, 4)),
    ("0002", "Дымовая труба котельной «Северная» (Н = 45 м)", "«Солтүстік» қазандығының түтін мұржасы (Н = 45 м)",
     ("0301", "0304", "0330", "0337", "2908", "0703"), (0.8, 9)),
    ("0003", "Дымовая труба газовой котельной мкр. «Береке»", "«Береке» ш/а газ қазандығының түтін мұржасы", ("0301", "0304", "0337"), (0.05, 0.6)),
    ("6001", "Открытый склад угля котельной «Северная»", "«Солтүстік» қазандығының ашық көмір қоймасы", ("2908",), (0.1, 1.5)),
    ("6002", "Золошлакоотвал котельной «Северная»", "«Солтүстік» қазандығының күл-қож үйіндісі", ("2908",), (0.05, 0.9)),
)  # fmt: skip
HEAT_SHARE = {"0301": 1.0, "0304": 0.16, "0330": 2.1, "0337": 1.4, "2908": 0.9, "0703": 0.000002}
VN_LANDFILL_SOURCES = (
    ("Đuốc đốt khí bãi chôn lấp (F1)", ("0301", "0330", "0337", "0333"), (0.01, 0.4)),
    ("Ống khói lò đốt chất thải rắn sinh hoạt 500 kg/giờ (K1)", ("2902", "0301", "0330", "0337", "0316"), (0.02, 0.6)),
    ("Ống xả máy phát điện dự phòng 250 kVA", ("0301", "0330", "0337"), (0.005, 0.1)),
)


def emissions_ge2(doc: Doc) -> None:
    """A heating company's statement of its boiler houses' emissions: one flat list with the source's number and name
    joined in one cell (`0001 – Дымовая труба …`), the code and name joined (`0301 – Азота диоксид`), and the grams a
    second and tonnes a year joined in one cell under `г/с / т/год`; no class (VI: a landfill's flare, incinerator and
    generator the same way, named sources)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        _, prov, _, short, _ = doc.pick(VN_CITIES)
        doc.h(f"HỒ SƠ ĐỀ NGHỊ CẤP GIẤY PHÉP MÔI TRƯỜNG – KHU XỬ LÝ CHẤT THẢI RẮN SINH HOẠT {short.upper()}")
        doc.p("3.2. Nguồn phát sinh khí thải và tải lượng các chất ô nhiễm khi vận hành ổn định:")
        rows = [["TT", "Nguồn thải", "Chất ô nhiễm", "Tải lượng (g/s / tấn/năm)", "Ghi chú"]]
        for src, codes, (lo, hi) in VN_LANDFILL_SOURCES:
            b = r.uniform(lo, hi)
            for code in codes:
                g = _sig(b * HEAT_SHARE.get(code, 0.3) * r.uniform(0.8, 1.2), 3)
                t = _sig(g * 3600 * r.randint(4000, 8000) / 1e6, 3)
                nm = vocab.air(code, "vi", 0 if code == "2902" else 1)
                rows.append([str(len(rows)), src, nm, f"{num(g, 'vi')} / {num(t, 'vi')}", ""])
                doc.add("emissions", emission(code, g, t))
        doc.table("Bảng 3.4. Tải lượng khí thải", rows, role="emissions")
        maybe_distractor(doc)
        return
    _, c = _city(doc)
    doc.h(doc.v(f"Декларация о воздействии на окружающую среду. ГКП «{c[0]} Жылу»", f"Қоршаған ортаға әсер ету туралы декларация. «{c[1]} Жылу» МКК", ""))
    doc.p(doc.v("Раздел 3. Декларируемое количество выбросов загрязняющих веществ на 2026 год (отопительный сезон 5 088 ч).",
                "3-бөлім. 2026 жылға ластаушы заттар шығарындыларының мәлімделген саны (жылыту маусымы 5 088 сағ).", ""))
    rows = [doc.v(["№ п/п", "Источник выброса (номер – наименование)", "Загрязняющее вещество (код – наименование)",
                   "Выброс, г/с / т/год"],
                  ["№", "Шығарынды көзі (нөмірі – атауы)", "Ластаушы зат (коды – атауы)", "Шығарынды, г/с / т/жыл"], [])]
    chosen = [s for s in HEAT_SOURCES if s[0] in ("0001", "0002", "6001") or r.random() < 0.6]
    all_g, all_t = [], []
    for number, n_ru, n_kk, codes, (lo, hi) in chosen:
        b = r.uniform(lo, hi)
        for code in codes:
            g = _sig(b * HEAT_SHARE[code] * r.uniform(0.85, 1.15), 4)
            t = _sig(g * 3600 * 5088 / 1e6 * r.uniform(0.9, 1.0), 4)
            all_g.append(g)
            all_t.append(t)
            rows.append([str(len(rows)), f"{number} – {doc.v(n_ru, n_kk, '')}", f"{code} – {vocab.air(code, doc.lang)}",
                         f"{num(g, doc.lang)} / {num(t, doc.lang)}"])
            doc.add("emissions", emission(code, g, t, number))
    rows.append(["", doc.v("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), "", f"{total(doc, all_g)} / {total(doc, all_t)}"])
    doc.table(doc.v("Таблица 3.1", "3.1-кесте", ""), rows, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t, share placed on own sites)
KOS_WASTES = (
    ("19 08 01", "Отбросы с решеток", "Торлардан шыққан қалдықтар", (120, 900), 0.0),
    ("19 08 02", "Песок из песколовок", "Құм ұстағыштардан шыққан құм", (300, 2400), 1.0),
    ("19 08 05", "Осадок очистки городских сточных вод (обезвоженный ил)", "Қалалық ағынды суларды тазарту тұнбасы (сусыздандырылған лай)",
     (2500, 16000), 1.0),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (20, 90), 0.0),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.2, 1.5), 0.0),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.4), 0.0),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.3, 2.5), 0.0),
    ("15 01 10*", "Тара из-под гипохлорита натрия и коагулянтов", "Натрий гипохлориті мен коагулянттар ыдысы", (0.5, 4), 0.0),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (0.3, 2.2), 0.0),
)  # fmt: skip


def _round_t(x: float) -> float:
    return round(x, 3) if x < 10 else round(x, 1)


def wastes_ge1(doc: Doc) -> None:
    """A sewage plant's report on its wastes over a year: a merged `Движение отходов за 2025 год, т` over five
    sub-columns — held at the start, generated, passed on, placed on its own sites (the sludge beds), held at the end;
    the code before the name, hazardous ones marked with the asterisk (VI: the annual report of a city's treatment plant,
    the same movement in kg for its CTNH and the dewatered sludge with no code)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        city, _, _, _, _ = doc.pick(VN_CITIES)
        doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG {city.upper()}")
        doc.p("2.3. Tình hình phát sinh, quản lý chất thải (đơn vị tính: kg)")
        rows = [["TT", "Tên chất thải", "Mã chất thải", "Khối lượng trong kỳ báo cáo", None, None, None],
                [None, None, None, "Tồn đầu kỳ", "Phát sinh", "Chuyển giao xử lý", "Tồn cuối kỳ"]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
        items = [("Bùn thải từ quá trình xử lý nước thải sinh hoạt (đã ép)", "-", (800000, 3000000))]
        items += [(w, code, (20, 900)) for code, w, _ in r.sample(vocab.VN_CTNH, 4)]
        for k, (w, code, (lo, hi)) in enumerate(items, 1):
            gen = r.randint(lo, hi) if hi < 1000 else r.randint(lo // 100, hi // 100) * 100
            start = r.randint(0, gen // 3)
            passed = start + gen - r.randint(0, gen // 4)
            rows.append([str(k), w, code, num(start, "vi"), num(gen, "vi"), num(passed, "vi"), num(start + gen - passed, "vi")])
            hz = code != "-"
            doc.add("wastes", {"code": code + "*" if hz else None, "code_system": "VN-CTNH" if hz else None, "hazardous": hz,
                               "amount_t": gen / 1000, "name_contains": w})
        doc.table("Bảng 2.3. Khối lượng chất thải phát sinh và chuyển giao năm 2025", rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    _, c = _city(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v(f"Отчет по программе производственного экологического контроля {_vodokanal(doc, c)} за 2025 год",
                f"{_vodokanal(doc, c)} өндірістік экологиялық бақылау бағдарламасы бойынша 2025 жылғы есеп", ""))
    doc.p(doc.v("4. Сведения об управлении отходами производства и потребления", "4. Өндіріс және тұтыну қалдықтарын басқару туралы мәліметтер", ""))
    head = doc.v(["№", "Код отхода", "Наименование отхода", "Движение отходов за 2025 год, т", None, None, None, None],
                 ["№", "Қалдық коды", "Қалдықтың атауы", "2025 жылғы қалдықтар қозғалысы, т", None, None, None, None], [])
    sub = [None, None, None] + doc.v(["наличие на 01.01.2025", "образовано", "передано сторонним организациям",
                                      "размещено на собственных объектах", "наличие на 31.12.2025"],
                                     ["01.01.2025 жағдай бойынша болғаны", "түзілді", "бөгде ұйымдарға берілді",
                                      "меншікті объектілерде орналастырылды", "31.12.2025 жағдай бойынша болғаны"], [])
    rows = [head, sub]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7)]
    picked = list(KOS_WASTES[:3]) + r.sample(KOS_WASTES[3:], 4)
    sums = [0.0] * 5
    for k, (code, n_ru, n_kk, (lo, hi), own) in enumerate(picked, 1):
        gen = _round_t(rate(r, lo, hi, 4))
        start = _round_t(gen * r.uniform(0, 0.3))
        moved = _round_t((start + gen) * r.uniform(0.75, 1.0))
        passed, placed = (0.0, moved) if own else (moved, 0.0)
        end = _round_t(start + gen - moved)
        sums = [a + b for a, b in zip(sums, (start, gen, passed, placed, end), strict=True)]
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, num(start, doc.lang), num(gen, doc.lang),
                     num(passed, doc.lang) if passed else "–", num(placed, doc.lang) if placed else "–", num(end, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": gen,
                           "name_contains": name})
    rows.append(["", "", doc.v("Всего", "Барлығы", ""), *(num(round(x, 3), doc.lang) for x in sums)])
    doc.table(doc.v("Таблица 4.1 – Движение отходов", "4.1-кесте – Қалдықтардың қозғалысы", ""), rows, merges, role="wastes")
    doc.p(doc.v("Осадок и песок размещаются на иловых и песковых площадках КОС; * – опасные отходы.",
                "Тұнба мен құм КТҚ лай және құм алаңдарында орналастырылады; * – қауіпті қалдықтар.", ""))
    maybe_distractor(doc)


# (code without asterisk, RU, KK, (low, high) t)
CREM_HAZ = (
    ("19 01 13", "Летучая зола и пыль газоочистки кремационных печей", "Кремация пештерінің газ тазартуының ұшпа күлі мен шаңы", (0.4, 3.5)),
    ("20 01 21", "Отработанные ртутьсодержащие лампы", "Құрамында сынап бар пайдаланылған шамдар", (0.02, 0.3)),
    ("16 06 01", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", (0.1, 0.9)),
    ("15 02 02", "Промасленная ветошь", "Майланған шүберек", (0.05, 0.5)),
    ("16 11 05", "Отработанная футеровка кремационных печей", "Кремация пештерінің пайдаланылған футеровкасы", (1, 6)),
)  # fmt: skip
CREM_SAFE = (
    ("20 02 01", "Растительные отходы (венки, цветы, листва) с территории кладбища", "Зират аумағынан өсімдік қалдықтары (гүл шоқтары, гүлдер, жапырақтар)",
     (40, 260)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (15, 80)),
    ("20 03 03", "Смет с территории", "Аумақтан сыпырынды", (10, 60)),
    ("17 01 07", "Бой бетона и кирпича от демонтажа надгробий", "Құлпытастарды бөлшектеуден шыққан бетон мен кірпіш сынықтары", (5, 45)),
)  # fmt: skip
VN_LANDFILL_SAFE = ("Bùn thải từ hệ thống xử lý nước rỉ rác", "Bao bì nhựa, giấy thải từ khu văn phòng", "Chất thải rắn sinh hoạt của cán bộ công nhân viên")


def wastes_ge2(doc: Doc) -> None:
    """A crematorium's and cemetery's wastes under two group rows spanning the table, `Опасные отходы` and
    `Неопасные отходы`, the codes written without their asterisk (the group says which are hazardous), `т/год`, the place
    of accumulation and who takes them (VI: a landfill's GPMT, hazardous wastes under a group row with bare CTNH codes in
    kg/năm, then ordinary wastes with a dash for the code)."""
    r = doc.rng
    rows, merges = [], []
    if doc.lang == "vi":
        _, prov, _, short, _ = doc.pick(VN_CITIES)
        doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – KHU XỬ LÝ CHẤT THẢI RẮN SINH HOẠT {short.upper()}")
        doc.p("Phụ lục III. Bảo đảm yêu cầu bảo vệ môi trường đối với quản lý chất thải. A. Khối lượng, chủng loại chất thải phát sinh:")
        rows.append(["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã chất thải", "Khối lượng (kg/năm)"])
        rows.append(["I", "Chất thải nguy hại", None, None, None])
        merges.append((1, 1, 1, 4))
        for k, (code, w, state) in enumerate(r.sample(vocab.VN_CTNH, 4), 1):
            kg = r.randint(2, 120) * 10
            rows.append([str(k), w, state, code, num(kg, "vi")])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": w})
        rows.append(["II", "Chất thải rắn thông thường", None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
        for k, w in enumerate(VN_LANDFILL_SAFE, 1):
            kg = r.randint(30, 900) * 100
            rows.append([str(k), w, "Rắn", "-", num(kg, "vi")])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": w})
        doc.table(None, rows, merges, role="wastes")
        doc.p(f"Chủ cơ sở có trách nhiệm chuyển giao chất thải nguy hại cho đơn vị có chức năng theo quy định; địa bàn {prov}.")
        maybe_distractor(doc)
        return
    _, c = _city(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v(f"Программа управления отходами ГКП «Ритуал» акимата г. {c[0]} (крематорий, кладбище «Восточное»)",
                f"{c[1]} қ. әкімдігінің «Ритуал» МКК қалдықтарды басқару бағдарламасы (крематорий, «Шығыс» зираты)", ""))
    doc.p(doc.v("Кремационные печи (2 шт.) работают на природном газе и оснащены системой газоочистки с рукавными фильтрами.",
                "Кремация пештері (2 дана) табиғи газбен жұмыс істейді және жеңді сүзгілері бар газ тазарту жүйесімен жабдықталған.", ""))
    rows.append(doc.v(["№", "Код", "Наименование отхода", "Количество, т/год", "Место накопления", "Передача"],
                      ["№", "Коды", "Қалдықтың атауы", "Саны, т/жыл", "Жинақтау орны", "Беру"], []))
    groups = ((doc.v("Опасные отходы", "Қауіпті қалдықтар", ""), sorted(r.sample(CREM_HAZ, 4), key=CREM_HAZ.index), True),
              (doc.v("Неопасные отходы", "Қауіпті емес қалдықтар", ""), sorted(r.sample(CREM_SAFE, 3), key=CREM_SAFE.index), False))
    places = doc.v(("металлический контейнер с крышкой", "закрытое помещение склада", "контейнерная площадка"),
                   ("қақпағы бар металл контейнер", "қойманың жабық үй-жайы", "контейнерлік алаң"), ())
    n = 0
    for title, items, hz in groups:
        rows.append([title, None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        for code, n_ru, n_kk, (lo, hi) in items:
            n += 1
            t = _round_t(rate(r, lo, hi, 3))
            name = (n_ru, n_kk)[L]
            who = doc.v("специализированная организация по договору", "шарт бойынша мамандандырылған ұйым", "") if hz else \
                doc.v("полигон ТБО г. " + c[0], c[1] + " қ. ҚТҚ полигоны", "")
            rows.append([str(n), code, name, num(t, doc.lang), doc.pick(places), who])
            doc.add("wastes", {"code": code + ("*" if hz else ""), "code_system": "LoW", "hazardous": hz, "amount_t": t,
                               "name_contains": name})
    doc.table(doc.v("Таблица 2 – Лимиты накопления отходов", "2-кесте – Қалдықтарды жинақтау лимиттері", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: permitted concentration at a city sewage plant's outfall, mg/l (pH a range)
NDS = {"pH": (6.5, 8.5), "TSS": 12.5, "BOD5": 6.0, "NH4+": 2.0, "NO2-": 3.3, "NO3-": 45, "TP": 3.5, "TPH": 0.3,
       "Surfactants": 0.5, "Cl-": 350, "SO4": 500}


def limits_ge1(doc: Doc) -> None:
    """A report on ПЭК of a sewage plant's outfall: the sampling dates as rows, the parameters as columns under a header
    spanning them that names the outlet and the unit, the permitted concentration (НДС) as the first data row before the
    results (VI: the automatic station's daily means at a city plant's outfall, a Cmax row last computed from QCVN 40
    column A with Kq and Kf, a flow column of no limit)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        city, _, river, _, _ = doc.pick(VN_CITIES)
        doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI TỰ ĐỘNG, LIÊN TỤC THÁNG {r.randint(3, 11)}/2025")
        doc.p(f"Nhà máy xử lý nước thải tập trung {city}. Trạm quan trắc tự động đặt tại cửa xả NT1 ra {river}. "
              "Giá trị giới hạn Cmax = C × Kq × Kf, với C theo QCVN 40:2011/BTNMT cột A, Kq = 0,9; Kf = 0,9.")
        keys = ["pH", "TSS", "COD", "NH4+"]
        rows = [["Ngày", "Lưu lượng (m3/ngày.đêm)", "pH", "TSS (mg/l)", "COD (mg/l)", "Amoni (mg/l)"]]
        for d in range(1, r.randint(6, 8)):
            vals = {"pH": round(r.uniform(6.8, 7.9), 2)}
            for s in keys[1:]:
                vals[s] = round(QCVN40[s][0] * 0.81 * r.uniform(0.15, 0.85), 1)
            rows.append([f"{d:02d}", num(r.randint(21000, 29500), "vi"), *(num(vals[s], "vi") for s in keys)])
            for s in keys:
                lim = QCVN40[s][0] if s == "pH" else round(QCVN40[s][0] * 0.81, 3)
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "A", "NT1", vals[s]))
        rows.append(["Cmax", "-", "6 – 9", *(num(round(QCVN40[s][0] * 0.81, 3), "vi") for s in keys[1:])])
        doc.table("Bảng 1. Giá trị trung bình ngày tại trạm quan trắc tự động NT1", rows, role="limits")
        doc.p("Ghi chú: số liệu trung bình 24 giờ; tỷ lệ số liệu nhận được đạt trên 95 %.")
        maybe_distractor(doc)
        return
    _, c = _city(doc)
    river = doc.v(c[4], c[5], "")
    doc.h(doc.v(f"Отчет по производственному экологическому контролю КОС г. {c[0]} за 2025 год",
                f"{c[1]} қ. КТҚ 2025 жылғы өндірістік экологиялық бақылауы бойынша есеп", ""))
    doc.p(doc.v("5.2. Мониторинг эмиссий: качество очищенных сточных вод на выпуске.",
                "5.2. Эмиссиялар мониторингі: шығарылымдағы тазартылған ағынды сулардың сапасы.", ""))
    keys = ["pH", *sorted(r.sample(list(NDS)[1:], 6), key=list(NDS).index)]
    labels = [("pH, " + doc.v("ед.", "бірл.", "")) if s == "pH" else vocab.water(s, doc.lang) for s in keys]
    rows = [[doc.v("Дата отбора", "Сынама алу күні", ""),
             doc.v(f"Выпуск В-1 (сброс в {river}), мг/дм3", f"В-1 шығарылымы ({river} ағызу), мг/дм3", "")] + [None] * (len(keys) - 1),
            [None, *labels],
            [doc.v("Допустимая концентрация (НДС)", "Рұқсат етілген концентрация", ""), *(cell(doc, NDS[s]) for s in keys)]]
    merges = [(0, 0, 1, 0), (0, 1, 0, len(keys))]
    for month in ("02", "05", "08", "11"):
        date = f"{r.randint(10, 27)}.{month}.2025"
        vals = []
        for s in keys:
            v = round(r.uniform(6.9, 8.1), 1) if s == "pH" else _sig(NDS[s] * r.uniform(0.2, 0.95), 2)
            vals.append(v)
            add(doc, limit(("symbol", s), "waste_water", NDS[s], "mg/l", None, "В-1", v))
        rows.append([date, *(num(v, doc.lang) for v in vals)])
    doc.table(doc.v("Таблица 5.2 – Результаты контроля сточных вод", "5.2-кесте – Ағынды суларды бақылау нәтижелері", ""),
              rows, merges, role="limits")
    maybe_distractor(doc)


# code: (RU, KK) point words of the landfill's four sides
SIDES = (("Т-1", "север", "солтүстік"), ("Т-2", "восток", "шығыс"), ("Т-3", "юг", "оңтүстік"), ("Т-4", "запад", "батыс"))
# symbol: (A, B1, B2), mg/l — QCVN 25:2009/BTNMT, leachate of solid-waste landfills
QCVN25 = {"BOD5": (30, 100, 50), "COD": (50, 400, 300), "TN": (15, 60, 60), "NH4+": (10, 25, 25)}
# symbol: raw leachate range, mg/l
RAW = {"BOD5": (800, 4000), "COD": (2500, 9000), "TN": (400, 1600), "NH4+": (300, 1400)}


def limits_ge2(doc: Doc) -> None:
    """A landfill's report on the air at the boundary of its sanitary protection zone: code and name, four points as
    sub-columns under a merged `Концентрация на границе СЗЗ, мг/м3`, the ПДК м.р. after the points, a weather table of
    no role before it (VI: leachate before and after treatment against QCVN 25:2009/BTNMT column B1, the treated outlet
    NT1 named in the header, then the remaining parameters of NT1 against QCVN 40 column B in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _, prov, _, short, _ = doc.pick(VN_CITIES)
        doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC ĐỊNH KỲ QUÝ {doc.pick(('I', 'II', 'III', 'IV'))}/2025")
        doc.p(f"Khu xử lý chất thải rắn sinh hoạt {short}, {prov}. Ngày lấy mẫu: {r.randint(3, 27):02d}/0{r.randint(3, 9)}/2025. "
              "NT1 – nước rỉ rác sau hệ thống xử lý, trước khi xả ra mương thoát nước chung.")
        rows = [["TT", "Thông số", "Đơn vị", "Nước rỉ rác trước xử lý", "Sau xử lý (NT1)", "QCVN 25:2009/BTNMT (cột B1)"]]
        for k, (s, cols) in enumerate(QCVN25.items(), 1):
            raw = _sig(r.uniform(*RAW[s]), 3)
            after = _sig(cols[1] * r.uniform(0.15, 0.85), 2)
            rows.append([str(k), vocab.water(s, "vi"), "mg/l", num(raw, "vi"), num(after, "vi"), num(cols[1], "vi")])
            add(doc, limit(("symbol", s), "waste_water", cols[1], "mg/l", "B1", "NT1", after))
        doc.table("Bảng 1. Kết quả phân tích nước rỉ rác", rows, role="limits")
        doc.p("Các thông số khác của nước thải sau xử lý được so sánh với QCVN 40:2011/BTNMT (cột B):")
        rows = [["TT", "Thông số", "Đơn vị", "Kết quả NT1", "QCVN 40:2011/BTNMT (cột B)"]]
        for k, s in enumerate(["pH", "TSS", *r.sample(["As", "Pb", "Cd", "Hg", "Fe", "Zn"], 3)], 1):
            lim = QCVN40[s][1]
            v = round(r.uniform(6.6, 8.2), 1) if s == "pH" else _sig(lim * r.uniform(0.05, 0.7), 2)
            rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", num(v, "vi"), cell(doc, lim)])
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", "NT1", v))
        doc.table("Bảng 2. Kết quả phân tích các thông số khác", rows, role="limits")
        maybe_distractor(doc)
        return
    _, c = _city(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v(f"Отчет по ПЭК полигона ТБО г. {c[0]} за {doc.pick(('I', 'II', 'III'))} квартал 2025 года",
                f"{c[1]} қ. ҚТҚ полигонының 2025 жылғы {doc.pick(('I', 'II', 'III'))} тоқсандағы ӨЭБ есебі", ""))
    doc.p(doc.v("Замеры проведены испытательной лабораторией на границе санитарно-защитной зоны (1 000 м) по четырем румбам.",
                "Өлшеулерді сынақ зертханасы санитариялық-қорғаныш аймағының шекарасында (1 000 м) төрт бағыт бойынша жүргізді.", ""))
    weather = [doc.v(["Дата", "Направление ветра", "Скорость ветра, м/с", "Температура воздуха, °C"],
                     ["Күні", "Жел бағыты", "Жел жылдамдығы, м/с", "Ауа температурасы, °C"], [])]
    for _ in range(2):
        weather.append([f"{r.randint(10, 28)}.0{r.randint(4, 9)}.2025", doc.pick(doc.v(("ЮЗ", "СВ", "З"), ("ОБ", "СШ", "Б"), ())),
                        num(round(r.uniform(1, 6), 1), doc.lang), num(r.randint(8, 29), doc.lang)])
    doc.table(doc.v("Метеоусловия в дни отбора проб", "Сынама алу күндеріндегі метеожағдайлар", ""), weather, role="other")
    codes = sorted(r.sample(["0303", "0333", "0337", "0301", "2902", "0330"], 5), key=["0303", "0333", "0337", "0301", "2902", "0330"].index)
    rows = [doc.v(["№", "Код ЗВ", "Наименование вещества", "Концентрация на границе СЗЗ, мг/м3", None, None, None, "ПДК м.р., мг/м3"],
                  ["№", "ЛЗ коды", "Заттың атауы", "СҚА шекарасындағы концентрация, мг/м3", None, None, None, "ШЖК б.м., мг/м3"], []),
            [None, None, None, *(f"{p} ({(ru, kk)[L]})" for p, ru, kk in SIDES), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    for k, code in enumerate(codes, 1):
        pdk = AIR_PDK[code][0]
        vals = [_sig(pdk * r.uniform(0.04, 0.75), 2) for _ in SIDES]
        rows.append([str(k), code, vocab.air(code, doc.lang), *(num(v, doc.lang) for v in vals), num(pdk, doc.lang)])
        for (p, _, _), v in zip(SIDES, vals, strict=True):
            add(doc, limit(("code", code), "air", pdk, "mg/m3", None, p, v))
    doc.table(doc.v("Таблица 3 – Результаты контроля атмосферного воздуха на границе СЗЗ",
                    "3-кесте – СҚА шекарасындағы атмосфералық ауаны бақылау нәтижелері", ""), rows, merges, role="limits")
    doc.p(doc.v("Превышений ПДК не выявлено.", "ШЖК асып кету анықталған жоқ.", ""))


# ---------------------------------------------------------------- monitoring


def monitoring_ge1(doc: Doc) -> None:
    """A sewage plant's programme as a matrix: the parameters as rows, the points as columns under a merged `Точки
    отбора проб и периодичность`, each cell holding the frequency or a dash, a flow row of no substance (VI: a city
    plant's GPMT, the automatic parameters `Liên tục` at the outfall, the others periodic, the river above and below)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        city, _, river, _, _ = doc.pick(VN_CITIES)
        doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG {city.upper()}")
        doc.p("Phụ lục II. Chương trình quan trắc nước thải và nước mặt tiếp nhận")
        points = [("NT0", "nước thải đầu vào"), ("NT1", "sau xử lý, tại cửa xả"), ("NM1", f"{river}, thượng lưu cửa xả 500 m"),
                  ("NM2", f"{river}, hạ lưu cửa xả 1.000 m")]
        auto = ["pH", "TSS", "COD", "NH4+"]
        plan = {"pH": ("-", "continuous", "semiannual", "semiannual"), "TSS": ("quarterly", "continuous", "semiannual", "semiannual"),
                "COD": ("quarterly", "continuous", "semiannual", "semiannual"), "NH4+": ("quarterly", "continuous", "semiannual", "semiannual"),
                "BOD5": ("quarterly", "quarterly", "semiannual", "semiannual"), "TN": ("-", "quarterly", "-", "-"),
                "TP": ("-", "quarterly", "-", "-"), "Coliform": ("-", "quarterly", "semiannual", "semiannual")}
        head = ["Thông số", "Vị trí quan trắc và tần suất", None, None, None]
        flow = ["Lưu lượng", "-", "Liên tục", "-", "-"]
    else:
        _, c = _city(doc)
        river = doc.v(c[4], c[5], "")
        doc.h(doc.v(f"Программа производственного экологического контроля КОС г. {c[0]}", f"{c[1]} қ. КТҚ өндірістік экологиялық бақылау бағдарламасы", ""))
        doc.p(doc.v("Таблица 4.1 – Мониторинг сточных и поверхностных вод", "4.1-кесте – Ағынды және жерүсті суларының мониторингі", ""))
        points = [("К-1", doc.v("вход на КОС", "КТҚ кірісі", "")), ("В-1", doc.v(f"выпуск в {river}", f"{river} шығарылым", "")),
                  ("Р-1", doc.v("500 м выше выпуска", "шығарылымнан 500 м жоғары", "")),
                  ("Р-2", doc.v("500 м ниже выпуска", "шығарылымнан 500 м төмен", ""))]
        auto = []
        plan = {"BOD5": ("monthly", "monthly", "quarterly", "quarterly"), "COD": ("monthly", "monthly", "-", "-"),
                "TSS": ("monthly", "monthly", "quarterly", "quarterly"), "NH4+": ("monthly", "monthly", "quarterly", "quarterly"),
                "NO2-": ("-", "monthly", "quarterly", "quarterly"), "NO3-": ("-", "monthly", "quarterly", "quarterly"),
                "TP": ("-", "quarterly", "-", "-"), "TPH": ("-", "quarterly", "quarterly", "quarterly"),
                "Surfactants": ("-", "quarterly", "-", "-"), "Cl-": ("-", "quarterly", "semiannual", "semiannual"),
                "SO4": ("-", "quarterly", "semiannual", "semiannual")}
        head = [doc.v("Контролируемый показатель", "Бақыланатын көрсеткіш", ""),
                doc.v("Точки отбора проб и периодичность", "Сынама алу нүктелері және кезеңділігі", ""), None, None, None]
        flow = [doc.v("Расход сточных вод, м3/сут", "Ағынды сулар шығыны, м3/тәул", ""), _freq(doc, "daily"), _freq(doc, "daily"), "–", "–"]
    keys = list(plan)
    keep = set(r.sample(keys[len(auto) + 2:], max(1, len(keys) - len(auto) - 4)))
    keys = [k for k in keys if k in auto or keys.index(k) < len(auto) + 2 or k in keep]
    rows = [head, [None, *(f"{p} – {w}" for p, w in points)], flow]
    for s in keys:
        cells = []
        for (p, _), w in zip(points, plan[s], strict=True):
            if w == "-":
                cells.append("–" if not vi else "-")
                continue
            cells.append("Liên tục" if vi and w == "continuous" else _freq(doc, w))
            doc.add("monitoring", _mon({"point_contains": p}, ("symbol", s), w))
        rows.append([vocab.water(s, doc.lang), *cells])
    doc.table(None, rows, [(0, 0, 1, 0), (0, 1, 0, 4)], role="monitoring")
    maybe_distractor(doc)


def monitoring_ge2(doc: Doc) -> None:
    """A landfill's monitoring programme under group rows by frequency spanning the table: several points in one cell
    with a dash and their place, the substances written code first (`0303 – Аммиак; …`) for air and by name for water and
    soil, the method last (VI: a sanitary landfill's periodic monitoring under `I. Tần suất 01 tháng/lần` …)."""
    r = doc.rng
    vi = doc.lang == "vi"
    air = sorted(r.sample(["0303", "0333", "0337", "0410", "0301"], 3), key=["0303", "0333", "0337", "0410", "0301"].index)
    leach = ["pH", *r.sample(["COD", "BOD5", "NH4+", "TN", "Cl-"], 3)]
    ground = ["pH", *r.sample(["NH4+", "NO3-", "Cl-", "SO4", "Fe", "Pb", "Cd"], 3)]
    soil = r.sample(["Pb", "Cd", "Zn", "Cu", "As"], 3)
    if vi:
        _, prov, _, short, _ = doc.pick(VN_CITIES)
        doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – KHU XỬ LÝ CHẤT THẢI RẮN {short.upper()}")
        doc.p(f"Đơn vị thực hiện: Trung tâm Quan trắc tài nguyên và môi trường {prov}.")
        header = ["TT", "Vị trí quan trắc", "Thông số", "Ghi chú"]
        air = [x for x in air if x != "0337"] or ["0333"]
        groups = [("I. Tần suất 01 tháng/lần", "monthly", [(["NT1"], "nước rỉ rác sau hệ thống xử lý", "symbol", leach)]),
                  ("II. Tần suất 03 tháng/lần", "quarterly", [(["KK1", "KK2"], "không khí tại ô chôn lấp đang vận hành và cổng khu xử lý",
                                                             "code", air)]),
                  ("III. Tần suất 06 tháng/lần", "semiannual", [(["NN1", "NN2", "NN3"], "giếng quan trắc nước dưới đất quanh bãi",
                                                                "symbol", ground)])]
    else:
        _, c = _city(doc)
        doc.h(doc.v(f"Программа производственного экологического контроля полигона ТБО г. {c[0]}",
                    f"{c[1]} қ. ҚТҚ полигонының өндірістік экологиялық бақылау бағдарламасы", ""))
        doc.p(doc.v("Раздел 5. План-график наблюдений за состоянием компонентов окружающей среды.",
                    "5-бөлім. Қоршаған орта компоненттерінің жай-күйін бақылау жоспар-кестесі.", ""))
        header = doc.v(["№", "Точки наблюдения", "Контролируемые показатели", "Метод"],
                       ["№", "Бақылау нүктелері", "Бақыланатын көрсеткіштер", "Әдіс"], [])
        groups = [(doc.v("Периодичность – 1 раз в квартал", "Кезеңділігі – тоқсанына 1 рет", ""), "quarterly",
                   [(["Т-1", "Т-2", "Т-3", "Т-4"], doc.v("граница СЗЗ по румбам С, В, Ю, З", "СҚА шекарасы, С, Ш, О, Б бағыттары", ""), "code", air),
                    (["Ф-1"], doc.v("пруд-накопитель фильтрата", "сүзінді жинақтауыш тоған", ""), "symbol", leach)]),
                  (doc.v("Периодичность – 2 раза в год", "Кезеңділігі – жылына 2 рет", ""), "semiannual",
                   [(["Н-1", "Н-2", "Н-3"], doc.v("наблюдательные скважины (Н-1 – фоновая)", "бақылау ұңғымалары (Н-1 – фондық)", ""),
                     "symbol", ground)]),
                  (doc.v("Периодичность – 1 раз в год", "Кезеңділігі – жылына 1 рет", ""), "yearly",
                   [(["П-1", "П-2"], doc.v("почва у прудов фильтрата", "сүзінді тоғандары маңындағы топырақ", ""), "soil", soil)])]
    rows, merges = [header], []
    method = doc.v("инструментальный, аккредитованная лаборатория", "аспаптық, аккредиттелген зертхана", "Lấy mẫu, phân tích theo TCVN")
    n = 0
    for title, word, items in groups:
        rows.append([title, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        for points, where, kind, keys in items:
            n += 1
            if kind == "code":
                text = "; ".join(f"{k} – {vocab.air(k, doc.lang)}" for k in keys) if not vi else \
                    ", ".join(f"{vocab.air(k, 'vi')}" for k in keys)
            elif kind == "soil":
                text = ", ".join(vocab.soil(s, doc.lang) for s in keys)
            else:
                text = ", ".join(vocab.water(s, doc.lang) for s in keys)
            rows.append([str(n), f"{', '.join(points)} – {where}", text, method])
            key = "code" if kind == "code" else "symbol"
            for p in points:
                doc.add("monitoring", *(_mon({"point_contains": p}, (key, x), word) for x in keys))
    doc.table(None, rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# objects (RU, KK, VI) and kinds of check with the frequencies each may have
INSP_OBJECTS = {
    "ru": ("Решетки и песколовки", "Аэротенки и вторичные отстойники", "Иловые площадки", "Выпуск В-1 и оголовок", "Склад реагентов"),
    "kk": ("Торлар мен құм ұстағыштар", "Аэротенктер мен екінші реттік тұндырғыштар", "Лай алаңдары", "В-1 шығарылымы және оның басы",
           "Реагенттер қоймасы"),
    "vi": ("Bể điều hòa", "Cụm bể sinh học", "Nhà ép bùn", "Kho chứa chất thải nguy hại", "Trạm quan trắc tự động NT1"),
}  # fmt: skip
INSP_KINDS = (
    (("Визуальный осмотр состояния сооружений", "Құрылыстардың жай-күйін көзбен шолып қарау", "Kiểm tra trực quan tình trạng vận hành"),
     ("daily", "weekly")),
    (("Проверка герметичности, дамб и ограждений", "Саңылаусыздықты, бөгеттер мен қоршауларды тексеру", "Kiểm tra rò rỉ, hư hỏng kết cấu"),
     ("monthly", "quarterly", None)),
    (("Проверка журналов и учета", "Журналдар мен есепті тексеру", "Kiểm tra sổ nhật ký vận hành, hồ sơ"), ("quarterly", None)),
    (("Комиссионная проверка с оформлением акта", "Акт толтыра отырып комиссиялық тексеру", "Đoàn kiểm tra của Công ty, lập biên bản"),
     ("semiannual", "yearly")),
)  # fmt: skip


def inspections_ge1(doc: Doc) -> None:
    """A matrix of internal control at a sewage plant: the kinds of check as rows, the objects as columns, each cell
    holding how often that check is made at that object or a dash (VI: a city plant's self-inspection matrix)."""
    r = doc.rng
    vi = doc.lang == "vi"
    objs = INSP_OBJECTS[doc.lang]
    li = vocab.LANGS.index(doc.lang)
    if vi:
        city, _, _, _, _ = doc.pick(VN_CITIES)
        doc.h(f"QUY TRÌNH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – NHÀ MÁY XỬ LÝ NƯỚC THẢI {city.upper()}")
        doc.p("Phụ lục 1. Ma trận kiểm tra theo hạng mục công trình (ban hành kèm theo Quyết định số 45/QĐ-TN ngày 08/01/2026).")
    else:
        _, c = _city(doc)
        doc.h(doc.v(f"Положение о внутреннем экологическом контроле {_vodokanal(doc, c)}",
                    f"{_vodokanal(doc, c)} ішкі экологиялық бақылау туралы ереже", ""))
        doc.p(doc.v("Приложение 3. Матрица внутреннего контроля канализационных очистных сооружений.",
                    "3-қосымша. Кәріз тазарту құрылыстарының ішкі бақылау матрицасы.", ""))
    rows = [[doc.v("Вид контроля", "Бақылау түрі", "Nội dung kiểm tra"), *objs]]
    for names, options in INSP_KINDS:
        cells = []
        for obj in objs:
            w = r.choice(options)
            if w is None:
                cells.append("–" if not vi else "-")
                continue
            cells.append(_freq(doc, w))
            doc.add("obligations", {"kind": "inspection", "frequency": w, "text_contains": obj})
        rows.append([names[li], *cells])
    doc.table(doc.v("Периодичность проверок", "Тексерулер кезеңділігі", "Tần suất kiểm tra"), rows, role="inspections")
    doc.p(doc.v("Результаты проверок заносятся в журнал внутреннего контроля; «–» – не проводится.",
                "Тексеру нәтижелері ішкі бақылау журналына енгізіледі; «–» – жүргізілмейді.",
                "Kết quả kiểm tra được ghi vào sổ theo dõi; “-”: không thực hiện."))
    maybe_distractor(doc)


# (frequency, RU, KK) clauses of a snow-melting site's regulation; VI clauses of a landfill's operating rules
SNOW_CLAUSES = (
    ("daily", "Мастер участка ежедневно осматривает карты складирования снега, водоотводные лотки и ограждение площадки.",
     "Учаске шебері қар жинау карталарын, су бұру науаларын және алаң қоршауын күн сайын қарап шығады."),
    ("weekly", "Инженер-эколог еженедельно проверяет работу очистных сооружений талых вод (песколовки, нефтеловушки).",
     "Инженер-эколог еріген суларды тазарту құрылыстарының (құм ұстағыштар, мұнай ұстағыштар) жұмысын апта сайын тексереді."),
    ("monthly", "Ежемесячно начальник участка проверяет состояние гидроизоляции основания и сборного резервуара талых вод.",
     "Учаске бастығы негіздің гидрооқшаулауының және еріген сулар жинағыш резервуарының жай-күйін ай сайын тексереді."),
    ("quarterly", "Ежеквартально служба охраны окружающей среды проверяет ведение журнала учета ввозимого снега и вывоза осадка.",
     "Қоршаған ортаны қорғау қызметі әкелінетін қар мен шығарылатын тұнбаны есепке алу журналының жүргізілуін тоқсан сайын тексереді."),
    ("yearly", "Ежегодно до начала зимнего сезона комиссия под председательством главного инженера проводит обследование "
     "площадки с составлением акта готовности.",
     "Жыл сайын қысқы маусым басталғанға дейін бас инженер басқаратын комиссия алаңды тексеріп, дайындық актісін жасайды."),
)  # fmt: skip
VN_CLAUSES = (
    ("daily", "Hằng ngày, tổ trưởng tổ vận hành kiểm tra ô chôn lấp đang vận hành, việc phủ đất và phun chế phẩm khử mùi."),
    ("weekly", "Hằng tuần, cán bộ môi trường kiểm tra hệ thống thu gom nước rỉ rác và mực nước trong hồ chứa nước rỉ rác."),
    ("monthly", "Định kỳ hàng tháng, Phó Giám đốc kỹ thuật kiểm tra tình trạng đê bao, hệ thống thoát nước mưa và hàng rào cây xanh."),
    ("quarterly", "Định kỳ 03 tháng/lần, Phòng Kỹ thuật kiểm tra sổ nhật ký vận hành trạm xử lý nước rỉ rác và kho chất thải nguy hại."),
    ("yearly", "Mỗi năm một lần, trước mùa mưa bão, Giám đốc Công ty chủ trì kiểm tra toàn bộ khu xử lý và lập biên bản."),
)


def inspections_ge2(doc: Doc) -> None:
    """A snow-melting site's regulation of production control set as a two-column table (clause number, text), the
    frequency and the checker inside each sentence, two clauses that are no inspections after them (VI: a landfill's
    operating rules, an article's clauses as a table)."""
    r = doc.rng
    vi = doc.lang == "vi"
    art = r.randint(4, 9)
    if vi:
        _, prov, _, short, _ = doc.pick(VN_CITIES)
        doc.h(f"QUY CHẾ QUẢN LÝ, VẬN HÀNH KHU XỬ LÝ CHẤT THẢI RẮN SINH HOẠT {short.upper()}")
        doc.p(f"Điều {art}. Kiểm tra, giám sát nội bộ")
        clauses = [(w, t) for w, t in VN_CLAUSES]
        extra = ["Kết quả kiểm tra được lập thành biên bản và lưu giữ tối thiểu 05 năm.",
                 f"Báo cáo kết quả kiểm tra gửi Sở Nông nghiệp và Môi trường {prov} khi có yêu cầu."]
        head = ["Khoản", "Nội dung"]
    else:
        _, c = _city(doc)
        L = 1 if doc.lang == "ru" else 2
        doc.h(doc.v(f"Регламент производственного контроля снегоплавильного пункта ГКП «{c[0]} Горкомхоз»",
                    f"«{c[1]} Қалалық коммуналдық шаруашылық» МКК қар еріту пунктінің өндірістік бақылау регламенті", ""))
        doc.p(doc.v(f"{art}. Порядок осмотров и проверок", f"{art}. Қарап шығу және тексеру тәртібі", ""))
        clauses = [(x[0], x[L]) for x in SNOW_CLAUSES]
        extra = doc.v(["Результаты осмотров оформляются записью в журнале и хранятся не менее трех лет.",
                       "Запрещается прием снега, загрязненного нефтепродуктами и отходами."],
                      ["Қарап шығу нәтижелері журналға жазылып, кемінде үш жыл сақталады.",
                       "Мұнай өнімдерімен және қалдықтармен ластанған қарды қабылдауға тыйым салынады."], [])
        head = doc.v(["Пункт", "Содержание"], ["Тармақ", "Мазмұны"], [])
    rows = [head]
    for k, (w, text) in enumerate(clauses, 1):
        rows.append([f"{art}.{k}", text])
        doc.add("obligations", {"kind": "inspection", "number": f"{art}.{k}", "frequency": w, "text_contains": _words(text, 4)})
    for k, text in enumerate(extra, len(clauses) + 1):
        rows.append([f"{art}.{k}", text])
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU violation, RU measure, KK violation, KK measure, RU actor, KK actor)
LANDFILL_FINDINGS = (
    ("Отсутствует противофильтрационный экран пруда-накопителя фильтрата № 2",
     "Устроить противофильтрационный экран из геомембраны на пруду-накопителе фильтрата № 2",
     "№ 2 сүзінді жинақтауыш тоғанда сүзуге қарсы экран жоқ",
     "№ 2 сүзінді жинақтауыш тоғанда геомембранадан сүзуге қарсы экран орнату",
     "главный инженер", "бас инженер"),
    ("Не проводится ежедневная изоляция отходов грунтом на рабочей карте",
     "Обеспечить ежедневную изоляцию уложенных отходов слоем грунта не менее 0,25 м",
     "Жұмыс картасында қалдықтарды топырақпен күнделікті оқшаулау жүргізілмейді",
     "Төселген қалдықтарды кемінде 0,25 м топырақ қабатымен күнделікті оқшаулауды қамтамасыз ету",
     "начальник участка захоронения", "көму учаскесінің бастығы"),
    ("Не ведется мониторинг подземных вод по скважине Н-3", "Восстановить наблюдательную скважину Н-3 и возобновить отбор проб",
     "Н-3 ұңғымасы бойынша жерасты суларының мониторингі жүргізілмейді", "Н-3 бақылау ұңғымасын қалпына келтіріп, сынама алуды жаңарту",
     "инженер-эколог", "инженер-эколог"),
    ("Отсутствует дезинфицирующая ванна на въезде на полигон", "Установить дезбарьер на въезде и обеспечить его заправку",
     "Полигонға кіре берісте дезинфекциялық ванна жоқ", "Кіре берісте дезтосқауыл орнатып, оның толтырылуын қамтамасыз ету",
     "заместитель директора по хозяйственной части", "директордың шаруашылық жөніндегі орынбасары"),
    ("Допущено возгорание отходов на карте № 4", "Ликвидировать очаги тления и устроить пожарный водоем объемом 100 м3",
     "№ 4 картада қалдықтардың жануына жол берілген", "Бықсу ошақтарын жойып, көлемі 100 м3 өрт су қоймасын жасау",
     "директор", "директор"),
    ("Не заключен договор на передачу опасных отходов", "Заключить договор со специализированной организацией на передачу опасных отходов",
     "Қауіпті қалдықтарды беруге шарт жасалмаған", "Қауіпті қалдықтарды беруге мамандандырылған ұйыммен шарт жасасу",
     "юрист", "заңгер"),
)  # fmt: skip
VN_FINDINGS = (
    ("Chưa lắp đặt thiết bị đo lưu lượng nước thải đầu vào", "Lắp đặt đồng hồ đo lưu lượng nước thải đầu vào trạm xử lý", "Phòng Kỹ thuật"),
    ("Kho chứa chất thải nguy hại chưa có biển cảnh báo", "Bổ sung biển cảnh báo, gờ chống tràn cho kho chất thải nguy hại", "Tổ Môi trường"),
    ("Chưa chuyển giao bùn thải đúng thời hạn", "Ký hợp đồng chuyển giao bùn thải với đơn vị có chức năng", "Phòng Kế hoạch – Vật tư"),
    ("Số liệu quan trắc tự động bị gián đoạn trên 48 giờ", "Hiệu chuẩn thiết bị quan trắc tự động và bổ sung bộ lưu điện",
     "Phòng Kỹ thuật"),
    ("Chưa cập nhật sổ nhật ký vận hành hệ thống xử lý nước thải", "Lập và cập nhật đầy đủ sổ nhật ký vận hành hằng ngày", "Xưởng Vận hành"),
)


def tasks_ge1(doc: Doc) -> None:
    """A landfill operator's plan after an inspection by the department of ecology: one cell holds the violation and
    the measure on two labelled lines, then the term, the responsible and a mark of execution (VI: a city plant's plan
    after an inspection, `Tồn tại:` and `Biện pháp:` in one cell)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        city, prov, _, _, _ = doc.pick(VN_CITIES)
        doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA – NHÀ MÁY XỬ LÝ NƯỚC THẢI {city.upper()}")
        doc.p(f"Thực hiện Kết luận kiểm tra số {r.randint(10, 300)}/KL-SNNMT ngày {r.randint(1, 28):02d}/11/2025 của Sở Nông nghiệp "
              f"và Môi trường {prov}.")
        rows = [["TT", "Tồn tại / biện pháp khắc phục", "Thời hạn", "Đơn vị thực hiện", "Tình trạng"]]
        for k, (bad, fix, who) in enumerate(r.sample(VN_FINDINGS, 4), 1):
            rows.append([str(k), f"Tồn tại: {bad}\nBiện pháp: {fix}", f"{r.randint(1, 28):02d}/0{r.randint(1, 6)}/2026", who,
                         doc.pick(("Đang thực hiện", "Chưa thực hiện", "Đã hoàn thành"))])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(fix), "actor_contains": who})
        doc.table(None, rows, role="tasks")
        maybe_distractor(doc)
        return
    _, c = _city(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v(f"План мероприятий по устранению нарушений, выявленных при проверке полигона ТБО г. {c[0]}",
                f"{c[1]} қ. ҚТҚ полигонын тексеру кезінде анықталған бұзушылықтарды жою жөніндегі іс-шаралар жоспары", ""))
    doc.p(doc.v(f"Основание: предписание Департамента экологии от {r.randint(1, 28):02d}.10.2025 № {r.randint(10, 99)}-П.",
                f"Негіздеме: Экология департаментінің 2025 жылғы {r.randint(1, 28):02d}.10 № {r.randint(10, 99)}-Н нұсқамасы.", ""))
    rows = [doc.v(["№", "Нарушение / мероприятие по устранению", "Срок устранения", "Ответственный", "Отметка об исполнении"],
                  ["№", "Бұзушылық / жою жөніндегі іс-шара", "Жою мерзімі", "Жауапты", "Орындалуы туралы белгі"], [])]
    for k, f in enumerate(r.sample(LANDFILL_FINDINGS, 5), 1):
        bad, fix, who = f[0 + 2 * L], f[1 + 2 * L], f[4 + L]
        label = doc.v(("Нарушение: ", "Мероприятие: "), ("Бұзушылық: ", "Іс-шара: "), ())
        term = doc.v(f"до {r.randint(1, 28):02d}.0{r.randint(1, 9)}.2026", f"2026 жылғы {r.randint(1, 28):02d}.0{r.randint(1, 9)} дейін", "")
        mark = doc.pick(doc.v(("выполнено", "в работе", ""), ("орындалды", "орындалуда", ""), ()))
        rows.append([f"{k}.", f"{label[0]}{bad}\n{label[1]}{fix}", term, who, mark])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(fix), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    distractor(doc, "approval")


# (RU group, KK group), [(RU task, KK task, RU lead, KK lead, RU partners, KK partners, RU term, KK term)]
AKIMAT_PLAN = (
    (("Канализационные очистные сооружения", "Кәріз тазарту құрылыстары"), [
        ("Завершить реконструкцию блока биологической очистки с удалением азота и фосфора",
         "Азот пен фосфорды жоя отырып биологиялық тазарту блогын реконструкциялауды аяқтау",
         "{vk}", "{vk_kk}", "отдел строительства", "құрылыс бөлімі", "IV квартал 2026 г.", "2026 ж. IV тоқсан"),
        ("Рекультивировать заполненные карты иловых площадок № 1–3", "№ 1–3 толған лай алаңдарының карталарын рекультивациялау",
         "{vk}", "{vk_kk}", "отдел ЖКХ", "ТКШ бөлімі", "2027 г.", "2027 ж.")]),
    (("Полигон ТБО", "ҚТҚ полигоны"), [
        ("Построить вторую очередь пруда-накопителя фильтрата", "Сүзінді жинақтауыш тоғанның екінші кезегін салу",
         "отдел ЖКХ", "ТКШ бөлімі", "оператор полигона", "полигон операторы", "III квартал 2026 г.", "2026 ж. III тоқсан"),
        ("Организовать сортировку отходов на въезде на полигон", "Полигонға кіре берісте қалдықтарды сұрыптауды ұйымдастыру",
         "оператор полигона", "полигон операторы", "отдел предпринимательства", "кәсіпкерлік бөлімі", "2026 г.", "2026 ж.")]),
    (("Снегоплавильный пункт", "Қар еріту пункті"), [
        ("Оборудовать площадку складирования снега твердым покрытием и лотками сбора талых вод",
         "Қар жинау алаңын қатты жабынмен және еріген суларды жинау науаларымен жабдықтау",
         "ГКП «Горкомхоз»", "«Қалалық коммуналдық шаруашылық» МКК", "отдел ЖКХ", "ТКШ бөлімі", "до 1 ноября 2026 г.", "2026 жылғы 1 қарашаға дейін")]),
)  # fmt: skip
VN_DECISION = (
    ("I. Thu gom, xử lý nước thải đô thị", [
        ("Đầu tư xây dựng mạng lưới thu gom nước thải lưu vực phía Bắc thành phố", "Ban Quản lý dự án đầu tư xây dựng tỉnh",
         "UBND thành phố; Công ty Thoát nước", "2026–2028"),
        ("Nâng công suất nhà máy xử lý nước thải tập trung lên 50.000 m3/ngày.đêm", "Sở Xây dựng", "Sở Tài chính; Sở Nông nghiệp và Môi trường",
         "2027"),
        ("Đấu nối nước thải của các hộ dân vào hệ thống thoát nước chung", "UBND thành phố", "UBND các phường", "Hằng năm")]),
    ("II. Quản lý bùn thải, chất thải rắn", [
        ("Xây dựng khu xử lý bùn thải từ hệ thống thoát nước", "Sở Xây dựng", "Công ty Thoát nước", "2027"),
        ("Đóng cửa ô chôn lấp số 1 và cải tạo, phục hồi môi trường", "Công ty Môi trường Đô thị", "Sở Nông nghiệp và Môi trường", "Quý IV/2026")]),
    ("III. Giám sát, kiểm tra", [
        ("Lắp đặt trạm quan trắc nước mặt tự động trên sông tiếp nhận", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "2026")]),
)  # fmt: skip


def tasks_ge2(doc: Doc) -> None:
    """An akimat's resolution on the city's municipal services: a row spanning the table per object, each task's number
    written at the head of its text (`1.2. Рекультивировать …`), then the lead executor, the co-executors and the term
    (VI: a province's decision on urban waste water, Roman-numbered groups, the task numbered `1.`, `2.` in its cell)."""
    r = doc.rng
    rows, merges = [], []
    if doc.lang == "vi":
        city, prov, _, _, _ = doc.pick(VN_CITIES)
        doc.h(f"ỦY BAN NHÂN DÂN {prov.upper()}")
        doc.p(f"Phụ lục. Danh mục nhiệm vụ thực hiện Kế hoạch thu gom, xử lý nước thải đô thị {city} giai đoạn 2026–2030 "
              f"(Kèm theo Quyết định số {r.randint(100, 3000)}/QĐ-UBND)")
        rows.append(["Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"])
        n = 0
        for title, items in VN_DECISION:
            rows.append([title, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
            for text, lead, partners, term in items:
                n += 1
                rows.append([f"{n}. {text}", lead, partners, term])
                doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text), "actor_contains": lead})
        doc.table(None, rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    _, c = _city(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(doc.v(f"Постановление акимата города {c[0]} «Об утверждении плана мероприятий по охране окружающей среды в сфере "
                "коммунального хозяйства на 2026–2027 годы»",
                f"{c[1]} қаласы әкімдігінің «Коммуналдық шаруашылық саласында қоршаған ортаны қорғау жөніндегі 2026–2027 жылдарға "
                "арналған іс-шаралар жоспарын бекіту туралы» қаулысы", ""))
    doc.p(doc.v("Приложение к постановлению.", "Қаулыға қосымша.", ""))
    rows.append(doc.v(["Мероприятие", "Ответственный исполнитель", "Соисполнители", "Срок"],
                      ["Іс-шара", "Жауапты орындаушы", "Қосалқы орындаушылар", "Мерзімі"], []))
    vk = {"{vk}": f"ГКП на ПХВ «{c[0]} Водоканал»", "{vk_kk}": f"«{c[1]} Су арнасы» ШЖҚ МКК"}
    groups = [g for g in AKIMAT_PLAN if g[0][0] != "Снегоплавильный пункт" or r.random() < 0.7]
    for g, ((t_ru, t_kk), items) in enumerate(groups, 1):
        rows.append([f"{g}. {(t_ru, t_kk)[L]}", None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        for j, it in enumerate(items, 1):
            text, lead, partners, term = it[L], vk.get(it[2 + L], it[2 + L]), it[4 + L], it[6 + L]
            rows.append([f"{g}.{j}. {text}", lead, partners, term])
            doc.add("obligations", {"kind": "task", "number": f"{g}.{j}", "text_contains": _words(text), "actor_contains": lead})
    doc.table(None, rows, merges, role="tasks")
    doc.p(doc.v("Контроль за исполнением настоящего постановления возложить на курирующего заместителя акима города.",
                "Осы қаулының орындалуын бақылау жетекшілік ететін қала әкімінің орынбасарына жүктелсін.", ""))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"GE{k}", globals()[f"{role}_ge{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_ge1` … `tasks_ge2`, in the order of the roles."""
