"""The forty-fourth blind set's part JU (two layouts per role, `JU1` and `JU2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.839 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: hydrogen, ammonia and methanol plants. Kazakhstan: a green hydrogen and ammonia project on the Mangystau coast
(wind and solar farms, electrolysers, an air separation unit and an ammonia loop), an ammonia–urea complex with its
primary reformer, purge-gas unit, isothermal ammonia store and high flare, a methanol plant near Atyrau fed with
associated gas, and a grey hydrogen unit (steam methane reforming) at a refinery. Vietnam: a green hydrogen plant in
the Định An economic zone of the former Trà Vinh (now Vĩnh Long), an ammonia–urea fertiliser plant and a methanol plant
at Phú Mỹ with their flares, cooling towers and waste-water plants.

Facility: a scoping application's sheet of the green hydrogen and ammonia project under a two-row header with section
rows, the centre in degrees, minutes and seconds, a telephone, the plot's area and the electrolysers' gigawatts as
look-alikes, the plot's corner points in a table of no role (VI: an ĐTM's general information on a green hydrogen plant,
`Nhóm I`, the centre in DMS with `B`/`Đ`, the corner points in VN-2000 metres in a table of no role) (JU1); a holding's
register of its three chemical plants as rows, each with its own operator and BIN, coordinates under a merged header in
comma notation, the register date as a look-alike and a footnote on the category (VI: an economic zone board's list of
plants, coordinates only in VN-2000 metres so no degrees to take, permit numbers and dates as look-alikes) (JU2).

Emissions: an ammonia–urea complex's НДВ table under a three-row header (source | substance | class | norms → for 2026 →
g/s, t/yr), section rows for the ammonia unit, the flare system and the cooling towers, the source's number and name
merged down, a subtotal per section and a grand total that are no emissions (VI: an ĐTM's loads of a methanol plant in
operation, stacks without numbers, the flow and concentration before g/s and tonnes) (JU1); a methanol plant's list of
substances with the construction and the operation periods side by side under merged headers, dashes where a period
emits nothing, no sources (VI: a green hydrogen project's ĐTM with the two periods as section rows) (JU2).

Wastes: an ammonia plant's limits of waste accumulation: the loaded mass of each catalyst and the accumulation limit as
look-alikes beside the tonnes formed a year, units in a row of their own, spent catalysts of the reformer, the shift
converters and the synthesis column (VI: a fertiliser plant's GPMT waste list, CTNH in kg/năm with the state, ordinary
wastes in tấn/năm in a second section) (JU1); a methanol plant's waste inventory by quarter under a merged header, the
year's total the amount, hazardous and non-hazardous section rows (VI: an annual report of a methanol plant, CTNH handed
over in kg with the receiving company's licence number as a look-alike) (JU2).

Limits: a laboratory's protocol at an ammonia plant's stacks, each source merged down over its components, the result,
the error and the НДВ concentration, the method's standard numbers as look-alikes, the sampling conditions in a table of
no role (VI: stack results against QCVN 19:2009/BTNMT and QCVN 21:2009/BTNMT column B with Kp and Kv in the header) (JU1);
the permitted discharge of a green hydrogen plant's cooling-tower blowdown and demineraliser effluent, point codes merged
down, the measured value, the allowed concentration and the g/h and t/yr as look-alikes, pH as a range (VI: treated
waste water of a fertiliser plant against QCVN 40:2011/BTNMT column A with Kq and Kf, Cmax taken) (JU2).

Monitoring: a methanol plant's ПЭК plan of its sources and the protection zone, substances listed in one cell, the
sampling point's coordinates as look-alikes, the flare by calculation (VI: a fertiliser plant's monitoring programme
with automatic continuous stack monitoring, periodic stack and waste-water rows) (JU1); a green hydrogen plant's water
sampling schedule, a grid of months marked `х` with the frequency after it and the samples a year as a look-alike
(VI: a green hydrogen project's operational monitoring with the standards compared against in their own column) (JU2).

Inspections: an ammonia plant's schedule of internal checks, item numbers `2.1` under section rows for the ammonia
store, the flare and the cooling towers, the frequency, who checks and an empty column for the mark (VI: a fertiliser
plant's self-inspection plan with `hàng ngày`, `hàng tuần`) (JU1); a shift walk-down check list of a methanol plant's flare
and cooling towers, criteria full of figures and units that are no limits, checks each shift without a frequency (VI: a
hydrogen plant's check list) (JU2).

Tasks: an ammonia–methanol plant's environmental plan for 2026–2028, the money per year under a merged header, the
effect in t/yr as a look-alike (VI: a green hydrogen project's plan of environmental works with quarters marked) (JU1);
an inspector's order to remove violations at an ammonia plant, the breached article beside each requirement (VI: an
inspection conclusion's list of corrective requirements) (JU2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _g(doc: Doc):
    """The text of a Russian or a Kazakh document: `g(ru, kk)`."""
    k = 0 if doc.lang == "ru" else 1
    return lambda ru, kk: (ru, kk)[k]


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _dms(value: float, lang: str, lat: bool) -> tuple[str, float]:
    """Degrees, minutes and seconds as written, and the decimal degrees they mean."""
    d = int(value)
    m = int((value - d) * 60)
    s = round(((value - d) * 60 - m) * 60, 1)
    hemi = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}[lang][0 if lat else 1]
    text = f"{d}°{m:02d}'{num(s, lang, group=False)}\" {hemi}"
    return text, d + m / 60 + s / 3600


# code: (RU, KK, VI) of the pollutants of the theme, names of the list in force
NAMES = {
    "0301": ("Азота диоксид", "Азот диоксиді", "NO2"),
    "0304": ("Азот (II) оксид", "Азот оксиді", "NO"),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2"),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO"),
    "0303": ("Аммиак", "Аммиак", "NH3"),
    "0333": ("Сероводород", "Күкіртсутек", "H2S"),
    "0410": ("Метан", "Метан", "Metan"),
    "1052": ("Метанол (Метиловый спирт)", "Метанол (метил спирті)", "Metanol"),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", "Muội than"),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng"),
    "2908": ("Пыль неорганическая 70-20% SiO2", "Бейорганикалық шаң: кремний қостотығы 70-20%", "Bụi tổng"),
    "1325": ("Формальдегид", "Формальдегид", "Formaldehyt"),
    "2754": ("Алканы С12-19", "Алкандар С12-19", "Hydrocacbon C12-C19"),
    "0415": ("Смесь углеводородов предельных С1-С5", "Шекті көмірсутектер қоспасы С1-С5", "Hydrocacbon C1-C5"),
}
CLASS = {"0301": 2, "0304": 3, "0330": 3, "0337": 4, "0303": 4, "0333": 2, "0410": None, "1052": 3, "0328": 3, "2902": 3,
         "2908": 3, "1325": 2, "2754": 4, "0415": 4}


def _air(doc: Doc, code: str) -> str:
    return NAMES[code][vocab.LANGS.index(doc.lang)]


SAID = {
    "ru": {"continuous": "непрерывно (АСМ)", "daily": "ежедневно", "weekly": "еженедельно", "monthly": "1 раз в месяц",
           "quarterly": "ежеквартально", "semiannual": "2 раза в год", "yearly": "1 раз в год"},
    "kk": {"continuous": "үздіксіз (АМЖ)", "daily": "күн сайын", "weekly": "аптасына 1 рет", "monthly": "айына 1 рет",
           "quarterly": "тоқсанына 1 рет", "semiannual": "жылына 2 рет", "yearly": "жылына 1 рет"},
    "vi": {"continuous": "Liên tục, tự động", "daily": "Hàng ngày", "weekly": "Hàng tuần", "monthly": "01 tháng/lần",
           "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần", "yearly": "01 năm/lần"},
}


def _said(doc: Doc, word: str) -> str:
    return SAID[doc.lang][word]


def _kato(doc: Doc, prefix: str) -> str:
    return f"{prefix}{doc.rng.randint(10, 99)}{doc.rng.choice(('000', '100'))}"


def _phone(doc: Doc) -> str:
    r = doc.rng
    if doc.lang == "vi":
        return f"0294 {r.randint(100, 999)} {r.randint(1000, 9999)}"
    return f"+7 7292 {r.randint(20, 79)} {r.randint(10, 99)} {r.randint(10, 99)}"


# ---------------------------------------------------------------- facility

H2_OPERATORS = (("ТОО «Каспий Гидроген Энерджи»", "«Каспий Гидроген Энерджи» ЖШС"),
                ("ТОО «Маңғыстау Жасыл Сутек»", "«Маңғыстау Жасыл Сутек» ЖШС"))


def facility_ju1(doc: Doc) -> None:
    """A scoping application's sheet of a green hydrogen and ammonia project on the Mangystau coast under a two-row
    header (`№ | Сведения` over `показатель | значение`) with section rows: the initiator, its BIN, address and a
    telephone, the object's place, KATO, OKED with words, the centre in degrees, minutes and seconds, the capacity in
    tonnes and gigawatts, the plot's area and the distance to the sea as look-alikes and the category `I` with the annex's
    item; the plot's corner points in a table of no role (VI: an ĐTM's general information on a green hydrogen plant)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ju1_vi(doc)
        return
    g = _g(doc)
    operator = doc.pick(H2_OPERATORS)[0 if doc.lang == "ru" else 1]
    bin_ = make_bin(r)
    kato = _kato(doc, "4741")
    lat0, lon0 = 43.9 + r.uniform(0, 0.3), 51.2 + r.uniform(0, 0.4)
    lat_t, lat = _dms(lat0, doc.lang, True)
    lon_t, lon = _dms(lon0, doc.lang, False)
    doc.h(g("Заявление о намечаемой деятельности. Приложение 1. Общие сведения",
            "Белгіленіп отырған қызмет туралы өтініш. 1-қосымша. Жалпы мәліметтер"))
    doc.p(g(f"Инициатор {operator} намечает строительство комплекса производства «зеленого» водорода методом электролиза воды "
            "и синтеза аммиака на его основе; электроснабжение – от собственных ветровой и солнечной электростанций.",
            f"Бастамашы {operator} суды электролиздеу әдісімен «жасыл» сутек өндіру және оның негізінде аммиак синтездеу "
            "кешенін салуды жоспарлап отыр; электрмен жабдықтау – меншікті жел және күн электр станцияларынан."))
    rows = [["№", g("Сведения", "Мәліметтер"), None], ["", g("показатель", "көрсеткіш"), g("значение", "мәні")]]
    merges = [(0, 1, 0, 2)]
    _span(rows, merges, g("А. Инициатор намечаемой деятельности", "А. Белгіленіп отырған қызметтің бастамашысы"), 3)
    rows += [["1", g("Наименование", "Атауы"), operator],
             ["2", g("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі"), bin_],
             ["3", g("Юридический адрес, телефон", "Заңды мекенжайы, телефоны"),
              g(f"г. Актау, мкр. 14, зд. {r.randint(2, 60)}, тел. {_phone(doc)}", f"Ақтау қ., 14 ш/а, {r.randint(2, 60)} ғим., тел. {_phone(doc)}")]]
    _span(rows, merges, g("Б. Объект", "Б. Объект"), 3)
    name = g("Комплекс производства зеленого водорода и аммиака «Каспий H2»", "«Каспий H2» жасыл сутек және аммиак өндіру кешені")
    area = r.randint(180, 420)
    rows += [["4", g("Наименование объекта", "Объектінің атауы"), name],
             ["5", g("Местоположение", "Орналасқан жері"),
              g(f"Мангистауская область, Тупкараганский район, в {r.randint(8, 25)} км к северу от п. Акшукур",
                f"Маңғыстау облысы, Түпқараған ауданы, Ақшұқыр кентінен солтүстікке қарай {r.randint(8, 25)} км")],
             ["6", g("Код КАТО", "ҚАТО коды"), kato],
             ["7", g("ОКЭД", "ЭҚЖЖ"), g("20110 – Производство промышленных газов", "20110 – Өнеркәсіптік газдар өндірісі")],
             ["8", g("Координаты центра площадки", "Алаң орталығының координаттары"), f"{lat_t}, {lon_t}"],
             ["9", g("Площадь земельного участка, га", "Жер учаскесінің ауданы, га"), num(area, doc.lang)],
             ["10", g("Производительность", "Өнімділігі"),
              g(f"водород – {num(r.randint(60, 90) * 1000, doc.lang)} т/год; аммиак – {num(r.randint(35, 50) * 10000, doc.lang)} т/год; "
                "электролизеры – 2 ГВт", f"сутек – жылына {num(r.randint(60, 90) * 1000, doc.lang)} т; аммиак – жылына "
                f"{num(r.randint(35, 50) * 10000, doc.lang)} т; электролизерлер – 2 ГВт")],
             ["11", g("Расстояние до уреза Каспийского моря, км", "Каспий теңізінің жиегіне дейінгі қашықтық, км"), num(r.randint(3, 12), doc.lang)],
             ["12", g("Категория объекта", "Объектінің санаты"),
              g("I (п. 5.2 раздела 1 приложения 2 Экологического кодекса РК)", "I (ҚР Экологиялық кодексінің 2-қосымшасы 1-бөлімінің 5.2-т.)")]]
    doc.table(g("Таблица 1. Общие сведения", "1-кесте. Жалпы мәліметтер"), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": "Каспий H2", "kato": kato, "oked": "20110", "category": "I",
                           "lat": round(lat, 5), "lon": round(lon, 5)})
    corners = [g(["Угловая точка", "Северная широта", "Восточная долгота"], ["Бұрыштық нүкте", "Солтүстік ендік", "Шығыс бойлық"])]
    for k in range(1, 5):
        corners.append([str(k), _dms(lat0 + r.uniform(-0.03, 0.03), doc.lang, True)[0], _dms(lon0 + r.uniform(-0.04, 0.04), doc.lang, False)[0]])
    doc.table(g("Таблица 2. Координаты угловых точек земельного участка", "2-кесте. Жер учаскесінің бұрыштық нүктелерінің координаттары"),
              corners, role="other")


