"""A blind held-out set (two layouts per role, `KE1` and `KE2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: natural rubber latex processing, tyre and rubber goods plants, tyre recycling and pyrolysis. Kazakhstan: a
passenger-tyre plant at Saran and a rubber goods plant in Shymkent (carbon black silos, Banbury mixers, a petrol-based
cement room, vulcanising presses, buffing), tyre recyclers, a retreader and a tyre pyrolysis plant of Aktobe oblast (an
ПЭК report's sheet of general data, the oblast's register of operators recovering used tyres, an ЭРА table of emission
parameters, a pyrolysis plant's emissions by construction and operation grouped by substance, the КЭР's limits of
accumulating wastes, a characterisation of wastes with the level of hazard in words, a laboratory's air protocol at the
protection zone, a soil protocol at a tyre yard, a matrix of source control, a sampling calendar by months, a schedule
of checks of gas-cleaning units, a programme of internal audits, a plan of environmental measures by the Code's model
list and a plan of carrying out an inspector's order). Vietnam: latex and SVR processing plants of Đồng Nai and Tây Ninh
after the merger of provinces, a radial tyre plant in the Phước Đông park and a tyre pyrolysis shop in a craft village
of Bắc Ninh (a GPMT application's sheet of general data, a province's list of rubber processors, an ĐTM's loads after
treatment, odour loads of a latex plant's waste-water works, an annual report's wastes with units in the cells, a tyre
plant's wastes marked NH and TT, effluent against QCVN 01-MT:2015/BTNMT with C and Cmax, a pyrolysis stack's trial run
against QCVN 19 and QCVN 20, a monitoring matrix of crosses, periodic and automatic monitoring side by side, checks of a
waste-water works by two people, a self-inspection list under legal bases, a plan of remedying an inspection's findings
and a roadmap of moving a pyrolysis shop into an industrial cluster).

Facility: an ПЭК report's sheet of general data written as a grid of label–value pairs, two pairs a row, under section rows,
the coordinates in degrees, minutes and seconds with the hemisphere words, the postal index, phone, area, staff, altitude
and protection zone as look-alikes, the products with tyre sizes and standards' numbers in a table of no role (VI: a latex
plant's GPMT application, VN-2000 metres beside the WGS-84 degrees, `Nhóm I`) (KE1); the oblast's register of operators
recovering used tyres, four facilities in rows, the BIN inside the operator's cell in brackets, latitude and longitude as
sub-columns under a merged header, a row whose coordinates are `не определены`, R-codes of operations and notification
numbers as look-alikes, a summary in a table of no role (VI: a province's list of rubber processors with VN-2000
coordinates only) (KE2).

Emissions: an ЭРА table of the parameters of emission sources for a tyre plant — three header rows with merged cells and a
row of column numbers, the source's shop, name, hours, number, height, diameter, gas velocity, volume, temperature, map
coordinates and gas-cleaning unit merged down over its substances, the concentration in mg/Nm³ between the grams a second
and the tonnes a year, section rows of the plant's areas (VI: a tyre plant's ĐTM loads by emission factor, the load before
treatment and the treatment efficiency before the load emitted in g/s and t/year) (KE1); a pyrolysis plant's emissions of
construction and operation in one table, grouped by substance with the code, name, ПДК and class merged down over the
sources, units in a row of their own, `т/период` explained in a footnote, a subtotal for each period, the sources named
only in the footnote's legend (VI: odour loads of a latex plant's waste-water works with H2S, NH3 and methyl mercaptan as
column pairs of g/s and t/year, section rows, dashes and a total row) (KE2).

Wastes: a tyre plant's limits of accumulating wastes annexed to its КЭР, hazardous and non-hazardous section rows with
subtotals, the amount formed beside the limit of accumulation and the months of storage, one code on two wastes (VI: a
latex plant's annual report with the amount and its unit together in the cells, kilograms and tonnes mixed, the receivers'
licence numbers as look-alikes) (KE1); a pyrolysis plant's characterisation of wastes with the codes written without an
asterisk and the level of hazard in words, a mirror entry judged non-hazardous, the products of pyrolysis in a table of no
role (VI: a tyre plant's wastes marked `NH` and `TT`, codes only for the hazardous ones, subtotals and a grand total) (KE2).

Limits: an accredited laboratory's protocol of ambient air at the protection zone's points in the long form — point and
time of sampling merged down over the substances, the method's document, the result with its uncertainty `0,021 ± 0,005`
or `< 0,025` below the range (no measured value), ПДК м.р., the ratio — and the weather in a table of no role (VI: a latex plant's effluent
against QCVN 01-MT:2015/BTNMT column A with both C and Cmax = C × Kq × Kf, the methods' numbers as look-alikes, the flow
without a limit) (KE1); a soil protocol at a tyre recycling yard, three points as columns each with two depths as
sub-columns, the soil ПДК in the last column, soil pH and oil products without a ПДК (VI: a pyrolysis stack's trial run
in three rounds as rows, the parameters as columns with a units row, flow, temperature and O2 without limits, rows of
QCVN 19 column B, of Cmax with Kv = 1,2 and of QCVN 20) (KE2).

Monitoring: a tyre plant's matrix of source control, the sources as rows and the substances as columns under a row of
codes and a row of names, each cell a frequency `1 раз/кв.` or a dash, then the waste water's control wells (VI: a tyre
plant's matrix of crosses with the frequency in the last column, one stack continuous) (KE1); a recycling and pyrolysis
plant's sampling calendar for 2026 with months I–XII marked `+` and the number of samplings a year, one row naming four
points of the protection zone, observation wells (VI: a latex plant's programme with periodic and automatic monitoring of
the same point side by side, VN-2000 coordinates, a stack not subject to automatic monitoring) (KE2).

Inspections: a tyre plant's schedule of checks of its gas-cleaning units, each unit with its passport number and its
source, the mechanic's inspection and the laboratory's test of efficiency as two frequency columns named by who checks,
the design efficiency in per cent as a look-alike (VI: a latex plant's checks of its waste-water works by the operator and
the environmental officer, form numbers as look-alikes) (KE1); a pyrolysis plant's programme of internal audits under
СТ РК ISO 14001-2016, audit codes and the standard's clauses as look-alikes, the auditors in a table of no role (VI: a
tyre plant's self-inspection list under section rows with the legal basis of each check) (KE2).

Tasks: a tyre plant's plan of environmental measures in the form of the Code's model list, money by years under a merged
header, start and end, the model list's item beside the plan's own number, the effect in tonnes a year (VI: a latex plant's
plan of remedying the findings of an inspection, the finding beside the measure) (KE1); a pyrolysis plant's plan of
carrying out an order of the Department of Ecology, the order's clause numbers out of order beside the plan's numbers,
articles of the Code in the findings (VI: a pyrolysis shop's roadmap of moving into an industrial cluster, item codes
`HM-01` beside the numbers, phases as section rows) (KE2).
"""

from __future__ import annotations

from .common import Doc, distractor, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _g(doc: Doc):
    """`g(ru, kk)`: the text of a Russian or a Kazakh document."""
    k = 0 if doc.lang == "ru" else 1
    return lambda ru, kk: (ru, kk)[k]


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _head(text: str, n: int = 3) -> str:
    return " ".join(text.split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _stype(number: str) -> str:
    return "unorganized" if number[0] in "6789" else "organized"


def _dms(doc: Doc, d: int, m: int, s10: int, lat: bool) -> tuple[str, float]:
    """`49°47'26,3" с.ш.` and its decimal degrees."""
    hemi = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("N", "E")}[doc.lang][0 if lat else 1]
    text = f"{d}°{m:02d}'{s10 // 10:02d},{s10 % 10}\" {hemi}"
    return text, round(d + m / 60 + s10 / 36000, 6)


# code: (RU, KK, VI, hazard class) — names of the list in force; VI empty where Vietnamese papers do not name it
SUB = {
    "0123": ("Железо (II, III) оксиды (в пересчете на железо)", "Темір оксидтері", "", 3),
    "0143": ("Марганец и его соединения (в пересчете на марганца (IV) оксид)", "Марганец және оның қосылыстары", "", 2),
    "0207": ("Цинк оксид (в пересчете на цинк)", "Мырыш оксиді", "", 3),
    "0301": ("Азота (IV) диоксид (Азота диоксид)", "Азот диоксиді", "NOx (tính theo NO2)", 2),
    "0303": ("Аммиак", "Аммиак", "Amoniac (NH3)", 4),
    "0304": ("Азот (II) оксид (Азота оксид)", "Азот оксиді", "", 3),
    "0328": ("Углерод (Сажа, Углерод черный)", "Көміртек (күйе)", "", 3),
    "0330": ("Сера диоксид (Ангидрид сернистый)", "Күкірт диоксиді", "SO2", 3),
    "0333": ("Сероводород (Дигидросульфид)", "Күкіртсутек", "Hydro sunfua (H2S)", 2),
    "0337": ("Углерод оксид (Окись углерода)", "Көміртек оксиді", "CO", 4),
    "0415": ("Смесь углеводородов предельных С1-С5", "Шекті көмірсутектер қоспасы С1-С5", "", 4),
    "0416": ("Смесь углеводородов предельных С6-С10", "Шекті көмірсутектер қоспасы С6-С10", "", 3),
    "0503": ("Бута-1,3-диен (Дивинил)", "Бута-1,3-диен (дивинил)", "", 4),
    "0602": ("Бензол", "Бензол", "Benzen", 2),
    "0616": ("Диметилбензол (Ксилол)", "Диметилбензол (ксилол)", "Xylen", 3),
    "0620": ("Винилбензол (Стирол)", "Стирол", "Styren", 2),
    "0621": ("Метилбензол (Толуол)", "Метилбензол (толуол)", "Toluen", 3),
    "0703": ("Бенз/а/пирен (3,4-Бензпирен)", "Бенз(а)пирен", "Benzo(a)pyren", 1),
    "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)", "Metyl mercaptan (CH3SH)", 4),
    "2704": ("Бензин (нефтяной, малосернистый) (в пересчете на углерод)", "Бензин", "", 4),
    "2732": ("Керосин", "Керосин", "", None),
    "2752": ("Уайт-спирит", "Уайт-спирит", "", None),
    "2754": ("Алканы С12-19 (в пересчете на С)", "Алкандар С12-19", "", 4),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", "", 3),
    "2978": ("Пыль тонко измельченного резинового вулканизата", "Пыль тонко измельченного резинового вулканизата", "", None),
}
# code: (figure mg/m3, what it is: `mr` ПДК м.р., `ss` ПДК с.с. where no м.р. is set, `obuv` ОБУВ)
PDK = {
    "0123": (0.04, "ss"), "0143": (0.01, "mr"), "0301": (0.2, "mr"), "0304": (0.4, "mr"), "0328": (0.15, "mr"), "0330": (0.5, "mr"),
    "0333": (0.008, "mr"), "0337": (5, "mr"), "0415": (200, "mr"), "0416": (50, "mr"), "0602": (0.3, "mr"), "0616": (0.2, "mr"),
    "0620": (0.04, "mr"), "0703": (0.000001, "ss"), "2732": (1.2, "obuv"), "2752": (1, "obuv"), "2908": (0.3, "mr"), "2978": (0.1, "obuv"),
}


def _sub(doc: Doc, code: str) -> str:
    return SUB[code][{"ru": 0, "kk": 1, "vi": 2}[doc.lang]]


# ---------------------------------------------------------------- facility

# (RU, KK name, key, RU, KK operator, RU, KK address, RU, KK legal address, OKED, RU, KK OKED words, KATO prefix,
#  (lat d, m, s10 range), (lon d, m, s10 range), category, RU, KK capacity, protection zone m, (RU, KK products))
RUBBER_PLANTS = (
    ("Шинный завод «Сарань»", "«Сарань» шина зауыты", "Сарань", "ТОО «Сарань Шина Индастри»", "«Сарань Шина Индастри» ЖШС",
     "Карагандинская область, г. Сарань, Промышленная зона, ул. Шинная, 1", "Қарағанды облысы, Саран қ., Өнеркәсіптік аймақ, Шина к-сі, 1",
     "100500, Карагандинская область, г. Сарань, ул. Жамбыла, 62", "100500, Қарағанды облысы, Саран қ., Жамбыл к-сі, 62",
     "22110", "Производство резиновых шин, покрышек и камер", "Резеңке шиналар, қақпақшалар мен камералар өндірісі", "3528",
     (49, 47, (100, 500)), (72, 51, (20, 580)), "I", "3 500 тыс. шин в год", "жылына 3 500 мың шина", 1000,
     (("185/65 R15 88H", "ГОСТ 4754-97"), ("205/55 R16 91V", "ГОСТ 4754-97"), ("215/65 R16C 109/107R", "ГОСТ 4754-97"),
      ("11.00 R20 150/146K", "ГОСТ 5513-97"))),
    ("Завод резинотехнических изделий «Тассай»", "«Тассай» резеңке-техникалық бұйымдар зауыты", "Тассай", "ТОО «Шымкент Резинотехника»",
     "«Шымкент Резинотехника» ЖШС", "г. Шымкент, Абайский район, промзона «Тассай», ул. Капал батыра, 15",
     "Шымкент қ., Абай ауданы, «Тассай» өнеркәсіптік аймағы, Қапал батыр к-сі, 15", "160000, г. Шымкент, пр. Тауке хана, 37, офис 204",
     "160000, Шымкент қ., Тәуке хан даңғ., 37, 204-кеңсе", "22190", "Производство прочих резиновых изделий", "Өзге де резеңке бұйымдар өндірісі",
     "7910", (42, 21, (30, 560)), (69, 41, (40, 520)), "II", "4 200 т резинотехнических изделий в год", "жылына 4 200 т резеңке-техникалық бұйым", 500,
     (("Рукава резиновые напорные с текстильным каркасом", "ГОСТ 18698-79"), ("Ремни приводные клиновые", "ГОСТ 1284.1-89"),
      ("Пластины резиновые техническое", "ГОСТ 7338-90"))),
)  # fmt: skip


