"""A blind held-out set (two layouts per role, `DA1` and `DA2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: power and heat generation. Kazakhstan: coal-fired ТЭЦ and ГРЭС with their ash dumps, a gas-piston power plant,
town boiler houses, wind and solar farms and a small hydro plant (a КЭР of a category I ТЭЦ, an energy holding's list
of its renewable plants, the ЭРА form of an НДВ project, a ГПЭС's statement with construction and operation rows, a
ТЭЦ's waste section with the ash and slag as a group, a wind farm's waste list in kilograms, a КЭР's technological norms
under a group row per stack, the observation wells of an ash dump, an ash dump's monitoring programme, a wind farm's
ПЭК programme with rows of no substance, an order's rounds grouped by frequency, a holding's plan of audits of its
branches, a plan of nature-protection measures by the Rules' form, a town's roadmap of boiler houses). Vietnam:
coal-fired thermal power plants with their ash yards, a solar farm, a hydropower plant, a power corporation (a GPMT's
general card with a VN-2000 table beside it, a list of renewable projects as columns, an ĐTM's loads per named source,
a solar farm's loads with a stage column, the annual report's ash, slag and gypsum beside its CTNH, a solar farm's wastes
under three group rows, an outfall's quarterly results against QCVN 40 column B, the QCVN 22:2009 table with column B
split by fuel and its Kp and Kv tables, the CEMS and the periodic monitoring of a plant, a hydropower plant's reservoir
and downstream monitoring, inspections grouped by frequency, audits of member plants, a plan of environmental works
with start and end, an ash management plan under Roman sections).

Each function's docstring says more.
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .limits_data import QCVN40, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """An angle as `51°43'12,5"` with its hemisphere word, and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    word = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("N", "E")}[lang][0 if lat else 1]
    sec = f"{s:04.1f}".replace(".", ",")
    sep = "" if lang == "vi" else " "
    return f"{d}°{m:02d}'{sec}\"{sep}{word}", d + m / 60 + s / 3600


# code: share of a source's base rate the substance is emitted at (NO is about a sixth of NO2, formaldehyde a trace)
SHARE = {"0301": 1.0, "0304": 0.16, "0330": 1.6, "0337": 0.7, "2908": 0.5, "2902": 0.5, "1325": 0.02, "0410": 0.3,
         "0328": 0.08, "0123": 1.0, "0143": 0.09, "0616": 1.0, "0621": 0.55, "0333": 0.01, "2754": 1.0}


def _rate(doc: Doc, code: str, low: float, high: float, base: float | None = None) -> float:
    """A rate of `code` at a source whose base rate lies between low and high (or is `base`)."""
    x = (base if base is not None else doc.rng.uniform(low, high)) * SHARE.get(code, 1.0) * doc.rng.uniform(0.85, 1.15)
    return _sig(x, 4)


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


DAILY = {"ru": ("ежедневно", "1 раз в сутки"), "kk": ("күн сайын", "тәулігіне 1 рет"), "vi": ("hằng ngày", "01 lần/ngày")}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}


def _freq(doc: Doc, word: str) -> str:
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU name, RU operator, KK name, KK operator, RU address, KK address)
KZ_THERMAL = (
    ("Сарыаркинская ТЭЦ-2", "АО «Сарыарка Энерго»", "Сарыарқа ЖЭО-2", "«Сарыарқа Энерго» АҚ",
     "Карагандинская область, г. Темиртау, промзона Восточная, 12", "Қарағанды облысы, Теміртау қ., Шығыс өнеркәсіптік аймағы, 12"),
    ("Ерейментауская ГРЭС", "АО «Ерейментау Энергия»", "Ерейментау МАЭС", "«Ерейментау Энергия» АҚ",
     "Акмолинская область, Ерейментауский район, с. Бестогай", "Ақмола облысы, Ерейментау ауданы, Бестоғай а."),
    ("Экибастузская ТЭЦ-1", "ТОО «Экибастуз Жылу Энерго»", "Екібастұз ЖЭО-1", "«Екібастұз Жылу Энерго» ЖШС",
     "Павлодарская область, г. Экибастуз, ул. Энергетиков, 1", "Павлодар облысы, Екібастұз қ., Энергетиктер көшесі, 1"),
)  # fmt: skip

VN_THERMAL = (
    ("Nhà máy Nhiệt điện Long Sơn 1", "Công ty Nhiệt điện Long Sơn – Chi nhánh Tổng công ty Phát điện 3",
     "xã Long Sơn, huyện Quảng Trạch, tỉnh Quảng Trị", "2 tổ máy × 600 MW"),
    ("Nhà máy Nhiệt điện Vĩnh Hải 2", "Công ty Cổ phần Nhiệt điện Vĩnh Hải", "xã Vĩnh Hải, huyện Tuy Phong, tỉnh Lâm Đồng",
     "2 tổ máy × 622 MW"),
    ("Nhà máy Nhiệt điện Cẩm Thạch", "Công ty TNHH MTV Nhiệt điện Cẩm Thạch", "phường Cẩm Thạch, thành phố Cẩm Phả, tỉnh Quảng Ninh",
     "2 tổ máy × 340 MW"),
)  # fmt: skip


