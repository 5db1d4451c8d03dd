"""The thirty-eighth blind set's part IZ (two layouts per role, `IZ1` and `IZ2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.904 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: remediation of historical pollution. Kazakhstan: oil-sludge pits and oil-soaked soil at the old fields of the
Emba (Доссор, Байчунас, Каратон) in Atyrau oblast and of Mangystau (Тасбулат), the mercury left under the electrolysis
shop of the former chemical plant in Pavlodar's northern industrial zone, abandoned wells of the Caspian coast liquidated
by a national programme, the tailings storages of closed concentrators (Текели, Ачисай, Карагайлы) under reclamation
(a card of the register of historical pollution, an act of liquidating a well, an ОВОС's emissions of a thermal
desorption site, a calculation of dust blown off a tailings beach, the waste section of demolishing a mercury-laden shop,
a reclamation's wastes by receiver, the verification sampling of an excavation's bottom and walls, sea water at
liquidated wells, a monitoring matrix of a demercurisation, the observation of liquidated wells in the years after,
the inspections of a conserved tailings dam, a plan-graph of visits to liquidated wells and restored pits, an oblast's
road map of historical pollution and a plan of removing what an inspection found). Vietnam: the dioxin hotspots of the
former Biên Hòa and Đà Nẵng airbases, closed landfills under restoration (Đông Thạnh, Khánh Sơn, Thủy Phương), the
dredging of polluted canals and the yards drying their sludge (a phiếu thông tin khu vực ô nhiễm môi trường tồn lưu, the
card of a sludge yard, loads of excavating dioxin-laden soil, landfill gas of capped cells and a flare, CTNH of a dioxin
treatment site, a closed landfill's annual wastes by half-year, treated water of an excavation by round, leachate
against two standards, a monitoring matrix of a hotspot, a dredging programme with its frequency in the group rows,
self-inspection plans, the plan of a remediation project by bid package and a post-closure plan by year). Every firm,
person and figure is invented; places are real, pollutant and waste codes are real.

Facility: a card of the register of objects of historical pollution — an oil-sludge pit, a mercury site, a Mangystau
pit — with a column `Источник сведений`, four section rows, the contour's four corners in degrees, minutes and seconds
as sub-rows under one merged label and the centre apart in decimal degrees (the centre is the site's), the former user
liquidated with `БИН: сведения отсутствуют`, the trust manager with its BIN, the register number as a look-alike; the
contamination's size in a table of no role (VI: a closed landfill's phiếu thông tin, the corners in VN-2000 metres and
the centre in WGS-84, the managing company's enterprise number, the cells of the landfill in a table of no role) (IZ1);
an act of liquidating an abandoned well laid out with two label–value pairs per row, the wellhead in degrees, minutes and
seconds, a well category (`разведочная`) that is no category of the Code, the customer with its BIN beside the workover
contractor with a BIN of its own, which is no facility, the cement bridges in a table of no role (VI: the card of a
canal's sludge-drying yard, two pairs per row, the dredging contractor's number beside the operator's, the project
owner's budget-relation code, the dredged volumes by section in a table of no role) (IZ2).

Emissions: an ОВОС of remediating oil sludge by thermal desorption and bioremediation, each source a row spanning the
table that holds its number, name and type in prose (`Источник № 6001 – … (неорганизованный)`), the substances under it
with their class, the tonnes for the period of works, which is neither construction nor operation, a total under each
source and one for the object (VI: the loads of excavating, loading and stockpiling dioxin-laden soil and of the
machines, each activity merged down, the mass handled and the emission factor before the loads, no source numbers)
(IZ1); the dust blown off a closed tailings storage's beaches and slopes worked out from the area, the specific blow-off
and a wetting factor, the metals of the tailings as `в т.ч.` rows under the dust with their share in per cent and their
own codes, which are emissions of their own (VI: the gas of a closed landfill's capped cells and of its flare, the gas
flow merged down, the concentration before the loads) (IZ2).

Wastes: the waste section of demolishing a mercury-laden electrolysis shop and digging out its soil, the mercury content
in mg/kg and the volume before the tonnes by stage (`2026 – демонтаж`, `2027 – выемка грунта`), the total alone the
amount, a clean soil for backfill under its own non-hazardous code (VI: a dioxin treatment site's CTNH in kilograms, the
same code `18 02 01` on two wastes, ordinary wastes in tonnes in a second table) (IZ1); a tailings reclamation's wastes
grouped under rows naming the receiver and its contract, the quantity written `м³ / т` in one cell of which the tonnes
are the amount, the code in the last column, spilled tailings placed back into the storage (VI: a closed landfill's
annual report, CTNH by half-year in kilograms and the year's total, which alone is the amount) (IZ2).

Limits: the verification sampling of a mercury excavation, the bottom and wall points under rows naming each excavation
map, the ПДК on every row and a conclusion column, a point that failed, was dug again and sampled anew (`Д-2
(повторно)`), then ground water of the observation wells by quarter with the parameters merged under each well (VI: the
treated water of a dioxin excavation's dewatering plant at its outlet by sampling round against QCVN 40:2011/BTNMT column
A, the point only in the caption) (IZ1); Caspian sea water around liquidated wells, the wells as merged headers over
their two stations, the fishery ПДК in a column, pH as a range (VI: a closed landfill's treated leachate by quarter, the
row's standard in a column of its own — QCVN 25:2009/BTNMT column B1 for four parameters, QCVN 40:2011/BTNMT column B
for the rest — the limits already multiplied by Kq and Kf) (IZ2).

Monitoring: a demercurisation's monitoring as a matrix of `+` and `–` under the substances as columns, the points under
medium rows, mercury the air pollutant at the boundary points and the element in wells and soil, the frequency in the
last column (VI: a dioxin hotspot's matrix with `x`, dioxins in air, water, ground water and sediment) (IZ1); the
observation of liquidated wells in the years after their liquidation, the frequencies as two columns — the first two
years and the third to fifth — visual checks of the wellhead with no substance (VI: a canal dredging programme whose
frequency stands only in the row naming each medium) (IZ2).

Inspections: the inspections of a conserved tailings dam, each structure on two rows — the current inspection by its
keeper and the commission's — each with its own frequency and actor, an extraordinary inspection after an earthquake with
no frequency (VI: a dioxin site's routine and periodic checks by zone, a check after each heavy rain) (IZ1); an oil
company's plan-graph of visits to the wells it liquidated and the pits it restored, grouped by field, the frequency only
as a count a year (`12`, `4`, `2`, `1`) beside the months (VI: a closed landfill's calendar of checks in its own words —
`Thứ Hai hằng tuần`, `Tháng 3, 6, 9, 12`, a rainy and a dry season in one cell) (IZ2).

Tasks: an oblast's road map of liquidating historical pollution under rows naming each object with its register number,
the same stages (survey, project, permit, works, monitoring) numbered `1.1` … under each object, the state body or the
trust manager answering (VI: the plan of a dioxin remediation project by bid package, the implementing and the
supervising unit, start and end) (IZ1); an operator's plan of removing what the Department of Ecology's inspection found,
the prescription's clause and the violation before the measure, a mark of completion (VI: a closed landfill's
post-closure plan with the years 2026–2030 as columns marked `x`) (IZ2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
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


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the oblast's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`47°32′05,1″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


# code: (RU, KK, VI, hazard class) of pollutants the vocabulary does not name
EXTRA = {
    "0146": ("Медь оксид (в пересчете на медь)", "Мыс оксиді (мысқа шаққанда)", "", 2),
    "0183": ("Ртуть (Ртуть металлическая)", "Сынап (металл сынап)", "Thủy ngân (Hg)", 1),
    "0207": ("Цинк оксид (в пересчете на цинк)", "Мырыш оксиді (мырышқа шаққанда)", "", 3),
    "0325": ("Мышьяк, неорганические соединения (в пересчете на мышьяк)", "Күшән, бейорганикалық қосылыстары (күшәнге шаққанда)", "", 1),
    "0415": ("Смесь углеводородов предельных С1-С5", "Шекті көмірсутектер қоспасы С1-С5", "", 4),
    "0416": ("Смесь углеводородов предельных С6-С10", "Шекті көмірсутектер қоспасы С6-С10", "", 3),
    "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)", "Metyl mercaptan (CH3SH)", 4),
    "3620": ("Диоксины (в пересчете на 2,3,7,8-тетрахлордибензо-1,4-диоксин)", "Диоксиндер (2,3,7,8-тетрахлордибензо-1,4-диоксинге шаққанда)",
             "Dioxin/Furan (PCDD/PCDF)", 1),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU name, KK name, RU core, KK core, RU kind, KK kind, RU place, KK place, KATO prefix, lat, lon,
#  RU former user, KK former user, RU holder, KK holder, formed, area ha, volume m3, depth m)
HIST_SITES = (
    ("Нефтешламовый амбар № 7 месторождения Доссор", "Доссор кен орнының № 7 мұнай шламы амбары", "Доссор", "Доссор",
     "нефтяное (нефтешлам, нефтезагрязненный грунт)", "мұнаймен ластану (мұнай шламы, мұнаймен ластанған топырақ)",
     "Атырауская область, Макатский район, поселок Доссор, 3,5 км северо-восточнее поселка",
     "Атырау облысы, Мақат ауданы, Доссор кенті, кенттен солтүстік-шығысқа қарай 3,5 км", "2352", 47.545, 52.99,
     "НГДУ «Доссорнефть» (ликвидировано в 1998 году)", "«Доссормұнай» МГӨБ (1998 жылы таратылған)",
     "ТОО «Ембі Ремедиация»", "«Ембі Ремедиация» ЖШС", ("1940–1960-е годы", "1940–1960 жылдар"), 1.8, 21500, 2.5),
    ("Участок ртутного загрязнения бывшего корпуса электролиза № 31", "Бұрынғы № 31 электролиз корпусының сынаппен ластанған учаскесі",
     "№ 31", "№ 31", "ртутное (металлическая ртуть и ее соединения в грунтах и конструкциях)",
     "сынаппен ластану (топырақ пен конструкциялардағы металл сынап және оның қосылыстары)",
     "Павлодарская область, г. Павлодар, Северная промышленная зона, территория бывшего ПО «Химпром»",
     "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіп аймағы, бұрынғы «Химпром» ӨБ аумағы", "5510", 52.37, 76.935,
     "ПО «Химпром» (ликвидировано в 1993 году)", "«Химпром» ӨБ (1993 жылы таратылған)",
     "ТОО «Ертіс Демеркуризация»", "«Ертіс Демеркуризация» ЖШС", ("1975–1993 годы", "1975–1993 жылдар"), 4.6, 38000, 6.0),
    ("Нефтяной амбар № 3 площади Тасбулат", "Тасболат алаңының № 3 мұнай амбары", "Тасбулат", "Тасболат",
     "нефтяное (нефтешлам, замазученный грунт, пластовые воды)", "мұнаймен ластану (мұнай шламы, мазуттанған топырақ, қабат сулары)",
     "Мангистауская область, Мунайлинский район, 28 км юго-восточнее села Баскудык",
     "Маңғыстау облысы, Мұнайлы ауданы, Баскұдық ауылынан оңтүстік-шығысқа қарай 28 км", "4745", 43.27, 52.61,
     "ПО «Мангышлакнефть» (реорганизовано в 1995 году)", "«Маңғышлақмұнай» ӨБ (1995 жылы қайта ұйымдастырылған)",
     "ТОО «Каспий Экоремедиация»", "«Каспий Экоремедиация» ЖШС", ("1970–1980-е годы", "1970–1980 жылдар"), 2.3, 16800, 1.8),
)  # fmt: skip


def facility_iz1(doc: Doc) -> None:
    """A card of the register of objects of historical pollution: `№ | показатель | значение | источник сведений` under
    four section rows (identification, location, persons, category), the contour's corners `т. 1` … `т. 4` as sub-rows
    under one merged label in degrees, minutes and seconds, the centre apart in decimal degrees, which is the site's, the
    former user liquidated with no BIN, the trust manager with its BIN, the register number `ИЗ-23-0147` as a
    look-alike; the contamination's size in a table of no role (VI: a closed landfill's phiếu thông tin)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_iz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(HIST_SITES)
    name, core, kind, place, prefix = s[L], s[2 + L], s[4 + L], s[6 + L], s[8]
    lat0, lon0, former, holder = s[9] + r.uniform(-0.01, 0.01), s[10] + r.uniform(-0.01, 0.01), s[11 + L], s[13 + L]
    formed, area, volume, depth = s[15], s[16], s[17], s[18]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    reg = f"ИЗ-{prefix[:2]}-{r.randint(100, 999):04d}"
    clat, clon = round(lat0, 5), round(lon0, 5)
    contract = f"№ {r.randint(12, 96)}-ДУ от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024"
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.p(g("Форма 1 к Правилам ведения государственного реестра объектов исторического загрязнения",
            "Тарихи ластану объектілерінің мемлекеттік тізілімін жүргізу қағидаларына 1-нысан", ""))
    doc.h(g(f"Учетная карточка объекта исторического загрязнения. {name}", f"Тарихи ластану объектісінің есептік карточкасы. {name}", ""))
    doc.p(g("Карточка заполнена по результатам инвентаризации 2025 года. Сведения, полученные из архивных материалов, отмечены "
            "в графе «Источник сведений».",
            "Карточка 2025 жылғы түгендеу нәтижелері бойынша толтырылды. Мұрағат материалдарынан алынған мәліметтер «Мәліметтер көзі» "
            "бағанында белгіленген.", ""))
    rows = [g(["№", "Показатель", "Значение", "Источник сведений"], ["№", "Көрсеткіш", "Мәні", "Мәліметтер көзі"], [])]
    merges: list = []
    survey, archive = g("обследование 2025 г.", "2025 ж. зерттеу", ""), g("архив акимата", "әкімдік мұрағаты", "")
    _span(rows, merges, g("1. Идентификация объекта", "1. Объектіні сәйкестендіру", ""), 4)
    rows += [["1.1", g("Регистрационный номер в реестре", "Тізілімдегі тіркеу нөмірі", ""), reg, g("реестр", "тізілім", "")],
             ["1.2", g("Наименование объекта", "Объектінің атауы", ""), name, survey],
             ["1.3", g("Вид загрязнения", "Ластану түрі", ""), kind, survey],
             ["1.4", g("Период образования", "Пайда болу кезеңі", ""), formed[L], archive]]
    _span(rows, merges, g("2. Местоположение", "2. Орналасқан жері", ""), 4)
    rows += [["2.1", g("Адрес (местоположение)", "Мекенжайы (орналасқан жері)", ""), place, survey],
             ["2.2", g("Код КАТО", "ҚАТО коды", ""), kato, g("классификатор", "сыныптауыш", "")]]
    start = len(rows)
    for k, (dlat, dlon) in enumerate(((0.004, -0.005), (0.004, 0.005), (-0.004, 0.005), (-0.004, -0.005)), 1):
        la, _ = _dms(clat + dlat * r.uniform(0.8, 1.2), True, doc.lang)
        lo, _ = _dms(clon + dlon * r.uniform(0.8, 1.2), False, doc.lang)
        rows.append(["2.3" if k == 1 else None,
                     g("Координаты угловых точек контура (WGS-84)", "Контурдың бұрыштық нүктелерінің координаттары (WGS-84)", "") if k == 1 else None,
                     f"т. {k}: {la}, {lo}", g("топографическая съемка", "топографиялық түсірілім", "") if k == 1 else None])
    merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 3, len(rows) - 1, 3)]
    hemi = HEMI[doc.lang]
    rows.append(["2.4", g("Координаты центра объекта (WGS-84)", "Объект орталығының координаттары (WGS-84)", ""),
                 f"{num(clat, doc.lang)}° {hemi[0]}; {num(clon, doc.lang)}° {hemi[1]}", g("расчет", "есептеу", "")])
    _span(rows, merges, g("3. Сведения о лицах", "3. Тұлғалар туралы мәліметтер", ""), 4)
    rows += [["3.1", g("Прежний пользователь (недропользователь)", "Бұрынғы пайдаланушы (жер қойнауын пайдаланушы)", ""), former, archive],
             ["3.2", g("БИН прежнего пользователя", "Бұрынғы пайдаланушының БСН", ""), g("сведения отсутствуют", "мәліметтер жоқ", ""), archive],
             ["3.3", g("Лицо, осуществляющее ликвидацию загрязнения (доверительный управляющий)",
                       "Ластануды жоюды жүзеге асыратын тұлға (сенімгерлік басқарушы)", ""), holder,
              g(f"договор доверительного управления {contract}", f"{contract} сенімгерлік басқару шарты", "")],
             ["3.4", g("БИН доверительного управляющего", "Сенімгерлік басқарушының БСН", ""), bin_, g("ГБД ЮЛ", "ЗТ МДҚ", "")]]
    _span(rows, merges, g("4. Категория и разрешительные документы", "4. Санаты және рұқсат беру құжаттары", ""), 4)
    rows += [["4.1", g("Категория объекта на период работ по ремедиации", "Ремедиация жұмыстары кезеңіндегі объект санаты", ""),
              "II", g("экологическое разрешение", "экологиялық рұқсат", "")],
             ["4.2", g("Экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсат", ""), permit,
              g("реестр разрешений", "рұқсаттар тізілімі", "")]]  # fmt: skip
    doc.table(g("Таблица 1 – Сведения об объекте", "1-кесте – Объект туралы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": core, "kato": kato, "category": "II", "lat": clat, "lon": clon})
    doc.table(g("Таблица 2 – Характеристика загрязнения", "2-кесте – Ластанудың сипаттамасы", ""),
              [g(["Площадь загрязнения, га", "Объем загрязненных грунтов и шламов, м³", "Средняя глубина загрязнения, м", "Обвалование / ограждение"],
                 ["Ластану ауданы, га", "Ластанған топырақ пен шламдар көлемі, м³", "Ластанудың орташа тереңдігі, м", "Үйінді / қоршау"], []),
               [num(area, doc.lang), num(volume, doc.lang), num(depth, doc.lang), g("частично разрушено / отсутствует", "ішінара бұзылған / жоқ", "")]],
              role="other")
    doc.p(g("Координаты угловых точек и центра объекта определены по топографической съемке 2025 года.",
            "Объектінің бұрыштық нүктелері мен орталығының координаттары 2025 жылғы топографиялық түсірілім бойынша анықталды.", ""))


