"""A blind held-out set (two layouts per role, `EB1` and `EB2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: services, trade and tourism. Kazakhstan: hotels and resorts on Lake Alakol and in Burabay, the Shymbulak ski
resort with its snow-making pumps and diesel generators, a shopping mall with an underground parking, a car-service and
tyre centre, a laundry with a dry cleaner, a data centre with its diesel generators, a university with chemistry
laboratories, a crematorium (category III declarations, category II ПЭК programmes, internal instructions, an akimat's
lists and plans, a department of ecology's list of checks). Vietnam: resorts on Phú Quốc and in Hạ Long, golf courses,
a trade centre, a car-service workshop, an industrial laundry, a data centre, a university (a đăng ký môi trường, a
kế hoạch bảo vệ môi trường, GPMT of a province, a Sở's plan of inspections).

Facility: a declaration's card with two label–value pairs on each row (EB1); a list of tourism objects, the object and
its operator joined in one cell, the coordinates as one `lat; lon` cell (EB2).
Emissions: the sources as column groups (`г/с | т/год` under each), the substances as rows, a dash where a source does
not emit (EB1); construction and operation as group rows, the source's number joined to its name, the code joined to
the substance, the units in a row of their own (EB2).
Wastes: a register with a unit column per row (т, кг, шт., л), codes written without spaces (EB1); the form of limits of
accumulation with `Всего` and `в том числе` rows first, hazard groups, codes in brackets after the names (VI: a
classification-mark column NH / TT, the total first) (EB2).
Limits: diesel generators as columns of measured values, the norm last, values below detection written `< 5` (EB1);
ambient air at a crematorium with the ПДК row first and the codes in the header (VI: one outlet's result beside both
columns of QCVN 14:2008) (EB2).
Monitoring: a matrix of points (and sources) against parameters marked `+` / `x`, the frequency per row (EB1); points
as rows and frequencies as columns, each cell listing what is measured that often (EB2).
Inspections: a department's (a Sở's) list of checks of other firms, with their BINs, no frequency (EB1); an internal
instruction whose frequencies are written in words (`каждую пятницу`, `перед началом семестра`) and whose checker
comes first (EB2).
Tasks: a plan removing the violations of an inspection, the violation beside the measure (EB1); a plan grouped by term,
the term merged down the first column, executors several bodies in one cell (EB2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, make_kato, make_msdn, maybe_distractor, num
from .limits_data import add, cell, limit
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
    """An angle as `46°04'52"` with its hemisphere word, and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = int(round((value - d - m / 60) * 3600))
    if s >= 60:
        m, s = m + 1, 0
    word = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}[lang][0 if lat else 1]
    return f"{d}°{m:02d}'{s:02d}\" {word}", d + m / 60 + s / 3600


FREQ_WORDS = {
    "ru": {"monthly": "ежемесячно", "quarterly": "ежеквартально", "semiannual": "2 раза в год", "yearly": "1 раз в год"},
    "kk": {"monthly": "ай сайын", "quarterly": "тоқсан сайын", "semiannual": "жылына 2 рет", "yearly": "жылына 1 рет"},
    "vi": {"monthly": "01 tháng/lần", "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần", "yearly": "01 năm/lần"},
}


# ---------------------------------------------------------------- facility

# (RU name, KK name, RU operator, KK operator, RU address, KK address, OKED, lat range, lon range, capacity RU, KK)
KZ_RESORTS = (
    ("Гостиничный комплекс «Алаколь Жагажай»", "«Алакөл Жағажай» қонақ үй кешені", "ТОО «Алаколь Демалыс»",
     "«Алакөл Демалыс» ЖШС", "Абайская область, Урджарский район, с. Кабанбай, зона отдыха «Акши», участок 14",
     "Абай облысы, Үржар ауданы, Қабанбай а., «Ақши» демалыс аймағы, 14-учаске", "55101", (46.05, 46.12), (81.50, 81.60),
     "240 мест, 96 номеров", "240 орын, 96 нөмір"),
    ("База отдыха «Жумбактас»", "«Жұмбақтас» демалыс базасы", "ТОО «Бурабай Тур Сервис»", "«Бурабай Тур Сервис» ЖШС",
     "Акмолинская область, Бурабайский район, пос. Бурабай, ул. Кенесары, 62",
     "Ақмола облысы, Бурабай ауданы, Бурабай к., Кенесары к-сі, 62", "55201", (53.07, 53.10), (70.26, 70.31),
     "180 мест", "180 орын"),
    ("Санаторий «Окжетпес»", "«Оқжетпес» шипажайы", "АО «Курорт Оздоровление»", "«Курорт Сауықтыру» АҚ",
     "Акмолинская область, Бурабайский район, пос. Бурабай, санаторная зона",
     "Ақмола облысы, Бурабай ауданы, Бурабай к., шипажай аймағы", "86909", (53.08, 53.12), (70.22, 70.27),
     "320 коек", "320 төсек"),
    ("Гостиница «Шымбулак Резорт»", "«Шымбұлақ Резорт» қонақ үйі", "ТОО «Медеу Шымбулак Сервис»",
     "«Медеу Шымбұлақ Сервис» ЖШС", "г. Алматы, Медеуский район, урочище Шымбулак, 1",
     "Алматы қ., Медеу ауданы, Шымбұлақ шатқалы, 1", "55101", (43.12, 43.14), (77.07, 77.09),
     "150 номеров", "150 нөмір"),
)  # fmt: skip
VN_RESORTS = (
    ("Khu nghỉ dưỡng Sao Biển Phú Quốc", "Công ty TNHH Du lịch Sao Biển", "Tổ 3, khu phố Bãi Trường, đặc khu Phú Quốc, tỉnh An Giang",
     (10.13, 10.19), (103.96, 104.00), "Khách sạn 5 sao, 312 phòng"),
    ("Khách sạn Hải Âu Hạ Long", "Công ty Cổ phần Khách sạn Hải Âu", "Đường Hạ Long, phường Bãi Cháy, tỉnh Quảng Ninh",
     (20.94, 20.96), (107.03, 107.07), "Khách sạn 4 sao, 186 phòng"),
    ("Trung tâm dữ liệu Tân Thuận DC2", "Công ty Cổ phần Hạ tầng Số Tân Thuận", "Khu chế xuất Tân Thuận, phường Tân Thuận, TP. Hồ Chí Minh",
     (10.75, 10.77), (106.72, 106.74), "Công suất IT 12 MW, 1.200 tủ rack"),
    ("Trung tâm thương mại Vạn Phúc Plaza", "Công ty TNHH Thương mại Vạn Phúc", "Phường Hà Đông, thành phố Hà Nội",
     (20.96, 20.98), (105.76, 105.78), "Tổng diện tích sàn 68.000 m2, 2 tầng hầm"),
)  # fmt: skip


