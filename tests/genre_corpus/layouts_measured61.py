"""The thirty-ninth blind set's part JD (two layouts per role, `JD1` and `JD2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.853 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: river sand and gravel extraction, dredging and concrete. Kazakhstan: riverbed deposits of sand and gravel in the
floodplains of the Ile (below Shengeldy), the Ertis (Kenzhekol by Pavlodar) and the Syrdariya (Belkol by Kyzylorda) worked
by a 350-50Л dredger with its pulp pipe, push tug, hydraulic fill maps and shore base, gravel washing and screening plants
on the Ertis and the Ile with their settling ponds and outlets of clarified water, and ready-mix concrete and precast plants
at Astana, Shymkent and Pavlodar with their cement silos, mixing units, aggregate stores and boiler houses (a deposit's
passport printed as a four-column form, a notification of a change of operator, an inventory of a dredging operation as
one wide table, the form of НДВ norms substance by substance, a ПЭК programme's waste section split between the vessels
and the shore, a plant's wastes with a unit per row, a laboratory's test protocols, a washing plant's outlet and river
section side by side, a programme's matrix of points and parameters, a plan of control substance by substance, checks
grouped by frequency, a schedule of checks by quarter and month, a plan of liquidating the consequences of extraction with
its completion criteria and a bar-chart plan of measures). Vietnam: river sand mines on the Red River (sông Hồng) at Phúc
Thọ, on the Tiền at Thanh Bình and on the Hậu at Thới An worked by suction dredgers (tàu hút cát) and barges, with their
sand yards (bãi tập kết cát), and precast concrete and spun-pile factories with their concrete batching stations at Nhơn
Trạch, Lương Điền and Quế Võ (giấy phép khai thác khoáng sản, văn bản đề nghị cấp điều chỉnh giấy phép môi trường, ĐTM,
báo cáo đề xuất cấp GPMT, báo cáo công tác bảo vệ môi trường, phụ lục of a GPMT, phiếu kết quả thử nghiệm, kết quả quan trắc,
chương trình quan trắc, quy chế tự kiểm tra, kế hoạch kiểm tra nội bộ, phương án cải tạo, phục hồi môi trường, tiến độ
thực hiện). Every company, person and figure is invented; pollutant and waste codes are real.

Facility: a riverbed deposit's passport printed as a form of four columns — label, value, label, value — under three
section rows, the licence for common minerals with its own number, the centre given on one row first as Gauss–Krüger plane
coordinates (`X = 5 792 096; Y = 13 635 115`, look-alikes) and then in degrees, minutes and seconds, the OKED, the category
beside the river's fishery category `I категории`, the corners of the allotment in a table of no role (VI: a province's
licence to mine river sand, the VN-2000 centre beside the WGS-84 centre, `Nhóm II`) (JD1); a notification that a ready-mix
concrete plant changed its operator, `реквизит | прежний оператор | новый оператор` with a BIN each, the plant's lines merged
across both operators' columns, so that the facility goes with the new operator's BIN alone, decimal degrees with a comma,
the property handed over in a table of no role (VI: a precast concrete factory's application to adjust its permit after a
change of owner, `Bên chuyển nhượng | Bên nhận chuyển nhượng`) (JD2).

Emissions: a dredging operation's inventory as one wide table of many narrow columns, a row per source, the substances as
column pairs `г/с | т/год` under merged headers, a third header row `Класс опасности` giving each substance's class once for
every row, dashes where a source does not emit, a fill map under filling that gives nothing but stays a source (VI: a sand
mine's loads from dredgers, barges, yard, loader and trucks, barges waiting with engines off) (JD1); the form of НДВ norms of
a new ready-mix plant substance by substance, rows spanning the table for each substance and for organised and unorganised
sources, the existing position in dashes, the norms for 2026–2035 and the НДВ with the same figures, `Итого:` and `Всего по
загрязняющему веществу:` rows, a row of column numbers and the solid and gaseous totals (VI: a precast factory's loads under
each pollutant with `Cộng` rows) (JD2).

Wastes: the waste section of a dredging operation's ПЭК programme, the amount split into the dredger with its vessels, the
shore base and the total — the total alone the amount — bilge water `13 04 01*`, worn pulp pipes as scrap, and a last group
`Не являются отходами` (the fill maps' clarified water, the topsoil kept for reclamation) (VI: a sand mine's CTNH in
kilograms on the dredgers and at the yard with their total, ordinary wastes in tonnes and the settling pit's silt that is no
waste) (JD1); a ready-mix and precast plant's wastes with the unit in a column of its own row by row — tonnes, kilograms, and
pieces for the lamps with their tonnes in brackets (`176 (0,0352)`) — `10 13 14` on two wastes (VI: a precast factory's GPMT
list, CTNH in kg/năm, ordinary wastes in tấn/năm and paper in kg/năm among them) (JD2).

Limits: a laboratory's test protocols of river water at a dredging site, one table per point with the point named only in
the protocol's lines above it, method documents full of numbers, results `0,12 ± 0,02`, `< 0,005` below detection, oxygen
`не менее 6`, suspended solids with no norm (`–*`) and an exceedance in words, the sampling conditions in a table of no role
(VI: two `phiếu kết quả thử nghiệm` upstream and downstream of a sand mine against QCVN 08-MT:2015/BTNMT column B1, `≥ 4`, a
starred exceedance, `KPH`) (JD1); a washing plant's clarified water at its outlet `Вып-1` and the river at `С-2` side by side,
each a column pair `факт | норма` with its own norm (ДК, ПДК р/х) and medium, quarters as rows spanning the table, suspended
solids without a river norm (VI: a batching station's wash water `NT1` against QCVN 40:2011/BTNMT column B beside the canal
`NM1` against QCVN 08-MT:2015/BTNMT column B1) (JD2).

Monitoring: a dredging operation's programme whose water control is a matrix of points by parameters with `+` and `–`, two
wells in one cell (`Н-1, Н-2`), then the exhausts of the dredger and tug, the protection zone, the village and the soil at
the fuel store (VI: `x` marks over NM1 … NM4, then the yard's air, the river sediment and a survey of the riverbed's
cross-sections that measures no substance) (JD1); a ready-mix plant's plan of control turned substance by substance, the
substance merged down over its places, each place a list of sources or points in one cell, the boiler's stack under every
gas, instrumental and calculated control (VI: a precast factory's programme under each parameter) (JD2).

Inspections: a dredging operation's checks grouped by how often they are made, the frequency only in rows spanning the table
(`Каждую вахту (смену)`, `Ежедневно`, …, `Перед началом и после окончания навигации`), the watch engineer, dredge master or
fill map's foreman who checks and the log written into (VI: `Mỗi ca khai thác` … `Trước và sau mùa mưa lũ`) (JD1); a ready-mix
plant's schedule of checks by quarter, each quarter's cell naming the months of the check (`янв., фев., март` in every quarter
a monthly check, one month in each a quarterly one, two quarters a half-yearly one, a single month a yearly one), no column
of frequency (VI: `Quý I … Quý IV` with `T1, T2, T3`) (JD2).

Tasks: the plan of liquidating the consequences of extraction at a riverbed deposit, the objects as rows spanning the table,
measures numbered straight through, a column of completion criteria full of figures (`±0,5 м`, `1:3`, `не менее 60 %`), the
term and executor, the cost of liquidation in a table of no role (VI: a sand mine's plan of environmental restoration, items
`1.1` under Roman sections) (JD1); a ready-mix plant's plan-schedule drawn as a bar chart, twelve month columns in Roman
figures with `■`, no column of terms, the responsible beside each measure (VI: `T1` … `T12` with `x`) (JD2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 4) -> str:
    return " ".join(text.split()[:n])


def _core(name: str) -> str:
    """The quoted part of a name (`Кенжекөл` of `«Кенжекөл» ҚҚҚ кен орны`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the region's and district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`43°59′12,4″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


def _grid(lat: float, lon: float, central: float, false_east: float) -> tuple[int, int]:
    """Rough plane coordinates (northing, easting) of a Gauss–Krüger or VN-2000 grid: look-alikes of the coordinates."""
    from math import cos, radians

    x = int(lat * 110_850 + (lat - 40) * 180)
    y = int(false_east + (lon - central) * cos(radians(lat)) * 111_320)
    return x, y


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    return vocab.air(code, doc.lang, variant)


# hazard classes as the Kazakh tables of this set print them
HAZARD = {"0123": 3, "0143": 2, "0301": 2, "0304": 3, "0328": 3, "0330": 3, "0337": 4, "2754": 4, "2908": 3}
DASH = "–"

# ---------------------------------------------------------------- facility

# riverbed deposits of sand and gravel worked by dredgers: (RU operator, KK operator, RU deposit, KK deposit, RU place, KK place,
#  KATO prefix, lat, lon, Gauss–Krüger zone, RU licensing body, KK licensing body, RU river, KK river, RU village, KK village)
PITS = (
    ("ТОО «Іле Құм Тас»", "«Іле Құм Тас» ЖШС", "Месторождение песчано-гравийной смеси «Шеңгелді-Русловое», участок II",
     "«Шеңгелді-Арналық» құм-қиыршықтас қоспасы кен орны, II учаске",
     "Алматинская область, г. Конаев (городская администрация), русло и пойма р. Иле в 6 км ниже с. Шеңгелді",
     "Алматы облысы, Қонаев қ. (қалалық әкімшілік), Шеңгелді а. 6 км төмен Іле өзенінің арнасы мен жайылмасы", "1910", 43.992, 77.431, 13,
     "ГУ «Управление промышленности и индустриально-инновационного развития Алматинской области»",
     "«Алматы облысының өнеркәсіп және индустриялық-инновациялық даму басқармасы» ММ", "р. Иле", "Іле өзені", "с. Шеңгелді", "Шеңгелді а."),
    ("ТОО «Ертіс Гравий»", "«Ертіс Гравий» ЖШС", "Месторождение песчано-гравийной смеси «Кенжеколь-Пойменное»",
     "«Кенжекөл-Жайылма» құм-қиыршықтас қоспасы кен орны",
     "Павлодарская область, г. Павлодар (Кенжекольский сельский округ), левобережная пойма р. Ертис",
     "Павлодар облысы, Павлодар қ. (Кенжекөл ауылдық округі), Ертіс өзенінің сол жағалау жайылмасы", "5510", 52.226, 76.987, 13,
     "ГУ «Управление промышленности и индустриально-инновационного развития Павлодарской области»",
     "«Павлодар облысының өнеркәсіп және индустриялық-инновациялық даму басқармасы» ММ", "р. Ертис", "Ертіс өзені", "с. Кенжеколь", "Кенжекөл а."),
    ("ТОО «Сырдария Құм»", "«Сырдария Құм» ЖШС", "Месторождение строительного песка «Белкөл-Русловое»",
     "«Белкөл-Арналық» құрылыс құмы кен орны",
     "Кызылординская область, г. Кызылорда (Белкольская поселковая администрация), русло и пойма р. Сырдария",
     "Қызылорда облысы, Қызылорда қ. (Белкөл кенттік әкімшілігі), Сырдария өзенінің арнасы мен жайылмасы", "4310", 44.818, 65.284, 11,
     "ГУ «Управление промышленности и индустриально-инновационного развития Кызылординской области»",
     "«Қызылорда облысының өнеркәсіп және индустриялық-инновациялық даму басқармасы» ММ", "р. Сырдария", "Сырдария өзені", "пос. Белколь",
     "Белкөл к."),
)  # fmt: skip


def facility_jd1(doc: Doc) -> None:
    """The passport of a riverbed deposit of sand and gravel worked by a dredger, printed as a form of four columns — label,
    value, label, value — under three section rows (subsoil user, deposit, object): the licence for extracting common
    minerals with its own number and the licensing body, the centre of the deposit given twice on one row, first as plane
    coordinates of the Gauss–Krüger grid (`X = 4 877 512; Y = 13 534 906`, look-alikes) and beside them in degrees, minutes and
    seconds, the OKED, the category next to the river's fishery category `I категории` as a look-alike, the widths of the
    water-protection zone and strip; the corners of the mining allotment in both systems in a table of no role after it
    (VI: a province's licence to mine river sand with the VN-2000 centre and the WGS-84 centre on one row, `Nhóm II`, the
    corners in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jd1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(PITS)
    operator, deposit, place, prefix, lat0, lon0, zone = p[L], p[2 + L], p[4 + L], p[6], p[7], p[8], p[9]
    body, river, village = p[10 + L], p[12 + L], p[14 + L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat_c, lon_c = lat0 + r.uniform(-0.006, 0.006), lon0 + r.uniform(-0.006, 0.006)
    lat, lat_v = _dms(lat_c, True, doc.lang)
    lon, lon_v = _dms(lon_c, False, doc.lang)
    x, y = _grid(lat_c, lon_c, 6 * zone - 3, zone * 1_000_000 + 500_000)
    lic = f"{r.randint(12, 240)}"
    lic_date = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2021, 2022, 2023))}"
    reserves = r.randint(18, 60) * 100
    output = r.choice((150, 200, 250, 300))
    doc.h(g(f"Паспорт участка добычи. {deposit}", f"Өндіру учаскесінің паспорты. {deposit}", ""))
    doc.p(g("Паспорт составлен для заявки на получение экологического разрешения на воздействие. Добыча ведется гидромеханизированным способом "
            f"в русле {river} в период навигации; песчано-гравийная смесь намывается на берег в "
            "карты намыва, откуда после обезвоживания отгружается автотранспортом.",
            "Паспорт әсер етуге арналған экологиялық рұқсат алуға өтінім үшін жасалды. Өндіру навигация кезеңінде "
            f"{river} арнасында гидромеханикаландырылған тәсілмен жүргізіледі; құм-қиыршықтас қоспасы жағадағы гидротолтыру карталарына "
            "шайып жиналады, сусыздандырылғаннан кейін автокөлікпен тиеп жөнелтіледі.", ""))
    rows, merges = [], []
    _span(rows, merges, g("1. Недропользователь", "1. Жер қойнауын пайдаланушы", ""), 4)
    rows += [[g("Наименование", "Атауы", ""), operator, g("БИН", "БСН", ""), bin_],
             [g("Лицензия на добычу общераспространенных полезных ископаемых", "Жалпы таралған пайдалы қазбаларды өндіруге арналған лицензия", ""),
              g(f"№ {lic} от {lic_date}, срок действия 10 лет", f"{lic_date} № {lic}, қолданылу мерзімі 10 жыл", ""),
              g("Орган, выдавший лицензию", "Лицензия берген орган", ""), body],
             [g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""),
              g("08121 – Разработка гравийных и песчаных карьеров", "08121 – Қиыршықтас және құм карьерлерін игеру", ""),
              g("Численность персонала, чел.", "Персонал саны, адам", ""), str(r.randint(18, 46))]]
    _span(rows, merges, g("2. Участок недр", "2. Жер қойнауы учаскесі", ""), 4)
    rows += [[g("Месторождение", "Кен орны", ""), deposit, g("Полезное ископаемое", "Пайдалы қазба", ""),
              g("песчано-гравийная смесь (ПГС)", "құм-қиыршықтас қоспасы (ҚҚҚ)", "")],
             [g("Местоположение", "Орналасқан жері", ""), place, g("Код КАТО", "ҚАТО коды", ""), kato],
             [g(f"Координаты центра участка (СК-42, зона {zone})", f"Учаске орталығының координаттары (СК-42, {zone}-аймақ)", ""),
              f"X = {num(x, doc.lang)}; Y = {num(y, doc.lang)}",
              g("Координаты центра участка (WGS-84)", "Учаске орталығының координаттары (WGS-84)", ""), f"{lat}; {lon}"],
             [g("Утвержденные запасы (категории С1), тыс. м³", "Бекітілген қорлар (С1 санаты), мың м³", ""), num(reserves, doc.lang),
              g("Площадь горного отвода, га", "Тау-кен бөлуінің ауданы, га", ""), num(round(r.uniform(24, 88), 1), doc.lang)]]
    _span(rows, merges, g("3. Объект, оказывающий негативное воздействие", "3. Теріс әсер ететін объект", ""), 4)
    rows += [[g("Способ разработки", "Игеру тәсілі", ""),
              g("гидромеханизированный, земснаряд 350-50Л с пульпопроводом Ø 500 мм", "гидромеханикаландырылған, Ø 500 мм пульпа құбыры бар 350-50Л земснаряды", ""),
              g("Годовая производительность", "Жылдық өнімділігі", ""), g(f"{output} тыс. м³ ПГС", f"{output} мың м³ ҚҚҚ", "")],
             [g("Водный объект", "Су объектісі", ""),
              g(f"{river} – рыбохозяйственный водоем I категории", f"{river} – I санаттағы балық шаруашылығы су айдыны", ""),
              g("Водоохранная зона / водоохранная полоса", "Су қорғау аймағы / су қорғау белдеуі", ""), g("500 м / 35 м", "500 м / 35 м", "")],
             [g("Категория объекта (ст. 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)", ""), "II",
              g("Ближайшая жилая застройка", "Ең жақын тұрғын үй құрылысы", ""),
              g(f"{village}, {num(round(r.uniform(1.8, 5.5), 1), doc.lang)} км", f"{village}, {num(round(r.uniform(1.8, 5.5), 1), doc.lang)} км", "")]]  # fmt: skip
    doc.table(g("Таблица 1 – Общие сведения", "1-кесте – Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(deposit), "kato": kato, "oked": "08121", "category": "II", "lat": lat_v, "lon": lon_v})
    corners = [g(["№ угловой точки", "X (СК-42)", "Y (СК-42)", "Северная широта", "Восточная долгота"],
                 ["Бұрыштық нүкте №", "X (СК-42)", "Y (СК-42)", "Солтүстік ендік", "Шығыс бойлық"], [])]
    for k, (dlat, dlon) in enumerate(((0.011, -0.016), (0.009, 0.017), (-0.010, 0.015), (-0.008, -0.014)), 1):
        cx, cy = _grid(lat_c + dlat, lon_c + dlon, 6 * zone - 3, zone * 1_000_000 + 500_000)
        clat, _ = _dms(lat_c + dlat, True, doc.lang)
        clon, _ = _dms(lon_c + dlon, False, doc.lang)
        corners.append([str(k), num(cx, doc.lang), num(cy, doc.lang), clat.rsplit(" ", 1)[0], clon.rsplit(" ", 1)[0]])
    doc.table(g("Таблица 2 – Координаты угловых точек горного отвода", "2-кесте – Тау-кен бөлуі бұрыштық нүктелерінің координаттары", ""),
              corners, role="other")
    doc.p(g("Работы в период нереста (с 1 апреля по 31 мая) не производятся по условиям согласования бассейновой инспекции.",
            "Уылдырық шашу кезеңінде (1 сәуірден 31 мамырға дейін) жұмыстар бассейндік инспекцияның келісім шарттары бойынша жүргізілмейді.", ""))


# (company, mine, place, lat, lon, central meridian of VN-2000, river, province's People's Committee)
VN_MINES = (
    ("Công ty TNHH Khai thác Cát Sông Hồng Phúc Thọ", "Mỏ cát lòng sông Hồng khu vực bãi Vân Cốc", "xã Phúc Thọ, thành phố Hà Nội", 21.121, 105.553,
     105.0, "sông Hồng", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
    ("Công ty Cổ phần Vật liệu Xây dựng Tiền Giang Xanh", "Mỏ cát sông Tiền khu vực cù lao Tây", "xã Thanh Bình, tỉnh Đồng Tháp", 10.572, 105.488,
     105.5, "sông Tiền", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP"),
    ("Công ty TNHH Cát Xây dựng Hậu Giang Phát", "Mỏ cát lòng sông Hậu đoạn qua xã Thới An", "xã Thới An, thành phố Cần Thơ", 10.198, 105.592,
     105.0, "sông Hậu", "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"),
)  # fmt: skip


def _facility_jd1_vi(doc: Doc) -> None:
    r = doc.rng
    company, mine, place, lat0, lon0, cm, river, ubnd = doc.pick(VN_MINES)
    msdn = make_msdn(r)
    lat_c, lon_c = lat0 + r.uniform(-0.004, 0.004), lon0 + r.uniform(-0.004, 0.004)
    lat, lat_v = _dms(lat_c, True, "vi")
    lon, lon_v = _dms(lon_c, False, "vi")
    x, y = _grid(lat_c, lon_c, cm, 500_000)
    area = round(r.uniform(12, 38), 2)
    reserve = r.randint(60, 180) * 10_000
    doc.p(f"{ubnd} – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, Độc lập – Tự do – Hạnh phúc")
    doc.h("GIẤY PHÉP KHAI THÁC KHOÁNG SẢN")
    doc.p(f"Số: {r.randint(5, 60)}/GP-UBND. Căn cứ Luật Địa chất và khoáng sản năm 2024; xét hồ sơ đề nghị cấp giấy phép khai thác cát lòng "
          f"{river} của {company}. Điều 1. Cho phép {company} khai thác cát làm vật liệu xây dựng thông thường bằng phương pháp hút cát "
          "bằng tàu hút tại khu vực có các thông tin như sau:")
    rows, merges = [], []
    _span(rows, merges, "I. TỔ CHỨC ĐƯỢC PHÉP KHAI THÁC", 4)
    rows += [["Tên tổ chức", company, "Mã số doanh nghiệp", msdn],
             ["Địa chỉ trụ sở", f"Số {r.randint(3, 250)}, {place}", "Người đại diện", doc.pick(("Ông Nguyễn Văn Sơn – Giám đốc", "Bà Lê Thị Hằng – Giám đốc"))]]
    _span(rows, merges, "II. KHU VỰC KHAI THÁC", 4)
    rows += [["Tên mỏ", mine, "Loại khoáng sản", "Cát lòng sông (cát xây dựng)"],
             ["Vị trí", f"Lòng {river}, {place}", "Diện tích khu vực khai thác", f"{num(area, 'vi')} ha"],
             ["Tọa độ tâm khu vực (hệ VN-2000, KTT " + f"{num(cm, 'vi')}°, múi chiếu 3°)", f"X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m",
              "Tọa độ tâm khu vực (WGS-84)", f"{lat}; {lon}"],
             ["Trữ lượng được phép khai thác", f"{num(reserve, 'vi')} m³", "Công suất khai thác", f"{num(reserve // 5, 'vi')} m³/năm"],
             ["Độ sâu khai thác", "đến cốt -12 m (hệ cao độ Hòn Dấu)", "Thời hạn khai thác", "05 năm kể từ ngày ký"]]
    _span(rows, merges, "III. PHÂN LOẠI THEO PHÁP LUẬT BẢO VỆ MÔI TRƯỜNG", 4)
    rows += [["Nhóm dự án, cơ sở", "Nhóm II (Phụ lục IV Nghị định số 08/2022/NĐ-CP)", "Giấy phép môi trường",
              f"Số {r.randint(10, 300)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025"]]  # fmt: skip
    doc.table("Bảng 1. Thông tin về tổ chức và khu vực được phép khai thác", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": mine, "category": "II", "lat": lat_v, "lon": lon_v})
    corners = [["Điểm góc", "X (m)", "Y (m)"]]
    for k, (dx, dy) in enumerate(((420, -180), (380, 210), (-410, 190), (-390, -200)), 1):
        corners.append([f"M{k}", num(x + dx, "vi"), num(y + dy, "vi")])
    doc.table("Phụ lục. Tọa độ các điểm khép góc khu vực khai thác (hệ VN-2000)", corners, role="other")
    doc.p("Điều 2. Tổ chức được phép khai thác có trách nhiệm lắp đặt thiết bị giám sát hành trình trên các tàu hút, cắm mốc giới và phao "
          "báo hiệu khu vực khai thác trước khi tiến hành khai thác.")


# ready-mix concrete plants that change hands: (RU plant, KK plant, RU old operator, KK old operator, RU new operator, KK new operator,
#  RU place, KK place, KATO prefix, lat, lon, RU department, KK department)
RMC = (
    ("Бетонный завод «Тұран Бетон» (БСУ производительностью 120 м³/ч)", "«Тұран Бетон» бетон зауыты (өнімділігі 120 м³/сағ БАҚ)",
     "ТОО «СтройИнвест-2010»", "«СтройИнвест-2010» ЖШС", "ТОО «Тұран Бетон Зауыты»", "«Тұран Бетон Зауыты» ЖШС",
     "г. Астана, район Байқоңыр, промышленная зона «Южная», ул. Ақжол, 72", "Астана қ., Байқоңыр ауданы, «Оңтүстік» өнеркәсіп аймағы, Ақжол к-сі, 72",
     "7114", 51.118, 71.497, "РГУ «Департамент экологии по городу Астане»", "«Астана қаласы бойынша экология департаменті» РММ"),
    ("Завод товарного бетона «Бадам Бетон»", "«Бадам Бетон» тауарлы бетон зауыты",
     "ТОО «ЮжСтройМатериалы»", "«ЮжСтройМатериалы» ЖШС", "ТОО «Бадам Бетон Сервис»", "«Бадам Бетон Сервис» ЖШС",
     "г. Шымкент, Абайский район, промышленная зона «Бадам», участок 14", "Шымкент қ., Абай ауданы, «Бадам» өнеркәсіп аймағы, 14-учаске",
     "7910", 42.281, 69.662, "РГУ «Департамент экологии по городу Шымкент»", "«Шымкент қаласы бойынша экология департаменті» РММ"),
    ("Завод товарного бетона и ЖБИ «Ертіс Бетон»", "«Ертіс Бетон» тауарлы бетон және темірбетон бұйымдары зауыты",
     "АО «Павлодарское СМУ-7»", "«Павлодар ҚМБ-7» АҚ", "ТОО «Ертіс Бетон»", "«Ертіс Бетон» ЖШС",
     "Павлодарская область, г. Павлодар, Северная промышленная зона, строение 112", "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіп аймағы, 112-құрылыс",
     "5510", 52.334, 76.931, "РГУ «Департамент экологии по Павлодарской области»", "«Павлодар облысы бойынша экология департаменті» РММ"),
)  # fmt: skip
PEOPLE = (("Ахметов Е.С.", "Ахметов Е.С."), ("Ким В.Г.", "Ким В.Г."), ("Жуматаев Б.К.", "Жұматаев Б.Қ."), ("Оспанова Г.Т.", "Оспанова Г.Т."))


def facility_jd2(doc: Doc) -> None:
    """A notification to the Department of Ecology that a ready-mix concrete plant has changed its operator, asking to reissue the
    permit: `Реквизит | прежний оператор | новый оператор`, the two operators side by side with a BIN each, then under a row
    spanning the table the plant's lines whose value is merged across both operators' columns — place, KATO, coordinates in
    decimal degrees with a comma (`51,12043° с.ш.`), category and the permit being reissued — so that the facility goes with
    the new operator's BIN alone; the property handed over in a table of no role (VI: a precast concrete factory's application
    to adjust its environmental permit after a change of owner, `Bên chuyển nhượng | Bên nhận chuyển nhượng`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jd2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(RMC)
    plant, old, new, place, prefix, lat0, lon0, dept = p[L], p[2 + L], p[4 + L], p[6 + L], p[8], p[9], p[10], p[11 + L]
    old_bin, new_bin, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    lat = round(lat0 + r.uniform(-0.004, 0.004), 5)
    lon = round(lon0 + r.uniform(-0.004, 0.004), 5)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    deal = f"{r.randint(1, 28):02d}.{r.choice(('01', '02'))}.2026"
    heads = doc.rng.sample(PEOPLE, 2)
    doc.p(g(f"В {dept}", f"{dept}", ""))
    doc.h(g("Уведомление о смене оператора объекта и переоформлении экологического разрешения на воздействие",
            "Объект операторының ауысуы және әсер етуге арналған экологиялық рұқсатты қайта ресімдеу туралы хабарлама", ""))
    doc.p(g(f"В соответствии с Экологическим кодексом Республики Казахстан уведомляем о переходе права собственности на имущественный "
            f"комплекс объекта к {new} и просим переоформить экологическое разрешение на нового оператора. Условия разрешения новым "
            "оператором принимаются без изменений.",
            f"Қазақстан Республикасының Экология кодексіне сәйкес объектінің мүліктік кешеніне меншік құқығы {new} иелігіне "
            "өткені туралы хабарлаймыз және экологиялық рұқсатты жаңа операторға қайта ресімдеуді сұраймыз. Рұқсат шарттарын жаңа оператор "
            "өзгеріссіз қабылдайды.", ""))
    rows = [g(["Реквизит", "Прежний оператор (передающая сторона)", "Новый оператор (принимающая сторона)"],
              ["Деректемесі", "Бұрынғы оператор (беруші тарап)", "Жаңа оператор (қабылдаушы тарап)"], [])]
    merges = []
    rows += [[g("Наименование", "Атауы", ""), old, new],
             [g("БИН", "БСН", ""), old_bin, new_bin],
             [g("Первый руководитель", "Бірінші басшы", ""), heads[0][L], heads[1][L]],
             [g("Основание", "Негіздеме", ""), g(f"договор купли-продажи имущественного комплекса № {r.randint(2, 40)}/26 от {deal}",
                                                 f"{deal} мүліктік кешенді сатып алу-сату шарты № {r.randint(2, 40)}/26", ""), None]]
    merges.append((len(rows) - 1, 1, len(rows) - 1, 2))
    _span(rows, merges, g("Сведения об объекте", "Объект туралы мәліметтер", ""), 3)

    def line(label: str, value: str) -> None:
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))

    line(g("Наименование объекта", "Объектінің атауы", ""), plant)
    line(g("Местонахождение", "Орналасқан жері", ""), place)
    line(g("Код КАТО", "ҚАТО коды", ""), kato)
    line(g("Географические координаты (центр площадки)", "Географиялық координаттары (алаң орталығы)", ""),
         g(f"{num(lat, 'ru')}° с.ш., {num(lon, 'ru')}° в.д.", f"{num(lat, 'kk')}° с.е., {num(lon, 'kk')}° ш.б.", ""))
    line(g("Категория объекта", "Объект санаты", ""), g("II категория", "II санат", ""))
    line(g("Переоформляемое экологическое разрешение", "Қайта ресімделетін экологиялық рұқсат", ""),
         g(f"№ {permit} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2023", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2023 № {permit}", ""))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": new_bin, "name_contains": _core(plant), "kato": kato, "category": "II", "lat": lat, "lon": lon})
    silos = r.randint(3, 4)
    doc.table(g("Перечень передаваемого имущества", "Берілетін мүлік тізбесі", ""),
              [g(["№", "Наименование", "Кол-во"], ["№", "Атауы", "Саны"], []),
               ["1", g("Бетоносмесительная установка с двухвальным смесителем 3 м³", "3 м³ екі білікті араластырғышы бар бетон араластыру қондырғысы", ""), "1"],
               ["2", g("Силос цемента вместимостью 100 т с рукавным фильтром", "Жеңді сүзгісі бар сыйымдылығы 100 т цемент силосы", ""), str(silos)],
               ["3", g("Автобетоносмеситель 9 м³", "9 м³ автобетонараластырғыш", ""), str(r.randint(6, 14))],
               ["4", g("Водогрейный котел на дизельном топливе 0,5 МВт", "Дизель отынымен жұмыс істейтін 0,5 МВт су жылыту қазаны", ""), "1"]],
              role="other")
    doc.p(g(f"Приложения: копия договора купли-продажи; справка о государственной регистрации {new}.",
            f"Қосымшалар: сатып алу-сату шартының көшірмесі; {new} мемлекеттік тіркеу туралы анықтама.", ""))