# (name, core, place, lat, lon, company, (VN-2000 central meridian), cells: ((cell, ha, years, tonnes thousand)))
VN_LANDFILLS = (
    ("Bãi chôn lấp chất thải rắn Đông Thạnh (đã đóng cửa)", "Đông Thạnh", "xã Đông Thạnh, huyện Hóc Môn, Thành phố Hồ Chí Minh",
     10.9045, 106.6402, "Công ty TNHH MTV Môi trường Xanh Hóc Môn", (105.75, "105°45′"),
     (("Ô số 1", 12.5, "1991 – 1997", 1850), ("Ô số 2", 14.2, "1997 – 2001", 2240), ("Ô số 3", 9.8, "2001 – 2002", 960))),
    ("Bãi rác Khánh Sơn cũ (các ô chôn lấp đã đóng)", "Khánh Sơn", "phường Hòa Khánh Nam, quận Liên Chiểu, thành phố Đà Nẵng",
     16.0459, 108.1318, "Công ty Cổ phần Môi trường Sơn Trà Xanh", (107.75, "107°45′"),
     (("Ô số 1", 6.4, "1992 – 2001", 720), ("Ô số 2", 7.1, "2001 – 2009", 1150), ("Ô số 3", 5.2, "2009 – 2016", 980))),
    ("Bãi chôn lấp Thủy Phương (đã đóng cửa)", "Thủy Phương", "phường Thủy Phương, thị xã Hương Thủy, thành phố Huế",
     16.4128, 107.6415, "Công ty Cổ phần Môi trường Hương Thủy", (107.0, "107°00′"),
     (("Ô số 1", 3.6, "1998 – 2006", 310), ("Ô số 2", 4.1, "2006 – 2014", 460))),
)  # fmt: skip


def _facility_iz1_vi(doc: Doc) -> None:
    r = doc.rng
    name, core, place, lat0, lon0, company, (meridian, meridian_txt), cells = doc.pick(VN_LANDFILLS)
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    doc.p("Mẫu số 01. Phiếu thông tin khu vực ô nhiễm môi trường tồn lưu (kèm theo Thông tư số 02/2022/TT-BTNMT)")
    doc.h(f"PHIẾU THÔNG TIN KHU VỰC Ô NHIỄM MÔI TRƯỜNG TỒN LƯU – {name.upper()}")
    doc.p("Phiếu do đơn vị quản lý khu vực lập sau khi điều tra, đánh giá sơ bộ năm 2025, gửi Sở Nông nghiệp và Môi trường để "
          "tổng hợp vào danh mục khu vực ô nhiễm môi trường tồn lưu của tỉnh.")
    rows = [["STT", "Nội dung", "Thông tin", "Ghi chú"]]
    merges: list = []
    _span(rows, merges, "A. THÔNG TIN CHUNG VỀ KHU VỰC", 4)
    rows += [["1", "Tên khu vực", name, ""],
             ["2", "Mã khu vực (theo danh mục của tỉnh)", f"ONTL-{r.randint(10, 99)}-{r.randint(1, 40):03d}", "Mã tạm thời"],
             ["3", "Địa điểm", place, ""],
             ["4", "Loại hình ô nhiễm", "Chất thải rắn sinh hoạt chôn lấp không hợp vệ sinh; nước rỉ rác, khí bãi rác", ""]]
    start = len(rows)
    for k, (dx, dy) in enumerate(((1, -1), (1, 1), (-1, 1), (-1, -1)), 1):
        x = int(lat * 110574 + dx * r.randint(180, 260))
        y = int(500000 + (lon - meridian) * 107000 + dy * r.randint(180, 260))
        rows.append(["5" if k == 1 else None, f"Tọa độ các điểm góc ranh giới (hệ VN-2000, kinh tuyến trục {meridian_txt}, múi chiếu 3°)" if k == 1 else None,
                     f"Điểm {k}: X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m", "Theo bản đồ địa chính" if k == 1 else None])
    merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 3, len(rows) - 1, 3)]
    rows.append(["6", "Tọa độ tâm khu vực (hệ WGS-84)", f"{num(lat, 'vi')}° B; {num(lon, 'vi')}° Đ", "Đo bằng GPS cầm tay"])
    _span(rows, merges, "B. THÔNG TIN VỀ ĐƠN VỊ QUẢN LÝ KHU VỰC", 4)
    rows += [["7", "Tên đơn vị quản lý, vận hành sau đóng bãi", company, ""],
             ["8", "Mã số doanh nghiệp", msdn, "Do Sở Tài chính cấp"],
             ["9", "Văn bản giao quản lý", f"Quyết định số {r.randint(1200, 3900)}/QĐ-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023 của Ủy ban nhân dân", ""]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "lat": lat, "lon": lon})
    doc.p("C. Hiện trạng các ô chôn lấp:")
    cells_rows = [["Ô chôn lấp", "Diện tích (ha)", "Thời gian tiếp nhận rác", "Khối lượng rác đã chôn lấp (nghìn tấn)"]]
    for c, ha, years, kt in cells:
        cells_rows.append([c, num(ha, "vi"), years, num(kt, "vi")])
    doc.table("Bảng 1. Các ô chôn lấp của khu vực", cells_rows, role="other")


# (RU field, KK field, RU place, KK place, KATO prefix, lat, lon, drilled, depth m)
WELL_FIELDS = (
    ("Байчунас", "Байшонас", "Атырауская область, Макатский район", "Атырау облысы, Мақат ауданы", "2352", 47.105, 53.315, 1958, 1850),
    ("Каратон", "Қаратон", "Атырауская область, Жылыойский район", "Атырау облысы, Жылыой ауданы", "2344", 46.432, 53.561, 1964, 2420),
    ("Кошкар", "Қошқар", "Мангистауская область, Бейнеуский район", "Маңғыстау облысы, Бейнеу ауданы", "4738", 45.288, 55.174, 1971, 3100),
)
# (RU state before, KK state before)
WELL_STATES = (
    ("перелив высокоминерализованной пластовой воды, грифон у устья", "жоғары минералданған қабат суының асып төгілуі, сағадағы грифон"),
    ("газопроявление (сероводород), коррозия колонной головки", "газ білінуі (күкіртсутек), колонна басының коррозиясы"),
    ("затопление устья морской водой, нефтепроявление", "сағаның теңіз суымен су басуы, мұнай білінуі"),
)


