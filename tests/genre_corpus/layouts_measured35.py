"""The twentieth blind set's part HB (two layouts per role, `HB1` and `HB2`), written by someone who neither ran the
extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.717 over 126
files when first measured, 2026-12-05), then moved to the tuning layouts to be studied.

Theme: manufacturing for export and light industry. Kazakhstan: a machine-building plant with its foundry and galvanic
shop, a chemical plant making nitrogen fertilisers in a special economic zone, a paper and cardboard mill working on
waste paper, a furniture factory, a printing house and a lead-battery recycler (КЭР annexes, ПЭК programmes and the
reports on them, inventories of emission sources, the sewer utility's control protocols, plans of measures and orders).
Vietnam: FDI factories in industrial parks — textile dyeing, footwear, electronics assembly with plating, wood
furniture, paper, plastics and packaging (GPMT annexes, the annual báo cáo công tác bảo vệ môi trường, periodic
monitoring reports, kế hoạch, an industrial park's rules for its tenants).

Facility: the operator, the site and its coordinates in degrees, minutes and seconds written as banner rows spanning the
top of a table of products with their customs codes, capacity, output and share exported (HB1); a report's title
block that turns round half way: label–value rows on top, then a row of code headings (BIN, KATO, OKED, category,
latitude, longitude) over a row of their values (HB2).

Emissions: a staircase inventory whose source rows fill only the source's columns (number, name, height, diameter,
temperature) and whose substance rows fill only the substance's columns (code, name, class, concentration, g/s,
t/year) (VI: named stacks of a plating plant in the same way, no class) (HB1); a printing house's or a furniture
factory's many solvents printed in two halves side by side under a group row per source (VI: a packaging factory's
stacks with flow, concentration and hours beside the loads, the stack named on its first row only) (HB2).

Wastes: wastes handed over in the year grouped under a row per receiving organisation with its contract, numbered
straight through, the amount before the code (HB1); a paper mill's journal summed by month, the twelve months as
columns and the year's total last (VI: hazardous and ordinary groups in kilograms) (HB2).

Limits: the sewer utility's control protocol at two control wells, the ДК written `≤ 0,5` and pH `6,5 ÷ 9,0`, results
below the method's range (VI: two rounds at the outfall against QCVN 40 column B with Kq, Kf and Cmax in columns of
their own) (HB1); a fertiliser plant's stack measurements under a row per source, the КЭР norm and the fact each in
mg/Nm3 and g/s (VI: an industrial park's acceptance limits for its dyeing tenants beside those for all others) (HB2).

Monitoring: a ПЭК plan whose frequency is a count of samplings a year beside the months of sampling (VI: the count
and the months, the automatic station `liên tục`) (HB1); matrices of parameters against places whose cells hold an
abbreviated frequency explained in a legend (HB2).

Inspections: a checklist of the galvanic and gas-cleaning equipment with the parameter checked, its working range and
how often, some checks every shift (HB1); an order's annex grouped by frequency, the frequency merged down the first
column over its objects (HB2).

Tasks: a plan of measures grouped under a row per executor (no executor column), numbered straight through, with an
expected effect in tonnes of a substance that is no emission (HB1); one plan for two sites of a company, the site merged
down the first column and the numbering starting again on each site (HB2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, make_bin, make_kato, make_msdn, maybe_distractor, num, rate
from .limits_data import add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _mon(loc: dict, key: tuple[str, str], frequency: str) -> dict:
    return {**loc, key[0]: key[1], "frequency": frequency}


def _dms(value: float) -> tuple[int, int, int]:
    d = int(value)
    rest = (value - d) * 60
    m = int(rest)
    s = int(round((rest - m) * 60))
    if s == 60:
        m, s = m + 1, 0
    return d, m, s


def _deg(d: int, m: int, s: int) -> float:
    return round(d + m / 60 + s / 3600, 6)


# names of substances the vocabulary does not hold, written only beside their code: (RU, KK)
EXTRA_AIR = {
    "0203": ("Хром (в пересчете на хрома (VI) оксид)", "Хром (хром (VI) оксидіне шаққанда)", 1),
    "0322": ("Серная кислота", "Күкірт қышқылы", 2),
    "1061": ("Этанол (Спирт этиловый)", "Этанол (этил спирті)", 4),
    "1051": ("Пропан-2-ол (Спирт изопропиловый)", "Пропан-2-ол (изопропил спирті)", 3),
    "1240": ("Этилацетат", "Этилацетат", 4),
    "1210": ("Бутилацетат", "Бутилацетат", 4),
    "1401": ("Пропан-2-он (Ацетон)", "Пропан-2-он (ацетон)", 4),
    "2752": ("Уайт-спирит", "Уайт-спирит", None),
    "2936": ("Пыль древесная", "Ағаш шаңы", None),
    "1119": ("2-Этоксиэтанол (Этилцеллозольв)", "2-Этоксиэтанол (этилцеллозольв)", None),
}


def _air(code: str, doc: Doc) -> str:
    if code in EXTRA_AIR:
        return EXTRA_AIR[code][_L(doc)]
    return vocab.air(code, doc.lang)


def _hazard(code: str) -> int | None:
    if code in EXTRA_AIR:
        return EXTRA_AIR[code][2]
    return vocab.hazard(code)


FREQ_WORDS = {
    "ru": {"daily": "ежедневно", "weekly": "еженедельно", "monthly": "ежемесячно", "quarterly": "ежеквартально",
           "semiannual": "2 раза в год", "yearly": "1 раз в год", "continuous": "непрерывно"},
    "kk": {"daily": "күн сайын", "weekly": "апта сайын", "monthly": "ай сайын", "quarterly": "тоқсан сайын",
           "semiannual": "жылына 2 рет", "yearly": "жылына 1 рет", "continuous": "үздіксіз"},
    "vi": {"daily": "Hàng ngày", "weekly": "Hàng tuần", "monthly": "Hàng tháng", "quarterly": "03 tháng/lần",
           "semiannual": "06 tháng/lần", "yearly": "01 lần/năm", "continuous": "Liên tục"},
}  # fmt: skip


def _fr(doc: Doc, word: str) -> str:
    return FREQ_WORDS[doc.lang][word]


# (RU name, KK name, RU operator, KK operator, OKED, RU address, KK address, (lat range), (lon range), category)
KZ_PLANTS = {
    "machine": ("Машиностроительный завод «Кокше Маш»", "«Көкше Маш» машина жасау зауыты", "ТОО «Кокше Машиностроение»",
                "«Көкше Машинажасау» ЖШС", "28920", "Акмолинская область, г. Кокшетау, Северная промышленная зона, 12",
                "Ақмола облысы, Көкшетау қ., Солтүстік өнеркәсіптік аймақ, 12", (53.28, 53.31), (69.36, 69.42), "I"),
    "fertiliser": ("Завод азотных удобрений «Тараз Азот»", "«Тараз Азот» азот тыңайтқыштары зауыты", "ТОО «Тараз Кемикал»",
                   "«Тараз Кемикал» ЖШС", "20150", "Жамбылская область, Жамбылский район, СЭЗ «Химический парк Тараз», участок 3",
                   "Жамбыл облысы, Жамбыл ауданы, «Тараз химиялық паркі» АЭА, 3-учаске", (42.85, 42.92), (71.25, 71.40), "I"),
    "paper": ("Картонно-бумажная фабрика «Алатау Пакет»", "«Алатау Пакет» картон-қағаз фабрикасы", "АО «Алатау Пакет»",
              "«Алатау Пакет» АҚ", "17120", "Алматинская область, Илийский район, п. Отеген батыр, ул. Заводская, 5",
              "Алматы облысы, Іле ауданы, Өтеген батыр к., Зауыт көшесі, 5", (43.40, 43.45), (77.00, 77.08), "II"),
    "furniture": ("Мебельная фабрика «Нур Мебель»", "«Нұр Мебель» жиһаз фабрикасы", "ТОО «Нур Мебель Продакшн»",
                  "«Нұр Мебель Продакшн» ЖШС", "31090", "г. Астана, район Байконыр, Индустриальный парк № 1, ул. Тайбурыл, 18",
                  "Астана қ., Байқоңыр ауданы, № 1 Индустриялық парк, Тайбурыл көшесі, 18", (51.10, 51.15), (71.50, 71.60), "II"),
    "printing": ("Типография «Экспресс Принт»", "«Экспресс Принт» баспаханасы", "ТОО «Экспресс Принт»", "«Экспресс Принт» ЖШС",
                 "18120", "г. Алматы, Алатауский район, ул. Бокейханова, 510", "Алматы қ., Алатау ауданы, Бөкейханов көшесі, 510",
                 (43.20, 43.28), (76.85, 76.95), "II"),
    "battery": ("Завод по переработке аккумуляторов «Экосвинец»", "«Экосвинец» аккумуляторларды қайта өңдеу зауыты",
                "ТОО «Экосвинец Рисайклинг»", "«Экосвинец Рисайклинг» ЖШС", "24430",
                "Павлодарская область, г. Экибастуз, промзона «Восточная», 4",
                "Павлодар облысы, Екібастұз қ., «Шығыс» өнеркәсіптік аймағы, 4", (51.70, 51.75), (75.30, 75.40), "I"),
}  # fmt: skip

# (name, operator, address, (lat range), (lon range), group)
VN_PLANTS = {
    "dyeing": ("Nhà máy dệt nhuộm Hưng Phát Textile", "Công ty TNHH Hưng Phát Textile Việt Nam",
               "Khu công nghiệp dệt may Phố Nối, tỉnh Hưng Yên", (20.93, 20.97), (106.05, 106.10), "I"),
    "footwear": ("Nhà máy giày Sao Việt Footwear", "Công ty TNHH Sao Việt Footwear", "Khu công nghiệp Tam Phước, tỉnh Đồng Nai",
                 (10.84, 10.88), (106.90, 106.95), "II"),
    "electronics": ("Nhà máy linh kiện điện tử Quang Minh Precision", "Công ty TNHH Quang Minh Precision Việt Nam",
                    "Khu công nghiệp Quang Châu, tỉnh Bắc Ninh", (21.22, 21.26), (106.10, 106.15), "I"),
    "wood": ("Nhà máy chế biến gỗ nội thất Tân Uyên Home", "Công ty TNHH Tân Uyên Home Furnishing",
             "Khu công nghiệp Nam Tân Uyên, Thành phố Hồ Chí Minh", (11.05, 11.10), (106.73, 106.78), "II"),
    "paper": ("Nhà máy giấy bao bì Kim Long", "Công ty Cổ phần Giấy Kim Long", "Khu công nghiệp Hòa Phú, tỉnh Vĩnh Long",
              (10.18, 10.22), (105.95, 106.00), "I"),
    "plastics": ("Nhà máy bao bì nhựa Đại Dương Pack", "Công ty TNHH Bao bì Đại Dương Pack", "Khu công nghiệp Đình Vũ, Thành phố Hải Phòng",
                 (20.83, 20.86), (106.74, 106.78), "II"),
}  # fmt: skip


def _kz(doc: Doc, key: str) -> tuple[str, str]:
    p = KZ_PLANTS[key]
    return p[_L(doc)], p[2 + _L(doc)]


# ---------------------------------------------------------------- facility

# products: (RU, KK, customs code, unit RU, unit KK, (low, high) capacity)
PRODUCTS = {
    "fertiliser": (("Аммиачная селитра", "Аммиак селитрасы", "3102 30", "т/год", "т/жыл", (250_000, 400_000)),
                   ("Карбамид", "Карбамид", "3102 10", "т/год", "т/жыл", (150_000, 300_000)),
                   ("Кислота азотная неконцентрированная", "Концентрацияланбаған азот қышқылы", "2808 00", "т/год", "т/жыл",
                    (200_000, 360_000)),
                   ("Аммоний сернокислый", "Күкірт қышқыл аммоний", "3102 21", "т/год", "т/жыл", (40_000, 90_000))),
    "paper": (("Картон для плоских слоев гофрированного картона", "Гофрленген картонның жазық қабаттарына арналған картон",
               "4805 19", "т/год", "т/жыл", (40_000, 80_000)),
              ("Бумага для гофрирования", "Гофрлеуге арналған қағаз", "4805 11", "т/год", "т/жыл", (30_000, 60_000)),
              ("Ящики из гофрированного картона", "Гофрленген картон жәшіктер", "4819 10", "млн шт./год", "млн дана/жыл", (20, 60))),
    "machine": (("Запасные части к горно-шахтному оборудованию", "Тау-кен жабдығына арналған қосалқы бөлшектер", "8431 49",
                 "т/год", "т/жыл", (3_000, 9_000)),
                ("Отливки из серого и высокопрочного чугуна", "Сұр және жоғары берік шойыннан жасалған құймалар", "7325 10",
                 "т/год", "т/жыл", (6_000, 15_000)),
                ("Ковши экскаваторов", "Экскаватор шөміштері", "8431 41", "шт./год", "дана/жыл", (300, 900)),
                ("Гидроцилиндры с гальваническим покрытием штоков", "Штоктары гальваникалық жабылған гидроцилиндрлер", "8412 21",
                 "шт./год", "дана/жыл", (2_000, 6_000))),
}  # fmt: skip
VN_PRODUCTS = {
    "footwear": (("Giày thể thao", "6404.11", "đôi/năm", (8_000_000, 15_000_000)),
                 ("Dép xốp EVA", "6402.20", "đôi/năm", (2_000_000, 5_000_000)),
                 ("Đế giày cao su (bán thành phẩm)", "6406.20", "đôi/năm", (4_000_000, 9_000_000))),
    "electronics": (("Bảng mạch điện tử đã lắp ráp (PCBA)", "8473.30", "sản phẩm/năm", (20_000_000, 60_000_000)),
                    ("Khung kim loại mạ niken cho điện thoại", "8517.79", "sản phẩm/năm", (30_000_000, 80_000_000)),
                    ("Đầu nối (connector) mạ vàng", "8536.69", "sản phẩm/năm", (100_000_000, 300_000_000))),
    "wood": (("Bàn ghế gỗ nội thất", "9403.60", "sản phẩm/năm", (200_000, 500_000)),
             ("Tủ bếp gỗ", "9403.40", "sản phẩm/năm", (30_000, 90_000)),
             ("Giường gỗ", "9403.50", "sản phẩm/năm", (20_000, 60_000))),
}  # fmt: skip


def facility_hb1(doc: Doc) -> None:
    """A КЭР annex (VI: a GPMT application's chapter on the products) whose table of products — customs code, design
    capacity, output of 2025 and the share exported — is topped by three banner rows spanning the table: the operator
    with its BIN, the site with its category and KATO, the place with the centre's coordinates in degrees, minutes and
    seconds; a note under the table."""
    r = doc.rng
    if doc.lang == "vi":
        key = doc.pick(("footwear", "electronics", "wood"))
        name, operator, address, (la0, la1), (lo0, lo1), group = VN_PLANTS[key]
        msdn = make_msdn(r)
        lat_d, lon_d = _dms(r.uniform(la0, la1)), _dms(r.uniform(lo0, lo1))
        lat, lon = _deg(*lat_d), _deg(*lon_d)
        doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG")
        doc.p(f"Chương 1. Thông tin chung về cơ sở. Mục 1.3. Công suất, công nghệ, sản phẩm sản xuất của {name}.")
        rows = [[f"Chủ cơ sở: {operator} – Mã số doanh nghiệp: {msdn}", None, None, None, None, None],
                [f"Cơ sở: {name} – thuộc nhóm {group} theo Nghị định số 08/2022/NĐ-CP", None, None, None, None, None],
                [f"Địa điểm: {address}; tọa độ trung tâm (WGS-84): {lat_d[0]}°{lat_d[1]:02d}′{lat_d[2]:02d}″ N, "
                 f"{lon_d[0]}°{lon_d[1]:02d}′{lon_d[2]:02d}″ E", None, None, None, None, None],
                ["TT", "Sản phẩm", "Mã HS", "Công suất thiết kế", "Sản lượng năm 2025", "Tỷ lệ xuất khẩu (%)"]]
        merges = [(k, 0, k, 5) for k in range(3)]
        for k, (prod, hs, unit, (lo, hi)) in enumerate(VN_PRODUCTS[key], 1):
            cap = r.randint(lo // 1000, hi // 1000) * 1000
            out = int(cap * r.uniform(0.55, 0.95)) // 100 * 100
            rows.append([str(k), prod, hs, f"{num(cap, 'vi')} {unit}", f"{num(out, 'vi')} {unit}", str(doc.pick((85, 90, 95, 100)))])
        doc.table("Bảng 1.2. Sản phẩm và công suất sản xuất của cơ sở", rows, merges, role="facility")
        doc.p("Ghi chú: tỷ lệ xuất khẩu tính theo tờ khai hải quan năm 2025; thị trường chính: EU, Hoa Kỳ, Nhật Bản.")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat, "lon": lon})
        maybe_distractor(doc)
        return
    key = doc.pick(("fertiliser", "paper", "machine"))
    p = KZ_PLANTS[key]
    name, operator = _kz(doc, key)
    address, cat = p[5 + _L(doc)], p[9]
    bin_, kato = make_bin(r), make_kato(r)
    lat_d, lon_d = _dms(r.uniform(*p[7])), _dms(r.uniform(*p[8]))
    lat, lon = _deg(*lat_d), _deg(*lon_d)
    doc.h(doc.v("Приложение 1 к комплексному экологическому разрешению. Сведения о производственной мощности объекта",
                "Кешенді экологиялық рұқсатқа 1-қосымша. Объектінің өндірістік қуаты туралы мәліметтер", ""))
    doc.p(doc.v("Сведения приведены по данным оператора на 1 января 2026 года.",
                "Мәліметтер операторның 2026 жылғы 1 қаңтардағы деректері бойынша келтірілді.", ""))
    lat_s = f"{lat_d[0]}°{lat_d[1]:02d}′{lat_d[2]:02d}″"
    lon_s = f"{lon_d[0]}°{lon_d[1]:02d}′{lon_d[2]:02d}″"
    rows = [[doc.v(f"Оператор объекта: {operator}, БИН {bin_}", f"Объект операторы: {operator}, БСН {bin_}", ""), None, None, None, None, None],
            [doc.v(f"Объект: {name} — объект {cat} категории (КАТО {kato})",
                   f"Объект: {name} — {cat} санаттағы объект (ҚАТО {kato})", ""), None, None, None, None, None],
            [doc.v(f"Место нахождения: {address}; координаты центра площадки: {lat_s} с.ш., {lon_s} в.д.",
                   f"Орналасқан жері: {address}; алаң орталығының координаттары: {lat_s} с.е., {lon_s} ш.б.", ""),
             None, None, None, None, None],
            doc.v(["№", "Вид продукции", "Код ТН ВЭД ЕАЭС", "Проектная мощность", "Выпуск за 2025 год", "в т.ч. на экспорт, %"],
                  ["№", "Өнім түрі", "ЕАЭО СЭҚ ТН коды", "Жобалық қуаты", "2025 жылғы шығарылым", "оның ішінде экспортқа, %"], [])]
    merges = [(k, 0, k, 5) for k in range(3)]
    for k, prod in enumerate(PRODUCTS[key], 1):
        (lo, hi) = prod[5]
        step = 1000 if lo >= 10_000 else 100 if lo >= 1000 else 10 if lo >= 100 else 1
        cap = r.randint(lo // step, hi // step) * step
        out = max(1, int(cap * r.uniform(0.5, 0.95)) // step * step)
        unit = prod[3 + _L(doc)]
        rows.append([str(k), prod[_L(doc)], prod[2], f"{num(cap, doc.lang)} {unit}", num(out, doc.lang),
                     str(doc.pick((0, 15, 30, 45, 60, 72)))])
    doc.table(doc.v("Таблица 1.1", "1.1-кесте", ""), rows, merges, role="facility")
    doc.p(doc.v("Примечание: доля экспорта определена по данным таможенных деклараций за 2025 год.",
                "Ескертпе: экспорт үлесі 2025 жылғы кедендік декларациялардың деректері бойынша айқындалды.", ""))
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "category": cat, "lat": lat, "lon": lon})
    maybe_distractor(doc)



def facility_hb2(doc: Doc) -> None:
    """A report's title block that turns round half way (the statistical forms' way): label–value rows on top with the
    value merged across five cells (operator, site, place, period), then a row of code headings — BIN, KATO, OKED,
    category, latitude, longitude — over a row of their values, then two more label–value rows (head, person
    responsible) (VI: the form of the annual environmental report, the enterprise number, the VSIC code and the group)."""
    r = doc.rng
    if doc.lang == "vi":
        key = doc.pick(("plastics", "paper", "dyeing"))
        name, operator, address, (la0, la1), (lo0, lo1), group = VN_PLANTS[key]
        msdn = make_msdn(r)
        lat, lon = round(r.uniform(la0, la1), 5), round(r.uniform(lo0, lo1), 5)
        vsic = {"plastics": "2220", "paper": "1701", "dyeing": "1313"}[key]
        kind = {"plastics": "Sản xuất bao bì nhựa, in ống đồng", "paper": "Sản xuất giấy bao bì từ giấy tái chế",
                "dyeing": "Nhuộm, hoàn tất vải"}[key]
        doc.h("Mẫu số 05.A. BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025")
        doc.p("(Kèm theo Thông tư số 02/2022/TT-BTNMT) – Phần I. Thông tin chung về cơ sở.")
        rows = [["Tên chủ cơ sở", operator, None, None, None, None],
                ["Tên cơ sở", name, None, None, None, None],
                ["Địa điểm thực hiện", address, None, None, None, None],
                ["Kỳ báo cáo", "Từ 01/01/2025 đến 31/12/2025", None, None, None, None],
                ["Mã số doanh nghiệp", "Mã ngành (VSIC)", "Loại hình sản xuất", "Nhóm (NĐ 08/2022)", "Vĩ độ (°)", "Kinh độ (°)"],
                [msdn, vsic, kind, group, num(lat, "vi"), num(lon, "vi")],
                ["Người đại diện", doc.pick(("Ông Park Jin Woo – Tổng Giám đốc", "Bà Chen Mei Ling – Giám đốc")), None, None, None, None],
                ["Cán bộ phụ trách môi trường", f"Nguyễn Thị Thu – {r.randint(900, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
                 None, None, None, None]]
        merges = [(k, 1, k, 5) for k in (0, 1, 2, 3, 6, 7)]
        doc.table(None, rows, merges, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat, "lon": lon})
        maybe_distractor(doc)
        return
    key = doc.pick(("printing", "furniture", "battery"))
    p = KZ_PLANTS[key]
    name, operator = _kz(doc, key)
    oked, address, cat = p[4], p[5 + _L(doc)], p[9]
    bin_, kato = make_bin(r), make_kato(r)
    lat, lon = round(r.uniform(*p[7]), 5), round(r.uniform(*p[8]), 5)
    doc.h(doc.v("Отчет по программе производственного экологического контроля за 2025 год",
                "2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.p(doc.v("Раздел 1. Общие сведения об операторе и объекте.", "1-бөлім. Оператор және объект туралы жалпы мәліметтер.", ""))
    head = doc.v(["БИН", "КАТО", "ОКЭД", "Категория объекта", "Широта, °", "Долгота, °"],
                 ["БСН", "ҚАТО", "ЭҚЖЖ", "Объектінің санаты", "Ендік, °", "Бойлық, °"], [])
    rows = [[doc.v("Наименование оператора", "Оператордың атауы", ""), operator, None, None, None, None],
            [doc.v("Наименование объекта", "Объектінің атауы", ""), name, None, None, None, None],
            [doc.v("Фактический адрес", "Нақты мекенжайы", ""), address, None, None, None, None],
            [doc.v("Отчетный период", "Есепті кезең", ""), doc.v("с 01.01.2025 по 31.12.2025", "01.01.2025 – 31.12.2025", ""),
             None, None, None, None],
            head,
            [bin_, kato, oked, cat, num(lat, doc.lang), num(lon, doc.lang)],
            [doc.v("Руководитель", "Басшы", ""), doc.v("Генеральный директор Сагинтаев А.Б.", "Бас директор Сағынтаев А.Б.", ""),
             None, None, None, None],
            [doc.v("Ответственный за ПЭК", "ӨЭБ үшін жауапты", ""), f"{doc.v('инженер-эколог', 'инженер-эколог', '')} Абенова Г.Т., "
             f"+7 7{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}", None, None, None, None]]
    merges = [(k, 1, k, 5) for k in (0, 1, 2, 3, 6, 7)]
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": name, "kato": kato, "oked": oked, "category": cat, "lat": lat, "lon": lon})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# (number, RU, KK, H, D, t, codes, (low, high) g/s of the first substance)
FOUNDRY_SOURCES = (
    ("0001", "Вагранка литейного цеха (после циклона и скруббера)", "Құю цехының вагранкасы (циклон мен скрубберден кейін)",
     "22", "0,8", "140", ("0337", "0301", "0330", "2908"), (0.8, 4.5)),
    ("0002", "Индукционная печь ИСТ-1,0", "ИСТ-1,0 индукциялық пеші", "16", "0,6", "55", ("0123", "0143", "2908"), (0.05, 0.4)),
    ("0003", "Участок выбивки и очистки отливок (рукавный фильтр)", "Құймаларды қағып түсіру және тазалау учаскесі (жеңді сүзгі)",
     "14", "0,5", "25", ("2908",), (0.05, 0.6)),
    ("0004", "Вентиляция ванн хромирования", "Хромдау ванналарының желдетуі", "12", "0,4", "22", ("0203",), (0.00005, 0.0008)),
    ("0005", "Вентиляция ванн травления и цинкования", "Улау және мырыштау ванналарының желдетуі", "12", "0,5", "24",
     ("0316", "0322"), (0.002, 0.03)),
    ("0006", "Окрасочная камера с гидрофильтром", "Гидросүзгісі бар бояу камерасы", "10", "0,6", "20", ("0616", "0621", "2752", "2902"),
     (0.02, 0.25)),
    ("6001", "Склад формовочных материалов", "Қалыптау материалдарының қоймасы", "2", "–", "–", ("2908",), (0.01, 0.12)),
    ("6002", "Сварочный участок механосборочного цеха", "Механикалық құрастыру цехының дәнекерлеу учаскесі", "2", "–", "–",
     ("0123", "0143"), (0.003, 0.02)),
)  # fmt: skip
SHARE = {"0301": 0.35, "0330": 0.2, "0337": 1.0, "2908": 0.25, "0123": 1.0, "0143": 0.09, "0316": 1.0, "0322": 0.4,
         "0616": 1.0, "0621": 0.6, "2752": 0.8, "2902": 0.3, "0203": 1.0, "0303": 0.3, "0602": 0.05}


def emissions_hb1(doc: Doc) -> None:
    """A staircase inventory: a two-row header with `Параметры источника` over height, diameter and temperature,
    `Загрязняющее вещество` over code, name and class, `Выброс` over mg/m3, g/s and t/year; each source's row fills only
    its own columns (number, name, H, D, t), each substance's row only the substance's (VI: the stacks of an
    electronics plant with plating named in the same way, flow instead of temperature, no class column, no number)."""
    r = doc.rng
    if doc.lang == "vi":
        name = VN_PLANTS["electronics"][0]
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA {name.upper()}")
        doc.p("Chương 3. Mục 3.2.4. Tải lượng các chất ô nhiễm trong khí thải sau hệ thống xử lý (tính theo kết quả quan trắc "
              "năm 2025, thời gian vận hành 7.200 giờ/năm).")
        stacks = (("Ống thải số 01 – tháp hấp thụ hơi axit, kiềm dây chuyền mạ niken", "18", "0,8", ("0316", "0303"), (0.01, 0.08)),
                  ("Ống thải số 02 – tháp hấp thụ dây chuyền mạ vàng, mạ thiếc", "15", "0,6", ("0316",), (0.005, 0.05)),
                  ("Ống thải số 03 – hệ thống than hoạt tính khu vực hàn, phủ keo SMT", "15", "0,5", ("0621", "0616", "2902"), (0.005, 0.06)),
                  ("Ống thải số 04 – máy phát điện dự phòng 1.250 kVA", "8", "0,3", ("0301", "0330", "0337", "2902"), (0.05, 0.4)))
        vi_name = {"0316": "HCl", "0303": "NH3", "0621": "Toluen", "0616": "Xylen", "2902": "Bụi tổng", "0301": "NO2",
                   "0330": "SO2", "0337": "CO"}
        rows = [["Nguồn thải", "Chiều cao ống (m)", "Đường kính (m)", "Lưu lượng (m3/h)", "Thông số", "Nồng độ (mg/Nm3)",
                 "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
        for src, h, d, codes, (lo, hi) in stacks:
            flow = r.randint(8, 40) * 1000 if "máy phát" not in src else r.randint(3, 6) * 1000
            rows.append([src, h, d, num(flow, "vi"), "", "", "", ""])
            base = r.uniform(lo, hi)
            for c in codes:
                g = _sig(base * SHARE.get(c, 1.0) * r.uniform(0.7, 1.3), 3)
                t = _sig(g * 3600 * 7200 / 1e6, 3)
                conc = _sig(g * 1000 / (flow / 3600), 3)
                rows.append(["", "", "", "", vi_name[c], num(conc, "vi"), num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, g, t))
        doc.table("Bảng 3.9. Đặc trưng nguồn thải và tải lượng ô nhiễm khí thải", rows, role="emissions")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "machine")
    doc.h(doc.v(f"Отчет по инвентаризации источников выбросов загрязняющих веществ. {name}",
                f"{name}. Ластаушы заттар шығарындыларының көздерін түгендеу жөніндегі есеп", ""))
    doc.p(doc.v("Характеристика источников и выбросы приведены для литейного цеха, гальванического участка и участка окраски.",
                "Көздердің сипаттамасы мен шығарындылар құю цехы, гальваникалық учаске және бояу учаскесі үшін келтірілген.", ""))
    rows = [doc.v(["№ ИЗА", "Наименование источника", "Параметры источника", None, None, "Загрязняющее вещество", None, None, "Выброс", None, None],
                  ["ЛШК №", "Көздің атауы", "Көздің параметрлері", None, None, "Ластаушы зат", None, None, "Шығарынды", None, None], []),
            doc.v([None, None, "H, м", "D, м", "t, °С", "код", "наименование", "класс опасн.", "мг/м3", "г/с", "т/год"],
                  [None, None, "H, м", "D, м", "t, °С", "коды", "атауы", "қауіптілік сыныбы", "мг/м3", "г/с", "т/жыл"], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 0, 7), (0, 8, 0, 10)]
    chosen = [s for s in FOUNDRY_SOURCES if s[0] in ("0001", "0004", "0005", "6001") or r.random() < 0.65]
    for number, s_ru, s_kk, h, d, t_gas, codes, (lo, hi) in chosen:
        rows.append([number, doc.v(s_ru, s_kk, ""), h, d, t_gas, "", "", "", "", "", ""])
        base = r.uniform(lo, hi)
        hours = r.randint(2000, 6200)
        volume = r.uniform(1.5, 12.0)
        for c in codes:
            g = _sig(base * SHARE.get(c, 1.0) * r.uniform(0.8, 1.2), 4)
            t = _sig(g * 3600 * hours / 1e6, 4)
            cls = _hazard(c)
            conc = "–" if number.startswith("6") else num(_sig(g * 1000 / volume, 3), doc.lang)
            rows.append(["", "", "", "", "", c, _air(c, doc), str(cls) if cls else "–", conc, num(g, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(c, g, t, number, cls))
    doc.table(doc.v("Таблица 2.2 – Характеристика источников и выбросы загрязняющих веществ",
                    "2.2-кесте – Көздердің сипаттамасы және ластаушы заттардың шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    maybe_distractor(doc)


# (number, RU, KK, organised, codes, (low, high) g/s)
PRINT_SOURCES = (
    ("0001", "Флексографская печатная машина, вытяжка сушильных секций", "Флексографиялық баспа машинасы, кептіру секцияларының сорғышы",
     True, ("1061", "1051", "1240", "1119", "0621"), (0.05, 0.4)),
    ("0002", "Офсетные печатные машины, общеобменная вентиляция", "Офсеттік баспа машиналары, жалпы алмасу желдетуі", True,
     ("2752", "1051", "2704"), (0.01, 0.12)),
    ("0003", "Участок лакирования и ламинирования", "Лактау және ламинаттау учаскесі", True, ("1210", "1401", "0616", "1061"),
     (0.02, 0.2)),
    ("6001", "Участок ручной отмывки печатных валов", "Баспа біліктерін қолмен жуу учаскесі", False, ("2752", "2704"), (0.005, 0.05)),
)  # fmt: skip
FURNITURE_SOURCES = (
    ("0001", "Аспирационная система деревообрабатывающего участка (циклон)", "Ағаш өңдеу учаскесінің аспирациялық жүйесі (циклон)",
     True, ("2936",), (0.1, 0.9)),
    ("0002", "Окрасочная камера с сухим фильтром", "Құрғақ сүзгісі бар бояу камерасы", True, ("0616", "0621", "1210", "1401", "2752", "2902"),
     (0.03, 0.3)),
    ("0003", "Камера сушки лакокрасочных покрытий", "Лак-бояу жабындарын кептіру камерасы", True, ("0616", "0621", "1210", "1401"),
     (0.01, 0.1)),
    ("0004", "Котельная на древесных отходах, дымовая труба", "Ағаш қалдықтарымен жұмыс істейтін қазандық, түтін мұржасы", True,
     ("0301", "0304", "0337", "0330", "0328"), (0.05, 0.6)),
    ("6001", "Участок склеивания щитов", "Қалқандарды желімдеу учаскесі", False, ("1325",), (0.0005, 0.005)),
)  # fmt: skip
SOLVENT_SHARE = {"1061": 1.0, "1051": 0.5, "1240": 0.7, "1119": 0.1, "0621": 0.2, "2752": 1.0, "2704": 0.4, "1210": 0.6,
                 "1401": 0.5, "0616": 1.0, "2902": 0.15, "2936": 1.0, "0301": 1.0, "0304": 0.16, "0337": 2.5, "0330": 0.1,
                 "0328": 0.2, "1325": 1.0}


def emissions_hb2(doc: Doc) -> None:
    """A printing house's or a furniture factory's emissions with many solvents printed in two halves side by side to save
    the page: `Код | Вещество | г/с | т/год` twice on each row under a row per source spanning the table (`ИЗА 0001 – …,
    организованный`), a source's last right half left empty when its substances are odd in number, a line of the
    source's totals spanning the table under it (VI: a packaging factory's stacks, one row per parameter with the flow,
    the concentration after treatment and the hours beside the loads, the stack's name, flow and hours only on its
    first row, the cells under them blank)."""
    r = doc.rng
    if doc.lang == "vi":
        name = VN_PLANTS["plastics"][0]
        doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
        doc.p("Phụ lục 3. Tải lượng các chất ô nhiễm không khí phát thải năm 2025, tính từ nồng độ quan trắc định kỳ (trung bình "
              "bốn đợt), lưu lượng và thời gian vận hành thực tế của từng nguồn.")
        stacks = (("Ống thải máy in ống đồng 10 màu (hấp phụ than hoạt tính)", ("0621", "0616", "0602"), (60, 180)),
                  ("Ống thải máy ghép màng khô", ("0621",), (10, 40)),
                  ("Ống thải máy thổi màng PE, PP", ("2902",), (8, 30)),
                  ("Ống khói lò hơi đốt củi 2 tấn hơi/giờ", ("2902", "0330", "0301", "0337"), (40, 160)))
        vi_name = {"0621": "Toluen", "0616": "Xylen", "0602": "Benzen", "2902": "Bụi tổng", "0330": "SO2", "0301": "NO2", "0337": "CO"}
        rows = [["TT", "Nguồn thải", "Thông số", "Lưu lượng (m3/h)", "Nồng độ sau xử lý (mg/Nm3)", "Thời gian hoạt động (giờ/năm)",
                 "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
        for k, (src, codes, (lo, hi)) in enumerate(stacks, 1):
            flow = r.randint(6, 45) * 1000
            hours = r.randint(50, 78) * 100
            base = r.uniform(lo, hi)
            for j, c in enumerate(codes):
                conc = _sig(base * {"0621": 1.0, "0616": 0.5, "0602": 0.03, "2902": 1.0, "0330": 1.2, "0301": 1.5, "0337": 2.0}[c]
                            * r.uniform(0.7, 1.3), 3)
                g = _sig(conc * flow / 3600 / 1000, 3)
                t = _sig(g * 3600 * hours / 1e6, 3)
                first = j == 0
                rows.append([str(k) if first else "", src if first else "", vi_name[c], num(flow, "vi") if first else "",
                             num(conc, "vi"), num(hours, "vi") if first else "", num(g, "vi"), num(t, "vi")])
                doc.add("emissions", emission(c, g, t))
        doc.table("Bảng PL3.1. Tải lượng phát thải theo từng nguồn", rows, role="emissions")
        maybe_distractor(doc)
        return
    key = doc.pick(("printing", "furniture"))
    name, _ = _kz(doc, key)
    sources = PRINT_SOURCES if key == "printing" else FURNITURE_SOURCES
    doc.h(doc.v(f"Проект нормативов допустимых выбросов. {name}", f"{name}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(doc.v("Таблица 3.3 приведена в две колонки: в каждой строке – два вещества одного источника.",
                "3.3-кесте екі бағанмен берілген: әр жолда бір көздің екі заты.", ""))
    half = doc.v(["Код", "Вещество", "г/с", "т/год"], ["Коды", "Зат", "г/с", "т/жыл"], [])
    rows = [half + half]
    merges = []
    chosen = [s for s in sources if s[0] in ("0001", "0002", "6001") or r.random() < 0.7]
    for number, s_ru, s_kk, organized, codes, (lo, hi) in chosen:
        kind = doc.v("организованный" if organized else "неорганизованный", "ұйымдастырылған" if organized else "ұйымдастырылмаған", "")
        rows.append([doc.v(f"ИЗА {number} – {s_ru}, {kind}", f"ЛШК {number} – {s_kk}, {kind}", ""), *([None] * 7)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
        base = r.uniform(lo, hi)
        hours = r.randint(1800, 4200)
        cells, gs, ts = [], [], []
        for c in codes:
            g = _sig(base * SOLVENT_SHARE.get(c, 1.0) * r.uniform(0.8, 1.2), 3)
            t = _sig(g * 3600 * hours / 1e6, 3)
            gs.append(g)
            ts.append(t)
            cells.append([c, _air(c, doc), num(g, doc.lang), num(t, doc.lang)])
            doc.add("emissions", emission(c, g, t, number))
        for i in range(0, len(cells), 2):
            right = cells[i + 1] if i + 1 < len(cells) else ["", "", "", ""]
            rows.append(cells[i] + right)
        total = doc.v(f"Итого по ИЗА {number}: {num(round(sum(gs), 6), 'ru')} г/с; {num(round(sum(ts), 6), 'ru')} т/год",
                      f"ЛШК {number} бойынша барлығы: {num(round(sum(gs), 6), 'kk')} г/с; {num(round(sum(ts), 6), 'kk')} т/жыл", "")
        rows.append([total, *([None] * 7)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 7))
    doc.table(doc.v("Таблица 3.3 – Нормативы выбросов по источникам (в две колонки)",
                    "3.3-кесте – Көздер бойынша шығарындылар нормативтері (екі бағанмен)", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "organized" if s[3] else "unorganized"} for s in chosen))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes


def _low(code: str, name: str, t: float) -> dict:
    return {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": name}


def _ctnh(code: str, name: str, t: float) -> dict:
    return {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": name}


def _plain(name: str, t: float) -> dict:
    return {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": name}


# (RU receiver, KK receiver, contract), [(code, RU, KK, (low, high) t, operation)]
MACHINE_RECEIVERS = (
    (("ТОО «Кокше Вторчермет»", "«Көкше Вторчермет» ЖШС", "14/25"), (
        ("12 01 01", "Стружка и опилки черных металлов", "Қара металдардың жоңқасы мен үгінділері", (80, 420), "R4"),
        ("12 01 03", "Стружка цветных металлов", "Түсті металдардың жоңқасы", (2, 18), "R4"),
        ("10 09 03", "Шлак ваграночный", "Вагранка қожы", (150, 900), "R5"))),
    (("ТОО «ЭкоСервис-Кокшетау»", "«ЭкоСервис-Көкшетау» ЖШС", "3-ОО/25"), (
        ("11 01 09*", "Осадок станции нейтрализации гальванических стоков", "Гальваникалық ағындарды бейтараптандыру станциясының тұнбасы",
         (8, 45), "D9"),
        ("11 01 05*", "Отработанные растворы травления", "Пайдаланылған улау ерітінділері", (3, 25), "D9"),
        ("12 01 09*", "Отработанные смазочно-охлаждающие жидкости (эмульсии)", "Пайдаланылған майлау-салқындату сұйықтықтары (эмульсиялар)",
         (4, 30), "D9"),
        ("08 01 11*", "Отходы лакокрасочных материалов", "Лак-бояу материалдарының қалдықтары", (0.5, 4), "D10"),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.3, 2.5), "D10"),
        ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.4), "R4"))),
    (("ГКП «Кокшетау Тазалык» (полигон ТБО)", "«Көкшетау Тазалық» МКК (ҚТҚ полигоны)", "112"), (
        ("10 09 08", "Отработанная формовочная смесь (горелая земля)", "Пайдаланылған қалыптау қоспасы (күйген топырақ)", (600, 2400), "D1"),
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (20, 90), "D1"))),
)  # fmt: skip
# VI: (receiver, [(code or None, name, (low, high) kg, method)])
FOOTWEAR_RECEIVERS = (
    ("Công ty TNHH Môi trường Xanh Đồng Nai – Giấy phép môi trường số 215/GPMT-BTNMT", (
        ("18 02 01", "Giẻ lau, găng tay dính keo, dung môi thải", (1200, 6000), "Đốt"),
        ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng keo, nước xử lý)", (800, 4000), "Tái chế, đốt"),
        ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng đựng keo)", (500, 3500), "Súc rửa, tái chế"),
        ("16 01 06", "Bóng đèn huỳnh quang thải", (40, 200), "Nghiền, hóa rắn"),
        ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (150, 900), "Tái chế dầu"),
        ("08 02 04", "Hộp mực in thải có các thành phần nguy hại", (20, 120), "Đốt"))),
    ("Công ty TNHH Tái chế Phước An – Hợp đồng số 08/2025/HĐ-PA", (
        (None, "Da vụn, simili vụn", (40_000, 160_000), "Tái chế"),
        (None, "Đế giày lỗi, cao su vụn", (15_000, 60_000), "Tái chế"),
        (None, "Bao bì carton thải", (20_000, 90_000), "Tái chế"))),
    ("Công ty Cổ phần Dịch vụ Môi trường Biên Hòa – Hợp đồng số 117/2025/HĐ-DVMT", (
        (None, "Chất thải rắn sinh hoạt", (60_000, 180_000), "Chôn lấp hợp vệ sinh"),)),
)  # fmt: skip


def wastes_hb1(doc: Doc) -> None:
    """A report's wastes handed over in 2025 grouped under a row per receiving organisation spanning the table (its name
    and the contract's number and date), numbered straight through, the tonnes handed over before the code, the
    operation as an R/D code last, a total row (VI: a footwear factory's wastes in kilograms under a row per receiver
    with its permit or contract, the CTNH code after the amount, a dash for ordinary wastes)."""
    r = doc.rng
    rows: list[list] = []
    merges: list[tuple] = []
    if doc.lang == "vi":
        name = VN_PLANTS["footwear"][0]
        doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
        doc.p("Mục 3. Kết quả quản lý chất thải rắn. Bảng 3.2 liệt kê khối lượng chất thải đã chuyển giao cho các đơn vị tiếp nhận "
              "trong năm 2025 (theo chứng từ chất thải nguy hại và biên bản giao nhận).")
        rows.append(["STT", "Tên chất thải", "Khối lượng chuyển giao (kg)", "Mã CTNH", "Phương pháp xử lý"])
        n = 0
        total = 0
        for receiver, items in FOOTWEAR_RECEIVERS:
            rows.append([f"Đơn vị tiếp nhận: {receiver}", None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
            picked = [w for w in items if w[0] is None or r.random() < 0.8]
            for code, w, (lo, hi), method in picked:
                n += 1
                kg = r.randint(lo // 10, hi // 10) * 10
                total += kg
                rows.append([str(n), w, num(kg, "vi"), code or "-", method])
                doc.add("wastes", _ctnh(code, w, kg / 1000) if code else _plain(w, kg / 1000))
        rows.append(["", "Tổng cộng", num(total, "vi"), "", ""])
        doc.table("Bảng 3.2. Khối lượng chất thải chuyển giao năm 2025", rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "machine")
    L = _L(doc)
    doc.h(doc.v(f"Отчет о выполнении программы управления отходами за 2025 год. {name}",
                f"{name}. Қалдықтарды басқару бағдарламасының 2025 жылғы орындалуы туралы есеп", ""))
    doc.p(doc.v("Таблица 3. Отходы, переданные сторонним организациям (по актам приема-передачи).",
                "3-кесте. Басқа ұйымдарға берілген қалдықтар (қабылдау-беру актілері бойынша).", ""))
    rows.append(doc.v(["№", "Наименование отхода", "Передано за 2025 год, т", "Код отхода", "Операция"],
                      ["№", "Қалдықтың атауы", "2025 жылы берілді, т", "Қалдық коды", "Операция"], []))
    n = 0
    total = 0.0
    for (rec_ru, rec_kk, contract), items in MACHINE_RECEIVERS:
        day, month = r.randint(5, 28), r.randint(1, 2)
        rows.append([doc.v(f"{rec_ru} — договор № {contract} от {day:02d}.{month:02d}.2025",
                           f"{rec_kk} — {day:02d}.{month:02d}.2025 ж. № {contract} шарт", ""), None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        picked = [w for w in items if w[0] in ("11 01 09*", "20 03 01", "12 01 01") or r.random() < 0.75]
        for code, n_ru, n_kk, (lo, hi), op in picked:
            n += 1
            t = round(rate(r, lo, hi, 4), 3)
            total += t
            w = (n_ru, n_kk)[L]
            rows.append([str(n), w, num(t, doc.lang), code, op])
            doc.add("wastes", _low(code, w, t))
    rows.append(["", doc.v("Всего передано", "Барлығы берілді", ""), num(round(total, 3), doc.lang), "", ""])
    doc.table(None, rows, merges, role="wastes")
    doc.p(doc.v("R4 – переработка металлов; R5 – переработка других неорганических материалов; D9 – физико-химическая обработка; "
                "D10 – сжигание на суше; D1 – захоронение.",
                "R4 – металдарды қайта өңдеу; R5 – басқа бейорганикалық материалдарды қайта өңдеу; D9 – физикалық-химиялық өңдеу; "
                "D10 – құрлықта жағу; D1 – көму.", ""))
    maybe_distractor(doc)


# (code, RU, KK, (low, high) t a month, share of months with the waste)
PAPER_WASTES = (
    ("03 03 07", "Отходы сортирования макулатуры (механически отделенные примеси)", "Макулатураны сұрыптау қалдықтары (механикалық бөлінген қоспалар)",
     (120, 400), 1.0),
    ("03 03 10", "Волокнистый шлам (скоп)", "Талшықты шлам (скоп)", (60, 250), 1.0),
    ("03 03 11", "Осадок локальных очистных сооружений", "Жергілікті тазарту құрылыстарының тұнбасы", (20, 90), 1.0),
    ("15 01 02", "Пластиковая упаковка (стреппинг-лента, пленка)", "Пластик орама (стреппинг-таспа, үлдір)", (1, 6), 0.9),
    ("13 02 08*", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссиялық майлар", (0.1, 0.8), 0.4),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.02, 0.15), 0.7),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.01, 0.05), 0.25),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (3, 8), 1.0),
)  # fmt: skip
MONTHS = {"ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
          "kk": ("қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"),
          "vi": tuple(f"T{m}" for m in range(1, 13))}
# VI: (code or None, name, (low, high) kg a month, share)
VN_PAPER_WASTES = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (20, 120), 0.5),
    ("18 02 01", "Giẻ lau, găng tay dính dầu thải", (10, 60), 0.8),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (3, 15), 0.3),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng phuy đựng hóa chất)", (20, 150), 0.5),
    (None, "Bùn thải từ hệ thống xử lý nước thải", (40_000, 120_000), 1.0),
    (None, "Tạp chất từ quá trình nghiền bột giấy tái chế (nilon, ghim, kim loại)", (15_000, 60_000), 1.0),
    (None, "Tro, xỉ lò hơi đốt than", (30_000, 90_000), 1.0),
)


def wastes_hb2(doc: Doc) -> None:
    """A paper mill's summary of its journal of wastes: the wastes as rows (number, code, name), the twelve months as
    columns under a merged `Образовано по месяцам 2025 года, т`, a dash in a month without the waste, the year's total in
    the last column — the amount (VI: the CTNH and the ordinary wastes under two group rows, the months `T1` … `T12`
    and the year in kilograms)."""
    r = doc.rng
    months = MONTHS[doc.lang]
    if doc.lang == "vi":
        name = VN_PLANTS["paper"][0]
        doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
        doc.p("Phụ lục 4. Tổng hợp sổ theo dõi chất thải theo tháng (đơn vị: kg).")
        rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh theo tháng (kg)", *([None] * 11), "Cả năm"],
                [None, None, None, *months, None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
        for group, label in ((True, "I. Chất thải nguy hại"), (False, "II. Chất thải rắn công nghiệp thông thường")):
            rows.append([label, *([None] * 15)])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 15))
            k = 0
            for code, w, (lo, hi), share in VN_PAPER_WASTES:
                if (code is not None) != group:
                    continue
                k += 1
                vals = [r.randint(lo, hi) if r.random() < share else 0 for _ in range(12)]
                if not any(vals):
                    vals[r.randrange(12)] = lo
                step = 100 if lo >= 1000 else 1
                vals = [v // step * step for v in vals]
                kg = sum(vals)
                rows.append([str(k), w, code or "-", *(num(v, "vi") if v else "-" for v in vals), num(kg, "vi")])
                doc.add("wastes", _ctnh(code, w, kg / 1000) if code else _plain(w, kg / 1000))
        doc.table(None, rows, merges, role="wastes")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "paper")
    L = _L(doc)
    doc.h(doc.v(f"Свод журнала учета отходов за 2025 год. {name}", f"{name}. Қалдықтарды есепке алу журналының 2025 жылғы жиынтығы", ""))
    doc.p(doc.v("Сведения сведены по данным ежемесячных записей журнала учета образования и движения отходов.",
                "Мәліметтер қалдықтардың түзілуі мен қозғалысын есепке алу журналының ай сайынғы жазбалары бойынша жинақталды.", ""))
    rows = [[*doc.v(["№", "Код", "Наименование отхода", "Образовано по месяцам 2025 года, т"],
                    ["№", "Коды", "Қалдықтың атауы", "2025 жылы айлар бойынша түзілді, т"], []), *([None] * 11),
             doc.v("Итого за год, т", "Жыл бойы барлығы, т", "")],
            [None, None, None, *months, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
    for k, (code, n_ru, n_kk, (lo, hi), share) in enumerate(PAPER_WASTES, 1):
        vals = [round(rate(r, lo, hi, 3), 3) if r.random() < share else 0.0 for _ in range(12)]
        if not any(vals):
            vals[r.randrange(12)] = round(lo, 3)
        year = round(sum(vals), 3)
        w = (n_ru, n_kk)[L]
        rows.append([str(k), code, w, *(num(v, doc.lang) if v else "–" for v in vals), num(year, doc.lang)])
        doc.add("wastes", _low(code, w, year))
    doc.table(doc.v("Таблица 2", "2-кесте", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: the sewer utility's ДК, mg/dm3 (pH a range)
SEWER_DK = {"pH": (6.5, 9.0), "TSS": 300, "COD": 500, "TPH": 10, "Fe": 3, "Cu": 0.5, "Ni": 0.5, "Zn": 1, "Cr6+": 0.1, "SO4": 500}
DETECT = {"Cr6+": 0.01, "Ni": 0.005, "Cu": 0.005, "TPH": 0.02}


def limits_hb1(doc: Doc) -> None:
    """The sewer utility's protocol of control sampling at a machine-building plant: a two-row header with the two
    control wells (`КК-1`, `КК-2`, described in the header) as sub-columns of `Фактическая концентрация`, the ДК written
    `≤ 0,5` and pH `6,5 ÷ 9,0`, a unit column (`ед. pH`, `мг/дм3`), results below the method's range as `< 0,005` (the
    limit stands, no value), the ratio of exceedance last (VI: a dyeing mill's outfall NT1 measured twice, then QCVN 40
    column B's value, Kq, Kf and Cmax in columns of their own — Cmax the limit; the temperature and the colour with no
    coefficient)."""
    r = doc.rng
    if doc.lang == "vi":
        name = VN_PLANTS["dyeing"][0]
        kq, kf = doc.pick((0.9, 1.0)), 0.9
        doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2025 – {name.upper()}")
        doc.p(f"Nước thải sau hệ thống xử lý nước thải tập trung công suất 6.000 m3/ngày đêm được xả ra sông Điện Biên. Hệ số "
              f"Kq = {num(kq, 'vi')} (lưu lượng dòng chảy của nguồn tiếp nhận), Kf = {num(kf, 'vi')} (lưu lượng xả thải trên 5.000 "
              "m3/ngày đêm); Cmax = C × Kq × Kf.")
        rows = [["TT", "Thông số", "Đơn vị", "Kết quả quan trắc tại NT1", None, "QCVN 40:2011/BTNMT, cột B (C)", "Kq", "Kf", "Cmax"],
                [None, None, None, "Đợt 1 (17/03/2025)", "Đợt 2 (22/09/2025)", None, None, None, None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7), (0, 8, 1, 8)]
        rows.append(["1", "Nhiệt độ", "°C", num(round(r.uniform(31, 38), 1), "vi"), num(round(r.uniform(31, 38), 1), "vi"), "40", "-", "-", "40"])
        rows.append(["2", "Độ màu", "Pt-Co", str(r.randint(40, 120)), str(r.randint(40, 120)), "150", "-", "-", "150"])
        keys = ["pH", "BOD5", "COD", "TSS", *sorted(r.sample(["NH4+", "TN", "TP", "Cr6+", "S2-"], 3), key=list(QCVN40B).index)]
        for k, s in enumerate(keys, 3):
            c = QCVN40B[s]
            if s == "pH":
                vals = [round(r.uniform(6.6, 8.4), 2) for _ in range(2)]
                rows.append([str(k), "pH", "-", *(num(v, "vi") for v in vals), cell(doc, c), "-", "-", cell(doc, c)])
                for v in vals:
                    add(doc, limit(("symbol", s), "waste_water", c, None, "B", "NT1", v))
                continue
            cmax = round(c * kq * kf, 4)
            vals = [_sig(cmax * r.uniform(0.15, 0.9), 3) for _ in range(2)]
            rows.append([str(k), vocab.water(s, "vi"), "mg/L", *(num(v, "vi") for v in vals), num(c, "vi"), num(kq, "vi"), num(kf, "vi"),
                         num(cmax, "vi")])
            for v in vals:
                add(doc, limit(("symbol", s), "waste_water", cmax, "mg/l", "B", "NT1", v))
        doc.table("Bảng 2. Kết quả quan trắc nước thải", rows, merges, role="limits")
        doc.p("Ghi chú: NT1 – hố ga sau hệ thống xử lý, trước khi xả ra nguồn tiếp nhận; “-”: không áp dụng hệ số.")
        maybe_distractor(doc)
        return
    name, operator = _kz(doc, "machine")
    doc.h(doc.v(f"ГКП «Кокшетау Су Арнасы». Протокол контрольного отбора проб сточных вод абонента № {r.randint(40, 220)}-К/25",
                f"«Көкшетау Су Арнасы» МКК. Абоненттің сарқынды суларынан бақылау сынамаларын алу № {r.randint(40, 220)}-К/25 хаттамасы", ""))
    doc.p(doc.v(f"Абонент: {operator} ({name}). Дата отбора: {r.randint(3, 27):02d}.10.2025. ДК – допустимые концентрации "
                "загрязняющих веществ в сточных водах, сбрасываемых в городскую канализацию, по договору водоотведения.",
                f"Абонент: {operator} ({name}). Сынама алу күні: {r.randint(3, 27):02d}.10.2025. ДК – су бұру шарты бойынша қалалық "
                "кәрізге төгілетін сарқынды сулардағы ластаушы заттардың рұқсат етілген концентрациялары.", ""))
    wells = doc.v(("КК-1 (выпуск литейного цеха)", "КК-2 (выпуск гальванического участка)"),
                  ("КК-1 (құю цехының шығарылымы)", "КК-2 (гальваникалық учаскенің шығарылымы)"), ())
    rows = [doc.v(["№", "Показатель", "Ед. изм.", "ДК", "Фактическая концентрация", None, "Кратность превышения ДК"],
                  ["№", "Көрсеткіш", "Өлш. бірл.", "ДК", "Нақты концентрация", None, "ДК-дан асу еселігі"], []),
            [None, None, None, None, *wells, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6)]
    keys = ["pH", "TSS", "COD", *sorted(r.sample(["TPH", "Fe", "SO4"], 2), key=list(SEWER_DK).index), "Cu", "Ni", "Zn", "Cr6+"]
    over = doc.pick(("Ni", "Zn", "Cu"))
    for k, s in enumerate(keys, 1):
        dk = SEWER_DK[s]
        if s == "pH":
            shown_dk = f"{dk[0]:.1f} ÷ {dk[1]:.1f}".replace(".", ",")
            unit = doc.v("ед. pH", "pH бірл.", "")
        else:
            shown_dk = f"≤ {num(dk, doc.lang)}"
            unit = "мг/дм3"
        shown, ratio = [], "–"
        for j, well in enumerate(wells):
            point = well.split(" ")[0]
            item = limit(("symbol", s), "waste_water", dk, "mg/l", None, point)
            if s == "pH":
                v = round(r.uniform(6.9, 8.6), 2)
            elif s == over and j == 1:
                v = _sig(dk * r.uniform(1.2, 1.9), 3)
                ratio = num(round(v / dk, 1), doc.lang)
            elif s in DETECT and r.random() < 0.35:
                shown.append("< " + num(DETECT[s], doc.lang))
                del item["value"]
                add(doc, item)
                continue
            else:
                v = _sig(dk * r.uniform(0.08, 0.85), 3)
            shown.append(num(v, doc.lang))
            item["value"] = v
            add(doc, item)
        rows.append([str(k), vocab.water(s, doc.lang), unit, shown_dk, *shown, ratio])
    doc.table(doc.v("Результаты количественного химического анализа", "Сандық химиялық талдау нәтижелері", ""), rows, merges, role="limits")
    doc.p(doc.v("Пробы отобраны и проанализированы аккредитованной лабораторией ГКП. Абонент с протоколом ознакомлен.",
                "Сынамаларды МКК-ның аккредиттелген зертханасы алып, талдады. Абонент хаттамамен танысты.", ""))
    maybe_distractor(doc)


# symbol: QCVN 40:2011/BTNMT column B
QCVN40B = {"pH": (5.5, 9), "BOD5": 50, "COD": 150, "TSS": 100, "NH4+": 10, "TN": 40, "TP": 6, "Cr6+": 0.1, "S2-": 0.5}

# (number, RU, KK, {code: norm mg/Nm3})
FERT_STACKS = (
    ("0001", "Трубчатая печь первичного риформинга агрегата аммиака АМ-76", "АМ-76 аммиак агрегатының бастапқы риформинг құбырлы пеші",
     {"0301": 180, "0337": 100}),
    ("0003", "Выхлопная труба агрегата азотной кислоты УКЛ-7 (после каталитической очистки)",
     "УКЛ-7 азот қышқылы агрегатының шығару құбыры (каталитикалық тазартудан кейін)", {"0301": 150, "0303": 20}),
    ("0005", "Грануляционная башня аммиачной селитры", "Аммиак селитрасының түйіршіктеу мұнарасы", {"0303": 30, "2902": 50}),
    ("0007", "Дымовая труба пусковой котельной", "Іске қосу қазандығының түтін мұржасы", {"0301": 250, "0337": 200}),
)  # fmt: skip
# symbol: (dyeing tenants, other tenants) — an industrial park's acceptance limits, mg/l
PARK_LIMITS = {
    "pH": ((5.5, 9), (5.5, 9)), "BOD5": (400, 250), "COD": (800, 400), "TSS": (200, 150), "NH4+": (30, 25), "TN": (60, 40),
    "TP": (8, 6), "Surfactants": (10, 5), "Fe": (5, 5), "Cu": (2, 2), "Zn": (3, 3), "Ni": (0.5, 0.5), "Cr6+": (0.1, 0.1),
    "S2-": (1, 0.5),
}


def limits_hb2(doc: Doc) -> None:
    """A fertiliser plant's report on stack measurements: a row per source spanning the table (`ИЗА 0003 – …`), the
    substance with its code in brackets, then `Норматив (КЭР)` and `Фактически (среднее из 3 замеров)` each over
    `мг/нм3 | г/с`, and a verdict — the concentration norm the limit at the source, the concentration found its value,
    the grams a second a mass norm of another unit (VI: an industrial park's rules for its tenants, the acceptance limits
    of waste water in two columns — dyeing and tanning tenants, all other tenants — under a merged header, group rows of
    general indicators and of metals, the colour limited for the dyeing tenants only)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("QUY ĐỊNH VỀ BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI CÁC DOANH NGHIỆP THỨ CẤP TRONG KHU CÔNG NGHIỆP DỆT MAY PHỐ NỐI")
        doc.p("Phụ lục 2. Giới hạn tiếp nhận nước thải của doanh nghiệp thứ cấp vào hệ thống thu gom, xử lý nước thải tập trung "
              "của Khu công nghiệp (kiểm soát tại hố ga đấu nối cuối cùng của từng doanh nghiệp).")
        rows = [["TT", "Thông số", "Đơn vị", "Giới hạn tiếp nhận", None, "Ghi chú"],
                [None, None, None, "Doanh nghiệp dệt nhuộm, thuộc da", "Doanh nghiệp ngành nghề khác", None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
        general = ["pH", "BOD5", "COD", "TSS", *r.sample(["NH4+", "TN", "TP", "Surfactants"], 3)]
        metals = r.sample(["Fe", "Cu", "Zn", "Ni", "Cr6+", "S2-"], 4)
        order = list(PARK_LIMITS)
        k = 0
        for label, keys in (("A. Các thông số chung", sorted(general, key=order.index)),
                            ("B. Kim loại nặng và chất độc hại", sorted(metals, key=order.index))):
            rows.append([label, *([None] * 5)])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
            for s in keys:
                k += 1
                dye, other = PARK_LIMITS[s]
                note = "Giám sát tự động" if s in ("pH", "COD", "TSS") else ""
                rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/L", cell(doc, dye), cell(doc, other), note])
                add(doc, limit(("symbol", s), "waste_water", dye, "mg/l"), limit(("symbol", s), "waste_water", other, "mg/l"))
            if label.startswith("A"):
                k += 1
                rows.append([str(k), "Độ màu", "Pt-Co", "300", "-", "Chỉ áp dụng với doanh nghiệp dệt nhuộm"])
        doc.table(None, rows, merges, role="limits")
        doc.p("Doanh nghiệp có nước thải vượt giới hạn tiếp nhận phải xử lý sơ bộ đạt giới hạn trước khi đấu nối; Ban quản lý KCN "
              "lấy mẫu đối chứng không báo trước tối thiểu 02 lần/năm.")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "fertiliser")
    doc.h(doc.v(f"Отчет по производственному экологическому контролю за 2025 год. {name}",
                f"{name}. 2025 жылғы өндірістік экологиялық бақылау жөніндегі есеп", ""))
    doc.p(doc.v("Раздел 3.1. Результаты инструментальных замеров на организованных источниках выбросов (концентрации приведены к "
                "нормальным условиям).",
                "3.1-бөлім. Ұйымдастырылған шығарынды көздеріндегі аспаптық өлшеулердің нәтижелері (концентрациялар қалыпты "
                "жағдайларға келтірілген).", ""))
    rows = [doc.v(["Загрязняющее вещество", "Норматив (КЭР)", None, "Фактически (среднее из 3 замеров)", None, "Вывод"],
                  ["Ластаушы зат", "Норматив (КЭР)", None, "Нақты (3 өлшеудің орташасы)", None, "Қорытынды"], []),
            [None, "мг/нм3", "г/с", "мг/нм3", "г/с", None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    chosen = [s for s in FERT_STACKS if s[0] != "0007" or r.random() < 0.6]
    ok = doc.v("соответствует", "сәйкес", "")
    for number, s_ru, s_kk, norms in chosen:
        rows.append([doc.v(f"ИЗА {number} – {s_ru}", f"ЛШК {number} – {s_kk}", ""), None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        volume = r.uniform(4, 35)
        for c, norm in norms.items():
            fact = _sig(norm * r.uniform(0.3, 0.9), 3)
            rows.append([f"{_air(c, doc)} ({c})", num(norm, doc.lang), num(round(norm * volume / 1000, 3), doc.lang),
                         num(fact, doc.lang), num(round(fact * volume / 1000, 4), doc.lang), ok])
            add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, fact))
    doc.table(doc.v("Таблица 3.1", "3.1-кесте", ""), rows, merges, role="limits")
    doc.p(doc.v("Замеры выполнены аккредитованной лабораторией ТОО «ЭкоАналитика Тараз» во II и IV кварталах.",
                "Өлшеулерді «ЭкоАналитика Тараз» ЖШС аккредиттелген зертханасы II және IV тоқсандарда жүргізді.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

COUNT = {"monthly": 12, "quarterly": 4, "semiannual": 2, "yearly": 1}
SAMPLING_MONTHS = {"ru": {"monthly": "I–XII", "quarterly": "III, VI, IX, XII", "semiannual": "V, X", "yearly": "VII"},
                   "kk": {"monthly": "I–XII", "quarterly": "III, VI, IX, XII", "semiannual": "V, X", "yearly": "VII"},
                   "vi": {"monthly": "Tháng 1 – 12", "quarterly": "Tháng 3, 6, 9, 12", "semiannual": "Tháng 6, 12", "yearly": "Tháng 9"}}
# (kind, ident, RU place, KK place, key kind, keys, frequency)
MACHINE_PLAN = (
    ("src", "0001", "ИЗА 0001 – вагранка литейного цеха", "ЛШК 0001 – құю цехының вагранкасы", "code", ("0337", "0301", "0330", "2908"),
     "quarterly"),
    ("src", "0002", "ИЗА 0002 – индукционная печь ИСТ-1,0", "ЛШК 0002 – ИСТ-1,0 индукциялық пеші", "code", ("0123", "0143", "2908"),
     "semiannual"),
    ("src", "0004", "ИЗА 0004 – вентиляция ванн хромирования", "ЛШК 0004 – хромдау ванналарының желдетуі", "code", ("0203",), "quarterly"),
    ("src", "0005", "ИЗА 0005 – вентиляция ванн травления и цинкования", "ЛШК 0005 – улау және мырыштау ванналарының желдетуі", "code",
     ("0316", "0322"), "semiannual"),
    ("src", "0006", "ИЗА 0006 – окрасочная камера", "ЛШК 0006 – бояу камерасы", "code", ("0616", "0621"), "yearly"),
    ("pt", "Т-1", "Т-1 – граница СЗЗ, север, 500 м", "Т-1 – СҚА шекарасы, солтүстік, 500 м", "code", ("0301", "0337", "2908"), "quarterly"),
    ("pt", "Т-2", "Т-2 – граница СЗЗ, юго-восток, 500 м", "Т-2 – СҚА шекарасы, оңтүстік-шығыс, 500 м", "code", ("0301", "0337", "2908"),
     "quarterly"),
    ("pt", "КК-2", "КК-2 – выпуск гальванического участка в городскую канализацию",
     "КК-2 – гальваникалық учаскенің қалалық кәрізге шығарылымы", "symbol", ("pH", "TSS", "Cu", "Ni", "Zn", "Cr6+"), "monthly"),
)  # fmt: skip


def monitoring_hb1(doc: Doc) -> None:
    """A ПЭК programme's plan of sampling whose frequency is written as a count of samplings a year (`4`, `2`, `1`, `12`)
    beside the months of sampling in Roman figures (`III, VI, IX, XII`), no frequency words; the place (a source, a
    point of the protection zone, a sewer outlet) with its code leading it, the substances of a place in one cell joined
    by semicolons with their codes, the executor last (VI: a plating plant's GPMT programme, `Số lần/năm` and `Tháng 3,
    6, 9, 12`, the automatic station at the outfall `liên tục`)."""
    r = doc.rng
    months = SAMPLING_MONTHS[doc.lang]
    if doc.lang == "vi":
        name = VN_PLANTS["electronics"][0]
        doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
        doc.p("Theo Giấy phép môi trường số 118/GPMT-BNNMT; đơn vị quan trắc được cấp chứng nhận VIMCERTS thực hiện lấy mẫu.")
        plan = (("KT1", "Ống thải tháp hấp thụ hơi axit dây chuyền mạ niken", "code", (("0316", "HCl"), ("0303", "NH3")), "quarterly"),
                ("KT2", "Ống thải hệ thống than hoạt tính khu vực SMT", "code", (("0621", "Toluen"), ("0616", "Xylen"), ("2902", "Bụi tổng")),
                 "semiannual"),
                ("NT1", "Hố ga sau hệ thống xử lý nước thải mạ", "symbol", (("pH", "pH"), ("COD", "COD"), ("TSS", "TSS"), ("Cu", "Đồng (Cu)"),
                                                                        ("Ni", "Niken (Ni)"), ("Cr6+", "Crom (VI)"), ("CN-", "Xyanua (CN-)")),
                 "quarterly"),
                ("NT2", "Hố ga đấu nối nước thải sinh hoạt vào KCN", "symbol", (("pH", "pH"), ("BOD5", "BOD5"), ("TSS", "TSS"),
                                                                           ("NH4+", "Amoni (tính theo N)")), "yearly"))
        rows = [["TT", "Ký hiệu", "Vị trí giám sát", "Thông số", "Số lần/năm", "Thời điểm lấy mẫu"]]
        for k, (code, place, kind, params, word) in enumerate(plan, 1):
            rows.append([str(k), code, place, ", ".join(p[1] for p in params), str(COUNT[word]), months[word]])
            doc.add("monitoring", *(_mon({"point_contains": code}, (kind, p[0]), word) for p in params))
        rows.append([str(len(plan) + 1), "NT1", "Trạm quan trắc nước thải tự động sau hệ thống xử lý nước thải mạ",
                     "Lưu lượng, nhiệt độ, pH, COD, TSS", "Liên tục", "Truyền dữ liệu về Sở Nông nghiệp và Môi trường"])
        doc.add("monitoring", *(_mon({"point_contains": "NT1"}, ("symbol", s), "continuous") for s in ("pH", "COD", "TSS")))
        doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "machine")
    L = _L(doc)
    doc.h(doc.v(f"Программа производственного экологического контроля на 2026–2028 годы. {name}",
                f"{name}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(doc.v("Таблица 4 – План-график отбора проб. Сроки отбора указаны римскими цифрами (номера месяцев).",
                "4-кесте – Сынама алудың жоспар-кестесі. Сынама алу мерзімдері рим цифрларымен (айлардың нөмірлері) көрсетілген.", ""))
    rows = [doc.v(["№", "Место контроля", "Контролируемые вещества (показатели)", "Кол-во замеров в год", "Сроки отбора (месяцы)",
                   "Исполнитель"],
                  ["№", "Бақылау орны", "Бақыланатын заттар (көрсеткіштер)", "Жылына өлшеулер саны", "Сынама алу мерзімдері (айлар)",
                   "Орындаушы"], [])]
    lab = doc.v("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", "")
    own = doc.v("лаборатория завода", "зауыт зертханасы", "")
    plan = [p for p in MACHINE_PLAN if p[1] != "0006" or r.random() < 0.6]
    for k, (kind, ident, p_ru, p_kk, key_kind, keys, word) in enumerate(plan, 1):
        if key_kind == "code":
            text = "; ".join(f"{c} {_air(c, doc)}" for c in keys)
        else:
            text = "; ".join(vocab.water(s, doc.lang) for s in keys)
        rows.append([str(k), (p_ru, p_kk)[L], text, str(COUNT[word]), months[word], own if kind == "pt" and ident.startswith("КК") else lab])
        loc = {"source_number": ident} if kind == "src" else {"point_contains": ident}
        doc.add("monitoring", *(_mon(loc, (key_kind, c), word) for c in keys))
    doc.table(None, rows, role="monitoring")
    maybe_distractor(doc)


ABBR = {"ru": {"monthly": "мес.", "quarterly": "кв.", "semiannual": "п/г", "yearly": "г."},
        "kk": {"monthly": "ай", "quarterly": "тоқ.", "semiannual": "ж/ж", "yearly": "ж."},
        "vi": {"monthly": "T", "quarterly": "Q", "semiannual": "6T", "yearly": "N", "continuous": "LT"}}


def monitoring_hb2(doc: Doc) -> None:
    """Matrices of control: the substances (then the water parameters) as rows, the places as columns — sources by number
    and name, points of the protection zone, the outlet and the observation wells — each cell an abbreviated frequency
    (`кв.`, `п/г`, `г.`, `мес.`, KK `тоқ.`, `ж/ж`, `ж.`, `ай`) or a dash, the legend in a line after the two tables (VI: a
    dyeing mill's gas and water matrices, `Q`, `6T`, `N`, `LT` for the automatic station)."""
    ab = ABBR[doc.lang]
    if doc.lang == "vi":
        name = VN_PLANTS["dyeing"][0]
        doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
        doc.p("Ký hiệu trong ô: tần suất quan trắc thông số tại vị trí; “-”: không quan trắc.")
        gas_cols = (("KT1", "KT1 – Ống khói lò hơi đốt biomass"), ("KT2", "KT2 – Ống thải máy định hình (stenter)"))
        gas = {"2902": ("Bụi tổng", ("quarterly", "quarterly")), "0330": ("SO2", ("quarterly", None)),
               "0301": ("NO2", ("quarterly", "semiannual")), "0337": ("CO", ("quarterly", "semiannual"))}
        rows = [["Thông số", *(c[1] for c in gas_cols)]]
        for code, (label, words) in gas.items():
            rows.append([label, *(ab[w] if w else "-" for w in words)])
            doc.add("monitoring", *(_mon({"point_contains": col[0]}, ("code", code), w) for col, w in zip(gas_cols, words, strict=True) if w))
        doc.table("Bảng 1. Khí thải", rows, role="monitoring")
        water_cols = (("NT1", "NT1 – Nước thải sau HTXL (trạm tự động)"), ("NT1", "NT1 – Nước thải sau HTXL (lấy mẫu định kỳ)"),
                      ("NT2", "NT2 – Nước thải sinh hoạt sau bể tự hoại"))
        water = {"pH": ("continuous", "quarterly", "semiannual"), "COD": ("continuous", "quarterly", "semiannual"),
                 "TSS": ("continuous", "quarterly", "semiannual"), "BOD5": (None, "quarterly", "semiannual"),
                 "TN": (None, "quarterly", None), "Cr6+": (None, "semiannual", None), "S2-": (None, "quarterly", None),
                 "Coliform": (None, None, "semiannual")}
        rows = [["Thông số", *(c[1] for c in water_cols)]]
        for s, words in water.items():
            rows.append([vocab.water(s, "vi"), *(ab[w] if w else "-" for w in words)])
            doc.add("monitoring", *(_mon({"point_contains": col[0]}, ("symbol", s), w) for col, w in zip(water_cols, words, strict=True) if w))
        rows.append(["Độ màu", ab["continuous"], ab["quarterly"], "-"])
        doc.table("Bảng 2. Nước thải", rows, role="monitoring")
        doc.p("Chú thích: LT – liên tục, tự động; Q – 03 tháng/lần; 6T – 06 tháng/lần; N – 01 lần/năm.")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "paper")
    doc.h(doc.v(f"Программа производственного экологического контроля. {name}",
                f"{name}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(doc.v("Раздел 5. Матрицы контроля: в ячейке – периодичность контроля вещества в данном месте, «–» – не контролируется.",
                "5-бөлім. Бақылау матрицалары: ұяшықта – заттың осы жерде бақылану кезеңділігі, «–» – бақыланбайды.", ""))
    air_cols = (("src", "0001", doc.v("ИЗА 0001\nкотельная", "ЛШК 0001\nқазандық", "")),
                ("src", "0002", doc.v("ИЗА 0002\nаспирация участка резки", "ЛШК 0002\nкесу учаскесінің аспирациясы", "")),
                ("pt", "Т-1", doc.v("Т-1\nграница СЗЗ (С)", "Т-1\nСҚА шекарасы (С)", "")),
                ("pt", "Т-2", doc.v("Т-2\nграница СЗЗ (Ю)", "Т-2\nСҚА шекарасы (О)", "")))
    second = doc.pick(("semiannual", "yearly"))
    air = {"0301": ("quarterly", None, second, second), "0304": ("quarterly", None, None, None),
           "0337": ("quarterly", None, second, second), "0330": ("quarterly", None, None, None),
           "2902": (None, "semiannual", second, second), "0333": (None, None, "yearly", "yearly")}
    rows = [[doc.v("Код и наименование вещества", "Заттың коды мен атауы", ""), *(c[2] for c in air_cols)]]
    for code, words in air.items():
        rows.append([f"{code} {_air(code, doc)}", *(ab[w] if w else "–" for w in words)])
        for (kind, ident, _), w in zip(air_cols, words, strict=True):
            if w:
                loc = {"source_number": ident} if kind == "src" else {"point_contains": ident}
                doc.add("monitoring", _mon(loc, ("code", code), w))
    doc.table(doc.v("Таблица 5.1 – Атмосферный воздух", "5.1-кесте – Атмосфералық ауа", ""), rows, role="monitoring")
    water_cols = (("ВК-1", doc.v("ВК-1\nвыпуск на поля фильтрации", "ВК-1\nсүзу алаңдарына шығарылым", "")),
                  ("НС-1", doc.v("НС-1\nнаблюдательная скважина", "НС-1\nбақылау ұңғымасы", "")),
                  ("НС-2", doc.v("НС-2\nнаблюдательная скважина", "НС-2\nбақылау ұңғымасы", "")))
    water = {"pH": ("monthly", "quarterly", "quarterly"), "TSS": ("monthly", None, None), "COD": ("monthly", "quarterly", "quarterly"),
             "BOD5": ("monthly", None, None), "Cl-": ("quarterly", "quarterly", "quarterly"), "SO4": ("quarterly", "quarterly", "quarterly"),
             "Fe": (None, "semiannual", "semiannual")}
    rows = [[doc.v("Показатель", "Көрсеткіш", ""), *(c[1] for c in water_cols)]]
    for s, words in water.items():
        rows.append([vocab.water(s, doc.lang), *(ab[w] if w else "–" for w in words)])
        doc.add("monitoring", *(_mon({"point_contains": col[0]}, ("symbol", s), w) for col, w in zip(water_cols, words, strict=True) if w))
    doc.table(doc.v("Таблица 5.2 – Сточные и подземные воды", "5.2-кесте – Сарқынды және жерасты сулары", ""), rows, role="monitoring")
    doc.p(doc.v("Условные обозначения: мес. – ежемесячно; кв. – ежеквартально; п/г – 1 раз в полугодие; г. – 1 раз в год.",
                "Шартты белгілер: ай – ай сайын; тоқ. – тоқсанына 1 рет; ж/ж – жарты жылда 1 рет; ж. – жылына 1 рет.", ""))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU object, KK object, RU parameter, KK parameter, working range, frequency or "shift")
GALVANIC_CHECKS = (
    ("Скруббер вентсистемы В-5 гальванического участка", "Гальваникалық учаскенің В-5 желдету жүйесінің скруббері",
     "перепад давления, расход орошающей жидкости", "қысым айырмасы, суару сұйықтығының шығыны", "ΔP ≤ 1,2 кПа", "weekly"),
    ("Станция нейтрализации гальванических стоков", "Гальваникалық ағындарды бейтараптандыру станциясы",
     "дозировка реагентов, уровень в усреднителе", "реагенттердің мөлшерленуі, орташалағыштағы деңгей", "–", "shift"),
    ("Циклон и мокрый скруббер вагранки", "Вагранканың циклоны мен дымқыл скруббері", "герметичность газоходов, подача воды",
     "газ жолдарының саңылаусыздығы, су беру", "–", "daily"),
    ("Рукавный фильтр участка выбивки отливок", "Құймаларды қағып түсіру учаскесінің жеңді сүзгісі",
     "целостность рукавов, работа системы регенерации", "жеңдердің бүтіндігі, регенерация жүйесінің жұмысы", "ΔP ≤ 1,8 кПа", "monthly"),
    ("Гидрофильтр окрасочной камеры", "Бояу камерасының гидросүзгісі", "уровень и загрязненность воды", "судың деңгейі мен ластануы",
     "–", "weekly"),
    ("Площадка накопления гальваношлама", "Гальваношламды жинақтау алаңы", "состояние тары и маркировки, срок накопления",
     "ыдыс пен таңбалаудың жай-күйі, жинақтау мерзімі", "не более 6 месяцев", "monthly"),
    ("Локальные очистные сооружения ливневых стоков", "Нөсер ағындарының жергілікті тазарту құрылыстары",
     "заиленность отстойника, пленка нефтепродуктов", "тұндырғыштың лайлануы, мұнай өнімдерінің қабыршағы", "–", "quarterly"),
    ("Узел учета сточных вод гальванического участка", "Гальваникалық учаскенің сарқынды суларды есепке алу торабы",
     "показания расходомера, целостность пломб", "шығын өлшегіштің көрсеткіштері, пломбалардың бүтіндігі", "–", "daily"),
)  # fmt: skip
VN_PLATING_CHECKS = (
    ("Tháp hấp thụ hơi axit dây chuyền mạ niken", "Lưu lượng dung dịch hấp thụ, độ pH tuần hoàn", "ΔP ≤ 1.200 Pa", "weekly"),
    ("Hệ thống xử lý nước thải mạ (bể oxy hóa xyanua, khử crom)", "Liều lượng hóa chất, mức nước bể điều hòa", "-", "shift"),
    ("Hệ thống than hoạt tính khu vực SMT", "Tổn thất áp suất, thời gian thay than", "Thay than ≤ 3 tháng", "monthly"),
    ("Kho chứa chất thải nguy hại", "Bao bì, nhãn cảnh báo, thời gian lưu giữ", "-", "weekly"),
    ("Trạm quan trắc nước thải tự động", "Tình trạng truyền dữ liệu, hiệu chuẩn thiết bị", "-", "daily"),
    ("Hệ thống thoát nước mưa và hố ga", "Tình trạng bùn lắng, rác thải", "-", "quarterly"),
    ("Bể sự cố nước thải", "Mực nước, van chặn", "Trống ≥ 80 % thể tích", "monthly"),
)
SHIFT = {"ru": "ежесменно", "kk": "әр ауысымда", "vi": "Mỗi ca"}


def inspections_hb1(doc: Doc) -> None:
    """A checklist of the galvanic shop's and the foundry's gas-cleaning and treatment equipment: the object, the
    parameter checked, its working range (`ΔP ≤ 1,2 кПа`, a dash where none), how often, who checks and in which log;
    some checks every shift, which no frequency of the contract names (VI: a plating plant's checklist, `Mỗi ca`)."""
    r = doc.rng
    if doc.lang == "vi":
        name = VN_PLANTS["electronics"][0]
        doc.h(f"BẢNG KIỂM TRA VẬN HÀNH CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG – {name.upper()}")
        doc.p("Ban hành kèm theo Quy trình vận hành số QT-EHS-07, hiệu lực từ 01/01/2026.")
        rows = [["STT", "Công trình, thiết bị", "Nội dung kiểm tra", "Giới hạn vận hành", "Tần suất", "Người kiểm tra", "Hồ sơ ghi chép"]]
        who = ("Tổ vận hành", "Kỹ sư môi trường", "Trưởng bộ phận EHS")
        for k, (obj, what, rng_, word) in enumerate(r.sample(VN_PLATING_CHECKS, 6), 1):
            rows.append([str(k), obj, what, rng_, SHIFT["vi"] if word == "shift" else _fr(doc, word), doc.pick(who),
                         doc.pick(("Sổ vận hành", "Phiếu kiểm tra", "Nhật ký EHS"))])
            item = {"kind": "inspection", "text_contains": _words(obj)}
            if word != "shift":
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table(None, rows, role="inspections")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "machine")
    L = _L(doc)
    doc.h(doc.v(f"Чек-лист производственного контроля природоохранного оборудования. {name}",
                f"{name}. Табиғат қорғау жабдықтарын өндірістік бақылаудың чек-парағы", ""))
    doc.p(doc.v("Утвержден приказом главного инженера от 12.01.2026 № 08-П.", "Бас инженердің 12.01.2026 № 08-Б бұйрығымен бекітілді.", ""))
    rows = [doc.v(["№", "Объект контроля", "Контролируемый параметр", "Рабочий диапазон", "Периодичность", "Кто контролирует", "Запись"],
                  ["№", "Бақылау объектісі", "Бақыланатын параметр", "Жұмыс ауқымы", "Кезеңділігі", "Кім бақылайды", "Жазба"], [])]
    who = doc.v(("мастер участка", "инженер-эколог", "механик цеха"), ("учаске шебері", "инженер-эколог", "цех механигі"), ())
    log = doc.v(("журнал ГОУ", "журнал ПЭК", "вахтенный журнал"), ("ГТҚ журналы", "ӨЭБ журналы", "вахта журналы"), ())
    for k, (o_ru, o_kk, p_ru, p_kk, rng_, word) in enumerate(r.sample(GALVANIC_CHECKS, 6), 1):
        obj = (o_ru, o_kk)[L]
        rows.append([str(k), obj, (p_ru, p_kk)[L], rng_, SHIFT[doc.lang] if word == "shift" else _fr(doc, word), doc.pick(who),
                     doc.pick(log)])
        item = {"kind": "inspection", "text_contains": _words(obj)}
        if word != "shift":
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


# frequency: [(RU, KK, RU responsible, KK responsible)]
FERT_ROUNDS = {
    "daily": (("Система каталитической очистки выхлопных газов агрегата УКЛ-7", "УКЛ-7 агрегатының шығатын газдарын каталитикалық тазарту жүйесі",
               "начальник смены цеха азотной кислоты", "азот қышқылы цехының ауысым бастығы"),
              ("Узел учета сбросов на пруды-испарители", "Буландыру тоғандарына төгінділерді есепке алу торабы", "мастер ЦВК", "СКЦ шебері"),
              ("Скрубберы грануляционной башни", "Түйіршіктеу мұнарасының скрубберлері", "начальник смены цеха АС", "АС цехының ауысым бастығы")),
    "weekly": (("Склад аммиачной селитры", "Аммиак селитрасының қоймасы", "начальник склада", "қойма бастығы"),
               ("Дамба шламонакопителя", "Шлам жинағыштың бөгеті", "инженер-гидротехник", "гидротехник инженер")),
    "monthly": (("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "инженер-эколог", "инженер-эколог"),
                ("Резервуары жидкого аммиака и обвалование", "Сұйық аммиак резервуарлары және үйінді", "механик цеха аммиака",
                 "аммиак цехының механигі"),
                ("Пруды-испарители", "Буландыру тоғандары", "инженер-эколог", "инженер-эколог")),
    "quarterly": (("Наблюдательные скважины шламонакопителя", "Шлам жинағыштың бақылау ұңғымалары", "гидрогеолог", "гидрогеолог"),
                  ("Газоочистное оборудование пусковой котельной", "Іске қосу қазандығының газ тазарту жабдығы", "главный энергетик",
                   "бас энергетик")),
    "yearly": (("Озеленение санитарно-защитной зоны", "Санитариялық-қорғау аймағын көгалдандыру", "АХО", "ӘШБ"),),
}  # fmt: skip
VN_ROUNDS = {
    "daily": (("Hệ thống xử lý nước thải tập trung", "Tổ vận hành HTXLNT"), ("Khu vực pha keo, dung môi", "Quản đốc xưởng may")),
    "weekly": (("Kho chứa chất thải nguy hại", "Nhân viên môi trường"), ("Hệ thống hút và xử lý hơi dung môi khu vực dán đế",
                                                                         "Tổ bảo trì")),
    "monthly": (("Khu tập kết chất thải rắn công nghiệp thông thường", "Nhân viên môi trường"), ("Hệ thống thoát nước mưa",
                                                                                             "Tổ bảo trì")),
    "quarterly": (("Nhà chứa hóa chất và tủ đựng dung môi", "Trưởng phòng EHS"), ("Hồ sơ chứng từ chất thải nguy hại", "Trưởng phòng EHS")),
}


def inspections_hb2(doc: Doc) -> None:
    """An order's annex fixing the rounds of a fertiliser plant: the frequency in the first column merged down over the
    objects checked that often, then the number (straight through), the object and the responsible (VI: a footwear
    factory's rounds grouped by `Hàng ngày`, `Hàng tuần`, `Hàng tháng`, `03 tháng/lần`)."""
    r = doc.rng
    merges = []
    if doc.lang == "vi":
        name = VN_PLANTS["footwear"][0]
        doc.h(f"PHỤ LỤC KÈM THEO QUYẾT ĐỊNH SỐ {r.randint(10, 99)}/QĐ-GĐ VỀ VIỆC KIỂM TRA ĐỊNH KỲ CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – "
              f"{name.upper()}")
        rows = [["Tần suất", "STT", "Khu vực, công trình kiểm tra", "Người chịu trách nhiệm"]]
        n = 0
        for word, items in VN_ROUNDS.items():
            start = len(rows)
            for obj, who in items:
                n += 1
                rows.append([_fr(doc, word) if len(rows) == start else None, str(n), obj, who])
                doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": _words(obj)})
            if len(rows) - start > 1:
                merges.append((start, 0, len(rows) - 1, 0))
        doc.table(None, rows, merges, role="inspections")
        maybe_distractor(doc)
        return
    name, operator = _kz(doc, "fertiliser")
    L = _L(doc)
    doc.h(doc.v(f"Приложение 2 к приказу {operator} от 05.01.2026 № 3-ООС «Об организации экологических обходов»",
                f"{operator} 05.01.2026 № 3-ҚОҚ «Экологиялық айналып шығуларды ұйымдастыру туралы» бұйрығына 2-қосымша", ""))
    doc.p(doc.v("Результаты обходов заносятся в журнал экологических обходов подразделения.",
                "Айналып шығу нәтижелері бөлімшенің экологиялық айналып шығу журналына енгізіледі.", ""))
    rows = [doc.v(["Периодичность", "№", "Объект осмотра", "Ответственный"], ["Кезеңділігі", "№", "Қарау объектісі", "Жауапты"], [])]
    n = 0
    for word, items in FERT_ROUNDS.items():
        picked = [it for it in items if r.random() < 0.85] or list(items[:1])
        start = len(rows)
        for it in picked:
            n += 1
            obj = it[L]
            rows.append([_fr(doc, word) if len(rows) == start else None, str(n), obj, it[2 + L]])
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": _words(obj)})
        if len(rows) - start > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU executor, KK executor), [(RU task, KK task, RU effect, KK effect, (low, high) mln tenge)]; `{t}` is a tonnage
FERT_PLAN = (
    (("Цех азотной кислоты", "Азот қышқылы цехы"), (
        ("Замена катализатора селективного восстановления оксидов азота на агрегате УКЛ-7 № 2",
         "№ 2 УКЛ-7 агрегатында азот оксидтерін іріктеп қалпына келтіру катализаторын ауыстыру",
         "снижение выбросов 0301 на {t} т/год", "0301 шығарындыларын жылына {t} т азайту", (150, 420)),
        ("Установка автоматизированной системы мониторинга выбросов на трубе агрегата УКЛ-7",
         "УКЛ-7 агрегатының мұржасына шығарындылар мониторингінің автоматтандырылған жүйесін орнату", "–", "–", (60, 140)))),
    (("Управление капитального строительства", "Күрделі құрылыс басқармасы"), (
        ("Реконструкция грануляционной башни с установкой скрубберов второй ступени",
         "Екінші сатылы скрубберлер орнату арқылы түйіршіктеу мұнарасын реконструкциялау",
         "снижение выбросов 0303 на {t} т/год", "0303 шығарындыларын жылына {t} т азайту", (900, 2400)),
        ("Строительство пруда-накопителя ливневых и талых стоков", "Нөсер және еріген су ағындарын жинақтайтын тоған салу",
         "сокращение сброса азота аммонийного на {t} т/год", "аммоний азотының төгіндісін жылына {t} т қысқарту", (300, 800)))),
    (("Отдел охраны окружающей среды", "Қоршаған ортаны қорғау бөлімі"), (
        ("Передача отработанного катализатора на регенерацию", "Пайдаланылған катализаторды регенерацияға беру",
         "{t} т отходов направлено на восстановление", "{t} т қалдық қалпына келтіруге жіберілді", (10, 40)),
        ("Озеленение санитарно-защитной зоны (посадка 2 500 деревьев)", "Санитариялық-қорғау аймағын көгалдандыру (2 500 ағаш отырғызу)",
         "–", "–", (20, 60)))),
)  # fmt: skip
VN_ELEC_PLAN = (
    ("Phòng Kỹ thuật", (("Thay thế vật liệu đệm tháp hấp thụ hơi axit dây chuyền mạ niken", "Giảm {t} tấn/năm HCl phát thải", (300, 900)),
                        ("Lắp đặt hệ thống thu hồi niken từ nước rửa bằng trao đổi ion", "Thu hồi {t} tấn/năm niken", (1500, 4000)))),
    ("Ban Quản lý dự án", (("Xây dựng bể sự cố nước thải mạ dung tích 500 m3", "-", (800, 2000)),
                           ("Nâng công suất hệ thống xử lý nước thải mạ lên 1.200 m3/ngày đêm", "Giảm {t} tấn/năm COD vào KCN", (5000, 12000)))),
    ("Phòng An toàn – Môi trường", (("Đào tạo ứng phó sự cố tràn đổ hóa chất cho công nhân", "-", (50, 150)),
                                   ("Đăng ký kiểm toán giảm phát thải khí nhà kính", "-", (200, 500)))),
)


def tasks_hb1(doc: Doc) -> None:
    """A plan of nature-protection measures grouped under a row per executor spanning the table (`Исполнитель: …`) — no
    executor column — the measures numbered straight through, the term, an expected effect that names a substance's code
    and tonnes (`снижение выбросов 0301 на 42,5 т/год`, no emission) and the money in millions of tenge (VI: an
    electronics plant's plan, `Đơn vị thực hiện: …`, the effect in tonnes a year)."""
    r = doc.rng
    rows: list[list] = []
    merges: list[tuple] = []
    if doc.lang == "vi":
        name = VN_PLANTS["electronics"][0]
        doc.h(f"KẾ HOẠCH CẢI THIỆN HIỆU QUẢ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {name.upper()}")
        rows.append(["STT", "Nội dung công việc", "Thời hạn", "Hiệu quả dự kiến", "Kinh phí (triệu đồng)"])
        n = 0
        for who, items in VN_ELEC_PLAN:
            rows.append([f"Đơn vị thực hiện: {who}", None, None, None, None])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
            for text, effect, (lo, hi) in items:
                n += 1
                t = num(round(r.uniform(0.2, 6.0), 2), "vi")
                rows.append([str(n), text, f"Quý {doc.pick(('I', 'II', 'III', 'IV'))}/2026", effect.format(t=t),
                             num(r.randint(lo // 10, hi // 10) * 10, "vi")])
                doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text), "actor_contains": who})
        doc.table("Bảng 1. Danh mục công việc", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    name, _ = _kz(doc, "fertiliser")
    L = _L(doc)
    doc.h(doc.v(f"План мероприятий по охране окружающей среды на 2026 год. {name}",
                f"{name}. 2026 жылға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""))
    rows.append(doc.v(["№ п/п", "Наименование мероприятия", "Срок выполнения", "Ожидаемый экологический эффект", "Затраты, млн тенге"],
                      ["№", "Іс-шараның атауы", "Орындау мерзімі", "Күтілетін экологиялық нәтиже", "Шығындар, млн теңге"], []))
    terms = doc.v(("I квартал", "II квартал", "III квартал", "IV квартал", "в течение года"),
                  ("I тоқсан", "II тоқсан", "III тоқсан", "IV тоқсан", "жыл бойы"), ())
    n = 0
    for (ex_ru, ex_kk), items in FERT_PLAN:
        who = (ex_ru, ex_kk)[L]
        rows.append([doc.v(f"Исполнитель: {who}", f"Орындаушы: {who}", ""), None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        for t_ru, t_kk, e_ru, e_kk, (lo, hi) in items:
            n += 1
            text = (t_ru, t_kk)[L]
            t = num(round(r.uniform(1.5, 60.0), 1), doc.lang)
            rows.append([str(n), text, doc.pick(terms), (e_ru, e_kk)[L].format(t=t), num(r.randint(lo, hi), doc.lang)])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text), "actor_contains": who})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# (RU site, KK site), [(RU task, KK task, RU executor, KK executor)]
PAPER_SITES = (
    (("Площадка № 1 – бумагоделательное производство (п. Отеген батыр)", "№ 1 алаң – қағаз жасау өндірісі (Өтеген батыр к.)"), (
        ("Замена сеток и сукон БДМ-2 с переходом на замкнутый водооборот", "БДМ-2 торлары мен шұғаларын ауыстыру және тұйық су айналымына көшу",
         "Главный механик", "Бас механик"),
        ("Строительство флотационной установки для очистки подсеточной воды", "Тор асты суын тазартуға арналған флотациялық қондырғы салу",
         "Управление капитального строительства", "Күрделі құрылыс басқармасы"),
        ("Перевод котельной с мазута на природный газ", "Қазандықты мазуттан табиғи газға ауыстыру", "Главный энергетик", "Бас энергетик"),
        ("Ограждение и обваловка площадки хранения скопа", "Скоп сақтау алаңын қоршау және үйінділеу", "Цех водоподготовки",
         "Су дайындау цехы"))),
    (("Площадка № 2 – гофротарный цех (г. Алматы)", "№ 2 алаң – гофроыдыс цехы (Алматы қ.)"), (
        ("Установка циклона на линии измельчения обрези картона", "Картон кесінділерін ұсату желісіне циклон орнату", "Начальник гофроцеха",
         "Гофроцех бастығы"),
        ("Заключение договора на вывоз пластиковой упаковки на переработку", "Пластик ораманы қайта өңдеуге шығаруға шарт жасасу",
         "Отдел снабжения", "Жабдықтау бөлімі"),
        ("Замена крахмального клея на клей без формальдегида", "Крахмал желімін формальдегидсіз желімге ауыстыру", "Технолог гофроцеха",
         "Гофроцех технологы"))),
)  # fmt: skip
VN_SHOE_SITES = (
    ("Nhà máy 1 – KCN Tam Phước", (("Thay keo gốc dung môi bằng keo gốc nước tại chuyền dán đế", "Xưởng đế"),
                                   ("Lắp đặt hệ thống hấp phụ than hoạt tính cho khu vực dán đế số 2", "Phòng Bảo trì"),
                                   ("Mở rộng kho chứa chất thải nguy hại thêm 60 m2", "Phòng Hành chính"))),
    ("Nhà máy 2 – KCN Long Thành", (("Cải tạo hệ thống xử lý nước thải sinh hoạt 300 m3/ngày đêm", "Ban Quản lý dự án"),
                                    ("Lắp đặt đồng hồ đo lưu lượng nước thải tại hố ga đấu nối", "Phòng Bảo trì"),
                                    ("Ký hợp đồng tái chế da vụn với đơn vị có chức năng", "Phòng Mua hàng"))),
)


def tasks_hb2(doc: Doc) -> None:
    """One plan of measures for a company's two sites: the site in the first column merged down over its measures, the
    numbering starting again from 1 on each site, then the measure, the term, the executor and the cost (VI: a footwear
    company's two factories in two industrial parks)."""
    r = doc.rng
    merges = []
    if doc.lang == "vi":
        name = VN_PLANTS["footwear"][1]
        doc.h(f"KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026 CỦA {name.upper()}")
        doc.p("Kế hoạch áp dụng cho hai nhà máy của Công ty; mỗi nhà máy đánh số công việc riêng.")
        rows = [["Nhà máy", "STT", "Nội dung thực hiện", "Thời gian hoàn thành", "Bộ phận thực hiện", "Kinh phí (triệu đồng)"]]
        for site, items in VN_SHOE_SITES:
            start = len(rows)
            for k, (text, who) in enumerate(items, 1):
                rows.append([site if k == 1 else None, str(k), text, f"{r.randint(3, 12):02d}/2026", who, num(r.randint(5, 300) * 10, "vi")])
                doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
            merges.append((start, 0, len(rows) - 1, 0))
        doc.table(None, rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    name, operator = _kz(doc, "paper")
    L = _L(doc)
    doc.h(doc.v(f"План природоохранных мероприятий {operator} на 2026 год", f"{operator} 2026 жылға арналған табиғат қорғау іс-шаралары жоспары", ""))
    doc.p(doc.v("Мероприятия пронумерованы отдельно по каждой производственной площадке.",
                "Іс-шаралар әр өндірістік алаң бойынша жеке нөмірленген.", ""))
    rows = [doc.v(["Площадка", "№", "Мероприятие", "Срок исполнения", "Исполнитель", "Стоимость, млн тенге"],
                  ["Алаң", "№", "Іс-шара", "Орындау мерзімі", "Орындаушы", "Құны, млн теңге"], [])]
    months = doc.v(("март", "май", "июнь", "сентябрь", "ноябрь", "декабрь"), ("наурыз", "мамыр", "маусым", "қыркүйек", "қараша", "желтоқсан"), ())
    for site, items in PAPER_SITES:
        picked = [it for it in items if r.random() < 0.85] or list(items[:2])
        start = len(rows)
        for k, it in enumerate(picked, 1):
            text, who = it[L], it[2 + L]
            rows.append([site[L] if k == 1 else None, str(k), text, f"{doc.pick(months)} 2026", who,
                         num(round(r.uniform(2, 450), 1), doc.lang)])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text), "actor_contains": who})
        if len(rows) - start > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"HB{k}", globals()[f"{role}_hb{k}"]) for role in ROLES for k in (1, 2)]