def _facility_ju1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty TNHH Năng lượng Hydro Xanh Duyên Hải", "Công ty Cổ phần Hydro Xanh Định An"))
    msdn = make_msdn(r)
    lat_t, lat = _dms(9.55 + r.uniform(0, 0.05), "vi", True)
    lon_t, lon = _dms(106.50 + r.uniform(0, 0.06), "vi", False)
    doc.h("CHƯƠNG 1. THÔNG TIN VỀ DỰ ÁN")
    doc.p(f"Báo cáo đánh giá tác động môi trường của Dự án Nhà máy sản xuất hydro xanh Định An do {company} làm chủ dự án.")
    rows = [["TT", "Hạng mục", "Thông tin"],
            ["1", "Tên dự án", "Nhà máy sản xuất hydro xanh Định An (giai đoạn 1)"],
            ["2", "Chủ dự án", company],
            ["3", "Mã số doanh nghiệp", msdn],
            ["4", "Điện thoại", _phone(doc)],
            ["5", "Địa điểm", "Khu kinh tế Định An, xã Dân Thành, tỉnh Vĩnh Long (trước đây thuộc thị xã Duyên Hải, tỉnh Trà Vinh)"],
            ["6", "Tọa độ tâm khu đất (WGS-84)", f"{lat_t}; {lon_t}"],
            ["7", "Quy mô, công suất", f"{num(r.randint(20, 30) * 1000, 'vi')} tấn H2/năm; điện phân 1.000 MW"],
            ["8", "Diện tích", f"{num(r.randint(40, 90), 'vi')} ha"],
            ["9", "Phân loại dự án", "Nhóm I (mục 2 Phụ lục III Nghị định số 08/2022/NĐ-CP)"]]
    doc.table("Bảng 1.1. Thông tin chung về dự án", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": "Định An", "category": "I", "lat": round(lat, 5), "lon": round(lon, 5)})
    pts = [["Điểm mốc", "X (m)", "Y (m)"]]
    for k in range(1, 5):
        pts.append([f"M{k}", num(1_055_000 + r.randint(0, 3000), "vi"), num(600_000 + r.randint(0, 3000), "vi")])
    doc.table("Bảng 1.2. Tọa độ các điểm mốc ranh giới (VN-2000, KTT 105°30', múi chiếu 3°)", pts, role="other")


# (RU, KK, key, operator RU, KK, KATO prefix, OKED, category, lat, lon, RU, KK capacity)
PLANTS = (
    ("Аммиачно-карбамидный комплекс «Қаратау Азот»", "«Қаратау Азот» аммиак-карбамид кешені", ("Қаратау Азот", "Қаратау Азот"),
     "АО «Қаратау Азот»", "«Қаратау Азот» АҚ", "3152", "20151", "I", 43.17, 69.86,
     "аммиак 1 360 т/сут, карбамид 2 000 т/сут", "аммиак тәулігіне 1 360 т, карбамид тәулігіне 2 000 т"),
    ("Метанольный завод «Атырау Метанол»", "«Атырау Метанол» метанол зауыты", ("Атырау Метанол", "Атырау Метанол"),
     "ТОО «Атырау Метанол»", "«Атырау Метанол» ЖШС", "2310", "20140", "I", 47.06, 51.95,
     "метанол 500 000 т/год", "метанол жылына 500 000 т"),
    ("Установка производства водорода (паровая конверсия метана)", "Сутек өндіру қондырғысы (метанды бумен конверсиялау)", ("водорода", "Сутек өндіру"),
     "ТОО «Павлодар Сутек Газ»", "«Павлодар Сутек Газ» ЖШС", "5510", "20110", "II", 52.23, 76.95,
     "водород 36 000 нм³/ч", "сутек сағатына 36 000 нм³"),
)  # fmt: skip

VN_PLANTS = (
    ("Nhà máy Đạm Phú Mỹ Bắc", "Đạm Phú Mỹ Bắc", "Công ty Cổ phần Phân bón Phú Mỹ Bắc", "Sản xuất amoniac, urê", "1.350 tấn NH3/ngày; 2.200 tấn urê/ngày", "I"),
    ("Nhà máy Metanol Cái Mép", "Metanol Cái Mép", "Công ty TNHH Hóa chất Metanol Cái Mép", "Sản xuất metanol từ khí thiên nhiên", "300.000 tấn/năm", "I"),
    ("Xưởng sản xuất hydro công nghiệp Tân Thành", "hydro công nghiệp", "Công ty TNHH Khí Công nghiệp Tân Thành", "Sản xuất hydro, nitơ, oxy", "4.000 Nm³ H2/giờ", "II"),
)  # fmt: skip


def facility_ju2(doc: Doc) -> None:
    """A holding's register of its three chemical plants as rows, each with its own operator and BIN: a two-row header
    with the coordinates merged over latitude and longitude in comma notation, OKED, KATO, category, capacity and the
    date of registration as a look-alike, a footnote on the categories, a table of no role with the holding's contacts
    (VI: an economic zone board's list of plants, the enterprise numbers, `Nhóm I/II`, coordinates only in VN-2000)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ju2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g("Реестр производственных объектов группы компаний «ҚазХимГаз» на 01.01.2026",
            "«ҚазХимГаз» компаниялар тобы өндірістік объектілерінің 01.01.2026 жағдай бойынша тізілімі"))
    doc.p(g("Реестр ведется службой экологии корпоративного центра и обновляется ежегодно до 1 февраля.",
            "Тізілімді корпоративтік орталықтың экология қызметі жүргізеді және жыл сайын 1 ақпанға дейін жаңартады."))
    rows = [["№", g("Объект", "Объект"), g("Оператор", "Оператор"), g("БИН", "БСН"), g("КАТО", "ҚАТО"), g("ОКЭД", "ЭҚЖЖ"),
             g("Категория*", "Санаты*"), g("Координаты (WGS-84), град.", "Координаттар (WGS-84), град."), None,
             g("Мощность", "Қуаты"), g("Дата постановки на учет", "Есепке қойылған күні")],
            ["", None, None, None, None, None, None, g("широта", "ендік"), g("долгота", "бойлық"), None, None]]
    merges = [(0, 7, 0, 8)] + [(0, c, 1, c) for c in (1, 2, 3, 4, 5, 6, 9, 10)]
    for k, p in enumerate(PLANTS, 1):
        bin_, kato = make_bin(r), _kato(doc, p[5])
        lat, lon = round(p[8] + r.uniform(-0.02, 0.02), 4), round(p[9] + r.uniform(-0.02, 0.02), 4)
        rows.append([str(k), p[L], p[3 + L], bin_, kato, p[6], p[7], num(lat, doc.lang, False), num(lon, doc.lang, False), p[10 + L],
                     f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.20{r.randint(19, 24)}"])
        doc.add("facilities", {"bin": bin_, "name_contains": p[2][L], "kato": kato, "oked": p[6], "category": p[7], "lat": lat, "lon": lon})
    doc.table(g("Таблица 1", "1-кесте"), rows, merges, role="facility")
    doc.p(g("* Категория определена по приложению 2 к Экологическому кодексу Республики Казахстан от 2 января 2021 года № 400-VI.",
            "* Санаты 2021 жылғы 2 қаңтардағы № 400-VI Қазақстан Республикасының Экологиялық кодексінің 2-қосымшасы бойынша айқындалған."))
    distractor(doc, "contacts")


def _facility_ju2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP – DANH SÁCH CƠ SỞ SẢN XUẤT HÓA CHẤT TRONG KCN PHÚ MỸ")
    doc.p("Số liệu tổng hợp đến ngày 31/12/2025 phục vụ kiểm tra liên ngành về phòng ngừa, ứng phó sự cố hóa chất.")
    rows = [["TT", "Tên cơ sở", "Chủ cơ sở", "Mã số DN", "Ngành nghề", "Công suất", "Phân nhóm", "Tọa độ VN-2000", None, "Giấy phép môi trường"],
            ["", None, None, None, None, None, None, "X (m)", "Y (m)", None]]
    merges = [(0, 7, 0, 8)] + [(0, c, 1, c) for c in (1, 2, 3, 4, 5, 6, 9)]
    for k, p in enumerate(VN_PLANTS, 1):
        msdn = make_msdn(r)
        rows.append([str(k), p[0], p[2], msdn, p[3], p[4], f"Nhóm {p[5]}", num(1_170_000 + r.randint(0, 9000), "vi"),
                     num(420_000 + r.randint(0, 9000), "vi"), f"Số {r.randint(10, 390)}/GPMT-BTNMT ngày {r.randint(1, 28)}/{r.randint(1, 12)}/2024"])
        doc.add("facilities", {"bin": msdn, "name_contains": p[1], "category": p[5]})
    doc.table("Bảng 1. Danh sách cơ sở", rows, merges, role="facility")
    maybe_distractor(doc, 0.5)


# ---------------------------------------------------------------- emissions

# ((RU, KK section), [(number, RU, KK source, codes)])
AMMONIA_SOURCES = (
    (("Цех аммиака (агрегат АМ-1360)", "Аммиак цехы (АМ-1360 агрегаты)"), [
        ("0001", "Дымовая труба печи первичного риформинга", "Бастапқы риформинг пешінің түтін мұржасы", ("0301", "0304", "0337", "0410")),
        ("0002", "Свеча продувочных газов синтеза", "Синтездің үрлеу газдары шырағы", ("0303", "0410")),
        ("0003", "Труба вспомогательного котла", "Қосалқы қазандық мұржасы", ("0301", "0304", "0337")),
    ]),
    (("Факельное хозяйство", "Алау шаруашылығы"), [
        ("0004", "Факел высотный ФВ-1 (углеводородный)", "ФВ-1 биік алауы (көмірсутекті)", ("0301", "0337", "0410", "0328")),
        ("0005", "Факел аммиачный низкого давления", "Төмен қысымды аммиак алауы", ("0303", "0301")),
    ]),
    (("Склад жидкого аммиака и оборотное водоснабжение", "Сұйық аммиак қоймасы және айналымдағы сумен жабдықтау"), [
        ("6001", "Изотермические резервуары (неплотности арматуры)", "Изотермиялық резервуарлар (арматура тығыз еместігі)", ("0303",)),
        ("6002", "Вентиляторная градирня ВГ-1", "ВГ-1 желдеткіш градирнясы", ("0303", "2902")),
    ]),
)  # fmt: skip


def emissions_ju1(doc: Doc) -> None:
    """An ammonia–urea complex's НДВ table under a three-row header (source | substance | class | norms → for 2026 → g/s,
    t/yr), section rows for the ammonia unit, the flare system and the ammonia store with the cooling tower, the source's
    number and name merged down over its substances, the class printed (a dash for methane), a subtotal after each section
    and a grand total that are no emissions (VI: an ĐTM's loads of a methanol plant in operation, stacks without numbers,
    the flow and concentration before g/s and tonnes, the hours a year only in a note)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ju1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g("Проект нормативов допустимых выбросов АО «Қаратау Азот». Раздел 3", "«Қаратау Азот» АҚ жол берілетін шығарындылар нормативтерінің жобасы. 3-бөлім"))
    doc.p(g("Нормативы установлены на 2026–2035 годы; ниже приведены значения на 2026 год, соответствующие проектной загрузке агрегатов.",
            "Нормативтер 2026–2035 жылдарға белгіленген; төменде агрегаттардың жобалық жүктемесіне сәйкес 2026 жылға арналған мәндер берілген."))
    rows = [[g("Источник загрязнения", "Ластау көзі"), None, g("Загрязняющее вещество", "Ластаушы зат"), None, g("Класс опасности", "Қауіптілік сыныбы"),
             g("Нормативы допустимых выбросов", "Жол берілетін шығарындылар нормативтері"), None],
            [None, None, None, None, None, g("на 2026 год", "2026 жылға"), None],
            ["№", g("наименование", "атауы"), g("код", "коды"), g("наименование", "атауы"), None, g("г/с", "г/с"), g("т/год", "т/жыл")]]
    merges = [(0, 0, 1, 1), (0, 2, 1, 3), (0, 4, 2, 4), (0, 5, 0, 6), (1, 5, 1, 6)]
    all_g, all_t, numbers = [], [], []
    for (sec_ru, sec_kk), sources in AMMONIA_SOURCES:
        _span(rows, merges, (sec_ru, sec_kk)[L], 7)
        sec_g, sec_t = [], []
        for number, s_ru, s_kk, codes in sources:
            numbers.append(number)
            start = len(rows)
            for j, code in enumerate(codes):
                gs = _sig(r.uniform(0.002, 4.5))
                ty = _sig(gs * r.uniform(12, 31))
                hz = CLASS[code]
                rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, code, _air(doc, code),
                             str(hz) if hz else "–", num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(code, gs, ty, number, hz))
                sec_g.append(gs)
                sec_t.append(ty)
            if len(codes) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        rows.append(["", g("Итого по разделу", "Бөлім бойынша барлығы"), "", "", "", num(round(sum(sec_g), 6), doc.lang), num(round(sum(sec_t), 6), doc.lang)])
        all_g += sec_g
        all_t += sec_t
    rows.append(["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы"), "", "", "", num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang)])
    doc.table(g("Таблица 3.1 – Нормативы выбросов загрязняющих веществ по источникам", "3.1-кесте – Көздер бойынша ластаушы заттар шығарындыларының нормативтері"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in numbers))
    doc.p(g("Примечание: выбросы факелов приняты для режима дежурных горелок; залповые сбросы при пусках нормируются отдельно.",
            "Ескерту: алаулардың шығарындылары кезекші жанарғылар режимі үшін қабылданған; іске қосу кезіндегі лақтырыстар жеке нормаланады."))
    maybe_distractor(doc)