def facility_iz2(doc: Doc) -> None:
    """An act of liquidating an abandoned well with two label–value pairs per row (`показатель | значение | показатель |
    значение`): the field and well number, a well category `разведочная` that is no category of the Code, the wellhead in
    degrees, minutes and seconds beside its altitude, the customer of the liquidation with its BIN beside the workover
    contractor with a BIN of its own (no facility), the programme it was done under; the cement bridges in a table of no
    role after it (VI: the card of a canal dredging project's sludge-drying yard, the operator's and the dredging
    contractor's enterprise numbers, the project owner's budget-relation code)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_iz2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f = doc.pick(WELL_FIELDS)
    field, place, prefix, drilled, depth = f[L], f[2 + L], f[4], f[7], f[8]
    state = doc.pick(WELL_STATES)[L]
    well = str(r.randint(11, 148))
    lat, lat_v = _dms(f[5] + r.uniform(-0.02, 0.02), True, doc.lang)
    lon, lon_v = _dms(f[6] + r.uniform(-0.02, 0.02), False, doc.lang)
    kato = _kato(doc, prefix)
    bin_, bin_c = make_bin(r), make_bin(r)
    customer = g("ТОО «Ұңғыма Жою Сервис»", "«Ұңғыма Жою Сервис» ЖШС", "")
    contractor = g("ТОО «Атырау КРС Сервис» (бригада КРС № 4)", "«Атырау КРС Сервис» ЖШС (№ 4 ҰКЖ бригадасы)", "")
    day = f"{r.randint(1, 28):02d}.{r.randint(8, 11):02d}.2025"
    doc.p(g("Утверждаю: технический директор ТОО «Ұңғыма Жою Сервис»", "Бекітемін: «Ұңғыма Жою Сервис» ЖШС техникалық директоры", ""))
    doc.h(g(f"АКТ о ликвидации скважины № {well} площади {field}", f"{field} алаңының № {well} ұңғымасын жою туралы АКТ", ""))
    doc.p(g("Комиссия в составе представителей заказчика, подрядчика, территориального подразделения уполномоченного органа в области "
            "промышленной безопасности и департамента экологии составила настоящий акт о том, что работы по ликвидации бесхозной скважины "
            "выполнены в соответствии с утвержденным проектом.",
            "Тапсырыс берушінің, мердігердің, өнеркәсіптік қауіпсіздік саласындағы уәкілетті органның аумақтық бөлімшесінің және экология "
            "департаментінің өкілдерінен тұратын комиссия иесіз ұңғыманы жою жұмыстары бекітілген жобаға сәйкес орындалғаны туралы осы "
            "актіні жасады.", ""))
    rows = [
        [g("Номер скважины", "Ұңғыма нөмірі", ""), well, g("Площадь (месторождение)", "Алаң (кен орны)", ""), field],
        [g("Категория скважины", "Ұңғыма санаты", ""), g("разведочная", "барлау", ""), g("Год окончания бурения", "Бұрғылаудың аяқталған жылы", ""), str(drilled)],
        [g("Местоположение", "Орналасқан жері", ""), place, g("Код КАТО", "ҚАТО коды", ""), kato],
        [g("Координаты устья (WGS-84)", "Сағаның координаттары (WGS-84)", ""), f"{lat}; {lon}", g("Альтитуда устья, м", "Сағаның альтитудасы, м", ""),
         num(round(r.uniform(-27.5, -20.5), 1), doc.lang)],
        [g("Глубина скважины, м", "Ұңғыманың тереңдігі, м", ""), num(depth, doc.lang), g("Состояние до ликвидации", "Жоюға дейінгі жай-күйі", ""), state],
        [g("Заказчик работ по ликвидации", "Жою жұмыстарының тапсырыс берушісі", ""), customer, g("БИН заказчика", "Тапсырыс берушінің БСН", ""), bin_],
        [g("Подрядчик", "Мердігер", ""), contractor, g("БИН подрядчика", "Мердігердің БСН", ""), bin_c],
        [g("Основание", "Негіздеме", ""), g("Программа ликвидации бесхозных скважин на 2024–2027 годы", "2024–2027 жылдарға арналған иесіз ұңғымаларды жою бағдарламасы", ""),
         g("Дата окончания работ", "Жұмыстардың аяқталған күні", ""), day],
    ]  # fmt: skip
    doc.table(g("1. Общие сведения", "1. Жалпы мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": field, "kato": kato, "lat": lat_v, "lon": lon_v})
    bridges = [g(["№ моста", "Интервал установки, м", "Объем цементного раствора, м³", "Время ОЗЦ, ч", "Результат опрессовки"],
                 ["Көпір №", "Орнату аралығы, м", "Цемент ерітіндісінің көлемі, м³", "ЦҚК уақыты, сағ", "Сынау нәтижесі"], [])]
    top = depth - r.randint(20, 60)
    for k in range(1, 4):
        low = top if k < 3 else r.randint(40, 80)
        top = low - r.randint(150, 400) if k < 3 else 0
        bridges.append([str(k), f"{num(low, doc.lang)}–{num(top, doc.lang)}", num(round(r.uniform(2.5, 9.5), 1), doc.lang), "24",
                        g("герметичен", "саңылаусыз", "")])
    doc.table(g("2. Установка цементных мостов", "2. Цемент көпірлерін орнату", ""), bridges, role="other")
    doc.p(g("Устье скважины оборудовано бетонной тумбой с репером; территория вокруг устья в радиусе 50 м спланирована и очищена от "
            "замазученного грунта, грунт вывезен на полигон.",
            "Ұңғыма сағасы репері бар бетон тұғырмен жабдықталды; сағаның айналасындағы 50 м радиустағы аумақ тегістелді және мазутталған "
            "топырақтан тазартылды, топырақ полигонға шығарылды.", ""))


# (project, canal, yard, core, place, lat, lon, ha, m3, owner, sections ((section, m, m3)))
VN_DREDGE = (
    ("Dự án cải tạo, nạo vét kênh Tham Lương – Bến Cát – rạch Nước Lên (giai đoạn 2)", "kênh Tham Lương",
     "Bãi chứa và tách nước bùn nạo vét Tân Thới Nhất", "Tân Thới Nhất", "phường Tân Thới Nhất, Quận 12, Thành phố Hồ Chí Minh", 10.8335, 106.6188,
     3.2, 60000, "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp Thành phố",
     (("Đoạn 1: cầu Tham Lương – cầu Bến Cát", 2850), ("Đoạn 2: cầu Bến Cát – cầu Chợ Cầu", 3120), ("Đoạn 3: rạch Nước Lên", 2400))),
    ("Dự án nạo vét bùn, cải thiện môi trường sông Tô Lịch", "sông Tô Lịch", "Bãi tách nước bùn Yên Sở", "Yên Sở",
     "phường Yên Sở, quận Hoàng Mai, thành phố Hà Nội", 20.9665, 105.8723, 2.6, 45000, "Ban Quản lý dự án đầu tư xây dựng công trình cấp nước, thoát nước và môi trường Hà Nội",
     (("Đoạn cầu Giấy – cầu Trung Hòa", 2600), ("Đoạn cầu Trung Hòa – cầu Mới", 3300), ("Đoạn cầu Mới – đập Thanh Liệt", 3900))),
    ("Dự án nạo vét, chỉnh trang kênh Phú Lộc", "kênh Phú Lộc", "Bãi tập kết, tách nước bùn Hòa Minh", "Hòa Minh",
     "phường Hòa Minh, quận Liên Chiểu, thành phố Đà Nẵng", 16.0612, 108.1702, 1.4, 18000, "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và nông nghiệp Đà Nẵng",
     (("Đoạn cửa xả – cầu Phú Lộc", 1150), ("Đoạn cầu Phú Lộc – đường Hà Huy Tập", 1480))),
)  # fmt: skip


def _facility_iz2_vi(doc: Doc) -> None:
    r = doc.rng
    project, canal, yard, core, place, lat0, lon0, ha, cap, owner, sections = doc.pick(VN_DREDGE)
    msdn, msdn_c = make_msdn(r), make_msdn(r)
    lat, lat_v = _dms(lat0 + r.uniform(-0.002, 0.002), True, "vi")
    lon, lon_v = _dms(lon0 + r.uniform(-0.002, 0.002), False, "vi")
    operator = doc.pick(("Công ty TNHH Môi trường Đô thị Hưng Phát", "Công ty Cổ phần Xử lý Bùn Thành Công", "Công ty TNHH Dịch vụ Môi trường Nam Việt"))
    contractor = doc.pick(("Công ty Cổ phần Nạo vét Đường thủy Sông Hồng", "Công ty TNHH Xây dựng Thủy lợi Phương Nam", "Tổng công ty Xây dựng Đường thủy – CTCP"))
    doc.h(f"THÔNG TIN CHUNG VỀ CƠ SỞ – {yard.upper()}")
    doc.p(f"Bãi phục vụ {project.lower()}; bùn nạo vét {canal} được vận chuyển bằng sà lan và xe chuyên dụng về bãi để tách nước, "
          "phơi khô trước khi đưa đi san lấp hoặc xử lý theo kết quả phân định chất thải.")
    rows = [
        ["Tên cơ sở", yard, "Dự án", project],
        ["Địa điểm", place, "Tọa độ tâm bãi (WGS-84)", f"{lat}; {lon}"],
        ["Diện tích bãi", f"{num(ha, 'vi')} ha", "Sức chứa thiết kế", f"{num(cap, 'vi')} m³"],
        ["Đơn vị quản lý, vận hành bãi", operator, "Mã số doanh nghiệp", msdn],
        ["Nhà thầu thi công nạo vét", contractor, "Mã số doanh nghiệp", msdn_c],
        ["Chủ đầu tư dự án", owner, "Mã số đơn vị có quan hệ với ngân sách", f"7{r.randint(100000, 999999)}"],
    ]  # fmt: skip
    doc.table("Bảng 1.1. Thông tin về cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "lat": lat_v, "lon": lon_v})
    vol = [["Đoạn kênh", "Chiều dài (m)", "Khối lượng bùn nạo vét dự kiến (m³)"]]
    for sec, m in sections:
        vol.append([sec, num(m, "vi"), num(int(m * r.uniform(4.5, 7.5)) // 10 * 10, "vi")])
    doc.table("Bảng 1.2. Khối lượng nạo vét theo đoạn", vol, role="other")
    doc.p("Nước tách từ bùn được thu gom về bể lắng, xử lý sơ bộ trước khi xả trở lại kênh tại cửa xả của bãi.")


# ---------------------------------------------------------------- emissions

# (number, RU, KK, {code: ((low, high) g/s, (low, high) t for the period)})
TD_SOURCES = (
    ("0001", "Дымовая труба установки термической десорбции УТД-2, H = 12 м, D = 0,4 м",
     "УТД-2 термиялық десорбция қондырғысының түтін мұржасы, H = 12 м, D = 0,4 м",
     {"0301": ((0.08, 0.25), (2.5, 7.5)), "0304": ((0.012, 0.04), (0.4, 1.2)), "0330": ((0.03, 0.12), (0.9, 3.6)),
      "0337": ((0.15, 0.45), (4.5, 13.0)), "0328": ((0.005, 0.02), (0.15, 0.6)), "2754": ((0.01, 0.05), (0.3, 1.5))}),
    ("0002", "Выхлопная труба дизель-генератора ДЭС-200", "ДЭС-200 дизель-генераторының шығару құбыры",
     {"0301": ((0.1, 0.3), (1.2, 3.6)), "0337": ((0.08, 0.2), (0.9, 2.4)), "0328": ((0.008, 0.02), (0.1, 0.25)),
      "1325": ((0.002, 0.005), (0.02, 0.06)), "2754": ((0.02, 0.05), (0.25, 0.6))}),
    ("6001", "Выемка нефтешлама экскаватором из амбара", "Амбардан мұнай шламын экскаватормен қазып алу",
     {"0333": ((0.0004, 0.002), (0.008, 0.04)), "0415": ((0.3, 1.2), (6.0, 24.0)), "0416": ((0.08, 0.35), (1.6, 7.0)),
      "0602": ((0.001, 0.005), (0.02, 0.1))}),
    ("6002", "Площадка временного накопления нефтешлама перед термодесорбцией", "Термодесорбция алдында мұнай шламын уақытша жинақтау алаңы",
     {"0333": ((0.0002, 0.001), (0.005, 0.025)), "0415": ((0.1, 0.5), (2.5, 12.0)), "0416": ((0.03, 0.15), (0.7, 3.5)),
      "0621": ((0.0005, 0.003), (0.01, 0.07))}),
    ("6003", "Карты биоремедиации (рыхление, внесение биопрепарата)", "Биоремедиация карталары (қопсыту, биопрепарат енгізу)",
     {"2908": ((0.02, 0.09), (0.4, 1.8)), "0333": ((0.0001, 0.0006), (0.002, 0.012))}),
    ("6004", "Планировка очищенного грунта бульдозером при рекультивации", "Рекультивация кезінде тазартылған топырақты бульдозермен тегістеу",
     {"2908": ((0.05, 0.2), (0.3, 1.4))}),
)  # fmt: skip
OIL_SITES = (HIST_SITES[0], HIST_SITES[2])


def emissions_iz1(doc: Doc) -> None:
    """An ОВОС of remediating an oil-sludge pit by thermal desorption and bioremediation, each source a row spanning the
    table whose prose holds its number, name and type (`Источник № 6001 – … (неорганизованный)`), the substances under it
    with code, class, g/s and tonnes for the period of works (neither construction nor operation), a total row under each
    source and one for the object (VI: loads of excavating dioxin-laden soil by activity, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_iz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(OIL_SITES)
    name, holder = s[L], s[13 + L]
    months = r.randint(10, 16)
    doc.h(g(f"Отчет о возможных воздействиях к проекту ремедиации. {name}", f"{name}. Ремедиация жобасына ықтимал әсерлер туралы есеп", ""))
    doc.h(g("8.2. Характеристика источников выбросов загрязняющих веществ", "8.2. Ластаушы заттар шығарындылары көздерінің сипаттамасы", ""))
    doc.p(g(f"Работы выполняет {holder} в течение {months} месяцев: нефтешлам извлекается из амбара, обрабатывается на передвижной "
            "установке термической десорбции, остаточно загрязненный грунт доочищается на картах биоремедиации и используется для "
            "засыпки выемки. Валовые выбросы приведены за весь период работ.",
            f"Жұмыстарды {holder} {months} ай бойы орындайды: мұнай шламы амбардан алынып, жылжымалы термиялық десорбция қондырғысында "
            "өңделеді, қалдық ластанған топырақ биоремедиация карталарында қосымша тазартылып, қазындыны толтыруға пайдаланылады. Жалпы "
            "шығарындылар жұмыстардың бүкіл кезеңі үшін келтірілген.", ""))
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Выброс, г/с", "Выброс, т/период"],
              ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Шығарынды, г/с", "Шығарынды, т/кезең"], [])]
    merges: list = []
    chosen = [x for x in TD_SOURCES if x[0] in ("0001", "6001", "6003") or r.random() < 0.7]
    all_g, all_t = [], []
    for number, s_ru, s_kk, codes in chosen:
        kind = (g("организованный", "ұйымдастырылған", ""), g("неорганизованный", "ұйымдастырылмаған", ""))[_kind(number) == "unorganized"]
        _span(rows, merges, g(f"Источник № {number} – {s_ru} ({kind})", f"№ {number} көз – {s_kk} ({kind})", ""), 5)
        sg, st = [], []
        for c, ((glo, ghi), (tlo, thi)) in codes.items():
            gs, ty = _sig(r.uniform(glo, ghi)), _sig(r.uniform(tlo, thi) * months / 12)
            hz = _hazard(c)
            rows.append([c, _air(doc, c), str(hz) if hz else "–", num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number, hz))
            sg.append(gs)
            st.append(ty)
        rows.append(["", g("Итого по источнику", "Көз бойынша барлығы", ""), "", num(round(sum(sg), 6), doc.lang), num(round(sum(st), 6), doc.lang)])
        all_g += sg
        all_t += st
    rows.append(["", g("Всего по объекту", "Объект бойынша барлығы", ""), "", num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang)])
    doc.table(g("Таблица 8.3 – Выбросы загрязняющих веществ по источникам на период работ",
                "8.3-кесте – Жұмыстар кезеңіндегі көздер бойынша ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": x[0], "type": _kind(x[0])} for x in chosen))
    doc.p(g("Примечание: для смесей предельных углеводородов класс опасности принят по перечню загрязняющих веществ.",
            "Ескертпе: шекті көмірсутектер қоспалары үшін қауіптілік сыныбы ластаушы заттар тізбесі бойынша қабылданды.", ""))
    maybe_distractor(doc)


VN_HOTSPOTS = (
    ("khu vực phía Tây Nam sân bay Biên Hòa", "Dự án Xử lý ô nhiễm dioxin tại sân bay Biên Hòa – Giai đoạn 1", 145000),
    ("khu vực Pacer Ivy, sân bay Biên Hòa", "Dự án Xử lý ô nhiễm dioxin tại sân bay Biên Hòa – Giai đoạn 1", 98000),
    ("khu vực kho chứa cũ, sân bay Phù Cát", "Dự án xử lý đất nhiễm dioxin tại sân bay Phù Cát", 36000),
)
# (activity, days, [(code, label, (low, high) kg per tonne)], handled: "soil" or "fuel")
VN_DIG = (
    ("Đào xúc đất nhiễm dioxin bằng máy đào", 180, [("2902", "Bụi tổng", (0.012, 0.03))], "soil"),
    ("Bốc xếp đất lên xe tải thùng kín", 180, [("2902", "Bụi tổng", (0.008, 0.02))], "soil"),
    ("Đổ, san đất tại khu lưu giữ tạm (gió cuốn)", 240, [("2902", "Bụi tổng", (0.004, 0.012))], "soil"),
    ("Máy đào, xe tải, máy ủi (đốt dầu DO 0,05S)", 180,
     [("2902", "Bụi tổng", (4.0, 4.6)), ("0330", "SO2", (0.9, 1.1)), ("0301", "NO2", (52.0, 58.0)), ("0337", "CO", (26.0, 30.0))], "fuel"),
)


def _emissions_iz1_vi(doc: Doc) -> None:
    r = doc.rng
    area, project, tonnes = doc.pick(VN_HOTSPOTS)
    fuel = _sig(tonnes * r.uniform(0.0018, 0.0026), 3)
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {project.upper()}")
    doc.h("3.1.2.1. Tác động do bụi, khí thải trong quá trình đào xúc, vận chuyển đất nhiễm")
    doc.p(f"Khối lượng đất, trầm tích nhiễm dioxin cần đào xúc tại {area} khoảng {num(tonnes, 'vi')} tấn; lượng dầu DO tiêu thụ của các "
          f"phương tiện thi công khoảng {num(fuel, 'vi')} tấn. Hệ số phát thải theo Tổ chức Y tế Thế giới (WHO, 1993); thời gian làm "
          "việc 8 giờ/ngày.")
    rows = [["Hoạt động", "Thông số", "Khối lượng (tấn)", "Hệ số phát thải (kg/tấn)", "Tải lượng (tấn/giai đoạn)", "Thời gian (ngày)", "Tải lượng (g/s)"]]
    merges: list = []
    for act, days, items, kind in VN_DIG:
        mass = tonnes if kind == "soil" else fuel
        start = len(rows)
        for j, (c, label, (lo, hi)) in enumerate(items):
            ef = _sig(r.uniform(lo, hi), 2)
            t = _sig(mass * ef / 1000, 3)
            gs = _sig(t * 1e6 / (days * 8 * 3600), 3)
            rows.append([act if j == 0 else None, label, num(mass, "vi") if j == 0 else None, num(ef, "vi"), num(t, "vi"),
                         str(days) if j == 0 else None, num(gs, "vi")])
            doc.add("emissions", emission(c, gs, t))
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 2, len(rows) - 1, 2), (start, 5, len(rows) - 1, 5)]
    doc.table("Bảng 3.4. Tải lượng bụi, khí thải phát sinh trong giai đoạn đào xúc, vận chuyển đất nhiễm dioxin", rows, merges, role="emissions")
    doc.p("Dioxin/furan phát sinh theo bụi đất nhiễm được kiểm soát bằng phun ẩm, che phủ và quan trắc tại ranh giới khu vực thi công; "
          "không tính tải lượng riêng.")
    maybe_distractor(doc)


# (RU storage, KK storage, RU operator, KK operator, dry days, (Pb, Zn, Cu, As) shares %)
TAILINGS = (
    ("Хвостохранилище бывшей Текелийской обогатительной фабрики", "Бұрынғы Текелі байыту фабрикасының қалдық қоймасы",
     "ТОО «Текелі Рекультивация»", "«Текелі Рекультивация» ЖШС", 185, ((0.4, 1.1), (0.8, 1.9), (0.04, 0.12), (0.02, 0.06))),
    ("Хвостохранилище № 1 бывшего Ачисайского полиметаллического комбината", "Бұрынғы Ащысай полиметалл комбинатының № 1 қалдық қоймасы",
     "ТОО «Кентау Жер Қалпына Келтіру»", "«Кентау Жер Қалпына Келтіру» ЖШС", 215, ((0.6, 1.4), (0.9, 2.2), (0.05, 0.15), (0.03, 0.09))),
    ("Хвостохранилище бывшей Карагайлинской обогатительной фабрики", "Бұрынғы Қарағайлы байыту фабрикасының қалдық қоймасы",
     "ТОО «Қарқаралы Экология»", "«Қарқаралы Экология» ЖШС", 170, ((0.2, 0.7), (0.3, 1.0), (0.08, 0.25), (0.01, 0.04))),
)  # fmt: skip
BEACH = (
    ("6001", "Сухой пляж хвостохранилища, сектор А", "Қалдық қоймасының құрғақ жағажайы, А секторы", (60000, 95000), 1.0),
    ("6002", "Сухой пляж хвостохранилища, сектор Б", "Қалдық қоймасының құрғақ жағажайы, Б секторы", (40000, 70000), 1.0),
    ("6003", "Откосы ограждающей дамбы", "Қоршау бөгетінің беткейлері", (12000, 22000), 0.6),
    ("6004", "Временный склад суглинка для экранирования пляжа", "Жағажайды экрандауға арналған саздақтың уақытша қоймасы", (2500, 4500), 0.4),
)  # fmt: skip
METALS = ("0184", "0207", "0146", "0325")