# (plant, old owner, new owner, place, lat, lon, province's People's Committee)
VN_PRECAST = (
    ("Nhà máy cọc bê tông ly tâm dự ứng lực Nhơn Trạch", "Công ty Cổ phần Bê tông Miền Đông", "Công ty TNHH Cọc Bê tông Nhơn Trạch Xanh",
     "Khu công nghiệp Nhơn Trạch 2, xã Nhơn Trạch, tỉnh Đồng Nai", 10.731, 106.928, "Ủy ban nhân dân tỉnh Đồng Nai"),
    ("Nhà máy bê tông đúc sẵn Lương Điền", "Công ty Cổ phần Xây lắp và Vật liệu Hải Dương", "Công ty Cổ phần Bê tông Đúc sẵn Lương Điền",
     "Cụm công nghiệp Lương Điền, xã Cẩm Giàng, thành phố Hải Phòng", 20.954, 106.236, "Ủy ban nhân dân thành phố Hải Phòng"),
    ("Nhà máy bê tông đúc sẵn và trạm trộn Quế Võ", "Công ty TNHH Vật liệu Xây dựng Kinh Bắc", "Công ty Cổ phần Bê tông Quế Võ Việt",
     "Khu công nghiệp Quế Võ, phường Quế Võ, tỉnh Bắc Ninh", 21.146, 106.157, "Ủy ban nhân dân tỉnh Bắc Ninh"),
)  # fmt: skip


def _facility_jd2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, old, new, place, lat0, lon0, ubnd = doc.pick(VN_PRECAST)
    old_msdn, new_msdn = make_msdn(r), make_msdn(r)
    lat = round(lat0 + r.uniform(-0.003, 0.003), 5)
    lon = round(lon0 + r.uniform(-0.003, 0.003), 5)
    doc.p(f"Kính gửi: {ubnd}")
    doc.h("VĂN BẢN ĐỀ NGHỊ CẤP ĐIỀU CHỈNH GIẤY PHÉP MÔI TRƯỜNG (do thay đổi chủ cơ sở)")
    doc.p(f"Ngày {r.randint(1, 28):02d}/01/2026, {old} đã chuyển nhượng toàn bộ {plant} cho {new} theo hợp đồng chuyển nhượng tài sản. "
          f"{new} kế thừa quyền và nghĩa vụ về bảo vệ môi trường của cơ sở và đề nghị điều chỉnh giấy phép môi trường đã cấp.")
    rows = [["Nội dung", "Bên chuyển nhượng (chủ cơ sở cũ)", "Bên nhận chuyển nhượng (chủ cơ sở mới)"],
            ["Tên doanh nghiệp", old, new],
            ["Mã số doanh nghiệp", old_msdn, new_msdn],
            ["Người đại diện theo pháp luật", "Ông Phạm Quốc Bảo – Tổng Giám đốc", "Ông Đỗ Minh Khang – Giám đốc"]]
    merges = []
    _span(rows, merges, "THÔNG TIN CƠ SỞ", 3)

    def line(label: str, value: str) -> None:
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))

    line("Tên cơ sở", plant)
    line("Địa điểm thực hiện", place)
    line("Tọa độ (WGS-84)", f"{num(lat, 'vi')}° B; {num(lon, 'vi')}° Đ")
    line("Công suất", f"Cọc bê tông {num(r.randint(150, 400) * 1000, 'vi')} md/năm; bê tông thương phẩm {num(r.randint(60, 150) * 1000, 'vi')} m³/năm")
    line("Phân nhóm cơ sở", "Nhóm II")
    line("Giấy phép môi trường đã được cấp", f"Số {r.randint(20, 400)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024")
    doc.table("Bảng 1. Thông tin về chủ cơ sở và cơ sở", rows, merges, role="facility")
    doc.add("facilities", {"bin": new_msdn, "name_contains": plant, "category": "II", "lat": lat, "lon": lon})
    doc.table("Bảng 2. Danh mục tài sản chuyển nhượng",
              [["TT", "Tài sản", "Số lượng"],
               ["1", "Trạm trộn bê tông 120 m³/h", "01"],
               ["2", "Silo xi măng 150 tấn có lọc bụi túi", f"{r.randint(2, 4):02d}"],
               ["3", "Dây chuyền quay ly tâm cọc", f"{r.randint(2, 3):02d}"],
               ["4", "Lò hơi đốt dầu DO 2 tấn hơi/giờ", "01"]], role="other")


