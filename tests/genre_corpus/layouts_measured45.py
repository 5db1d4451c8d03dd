"""The thirtieth blind set's part HU (two layouts per role, `HU1` and `HU2`), written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured once (0.829
over 126 files when first measured at the registering commit, 2026-12-06), then moved to the tuning layouts to be
studied.

Theme: railway operation and rolling-stock repair. Kazakhstan: locomotive depots at Atbasar, Shu, Kandyagash, Beineu,
Ekibastuz and Shalkar with their rheostat stations, sand dryers, fuelling points (пункты экипировки) and boiler houses,
wagon-repair depots run as branches of a repair company, tank-car washing-steaming stations (ППС) with their oil traps
and evaporation ponds, a sleeper-impregnation works with its creosote cylinders and sleeper yard, and the station's
track distance, wagon depot and power-supply distance around them (an act accepting a reconstructed ППС, a company's
annex listing its branches, an НДВ project of the sleeper works, an inventory of a depot with its rheostat station, a
waste programme worked out from norms per repaired wagon, a ППС's report on the residues of cargo, a report on the
groundwater of a fuelling point, a ППС's journal of discharging in batches, ПЭК programmes, an order's schedule of
checks, a station's schedule of joint checks, a schedule of works in track possessions and the act investigating a
fuel spill). Vietnam: the wagon and locomotive works of Ngọc Lâm, Giáp Bát, Yên Viên, Vinh and Dĩ An and a tank-car
cleaning station at Yên Viên (biên bản nghiệm thu, a Sở's list of works subject to a GPMT, báo cáo đề xuất cấp GPMT,
ĐTM, báo cáo công tác bảo vệ môi trường, kết quả quan trắc nước dưới đất, sổ theo dõi xả nước thải theo mẻ, giấy phép
môi trường and chương trình quan trắc, lịch tự kiểm tra, lịch kiểm tra phối hợp, kế hoạch thi công trong thời gian phong
tỏa đường, biên bản điều tra sự cố).

Facility: the act accepting a reconstructed ППС into operation, the parties to the construction as rows with a BIN
column — the owner and operator, the general contractor, the designer, the technical supervision — over the object's
rows merged across, its centre written the geodesist's way `B = 51°48′37,26″; L = 68°21′36,43″` and explained only in a
note, the commission in a table of no role (VI: the minutes accepting a wagon works' washing-water treatment, four
enterprise numbers) (HU1); a wagon-repair company's annex listing its branch depots, each with its own branch BIN, the
station with its ЕСР code, the depot's repair stamp, the KATO and `43,59913° с.ш.; 73,76327° в.д.`, the company's own
BIN only in the sentence before (VI: a Sở's list of the works in Hanoi, the enterprise number on a second line of the
owner's cell, the kilometre of the line beside the address) (HU2).

Emissions: a sleeper-impregnation works' norms with the year's figure in tonnes or in kilograms as a unit column says
row by row, rows for the impregnation shop, the boiler house and the open yards each closed by a subtotal in tonnes (VI:
a wagon works' loads with `tấn/năm` or `kg/năm` in a unit column) (HU1); a locomotive repair depot's inventory whose
rheostat station carries `в т.ч. 2ТЭ10МК (48 исп./год)` rows under each substance, the substance's row
the greatest of the series' grams and the sum of their tonnes (VI: `trong đó: đầu máy D19E` rows under a load-test
area's pollutants) (HU2).

Wastes: a wagon-repair depot's wastes by norms per repaired wagon under a merged header split by the kind of repair (ДР,
КР, ТР-2), the programme of repairs only in the paragraph, the domestic waste on a row whose norm cells are merged into
its own basis (VI: `Đại tu | Trung tu | Niên tu`, kilograms) (HU1); a ППС's residues by the cargo the tank cars last
carried, the part returned to the cargo's owner no waste, the same code `16 07 08*` on three cargoes, `16 07 09*` and
`16 07 99` on others, the station's own wastes under a spanning row (VI: a tank-car cleaning station, `17 06 02` for
petrol and `17 06 01` for diesel and fuel oil) (HU2).

Limits: the groundwater wells of a fuelling point, the ПДК as the first row, each well merged down over its spring and
autumn rows, a water-level column of no substance, `< 0,02` at the background well and, in one well in the autumn, a row
merged across the parameters telling of a floating lens of oil product and no sample (VI: QCVN 09:2023/BTNMT, total
mineral oil measured with no limit, `lớp dầu nổi`) (HU1); a ППС's journal of discharging treated washing water in
batches, two ДК rows for the outlets `В-1` (evaporation pond) and `В-2` (city sewer) and each batch judged against the ДК
of the outlet written in its own row (VI: `CX1` under QCVN 40:2011/BTNMT column B, `CX2` under a connection agreement)
(HU2).

Monitoring: a locomotive depot's plan-graph whose first column gives the track and the stall or position (`Путь № 11,
позиции 1–4`) beside the column of source and point numbers, calculated control of the fuel columns once a year, the
boiler `2 раза в год (в отопительный период)` (VI: `Đường số 3`, rows saying the boiler and the domestic waste water are
not subject to periodic monitoring, which give no duty) (HU1); a sleeper works' programme whose parameter cells are
written by groups — `Фенолы: гидроксибензол (1071). ПАУ: нафталин (0708), бенз/а/пирен (0703)` — the group's word no
substance (VI: `Nhóm dung môi hữu cơ: toluen, xylen; Nhóm bụi: bụi tổng`) (HU2).

Inspections: an order's schedule of a depot's checks whose checkers are only the railway's codes of positions (`ТЧЗр`,
`ТЧГТ`, `ТЧИэк`) decoded in a table of no role, railway wordings (`ежемесячно, в День безопасности движения`) and a check
at each placing of a locomotive on the rheostat without a frequency (VI: `PGĐ.KT`, `TP.AT-MT`) (HU1); a station's
schedule of joint checks with the holder on the balance, the unit that checks and those taking part as three columns of
unit names, the one who acts the middle one (VI: `Đơn vị quản lý tài sản | Đơn vị chủ trì kiểm tra | Đơn vị phối hợp`)
(HU2).

Tasks: a station's schedule of environmental works in track possessions, the term the window itself (`14.05.2026,
09:00–13:00 (4 ч)`), a column of the train dispatcher's consent with a telegram and a name (VI: `phong tỏa đường`) (HU1);
the act investigating a fuel spill at a fuelling point, the causes `2.1`–`2.4` in a table of no role and the measures
numbered 1–6 with a `к причине №` column of cause numbers before them (VI: `Ứng với nguyên nhân`) (HU2).
"""
from __future__ import annotations

from decimal import Decimal

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, num, rate
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


def _t(kg: float) -> float:
    """Kilograms as tonnes without binary noise."""
    return float(Decimal(repr(kg)) / 1000)


def _dsum(values) -> float:
    """A sum of printed figures without binary noise."""
    return float(sum((Decimal(repr(float(v))) for v in values), Decimal(0)))


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the place's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _bin(doc: Doc, kind: str = "0") -> str:
    """A BIN whose sixth digit says what the entity is: `0` a head office, `1` a branch."""
    while True:
        b = make_bin(doc.rng)
        if b[5] == kind:
            return b


def _dms(value: float, dec: int = 0) -> tuple[str, float]:
    """`51°48′37,26″` (seconds with `dec` decimals, a decimal comma) and the decimal degrees it stands for."""
    d = int(value)
    rest = (value - d) * 60
    m = int(rest)
    s = round((rest - m) * 60, dec)
    if s >= 60:
        m, s = m + 1, 0.0
    if m >= 60:
        d, m = d + 1, 0
    sec = f"{s:0{3 + dec if dec else 2}.{dec}f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″", round(d + m / 60 + s / 3600, 6)


def _dec(value: float) -> str:
    """A decimal degree with five decimals and a decimal comma."""
    return f"{value:.5f}".replace(".", ",")


def maybe_distractor(doc: Doc, share: float = 0.3) -> None:
    """A table of no role that a railway document may carry (no crusher among a depot's equipment)."""
    if doc.rng.random() < share:
        distractor(doc, doc.pick(("contents", "approval", "contacts", "budget")))


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _often(doc: Doc, word: str) -> str:
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- places and companies

# Kazakhstan's railway stations with depots: (RU, KK) core, (RU, KK) place, KATO prefix, (lat, lon), ЕСР code of the station
KZ_SITES = (
    {"core": ("Атбасар", "Атбасар"), "place": ("Акмолинская область, Атбасарский район, г. Атбасар", "Ақмола облысы, Атбасар ауданы, Атбасар қ."),
     "kato": "1136", "at": (51.8103, 68.3601), "esr": "680504"},
    {"core": ("Шу", "Шу"), "place": ("Жамбылская область, Шуский район, г. Шу", "Жамбыл облысы, Шу ауданы, Шу қ."),
     "kato": "3150", "at": (43.5983, 73.7614), "esr": "704206"},
    {"core": ("Кандыагаш", "Қандыағаш"), "place": ("Актюбинская область, Мугалжарский район, г. Кандыагаш",
                                                  "Ақтөбе облысы, Мұғалжар ауданы, Қандыағаш қ."),
     "kato": "1546", "at": (49.4735, 57.4202), "esr": "668302"},
    {"core": ("Бейнеу", "Бейнеу"), "place": ("Мангистауская область, Бейнеуский район, с. Бейнеу", "Маңғыстау облысы, Бейнеу ауданы, Бейнеу а."),
     "kato": "4730", "at": (45.3170, 55.1890), "esr": "661208"},
    {"core": ("Экибастуз", "Екібастұз"), "place": ("Павлодарская область, г. Экибастуз", "Павлодар облысы, Екібастұз қ."),
     "kato": "5520", "at": (51.7236, 75.3224), "esr": "693700"},
    {"core": ("Шалкар", "Шалқар"), "place": ("Актюбинская область, Шалкарский район, г. Шалкар", "Ақтөбе облысы, Шалқар ауданы, Шалқар қ."),
     "kato": "1560", "at": (47.8330, 59.6100), "esr": "667407"},
)  # fmt: skip

# Vietnam's railway works: name, core, owner company, place, (lat, lon), place on the line
VN_SITES = (
    {"name": "Xưởng sửa chữa toa xe Ngọc Lâm", "core": "Ngọc Lâm", "owner": "Công ty Cổ phần Toa xe Long Biên",
     "place": "phường Ngọc Lâm, quận Long Biên, thành phố Hà Nội", "at": (21.0442, 105.8772),
     "line": "Km 5+300 tuyến Hà Nội – Hải Phòng (khu ga Gia Lâm)"},
    {"name": "Trạm bảo dưỡng đầu máy Yên Viên", "core": "Yên Viên", "owner": "Công ty Cổ phần Đầu máy Kinh Bắc",
     "place": "thị trấn Yên Viên, huyện Gia Lâm, thành phố Hà Nội", "at": (21.0836, 105.9173),
     "line": "Km 10+600 tuyến Hà Nội – Đồng Đăng (khu ga Yên Viên)"},
    {"name": "Xưởng sửa chữa toa xe Giáp Bát", "core": "Giáp Bát", "owner": "Công ty Cổ phần Cơ khí Toa xe Thăng Long",
     "place": "phường Giáp Bát, quận Hoàng Mai, thành phố Hà Nội", "at": (20.9811, 105.8413),
     "line": "Km 5+100 tuyến Hà Nội – TP. Hồ Chí Minh (khu ga Giáp Bát)"},
    {"name": "Xí nghiệp sửa chữa đầu máy Vinh", "core": "Vinh", "owner": "Công ty Cổ phần Đầu máy Toa xe Bắc Trung Bộ",
     "place": "phường Quán Bàu, thành phố Vinh, tỉnh Nghệ An", "at": (18.6857, 105.6713),
     "line": "Km 319+000 tuyến Hà Nội – TP. Hồ Chí Minh (khu ga Vinh)"},
    {"name": "Xí nghiệp sửa chữa toa xe Dĩ An", "core": "Dĩ An", "owner": "Công ty Cổ phần Cơ khí Đường sắt Sóng Thần",
     "place": "phường Dĩ An, thành phố Dĩ An, tỉnh Bình Dương", "at": (10.9061, 106.7688),
     "line": "Km 1.710+500 tuyến Hà Nội – TP. Hồ Chí Minh (khu ga Dĩ An)"},
)  # fmt: skip

# (RU, KK) operators of tank-car washing-steaming stations, contractors, designers, supervisors
KZ_PPS_OPS = (("ТОО «Темір Цистерна Сервис»", "«Темір Цистерна Сервис» ЖШС"), ("ТОО «ЖолЦистерна»", "«ЖолЦистерна» ЖШС"),
              ("АО «Дала Вагон Сервис»", "«Дала Вагон Сервис» АҚ"))
KZ_CONTRACTORS = (("ТОО «Сарыарка ТемірЖолҚұрылыс»", "«Сарыарқа ТеміржолҚұрылыс» ЖШС"), ("ТОО «Жол Құрылыс Монтаж»", "«Жол Құрылыс Монтаж» ЖШС"))
KZ_DESIGNERS = (("ТОО «КазЖолЖоба»", "«ҚазЖолЖоба» ЖШС"), ("ТОО «Трансжоба Инжиниринг»", "«Трансжоба Инжиниринг» ЖШС"))
KZ_SUPERVISORS = (("ТОО «Құрылыс Сараптама Бақылау»", "«Құрылыс Сараптама Бақылау» ЖШС"), ("ТОО «Техконтроль Астана»", "«Техконтроль Астана» ЖШС"))


# ---------------------------------------------------------------- facility


