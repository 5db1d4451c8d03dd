"""The fifteenth blind set's part EC (two layouts per role, `EC1` and `EC2`), written by someone who neither ran the
extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.701 over 126
files when first measured, 2026-12-04), then studied and moved to the tuning layouts.

Theme: high technology, rare metals and electronics. Kazakhstan: a titanium-magnesium combine, a tantalum-niobium and
beryllium works, a rare-earth pilot plant, a lead-acid battery recycling works, a solar-panel assembly plant, an
electronic-components plant (КЭР of category I objects, НДС for discharges, ПЭК programmes and their quarterly reports,
production-control instructions, corrective-action plans after an inspection, a department's schedule of preventive
control). Vietnam: electronics factories in Bắc Ninh and Thái Nguyên industrial parks, solar-cell and battery
factories, a rare-earth separation plant in Lai Châu, a printed-circuit-board plating shop (ĐTM, giấy phép môi trường
of the Ministry, báo cáo quan trắc, kế hoạch ứng phó sự cố, a ban quản lý khu công nghiệp's inspection plan).

Facility: a КЭР's title card with two label–value pairs side by side in each row (four columns), the BIN beside the
operator, coordinates as decimal degrees with the hemisphere letter, a row spanning the card for the permit's number
(VI: a GPMT's card of the same shape) (EC1); the Committee's register of the КЭР it issued, the operator and its BIN
joined in one cell, the place with its KATO in brackets, latitude and longitude joined by a semicolon (VI: the
Ministry's list of permits issued, the enterprise number in brackets after the owner) (EC2).
Emissions: a titanium-magnesium combine's НДВ table turned round, the sources as rows and the substances as column
groups, each `код наименование` over `г/с | т/год`, dashes where a source does not emit, a total row (VI: a
rare-earth separation plant's ĐTM with named sources) (EC1); an electronic-components plant's declaration with the
code and name joined in one cell, `г/с / т/год` joined in one cell, the source's number written only on its first row
with no merge, a hazard-class column (VI: a battery factory, no code, no class) (EC2).
Wastes: a battery recycler's quarterly report of waste movement (formed, handed over, recycled, placed, left over)
under a merged header (VI: a plating shop's CTNH for two periods and the year in kilograms) (EC1); a solar-panel
assembly plant's list with the code in brackets at the end of the name, group rows for hazardous and non-hazardous
wastes each with a subtotal (VI: a rare-earth plant's ĐTM, three groups, the CTNH code in brackets) (EC2).
Limits: an НДС table, the outfall merged down the first column, the unit in its own column, the actual concentration
beside the allowed one and the discharge in g/h and t/y after them (VI: a PCB shop's GPMT with the parameters in two
halves side by side) (EC1); ambient air at the sanitary zone's boundary with the points as sub-columns under a merged
`Концентрация` and the ПДК м.р. before them (VI: a GPMT's flue-gas limits under a row per outlet `K1 – …`, a column of
the periodic monitoring's frequency that is a monitoring duty too, a row of the gas flow) (EC2).
Monitoring: a matrix of sources by substances whose cells are frequencies, dashes for none (VI: points by parameters)
(EC1); a production-control instruction with one substance per row, the points merged down over them, a section row
per medium and the method's document in a column (VI: the same for a solar-cell factory) (EC2).
Inspections: a production-control instruction's internal checks numbered `3.1`, frequencies worded `не реже 1 раза в
месяц` (EC1); a regional department's schedule of preventive control with visits to subjects, the month and the
ground, no frequency (VI: an industrial park's board's plan of inspections of enterprises by quarter) (EC2).
Tasks: a corrective-action plan after an inspection, the violation and the order's item before the measure, a mark of
completion (EC1); an environmental programme's responsibility matrix, units as columns with `О` for the one responsible
and `У` for those taking part (VI: `C` and `P`, the incident-response plan of a battery factory) (EC2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num, rate
from .limits_data import AIR_PDK, QCVN40, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers

# substances of the Kazakh list that vocab.AIR lacks, named as the other layout files name them: (RU, KK, VI, class)
EXTRA = {
    "0349": ("Хлор", "Хлор", "Clo", 2),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар", "HF", 2),
    "0322": ("Серная кислота (по молекуле H2SO4)", "Күкірт қышқылы", "Axit sunfuric", 2),
}
EXTRA_PDK = {"0349": (0.1, 0.03), "0342": (0.02, 0.005), "0322": (0.3, 0.1)}


def _li(doc: Doc) -> int:
    return vocab.LANGS.index(doc.lang)


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][_li(doc)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _pdk(code: str):
    return EXTRA_PDK.get(code) or AIR_PDK[code]


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


DAILY = {"ru": ("ежедневно",), "kk": ("күн сайын",), "vi": ("Hằng ngày",)}
WEEKLY = {"ru": ("еженедельно по понедельникам", "1 раз в неделю"), "kk": ("аптасына 1 рет",), "vi": ("Hằng tuần",)}


def _freq(doc: Doc, word: str) -> str:
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# (RU name, KK name, RU operator, KK operator, RU address, KK address, OKED, OKED RU, OKED KK, capacity RU, KK)
KZ_PLANTS = (
    ("Титано-магниевый комбинат «Ертіс Титан»", "«Ертіс Титан» титан-магний комбинаты", "АО «Ертіс Титан»", "«Ертіс Титан» АҚ",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Промышленная, 5",
     "Шығыс Қазақстан облысы, Өскемен қ., Өнеркәсіп к-сі, 5", "24450",
     "Производство прочих цветных металлов", "Өзге де түсті металдар өндірісі",
     "губчатый титан – 25 000 т/год, магний – 30 000 т/год", "кеуек титан – 25 000 т/жыл, магний – 30 000 т/жыл"),
    ("Тантало-ниобиевый и бериллиевый завод «Сирек Металл»", "«Сирек Металл» тантал-ниобий және бериллий зауыты",
     "ТОО «Сирек Металл»", "«Сирек Металл» ЖШС", "Восточно-Казахстанская область, г. Усть-Каменогорск, пр. Абая, 102",
     "Шығыс Қазақстан облысы, Өскемен қ., Абай даңғылы, 102", "24450",
     "Производство прочих цветных металлов", "Өзге де түсті металдар өндірісі",
     "тантал и ниобий – 420 т/год, бериллиевая продукция – 180 т/год",
     "тантал мен ниобий – 420 т/жыл, бериллий өнімдері – 180 т/жыл"),
    ("Опытно-промышленная установка редкоземельных металлов «Кызылтас»", "«Қызылтас» сирек жер металдарының тәжірибелік-өнеркәсіптік қондырғысы",
     "ТОО «РЗМ Кызылтас»", "«СЖМ Қызылтас» ЖШС", "Карагандинская область, г. Жезказган, промзона Северная, уч. 14",
     "Қарағанды облысы, Жезқазған қ., Солтүстік өнеркәсіптік аймағы, 14-уч.", "24450",
     "Производство прочих цветных металлов", "Өзге де түсті металдар өндірісі",
     "концентрат редкоземельных металлов – 1 500 т/год", "сирек жер металдарының концентраты – 1 500 т/жыл"),
    ("Завод по переработке отработанных аккумуляторов", "Пайдаланылған аккумуляторларды қайта өңдеу зауыты",
     "ТОО «Аккумулятор Рециклинг Казахстан»", "«Аккумулятор Рециклинг Қазақстан» ЖШС",
     "Павлодарская область, г. Экибастуз, промзона, 22", "Павлодар облысы, Екібастұз қ., өнеркәсіптік аймақ, 22", "38320",
     "Восстановление отсортированных материалов", "Сұрыпталған материалдарды қалпына келтіру",
     "переработка лома аккумуляторов – 40 000 т/год", "аккумулятор сынықтарын қайта өңдеу – 40 000 т/жыл"),
    ("Завод сборки солнечных модулей «Күн Панель»", "«Күн Панель» күн модульдерін құрастыру зауыты", "ТОО «Күн Панель»",
     "«Күн Панель» ЖШС", "г. Астана, Индустриальный парк № 1, ул. А-91, 8", "Астана қ., № 1 Индустриялық парк, А-91 к-сі, 8",
     "26110", "Производство электронных элементов", "Электрондық элементтер өндірісі",
     "фотоэлектрические модули – 100 МВт/год", "фотоэлектрлік модульдер – 100 МВт/жыл"),
    ("Завод электронных компонентов «Алатау Электроникс»", "«Алатау Электроникс» электрондық компоненттер зауыты",
     "АО «Алатау Электроникс»", "«Алатау Электроникс» АҚ", "г. Алматы, Алатауский район, СЭЗ «ПИТ Алатау», 17",
     "Алматы қ., Алатау ауданы, «Алатау ИТП» АЭА, 17", "26110", "Производство электронных элементов",
     "Электрондық элементтер өндірісі", "печатные платы – 120 000 м2/год", "баспа платалары – 120 000 м2/жыл"),
)  # fmt: skip

# (name, owner, address, capacity)
VN_PLANTS = (
    ("Nhà máy sản xuất linh kiện điện tử Yên Phong 2", "Công ty TNHH Điện tử Minh Quang Việt Nam",
     "KCN Yên Phong II-C, xã Tam Giang, huyện Yên Phong, tỉnh Bắc Ninh", "Linh kiện điện tử: 240 triệu sản phẩm/năm"),
    ("Nhà máy sản xuất mô-đun camera Điềm Thụy", "Công ty TNHH Công nghệ Điềm Thụy",
     "KCN Điềm Thụy, huyện Phú Bình, tỉnh Thái Nguyên", "Mô-đun camera điện thoại: 180 triệu sản phẩm/năm"),
    ("Nhà máy sản xuất tế bào quang điện Quang Châu", "Công ty TNHH Năng lượng mặt trời Quang Châu",
     "KCN Quang Châu, thị xã Việt Yên, tỉnh Bắc Ninh", "Tế bào quang điện: 3.000 MW/năm"),
    ("Nhà máy sản xuất pin lithium Yên Bình", "Công ty TNHH Pin Yên Bình Việt Nam",
     "KCN Yên Bình, phường Đồng Tiến, thành phố Phổ Yên, tỉnh Thái Nguyên", "Pin lithium-ion: 40 triệu cell/năm"),
    ("Nhà máy tuyển tách đất hiếm Nậm Xe", "Công ty Cổ phần Đất hiếm Lai Châu",
     "xã Nậm Xe, huyện Phong Thổ, tỉnh Lai Châu", "Tổng oxit đất hiếm: 2.000 tấn/năm"),
    ("Xưởng mạ bảng mạch in Quế Võ", "Công ty TNHH Mạch in Quế Võ",
     "KCN Quế Võ, thị xã Quế Võ, tỉnh Bắc Ninh", "Bảng mạch in nhiều lớp: 600.000 m2/năm"),
)  # fmt: skip


def _kz(doc: Doc, k: int) -> tuple[str, str, str]:
    """(name, operator, address) of a Kazakh plant in the document's language."""
    p = KZ_PLANTS[k]
    L = 0 if doc.lang == "ru" else 1
    return p[L], p[2 + L], p[4 + L]