def facility_ke1(doc: Doc) -> None:
    """An ПЭК report's sheet of general data as a grid of label–value pairs, two pairs a row, under section rows: the
    operator and its BIN beside the legal address with the postal index and a phone; the object, its category (the label
    citing the Code's article), OKED and KATO, address and area, the coordinates in degrees, minutes and seconds beside the
    altitude, the capacity beside the staff, the КЭР beside the protection zone; the products with tyre sizes, load and
    speed indices and standards' numbers in a table of no role (VI: a latex and SVR plant's sheet in a GPMT application,
    VN-2000 metres beside the WGS-84 degrees, `Nhóm I`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ke1_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    p = doc.pick(RUBBER_PLANTS)
    bin_ = make_bin(r)
    kato = f"{p[12]}{r.randint(10, 99)}{r.choice(('000', '100'))}"
    (ad, am, (alo, ahi)), (od, om, (olo, ohi)) = p[13], p[14]
    lat_t, lat = _dms(doc, ad, am, r.randint(alo, ahi), True)
    lon_t, lon = _dms(doc, od, om, r.randint(olo, ohi), False)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g(f"Отчет по программе производственного экологического контроля за 2025 год. {p[3]}",
            f"{p[4]}. 2025 жылға арналған өндірістік экологиялық бақылау бағдарламасы бойынша есеп"))
    doc.p(g("Раздел 1. Общие сведения о предприятии и объекте. Сведения приведены по состоянию на 31 декабря 2025 года.",
            "1-бөлім. Кәсіпорын мен объект туралы жалпы мәліметтер. Мәліметтер 2025 жылғы 31 желтоқсандағы жағдай бойынша келтірілген."))
    rows, merges = [], []
    _span(rows, merges, g("Реквизиты оператора", "Оператордың деректемелері"), 4)
    rows += [[g("Оператор", "Оператор"), p[3 + k], g("БИН", "БСН"), bin_],
             [g("Юридический адрес", "Заңды мекенжайы"), p[7 + k], g("Телефон / факс", "Телефон / факс"),
              f"+7 ({r.choice(('72137', '7252'))}) {r.randint(2, 9)}-{r.randint(10, 99)}-{r.randint(10, 99)}"]]
    _span(rows, merges, g("Сведения об объекте", "Объект туралы мәліметтер"), 4)
    rows += [[g("Наименование объекта", "Объектінің атауы"), p[k], g("Категория объекта (ст. 12 ЭК РК)", "Объект санаты (ҚР ЭК 12-бабы)"), p[15]],
             [g("Вид деятельности по ОКЭД", "ЭҚЖЖ бойынша қызмет түрі"), f"{p[9]} – {p[10 + k]}", g("Код КАТО", "ҚАТО коды"), kato],
             [g("Фактический адрес", "Нақты мекенжайы"), p[5 + k], g("Площадь территории, га", "Аумағының ауданы, га"),
              num(round(r.uniform(18, 46), 1), doc.lang)],
             [g("Географические координаты (центр площадки)", "Географиялық координаттары (алаң орталығы)"), f"{lat_t}; {lon_t}",
              g("Абсолютная отметка, м", "Абсолюттік белгі, м"), str(r.randint(420, 560))],
             [g("Проектная мощность", "Жобалық қуаты"), p[16 + k], g("Численность персонала, чел.", "Персонал саны, адам"), num(r.randint(380, 1400), doc.lang)],
             [g("Комплексное экологическое разрешение", "Кешенді экологиялық рұқсат"),
              g(f"№ {permit} от {r.randint(1, 28):02d}.03.2024", f"2024 ж. {r.randint(1, 28):02d}.03. № {permit}"),
              g("Размер СЗЗ, м", "СҚА мөлшері, м"), num(p[18], doc.lang)]]
    doc.table(g("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер"), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": p[2], "kato": kato, "oked": p[9], "category": p[15], "lat": lat, "lon": lon})
    out = [g(["Продукция (типоразмер)", "Нормативный документ", "Выпуск в 2025 г.", "Доля, %"],
             ["Өнім (типтік өлшемі)", "Нормативтік құжат", "2025 ж. шығарылды", "Үлесі, %"])]
    shares = [r.randint(15, 40) for _ in p[19]]
    tyres = p[2] == "Сарань"
    for (item, std), share in zip(p[19], shares, strict=True):
        amount = num(r.randint(40, 900) * (1000 if tyres else 1), doc.lang)
        out.append([item, std, f"{amount} {g('шт.', 'дана') if tyres else 'т'}", num(round(100 * share / sum(shares)), doc.lang)])
    doc.table(g("Таблица 1.2 – Основная продукция", "1.2-кесте – Негізгі өнім"), out, role="other")


# (name, key, company, address, lat (d, m, s10 range), lon (d, m, s10 range), X, Y, capacity, group, permit)
VN_LATEX_PLANTS = (
    ("Nhà máy chế biến mủ cao su Lộc Thịnh", "Lộc Thịnh", "Công ty TNHH MTV Cao su Lộc Thịnh",
     "ấp Hưng Thịnh, xã Lộc Thịnh, tỉnh Đồng Nai (trước ngày 01/7/2025: xã Lộc Thịnh, huyện Lộc Ninh, tỉnh Bình Phước)",
     (11, 46, (50, 590)), (106, 35, (20, 580)), 1303512, 565870, "SVR 3L, SVR 10: 9.000 tấn/năm; latex ly tâm 60% DRC: 3.000 tấn/năm", "I"),
    ("Nhà máy chế biến cao su Thanh An", "Thanh An", "Công ty Cổ phần Cao su Thanh An",
     "ấp Bến Súc, xã Thanh An, Thành phố Hồ Chí Minh (trước ngày 01/7/2025: huyện Dầu Tiếng, tỉnh Bình Dương)",
     (11, 10, (40, 580)), (106, 28, (30, 560)), 1237845, 551930, "SVR CV50, SVR CV60: 6.500 tấn/năm", "II"),
)  # fmt: skip


def _facility_ke1_vi(doc: Doc) -> None:
    r = doc.rng
    p = doc.pick(VN_LATEX_PLANTS)
    msdn = make_msdn(r)
    (ad, am, (alo, ahi)), (od, om, (olo, ohi)) = p[4], p[5]
    lat_t, lat = _dms(doc, ad, am, r.randint(alo, ahi), True)
    lon_t, lon = _dms(doc, od, om, r.randint(olo, ohi), False)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ “{p[0].upper()}”")
    doc.p("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ. Cơ sở thuộc loại hình sơ chế cao su thiên nhiên – loại hình có nguy cơ gây ô nhiễm môi trường "
          "theo Phụ lục II Nghị định số 08/2022/NĐ-CP.")
    rows, merges = [], []
    _span(rows, merges, "1. Tên chủ cơ sở", 4)
    rows += [["Chủ cơ sở", p[2], "Mã số doanh nghiệp", msdn],
             ["Người đại diện theo pháp luật", f"Ông {doc.pick(('Nguyễn Văn Lộc', 'Trần Minh Hiếu', 'Điểu Văn Thanh'))} – Tổng Giám đốc",
              "Điện thoại", f"0271 {r.randint(3800, 3899)} {r.randint(100, 999)}"]]
    _span(rows, merges, "2. Tên cơ sở", 4)
    rows += [["Tên cơ sở", p[0], "Loại hình", "Sơ chế cao su thiên nhiên"],
             ["Địa điểm", p[3], "Diện tích khu đất", f"{num(round(r.uniform(4.2, 9.6), 2), 'vi')} ha"],
             ["Tọa độ tâm nhà máy (WGS-84)", f"{lat_t}; {lon_t}", "Tọa độ VN-2000 (KTT 106°15', múi chiếu 3°)",
              f"X = {num(p[6] + r.randint(-200, 200), 'vi')} m; Y = {num(p[7] + r.randint(-200, 200), 'vi')} m"],
             ["Công suất", p[8], "Phân nhóm (Phụ lục III – V Nghị định 08/2022/NĐ-CP)", f"Nhóm {p[9]}"],
             ["Quyết định phê duyệt ĐTM", f"Số {r.randint(100, 2400)}/QĐ-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2012",
              "Số lao động", f"{r.randint(90, 260)} người"]]
    doc.table("Bảng 1.1. Thông tin chung về chủ cơ sở và cơ sở", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": p[1], "category": p[9], "lat": lat, "lon": lon})
    doc.table("Bảng 1.2. Sản phẩm của cơ sở", [
        ["TT", "Sản phẩm", "Tiêu chuẩn áp dụng", "Sản lượng năm 2024 (tấn)"],
        ["1", "Cao su SVR 3L", "TCVN 3769:2016", num(r.randint(3000, 5200), "vi")],
        ["2", "Cao su SVR 10", "TCVN 3769:2016", num(r.randint(1200, 2600), "vi")],
        ["3", "Latex ly tâm HA 60% DRC", "TCVN 6314:2013", num(r.randint(1500, 2900), "vi")],
    ], role="other")
    maybe_distractor(doc, 0.3)


# (RU, KK operator, key, RU, KK object, RU, KK place, KATO prefix, lat, lon or None, operation, capacity t/y, category)
TYRE_REGISTER = (
    ("ТОО «Ақтөбе Эко Резина»", "«Ақтөбе Эко Резина» ЖШС", "Эко Резина", "Цех переработки изношенных шин в резиновую крошку",
     "Тозған шиналарды резеңке үгіндісіне қайта өңдеу цехы", "г. Актобе, промзона, ул. 101 Стрелковой бригады, 12/3",
     "Ақтөбе қ., өнеркәсіптік аймақ, 101 атқыштар бригадасы к-сі, 12/3", "1510", 50.2563, 57.1702, "R3", 6000, "II"),
    ("ТОО «ШинРесурс Батыс»", "«ШинРесурс Батыс» ЖШС", "ШинРесурс", "Установка пиролиза изношенных шин", "Тозған шиналарды пиролиздеу қондырғысы",
     "Мартукский район, Хазретовский с.о., участок 7", "Мәртөк ауданы, Хазірет а.о., 7-учаске", "1536", 50.4118, 56.8251, "R1, R3", 4800, "I"),
    ("ТОО «Жасыл Дала Рециклинг»", "«Жасыл Дала Рециклинг» ЖШС", "Жасыл Дала", "Площадка приема, сортировки и временного хранения изношенных шин",
     "Тозған шиналарды қабылдау, сұрыптау және уақытша сақтау алаңы", "г. Актобе, район Астана, ул. Промышленная, 44",
     "Ақтөбе қ., Астана ауданы, Өнеркәсіп к-сі, 44", "1510", None, None, "R13", 2500, "III"),
    ("ТОО «Хромтау Резина Сервис»", "«Хромтау Резина Сервис» ЖШС", "Хромтау", "Участок восстановления шин карьерных самосвалов",
     "Карьерлік өзі аударғыштар шиналарын қалпына келтіру учаскесі", "г. Хромтау, ул. Горняков, 3", "Хромтау қ., Кеншілер к-сі, 3",
     "1552", 50.2530, 58.4440, "R3", 900, "III"),
)  # fmt: skip


def facility_ke2(doc: Doc) -> None:
    """The oblast's register of operators recovering used tyres: four facilities in rows, the operator's name with its BIN in
    brackets in one cell, the object, its place, KATO, latitude and longitude as sub-columns under a merged header (one row
    `не определены` across both), the R-code of the operation, capacity in tonnes, category and the notification's number
    and date as look-alikes; a summary of the register in a table of no role (VI: a province's list of latex, crepe and
    tyre plants with the enterprise number in a column, VN-2000 metres only, capacity in words and units, `Nhóm`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ke2_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    doc.h(g("Реестр субъектов, осуществляющих операции по восстановлению изношенных шин на территории Актюбинской области",
            "Ақтөбе облысының аумағында тозған шиналарды қалпына келтіру операцияларын жүзеге асыратын субъектілердің тізілімі"))
    doc.p(g("Ведется ГУ «Управление природных ресурсов и регулирования природопользования Актюбинской области». По состоянию на 01.01.2026.",
            "«Ақтөбе облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ жүргізеді. 01.01.2026 жағдай бойынша."))
    rows = [g(["№", "Наименование субъекта (БИН)", "Объект", "Местонахождение", "КАТО", "Координаты объекта", None, "Код операции",
               "Мощность, т/год", "Категория объекта", "Уведомление (№, дата)"],
              ["№", "Субъектінің атауы (БСН)", "Объект", "Орналасқан жері", "ҚАТО", "Объектінің координаттары", None, "Операция коды",
               "Қуаты, т/жыл", "Объект санаты", "Хабарлама (№, күні)"]),
            [None] * 5 + g(["с.ш.", "в.д."], ["с.е.", "ш.б."]) + [None] * 4]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7, 8, 9, 10)] + [(0, 5, 0, 6)]
    for n, t in enumerate(TYRE_REGISTER, 1):
        bin_ = make_bin(r)
        kato = f"{t[7]}{r.randint(10, 99)}{r.choice(('000', '100'))}"
        notice = f"KZ{r.randint(10, 99)}UUT{r.randint(10**7, 10**8 - 1):08d}, {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2022, 2023, 2024))}"
        item = {"bin": bin_, "name_contains": t[2], "kato": kato, "category": t[12]}
        if t[8] is None:
            coords = [g("не определены", "анықталмаған"), None]
            merges.append((len(rows), 5, len(rows), 6))
        else:
            lat, lon = round(t[8] + r.uniform(-0.003, 0.003), 5), round(t[9] + r.uniform(-0.003, 0.003), 5)
            coords = [num(lat, doc.lang, group=False), num(lon, doc.lang, group=False)]
            item.update(lat=lat, lon=lon)
        rows.append([str(n), f"{t[k]} ({g('БИН', 'БСН')} {bin_})", t[3 + k], t[5 + k], kato, *coords, t[10],
                     num(t[11], doc.lang), t[12], notice])
        doc.add("facilities", item)
    doc.table(None, rows, merges, role="facility")
    doc.p(g("Коды операций – по приложению 2 к Экологическому кодексу Республики Казахстан; категория объекта – по приложению 2 к Кодексу "
            "(разделы 1–3).",
            "Операция кодтары – Қазақстан Республикасы Экология кодексінің 2-қосымшасы бойынша; объект санаты – Кодекстің 2-қосымшасы "
            "бойынша (1–3-бөлімдер)."))
    total = sum(t[11] for t in TYRE_REGISTER)
    doc.table(g("Сводные показатели", "Жиынтық көрсеткіштер"), [
        g(["Показатель", "Значение"], ["Көрсеткіш", "Мәні"]),
        [g("Субъектов в реестре", "Тізілімдегі субъектілер"), str(len(TYRE_REGISTER))],
        [g("Суммарная мощность, т/год", "Жиынтық қуаты, т/жыл"), num(total, doc.lang)],
        [g("Образовалось изношенных шин в области в 2025 г. (оценка), т", "2025 ж. облыста түзілген тозған шиналар (бағалау), т"),
         num(r.randint(150, 210) * 100, doc.lang)],
    ], role="other")


# (name, key, owner, address, X, Y, capacity, products, group)
VN_RUBBER_LIST = (
    ("Nhà máy chế biến mủ cao su Bến Củi", "Bến Củi", "Công ty TNHH MTV Cao su Bến Củi", "xã Bến Củi, tỉnh Tây Ninh", 1267420, 579310,
     "6.000 tấn/năm", "SVR 3L, SVR 10", "II"),
    ("Nhà máy sản xuất lốp xe radial Phước Đông", "Phước Đông", "Công ty TNHH Lốp xe Phước Đông Việt Nam",
     "Khu công nghiệp Phước Đông, xã Phước Đông, tỉnh Tây Ninh", 1230815, 586240, "9.500.000 lốp/năm", "Lốp radial ô tô con, xe tải nhẹ", "I"),
    ("Xưởng sơ chế mủ tạp Tân Hòa", "Tân Hòa", "Hợp tác xã Cao su Tân Hòa", "xã Tân Hòa, tỉnh Tây Ninh", 1289050, 612770, "1.200 tấn/năm",
     "Crếp từ mủ tạp", "III"),
    ("Nhà máy chế biến latex Trảng Bàng", "Trảng Bàng", "Công ty Cổ phần Latex Trảng Bàng", "Khu công nghiệp Trảng Bàng, phường Trảng Bàng, tỉnh Tây Ninh",
     1221770, 590115, "15.000 tấn latex/năm", "Latex ly tâm HA, LA 60% DRC", "I"),
)  # fmt: skip


def _facility_ke2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("DANH SÁCH CƠ SỞ CHẾ BIẾN CAO SU, SẢN XUẤT SẢN PHẨM CAO SU TRÊN ĐỊA BÀN TỈNH TÂY NINH")
    doc.p("(Kèm theo Công văn số 1875/SNNMT-MT ngày 16/9/2025 của Sở Nông nghiệp và Môi trường về việc rà soát các cơ sở có nguy cơ gây ô nhiễm "
          "môi trường.) Tọa độ theo hệ VN-2000, kinh tuyến trục 105°30', múi chiếu 3°.")
    rows = [["TT", "Tên cơ sở", "Chủ cơ sở", "Mã số doanh nghiệp", "Địa chỉ", "Tọa độ (VN-2000)", None, "Công suất thiết kế", "Sản phẩm", "Phân nhóm",
             "Giấy phép môi trường"],
            [None, None, None, None, None, "X (m)", "Y (m)", None, None, None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7, 8, 9, 10)] + [(0, 5, 0, 6)]
    for n, t in enumerate(VN_RUBBER_LIST, 1):
        msdn = make_msdn(r)
        gp = f"Số {r.randint(10, 480)}/GP-{doc.pick(('UBND', 'BQLKKT'))} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.choice((2023, 2024, 2025))}"
        rows.append([str(n), t[0], t[2], msdn, t[3], num(t[4] + r.randint(-150, 150), "vi"), num(t[5] + r.randint(-150, 150), "vi"), t[6], t[7],
                     f"Nhóm {t[8]}", gp])
        doc.add("facilities", {"bin": msdn, "name_contains": t[1], "category": t[8]})
    doc.table("Phụ lục. Danh sách cơ sở", rows, merges, role="facility")
    maybe_distractor(doc, 0.4)


# ---------------------------------------------------------------- emissions

# ((RU, KK area), [(number, RU, KK source, hours, height, diameter, (low, high) m3/s, temperature, (RU, KK unit), {code: (low, high) g/s})])
TYRE_SOURCES = (
    (("Площадка 1. Подготовительное производство", "1-алаң. Дайындау өндірісі"), [
        ("0001", "Склад технического углерода: силосы, пневмотранспорт", "Техникалық көміртек қоймасы: силостар, пневмокөлік", 8400, 24, 0.5,
         (2.1, 2.8), 25, ("Рукавный фильтр ФРИ-360", "ФРИ-360 жеңді сүзгісі"), {"0328": (0.02, 0.08)}),
        ("0002", "Резиносмесители GK-270 (2 ед.)", "GK-270 резеңке араластырғыштары (2 бірл.)", 7800, 32, 0.8, (6.5, 8.5), 40,
         ("Рукавный фильтр ФРКИ-180", "ФРКИ-180 жеңді сүзгісі"), {"0328": (0.03, 0.1), "0207": (0.005, 0.02), "2754": (0.04, 0.15)}),
        ("0003", "Клеевое отделение (приготовление клея на бензине)", "Желім бөлімшесі (бензиндегі желімді дайындау)", 4000, 18, 0.4,
         (1.2, 1.8), 22, ("—", "—"), {"2704": (0.15, 0.6)})]),
    (("Площадка 2. Сборочно-вулканизационное производство", "2-алаң. Құрастыру-вулканизациялау өндірісі"), [
        ("0004", "Вулканизационные прессы (общеобменная вытяжка)", "Вулканизациялау престері (жалпы алмасу сорғышы)", 8000, 28, 1.0, (9.0, 12.0), 38,
         ("Адсорбер с активированным углем", "Белсендірілген көмірі бар адсорбер"),
         {"0330": (0.01, 0.04), "0337": (0.05, 0.2), "0620": (0.002, 0.009), "0503": (0.004, 0.015), "2754": (0.08, 0.3)}),
        ("0005", "Участок шероховки и обрезки выпрессовок", "Бұдырлау және шығыңқы жиектерді кесу учаскесі", 6200, 15, 0.45, (1.5, 2.2), 24,
         ("Циклон ЦН-15", "ЦН-15 циклоны"), {"2978": (0.01, 0.05)})]),
    (("Площадка 3. Вспомогательные объекты", "3-алаң. Қосалқы объектілер"), [
        ("0006", "Котельная (котлы ДЕ-25-14ГМ, природный газ)", "Қазандық (ДЕ-25-14ГМ қазандары, табиғи газ)", 8760, 36, 1.2, (10.0, 14.0), 140,
         ("—", "—"), {"0301": (0.4, 1.1), "0304": (0.06, 0.18), "0337": (0.3, 0.9)}),
        ("6001", "Разгрузка технического углерода из вагонов-хопперов", "Техникалық көміртекті вагон-хопперлерден түсіру", 900, 2, None, None, None,
         ("—", "—"), {"0328": (0.005, 0.03)})]),
)  # fmt: skip