def facility_eb1(doc: Doc) -> None:
    """A category III declaration's card: two label–value pairs per row (BIN beside the name, KATO beside the address,
    longitude beside latitude, category beside OKED), a section row spanning the card, the room stock in a table of no
    role after it (VI: a đăng ký môi trường's card of a resort, a data centre or a mall, the same pair rows)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator, address, (la0, la1), (lo0, lo1), capacity = doc.pick(VN_RESORTS)
        msdn = make_msdn(r)
        lat, lon = round(r.uniform(la0, la1), 5), round(r.uniform(lo0, lo1), 5)
        doc.h("PHỤ LỤC XVII – MẪU ĐĂNG KÝ MÔI TRƯỜNG")
        doc.p(f"Kính gửi: Ủy ban nhân dân cấp xã nơi thực hiện {name}.")
        rows = [["I. THÔNG TIN CHUNG VỀ CƠ SỞ", None, None, None],
                ["Tên cơ sở", name, "Mã số doanh nghiệp", msdn],
                ["Chủ cơ sở", operator, "Người đại diện", doc.pick(("Ông Nguyễn Minh Tâm", "Bà Trần Thu Hà", "Ông Lê Quốc Việt"))],
                ["Địa điểm", address, "Điện thoại", f"0{r.randint(200, 299)} {r.randint(3000000, 3999999)}"],
                ["Vĩ độ (WGS-84)", num(lat, "vi"), "Kinh độ (WGS-84)", num(lon, "vi")],
                ["Loại hình kinh doanh", "Dịch vụ", "Quy mô, công suất", capacity]]  # fmt: skip
        doc.table(None, rows, [(0, 0, 0, 3)], role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "lat": lat, "lon": lon})
        doc.p("Cơ sở cam kết thực hiện đầy đủ các biện pháp thu gom, xử lý chất thải theo quy định.")
        distractor(doc, "contacts")
        return
    L = 0 if doc.lang == "ru" else 1
    res = doc.pick(KZ_RESORTS)
    name, operator, address, oked = res[L], res[2 + L], res[4 + L], res[6]
    bin_, kato = make_bin(r), make_kato(r)
    lat_s, lat = _dms(r.uniform(*res[7]), True, doc.lang)
    lon_s, lon = _dms(r.uniform(*res[8]), False, doc.lang)
    doc.h(doc.v("Декларация о воздействии на окружающую среду (объект III категории)",
                "Қоршаған ортаға әсер ету туралы декларация (III санаттағы объект)", ""))
    doc.p(doc.v(f"Декларацию представляет {operator} в отношении объекта: {name}. Декларируемый период: 2026–2035 годы.",
                f"Декларацияны {operator} {name} объектісі бойынша ұсынады. Декларацияланатын кезең: 2026–2035 жылдар.", ""))
    oked_text = {"55101": doc.v("гостиницы с ресторанами", "мейрамханалары бар қонақ үйлер", ""),
                 "55201": doc.v("дома и базы отдыха", "демалыс үйлері мен базалары", ""),
                 "86909": doc.v("прочая деятельность по охране здоровья (санатории)", "денсаулық сақтау саласындағы өзге қызмет (шипажайлар)", "")}[oked]
    rows = [[doc.v("1. Сведения об операторе и объекте", "1. Оператор және объект туралы мәліметтер", ""), None, None, None],
            [doc.v("Наименование объекта", "Объектінің атауы", ""), name, doc.v("БИН", "БСН", ""), bin_],
            [doc.v("Оператор", "Оператор", ""), operator, doc.v("Руководитель", "Басшы", ""),
             doc.pick(("Жаксылыков Е.Т.", "Оспанова Г.К.", "Ким В.А."))],
            [doc.v("Адрес объекта", "Объектінің мекенжайы", ""), address, doc.v("Код КАТО", "ҚАТО коды", ""), kato],
            [doc.v("Широта", "Ендік", ""), lat_s, doc.v("Долгота", "Бойлық", ""), lon_s],
            [doc.v("Вид деятельности (ОКЭД)", "Қызмет түрі (ЭҚЖЖ)", ""), f"{oked} – {oked_text}",
             doc.v("Категория объекта", "Объект санаты", ""), doc.v("III (третья)", "III (үшінші)", "")],
            [doc.v("Вместимость", "Сыйымдылығы", ""), res[9 + L], doc.v("Режим работы", "Жұмыс режимі", ""),
             doc.v("круглогодично, 24 ч", "жыл бойы, тәулігіне 24 сағ", "")]]  # fmt: skip
    doc.table(None, rows, [(0, 0, 0, 3)], role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "oked": oked, "category": "III",
                           "lat": lat, "lon": lon})
    rooms = [doc.v(["Тип номера", "Количество номеров", "Мест"], ["Нөмір түрі", "Нөмірлер саны", "Орын"], []),
             doc.v(["Стандарт", str(r.randint(40, 70)), str(r.randint(80, 140))], ["Стандарт", str(r.randint(40, 70)), str(r.randint(80, 140))], []),
             doc.v(["Полулюкс", str(r.randint(10, 20)), str(r.randint(20, 40))], ["Жартылай люкс", str(r.randint(10, 20)), str(r.randint(20, 40))], []),
             doc.v(["Коттеджи", str(r.randint(4, 12)), str(r.randint(16, 48))], ["Коттедждер", str(r.randint(4, 12)), str(r.randint(16, 48))], [])]
    doc.table(doc.v("Номерной фонд", "Нөмір қоры", ""), rooms, role="other")


# RU, KK names / operators of tourism objects in Burabay and on Alakol (the akimat's list)
KZ_TOURISM = (
    ("Зона отдыха «Жумбактас»", "«Жұмбақтас» демалыс аймағы", "ТОО «Бурабай Тур Сервис»", "«Бурабай Тур Сервис» ЖШС", "III"),
    ("Отель «Голубой залив»", "«Көгілдір шығанақ» қонақ үйі", "ТОО «Көкше Отель»", "«Көкше Отель» ЖШС", "III"),
    ("Санаторий «Щучинский»", "«Щучье» шипажайы", "АО «Щучинск Курорт»", "«Щучье Курорт» АҚ", "II"),
    ("Детский лагерь «Балдаурен»", "«Балдәурен» балалар лагері", "ГККП «Балдаурен»", "«Балдәурен» МКҚК", "III"),
    ("Этнодеревня «Ақ бұлақ»", "«Ақ бұлақ» этноауылы", "ТОО «Ақ Бұлақ Туризм»", "«Ақ Бұлақ Туризм» ЖШС", "IV"),
    ("Гостиничный комплекс «Бурабай Резорт»", "«Бурабай Резорт» қонақ үй кешені", "ТОО «Боровое Девелопмент»",
     "«Боровое Девелопмент» ЖШС", "II"),
)  # fmt: skip
VN_GOLF = (
    ("Sân golf Bãi Dài", "Công ty Cổ phần Du lịch Bãi Dài", "xã Gành Dầu, đặc khu Phú Quốc, tỉnh An Giang"),
    ("Khu nghỉ dưỡng Rạch Vẹm", "Công ty TNHH Đầu tư Rạch Vẹm", "xã Gành Dầu, đặc khu Phú Quốc, tỉnh An Giang"),
    ("Khách sạn Biển Xanh Dương Đông", "Công ty Cổ phần Biển Xanh", "khu phố 7, đặc khu Phú Quốc, tỉnh An Giang"),
    ("Trung tâm thương mại Phú Quốc Center", "Công ty TNHH Thương mại Đảo Ngọc", "đường 30/4, đặc khu Phú Quốc, tỉnh An Giang"),
    ("Sân golf Sông Lam", "Công ty Cổ phần Golf Sông Lam", "xã Bãi Thơm, đặc khu Phú Quốc, tỉnh An Giang"),
    ("Bến cảng du lịch An Thới", "Công ty TNHH Cảng Du lịch An Thới", "khu phố 2, đặc khu Phú Quốc, tỉnh An Giang"),
)  # fmt: skip


def facility_eb2(doc: Doc) -> None:
    """An akimat's list of tourism objects in the national park: the object with its operator in brackets in one cell,
    the BIN, the coordinates as one `lat; lon` cell in decimal degrees, the category, the capacity (VI: a province's
    list of the GPMT it issued to resorts and golf courses, `cơ sở / chủ cơ sở` in one cell, the group as `Nhóm II`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("Перечень объектов туризма, расположенных на территории ГНПП «Бурабай» и в его охранной зоне",
                "«Бурабай» МҰТП аумағында және оның күзет аймағында орналасқан туризм объектілерінің тізбесі",
                "DANH SÁCH CÁC CƠ SỞ DỊCH VỤ DU LỊCH ĐÃ ĐƯỢC CẤP GIẤY PHÉP MÔI TRƯỜNG NĂM 2025"))
    doc.p(doc.v("Приложение к письму акима Бурабайского района от 12.02.2026 № 03-14/512.",
                "Бурабай ауданы әкімінің 12.02.2026 № 03-14/512 хатына қосымша.",
                "Kèm theo Công văn số 512/SNNMT-MT ngày 12/02/2026 của Sở Nông nghiệp và Môi trường tỉnh An Giang."))
    out = []
    if vi:
        rows = [["TT", "Tên cơ sở / Chủ cơ sở", "Mã số doanh nghiệp", "Số, ngày cấp GPMT", "Địa điểm", "Tọa độ (vĩ độ; kinh độ)", "Phân nhóm"]]
        for k, (name, op, place) in enumerate(r.sample(VN_GOLF, 4), 1):
            ident = make_msdn(r)
            lat, lon = round(r.uniform(10.05, 10.40), 4), round(r.uniform(103.85, 104.05), 4)
            group = doc.pick(("II", "III"))
            rows.append([str(k), f"{name} / {op}", ident, f"{r.randint(10, 390)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025",
                         place, f"{num(lat, 'vi')}; {num(lon, 'vi')}", f"Nhóm {group}"])
            out.append({"bin": ident, "name_contains": name, "lat": lat, "lon": lon, "category": group})
        doc.table("Bảng 1", rows, role="facility")
        doc.add("facilities", *out)
        maybe_distractor(doc)
        return
    L = 0 if doc.lang == "ru" else 1
    rows = [doc.v(["№", "Объект (оператор)", "БИН оператора", "Координаты (широта; долгота), град.", "Категория", "Вместимость"],
                  ["№", "Объект (оператор)", "Оператордың БСН", "Координаттары (ендік; бойлық), град.", "Санаты", "Сыйымдылығы"], [])]
    for k, t in enumerate(r.sample(KZ_TOURISM, 4), 1):
        ident = make_bin(r)
        lat, lon = round(r.uniform(52.95, 53.15), 4), round(r.uniform(70.05, 70.45), 4)
        name, op, cat = t[L], t[2 + L], t[4]
        rows.append([str(k), f"{name} ({op})", ident, f"{num(lat, doc.lang)}; {num(lon, doc.lang)}", cat,
                     doc.v(f"{r.randint(6, 40) * 10} мест", f"{r.randint(6, 40) * 10} орын", "")])
        out.append({"bin": ident, "name_contains": name, "lat": lat, "lon": lon, "category": cat})
    doc.table(None, rows, role="facility")
    doc.add("facilities", *out)
    doc.p(doc.v("Категория указана согласно заключениям об определении категории объекта.",
                "Санаты объект санатын айқындау туралы қорытындыларға сәйкес көрсетілген.", ""))


# ---------------------------------------------------------------- emissions

# share of a source's base rate a substance is emitted at
SHARE = {"0301": 1.0, "0304": 0.16, "0328": 0.07, "0330": 0.15, "0337": 0.8, "1325": 0.015, "2754": 0.35,
         "0333": 0.002, "2902": 0.1, "2704": 0.4, "0123": 1.0, "0143": 0.09, "2908": 1.0}
# number, RU, KK, codes, (low, high) base g/s, hours a year
SKI_SOURCES = (
    ("0001", "ДЭС-1 нижней станции гондольной дороги (1 000 кВА)", "Гондола жолының төменгі станциясының ДЭС-1 (1 000 кВА)",
     ("0301", "0304", "0328", "0330", "0337", "1325", "2754"), (0.3, 1.6), (300, 900)),
    ("0002", "ДЭС-2 насосной станции оснежения", "Қар жасау сорғы станциясының ДЭС-2",
     ("0301", "0304", "0328", "0330", "0337", "1325", "2754"), (0.4, 2.2), (900, 1800)),
    ("0003", "Котельная гостиницы (дизельное топливо)", "Қонақ үй қазандығы (дизель отыны)",
     ("0301", "0304", "0328", "0330", "0337"), (0.05, 0.4), (4000, 6500)),
    ("6001", "Склад ГСМ, заправка ратраков", "ЖЖМ қоймасы, ратрактарға жанармай құю", ("0333", "2754"), (0.5, 3), (200, 600)),
)  # fmt: skip
VN_RESORT_SOURCES = (
    ("Máy phát điện dự phòng (2 × 1.500 kVA)", ("2902", "0301", "0330", "0337"), (0.4, 2.5), (150, 500)),
    ("Lò hơi đốt dầu DO khu giặt là (2 tấn hơi/giờ)", ("2902", "0301", "0330", "0337"), (0.05, 0.6), (3000, 6000)),
    ("Lò đốt rác sinh hoạt mini (50 kg/giờ)", ("2902", "0301", "0330", "0337"), (0.02, 0.2), (1000, 2500)),
)