def emissions_iz2(doc: Doc) -> None:
    """The dust blown off a closed tailings storage under reclamation, worked out from the area, the specific blow-off q
    and a wetting factor K before the g/s and t/year; the metals of the tailings (lead, zinc, copper, arsenic) as `в т.ч.`
    rows under each source's dust with their share in per cent and their own codes, which are emissions of their own; the
    source merged down over its rows (VI: the gas of a closed landfill's capped cells and of its flare)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_iz2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    t = doc.pick(TAILINGS)
    store, operator, days, shares = t[L], t[2 + L], t[4], t[5]
    doc.h(g(f"Проект нормативов допустимых выбросов на период рекультивации. {store}", f"{store}. Рекультивация кезеңіне арналған жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g(f"Оператор: {operator}. Пыление с поверхности хвостохранилища рассчитано как произведение площади пылящей поверхности, "
            f"удельной сдуваемости q и коэффициента увлажнения K; продолжительность сухого периода – {days} суток в год. Содержание "
            "металлов в пыли принято равным их содержанию в хвостах по данным опробования 2025 года.",
            f"Оператор: {operator}. Қалдық қоймасы бетінен шаңдану шаңдайтын беттің ауданын, меншікті ұшырылуды q және ылғалдану "
            f"коэффициентін K көбейту арқылы есептелді; құрғақ кезеңнің ұзақтығы – жылына {days} тәулік. Шаңдағы металдардың мөлшері "
            "2025 жылғы сынамалау деректері бойынша қалдықтардағы мөлшеріне тең қабылданды.", ""))
    head = g(["№ ИЗА", "Источник", "Код ЗВ", "Загрязняющее вещество", "Площадь S, м²", "q, г/(м²·с)", "K", "Содержание в пыли, %", "Выброс, г/с", "Выброс, т/год"],
             ["ЛШК №", "Көз", "ЛЗ коды", "Ластаушы зат", "Аудан S, м²", "q, г/(м²·с)", "K", "Шаңдағы мөлшері, %", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])
    rows, merges = [head], []
    used = [b for b in BEACH if b[0] != "6004" or r.random() < 0.6]
    for number, s_ru, s_kk, (alo, ahi), k in used:
        area = r.randint(alo // 100, ahi // 100) * 100
        q = _sig(r.uniform(1.8e-6, 5.5e-6), 2)
        gs = _sig(area * q * k, 3)
        ty = _sig(gs * 86400 * days / 1e6, 3)
        start = len(rows)
        rows.append([number, (s_ru, s_kk)[L], "2908", _air(doc, "2908"), num(area, doc.lang), num(q, doc.lang), num(k, doc.lang), "–",
                     num(gs, doc.lang), num(ty, doc.lang)])
        doc.add("emissions", emission("2908", gs, ty, number))
        metals = METALS if number != "6004" else ()
        for c, (lo, hi) in zip(metals, shares, strict=False):
            share = round(r.uniform(lo, hi), 2)
            mg, mt = _sig(gs * share / 100, 3), _sig(ty * share / 100, 3)
            rows.append([None, None, c, g(f"в т.ч. {_air(doc, c)}", f"оның ішінде {_air(doc, c)}", ""), "", "", "", num(share, doc.lang),
                         num(mg, doc.lang), num(mt, doc.lang)])
            doc.add("emissions", emission(c, mg, mt, number))
        if len(rows) - start > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 3.1 – Расчет выбросов пыли с пылящих поверхностей", "3.1-кесте – Шаңдайтын беттерден шығатын шаң шығарындыларын есептеу", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": b[0], "type": "unorganized"} for b in used))
    doc.p(g("Склад суглинка сложен природным грунтом, металлы в его пыли не нормируются.",
            "Саздақ қоймасы табиғи топырақтан тұрады, оның шаңындағы металдар нормаланбайды.", ""))
    maybe_distractor(doc)


def _emissions_iz2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, _, _, _, company, _, cells = doc.pick(VN_LANDFILLS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.2. Công trình, biện pháp thu gom, xử lý khí thải bãi chôn lấp")
    doc.p(f"{company} vận hành hệ thống giếng thu khí và đuốc đốt khí bãi rác. Lượng khí thoát qua bề mặt các ô đã phủ đỉnh được xác định "
          "bằng buồng thu kín (flux chamber) tháng 9/2025; khí thu gom được đốt tại đuốc. Thời gian phát thải 8.760 giờ/năm.")
    rows = [["Nguồn phát sinh", "Lưu lượng khí (m³/h)", "Thông số", "Nồng độ (mg/m³)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges: list = []
    surface = (("0410", (250000, 380000)), ("0333", (40, 260)), ("0303", (15, 90)), ("1715", (4, 25)))
    flare = (("0301", (80, 220)), ("0337", (60, 300)), ("0330", (20, 90)))
    groups = [(f"Bề mặt {c.lower()} (đã phủ đỉnh)", (20, 90), surface) for c, *_ in cells]
    groups.append(("Ống đuốc đốt khí bãi rác (H = 8 m)", (350, 650), flare))
    for label, (flo, fhi), items in groups:
        flow = r.randint(flo, fhi)
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(items):
            conc = _sig(r.uniform(lo, hi), 3)
            gs = _sig(flow * conc / 3.6e6, 3)
            ty = _sig(gs * 3600 * 8760 / 1e6, 3)
            name_vi = EXTRA[c][2] if c in EXTRA else vocab.air(c, "vi", 0 if c == "0410" else 1)
            rows.append([label if j == 0 else None, num(flow, "vi") if j == 0 else None, name_vi, num(conc, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.3. Nồng độ và tải lượng khí thải của bãi chôn lấp", rows, merges, role="emissions")
    doc.p("Ghi chú: nồng độ tại bề mặt ô là nồng độ trong buồng thu, không so sánh với quy chuẩn khí thải.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, RU mercury, KK mercury, m3 range, density, share in 2026 (demolition), RU operation, KK operation)
HG_WASTES = (
    ("17 09 01*", "Строительные отходы (бетон, кирпич), загрязненные ртутью", "Сынаппен ластанған құрылыс қалдықтары (бетон, кірпіш)",
     "35–2 800", "35–2 800", (1800, 3200), 1.9, 1.0, "демеркуризация, захоронение на полигоне опасных отходов",
     "демеркуризациялау, қауіпті қалдықтар полигонында көму"),
    ("17 04 09*", "Металлолом, загрязненный ртутью (трубопроводы, электролизеры)", "Сынаппен ластанған металл сынықтары (құбырлар, электролизерлер)",
     "120–9 500", "120–9 500", (180, 420), 0.9, 1.0, "термическая демеркуризация, передача на переплавку",
     "термиялық демеркуризациялау, қайта балқытуға беру"),
    ("17 05 03*", "Грунт, загрязненный ртутью (содержание выше ПДК)", "Сынаппен ластанған топырақ (мөлшері ШЖК-дан жоғары)",
     "2,1–1 650", "2,1–1 650", (6500, 12000), 1.75, 0.0, "захоронение на полигоне опасных отходов", "қауіпті қалдықтар полигонында көму"),
    ("17 05 04", "Грунт с содержанием ртути ниже ПДК, используемый для обратной засыпки", "Кері толтыруға пайдаланылатын, сынап мөлшері ШЖК-дан төмен топырақ",
     "< 2,1", "< 2,1", (9000, 16000), 1.7, 0.0, "обратная засыпка выемки", "қазындыны кері толтыру"),
    ("06 13 02*", "Отработанный активированный уголь систем местной вытяжной вентиляции", "Жергілікті сорып шығару желдеткіші жүйелерінің пайдаланылған белсендірілген көмірі",
     "до 42 000", "42 000 дейін", (4, 9), 0.5, 0.6, "передача специализированной организации", "мамандандырылған ұйымға беру"),
    ("15 02 02*", "Спецодежда, СИЗ и ветошь, загрязненные ртутью", "Сынаппен ластанған арнайы киім, ЖҚҚ және шүберек",
     "–", "–", (10, 22), 0.3, 0.5, "демеркуризация, сжигание", "демеркуризациялау, өртеу"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "–", "–", (25, 50), 0.25, 0.5, "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_iz1(doc: Doc) -> None:
    """The waste section of demolishing a mercury-laden electrolysis shop and digging out its soil: the mercury content
    in mg/kg (a range, `< 2,1`, `до 42 000`) and the volume in m³ before the tonnes by stage (`2026 – демонтаж корпуса`,
    `2027 – выемка грунта`) under a merged header, the total alone the amount, a dash where a stage makes none, a clean
    soil for backfill under its non-hazardous mirror code (VI: a dioxin treatment site's CTNH in kilograms, `18 02 01` on
    two wastes, ordinary wastes in tonnes in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_iz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    holder = HIST_SITES[1][13 + L]
    doc.h(g("Проект ремедиации территории бывшего корпуса электролиза № 31 (г. Павлодар). Раздел 9. Управление отходами",
            "Бұрынғы № 31 электролиз корпусының аумағын ремедиациялау жобасы (Павлодар қ.). 9-бөлім. Қалдықтарды басқару", ""))
    doc.p(g(f"Заказчик и оператор работ – {holder}. В 2026 году демонтируются надземные конструкции корпуса, в 2027 году выполняется "
            "выемка загрязненного грунта до глубины 6 м. Содержание ртути указано по результатам обследования 2025 года.",
            f"Жұмыстардың тапсырыс берушісі және операторы – {holder}. 2026 жылы корпустың жерүсті конструкциялары бөлшектеледі, 2027 "
            "жылы ластанған топырақ 6 м тереңдікке дейін қазып алынады. Сынап мөлшері 2025 жылғы зерттеу нәтижелері бойынша көрсетілген.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Содержание ртути, мг/кг", "Объем, м³", "Количество, т", None, None, "Операция"],
              ["№", "Коды", "Қалдықтың атауы", "Сынап мөлшері, мг/кг", "Көлемі, м³", "Саны, т", None, None, "Операция"], []),
            g([None, None, None, None, None, "2026 – демонтаж корпуса", "2027 – выемка грунта", "Всего", None],
              [None, None, None, None, None, "2026 – корпусты бөлшектеу", "2027 – топырақты қазу", "Барлығы", None], [])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 8)] + [(0, 5, 0, 7)]
    for k, (code, n_ru, n_kk, hg_ru, hg_kk, (vlo, vhi), dens, share, op_ru, op_kk) in enumerate(HG_WASTES, 1):
        vol = r.randint(vlo, vhi)
        total = round(vol * dens, 1)
        first = round(total * share, 1)
        second = round(total - first, 1)
        cells = [num(x, doc.lang) if x else "–" for x in (first, second)]
        rows.append([str(k), code, (n_ru, n_kk)[L], (hg_ru, hg_kk)[L], num(vol, doc.lang), *cells, num(total, doc.lang), (op_ru, op_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": total,
                           "name_contains": _words((n_ru, n_kk)[L], 3)})
    doc.table(g("Таблица 9.1 – Отходы, образующиеся при проведении работ", "9.1-кесте – Жұмыстарды жүргізу кезінде түзілетін қалдықтар", ""),
              rows, merges, role="wastes")
    doc.p(g("ПДК ртути в почве – 2,1 мг/кг. Граница между отходом 17 05 03* и грунтом 17 05 04 принята по результатам экспресс-анализа "
            "каждой захватки.",
            "Топырақтағы сынаптың ШЖК – 2,1 мг/кг. 17 05 03* қалдығы мен 17 05 04 топырағы арасындағы шекара әр қамтудың экспресс-талдау "
            "нәтижелері бойынша қабылданды.", ""))
    maybe_distractor(doc)


VN_DIOXIN_CTNH = (
    ("Quần áo bảo hộ, găng tay, khẩu trang nhiễm dioxin", "18 02 01", "Rắn", (1800, 3600), "Đốt tại lò đốt CTNH nhiệt độ cao"),
    ("Than hoạt tính thải từ hệ thống xử lý nước nhiễm dioxin", "18 02 01", "Rắn", (2400, 5200), "Đốt tại lò đốt CTNH nhiệt độ cao"),
    ("Bùn thải có các thành phần nguy hại từ hệ thống xử lý nước", "12 06 05", "Bùn", (6000, 14000), "Chôn lấp tại ô chôn lấp cô lập"),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "Lỏng", (450, 900), "Tái chế"),
    ("Bóng đèn huỳnh quang thải", "16 01 06", "Rắn", (15, 40), "Xử lý bằng phương pháp nghiền, hóa rắn"),
)
VN_DIOXIN_ORDINARY = (
    ("Bê tông, gạch vỡ từ phá dỡ nền, móng công trình cũ", (350, 900)),
    ("Thực bì, cây bụi phát quang mặt bằng", (40, 120)),
    ("Chất thải rắn sinh hoạt của công nhân", (18, 36)),
)


def _wastes_iz1_vi(doc: Doc) -> None:
    r = doc.rng
    area, project, _ = doc.pick(VN_HOTSPOTS)
    contractor = doc.pick(("Liên danh Môi trường Đông Dương – Sao Việt", "Công ty Cổ phần Công nghệ Môi trường Trái Đất Xanh", "Liên danh Hòa Bình – Envitech"))
    doc.h(f"KẾ HOẠCH QUẢN LÝ CHẤT THẢI – {project.upper()}")
    doc.p(f"Nhà thầu xử lý: {contractor}. Phạm vi: {area}. Đất nhiễm dioxin là đối tượng xử lý của dự án, không thống kê là chất thải; "
          "khối lượng dưới đây là chất thải phát sinh dự kiến trong năm 2026.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng (kg/năm)", "Phương án xử lý"]]
    for k, (name, code, state, (lo, hi), how) in enumerate(VN_DIOXIN_CTNH, 1):
        kg = r.randint(lo // 10, hi // 10) * 10
        rows.append([str(k), name, code, state, num(kg, "vi"), how])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 5.1. Chất thải nguy hại phát sinh", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Phương án xử lý"]]
    for k, (name, (lo, hi)) in enumerate(VN_DIOXIN_ORDINARY, 1):
        t = r.randint(lo, hi)
        rows.append([str(k), name, num(t, "vi"), "Chuyển giao đơn vị có chức năng sau khi kiểm tra không nhiễm dioxin"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": float(t), "name_contains": _words(name, 4)})
    doc.table("Bảng 5.2. Chất thải rắn thông thường", rows, role="wastes")
    maybe_distractor(doc)


# ((RU receiver, KK receiver), [(code, RU, KK, m3 range, density)])
RECLAIM_GROUPS = (
    (("ТОО «Вторчермет Жетісу» (договор № 14-В от 12.01.2026)", "«Вторчермет Жетісу» ЖШС (12.01.2026 № 14-В шарт)"), [
        ("17 04 05", "Лом черных металлов (демонтированный пульпопровод, опоры)", "Қара металл сынықтары (бөлшектелген пульпа құбыры, тіректер)", (60, 180), 1.4)]),
    (("ТОО «Эко Утилизация Сервис» (лицензия на обращение с опасными отходами, договор № 7/26)",
      "«Эко Утилизация Сервис» ЖШС (қауіпті қалдықтармен жұмыс істеуге лицензия, № 7/26 шарт)"), [
        ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (4, 9), 0.9),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (2, 5), 0.2),
        ("17 05 03*", "Грунт, загрязненный просыпями хвостов вдоль трассы пульпопровода", "Пульпа құбыры трассасы бойындағы қалдық шашындыларымен ластанған топырақ",
         (300, 900), 1.6)]),
    (("Полигон ТБО (ГКП «Таза Қала», договор № 31)", "ҚТҚ полигоны («Таза Қала» МКК, № 31 шарт)"), [
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (30, 70), 0.25),
        ("17 09 04", "Смешанные строительные отходы (демонтаж насосной станции)", "Аралас құрылыс қалдықтары (сорғы станциясын бөлшектеу)", (90, 260), 1.3)]),
    (("Размещаются в хвостохранилище (собственный объект)", "Қалдық қоймасына орналастырылады (меншікті объект)"), [
        ("01 03 04*", "Хвосты, собранные при зачистке аварийных просыпей", "Апаттық шашындыларды тазалау кезінде жиналған қалдықтар", (800, 2200), 1.55)]),
)  # fmt: skip