def facility_hu1(doc: Doc) -> None:
    """The act of accepting into operation a tank-car washing-steaming station (ППС) after its reconstruction: one table
    whose upper rows are the parties to the construction — the owner (customer), who is the operator of the object, the
    general contractor, the general designer and the technical supervision — each with its name, a BIN column of its own
    and the ground of its part (licence, certificate), and whose lower rows, under a row spanning the table, give the
    object with its value merged across the three columns: the station's park and tracks, the KATO, the centre of the
    site as a geodesist writes it, `B = 51°48′37,26″; L = 68°21′36,43″`, explained only in a note under the table, the
    capacity in tank cars a day and the category with the screening conclusion; the acceptance commission as a table of
    no role after it (VI: the minutes of accepting a wagon works' reconstructed washing-water treatment, the investor,
    designer, contractor and supervising consultant each with an enterprise number, `B = …; L = …` likewise)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hu1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st, place = s["core"][L], s["place"][L]
    op, con, des, sup = (doc.pick(x)[L] for x in (KZ_PPS_OPS, KZ_CONTRACTORS, KZ_DESIGNERS, KZ_SUPERVISORS))
    b_op, b_con, b_des, b_sup = (_bin(doc) for _ in range(4))
    kato = _kato(doc, s["kato"])
    lat, lat_v = _dms(s["at"][0] + r.uniform(-0.003, 0.003), dec=2)
    lon, lon_v = _dms(s["at"][1] + r.uniform(-0.003, 0.003), dec=2)
    act = f"{r.randint(3, 28)}/ППС-25"
    day = f"{r.randint(3, 27):02d}.{r.choice(('10', '11', '12'))}.2025"
    park = r.choice(("Б", "В", "Г"))
    a = r.randint(12, 24)
    cap, water = r.choice((120, 140, 160, 180)), r.choice((180, 240, 300))
    lic1, lic2, att = (f"{r.randint(1000, 19999):05d}" for _ in range(3))
    exp_no = f"{r.randint(1, 19):02d}-{r.randint(100, 999):04d}/24"
    scr = f"KZ{r.randint(10, 99)}VWF{r.randint(10**7, 10**8 - 1):08d}"
    d0 = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2014, 2016, 2019))}"
    doc.h(g(f"АКТ № {act} приемки построенного объекта в эксплуатацию", f"Салынған объектіні пайдалануға қабылдау туралы № {act} АКТ", ""))
    doc.p(g(f"{day}. Объект: «Реконструкция промывочно-пропарочной станции ст. {st} с устройством локальных очистных сооружений "
            "и системы оборотного водоснабжения». Собственник (заказчик), подрядчик и лица, осуществлявшие технический и авторский "
            "надзоры, составили настоящий акт о нижеследующем.",
            f"{day}. Объект: «{st} станциясының жуу-булау станциясын жергілікті тазарту құрылыстарын және айналымдағы сумен "
            "жабдықтау жүйесін салып қайта жаңарту». Меншік иесі (тапсырыс беруші), мердігер және техникалық және авторлық "
            "қадағалауды жүзеге асырған тұлғалар төмендегілер туралы осы актіні жасады.", ""))
    rows = [g(["Участник / показатель", "Наименование, сведения", "БИН", "Основание"],
              ["Қатысушы / көрсеткіш", "Атауы, мәліметтер", "БСН", "Негіздеме"], []),
            [g("Собственник (заказчик) – оператор объекта", "Меншік иесі (тапсырыс беруші) – объект операторы", ""), op, b_op,
             g(f"устав; свидетельство о государственной перерегистрации от {d0}", f"жарғы; {d0} мемлекеттік қайта тіркеу туралы куәлік", "")],
            [g("Генеральный подрядчик", "Бас мердігер", ""), con, b_con,
             g(f"лицензия № {lic1} на изыскательскую и строительно-монтажную деятельность (I категория)",
               f"іздестіру және құрылыс-монтаж қызметіне № {lic1} лицензия (I санат)", "")],
            [g("Генеральный проектировщик", "Бас жобалаушы", ""), des, b_des,
             g(f"лицензия № {lic2} на проектную деятельность (I категория)", f"жобалау қызметіне № {lic2} лицензия (I санат)", "")],
            [g("Технический надзор", "Техникалық қадағалау", ""), sup, b_sup,
             g(f"аттестат эксперта технического надзора № {att}", f"техникалық қадағалау сарапшысының № {att} аттестаты", "")]]
    merges: list = []
    _span(rows, merges, g("Сведения об объекте", "Объект туралы мәліметтер", ""), 4)
    lines = [
        (g("Наименование объекта", "Объектінің атауы", ""),
         g(f"Промывочно-пропарочная станция ст. {st} (ППС)", f"{st} станциясының жуу-булау станциясы (ППС)", "")),
        (g("Местонахождение", "Орналасқан жері", ""),
         g(f"{place}, территория ст. {st}, парк «{park}», пути № {a}–{a + 3}", f"{place}, {st} станциясының аумағы, «{park}» паркі, "
           f"№ {a}–{a + 3} жолдар", "")),
        (g("Код КАТО", "ҚАТО коды", ""), kato),
        (g("Координаты центра площадки (WGS-84)", "Алаң орталығының координаттары (WGS-84)", ""), f"B = {lat}; L = {lon}"),
        (g("Проектная мощность", "Жобалық қуаты", ""),
         g(f"подготовка под налив до {cap} цистерн в сутки; оборотное водоснабжение – {water} м3/сут",
           f"тәулігіне {cap} цистернаға дейін құюға дайындау; айналымдағы сумен жабдықтау – тәулігіне {water} м3", "")),
        (g("Продолжительность строительства", "Құрылыс ұзақтығы", ""), g("14 месяцев (09.2024 – 10.2025)", "14 ай (09.2024 – 10.2025)", "")),
        (g("Заключение экспертизы проекта", "Жоба сараптамасының қорытындысы", ""),
         g(f"положительное заключение № {exp_no} от 12.07.2024", f"12.07.2024 ж. № {exp_no} оң қорытынды", "")),
        (g("Категория объекта (ст. 12 Экологического кодекса РК)", "Объектінің санаты (ҚР Экология кодексінің 12-бабы)", ""),
         g(f"II (заключение о результатах скрининга воздействий намечаемой деятельности № {scr} от 05.03.2024)",
           f"II (05.03.2024 ж. белгіленіп отырған қызметтің әсерлерін скринингтеу нәтижелері туралы № {scr} қорытынды)", "")),
    ]
    for label, value in lines:
        rows.append([label, value, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
    doc.table(g("1. Участники строительства и сведения об объекте", "1. Құрылысқа қатысушылар және объект туралы мәліметтер", ""), rows, merges,
              role="facility")
    doc.add("facilities", {"bin": b_op, "name_contains": st, "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    doc.p(g("Примечание: B, L – геодезические широта и долгота центра площадки ППС в системе WGS-84 по данным исполнительной съемки.",
            "Ескертпе: B, L – атқарушылық түсірілім деректері бойынша WGS-84 жүйесіндегі ППС алаңы орталығының геодезиялық ендігі мен бойлығы.", ""))
    doc.p(g("2. Приемочная комиссия в составе:", "2. Қабылдау комиссиясының құрамы:", ""))
    doc.table(None, [g(["Член комиссии", "Представляет", "Подпись"], ["Комиссия мүшесі", "Өкілі", "Қолы"], []),
                     [g("Жаксыбеков Е.М., главный инженер", "Жақсыбеков Е.М., бас инженер", ""), op, ""],
                     [g("Петренко А.Ю., руководитель проекта", "Петренко А.Ю., жоба жетекшісі", ""), con, ""],
                     [g("Ахметова Г.К., главный инженер проекта", "Ахметова Г.К., жобаның бас инженері", ""), des, ""],
                     [g("Нурланов Д.С., эксперт", "Нұрланов Д.С., сарапшы", ""), sup, ""]], role="other")
    doc.p(g(f"Объект принят в эксплуатацию {day}. Оператору объекта в течение месяца направить в уполномоченный орган в области охраны "
            "окружающей среды заявление на переоформление экологического разрешения на воздействие.",
            f"Объект {day} пайдалануға қабылданды. Объект операторы бір ай ішінде қоршаған ортаны қорғау саласындағы уәкілетті органға "
            "әсер етуге арналған экологиялық рұқсатты қайта ресімдеуге өтініш жолдасын.", ""))


def _facility_hu1_vi(doc: Doc) -> None:
    r = doc.rng
    s = doc.pick([x for x in VN_SITES if "toa xe" in x["name"]])
    msdn, m_des, m_con, m_sup = (make_msdn(r) for _ in range(4))
    lat, lat_v = _dms(s["at"][0] + r.uniform(-0.002, 0.002), dec=1)
    lon, lon_v = _dms(s["at"][1] + r.uniform(-0.002, 0.002), dec=1)
    group = r.choice(("II", "III"))
    des = doc.pick(("Công ty Cổ phần Tư vấn Thiết kế Đường sắt Miền Bắc", "Công ty TNHH Tư vấn Môi trường Hồng Hà"))
    con = doc.pick(("Công ty Cổ phần Xây lắp Môi trường Thành Nam", "Công ty TNHH Kỹ thuật Nước sạch Phương Đông"))
    sup = doc.pick(("Công ty Cổ phần Tư vấn Giám sát Xây dựng Giao thông 8", "Công ty TNHH Tư vấn Kiểm định Xây dựng An Phát"))
    day = f"{r.randint(3, 27):02d}/{r.choice(('10', '11', '12'))}/2025"
    doc.h("BIÊN BẢN NGHIỆM THU HOÀN THÀNH HẠNG MỤC CÔNG TRÌNH ĐỂ ĐƯA VÀO SỬ DỤNG")
    doc.p(f"Công trình: Cải tạo hệ thống thu gom, xử lý nước thải khu vực rửa toa xe – {s['name']}. Thời gian nghiệm thu: ngày {day}, "
          f"tại {s['name']}.")
    rows = [["Thành phần / nội dung", "Tên đơn vị, thông tin", "Mã số doanh nghiệp", "Căn cứ"],
            ["Chủ đầu tư (chủ cơ sở)", s["owner"], msdn, "Giấy chứng nhận đăng ký doanh nghiệp, đăng ký thay đổi lần thứ "
                                                              f"{r.randint(4, 12)}"],
            ["Đơn vị tư vấn thiết kế", des, m_des, f"Chứng chỉ năng lực hoạt động xây dựng hạng II số BXD-{r.randint(10000, 99999)}"],
            ["Nhà thầu thi công", con, m_con, f"Hợp đồng thi công số {r.randint(10, 99)}/2025/HĐXD"],
            ["Đơn vị tư vấn giám sát", sup, m_sup, f"Hợp đồng tư vấn giám sát số {r.randint(10, 99)}/2025/HĐTV"]]
    merges: list = []
    _span(rows, merges, "Thông tin về cơ sở", 4)
    lines = [("Tên cơ sở", s["name"]),
             ("Địa điểm", f"{s['place']}; {s['line']}"),
             ("Tọa độ trung tâm khu đất (hệ WGS-84)", f"B = {lat}; L = {lon}"),
             ("Quy mô", f"Sửa chữa {r.randint(300, 700)} toa xe/năm; hệ thống xử lý nước thải rửa toa xe công suất {r.choice((30, 50, 80))} m3/ngày.đêm"),
             ("Phân loại theo tiêu chí về môi trường", f"Cơ sở thuộc nhóm {group} theo Phụ lục {'IV' if group == 'II' else 'V'} Nghị định số "
                                                       "08/2022/NĐ-CP")]
    for label, value in lines:
        rows.append([label, value, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
    doc.table("1. Thành phần tham gia nghiệm thu và thông tin về cơ sở", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": s["core"], "category": group, "lat": lat_v, "lon": lon_v})
    doc.p("Ghi chú: B, L là vĩ độ và kinh độ trắc địa theo số liệu đo vẽ hoàn công.")
    doc.table(None, [["Đại diện", "Chức vụ", "Chữ ký"],
                     [s["owner"], "Phó Giám đốc kỹ thuật", ""], [des, "Chủ nhiệm thiết kế", ""], [con, "Chỉ huy trưởng công trường", ""],
                     [sup, "Tư vấn giám sát trưởng", ""]], role="other")
    doc.p("Kết luận: Đồng ý nghiệm thu hạng mục công trình để đưa vào sử dụng.")


KZ_WAGON_CO = (("ТОО «Вагон Жөндеу Орталығы»", "«Вагон Жөндеу Орталығы» ЖШС"), ("ТОО «Сарыарка Вагонсервис»", "«Сарыарқа Вагонсервис» ЖШС"),
               ("АО «Дала Вагон Жөндеу»", "«Дала Вагон Жөндеу» АҚ"))


def facility_hu2(doc: Doc) -> None:
    """A wagon-repair company's annex listing its branches — the wagon-repair depots — each a row with the branch's own
    BIN (its sixth digit a `1`), the station it adjoins with the station's six-digit ЕСР code in brackets, the depot's
    repair stamp (`клеймо`, the number struck on the parts it repairs), the address, the KATO, decimal coordinates with
    the hemisphere words after the figures and the category; the company's own BIN stands only in the sentence before
    the table and is no facility of it (VI: a provincial department's list of the locomotive and wagon works in Hanoi
    subject to an environmental permit, the enterprise number on a second line of the owner's cell, the place on the
    railway line by its kilometre beside the address)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hu2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    co = doc.pick(KZ_WAGON_CO)[L]
    head = _bin(doc, "0")
    sites = r.sample(KZ_SITES, r.choice((3, 4)))
    doc.h(g(f"Приложение к письму исх. № 02-14/{r.randint(200, 699)} от {r.randint(2, 27):02d}.02.2026. Сведения об объектах {co}",
            f"{r.randint(2, 27):02d}.02.2026 ж. № 02-14/{r.randint(200, 699)} шығыс хатқа қосымша. {co} объектілері туралы мәліметтер", ""))
    doc.p(g(f"{co} (БИН {head}) выполняет деповской и капитальный ремонт грузовых вагонов в {len(sites)} филиалах. Каждый филиал является "
            "отдельным объектом II категории и оператором по смыслу Экологического кодекса Республики Казахстан; программы "
            "производственного экологического контроля и отчеты по ним филиалы представляют самостоятельно.",
            f"{co} (БСН {head}) жүк вагондарын деполық және күрделі жөндеуді {len(sites)} филиалда орындайды. Әрбір филиал жеке II санаттағы "
            "объект және Қазақстан Республикасы Экология кодексінің мағынасындағы оператор болып табылады; өндірістік экологиялық "
            "бақылау бағдарламаларын және олар бойынша есептерді филиалдар өздері ұсынады.", ""))
    rows = [g(["№", "Филиал (вагоноремонтное депо)", "БИН филиала", "Станция (код ЕСР)", "Клеймо депо", "Адрес", "КАТО",
               "Координаты (WGS-84)", "Категория"],
              ["№", "Филиал (вагон жөндеу депосы)", "Филиалдың БСН", "Станция (ЕСР коды)", "Депо таңбасы", "Мекенжайы", "ҚАТО",
               "Координаттар (WGS-84)", "Санаты"], [])]
    short = co.split("«")[1].split("»")[0]
    for k, s in enumerate(sites, 1):
        st = s["core"][L]
        b = _bin(doc, "1")
        kato = _kato(doc, s["kato"])
        lat = round(s["at"][0] + r.uniform(-0.004, 0.004), 5)
        lon = round(s["at"][1] + r.uniform(-0.004, 0.004), 5)
        name = g(f"Филиал {co} – «Вагоноремонтное депо {st}»", f"{co} филиалы – «{st} вагон жөндеу депосы»", "")
        street = doc.pick(g(("ул. Привокзальная", "ул. Железнодорожная", "ул. Депо"), ("Вокзал маңы к.", "Теміржол к.", "Депо к."), ()))
        coords = g(f"{_dec(lat)}° с.ш.; {_dec(lon)}° в.д.", f"с.е. {_dec(lat)}°; ш.б. {_dec(lon)}°", "")
        rows.append([str(k), name, b, f"{st} ({s['esr']})", str(r.randint(110, 1990)), f"{s['place'][L]}, {street}, {r.randint(1, 60)}", kato,
                     coords, "II"])
        doc.add("facilities", {"bin": b, "name_contains": st, "kato": kato, "category": "II", "lat": lat, "lon": lon})
    doc.table(g(f"Таблица 1 – Филиалы {short}", f"1-кесте – {short} филиалдары", ""), rows, role="facility")
    doc.p(g("Клеймо – условный номер вагоноремонтного предприятия, наносимый на отремонтированные узлы и детали; код ЕСР – код станции по "
            "Единой сетевой разметке.",
            "Таңба – жөнделген тораптар мен бөлшектерге басылатын вагон жөндеу кәсіпорнының шартты нөмірі; ЕСР коды – Бірыңғай желілік "
            "белгілеу бойынша станция коды.", ""))
    maybe_distractor(doc, 0.3)