# (VI source, flow Nm3/h, codes)
VN_METHANOL_STACKS = (
    ("Ống khói lò reforming hơi nước (SMR)", 185_000, ("0301", "0330", "0337", "2902")),
    ("Ống khói lò hơi phụ trợ", 42_000, ("0301", "0337")),
    ("Đuốc đốt khí thải (flare) – chế độ đốt mồi", 3_500, ("0301", "0337")),
    ("Ống thoát khí tháp chưng cất metanol", 900, ("1052",)),
)


def _emissions_ju1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("3.1.2. Đánh giá tác động do khí thải trong giai đoạn vận hành")
    doc.p("Tải lượng được tính trên cơ sở lưu lượng thiết kế và nồng độ các chất ô nhiễm theo số liệu của nhà cung cấp công nghệ.")
    rows = [["TT", "Nguồn thải", "Lưu lượng (Nm³/h)", "Thông số", "Nồng độ (mg/Nm³)", "Tải lượng", None],
            [None, None, None, None, None, "g/s", "tấn/năm"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 0, 6)]
    hours = 8000
    for k, (name, flow, codes) in enumerate(VN_METHANOL_STACKS, 1):
        start = len(rows)
        for j, code in enumerate(codes):
            conc = _sig(r.uniform(5, 180))
            gs = round(conc * flow / 3.6e6, 4) or 0.0001
            ty = round(gs * 3600 * hours / 1e6, 3) or 0.001
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, num(flow, "vi") if j == 0 else None, _air(doc, code),
                         num(conc, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty, None, None, "operation"))
        if len(codes) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 2)]
    doc.table("Bảng 3.8. Tải lượng các chất ô nhiễm trong khí thải giai đoạn vận hành của Nhà máy Metanol Cái Mép", rows, merges, role="emissions")
    doc.p(f"Ghi chú: thời gian vận hành {num(hours, 'vi')} giờ/năm; nồng độ quy về điều kiện chuẩn (25 °C, 760 mmHg), O2 dư 3 %.")