def wastes_iz2(doc: Doc) -> None:
    """A tailings storage's reclamation wastes grouped under rows spanning the table that name each receiver and its
    contract, the quantity for the whole period written `м³ / т` in one cell of which the tonnes are the amount, the code in
    the last column, spilled tailings placed back into the storage as a group of its own (VI: a closed landfill's annual
    report, CTNH by half-year in kilograms and the year's total)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_iz2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    t = doc.pick(TAILINGS)
    store, operator = t[L], t[2 + L]
    doc.h(g(f"План рекультивации. {store}. Раздел 6. Отходы, образующиеся при рекультивации",
            f"Рекультивация жоспары. {store}. 6-бөлім. Рекультивация кезінде түзілетін қалдықтар", ""))
    doc.p(g(f"Оператор – {operator}. Количество отходов приведено за весь период рекультивации (2026–2027 годы) в кубических метрах и "
            "в тоннах через косую черту.",
            f"Оператор – {operator}. Қалдықтардың саны рекультивацияның бүкіл кезеңі (2026–2027 жылдар) үшін текше метрмен және тоннамен "
            "қиғаш сызық арқылы келтірілген.", ""))
    rows = [g(["№", "Наименование отхода", "Количество, м³ / т", "Код отхода"], ["№", "Қалдықтың атауы", "Саны, м³ / т", "Қалдық коды"], [])]
    merges: list = []
    n = 0
    for (rc_ru, rc_kk), wastes in RECLAIM_GROUPS:
        _span(rows, merges, g(f"Передаются: {rc_ru}", f"Беріледі: {rc_kk}", "") if "хвостохранилище" not in rc_ru else (rc_ru, rc_kk)[L], 4)
        for code, w_ru, w_kk, (lo, hi), dens in wastes:
            n += 1
            vol = r.randint(lo, hi)
            tonnes = round(vol * dens, 1)
            rows.append([str(n), (w_ru, w_kk)[L], f"{num(vol, doc.lang)} / {num(tonnes, doc.lang)}", code])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": tonnes,
                               "name_contains": _words((w_ru, w_kk)[L], 3)})
    doc.table(g("Таблица 6.1 – Отходы рекультивации по получателям", "6.1-кесте – Рекультивация қалдықтары алушылар бойынша", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


VN_LANDFILL_CTNH = (
    ("Bùn thải có các thành phần nguy hại từ hệ thống xử lý nước rỉ rác", "12 06 05", (2500, 6000)),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (120, 380)),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", (60, 180)),
    ("Bao bì cứng thải bằng nhựa (can đựng hóa chất xử lý nước rỉ rác)", "18 01 03", (40, 140)),
    ("Bóng đèn huỳnh quang thải", "16 01 06", (5, 25)),
)


def _wastes_iz2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, _, _, _, company, _, _ = doc.pick(VN_LANDFILLS)
    receiver = doc.pick(("Công ty Cổ phần Môi trường Việt Úc", "Công ty TNHH Xử lý Chất thải Hòa Bình Xanh", "Công ty Cổ phần Công nghệ Môi trường Xanh Sạch"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
    doc.p(f"Đơn vị báo cáo: {company}. Mục 3. Kết quả quản lý chất thải nguy hại. Toàn bộ CTNH được chuyển giao cho {receiver} theo hợp "
          "đồng thu gom, vận chuyển, xử lý.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg)", None, None, "Tổ chức tiếp nhận"],
            [None, None, None, "6 tháng đầu năm", "6 tháng cuối năm", "Cả năm", None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 6)] + [(0, 3, 0, 5)]
    for k, (w, code, (lo, hi)) in enumerate(VN_LANDFILL_CTNH, 1):
        a, b = r.randint(lo // 2, hi // 2), r.randint(lo // 2, hi // 2)
        rows.append([str(k), w, code, num(a, "vi"), num(b, "vi"), num(a + b, "vi"), receiver if k == 1 else None])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": (a + b) / 1000, "name_contains": _words(w, 4)})
    merges.append((2, 6, len(rows) - 1, 6))
    doc.table("Bảng 3.1. Khối lượng chất thải nguy hại phát sinh năm 2025", rows, merges, role="wastes")
    doc.p("Bùn nạo vét hồ sinh học được phân định là chất thải thông thường và chôn lấp tại ô số 3; khối lượng chất thải rắn thông "
          "thường được báo cáo tại Mục 2.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

SIDES = {"ru": ("северная стенка", "восточная стенка", "южная стенка", "западная стенка"),
         "kk": ("солтүстік қабырға", "шығыс қабырға", "оңтүстік қабырға", "батыс қабырға")}
# symbol: ПДК for ground water, mg/dm3
GW_PDK = {"Hg": 0.0005, "Cl-": 350, "SO4": 500}


def limits_iz1(doc: Doc) -> None:
    """The verification sampling of a mercury excavation: the bottom (`Д-`) and wall (`С-`) points under rows naming each
    excavation map with its axes and depth, the ПДК on every row and a conclusion column, a point that failed, was dug
    again and sampled anew (`Д-2 (повторно)`); then ground water of the observation wells by quarter, each well merged
    down over its parameters (VI: the treated water of a dioxin excavation at its outlet by round, QCVN 40 column A)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_iz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    holder = HIST_SITES[1][13 + L]
    doc.h(g("Протокол контрольного опробования грунтов дна и стенок выемки", "Қазынды түбі мен қабырғаларының топырағын бақылау сынамалау хаттамасы", ""))
    doc.p(g(f"Объект: участок ртутного загрязнения бывшего корпуса электролиза № 31, г. Павлодар. Заказчик: {holder}. Пробы отобраны "
            "после выемки загрязненного грунта до проектной отметки; ртуть определена методом атомно-абсорбционной спектрометрии "
            "(метод «холодного пара»).",
            f"Объект: бұрынғы № 31 электролиз корпусының сынаппен ластанған учаскесі, Павлодар қ. Тапсырыс беруші: {holder}. Сынамалар "
            "ластанған топырақ жобалық белгіге дейін қазып алынғаннан кейін алынды; сынап атомдық-абсорбциялық спектрометрия әдісімен "
            "(«суық бу» әдісі) анықталды.", ""))
    ok, bad = g("соответствует", "сәйкес", ""), g("превышение – доработка выемки", "асып кету – қазындыны пысықтау", "")
    rows = [g(["№ пробы", "Место отбора", "Глубина, м", "Ртуть, мг/кг", "ПДК, мг/кг", "Заключение"],
              ["Сынама №", "Сынама алу орны", "Тереңдігі, м", "Сынап, мг/кг", "ШЖК, мг/кг", "Қорытынды"], [])]
    merges: list = []
    d = c = 0
    redo = None
    for m in range(1, r.randint(2, 3) + 1):
        depth = round(r.uniform(2.5, 6.0), 1)
        _span(rows, merges, g(f"Карта выемки № {m} (оси {'АБВГД'[m - 1]}–{'БВГДЕ'[m - 1]} / {m}–{m + 3}), проектная глубина {num(depth, 'ru')} м",
                              f"№ {m} қазу картасы ({'АБВГД'[m - 1]}–{'БВГДЕ'[m - 1]} / {m}–{m + 3} осьтері), жобалық тереңдігі {num(depth, 'kk')} м", ""), 6)
        points = [("Д", g("дно выемки", "қазынды түбі", ""), depth) for _ in range(2)]
        points += [("С", side, round(depth / 2, 1)) for side in r.sample(SIDES[doc.lang], 2)]
        for letter, place, dpt in points:
            if letter == "Д":
                d += 1
                pid = f"Д-{d}"
            else:
                c += 1
                pid = f"С-{c}"
            fail = redo is None and letter == "Д" and r.random() < 0.5
            v = _sig(r.uniform(2.4, 6.5), 2) if fail else _sig(r.uniform(0.08, 1.6), 2)
            rows.append([pid, place, num(dpt, doc.lang), num(v, doc.lang), num(2.1, doc.lang), bad if fail else ok])
            add(doc, limit(("symbol", "Hg"), "soil", 2.1, "mg/kg", None, pid, v))
            if fail:
                redo = (pid, place, round(dpt + 0.5, 1))
                v2 = _sig(r.uniform(0.1, 1.2), 2)
                rows.append([g(f"{pid} (повторно)", f"{pid} (қайталап)", ""), place, num(redo[2], doc.lang), num(v2, doc.lang), num(2.1, doc.lang), ok])
                add(doc, limit(("symbol", "Hg"), "soil", 2.1, "mg/kg", None, pid, v2))
    doc.table(g("Таблица 1 – Содержание ртути в грунтах дна и стенок выемки", "1-кесте – Қазынды түбі мен қабырғалары топырағындағы сынап мөлшері", ""),
              rows, merges, role="limits")
    if redo:
        doc.p(g("Повторная проба отобрана после дополнительной выемки грунта на 0,5 м.", "Қайталама сынама топырақты қосымша 0,5 м қазғаннан кейін алынды.", ""))
    rows = [g(["Скважина", "Показатель", "ПДК, мг/дм³", "III квартал 2025 г.", "IV квартал 2025 г."],
              ["Ұңғыма", "Көрсеткіш", "ШЖК, мг/дм³", "2025 ж. III тоқсан", "2025 ж. IV тоқсан"], [])]
    merges = []
    for k in range(1, r.randint(3, 4) + 1):
        well = f"НС-{k}"
        start = len(rows)
        for s, pdk in GW_PDK.items():
            vals = []
            for _ in range(2):
                if s == "Hg":
                    v = _sig(r.uniform(0.0001, 0.0004) if k == 1 else r.uniform(0.0003, 0.0021), 2)
                else:
                    v = _sig(r.uniform(0.3, 1.4) * pdk, 3)
                vals.append(v)
                add(doc, limit(("symbol", s), "water", pdk, "mg/l", None, well, v))
            rows.append([well if s == "Hg" else None, vocab.water(s, doc.lang), num(pdk, doc.lang), *(num(v, doc.lang) for v in vals)])
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 2 – Подземные воды наблюдательных скважин", "2-кесте – Бақылау ұңғымаларының жерасты сулары", ""), rows, merges, role="limits")
    doc.p(g("Скважина НС-1 – фоновая, расположена выше по потоку подземных вод.", "НС-1 ұңғымасы – фондық, жерасты сулары ағынының жоғарғы жағында орналасқан.", ""))
    maybe_distractor(doc)


# symbol: QCVN 40:2011/BTNMT column A, (low, high) of treated water as a share of it
VN_TREATED = {"pH": ((6, 9), None), "TSS": (50, (0.2, 0.7)), "COD": (75, (0.25, 0.8)), "As": (0.05, (0.05, 0.5)), "Pb": (0.1, (0.05, 0.4)),
              "Cd": (0.05, (0.02, 0.3)), "Hg": (0.005, (0.05, 0.5)), "TPH": (5, (0.05, 0.4))}


def _limits_iz1_vi(doc: Doc) -> None:
    r = doc.rng
    area, project, _ = doc.pick(VN_HOTSPOTS)
    days = sorted(r.sample(range(3, 27), 3))
    month = r.randint(3, 10)
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI – {project.upper()}")
    doc.p(f"Nước bơm từ hố đào tại {area} được xử lý bằng hệ thống keo tụ – lọc cát – than hoạt tính công suất 20 m³/h trước khi xả ra "
          "mương thoát nước. Mẫu lấy theo đợt; kết quả dioxin/furan trình bày tại Phụ lục 4.")
    rows = [["TT", "Thông số", "Đơn vị", f"Đợt 1 ({days[0]:02d}/{month:02d}/2025)", f"Đợt 2 ({days[1]:02d}/{month:02d}/2025)",
             f"Đợt 3 ({days[2]:02d}/{month:02d}/2025)", "QCVN 40:2011/BTNMT (cột A)"]]
    kph = False
    for k, (s, (lim, share)) in enumerate(VN_TREATED.items(), 1):
        cells = []
        for _ in range(3):
            if s == "pH":
                v = round(r.uniform(6.6, 7.9), 1)
            elif s in ("As", "Cd", "Hg") and r.random() < 0.35:
                cells.append("KPH")
                kph = True
                add(doc, {x: y for x, y in limit(("symbol", s), "waste_water", lim, "mg/l", "A", "NT1").items() if x != "value"})
                continue
            else:
                v = _sig(lim * r.uniform(*share), 2)
            cells.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", lim, "mg/l", "A", "NT1", v))
        limit_txt = f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if isinstance(lim, tuple) else num(lim, "vi")
        rows.append([str(k), vocab.water(s, "vi"), "-" if s == "pH" else "mg/l", *cells, limit_txt])
    doc.table("Bảng 2. Kết quả phân tích nước thải sau hệ thống xử lý tại điểm xả NT1", rows, role="limits")
    doc.p("Ghi chú: " + ("KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp); " if kph else "")
          + "QCVN 40:2011/BTNMT cột A áp dụng với Kq = 1, Kf = 1 theo cam kết tại báo cáo ĐTM.")
    maybe_distractor(doc)


SEA_KEYS = ("pH", "TPH", "Phenols", "NH4+", "Pb", "Zn", "Cu")
# symbol: (low, high) as a share of the fishery ПДК
SEA_RANGE = {"TPH": (0.4, 3.2), "Phenols": (0.5, 2.5), "NH4+": (0.1, 0.7), "Pb": (0.1, 0.8), "Zn": (0.3, 1.6), "Cu": (0.6, 3.0)}
SURFACE_PDK = {"pH": (6.5, 8.5), "TPH": 0.05, "Phenols": 0.001, "NH4+": 0.5, "Pb": 0.006, "Zn": 0.01, "Cu": 0.001}


