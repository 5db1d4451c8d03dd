"""The thirty-fifth blind set's part IL (two layouts per role, `IL1` and `IL2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.717 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: refining and polymer petrochemicals. Kazakhstan: the Atyrau, Pavlodar and Shymkent refineries with their new units
(catalytic cracking, isomerisation of light naphtha, continuous reforming, diesel hydrotreating, sulphur recovery by
Claus), their flares, tank farms, sludge stores and evaporation ponds, a bitumen plant at Aktau, the polypropylene plant
of KPI and the polyethylene complex in the petrochemical park at Atyrau, a methanol plant beside them (a passport of
production of oil products for the Ministry of Energy, a sustainability report's GRI index, a draft of emission norms
grouping its substances by hazard class, the g/s and t/year matrices of a draft of norms, a turnaround's spent catalysts
reactor by reactor, a report on carrying out a programme of waste management, a mobile laboratory's protocol of
townspeople's complaints about smell, the environmental conditions of a КЭР written as sentences, the flare and tank-farm
section of a ПЭК programme, a plan-graph whose quarter cells list the substances, an LDAR programme, a schedule of internal
audits by months, a turnaround's environmental plan counted from the day of the stop and the KPI cards of managers).
Vietnam: the Nghi Sơn and Dung Quất refineries, the Long Sơn petrochemical complex, the Phú Mỹ fertiliser plant and the
Đình Vũ polyester fibre plant (a báo cáo tình hình hoạt động hóa chất to the Sở Công Thương, a báo cáo phát triển bền
vững with its GRI index, ĐTM loads by pollutant group and in two tables of g/s and tấn/năm, a turnaround's waste plan, a
báo cáo công tác bảo vệ môi trường against the GPMT's amounts, quick measurements after residents' reports, a GPMT's
waste-gas streams under QCVN 19:2009/BTNMT and QCVN 20:2009/BTNMT, flare and tank monitoring, a plan of four rounds, a
chương trình LDAR, a kế hoạch kiểm tra nội bộ, a kế hoạch bảo vệ môi trường for a bảo dưỡng tổng thể and a phiếu giao
chỉ tiêu KPI). Plants, people and figures are invented or approximate; pollutant and waste codes are real.

Facility: the passport of production of oil products of a refinery or the bitumen plant, a card with no header row under
three numbered section rows — the producer with its BIN and its number in the register of producers, the object with its
KATO, the land's cadastral number and its centre as decimal degrees with the hemisphere before the figures (`с.ш.
47,07123°`), the permits with the category at the end of the КЭР's line beside a laboratory's accreditation and an ISO
14001 certificate — the process units in a table of no role (VI: a plant's annual report on its chemical activities to the
Department of Industry and Trade, the enterprise number, the kinds of activity ticked `☒`, the certificate of eligibility
to produce chemicals, no coordinates and no group, the chemicals with their CAS numbers in a table of no role) (IL1); the
GRI content index at the back of a sustainability report, `Стандарт GRI | Раскрытие | Расположение / прямой ответ | Стр.`
under rows for GRI 2, 3, 305 and 306, the site's facts only inside the direct answers — the BIN in 2-1, the site, its KATO
and its centre in 2-2, the OKED with its name in 2-6, the category beside the КЭР in 2-27 — among disclosure codes that look
like item numbers, page numbers and an assurance firm with a BIN of its own, the year's key figures in a table of no role
(VI: a refinery's GRI index, the enterprise number in 2-1, decimal coordinates in 2-2, `nhóm I` in 2-27) (IL2).

Emissions: a refinery's (or the bitumen plant's) list of the substances it emits as a whole, grouped under rows spanning
the table for the hazard classes — `1 класс опасности` … `4 класс`, then the substances with an ОБУВ and no class — so that
the class stands only in the group row, a CAS column beside the code, `Итого по … классу` closing each group, the total with
its solid and gaseous parts, no source numbers (VI: a refinery's or the Long Sơn complex's named sources under two rows for
the pollutant groups, dust and inorganic gases then volatile organic compounds, the same stack under both groups) (IL1); a
methanol plant's or the polyethylene complex's sources in two matrices one after the other, the sources as rows and the
substances as columns under a row of codes and a row of names, first the grams a second, then the tonnes a year, dashes
and a total row in each, so that an emission's two figures stand in two tables and no class is given (VI: the Dung Quất
upgrade's named stacks in a g/s table and a tấn/năm table with the pollutants as columns) (IL2).

Wastes: a refinery's turnaround wastes, the spent catalysts and adsorbents reactor by reactor under a row per process unit
with the charge's brand and metals, the volume loaded and the bulk density before the tonnes, which are the amount, the
codes `16 08 01` (platinum, sent back for its metal), `16 08 02*`, `16 08 04`, `16 08 07*` and `15 02 02*`, the same waste
from two reactors, an R/D column explained under the tables, the other wastes of the repair in a second table (VI: a
refinery's hazardous wastes of its bảo dưỡng tổng thể in kilograms with the process units as sub-columns and the total
last, the spent RFCC catalyst classed as ordinary waste in tonnes in a second table) (IL1); a refinery's or the
polypropylene plant's report on carrying out its waste programme in 2025 — the tonnes the programme foresaw, the tonnes
actually formed (the amount), the deviation with its sign, the tonnes handed over and used on site — a row of column
numbers, off-spec sulphur as `05 01 16` and the cracking catalyst withdrawn during the year (VI: the Đình Vũ polyester
plant's annual report, the kilograms a year its GPMT allows beside those formed, ordinary wastes in tonnes the same way)
(IL2).

Limits: a refinery's mobile-laboratory protocol of air measurements at the addresses of townspeople who complained of a
smell, a row per call-out with its date and hour, the complaint's number and the wind, the address the only point with no
code, hydrogen sulphide, methyl mercaptan, benzene and sulphur dioxide with their codes under a merged header, the ПДК м.р.
in a row under the header, an address visited more than once, `н/о`, the exceedances listed in a sentence (VI: quick
measurements in the villages around a refinery, points `KK-PA1` … with the hamlet, QCVN 06:2009/BTNMT one-hour values in
µg/m3, `KPH`) (IL1); the annex of a refinery's КЭР listing its environmental conditions as numbered sentences, the limits
only inside them — the cracker's regenerator, the sulphur plant's incinerator with a recovery of at least 99,5 % that is
no limit of a substance, two heaters named together, then the treated waste water to the evaporation ponds with a pH range
— among conditions without figures, the BAT numbers as the ground (VI: a refinery's GPMT annex of waste-gas streams under
rows spanning the table, QCVN 19:2009/BTNMT column B with each stream's Kp beside QCVN 20:2009/BTNMT for the aromatics vent
with no column and no coefficient, and each parameter's periodic or automatic monitoring in the last two columns) (IL2).

Monitoring: the flare and tank-farm section of a refinery's ПЭК programme, the source merged down over its rows — the gas
flow to the flare, the gas's composition every shift and the pilot flames give no substance, the row `Выбросы` lists the
substances with their codes, monthly by calculation at the flares, quarterly at the tank farms, benzene also measured
monthly on the gasoline farm's bund, the same source and substance at two frequencies (VI: flares and tank farms as
points `ĐĐ1`, `BC2`) (IL1); a refinery's plan-graph of impact monitoring with no frequency column, the four quarters as
columns whose cells list the substances sampled then, the frequency read by counting the quarters that name a substance —
four, two or one — at boundary points, wells around the sludge store and the evaporation ponds and two soil plots (VI:
`Đợt 1` … `Đợt 4` at the gate, a village, a well, the sea by the jetty and soil) (IL2).

Inspections: a refinery's LDAR programme, a row per group of components with its units, the count of components, `EPA
Method 21`, the leak threshold in ppm, the frequency and who; a weekly walk-by of the pump seals by the unit's operator
beside the monthly survey of the same seals by the contractor's crew, relief valves within five days of each release and
the re-survey of repaired components with no frequency of the contract (VI: a `chương trình LDAR` of Nghi Sơn or Dung
Quất) (IL1); a refinery's schedule of internal audits of its units with no frequency column, the months of each audit
written out in words — four a quarter apart, two half a year apart, one, `каждый месяц` — the flare system checked after
each start-up or shut-down with no frequency, an approval sheet of no role (VI: `Tháng 1, 4, 7, 10`, `Tháng 3 và tháng
9`, `Hằng tháng`) (IL2).

Tasks: the environmental plan of a refinery's turnaround whose terms count from the day of the stop, `Т – 30 сут.`, `Т …
Т + 3 сут.`, `не позднее 30 сут. после пуска`, measures `1.1` under four stage rows, a contractor among the shops
answering, an empty column for the mark, the units' dates of stop and start in a table of no role before it (VI: a
`kế hoạch bảo vệ môi trường` for a bảo dưỡng tổng thể, `T-30`, `T+5 đến T+25`) (IL1); the environmental block of the
managers' KPI cards, a row per manager spanning the table, under it each indicator with its weight, its target and the
measure that reaches it with a term, the measure's owner only in the group row and the indicators themselves no tasks
(VI: a `phiếu giao chỉ tiêu KPI` of a refinery) (IL2).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

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


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _permit(doc: Doc) -> str:
    r = doc.rng
    return f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"


def _lower_first(text: str) -> str:
    """`азота диоксид` of `Азота диоксид`; `С1-С5 …` stays as it is."""
    return text[0].lower() + text[1:] if len(text) > 1 and text[1].islower() else text


def _date(doc: Doc, year: int) -> str:
    r = doc.rng
    return f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{year}"


# code: (RU, KK, VI, hazard class as the list of pollutants gives it, CAS)
AIR = {
    "0301": ("Азота диоксид", "Азот диоксиді", "NOx (tính theo NO2)", 3, "10102-44-0"),
    "0304": ("Азот (II) оксид", "Азот оксиді", "NO", 3, "10102-43-9"),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3, "7446-09-5"),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4, "630-08-0"),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", "Muội than", 3, "1333-86-4"),
    "0333": ("Сероводород", "Күкіртсутек", "H2S", 2, "7783-06-4"),
    "0602": ("Бензол", "Бензол", "Benzen", 2, "71-43-2"),
    "0621": ("Метилбензол (Толуол)", "Метилбензол (толуол)", "Toluen", 3, "108-88-3"),
    "0616": ("Ксилол", "Диметилбензол (ксилол)", "Xylen", 3, "1330-20-7"),
    "0627": ("Этилбензол", "Этилбензол", "Etylbenzen", 3, "100-41-4"),
    "0703": ("Бенз/а/пирен", "Бенз(а)пирен", "Benzo(a)pyren", 1, "50-32-8"),
    "0410": ("Метан", "Метан", "Metan (CH4)", None, "74-82-8"),
    "0415": ("Смесь углеводородов предельных С1-С5", "С1-С5 шекті көмірсутектер қоспасы", "", 4, ""),
    "0416": ("Смесь углеводородов предельных С6-С10", "С6-С10 шекті көмірсутектер қоспасы", "", 3, ""),
    "0501": ("Пентилены (амилены – смесь изомеров)", "Пентилендер (амилендер – изомерлер қоспасы)", "", 4, "109-67-1"),
    "0521": ("Пропен (Пропилен)", "Пропен (пропилен)", "Propylen (C3H6)", 3, "115-07-1"),
    "0526": ("Этен (Этилен)", "Этен (этилен)", "Etylen (C2H4)", 3, "74-85-1"),
    "1052": ("Метанол (Метиловый спирт)", "Метанол (метил спирті)", "Metanol (CH3OH)", 3, "67-56-1"),
    "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)", "Metyl mercaptan (CH3SH)", 4, "74-93-1"),
    "1728": ("Этантиол (Этилмеркаптан)", "Этантиол (этилмеркаптан)", "", 3, "75-08-1"),
    "2754": ("Алканы С12-19", "Алкандар С12-19", "", 4, ""),
    "2735": ("Масло минеральное нефтяное", "Мұнайлы минералды май", "", None, ""),
    "0331": ("Сера элементарная", "Элементтік күкірт", "", None, "7704-34-9"),
    "0110": ("диВанадий пентоксид", "диВанадий пентаоксиді", "", 1, "1314-62-1"),
    "2904": ("Мазутная зола теплоэлектростанций (в пересчете на ванадий)", "Жылу электр станцияларының мазут күлі (ванадийге шаққанда)", "", 2,
             ""),
    "1071": ("Гидроксибензол (Фенол)", "Гидроксибензол (фенол)", "Phenol", 2, "108-95-2"),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3, ""),
    "0303": ("Аммиак", "Аммиак", "NH3", 4, "7664-41-7"),
}


def _air(doc: Doc, code: str) -> str:
    return AIR[code][("ru", "kk", "vi").index(doc.lang)]


def _hz(code: str) -> int | None:
    return AIR[code][3]


# ---------------------------------------------------------------- facilities of the theme

# (RU name, KK name, RU operator, KK operator, RU legal address, KK legal address, RU site, KK site, KATO prefix, lat, lon,
#  crude a year in millions of tonnes, (RU head, KK head), (RU core of the name, KK core))
REFINERIES = (
    ("Атырауский нефтеперерабатывающий завод", "Атырау мұнай өңдеу зауыты",
     "ТОО «Атырауский нефтеперерабатывающий завод»", "«Атырау мұнай өңдеу зауыты» ЖШС",
     "Атырауская область, г. Атырау, ул. Зауытская, 1", "Атырау облысы, Атырау қ., Зауыт к-сі, 1",
     "Атырауская область, г. Атырау, промышленная зона «Шығыс», ул. Зауытская, 1",
     "Атырау облысы, Атырау қ., «Шығыс» өнеркәсіптік аймағы, Зауыт к-сі, 1", "2310", 47.0712, 51.9274, 5.5,
     ("Генеральный директор Утешев Н.К.", "Бас директор Өтешев Н.Қ."), ("Атырауский нефтеперерабатывающий", "Атырау мұнай өңдеу")),
    ("Павлодарский нефтехимический завод", "Павлодар мұнай-химия зауыты",
     "ТОО «Павлодарский нефтехимический завод»", "«Павлодар мұнай-химия зауыты» ЖШС",
     "Павлодарская область, г. Павлодар, ул. Химкомбинатовская, 1", "Павлодар облысы, Павлодар қ., Химкомбинат к-сі, 1",
     "Павлодарская область, г. Павлодар, Северная промышленная зона, строение 1",
     "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіптік аймағы, 1-құрылыс", "5510", 52.3441, 76.9587, 6.0,
     ("Генеральный директор Баймаганбетов Д.С.", "Бас директор Баймағанбетов Д.С."), ("Павлодарский нефтехимический", "Павлодар мұнай-химия")),
    ("Шымкентский нефтеперерабатывающий завод", "Шымкент мұнай өңдеу зауыты",
     "ТОО «ПетроКазахстан Ойл Продактс»", "«ПетроҚазақстан Ойл Продактс» ЖШС",
     "г. Шымкент, Енбекшинский район, ул. Капал батыра, 5", "Шымкент қ., Еңбекші ауданы, Қапал батыр к-сі, 5",
     "г. Шымкент, Енбекшинский район, промышленная зона «Оңтүстік», участок 3",
     "Шымкент қ., Еңбекші ауданы, «Оңтүстік» өнеркәсіптік аймағы, 3-учаске", "7910", 42.2317, 69.6681, 6.0,
     ("Президент Жанибеков А.Т.", "Президент Жәнібеков А.Т."), ("Шымкентский нефтеперерабатывающий", "Шымкент мұнай өңдеу")),
    ("Битумный завод «Каспий»", "«Каспий» битум зауыты",
     "ТОО «Каспий Битум Продакшн»", "«Каспий Битум Продакшн» ЖШС",
     "Мангистауская область, г. Актау, 9 микрорайон, здание 24", "Маңғыстау облысы, Ақтау қ., 9-шағын аудан, 24-ғимарат",
     "Мангистауская область, г. Актау, промышленная зона, участок 12", "Маңғыстау облысы, Ақтау қ., өнеркәсіптік аймақ, 12-учаске",
     "4710", 43.6932, 51.2341, 1.0, ("Директор Есенгалиев М.Б.", "Директор Есенғалиев М.Б."), ("Каспий", "Каспий")),
)  # fmt: skip
# (RU unit, KK unit, year of start-up, capacity in thousands of tonnes a year for a refinery of 6 Mt, RU product, KK product)
UNITS = (
    ("ЭЛОУ-АВТ-6 (атмосферно-вакуумная перегонка)", "ЭЛОУ-АВТ-6 (атмосфералық-вакуумдық айдау)", 1978, 6000, "прямогонные фракции, мазут",
     "тікелей айдалған фракциялар, мазут"),
    ("Комплекс каталитического крекинга", "Каталитикалық крекинг кешені", 2018, 2400, "компонент бензина, пропан-пропиленовая фракция",
     "бензин компоненті, пропан-пропилен фракциясы"),
    ("Установка изомеризации легкой нафты", "Жеңіл нафтаны изомерлеу қондырғысы", 2018, 600, "изомеризат", "изомеризат"),
    ("Установка каталитического риформинга с непрерывной регенерацией", "Үздіксіз регенерациялы каталитикалық риформинг қондырғысы", 2018, 1000,
     "риформат, водородсодержащий газ", "риформат, құрамында сутегі бар газ"),
    ("Установка гидроочистки дизельного топлива", "Дизель отынын гидротазарту қондырғысы", 2017, 2000, "дизельное топливо класса К5",
     "К5 класты дизель отыны"),
    ("Установка производства серы (Клаус)", "Күкірт өндіру қондырғысы (Клаус)", 2018, 60, "сера гранулированная", "түйіршіктелген күкірт"),
    ("Битумная установка", "Битум қондырғысы", 2021, 400, "битумы дорожные БНД 70/100, 100/130", "БНД 70/100, 100/130 жол битумдары"),
)  # fmt: skip

# (plant, company, RU/VI site, lat, lon, the Department of Industry and Trade)
VN_PLANTS = {
    "nsrp": ("Nhà máy Lọc hóa dầu Nghi Sơn", "Công ty TNHH Lọc hóa dầu Nghi Sơn", "Khu kinh tế Nghi Sơn, xã Hải Yến, thị xã Nghi Sơn, tỉnh Thanh Hóa",
             19.3338, 105.8012, "Sở Công Thương tỉnh Thanh Hóa"),
    "bsr": ("Nhà máy Lọc dầu Dung Quất", "Công ty Cổ phần Lọc hóa dầu Bình Sơn", "Khu kinh tế Dung Quất, xã Bình Thuận, huyện Bình Sơn, tỉnh Quảng Ngãi",
            15.3921, 108.8107, "Sở Công Thương tỉnh Quảng Ngãi"),
    "lsp": ("Tổ hợp Hóa dầu Long Sơn", "Công ty TNHH Hóa dầu Long Sơn", "xã Long Sơn, thành phố Vũng Tàu, tỉnh Bà Rịa – Vũng Tàu", 10.4412, 107.0631,
            "Sở Công Thương tỉnh Bà Rịa – Vũng Tàu"),
    "dpm": ("Nhà máy Đạm Phú Mỹ", "Tổng Công ty Phân bón và Hóa chất Dầu khí – CTCP",
            "Khu công nghiệp Phú Mỹ I, phường Phú Mỹ, thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu", 10.5917, 107.0296, "Sở Công Thương tỉnh Bà Rịa – Vũng Tàu"),
    "pvtex": ("Nhà máy Xơ sợi Polyester Đình Vũ", "Công ty Cổ phần Hóa dầu và Xơ sợi Dầu khí",
              "Khu công nghiệp Đình Vũ, phường Đông Hải 2, quận Hải An, thành phố Hải Phòng", 20.8423, 106.7712, "Sở Công Thương thành phố Hải Phòng"),
}  # fmt: skip


# ---------------------------------------------------------------- facility


def facility_il1(doc: Doc) -> None:
    """The passport of production of oil products a refinery or a bitumen plant keeps for the Ministry of Energy, a card
    with no header row under three numbered section rows — the producer with its BIN, legal address, head and its number in
    the register of producers, then the production object with its place, KATO, the land's cadastral number, the centre of
    the site as decimal degrees with the hemisphere before the figures (`с.ш. 47,07123°`), the design capacity and depth of
    refining, then the permits, the category standing at the end of the КЭР's line beside the laboratory's accreditation and
    an ISO 14001 certificate — the process units in a table of no role after it (VI: a petrochemical or fertiliser plant's
    annual report on its chemical activities to the Department of Industry and Trade, the enterprise number, the kinds of
    activity ticked, the certificate of eligibility to produce chemicals, no coordinates and no group, the chemicals
    produced and used in a table of no role)."""
    if doc.lang == "vi":
        _facility_il1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    p = doc.pick(REFINERIES)
    name, operator, legal, site, prefix, lat0, lon0, crude, head = p[L], p[2 + L], p[4 + L], p[6 + L], p[8], p[9], p[10], p[11], p[12][L]
    bin_, kato, permit = make_bin(r), _kato(doc, prefix), _permit(doc)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    number = f"{r.randint(1, 40):03d}"
    made = _date(doc, 2026)
    cad = f"{r.randint(1, 20):02d}-{r.randint(100, 399)}-{r.randint(1, 99):03d}-{r.randint(100, 2999)}"
    hemi = g(("с.ш.", "в.д."), ("с.е.", "ш.б."), ("", ""))
    coords = f"{hemi[0]} {num(lat, doc.lang)}°, {hemi[1]} {num(lon, doc.lang)}°"
    depth = num(round(r.uniform(78, 91), 1), doc.lang)
    doc.p(g("Форма утверждена приказом Министра энергетики Республики Казахстан", "Нысан Қазақстан Республикасы Энергетика министрінің бұйрығымен бекітілген",
            ""))
    doc.h(g(f"ПАСПОРТ ПРОИЗВОДСТВА НЕФТЕПРОДУКТОВ № {number}", f"МҰНАЙ ӨНІМДЕРІН ӨНДІРУ ПАСПОРТЫ № {number}", ""))
    doc.p(g(f"Дата оформления: {made}. Паспорт оформлен в соответствии с Законом Республики Казахстан «О государственном регулировании "
            "производства и оборота отдельных видов нефтепродуктов» и переоформляется при изменении содержащихся в нем сведений.",
            f"Ресімделген күні: {made}. Паспорт «Мұнай өнімдерінің жекелеген түрлерін өндіруді және олардың айналымын мемлекеттік реттеу "
            "туралы» Қазақстан Республикасының Заңына сәйкес ресімделді және ондағы мәліметтер өзгерген кезде қайта ресімделеді.", ""))
    rows, merges = [], []
    _span(rows, merges, g("1. Сведения о производителе нефтепродуктов", "1. Мұнай өнімдерін өндіруші туралы мәліметтер", ""), 3)
    rows += [["1.1", g("Наименование производителя", "Өндірушінің атауы", ""), operator],
             ["1.2", g("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі", ""), bin_],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы", ""), legal],
             ["1.4", g("Первый руководитель", "Бірінші басшы", ""), head],
             ["1.5", g("Номер и дата включения в реестр производителей нефтепродуктов", "Мұнай өнімдерін өндірушілер тізіліміне енгізу нөмірі мен күні", ""),
              g(f"№ {r.randint(3, 60)} от {_date(doc, 2019)}", f"{_date(doc, 2019)} № {r.randint(3, 60)}", "")]]
    _span(rows, merges, g("2. Сведения о производственном объекте", "2. Өндірістік объект туралы мәліметтер", ""), 3)
    rows += [["2.1", g("Наименование объекта", "Объектінің атауы", ""), name],
             ["2.2", g("Местонахождение", "Орналасқан жері", ""), site],
             ["2.3", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["2.4", g("Кадастровый номер земельного участка", "Жер учаскесінің кадастрлық нөмірі", ""), cad],
             ["2.5", g("Географические координаты центра площадки (WGS-84)", "Алаң орталығының географиялық координаттары (WGS-84)", ""), coords],
             ["2.6", g("Проектная мощность по переработке сырой нефти", "Шикі мұнайды өңдеу бойынша жобалық қуаты", ""),
              g(f"{num(crude, doc.lang)} млн т в год", f"жылына {num(crude, doc.lang)} млн т", "")],
             ["2.7", g("Глубина переработки нефти (факт 2025 г.)", "Мұнайды өңдеу тереңдігі (2025 ж. нақты)", ""), f"{depth} %"]]
    _span(rows, merges, g("3. Разрешительные документы", "3. Рұқсат беру құжаттары", ""), 3)
    rows += [["3.1", g("Экологическое разрешение", "Экологиялық рұқсат", ""),
              g(f"Комплексное экологическое разрешение № {permit} от {_date(doc, 2024)}; объект I категории",
                f"{_date(doc, 2024)} № {permit} кешенді экологиялық рұқсат; I санаттағы объект", "")],
             ["3.2", g("Аттестат аккредитации центральной заводской лаборатории", "Орталық зауыт зертханасының аккредиттеу аттестаты", ""),
              f"KZ.T.{r.randint(1, 17):02d}.{r.randint(100, 2999):04d}"],
             ["3.3", g("Сертификат системы экологического менеджмента (СТ РК ISO 14001-2016)", "Экологиялық менеджмент жүйесінің сертификаты (ҚР СТ ISO 14001-2016)", ""),
              f"KZ.7500{r.randint(100, 999)}.07.03.{r.randint(10000, 99999)}"]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": p[13][L], "kato": kato, "category": "I", "lat": lat, "lon": lon})
    scale = crude / 6.0
    bitumen = "Битумный" in p[0]
    units = [u for u in UNITS if u[0].startswith("ЭЛОУ") or u[0].startswith("Битумная") == bitumen]
    head_row = g(["№", "Технологическая установка", "Год ввода", "Мощность, тыс. т/год", "Продукция"],
                 ["№", "Технологиялық қондырғы", "Іске қосылған жылы", "Қуаты, мың т/жыл", "Өнім"], [])
    urows = [head_row]
    for k, (u_ru, u_kk, year, cap, pr_ru, pr_kk) in enumerate(units, 1):
        unit = (u_ru, u_kk)[L]
        if bitumen and unit.startswith("ЭЛОУ"):
            unit, year = unit.replace("АВТ-6", "АВТ-1"), 2013
        urows.append([str(k), unit, str(year), num(round(cap * scale), doc.lang), (pr_ru, pr_kk)[L]])
    doc.table(g("4. Технологические установки", "4. Технологиялық қондырғылар", ""), urows, role="other")


# (plant key, kinds of activity ticked, [(chemical, CAS, produced t, used t, greatest stock t)])
VN_CHEMICALS = {
    "lsp": ("☒ Sản xuất   ☒ Kinh doanh   ☒ Sử dụng   ☒ Tồn trữ", [
        ("Etylen", "74-85-1", (880_000, 960_000), None, (18_000, 24_000)),
        ("Propylen", "115-07-1", (350_000, 410_000), None, (9_000, 14_000)),
        ("Polyetylen (HDPE, LLDPE)", "9002-88-4", (850_000, 930_000), None, (40_000, 60_000)),
        ("Polypropylen (PP)", "9003-07-0", (360_000, 400_000), None, (15_000, 25_000)),
        ("Naphtha (nguyên liệu)", "64741-42-0", None, (1_200_000, 1_500_000), (90_000, 130_000)),
        ("Natri hydroxit (dung dịch 48 %)", "1310-73-2", None, (2_000, 4_500), (300, 700))]),
    "pvtex": ("☒ Sản xuất   ☐ Kinh doanh   ☒ Sử dụng   ☒ Tồn trữ", [
        ("Xơ polyester (PSF)", "25038-59-9", (40_000, 70_000), None, (2_000, 5_000)),
        ("Sợi polyester (FDY, POY)", "25038-59-9", (20_000, 35_000), None, (900, 2_500)),
        ("Axit terephtalic tinh khiết (PTA)", "100-21-0", None, (50_000, 85_000), (3_000, 6_000)),
        ("Monoetylen glycol (MEG)", "107-21-1", None, (20_000, 33_000), (1_500, 3_500)),
        ("Antimon triaxetat (chất xúc tác)", "6923-52-0", None, (15, 40), (3, 8)),
        ("Titan dioxit (chất làm mờ)", "13463-67-7", None, (80, 200), (10, 30))]),
    "dpm": ("☒ Sản xuất   ☒ Kinh doanh   ☒ Sử dụng   ☒ Tồn trữ", [
        ("Amoniac (NH3)", "7664-41-7", (430_000, 470_000), (380_000, 420_000), (8_000, 12_000)),
        ("Urê", "57-13-6", (780_000, 830_000), None, (60_000, 90_000)),
        ("Dung dịch urê – formaldehyt (UFC-85)", "9011-05-6", (9_000, 13_000), (8_000, 12_000), (300, 600)),
        ("Khí CO2 lỏng", "124-38-9", (25_000, 40_000), None, (500, 900)),
        ("Hydrazin (dung dịch 24 %)", "302-01-2", None, (8, 20), (2, 5))]),
}  # fmt: skip


def _facility_il1_vi(doc: Doc) -> None:
    r = doc.rng
    key = doc.pick(sorted(VN_CHEMICALS))
    plant, company, site, _, _, sct = VN_PLANTS[key]
    kinds, chems = VN_CHEMICALS[key]
    msdn = make_msdn(r)
    doc.p("Mẫu báo cáo tình hình hoạt động hóa chất định kỳ hằng năm (Thông tư số 32/2017/TT-BCT của Bộ Công Thương)")
    doc.h("BÁO CÁO TÌNH HÌNH HOẠT ĐỘNG HÓA CHẤT NĂM 2024")
    doc.p(f"Kính gửi: {sct}. Thực hiện quy định tại Nghị định số 113/2017/NĐ-CP, {company} báo cáo tình hình hoạt động hóa chất năm 2024 như sau:")
    hq = doc.pick(("Tầng 12, Tòa nhà PetroVietnam Tower, số 1–5 Lê Duẩn, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh",
                   "Số 18 Láng Hạ, phường Thành Công, quận Ba Đình, thành phố Hà Nội", site))
    rows = [["TT", "Nội dung", "Thông tin"]]
    merges = []
    _span(rows, merges, "I. THÔNG TIN CHUNG VỀ TỔ CHỨC", 3)
    rows += [["1", "Tên tổ chức", company],
             ["2", "Mã số doanh nghiệp", msdn],
             ["3", "Địa chỉ trụ sở chính", hq],
             ["4", "Điện thoại / Email", f"0{r.randint(203, 296)} {r.randint(100, 999)} {r.randint(1000, 9999)} / hse@{key}.com.vn"]]
    _span(rows, merges, "II. CƠ SỞ HOẠT ĐỘNG HÓA CHẤT", 3)
    rows += [["5", "Tên cơ sở", plant],
             ["6", "Địa chỉ cơ sở", site],
             ["7", "Loại hình hoạt động", kinds],
             ["8", "Giấy chứng nhận đủ điều kiện sản xuất hóa chất", f"Số {r.randint(10, 280)}/GCN-{doc.pick(('BCT', 'SCT'))} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2021"],
             ["9", "Kế hoạch phòng ngừa, ứng phó sự cố hóa chất", f"Được phê duyệt tại Quyết định số {r.randint(100, 3900)}/QĐ-BCT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2022"]]  # fmt: skip
    doc.table("Phần I. Thông tin về tổ chức, cá nhân hoạt động hóa chất", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant})
    crows = [["TT", "Tên hóa chất", "Số CAS", "Khối lượng sản xuất (tấn)", "Khối lượng sử dụng (tấn)", "Tồn trữ lớn nhất (tấn)"]]
    for k, (chem, cas, made, used, stock) in enumerate(chems, 1):
        crows.append([str(k), chem, cas, num(round(r.uniform(*made), -2), "vi") if made else "-", num(round(r.uniform(*used), -1 if used[1] > 100 else 0), "vi")
                      if used else "-", num(round(r.uniform(*stock)), "vi")])
    doc.table("Phần II. Tình hình sản xuất, sử dụng, tồn trữ hóa chất năm 2024", crows, role="other")
    doc.p("Trong năm 2024 cơ sở không để xảy ra sự cố hóa chất.")


# (RU operator, KK operator, (RU core, KK core), RU head office, KK head office, RU site, KK site, KATO prefix, lat, lon, OKED,
#  RU activity, KK activity, RU capacity, KK capacity, domain)
GRI_ORGS = (
    ("ТОО «Kazakhstan Petrochemical Industries Inc.»", "«Kazakhstan Petrochemical Industries Inc.» ЖШС",
     ("Kazakhstan Petrochemical Industries", "Kazakhstan Petrochemical Industries"),
     "г. Атырау, пр. Сатпаева, 17Б, бизнес-центр «Ақ Жайық»", "Атырау қ., Сәтбаев даңғ., 17Б, «Ақ Жайық» бизнес-орталығы",
     "завод по производству полипропилена, Атырауская область, Махамбетский район, СЭЗ «Национальный индустриальный нефтехимический технопарк», "
     "участок Карабатан", "полипропилен өндіру зауыты, Атырау облысы, Махамбет ауданы, «Ұлттық индустриялық мұнай-химия технопаркі» АЭА, "
     "Қарабатан учаскесі", "2345", 47.1953, 52.1694, "20160", "Производство пластмасс в первичных формах", "Бастапқы нысандағы пластмасса өндірісі",
     "500 тыс. т полипропилена в год", "жылына 500 мың т полипропилен", "kpi.kz"),
    ("ТОО «Павлодарский нефтехимический завод»", "«Павлодар мұнай-химия зауыты» ЖШС", ("Павлодарский нефтехимический", "Павлодар мұнай-химия"),
     "г. Павлодар, ул. Химкомбинатовская, 1, административный корпус", "Павлодар қ., Химкомбинат к-сі, 1, әкімшілік корпус",
     "нефтеперерабатывающий завод, Павлодарская область, г. Павлодар, Северная промышленная зона, строение 1",
     "мұнай өңдеу зауыты, Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіптік аймағы, 1-құрылыс", "5510", 52.3441, 76.9587, "19201",
     "Производство продуктов нефтепереработки", "Мұнай өңдеу өнімдерін өндіру", "6 млн т нефти в год", "жылына 6 млн т мұнай", "pnhz.kz"),
)  # fmt: skip


def facility_il2(doc: Doc) -> None:
    """The GRI content index at the back of a petrochemical or refining company's sustainability report, `Стандарт GRI |
    Раскрытие | Расположение / прямой ответ | Стр.` under rows spanning the table for GRI 2, 3, 305 and 306: the facts of the
    site stand only inside the direct answers — the BIN and the head office in 2-1, the site with its KATO and its centre in
    2-2, the OKED with its name and the capacity in 2-6, the category beside the КЭР in 2-27 — among the reporting period, an
    assurance firm with a BIN of its own, page numbers and disclosure codes (`2-1`, `305-7`) that look like item numbers; the
    year's key figures in a table of no role after it (VI: the GRI index of a refinery's báo cáo phát triển bền vững, the
    enterprise number in 2-1, the plant and its decimal coordinates in 2-2, `nhóm I` beside the GPMT in 2-27)."""
    if doc.lang == "vi":
        _facility_il2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    o = doc.pick(GRI_ORGS)
    operator, core, hq, site, prefix, lat0, lon0, oked = o[L], o[2][L], o[3 + L], o[5 + L], o[7], o[8], o[9], o[10]
    activity, cap, domain = o[11 + L], o[13 + L], o[15]
    bin_, kato, permit, aud = make_bin(r), _kato(doc, prefix), _permit(doc), make_bin(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    pdate = _date(doc, 2024)
    doc.h(g(f"Отчет об устойчивом развитии за 2025 год. {operator}", f"{operator}. 2025 жылғы тұрақты даму туралы есеп", ""))
    doc.h(g("Приложение 4. Указатель содержания GRI", "4-қосымша. GRI мазмұнының көрсеткіші", ""))
    doc.p(g(f"{operator} подготовило отчет в соответствии со Стандартами GRI за период с 1 января по 31 декабря 2025 года. Заявление об "
            "использовании и ссылки на страницы приведены ниже; раскрытия, информация по которым дана непосредственно в указателе, помечены "
            "как прямой ответ.",
            f"{operator} есепті GRI стандарттарына сәйкес 2025 жылғы 1 қаңтар мен 31 желтоқсан аралығындағы кезең үшін дайындады. "
            "Беттерге сілтемелер төменде келтірілген; ақпараты тікелей көрсеткіште берілген ашулар тікелей жауап ретінде белгіленген.", ""))
    head = g(["Стандарт GRI", "Раскрытие", "Расположение / прямой ответ", "Стр."], ["GRI стандарты", "Ашу", "Орналасуы / тікелей жауап", "Бет"], [])
    rows, merges = [head], []
    _span(rows, merges, g("GRI 2: Общие раскрытия 2021", "GRI 2: Жалпы ашулар 2021", ""), 4)
    rows += [["2-1", g("Сведения об организации", "Ұйым туралы мәліметтер", ""),
              g(f"Прямой ответ: {operator}, товарищество с ограниченной ответственностью, БИН {bin_}; головной офис – {hq}",
                f"Тікелей жауап: {operator}, жауапкершілігі шектеулі серіктестік, БСН {bin_}; бас кеңсе – {hq}", ""), "6"],
             ["2-2", g("Организации, включенные в отчетность", "Есептілікке енгізілген ұйымдар", ""),
              g(f"Прямой ответ: отчет охватывает одну производственную площадку – {site} (КАТО {kato}); центр площадки: "
                f"{num(lat, doc.lang)}° с.ш., {num(lon, doc.lang)}° в.д.",
                f"Тікелей жауап: есеп бір өндірістік алаңды қамтиды – {site} (ҚАТО {kato}); алаң орталығы: "
                f"{num(lat, doc.lang)}° с.е., {num(lon, doc.lang)}° ш.б.", ""), "6–7"],
             ["2-3", g("Отчетный период, периодичность и контактное лицо", "Есепті кезең, кезеңділік және байланыс тұлғасы", ""),
              g(f"01.01.2025–31.12.2025; ежегодно; esg@{domain}", f"01.01.2025–31.12.2025; жыл сайын; esg@{domain}", ""), "2"],
             ["2-5", g("Внешнее заверение", "Сыртқы куәландыру", ""),
              g(f"Независимое заверение – ТОО «Green Assurance Kazakhstan» (БИН {aud}), см. заключение", f"Тәуелсіз куәландыру – «Green Assurance "
                f"Kazakhstan» ЖШС (БСН {aud}), қорытындыны қараңыз", ""), "88–89"],
             ["2-6", g("Деятельность, цепочка создания стоимости", "Қызмет, құн тізбегі", ""),
              g(f"ОКЭД {oked} – {activity}; проектная мощность – {cap}", f"ЭҚЖЖ {oked} – {activity}; жобалық қуаты – {cap}", ""), "8–11"],
             ["2-7", g("Сотрудники", "Қызметкерлер", ""), g(f"{num(r.randint(900, 2400), doc.lang)} чел. на 31.12.2025",
                                                            f"31.12.2025 жағдай бойынша {num(r.randint(900, 2400), doc.lang)} адам", ""), "58"],
             ["2-27", g("Соблюдение законодательства", "Заңнаманы сақтау", ""),
              g(f"Прямой ответ: площадка является объектом I категории (комплексное экологическое разрешение № {permit} от {pdate}); штрафы за "
                "нарушение экологического законодательства в 2025 году не налагались",
                f"Тікелей жауап: алаң I санаттағы объект болып табылады ({pdate} № {permit} кешенді экологиялық рұқсат); 2025 жылы экология "
                "заңнамасын бұзғаны үшін айыппұл салынған жоқ", ""), "31"]]
    _span(rows, merges, g("GRI 3: Существенные темы 2021", "GRI 3: Елеулі тақырыптар 2021", ""), 4)
    rows += [["3-1", g("Процесс определения существенных тем", "Елеулі тақырыптарды айқындау процесі", ""), g("Раздел 2.3", "2.3-бөлім", ""), "20–21"],
             ["3-2", g("Перечень существенных тем", "Елеулі тақырыптар тізбесі", ""), g("Раздел 2.3, рисунок 4", "2.3-бөлім, 4-сурет", ""), "22"]]
    _span(rows, merges, g("GRI 305: Выбросы 2016", "GRI 305: Шығарындылар 2016", ""), 4)
    rows += [["305-1", g("Прямые выбросы парниковых газов (охват 1)", "Парниктік газдардың тікелей шығарындылары (1-қамту)", ""),
              g("Раздел 5.3", "5.3-бөлім", ""), "44"],
             ["305-7", g("NOx, SOx и другие значимые выбросы в атмосферу", "NOx, SOx және атмосфераға басқа да елеулі шығарындылар", ""),
              g("Раздел 5.4, таблица 12", "5.4-бөлім, 12-кесте", ""), "45–46"]]
    _span(rows, merges, g("GRI 306: Отходы 2020", "GRI 306: Қалдықтар 2020", ""), 4)
    rows += [["306-3", g("Образовавшиеся отходы", "Түзілген қалдықтар", ""), g("Раздел 5.6, таблица 15", "5.6-бөлім, 15-кесте", ""), "49"]]  # fmt: skip
    doc.table(g("Указатель содержания GRI", "GRI мазмұнының көрсеткіші", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": core, "kato": kato, "oked": oked, "category": "I", "lat": lat, "lon": lon})
    key = [g(["Показатель", "2024", "2025"], ["Көрсеткіш", "2024", "2025"], []),
           [g("Выручка, млрд тенге", "Түсім, млрд теңге", ""), num(r.randint(180, 420), doc.lang), num(r.randint(180, 420), doc.lang)],
           [g("Коэффициент LTIFR", "LTIFR коэффициенті", ""), num(round(r.uniform(0.1, 0.6), 2), doc.lang), num(round(r.uniform(0.1, 0.6), 2), doc.lang)],
           [g("Инвестиции в охрану окружающей среды, млн тенге", "Қоршаған ортаны қорғауға инвестициялар, млн теңге", ""),
            num(r.randint(900, 6000), doc.lang), num(r.randint(900, 6000), doc.lang)]]
    doc.table(g("Ключевые показатели", "Негізгі көрсеткіштер", ""), key, role="other")


def _facility_il2_vi(doc: Doc) -> None:
    r = doc.rng
    key = doc.pick(("bsr", "nsrp"))
    plant, company, site, lat0, lon0, _ = VN_PLANTS[key]
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 4), round(lon0 + r.uniform(-0.003, 0.003), 4)
    gpmt = f"{r.randint(10, 480)}/GPMT-BTNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023"
    doc.h(f"BÁO CÁO PHÁT TRIỂN BỀN VỮNG NĂM 2024 – {company.upper()}")
    doc.h("PHỤ LỤC. CHỈ MỤC NỘI DUNG GRI")
    doc.p(f"{company} đã báo cáo theo Tiêu chuẩn GRI cho giai đoạn từ ngày 01/01/2024 đến ngày 31/12/2024. Các chỉ tiêu được trả lời trực tiếp "
          "trong bảng được ghi rõ “Trả lời trực tiếp”.")
    rows = [["Tiêu chuẩn GRI", "Công bố thông tin", "Vị trí / Trả lời trực tiếp", "Trang"]]
    merges = []
    _span(rows, merges, "GRI 2: Công bố thông tin chung 2021", 4)
    rows += [["2-1", "Chi tiết về tổ chức", f"Trả lời trực tiếp: {company}; mã số doanh nghiệp {msdn}; trụ sở chính: {site}", "8"],
             ["2-2", "Các đơn vị được bao gồm trong báo cáo", f"Trả lời trực tiếp: {plant}, {site}; tọa độ trung tâm nhà máy {num(lat, 'vi')}° B, "
              f"{num(lon, 'vi')}° Đ", "8–9"],
             ["2-3", "Kỳ báo cáo, tần suất và đầu mối liên hệ", f"01/01/2024 – 31/12/2024; hằng năm; pttbv@{key}.com.vn", "3"],
             ["2-6", "Hoạt động, chuỗi giá trị", "Chương 1, mục 1.2", "12–15"],
             ["2-27", "Tuân thủ pháp luật", f"Trả lời trực tiếp: nhà máy thuộc nhóm I theo Phụ lục III Nghị định số 08/2022/NĐ-CP, đã được cấp Giấy phép "
              f"môi trường số {gpmt}; không bị xử phạt vi phạm hành chính về bảo vệ môi trường trong năm 2024", "41"]]
    _span(rows, merges, "GRI 305: Phát thải 2016", 4)
    rows += [["305-1", "Phát thải khí nhà kính trực tiếp (Phạm vi 1)", "Chương 4, mục 4.3", "52"],
             ["305-7", "NOx, SOx và các khí thải đáng kể khác", "Chương 4, Bảng 4.5", "53"]]
    _span(rows, merges, "GRI 306: Chất thải 2020", 4)
    rows += [["306-3", "Chất thải phát sinh", "Chương 4, Bảng 4.8", "56"]]  # fmt: skip
    doc.table("Chỉ mục nội dung GRI", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": "I", "lat": lat, "lon": lon})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# code: ((low, high) g/s, (low, high) t/year) for a refinery of 6 Mt; the bitumen plant emits the codes of BITUMEN_CODES at a tenth
REFINERY_RATES = {
    "0703": ((2e-6, 9e-6), (4e-5, 2e-4)), "0110": ((0.001, 0.008), (0.02, 0.15)),
    "0333": ((0.4, 2.5), (5, 40)), "0602": ((0.8, 4), (12, 70)), "1071": ((0.005, 0.03), (0.05, 0.4)), "2904": ((0.005, 0.03), (0.1, 0.8)),
    "0301": ((40, 140), (700, 2400)), "0304": ((6, 22), (110, 390)), "0330": ((60, 380), (900, 5200)), "0328": ((1.5, 9), (20, 140)),
    "0616": ((0.3, 1.8), (5, 30)), "0621": ((0.6, 3), (9, 50)), "0627": ((0.05, 0.3), (0.8, 5)), "0416": ((15, 70), (250, 1200)),
    "0337": ((50, 260), (800, 4200)), "0415": ((60, 260), (1200, 5200)), "0501": ((1, 6), (15, 95)), "2754": ((3, 14), (50, 240)),
    "0410": ((8, 40), (120, 700)), "0331": ((0.02, 0.2), (0.3, 3)), "2735": ((0.01, 0.08), (0.1, 1.2)),
}
BITUMEN_CODES = ("0703", "0333", "0301", "0304", "0330", "0328", "0337", "0415", "2754", "0410")
SOLID = ("0703", "0110", "2904", "0328", "0331")
CLASS_WORDS = {1: ("1 класс опасности", "1-қауіптілік сыныбы"), 2: ("2 класс опасности", "2-қауіптілік сыныбы"),
               3: ("3 класс опасности", "3-қауіптілік сыныбы"), 4: ("4 класс опасности", "4-қауіптілік сыныбы"),
               None: ("Вещества, для которых установлены ОБУВ (класс опасности не установлен)",
                      "ШҚӘД (ОБУВ) белгіленген заттар (қауіптілік сыныбы белгіленбеген)")}


def emissions_il1(doc: Doc) -> None:
    """The list of substances a refinery or a bitumen plant emits, as its draft of emission norms gives it for the whole
    enterprise, grouped under rows spanning the table that name the hazard class — `1 класс опасности` … `4 класс`, then the
    substances with an ОБУВ and no class — so that the class stands only in the group row, a CAS column beside the code, an
    `Итого по … классу` row closing each group, the enterprise's total with its solid and gaseous parts at the foot; no
    source numbers (VI: the loads of a refinery's or a petrochemical complex's named sources in an ĐTM under two rows
    spanning the table for the pollutant groups — dust and inorganic gases, volatile organic compounds — the same source
    under both groups)."""
    if doc.lang == "vi":
        _emissions_il1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    p = doc.pick(REFINERIES)
    name, operator = p[L], p[2 + L]
    bitumen = "Битумный" in p[0]
    codes = [c for c in REFINERY_RATES if c in BITUMEN_CODES] if bitumen else list(REFINERY_RATES)
    scale = 0.1 if bitumen else p[11] / 6.0
    doc.h(g(f"Проект нормативов допустимых выбросов. {name} ({operator})", f"{operator} ({name}). Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.2. Перечень загрязняющих веществ, выбрасываемых в атмосферу", "3.2. Атмосфераға шығарылатын ластаушы заттардың тізбесі", ""))
    doc.p(g("Перечень составлен по всем источникам предприятия на существующее положение с учетом вводимых установок; вещества сгруппированы "
            "по классам опасности в соответствии со списком загрязняющих веществ.",
            "Тізбе кәсіпорынның барлық көздері бойынша енгізілетін қондырғыларды ескере отырып қазіргі жағдайға жасалды; заттар ластаушы "
            "заттар тізіміне сәйкес қауіптілік сыныптары бойынша топтастырылды.", ""))
    head = g(["Код ЗВ", "№ CAS", "Наименование загрязняющего вещества", "Выброс, г/с", "Выброс, т/год"],
             ["ЛЗ коды", "CAS №", "Ластаушы заттың атауы", "Шығарынды, г/с", "Шығарынды, т/жыл"], [])
    rows, merges = [head, ["1", "2", "3", "4", "5"]], []
    all_g, all_t, solid_g, solid_t = 0.0, 0.0, 0.0, 0.0
    for cls in (1, 2, 3, 4, None):
        group = [c for c in codes if _hz(c) == cls]
        if not group:
            continue
        _span(rows, merges, CLASS_WORDS[cls][L], 5)
        sum_g, sum_t = 0.0, 0.0
        for c in group:
            (glo, ghi), (tlo, thi) = REFINERY_RATES[c]
            gs, ty = _sig(r.uniform(glo, ghi) * scale, 3), _sig(r.uniform(tlo, thi) * scale, 4)
            rows.append([c, AIR[c][4] or "–", _air(doc, c), num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, None, cls))
            sum_g, sum_t = sum_g + gs, sum_t + ty
            if c in SOLID:
                solid_g, solid_t = solid_g + gs, solid_t + ty
        label = g(f"Итого по {cls} классу", f"{cls}-сынып бойынша жиыны", "") if cls else g("Итого по веществам с ОБУВ", "ШҚӘД бар заттар бойынша жиыны", "")
        rows.append(["", "", label, num(round(sum_g, 6), doc.lang), num(round(sum_t, 4), doc.lang)])
        all_g, all_t = all_g + sum_g, all_t + sum_t
    rows.append(["", "", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), num(round(all_g, 6), doc.lang), num(round(all_t, 4), doc.lang)])
    rows.append(["", "", g("в том числе твердые", "оның ішінде қатты", ""), num(round(solid_g, 6), doc.lang), num(round(solid_t, 4), doc.lang)])
    rows.append(["", "", g("газообразные и жидкие", "газ тәріздес және сұйық", ""), num(round(all_g - solid_g, 6), doc.lang),
                 num(round(all_t - solid_t, 4), doc.lang)])
    doc.table(g("Таблица 3.2 – Перечень загрязняющих веществ, выбрасываемых в атмосферу предприятием",
                "3.2-кесте – Кәсіпорынның атмосфераға шығаратын ластаушы заттарының тізбесі", ""), rows, merges, role="emissions")
    doc.p(g("Класс опасности указан в строке группы; для веществ с ориентировочными безопасными уровнями воздействия класс не устанавливается.",
            "Қауіптілік сыныбы топ жолында көрсетілген; шамамен қауіпсіз әсер ету деңгейлері бар заттар үшін сынып белгіленбейді.", ""))
    maybe_distractor(doc)


# plant key: [(group, source, hours a year, {code: (low, high) g/s})]
VN_GROUP_WORDS = ("I. BỤI VÀ CÁC KHÍ VÔ CƠ", "II. CÁC HỢP CHẤT HỮU CƠ BAY HƠI (VOC)")
VN_LOADS = {
    "lsp": [
        (0, "Ống khói chung của 10 lò cracking hơi nước (SRT)", 8400, {"2902": (1.5, 4), "0330": (0.5, 2), "0301": (25, 60), "0337": (6, 18)}),
        (0, "Ống khói lò hơi phụ trợ", 8000, {"2902": (0.4, 1.2), "0330": (0.2, 0.8), "0301": (5, 14), "0337": (1.5, 5)}),
        (0, "Đuốc mặt đất (ground flare) – chế độ thường xuyên", 8760, {"0301": (0.2, 0.8), "0337": (1, 4)}),
        (1, "Khu bồn chứa naphtha và sản phẩm lỏng", 8760, {"0602": (0.05, 0.3), "0621": (0.05, 0.4), "0616": (0.02, 0.2)}),
        (1, "Nhà máy polyetylen và polypropylen – thiết bị thông hơi, làm sạch hạt", 8400, {"0526": (0.5, 2.5), "0521": (0.3, 1.8)}),
        (1, "Bể tách dầu API và bể điều hòa của hệ thống xử lý nước thải", 8760, {"0602": (0.01, 0.06), "0621": (0.01, 0.08)}),
        (1, "Ống khói chung của 10 lò cracking hơi nước (SRT)", 8400, {"0526": (0.05, 0.3)})],
    "nsrp": [
        (0, "Ống khói lò gia nhiệt phân xưởng chưng cất dầu thô (CDU)", 8400, {"2902": (0.8, 2.5), "0330": (8, 25), "0301": (6, 18), "0337": (2, 6)}),
        (0, "Ống khói lò tái sinh xúc tác RFCC", 8400, {"2902": (2, 6), "0330": (15, 45), "0301": (8, 22), "0337": (3, 10)}),
        (0, "Ống khói lò đốt khí đuôi phân xưởng thu hồi lưu huỳnh (SRU)", 8400, {"0330": (6, 20), "0301": (0.5, 2), "0333": (0.05, 0.2)}),
        (0, "Đuốc cao áp – chế độ thường xuyên", 8760, {"0330": (0.1, 0.5), "0301": (0.2, 0.9), "0337": (1, 4)}),
        (1, "Phân xưởng thơm hóa (aromatics) – lò gia nhiệt và thông hơi", 8400, {"0602": (0.05, 0.25), "0621": (0.05, 0.3), "0616": (0.05, 0.3),
                                                                                  "0627": (0.01, 0.05)}),
        (1, "Khu bồn chứa dầu thô và sản phẩm", 8760, {"0602": (0.1, 0.6), "0621": (0.1, 0.7), "0616": (0.05, 0.4)}),
        (1, "Ống khói lò gia nhiệt phân xưởng chưng cất dầu thô (CDU)", 8400, {"0602": (0.001, 0.005)})],
}  # fmt: skip


def _emissions_il1_vi(doc: Doc) -> None:
    r = doc.rng
    key = doc.pick(sorted(VN_LOADS))
    plant, company, *_ = VN_PLANTS[key]
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.1.2. Tải lượng bụi và khí thải từ các nguồn chính")
    doc.p(f"Chủ dự án: {company}. Tải lượng được tính trên cơ sở lưu lượng khí thải thiết kế, nồng độ bảo đảm của nhà cung cấp công nghệ và "
          "hệ số phát thải của US EPA (AP-42) đối với khu bồn chứa; các nguồn được nhóm theo nhóm chất ô nhiễm, một nguồn có thể xuất hiện "
          "ở cả hai nhóm.")
    rows = [["TT", "Nguồn phát sinh", "Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    n = 0
    for gi, group in enumerate(VN_GROUP_WORDS):
        _span(rows, merges, group, 5)
        for grp, source, hours, codes in VN_LOADS[key]:
            if grp != gi:
                continue
            n += 1
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                gs = _sig(r.uniform(lo, hi), 3)
                ty = _sig(gs * 3600 * hours / 1e6, 3)
                rows.append([str(n) if j == 0 else None, source if j == 0 else None, AIR[c][2], num(gs, "vi"), num(ty, "vi")])
                doc.add("emissions", emission(c, gs, ty))
            if len(codes) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.4. Tải lượng các chất ô nhiễm không khí theo nhóm chất", rows, merges, role="emissions")
    doc.p("Ghi chú: NOx được quy đổi theo NO2; thời gian vận hành các lò là 8.400 giờ/năm, đuốc và khu bồn chứa hoạt động 8.760 giờ/năm.")
    maybe_distractor(doc)


# (RU plant, KK plant, RU operator, KK operator, [(number, RU source, KK source, {code: ((low, high) g/s, (low, high) t/year)})])
MATRIX_PLANTS = (
    ("Завод по производству метанола", "Метанол өндіру зауыты", "ТОО «Атырау Метанол»", "«Атырау Метанол» ЖШС", [
        ("0001", "Дымовая труба печи парового риформинга", "Бу риформингі пешінің түтін мұржасы",
         {"0301": ((3, 9), (80, 260)), "0304": ((0.5, 1.4), (12, 42)), "0337": ((1, 4), (30, 110)), "0410": ((0.2, 0.9), (5, 25))}),
        ("0002", "Дымовая труба вспомогательного котла", "Қосалқы қазандықтың түтін мұржасы",
         {"0301": ((0.8, 2.5), (15, 60)), "0304": ((0.12, 0.4), (2.5, 10)), "0337": ((0.4, 1.5), (8, 35))}),
        ("0003", "Факел высокого давления", "Жоғары қысымды алау",
         {"0301": ((0.05, 0.3), (1, 6)), "0337": ((0.4, 2), (8, 40)), "0410": ((0.05, 0.4), (1, 8)), "0328": ((0.01, 0.08), (0.2, 1.5)),
          "1052": ((0.005, 0.03), (0.1, 0.6))}),
        ("0004", "Свеча колонны ректификации метанола", "Метанол ректификациясы колоннасының шамы", {"1052": ((0.02, 0.12), (0.5, 3))}),
        ("6001", "Резервуарный парк метанола (Т-101…Т-104)", "Метанол резервуарлар паркі (Т-101…Т-104)", {"1052": ((0.1, 0.6), (2, 14))}),
        ("6002", "Эстакада налива метанола в железнодорожные цистерны", "Метанолды теміржол цистерналарына құю эстакадасы",
         {"1052": ((0.3, 1.5), (1.5, 9))})]),
    ("Газохимический комплекс по производству полиэтилена", "Полиэтилен өндіретін газ-химия кешені", "ТОО «Silleno»", "«Silleno» ЖШС", [
        ("0001", "Дымовая труба печей пиролиза этана (F-101…F-104)", "Этан пиролизі пештерінің түтін мұржасы (F-101…F-104)",
         {"0301": ((8, 22), (200, 620)), "0304": ((1.2, 3.5), (30, 100)), "0337": ((2, 7), (50, 190))}),
        ("0002", "Дымовая труба печи регенерации", "Регенерация пешінің түтін мұржасы",
         {"0301": ((0.3, 1.2), (6, 30)), "0337": ((0.2, 0.9), (4, 22))}),
        ("0003", "Факел наземный закрытого типа", "Жабық типті жерүсті алауы",
         {"0301": ((0.1, 0.5), (2, 10)), "0337": ((0.6, 3), (10, 60)), "0410": ((0.1, 0.6), (2, 12)), "0526": ((0.02, 0.15), (0.4, 3))}),
        ("0004", "Циклон системы пневмотранспорта гранул", "Түйіршіктерді пневмокөліктеу жүйесінің циклоны", {"0406": ((0.05, 0.3), (1, 8))}),
        ("6001", "Неплотности оборудования установки полимеризации", "Полимерлеу қондырғысы жабдығының тығыз еместігі",
         {"0526": ((0.2, 1.2), (5, 32)), "0403": ((0.05, 0.3), (1, 8))}),
        ("6002", "Сливо-наливная эстакада гексена и гексана", "Гексен мен гександы құю-төгу эстакадасы", {"0403": ((0.1, 0.6), (0.5, 4))})]),
)  # fmt: skip
AIR["0406"] = ("Полиэтен (Полиэтилен)", "Полиэтен (полиэтилен)", "Bụi polyetylen", None, "9002-88-4")
AIR["0403"] = ("Гексан", "Гексан", "Hexan", 4, "110-54-3")


def _matrix(doc: Doc, sources, codes, values, width_label: tuple[str, str]) -> tuple[list, list]:
    """A table with the sources as rows and the substances as columns under a row of codes and a row of names."""
    g = doc.v
    n = len(codes)
    rows = [g(["№ ИЗА", "Наименование источника выброса", width_label[0]] + [None] * (n - 1),
              ["ЛШК №", "Шығарынды көзінің атауы", width_label[1]] + [None] * (n - 1), []),
            [None, None, *codes],
            [None, None, *(_air(doc, c) for c in codes)]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 1 + n)]
    totals = [0.0] * n
    for number, s_ru, s_kk, _ in sources:
        line = [number, g(s_ru, s_kk, "")]
        for k, c in enumerate(codes):
            v = values.get((number, c))
            line.append(num(v, doc.lang) if v is not None else "–")
            totals[k] += v or 0.0
        rows.append(line)
    rows.append(["", g("Всего", "Барлығы", ""), *(num(round(t, 6), doc.lang) for t in totals)])
    return rows, merges


def emissions_il2(doc: Doc) -> None:
    """A methanol plant's or a polyethylene complex's draft of emission norms giving its sources in two matrices one after
    the other, the sources as rows and the substances as columns under a row of codes and a row of names: first the
    maximum one-time emissions in grams a second, then the gross emissions in tonnes a year, dashes where a source does not
    emit, a total row in each; an emission's two figures stand in two tables and only together make the item, and no table
    gives a hazard class (VI: the named sources of a refinery's upgrade and expansion in an ĐTM, a table of the greatest
    loads in g/s and a table of the loads in tonnes a year with the pollutants as columns)."""
    if doc.lang == "vi":
        _emissions_il2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    p = doc.pick(MATRIX_PLANTS)
    name, operator, sources = p[L], p[2 + L], p[4]
    codes = sorted({c for *_, cs in sources for c in cs})
    gs_v, ty_v = {}, {}
    for number, _, _, cs in sources:
        for c, ((glo, ghi), (tlo, thi)) in cs.items():
            gs_v[(number, c)], ty_v[(number, c)] = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
    doc.h(g(f"Проект нормативов допустимых выбросов. {name} {operator}", f"{operator} {name}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g("Нормативы допустимых выбросов устанавливаются для каждого источника: максимальные разовые выбросы (г/с) – при работе всех "
            "технологических линий на номинальной нагрузке (таблица 3.3), валовые выбросы (т/год) – при годовом фонде рабочего времени "
            "8 400 ч (таблица 3.4).",
            "Жол берілетін шығарындылар нормативтері әрбір көз үшін белгіленеді: ең жоғары бір реттік шығарындылар (г/с) – барлық "
            "технологиялық желілер номиналды жүктемемен жұмыс істегенде (3.3-кесте), жалпы шығарындылар (т/жыл) – жұмыс уақытының жылдық "
            "қоры 8 400 сағ болғанда (3.4-кесте).", ""))
    label = (g("Загрязняющие вещества, г/с", "Ластаушы заттар, г/с", ""), g("Загрязняющие вещества, г/с", "Ластаушы заттар, г/с", ""))
    rows, merges = _matrix(doc, sources, codes, gs_v, label)
    doc.table(g("Таблица 3.3 – Максимальные разовые выбросы загрязняющих веществ по источникам, г/с",
                "3.3-кесте – Көздер бойынша ластаушы заттардың ең жоғары бір реттік шығарындылары, г/с", ""), rows, merges, role="emissions")
    label = (g("Загрязняющие вещества, т/год", "Ластаушы заттар, т/жыл", ""), g("Загрязняющие вещества, т/год", "Ластаушы заттар, т/жыл", ""))
    rows, merges = _matrix(doc, sources, codes, ty_v, label)
    doc.table(g("Таблица 3.4 – Валовые выбросы загрязняющих веществ по источникам, т/год",
                "3.4-кесте – Көздер бойынша ластаушы заттардың жалпы шығарындылары, т/жыл", ""), rows, merges, role="emissions")
    for (number, c), gs in gs_v.items():
        doc.add("emissions", emission(c, gs, ty_v[(number, c)], number))
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    fugitive = ", ".join(dict.fromkeys(_lower_first(_air(doc, c)) for number, _, _, cs in sources if number.startswith("6") for c in cs))
    doc.p(g(f"Источники 6001 и 6002 – неорганизованные; выбросы от них ({fugitive}) определены расчетным методом.",
            f"6001 және 6002 көздері – ұйымдастырылмаған; олардың шығарындылары ({fugitive}) есептеу әдісімен анықталды.", ""))
    maybe_distractor(doc)


# (source, hours, {code: (low, high) g/s})
VN_UPGRADE = (
    ("Ống khói lò gia nhiệt phân xưởng chưng cất dầu thô mới (CDU-2)", 8400, {"2902": (0.6, 1.8), "0330": (4, 12), "0301": (5, 14), "0337": (1.5, 5)}),
    ("Ống khói lò tái sinh xúc tác RFCC (sau cải tạo)", 8400, {"2902": (1.5, 4.5), "0330": (10, 30), "0301": (6, 18), "0337": (2, 8)}),
    ("Ống khói lò đốt khí đuôi phân xưởng thu hồi lưu huỳnh mới (SRU-2)", 8400, {"0330": (4, 14), "0301": (0.4, 1.5), "0333": (0.03, 0.15)}),
    ("Ống khói lò hơi phụ trợ mới", 8000, {"2902": (0.3, 1), "0330": (0.3, 1.2), "0301": (3, 9), "0337": (1, 3.5)}),
    ("Khu bồn chứa mở rộng (naphtha, xăng)", 8760, {"0602": (0.05, 0.4)}),
)
VN_UPGRADE_CODES = ("2902", "0330", "0301", "0337", "0333", "0602")


def _emissions_il2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = VN_PLANTS["bsr"]
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG – DỰ ÁN NÂNG CẤP MỞ RỘNG {plant.upper()}")
    doc.h("3.2.1.2. Tải lượng khí thải từ các hạng mục mới và hạng mục cải tạo")
    doc.p(f"Chủ dự án: {company}. Tải lượng tối đa (g/s) tính ở chế độ vận hành 100 % công suất thiết kế (Bảng 3.12); tải lượng năm (tấn/năm) "
          "tính theo thời gian vận hành thực tế của từng nguồn (Bảng 3.13).")
    gs_v, ty_v = {}, {}
    for source, hours, codes in VN_UPGRADE:
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            gs_v[(source, c)], ty_v[(source, c)] = gs, _sig(gs * 3600 * hours / 1e6, 3)
    for caption, values in (("Bảng 3.12. Tải lượng tối đa của các chất ô nhiễm (g/s)", gs_v),
                            ("Bảng 3.13. Tải lượng các chất ô nhiễm theo năm (tấn/năm)", ty_v)):
        rows = [["TT", "Nguồn thải", *(AIR[c][2] for c in VN_UPGRADE_CODES)]]
        for k, (source, _, _) in enumerate(VN_UPGRADE, 1):
            rows.append([str(k), source, *(num(values[(source, c)], "vi") if (source, c) in values else "-" for c in VN_UPGRADE_CODES)])
        doc.table(caption, rows, role="emissions")
    for key, gs in gs_v.items():
        doc.add("emissions", emission(key[1], gs, ty_v[key]))
    doc.p("Ghi chú: “-” – nguồn không phát sinh chất ô nhiễm tương ứng; NOx quy đổi theo NO2.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# ((RU unit, KK unit), [(position, charge, (low, high) m3, bulk density t/m3, code, RU waste, KK waste, operation)])
CATALYSTS = (
    (("Установка изомеризации легкой нафты", "Жеңіл нафтаны изомерлеу қондырғысы"), [
        ("Р-1", "СИ-2 (Pt/ZrO2-SO4)", (8, 14), 1.05, "16 08 01", "Отработанный платиносодержащий катализатор изомеризации",
         "Изомерлеудің құрамында платина бар пайдаланылған катализаторы", "R8"),
        ("Р-2", "СИ-2 (Pt/ZrO2-SO4)", (8, 14), 1.05, "16 08 01", "Отработанный платиносодержащий катализатор изомеризации",
         "Изомерлеудің құрамында платина бар пайдаланылған катализаторы", "R8"),
        ("А-1/1, А-1/2", "Цеолит NaA (молекулярное сито)", (10, 18), 0.72, "15 02 02*",
         "Отработанное молекулярное сито (цеолит NaA), загрязненное углеводородами",
         "Көмірсутектермен ластанған пайдаланылған молекулалық елек (NaA цеолиті)", "D5")]),
    (("Установка гидроочистки дизельного топлива", "Дизель отынын гидротазарту қондырғысы"), [
        ("Р-201", "ГКД-202П (Ni-Mo/Al2O3)", (40, 70), 0.78, "16 08 02*", "Отработанный никель-молибденовый катализатор гидроочистки",
         "Гидротазартудың пайдаланылған никель-молибден катализаторы", "R8"),
        ("Р-202", "ГКД-202П (Ni-Mo/Al2O3)", (40, 70), 0.78, "16 08 02*", "Отработанный никель-молибденовый катализатор гидроочистки",
         "Гидротазартудың пайдаланылған никель-молибден катализаторы", "R8")]),
    (("Установка производства серы (Клаус)", "Күкірт өндіру қондырғысы (Клаус)"), [
        ("Р-301", "CRS-31 (TiO2)", (12, 22), 0.95, "16 08 07*", "Отработанный катализатор процесса Клауса, загрязненный серой",
         "Күкіртпен ластанған Клаус процесінің пайдаланылған катализаторы", "D5"),
        ("Р-302, Р-303", "АОК-78 (Al2O3)", (14, 26), 0.75, "16 08 07*", "Отработанный катализатор процесса Клауса, загрязненный серой",
         "Күкіртпен ластанған Клаус процесінің пайдаланылған катализаторы", "D5")]),
    (("Комплекс каталитического крекинга", "Каталитикалық крекинг кешені"), [
        ("Регенератор Р-401, реактор Р-402", "Равновесный цеолитсодержащий катализатор", (120, 260), 0.85, "16 08 04",
         "Отработанный катализатор каталитического крекинга", "Каталитикалық крекингтің пайдаланылған катализаторы", "R5")]),
    (("Установка каталитического риформинга", "Каталитикалық риформинг қондырғысы"), [
        ("Р-501 – Р-504", "ПР-81 (Pt-Re/Al2O3)", (60, 110), 0.68, "16 08 01", "Отработанный платинорениевый катализатор риформинга",
         "Риформингтің пайдаланылған платина-рений катализаторы", "R8")]),
)  # fmt: skip
KK_WORDS = {"Цеолит NaA (молекулярное сито)": "NaA цеолиті (молекулалық елек)",
            "Равновесный цеолитсодержащий катализатор": "Құрамында цеолит бар тепе-теңдік катализаторы",
            "Регенератор Р-401, реактор Р-402": "Р-401 регенераторы, Р-402 реакторы"}
# (code, RU, KK, (low, high) t, operation)
REPAIR_WASTES = (
    ("05 01 03*", "Донные шламы резервуаров (зачистка резервуаров товарно-сырьевого парка)", "Резервуарлардың түп шламдары (тауар-шикізат паркі "
     "резервуарларын тазалау)", (120, 480), "R9"),
    ("05 01 06*", "Нефтесодержащие шламы от технического обслуживания оборудования", "Жабдыққа техникалық қызмет көрсетуден шыққан құрамында "
     "мұнай бар шламдар", (20, 90), "D10"),
    ("16 11 06", "Отходы футеровки технологических печей (огнеупорный кирпич, бетон)", "Технологиялық пештер футеровкасының қалдықтары (отқа "
     "төзімді кірпіш, бетон)", (8, 40), "D5"),
    ("17 06 04", "Отходы теплоизоляции (минераловатные плиты)", "Жылу оқшаулағыш қалдықтары (минералды мақта плиталары)", (15, 60), "D5"),
    ("17 04 05", "Лом черных металлов (демонтированные трубопроводы, тарелки колонн)", "Қара металл сынықтары (бөлшектелген құбырлар, колонна "
     "табақшалары)", (200, 900), "R4"),
    ("15 02 02*", "Промасленная ветошь и отработанные сорбенты", "Майланған шүберек және пайдаланылған сорбенттер", (3, 12), "D10"),
)  # fmt: skip


def wastes_il1(doc: Doc) -> None:
    """A refinery's waste section for its turnaround of 2026: the spent catalysts and adsorbents reactor by reactor under a
    row spanning the table per process unit, the position, the charge's brand with its metals in brackets (`Pt/ZrO2-SO4`,
    `Ni-Mo/Al2O3`), the volume loaded and the bulk density before the tonnes, which are the amount, the code — `16 08 01`
    for the platinum catalysts sent back for their metal, `16 08 02*`, `16 08 04`, `16 08 07*` — the same waste twice from
    two reactors, and an R/D operation; then the other wastes of the repair in a second table (VI: the hazardous wastes of
    a refinery's turnaround in kilograms under the process units as sub-columns with the total last, the spent RFCC
    catalyst classed as ordinary waste in tonnes in a second table)."""
    if doc.lang == "vi":
        _wastes_il1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    p = doc.pick(REFINERIES[:3])
    name, operator = p[L], p[2 + L]
    units = sorted(r.sample(range(len(CATALYSTS)), 4))
    start, days = r.randint(2, 20), r.randint(32, 45)
    doc.h(g(f"Программа управления отходами. {name} ({operator})", f"{operator} ({name}). Қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("4.3. Отходы капитального ремонта 2026 года", "4.3. 2026 жылғы күрделі жөндеудің қалдықтары", ""))
    doc.p(g(f"Капитальный ремонт установок проводится с {start:02d}.04.2026 продолжительностью {days} суток. Масса отработанных катализаторов "
            "и адсорбентов определена по объему загрузки аппаратов и насыпной плотности выгружаемого материала; платиносодержащие "
            "катализаторы возвращаются поставщику для извлечения металлов.",
            f"Қондырғыларды күрделі жөндеу 2026 жылғы {start} сәуірден бастап {days} тәулік бойы жүргізіледі. Пайдаланылған катализаторлар мен "
            "адсорбенттердің массасы аппараттардың жүктеу көлемі мен түсірілетін материалдың үйме тығыздығы бойынша анықталды; құрамында "
            "платина бар катализаторлар металдарды алу үшін жеткізушіге қайтарылады.", ""))
    head = g(["№", "Позиция аппарата", "Катализатор (адсорбент), марка", "Объем загрузки, м³", "Насыпная плотность, т/м³", "Масса, т",
              "Код отхода", "Наименование отхода", "Операция (R/D)"],
             ["№", "Аппарат позициясы", "Катализатор (адсорбент), маркасы", "Жүктеу көлемі, м³", "Үйме тығыздығы, т/м³", "Массасы, т",
              "Қалдық коды", "Қалдықтың атауы", "Операция (R/D)"], [])
    rows, merges = [head], []
    n = 0
    for u in units:
        (u_ru, u_kk), items = CATALYSTS[u]
        _span(rows, merges, (u_ru, u_kk)[L], 9)
        for pos, charge, (lo, hi), rho, code, w_ru, w_kk, op in items:
            n += 1
            vol = round(r.uniform(lo, hi), 1)
            mass = round(vol * rho, 1)
            waste = (w_ru, w_kk)[L]
            if doc.lang == "kk":
                pos, charge = KK_WORDS.get(pos, pos), KK_WORDS.get(charge, charge)
            rows.append([str(n), pos, charge, num(vol, doc.lang), num(rho, doc.lang), num(mass, doc.lang), code, waste, op])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": mass, "name_contains": _words(waste, 3)})
    doc.table(g("Таблица 4.5 – Отработанные катализаторы и адсорбенты, выгружаемые при капитальном ремонте",
                "4.5-кесте – Күрделі жөндеу кезінде түсірілетін пайдаланылған катализаторлар мен адсорбенттер", ""), rows, merges, role="wastes")
    rows = [g(["№", "Код", "Наименование отхода", "Количество, т", "Операция (R/D)"], ["№", "Коды", "Қалдықтың атауы", "Мөлшері, т", "Операция (R/D)"], [])]
    for k, (code, w_ru, w_kk, (lo, hi), op) in enumerate(REPAIR_WASTES, 1):
        t = round(r.uniform(lo, hi), 1)
        waste = (w_ru, w_kk)[L]
        rows.append([str(k), code, waste, num(t, doc.lang), op])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(waste, 3)})
    doc.table(g("Таблица 4.6 – Прочие отходы капитального ремонта", "4.6-кесте – Күрделі жөндеудің басқа қалдықтары", ""), rows, role="wastes")
    doc.p(g("R4 – рециклинг металлов; R5 – рециклинг других неорганических материалов; R8 – извлечение компонентов катализаторов; R9 – повторная "
            "переработка нефти; D5 – захоронение на специально оборудованном полигоне; D10 – сжигание на суше.",
            "R4 – металдарды рециклингтеу; R5 – басқа бейорганикалық материалдарды рециклингтеу; R8 – катализатор компоненттерін алу; R9 – мұнайды "
            "қайта өңдеу; D5 – арнайы жабдықталған полигонға көму; D10 – құрлықта жағу.", ""))
    maybe_distractor(doc)


VN_UNITS = ("CDU", "RFCC", "NHT/CCR", "SRU", "Khu bể chứa")
# (code, name, (share by unit), (low, high) kg in all)
VN_TURNAROUND_CTNH = (
    ("01 04 02", "Bùn đáy bể chứa dầu thô và sản phẩm", (0, 0, 0, 0, 1), (180_000, 420_000)),
    ("01 04 05", "Bùn thải có chứa dầu từ hoạt động bảo dưỡng máy móc, thiết bị", (0.35, 0.3, 0.2, 0.15, 0), (25_000, 70_000)),
    ("18 02 01", "Giẻ lau, vật liệu lọc, vải bảo vệ thải nhiễm thành phần nguy hại", (0.25, 0.25, 0.2, 0.1, 0.2), (6_000, 15_000)),
    ("17 02 03", "Dầu bôi trơn tổng hợp thải", (0.3, 0.3, 0.2, 0.2, 0), (3_000, 9_000)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (0.2, 0.2, 0.2, 0.2, 0.2), (80, 300)),
)
VN_TURNAROUND_ORDINARY = (
    ("Xúc tác RFCC đã qua sử dụng (đã phân định không phải chất thải nguy hại)", (350, 800), "Chuyển giao làm nguyên liệu sản xuất xi măng"),
    ("Bi sứ trơ lót đáy thiết bị phản ứng", (15, 40), "Chôn lấp hợp vệ sinh"),
    ("Sắt thép phế liệu từ thay thế đường ống, khay tháp", (250, 700), "Bán phế liệu"),
    ("Bông khoáng cách nhiệt thải", (20, 60), "Chôn lấp hợp vệ sinh"),
)


def _wastes_il1_vi(doc: Doc) -> None:
    r = doc.rng
    key = doc.pick(("bsr", "nsrp"))
    plant, company, *_ = VN_PLANTS[key]
    doc.h(f"KẾ HOẠCH QUẢN LÝ CHẤT THẢI ĐỢT BẢO DƯỠNG TỔNG THỂ NĂM 2026 – {plant.upper()}")
    doc.p(f"{company} dừng toàn bộ nhà máy để bảo dưỡng tổng thể trong {r.randint(45, 60)} ngày. Khối lượng chất thải nguy hại dự kiến phát "
          "sinh được lập theo từng phân xưởng trên cơ sở số liệu các đợt bảo dưỡng trước.")
    rows = [["TT", "Mã CTNH", "Tên chất thải", "Khối lượng phát sinh theo phân xưởng (kg)", None, None, None, None, "Tổng (kg)"],
            [None, None, None, *VN_UNITS, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (0, 8, 1, 8)]
    for k, (code, name, shares, (lo, hi)) in enumerate(VN_TURNAROUND_CTNH, 1):
        total = r.randint(lo // 10, hi // 10) * 10
        parts = [round(total * s, -1) if total >= 1000 else round(total * s) for s in shares]
        parts[-1 if shares[-1] else max(range(len(shares)), key=lambda i: shares[i])] += total - sum(parts)
        rows.append([str(k), code, name, *(num(v, "vi") if v else "-" for v in parts), num(total, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": total / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 1. Chất thải nguy hại phát sinh trong đợt bảo dưỡng tổng thể", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn)", "Biện pháp xử lý"]]
    for k, (name, (lo, hi), how) in enumerate(VN_TURNAROUND_ORDINARY, 1):
        t = float(r.randint(lo, hi))
        rows.append([str(k), name, num(t, "vi"), how])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc)


# (RU plant, KK plant, RU operator, KK operator, [(code, RU, KK, (low, high) t by the programme)])
PROGRAMME_PLANTS = (
    ("Павлодарский нефтехимический завод", "Павлодар мұнай-химия зауыты", "ТОО «Павлодарский нефтехимический завод»",
     "«Павлодар мұнай-химия зауыты» ЖШС", [
         ("05 01 03*", "Донные шламы резервуаров", "Резервуарлардың түп шламдары", (300, 900)),
         ("05 01 09*", "Нефтешламы флотационной очистки сточных вод", "Ағынды суларды флотациялық тазартудың мұнай шламдары", (400, 1500)),
         ("13 05 02*", "Шламы нефтеловушек", "Мұнай ұстағыштардың шламдары", (150, 600)),
         ("05 01 16", "Серосодержащие отходы десульфуризации нефти (некондиционная сера)", "Мұнайды күкірттен тазартудың құрамында күкірт бар "
          "қалдықтары (кондициялық емес күкірт)", (20, 120)),
         ("16 08 04", "Отработанный катализатор каталитического крекинга (текущий вывод)", "Каталитикалық крекингтің пайдаланылған катализаторы "
          "(ағымдағы шығару)", (250, 600)),
         ("15 02 02*", "Промасленная ветошь и сорбенты", "Майланған шүберек және сорбенттер", (8, 30)),
         ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.5, 2.5)),
         ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (180, 420))]),
    ("Завод по производству полипропилена", "Полипропилен өндіру зауыты", "ТОО «Kazakhstan Petrochemical Industries Inc.»",
     "«Kazakhstan Petrochemical Industries Inc.» ЖШС", [
         ("07 02 13", "Отходы полипропилена (комки, сметки, некондиционные гранулы)", "Полипропилен қалдықтары (кесектер, сыпырындылар, "
          "кондициялық емес түйіршіктер)", (300, 1200)),
         ("16 08 02*", "Отработанный хромсодержащий катализатор дегидрирования пропана", "Пропанды сутексіздендірудің құрамында хром бар "
          "пайдаланылған катализаторы", (40, 160)),
         ("15 01 10*", "Тара из-под химических реагентов", "Химиялық реагенттер ыдысы", (5, 25)),
         ("13 02 05*", "Отработанные моторные и редукторные масла", "Пайдаланылған мотор және редуктор майлары", (6, 20)),
         ("19 08 14", "Осадок очистных сооружений", "Тазарту құрылыстарының тұнбасы", (40, 160)),
         ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.3, 1.5)),
         ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (120, 300))]),
)  # fmt: skip


def _tonnes(x: float) -> float:
    return round(x, 3) if x < 10 else round(x, 1)


def wastes_il2(doc: Doc) -> None:
    """A refinery's or a polypropylene plant's report on carrying out its programme of waste management in 2025: the
    amount the programme foresaw beside the amount actually formed, which alone is the amount, the deviation in per cent,
    then what was handed to other organisations and what the plant used or rendered harmless itself, tonnes throughout —
    three columns of tonnes around the one that counts — spent cracking catalyst withdrawn in the course of the year,
    substandard sulphur as `05 01 16`, a total row (VI: a polyester fibre plant's annual report, the kilograms a year its
    environmental permit allows beside the kilograms formed in 2024, ordinary wastes in tonnes in a second table of the same
    shape)."""
    if doc.lang == "vi":
        _wastes_il2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    p = doc.pick(PROGRAMME_PLANTS)
    name, operator, wastes = p[L], p[2 + L], p[4]
    doc.h(g(f"Отчет о выполнении программы управления отходами за 2025 год. {operator}", f"{operator}. Қалдықтарды басқару бағдарламасының 2025 "
            "жылы орындалуы туралы есеп", ""))
    doc.p(g(f"Объект: {name}. В графе 5 приведено фактическое количество отходов, образованных в отчетном году по данным журналов учета; "
            "графы 7 и 8 – движение отходов в отчетном году с учетом остатков на начало года.",
            f"Объект: {name}. 5-бағанда есепке алу журналдарының деректері бойынша есепті жылы түзілген қалдықтардың нақты мөлшері "
            "келтірілген; 7 және 8-бағандар – жылдың басындағы қалдықтарды ескере отырып есепті жылғы қалдықтардың қозғалысы.", ""))
    head = g(["№", "Код", "Наименование отхода", "Предусмотрено программой на 2025 г., т", "Фактически образовано в 2025 г., т",
              "Отклонение, %", "Передано сторонним организациям, т", "Использовано (обезврежено) на предприятии, т"],
             ["№", "Коды", "Қалдықтың атауы", "2025 жылға бағдарламада көзделген, т", "2025 жылы нақты түзілді, т", "Ауытқу, %",
              "Бөгде ұйымдарға берілді, т", "Кәсіпорында пайдаланылды (залалсыздандырылды), т"], [])
    rows = [head, ["1", "2", "3", "4", "5", "6", "7", "8"]]
    tot = [0.0, 0.0, 0.0, 0.0]
    over = False
    for k, (code, w_ru, w_kk, (lo, hi)) in enumerate(wastes, 1):
        plan = _tonnes(r.uniform(lo, hi))
        fact = _tonnes(plan * r.uniform(0.7, 1.12))
        own_share = r.choice((0.0, 0.0, 0.3, 0.6)) if code.startswith(("05", "13 05")) else 0.0
        own = _tonnes(fact * own_share)
        passed = _tonnes(fact * r.uniform(0.85, 1.05) - own)
        dev = round((fact - plan) / plan * 100, 1)
        over = over or dev > 0
        waste = (w_ru, w_kk)[L]
        rows.append([str(k), code, waste, num(plan, doc.lang), num(fact, doc.lang), ("+" if dev > 0 else "") + num(dev, doc.lang),
                     num(passed, doc.lang), num(own, doc.lang) if own else "–"])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": fact, "name_contains": _words(waste, 3)})
        tot = [tot[0] + plan, tot[1] + fact, tot[2] + passed, tot[3] + own]
    rows.append(["", "", g("Итого", "Барлығы", ""), num(round(tot[0], 3), doc.lang), num(round(tot[1], 3), doc.lang), "",
                 num(round(tot[2], 3), doc.lang), num(round(tot[3], 3), doc.lang)])
    doc.table(g("Таблица 2 – Образование и движение отходов в 2025 году", "2-кесте – 2025 жылы қалдықтардың түзілуі және қозғалысы", ""), rows,
              role="wastes")
    if over:
        doc.p(g("Превышение по отдельным видам отходов обусловлено увеличением объема переработки и внеплановой зачисткой оборудования; общий "
                "объем образования не превысил установленных лимитов накопления.",
                "Жекелеген қалдық түрлері бойынша асып кетуі өңдеу көлемінің ұлғаюына және жабдықты жоспардан тыс тазалауға байланысты; түзілудің "
                "жалпы көлемі белгіленген жинақтау лимиттерінен аспады.", ""))
    else:
        doc.p(g("Образование отходов всех видов не превысило количества, предусмотренного программой, и установленных лимитов накопления.",
                "Қалдықтардың барлық түрлерінің түзілуі бағдарламада көзделген мөлшерден және белгіленген жинақтау лимиттерінен аспады.", ""))
    maybe_distractor(doc)


# (code, name, (low, high) kg a year allowed)
PVTEX_CTNH = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (3_000, 8_000)),
    ("18 02 01", "Giẻ lau, vật liệu lọc dính dầu, hóa chất", (2_000, 6_000)),
    ("18 01 03", "Bao bì nhựa cứng thải (can đựng chất tẩy rửa, phụ gia)", (1_500, 4_000)),
    ("18 01 02", "Bao bì kim loại thải (thùng phuy đựng dầu truyền nhiệt)", (1_000, 3_500)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (150, 400)),
    ("19 06 01", "Ắc quy chì thải", (300, 1_200)),
)
PVTEX_ORDINARY = (
    ("Xơ, sợi polyester phế phẩm", (300, 900), "Bán tái chế"),
    ("Polyme cục thải từ quá trình khởi động, chuyển đổi dây chuyền", (150, 500), "Bán tái chế"),
    ("Bùn thải từ hệ thống xử lý nước thải (đã phân định không nguy hại)", (60, 200), "Chuyển giao xử lý"),
    ("Bao bì giấy, carton, pallet gỗ thải", (40, 150), "Bán tái chế"),
)


def _wastes_il2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = VN_PLANTS["pvtex"]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Nhà máy hoạt động lại từ tháng 3/2024 sau thời gian dừng sản xuất; khối lượng chất thải thực tế phát sinh "
          "thấp hơn khối lượng được phép theo giấy phép môi trường.")
    rows = [["TT", "Mã CTNH", "Tên chất thải", "Khối lượng theo giấy phép môi trường (kg/năm)", "Khối lượng phát sinh năm 2024 (kg)",
             "Tổ chức tiếp nhận"]]
    for k, (code, name, (lo, hi)) in enumerate(PVTEX_CTNH, 1):
        allowed = r.randint(lo // 100, hi // 100) * 100
        kg = round(allowed * r.uniform(0.25, 0.8))
        rows.append([str(k), code, name, num(allowed, "vi"), num(kg, "vi"), "Công ty TNHH Môi trường Xanh Đình Vũ"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3. Chất thải nguy hại", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng theo giấy phép môi trường (tấn/năm)", "Khối lượng phát sinh năm 2024 (tấn)", "Biện pháp xử lý"]]
    for k, (name, (lo, hi), how) in enumerate(PVTEX_ORDINARY, 1):
        allowed = float(r.randint(lo, hi))
        t = round(allowed * r.uniform(0.25, 0.8), 1)
        rows.append([str(k), name, num(allowed, "vi"), num(t, "vi"), how])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 4. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (RU city, KK city, index of the refinery, [(RU address, KK address)])
COMPLAINT_CITIES = (
    ("г. Атырау", "Атырау қ.", 0, [("мкр. Жилгородок, ул. Гагарина, 12", "Жилгородок ш/а, Гагарин к-сі, 12"),
                                   ("ул. Владимирская, 98", "Владимирская к-сі, 98"),
                                   ("мкр. Химпоселок, ул. Менделеева, 5", "Химпоселок ш/а, Менделеев к-сі, 5"),
                                   ("пос. Бірлік, ул. Жастар, 3", "Бірлік кенті, Жастар к-сі, 3")]),
    ("г. Павлодар", "Павлодар қ.", 1, [("ул. Камзина, 41", "Қамзин к-сі, 41"), ("мкр. Усольский, дом 6", "Усольский ш/а, 6-үй"),
                                       ("ул. Ломова, 160", "Ломов к-сі, 160"), ("пос. Кенжеколь, ул. Центральная, 2", "Кеңжекөл кенті, Орталық к-сі, 2")]),
    ("г. Шымкент", "Шымкент қ.", 2, [("мкр. Нурсат, дом 17", "Нұрсат ш/а, 17-үй"), ("ул. Капал батыра, 88", "Қапал батыр к-сі, 88"),
                                     ("мкр. Тассай, ул. Бейбітшілік, 4", "Тассай ш/а, Бейбітшілік к-сі, 4"),
                                     ("пос. Бозарык, ул. Достык, 11", "Бозарық кенті, Достық к-сі, 11")]),
)  # fmt: skip
# code: (ПДК м.р. mg/m3, (low, high), share of `н/о`)
COMPLAINT_AIR = {"0333": (0.008, (0.002, 0.013), 0.1), "1715": (0.006, (0.0005, 0.004), 0.35), "0602": (0.3, (0.01, 0.09), 0.2),
                 "0330": (0.5, (0.02, 0.2), 0.0)}
COMPLAINT_LABELS = {"0333": ("Сероводород", "Күкіртсутек"), "1715": ("Метилмеркаптан", "Метилмеркаптан"), "0602": ("Бензол", "Бензол"),
                    "0330": ("Серы диоксид", "Күкірт диоксиді")}
WINDS = {"ru": ("С", "СВ", "В", "ЮВ", "Ю", "ЮЗ", "З", "СЗ"), "kk": ("С", "СШ", "Ш", "ОШ", "О", "ОБ", "Б", "СБ")}


def limits_il1(doc: Doc) -> None:
    """A refinery's protocol of air measurements made by its mobile laboratory each time townspeople complained of a smell,
    a row per call-out with its date and hour, the complaint's number, the complainant's address — the only point, no code —
    and the wind, hydrogen sulphide, methanethiol, benzene and sulphur dioxide under a merged header, the ПДК м.р. in a row
    under the header, an address visited twice, `н/о` where nothing was found (VI: a refinery's quick measurements in the
    villages around it after residents' reports, points `KK-PA1` … with the hamlet, against the one-hour values of QCVN
    06:2009/BTNMT in µg/m3, `KPH`)."""
    if doc.lang == "vi":
        _limits_il1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    c_ru, c_kk, idx, addresses = doc.pick(COMPLAINT_CITIES)
    operator = REFINERIES[idx][2 + L]
    codes = list(COMPLAINT_AIR)
    doc.h(g(f"Протокол измерений качества атмосферного воздуха по обращениям населения. {operator}",
            f"{operator}. Тұрғындардың өтініштері бойынша атмосфералық ауа сапасын өлшеу хаттамасы", ""))
    doc.p(g(f"Измерения выполнены передвижной экологической лабораторией центральной заводской лаборатории на территории {c_ru} в местах "
            "проживания заявителей, обратившихся через портал «e-Otinish» и по телефону горячей линии. Разовые пробы отобраны в течение 20 минут.",
            f"Өлшеулерді орталық зауыт зертханасының жылжымалы экологиялық зертханасы {c_kk} аумағында «e-Otinish» порталы арқылы және жедел "
            "желі телефоны бойынша жүгінген өтініш берушілердің тұратын жерлерінде жүргізді. Бір реттік сынамалар 20 минут ішінде алынды.", ""))
    head = g(["Дата, время отбора", "№ обращения", "Место отбора (адрес заявителя)", "Ветер: направление, скорость", "Концентрация, мг/м³", None,
              None, None],
             ["Сынама алу күні, уақыты", "Өтініш №", "Сынама алу орны (өтініш берушінің мекенжайы)", "Жел: бағыты, жылдамдығы",
              "Шоғырлануы, мг/м³", None, None, None], [])
    sub = [None] * 4 + [f"{COMPLAINT_LABELS[c][L]} ({c})" for c in codes]
    pdk = [g("ПДК м.р., мг/м³", "ШЖК м.б., мг/м³", ""), None, None, None] + [num(COMPLAINT_AIR[c][0], doc.lang) for c in codes]
    rows = [head, sub, pdk]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 7), (2, 0, 2, 3)]
    visits = [r.randrange(len(addresses)) for _ in range(6)]
    visits.append(visits[0])
    when = datetime(2026, 3, r.randint(2, 9), r.randint(6, 8), r.randint(0, 59))
    above = []
    for k, a in enumerate(visits):
        when += timedelta(days=r.randint(1, 4), minutes=r.randint(-300, 300))
        place = addresses[a][L]
        line = [when.strftime("%d.%m.%Y, %H:%M"), f"ЗТ-2026-{r.randint(100000, 999999)}", place, f"{r.choice(WINDS[doc.lang])}, {r.randint(1, 6)} м/с"]
        for c in codes:
            norm, (lo, hi), nd = COMPLAINT_AIR[c]
            if k and r.random() < nd:
                line.append(g("н/о", "а/ж", ""))
                add(doc, {x: y for x, y in limit(("code", c), "air", norm, "mg/m3", None, place).items() if x != "value"})
                continue
            v = _sig(r.uniform(lo, hi), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("code", c), "air", norm, "mg/m3", None, place, v))
            if v > norm:
                above.append((when.strftime("%d.%m.%Y"), num(round(v / norm, 1), doc.lang)))
        rows.append(line)
    doc.table(g("Таблица 1 – Результаты разовых измерений", "1-кесте – Бір реттік өлшеулердің нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("«н/о» – не обнаружено (ниже нижнего предела измерений). Результаты направлены в Департамент экологии и заявителям.",
            "«а/ж» – анықталған жоқ (өлшеудің төменгі шегінен төмен). Нәтижелер Экология департаментіне және өтініш берушілерге жіберілді.", ""))
    if above:
        said = "; ".join(f"{d} – {x} ПДК" for d, x in above)
        doc.p(g(f"Превышения ПДК м.р. сероводорода зафиксированы: {said}.", f"Күкіртсутектің ШЖК м.б. асуы тіркелді: "
                f"{said.replace('ПДК', 'ШЖК')}.", ""))
    maybe_distractor(doc)


# plant key: [(point, hamlet)]
VN_VILLAGES = {
    "nsrp": (("KK-PA1", "thôn Tân Hải, xã Hải Yến"), ("KK-PA2", "thôn Bắc Sơn, xã Hải Hà"), ("KK-PA3", "thôn Đông Hải, xã Hải Thượng")),
    "bsr": (("KK-PA1", "thôn Tân Hy, xã Bình Thuận"), ("KK-PA2", "thôn Đông Yên, xã Bình Đông"), ("KK-PA3", "thôn Vĩnh Trà, xã Bình Trị")),
}
# (code, label, one-hour value µg/m3 of QCVN 06:2009/BTNMT, (low, high), share of KPH)
VN_COMPLAINT_AIR = (("0333", "H2S", 42, (3, 48), 0.15), ("0303", "NH3", 200, (10, 90), 0.1), ("0602", "Benzen", 22, (2, 18), 0.3),
                    ("0621", "Toluen", 500, (5, 80), 0.3))


def _limits_il1_vi(doc: Doc) -> None:
    r = doc.rng
    key = doc.pick(sorted(VN_VILLAGES))
    plant, company, *_ = VN_PLANTS[key]
    doc.h(f"KẾT QUẢ ĐO NHANH CHẤT LƯỢNG KHÔNG KHÍ KHI CÓ PHẢN ÁNH CỦA NGƯỜI DÂN – {plant.upper()}")
    doc.p(f"{company} phối hợp với Trung tâm Quan trắc môi trường tỉnh lấy mẫu không khí xung quanh (trung bình 1 giờ) tại khu dân cư có phản ánh "
          "về mùi. Quy chuẩn so sánh: QCVN 06:2009/BTNMT, đơn vị µg/m3.")
    rows = [["Ngày, giờ lấy mẫu", "Vị trí lấy mẫu", "Hướng gió", *(lab for _, lab, *_ in VN_COMPLAINT_AIR)],
            ["QCVN 06:2009/BTNMT (trung bình 1 giờ)", None, None, *(num(v, "vi") for _, _, v, _, _ in VN_COMPLAINT_AIR)]]
    merges = [(1, 0, 1, 2)]
    villages = VN_VILLAGES[key]
    day = date(2025, 5, r.randint(2, 9))
    for k in range(6):
        pid, hamlet = villages[k % len(villages)] if k < 3 else doc.pick(villages)
        day += timedelta(days=r.randint(1, 5))
        line = [f"{day.strftime('%d/%m/%Y')}, {r.randint(5, 21):02d}:{r.choice(('00', '15', '30', '45'))}", f"{pid} – {hamlet}",
                doc.pick(("Đông Bắc", "Đông", "Đông Nam", "Nam", "Tây Nam", "Bắc"))]
        for c, _, norm, (lo, hi), nd in VN_COMPLAINT_AIR:
            if r.random() < nd:
                line.append("KPH")
                add(doc, {x: y for x, y in limit(("code", c), "air", norm, "µg/m3", None, pid).items() if x != "value"})
                continue
            v = float(r.randint(lo, hi))
            line.append(num(v, "vi"))
            add(doc, limit(("code", c), "air", norm, "µg/m3", None, pid, v))
        rows.append(line)
    doc.table("Bảng 1. Kết quả đo không khí xung quanh tại khu dân cư", rows, merges, role="limits")
    doc.p("KPH: không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp).")
    maybe_distractor(doc)


# (source(s), RU object, KK object, {code: norm mg/Nm3}, RU tail, KK tail, basis)
KER_STACKS = (
    (("0131",), "регенератора катализатора комплекса каталитического крекинга", "каталитикалық крекинг кешені катализаторы регенераторының",
     {"2902": 50, "0330": 800, "0301": 400, "0337": 500}, "", "", "НДТ 24, 25"),
    (("0145",), "печи дожига хвостовых газов установки производства серы", "күкірт өндіру қондырғысының қалдық газдарды кейін жағу пешінің",
     {"0330": 1500, "0301": 250, "0337": 100, "0333": 10}, " Степень извлечения серы – не менее 99,5 %.",
     " Күкіртті алу дәрежесі – кемінде 99,5 %.", "НДТ 54"),
    (("0101", "0102"), "технологических печей П-1 и П-2 установки ЭЛОУ-АВТ-6, работающих на топливном газе",
     "отын газымен жұмыс істейтін ЭЛОУ-АВТ-6 қондырғысының П-1 және П-2 технологиялық пештерінің", {"0301": 150, "0337": 100, "0330": 35}, "",
     "", "НДТ 34, 36"),
)  # fmt: skip
KER_WATER = {"TSS": 20, "TPH": 0.3, "BOD5": 15, "COD": 30, "Phenols": 0.01, "S2-": 0.05, "pH": (6.5, 8.5)}
KER_NAMES = {
    "2902": ("взвешенные частицы (катализаторная пыль)", "қалқыма бөлшектер (катализатор шаңы)"), "0330": ("серы диоксид", "күкірт диоксиді"),
    "0301": ("азота диоксид", "азот диоксиді"), "0337": ("углерода оксид", "көміртек оксиді"), "0333": ("сероводород", "күкіртсутек"),
}
KER_WATER_NAMES = {"TSS": ("взвешенные вещества", "қалқыма заттар"), "TPH": ("нефтепродукты", "мұнай өнімдері"), "BOD5": ("БПК5", "ОБТ5"),
                   "COD": ("ХПК", "ОХТ"), "Phenols": ("фенолы", "фенолдар"), "S2-": ("сульфиды", "сульфидтер"),
                   "pH": ("водородный показатель (pH)", "сутегі көрсеткіші (pH)")}


def limits_il2(doc: Doc) -> None:
    """The annex of a refinery's complex environmental permit listing its environmental conditions as numbered sentences,
    `№ | условие | основание | срок`, the limits standing only inside the sentences — the concentrations at the catalytic
    cracker's regenerator, at the sulphur plant's incinerator with a sulphur recovery of at least 99,5 % that gives no item,
    at two heaters named together, then the treated waste water to the evaporation ponds with its pH range — among
    conditions that set no figure (flaring only in emergencies, the quarterly report), the BAT numbers as the basis (VI: the
    waste-gas streams of a refinery's environmental permit under rows spanning the table, QCVN 19:2009/BTNMT column B with
    each stream's Kp beside QCVN 20:2009/BTNMT for the aromatics vent, which has no column and no coefficients, and the
    periodic and automatic monitoring of every parameter in the last two columns)."""
    if doc.lang == "vi":
        _limits_il2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(REFINERIES[:3])
    name, operator = p[L], p[2 + L]
    permit = _permit(doc)
    doc.h(g(f"Комплексное экологическое разрешение № {permit}. {operator}", f"{operator}. № {permit} кешенді экологиялық рұқсат", ""))
    doc.h(g("Приложение 3. Экологические условия", "3-қосымша. Экологиялық шарттар", ""))
    doc.p(g(f"Объект: {name}, I категория. Условия обязательны для оператора объекта в течение срока действия разрешения.",
            f"Объект: {name}, I санат. Шарттар рұқсаттың қолданылу мерзімі ішінде объект операторы үшін міндетті.", ""))
    rows = [g(["№", "Экологическое условие", "Основание", "Срок исполнения"], ["№", "Экологиялық шарт", "Негіздеме", "Орындау мерзімі"], [])]
    ref = g("Справочник по НДТ «Переработка нефти и газа», ", "«Мұнай мен газды өңдеу» ЕҚТ жөніндегі анықтамалық, ", "")
    since = g("с даты выдачи разрешения", "рұқсат берілген күннен бастап", "")
    sources: list[str] = []
    for k, (numbers, o_ru, o_kk, norms, t_ru, t_kk, bat) in enumerate(KER_STACKS, 1):
        ids = ", ".join(numbers)
        parts = "; ".join(f"{KER_NAMES[c][L]} – {num(v, doc.lang)}" for c, v in norms.items())
        text = g(f"Концентрации загрязняющих веществ в отходящих газах {o_ru} (ИЗА {ids}) не должны превышать, мг/Нм³ (при 3 % O2): {parts}.{t_ru}",
                 f"{o_kk} (ЛШК {ids}) шығатын газдарындағы ластаушы заттардың шоғырлануы мына мәндерден аспауға тиіс, мг/Нм³ (3 % O2 кезінде): "
                 f"{parts}.{t_kk}", "")
        rows.append([f"3.{k}", text[0].upper() + text[1:], ref + bat.replace("НДТ", g("НДТ", "ЕҚТ", "")), since])
        for n in numbers:
            sources.append(n)
            for c, v in norms.items():
                add(doc, limit(("code", c), "flue_gas", v, "mg/Nm3", None, n))
    rows.append(["3.4", g("Не допускать сжигания углеводородных газов на факельных установках (ИЗА 0090, 0091), кроме аварийных ситуаций, пусков и "
                          "остановов установок; о каждом аварийном сжигании уведомлять уполномоченный орган в течение 2 часов.",
                          "Авариялық жағдайларды, қондырғыларды іске қосу мен тоқтатуды қоспағанда, алау қондырғыларында (ЛШК 0090, 0091) көмірсутек "
                          "газдарын жағуға жол бермеу; әрбір авариялық жағу туралы уәкілетті органды 2 сағат ішінде хабардар ету.", ""),
                 g("Экологический кодекс РК, ст. 146", "ҚР Экология кодексі, 146-бап", ""), since])
    sources += ["0090", "0091"]
    parts = "; ".join(f"{KER_WATER_NAMES[s][L]} – " + (f"{num(v[0], doc.lang)}–{num(v[1], doc.lang)}" if isinstance(v, tuple) else num(v, doc.lang))
                      for s, v in KER_WATER.items())
    rows.append(["3.5", g(f"Концентрации загрязняющих веществ в очищенных сточных водах, отводимых в пруды-испарители (выпуск № 1), не должны "
                          f"превышать, мг/дм³: {parts}.",
                          f"Булану тоғандарына бұрылатын тазартылған ағынды сулардағы (№ 1 шығарым) ластаушы заттардың шоғырлануы мына мәндерден "
                          f"аспауға тиіс, мг/дм³: {parts}.", ""),
                 g("Нормативы допустимых сбросов", "Жол берілетін төгінділер нормативтері", ""), since])
    point = g("выпуск № 1", "№ 1 шығарым", "")
    for s, v in KER_WATER.items():
        add(doc, limit(("symbol", s), "waste_water", v, "mg/l", None, point))
    rows.append(["3.6", g("Представлять отчет по программе производственного экологического контроля ежеквартально, до 10 числа месяца, "
                          "следующего за отчетным кварталом.",
                          "Өндірістік экологиялық бақылау бағдарламасы бойынша есепті тоқсан сайын, есепті тоқсаннан кейінгі айдың 10-на дейін "
                          "ұсыну.", ""),
                 g("Экологический кодекс РК, ст. 186", "ҚР Экология кодексі, 186-бап", ""), g("ежеквартально", "тоқсан сайын", "")])
    doc.table(g("Экологические условия комплексного экологического разрешения", "Кешенді экологиялық рұқсаттың экологиялық шарттары", ""), rows,
              role="limits")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    maybe_distractor(doc)


# plant key: [(point, stream, flow m3/h, automatic?, [(kind, key, label, unit, norm or None, standard)])]
QCVN19_B = {"2902": 200, "0330": 500, "0301": 850, "0337": 1000, "0333": 7.5}
QCVN20 = {"0602": 5, "0621": 750, "0616": 870}
VN_STREAMS = {
    "nsrp": (("KT1", "Dòng khí thải số 01 – ống khói lò gia nhiệt phân xưởng chưng cất dầu thô (CDU)", 185_000, ("2902", "0330", "0301", "0337")),
             ("KT2", "Dòng khí thải số 02 – ống khói lò tái sinh xúc tác RFCC", 260_000, ("2902", "0330", "0301", "0337")),
             ("KT3", "Dòng khí thải số 03 – ống khói lò đốt khí đuôi phân xưởng thu hồi lưu huỳnh", 64_000, ("0330", "0301", "0337", "0333")),
             ("KT4", "Dòng khí thải số 04 – ống thông hơi phân xưởng thơm hóa (aromatics)", 9_000, ("0602", "0621", "0616"))),
    "bsr": (("KT1", "Dòng khí thải số 01 – ống khói chung các lò gia nhiệt phân xưởng CDU và NHT", 170_000, ("2902", "0330", "0301", "0337")),
            ("KT2", "Dòng khí thải số 02 – ống khói lò tái sinh xúc tác RFCC (sau thiết bị lọc bụi tĩnh điện)", 240_000, ("2902", "0330", "0301", "0337")),
            ("KT3", "Dòng khí thải số 03 – ống khói lò đốt khí đuôi phân xưởng thu hồi lưu huỳnh (SRU)", 45_000, ("0330", "0301", "0337", "0333")),
            ("KT4", "Dòng khí thải số 04 – ống thông hơi bể chứa trung gian phân xưởng isome hóa", 6_000, ("0602", "0621"))),
}  # fmt: skip
AUTOMATIC = ("2902", "0330", "0301", "0337")


def _kp(flow: int) -> float:
    return 1.0 if flow <= 20_000 else 0.9 if flow <= 100_000 else 0.8


def _limits_il2_vi(doc: Doc) -> None:
    r = doc.rng
    key = doc.pick(sorted(VN_STREAMS))
    plant, company, *_ = VN_PLANTS[key]
    kv = 1.0
    doc.h(f"PHỤ LỤC 2. NỘI DUNG CẤP PHÉP XẢ KHÍ THẢI VÀ YÊU CẦU BẢO VỆ MÔI TRƯỜNG ĐỐI VỚI THU GOM, XỬ LÝ KHÍ THẢI – {plant.upper()}")
    doc.p(f"(Kèm theo Giấy phép môi trường số {r.randint(10, 480)}/GPMT-BTNMT cấp cho {company})")
    doc.p("Chất lượng khí thải trước khi xả ra môi trường phải bảo đảm đáp ứng QCVN 19:2009/BTNMT, cột B với hệ số Kv = 1,0 (khu kinh tế) và hệ "
          "số Kp theo lưu lượng của từng dòng khí thải; đối với các chất hữu cơ áp dụng QCVN 20:2009/BTNMT (không áp dụng hệ số).")
    rows = [["TT", "Chất ô nhiễm", "Đơn vị tính", "Giá trị giới hạn cho phép", "Quy chuẩn áp dụng", "Tần suất quan trắc định kỳ",
             "Quan trắc tự động, liên tục"]]
    merges = []
    for s, (pid, stream, flow, codes) in enumerate(VN_STREAMS[key], 1):
        kp = _kp(flow)
        auto = set(codes) & set(AUTOMATIC) == set(AUTOMATIC) or set(codes) >= {"0330", "0301", "0337"}
        _span(rows, merges, f"{s}. {stream} – ký hiệu {pid}; lưu lượng xả thải lớn nhất {num(flow, 'vi')} m³/giờ (Kp = {num(kp, 'vi')})", 7)
        k = 0
        for c in codes:
            k += 1
            if c in QCVN20:
                norm, std, col = QCVN20[c], "QCVN 20:2009/BTNMT", None
            else:
                norm, std, col = _sig(QCVN19_B[c] * kp * kv, 6), "QCVN 19:2009/BTNMT, cột B", "B"
            continuous = auto and c in AUTOMATIC
            rows.append([f"{s}.{k}", AIR[c][2] if c != "2902" else "Bụi tổng", "mg/Nm³", num(norm, "vi"), std,
                         "Không thực hiện (đã quan trắc tự động)" if continuous else "03 tháng/lần", "Liên tục" if continuous else "-"])
            add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", col, pid))
            doc.add("monitoring", {"point": pid, "code": c, "frequency": "continuous" if continuous else "quarterly"})
        if auto:
            rows.append([f"{s}.{k + 1}", "Lưu lượng, nhiệt độ, áp suất, O2 dư", "m³/giờ; °C; Pa; %", "-", "-", "-", "Liên tục"])
    doc.table("Bảng 2.1. Các chất ô nhiễm và giá trị giới hạn cho phép theo từng dòng khí thải", rows, merges, role="limits")
    doc.p("Dữ liệu quan trắc tự động, liên tục được truyền trực tiếp về Sở Nông nghiệp và Môi trường.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# ((RU section, KK section), [(number, RU source, KK source, [(RU parameter, KK parameter, RU method, KK method, frequency or said, codes)])])
# a frequency of the contract is a key of FREQ; a said one is a pair (RU, KK) and gives no duty
FLARE_PLAN = (
    (("Факельное хозяйство", "Алау шаруашылығы"), [
        ("0090", "Факел высокого давления общезаводской (ФВД-1)", "Зауыттық жоғары қысымды алау (ФВД-1)", [
            ("Расход газа, сбрасываемого на факел", "Алауға тасталатын газдың шығыны", "ультразвуковой расходомер", "ультрадыбыстық шығын өлшегіш",
             ("непрерывно", "үздіксіз"), ()),
            ("Компонентный состав сбросного газа", "Тасталатын газдың компоненттік құрамы", "хроматографический анализ (ЦЗЛ)",
             "хроматографиялық талдау (ОЗЗ)", ("ежесменно", "әр ауысымда"), ()),
            ("Наличие пламени дежурных горелок", "Кезекші жанарғылар жалынының болуы", "термопары, видеонаблюдение", "термопаралар, бейнебақылау",
             ("непрерывно", "үздіксіз"), ()),
            ("Выбросы", "Шығарындылар", "расчетный, по данным учета сжигаемого газа", "есептеу, жағылатын газды есепке алу деректері бойынша",
             "monthly", ("0337", "0301", "0304", "0410", "0328"))]),
        ("0091", "Факел кислых газов (ФКГ)", "Қышқыл газдар алауы (ФКГ)", [
            ("Расход газа, сбрасываемого на факел", "Алауға тасталатын газдың шығыны", "вихревой расходомер", "құйынды шығын өлшегіш",
             ("непрерывно", "үздіксіз"), ()),
            ("Выбросы", "Шығарындылар", "расчетный, по данным учета и состава газа", "есептеу, газды есепке алу және құрамы деректері бойынша",
             "monthly", ("0330", "0333", "0337", "0301"))])]),
    (("Резервуарные парки", "Резервуарлар парктері"), [
        ("6010", "Резервуарный парк нефти (Р-1…Р-6)", "Мұнай резервуарлар паркі (Р-1…Р-6)", [
            ("Выбросы", "Шығарындылар", "расчетный, по объему приема и отгрузки", "есептеу, қабылдау және тиеп жөнелту көлемі бойынша", "quarterly",
             ("0415", "0416", "0333")),
            ("Уровень взлива и температура продукта", "Өнімнің құйылу деңгейі мен температурасы", "датчики АСУ ТП", "ТП АБЖ датчиктері",
             ("непрерывно", "үздіксіз"), ())]),
        ("6011", "Резервуарный парк бензинов с понтонами (Р-21…Р-28)", "Понтонды бензин резервуарлар паркі (Р-21…Р-28)", [
            ("Выбросы", "Шығарындылар", "расчетный, по объему приема и отгрузки", "есептеу, қабылдау және тиеп жөнелту көлемі бойынша", "quarterly",
             ("0415", "0416", "0602", "0621", "0616")),
            ("Концентрация на обваловании парка", "Парк үйіндісіндегі шоғырлану", "инструментальный, газоанализатор", "аспаптық, газоанализатор",
             "monthly", ("0602",))]),
        ("6012", "Резервуарный парк дизельного топлива (Р-31…Р-36)", "Дизель отыны резервуарлар паркі (Р-31…Р-36)", [
            ("Выбросы", "Шығарындылар", "расчетный, по объему приема и отгрузки", "есептеу, қабылдау және тиеп жөнелту көлемі бойынша", "quarterly",
             ("0333", "2754"))])]),
)  # fmt: skip


def monitoring_il1(doc: Doc) -> None:
    """The section of a refinery's ПЭК programme on its flares and tank farms, the source merged down over its rows, each
    row a parameter with its method, frequency and who does it: the gas flow to the flare, the composition of the gas every
    shift and the pilot flames watched continuously give no substance, while the row `Выбросы` lists the substances with
    their codes in brackets, worked out monthly from the gas metered, the tank farms' vapours quarterly from the volumes
    received and shipped, and benzene also measured monthly on the gasoline farm's bund — the same source and substance at
    two frequencies (VI: a refinery's flares and tank farms in its monitoring programme, points `ĐĐ1`, `BC1` …, the flow and
    the shift's gas analysis beside the calculated emissions)."""
    if doc.lang == "vi":
        _monitoring_il1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(REFINERIES[:3])
    name, operator = p[L], p[2 + L]
    doc.h(g(f"Программа производственного экологического контроля. {name} ({operator})",
            f"{operator} ({name}). Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("5.4. Мониторинг эмиссий факельных установок и резервуарных парков", "5.4. Алау қондырғылары мен резервуарлар парктерінің эмиссиялар "
            "мониторингі", ""))
    doc.p(g("Выбросы факельных установок определяются расчетным методом по данным приборного учета сжигаемого газа и его компонентного состава; "
            "выбросы резервуарных парков – по методике расчета выбросов от резервуаров с учетом фактических объемов приема и отгрузки.",
            "Алау қондырғыларының шығарындылары жағылатын газды аспаппен есепке алу және оның компоненттік құрамы деректері бойынша есептеу "
            "әдісімен анықталады; резервуарлар парктерінің шығарындылары – қабылдау мен тиеп жөнелтудің нақты көлемдерін ескере отырып "
            "резервуарлардан шығатын шығарындыларды есептеу әдістемесі бойынша.", ""))
    rows = [g(["№ ИЗА", "Источник", "Контролируемый параметр", "Метод (средство) контроля", "Периодичность", "Исполнитель"],
              ["ЛШК №", "Көзі", "Бақыланатын параметр", "Бақылау әдісі (құралы)", "Кезеңділігі", "Орындаушы"], [])]
    merges: list = []
    pairs: list[tuple[str, str]] = []
    numbers = []
    for (s_ru, s_kk), sources in FLARE_PLAN:
        _span(rows, merges, (s_ru, s_kk)[L], 6)
        for number, n_ru, n_kk, params in sources:
            numbers.append(number)
            start = len(rows)
            for p_ru, p_kk, m_ru, m_kk, when, codes in params:
                label = (p_ru, p_kk)[L]
                if codes:
                    label += ": " + ", ".join(f"{_lower_first(_air(doc, c))} ({c})" for c in codes)
                said = freq(doc, when) if isinstance(when, str) else when[L]
                who = g("ООС (расчет)", "ҚОҚ бөлімі (есептеу)", "") if codes and "расчет" in m_ru else g("ЦЗЛ", "ОЗЗ", "")
                if not codes:
                    who = g("оператор установки", "қондырғы операторы", "") if "непрерывно" in when[0] else g("ЦЗЛ", "ОЗЗ", "")
                rows.append([number if len(rows) == start else None, (n_ru, n_kk)[L] if len(rows) == start else None, label, (m_ru, m_kk)[L], said, who])
                for c in codes:
                    doc.add("monitoring", {"source_number": number, "code": c, "frequency": when})
                    pairs.append((number, c))
            if len(params) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 5.4 – План-график контроля на факельных установках и в резервуарных парках",
                "5.4-кесте – Алау қондырғылары мен резервуарлар парктеріндегі бақылау жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in dict.fromkeys(pairs)))
    doc.p(g("ООС – отдел охраны окружающей среды; ЦЗЛ – центральная заводская лаборатория.",
            "ҚОҚ бөлімі – қоршаған ортаны қорғау бөлімі; ОЗЗ – орталық зауыт зертханасы.", ""))
    maybe_distractor(doc)


# (point, place, [(parameter, method, frequency or said, codes)])
VN_FLARE_PLAN = (
    ("ĐĐ1", "Đuốc đốt khí cao áp", [("Lưu lượng khí đốt đuốc", "Lưu lượng kế siêu âm", "Liên tục", ()),
                                   ("Thành phần khí đốt đuốc", "Sắc ký khí, phòng thí nghiệm", "Mỗi ca", ()),
                                   ("Phát thải: CO, NOx (tính theo NO2), Metan (CH4)", "Tính toán theo lưu lượng và thành phần khí", "monthly",
                                    ("0337", "0301", "0410"))]),
    ("ĐĐ2", "Đuốc đốt khí axit", [("Lưu lượng khí đốt đuốc", "Lưu lượng kế xoáy", "Liên tục", ()),
                                 ("Phát thải: SO2, H2S, NOx (tính theo NO2)", "Tính toán theo lưu lượng và thành phần khí", "monthly",
                                  ("0330", "0333", "0301"))]),
    ("BC1", "Khu bể chứa dầu thô", [("Phát thải: H2S, Benzen", "Tính toán theo khối lượng nhập, xuất (AP-42)", "quarterly", ("0333", "0602"))]),
    ("BC2", "Khu bể chứa xăng, naphtha (mái phao)", [("Phát thải: Benzen, Toluen, Xylen", "Tính toán theo khối lượng nhập, xuất (AP-42)", "quarterly",
                                                      ("0602", "0621", "0616")),
                                                     ("Nồng độ Benzen tại bờ bao khu bể", "Đo nhanh bằng thiết bị PID", "monthly", ("0602",))]),
)  # fmt: skip


def _monitoring_il1_vi(doc: Doc) -> None:
    key = doc.pick(("nsrp", "bsr"))
    plant, company, *_ = VN_PLANTS[key]
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {plant.upper()}")
    doc.h("5.3. Giám sát hệ thống đuốc và khu bể chứa")
    doc.p(f"Chủ cơ sở: {company}. Phát thải từ đuốc và khu bể chứa được xác định bằng phương pháp tính toán; kết quả được tổng hợp vào báo cáo "
          "công tác bảo vệ môi trường hằng năm.")
    rows = [["Ký hiệu", "Vị trí", "Thông số giám sát", "Phương pháp", "Tần suất"]]
    merges = []
    for pid, place, params in VN_FLARE_PLAN:
        start = len(rows)
        for label, method, when, codes in params:
            rows.append([pid if len(rows) == start else None, place if len(rows) == start else None, label, method,
                         freq(doc, when) if codes else when])
            for c in codes:
                doc.add("monitoring", {"point": pid, "code": c, "frequency": when})
        if len(params) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 5.3. Giám sát đuốc và khu bể chứa", rows, merges, role="monitoring")
    maybe_distractor(doc)


# (RU point, KK point, RU component, KK component, [(kind, key, RU name, KK name, quarters)])
QUARTER_PLAN = (
    ("Т-1 (граница СЗЗ, север)", "Т-1 (СҚА шекарасы, солтүстік)", "air"),
    ("Т-2 (граница СЗЗ, восток)", "Т-2 (СҚА шекарасы, шығыс)", "air"),
    ("Т-3 (жилая зона, ближайший дом)", "Т-3 (тұрғын аймақ, ең жақын үй)", "air"),
    ("Н-1 (фоновая скважина)", "Н-1 (фондық ұңғыма)", "water"),
    ("Н-4 (у шламонакопителя)", "Н-4 (шлам жинағыштың жанында)", "water"),
    ("Н-7 (у прудов-испарителей)", "Н-7 (булану тоғандарының жанында)", "water"),
    ("П-1 (у шламонакопителя)", "П-1 (шлам жинағыштың жанында)", "soil"),
    ("П-2 (у прудов-испарителей)", "П-2 (булану тоғандарының жанында)", "soil"),
)
COMPONENTS = {"air": ("атмосферный воздух", "атмосфералық ауа"), "water": ("подземные воды", "жерасты сулары"), "soil": ("почва", "топырақ")}
# component: [(kind, key, RU, KK, quarters)]
QUARTER_ITEMS = {
    "air": [("code", "0333", "сероводород", "күкіртсутек", (1, 2, 3, 4)), ("code", "0602", "бензол", "бензол", (1, 2, 3, 4)),
            ("code", "0301", "азота диоксид", "азот диоксиді", (1, 2, 3, 4)), ("code", "0330", "серы диоксид", "күкірт диоксиді", (1, 2, 3, 4)),
            ("code", "0337", "углерода оксид", "көміртек оксиді", (2, 4)), ("code", "2902", "взвешенные частицы", "қалқыма бөлшектер", (2, 4)),
            ("code", "1715", "метилмеркаптан", "метилмеркаптан", (3,))],
    "water": [("symbol", "pH", "водородный показатель (pH)", "сутегі көрсеткіші (pH)", (2, 4)), ("symbol", "TPH", "нефтепродукты", "мұнай өнімдері", (1, 2, 3, 4)),
              ("symbol", "Phenols", "фенолы", "фенолдар", (2, 4)), ("symbol", "S2-", "сульфиды", "сульфидтер", (2, 4)),
              ("symbol", "Cl-", "хлориды", "хлоридтер", (2,)), ("symbol", "SO4", "сульфаты", "сульфаттар", (2,))],
    "soil": [("symbol", "TPH", "нефтепродукты", "мұнай өнімдері", (3,)), ("symbol", "Pb", "свинец", "қорғасын", (3,)),
             ("symbol", "Ni", "никель", "никель", (3,))],
}  # fmt: skip
BY_COUNT = {4: "quarterly", 2: "semiannual", 1: "yearly"}


def monitoring_il2(doc: Doc) -> None:
    """A refinery's plan-graph of impact monitoring for 2026 with no frequency column: the four quarters are columns under a
    merged header and each cell lists the substances sampled at that point in that quarter, so that how often a substance is
    sampled is read by counting the quarters whose cells name it — hydrogen sulphide and benzene in all four, carbon
    monoxide in two, methyl mercaptan in one — at the protection zone's boundary, the wells around the sludge store and the
    evaporation ponds and two soil plots, `–` in a quarter with nothing (VI: a refinery's four rounds `Đợt 1` … `Đợt 4`,
    ambient air, a well, the sea by the product jetty and soil, the parameters written in each round's cell)."""
    if doc.lang == "vi":
        _monitoring_il2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(REFINERIES[:3])
    name, operator = p[L], p[2 + L]
    quarters = g(["I квартал", "II квартал", "III квартал", "IV квартал"], ["I тоқсан", "II тоқсан", "III тоқсан", "IV тоқсан"], [])
    doc.h(g(f"План-график мониторинга воздействия на 2026 год. {name}", f"{name}. 2026 жылға арналған әсер ету мониторингінің жоспар-кестесі", ""))
    doc.p(g(f"План-график является приложением к программе производственного экологического контроля {operator}. Пробы отбираются "
            "аккредитованной лабораторией в первый месяц квартала; в графах кварталов перечислены показатели, определяемые в данном квартале.",
            f"Жоспар-кесте {operator} өндірістік экологиялық бақылау бағдарламасының қосымшасы болып табылады. Сынамаларды аккредиттелген "
            "зертхана тоқсанның бірінші айында алады; тоқсандар бағандарында осы тоқсанда анықталатын көрсеткіштер тізбеленген.", ""))
    rows = [g(["№", "Точка наблюдения", "Компонент", "Определяемые показатели по кварталам", None, None, None],
              ["№", "Бақылау нүктесі", "Құрамдас", "Тоқсандар бойынша анықталатын көрсеткіштер", None, None, None], []),
            [None, None, None, *quarters]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    for k, (pt_ru, pt_kk, comp) in enumerate(QUARTER_PLAN, 1):
        items = QUARTER_ITEMS[comp]
        cells = []
        for q in range(1, 5):
            names = [(n_ru, n_kk)[L] for _, _, n_ru, n_kk, qs in items if q in qs]
            cells.append(", ".join(names) if names else "–")
        rows.append([str(k), (pt_ru, pt_kk)[L], COMPONENTS[comp][L], *cells])
        pid = pt_ru.split(" ")[0]
        for kind, key, _, _, qs in items:
            doc.add("monitoring", {"point": pid, kind: key, "frequency": BY_COUNT[len(qs)]})
    doc.table(g("Таблица 1 – Точки наблюдения и показатели по кварталам", "1-кесте – Бақылау нүктелері және тоқсандар бойынша көрсеткіштер", ""),
              rows, merges, role="monitoring")
    doc.p(g("Уровень подземных вод в скважинах замеряется при каждом отборе проб.", "Ұңғымалардағы жерасты суларының деңгейі әр сынама алған сайын "
            "өлшенеді.", ""))
    maybe_distractor(doc)


# (point, place, kind of medium, [(kind, key, label, rounds)])
VN_ROUNDS = (
    ("KK1", "Không khí xung quanh – cổng chính nhà máy", [("code", "2902", "Bụi tổng", (1, 2, 3, 4)), ("code", "0330", "SO2", (1, 2, 3, 4)),
                                                          ("code", "0301", "NO2", (1, 2, 3, 4)), ("code", "0333", "H2S", (1, 2, 3, 4)),
                                                          ("code", "0602", "Benzen", (2, 4))]),
    ("KK2", "Không khí xung quanh – khu dân cư gần nhất", [("code", "2902", "Bụi tổng", (1, 2, 3, 4)), ("code", "0330", "SO2", (1, 2, 3, 4)),
                                                            ("code", "0333", "H2S", (1, 2, 3, 4)), ("code", "0602", "Benzen", (2, 4))]),
    ("NN1", "Nước dưới đất – giếng quan trắc khu bể chứa", [("symbol", "pH", "pH", (2, 4)), ("symbol", "TPH", "Tổng dầu mỡ khoáng", (1, 2, 3, 4)),
                                                             ("symbol", "Phenols", "Tổng phenol", (2, 4))]),
    ("NB1", "Nước biển ven bờ – cảng xuất sản phẩm", [("symbol", "pH", "pH", (1, 2, 3, 4)), ("symbol", "TSS", "TSS", (1, 2, 3, 4)),
                                                       ("symbol", "TPH", "Tổng dầu mỡ khoáng", (1, 2, 3, 4)), ("symbol", "Phenols", "Tổng phenol", (3,))]),
    ("ĐT1", "Đất – khu lưu giữ chất thải nguy hại", [("symbol", "TPH", "Tổng hydrocacbon dầu mỏ", (3,)), ("symbol", "Pb", "Chì (Pb)", (3,)),
                                                       ("symbol", "Cd", "Cadimi (Cd)", (3,))]),
)  # fmt: skip


def _monitoring_il2_vi(doc: Doc) -> None:
    key = doc.pick(("nsrp", "bsr"))
    plant, company, *_ = VN_PLANTS[key]
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG XUNG QUANH NĂM 2026 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Quan trắc được thực hiện theo 04 đợt trong năm; thông số của từng đợt được liệt kê trong các cột tương ứng.")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số theo đợt quan trắc", None, None, None],
            [None, None, "Đợt 1 (tháng 3)", "Đợt 2 (tháng 6)", "Đợt 3 (tháng 9)", "Đợt 4 (tháng 12)"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5)]
    for pid, place, items in VN_ROUNDS:
        cells = []
        for q in range(1, 5):
            names = [label for _, _, label, qs in items if q in qs]
            cells.append(", ".join(names) if names else "-")
        rows.append([pid, place, *cells])
        for kind, key2, _, qs in items:
            doc.add("monitoring", {"point": pid, kind: key2, "frequency": BY_COUNT[len(qs)]})
    doc.table("Bảng 1. Vị trí và thông số quan trắc theo đợt", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 05:2023/BTNMT, QCVN 06:2009/BTNMT, QCVN 09:2023/BTNMT, QCVN 10:2023/BTNMT, QCVN 03:2023/BTNMT.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU group, KK group, RU units, KK units, (low, high) components or None, RU method, KK method, threshold, frequency, (RU said, KK said),
#  (RU actor, KK actor), (RU key, KK key))
LDAR = (
    ("Запорная и регулирующая арматура на линиях газа и легких жидкостей", "Газ және жеңіл сұйықтық желілеріндегі бекіту және реттеу арматурасы",
     "ЭЛОУ-АВТ-6, изомеризация, риформинг, ГФУ", "ЭЛОУ-АВТ-6, изомерлеу, риформинг, ГФҚ", (6000, 9000), "EPA Method 21, ПИД-анализатор",
     "EPA Method 21, ПИД-анализатор", "500 ppm", "quarterly", None, ("LDAR-бригада подрядной организации", "мердігер ұйымның LDAR-бригадасы"),
     ("LDAR-бригада", "LDAR-бригадасы")),
    ("Арматура на линиях тяжелых нефтепродуктов (мазут, гудрон, вакуумный газойль)", "Ауыр мұнай өнімдері (мазут, гудрон, вакуумдық газойль) "
     "желілеріндегі арматура", "ЭЛОУ-АВТ-6, каталитический крекинг", "ЭЛОУ-АВТ-6, каталитикалық крекинг", (2000, 4000), "EPA Method 21, ПИД-анализатор",
     "EPA Method 21, ПИД-анализатор", "10 000 ppm", "yearly", None, ("LDAR-бригада подрядной организации", "мердігер ұйымның LDAR-бригадасы"),
     ("LDAR-бригада", "LDAR-бригадасы")),
    ("Торцевые уплотнения насосов", "Сорғылардың торцтық тығыздағыштары", "все установки", "барлық қондырғылар", (300, 520),
     "EPA Method 21, ПИД-анализатор", "EPA Method 21, ПИД-анализатор", "2 000 ppm", "monthly", None,
     ("LDAR-бригада подрядной организации", "мердігер ұйымның LDAR-бригадасы"), ("LDAR-бригада", "LDAR-бригадасы")),
    ("Визуальный осмотр уплотнений насосов на наличие подтеков", "Сорғы тығыздағыштарын ағып кетудің болуына көзбен шолып тексеру", "все установки",
     "барлық қондырғылар", None, "визуально", "көзбен шолу", "видимые подтеки", "weekly", None,
     ("оператор технологической установки", "технологиялық қондырғы операторы"), ("оператор", "оператор")),
    ("Уплотнения компрессоров", "Компрессорлардың тығыздағыштары", "ГФУ, риформинг", "ГФҚ, риформинг", (18, 40), "EPA Method 21, ПИД-анализатор",
     "EPA Method 21, ПИД-анализатор", "500 ppm", "quarterly", None, ("LDAR-бригада подрядной организации", "мердігер ұйымның LDAR-бригадасы"),
     ("LDAR-бригада", "LDAR-бригадасы")),
    ("Фланцевые и резьбовые соединения", "Фланецті және бұрандалы қосылыстар", "все установки", "барлық қондырғылар", (25000, 40000),
     "EPA Method 21, ПИД-анализатор", "EPA Method 21, ПИД-анализатор", "500 ppm", "yearly", None,
     ("LDAR-бригада подрядной организации", "мердігер ұйымның LDAR-бригадасы"), ("LDAR-бригада", "LDAR-бригадасы")),
    ("Открытые концы трубопроводов, дренажи и пробоотборники", "Құбырлардың ашық ұштары, дренаждар және сынама алғыштар", "все установки",
     "барлық қондырғылар", (800, 1500), "EPA Method 21, ПИД-анализатор", "EPA Method 21, ПИД-анализатор", "500 ppm", "semiannual", None,
     ("LDAR-бригада подрядной организации", "мердігер ұйымның LDAR-бригадасы"), ("LDAR-бригада", "LDAR-бригадасы")),
    ("Предохранительные клапаны со сбросом в атмосферу", "Атмосфераға тастайтын сақтандырғыш клапандар", "ГФУ, изомеризация", "ГФҚ, изомерлеу",
     (40, 80), "EPA Method 21, ПИД-анализатор", "EPA Method 21, ПИД-анализатор", "500 ppm", None,
     ("в течение 5 суток после каждого срабатывания", "әр іске қосылғаннан кейін 5 тәулік ішінде"),
     ("служба главного механика", "бас механик қызметі"), ("главного механика", "бас механик")),
    ("Труднодоступные компоненты на высоте более 2 м", "2 м-ден жоғары биіктіктегі қол жетуі қиын компоненттер", "все установки",
     "барлық қондырғылар", (1500, 3000), "оптическая визуализация газа (ОГИ-камера)", "газды оптикалық бейнелеу (ОГИ-камера)", "видимый шлейф",
     "semiannual", None, ("LDAR-бригада подрядной организации", "мердігер ұйымның LDAR-бригадасы"), ("LDAR-бригада", "LDAR-бригадасы")),
    ("Повторный контроль отремонтированных компонентов", "Жөнделген компоненттерді қайта бақылау", "все установки", "барлық қондырғылар", None,
     "EPA Method 21, ПИД-анализатор", "EPA Method 21, ПИД-анализатор", "500 ppm", None, ("не позднее 15 суток после ремонта",
                                                                                          "жөндеуден кейін 15 тәуліктен кешіктірмей"),
     ("LDAR-бригада подрядной организации", "мердігер ұйымның LDAR-бригадасы"), ("LDAR-бригада", "LDAR-бригадасы")),
)  # fmt: skip


def inspections_il1(doc: Doc) -> None:
    """A refinery's programme of leak detection and repair (LDAR) for 2026, a row per group of components — valves on gas
    and light liquids, valves on heavy products, pump seals, compressor seals, flanges, open ends and drains, relief valves,
    components out of reach surveyed by an optical gas-imaging camera — with the units, the count of components in the
    thousands, the method (`EPA Method 21`), the leak threshold in ppm, how often and who; a weekly walk-by of the pump seals
    by the unit's operator beside the monthly survey of the same seals by the contractor's crew, the relief valves within
    five days after each release and the re-survey of repaired components with no frequency of the contract (VI: a refinery's
    `chương trình LDAR`, `ngưỡng rò rỉ`, the same walk-by and a re-check within 15 days)."""
    if doc.lang == "vi":
        _inspections_il1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    p = doc.pick(REFINERIES[:3])
    name, operator = p[L], p[2 + L]
    doc.h(g(f"Программа обнаружения и устранения утечек (LDAR) на 2026 год. {name}", f"{name}. 2026 жылға арналған ағып кетулерді анықтау және жою "
            "(LDAR) бағдарламасы", ""))
    doc.p(g(f"Программа утверждена главным инженером {operator}. Утечкой считается превышение порогового значения концентрации углеводородов у "
            "поверхности компонента; компонент с утечкой маркируется биркой и ремонтируется в течение 5 суток (при невозможности – в ближайший "
            "плановый останов).",
            f"Бағдарламаны {operator} бас инженері бекітті. Компонент бетіндегі көмірсутектер шоғырлануының шекті мәнінен асуы ағып кету деп "
            "есептеледі; ағып кетуі бар компонент биркамен белгіленеді және 5 тәулік ішінде (мүмкін болмаған жағдайда – жақын арадағы "
            "жоспарлы тоқтату кезінде) жөнделеді.", ""))
    rows = [g(["№", "Группа компонентов", "Установки", "Кол-во компонентов, шт.", "Метод обследования", "Порог утечки", "Периодичность",
               "Исполнитель"],
              ["№", "Компоненттер тобы", "Қондырғылар", "Компоненттер саны, дана", "Тексеру әдісі", "Ағып кету шегі", "Кезеңділігі", "Орындаушы"], [])]
    for k, (gr_ru, gr_kk, u_ru, u_kk, count, m_ru, m_kk, thr, word, said, actor, akey) in enumerate(LDAR, 1):
        group = (gr_ru, gr_kk)[L]
        when = g("еженедельно", "апта сайын", "") if word == "weekly" else freq(doc, word) if word else said[L]
        thr = g(thr, thr.replace("видимые подтеки", "көрінетін ағулар").replace("видимый шлейф", "көрінетін шлейф"), "")
        rows.append([str(k), group, (u_ru, u_kk)[L], num(r.randint(*count), doc.lang) if count else "–", (m_ru, m_kk)[L], thr, when, actor[L]])
        item = {"kind": "inspection", "text_contains": _words(group, 4), "actor_contains": akey[L]}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – График обследования компонентов", "1-кесте – Компоненттерді тексеру кестесі", ""), rows, role="inspections")
    doc.p(g("ПИД – пламенно-ионизационный детектор; ГФУ – газофракционирующая установка; ОГИ – оптическая визуализация газа.",
            "ПИД – жалынды-иондаушы детектор; ГФҚ – газ фракциялау қондырғысы; ОГИ – газды оптикалық бейнелеу.", ""))
    maybe_distractor(doc)


# (group, units, (low, high) components or None, method, threshold, frequency, said, actor, key)
VN_LDAR = (
    ("Van trên đường ống khí và chất lỏng nhẹ", "CDU, NHT, CCR, LPG", (6000, 9000), "US EPA Method 21 (đầu dò FID)", "500 ppm", "quarterly", None,
     "Nhà thầu LDAR", "Nhà thầu LDAR"),
    ("Van trên đường ống sản phẩm nặng", "CDU, RFCC", (2000, 4000), "US EPA Method 21 (đầu dò FID)", "10.000 ppm", "yearly", None, "Nhà thầu LDAR",
     "Nhà thầu LDAR"),
    ("Phớt làm kín bơm", "Toàn nhà máy", (300, 520), "US EPA Method 21 (đầu dò FID)", "2.000 ppm", "monthly", None, "Nhà thầu LDAR", "Nhà thầu LDAR"),
    ("Kiểm tra bằng mắt phớt bơm (rò rỉ, nhỏ giọt)", "Toàn nhà máy", None, "Quan sát bằng mắt", "Có vết rò rỉ", "weekly", None,
     "Vận hành viên phân xưởng", "Vận hành viên"),
    ("Mặt bích, mối nối ren", "Toàn nhà máy", (25000, 40000), "US EPA Method 21 (đầu dò FID)", "500 ppm", "yearly", None, "Nhà thầu LDAR",
     "Nhà thầu LDAR"),
    ("Đầu hở đường ống, van xả đáy, điểm lấy mẫu", "Toàn nhà máy", (800, 1500), "US EPA Method 21 (đầu dò FID)", "500 ppm", "semiannual", None,
     "Nhà thầu LDAR", "Nhà thầu LDAR"),
    ("Van an toàn xả ra khí quyển", "LPG, Isome hóa", (40, 80), "US EPA Method 21 (đầu dò FID)", "500 ppm", None, "Trong vòng 05 ngày sau mỗi lần xả",
     "Xưởng Bảo dưỡng", "Xưởng Bảo dưỡng"),
    ("Kiểm tra lại thiết bị sau sửa chữa", "Toàn nhà máy", None, "US EPA Method 21 (đầu dò FID)", "500 ppm", None, "Trong vòng 15 ngày sau sửa chữa",
     "Nhà thầu LDAR", "Nhà thầu LDAR"),
)  # fmt: skip


def _inspections_il1_vi(doc: Doc) -> None:
    r = doc.rng
    key = doc.pick(("nsrp", "bsr"))
    plant, company, *_ = VN_PLANTS[key]
    doc.h(f"CHƯƠNG TRÌNH PHÁT HIỆN VÀ SỬA CHỮA RÒ RỈ (LDAR) NĂM 2026 – {plant.upper()}")
    doc.p(f"{company} thực hiện chương trình LDAR nhằm giảm phát thải hợp chất hữu cơ bay hơi từ các thiết bị; thiết bị có nồng độ đo vượt ngưỡng "
          "rò rỉ được gắn thẻ và sửa chữa trong vòng 05 ngày.")
    rows = [["TT", "Nhóm thiết bị", "Phân xưởng", "Số lượng (điểm)", "Phương pháp", "Ngưỡng rò rỉ", "Tần suất", "Đơn vị thực hiện"]]
    for k, (group, units, count, method, thr, word, said, actor, akey) in enumerate(VN_LDAR, 1):
        when = ("Hằng tuần" if word == "weekly" else freq(doc, word)) if word else said
        rows.append([str(k), group, units, num(r.randint(*count), "vi") if count else "-", method, thr, when, actor])
        item = {"kind": "inspection", "text_contains": _words(group, 4), "actor_contains": akey}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Kế hoạch kiểm tra rò rỉ thiết bị", rows, role="inspections")
    maybe_distractor(doc)


# (RU object, KK object, RU subject, KK subject, (RU months, KK months), frequency, (RU checker, KK checker), (RU key, KK key))
AUDITS = (
    ("Установка ЭЛОУ-АВТ-6", "ЭЛОУ-АВТ-6 қондырғысы", "соблюдение технологических нормативов, состояние печей и горелок, учет топлива",
     "технологиялық нормативтердің сақталуы, пештер мен жанарғылардың жай-күйі, отынды есепке алу",
     ("январь, апрель, июль, октябрь", "қаңтар, сәуір, шілде, қазан"), "quarterly",
     ("отдел охраны окружающей среды", "қоршаған ортаны қорғау бөлімі"), ("охраны окружающей среды", "қоршаған ортаны қорғау")),
    ("Комплекс каталитического крекинга", "Каталитикалық крекинг кешені", "работа электрофильтра регенератора, полнота данных АСМ",
     "регенератор электрсүзгісінің жұмысы, АМЖ деректерінің толықтығы", ("февраль, май, август, ноябрь", "ақпан, мамыр, тамыз, қараша"),
     "quarterly", ("отдел охраны окружающей среды", "қоршаған ортаны қорғау бөлімі"), ("охраны окружающей среды", "қоршаған ортаны қорғау")),
    ("Установка производства серы", "Күкірт өндіру қондырғысы", "степень извлечения серы, герметичность ям жидкой серы",
     "күкіртті алу дәрежесі, сұйық күкірт шұңқырларының саңылаусыздығы", ("каждый месяц", "ай сайын"), "monthly",
     ("отдел охраны окружающей среды", "қоршаған ортаны қорғау бөлімі"), ("охраны окружающей среды", "қоршаған ортаны қорғау")),
    ("Товарно-сырьевой цех (резервуарные парки, эстакады налива)", "Тауар-шикізат цехы (резервуарлар парктері, құю эстакадалары)",
     "состояние понтонов, дыхательной арматуры и обвалований, системы улавливания паров", "понтондардың, тыныс алу арматурасының және "
     "үйінділердің, буды ұстау жүйесінің жай-күйі", ("март, сентябрь", "наурыз, қыркүйек"), "semiannual",
     ("постоянно действующая комиссия по производственному контролю", "өндірістік бақылау жөніндегі тұрақты комиссия"),
     ("комиссия по производственному контролю", "өндірістік бақылау жөніндегі")),
    ("Биологические очистные сооружения", "Биологиялық тазарту құрылыстары", "эффективность очистки, соответствие сбрасываемой воды нормативам",
     "тазарту тиімділігі, төгілетін судың нормативтерге сәйкестігі", ("ежемесячно", "ай сайын"), "monthly",
     ("отдел охраны окружающей среды совместно с ЦЗЛ", "қоршаған ортаны қорғау бөлімі ОЗЗ-мен бірлесіп"),
     ("охраны окружающей среды", "қоршаған ортаны қорғау")),
    ("Площадки накопления отходов", "Қалдықтарды жинақтау алаңдары", "сроки накопления, маркировка тары, ведение журнала учета",
     "жинақтау мерзімдері, ыдыстың таңбалануы, есепке алу журналын жүргізу", ("июнь, декабрь", "маусым, желтоқсан"), "semiannual",
     ("отдел охраны окружающей среды", "қоршаған ортаны қорғау бөлімі"), ("охраны окружающей среды", "қоршаған ортаны қорғау")),
    ("Шламонакопитель и пруды-испарители", "Шлам жинағыш және булану тоғандары", "состояние дамб и противофильтрационного экрана",
     "бөгеттер мен сүзуге қарсы экранның жай-күйі", ("май", "мамыр"), "yearly",
     ("постоянно действующая комиссия по производственному контролю", "өндірістік бақылау жөніндегі тұрақты комиссия"),
     ("комиссия по производственному контролю", "өндірістік бақылау жөніндегі")),
    ("Факельное хозяйство", "Алау шаруашылығы", "учет сбросов на факел, бездымность горения", "алауға тастауларды есепке алу, жанудың түтінсіздігі",
     ("после каждого пуска (останова) технологической установки", "технологиялық қондырғы әр іске қосылғаннан (тоқтатылғаннан) кейін"), None,
     ("отдел охраны окружающей среды", "қоршаған ортаны қорғау бөлімі"), ("охраны окружающей среды", "қоршаған ортаны қорғау")),
)  # fmt: skip


def inspections_il2(doc: Doc) -> None:
    """A refinery's schedule of internal environmental audits of its units for 2026 with no frequency column: a column of
    the months in which each unit is audited, written out in words — four months a quarter apart, two half a year apart,
    one month, `каждый месяц` — so that the frequency is read from the months, the subject of the audit and who audits;
    the flare system checked after each start-up or shut-down with none of the contract (VI: `Tháng 1, 4, 7, 10`, `Tháng 3
    và tháng 9`, `Hằng tháng`, after each stop and start of a unit)."""
    if doc.lang == "vi":
        _inspections_il2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(REFINERIES[:3])
    name, operator = p[L], p[2 + L]
    doc.h(g(f"График внутренних экологических проверок подразделений на 2026 год. {operator}", f"{operator}. Бөлімшелерді 2026 жылы ішкі "
            "экологиялық тексеру кестесі", ""))
    doc.p(g(f"Объект: {name}. Результаты проверок оформляются актами и вносятся в журнал производственного экологического контроля; "
            "выявленные нарушения устраняются в сроки, установленные актом.",
            f"Объект: {name}. Тексеру нәтижелері актілермен ресімделеді және өндірістік экологиялық бақылау журналына енгізіледі; "
            "анықталған бұзушылықтар актіде белгіленген мерзімде жойылады.", ""))
    rows = [g(["№", "Объект проверки", "Предмет проверки", "Месяцы проведения", "Проверяющий"],
              ["№", "Тексеру объектісі", "Тексеру мәні", "Өткізілетін айлар", "Тексеруші"], [])]
    for k, (o_ru, o_kk, s_ru, s_kk, months, word, checker, ckey) in enumerate(AUDITS, 1):
        obj = (o_ru, o_kk)[L]
        rows.append([str(k), obj, (s_ru, s_kk)[L], months[L], checker[L]])
        item = {"kind": "inspection", "text_contains": _words(obj.split(" (")[0], 3), "actor_contains": ckey[L]}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Приложение 1 к приказу. График проверок", "Бұйрыққа 1-қосымша. Тексеру кестесі", ""), rows, role="inspections")
    distractor(doc, "approval")


VN_AUDITS = (
    ("Phân xưởng chưng cất dầu thô (CDU)", "Tuân thủ giới hạn xả thải, tình trạng lò gia nhiệt", "Tháng 1, 4, 7, 10", "quarterly",
     "Ban An toàn – Môi trường"),
    ("Phân xưởng cracking xúc tác (RFCC)", "Hoạt động của thiết bị lọc bụi tĩnh điện, dữ liệu quan trắc tự động", "Tháng 2, 5, 8, 11", "quarterly",
     "Ban An toàn – Môi trường"),
    ("Phân xưởng thu hồi lưu huỳnh (SRU)", "Hiệu suất thu hồi lưu huỳnh, độ kín hố lưu huỳnh lỏng", "Hằng tháng", "monthly", "Ban An toàn – Môi trường"),
    ("Khu bể chứa và trạm xuất sản phẩm", "Tình trạng mái phao, van thở, đê bao", "Tháng 3 và tháng 9", "semiannual", "Hội đồng kiểm tra nội bộ"),
    ("Hệ thống xử lý nước thải", "Hiệu quả xử lý, chất lượng nước thải sau xử lý", "Hằng tháng", "monthly", "Ban An toàn – Môi trường"),
    ("Kho lưu giữ chất thải nguy hại", "Thời gian lưu giữ, dán nhãn, sổ theo dõi", "Tháng 6 và tháng 12", "semiannual", "Ban An toàn – Môi trường"),
    ("Hồ sự cố và hồ chứa nước mưa nhiễm dầu", "Tình trạng bờ hồ, lớp chống thấm", "Tháng 5", "yearly", "Hội đồng kiểm tra nội bộ"),
    ("Hệ thống đuốc", "Ghi nhận lưu lượng đốt đuốc, cháy không khói", "Sau mỗi lần dừng, khởi động phân xưởng", None, "Ban An toàn – Môi trường"),
)  # fmt: skip


def _inspections_il2_vi(doc: Doc) -> None:
    key = doc.pick(("nsrp", "bsr"))
    plant, company, *_ = VN_PLANTS[key]
    doc.h(f"KẾ HOẠCH KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
    doc.p(f"(Ban hành kèm theo Quyết định của Tổng Giám đốc {company})")
    rows = [["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Tháng thực hiện", "Đơn vị kiểm tra"]]
    for k, (obj, what, months, word, who) in enumerate(VN_AUDITS, 1):
        rows.append([str(k), obj, what, months, who])
        item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Phụ lục. Lịch kiểm tra nội bộ", rows, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# ((RU section, KK section), [(RU measure, KK measure, (RU term, KK term), (RU responsible, KK responsible), (RU key, KK key))])
TURNAROUND = (
    (("Подготовка к останову", "Тоқтатуға дайындық"), [
        ("Уведомить Департамент экологии о сроках капитального ремонта и планируемом сжигании газов на факеле",
         "Экология департаментін күрделі жөндеу мерзімдері және алауда газдарды жағу жоспары туралы хабардар ету", ("Т – 30 сут.", "Т – 30 тәул."),
         ("Отдел охраны окружающей среды", "Қоршаған ортаны қорғау бөлімі"), ("охраны окружающей среды", "Қоршаған ортаны қорғау")),
        ("Заключить договоры на вывоз и переработку отработанных катализаторов и нефтешламов",
         "Пайдаланылған катализаторлар мен мұнай шламдарын шығаруға және өңдеуге шарттар жасасу", ("Т – 20 сут.", "Т – 20 тәул."),
         ("Отдел материально-технического снабжения", "Материалдық-техникалық жабдықтау бөлімі"),
         ("материально-технического снабжения", "Материалдық-техникалық жабдықтау")),
        ("Подготовить площадку временного накопления катализаторов с твердым покрытием и навесом",
         "Катализаторларды уақытша жинақтауға арналған қатты жабыны мен қалқасы бар алаңды дайындау", ("Т – 10 сут.", "Т – 10 тәул."),
         ("Ремонтно-строительный цех", "Жөндеу-құрылыс цехы"), ("Ремонтно-строительный", "Жөндеу-құрылыс"))]),
    (("Освобождение и пропарка оборудования", "Жабдықты босату және булау"), [
        ("Сбрасывать газы освобождения аппаратов только на факел с обеспечением бездымного горения",
         "Аппараттарды босату газдарын түтінсіз жануды қамтамасыз ете отырып тек алауға тастау", ("Т … Т + 3 сут.", "Т … Т + 3 тәул."),
         ("Начальники технологических установок", "Технологиялық қондырғылардың бастықтары"),
         ("технологических установок", "Технологиялық қондырғылардың")),
        ("Откачать нефтепродукты из аппаратов в резервуары некондиции без сброса в промышленную канализацию",
         "Мұнай өнімдерін аппараттардан өнеркәсіптік кәрізге тастамай кондициялық емес өнім резервуарларына айдау", ("Т + 1 сут.", "Т + 1 тәул."),
         ("Начальники технологических установок", "Технологиялық қондырғылардың бастықтары"),
         ("технологических установок", "Технологиялық қондырғылардың"))]),
    (("Ремонтный период", "Жөндеу кезеңі"), [
        ("Выгружать отработанные катализаторы в закрытые маркированные контейнеры (биг-бэги)",
         "Пайдаланылған катализаторларды жабық таңбаланған контейнерлерге (биг-бэгтерге) түсіру", ("в период ремонта", "жөндеу кезеңінде"),
         ("Подрядная организация ТОО «Катализ Сервис»", "«Катализ Сервис» ЖШС мердігер ұйымы"), ("Катализ Сервис", "Катализ Сервис")),
        ("Зачистить резервуары Р-12 и Р-14 с передачей нефтешлама на установку переработки",
         "Р-12 және Р-14 резервуарларын тазалап, мұнай шламын өңдеу қондырғысына беру", ("Т + 5 … Т + 25 сут.", "Т + 5 … Т + 25 тәул."),
         ("Товарно-сырьевой цех", "Тауар-шикізат цехы"), ("Товарно-сырьевой", "Тауар-шикізат")),
        ("Провести ревизию дыхательной арматуры и уплотнений понтонов резервуаров",
         "Резервуарлардың тыныс алу арматурасы мен понтон тығыздағыштарына ревизия жүргізу", ("в период ремонта", "жөндеу кезеңінде"),
         ("Товарно-сырьевой цех", "Тауар-шикізат цехы"), ("Товарно-сырьевой", "Тауар-шикізат"))]),
    (("Пуск", "Іске қосу"), [
        ("Проверить исправность АСМ на ИЗА 0131 и 0145 до вывода установок на режим",
         "Қондырғыларды режимге шығарғанға дейін 0131 және 0145 ЛШК-дағы АМЖ-ның жарамдылығын тексеру", ("Т + 28 сут.", "Т + 28 тәул."),
         ("Служба КИПиА", "БӨАжА қызметі"), ("КИПиА", "БӨАжА")),
        ("Провести инструментальные замеры на дымовых трубах после вывода установок на режим",
         "Қондырғыларды режимге шығарғаннан кейін түтін мұржаларында аспаптық өлшеулер жүргізу",
         ("не позднее 30 сут. после пуска", "іске қосқаннан кейін 30 тәуліктен кешіктірмей"),
         ("Центральная заводская лаборатория", "Орталық зауыт зертханасы"), ("заводская лаборатория", "зауыт зертханасы")),
        ("Представить в Департамент экологии сведения об объемах сжигания газов и отходах ремонта",
         "Экология департаментіне газдарды жағу көлемдері және жөндеу қалдықтары туралы мәліметтер ұсыну",
         ("не позднее 30 сут. после пуска", "іске қосқаннан кейін 30 тәуліктен кешіктірмей"),
         ("Отдел охраны окружающей среды", "Қоршаған ортаны қорғау бөлімі"), ("охраны окружающей среды", "Қоршаған ортаны қорғау"))]),
)  # fmt: skip


def tasks_il1(doc: Doc) -> None:
    """The environmental plan of a refinery's turnaround whose terms all count from the day the units are stopped, `Т`, as
    the paragraph before says — `Т – 30 сут.`, `Т … Т + 3 сут.`, `Т + 5 … Т + 25 сут.`, `не позднее 30 сут. после пуска` —
    measures `1.1` under four stage rows (preparing, emptying and steaming, the repair, the start-up), a contractor among
    the shops and services answering, an empty column for the mark, the units' dates of stop and start in a table of no role
    before it (VI: a refinery's plan for its `bảo dưỡng tổng thể`, `T-30`, `T+5 đến T+25`)."""
    if doc.lang == "vi":
        _tasks_il1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    p = doc.pick(REFINERIES[:3])
    name, operator = p[L], p[2 + L]
    stop = r.randint(3, 20)
    doc.h(g(f"План природоохранных мероприятий на период капитального ремонта 2026 года. {name}", f"{name}. 2026 жылғы күрделі жөндеу кезеңіне "
            "арналған табиғат қорғау іс-шараларының жоспары", ""))
    doc.p(g(f"Утвержден приказом {operator}. Т – дата останова завода (прекращения подачи сырья на установку ЭЛОУ-АВТ-6), {stop:02d}.04.2026.",
            f"{operator} бұйрығымен бекітілді. Т – зауытты тоқтату күні (ЭЛОУ-АВТ-6 қондырғысына шикізат беруді тоқтату), {stop:02d}.04.2026.", ""))
    sched = [g(["Установка", "Останов", "Пуск", "Продолжительность, сут."], ["Қондырғы", "Тоқтату", "Іске қосу", "Ұзақтығы, тәул."], [])]
    for k, (u_ru, u_kk, *_) in enumerate(UNITS[:6]):
        days = r.randint(28, 42)
        down = date(2026, 4, stop) + timedelta(days=k // 2)
        up = down + timedelta(days=days)
        sched.append([(u_ru, u_kk)[L], down.strftime("%d.%m.%Y"), up.strftime("%d.%m.%Y"), str(days)])
    doc.table(g("Таблица 1 – График останова и пуска установок", "1-кесте – Қондырғыларды тоқтату және іске қосу кестесі", ""), sched, role="other")
    rows = [g(["№", "Мероприятие", "Срок (Т – дата останова)", "Ответственный", "Отметка о выполнении"],
              ["№", "Іс-шара", "Мерзімі (Т – тоқтату күні)", "Жауапты", "Орындалуы туралы белгі"], [])]
    merges: list = []
    for s, ((s_ru, s_kk), items) in enumerate(TURNAROUND, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 5)
        for k, (m_ru, m_kk, term, who, key) in enumerate(items, 1):
            text = (m_ru, m_kk)[L]
            rows.append([f"{s}.{k}", text, term[L], who[L], ""])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": key[L]})
    doc.table(g("Таблица 2 – План мероприятий", "2-кесте – Іс-шаралар жоспары", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


# (section, [(measure, term, responsible)])
VN_TURNAROUND = (
    ("I. CHUẨN BỊ DỪNG NHÀ MÁY", [
        ("Thông báo cho Sở Nông nghiệp và Môi trường về thời gian bảo dưỡng và kế hoạch đốt đuốc", "T-30", "Ban An toàn – Môi trường"),
        ("Ký hợp đồng thu gom, xử lý xúc tác thải và bùn đáy bể", "T-20", "Ban Thương mại"),
        ("Chuẩn bị khu lưu giữ tạm thời xúc tác thải có mái che và nền bê tông", "T-10", "Xưởng Bảo dưỡng")]),
    ("II. GIẢI PHÓNG VÀ LÀM SẠCH THIẾT BỊ", [
        ("Chỉ xả khí giải phóng thiết bị ra đuốc, bảo đảm cháy không khói", "T đến T+3", "Xưởng Vận hành"),
        ("Bơm sản phẩm trong thiết bị về bể chứa sản phẩm không đạt, không xả vào hệ thống thoát nước", "T+1", "Xưởng Vận hành")]),
    ("III. TRONG THỜI GIAN BẢO DƯỠNG", [
        ("Tháo dỡ xúc tác thải vào bao jumbo kín có dán nhãn", "Trong thời gian bảo dưỡng", "Nhà thầu bảo dưỡng"),
        ("Làm sạch bể chứa TK-12, TK-14 và chuyển giao bùn đáy bể cho đơn vị xử lý", "T+5 đến T+25", "Xưởng Bể chứa và Xuất sản phẩm")]),
    ("IV. KHỞI ĐỘNG LẠI", [
        ("Kiểm tra hệ thống quan trắc khí thải tự động trước khi đưa phân xưởng vào vận hành", "T+28", "Phòng Tự động hóa"),
        ("Báo cáo Sở Nông nghiệp và Môi trường khối lượng khí đốt đuốc và chất thải phát sinh", "Không quá 30 ngày sau khởi động",
         "Ban An toàn – Môi trường")]),
)  # fmt: skip


def _tasks_il1_vi(doc: Doc) -> None:
    r = doc.rng
    key = doc.pick(("nsrp", "bsr"))
    plant, company, *_ = VN_PLANTS[key]
    doc.h(f"KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG TRONG ĐỢT BẢO DƯỠNG TỔNG THỂ NĂM 2026 – {plant.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Tổng Giám đốc {company}. T là ngày dừng cấp dầu thô cho phân xưởng CDU "
          f"({r.randint(3, 20):02d}/04/2026); thời hạn được tính theo số ngày trước (-) hoặc sau (+) ngày T.")
    rows = [["TT", "Nội dung công việc", "Thời hạn", "Đơn vị chủ trì", "Ghi chú"]]
    merges: list = []
    n = 0
    for section, items in VN_TURNAROUND:
        _span(rows, merges, section, 5)
        for text, term, who in items:
            n += 1
            rows.append([str(n), text, term, who, ""])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Phụ lục. Kế hoạch thực hiện", rows, merges, role="tasks")
    maybe_distractor(doc)


# ((RU owner, KK owner, (RU key, KK key)), [(RU KPI, KK KPI, weight, target, RU measure, KK measure, (RU term, KK term))])
KPI_CARD = (
    (("Главный инженер", "Бас инженер", ("Главный инженер", "Бас инженер")), [
        ("Удельный выброс серы диоксида на тонну переработанной нефти", "Өңделген мұнайдың тоннасына күкірт диоксидінің үлестік шығарындысы", 15,
         ("≤ 0,42 кг/т", "≤ 0,42 кг/т"), "Обеспечить степень извлечения серы на установке Клауса не ниже 99,5 %",
         "Клаус қондырғысында күкіртті алу дәрежесін 99,5 %-дан төмен емес қамтамасыз ету", ("в течение года", "жыл бойы")),
        ("Доля газа, сожженного на факелах, от переработанного сырья", "Өңделген шикізаттан алауларда жағылған газдың үлесі", 10, ("≤ 0,15 %", "≤ 0,15 %"),
         "Ввести в эксплуатацию систему улавливания факельных газов с компрессором возврата",
         "Қайтару компрессоры бар алау газдарын ұстау жүйесін пайдалануға енгізу", ("III квартал 2026 г.", "2026 ж. III тоқсан"))]),
    (("Начальник товарно-сырьевого цеха", "Тауар-шикізат цехының бастығы", ("товарно-сырьевого", "Тауар-шикізат")), [
        ("Утечки, выявленные по программе LDAR и устраненные в срок", "LDAR бағдарламасы бойынша анықталған және мерзімінде жойылған ағып кетулер",
         10, ("100 %", "100 %"), "Устранять утечки на компонентах резервуарных парков в течение 5 суток после выявления",
         "Резервуарлар парктері компоненттеріндегі ағып кетулерді анықталғаннан кейін 5 тәулік ішінде жою", ("постоянно", "тұрақты")),
        ("Объем нефтешлама в шламонакопителе", "Шлам жинағыштағы мұнай шламының көлемі", 10, ("– 20 % к 01.01.2026", "01.01.2026-ға қарағанда – 20 %"),
         "Переработать не менее 15 тыс. т нефтешлама на установке центрифугирования",
         "Центрифугалау қондырғысында кемінде 15 мың т мұнай шламын өңдеу", ("до 01.12.2026", "01.12.2026 дейін"))]),
    (("Начальник отдела охраны окружающей среды", "Қоршаған ортаны қорғау бөлімінің бастығы", ("отдела охраны окружающей среды",
                                                                                           "Қоршаған ортаны қорғау бөлімінің")), [
        ("Нарушения, выявленные уполномоченным органом", "Уәкілетті орган анықтаған бұзушылықтар", 20, ("0 случаев", "0 жағдай"),
         "Провести внутренние экологические аудиты всех технологических установок по утвержденному графику",
         "Бекітілген кесте бойынша барлық технологиялық қондырғыларға ішкі экологиялық аудит жүргізу", ("по графику", "кесте бойынша")),
        ("Своевременность представления отчетности", "Есептілікті уақтылы ұсыну", 10, ("100 %", "100 %"),
         "Разработать программу повышения экологической эффективности на 2027–2036 годы",
         "2027–2036 жылдарға арналған экологиялық тиімділікті арттыру бағдарламасын әзірлеу", ("до 01.10.2026", "01.10.2026 дейін"))]),
    (("Начальник центральной заводской лаборатории", "Орталық зауыт зертханасының бастығы", ("заводской лаборатории", "зауыт зертханасының")), [
        ("Полнота данных АСМ", "АМЖ деректерінің толықтығы", 15, ("≥ 95 %", "≥ 95 %"),
         "Заключить договор сервисного обслуживания газоанализаторов АСМ и обеспечить их поверку",
         "АМЖ газоанализаторларына сервистік қызмет көрсету шартын жасасу және оларды тексеруді қамтамасыз ету", ("I квартал 2026 г.", "2026 ж. I тоқсан"))]),
)  # fmt: skip


def tasks_il2(doc: Doc) -> None:
    """The environmental block of a refinery's cards of key performance indicators for 2026, a row spanning the table per
    manager who owns the indicators — the chief engineer, the head of the tank farm, the head of the environmental
    department, the head of the laboratory — and under it each indicator with its weight in per cent, its target (`≤ 0,42
    кг/т`, `0 случаев`, `≥ 95 %`), the measure that reaches it and its term; the indicators' rows are numbered `1.1`, the
    measure's owner stands only in the group row, and the weights, targets and indicators give nothing (VI: a refinery's
    `phiếu giao chỉ tiêu KPI`, the deputy general director, the HSE department, the waste-water workshop and the laboratory
    as group rows)."""
    if doc.lang == "vi":
        _tasks_il2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    g = doc.v
    p = doc.pick(REFINERIES[:3])
    name, operator = p[L], p[2 + L]
    people = {"ru": ("Сейткали Б.М.", "Абенов Р.К.", "Ким Е.В.", "Жумагалиева А.С.", "Нургалиев Т.Е."),
              "kk": ("Сейтқали Б.М.", "Әбенов Р.Қ.", "Ким Е.В.", "Жұмағалиева А.С.", "Нұрғалиев Т.Е.")}[doc.lang]
    doc.h(g(f"Карты ключевых показателей деятельности руководителей на 2026 год. Экологический блок. {operator}",
            f"{operator}. Басшылардың 2026 жылға арналған негізгі қызмет көрсеткіштерінің карталары. Экологиялық блок", ""))
    doc.p(g(f"Объект: {name}. Вес КПД указан в процентах от итоговой оценки руководителя за {r.choice(('2026 год', 'отчетный 2026 год'))}. "
            "Мероприятия, указанные в картах, обязательны для исполнения владельцем КПД; выполнение оценивается по итогам года.",
            f"Объект: {name}. НҚК салмағы басшының {r.choice(('2026 жылғы', 'есепті 2026 жылғы'))} қорытынды бағасынан пайызбен көрсетілген. "
            "Карталарда көрсетілген іс-шаралар НҚК иесінің орындауы үшін міндетті; орындалуы жыл қорытындысы бойынша бағаланады.", ""))
    rows = [g(["№", "КПД", "Вес, %", "Целевое значение", "Мероприятия для достижения", "Срок"],
              ["№", "НҚК", "Салмағы, %", "Нысаналы мәні", "Қол жеткізу іс-шаралары", "Мерзімі"], [])]
    merges: list = []
    for s, ((o_ru, o_kk, key), kpis) in enumerate(KPI_CARD, 1):
        _span(rows, merges, f"{s}. {(o_ru, o_kk)[L]} – {people[s - 1]}", 6)
        for k, (i_ru, i_kk, weight, target, m_ru, m_kk, term) in enumerate(kpis, 1):
            measure = (m_ru, m_kk)[L]
            rows.append([f"{s}.{k}", (i_ru, i_kk)[L], str(weight), target[L], measure, term[L]])
            doc.add("obligations", {"kind": "task", "text_contains": _words(measure, 5), "actor_contains": key[L]})
    doc.table(g("Экологический блок карт КПД", "НҚК карталарының экологиялық блогы", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


# ((owner, key), [(KPI, weight, target, measure, term)])
VN_KPI = (
    (("Phó Tổng Giám đốc phụ trách sản xuất", "Phó Tổng Giám đốc"), [
        ("Lượng khí đốt đuốc trên khối lượng dầu thô chế biến", 15, "≤ 0,15 %", "Đưa vào vận hành hệ thống thu hồi khí đuốc (FGRS)", "Quý III/2026"),
        ("Hiệu suất thu hồi lưu huỳnh của phân xưởng SRU", 10, "≥ 99,5 %", "Thay thế xúc tác phân xưởng SRU trong đợt bảo dưỡng tổng thể",
         "Tháng 5/2026")]),
    (("Trưởng ban An toàn – Môi trường", "Ban An toàn – Môi trường"), [
        ("Số vi phạm bị cơ quan quản lý xử phạt", 20, "0 vụ", "Tổ chức kiểm tra nội bộ về bảo vệ môi trường tại tất cả các phân xưởng theo kế hoạch",
         "Theo kế hoạch"),
        ("Tỷ lệ báo cáo nộp đúng hạn", 10, "100 %", "Lập báo cáo công tác bảo vệ môi trường năm 2025 và gửi cơ quan có thẩm quyền", "Trước 31/01/2026")]),
    (("Quản đốc Xưởng Xử lý nước thải", "Xưởng Xử lý nước thải"), [
        ("Tỷ lệ mẫu nước thải sau xử lý đạt QCVN", 15, "100 %", "Cải tạo bể tuyển nổi DAF và thay thế máy thổi khí bể sinh học", "Quý II/2026")]),
    (("Trưởng phòng Thí nghiệm", "Phòng Thí nghiệm"), [
        ("Tỷ lệ dữ liệu quan trắc tự động hợp lệ", 15, "≥ 95 %", "Ký hợp đồng bảo trì và kiểm định các thiết bị quan trắc khí thải tự động",
         "Quý I/2026")]),
)  # fmt: skip


def _tasks_il2_vi(doc: Doc) -> None:
    key = doc.pick(("nsrp", "bsr"))
    plant, company, *_ = VN_PLANTS[key]
    doc.h(f"PHIẾU GIAO CHỈ TIÊU KPI NĂM 2026 – LĨNH VỰC AN TOÀN, SỨC KHỎE VÀ MÔI TRƯỜNG – {company.upper()}")
    doc.p(f"Đơn vị: {plant}. Các giải pháp thực hiện nêu trong phiếu là nhiệm vụ bắt buộc của cán bộ được giao chỉ tiêu; kết quả được đánh giá "
          "vào cuối năm.")
    rows = [["TT", "Chỉ tiêu KPI", "Trọng số (%)", "Mục tiêu", "Giải pháp thực hiện", "Thời hạn"]]
    merges: list = []
    for s, ((owner, akey), kpis) in enumerate(VN_KPI, 1):
        _span(rows, merges, f"{s}. {owner}", 6)
        for k, (kpi, weight, target, measure, term) in enumerate(kpis, 1):
            rows.append([f"{s}.{k}", kpi, str(weight), target, measure, term])
            doc.add("obligations", {"kind": "task", "text_contains": _words(measure, 5), "actor_contains": akey})
    doc.table("Bảng chỉ tiêu KPI và giải pháp thực hiện", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IL{k}", globals()[f"{role}_il{k}"]) for role in ROLES for k in (1, 2)]