# code: (construction g/s, t/period) or None, (operation g/s, t/yr) or None are drawn; the codes of each period
METHANOL_PERIODS = (("0301", True, True), ("0304", True, True), ("0328", True, False), ("0330", True, False), ("0337", True, True),
                    ("2908", True, False), ("2754", True, False), ("0410", False, True), ("1052", False, True), ("0415", False, True),
                    ("0333", False, True))


def emissions_ju2(doc: Doc) -> None:
    """A methanol plant's list of the substances it emits with the construction and the operation periods side by side:
    a two-row header, each period merged over its g/s and its tonnes (per period, per year), dashes where a period emits
    nothing, the class before them, a total per period and no sources (VI: a green hydrogen project's ĐTM with the two
    periods as section rows and the emission factors as look-alikes)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ju2_vi(doc)
        return
    g = _g(doc)
    doc.h(g("Отчет о возможных воздействиях. Строительство метанольного завода «Атырау Метанол»",
            "Ықтимал әсерлер туралы есеп. «Атырау Метанол» метанол зауытының құрылысы"))
    doc.p(g("Продолжительность строительства – 30 месяцев; выбросы периода строительства приведены в тоннах за весь период.",
            "Құрылыс ұзақтығы – 30 ай; құрылыс кезеңінің шығарындылары бүкіл кезең үшін тоннамен берілген."))
    rows = [[g("Код ЗВ", "ЛЗ коды"), g("Наименование загрязняющего вещества", "Ластаушы заттың атауы"), g("Класс опасности", "Қауіптілік сыныбы"),
             g("Период строительства", "Құрылыс кезеңі"), None, g("Период эксплуатации", "Пайдалану кезеңі"), None],
            [None, None, None, "г/с", g("т/период", "т/кезең"), "г/с", g("т/год", "т/жыл")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    sums = {"construction": [0.0, 0.0], "operation": [0.0, 0.0]}
    for code, build, run in METHANOL_PERIODS:
        hz = CLASS[code]
        line = [code, _air(doc, code), str(hz) if hz else g("ОБУВ", "ШҚӘД")]
        for period, on in (("construction", build), ("operation", run)):
            if not on:
                line += ["–", "–"]
                continue
            gs = _sig(r.uniform(0.001, 2.8))
            ty = _sig(gs * r.uniform(5, 30))
            line += [num(gs, doc.lang), num(ty, doc.lang)]
            sums[period][0] += gs
            sums[period][1] += ty
            doc.add("emissions", emission(code, gs, ty, None, hz, period))
        rows.append(line)
    rows.append(["", g("Всего", "Барлығы"), "", *(num(round(v, 6), doc.lang) for p in ("construction", "operation") for v in sums[p])])
    doc.table(g("Таблица 7.2 – Перечень загрязняющих веществ, выбрасываемых в атмосферу", "7.2-кесте – Атмосфераға шығарылатын ластаушы заттардың тізбесі"),
              rows, merges, role="emissions")
    maybe_distractor(doc)


def _emissions_ju2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("CHƯƠNG 3. ĐÁNH GIÁ, DỰ BÁO TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN NHÀ MÁY HYDRO XANH ĐỊNH AN")
    doc.p("Tải lượng bụi và khí thải từ máy móc, thiết bị thi công và máy phát điện dự phòng được tính theo hệ số ô nhiễm của WHO.")
    rows = [["TT", "Chất ô nhiễm", "Hệ số ô nhiễm (kg/tấn DO)", "Tải lượng (g/s)", "Tổng tải lượng (tấn)"]]
    merges = []
    parts = (("construction", "A. Giai đoạn thi công xây dựng (18 tháng)", ("2902", "0330", "0301", "0337")),
             ("operation", "B. Giai đoạn vận hành – máy phát điện dự phòng 2.000 kVA", ("2902", "0330", "0301", "0337")))
    factors = {"2902": "0,71", "0330": "20S", "0301": "9,62", "0337": "2,19"}
    for period, title, codes in parts:
        _span(rows, merges, title, 5)
        for k, code in enumerate(codes, 1):
            gs = _sig(r.uniform(0.005, 0.9))
            ty = _sig(r.uniform(0.01, 4.5))
            rows.append([str(k), _air(doc, code), factors[code], num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty, None, None, period))
    doc.table("Bảng 3.3. Tải lượng các chất ô nhiễm không khí theo giai đoạn", rows, merges, role="emissions")
    doc.p("Ghi chú: S là hàm lượng lưu huỳnh trong dầu DO (0,05 %); tổng tải lượng giai đoạn vận hành tính cho 1 năm.")


# ---------------------------------------------------------------- wastes

# (code, RU, KK, loaded t or None, low, high t/yr)
AMMONIA_WASTES = (
    ("16 08 02*", "Отработанный никелевый катализатор первичного риформинга", "Бастапқы риформингтің пайдаланылған никель катализаторы", 38.5, 6, 12),
    ("16 08 02*", "Отработанный железохромовый катализатор среднетемпературной конверсии СО", "СО орта температуралы конверсиясының пайдаланылған темір-хром катализаторы", 62.0, 10, 20),
    ("16 08 03", "Отработанный медьсодержащий катализатор низкотемпературной конверсии СО", "СО төмен температуралы конверсиясының пайдаланылған мыс құрамды катализаторы", 71.4, 12, 24),
    ("16 08 03", "Отработанный железный катализатор синтеза аммиака", "Аммиак синтезінің пайдаланылған темір катализаторы", 96.0, 8, 16),
    ("06 13 02*", "Отработанный активированный уголь узла очистки газа", "Газ тазарту торабының пайдаланылған белсендірілген көмірі", None, 3, 7),
    ("19 09 05", "Отработанные ионообменные смолы химводоочистки", "Химиялық су тазартудың пайдаланылған ион алмастырғыш шайырлары", None, 2, 6),
    ("13 02 08*", "Отработанные компрессорные и турбинные масла", "Пайдаланылған компрессор және турбина майлары", None, 4, 11),
    ("17 06 04", "Отходы теплоизоляции (минеральная вата)", "Жылу оқшаулағыш қалдықтары (минералды мақта)", None, 5, 15),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", None, 40, 90),
)  # fmt: skip


def wastes_ju1(doc: Doc) -> None:
    """An ammonia plant's limits of waste accumulation: code, name, the mass loaded in the apparatus and the accumulation
    limit as look-alikes beside the tonnes formed a year, the units in a row of their own under the header, spent
    catalysts of the reformer, both shift converters and the synthesis column, the same code on two wastes, a total row
    (VI: a fertiliser plant's GPMT list of CTNH in kg/năm with the state, ordinary wastes in tấn/năm in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ju1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g("Лимиты накопления отходов АО «Қаратау Азот» на 2026–2035 годы", "«Қаратау Азот» АҚ 2026–2035 жылдарға арналған қалдықтарды жинақтау лимиттері"))
    doc.p(g("Катализаторы заменяются по истечении межрегенерационного пробега (4–6 лет); образование приведено в среднем за год.",
            "Катализаторлар регенерацияаралық жүріс мерзімі өткенде (4–6 жыл) ауыстырылады; түзілу жылына орташа есеппен берілген."))
    rows = [["№", g("Код отхода", "Қалдық коды"), g("Наименование отхода", "Қалдықтың атауы"), g("Единовременная загрузка в аппарат", "Аппаратқа бір реттік жүктеме"),
             g("Образование", "Түзілуі"), g("Лимит накопления", "Жинақтау лимиті"), g("Место накопления", "Жинақтау орны")],
            ["", "", "", g("т", "т"), g("т/год", "т/жыл"), g("т", "т"), ""]]
    total = 0.0
    for k, (code, ru, kk, loaded, lo, hi) in enumerate(AMMONIA_WASTES, 1):
        amount = round(r.uniform(lo, hi), 2)
        total += amount
        rows.append([str(k), code, (ru, kk)[L], num(loaded, doc.lang) if loaded else "–", num(amount, doc.lang), num(round(amount * 1.5, 1), doc.lang),
                     g(f"площадка № {r.randint(1, 4)}", f"№ {r.randint(1, 4)} алаң")])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount, "name_contains": _words((ru, kk)[L], 3)})
    rows.append(["", "", g("Итого", "Барлығы"), "", num(round(total, 2), doc.lang), "", ""])
    doc.table(g("Таблица 2 – Лимиты накопления отходов", "2-кесте – Қалдықтарды жинақтау лимиттері"), rows, role="wastes")
    maybe_distractor(doc)


VN_FERT_CTNH = (("19 09 01", "Chất xúc tác đã qua sử dụng có chứa kim loại chuyển tiếp nguy hại (xúc tác reforming Ni)", "Rắn"),
                ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng"),
                ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Rắn"),
                ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Rắn"),
                ("18 01 03", "Bao bì cứng thải bằng nhựa", "Rắn"))
VN_FERT_ORD = ("Bùn thải từ hệ thống xử lý nước thải", "Bao bì đựng urê rách, hỏng", "Phế liệu kim loại", "Gạch chịu lửa thải từ lò reforming")


def _wastes_ju1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC 3. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI")
    doc.p("A. Khối lượng, chủng loại chất thải nguy hại phát sinh thường xuyên của Nhà máy Đạm Phú Mỹ Bắc:")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng (kg/năm)"]]
    for k, (code, name, state) in enumerate(VN_FERT_CTNH, 1):
        kg = r.randint(12, 900) * 10
        rows.append([str(k), name, code, state, num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.1. Chất thải nguy hại", rows, role="wastes")
    doc.p("B. Khối lượng, chủng loại chất thải rắn công nghiệp thông thường:")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)"]]
    for k, name in enumerate(VN_FERT_ORD, 1):
        t = round(r.uniform(3, 260), 1)
        rows.append([str(k), name, num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 3)})
    doc.table("Bảng 3.2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")


