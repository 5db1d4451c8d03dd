"""The twenty-second blind set's part HE (two layouts per role, `HE1` and `HE2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.845
over 126 files when first measured at fb2515d, 2026-12-05), then moved to the tuning layouts to be studied.

Theme: metallurgy. Kazakhstan: an integrated steel works with coke ovens, sinter plant, blast furnaces and converters,
a ferroalloy plant with its submerged-arc furnaces, an aluminium smelter with its anode plant, a zinc and lead refinery
with its sulphuric acid shop, a copper smelter, a gold recovery plant and the management company of a metallurgical
group (an application for a КЭР, a group's letter listing its objects, an НДВ project, an inventory of sources, a waste
section written in the year of passing to the new classifier, a report on the inventory of wastes, a report on ПЭК, a
protocol comparing stack measurements with technological norms, ПЭК programmes, an instruction on checking gas-cleaning
units, a schedule of internal checks, a road map of cutting emissions, a plan of nature-protection measures by the form
of the Rules). Vietnam: a blast-furnace steel complex, electric-arc-furnace steel mills, a ferroalloy smelter, a tin
smelter, a zinc smelter, a hot-dip galvanising plant, an aluminium profile plant and a metals corporation (báo cáo đề
xuất cấp giấy phép môi trường, a corporation's list of member plants, ĐTM, báo cáo công tác bảo vệ môi trường, giấy
phép môi trường and its annexes, kết quả quan trắc, quy trình kiểm tra, kế hoạch tự kiểm tra, kế hoạch cải thiện môi
trường).

Facility: a numbered card whose value runs across three merged columns, except the codes (BIN, OKED, KATO) and the
coordinates, each a small block of a label row over a value row under the line's label merged down, the permit in
force as a distractor, the works' units in a table of no role (VI: the enterprise number beside the date and body of
registration, the project code as a distractor) (HE1); a group's objects each written over two rows under a header of
two rows naming other fields — object, operator, BIN, category; place, decimal coordinates, KATO, OKED (VI: the enterprise
number and group; place, coordinates, permit, capacity) (HE2).

Emissions: identical sources written once as a range `6001–6004` with a column of the number of identical sources and
the rates per source, code, name and class, a total counting them all with solid and gaseous subtotals (VI: stacks as
spanning rows carrying height, flow and hours, the concentration and kg/h before the grams and tonnes) (HE1); sources
under a spanning row per site, the code in brackets after the name, the concentration between g/s and t/year, a total
row under each source and each site (VI: loads before and after the bag filter, the efficiency between them) (HE2).

Wastes: the classifier's code beside the code and level of the list used before, a spanning row per production (VI: the
year before beside the reporting year, ordinary and hazardous wastes under group rows) (HE1); a two-level name, the kind
merged down over its varieties each with its own code, the unit per row in thousands of tonnes, tonnes and pieces (VI:
CTNH groups merged over their wastes, kilograms, ordinary wastes in a table of their own) (HE2).

Limits: the air at protection-zone and town points, each point merged down over its dates, substances as columns under
four header rows (name, code, ПДК, unit), lead in µg/m3 beside mg/m3 (VI: rounds at three points against QCVN 05:2023, lead
a 24-hour value) (HE1); stack measurements with the concentration as measured and as brought to normal conditions side
by side against the norm, gas-parameter rows without one (VI: waste water against QCVN 40 column A with C beside Cmax)
(HE2).

Monitoring: one cell per point joining groups of substances each with its own frequency after a dash (VI: after a
colon) (HE1); a table of sources and their substances, then a plan-graph whose rows refer to it (`все вещества по табл.
5.1`) (VI: the GPMT's waste-gas streams with their limits, then monitoring of `các thông số quy định tại Bảng 1`) (HE2).

Inspections: gas-cleaning units merged down over their checks, frequency and executor joined by a slash in one cell,
checks every shift and after repairs without a frequency of the contract (HE1); a schedule of internal checks with the
clause of the КЭР, `не реже 1 раза в месяц`, and a filled column of what was done in the first quarter (HE2).

Tasks: a road map whose responsible units are abbreviations explained in a legend table of no role, start and end in
two columns, the expected cut last (HE1); a plan by the form of the Rules, component group rows, items `1.1`, an
indicator column, the financing as a total and three year sub-columns, a total row (HE2).
"""
from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import QCVN40, add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _core(name: str) -> str:
    """The quoted part of a name (`Сарыарқа Болат` of `Комбинат «Сарыарқа Болат»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    r = doc.rng
    return f"{prefix}{r.randint(1, 9)}{r.randint(100, 699)}{r.choice(('000', '100'))}"


def _dms(value: float) -> tuple[str, float]:
    """`50°03′41,2″` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″", d + m / 60 + s / 3600


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` included."""
    return DAILY[doc.lang] if word == "daily" else freq(doc, word)


def _kz(doc: Doc):
    """`g(ru, kk)`: the text of a Kazakhstan document's language."""
    return lambda ru, kk: kk if doc.lang == "kk" else ru


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


# code: (RU, KK, hazard class) of air pollutants of metallurgy that the vocabulary does not name
EXTRA = {
    "0342": ("Фтористые газообразные соединения /в пересчете на фтор/", "Газ тәрізді фторлы қосылыстар /фторға шаққанда/", 2),
    "0344": ("Фториды неорганические плохо растворимые", "Нашар еритін бейорганикалық фторидтер", 2),
    "0101": ("диАлюминий триоксид /в пересчете на алюминий/", "Диалюминий триоксиді /алюминийге шаққанда/", 2),
    "0322": ("Серная кислота", "Күкірт қышқылы", 2),
    "0146": ("Медь (II) оксид /в пересчете на медь/", "Мыс (II) оксиді /мысқа шаққанда/", 2),
    "0325": ("Мышьяк, неорганические соединения /в пересчете на мышьяк/", "Күшән, бейорганикалық қосылыстары /күшәнға шаққанда/", 2),
    "0207": ("Цинк оксид /в пересчете на цинк/", "Мырыш оксиді /мырышқа шаққанда/", 3),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][_L(doc)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][2] if code in EXTRA else vocab.hazard(code)


# ---------------------------------------------------------------- facility

# (RU name, KK name, RU operator, KK operator, RU address, KK address, KATO prefix, OKED, lat, lon, staff)
STEEL_WORKS = (
    ("Металлургический комбинат «Сарыарқа Болат»", "«Сарыарқа Болат» металлургиялық комбинаты", "АО «Сарыарқа Болат»",
     "«Сарыарқа Болат» АҚ", "Карагандинская область, г. Темиртау, Республиканский проспект, 1",
     "Қарағанды облысы, Теміртау қ., Республика даңғылы, 1", "35", "24100", 50.06, 72.98, "9 870"),
    ("Металлургический завод «Тобыл Темір»", "«Тобыл Темір» металлургия зауыты", "ТОО «Тобыл Темір Металл»",
     "«Тобыл Темір Металл» ЖШС", "Костанайская область, г. Рудный, Промышленная зона, 12",
     "Қостанай облысы, Рудный қ., Өнеркәсіп аймағы, 12", "39", "24100", 52.97, 63.12, "4 315"),
)  # fmt: skip
STEEL_UNITS = (
    ("Коксовые батареи № 1–4", "№ 1–4 кокс батареялары", "тыс. т кокса в год", "мың т кокс/жыл", (2400, 2900)),
    ("Агломерационные машины АКМ-312 (3 шт.)", "АКМ-312 агломерациялық машиналары (3 дана)", "тыс. т агломерата в год",
     "мың т агломерат/жыл", (5200, 6100)),
    ("Доменные печи № 2 и № 3", "№ 2 және № 3 домна пештері", "тыс. т чугуна в год", "мың т шойын/жыл", (3800, 4400)),
    ("Кислородные конвертеры (3 × 160 т)", "Оттекті конвертерлер (3 × 160 т)", "тыс. т стали в год", "мың т болат/жыл", (4100, 4700)),
    ("Станы горячей и холодной прокатки", "Ыстық және суық илемдеу орнақтары", "тыс. т проката в год", "мың т илек/жыл", (3200, 3900)),
)  # fmt: skip
# (name, owner, place, lat, lon, product)
VN_STEEL = (
    ("Khu liên hợp gang thép Kỳ Long", "Công ty Cổ phần Gang thép Kỳ Long", "Khu kinh tế Vũng Áng, thị xã Kỳ Anh, tỉnh Hà Tĩnh",
     18.07, 106.39, "Sản xuất gang, phôi thép và thép cán nóng theo công nghệ lò cao – lò thổi oxy (BF–BOF)"),
    ("Nhà máy luyện cán thép Dung Quất Tân", "Công ty TNHH Thép Dung Quất Tân", "Khu kinh tế Dung Quất, huyện Bình Sơn, tỉnh Quảng Ngãi",
     15.39, 108.80, "Sản xuất phôi thép bằng lò điện hồ quang (EAF) và thép cán xây dựng"),
)  # fmt: skip


def facility_he1(doc: Doc) -> None:
    """An application for a КЭР of an integrated steel works: a numbered card `№ | сведения | значение` whose value runs
    over three merged columns on most lines, but whose codes (BIN, OKED, KATO) and whose coordinates each form a small
    block of a label row and a value row under the line's label merged down over both, the category with its ground in
    the Code, the permit in force as a registration-number distractor; the works' main units with their capacity in a
    table of no role after it (VI: a blast-furnace steel complex's GPMT application, the enterprise number beside the
    date and the body of its registration, the project code of the investment certificate as a ten-digit distractor)."""
    r = doc.rng
    if doc.lang == "vi":
        name, owner, place, lat0, lon0, product = doc.pick(VN_STEEL)
        msdn = make_msdn(r)
        lat, lon = round(lat0 + r.uniform(-0.02, 0.02), 5), round(lon0 + r.uniform(-0.02, 0.02), 5)
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name.upper()}")
        doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
        rows = [["TT", "Nội dung", "Thông tin", None, None],
                ["1", "Tên chủ cơ sở", owner, None, None],
                ["2", "Đăng ký doanh nghiệp", "Mã số doanh nghiệp", "Đăng ký lần đầu", "Cơ quan cấp"],
                [None, None, msdn, f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2008, 2016)}",
                 "Phòng Đăng ký kinh doanh – Sở Tài chính"],
                ["3", "Tên cơ sở", name, None, None],
                ["4", "Địa điểm cơ sở", place, None, None],
                ["5", "Tọa độ trung tâm khu đất (hệ WGS-84)", "Vĩ độ Bắc", "Kinh độ Đông", "Ghi chú"],
                [None, None, f"{num(lat, 'vi')}°", f"{num(lon, 'vi')}°", "Tâm khu vực nhà máy chính"],
                ["6", "Loại hình sản xuất", product, None, None],
                ["7", "Giấy chứng nhận đăng ký đầu tư", f"Mã số dự án {r.randint(10**9, 10**10 - 1)}, chứng nhận lần đầu năm {r.randint(2007, 2015)}",
                 None, None],
                ["8", "Phân loại theo tiêu chí môi trường", "Nhóm I (số thứ tự 3 Phụ lục III Nghị định số 08/2022/NĐ-CP)", None, None],
                ["9", "Người đại diện theo pháp luật", f"Ông {doc.pick(('Hoàng Minh Tuấn', 'Đỗ Quang Hải', 'Vũ Đức Thắng'))} – Tổng Giám đốc",
                 None, None]]  # fmt: skip
        merges = [(0, 2, 0, 4)] + [(k, 2, k, 4) for k in (1, 4, 5, 8, 9, 10, 11)] + [(2, 0, 3, 0), (2, 1, 3, 1), (6, 0, 7, 0), (6, 1, 7, 1)]
        doc.table("Bảng 1.1. Thông tin chung về chủ cơ sở và cơ sở", rows, merges, role="facility")
        doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "I", "lat": lat, "lon": lon})
        if "BF–BOF" in product:
            units = (("Nhà máy luyện cốc (2 lò cốc)", "tấn cốc/năm", (8, 15)), ("Nhà máy thiêu kết", "tấn quặng thiêu kết/năm", (30, 45)),
                     ("Lò cao số 1, số 2", "tấn gang lỏng/năm", (25, 40)), ("Lò thổi oxy (BOF) 3 × 120 tấn", "tấn thép lỏng/năm", (28, 42)),
                     ("Nhà máy cán nóng", "tấn thép cuộn/năm", (20, 35)))
        else:
            units = (("Lò điện hồ quang (EAF) 70 tấn/mẻ", "tấn thép lỏng/năm", (5, 9)), ("Lò tinh luyện LF", "tấn thép lỏng/năm", (5, 9)),
                     ("Máy đúc liên tục 5 dòng", "tấn phôi/năm", (5, 8)), ("Nhà máy cán thép xây dựng", "tấn thép cán/năm", (4, 7)))
        doc.table("Bảng 1.2. Quy mô, công suất các hạng mục sản xuất chính",
                  [["TT", "Hạng mục", "Công suất thiết kế", "Đơn vị"],
                   *([str(k), u, num(r.randint(lo, hi) * 100000, "vi"), unit] for k, (u, unit, (lo, hi)) in enumerate(units, 1))],
                  role="other")
        return
    L = _L(doc)
    g = _kz(doc)
    (n_ru, n_kk, o_ru, o_kk, a_ru, a_kk, prefix, oked, lat0, lon0, staff) = doc.pick(STEEL_WORKS)
    name, operator = (n_ru, n_kk)[L], (o_ru, o_kk)[L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.02, 0.02))
    lon, lon_v = _dms(lon0 + r.uniform(-0.02, 0.02))
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(0, 99999999):08d}"
    doc.h(g("Заявка на получение комплексного экологического разрешения", "Кешенді экологиялық рұқсат алуға өтінім"))
    doc.p(g(f"Раздел 1. Сведения об операторе и объекте. Объект: {name}.",
            f"1-бөлім. Оператор және объект туралы мәліметтер. Объект: {name}."))
    rows = [g(["№", "Сведения", "Значение", None, None], ["№", "Мәліметтер", "Мәні", None, None]),
            ["1.1", g("Полное наименование оператора", "Оператордың толық атауы"), operator, None, None],
            ["1.2", g("Коды оператора и объекта", "Оператор мен объектінің кодтары"), g("БИН", "БСН"), g("ОКЭД (основной)", "ЭҚЖЖ (негізгі)"),
             g("КАТО (местонахождение объекта)", "ҚАТО (объектінің орналасқан жері)")],
            [None, None, bin_, oked, kato],
            ["1.3", g("Наименование объекта", "Объектінің атауы"), name, None, None],
            ["1.4", g("Местонахождение объекта", "Объектінің орналасқан жері"), (a_ru, a_kk)[L], None, None],
            ["1.5", g("Географические координаты центра промплощадки", "Өнеркәсіптік алаң орталығының географиялық координаттары"),
             g("северная широта", "солтүстік ендік"), g("восточная долгота", "шығыс бойлық"), g("система координат", "координаттар жүйесі")],
            [None, None, lat, lon, "WGS-84"],
            ["1.6", g("Категория объекта", "Объектінің санаты"),
             g("I категория (раздел 1 приложения 2 к Экологическому кодексу РК, п. 2.1 – производство чугуна и стали)",
               "I санат (ҚР Экология кодексіне 2-қосымшаның 1-бөлімі, 2.1-т. – шойын мен болат өндірісі)"), None, None],
            ["1.7", g("Действующее разрешение на эмиссии", "Қолданыстағы эмиссияларға рұқсат"),
             g(f"№ {permit} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2021, срок действия до 31.12.2030",
               f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2021 № {permit}, қолданылу мерзімі 31.12.2030 дейін"), None, None],
            ["1.8", g("Численность работающих, чел.", "Жұмыс істейтіндер саны, адам"), staff, None, None],
            ["1.9", g("Руководитель", "Басшы"), g(f"Генеральный директор {doc.pick(('Ж. Т. Оспанов', 'А. В. Литвиненко', 'Е. С. Байжанов'))}",
                                                   f"Бас директор {doc.pick(('Ж. Т. Оспанов', 'Ә. Б. Сәрсенов', 'Е. С. Байжанов'))}"), None, None]]  # fmt: skip
    merges = [(0, 2, 0, 4)] + [(k, 2, k, 4) for k in (1, 4, 5, 8, 9, 10, 11)] + [(2, 0, 3, 0), (2, 1, 3, 1), (6, 0, 7, 0), (6, 1, 7, 1)]
    doc.table(g("Таблица 1.1", "1.1-кесте"), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": oked, "category": "I", "lat": lat_v,
                           "lon": lon_v})
    rows = [g(["№", "Основной агрегат", "Проектная мощность", "Ед. изм."], ["№", "Негізгі агрегат", "Жобалық қуаты", "Өлш. бірл."])]
    for k, (u_ru, u_kk, w_ru, w_kk, (lo, hi)) in enumerate(STEEL_UNITS, 1):
        rows.append([str(k), (u_ru, u_kk)[L], num(r.randint(lo, hi), doc.lang), (w_ru, w_kk)[L]])
    doc.table(g("Таблица 1.2 – Основные технологические агрегаты", "1.2-кесте – Негізгі технологиялық агрегаттар"), rows, role="other")


# (RU, KK, RU operator, KK operator, RU place, KK place, KATO prefix, OKED, category, lat, lon)
KZ_GROUP = (
    ("Ферросплавный завод «Ертіс Феррум»", "«Ертіс Феррум» ферроқорытпа зауыты", "АО «Ертіс Феррум»", "«Ертіс Феррум» АҚ",
     "Павлодарская область, г. Аксу, ул. Пограничная, 1", "Павлодар облысы, Ақсу қ., Шекара к., 1", "55", "24100", "I", 52.04, 76.93),
    ("Электролизный завод «Ақ Металл»", "«Ақ Металл» электролиз зауыты", "АО «Ақ Металл Алюминий»", "«Ақ Металл Алюминий» АҚ",
     "Павлодарская область, г. Павлодар, Северная промзона, 65", "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіп аймағы, 65",
     "55", "24420", "I", 52.33, 76.87),
    ("Цинковый завод «Алтай Мырыш»", "«Алтай Мырыш» мырыш зауыты", "ТОО «Алтай Мырыш»", "«Алтай Мырыш» ЖШС",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Промышленная, 1",
     "Шығыс Қазақстан облысы, Өскемен қ., Өнеркәсіп к., 1", "63", "24430", "I", 49.97, 82.65),
    ("Медеплавильный завод «Тораңғы Мыс»", "«Тораңғы Мыс» мыс балқыту зауыты", "ТОО «Тораңғы Мыс Смелтинг»",
     "«Тораңғы Мыс Смелтинг» ЖШС", "Карагандинская область, г. Балхаш, ул. Ленина, 1", "Қарағанды облысы, Балқаш қ., Ленин к., 1",
     "35", "24440", "I", 46.86, 75.00),
    ("Золотоизвлекательная фабрика «Жетіқара Алтын»", "«Жетіқара Алтын» алтын алу фабрикасы", "ТОО «Жетіқара Алтын»",
     "«Жетіқара Алтын» ЖШС", "Костанайская область, Житикаринский район, 8 км южнее г. Житикара",
     "Қостанай облысы, Жітіқара ауданы, Жітіқара қ. оңтүстікке қарай 8 км", "39", "24410", "II", 52.12, 61.21),
)  # fmt: skip
# (name, owner, place, group, lat, lon, capacity)
VN_GROUP = (
    ("Nhà máy luyện phôi thép Phú Mỹ Xanh", "Công ty Cổ phần Thép Phú Mỹ Xanh", "Khu công nghiệp Phú Mỹ II, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu",
     "I", 10.58, 107.03, "500.000 tấn phôi/năm (lò điện hồ quang 70 tấn/mẻ)"),
    ("Nhà máy luyện Fero Mangan Trà Lĩnh", "Công ty TNHH Hợp kim sắt Trà Lĩnh", "xã Quang Hán, huyện Trùng Khánh, tỉnh Cao Bằng",
     "I", 22.78, 106.40, "12.000 tấn FeMn/năm (2 lò điện hồ quang chìm 6.300 kVA)"),
    ("Nhà máy luyện thiếc Châu Tiến", "Công ty Cổ phần Kim loại màu Châu Tiến", "xã Châu Tiến, huyện Quỳ Hợp, tỉnh Nghệ An",
     "I", 19.33, 105.18, "1.500 tấn thiếc thỏi/năm"),
    ("Nhà máy kẽm điện phân Sông Công Mới", "Công ty Cổ phần Kẽm Sông Công Mới", "Khu công nghiệp Sông Công I, thành phố Sông Công, tỉnh Thái Nguyên",
     "I", 21.47, 105.85, "10.000 tấn kẽm thỏi/năm"),
    ("Nhà máy mạ kẽm nhúng nóng Yên Phong", "Công ty TNHH Mạ kẽm Yên Phong", "Khu công nghiệp Yên Phong, huyện Yên Phong, tỉnh Bắc Ninh",
     "II", 21.21, 106.00, "60.000 tấn sản phẩm mạ/năm"),
)  # fmt: skip


def facility_he2(doc: Doc) -> None:
    """A metallurgical group's letter annex listing its objects, each object written over two rows under a header of two
    rows whose rows name other fields: the object, its operator, the operator's BIN and the category on the first row,
    the place, the decimal coordinates `52,04123° с.ш., 76,93012° в.д.`, the KATO and the OKED on the second, the
    number merged down over both; a table of contacts of no role after it (VI: a metals corporation's member plants, the
    enterprise number and the group on the first row, the place, the coordinates, the GPMT's number and the capacity on
    the second)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("TỔNG CÔNG TY KIM LOẠI PHƯƠNG NAM")
        doc.p(f"Phụ lục kèm theo Công văn số {r.randint(120, 980)}/TCT-MT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2026 "
              "gửi Bộ Nông nghiệp và Môi trường về việc cập nhật cơ sở dữ liệu các cơ sở sản xuất có nguy cơ gây ô nhiễm môi trường.")
        plants = [p for p in VN_GROUP if r.random() < 0.85] or list(VN_GROUP[:3])
        rows = [["TT", "Tên cơ sở", "Chủ cơ sở", "Mã số doanh nghiệp", "Nhóm (Nghị định 08/2022/NĐ-CP)"],
                [None, "Địa điểm", "Tọa độ (WGS-84)", "Giấy phép môi trường", "Công suất"]]
        merges = [(0, 0, 1, 0)]
        for k, (name, owner, place, group, lat0, lon0, cap) in enumerate(plants, 1):
            msdn = make_msdn(r)
            lat, lon = round(lat0 + r.uniform(-0.01, 0.01), 5), round(lon0 + r.uniform(-0.01, 0.01), 5)
            gp = f"Số {r.randint(10, 650)}/GPMT-{doc.pick(('BTNMT', 'UBND'))} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2022, 2025)}"
            rows.append([str(k), name, owner, msdn, f"Nhóm {group}"])
            rows.append([None, place, f"{num(lat, 'vi')}° N, {num(lon, 'vi')}° E", gp, cap])
            merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
            doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat, "lon": lon})
        doc.table("Bảng 1. Danh sách các cơ sở sản xuất thành viên", rows, merges, role="facility")
        doc.p("Các cơ sở nêu trên đều đã được cấp giấy phép môi trường và thực hiện quan trắc tự động, liên tục theo quy định.")
        distractor(doc, "contacts")
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("ТОО «Ұлы Дала Металлургия» (управляющая компания группы)", "«Ұлы Дала Металлургия» ЖШС (топтың басқарушы компаниясы)"))
    doc.p(g(f"Приложение 1 к письму № 01-12/{r.randint(100, 900)} от {r.randint(1, 28):02d}.01.2026. Перечень объектов I и II "
            "категорий предприятий группы для актуализации Государственного регистра выбросов и переноса загрязнителей.",
            f"2026 жылғы {r.randint(1, 28)} қаңтардағы № 01-12/{r.randint(100, 900)} хатқа 1-қосымша. Ластаушы заттардың шығарындылары мен "
            "тасымалдануының мемлекеттік тіркелімін өзектендіру үшін топ кәсіпорындарының I және II санаттағы объектілерінің тізбесі."))
    plants = [p for p in KZ_GROUP if r.random() < 0.85] or list(KZ_GROUP[:3])
    lat_w, lon_w = g("с.ш.", "с.е."), g("в.д.", "ш.б.")
    rows = [g(["№", "Объект", "Оператор", "БИН оператора", "Категория"], ["№", "Объект", "Оператор", "Оператордың БСН", "Санаты"]),
            g([None, "Местонахождение", "Координаты (WGS-84)", "КАТО", "ОКЭД"], [None, "Орналасқан жері", "Координаттары (WGS-84)", "ҚАТО", "ЭҚЖЖ"])]
    merges = [(0, 0, 1, 0)]
    for k, (n_ru, n_kk, o_ru, o_kk, a_ru, a_kk, prefix, oked, cat, lat0, lon0) in enumerate(plants, 1):
        bin_, kato = make_bin(r), _kato(doc, prefix)
        lat, lon = round(lat0 + r.uniform(-0.01, 0.01), 5), round(lon0 + r.uniform(-0.01, 0.01), 5)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), name, (o_ru, o_kk)[L], bin_, cat])
        rows.append([None, (a_ru, a_kk)[L], f"{num(lat, doc.lang)}° {lat_w}, {num(lon, doc.lang)}° {lon_w}", kato, oked])
        merges.append((len(rows) - 2, 0, len(rows) - 1, 0))
        doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": oked, "category": cat, "lat": lat,
                               "lon": lon})
    doc.table(None, rows, merges, role="facility")
    doc.p(g("Вспомогательные объекты III категории (склады, автобазы) в перечень не включены.",
            "III санаттағы қосалқы объектілер (қоймалар, автобазалар) тізбеге енгізілмеген."))
    distractor(doc, "contacts")


# ---------------------------------------------------------------- emissions

# (numbers, RU name, KK name, hours, [(code, (low, high) g/s)])
ALU_SOURCES = (
    (("0001",), "ГОУ-1 корпусов электролиза № 1, 2 (сухая очистка, рукавные фильтры)",
     "№ 1, 2 электролиз корпустарының ГТҚ-1 (құрғақ тазарту, жеңді сүзгілер)", 8760,
     [("0342", (0.8, 1.6)), ("0344", (0.4, 0.9)), ("2902", (0.9, 1.8)), ("0330", (6, 12)), ("0337", (40, 90))]),
    (("0002",), "ГОУ-2 корпусов электролиза № 3, 4 (сухая очистка, рукавные фильтры)",
     "№ 3, 4 электролиз корпустарының ГТҚ-2 (құрғақ тазарту, жеңді сүзгілер)", 8760,
     [("0342", (0.8, 1.6)), ("0344", (0.4, 0.9)), ("2902", (0.9, 1.8)), ("0330", (6, 12)), ("0337", (40, 90))]),
    (("0003",), "Дымовая труба печи обжига анодов", "Анод күйдіру пешінің түтін мұржасы", 8400,
     [("0342", (0.1, 0.3)), ("0301", (0.5, 1.2)), ("0330", (1, 3)), ("0337", (0.8, 2)), ("0703", (0.00001, 0.00004)), ("2902", (0.2, 0.5))]),
    (("0004",), "Аспирация отделения массоподготовки анодной фабрики", "Анод фабрикасының масса дайындау бөлімшесінің аспирациясы", 7200,
     [("2902", (0.3, 0.7)), ("0703", (0.000002, 0.000008))]),
    (("6001", "6002", "6003", "6004"), "Аэрационные фонари корпусов электролиза № 1–4 (на каждый корпус)",
     "№ 1–4 электролиз корпустарының аэрациялық шамдары (әр корпусқа)", 8760,
     [("0342", (0.3, 0.6)), ("0344", (0.2, 0.5)), ("0337", (8, 15)), ("0330", (0.8, 1.6)), ("0101", (0.1, 0.3))]),
    (("6005",), "Склад глинозема и фторированного глинозема (пересыпка)", "Глинозем және фторланған глинозем қоймасы (төгу)", 4380,
     [("0101", (0.05, 0.15))]),
)  # fmt: skip
SOLID = {"0344", "2902", "0703", "0101", "2908", "0143", "0123", "0184", "0146", "0325", "0328"}


def _t_y(doc: Doc, g_s: float, hours: int) -> float:
    return _sig(g_s * 3600 * hours / 1e6 * doc.rng.uniform(0.8, 0.97), 4)


def emissions_he1(doc: Doc) -> None:
    """An aluminium smelter's НДВ table in which identical sources are written once: the roof lanterns of four potrooms
    are one row group `6001–6004` with a column of the number of identical sources and the rates under a merged header
    `Выброс от одного источника`, so each of the four sources emits the rates given; code, name and hazard class; the
    total of the works (the lanterns counted four times) with solid and gaseous subtotals (VI: an aluminium profile
    plant's stacks, each a spanning row with its height, flow and hours, then the concentration, kg/h, g/s and t/year of
    each pollutant)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_he1_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("Проект нормативов допустимых выбросов АО «Ақ Металл Алюминий» (электролизный завод)",
            "«Ақ Металл Алюминий» АҚ (электролиз зауыты) жол берілетін шығарындылар нормативтерінің жобасы"))
    doc.p(g("Корпуса электролиза оснащены электролизерами с обожженными анодами на силу тока 300 кА. Выбросы через аэрационные "
            "фонари определены по результатам инструментальных замеров 2025 года; фонари четырех корпусов однотипны.",
            "Электролиз корпустары 300 кА ток күшіне арналған күйдірілген анодты электролизерлермен жабдықталған. Аэрациялық "
            "шамдар арқылы шығарындылар 2025 жылғы аспаптық өлшеулер нәтижелері бойынша анықталды; төрт корпустың шамдары бір типті."))
    head = g(["№ ИЗА", "Наименование источника выброса", "Кол-во однотипных источников, шт.", "Код ЗВ", "Наименование загрязняющего вещества",
              "Класс опасности", "Выброс от одного источника", None],
             ["ЛШК №", "Шығарынды көзінің атауы", "Бір типті көздер саны, дана", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы",
              "Бір көзден шығарынды", None])
    rows = [head, [None] * 6 + [g("г/с", "г/с"), g("т/год", "т/жыл")]]
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 7)]
    sums = {"all": [0.0, 0.0], "solid": [0.0, 0.0], "gas": [0.0, 0.0]}
    chosen = [s for s in ALU_SOURCES if s[0][0] != "0004" or r.random() < 0.7]
    for numbers, s_ru, s_kk, hours, items in chosen:
        start = len(rows)
        label = numbers[0] if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
        for j, (c, (lo, hi)) in enumerate(items):
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _t_y(doc, gs, hours)
            first = j == 0
            rows.append([label if first else None, (s_ru, s_kk)[L] if first else None, str(len(numbers)) if first else None, c,
                         _air(doc, c), str(_hazard(c)), num(gs, doc.lang), num(ty, doc.lang)])
            for n in numbers:
                doc.add("emissions", emission(c, gs, ty, n, _hazard(c)))
            for key in ("all", "solid" if c in SOLID else "gas"):
                sums[key][0] += gs * len(numbers)
                sums[key][1] += ty * len(numbers)
        if len(items) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 2)]
        doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    labels = {"all": g("Всего по предприятию (с учетом количества источников)", "Кәсіпорын бойынша барлығы (көздер санын ескере отырып)"),
              "solid": g("в том числе твердые", "оның ішінде қатты"), "gas": g("газообразные и жидкие", "газ тәрізді және сұйық")}
    for key in ("all", "solid", "gas"):
        rows.append(["", labels[key], None, None, None, None, num(_sig(sums[key][0], 6), doc.lang), num(_sig(sums[key][1], 6), doc.lang)])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 5))
    doc.table(g("Таблица 3.4 – Нормативы выбросов загрязняющих веществ по источникам на 2026–2035 годы",
                "3.4-кесте – 2026–2035 жылдарға арналған көздер бойынша ластаушы заттар шығарындыларының нормативтері"),
              rows, merges, role="emissions")
    doc.p(g("Примечание: для источников 6001–6004 выбросы приведены на один источник (один корпус электролиза).",
            "Ескертпе: 6001–6004 көздері үшін шығарындылар бір көзге (бір электролиз корпусына) келтірілген."))
    maybe_distractor(doc)


# (VI stack, height, diameter, flow m3/h, hours, [(code, label, (low, high) mg/Nm3)])
PROFILE_STACKS = (
    ("Ống thải số 1 – lò nấu nhôm thỏi và nhôm phế liệu (đốt LPG, xử lý bằng cyclon và lọc bụi túi vải)", 20, 0.8, (16000, 22000), 6600,
     [("2902", "Bụi tổng", (15, 60)), ("0330", "SO2", (5, 30)), ("0301", "NOx (tính theo NO2)", (80, 200)), ("0337", "CO", (40, 150)),
      ("0316", "HCl", (2, 8))]),
    ("Ống thải số 2 – lò đồng nhất hóa billet (đốt LPG)", 15, 0.6, (9000, 14000), 7200,
     [("0301", "NOx (tính theo NO2)", (60, 150)), ("0337", "CO", (30, 120))]),
    ("Ống thải số 3 – buồng phun sơn tĩnh điện (thu hồi bột sơn bằng cyclon và lọc cartridge)", 12, 0.7, (20000, 28000), 4800,
     [("2902", "Bụi tổng", (5, 20))]),
    ("Ống thải số 4 – lò sấy, lò nung kết sơn (đốt LPG)", 12, 0.5, (5000, 8000), 4800,
     [("0301", "NOx (tính theo NO2)", (50, 120)), ("0337", "CO", (20, 90)), ("2902", "Bụi tổng", (3, 12))]),
)  # fmt: skip


def _emissions_he1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY NHÔM ĐỊNH HÌNH HƯNG PHÁT")
    doc.p("Nồng độ khí thải sau xử lý lấy theo kết quả quan trắc định kỳ năm 2025; tải lượng tính theo lưu lượng trung bình và thời "
          "gian hoạt động thực tế của từng thiết bị.")
    rows = [["TT", "Thông số", "Nồng độ sau xử lý (mg/Nm3)", "Tải lượng (kg/h)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for name, h, d, (qlo, qhi), hours, items in PROFILE_STACKS:
        q = r.randint(qlo // 100, qhi // 100) * 100
        rows.append([f"{name}; chiều cao {h} m, đường kính {num(d, 'vi')} m; lưu lượng {num(q, 'vi')} m3/h; {num(hours, 'vi')} giờ/năm",
                     None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        for k, (c, label, (lo, hi)) in enumerate(items, 1):
            conc = _sig(r.uniform(lo, hi), 3)
            kgh = conc * q / 1e6
            gs, ty = _sig(kgh / 3.6, 3), _sig(kgh * hours / 1000, 3)
            rows.append([str(k), label, num(conc, "vi"), num(_sig(kgh, 3), "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
    doc.table("Bảng 2.3. Nồng độ và tải lượng các chất ô nhiễm trong khí thải tại các ống thải", rows, merges, role="emissions")
    maybe_distractor(doc)


# (site RU, site KK, [(number, RU, KK, flow m3/h, hours, [(code, (low, high) g/s)])])
CU_SITES = (
    ("Площадка 1. Плавильный цех", "1-алаң. Балқыту цехы", [
        ("0001", "Дымовая труба № 1 (печь Ванюкова, электрофильтры, СКЦ)", "№ 1 түтін мұржасы (Ванюков пеші, электрсүзгілер, КҚЦ)",
         (260000, 320000), 8300, [("0330", (25, 60)), ("2908", (2, 5)), ("0146", (0.1, 0.4)), ("0184", (0.05, 0.2)), ("0325", (0.02, 0.08))]),
        ("0002", "Дымовая труба № 2 (конвертерное отделение, рукавный фильтр)", "№ 2 түтін мұржасы (конвертер бөлімшесі, жеңді сүзгі)",
         (180000, 240000), 7900, [("0330", (8, 20)), ("2908", (1, 3)), ("0146", (0.05, 0.15)), ("0184", (0.02, 0.06))]),
        ("6001", "Аэрационный фонарь плавильного корпуса", "Балқыту корпусының аэрациялық шамы", None, 8760,
         [("0330", (1, 3)), ("2908", (0.5, 1.5)), ("0184", (0.005, 0.02))]),
    ]),
    ("Площадка 2. Сернокислотный цех", "2-алаң. Күкірт қышқылы цехы", [
        ("0003", "Выхлопная труба СКЦ (после моногидратного абсорбера)", "КҚЦ шығару құбыры (моногидратты абсорберден кейін)",
         (90000, 130000), 8300, [("0330", (4, 10)), ("0322", (0.05, 0.3))]),
        ("0004", "Труба установки нейтрализации промывной кислоты", "Жуу қышқылын бейтараптандыру қондырғысының құбыры",
         (6000, 9000), 6000, [("0322", (0.01, 0.05)), ("0325", (0.001, 0.004))]),
    ]),
)  # fmt: skip


def emissions_he2(doc: Doc) -> None:
    """A copper smelter's inventory under a spanning row per site: the source's number and name merged down over its
    substances, the substance's code in brackets after its name, the concentration in mg/Nm3 between the grams a
    second and the tonnes a year (a dash at the roof lantern), a `Итого по источнику` row under each source, a site's
    subtotal and the works' total (VI: an electric-arc-furnace steel mill's loads before and after the bag filter, the
    efficiency between them, the pollutants the filter does not treat passed through)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_he2_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("Инвентаризация выбросов загрязняющих веществ. ТОО «Тораңғы Мыс Смелтинг», медеплавильный завод",
            "Ластаушы заттар шығарындыларын түгендеу. «Тораңғы Мыс Смелтинг» ЖШС, мыс балқыту зауыты"))
    doc.p(g("Выбросы организованных источников определены инструментальными замерами, фонаря – расчетным методом. Концентрации "
            "приведены к нормальным условиям.",
            "Ұйымдастырылған көздердің шығарындылары аспаптық өлшеулермен, шамдікі – есептік әдіспен анықталды. Концентрациялар "
            "қалыпты жағдайларға келтірілген."))
    rows = [g(["№ ИЗА", "Источник выброса", "Загрязняющее вещество (код)", "Выброс, г/с", "Концентрация, мг/Нм3", "Выброс, т/год"],
              ["ЛШК №", "Шығарынды көзі", "Ластаушы зат (коды)", "Шығарынды, г/с", "Концентрация, мг/Нм3", "Шығарынды, т/жыл"])]
    merges = []
    grand = [0.0, 0.0]
    for s_ru, s_kk, sources in CU_SITES:
        rows.append([(s_ru, s_kk)[L], None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        site = [0.0, 0.0]
        for number, n_ru, n_kk, flow, hours, items in sources:
            start = len(rows)
            q = r.randint(flow[0] // 1000, flow[1] // 1000) * 1000 if flow else None
            tot = [0.0, 0.0]
            for j, (c, (lo, hi)) in enumerate(items):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _t_y(doc, gs, hours)
                conc = num(_sig(gs * 3.6e6 / q, 3), doc.lang) if q else "–"
                rows.append([number if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, f"{_air(doc, c)} ({c})",
                             num(gs, doc.lang), conc, num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number))
                tot[0] += gs
                tot[1] += ty
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
            rows.append(["", g(f"Итого по источнику {number}", f"{number} көзі бойынша жиыны"), None, num(round(tot[0], 5), doc.lang), "",
                         num(round(tot[1], 4), doc.lang)])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
            doc.add("sources", {"number": number, "type": _kind(number)})
            site = [site[0] + tot[0], site[1] + tot[1]]
        rows.append(["", g("Итого по площадке", "Алаң бойынша жиыны"), None, num(round(site[0], 5), doc.lang), "", num(round(site[1], 4), doc.lang)])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
        grand = [grand[0] + site[0], grand[1] + site[1]]
    rows.append(["", g("Всего по заводу", "Зауыт бойынша барлығы"), None, num(round(grand[0], 5), doc.lang), "", num(round(grand[1], 4), doc.lang)])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    doc.table(g("Таблица 2.1 – Выбросы загрязняющих веществ по источникам", "2.1-кесте – Көздер бойынша ластаушы заттар шығарындылары"),
              rows, merges, role="emissions")
    maybe_distractor(doc)


# (VI source, hours, [(code, label, (low, high) g/s before, efficiency % or None)])
EAF_SOURCES = (
    ("Nguồn 1: Lò điện hồ quang (EAF) 70 tấn/mẻ và lò tinh luyện LF – hệ thống lọc bụi túi vải, ống thải cao 45 m", 7200,
     [("2902", "Bụi tổng", (150, 300), 99.5), ("0123", "Sắt oxit", (80, 150), 99.5), ("0143", "Mangan và hợp chất", (2, 5), 99.5),
      ("0184", "Chì và hợp chất", (0.5, 1.5), 99.0), ("0337", "CO", (20, 40), None), ("0301", "NOx (tính theo NO2)", (5, 12), None),
      ("0330", "SO2", (2, 6), None)]),
    ("Nguồn 2: Lò nung phôi cán (đốt khí hóa than) – không có hệ thống xử lý, ống khói cao 35 m", 6500,
     [("2902", "Bụi tổng", (0.5, 1.5), None), ("0330", "SO2", (3, 8), None), ("0301", "NOx (tính theo NO2)", (2, 5), None),
      ("0337", "CO", (1, 3), None)]),
)  # fmt: skip


def _emissions_he2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN NÂNG CÔNG SUẤT NHÀ MÁY LUYỆN PHÔI THÉP PHÚ MỸ XANH")
    doc.p("Tải lượng trước xử lý được tính theo hệ số phát thải của WHO và AP-42 cho công suất 500.000 tấn phôi/năm; hiệu suất "
          "xử lý theo thông số thiết kế của hệ thống lọc bụi túi vải.")
    head = ["TT", "Chất ô nhiễm", "Tải lượng trước xử lý (g/s)", "Hiệu suất xử lý (%)", "Tải lượng sau xử lý", None]
    rows = [head, [None, None, None, None, "g/s", "tấn/năm"]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    for name, hours, items in EAF_SOURCES:
        rows.append([name, None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        for k, (c, label, (lo, hi), eff) in enumerate(items, 1):
            before = _sig(r.uniform(lo, hi), 3)
            after = _sig(before * (1 - eff / 100), 3) if eff else before
            ty = _sig(after * 3600 * hours / 1e6, 3)
            rows.append([str(k), label, num(before, "vi"), num(eff, "vi") if eff else "-", num(after, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, after, ty))
    doc.table("Bảng 3.9. Tải lượng bụi, khí thải của dự án trước và sau xử lý", rows, merges, role="emissions")
    doc.p("Ghi chú: CO, NOx, SO2 không được xử lý bằng hệ thống lọc bụi túi vải nên tải lượng sau xử lý bằng tải lượng trước xử lý.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (RU group, KK group, [(RU name, KK name, code, old code, (low, high) t/year, RU handling, KK handling)])
STEEL_WASTES = (
    ("Агломерационное производство", "Агломерация өндірісі", [
        ("Шлам аспирационных установок агломашин", "Агломашиналардың аспирациялық қондырғыларының шламы", "10 02 14", "GG190",
         (15000, 30000), "возврат в аглошихту", "агломерациялық шихтаға қайтару"),
        ("Пыль электрофильтров агломашин", "Агломашиналар электрсүзгілерінің шаңы", "10 02 08", "GG080", (8000, 20000),
         "возврат в аглошихту", "агломерациялық шихтаға қайтару"),
    ]),
    ("Доменное производство", "Домна өндірісі", [
        ("Шлак доменный гранулированный", "Түйіршіктелген домна қожы", "10 02 02", "GG040", (900000, 1300000),
         "передача на производство шлакопортландцемента", "шлакпортландцемент өндірісіне беру"),
        ("Шлам газоочистки доменных печей (с содержанием цинка и свинца)", "Домна пештерінің газ тазарту шламы (мырыш пен қорғасын құрамды)",
         "10 02 13*", "AB070", (20000, 40000), "размещение в шламонакопителе", "шлам жинағышқа орналастыру"),
    ]),
    ("Сталеплавильное производство", "Болат балқыту өндірісі", [
        ("Шлак конвертерный", "Конвертер қожы", "10 02 02", "GG040", (400000, 650000), "переработка на шлакоперерабатывающей установке",
         "қож өңдеу қондырғысында қайта өңдеу"),
        ("Шлам газоочистки конвертеров", "Конвертерлердің газ тазарту шламы", "10 02 13*", "AB070", (30000, 60000),
         "размещение в шламонакопителе", "шлам жинағышқа орналастыру"),
    ]),
    ("Прокатное производство", "Илемдеу өндірісі", [
        ("Окалина прокатная", "Илемдеу қағы", "10 02 10", "GB040", (50000, 90000), "возврат в аглошихту", "агломерациялық шихтаға қайтару"),
        ("Замасленная окалина и шлам отстойников оборотного цикла", "Айналым циклі тұндырғыштарының майланған қағы мен шламы", "10 02 11*",
         "AC270", (3000, 8000), "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ]),
    ("Вспомогательные цеха", "Қосалқы цехтар", [
        ("Отработанные моторные масла", "Пайдаланылған мотор майлары", "13 02 05*", "AC030", (120, 260), "передача на регенерацию",
         "регенерацияға беру"),
        ("Промасленная ветошь", "Майланған шүберек", "15 02 02*", "AC030", (15, 40), "передача на сжигание", "өртеуге беру"),
        ("Лом черных металлов", "Қара металл сынықтары", "17 04 05", "GA090", (3000, 9000), "переплав в конвертерах",
         "конвертерлерде қайта балқыту"),
        ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "20 01 21*", "AA100", (2, 6), "демеркуризация",
         "демеркуризациялау"),
        ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "20 03 01", "GO060", (1800, 3200), "вывоз на полигон ТБО",
         "ҚТҚ полигонына шығару"),
    ]),
)  # fmt: skip
OLD_LEVEL = {"G": ("зеленый", "жасыл"), "A": ("янтарный", "сарғылт")}


def _amount(doc: Doc, lo: float, hi: float) -> float:
    x = doc.rng.uniform(lo, hi)
    return float(round(x)) if x >= 1000 else _sig(x, 3)


def wastes_he1(doc: Doc) -> None:
    """An integrated steel works' inventory of wastes written in the year of passing to the new classifier: the code of
    the classifier of 2021 beside the code and the level (green, amber) of the list used before, under a spanning row
    per production, slag by the hundred thousand tonnes, the handling last (VI: a blast-furnace steel complex's
    annual report, the amounts of the year before beside those of the reporting year, ordinary and hazardous wastes
    under group rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_he1_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("Раздел 6. Управление отходами производства и потребления. АО «Сарыарқа Болат»",
            "6-бөлім. Өндіріс және тұтыну қалдықтарын басқару. «Сарыарқа Болат» АҚ"))
    doc.p(g("Коды отходов приведены по Классификатору отходов (приказ и.о. Министра экологии, геологии и природных ресурсов РК "
            "от 6 августа 2021 года № 314); для сопоставления с отчетностью прошлых лет указаны коды и уровни опасности по ранее "
            "действовавшему классификатору.",
            "Қалдықтардың кодтары Қалдықтар сыныптауышы бойынша келтірілген (ҚР Экология, геология және табиғи ресурстар министрі "
            "м.а. 2021 жылғы 6 тамыздағы № 314 бұйрығы); өткен жылдардың есептілігімен салыстыру үшін бұрын қолданылған сыныптауыш "
            "бойынша кодтар мен қауіптілік деңгейлері көрсетілген."))
    rows = [g(["№", "Наименование отхода", "Код по Классификатору (2021)", "Прежний код", "Прежний уровень опасности", "Образование, т/год",
               "Способ обращения"],
              ["№", "Қалдықтың атауы", "Сыныптауыш бойынша коды (2021)", "Бұрынғы коды", "Бұрынғы қауіптілік деңгейі", "Түзілуі, т/жыл",
               "Жұмыс істеу тәсілі"])]
    merges = []
    k = 0
    for gr_ru, gr_kk, items in STEEL_WASTES:
        rows.append([(gr_ru, gr_kk)[L], None, None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
        for n_ru, n_kk, code, old, (lo, hi), h_ru, h_kk in items:
            if code in ("20 01 21*", "15 02 02*") and r.random() < 0.3:
                continue
            k += 1
            t = _amount(doc, lo, hi)
            name = (n_ru, n_kk)[L]
            rows.append([str(k), name, code, old, OLD_LEVEL[old[0]][L], num(t, doc.lang), (h_ru, h_kk)[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                               "name_contains": _words(name, 2)})
    doc.table(g("Таблица 6.1 – Виды и объемы образования отходов", "6.1-кесте – Қалдықтардың түрлері және түзілу көлемдері"), rows, merges,
              role="wastes")
    doc.p(g("Отходы с кодами, отмеченными «*», относятся к опасным.", "«*» белгісі бар кодтары бар қалдықтар қауіпті қалдықтарға жатады."))
    maybe_distractor(doc)


# (name, code or None, (low, high) t in 2025, treatment)
VN_BF_WASTES = (
    ("I. Chất thải rắn công nghiệp thông thường", [
        ("Xỉ lò cao (xỉ hạt)", None, (700000, 950000), "Bán làm phụ gia xi măng"),
        ("Xỉ lò thổi (xỉ thép)", None, (250000, 400000), "Nghiền, tuyển từ, tái sử dụng làm cốt liệu"),
        ("Vảy cán (vảy sắt)", None, (30000, 60000), "Tái sử dụng làm nguyên liệu thiêu kết"),
        ("Gạch chịu lửa thải không chứa thành phần nguy hại", None, (2000, 6000), "Chuyển giao đơn vị tái chế"),
    ]),
    ("II. Chất thải nguy hại", [
        ("Bụi và bùn từ hệ thống xử lý khí thải lò thổi có thành phần nguy hại", "05 01 02", (8000, 16000), "Chuyển giao đơn vị có chức năng xử lý"),
        ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (60, 140), "Chuyển giao đơn vị có chức năng xử lý"),
        ("Giẻ lau, găng tay dính dầu", "18 02 01", (8, 25), "Chuyển giao đơn vị có chức năng xử lý"),
        ("Bao bì cứng thải bằng kim loại", "18 01 02", (5, 20), "Chuyển giao đơn vị có chức năng xử lý"),
        ("Bóng đèn huỳnh quang thải", "16 01 06", (0.3, 1.2), "Chuyển giao đơn vị có chức năng xử lý"),
        ("Pin, ắc quy chì thải", "19 06 01", (2, 8), "Chuyển giao đơn vị có chức năng xử lý"),
    ]),
)  # fmt: skip


def _wastes_he1_vi(doc: Doc) -> None:
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – KHU LIÊN HỢP GANG THÉP KỲ LONG")
    doc.p("Mục 4. Kết quả quản lý chất thải rắn công nghiệp thông thường và chất thải nguy hại (số liệu năm 2024 để so sánh).")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng năm 2024 (tấn)", "Khối lượng năm 2025 (tấn)", "Biện pháp xử lý"]]
    merges = []
    k = 0
    for group, items in VN_BF_WASTES:
        rows.append([group, None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        for name, code, (lo, hi), how in items:
            k += 1
            t = _amount(doc, lo, hi)
            before = _amount(doc, lo, hi)
            rows.append([str(k), name, code or "-", num(before, "vi"), num(t, "vi"), how])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t,
                                   "name_contains": _words(name, 3)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 3)})
    doc.table("Bảng 4.1. Khối lượng chất thải rắn phát sinh", rows, merges, role="wastes")
    doc.p("Toàn bộ chất thải nguy hại được chuyển giao cho đơn vị có giấy phép môi trường phù hợp theo hợp đồng ký năm 2025.")
    maybe_distractor(doc)


# (RU kind, KK kind, [(RU variant or None, KK variant, code, (low, high), unit: "kt" | "t" | "pcs", RU handling, KK handling)])
ALU_WASTES = (
    ("Отработанная футеровка электролизеров", "Электролизерлердің пайдаланылған футеровкасы", [
        ("угольная часть (подовые и бортовые блоки)", "көміртекті бөлігі (түп және бүйір блоктары)", "16 11 01*", (4, 8), "kt",
         "передача на переработку (фторсолевая флотация)", "қайта өңдеуге беру (фтортұзды флотация)"),
        ("огнеупорная и теплоизоляционная часть", "отқа төзімді және жылу оқшаулағыш бөлігі", "16 11 03*", (3, 6), "kt",
         "размещение на полигоне опасных отходов", "қауіпті қалдықтар полигонына орналастыру"),
    ]),
    ("Огарки анодные", "Анод қалдықтары", [
        (None, None, "10 03 02", (40, 60), "kt", "возврат на анодную фабрику", "анод фабрикасына қайтару"),
    ]),
    ("Пыль и шламы газоочистки", "Газ тазартудың шаңы мен шламдары", [
        ("пыль электрофильтров печей обжига анодов", "анод күйдіру пештері электрсүзгілерінің шаңы", "10 03 19*", (150, 400), "t",
         "возврат в производство", "өндіріске қайтару"),
        ("шлам мокрой газоочистки печей обжига", "күйдіру пештерінің дымқыл газ тазарту шламы", "10 03 25*", (600, 1500), "t",
         "размещение на полигоне опасных отходов", "қауіпті қалдықтар полигонына орналастыру"),
    ]),
    ("Лом черных металлов", "Қара металл сынықтары", [
        (None, None, "17 04 05", (1500, 4000), "t", "передача на переработку", "қайта өңдеуге беру"),
    ]),
    ("Отработанные масла", "Пайдаланылған майлар", [
        ("моторные", "мотор майлары", "13 02 05*", (40, 90), "t", "передача на регенерацию", "регенерацияға беру"),
        ("гидравлические", "гидравликалық майлар", "13 01 10*", (20, 60), "t", "передача на регенерацию", "регенерацияға беру"),
    ]),
    ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", [
        (None, None, "20 01 21*", (800, 2400), "pcs", "передача на демеркуризацию", "демеркуризацияға беру"),
    ]),
    ("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", [
        (None, None, "20 03 01", (900, 1600), "t", "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
    ]),
)  # fmt: skip
UNITS = {"kt": ("тыс. т", "мың т"), "t": ("т", "т"), "pcs": ("шт.", "дана")}


def wastes_he2(doc: Doc) -> None:
    """An aluminium smelter's report on its wastes with a two-level name: the kind of waste merged down over its varieties
    (the carbon and the refractory parts of the spent potlining, dust and sludge of the gas cleaning, engine and hydraulic
    oils), each variety with its own code and amount, a kind without varieties merged across both name columns; the
    unit in a column of its own, thousands of tonnes for the potlining and the anode butts, lamps counted in pieces
    (no tonnes) (VI: a hot-dip galvanising plant's CTNH, the group merged over its wastes, kilograms a year, the zinc
    ash and steel scrap as ordinary wastes without a code)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_he2_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("Отчет по инвентаризации отходов за 2025 год. АО «Ақ Металл Алюминий»",
            "2025 жылғы қалдықтарды түгендеу жөніндегі есеп. «Ақ Металл Алюминий» АҚ"))
    doc.p(g("В 2025 году выполнен капитальный ремонт 46 электролизеров, чем обусловлен объем отработанной футеровки.",
            "2025 жылы 46 электролизерге күрделі жөндеу жүргізілді, пайдаланылған футеровканың көлемі соған байланысты."))
    rows = [g(["№", "Наименование отхода", None, "Код", "Количество", "Ед. изм.", "Обращение"],
              ["№", "Қалдықтың атауы", None, "Коды", "Саны", "Өлш. бірл.", "Жұмыс істеу"]),
            g([None, "вид", "разновидность", None, None, None, None], [None, "түрі", "түр тармағы", None, None, None, None])]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2)] + [(0, c, 1, c) for c in range(3, 7)]
    for k, (kind_ru, kind_kk, items) in enumerate(ALU_WASTES, 1):
        start = len(rows)
        kind = (kind_ru, kind_kk)[L]
        for v_ru, v_kk, code, (lo, hi), unit, h_ru, h_kk in items:
            first = len(rows) == start
            if unit == "kt":
                qty = _sig(r.uniform(lo, hi), 3)
                amount = _sig(qty * 1000, 6)
            elif unit == "pcs":
                qty, amount = float(r.randint(lo // 10, hi // 10) * 10), None
            else:
                qty = amount = _amount(doc, lo, hi)
            variety = (v_ru, v_kk)[L]
            rows.append([str(k) if first else None, kind if first else None, variety, code, num(qty, doc.lang), UNITS[unit][L],
                         (h_ru, h_kk)[L]])
            if variety is None:
                merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount,
                               "name_contains": _words(variety or kind, 2)})
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 1 – Образование отходов", "1-кесте – Қалдықтардың түзілуі"), rows, merges, role="wastes")
    maybe_distractor(doc)


# (group, [(name or None, code or None, (low, high) kg, state)])
GALV_WASTES = (
    ("Bao bì cứng thải", [("bằng kim loại (thùng chứa chất trợ dung, hóa chất thụ động)", "18 01 02", (300, 900), "Rắn"),
                          ("bằng nhựa (can chứa axit HCl)", "18 01 03", (500, 1500), "Rắn")]),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", [(None, "17 02 03", (200, 600), "Lỏng")]),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau nhiễm thành phần nguy hại", [("giẻ lau, găng tay dính dầu, hóa chất", "18 02 01", (150, 450), "Rắn"),
                                               ("vật liệu lọc của tháp hấp thụ khói axit", "18 02 01", (80, 250), "Rắn")]),
    ("Thiết bị, linh kiện thải", [("bóng đèn huỳnh quang thải", "16 01 06", (20, 60), "Rắn"),
                                 ("pin, ắc quy chì thải", "19 06 01", (50, 200), "Rắn")]),
)  # fmt: skip
GALV_ORDINARY = (("Xỉ kẽm, tro kẽm (bán cho đơn vị tái chế)", (40000, 90000)), ("Phế liệu thép, đầu mẩu", (15000, 40000)),
                 ("Bao bì giấy, pallet gỗ hư hỏng", (3000, 8000)))


def _wastes_he2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY MẠ KẼM NHÚNG NÓNG YÊN PHONG")
    doc.h("Phụ lục 3. Yêu cầu về quản lý chất thải")
    doc.p("A. Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên:")
    rows = [["TT", "Nhóm chất thải", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng (kg/năm)"]]
    merges = []
    for k, (group, items) in enumerate(GALV_WASTES, 1):
        start = len(rows)
        for name, code, (lo, hi), state in items:
            first = len(rows) == start
            kg = float(r.randint(lo // 10, hi // 10) * 10)
            rows.append([str(k) if first else None, group if first else None, name, code, state, num(kg, "vi")])
            if name is None:
                merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000,
                               "name_contains": _words(name or group, 3)})
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(None, rows, merges, role="wastes")
    doc.p("B. Khối lượng chất thải rắn công nghiệp thông thường phát sinh:")
    rows = [["TT", "Tên chất thải", "Khối lượng (kg/năm)"]]
    for k, (name, (lo, hi)) in enumerate(GALV_ORDINARY, 1):
        kg = float(r.randint(lo // 100, hi // 100) * 100)
        rows.append([str(k), name, num(kg, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 3)})
    doc.table(None, rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (point, RU place, KK place)
ZN_POINTS = (("Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік"), ("Т-2", "граница СЗЗ, восток", "СҚА шекарасы, шығыс"),
             ("Т-3", "жилая зона, ул. Бажова", "тұрғын аймақ, Бажов к."))
# code: (ПДК м.р., unit as the contract writes it, RU unit, KK unit, (low, high) share of the ПДК)
ZN_AIR = {"0330": (0.5, "mg/m3", "мг/м3", "мг/м3", (0.1, 0.9)), "2902": (0.5, "mg/m3", "мг/м3", "мг/м3", (0.1, 0.8)),
          "0301": (0.2, "mg/m3", "мг/м3", "мг/м3", (0.1, 0.7)), "0322": (0.3, "mg/m3", "мг/м3", "мг/м3", (0.02, 0.3)),
          "0184": (1, "µg/m3", "мкг/м3", "мкг/м3", (0.1, 0.9))}


def limits_he1(doc: Doc) -> None:
    """A zinc and lead refinery's report on ПЭК: the air at the protection-zone boundary and in the town, each point
    merged down over its four sampling dates, the substances as columns under four header rows — the name, the code,
    the ПДК м.р. and the unit — lead given in µg/m3 beside the others in mg/m3, lead below detection written `< 0,1` (VI: a zinc
    smelter's air in four rounds at three points against QCVN 05:2023/BTNMT, lead a 24-hour value marked with an
    asterisk, `KPH` for nothing found)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_he1_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("Отчет по производственному экологическому контролю за 2025 год. ТОО «Алтай Мырыш» (цинковый завод)",
            "2025 жылғы өндірістік экологиялық бақылау бойынша есеп. «Алтай Мырыш» ЖШС (мырыш зауыты)"))
    doc.h(g("4.2. Мониторинг воздействия на атмосферный воздух", "4.2. Атмосфералық ауаға әсер мониторингі"))
    doc.p(g("Отбор проб выполнен аккредитованной лабораторией в дни с наибольшей повторяемостью ветров в сторону жилой застройки.",
            "Сынамаларды аккредиттелген зертхана тұрғын үйлер жаққа қарай желдің қайталануы ең жоғары күндері алды."))
    codes = list(ZN_AIR)
    rows = [[g("Точка отбора", "Сынама алу нүктесі"), g("Дата", "Күні"), *(_air(doc, c) for c in codes)],
            [g("Код ЗВ", "ЛЗ коды"), None, *codes],
            [g("ПДК м.р.", "ШЖК м.б."), None, *(num(ZN_AIR[c][0], doc.lang) for c in codes)],
            [g("Единица измерения", "Өлшем бірлігі"), None, *(ZN_AIR[c][2 + L] for c in codes)]]
    merges = [(1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 3, 1)]
    months = (2, 5, 8, 11)
    days = [r.randint(5, 25) for _ in months]
    for pid, p_ru, p_kk in ZN_POINTS:
        start = len(rows)
        for d, m in zip(days, months, strict=True):
            line = [f"{pid} ({(p_ru, p_kk)[L]})" if len(rows) == start else None, f"{d:02d}.{m:02d}.2025"]
            for c in codes:
                pdk, unit, _, _, (lo, hi) = ZN_AIR[c]
                if c == "0184" and r.random() < 0.3:
                    line.append(f"< {num(0.1, doc.lang)}")
                    add(doc, {k: v for k, v in limit(("code", c), "air", pdk, unit, None, pid).items() if k != "value"})
                    continue
                v = _sig(pdk * r.uniform(lo, hi), 2)
                line.append(num(v, doc.lang))
                add(doc, limit(("code", c), "air", pdk, unit, None, pid, v))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 4.2 – Результаты наблюдений за качеством атмосферного воздуха",
                "4.2-кесте – Атмосфералық ауаның сапасын бақылау нәтижелері"), rows, merges, role="limits")
    doc.p(g("«<» – ниже предела обнаружения методики. Превышений ПДК м.р. не зафиксировано.",
            "«<» – әдістеменің анықтау шегінен төмен. ШЖК м.б. асып кету тіркелген жоқ."))
    maybe_distractor(doc)


# (code, VI label, limit µg/m3, (low, high) share)
ZN_VI_AIR = (("2902", "Tổng bụi lơ lửng (TSP)", 300, (0.2, 0.8)), ("0330", "SO2", 350, (0.1, 0.7)), ("0301", "NO2", 200, (0.1, 0.6)),
             ("0337", "CO", 30000, (0.05, 0.3)), ("0184", "Chì (Pb)*", 1.5, (0.05, 0.6)))
ZN_VI_POINTS = (("KK1", "Cổng nhà máy"), ("KK2", "Cuối hướng gió, cách nhà máy 300 m"), ("KK3", "Khu dân cư tổ 5, phường Cải Đan"))


def _limits_he1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY KẼM ĐIỆN PHÂN SÔNG CÔNG MỚI")
    doc.p("Bảng dưới đây tổng hợp kết quả quan trắc môi trường không khí xung quanh của 4 đợt trong năm.")
    rows = [["Vị trí", "Đợt quan trắc", *(x[1] for x in ZN_VI_AIR)],
            ["QCVN 05:2023/BTNMT", None, *(num(x[2], "vi") for x in ZN_VI_AIR)],
            ["Đơn vị", None, *("µg/m3" for _ in ZN_VI_AIR)]]
    merges = [(1, 0, 1, 1), (2, 0, 2, 1)]
    for pid, place in ZN_VI_POINTS:
        start = len(rows)
        for k in range(1, 5):
            line = [f"{pid} – {place}" if k == 1 else None, f"Đợt {k} ({r.randint(5, 25):02d}/{3 * k:02d}/2025)"]
            for c, _, lim, (lo, hi) in ZN_VI_AIR:
                key = ("symbol", "Pb") if c == "0184" else ("code", c)  # `Chì (Pb)`: the element, as the report names it
                if c == "0184" and r.random() < 0.25:
                    line.append("KPH")
                    add(doc, {k: v for k, v in limit(key, "air", lim, "µg/m3", None, pid).items() if k != "value"})
                    continue
                v = float(round(lim * r.uniform(lo, hi))) if lim >= 100 else _sig(lim * r.uniform(lo, hi), 2)
                line.append(num(v, "vi"))
                add(doc, limit(key, "air", lim, "µg/m3", None, pid, v))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 3.2. Kết quả quan trắc không khí xung quanh", rows, merges, role="limits")
    doc.p("Ghi chú: (*) giá trị giới hạn trung bình 24 giờ; các thông số khác là giá trị trung bình 1 giờ. KPH: không phát hiện.")
    maybe_distractor(doc)


# (number, RU, KK, {code: norm mg/Nm3})
FERRO_STACKS = (
    ("0001", "Газоочистка рудотермических печей № 1, 2 (рукавный фильтр)", "№ 1, 2 кен-термиялық пештердің газ тазартуы (жеңді сүзгі)",
     {"2908": 30, "0143": 1.5, "0337": 1000, "0330": 400, "0301": 250}),
    ("0002", "Газоочистка рудотермических печей № 3, 4 (рукавный фильтр)", "№ 3, 4 кен-термиялық пештердің газ тазартуы (жеңді сүзгі)",
     {"2908": 30, "0143": 1.5, "0337": 1000, "0330": 400, "0301": 250}),
    ("0003", "Аспирация дробильно-сортировочного отделения", "Ұсату-сұрыптау бөлімшесінің аспирациясы", {"2908": 20, "0143": 1.0}),
)  # fmt: skip
GAS_ROWS = (("Температура газа, °С", "Газдың температурасы, °С", (85, 140)), ("Скорость газа, м/с", "Газдың жылдамдығы, м/с", (9, 16)),
            ("Объем газов, нм3/с", "Газдар көлемі, нм3/с", (40, 95)))


def limits_he2(doc: Doc) -> None:
    """A ferroalloy plant's stack measurements against the КЭР's technological norms: the source merged down over its rows,
    three rows of gas parameters without a norm first, then each substance with its norm in mg/Nm3, the concentration as
    measured and the one brought to normal conditions and dry gas side by side, a conclusion column (no measured value is
    expected, the table giving two) (VI: a zinc smelter's waste water in three rounds against QCVN 40:2011/BTNMT column A,
    the standard's value C beside Cmax worked out with Kq and Kf — the limit in force)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_he2_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("Протокол сопоставления результатов инструментальных замеров с технологическими нормативами. АО «Ертіс Феррум»",
            "Аспаптық өлшеулер нәтижелерін технологиялық нормативтермен салыстыру хаттамасы. «Ертіс Феррум» АҚ"))
    doc.p(g(f"Замеры выполнены {r.randint(3, 27):02d}.{r.choice(('03', '06', '09'))}.2025 при выплавке ферросилиция марки ФС75 в "
            "установившемся режиме работы печей.",
            f"Өлшеулер {r.randint(3, 27):02d}.{r.choice(('03', '06', '09'))}.2025 ФС75 маркалы ферросилиций балқыту кезінде пештердің "
            "тұрақты жұмыс режимінде орындалды."))
    rows = [g(["№ ИЗА", "Источник", "Показатель", "Технологический норматив, мг/Нм3", "Результат измерений", None, "Вывод"],
              ["ЛШК №", "Көз", "Көрсеткіш", "Технологиялық норматив, мг/Нм3", "Өлшеу нәтижесі", None, "Қорытынды"]),
            g([None, None, None, None, "фактическая концентрация, мг/м3", "приведенная к н.у. (сухой газ), мг/Нм3", None],
              [None, None, None, None, "нақты концентрация, мг/м3", "қ.ж. келтірілген (құрғақ газ), мг/Нм3", None])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
    ok, over = g("соответствует", "сәйкес"), g("превышение", "асып кету")
    for number, s_ru, s_kk, norms in FERRO_STACKS:
        start = len(rows)
        for j, (p_ru, p_kk, (lo, hi)) in enumerate(GAS_ROWS):
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, (p_ru, p_kk)[L], "–",
                         num(_sig(r.uniform(lo, hi), 3), doc.lang), "–", ""])
        for c, norm in norms.items():
            fact = _sig(norm * r.uniform(0.2, 0.85), 3)
            corrected = _sig(fact * r.uniform(1.1, 1.35), 3)
            rows.append([None, None, _air(doc, c), num(norm, doc.lang), num(fact, doc.lang), num(corrected, doc.lang),
                         ok if corrected <= norm else over])
            add(doc, {k: v for k, v in limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number).items() if k != "value"})
            doc.add("emissions", emission(c, None, None, number))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        doc.add("sources", {"number": number, "type": "organized"})
    doc.table(g("Таблица 1", "1-кесте"), rows, merges, role="limits")
    doc.p(g("Измерения выполнены в соответствии с ГОСТ 17.2.4.06 и ГОСТ 33007; приведение выполнено к температуре 273 К и давлению "
            "101,3 кПа.", "Өлшеулер ГОСТ 17.2.4.06 және ГОСТ 33007 сәйкес орындалды; 273 К температураға және 101,3 кПа қысымға келтірілді."))
    maybe_distractor(doc)


def _k(x: float) -> str:
    """A coefficient as Vietnamese documents print it: `0,9`, `1,0`."""
    return f"{x:.1f}".replace(".", ",")


ZN_WATER = ("pH", "TSS", "COD", "Zn", "Pb", "Cd", "As", "Fe")


def _limits_he2_vi(doc: Doc) -> None:
    r = doc.rng
    kq, kf = 0.9, doc.pick((1.0, 1.1))
    doc.h("KẾT QUẢ QUAN TRẮC NƯỚC THẢI SAU XỬ LÝ NĂM 2025 – NHÀ MÁY KẼM ĐIỆN PHÂN SÔNG CÔNG MỚI")
    doc.p(f"Vị trí lấy mẫu: NT1 – nước thải sau hệ thống xử lý tập trung (kết tủa hydroxit, lắng, lọc), trước khi xả ra suối Văn Dân. "
          f"Nguồn tiếp nhận có Kq = {_k(kq)}; lưu lượng xả thải tương ứng Kf = {_k(kf)}.")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả tại NT1", None, None, "QCVN 40:2011/BTNMT, cột A", None],
            [None, None, None, "Đợt 1", "Đợt 2", "Đợt 3", "C", "Cmax = C × Kq × Kf"]]
    merges = [(0, c, 1, c) for c in range(3)] + [(0, 3, 0, 5), (0, 6, 0, 7)]
    keys = [k for k in ZN_WATER if k in ("pH", "Zn", "Pb", "Cd") or r.random() < 0.75]
    for k, s in enumerate(keys, 1):
        c = QCVN40[s][0]
        cmax = c if s == "pH" else _sig(c * kq * kf, 6)
        line = [str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l"]
        for _ in range(3):
            if s == "pH":
                v = round(r.uniform(6.5, 8.4), 1)
            elif s in ("Cd", "As") and r.random() < 0.3:
                line.append("KPH")
                add(doc, {key: x for key, x in limit(("symbol", s), "waste_water", cmax, "mg/l", "A", "NT1").items() if key != "value"})
                continue
            else:
                v = _sig(cmax * r.uniform(0.1, 0.8), 2)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", cmax, "mg/l", "A", "NT1", v))
        line += [cell(doc, c), cell(doc, cmax)]
        rows.append(line)
    doc.table("Bảng 4. Kết quả phân tích nước thải sau xử lý", rows, merges, role="limits")
    doc.p("KPH: không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring


def _lower(name: str) -> str:
    """A name inside a list in one cell: `серы диоксид`, formulas and abbreviations kept."""
    return name if name[:2].isupper() or name[:1].isdigit() else name[:1].lower() + name[1:]


# (point, RU place, KK place, coordinates, [(kind, keys, frequency)])
CU_POINTS = (
    ("ПН-1", "граница СЗЗ (1000 м), север", "СҚА шекарасы (1000 м), солтүстік", "46°51′40″ / 74°58′12″",
     [("code", ("0330", "2902"), "monthly"), ("code", ("0184",), "quarterly")]),
    ("ПН-2", "граница СЗЗ (1000 м), юго-восток", "СҚА шекарасы (1000 м), оңтүстік-шығыс", "46°50′31″ / 75°00′54″",
     [("code", ("0330", "2902", "0301"), "monthly"), ("code", ("0184",), "quarterly")]),
    ("ПН-3", "жилая зона, мкр. Сабитовой", "тұрғын аймақ, Сәбитова шағынауданы", "46°50′02″ / 74°59′20″",
     [("code", ("0330",), "daily"), ("code", ("2902", "0301", "0337"), "monthly"), ("code", ("0184",), "quarterly")]),
    ("Н-1", "наблюдательная скважина выше шлакоотвала (фон)", "қож үйіндісінен жоғары бақылау ұңғымасы (фон)", "46°52′15″ / 74°57′03″",
     [("symbol", ("pH", "SO4", "Cu", "Zn"), "quarterly"), ("symbol", ("Pb", "Cd", "As"), "semiannual")]),
    ("Н-2", "наблюдательная скважина ниже шлакоотвала", "қож үйіндісінен төмен бақылау ұңғымасы", "46°51′58″ / 74°57′49″",
     [("symbol", ("pH", "SO4", "Cu", "Zn"), "quarterly"), ("symbol", ("Pb", "Cd", "As"), "semiannual")]),
)  # fmt: skip


def _name(doc: Doc, kind: str, key: str) -> str:
    return _air(doc, key) if kind == "code" else vocab.water(key, doc.lang)


def monitoring_he1(doc: Doc) -> None:
    """A copper smelter's programme of impact monitoring whose one cell per point joins groups of substances, each group
    followed by its own frequency after a dash and the groups split by semicolons (`серы диоксид, взвешенные частицы –
    ежемесячно; свинец и его соединения – ежеквартально`), sulphur dioxide daily at the residential post, coordinates and
    the performer beside it (VI: a tin smelter's GPMT programme, `thông số: tần suất` groups in one cell, automatic and
    periodic stack monitoring in the same cell)."""
    if doc.lang == "vi":
        _monitoring_he1_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("Программа производственного экологического контроля. ТОО «Тораңғы Мыс Смелтинг»",
            "Өндірістік экологиялық бақылау бағдарламасы. «Тораңғы Мыс Смелтинг» ЖШС"))
    doc.h(g("Раздел 6. Мониторинг воздействия", "6-бөлім. Әсер мониторингі"))
    doc.p(g("Посты наблюдения за атмосферным воздухом размещены с учетом розы ветров; подземные воды контролируются по двум "
            "наблюдательным скважинам у шлакоотвала.",
            "Атмосфералық ауаны бақылау бекеттері жел раушанын ескере отырып орналастырылған; жерасты сулары қож үйіндісі "
            "жанындағы екі бақылау ұңғымасы бойынша бақыланады."))
    rows = [g(["№", "Пункт наблюдения", "Координаты (с.ш. / в.д.)", "Контролируемые показатели и периодичность", "Исполнитель"],
              ["№", "Бақылау пункті", "Координаттары (с.е. / ш.б.)", "Бақыланатын көрсеткіштер және кезеңділігі", "Орындаушы"])]
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана")
    post = g("автоматический пост (АСМ)", "автоматты бекет (АМЖ)")
    for k, (pid, p_ru, p_kk, coords, groups) in enumerate(CU_POINTS, 1):
        parts = []
        for kind, keys, word in groups:
            names = ", ".join(_lower(_name(doc, kind, key)) for key in keys)
            parts.append(f"{names} – {_fw(doc, word)}")
            doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for key in keys))
        who = f"{post}; {lab}" if any(w == "daily" for _, _, w in groups) else lab
        rows.append([str(k), f"{pid} – {(p_ru, p_kk)[L]}", coords, "; ".join(parts), who])
    doc.table(g("Таблица 6.1 – План-график мониторинга воздействия", "6.1-кесте – Әсер мониторингінің жоспар-кестесі"), rows, role="monitoring")
    doc.p(g("Результаты наблюдений на посту ПН-3 передаются в информационную систему уполномоченного органа в режиме реального времени.",
            "ПН-3 бекетіндегі бақылау нәтижелері уәкілетті органның ақпараттық жүйесіне нақты уақыт режимінде беріледі."))
    maybe_distractor(doc)


# (point, place, [(kind, [(key, label)], frequency)])
TIN_POINTS = (
    ("KT1", "Ống khói lò luyện thiếc (sau hệ thống lọc bụi túi vải và tháp hấp thụ SO2)",
     [("code", [("2902", "Bụi tổng"), ("0330", "SO2")], "continuous"),
      ("code", [("0301", "NOx (tính theo NO2)"), ("0337", "CO")], "quarterly")]),
    ("KT2", "Ống thải lò nung quặng tinh",
     [("code", [("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NOx (tính theo NO2)"), ("0337", "CO")], "quarterly")]),
    ("NT1", "Nước thải sau trạm xử lý, trước khi xả ra suối Nậm Tôn",
     [("symbol", [("pH", "pH"), ("TSS", "TSS"), ("COD", "COD")], "monthly"),
      ("symbol", [("As", "Asen (As)"), ("Pb", "Chì (Pb)"), ("Cd", "Cadimi (Cd)"), ("Zn", "Kẽm (Zn)")], "quarterly")]),
    ("KK1", "Khu dân cư bản Tăng, cách nhà máy 500 m",
     [("code", [("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NO2")], "semiannual")]),
)  # fmt: skip


def _monitoring_he1_vi(doc: Doc) -> None:
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY LUYỆN THIẾC CHÂU TIẾN")
    doc.h("Phụ lục 4. Chương trình quan trắc môi trường")
    rows = [["TT", "Vị trí quan trắc", "Thông số và tần suất quan trắc", "Quy chuẩn so sánh"]]
    stds = {"KT": "QCVN 19:2009/BTNMT cột B", "NT": "QCVN 40:2011/BTNMT cột A", "KK": "QCVN 05:2023/BTNMT"}
    for k, (pid, place, groups) in enumerate(TIN_POINTS, 1):
        parts = []
        for kind, items, word in groups:
            said = "liên tục (tự động)" if word == "continuous" else _fw(doc, word)
            parts.append(f"{', '.join(label for _, label in items)}: {said}")
            doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for key, _ in items))
        rows.append([str(k), f"{pid} – {place}", "; ".join(parts), stds[pid[:2]]])
    doc.table("Bảng PL4.1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
    doc.p("Hệ thống quan trắc khí thải tự động tại KT1 phải truyền số liệu liên tục về Sở Nông nghiệp và Môi trường tỉnh Nghệ An.")
    maybe_distractor(doc)


# (number, RU, KK, [codes])
FERRO_SOURCES = (
    ("0001", "Газоочистка РКП-1 (печи № 1, 2)", "РКП-1 газ тазартуы (№ 1, 2 пештер)", ["2908", "0143", "0337", "0330", "0301"]),
    ("0002", "Газоочистка РКП-2 (печи № 3, 4)", "РКП-2 газ тазартуы (№ 3, 4 пештер)", ["2908", "0143", "0337", "0330", "0301"]),
    ("0003", "Аспирация дробильно-сортировочного отделения", "Ұсату-сұрыптау бөлімшесінің аспирациясы", ["2908", "0143"]),
    ("0004", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", ["0301", "0304", "0337", "0330", "0328"]),
    ("6001", "Склад шихтовых материалов (открытый)", "Шихта материалдарының қоймасы (ашық)", ["2908"]),
    ("6002", "Участок разливки и дробления сплава", "Қорытпаны құю және ұсату учаскесі", ["2908", "0143"]),
)  # fmt: skip


def monitoring_he2(doc: Doc) -> None:
    """A ferroalloy plant's programme in two tables: the sources with the substances each emits (`code – name` joined by
    semicolons in one cell, a table of sources), then the plan-graph whose rows give one or more source numbers and
    either the substances by their codes or the words `все вещества по табл. 5.1` — the substances to be read from the
    first table — the automated system's continuous control on a row of its own (VI: a steel mill's GPMT, the waste-gas
    streams with their limits in a first table, the periodic monitoring of `các thông số tại Bảng 1`)."""
    if doc.lang == "vi":
        _monitoring_he2_vi(doc)
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("Программа производственного экологического контроля АО «Ертіс Феррум» на 2026–2028 годы",
            "«Ертіс Феррум» АҚ 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("5. Мониторинг эмиссий в атмосферный воздух", "5. Атмосфералық ауаға эмиссиялар мониторингі"))
    rows = [g(["№ ИЗА", "Наименование источника", "Тип источника", "Выбрасываемые загрязняющие вещества (код – наименование)"],
              ["ЛШК №", "Көздің атауы", "Көз түрі", "Шығарылатын ластаушы заттар (коды – атауы)"])]
    org, unorg = g("организованный", "ұйымдастырылған"), g("неорганизованный", "ұйымдастырылмаған")
    codes_of = {}
    for number, s_ru, s_kk, codes in FERRO_SOURCES:
        codes_of[number] = codes
        rows.append([number, (s_ru, s_kk)[L], unorg if number.startswith("6") else org,
                     "; ".join(f"{c} – {_lower(_air(doc, c))}" for c in codes)])
        doc.add("emissions", *(emission(c, None, None, number) for c in codes))
        doc.add("sources", {"number": number, "type": _kind(number)})
    doc.table(g("Таблица 5.1 – Источники выбросов и выбрасываемые вещества", "5.1-кесте – Шығарынды көздері және шығарылатын заттар"),
              rows, role="sources")
    every = g("все вещества по табл. 5.1", "5.1-кесте бойынша барлық заттар")
    plan = (
        (("0001", "0002"), None, "quarterly", g("инструментальный", "аспаптық")),
        (("0001", "0002"), ("0337", "0330", "0301"), "continuous", g("автоматизированная система мониторинга", "автоматтандырылған мониторинг жүйесі")),
        (("0003",), None, "semiannual", g("инструментальный", "аспаптық")),
        (("0004",), ("0301", "0337"), "quarterly", g("инструментальный (в отопительный период)", "аспаптық (жылыту маусымында)")),
        (("6001", "6002"), None, "yearly", g("расчетный", "есептік")),
    )
    rows = [g(["№ п/п", "Номера источников", "Контролируемые вещества", "Периодичность", "Метод контроля"],
              ["Р/с №", "Көздердің нөмірлері", "Бақыланатын заттар", "Кезеңділігі", "Бақылау әдісі"])]
    for k, (numbers, codes, word, method) in enumerate(plan, 1):
        rows.append([str(k), ", ".join(numbers), ", ".join(codes) if codes else every, _fw(doc, word), method])
        for n in numbers:
            doc.add("monitoring", *({"source_number": n, "code": c, "frequency": word} for c in (codes or codes_of[n])))
    doc.table(g("Таблица 5.2 – План-график контроля на источниках выбросов", "5.2-кесте – Шығарынды көздеріндегі бақылау жоспар-кестесі"),
              rows, role="monitoring")
    maybe_distractor(doc)


KP_KV = (0.9, 1.0)
# (stream, point, [code, label])
VI_STREAMS = (
    ("Dòng khí thải số 01: khí thải lò điện hồ quang và lò tinh luyện sau hệ thống lọc bụi túi vải", "KT1",
     [("2902", "Bụi tổng"), ("0337", "CO"), ("0330", "SO2"), ("0301", "NOx (tính theo NO2)")]),
    ("Dòng khí thải số 02: khí thải lò nung phôi cán", "KT2", [("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NOx (tính theo NO2)"), ("0337", "CO")]),
)  # fmt: skip
QCVN19B = {"2902": 200, "0337": 1000, "0330": 500, "0301": 850}


def _monitoring_he2_vi(doc: Doc) -> None:
    r = doc.rng
    kp, kv = KP_KV
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY LUYỆN PHÔI THÉP PHÚ MỸ XANH")
    doc.h("Phụ lục 2. Bảo đảm giá trị giới hạn đối với khí thải và yêu cầu bảo vệ môi trường đối với thu gom, xử lý khí thải")
    rows = [["Dòng khí thải", "Ký hiệu vị trí xả", "Thông số", "Đơn vị",
             f"Giá trị giới hạn (QCVN 19:2009/BTNMT cột B, Kp = {_k(kp)}; Kv = {_k(kv)})"]]
    merges = []
    for stream, pid, items in VI_STREAMS:
        start = len(rows)
        rows.append([stream, pid, "Lưu lượng xả khí thải lớn nhất", "m3/h", num(r.randint(40, 120) * 10000, "vi")])
        for c, label in items:
            lim = _sig(QCVN19B[c] * kp * kv, 6)
            rows.append([None, None, label, "mg/Nm3", num(lim, "vi")])
            add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", "B", pid))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 1. Các dòng khí thải và giá trị giới hạn các chất ô nhiễm", rows, merges, role="limits")
    rows = [["TT", "Vị trí quan trắc", "Thông số quan trắc", "Tần suất"],
            ["1", "KT1, KT2", "Các thông số quy định tại Bảng 1 (trừ lưu lượng)", freq(doc, "quarterly")],
            ["2", "KT1", "Lưu lượng, nhiệt độ, áp suất, O2 dư, bụi tổng, CO (quan trắc tự động)", "liên tục"]]
    for _, pid, items in VI_STREAMS:
        doc.add("monitoring", *({"point_contains": pid, "code": c, "frequency": "quarterly"} for c, _ in items))
    doc.add("monitoring", *({"point_contains": "KT1", "code": c, "frequency": "continuous"} for c in ("2902", "0337")))
    doc.table("Bảng 2. Quan trắc khí thải định kỳ và tự động", rows, role="monitoring")
    doc.p("Số liệu quan trắc tự động được truyền trực tiếp về Sở Nông nghiệp và Môi trường theo quy định.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU item, KK item, frequency or None, RU frequency as written, KK, RU executor, KK executor)
GOU_ITEMS = (
    ("Визуальный осмотр корпуса фильтра и газоходов на наличие подсосов и пылевыделений",
     "Сүзгі корпусы мен газ жолдарын ауа сорылуы мен шаң бөлінуінің болуына көзбен қарау", None, "ежесменно", "әр ауысымда",
     "сменный мастер ГОУ", "ГТҚ ауысым шебері"),
    ("Проверка перепада давления на фильтре и работы системы регенерации рукавов",
     "Сүзгідегі қысым айырмасын және жеңдерді регенерациялау жүйесінің жұмысын тексеру", "daily", "ежедневно", "күн сайын",
     "оператор ГОУ", "ГТҚ операторы"),
    ("Контроль ведения журнала работы ГОУ и учета простоев", "ГТҚ жұмыс журналын және тоқтап тұруды есепке алуды жүргізуді бақылау",
     "monthly", "ежемесячно", "ай сайын", "инженер-эколог", "инженер-эколог"),
    ("Проверка эффективности очистки (замеры на входе и выходе)", "Тазарту тиімділігін тексеру (кірер және шығар жердегі өлшеулер)",
     "quarterly", "1 раз в квартал", "тоқсанына 1 рет", "лаборатория ООС", "ҚОҚ зертханасы"),
    ("Проверка технического состояния ГОУ с составлением акта", "Акт жасай отырып ГТҚ техникалық жай-күйін тексеру", "yearly",
     "1 раз в год", "жылына 1 рет", "комиссия под председательством главного инженера", "бас инженер төрағалық ететін комиссия"),
    ("Внеочередная проверка после замены рукавов", "Жеңдерді ауыстырғаннан кейінгі кезектен тыс тексеру", None,
     "после каждого ремонта", "әр жөндеуден кейін", "начальник цеха", "цех бастығы"),
)  # fmt: skip
GOU_UNITS = (("ГОУ РКП-1 (рукавный фильтр печей № 1, 2)", "РКП-1 ГТҚ (№ 1, 2 пештердің жеңді сүзгісі)"),
             ("ГОУ РКП-2 (рукавный фильтр печей № 3, 4)", "РКП-2 ГТҚ (№ 3, 4 пештердің жеңді сүзгісі)"),
             ("Аспирационная установка ДСО", "ҰСБ аспирациялық қондырғысы"))


def inspections_he1(doc: Doc) -> None:
    """A ferroalloy plant's instruction on checking its gas-cleaning units: the unit merged down over the items checked on
    it, and the frequency and the executor written in one cell split by a slash (`ежемесячно / инженер-эколог`), a check
    every shift and one after each repair that give no frequency of the contract (VI: a hot-dip galvanising plant's
    acid-fume scrubber and bag filter, `hằng tháng / Tổ trưởng ca`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    if vi:
        units = [("Tháp hấp thụ khói axit bể tẩy gỉ (dung dịch NaOH)", _GALV_SCRUBBER), ("Hệ thống lọc bụi túi vải bể mạ kẽm", _GALV_FILTER)]
        doc.h("QUY TRÌNH KIỂM TRA, VẬN HÀNH CÁC CÔNG TRÌNH XỬ LÝ KHÍ THẢI – NHÀ MÁY MẠ KẼM NHÚNG NÓNG YÊN PHONG")
        doc.p("Ban hành kèm theo Quyết định số 18/QĐ-YP của Giám đốc nhà máy. Áp dụng cho các tổ vận hành và bộ phận môi trường.")
        head = ["TT", "Công trình", "Nội dung kiểm tra", "Tần suất / người thực hiện"]
    else:
        L = _L(doc)
        items = [(i[L], i[2], (i[3], i[4])[L], (i[5], i[6])[L]) for i in GOU_ITEMS]
        units = [(u[L], items) for u in GOU_UNITS if u[0].startswith("ГОУ") or r.random() < 0.7]
        doc.h(doc.v("Инструкция по контролю работы газоочистных установок АО «Ертіс Феррум»",
                    "«Ертіс Феррум» АҚ газ тазарту қондырғыларының жұмысын бақылау жөніндегі нұсқаулық", ""))
        doc.p(doc.v("Приложение 2. Перечень проверок, выполняемых при эксплуатации ГОУ плавильных цехов.",
                    "2-қосымша. Балқыту цехтарының ГТҚ пайдалану кезінде орындалатын тексерулер тізбесі.", ""))
        head = doc.v(["№", "Установка", "Что проверяется", "Периодичность / исполнитель"],
                     ["№", "Қондырғы", "Не тексеріледі", "Кезеңділігі / орындаушы"], [])
    rows = [head]
    merges = []
    n = 0
    for unit, items in units:
        start = len(rows)
        chosen = [it for it in items if it[1] in ("monthly", "quarterly", "yearly") or r.random() < 0.7]
        for text, word, said, who in chosen:
            n += 1
            rows.append([str(n), unit if len(rows) == start else None, text, f"{said} / {who}"])
            item = {"kind": "inspection", "text_contains": _words(text, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        merges.append((start, 1, len(rows) - 1, 1))
    doc.table(doc.v("Таблица 1", "1-кесте", "Bảng 1. Nội dung và tần suất kiểm tra"), rows, merges, role="inspections")
    doc.p(doc.v("Результаты проверок заносятся в журнал работы ГОУ; выявленные неисправности устраняются до пуска печи.",
                "Тексеру нәтижелері ГТҚ жұмыс журналына енгізіледі; анықталған ақаулар пешті іске қосқанға дейін жойылады.",
                "Kết quả kiểm tra được ghi vào sổ nhật ký vận hành; hư hỏng phát hiện phải được khắc phục trước khi vận hành lại."))
    maybe_distractor(doc)


# (item, frequency or None, as written, executor)
_GALV_SCRUBBER = (
    ("Kiểm tra độ pH dung dịch hấp thụ và mực dung dịch trong bể tuần hoàn", "daily", "hằng ngày", "Công nhân vận hành"),
    ("Kiểm tra tình trạng quạt hút, đường ống, van và chụp hút", None, "mỗi ca", "Tổ trưởng ca"),
    ("Vệ sinh đầu phun, kiểm tra lớp vật liệu đệm của tháp", "monthly", "hằng tháng", "Tổ bảo trì"),
    ("Đo kiểm hiệu suất xử lý HCl tại đầu vào và đầu ra", "quarterly", "03 tháng/lần", "Cán bộ môi trường"),
    ("Kiểm tra tổng thể tháp hấp thụ, lập biên bản", "yearly", "1 lần/năm", "Phó Giám đốc kỹ thuật"),
    ("Kiểm tra đột xuất khi bơm tuần hoàn hỏng", None, "khi có sự cố", "Quản đốc phân xưởng"),
)
_GALV_FILTER = (
    ("Kiểm tra chênh áp qua túi lọc và hệ thống rũ bụi khí nén", "daily", "hằng ngày", "Công nhân vận hành"),
    ("Kiểm tra chụp hút khói kẽm trên bể mạ và quạt hút", None, "mỗi ca", "Tổ trưởng ca"),
    ("Kiểm tra, thay thế túi lọc rách, vệ sinh phễu thu bụi", "monthly", "hằng tháng", "Tổ bảo trì"),
    ("Đo kiểm nồng độ bụi tại ống thải sau lọc bụi", "quarterly", "03 tháng/lần", "Cán bộ môi trường"),
    ("Kiểm tra tổng thể hệ thống lọc bụi, lập biên bản", "yearly", "1 lần/năm", "Phó Giám đốc kỹ thuật"),
    ("Kiểm tra đột xuất sau sự cố rách túi lọc", None, "khi có sự cố", "Quản đốc phân xưởng"),
)


# (RU unit, KK unit, VI unit, RU subject, KK subject, VI subject, frequency, RU checker, KK checker, VI checker, clause)
STEEL_CHECKS = (
    ("Коксохимическое производство", "Кокс-химия өндірісі", "Nhà máy luyện cốc",
     "Герметичность дверей и люков коксовых батарей, работа установок беспылевой выдачи кокса",
     "Кокс батареялары есіктері мен люктерінің тығыздығы, кокс шаңсыз шығару қондырғыларының жұмысы",
     "Độ kín cửa lò, nắp nạp than và hoạt động của hệ thống thu bụi ra cốc", "monthly", "главный эколог", "бас эколог",
     "Trưởng phòng Môi trường", "3.1"),
    ("Аглофабрика", "Агломерация фабрикасы", "Nhà máy thiêu kết",
     "Работа электрофильтров агломашин и учет их простоев", "Агломашиналар электрсүзгілерінің жұмысы және олардың тоқтап тұруын есепке алу",
     "Hoạt động của lọc bụi tĩnh điện máy thiêu kết và sổ theo dõi dừng máy", "quarterly", "инженер-эколог", "инженер-эколог",
     "Cán bộ môi trường", "3.2"),
    ("Доменный цех", "Домна цехы", "Nhà máy luyện gang (lò cao)",
     "Состояние шламовых отстойников и грануляционных установок", "Шлам тұндырғыштары мен түйіршіктеу қондырғыларының жай-күйі",
     "Tình trạng bể lắng bùn và hệ thống tạo hạt xỉ", "quarterly", "инженер-эколог", "инженер-эколог", "Cán bộ môi trường", "3.3"),
    ("Конвертерный цех", "Конвертер цехы", "Nhà máy luyện thép (lò thổi)",
     "Работа газоочистки конвертеров и дожигающих устройств", "Конвертерлердің газ тазартуы мен жағу құрылғыларының жұмысы",
     "Hoạt động hệ thống làm sạch khí lò thổi và đuốc đốt", "monthly", "главный эколог", "бас эколог", "Trưởng phòng Môi trường", "3.4"),
    ("Листопрокатный цех", "Қаңылтыр илемдеу цехы", "Nhà máy cán",
     "Маслоулавливающие устройства и отстойники окалины", "Май ұстағыш құрылғылар мен қақ тұндырғыштары",
     "Thiết bị tách dầu và bể lắng vảy cán", "semiannual", "инженер-эколог", "инженер-эколог", "Cán bộ môi trường", "3.5"),
    ("Площадки временного хранения отходов", "Қалдықтарды уақытша сақтау алаңдары", "Kho lưu giữ chất thải nguy hại",
     "Соблюдение сроков накопления и маркировки отходов", "Қалдықтарды жинақтау мерзімдері мен таңбалаудың сақталуы",
     "Thời gian lưu giữ, dán nhãn và sổ theo dõi chất thải nguy hại", "monthly", "инженер по отходам", "қалдықтар жөніндегі инженер",
     "Cán bộ môi trường", "4.2"),
    ("Шламонакопитель", "Шлам жинағыш", "Bãi chứa bùn thải",
     "Состояние дамб, пьезометров и водоотводных канав", "Бөгеттердің, пьезометрлердің және су бұру арықтарының жай-күйі",
     "Tình trạng đê bao, giếng quan trắc và mương thoát nước", "yearly", "комиссия комбината", "комбинат комиссиясы",
     "Hội đồng kiểm tra của công ty", "5.1"),
)  # fmt: skip
_DONE = {"monthly": 3, "quarterly": 1, "semiannual": 0, "yearly": 0}
_WORDS = {
    "ru": {"monthly": "не реже 1 раза в месяц", "quarterly": "не реже 1 раза в квартал", "semiannual": "1 раз в полугодие", "yearly": "1 раз в год"},
    "kk": {"monthly": "айына кемінде 1 рет", "quarterly": "тоқсанына кемінде 1 рет", "semiannual": "жарты жылда 1 рет", "yearly": "жылына 1 рет"},
    "vi": {"monthly": "ít nhất 01 lần/tháng", "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần", "yearly": "1 lần/năm"},
}


def inspections_he2(doc: Doc) -> None:
    """An integrated steel works' schedule of internal checks in the middle of its year: the clause of the КЭР each check
    answers, the frequency worded `не реже 1 раза в месяц`, the checker, and a filled column of what was done in the first
    quarter (dates and act numbers, `срок не наступил`) that is no duty (VI: a steel complex's self-inspection plan with
    the first quarter's results)."""
    r = doc.rng
    i = vocab.LANGS.index(doc.lang)
    g = doc.v
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH TỰ KIỂM TRA VIỆC THỰC HIỆN GIẤY PHÉP MÔI TRƯỜNG NĂM 2026 – KHU LIÊN HỢP GANG THÉP KỲ LONG")
        doc.p("Cập nhật kết quả thực hiện đến hết quý I năm 2026.")
    else:
        doc.h(g("План-график внутренних проверок соблюдения экологических требований на 2026 год. АО «Сарыарқа Болат»",
                "2026 жылға арналған экологиялық талаптардың сақталуын ішкі тексерулердің жоспар-кестесі. «Сарыарқа Болат» АҚ", ""))
        doc.p(g("Сведения о выполнении приведены по состоянию на 01.04.2026.", "Орындалуы туралы мәліметтер 01.04.2026 жағдай бойынша келтірілген.", ""))
    rows = [g(["№", "Подразделение", "Предмет проверки", "Пункт КЭР", "Периодичность", "Проверяющий", "Выполнено в I квартале"],
              ["№", "Бөлімше", "Тексеру нысанасы", "КЭР тармағы", "Кезеңділігі", "Тексеруші", "I тоқсанда орындалды"],
              ["TT", "Đơn vị, khu vực", "Nội dung kiểm tra", "Mục của GPMT", "Tần suất", "Người kiểm tra", "Kết quả thực hiện quý I"])]
    act = 0
    for k, item in enumerate(STEEL_CHECKS, 1):
        unit, subject, word, checker, clause = item[i], item[3 + i], item[6], item[7 + i], item[10]
        done = []
        for m in range(_DONE[word]):
            act += 1
            day = r.randint(10, 27)
            done.append(g(f"{day:02d}.{m + 1:02d}.2026, акт № {act}", f"{day:02d}.{m + 1:02d}.2026, № {act} акт",
                          f"{day:02d}/{m + 1:02d}/2026, biên bản số {act:02d}"))
        if not done:
            done = [g("срок не наступил", "мерзімі келген жоқ", "chưa đến kỳ")]
        rows.append([str(k), unit, subject, g(f"п. {clause} прил. 3", f"3-қос. {clause}-т.", f"Mục {clause} Phụ lục 3"), _WORDS[doc.lang][word],
                     checker, "; ".join(done)])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": _words(subject, 4), "actor_contains": checker})
    doc.table(g("Таблица 1", "1-кесте", "Bảng 1"), rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# abbreviation: (RU, KK, VI-less) — responsible units of the steel works
RESP = {
    "ГИ": ("главный инженер", "бас инженер"),
    "КХП": ("начальник коксохимического производства", "кокс-химия өндірісінің бастығы"),
    "УООС": ("управление охраны окружающей среды", "қоршаған ортаны қорғау басқармасы"),
    "УКС": ("управление капитального строительства", "күрделі құрылыс басқармасы"),
    "ГМ": ("главный механик", "бас механик"),
    "ДЦ": ("начальник доменного цеха", "домна цехының бастығы"),
}
# (RU measure, KK measure, RU unit, KK unit, start, end, responsible, cut t/year or None)
COKE_PLAN = (
    ("Замена дверей коксовых печей батареи № 2 на двери с гибкой мембраной", "№ 2 батареяның кокс пештерінің есіктерін иілгіш мембраналы есіктерге ауыстыру",
     "КБ № 2", "№ 2 КБ", "03.2026", "11.2026", "КХП", 42.5),
    ("Строительство установки беспылевой выдачи кокса батареи № 4", "№ 4 батареяның коксты шаңсыз шығару қондырғысын салу",
     "КБ № 4", "№ 4 КБ", "05.2026", "12.2027", "УКС", 310),
    ("Перевод тушения кокса на установку сухого тушения (УСТК)", "Коксты сөндіруді құрғақ сөндіру қондырғысына (КҚСҚ) ауыстыру",
     "КБ № 1–4", "№ 1–4 КБ", "01.2027", "12.2028", "ГИ", 520),
    ("Реконструкция аспирации литейных дворов доменной печи № 3", "№ 3 домна пешінің құю аулаларының аспирациясын реконструкциялау",
     "ДП № 3", "№ 3 ДП", "04.2026", "10.2026", "ДЦ", 180),
    ("Замена электродов и агрегатов питания электрофильтров аглофабрики", "Агломерация фабрикасы электрсүзгілерінің электродтары мен қоректендіру агрегаттарын ауыстыру",
     "АМ № 1–3", "№ 1–3 АМ", "06.2026", "09.2026", "ГМ", 95),
    ("Ввод автоматизированной системы мониторинга на трубах коксовых батарей", "Кокс батареяларының мұржаларында автоматтандырылған мониторинг жүйесін енгізу",
     "КБ № 1–4", "№ 1–4 КБ", "01.2026", "06.2026", "УООС", None),
)  # fmt: skip
VI_RESP = {
    "P.MT": "Phòng Môi trường",
    "P.KT": "Phòng Kỹ thuật – Công nghệ",
    "BQLDA": "Ban Quản lý dự án",
    "NM.LC": "Nhà máy Luyện cốc",
    "P.CĐ": "Phòng Cơ điện",
}
VI_PLAN = (
    ("Lắp đặt hệ thống thu hồi bụi ra cốc cho lò cốc số 3", "Lò cốc số 3", "03/2026", "12/2026", "NM.LC", 120),
    ("Cải tạo hệ thống lọc bụi tĩnh điện máy thiêu kết số 2", "Máy thiêu kết số 2", "05/2026", "10/2026", "P.CĐ", 210),
    ("Xây dựng bể lắng bùn bổ sung cho nước thải làm nguội xỉ lò cao", "Khu lò cao", "01/2026", "09/2026", "BQLDA", None),
    ("Kết nối dữ liệu quan trắc tự động ống khói lò thổi về Sở Nông nghiệp và Môi trường", "Nhà máy luyện thép", "02/2026", "06/2026", "P.MT", None),
    ("Thay thế đầu đốt phát thải NOx thấp cho lò nung phôi", "Nhà máy cán", "07/2026", "03/2027", "P.KT", 75),
)


def tasks_he1(doc: Doc) -> None:
    """A steel works' road map of cutting the emissions of its coke and iron making: the unit as an abbreviation (`КБ № 2`),
    the start and the end as month and year in two columns, the responsible as an abbreviation (`КХП`, `УКС`) explained
    in a legend table of no role under it, the expected cut in t/year last (VI: a steel complex's environmental
    improvement plan with unit codes `P.MT`, `NM.LC` explained under it)."""
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH CẢI THIỆN MÔI TRƯỜNG GIAI ĐOẠN 2026–2027 – KHU LIÊN HỢP GANG THÉP KỲ LONG")
        doc.p("Kế hoạch thực hiện theo yêu cầu tại Kết luận kiểm tra của Cục Kiểm soát ô nhiễm môi trường.")
        rows = [["TT", "Nội dung công việc", "Hạng mục", "Bắt đầu", "Hoàn thành", "Đơn vị chủ trì", "Giảm phát thải bụi dự kiến (tấn/năm)"]]
        plan = list(VI_PLAN)
        for k, (text, unit, start, end, who, cut) in enumerate(plan, 1):
            rows.append([str(k), text, unit, start, end, who, num(cut, "vi") if cut else "-"])
            doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
        doc.table("Bảng 1. Danh mục công việc", rows, role="tasks")
        used = sorted({x[4] for x in plan})
        doc.table("Ghi chú các chữ viết tắt", [["Viết tắt", "Đơn vị"], *([a, VI_RESP[a]] for a in used)], role="other")
        return
    L = _L(doc)
    g = _kz(doc)
    doc.h(g("Дорожная карта по снижению выбросов коксохимического и доменного производств АО «Сарыарқа Болат» на 2026–2028 годы",
            "«Сарыарқа Болат» АҚ кокс-химия және домна өндірістерінің шығарындыларын азайту жөніндегі 2026–2028 жылдарға арналған жол картасы"))
    doc.p(g("Утверждена решением Правления от 12.01.2026 № 2. Сроки указаны в формате «месяц.год».",
            "Басқарманың 12.01.2026 № 2 шешімімен бекітілді. Мерзімдер «ай.жыл» форматында көрсетілген."))
    rows = [g(["№", "Мероприятие", "Агрегат", "Начало", "Окончание", "Отв.", "Снижение выбросов, т/год"],
              ["№", "Іс-шара", "Агрегат", "Басталуы", "Аяқталуы", "Жауапты", "Шығарындылардың азаюы, т/жыл"])]
    for k, (m_ru, m_kk, u_ru, u_kk, start, end, who, cut) in enumerate(COKE_PLAN, 1):
        text = (m_ru, m_kk)[L]
        rows.append([str(k), text, (u_ru, u_kk)[L], start, end, who, num(cut, doc.lang) if cut else "–"])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table(g("Таблица 1 – Мероприятия дорожной карты", "1-кесте – Жол картасының іс-шаралары"), rows, role="tasks")
    used = sorted({x[6] for x in COKE_PLAN})
    doc.table(g("Принятые сокращения", "Қабылданған қысқартулар"),
              [g(["Сокращение", "Расшифровка"], ["Қысқарту", "Толық жазылуы"]), *([a, RESP[a][L]] for a in used),
               ["КБ, ДП, АМ", g("коксовая батарея, доменная печь, агломашина", "кокс батареясы, домна пеші, агломашина")]], role="other")


# (RU group, KK group, VI group, [(RU, KK, VI, key text, total mln, years, RU term, KK term, VI term, RU resp, KK resp, VI resp)])
ZN_PLAN = (
    ("1. Охрана атмосферного воздуха", "1. Атмосфералық ауаны қорғау", "I. Bảo vệ môi trường không khí", [
        ("Замена электрофильтров обжиговых печей КС-1, КС-2 на рукавные фильтры", "КС-1, КС-2 күйдіру пештерінің электрсүзгілерін жеңді сүзгілерге ауыстыру",
         "Thay lọc bụi tĩnh điện lò thiêu sôi số 1, 2 bằng lọc bụi túi vải", ("2908, 0184, 0207", "Bụi, Pb, ZnO"), (1850, 2600), (2026, 2027),
         "IV квартал 2027 г.", "2027 ж. IV тоқсаны", "Quý IV/2027", "главный инженер", "бас инженер", "Phó Giám đốc kỹ thuật"),
        ("Перевод сернокислотного цеха на двойное контактирование", "Күкірт қышқылы цехын қос түйісуге ауыстыру",
         "Chuyển xưởng axit sunfuric sang công nghệ tiếp xúc kép", ("0330, 0322", "SO2, hơi H2SO4"), (4200, 5200), (2026, 2027, 2028), "2028 г.", "2028 ж.",
         "Năm 2028", "начальник СКЦ", "КҚЦ бастығы", "Quản đốc xưởng axit"),
    ]),
    ("2. Охрана водных объектов", "2. Су объектілерін қорғау", "II. Bảo vệ môi trường nước", [
        ("Строительство станции доочистки сточных вод от тяжелых металлов", "Ағынды суларды ауыр металдардан қосымша тазарту станциясын салу",
         "Xây dựng trạm xử lý bổ sung kim loại nặng trong nước thải", ("Zn, Pb, Cd", "Zn, Pb, Cd"), (900, 1400), (2026, 2027), "II квартал 2027 г.",
         "2027 ж. II тоқсаны", "Quý II/2027", "управление капитального строительства", "күрделі құрылыс басқармасы", "Ban Quản lý dự án"),
    ]),
    ("3. Обращение с отходами", "3. Қалдықтармен жұмыс", "III. Quản lý chất thải rắn", [
        ("Вовлечение клинкера вельцевания в переработку на медеплавильном заводе", "Вельцтеу клинкерін мыс балқыту зауытында қайта өңдеуге тарту",
         "Tái chế xỉ lò Waelz làm phụ gia tại nhà máy xi măng", (("клинкер", "клинкер"), "Xỉ Waelz"), (120, 260), (2026,), "2026 г.", "2026 ж.", "Năm 2026",
         "начальник вельццеха", "вельц цехының бастығы", "Quản đốc xưởng Waelz"),
        ("Рекультивация отработанной карты шламонакопителя № 1", "№ 1 шлам жинағыштың пайдаланылған картасын рекультивациялау",
         "Cải tạo, phục hồi ô chứa bùn thải số 1 đã đầy", (("шлам", "шлам"), "Bùn thải"), (300, 520), (2027, 2028), "2028 г.", "2028 ж.", "Năm 2028",
         "главный эколог", "бас эколог", "Trưởng phòng Môi trường"),
    ]),
)  # fmt: skip
YEARS = (2026, 2027, 2028)


def tasks_he2(doc: Doc) -> None:
    """A zinc refinery's plan of nature-protection measures by the form of the Rules: group rows per component of the
    environment, items numbered `1.1`, the indicator (codes of substances, metals, a waste), the financing as a total and
    three year sub-columns under a merged header, the term and the responsible last, a total row of the plan (VI: a zinc
    smelter's plan of environmental works with Roman group rows and the cost by year)."""
    r = doc.rng
    i = vocab.LANGS.index(doc.lang)
    g = doc.v
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH THỰC HIỆN CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026–2028 – CÔNG TY CỔ PHẦN KẼM SÔNG CÔNG MỚI")
        unit = "triệu đồng"
        doc.p("Kinh phí lấy từ nguồn vốn đầu tư phát triển của Công ty; tiến độ đã được Hội đồng quản trị thông qua.")
    else:
        doc.h(g("План мероприятий по охране окружающей среды ТОО «Алтай Мырыш» на 2026–2028 годы",
                "«Алтай Мырыш» ЖШС 2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""))
        doc.p(g("Составлен по форме приложения 4 к Правилам разработки плана мероприятий по охране окружающей среды.",
                "Қоршаған ортаны қорғау жөніндегі іс-шаралар жоспарын әзірлеу қағидаларына 4-қосымшаның нысаны бойынша жасалды.", ""))
        unit = g("млн тенге", "млн теңге", "")
    head0 = g(["№", "Наименование мероприятия", "Показатель", f"Объем финансирования, {unit}", None, None, None, "Срок выполнения", "Ответственный"],
              ["№", "Іс-шараның атауы", "Көрсеткіш", f"Қаржыландыру көлемі, {unit}", None, None, None, "Орындау мерзімі", "Жауапты"],
              ["TT", "Nội dung công việc", "Thông số", f"Kinh phí ({unit})", None, None, None, "Thời gian hoàn thành", "Đơn vị thực hiện"])
    head1 = [None, None, None, g("всего", "барлығы", "Tổng"), *(str(y) for y in YEARS), None, None]
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 7, 8)] + [(0, 3, 0, 6)]
    grand = 0.0
    for gi, group in enumerate(ZN_PLAN, 1):
        rows.append([group[i], None, None, None, None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 8))
        for j, item in enumerate(group[3], 1):
            text, (key, key_vi), (lo, hi), years = item[i], item[3], item[4], item[5]
            key = key_vi if doc.lang == "vi" else key if isinstance(key, str) else key[i]
            term, who = item[6 + i], item[9 + i]
            total_ = float(r.randint(lo, hi) * (20 if doc.lang == "vi" else 1))
            split = [0.0] * len(YEARS)
            rest = total_
            for y in years[:-1]:
                part = float(round(rest * r.uniform(0.3, 0.6)))
                split[YEARS.index(y)] = part
                rest -= part
            split[YEARS.index(years[-1])] = rest
            grand += total_
            number = f"{gi}.{j}"
            rows.append([number, text, key, num(total_, doc.lang), *(num(x, doc.lang) if x else "–" for x in split), term, who])
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text, 5), "actor_contains": who})
    rows.append(["", g("Итого по плану", "Жоспар бойынша жиыны", "Tổng cộng"), None, num(grand, doc.lang), "", "", "", "", ""])
    merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    doc.table(g("Таблица 1 – План мероприятий", "1-кесте – Іс-шаралар жоспары", "Bảng 1. Danh mục công trình, kinh phí và tiến độ"), rows, merges,
              role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"HE{k}", globals()[f"{role}_he{k}"]) for role in ROLES for k in (1, 2)]
