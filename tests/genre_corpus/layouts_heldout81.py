"""A blind held-out set (two layouts per role, `IK1` and `IK2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: agrochemicals and forestry. Kazakhstan: landing strips of agricultural aviation with their stores of pesticides
and points of mixing the working solutions, seed plants with their shops treating seed, burial sites of obsolete
pesticides of the Soviet farms and their clean-up, district stores of pesticides and mineral fertilisers, forestry
institutions (учреждения лесного хозяйства, the former лесхозы) of the ribbon and island pine forests and of the Kokshetau uplands
with their tree nurseries, sawmills, wood-waste boiler houses and fire stations, and the aftermath of their wildfires
(a landing strip's passport, a commission's act of accepting a reconstructed seed plant, the air section of a project of
clean-up, a calculation of the emissions of a wildfire, a list of the wastes of a clean-up with their composition, a
forestry institution's waste section by kind of forest work, a soil survey of a burial site, a log of air samplings at a
landing strip during the spraying season, a programme of monitoring a clean-up by sets of parameters, a forestry
institution's ПЭК by months, a pesticide store's checks by periods of the farming year, the checks of a fire season by
the class of fire danger, an oblast's plan of liquidating burial sites and a plan of restoring a burnt forest). Vietnam:
the pesticide-contaminated sites of Nghệ An, Hà Tĩnh and Thanh Hóa under remediation, pesticide formulation and packaging
plants of the former Bình Dương and Long An, plantation forestry companies and wood-chip mills of Quảng Ngãi and of the
former Bình Định (an FSC chain-of-custody audit report, a record of checking the trial operation of treatment works, the
loads of excavating a contaminated site, the emissions of a plantation fire, a formulation plant's CTNH by line, a
forestry company's wastes by area, soil after remediation against two standards, stack samplings by batch, a
remediation site's programme by sets of parameters, a wood-chip mill's programme by months, a formulation plant's checks
by season, fire-season patrols by forecast level, a province's plan for contaminated sites and a plan of replanting).

Facility: the passport of an agricultural aviation's landing strip under four section rows — the operator with its BIN
and its certificate of aerial works, the aircraft with their registrations, then the strip with its place, KATO and the
aerodrome reference point in the aviation notation of degrees and decimal minutes (`N51°53,74′ E067°17,52′`), elevation
and runway course, then the pesticide store and the mixing point, then the category — the thresholds of the runway in
the same notation in a table of no role (VI: a wood-chip mill's FSC chain-of-custody audit report, the organisation's
card with the certificate code and the FSC licence code as look-alikes beside the enterprise number, decimal coordinates
written `15.36124 N, 108.77418 E`, the group inside the permit's line, the supplying plantations in a table of no role)
(IK1); a commission's act of accepting a reconstructed seed plant with its seed-treatment shop, the customer (the
operator) among a general contractor, a designer and a technical supervisor each with a BIN of its own, the coordinates
and the category given only as `см. примечание ¹`, `²` and written in the notes under the table — the centre of the site
beside the coordinates of its entrance — and the commission in a table of no role (VI: a Department's record of
checking the trial operation of a pesticide formulation plant's treatment works, consultant, builder and laboratory with
their own numbers, coordinates and group only in the notes `(1)`, `(2)`) (IK2).

Emissions: the air section of a project of cleaning up a burial site of obsolete pesticides, the substances grouped under
rows spanning the table by hazard class (`Вещества 1 класса опасности` … `Вещества, для которых установлены ОБУВ`) with no
class column, each substance's code and name merged down over the sources that emit it, the source's number and name
after the substance, tonnes for the period of the works, which is neither construction nor operation (VI: the loads of
excavating and packing a contaminated site under stage rows, the pesticide as `Tổng HCH`, kilograms for the stage)
(IK1); a forestry institution's calculation of what a wildfire emitted, the burnt compartments with the mass of burnt
forest fuel in a table of no role, then the substances with the specific emission in tonnes per tonne and the tonnes
emitted, no source and no grams a second, carbon dioxide only in the sentence under it (VI: a forestry company's fire in
an acacia plantation, emission factors in g/kg of dry biomass) (IK2).

Wastes: the list of the wastes of cleaning up a burial site to be sent for destruction, each waste's row followed by
rows of its composition in per cent (`– гексахлорциклогексан (ГХЦГ) … 14`) that are no wastes, the state and the
operation beside the tonnes (VI: a formulation plant's CTNH in kilograms, each waste's row followed by `trong đó` rows
by production line, ordinary wastes in tonnes in a second table) (IK1); a forestry institution's wastes under rows
naming the kind of forest work (nursery, thinning and sanitary felling, sawmill, boiler house, garage and fire station,
office), the quantity in the unit it is counted in — cubic metres, kilograms, pieces — and a factor before the tonnes,
which are the amount, one code under two works (VI: a forestry company's nursery, wood-chip mill and chip yard, each
group row naming its unit) (IK2).

Limits: a soil survey of a burial site, the substances as rows with their ПДК and the points as column groups, each
split into two depths, DDT with no code of its own beside hexachlorocyclohexane and 2,4-D with codes, mercury and
arsenic, `н/о` below detection (VI: soil after remediation, each parameter with the standard it is judged by in a
column of its own — QCVN 15:2008/BTNMT for pesticide residues, QCVN 03-MT:2015/BTNMT for metals — `KPH`) (IK1); a landing
strip's log of air samplings at the protection zone's boundary during the spraying season, a row per sampling with the
date, the field treated, the preparation with its active ingredient, the wind, the point, the code of the active
ingredient, its concentration and the ПДК м.р. or ОБУВ of that ingredient, so that the substance changes from row to row
(VI: a formulation plant's stacks sampled per batch, the solvent measured depending on the product formulated, QCVN
20:2009/BTNMT with no column and QCVN 19:2009/BTNMT column B for dust) (IK2).

Monitoring: a programme of monitoring a clean-up whose rows give the points as ranges (`Т-1 – Т-4`, `П-1 – П-6`) and a
letter of a set of parameters, the sets defined in a table of no role before it, a sampling of the pit's bottom once
after excavation (VI: a contaminated site's programme, `KK1 ÷ KK4`, `Bộ thông số A`) (IK1); a forestry institution's ПЭК
at its wood-waste boiler house, sawmill cyclones, sawdust store and fuel point, the frequency given only as the months
of sampling (`январь, апрель, июль, октябрь`), the codes in brackets after the names (VI: a wood-chip mill's programme
with `Tháng 3, 6, 9, 12`) (IK2).

Inspections: a district store of pesticides and fertilisers whose checks have a column per period of the farming year —
off-season, preparing for the season, the season of treatments, closing the season — each cell the frequency in that
period or a dash, a check at each batch received that is no frequency (VI: a formulation plant's peak and ordinary
months) (IK1); a forestry institution's checks in the fire season whose frequency cell holds one line per class of fire
danger by weather (`I–II класс – …`, `IV–V класс – …`), a check after each thunderstorm (VI: a forestry company's patrols
by forecast level `cấp I–III`, `cấp IV–V`) (IK2).

Tasks: an oblast's plan of liquidating burial sites of obsolete pesticides, a column of the sites' numbers in the
oblast's register (`07-012`) beside the item numbers, the tonnes, the lead body and the sums (VI: a province's plan for
its pesticide-contaminated sites with their codes from the national list) (IK1); a forestry institution's plan of
restoring a burnt forest, the forest districts as executors and the quarters and compartments (`кв. 112, выд. 4–9`) in a
column of their own, volumes in hectares and cubic metres (VI: a forestry company's plan of replanting, `tiểu khu`,
`khoảnh`, `lô`) (IK2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, make_bin, make_msdn, maybe_distractor, num
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
    """The quoted part of a name (`Нива` of `Семенной завод «Нива»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`53°52′48,3″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


def _ddm(value: float, lat: bool) -> tuple[str, float]:
    """Aviation notation, degrees and decimal minutes with the hemisphere first: `N51°53,74′`, `E067°17,52′`."""
    d = int(value)
    m = round((value - d) * 60, 2)
    if m >= 60:
        d, m = d + 1, 0.0
    deg = f"{d:02d}" if lat else f"{d:03d}"
    return f"{'N' if lat else 'E'}{deg}°{m:05.2f}′".replace(".", ","), d + m / 60


# code: (RU, KK, VI, hazard class as printed) of pollutants the vocabulary does not name; the names are those of the
# list of pollutants used in Kazakhstan (or its aliases in brackets)
EXTRA = {
    "0829": ("Гексахлорциклогексан (Гексахлоран)", "Гексахлорциклогексан (гексахлоран)", "Tổng HCH (Hexaclorocyclohexan)", 1),
    "3334": ("2,4-Дихлорфеноксиуксусная кислота (2,4-Д)", "2,4-дихлорфеноксисірке қышқылы (2,4-Д)", "2,4-D", None),
    "2110": ("Карбофос", "Карбофос", "Malathion (Carbofos)", 2),
    "2146": ("Хлорпирифос (Дурсбан)", "Хлорпирифос (дурсбан)", "Chlorpyrifos", 2),
    "2038": ("Циперметрин", "Циперметрин", "Cypermethrin", 3),
    "2142": ("Глифосат", "Глифосат", "Glyphosate", None),
    "3243": ("Тебуконазол", "Тебуконазол", "Tebuconazole", None),
    "0349": ("Хлор", "Хлор", "Clo (Cl2)", 2),
    "2732": ("Керосин", "Керосин", "Kerosen", None),
    "2936": ("Пыль древесная", "Ағаш шаңы", "Bụi gỗ", None),
    "1052": ("Метанол (Метиловый спирт)", "Метанол (метил спирті)", "Metanol", 3),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _date(doc: Doc, year: int = 2025, sep: str = ".") -> str:
    r = doc.rng
    return f"{r.randint(1, 28):02d}{sep}{r.randint(1, 12):02d}{sep}{year}"


# ---------------------------------------------------------------- facility

# (RU operator, KK operator, RU strip, KK strip, RU place, KK place, RU village, KK village, KATO prefix, lat, lon,
#  elevation m, runway course)
AVIA_STRIPS = (
    ("ТОО «Агроавиа Есиль»", "«Агроавиа Есіл» ЖШС", "Посадочная площадка «Жаксы-АХР»", "«Жақсы-АХЖ» қону алаңы",
     "Акмолинская область, Жаксынский район, 4,5 км юго-западнее с. Жаксы", "Ақмола облысы, Жақсы ауданы, Жақсы ауылынан оңтүстік-батысқа қарай 4,5 км",
     "с. Жаксы", "Жақсы ауылы", "1144", 51.8912, 67.2886, 302, 42),
    ("ТОО «Солтүстік Агроавиа»", "«Солтүстік Агроавиа» ЖШС", "Посадочная площадка «Тайынша-АХР»", "«Тайынша-АХЖ» қону алаңы",
     "Северо-Казахстанская область, Тайыншинский район, 3 км севернее г. Тайынша", "Солтүстік Қазақстан облысы, Тайынша ауданы, Тайынша қаласынан солтүстікке қарай 3 км",
     "г. Тайынша", "Тайынша қаласы", "5958", 53.8764, 69.7712, 196, 118),
    ("ТОО «Жетісу Агроавиа Сервис»", "«Жетісу Агроавиа Сервис» ЖШС", "Посадочная площадка «Каратал-АХР»", "«Қаратал-АХЖ» қону алаңы",
     "область Жетісу, Каратальский район, 6 км восточнее г. Уштобе", "Жетісу облысы, Қаратал ауданы, Үштөбе қаласынан шығысқа қарай 6 км",
     "г. Уштобе", "Үштөбе қаласы", "3343", 45.2617, 78.0554, 411, 76),
)  # fmt: skip


def facility_ik1(doc: Doc) -> None:
    """The passport of an agricultural aviation's landing strip used in the season of aerial chemical works, `показатель |
    сведения` under four section rows: the operator with its BIN, its certificate of aerial works and the registrations of
    its aircraft and drones, then the strip with its place, KATO, the aerodrome reference point in the aviation notation of
    degrees and decimal minutes with the hemisphere letter first and a padded longitude, the elevation and the runway's
    magnetic course, then the pesticide store and the mixing and loading point, then the category with the declaration of
    impact; the runway's thresholds in the same notation in a table of no role (VI: an FSC chain-of-custody audit report
    of a wood-chip mill, `Hạng mục | Thông tin`, the certificate code and the FSC licence code beside the enterprise number,
    `15.36124 N, 108.77418 E`, the group inside the permit's line, the supplying plantations in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ik1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(AVIA_STRIPS)
    operator, strip, place, village, prefix = s[L], s[2 + L], s[4 + L], s[6 + L], s[8]
    lat0, lon0, elev, course = s[9] + r.uniform(-0.004, 0.004), s[10] + r.uniform(-0.004, 0.004), s[11], s[12]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _ddm(lat0, True)
    lon, lon_v = _ddm(lon0, False)
    cert = f"KZ.AW.{r.randint(100, 399):04d}"
    regs = ", ".join(f"UP-A{r.randint(200, 2999):04d}" for _ in range(r.randint(2, 3)))
    drones = r.randint(2, 5)
    decl = f"KZ{r.randint(10, 99)}VDD{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g(f"Паспорт посадочной площадки для выполнения авиационно-химических работ. {strip}",
            f"{strip}. Авиациялық-химиялық жұмыстарды орындауға арналған қону алаңының паспорты", ""))
    doc.p(g("Паспорт составлен эксплуатантом по состоянию на 01.03.2026 перед началом сезона авиационно-химических работ (АХР) и "
            "представляется в территориальное подразделение уполномоченного органа в области гражданской авиации и в местный "
            "исполнительный орган.",
            "Паспортты пайдаланушы авиациялық-химиялық жұмыстар (АХЖ) маусымы басталар алдында 01.03.2026 жағдай бойынша жасады және ол "
            "азаматтық авиация саласындағы уәкілетті органның аумақтық бөлімшесіне және жергілікті атқарушы органға ұсынылады.", ""))
    rows = [g(["Показатель", "Сведения"], ["Көрсеткіш", "Мәліметтер"], [])]
    merges: list = []
    _span(rows, merges, g("1. Эксплуатант", "1. Пайдаланушы (эксплуатант)", ""), 2)
    rows += [[g("Наименование", "Атауы", ""), operator],
             [g("БИН", "БСН", ""), bin_],
             [g("Сертификат эксплуатанта на выполнение авиационных работ", "Авиациялық жұмыстарды орындауға арналған пайдаланушы сертификаты", ""),
              g(f"№ {cert} от {_date(doc, 2024)}, выдан АО «Авиационная администрация Казахстана»",
                f"{_date(doc, 2024)} № {cert}, «Қазақстанның авиациялық әкімшілігі» АҚ берген", "")],
             [g("Воздушные суда", "Әуе кемелері", ""),
              g(f"Ан-2 ({regs}); беспилотные авиационные системы DJI Agras T40 – {drones} ед.",
                f"Ан-2 ({regs}); DJI Agras T40 ұшқышсыз авиациялық жүйелері – {drones} бірл.", "")]]
    _span(rows, merges, g("2. Посадочная площадка", "2. Қону алаңы", ""), 2)
    rows += [[g("Наименование", "Атауы", ""), strip],
             [g("Местоположение", "Орналасқан жері", ""), place],
             [g("Код КАТО", "ҚАТО коды", ""), kato],
             [g("Контрольная точка аэродрома (КТА), WGS-84", "Аэродромның бақылау нүктесі (АБН), WGS-84", ""), f"{lat} {lon}"],
             [g("Превышение КТА", "АБН асуы", ""), g(f"{elev} м", f"{elev} м", "")],
             [g("ВПП: покрытие, размеры, МК", "ҰҚЖ: жабыны, өлшемдері, МК", ""),
              g(f"грунтовая, 650 × 40 м, МК {course:03d}°/{course + 180:03d}°", f"топырақ, 650 × 40 м, МК {course:03d}°/{course + 180:03d}°", "")],
             [g("Период эксплуатации", "Пайдалану кезеңі", ""), g("май – сентябрь (сезон АХР)", "мамыр – қыркүйек (АХЖ маусымы)", "")]]
    _span(rows, merges, g("3. Склад пестицидов и пункт приготовления рабочих растворов", "3. Пестицидтер қоймасы және жұмыс ерітінділерін дайындау пункті", ""), 2)
    rows += [[g("Вместимость склада", "Қойманың сыйымдылығы", ""), g(f"{r.choice((15, 20, 25))} т препаратов в заводской таре", f"зауыттық ыдыстағы {r.choice((15, 20, 25))} т препарат", "")],
             [g("Площадка приготовления растворов и заправки ВС", "Ерітінділерді дайындау және ӘК-ге құю алаңы", ""),
              g("бетонированная, 12 × 18 м, с бортиком и приямком для сбора проливов", "бетондалған, 12 × 18 м, жиегі және төгілгенді жинайтын шұңқыры бар", "")],
             [g("Расстояние до ближайшей жилой застройки", "Ең жақын тұрғын үйлерге дейінгі қашықтық", ""),
              g(f"{num(round(r.uniform(2.2, 4.8), 1), 'ru')} км ({village})", f"{num(round(r.uniform(2.2, 4.8), 1), 'kk')} км ({village})", "")]]
    _span(rows, merges, g("4. Экологические сведения", "4. Экологиялық мәліметтер", ""), 2)
    rows += [[g("Категория объекта (статья 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)", ""), "III"],
             [g("Декларация о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларация", ""),
              g(f"№ {decl} от {_date(doc, 2025)}", f"{_date(doc, 2025)} № {decl}", "")],
             [g("Санитарно-защитная зона", "Санитариялық-қорғаныш аймағы", ""), g("1000 м (склад пестицидов)", "1000 м (пестицидтер қоймасы)", "")]]  # fmt: skip
    doc.table(g("Таблица 1 – Общие сведения", "1-кесте – Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(strip), "kato": kato, "category": "III", "lat": lat_v, "lon": lon_v})
    rad = 0.0058
    ends = []
    for k, sign in ((course, -1), (course + 180, 1)):
        la, _ = _ddm(lat0 + sign * rad * 0.5, True)
        lo, _ = _ddm(lon0 + sign * rad * 0.9, False)
        rwy = f"{round(k / 10) % 36 or 36:02d}"
        ends.append([g(f"Порог ВПП {rwy}", f"ҰҚЖ {rwy} табалдырығы", ""), f"{la} {lo}",
                     g(f"{elev + r.randint(-3, 3)} м", f"{elev + r.randint(-3, 3)} м", "")])
    doc.table(g("Таблица 2 – Координаты порогов ВПП", "2-кесте – ҰҚЖ табалдырықтарының координаттары", ""),
              [g(["Точка", "Координаты (WGS-84)", "Превышение"], ["Нүкте", "Координаттары (WGS-84)", "Асуы"], []), *ends], role="other")
    doc.p(g("Площадка используется только в дневное время в период сезона АХР; в межсезонье препараты на складе не хранятся.",
            "Алаң тек АХЖ маусымы кезеңінде күндізгі уақытта пайдаланылады; маусымаралық кезеңде қоймада препараттар сақталмайды.", ""))


# (mill, company, site address, lat, lon, province's committee, supplying plantations)
VN_CHIP_MILLS = (
    ("Nhà máy sản xuất dăm gỗ xuất khẩu Dung Quất Xanh", "Công ty TNHH Lâm sản Dung Quất Xanh",
     "Lô B3, Khu công nghiệp phía Tây Dung Quất, xã Bình Sơn, tỉnh Quảng Ngãi", 15.3612, 108.7742, "UBND tỉnh Quảng Ngãi",
     ("Nhóm hộ trồng rừng keo FSC xã Ba Động", "Công ty TNHH MTV Lâm nghiệp Ba Tơ Xanh", "Nhóm hộ trồng rừng xã Sơn Hà")),
    ("Nhà máy chế biến dăm gỗ Phù Cát", "Công ty Cổ phần Lâm sản Phù Cát",
     "Cụm công nghiệp Cát Nhơn, xã Phù Cát, tỉnh Gia Lai (tỉnh Bình Định cũ)", 13.9914, 109.0537, "UBND tỉnh Bình Định",
     ("Công ty TNHH MTV Lâm nghiệp An Nhơn Xanh", "Nhóm hộ trồng rừng keo xã Cát Sơn", "Hợp tác xã Lâm nghiệp Hoài Ân")),
)  # fmt: skip


def _facility_ik1_vi(doc: Doc) -> None:
    r = doc.rng
    mill, company, site, lat0, lon0, committee, suppliers = doc.pick(VN_CHIP_MILLS)
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    lic = f"FSC-C{r.randint(150000, 199999)}"
    cert = f"CU-COC-{r.randint(800000, 899999)}"
    doc.h("BÁO CÁO ĐÁNH GIÁ CHỨNG NHẬN CHUỖI HÀNH TRÌNH (CoC) THEO TIÊU CHUẨN FSC-STD-40-004 V3-1")
    doc.p(f"Loại đánh giá: đánh giá giám sát lần 2 (S2). Ngày đánh giá tại hiện trường: {_date(doc, 2026, '/')}. Chuyên gia đánh giá trưởng: "
          f"{doc.pick(('Nguyễn Thị Thu Hà', 'Trần Minh Quang', 'Lê Hoàng Phúc'))}.")
    rows = [["Hạng mục", "Thông tin"]]
    merges: list = []
    _span(rows, merges, "1. THÔNG TIN TỔ CHỨC ĐƯỢC ĐÁNH GIÁ", 2)
    rows += [["Tên tổ chức", company],
             ["Mã số doanh nghiệp", msdn],
             ["Mã chứng chỉ / Mã giấy phép FSC", f"{cert} / {lic}"],
             ["Loại chứng chỉ", "Chứng chỉ đơn lẻ (single site)"]]
    _span(rows, merges, "2. ĐỊA ĐIỂM ĐƯỢC CHỨNG NHẬN", 2)
    rows += [["Tên địa điểm", mill],
             ["Địa chỉ", site],
             ["Tọa độ GPS", f"{lat:.5f} N, {lon:.5f} E"],
             ["Hồ sơ môi trường", f"Giấy phép môi trường số {r.randint(20, 190)}/GPMT-UBND ngày {_date(doc, 2023, '/')} của {committee}; "
                                  "dự án thuộc nhóm II theo phân loại của Luật Bảo vệ môi trường"],
             ["Sản phẩm được chứng nhận", "W3.1 – Dăm gỗ keo, bạch đàn (FSC 100%; FSC Controlled Wood)"],
             ["Hệ thống kiểm soát", "Phương pháp chuyển giao (transfer system)"]]  # fmt: skip
    doc.table("Bảng 1. Thông tin chung về tổ chức", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": mill, "category": "II", "lat": lat, "lon": lon})
    sup = [["TT", "Đơn vị cung cấp gỗ nguyên liệu", "Mã chứng chỉ FM/CoC", "Diện tích (ha)", "Khối lượng dự kiến 2026 (tấn)"]]
    for k, name in enumerate(suppliers, 1):
        sup.append([str(k), name, f"FSC-C{r.randint(150000, 199999)}", num(r.randint(180, 2400), "vi"), num(r.randint(8, 60) * 1000, "vi")])
    doc.table("Bảng 2. Nguồn nguyên liệu đầu vào", sup, role="other")
    doc.p("Kết luận: tổ chức tiếp tục đáp ứng các yêu cầu của tiêu chuẩn; không phát hiện điểm không phù hợp lớn.")


# (RU operator, KK operator, RU plant, KK plant, RU address, KK address, KATO prefix, lat, lon, t/h)
SEED_PLANTS = (
    ("ТОО «Агрофирма Нива-Север»", "«Нива-Солтүстік» агрофирмасы ЖШС", "Семенной завод «Нива» с цехом протравливания семян",
     "Тұқым дәрілеу цехы бар «Нива» тұқым зауыты", "Северо-Казахстанская область, район Шал акына, г. Сергеевка, ул. Элеваторная, 4",
     "Солтүстік Қазақстан облысы, Шал ақын ауданы, Сергеевка қаласы, Элеваторная к-сі, 4", "5955", 53.8807, 67.4195, 20),
    ("ТОО «Qostanai Tuqym»", "«Qostanai Tuqym» ЖШС", "Семенной завод «Тобыл» с цехом протравливания семян",
     "Тұқым дәрілеу цехы бар «Тобыл» тұқым зауыты", "Костанайская область, Костанайский район, с. Заречное, промзона, участок 12",
     "Қостанай облысы, Қостанай ауданы, Заречное ауылы, өнеркәсіптік аймақ, 12-учаске", "3954", 53.1352, 63.5398, 15),
    ("ТОО «Акмола Тұқым Сервис»", "«Ақмола Тұқым Сервис» ЖШС", "Семенной завод «Шортанды» с цехом протравливания семян",
     "Тұқым дәрілеу цехы бар «Шортанды» тұқым зауыты", "Акмолинская область, Шортандинский район, пос. Шортанды, ул. Бараева, 15",
     "Ақмола облысы, Шортанды ауданы, Шортанды кенті, Бараев к-сі, 15", "1156", 51.7061, 70.9972, 25),
)  # fmt: skip


def facility_ik2(doc: Doc) -> None:
    """A commission's act of accepting into operation a reconstructed seed plant with its seed-treatment shop, `№ | реквизит |
    сведения`: the customer (the operator) with its BIN, then a general contractor, a designer and a technical supervisor,
    each with a BIN of its own, then the object with its place, KATO, capacity and cost, while the coordinates and the
    category say only `см. примечание ¹` and `см. примечание ²` and are written in the notes under the table — the centre
    of the site beside the coordinates of its entrance, the category with its conclusion — the commission's members in a
    table of no role (VI: a provincial Department's record of checking the trial operation of a pesticide formulation
    plant's treatment works, the consultant, the builder and the monitoring laboratory with numbers of their own, the
    coordinates and the group only in the notes `(1)` and `(2)`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ik2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(SEED_PLANTS)
    operator, plant, address, prefix, lat0, lon0, cap = p[L], p[2 + L], p[4 + L], p[6], p[7], p[8], p[9]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat0, lon0 = lat0 + r.uniform(-0.003, 0.003), lon0 + r.uniform(-0.003, 0.003)
    lat, lat_v = _dms(lat0, True, doc.lang)
    lon, lon_v = _dms(lon0, False, doc.lang)
    lat_e, _ = _dms(lat0 - 0.0011, True, doc.lang)
    lon_e, _ = _dms(lon0 - 0.0017, False, doc.lang)
    concl = f"KZ{r.randint(10, 99)}VWF{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g("Акт приемки построенного объекта в эксплуатацию", "Салынған объектіні пайдалануға қабылдау актісі", ""))
    order = f"{r.randint(2, 27):02d}.02.2026"
    doc.p(g(f"Приемочная комиссия, назначенная приказом заказчика от {order} № {r.randint(12, 90)}-П, произвела приемку "
            "объекта после реконструкции и установила следующее.",
            f"Тапсырыс берушінің {order} № {r.randint(12, 90)}-Б бұйрығымен тағайындалған қабылдау комиссиясы объектіні "
            "реконструкциядан кейін қабылдады және мыналарды анықтады.", ""))
    rows = [g(["№", "Реквизит", "Сведения"], ["№", "Деректемелер", "Мәліметтер"], [])]
    firms = g(("ТОО «СеверСтройМонтаж»", "ТОО «АгроПроект-KZ»", "ТОО «Инжиниринг Контроль Групп»"),
              ("«СеверСтройМонтаж» ЖШС", "«АгроПроект-KZ» ЖШС", "«Инжиниринг Контроль Групп» ЖШС"), ())
    rows += [["1", g("Заказчик (собственник объекта)", "Тапсырыс беруші (объектінің меншік иесі)", ""), f"{operator}, {g('БИН', 'БСН', '')} {bin_}"],
             ["2", g("Генеральный подрядчик", "Бас мердігер", ""), f"{firms[0]}, {g('БИН', 'БСН', '')} {make_bin(r)}"],
             ["3", g("Проектная организация", "Жобалау ұйымы", ""), f"{firms[1]}, {g('БИН', 'БСН', '')} {make_bin(r)}"],
             ["4", g("Технический надзор", "Техникалық қадағалау", ""), f"{firms[2]}, {g('БИН', 'БСН', '')} {make_bin(r)}"],
             ["5", g("Наименование объекта", "Объектінің атауы", ""), plant],
             ["6", g("Адрес объекта", "Объектінің мекенжайы", ""), address],
             ["7", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["8", g("Географические координаты", "Географиялық координаттары", ""), g("см. примечание ¹", "¹ ескертпені қараңыз", "")],
             ["9", g("Вид строительства", "Құрылыс түрі", ""), g("реконструкция", "реконструкция", "")],
             ["10", g("Мощность", "Қуаты", ""), g(f"очистка и протравливание семян – {cap} т/ч; хранение – {cap * 300} т",
                                                 f"тұқымды тазалау және дәрілеу – {cap} т/сағ; сақтау – {cap * 300} т", "")],
             ["11", g("Категория объекта, оказывающего негативное воздействие на окружающую среду", "Қоршаған ортаға теріс әсер ететін объект санаты", ""),
              g("см. примечание ²", "² ескертпені қараңыз", "")],
             ["12", g("Сметная стоимость", "Сметалық құны", ""), g(f"{num(r.randint(6000, 16000) / 10, 'ru')} млн тенге", f"{num(r.randint(6000, 16000) / 10, 'kk')} млн теңге", "")],
             ["13", g("Начало и окончание работ", "Жұмыстардың басталуы мен аяқталуы", ""), g("апрель 2025 г. – февраль 2026 г.", "2025 ж. сәуір – 2026 ж. ақпан", "")]]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.p(g(f"¹ Центр производственной площадки (WGS-84): {lat}, {lon}; въезд на площадку (КПП): {lat_e}, {lon_e}",
            f"¹ Өндірістік алаңның орталығы (WGS-84): {lat}, {lon}; алаңға кіреберіс (ӨБП): {lat_e}, {lon_e}", ""))
    doc.p(g(f"² II категория – заключение об определении категории объекта № {concl} от {_date(doc, 2024)} (хранение и применение пестицидов "
            "для протравливания семян).",
            f"² II санат – {_date(doc, 2024)} № {concl} объектінің санатын айқындау туралы қорытынды (тұқымды дәрілеуге арналған "
            "пестицидтерді сақтау және қолдану).", ""))
    doc.add("facilities", {"bin": bin_, "name_contains": _core(plant), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    members = [g(["Роль в комиссии", "Ф.И.О.", "Должность, организация"], ["Комиссиядағы рөлі", "Аты-жөні", "Лауазымы, ұйымы"], [])]
    for role, name, pos in g(
        (("Председатель", "Жумабаев Е.К.", "директор заказчика"), ("Член комиссии", "Петренко А.В.", "главный инженер генподрядчика"),
         ("Член комиссии", "Сарсенова Г.М.", "ГИП проектной организации"), ("Член комиссии", "Оспанов Б.Т.", "эксперт технического надзора")),
        (("Төраға", "Жұмабаев Е.Қ.", "тапсырыс берушінің директоры"), ("Комиссия мүшесі", "Петренко А.В.", "бас мердігердің бас инженері"),
         ("Комиссия мүшесі", "Сәрсенова Г.М.", "жобалау ұйымының БЖИ"), ("Комиссия мүшесі", "Оспанов Б.Т.", "техникалық қадағалау сарапшысы")), ()):
        members.append([role, name, pos])
    doc.table(g("Состав приемочной комиссии", "Қабылдау комиссиясының құрамы", ""), members, role="other")


# (plant, company, address, lat, lon, province's Department)
VN_PEST_PLANTS = (
    ("Nhà máy gia công, sang chai, đóng gói thuốc bảo vệ thực vật An Điền", "Công ty Cổ phần Nông dược An Điền",
     "Lô C5, Khu công nghiệp Nam Tân Uyên mở rộng, phường Tân Hiệp, Thành phố Hồ Chí Minh (tỉnh Bình Dương cũ)", 11.0712, 106.7398,
     "Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh"),
    ("Nhà máy sản xuất, đóng gói thuốc bảo vệ thực vật Tân Long", "Công ty TNHH Hóa nông Tân Long",
     "Lô H2, Khu công nghiệp Xuyên Á, xã Mỹ Hạnh, tỉnh Tây Ninh (tỉnh Long An cũ)", 10.8861, 106.5127, "Sở Nông nghiệp và Môi trường tỉnh Tây Ninh"),
)  # fmt: skip


def _facility_ik2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, address, lat0, lon0, dept = doc.pick(VN_PEST_PLANTS)
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 4), round(lon0 + r.uniform(-0.002, 0.002), 4)
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("BIÊN BẢN KIỂM TRA VIỆC VẬN HÀNH THỬ NGHIỆM CÁC CÔNG TRÌNH XỬ LÝ CHẤT THẢI")
    doc.p(f"Hôm nay, ngày {r.randint(2, 28):02d}/04/2026, Đoàn kiểm tra của {dept} tiến hành kiểm tra việc vận hành thử nghiệm công trình xử lý "
          "nước thải và khí thải của dự án với các thông tin như sau:")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Chủ dự án", company],
            ["2", "Mã số doanh nghiệp", msdn],
            ["3", "Đơn vị tư vấn môi trường", f"Công ty TNHH Tư vấn Môi trường Sài Gòn Xanh (MST {make_msdn(r)})"],
            ["4", "Đơn vị thi công hệ thống xử lý khí thải", f"Công ty Cổ phần Kỹ thuật Môi trường Việt Tín (MST {make_msdn(r)})"],
            ["5", "Đơn vị quan trắc", f"Trung tâm Quan trắc và Phân tích Môi trường Phương Nam (VIMCERTS {r.randint(100, 320)})"],
            ["6", "Tên dự án", plant],
            ["7", "Địa điểm", address],
            ["8", "Tọa độ", "Xem ghi chú (1)"],
            ["9", "Phân loại dự án", "Xem ghi chú (2)"],
            ["10", "Giấy phép môi trường", f"Số {r.randint(100, 900)}/GPMT-SNNMT ngày {_date(doc, 2025, '/')}"],
            ["11", "Thời gian vận hành thử nghiệm", f"Từ {r.randint(5, 28):02d}/01/2026 đến {r.randint(5, 28):02d}/07/2026"]]
    doc.table("I. THÔNG TIN CHUNG", rows, role="facility")
    doc.p(f"Ghi chú: (1) Tọa độ tâm khu đất (hệ WGS-84): {num(lat, 'vi')}° vĩ độ Bắc; {num(lon, 'vi')}° kinh độ Đông. Điểm đấu nối nước thải "
          f"vào hệ thống thu gom của KCN: {num(round(lat - 0.0009, 4), 'vi')}° vĩ độ Bắc; {num(round(lon + 0.0012, 4), 'vi')}° kinh độ Đông.")
    doc.p("(2) Dự án thuộc nhóm II (Phụ lục IV ban hành kèm theo Nghị định số 08/2022/NĐ-CP) – gia công, sang chai, đóng gói thuốc bảo vệ "
          "thực vật.")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": "II", "lat": lat, "lon": lon})
    doc.table("II. THÀNH PHẦN ĐOÀN KIỂM TRA", [["TT", "Họ và tên", "Chức vụ, đơn vị"],
                                            ["1", "Ông Võ Thanh Tùng", "Phó Chi cục trưởng Chi cục Bảo vệ môi trường – Trưởng đoàn"],
                                            ["2", "Bà Huỳnh Thị Ngọc Lan", "Chuyên viên Chi cục Bảo vệ môi trường"],
                                            ["3", "Ông Phan Văn Lực", "Đại diện Ban Quản lý các khu công nghiệp"]], role="other")


# ---------------------------------------------------------------- emissions

# (RU site, KK site, RU place, KK place, RU customer, KK customer, KATO prefix)
BURIAL_SITES = (
    ("Захоронение непригодных пестицидов бывшего совхоза «Луговой»", "Бұрынғы «Луговой» кеңшарының жарамсыз пестицидтер көмінді орны",
     "Жамбылская область, Меркенский район, 3,2 км северо-восточнее с. Ойтал", "Жамбыл облысы, Меркі ауданы, Ойтал ауылынан солтүстік-шығысқа қарай 3,2 км",
     "ГУ «Управление сельского хозяйства и земельных отношений акимата Жамбылской области»",
     "«Жамбыл облысы әкімдігінің ауыл шаруашылығы және жер қатынастары басқармасы» ММ", "3143"),
    ("Могильник ядохимикатов бывшего отделения «Сельхозхимия» у с. Сарыозек", "Сарыөзек ауылы маңындағы бұрынғы «Сельхозхимия» бөлімшесінің улы химикаттар көміндісі",
     "область Жетісу, Кербулакский район, 5 км западнее с. Сарыозек", "Жетісу облысы, Кербұлақ ауданы, Сарыөзек ауылынан батысқа қарай 5 км",
     "ГУ «Управление сельского хозяйства области Жетісу»", "«Жетісу облысының ауыл шаруашылығы басқармасы» ММ", "3347"),
    ("Захоронение пестицидов бывшего склада агрохимии у пос. Аксу", "Ақсу кентіндегі бұрынғы агрохимия қоймасының пестицидтер көмінді орны",
     "Павлодарская область, г. Аксу, 2,5 км южнее пос. Аксу", "Павлодар облысы, Ақсу қ., Ақсу кентінен оңтүстікке қарай 2,5 км",
     "ГУ «Управление сельского хозяйства Павлодарской области»", "«Павлодар облысының ауыл шаруашылығы басқармасы» ММ", "5520"),
)  # fmt: skip
CONTRACTOR = ("ТОО «ЭкоДетокс Казахстан»", "«ЭкоДетокс Қазақстан» ЖШС")
# (number, RU, KK, hours of the works, {code: (low, high) g/s})
BURIAL_SOURCES = (
    ("0001", "Дизель-генератор АД-60 полевого лагеря и поста дегазации", "Далалық лагерь мен дегазациялау постының АД-60 дизель-генераторы", 2400,
     {"0301": (0.04, 0.09), "0304": (0.006, 0.015), "0328": (0.003, 0.008), "0330": (0.008, 0.02), "0337": (0.04, 0.1), "1325": (0.0008, 0.002),
      "2754": (0.02, 0.05)}),
    ("6001", "Вскрытие захоронения и выемка содержимого экскаватором", "Көміндіні ашу және ішіндегісін экскаватормен алу", 620,
     {"0829": (0.0001, 0.0006), "3334": (0.00005, 0.0003), "2908": (0.02, 0.09)}),
    ("6002", "Переупаковка пестицидов и загрязненного грунта в контейнеры (под навесом)",
     "Пестицидтер мен ластанған топырақты контейнерлерге қайта буып-түю (қалқа астында)", 940,
     {"0829": (0.00005, 0.0003), "3334": (0.00002, 0.0001), "2110": (0.00002, 0.0001)}),
    ("6003", "Работа строительной техники и автотранспорта", "Құрылыс техникасы мен автокөліктің жұмысы", 1300,
     {"0301": (0.02, 0.06), "0304": (0.003, 0.01), "0328": (0.002, 0.006), "0330": (0.004, 0.01), "0337": (0.05, 0.15), "2732": (0.008, 0.025)}),
    ("6004", "Пост дегазации техники (обработка раствором хлорной извести)", "Техниканы дегазациялау посты (хлорлы әк ерітіндісімен өңдеу)", 310,
     {"0349": (0.0002, 0.0009)}),
)  # fmt: skip
CLASS_ROWS = {
    1: ("Вещества 1 класса опасности", "1-қауіптілік сыныбындағы заттар"),
    2: ("Вещества 2 класса опасности", "2-қауіптілік сыныбындағы заттар"),
    3: ("Вещества 3 класса опасности", "3-қауіптілік сыныбындағы заттар"),
    4: ("Вещества 4 класса опасности", "4-қауіптілік сыныбындағы заттар"),
    None: ("Вещества, для которых установлены ОБУВ (класс опасности не установлен)", "ҚӘБД белгіленген заттар (қауіптілік сыныбы белгіленбеген)"),
}


def emissions_ik1(doc: Doc) -> None:
    """The air section of a project of cleaning up a burial site of obsolete pesticides (opening the burial, repacking the
    pesticides and the soil into containers, machinery, a diesel generator and a post decontaminating the machinery), the
    substances grouped under rows spanning the table by hazard class — `Вещества 1 класса опасности` down to the substances
    with an ОБУВ — and no class column, each substance's code and name merged down over the sources emitting it, the
    source's number and name after the substance, g/s and tonnes for the period of the works, which is neither
    construction nor operation, a total row (VI: the loads of excavating, packing and hauling the soil of a
    pesticide-contaminated site under stage rows with the days of each stage, named sources with no numbers, the pesticide
    as `Tổng HCH`, the hours and kilograms for the stage)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ik1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = doc.pick(BURIAL_SITES)
    doc.h(g(f"Проект работ по ликвидации захоронения непригодных пестицидов. Раздел «Охрана окружающей среды». {site[0]}",
            f"{site[1]}. Жарамсыз пестицидтер көмінді орнын жою жұмыстарының жобасы. «Қоршаған ортаны қорғау» бөлімі", ""))
    doc.h(g("4.2. Характеристика источников выбросов и выбросы загрязняющих веществ", "4.2. Шығарынды көздерінің сипаттамасы және ластаушы заттар шығарындылары", ""))
    doc.p(g(f"Заказчик – {site[4]}, подрядчик – {CONTRACTOR[0]}. Работы выполняются в один сезон (май – октябрь 2026 г.); выбросы "
            "приведены за весь период работ, после которого источники ликвидируются.",
            f"Тапсырыс беруші – {site[5]}, мердігер – {CONTRACTOR[1]}. Жұмыстар бір маусымда (2026 ж. мамыр – қазан) орындалады; "
            "шығарындылар жұмыстардың бүкіл кезеңі үшін келтірілген, одан кейін көздер жойылады.", ""))
    by_code: dict[str, list] = {}
    all_g, all_t = [], []
    for number, s_ru, s_kk, hours, codes in BURIAL_SOURCES:
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            t = _sig(gs * 3600 * hours / 1e6, 3)
            by_code.setdefault(c, []).append((number, (s_ru, s_kk)[L], gs, t))
            doc.add("emissions", emission(c, gs, t, number, _hazard(c)))
            all_g.append(gs)
            all_t.append(t)
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "№ ИЗА", "Наименование источника", "Выброс, г/с", "Выброс, т/период"],
              ["ЛЗ коды", "Ластаушы заттың атауы", "ЛШК №", "Көздің атауы", "Шығарынды, г/с", "Шығарынды, т/кезең"], [])]
    merges: list = []
    for cls in (1, 2, 3, 4, None):
        codes = sorted(c for c in by_code if _hazard(c) == cls)
        if not codes:
            continue
        _span(rows, merges, CLASS_ROWS[cls][L], 6)
        for c in codes:
            start = len(rows)
            for j, (number, name, gs, t) in enumerate(by_code[c]):
                rows.append([c if j == 0 else None, _air(doc, c) if j == 0 else None, number, name, num(gs, doc.lang), num(t, doc.lang)])
            if len(by_code[c]) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append(["", g("Всего по объекту", "Объект бойынша барлығы", ""), "", "", num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang)])
    doc.table(g("Таблица 4.2 – Выбросы загрязняющих веществ в период ликвидационных работ",
                "4.2-кесте – Жою жұмыстары кезеңіндегі ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in BURIAL_SOURCES))
    doc.p(g("Продолжительность работы источников: ИЗА 0001 – 2400 ч, ИЗА 6001 – 620 ч, ИЗА 6002 – 940 ч, ИЗА 6003 – 1300 ч, ИЗА 6004 – 310 ч.",
            "Көздердің жұмыс ұзақтығы: 0001 ЛШК – 2400 сағ, 6001 ЛШК – 620 сағ, 6002 ЛШК – 940 сағ, 6003 ЛШК – 1300 сағ, 6004 ЛШК – 310 сағ.", ""))
    maybe_distractor(doc)


# (site, place, owner)
VN_SITES = (
    ("Điểm tồn lưu hóa chất bảo vệ thực vật tại kho Hợp tác xã Nông nghiệp Hợp Minh cũ", "xóm 5, xã Hợp Minh, tỉnh Nghệ An",
     "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh Nghệ An"),
    ("Điểm tồn lưu hóa chất bảo vệ thực vật tại kho thuốc Trung Lộc", "thôn Trung Thượng, xã Trung Lộc, tỉnh Hà Tĩnh",
     "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh"),
    ("Điểm tồn lưu hóa chất bảo vệ thực vật tại kho Trạm Bảo vệ thực vật Vạn Thiện cũ", "thôn Đồng Mười, xã Vạn Thiện, tỉnh Thanh Hóa",
     "Sở Nông nghiệp và Môi trường tỉnh Thanh Hóa"),
)
# (stage, days, [(source, hours, {code: (low, high) g/s})])
VN_STAGES_EX = (
    ("Giai đoạn 1. Đào, bốc và đóng gói đất nhiễm, hóa chất tồn lưu (60 ngày)", [
        ("Máy xúc đào 0,4 m³ đào bóc đất nhiễm", 480, {"0829": (0.0001, 0.0005), "2902": (0.02, 0.08)}),
        ("Khu đóng gói trong nhà bạt kín (quạt hút qua tháp than hoạt tính)", 480, {"0829": (0.00003, 0.0002)}),
        ("Máy phát điện dự phòng 50 kVA", 120, {"2902": (0.003, 0.01), "0301": (0.03, 0.08), "0330": (0.004, 0.012), "0337": (0.02, 0.06)})]),
    ("Giai đoạn 2. Vận chuyển đất nhiễm và hóa chất về nơi xử lý (15 ngày)", [
        ("Xe tải 15 tấn vận chuyển (6 chuyến/ngày)", 120, {"2902": (0.01, 0.04), "0301": (0.02, 0.07), "0330": (0.002, 0.008), "0337": (0.03, 0.09)})]),
    ("Giai đoạn 3. San lấp, hoàn nguyên mặt bằng (30 ngày)", [
        ("Máy ủi, máy đầm và xe chở đất sạch", 240, {"2902": (0.02, 0.07), "0301": (0.02, 0.06), "0330": (0.002, 0.007), "0337": (0.02, 0.07)})]),
)  # fmt: skip


def _emissions_ik1_vi(doc: Doc) -> None:
    r = doc.rng
    site, place, owner = doc.pick(VN_SITES)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN XỬ LÝ, CẢI TẠO VÀ PHỤC HỒI MÔI TRƯỜNG – {site.upper()}")
    doc.h("3.1.2. Tác động do bụi, khí thải trong quá trình xử lý")
    doc.p(f"Chủ dự án: {owner}. Địa điểm: {place}. Đất nhiễm và hóa chất tồn lưu được đào bốc, đóng gói trong nhà bạt kín và vận chuyển đi "
          "xử lý bằng phương pháp đốt tại lò đốt chất thải nguy hại; tải lượng được tính cho từng giai đoạn thực hiện.")
    rows = [["TT", "Nguồn phát sinh", "Thông số", "Tải lượng (g/s)", "Thời gian hoạt động (giờ)", "Tải lượng cả giai đoạn (kg)"]]
    merges: list = []
    n = 0
    for stage, sources in VN_STAGES_EX:
        _span(rows, merges, stage, 6)
        for name, hours, codes in sources:
            n += 1
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                kg = _sig(gs * 3600 * hours / 1000, 3)
                rows.append([str(n) if j == 0 else None, name if j == 0 else None, _air(doc, c, 1), num(gs, "vi"),
                             num(hours, "vi") if j == 0 else None, num(kg, "vi")])
                doc.add("emissions", emission(c, gs, kg / 1000))
            if len(codes) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 4, len(rows) - 1, 4)]
    doc.table("Bảng 3.3. Tải lượng bụi, khí thải phát sinh theo giai đoạn thực hiện dự án", rows, merges, role="emissions")
    doc.p("Ghi chú: HCH phát tán chủ yếu dưới dạng hơi và bụi đất nhiễm; nồng độ HCH được kiểm soát bằng việc phun ẩm và che phủ hố đào.")
    maybe_distractor(doc)


# (RU institution, KK institution, RU region (genitive), KK region, [(RU forest district, KK forest district)])
FORESTRY = (
    ("КГУ «Бескарагайское учреждение лесного хозяйства»", "«Бесқарағай орман шаруашылығы мекемесі» КММ", "Абайской области", "Абай облысы",
     (("Канонерское", "Канонер"), ("Бегеньское", "Бегень"), ("Бескарагайское", "Бесқарағай"))),
    ("КГУ «Зерендинское учреждение лесного хозяйства»", "«Зеренді орман шаруашылығы мекемесі» КММ", "Акмолинской области", "Ақмола облысы",
     (("Зерендинское", "Зеренді"), ("Кызылегисское", "Қызылеңіс"), ("Симбугинское", "Сымбұға"))),
    ("КГУ «Аулиекольское учреждение лесного хозяйства»", "«Әулиекөл орман шаруашылығы мекемесі» КММ", "Костанайской области", "Қостанай облысы",
     (("Аманкарагайское", "Аманқарағай"), ("Казанбасское", "Қазанбас"), ("Лесное", "Лесное"))),
)  # fmt: skip
# (RU kind of fire, KK kind, share of forest fuel burnt)
FIRE_KINDS = (("низовой устойчивый", "тұрақты төменгі", 0.55), ("низовой беглый", "қашқын төменгі", 0.3), ("верховой", "жоғарғы", 0.8))
# code: t a t of forest fuel burnt
FIRE_FACTORS = (("0337", 0.107), ("0301", 0.003), ("0328", 0.00056), ("0410", 0.0047), ("2902", 0.0176))


def emissions_ik2(doc: Doc) -> None:
    """A forestry institution's calculation of what a wildfire in its pine forest emitted into the air: first the burnt
    compartments by forest district, quarter and compartments with the kind of fire, the area, the stock of forest fuel
    and the share burnt and the mass burnt, in a table of no role, then the substances with their class, the specific
    emission in tonnes a tonne of fuel burnt and the tonnes emitted — no source, no grams a second, no period — and carbon
    dioxide only in a sentence under it (VI: a forestry company's fire in an acacia plantation by `tiểu khu`, `khoảnh`,
    `lô`, the emission factors in grams a kilogram of dry biomass)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ik2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f = doc.pick(FORESTRY)
    inst, region, districts = f[L], f[2 + L], f[4]
    day = r.randint(3, 27)
    doc.h(g(f"Расчет выбросов загрязняющих веществ в атмосферный воздух при лесном пожаре {day:02d}–{day + 2:02d} августа 2025 года. {inst}",
            f"{inst}. 2025 жылғы {day}–{day + 2} тамыздағы орман өрті кезінде атмосфералық ауаға ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g(f"Расчет выполнен для определения размера вреда, причиненного окружающей среде, по материалам акта о лесном пожаре и "
            f"лесопатологического обследования гари. Учреждение находится в ведении управления природных ресурсов {region}.",
            f"Есеп орман өрті туралы актінің және күйік алаңын орман патологиялық зерттеудің материалдары бойынша қоршаған ортаға келтірілген "
            f"зиянның мөлшерін анықтау үшін орындалды. Мекеме {region} табиғи ресурстар басқармасының қарамағында.", ""))
    rows = [g(["Лесничество", "Квартал", "Выделы", "Вид пожара", "Площадь, га", "Запас ЛГМ, т/га", "Доля сгоревших ЛГМ", "Масса сгоревших ЛГМ, т"],
              ["Орманшылық", "Орам", "Телімдер", "Өрт түрі", "Ауданы, га", "ОЖМ қоры, т/га", "Жанған ОЖМ үлесі", "Жанған ОЖМ массасы, т"], [])]
    mass_total = 0.0
    for d in r.sample(range(len(districts)), 2):
        for _ in range(2):
            q = r.randint(20, 160)
            a, b = r.randint(1, 12), r.randint(13, 28)
            kind = doc.pick(FIRE_KINDS)
            area = round(r.uniform(8, 140), 1)
            stock = round(r.uniform(18, 42), 1)
            mass = round(area * stock * kind[2], 1)
            mass_total += mass
            rows.append([districts[d][L], str(q), f"{a}–{b}", kind[L], num(area, doc.lang), num(stock, doc.lang), num(kind[2], doc.lang),
                         num(mass, doc.lang)])
    mass_total = round(mass_total, 1)
    rows.append([g("Итого", "Барлығы", ""), "", "", "", "", "", "", num(mass_total, doc.lang)])
    doc.table(g("Таблица 1 – Площадь пожара и масса сгоревших лесных горючих материалов (ЛГМ)",
                "1-кесте – Өрт ауданы және жанған орман жанғыш материалдарының (ОЖМ) массасы", ""), rows, role="other")
    rows = [g(["№", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Удельный выброс, т/т сгоревших ЛГМ", "Выброс, т"],
              ["№", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Меншікті шығарынды, т/т жанған ОЖМ", "Шығарынды, т"], [])]
    total = 0.0
    for k, (c, factor) in enumerate(FIRE_FACTORS, 1):
        t = _sig(mass_total * factor, 4)
        total += t
        hz = _hazard(c)
        rows.append([str(k), c, _air(doc, c), str(hz) if hz else "–", num(factor, doc.lang), num(t, doc.lang)])
        doc.add("emissions", emission(c, None, t, None, hz))
    rows.append(["", "", g("Всего", "Барлығы", ""), "", "", num(round(total, 4), doc.lang)])
    doc.table(g("Таблица 2 – Выбросы загрязняющих веществ при пожаре", "2-кесте – Өрт кезіндегі ластаушы заттар шығарындылары", ""), rows,
              role="emissions")
    co2 = num(round(mass_total * 1.57, 1), doc.lang)
    doc.p(g(f"Кроме того, выброс диоксида углерода составил {co2} т (1,57 т/т сгоревших ЛГМ); парниковые газы в расчете вреда не учитываются.",
            f"Бұдан басқа, көміртек диоксиді шығарындысы {co2} т құрады (1,57 т/т жанған ОЖМ); парниктік газдар зиянды есептеуде ескерілмейді.", ""))
    maybe_distractor(doc)


VN_FOREST_COS = (
    ("Công ty TNHH MTV Lâm nghiệp Ba Tơ Xanh", "tỉnh Quảng Ngãi", "xã Ba Động"),
    ("Công ty TNHH MTV Lâm nghiệp An Nhơn Xanh", "tỉnh Gia Lai (tỉnh Bình Định cũ)", "xã Hoài Ân"),
)
# code: (VI label, g a kg of dry biomass burnt)
VN_FIRE_FACTORS = (("0337", "Cacbon monoxit (CO)", 93), ("0301", "NOx (tính theo NO2)", 2.6), ("0410", "Metan (CH4)", 5.1),
                   ("2902", "Tổng bụi lơ lửng (TSP)", 8.3), ("0008", "Bụi PM10", 7.2))


def _emissions_ik2_vi(doc: Doc) -> None:
    r = doc.rng
    company, province, commune = doc.pick(VN_FOREST_COS)
    doc.h(f"BÁO CÁO THIỆT HẠI VÀ ƯỚC TÍNH PHÁT THẢI DO VỤ CHÁY RỪNG TRỒNG NGÀY {r.randint(3, 27):02d}/5/2025 – {company.upper()}")
    doc.p(f"Vụ cháy xảy ra tại rừng trồng keo lai sản xuất do Công ty quản lý trên địa bàn {commune}, {province}. Lượng phát thải được ước tính "
          "theo khối lượng sinh khối bị cháy và hệ số phát thải đối với rừng nhiệt đới.")
    rows = [["Tiểu khu", "Khoảnh", "Lô", "Loài cây, năm trồng", "Diện tích cháy (ha)", "Sinh khối trên mặt đất (tấn/ha)", "Hệ số cháy",
             "Sinh khối bị cháy (tấn)"]]
    mass_total = 0.0
    for _ in range(r.randint(3, 4)):
        area = round(r.uniform(2, 35), 1)
        bio = round(r.uniform(35, 95), 1)
        share = doc.pick((0.35, 0.45, 0.6))
        mass = round(area * bio * share, 1)
        mass_total += mass
        rows.append([str(r.randint(250, 420)), str(r.randint(1, 9)), doc.pick(("a", "b", "c", "d")) + str(r.randint(1, 12)),
                     f"Keo lai, trồng năm {r.randint(2018, 2022)}", num(area, "vi"), num(bio, "vi"), num(share, "vi"), num(mass, "vi")])
    mass_total = round(mass_total, 1)
    rows.append(["Tổng cộng", None, None, None, "", "", "", num(mass_total, "vi")])
    doc.table("Bảng 1. Diện tích và sinh khối rừng bị cháy", rows, [(len(rows) - 1, 0, len(rows) - 1, 3)], role="other")
    rows = [["TT", "Chất ô nhiễm", "Hệ số phát thải (g/kg sinh khối khô)", "Lượng phát thải (tấn)"]]
    for k, (c, label, factor) in enumerate(VN_FIRE_FACTORS, 1):
        t = _sig(mass_total * factor / 1000, 4)
        rows.append([str(k), label, num(factor, "vi"), num(t, "vi")])
        doc.add("emissions", emission(c, None, t))
    doc.table("Bảng 2. Ước tính lượng chất ô nhiễm phát thải vào không khí", rows, role="emissions")
    doc.p(f"Ngoài ra, lượng CO2 phát thải ước tính khoảng {num(round(mass_total * 1.58, 1), 'vi')} tấn (hệ số 1.580 g/kg).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, RU state, KK state, (low, high) t, RU operation, KK operation, [(RU component, KK component, share)])
BURIAL_WASTES = (
    ("02 01 08*", "Непригодные к применению пестициды (смесь препаратов в разрушенной таре)", "Пайдалануға жарамсыз пестицидтер (бүлінген ыдыстағы препараттар қоспасы)",
     "твердое, пастообразное", "қатты, паста тәрізді", (18, 46), "высокотемпературное сжигание", "жоғары температурада жағу",
     [("гексахлорциклогексан (ГХЦГ)", "гексахлорциклогексан (ГХЦГ)", "14"), ("ДДТ и его метаболиты", "ДДТ және оның метаболиттері", "9"),
      ("2,4-Д (аминная соль)", "2,4-Д (аминді тұзы)", "6"), ("гранозан (ртутьсодержащий протравитель)", "гранозан (құрамында сынабы бар дәрілегіш)", "2"),
      ("наполнители, остатки тары", "толтырғыштар, ыдыс қалдықтары", "69")]),
    ("17 05 03*", "Грунт, загрязненный пестицидами (из котлована и с прилегающей территории)", "Пестицидтермен ластанған топырақ (шұңқырдан және іргелес аумақтан)",
     "твердое", "қатты", (220, 640), "термическое обезвреживание", "термиялық залалсыздандыру",
     [("грунт (суглинок, супесь)", "топырақ (саздақ, құмдақ)", "97–99"), ("сумма пестицидов", "пестицидтер қосындысы", "1–3")]),
    ("15 01 10*", "Металлическая и полимерная тара, загрязненная пестицидами (бочки, мешки)", "Пестицидтермен ластанған металл және полимер ыдыс (бөшкелер, қаптар)",
     "твердое", "қатты", (3, 9), "обезвреживание с последующей переработкой металла", "металды кейіннен өңдей отырып залалсыздандыру",
     [("металл (бочки 200 л)", "металл (200 л бөшкелер)", "62"), ("полиэтилен, бумага", "полиэтилен, қағаз", "35"), ("остатки препаратов", "препарат қалдықтары", "3")]),
    ("15 02 02*", "Использованные средства индивидуальной защиты и сорбенты", "Пайдаланылған жеке қорғану құралдары және сорбенттер",
     "твердое", "қатты", (0.4, 1.2), "высокотемпературное сжигание", "жоғары температурада жағу",
     [("спецодежда, респираторы, перчатки", "арнаулы киім, респираторлар, қолғаптар", "70"), ("сорбент (опилки, песок)", "сорбент (үгінді, құм)", "30")]),
    ("16 10 01*", "Промывные воды от дегазации техники и инструмента", "Техника мен құрал-сайманды дегазациялаудан шыққан жуынды сулар",
     "жидкое", "сұйық", (6, 15), "обезвреживание на установке очистки", "тазарту қондырғысында залалсыздандыру",
     [("вода", "су", "95"), ("хлорная известь, остатки пестицидов", "хлорлы әк, пестицид қалдықтары", "5")]),
    ("20 03 01", "Твердые бытовые отходы полевого лагеря", "Далалық лагерьдің қатты тұрмыстық қалдықтары", "твердое", "қатты", (1.2, 2.8),
     "вывоз на полигон ТБО", "ҚТҚ полигонына шығару", []),
)  # fmt: skip


def _tonnes(x: float) -> float:
    return round(x, 1) if x >= 10 else round(x, 2)


def wastes_ik1(doc: Doc) -> None:
    """The list of the wastes of cleaning up a burial site of obsolete pesticides that are to be sent for destruction,
    `№ | код | наименование отхода / компонентный состав | агрегатное состояние | содержание, % | количество, т | способ
    удаления`, each waste's row followed by rows of its composition, a dash and a component's name with its share in per
    cent and nothing in the tonnes — no wastes of their own — and a total (VI: a pesticide formulation and packaging plant's
    annual report, CTNH in kilograms a year, the wastes formed on the lines followed by `trong đó` rows by production line
    with kilograms that add up to the waste's, ordinary wastes in tonnes in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ik1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = doc.pick(BURIAL_SITES)
    doc.h(g(f"Перечень отходов, подлежащих вывозу на уничтожение. {site[0]}", f"{site[1]}. Жоюға шығарылуға жататын қалдықтар тізбесі", ""))
    doc.p(g(f"Приложение 6 к проекту работ. Количество отходов определено по результатам инвентаризации и шурфования захоронения; "
            f"транспортирование и уничтожение выполняет {CONTRACTOR[0]} по договору с заказчиком.",
            f"Жұмыс жобасына 6-қосымша. Қалдықтардың мөлшері көмінді орнын түгендеу және шурфтау нәтижелері бойынша анықталды; "
            f"тасымалдауды және жоюды {CONTRACTOR[1]} тапсырыс берушімен шарт бойынша орындайды.", ""))
    rows = [g(["№", "Код", "Наименование отхода / компонентный состав", "Агрегатное состояние", "Содержание, %", "Количество, т", "Способ удаления"],
              ["№", "Коды", "Қалдықтың атауы / компоненттік құрамы", "Агрегаттық күйі", "Құрамы, %", "Мөлшері, т", "Жою тәсілі"], [])]
    total = 0.0
    for k, (code, n_ru, n_kk, s_ru, s_kk, (lo, hi), o_ru, o_kk, comps) in enumerate(BURIAL_WASTES, 1):
        t = _tonnes(r.uniform(lo, hi))
        total += t
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, (s_ru, s_kk)[L], "100" if comps else "–", num(t, doc.lang), (o_ru, o_kk)[L]])
        for c_ru, c_kk, share in comps:
            rows.append(["", "", f"– {(c_ru, c_kk)[L]}", "", share, "", ""])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
    rows.append(["", "", g("Итого", "Барлығы", ""), "", "", num(round(total, 2), doc.lang), ""])
    doc.table(g("Таблица 1 – Отходы ликвидационных работ и их компонентный состав", "1-кесте – Жою жұмыстарының қалдықтары және олардың компоненттік құрамы", ""),
              rows, role="wastes")
    doc.p(g("Компонентный состав непригодных пестицидов указан по результатам анализа усредненной пробы (протокол испытаний № 118-П).",
            "Жарамсыз пестицидтердің компоненттік құрамы орташаландырылған сынаманы талдау нәтижелері бойынша көрсетілген (№ 118-П сынақ хаттамасы).", ""))
    maybe_distractor(doc)


VN_LINES = ("Dây chuyền thuốc dạng lỏng (EC, SL, SC)", "Dây chuyền thuốc dạng bột, cốm (WP, WG, GR)", "Kho nguyên liệu và thành phẩm")
# (code, name, (low, high) kg, split by line?)
VN_FORM_CTNH = (
    ("18 01 03", "Bao bì cứng thải bằng nhựa (can, chai đựng hoạt chất, dung môi)", (1200, 4200), True),
    ("18 01 02", "Bao bì cứng thải bằng kim loại (phuy đựng dung môi, hoạt chất)", (800, 2600), True),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc (than hoạt tính từ tháp hấp phụ), giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại",
     (600, 1800), True),
    ("12 06 05", "Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", (900, 3000), False),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (10, 40), False),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (60, 220), False),
)  # fmt: skip
VN_FORM_ORDINARY = (("Bao bì giấy, carton thải", (6, 18)), ("Pallet gỗ hư hỏng", (2, 7)), ("Màng co, dây đai nhựa không nhiễm hóa chất", (1, 4)))


def _wastes_ik1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_PEST_PLANTS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.h("3.2. Kết quả quản lý chất thải nguy hại")
    doc.p(f"Cơ sở: {plant}. Chất thải nguy hại phát sinh được phân loại tại nguồn theo từng dây chuyền và chuyển giao cho Công ty TNHH Môi "
          "trường Xanh Bình Dương xử lý theo hợp đồng.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng (kg/năm)", "Phương pháp xử lý"]]
    for k, (code, name, (lo, hi), split) in enumerate(VN_FORM_CTNH, 1):
        kg = float(r.randint(lo // 5, hi // 5) * 5)
        state = "Lỏng" if code in ("17 02 03",) else ("Bùn" if code == "12 06 05" else "Rắn")
        rows.append([str(k), name, code, state, num(kg, "vi"), doc.pick(("Thiêu đốt", "Đốt trong lò đốt CTNH")) if code != "17 02 03" else "Tái chế"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 5)})
        if split:
            a = float(round(kg * r.uniform(0.45, 0.6) / 5) * 5)
            b = float(round(kg * r.uniform(0.2, 0.3) / 5) * 5)
            for j, (line, part) in enumerate(zip(VN_LINES, (a, b, kg - a - b), strict=True)):
                rows.append(["", ("Trong đó: – " if j == 0 else "– ") + line, "", "", num(part, "vi"), ""])
    doc.table("Bảng 3.2. Khối lượng chất thải nguy hại phát sinh năm 2025", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Đơn vị tiếp nhận"]]
    for k, (name, (lo, hi)) in enumerate(VN_FORM_ORDINARY, 1):
        t = round(r.uniform(lo, hi), 2)
        rows.append([str(k), name, num(t, "vi"), "Cơ sở thu mua phế liệu"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.3. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc)


# ((RU work, KK work), [(code, RU, KK, RU unit, KK unit, (low, high), factor t a unit or None, RU operation, KK operation)])
FOREST_WASTES = (
    (("Питомник и лесовосстановление", "Тәлімбақ және орманды қалпына келтіру"), [
        ("15 01 10*", "Тара из-под пестицидов и агрохимикатов", "Пестицидтер мен агрохимикаттардың ыдысы", "кг", "кг", (80, 260), 0.001,
         "передача специализированной организации", "мамандандырылған ұйымға беру"),
        ("02 01 04", "Отработанная полиэтиленовая пленка теплиц", "Жылыжайлардың пайдаланылған полиэтилен үлдірі", "кг", "кг", (300, 900), 0.001,
         "передача на переработку", "қайта өңдеуге беру")]),
    (("Рубки ухода и санитарные рубки", "Күтім кесулері және санитариялық кесулер"), [
        ("02 01 07", "Порубочные остатки (ветви, вершинник)", "Кесу қалдықтары (бұтақтар, ұштар)", "м³", "м³", (400, 1600), 0.25,
         "сжигание в котельной, измельчение в щепу", "қазандықта жағу, жоңқаға ұсақтау")]),
    (("Лесопильный цех", "Ағаш тілу цехы"), [
        ("03 01 05", "Опилки древесные", "Ағаш үгінділері", "м³", "м³", (300, 900), 0.22, "сжигание в котельной", "қазандықта жағу"),
        ("03 01 05", "Горбыль и обрезки пиломатериалов", "Жартақтай және кесілген ағаш кесінділері", "м³", "м³", (150, 500), 0.45,
         "реализация населению на топливо", "тұрғындарға отынға сату"),
        ("03 01 01", "Кора древесная", "Ағаш қабығы", "м³", "м³", (100, 400), 0.3, "мульчирование в питомнике", "тәлімбақта мульчалау")]),
    (("Котельная на древесных отходах", "Ағаш қалдықтарымен жұмыс істейтін қазандық"), [
        ("10 01 01", "Зола и шлак от сжигания древесных отходов", "Ағаш қалдықтарын жағудан шыққан күл мен қож", "т", "т", (6, 22), None,
         "использование в питомнике как удобрение", "тәлімбақта тыңайтқыш ретінде пайдалану")]),
    (("Гараж и пожарно-химическая станция", "Гараж және өрт-химиялық станциясы"), [
        ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "л", "л", (600, 1800), 0.00088,
         "передача специализированной организации", "мамандандырылған ұйымға беру"),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "кг", "кг", (80, 300), 0.001,
         "передача специализированной организации", "мамандандырылған ұйымға беру"),
        ("16 01 03", "Изношенные шины", "Тозған шиналар", "шт.", "дана", (12, 40), 0.045, "передача на переработку", "қайта өңдеуге беру"),
        ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "шт.", "дана", (3, 10), 0.025,
         "передача на переработку", "қайта өңдеуге беру")]),
    (("Контора и лесные кордоны", "Кеңсе және орман кордондары"), [
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "т", "т", (4, 12), None, "вывоз на полигон ТБО", "ҚТҚ полигонына шығару")]),
)  # fmt: skip


def wastes_ik2(doc: Doc) -> None:
    """A forestry institution's waste section of its programme of waste management, the wastes under rows spanning the
    table that name the kind of forest work where they form — nursery and reforestation, thinning and sanitary felling,
    the sawmill, the wood-waste boiler house, the garage with the fire station, the office and the cordons — each counted
    in its own unit (cubic metres of sawdust and slash, litres of oil, kilograms of packaging, pieces of tyres and
    batteries, tonnes), then the factor converting the unit into tonnes and the tonnes a year, which alone are the amount,
    the same code under the sawmill for sawdust and for slabs (VI: a forestry company's nursery and wood-chip mill, each
    group row naming the group's unit, kilograms for the hazardous wastes and tonnes for the ordinary ones, one code in
    two groups)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ik2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f = doc.pick(FORESTRY)
    inst = f[L]
    doc.h(g(f"Программа управления отходами на 2026–2030 годы. {inst}", f"{inst}. 2026–2030 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("3. Образование отходов по видам деятельности", "3. Қызмет түрлері бойынша қалдықтардың түзілуі", ""))
    doc.p(g("Количество отходов определено по объемам лесохозяйственных работ по плану на 2026 год и фактическим данным учета за 2025 год; "
            "перевод в тонны выполнен по насыпной плотности и массе единицы.",
            "Қалдықтардың мөлшері 2026 жылға арналған жоспар бойынша орман шаруашылығы жұмыстарының көлеміне және 2025 жылғы нақты есеп "
            "деректеріне қарай анықталды; тоннаға аудару үйме тығыздығы мен бірлік массасы бойынша орындалды.", ""))
    rows = [g(["Код", "Наименование отхода", "Ед. изм.", "Количество в ед. изм.", "Коэффициент перевода, т/ед.", "Образование, т/год", "Обращение с отходом"],
              ["Коды", "Қалдықтың атауы", "Өлш. бірл.", "Өлш. бірл. мөлшері", "Аудару коэффициенті, т/бірл.", "Түзілуі, т/жыл", "Қалдықпен жұмыс"], [])]
    merges: list = []
    for (w_ru, w_kk), items in FOREST_WASTES:
        _span(rows, merges, (w_ru, w_kk)[L], 7)
        for code, n_ru, n_kk, u_ru, u_kk, (lo, hi), factor, o_ru, o_kk in items:
            name = (n_ru, n_kk)[L]
            if factor is None:
                qty = round(r.uniform(lo, hi), 1)
                t = qty
            else:
                qty = float(r.randint(lo, hi)) if hi >= 100 or u_ru == "шт." else round(r.uniform(lo, hi), 1)
                if hi >= 100 and u_ru != "шт.":
                    qty = float(round(qty / 10) * 10)
                t = round(qty * factor, 3)
            rows.append([code, name, (u_ru, u_kk)[L], num(qty, doc.lang), num(factor, doc.lang) if factor else "–", num(t, doc.lang), (o_ru, o_kk)[L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 2)})
    doc.table(g("Таблица 3.1 – Виды и количество отходов", "3.1-кесте – Қалдықтардың түрлері мен мөлшері", ""), rows, merges, role="wastes")
    doc.p(g("Порубочные остатки от рубок главного пользования учитываются лесопользователями и в программу учреждения не включены.",
            "Басты пайдалану кесулерінің кесу қалдықтарын орман пайдаланушылар есепке алады және олар мекеме бағдарламасына енгізілмеген.", ""))
    maybe_distractor(doc)


HAZ = "Chuyển giao đơn vị có chức năng xử lý CTNH"
# (group, unit word, hazardous?, [(code or None, name, (low, high), treatment)])
VN_FOREST_GROUPS = (
    ("A. VƯỜN ƯƠM CÂY GIỐNG – CHẤT THẢI NGUY HẠI (đơn vị tính: kg/năm)", "kg", True, [
        ("18 01 03", "Bao bì cứng thải bằng nhựa (chai, lọ thuốc bảo vệ thực vật)", (40, 160), HAZ),
        ("18 02 01", "Giẻ lau, găng tay, khẩu trang nhiễm thuốc bảo vệ thực vật", (15, 60), HAZ)]),
    ("B. XƯỞNG BĂM DĂM VÀ BÃI DĂM – CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG (đơn vị tính: tấn/năm)", "t", False, [
        (None, "Vỏ cây keo, bạch đàn bóc tại xưởng", (900, 2600), "Bán làm nhiên liệu sinh khối"),
        (None, "Mùn cưa, dăm vụn không đạt kích thước xuất khẩu", (400, 1500), "Bán cho cơ sở sản xuất viên nén"),
        (None, "Đất, cát lẫn từ bãi gỗ nguyên liệu", (120, 480), "San lấp mặt bằng trong khuôn viên")]),
    ("C. XƯỞNG BĂM DĂM – CHẤT THẢI NGUY HẠI (đơn vị tính: kg/năm)", "kg", True, [
        ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (200, 700), HAZ),
        ("18 02 01", "Giẻ lau, găng tay dính dầu thải", (60, 240), HAZ),
        ("16 01 06", "Bóng đèn huỳnh quang thải", (5, 25), HAZ)]),
)  # fmt: skip


def _wastes_ik2_vi(doc: Doc) -> None:
    r = doc.rng
    company, province, commune = doc.pick(VN_FOREST_COS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – VƯỜN ƯƠM VÀ XƯỞNG BĂM DĂM GỖ CỦA {company.upper()}")
    doc.p(f"Địa điểm: {commune}, {province}. Khối lượng chất thải đề nghị cấp phép được tính theo công suất 120.000 tấn dăm/năm và 1,5 triệu "
          "cây giống/năm.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng", "Biện pháp xử lý"]]
    merges: list = []
    n = 0
    for group, unit, haz, items in VN_FOREST_GROUPS:
        _span(rows, merges, group, 5)
        for code, name, (lo, hi), treatment in items:
            n += 1
            qty = float(r.randint(lo, hi)) if unit == "kg" else float(round(r.randint(lo, hi) / 10) * 10)
            rows.append([str(n), name, code or "-", num(qty, "vi"), treatment])
            if haz:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": qty / 1000, "name_contains": _words(name, 4)})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": qty, "name_contains": _words(name, 4)})
    doc.table("Bảng 4.2. Khối lượng chất thải phát sinh đề nghị cấp phép", rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (kind, key, RU, KK, ПДК mg/kg, (low, high) multiple of the ПДК at the centre, near the surface)
SOIL_PEST = (
    (None, None, "ДДТ и его метаболиты (сумма)", "ДДТ және оның метаболиттері (қосынды)", 0.1, (8, 45)),
    ("code", "0829", "Гексахлорциклогексан (ГХЦГ, сумма изомеров)", "Гексахлорциклогексан (ГХЦГ, изомерлер қосындысы)", 0.1, (12, 70)),
    ("code", "3334", "2,4-Дихлорфеноксиуксусная кислота (2,4-Д)", "2,4-дихлорфеноксисірке қышқылы (2,4-Д)", 0.1, (2, 14)),
    ("symbol", "Hg", "Ртуть", "Сынап", 2.1, (0.8, 2.6)),
    ("symbol", "As", "Мышьяк", "Күшән", 2.0, (0.7, 1.9)),
)
# (point, RU place, KK place, factor of the centre's values, share of `н/о` for pesticides)
SOIL_POINTS = (
    ("Т-1", "центр захоронения", "көмінді орнының ортасы", 1.0, 0.0),
    ("Т-2", "10 м к северу от обваловки", "үйіндіден солтүстікке қарай 10 м", 0.08, 0.1),
    ("Т-3", "50 м, понижение рельефа", "50 м, бедердің ойысы", 0.03, 0.3),
    ("Т-4", "фон, 500 м к западу", "фон, батысқа қарай 500 м", 0.0, 1.0),
)
DEPTHS = (("0–0,2 м", 1.0), ("0,2–1,0 м", 1.6))


def _soil_item(kind, key, pdk, pid, value) -> dict:
    out = {"medium": "soil", "unit": "mg/kg", "column": None, "point": pid, "limit": float(pdk), "limit_min": None, "limit_max": None}
    if kind:
        out[kind] = key
    if value is not None:
        out["value"] = value
    return out


def limits_ik1(doc: Doc) -> None:
    """A laboratory's soil survey of a burial site of obsolete pesticides before its clean-up: the substances as rows with
    their ПДК in the second column, the points as column groups (`Т-1 – центр захоронения` … `Т-4 – фон`) each split into
    two depths of sampling under a second header row, DDT and its metabolites with no code of their own beside
    hexachlorocyclohexane and 2,4-D that have one, mercury of the old seed dressings and arsenic, `н/о` below detection; the
    points' coordinates and soils in a table of no role before it (VI: the soil of a pesticide-contaminated site after its
    remediation, `Đ1` … `Đ5` as columns, each parameter with the standard it is judged by in a column of its own — QCVN
    15:2008/BTNMT for the pesticide residues, QCVN 03-MT:2015/BTNMT for the metals — lindane with no key, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ik1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = doc.pick(BURIAL_SITES)
    doc.h(g(f"Протокол исследования почв № {r.randint(40, 260)}-П/2025. {site[0]}", f"{site[1]}. Топырақты зерттеу хаттамасы № {r.randint(40, 260)}-П/2025", ""))
    doc.p(g(f"Заказчик: {site[4]}. Место: {site[2]}. Пробы отобраны методом конверта на двух глубинах; пестициды определены методом "
            "газожидкостной хроматографии, ртуть и мышьяк – атомно-абсорбционным методом.",
            f"Тапсырыс беруші: {site[5]}. Орны: {site[3]}. Сынамалар конверт әдісімен екі тереңдікте алынды; пестицидтер газ-сұйықтық "
            "хроматографиясы әдісімен, сынап пен күшән – атомдық-абсорбциялық әдіспен анықталды.", ""))
    desc = [g(["Точка", "Местоположение", "Почва", "Дата отбора"], ["Нүкте", "Орналасқан жері", "Топырақ", "Сынама алынған күн"], [])]
    day = r.randint(3, 20)
    for pid, p_ru, p_kk, *_ in SOIL_POINTS:
        desc.append([pid, (p_ru, p_kk)[L], g("светло-каштановая, суглинок", "ашық қызғылт қоңыр, саздақ", ""), f"{day:02d}.09.2025"])
    doc.table(g("Таблица 1 – Точки отбора проб", "1-кесте – Сынама алу нүктелері", ""), desc, role="other")
    head = [g("Показатель", "Көрсеткіш", ""), g("ПДК, мг/кг", "ШЖК, мг/кг", "")]
    sub = [None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    for k, (pid, p_ru, p_kk, *_) in enumerate(SOIL_POINTS):
        head += [f"{pid} – {(p_ru, p_kk)[L]}", None]
        sub += [d[0] for d in DEPTHS]
        merges.append((0, 2 + 2 * k, 0, 3 + 2 * k))
    rows = [head, sub]
    below = False
    for kind, key, n_ru, n_kk, pdk, (lo, hi) in SOIL_PEST:
        centre = r.uniform(lo, hi)
        line = [(n_ru, n_kk)[L], num(pdk, doc.lang)]
        for pid, _, _, factor, nd in SOIL_POINTS:
            for _, depth in DEPTHS:
                if kind == "symbol":
                    v = _sig(pdk * (r.uniform(0.08, 0.25) + centre * factor * depth * r.uniform(0.85, 1.15)), 2)
                elif r.random() < nd or not factor:
                    line.append(g("н/о", "анықталмады", ""))
                    below = True
                    add(doc, _soil_item(kind, key, pdk, pid, None))
                    continue
                else:
                    v = _sig(pdk * centre * factor * depth * r.uniform(0.8, 1.2), 2)
                line.append(num(v, doc.lang))
                add(doc, _soil_item(kind, key, pdk, pid, v))
        rows.append(line)
    doc.table(g("Таблица 2 – Содержание пестицидов и тяжелых металлов в почве, мг/кг", "2-кесте – Топырақтағы пестицидтер мен ауыр металдардың құрамы, мг/кг", ""),
              rows, merges, role="limits")
    if below:
        doc.p(g("н/о – не обнаружено (ниже предела обнаружения 0,005 мг/кг).", "«анықталмады» – 0,005 мг/кг анықтау шегінен төмен.", ""))
    doc.p(g("Содержание ДДТ и ГХЦГ в центре захоронения превышает ПДК в десятки раз; загрязнение распространяется по понижению рельефа.",
            "Көмінді орнының ортасында ДДТ мен ГХЦГ мөлшері ШЖК-дан ондаған есе асады; ластану бедердің ойысы бойынша таралады.", ""))
    maybe_distractor(doc)


# (label, kind, key, standard, limit, (low, high) measured, share of KPH)
VN_SOIL = (
    ("Tổng DDT (DDT, DDD, DDE)", None, None, "QCVN 15:2008/BTNMT", 0.01, (0.001, 0.008), 0.4),
    ("Lindan (γ-HCH)", None, None, "QCVN 15:2008/BTNMT", 0.01, (0.0008, 0.006), 0.5),
    ("2,4-D", "code", "3334", "QCVN 15:2008/BTNMT", 0.1, (0.005, 0.06), 0.5),
    ("Asen (As)", "symbol", "As", "QCVN 03-MT:2015/BTNMT (đất nông nghiệp)", 15, (3, 12), 0),
    ("Chì (Pb)", "symbol", "Pb", "QCVN 03-MT:2015/BTNMT (đất nông nghiệp)", 70, (12, 45), 0),
    ("Cadimi (Cd)", "symbol", "Cd", "QCVN 03-MT:2015/BTNMT (đất nông nghiệp)", 1.5, (0.1, 0.9), 0.2),
)


def _limits_ik1_vi(doc: Doc) -> None:
    r = doc.rng
    site, place, owner = doc.pick(VN_SITES)
    doc.h(f"KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG ĐẤT SAU XỬ LÝ – {site.upper()}")
    doc.p(f"Chủ đầu tư: {owner}. Địa điểm: {place}. Mẫu đất được lấy ở tầng mặt (0 – 30 cm) tại 05 vị trí trong phạm vi khu vực đã đào bốc, "
          "hoàn nguyên: Đ1 – tâm hố đào cũ; Đ2 – góc Đông Bắc; Đ3 – góc Tây Nam; Đ4 – mương thoát nước phía Nam; Đ5 – ruộng lúa liền kề.")
    points = ("Đ1", "Đ2", "Đ3", "Đ4", "Đ5")
    rows = [["TT", "Thông số", "Đơn vị", "Quy chuẩn so sánh", "Giới hạn cho phép", *points]]
    kph = False
    for k, (label, kind, key, std, lim, (lo, hi), share) in enumerate(VN_SOIL, 1):
        line = [str(k), label, "mg/kg", std, num(lim, "vi")]
        for pid in points:
            if share and r.random() < share:
                kph = True
                line.append("KPH")
                add(doc, _soil_item(kind, key, lim, pid, None))
                continue
            v = _sig(r.uniform(lo, hi), 2)
            line.append(num(v, "vi"))
            add(doc, _soil_item(kind, key, lim, pid, v))
        rows.append(line)
    doc.table("Bảng 5. Kết quả phân tích mẫu đất sau xử lý", rows, role="limits")
    if kph:
        doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp).")
    doc.p("Nhận xét: dư lượng hóa chất bảo vệ thực vật và kim loại nặng tại các vị trí đều nằm trong giới hạn cho phép; khu vực đủ điều kiện "
          "bàn giao cho địa phương sử dụng.")
    maybe_distractor(doc)


# (RU preparation, KK preparation, code, limit, ОБУВ?, (low, high) share of the limit)
PREPS = (
    ("Малатион-500, КЭ (малатион, 500 г/л)", "Малатион-500, ЭК (малатион, 500 г/л)", "2110", 0.015, False, (0.08, 0.7)),
    ("Хлорпирифос-480, КЭ (хлорпирифос, 480 г/л)", "Хлорпирифос-480, ЭК (хлорпирифос, 480 г/л)", "2146", 0.02, False, (0.05, 0.6)),
    ("Ципер-250, КЭ (циперметрин, 250 г/л)", "Ципер-250, ЭК (циперметрин, 250 г/л)", "2038", 0.04, False, (0.03, 0.4)),
    ("Аминка-720, ВР (2,4-Д диметиламинная соль, 720 г/л)", "Аминка-720, СЕ (2,4-Д диметиламин тұзы, 720 г/л)", "3334", 0.0002, True, (0.1, 0.8)),
    ("Глифос-360, ВР (глифосат, 360 г/л)", "Глифос-360, СЕ (глифосат, 360 г/л)", "2142", 0.04, True, (0.02, 0.3)),
    ("Тебу-250, КЭ (тебуконазол, 250 г/л)", "Тебу-250, ЭК (тебуконазол, 250 г/л)", "3243", 0.01, True, (0.05, 0.5)),
)  # fmt: skip
AIR_POINTS = (("Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік"), ("Т-2", "граница СЗЗ, восток", "СҚА шекарасы, шығыс"),
              ("Т-3", "граница СЗЗ, юг", "СҚА шекарасы, оңтүстік"), ("Т-4", "граница СЗЗ, запад", "СҚА шекарасы, батыс"))
WINDS = (("С", "С"), ("СВ", "СШ"), ("В", "Ш"), ("ЮВ", "ОШ"), ("Ю", "О"), ("ЮЗ", "ОБ"), ("З", "Б"), ("СЗ", "СБ"))
CROPS = (("пшеница", "бидай"), ("ячмень", "арпа"), ("подсолнечник", "күнбағыс"), ("рапс", "рапс"), ("лен", "зығыр"))


def limits_ik2(doc: Doc) -> None:
    """A landing strip's log of air samplings at the boundary of its protection zone during the season of aerial spraying,
    a row per sampling — the date, the field treated that day with its crop and area, the preparation with its active
    ingredient and content, the wind, the point on the boundary (on the leeward side), the code of the active ingredient,
    its concentration and the ПДК м.р. or, starred, the ОБУВ of that ingredient — so that the substance and its limit change
    from row to row, `<` below the detection limit (VI: a pesticide formulation plant's stacks sampled batch by batch, the
    solvent measured depending on the product formulated, QCVN 20:2009/BTNMT with no column for the solvents and QCVN
    19:2009/BTNMT column B for the dust of the powder line)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ik2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(AVIA_STRIPS)
    operator, strip = s[L], s[2 + L]
    doc.h(g(f"Журнал отбора проб атмосферного воздуха на границе СЗЗ в период АХР 2025 года. {strip}",
            f"{strip}. 2025 жылғы АХЖ кезеңінде СҚА шекарасында атмосфералық ауа сынамаларын алу журналы", ""))
    doc.p(g(f"Эксплуатант: {operator}. Пробы отбирались в дни заправки воздушных судов рабочими растворами, с подветренной стороны от "
            "пункта приготовления растворов; определялось действующее вещество применявшегося в этот день препарата.",
            f"Пайдаланушы: {operator}. Сынамалар әуе кемелерін жұмыс ерітінділерімен толтыру күндері ерітінділер дайындау пунктінің ық жағынан "
            "алынды; сол күні қолданылған препараттың әсер етуші заты анықталды.", ""))
    rows = [g(["Дата", "Обрабатываемое поле (культура, площадь)", "Препарат (действующее вещество)", "Ветер", "Точка отбора", "Код ЗВ",
               "Концентрация д.в., мг/м³", "ПДК м.р. / ОБУВ*, мг/м³"],
              ["Күні", "Өңделетін алқап (дақыл, ауданы)", "Препарат (әсер етуші зат)", "Жел", "Сынама алу нүктесі", "ЛЗ коды",
               "ӘЗ концентрациясы, мг/м³", "ШЖК м.б. / ҚӘБД*, мг/м³"], [])]
    below = False
    month_days = sorted(r.sample(range(0, 92), 9))
    for d in month_days:
        month, day = (5, d + 1) if d < 31 else ((6, d - 30) if d < 61 else (7, d - 60))
        prep = doc.pick(PREPS)
        crop = doc.pick(CROPS)
        wind = r.randrange(len(WINDS))
        pid, p_ru, p_kk = AIR_POINTS[(wind // 2 + 2) % 4]
        code, lim, obuv = prep[2], prep[3], prep[4]
        field = g(f"поле № {r.randint(3, 48)} ({crop[0]}, {r.randint(120, 640)} га)", f"№ {r.randint(3, 48)} алқап ({crop[1]}, {r.randint(120, 640)} га)", "")
        wind_txt = f"{WINDS[wind][L]}, {num(round(r.uniform(1.5, 4.5), 1), doc.lang)} {g('м/с', 'м/с', '')}"
        lim_txt = num(lim, doc.lang) + ("*" if obuv else "")
        if r.random() < 0.15:
            below = True
            value_txt = f"< {num(_sig(lim * 0.05, 1), doc.lang)}"
            add(doc, {k: v for k, v in limit(("code", code), "air", lim, "mg/m3", None, pid).items() if k != "value"})
        else:
            v = _sig(lim * r.uniform(*prep[5]), 2)
            value_txt = num(v, doc.lang)
            add(doc, limit(("code", code), "air", lim, "mg/m3", None, pid, v))
        rows.append([f"{day:02d}.{month:02d}.2025", field, prep[L], wind_txt, f"{pid} ({(p_ru, p_kk)[L]})", code, value_txt, lim_txt])
    doc.table(g("Таблица 1 – Результаты отбора проб", "1-кесте – Сынама алу нәтижелері", ""), rows, role="limits")
    notes = g("* ОБУВ – ориентировочно безопасный уровень воздействия (для веществ без ПДК м.р.).",
              "* ҚӘБД – әсер етудің бағдарлы қауіпсіз деңгейі (ШЖК м.б. жоқ заттар үшін).", "")
    if below:
        notes += g(" «<» – ниже предела обнаружения методики.", " «<» – әдістеменің анықтау шегінен төмен.", "")
    doc.p(notes)
    maybe_distractor(doc)


# (product, point, code, label, standard, column, limit, (low, high) share)
VN_BATCHES = (
    ("Chlorpyrifos 480 EC", "K1", "0616", "Xylen", "QCVN 20:2009/BTNMT", None, 870, (0.05, 0.4)),
    ("Cypermethrin 250 EC", "K1", "0616", "Xylen", "QCVN 20:2009/BTNMT", None, 870, (0.05, 0.4)),
    ("Hexaconazole 50 SC", "K1", "0621", "Toluen", "QCVN 20:2009/BTNMT", None, 750, (0.03, 0.3)),
    ("Glyphosate 480 SL", "K1", "1052", "Metanol", "QCVN 20:2009/BTNMT", None, 260, (0.05, 0.5)),
    ("Mancozeb 80 WP", "K2", "2902", "Bụi tổng", "QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)", "B", 200, (0.1, 0.6)),
    ("Imidacloprid 70 WG", "K2", "2902", "Bụi tổng", "QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)", "B", 200, (0.1, 0.6)),
)


def _limits_ik2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_PEST_PLANTS)
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI TRONG GIAI ĐOẠN VẬN HÀNH THỬ NGHIỆM – {plant.upper()}")
    doc.p(f"Chủ dự án: {company}. K1 – ống thải sau tháp hấp phụ than hoạt tính của dây chuyền thuốc dạng lỏng; K2 – ống thải sau lọc bụi "
          "túi vải của dây chuyền thuốc dạng bột, cốm. Mẫu được lấy theo từng mẻ sản xuất; thông số đo phụ thuộc dung môi, dạng thành phẩm "
          "của mẻ.")
    rows = [["Ngày lấy mẫu", "Mẻ sản xuất (sản phẩm)", "Vị trí", "Thông số", "Đơn vị", "Kết quả", "Giới hạn cho phép", "Quy chuẩn"]]
    batches = r.sample(VN_BATCHES, 5)
    for k, (product, pid, code, label, std, col, lim, (lo, hi)) in enumerate(batches):
        v = _sig(lim * r.uniform(lo, hi), 3)
        rows.append([f"{r.randint(2, 27):02d}/{3 + k:02d}/2026", f"Mẻ {r.randint(10, 99)} – {product}", pid, label, "mg/Nm³", num(v, "vi"),
                     num(lim, "vi"), std])
        add(doc, limit(("code", code), "flue_gas", lim, "mg/Nm3", col, pid, v))
    doc.table("Bảng 4. Kết quả phân tích mẫu khí thải theo mẻ sản xuất", rows, role="limits")
    doc.p("Nhận xét: các thông số đều đạt quy chuẩn cho phép trong toàn bộ các mẻ đã lấy mẫu.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# letter: (RU component, KK component, RU parameters, KK parameters, [(kind, key)])
PARAM_SETS = {
    "А": ("атмосферный воздух", "атмосфералық ауа",
          "гексахлорциклогексан (0829), пыль неорганическая 70-20 % SiO2 (2908), азота диоксид (0301), углерод оксид (0337)",
          "гексахлорциклогексан (0829), бейорганикалық шаң 70-20 % SiO2 (2908), азот диоксиді (0301), көміртек оксиді (0337)",
          [("code", "0829"), ("code", "2908"), ("code", "0301"), ("code", "0337")]),
    "Б": ("подземные воды", "жерасты сулары",
          "pH, сухой остаток, хлориды, нитраты, ртуть, мышьяк, ГХЦГ, ДДТ", "pH, құрғақ қалдық, хлоридтер, нитраттар, сынап, күшән, ГХЦГ, ДДТ",
          [("symbol", "pH"), ("symbol", "TDS"), ("symbol", "Cl-"), ("symbol", "NO3-"), ("symbol", "Hg"), ("symbol", "As"), ("code", "0829")]),
    "В": ("почва", "топырақ", "ГХЦГ, ДДТ, 2,4-Д, ртуть, мышьяк", "ГХЦГ, ДДТ, 2,4-Д, сынап, күшән",
          [("code", "0829"), ("code", "3334"), ("symbol", "Hg"), ("symbol", "As")]),
}  # fmt: skip
# (points as written, points, RU place, KK place, set, frequency, RU said, KK said)
CLEANUP_PROGRAMME = (
    ("Т-1 – Т-4", ("Т-1", "Т-2", "Т-3", "Т-4"), "граница рабочей зоны по румбам С, В, Ю, З", "жұмыс аймағының шекарасы, С, Ш, О, Б румбтары",
     "А", "daily", "ежедневно в период вскрытия и переупаковки (май – июль)", "көміндіні ашу және қайта буып-түю кезеңінде күн сайын (мамыр – шілде)"),
    ("Т-5", ("Т-5",), "фоновая точка, 2 км с наветренной стороны", "фондық нүкте, жел жағынан 2 км", "А", "monthly", "1 раз в месяц", "айына 1 рет"),
    ("Скв-1, Скв-2, Скв-3", ("Скв-1", "Скв-2", "Скв-3"), "наблюдательные скважины (две ниже по потоку, одна фоновая)",
     "бақылау ұңғымалары (екеуі ағыс бойынша төменде, біреуі фондық)", "Б", "quarterly", "ежеквартально, 2026–2028 гг.", "тоқсан сайын, 2026–2028 жж."),
    ("П-1 – П-6", ("П-1", "П-2", "П-3", "П-4", "П-5", "П-6"), "дно и стенки котлована", "шұңқырдың түбі мен қабырғалары", "В", "once",
     "однократно после выемки загрязненного грунта", "ластанған топырақты алғаннан кейін бір рет"),
    ("П-7 – П-10", ("П-7", "П-8", "П-9", "П-10"), "периметр площадки работ", "жұмыс алаңының периметрі", "В", "yearly",
     "1 раз в год (сентябрь), 2026–2028 гг.", "жылына 1 рет (қыркүйек), 2026–2028 жж."),
)  # fmt: skip


def monitoring_ik1(doc: Doc) -> None:
    """A programme of monitoring the clean-up of a burial site of obsolete pesticides whose rows give the points as ranges and
    lists (`Т-1 – Т-4`, `Скв-1, Скв-2, Скв-3`, `П-1 – П-6`), the component and only a letter of a set of parameters, the sets
    (`А` air, `Б` groundwater, `В` soil) with their substances defined in a table of no role before it, daily sampling while
    the burial is open, a sampling of the pit's bottom and walls once after the excavation, DDT that has no key (VI: a
    pesticide-contaminated site's programme, `KK1 ÷ KK4`, `Bộ thông số A` defined beforehand, once after the excavation)."""
    if doc.lang == "vi":
        _monitoring_ik1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = doc.pick(BURIAL_SITES)
    doc.h(g(f"Программа экологического мониторинга при ликвидации захоронения пестицидов. {site[0]}",
            f"{site[1]}. Пестицидтер көмінді орнын жою кезіндегі экологиялық мониторинг бағдарламасы", ""))
    doc.p(g(f"Мониторинг выполняет аккредитованная лаборатория по договору с {CONTRACTOR[0]} в период работ и в течение двух лет после их "
            "завершения. Перечни определяемых показателей сгруппированы в комплексы (таблица 5.1).",
            f"Мониторингті {CONTRACTOR[1]}-пен шарт бойынша аккредиттелген зертхана жұмыстар кезеңінде және олар аяқталғаннан кейін екі жыл "
            "бойы орындайды. Анықталатын көрсеткіштердің тізбелері кешендерге топтастырылған (5.1-кесте).", ""))
    legend = [g(["Комплекс", "Компонент", "Определяемые показатели"], ["Кешен", "Құрамдас", "Анықталатын көрсеткіштер"], [])]
    for letter, (c_ru, c_kk, p_ru, p_kk, _) in PARAM_SETS.items():
        legend.append([letter, (c_ru, c_kk)[L], (p_ru, p_kk)[L]])
    doc.table(g("Таблица 5.1 – Комплексы определяемых показателей", "5.1-кесте – Анықталатын көрсеткіштер кешендері", ""), legend, role="other")
    rows = [g(["№", "Точки наблюдения", "Место расположения", "Компонент", "Комплекс показателей", "Периодичность"],
              ["№", "Бақылау нүктелері", "Орналасқан жері", "Құрамдас", "Көрсеткіштер кешені", "Кезеңділігі"], [])]
    for k, (written, points, p_ru, p_kk, letter, word, s_ru, s_kk) in enumerate(CLEANUP_PROGRAMME, 1):
        rows.append([str(k), written, (p_ru, p_kk)[L], PARAM_SETS[letter][L], letter, (s_ru, s_kk)[L]])
        doc.add("monitoring", *({"point": p, kind: key, "frequency": word} for p in points for kind, key in PARAM_SETS[letter][4]))
    doc.table(g("Таблица 5.2 – Программа мониторинга", "5.2-кесте – Мониторинг бағдарламасы", ""), rows, role="monitoring")
    doc.p(g("ДДТ определяется как сумма ДДТ, ДДЕ и ДДД.", "ДДТ ДДТ, ДДЕ және ДДД қосындысы ретінде анықталады.", ""))
    maybe_distractor(doc)


VN_SETS = {
    "A": ("Không khí xung quanh", "Bụi tổng, Tổng HCH, NO2, CO", [("code", "2902"), ("code", "0829"), ("code", "0301"), ("code", "0337")]),
    "B": ("Nước dưới đất", "pH, Amoni, Nitrat, Asen, Tổng HCH, Tổng DDT", [("symbol", "pH"), ("symbol", "NH4+"), ("symbol", "NO3-"), ("symbol", "As"),
                                                                           ("code", "0829")]),
    "C": ("Đất", "Tổng DDT, Tổng HCH, Asen, Chì", [("code", "0829"), ("symbol", "As"), ("symbol", "Pb")]),
}  # fmt: skip
VN_CLEANUP_PROGRAMME = (
    ("KK1 ÷ KK4", ("KK1", "KK2", "KK3", "KK4"), "Xung quanh khu vực đào bốc, theo 4 hướng", "A", "daily", "Hằng ngày trong thời gian đào bốc"),
    ("KK5", ("KK5",), "Khu dân cư gần nhất (cách 300 m)", "A", "monthly", "01 tháng/lần"),
    ("NN1, NN2", ("NN1", "NN2"), "Giếng khoan quan trắc phía hạ lưu", "B", "quarterly", "03 tháng/lần"),
    ("Đ1 ÷ Đ6", ("Đ1", "Đ2", "Đ3", "Đ4", "Đ5", "Đ6"), "Đáy và thành hố đào", "C", "once", "01 lần sau khi kết thúc đào bốc"),
    ("Đ7 ÷ Đ10", ("Đ7", "Đ8", "Đ9", "Đ10"), "Ruộng canh tác xung quanh", "C", "semiannual", "06 tháng/lần trong 02 năm sau xử lý"),
)


def _monitoring_ik1_vi(doc: Doc) -> None:
    site, place, owner = doc.pick(VN_SITES)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG TRONG VÀ SAU QUÁ TRÌNH XỬ LÝ – {site.upper()}")
    doc.p(f"Chủ dự án: {owner}. Địa điểm: {place}. Các thông số quan trắc được nhóm thành bộ thông số theo Bảng 6.1.")
    legend = [["Bộ thông số", "Thành phần môi trường", "Thông số"]]
    for letter, (comp, params, _) in VN_SETS.items():
        legend.append([letter, comp, params])
    doc.table("Bảng 6.1. Các bộ thông số quan trắc", legend, role="other")
    rows = [["TT", "Ký hiệu điểm", "Vị trí", "Bộ thông số", "Tần suất"]]
    for k, (written, points, place_, letter, word, said) in enumerate(VN_CLEANUP_PROGRAMME, 1):
        rows.append([str(k), written, place_, f"Bộ thông số {letter}", said])
        doc.add("monitoring", *({"point": p, kind: key, "frequency": word} for p in points for kind, key in VN_SETS[letter][2]))
    doc.table("Bảng 6.2. Vị trí, tần suất quan trắc", rows, role="monitoring")
    maybe_distractor(doc)


# (number or point, RU object, KK object, [codes], RU method, KK method, frequency, RU months, KK months)
FOREST_PEK = (
    ("0001", "Дымовая труба котельной на древесных отходах (КВ-Р-0,8)", "Ағаш қалдықтарымен жұмыс істейтін қазандықтың түтін мұржасы (КВ-Р-0,8)",
     ("0301", "0304", "0337", "0328"), "инструментальный", "аспаптық", "monthly", "октябрь, ноябрь, декабрь, январь, февраль, март, апрель",
     "қазан, қараша, желтоқсан, қаңтар, ақпан, наурыз, сәуір"),
    ("0002", "Циклон аспирации лесопильного цеха", "Ағаш тілу цехы аспирациясының циклоны", ("2936",), "инструментальный", "аспаптық",
     "quarterly", "март, июнь, сентябрь, декабрь", "наурыз, маусым, қыркүйек, желтоқсан"),
    ("0003", "Циклон станочного участка столярного цеха", "Ұста цехы станок учаскесінің циклоны", ("2936",), "инструментальный", "аспаптық",
     "semiannual", "март, сентябрь", "наурыз, қыркүйек"),
    ("6001", "Открытый склад опилок и щепы", "Үгінді мен жоңқаның ашық қоймасы", ("2936",), "расчетный", "есептік", "yearly", "январь", "қаңтар"),
    ("6002", "Пункт заправки техники пожарно-химической станции", "Өрт-химиялық станциясы техникасына жанармай құю пункті", ("0333", "2754"),
     "расчетный", "есептік", "yearly", "июль", "шілде"),
    ("Т-1", "Граница СЗЗ, северо-восток (жилой массив)", "СҚА шекарасы, солтүстік-шығыс (тұрғын алап)", ("2936", "0301", "0337"),
     "инструментальный", "аспаптық", "quarterly", "январь, апрель, июль, октябрь", "қаңтар, сәуір, шілде, қазан"),
    ("Т-2", "Граница СЗЗ, юго-запад", "СҚА шекарасы, оңтүстік-батыс", ("2936", "0301", "0337"), "инструментальный", "аспаптық", "quarterly",
     "январь, апрель, июль, октябрь", "қаңтар, сәуір, шілде, қазан"),
)  # fmt: skip


def monitoring_ik2(doc: Doc) -> None:
    """A forestry institution's ПЭК at its production base — the wood-waste boiler house, the cyclones of the sawmill and of
    the joinery, the open sawdust store, the fire station's fuel point and two points of the protection zone's boundary —
    with no frequency word at all: a column of the months of sampling (`март, июнь, сентябрь, декабрь`, `март, сентябрь`,
    every month of the heating season, `январь`), the substances' names followed by their codes in brackets, the method
    (instrumental or by calculation) in a column of its own (VI: a wood-chip mill's programme with `Tháng 3, 6, 9, 12`,
    `Tháng 6 và tháng 12`, rain water once in the rainy season)."""
    if doc.lang == "vi":
        _monitoring_ik2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f = doc.pick(FORESTRY)
    inst = f[L]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {inst}",
            f"{inst}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("4. Мониторинг эмиссий и воздействия на атмосферный воздух", "4. Эмиссиялар мониторингі және атмосфералық ауаға әсер мониторингі", ""))
    doc.p(g("Контроль проводится на производственной базе учреждения (лесопильный и столярный цеха, котельная, пожарно-химическая станция). "
            "Отбор проб выполняется в указанные месяцы каждого года программы.",
            "Бақылау мекеменің өндірістік базасында (ағаш тілу және ұста цехтары, қазандық, өрт-химиялық станциясы) жүргізіледі. Сынама "
            "алу бағдарламаның әр жылының көрсетілген айларында орындалады.", ""))
    rows = [g(["№ ИЗА / точки", "Объект контроля", "Контролируемые вещества", "Метод контроля", "Месяцы проведения контроля"],
              ["ЛШК / нүкте №", "Бақылау объектісі", "Бақыланатын заттар", "Бақылау әдісі", "Бақылау жүргізілетін айлар"], [])]
    pairs, sources = [], []
    for number, o_ru, o_kk, codes, m_ru, m_kk, word, months_ru, months_kk in FOREST_PEK:
        names = ", ".join(f"{_air(doc, c)} ({c})" for c in codes)
        rows.append([number, (o_ru, o_kk)[L], names, (m_ru, m_kk)[L], (months_ru, months_kk)[L]])
        where = {"source_number": number} if number[0].isdigit() else {"point": number}
        doc.add("monitoring", *({**where, "code": c, "frequency": word} for c in codes))
        if number[0].isdigit():
            sources.append(number)
            pairs += [(number, c) for c in codes]
    doc.table(g("Таблица 4.1 – План-график контроля", "4.1-кесте – Бақылау жоспар-кестесі", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in sources))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    doc.p(g("Котельная работает только в отопительный период (октябрь – апрель).", "Қазандық тек жылыту кезеңінде (қазан – сәуір) жұмыс істейді.", ""))
    maybe_distractor(doc)


# (point, place, [(kind, key, label)], frequency, months)
VN_CHIP_PROGRAMME = (
    ("KT1", "Ống khói lò hơi đốt vỏ cây (cấp nhiệt sấy dăm)", [("code", "2902", "Bụi tổng"), ("code", "0337", "CO"), ("code", "0301", "NO2"),
                                                              ("code", "0330", "SO2")], "quarterly", "Tháng 3, 6, 9, 12"),
    ("KK1", "Bãi chứa dăm gỗ thành phẩm", [("code", "2902", "Bụi tổng")], "semiannual", "Tháng 6 và tháng 12"),
    ("KK2", "Cổng nhà máy, giáp khu dân cư", [("code", "2902", "Bụi tổng"), ("code", "0301", "NO2"), ("code", "0330", "SO2"), ("code", "0337", "CO")],
     "semiannual", "Tháng 6 và tháng 12"),
    ("NT1", "Nước thải sau bể lắng nước rửa bãi gỗ", [("symbol", "pH", "pH"), ("symbol", "TSS", "TSS"), ("symbol", "COD", "COD"),
                                                      ("symbol", "BOD5", "BOD5")], "quarterly", "Tháng 3, 6, 9, 12"),
    ("NM1", "Nước mưa chảy tràn tại cửa xả ra kênh", [("symbol", "pH", "pH"), ("symbol", "TSS", "TSS"), ("symbol", "COD", "COD")], "yearly",
     "Tháng 9 (mùa mưa)"),
)  # fmt: skip


def _monitoring_ik2_vi(doc: Doc) -> None:
    mill, company, *_ = doc.pick(VN_CHIP_MILLS)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – {mill.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Thời điểm quan trắc được bố trí theo tháng trong năm, phù hợp với mùa khô và mùa mưa tại địa phương.")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số", "Thời điểm quan trắc"]]
    for pid, place, params, word, months in VN_CHIP_PROGRAMME:
        rows.append([pid, place, ", ".join(label for _, _, label in params), months])
        doc.add("monitoring", *({"point": pid, kind: key, "frequency": word} for kind, key, _ in params))
    doc.table("Bảng 5.1. Chương trình quan trắc định kỳ", rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

FARM_PERIODS = (("Межсезонье (декабрь – февраль)", "Маусымаралық кезең (желтоқсан – ақпан)"),
                ("Подготовка к сезону (март – апрель)", "Маусымға дайындық (наурыз – сәуір)"),
                ("Сезон обработок (май – август)", "Өңдеу маусымы (мамыр – тамыз)"),
                ("Завершение сезона (сентябрь – ноябрь)", "Маусымды аяқтау (қыркүйек – қараша)"))
# what a cell says: (frequency or None, RU, KK); None for a dash
_W = ("weekly", "еженедельно", "апта сайын")
_D = ("daily", "ежедневно", "күн сайын")
_M = ("monthly", "1 раз в месяц", "айына 1 рет")
_Q = ("quarterly", "1 раз в квартал", "тоқсанына 1 рет")
# (RU check, KK check, RU who, KK who, cells by period)
STORE_CHECKS = (
    ("Целостность тары и маркировка препаратов, отсутствие россыпей и проливов", "Ыдыстың бүтіндігі және препараттардың таңбалануы, шашылу мен төгілудің болмауы",
     "кладовщик", "қоймашы", (_W, _D, _D, _W)),
    ("Работа приточно-вытяжной вентиляции склада пестицидов", "Пестицидтер қоймасының ағынды-сорма желдеткішінің жұмысы", "заведующий складом",
     "қойма меңгерушісі", (_M, _W, _D, _W)),
    ("Учет поступления и отпуска пестицидов, ведение журнала", "Пестицидтердің түсуі мен берілуін есепке алу, журнал жүргізу", "кладовщик", "қоймашы",
     (None, (None, "при каждом поступлении партии", "әр партия түскен сайын"), _D, _W)),
    ("Площадка хранения минеральных удобрений: навес, поддоны, отсутствие смыва", "Минералды тыңайтқыштарды сақтау алаңы: қалқа, тұғырықтар, шайылудың болмауы",
     "заведующий складом", "қойма меңгерушісі", (_M, _W, _W, _M)),
    ("Сроки годности препаратов, выявление непригодных пестицидов", "Препараттардың жарамдылық мерзімі, жарамсыз пестицидтерді анықтау",
     "агроном по защите растений", "өсімдік қорғау агрономы", (_Q, _M, None, _M)),
    ("Наличие и исправность средств нейтрализации проливов и СИЗ", "Төгілгенді бейтараптандыру құралдары мен ЖҚҚ-ның болуы және жарамдылығы",
     "инженер по охране труда", "еңбекті қорғау жөніндегі инженер", (_Q, (None, "перед выдачей препаратов бригадам", "бригадаларға препарат берер алдында"), _M, None)),
)  # fmt: skip


def inspections_ik1(doc: Doc) -> None:
    """A district store of pesticides and mineral fertilisers whose schedule of internal checks has a column per period of the
    farming year — off-season, preparing for the season, the season of treatments, closing the season — under a merged
    header, each cell the frequency in that period or a dash, so that one check gives as many duties as it has different
    frequencies, a check at each batch received and one before issuing preparations to the crews that are no frequency
    (VI: a pesticide formulation plant's checks in its peak months of production and in the other months)."""
    if doc.lang == "vi":
        _inspections_ik1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    site = doc.pick(BURIAL_SITES)
    district = site[2 + L].split(", ")[1]
    doc.h(g(f"График внутренних проверок склада пестицидов и минеральных удобрений ТОО «Агрохимсервис» ({district})",
            f"«Агрохимсервис» ЖШС пестицидтер мен минералды тыңайтқыштар қоймасын ішкі тексеру кестесі ({district})", ""))
    doc.p(g("Результаты проверок заносятся в журнал производственного контроля склада; выявленные нарушения устраняются в день проверки.",
            "Тексеру нәтижелері қойманың өндірістік бақылау журналына енгізіледі; анықталған бұзушылықтар тексеру күні жойылады.", ""))
    rows = [g(["№", "Предмет проверки", "Периодичность по периодам года", None, None, None, "Проверяет"],
              ["№", "Тексеру нысанасы", "Жыл кезеңдері бойынша кезеңділігі", None, None, None, "Тексереді"], []),
            [None, None, *(p[L] for p in FARM_PERIODS), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    for k, (c_ru, c_kk, w_ru, w_kk, cells) in enumerate(STORE_CHECKS, 1):
        what, who = (c_ru, c_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), what, *((c[1 + L] if c else "—") for c in cells), who])
        seen: list = []
        for c in cells:
            if c and c[0] not in seen:
                seen.append(c[0])
                item = {"kind": "inspection", "text_contains": _words(what, 3), "actor_contains": who}
                if c[0]:
                    item["frequency"] = c[0]
                doc.add("obligations", item)
    doc.table(g("Приложение 3 к приказу директора", "Директор бұйрығына 3-қосымша", ""), rows, merges, role="inspections")
    distractor(doc, "approval")


# (check, peak, other months, who); a cell is (frequency or None, as written)
VN_FORM_CHECKS = (
    ("Hệ thống xử lý khí thải (quạt hút, tháp hấp phụ than hoạt tính)", ("daily", "Hằng ngày"), ("weekly", "Hằng tuần"), "Tổ vận hành môi trường"),
    ("Kho chứa chất thải nguy hại: nhãn, phân loại, thời gian lưu giữ", ("weekly", "Hằng tuần"), ("monthly", "01 tháng/lần"), "Bộ phận HSE"),
    ("Kho nguyên liệu hoạt chất, dung môi: rò rỉ, tràn đổ", (None, "Mỗi ca sản xuất"), ("weekly", "Hằng tuần"), "Thủ kho"),
    ("Độ bão hòa của than hoạt tính trong tháp hấp phụ", ("monthly", "01 tháng/lần"), ("quarterly", "03 tháng/lần"), "Tổ vận hành môi trường"),
    ("Trang thiết bị ứng phó sự cố hóa chất", ("quarterly", "03 tháng/lần"), ("semiannual", "06 tháng/lần"), "Bộ phận HSE"),
    ("Hệ thống xử lý nước thải", ("daily", "Hằng ngày"), ("daily", "Hằng ngày"), "Tổ vận hành môi trường"),
)


def _inspections_ik1_vi(doc: Doc) -> None:
    plant, company, *_ = doc.pick(VN_PEST_PLANTS)
    doc.h(f"KẾ HOẠCH TỰ KIỂM TRA BẢO VỆ MÔI TRƯỜNG VÀ AN TOÀN HÓA CHẤT NĂM 2026 – {plant.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {company}. Tần suất kiểm tra được tăng lên trong các tháng cao điểm sản xuất phục vụ vụ "
          "Đông Xuân và Hè Thu.")
    rows = [["TT", "Nội dung kiểm tra", "Tần suất kiểm tra", None, "Bộ phận thực hiện"],
            [None, None, "Tháng cao điểm (tháng 9 – 12, tháng 3 – 5)", "Các tháng còn lại", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    for k, (what, peak, other, who) in enumerate(VN_FORM_CHECKS, 1):
        rows.append([str(k), what, peak[1], other[1], who])
        for word in dict.fromkeys((peak[0], other[0])):
            item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Phụ lục. Nội dung và tần suất tự kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU object, KK object, [(frequency or None, RU line, KK line)], RU who, KK who)
FIRE_CHECKS = (
    ("Наземное патрулирование лесных кварталов вдоль дорог и у населенных пунктов", "Жолдар бойындағы және елді мекендер маңындағы орман орамдарын жерүсті патрульдеу",
     [("weekly", "I–II класс – 1 раз в неделю", "I–II сынып – аптасына 1 рет"), ("daily", "III класс – ежедневно", "III сынып – күн сайын"),
      (None, "IV–V класс – дважды в день (утром и после 14 ч)", "IV–V сынып – күніне екі рет (таңертең және сағат 14-тен кейін)")],
     "лесники обходов", "айналма орманшылар"),
    ("Минерализованные полосы и противопожарные разрывы", "Минералдандырылған жолақтар және өртке қарсы алшақтықтар",
     [("monthly", "I–II класс – 1 раз в месяц", "I–II сынып – айына 1 рет"), ("weekly", "III–V класс – еженедельно", "III–V сынып – апта сайын")],
     "мастер леса", "орман шебері"),
    ("Пожарно-химическая станция: техника, мотопомпы, запас воды и ГСМ", "Өрт-химиялық станциясы: техника, мотопомпалар, су мен ЖЖМ қоры",
     [("weekly", "I–II класс – еженедельно", "I–II сынып – апта сайын"), ("daily", "III–V класс – ежедневно при заступлении на дежурство",
                                                                         "III–V сынып – кезекшілікке түскен кезде күн сайын")],
     "начальник ПХС", "ӨХС бастығы"),
    ("Пожарные наблюдательные вышки и связь", "Өрт бақылау мұнаралары және байланыс",
     [("daily", "I–V класс – ежедневно в течение пожароопасного сезона", "I–V сынып – өрт қаупі бар маусым бойы күн сайын")],
     "инженер по охране и защите леса", "орманды күзету және қорғау жөніндегі инженер"),
    ("Места отдыха населения и стоянки у водоемов", "Халықтың демалыс орындары және су айдындары маңындағы тұрақтар",
     [("weekly", "III класс – еженедельно (по пятницам)", "III сынып – апта сайын (жұма күндері)"), ("daily", "IV–V класс – ежедневно", "IV–V сынып – күн сайын")],
     "лесничий", "орманшы"),
    ("Гари прошлых лет и участки с захламленностью", "Өткен жылдардың күйіктері және қоқыстанған учаскелер",
     [(None, "после каждой сухой грозы", "әр құрғақ найзағайдан кейін")], "мастер леса", "орман шебері"),
)  # fmt: skip


def inspections_ik2(doc: Doc) -> None:
    """A forestry institution's schedule of checks in the fire season whose frequency cell holds one line for each class of
    fire danger by the weather (`I–II класс – 1 раз в неделю`, `III класс – ежедневно`, `IV–V класс – дважды в день`), so that
    a row gives a duty per line that has a frequency of the contract; checks twice a day and after each dry thunderstorm
    that are no frequency (VI: a forestry company's patrols of its plantations by the level of the fire forecast, `Cấp I –
    III` and `Cấp IV – V` on the lines of one cell)."""
    if doc.lang == "vi":
        _inspections_ik2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f = doc.pick(FORESTRY)
    inst = f[L]
    doc.h(g(f"График контроля противопожарного состояния лесов в пожароопасный сезон 2026 года. {inst}",
            f"{inst}. 2026 жылғы өрт қаупі бар маусымда ормандардың өртке қарсы жай-күйін бақылау кестесі", ""))
    doc.p(g("Класс пожарной опасности по условиям погоды устанавливается ежедневно по данным РГП «Казгидромет»; периодичность контроля "
            "меняется в зависимости от класса.",
            "Ауа райы жағдайы бойынша өрт қаупі сыныбы «Қазгидромет» РМК деректері бойынша күн сайын белгіленеді; бақылау кезеңділігі "
            "сыныпқа байланысты өзгереді.", ""))
    rows = [g(["№", "Объект контроля", "Периодичность в зависимости от класса пожарной опасности", "Ответственный"],
              ["№", "Бақылау объектісі", "Өрт қаупі сыныбына байланысты кезеңділігі", "Жауапты"], [])]
    for k, (o_ru, o_kk, lines, w_ru, w_kk) in enumerate(FIRE_CHECKS, 1):
        what, who = (o_ru, o_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), what, "\n".join(line[1 + L] for line in lines), who])
        for word in dict.fromkeys(line[0] for line in lines):
            item = {"kind": "inspection", "text_contains": _words(what, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица 1 – Периодичность контроля", "1-кесте – Бақылау кезеңділігі", ""), rows, role="inspections")
    maybe_distractor(doc)


VN_FIRE_CHECKS = (
    ("Tuần tra các lô rừng trồng keo giáp khu dân cư, đường giao thông",
     [("weekly", "Cấp I – III: hằng tuần"), ("daily", "Cấp IV – V: hằng ngày, kể cả ngày nghỉ")], "Tổ bảo vệ rừng"),
    ("Đường băng cản lửa, đường ranh cản lửa", [("monthly", "Cấp I – III: 01 tháng/lần"), ("weekly", "Cấp IV – V: hằng tuần")], "Đội trưởng đội sản xuất"),
    ("Chòi canh lửa và thông tin liên lạc", [("daily", "Cấp I – V: hằng ngày trong mùa khô (tháng 3 – 8)")], "Trạm quản lý bảo vệ rừng"),
    ("Phương tiện, dụng cụ chữa cháy rừng tại các trạm", [("monthly", "Cấp I – III: 01 tháng/lần"), ("weekly", "Cấp IV – V: hằng tuần")],
     "Phòng Quản lý bảo vệ rừng"),
    ("Khu vực thực bì sau khai thác chưa xử lý", [(None, "Sau mỗi đợt khai thác và trước khi đốt thực bì")], "Đội trưởng đội sản xuất"),
)


def _inspections_ik2_vi(doc: Doc) -> None:
    company, province, _ = doc.pick(VN_FOREST_COS)
    doc.h(f"KẾ HOẠCH KIỂM TRA, TUẦN TRA PHÒNG CHÁY, CHỮA CHÁY RỪNG MÙA KHÔ NĂM 2026 – {company.upper()}")
    doc.p(f"Cấp dự báo cháy rừng được Chi cục Kiểm lâm {province.split(' (')[0]} thông báo hằng ngày; tần suất kiểm tra thay đổi theo cấp dự báo.")
    rows = [["TT", "Đối tượng kiểm tra", "Tần suất theo cấp dự báo cháy rừng", "Đơn vị thực hiện"]]
    for k, (what, lines, who) in enumerate(VN_FIRE_CHECKS, 1):
        rows.append([str(k), what, "\n".join(line[1] for line in lines), who])
        for word in dict.fromkeys(line[0] for line in lines):
            item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung, tần suất kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# executor: (RU, KK, RU key, KK key)
OBLAST_BODIES = {
    "agri": ("ГУ «Управление сельского хозяйства и земельных отношений акимата Жамбылской области»",
             "«Жамбыл облысы әкімдігінің ауыл шаруашылығы және жер қатынастары басқармасы» ММ", "сельского хозяйства", "ауыл шаруашылығы"),
    "nature": ("ГУ «Управление природных ресурсов и регулирования природопользования акимата Жамбылской области»",
               "«Жамбыл облысы әкімдігінің табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ", "природных ресурсов", "табиғи ресурстар"),
    "district": ("акиматы Меркенского, Т. Рыскулова и Жуалынского районов", "Меркі, Т. Рысқұлов және Жуалы аудандарының әкімдіктері",
                 "акиматы", "әкімдіктері"),
}  # fmt: skip
# (register number, RU, KK, tonnes, RU term, KK term, executor, million tenge)
OBLAST_PLAN = (
    ("07-012", "Ликвидация захоронения непригодных пестицидов бывшего совхоза «Луговой» (Меркенский район)",
     "Бұрынғы «Луговой» кеңшарының жарамсыз пестицидтер көмінді орнын жою (Меркі ауданы)", 46.5, "2026 г.", "2026 ж.", "agri", 310.4),
    ("07-015", "Вывоз и уничтожение пестицидов со склада бывшей «Сельхозхимии» в с. Аспара",
     "Аспара ауылындағы бұрынғы «Сельхозхимия» қоймасынан пестицидтерді шығару және жою", 12.8, "2026 г.", "2026 ж.", "agri", 88.6),
    ("07-021", "Ликвидация могильника ядохимикатов у с. Кулан (район Т. Рыскулова)", "Құлан ауылы маңындағы улы химикаттар көміндісін жою (Т. Рысқұлов ауданы)",
     27.3, "2027 г.", "2027 ж.", "agri", 205.0),
    ("–", "Инвентаризация и паспортизация мест хранения и захоронения непригодных пестицидов области",
     "Облыстағы жарамсыз пестицидтерді сақтау және көму орындарын түгендеу және паспорттау", None, "I–II кварталы 2026 г.", "2026 ж. I–II тоқсандары",
     "nature", 24.0),
    ("07-012", "Рекультивация земель после ликвидации захоронения бывшего совхоза «Луговой»", "Бұрынғы «Луговой» кеңшарының көмінді орнын жойғаннан кейін жерді қалпына келтіру",
     None, "2027 г.", "2027 ж.", "district", 36.2),
    ("–", "Обустройство наблюдательных скважин и мониторинг подземных вод на ликвидированных объектах",
     "Жойылған объектілерде бақылау ұңғымаларын жабдықтау және жерасты суларының мониторингі", None, "2026–2028 гг.", "2026–2028 жж.", "nature", 19.5),
    ("–", "Информирование населения о запрете использования территорий бывших складов и захоронений",
     "Бұрынғы қоймалар мен көмінді орындарының аумақтарын пайдалануға тыйым салу туралы халықты хабардар ету", None, "постоянно", "тұрақты",
     "district", None),
)  # fmt: skip


def tasks_ik1(doc: Doc) -> None:
    """An oblast akimat's plan of liquidating burial sites and stores of obsolete pesticides, the item number first and then a
    column of the site's number in the oblast's register of such sites (`07-012`, `07-021`, `–`) that looks like an item
    number and repeats when two measures concern one site, the measure, the tonnes to be removed, the term, the responsible
    body — the agriculture department, the natural resources department or the districts' akimats — the sum in millions of
    tenge and the source (VI: a province's plan for its pesticide-contaminated sites, the sites' codes from the national
    list `NA-07`, the lead and the partner bodies, the money in millions of đồng)."""
    if doc.lang == "vi":
        _tasks_ik1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.p(g(f"Утвержден постановлением акимата Жамбылской области от {_date(doc, 2025)} № {doc.rng.randint(150, 390)}",
            f"Жамбыл облысы әкімдігінің {_date(doc, 2025)} № {doc.rng.randint(150, 390)} қаулысымен бекітілген", ""))
    doc.h(g("План мероприятий по ликвидации мест захоронения и хранения непригодных пестицидов Жамбылской области на 2026–2028 годы",
            "Жамбыл облысының жарамсыз пестицидтерді көму және сақтау орындарын жою жөніндегі 2026–2028 жылдарға арналған іс-шаралар жоспары", ""))
    rows = [g(["№ п/п", "№ объекта в реестре", "Мероприятие", "Объем, т", "Срок исполнения", "Ответственный исполнитель", "Сумма, млн тенге", "Источник финансирования"],
              ["Р/с №", "Тізілімдегі объект №", "Іс-шара", "Көлемі, т", "Орындау мерзімі", "Жауапты орындаушы", "Сомасы, млн теңге", "Қаржыландыру көзі"], [])]
    for k, (reg, t_ru, t_kk, tonnes, term_ru, term_kk, who, money) in enumerate(OBLAST_PLAN, 1):
        text = (t_ru, t_kk)[L]
        body = OBLAST_BODIES[who]
        src = g("местный бюджет", "жергілікті бюджет", "") if money else g("не требуется", "талап етілмейді", "")
        rows.append([str(k), reg, text, num(tonnes, doc.lang) if tonnes else "–", (term_ru, term_kk)[L], body[L],
                     num(money, doc.lang) if money else "–", src])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": body[2 + L]})
    doc.table(None, rows, role="tasks")
    doc.p(g("Реестр мест захоронения и хранения непригодных пестицидов ведется управлением сельского хозяйства; номер объекта состоит из "
            "кода района и порядкового номера.",
            "Жарамсыз пестицидтерді көму және сақтау орындарының тізілімін ауыл шаруашылығы басқармасы жүргізеді; объект нөмірі аудан коды "
            "мен реттік нөмірден тұрады.", ""))
    maybe_distractor(doc)


# province: (code prefix, [(site code, task, lead, partners, term, million đồng)])
VN_SITE_PLANS = {
    "tỉnh Nghệ An": ("NA", [
        ("NA-07", "Xử lý triệt để ô nhiễm tồn lưu hóa chất BVTV tại kho Hợp tác xã Nông nghiệp Hợp Minh cũ", "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh",
         "UBND xã Hợp Minh", "2026 – 2027", "18.600"),
        ("NA-11", "Điều tra, đánh giá chi tiết mức độ ô nhiễm tại điểm tồn lưu kho thuốc xóm Đồng Tâm", "Sở Nông nghiệp và Môi trường", "UBND xã Đồng Thành",
         "Quý II/2026", "1.450"),
        ("NA-11", "Cải tạo, phục hồi môi trường sau xử lý tại điểm tồn lưu kho thuốc xóm Đồng Tâm", "Sở Nông nghiệp và Môi trường", "UBND xã Đồng Thành",
         "2027 – 2028", "12.300")]),
    "tỉnh Hà Tĩnh": ("HT", [
        ("HT-03", "Xử lý ô nhiễm tồn lưu hóa chất BVTV tại kho thuốc Trung Lộc", "Sở Nông nghiệp và Môi trường", "UBND xã Trung Lộc", "2026", "9.800"),
        ("HT-09", "Quan trắc môi trường đất, nước sau xử lý tại điểm tồn lưu Sơn Bình", "Trung tâm Quan trắc tài nguyên và môi trường", "UBND xã Sơn Bình",
         "2026 – 2028", "960"),
        ("HT-12", "Cắm biển cảnh báo, rào chắn khu vực ô nhiễm chưa được xử lý", "UBND các xã có điểm tồn lưu", "Sở Nông nghiệp và Môi trường",
         "Quý I/2026", "240")]),
    "tỉnh Thanh Hóa": ("TH", [
        ("TH-05", "Xử lý ô nhiễm tồn lưu hóa chất BVTV tại kho Trạm Bảo vệ thực vật Vạn Thiện cũ", "Sở Nông nghiệp và Môi trường", "UBND xã Vạn Thiện",
         "2026 – 2027", "14.200"),
        ("TH-14", "Thu gom, tiêu hủy hóa chất BVTV cấm sử dụng còn tồn tại hộ dân", "Chi cục Trồng trọt và Bảo vệ thực vật", "UBND các xã",
         "Quý III/2026", "620"),
        ("TH-05", "Giám sát chất lượng nước giếng của các hộ dân xung quanh điểm tồn lưu", "Trung tâm Kiểm soát bệnh tật tỉnh", "UBND xã Vạn Thiện",
         "06 tháng/lần", "380")]),
}  # fmt: skip


def _tasks_ik1_vi(doc: Doc) -> None:
    prov = doc.pick(sorted(VN_SITE_PLANS))
    _, items = VN_SITE_PLANS[prov]
    doc.p(f"(Ban hành kèm theo Quyết định số {doc.rng.randint(1200, 3900)}/QĐ-UBND ngày {_date(doc, 2025, '/')} của UBND {prov})")
    doc.h(f"KẾ HOẠCH XỬ LÝ, CẢI TẠO CÁC ĐIỂM TỒN LƯU HÓA CHẤT BẢO VỆ THỰC VẬT GIAI ĐOẠN 2026 – 2028 CỦA {prov.upper()}")
    doc.p("Mã điểm tồn lưu theo danh mục các điểm ô nhiễm tồn lưu hóa chất bảo vệ thực vật của tỉnh (mã tỉnh – số thứ tự).")
    rows = [["TT", "Mã điểm", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kinh phí (triệu đồng)"]]
    for k, (code, text, lead, partner, term, money) in enumerate(items, 1):
        rows.append([str(k), code, text, lead, partner, term, money])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Phụ lục. Danh mục nhiệm vụ", rows, role="tasks")
    maybe_distractor(doc)


# (RU, KK, RU unit, KK unit, (low, high), RU term, KK term, district index)
RESTORE = (
    ("Сплошная санитарная рубка погибших насаждений на гари", "Күйік алаңындағы қурап қалған екпелерді жаппай санитариялық кесу", "га", "га", (30, 120),
     "IV квартал 2025 г. – I квартал 2026 г.", "2025 ж. IV тоқсаны – 2026 ж. I тоқсаны", 0),
    ("Вывоз ликвидной древесины с гари", "Күйік алаңынан өтімді сүректі шығару", "м³", "м³", (1800, 7500), "до 01.04.2026", "01.04.2026 дейін", 0),
    ("Очистка гари от захламленности с укладкой порубочных остатков в валы", "Күйік алаңын қоқыстан тазарту, кесу қалдықтарын білікке жинау", "га", "га",
     (40, 160), "апрель – май 2026 г.", "2026 ж. сәуір – мамыр", 1),
    ("Подготовка почвы под лесные культуры плугом ПКЛ-70", "ПКЛ-70 соқасымен орман екпелері үшін топырақ дайындау", "га", "га", (30, 120),
     "сентябрь 2026 г.", "2026 ж. қыркүйек", 1),
    ("Посадка лесных культур сосны двухлетними сеянцами из питомника учреждения", "Мекеме тәлімбағының екі жылдық көшеттерімен қарағай екпелерін отырғызу",
     "га", "га", (30, 120), "апрель – май 2027 г.", "2027 ж. сәуір – мамыр", 2),
    ("Устройство минерализованных полос по периметру гари", "Күйік алаңының периметрі бойынша минералдандырылған жолақтар орнату", "км", "км", (8, 30),
     "май 2026 г.", "2026 ж. мамыр", 2),
    ("Агротехнический уход за лесными культурами (трехкратный)", "Орман екпелерін агротехникалық күту (үш рет)", "га", "га", (30, 120),
     "2027–2029 гг.", "2027–2029 жж.", 0),
)  # fmt: skip


def tasks_ik2(doc: Doc) -> None:
    """A forestry institution's plan of measures to remove the consequences of a wildfire and restore the forest: the measure,
    the forest district that carries it out as the executor, the quarters and compartments (`кв. 112, выд. 4–9`) in a
    column of their own before the unit and the volume in hectares, cubic metres or kilometres, the term (VI: a forestry
    company's plan of replanting a burnt acacia plantation, `Tiểu khu 318 – khoảnh 4 – lô a2, a3`, the production teams and
    the forest protection station as executors)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_ik2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f = doc.pick(FORESTRY)
    inst, districts = f[L], f[4]
    doc.h(g(f"План мероприятий по ликвидации последствий лесного пожара 2025 года и восстановлению лесов на 2025–2029 годы. {inst}",
            f"{inst}. 2025 жылғы орман өртінің салдарын жою және ормандарды қалпына келтіру жөніндегі 2025–2029 жылдарға арналған іс-шаралар жоспары", ""))
    doc.p(g("Мероприятия выполняются силами лесничеств учреждения за счет средств республиканского бюджета; общее руководство – главный лесничий.",
            "Іс-шаралар мекеме орманшылықтарының күшімен республикалық бюджет қаражаты есебінен орындалады; жалпы басшылық – бас орманшы.", ""))
    rows = [g(["№", "Мероприятие", "Исполнитель (лесничество)", "Кв./выд.", "Ед. изм.", "Объем", "Срок"],
              ["№", "Іс-шара", "Орындаушы (орманшылық)", "Орам/телім", "Өлш. бірл.", "Көлемі", "Мерзімі"], [])]
    for k, (t_ru, t_kk, u_ru, u_kk, (lo, hi), term_ru, term_kk, d) in enumerate(RESTORE, 1):
        text = (t_ru, t_kk)[L]
        district = districts[d][L]
        who = g(f"{district} лесничество", f"{district} орманшылығы", "")
        a = r.randint(1, 9)
        place = g(f"кв. {r.randint(20, 160)}, выд. {a}–{a + r.randint(3, 9)}", f"{r.randint(20, 160)}-орам, {a}–{a + r.randint(3, 9)} телімдер", "")
        vol = float(r.randint(lo, hi)) if hi > 200 else round(r.uniform(lo, hi), 1)
        rows.append([str(k), text, who, place, (u_ru, u_kk)[L], num(vol, doc.lang), (term_ru, term_kk)[L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": district})
    doc.table(g("Таблица 1 – Перечень мероприятий", "1-кесте – Іс-шаралар тізбесі", ""), rows, role="tasks")
    maybe_distractor(doc)


# (task, unit, (low, high), term, executor)
VN_RESTORE = (
    ("Khai thác tận dụng gỗ keo bị cháy còn giá trị thương mại", "m³", (400, 2200), "Tháng 6 – 8/2025", "Đội sản xuất số 1"),
    ("Xử lý thực bì, dọn vệ sinh rừng sau khai thác tận dụng", "ha", (10, 60), "Tháng 9 – 10/2025", "Đội sản xuất số 1"),
    ("Làm đất, đào hố trồng rừng (40 × 40 × 40 cm)", "ha", (10, 60), "Tháng 10/2025", "Đội sản xuất số 2"),
    ("Trồng lại rừng keo lai mô bằng cây giống từ vườn ươm của Công ty", "ha", (10, 60), "Tháng 11 – 12/2025", "Đội sản xuất số 2"),
    ("Làm đường ranh cản lửa xung quanh lô rừng trồng lại", "km", (3, 15), "Tháng 1/2026", "Trạm quản lý bảo vệ rừng"),
    ("Chăm sóc rừng trồng năm thứ nhất và năm thứ hai", "ha", (10, 60), "Năm 2026 – 2027", "Đội sản xuất số 3"),
)


def _tasks_ik2_vi(doc: Doc) -> None:
    r = doc.rng
    company, province, commune = doc.pick(VN_FOREST_COS)
    doc.h(f"PHƯƠNG ÁN KHẮC PHỤC HẬU QUẢ CHÁY RỪNG VÀ TRỒNG LẠI RỪNG – {company.upper()}")
    doc.p(f"Vị trí: rừng trồng sản xuất của Công ty tại {commune}, {province}. Kinh phí từ nguồn vốn tự có của Công ty và tiền bảo hiểm rừng trồng.")
    rows = [["TT", "Hạng mục công việc", "Vị trí (tiểu khu – khoảnh – lô)", "ĐVT", "Khối lượng", "Thời gian", "Đơn vị thực hiện"]]
    for k, (text, unit, (lo, hi), term, who) in enumerate(VN_RESTORE, 1):
        lot = doc.pick(("a", "b", "c"))
        place = f"Tiểu khu {r.randint(250, 420)} – khoảnh {r.randint(1, 9)} – lô {lot}{r.randint(1, 5)}, {lot}{r.randint(6, 9)}"
        vol = float(r.randint(lo, hi)) if hi > 200 else round(r.uniform(lo, hi), 1)
        rows.append([str(k), text, place, unit, num(vol, "vi"), term, who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 2. Kế hoạch thực hiện", rows, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IK{k}", globals()[f"{role}_ik{k}"]) for role in ROLES for k in (1, 2)]