METHANOL_WASTES = (
    (True, "16 08 02*", "Отработанный медно-цинковый катализатор синтеза метанола", "Метанол синтезінің пайдаланылған мыс-мырыш катализаторы"),
    (True, "07 01 08*", "Кубовые остатки ректификации метанола", "Метанол ректификациясының куб қалдықтары"),
    (True, "15 02 02*", "Промасленная ветошь и фильтры", "Майланған шүберек және сүзгілер"),
    (True, "20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"),
    (False, "16 08 03", "Отработанный катализатор сероочистки (оксид цинка)", "Күкірт тазартудың пайдаланылған катализаторы (мырыш оксиді)"),
    (False, "19 09 02", "Шлам осветления воды", "Суды мөлдірлету шламы"),
    (False, "17 04 05", "Лом черных металлов", "Қара металл сынықтары"),
    (False, "20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар"),
)  # fmt: skip


def wastes_ju2(doc: Doc) -> None:
    """A methanol plant's inventory of wastes formed in 2025 by quarter under a merged header `Образовано, т`, the year's
    total after the quarters the amount, then what was handed over, hazardous and non-hazardous section rows, quarters
    with dashes (VI: an annual report of a methanol plant, CTNH in kg handed over with the receiver's licence number as a
    look-alike)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ju2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g("Отчет по инвентаризации отходов производства и потребления ТОО «Атырау Метанол» за 2025 год",
            "«Атырау Метанол» ЖШС өндіріс және тұтыну қалдықтарын түгендеу бойынша 2025 жылғы есеп"))
    rows = [[g("Код", "Коды"), g("Вид отхода", "Қалдық түрі"), g("Образовано, т", "Түзілді, т"), None, None, None, None, g("Передано сторонним организациям, т", "Бөгде ұйымдарға берілді, т")],
            [None, None, g("I кв.", "I тоқс."), g("II кв.", "II тоқс."), g("III кв.", "III тоқс."), g("IV кв.", "IV тоқс."), g("за год", "жылына"), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 6), (0, 7, 1, 7)]
    section = None
    for haz, code, ru, kk in METHANOL_WASTES:
        if haz != section:
            section = haz
            _span(rows, merges, g("Опасные отходы", "Қауіпті қалдықтар") if haz else g("Неопасные отходы", "Қауіпті емес қалдықтар"), 8)
        quarters = [round(r.uniform(0.1, 9), 2) if r.random() > 0.25 else None for _ in range(4)]
        if not any(quarters):
            quarters[3] = round(r.uniform(2, 20), 2)
        year = round(sum(q for q in quarters if q), 2)
        rows.append([code, (ru, kk)[L], *(num(q, doc.lang) if q else "–" for q in quarters), num(year, doc.lang), num(round(year * r.uniform(0.6, 1), 2), doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": haz, "amount_t": year, "name_contains": _words((ru, kk)[L], 3)})
    doc.table(g("Форма 1. Сведения об образовании отходов", "1-нысан. Қалдықтардың түзілуі туралы мәліметтер"), rows, merges, role="wastes")
    maybe_distractor(doc)


def _wastes_ju2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – NHÀ MÁY METANOL CÁI MÉP")
    doc.p("3. Kết quả quản lý chất thải nguy hại: toàn bộ CTNH được chuyển giao cho đơn vị có giấy phép xử lý.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Số lượng (kg)", "Tổ chức tiếp nhận", "Số giấy phép"]]
    items = (("19 09 01", "Chất xúc tác đã qua sử dụng có chứa kim loại chuyển tiếp nguy hại"), ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải"),
             ("18 01 02", "Bao bì cứng thải bằng kim loại"), ("19 06 01", "Pin, ắc quy chì thải"), ("16 01 13", "Các thiết bị, bộ phận, linh kiện điện tử thải"))
    total = 0
    for k, (code, name) in enumerate(items, 1):
        kg = r.randint(5, 4000) * 5
        total += kg
        rows.append([str(k), name, code, num(kg, "vi"), "Công ty TNHH Môi trường Xanh Bà Rịa", f"1-2-3-4-5.{r.randint(100, 199)}.VX"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    rows.append(["", "Tổng cộng", "", num(total, "vi"), "", ""])
    doc.table("Bảng 5. Chất thải nguy hại phát sinh và chuyển giao", rows, role="wastes")


# ---------------------------------------------------------------- limits

# (source, RU, KK, [(code, norm mg/m3, method standard)])
STACK_PROTOCOL = (
    ("0001", "Печь первичного риформинга", "Бастапқы риформинг пеші", [("0301", 250, "ГОСТ Р ИСО 10849-2006"), ("0337", 120, "ГОСТ 33007-2014"), ("0410", 45, "ПНД Ф 13.1.8-97")]),
    ("0003", "Вспомогательный котел", "Қосалқы қазандық", [("0301", 300, "ГОСТ Р ИСО 10849-2006"), ("0337", 150, "ГОСТ 33007-2014")]),
    ("0002", "Свеча продувочных газов", "Үрлеу газдарының шырағы", [("0303", 35, "МВИ КZ.07.00.01512-2019")]),
)  # fmt: skip


def limits_ju1(doc: Doc) -> None:
    """A laboratory's test protocol at an ammonia plant's stacks: each source merged down over its components, the result,
    the error `±`, the НДВ concentration as the norm, the method's standard number as a look-alike, then the sampling
    conditions (temperature, velocity, flow) in a table of no role (VI: stack results against QCVN 19:2009/BTNMT and
    QCVN 21:2009/BTNMT column B with Kp and Kv in the header, the Cmax taken)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ju1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g(f"Протокол испытаний № {r.randint(100, 999)}/26-ПВ от {r.randint(1, 28):02d}.03.2026", f"2026 ж. {r.randint(1, 28):02d}.03. № {r.randint(100, 999)}/26-ПВ сынақ хаттамасы"))
    doc.p(g("Испытательная лаборатория ТОО «ЭкоАналит-Тараз» (аттестат аккредитации KZ.T.08.1234 до 15.11.2028). Заказчик: АО «Қаратау Азот».",
            "«ЭкоАналит-Тараз» ЖШС сынақ зертханасы (аккредиттеу аттестаты KZ.T.08.1234, 15.11.2028 дейін). Тапсырыс беруші: «Қаратау Азот» АҚ."))
    rows = [[g("Источник", "Көз"), None, g("Определяемый компонент", "Анықталатын құрамдас"), g("Результат", "Нәтиже"), g("Погрешность, ±", "Қателік, ±"),
             g("Норматив НДВ", "ЖШН нормативі"), g("НД на метод", "Әдіске НҚ")],
            ["№", g("наименование", "атауы"), None, "мг/м³", "мг/м³", "мг/м³", None]]
    merges = [(0, 0, 0, 1), (0, 2, 1, 2), (0, 6, 1, 6)]
    for number, ru, kk, comps in STACK_PROTOCOL:
        start = len(rows)
        for j, (code, norm, method) in enumerate(comps):
            v = _sig(norm * r.uniform(0.3, 0.95))
            rows.append([number if j == 0 else None, (ru, kk)[L] if j == 0 else None, f"{_air(doc, code)} ({code})", num(v, doc.lang),
                         num(_sig(v * 0.2, 2), doc.lang), num(norm, doc.lang), method])
            add(doc, limit(("code", code), "flue_gas", norm, "mg/m3", None, number, v))
        if len(comps) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Результаты испытаний", "Сынақ нәтижелері"), rows, merges, role="limits")
    doc.table(g("Условия отбора проб", "Сынама алу шарттары"), [
        [g("Источник", "Көз"), g("Температура газа, °С", "Газ температурасы, °С"), g("Скорость, м/с", "Жылдамдығы, м/с"), g("Расход, м³/с", "Шығыны, м³/с")],
        *([n, str(r.randint(120, 260)), num(round(r.uniform(6, 18), 1), doc.lang), num(round(r.uniform(8, 60), 2), doc.lang)] for n, *_ in STACK_PROTOCOL)], role="other")


def _limits_ju1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("PHIẾU KẾT QUẢ QUAN TRẮC KHÍ THẢI – NHÀ MÁY ĐẠM PHÚ MỸ BẮC (ĐỢT 1/2026)")
    doc.p("Đơn vị quan trắc: Trung tâm Quan trắc Tài nguyên và Môi trường (VIMCERTS 112). Ngày lấy mẫu: 12/3/2026.")
    stacks = (("KT-01", "Ống khói lò reforming sơ cấp", (("0301", 850, "QCVN 19:2009/BTNMT"), ("0337", 1000, "QCVN 19:2009/BTNMT"), ("0330", 500, "QCVN 19:2009/BTNMT"))),
              ("KT-02", "Ống thải tháp tạo hạt urê", (("2902", 200, "QCVN 21:2009/BTNMT"), ("0303", 50, "QCVN 21:2009/BTNMT"))))
    kp, kv = 0.9, 1.0
    rows = [["Vị trí", "Thông số", "Đơn vị", "Kết quả", "QCVN, cột B", f"Cmax (Kp = {num(kp, 'vi')}; Kv = {num(kv, 'vi')})", "Quy chuẩn"]]
    merges = []
    for pid, name, comps in stacks:
        start = len(rows)
        for j, (code, c, std) in enumerate(comps):
            cmax = round(c * kp * kv, 2)
            v = _sig(cmax * r.uniform(0.1, 0.8))
            rows.append([f"{pid}: {name}" if j == 0 else None, _air(doc, code), "mg/Nm³", num(v, "vi"), num(c, "vi"), num(cmax, "vi"), std])
            add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", pid, v))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 2. Kết quả phân tích khí thải", rows, merges, role="limits")


# (point, RU, KK, [(symbol, measured, ДК)])
DISCHARGE_POINTS = (
    ("ВП-1", "продувка градирен (выпуск в пруд-испаритель)", "градирняларды үрлеу (буландырғыш тоғанға шығару)",
     [("pH", 7.9, (6.5, 8.5)), ("TSS", None, 25), ("TDS", None, 3000), ("Cl-", None, 800), ("SO4", None, 900)]),
    ("ВП-2", "стоки регенерации ХВО", "ХСТ регенерациясының ағындары",
     [("pH", 7.2, (6.5, 9)), ("TDS", None, 5000), ("Fe", None, 0.5), ("NH4+", None, 2)]),
)