# ---------------------------------------------------------------- emissions

DREDGE_CODES = ("0301", "0304", "0328", "0330", "0337", "2754", "2908")
DIESEL = {"0301": (0.5, 1.0), "0304": (0.08, 0.16), "0328": (0.03, 0.08), "0330": (0.08, 0.2), "0337": (0.4, 0.9), "2754": (0.1, 0.25)}
# (number, RU, KK, hours a year, RU note, KK note, {code: (low, high) g/s at full power} or None; scale)
DREDGE_SOURCES = (
    ("0001", "Дизель-генератор земснаряда 350-50Л (выхлопная труба)", "350-50Л земснарядының дизель-генераторы (шығару құбыры)", 3600,
     "в период навигации", "навигация кезеңінде", DIESEL, 1.6),
    ("0002", "Главный двигатель буксира-толкача (выхлопная труба)", "Итергіш буксирдің бас қозғалтқышы (шығару құбыры)", 1500,
     "перестановка земснаряда и понтонов", "земснаряд пен понтондарды ауыстыру", DIESEL, 0.7),
    ("0003", "Дизельная электростанция береговой базы", "Жағалау базасының дизельді электр станциясы", 2200, "резервный источник питания",
     "резервтік қуат көзі", DIESEL, 0.3),
    ("6001", "Карта намыва № 1 (сдув с обезвоженной поверхности)", "№ 1 гидротолтыру картасы (сусыздандырылған беттен ұшу)", 4400,
     "обезвоживание и отгрузка", "сусыздандыру және тиеп жөнелту", {"2908": (0.06, 0.2)}, 1.0),
    ("6002", "Карта намыва № 2 (сдув с обезвоженной поверхности)", "№ 2 гидротолтыру картасы (сусыздандырылған беттен ұшу)", 0,
     "в режиме намыва, поверхность обводнена – выброс отсутствует", "шайып толтыру режимінде, беті сулы – шығарынды жоқ", None, 1.0),
    ("6003", "Погрузка ПГС фронтальным погрузчиком в автосамосвалы", "ҚҚҚ-ны фронталды тиегішпен автоөзітүсіргіштерге тиеу", 2600,
     "влажность ПГС 4–6 %", "ҚҚҚ ылғалдылығы 4–6 %", {"2908": (0.12, 0.4)}, 1.0),
    ("6004", "Автосамосвалы и погрузчик (работа двигателей, проезд по карте)", "Автоөзітүсіргіштер мен тиегіш (қозғалтқыштар жұмысы, карта бойынша жүру)", 2600,
     "", "", {**DIESEL, "2908": (0.08, 0.25)}, 0.12),
)  # fmt: skip