def _plant(doc: Doc, kz: int, vn: int) -> tuple[str, str]:
    """(name, operator) of this document's plant: a Kazakh one for RU and KK, a Vietnamese one for VI."""
    if doc.lang == "vi":
        return VN_PLANTS[vn][0], VN_PLANTS[vn][1]
    name, op, _ = _kz(doc, kz)
    return name, op


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("N", "E")}
# the rough centre of each Kazakh plant's town (lat, lon), in the order of KZ_PLANTS
KZ_PLACES = ((49.95, 82.62), (49.97, 82.57), (47.80, 67.71), (51.72, 75.32), (51.13, 71.43), (43.22, 76.86))
# what each Vietnamese plant makes, in the order of VN_PLANTS
VN_KINDS = ("Sản xuất linh kiện điện tử", "Sản xuất mô-đun camera cho điện thoại di động", "Sản xuất tế bào quang điện (solar cell)",
            "Sản xuất pin lithium-ion", "Tuyển, tách và chế biến quặng đất hiếm", "Sản xuất và mạ bảng mạch in (PCB)")


def _deg(value: float, lang: str, lat: bool) -> str:
    return f"{num(value, lang)}° {HEMI[lang][0 if lat else 1]}"


KZ_REGIONS = ("63", "63", "35", "55", "71", "75")  # KATO's region of each plant, in the order of KZ_PLANTS


def _kato(doc: Doc, k: int) -> str:
    r = doc.rng
    return f"{KZ_REGIONS[k]}{r.randint(1, 4)}{r.randint(0, 4)}{r.randint(10, 99)}{r.choice(('000', '100'))}"


def _near(doc: Doc, place: tuple[float, float], spread: float = 0.08, digits: int = 5) -> tuple[float, float]:
    r = doc.rng
    return round(place[0] + r.uniform(-spread, spread), digits), round(place[1] + r.uniform(-spread, spread), digits)


# ---------------------------------------------------------------- facility


def facility_ec1(doc: Doc) -> None:
    """A КЭР's title card: two label–value pairs side by side in each row, a spanning row for the permit (VI: a GPMT's
    card of the same shape)."""
    r = doc.rng
    if doc.lang == "vi":
        v = r.choice((0, 1, 2, 3, 5))
        name, owner, address, capacity = VN_PLANTS[v]
        lat, lon = _near(doc, (21.2, 106.0) if v != 1 and v != 3 else (21.45, 105.9))
        msdn = make_msdn(r)
        number = f"{r.randint(100, 480)}/GPMT-BNNMT"
        doc.h("GIẤY PHÉP MÔI TRƯỜNG")
        doc.p(f"Số: {number}, Hà Nội, ngày {r.randint(2, 27):02d} tháng {r.randint(1, 12):02d} năm 2025. "
              "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG cấp phép cho cơ sở có thông tin dưới đây.")
        rows = [["Thông tin", "Nội dung", "Thông tin", "Nội dung"],
                ["Tên cơ sở", name, "Chủ cơ sở", owner],
                ["Mã số doanh nghiệp", msdn, "Người đại diện theo pháp luật", doc.pick(("Ông Park Ji Hoon", "Ông Chen Wei", "Bà Nguyễn Thu Hà"))],
                ["Địa điểm", address, "Loại hình sản xuất", VN_KINDS[v]],
                ["Vĩ độ (WGS-84)", _deg(lat, "vi", True), "Kinh độ (WGS-84)", _deg(lon, "vi", False)],
                ["Quy mô, công suất", capacity, "Phân loại", "Cơ sở nhóm I (Phụ lục III Nghị định 08/2022/NĐ-CP)"],
                [f"Thời hạn của giấy phép: 07 năm kể từ ngày ký (giấy phép số {number}).", None, None, None]]  # fmt: skip
        doc.table("Phần 1. THÔNG TIN CHUNG VỀ CƠ SỞ", rows, [(6, 0, 6, 3)], role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "I", "lat": lat, "lon": lon})
        maybe_distractor(doc)
        return
    k = r.choice((0, 1, 2))
    name, operator, address = _kz(doc, k)
    p = KZ_PLANTS[k]
    lat, lon = _near(doc, KZ_PLACES[k])
    bin_, kato, oked = make_bin(r), _kato(doc, k), p[6]
    number = f"KZ{r.randint(10, 99)}VCZ{r.randint(0, 99999999):08d}"
    doc.h(doc.v("КОМПЛЕКСНОЕ ЭКОЛОГИЧЕСКОЕ РАЗРЕШЕНИЕ", "КЕШЕНДІ ЭКОЛОГИЯЛЫҚ РҰҚСАТ", ""))
    doc.p(doc.v("Министерство экологии и природных ресурсов Республики Казахстан. Комитет экологического регулирования и контроля.",
                "Қазақстан Республикасы Экология және табиғи ресурстар министрлігі. Экологиялық реттеу және бақылау комитеті.", ""))
    rows = [doc.v(["Показатель", "Значение", "Показатель", "Значение"], ["Көрсеткіш", "Мәні", "Көрсеткіш", "Мәні"], []),
            doc.v(["Оператор", operator, "БИН", bin_], ["Оператор", operator, "БСН", bin_], []),
            doc.v(["Объект", name, "Категория", "I"], ["Объект", name, "Санаты", "I"], []),
            doc.v(["Адрес объекта", address, "КАТО", kato], ["Объектінің мекенжайы", address, "ҚАТО", kato], []),
            doc.v(["ОКЭД", f"{oked} ({p[7]})", "Проектная мощность", p[9]],
                  ["ЭҚЖЖ", f"{oked} ({p[8]})", "Жобалық қуаты", p[10]], []),
            doc.v(["Широта", _deg(lat, "ru", True), "Долгота", _deg(lon, "ru", False)],
                  ["Ендік", _deg(lat, "kk", True), "Бойлық", _deg(lon, "kk", False)], []),
            [doc.v(f"Разрешение № {number} выдано на срок с 01.07.2026 по 30.06.2036",
                   f"№ {number} рұқсат 01.07.2026 бастап 30.06.2036 дейінгі мерзімге берілді", ""), None, None, None]]
    doc.table(None, rows, [(6, 0, 6, 3)], role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "oked": oked, "category": "I",
                           "lat": lat, "lon": lon})
    maybe_distractor(doc)


def facility_ec2(doc: Doc) -> None:
    """The Committee's register of the КЭР it issued: operator and BIN joined, place with KATO in brackets, coordinates
    joined (VI: the Ministry's list of permits issued, the enterprise number in brackets after the owner)."""
    r = doc.rng
    out = []
    if doc.lang == "vi":
        doc.h("DANH SÁCH CÁC CƠ SỞ ĐƯỢC CẤP GIẤY PHÉP MÔI TRƯỜNG TRONG QUÝ IV NĂM 2025")
        doc.p("(Kèm theo Công văn số 8412/BNNMT-MT ngày 09/01/2026 của Bộ Nông nghiệp và Môi trường)")
        rows = [["TT", "Số, ngày giấy phép", "Chủ cơ sở (mã số doanh nghiệp)", "Tên cơ sở", "Địa điểm", "Nhóm"]]
        for k, (name, owner, address, _) in enumerate(r.sample(VN_PLANTS, 4), 1):
            msdn = make_msdn(r)
            grp = doc.pick(("I", "II"))
            rows.append([str(k), f"{r.randint(300, 520)}/GPMT-BNNMT\nngày {r.randint(1, 28):02d}/{r.choice((10, 11, 12))}/2025",
                         f"{owner} (MSDN: {msdn})", name, address, grp])
            out.append({"bin": msdn, "name_contains": name, "category": grp})
        doc.table(None, rows, role="facility")
        doc.add("facilities", *out)
        return
    doc.h(doc.v("Реестр комплексных экологических разрешений, выданных в 2025 году (извлечение)",
                "2025 жылы берілген кешенді экологиялық рұқсаттардың тізілімі (үзінді)", ""))
    doc.p(doc.v("Сведения по объектам I категории отраслей цветной металлургии и электроники.",
                "Түсті металлургия және электроника салаларының I санаттағы объектілері бойынша мәліметтер.", ""))
    rows = [doc.v(["№", "Номер и дата КЭР", "Оператор, БИН", "Объект", "Местонахождение (код КАТО)", "Координаты (ш.; д.)", "Кат."],
                  ["№", "КЭР нөмірі мен күні", "Оператор, БСН", "Объект", "Орналасқан жері (ҚАТО коды)", "Координаттар (е.; б.)", "Сан."], [])]
    for k, idx in enumerate(sorted(r.sample(range(len(KZ_PLANTS)), 4)), 1):
        name, operator, address = _kz(doc, idx)
        bin_, kato = make_bin(r), _kato(doc, idx)
        lat, lon = _near(doc, KZ_PLACES[idx], 0.05, 4)
        cat = "I"
        rows.append([str(k), f"KZ{r.randint(10, 99)}VCZ{r.randint(0, 99999999):08d}\n{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2025",
                     f"{operator}, {bin_}", name, f"{address} ({kato})", f"{num(lat, doc.lang)}; {num(lon, doc.lang)}", cat])
        out.append({"bin": bin_, "name_contains": name, "kato": kato, "category": cat, "lat": lat, "lon": lon})
    doc.table(doc.v("Таблица 1", "1-кесте", ""), rows, role="facility")
    doc.add("facilities", *out)
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# number, RU, KK, {code: (low, high) g/s}
TMK_SOURCES = (
    ("0101", "Труба отделения хлорирования (хлораторы № 1–4)", "Хлорлау бөлімшесінің мұржасы (№ 1–4 хлораторлар)",
     {"0349": (0.4, 2.5), "0316": (0.2, 1.5), "2908": (0.3, 2.0)}),
    ("0102", "Труба газоочистки магниевых электролизеров", "Магний электролизерлерінің газ тазарту мұржасы",
     {"0349": (0.8, 4.0), "0316": (0.1, 0.9)}),
    ("0103", "Труба печей восстановления и вакуумной сепарации", "Тотықсыздандыру және вакуумдық сепарация пештерінің мұржасы",
     {"0301": (0.2, 1.2), "0337": (0.5, 3.0), "2908": (0.05, 0.4)}),
    ("0104", "Руднотермическая печь плавки ильменитового концентрата", "Ильменит концентратын балқытатын кентермиялық пеш",
     {"2908": (1.0, 6.0), "0301": (0.3, 1.8), "0337": (2.0, 9.0), "0330": (0.2, 1.5)}),
    ("6101", "Склад ильменитового концентрата", "Ильменит концентратының қоймасы", {"2908": (0.2, 1.6)}),
    ("6102", "Узел разгрузки нефтяного кокса", "Мұнай коксын түсіру торабы", {"2908": (0.05, 0.5)}),
)  # fmt: skip
# name, {code: (low, high) g/s}
REE_SOURCES = (
    ("Ống thải lò nung phân hủy quặng bằng axit", {"2902": (0.3, 1.8), "0330": (0.5, 3.0), "0316": (0.05, 0.4)}),
    ("Ống thải hệ thống hấp thụ khí công đoạn tách chiết", {"0316": (0.02, 0.3), "0303": (0.05, 0.6)}),
    ("Ống thải lò hơi đốt than 10 tấn hơi/giờ", {"2902": (0.4, 2.5), "0330": (1.0, 5.0), "0301": (0.5, 2.5), "0337": (0.3, 1.5)}),
    ("Khu vực nghiền, sàng quặng tinh", {"2902": (0.1, 0.9)}),
    ("Khu vực kết tủa, nung oxit đất hiếm", {"0303": (0.02, 0.2), "2902": (0.05, 0.3)}),
)  # fmt: skip