def limits_ju2(doc: Doc) -> None:
    """The permitted discharge of a green hydrogen plant's cooling-tower blowdown and demineraliser effluent: the outlet's
    code and description merged down over its substances, the measured concentration, the allowed concentration (pH as a
    range), the discharge in g/h and t/yr as look-alikes and the flow in a note (VI: treated waste water of a fertiliser
    plant against QCVN 40:2011/BTNMT column A with Kq and Kf, the Cmax taken)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ju2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g("Нормативы допустимых сбросов комплекса «Каспий H2»", "«Каспий H2» кешенінің жол берілетін төгінділер нормативтері"))
    doc.p(g(f"Расход продувочных вод – {num(r.randint(80, 160), doc.lang)} м³/ч; стоки ХВО – {num(r.randint(10, 30), doc.lang)} м³/ч.",
            f"Үрлеу суларының шығыны – {num(r.randint(80, 160), doc.lang)} м³/сағ; ХСТ ағындары – {num(r.randint(10, 30), doc.lang)} м³/сағ."))
    rows = [[g("Выпуск", "Шығарылым"), g("Показатель", "Көрсеткіш"), g("Фактическая концентрация", "Нақты концентрация"), g("ДК", "ЖК"),
             g("Сброс", "Төгінді"), None],
            [None, None, g("мг/дм³", "мг/дм³"), g("мг/дм³", "мг/дм³"), g("г/ч", "г/сағ"), g("т/год", "т/жыл")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 4, 0, 5)]
    for pid, ru, kk, items in DISCHARGE_POINTS:
        start = len(rows)
        for j, (sym, fixed, dk) in enumerate(items):
            if isinstance(dk, tuple):
                v = fixed
                cells = [num(v, doc.lang), f"{num(dk[0], doc.lang)}–{num(dk[1], doc.lang)}", "–", "–"]
            else:
                v = _sig(dk * r.uniform(0.3, 0.9))
                cells = [num(v, doc.lang), num(dk, doc.lang), num(_sig(dk * r.uniform(50, 150)), doc.lang), num(_sig(dk * r.uniform(0.3, 1.2)), doc.lang)]
            rows.append([f"{pid} – {(ru, kk)[L]}" if j == 0 else None, vocab.water(sym, doc.lang), *cells])
            add(doc, limit(("symbol", sym), "waste_water", dk, "mg/l", None, pid, v))
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 5.3 – Нормативы сбросов по выпускам", "5.3-кесте – Шығарылымдар бойынша төгінділер нормативтері"), rows, merges, role="limits")
    maybe_distractor(doc)


def _limits_ju2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("KẾT QUẢ QUAN TRẮC NƯỚC THẢI SAU XỬ LÝ – QUÝ I/2026")
    kq, kf = 0.9, 1.0
    doc.p(f"Nước thải sau hệ thống xử lý công suất 1.200 m³/ngày đêm xả ra sông Thị Vải; Kq = {num(kq, 'vi')}, Kf = {num(kf, 'vi')}.")
    params = (("pH", "-", (6, 9)), ("TSS", "mg/l", 50), ("COD", "mg/l", 75), ("BOD5", "mg/l", 30), ("NH4+", "mg/l", 5), ("TN", "mg/l", 20), ("TPH", "mg/l", 5))
    rows = [["TT", "Thông số", "Đơn vị", "NT-01 (cửa xả)", "QCVN 40:2011/BTNMT cột A (Cmax)"]]
    for k, (sym, u, c) in enumerate(params, 1):
        if isinstance(c, tuple):
            v, cell = round(r.uniform(6.8, 7.9), 1), f"{num(c[0], 'vi')} – {num(c[1], 'vi')}"
            cmax = c
        else:
            cmax = round(c * kq * kf, 2)
            v, cell = _sig(cmax * r.uniform(0.1, 0.8)), num(cmax, "vi")
        rows.append([str(k), vocab.water(sym, "vi"), u, num(v, "vi"), cell])
        add(doc, limit(("symbol", sym), "waste_water", cmax, "mg/l", "A", "NT-01", v))
    doc.table("Bảng 3. Kết quả phân tích nước thải", rows, role="limits")


# ---------------------------------------------------------------- monitoring

# (number, RU, KK, codes, frequency, RU, KK method)
METHANOL_PLAN = (
    ("0001", "Труба печи риформинга", "Риформинг пешінің мұржасы", ("0301", "0304", "0337"), "continuous", "АСМ", "АМЖ"),
    ("0001", "Труба печи риформинга", "Риформинг пешінің мұржасы", ("0330",), "quarterly", "инструментальный", "аспаптық"),
    ("0002", "Ректификационная колонна (воздушник)", "Ректификация колоннасы (ауа шығарғыш)", ("1052",), "monthly", "инструментальный", "аспаптық"),
    ("0004", "Факел высотный", "Биік алау", ("0301", "0337", "0410"), "yearly", "расчетный", "есептік"),
    ("6001", "Резервуарный парк метанола", "Метанол резервуар паркі", ("1052",), "quarterly", "инструментальный", "аспаптық"),
)  # fmt: skip


def monitoring_ju1(doc: Doc) -> None:
    """A methanol plant's ПЭК plan of its sources: the substances of a row listed in one cell, the reformer stack in two rows
    (continuous by the automated system and sulphur dioxide quarterly), the flare by calculation once a year, the sampling
    point's coordinates as look-alikes; the protection zone's points in a second table (VI: a fertiliser plant's monitoring
    programme, automatic continuous stack monitoring, periodic stack and waste-water rows, flow and temperature with no key)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_ju1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g("Программа ПЭК ТОО «Атырау Метанол». Раздел 3. Операционный мониторинг и мониторинг эмиссий",
            "«Атырау Метанол» ЖШС ӨЭБ бағдарламасы. 3-бөлім. Операциялық мониторинг және эмиссиялар мониторингі"))
    rows = [[g("№ ИЗА", "ЛШК №"), g("Источник", "Көз"), g("Контролируемые вещества", "Бақыланатын заттар"), g("Периодичность", "Кезеңділігі"),
             g("Метод", "Әдіс"), g("Координаты места отбора", "Сынама алу орнының координаттары")]]
    pairs, numbers = [], []
    for number, ru, kk, codes, word, m_ru, m_kk in METHANOL_PLAN:
        rows.append([number, (ru, kk)[L], ", ".join(f"{_air(doc, c)} ({c})" for c in codes), _said(doc, word), (m_ru, m_kk)[L],
                     f"47°{r.randint(2, 5):02d}'{r.randint(10, 59)}\"; 51°{r.randint(55, 59)}'{r.randint(10, 59)}\""])
        for c in codes:
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
            if (number, c) not in pairs:
                pairs.append((number, c))
        if number not in numbers:
            numbers.append(number)
    doc.table(g("Таблица 3.2 – План-график контроля выбросов на источниках", "3.2-кесте – Көздердегі шығарындыларды бақылау жоспар-кестесі"), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in numbers))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    rows = [[g("Точка", "Нүкте"), g("Расположение", "Орналасуы"), g("Вещества", "Заттар"), g("Периодичность", "Кезеңділігі")]]
    for k in range(1, 4):
        pid = f"КТ-{k}"
        rows.append([pid, g(f"граница СЗЗ (1000 м), {('север', 'восток', 'юг')[k - 1]}", f"СҚА шекарасы (1000 м), {('солтүстік', 'шығыс', 'оңтүстік')[k - 1]}"),
                     f"{_air(doc, '1052')}, {_air(doc, '0301')}", _said(doc, "quarterly")])
        for c in ("1052", "0301"):
            doc.add("monitoring", {"point": pid, "code": c, "frequency": "quarterly"})
    doc.table(g("Таблица 3.3 – Мониторинг воздействия на границе СЗЗ", "3.3-кесте – СҚА шекарасындағы әсер мониторингі"), rows, role="monitoring")