def emissions_ke1(doc: Doc) -> None:
    """An ЭРА table of the parameters of emission sources for setting the norms of a tyre plant: three header rows with merged
    cells and a row of column numbers, the source of release with its hours a year before the source's number, height,
    mouth diameter, gas velocity, volume and temperature, map coordinates X1 and Y1, the gas-cleaning unit, then code,
    substance, g/s, the concentration in mg/Nm³ and t/year; all the source's cells merged down over its substances, the
    plant's three areas as rows spanning the table, a total last; no class column (VI: a tyre plant's ĐTM loads by emission
    factor with the factor's unit in its cells, the load before treatment and the treatment efficiency before the load let
    out in g/s and t/year, the sources unnumbered)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ke1_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    p = RUBBER_PLANTS[0]
    doc.h(g(f"Проект нормативов допустимых выбросов. {p[0]} ({p[3]})", f"{p[4]} {p[1]} үшін жол берілетін шығарындылар нормативтерінің жобасы"))
    doc.p(g("Параметры источников приняты по данным инвентаризации 2025 года; координаты – в местной системе карты-схемы предприятия, "
            "начало координат – юго-западный угол ограждения.",
            "Көздердің параметрлері 2025 жылғы түгендеу деректері бойынша қабылданды; координаттар – кәсіпорынның карта-схемасының жергілікті "
            "жүйесінде, координаттардың басы – қоршаудың оңтүстік-батыс бұрышы."))
    rows = [g(["Источник выделения загрязняющих веществ", None, "Номер источника выброса", "Высота источника выброса, м", "Диаметр устья трубы, м",
               "Параметры газовоздушной смеси на выходе из трубы", None, None, "Координаты источника на карте-схеме, м", None,
               "Наименование газоочистной установки", "Код вещества", "Наименование вещества", "Выбросы загрязняющего вещества", None, None],
              ["Ластаушы заттар бөлінетін көз", None, "Шығарынды көзінің нөмірі", "Шығарынды көзінің биіктігі, м", "Құбыр сағасының диаметрі, м",
               "Құбырдан шығатын газ-ауа қоспасының параметрлері", None, None, "Карта-схемадағы көздің координаттары, м", None,
               "Газ тазалау қондырғысының атауы", "Заттың коды", "Заттың атауы", "Ластаушы заттың шығарындылары", None, None]),
            g(["наименование", "число часов работы в году", None, None, None, "скорость, м/с", "объем, м³/с", "температура, °С", "X1", "Y1", None, None,
               None, "г/с", "мг/Нм³", "т/год"],
              ["атауы", "жылдағы жұмыс сағаттарының саны", None, None, None, "жылдамдығы, м/с", "көлемі, м³/с", "температурасы, °С", "X1", "Y1", None,
               None, None, "г/с", "мг/Нм³", "т/жыл"]),
            [str(c) for c in range(1, 17)]]
    merges = [(0, 0, 0, 1), (0, 5, 0, 7), (0, 8, 0, 9), (0, 13, 0, 15)] + [(0, c, 1, c) for c in (2, 3, 4, 10, 11, 12)]
    all_g, all_t, numbers = [], [], []
    for (a_ru, a_kk), sources in TYRE_SOURCES:
        _span(rows, merges, (a_ru, a_kk)[k], 16)
        for number, s_ru, s_kk, hours, height, diam, vol, temp, unit, codes in sources:
            v = round(r.uniform(*vol), 2) if vol else None
            speed = round(v / (3.14159 * diam * diam / 4), 1) if v else None
            x, y = r.randint(40, 780), r.randint(-120, 540)
            head = [(s_ru, s_kk)[k], num(hours, doc.lang), number, num(height, doc.lang), num(diam, doc.lang) if diam else "—",
                    num(speed, doc.lang) if v else "—", num(v, doc.lang) if v else "—", num(temp, doc.lang) if temp is not None else "—",
                    str(x), str(y), unit[k]]
            start = len(rows)
            load = r.uniform(0.7, 0.95)
            for j, (code, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours * load / 1e6, 3)
                conc = num(round(gs * 1000 / (v * 273 / (273 + temp)), 1), doc.lang) if v else "—"
                rows.append((head if j == 0 else [None] * 11) + [code, _sub(doc, code), num(gs, doc.lang), conc, num(ty, doc.lang)])
                doc.add("emissions", emission(code, gs, ty, number))
                all_g.append(gs)
                all_t.append(ty)
            if len(codes) > 1:
                merges += [(start, c, len(rows) - 1, c) for c in range(11)]
            numbers.append(number)
    rows.append([g("Всего по предприятию:", "Кәсіпорын бойынша барлығы:")] + [None] * 12 + [num(round(sum(all_g), 6), doc.lang), "", num(round(sum(all_t), 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 12))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ в атмосферу для расчета нормативов допустимых выбросов",
                "3.3-кесте – Жол берілетін шығарындылар нормативтерін есептеу үшін атмосфераға ластаушы заттар шығарындыларының параметрлері"),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _stype(n)} for n in numbers))
    maybe_distractor(doc)


# (VI source, treatment, base ("rubber" or "fuel"), [(code, (low, high) factor kg/t, efficiency % or None)])
VN_TYRE_LOADS = (
    ("Khu cân, trộn hóa chất và luyện kín (máy luyện Banbury)", "Hệ thống lọc bụi túi vải", "rubber", [("2902", (1.2, 2.0), 99)]),
    ("Khu ép đùn, cán tráng và quét keo", "Chụp hút, tháp hấp phụ than hoạt tính", "rubber", [("0621", (0.05, 0.12), 80), ("0616", (0.02, 0.06), 80)]),
    ("Khu lưu hóa lốp", "Chụp hút, tháp rửa khí và hấp phụ than hoạt tính", "rubber",
     [("0333", (0.004, 0.01), 85), ("0620", (0.002, 0.006), 80), ("2902", (0.1, 0.3), 90)]),
    ("Lò hơi đốt viên nén mùn cưa 20 tấn hơi/giờ", "Cyclone chùm và lọc bụi túi vải", "fuel",
     [("2902", (3.5, 5.0), 98.5), ("0330", (0.05, 0.1), None), ("0301", (1.2, 2.0), None), ("0337", (4.0, 7.0), None)]),
)  # fmt: skip


def _emissions_ke1_vi(doc: Doc) -> None:
    r = doc.rng
    hours = 7200
    rubber, fuel = r.randint(38, 46) * 1000, r.randint(18, 24) * 1000
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN NÂNG CÔNG SUẤT NHÀ MÁY SẢN XUẤT LỐP XE RADIAL PHƯỚC ĐÔNG")
    doc.h("3.2.1.2. Tác động do bụi, khí thải trong giai đoạn vận hành")
    doc.p(f"Lượng cao su tiêu thụ: {num(rubber, 'vi')} tấn/năm; nhiên liệu lò hơi: {num(fuel, 'vi')} tấn viên nén/năm. Hệ số phát thải theo "
          "AP-42 (US EPA) và số liệu đo đạc tại nhà máy hiện hữu. Thời gian hoạt động 24 giờ/ngày, 300 ngày/năm (7.200 giờ/năm).")
    rows = [["TT", "Nguồn phát sinh", "Biện pháp xử lý", "Chất ô nhiễm", "Hệ số phát thải", "Tải lượng phát sinh (kg/h)", "Hiệu suất xử lý (%)",
             "Tải lượng thải ra môi trường", None],
            [None] * 7 + ["g/s", "tấn/năm"]]
    merges = [(0, c, 1, c) for c in range(7)] + [(0, 7, 0, 8)]
    for n, (name, unit, base, items) in enumerate(VN_TYRE_LOADS, 1):
        start = len(rows)
        for j, (code, (lo, hi), eff) in enumerate(items):
            ef = round(r.uniform(lo, hi), 3)
            gen = ef * (rubber if base == "rubber" else fuel) / hours
            out = gen * (1 - (eff or 0) / 100)
            gs = _sig(out / 3.6, 3)
            ty = _sig(gs * 3.6 * hours / 1000, 3)
            words = "kg/tấn cao su" if base == "rubber" else "kg/tấn nhiên liệu"
            rows.append([str(n) if j == 0 else None, name if j == 0 else None, unit if j == 0 else None, VN_LABEL[code],
                         f"{num(ef, 'vi')} {words}", num(round(gen, 3), "vi"), num(eff, "vi") if eff else "-", num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty))
        if len(items) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(3)]
    doc.table("Bảng 3.14. Tải lượng bụi, khí thải từ các công đoạn sản xuất và lò hơi sau khi xử lý", rows, merges, role="emissions")
    doc.p("Ghi chú: tải lượng thải ra môi trường = tải lượng phát sinh × (100 – hiệu suất xử lý)/100.")
    maybe_distractor(doc)


VN_LABEL = {"2902": "Bụi tổng", "0621": "Toluen", "0616": "Xylen", "0333": "H2S", "0620": "Styren", "0330": "SO2", "0301": "NOx (tính theo NO2)",
            "0337": "CO", "0303": "NH3", "0602": "Benzen"}

# period: (RU, KK heading, hours, {number: (RU, KK)}, {code: [(number, (low, high) g/s)]})
PYRO_PERIODS = (
    ("construction", "Период строительства (2026 г., 8 месяцев)", "Құрылыс кезеңі (2026 ж., 8 ай)", 1408,
     {"6001": ("земляные работы", "жер жұмыстары"), "6002": ("сварочный пост", "дәнекерлеу посты"), "6003": ("покрасочные работы", "бояу жұмыстары"),
      "6004": ("ДВС строительной техники", "құрылыс техникасының ІЖҚ")},
     {"0123": [("6002", (0.002, 0.008))], "0143": [("6002", (0.0002, 0.0008))], "0301": [("6002", (0.001, 0.004)), ("6004", (0.02, 0.08))],
      "0304": [("6004", (0.003, 0.012))], "0328": [("6004", (0.002, 0.01))], "0337": [("6002", (0.002, 0.008)), ("6004", (0.05, 0.2))],
      "0616": [("6003", (0.02, 0.09))], "2732": [("6004", (0.01, 0.04))], "2752": [("6003", (0.01, 0.05))], "2908": [("6001", (0.05, 0.3))]}),
    ("operation", "Период эксплуатации (с 2027 г.)", "Пайдалану кезеңі (2027 ж. бастап)", 8000,
     {"0001": ("дымовая труба топки реакторов", "реакторлар оттығының түтін мұржасы"),
      "0002": ("дыхательные клапаны резервуаров пиролизной жидкости", "пиролиз сұйықтығы резервуарларының тыныс алу клапандары"),
      "0003": ("бункер пиролизного углерода (рукавный фильтр)", "пиролиз көміртегі бункері (жеңді сүзгі)"),
      "0004": ("аспирация шредерной линии (циклон)", "шредер желісінің аспирациясы (циклон)"),
      "6005": ("затаривание углерода в биг-бэги", "көміртекті биг-бэгтерге салу")},
     {"0301": [("0001", (0.15, 0.45))], "0304": [("0001", (0.02, 0.07))],
      "0328": [("0001", (0.01, 0.05)), ("0003", (0.005, 0.02)), ("6005", (0.002, 0.01))], "0330": [("0001", (0.05, 0.25))],
      "0333": [("0002", (0.0005, 0.002))], "0337": [("0001", (0.1, 0.4))], "0415": [("0002", (0.05, 0.2))], "0416": [("0002", (0.02, 0.08))],
      "0602": [("0002", (0.0005, 0.002))], "0703": [("0001", (1e-7, 5e-7))], "2978": [("0004", (0.01, 0.04))]}),
)  # fmt: skip


def emissions_ke2(doc: Doc) -> None:
    """A tyre pyrolysis plant's emissions in its ОВОС, construction and operation in one table under rows spanning it, grouped
    by substance: the code, name, ПДК м.р. or ОБУВ and class merged down over the sources that emit it, each source by number;
    the units in a row of their own, `т/период*` explained in a footnote (tonnes for the 8 months of building, tonnes a year
    in operation), a subtotal for each period; the sources named only in a legend under the table (VI: a latex plant's odour
    loads from its waste-water works, the works' units as rows under section rows, H2S, NH3 and methyl mercaptan as column
    pairs of g/s and t/year, dashes where a unit gives none, a total row)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ke2_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    doc.h(g("Отчет о возможных воздействиях. Завод пиролиза изношенных шин ТОО «ШинРесурс Батыс»",
            "Ықтимал әсерлер туралы есеп. «ШинРесурс Батыс» ЖШС тозған шиналарды пиролиздеу зауыты"))
    doc.h(g("6.2. Количественные характеристики выбросов", "6.2. Шығарындылардың сандық сипаттамалары"))
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "ПДК м.р. (ОБУВ)", "Класс опасности", "№ ИЗА", "Выброс ЗВ", None],
              ["ЛЗ коды", "Ластаушы заттың атауы", "ШЖК м.б. (ӘҚБД)", "Қауіптілік сыныбы", "ЛШК №", "ЛЗ шығарындысы", None]),
            [None] * 5 + g(["максимальный", "валовый"], ["ең жоғары", "жалпы"]),
            ["", "", g("мг/м³", "мг/м³"), "", "", "г/с", g("т/период*", "т/кезең*")]]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6)]
    sources = {}
    for period, h_ru, h_kk, hours, names, subst in PYRO_PERIODS:
        _span(rows, merges, (h_ru, h_kk)[k], 7)
        sources.update(names)
        sum_g, sum_t = [], []
        for code in sorted(subst):
            start = len(rows)
            hz = SUB[code][3]
            pdk, what = PDK[code]
            pdk_cell = num(pdk, doc.lang) + {"mr": "", "ss": g(" (с.с.)", " (о.т.)"), "obuv": g(" (ОБУВ)", " (ӘҚБД)")}[what]
            for j, (number, (lo, hi)) in enumerate(subst[code]):
                gs = _sig(r.uniform(lo, hi), 2 if code == "0703" else 3)
                ty = _sig(gs * 3600 * hours * r.uniform(0.6, 0.9) / 1e6, 2 if code == "0703" else 3)
                rows.append(([code, _sub(doc, code), pdk_cell, str(hz) if hz else "—"] if j == 0 else [None] * 4)
                            + [number, num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(code, gs, ty, number, hz, period))
                sum_g.append(gs)
                sum_t.append(ty)
            if len(subst[code]) > 1:
                merges += [(start, c, len(rows) - 1, c) for c in range(4)]
        label = g("Итого за период строительства", "Құрылыс кезеңі бойынша жиыны") if period == "construction" else \
            g("Итого за период эксплуатации", "Пайдалану кезеңі бойынша жиыны")
        rows.append([label, None, None, None, None, num(round(sum(sum_g), 6), doc.lang), num(round(sum(sum_t), 6), doc.lang)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 6.3 – Перечень загрязняющих веществ, выбрасываемых в атмосферу", "6.3-кесте – Атмосфераға шығарылатын ластаушы заттардың тізбесі"),
              rows, merges, role="emissions")
    doc.p(g("* Для периода строительства – тонн за весь период строительства (8 месяцев), для периода эксплуатации – тонн в год. ",
            "* Құрылыс кезеңі үшін – құрылыстың бүкіл кезеңіне (8 ай) тонна, пайдалану кезеңі үшін – жылына тонна. ")
          + g("Источники: ", "Көздер: ") + "; ".join(f"{n} – {v[k]}" for n, v in sorted(sources.items())) + ".")
    doc.add("sources", *({"number": n, "type": _stype(n)} for n in sorted(sources)))
    maybe_distractor(doc)


# ((VI section), [(unit, area m2, {code: (low, high) g/s or None})])
VN_ODOUR = (
    ("A. KHU TIẾP NHẬN VÀ TÁCH MỦ", [
        ("Mương gạn mủ, bể tách mủ", 180, {"0333": (0.002, 0.008), "0303": (0.004, 0.015), "1715": (0.0005, 0.002)}),
        ("Bể điều hòa", 420, {"0333": (0.004, 0.012), "0303": (0.006, 0.02), "1715": (0.0008, 0.003)})]),
    ("B. KHU XỬ LÝ KỴ KHÍ – HIẾU KHÍ", [
        ("Hồ kỵ khí (phủ bạt HDPE một phần)", 2400, {"0333": (0.01, 0.05), "0303": (0.02, 0.09), "1715": (0.002, 0.009)}),
        ("Bể Anoxic – Aerotank", 900, {"0333": (0.001, 0.004), "0303": (0.005, 0.02), "1715": None})]),
    ("C. KHU XỬ LÝ BÙN", [
        ("Sân phơi bùn", 300, {"0333": (0.0005, 0.002), "0303": (0.001, 0.005), "1715": None})]),
)


def _emissions_ke2_vi(doc: Doc) -> None:
    r = doc.rng
    p = doc.pick(VN_LATEX_PLANTS)
    q = doc.pick((1200, 1500, 1800))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {p[0].upper()}")
    doc.h("3.2. Công trình, biện pháp giảm thiểu mùi hôi từ hệ thống xử lý nước thải")
    doc.p(f"Hệ thống xử lý nước thải công suất {num(q, 'vi')} m³/ngày đêm hoạt động liên tục 24/24 giờ (8.760 giờ/năm). Tải lượng được ước tính "
          "theo hệ số phát thải trên một đơn vị diện tích mặt thoáng của từng hạng mục.")
    codes = ("0333", "0303", "1715")
    rows = [["TT", "Hạng mục công trình", "Diện tích mặt thoáng (m²)", "Hydro sunfua (H2S)", None, "Amoniac (NH3)", None, "Metyl mercaptan (CH3SH)", None],
            [None, None, None, "g/s", "tấn/năm", "g/s", "tấn/năm", "g/s", "tấn/năm"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 0, 8)]
    sums = {c: [0.0, 0.0] for c in codes}
    n = 0
    for section, units in VN_ODOUR:
        _span(rows, merges, section, 9)
        for name, area, rates in units:
            n += 1
            line = [str(n), name, num(area, "vi")]
            for code in codes:
                if rates[code] is None:
                    line += ["-", "-"]
                    continue
                gs = _sig(r.uniform(*rates[code]), 3)
                ty = _sig(gs * 3600 * 8760 / 1e6, 3)
                line += [num(gs, "vi"), num(ty, "vi")]
                sums[code][0] += gs
                sums[code][1] += ty
                doc.add("emissions", emission(code, gs, ty))
            rows.append(line)
    total = ["", "Tổng cộng", ""]
    for code in codes:
        total += [num(round(sums[code][0], 6), "vi"), num(round(sums[code][1], 6), "vi")]
    rows.append(total)
    doc.table("Bảng 3.6. Tải lượng khí gây mùi phát sinh từ hệ thống xử lý nước thải", rows, merges, role="emissions")
    doc.p("Ghi chú: “-” – không đáng kể, không tính toán. Hồ kỵ khí được phủ bạt HDPE, khí biogas thu gom về đuốc đốt.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t/year, months of accumulation or None for days, RU, KK handling)
TYRE_WASTES = (
    ("07 02 14*", "Отходы ингредиентов резиновых смесей (просроченные ускорители вулканизации и противостарители)",
     "Резеңке қоспалары ингредиенттерінің қалдықтары (мерзімі өткен вулканизация үдеткіштері және ескіруге қарсы заттар)", (1.5, 6.0), 6,
     "передача на обезвреживание", "залалсыздандыруға беру"),
    ("15 01 10*", "Тара из-под химических ингредиентов (мешки, бочки)", "Химиялық ингредиенттер ыдысы (қаптар, бөшкелер)", (8, 25), 6,
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("13 02 05*", "Отработанные масла (моторные, трансмиссионные, компрессорные)", "Пайдаланылған майлар (мотор, трансмиссиялық, компрессорлық)",
     (4, 12), 6, "передача на регенерацию", "регенерацияға беру"),
    ("15 02 02*", "Промасленная ветошь и фильтровальные материалы", "Майланған шүберек және сүзгі материалдары", (1, 4), 6,
     "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.1, 0.5), 6, "демеркуризация", "демеркуризациялау"),
    ("07 02 99", "Отходы невулканизованных резиновых смесей", "Вулканизацияланбаған резеңке қоспаларының қалдықтары", (120, 380), 3,
     "переработка на собственном участке", "өз учаскесінде қайта өңдеу"),
    ("07 02 99", "Вулканизованный брак шин и выпрессовки", "Шиналардың вулканизацияланған ақауы және шығыңқы жиектер", (300, 900), 3,
     "передача на производство резиновой крошки", "резеңке үгіндісін өндіруге беру"),
    ("07 02 15", "Смет и просыпи технического углерода и наполнителей", "Техникалық көміртек пен толтырғыштардың сыпырындысы мен шашындылары",
     (10, 40), 6, "вывоз на полигон промышленных отходов", "өнеркәсіптік қалдықтар полигонына шығару"),
    ("07 02 12", "Осадок локальных очистных сооружений ливневых стоков", "Нөсер ағындарының жергілікті тазарту құрылыстарының тұнбасы", (5, 20), 6,
     "вывоз на полигон промышленных отходов", "өнеркәсіптік қалдықтар полигонына шығару"),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орама", (20, 60), 3, "передача на вторичную переработку", "қайталама өңдеуге беру"),
    ("17 04 05", "Лом черных металлов (обрезки бортовой проволоки, металлоконструкции)", "Қара металл сынықтары (борт сымының кесінділері, металл конструкциялар)",
     (15, 50), 6, "сдача в пункт приема металлолома", "металл сынықтарын қабылдау пунктіне тапсыру"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (60, 140), None, "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_ke1(doc: Doc) -> None:
    """A tyre plant's limits of accumulating wastes annexed to its КЭР: hazardous and non-hazardous section rows, items numbered
    through the table, the code in a column of its own, the amount formed a year beside the limit of accumulation in tonnes
    and the months it may be kept (`3 сут.` for household waste) under a merged header, the handling; a subtotal after each
    section and a total; two wastes under `07 02 99` (VI: a latex plant's annual environmental report, household, ordinary
    and hazardous wastes under section rows, the amount written with its unit in the cell, kilograms and tonnes mixed, the
    receivers with their licence numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ke1_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    p = doc.pick(RUBBER_PLANTS)
    doc.h(g(f"Приложение 3 к комплексному экологическому разрешению {p[3]}", f"{p[4]} кешенді экологиялық рұқсатына 3-қосымша"))
    doc.p(g(f"Лимиты накопления отходов на 2026–2035 годы. Объект: {p[0]}. Места накопления – площадки № 1–4 согласно схеме (приложение 5).",
            f"2026–2035 жылдарға арналған қалдықтарды жинақтау лимиттері. Объект: {p[1]}. Жинақтау орындары – сызбаға сәйкес № 1–4 алаңдар (5-қосымша)."))
    rows = [g(["№", "Наименование отхода", "Код отхода", "Образование, т/год", "Лимит накопления", None, "Способ обращения"],
              ["№", "Қалдықтың атауы", "Қалдық коды", "Түзілуі, т/жыл", "Жинақтау лимиті", None, "Жұмыс істеу тәсілі"]),
            [None] * 4 + g(["количество, т", "срок, мес."], ["мөлшері, т", "мерзімі, ай"]) + [None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
    total, n = 0.0, 0
    for hazardous, (s_ru, s_kk), (t_ru, t_kk) in ((True, ("Опасные отходы", "Қауіпті қалдықтар"), ("Итого опасных:", "Қауіпті қалдықтар жиыны:")),
                                                 (False, ("Неопасные отходы", "Қауіпті емес қалдықтар"), ("Итого неопасных:", "Қауіпті емес қалдықтар жиыны:"))):
        _span(rows, merges, (s_ru, s_kk)[k], 7)
        sub = 0.0
        for code, n_ru, n_kk, (lo, hi), months, h_ru, h_kk in TYRE_WASTES:
            if code.endswith("*") != hazardous:
                continue
            n += 1
            amount = round(r.uniform(lo, hi), 2 if hi < 10 else 1)
            keep = num(round(amount * months / 12, 2), doc.lang) if months else num(round(amount * 3 / 365, 2), doc.lang)
            name = (n_ru, n_kk)[k]
            rows.append([str(n), name, code, num(amount, doc.lang), keep, str(months) if months else g("3 сут.", "3 тәул."), (h_ru, h_kk)[k]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": amount, "name_contains": _head(name.split(" (")[0])})
            sub += amount
        rows.append([(t_ru, t_kk)[k], None, None, num(round(sub, 2), doc.lang), "", "", ""])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
        total += sub
    rows.append([g("Всего:", "Барлығы:"), None, None, num(round(total, 2), doc.lang), "", "", ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 1 – Лимиты накопления отходов", "1-кесте – Қалдықтарды жинақтау лимиттері"), rows, merges, role="wastes")
    doc.p(g("Примечание: срок накопления не превышает шести месяцев (п. 2 ст. 320 Экологического кодекса РК); твердые бытовые отходы вывозятся "
            "не реже одного раза в трое суток.",
            "Ескерту: жинақтау мерзімі алты айдан аспайды (ҚР Экология кодексінің 320-бабының 2-тармағы); қатты тұрмыстық қалдықтар үш тәулікте "
            "кемінде бір рет шығарылады."))
    maybe_distractor(doc)


# (section, [(name, VN code or None, state, (low, high), unit "kg" or "t", receiver)])
VN_LATEX_WASTES = (
    ("1. Chất thải rắn sinh hoạt", [("Chất thải rắn sinh hoạt của công nhân viên", None, "Rắn", (18, 40), "t", "Tổ thu gom rác xã")]),
    ("2. Chất thải rắn công nghiệp thông thường", [
        ("Bùn thải từ hệ thống xử lý nước thải (đã ép khô)", None, "Bùn", (120, 260), "t", "CT"),
        ("Tro, xỉ lò sấy đốt củi cao su", None, "Rắn", (40, 90), "t", "CT"),
        ("Bao bì nylon, dây đai, pallet hư hỏng", None, "Rắn", (800, 2500), "kg", "CT")]),
    ("3. Chất thải nguy hại", [
        ("Giẻ lau, găng tay dính dầu mỡ", "18 02 01", "Rắn", (80, 300), "kg", "NH"),
        ("Dầu nhớt thải từ máy cán, máy băm", "17 02 03", "Lỏng", (150, 450), "kg", "NH"),
        ("Bóng đèn huỳnh quang thải", "16 01 06", "Rắn", (5, 30), "kg", "NH"),
        ("Bao bì cứng thải bằng nhựa (can đựng axit formic)", "18 01 03", "Rắn", (200, 600), "kg", "NH"),
        ("Bao bì cứng thải bằng kim loại (thùng phuy đựng dầu)", "18 01 02", "Rắn", (60, 200), "kg", "NH")]),
)
VN_RECEIVERS = {"CT": "Công ty TNHH Môi trường Xanh Đông Nam Bộ (hợp đồng số 14/2025/HĐ-MT)",
                "NH": "Công ty Cổ phần Môi trường Việt Úc (Giấy phép môi trường số 312/GP-BTNMT)"}


def _wastes_ke1_vi(doc: Doc) -> None:
    r = doc.rng
    p = doc.pick(VN_LATEX_PLANTS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {p[0].upper()}")
    doc.p(f"Chủ cơ sở: {p[2]}. Kỳ báo cáo: từ ngày 01/01/2025 đến ngày 31/12/2025 (Mẫu số 05.A Phụ lục VI Thông tư số 02/2022/TT-BTNMT).")
    rows = [["TT", "Tên chất thải", "Mã chất thải", "Trạng thái tồn tại", "Khối lượng phát sinh", "Tổ chức tiếp nhận, xử lý"]]
    merges = []
    n = 0
    for section, items in VN_LATEX_WASTES:
        _span(rows, merges, section, 6)
        for name, code, state, (lo, hi), unit, recv in items:
            n += 1
            if unit == "kg":
                amount = float(r.randint(lo, hi))
                cell, tonnes = f"{num(amount, 'vi')} kg", amount / 1000
            else:
                amount = round(r.uniform(lo, hi), 1)
                cell, tonnes = f"{num(amount, 'vi')} tấn", amount
            rows.append([str(n), name, code or "-", state, cell, VN_RECEIVERS.get(recv, recv)])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": tonnes, "name_contains": _head(name.split(" (")[0], 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": tonnes, "name_contains": _head(name.split(" (")[0], 4)})
    doc.table("Bảng 4. Kết quả quản lý chất thải rắn và chất thải nguy hại năm 2025", rows, merges, role="wastes")
    doc.p("Chủ cơ sở đã đăng ký chủ nguồn thải; sổ đăng ký và chứng từ chất thải nguy hại được lưu tại Phòng Kỹ thuật – Môi trường.")
    maybe_distractor(doc)


# (code without *, hazard word: h hazardous, n non-hazardous, m mirror judged non-hazardous, RU, KK, RU, KK source, RU, KK state,
#  (low, high) t/year)
PYRO_WASTES = (
    ("19 01 17", "h", "Смолистые остатки пиролиза (кубовые остатки конденсаторов)", "Пиролиздің шайырлы қалдықтары (конденсаторлардың текше қалдықтары)",
     "конденсационная система", "конденсациялау жүйесі", "пастообразное", "паста тәрізді", (40, 120)),
    ("19 01 10", "h", "Отработанный активированный уголь газоочистки", "Газ тазалаудың пайдаланылған белсендірілген көмірі",
     "адсорбер очистки пиролизного газа", "пиролиз газын тазалау адсорбері", "твердое", "қатты", (2, 8)),
    ("19 01 07", "h", "Твердые отходы газоочистки (шлам скруббера)", "Газ тазалаудың қатты қалдықтары (скруббер шламы)",
     "мокрый скруббер дымовых газов", "түтін газдарының дымқыл скруббері", "шламообразное", "шлам тәрізді", (6, 20)),
    ("19 01 12", "m", "Зола и шлак топки реакторов (растопка на угле)", "Реакторлар оттығының күлі мен қождары (көмірмен тұтату)", "топка реактора", "реактор оттығы", "твердое", "қатты", (10, 35)),
    ("19 12 02", "n", "Металлокорд", "Металл корд", "шредерная линия, магнитный сепаратор", "шредер желісі, магниттік сепаратор", "твердое", "қатты",
     (1100, 1500)),
    ("19 12 08", "n", "Текстильный корд", "Тоқыма корд", "шредерная линия, воздушный сепаратор", "шредер желісі, ауа сепараторы", "твердое", "қатты",
     (150, 420)),
    ("19 12 04", "n", "Резиновая пыль и отсев шредера", "Резеңке шаңы және шредер елегінің қалдығы", "циклон аспирации шредера", "шредер аспирациясының циклоны",
     "твердое", "қатты", (20, 60)),
    ("13 02 05", "h", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "погрузчики, автотранспорт", "тиегіштер, автокөлік", "жидкое", "сұйық",
     (0.8, 2.5)),
    ("15 02 02", "h", "Промасленная ветошь", "Майланған шүберек", "ремонт оборудования", "жабдықты жөндеу", "твердое", "қатты", (0.3, 1.2)),
    ("20 03 01", "n", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "персонал", "персонал", "твердое", "қатты", (4, 9)),
)  # fmt: skip
HAZARD_WORDS = {"h": ("опасный", "қауіпті"), "n": ("неопасный", "қауіпті емес"), "m": ("зеркальный, неопасный*", "айналық, қауіпті емес*")}


def wastes_ke2(doc: Doc) -> None:
    """A tyre pyrolysis plant's characterisation of its wastes in the programme of waste management: the code by the
    Classifier written without an asterisk and the level of hazard in words in the next column (`опасный`, `неопасный`, a
    mirror entry `зеркальный, неопасный*` with a footnote on its test), the process it comes from, its state and tonnes a
    year; metal and textile cord of the shredder as wastes; the products of pyrolysis — oil, carbon, gas burnt in the furnace
    — and the tyres taken in, in a table of no role (VI: a radial tyre plant's wastes marked `TT` or `NH`, codes only for the
    hazardous ones, kilograms a year, a subtotal per group and a grand total)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ke2_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    doc.h(g("Программа управления отходами ТОО «ШинРесурс Батыс» на 2027–2036 годы", "«ШинРесурс Батыс» ЖШС 2027–2036 жылдарға арналған қалдықтарды басқару бағдарламасы"))
    doc.p(g("2.3. Характеристика отходов, образующихся при эксплуатации завода пиролиза изношенных шин. Коды – по Классификатору отходов "
            "(приказ и.о. Министра экологии, геологии и природных ресурсов РК от 6 августа 2021 года № 314).",
            "2.3. Тозған шиналарды пиролиздеу зауытын пайдалану кезінде түзілетін қалдықтардың сипаттамасы. Кодтар – Қалдықтар сыныптауышы "
            "бойынша (ҚР Экология, геология және табиғи ресурстар министрінің м.а. 2021 жылғы 6 тамыздағы № 314 бұйрығы)."))
    rows = [g(["№", "Наименование отхода", "Код", "Уровень опасности", "Место образования", "Агрегатное состояние", "Количество, т/год"],
              ["№", "Қалдықтың атауы", "Коды", "Қауіптілік деңгейі", "Түзілетін орны", "Агрегаттық күйі", "Мөлшері, т/жыл"])]
    for n, (code, hz, n_ru, n_kk, s_ru, s_kk, st_ru, st_kk, (lo, hi)) in enumerate(PYRO_WASTES, 1):
        amount = round(r.uniform(lo, hi), 2 if hi < 10 else 1)
        name = (n_ru, n_kk)[k]
        rows.append([str(n), name, code, HAZARD_WORDS[hz][k], (s_ru, s_kk)[k], (st_ru, st_kk)[k], num(amount, doc.lang)])
        doc.add("wastes", {"code": code + ("*" if hz == "h" else ""), "code_system": "LoW", "hazardous": hz == "h", "amount_t": amount,
                           "name_contains": _head(name.split(" (")[0])})
    doc.table(g("Таблица 2.3 – Характеристика образующихся отходов", "2.3-кесте – Түзілетін қалдықтардың сипаттамасы"), rows, role="wastes")
    doc.p(g(f"* Отнесен к неопасным по результатам испытаний (протокол № {r.randint(100, 999)}-П от {r.randint(1, 28):02d}.11.2025): содержание "
            "тяжелых металлов и бенз(а)пирена ниже пороговых значений.",
            f"* Сынақ нәтижелері бойынша қауіпті емес деп танылды (2025 ж. {r.randint(1, 28):02d}.11. № {r.randint(100, 999)}-П хаттама): ауыр "
            "металдар мен бенз(а)пиреннің құрамы шекті мәндерден төмен."))
    tyres = r.randint(90, 120) * 100
    doc.table(g("Таблица 2.4 – Материальный баланс пиролиза", "2.4-кесте – Пиролиздің материалдық балансы"), [
        g(["Статья", "Доля, %", "Количество, т/год", "Назначение"], ["Бап", "Үлесі, %", "Мөлшері, т/жыл", "Мақсаты"]),
        [g("Изношенные шины (сырье)", "Тозған шиналар (шикізат)"), "100", num(tyres, doc.lang), g("прием от населения и предприятий", "халық пен кәсіпорындардан қабылдау")],
        [g("Пиролизная жидкость", "Пиролиз сұйықтығы"), "42", num(round(tyres * 0.42), doc.lang), g("реализация как печное топливо", "пеш отыны ретінде сату")],
        [g("Пиролизный углерод", "Пиролиз көміртегі"), "33", num(round(tyres * 0.33), doc.lang), g("реализация", "сату")],
        [g("Пиролизный газ", "Пиролиз газы"), "12", num(round(tyres * 0.12), doc.lang), g("сжигание в топке реакторов", "реакторлар оттығында жағу")],
    ], role="other")
    maybe_distractor(doc)


# (group, [(name, state, VN code or None, (low, high) kg/year)])
VN_TYRE_WASTES = (
    ("A. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG", [
        ("Cao su phế phẩm, bavia, lốp lỗi", "Rắn", None, (180000, 420000)),
        ("Bụi cao su, bụi than đen thu từ hệ thống lọc bụi túi vải", "Rắn", None, (8000, 25000)),
        ("Sắt thép vụn (tanh lốp, dây thép hỏng)", "Rắn", None, (12000, 40000)),
        ("Bao bì giấy, carton thải", "Rắn", None, (20000, 60000)),
        ("Tro, xỉ lò hơi đốt viên nén mùn cưa", "Rắn", None, (300000, 600000))]),
    ("B. CHẤT THẢI NGUY HẠI", [
        ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Lỏng", "17 02 03", (2000, 6000)),
        ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "Rắn", "18 02 01", (3000, 9000)),
        ("Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", "Rắn", "16 01 06", (50, 200)),
        ("Bao bì cứng thải bằng kim loại", "Rắn", "18 01 02", (1500, 4000)),
        ("Bao bì cứng thải bằng nhựa", "Rắn", "18 01 03", (800, 2500)),
        ("Pin, ắc quy chì thải", "Rắn", "19 06 01", (100, 600)),
        ("Hộp mực in thải có các thành phần nguy hại", "Rắn", "08 02 04", (20, 80))]),
)


def _wastes_ke2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY SẢN XUẤT LỐP XE RADIAL PHƯỚC ĐÔNG")
    doc.p("Phụ lục 4. Yêu cầu về quản lý chất thải. Chủng loại, khối lượng chất thải phát sinh (ký hiệu phân loại theo Phụ lục III Thông tư "
          "số 02/2022/TT-BTNMT: NH – chất thải nguy hại; TT – chất thải công nghiệp thông thường).")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã chất thải", "Ký hiệu phân loại", "Khối lượng (kg/năm)"]]
    merges = []
    grand, n = 0, 0
    for group, items in VN_TYRE_WASTES:
        _span(rows, merges, group, 6)
        sub = 0
        for name, state, code, (lo, hi) in items:
            n += 1
            kg = r.randint(lo // 10, hi // 10) * 10
            rows.append([str(n), name, state, code or "-", "NH" if code else "TT", num(kg, "vi")])
            sub += kg
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _head(name, 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _head(name.split(" (")[0], 4)})
        rows.append(["", f"Cộng ({group[0]})", "", "", "", num(sub, "vi")])
        grand += sub
    rows.append(["", "Tổng cộng (A + B)", "", "", "", num(grand, "vi")])
    doc.table("Bảng 1. Chất thải phát sinh thường xuyên", rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (point, RU, KK side, bearing offsets for the look-alike coordinates)
SZZ_POINTS = (("Т-1", "северная граница СЗЗ", "СҚА солтүстік шекарасы", (0.009, 0.0)), ("Т-2", "восточная граница СЗЗ", "СҚА шығыс шекарасы", (0.0, 0.013)),
              ("Т-3", "южная граница СЗЗ", "СҚА оңтүстік шекарасы", (-0.009, 0.0)), ("Т-4", "западная граница СЗЗ", "СҚА батыс шекарасы", (0.0, -0.013)))
# code: (method, limit of quantification mg/m3)
AIR_METHODS = {"0328": ("ГОСТ 17.2.4.05-83", 0.025), "0330": ("РД 52.04.186-89", 0.025), "0301": ("РД 52.04.186-89", 0.02),
               "0337": ("РД 52.04.186-89", 1.0), "0620": ("РД 52.04.186-89", 0.01)}


def limits_ke1(doc: Doc) -> None:
    """An accredited laboratory's protocol of ambient air at a tyre plant's protection zone in the long form: each point with
    its side, distance and decimal coordinates and the date and time of sampling merged down over its substances, the code
    and name, the method's document, the result with its uncertainty (`0,021 ± 0,004`) or `< 0,025` below the range, ПДК м.р.
    and the ratio; results below the range give no measured value; the weather during sampling in a table of no role (VI: a
    latex plant's effluent at its outlet against QCVN 01-MT:2015/BTNMT column A with both the standard's C and Cmax = C × Kq ×
    Kf, pH as a range, the methods' numbers as look-alikes and the flow without a limit)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ke1_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    p = RUBBER_PLANTS[0]
    lat0, lon0 = 49.7905, 72.8541
    doc.h(g(f"Протокол испытаний № {r.randint(210, 690)}-А/25 атмосферного воздуха на границе санитарно-защитной зоны",
            f"Санитариялық-қорғаныш аймағының шекарасындағы атмосфералық ауаны сынау № {r.randint(210, 690)}-А/25 хаттамасы"))
    doc.p(g(f"Заказчик: {p[3]} ({p[0]}). Испытательная лаборатория ТОО «Сарыарқа ЭкоАналитика», аттестат аккредитации № KZ.T.09.1142 "
            "до 18.05.2028. Отбор проб – 20-минутный.",
            f"Тапсырыс беруші: {p[4]} ({p[1]}). «Сарыарқа ЭкоАналитика» ЖШС сынақ зертханасы, 2028 ж. 18.05. дейінгі № KZ.T.09.1142 аккредиттеу "
            "аттестаты. Сынама алу – 20 минуттық."))
    rows = [g(["№", "Точка отбора проб", "Дата и время отбора", "Код", "Определяемый компонент", "НД на метод испытаний", "Результат, мг/м³",
               "ПДК м.р., мг/м³", "Кратность ПДК"],
              ["№", "Сынама алу нүктесі", "Сынама алу күні мен уақыты", "Коды", "Анықталатын компонент", "Сынау әдісіне НҚ", "Нәтиже, мг/м³",
               "ШЖК м.б., мг/м³", "ШЖК еселігі"])]
    merges = []
    day = r.randint(4, 25)
    n = 0
    for j, (pid, s_ru, s_kk, (dlat, dlon)) in enumerate(SZZ_POINTS):
        start = len(rows)
        place = (f"{pid} – {(s_ru, s_kk)[k]}, 1000 м ({num(round(lat0 + dlat, 4), doc.lang, group=False)} {g('с.ш.', 'с.е.')}, "
                 f"{num(round(lon0 + dlon, 4), doc.lang, group=False)} {g('в.д.', 'ш.б.')})")
        when = f"{day:02d}.08.2025 {9 + j:02d}:{r.choice(('05', '20', '40'))}"
        for code, (method, loq) in AIR_METHODS.items():
            n += 1
            pdk = PDK[code][0]
            v = _sig(pdk * r.uniform(0.04, 0.7), 2)
            item = limit(("code", code), "air", pdk, "mg/m3", None, pid, v)
            if v < loq:
                res, ratio = f"< {num(loq, doc.lang)}", "–"
                item.pop("value")
            else:
                res, ratio = f"{num(v, doc.lang)} ± {num(_sig(v * 0.2, 1), doc.lang)}", num(round(v / pdk, 2), doc.lang)
            rows.append([str(n), place if code == "0328" else None, when if code == "0328" else None, code, _sub(doc, code), method, res,
                         num(pdk, doc.lang), ratio])
            add(doc, item)
        merges += [(start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
    doc.table(g("Результаты испытаний", "Сынақ нәтижелері"), rows, merges, role="limits")
    doc.p(g("ПДК – по Гигиеническим нормативам к атмосферному воздуху в городских и сельских населенных пунктах (приказ Министра здравоохранения РК "
            "от 2 августа 2022 года № ҚР ДСМ-70). Знак «<» – результат ниже нижней границы диапазона измерений.",
            "ШЖК – қалалық және ауылдық елді мекендердегі атмосфералық ауаға қойылатын гигиеналық нормативтер бойынша (ҚР Денсаулық сақтау министрінің "
            "2022 жылғы 2 тамыздағы № ҚР ДСМ-70 бұйрығы). «<» белгісі – нәтиже өлшеу ауқымының төменгі шегінен төмен."))
    doc.table(g("Метеорологические условия при отборе проб", "Сынама алу кезіндегі метеорологиялық жағдайлар"), [
        g(["Дата", "Температура воздуха, °С", "Давление, мм рт. ст.", "Скорость ветра, м/с", "Направление ветра", "Влажность, %"],
          ["Күні", "Ауа температурасы, °С", "Қысым, мм сын. бағ.", "Жел жылдамдығы, м/с", "Жел бағыты", "Ылғалдылық, %"]),
        [f"{day:02d}.08.2025", num(round(r.uniform(19, 31), 1), doc.lang), str(r.randint(712, 728)), num(round(r.uniform(1.5, 4.5), 1), doc.lang),
         g(doc.pick(("ЮЗ", "З", "СЗ")), doc.pick(("ОБ", "Б", "СБ"))), str(r.randint(28, 55))],
    ], role="other")


# symbol: (VI label, method, C of column A: a figure or a range)
VN_EFFLUENT = (
    ("pH", "pH", "TCVN 6492:2011", (6, 9)),
    ("BOD5", "BOD5 (20°C)", "SMEWW 5210B:2017", 30),
    ("COD", "COD", "SMEWW 5220C:2017", 75),
    ("TSS", "Tổng chất rắn lơ lửng (TSS)", "SMEWW 2540D:2017", 50),
    ("NH4+", "Amoni (tính theo N)", "SMEWW 4500-NH3.B&F:2017", 10),
    ("TN", "Tổng nitơ (tính theo N)", "TCVN 6638:2000", 40),
)


def _limits_ke1_vi(doc: Doc) -> None:
    r = doc.rng
    p = doc.pick(VN_LATEX_PLANTS)
    kq, kf = 0.9, 1.0
    flow = r.randint(780, 1400)
    doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ QUÝ {doc.pick(('I', 'II', 'III'))}/2025 – {p[0].upper()}")
    doc.p("Vị trí NT1: nước thải sau hệ thống xử lý, tại hố ga trước khi xả ra suối (nguồn tiếp nhận có lưu lượng dòng chảy ≤ 50 m³/s, Kq = 0,9). "
          "Lưu lượng xả thải lớn nhất theo giấy phép 1.500 m³/ngày đêm (Kf = 1,0). Cmax = C × Kq × Kf.")
    rows = [["TT", "Thông số", "Đơn vị", "Phương pháp phân tích", "Kết quả (NT1)", "QCVN 01-MT:2015/BTNMT, cột A", None],
            [None, None, None, None, None, "C", "Cmax"]]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6)]
    rows.append(["1", "Lưu lượng nước thải", "m³/ngày đêm", "Đồng hồ đo lưu lượng", num(flow, "vi"), "-", "-"])
    for n, (symbol, label, method, c) in enumerate(VN_EFFLUENT, 2):
        if isinstance(c, tuple):
            v = round(r.uniform(6.6, 7.8), 1)
            cmax = c
            c_cell = f"{num(c[0], 'vi')} – {num(c[1], 'vi')}"
            cm_cell = c_cell
        else:
            cmax = _sig(c * kq * kf, 6)
            v = _sig(cmax * r.uniform(0.25, 0.9), 3)
            c_cell, cm_cell = num(c, "vi"), num(cmax, "vi")
        rows.append([str(n), label, "-" if symbol == "pH" else "mg/L", method, num(v, "vi"), c_cell, cm_cell])
        add(doc, limit(("symbol", symbol), "waste_water", cmax, "mg/l", "A", "NT1", v))
    doc.table("Bảng 2. Kết quả phân tích chất lượng nước thải", rows, merges, role="limits")
    doc.p("Nhận xét: các thông số đều nằm trong giới hạn cho phép của QCVN 01-MT:2015/BTNMT, cột A (áp dụng Cmax).")
    maybe_distractor(doc)


# symbol: (RU, KK label, ПДК mg/kg or None)
SOIL_ROWS = (
    ("Pb", "Свинец (валовое содержание)", "Қорғасын (жалпы құрамы)", 32),
    ("Zn", "Цинк (подвижная форма)", "Мырыш (жылжымалы түрі)", 23),
    ("Cu", "Медь (подвижная форма)", "Мыс (жылжымалы түрі)", 3),
    ("BaP", "Бенз(а)пирен", "Бенз(а)пирен", 0.02),
    ("TPH", "Нефтепродукты", "Мұнай өнімдері", None),
    ("pH", "pH солевой вытяжки", "Тұз сығындысының pH", None),
)


def limits_ke2(doc: Doc) -> None:
    """A soil protocol at a tyre recycling yard: the elements as rows, three points as columns — the background 500 m upwind,
    the yard where tyres are stored, the shredder shop — each with two depths (`0–5 см`, `5–20 см`) as sub-columns under the
    point, the unit in its own column and the soil ПДК in the last; zinc above its ПДК at the yard; oil products and soil pH
    without a ПДК, which give no limit (VI: a tyre pyrolysis stack's trial run in three rounds as rows, parameters as columns
    with a units row of their own, flow, temperature and O2 without limits, then rows of QCVN 19:2009/BTNMT column B, of
    Cmax with Kp = 1,0 and Kv = 1,2 and of QCVN 20:2009/BTNMT)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ke2_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    t = TYRE_REGISTER[0]
    doc.h(g(f"Протокол испытаний почвы № {r.randint(40, 199)}-П от {r.randint(1, 28):02d}.06.2025", f"2025 ж. {r.randint(1, 28):02d}.06. № {r.randint(40, 199)}-П топырақты сынау хаттамасы"))
    doc.p(g(f"Объект: {t[3]}, {t[0]} ({t[5]}). Пробы отобраны методом конверта по ГОСТ 17.4.4.02-2017.",
            f"Объект: {t[4]}, {t[1]} ({t[6]}). Сынамалар МЕМСТ 17.4.4.02-2017 бойынша конверт әдісімен алынды."))
    points = (("П-1", g("П-1 (фон, 500 м к СЗ)", "П-1 (фон, СБ-ға қарай 500 м)"), (0.2, 0.6)),
              ("П-2", g("П-2 (площадка хранения шин)", "П-2 (шиналарды сақтау алаңы)"), (0.5, 1.6)),
              ("П-3", g("П-3 (у цеха дробления)", "П-3 (ұсату цехының жанында)"), (0.4, 1.3)))
    depths = ("0–5 см", "5–20 см")
    rows = [[g("Показатель", "Көрсеткіш"), g("Ед. изм.", "Өлш. бірл.")], [None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for j, (_, label, _) in enumerate(points):
        rows[0] += [label, None]
        rows[1] += list(depths)
        merges.append((0, 2 + 2 * j, 0, 3 + 2 * j))
    rows[0].append(g("ПДК, мг/кг", "ШЖК, мг/кг"))
    rows[1].append(None)
    merges.append((0, 8, 1, 8))
    for symbol, n_ru, n_kk, pdk in SOIL_ROWS:
        line = [(n_ru, n_kk)[k], g("ед. pH", "pH бірл.") if symbol == "pH" else g("мг/кг", "мг/кг")]
        for pid, _, (lo, hi) in points:
            for depth in depths:
                if symbol == "pH":
                    v = round(r.uniform(7.2, 8.4), 1)
                elif symbol == "TPH":
                    v = float(r.randint(40, 900))
                else:
                    v = _sig(pdk * r.uniform(lo, hi) * (0.8 if depth == depths[1] else 1.0), 2)
                line.append(num(v, doc.lang))
                if pdk is not None:
                    add(doc, limit(("symbol", symbol), "soil", pdk, "mg/kg", None, pid, v))
        line.append(num(pdk, doc.lang) if pdk is not None else "–")
        rows.append(line)
    doc.table(g("Результаты анализа проб почвы", "Топырақ сынамаларын талдау нәтижелері"), rows, merges, role="limits")
    doc.p(g("ПДК – по Гигиеническим нормативам к безопасности среды обитания (приказ Министра здравоохранения РК от 21 апреля 2021 года "
            "№ ҚР ДСМ-32). Для нефтепродуктов и pH нормативы не установлены.",
            "ШЖК – тіршілік ету ортасының қауіпсіздігіне қойылатын гигиеналық нормативтер бойынша (ҚР Денсаулық сақтау министрінің 2021 жылғы "
            "21 сәуірдегі № ҚР ДСМ-32 бұйрығы). Мұнай өнімдері мен pH үшін нормативтер белгіленбеген."))
    maybe_distractor(doc)


# code: (VI label, C, standard 19 or 20)
VN_PYRO_STACK = (("2902", "Bụi tổng", 200, 19), ("0330", "SO2", 500, 19), ("0301", "NOx (tính theo NO2)", 850, 19), ("0337", "CO", 1000, 19),
                 ("0333", "H2S", 7.5, 19), ("0602", "Benzen", 5, 20), ("0621", "Toluen", 750, 20))


def _limits_ke2_vi(doc: Doc) -> None:
    r = doc.rng
    kp, kv = 1.0, 1.2
    doc.h("BÁO CÁO KẾT QUẢ VẬN HÀNH THỬ NGHIỆM CÔNG TRÌNH XỬ LÝ KHÍ THẢI – CƠ SỞ TÁI CHẾ LỐP XE PHẾ THẢI MINH QUANG")
    doc.p("Chủ cơ sở: Công ty TNHH Tái chế Môi trường Minh Quang; địa điểm: thôn Mẫn Xá, xã Văn Môn, tỉnh Bắc Ninh. Lò nhiệt phân số 1, khí "
          "không ngưng được đốt tại buồng đốt, khí thải qua tháp hấp thụ và ống thải KT1 cao 18 m. Cơ sở nằm tại khu vực nông thôn (Kv = 1,2).")
    head = ["Vị trí", "Lần đo", "Lưu lượng", "Nhiệt độ", "O2"] + [x[1] for x in VN_PYRO_STACK]
    units = ["", "", "m³/h", "°C", "%"] + ["mg/Nm³"] * len(VN_PYRO_STACK)
    rows = [head, units]
    merges = []
    cmax = {c: (_sig(lim * kp * kv, 6) if std == 19 else float(lim)) for c, _, lim, std in VN_PYRO_STACK}
    for j, day in enumerate((12, 13, 14)):
        line = ["KT1" if j == 0 else None, f"Lần {j + 1} ({day}/5/2025)", num(r.randint(40, 60) * 100, "vi"), num(r.randint(95, 160), "vi"),
                num(round(r.uniform(9, 14), 1), "vi")]
        for code, _, _, std in VN_PYRO_STACK:
            v = _sig(cmax[code] * r.uniform(0.08, 0.75), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("code", code), "flue_gas", cmax[code], "mg/Nm3", "B" if std == 19 else None, "KT1", v))
        rows.append(line)
    merges.append((2, 0, 4, 0))
    for label, cells in (("QCVN 19:2009/BTNMT, cột B (C)", [num(lim, "vi") if std == 19 else "-" for _, _, lim, std in VN_PYRO_STACK]),
                         (f"Cmax = C × Kp × Kv (Kp = {num(kp, 'vi')}; Kv = {num(kv, 'vi')})",
                          [num(cmax[c], "vi") if std == 19 else "-" for c, _, _, std in VN_PYRO_STACK]),
                         ("QCVN 20:2009/BTNMT", [num(lim, "vi") if std == 20 else "-" for _, _, lim, std in VN_PYRO_STACK])):
        rows.append([label, None, None, None, None, *cells])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table("Bảng 5. Kết quả quan trắc khí thải giai đoạn vận hành ổn định", rows, merges, role="limits")
    doc.p("Ghi chú: kết quả được hiệu chỉnh về điều kiện tiêu chuẩn; “-”: không quy định.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

ABBR = {"ru": {"quarterly": "1 раз/кв.", "monthly": "1 раз/мес.", "semiannual": "2 раза/год", "yearly": "1 раз/год"},
        "kk": {"quarterly": "тоқсанына 1 рет", "monthly": "айына 1 рет", "semiannual": "жылына 2 рет", "yearly": "жылына 1 рет"}}
SHORT = {"0328": ("Сажа", "Күйе"), "0207": ("Цинк оксид", "Мырыш оксиді"), "2704": ("Бензин", "Бензин"), "0330": ("Сера диоксид", "Күкірт диоксиді"),
         "0337": ("Углерод оксид", "Көміртек оксиді"), "0620": ("Стирол", "Стирол"), "2978": ("Пыль резинового вулканизата", "Резеңке вулканизатының шаңы"),
         "0301": ("Азота диоксид", "Азот диоксиді"), "0333": ("Сероводород", "Күкіртсутек"), "0703": ("Бенз(а)пирен", "Бенз(а)пирен")}
# (number, RU, KK source, {code: frequency}, method: i instrumental, c calculation)
TYRE_MATRIX = (
    ("0001", "Склад технического углерода (ФРИ-360)", "Техникалық көміртек қоймасы (ФРИ-360)", {"0328": "quarterly"}, "i"),
    ("0002", "Резиносмесители GK-270", "GK-270 резеңке араластырғыштары", {"0328": "quarterly", "0207": "semiannual"}, "i"),
    ("0003", "Клеевое отделение", "Желім бөлімшесі", {"2704": "monthly"}, "i"),
    ("0004", "Вулканизационные прессы", "Вулканизациялау престері", {"0330": "quarterly", "0337": "quarterly", "0620": "monthly"}, "i"),
    ("0005", "Участок шероховки", "Бұдырлау учаскесі", {"2978": "semiannual"}, "i"),
    ("0006", "Котельная", "Қазандық", {"0301": "quarterly", "0337": "quarterly"}, "i"),
    ("6001", "Разгрузка технического углерода", "Техникалық көміртекті түсіру", {"0328": "yearly"}, "c"),
)  # fmt: skip
MATRIX_CODES = ("0328", "0207", "2704", "0330", "0337", "0620", "2978", "0301")


def monitoring_ke1(doc: Doc) -> None:
    """A tyre plant's ПЭК plan of source control as a matrix: the sources as rows, the substances as columns under a merged
    header, a row of codes and a row of short names, each cell a frequency in the plan's abbreviations (`1 раз/кв.`,
    `2 раза/год`) or a dash, the method last; then the waste water's two control wells with their parameters listed in one
    cell (VI: a radial tyre plant's GPMT programme as a matrix of crosses under the parameters with the frequency in the last
    column, the boiler stack monitored continuously, the waste water with its parameters in words, the storm water not
    subject to monitoring)."""
    if doc.lang == "vi":
        _monitoring_ke1_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    words = ABBR[doc.lang]
    p = RUBBER_PLANTS[0]
    doc.h(g(f"Программа производственного экологического контроля {p[3]} на 2026–2028 годы", f"{p[4]} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы"))
    doc.h(g("5.1. План-график контроля на источниках выбросов", "5.1. Шығарынды көздеріндегі бақылау жоспар-кестесі"))
    w = len(MATRIX_CODES)
    rows = [[g("№ ИЗА", "ЛШК №"), g("Источник выброса", "Шығарынды көзі"), g("Контролируемые вещества и периодичность контроля", "Бақыланатын заттар және бақылау кезеңділігі")]
            + [None] * (w - 1) + [g("Метод контроля", "Бақылау әдісі")],
            [None, None, *MATRIX_CODES, None],
            [None, None, *(SHORT[c][k] for c in MATRIX_CODES), None]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, w + 1), (0, w + 2, 2, w + 2)]
    for number, s_ru, s_kk, items, how in TYRE_MATRIX:
        rows.append([number, (s_ru, s_kk)[k], *(words[items[c]] if c in items else "—" for c in MATRIX_CODES),
                     g("инструментальный", "аспаптық") if how == "i" else g("расчетный", "есептік")])
        for c, word in items.items():
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
            doc.add("emissions", emission(c, None, None, number))
    doc.table(g("Таблица 5.1", "5.1-кесте"), rows, merges, role="monitoring")
    doc.add("sources", *({"number": m[0], "type": _stype(m[0])} for m in TYRE_MATRIX))
    doc.p(g("Инструментальные замеры выполняет аккредитованная лаборатория по договору; результаты включаются в отчет по ПЭК.",
            "Аспаптық өлшеулерді шарт бойынша аккредиттелген зертхана орындайды; нәтижелер ӨЭБ бойынша есепке енгізіледі."))
    wells = (("КК-1", g("выпуск ливневой канализации после нефтеловушки", "мұнай ұстағыштан кейінгі нөсер кәрізінің шығарындысы"),
              ("TSS", "TPH", "COD", "pH"), "quarterly"),
             ("КК-2", g("выпуск условно чистых вод охлаждения прессов", "престерді салқындатудың шартты таза суларының шығарындысы"),
              ("pH", "TPH", "Zn"), "monthly"))
    rows = [g(["Точка контроля", "Местоположение", "Контролируемые показатели", "Периодичность", "Норматив"],
              ["Бақылау нүктесі", "Орналасқан жері", "Бақыланатын көрсеткіштер", "Кезеңділігі", "Норматив"])]
    for pid, place, symbols, word in wells:
        rows.append([pid, place, ", ".join(_water(doc, s) for s in symbols), words[word], g("ДК по разрешению", "рұқсат бойынша ЖК")])
        for s in symbols:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": word})
    doc.table(g("Таблица 5.2 – Контроль сточных вод", "5.2-кесте – Сарқынды суларды бақылау"), rows, role="monitoring")
    distractor(doc, doc.pick(("contacts", "approval")))


# symbol: (RU, KK, VI) — the parameters written in this part
WATER_NAMES = {
    "TSS": ("взвешенные вещества", "қалқыма заттар", "TSS"), "TPH": ("нефтепродукты", "мұнай өнімдері", "Tổng dầu mỡ khoáng"),
    "COD": ("ХПК", "ОХТ", "COD"), "pH": ("pH", "pH", "pH"), "Zn": ("цинк", "мырыш", "Kẽm (Zn)"), "BOD5": ("БПК5", "ОБТ5", "BOD5"),
    "NH4+": ("аммоний-ион", "аммоний-ион", "Amoni (tính theo N)"), "TN": ("азот общий", "жалпы азот", "Tổng nitơ (tính theo N)"),
    "Phenols": ("фенолы", "фенолдар", "Tổng phenol"), "TDS": ("сухой остаток", "құрғақ қалдық", "TDS"),
}


def _water(doc: Doc, symbol: str) -> str:
    return WATER_NAMES[symbol][{"ru": 0, "kk": 1, "vi": 2}[doc.lang]]


# (point, VI place, codes, frequency word, VI words)
VN_TYRE_MATRIX = (
    ("KT1", "Ống khói lò hơi đốt viên nén 20 tấn hơi/giờ", ("2902", "0330", "0301", "0337"), "continuous",
     "Liên tục (quan trắc tự động), truyền dữ liệu về Sở Nông nghiệp và Môi trường"),
    ("KT2", "Ống thải hệ thống lọc bụi khu luyện kín số 1", ("2902",), "quarterly", "03 tháng/lần"),
    ("KT3", "Ống thải hệ thống lọc bụi khu luyện kín số 2", ("2902",), "quarterly", "03 tháng/lần"),
    ("KT4", "Ống thải hệ thống xử lý khí khu lưu hóa", ("0333", "0621", "0616"), "quarterly", "03 tháng/lần"),
    ("KT5", "Ống thải khu quét keo, phun dung dịch chống dính", ("0621", "0616"), "semiannual", "06 tháng/lần"),
)
VN_MATRIX_CODES = ("2902", "0330", "0301", "0337", "0333", "0621", "0616")


def _monitoring_ke1_vi(doc: Doc) -> None:
    doc.h("GIẤY PHÉP MÔI TRƯỜNG – NHÀ MÁY SẢN XUẤT LỐP XE RADIAL PHƯỚC ĐÔNG")
    doc.p("Phụ lục 2. Bảo đảm giá trị giới hạn đối với khí thải và yêu cầu quan trắc. Đánh dấu “x” – thông số phải quan trắc.")
    w = len(VN_MATRIX_CODES)
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số quan trắc"] + [None] * (w - 1) + ["Tần suất"],
            [None, None, *(VN_LABEL[c] for c in VN_MATRIX_CODES), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, w + 1), (0, w + 2, 1, w + 2)]
    for pid, place, codes, word, said in VN_TYRE_MATRIX:
        rows.append([pid, place, *("x" if c in codes else "" for c in VN_MATRIX_CODES), said])
        for c in codes:
            doc.add("monitoring", {"point": pid, "code": c, "frequency": word})
    doc.table("Bảng 2.1. Quan trắc khí thải", rows, merges, role="monitoring")
    water = ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TPH")
    rows = [["Ký hiệu", "Vị trí", "Thông số", "Tần suất", "Quy chuẩn so sánh"],
            ["NT1", "Nước thải sau hệ thống xử lý nước thải tập trung 600 m³/ngày đêm", ", ".join(_water(doc, s) for s in water), "03 tháng/lần",
             "QCVN 40:2011/BTNMT, cột A"],
            ["NM1", "Nước mưa chảy tràn tại cửa xả ra kênh", "Không thuộc đối tượng phải quan trắc định kỳ", None, None]]
    for s in water:
        doc.add("monitoring", {"point": "NT1", "symbol": s, "frequency": "quarterly"})
    doc.table("Bảng 2.2. Quan trắc nước thải", rows, [(2, 2, 2, 4)], role="monitoring")
    maybe_distractor(doc)


MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# (section RU, KK, [(item, RU, KK object, where: ("src", number) or ("pts", (points)), [(kind, key)], months, frequency, who RU, KK)])
PYRO_CALENDAR = (
    (("1. Мониторинг эмиссий на источниках выбросов", "1. Шығарынды көздеріндегі эмиссиялар мониторингі"), [
        ("1.1", "ИЗА 0001 – дымовая труба топки реакторов", "0001 ЛШК – реакторлар оттығының түтін мұржасы", ("src", "0001"),
         [("code", "0301"), ("code", "0337"), ("code", "0330"), ("code", "0328")], (3, 6, 9, 12), "quarterly"),
        ("1.2", "ИЗА 0001 – дымовая труба топки реакторов", "0001 ЛШК – реакторлар оттығының түтін мұржасы", ("src", "0001"),
         [("code", "0703")], (7,), "yearly"),
        ("1.3", "ИЗА 0003 – бункер пиролизного углерода", "0003 ЛШК – пиролиз көміртегінің бункері", ("src", "0003"), [("code", "0328")], (4, 10),
         "semiannual"),
        ("1.4", "ИЗА 0004 – аспирация шредерной линии", "0004 ЛШК – шредер желісінің аспирациясы", ("src", "0004"), [("code", "2978")], (4, 10),
         "semiannual")]),
    (("2. Мониторинг воздействия на атмосферный воздух", "2. Атмосфералық ауаға әсер мониторингі"), [
        ("2.1", "Т-1, Т-2, Т-3, Т-4 – граница СЗЗ (500 м)", "Т-1, Т-2, Т-3, Т-4 – СҚА шекарасы (500 м)", ("pts", ("Т-1", "Т-2", "Т-3", "Т-4")),
         [("code", "0301"), ("code", "0337"), ("code", "0333"), ("code", "0328")], (2, 5, 8, 11), "quarterly")]),
    (("3. Мониторинг подземных вод", "3. Жерасты суларының мониторингі"), [
        ("3.1", "Наблюдательные скважины Н-1, Н-2", "Н-1, Н-2 бақылау ұңғымалары", ("pts", ("Н-1", "Н-2")),
         [("symbol", "TPH"), ("symbol", "Phenols"), ("symbol", "pH"), ("symbol", "TDS")], (5, 10), "semiannual")]),
)  # fmt: skip


def monitoring_ke2(doc: Doc) -> None:
    """A tyre recycling and pyrolysis plant's ПЭК calendar of sampling for 2026: items `1.1` under section rows (sources, the
    protection zone, ground water), the object, the parameters with codes in brackets, the twelve months I–XII as columns
    under a merged header marked `+` in the months of sampling, the number of samplings a year and who samples; no column
    says how often, the marks and the count do; one row names four points of the protection zone, another two wells, the
    stack appears in two rows with different frequencies (VI: a latex plant's programme with periodic and automatic
    monitoring of the same outlet side by side, the VN-2000 coordinates of each point, stacks not subject to automatic
    monitoring, ambient air kept by agreement with the commune)."""
    if doc.lang == "vi":
        _monitoring_ke2_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    doc.h(g("План-график производственного экологического контроля на 2026 год. ТОО «ШинРесурс Батыс»",
            "«ШинРесурс Батыс» ЖШС. 2026 жылға арналған өндірістік экологиялық бақылау жоспар-кестесі"))
    doc.p(g("Приложение 2 к Программе ПЭК. Знак «+» – месяц отбора проб. Отбор и анализ выполняет аккредитованная лаборатория ТОО «Батыс ЭкоЛаб».",
            "ӨЭБ бағдарламасына 2-қосымша. «+» белгісі – сынама алу айы. Сынама алуды және талдауды «Батыс ЭкоЛаб» ЖШС аккредиттелген зертханасы орындайды."))
    rows = [[g("№", "№"), g("Объект контроля", "Бақылау объектісі"), g("Контролируемые параметры", "Бақыланатын параметрлер"),
             g("Месяцы 2026 года", "2026 жылдың айлары")] + [None] * 11 + [g("Кол-во отборов в год", "Жылына сынама алу саны"), g("Исполнитель", "Орындаушы")],
            [None, None, None, *MONTHS, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15), (0, 16, 1, 16)]
    sources = []
    for (s_ru, s_kk), items in PYRO_CALENDAR:
        _span(rows, merges, (s_ru, s_kk)[k], 17)
        for item, o_ru, o_kk, (where, at), keys, months, word in items:
            params = ", ".join(f"{SHORT[key][k].lower()} ({key})" if kind == "code" else _water(doc, key) for kind, key in keys)
            rows.append([item, (o_ru, o_kk)[k], params, *("+" if m in months else "" for m in range(1, 13)), str(len(months)), g("лаборатория", "зертхана")])
            for kind, key in keys:
                if where == "src":
                    doc.add("monitoring", {"source_number": at, kind: key, "frequency": word})
                    doc.add("emissions", emission(key, None, None, at))
                else:
                    for pt in at:
                        doc.add("monitoring", {"point_contains": pt, kind: key, "frequency": word})
            if where == "src" and at not in sources:
                sources.append(at)
    doc.table(None, rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    maybe_distractor(doc)


def _monitoring_ke2_vi(doc: Doc) -> None:
    r = doc.rng
    p = doc.pick(VN_LATEX_PLANTS)
    x0, y0 = p[6], p[7]
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {p[0].upper()}")
    doc.p(f"Chủ cơ sở: {p[2]}. Thực hiện theo Giấy phép môi trường đã được cấp và Điều 97, Điều 98 Nghị định số 08/2022/NĐ-CP (đã được sửa đổi, "
          "bổ sung).")
    rows = [["TT", "Vị trí quan trắc", "Ký hiệu", "Tọa độ VN-2000", None, "Quan trắc định kỳ", None, "Quan trắc tự động, liên tục", None],
            [None, None, None, "X (m)", "Y (m)", "Thông số", "Tần suất", "Thông số", "Tần suất"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 0, 8)]
    plan = (
        ("Nước thải sau hệ thống xử lý, trước khi xả ra suối", "NT1", [("symbol", "BOD5"), ("symbol", "TN")], "quarterly", "03 tháng/lần",
         [("symbol", "pH"), ("symbol", "COD"), ("symbol", "TSS"), ("symbol", "NH4+")], "Lưu lượng (đầu vào, đầu ra), "),
        ("Ống thải lò sấy cao su số 1", "KT1", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "semiannual", "06 tháng/lần",
         None, None),
        ("Ống thải lò sấy cao su số 2", "KT2", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "semiannual", "06 tháng/lần",
         None, None),
        ("Không khí xung quanh tại khu dân cư cuối hướng gió (theo cam kết với UBND xã)", "KK1", [("code", "0333"), ("code", "0303")], "semiannual",
         "06 tháng/lần", [], None),
    )
    for n, (place, pid, periodic, word, said, auto, prefix) in enumerate(plan, 1):
        names = ", ".join(_water(doc, key) if kind == "symbol" else VN_LABEL[key] for kind, key in periodic)
        line = [str(n), place, pid, num(x0 + r.randint(-300, 300), "vi"), num(y0 + r.randint(-300, 300), "vi"), names, said]
        if auto is None:
            line += ["Không thuộc đối tượng phải quan trắc tự động, liên tục", None]
            merges.append((len(rows), 7, len(rows), 8))
        elif not auto:
            line += ["-", "-"]
        else:
            line += [prefix + ", ".join(_water(doc, key) for _, key in auto), "Liên tục, truyền số liệu về Sở Nông nghiệp và Môi trường"]
        rows.append(line)
        for kind, key in periodic:
            doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
        for kind, key in auto or ():
            doc.add("monitoring", {"point": pid, kind: key, "frequency": "continuous"})
    doc.table("Bảng 1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

SAID = {"ru": {"daily": "ежедневно", "weekly": "еженедельно", "monthly": "ежемесячно", "quarterly": "1 раз в квартал", "semiannual": "2 раза в год",
               "yearly": "1 раз в год"},
        "kk": {"daily": "күн сайын", "weekly": "апта сайын", "monthly": "ай сайын", "quarterly": "тоқсанына 1 рет", "semiannual": "жылына 2 рет",
               "yearly": "жылына 1 рет"},
        "vi": {"daily": "Hằng ngày", "weekly": "Hằng tuần", "monthly": "Hàng tháng", "quarterly": "03 tháng/lần", "semiannual": "06 tháng/lần",
               "yearly": "01 lần/năm"}}
# (unit, source, RU, KK unit, design efficiency %, mechanic's frequency, laboratory's frequency, RU, KK note)
GOU = (
    ("ГОУ-1", "0001", "Рукавный фильтр ФРИ-360 (склад технического углерода)", "ФРИ-360 жеңді сүзгісі (техникалық көміртек қоймасы)", 99.5,
     "daily", "yearly", "", ""),
    ("ГОУ-2", "0002", "Рукавный фильтр ФРКИ-180 (резиносмесители)", "ФРКИ-180 жеңді сүзгісі (резеңке араластырғыштар)", 99.0, "daily", "semiannual",
     "регенерация рукавов – импульсная, автоматически", "жеңдерді регенерациялау – импульстік, автоматты"),
    ("ГОУ-3", "0004", "Адсорбер с активированным углем (вулканизационные прессы)", "Белсендірілген көмірі бар адсорбер (вулканизациялау престері)", 85,
     "weekly", "yearly", "замена угля – при снижении эффективности ниже 80 %", "тиімділік 80 %-дан төмендегенде көмірді ауыстыру"),
    ("ГОУ-4", "0005", "Циклон ЦН-15 (участок шероховки)", "ЦН-15 циклоны (бұдырлау учаскесі)", 90, "weekly", "yearly", "", ""),
    ("ГОУ-5", "0003", "Рекуперационная установка паров бензина (клеевое отделение)", "Бензин буларын рекуперациялау қондырғысы (желім бөлімшесі)", 92,
     "daily", "quarterly", "", ""),
)  # fmt: skip


def inspections_ke1(doc: Doc) -> None:
    """A tyre plant's schedule of checks of its gas-cleaning units: each unit with its number in the unit's passport and the
    source it serves, the name and type, the design efficiency in per cent as a look-alike, then two frequency columns under
    a merged header that name who checks — the shop mechanic's inspection of the technical state and the accredited
    laboratory's test of the efficiency — so that each row holds two checks by two people; a note column with a condition
    that is no frequency (VI: a latex plant's schedule of checks of its waste-water works by the operator and by the
    environmental officer as two frequency columns, the form of the log as a look-alike)."""
    if doc.lang == "vi":
        _inspections_ke1_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    said = SAID[doc.lang]
    p = doc.pick(RUBBER_PLANTS)
    doc.h(g(f"График контроля работы пылегазоочистного оборудования на 2026 год. {p[0]}", f"{p[1]}. 2026 жылға арналған шаң-газ тазалау жабдығының жұмысын бақылау кестесі"))
    doc.p(g("Разработан в соответствии с Правилами эксплуатации установок очистки газа. Результаты осмотров заносятся в журнал ПГОУ, результаты "
            "проверки эффективности – в паспорт установки.",
            "Газ тазалау қондырғыларын пайдалану қағидаларына сәйкес әзірленді. Тексеру нәтижелері ШГТЖ журналына, тиімділікті тексеру нәтижелері "
            "қондырғы паспортына енгізіледі."))
    rows = [g(["№", "№ ГОУ по паспорту", "№ ИЗА", "Наименование и тип установки", "Проектная эффективность, %", "Периодичность", None, "Примечание"],
              ["№", "Паспорт бойынша ГТҚ №", "ЛШК №", "Қондырғының атауы мен түрі", "Жобалық тиімділігі, %", "Кезеңділігі", None, "Ескерту"]),
            [None] * 5 + g(["осмотр технического состояния (механик цеха)", "проверка эффективности очистки (аккредитованная лаборатория)"],
                           ["техникалық жай-күйін тексеру (цех механигі)", "тазалау тиімділігін тексеру (аккредиттелген зертхана)"]) + [None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7)] + [(0, 5, 0, 6)]
    for n, (unit, src, u_ru, u_kk, eff, mech, lab, n_ru, n_kk) in enumerate(GOU, 1):
        name = (u_ru, u_kk)[k]
        rows.append([str(n), unit, src, name, num(eff, doc.lang), said[mech], said[lab], (n_ru, n_kk)[k] or "—"])
        text = _head(name.split(" (")[0], 3)
        doc.add("obligations", {"kind": "inspection", "text_contains": text, "actor_contains": g("механик", "механигі"), "frequency": mech},
                {"kind": "inspection", "text_contains": text, "actor_contains": g("лаборатори", "зертхана"), "frequency": lab})
    doc.table(None, rows, merges, role="inspections")
    doc.add("sources", *({"number": u[1], "type": "organized"} for u in GOU))
    maybe_distractor(doc)


# (unit, check, operator's frequency or None, officer's frequency, form)
VN_WWTP_CHECKS = (
    ("Mương gạn mủ, bể tách mủ", "Vớt mủ nổi, kiểm tra tắc nghẽn song chắn rác", "daily", "weekly", "BM-MT-01"),
    ("Bể điều hòa", "Kiểm tra pH, mực nước, bơm khuấy trộn", "daily", "weekly", "BM-MT-02"),
    ("Hồ kỵ khí, đuốc đốt biogas", "Kiểm tra bạt HDPE, áp lực khí, hoạt động của đuốc đốt", "daily", "monthly", "BM-MT-03"),
    ("Bể Anoxic – Aerotank", "Đo DO, SV30; kiểm tra máy thổi khí", "daily", "weekly", "BM-MT-04"),
    ("Sân phơi bùn, máy ép bùn", "Kiểm tra lượng bùn tồn, nước rỉ từ bùn", None, "monthly", "BM-MT-05"),
    ("Trạm quan trắc nước thải tự động", "Kiểm tra tín hiệu truyền dữ liệu, dung dịch chuẩn của thiết bị đo", "daily", "monthly", "BM-MT-06"),
)


def _inspections_ke1_vi(doc: Doc) -> None:
    p = doc.pick(VN_LATEX_PLANTS)
    said = SAID["vi"]
    doc.h(f"QUY TRÌNH VẬN HÀNH HỆ THỐNG XỬ LÝ NƯỚC THẢI – {p[0].upper()}")
    doc.p("Phụ lục 3. Phân công kiểm tra, giám sát vận hành. Kết quả ghi vào biểu mẫu tương ứng và lưu tại nhà điều hành trạm xử lý.")
    rows = [["TT", "Hạng mục công trình", "Nội dung kiểm tra", "Tần suất kiểm tra", None, "Biểu mẫu ghi chép"],
            [None, None, None, "Công nhân vận hành", "Cán bộ phụ trách môi trường", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    for n, (unit, check, op, officer, form) in enumerate(VN_WWTP_CHECKS, 1):
        rows.append([str(n), unit, check, said[op] if op else "-", said[officer], form])
        if op:
            doc.add("obligations", {"kind": "inspection", "text_contains": _head(check, 3), "actor_contains": "Công nhân vận hành", "frequency": op})
        doc.add("obligations", {"kind": "inspection", "text_contains": _head(check, 3), "actor_contains": "Cán bộ phụ trách môi trường", "frequency": officer})
    doc.table("Bảng P3.1. Kiểm tra vận hành hệ thống xử lý nước thải", rows, merges, role="inspections")
    maybe_distractor(doc)


# (code, RU, KK department, criteria, RU, KK month, lead, auditor)
AUDITS = (
    ("ВА-01/26", "Цех подготовки сырья и шредерная линия", "Шикізатты дайындау цехы және шредер желісі", "6.1.2, 8.1", "март", "наурыз", "Ибраев К.М.", "Ли С.В."),
    ("ВА-02/26", "Участок пиролиза (реакторы, конденсационная система)", "Пиролиз учаскесі (реакторлар, конденсациялау жүйесі)", "6.1.2, 8.1, 8.2", "май",
     "мамыр", "Ибраев К.М.", "Нуртазина А.Б."),
    ("ВА-03/26", "Склад пиролизной жидкости и налив в автоцистерны", "Пиролиз сұйықтығының қоймасы және автоцистерналарға құю", "8.1, 8.2", "июнь",
     "маусым", "Нуртазина А.Б.", "Ли С.В."),
    ("ВА-04/26", "Площадки накопления отходов", "Қалдықтарды жинақтау алаңдары", "8.1, 9.1.2", "август", "тамыз", "Ибраев К.М.", "Жумагалиев Е.С."),
    ("ВА-05/26", "Служба производственного экологического контроля", "Өндірістік экологиялық бақылау қызметі", "7.5, 9.1.1, 9.1.2", "октябрь", "қазан",
     "Нуртазина А.Б.", "Жумагалиев Е.С."),
)  # fmt: skip


def inspections_ke2(doc: Doc) -> None:
    """A tyre pyrolysis plant's programme of internal audits of its environmental management system for 2026: the item's
    number beside the audit's code (`ВА-03/26`), the department or process audited, the clauses of СТ РК ISO 14001-2016 as
    criteria (`6.1.2, 8.1`), the month, the lead auditor and the auditor; no frequency is given, each audit is done once;
    the auditors' certificates in a table of no role (VI: a radial tyre plant's list of self-inspections under section rows
    for the hazardous-waste store, the chemicals store and the gas treatment of the curing hall, each check with its legal
    basis, a frequency or `Sau mỗi lần diễn tập, sự cố` and the unit that checks)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_ke2_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    doc.h(g("Программа внутренних аудитов системы экологического менеджмента ТОО «ШинРесурс Батыс» на 2026 год",
            "«ШинРесурс Батыс» ЖШС экологиялық менеджмент жүйесінің 2026 жылға арналған ішкі аудиттер бағдарламасы"))
    doc.p(g("Утверждена приказом директора № 14-П от 12.01.2026. Критерии аудита – требования СТ РК ISO 14001-2016, экологического "
            "законодательства и комплексного экологического разрешения.",
            "Директордың 2026 жылғы 12.01. № 14-П бұйрығымен бекітілді. Аудит өлшемшарттары – СТ РК ISO 14001-2016 талаптары, экология "
            "заңнамасы және кешенді экологиялық рұқсат."))
    rows = [g(["№", "Шифр аудита", "Проверяемое подразделение (процесс)", "Критерии (разделы СТ РК ISO 14001-2016)", "Срок проведения",
               "Ведущий аудитор", "Аудитор"],
              ["№", "Аудит шифры", "Тексерілетін бөлімше (процесс)", "Өлшемшарттар (СТ РК ISO 14001-2016 бөлімдері)", "Өткізу мерзімі",
               "Жетекші аудитор", "Аудитор"])]
    for n, (code, d_ru, d_kk, crit, m_ru, m_kk, lead, aud) in enumerate(AUDITS, 1):
        dept = (d_ru, d_kk)[k]
        rows.append([str(n), code, dept, crit, (m_ru, m_kk)[k], lead, aud])
        doc.add("obligations", {"kind": "inspection", "number": str(n), "text_contains": _head(dept.split(" (")[0], 3), "actor_contains": lead})
    doc.table(g("Таблица 1 – План-график внутренних аудитов", "1-кесте – Ішкі аудиттердің жоспар-кестесі"), rows, role="inspections")
    doc.table(g("Состав группы внутренних аудиторов", "Ішкі аудиторлар тобының құрамы"), [
        g(["Ф.И.О.", "Должность", "Удостоверение внутреннего аудитора"], ["Аты-жөні", "Лауазымы", "Ішкі аудитор куәлігі"]),
        ["Ибраев К.М.", g("главный инженер", "бас инженер"), f"№ {r.randint(1000, 9999)}-ЭМ, {r.randint(1, 28):02d}.04.2024"],
        ["Нуртазина А.Б.", g("инженер-эколог", "инженер-эколог"), f"№ {r.randint(1000, 9999)}-ЭМ, {r.randint(1, 28):02d}.10.2023"],
        ["Ли С.В.", g("начальник ОТиПБ", "ЕҚжӨҚБ бастығы"), f"№ {r.randint(1000, 9999)}-ЭМ, {r.randint(1, 28):02d}.02.2025"],
        ["Жумагалиев Е.С.", g("инженер-технолог", "инженер-технолог"), f"№ {r.randint(1000, 9999)}-ЭМ, {r.randint(1, 28):02d}.06.2025"],
    ], role="other")


# (section, [(check, basis, frequency or None, said, unit)])
VN_SELF_CHECKS = (
    ("I. KHO LƯU GIỮ CHẤT THẢI NGUY HẠI", [
        ("Kiểm tra dán nhãn, biển cảnh báo, phân loại chất thải nguy hại theo mã", "Điều 83 Luật Bảo vệ môi trường năm 2020", "weekly", None,
         "Tổ Môi trường"),
        ("Kiểm tra sàn, gờ chống tràn, thiết bị phòng cháy chữa cháy của kho", "Điều 83 Luật Bảo vệ môi trường năm 2020", "monthly", None,
         "Phòng An toàn – Môi trường"),
        ("Đối chiếu sổ theo dõi với chứng từ chất thải nguy hại", "Thông tư số 02/2022/TT-BTNMT", "quarterly", None, "Phòng An toàn – Môi trường")]),
    ("II. KHO HÓA CHẤT (LƯU HUỲNH, CHẤT XÚC TIẾN, CHẤT PHÒNG LÃO)", [
        ("Kiểm tra phiếu an toàn hóa chất, sắp xếp theo tính tương kỵ", "Nghị định số 113/2017/NĐ-CP", "monthly", None, "Thủ kho hóa chất"),
        ("Kiểm tra bộ ứng phó sự cố tràn đổ hóa chất", "Nghị định số 113/2017/NĐ-CP", None, "Sau mỗi lần diễn tập, sự cố", "Đội ứng phó sự cố")]),
    ("III. HỆ THỐNG XỬ LÝ KHÍ THẢI KHU LƯU HÓA", [
        ("Kiểm tra chênh áp tháp hấp phụ than hoạt tính", "QCVN 20:2009/BTNMT", "daily", None, "Công nhân vận hành"),
        ("Kiểm tra lưu lượng quạt hút, tình trạng chụp hút", "QCVN 19:2009/BTNMT", "weekly", None, "Tổ Cơ điện")]),
)


def _inspections_ke2_vi(doc: Doc) -> None:
    said = SAID["vi"]
    doc.h("KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – CÔNG TY TNHH LỐP XE PHƯỚC ĐÔNG VIỆT NAM")
    doc.p("Ban hành kèm theo Quyết định số 08/2025/QĐ-PĐ ngày 06/01/2025 của Tổng Giám đốc. Kết quả tự kiểm tra được tổng hợp vào báo cáo công "
          "tác bảo vệ môi trường hằng năm.")
    rows = [["TT", "Nội dung kiểm tra", "Căn cứ", "Tần suất", "Bộ phận thực hiện"]]
    merges = []
    n = 0
    for section, checks in VN_SELF_CHECKS:
        _span(rows, merges, section, 5)
        for text, basis, word, words, unit in checks:
            n += 1
            rows.append([str(n), text, basis, said[word] if word else words, unit])
            item = {"kind": "inspection", "number": str(n), "text_contains": _head(text, 4), "actor_contains": unit}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung, tần suất tự kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU, KK section), [(RU, KK measure, model-list item, (all, 2026, 2027) thousand tenge or None, start, end, RU, KK effect, RU, KK who)])
TYRE_PLAN = (
    (("1. Охрана атмосферного воздуха", "1. Атмосфералық ауаны қорғау"), [
        ("Замена рукавов фильтра ФРИ-360 склада технического углерода на мембранные (PTFE)",
         "Техникалық көміртек қоймасының ФРИ-360 сүзгісінің жеңдерін мембраналық (PTFE) жеңдерге ауыстыру", "1.2", (18400, 18400, 0), "01.2026",
         "06.2026", "−0,42 т/год сажи", "күйе −0,42 т/жыл", "главный механик", "бас механик"),
        ("Установка адсорбера с активированным углем на вытяжке вулканизационных прессов линии № 3",
         "№ 3 желінің вулканизациялау престерінің сорғышына белсендірілген көмірі бар адсорбер орнату", "1.2", (64500, 40000, 24500), "03.2026", "04.2027",
         "−1,8 т/год ЛОС", "ҰОҚ −1,8 т/жыл", "начальник цеха вулканизации", "вулканизациялау цехының бастығы"),
        ("Перевод клеевого отделения на клеи на водной основе", "Желім бөлімшесін су негізіндегі желімдерге көшіру", "1.9", (12000, 0, 12000), "01.2027",
         "12.2027", "−3,6 т/год бензина", "бензин −3,6 т/жыл", "главный технолог", "бас технолог")]),
    (("2. Охрана водных объектов", "2. Су объектілерін қорғау"), [
        ("Строительство локальных очистных сооружений ливневых стоков с нефтеловушкой",
         "Мұнай ұстағышы бар нөсер ағындарын жергілікті тазарту құрылыстарын салу", "2.3", (96000, 56000, 40000), "04.2026", "10.2027",
         "взвешенные вещества ≤ 20 мг/дм³", "қалқыма заттар ≤ 20 мг/дм³", "начальник ОКС", "КҚБ бастығы"),
        ("Перевод охлаждения вулканизационных прессов на оборотную систему", "Вулканизациялау престерін салқындатуды айналымдағы жүйеге көшіру", "2.6",
         (41000, 41000, 0), "05.2026", "12.2026", "−45 тыс. м³/год забора воды", "су алу −45 мың м³/жыл", "главный энергетик", "бас энергетик")]),
    (("6. Обращение с отходами производства и потребления", "6. Өндіріс және тұтыну қалдықтарымен жұмыс істеу"), [
        ("Организация участка переработки вулканизованного брака в резиновую крошку",
         "Вулканизацияланған ақауды резеңке үгіндісіне қайта өңдеу учаскесін ұйымдастыру", "6.3", (152000, 80000, 72000), "06.2026", "09.2027",
         "−350 т/год на полигон", "полигонға −350 т/жыл", "начальник ПТО", "ӨТБ бастығы"),
        ("Заключение договора на передачу отработанных масел на регенерацию", "Пайдаланылған майларды регенерацияға беру шартын жасасу", "6.5", None,
         "01.2026", "02.2026", "100 % масел на регенерацию", "майлардың 100 %-ы регенерацияға", "инженер-эколог", "инженер-эколог")]),
)  # fmt: skip


def tasks_ke1(doc: Doc) -> None:
    """A tyre plant's plan of environmental measures for 2026–2027 in the form of the Code's model list of measures: items
    numbered through the plan under section rows named like the model list's sections (`6. Обращение с отходами …`), the
    model list's item (`п. 1.2`) in a column of its own beside the plan's number, money in thousands of tenge as the total and
    by years under a merged header, start and end under another, the effect in tonnes a year or cubic metres, who is
    responsible; a measure without money (VI: a latex plant's plan of remedying the findings of an inspection by the
    Department of Agriculture and Environment, each finding beside its measure, the deadline, the unit and the state)."""
    if doc.lang == "vi":
        _tasks_ke1_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    p = doc.pick(RUBBER_PLANTS)
    doc.h(g(f"План мероприятий по охране окружающей среды {p[3]} на 2026–2027 годы", f"{p[4]} 2026–2027 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары"))
    doc.p(g("Составлен с учетом Типового перечня мероприятий по охране окружающей среды (приложение 4 к Экологическому кодексу Республики Казахстан).",
            "Қоршаған ортаны қорғау жөніндегі іс-шаралардың үлгілік тізбесі (Қазақстан Республикасы Экология кодексіне 4-қосымша) ескеріле отырып жасалды."))
    rows = [g(["№ п/п", "Наименование мероприятия", "Пункт Типового перечня", "Объем финансирования, тыс. тенге", None, None, "Срок выполнения", None,
               "Ожидаемый экологический эффект", "Ответственный исполнитель"],
              ["Р/с №", "Іс-шараның атауы", "Үлгілік тізбенің тармағы", "Қаржыландыру көлемі, мың теңге", None, None, "Орындау мерзімі", None,
               "Күтілетін экологиялық әсер", "Жауапты орындаушы"]),
            [None, None, None, g("всего", "барлығы"), "2026", "2027", g("начало", "басталуы"), g("окончание", "аяқталуы"), None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 8, 9)] + [(0, 3, 0, 5), (0, 6, 0, 7)]
    n = 0
    for (s_ru, s_kk), items in TYRE_PLAN:
        _span(rows, merges, (s_ru, s_kk)[k], 10)
        for m_ru, m_kk, item, money, start, end, e_ru, e_kk, w_ru, w_kk in items:
            n += 1
            text, who = (m_ru, m_kk)[k], (w_ru, w_kk)[k]
            cells = [num(x, doc.lang) if x else "–" for x in money] if money else [g("без затрат", "шығынсыз"), "–", "–"]
            rows.append([str(n), text, g(f"п. {item}", f"{item}-т."), *cells, start, end, (e_ru, e_kk)[k], who])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _head(text, 4), "actor_contains": who})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# (finding, measure, deadline, unit, state)
VN_REMEDY = (
    ("Thiết bị quan trắc nước thải tự động chưa được kiểm định, hiệu chuẩn đúng hạn",
     "Thực hiện kiểm định, hiệu chuẩn thiết bị quan trắc nước thải tự động, liên tục", "Trước ngày 30/6/2025", "Phòng Kỹ thuật – Môi trường", "Đã thực hiện"),
    ("Bạt HDPE phủ hồ kỵ khí bị rách, phát sinh mùi hôi", "Thay mới bạt HDPE phủ hồ kỵ khí, bổ sung đường ống thu khí biogas về đuốc đốt",
     "Quý III/2025", "Ban Cơ điện", "Đang thực hiện"),
    ("Kho chất thải nguy hại chưa có gờ chống tràn, biển cảnh báo", "Cải tạo kho lưu giữ chất thải nguy hại: làm gờ chống tràn, dán biển cảnh báo",
     "Trước ngày 31/5/2025", "Phòng Hành chính – Nhân sự", "Đã thực hiện"),
    ("Chưa ban hành kế hoạch phòng ngừa, ứng phó sự cố môi trường", "Lập và ban hành kế hoạch phòng ngừa, ứng phó sự cố môi trường của cơ sở",
     "Trước ngày 30/4/2025", "Phòng Kỹ thuật – Môi trường", "Đã thực hiện"),
    ("Nước mưa chảy tràn lẫn nước thải tại khu vực tiếp nhận mủ", "Tách riêng mương thu nước mưa khu tiếp nhận mủ, lắp mái che sân tiếp nhận",
     "Quý IV/2025", "Ban Quản lý dự án", "Chưa thực hiện"),
)


def _tasks_ke1_vi(doc: Doc) -> None:
    r = doc.rng
    p = doc.pick(VN_LATEX_PLANTS)
    kl = f"{r.randint(12, 48)}/KL-SNNMT ngày {r.randint(2, 27):02d}/3/2025"
    doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC TỒN TẠI THEO KẾT LUẬN KIỂM TRA SỐ {kl.upper()} – {p[2].upper()}")
    doc.p(f"Cơ sở: {p[0]}. Báo cáo tiến độ gửi Sở Nông nghiệp và Môi trường trước ngày 15 của tháng cuối mỗi quý.")
    rows = [["TT", f"Nội dung tồn tại (theo Kết luận kiểm tra số {kl})", "Biện pháp khắc phục", "Thời hạn hoàn thành", "Bộ phận chịu trách nhiệm",
             "Tình trạng"]]
    for n, (finding, measure, term, unit, state) in enumerate(VN_REMEDY, 1):
        rows.append([str(n), finding, measure, term, unit, state])
        doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _head(measure, 5), "actor_contains": unit})
    doc.table("Bảng 1. Kế hoạch khắc phục", rows, role="tasks")
    maybe_distractor(doc)


# (order's clause, RU, KK finding, RU, KK measure, term, RU, KK who, RU, KK mark)
ORDER_PLAN = (
    ("п. 3", "Накопление смолистых остатков пиролиза свыше шести месяцев (п. 2 ст. 320 ЭК РК)",
     "Пиролиздің шайырлы қалдықтарын алты айдан астам жинақтау (ҚР ЭК 320-бабының 2-тармағы)",
     "Передать накопленные смолистые остатки организации, имеющей лицензию на обезвреживание опасных отходов",
     "Жинақталған шайырлы қалдықтарды қауіпті қалдықтарды залалсыздандыруға лицензиясы бар ұйымға беру", "до 15.04.2026",
     "начальник участка пиролиза", "пиролиз учаскесінің бастығы", "выполнено, акт от 09.04.2026", "орындалды, 2026 ж. 09.04. акт"),
    ("п. 1", "Программа ПЭК не предусматривает контроль на источнике 0004 (ст. 182 ЭК РК)",
     "ӨЭБ бағдарламасы 0004 көздегі бақылауды көздемейді (ҚР ЭК 182-бабы)",
     "Внести изменения в программу производственного экологического контроля с включением источника 0004",
     "0004 көзді қоса отырып, өндірістік экологиялық бақылау бағдарламасына өзгерістер енгізу", "до 01.05.2026", "инженер-эколог", "инженер-эколог",
     "", ""),
    ("п. 2", "Площадка хранения изношенных шин не имеет твердого покрытия и обваловки", "Тозған шиналарды сақтау алаңының қатты жабыны мен үйіндісі жоқ",
     "Устроить бетонное покрытие и обваловку площадки хранения шин площадью 1 200 м²",
     "Ауданы 1 200 м² шиналарды сақтау алаңына бетон жабын және үйінді орнату", "до 01.09.2026", "заместитель директора по строительству",
     "директордың құрылыс жөніндегі орынбасары", "", ""),
    ("п. 5", "Не обеспечена герметичность резервуаров пиролизной жидкости Р-1 – Р-4", "Р-1 – Р-4 пиролиз сұйықтығы резервуарларының саңылаусыздығы қамтамасыз етілмеген",
     "Заменить дыхательные клапаны резервуаров Р-1 – Р-4 на клапаны с огнепреградителями",
     "Р-1 – Р-4 резервуарларының тыныс алу клапандарын от бөгегіштері бар клапандарға ауыстыру", "до 30.06.2026", "главный механик", "бас механик",
     "", ""),
    ("п. 4", "Отсутствуют паспорта опасных отходов", "Қауіпті қалдықтардың паспорттары жоқ", "Разработать и утвердить паспорта опасных отходов",
     "Қауіпті қалдықтардың паспорттарын әзірлеу және бекіту", "до 15.05.2026", "инженер-эколог", "инженер-эколог", "в работе", "орындалуда"),
)  # fmt: skip


def tasks_ke2(doc: Doc) -> None:
    """A tyre pyrolysis plant's plan of carrying out an order of the Department of Ecology after its inspection: the plan's
    own numbers `1` … beside the order's clauses (`п. 3`, `п. 1` …) out of order, the finding with the Code's articles and
    clauses in brackets, the measure, the term, who acts and a mark of what is done; one task already done (VI: a pyrolysis
    shop's roadmap of improving its gas treatment and then moving into an industrial cluster, items numbered through the
    table beside item codes `HM-01`, the two phases as section rows, start and end months and money in millions of dong)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_ke2_vi(doc)
        return
    g = _g(doc)
    k = 0 if doc.lang == "ru" else 1
    order = f"№ {r.randint(10, 99)}-{r.randint(100, 399)}"
    doc.h(g("План мероприятий по устранению нарушений, указанных в предписании Департамента экологии по Актюбинской области",
            "Ақтөбе облысы бойынша Экология департаментінің нұсқамасында көрсетілген бұзушылықтарды жою жөніндегі іс-шаралар жоспары"))
    doc.p(g(f"Предписание {order} от 02.03.2026 выдано ТОО «ШинРесурс Батыс» по итогам внеплановой проверки. Об исполнении сообщается в Департамент "
            "в течение пяти рабочих дней после срока по каждому пункту.",
            f"2026 ж. 02.03. {order} нұсқама жоспардан тыс тексеру қорытындысы бойынша «ШинРесурс Батыс» ЖШС-ға берілді. Орындалуы туралы әр "
            "тармақ бойынша мерзімнен кейін бес жұмыс күні ішінде Департаментке хабарланады."))
    rows = [g(["№ п/п", "Пункт предписания", "Выявленное нарушение", "Мероприятие по устранению", "Срок", "Ответственный", "Отметка о выполнении"],
              ["Р/с №", "Нұсқама тармағы", "Анықталған бұзушылық", "Жою жөніндегі іс-шара", "Мерзімі", "Жауапты", "Орындалуы туралы белгі"])]
    for n, (clause, f_ru, f_kk, m_ru, m_kk, term, w_ru, w_kk, d_ru, d_kk) in enumerate(ORDER_PLAN, 1):
        text, who = (m_ru, m_kk)[k], (w_ru, w_kk)[k]
        rows.append([str(n), clause if k == 0 else clause.replace("п. ", "") + "-т.", (f_ru, f_kk)[k], text,
                     term if k == 0 else term.replace("до ", "") + " дейін", who, (d_ru, d_kk)[k]])
        doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _head(text, 4), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    maybe_distractor(doc)


VN_ROADMAP = (
    ("GIAI ĐOẠN 1 (NĂM 2026): CẢI TẠO CÔNG TRÌNH XỬ LÝ KHÍ THẢI TẠI ĐỊA ĐIỂM HIỆN HỮU", [
        ("HM-01", "Lắp đặt tháp hấp phụ than hoạt tính sau tháp rửa khí của lò nhiệt phân số 1 và số 2", "01/2026", "04/2026", "Tổ Kỹ thuật", "850"),
        ("HM-02", "Nâng chiều cao ống thải KT1 từ 12 m lên 18 m, lắp sàn thao tác lấy mẫu", "03/2026", "05/2026", "Nhà thầu cơ khí Đức Long", "320"),
        ("HM-03", "Xây kho chứa dầu nhiệt phân có gờ chống tràn và bể thu gom sự cố", "04/2026", "08/2026", "Ban Giám đốc", "1.150")]),
    ("GIAI ĐOẠN 2 (2027 – 2028): DI DỜI VÀO CỤM CÔNG NGHIỆP VĂN MÔN", [
        ("HM-04", "Lập báo cáo đánh giá tác động môi trường cho dự án tại cụm công nghiệp", "01/2027", "06/2027", "Đơn vị tư vấn môi trường", "450"),
        ("HM-05", "Xây dựng nhà xưởng và lắp đặt 02 lò nhiệt phân liên tục", "07/2027", "06/2028", "Ban Quản lý dự án", "18.500"),
        ("HM-06", "Tháo dỡ lò nhiệt phân cũ, hoàn trả mặt bằng tại thôn Mẫn Xá", "07/2028", "12/2028", "Tổ Kỹ thuật", "600")]),
)


def _tasks_ke2_vi(doc: Doc) -> None:
    doc.h("LỘ TRÌNH CẢI TẠO, DI DỜI CƠ SỞ TÁI CHẾ LỐP XE PHẾ THẢI BẰNG CÔNG NGHỆ NHIỆT PHÂN – CÔNG TY TNHH TÁI CHẾ MÔI TRƯỜNG MINH QUANG")
    doc.p("Lộ trình được lập theo yêu cầu của UBND tỉnh Bắc Ninh về di dời các cơ sở sản xuất gây ô nhiễm ra khỏi khu dân cư và đã được UBND xã Văn "
          "Môn xác nhận.")
    rows = [["TT", "Mã hạng mục", "Nội dung công việc", "Bắt đầu", "Hoàn thành", "Đơn vị thực hiện", "Kinh phí dự kiến (triệu đồng)"]]
    merges = []
    n = 0
    for phase, items in VN_ROADMAP:
        _span(rows, merges, phase, 7)
        for code, text, start, end, who, money in items:
            n += 1
            rows.append([str(n), code, text, start, end, who, money])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _head(text, 5), "actor_contains": who})
    doc.table("Bảng 1. Lộ trình thực hiện", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"KE{k}", globals()[f"{role}_ke{k}"]) for role in ROLES for k in (1, 2)]