def limits_iz2(doc: Doc) -> None:
    """Caspian sea water around liquidated wells of the flooded coast: the wells as merged headers over their two
    stations (`М-1 (50 м)`, `М-2 (250 м)`), the parameters as rows with their unit and the fishery ПДК in columns before
    the stations, pH as a range (VI: a closed landfill's treated leachate by quarter, the row's standard in a column of its
    own — QCVN 25:2009/BTNMT column B1 or QCVN 40:2011/BTNMT column B — the limits multiplied by Kq and Kf)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_iz2_vi(doc)
        return
    g = doc.v
    f = doc.pick(WELL_FIELDS[:2])
    wells = sorted(r.sample(range(11, 148), r.randint(2, 3)))
    doc.h(g("Протокол испытаний морской воды в районе ликвидированных скважин", "Жойылған ұңғымалар ауданындағы теңіз суын сынау хаттамасы", ""))
    doc.p(g(f"Площадь {f[0]}, затопляемая прибрежная зона Каспийского моря. Пробы отобраны с маломерного судна на расстоянии 50 и 250 м от "
            "устья каждой скважины в сентябре 2025 года, через год после ликвидации. Нормативы – ПДК для водоемов рыбохозяйственного значения.",
            f"{f[1]} алаңы, Каспий теңізінің су басатын жағалау аймағы. Сынамалар 2025 жылғы қыркүйекте, жойылғаннан кейін бір жыл өткен "
            "соң, шағын кемеден әр ұңғыма сағасынан 50 және 250 м қашықтықта алынды. Нормативтер – балық шаруашылығы маңызы бар су "
            "айдындары үшін ШЖК.", ""))
    head = g(["Показатель", "Ед. изм.", "ПДК рыбохоз."], ["Көрсеткіш", "Өлш. бірл.", "Балық шар. ШЖК"], [])
    sub = [None, None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    points = []
    for k, w in enumerate(wells):
        head += [g(f"Скважина № {w}", f"№ {w} ұңғыма", ""), None]
        merges.append((0, 3 + 2 * k, 0, 4 + 2 * k))
        for dist in (50, 250):
            pid = f"М-{len(points) + 1}"
            points.append((pid, dist))
            sub.append(f"{pid} ({dist} м)")
    rows = [head, sub]
    for s in SEA_KEYS:
        pdk = SURFACE_PDK[s]
        line = [vocab.water(s, doc.lang), g("ед. pH", "pH бірл.", "") if s == "pH" else g("мг/дм³", "мг/дм³", ""),
                f"{num(pdk[0], doc.lang)}–{num(pdk[1], doc.lang)}" if isinstance(pdk, tuple) else num(pdk, doc.lang)]
        for pid, dist in points:
            if s == "pH":
                v = round(r.uniform(7.6, 8.6), 2)
            else:
                lo, hi = SEA_RANGE[s]
                v = _sig(pdk * r.uniform(lo, hi) * (1.0 if dist == 50 else 0.6), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "water", pdk, "mg/l", None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 1 – Результаты испытаний проб морской воды", "1-кесте – Теңіз суы сынамаларын сынау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("Превышения ПДК по нефтепродуктам и меди у устьев скважин характерны и для фоновых участков северного Каспия.",
            "Ұңғыма сағаларындағы мұнай өнімдері мен мыс бойынша ШЖК-дан асу солтүстік Каспийдің фондық учаскелеріне де тән.", ""))
    maybe_distractor(doc)


# (symbol, standard, column, C, unit, multiplied?, (low, high) share of Cmax)
VN_LEACHATE = (
    ("pH", "QCVN 40:2011/BTNMT", "B", (5.5, 9), None, False, None),
    ("BOD5", "QCVN 25:2009/BTNMT", "B1", 100, "mg/l", True, (0.3, 0.9)),
    ("COD", "QCVN 25:2009/BTNMT", "B1", 400, "mg/l", True, (0.35, 0.95)),
    ("TN", "QCVN 25:2009/BTNMT", "B1", 60, "mg/l", True, (0.3, 1.1)),
    ("NH4+", "QCVN 25:2009/BTNMT", "B1", 25, "mg/l", True, (0.2, 1.2)),
    ("TSS", "QCVN 40:2011/BTNMT", "B", 100, "mg/l", True, (0.2, 0.7)),
    ("As", "QCVN 40:2011/BTNMT", "B", 0.1, "mg/l", True, (0.05, 0.4)),
    ("Pb", "QCVN 40:2011/BTNMT", "B", 0.5, "mg/l", True, (0.02, 0.2)),
    ("Hg", "QCVN 40:2011/BTNMT", "B", 0.01, "mg/l", True, (0.05, 0.3)),
    ("Coliform", "QCVN 40:2011/BTNMT", "B", 5000, "MPN/100ml", False, (0.05, 0.6)),
)


def _limits_iz2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, _, _, _, company, _, _ = doc.pick(VN_LANDFILLS)
    doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC RỈ RÁC SAU XỬ LÝ NĂM 2025 – {name.upper()}")
    doc.p(f"Đơn vị vận hành: {company}. Nước rỉ rác sau hệ thống xử lý được xả ra kênh thủy lợi. Giá trị tối đa cho phép Cmax = C × Kq × Kf "
          "với Kq = 0,9 và Kf = 1,0 (trừ pH và Coliform); các thông số đặc trưng của nước rỉ rác áp dụng QCVN 25:2009/BTNMT cột B1, các "
          "thông số còn lại áp dụng QCVN 40:2011/BTNMT cột B.")
    rows = [["TT", "Thông số", "Đơn vị", "Quý I", "Quý II", "Quý III", "Quý IV", "Quy chuẩn áp dụng", "Cmax"]]
    for k, (s, std, col, c, unit, mult, share) in enumerate(VN_LEACHATE, 1):
        cmax = c if not mult else _sig(c * 0.9, 6)
        cells = []
        for _ in range(4):
            if s == "pH":
                v = round(r.uniform(6.8, 8.4), 1)
            elif s == "Coliform":
                v = float(r.randint(int(c * share[0]) // 10, int(c * share[1]) // 10) * 10)
            else:
                v = _sig(cmax * r.uniform(*share), 2)
            cells.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", cmax, unit, col, "NT2", v))
        limit_txt = f"{num(c[0], 'vi')} – {num(c[1], 'vi')}" if isinstance(c, tuple) else num(cmax, "vi")
        rows.append([str(k), vocab.water(s, "vi"), unit or "-", *cells, f"{std}, cột {col}", limit_txt])
    doc.table("Bảng 4. Kết quả phân tích nước rỉ rác sau xử lý tại điểm NT2", rows, role="limits")
    doc.p("Khi kết quả vượt Cmax, đơn vị vận hành tăng thời gian lưu tại bể sinh học và báo cáo Sở Nông nghiệp và Môi trường.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (RU medium, KK medium, points [(id, RU place, KK place)], keys marked, frequency, RU said, KK said)
HG_MATRIX_COLS = (("code", "0183", "symbol", "Hg"), ("code", "2902", None, None), (None, None, "symbol", "Cl-"), (None, None, "symbol", "SO4"),
                  (None, None, "symbol", "pH"))


def _hg_col_name(doc: Doc, k: int) -> str:
    return doc.v(("Ртуть", "Взвешенные частицы", "Хлориды", "Сульфаты", "Водородный показатель (pH)")[k],
                 ("Сынап", "Қалқыма бөлшектер", "Хлоридтер", "Сульфаттар", "Сутегі көрсеткіші (pH)")[k], "")


def monitoring_iz1(doc: Doc) -> None:
    """A demercurisation's programme of monitoring as a matrix: the points as rows under rows naming the medium, the
    substances as columns marked `+` or `–`, mercury the air pollutant (0183) at the boundary points and the element in
    the wells and the soil, the frequency in the last column in the programme's words (VI: a dioxin hotspot's matrix with
    `x`, dioxins in air, surface water, ground water and sediment)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_iz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    holder = HIST_SITES[1][13 + L]
    doc.h(g("Программа производственного экологического контроля на период демеркуризации. Раздел 4. Мониторинг воздействия",
            "Демеркуризация кезеңіне арналған өндірістік экологиялық бақылау бағдарламасы. 4-бөлім. Әсер мониторингі", ""))
    doc.p(g(f"Оператор: {holder}. Объект: территория бывшего корпуса электролиза № 31, г. Павлодар. Определяемые показатели отмечены "
            "знаком «+»; анализы выполняет аккредитованная лаборатория по договору.",
            f"Оператор: {holder}. Объект: бұрынғы № 31 электролиз корпусының аумағы, Павлодар қ. Анықталатын көрсеткіштер «+» белгісімен "
            "белгіленген; талдауларды шарт бойынша аккредиттелген зертхана орындайды.", ""))
    head = g(["Точка", "Место отбора"], ["Нүкте", "Сынама алу орны"], []) + [_hg_col_name(doc, k) for k in range(5)] + [g("Периодичность", "Кезеңділігі", "")]
    rows, merges = [head], []
    sides = g(("север", "восток", "юг", "запад"), ("солтүстік", "шығыс", "оңтүстік", "батыс"), ())
    n_wells = r.randint(4, 6)
    media = (
        (g("Атмосферный воздух на границе зоны работ", "Жұмыс аймағының шекарасындағы атмосфералық ауа", ""),
         [(f"Т-{k}", g(f"граница зоны работ, {sd}", f"жұмыс аймағының шекарасы, {sd}", "")) for k, sd in enumerate(sides, 1)], "air", (0, 1), "daily",
         g("ежедневно в период демонтажа и выемки грунта", "бөлшектеу және топырақты қазу кезеңінде күн сайын", "")),
        (g("Подземные воды", "Жерасты сулары", ""),
         [(f"НС-{k}", g("фоновая скважина" if k == 1 else "наблюдательная скважина ниже по потоку", "фондық ұңғыма" if k == 1 else "ағыстан төмен бақылау ұңғымасы", ""))
          for k in range(1, n_wells + 1)], "water", (0, 2, 3, 4), "quarterly", freq(doc, "quarterly")),
        (g("Почва прилегающей территории", "Іргелес аумақтың топырағы", ""),
         [(f"П-{k}", g(f"в 100 м от границы участка, {sd}", f"учаске шекарасынан 100 м, {sd}", "")) for k, sd in enumerate(sides, 1)], "soil", (0,), "yearly",
         g("1 раз в год (сентябрь)", "жылына 1 рет (қыркүйек)", "")),
    )  # fmt: skip
    for title, points, medium, marked, word, said in media:
        _span(rows, merges, title, 8)
        for pid, place in points:
            marks = ["+" if k in marked else "–" for k in range(5)]
            rows.append([pid, place, *marks, said])
            for k in marked:
                ck, cv, sk, sv = HG_MATRIX_COLS[k]
                kind, key = (ck, cv) if medium == "air" else (sk, sv)
                doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
    doc.table(g("Таблица 4.1 – Точки, показатели и периодичность наблюдений", "4.1-кесте – Бақылау нүктелері, көрсеткіштері және кезеңділігі", ""),
              rows, merges, role="monitoring")
    doc.p(g("При превышении ПДК ртути в атмосферном воздухе на границе зоны работ работы приостанавливаются до выяснения причин.",
            "Жұмыс аймағының шекарасында атмосфералық ауадағы сынаптың ШЖК-дан асуы кезінде жұмыстар себептері анықталғанға дейін тоқтатылады.", ""))
    maybe_distractor(doc)


VN_DIOXIN_COLS = (("symbol", "pH", "pH"), ("symbol", "TSS", "TSS"), ("code", "2902", "Bụi tổng"), ("code", "3620", "Dioxin/Furan"))
VN_DIOXIN_MEDIA = (
    ("I. Không khí xung quanh", "KK", ("Ranh giới phía Bắc khu vực đào xúc", "Ranh giới phía Nam khu lưu giữ tạm", "Khu dân cư gần nhất (cuối hướng gió chính)"),
     (2, 3), "quarterly"),
    ("II. Nước mặt", "NM", ("Mương thoát nước phía Tây, trước khi ra nguồn tiếp nhận", "Cửa xả hệ thống xử lý nước"), (0, 1, 3), "monthly"),
    ("III. Nước dưới đất", "NN", ("Giếng quan trắc thượng nguồn", "Giếng quan trắc hạ nguồn số 1", "Giếng quan trắc hạ nguồn số 2"), (0, 3), "semiannual"),
    ("IV. Đất, trầm tích", "Đ", ("Đáy hố đào sau xử lý", "Trầm tích mương thoát nước phía Tây", "Đất nền khu lưu giữ tạm", "Đất ruộng giáp ranh phía Nam"),
     (3,), "yearly"),
)


def _monitoring_iz1_vi(doc: Doc) -> None:
    r = doc.rng
    area, project, _ = doc.pick(VN_HOTSPOTS)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG TRONG GIAI ĐOẠN THI CÔNG – {project.upper()}")
    doc.p(f"Phạm vi: {area}. Thông số quan trắc được đánh dấu (x); tần suất áp dụng cho toàn bộ thời gian đào xúc và xử lý.")
    rows = [["Ký hiệu", "Vị trí", *(c[2] for c in VN_DIOXIN_COLS), "Tần suất"]]
    merges: list = []
    for title, prefix, places, marked, word in VN_DIOXIN_MEDIA:
        _span(rows, merges, title, 7)
        n = len(places) if prefix != "Đ" else r.randint(3, 4)
        said = freq(doc, word)
        for k, place in enumerate(places[:n], 1):
            pid = f"{prefix}{k}"
            rows.append([pid, place, *("x" if j in marked else "" for j in range(4)), said])
            for j in marked:
                kind, key, _ = VN_DIOXIN_COLS[j]
                doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
    doc.table("Bảng 6.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 05:2023/BTNMT (không khí), QCVN 08:2023/BTNMT (nước mặt), QCVN 09:2023/BTNMT (nước dưới đất), "
          "QCVN 45:2012/BTNMT (dioxin trong đất).")
    maybe_distractor(doc)


WELL_CHECKS = (
    (("Метан, сероводород в приустьевой зоне (газоанализатор)", "Сағаға жақын аймақтағы метан, күкіртсутек (газоанализатор)"), (("code", "0410"), ("code", "0333")),
     ("quarterly", "semiannual")),
    (("Нефтепродукты в почве в радиусе 50 м от устья", "Сағадан 50 м радиустағы топырақтағы мұнай өнімдері"), (("symbol", "TPH"),), ("semiannual", "yearly")),
    (("Визуальный осмотр устья, бетонной тумбы и репера", "Сағаны, бетон тұғырды және реперді көзбен шолу"), (), ("monthly", "quarterly")),
)