def _monitoring_ju1_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG CỦA NHÀ MÁY ĐẠM PHÚ MỸ BẮC")
    doc.p("Thực hiện theo Giấy phép môi trường số 215/GPMT-BTNMT ngày 09/8/2024.")
    rows = [["Loại", "Vị trí", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    plan = (("Khí thải tự động", "KT-01: ống khói lò reforming sơ cấp", "Lưu lượng, nhiệt độ, O2 dư, Bụi tổng, NO2, CO", ("2902", "0301", "0337"), "code", "continuous", "QCVN 19:2009/BTNMT, cột B"),
            ("Khí thải định kỳ", "KT-01: ống khói lò reforming sơ cấp", "SO2", ("0330",), "code", "quarterly", "QCVN 19:2009/BTNMT, cột B"),
            ("Khí thải định kỳ", "KT-02: tháp tạo hạt urê", "Bụi tổng, NH3", ("2902", "0303"), "code", "quarterly", "QCVN 21:2009/BTNMT, cột B"),
            ("Nước thải", "NT-01: cửa xả sau HTXLNT", "pH, TSS, COD, Amoni (tính theo N), Tổng nitơ", ("pH", "TSS", "COD", "NH4+", "TN"), "symbol", "monthly", "QCVN 40:2011/BTNMT, cột A"))
    for kind, where, text, keys, field, word, std in plan:
        rows.append([kind, where, text, _said(doc, word), std])
        pid = where.split(":")[0]
        for k in keys:
            doc.add("monitoring", {"point": pid, field: k, "frequency": word})
    doc.table("Bảng 4.1. Chương trình quan trắc", rows, role="monitoring")


MONTHS = {"ru": ("Я", "Ф", "М", "А", "М", "И", "И", "А", "С", "О", "Н", "Д"), "kk": ("Қ", "А", "Н", "С", "М", "М", "Ш", "Т", "Қ", "Қ", "Қ", "Ж")}
MARKS = {"monthly": range(12), "quarterly": (0, 3, 6, 9), "semiannual": (3, 9), "yearly": (6,)}
# (point, RU, KK, symbols, frequency)
H2_WATER = (
    ("ТН-1", "продувка градирен", "градирнялар үрлеуі", ("pH", "TDS", "Cl-", "SO4"), "monthly"),
    ("ТН-2", "сток регенерации ХВО", "ХСТ регенерация ағыны", ("pH", "TDS", "Fe"), "quarterly"),
    ("ТН-3", "пруд-испаритель", "буландырғыш тоған", ("TDS", "Cl-", "SO4", "NH4+"), "semiannual"),
    ("НС-1", "наблюдательная скважина ниже пруда", "тоғаннан төмен бақылау ұңғымасы", ("TDS", "Cl-", "TPH"), "yearly"),
)


def monitoring_ju2(doc: Doc) -> None:
    """A green hydrogen plant's water sampling schedule: points with their descriptions, the parameters in one cell, a grid
    of twelve months marked `х` under a merged header, the frequency after the grid and the samples a year as a look-alike
    (VI: a green hydrogen project's operational monitoring with the standards compared against in a column of their own)."""
    if doc.lang == "vi":
        _monitoring_ju2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g("График отбора проб воды на 2026 год (комплекс «Каспий H2»)", "2026 жылға арналған су сынамаларын алу кестесі («Каспий H2» кешені)"))
    rows = [[g("Точка", "Нүкте"), g("Показатели", "Көрсеткіштер"), g("Месяцы отбора", "Сынама алу айлары"), *([None] * 11), g("Периодичность", "Кезеңділігі"),
             g("Проб в год", "Жылына сынама")],
            [None, None, *MONTHS[doc.lang], None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 13), (0, 14, 1, 14), (0, 15, 1, 15)]
    for pid, ru, kk, syms, word in H2_WATER:
        grid = ["х" if m in MARKS[word] else "" for m in range(12)]
        rows.append([f"{pid} ({(ru, kk)[L]})", ", ".join(vocab.water(s, doc.lang) for s in syms), *grid, _said(doc, word), str(len(MARKS[word]) * len(syms))])
        for s in syms:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": word})
    doc.table(g("Таблица 4 – Мониторинг водных объектов", "4-кесте – Су объектілерінің мониторингі"), rows, merges, role="monitoring")
    maybe_distractor(doc)


def _monitoring_ju2_vi(doc: Doc) -> None:
    doc.h("5.2. CHƯƠNG TRÌNH GIÁM SÁT MÔI TRƯỜNG GIAI ĐOẠN VẬN HÀNH – NHÀ MÁY HYDRO XANH ĐỊNH AN")
    rows = [["Vị trí", "Thông số giám sát", "Tần suất", "Quy chuẩn so sánh"]]
    plan = (("NT-01: nước xả đáy tháp giải nhiệt", "pH, TSS, TDS, Clorua (Cl-)", ("pH", "TSS", "TDS", "Cl-"), "symbol", "quarterly", "QCVN 40:2011/BTNMT, cột B"),
            ("NT-02: nước thải tái sinh hệ thống khử khoáng", "pH, Sắt (Fe)", ("pH", "Fe"), "symbol", "semiannual", "QCVN 40:2011/BTNMT, cột B"),
            ("KT-01: ống xả máy phát điện dự phòng", "Bụi tổng, SO2, NO2, CO", ("2902", "0330", "0301", "0337"), "code", "yearly", "QCVN 19:2009/BTNMT, cột B"))
    for where, text, keys, field, word, std in plan:
        rows.append([where, text, _said(doc, word), std])
        for k in keys:
            doc.add("monitoring", {"point": where.split(":")[0], field: k, "frequency": word})
    doc.table("Bảng 5.4. Giám sát môi trường", rows, role="monitoring")
    doc.p("Không thực hiện giám sát chất lượng không khí xung quanh theo quy định tại Điều 111 Luật Bảo vệ môi trường.")


# ---------------------------------------------------------------- inspections

# ((RU, KK section), [(RU, KK check, frequency, RU, KK who)])
AMMONIA_CHECKS = (
    (("Склад жидкого аммиака", "Сұйық аммиак қоймасы"), [
        ("Осмотр изотермических резервуаров и обвалования", "Изотермиялық резервуарлар мен үйінділерді тексеру", "daily", "Начальник смены", "Ауысым бастығы"),
        ("Проверка газоанализаторов аммиака на точность срабатывания", "Аммиак газталдағыштарының іске қосылу дәлдігін тексеру", "monthly", "Служба КИПиА", "БӨАжА қызметі"),
    ]),
    (("Факельная система", "Алау жүйесі"), [
        ("Контроль горения дежурных горелок факела", "Алаудың кезекші жанарғыларының жануын бақылау", "daily", "Оператор ДПУ", "ДБП операторы"),
        ("Осмотр факельного ствола и сепаратора", "Алау бағаны мен сепараторын тексеру", "quarterly", "Механик цеха", "Цех механигі"),
    ]),
    (("Градирни", "Градирнялар"), [
        ("Проверка каплеуловителей и водораспределения", "Тамшы ұстағыштар мен су таратуды тексеру", "monthly", "Инженер-эколог", "Инженер-эколог"),
        ("Комплексное обследование градирен", "Градирняларды кешенді зерттеу", "yearly", "Комиссия главного инженера", "Бас инженер комиссиясы"),
    ]),
)  # fmt: skip


def inspections_ju1(doc: Doc) -> None:
    """An ammonia plant's schedule of internal environmental checks: item numbers `1.1` under section rows for the ammonia
    store, the flare and the cooling towers, the frequency, who checks and an empty column for the mark of execution
    (VI: a fertiliser plant's self-inspection plan with `Hàng ngày`, `Hàng tuần` and the unit that checks)."""
    if doc.lang == "vi":
        _inspections_ju1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g("График внутренних проверок природоохранного оборудования АО «Қаратау Азот» на 2026 год",
            "«Қаратау Азот» АҚ табиғат қорғау жабдығын ішкі тексерулердің 2026 жылға арналған кестесі"))
    rows = [["№", g("Объект и содержание проверки", "Тексеру объектісі мен мазмұны"), g("Периодичность", "Кезеңділігі"), g("Проверяющий", "Тексеруші"),
             g("Отметка о выполнении", "Орындалғаны туралы белгі")]]
    merges = []
    for s, (sec, items) in enumerate(AMMONIA_CHECKS, 1):
        _span(rows, merges, f"{s}. {sec[L]}", 5)
        for k, (ru, kk, word, w_ru, w_kk) in enumerate(items, 1):
            text, who = (ru, kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{s}.{k}", text, _said(doc, word), who, ""])
            doc.add("obligations", {"kind": "inspection", "number": f"{s}.{k}", "frequency": word, "text_contains": _words(text, 3), "actor_contains": who})
    doc.table(g("Таблица 1", "1-кесте"), rows, merges, role="inspections")
    distractor(doc, "approval")


def _inspections_ju1_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – NHÀ MÁY ĐẠM PHÚ MỸ BẮC")
    items = (("Kiểm tra rò rỉ amoniac tại kho chứa NH3 lỏng", "daily", "Trưởng ca sản xuất"),
             ("Kiểm tra hệ thống xử lý nước thải và bể điều hòa", "daily", "Tổ vận hành HTXLNT"),
             ("Kiểm tra trạm quan trắc khí thải tự động", "weekly", "Phòng Kỹ thuật"),
             ("Kiểm tra kho lưu giữ chất thải nguy hại", "monthly", "Phòng An toàn – Môi trường"),
             ("Kiểm tra tổng thể việc tuân thủ giấy phép môi trường", "yearly", "Ban Giám đốc"))
    rows = [["TT", "Nội dung kiểm tra", "Tần suất", "Đơn vị thực hiện"]]
    for k, (text, word, who) in enumerate(items, 1):
        rows.append([str(k), text, _said(doc, word), who])
        doc.add("obligations", {"kind": "inspection", "number": str(k), "frequency": word, "text_contains": _words(text, 4), "actor_contains": who})
    doc.table("Bảng 1. Kế hoạch tự kiểm tra", rows, role="inspections")


# (RU, KK object, RU, KK criterion, frequency or None)
WALKDOWN = (
    ("Факел высотный: пламя дежурных горелок", "Биік алау: кезекші жанарғылар жалыны", "пламя устойчивое, без черного дыма; расход азота на продувку не менее 25 нм³/ч",
     "жалын тұрақты, қара түтінсіз; үрлеуге азот шығыны кемінде 25 нм³/сағ", None),
    ("Факельный сепаратор С-301", "С-301 алау сепараторы", "уровень конденсата не более 30 %", "конденсат деңгейі 30 %-дан аспайды", "daily"),
    ("Градирня ВГ-1: каплеуловители", "ВГ-1 градирнясы: тамшы ұстағыштар", "нет видимого капельного уноса; рН оборотной воды 7,0–8,5", "көрінетін тамшы шығыны жоқ; айналымдағы су рН 7,0–8,5", "weekly"),
    ("Резервуары метанола: дыхательные клапаны", "Метанол резервуарлары: тыныс алу клапандары", "давление срабатывания 200 мм вод. ст.", "іске қосылу қысымы 200 мм су бағ.", "monthly"),
)  # fmt: skip


def inspections_ju2(doc: Doc) -> None:
    """A methanol plant's walk-down check list of the flare and cooling towers: each check with a criterion full of figures
    and units (`не более 30 %`, `200 мм вод. ст.`) that are no limits, the frequency, the flare's burners checked each shift
    without a frequency (VI: a hydrogen plant's check list, the electrolysers' hydrogen detectors checked each shift)."""
    if doc.lang == "vi":
        _inspections_ju2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g("Лист обхода факельного хозяйства и системы оборотного водоснабжения", "Алау шаруашылығы мен айналымдағы сумен жабдықтау жүйесін аралау парағы"))
    doc.p(g("Обход выполняет старший оператор установки; замечания заносятся в журнал и передаются начальнику цеха.",
            "Аралауды қондырғының аға операторы орындайды; ескертулер журналға енгізіліп, цех бастығына беріледі."))
    who = g("Старший оператор", "Аға оператор")
    rows = [["№", g("Объект проверки", "Тексеру объектісі"), g("Критерий", "Өлшем"), g("Периодичность", "Кезеңділігі"), g("Кто проверяет", "Кім тексереді")]]
    for k, (o_ru, o_kk, c_ru, c_kk, word) in enumerate(WALKDOWN, 1):
        obj = (o_ru, o_kk)[L]
        rows.append([str(k), obj, (c_ru, c_kk)[L], _said(doc, word) if word else g("каждую смену", "әр ауысымда"), who])
        item = {"kind": "inspection", "text_contains": _words(obj.split(":")[0], 2), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Чек-лист обхода", "Аралау чек-парағы"), rows, role="inspections")
    maybe_distractor(doc)


def _inspections_ju2_vi(doc: Doc) -> None:
    doc.h("PHIẾU KIỂM TRA HIỆN TRƯỜNG – XƯỞNG ĐIỆN PHÂN NHÀ MÁY HYDRO XANH ĐỊNH AN")
    items = (("Đầu dò khí hydro tại nhà điện phân", "ngưỡng cảnh báo 10 % LEL", None),
             ("Bể trung hòa nước thải KOH", "pH đầu ra 6,5 – 8,5", "daily"),
             ("Tháp giải nhiệt số 1", "không có hiện tượng cuốn giọt, độ dẫn điện dưới 2.500 µS/cm", "weekly"),
             ("Kho hóa chất KOH", "không rò rỉ, biển cảnh báo đầy đủ", "monthly"))
    rows = [["TT", "Hạng mục", "Tiêu chí", "Tần suất", "Người kiểm tra"]]
    for k, (obj, crit, word) in enumerate(items, 1):
        rows.append([str(k), obj, crit, _said(doc, word) if word else "Mỗi ca", "Kỹ sư vận hành"])
        item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": "Kỹ sư vận hành"}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng kiểm tra", rows, role="inspections")