def emissions_eb1(doc: Doc) -> None:
    """A ski resort's inventory as a matrix: the substances as rows (code, name, hazard class), each source a column
    group with `г/с | т/год` under it, `–` where the source does not emit it, a last column of the resort's tonnes a year
    (VI: a Hạ Long resort's loads, each named source a column group, no hazard class and no source numbers)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – KHÁCH SẠN HẢI ÂU HẠ LONG")
        doc.p("Bảng dưới đây tổng hợp tải lượng các chất ô nhiễm không khí từ các nguồn phát sinh khí thải của cơ sở.")
        srcs = list(VN_RESORT_SOURCES) if r.random() < 0.5 else list(VN_RESORT_SOURCES[:2])
        codes = ["2902", "0301", "0330", "0337"]
        head = ["TT", "Chất ô nhiễm"]
        sub = [None, None]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
        for name, *_ in srcs:
            merges.append((0, len(head), 0, len(head) + 1))
            head += [name, None]
            sub += ["g/s", "tấn/năm"]
        head.append("Tổng (tấn/năm)")
        sub.append(None)
        merges.append((0, len(head) - 1, 1, len(head) - 1))
        rows = [head, sub]
        vals = {}
        for name, _, (lo, hi), (h0, h1) in srcs:
            base, hours = r.uniform(lo, hi), r.randint(h0, h1)
            for c in codes:
                g = _sig(base * SHARE.get(c, 1) * r.uniform(0.8, 1.2) * (8 if c == "0330" else 1), 3)
                vals[(name, c)] = (g, _sig(g * 3600 * hours / 1e6, 3))
        for k, c in enumerate(codes, 1):
            line, tys = [str(k), vocab.air(c, "vi", 0 if c == "2902" else 1)], []
            for name, *_ in srcs:
                g, t = vals[(name, c)]
                line += [num(g, "vi"), num(t, "vi")]
                tys.append(t)
                doc.add("emissions", emission(c, g, t))
            line.append(total(doc, tys))
            rows.append(line)
        doc.table("Bảng 2.3. Tải lượng các chất ô nhiễm trong khí thải theo nguồn", rows, merges, role="emissions")
        doc.p("Ghi chú: tải lượng được tính theo hệ số phát thải của AP-42 (US EPA) và lượng nhiên liệu tiêu thụ năm 2025.")
        maybe_distractor(doc)
        return
    srcs = [s for s in SKI_SOURCES if s[0] != "0003" or r.random() < 0.6]
    doc.h(doc.v("Программа производственного экологического контроля горнолыжного курорта «Шымбулак»",
                "«Шымбұлақ» тау шаңғысы курортының өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(doc.v("Таблица 2 составлена по данным инвентаризации источников выбросов 2025 года.",
                "2-кесте шығарынды көздерін 2025 жылғы түгендеу деректері бойынша жасалды.", ""))
    head = doc.v(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности"],
                 ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы"], [])
    sub = [None, None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    for number, n_ru, n_kk, *_ in srcs:
        merges.append((0, len(head), 0, len(head) + 1))
        head += [doc.v(f"Источник {number} – {n_ru}", f"{number} көз – {n_kk}", ""), None]
        sub += doc.v(["г/с", "т/год"], ["г/с", "т/жыл"], [])
    head.append(doc.v("Всего по курорту, т/год", "Курорт бойынша барлығы, т/жыл", ""))
    sub.append(None)
    merges.append((0, len(head) - 1, 1, len(head) - 1))
    rows = [head, sub]
    vals = {}
    for number, _, _, codes, (lo, hi), (h0, h1) in srcs:
        base, hours = r.uniform(lo, hi), r.randint(h0, h1)
        for c in codes:
            g = _sig(base * SHARE.get(c, 1) * r.uniform(0.85, 1.15), 4)
            vals[(number, c)] = (g, _sig(g * 3600 * hours / 1e6, 4))
    order = ["0301", "0304", "0328", "0330", "0333", "0337", "1325", "2754"]
    for c in order:
        if not any((s[0], c) in vals for s in srcs):
            continue
        hz = vocab.hazard(c)
        line, tys = [c, vocab.air(c, doc.lang), str(hz)], []
        for s in srcs:
            if (s[0], c) in vals:
                g, t = vals[(s[0], c)]
                line += [num(g, doc.lang), num(t, doc.lang)]
                tys.append(t)
                doc.add("emissions", emission(c, g, t, s[0], hz))
            else:
                line += ["–", "–"]
        line.append(total(doc, tys))
        rows.append(line)
    doc.table(doc.v("Таблица 2 – Выбросы загрязняющих веществ по источникам", "2-кесте – Көздер бойынша ластаушы заттар шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in srcs))
    doc.p(doc.v("Снежные пушки работают от электросети и выбросов загрязняющих веществ не имеют.",
                "Қар зеңбіректері электр желісінен жұмыс істейді және ластаушы заттар шығармайды.", ""))
    maybe_distractor(doc)


# period, number, RU, KK, codes, (low, high) base g/s, hours
MALL_SOURCES = (
    ("construction", "6001", "Выемка грунта котлована подземного паркинга", "Жерасты тұрағының қазаншұңқырын қазу", ("2908",),
     (0.2, 1.5), (1200, 2000)),
    ("construction", "6002", "Работа строительной техники", "Құрылыс техникасының жұмысы", ("0301", "0304", "0328", "0330", "0337", "2754"),
     (0.05, 0.4), (1500, 2500)),
    ("construction", "6003", "Сварочные работы", "Дәнекерлеу жұмыстары", ("0123", "0143"), (0.002, 0.02), (600, 1200)),
    ("operation", "0001", "Вентшахта подземного паркинга № 1", "№ 1 жерасты тұрағының желдету шахтасы",
     ("0301", "0304", "0330", "0337", "2704"), (0.01, 0.12), (6000, 8760)),
    ("operation", "0002", "Вентшахта подземного паркинга № 2", "№ 2 жерасты тұрағының желдету шахтасы",
     ("0301", "0304", "0330", "0337", "2704"), (0.01, 0.12), (6000, 8760)),
    ("operation", "0003", "Резервная ДГУ 1 250 кВА", "1 250 кВА резервтік ДГҚ", ("0301", "0304", "0328", "0330", "0337", "1325", "2754"),
     (0.3, 1.8), (50, 200)),
)  # fmt: skip
VN_MALL_SOURCES = (
    ("construction", "Đào đất tầng hầm, vận chuyển đất thải", ("2902", "0301", "0330", "0337"), (0.1, 0.9), (1500, 2400)),
    ("construction", "Máy móc, thiết bị thi công trên công trường", ("2902", "0301", "0330", "0337"), (0.05, 0.5), (1500, 2400)),
    ("operation", "Quạt hút khí thải tầng hầm để xe", ("0301", "0330", "0337"), (0.01, 0.1), (5000, 8000)),
    ("operation", "Máy phát điện dự phòng 2.000 kVA", ("2902", "0301", "0330", "0337"), (0.4, 2.5), (80, 300)),
)  # fmt: skip


def emissions_eb2(doc: Doc) -> None:
    """A shopping mall's report on possible impacts: `Период строительства` and `Период эксплуатации` as group rows
    spanning the table, the source's number joined to its name (`6001 – …`) merged down over its substances, the code
    joined to the substance's name, `г/с` and `т/год` in a units row of their own, a subtotal per period (VI: a trade
    centre's ĐTM, stages as group rows, named sources, the units row)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("Отчет о возможных воздействиях: строительство торгово-развлекательного центра с подземным паркингом на 600 машино-мест",
                "Ықтимал әсерлер туралы есеп: 600 машина-орынға арналған жерасты тұрағы бар сауда-ойын-сауық орталығының құрылысы",
                "BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN TRUNG TÂM THƯƠNG MẠI VẠN PHÚC PLAZA"))
    doc.p(doc.v("Продолжительность строительства – 18 месяцев. Объем выбросов периода строительства приведен за год максимальной нагрузки.",
                "Құрылыс ұзақтығы – 18 ай. Құрылыс кезеңінің шығарындылары ең жоғары жүктеме жылы үшін келтірілген.",
                "Thời gian thi công dự kiến 18 tháng; tải lượng giai đoạn thi công tính cho năm thi công cao điểm."))
    head = doc.v(["Источник выделения (№, наименование)", "Загрязняющее вещество (код, наименование)", "Выброс", None],
                 ["Бөліну көзі (№, атауы)", "Ластаушы зат (коды, атауы)", "Шығарынды", None],
                 ["Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng", None])
    sub = [None, None, *doc.v(["максимальный", "валовый"], ["ең жоғары", "жалпы"], ["cực đại", "tổng"])]
    units = [None, None, *doc.v(["г/с", "т/год"], ["г/с", "т/жыл"], ["g/s", "tấn/năm"])]
    rows = [head, sub, units]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 3)]
    L = 0 if doc.lang == "ru" else 1
    items = VN_MALL_SOURCES if vi else MALL_SOURCES
    numbers = []
    for period in ("construction", "operation"):
        rows.append([doc.v({"construction": "Период строительства", "operation": "Период эксплуатации"}[period],
                           {"construction": "Құрылыс кезеңі", "operation": "Пайдалану кезеңі"}[period],
                           {"construction": "A. GIAI ĐOẠN THI CÔNG XÂY DỰNG", "operation": "B. GIAI ĐOẠN VẬN HÀNH"}[period]),
                     None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        gs, ts = [], []
        for it in items:
            if it[0] != period:
                continue
            if vi:
                _, label, codes, (lo, hi), (h0, h1) = it
                number = None
            else:
                _, number, n_ru, n_kk, codes, (lo, hi), (h0, h1) = it
                label = f"{number} – {(n_ru, n_kk)[L]}"
                numbers.append(number)
            base, hours = r.uniform(lo, hi), r.randint(h0, h1)
            start = len(rows)
            for c in codes:
                g = _sig(base * SHARE.get(c, 1) * r.uniform(0.85, 1.15) * (6 if vi and c == "0330" else 1), 3)
                t = _sig(g * 3600 * hours / 1e6, 3)
                gs.append(g)
                ts.append(t)
                subst = vocab.air(c, "vi", 0 if c == "2902" else 1) if vi else f"{c} {vocab.air(c, doc.lang)}"
                rows.append([label if len(rows) == start else None, subst, num(g, doc.lang), num(t, doc.lang)])
                doc.add("emissions", emission(c, g, t, number, period=period))
            if len(rows) - start > 1:
                merges.append((start, 0, len(rows) - 1, 0))
        rows.append([doc.v("Итого по периоду:", "Кезең бойынша жиыны:", "Cộng:"), None, total(doc, gs), total(doc, ts)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(doc.v("Таблица 4.2 – Источники и количество выбросов загрязняющих веществ",
                    "4.2-кесте – Ластаушы заттар шығарындыларының көздері мен мөлшері",
                    "Bảng 3.5. Tải lượng khí thải theo nguồn và giai đoạn của dự án"), rows, merges, role="emissions")
    if numbers:
        doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in numbers))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# code, RU, KK, unit key, (low, high) in that unit
SERVICE_WASTES = (
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "t", (1.2, 6.5)),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", "kg", (180, 900)),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "pcs", (20, 120)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "kg", (120, 600)),
    ("16 01 14*", "Отработанная охлаждающая жидкость (антифриз)", "Пайдаланылған салқындатқыш сұйықтық (антифриз)", "l", (200, 900)),
    ("13 05 02*", "Шлам нефтеловушки автомойки", "Автожуғыштың мұнай ұстағышының шламы", "t", (0.8, 4.5)),
    ("16 01 03", "Изношенные шины", "Тозған шиналар", "t", (6, 40)),
    ("16 01 17", "Лом черных металлов (замененные детали)", "Қара металл сынықтары (ауыстырылған бөлшектер)", "t", (1.5, 9)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "t", (3, 12)),
)  # fmt: skip
UNIT_WORD = {"t": ("т", "т", "tấn"), "kg": ("кг", "кг", "kg"), "pcs": ("шт.", "дана", "chiếc"), "l": ("л", "л", "lít")}
# code or None, name, unit key, (low, high)
VN_SERVICE_WASTES = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "l", (300, 1500)),
    ("15 01 02", "Bộ lọc dầu đã qua sử dụng", "kg", (150, 700)),
    ("19 06 01", "Pin, ắc quy chì thải", "pcs", (15, 90)),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "kg", (100, 500)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "kg", (5, 30)),
    ("18 01 02", "Bao bì cứng thải bằng kim loại", "kg", (40, 300)),
    (None, "Lốp xe thải", "t", (3, 18)),
    (None, "Phế liệu kim loại từ phụ tùng thay thế", "t", (1, 8)),
    (None, "Chất thải rắn sinh hoạt", "t", (2, 9)),
)  # fmt: skip