def emissions_ec1(doc: Doc) -> None:
    """An НДВ table turned round: sources as rows, substances as column groups `код наименование` over `г/с | т/год`,
    dashes where a source does not emit, a total row (VI: a rare-earth separation plant's ĐTM, named sources)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        table = [(None, name, rates) for name, rates in REE_SOURCES]
        codes = ["2902", "0316", "0303", "0330", "0301", "0337"]
        doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NHÀ MÁY TUYỂN TÁCH ĐẤT HIẾM NẬM XE")
        doc.p("Tải lượng các chất ô nhiễm không khí trong giai đoạn vận hành được tính theo hệ số phát thải và kết quả "
              "cân bằng vật chất của dây chuyền công nghệ (công suất 2.000 tấn TREO/năm).")
    else:
        table = [(n, (ru, kk)[doc.lang == "kk"], rates) for n, ru, kk, rates in TMK_SOURCES if n != "6102" or r.random() < 0.6]
        codes = ["0349", "0316", "2908", "0301", "0337", "0330"]
        name, _, _ = _kz(doc, 0)
        doc.h(doc.v(f"Проект нормативов допустимых выбросов. {name}", f"Жол берілетін шығарындылар нормативтерінің жобасы. {name}", ""))
        doc.p(doc.v("Таблица составлена по результатам инвентаризации источников выбросов 2025 года; нормативы устанавливаются на 2026–2035 годы.",
                    "Кесте 2025 жылғы шығарынды көздерін түгендеу нәтижелері бойынша жасалған; нормативтер 2026–2035 жылдарға белгіленеді.", ""))
    lead = ["TT", "Nguồn phát sinh"] if vi else doc.v(["№ ИЗА", "Источник загрязнения"], ["ЛШК №", "Ластану көзі"], [])
    head = [*lead]
    sub = [None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for c in codes:
        label = f"{_air(doc, c, 1)}" if vi else f"{c} {_air(doc, c)}"
        merges.append((0, len(head), 0, len(head) + 1))
        head += [label, None]
        sub += ["g/s", "tấn/năm"] if vi else doc.v(["г/с", "т/год"], ["г/с", "т/жыл"], [])
    rows = [head, sub]
    sums: dict[str, list[list[float]]] = {c: [[], []] for c in codes}
    sources = []
    for k, (number, name, rates) in enumerate(table, 1):
        line = [str(k) if vi else number, name]
        hours = r.randint(6000, 8400)
        for c in codes:
            if c not in rates:
                line += ["-", "-"] if vi else ["–", "–"]
                continue
            g = rate(r, *rates[c], 3)
            t = _sig(g * 3600 * hours / 1e6, 4)
            sums[c][0].append(g)
            sums[c][1].append(t)
            line += [num(g, doc.lang), num(t, doc.lang)]
            doc.add("emissions", emission(c, g, t, number))
        rows.append(line)
        if number:
            sources.append(number)
    rows.append([doc.v("Итого по веществу", "Зат бойынша барлығы", "Tổng cộng"), None,
                 *(x for c in codes for x in (total(doc, sums[c][0]), total(doc, sums[c][1])))])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(doc.v("Таблица 3.2 – Выбросы загрязняющих веществ по источникам (на 2026–2035 гг.)",
                    "3.2-кесте – Көздер бойынша ластаушы заттар шығарындылары (2026–2035 жж.)",
                    "Bảng 3.5. Tải lượng các chất ô nhiễm không khí từ các nguồn thải của nhà máy"), rows, merges, role="emissions")
    if sources:
        doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in sources))
    maybe_distractor(doc)


# number, RU, KK, codes, (low, high) g/s
ELEC_SOURCES = (
    ("0001", "Вентсистема В-1 участка пайки волной припоя", "Толқынды дәнекерлеу учаскесінің В-1 желдету жүйесі", ("0184",), (0.00005, 0.0008)),
    ("0002", "Вентсистема В-2 гальванического участка (ванны травления)", "Гальваникалық учаскенің В-2 желдету жүйесі (улау ванналары)",
     ("0316", "0322", "0342"), (0.001, 0.03)),
    ("0003", "Вентсистема В-3 участка нанесения паяльной маски", "Дәнекерлеу маскасын жағу учаскесінің В-3 желдету жүйесі",
     ("0616", "0621"), (0.005, 0.08)),
    ("0004", "Дымовая труба газовой котельной", "Газ қазандығының түтін мұржасы", ("0301", "0304", "0337"), (0.01, 0.4)),
    ("6001", "Открытая стоянка автотранспорта", "Автокөліктің ашық тұрағы", ("0337", "0301", "2704"), (0.001, 0.05)),
)  # fmt: skip
BATTERY_SOURCES = (
    ("Ống thải hệ thống lọc bụi công đoạn trộn bột điện cực", ("2902",), (0.02, 0.4)),
    ("Ống thải lò hơi đốt dầu DO 2 tấn hơi/giờ", ("2902", "0330", "0301", "0337"), (0.01, 0.6)),
    ("Khu vực hàn tab và đóng vỏ cell", ("0123", "0143"), (0.0005, 0.01)),
    ("Máy phát điện dự phòng 1.250 kVA", ("0301", "0330", "0337"), (0.05, 0.9)),
)  # fmt: skip


def emissions_ec2(doc: Doc) -> None:
    """A declaration's list: `код – наименование` joined, `г/с / т/год` joined, the source's number only on its first
    row and no merge, a hazard-class column (VI: a battery factory, named sources, no code, no class)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        name, _ = _plant(doc, 5, 3)
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA {name.upper()}")
        doc.p("Bảng dưới đây tổng hợp tải lượng bụi, khí thải phát sinh khi nhà máy hoạt động ổn định với 100 % công suất.")
        rows = [["Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng (g/s / tấn/năm)", "Biện pháp giảm thiểu"]]
        measures = ("Lọc bụi túi vải", "Tháp hấp thụ bằng dung dịch NaOH", "Chụp hút, quạt hút, ống thải cao 15 m", "Ống khói cao 12 m")
        for src, codes, (lo, hi) in BATTERY_SOURCES:
            first = True
            for c in codes:
                g = rate(r, lo, hi, 3)
                t = _sig(g * 3600 * r.randint(2000, 7000) / 1e6, 3)
                rows.append([src if first else "", _air(doc, c, 1 if c in ("0301", "0330", "0337") else 0),
                             f"{num(g, 'vi')} / {num(t, 'vi')}", doc.pick(measures) if first else ""])
                doc.add("emissions", emission(c, g, t))
                first = False
        doc.table("Bảng 2.4. Tải lượng các chất ô nhiễm không khí", rows, role="emissions")
        maybe_distractor(doc)
        return
    name, operator, _ = _kz(doc, 5)
    doc.h(doc.v(f"Декларация о воздействии на окружающую среду. {name}", f"Қоршаған ортаға әсер ету туралы декларация. {name}", ""))
    doc.p(doc.v(f"Декларант: {operator}. Декларируемый год: 2026. Количество источников выбросов: 5.",
                f"Декларант: {operator}. Декларацияланатын жыл: 2026. Шығарынды көздерінің саны: 5.", ""))
    rows = [doc.v(["№ источника", "Наименование источника", "Загрязняющее вещество (код – наименование)", "Класс опасности",
                   "Декларируемый выброс, г/с / т/год"],
                  ["Көз нөмірі", "Көздің атауы", "Ластаушы зат (коды – атауы)", "Қауіптілік сыныбы",
                   "Декларацияланатын шығарынды, г/с / т/жыл"], [])]
    sources = []
    all_t = []
    for number, ru, kk, codes, (lo, hi) in ELEC_SOURCES:
        sources.append(number)
        hours = r.randint(2000, 6000)
        for j, c in enumerate(codes):
            g = _sig(rate(r, lo, hi, 3) * (0.16 if c == "0304" else 1), 3)
            t = _sig(g * 3600 * hours / 1e6, 3)
            all_t.append(t)
            hz = _hazard(c)
            rows.append([number if j == 0 else "", doc.v(ru, kk, "") if j == 0 else "", f"{c} – {_air(doc, c)}",
                         str(hz) if hz else "–", f"{num(g, doc.lang)} / {num(t, doc.lang)}"])
            doc.add("emissions", emission(c, g, t, number, hz))
    rows.append(["", doc.v("Всего по предприятию, т/год", "Кәсіпорын бойынша барлығы, т/жыл", ""), "", "", total(doc, all_t)])
    doc.table(doc.v("Таблица 1. Декларируемые выбросы загрязняющих веществ", "1-кесте. Декларацияланатын ластаушы заттар шығарындылары", ""),
              rows, role="emissions")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in sources))
    gas = [doc.v(["Источник", "Газоочистная установка", "КПД, %"], ["Көз", "Газ тазарту қондырғысы", "ПӘК, %"], []),
           ["0001", doc.v("фильтр ФВГ-Т", "ФВГ-Т сүзгісі", ""), "92"],
           ["0002", doc.v("скруббер насадочный СН-2", "СН-2 саптамалы скруббері", ""), "85"]]
    doc.table(doc.v("Таблица 2. Газоочистное оборудование", "2-кесте. Газ тазарту жабдықтары", ""), gas, role="other")


# ---------------------------------------------------------------- wastes

# code, RU, KK, (low, high) t a quarter
RECYCLER_WASTES = (
    ("10 04 01*", "Шлаки свинцовой плавки", "Қорғасын балқытудың қождары", (900, 2600)),
    ("10 04 04*", "Пыль газоочистки плавильных печей", "Балқыту пештерінің газ тазарту шаңы", (40, 180)),
    ("06 01 01*", "Отработанный сернокислотный электролит", "Пайдаланылған күкірт қышқылды электролит", (300, 1100)),
    ("19 12 04", "Полипропиленовая крошка корпусов аккумуляторов", "Аккумулятор корпустарының полипропилен үгіндісі", (500, 1500)),
    ("19 02 05*", "Шлам нейтрализации кислых стоков", "Қышқыл ағындарды бейтараптандыру шламы", (60, 400)),
    ("15 02 02*", "Промасленная ветошь и спецодежда", "Майланған шүберек және арнайы киім", (0.3, 2.5)),
    ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Пайдаланылған құрамында сынап бар шамдар", (0.02, 0.2)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (4, 18)),
)  # fmt: skip
# VN code, name, (low, high) kg in half a year
PCB_CTNH = (
    ("12 06 05", "Bùn thải có thành phần nguy hại từ hệ thống xử lý nước thải mạ", (8000, 30000)),
    ("16 01 13", "Bảng mạch in lỗi, vụn bảng mạch thải", (1500, 9000)),
    ("18 01 03", "Bao bì cứng bằng nhựa thải đựng hóa chất mạ", (400, 2500)),
    ("18 02 01", "Giẻ lau, găng tay, vật liệu lọc nhiễm thành phần nguy hại", (200, 1200)),
    ("17 02 03", "Dầu thủy lực, dầu bôi trơn tổng hợp thải", (50, 400)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (10, 90)),
)  # fmt: skip