# ---------------------------------------------------------------- tasks

PLAN_ITEMS = (
    ("Замена горелок печи первичного риформинга на малотоксичные (Low-NOx)", "Бастапқы риформинг пешінің жанарғыларын аз уытты (Low-NOx) жанарғыларға ауыстыру",
     "Главный механик", "Бас механик", (820, 640, 0), "−96 т/год NO2"),
    ("Установка выделения водорода и аммиака из продувочных газов", "Үрлеу газдарынан сутек пен аммиакты бөліп алу қондырғысын орнату",
     "Начальник цеха аммиака", "Аммиак цехының бастығы", (0, 1450, 980), "−210 т/год NH3"),
    ("Система возврата факельных газов", "Алау газдарын қайтару жүйесі", "Главный инженер", "Бас инженер", (0, 0, 2300), "−38 т/год CO"),
    ("Реконструкция каплеуловителей градирни ВГ-1", "ВГ-1 градирнясының тамшы ұстағыштарын реконструкциялау", "Начальник ЦВС", "СЖЦ бастығы", (95, 0, 0), "−12 т/год"),
)  # fmt: skip


def tasks_ju1(doc: Doc) -> None:
    """An ammonia–methanol plant's environmental plan for 2026–2028: the money per year under a merged header in millions
    of tenge, the expected effect in t/yr as a look-alike, the term and the responsible, a total row (VI: a green hydrogen
    project's plan of environmental works with quarters marked under a merged header)."""
    if doc.lang == "vi":
        _tasks_ju1_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g("План мероприятий по охране окружающей среды АО «Қаратау Азот» на 2026–2028 годы",
            "«Қаратау Азот» АҚ қоршаған ортаны қорғау жөніндегі 2026–2028 жылдарға арналған іс-шаралар жоспары"))
    rows = [["№", g("Мероприятие", "Іс-шара"), g("Затраты, млн тенге", "Шығындар, млн теңге"), None, None, g("Ожидаемый эффект", "Күтілетін нәтиже"),
             g("Ответственный", "Жауапты")],
            [None, None, "2026", "2027", "2028", None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6)]
    totals = [0, 0, 0]
    for k, (ru, kk, w_ru, w_kk, money, effect) in enumerate(PLAN_ITEMS, 1):
        text, who = (ru, kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), text, *(num(m, doc.lang) if m else "–" for m in money), effect, who])
        totals = [a + b for a, b in zip(totals, money, strict=True)]
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": who})
    rows.append(["", g("Итого", "Барлығы"), *(num(t, doc.lang) for t in totals), "", ""])
    doc.table(g("Таблица 1 – Мероприятия", "1-кесте – Іс-шаралар"), rows, merges, role="tasks")
    maybe_distractor(doc)


def _tasks_ju1_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH XÂY LẮP CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG – DỰ ÁN NHÀ MÁY HYDRO XANH ĐỊNH AN")
    items = (("Xây dựng hệ thống xử lý nước thải sinh hoạt công suất 50 m³/ngày", "Nhà thầu EPC", (1, 2)),
             ("Lắp đặt bể trung hòa nước thải tái sinh hệ thống khử khoáng", "Ban Quản lý dự án", (2, 3)),
             ("Xây dựng kho lưu giữ chất thải nguy hại diện tích 30 m²", "Nhà thầu EPC", (3,)),
             ("Trồng cây xanh cách ly dọc ranh giới phía Đông", "Phòng Hành chính", (3, 4)))
    rows = [["TT", "Hạng mục", "Đơn vị thực hiện", "Tiến độ năm 2026", None, None, None], [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    for k, (text, who, qs) in enumerate(items, 1):
        rows.append([str(k), text, who, *("x" if q in qs else "" for q in (1, 2, 3, 4))])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": who})
    doc.table("Bảng 6.1. Kế hoạch xây lắp", rows, merges, role="tasks")


ORDER_ITEMS = (
    ("ст. 182 ЭК РК", "182-бап ҚР ЭК", "Обеспечить оснащение трубы печи риформинга (источник 0001) автоматизированной системой мониторинга",
     "Риформинг пешінің мұржасын (0001 көзі) автоматтандырылған мониторинг жүйесімен жарақтандыруды қамтамасыз ету", "до 01.10.2026", "2026 ж. 01.10. дейін"),
    ("ст. 320 ЭК РК", "320-бап ҚР ЭК", "Оборудовать площадку накопления отработанных катализаторов навесом и твердым покрытием",
     "Пайдаланылған катализаторларды жинақтау алаңын қалқамен және қатты жабындымен жабдықтау", "до 01.07.2026", "2026 ж. 01.07. дейін"),
    ("ст. 186 ЭК РК", "186-бап ҚР ЭК", "Представить скорректированную программу ПЭК с включением градирни ВГ-1",
     "ВГ-1 градирнясы енгізілген түзетілген ӨЭБ бағдарламасын ұсыну", "в течение 30 рабочих дней", "30 жұмыс күні ішінде"),
)  # fmt: skip


def tasks_ju2(doc: Doc) -> None:
    """An inspector's order to remove violations found at an ammonia plant: the breached article of the Ecological Code in
    its own column beside each requirement, the term as a date or a period, the operator the actor named in the preamble,
    the inspection's act number and date as look-alikes (VI: an inspection conclusion's list of corrective requirements)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_ju2_vi(doc)
        return
    g = _g(doc)
    L = 0 if doc.lang == "ru" else 1
    doc.h(g(f"Предписание об устранении нарушений № {r.randint(10, 99)}-Э от {r.randint(1, 28):02d}.04.2026",
            f"2026 ж. {r.randint(1, 28):02d}.04. № {r.randint(10, 99)}-Э бұзушылықтарды жою туралы нұсқама"))
    doc.p(g(f"По результатам проверки (акт № {r.randint(100, 400)} от 02.04.2026) Департамент экологии по Жамбылской области предписывает АО «Қаратау Азот»:",
            f"Тексеру нәтижелері бойынша (2026 ж. 02.04. № {r.randint(100, 400)} акт) Жамбыл облысы бойынша экология департаменті «Қаратау Азот» АҚ-ға нұсқайды:"))
    rows = [["№", g("Нарушенная норма", "Бұзылған норма"), g("Требование", "Талап"), g("Срок исполнения", "Орындау мерзімі")]]
    for k, (a_ru, a_kk, ru, kk, t_ru, t_kk) in enumerate(ORDER_ITEMS, 1):
        text = (ru, kk)[L]
        rows.append([str(k), (a_ru, a_kk)[L], text, (t_ru, t_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": "Қаратау Азот"})
    doc.table(None, rows, role="tasks")
    doc.p(g("Об исполнении сообщить письменно с приложением подтверждающих документов.", "Орындалуы туралы растайтын құжаттарды қоса бере отырып жазбаша хабарлау."))


def _tasks_ju2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h(f"KẾT LUẬN KIỂM TRA SỐ {r.randint(10, 99)}/KL-STNMT VỀ VIỆC CHẤP HÀNH PHÁP LUẬT BẢO VỆ MÔI TRƯỜNG")
    doc.p("Đối với Công ty Cổ phần Phân bón Phú Mỹ Bắc, Đoàn kiểm tra yêu cầu Công ty thực hiện các nội dung sau:")
    items = (("Khắc phục tình trạng rò rỉ amoniac tại cụm van kho chứa NH3 lỏng", "trong 15 ngày"),
             ("Bổ sung thông số Amoni vào trạm quan trắc nước thải tự động, truyền dữ liệu về Sở", "trước 30/9/2026"),
             ("Lập sổ theo dõi chuyển giao chất thải nguy hại theo mẫu quy định", "trong 30 ngày"))
    rows = [["TT", "Nội dung yêu cầu", "Thời hạn"]]
    for k, (text, term) in enumerate(items, 1):
        rows.append([str(k), text, term])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": "Phú Mỹ Bắc"})
    doc.table("Bảng. Các yêu cầu khắc phục", rows, role="tasks")


LAYOUTS = [Layout(role, f"JU{k}", globals()[f"{role}_ju{k}"]) for role in ROLES for k in (1, 2)]