def monitoring_iz2(doc: Doc) -> None:
    """The observation of liquidated wells in the years after their liquidation: each well merged down over what is
    controlled at it — gas at the wellhead, oil products in the soil around it, a visual check with no substance — and the
    frequency as two columns under a merged header, the first two years and the third to fifth (VI: a canal dredging
    programme whose frequency stands only in the row naming each medium)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_iz2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f = doc.pick(WELL_FIELDS)
    field = f[L]
    wells = sorted(r.sample(range(11, 100), r.randint(3, 4)))
    doc.h(g(f"Программа наблюдений за ликвидированными скважинами площади {field} на 2026–2030 годы",
            f"{field} алаңының жойылған ұңғымаларын 2026–2030 жылдары бақылау бағдарламасы", ""))
    doc.p(g("Наблюдения ведет ТОО «Ұңғыма Жою Сервис» в течение пяти лет после ликвидации скважин; при обнаружении газопроявления или "
            "перелива скважина включается в план повторных работ.",
            "Бақылауды «Ұңғыма Жою Сервис» ЖШС ұңғымалар жойылғаннан кейін бес жыл бойы жүргізеді; газ білінуі немесе асып төгілу "
            "анықталған жағдайда ұңғыма қайталама жұмыстар жоспарына енгізіледі.", ""))
    rows = [g(["Скважина", "Контролируемый параметр", "Периодичность", None], ["Ұңғыма", "Бақыланатын параметр", "Кезеңділігі", None], []),
            g([None, None, "1–2-й годы после ликвидации", "3–5-й годы после ликвидации"], [None, None, "жойылғаннан кейінгі 1–2-жылдар", "жойылғаннан кейінгі 3–5-жылдар"], [])]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)]
    said = {x: _fw(doc, x) for x in ("monthly", "quarterly", "semiannual", "yearly")}
    for w in wells:
        start = len(rows)
        label = g(f"Скв. № {w} ({field})", f"№ {w} ұңғыма ({field})", "")
        for j, (names, keys, words) in enumerate(WELL_CHECKS):
            rows.append([label if j == 0 else None, names[L], *(said[x] for x in words)])
            for kind, key in keys:
                for x in words:
                    doc.add("monitoring", {"point_contains": f"№ {w}", kind: key, "frequency": x})
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 1 – Состав и периодичность наблюдений", "1-кесте – Бақылаудың құрамы мен кезеңділігі", ""), rows, merges, role="monitoring")
    maybe_distractor(doc)


VN_DREDGE_MON = (
    ("không khí xung quanh", "quarterly", "KK", ("Bãi tách nước bùn (cuối hướng gió)", "Khu dân cư sát tuyến kênh, đoạn 1", "Khu dân cư sát tuyến kênh, đoạn 2"),
     (("code", "2902"), ("code", "0333"), ("code", "0303")), "QCVN 05:2023/BTNMT"),
    ("nước mặt kênh", "monthly", "NM", ("Thượng lưu, cách điểm nạo vét đầu tiên 200 m", "Hạ lưu, cách điểm nạo vét cuối cùng 200 m"),
     (("symbol", "pH"), ("symbol", "DO"), ("symbol", "TSS"), ("symbol", "COD"), ("symbol", "NH4+"), ("symbol", "Coliform")), "QCVN 08:2023/BTNMT"),
    ("nước tách từ bùn sau bể lắng", "weekly", "NT", ("Cửa xả của bãi tách nước bùn",), (("symbol", "pH"), ("symbol", "TSS")), "QCVN 40:2011/BTNMT, cột B"),
    ("bùn nạo vét tại bãi", "semiannual", "B", ("Ô chứa bùn số 1", "Ô chứa bùn số 2"),
     (("symbol", "As"), ("symbol", "Pb"), ("symbol", "Cd"), ("symbol", "Hg")), "QCVN 07:2009/BTNMT"),
)  # fmt: skip


def _monitoring_iz2_vi(doc: Doc) -> None:
    project, canal, yard, *_ = doc.pick(VN_DREDGE)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG TRONG QUÁ TRÌNH THI CÔNG NẠO VÉT – {project.upper()}")
    doc.p(f"Chương trình áp dụng cho tuyến {canal} và {yard[0].lower() + yard[1:]} trong suốt thời gian thi công; tần suất được ghi tại dòng tiêu đề "
          "của từng nhóm.")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số", "Quy chuẩn so sánh"]]
    merges: list = []
    for n, (medium, word, prefix, places, keys, std) in enumerate(VN_DREDGE_MON, 1):
        _span(rows, merges, f"{n}. Quan trắc {medium} – tần suất: {_fw(doc, word)}", 4)
        names = ", ".join(EXTRA[k][2] if k in EXTRA else (vocab.air(k, "vi", 0 if k == "2902" else 1) if kind == "code" else vocab.water(k, "vi"))
                          for kind, k in keys)
        for k, place in enumerate(places, 1):
            pid = f"{prefix}{k}"
            rows.append([pid, place, names, std])
            for kind, key in keys:
                doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
    doc.table("Bảng 5.2. Chương trình quan trắc môi trường giai đoạn thi công", rows, merges, role="monitoring")
    doc.p("Kết quả quan trắc bùn dùng để phân định bùn nạo vét là chất thải nguy hại hay chất thải thông thường trước khi vận chuyển.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU structure, KK structure, RU checked, KK checked, current frequency, RU said, KK said, commission frequency, RU said, KK said)
DAM_PARTS = (
    ("Ограждающая дамба (гребень, откосы, берма)", "Қоршау бөгеті (жотасы, беткейлері, бермасы)",
     "трещины, оползание откосов, промоины, фильтрация на низовом откосе", "жарықтар, беткейлердің сырғуы, шайындылар, төменгі беткейдегі сүзілу",
     "weekly", "еженедельно (по понедельникам)", "апта сайын (дүйсенбі сайын)", "semiannual", "2 раза в год (апрель, октябрь)", "жылына 2 рет (сәуір, қазан)"),
    ("Дренажная система и смотровые колодцы", "Дренаж жүйесі және қарау құдықтары",
     "заиление, расход и мутность дренажных вод", "лайлану, дренаж суларының шығыны мен лайлылығы",
     "monthly", "ежемесячно", "ай сайын", "yearly", "1 раз в год (апрель)", "жылына 1 рет (сәуір)"),
    ("Пьезометрические скважины", "Пьезометрлік ұңғымалар",
     "исправность оголовков, уровень воды", "бастиектердің жарамдылығы, су деңгейі",
     "monthly", "1 раз в месяц", "айына 1 рет", "yearly", "ежегодно", "жыл сайын"),
    ("Водосбросной колодец и коллектор", "Су төгетін құдық және коллектор",
     "целостность бетона, наличие посторонних предметов", "бетонның бүтіндігі, бөгде заттардың болуы",
     "weekly", "еженедельно", "апта сайын", "semiannual", "весной и осенью", "көктемде және күзде"),
    ("Защитный экран пляжа (суглинок, травосмесь)", "Жағажайдың қорғаныш экраны (саздақ, шөп қоспасы)",
     "размыв экрана, развеивание, приживаемость трав", "экранның шайылуы, желмен ұшуы, шөптердің өсіп-өнуі",
     "monthly", "ежемесячно в теплый период", "жылы кезеңде ай сайын", "yearly", "1 раз в год (после схода снега)", "жылына 1 рет (қар кеткеннен кейін)"),
    ("Нагорная и водоотводная канавы", "Таулы және су бұру арықтары",
     "заиление, размыв, перелив", "лайлану, шайылу, асып төгілу",
     "weekly", "еженедельно", "апта сайын",
     "semiannual", "2 раза в год", "жылына 2 рет"),
)  # fmt: skip


def inspections_iz1(doc: Doc) -> None:
    """The inspections of a closed concentrator's conserved tailings dam, each structure merged down over two rows — the
    current inspection by the storage's keeper and the standing commission's — each with what is looked at, its own
    frequency and who does it; an extraordinary inspection of all the structures after an earthquake or a downpour with
    no frequency (VI: a dioxin site's routine checks by the contractor's HSE staff and periodic ones by the environmental
    supervisor by zone, a check after each heavy rain)."""
    if doc.lang == "vi":
        _inspections_iz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    t = doc.pick(TAILINGS)
    store, operator = t[L], t[2 + L]
    keeper = g("смотритель хвостохранилища", "қалдық қоймасының бақылаушысы", "")
    commission = g("постоянно действующая комиссия предприятия", "кәсіпорынның тұрақты жұмыс істейтін комиссиясы", "")
    doc.h(g(f"Инструкция по наблюдению за состоянием законсервированного хвостохранилища. {store}",
            f"{store}. Консервацияланған қалдық қоймасының жай-күйін бақылау жөніндегі нұсқаулық", ""))
    doc.p(g(f"Утверждена приказом директора {operator}. Результаты осмотров заносятся в журнал наблюдений; о выявленных деформациях "
            "сообщается главному инженеру в течение суток.",
            f"{operator} директорының бұйрығымен бекітілді. Тексеру нәтижелері бақылау журналына енгізіледі; анықталған деформациялар "
            "туралы бас инженерге бір тәулік ішінде хабарланады.", ""))
    rows = [g(["№", "Сооружение", "Вид осмотра", "Что проверяется", "Периодичность", "Кто проводит"],
              ["№", "Құрылыс", "Тексеру түрі", "Не тексеріледі", "Кезеңділігі", "Кім жүргізеді"], [])]
    merges: list = []
    parts = [p for p in DAM_PARTS if p[0].startswith(("Огр", "Дрен")) or doc.rng.random() < 0.75]
    for k, p in enumerate(parts, 1):
        name, what = p[L], p[2 + L]
        start = len(rows)
        rows.append([str(k), name, g("текущий", "ағымдағы", ""), what, p[5 + L], keeper])
        rows.append([None, None, g("комиссионный", "комиссиялық", ""), g("то же, с инструментальными замерами", "сол, аспаптық өлшеулермен", ""),
                     p[8 + L], commission])
        merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1)]
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(name, 2), "actor_contains": keeper, "frequency": p[4]},
                {"kind": "inspection", "text_contains": _words(name, 2), "actor_contains": commission, "frequency": p[7]})
    everything = g("Все сооружения хвостохранилища", "Қалдық қоймасының барлық құрылыстары", "")
    rows.append([str(len(parts) + 1), everything, g("внеочередной", "кезектен тыс", ""),
                 g("последствия события, устойчивость дамбы", "оқиғаның салдары, бөгеттің орнықтылығы", ""),
                 g("после землетрясения силой 5 баллов и более, ливня более 30 мм в сутки", "5 балл және одан жоғары жер сілкінісінен, тәулігіне 30 мм-ден асатын нөсерден кейін", ""),
                 commission])
    doc.add("obligations", {"kind": "inspection", "text_contains": everything, "actor_contains": commission})
    doc.table(g("Таблица 1 – Виды и периодичность осмотров", "1-кесте – Тексерулердің түрлері мен кезеңділігі", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


# (zone, routine check, routine frequency, said, periodic frequency, said)
VN_SITE_ZONES = (
    ("Khu vực đào xúc đất nhiễm", "Phun ẩm, che phủ bề mặt hố đào, biển cảnh báo", "daily", "Hằng ngày, trước ca làm việc", "monthly", "01 tháng/lần"),
    ("Khu lưu giữ tạm đất nhiễm (có mái che)", "Mái che, nền chống thấm, rãnh thu nước", "daily", "Hằng ngày", "monthly", "Hằng tháng"),
    ("Hệ thống xử lý nước nhiễm dioxin", "Vận hành bơm, áp lực cột lọc, nhật ký vận hành", "daily", "Hằng ngày", "quarterly", "03 tháng/lần"),
    ("Kho lưu giữ chất thải nguy hại", "Dán nhãn, sắp xếp bao bì, sổ giao nhận", "weekly", "Hằng tuần (thứ Sáu)", "quarterly", "3 tháng/lần"),
    ("Trạm rửa xe và cổng kiểm soát ra vào", "Rửa bánh xe, bạt che thùng xe, sổ theo dõi xe", "daily", "Hằng ngày", "monthly", "Hằng tháng"),
)


def _inspections_iz1_vi(doc: Doc) -> None:
    area, project, _ = doc.pick(VN_HOTSPOTS)
    hse, sup = "Cán bộ HSE của nhà thầu", "Tư vấn giám sát môi trường"
    doc.h(f"KẾ HOẠCH KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG – {project.upper()}")
    doc.p(f"Áp dụng tại công trường {area}. Kết quả kiểm tra được ghi vào sổ nhật ký môi trường công trường và báo cáo Ban Quản lý dự án "
          "hằng tháng.")
    rows = [["TT", "Khu vực", "Hình thức", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"]]
    merges: list = []
    for k, (zone, what, w1, s1, w2, s2) in enumerate(VN_SITE_ZONES, 1):
        start = len(rows)
        rows.append([str(k), zone, "Kiểm tra thường xuyên", what, s1, hse])
        rows.append([None, None, "Kiểm tra định kỳ", "Như trên, kèm đánh giá hồ sơ", s2, sup])
        merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1)]
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(zone, 4), "actor_contains": hse, "frequency": w1},
                {"kind": "inspection", "text_contains": _words(zone, 4), "actor_contains": sup, "frequency": w2})
    rows.append([str(len(VN_SITE_ZONES) + 1), "Toàn bộ công trường", "Kiểm tra đột xuất", "Ngập úng, tràn nước, sạt lở hố đào",
                 "Sau mỗi trận mưa lớn (trên 50 mm/ngày)", "Ban chỉ huy công trường"])
    doc.add("obligations", {"kind": "inspection", "text_contains": "Toàn bộ công trường", "actor_contains": "Ban chỉ huy công trường"})
    doc.table("Phụ lục 2. Nội dung, tần suất kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


COUNT_WORD = {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}
COUNT_MONTHS = {12: ("I–XII", "I–XII"), 4: ("III, VI, IX, XII", "III, VI, IX, XII"), 2: ("IV, X", "IV, X"), 1: ("V", "V")}


def inspections_iz2(doc: Doc) -> None:
    """An oil company's plan-graph of visits to the wells it liquidated and the pits it restored, the objects under rows
    naming the field, the purpose of each visit, the frequency only as a count a year (`12`, `4`, `2`, `1`) beside the
    months in Roman numerals, the responsible shop (VI: a closed landfill's calendar of checks written in its own words,
    a rainy and a dry season in one cell)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_iz2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("План-график объездов ликвидированных скважин и рекультивированных амбаров на 2026 год",
            "Жойылған ұңғымалар мен рекультивацияланған амбарларды аралаудың 2026 жылға арналған жоспар-кестесі", ""))
    doc.p(g("Объезды выполняются службами цехов добычи нефти и газа (ЦДНГ); результаты оформляются актом осмотра с фотофиксацией.",
            "Аралауды мұнай мен газ өндіру цехтарының (МГӨЦ) қызметтері орындайды; нәтижелер фототіркеуі бар тексеру актісімен ресімделеді.", ""))
    rows = [g(["№", "Объект", "Цель осмотра", "Количество осмотров в год", "Месяцы проведения", "Ответственный"],
              ["№", "Объект", "Тексеру мақсаты", "Жылына тексеру саны", "Өткізу айлары", "Жауапты"], [])]
    merges: list = []
    n = 0
    used: set[int] = set()
    for f, shop in zip(WELL_FIELDS[:2], (("ЦДНГ-1", "МГӨЦ-1"), ("ЦДНГ-2", "МГӨЦ-2")), strict=True):
        _span(rows, merges, g(f"Месторождение {f[0]}", f"{f[1]} кен орны", ""), 6)
        objects = []
        for _ in range(r.randint(2, 3)):
            w = r.choice([x for x in range(11, 100) if x not in used])
            used.add(w)
            count = doc.pick((4, 4, 12, 1))
            objects.append((g(f"Ликвидированная скважина № {w}", f"№ {w} жойылған ұңғыма", ""), g(f"скважина № {w}", f"№ {w} жойылған", ""),
                            g("газопроявления, перелив, состояние тумбы и репера", "газ білінуі, асып төгілу, тұғыр мен репердің жай-күйі", ""), count))
        p = r.choice([x for x in range(1, 10) if x not in used])
        used.add(p)
        objects.append((g(f"Рекультивированный амбар № {p}", f"№ {p} рекультивацияланған амбар", ""), g(f"амбар № {p}", f"№ {p} рекультивацияланған", ""),
                        g("просадки, выходы нефти на поверхность, приживаемость растений", "шөгулер, мұнайдың бетке шығуы, өсімдіктердің өсіп-өнуі", ""), 2))
        for obj, key, aim, count in objects:
            n += 1
            who = g(f"мастер {shop[0]}", f"{shop[1]} шебері", "")
            rows.append([str(n), obj, aim, str(count), COUNT_MONTHS[count][L], who])
            doc.add("obligations", {"kind": "inspection", "text_contains": key, "actor_contains": who, "frequency": COUNT_WORD[count]})
    doc.table(g("Таблица 1 – План-график объездов", "1-кесте – Аралау жоспар-кестесі", ""), rows, merges, role="inspections")
    if any(row[3] == "12" for row in rows[1:]):
        doc.p(g("Ежемесячные объезды назначены для скважин, на которых в 2025 году отмечались газопроявления.",
                "Ай сайынғы аралау 2025 жылы газ білінуі байқалған ұңғымаларға белгіленді.", ""))
    maybe_distractor(doc)


# (item, content, [frequencies], said, who)
VN_LANDFILL_CHECKS = (
    ("Lớp phủ đỉnh các ô chôn lấp", "Nứt, sụt lún, xói mòn, thảm cỏ", ["weekly"], "Thứ Hai hằng tuần", "Tổ vận hành bãi"),
    ("Giếng thu khí và đường ống dẫn khí", "Rò rỉ, ngưng tụ nước, van khóa", ["weekly"], "Thứ Năm hằng tuần", "Tổ vận hành bãi"),
    ("Đuốc đốt khí bãi rác", "Ngọn lửa, nhiệt độ buồng đốt, bộ đánh lửa", ["daily"], "Hằng ngày, đầu ca", "Công nhân vận hành đuốc"),
    ("Hồ chứa nước rỉ rác và bờ bao", "Mực nước, thấm, sạt lở bờ bao", ["weekly", "monthly"], "Mùa mưa: hằng tuần; mùa khô: hằng tháng", "Tổ vận hành bãi"),
    ("Hệ thống xử lý nước rỉ rác", "Thiết bị, hóa chất, nhật ký vận hành", ["daily"], "Hằng ngày", "Kỹ thuật viên trạm xử lý"),
    ("Mương thoát nước mưa, hàng rào, cây xanh cách ly", "Bồi lắng, hư hỏng, cây chết", ["quarterly"], "Tháng 3, 6, 9, 12", "Phòng Kỹ thuật – Môi trường"),
    ("Nắp và thân giếng quan trắc nước dưới đất", "Khóa nắp, ống vách, mốc cao độ", ["semiannual"], "Tháng 4 và tháng 10", "Phòng Kỹ thuật – Môi trường"),
)