def emissions_jd1(doc: Doc) -> None:
    """The inventory of a dredging operation on a riverbed deposit as one wide table of many narrow columns: a row per source
    (the dredger's diesel generator, the push tug, the shore base's power station, two hydraulic fill maps, the loading of the
    sand and gravel and the trucks), the substances as column pairs `г/с | т/год` under merged headers naming code and
    substance, a third header row `Класс опасности` giving each substance's class once for every row under it, dashes where a
    source does not emit the substance, a fill map under filling with dashes throughout and a note that it gives no emission,
    the working hours and the totals (VI: a river sand mine's loads from its suction dredgers, barges, sand yard, loader and
    trucks, no source numbers, barges waiting at the wharf with their engines off)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jd1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(PITS)
    operator, deposit = p[L], p[2 + L]
    sources = [s for s in DREDGE_SOURCES if s[0] != "0003" or r.random() < 0.6]
    filling = r.random() < 0.5  # which of the two fill maps is being filled
    doc.h(g(f"Инвентаризация источников выбросов загрязняющих веществ. {operator}, {deposit}",
            f"{operator}, {deposit}. Ластаушы заттар шығарындылары көздерін түгендеу", ""))
    doc.p(g("Выбросы рассчитаны на режим, при котором одна карта намыва заполняется пульпой, а вторая обезвоживается и разгружается; "
            "карты меняются ежегодно. Выбросы двигателей земснаряда и буксира приняты по расходу дизельного топлива.",
            "Шығарындылар бір гидротолтыру картасы пульпамен толтырылатын, ал екіншісі сусыздандырылып, түсірілетін режимге есептелді; "
            "карталар жыл сайын ауысады. Земснаряд пен буксир қозғалтқыштарының шығарындылары дизель отынының шығыны бойынша қабылданды.", ""))
    width = 3 + 2 * len(DREDGE_CODES) + 1
    head = [g("№ ИЗА", "ЛШК №", ""), g("Наименование источника", "Көздің атауы", ""), g("Время работы, ч/год", "Жұмыс уақыты, сағ/жыл", "")]
    sub = [None, None, None]
    cls = [g("Класс опасности", "Қауіптілік сыныбы", ""), None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (2, 0, 2, 2)]
    for k, c in enumerate(DREDGE_CODES):
        head += [f"{c} {_air(doc, c)}", None]
        sub += [g("г/с", "г/с", ""), g("т/год", "т/жыл", "")]
        cls += [str(HAZARD[c]), None]
        merges += [(0, 3 + 2 * k, 0, 4 + 2 * k), (2, 3 + 2 * k, 2, 4 + 2 * k)]
    head.append(g("Примечание", "Ескертпе", ""))
    sub.append(None)
    cls.append("")
    merges.append((0, width - 1, 1, width - 1))
    rows = [head, sub, cls]
    sums = {c: [0.0, 0.0] for c in DREDGE_CODES}
    for number, s_ru, s_kk, hours, n_ru, n_kk, codes, scale in sources:
        name, note = (s_ru, s_kk)[L], (n_ru, n_kk)[L]
        if number in ("6001", "6002"):
            under = (number == "6002") == filling
            if under:
                name = g(f"Карта намыва № {number[-1]} (в режиме намыва)", f"№ {number[-1]} гидротолтыру картасы (шайып толтыру режимінде)", "")
                note, codes, hours = g("поверхность обводнена – выброс отсутствует", "беті сулы – шығарынды жоқ", ""), None, 0
            else:
                codes, hours = {"2908": (0.06, 0.2)}, 4400
                note = g("обезвоживание и отгрузка", "сусыздандыру және тиеп жөнелту", "")
        line = [number, name, num(hours, doc.lang) if hours else DASH]
        for c in DREDGE_CODES:
            if not codes or c not in codes:
                line += [DASH, DASH]
                continue
            lo, hi = codes[c]
            gs = _sig(r.uniform(lo, hi) * scale, 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            line += [num(gs, doc.lang), num(ty, doc.lang)]
            sums[c][0] += gs
            sums[c][1] += ty
            doc.add("emissions", emission(c, gs, ty, number, HAZARD[c]))
        rows.append([*line, note])
    total = [g("Всего по объекту", "Объект бойынша барлығы", ""), None, ""]
    for c in DREDGE_CODES:
        total += [num(round(sums[c][0], 6), doc.lang), num(round(sums[c][1], 6), doc.lang)]
    rows.append([*total, ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    doc.table(g("Таблица 3.1 – Характеристика источников и выбросы загрязняющих веществ",
                "3.1-кесте – Көздердің сипаттамасы және ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    doc.p(g("Карта намыва, находящаяся в режиме намыва, сохранена в перечне источников: после перехода в режим обезвоживания выброс с нее "
            "учитывается по источнику 6001 или 6002 соответственно.",
            "Шайып толтыру режиміндегі гидротолтыру картасы көздер тізбесінде сақталды: сусыздандыру режиміне өткеннен кейін оның шығарындысы "
            "тиісінше 6001 немесе 6002 көзі бойынша ескеріледі.", ""))
    maybe_distractor(doc)


VN_DREDGE_CODES = (("2902", "Bụi tổng (TSP)"), ("0330", "SO2"), ("0301", "NO2"), ("0337", "CO"))
VN_DIESEL = {"2902": (0.02, 0.06), "0330": (0.03, 0.09), "0301": (0.25, 0.7), "0337": (0.08, 0.25)}
# (source, hours a year, {code: (low, high)} or None, scale, note)
VN_DREDGE = (
    ("Tàu hút cát (02 tàu, máy chính 450 CV)", 2400, VN_DIESEL, 2.0, "Hút cát ban ngày, từ 6 giờ đến 18 giờ"),
    ("Sà lan vận chuyển cát về bãi (04 chiếc, 360 CV)", 2000, VN_DIESEL, 1.5, "Quãng đường trung bình 6 km/chuyến"),
    ("Sà lan neo chờ tại bến", 0, None, 1.0, "Tắt máy khi neo chờ – không phát sinh khí thải"),
    ("Bãi tập kết cát (gió cuốn bụi từ đống cát khô)", 3000, {"2902": (0.12, 0.4)}, 1.0, "Phun ẩm 03 lần/ngày vào mùa khô"),
    ("Máy xúc lật bốc cát lên xe", 2500, {"2902": (0.06, 0.2), **VN_DIESEL}, 0.5, ""),
    ("Xe tải chở cát ra vào bãi (15 tấn)", 2500, {"2902": (0.04, 0.12), "0330": (0.01, 0.03), "0301": (0.08, 0.2), "0337": (0.05, 0.15)}, 1.0,
     "Khoảng 60 lượt xe/ngày"),
)  # fmt: skip


def _emissions_jd1_vi(doc: Doc) -> None:
    r = doc.rng
    company, mine, *_ = doc.pick(VN_MINES)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN KHAI THÁC CÁT – {mine.upper()}")
    doc.h("3.2.1.2. Tải lượng bụi, khí thải trong giai đoạn khai thác")
    doc.p(f"Chủ dự án: {company}. Tải lượng được tính theo hệ số ô nhiễm của Tổ chức Y tế Thế giới (WHO) đối với động cơ diesel và lượng dầu "
          "DO tiêu thụ; bụi tại bãi tập kết tính theo hệ số phát tán bụi từ bãi chứa vật liệu hở.")
    width = 3 + 2 * len(VN_DREDGE_CODES) + 1
    head = ["TT", "Nguồn phát sinh", "Thời gian hoạt động (giờ/năm)"]
    sub = [None, None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    for k, (_, label) in enumerate(VN_DREDGE_CODES):
        head += [label, None]
        sub += ["g/s", "tấn/năm"]
        merges.append((0, 3 + 2 * k, 0, 4 + 2 * k))
    head.append("Ghi chú")
    sub.append(None)
    merges.append((0, width - 1, 1, width - 1))
    rows = [head, sub]
    for k, (name, hours, codes, scale, note) in enumerate(VN_DREDGE, 1):
        line = [str(k), name, num(hours, "vi") if hours else "-"]
        for c, _ in VN_DREDGE_CODES:
            if not codes or c not in codes:
                line += ["-", "-"]
                continue
            gs = _sig(r.uniform(*codes[c]) * scale, 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            line += [num(gs, "vi"), num(ty, "vi")]
            doc.add("emissions", emission(c, gs, ty))
        rows.append([*line, note])
    doc.table("Bảng 3.6. Tải lượng các chất ô nhiễm không khí từ hoạt động khai thác, vận chuyển và tập kết cát", rows, merges, role="emissions")
    doc.p("Nhận xét: tải lượng phát sinh nhỏ, phân tán trên mặt sông rộng nên khả năng ảnh hưởng đến khu dân cư hai bên bờ là không đáng kể.")
    maybe_distractor(doc)


# (number, RU production, KK production, {code: ((low, high) g/s, hours)})
RMC_SOURCES = (
    ("0001", "Склад цемента (силос № 1)", "Цемент қоймасы (№ 1 силос)", {"2908": ((0.008, 0.03), 900)}),
    ("0002", "Склад цемента (силос № 2)", "Цемент қоймасы (№ 2 силос)", {"2908": ((0.008, 0.03), 900)}),
    ("0003", "Склад цемента (силос № 3)", "Цемент қоймасы (№ 3 силос)", {"2908": ((0.008, 0.03), 900)}),
    ("0004", "Склад цемента (силос № 4)", "Цемент қоймасы (№ 4 силос)", {"2908": ((0.008, 0.03), 900)}),
    ("0005", "Бетоносмесительный узел (аспирация смесителя)", "Бетон араластыру торабы (араластырғыш аспирациясы)", {"2908": ((0.02, 0.06), 3000)}),
    ("0006", "Котельная (прогрев заполнителей)", "Қазандық (толтырғыштарды қыздыру)",
     {"0301": ((0.02, 0.05), 3600), "0304": ((0.003, 0.008), 3600), "0328": ((0.002, 0.006), 3600), "0330": ((0.01, 0.04), 3600),
      "0337": ((0.03, 0.09), 3600)}),
    ("6001", "Склад заполнителей (песок)", "Толтырғыштар қоймасы (құм)", {"2908": ((0.03, 0.09), 8760)}),
    ("6002", "Склад заполнителей (щебень фр. 5–20 мм)", "Толтырғыштар қоймасы (5–20 мм қиыршық тас)", {"2908": ((0.02, 0.07), 8760)}),
    ("6003", "Приемный бункер и конвейер заполнителей", "Толтырғыштардың қабылдау бункері мен конвейері", {"2908": ((0.04, 0.12), 3000)}),
    ("6004", "Ремонтный участок (сварочный пост)", "Жөндеу учаскесі (дәнекерлеу посты)", {"0123": ((0.002, 0.006), 400), "0143": ((0.0002, 0.0006), 400)}),
)  # fmt: skip
SOLID = {"0123", "0143", "0328", "2908"}


def emissions_jd2(doc: Doc) -> None:
    """The form of emission norms of an НДВ project for a new ready-mix concrete plant, laid out substance by substance: a row
    spanning the table for each substance (`2908, Пыль …`), under it rows spanning the table for organised and unorganised
    sources, each source a row `производство | № источника` with the existing position of 2025 in dashes (the plant is new),
    the norms for 2026–2035 and the НДВ in two column pairs with the same figures and the year of reaching the НДВ, the
    production merged down over the cement silos, `Итого:` under each group and `Всего по загрязняющему веществу:` under each
    substance, a row of column numbers under the header and the plant's totals split into solid and gaseous at the end (VI: a
    precast concrete factory's loads substance by substance, its sources named under each substance, subtotals)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jd2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(RMC)
    plant, operator = p[L], p[4 + L]
    silos = r.randint(3, 4)
    sources = [s for s in RMC_SOURCES if not (s[0] == "0004" and silos == 3)]
    if silos == 3:  # the numbers run on without a gap
        sources = [(f"{int(s[0]) - 1:04d}" if s[0] in ("0005", "0006") else s[0], *s[1:]) for s in sources]
    figures: dict[tuple[str, str], tuple[float, float]] = {}
    for number, _, _, codes in sources:
        for c, ((lo, hi), hours) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            figures[(number, c)] = (gs, _sig(gs * 3600 * hours / 1e6, 3))
    doc.h(g(f"Проект нормативов допустимых выбросов. {plant} ({operator})", f"{plant} ({operator}). Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g("Завод проектируемый, ввод в эксплуатацию – 2026 год; существующее положение не оценивается. Нормативы установлены на период "
            "2026–2035 годов и достигаются с момента ввода.",
            "Зауыт жобаланып отыр, пайдалануға беру – 2026 жыл; қазіргі жағдай бағаланбайды. Нормативтер 2026–2035 жылдар кезеңіне белгіленді "
            "және пайдалануға берілген сәттен бастап қол жеткізіледі.", ""))
    rows = [g(["Производство, цех, участок", "Номер источника", "Существующее положение на 2025 год", None, "на 2026–2035 годы", None, "НДВ", None,
               "Год достижения НДВ"],
              ["Өндіріс, цех, учаске", "Көз нөмірі", "2025 жылғы қазіргі жағдай", None, "2026–2035 жылдарға", None, "Жол берілетін шығарындылар нормативі (ЖШН)", None,
               "ЖШН-ге қол жеткізу жылы"], []),
            [None, None, *g(["г/с", "т/год"] * 3, ["г/с", "т/жыл"] * 3, []), None],
            [str(k) for k in range(1, 10)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 0, 7), (0, 8, 1, 8)]
    fmt = lambda x: num(round(x, 6), doc.lang)  # noqa: E731
    grand, solid = [0.0, 0.0], [0.0, 0.0]
    for c in sorted({c for _, c in figures}):
        _span(rows, merges, f"{c}, {_air(doc, c)}", 9)
        all_g = all_t = 0.0
        for organised in (True, False):
            group = [s for s in sources if (c in s[3]) and (_kind(s[0]) == "organized") == organised]
            if not group:
                continue
            _span(rows, merges, g("Организованные источники" if organised else "Неорганизованные источники",
                                  "Ұйымдастырылған көздер" if organised else "Ұйымдастырылмаған көздер", ""), 9)
            sg = st = 0.0
            start, prev = len(rows), None
            for number, p_ru, p_kk, _ in group:
                gs, ty = figures[(number, c)]
                prod = (p_ru, p_kk)[L].split(" (силос")[0].split(" (№")[0] if "силос" in p_ru else (p_ru, p_kk)[L]
                same = prod == prev
                rows.append([None if same else prod, number, DASH, DASH, num(gs, doc.lang), num(ty, doc.lang), num(gs, doc.lang), num(ty, doc.lang), "2026"])
                if not same:
                    start, prev = len(rows) - 1, prod
                elif len(rows) - 1 > start:
                    merges[:] = [m for m in merges if m[:2] != (start, 0)] + [(start, 0, len(rows) - 1, 0)]
                doc.add("emissions", emission(c, gs, ty, number))
                sg, st = sg + gs, st + ty
            rows.append([g("Итого:", "Барлығы:", ""), "", DASH, DASH, fmt(sg), fmt(st), fmt(sg), fmt(st), ""])
            all_g, all_t = all_g + sg, all_t + st
        rows.append([g("Всего по загрязняющему веществу:", "Ластаушы зат бойынша барлығы:", ""), "", DASH, DASH, fmt(all_g), fmt(all_t), fmt(all_g),
                     fmt(all_t), ""])
        grand = [grand[0] + all_g, grand[1] + all_t]
        if c in SOLID:
            solid = [solid[0] + all_g, solid[1] + all_t]
    rows.append([g("Всего по объекту:", "Объект бойынша барлығы:", ""), "", DASH, DASH, fmt(grand[0]), fmt(grand[1]), fmt(grand[0]), fmt(grand[1]), ""])
    rows.append([g("Из них: твердые", "Оның ішінде: қатты", ""), "", DASH, DASH, fmt(solid[0]), fmt(solid[1]), fmt(solid[0]), fmt(solid[1]), ""])
    rows.append([g("газообразные и жидкие", "газ тәрізді және сұйық", ""), "", DASH, DASH, fmt(grand[0] - solid[0]), fmt(grand[1] - solid[1]),
                 fmt(grand[0] - solid[0]), fmt(grand[1] - solid[1]), ""])
    doc.table(g("Таблица 3.6 – Нормативы выбросов загрязняющих веществ в атмосферу по объекту",
                "3.6-кесте – Объект бойынша атмосфераға ластаушы заттар шығарындыларының нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    maybe_distractor(doc)


# (source, {code: ((low, high) g/s, hours)}, note)
VN_PRECAST_SOURCES = (
    ("Ống thải lọc bụi túi silo xi măng số 1", {"2902": ((0.01, 0.04), 1200)}, "Hiệu suất lọc 99,5%"),
    ("Ống thải lọc bụi túi silo xi măng số 2", {"2902": ((0.01, 0.04), 1200)}, "Hiệu suất lọc 99,5%"),
    ("Trạm trộn – cửa nạp cốt liệu và buồng trộn", {"2902": ((0.03, 0.09), 3000)}, "Có chụp hút về lọc bụi túi"),
    ("Bãi chứa cát, đá 1x2 (hở)", {"2902": ((0.05, 0.15), 8760)}, "Phun sương dập bụi"),
    ("Ống khói lò hơi đốt dầu DO (bảo dưỡng hơi cọc)", {"2902": ((0.01, 0.03), 4800), "0330": ((0.05, 0.15), 4800), "0301": ((0.04, 0.1), 4800),
                                                         "0337": ((0.005, 0.02), 4800)}, "Ống khói cao 15 m"),
    ("Xe nâng, xe bồn vận chuyển nội bộ", {"0301": ((0.01, 0.04), 2800), "0337": ((0.02, 0.06), 2800)}, ""),
)  # fmt: skip
VN_SUBST = (("2902", "Bụi tổng (TSP)"), ("0330", "Lưu huỳnh đioxit (SO2)"), ("0301", "Nitơ đioxit (NO2)"), ("0337", "Cacbon monoxit (CO)"))


def _emissions_jd2_vi(doc: Doc) -> None:
    r = doc.rng
    plant = doc.pick(VN_PRECAST)[0]
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("Bảng 3.3. Tải lượng chất ô nhiễm không khí theo từng thông số")
    doc.p("Tải lượng được tổng hợp theo từng chất ô nhiễm; dưới mỗi chất liệt kê các nguồn phát sinh chất đó. Nhà máy làm việc 2 ca/ngày, "
          "300 ngày/năm; lò hơi vận hành theo chu kỳ bảo dưỡng cọc.")
    rows = [["Chất ô nhiễm / nguồn phát sinh", "Tải lượng (g/s)", "Tải lượng (tấn/năm)", "Ghi chú"]]
    merges = []
    for k, (c, label) in enumerate(VN_SUBST, 1):
        _span(rows, merges, f"{k}. {label}", 4)
        sg = st = 0.0
        for name, codes, note in VN_PRECAST_SOURCES:
            if c not in codes:
                continue
            (lo, hi), hours = codes[c]
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            rows.append([f"– {name}", num(gs, "vi"), num(ty, "vi"), note])
            doc.add("emissions", emission(c, gs, ty))
            sg, st = sg + gs, st + ty
        rows.append(["Cộng", num(round(sg, 6), "vi"), num(round(st, 6), "vi"), ""])
    doc.table(None, rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t on the dredger and vessels or None, (low, high) t at the shore base or None, RU handling, KK handling)
DREDGE_WASTES = (
    ("13 04 01*", "Льяльные (нефтесодержащие подсланевые) воды судов внутреннего плавания", "Ішкі жүзу кемелерінің льялдық (мұнайы бар түп асты) сулары",
     (2.5, 9.0), None, "сдача на судно-сборщик по договору", "шарт бойынша жинаушы кемеге тапсыру"),
    ("13 02 08*", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары", (0.8, 2.4), (0.3, 1.2),
     "передача на регенерацию", "регенерацияға беру"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.05, 0.2), (0.04, 0.15), "передача на обезвреживание", "залалсыздандыруға беру"),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", (0.02, 0.08), (0.03, 0.1), "передача на обезвреживание",
     "залалсыздандыруға беру"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", None, (0.1, 0.4), "передача на переработку",
     "қайта өңдеуге беру"),
    ("17 04 05", "Лом черных металлов (изношенные трубы пульпопровода, рабочие колеса грунтовых насосов)",
     "Қара металл сынықтары (тозған пульпа құбырлары, топырақ сорғыларының жұмыс дөңгелектері)", (4.0, 12.0), None, "сдача в пункт приема металлолома",
     "металл сынықтарын қабылдау пунктіне тапсыру"),
    ("16 01 03", "Изношенные шины", "Тозған шиналар", None, (0.8, 2.4), "передача на переработку", "қайта өңдеуге беру"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (0.6, 1.5), (1.8, 4.5), "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_jd1(doc: Doc) -> None:
    """The waste section of a ПЭК programme of a dredging operation, the amount formed split under a merged header into the
    dredger with its vessels, the shore base and the total — the total alone the amount, a dash where a waste is not formed —
    under rows spanning the table for hazardous and non-hazardous wastes, bilge water of inland vessels `13 04 01*`, worn
    pulp pipes as scrap; and a last group `Не являются отходами` with the clarified water of the fill maps returned to the
    river and the topsoil kept for reclamation, dashes for a code (VI: a river sand mine's hazardous wastes in kilograms on
    the dredgers and barges and at the sand yard with their total, ordinary wastes in tonnes in a second table and the silt
    of the yard's settling pit reused for filling, which is no waste)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jd1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(PITS)
    operator, deposit, river = p[L], p[2 + L], p[12 + L]
    doc.h(g(f"Программа производственного экологического контроля. {operator}. Раздел 6. Отходы производства и потребления",
            f"{operator}. Өндірістік экологиялық бақылау бағдарламасы. 6-бөлім. Өндіріс және тұтыну қалдықтары", ""))
    doc.p(g(f"Отходы образуются на земснаряде, буксире и мотозавозне при работе в русле и на береговой базе у карт намыва ({deposit}). "
            "Накопление отходов на судах – в маркированных емкостях, не более шести месяцев.",
            f"Қалдықтар земснарядта, буксирде және моторлы қайықта арнада жұмыс істеу кезінде және гидротолтыру карталары жанындағы "
            f"жағалау базасында түзіледі ({deposit}). Кемелерде қалдықтар таңбаланған ыдыстарда алты айдан аспайтын мерзімге жинақталады.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Образование, т/год", None, None, "Способ обращения"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Түзілуі, т/жыл", None, None, "Қалдықпен жұмыс істеу тәсілі"], []),
            g([None, None, None, "земснаряд и суда", "береговая база", "всего", None],
              [None, None, None, "земснаряд және кемелер", "жағалау базасы", "барлығы", None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    n = 0
    for hazardous in (True, False):
        _span(rows, merges, g("Опасные отходы" if hazardous else "Неопасные отходы", "Қауіпті қалдықтар" if hazardous else "Қауіпті емес қалдықтар", ""), 7)
        for code, n_ru, n_kk, ship, base, h_ru, h_kk in DREDGE_WASTES:
            if code.endswith("*") != hazardous:
                continue
            n += 1
            a = round(r.uniform(*ship), 2) if ship else None
            b = round(r.uniform(*base), 2) if base else None
            t = round((a or 0) + (b or 0), 2)
            name = (n_ru, n_kk)[L]
            rows.append([str(n), code, name, num(a, doc.lang) if a else DASH, num(b, doc.lang) if b else DASH, num(t, doc.lang), (h_ru, h_kk)[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": t, "name_contains": _words(name, 2)})
    _span(rows, merges, g("Не являются отходами (для сведения)", "Қалдық болып табылмайды (мәлімет үшін)", ""), 7)
    rows.append(["", DASH, g("Осветленная вода с карт намыва", "Гидротолтыру карталарынан тұндырылған су", ""), DASH, DASH, DASH,
                 g(f"возвращается в {river} через водосбросной колодец", f"су ағызу құдығы арқылы {river}не қайтарылады", "")])
    rows.append(["", DASH, g("Почвенно-растительный слой со строительства карт намыва", "Гидротолтыру карталарын салудан алынған топырақ-өсімдік қабаты", ""),
                 DASH, DASH, DASH, g("складируется в бурт, используется при рекультивации", "үйіндіге жиналады, рекультивация кезінде пайдаланылады", "")])
    doc.table(g("Таблица 6.1 – Виды и объемы образования отходов", "6.1-кесте – Қалдықтардың түрлері және түзілу көлемдері", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


# (code, name, state, (low, high) kg on the dredgers and barges or None, (low, high) kg at the yard or None)
VN_DREDGE_CTNH = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", (300, 900), (40, 150)),
    ("18 02 01", "Giẻ lau, găng tay dính dầu thải", "Rắn", (40, 120), (10, 40)),
    ("15 01 02", "Bộ lọc dầu đã qua sử dụng", "Rắn", (15, 45), (5, 15)),
    ("17 05 02", "Bùn thải từ thiết bị tách dầu/nước", "Bùn", (50, 160), None),
    ("19 06 01", "Pin, ắc quy chì thải", "Rắn", (60, 180), None),
    ("16 01 06", "Bóng đèn huỳnh quang thải", "Rắn", (2, 6), (3, 8)),
)


def _wastes_jd1_vi(doc: Doc) -> None:
    r = doc.rng
    company, mine, *_ = doc.pick(VN_MINES)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.p(f"Dự án: {mine}. Chất thải nguy hại phát sinh trên các tàu hút, sà lan được thu gom vào thùng chứa có nắp đậy trên tàu, định kỳ "
          "đưa về kho chứa chất thải nguy hại tại bãi tập kết cát và chuyển giao cho đơn vị có chức năng.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng phát sinh (kg/năm)", None, None],
            [None, None, None, None, "Trên tàu hút, sà lan", "Tại bãi tập kết", "Tổng cộng"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 6)]
    for k, (code, name, state, ship, yard) in enumerate(VN_DREDGE_CTNH, 1):
        a = r.randint(*ship) if ship else None
        b = r.randint(*yard) if yard else None
        kg = (a or 0) + (b or 0)
        rows.append([str(k), name, code, state, num(a, "vi") if a else "-", num(b, "vi") if b else "-", num(kg, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 2. Khối lượng chất thải nguy hại phát sinh", rows, merges, role="wastes")
    ordinary = (("Chất thải rắn sinh hoạt của công nhân trên tàu và tại bãi", (2.5, 6.0)),
                ("Phế liệu sắt thép (ống hút, cánh bơm bị mòn)", (3.0, 9.0)),
                ("Bao bì giấy, carton thải", (0.2, 0.8)))
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Biện pháp xử lý"]]
    for k, (name, (lo, hi)) in enumerate(ordinary, 1):
        t = round(r.uniform(lo, hi), 2)
        rows.append([str(k), name, num(t, "vi"), "Hợp đồng thu gom với đơn vị có chức năng" if k != 2 else "Bán phế liệu"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    rows.append([str(len(ordinary) + 1), "Cát, bùn lắng tại hố lắng nước rỉ từ bãi cát", "-", "Tận thu làm vật liệu san lấp, không phải là chất thải"])
    doc.table("Bảng 3. Chất thải rắn công nghiệp thông thường và chất thải sinh hoạt", rows, role="wastes")
    maybe_distractor(doc)


# (code, RU, KK, RU place, KK place, unit, (low, high), RU handling, KK handling)
PRECAST_WASTES = (
    ("10 13 14", "Отходы бетона (остатки бетонной смеси, возврат из автобетоносмесителей)",
     "Бетон қалдықтары (бетон қоспасының қалдықтары, автобетонараластырғыштардан қайтарылғаны)", "БСУ", "БАҚ", "t", (120, 380),
     "дробление, щебень – на отсыпку дорог", "ұсату, қиыршық тас – жол төсеуге"),
    ("10 13 14", "Бетонный шлам из отстойника мойки автобетоносмесителей", "Автобетонараластырғыштарды жуу тұндырғышының бетон шламы", "мойка", "жуу орны",
     "t", (40, 140), "обезвоживание, вывоз на полигон", "сусыздандыру, полигонға шығару"),
    ("17 04 05", "Обрезки арматурной стали", "Арматура болатының кесінділері", "арматурный цех", "арматура цехы", "t", (3, 12), "сдача в металлолом",
     "металл сынығына тапсыру"),
    ("15 01 01", "Бумажные мешки из-под сухих добавок", "Құрғақ қоспалардан босаған қағаз қаптар", "склад добавок", "қоспалар қоймасы", "kg", (300, 900),
     "передача на переработку", "қайта өңдеуге беру"),
    ("15 01 10*", "Тара из-под химических добавок (пластификаторы, противоморозные)", "Химиялық қоспалардан (пластификаторлар, аязға қарсы) босаған ыдыс",
     "склад добавок", "қоспалар қоймасы", "kg", (80, 300), "передача на обезвреживание", "залалсыздандыруға беру"),
    ("13 08 02*", "Отработанная эмульсионная смазка форм (эмульсол)", "Пайдаланылған қалып эмульсиялық майы (эмульсол)", "формовочный цех", "қалыптау цехы",
     "kg", (150, 600), "передача на обезвреживание", "залалсыздандыруға беру"),
    ("13 02 08*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "гараж", "гараж", "t", (0.6, 2.2), "передача на регенерацию",
     "регенерацияға беру"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "гараж, цеха", "гараж, цехтар", "kg", (60, 240), "передача на обезвреживание",
     "залалсыздандыруға беру"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "административный корпус", "әкімшілік ғимарат", "pcs", (60, 220),
     "демеркуризация", "демеркуризациялау"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "столовая, бытовки", "асхана, тұрмыстық үй-жайлар", "t", (4, 12),
     "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_jd2(doc: Doc) -> None:
    """A ready-mix concrete and precast plant's list of wastes whose amounts stand in one column with the unit in the next
    column, row by row — tonnes for the bulk wastes, kilograms for packaging, form oil and rags, pieces for the lamps with
    their tonnes in brackets after the count (`140 (0,028)`) — the same code `10 13 14` on two wastes, the place of formation
    and the handling around them (VI: a precast concrete factory's GPMT list with a unit column, hazardous wastes in kilograms
    and ordinary ones in tonnes, paper packaging in kilograms among the tonnes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jd2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(RMC)
    plant, operator = p[L], p[4 + L]
    doc.h(g(f"Сведения об отходах производства и потребления за 2025 год. {plant}", f"{plant}. 2025 жылғы өндіріс және тұтыну қалдықтары туралы мәліметтер", ""))
    doc.p(g(f"Оператор – {operator}. Количество приведено в единицах учета, принятых на заводе; для ламп в скобках указана масса, т.",
            f"Оператор – {operator}. Саны зауытта қабылданған есепке алу бірліктерімен келтірілген; шамдар үшін жақшада массасы, т көрсетілген.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Место образования", "Количество", "Ед. изм.", "Обращение"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Түзілетін орны", "Саны", "Өлш. бірл.", "Қалдықпен жұмыс"], [])]
    units = {"t": g("т/год", "т/жыл", ""), "kg": g("кг/год", "кг/жыл", ""), "pcs": g("шт./год (т/год)", "дана/жыл (т/жыл)", "")}
    for k, (code, n_ru, n_kk, p_ru, p_kk, unit, (lo, hi), h_ru, h_kk) in enumerate(PRECAST_WASTES, 1):
        name = (n_ru, n_kk)[L]
        if unit == "t":
            t = round(r.uniform(lo, hi), 1 if hi > 20 else 2)
            qty = num(t, doc.lang)
        elif unit == "kg":
            kg = r.randint(lo, hi)
            t, qty = kg / 1000, num(kg, doc.lang)
        else:
            count = r.randint(lo, hi)
            t = round(count * 0.0002, 4)
            qty = f"{count} ({num(t, doc.lang)})"
        rows.append([str(k), code, name, (p_ru, p_kk)[L], qty, units[unit], (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 1 – Образование отходов", "1-кесте – Қалдықтардың түзілуі", ""), rows, role="wastes")
    maybe_distractor(doc)


# (name, code or None, unit, (low, high), note)
VN_PRECAST_WASTES = (
    ("I. CHẤT THẢI NGUY HẠI", (
        ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "kg", (250, 800), "Thùng phuy 200 lít"),
        ("Giẻ lau, găng tay dính dầu, dầu tách khuôn", "18 02 01", "kg", (80, 260), "Thùng nhựa có nắp"),
        ("Bao bì cứng thải bằng nhựa (can đựng phụ gia bê tông)", "18 01 03", "kg", (120, 400), ""),
        ("Bao bì cứng thải bằng kim loại (thùng đựng dầu tách khuôn)", "18 01 02", "kg", (90, 300), ""),
        ("Bóng đèn huỳnh quang thải", "16 01 06", "kg", (5, 20), "Hộp các tông kín"))),
    ("II. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG", (
        ("Bê tông thải, cọc lỗi, đầu cọc cắt bỏ", None, "t", (150, 450), "Nghiền làm vật liệu san nền"),
        ("Thép vụn, đầu thép dự ứng lực thừa", None, "t", (6, 25), "Bán phế liệu"),
        ("Bùn cặn từ bể lắng nước rửa xe bồn, bồn trộn", None, "t", (60, 200), "Phơi khô, san lấp mặt bằng"),
        ("Bao bì giấy, carton thải", None, "kg", (400, 1500), "Bán phế liệu"))),
)  # fmt: skip


def _wastes_jd2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, _, new, *_ = doc.pick(VN_PRECAST)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – PHỤ LỤC 3. YÊU CẦU VỀ QUẢN LÝ CHẤT THẢI CỦA {plant.upper()}")
    doc.p(f"Chủ cơ sở: {new}. Khối lượng chất thải phát sinh thường xuyên được ghi theo đơn vị tính tại từng dòng.")
    rows = [["TT", "Tên chất thải", "Mã chất thải", "Khối lượng", "Đơn vị tính", "Ghi chú"]]
    merges = []
    n = 0
    for section, items in VN_PRECAST_WASTES:
        _span(rows, merges, section, 6)
        for name, code, unit, (lo, hi), note in items:
            n += 1
            if unit == "kg":
                kg = r.randint(lo, hi)
                t, qty = kg / 1000, num(kg, "vi")
            else:
                t = float(r.randint(lo, hi))
                qty = num(t, "vi")
            rows.append([str(n), name, code or "-", qty, "kg/năm" if unit == "kg" else "tấn/năm", note])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": _words(name, 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.1. Khối lượng, chủng loại chất thải phát sinh thường xuyên", rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits


def _bounded(s: str, medium: str, kind: str, value, unit, column, point, measured) -> dict:
    """The expected limit of a norm that is an upper bound, a range or a lower bound only (`не менее 6`, `≥ 4`)."""
    if kind != "min":
        item = limit(("symbol", s), medium, value, unit, column, point, measured)
    else:
        item = {"symbol": s, "medium": medium, "unit": unit, "column": column, "point": point, "limit": None, "limit_min": float(value),
                "limit_max": None, "value": measured}
    if measured is None:
        del item["value"]
    return item


# (symbol, RU, KK, method, (kind, norm) or None, (low, high) at the background, detection limit or None)
PROTO = (
    ("pH", "Водородный показатель (pH)", "Сутегі көрсеткіші (pH)", "СТ РК ИСО 10523-2013", ("range", (6.5, 8.5)), (7.3, 8.2), None),
    ("TSS", "Взвешенные вещества", "Қалқыма заттар", "ПНД Ф 14.1:2:3.110-97", None, (9, 26), None),
    ("DO", "Растворенный кислород", "Еріген оттегі", "СТ РК ИСО 5814-2009", ("min", 6.0), (7.0, 9.6), None),
    ("BOD5", "БПК5", "ОБТ5", "СТ РК ИСО 5815-1-2010", ("max", 2.1), (0.9, 1.9), None),
    ("TPH", "Нефтепродукты", "Мұнай өнімдері", "ПНД Ф 14.1:2:4.128-98", ("max", 0.05), (0.008, 0.04), 0.005),
    ("Fe", "Железо общее", "Жалпы темір", "ГОСТ 4011-72", ("max", 0.1), (0.03, 0.09), None),
    ("NH4+", "Аммоний-ион", "Аммоний-ион", "ГОСТ 33045-2014", ("max", 0.5), (0.06, 0.35), 0.05),
    ("NO2-", "Нитриты", "Нитриттер", "ГОСТ 33045-2014", ("max", 0.08), (0.006, 0.05), 0.003),
    ("SO4", "Сульфаты", "Сульфаттар", "ГОСТ 31940-2012", ("max", 100), (38, 90), None),
    ("Cl-", "Хлориды", "Хлоридтер", "ГОСТ 4245-72", ("max", 300), (18, 110), None),
)  # fmt: skip


def _norm_kz(doc: Doc, norm) -> str:
    if norm is None:
        return f"{DASH}*"
    kind, value = norm
    if kind == "range":
        return f"{num(value[0], doc.lang)}–{num(value[1], doc.lang)}"
    if kind == "min":
        return doc.v(f"не менее {num(value, 'ru')}", f"кемінде {num(value, 'kk')}", "")
    return num(value, doc.lang)


def limits_jd1(doc: Doc) -> None:
    """A laboratory's test protocols of the river water at a dredging site, one table per sampling point with the point named
    only in the protocol's lines above its table (`Место отбора проб: С-2 – контрольный створ …`), `№ | показатель | ед. изм. |
    НД на метод испытаний | результат ± погрешность | ПДК р/х | соответствие`: method documents full of numbers (`ГОСТ
    33045-2014`, `ПНД Ф 14.1:2:4.128-98`), results written `0,12 ± 0,02`, `< 0,005` below detection, dissolved oxygen normed
    `не менее 6`, suspended solids without a norm of their own (`–*`, normed against the background in a footnote) and an
    exceedance written out in words; the sampling conditions in a table of no role (VI: two `phiếu kết quả thử nghiệm` of river
    water upstream and downstream of a sand mine against QCVN 08-MT:2015/BTNMT column B1, methods `SMEWW 2540D:2017`, `≥ 4`,
    an exceedance starred, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jd1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(PITS)
    operator, river = p[L], p[12 + L]
    doc.h(g(f"Протоколы испытаний проб природной воды. Заказчик: {operator}", f"Табиғи су сынамаларын сынау хаттамалары. Тапсырыс беруші: {operator}", ""))
    doc.p(g("Испытательная лаборатория ТОО «ЭкоАналит-Сервис», аттестат аккредитации KZ.T.02.0871. Пробы отобраны при работающем земснаряде.",
            "«ЭкоАналит-Сервис» ЖШС сынақ зертханасы, аккредиттеу аттестаты KZ.T.02.0871. Сынамалар земснаряд жұмыс істеп тұрған кезде алынды.", ""))
    day = r.randint(8, 20)
    points = (("С-1", g(f"фоновый створ {river}, 500 м выше участка работ земснаряда", f"{river}нің фондық тұстамасы, земснаряд жұмыс учаскесінен 500 м жоғары", ""), 1.0),
              ("С-2", g(f"контрольный створ {river}, 500 м ниже участка работ земснаряда", f"{river}нің бақылау тұстамасы, земснаряд жұмыс учаскесінен 500 м төмен", ""), 1.35))
    cond = [g(["Точка", "Время отбора", "Температура воды, °С", "Глубина отбора, м", "Прозрачность, см"],
              ["Нүкте", "Алынған уақыты", "Су температурасы, °С", "Алу тереңдігі, м", "Мөлдірлігі, см"], [])]
    for k, (pid, _place, _factor) in enumerate(points):
        cond.append([pid, f"{10 + k}:{r.randint(10, 55)}", num(round(r.uniform(17, 23), 1), doc.lang), "0,5", str(r.randint(18, 45) if k == 0 else r.randint(8, 20))])
    for pid, place, factor in points:
        doc.p(g(f"Протокол испытаний № {r.randint(300, 900)}-В от {day + 6:02d}.06.2025. Место отбора проб: {pid} – {place}. Дата отбора: {day:02d}.06.2025.",
                f"{day + 6:02d}.06.2025 № {r.randint(300, 900)}-В сынақ хаттамасы. Сынама алу орны: {pid} – {place}. Алынған күні: {day:02d}.06.2025.", ""))
        rows = [g(["№ п/п", "Наименование показателя", "Ед. изм.", "НД на метод испытаний", "Результат ± погрешность", "ПДК р/х", "Соответствие"],
                  ["Р/с №", "Көрсеткіштің атауы", "Өлш. бірл.", "Сынау әдісіне НҚ", "Нәтиже ± қателік", "Б/ш ШЖК", "Сәйкестігі"], [])]
        for n, (s, n_ru, n_kk, method, norm, (lo, hi), det) in enumerate(PROTO, 1):
            unit = g("ед. pH", "pH бірл.", "") if s == "pH" else g("мг/дм³", "мг/дм³", "")
            if s == "pH":
                v = round(r.uniform(lo, hi), 2)
            elif s == "DO":
                v = round(r.uniform(lo, hi) / factor ** 0.3, 1)
            else:
                v = _sig(r.uniform(lo, hi) * (factor if s in ("TSS", "Fe", "TPH", "BOD5") else 1.0), 2)
            below = det is not None and r.random() < 0.3
            if below:
                res = f"< {num(det, doc.lang)}"
            else:
                res = f"{num(v, doc.lang)} ± {num(_sig(v * 0.12 if s != 'pH' else 0.2, 1), doc.lang)}"
            verdict = g("соответствует", "сәйкес", "")
            if norm and norm[0] == "max" and not below and v > norm[1]:
                verdict = g(f"превышение в {num(round(v / norm[1], 1), 'ru')} раза", f"{num(round(v / norm[1], 1), 'kk')} есе асу", "")
            if norm is None:
                verdict = DASH
            rows.append([str(n), (n_ru, n_kk)[L], unit, method, res, _norm_kz(doc, norm), verdict])
            if norm:
                add(doc, _bounded(s, "water", norm[0], norm[1], None if s == "pH" else "mg/l", None, pid, None if below else v))
        doc.table(None, rows, role="limits")
    doc.p(g("* Для взвешенных веществ ПДК не установлена: допускается увеличение содержания не более чем на 0,25 мг/дм³ по сравнению с фоновым створом.",
            "* Қалқыма заттар үшін ШЖК белгіленбеген: фондық тұстамамен салыстырғанда құрамының 0,25 мг/дм³-ден аспайтын ұлғаюына жол беріледі.", ""))
    doc.table(g("Условия отбора проб", "Сынама алу жағдайлары", ""), cond, role="other")


# symbol: (method, norm of column B1 as (kind, value), unit, unit as written, (low, high) upstream, share of KPH)
B1 = {
    "pH": ("TCVN 6492:2011", ("range", (5.5, 9)), None, "-", (6.8, 7.8), 0),
    "TSS": ("SMEWW 2540D:2017", ("max", 50), "mg/l", "mg/L", (24, 46), 0),
    "DO": ("TCVN 7325:2016", ("min", 4), "mg/l", "mg/L", (4.6, 6.4), 0),
    "BOD5": ("SMEWW 5210B:2017", ("max", 15), "mg/l", "mg/L", (3, 9), 0),
    "COD": ("SMEWW 5220C:2017", ("max", 30), "mg/l", "mg/L", (7, 19), 0),
    "NH4+": ("SMEWW 4500-NH3.F:2017", ("max", 0.9), "mg/l", "mg/L", (0.08, 0.5), 0),
    "NO3-": ("SMEWW 4500-NO3-.E:2017", ("max", 10), "mg/l", "mg/L", (0.4, 2.8), 0),
    "Fe": ("SMEWW 3500-Fe.B:2017", ("max", 1.5), "mg/l", "mg/L", (0.3, 1.1), 0),
    "TPH": ("SMEWW 5520B&F:2017", ("max", 1), "mg/l", "mg/L", (0.3, 0.6), 0.5),
    "Coliform": ("TCVN 6187-2:2020", ("max", 7500), "MPN/100ml", "MPN/100mL", (930, 4600), 0),
}


def _limits_jd1_vi(doc: Doc) -> None:
    r = doc.rng
    company, mine, _, _, _, _, river, _ = doc.pick(VN_MINES)
    day = r.randint(5, 22)
    doc.h(f"KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG NƯỚC MẶT – {mine.upper()}")
    doc.p(f"Khách hàng: {company}. Đơn vị thử nghiệm: Trung tâm Quan trắc và Kỹ thuật môi trường (VIMCERTS 112). Ngày lấy mẫu: {day:02d}/04/2025, "
          "trong thời gian tàu hút đang hoạt động.")
    star = False
    for pid, place, factor in (("NM1", f"{river}, thượng lưu khu vực khai thác 500 m", 1.0), ("NM2", f"{river}, hạ lưu khu vực khai thác 500 m", 1.4)):
        doc.p(f"PHIẾU KẾT QUẢ THỬ NGHIỆM số {r.randint(100, 999)}/2025/PKQ. Ký hiệu mẫu: {pid}. Vị trí lấy mẫu: {place}. Loại mẫu: nước mặt.")
        rows = [["TT", "Chỉ tiêu thử nghiệm", "Đơn vị", "Phương pháp thử", "Kết quả", "QCVN 08-MT:2015/BTNMT (Cột B1)"]]
        for n, (s, (method, (kind, lim), unit, shown, (lo, hi), share)) in enumerate(B1.items(), 1):
            if s == "pH":
                v = round(r.uniform(lo, hi), 1)
            elif s == "DO":
                v = round(r.uniform(lo, hi) / factor ** 0.2, 1)
            elif s == "Coliform":
                v = float(r.choice((930, 1500, 2100, 2400, 4300, 4600)))
            else:
                v = _sig(r.uniform(lo, hi) * (factor if s in ("TSS", "Fe") else 1.0), 2)
            kph = share and r.random() < share
            if kph:
                res = "KPH"
            elif kind == "max" and v > lim:
                res, star = f"{num(v, 'vi')}*", True
            else:
                res = num(v, "vi")
            lim_txt = f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if kind == "range" else (f"≥ {num(lim, 'vi')}" if kind == "min" else num(lim, "vi"))
            rows.append([str(n), vocab.water(s, "vi"), shown, method, res, lim_txt])
            add(doc, _bounded(s, "water", kind, lim, unit, "B1", pid, None if kph else v))
        doc.table(None, rows, role="limits")
    note = "Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp, MDL = 0,3 mg/L)."
    if star:
        note += " (*) Giá trị vượt giới hạn cho phép của QCVN 08-MT:2015/BTNMT cột B1."
    doc.p(note)
    maybe_distractor(doc)


# gravel washing and screening plants discharging clarified water: (RU operator, KK operator, RU plant, KK plant, RU river, KK river)
PSK = (
    ("ТОО «Ертіс Қиыршық Тас»", "«Ертіс Қиыршық Тас» ЖШС", "Промывочно-сортировочный комплекс у с. Жаңа Семей", "Жаңа Семей а. жанындағы жуу-сұрыптау кешені",
     "р. Ертис", "Ертіс өзені"),
    ("ТОО «Үлбі Гравий»", "«Үлбі Гравий» ЖШС", "Промывочно-сортировочный комплекс «Прибрежный»", "«Жағалау» жуу-сұрыптау кешені", "р. Ертис", "Ертіс өзені"),
    ("ТОО «Іле Инертные Материалы»", "«Іле Инертті Материалдар» ЖШС", "Гравийно-сортировочный завод у с. Боралдай", "Боралдай а. жанындағы қиыршықтас-сұрыптау зауыты",
     "р. Иле", "Іле өзені"),
)  # fmt: skip
# symbol: (RU, KK, ДК at the outlet, ПДК in the river or None, (low, high) at the outlet, share of the outlet's value in the river)
PSK_PARAMS = {
    "TSS": ("Взвешенные вещества", "Қалқыма заттар", 20, None, (9, 24), 0.45),
    "pH": ("Водородный показатель (pH)", "Сутегі көрсеткіші (pH)", (6.5, 8.5), (6.5, 8.5), (7.2, 8.4), 1.0),
    "TPH": ("Нефтепродукты", "Мұнай өнімдері", 0.3, 0.05, (0.04, 0.22), 0.2),
    "Fe": ("Железо общее", "Жалпы темір", 0.3, 0.1, (0.08, 0.28), 0.35),
    "SO4": ("Сульфаты", "Сульфаттар", 500, 100, (60, 180), 0.55),
    "Cl-": ("Хлориды", "Хлоридтер", 350, 300, (25, 90), 0.8),
}


def limits_jd2(doc: Doc) -> None:
    """A gravel washing and screening plant's quarterly results at its outlet of clarified water from the settling pond and at
    the river's control section below it, side by side in one table, each place a column pair `факт | норма` with a norm of its
    own — the permit's allowed concentration (ДК) at the outlet `Вып-1`, the fishery ПДК in the river at `С-2` — the quarters as
    rows spanning the table, suspended solids with no river norm (`–`), so that the same substance meets two limits at two
    places and two media (VI: a concrete batching station's wash water after its settling tank `NT1` against QCVN
    40:2011/BTNMT column B beside the receiving canal `NM1` against QCVN 08-MT:2015/BTNMT column B1, two rounds)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jd2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(PSK)
    operator, plant, river = p[L], p[2 + L], p[4 + L]
    doc.h(g(f"Отчет о выполнении программы ПЭК за 2025 год. {operator}, {plant}", f"{operator}, {plant}. 2025 жылғы ӨЭБ бағдарламасының орындалуы туралы есеп", ""))
    doc.h(g("4.2. Мониторинг сбросов и качества воды водного объекта", "4.2. Төгінділер мен су объектісі суының сапасын мониторингілеу", ""))
    doc.p(g("Промывные воды комплекса проходят двухсекционный пруд-отстойник; 80 % осветленной воды возвращается в оборотный цикл, избыток "
            f"сбрасывается в {river} через выпуск № 1. Нормы: ДК – по экологическому разрешению, ПДК р/х – для водных объектов рыбохозяйственного "
            "значения. Единица измерения – мг/дм³ (pH – ед.).",
            "Кешеннің жуу сулары екі секциялы тұндырғыш тоған арқылы өтеді; тұндырылған судың 80 %-ы айналым цикліне қайтарылады, артығы № 1 "
            f"шығару арқылы {river}не төгіледі. Нормалар: ДК – экологиялық рұқсат бойынша, б/ш ШЖК – балық шаруашылығы маңызы бар су объектілері "
            "үшін. Өлшем бірлігі – мг/дм³ (pH – бірл.).", ""))
    rows = [[g("Показатель", "Көрсеткіш", ""),
             g("Вып-1 – выпуск осветленной воды из пруда-отстойника", "Вып-1 – тұндырғыш тоғаннан тұндырылған суды шығару", ""), None,
             g(f"С-2 – контрольный створ {river}, 500 м ниже выпуска", f"С-2 – {river}нің бақылау тұстамасы, шығарудан 500 м төмен", ""), None],
            [None, g("факт", "нақты", ""), g("ДК", "ДК", ""), g("факт", "нақты", ""), g("ПДК р/х", "Б/ш ШЖК", "")]]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)]
    for month, q_ru, q_kk in ((5, "II квартал", "II тоқсан"), (8, "III квартал", "III тоқсан")):
        day = f"{r.randint(10, 26):02d}.{month:02d}.2025"
        _span(rows, merges, g(f"{q_ru} 2025 г. (отбор {day})", f"2025 ж. {q_kk} (алынған күні {day})", ""), 5)
        for s, (n_ru, n_kk, dk, pdk, (lo, hi), share) in PSK_PARAMS.items():
            if s == "pH":
                out = round(r.uniform(lo, hi), 1)
                riv = round(r.uniform(7.4, 8.2), 1)
            else:
                out = _sig(r.uniform(lo, hi), 2)
                riv = _sig(out * share * r.uniform(0.7, 1.1), 2)
            rows.append([(n_ru, n_kk)[L], num(out, doc.lang), _norm_kz(doc, ("range" if isinstance(dk, tuple) else "max", dk)), num(riv, doc.lang),
                         _norm_kz(doc, ("range" if isinstance(pdk, tuple) else "max", pdk)) if pdk is not None else DASH])
            unit = None if s == "pH" else "mg/l"
            add(doc, limit(("symbol", s), "waste_water", dk, unit, None, "Вып-1", out))
            if pdk is not None:
                add(doc, limit(("symbol", s), "water", pdk, unit, None, "С-2", riv))
    doc.table(g("Таблица 4.2 – Результаты контроля на выпуске и в контрольном створе", "4.2-кесте – Шығарудағы және бақылау тұстамасындағы бақылау нәтижелері", ""),
              rows, merges, role="limits")
    doc.p(g("Превышений ДК на выпуске и ПДК в контрольном створе не зафиксировано; для взвешенных веществ в створе нормируется прирост к фону.",
            "Шығарудағы ДК және бақылау тұстамасындағы ШЖК асуы тіркелген жоқ; тұстамадағы қалқыма заттар үшін фонға қосылған өсім нормаланады.", ""))
    maybe_distractor(doc)


# symbol: (QCVN 40 column B, QCVN 08 column B1, unit, unit as written, (low, high) at NT1, share of NT1 in the canal)
VN_WASH = {
    "pH": ((5.5, 9), (5.5, 9), None, "-", (7.6, 8.9), 1.0),
    "TSS": (100, 50, "mg/l", "mg/L", (35, 95), 0.4),
    "COD": (150, 30, "mg/l", "mg/L", (20, 70), 0.35),
    "TPH": (10, 1, "mg/l", "mg/L", (0.6, 3.5), 0.15),
    "Fe": (5, 1.5, "mg/l", "mg/L", (0.4, 2.2), 0.45),
}


def _limits_jd2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, _, new, *_ = doc.pick(VN_PRECAST)
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG NĂM 2025 – TRẠM TRỘN BÊ TÔNG THUỘC {plant.upper()}")
    doc.p(f"Chủ cơ sở: {new}. Nước rửa xe bồn, bồn trộn được lắng qua bể lắng 3 ngăn, tuần hoàn một phần; phần dư xả ra kênh thủy lợi. Nước "
          "thải so sánh với QCVN 40:2011/BTNMT cột B, nước kênh so sánh với QCVN 08-MT:2015/BTNMT cột B1.")
    rows = [["Thông số", "Đơn vị", "NT1 – Nước thải sau bể lắng 3 ngăn, tại điểm xả ra kênh", None, "NM1 – Nước kênh tiếp nhận, hạ lưu điểm xả 100 m", None],
            [None, None, "Kết quả", "QCVN 40:2011/BTNMT (B)", "Kết quả", "QCVN 08-MT:2015/BTNMT (B1)"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)]
    for k, month in enumerate((5, 11), 1):
        _span(rows, merges, f"Đợt {k} (ngày {r.randint(5, 25):02d}/{month:02d}/2025)", 6)
        for s, (b, b1, unit, shown, (lo, hi), share) in VN_WASH.items():
            if s == "pH":
                nt, nm = round(r.uniform(lo, hi), 1), round(r.uniform(6.9, 7.8), 1)
            else:
                nt = _sig(r.uniform(lo, hi), 2)
                nm = _sig(nt * share * r.uniform(0.7, 1.1), 2)
            cell = lambda x: f"{num(x[0], 'vi')} – {num(x[1], 'vi')}" if isinstance(x, tuple) else num(x, "vi")  # noqa: E731
            rows.append([vocab.water(s, "vi"), shown, num(nt, "vi"), cell(b), num(nm, "vi"), cell(b1)])
            add(doc, limit(("symbol", s), "waste_water", b, unit, "B", "NT1", nt))
            add(doc, limit(("symbol", s), "water", b1, unit, "B1", "NM1", nm))
    doc.table("Bảng 4. Kết quả quan trắc nước thải và nước mặt", rows, merges, role="limits")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# symbol: (RU head, KK head)
MATRIX = {"pH": ("pH", "pH"), "TSS": ("Взвеш. в-ва", "Қалқыма заттар"), "TPH": ("Нефте-продукты", "Мұнай өнімдері"), "BOD5": ("БПК5", "ОБТ5"),
          "Fe": ("Железо общ.", "Жалпы темір"), "SO4": ("Сульфаты", "Сульфаттар"), "Cl-": ("Хлориды", "Хлоридтер")}
SEASON = ("ежемесячно в период работы земснаряда (май – октябрь)", "земснаряд жұмыс істейтін кезеңде ай сайын (мамыр – қазан)")


def monitoring_jd1(doc: Doc) -> None:
    """A dredging operation's ПЭК programme whose water control is a matrix: the points as rows (the background and control
    sections of the river, the spillway of the fill map, two observation wells written in one cell `Н-1, Н-2`), the parameters as
    columns under a merged header with `+` where a parameter is determined and `–` where not, the frequency last; then a plain
    table of the air at the dredger's and tug's exhausts, at the protection zone and in the village, and the soil at the fuel
    store (VI: a river sand mine's programme with `x` marks over NM1 … NM4, then the yard's air, the river sediment and a
    survey of the riverbed's cross-sections that measures no substance)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_jd1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(PITS)
    operator, deposit, river, village = p[L], p[2 + L], p[12 + L], p[14 + L]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {operator}", f"{operator}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Объект: {deposit}. Раздел 5. Операционный мониторинг и мониторинг воздействия. Знак «+» – показатель определяется, «–» – не определяется.",
            f"Объект: {deposit}. 5-бөлім. Операциялық мониторинг және әсер ету мониторингі. «+» белгісі – көрсеткіш анықталады, «–» – анықталмайды.", ""))
    keys = list(MATRIX)
    wells_fe = r.random() < 0.6
    plan = (
        (("С-1",), g(f"{river}, фоновый створ, 500 м выше работающего земснаряда", f"{river}, фондық тұстама, жұмыс істеп тұрған земснарядтан 500 м жоғары", ""),
         set(keys), "monthly", SEASON[L]),
        (("С-2",), g(f"{river}, контрольный створ, 500 м ниже работающего земснаряда", f"{river}, бақылау тұстамасы, жұмыс істеп тұрған земснарядтан 500 м төмен", ""),
         set(keys), "monthly", SEASON[L]),
        (("Вып-1",), g("водосбросной колодец карты намыва", "гидротолтыру картасының су ағызу құдығы", ""), {"pH", "TSS", "TPH"}, "monthly", g("ежемесячно", "ай сайын", "")),
        (("Н-1", "Н-2"), g("наблюдательные скважины у дамбы карт намыва", "гидротолтыру карталары бөгетінің жанындағы бақылау ұңғымалары", ""),
         {"pH", "TPH", "SO4", "Cl-"} | ({"Fe"} if wells_fe else set()), "quarterly", freq(doc, "quarterly")),
    )  # fmt: skip
    rows = [[g("Пункт наблюдения", "Бақылау пункті", ""), g("Местоположение", "Орналасқан жері", ""), g("Определяемые показатели", "Анықталатын көрсеткіштер", ""),
             *[None] * (len(keys) - 1), g("Периодичность", "Кезеңділігі", "")],
            [None, None, *(MATRIX[k][L] for k in keys), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(keys)), (0, 2 + len(keys), 1, 2 + len(keys))]
    for pts, place, have, word, said in plan:
        rows.append([", ".join(pts), place, *("+" if k in have else DASH for k in keys), said])
        doc.add("monitoring", *({"point": pt, "symbol": k, "frequency": word} for pt in pts for k in keys if k in have))
    doc.table(g("Таблица 5.1 – Мониторинг поверхностных и подземных вод", "5.1-кесте – Жерүсті және жерасты суларының мониторингі", ""), rows, merges, role="monitoring")
    air = [("0001", g("выхлопная труба дизель-генератора земснаряда", "земснаряд дизель-генераторының шығару құбыры", ""), ("0301", "0304", "0337"), "yearly",
            g("1 раз в год (в начале навигации)", "жылына 1 рет (навигация басында)", ""), True),
           ("0002", g("выхлопная труба буксира-толкача", "итергіш буксирдің шығару құбыры", ""), ("0301", "0337"), "yearly",
            g("1 раз в год (в начале навигации)", "жылына 1 рет (навигация басында)", ""), True),
           ("Т-1", g("граница СЗЗ у карт намыва, подветренная сторона", "гидротолтыру карталары жанындағы СҚА шекарасы, ық жағы", ""), ("2908", "0301", "0337"),
            "quarterly", freq(doc, "quarterly"), False),
           ("Т-2", g(f"жилая зона, {village}", f"тұрғын аймақ, {village}", ""), ("2908",), "quarterly", freq(doc, "quarterly"), False)]
    rows = [g(["№ ИЗА / точки", "Место отбора", "Контролируемые вещества", "Периодичность", "Метод"],
              ["ЛШК / нүкте №", "Сынама алу орны", "Бақыланатын заттар", "Кезеңділігі", "Әдіс"], [])]
    pairs = []
    for ident, place, codes, word, said, is_source in air:
        rows.append([ident, place, "; ".join(f"{c} – {_air(doc, c)}" for c in codes), said, g("инструментальный", "аспаптық", "")])
        key = "source_number" if is_source else "point"
        doc.add("monitoring", *({key: ident, "code": c, "frequency": word} for c in codes))
        if is_source:
            pairs += [(ident, c) for c in codes]
    rows.append(["П-1", g("почва у склада ГСМ береговой базы (0–20 см)", "жағалау базасының ЖЖМ қоймасы жанындағы топырақ (0–20 см)", ""),
                 g("нефтепродукты, свинец", "мұнай өнімдері, қорғасын", ""), g("1 раз в год (сентябрь)", "жылына 1 рет (қыркүйек)", ""),
                 g("инструментальный", "аспаптық", "")])
    doc.add("monitoring", {"point": "П-1", "symbol": "TPH", "frequency": "yearly"}, {"point": "П-1", "symbol": "Pb", "frequency": "yearly"})
    doc.table(g("Таблица 5.2 – Мониторинг атмосферного воздуха и почв", "5.2-кесте – Атмосфералық ауа мен топырақ мониторингі", ""), rows, role="monitoring")
    doc.add("sources", {"number": "0001", "type": "organized"}, {"number": "0002", "type": "organized"})
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc)


VN_MATRIX = ("pH", "TSS", "DO", "BOD5", "COD", "NH4+", "TPH", "Coliform")
VN_MATRIX_HEAD = {"pH": "pH", "TSS": "TSS", "DO": "DO", "BOD5": "BOD5", "COD": "COD", "NH4+": "Amoni", "TPH": "Dầu mỡ", "Coliform": "Coliform"}


def _monitoring_jd1_vi(doc: Doc) -> None:
    company, mine, _, _, _, _, river, _ = doc.pick(VN_MINES)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC, GIÁM SÁT MÔI TRƯỜNG TRONG GIAI ĐOẠN KHAI THÁC – {mine.upper()}")
    doc.p(f"Chủ dự án: {company}. Dấu “x” – thông số được quan trắc tại vị trí; ô để trống – không quan trắc.")
    plan = (("NM1", f"{river}, thượng lưu khu vực khai thác 500 m", set(VN_MATRIX), "quarterly"),
            ("NM2", f"{river}, hạ lưu khu vực khai thác 500 m", set(VN_MATRIX), "quarterly"),
            ("NM3", "Tại vị trí tàu hút đang hoạt động", {"pH", "TSS", "DO", "TPH"}, "monthly"),
            ("NM4", "Hố lắng nước rỉ từ bãi tập kết cát", {"pH", "TSS", "TPH"}, "semiannual"))
    rows = [["Ký hiệu", "Vị trí", "Thông số quan trắc", *[None] * (len(VN_MATRIX) - 1), "Tần suất"],
            [None, None, *(VN_MATRIX_HEAD[k] for k in VN_MATRIX), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(VN_MATRIX)), (0, 2 + len(VN_MATRIX), 1, 2 + len(VN_MATRIX))]
    for pid, place, have, word in plan:
        said = freq(doc, word) + (" trong thời gian khai thác" if word == "monthly" else "")
        rows.append([pid, place, *("x" if k in have else "" for k in VN_MATRIX), said])
        doc.add("monitoring", *({"point": pid, "symbol": k, "frequency": word} for k in VN_MATRIX if k in have))
    doc.table("Bảng 5.1. Quan trắc chất lượng nước mặt", rows, merges, role="monitoring")
    other = (("KK1 – Bãi tập kết cát, cuối hướng gió", [("code", "2902")], "Bụi tổng (TSP)", "semiannual"),
             ("KK2 – Khu dân cư gần bãi tập kết (cách 200 m)", [("code", "2902"), ("code", "0301")], "Bụi tổng (TSP), NO2", "semiannual"),
             ("TT1 – Trầm tích đáy sông tại khu vực khai thác", [("symbol", s) for s in ("As", "Cd", "Pb", "Hg")],
              ", ".join(vocab.soil(s, "vi") for s in ("As", "Cd", "Pb", "Hg")), "yearly"))
    rows = [["Vị trí, ký hiệu", "Thông số", "Tần suất"]]
    for place, keys, said, word in other:
        rows.append([place, said, freq(doc, word)])
        doc.add("monitoring", *({"point": place.split(" ")[0], kind: key, "frequency": word} for kind, key in keys))
    rows.append(["MC1 ÷ MC5 – Mặt cắt ngang lòng sông", "Đo vẽ địa hình lòng sông, diễn biến sạt lở bờ sông", "6 tháng/lần (trước và sau mùa lũ)"])
    doc.table("Bảng 5.2. Quan trắc không khí, trầm tích và giám sát lòng, bờ sông", rows, role="monitoring")
    maybe_distractor(doc)


# (code, [(sources or points, RU place, KK place, instrumental?, frequency, RU said, KK said)])
RMC_PLAN = (
    ("2908", [(("0001", "0002", "0003"), "силосы цемента № 1–3, после рукавных фильтров", "№ 1–3 цемент силостары, жеңді сүзгілерден кейін", True, "quarterly", "", ""),
              (("0004",), "аспирация бетоносмесительного узла", "бетон араластыру торабының аспирациясы", True, "quarterly", "", ""),
              (("6001", "6002"), "склады песка и щебня", "құм және қиыршық тас қоймалары", False, "quarterly", "", ""),
              (("Т-1", "Т-2"), "граница СЗЗ, 300 м (север, юг)", "СҚА шекарасы, 300 м (солтүстік, оңтүстік)", True, "monthly", "ежемесячно (апрель – октябрь)",
               "ай сайын (сәуір – қазан)")]),
    ("0301", [(("0005",), "дымовая труба котельной", "қазандықтың түтін мұржасы", True, "monthly", "ежемесячно в отопительный сезон",
               "жылыту маусымында ай сайын"),
              (("Т-1", "Т-2"), "граница СЗЗ, 300 м (север, юг)", "СҚА шекарасы, 300 м (солтүстік, оңтүстік)", True, "quarterly", "", "")]),
    ("0330", [(("0005",), "дымовая труба котельной", "қазандықтың түтін мұржасы", True, "monthly", "ежемесячно в отопительный сезон",
               "жылыту маусымында ай сайын")]),
    ("0337", [(("0005",), "дымовая труба котельной", "қазандықтың түтін мұржасы", True, "monthly", "ежемесячно в отопительный сезон",
               "жылыту маусымында ай сайын"),
              (("Т-1", "Т-2"), "граница СЗЗ, 300 м (север, юг)", "СҚА шекарасы, 300 м (солтүстік, оңтүстік)", True, "quarterly", "", "")]),
)  # fmt: skip


def monitoring_jd2(doc: Doc) -> None:
    """A ready-mix concrete plant's plan of control turned substance by substance: the substance's code and name in a first
    column merged down over the places where it is controlled, each place a list of source numbers or points in one cell
    (`0001, 0002, 0003 – силосы …`, `Т-1, Т-2 – граница СЗЗ …`), the method (instrumental or by calculation), the frequency and
    who does it, the boiler house's stack coming back under every gas (VI: a precast concrete factory's GPMT programme under
    each parameter, dust at the silos' filters and at the gate, the boiler's gases, the wash water's pH and suspended solids)."""
    if doc.lang == "vi":
        _monitoring_jd2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(RMC)
    plant, operator = p[L], p[4 + L]
    lab = g("аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана", "")
    own = g("эколог завода", "зауыт экологы", "")
    doc.h(g(f"Программа производственного экологического контроля. {plant}", f"{plant}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Оператор – {operator}. Таблица 4 составлена по загрязняющим веществам: для каждого вещества перечислены источники выбросов и точки "
            "на границе санитарно-защитной зоны, где оно контролируется.",
            f"Оператор – {operator}. 4-кесте ластаушы заттар бойынша құрылды: әр зат үшін ол бақыланатын шығарынды көздері мен "
            "санитариялық-қорғаныш аймағы шекарасындағы нүктелер көрсетілген.", ""))
    rows = [g(["Загрязняющее вещество (код, наименование)", "№ ИЗА / точка контроля", "Метод контроля", "Периодичность", "Исполнитель"],
              ["Ластаушы зат (коды, атауы)", "ЛШК / бақылау нүктесі №", "Бақылау әдісі", "Кезеңділігі", "Орындаушы"], [])]
    merges = []
    pairs, numbers = [], []
    for c, places in RMC_PLAN:
        start = len(rows)
        for idents, p_ru, p_kk, inst, word, s_ru, s_kk in places:
            said = (s_ru, s_kk)[L] or freq(doc, word)
            rows.append([f"{c} – {_air(doc, c)}" if len(rows) == start else None, f"{', '.join(idents)} – {(p_ru, p_kk)[L]}",
                         g("инструментальный", "аспаптық", "") if inst else g("расчетный", "есептік", ""), said, lab if inst else own])
            for ident in idents:
                if ident[0].isdigit():
                    doc.add("monitoring", {"source_number": ident, "code": c, "frequency": word})
                    pairs.append((ident, c))
                    if ident not in numbers:
                        numbers.append(ident)
                else:
                    doc.add("monitoring", {"point": ident, "code": c, "frequency": word})
        if len(places) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 4 – План-график контроля по загрязняющим веществам", "4-кесте – Ластаушы заттар бойынша бақылаудың жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in sorted(numbers)))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    doc.p(g("Расчетный контроль на неорганизованных источниках выполняется по фактическому расходу заполнителей за квартал.",
            "Ұйымдастырылмаған көздердегі есептік бақылау тоқсандағы толтырғыштардың нақты шығыны бойынша орындалады.", ""))
    maybe_distractor(doc)


# (label, kind, key, [(point, frequency)], standard)
VN_PLAN = (
    ("Bụi tổng (TSP)", "code", "2902", [("KT1 – Ống thải lọc bụi túi silo xi măng số 1", "semiannual"), ("KT2 – Ống thải lọc bụi túi silo xi măng số 2", "semiannual"),
                                        ("KK1 – Khu vực trạm trộn", "semiannual"), ("KK2 – Cổng nhà máy", "semiannual")], "QCVN 19:2009/BTNMT; QCVN 05:2023/BTNMT"),
    ("Lưu huỳnh đioxit (SO2)", "code", "0330", [("KT3 – Ống khói lò hơi", "quarterly")], "QCVN 19:2009/BTNMT, cột B"),
    ("Nitơ đioxit (NO2)", "code", "0301", [("KT3 – Ống khói lò hơi", "quarterly"), ("KK2 – Cổng nhà máy", "semiannual")], "QCVN 19:2009/BTNMT; QCVN 05:2023/BTNMT"),
    ("Cacbon monoxit (CO)", "code", "0337", [("KT3 – Ống khói lò hơi", "quarterly")], "QCVN 19:2009/BTNMT, cột B"),
    ("pH", "symbol", "pH", [("NT1 – Hố ga sau bể lắng nước rửa xe bồn", "quarterly")], "QCVN 40:2011/BTNMT, cột B"),
    ("Tổng chất rắn lơ lửng (TSS)", "symbol", "TSS", [("NT1 – Hố ga sau bể lắng nước rửa xe bồn", "quarterly")], "QCVN 40:2011/BTNMT, cột B"),
)  # fmt: skip


def _monitoring_jd2_vi(doc: Doc) -> None:
    plant, _, new, *_ = doc.pick(VN_PRECAST)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {new}. Chương trình được trình bày theo từng thông số; mỗi thông số liệt kê các vị trí quan trắc và tần suất tương ứng.")
    rows = [["Thông số", "Vị trí quan trắc", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    for label, kind, key, places, std in VN_PLAN:
        start = len(rows)
        for place, word in places:
            rows.append([label if len(rows) == start else None, place, freq(doc, word), std if len(rows) == start else None])
            doc.add("monitoring", {"point": place.split(" ")[0], kind: key, "frequency": word})
        if len(places) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 3, len(rows) - 1, 3)]
    doc.table("Bảng 6. Chương trình quan trắc môi trường định kỳ", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (frequency or None, RU section, KK section, [(RU check, KK check, RU who, KK who, RU record, KK record)])
WATCH = (
    (None, "Каждую вахту (смену)", "Әр вахта (ауысым) сайын", [
        ("Отсутствие подтеканий топлива и масла в машинном отделении земснаряда", "Земснарядтың машина бөлімшесінде отын мен майдың ағуының болмауы",
         "вахтенный механик", "вахталық механик", "машинный журнал", "машина журналы"),
        ("Целостность пульпопровода и плавучих понтонов, отсутствие утечек пульпы", "Пульпа құбыры мен қалқымалы понтондардың бүтіндігі, пульпаның ағуының болмауы",
         "багермейстер", "багермейстер", "вахтенный журнал", "вахта журналы")]),
    ("daily", "Ежедневно", "Күн сайын", [
        ("Нахождение земснаряда в границах горного отвода (по GPS-навигатору)", "Земснарядтың тау-кен бөлуі шекарасында болуы (GPS-навигатор бойынша)",
         "багермейстер", "багермейстер", "вахтенный журнал", "вахта журналы"),
        ("Прозрачность воды на водосбросе карты намыва (визуально)", "Гидротолтыру картасының су ағызуындағы судың мөлдірлігі (көзбен)",
         "мастер карты намыва", "гидротолтыру картасының шебері", "журнал карты намыва", "карта журналы")]),
    ("weekly", "Еженедельно", "Апта сайын", [
        ("Состояние дамб обвалования карт намыва, отметка уровня воды", "Гидротолтыру карталарының қоршау бөгеттерінің жай-күйі, су деңгейінің белгісі",
         "мастер карты намыва", "гидротолтыру картасының шебері", "журнал карты намыва", "карта журналы"),
        ("Площадка временного хранения отходов береговой базы", "Жағалау базасының қалдықтарды уақытша сақтау алаңы", "эколог участка", "учаске экологы",
         "журнал учета отходов", "қалдықтарды есепке алу журналы")]),
    ("monthly", "Ежемесячно", "Ай сайын", [
        ("Учет льяльных вод и сдача их на судно-сборщик", "Льялдық суларды есепке алу және оларды жинаушы кемеге тапсыру", "старший механик", "аға механик",
         "журнал нефтяных операций", "мұнай операциялары журналы"),
        ("Соблюдение режима водоохранной полосы (нет складирования ПГС и стоянки техники)",
         "Су қорғау белдеуі режимінің сақталуы (ҚҚҚ жиналмайды, техника тұрмайды)", "эколог участка", "учаске экологы", "акт осмотра", "тексеру актісі")]),
    (None, "Перед началом и после окончания навигации", "Навигация басталар алдында және аяқталғаннан кейін", [
        ("Корпуса и днища судов, исправность сепаратора льяльных вод", "Кемелердің корпустары мен түптері, льялдық су сепараторының жарамдылығы",
         "главный механик", "бас механик", "акт осмотра", "тексеру актісі"),
        ("Состояние берега в районе работ (размыв, обрушение бровки)", "Жұмыс ауданындағы жағаның жай-күйі (шайылу, жиектің опырылуы)",
         "главный маркшейдер", "бас маркшейдер", "маркшейдерская съемка", "маркшейдерлік түсірілім")]),
)  # fmt: skip


def inspections_jd1(doc: Doc) -> None:
    """The checks of a dredging operation's environmental control on board and ashore, grouped not by object but by how often
    they are made: the frequency stands only in rows spanning the table (`1. Каждую вахту (смену)`, `2. Ежедневно`, …, `5. Перед
    началом и после окончания навигации`), the checks under it numbered `2.1`, with the one who checks — the watch engineer,
    the dredge master, the fill map's foreman — and the log it is written into; each watch and the start and end of the
    navigation are no frequency of the contract (VI: a river sand mine's self-checks under `I. Mỗi ca khai thác` … `V. Trước và
    sau mùa mưa lũ`)."""
    if doc.lang == "vi":
        _inspections_jd1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(PITS)
    operator, deposit = p[L], p[2 + L]
    doc.h(g(f"Порядок внутренних проверок соблюдения природоохранных требований. {operator}", f"{operator}. Табиғат қорғау талаптарының сақталуын ішкі тексеру тәртібі", ""))
    doc.p(g(f"Приложение 3 к программе ПЭК ({deposit}). Проверки сгруппированы по периодичности; замечания устраняются немедленно, о нарушениях сообщается "
            "начальнику участка.",
            f"ӨЭБ бағдарламасына 3-қосымша ({deposit}). Тексерулер кезеңділігі бойынша топтастырылған; ескертулер дереу жойылады, бұзушылықтар туралы "
            "учаске бастығына хабарланады.", ""))
    rows = [g(["№", "Объект и содержание проверки", "Проверяющий", "Где фиксируется"], ["№", "Тексеру объектісі мен мазмұны", "Тексеруші", "Қайда тіркеледі"], [])]
    merges = []
    for s, (word, s_ru, s_kk, checks) in enumerate(WATCH, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 4)
        for k, (c_ru, c_kk, w_ru, w_kk, j_ru, j_kk) in enumerate(checks, 1):
            text, who = (c_ru, c_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{s}.{k}", text, who, (j_ru, j_kk)[L]])
            item = {"kind": "inspection", "text_contains": _words(text, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица П3.1 – Перечень внутренних проверок", "П3.1-кесте – Ішкі тексерулер тізбесі", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


VN_WATCH = (
    (None, "Mỗi ca khai thác", [("Vị trí tàu hút trong ranh giới khu vực được phép khai thác (thiết bị giám sát hành trình)", "Thuyền trưởng tàu hút"),
                                ("Rò rỉ dầu tại buồng máy tàu hút, sà lan", "Máy trưởng")]),
    ("daily", "Hằng ngày", [("Sổ theo dõi khối lượng cát khai thác, vận chuyển", "Quản đốc mỏ"),
                            ("Che phủ bạt, phun ẩm bãi cát khi trời nắng gió", "Trưởng bãi tập kết")]),
    ("weekly", "Hằng tuần", [("Mương thu, hố lắng nước rỉ từ bãi cát", "Trưởng bãi tập kết"),
                             ("Hệ thống phao tiêu, biển báo khu vực khai thác", "Quản đốc mỏ")]),
    ("monthly", "Hằng tháng", [("Kho chứa chất thải nguy hại tại bãi tập kết", "Cán bộ môi trường"),
                               ("Thiết bị giám sát hành trình và camera trên các tàu hút", "Phòng Kỹ thuật")]),
    (None, "Trước và sau mùa mưa lũ", [("Mốc giới khu vực khai thác và hiện trạng sạt lở bờ sông", "Giám đốc điều hành mỏ")]),
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _inspections_jd1_vi(doc: Doc) -> None:
    company, mine, *_ = doc.pick(VN_MINES)
    doc.h(f"QUY CHẾ TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG TRONG KHAI THÁC CÁT – {company.upper()}")
    doc.p(f"Áp dụng cho {mine} và bãi tập kết cát của Công ty. Các nội dung kiểm tra được nhóm theo tần suất thực hiện; kết quả ghi vào sổ nhật ký.")
    rows = [["TT", "Nội dung kiểm tra", "Người kiểm tra", "Hình thức ghi nhận"]]
    merges = []
    for s, (word, section, checks) in enumerate(VN_WATCH):
        _span(rows, merges, f"{ROMAN[s]}. {section}", 4)
        for k, (text, who) in enumerate(checks, 1):
            rows.append([f"{ROMAN[s]}.{k}", text, who, "Sổ nhật ký khai thác" if s < 2 else "Biên bản kiểm tra"])
            item = {"kind": "inspection", "text_contains": _words(text, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Phụ lục. Nội dung và tần suất tự kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


MONTHS = {"ru": ("янв.", "фев.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."),
          "kk": ("қаң.", "ақп.", "нау.", "сәу.", "мам.", "мау.", "шіл.", "там.", "қыр.", "қаз.", "қар.", "жел."),
          "vi": tuple(f"T{k}" for k in range(1, 13))}
ALL_YEAR = tuple(range(1, 13))
# (RU object, KK object, RU what, KK what, months, frequency the months make, RU who, KK who)
RMC_CHECKS = (
    ("Силосы цемента", "Цемент силостары", "рукавные фильтры: перепад давления, целостность рукавов", "жеңді сүзгілер: қысым айырмасы, жеңдердің бүтіндігі",
     ALL_YEAR, "monthly", "механик БСУ", "БАҚ механигі"),
    ("Отстойник мойки автобетоносмесителей", "Автобетонараластырғыштарды жуу тұндырғышы", "уровень шлама, возврат осветленной воды в оборот",
     "шлам деңгейі, тұндырылған суды айналымға қайтару", ALL_YEAR, "monthly", "мастер БСУ", "БАҚ шебері"),
    ("Склады заполнителей", "Толтырғыштар қоймалары", "работа системы орошения, ветрозащитные экраны", "суару жүйесінің жұмысы, желден қорғайтын экрандар",
     (3, 6, 9, 12), "quarterly", "начальник участка", "учаске бастығы"),
    ("Котельная", "Қазандық", "режим горения, состояние дымовой трубы, журнал расхода топлива", "жану режимі, түтін мұржасының жай-күйі, отын шығыны журналы",
     (1, 10), "semiannual", "главный энергетик", "бас энергетик"),
    ("Площадка накопления отходов", "Қалдықтарды жинақтау алаңы", "маркировка емкостей, сроки накопления", "ыдыстардың таңбалануы, жинақтау мерзімдері",
     (2, 5, 8, 11), "quarterly", "эколог", "эколог"),
    ("Документация ПЭК", "ӨЭБ құжаттамасы", "журналы учета, паспорта опасных отходов, отчеты", "есепке алу журналдары, қауіпті қалдықтар паспорттары, есептер",
     (6, 12), "semiannual", "эколог", "эколог"),
    ("Территория и СЗЗ", "Аумақ және СҚА", "озеленение, отсутствие несанкционированных свалок", "көгалдандыру, рұқсатсыз үйінділердің болмауы", (5,), "yearly",
     "заместитель директора", "директордың орынбасары"),
)  # fmt: skip
VN_RMC_CHECKS = (
    ("Silo xi măng và thiết bị lọc bụi túi", ALL_YEAR, "monthly", "Quản đốc trạm trộn"),
    ("Bể lắng nước rửa xe bồn, bồn trộn", ALL_YEAR, "monthly", "Quản đốc trạm trộn"),
    ("Hệ thống phun sương dập bụi bãi cát, đá", (3, 6, 9, 12), "quarterly", "Tổ trưởng bãi vật liệu"),
    ("Lò hơi và ống khói lò hơi", (4, 10), "semiannual", "Tổ cơ điện"),
    ("Kho chứa chất thải nguy hại", (2, 5, 8, 11), "quarterly", "Cán bộ môi trường"),
    ("Hồ sơ môi trường (sổ nhật ký vận hành, chứng từ chất thải nguy hại)", (6, 12), "semiannual", "Cán bộ môi trường"),
    ("Cây xanh, hàng rào và cổng ra vào", (5,), "yearly", "Phó Giám đốc"),
)


def _quarters(doc: Doc, months: tuple[int, ...]) -> list[str]:
    """The months of each quarter in which a check falls, or a dash."""
    names = MONTHS[doc.lang]
    out = []
    for q in range(4):
        inside = [names[m - 1] for m in months if q * 3 < m <= q * 3 + 3]
        out.append(", ".join(inside) if inside else ("-" if doc.lang == "vi" else DASH))
    return out


def inspections_jd2(doc: Doc) -> None:
    """A ready-mix concrete plant's annual schedule of internal checks by quarter: a column per quarter under a merged header,
    each cell naming the months of the quarter in which the check is made (`янв., фев., март` in every quarter is a monthly
    check, one month in each a quarterly one, months in two quarters a half-yearly one, a single month a yearly one) and a
    dash where none falls, no column of frequency, the one who answers last (VI: a concrete batching plant's `Quý I … Quý IV`
    with `T1, T2, T3`)."""
    g = doc.v
    if doc.lang == "vi":
        plant, _, new, *_ = doc.pick(VN_PRECAST)
        doc.h(f"KẾ HOẠCH KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {new}. Ô ghi tháng là tháng thực hiện kiểm tra trong quý.")
        rows = [["TT", "Đối tượng, nội dung kiểm tra", "Thời gian kiểm tra", None, None, None, "Người chịu trách nhiệm"],
                [None, None, "Quý I", "Quý II", "Quý III", "Quý IV", None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
        for k, (what, months, word, who) in enumerate(VN_RMC_CHECKS, 1):
            rows.append([str(k), what, *_quarters(doc, months), who])
            doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": _words(what, 4), "actor_contains": who})
        doc.table("Bảng 1. Lịch kiểm tra nội bộ năm 2026", rows, merges, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    p = doc.pick(RMC)
    plant, operator = p[L], p[4 + L]
    doc.h(g(f"График внутренних проверок природоохранной деятельности на 2026 год. {plant}", f"{plant}. Табиғат қорғау қызметін ішкі тексерудің 2026 жылға арналған кестесі", ""))
    doc.p(g(f"Утвержден директором {operator}. В графах кварталов указаны месяцы проведения проверок.",
            f"{operator} директоры бекітті. Тоқсан бағандарында тексерулер жүргізілетін айлар көрсетілген.", ""))
    rows = [g(["№", "Объект проверки", "Что проверяется", "Сроки проведения по кварталам", None, None, None, "Ответственный"],
              ["№", "Тексеру объектісі", "Не тексеріледі", "Тоқсандар бойынша өткізу мерзімдері", None, None, None, "Жауапты"], []),
            g([None, None, None, "I кв.", "II кв.", "III кв.", "IV кв.", None], [None, None, None, "I тоқс.", "II тоқс.", "III тоқс.", "IV тоқс.", None], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7)]
    for k, (o_ru, o_kk, w_ru, w_kk, months, word, p_ru, p_kk) in enumerate(RMC_CHECKS, 1):
        obj, who = (o_ru, o_kk)[L], (p_ru, p_kk)[L]
        rows.append([str(k), obj, (w_ru, w_kk)[L], *_quarters(doc, months), who])
        doc.add("obligations", {"kind": "inspection", "frequency": word, "text_contains": _words(obj, 2), "actor_contains": who})
    doc.table(g("Таблица 1 – График проверок", "1-кесте – Тексерулер кестесі", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU object, KK object), [(RU measure, KK measure, RU criterion, KK criterion, RU term, KK term, RU executor, KK executor)])
LIQUIDATION = (
    (("Русловая выработка", "Арналық қазба"), [
        ("Планировка дна выработки с засыпкой ям глубже проектной отметки", "Жобалық белгіден терең шұңқырларды толтыра отырып, қазба түбін тегістеу",
         "отклонение дна от проектной отметки не более ±0,5 м", "түбінің жобалық белгіден ауытқуы ±0,5 м-ден аспайды", "2031 г.", "2031 ж.",
         "маркшейдерская служба", "маркшейдерлік қызмет"),
        ("Демонтаж навигационных знаков и створов участка работ", "Жұмыс учаскесінің навигациялық белгілері мен тұстамаларын бөлшектеу",
         "знаки сняты, акт передан в управление водных путей", "белгілер алынды, акт су жолдары басқармасына берілді", "2031 г.", "2031 ж.",
         "капитан земснаряда", "земснаряд капитаны")]),
    (("Карты намыва", "Гидротолтыру карталары"), [
        ("Разравнивание дамб обвалования и планировка поверхности карт", "Қоршау бөгеттерін тегістеу және карталардың бетін жоспарлау",
         "уклон поверхности не более 3°, откосы не круче 1:3", "беткі еңісі 3°-тан аспайды, беткейлер 1:3-тен тік емес", "2031–2032 гг.", "2031–2032 жж.",
         "подрядчик по рекультивации", "рекультивация жөніндегі мердігер"),
        ("Нанесение почвенно-растительного слоя из бурта", "Үйіндіден топырақ-өсімдік қабатын төсеу", "толщина слоя не менее 0,2 м на всей площади",
         "қабат қалыңдығы бүкіл алаңда кемінде 0,2 м", "2032 г.", "2032 ж.", "подрядчик по рекультивации", "рекультивация жөніндегі мердігер"),
        ("Посев многолетних трав (житняк, донник)", "Көпжылдық шөптерді себу (еркекшөп, түйежоңышқа)", "проективное покрытие не менее 60 % на третий год",
         "үшінші жылы проективтік жабын кемінде 60 %", "2032–2034 гг.", "2032–2034 жж.", "подрядчик по рекультивации", "рекультивация жөніндегі мердігер")]),
    (("Береговая база и склад ГСМ", "Жағалау базасы және ЖЖМ қоймасы"), [
        ("Демонтаж резервуаров ГСМ и вывоз загрязненного грунта", "ЖЖМ резервуарларын бөлшектеу және ластанған топырақты шығару",
         "содержание нефтепродуктов в грунте не более 1 000 мг/кг", "топырақтағы мұнай өнімдерінің мөлшері 1 000 мг/кг-нан аспайды", "2031 г.", "2031 ж.",
         "главный механик", "бас механик"),
        ("Демонтаж бытовых вагончиков, мастерской и ограждения", "Тұрмыстық вагондарды, шеберхананы және қоршауды бөлшектеу",
         "площадка освобождена от строений и отходов", "алаң құрылыстар мен қалдықтардан босатылды", "2031 г.", "2031 ж.", "главный механик", "бас механик")]),
    (("Подъездные дороги", "Кірме жолдар"), [
        ("Рыхление полотна временных дорог и передача постоянной дороги акимату", "Уақытша жолдардың төсемін қопсыту және тұрақты жолды әкімдікке беру",
         "акт приема-передачи подписан", "қабылдау-беру актісіне қол қойылды", "2032 г.", "2032 ж.", "директор", "директор")]),
)  # fmt: skip


def tasks_jd1(doc: Doc) -> None:
    """The plan of liquidating the consequences of extracting sand and gravel from a riverbed deposit: the objects of the
    licence area as rows spanning the table (the riverbed working, the fill maps, the shore base, the roads), the measures
    numbered straight through under them, a column of completion criteria full of figures (`±0,5 м`, `1:3`, `не менее 60 %`,
    `1 000 мг/кг`), the term and the executor; the cost of liquidation in a table of no role after it (VI: a river sand mine's
    plan of environmental restoration, items `1.1` under Roman sections, completion criteria, the term and the unit doing
    each item)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jd1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(PITS)
    operator, deposit = p[L], p[2 + L]
    doc.h(g(f"План ликвидации последствий добычи. {deposit}", f"{deposit}. Өндіру салдарын жою жоспары", ""))
    doc.p(g(f"Недропользователь – {operator}. Раздел 7. Мероприятия по ликвидации и критерии их завершения. Ликвидация начинается после окончания срока "
            "лицензии в 2031 году; выполнение критериев подтверждается актом комиссии.",
            f"Жер қойнауын пайдаланушы – {operator}. 7-бөлім. Жою жөніндегі іс-шаралар және оларды аяқтау критерийлері. Жою 2031 жылы лицензия мерзімі "
            "аяқталғаннан кейін басталады; критерийлердің орындалуы комиссия актісімен расталады.", ""))
    rows = [g(["№", "Мероприятие по ликвидации", "Критерий завершения", "Срок", "Исполнитель"],
              ["№", "Жою жөніндегі іс-шара", "Аяқтау критерийі", "Мерзімі", "Орындаушы"], [])]
    merges = []
    n = 0
    for (o_ru, o_kk), measures in LIQUIDATION:
        _span(rows, merges, (o_ru, o_kk)[L], 5)
        for m_ru, m_kk, c_ru, c_kk, t_ru, t_kk, e_ru, e_kk in measures:
            n += 1
            text, who = (m_ru, m_kk)[L], (e_ru, e_kk)[L]
            rows.append([str(n), text, (c_ru, c_kk)[L], (t_ru, t_kk)[L], who])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(g("Таблица 7.1 – Мероприятия по ликвидации", "7.1-кесте – Жою жөніндегі іс-шаралар", ""), rows, merges, role="tasks")
    cost = [g(["Объект", "Стоимость, тыс. тенге"], ["Объект", "Құны, мың теңге"], [])]
    total = 0
    for (o_ru, o_kk), _ in LIQUIDATION:
        v = r.randint(8, 60) * 1000
        total += v
        cost.append([(o_ru, o_kk)[L], num(v, doc.lang)])
    cost.append([g("Итого", "Барлығы", ""), num(total, doc.lang)])
    doc.table(g("Таблица 7.2 – Сметная стоимость ликвидации", "7.2-кесте – Жоюдың сметалық құны", ""), cost, role="other")
    doc.p(g("Обеспечение исполнения обязательств по ликвидации – залог банковского вклада.", "Жою жөніндегі міндеттемелердің орындалуын қамтамасыз ету – банк салымының кепілі.", ""))


VN_RESTORE = (
    ("I. KHU VỰC LÒNG SÔNG KHAI THÁC", [
        ("San gạt các hố sâu cục bộ dưới đáy khu vực khai thác", "Cao độ đáy không thấp hơn cốt -12 m", "Quý I/2030", "Đội tàu của Công ty"),
        ("Tháo dỡ phao tiêu, biển báo và mốc giới khu vực khai thác", "Đã bàn giao mốc cho UBND xã", "Quý I/2030", "Phòng Kỹ thuật")]),
    ("II. BÃI TẬP KẾT CÁT", [
        ("Thu dọn cát tồn, san phẳng mặt bằng bãi tập kết", "Không còn cát tồn; mặt bằng dốc ≤ 2%", "Quý II/2030", "Tổ bãi tập kết"),
        ("Tháo dỡ trạm cân, nhà điều hành và tường rào", "Mặt bằng sạch, không còn công trình", "Quý II/2030", "Đơn vị thi công thuê ngoài"),
        ("Nạo vét hố lắng và hoàn trả mặt bằng", "Hố lắng được lấp bằng đất sạch", "Quý II/2030", "Tổ bãi tập kết")]),
    ("III. BỜ SÔNG", [
        ("Trồng cỏ vetiver gia cố bờ sông đoạn 300 m", "Tỷ lệ sống ≥ 85% sau 6 tháng", "Quý III/2030", "Đơn vị thi công thuê ngoài"),
        ("Theo dõi sạt lở bờ sông sau cải tạo trong 12 tháng", "Không phát sinh cung sạt mới", "2030 – 2031", "Phòng Kỹ thuật")]),
)


def _tasks_jd1_vi(doc: Doc) -> None:
    r = doc.rng
    company, mine, *_ = doc.pick(VN_MINES)
    doc.h(f"PHƯƠNG ÁN CẢI TẠO, PHỤC HỒI MÔI TRƯỜNG – {mine.upper()}")
    doc.p(f"Chủ dự án: {company}. Bảng 4.2 nêu các hạng mục cải tạo, phục hồi môi trường thực hiện sau khi kết thúc khai thác; tổng kinh phí "
          f"{num(r.randint(900, 2600), 'vi')} triệu đồng được ký quỹ tại Quỹ Bảo vệ môi trường của tỉnh.")
    rows = [["TT", "Hạng mục công việc", "Tiêu chí hoàn thành", "Thời gian thực hiện", "Đơn vị thực hiện"]]
    merges = []
    for s, (section, items) in enumerate(VN_RESTORE, 1):
        _span(rows, merges, section, 5)
        for k, (text, crit, term, who) in enumerate(items, 1):
            rows.append([f"{s}.{k}", text, crit, term, who])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 4.2. Kế hoạch thực hiện cải tạo, phục hồi môi trường", rows, merges, role="tasks")
    maybe_distractor(doc)


# (RU, KK, RU who, KK who, months)
GANTT = (
    ("Замена рукавов фильтров силосов цемента № 1–3", "№ 1–3 цемент силостары сүзгілерінің жеңдерін ауыстыру", "главный механик", "бас механик", (3, 4)),
    ("Устройство оборотного водоснабжения мойки автобетоносмесителей", "Автобетонараластырғыштарды жуудың айналымды сумен жабдықтауын орнату",
     "главный инженер", "бас инженер", (4, 5, 6, 7)),
    ("Установка системы орошения на складах песка и щебня", "Құм және қиыршық тас қоймаларына суару жүйесін орнату", "начальник производства",
     "өндіріс бастығы", (5, 6)),
    ("Ограждение складов заполнителей ветрозащитными экранами высотой 3 м", "Толтырғыштар қоймаларын биіктігі 3 м желден қорғайтын экрандармен қоршау",
     "начальник производства", "өндіріс бастығы", (6, 7, 8)),
    ("Разработка паспортов опасных отходов", "Қауіпті қалдықтардың паспорттарын әзірлеу", "эколог", "эколог", (2,)),
    ("Озеленение санитарно-защитной зоны (посадка 150 саженцев карагача)", "Санитариялық-қорғаныш аймағын көгалдандыру (150 қарағаш көшетін отырғызу)",
     "заместитель директора по общим вопросам", "жалпы мәселелер жөніндегі директордың орынбасары", (4, 10)),
    ("Перевод котельной с дизельного топлива на природный газ", "Қазандықты дизель отынынан табиғи газға көшіру", "главный энергетик", "бас энергетик",
     (7, 8, 9)),
)  # fmt: skip
VN_GANTT = (
    ("Thay túi lọc bụi silo xi măng số 1 và số 2", "Tổ cơ điện", (3,)),
    ("Cải tạo bể lắng 3 ngăn thành bể lắng 4 ngăn, tuần hoàn nước rửa xe bồn", "Phòng Kỹ thuật", (4, 5, 6)),
    ("Lắp đặt hệ thống phun sương dập bụi bãi cát, đá", "Quản đốc phân xưởng", (5, 6)),
    ("Xây tường bao cao 3 m quanh bãi vật liệu", "Ban Quản lý dự án", (6, 7, 8)),
    ("Ký hợp đồng thu gom, xử lý chất thải nguy hại năm 2026", "Phòng Hành chính – Nhân sự", (1,)),
    ("Trồng bổ sung cây xanh dọc hàng rào nhà máy", "Phòng Hành chính – Nhân sự", (4, 9)),
    ("Thay lò hơi đốt dầu DO bằng lò hơi điện", "Phòng Kỹ thuật", (8, 9, 10)),
)


def tasks_jd2(doc: Doc) -> None:
    """A ready-mix concrete plant's plan-schedule of nature-protection measures for 2026 drawn as a bar chart: `№ | мероприятие |
    ответственный` and then twelve narrow columns of the months in Roman figures under a merged header, `■` in the months when a
    measure is carried out and nothing else, no column of terms, the legend under the table (VI: a precast concrete factory's
    schedule with `T1` … `T12` and `x`)."""
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        plant, _, new, *_ = doc.pick(VN_PRECAST)
        doc.h(f"TIẾN ĐỘ THỰC HIỆN CÁC CÔNG TRÌNH, BIỆN PHÁP BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
        doc.p(f"Chủ cơ sở: {new}. Ô đánh dấu “x” là tháng thực hiện.")
        rows = [["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian thực hiện năm 2026", *[None] * 11],
                [None, None, None, *MONTHS["vi"]]]
        items = [(t, who, who, months) for t, who, months in VN_GANTT]
        mark = "x"
    else:
        L = _L(doc)
        p = doc.pick(RMC)
        plant, operator = p[L], p[4 + L]
        doc.h(g(f"План-график природоохранных мероприятий на 2026 год. {plant}", f"{plant}. 2026 жылға арналған табиғат қорғау іс-шараларының жоспар-кестесі", ""))
        doc.p(g(f"Утвержден директором {operator}. Финансирование – за счет собственных средств предприятия.",
                f"{operator} директоры бекітті. Қаржыландыру – кәсіпорынның өз қаражаты есебінен.", ""))
        rows = [g(["№", "Мероприятие", "Ответственный", "Месяцы 2026 года", *[None] * 11], ["№", "Іс-шара", "Жауапты", "2026 жылғы айлар", *[None] * 11], []),
                [None, None, None, *ROMAN]]
        items = [((t_ru, t_kk)[L], (w_ru, w_kk)[L], (w_ru, w_kk)[L], months) for t_ru, t_kk, w_ru, w_kk, months in GANTT]
        mark = "■"
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    for k, (text, who, key, months) in enumerate(items, 1):
        rows.append([str(k), text, who, *(mark if m in months else "" for m in ALL_YEAR)])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5 if vi else 4), "actor_contains": key})
    doc.table("Bảng 1. Tiến độ thực hiện" if vi else g("Таблица 1", "1-кесте", ""), rows, merges, role="tasks")
    doc.p("Ghi chú: x – tháng thực hiện." if vi else g("■ – период выполнения мероприятия.", "■ – іс-шараны орындау кезеңі.", ""))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JD{k}", globals()[f"{role}_jd{k}"]) for role in ROLES for k in (1, 2)]