def wastes_ec1(doc: Doc) -> None:
    """A quarterly report of waste movement: formed, handed over, recycled on site, placed, left over, under a merged
    header (VI: a PCB plating shop's CTNH for two periods and the year in kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        name, owner = _plant(doc, 0, 5)
        doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {owner.upper()}")
        doc.h("3.2. Tình hình phát sinh và quản lý chất thải nguy hại")
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng phát sinh (kg)", None, None,
                 "Đơn vị tiếp nhận"],
                [None, None, None, None, "Kỳ 1 (01/01–30/6)", "Kỳ 2 (01/7–31/12)", "Cả năm", None]]
        merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 7)] + [(0, 4, 0, 6)]
        for k, (code, w, (lo, hi)) in enumerate(r.sample(PCB_CTNH, 5), 1):
            a, b = r.randint(lo, hi), r.randint(lo, hi)
            state = "Bùn" if code == "12 06 05" else ("Lỏng" if code == "17 02 03" else "Rắn")
            rows.append([str(k), w, code, state, num(a, "vi"), num(b, "vi"), num(a + b, "vi"), "Công ty TNHH Môi trường Bắc Sơn"])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": (a + b) / 1000,
                               "name_contains": w})
        doc.table("Bảng 3.3. Khối lượng chất thải nguy hại phát sinh năm 2025", rows, merges, role="wastes")
        doc.p(f"Cơ sở: {name}. Chủ nguồn thải đã được cấp mã số quản lý CTNH theo quy định.")
        maybe_distractor(doc)
        return
    name, operator, _ = _kz(doc, 3)
    doc.h(doc.v(f"Отчет по программе производственного экологического контроля за I квартал 2026 года. {name}",
                f"{name}. 2026 жылғы I тоқсандағы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.h(doc.v("Раздел 4. Сведения об обращении с отходами", "4-бөлім. Қалдықтармен жұмыс туралы мәліметтер", ""))
    rows = [doc.v(["№", "Наименование отхода", "Код отхода", "Движение отходов за отчетный квартал, т", None, None, None, None],
                  ["№", "Қалдықтың атауы", "Қалдық коды", "Есепті тоқсандағы қалдықтар қозғалысы, т", None, None, None, None], []),
            doc.v([None, None, None, "образовано", "передано сторонним организациям", "переработано на предприятии",
                   "размещено на собственных объектах", "остаток на конец квартала"],
                  [None, None, None, "түзілді", "бөгде ұйымдарға берілді", "кәсіпорында қайта өңделді",
                   "меншікті объектілерде орналастырылды", "тоқсан соңындағы қалдық"], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7)]
    rows.append(["1", "2", "3", "4", "5", "6", "7", "8"])
    L = 0 if doc.lang == "ru" else 1
    for k, (code, ru, kk, (lo, hi)) in enumerate(r.sample(RECYCLER_WASTES, 7), 1):
        formed = rate(r, lo, hi, 4)
        if code in ("19 12 04", "10 04 04*"):
            passed, own, placed = round(formed * r.uniform(0.6, 0.9), 2), 0.0, 0.0
        elif code in ("10 04 01*", "19 02 05*"):
            passed, own, placed = 0.0, 0.0, round(formed * r.uniform(0.8, 1.0), 2)
        elif code == "06 01 01*":
            passed, own, placed = 0.0, round(formed * r.uniform(0.85, 1.0), 2), 0.0
        else:
            passed, own, placed = round(formed * r.uniform(0.5, 1.0), 3), 0.0, 0.0
        rest = round(max(formed - passed - own - placed, 0), 3)
        rows.append([str(k), (ru, kk)[L], code, num(formed, doc.lang), *(num(x, doc.lang) if x else "–" for x in (passed, own, placed)),
                     num(rest, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": formed,
                           "name_contains": (ru, kk)[L]})
    doc.table(doc.v("Таблица 4.1", "4.1-кесте", ""), rows, merges, role="wastes")
    doc.p(doc.v(f"Отчет представлен {operator} в уполномоченный орган в области охраны окружающей среды.",
                f"Есепті {operator} қоршаған ортаны қорғау саласындағы уәкілетті органға ұсынды.", ""))
    maybe_distractor(doc)


# code, RU, KK, (low, high) t/y
SOLAR_WASTES = (
    ("08 04 09*", "Тара из-под силиконового герметика", "Силикон герметигінің ыдысы", (0.4, 3.0)),
    ("15 01 10*", "Тара из-под изопропилового спирта и флюса", "Изопропил спирті мен флюс ыдысы", (0.2, 1.8)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.1, 0.9)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.01, 0.08)),
    ("10 11 12", "Бой стекла и отбракованные фотоэлектрические модули", "Шыны сынықтары және жарамсыз фотоэлектрлік модульдер", (15, 120)),
    ("07 02 13", "Обрезки пленки EVA и бэкшита", "EVA және бэкшит үлбірінің қиындылары", (5, 40)),
    ("17 04 02", "Обрезки алюминиевого профиля рамок", "Жақтау алюминий профилінің қиындылары", (2, 18)),
    ("15 01 01", "Картонная упаковка ячеек", "Ұяшықтардың картон орамасы", (20, 90)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (6, 25)),
)  # fmt: skip
REE_ORDINARY = (("Bã thải sau tuyển quặng", (40000, 120000)), ("Thạch cao thải từ công đoạn trung hòa", (3000, 15000)),
                ("Bao bì đựng hóa chất không nhiễm thành phần nguy hại", (5, 40)))
REE_CTNH = (
    ("12 06 05", "Bùn thải có thành phần nguy hại từ hệ thống xử lý nước thải", (80, 600)),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (0.5, 4)),
    ("18 02 01", "Giẻ lau, vải bảo vệ thải nhiễm thành phần nguy hại", (0.3, 3)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa nhiễm axit", (1, 9)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (0.05, 0.4)),
)  # fmt: skip


def wastes_ec2(doc: Doc) -> None:
    """Wastes with the code in brackets at the end of the name, a group row and a subtotal for hazardous and for
    non-hazardous wastes, a grand total (VI: a rare-earth plant's ĐTM, three groups, the CTNH code in brackets)."""
    r = doc.rng
    rows, merges = [], []
    if doc.lang == "vi":
        doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NHÀ MÁY TUYỂN TÁCH ĐẤT HIẾM NẬM XE")
        doc.h("3.1.2.3. Đánh giá, dự báo tác động do chất thải rắn trong giai đoạn vận hành")
        rows.append(["TT", "Tên chất thải (mã CTNH)", "Khối lượng dự báo (tấn/năm)", "Biện pháp quản lý"])
        groups = (("A", "Chất thải rắn sinh hoạt", [("Chất thải rắn sinh hoạt của cán bộ, công nhân", (30, 90))], False),
                  ("B", "Chất thải rắn công nghiệp thông thường", list(REE_ORDINARY), False),
                  ("C", "Chất thải nguy hại", r.sample(REE_CTNH, 4), True))
        grand = []
        for letter, title, items, haz in groups:
            rows.append([letter, title, None, None])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
            amounts = []
            for k, item in enumerate(items, 1):
                code, w, (lo, hi) = item if haz else (None, *item)
                t = rate(r, lo, hi, 3)
                amounts.append(t)
                rows.append([str(k), f"{w} ({code})" if haz else w, num(t, "vi"),
                             "Lưu giữ tại kho CTNH, chuyển giao đơn vị có chức năng" if haz else "Lưu chứa tại bãi thải của dự án"])
                doc.add("wastes", {"code": code + "*" if haz else None, "code_system": "VN-CTNH" if haz else None,
                                   "hazardous": haz, "amount_t": t, "name_contains": w})
            rows.append(["", "Cộng", num(round(sum(amounts), 3), "vi"), ""])
            grand += amounts
        rows.append(["", "Tổng cộng (A + B + C)", num(round(sum(grand), 3), "vi"), ""])
        doc.table("Bảng 3.18. Khối lượng chất thải rắn phát sinh", rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    name, _, _ = _kz(doc, 4)
    doc.h(doc.v(f"Программа управления отходами. {name}", f"{name}. Қалдықтарды басқару бағдарламасы", ""))
    doc.p(doc.v("Образование отходов определено по удельным нормативам на 1 МВт выпущенных модулей.",
                "Қалдықтардың түзілуі шығарылған модульдердің 1 МВт-на меншікті нормативтер бойынша анықталды.", ""))
    rows.append(doc.v(["№ п/п", "Наименование отхода (код по классификатору)", "Место образования", "Лимит образования, т/год"],
                      ["№", "Қалдықтың атауы (сыныптауыш бойынша коды)", "Түзілу орны", "Түзілу лимиті, т/жыл"], []))
    L = 0 if doc.lang == "ru" else 1
    places = doc.v(("линия ламинирования", "участок сборки", "склад материалов", "административный корпус"),
                   ("ламинаттау желісі", "құрастыру учаскесі", "материалдар қоймасы", "әкімшілік ғимарат"), ())
    chosen = r.sample(SOLAR_WASTES, 7)
    grand = []
    for haz, title in ((True, doc.v("Опасные отходы", "Қауіпті қалдықтар", "")), (False, doc.v("Неопасные отходы", "Қауіпті емес қалдықтар", ""))):
        rows.append([title, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        amounts = []
        for code, ru, kk, (lo, hi) in (w for w in chosen if w[0].endswith("*") == haz):
            t = rate(r, lo, hi, 3)
            amounts.append(t)
            w = (ru, kk)[L]
            rows.append([str(len(grand) + len(amounts)), f"{w} ({code})", doc.pick(places), num(t, doc.lang)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": haz, "amount_t": t, "name_contains": w})
        rows.append(["", doc.v("Итого", "Жиыны", ""), "", num(round(sum(amounts), 3), doc.lang)])
        grand += amounts
    rows.append(["", doc.v("Всего", "Барлығы", ""), "", num(round(sum(grand), 3), doc.lang)])
    doc.table(doc.v("Таблица 3 – Лимиты образования отходов", "3-кесте – Қалдықтардың түзілу лимиттері", ""), rows, merges, role="wastes")
    contracts = [doc.v(["Вид отходов", "Организация", "Договор"], ["Қалдық түрі", "Ұйым", "Шарт"], []),
                 [doc.v("опасные", "қауіпті", ""), doc.v("ТОО «Эко Сервис Астана»", "«Эко Сервис Астана» ЖШС", ""), "№ 14/26 от 09.01.2026"],
                 [doc.v("ТБО, упаковка", "ҚТҚ, орама", ""), doc.v("ТОО «Тазалык-2012»", "«Тазалық-2012» ЖШС", ""), "№ 3-ТБО от 12.01.2026"]]
    doc.table(doc.v("Таблица 4 – Договоры на передачу отходов", "4-кесте – Қалдықтарды беруге арналған шарттар", ""), contracts, role="other")


# ---------------------------------------------------------------- limits

DISCHARGE_TMK = {"pH": (6.5, 8.5), "TSS": 20, "Cl-": 350, "SO4": 500, "Fe": 0.3, "TPH": 0.3, "NH4+": 2, "BOD5": 15, "TDS": 1000}
PCB_KEYS = ("pH", "TSS", "COD", "BOD5", "NH4+", "Cu", "Ni", "Cr6+", "CN-", "Pb", "Zn", "Fe", "F-")


def limits_ec1(doc: Doc) -> None:
    """An НДС table: the outfall merged down the first column, the unit in its own column, the actual concentration
    beside the allowed one, then the discharge in g/h and t/y (VI: a PCB shop's GPMT, the parameters in two halves side
    by side, QCVN 40 column A named in the header)."""
    r = doc.rng
    if doc.lang == "vi":
        name, owner = _plant(doc, 0, 5)
        doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
        doc.h("Phụ lục I. Nội dung cấp phép xả nước thải vào nguồn nước")
        doc.p("Nước thải sau hệ thống xử lý nước thải mạ công suất 450 m3/ngày.đêm được xả vào hệ thống thu gom của KCN; "
              "chất lượng nước thải trước khi xả phải bảo đảm đáp ứng các giá trị giới hạn dưới đây.")
        keys = ["pH", *sorted(r.sample(PCB_KEYS[1:], 9), key=PCB_KEYS.index)]
        half = (len(keys) + 1) // 2
        rows = [["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn (cột A)"] * 2]
        for i in range(half):
            line = []
            for j in (i, i + half):
                if j >= len(keys):
                    line += ["", "", "", ""]
                    continue
                s = keys[j]
                lim = QCVN40[s][0]
                line += [str(j + 1), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", cell(doc, lim)]
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "A"))
            rows.append(line)
        doc.table("Bảng 1. Giá trị giới hạn các chất ô nhiễm trong nước thải theo QCVN 40:2011/BTNMT", rows, role="limits")
        doc.p(f"Chủ cơ sở: {owner}.")
        maybe_distractor(doc)
        return
    name, operator, _ = _kz(doc, 0)
    doc.h(doc.v(f"Проект нормативов допустимых сбросов загрязняющих веществ. {name}",
                f"{name}. Ластаушы заттардың жол берілетін төгінділері нормативтерінің жобасы", ""))
    doc.p(doc.v("Сточные воды отводятся в пруд-накопитель; нормативы устанавливаются на 2026–2035 годы.",
                "Сарқынды сулар жинақтауыш тоғанға бұрылады; нормативтер 2026–2035 жылдарға белгіленеді.", ""))
    rows = [doc.v(["Номер выпуска", "Показатель", "Ед. изм.", "Фактическая концентрация", "Допустимая концентрация (ДС)",
                   "Сброс, г/ч", "Сброс, т/год"],
                  ["Шығарылым нөмірі", "Көрсеткіш", "Өлш. бірл.", "Нақты концентрация", "Жол берілетін концентрация (ЖТ)",
                   "Төгінді, г/сағ", "Төгінді, т/жыл"], [])]
    merges = []
    outlets = ((doc.v("Выпуск № 1", "№ 1 шығарылым", ""), ["pH", "TSS", "Cl-", "SO4", "Fe", "NH4+", "TDS"], r.randint(80, 220)),
               (doc.v("Выпуск № 2", "№ 2 шығарылым", ""), ["TSS", "TPH", "BOD5"], r.randint(10, 60)))
    for outlet, keys, flow in outlets:
        keys = [k for k in keys if k in ("pH", "TSS") or r.random() < 0.8]
        start = len(rows)
        for s in keys:
            lim = DISCHARGE_TMK[s]
            if s == "pH":
                fact = round(r.uniform(6.9, 8.1), 1)
                rows.append([outlet if len(rows) == start else None, vocab.water(s, doc.lang), doc.v("ед. pH", "pH бірл.", ""),
                             num(fact, doc.lang), cell(doc, lim), "–", "–"])
            else:
                fact = _sig(lim * r.uniform(0.3, 0.95), 3)
                gh = _sig(lim * flow, 4)
                ty = _sig(gh * 8760 / 1e6, 4)
                rows.append([outlet if len(rows) == start else None, vocab.water(s, doc.lang), doc.v("мг/дм3", "мг/дм3", ""),
                             num(fact, doc.lang), num(lim, doc.lang), num(gh, doc.lang), num(ty, doc.lang)])
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", None, outlet, fact))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("Таблица 5.1 – Нормативы допустимых сбросов по выпускам", "5.1-кесте – Шығарылымдар бойынша жол берілетін төгінділер нормативтері", ""),
              rows, merges, role="limits")
    doc.p(doc.v(f"Оператор: {operator}.", f"Оператор: {operator}.", ""))
    maybe_distractor(doc)


SZZ_CODES = ("0342", "0349", "0316", "0301", "0330", "0337", "2908")
# outlet, description, [(code, VI name, QCVN 19 column B)]
SOLAR_STACKS = (
    ("K1", "Ống thải sau tháp hấp thụ khí axit công đoạn tạo nhám, khắc", [("0342", "HF", 20), ("0316", "HCl", 50),
                                                                         ("0301", "NOx (tính theo NO2)", 850)]),
    ("K2", "Ống thải sau hệ thống đốt và hấp thụ khí công đoạn khuếch tán, phủ màng", [("0303", "NH3", 50), ("2902", "Bụi tổng", 200)]),
    ("K3", "Ống khói lò hơi đốt khí LPG", [("2902", "Bụi tổng", 200), ("0330", "SO2", 500), ("0301", "NOx (tính theo NO2)", 850),
                                           ("0337", "CO", 1000)]),
)  # fmt: skip


def limits_ec2(doc: Doc) -> None:
    """Ambient air at the sanitary zone's boundary: the ПДК м.р. before the points, which are sub-columns under a merged
    `Концентрация` (VI: a GPMT's flue-gas limits, a row per outlet `K1 – …` spanning the table, the unit in a column,
    the monitoring frequency in the last column expected as monitoring duties)."""
    r = doc.rng
    if doc.lang == "vi":
        name, owner = _plant(doc, 0, 2)
        doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
        doc.h("Phụ lục II. Bảo đảm giá trị giới hạn đối với khí thải")
        doc.p(f"Chủ cơ sở: {owner}. Khí thải sau xử lý phải bảo đảm đáp ứng QCVN 19:2009/BTNMT, cột B với hệ số Kp = 1 và Kv = 1 "
              "trước khi xả ra môi trường.")
        rows = [["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép (cột B)", "Tần suất quan trắc định kỳ"]]
        merges = []
        stacks = [s for s in SOLAR_STACKS if s[0] != "K3" or r.random() < 0.7]
        for point, where, params in stacks:
            rows.append([f"{point} – {where}", None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
            for k, (code, label, lim) in enumerate(params, 1):
                rows.append([str(k), label, "mg/Nm3", num(lim, "vi"), freq(doc, "quarterly")])
                add(doc, limit(("code", code), "flue_gas", lim, "mg/Nm3", "B", point))
                doc.add("monitoring", _mon({"point_contains": point}, ("code", code), "quarterly"))
            rows.append([str(len(params) + 1), "Lưu lượng khí thải tối đa", "m3/giờ", num(r.randint(8, 60) * 1000, "vi"), "-"])
        doc.table("Bảng 2. Giá trị giới hạn các chất ô nhiễm trong khí thải", rows, merges, role="limits")
        maybe_distractor(doc)
        return
    k = r.choice((1, 2))
    name, operator, _ = _kz(doc, k)
    doc.h(doc.v(f"Отчет о выполнении программы производственного экологического контроля за II квартал 2026 года. {name}",
                f"{name}. 2026 жылғы II тоқсандағы өндірістік экологиялық бақылау бағдарламасының орындалуы туралы есеп", ""))
    doc.h(doc.v("3.2. Мониторинг атмосферного воздуха на границе санитарно-защитной зоны",
                "3.2. Санитариялық-қорғау аймағының шекарасындағы атмосфералық ауа мониторингі", ""))
    doc.p(doc.v(f"Размер СЗЗ – 1000 м. Отбор проб выполнен аккредитованной лабораторией {doc.pick(('ТОО «ЭкоЛаб ВК»', 'ТОО «Аналитик-Центр»'))} "
                f"{r.randint(10, 28)}.05.2026.",
                f"СҚА мөлшері – 1000 м. Сынамаларды {r.randint(10, 28)}.05.2026 аккредиттелген зертхана алды.", ""))
    points = doc.v(("Т-1 (север)", "Т-2 (восток)", "Т-3 (юг)", "Т-4 (запад)"),
                   ("Т-1 (солтүстік)", "Т-2 (шығыс)", "Т-3 (оңтүстік)", "Т-4 (батыс)"), ())
    rows = [doc.v(["Код", "Загрязняющее вещество", "ПДК м.р., мг/м3", "Концентрация, мг/м3", None, None, None],
                  ["Коды", "Ластаушы зат", "ШЖК б.м., мг/м3", "Концентрация, мг/м3", None, None, None], []),
            [None, None, None, *points]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    codes = [c for c in SZZ_CODES if c in ("0342", "0301", "0337", "2908") or r.random() < 0.6]
    for c in codes:
        pdk = _pdk(c)[0]
        vals = [_sig(pdk * r.uniform(0.04, 0.7), 2) for _ in points]
        rows.append([c, _air(doc, c), num(pdk, doc.lang), *(num(v, doc.lang) for v in vals)])
        for p, v in zip(points, vals, strict=True):
            add(doc, limit(("code", c), "air", pdk, "mg/m3", None, p.split(" ")[0], v))
    doc.table(doc.v("Таблица 3.2 – Результаты измерений на границе СЗЗ", "3.2-кесте – СҚА шекарасындағы өлшеу нәтижелері", ""),
              rows, merges, role="limits")
    doc.p(doc.v(f"Превышений ПДК не выявлено. Оператор: {operator}.", f"ШЖК асып кетуі анықталған жоқ. Оператор: {operator}.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# number, RU, KK, {code: frequency}
TANTALUM_SOURCES = (
    ("0201", "Вентсистема отделения вскрытия концентратов (HF)", "Концентраттарды ашу бөлімшесінің желдету жүйесі (HF)",
     {"0342": "monthly", "0322": "quarterly"}),
    ("0202", "Печь прокалки гидроксидов ниобия и тантала", "Ниобий мен тантал гидроксидтерін күйдіру пеші",
     {"0342": "monthly", "0301": "continuous", "2908": "quarterly"}),
    ("0203", "Труба экстракционного отделения", "Экстракция бөлімшесінің мұржасы", {"0322": "quarterly", "0342": "quarterly"}),
    ("0204", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", {"0301": "semiannual", "0337": "semiannual", "0330": "semiannual"}),
    ("6201", "Склад танталовых концентратов", "Тантал концентраттарының қоймасы", {"2908": "yearly"}),
)  # fmt: skip
CONT = {"ru": "непрерывно (АСМ)", "kk": "үздіксіз (АМЖ)", "vi": "Liên tục"}


def _cell(doc: Doc, word: str | None) -> str:
    if word is None:
        return "-" if doc.lang == "vi" else "–"
    return CONT[doc.lang] if word == "continuous" else _freq(doc, word)


def monitoring_ec1(doc: Doc) -> None:
    """A matrix of sources by substances whose cells are the frequencies, dashes for none (VI: two matrices, the stacks
    by gases and the outfall by parameters)."""
    r = doc.rng
    if doc.lang == "vi":
        name, _ = _plant(doc, 0, 0)
        doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA {name.upper()}")
        doc.p("Tần suất quan trắc đối với từng thông số tại từng vị trí được quy định trong các bảng dưới đây "
              "(dấu “-”: không quan trắc).")
        gases = ["2902", "0316", "0303", "0621", "0616"]
        stacks = (("KT1 – Ống thải tháp hấp thụ khí axit xưởng SMT", {"0316": "quarterly", "0303": "quarterly", "2902": "semiannual"}),
                  ("KT2 – Ống thải hệ thống than hoạt tính xưởng sơn phủ", {"0621": "quarterly", "0616": "quarterly"}),
                  ("KT3 – Ống thải lọc bụi xưởng cắt bảng mạch", {"2902": "quarterly"}))
        rows = [["Vị trí quan trắc", *(_air(doc, c, 1 if c in ("0316", "0303") else 0) for c in gases)]]
        for label, plan in stacks:
            rows.append([label, *(_cell(doc, plan.get(c)) for c in gases)])
            doc.add("monitoring", *(_mon({"point_contains": label.split(" ")[0]}, ("code", c), w) for c, w in plan.items()))
        doc.table("Bảng 1. Quan trắc khí thải định kỳ", rows, role="monitoring")
        params = ["pH", "TSS", "COD", "NH4+", "Cu", "Ni", "Pb"]
        rows = [["Vị trí quan trắc", *(vocab.water(s, "vi") for s in params)]]
        plan = {"pH": "continuous", "TSS": "continuous", "COD": "continuous", "NH4+": "quarterly", "Cu": "quarterly",
                "Ni": "quarterly", "Pb": doc.pick(("quarterly", "semiannual"))}
        rows.append(["NT1 – Hố ga sau trạm xử lý nước thải, trước khi đấu nối vào KCN", *(_cell(doc, plan[s]) for s in params)])
        doc.add("monitoring", *(_mon({"point_contains": "NT1"}, ("symbol", s), w) for s, w in plan.items()))
        doc.table("Bảng 2. Quan trắc nước thải", rows, role="monitoring")
        maybe_distractor(doc)
        return
    name, _, _ = _kz(doc, 1)
    doc.h(doc.v(f"Программа производственного экологического контроля. {name}", f"{name}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(doc.v("4.1. Мониторинг эмиссий в атмосферный воздух", "4.1. Атмосфералық ауаға эмиссиялар мониторингі", ""))
    doc.p(doc.v("В ячейках указана периодичность контроля вещества на источнике; «–» – вещество на источнике не контролируется.",
                "Ұяшықтарда заттың көздегі бақылау кезеңділігі көрсетілген; «–» – зат көзде бақыланбайды.", ""))
    codes = ["0342", "0322", "0301", "0337", "0330", "2908"]
    rows = [doc.v(["№ ИЗА", "Наименование источника", *(f"{_air(doc, c)} ({c})" for c in codes)],
                  ["ЛШК №", "Көздің атауы", *(f"{_air(doc, c)} ({c})" for c in codes)], [])]
    L = 0 if doc.lang == "ru" else 1
    for number, ru, kk, plan in TANTALUM_SOURCES:
        if number == "0203" and r.random() < 0.4:
            continue
        rows.append([number, (ru, kk)[L], *(_cell(doc, plan.get(c)) for c in codes)])
        doc.add("monitoring", *(_mon({"source_number": number}, ("code", c), w) for c, w in plan.items()))
    doc.table(doc.v("Таблица 4.1 – График контроля на источниках выбросов", "4.1-кесте – Шығарынды көздеріндегі бақылау кестесі", ""),
              rows, role="monitoring")
    maybe_distractor(doc)


# (section RU, KK), location RU, KK, location key, [(kind, key, frequency, method)]
RECYCLER_PLAN = (
    (("1. Атмосферный воздух на границе СЗЗ", "1. СҚА шекарасындағы атмосфералық ауа"),
     ("Т-1, Т-2, Т-3, Т-4 (граница СЗЗ по основным румбам)", "Т-1, Т-2, Т-3, Т-4 (негізгі румбтар бойынша СҚА шекарасы)"),
     ("pt", ("Т-1", "Т-2", "Т-3", "Т-4")),
     [("code", "0184", "monthly", "МВИ 01-2018 (ААС)"), ("code", "0322", "quarterly", "РД 52.04.186-89"),
      ("code", "0330", "quarterly", "РД 52.04.186-89"), ("code", "2908", "quarterly", "РД 52.04.186-89")]),
    (("2. Выбросы загрязняющих веществ", "2. Ластаушы заттар шығарындылары"),
     ("Источник 0001 – труба плавильного отделения", "0001 көз – балқыту бөлімшесінің мұржасы"), ("src", ("0001",)),
     [("code", "0184", "monthly", "ГОСТ 33007-2014"), ("code", "2908", "monthly", "ГОСТ 33007-2014"),
      ("code", "0330", "quarterly", "ГОСТ Р 50820-95"), ("code", "0301", "quarterly", "ГОСТ Р 50820-95")]),
    (("3. Почва", "3. Топырақ"), ("П-1, П-2 (зона влияния, 1 км от промплощадки)", "П-1, П-2 (әсер ету аймағы, өнеркәсіптік алаңнан 1 км)"),
     ("pt", ("П-1", "П-2")),
     [("symbol", "Pb", "semiannual", "ГОСТ 17.4.4.02-2017"), ("symbol", "Cd", "yearly", "ГОСТ 17.4.4.02-2017"),
      ("symbol", "As", "yearly", "ГОСТ 17.4.4.02-2017")]),
)  # fmt: skip
SOLAR_PLAN = (
    ("I. Khí thải", "KT1 – Ống thải tháp hấp thụ khí axit", ("pt", ("KT1",)),
     [("code", "0342", "quarterly", "US EPA Method 26A"), ("code", "0316", "quarterly", "US EPA Method 26A"),
      ("code", "0301", "quarterly", "US EPA Method 7E")]),
    ("", "KT2 – Ống thải hệ thống xử lý khí NH3", ("pt", ("KT2",)),
     [("code", "0303", "quarterly", "US EPA Method CTM-027"), ("code", "2902", "semiannual", "US EPA Method 5")]),
    ("II. Nước thải", "NT1 – Hố ga đấu nối nước thải vào KCN Quang Châu", ("pt", ("NT1",)),
     [("symbol", "pH", "monthly", "TCVN 6492:2011"), ("symbol", "F-", "monthly", "SMEWW 4500-F-.D:2017"),
      ("symbol", "COD", "monthly", "SMEWW 5220C:2017"), ("symbol", "TSS", "monthly", "TCVN 6625:2000"),
      ("symbol", "NH4+", "quarterly", "SMEWW 4500-NH3.F:2017")]),
)  # fmt: skip


def monitoring_ec2(doc: Doc) -> None:
    """A production-control instruction: one substance per row, the place merged down over them, a section row per
    medium, the method's document in a column (VI: a solar-cell factory's monitoring programme of the same shape)."""
    rows, merges = [], []
    if doc.lang == "vi":
        name, owner = _plant(doc, 0, 2)
        doc.h(f"QUY TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – {name.upper()}")
        doc.p(f"Quy trình do {owner} ban hành, áp dụng cho đơn vị quan trắc được thuê thực hiện.")
        rows.append(["Vị trí", "Thông số", "Tần suất", "Phương pháp phân tích"])
        for section, place, (_kind, locs), params in SOLAR_PLAN:
            if section:
                rows.append([section, None, None, None])
                merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
            start = len(rows)
            for key, x, word, method in params:
                label = _air(doc, x, 1 if x in ("0316", "0303", "0301") else 0) if key == "code" else vocab.water(x, "vi")
                rows.append([place if len(rows) == start else None, label, _freq(doc, word), method])
                doc.add("monitoring", *(_mon({"point_contains": p}, (key, x), word) for p in locs))
            merges.append((start, 0, len(rows) - 1, 0))
        doc.table("Bảng 4. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
        maybe_distractor(doc)
        return
    name, operator, _ = _kz(doc, 3)
    doc.h(doc.v(f"Инструкция по производственному экологическому контролю. {name}",
                f"{name}. Өндірістік экологиялық бақылау жөніндегі нұсқаулық", ""))
    doc.p(doc.v(f"Утверждена приказом директора {operator} от 12.01.2026 № 7-П. Приложение 3.",
                f"{operator} директорының 12.01.2026 № 7-П бұйрығымен бекітілген. 3-қосымша.", ""))
    rows.append(doc.v(["Место отбора проб", "Контролируемое вещество", "Периодичность", "НД на методику измерений"],
                      ["Сынама алу орны", "Бақыланатын зат", "Кезеңділігі", "Өлшеу әдістемесіне НҚ"], []))
    L = 0 if doc.lang == "ru" else 1
    for section, place, (kind, locs), params in RECYCLER_PLAN:
        rows.append([section[L], None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
        start = len(rows)
        for key, x, word, method in params:
            label = _air(doc, x) if key == "code" else vocab.soil(x, doc.lang)
            rows.append([place[L] if len(rows) == start else None, label, _freq(doc, word), method])
            if kind == "src":
                doc.add("monitoring", _mon({"source_number": locs[0]}, (key, x), word))
            else:
                doc.add("monitoring", *(_mon({"point_contains": p}, (key, x), word) for p in locs))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (unit the obligation must name, what is checked), per language; frequencies in order
ELEC_CHECKS = {
    "ru": (("Участок гальванических покрытий", "герметичность ванн, поддонов и трубопроводов, работа бортовых отсосов"),
           ("Станция нейтрализации гальваностоков", "дозирование реагентов, показания pH-метров, вынос осадка"),
           ("Скрубберы вентсистем В-2 и В-3", "орошение насадки, перепад давления, журнал работы"),
           ("Склад кислот и щелочей", "состояние тары, обвалования, маркировка"),
           ("Площадка накопления отходов", "раздельное накопление, сроки хранения, паспорта отходов"),
           ("Участок пайки волной припоя", "работа местных отсосов, сбор шлама припоя")),
    "kk": (("Гальваникалық жабындар учаскесі", "ванналардың, табандықтардың және құбырлардың саңылаусыздығы"),
           ("Гальваника ағындарын бейтараптандыру станциясы", "реагенттерді мөлшерлеу, pH-метр көрсеткіштері"),
           ("В-2 және В-3 желдету жүйелерінің скрубберлері", "саптаманы суару, қысымның төмендеуі, жұмыс журналы"),
           ("Қышқылдар мен сілтілер қоймасы", "ыдыстың, қоршау үйіндісінің жай-күйі, таңбалау"),
           ("Қалдықтарды жинақтау алаңы", "бөлек жинақтау, сақтау мерзімдері, қалдықтар паспорттары"),
           ("Толқынды дәнекерлеу учаскесі", "жергілікті сорғыштардың жұмысы, дәнекер шламын жинау")),
    "vi": (("Xưởng mạ bảng mạch", "tình trạng bể mạ, khay chống tràn, đường ống dẫn dung dịch"),
           ("Trạm xử lý nước thải mạ", "định lượng hóa chất, chỉ số pH, lượng bùn thải"),
           ("Tháp hấp thụ khí axit", "hệ thống phun dung dịch, chênh áp, sổ vận hành"),
           ("Kho hóa chất axit, kiềm", "bao bì, gờ chống tràn, nhãn cảnh báo"),
           ("Kho lưu giữ chất thải nguy hại", "phân loại, thời gian lưu giữ, chứng từ chất thải nguy hại"),
           ("Khu vực hàn sóng", "chụp hút cục bộ, thu gom xỉ hàn")),
}  # fmt: skip
LOOSE = {
    "ru": {"daily": "ежедневно, в начале смены", "weekly": "еженедельно (по понедельникам)", "monthly": "не реже 1 раза в месяц",
           "quarterly": "не реже 1 раза в квартал", "semiannual": "1 раз в полугодие"},
    "kk": {"daily": "күн сайын, ауысым басында", "weekly": "аптасына 1 рет (дүйсенбі)", "monthly": "айына кемінде 1 рет",
           "quarterly": "тоқсанына кемінде 1 рет", "semiannual": "жарты жылда 1 рет"},
    "vi": {"daily": "Hằng ngày, đầu ca làm việc", "weekly": "Hằng tuần (thứ Hai)", "monthly": "Ít nhất 01 lần/tháng",
           "quarterly": "Ít nhất 01 lần/quý", "semiannual": "06 tháng/lần"},
}  # fmt: skip


def inspections_ec1(doc: Doc) -> None:
    """A production-control instruction's internal checks numbered `3.1` …, frequencies worded loosely (`не реже 1 раза
    в месяц`), the one responsible merged down over the checks he makes (VI: the same in a plating shop's procedure)."""
    r = doc.rng
    name, operator = _plant(doc, 5, 5)
    doc.h(doc.v(f"Инструкция по производственному экологическому контролю. {name}",
                f"{name}. Өндірістік экологиялық бақылау жөніндегі нұсқаулық",
                f"QUY TRÌNH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {name.upper()}"))
    doc.h(doc.v("3. Внутренние проверки", "3. Ішкі тексерулер", "3. Nội dung và tần suất tự kiểm tra"))
    doc.p(doc.v(f"Внутренние проверки организует служба главного инженера {operator}; результаты заносятся в журнал.",
                f"Ішкі тексерулерді {operator} бас инженерінің қызметі ұйымдастырады; нәтижелер журналға енгізіледі.",
                f"Việc tự kiểm tra do Phòng HSE của {operator} tổ chức; kết quả được ghi vào sổ theo dõi."))
    words = ["daily", "daily", "weekly", "monthly", "monthly", "quarterly", "semiannual"]
    checks = list(ELEC_CHECKS[doc.lang])
    r.shuffle(checks)
    plan = sorted(zip(checks, sorted(r.sample(words, len(checks)), key=words.index), strict=False), key=lambda x: words.index(x[1]))
    who = doc.v(("мастер участка", "инженер-эколог", "комиссия главного инженера"),
                ("учаске шебері", "инженер-эколог", "бас инженер комиссиясы"),
                ("Tổ trưởng sản xuất", "Cán bộ môi trường", "Đoàn kiểm tra của Phó Giám đốc kỹ thuật"))
    rows = [doc.v(["№", "Объект проверки", "Предмет проверки", "Периодичность", "Ответственный"],
                  ["№", "Тексеру объектісі", "Тексеру мәні", "Кезеңділігі", "Жауапты"],
                  ["TT", "Khu vực kiểm tra", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"])]
    merges = []
    prev, start = None, 1
    for k, ((unit, what), word) in enumerate(plan, 1):
        person = who[0] if word in ("daily", "weekly") else (who[1] if word == "monthly" else who[2])
        rows.append([f"3.{k}", unit, what, LOOSE[doc.lang][word], person if person != prev else None])
        if person != prev:
            if len(rows) - 2 > start:
                merges.append((start, 4, len(rows) - 2, 4))
            start, prev = len(rows) - 1, person
        doc.add("obligations", {"kind": "inspection", "number": f"3.{k}", "frequency": word, "text_contains": unit})
    if len(rows) - 1 > start:
        merges.append((start, 4, len(rows) - 1, 4))
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


KZ_SUBJECTS = {
    "ru": (("ТОО «Сирек Металл»", "тантало-ниобиевый и бериллиевый завод"), ("АО «Ертіс Титан»", "титано-магниевый комбинат"),
           ("ТОО «РЗМ Кызылтас»", "опытно-промышленная установка РЗМ"), ("ТОО «Аккумулятор Рециклинг Казахстан»", "завод переработки аккумуляторов"),
           ("ТОО «Усть-Каменогорский конденсаторный завод»", "производство конденсаторов"), ("ТОО «Ертіс Полиметалл»", "полиметаллическая фабрика")),
    "kk": (("«Сирек Металл» ЖШС", "тантал-ниобий және бериллий зауыты"), ("«Ертіс Титан» АҚ", "титан-магний комбинаты"),
           ("«СЖМ Қызылтас» ЖШС", "СЖМ тәжірибелік-өнеркәсіптік қондырғысы"), ("«Аккумулятор Рециклинг Қазақстан» ЖШС", "аккумуляторларды қайта өңдеу зауыты"),
           ("«Өскемен конденсатор зауыты» ЖШС", "конденсаторлар өндірісі"), ("«Ертіс Полиметалл» ЖШС", "полиметалл фабрикасы")),
    "vi": (("Công ty TNHH Điện tử Minh Quang Việt Nam", "Sản xuất linh kiện điện tử"), ("Công ty TNHH Mạch in Quế Võ", "Sản xuất, mạ bảng mạch in"),
           ("Công ty TNHH Năng lượng mặt trời Quang Châu", "Sản xuất tế bào quang điện"), ("Công ty TNHH Pin Yên Bình Việt Nam", "Sản xuất pin lithium-ion"),
           ("Công ty TNHH Công nghệ Điềm Thụy", "Sản xuất mô-đun camera"), ("Công ty TNHH Linh kiện Quang học Yên Phong", "Sản xuất thấu kính quang học")),
}  # fmt: skip
MONTHS = {"ru": ("февраль", "март", "апрель", "май", "июнь"), "kk": ("ақпан", "наурыз", "сәуір", "мамыр", "маусым"),
          "vi": ("Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026")}


def inspections_ec2(doc: Doc) -> None:
    """A regional department's schedule of preventive control with visits to subjects: the subject and its BIN, the
    object, the month, the ground; no frequency (VI: an industrial park board's plan of inspections of enterprises by
    quarter, with the content of each inspection)."""
    r = doc.rng
    vi = doc.lang == "vi"
    doc.h(doc.v("График проведения профилактического контроля с посещением субъектов (объектов) контроля на I полугодие 2026 года",
                "2026 жылғы I жартыжылдыққа бақылау субъектілеріне (объектілеріне) бару арқылы профилактикалық бақылау жүргізу кестесі",
                "KẾ HOẠCH KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI CÁC DOANH NGHIỆP TRONG KCN NĂM 2026"))
    doc.p(doc.v("Департамент экологии по Восточно-Казахстанской области Комитета экологического регулирования и контроля МЭПР РК.",
                "ҚР ЭТРМ Экологиялық реттеу және бақылау комитетінің Шығыс Қазақстан облысы бойынша экология департаменті.",
                "Ban hành kèm theo Quyết định số 45/QĐ-BQL ngày 08/01/2026 của Trưởng Ban Quản lý các khu công nghiệp tỉnh."))
    subjects = r.sample(KZ_SUBJECTS[doc.lang], 5)
    if vi:
        rows = [["TT", "Tên doanh nghiệp", "Ngành nghề", "Nội dung kiểm tra", "Thời gian kiểm tra", "Cơ quan phối hợp"]]
        content = ("Việc thực hiện giấy phép môi trường, quan trắc nước thải, khí thải",
                   "Quản lý chất thải nguy hại, công trình xử lý nước thải", "Việc thực hiện các nội dung của báo cáo ĐTM")
    else:
        rows = [doc.v(["№", "Субъект контроля (БИН)", "Объект контроля", "Сроки проведения", "Основание"],
                      ["№", "Бақылау субъектісі (БСН)", "Бақылау объектісі", "Өткізу мерзімі", "Негіздеме"], [])]
        grounds = doc.v(("система оценки рисков (высокая степень риска)", "полугодовой список профилактического контроля",
                         "объект I категории"),
                        ("тәуекелдерді бағалау жүйесі (жоғары тәуекел дәрежесі)", "профилактикалық бақылаудың жартыжылдық тізімі",
                         "I санаттағы объект"), ())
    for k, (subject, obj) in enumerate(subjects, 1):
        if vi:
            rows.append([str(k), subject, obj, doc.pick(content), doc.pick(MONTHS["vi"]), "Công an tỉnh (Phòng PC03)"])
        else:
            rows.append([str(k), f"{subject}\n{make_bin(r)}", obj, doc.pick(MONTHS[doc.lang]), doc.pick(grounds)])
        doc.add("obligations", {"kind": "inspection", "text_contains": subject})
    doc.table(None, rows, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# (violation, item of the order, measure, responsible, term)
CORRECTIVE = {
    "ru": (("Превышение норматива выбросов хлора на источнике 0102", "п. 1",
            "Провести ремонт газоочистки магниевых электролизеров с заменой насадки скрубберов", "главный механик", "до 30.04.2026"),
           ("Не ведется учет работы газоочистного оборудования", "п. 2",
            "Организовать ведение журнала учета работы ГОУ на всех источниках", "начальник ООС", "до 15.03.2026"),
           ("Накопление отходов сверх установленного срока (более 6 месяцев)", "п. 3",
            "Передать накопленные отработанные огнеупоры специализированной организации по договору", "начальник цеха хлорирования", "до 31.05.2026"),
           ("Отсутствует программа ПЭК, согласованная в установленном порядке", "п. 4",
            "Разработать и представить в уполномоченный орган программу производственного экологического контроля", "главный эколог", "до 01.06.2026"),
           ("Не обеспечен контроль качества сточных вод на выпуске № 2", "п. 5",
            "Заключить договор с аккредитованной лабораторией на отбор и анализ проб сточных вод", "начальник ООС", "до 20.03.2026"),
           ("Разлив электролита на площадке складирования", "п. 6",
            "Устроить твердое покрытие и обвалование площадки складирования отработанного электролита", "начальник РМЦ", "до 31.07.2026")),
    "kk": (("0102 көзінде хлор шығарындысы нормативінің асып кетуі", "1-т.",
            "Скруббер саптамасын ауыстыра отырып магний электролизерлерінің газ тазартуын жөндеу", "бас механик", "30.04.2026 дейін"),
           ("Газ тазарту жабдығының жұмысы есепке алынбайды", "2-т.",
            "Барлық көздерде ГТҚ жұмысын есепке алу журналын жүргізуді ұйымдастыру", "ҚОҚ бөлімінің бастығы", "15.03.2026 дейін"),
           ("Қалдықтарды белгіленген мерзімнен артық жинақтау (6 айдан астам)", "3-т.",
            "Жинақталған пайдаланылған отқатөзімділерді шарт бойынша мамандандырылған ұйымға беру", "хлорлау цехының бастығы", "31.05.2026 дейін"),
           ("Белгіленген тәртіппен келісілген ӨЭБ бағдарламасы жоқ", "4-т.",
            "Өндірістік экологиялық бақылау бағдарламасын әзірлеу және уәкілетті органға ұсыну", "бас эколог", "01.06.2026 дейін"),
           ("№ 2 шығарылымда сарқынды сулардың сапасын бақылау қамтамасыз етілмеген", "5-т.",
            "Сарқынды су сынамаларын алуға және талдауға аккредиттелген зертханамен шарт жасасу", "ҚОҚ бөлімінің бастығы", "20.03.2026 дейін"),
           ("Қойма алаңында электролиттің төгілуі", "6-т.",
            "Пайдаланылған электролитті қоймалау алаңына қатты жабын және қоршау үйіндісін орнату", "ЖМЦ бастығы", "31.07.2026 дейін")),
    "vi": (("Nước thải sau xử lý vượt QCVN 40:2011/BTNMT đối với thông số Ni", "Mục 1",
            "Cải tạo bể keo tụ, bổ sung thiết bị định lượng hóa chất của trạm xử lý nước thải mạ", "Phòng Kỹ thuật", "Trước 30/4/2026"),
           ("Chưa lắp đặt đồng hồ đo lưu lượng nước thải đầu ra", "Mục 2",
            "Lắp đặt đồng hồ đo lưu lượng nước thải đầu vào, đầu ra trạm xử lý", "Xưởng Cơ điện", "Trước 31/3/2026"),
           ("Kho chất thải nguy hại không có gờ chống tràn, biển cảnh báo", "Mục 3",
            "Xây gờ chống tràn, lắp biển cảnh báo tại kho lưu giữ chất thải nguy hại", "Phòng Hành chính", "Trước 15/3/2026"),
           ("Chưa báo cáo công tác bảo vệ môi trường năm 2025", "Mục 4",
            "Lập và gửi báo cáo công tác bảo vệ môi trường năm 2025 lên Sở Nông nghiệp và Môi trường", "Phòng HSE", "Trước 31/3/2026"),
           ("Chưa ký hợp đồng chuyển giao bùn thải mạ", "Mục 5",
            "Ký hợp đồng chuyển giao bùn thải mạ với đơn vị có giấy phép xử lý chất thải nguy hại", "Phòng Mua hàng", "Trước 28/02/2026"),
           ("Hệ thống hút khí axit xưởng mạ không hoạt động", "Mục 6",
            "Sửa chữa quạt hút và thay vật liệu đệm tháp hấp thụ khí axit", "Xưởng Cơ điện", "Trước 30/4/2026")),
}  # fmt: skip


def tasks_ec1(doc: Doc) -> None:
    """A corrective-action plan after an inspection: the violation and the order's item before the measure, the
    responsible, the term and an empty mark of completion (VI: a plating shop's plan after an inspection's conclusion)."""
    r = doc.rng
    name, operator = _plant(doc, 0, 5)
    doc.h(doc.v("План мероприятий по устранению нарушений, выявленных в ходе проверки",
                "Тексеру барысында анықталған бұзушылықтарды жою жөніндегі іс-шаралар жоспары",
                "KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA"))
    doc.p(doc.v(f"Во исполнение предписания Департамента экологии от 19.02.2026 № 12-03/114, выданного {operator} ({name}).",
                f"Экология департаментінің {operator} ({name}) берген 19.02.2026 № 12-03/114 нұсқамасын орындау үшін.",
                f"Thực hiện Kết luận kiểm tra số 27/KL-STNMT ngày 19/02/2026 đối với {operator} ({name})."))
    rows = [doc.v(["№ п/п", "Выявленное нарушение", "Пункт предписания", "Мероприятие по устранению", "Ответственный", "Срок", "Отметка о выполнении"],
                  ["№", "Анықталған бұзушылық", "Нұсқама тармағы", "Жою жөніндегі іс-шара", "Жауапты", "Мерзімі", "Орындалуы туралы белгі"],
                  ["TT", "Tồn tại, vi phạm", "Theo kết luận", "Biện pháp khắc phục", "Bộ phận chịu trách nhiệm", "Thời hạn", "Ghi chú"])]
    items = r.sample(CORRECTIVE[doc.lang], 5)
    items.sort(key=lambda x: x[1])
    for k, (bad, point, measure, who, term) in enumerate(items, 1):
        rows.append([str(k), bad, point, measure, who, term, ""])
        doc.add("obligations", {"kind": "task", "text_contains": _words(measure), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    doc.p(doc.v("Информацию о выполнении представить в Департамент экологии до 01.08.2026.",
                "Орындалуы туралы ақпаратты 01.08.2026 дейін Экология департаментіне ұсыну.",
                "Báo cáo kết quả khắc phục gửi Sở trước ngày 01/8/2026."))
    maybe_distractor(doc)


RACI_UNITS = {
    "ru": ("Служба главного инженера", "Отдел охраны окружающей среды", "Цех хлорирования", "Отдел закупок"),
    "kk": ("Бас инженер қызметі", "Қоршаған ортаны қорғау бөлімі", "Хлорлау цехы", "Сатып алу бөлімі"),
    "vi": ("Ban An toàn – Môi trường", "Xưởng lắp ráp cell", "Phòng Kỹ thuật", "Phòng Hành chính"),
}
# (task, index of the unit responsible, indices of those taking part, term)
RACI_TASKS = {
    "ru": (("Снизить удельные выбросы хлора за счет рециркуляции анодного газа", 2, (0, 1), "2026–2027"),
           ("Внедрить систему автоматического мониторинга эмиссий на источнике 0101", 0, (1, 3), "IV кв. 2026"),
           ("Организовать раздельный сбор и передачу на переработку отходов упаковки", 1, (3,), "II кв. 2026"),
           ("Заменить ртутьсодержащие лампы светодиодными светильниками", 3, (0,), "2026"),
           ("Провести обучение персонала цехов по экологическим аспектам ISO 14001", 1, (2,), "март 2026"),
           ("Провести гидрогеологическое обследование территории шламонакопителя", 1, (0,), "III кв. 2026")),
    "kk": (("Анодтық газды қайта айналдыру есебінен хлордың меншікті шығарындыларын азайту", 2, (0, 1), "2026–2027"),
           ("0101 көзінде эмиссиялар мониторингінің автоматты жүйесін енгізу", 0, (1, 3), "2026 ж. IV тоқсан"),
           ("Орама қалдықтарын бөлек жинауды және қайта өңдеуге беруді ұйымдастыру", 1, (3,), "2026 ж. II тоқсан"),
           ("Құрамында сынап бар шамдарды жарықдиодты шамдармен ауыстыру", 3, (0,), "2026"),
           ("Цех персоналын ISO 14001 экологиялық аспектілері бойынша оқыту", 1, (2,), "2026 ж. наурыз"),
           ("Шлам жинағыш аумағына гидрогеологиялық зерттеу жүргізу", 1, (0,), "2026 ж. III тоқсан")),
    "vi": (("Diễn tập ứng phó sự cố rò rỉ chất điện phân tại kho nguyên liệu", 0, (1, 3), "Tháng 6/2026"),
           ("Trang bị bộ dụng cụ ứng phó tràn đổ hóa chất tại xưởng lắp ráp cell", 1, (0,), "Quý II/2026"),
           ("Lắp đặt hệ thống báo cháy, chữa cháy tự động cho kho pin thành phẩm", 2, (0, 3), "Quý III/2026"),
           ("Xây dựng bể sự cố chứa nước chữa cháy 300 m3", 2, (0,), "Quý IV/2026"),
           ("Tập huấn nhận diện nguy cơ cháy nổ pin lithium cho công nhân", 0, (1,), "Tháng 4/2026"),
           ("Ký thỏa thuận phối hợp ứng phó sự cố với Ban Quản lý KCN", 3, (0,), "Tháng 3/2026")),
}  # fmt: skip


def tasks_ec2(doc: Doc) -> None:
    """An environmental programme's responsibility matrix: the units as columns, `О` under the one responsible and `У`
    under those taking part, a term column, a legend below (VI: `C` and `P` in a battery factory's incident-response
    plan)."""
    r = doc.rng
    name, operator = _plant(doc, 0, 3)
    doc.h(doc.v(f"Экологическая программа {operator} на 2026–2027 годы (ISO 14001:2015, п. 6.2)",
                f"{operator} 2026–2027 жылдарға арналған экологиялық бағдарламасы (ISO 14001:2015, 6.2-т.)",
                f"KẾ HOẠCH PHÒNG NGỪA, ỨNG PHÓ SỰ CỐ MÔI TRƯỜNG NĂM 2026 – {name.upper()}"))
    doc.p(doc.v("Цель 3: снижение воздействия на атмосферный воздух и обращение с отходами.",
                "3-мақсат: атмосфералық ауаға әсерді және қалдықтармен жұмысты азайту.",
                "Mục 5. Phân công trách nhiệm thực hiện các biện pháp phòng ngừa, ứng phó sự cố."))
    units = RACI_UNITS[doc.lang]
    lead, part = doc.v(("О", "У"), ("Ж", "Қ"), ("C", "P"))
    head = doc.v(["№", "Мероприятие", *units, "Срок"], ["№", "Іс-шара", *units, "Мерзімі"], ["TT", "Nội dung công việc", *units, "Thời gian"])
    rows = [head]
    for k, (text, main, helpers, term) in enumerate(r.sample(RACI_TASKS[doc.lang], 5), 1):
        marks = [lead if i == main else (part if i in helpers else "") for i in range(len(units))]
        rows.append([str(k), text, *marks, term])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": units[main]})
    doc.table(None, rows, role="tasks")
    doc.p(doc.v("О – ответственный исполнитель; У – участвует в выполнении.", "Ж – жауапты орындаушы; Қ – орындауға қатысады.",
                "C – đơn vị chủ trì; P – đơn vị phối hợp."))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"EC{k}", globals()[f"{role}_ec{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_ec1` … `tasks_ec2`, in the order of the roles."""