def _inspections_iz2_vi(doc: Doc) -> None:
    name, _, _, _, _, company, _, _ = doc.pick(VN_LANDFILLS)
    doc.h(f"LỊCH KIỂM TRA CÔNG TRÌNH SAU ĐÓNG BÃI NĂM 2026 – {name.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {company}. Mùa mưa tính từ tháng 5 đến tháng 11.")
    rows = [["TT", "Hạng mục kiểm tra", "Nội dung", "Thời gian kiểm tra", "Người thực hiện"]]
    for k, (item, what, words, said, who) in enumerate(VN_LANDFILL_CHECKS, 1):
        rows.append([str(k), item, what, said, who])
        for w in words:
            doc.add("obligations", {"kind": "inspection", "text_contains": _words(item, 4), "actor_contains": who, "frequency": w})
    doc.table("Bảng 1. Lịch kiểm tra", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

NATURE = ("ГУ «Управление природных ресурсов и регулирования природопользования Атырауской области»",
          "«Атырау облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ", ("природных ресурсов", "табиғи ресурстар"))
DISTRICT = ("ГУ «Аппарат акима Курмангазинского района»", "«Құрманғазы ауданы әкімінің аппараты» ММ", ("Курмангазинского", "Құрманғазы"))
EMBI = ("ТОО «Ембі Ремедиация»", "«Ембі Ремедиация» ЖШС", ("Ембі Ремедиация", "Ембі Ремедиация"))
WELLS_CO = ("ТОО «Ұңғыма Жою Сервис»", "«Ұңғыма Жою Сервис» ЖШС", ("Ұңғыма Жою", "Ұңғыма Жою"))
# ((RU object, KK object, register no.), [(RU measure, KK measure, RU form, KK form, term, executor)])
ROADMAP = (
    (("Нефтешламовый амбар № 7 месторождения Доссор", "Доссор кен орнының № 7 мұнай шламы амбары", "ИЗ-23-0147"), [
        ("Провести детальное обследование и оценку риска для здоровья населения", "Толық зерттеу және халық денсаулығына төнетін тәуекелді бағалау жүргізу",
         "отчет об обследовании", "зерттеу туралы есеп", "I квартал 2026 г.", NATURE),
        ("Разработать проект ремедиации и отчет о возможных воздействиях", "Ремедиация жобасын және ықтимал әсерлер туралы есепті әзірлеу",
         "заключение по результатам оценки воздействия", "әсерді бағалау нәтижелері бойынша қорытынды", "II квартал 2026 г.", EMBI),
        ("Получить экологическое разрешение на воздействие на период работ", "Жұмыстар кезеңіне әсер етуге арналған экологиялық рұқсат алу",
         "разрешение", "рұқсат", "III квартал 2026 г.", EMBI),
        ("Выполнить термическую десорбцию нефтешлама и биоремедиацию грунтов", "Мұнай шламын термиялық десорбциялауды және топырақты биоремедиациялауды орындау",
         "акт выполненных работ", "орындалған жұмыстар актісі", "2026–2027 гг.", EMBI),
        ("Провести мониторинг эффективности и исключить объект из реестра", "Тиімділік мониторингін жүргізу және объектіні тізілімнен шығару",
         "приказ об исключении из реестра", "тізілімнен шығару туралы бұйрық", "2028 г.", NATURE)]),
    (("Бесхозные скважины площади Байчунас (12 ед.)", "Байшонас алаңының иесіз ұңғымалары (12 бірл.)", "ИЗ-23-0152"), [
        ("Провести обследование устьев и газовую съемку скважин", "Ұңғымалардың сағаларын зерттеу және газ түсірілімін жүргізу",
         "акт обследования", "зерттеу актісі", "II квартал 2026 г.", WELLS_CO),
        ("Разработать проекты ликвидации скважин", "Ұңғымаларды жою жобаларын әзірлеу", "утвержденные проекты", "бекітілген жобалар", "III квартал 2026 г.", WELLS_CO),
        ("Ликвидировать скважины с установкой цементных мостов", "Цемент көпірлерін орнатып, ұңғымаларды жою", "акты ликвидации", "жою актілері",
         "2026–2027 гг.", WELLS_CO),
        ("Передать сведения о ликвидированных скважинах в реестр", "Жойылған ұңғымалар туралы мәліметтерді тізілімге беру", "письмо", "хат", "2027 г.", NATURE)]),
    (("Склад ядохимикатов бывшего совхоза «Ганюшкино»", "Бұрынғы «Ганюшкино» кеңшарының улы химикаттар қоймасы", "ИЗ-23-0161"), [
        ("Провести инвентаризацию непригодных пестицидов и тары", "Жарамсыз пестицидтер мен ыдыстарды түгендеу", "акт инвентаризации", "түгендеу актісі",
         "I квартал 2026 г.", DISTRICT),
        ("Вывезти непригодные пестициды на уничтожение", "Жарамсыз пестицидтерді жоюға шығару", "акты приема-передачи", "қабылдау-беру актілері",
         "III квартал 2026 г.", DISTRICT),
        ("Демонтировать здание склада и вывезти загрязненный грунт", "Қойма ғимаратын бөлшектеу және ластанған топырақты шығару",
         "акт выполненных работ", "орындалған жұмыстар актісі", "2027 г.", DISTRICT)]),
)  # fmt: skip


def _term_kk(term: str) -> str:
    """`I квартал 2026 г.` as a Kazakh plan writes it: `2026 ж. I тоқсаны`."""
    if "квартал" in term:
        q, _, rest = term.partition(" квартал ")
        return f"{rest.replace(' г.', '')} ж. {q} тоқсаны"
    return term.replace(" гг.", " жж.").replace(" г.", " ж.")


def tasks_iz1(doc: Doc) -> None:
    """An oblast's road map of liquidating historical pollution: rows spanning the table that name each object with its
    number in the register (`ИЗ-23-0147`), under it the stages of the work numbered `1.1` … — survey, project, permit,
    works, monitoring — the form of completion, the term and the state body, district akimat or trust manager answering,
    the financing in a last column (VI: the plan of a dioxin remediation project by bid package, the implementing and the
    supervising unit, start and end)."""
    if doc.lang == "vi":
        _tasks_iz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Дорожная карта по ликвидации объектов исторического загрязнения Атырауской области на 2026–2028 годы",
            "Атырау облысының тарихи ластану объектілерін жою жөніндегі 2026–2028 жылдарға арналған жол картасы", ""))
    doc.p(g("Утверждена постановлением акимата Атырауской области. Финансирование работ доверительных управляющих осуществляется за "
            "счет их собственных средств, обследования и мониторинга – за счет местного бюджета.",
            "Атырау облысы әкімдігінің қаулысымен бекітілді. Сенімгерлік басқарушылардың жұмыстары олардың өз қаражаты есебінен, зерттеу "
            "мен мониторинг жергілікті бюджет есебінен қаржыландырылады.", ""))
    rows = [g(["№", "Мероприятие", "Форма завершения", "Срок", "Ответственный исполнитель", "Источник финансирования"],
              ["№", "Іс-шара", "Аяқтау нысаны", "Мерзімі", "Жауапты орындаушы", "Қаржыландыру көзі"], [])]
    merges: list = []
    for s, ((o_ru, o_kk, reg), measures) in enumerate(ROADMAP, 1):
        _span(rows, merges, g(f"{s}. {o_ru} (рег. № {reg})", f"{s}. {o_kk} (тірк. № {reg})", ""), 6)
        for k, (m_ru, m_kk, f_ru, f_kk, term, ex) in enumerate(measures, 1):
            text = (m_ru, m_kk)[L]
            local = ex in (NATURE, DISTRICT)
            term_txt = term if L == 0 else _term_kk(term)
            rows.append([f"{s}.{k}", text, (f_ru, f_kk)[L], term_txt, ex[L],
                         g("местный бюджет" if local else "средства доверительного управляющего", "жергілікті бюджет" if local else "сенімгерлік басқарушының қаражаты", "")])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": ex[2][L]})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# (task, package, implementer, key, start, end)
VN_PACKAGES = (
    ("Rà phá bom mìn, vật liệu nổ trên toàn bộ mặt bằng khu vực xử lý", "Gói thầu số 02", "Binh chủng Công binh", "Công binh", "01/2026", "04/2026"),
    ("Xây dựng hạ tầng kỹ thuật, khu lưu giữ tạm và trạm rửa xe", "Gói thầu số 03", "Công ty Cổ phần Xây dựng Đông Á Phát", "Đông Á Phát", "03/2026", "08/2026"),
    ("Đào xúc, vận chuyển đất và trầm tích nhiễm dioxin về khu lưu giữ tạm", "Gói thầu số 04", "Liên danh Môi trường Đông Dương – Sao Việt",
     "Đông Dương – Sao Việt", "07/2026", "06/2027"),
    ("Xử lý đất nhiễm dioxin bằng công nghệ giải hấp nhiệt", "Gói thầu số 05", "Liên danh Hòa Bình – Envitech", "Hòa Bình – Envitech", "10/2026", "12/2028"),
    ("Quan trắc môi trường trong quá trình thi công và xác nhận làm sạch", "Gói thầu số 06", "Trung tâm Quan trắc Tài nguyên và Môi trường",
     "Trung tâm Quan trắc", "07/2026", "12/2028"),
    ("Hoàn trả mặt bằng, trồng cỏ và bàn giao cho đơn vị quản lý", "Gói thầu số 03", "Công ty Cổ phần Xây dựng Đông Á Phát", "Đông Á Phát", "01/2029", "06/2029"),
)  # fmt: skip


def _tasks_iz1_vi(doc: Doc) -> None:
    area, project, _ = doc.pick(VN_HOTSPOTS)
    doc.h(f"KẾ HOẠCH TRIỂN KHAI THỰC HIỆN {project.upper()}")
    doc.p(f"Phạm vi: {area}. Kế hoạch được Ban Quản lý dự án lập theo các gói thầu đã được phê duyệt trong kế hoạch lựa chọn nhà thầu.")
    rows = [["TT", "Hạng mục công việc", "Gói thầu", "Đơn vị thực hiện", "Đơn vị giám sát", "Bắt đầu", "Kết thúc"]]
    for k, (task, pkg, who, key, start, end) in enumerate(VN_PACKAGES, 1):
        rows.append([str(k), task, pkg, who, "Tư vấn giám sát (Gói thầu số 01)", start, end])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(task, 5), "actor_contains": key})
    doc.table("Bảng 3. Tiến độ thực hiện các hạng mục", rows, role="tasks")
    maybe_distractor(doc)


# (clause, RU violation, KK violation, RU measure, KK measure, RU term, KK term, RU responsible, KK responsible)
FIXES = (
    ("1", "Не ведется мониторинг подземных вод в скважинах НС-3, НС-4", "НС-3, НС-4 ұңғымаларында жерасты суларының мониторингі жүргізілмейді",
     "Восстановить наблюдательные скважины НС-3, НС-4 и возобновить ежеквартальный отбор проб", "НС-3, НС-4 бақылау ұңғымаларын қалпына келтіру және тоқсан сайынғы сынама алуды қайта бастау",
     "до 01.05.2026", "01.05.2026 дейін", "главный инженер", "бас инженер"),
    ("2", "Нефтешлам хранится на площадке без противофильтрационного покрытия", "Мұнай шламы сүзуге қарсы жабыны жоқ алаңда сақталады",
     "Устроить противофильтрационный экран из геомембраны на площадке накопления нефтешлама", "Мұнай шламын жинақтау алаңында геомембранадан сүзуге қарсы экран орнату",
     "до 15.06.2026", "15.06.2026 дейін", "начальник участка ремедиации", "ремедиация учаскесінің бастығы"),
    ("4", "Отсутствуют паспорта опасных отходов на нефтешлам и замазученный грунт", "Мұнай шламы мен мазутталған топыраққа қауіпті қалдықтар паспорттары жоқ",
     "Разработать и утвердить паспорта опасных отходов", "Қауіпті қалдықтар паспорттарын әзірлеу және бекіту", "до 01.04.2026", "01.04.2026 дейін",
     "инженер-эколог", "инженер-эколог"),
    ("5", "Не ведется учет времени работы установки термодесорбции", "Термодесорбция қондырғысының жұмыс уақыты есепке алынбайды",
     "Ввести журнал учета времени работы установки УТД-2", "УТД-2 қондырғысының жұмыс уақытын есепке алу журналын енгізу", "немедленно", "дереу",
     "мастер установки", "қондырғы шебері"),
    ("7", "Превышение норматива выбросов оксида углерода на источнике 0001", "0001 көзінде көміртек оксиді шығарындылары нормативінің асып кетуі",
     "Провести наладку горелочного устройства и повторные инструментальные замеры", "Жанарғы құрылғыны баптау және қайталама аспаптық өлшеулер жүргізу",
     "до 30.04.2026", "30.04.2026 дейін", "главный механик", "бас механик"),
    ("8", "Не обеспечено пылеподавление на картах биоремедиации", "Биоремедиация карталарында шаң басу қамтамасыз етілмеген",
     "Организовать полив карт биоремедиации в сухой период", "Құрғақ кезеңде биоремедиация карталарын суаруды ұйымдастыру", "с 01.05.2026", "01.05.2026 бастап",
     "начальник участка ремедиации", "ремедиация учаскесінің бастығы"),
)  # fmt: skip


def tasks_iz2(doc: Doc) -> None:
    """An operator's plan of removing what the Department of Ecology's inspection found, row numbers of its own beside
    the prescription's clause (`п. 4`), the violation before the measure, the term, who answers and a mark of completion
    (VI: a closed landfill's post-closure plan with the years 2026–2030 as columns marked `x`)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_iz2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(OIL_SITES)
    name, holder = s[L], s[13 + L]
    presc = f"№ {r.randint(10, 99)}-{r.randint(100, 999)}/ПР"
    doc.h(g(f"План мероприятий по устранению нарушений, выявленных Департаментом экологии (предписание {presc})",
            f"Экология департаменті анықтаған бұзушылықтарды жою жөніндегі іс-шаралар жоспары ({presc} нұсқама)", ""))
    doc.p(g(f"Объект: {name}. Оператор: {holder}. Об исполнении каждого пункта оператор информирует Департамент экологии с приложением "
            "подтверждающих документов.",
            f"Объект: {name}. Оператор: {holder}. Әр тармақтың орындалуы туралы оператор растайтын құжаттарды қоса бере отырып Экология "
            "департаментін хабардар етеді.", ""))
    rows = [g(["№ п/п", "Пункт предписания", "Выявленное нарушение", "Мероприятие по устранению", "Срок", "Ответственный", "Отметка о выполнении"],
              ["Р/с №", "Нұсқама тармағы", "Анықталған бұзушылық", "Жою жөніндегі іс-шара", "Мерзімі", "Жауапты", "Орындалғаны туралы белгі"], [])]
    done = r.randint(1, 2)
    for k, (clause, v_ru, v_kk, m_ru, m_kk, t_ru, t_kk, w_ru, w_kk) in enumerate(FIXES, 1):
        measure, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), g(f"п. {clause}", f"{clause}-т.", ""), (v_ru, v_kk)[L], measure, (t_ru, t_kk)[L], who,
                     g("выполнено", "орындалды", "") if k <= done else ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 4), "actor_contains": who})
    doc.table(None, rows, role="tasks")
    distractor(doc, "approval")


# (task, years marked, unit, key)
VN_POST_CLOSURE = (
    ("Sửa chữa, bổ sung lớp phủ đỉnh tại các vị trí sụt lún", (2026, 2027), "Đơn vị quản lý bãi", "quản lý bãi"),
    ("Lắp đặt bổ sung giếng thu khí và nâng cấp đuốc đốt khí", (2026,), "Đơn vị quản lý bãi", "quản lý bãi"),
    ("Cải tạo hệ thống xử lý nước rỉ rác đạt QCVN 25:2009/BTNMT cột B1", (2026, 2027), "Ban Quản lý dự án đầu tư xây dựng", "Ban Quản lý dự án"),
    ("Trồng cây xanh, thảm cỏ trên bề mặt các ô đã đóng", (2027, 2028), "Đơn vị quản lý bãi", "quản lý bãi"),
    ("Lập hồ sơ đề nghị xác nhận hoàn thành cải tạo, phục hồi môi trường", (2029,), "Đơn vị quản lý bãi", "quản lý bãi"),
    ("Chuyển đổi khu vực thành công viên cây xanh", (2029, 2030), "Ủy ban nhân dân phường sở tại", "Ủy ban nhân dân"),
)


def _tasks_iz2_vi(doc: Doc) -> None:
    name, _, _, _, _, company, _, _ = doc.pick(VN_LANDFILLS)
    doc.h(f"KẾ HOẠCH QUẢN LÝ SAU ĐÓNG BÃI GIAI ĐOẠN 2026 – 2030 – {name.upper()}")
    doc.p(f"Đơn vị quản lý bãi: {company}. Các ô đánh dấu (x) là năm thực hiện.")
    years = (2026, 2027, 2028, 2029, 2030)
    rows = [["TT", "Nội dung công việc", "Năm thực hiện", None, None, None, None, "Đơn vị thực hiện"],
            [None, None, *(str(y) for y in years), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 6), (0, 7, 1, 7)]
    for k, (task, marked, unit, key) in enumerate(VN_POST_CLOSURE, 1):
        rows.append([str(k), task, *("x" if y in marked else "" for y in years), unit])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(task, 5), "actor_contains": key})
    doc.table("Bảng 2. Kế hoạch thực hiện", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IZ{k}", globals()[f"{role}_iz{k}"]) for role in ROLES for k in (1, 2)]