def _facility_hu2_vi(doc: Doc) -> None:
    r = doc.rng
    sites = [s for s in VN_SITES if "Hà Nội" in s["place"]]
    doc.h("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG THÀNH PHỐ HÀ NỘI")
    doc.h("DANH SÁCH CÁC CƠ SỞ BẢO DƯỠNG, SỬA CHỮA ĐẦU MÁY, TOA XE TRÊN ĐỊA BÀN THÀNH PHỐ THUỘC ĐỐI TƯỢNG CẤP GIẤY PHÉP MÔI TRƯỜNG")
    doc.p(f"(Kèm theo Văn bản số {r.randint(1200, 6800)}/SNNMT-CCMT ngày {r.randint(2, 27):02d}/03/2026 của Sở Nông nghiệp và Môi trường)")
    rows = [["TT", "Tên cơ sở", "Chủ cơ sở", "Vị trí trên tuyến đường sắt", "Địa chỉ", "Tọa độ (WGS-84)", "Nhóm", "Tình trạng giấy phép"]]
    for k, s in enumerate(sites, 1):
        msdn = make_msdn(r)
        while not msdn.startswith("01"):
            msdn = make_msdn(r)
        lat = round(s["at"][0] + r.uniform(-0.002, 0.002), 5)
        lon = round(s["at"][1] + r.uniform(-0.002, 0.002), 5)
        group = r.choice(("II", "II", "III"))
        state = doc.pick((f"Đã cấp GPMT số {r.randint(10, 480)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024",
                          "Đang lập hồ sơ đề nghị cấp GPMT", "Đã nộp hồ sơ, đang thẩm định"))
        rows.append([str(k), s["name"], f"{s['owner']}\nMSDN: {msdn}", s["line"], s["place"],
                     f"Vĩ độ {_dec(lat)} – Kinh độ {_dec(lon)}", group, state])
        doc.add("facilities", {"bin": msdn, "name_contains": s["core"], "category": group, "lat": lat, "lon": lon})
    doc.table("Bảng 1. Danh sách cơ sở", rows, role="facility")
    doc.p("Ghi chú: nhóm cơ sở xác định theo tiêu chí về môi trường tại Luật Bảo vệ môi trường năm 2020 và Nghị định số 08/2022/NĐ-CP.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- emissions

# code: (RU, KK) name as the inventories write it, hazard class (None for an ОБУВ)
SUBST = {
    "0301": (("Азота диоксид", "Азот диоксиді"), 2), "0304": (("Азот (II) оксид", "Азот оксиді"), 3),
    "0328": (("Углерод (сажа)", "Көміртек (күйе)"), 3), "0330": (("Сера диоксид", "Күкірт диоксиді"), 3),
    "0337": (("Углерод оксид", "Көміртек оксиді"), 4), "0703": (("Бенз/а/пирен", "Бенз(а)пирен"), 1),
    "0708": (("Нафталин", "Нафталин"), 4), "1071": (("Гидроксибензол (фенол)", "Гидроксибензол (фенол)"), 2),
    "2908": (("Пыль неорганическая, содержащая двуокись кремния 70-20 %", "Бейорганикалық шаң (кремний қостотығы 70-20%)"), 3),
    "0123": (("Железо (II, III) оксиды", "Темір оксидтері"), 3), "0143": (("Марганец и его соединения", "Марганец және оның қосылыстары"), 2),
    "2930": (("Пыль абразивная", "Абразивті шаң"), None), "2732": (("Керосин", "Керосин"), None),
    "0333": (("Сероводород", "Күкіртсутек"), 2), "2754": (("Алканы С12-19", "Алкандар С12-19"), 4),
    "1325": (("Формальдегид", "Формальдегид"), 2),
}  # fmt: skip


def _sname(doc: Doc, code: str) -> str:
    return SUBST[code][0][_L(doc)]


def _hz(code: str) -> int | None:
    return SUBST[code][1]


# the sleeper works: (RU, KK) area, [(number, (RU, KK) source, [(code, (lo, hi) g/s, (lo, hi) a year, unit of the year)])]
SLEEPER = (
    (("Пропиточный цех", "Сіңдіру цехы"), [
        ("0001", ("Вакуум-насосы пропиточных цилиндров № 1, 2 (после конденсатора)", "№ 1, 2 сіңдіру цилиндрлерінің вакуум-сорғылары (конденсатордан кейін)"),
         [("1071", (0.002, 0.009), (0.02, 0.09), "t"), ("0708", (0.004, 0.02), (0.04, 0.19), "t"), ("0703", (1e-7, 6e-7), (0.0012, 0.008), "kg")]),
        ("0002", ("Дыхательные клапаны резервуаров креозота (4 × 100 м3)", "Креозот резервуарларының тыныс алу клапандары (4 × 100 м3)"),
         [("1071", (0.0001, 0.0006), (0.15, 0.9), "kg"), ("0708", (0.0005, 0.003), (0.004, 0.02), "t")])]),
    (("Котельная", "Қазандық"), [
        ("0003", ("Дымовая труба котельной (2 котла КВр-0,8, уголь)", "Қазандықтың түтін мұржасы (2 КВр-0,8 қазандығы, көмір)"),
         [("0301", (0.05, 0.2), (0.8, 3.2), "t"), ("0304", (0.008, 0.03), (0.13, 0.52), "t"), ("0330", (0.2, 0.7), (3.0, 11.0), "t"),
          ("0337", (0.3, 1.2), (5.0, 19.0), "t"), ("0328", (0.02, 0.08), (0.3, 1.3), "t"), ("2908", (0.1, 0.5), (1.6, 8.0), "t"),
          ("0703", (2e-7, 9e-7), (0.003, 0.014), "kg")])]),
    (("Открытые площадки", "Ашық алаңдар"), [
        ("6001", ("Площадка выдержки пропитанных шпал", "Сіңдірілген шпалдарды ұстау алаңы"),
         [("1071", (0.001, 0.005), (0.02, 0.11), "t"), ("0708", (0.003, 0.012), (0.05, 0.26), "t")]),
        ("6002", ("Склад угля котельной", "Қазандықтың көмір қоймасы"), [("2908", (0.01, 0.06), (0.1, 0.9), "t")])]),
)  # fmt: skip


def emissions_hu1(doc: Doc) -> None:
    """A sleeper-impregnation works' table of emission norms whose annual figure has a unit column of its own — tonnes on
    most rows, kilograms where the year's mass is under a kilogram (benzo(a)pyrene, the phenol of the creosote tanks'
    breathing valves), as the paragraph before says — under rows spanning the table for the impregnation shop, the boiler
    house and the open yards, each closed by a subtotal in tonnes; the vacuum pumps of the impregnation cylinders, the
    creosote tanks with phenol and naphthalene, the coal boiler house and the yard where impregnated sleepers stand (VI:
    a wagon works' loads by named source, `tấn/năm` or `kg/năm` in a unit column beside the year's figure)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hu1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st = s["core"][L]
    co = doc.pick((("ТОО «Шпал Сіңдіру Зауыты»", "«Шпал Сіңдіру Зауыты» ЖШС"), ("ТОО «ТемірАғаш»", "«ТемірАғаш» ЖШС")))[L]
    doc.h(g(f"Проект нормативов допустимых выбросов. Шпалопропиточный завод {co}, ст. {st}",
            f"Жол берілетін шығарындылар нормативтерінің жобасы. {co} шпал сіңдіру зауыты, {st} станциясы", ""))
    doc.p(g("Деревянные шпалы и брусья для стрелочных переводов пропитываются каменноугольным креозотом способом «вакуум – давление – "
            "вакуум» в двух пропиточных цилиндрах; креозот подогревается паром котельной. Годовые выбросы, масса которых составляет "
            "менее 1 кг, приведены в килограммах – единица указана в графе 8.",
            "Ағаш шпалдар мен бағыттамалы бұрмаларға арналған бөренелер екі сіңдіру цилиндрінде «вакуум – қысым – вакуум» тәсілімен "
            "тас көмір креозотымен сіңдіріледі; креозот қазандықтың буымен жылытылады. Массасы 1 кг-нан аз жылдық шығарындылар "
            "килограммен келтірілген – өлшем бірлігі 8-бағанда көрсетілген.", ""))
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Выброс, г/с",
               "Выброс за год", "Ед. изм."],
              ["ЛШК №", "Шығарынды көзінің атауы", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Шығарынды, г/с",
               "Жылдық шығарынды", "Өлш. бірл."], []),
            ["1", "2", "3", "4", "5", "6", "7", "8"]]
    merges: list = []
    unit = {"t": g("т", "т", ""), "kg": g("кг", "кг", "")}
    grand = []
    for (area, sources) in SLEEPER:
        _span(rows, merges, area[L], 8)
        sub = []
        for number, names, items in sources:
            start = len(rows)
            for j, (c, gr, yr, u) in enumerate(items):
                gs, y = rate(r, *gr, 3), rate(r, *yr, 3)
                ty = _t(y) if u == "kg" else y
                hz = _hz(c)
                rows.append([number if j == 0 else None, names[L] if j == 0 else None, c, _sname(doc, c), str(hz) if hz else "–",
                             num(gs, doc.lang), num(y, doc.lang), unit[u]])
                doc.add("emissions", emission(c, gs, ty, number, hz))
                sub.append(ty)
            if len(items) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        rows.append([g(f"Итого по участку «{area[0]}»", f"«{area[1]}» учаскесі бойынша барлығы", ""), None, None, None, None, "",
                     num(round(_dsum(sub), 6), doc.lang), unit["t"]])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
        grand += sub
    rows.append([g("Всего по заводу", "Зауыт бойынша барлығы", ""), None, None, None, None, "", num(round(_dsum(grand), 6), doc.lang), unit["t"]])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 3.5 – Нормативы выбросов загрязняющих веществ на 2026–2035 годы", "3.5-кесте – 2026–2035 жылдарға арналған ластаушы "
                "заттар шығарындыларының нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for _, srcs in SLEEPER for n, _, _ in srcs))
    doc.p(g("Примечание: итоговые строки приведены в тоннах, включая выбросы, указанные в таблице в килограммах.",
            "Ескертпе: қорытынды жолдар кестеде килограммен көрсетілген шығарындыларды қоса алғанда тоннамен келтірілген.", ""))
    maybe_distractor(doc, 0.3)


# (VI source, [(code, label, (lo, hi) g/s, (lo, hi) a year, unit of the year)])
VN_WAGON_SOURCES = (
    ("Lò hơi đốt dầu DO 1,5 tấn hơi/giờ (cấp hơi vệ sinh toa xe)",
     [("2902", "Bụi tổng", (0.01, 0.05), (0.1, 0.6), "t"), ("0301", "NO2", (0.05, 0.2), (0.6, 2.4), "t"), ("0330", "SO2", (0.1, 0.4), (1.2, 4.8), "t"),
      ("0337", "CO", (0.02, 0.08), (0.2, 0.9), "t")]),
    ("Buồng phun bi làm sạch thùng toa xe (sau lọc bụi túi vải)", [("2902", "Bụi tổng", (0.02, 0.09), (0.2, 1.1), "t")]),
    ("Buồng sơn thùng toa xe (sau hấp phụ than hoạt tính)",
     [("0616", "Xylen", (0.03, 0.15), (0.3, 1.6), "t"), ("0621", "Toluen", (0.02, 0.09), (0.2, 0.9), "t"),
      ("2902", "Bụi tổng (bụi sơn)", (0.001, 0.006), (4.0, 40.0), "kg")]),
    ("Khu vực hàn sửa chữa giá chuyển hướng", [("0123", "Sắt oxit", (0.002, 0.009), (15.0, 80.0), "kg"),
                                               ("0143", "Mangan và hợp chất", (0.0001, 0.0006), (0.8, 5.0), "kg")]),
)


def _emissions_hu1_vi(doc: Doc) -> None:
    r = doc.rng
    s = doc.pick([x for x in VN_SITES if "toa xe" in x["name"]])
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {s['name'].upper()}")
    doc.h("3.2. Nguồn phát sinh và tải lượng khí thải")
    doc.p("Tải lượng được tính theo hệ số phát thải và định mức tiêu hao nhiên liệu, sơn, que hàn năm 2024. Các chất có tải lượng năm nhỏ "
          "hơn 0,1 tấn được ghi theo kg/năm (xem cột đơn vị).")
    rows = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng năm", "Đơn vị"]]
    merges: list = []
    for k, (src, items) in enumerate(VN_WAGON_SOURCES, 1):
        start = len(rows)
        for j, (c, label, gr, yr, u) in enumerate(items):
            gs, y = rate(r, *gr, 3), rate(r, *yr, 3)
            rows.append([str(k) if j == 0 else None, src if j == 0 else None, label, num(gs, "vi"), num(y, "vi"), "kg/năm" if u == "kg" else "tấn/năm"])
            doc.add("emissions", emission(c, gs, _t(y) if u == "kg" else y))
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.4. Tải lượng các chất ô nhiễm trong khí thải của cơ sở", rows, merges, role="emissions")
    doc.p("Ghi chú: bụi sơn tính theo bụi tổng; khí thải lò hơi thoát qua ống khói cao 15 m.")
    maybe_distractor(doc, 0.3)


# the locomotive depot's sources: number, (RU, KK) name, [(code, (lo, hi) g/s, (lo, hi) t/y)]
LOCO_DEPOT = (
    ("0001", ("Дымовая труба котельной депо (природный газ)", "Депо қазандығының түтін мұржасы (табиғи газ)"),
     [("0301", (0.03, 0.09), (0.5, 1.6)), ("0304", (0.005, 0.015), (0.08, 0.26)), ("0337", (0.08, 0.25), (1.2, 4.0))]),
    ("0002", ("Вытяжная система колесотокарного станка", "Доңғалақ жону станогының сору жүйесі"),
     [("0123", (0.004, 0.015), (0.02, 0.08)), ("2930", (0.002, 0.008), (0.01, 0.04))]),
    ("0003", ("Пескосушилка (сушка песка для локомотивов)", "Құм кептіргіш (локомотивтерге арналған құмды кептіру)"),
     [("2908", (0.02, 0.08), (0.2, 0.7)), ("0301", (0.004, 0.012), (0.03, 0.1)), ("0337", (0.01, 0.04), (0.08, 0.3))]),
)  # fmt: skip
LOCO_YARD = (
    ("6001", ("Открытая стоянка тепловозов на пути № 9 (прогрев дизелей)", "№ 9 жолдағы тепловоздардың ашық тұрағы (дизельдерді қыздыру)"),
     [("0301", (0.1, 0.4), (0.6, 2.2)), ("0328", (0.01, 0.04), (0.05, 0.2)), ("0337", (0.1, 0.35), (0.5, 1.9)), ("2732", (0.03, 0.12), (0.15, 0.6))]),
    ("6002", ("Сварочный пост ремонтного цеха", "Жөндеу цехының дәнекерлеу посты"), [("0123", (0.002, 0.008), (0.01, 0.05)), ("0143", (0.0002, 0.0008), (0.001, 0.005))]),
)  # fmt: skip
# the rheostat station: code, (lo, hi) g/s of one test, (lo, hi) t/y of a series
RHEOSTAT = (("0301", (0.4, 1.6), (0.05, 0.4)), ("0328", (0.03, 0.12), (0.004, 0.03)), ("0330", (0.05, 0.2), (0.006, 0.05)),
            ("0337", (0.3, 1.2), (0.04, 0.3)), ("2732", (0.1, 0.45), (0.01, 0.1)))
SERIES = (("2ТЭ10МК", (30, 60)), ("ТЭ33А", (40, 90)), ("2ТЭ25КМ", (10, 30)))


def emissions_hu2(doc: Doc) -> None:
    """A locomotive repair depot's inventory of sources in which the rheostat station — where a diesel locomotive runs at
    load after repair, one at a time — is one source, `0004`, and each of its substances is followed by `в т.ч.` rows per
    locomotive series (`в т.ч. 2ТЭ10МК (48 исп./год)`) with their own grams a second and tonnes, rows with
    no code and no class: the substance's row above them carries the source's figures, the greatest of the series' grams
    and the sum of their tonnes, as the note under the table says; the depot's boiler house, wheel lathe, sand dryer, the
    open standing of locomotives on track 9 and a welding post around it (VI: a locomotive works' load-test area with
    `trong đó:` rows per series D19E, D13E, D9E under each pollutant, named sources, no numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hu2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st = s["core"][L]
    co = doc.pick((("ТОО «Дала Локомотив Сервис»", "«Дала Локомотив Сервис» ЖШС"), ("АО «Темір Локомотив Жөндеу»", "«Темір Локомотив Жөндеу» АҚ")))[L]
    doc.h(g(f"Отчет по инвентаризации источников выбросов загрязняющих веществ. Сервисное локомотивное депо «{st}» {co}",
            f"{co} «{st}» сервистік локомотив депосы. Ластаушы заттар шығарындыларының көздерін түгендеу жөніндегі есеп", ""))
    tests = {name: r.randint(*span) for name, span in SERIES}
    doc.p(g("После текущего ремонта ТР-3 и капитального ремонта тепловозы проходят реостатные испытания на стационарной реостатной "
            f"установке; число испытаний тепловозов трех серий в 2025 году – {sum(tests.values())}. Время одного испытания – от 4 до 6 ч.",
            "ТР-3 ағымдағы жөндеуден және күрделі жөндеуден кейін тепловоздар стационарлық реостаттық қондырғыда реостаттық "
            f"сынақтан өтеді; 2025 жылы үш сериялы тепловоздарды сынау саны – {sum(tests.values())}. Бір сынақтың уақыты – 4-тен 6 сағатқа "
            "дейін.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Код ЗВ", "Загрязняющее вещество", "Класс опасности", "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Шығарынды көзі", "ЛЗ коды", "Ластаушы зат", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])]
    merges: list = []

    def plain(sources) -> None:
        for number, names, items in sources:
            start = len(rows)
            for j, (c, gr, tr) in enumerate(items):
                gs, ty = rate(r, *gr, 3), rate(r, *tr, 3)
                hz = _hz(c)
                rows.append([number if j == 0 else None, names[L] if j == 0 else None, c, _sname(doc, c), str(hz) if hz else "–",
                             num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number, hz))
            if len(items) > 1:
                merges.extend([(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)])

    plain(LOCO_DEPOT)
    start = len(rows)
    for c, gr, tr in RHEOSTAT:
        parts = []
        for name, _ in SERIES:
            factor = {"2ТЭ10МК": 1.0, "ТЭ33А": 1.25, "2ТЭ25КМ": 1.4}[name]
            parts.append((name, _sig(rate(r, *gr, 3) * factor, 3), _sig(rate(r, *tr, 3) * tests[name] / 50, 3)))
        gs = max(p[1] for p in parts)
        ty = round(_dsum(p[2] for p in parts), 6)
        hz = _hz(c)
        rows.append(["0004" if len(rows) == start else None,
                     g("Реостатная установка – выхлопная труба дизеля испытываемого тепловоза", "Реостаттық қондырғы – сыналатын тепловоз "
                       "дизелінің шығару құбыры", "") if len(rows) == start else None,
                     c, _sname(doc, c), str(hz) if hz else "–", num(gs, doc.lang), num(ty, doc.lang)])
        doc.add("emissions", emission(c, gs, ty, "0004", hz))
        for name, pg, pt in parts:
            rows.append([None, None, "", g(f"в т.ч. {name} ({tests[name]} исп./год)", f"оның ішінде {name} (жылына {tests[name]} сынақ)", ""), "",
                         num(pg, doc.lang), num(pt, doc.lang)])
    merges.extend([(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)])
    plain(LOCO_YARD)
    doc.table(g("Таблица 2.3 – Источники выбросов и количественные характеристики выбросов", "2.3-кесте – Шығарынды көздері және "
                "шығарындылардың сандық сипаттамалары", ""), rows, merges, role="emissions")
    numbers = [n for n, _, _ in LOCO_DEPOT] + ["0004"] + [n for n, _, _ in LOCO_YARD]
    doc.add("sources", *({"number": n, "type": "unorganized" if n.startswith("6") else "organized"} for n in numbers))
    doc.p(g("Примечание: на реостатной установке одновременно испытывается один тепловоз, поэтому максимальный разовый выброс источника "
            "0004 равен наибольшему из выбросов при испытаниях тепловозов отдельных серий, а валовый – их сумме. Строки «в т.ч.» "
            "приведены справочно.",
            "Ескертпе: реостаттық қондырғыда бір мезгілде бір тепловоз сыналады, сондықтан 0004 көзінің ең жоғары бір реттік "
            "шығарындысы жекелеген сериялы тепловоздарды сынау кезіндегі шығарындылардың ең үлкеніне, ал жалпы шығарындысы – "
            "олардың қосындысына тең. «Оның ішінде» жолдары анықтама үшін келтірілген.", ""))
    maybe_distractor(doc, 0.3)


# (VI source, [(code, label, (lo, hi) g/s, (lo, hi) t/y)])
VN_DEPOT = (
    ("Ống khói lò hơi đốt dầu DO", [("0301", "NO2", (0.03, 0.12), (0.3, 1.2)), ("0330", "SO2", (0.05, 0.2), (0.5, 2.0)),
                                    ("0337", "CO", (0.01, 0.05), (0.1, 0.5))]),
    ("Khu vực sấy cát cấp cho đầu máy", [("2902", "Bụi tổng", (0.02, 0.08), (0.15, 0.6))]),
)
VN_TEST = (("0301", "NO2", (0.5, 1.8), (0.05, 0.35)), ("0330", "SO2", (0.05, 0.2), (0.005, 0.04)), ("0337", "CO", (0.3, 1.3), (0.03, 0.25)),
           ("2902", "Bụi tổng", (0.03, 0.12), (0.003, 0.025)))
VN_SERIES = (("D19E", 1.2, (40, 80)), ("D13E", 0.8, (20, 50)), ("D9E", 0.6, (10, 30)))


def _emissions_hu2_vi(doc: Doc) -> None:
    r = doc.rng
    s = doc.pick([x for x in VN_SITES if "đầu máy" in x["name"]])
    tests = {n: r.randint(*span) for n, _, span in VN_SERIES}
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN MỞ RỘNG {s['name'].upper()}")
    doc.h("3.1.2. Khí thải trong giai đoạn vận hành")
    doc.p("Đầu máy sau sửa chữa định kỳ được thử tải tại khu thử tải bằng biến trở nước; mỗi lần chỉ thử một đầu máy. Tải lượng của khu "
          "thử tải là giá trị lớn nhất (g/s) và tổng (tấn/năm) của các loại đầu máy; các dòng «trong đó» ghi để tham khảo. Số lần thử "
          f"tải dự kiến: D19E – {tests['D19E']}, D13E – {tests['D13E']}, D9E – {tests['D9E']} lần/năm.")
    rows = [["TT", "Nguồn phát sinh", "Thông số", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges: list = []
    k = 0
    for k, (src, items) in enumerate(VN_DEPOT, 1):
        start = len(rows)
        for j, (c, label, gr, tr) in enumerate(items):
            gs, ty = rate(r, *gr, 3), rate(r, *tr, 3)
            rows.append([str(k) if j == 0 else None, src if j == 0 else None, label, num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(items) > 1:
            merges.extend([(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)])
    start = len(rows)
    for c, label, gr, tr in VN_TEST:
        parts = [(n, _sig(rate(r, *gr, 3) * f, 3), _sig(rate(r, *tr, 3) * f * tests[n] / 50, 3)) for n, f, _ in VN_SERIES]
        gs, ty = max(p[1] for p in parts), round(_dsum(p[2] for p in parts), 6)
        rows.append([str(k + 1) if len(rows) == start else None, "Khu vực thử tải đầu máy sau sửa chữa" if len(rows) == start else None, label,
                     num(gs, "vi"), num(ty, "vi")])
        doc.add("emissions", emission(c, gs, ty))
        for n, pg, pt in parts:
            rows.append([None, None, f"trong đó: đầu máy {n} ({tests[n]} lần thử/năm)", num(pg, "vi"), num(pt, "vi")])
    merges.extend([(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)])
    doc.table("Bảng 3.6. Tải lượng khí thải của các nguồn phát sinh", rows, merges, role="emissions")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes

# (code, (RU, KK) name, kg per wagon in (ДР, КР, ТР-2) as (lo, hi) or None, (RU, KK) handling)
WAGON_NORMS = (
    ("16 01 17", ("Лом черных металлов (изношенные детали тележек и автосцепного устройства)", "Қара металл сынықтары (арбашалар мен "
                  "автотіркеу құрылғысының тозған бөлшектері)"), ((180, 260), (420, 600), (25, 45)),
     ("передача ТОО «Вторчермет» на переработку", "«Вторчермет» ЖШС-не қайта өңдеуге беру")),
    ("16 01 12", ("Отработанные композиционные тормозные колодки", "Пайдаланылған композициялық тежегіш қалыптар"), ((14, 22), (18, 26), (6, 10)),
     ("передача специализированной организации", "мамандандырылған ұйымға беру")),
    ("17 02 01", ("Отходы древесины (доски пола и обшивки кузовов)", "Ағаш қалдықтары (шанақтардың еден және қаптау тақталары)"),
     ((30, 60), (90, 140), None), ("передача на переработку в щепу по договору", "шарт бойынша жоңқаға қайта өңдеуге беру")),
    ("13 02 05*", ("Отработанные масла гасителей колебаний и редукторов", "Тербеліс сөндіргіштер мен редукторлардың пайдаланылған майлары"),
     ((1.2, 2.0), (2.5, 3.5), (0.3, 0.6)), ("передача на регенерацию", "регенерацияға беру")),
    ("15 02 02*", ("Промасленная ветошь", "Майланған шүберек"), ((0.6, 1.0), (1.0, 1.6), (0.2, 0.4)), ("передача на обезвреживание", "залалсыздандыруға беру")),
    ("12 01 13", ("Огарки сварочных электродов", "Дәнекерлеу электродтарының қалдықтары"), ((0.4, 0.8), (1.2, 1.8), (0.1, 0.2)),
     ("передача с ломом металлов", "металл сынықтарымен бірге беру")),
    ("08 01 11*", ("Тара из-под лакокрасочных материалов", "Лак-бояу материалдарының ыдысы"), ((0.8, 1.4), (2.0, 3.0), None),
     ("передача на обезвреживание", "залалсыздандыруға беру")),
    ("12 01 21", ("Отработанные абразивные круги", "Пайдаланылған абразивті дөңгелектер"), ((0.1, 0.2), (0.3, 0.5), None),
     ("передача на полигон ТБО", "ҚТҚ полигонына беру")),
)  # fmt: skip


def wastes_hu1(doc: Doc) -> None:
    """A wagon-repair depot's calculation of wastes by norms per repaired wagon, the norms in kilograms under a merged
    header as three sub-columns by the kind of repair — depot repair (ДР), capital repair (КР) and uncoupled current
    repair (ТР-2) — a dash where a waste does not form at a kind of repair, the programme of repairs (wagons of each kind)
    given only in the paragraph before the table, the tonnes a year after the norms the amount, and the domestic waste on
    a row whose three norm cells are merged into one line of its own basis (per worker) (VI: a wagon works' CTNH by kg a
    wagon of `Đại tu | Trung tu | Niên tu`, the year's plan in the paragraph, kilograms a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hu1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st = s["core"][L]
    n = (r.randint(160, 210) * 10, r.randint(18, 32) * 10, r.randint(280, 390) * 10)
    staff = r.randint(240, 380)
    doc.h(g(f"Программа управления отходами вагоноремонтного депо «{st}» на 2026–2030 годы", f"«{st}» вагон жөндеу депосының 2026–2030 "
            "жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("3.2. Расчет объемов образования отходов", "3.2. Қалдықтардың түзілу көлемдерін есептеу", ""))
    doc.p(g(f"Производственная программа депо на 2026 год: деповской ремонт (ДР) – {num(n[0], 'ru')} вагонов, капитальный ремонт (КР) – "
            f"{num(n[1], 'ru')} вагонов, текущий отцепочный ремонт (ТР-2) – {num(n[2], 'ru')} вагонов. Нормативы образования отходов на один "
            "отремонтированный вагон приняты по данным учета депо за 2022–2024 годы. Численность работающих – " + f"{staff} чел.",
            f"Депоның 2026 жылға арналған өндірістік бағдарламасы: деполық жөндеу (ДР) – {num(n[0], 'kk')} вагон, күрделі жөндеу (КР) – "
            f"{num(n[1], 'kk')} вагон, ағымдағы ағытпалы жөндеу (ТР-2) – {num(n[2], 'kk')} вагон. Бір жөнделген вагонға шаққандағы "
            "қалдықтардың түзілу нормативтері депоның 2022–2024 жылдардағы есепке алу деректері бойынша қабылданды. Жұмыскерлер саны – "
            + f"{staff} адам.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Норматив образования на 1 вагон, кг", None, None, "Количество, т/год", "Обращение"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "1 вагонға шаққандағы түзілу нормативі, кг", None, None, "Саны, т/жыл", "Қалдықпен жұмыс"], []),
            [None, None, None, "ДР", "КР", "ТР-2", None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    amounts = []
    k = 0
    for k, (code, names, norms, handling) in enumerate(WAGON_NORMS, 1):
        vals = [None if span is None else (_sig(r.uniform(*span), 2) if span[1] < 5 else float(r.randint(int(span[0]), int(span[1])))) for span in norms]
        kg = sum((Decimal(repr(v)) * q for v, q in zip(vals, n, strict=True) if v is not None), Decimal(0))
        t = round(float(kg / 1000), 3)
        rows.append([str(k), code, names[L], *(num(v, doc.lang) if v is not None else "–" for v in vals), num(t, doc.lang), handling[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(names[L], 2)})
        amounts.append(t)
    tbo = round(0.075 * staff, 3)
    rows.append([str(k + 1), "20 03 01", g("Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", ""),
                 g(f"0,075 т/год на 1 работающего × {staff} чел.", f"1 жұмыскерге жылына 0,075 т × {staff} адам", ""), None, None,
                 num(tbo, doc.lang), g("вывоз на полигон ТБО по договору", "шарт бойынша ҚТҚ полигонына шығару", "")])
    merges.append((len(rows) - 1, 3, len(rows) - 1, 5))
    doc.add("wastes", {"code": "20 03 01", "code_system": "LoW", "hazardous": False, "amount_t": tbo, "name_contains": g("Твердые бытовые", "Қатты тұрмыстық", "")})
    amounts.append(tbo)
    rows.append(["", "", g("Всего", "Барлығы", ""), "", "", "", num(round(_dsum(amounts), 3), doc.lang), ""])
    doc.table(g("Таблица 3.2 – Расчет объемов образования отходов на 2026 год", "3.2-кесте – 2026 жылға арналған қалдықтардың түзілу "
                "көлемдерін есептеу", ""), rows, merges, role="wastes")
    doc.p(g("Количество = Σ (норматив на 1 вагон × число вагонов по виду ремонта) / 1000. «–» – отход при данном виде ремонта не образуется.",
            "Саны = Σ (1 вагонға норматив × жөндеу түрі бойынша вагондар саны) / 1000. «–» – жөндеудің осы түрінде қалдық түзілмейді.", ""))
    maybe_distractor(doc, 0.3)


# (code or None, VI name, kg a wagon at (Đại tu, Trung tu, Niên tu))
VN_WAGON_NORMS = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", ((6, 10), (3, 5), (0.8, 1.5))),
    ("18 02 01", "Giẻ lau, găng tay dính dầu mỡ", ((2.0, 3.5), (1.2, 2.0), (0.4, 0.8))),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (thùng sơn, dung môi)", ((3.0, 5.0), (1.5, 2.5), None)),
    ("16 01 06", "Bóng đèn huỳnh quang thải (toa xe khách)", ((0.6, 1.2), (0.3, 0.6), (0.1, 0.2))),
    (None, "Phế liệu kim loại (chi tiết giá chuyển hướng, móc nối thay thế)", ((240, 380), (90, 160), (15, 30))),
    (None, "Guốc hãm gang thải", ((28, 40), (20, 30), (8, 14))),
)


def _wastes_hu1_vi(doc: Doc) -> None:
    r = doc.rng
    s = doc.pick([x for x in VN_SITES if "toa xe" in x["name"]])
    n = (r.randint(30, 60), r.randint(80, 140), r.randint(250, 420))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {s['name'].upper()}")
    doc.h("2.3. Chất thải phát sinh")
    doc.p(f"Khối lượng chất thải được tính theo định mức phát sinh trên một toa xe sửa chữa và sản lượng năm 2025: đại tu {n[0]} toa, "
          f"trung tu {n[1]} toa, niên tu {n[2]} toa. Định mức do đơn vị xây dựng từ số liệu theo dõi các năm 2022–2024.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Định mức phát sinh (kg/toa)", None, None, "Khối lượng năm 2025 (kg)"],
            [None, None, None, "Đại tu", "Trung tu", "Niên tu", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    for k, (code, name, norms) in enumerate(VN_WAGON_NORMS, 1):
        vals = [None if span is None else (_sig(r.uniform(*span), 2) if span[1] < 20 else float(r.randint(*span))) for span in norms]
        kg = float(sum((Decimal(repr(v)) * q for v, q in zip(vals, n, strict=True) if v is not None), Decimal(0)))
        rows.append([str(k), name, code or "-", *(num(v, "vi") if v is not None else "-" for v in vals), num(kg, "vi")])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(kg), "name_contains": _words(name, 4)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": _t(kg), "name_contains": _words(name, 4)})
    doc.table("Bảng 2.3. Khối lượng chất thải phát sinh theo định mức sửa chữa", rows, merges, role="wastes")
    doc.p("Ghi chú: khối lượng = Σ (định mức × số toa theo cấp sửa chữa); «-» là không phát sinh hoặc không phải CTNH.")
    maybe_distractor(doc, 0.3)


# (RU, KK) cargo, (lo, hi) tank cars, (lo, hi) kg of residue a car, share returned, (RU, KK) waste, code
PPS_CARGO = (
    (("Нефть сырая", "Шикі мұнай"), (900, 2400), (60, 140), 0.55, ("Нефтешлам от зачистки котлов цистерн", "Цистерна қазандықтарын тазартудан "
                                                                                                              "шыққан мұнай шламы"), "16 07 08*"),
    (("Светлые нефтепродукты (бензин, дизельное топливо)", "Ашық түсті мұнай өнімдері (бензин, дизель отыны)"), (2500, 6000), (15, 40), 0.8,
     ("Обводненные остатки светлых нефтепродуктов", "Сулы ашық түсті мұнай өнімдерінің қалдықтары"), "16 07 08*"),
    (("Темные нефтепродукты (мазут)", "Қара түсті мұнай өнімдері (мазут)"), (600, 1800), (150, 320), 0.6,
     ("Мазутные остатки, не подлежащие сливу", "Төгуге жатпайтын мазут қалдықтары"), "16 07 08*"),
    (("Химические грузы (метанол, бензол)", "Химиялық жүктер (метанол, бензол)"), (80, 300), (10, 30), 0.0,
     ("Отходы зачистки цистерн из-под химических грузов", "Химиялық жүктерден босаған цистерналарды тазарту қалдықтары"), "16 07 09*"),
    (("Пищевые грузы (растительное масло)", "Азық-түлік жүктері (өсімдік майы)"), (60, 240), (20, 50), 0.0,
     ("Остатки растительного масла", "Өсімдік майының қалдықтары"), "16 07 99"),
)  # fmt: skip
PPS_OWN = (
    (("Шлам нефтеловушки локальных очистных сооружений", "Жергілікті тазарту құрылыстарының мұнай ұстағыш шламы"), "13 05 02*", (8, 30)),
    (("Промасленная ветошь и отработанные сорбенты", "Майланған шүберек және пайдаланылған сорбенттер"), "15 02 02*", (0.6, 2.4)),
)


def wastes_hu2(doc: Doc) -> None:
    """A tank-car washing-steaming station's year in one table by the cargo the tank cars last carried — crude oil, light
    and dark oil products, chemical cargoes, vegetable oil — with the tank cars prepared, the residue of cargo drained and
    the part of it returned to the owner of the cargo as a product (no waste), then under a merged `Отход` header the
    waste's own name, its code and its mass: the same code `16 07 08*` on three cargoes with other names, `16 07 09*` for the
    chemical cargoes and the non-hazardous `16 07 99` for vegetable oil; the station's own wastes under a row spanning the
    table with dashes in the cargo columns (VI: a tank-car cleaning station's residues by the fuel last carried, `17 06 02`
    for petrol and `17 06 01` for diesel and fuel oil, the fuel returned to the owner no waste)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hu2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st = s["core"][L]
    op = doc.pick(KZ_PPS_OPS)[L]
    doc.h(g(f"Отчет о выполнении программы управления отходами за 2025 год. ППС ст. {st}, {op}",
            f"{op}, {st} станциясының ППС. Қалдықтарды басқару бағдарламасының 2025 жылғы орындалуы туралы есеп", ""))
    doc.p(g("Остатки груза, слитые из цистерн перед пропаркой, собираются в отстойник; отстоявшийся нефтепродукт возвращается "
            "грузовладельцу по акту как товарный продукт и отходом не является. Отходом являются неоткачиваемые остатки и продукты "
            "зачистки котлов цистерн, код которых зависит от перевозившегося груза.",
            "Бумен өңдеу алдында цистерналардан төгілген жүк қалдықтары тұндырғышқа жиналады; тұнған мұнай өнімі актімен жүк иесіне "
            "тауарлық өнім ретінде қайтарылады және қалдық болып табылмайды. Айдалмайтын қалдықтар мен цистерна қазандықтарын "
            "тазарту өнімдері қалдық болып табылады, олардың коды тасымалданған жүкке байланысты.", ""))
    rows = [g(["№", "Род груза, перевозившегося в цистерне", "Подготовлено цистерн, ед.", "Слито остатков груза, т",
               "Возвращено грузовладельцу, т", "Отход", None, None],
              ["№", "Цистернада тасымалданған жүк түрі", "Дайындалған цистерналар, бірл.", "Төгілген жүк қалдықтары, т",
               "Жүк иесіне қайтарылды, т", "Қалдық", None, None], []),
            g([None, None, None, None, None, "наименование", "код", "масса, т"], [None, None, None, None, None, "атауы", "коды", "массасы, т"], [])]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 7)]
    drained_all, returned_all, waste_all = [], [], []
    for k, (cargo, (clo, chi), (klo, khi), share, wname, code) in enumerate(PPS_CARGO, 1):
        cars = r.randint(clo, chi)
        drained = round(cars * r.uniform(klo, khi) / 1000, 2)
        returned = round(drained * share * r.uniform(0.9, 1.0), 2) if share else 0.0
        waste = round(drained - returned, 2)
        rows.append([str(k), cargo[L], num(cars, doc.lang), num(drained, doc.lang), num(returned, doc.lang) if returned else "–", wname[L], code,
                     num(waste, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": waste, "name_contains": _words(wname[L], 3)})
        drained_all.append(drained)
        returned_all.append(returned)
        waste_all.append(waste)
    _span(rows, merges, g("Отходы очистных сооружений и обслуживания ППС", "Тазарту құрылыстары мен ППС-ке қызмет көрсету қалдықтары", ""), 8)
    for k, (wname, code, (lo, hi)) in enumerate(PPS_OWN, len(PPS_CARGO) + 1):
        mass = round(r.uniform(lo, hi), 2)
        rows.append([str(k), "–", "–", "–", "–", wname[L], code, num(mass, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": mass, "name_contains": _words(wname[L], 3)})
        waste_all.append(mass)
    rows.append(["", g("Итого", "Барлығы", ""), "", num(round(_dsum(drained_all), 2), doc.lang), num(round(_dsum(returned_all), 2), doc.lang), "", "",
                 num(round(_dsum(waste_all), 2), doc.lang)])
    doc.table(g("Таблица 4.1 – Остатки грузов и отходы ППС за 2025 год", "4.1-кесте – 2025 жылғы ППС жүк қалдықтары мен қалдықтары", ""), rows, merges,
              role="wastes")
    doc.p(g("Отходы с кодами 16 07 08* и 16 07 09* переданы на обезвреживание ТОО «Эко Утиль Сервис», остатки растительного масла – на "
            "производство технических смазок.",
            "16 07 08* және 16 07 09* кодты қалдықтар «Эко Утиль Сервис» ЖШС-не залалсыздандыруға, өсімдік майының қалдықтары техникалық "
            "майлау материалдарын өндіруге берілді.", ""))
    maybe_distractor(doc, 0.3)


# (VI fuel, (lo, hi) tank cars, (lo, hi) kg of residue a car, share returned, VI waste, code)
VN_XITEC = (
    ("Xăng", (400, 1200), (10, 30), 0.75, "Xăng thải lẫn nước, cặn đáy xitec chở xăng", "17 06 02"),
    ("Dầu DO", (600, 1600), (15, 40), 0.8, "Dầu DO thải lẫn nước, cặn đáy xitec chở dầu DO", "17 06 01"),
    ("Dầu FO (mazut)", (150, 500), (120, 280), 0.6, "Cặn dầu FO không bơm hút được từ xitec", "17 06 01"),
)


def _wastes_hu2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – TRẠM VỆ SINH, SÚC RỬA TOA XITEC GA YÊN VIÊN")
    doc.p("Cặn hàng xả từ toa xitec trước khi súc rửa được thu về bể lắng; phần nhiên liệu lắng tách đạt yêu cầu được bàn giao lại cho chủ "
          "hàng theo biên bản và không phải là chất thải. Chất thải là phần cặn không thu hồi được, mã CTNH theo loại nhiên liệu đã chở.")
    rows = [["TT", "Loại hàng xitec đã chở", "Số toa xitec súc rửa", "Cặn hàng xả ra (kg)", "Bàn giao lại chủ hàng (kg)", "Chất thải", None, None],
            [None, None, None, None, None, "Tên chất thải", "Mã CTNH", "Khối lượng (kg)"]]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 7)]
    for k, (fuel, (clo, chi), (klo, khi), share, wname, code) in enumerate(VN_XITEC, 1):
        cars = r.randint(clo, chi)
        drained = round(cars * r.uniform(klo, khi))
        returned = round(drained * share * r.uniform(0.9, 1.0))
        waste = drained - returned
        rows.append([str(k), fuel, num(cars, "vi"), num(drained, "vi"), num(returned, "vi"), wname, code, num(waste, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(float(waste)), "name_contains": _words(wname, 4)})
    sludge, rags = r.randint(1200, 5200), r.randint(150, 600)
    rows.append([str(len(VN_XITEC) + 1), "-", "-", "-", "-", "Bùn thải từ thiết bị tách dầu/nước", "17 05 02", num(sludge, "vi")])
    rows.append([str(len(VN_XITEC) + 2), "-", "-", "-", "-", "Giẻ lau, vật liệu thấm hút dính dầu", "18 02 01", num(rags, "vi")])
    doc.add("wastes", {"code": "17 05 02*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(float(sludge)), "name_contains": "Bùn thải"},
            {"code": "18 02 01*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(float(rags)), "name_contains": "Giẻ lau"})
    doc.table("Bảng 2.4. Cặn hàng và chất thải nguy hại phát sinh năm 2025", rows, merges, role="wastes")
    doc.p("Ghi chú: cột «Bàn giao lại chủ hàng» là nhiên liệu thu hồi, không kê khai là chất thải.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

# symbol: ПДК for the groundwater of a fuelling point (drinking-water sources), (lo, hi) share at a clean and at a spoilt well, mark below detection
GROUND_KZ = {"pH": ((6, 9), None, None), "TPH": (0.1, ((0.1, 0.4), (0.8, 6.0)), "< 0,02"), "Phenols": (0.001, ((0.3, 0.8), (0.6, 2.5)), "< 0,0005"),
             "Fe": (0.3, ((0.3, 0.9), (0.6, 1.8)), None), "Mn": (0.1, ((0.2, 0.8), (0.5, 1.6)), None), "NH4+": (2.0, ((0.05, 0.4), (0.2, 0.9)), None),
             "Cl-": (350, ((0.2, 0.6), (0.4, 1.1)), None), "SO4": (500, ((0.2, 0.6), (0.3, 0.9)), None)}
WELLS = (("Н-1", ("фоновая, 300 м выше по потоку подземных вод", "фондық, жерасты сулары ағынынан 300 м жоғары"), False),
         ("Н-2", ("у сливной эстакады склада дизельного топлива", "дизель отыны қоймасының төгу эстакадасы жанында"), True),
         ("Н-3", ("у топливораздаточных колонок, путь № 11", "отын тарату колонкалары жанында, № 11 жол"), True),
         ("Н-4", ("ниже по потоку, у границы территории депо", "ағыннан төмен, депо аумағының шекарасында"), True))


def limits_hu1(doc: Doc) -> None:
    """A report on ПЭК of a locomotive fuelling point (пункт экипировки) with its groundwater wells: the ПДК as the first row
    under the header, each well merged down the first column over its spring and autumn rows with the water level in a
    column of its own (no substance), oil products and phenols written `< 0,02`, `< 0,0005` below detection at the
    background well, and — in one well in the autumn — a row merged across all the parameter columns saying that a lens
    of free oil product 12 mm thick floats on the water and no sample was taken, which gives no measured value at all (VI:
    a locomotive works' fuel-store wells against QCVN 09:2023/BTNMT, `Tổng dầu mỡ khoáng` measured with no limit, `lớp dầu
    nổi dày 8 mm – không lấy mẫu`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hu1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st = s["core"][L]
    keys = ["pH", "TPH", "Phenols", *sorted(r.sample(["Fe", "Mn", "NH4+", "Cl-", "SO4"], 3), key=list(GROUND_KZ).index)]
    lens_well = r.choice(("Н-2", "Н-3"))
    lens_mm = r.randint(6, 18)
    doc.h(g(f"Отчет по программе производственного экологического контроля за 2025 год. Пункт экипировки локомотивов ст. {st}",
            f"{st} станциясының локомотивтерді жабдықтау пункті. 2025 жылғы өндірістік экологиялық бақылау бағдарламасы бойынша есеп", ""))
    doc.h(g("4.3. Мониторинг подземных вод", "4.3. Жерасты суларының мониторингі", ""))
    doc.p(g("Наблюдательные скважины глубиной 8–12 м оборудованы по периметру склада дизельного топлива и топливораздаточных колонок. Пробы "
            "отбирались в апреле и октябре 2025 года; результаты сопоставлены с ПДК для источников хозяйственно-питьевого водоснабжения.",
            "Тереңдігі 8–12 м бақылау ұңғымалары дизель отыны қоймасы мен отын тарату колонкаларының периметрі бойынша жабдықталған. "
            "Сынамалар 2025 жылғы сәуір мен қазанда алынды; нәтижелер шаруашылық-ауыз сумен жабдықтау көздеріне арналған ШЖК-мен "
            "салыстырылды.", ""))
    width = 3 + len(keys)
    rows = [[g("Скважина", "Ұңғыма", ""), g("Отбор проб", "Сынама алу", ""), g("Уровень воды, м", "Су деңгейі, м", ""),
             *(vocab.water(k, doc.lang) for k in keys)],
            [g("ПДК, мг/дм3 (pH – ед. pH)", "ШЖК, мг/дм3 (pH – бірл.)", ""), None, "–", *(cell(doc, GROUND_KZ[k][0]) for k in keys)]]
    merges = [(1, 0, 1, 1)]
    seasons = g(("апрель 2025", "октябрь 2025"), ("2025 ж. сәуір", "2025 ж. қазан"), ())
    for well, place, spoilt in WELLS:
        start = len(rows)
        for q, season in enumerate(seasons):
            level = num(round(r.uniform(3.2, 7.8), 2), doc.lang)
            head = f"{well} – {place[L]}" if q == 0 else None
            if well == lens_well and q == 1:
                rows.append([head, season, level, g(f"На зеркале воды – свободная фаза нефтепродуктов (линза) мощностью {lens_mm} мм; проба на "
                                                     "химический анализ не отбиралась, начата откачка нефтепродукта (раздел 6)",
                                                     f"Су бетінде – қалыңдығы {lens_mm} мм мұнай өнімдерінің еркін фазасы (линза); химиялық талдауға "
                                                     "сынама алынбады, мұнай өнімін сорып алу басталды (6-бөлім)", ""),
                             *([None] * (len(keys) - 1))])
                merges.append((len(rows) - 1, 3, len(rows) - 1, width - 1))
                continue
            line = [head, season, level]
            for k in keys:
                lim, shares, below = GROUND_KZ[k]
                unit = None if k == "pH" else "mg/l"
                if k == "pH":
                    v = round(r.uniform(6.6, 8.2), 1)
                elif below and not spoilt and r.random() < 0.7:
                    line.append(below)
                    add(doc, {x: y for x, y in limit(("symbol", k), "water", lim, unit, None, well).items() if x != "value"})
                    continue
                else:
                    v = _sig(lim * r.uniform(*shares[1 if spoilt else 0]), 2)
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", k), "water", lim, unit, None, well, v))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 4.3 – Результаты анализа подземных вод", "4.3-кесте – Жерасты суларын талдау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("Примечание: «<» – ниже предела обнаружения методики; уровень воды – от поверхности земли.",
            "Ескертпе: «<» – әдістеменің анықтау шегінен төмен; су деңгейі – жер бетінен.", ""))
    maybe_distractor(doc, 0.3)


GROUND_VN = {"pH": (5.8, 8.5), "NH4+": 1, "NO3-": 15, "Fe": 5, "Mn": 0.5, "Cl-": 250, "SO4": 400}


def _limits_hu1_vi(doc: Doc) -> None:
    r = doc.rng
    s = doc.pick([x for x in VN_SITES if "đầu máy" in x["name"]])
    keys = ["pH", *sorted(r.sample(["NH4+", "NO3-", "Fe", "Mn", "Cl-", "SO4"], 4), key=list(GROUND_VN).index)]
    lens = r.choice(("NN2", "NN3"))
    mm = r.randint(4, 12)
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG NĂM 2025 – {s['name'].upper()}")
    doc.h("3.4. Chất lượng nước dưới đất khu vực kho nhiên liệu cấp cho đầu máy")
    doc.p("Mẫu nước dưới đất lấy tại 03 giếng quan trắc quanh kho dầu DO và khu cấp nhiên liệu vào tháng 4 (mùa khô) và tháng 9 (mùa mưa) "
          "năm 2025; kết quả so sánh với QCVN 09:2023/BTNMT. Tổng dầu mỡ khoáng được phân tích để theo dõi, quy chuẩn không quy định.")
    rows = [["Giếng", "Đợt", *(vocab.water(k, "vi") for k in keys), "Tổng dầu mỡ khoáng"],
            ["QCVN 09:2023/BTNMT", None, *(cell(doc, GROUND_VN[k]) for k in keys), "-"]]
    merges = [(1, 0, 1, 1)]
    wells = (("NN1", "NN1 – giếng nền, thượng nguồn kho", False), ("NN2", "NN2 – cạnh bồn chứa dầu DO", True),
             ("NN3", "NN3 – cạnh cột cấp nhiên liệu đường số 2", True))
    for pid, label, spoilt in wells:
        start = len(rows)
        for q, season in enumerate(("Tháng 4/2025", "Tháng 9/2025")):
            head = label if q == 0 else None
            if pid == lens and q == 1:
                rows.append([head, season, f"Phát hiện lớp dầu nổi dày {mm} mm trên mặt nước giếng – không lấy mẫu phân tích",
                             *([None] * len(keys))])
                merges.append((len(rows) - 1, 2, len(rows) - 1, len(keys) + 2))
                continue
            line = [head, season]
            for k in keys:
                lim = GROUND_VN[k]
                if k == "pH":
                    v = round(r.uniform(6.2, 7.9), 1)
                else:
                    v = _sig(lim * r.uniform(0.05, 0.6) * (1.6 if spoilt and k in ("Fe", "Mn") else 1), 2)
                line.append(num(v, "vi"))
                add(doc, limit(("symbol", k), "water", lim, None if k == "pH" else "mg/l", None, pid, v))
            line.append(num(round(r.uniform(0.2, 3.5) if spoilt else r.uniform(0.02, 0.15), 2), "vi"))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 3.4. Kết quả phân tích nước dưới đất (mg/l, trừ pH)", rows, merges, role="limits")
    maybe_distractor(doc, 0.3)


# symbol: (ДК at В-1, the evaporation pond; ДК at В-2, the city sewer), (lo, hi) of a batch sent to the sewer
BATCH_DK = {"TSS": (15, 300, (30, 220)), "TPH": (0.5, 10, (0.8, 7.0)), "Surfactants": (0.5, 10, (0.7, 6.0)), "COD": (30, 500, (45, 380)),
            "pH": ((6.5, 8.5), (6.5, 9.0), None)}


def limits_hu2(doc: Doc) -> None:
    """A tank-car washing-steaming station's journal of discharging its treated washing water in batches: two `ДК` rows under
    the header — one for outlet `В-1`, the evaporation pond under the permit, one for outlet `В-2`, the city sewer under the
    vodokanal's conditions — then a row per batch with its date, volume, the outlet it went to and its analysis, so that
    each batch's results are judged against the ДК of the outlet named in its own row (a batch meeting the pond's ДК goes
    to the pond, the others to the sewer) (VI: a locomotive works' batches to `CX1`, a drain under QCVN 40:2011/BTNMT column
    B, or `CX2`, the city sewer under the connection agreement)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hu2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st = s["core"][L]
    keys = list(BATCH_DK)
    doc.h(g(f"ППС ст. {st}. Журнал учета сброса очищенных промывочных вод, III квартал 2025 года",
            f"{st} станциясының ППС. Тазартылған жуу суларын төгуді есепке алу журналы, 2025 жылғы III тоқсан", ""))
    doc.p(g("Очищенная на локальных очистных сооружениях промывочная вода накапливается в резервуаре-накопителе и сбрасывается партиями после "
            "анализа: партия, отвечающая ДК выпуска В-1, сбрасывается в пруд-испаритель, остальные – в городской канализационный коллектор "
            "по договору с ГКП «Водоканал» (выпуск В-2).",
            "Жергілікті тазарту құрылыстарында тазартылған жуу суы жинақтаушы резервуарда жиналады және талдаудан кейін партиялармен "
            "төгіледі: В-1 шығарылымының ДК-на сәйкес келетін партия буландыру тоғанына, қалғандары «Водоканал» МКК-мен шарт бойынша "
            "қалалық кәріз коллекторына (В-2 шығарылымы) төгіледі.", ""))
    rows = [[g("№ партии", "Партия №", ""), g("Дата сброса", "Төгу күні", ""), g("Объем, м3", "Көлемі, м3", ""), g("Выпуск", "Шығарылым", ""),
             *(vocab.water(k, doc.lang) for k in keys)],
            [g("ДК на выпуске В-1 (пруд-испаритель; разрешение на воздействие)", "В-1 шығарылымындағы ДК (буландыру тоғаны; әсер етуге рұқсат)",
               ""), None, None, None, *(cell(doc, BATCH_DK[k][0]) for k in keys)],
            [g("ДК на выпуске В-2 (коллектор ГКП «Водоканал»; условия приема)", "В-2 шығарылымындағы ДК («Водоканал» МКК коллекторы; қабылдау "
               "шарттары)", ""), None, None, None, *(cell(doc, BATCH_DK[k][1]) for k in keys)]]
    merges = [(1, 0, 1, 3), (2, 0, 2, 3)]
    day = 0
    for b in range(1, r.randint(8, 10) + 1):
        day += r.randint(5, 9)
        month, dd = 7 + (day - 1) // 30, (day - 1) % 30 + 1
        outlet = "В-1" if r.random() < 0.6 else "В-2"
        line = [f"{b:02d}/25", f"{dd:02d}.{month:02d}.2025", num(r.randint(12, 45) * 5, doc.lang), outlet]
        for k in keys:
            pond, sewer, spread = BATCH_DK[k]
            lim = pond if outlet == "В-1" else sewer
            unit = None if k == "pH" else "mg/l"
            if k == "pH":
                v = round(r.uniform(6.8, 8.2) if outlet == "В-1" else r.uniform(7.0, 8.7), 1)
            elif outlet == "В-1":
                v = _sig(pond * r.uniform(0.3, 0.95), 2)
            else:
                v = _sig(r.uniform(*spread), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", k), "waste_water", lim, unit, None, outlet, v))
        rows.append(line)
    doc.table(g("Таблица 1 – Сброс партий очищенной воды, мг/дм3 (pH – ед. pH)", "1-кесте – Тазартылған су партияларын төгу, мг/дм3 (pH – бірл.)",
                ""), rows, merges, role="limits")
    doc.p(g("Анализ каждой партии выполняется лабораторией ППС до сброса; пробы 1 раз в месяц дублируются аккредитованной лабораторией.",
            "Әр партияны талдауды ППС зертханасы төгуге дейін орындайды; сынамалар айына 1 рет аккредиттелген зертханада қайталанады.", ""))
    maybe_distractor(doc, 0.3)


# symbol: (CX1 = QCVN 40:2011/BTNMT column B, CX2 = the city sewer's limit), (lo, hi) of a batch sent to the sewer
VN_BATCH = {"TSS": (100, 250, (110, 230)), "COD": (150, 400, (160, 360)), "BOD5": (50, 200, (55, 180)), "TPH": (10, 20, (10.5, 18)),
            "pH": ((5.5, 9), (5, 9), None)}


def _limits_hu2_vi(doc: Doc) -> None:
    r = doc.rng
    s = doc.pick([x for x in VN_SITES if "đầu máy" in x["name"]])
    keys = list(VN_BATCH)
    doc.h(f"SỔ THEO DÕI XẢ NƯỚC THẢI SAU XỬ LÝ THEO MẺ – {s['name'].upper()}")
    doc.p("Nước thải rửa đầu máy sau xử lý được chứa trong bể điều hòa và xả theo mẻ sau khi phân tích: mẻ đạt QCVN 40:2011/BTNMT cột B "
          "(Kq = 1; Kf = 1) được xả ra mương thoát nước chung khu ga qua cửa xả CX1; mẻ không đạt được bơm về hệ thống thoát nước thải của "
          "thành phố qua điểm đấu nối CX2 theo thỏa thuận đấu nối với công ty thoát nước.")
    rows = [["Mẻ", "Ngày xả", "Thể tích (m3)", "Điểm xả", *(vocab.water(k, "vi") for k in keys)],
            ["Giới hạn tại CX1 – QCVN 40:2011/BTNMT, cột B", None, None, None, *(cell(doc, VN_BATCH[k][0]) for k in keys)],
            ["Giới hạn tại CX2 – theo thỏa thuận đấu nối", None, None, None, *(cell(doc, VN_BATCH[k][1]) for k in keys)]]
    merges = [(1, 0, 1, 3), (2, 0, 2, 3)]
    day = 0
    for b in range(1, r.randint(7, 9) + 1):
        day += r.randint(8, 12)
        month, dd = 4 + (day - 1) // 30, (day - 1) % 30 + 1
        outlet = "CX1" if r.random() < 0.6 else "CX2"
        line = [f"M{b:02d}", f"{dd:02d}/{month:02d}/2025", num(r.randint(6, 18) * 5, "vi"), outlet]
        for k in keys:
            b_lim, sewer, spread = VN_BATCH[k]
            lim, column = (b_lim, "B") if outlet == "CX1" else (sewer, None)
            if k == "pH":
                v = round(r.uniform(6.5, 8.3), 1)
            elif outlet == "CX1":
                v = _sig(b_lim * r.uniform(0.3, 0.95), 2)
            else:
                v = _sig(r.uniform(*spread), 2)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", k), "waste_water", lim, None if k == "pH" else "mg/l", column, outlet, v))
        rows.append(line)
    doc.table("Bảng 1. Kết quả phân tích các mẻ nước thải trước khi xả (mg/l, trừ pH)", rows, merges, role="limits")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring


def _codes(doc: Doc, codes) -> str:
    """`азота диоксид (0301), углерод оксид (0337)` in the document's language, the first letter small."""
    return ", ".join(f"{_low(_sname(doc, c))} ({c})" for c in codes)


def _low(name: str) -> str:
    """The first letter small unless the word is an abbreviation (`ХПК`, `СПАВ`)."""
    return name[0].lower() + name[1:] if len(name) > 1 and name[1].islower() else name


# (RU, KK) track or position, (RU, KK) operation, ("source" | "points" | "point", id), keys, instrumental?, frequency options
MON_TRACKS = (
    (("Путь № 9, стойла 1–2", "№ 9 жол, 1–2 орындар"), ("Реостатные испытания тепловозов", "Тепловоздарды реостаттық сынау"),
     ("source", "0004"), ["0301", "0304", "0328", "0337"], True, ("quarterly",)),
    (("Путь № 14", "№ 14 жол"), ("ППС: пропарка и промывка цистерн", "ППС: цистерналарды булау және жуу"), ("source", "0005"), ["0333", "2754"], True,
     ("quarterly", "semiannual")),
    (("Путь № 11, позиции 1–4", "№ 11 жол, 1–4 позициялар"), ("Экипировка тепловозов: топливораздаточные колонки", "Тепловоздарды жабдықтау: "
                                                                                                              "отын тарату колонкалары"),
     ("source", "6003"), ["0333", "2754"], False, ("yearly",)),
    (("Путь № 5", "№ 5 жол"), ("Пескосушилка и пескораздаточная установка", "Құм кептіргіш және құм тарату қондырғысы"), ("source", "0003"), ["2908"],
     True, ("semiannual", "quarterly")),
    (("–", "–"), ("Котельная депо", "Депо қазандығы"), ("source", "0001"), ["0301", "0337"], True, ("heating",)),
    (("–", "–"), ("Граница санитарно-защитной зоны", "Санитариялық-қорғау аймағының шекарасы"), ("points", ("Т-1", "Т-2")),
     ["0301", "0328", "0337", "0333"], True, ("quarterly",)),
    (("Путь № 14", "№ 14 жол"), ("Выпуск очищенных промывочных вод ППС в пруд-испаритель", "ППС тазартылған жуу суларының буландыру "
                                                                                        "тоғанына шығарылымы"),
     ("point", "К-1"), ["pH", "TSS", "TPH", "Surfactants", "COD"], True, ("monthly",)),
)  # fmt: skip


def monitoring_hu1(doc: Doc) -> None:
    """A locomotive depot's plan-graph of control whose first column is the depot's track and position (`Путь № 9, стойла
    1–2`, `Путь № 11, позиции 1–4`) and whose third is the number of the source or point (`0004`, `6003`, `Т-1 (север), Т-2
    (юг)`, `К-1`): track, stall and position numbers stand beside the source numbers and are none, the boiler house and the
    boundary points on rows with a dash for a track; substances `азота диоксид (0301)`, a calculated control of the fuel
    columns once a year beside instrumental ones, the boiler `2 раза в год (в отопительный период)` (VI: a locomotive
    works' programme by `Đường số 3`, `Đường số 7`, with rows saying the boiler and the domestic waste water are not subject
    to periodic monitoring under Decree 08/2022, which give no duty)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hu1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st = s["core"][L]
    doc.h(g(f"Программа производственного экологического контроля эксплуатационного локомотивного депо «{st}» на 2026–2028 годы",
            f"«{st}» пайдалану локомотив депосының 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g("Технологические участки депо привязаны к путям и позициям согласно технико-распорядительному акту станции; нумерация "
            "источников выбросов – по проекту нормативов допустимых выбросов, точек контроля – по карте-схеме (приложение 3).",
            "Депоның технологиялық учаскелері станцияның техникалық-өкімдік актісіне сәйкес жолдар мен позицияларға байланған; "
            "шығарынды көздерінің нөмірленуі – жол берілетін шығарындылар нормативтерінің жобасы бойынша, бақылау нүктелері – "
            "карта-схема бойынша (3-қосымша).", ""))
    rows = [g(["Путь / позиция", "Участок, операция", "№ ИЗА / точки контроля", "Контролируемые вещества", "Метод контроля", "Периодичность"],
              ["Жол / позиция", "Учаске, операция", "ЛШК / бақылау нүктесі №", "Бақыланатын заттар", "Бақылау әдісі", "Кезеңділігі"], [])]
    for track, op, (kind, ident), keys, instr, options in MON_TRACKS:
        word = r.choice(options)
        if word == "heating":
            word, when = "semiannual", g("2 раза в год (в отопительный период)", "жылына 2 рет (жылыту кезеңінде)", "")
        else:
            when = _often(doc, word)
        if kind == "points":
            where = g(f"{ident[0]} (север), {ident[1]} (юг)", f"{ident[0]} (солтүстік), {ident[1]} (оңтүстік)", "")
        else:
            where = ident
        what = (", ".join(_low(vocab.water(k, doc.lang)) for k in keys)) if kind == "point" else _codes(doc, keys)
        method = g("инструментальный", "аспаптық", "") if instr else g("расчетный", "есептік", "")
        rows.append([track[L], op[L], where, what, method, when])
        if kind == "source":
            doc.add("monitoring", *({"source_number": ident, "code": c, "frequency": word} for c in keys))
        elif kind == "points":
            doc.add("monitoring", *({"point": p, "code": c, "frequency": word} for p in ident for c in keys))
        else:
            doc.add("monitoring", *({"point": ident, "symbol": k, "frequency": word} for k in keys))
    doc.table(g("Таблица 5.1 – План-график производственного экологического контроля", "5.1-кесте – Өндірістік экологиялық бақылаудың "
                "жоспар-кестесі", ""), rows, role="monitoring")
    doc.p(g("Инструментальные замеры выполняет аккредитованная лаборатория по договору; расчетный контроль – инженер по охране "
            "окружающей среды депо.",
            "Аспаптық өлшеулерді шарт бойынша аккредиттелген зертхана орындайды; есептік бақылауды депоның қоршаған ортаны қорғау "
            "жөніндегі инженері жүргізеді.", ""))
    maybe_distractor(doc, 0.3)


def _monitoring_hu1_vi(doc: Doc) -> None:
    r = doc.rng
    s = doc.pick([x for x in VN_SITES if "đầu máy" in x["name"]])
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {s['name'].upper()}")
    doc.h("Phụ lục 3. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG")
    rows = [["Đường / vị trí", "Hạng mục", "Ký hiệu điểm", "Thông số", "Tần suất"]]
    w_nt, w_kk, w_nn = r.choice(("quarterly", "semiannual")), "semiannual", r.choice(("semiannual", "yearly"))
    nt = ["pH", "TSS", "COD", "TPH"]
    rows.append(["Đường số 3 (bệ rửa đầu máy)", "Nước thải sau hệ thống xử lý nước thải rửa đầu máy", "NT1",
                 ", ".join(vocab.water(k, "vi") for k in nt), freq(doc, w_nt)])
    doc.add("monitoring", *({"point": "NT1", "symbol": k, "frequency": w_nt} for k in nt))
    rows.append(["Đường số 7 (khu thử tải đầu máy)", "Không khí khu vực thử tải đầu máy", "KK1", "NO2, CO, bụi tổng (TSP)", freq(doc, w_kk)])
    doc.add("monitoring", *({"point": "KK1", "code": c, "frequency": w_kk} for c in ("0301", "0337", "2902")))
    nn = ["pH", "NH4+", "Fe", "Mn"]
    rows.append(["Đường số 1 (kho dầu DO)", "Nước dưới đất khu kho nhiên liệu", "NN1", ", ".join(vocab.water(k, "vi") for k in nn), freq(doc, w_nn)])
    doc.add("monitoring", *({"point": "NN1", "symbol": k, "frequency": w_nn} for k in nn))
    rows.append(["-", "Khí thải lò hơi", "-", "Không thuộc đối tượng phải quan trắc khí thải định kỳ theo Điều 98 Nghị định số 08/2022/NĐ-CP "
                 "(lò hơi đốt dầu DO 1,5 tấn hơi/giờ)", "-"])
    rows.append(["-", "Nước thải sinh hoạt", "-", "Thu gom, xử lý chung với nước thải rửa đầu máy; không quan trắc riêng", "-"])
    rows.append(["Đường số 3", "Chất thải nguy hại", "-", "Theo dõi khối lượng phát sinh, chuyển giao theo quy định", "Mỗi lần chuyển giao"])
    doc.table("Bảng 3.1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
    maybe_distractor(doc, 0.3)


# (RU, KK) object, where (RU, KK) or ids, [(RU, KK) group, keys]], frequency options, kind of keys
SLEEPER_MON = (
    (("Пропиточный цех – вакуум-насосы пропиточных цилиндров", "Сіңдіру цехы – сіңдіру цилиндрлерінің вакуум-сорғылары"), ("source", ("0001",)),
     [(("Фенолы", "Фенолдар"), ["1071"]), (("ПАУ", "ПАК"), ["0708", "0703"])], ("quarterly",)),
    (("Дыхательные клапаны резервуаров креозота", "Креозот резервуарларының тыныс алу клапандары"), ("source", ("0002",)),
     [(("Фенолы", "Фенолдар"), ["1071"]), (("ПАУ", "ПАК"), ["0708"])], ("semiannual", "quarterly")),
    (("Котельная", "Қазандық"), ("source", ("0003",)),
     [(("Газообразные", "Газ тәрізді"), ["0301", "0330", "0337"]), (("Твердые", "Қатты"), ["2908"])], ("semiannual",)),
    (("Граница санитарно-защитной зоны", "Санитариялық-қорғау аймағының шекарасы"), ("points", ("Т-1", "Т-2")),
     [(("Фенолы", "Фенолдар"), ["1071"]), (("ПАУ", "ПАК"), ["0708"])], ("quarterly",)),
    (("Ливневые воды площадки выдержки шпал (выпуск в пруд-накопитель)", "Шпал ұстау алаңының нөсер сулары (жинақтағыш тоғанға шығарылым)"),
     ("water", ("К-1",)), [(("Органические", "Органикалық"), ["Phenols", "TPH"]), (("Общие", "Жалпы"), ["TSS", "COD", "pH"])], ("quarterly", "monthly")),
    (("Почва площадки выдержки шпал", "Шпал ұстау алаңының топырағы"), ("soil", ("П-1", "П-2")),
     [(("Органические", "Органикалық"), ["TPH"])], ("yearly",)),
)  # fmt: skip


def monitoring_hu2(doc: Doc) -> None:
    """A sleeper-impregnation works' programme whose parameter cells are written by groups — `Фенолы: гидроксибензол (1071).
    ПАУ: нафталин (0708), бенз/а/пирен (0703)`, `Газообразные: …. Твердые: …`, `Органические: фенолы, нефтепродукты. Общие:
    …` — the group's word before the colon no substance, the vacuum pumps and the creosote tanks beside the boiler house, two
    boundary points in one cell, the storm water of the sleeper yard and its soil (VI: a wagon works' paint shop, blasting
    booth, boiler and treated waste water, `Nhóm dung môi hữu cơ: toluen, xylen; Nhóm bụi: bụi tổng`)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hu2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st = s["core"][L]
    doc.h(g(f"Программа производственного экологического контроля шпалопропиточного завода ст. {st}",
            f"{st} станциясындағы шпал сіңдіру зауытының өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("6. Мониторинг эмиссий и воздействия", "6. Эмиссиялар мен әсер ету мониторингі", ""))
    doc.p(g("ПАУ – полициклические ароматические углеводороды. Показатели сгруппированы по группам, принятым в аттестате аккредитации "
            "лаборатории.",
            "ПАК – полициклді ароматты көмірсутектер. Көрсеткіштер зертхананың аккредиттеу аттестатында қабылданған топтар бойынша "
            "топтастырылған.", ""))
    rows = [g(["№", "Объект контроля", "Источник / точка", "Контролируемые показатели", "Периодичность", "Исполнитель"],
              ["№", "Бақылау объектісі", "Көз / нүкте", "Бақыланатын көрсеткіштер", "Кезеңділігі", "Орындаушы"], [])]
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    for k, (obj, (kind, ids), groups, options) in enumerate(SLEEPER_MON, 1):
        word = r.choice(options)
        if kind == "source":
            where = g(f"ИЗА {ids[0]}", f"{ids[0]} ЛШК", "")
        elif kind == "points":
            where = g(f"{ids[0]} – север; {ids[1]} – юго-восток", f"{ids[0]} – солтүстік; {ids[1]} – оңтүстік-шығыс", "")
        else:
            where = ", ".join(ids)
        parts = []
        for (gname, keys) in groups:
            if kind in ("source", "points"):
                names = _codes(doc, keys)
            elif kind == "soil":
                names = ", ".join(_low(vocab.soil(x, doc.lang)) for x in keys)
            else:
                names = ", ".join(_low(vocab.water(x, doc.lang)) for x in keys)
            parts.append(f"{gname[L]}: {names}")
        rows.append([str(k), obj[L], where, ". ".join(parts), _often(doc, word), lab])
        keys = [x for _, ks in groups for x in ks]
        for ident in ids:
            if kind == "source":
                doc.add("monitoring", *({"source_number": ident, "code": c, "frequency": word} for c in keys))
            elif kind == "points":
                doc.add("monitoring", *({"point": ident, "code": c, "frequency": word} for c in keys))
            else:
                doc.add("monitoring", *({"point": ident, "symbol": x, "frequency": word} for x in keys))
    doc.table(g("Таблица 6.1 – План-график мониторинга", "6.1-кесте – Мониторингтің жоспар-кестесі", ""), rows, role="monitoring")
    maybe_distractor(doc, 0.3)


def _monitoring_hu2_vi(doc: Doc) -> None:
    r = doc.rng
    s = doc.pick([x for x in VN_SITES if "toa xe" in x["name"]])
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2026 – {s['name'].upper()}")
    doc.p("Thông số quan trắc được ghi theo nhóm thông số trong quyết định chứng nhận VIMCERTS của đơn vị quan trắc.")
    rows = [["TT", "Vị trí quan trắc", "Ký hiệu", "Thông số quan trắc", "Tần suất", "Quy chuẩn so sánh"]]
    plan = (("Ống thải buồng sơn thùng toa xe", "KT1", [("Nhóm dung môi hữu cơ", [("0621", "toluen"), ("0616", "xylen")]),
                                                        ("Nhóm bụi", [("2902", "bụi tổng")])], "QCVN 19:2009/BTNMT cột B; QCVN 20:2009/BTNMT"),
            ("Ống thải buồng phun bi", "KT2", [("Nhóm bụi", [("2902", "bụi tổng")])], "QCVN 19:2009/BTNMT cột B"),
            ("Ống khói lò hơi", "KT3", [("Nhóm khí vô cơ", [("0301", "NO2"), ("0330", "SO2"), ("0337", "CO")]), ("Nhóm bụi", [("2902", "bụi tổng")])],
             "QCVN 19:2009/BTNMT cột B"))
    for k, (place, pid, groups, std) in enumerate(plan, 1):
        word = r.choice(("quarterly", "semiannual"))
        rows.append([str(k), place, pid, "; ".join(f"{gname}: {', '.join(n for _, n in items)}" for gname, items in groups), freq(doc, word), std])
        doc.add("monitoring", *({"point": pid, "code": c, "frequency": word} for _, items in groups for c, _ in items))
    word = r.choice(("quarterly", "monthly"))
    rows.append([str(len(plan) + 1), "Nước thải sau hệ thống xử lý nước thải rửa toa xe", "NT1",
                 "Nhóm hữu cơ: BOD5, COD; Nhóm dầu mỡ: tổng dầu mỡ khoáng; Chỉ tiêu chung: pH, TSS", freq(doc, word), "QCVN 40:2011/BTNMT cột B"])
    doc.add("monitoring", *({"point": "NT1", "symbol": x, "frequency": word} for x in ("BOD5", "COD", "TPH", "pH", "TSS")))
    doc.table("Bảng 1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- inspections

# ((RU, KK) object, (RU, KK) what, frequency or None, (RU, KK) when written instead of a plain word, checker's code)
DEPOT_CHECKS = (
    (("Пункт экипировки, топливораздаточные колонки", "Жабдықтау пункті, отын тарату колонкалары"),
     ("герметичность колонок и рукавов, поддоны, наличие сорбента", "колонкалар мен жеңдердің саңылаусыздығы, табандықтар, сорбенттің болуы"),
     "daily", None, "ТЧЗэ"),
    (("Локальные очистные сооружения депо (нефтеловушка, фильтры)", "Депоның жергілікті тазарту құрылыстары (мұнай ұстағыш, сүзгілер)"),
     ("слой нефтепродукта в нефтеловушке, работа насосов, вынос взвеси", "мұнай ұстағыштағы мұнай өнімінің қабаты, сорғылардың жұмысы, қалқыма "
                                                                       "заттардың шығуы"),
     "weekly", ("еженедельно (по понедельникам, перед планеркой)", "апта сайын (дүйсенбі сайын, жоспарлау жиналысының алдында)"), "ТЧГТ"),
    (("Места накопления отходов", "Қалдықтарды жинақтау орындары"),
     ("маркировка контейнеров, сроки накопления, журнал учета", "контейнерлерді таңбалау, жинақтау мерзімдері, есепке алу журналы"),
     "monthly", ("ежемесячно, в День безопасности движения", "ай сайын, Қозғалыс қауіпсіздігі күнінде"), "ТЧИэк"),
    (("Реостатная установка", "Реостаттық қондырғы"),
     ("дымность выхлопа (визуально), исправность глушителя и искрогасителя", "шығарылатын газдың түтінділігі (көзбен), бәсеңдеткіш пен "
                                                                             "ұшқын сөндіргіштің ақаусыздығы"),
     None, ("при каждой постановке тепловоза на реостатные испытания", "тепловозды реостаттық сынаққа әр қойған кезде"), "ТЧЗр"),
    (("Склад ГСМ и маслохозяйство", "ЖЖМ қоймасы және май шаруашылығы"),
     ("обвалование резервуаров, запорная арматура, проливы масел", "резервуарлардың үйіндісі, бекіту арматурасы, майдың төгілуі"),
     "quarterly", None, "ТЧЗр"),
    (("Пескосушилка и пескораздаточная установка", "Құм кептіргіш және құм тарату қондырғысы"),
     ("работа циклона, вынос пыли, состояние площадки", "циклонның жұмысы, шаңның шығуы, алаңның жай-күйі"), "monthly", None, "ТЧГТ"),
    (("Котельная депо", "Депо қазандығы"), ("режим горения, исправность газоходов", "жану режимі, газ жолдарының ақаусыздығы"),
     "semiannual", ("2 раза в год (перед отопительным сезоном и после него)", "жылына 2 рет (жылыту маусымына дейін және одан кейін)"), "ТЧЗэ"),
    (("Территория депо и междупутья путей № 1–16", "Депо аумағы және № 1–16 жолдар арасы"),
     ("замазученность грунта, мусор, состояние водоотводных лотков", "топырақтың майлануы, қоқыс, су бұру науаларының жай-күйі"), "quarterly",
     None, "ТЧЭ"),
)  # fmt: skip
DEPOT_CODES = (("ТЧЭ", ("начальник эксплуатационного локомотивного депо", "пайдалану локомотив депосының бастығы")),
               ("ТЧЗр", ("заместитель начальника депо по ремонту", "депо бастығының жөндеу жөніндегі орынбасары")),
               ("ТЧЗэ", ("заместитель начальника депо по эксплуатации", "депо бастығының пайдалану жөніндегі орынбасары")),
               ("ТЧГТ", ("главный технолог депо", "депоның бас технологы")),
               ("ТЧИэк", ("инженер по охране окружающей среды", "қоршаған ортаны қорғау жөніндегі инженер")))


def inspections_hu1(doc: Doc) -> None:
    """The annex of a locomotive depot head's order on environmental control, whose checkers are written only by the railway's
    codes of positions — `ТЧЗр`, `ТЧЗэ`, `ТЧГТ`, `ТЧИэк`, `ТЧЭ` — decoded in a table of no role under it, frequencies beside
    railway wordings (`ежемесячно, в День безопасности движения`, `еженедельно (по понедельникам, перед планеркой)`) and a
    check at each placing of a locomotive on the rheostat with no frequency (VI: a locomotive works' decision with checkers
    `PGĐ.KT`, `TP.AT-MT`, `QĐ.PX` decoded under it, a check at each load test)."""
    if doc.lang == "vi":
        _inspections_hu1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st = s["core"][L]
    doc.h(g(f"Приложение 2 к распоряжению начальника эксплуатационного локомотивного депо «{st}» № {r.randint(40, 190)}-ТЧЭ от "
            f"{r.randint(2, 27):02d}.01.2026", f"«{st}» пайдалану локомотив депосы бастығының {r.randint(2, 27):02d}.01.2026 ж. "
            f"№ {r.randint(40, 190)}-ТЧЭ өкіміне 2-қосымша", ""))
    doc.p(g("График проверок соблюдения природоохранных требований на объектах депо. Результаты проверок заносятся в журнал "
            "производственного экологического контроля формы ТУ-152э.",
            "Депо объектілерінде табиғат қорғау талаптарының сақталуын тексеру кестесі. Тексеру нәтижелері ТУ-152э нысанындағы өндірістік "
            "экологиялық бақылау журналына енгізіледі.", ""))
    rows = [g(["№", "Объект проверки", "Что проверяется", "Периодичность", "Проверяет"],
              ["№", "Тексеру объектісі", "Не тексеріледі", "Кезеңділігі", "Тексереді"], [])]
    for k, (obj, what, word, when, who) in enumerate(DEPOT_CHECKS, 1):
        rows.append([str(k), obj[L], what[L], when[L] if when else _often(doc, word), who])
        item = {"kind": "inspection", "text_contains": _words(obj[L], 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("График проверок", "Тексерулер кестесі", ""), rows, role="inspections")
    doc.table(g("Условные обозначения должностей", "Лауазымдардың шартты белгілері", ""),
              [g(["Обозначение", "Должность"], ["Белгі", "Лауазымы"], []), *([code, pos[L]] for code, pos in DEPOT_CODES)], role="other")
    maybe_distractor(doc, 0.2)


VN_DEPOT_CHECKS = (
    ("Khu vực cấp nhiên liệu cho đầu máy (cột bơm, ống mềm)", "Rò rỉ dầu, khay hứng, vật liệu thấm hút", "daily", None, "TT.NL"),
    ("Hệ thống xử lý nước thải rửa đầu máy", "Lớp dầu trong bể tách dầu, hoạt động của bơm, màu nước sau xử lý", "weekly", "Hằng tuần (thứ Hai)", "QĐ.PX"),
    ("Kho chứa chất thải nguy hại", "Nhãn, phân loại, thời gian lưu giữ, sổ theo dõi", "monthly", None, "TP.AT-MT"),
    ("Khu thử tải đầu máy", "Khói thải (quan sát), bộ giảm thanh, bể biến trở nước", None, "Mỗi lần thử tải đầu máy sau sửa chữa", "QĐ.PX"),
    ("Kho dầu mỡ bôi trơn", "Đê bao, van, dầu rơi vãi", "quarterly", None, "PGĐ.KT"),
    ("Mặt bằng xí nghiệp và rãnh thoát nước giữa các đường", "Đất nhiễm dầu, rác thải, tình trạng rãnh thoát nước", "quarterly", None, "GĐ"),
)
VN_DEPOT_CODES = (("GĐ", "Giám đốc xí nghiệp"), ("PGĐ.KT", "Phó Giám đốc kỹ thuật"), ("TP.AT-MT", "Trưởng phòng An toàn – Môi trường"),
                  ("QĐ.PX", "Quản đốc phân xưởng sửa chữa"), ("TT.NL", "Trạm trưởng trạm cấp nhiên liệu"))


def _inspections_hu1_vi(doc: Doc) -> None:
    r = doc.rng
    s = doc.pick([x for x in VN_SITES if "đầu máy" in x["name"]])
    doc.h(f"PHỤ LỤC 2 – LỊCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG – {s['name'].upper()}")
    doc.p(f"(Kèm theo Quyết định số {r.randint(20, 180)}/QĐ-XN ngày {r.randint(2, 27):02d}/01/2026 của Giám đốc xí nghiệp)")
    rows = [["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Tần suất", "Người kiểm tra"]]
    for k, (obj, what, word, when, who) in enumerate(VN_DEPOT_CHECKS, 1):
        rows.append([str(k), obj, what, when or _often(doc, word), who])
        item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Lịch tự kiểm tra", rows, role="inspections")
    doc.table("Ký hiệu chức danh", [["Ký hiệu", "Chức danh"], *([c, p] for c, p in VN_DEPOT_CODES)], role="other")
    maybe_distractor(doc, 0.2)


def inspections_hu2(doc: Doc) -> None:
    """A station's schedule of joint checks of the environmental structures on the boundary of the railway units'
    responsibility — the locomotive depot, the track distance, the station, the wagon depot, the power-supply distance and
    the washing-steaming station — with the unit that holds the structure on its balance, the unit that checks it and the
    ones taking part in three columns of unit names, so that the one who acts is the middle one (often not the holder),
    frequencies plain and a check at each handing of tank cars from the station with no frequency (VI: a station's `Đơn vị
    quản lý tài sản | Đơn vị chủ trì kiểm tra | Đơn vị phối hợp`)."""
    if doc.lang == "vi":
        _inspections_hu2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st = s["core"][L]
    op = doc.pick(KZ_PPS_OPS)[L]
    units = {
        "depot": (g(f"Эксплуатационное локомотивное депо «{st}»", f"«{st}» пайдалану локомотив депосы", ""), g("локомотивное депо", "локомотив депосы", "")),
        "track": (g(f"Дистанция пути ст. {st}", f"{st} ст. жол дистанциясы", ""), g("Дистанция пути", "жол дистанциясы", "")),
        "station": (g(f"Станция {st}", f"{st} станциясы", ""), g(f"Станция {st}", f"{st} станциясы", "")),
        "wagon": (g(f"Вагонное эксплуатационное депо «{st}»", f"«{st}» пайдалану вагон депосы", ""), g("Вагонное", "вагон депосы", "")),
        "power": (g(f"Дистанция электроснабжения ст. {st}", f"{st} ст. электрмен жабдықтау дистанциясы", ""), g("электроснабжения", "электрмен", "")),
        "pps": (g(f"ППС ст. {st} ({op})", f"{st} ст. ППС ({op})", ""), "ППС"),
    }
    plan = (
        (("Ливневый коллектор под путями № 3–7 от депо до пруда-накопителя", "Деподан жинақтағыш тоғанға дейін № 3–7 жолдардың астындағы "
          "нөсер коллекторы"), "track", "depot", ("track",), "quarterly", None),
        (("Полоса отвода и междупутья парка «Б» (пути № 21–24)", "«Б» паркінің бөлінген белдеуі мен жол аралары (№ 21–24 жолдар)"), "track",
         "station", ("pps",), "monthly", None),
        (("Нефтеловушка и пруд-испаритель ППС", "ППС мұнай ұстағышы мен буландыру тоғаны"), "pps", "pps", (), "weekly", None),
        (("Топливопровод от склада ГСМ к пункту экипировки (переход под путями № 9–11)", "ЖЖМ қоймасынан жабдықтау пунктіне дейінгі отын құбыры "
          "(№ 9–11 жолдардың астынан өтетін жер)"), "depot", "depot", ("track",), "semiannual", None),
        (("Площадка временного хранения старогодных шпал", "Ескі шпалдарды уақытша сақтау алаңы"), "track", "track", ("station",), "quarterly", None),
        (("Маслоприемник трансформаторной подстанции ТП-4", "ТП-4 трансформаторлық қосалқы станциясының май қабылдағышы"), "power", "power",
         ("depot",), "yearly", None),
        (("Пункт сбора мусора из пассажирских вагонов", "Жолаушылар вагондарынан қоқыс жинау пункті"), "wagon", "station", ("wagon",), "weekly", None),
        (("Сливные приборы цистерн на путях отстоя после пропарки", "Булаудан кейін тұрақ жолдарындағы цистерналардың төгу аспаптары"), "pps",
         "wagon", ("station",), None, ("при каждой передаче цистерн с ППС на станцию", "цистерналарды ППС-тен станцияға әр берген кезде")),
    )  # fmt: skip
    doc.h(g(f"График совместных проверок природоохранных сооружений на станции {st} на 2026 год", f"{st} станциясындағы табиғат қорғау "
            "құрылыстарын 2026 жылы бірлесіп тексеру кестесі", ""))
    doc.p(g(f"Сооружения закреплены за балансодержателями актом разграничения ответственности от {r.randint(2, 27):02d}.{r.randint(1, 12):02d}.2024. "
            "Проверку организует и проводит подразделение, указанное в графе «Проверяет»; подразделения графы «Совместно с» направляют "
            "своих представителей.",
            f"Құрылыстар {r.randint(2, 27):02d}.{r.randint(1, 12):02d}.2024 ж. жауапкершілікті бөлу актісімен теңгерім ұстаушыларға бекітілген. "
            "Тексеруді «Тексереді» бағанында көрсетілген бөлімше ұйымдастырады және жүргізеді; «Бірлесіп» бағанындағы бөлімшелер өз "
            "өкілдерін жібереді.", ""))
    rows = [g(["№", "Объект", "Балансодержатель", "Проверяет", "Совместно с", "Периодичность", "Оформление"],
              ["№", "Объект", "Теңгерім ұстаушы", "Тексереді", "Бірлесіп", "Кезеңділігі", "Ресімдеу"], [])]
    for k, (obj, holder, checker, joint, word, when) in enumerate(plan, 1):
        rows.append([str(k), obj[L], units[holder][0], units[checker][0], "; ".join(units[j][0] for j in joint) or "–",
                     when[L] if when else _often(doc, word), doc.pick(g(("акт", "запись в журнале", "акт-предписание"), ("акт", "журналға жазба",
                                                                                                                   "акт-нұсқама"), ()))])
        item = {"kind": "inspection", "text_contains": _words(obj[L], 3), "actor_contains": units[checker][1]}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – График совместных проверок", "1-кесте – Бірлескен тексерулер кестесі", ""), rows, role="inspections")
    maybe_distractor(doc, 0.3)


def _inspections_hu2_vi(doc: Doc) -> None:
    r = doc.rng
    units = {"depot": "Trạm bảo dưỡng đầu máy Yên Viên", "track": "Công ty Cổ phần Đường sắt Hà Lạng", "station": "Ga Yên Viên",
             "wagon": "Trạm khám chữa toa xe Yên Viên", "xitec": "Trạm vệ sinh, súc rửa toa xitec Yên Viên"}
    plan = (("Cống thoát nước mưa qua đường số 3 đến số 7", "track", "depot", ("track",), "quarterly", None),
            ("Hành lang an toàn và khoảng giữa các đường bãi hàng", "track", "station", ("xitec",), "monthly", None),
            ("Bể tách dầu và hồ lắng của trạm súc rửa xitec", "xitec", "xitec", (), "weekly", None),
            ("Đường ống dầu từ kho DO đến cột cấp nhiên liệu", "depot", "depot", ("track",), "semiannual", None),
            ("Bãi tập kết tà vẹt gỗ cũ thay ra", "track", "track", ("station",), "quarterly", None),
            ("Điểm thu gom rác thải từ toa xe khách", "wagon", "station", ("wagon",), "weekly", None),
            ("Van xả đáy toa xitec trên đường chờ sau súc rửa", "xitec", "wagon", ("station",), None, "Mỗi lần giao toa xitec cho ga"))
    doc.h("LỊCH KIỂM TRA PHỐI HỢP CÁC CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG TRONG PHẠM VI GA YÊN VIÊN NĂM 2026")
    doc.p(f"Tài sản được giao cho các đơn vị quản lý theo biên bản phân định ngày {r.randint(2, 27):02d}/{r.randint(1, 12):02d}/2024. Đơn vị chủ trì "
          "tổ chức kiểm tra; đơn vị phối hợp cử người tham gia.")
    rows = [["TT", "Công trình", "Đơn vị quản lý tài sản", "Đơn vị chủ trì kiểm tra", "Đơn vị phối hợp", "Tần suất"]]
    for k, (obj, holder, checker, joint, word, when) in enumerate(plan, 1):
        rows.append([str(k), obj, units[holder], units[checker], "; ".join(units[j] for j in joint) or "-", when or _often(doc, word)])
        item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": units[checker]}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Lịch kiểm tra phối hợp", rows, role="inspections")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# ((RU, KK) work, (RU, KK) track, hours of the window, executor key)
WINDOW_WORKS = (
    (("Заменить лотки сливной эстакады ППС и загерметизировать швы между плитами покрытия", "ППС төгу эстакадасының науаларын ауыстыру және "
      "жабын плиталары арасындағы жіктерді саңылаусыздандыру"), ("№ 14", "№ 14"), 4, "contractor"),
    (("Промыть ливневый коллектор под путями и очистить смотровые колодцы", "Жолдардың астындағы нөсер коллекторын жуу және қарау "
      "құдықтарын тазарту"), ("№ 3–7", "№ 3–7"), 3, "track"),
    (("Установить поддоны под сливными приборами цистерн на путях отстоя", "Тұрақ жолдарындағы цистерналардың төгу аспаптарының астына "
      "табандықтар орнату"), ("№ 15", "№ 15"), 2, "pps"),
    (("Очистить водоотводную канаву вдоль пути от замазученного грунта и вывезти грунт на обезвреживание", "Жол бойындағы су бұру арығын "
      "майланған топырақтан тазарту және топырақты залалсыздандыруға шығару"), ("№ 21", "№ 21"), 6, "track"),
    (("Устроить бетонное покрытие с бортовым камнем и уклоном к приемному колодцу на площадке экипировки", "Жабдықтау алаңында қабылдау "
      "құдығына қарай еңісі бар жиек тасты бетон жабын орнату"), ("№ 11", "№ 11"), 8, "depot"),
    (("Заменить деревянные шпалы, пропитанные креозотом, на железобетонные на участке у ППС", "ППС жанындағы учаскеде креозот сіңдірілген "
      "ағаш шпалдарды темірбетон шпалдарға ауыстыру"), ("№ 16", "№ 16"), 6, "track"),
)  # fmt: skip


def tasks_hu1(doc: Doc) -> None:
    """A station's schedule of environmental works done in track possessions (технологические «окна»): each work with the
    track it closes, a term that is the window itself — the date, the hours and the length (`14.05.2026, 09:00–13:00 (4
    ч)`) — the executor (a railway unit or a contractor under its contract) and a column of the train dispatcher's consent
    with a telegram number and a name that are nobody's task (VI: works done in `phong tỏa đường` possessions, `Điều độ chấp
    thuận`)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hu1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st = s["core"][L]
    con = doc.pick(KZ_CONTRACTORS)[L]
    executors = {"contractor": g(f"{con} (договор подряда № {r.randint(10, 99)}/2026)", f"{con} (№ {r.randint(10, 99)}/2026 мердігерлік шарт)", ""),
                 "track": g(f"Дистанция пути ст. {st}", f"{st} ст. жол дистанциясы", ""), "pps": g(f"ППС ст. {st}", f"{st} ст. ППС", ""),
                 "depot": g(f"Эксплуатационное локомотивное депо «{st}»", f"«{st}» пайдалану локомотив депосы", "")}
    actor_key = {"contractor": con, "track": g("Дистанция пути", "жол дистанциясы", ""), "pps": "ППС",
                 "depot": g("локомотивное депо", "локомотив депосы", "")}
    doc.h(g(f"График выполнения природоохранных работ в технологические «окна» на станции {st}, II квартал 2026 года",
            f"{st} станциясында технологиялық «терезелерде» табиғат қорғау жұмыстарын орындау кестесі, 2026 жылғы II тоқсан", ""))
    doc.p(g("Работы, требующие закрытия пути, выполняются только в предоставленные «окна»; время «окна» согласовывается с поездным "
            "диспетчером (ДНЦ) не позднее чем за трое суток. Ответственным за выполнение работы является исполнитель.",
            "Жолды жабуды талап ететін жұмыстар тек берілген «терезелерде» орындалады; «терезе» уақыты пойыз диспетчерімен (ДНЦ) кемінде үш "
            "тәулік бұрын келісіледі. Жұмыстың орындалуына орындаушы жауапты болады.", ""))
    rows = [g(["№", "Наименование работ", "Путь", "«Окно»: дата, время, продолжительность", "Исполнитель", "Согласование ДНЦ"],
              ["№", "Жұмыстардың атауы", "Жол", "«Терезе»: күні, уақыты, ұзақтығы", "Орындаушы", "ДНЦ келісімі"], [])]
    dnc = g(("Сейтказин Б.Е.", "Жумабаев К.М.", "Литвиненко О.В."), ("Сейтқазин Б.Е.", "Жұмабаев Қ.М.", "Литвиненко О.В."), ())
    for k, (work, track, hours, who) in enumerate(WINDOW_WORKS, 1):
        start = r.choice((8, 9, 10, 13))
        day = f"{r.randint(1, 28):02d}.{r.choice(('04', '05', '06'))}.2026"
        window = g(f"{day}, {start:02d}:00–{start + hours:02d}:00 ({hours} ч)", f"{day}, {start:02d}:00–{start + hours:02d}:00 ({hours} сағ)", "")
        consent = g(f"тлг. № {r.randint(100, 999)}, ДНЦ {doc.pick(dnc)}", f"№ {r.randint(100, 999)} жеделхат, ДНЦ {doc.pick(dnc)}", "")
        rows.append([str(k), work[L], track[L], window, executors[who], consent])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(work[L]), "actor_contains": actor_key[who]})
    doc.table(g("Таблица 1 – Работы в «окна»", "1-кесте – «Терезелердегі» жұмыстар", ""), rows, role="tasks")
    maybe_distractor(doc, 0.3)


VN_WINDOW_WORKS = (
    ("Thay máng thu nước rửa tại bệ rửa đầu máy và chèn kín khe nối", "số 3", 4, "depot"),
    ("Nạo vét cống thoát nước mưa qua các đường và vệ sinh hố ga", "số 3 đến số 7", 3, "track"),
    ("Đặt khay hứng dưới van xả đáy toa xitec trên đường chờ", "số 9", 2, "xitec"),
    ("Thu gom đất nhiễm dầu dọc rãnh thoát nước và chuyển giao xử lý", "số 12", 6, "contractor"),
    ("Đổ bê tông mặt bằng có gờ chắn tại khu cấp nhiên liệu", "số 2", 8, "contractor"),
)


def _tasks_hu1_vi(doc: Doc) -> None:
    r = doc.rng
    con = doc.pick(("Công ty TNHH Xây dựng Môi trường Đông Anh", "Công ty Cổ phần Công trình Đường sắt Kinh Bắc"))
    units = {"depot": "Trạm bảo dưỡng đầu máy Yên Viên", "track": "Công ty Cổ phần Đường sắt Hà Lạng",
             "xitec": "Trạm vệ sinh, súc rửa toa xitec Yên Viên", "contractor": con}
    doc.h("KẾ HOẠCH THI CÔNG CÁC HẠNG MỤC BẢO VỆ MÔI TRƯỜNG TRONG THỜI GIAN PHONG TỎA ĐƯỜNG – GA YÊN VIÊN, QUÝ II/2026")
    doc.p("Các công việc phải phong tỏa đường chỉ được thực hiện trong thời gian phong tỏa đã được điều độ chạy tàu chấp thuận; đơn vị thực "
          "hiện chịu trách nhiệm hoàn thành công việc.")
    rows = [["TT", "Nội dung công việc", "Đường", "Thời gian phong tỏa", "Đơn vị thực hiện", "Điều độ chấp thuận"]]
    for k, (work, track, hours, who) in enumerate(VN_WINDOW_WORKS, 1):
        start = r.choice((8, 9, 13))
        day = f"{r.randint(1, 28):02d}/{r.choice(('04', '05', '06'))}/2026"
        rows.append([str(k), work, track, f"{start:02d}h00–{start + hours:02d}h00 ngày {day} ({hours} giờ)", units[who],
                     f"Lệnh số {r.randint(10, 99)}/ĐĐ, ĐĐV {doc.pick(('Nguyễn Văn Tùng', 'Lê Minh Đức', 'Trần Quốc Huy'))}"])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(work), "actor_contains": units[who]})
    doc.table("Bảng 1. Kế hoạch thi công trong thời gian phong tỏa", rows, role="tasks")
    maybe_distractor(doc, 0.3)


# ((RU, KK) cause, (RU, KK) kind)
SPILL_CAUSES = (
    (("Заедание автоматического клапана пистолета-раздатчика колонки № 3", "№ 3 колонканың тарату тапаншасының автоматты клапанының кептелуі"),
     ("техническая", "техникалық")),
    (("Экипировщик оставил место набора топлива до окончания заправки", "Жабдықтаушы отын құю аяқталғанға дейін құю орнын тастап кетті"),
     ("организационная", "ұйымдастырушылық")),
    (("Отсутствие поддона под горловиной бака и сорбента на позиции", "Бак мойнының астында табандықтың және позицияда сорбенттің болмауы"),
     ("техническая", "техникалық")),
    (("Не проведен внеплановый инструктаж после замены типа колонок", "Колонкалардың түрі ауыстырылғаннан кейін жоспардан тыс нұсқама "
                                                                      "өткізілмеген"), ("организационная", "ұйымдастырушылық")),
)  # fmt: skip
# ((RU, KK) measure, causes, (RU, KK) responsible, (RU, KK) term)
SPILL_MEASURES = (
    (("Заменить пистолеты-раздатчики колонок № 1–4 на пистолеты с автоматической отсечкой по уровню", "№ 1–4 колонкалардың тарату "
      "тапаншаларын деңгей бойынша автоматты түрде жабылатын тапаншаларға ауыстыру"), "2.1",
     ("заместитель начальника депо по эксплуатации Оспанов Р.Т.", "депо бастығының пайдалану жөніндегі орынбасары Оспанов Р.Т."),
     ("до 30.06.2026", "30.06.2026 дейін")),
    (("Установить поддоны под горловины баков на позициях экипировки и пополнить запас сорбента", "Жабдықтау позицияларында бак мойындарының "
      "астына табандықтар орнату және сорбент қорын толықтыру"), "2.3", ("мастер пункта экипировки Ким В.А.", "жабдықтау пунктінің шебері Ким В.А."),
     ("до 15.05.2026", "15.05.2026 дейін")),
    (("Провести внеплановый инструктаж экипировщиков с проверкой знаний технологического процесса", "Жабдықтаушыларға технологиялық "
      "процесті білуін тексере отырып жоспардан тыс нұсқама өткізу"), "2.2, 2.4",
     ("главный технолог депо Сейтжанова А.Б.", "депоның бас технологы Сейтжанова А.Б."), ("в течение 10 дней", "10 күн ішінде")),
    (("Внести в технологический процесс экипировки обязательное присутствие экипировщика до окончания набора топлива", "Жабдықтаудың "
      "технологиялық процесіне отын құю аяқталғанға дейін жабдықтаушының міндетті түрде болуын енгізу"), "2.2",
     ("начальник депо Жаксылыков М.С.", "депо бастығы Жақсылықов М.С."), ("до 01.06.2026", "01.06.2026 дейін")),
    (("Собрать загрязненный грунт с места разлива и передать на обезвреживание по договору", "Төгілген жерден ластанған топырақты жинау және "
      "шарт бойынша залалсыздандыруға беру"), "–", ("инженер по охране окружающей среды Байтасова Л.Н.", "қоршаған ортаны қорғау жөніндегі "
                                                                                                       "инженер Байтасова Л.Н."),
     ("в течение 3 суток", "3 тәулік ішінде")),
    (("Отобрать пробы почвы на месте разлива после зачистки и сравнить с фоном", "Тазартудан кейін төгілген жерден топырақ сынамаларын алу "
      "және фонмен салыстыру"), "–", ("инженер по охране окружающей среды Байтасова Л.Н.", "қоршаған ортаны қорғау жөніндегі инженер "
                                                                                        "Байтасова Л.Н."), ("до 31.05.2026", "31.05.2026 дейін")),
)  # fmt: skip


def tasks_hu2(doc: Doc) -> None:
    """The act of an internal investigation of a diesel-fuel spill while fuelling a locomotive: the causes numbered `2.1`–
    `2.4` with their kind in a table of no role, then the measures, numbered 1–6, each with a column `к причине` that holds
    cause numbers (`2.1`, `2.2, 2.4`, or a dash for the clean-up of the spill itself) before the measure, the responsible
    as a position and a name, terms in dates or days (VI: the minutes investigating a DO spill at a locomotive fuelling
    point, `Ứng với nguyên nhân`)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hu2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(KZ_SITES)
    st = s["core"][L]
    loco = f"2ТЭ10МК-{r.randint(1000, 3999)}"
    spilled = num(round(r.uniform(0.12, 0.6), 2), doc.lang)
    day = f"{r.randint(2, 27):02d}.04.2026"
    doc.h(g(f"АКТ служебного расследования разлива дизельного топлива при экипировке тепловоза {loco} на пути № 11 ст. {st}",
            f"{st} ст. № 11 жолда {loco} тепловозын жабдықтау кезінде дизель отынының төгілуін қызметтік тергеп-тексеру АКТІСІ", ""))
    doc.p(g(f"1. {day} при наборе топлива секцией А тепловоза {loco} на позиции 3 пункта экипировки произошел перелив топлива через "
            f"горловину бака; разлито около {spilled} м3 дизельного топлива, загрязнен грунт междупутья на площади около 40 м2. Комиссия, "
            "назначенная распоряжением начальника депо, установила следующие причины.",
            f"1. {day} жабдықтау пунктінің 3-позициясында {loco} тепловозының А секциясына отын құю кезінде отын бак мойны арқылы асып төгілді; шамамен "
            f"{spilled} м3 дизель отыны төгілді, шамамен 40 м2 алаңда жол аралығының топырағы ластанды. Депо бастығының өкімімен тағайындалған "
            "комиссия мынадай себептерді анықтады.", ""))
    doc.table(g("2. Причины разлива", "2. Төгілу себептері", ""),
              [g(["№", "Причина", "Вид причины"], ["№", "Себебі", "Себеп түрі"], []),
               *([f"2.{i}", cause[L], kind[L]] for i, (cause, kind) in enumerate(SPILL_CAUSES, 1))], role="other")
    doc.p(g("3. Для устранения причин и последствий разлива комиссия предлагает:", "3. Төгілу себептері мен салдарын жою үшін комиссия "
            "мыналарды ұсынады:", ""))
    rows = [g(["№ п/п", "К причине №", "Мероприятие", "Ответственный", "Срок", "Отметка о выполнении"],
              ["Р/с №", "Себеп №", "Іс-шара", "Жауапты", "Мерзімі", "Орындалуы туралы белгі"], [])]
    for k, (measure, cause, who, term) in enumerate(SPILL_MEASURES, 1):
        rows.append([str(k), cause, measure[L], who[L], term[L], ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure[L]), "actor_contains": who[L].split(" ")[-2]})
    doc.table(g("Таблица 3 – Мероприятия", "3-кесте – Іс-шаралар", ""), rows, role="tasks")
    maybe_distractor(doc, 0.2)


VN_SPILL_CAUSES = ("Van tự ngắt của vòi cấp nhiên liệu cột số 2 bị kẹt", "Công nhân cấp nhiên liệu rời vị trí khi chưa kết thúc cấp dầu",
                   "Không có khay hứng dưới miệng thùng dầu và vật liệu thấm hút tại vị trí", "Chưa huấn luyện lại sau khi thay cột bơm mới")
VN_SPILL_MEASURES = (
    ("Thay vòi cấp nhiên liệu các cột số 1–3 bằng loại có van tự ngắt theo mức", "2.1", "Phó Giám đốc kỹ thuật Phạm Văn Lợi", "Trước 30/6/2026"),
    ("Lắp khay hứng dưới miệng thùng dầu tại các vị trí cấp nhiên liệu và bổ sung vật liệu thấm hút", "2.3", "Trạm trưởng trạm cấp nhiên liệu Đỗ Quang Vinh",
     "Trước 15/5/2026"),
    ("Tổ chức huấn luyện lại công nhân cấp nhiên liệu và kiểm tra sát hạch", "2.2, 2.4", "Trưởng phòng An toàn – Môi trường Nguyễn Thị Thu",
     "Trong 10 ngày"),
    ("Thu gom đất nhiễm dầu tại vị trí sự cố và chuyển giao cho đơn vị có chức năng xử lý", "-", "Trưởng phòng An toàn – Môi trường Nguyễn Thị Thu",
     "Trong 03 ngày"),
    ("Lấy mẫu đất tại vị trí sự cố sau khi thu gom để đánh giá mức độ ô nhiễm", "-", "Quản đốc phân xưởng Trần Văn Khải", "Trước 31/5/2026"),
)


def _tasks_hu2_vi(doc: Doc) -> None:
    r = doc.rng
    s = doc.pick([x for x in VN_SITES if "đầu máy" in x["name"]])
    loco = f"D19E-{r.randint(901, 990)}"
    doc.h(f"BIÊN BẢN ĐIỀU TRA SỰ CỐ TRÀN DẦU DO KHI CẤP NHIÊN LIỆU CHO ĐẦU MÁY {loco} – {s['name'].upper()}")
    doc.p(f"1. Ngày {r.randint(2, 27):02d}/4/2026, khi cấp nhiên liệu cho đầu máy {loco} tại vị trí số 2, dầu DO tràn qua miệng thùng; khối "
          f"lượng tràn khoảng {r.randint(120, 600)} lít, làm nhiễm dầu khoảng 30 m2 nền đá ba lát. Đoàn điều tra xác định các nguyên nhân sau.")
    doc.table("2. Nguyên nhân", [["TT", "Nguyên nhân"], *([f"2.{i}", c] for i, c in enumerate(VN_SPILL_CAUSES, 1))], role="other")
    rows = [["TT", "Ứng với nguyên nhân", "Biện pháp khắc phục, phòng ngừa", "Người chịu trách nhiệm", "Thời hạn", "Kết quả"]]
    for k, (measure, cause, who, term) in enumerate(VN_SPILL_MEASURES, 1):
        rows.append([str(k), cause, measure, who, term, ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure), "actor_contains": " ".join(who.split()[-3:])})
    doc.table("3. Biện pháp khắc phục, phòng ngừa", rows, role="tasks")
    maybe_distractor(doc, 0.2)


LAYOUTS = [Layout(role, f"HU{k}", globals()[f"{role}_hu{k}"]) for role in ROLES for k in (1, 2)]