def facility_da1(doc: Doc) -> None:
    """A КЭР's first section for a category I ТЭЦ: numbered lines `1.1`, `2.3` under two section rows spanning the
    label and value cells; the OKED and the category carry their descriptions, the ash dump a line of its own given by a
    distance (no coordinates), the capacity electric and heat (VI: a GPMT's general card, the enterprise number followed
    by who registered it, the ash yard's corners in VN-2000 metres in a table of no role after it)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator, address, power = doc.pick(VN_THERMAL)
        msdn = make_msdn(r)
        doc.h("GIẤY PHÉP MÔI TRƯỜNG")
        doc.p(f"BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG cấp phép cho {operator} được thực hiện các hoạt động bảo vệ môi trường của "
              f"{name} với các nội dung sau:")
        rows = [["TT", "Nội dung", "Thông tin"],
                ["1", "Tên cơ sở", name],
                ["2", "Chủ cơ sở", operator],
                ["3", "Mã số doanh nghiệp", f"{msdn} do Sở Tài chính cấp đăng ký lần đầu ngày {r.randint(1, 28):02d}/0{r.randint(1, 9)}/2011"],
                ["4", "Địa điểm thực hiện", address],
                ["5", "Công suất", power],
                ["6", "Loại hình sản xuất", "Nhiệt điện đốt than (lò hơi than phun, khử lưu huỳnh bằng đá vôi – thạch cao)"],
                ["7", "Phân loại", "Cơ sở thuộc nhóm I theo Phụ lục III Nghị định số 08/2022/NĐ-CP"]]  # fmt: skip
        doc.table("Bảng 1. Thông tin chung về cơ sở", rows, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "I"})
        corners = [["Điểm mốc", "X (m)", "Y (m)"]]
        x0, y0 = r.randint(1_900_000, 2_300_000), r.randint(400_000, 600_000)
        for k in range(1, r.randint(5, 7)):
            corners.append([f"M{k}", num(x0 + r.randint(0, 1500) + r.randint(0, 99) / 100, "vi"),
                            num(y0 + r.randint(0, 1500) + r.randint(0, 99) / 100, "vi")])
        doc.table("Bảng 2. Tọa độ các điểm khép góc bãi xỉ (Hệ tọa độ VN-2000, kinh tuyến trục 106°15', múi chiếu 3°)",
                  corners, role="other")
        return
    ru_name, ru_op, kk_name, kk_op, ru_addr, kk_addr = doc.pick(KZ_THERMAL)
    name, operator, address = doc.v(ru_name, kk_name, ""), doc.v(ru_op, kk_op, ""), doc.v(ru_addr, kk_addr, "")
    bin_, kato, oked = make_bin(r), make_kato(r), "35111"
    lat, lat_v = _dms(r.uniform(49.5, 52.5), True, doc.lang)
    lon, lon_v = _dms(r.uniform(70.5, 76.5), False, doc.lang)
    number = f"KZ{r.randint(10, 99)}VCZ{r.randint(0, 99999999):08d}"
    doc.h(doc.v(f"Комплексное экологическое разрешение № {number}", f"№ {number} кешенді экологиялық рұқсат", ""))
    doc.p(doc.v("Выдано Комитетом экологического регулирования и контроля Министерства экологии и природных ресурсов "
                "Республики Казахстан. Срок действия: с 01.03.2026 по 28.02.2036.",
                "Қазақстан Республикасы Экология және табиғи ресурстар министрлігінің Экологиялық реттеу және бақылау "
                "комитеті берді. Қолданылу мерзімі: 01.03.2026 бастап 28.02.2036 дейін.", ""))
    elec, heat = r.choice((420, 500, 630, 1000)), r.choice((960, 1360, 1800))
    dist = num(round(r.uniform(2.5, 7.5), 1), doc.lang)
    rows = [doc.v(["№", "Наименование сведений", "Сведения"], ["№", "Мәліметтердің атауы", "Мәліметтер"], []),
            ["1.", doc.v("Сведения об операторе объекта", "Объект операторы туралы мәліметтер", ""), None],
            ["1.1", doc.v("Полное наименование оператора", "Оператордың толық атауы", ""), operator],
            ["1.2", doc.v("Бизнес-идентификационный номер (БИН)", "Бизнес-сәйкестендіру нөмірі (БСН)", ""), bin_],
            ["1.3", doc.v("Юридический адрес", "Заңды мекенжайы", ""),
             doc.v("г. Астана, пр. Мангилик Ел, 55/20", "Астана қ., Мәңгілік Ел даңғылы, 55/20", "")],
            ["1.4", doc.v("Первый руководитель", "Бірінші басшы", ""),
             doc.v("Генеральный директор Нурланов А.Б.", "Бас директор Нұрланов А.Б.", "")],
            ["2.", doc.v("Сведения об объекте", "Объект туралы мәліметтер", ""), None],
            ["2.1", doc.v("Наименование объекта", "Объектінің атауы", ""), name],
            ["2.2", doc.v("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""),
             doc.v(f"{oked} – Производство электроэнергии тепловыми электростанциями",
                   f"{oked} – Жылу электр станцияларында электр энергиясын өндіру", "")],
            ["2.3", doc.v("Местонахождение объекта", "Объектінің орналасқан жері", ""), address],
            ["2.4", doc.v("Код КАТО", "ҚАТО коды", ""), kato],
            ["2.5", doc.v("Географические координаты (центр промплощадки)", "Географиялық координаттары (өнеркәсіптік алаң орталығы)", ""),
             f"{lat}, {lon}"],
            ["2.6", doc.v("Золоотвал", "Күл үйіндісі", ""),
             doc.v(f"расположен в {dist} км к северо-западу от промплощадки, площадь 186 га",
                   f"өнеркәсіптік алаңнан солтүстік-батысқа қарай {dist} км жерде орналасқан, ауданы 186 га", "")],
            ["2.7", doc.v("Установленная мощность", "Белгіленген қуаты", ""),
             doc.v(f"электрическая – {num(elec, 'ru')} МВт, тепловая – {num(heat, 'ru')} Гкал/ч",
                   f"электр – {num(elec, 'kk')} МВт, жылу – {num(heat, 'kk')} Гкал/сағ", "")],
            ["2.8", doc.v("Категория объекта", "Объектінің санаты", ""),
             doc.v("I категория (пп. 1.1 п. 1 раздела 1 приложения 2 к Экологическому кодексу РК)",
                   "I санат (ҚР Экология кодексіне 2-қосымшаның 1-бөлімі 1-тармағының 1.1-тармақшасы)", "")]]  # fmt: skip
    merges = [(1, 1, 1, 2), (6, 1, 6, 2)]
    doc.table(doc.v("Раздел 1. Общие сведения", "1-бөлім. Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "oked": oked, "kato": kato, "category": "I",
                           "lat": lat_v, "lon": lon_v})
    maybe_distractor(doc)


# (RU name, KK name, RU operator, KK operator, MW, category) / VI (name, operator, MW, place)
KZ_RENEWABLE = (
    ("ВЭС «Шелек-60»", "«Шелек-60» ЖЭС", "ТОО «Шелек Винд»", "«Шелек Винд» ЖШС", "60", "II"),
    ("СЭС «Капшагай-100»", "«Қапшағай-100» КЭС", "ТОО «Капшагай Солар»", "«Қапшағай Солар» ЖШС", "100", "II"),
    ("Малая ГЭС «Тургень-2»", "«Түрген-2» шағын СЭС", "ТОО «Тургень Гидро»", "«Түрген Гидро» ЖШС", "24,9", "III"),
    ("ВЭС «Ерейментау-2»", "«Ерейментау-2» ЖЭС", "ТОО «Ерейментау Винд Пауэр»", "«Ерейментау Винд Пауэр» ЖШС", "50", "II"),
)  # fmt: skip
VN_RENEWABLE = (
    ("Nhà máy Điện mặt trời Phước Hữu 3", "Công ty Cổ phần Năng lượng Phước Hữu", "50 MWp", "xã Phước Hữu, tỉnh Khánh Hòa"),
    ("Nhà máy Điện gió Hòa Bình 7", "Công ty TNHH Điện gió Hòa Bình 7", "50 MW", "xã Vĩnh Hậu, tỉnh Cà Mau"),
    ("Nhà máy Thủy điện Nậm Pàn 2", "Công ty Cổ phần Thủy điện Nậm Pàn", "24 MW", "xã Mường Bú, tỉnh Sơn La"),
    ("Nhà máy Điện gió Ea Nam 2", "Công ty Cổ phần Điện gió Ea Nam", "100 MW", "xã Ea Nam, tỉnh Đắk Lắk"),
)  # fmt: skip


def facility_da2(doc: Doc) -> None:
    """An energy holding's list of its renewable plants with a column per plant: the plant's name heads its column,
    the rows are the operator, its BIN, the capacity, the year of commissioning, the KATO, latitude and longitude on
    rows of their own in decimal degrees, the category (VI: a power corporation's list of solar, wind and hydro
    projects with the enterprise number, the place and the project group)."""
    r = doc.rng
    vi = doc.lang == "vi"
    plants = r.sample(VN_RENEWABLE if vi else KZ_RENEWABLE, 3)
    doc.h(doc.v("Информация о генерирующих объектах ВИЭ, находящихся в доверительном управлении АО «Жасыл Энергия Холдинг»",
                "«Жасыл Энергия Холдинг» АҚ сенімгерлік басқаруындағы ЖЭК генерациялаушы объектілері туралы ақпарат",
                "DANH MỤC CÁC NHÀ MÁY ĐIỆN NĂNG LƯỢNG TÁI TẠO DO TỔNG CÔNG TY ĐẦU TƯ, QUẢN LÝ"))
    doc.p(doc.v("Сведения приведены по состоянию на 01.01.2026 для подготовки сводного отчета по ПЭК.",
                "Мәліметтер ӨЭБ бойынша жиынтық есепті дайындау үшін 01.01.2026 жағдай бойынша келтірілген.",
                "Số liệu tính đến ngày 31/12/2025, phục vụ lập báo cáo công tác bảo vệ môi trường năm 2025."))
    out, cols = [], []
    for p in plants:
        lat = round(r.uniform(10.5, 21.5) if vi else r.uniform(42.5, 52.5), 5)
        lon = round(r.uniform(104.5, 108.9) if vi else r.uniform(68.5, 80.5), 5)
        ident = make_msdn(r) if vi else make_bin(r)
        year = str(r.randint(2016, 2024))
        if vi:
            name, op, power, place = p
            group = doc.pick(("II", "III"))
            cols.append([name, op, ident, power, year, place, num(lat, "vi"), num(lon, "vi"), f"Nhóm {group}"])
            out.append({"bin": ident, "name_contains": name, "lat": lat, "lon": lon, "category": group})
        else:
            ru, kk, op_ru, op_kk, mw, cat = p
            kato = make_kato(r)
            name, op = doc.v(ru, kk, ""), doc.v(op_ru, op_kk, "")
            cols.append([name, op, ident, mw, year, kato, num(lat, doc.lang), num(lon, doc.lang), cat])
            out.append({"bin": ident, "name_contains": name, "kato": kato, "lat": lat, "lon": lon, "category": cat})
    labels = doc.v(
        ["Показатель", "Оператор (собственник)", "БИН оператора", "Установленная мощность, МВт", "Год ввода в эксплуатацию",
         "Код КАТО", "Широта, град.", "Долгота, град.", "Категория объекта (ст. 12 ЭК РК)"],
        ["Көрсеткіш", "Оператор (меншік иесі)", "Оператордың БСН", "Белгіленген қуаты, МВт", "Пайдалануға берілген жылы",
         "ҚАТО коды", "Ендік, град.", "Бойлық, град.", "Объект санаты (ҚР ЭК 12-бабы)"],
        ["Chỉ tiêu", "Chủ đầu tư", "Mã số doanh nghiệp", "Công suất lắp đặt", "Năm vận hành thương mại (COD)",
         "Địa điểm", "Vĩ độ (độ thập phân)", "Kinh độ (độ thập phân)", "Phân loại dự án (Luật BVMT 2020)"])  # fmt: skip
    rows = [[label, *(c[i] for c in cols)] for i, label in enumerate(labels)]
    doc.table(doc.v("Таблица 1 – Генерирующие объекты", "1-кесте – Генерациялаушы объектілер", "Bảng 1. Thông tin các nhà máy"),
              rows, role="facility")
    doc.add("facilities", *out)
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# (workshop RU, KK), [(number, RU name, KK name, height, codes, (low, high) g/s)]
TPP_SOURCES = (
    (("Котлотурбинный цех", "Қазандық-турбина цехы"), [
        ("0001", "Дымовая труба № 1 (котлоагрегаты ст. № 1–4)", "№ 1 түтін мұржасы (№ 1–4 қазандық агрегаттары)", "180",
         ("0301", "0304", "0330", "0337", "2908"), (40, 900)),
        ("0002", "Дымовая труба № 2 (котлоагрегаты ст. № 5–8)", "№ 2 түтін мұржасы (№ 5–8 қазандық агрегаттары)", "250",
         ("0301", "0304", "0330", "0337", "2908"), (40, 900))]),
    (("Топливно-транспортный цех", "Отын-көлік цехы"), [
        ("0003", "Аспирационная установка узла пересыпки угля", "Көмір төгу торабының аспирациялық қондырғысы", "24",
         ("2908",), (0.2, 3)),
        ("6001", "Открытый склад угля", "Ашық көмір қоймасы", "5", ("2908",), (0.5, 6))]),
    (("Мазутное хозяйство", "Мазут шаруашылығы"), [
        ("0004", "Дыхательные клапаны резервуаров мазута", "Мазут резервуарларының тыныс алу клапандары", "12",
         ("0333", "2754"), (0.001, 0.2))]),
    (("Цех золошлакоудаления", "Күл-қож шығару цехы"), [
        ("6002", "Золоотвал № 2 (пыление сухих пляжей)", "№ 2 күл үйіндісі (құрғақ жағажайлардың шаңдануы)", "2",
         ("2908",), (1, 9))]),
)  # fmt: skip
VN_TPP_SOURCES = (
    ("Ống khói chung tổ máy S1–S2 (H = 200 m)", ("2902", "0301", "0330", "0337"), (60, 900)),
    ("Ống thải hệ thống lọc bụi tháp chuyển tiếp băng tải than", ("2902",), (0.2, 3)),
    ("Kho than kín và bãi than dự phòng", ("2902",), (0.5, 5)),
    ("Bãi thải xỉ (bụi phát tán từ mặt bãi)", ("2902",), (1, 8)),
)


def emissions_da1(doc: Doc) -> None:
    """The ЭРА form of a ТЭЦ's НДВ project: the workshop merged down the first column, then the source's number, name
    and height merged down over its substances, code and name in their own cells, `г/с | т/год` under `Выброс ЗВ (НДВ)`,
    the year the norm is reached, a total row over all substances (VI: an ĐTM's loads per named source, the source
    merged down over its pollutants, no numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        name, operator, _, _ = doc.pick(VN_THERMAL)
        doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN MỞ RỘNG {name.upper()}")
        doc.p("Tải lượng các chất ô nhiễm không khí được tính toán trên cơ sở lượng than tiêu thụ 2,1 triệu tấn/năm, "
              "hiệu suất hệ thống lọc bụi tĩnh điện 99,7 % và hiệu suất khử SO2 93 %.")
        rows = [["TT", "Nguồn thải", "Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
        merges = []
        for k, (src, codes, (lo, hi)) in enumerate(VN_TPP_SOURCES, 1):
            start = len(rows)
            base = r.uniform(lo, hi)
            for c in codes:
                g = _rate(doc, c, lo, hi, base) if len(codes) > 1 else rate(r, lo, hi, 4)
                t = _sig(g * 3600 * 6500 / 1e6 * r.uniform(0.9, 1.1), 4)
                rows.append([str(k) if len(rows) == start else None, src if len(rows) == start else None,
                             vocab.air(c, "vi", 1 if c != "2902" else 0), num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, g, t))
            if len(rows) - start > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        doc.table("Bảng 3.8. Tải lượng các chất ô nhiễm trong khí thải của nhà máy", rows, merges, role="emissions")
        maybe_distractor(doc)
        return
    ru, _, _, _, _, _ = doc.pick(KZ_THERMAL)
    doc.h(doc.v(f"Проект нормативов допустимых выбросов. Объект: {ru}", f"{ru} үшін жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(doc.v("Нормативы допустимых выбросов устанавливаются на 2026–2035 годы по каждому источнику и веществу.",
                "Жол берілетін шығарындылар нормативтері 2026–2035 жылдарға әр көз бен зат бойынша белгіленеді.", ""))
    head = doc.v(["Производство, цех", "Номер источника", "Наименование источника выброса", "Высота источника, м", "Код ЗВ",
                  "Наименование ЗВ", "Выброс ЗВ (НДВ)", None, "Год достижения НДВ"],
                 ["Өндіріс, цех", "Көз нөмірі", "Шығарынды көзінің атауы", "Көздің биіктігі, м", "ЛЗ коды",
                  "ЛЗ атауы", "ЛЗ шығарындысы (ЖШН)", None, "ЖШН қол жеткізу жылы"], [])
    sub = [None] * 6 + doc.v(["г/с", "т/год"], ["г/с", "т/жыл"], []) + [None]
    rows = [head, sub]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 5, 8)] + [(0, 6, 0, 7)]
    groups = [g for g in TPP_SOURCES if g[0][0] != "Мазутное хозяйство" or r.random() < 0.6]
    year = doc.pick(("2026", "2027"))
    all_g, all_t, sources = [], [], []
    for (ws_ru, ws_kk), items in groups:
        ws_start = len(rows)
        for number, name_ru, name_kk, height, codes, (lo, hi) in items:
            sources.append(number)
            start = len(rows)
            base = r.uniform(lo, hi)
            for c in codes:
                g = _rate(doc, c, lo, hi, base) if len(codes) > 1 else rate(r, lo, hi, 4)
                t = _sig(g * 3600 * r.randint(5200, 8400) / 1e6, 4)
                all_g.append(g)
                all_t.append(t)
                first = len(rows) == start
                rows.append([doc.v(ws_ru, ws_kk, "") if len(rows) == ws_start else None,
                             number if first else None, doc.v(name_ru, name_kk, "") if first else None,
                             height if first else None, c, vocab.air(c, doc.lang), num(g, doc.lang), num(t, doc.lang), year])
                doc.add("emissions", emission(c, g, t, number))
            if len(rows) - start > 1:
                merges += [(start, k, len(rows) - 1, k) for k in (1, 2, 3)]
        if len(rows) - ws_start > 1:
            merges.append((ws_start, 0, len(rows) - 1, 0))
    rows.append([doc.v("Всего по предприятию:", "Кәсіпорын бойынша барлығы:", ""), None, None, None, None, None,
                 total(doc, all_g), total(doc, all_t), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(doc.v("Таблица 3.4 – Нормативы выбросов загрязняющих веществ в атмосферу по источникам",
                    "3.4-кесте – Көздер бойынша атмосфераға ластаушы заттар шығарындыларының нормативтері", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in sources))
    maybe_distractor(doc)


# (number, RU, KK, codes, period, (low, high) g/s)
GPES_SOURCES = (
    ("6001", "Земляные работы (выемка, обратная засыпка)", "Жер жұмыстары (қазу, кері көму)", ("2908",), "construction", (0.05, 1.2)),
    ("6002", "Сварочный пост", "Дәнекерлеу посты", ("0123", "0143"), "construction", (0.0005, 0.02)),
    ("6003", "Передвижная дизельная электростанция", "Жылжымалы дизельдік электр станциясы", ("0301", "0337", "0328"),
     "construction", (0.005, 0.3)),
    ("6004", "Покрасочные работы", "Бояу жұмыстары", ("0616", "0621"), "construction", (0.01, 0.15)),
    ("0001", "Выхлопная труба ГПУ № 1", "№ 1 ГПҚ шығару құбыры", ("0301", "0304", "0337", "1325", "0410"), "operation", (0.02, 2.5)),
    ("0002", "Выхлопная труба ГПУ № 2", "№ 2 ГПҚ шығару құбыры", ("0301", "0304", "0337", "1325", "0410"), "operation", (0.02, 2.5)),
    ("0003", "Свеча продувки газопровода", "Газ құбырын үрлеу шырағы", ("0410",), "operation", (0.1, 4)),
)  # fmt: skip
VN_SOLAR_SOURCES = (
    ("Phương tiện vận chuyển nguyên vật liệu, tấm pin", ("2902", "0301", "0330", "0337"), "construction"),
    ("Máy móc thi công (máy đào, máy ủi, máy đóng cọc)", ("2902", "0301", "0330", "0337"), "construction"),
    ("Hoạt động hàn khung giá đỡ", ("0123", "0143"), "construction"),
    ("Máy phát điện dự phòng 500 kVA tại trạm biến áp", ("0301", "0330", "0337"), "operation"),
)


def emissions_da2(doc: Doc) -> None:
    """A gas-piston power plant's statement of intended activity: one flat list in which every row repeats the period,
    the source's number and its name (no merges), then code, name, hazard class, `г/с` and `т/год*`, the asterisk
    saying that construction figures are tonnes for the whole construction period (VI: a solar farm's ĐTM, a stage
    column `Thi công xây dựng | Vận hành`, named sources, no numbers)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NHÀ MÁY ĐIỆN MẶT TRỜI PHƯỚC HỮU 3 (50 MWp)")
        doc.p("Tải lượng bụi và khí thải được tính theo hệ số ô nhiễm của WHO (1993) và khối lượng nhiên liệu tiêu thụ.")
        rows = [["TT", "Giai đoạn", "Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng (g/s)", "Tổng lượng thải (tấn/năm)*"]]
        stage = {"construction": "Thi công xây dựng", "operation": "Vận hành"}
        for src, codes, period in VN_SOLAR_SOURCES:
            base = r.uniform(0.01, 0.6)
            for c in codes:
                g = _sig(_rate(doc, c, 0, 0, base), 3)
                hours = r.randint(1200, 2400) if period == "construction" else r.randint(100, 300)
                t = _sig(g * 3600 * hours / 1e6, 3)
                rows.append([str(len(rows)), stage[period], src, vocab.air(c, "vi", 1 if c in ("0301", "0330", "0337") else 0),
                             num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, g, t, period=period))
        doc.table("Bảng 3.3. Tải lượng bụi, khí thải phát sinh trong các giai đoạn của dự án", rows, role="emissions")
        doc.p("* Giai đoạn thi công kéo dài 10 tháng: tổng lượng thải tính cho cả giai đoạn thi công.")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Заявление о намечаемой деятельности: строительство газопоршневой электростанции мощностью 48 МВт",
                "Белгіленіп отырған қызмет туралы өтініш: қуаты 48 МВт газпоршенді электр станциясының құрылысы", ""))
    doc.p(doc.v("Ожидаемые выбросы загрязняющих веществ определены расчетным методом для периодов строительства и эксплуатации.",
                "Ластаушы заттардың күтілетін шығарындылары құрылыс және пайдалану кезеңдері үшін есептік әдіспен анықталды.", ""))
    rows = [doc.v(["№ п/п", "Период", "№ ИЗА", "Источник загрязнения", "Код ЗВ", "Наименование загрязняющего вещества",
                   "Класс опасности", "Выброс, г/с", "Выброс, т/год*"],
                  ["№", "Кезең", "ЛШК №", "Ластану көзі", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы",
                   "Шығарынды, г/с", "Шығарынды, т/жыл*"], [])]
    period_word = {"construction": doc.v("строительство", "құрылыс", ""), "operation": doc.v("эксплуатация", "пайдалану", "")}
    chosen = [s for s in GPES_SOURCES if s[0] in ("6001", "6003", "0001") or r.random() < 0.6]
    for number, name_ru, name_kk, codes, period, (lo, hi) in chosen:
        base = r.uniform(lo, hi)
        for c in codes:
            g = _rate(doc, c, lo, hi, base)
            hours = r.randint(900, 1700) if period == "construction" else r.randint(7000, 8400)
            t = _sig(g * 3600 * hours / 1e6, 4)
            hz = vocab.hazard(c)
            rows.append([str(len(rows)), period_word[period], number, doc.v(name_ru, name_kk, ""), c, vocab.air(c, doc.lang),
                         str(hz) if hz else "–", num(g, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(c, g, t, number, hz, period))
    doc.table(doc.v("Таблица 5 – Характеристика ожидаемых выбросов", "5-кесте – Күтілетін шығарындылардың сипаттамасы", ""),
              rows, role="emissions")
    doc.p(doc.v("* Для периода строительства (8 месяцев) – тонн за весь период строительства.",
                "* Құрылыс кезеңі үшін (8 ай) – бүкіл құрылыс кезеңіндегі тонна.", ""))
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, state RU, KK, place RU, KK, operation RU, KK, (low, high) t)
TPP_WASTES = (
    ("10 01 02", "Зола уноса", "Ұшпа күл", "твердое", "қатты", "Золоотвал № 2", "№ 2 күл үйіндісі",
     "захоронение; частично – реализация на производство цемента", "көму; ішінара – цемент өндірісіне сату", (180000, 620000)),
    ("10 01 01", "Шлак топочный", "Ошақ қожы", "твердое", "қатты", "Золоотвал № 2", "№ 2 күл үйіндісі",
     "захоронение", "көму", (30000, 95000)),
)  # fmt: skip
TPP_OTHER = (
    ("19 09 02", "Шлам осветлителей химводоочистки", "Химиялық су тазарту мөлдірлеткіштерінің шламы", "шламообразное", "шлам тәрізді",
     "Шламонакопитель ХВО", "ХСТ шлам жинағышы", "захоронение", "көму", (150, 1800)),
    ("19 09 05", "Отработанные ионообменные смолы", "Пайдаланылған ион алмастырғыш шайырлар", "твердое", "қатты",
     "Площадка временного хранения", "Уақытша сақтау алаңы", "передача специализированной организации", "мамандандырылған ұйымға беру", (2, 18)),
    ("13 03 07*", "Отработанное трансформаторное масло", "Пайдаланылған трансформатор майы", "жидкое", "сұйық",
     "Склад масел (бочки)", "Май қоймасы (бөшкелер)", "передача на регенерацию", "регенерацияға беру", (1.5, 12)),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "твердое", "қатты",
     "Аккумуляторная", "Аккумуляторлық", "передача специализированной организации", "мамандандырылған ұйымға беру", (0.3, 3)),
    ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Пайдаланылған құрамында сынап бар шамдар", "твердое", "қатты",
     "Склад ламп", "Шамдар қоймасы", "демеркуризация", "демеркуризациялау", (0.05, 0.6)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "твердое", "қатты", "Металлические контейнеры", "Металл контейнерлер",
     "сжигание в котлах по договору", "шарт бойынша өртеу", (0.5, 4)),
    ("16 11 06", "Отработанные огнеупоры (футеровка котлов)", "Пайдаланылған отқатөзімді материалдар (қазандық футеровкасы)", "твердое",
     "қатты", "Золоотвал № 2", "№ 2 күл үйіндісі", "захоронение", "көму", (20, 140)),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", "твердое", "қатты", "Склад металлолома", "Металл сынықтары қоймасы",
     "реализация", "сату", (40, 600)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "твердое", "қатты", "Контейнерная площадка",
     "Контейнерлік алаң", "вывоз на полигон ТБО", "ҚТҚ полигонына шығару", (60, 320)),
)  # fmt: skip


def wastes_da1(doc: Doc) -> None:
    """A ТЭЦ's waste section: `Отход` merged over `Наименование | Код`, the state, `Образование, т/год`, the place of
    accumulation and the handling; the ash and slag under a numbered group row with no amount (`1.1`, `1.2` under it),
    ash amounts in hundreds of thousands of tonnes (VI: the annual report's ash, slag, FGD gypsum and sludge in tonnes,
    no code, then the CTNH in kilograms with the amount before the code and a total row)."""
    r = doc.rng
    if doc.lang == "vi":
        name, _, _, _ = doc.pick(VN_THERMAL)
        doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
        doc.h("3. Kết quả quản lý chất thải rắn công nghiệp thông thường và chất thải nguy hại")
        ordinary = (("Tro bay", 250000, 900000, "Bán cho các nhà máy xi măng, bê tông làm phụ gia; phần còn lại lưu chứa tại bãi xỉ"),
                    ("Xỉ đáy lò", 40000, 150000, "Lưu chứa tại bãi xỉ, tiêu thụ làm vật liệu san lấp"),
                    ("Thạch cao từ hệ thống khử lưu huỳnh (FGD)", 60000, 220000, "Bán cho đơn vị sản xuất tấm thạch cao"),
                    ("Bùn thải từ hệ thống xử lý nước thải", 300, 2500, "Lưu chứa tại bãi xỉ"))  # fmt: skip
        rows = [["TT", "Loại chất thải", "Khối lượng phát sinh (tấn)", "Hình thức quản lý"]]
        for k, (w, lo, hi, how) in enumerate(ordinary, 1):
            t = rate(r, lo, hi, 4)
            rows.append([str(k), w, num(t, "vi"), how])
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": w})
        doc.table("Bảng 3.1. Khối lượng tro, xỉ, thạch cao và chất thải rắn công nghiệp thông thường phát sinh năm 2025",
                  rows, role="wastes")
        picked = r.sample(vocab.VN_CTNH, 5)
        rows = [["TT", "Tên chất thải", "Khối lượng (kg)", "Mã CTNH", "Đơn vị thu gom, xử lý"]]
        kgs = []
        for k, (code, w, _) in enumerate(picked, 1):
            kg = r.randint(3, 900) * 10
            kgs.append(kg)
            rows.append([str(k), w, num(kg, "vi"), code, "Công ty TNHH Môi trường Xanh Miền Trung"])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                               "name_contains": w})
        rows.append(["", "Tổng cộng", num(sum(kgs), "vi"), "", ""])
        doc.table("Bảng 3.2. Chất thải nguy hại phát sinh năm 2025", rows, role="wastes")
        maybe_distractor(doc)
        return
    ru, _, kk, _, _, _ = doc.pick(KZ_THERMAL)
    doc.h(doc.v(f"Раздел 6. Управление отходами. Объект: {ru}", f"6-бөлім. {kk} қалдықтарын басқару", ""))
    doc.p(doc.v("Золошлаковые отходы удаляются системой гидрозолоудаления на золоотвал № 2.",
                "Күл-қож қалдықтары гидрокүл шығару жүйесімен № 2 күл үйіндісіне шығарылады.", ""))
    L = 0 if doc.lang == "ru" else 1
    rows = [doc.v(["№", "Отход", None, "Агрегатное состояние", "Образование, т/год", "Место накопления", "Способ обращения"],
                  ["№", "Қалдық", None, "Агрегаттық күйі", "Түзілуі, т/жыл", "Жинақтау орны", "Жұмыс тәсілі"], []),
            doc.v([None, "Наименование", "Код", None, None, None, None], [None, "Атауы", "Коды", None, None, None, None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 1, 6)]
    rows.append(["1", doc.v("Золошлаковые отходы (гидрозолоудаление), в том числе:",
                            "Күл-қож қалдықтары (гидрокүл шығару), оның ішінде:", ""), None, None, None, None, None])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 6))

    def line(number: str, w) -> None:
        code, n_ru, n_kk, s_ru, s_kk, p_ru, p_kk, o_ru, o_kk, (lo, hi) = w
        t = rate(r, lo, hi, 4)
        name = (n_ru, n_kk)[L]
        rows.append([number, name, code, (s_ru, s_kk)[L], num(t, doc.lang), (p_ru, p_kk)[L], (o_ru, o_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                           "name_contains": name})

    for j, w in enumerate(TPP_WASTES, 1):
        line(f"1.{j}", w)
    others = r.sample(TPP_OTHER, 6)
    others.sort(key=lambda w: not w[0].endswith("*"))
    for k, w in enumerate(others, 2):
        line(str(k), w)
    doc.table(doc.v("Таблица 6.1 – Виды и объемы образования отходов", "6.1-кесте – Қалдықтардың түрлері мен түзілу көлемдері", ""),
              rows, merges, role="wastes")
    doc.p(doc.v("Примечание: * – опасные отходы.", "Ескертпе: * – қауіпті қалдықтар.", ""))
    maybe_distractor(doc)


# (code, RU, KK, RU source, KK source, (low, high) kg, RU operation, KK operation, RU removal, KK removal)
WIND_WASTES = (
    ("13 03 07*", "Отработанное трансформаторное масло", "Пайдаланылған трансформатор майы",
     "замена масла в трансформаторах ПС 220/35 кВ", "220/35 кВ ҚС трансформаторларында май ауыстыру", (300, 2400)),
    ("13 02 06*", "Отработанные синтетические редукторные масла", "Пайдаланылған синтетикалық редуктор майлары",
     "техобслуживание мультипликаторов ВЭУ", "ЖЭҚ мультипликаторларына техникалық қызмет көрсету", (400, 3600)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "обслуживание гондол ВЭУ", "ЖЭҚ гондолаларына қызмет көрсету", (50, 400)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "освещение ОРУ и здания ОПУ",
     "АТҚ және ЖБП ғимаратын жарықтандыру", (5, 40)),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "системы оперативного тока",
     "жедел ток жүйелері", (80, 600)),
    ("16 02 14", "Вышедшее из строя электрооборудование", "Істен шыққан электр жабдықтары", "ремонт шкафов управления",
     "басқару шкафтарын жөндеу", (40, 500)),
    ("17 04 11", "Отходы кабельной продукции", "Кабель өнімдерінің қалдықтары", "ремонт кабельных линий 35 кВ",
     "35 кВ кабель желілерін жөндеу", (30, 800)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "жизнедеятельность персонала", "персоналдың тыныс-тіршілігі",
     (900, 4800)),
)  # fmt: skip


def wastes_da2(doc: Doc) -> None:
    """A wind farm's wastes: the code before the name, the name followed by where it forms in brackets, the operation,
    `Количество, кг/год` and how often it is taken away, a total row in kilograms (VI: a solar farm's GPMT, three group
    rows — domestic, ordinary industrial, hazardous — spanning the table, a `-` for the code of ordinary wastes, kg/năm)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY ĐIỆN MẶT TRỜI PHƯỚC HỮU 3")
        doc.h("Phụ lục III. Yêu cầu về quản lý chất thải")
        doc.p("1. Chủng loại, khối lượng chất thải phát sinh:")
        rows = [["TT", "Tên chất thải", "Mã chất thải", "Khối lượng (kg/năm)"]]
        merges = []
        groups = (("I. Chất thải rắn sinh hoạt", [("Chất thải rắn sinh hoạt của cán bộ vận hành", (1500, 6000))]),
                  ("II. Chất thải rắn công nghiệp thông thường", [("Bao bì, thùng carton thải", (100, 900)),
                                                                  ("Phế liệu kim loại, dây cáp điện thải", (150, 1200))]),
                  ("III. Chất thải nguy hại", None))  # fmt: skip
        for title, items in groups:
            rows.append([title, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 3))
            if items is None:
                for k, (code, w, _) in enumerate(r.sample(vocab.VN_CTNH, 4), 1):
                    kg = r.randint(1, 60) * 5
                    rows.append([str(k), w, code, num(kg, "vi")])
                    doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                                       "name_contains": w})
                continue
            for k, (w, (lo, hi)) in enumerate(items, 1):
                kg = r.randint(lo // 10, hi // 10) * 10
                rows.append([str(k), w, "-", num(kg, "vi")])
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": w})
        doc.table(None, rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Программа управления отходами ВЭС «Ерейментау-2» на 2026–2035 годы",
                "«Ерейментау-2» ЖЭС қалдықтарын басқарудың 2026–2035 жылдарға арналған бағдарламасы", ""))
    doc.p(doc.v("На ВЭС эксплуатируются 20 ветроэнергетических установок единичной мощностью 2,5 МВт и подстанция 220/35 кВ.",
                "ЖЭС-те бірлік қуаты 2,5 МВт 20 жел энергетикалық қондырғы және 220/35 кВ қосалқы станция пайдаланылады.", ""))
    rows = [doc.v(["№", "Код отхода", "Наименование отхода (источник образования)", "Вид операции", "Количество, кг/год",
                   "Периодичность вывоза"],
                  ["№", "Қалдық коды", "Қалдықтың атауы (түзілу көзі)", "Операция түрі", "Саны, кг/жыл", "Шығару кезеңділігі"], [])]
    picked = r.sample(WIND_WASTES, 6)
    picked.sort(key=lambda w: not w[0].endswith("*"))
    L = 0 if doc.lang == "ru" else 1
    kgs = []
    for k, (code, n_ru, n_kk, s_ru, s_kk, (lo, hi)) in enumerate(picked, 1):
        kg = r.randint(lo, hi)
        kgs.append(kg)
        name = (n_ru, n_kk)[L]
        op = doc.v("накопление, передача по договору", "жинақтау, шарт бойынша беру", "")
        when = doc.pick(doc.v(("1 раз в полугодие", "по мере накопления, не реже 1 раза в 6 месяцев", "ежеквартально"),
                              ("жарты жылда 1 рет", "жиналуына қарай, 6 айда кемінде 1 рет", "тоқсан сайын"), ()))
        rows.append([str(k), code, f"{name} ({(s_ru, s_kk)[L]})", op, num(kg, doc.lang), when])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": kg / 1000,
                           "name_contains": name})
    rows.append(["", "", doc.v("Всего", "Барлығы", ""), "", num(sum(kgs), doc.lang), ""])
    doc.table(doc.v("Таблица 2 – Перечень и количество образующихся отходов",
                    "2-кесте – Түзілетін қалдықтардың тізбесі мен саны", ""), rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# number: (RU, KK description, {code: options of norms, mg/Nm3})
KER_STACKS = (
    ("0001", "дымовая труба № 1 (Н = 180 м), котлоагрегаты ст. № 1–4, экибастузский уголь",
     "№ 1 түтін мұржасы (Н = 180 м), № 1–4 қазандық агрегаттары, Екібастұз көмірі",
     {"0301": (570, 640, 700), "0330": (1200, 1400, 1600), "2908": (250, 300, 400), "0337": (300, 400)}),
    ("0002", "дымовая труба № 2 (Н = 250 м), котлоагрегаты ст. № 5–8 после реконструкции",
     "№ 2 түтін мұржасы (Н = 250 м), реконструкциядан кейінгі № 5–8 қазандық агрегаттары",
     {"0301": (300, 350, 400), "0330": (400, 500), "2908": (30, 50), "0337": (200, 250)}),
    ("0005", "дымовая труба пиковой водогрейной котельной (природный газ)", "шыңдық су жылыту қазандығының түтін мұржасы (табиғи газ)",
     {"0301": (200, 250), "0337": (100, 120)}),
)  # fmt: skip


def limits_da1(doc: Doc) -> None:
    """A КЭР's technological norms: a group row per stack spanning the table (`Источник № 0001 – …`), the substances
    under it lettered, the code in its own column, the norm in mg/Nm³, the oxygen the norm is reduced to and how it is
    controlled (VI: a coal plant's outfall NT1, four quarters as sub-columns under a merged header, QCVN 40 column B
    last, a temperature row in °C)."""
    r = doc.rng
    if doc.lang == "vi":
        name, _, _, _ = doc.pick(VN_THERMAL)
        doc.h(f"KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025 – {name.upper()}")
        doc.p("Vị trí quan trắc: NT1 – cửa xả nước thải sau trạm xử lý nước thải tập trung ra kênh thải nước làm mát.")
        rows = [["TT", "Thông số", "Đơn vị", "Kết quả quan trắc năm 2025", None, None, None, "QCVN 40:2011/BTNMT (Cột B)"],
                [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
        rows.append(["1", "Nhiệt độ", "°C", *(num(round(r.uniform(29, 37), 1), "vi") for _ in range(4)), "40"])
        keys = ["pH", *sorted(r.sample(["TSS", "COD", "BOD5", "NH4+", "TPH", "Fe", "As", "Hg"], 5),
                              key=["TSS", "COD", "BOD5", "NH4+", "TPH", "Fe", "As", "Hg"].index)]
        for k, s in enumerate(keys, 2):
            lim = QCVN40[s][1]
            vals = [round(r.uniform(6.6, 8.1), 1) if s == "pH" else _sig(lim * r.uniform(0.05, 0.8), 2) for _ in range(4)]
            rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", *(num(v, "vi") for v in vals), cell(doc, lim)])
            for v in vals:
                add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "B", "NT1", v))
        doc.table("Bảng 4. Kết quả quan trắc nước thải tại điểm NT1", rows, merges, role="limits")
        doc.p("Ghi chú: “-”: không quy định.")
        maybe_distractor(doc)
        return
    ru, _, kk, _, _, _ = doc.pick(KZ_THERMAL)
    doc.h(doc.v(f"Комплексное экологическое разрешение. {ru}. Приложение 2. Технологические нормативы выбросов",
                f"Кешенді экологиялық рұқсат. {kk}. 2-қосымша. Шығарындылардың технологиялық нормативтері", ""))
    doc.p(doc.v("Нормативы приведены к нормальным условиям (273 К, 101,3 кПа), сухому газу и указанному содержанию кислорода.",
                "Нормативтер қалыпты жағдайларға (273 К, 101,3 кПа), құрғақ газға және көрсетілген оттегі құрамына келтірілген.", ""))
    rows = [doc.v(["№", "Загрязняющее вещество", "Код ЗВ", "Технологический норматив, мг/Нм3", "Содержание O2, %", "Способ контроля"],
                  ["№", "Ластаушы зат", "ЛЗ коды", "Технологиялық норматив, мг/Нм3", "O2 құрамы, %", "Бақылау тәсілі"], [])]
    merges = []
    letters = doc.v("абвгде", "абвгде", "")
    stacks = [s for s in KER_STACKS if s[0] != "0005" or r.random() < 0.7]
    for number, d_ru, d_kk, norms in stacks:
        rows.append([doc.v(f"Источник № {number} – {d_ru}", f"№ {number} көз – {d_kk}", ""), None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        gas = number == "0005"
        for j, (code, options) in enumerate(norms.items()):
            lim = float(r.choice(options))
            how = doc.v("АСМ" if not gas else "инструментальный, 1 раз в квартал",
                        "АМЖ" if not gas else "аспаптық, тоқсанына 1 рет", "")
            rows.append([f"{letters[j]})", vocab.air(code, doc.lang), code, num(lim, doc.lang), "3" if gas else "6", how])
            add(doc, limit(("code", code), "flue_gas", lim, "mg/Nm3", None, number))
    doc.table(doc.v("Таблица 2.1", "2.1-кесте", ""), rows, merges, role="limits")
    doc.p(doc.v("АСМ – автоматизированная система мониторинга эмиссий.", "АМЖ – эмиссиялар мониторингінің автоматтандырылған жүйесі.", ""))
    maybe_distractor(doc)


# symbol: limit, mg/l — drinking-water hygienic norms the groundwater around an ash dump is judged by
GROUND = {"pH": (6, 9), "TDS": 1000, "SO4": 500, "Cl-": 350, "Fe": 0.3, "Mn": 0.1, "F-": 1.5, "NO3-": 45}
# code: (A, B coal, B oil, B gas), mg/Nm3 — QCVN 22:2009/BTNMT, thermal power plants
QCVN22 = {"2902": (400, 200, 150, 50), "0301": (1000, 650, 600, 250), "0330": (1500, 500, 500, 300)}


def limits_da2(doc: Doc) -> None:
    """The observation wells of an ash dump: the wells as rows (the background well first, its role in brackets), the
    sampling date, the parameters as columns, the norm as the last row `ПДК*` with its source in a footnote, the unit in
    the caption (VI: the QCVN 22:2009 table itself, column B split into coal, oil and gas under a three-row header,
    followed by the Kp and Kv tables of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("QCVN 22:2009/BTNMT QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ KHÍ THẢI CÔNG NGHIỆP NHIỆT ĐIỆN")
        doc.p("2.1. Nồng độ tối đa cho phép của các thông số ô nhiễm trong khí thải công nghiệp nhiệt điện được tính theo "
              "công thức Cmax = C × Kp × Kv, trong đó C là nồng độ quy định tại Bảng 1.")
        rows = [["TT", "Thông số", "Nồng độ C (mg/Nm3)", None, None, None],
                [None, None, "A", "B", None, None],
                [None, None, None, "Than", "Dầu", "Khí"]]
        merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 5), (1, 2, 2, 2), (1, 3, 1, 5)]
        names = {"2902": "Bụi tổng", "0301": "NOx (tính theo NO2)", "0330": "SO2"}
        for k, (code, values) in enumerate(QCVN22.items(), 1):
            rows.append([str(k), names[code], *(num(v, "vi") for v in values)])
            add(doc, limit(("code", code), "flue_gas", values[0], "mg/Nm3", "A"),
                *(limit(("code", code), "flue_gas", v, "mg/Nm3", "B") for v in values[1:]))
        doc.table("Bảng 1 – Nồng độ C của bụi và các chất vô cơ làm cơ sở tính nồng độ tối đa cho phép", rows, merges, role="limits")
        doc.p("Cột A áp dụng cho các nhà máy nhiệt điện đang hoạt động; cột B áp dụng cho các nhà máy nhiệt điện xây dựng mới.")
        doc.table("Bảng 2 – Hệ số công suất Kp", [["Tổng công suất nhiệt danh định (MW)", "Hệ số Kp"],
                                                ["P ≤ 300", "1"], ["300 < P ≤ 1.200", "0,85"], ["P > 1.200", "0,7"]], role="other")
        doc.table("Bảng 3 – Hệ số vùng Kv", [["Phân vùng, khu vực", "Hệ số Kv"], ["Loại 1 – Nội thành đô thị loại đặc biệt", "0,6"],
                                            ["Loại 2 – Nội thành đô thị loại II, III, IV", "0,8"], ["Loại 3 – Khu công nghiệp", "1,0"],
                                            ["Loại 4 – Nông thôn", "1,2"], ["Loại 5 – Nông thôn miền núi", "1,4"]], role="other")
        return
    ru, _, kk, _, _, _ = doc.pick(KZ_THERMAL)
    doc.h(doc.v(f"Отчет по программе производственного экологического контроля за 2025 год. Объект: {ru}",
                f"{kk} өндірістік экологиялық бақылау бағдарламасы бойынша 2025 жылғы есеп", ""))
    doc.h(doc.v("4.3. Мониторинг подземных вод в районе золоотвала № 2", "4.3. № 2 күл үйіндісі ауданындағы жерасты суларының мониторингі", ""))
    keys = ["pH", *sorted(r.sample(["TDS", "SO4", "Cl-", "Fe", "Mn", "F-", "NO3-"], 5), key=list(GROUND).index)]
    labels = [("pH, " + doc.v("ед.", "бірл.", "")) if s == "pH" else vocab.water(s, doc.lang) for s in keys]
    rows = [[doc.v("Скважина", "Ұңғыма", ""), doc.v("Дата отбора", "Сынама алу күні", ""), *labels]]
    wells = doc.v(("Н-1 (фоновая, выше золоотвала)", "Н-2 (у южной дамбы)", "Н-3 (у западной дамбы)", "Н-4 (ниже золоотвала)"),
                  ("Н-1 (фондық, күл үйіндісінен жоғары)", "Н-2 (оңтүстік бөгет маңы)", "Н-3 (батыс бөгет маңы)",
                   "Н-4 (күл үйіндісінен төмен)"), ())
    wells = [wells[0], *sorted(r.sample(wells[1:], r.randint(2, 3)))]
    for w in wells:
        point = w.split(" ")[0]
        background = w.startswith("Н-1")
        cells = []
        for s in keys:
            lim = GROUND[s]
            if isinstance(lim, tuple):
                v = round(r.uniform(6.8, 8.4), 1)
            else:
                v = _sig(lim * r.uniform(0.05, 0.4 if background else 1.3), 3)
            cells.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "water", lim, "mg/l", None, point, v))
        rows.append([w, f"{r.randint(10, 28)}.0{r.choice((4, 5, 9))}.2025", *cells])
    rows.append([doc.v("ПДК*", "ШЖК*", ""), "–", *(cell(doc, GROUND[s], to="–") for s in keys)])
    doc.table(doc.v("Таблица 4.5 – Результаты анализа проб подземных вод, мг/дм3 (pH – ед.)",
                    "4.5-кесте – Жерасты суларының сынамаларын талдау нәтижелері, мг/дм3 (pH – бірл.)", ""), rows, role="limits")
    doc.p(doc.v("* Гигиенические нормативы показателей безопасности хозяйственно-питьевого водоснабжения.",
                "* Шаруашылық-ауыз сумен жабдықтау қауіпсіздігі көрсеткіштерінің гигиеналық нормативтері.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring


def monitoring_da1(doc: Doc) -> None:
    """An ash dump's monitoring programme: the object (air, groundwater, surface water, soil) merged down the first
    column, two points in one cell, the parameters in one cell, the frequency and the sampling months (VI: a coal
    plant's GPMT with the continuous monitoring of its stacks, flow, temperature and O2 in the same cell as the
    pollutants, then a second table of periodic monitoring of the ash yard's air and groundwater)."""
    r = doc.rng
    if doc.lang == "vi":
        name, _, _, _ = doc.pick(VN_THERMAL)
        doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
        doc.h("Phụ lục IV. Chương trình quan trắc môi trường")
        doc.p("1. Quan trắc khí thải tự động, liên tục:")
        rows = [["TT", "Vị trí lắp đặt", "Thông số quan trắc", "Tần suất", "Kết nối, truyền số liệu"]]
        gas = ("2902", "0330", "0301", "0337")
        for k in (1, 2):
            label = f"OK{k} – Ống khói tổ máy S{k}"
            names = ["Lưu lượng", "nhiệt độ", "áp suất", "O2 dư", *(vocab.air(c, "vi", 0 if c == "2902" else 1) for c in gas)]
            rows.append([str(k), label, ", ".join(names), "Liên tục", "Truyền về Sở Nông nghiệp và Môi trường"])
            doc.add("monitoring", *(_mon({"point_contains": f"OK{k}"}, ("code", c), "continuous") for c in gas))
        doc.table(None, rows, role="monitoring")
        doc.p("2. Quan trắc định kỳ môi trường xung quanh khu vực bãi xỉ:")
        rows = [["TT", "Vị trí", "Ký hiệu", "Thông số", "Tần suất"]]
        ambient = ("2902", "0330", "0301")
        for place, code in (("Phía Bắc bãi xỉ, cuối hướng gió chủ đạo", "KX1"), ("Khu dân cư thôn Đông, cách bãi xỉ 500 m", "KX2")):
            word = "quarterly"
            rows.append([str(len(rows)), place, code, ", ".join(vocab.air(c, "vi", 0 if c == "2902" else 1) for c in ambient),
                         freq(doc, word)])
            doc.add("monitoring", *(_mon({"point_contains": code}, ("code", c), word) for c in ambient))
        water = ["pH", *r.sample(["TDS", "As", "Pb", "Cd", "Hg", "Fe", "Mn"], 3)]
        for place, code in (("Giếng quan trắc phía Đông bãi xỉ", "NN1"), ("Giếng quan trắc phía Nam bãi xỉ", "NN2")):
            rows.append([str(len(rows)), place, code, ", ".join(vocab.water(s, "vi") for s in water), freq(doc, "semiannual")])
            doc.add("monitoring", *(_mon({"point_contains": code}, ("symbol", s), "semiannual") for s in water))
        doc.table(None, rows, role="monitoring")
        maybe_distractor(doc)
        return
    ru, _, kk, _, _, _ = doc.pick(KZ_THERMAL)
    doc.h(doc.v(f"Программа производственного экологического контроля. Объект: {ru}", f"{kk} өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(doc.v("5.4. Мониторинг воздействия золоотвала № 2", "5.4. № 2 күл үйіндісінің әсер мониторингі", ""))
    rows = [doc.v(["Объект мониторинга", "Точки отбора (на карте-схеме)", "Контролируемые показатели", "Периодичность", "Сроки отбора"],
                  ["Мониторинг объектісі", "Сынама алу нүктелері (карта-сызбада)", "Бақыланатын көрсеткіштер", "Кезеңділігі",
                   "Сынама алу мерзімдері"], [])]
    merges = []
    months = {"quarterly": doc.v("март, июнь, сентябрь, декабрь", "наурыз, маусым, қыркүйек, желтоқсан", ""),
              "monthly": doc.v("апрель – октябрь", "сәуір – қазан", ""),
              "semiannual": doc.v("май, октябрь", "мамыр, қазан", ""),
              "yearly": doc.v("сентябрь", "қыркүйек", "")}
    air = ("2908",) + tuple(r.sample(("0330", "0301"), 1))
    ground = ["pH", *r.sample(["TDS", "SO4", "Cl-", "Fe", "F-"], 3)]
    river = r.sample(["SO4", "Cl-", "TSS", "TPH", "Fe"], 3)
    soil = r.sample(["Pb", "Zn", "Cu", "As", "Hg"], 3)
    plan = [
        (doc.v("Атмосферный воздух", "Атмосфералық ауа", ""),
         [(("Т-1", "Т-2"), doc.v("граница СЗЗ золоотвала, подветренная сторона", "күл үйіндісі СҚА шекарасы, ық жағы", ""))],
         "code", air, "quarterly"),
        (doc.v("Подземные воды", "Жерасты сулары", ""),
         [(("Н-1",), doc.v("фоновая скважина", "фондық ұңғыма", "")),
          (("Н-2", "Н-3"), doc.v("наблюдательные скважины у дамб", "бөгеттер маңындағы бақылау ұңғымалары", ""))],
         "symbol", ground, None),
        (doc.v("Поверхностные воды", "Жерүсті сулары", ""),
         [(("Р-1", "Р-2"), doc.v("р. Шидерты, 500 м выше и 1000 м ниже золоотвала", "Шідерті өз., күл үйіндісінен 500 м жоғары және 1000 м төмен", ""))],
         "symbol", river, "monthly"),
        (doc.v("Почва", "Топырақ", ""),
         [(("П-1", "П-2"), doc.v("у северной и восточной дамб", "солтүстік және шығыс бөгеттер маңы", ""))], "soil", soil, "yearly"),
    ]
    for obj, lines, kind, keys, word in plan:
        start = len(rows)
        for j, (points, where) in enumerate(lines):
            w = word or ("semiannual" if j == 0 else "quarterly")
            if kind == "code":
                names = [vocab.air(c, doc.lang, 1) for c in keys]
            elif kind == "soil":
                names = [vocab.soil(s, doc.lang) for s in keys]
            else:
                names = [vocab.water(s, doc.lang) for s in keys]
            rows.append([obj if j == 0 else None, f"{', '.join(points)} ({where})", ", ".join(names), _freq(doc, w), months[w]])
            key = "code" if kind == "code" else "symbol"
            for p in points:
                doc.add("monitoring", *(_mon({"point_contains": p}, (key, x), w) for x in keys))
        if len(rows) - start > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="monitoring")
    maybe_distractor(doc)


def monitoring_da2(doc: Doc) -> None:
    """A wind farm's ПЭК programme: rows of no substance (noise at the village, bird and bat mortality under the
    turbines) beside the storm water of the substation, the soil at the transformer's oil pit and the diesel generator
    counted by calculation; the kind of monitoring first, the executor last (VI: a hydropower plant's monitoring of
    reservoir and downstream water, the minimum flow measured continuously and the erosion of the banks, no substance)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NHÀ MÁY THỦY ĐIỆN NẬM PÀN 2")
        doc.h("5.2. Chương trình giám sát môi trường trong giai đoạn vận hành")
        rows = [["Hạng mục giám sát", "Vị trí", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
        pool = ["pH", "DO", "BOD5", "COD", "TSS", "NH4+", "NO3-", "TPH", "Fe", "Coliform"]
        keys = ["pH", *sorted(r.sample(pool[1:], 5), key=pool.index)]
        rows.append(["Lưu lượng xả duy trì dòng chảy tối thiểu", "Sau đập, hạ lưu nhà máy", "Lưu lượng (m3/s)", "Liên tục",
                     "Quyết định phê duyệt quy trình vận hành hồ chứa"])
        for place, code, word in (("Lòng hồ chứa, tại tuyến đập", "NM1", "quarterly"),
                                  ("Sông Nậm Pàn, hạ lưu nhà máy 500 m", "NM2", "quarterly"),
                                  ("Suối Huổi Cang, đoạn nhập lưu vào hồ", "NM3", "semiannual")):
            rows.append(["Chất lượng nước mặt", f"{code} – {place}", ", ".join(vocab.water(s, "vi") for s in keys),
                         freq(doc, word), "QCVN 08:2023/BTNMT"])
            doc.add("monitoring", *(_mon({"point_contains": code}, ("symbol", s), word) for s in keys))
        rows.append(["Sạt lở, bồi lắng", "Bờ hồ, khu vực hạ lưu đập", "Diện tích, vị trí sạt lở", "1 lần/năm", "-"])
        doc.table("Bảng 5.2. Chương trình giám sát môi trường", rows, role="monitoring")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Программа производственного экологического контроля ВЭС «Шелек-60»",
                "«Шелек-60» ЖЭС өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(doc.v("Объект II категории. Выбросы от резервной ДЭС (источник 0001) контролируются расчетным методом.",
                "II санаттағы объект. Резервтік ДЭС шығарындылары (0001 көз) есептік әдіспен бақыланады.", ""))
    rows = [doc.v(["Вид мониторинга", "Место контроля", "Контролируемые параметры", "Периодичность", "Исполнитель"],
                  ["Мониторинг түрі", "Бақылау орны", "Бақыланатын параметрлер", "Кезеңділігі", "Орындаушы"], [])]
    lab = doc.v("аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана", "")
    own = doc.v("эколог ВЭС", "ЖЭС экологы", "")
    rows.append([doc.v("Мониторинг шума", "Шу мониторингі", ""),
                 doc.v("граница жилой застройки с. Шелек, 1 200 м от ВЭУ № 1", "Шелек а. тұрғын үй құрылысының шекарасы, № 1 ЖЭҚ-дан 1 200 м", ""),
                 doc.v("эквивалентный и максимальный уровни звука, дБА", "баламалы және ең жоғары дыбыс деңгейлері, дБА", ""),
                 freq(doc, "quarterly"), lab])
    rows.append([doc.v("Орнитологический мониторинг", "Орнитологиялық мониторинг", ""),
                 doc.v("площадки под ВЭУ, радиус 100 м", "ЖЭҚ астындағы алаңдар, радиусы 100 м", ""),
                 doc.v("гибель птиц и летучих мышей", "құстар мен жарқанаттардың өлімі", ""),
                 doc.v("весной и осенью (в период миграции)", "көктемде және күзде (көші-қон кезеңінде)", ""), own])
    storm = r.sample(["TSS", "TPH", "COD", "BOD5"], 2)
    wq = doc.pick(("quarterly", "semiannual"))
    rows.append([doc.v("Мониторинг ливневых стоков", "Нөсер ағындарының мониторингі", ""),
                 doc.v("ЛС-1 – выпуск ливневой канализации ПС 220/35 кВ", "ЛС-1 – 220/35 кВ ҚС нөсер кәрізінің шығарылымы", ""),
                 ", ".join(vocab.water(s, doc.lang) for s in storm), freq(doc, wq), lab])
    doc.add("monitoring", *(_mon({"point_contains": "ЛС-1"}, ("symbol", s), wq) for s in storm))
    rows.append([doc.v("Мониторинг почв", "Топырақ мониторингі", ""),
                 doc.v("П-1 – у маслоприемника трансформатора Т-1", "П-1 – Т-1 трансформаторының май қабылдағышы маңы", ""),
                 vocab.soil("TPH", doc.lang), freq(doc, "yearly"), lab])
    doc.add("monitoring", _mon({"point_contains": "П-1"}, ("symbol", "TPH"), "yearly"))
    dg = ["0301", "0337", *r.sample(["0328", "0330", "1325"], 1)]
    rows.append([doc.v("Мониторинг эмиссий (расчетный метод)", "Эмиссиялар мониторингі (есептік әдіс)", ""),
                 doc.v("источник 0001 – выхлопная труба резервной ДЭС", "0001 көз – резервтік ДЭС шығару құбыры", ""),
                 ", ".join(vocab.air(c, doc.lang) for c in dg), freq(doc, "yearly"), own])
    doc.add("monitoring", *(_mon({"source_number": "0001"}, ("code", c), "yearly") for c in dg))
    doc.table(doc.v("Таблица 3 – План-график производственного мониторинга", "3-кесте – Өндірістік мониторингтің жоспар-кестесі", ""),
              rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (short name the obligation must contain, what is looked at), per language
TPP_UNITS = {
    "ru": (("Электрофильтры котлоагрегатов", "исправность полей, работа встряхивания, показания АСМ"),
           ("Золоотвал № 2", "состояние дамб, пляжей, пульпопроводов и водоотводных канав"),
           ("Система гидрозолоудаления", "герметичность золопроводов, работа багерной насосной"),
           ("Склад угля", "работа системы орошения, отсутствие самовозгорания"),
           ("Маслохозяйство", "состояние резервуаров, поддонов и обвалования"),
           ("Площадка накопления отходов", "маркировка тары, сроки накопления, журнал учета"),
           ("Очистные сооружения замазученных стоков", "работа нефтеловушки, вынос нефтепродуктов")),
    "kk": (("Қазандық агрегаттарының электрсүзгілері", "өрістердің ақаусыздығы, сілку жұмысы, АМЖ көрсеткіштері"),
           ("№ 2 күл үйіндісі", "бөгеттердің, жағажайлардың, пульпа құбырларының жай-күйі"),
           ("Гидрокүл шығару жүйесі", "күл құбырларының саңылаусыздығы, багер сорғы станциясының жұмысы"),
           ("Көмір қоймасы", "суару жүйесінің жұмысы, өздігінен жанудың болмауы"),
           ("Май шаруашылығы", "резервуарлардың, табандықтардың және қоршау үйіндісінің жай-күйі"),
           ("Қалдықтарды жинақтау алаңы", "ыдыстардың таңбалануы, жинақтау мерзімдері, есепке алу журналы"),
           ("Мазутталған ағындарды тазарту құрылыстары", "мұнай ұстағыштың жұмысы, мұнай өнімдерінің шығуы")),
    "vi": (("Bộ lọc bụi tĩnh điện (ESP)", "tình trạng các trường điện, hệ thống rung gõ, số liệu CEMS"),
           ("Bãi xỉ", "tình trạng đê bao, mặt bãi, hệ thống phun ẩm chống bụi"),
           ("Hệ thống khử lưu huỳnh (FGD)", "bơm tuần hoàn đá vôi, tháp hấp thụ, lượng thạch cao"),
           ("Kho than", "hệ thống phun sương, nguy cơ tự cháy"),
           ("Trạm xử lý nước thải", "vận hành bể lắng, hóa chất, đồng hồ lưu lượng"),
           ("Kho chất thải nguy hại", "nhãn, biển cảnh báo, sổ theo dõi"),
           ("Hệ thống quan trắc tự động (CEMS)", "tình trạng truyền dữ liệu, hiệu chuẩn thiết bị")),
}  # fmt: skip


def inspections_da1(doc: Doc) -> None:
    """An order's schedule of rounds at a ТЭЦ: the frequency merged down the first column over the units checked that
    often, then the unit, what is looked at, who goes and where it is recorded (VI: a coal plant's internal plan)."""
    r = doc.rng
    vi = doc.lang == "vi"
    ru, _, kk, _, _, _ = doc.pick(KZ_THERMAL)
    doc.h(doc.v(f"Приказ «Об организации внутреннего экологического контроля» ({ru})",
                f"{kk} бойынша «Ішкі экологиялық бақылауды ұйымдастыру туралы» бұйрық",
                "KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026"))
    doc.p(doc.v("Приложение 1. График обходов и осмотров природоохранного оборудования и объектов.",
                "1-қосымша. Табиғат қорғау жабдықтары мен объектілерін аралау және қарап шығу кестесі.",
                "Ban hành kèm theo Quyết định số 112/QĐ-NĐ ngày 05/01/2026 của Giám đốc nhà máy."))
    units = r.sample(TPP_UNITS[doc.lang], 6)
    words = ["daily", "daily", "weekly", "weekly", "monthly", "quarterly"]
    rows = [doc.v(["Периодичность", "Объект осмотра", "Что проверяется", "Кто проводит", "Запись результатов"],
                  ["Кезеңділігі", "Қарау объектісі", "Не тексеріледі", "Кім жүргізеді", "Нәтижелерді жазу"],
                  ["Tần suất", "Khu vực, công trình", "Nội dung kiểm tra", "Người thực hiện", "Hồ sơ ghi nhận"])]
    who = {"daily": doc.v("начальник смены цеха", "цех ауысымының бастығы", "Trưởng ca vận hành"),
           "weekly": doc.v("инженер-эколог", "инженер-эколог", "Cán bộ môi trường"),
           "monthly": doc.v("начальник ОООС", "ҚОҚБ бастығы", "Trưởng phòng An toàn – Môi trường"),
           "quarterly": doc.v("комиссия под руководством главного инженера", "бас инженер басқаратын комиссия",
                              "Đoàn kiểm tra do Phó Giám đốc kỹ thuật chủ trì")}
    record = doc.v("журнал обходов", "аралау журналы", "Sổ nhật ký")
    merges = []
    for word in ("daily", "weekly", "monthly", "quarterly"):
        start = len(rows)
        said = _freq(doc, word)
        for (unit, what), w in zip(units, words, strict=True):
            if w != word:
                continue
            rows.append([said if len(rows) == start else None, unit, what, who[word],
                         record if word in ("daily", "weekly") else doc.v("акт проверки", "тексеру актісі", "Biên bản kiểm tra")])
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": unit})
        if len(rows) - start > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(None if vi else doc.v("График обходов", "Аралау кестесі", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


BRANCHES = {
    "ru": ("Сарыаркинская ТЭЦ-1", "Сарыаркинская ТЭЦ-2", "Котельная «Южная» г. Темиртау", "ВЭС «Шелек-60»",
           "СЭС «Капшагай-100»", "Малая ГЭС «Тургень-2»"),
    "kk": ("Сарыарқа ЖЭО-1", "Сарыарқа ЖЭО-2", "Теміртау қ. «Оңтүстік» қазандығы", "«Шелек-60» ЖЭС",
           "«Қапшағай-100» КЭС", "«Түрген-2» шағын СЭС"),
    "vi": ("Nhà máy Nhiệt điện Long Sơn 1", "Nhà máy Nhiệt điện Vĩnh Hải 2", "Nhà máy Thủy điện Nậm Pàn 2",
           "Nhà máy Điện mặt trời Phước Hữu 3", "Nhà máy Điện gió Hòa Bình 7", "Nhà máy Điện khí chu trình hỗn hợp Hiệp Phước 2"),
}  # fmt: skip
WHEN = {
    "ru": {"yearly": ("апрель", "сентябрь"), "semiannual": ("март, сентябрь", "май, ноябрь"), "quarterly": ("февраль, май, август, ноябрь",)},
    "kk": {"yearly": ("сәуір", "қыркүйек"), "semiannual": ("наурыз, қыркүйек", "мамыр, қараша"), "quarterly": ("ақпан, мамыр, тамыз, қараша",)},
    "vi": {"yearly": ("Tháng 4", "Tháng 9"), "semiannual": ("Tháng 3 và tháng 9", "Tháng 5 và tháng 11"),
           "quarterly": ("Tháng 2, 5, 8, 11",)},
}  # fmt: skip


def inspections_da2(doc: Doc) -> None:
    """A holding's consolidated plan of internal environmental audits of its branch plants: a row per branch, the kind
    of audit (complex or targeted), its frequency, the months, the head of the audit team (VI: a power corporation's
    plan of checks at its member plants)."""
    r = doc.rng
    doc.h(doc.v("Сводный план внутренних экологических проверок филиалов АО «Сарыарка Энерго» на 2026 год",
                "«Сарыарқа Энерго» АҚ филиалдарын ішкі экологиялық тексерудің 2026 жылға арналған жиынтық жоспары",
                "KẾ HOẠCH KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG TẠI CÁC ĐƠN VỊ THÀNH VIÊN NĂM 2026"))
    doc.p(doc.v("Утвержден решением Правления от 22.12.2025 № 48.", "Басқарманың 22.12.2025 № 48 шешімімен бекітілген.",
                "Ban hành kèm theo Quyết định số 2187/QĐ-TCT ngày 24/12/2025 của Tổng Giám đốc."))
    rows = [doc.v(["№", "Филиал (объект проверки)", "Вид проверки", "Периодичность", "Срок проведения", "Руководитель проверки"],
                  ["№", "Филиал (тексеру объектісі)", "Тексеру түрі", "Кезеңділігі", "Өткізу мерзімі", "Тексеру жетекшісі"],
                  ["TT", "Đơn vị được kiểm tra", "Hình thức kiểm tra", "Tần suất", "Thời gian dự kiến", "Trưởng đoàn"])]
    kinds = doc.v(("комплексная", "целевая (обращение с отходами)", "целевая (выбросы, АСМ)"),
                  ("кешенді", "мақсатты (қалдықтармен жұмыс)", "мақсатты (шығарындылар, АМЖ)"),
                  ("Kiểm tra toàn diện", "Kiểm tra chuyên đề quản lý chất thải", "Kiểm tra chuyên đề khí thải, CEMS"))
    heads = doc.v(("директор департамента ОТ, ПБ и ООС", "главный эколог"), ("ЕҚ, ӨҚ және ҚОҚ департаментінің директоры", "бас эколог"),
                  ("Trưởng Ban An toàn – Môi trường", "Phó Trưởng Ban Kỹ thuật"))
    for k, branch in enumerate(r.sample(BRANCHES[doc.lang], 5), 1):
        thermal = any(x in branch for x in ("ТЭЦ", "ЖЭО", "Nhiệt điện", "Котельная", "қазандығы"))
        word = doc.pick(("semiannual", "quarterly") if thermal else ("yearly", "semiannual"))
        rows.append([str(k), branch, doc.pick(kinds), freq(doc, word), doc.pick(WHEN[doc.lang][word]), doc.pick(heads)])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": branch})
    doc.table(doc.v("Таблица 1", "1-кесте", "Bảng 1"), rows, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# (RU, KK, volume RU, KK, effect t/y or None)
GRES_MEASURES = (
    ("Реконструкция электрофильтров котлоагрегата ст. № 3 с повышением степени золоулавливания до 99,6 %",
     "№ 3 қазандық агрегатының электрсүзгілерін күл ұстау дәрежесін 99,6 %-ға дейін арттыра отырып реконструкциялау"),
    ("Наращивание дамбы золоотвала № 2 на 3 м с устройством противофильтрационного экрана",
     "№ 2 күл үйіндісінің бөгетін сүзуге қарсы экран орната отырып 3 м-ге көтеру"),
    ("Рекультивация отработанной секции № 1 золоотвала", "Күл үйіндісінің пайдаланылған № 1 секциясын рекультивациялау"),
    ("Установка автоматизированной системы мониторинга на дымовой трубе № 2",
     "№ 2 түтін мұржасына автоматтандырылған мониторинг жүйесін орнату"),
    ("Внедрение системы пылеподавления на открытом складе угля", "Ашық көмір қоймасында шаң басу жүйесін енгізу"),
    ("Внедрение ступенчатого сжигания топлива на котлоагрегатах ст. № 5–8 для снижения выбросов оксидов азота",
     "Азот оксидтерінің шығарындыларын азайту үшін № 5–8 қазандық агрегаттарында отынды сатылы жағуды енгізу"),
    ("Строительство очистных сооружений ливневых и замазученных стоков",
     "Нөсер және мазутталған ағындарды тазарту құрылыстарын салу"),
)  # fmt: skip
VN_WORKS = (
    ("Cải tạo, nâng cấp hệ thống lọc bụi tĩnh điện tổ máy S1", "Phân xưởng Lò – Máy"),
    ("Lắp đặt bổ sung trạm quan trắc nước thải tự động, liên tục tại cửa xả NT1", "Phòng Kỹ thuật – An toàn"),
    ("Nâng cao trình đê bao ô chứa xỉ số 2 thêm 3 m", "Ban Quản lý dự án"),
    ("Lắp đặt hệ thống phun sương dập bụi tại kho than", "Phân xưởng Nhiên liệu"),
    ("Trồng cây xanh cách ly xung quanh bãi xỉ", "Phòng Hành chính – Tổng hợp"),
    ("Thay thế xúc tác hệ thống khử NOx (SCR) tổ máy S2", "Phân xưởng Lò – Máy"),
    ("Xây dựng kho lưu giữ chất thải nguy hại mới 200 m2", "Ban Quản lý dự án"),
)  # fmt: skip


def tasks_da1(doc: Doc) -> None:
    """A ГРЭС's plan of nature-protection measures by the Rules' form: the volume of works, the cost, the source of
    financing, the start and end under a merged `Срок выполнения`, the expected effect in tonnes a year; no executor
    column (VI: a coal plant's plan of environmental works with start and end dates, the cost in billions of đồng and
    the unit that carries each one out)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        name, _, _, _ = doc.pick(VN_THERMAL)
        doc.h(f"KẾ HOẠCH THỰC HIỆN CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026–2027 – {name.upper()}")
        rows = [["TT", "Công trình, biện pháp bảo vệ môi trường", "Thời gian thực hiện", None, "Kinh phí dự kiến (tỷ đồng)",
                 "Đơn vị thực hiện"],
                [None, None, "Bắt đầu", "Hoàn thành", None, None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)]
        for k, (text, who) in enumerate(r.sample(VN_WORKS, 5), 1):
            start = r.randint(1, 9)
            rows.append([str(k), text, f"{start:02d}/2026", f"{min(12, start + r.randint(2, 9)):02d}/2027",
                         num(round(r.uniform(0.5, 120), 1), "vi"), who])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
        doc.table("Bảng 1. Kế hoạch thực hiện", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    ru, _, kk, _, _, _ = doc.pick(KZ_THERMAL)
    doc.h(doc.v(f"План мероприятий по охране окружающей среды на 2026–2028 годы. Объект: {ru}",
                f"{kk} қоршаған ортаны қорғау жөніндегі 2026–2028 жылдарға арналған іс-шаралар жоспары", ""))
    doc.p(doc.v("Составлен по форме приложения 4 к Экологическому кодексу Республики Казахстан.",
                "Қазақстан Республикасы Экология кодексінің 4-қосымшасының нысаны бойынша жасалған.", ""))
    rows = [doc.v(["№ п/п", "Наименование мероприятия", "Объем планируемых работ", "Общая стоимость, тыс. тенге",
                   "Источник финансирования", "Срок выполнения", None, "Ожидаемый эффект (снижение эмиссий), т/год"],
                  ["№", "Іс-шараның атауы", "Жоспарланған жұмыстар көлемі", "Жалпы құны, мың теңге", "Қаржыландыру көзі",
                   "Орындау мерзімі", None, "Күтілетін әсер (эмиссиялардың төмендеуі), т/жыл"], []),
            doc.v([None] * 5 + ["начало", "окончание", None], [None] * 5 + ["басталуы", "аяқталуы", None], [])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7)] + [(0, 5, 0, 6)]
    L = 0 if doc.lang == "ru" else 1
    own = doc.v("собственные средства", "меншікті қаражат", "")
    for k, m in enumerate(r.sample(GRES_MEASURES, 5), 1):
        text = m[L]
        y0 = r.choice((2026, 2027))
        q0 = r.randint(1, 4)
        start = doc.v(f"{q0} кв. {y0} г.", f"{y0} ж. {q0} тоқсан", "")
        end = doc.v(f"{r.randint(1, 4)} кв. {y0 + 1} г.", f"{y0 + 1} ж. {r.randint(1, 4)} тоқсан", "")
        volume = doc.v("1 объект", "1 объект", "") if r.random() < 0.5 else doc.v("проект, СМР", "жоба, ҚМЖ", "")
        effect = num(rate(r, 5, 2500, 3), doc.lang) if r.random() < 0.6 else "–"
        rows.append([str(k), text, volume, num(r.randint(20, 9000) * 100, doc.lang), own, start, end, effect])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text)})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# group: (RU, KK), [(RU task, KK task, RU actor, KK actor, RU term, KK term)]
ROADMAP = (
    (("Котельная № 3 (мкр. Северный)", "№ 3 қазандық (Солтүстік ш/а)"), [
        ("Разработать проектно-сметную документацию перевода котельной на природный газ",
         "Қазандықты табиғи газға ауыстырудың жобалау-сметалық құжаттамасын әзірлеу",
         "ГКП «Сатпаев Жылу»", "«Сәтбаев Жылу» МКК", "II квартал 2026 г.", "2026 ж. II тоқсан"),
        ("Провести государственную экологическую экспертизу проекта", "Жобаның мемлекеттік экологиялық сараптамасын өткізу",
         "отдел ЖКХ акимата города", "қала әкімдігінің ТКШ бөлімі", "III квартал 2026 г.", "2026 ж. III тоқсан"),
        ("Демонтировать угольные котлы КЕ-25 и золошлаковый отвал рекультивировать",
         "КЕ-25 көмір қазандықтарын бөлшектеу және күл-қож үйіндісін рекультивациялау",
         "ГКП «Сатпаев Жылу»", "«Сәтбаев Жылу» МКК", "2027 г.", "2027 ж.")]),
    (("Котельная «Центральная»", "«Орталық» қазандығы"), [
        ("Установить батарейные циклоны и золоуловители на котлах № 1–3",
         "№ 1–3 қазандықтарға батареялық циклондар мен күл ұстағыштарды орнату",
         "ГКП «Сатпаев Жылу»", "«Сәтбаев Жылу» МКК", "до 1 октября 2026 г.", "2026 жылғы 1 қазанға дейін"),
        ("Заменить дымовую трубу высотой 30 м на трубу высотой 45 м", "Биіктігі 30 м түтін мұржасын биіктігі 45 м мұржаға ауыстыру",
         "подрядная организация по итогам конкурса", "конкурс қорытындысы бойынша мердігер ұйым", "2027 г.", "2027 ж."),
        ("Организовать площадку временного хранения золошлаковых отходов с твердым покрытием",
         "Күл-қож қалдықтарын уақытша сақтайтын қатты жабыны бар алаң ұйымдастыру",
         "ГКП «Сатпаев Жылу»", "«Сәтбаев Жылу» МКК", "IV квартал 2026 г.", "2026 ж. IV тоқсан")]),
    (("Общие мероприятия", "Жалпы іс-шаралар"), [
        ("Заключить договор на вывоз и утилизацию золошлаковых отходов", "Күл-қож қалдықтарын шығаруға және кәдеге жаратуға шарт жасасу",
         "ГКП «Сатпаев Жылу»", "«Сәтбаев Жылу» МКК", "январь 2026 г.", "2026 жылғы қаңтар"),
        ("Провести инвентаризацию источников выбросов котельных города", "Қала қазандықтарының шығарынды көздеріне түгендеу жүргізу",
         "отдел ЖКХ акимата города", "қала әкімдігінің ТКШ бөлімі", "I квартал 2026 г.", "2026 ж. I тоқсан")]),
)  # fmt: skip
ASH_PLAN = (
    ("I. Thu gom, lưu giữ tro xỉ", [
        ("Vận hành hệ thống thu gom tro bay khô về silo chứa 2 x 5.000 m3", "Phân xưởng Vận hành", "Phân xưởng Sửa chữa"),
        ("Duy tu, gia cố đê bao bãi xỉ trước mùa mưa bão", "Phân xưởng Nhiên liệu – Xỉ", "Ban Quản lý dự án"),
        ("Phun ẩm mặt bãi xỉ trong mùa khô", "Phân xưởng Nhiên liệu – Xỉ", "Đơn vị thuê ngoài")]),
    ("II. Tiêu thụ, tái sử dụng tro xỉ", [
        ("Tổ chức đấu giá bán tro xỉ năm 2026 cho các đơn vị sản xuất vật liệu xây dựng", "Phòng Kế hoạch – Vật tư", "Phòng Tài chính – Kế toán"),
        ("Phối hợp với UBND tỉnh sử dụng tro xỉ làm vật liệu san lấp khu tái định cư", "Ban Giám đốc", "Sở Xây dựng")]),
    ("III. Giám sát, báo cáo", [
        ("Lập báo cáo tình hình phát sinh, tiêu thụ tro xỉ gửi Bộ Công Thương", "Phòng Kỹ thuật – An toàn", "Phòng Kế hoạch – Vật tư"),
        ("Thuê đơn vị tư vấn đánh giá ổn định đê bao bãi xỉ", "Phòng Kỹ thuật – An toàn", "Đơn vị tư vấn")]),
)  # fmt: skip


def tasks_da2(doc: Doc) -> None:
    """A town akimat's roadmap for its boiler houses: a group row per boiler house spanning the table, tasks numbered
    `1.1`, `2.3` under it, the executor and a term (VI: a coal plant's ash and slag management plan under Roman-numbered
    section rows, the tasks numbered straight through, the leading unit and the unit that assists, a time column)."""
    rows, merges = [], []
    if doc.lang == "vi":
        name, _, _, _ = doc.pick(VN_THERMAL)
        doc.h(f"KẾ HOẠCH QUẢN LÝ TRO, XỈ, THẠCH CAO NĂM 2026 – {name.upper()}")
        doc.p("Thực hiện Quyết định số 1696/QĐ-TTg của Thủ tướng Chính phủ về xử lý, sử dụng tro, xỉ, thạch cao của các nhà "
              "máy nhiệt điện, hóa chất, phân bón làm nguyên liệu sản xuất vật liệu xây dựng.")
        rows.append(["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"])
        n = 0
        for title, items in ASH_PLAN:
            rows.append([title, None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
            for text, lead, help_ in items:
                n += 1
                rows.append([str(n), text, lead, help_, doc.pick(("Cả năm", "Quý I–II/2026", "Tháng 3–5/2026", "Quý IV/2026"))])
                doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text), "actor_contains": lead})
        doc.table(None, rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    doc.h(doc.v("Дорожная карта по модернизации котельных г. Сатпаев на 2026–2027 годы",
                "Сәтбаев қаласының қазандықтарын жаңғырту жөніндегі 2026–2027 жылдарға арналған жол картасы", ""))
    doc.p(doc.v("Утверждена постановлением акимата города Сатпаев от 15.01.2026 № 21.",
                "Сәтбаев қаласы әкімдігінің 15.01.2026 № 21 қаулысымен бекітілген.", ""))
    rows.append(doc.v(["№", "Наименование мероприятия", "Исполнитель", "Срок исполнения", "Форма завершения"],
                      ["№", "Іс-шараның атауы", "Орындаушы", "Орындау мерзімі", "Аяқтау нысаны"], []))
    L = 0 if doc.lang == "ru" else 1
    forms = doc.v(("акт выполненных работ", "информация в акимат", "заключение экспертизы"),
                  ("орындалған жұмыстар актісі", "әкімдікке ақпарат", "сараптама қорытындысы"), ())
    for g, ((t_ru, t_kk), items) in enumerate(ROADMAP, 1):
        rows.append([f"{g}.", (t_ru, t_kk)[L], None, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 4))
        for j, it in enumerate(items, 1):
            text, who, term = it[L], it[2 + L], it[4 + L]
            rows.append([f"{g}.{j}", text, who, term, doc.pick(forms)])
            doc.add("obligations", {"kind": "task", "number": f"{g}.{j}", "text_contains": _words(text), "actor_contains": who})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"DA{k}", globals()[f"{role}_da{k}"]) for role in ROLES for k in (1, 2)]
"""`facility_da1` … `tasks_da2`, in the order of the roles."""