def wastes_eb1(doc: Doc) -> None:
    """A car-service and tyre centre's register of wastes: the code written without spaces (`130205*`), a unit column per
    row (т, кг, шт., л) before the yearly quantity, the place of storage and the receiving firm; pieces and litres give
    no tonnes (VI: a car-service workshop's list, CTNH and ordinary wastes in one table, `Đơn vị tính` per row)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("Программа управления отходами СТО и шиномонтажного центра «Авто Сервис Плюс»",
                "«Авто Сервис Плюс» АҚКС және шиномонтаж орталығының қалдықтарды басқару бағдарламасы",
                "BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – XƯỞNG DỊCH VỤ SỬA CHỮA Ô TÔ PHÚ THÀNH"))
    doc.p(doc.v("Учет отходов ведется в журнале по каждому виду отхода в натуральных единицах.",
                "Қалдықтарды есепке алу журналда әр қалдық түрі бойынша заттай бірліктерде жүргізіледі.",
                "Khối lượng chất thải được ghi theo đơn vị tính thực tế trong sổ theo dõi của xưởng."))
    Li = vocab.LANGS.index(doc.lang)
    if vi:
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Đơn vị tính", "Khối lượng năm 2025", "Đơn vị tiếp nhận"]]
        picked = [w for w in VN_SERVICE_WASTES if w[0] is None or r.random() < 0.8]
        for k, (code, name, unit, (lo, hi)) in enumerate(picked, 1):
            q = r.randint(lo, hi) if unit != "t" else round(r.uniform(lo, hi), 2)
            rows.append([str(k), name, code or "-", UNIT_WORD[unit][Li], num(q, "vi"),
                         "Công ty TNHH Môi trường Sài Gòn Xanh" if code else "Đơn vị thu gom phế liệu"])
            amount = q if unit == "t" else q / 1000 if unit == "kg" else None
            doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None,
                               "hazardous": bool(code), "amount_t": amount, "name_contains": name})
        doc.table("Bảng 4. Khối lượng chất thải phát sinh năm 2025", rows, role="wastes")
        maybe_distractor(doc)
        return
    rows = [doc.v(["№", "Код", "Наименование отхода", "Ед. изм.", "Кол-во в год", "Место временного хранения", "Кому передается"],
                  ["№", "Коды", "Қалдықтың атауы", "Өлш. бірл.", "Жылына саны", "Уақытша сақтау орны", "Кімге беріледі"], [])]
    picked = [w for w in SERVICE_WASTES if r.random() < 0.85]
    place = {True: doc.v("металлическая емкость на поддоне в боксе № 3", "№ 3 бокстағы табандықтағы металл ыдыс", ""),
             False: doc.v("открытая площадка с твердым покрытием", "қатты жабыны бар ашық алаң", "")}
    for k, (code, n_ru, n_kk, unit, (lo, hi)) in enumerate(picked, 1):
        q = r.randint(int(lo), int(hi)) if unit in ("kg", "pcs", "l") else round(r.uniform(lo, hi), 2)
        name = (n_ru, n_kk)[Li]
        haz = code.endswith("*")
        rows.append([str(k), code.replace(" ", ""), name, UNIT_WORD[unit][Li], num(q, doc.lang), place[haz],
                     doc.v("ТОО «ЭкоРесурс» (договор № 14/26)", "«ЭкоРесурс» ЖШС (№ 14/26 шарт)", "")])
        amount = q if unit == "t" else q / 1000 if unit == "kg" else None
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": haz, "amount_t": amount, "name_contains": name})
    doc.table(doc.v("Таблица 3. Виды и количество отходов", "3-кесте. Қалдықтардың түрлері мен саны", ""), rows, role="wastes")
    doc.p(doc.v("* – опасный отход.", "* – қауіпті қалдық.", ""))
    maybe_distractor(doc)


# code, RU, KK, (low, high) t/y
LAUNDRY_WASTES = (
    ("14 06 04*", "Кубовые остатки регенерации перхлорэтилена", "Перхлорэтиленді регенерациялаудың текше қалдықтары", (0.3, 2.5)),
    ("15 02 02*", "Отработанные фильтрующие патроны машин химчистки", "Химиялық тазалау машиналарының пайдаланылған сүзгі патрондары", (0.1, 0.9)),
    ("15 01 10*", "Тара из-под химических реагентов", "Химиялық реагенттер ыдысы", (0.05, 0.6)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.01, 0.08)),
    ("04 02 22", "Ворс и текстильные очесы сушильных машин", "Кептіру машиналарының түгі мен тоқыма қалдықтары", (0.5, 4)),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орамасы", (0.4, 3)),
    ("19 08 14", "Осадок локальных очистных сооружений прачечной", "Кір жуу орнының жергілікті тазарту құрылыстарының тұнбасы", (1, 8)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (2, 9)),
)  # fmt: skip


def wastes_eb2(doc: Doc) -> None:
    """A laundry's limits of accumulation by the official form: `Всего`, `в том числе отходов производства | потребления`
    first, then `Опасные отходы` and `Неопасные отходы` group rows, the code in brackets after the name, the existing
    accumulation all dashes and the limit in tonnes a year (VI: an industrial laundry's GPMT, the total row first, a
    `Ký hiệu phân loại` column NH / TT, the ordinary wastes without a code, kg a year)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        doc.h("GIẤY PHÉP MÔI TRƯỜNG – CÔNG TY TNHH GIẶT LÀ CÔNG NGHIỆP HOÀN MỸ")
        doc.p("Phụ lục III. Khối lượng, chủng loại chất thải nguy hại, chất thải rắn công nghiệp thông thường đề nghị cấp phép:")
        rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Ký hiệu phân loại", "Mã chất thải", "Khối lượng (kg/năm)"]]
        haz = r.sample(vocab.VN_CTNH, 4)
        ordinary = r.sample(["Bao bì giấy, carton thải", "Vải vụn, chỉ thừa", "Bùn thải từ hệ thống xử lý nước thải",
                             "Xơ vải thu hồi từ máy sấy"], 3)
        body, kgs = [], []
        body.append(["I", "Chất thải nguy hại", None, None, None, None])
        for k, (code, name, state) in enumerate(haz, 1):
            kg = r.randint(2, 90) * 10
            kgs.append(kg)
            body.append([str(k), name, state, "NH", code, num(kg, "vi")])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                               "name_contains": name})
        body.append(["II", "Chất thải rắn công nghiệp thông thường", None, None, None, None])
        for k, name in enumerate(ordinary, 1):
            kg = r.randint(50, 900) * 10
            kgs.append(kg)
            body.append([str(k), name, "Rắn", "TT", "-", num(kg, "vi")])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": name})
        rows.append(["", "Tổng khối lượng", None, None, None, num(sum(kgs), "vi")])
        rows += body
        merges = [(1, 1, 1, 4)]
        for i, row in enumerate(rows):
            if row[0] in ("I", "II"):
                merges.append((i, 1, i, 5))
        doc.table(None, rows, merges, role="wastes")
        doc.p("Ghi chú: NH – chất thải nguy hại; TT – chất thải rắn công nghiệp thông thường.")
        maybe_distractor(doc)
        return
    Li = 0 if doc.lang == "ru" else 1
    doc.h(doc.v("Лимиты накопления отходов ТОО «Ақ Жуу» (промышленная прачечная и химчистка), г. Астана",
                "«Ақ Жуу» ЖШС (өнеркәсіптік кір жуу орны және химиялық тазалау) қалдықтарын жинақтау лимиттері, Астана қ.", ""))
    doc.p(doc.v("Лимиты установлены на 2026–2030 годы.", "Лимиттер 2026–2030 жылдарға белгіленген.", ""))
    rows = [doc.v(["Наименование отходов", "Объем накопленных отходов на существующее положение, тонн/год", "Лимит накопления, тонн/год"],
                  ["Қалдықтардың атауы", "Қазіргі жағдайдағы жинақталған қалдықтардың көлемі, тонна/жыл", "Жинақтау лимиті, тонна/жыл"], [])]
    picked = [w for w in LAUNDRY_WASTES if r.random() < 0.85 or w[0] == "20 03 01"]
    haz = [w for w in picked if w[0].endswith("*")]
    non = [w for w in picked if not w[0].endswith("*")]
    amounts = {w[0]: round(r.uniform(*w[3]), 3) for w in picked}
    cons = {"20 03 01", "20 01 21*", "15 01 01"}
    all_t = sum(amounts.values())
    prod = sum(v for c, v in amounts.items() if c not in cons)
    rows.append([doc.v("Всего", "Барлығы", ""), "–", num(round(all_t, 3), doc.lang)])
    rows.append([doc.v("в том числе отходов производства", "оның ішінде өндіріс қалдықтары", ""), "–", num(round(prod, 3), doc.lang)])
    rows.append([doc.v("отходов потребления", "тұтыну қалдықтары", ""), "–", num(round(all_t - prod, 3), doc.lang)])
    merges = []
    for title, group in ((doc.v("Опасные отходы", "Қауіпті қалдықтар", ""), haz), (doc.v("Неопасные отходы", "Қауіпті емес қалдықтар", ""), non)):
        rows.append([title, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        for code, n_ru, n_kk, _ in group:
            name = (n_ru, n_kk)[Li]
            rows.append([f"{name} ({code})", "–", num(amounts[code], doc.lang)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amounts[code],
                               "name_contains": name})
    rows.append([doc.v("Зеркальные", "Айналы", ""), "–", "–"])
    doc.table(doc.v("Таблица 1. Лимиты накопления отходов", "1-кесте. Қалдықтарды жинақтау лимиттері", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# code: norm, mg/Nm3, of the data centre's diesel generators (КЭР); VI: QCVN 19:2009 column B
DG_NORM = {"0301": 2000, "0337": 650, "0328": 80, "0330": 500}
QCVN19_B = {"2902": 200, "0301": 850, "0330": 500, "0337": 1000}


def limits_eb1(doc: Doc) -> None:
    """A data centre's protocol of stack measurements at its diesel generators: the substances as rows with a unit
    column, one column of measured values per generator (`ДГУ-1` … ), the norm last, soot below detection written
    `< 5`, an O2 and a temperature row with no norm (VI: the back-up generators' stacks KT1–KT3 against QCVN 19:2009
    column B with Kp = Kv = 1)."""
    r = doc.rng
    vi = doc.lang == "vi"
    n = r.randint(3, 4)
    gens = [f"KT{k}" for k in range(1, n + 1)] if vi else [f"ДГУ-{k}" for k in range(1, n + 1)]
    doc.h(doc.v("Протокол инструментальных измерений выбросов № 118-В от 14.03.2026",
                "2026 жылғы 14.03 № 118-В шығарындыларды аспаптық өлшеу хаттамасы",
                "KẾT QUẢ QUAN TRẮC KHÍ THẢI MÁY PHÁT ĐIỆN DỰ PHÒNG – TRUNG TÂM DỮ LIỆU TÂN THUẬN DC2"))
    doc.p(doc.v("Объект: центр обработки данных ТОО «Дата Центр Астана». Замеры выполнены при нагрузке ДГУ 75 % (ежемесячный тестовый прогон).",
                "Объект: «Дата Центр Астана» ЖШС деректерді өңдеу орталығы. Өлшеулер ДГҚ 75 % жүктемесінде орындалды (ай сайынғы сынақ іске қосу).",
                "Thời điểm lấy mẫu: ngày 14/03/2026, trong lần chạy thử định kỳ hàng tháng ở 75 % tải."))
    if vi:
        codes = ["2902", "0301", "0330", "0337"]
        head = ["TT", "Thông số", "Đơn vị", *gens, "QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)"]
    else:
        codes = ["0301", "0337", "0328", "0330"] if r.random() < 0.5 else ["0301", "0337", "0328"]
        head = doc.v(["№", "Определяемый компонент", "Ед. изм.", *gens, "Норматив (КЭР)"],
                     ["№", "Анықталатын компонент", "Өлш. бірл.", *gens, "Норматив (КЭР)"], [])
    rows = [head]
    unit_text = "mg/Nm3" if vi else doc.v("мг/нм3", "мг/нм3", "")
    for k, c in enumerate(codes, 1):
        lim = QCVN19_B[c] if vi else DG_NORM[c]
        line = [str(k), vocab.air(c, doc.lang, 0 if c == "2902" else 1) if vi else vocab.air(c, doc.lang), unit_text]
        for g in gens:
            if c == "0328" and r.random() < 0.4:
                line.append("< 5")
                add(doc, {k2: v for k2, v in limit(("code", c), "flue_gas", lim, "mg/Nm3", "B" if vi else None, g).items()
                          if k2 != "value"})
                continue
            v = _sig(lim * r.uniform(0.1, 0.85), 3)
            line.append(num(v, doc.lang))
            add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", "B" if vi else None, g, v))
        line.append(cell(doc, lim))
        rows.append(line)
    rows.append([str(len(codes) + 1), doc.v("Содержание O2", "O2 құрамы", "O2 dư"), "%",
                 *(num(round(r.uniform(9, 14), 1), doc.lang) for _ in gens), "–"])
    rows.append([str(len(codes) + 2), doc.v("Температура газов", "Газдардың температурасы", "Nhiệt độ khí thải"), "°C",
                 *(str(r.randint(380, 520)) for _ in gens), "–"])
    doc.table(doc.v("Результаты измерений концентраций загрязняющих веществ", "Ластаушы заттар концентрацияларын өлшеу нәтижелері",
                    "Bảng 1. Kết quả phân tích khí thải"), rows, role="limits")
    doc.p(doc.v("Примечание: «< 5» – ниже предела количественного определения методики.",
                "Ескертпе: «< 5» – әдістеменің сандық анықтау шегінен төмен.",
                "Ghi chú: Cmax = C × Kp × Kv; Kp = 1 (lưu lượng dưới 20.000 m3/h), Kv = 1 (khu công nghiệp)."))
    maybe_distractor(doc)


# code: RU header word
CREM_CODES = ("0301", "0330", "0337", "2902", "0316")
# symbol: (A, B) — QCVN 14:2008/BTNMT, domestic waste water; unit
QCVN14 = {"pH": ((5, 9), (5, 9), None), "BOD5": (30, 50, "mg/l"), "TSS": (50, 100, "mg/l"), "TDS": (500, 1000, "mg/l"),
          "S2-": (1, 4, "mg/l"), "NH4+": (5, 10, "mg/l"), "NO3-": (30, 50, "mg/l"), "Surfactants": (5, 10, "mg/l"),
          "Coliform": (3000, 5000, "MPN/100ml")}


def limits_eb2(doc: Doc) -> None:
    """A crematorium's air at the border of its sanitary zone: the substances as columns headed `Name (code)`, the ПДК
    м.р. row first under the header, the points as rows with the sampling date, values below detection written `< 0,02`
    (VI: a Phú Quốc resort's outlet NT1, one result beside both columns of QCVN 14:2008 under a merged header)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ QUÝ I/2026 – KHU NGHỈ DƯỠNG SAO BIỂN PHÚ QUỐC")
        doc.p("Vị trí lấy mẫu: NT1 – hố ga sau hệ thống xử lý nước thải tập trung công suất 600 m3/ngày.đêm, trước khi xả ra biển.")
        keys = ["pH", *sorted(r.sample(list(QCVN14)[1:], 6), key=list(QCVN14).index)]
        rows = [["TT", "Thông số", "Đơn vị", "Kết quả NT1", "QCVN 14:2008/BTNMT (K = 1)", None],
                [None, None, None, None, "Cột A", "Cột B"]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5)]
        for k, s in enumerate(keys, 1):
            a, b, unit = QCVN14[s]
            if s == "pH":
                v = round(r.uniform(6.5, 7.9), 1)
            elif s == "Coliform":
                v = float(r.choice((430, 930, 1500, 2400, 2100)))
            else:
                v = _sig((a if isinstance(a, (int, float)) else 1) * r.uniform(0.1, 0.9), 2)
            rows.append([str(k), vocab.water(s, "vi"), unit or "-", num(v, "vi"), cell(doc, a), cell(doc, b)])
            add(doc, limit(("symbol", s), "waste_water", a, unit, "A", "NT1", v),
                limit(("symbol", s), "waste_water", b, unit, "B", "NT1", v))
        doc.table("Bảng 2. Kết quả phân tích mẫu nước thải", rows, merges, role="limits")
        doc.p("Ghi chú: QCVN 14:2008/BTNMT – Quy chuẩn kỹ thuật quốc gia về nước thải sinh hoạt; K = 1 đối với khách sạn "
              "từ 3 sao trở lên.")
        maybe_distractor(doc)
        return
    codes = [c for c in CREM_CODES if c != "0316" or r.random() < 0.6]
    doc.h(doc.v("Отчет по производственному экологическому контролю крематория ГКП «Ритуал» за I квартал 2026 года",
                "«Ритуал» МКК крематорийінің 2026 жылғы I тоқсандағы өндірістік экологиялық бақылауы бойынша есеп", ""))
    doc.p(doc.v("Мониторинг атмосферного воздуха на границе санитарно-защитной зоны (500 м).",
                "Санитариялық-қорғау аймағының шекарасындағы (500 м) атмосфералық ауа мониторингі.", ""))
    head = [doc.v("Точка отбора", "Сынама алу нүктесі", ""), doc.v("Дата", "Күні", ""),
            *(f"{vocab.air(c, doc.lang)} ({c})" for c in codes)]
    rows = [head, [doc.v("ПДК м.р., мг/м3", "ШЖК б.м., мг/м3", ""), "", *(cell(doc, {"0301": 0.2, "0330": 0.5, "0337": 5, "2902": 0.5,
                                                                                        "0316": 0.2}[c]) for c in codes)]]
    pdk = {"0301": 0.2, "0330": 0.5, "0337": 5, "2902": 0.5, "0316": 0.2}
    points = doc.v(("Т-1 (север)", "Т-2 (восток)", "Т-3 (юг)", "Т-4 (запад)"), ("Т-1 (солтүстік)", "Т-2 (шығыс)", "Т-3 (оңтүстік)", "Т-4 (батыс)"), ())
    for p in points:
        pid = p.split(" ")[0]
        line = [p, f"{r.randint(10, 28)}.0{r.randint(1, 3)}.2026"]
        for c in codes:
            if c == "0316" and r.random() < 0.5:
                line.append(doc.v("< 0,02", "< 0,02", ""))
                add(doc, {k: v for k, v in limit(("code", c), "air", pdk[c], "mg/m3", None, pid).items() if k != "value"})
                continue
            v = _sig(pdk[c] * r.uniform(0.05, 0.7), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("code", c), "air", pdk[c], "mg/m3", None, pid, v))
        rows.append(line)
    doc.table(doc.v("Таблица 3 – Концентрации загрязняющих веществ, мг/м3", "3-кесте – Ластаушы заттардың концентрациялары, мг/м3", ""),
              rows, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring


def monitoring_eb1(doc: Doc) -> None:
    """A ski resort's ПЭК programme as a matrix: the parameters as rows, the points and the sources as columns marked
    `+` where the parameter is measured, the frequency in the last column of each row; a water block under a group row
    with the outlet and the river points (VI: a Hạ Long resort's plan, air and waste-water blocks, marks `x`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    mark = "x" if vi else "+"
    if vi:
        doc.h("KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG – KHÁCH SẠN HẢI ÂU HẠ LONG")
        doc.p("Chương trình quan trắc môi trường định kỳ của cơ sở (đánh dấu “x” tại vị trí thực hiện):")
        cols = ["KK1", "KK2", "KT1", "NT1", "NT2"]
        head = ["Thông số", "KK1 – Cổng chính", "KK2 – Khu nhà giặt, lò hơi", "KT1 – Ống khói lò hơi", "NT1 – Đầu vào HTXLNT",
                "NT2 – Sau HTXLNT", "Tần suất"]
        blocks = [("Không khí, khí thải", [(c, vocab.air(c, "vi", 0 if c == "2902" else 1)) for c in ("2902", "0301", "0330", "0337")],
                   "code"),
                  ("Nước thải", [(s, vocab.water(s, "vi")) for s in ("pH", "BOD5", "TSS", "NH4+", "Coliform")], "symbol")]
    else:
        doc.h(doc.v("Программа производственного экологического контроля ТОО «Медеу Шымбулак Сервис» на 2026–2028 годы",
                    "«Медеу Шымбұлақ Сервис» ЖШС 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
        doc.p(doc.v("Знак «+» означает, что показатель контролируется в данной точке (на данном источнике).",
                    "«+» белгісі көрсеткіштің осы нүктеде (көзде) бақыланатынын білдіреді.", ""))
        cols = ["Т-1", "Т-2", "0001", "0002", "В-1", "В-2"]
        head = doc.v(["Показатель", "Т-1 (нижняя станция)", "Т-2 (гостиница)", "Ист. 0001 (ДЭС-1)", "Ист. 0002 (ДЭС-2)",
                      "В-1 (выпуск КОС)", "В-2 (р. Киши Алматы, 500 м ниже)", "Периодичность"],
                     ["Көрсеткіш", "Т-1 (төменгі станция)", "Т-2 (қонақ үй)", "0001 көз (ДЭС-1)", "0002 көз (ДЭС-2)",
                      "В-1 (ТҚ шығарылымы)", "В-2 (Кіші Алматы өз., 500 м төмен)", "Кезеңділігі"], [])
        blocks = [(doc.v("Атмосферный воздух и выбросы", "Атмосфералық ауа және шығарындылар", ""),
                   [(c, vocab.air(c, doc.lang)) for c in ("0301", "0330", "0337", "0328")], "code"),
                  (doc.v("Сточные и поверхностные воды", "Сарқынды және жерүсті сулары", ""),
                   [(s, vocab.water(s, doc.lang)) for s in ("TSS", "BOD5", "NH4+", "TPH")], "symbol")]
    rows = [head]
    merges = []
    width = len(head)
    for b, (title, items, kind) in enumerate(blocks):
        rows.append([title] + [None] * (width - 1))
        merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
        for key, label in items:
            if b == 0:
                places = [c for c in cols[: 3 if vi else 4]]
                if key == "0328":
                    places = [c for c in places if c.isdigit()]
                word = doc.pick(("quarterly", "semiannual"))
            else:
                places = [c for c in cols[(3 if vi else 4):]]
                word = doc.pick(("quarterly", "monthly"))
            places = [p for p in places if r.random() < 0.85] or places[:1]
            line = [label] + [mark if c in places else "" for c in cols] + [FREQ_WORDS[doc.lang][word]]
            rows.append(line)
            for p in places:
                loc = {"source_number": p} if p.isdigit() else {"point_contains": p}
                doc.add("monitoring", _mon(loc, (kind, key), word))
    doc.table(doc.v("Таблица 4 – Матрица производственного мониторинга", "4-кесте – Өндірістік мониторинг матрицасы",
                    "Bảng 5. Chương trình quan trắc"), rows, merges, role="monitoring")
    maybe_distractor(doc)


def monitoring_eb2(doc: Doc) -> None:
    """A shopping mall's (a trade centre's) monitoring plan with the points as rows and the frequencies as columns:
    `Ежемесячно | Ежеквартально | Раз в год` under a merged `Периодичность и состав наблюдений`, each cell listing the
    substances measured that often, an empty cell where nothing is; a row on noise that names no substance."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("Программа производственного экологического контроля ТРЦ «Нұр Плаза» (объект II категории)",
                "«Нұр Плаза» СОО өндірістік экологиялық бақылау бағдарламасы (II санаттағы объект)",
                "KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG – TRUNG TÂM THƯƠNG MẠI VẠN PHÚC PLAZA"))
    doc.p(doc.v("Раздел 5. Периодичность и состав наблюдений по точкам контроля.",
                "5-бөлім. Бақылау нүктелері бойынша бақылаулардың кезеңділігі мен құрамы.",
                "Tần suất và thông số quan trắc tại từng vị trí được nêu trong bảng dưới đây."))
    words = ("monthly", "quarterly", "yearly")
    head = [doc.v("Точка контроля", "Бақылау нүктесі", "Vị trí quan trắc"),
            doc.v("Периодичность и состав наблюдений", "Бақылаулардың кезеңділігі мен құрамы", "Thông số theo tần suất"), None, None]
    sub = [None, *doc.v(["ежемесячно", "ежеквартально", "раз в год"], ["ай сайын", "тоқсан сайын", "жылына бір рет"],
                        ["Hàng tháng", "03 tháng/lần", "01 năm/lần"])]
    rows = [head, sub]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3)]
    if vi:
        plan = [("KT1 – Ống thoát khí thải tầng hầm B2", {"quarterly": ("code", ["0301", "0330", "0337"])}),
                ("KT2 – Ống khói máy phát điện dự phòng", {"yearly": ("code", ["2902", "0301", "0330", "0337"])}),
                ("NT1 – Sau hệ thống xử lý nước thải 450 m3/ngày", {"monthly": ("symbol", ["pH", "TSS", "BOD5"]),
                                                                   "quarterly": ("symbol", ["NH4+", "NO3-", "Coliform"])})]
    else:
        plan = [(doc.v("0001 – вентшахта паркинга № 1", "0001 – № 1 тұрақ желдету шахтасы", ""), {"quarterly": ("code", ["0337", "0301"])}),
                (doc.v("0002 – вентшахта паркинга № 2", "0002 – № 2 тұрақ желдету шахтасы", ""), {"quarterly": ("code", ["0337", "0301"])}),
                (doc.v("0003 – резервная ДГУ", "0003 – резервтік ДГҚ", ""), {"yearly": ("code", ["0301", "0337", "0328"])}),
                (doc.v("К-1 – колодец перед сбросом в городскую канализацию", "К-1 – қалалық кәрізге төгер алдындағы құдық", ""),
                 {"monthly": ("symbol", ["TSS", "TPH"]), "quarterly": ("symbol", ["BOD5", "COD", "Surfactants"])})]
    for label, by in plan:
        point = label.split(" ")[0]
        line = [label]
        for w in words:
            if w not in by:
                line.append("")
                continue
            kind, keys = by[w]
            keys = [k for k in keys if r.random() < 0.9] or keys[:1]
            names = [vocab.air(k, doc.lang, 0 if k == "2902" else 1) if kind == "code" and vi else
                     vocab.air(k, doc.lang) if kind == "code" else vocab.water(k, doc.lang) for k in keys]
            line.append(", ".join(names))
            loc = {"source_number": point} if point.isdigit() else {"point_contains": point}
            doc.add("monitoring", *(_mon(loc, (kind, k), w) for k in keys))
        rows.append(line)
    rows.append([doc.v("Граница жилой застройки (ул. Достык)", "Тұрғын үй құрылысының шекарасы (Достық к-сі)", "Khu dân cư phía Đông"),
                 "", "", doc.v("уровень шума, дБА", "шу деңгейі, дБА", "Tiếng ồn (dBA)")])
    doc.table(doc.v("Таблица 5.1", "5.1-кесте", "Bảng 6"), rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# RU object, KK object, RU operator, KK operator, RU place, KK place
ALAKOL_OBJECTS = (
    ("База отдыха «Жалын»", "«Жалын» демалыс базасы", "ТОО «Жалын Тур»", "«Жалын Тур» ЖШС", "Алакольский район, с. Акши", "Алакөл ауданы, Ақши а."),
    ("Гостиница «Алаколь Палас»", "«Алакөл Палас» қонақ үйі", "ТОО «Алаколь Палас»", "«Алакөл Палас» ЖШС", "Алакольский район, с. Коктума",
     "Алакөл ауданы, Көктұма а."),
    ("Пансионат «Теміржолшы»", "«Теміржолшы» пансионаты", "АО «КТЖ Сервис»", "«ҚТЖ Сервис» АҚ", "Алакольский район, с. Акши", "Алакөл ауданы, Ақши а."),
    ("Аквапарк «Алаколь Волна»", "«Алакөл Толқын» аквапаркі", "ТОО «Аква Алаколь»", "«Аква Алакөл» ЖШС", "Алакольский район, с. Коктума",
     "Алакөл ауданы, Көктұма а."),
    ("Зона отдыха «Барлық»", "«Барлық» демалыс аймағы", "ИП «Сейтқали»", "«Сейтқали» ЖК", "Сарканский район, с. Лепсы", "Сарқан ауданы, Лепсі а."),
    ("Автокемпинг «Жагалау»", "«Жағалау» автокемпингі", "ТОО «Жагалау Транзит»", "«Жағалау Транзит» ЖШС", "Алакольский район, с. Акши",
     "Алакөл ауданы, Ақши а."),
)  # fmt: skip
VN_INSPECTED = (
    ("Khu nghỉ dưỡng Sao Biển Phú Quốc", "Công ty TNHH Du lịch Sao Biển"),
    ("Sân golf Bãi Dài", "Công ty Cổ phần Du lịch Bãi Dài"),
    ("Khách sạn Biển Xanh Dương Đông", "Công ty Cổ phần Biển Xanh"),
    ("Trung tâm thương mại Phú Quốc Center", "Công ty TNHH Thương mại Đảo Ngọc"),
    ("Xưởng giặt là công nghiệp Hoàn Mỹ", "Công ty TNHH Giặt là Công nghiệp Hoàn Mỹ"),
    ("Nhà tang lễ và đài hóa thân An Thới", "Công ty Cổ phần Dịch vụ Tang lễ Đảo Ngọc"),
)  # fmt: skip


def inspections_eb1(doc: Doc) -> None:
    """A department of ecology's list of checks with visits for the first half-year: the controlled subject with its BIN
    (individual entrepreneurs with an ИИН), the object and its place, the subject of the check and the month; one-off
    checks, no frequency (VI: a Sở's plan of inspections of resorts and golf courses, the quarter and the leading unit)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("Список субъектов контроля, подлежащих профилактическому контролю с посещением на I полугодие 2026 года",
                "2026 жылдың І жартыжылдығына бару арқылы профилактикалық бақылауға жататын бақылау субъектілерінің тізімі",
                "KẾ HOẠCH THANH TRA, KIỂM TRA VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026"))
    doc.p(doc.v("Департамент экологии по области Жетісу Комитета экологического регулирования и контроля МЭПР РК.",
                "ҚР ЭТРМ Экологиялық реттеу және бақылау комитетінің Жетісу облысы бойынша экология департаменті.",
                "Ban hành kèm theo Quyết định số 86/QĐ-SNNMT ngày 20/01/2026 của Giám đốc Sở Nông nghiệp và Môi trường tỉnh An Giang."))
    if vi:
        rows = [["TT", "Tên cơ sở được kiểm tra", "Chủ cơ sở", "Nội dung kiểm tra", "Thời gian thực hiện", "Đơn vị chủ trì"]]
        for k, (name, op) in enumerate(r.sample(VN_INSPECTED, 5), 1):
            rows.append([str(k), name, op, doc.pick(("Việc chấp hành các quy định trong GPMT", "Quản lý chất thải nguy hại, nước thải",
                                                      "Vận hành hệ thống xử lý nước thải")),
                         f"Quý {doc.pick(('I', 'II', 'III', 'IV'))}/2026", doc.pick(("Thanh tra Sở", "Chi cục Bảo vệ môi trường"))])
            doc.add("obligations", {"kind": "inspection", "text_contains": name})
        doc.table("Danh sách cơ sở", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = 0 if doc.lang == "ru" else 1
    rows = [doc.v(["№", "Субъект контроля", "БИН/ИИН", "Объект, местонахождение", "Предмет контроля", "Месяц"],
                  ["№", "Бақылау субъектісі", "БСН/ЖСН", "Объект, орналасқан жері", "Бақылау нысанасы", "Айы"], [])]
    months = doc.v(("январь", "февраль", "март", "апрель", "май", "июнь"), ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым"), ())
    subjects = doc.v(("соблюдение экологического законодательства", "обращение с отходами", "сброс сточных вод в накопитель"),
                     ("экология заңнамасының сақталуы", "қалдықтармен жұмыс", "сарқынды суларды жинақтағышқа ағызу"), ())
    for k, o in enumerate(sorted(r.sample(ALAKOL_OBJECTS, 5), key=lambda x: x[0]), 1):
        obj, op, place = o[L], o[2 + L], o[4 + L]
        ident = make_bin(r) if "ИП" not in o[2] else f"{r.randint(60, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}3{r.randint(0, 99999):05d}"
        rows.append([str(k), op, ident, f"{obj}, {place}", doc.pick(subjects), months[k - 1]])
        doc.add("obligations", {"kind": "inspection", "text_contains": obj})
    doc.table(None, rows, role="inspections")
    doc.p(doc.v("Основание: полугодовой список профилактического контроля с посещением, согласованный с органом правовой статистики.",
                "Негіз: құқықтық статистика органымен келісілген бару арқылы профилактикалық бақылаудың жартыжылдық тізімі.", ""))


# (RU checker, KK, VI), (RU object, KK, VI), (RU when, KK, VI), frequency
UNI_CHECKS = (
    (("Заведующий лабораторией", "Зертхана меңгерушісі", "Trưởng phòng thí nghiệm"),
     ("Вытяжные шкафы учебных лабораторий органической химии", "Органикалық химия оқу зертханаларының сорғыш шкафтары",
      "Tủ hút khí độc các phòng thí nghiệm hóa hữu cơ"),
     ("каждую пятницу", "әр жұма сайын", "vào thứ Sáu hằng tuần"), "weekly"),
    (("Инженер по охране окружающей среды", "Қоршаған ортаны қорғау жөніндегі инженер", "Cán bộ phụ trách môi trường"),
     ("Склад химических реактивов корпуса № 2", "№ 2 ғимараттың химиялық реагенттер қоймасы", "Kho hóa chất nhà B2"),
     ("в последний рабочий день месяца", "айдың соңғы жұмыс күні", "ngày làm việc cuối cùng của mỗi tháng"), "monthly"),
    (("Комиссия проректора по АХР", "ӘШЖ жөніндегі проректор комиссиясы", "Đoàn kiểm tra của Phòng Quản trị thiết bị"),
     ("Площадка временного хранения опасных отходов", "Қауіпті қалдықтарды уақытша сақтау алаңы", "Kho lưu giữ chất thải nguy hại"),
     ("в первую неделю каждого квартала", "әр тоқсанның бірінші аптасында", "tuần đầu tiên của mỗi quý"), "quarterly"),
    (("Главный энергетик", "Бас энергетик", "Trưởng ban Cơ điện"),
     ("Котельная студенческого городка", "Студенттік қалашықтың қазандығы", "Máy phát điện dự phòng khu ký túc xá"),
     ("перед началом каждого семестра (август, январь)", "әр семестр басталар алдында (тамыз, қаңтар)",
      "trước mỗi học kỳ (tháng 8 và tháng 1)"), "semiannual"),
    (("Инженер по охране окружающей среды", "Қоршаған ортаны қорғау жөніндегі инженер", "Cán bộ phụ trách môi trường"),
     ("Локальные очистные сооружения вивария", "Виварийдің жергілікті тазарту құрылыстары", "Hệ thống xử lý nước thải phòng thí nghiệm"),
     ("один раз в учебный год, в апреле", "оқу жылында бір рет, сәуірде", "mỗi năm học một lần vào tháng 4"), "yearly"),
    (("Лаборант кафедры", "Кафедра лаборанты", "Kỹ thuật viên phòng thí nghiệm"),
     ("Емкости для сбора отработанных растворов в лабораториях", "Зертханалардағы пайдаланылған ерітінділерді жинауға арналған ыдыстар",
      "Can chứa dung dịch thải tại các phòng thí nghiệm"),
     ("по окончании каждого рабочего дня", "әр жұмыс күнінің соңында", "cuối mỗi ngày làm việc"), "daily"),
)  # fmt: skip


def inspections_eb2(doc: Doc) -> None:
    """A university's internal instruction on environmental control of its chemistry laboratories: who checks first,
    then the object, when it is checked written in words (`каждую пятницу`, `в первую неделю каждого квартала`,
    `перед началом каждого семестра`), and how the result is recorded; no frequency column as such."""
    r = doc.rng
    Li = vocab.LANGS.index(doc.lang)
    doc.h(doc.v("Инструкция по внутреннему экологическому контролю в НАО «Казахский химико-технологический университет»",
                "«Қазақ химия-технологиялық университеті» КЕАҚ-да ішкі экологиялық бақылау жөніндегі нұсқаулық",
                "QUY ĐỊNH VỀ TỰ KIỂM TRA CÔNG TÁC AN TOÀN HÓA CHẤT VÀ BẢO VỆ MÔI TRƯỜNG – TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN"))
    doc.p(doc.v("3. Внутренние проверки проводятся в следующем порядке:", "3. Ішкі тексерулер мынадай тәртіппен жүргізіледі:",
                "Điều 5. Lịch tự kiểm tra được thực hiện như sau:"))
    rows = [doc.v(["Кто проверяет", "Что проверяется", "Когда", "Чем оформляется"],
                  ["Кім тексереді", "Не тексеріледі", "Қашан", "Немен ресімделеді"],
                  ["Người kiểm tra", "Đối tượng kiểm tra", "Thời điểm", "Hồ sơ"])]
    record = doc.v(("запись в журнале", "акт осмотра", "служебная записка"), ("журналға жазба", "қарау актісі", "қызметтік жазба"),
                   ("Ghi sổ theo dõi", "Biên bản kiểm tra", "Báo cáo bằng văn bản"))
    for who, what, when, word in r.sample(UNI_CHECKS, 5):
        rows.append([who[Li], what[Li], when[Li], doc.pick(record)])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": what[Li]})
    doc.table(None, rows, role="inspections")
    doc.p(doc.v("4. О выявленных нарушениях проверяющий в течение одного рабочего дня сообщает проректору по АХР.",
                "4. Анықталған бұзушылықтар туралы тексеруші бір жұмыс күні ішінде ӘШЖ жөніндегі проректорға хабарлайды.",
                "Điều 6. Khi phát hiện vi phạm, người kiểm tra báo cáo Ban Giám hiệu trong vòng 01 ngày làm việc."))
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# (RU violation, RU measure, KK violation, KK measure, VI violation, VI measure)
PRESCRIPTION = (
    ("Отсутствует учет образования отходов", "Завести журнал учета образования и передачи отходов по видам",
     "Қалдықтардың түзілуін есепке алу жоқ", "Қалдықтардың түзілуі мен берілуін түрлері бойынша есепке алу журналын жүргізу",
     "Chưa lập sổ theo dõi chất thải nguy hại", "Lập sổ giao nhận, theo dõi chất thải nguy hại theo từng loại"),
    ("Сточные воды бани сбрасываются на рельеф", "Подключить сети канализации бани к локальным очистным сооружениям",
     "Монша сарқынды сулары жер бедеріне төгіледі", "Монша кәріз желілерін жергілікті тазарту құрылыстарына қосу",
     "Nước thải khu spa chưa được thu gom về hệ thống xử lý", "Đấu nối đường ống nước thải khu spa về trạm xử lý nước thải tập trung"),
    ("Не проведена инвентаризация источников выбросов котельной", "Провести инвентаризацию источников выбросов котельной и ДЭС",
     "Қазандық шығарынды көздеріне түгендеу жүргізілмеген", "Қазандық пен ДЭС шығарынды көздеріне түгендеу жүргізу",
     "Chưa quan trắc khí thải lò hơi theo tần suất quy định", "Ký hợp đồng quan trắc khí thải lò hơi định kỳ 06 tháng/lần"),
    ("Отработанные лампы хранятся в открытом виде", "Оборудовать закрытое помещение для хранения ртутьсодержащих ламп",
     "Пайдаланылған шамдар ашық сақталады", "Құрамында сынап бар шамдарды сақтауға арналған жабық үй-жайды жабдықтау",
     "Kho chất thải nguy hại không có biển cảnh báo", "Lắp đặt biển cảnh báo, gờ chống tràn tại kho chất thải nguy hại"),
    ("Не соблюдается режим водоохранной полосы озера", "Вынести контейнерную площадку за пределы водоохранной полосы",
     "Көлдің су қорғау белдеуінің режимі сақталмайды", "Контейнерлік алаңды су қорғау белдеуінің шегінен тыс шығару",
     "Tập kết rác sinh hoạt sát mép nước bãi biển", "Di dời điểm tập kết rác sinh hoạt ra khỏi hành lang bảo vệ bờ biển"),
    ("Отсутствует программа производственного экологического контроля", "Разработать программу ПЭК и согласовать ее",
     "Өндірістік экологиялық бақылау бағдарламасы жоқ", "ӨЭБ бағдарламасын әзірлеу және келісу",
     "Chưa đăng ký môi trường theo quy định", "Lập hồ sơ đăng ký môi trường nộp Ủy ban nhân dân cấp xã"),
)  # fmt: skip
ACTORS = {
    "ru": ("Главный инженер", "Заместитель директора по АХЧ", "Инженер-эколог", "Начальник хозяйственной службы"),
    "kk": ("Бас инженер", "Директордың ӘШБ жөніндегі орынбасары", "Инженер-эколог", "Шаруашылық қызметінің бастығы"),
    "vi": ("Phòng Kỹ thuật", "Bộ phận Buồng phòng", "Tổ Môi trường", "Phòng Hành chính"),
}


def tasks_eb1(doc: Doc) -> None:
    """A sanatorium's plan removing the violations found by an inspection: the violation with its clause of the
    prescription beside the measure, then the term, the one responsible and a mark of completion left blank (VI: a
    Phú Quốc resort's plan remedying the findings of a Sở's inspection)."""
    r = doc.rng
    Li = vocab.LANGS.index(doc.lang)
    doc.h(doc.v("План мероприятий по устранению нарушений, указанных в предписании Департамента экологии от 05.02.2026 № 12",
                "Экология департаментінің 05.02.2026 № 12 нұсқамасында көрсетілген бұзушылықтарды жою жөніндегі іс-шаралар жоспары",
                "KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA SỐ 12/KL-SNNMT NGÀY 05/02/2026"))
    doc.p(doc.v("Объект: санаторий «Окжетпес», Бурабайский район.", "Объект: «Оқжетпес» шипажайы, Бурабай ауданы.",
                "Cơ sở: Khu nghỉ dưỡng Sao Biển Phú Quốc."))
    rows = [doc.v(["№ п/п", "Выявленное нарушение (пункт предписания)", "Мероприятие по устранению", "Срок устранения",
                   "Ответственный", "Отметка о выполнении"],
                  ["№", "Анықталған бұзушылық (нұсқама тармағы)", "Жою жөніндегі іс-шара", "Жою мерзімі", "Жауапты",
                   "Орындалуы туралы белгі"],
                  ["TT", "Tồn tại, vi phạm (mục trong Kết luận)", "Biện pháp khắc phục", "Thời hạn hoàn thành", "Bộ phận chịu trách nhiệm",
                   "Ghi chú"])]
    terms = doc.v(("до 01.04.2026", "до 15.05.2026", "до 30.06.2026", "в течение 10 дней"),
                  ("01.04.2026 дейін", "15.05.2026 дейін", "30.06.2026 дейін", "10 күн ішінде"),
                  ("Trước 01/4/2026", "Trước 15/5/2026", "Trước 30/6/2026", "Trong 10 ngày"))
    for k, p in enumerate(r.sample(PRESCRIPTION, 5), 1):
        viol, measure = p[2 * Li], p[2 * Li + 1]
        actor = doc.pick(ACTORS[doc.lang])
        rows.append([str(k), f"{viol} ({doc.v('п.', '', 'mục ')}{k}{doc.v('', '-тармақ', '')})", measure, doc.pick(terms), actor, ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure), "actor_contains": actor})
    doc.table(None, rows, role="tasks")
    doc.p(doc.v("Информация об исполнении направляется в Департамент экологии не позднее 10 дней после истечения срока.",
                "Орындалуы туралы ақпарат мерзім өткеннен кейін 10 күннен кешіктірілмей Экология департаментіне жіберіледі.",
                "Báo cáo kết quả khắc phục gửi Sở Nông nghiệp và Môi trường trước ngày 15/7/2026."))
    maybe_distractor(doc)


# term key -> [(RU task, KK task, RU executors, KK executors)]
ALAKOL_PLAN = (
    (("I квартал 2026 года", "2026 жылғы I тоқсан"), [
        ("Провести инвентаризацию выгребных ям баз отдыха побережья", "Жағалаудағы демалыс базаларының шұңқырларына түгендеу жүргізу",
         "ГУ «Отдел ЖКХ»; акимы сельских округов", "«ТКШ бөлімі» ММ; ауылдық округтер әкімдері"),
        ("Определить места размещения контейнерных площадок на пляжах", "Жағажайларда контейнерлік алаңдарды орналастыру орындарын айқындау",
         "ГУ «Отдел архитектуры»; ГУ «Отдел туризма»", "«Сәулет бөлімі» ММ; «Туризм бөлімі» ММ")]),
    (("II квартал 2026 года", "2026 жылғы II тоқсан"), [
        ("Заключить договоры на вывоз твердых бытовых отходов с пляжей", "Жағажайлардан қатты тұрмыстық қалдықтарды шығаруға шарттар жасасу",
         "ГУ «Отдел ЖКХ»; ТОО «Алаколь Тазалык»", "«ТКШ бөлімі» ММ; «Алакөл Тазалық» ЖШС"),
        ("Установить информационные щиты о водоохранной полосе озера", "Көлдің су қорғау белдеуі туралы ақпараттық қалқандар орнату",
         "Балхаш-Алакольская бассейновая инспекция", "Балқаш-Алакөл бассейндік инспекциясы"),
        ("Провести рейды по выявлению несанкционированных свалок", "Рұқсат етілмеген үйінділерді анықтау бойынша рейдтер өткізу",
         "Департамент экологии; районный отдел полиции", "Экология департаменті; аудандық полиция бөлімі")]),
    (("июнь – август 2026 года", "2026 жылғы маусым – тамыз"), [
        ("Организовать ежедневную уборку пляжей в курортный сезон", "Курорттық маусымда жағажайларды күнделікті жинауды ұйымдастыру",
         "Акимы сельских округов Акши и Коктума", "Ақши және Көктұма ауылдық округтерінің әкімдері"),
        ("Обеспечить вывоз жидких бытовых отходов на очистные сооружения", "Сұйық тұрмыстық қалдықтарды тазарту құрылыстарына шығаруды қамтамасыз ету",
         "ГКП «Алаколь Су»", "«Алакөл Су» МКК")]),
)  # fmt: skip
VN_GOLF_PLAN = (
    ("Quý I/2026", [("Rà soát, cập nhật danh mục hóa chất bảo vệ thực vật sử dụng cho sân cỏ", "Bộ phận Chăm sóc sân cỏ; Tổ Môi trường"),
                    ("Nạo vét hồ điều hòa số 3 và số 7", "Bộ phận Kỹ thuật; Nhà thầu nạo vét")]),
    ("Quý II/2026", [("Lắp đặt đồng hồ đo lưu lượng nước tưới tại trạm bơm", "Bộ phận Kỹ thuật"),
                     ("Xây dựng kho lưu giữ bao bì hóa chất thải có mái che, gờ chống tràn", "Ban Quản lý dự án; Bộ phận Kỹ thuật")]),
    ("Tháng 6 – tháng 9/2026", [("Trồng bổ sung cây bản địa ven các hồ nước", "Bộ phận Cảnh quan"),
                                ("Quan trắc bổ sung chất lượng nước ngầm tại các giếng khoan tưới", "Tổ Môi trường; Đơn vị quan trắc")]),
)  # fmt: skip


def tasks_eb2(doc: Doc) -> None:
    """A district akimat's plan for the Alakol coast before the holiday season: the term merged down the first column
    over its tasks, the tasks numbered straight through, several executors in one cell separated by semicolons (VI: a
    Phú Quốc golf course's plan of environmental works grouped by quarter)."""
    vi = doc.lang == "vi"
    doc.h(doc.v("План мероприятий по санитарной очистке и охране побережья озера Алаколь на 2026 год",
                "Алакөл көлінің жағалауын санитариялық тазарту және қорғау жөніндегі 2026 жылға арналған іс-шаралар жоспары",
                "KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026 – SÂN GOLF BÃI DÀI"))
    doc.p(doc.v("Утвержден постановлением акимата Алакольского района от 20.01.2026 № 34.",
                "Алакөл ауданы әкімдігінің 20.01.2026 № 34 қаулысымен бекітілген.",
                "Ban hành kèm theo Quyết định số 05/QĐ-BD ngày 08/01/2026 của Tổng Giám đốc Công ty."))
    rows = [doc.v(["Срок", "№", "Мероприятие", "Исполнители", "Форма завершения"],
                  ["Мерзімі", "№", "Іс-шара", "Орындаушылар", "Аяқтау нысаны"],
                  ["Thời gian", "TT", "Nội dung công việc", "Đơn vị thực hiện", "Kết quả đầu ra"])]
    merges = []
    forms = doc.v(("информация в акимат района", "акт", "договор"), ("аудан әкімдігіне ақпарат", "акт", "шарт"),
                  ("Báo cáo", "Biên bản nghiệm thu", "Hồ sơ"))
    n = 0
    L = 0 if doc.lang == "ru" else 1
    groups = VN_GOLF_PLAN if vi else [((t[L]), items) for t, items in ALAKOL_PLAN]
    for term, items in groups:
        start = len(rows)
        for it in items:
            n += 1
            if vi:
                text, who = it
            else:
                text, who = it[L], it[2 + L]
            rows.append([term if len(rows) == start else None, str(n), text, who, doc.pick(forms)])
            first = who.split(";")[0].strip()
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text), "actor_contains": first})
        if len(rows) - start > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"EB{k}", globals()[f"{role}_eb{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_eb1` … `tasks_eb2`, in the order of the roles."""
