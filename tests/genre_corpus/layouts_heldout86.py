"""A blind held-out set (two layouts per role, `IQ1` and `IQ2`): never used for tuning, written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: precious metals, mints and security printing. Kazakhstan: gold and silver refineries (аффинажные заводы) in
Astana with their dissolution in aqua regia, silver electrolysis, induction melting and fire-assay laboratory, a mint
(монетный двор) in Ust-Kamenogorsk with its annealing and pickling of blanks, its galvanic line and the local treatment
plant of its galvanic effluents, a banknote factory in Almaty with its intaglio, offset and numbering presses and its
store of inks and solvents, plants at Karaganda and Temirtau recovering gold, silver and palladium from electronic
scrap, and a network of jewellery workshops in Almaty (a refinery's questionnaire for the National Bank, the general
section of a mint's report on ПЭК as a four-column form, an НДВ table grouped by substance with the gas cleaning before
and after, a calculation of solvent emissions by material balance, a programme of waste management with precious-metal
contents and units per row, a permit application's waste blocks, a protocol of a galvanic treatment plant's inlet and
outlet by quarter, soil around a scrap-recovery plant by depth, a ПЭК plan as a matrix of letter codes, a plan with
several frequencies in one cell, a yearly calendar of checks with marks under the months, a workshop regulation in
numbered clauses, a plan of measures with the items of the Typical list, the minutes of a meeting with its
instructions). Vietnam: a gold refinery and jewellery plant of Hà Nội and its jewellery workshop in the old quarter, a
state security printing works and coin mint, gold-bar and jewellery workshops of Hồ Chí Minh City, a plant recovering
platinum and palladium from spent catalysts in the Phú Mỹ industrial park (a State Bank's certificate of eligibility to
produce gold jewellery, the general information of an annual report with VN-2000 coordinates, load tables, a solvent
balance, CTNH lists with metal contents and a transposed table, waste water before and after treatment by round, stack
gas by point and round, a monitoring matrix with the frequency in its section rows, a calendar of self-inspection, a
company's rules in clauses, a plan of fulfilling a permit's requirements and a director's conclusions of a meeting).

Facility: a gold refinery's questionnaire to the National Bank for the sale of refined gold under the state's priority
right, a two-column table under three section rows `1. Сведения об организации`, `2. Производственная площадка`, `3.
Контроль качества`, items `1.1` … `3.3`, the bank details (IBAN, BIC, Кбе) and the refining licence and accreditation
numbers beside the BIN, the site's KATO, its centre in degrees, minutes and seconds and its category; the raw material
received by supplier company in a table of no role (VI: a State Bank branch's certificate of eligibility to produce
gold jewellery, the enterprise in one table, its two production sites — the refinery and jewellery plant in an
industrial park and a workshop in the old quarter — in a second, areas and numbers of goldsmiths beside them) (IQ1);
the general section of a mint's report on ПЭК laid out as a four-column form `label | value | label | value`, the
object and the KATO, the operator and its BIN, the OKED `32110` and the category each in the right-hand pair of a row,
coordinates in degrees, minutes and seconds, the developer's licence as a look-alike, the coins minted in a table of no
role (VI: the general information of a security printing works' annual environmental report as a four-column form, its
position given only in VN-2000 metres, which are no latitude and longitude, `nhóm II`) (IQ2).

Emissions: a refinery's table of permissible emissions grouped by substance — a row spanning the table per substance
with its code, name and hazard class, the sources under it with their height and diameter, the gas before cleaning and
the cleaning's efficiency and then grams a second and tonnes a year after cleaning, which alone are the emission, and a
total per substance (VI: a Hà Nội refinery's load table grouped by parameter, the concentration before treatment and
the efficiency before the loads after it, sources named without numbers) (IQ1); a banknote factory's calculation of
solvent emissions by material balance, a row spanning the table per source with its hours, the inks, washes and
varnishes with their consumption, volatile part and composition and the volatile tonnes of each material, then the
source's emissions by substance — only these rows are emissions (VI: a security printing works' solvent balance, the
same layout) (IQ2).

Wastes: a scrap-recovery plant's wastes with their place of origin, the contents of gold, silver and palladium in grams
a tonne under a merged header, a unit column per row (`т`, `кг`) before the amount, dusts returned to the smelting
counted like the rest (VI: a catalyst recovery plant's wastes with platinum, palladium and rhodium contents and a unit
per row, a leaching residue found ordinary by analysis) (IQ1); a mint's wastes for a permit application as blocks of a
two-column table, a row spanning the table per waste and then its name, code, kind, origin, state, the tonnes a year
and a limit of accumulation that is no amount (VI: a security printing works' hazardous wastes transposed, the wastes
as columns and code, state, kilograms and receiver as rows, destroyed spoilt prints in a second table) (IQ2).

Limits: a protocol of a mint's treatment plant of galvanic effluents, parameters as rows with the sewer's permissible
concentrations, four quarters as merged column groups each with the inlet `КК-1` and the outlet `КК-2`, only the outlet
judged, `н/о` for cyanides not found, chlorides `не нормируется` (VI: a jewellery plant's waste water before and after
treatment in four rounds against QCVN 40:2011/BTNMT column B, the industrial park's intake standard, `KPH`) (IQ1); the
soil around a scrap-recovery plant, the metals as row groups each over two depth rows with its form and ПДК merged
down, the sampling points and the background point as columns, cadmium with no ПДК (VI: a catalyst recovery plant's
stack gas, the points `KT1`, `KT2` as column groups over two rounds, a dash where a parameter is not measured at a
point, `KPH`, flow and temperature rows of no limit) (IQ2).

Monitoring: a banknote factory's ПЭК plan as a matrix of its sources and boundary points by substances whose cells hold
letter codes (`М`, `К`, `П`, `Г`) explained in a legend under the table, `—` where nothing is measured (VI: a security
printing works' plan as a matrix of points by parameters with `x`, the frequency given only in the section row of each
component) (IQ1); a mint's plan by shop, each source's cell listing substances with two frequencies (`… –
ежеквартально; … – 1 раз в год`), the outlet of the galvanic treatment plant and the boundary points (VI: gold-bar and
jewellery workshops of Hồ Chí Minh City, each workshop's points with several frequencies in one cell) (IQ2).

Inspections: a refinery's yearly calendar of internal checks, the months as twelve columns with `+` marks from which
the frequency is read — twelve marks monthly, four quarterly, two semiannual, one yearly — and an unplanned check with
no marks (VI: a Hà Nội refinery's calendar of self-inspection with `x`) (IQ1); the regulation of a network of jewellery
workshops in numbered clauses, each clause a sentence naming who checks what and how often, prohibitions and
requirements among them that are no checks (VI: the rules of a gold-bar workshop of Hồ Chí Minh City) (IQ2).

Tasks: a scrap-recovery plant's plan of measures annexed to its permit, measures `1.1` under section rows by component,
a column of the item of the Typical list of measures (`п. 1, пп. 5`) that looks like a number, start and end under a
merged term, the cost by year and the responsible (VI: a catalyst recovery plant's plan of fulfilling its permit's
requirements, the permit's clause that each task answers, the leading and the partner units) (IQ1); the minutes of a
mint's meeting on its galvanic wastes, the participants in a table of no role and the instructions with the executor
and the term in one cell (VI: a director's conclusions of a meeting at a security printing works) (IQ2).
"""

from __future__ import annotations

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
    return " ".join(text.split()[:n]).rstrip(",;:.")


def _core(name: str) -> str:
    """The quoted part of a name (`Есіл Алтын` of `Аффинажный завод «Есіл Алтын»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the city's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`51°07′12,4″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


DAILY = {"ru": ("ежедневно", "ежесменно, в конце смены"), "kk": ("күн сайын",), "vi": ("hằng ngày",)}
WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    return freq(doc, word)


# code: (RU, KK, VI, hazard class as the list of Kazakhstan gives it) of the substances of this set
AIR = {
    "0146": ("Медь оксид (в пересчете на медь)", "Мыс оксиді (мысқа шаққанда)", "Đồng và hợp chất (tính theo Cu)", 2),
    "0150": ("Натрий гидроксид (Натр едкий)", "Натрий гидроксиді (күйдіргіш натр)", "Natri hydroxit (NaOH)", None),
    "0166": ("Никель сульфат (в пересчете на никель)", "Никель сульфаты (никельге шаққанда)", "Niken sunfat (tính theo Ni)", 1),
    "0184": ("Свинец и его неорганические соединения", "Қорғасын және оның бейорганикалық қосылыстары", "Chì và hợp chất", 1),
    "0301": ("Азота диоксид", "Азот диоксиді", "NOx (tính theo NO2)", 3),
    "0304": ("Азот (II) оксид", "Азот (II) оксиді", "NO", 3),
    "0302": ("Азотная кислота (по молекуле HNO3)", "Азот қышқылы (HNO3 молекуласы бойынша)", "Hơi axit nitric (HNO3)", 2),
    "0316": ("Гидрохлорид (Соляная кислота)", "Гидрохлорид (тұз қышқылы)", "Hơi axit clohydric (HCl)", 2),
    "0317": ("Гидроцианид (Синильная кислота)", "Гидроцианид (көк қышқыл)", "Hydro xyanua (HCN)", 2),
    "0322": ("Серная кислота", "Күкірт қышқылы", "Hơi axit sunfuric (H2SO4)", 2),
    "0330": ("Сера диоксид", "Күкірт диоксиді", "SO2", 3),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0349": ("Хлор", "Хлор", "Khí clo (Cl2)", 2),
    "0616": ("Диметилбензол (Ксилол)", "Диметилбензол (ксилол)", "Xylen", 3),
    "0621": ("Метилбензол (Толуол)", "Метилбензол (толуол)", "Toluen", 3),
    "1051": ("Пропан-2-ол (Изопропиловый спирт)", "Пропан-2-ол (изопропил спирті)", "Isopropanol (IPA)", 3),
    "1061": ("Этанол (Спирт этиловый)", "Этанол (этил спирті)", "Etanol", 4),
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat", 4),
    "1240": ("Этилацетат", "Этилацетат", "Etyl axetat", 4),
    "2735": ("Масло минеральное нефтяное", "Мұнай минералды майы", "Dầu khoáng", None),
    "2752": ("Уайт-спирит", "Уайт-спирит", "Dung môi white spirit", None),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "2908": ("Пыль неорганическая, содержащая двуокись кремния в %: 70-20", "Бейорганикалық шаң: кремний қостотығы 70-20%", "Bụi chứa silic", 3),
}


def _air(doc: Doc, code: str) -> str:
    return AIR[code][("ru", "kk", "vi").index(doc.lang)]


def _hz(code: str) -> int | None:
    return AIR[code][3]


# ---------------------------------------------------------------- facility

# (RU plant, KK plant, RU operator, KK operator, RU legal address, KK legal address, RU site, KK site, KATO prefix, lat, lon,
#  gold t/year, silver t/year)
REFINERIES = (
    ("Аффинажный завод «Есіл Алтын»", "«Есіл Алтын» аффинаж зауыты", "ТОО «Есіл Аффинаж»", "«Есіл Аффинаж» ЖШС",
     "г. Астана, район Есиль, пр. Мәңгілік Ел, 55/20, офис 305", "Астана қ., Есіл ауданы, Мәңгілік Ел даңғ., 55/20, 305-кеңсе",
     "г. Астана, район Байқоңыр, индустриальный парк № 2, проезд 101, здание 8",
     "Астана қ., Байқоңыр ауданы, № 2 индустриялық парк, 101-өтпе жол, 8-ғимарат", "711", 51.196, 71.523, 25, 60),
    ("Аффинажный завод «Сарыарқа Құйма»", "«Сарыарқа Құйма» аффинаж зауыты", "ТОО «Сарыарқа Бағалы Металдар»",
     "«Сарыарқа Бағалы Металдар» ЖШС", "г. Астана, район Алматы, ул. Бейбітшілік, 14, БЦ «Нұрсая», 9 этаж",
     "Астана қ., Алматы ауданы, Бейбітшілік к-сі, 14, «Нұрсая» БО, 9-қабат",
     "г. Астана, район Сарыарка, промышленная зона «Южная», ул. Гагарина, 37/2",
     "Астана қ., Сарыарқа ауданы, «Оңтүстік» өнеркәсіп аймағы, Гагарин к-сі, 37/2", "711", 51.142, 71.388, 15, 40),
)  # fmt: skip
# (RU raw material, KK raw material, RU supplier, KK supplier, (low, high) kg, (low, high) % Au, (low, high) % Ag)
RAW = (
    ("Сплав Доре (золото-серебряный)", "Доре қорытпасы (алтын-күміс)", "ТОО «Жаңа Алтын Майнинг»", "«Жаңа Алтын Майнинг» ЖШС",
     (3200, 5400), (72, 88), (8, 22)),
    ("Катодное золото после сорбции", "Сорбциядан кейінгі катодтық алтын", "АО «Бесқарағай Голд»", "«Бесқарағай Голд» АҚ",
     (900, 1800), (60, 75), (15, 30)),
    ("Шлиховое золото", "Шлихті алтын", "артели старателей (по договорам комиссии)", "алтын іздеушілер артельдері (комиссия шарттары бойынша)",
     (150, 420), (82, 92), (5, 12)),
    ("Лом ювелирных изделий и аффинажные отходы", "Зергерлік бұйымдар сынығы және аффинаж қалдықтары", "ломбарды и ювелирные предприятия",
     "ломбардтар және зергерлік кәсіпорындар", (600, 1300), (40, 60), (15, 35)),
)  # fmt: skip


def facility_iq1(doc: Doc) -> None:
    """A gold refinery's questionnaire for the National Bank, a two-column table under three section rows and items `1.1` …
    `3.3`: the organisation with its BIN among its bank details (an IBAN of twenty characters, the BIC, the beneficiary code
    `17`), then the production site with its KATO, its centre in degrees, minutes and seconds, its capacity and its
    category with the permit's number and the refining licence's eight digits, then the quality control with the
    laboratory's accreditation certificate; the raw material received in 2025 by supplier company, with kilograms and
    contents, in a table of no role (VI: a State Bank branch's certificate of eligibility to produce gold jewellery, the
    enterprise in one table and its two production sites in a second)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_iq1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    ref = doc.pick(REFINERIES)
    name, operator, legal, site, prefix = ref[L], ref[2 + L], ref[4 + L], ref[6 + L], ref[8]
    lat0, lon0, au, ag = ref[9], ref[10], ref[11], ref[12]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.004, 0.004), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.004, 0.004), False, doc.lang)
    iban = f"KZ{r.randint(10, 99)}601A{r.randint(10**11, 10**12 - 1)}"
    licence = f"{r.randint(21, 24)}0{r.randint(10000, 99999)}"
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    accr = f"KZ.T.02.{r.randint(1000, 2999)}"
    ldate = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.20{licence[:2]}"
    director = doc.pick((g("Жақсыбеков Ерлан Болатұлы", "Жақсыбеков Ерлан Болатұлы", ""), g("Ким Олег Станиславович", "Ким Олег Станиславович", "")))
    doc.p(g("В Департамент по управлению золотовалютными активами Национального Банка Республики Казахстан",
            "Қазақстан Республикасы Ұлттық Банкінің Алтын-валюта активтерін басқару департаментіне", ""))
    doc.h(g("Анкета аффинажной организации", "Аффинаждау ұйымының сауалнамасы", ""))
    doc.p(g("Представляется для заключения договора купли-продажи аффинированного золота в порядке реализации преимущественного права "
            "государства на приобретение аффинированного золота. Сведения указываются по состоянию на 01.01.2026.",
            "Мемлекеттің аффинирленген алтынды сатып алуға басым құқығын іске асыру тәртібімен аффинирленген алтынды сатып алу-сату "
            "шартын жасасу үшін ұсынылады. Мәліметтер 01.01.2026 жағдай бойынша көрсетіледі.", ""))
    rows = [g(["№", "Наименование сведений", "Сведения"], ["№", "Мәліметтердің атауы", "Мәліметтер"], [])]
    merges = []
    _span(rows, merges, g("1. Сведения об организации", "1. Ұйым туралы мәліметтер", ""), 3)
    rows += [["1.1", g("Полное наименование", "Толық атауы", ""), operator],
             ["1.2", g("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі", ""), bin_],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы", ""), legal],
             ["1.4", g("Банковские реквизиты", "Банктік деректемелері", ""),
              g(f"ИИК {iban} в АО «Народный Банк Казахстана», БИК HSBKKZKX, Кбе 17",
                f"«Қазақстан Халық Банкі» АҚ-дағы ЖСК {iban}, БСК HSBKKZKX, Кбе 17", "")],
             ["1.5", g("Первый руководитель", "Бірінші басшы", ""), g(f"Генеральный директор {director}", f"Бас директор {director}", "")]]
    _span(rows, merges, g("2. Производственная площадка", "2. Өндірістік алаң", ""), 3)
    rows += [["2.1", g("Наименование объекта", "Объектінің атауы", ""), name],
             ["2.2", g("Местонахождение", "Орналасқан жері", ""), site],
             ["2.3", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["2.4", g("Географические координаты центра площадки", "Алаң орталығының географиялық координаттары", ""), f"{lat}, {lon}"],
             ["2.5", g("Производственная мощность (по аффинированному металлу)", "Өндірістік қуаты (аффинирленген металл бойынша)", ""),
              g(f"золото – {au} т/год; серебро – {ag} т/год", f"алтын – жылына {au} т; күміс – жылына {ag} т", "")],
             ["2.6", g("Категория объекта (статья 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)", ""),
              g(f"II, экологическое разрешение на воздействие № {permit}", f"II, әсер етуге арналған № {permit} экологиялық рұқсат", "")],
             ["2.7", g("Лицензия на аффинаж драгоценных металлов", "Бағалы металдарды аффинаждауға арналған лицензия", ""),
              g(f"№ {licence} от {ldate}", f"{ldate} ж. № {licence}", "")]]
    _span(rows, merges, g("3. Контроль качества", "3. Сапаны бақылау", ""), 3)
    rows += [["3.1", g("Испытательная (пробирная) лаборатория", "Сынақ (сынама) зертханасы", ""),
              g(f"аттестат аккредитации {accr}, действителен до 2029 г.", f"{accr} аккредиттеу аттестаты, 2029 ж. дейін жарамды", "")],
             ["3.2", g("Чистота выпускаемых слитков", "Шығарылатын құймалардың тазалығы", ""),
              g("золото – не ниже 99,99 %; серебро – не ниже 99,99 %", "алтын – 99,99 %-дан кем емес; күміс – 99,99 %-дан кем емес", "")],
             ["3.3", g("Виды слитков", "Құймалардың түрлері", ""),
              g("стандартные массой около 12,5 кг (400 тройских унций), мерные от 1 до 1 000 г",
                "салмағы шамамен 12,5 кг стандартты (400 трой унциясы), 1-ден 1 000 г-ға дейінгі өлшемді", "")]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    raw = [g(["Вид сырья", "Поставщик", "Поступило за 2025 г., кг (лигатурная масса)", "Содержание золота, %", "Содержание серебра, %"],
             ["Шикізат түрі", "Жеткізуші", "2025 ж. түсті, кг (лигатуралық масса)", "Алтын құрамы, %", "Күміс құрамы, %"], [])]
    for m_ru, m_kk, s_ru, s_kk, (lo, hi), (a_lo, a_hi), (s_lo, s_hi) in RAW:
        raw.append([(m_ru, m_kk)[L], (s_ru, s_kk)[L], num(r.randint(lo, hi), doc.lang), num(round(r.uniform(a_lo, a_hi), 1), doc.lang),
                    num(round(r.uniform(s_lo, s_hi), 1), doc.lang)])
    doc.table(g("Сырье, поступившее на аффинаж", "Аффинаждауға түскен шикізат", ""), raw, role="other")
    doc.p(g(f"Достоверность сведений подтверждаю. Генеральный директор {director}. М.П.",
            f"Мәліметтердің дұрыстығын растаймын. Бас директор {director}. М.О.", ""))


# (company, short name, head office, [(site, address, m2, goldsmiths)])
VN_JEWEL = (
    ("Công ty Cổ phần Vàng bạc Đá quý Kim Long Hà Nội", "KIM LONG JSC",
     "Số 27 phố Hàng Bạc, phường Hoàn Kiếm, thành phố Hà Nội",
     (("Nhà máy tinh luyện vàng và chế tác trang sức Kim Long", "Lô CN-07, Khu công nghiệp Quang Minh, xã Quang Minh, thành phố Hà Nội", 4200, 160),
      ("Xưởng chế tác trang sức Hàng Bạc", "Tầng 3–4, số 27 phố Hàng Bạc, phường Hoàn Kiếm, thành phố Hà Nội", 380, 24))),
    ("Công ty TNHH Kim hoàn Thăng Long Phú Quý", "THANG LONG PHU QUY CO., LTD",
     "Số 114 phố Cầu Giấy, phường Cầu Giấy, thành phố Hà Nội",
     (("Nhà máy tinh luyện và chế tác vàng trang sức Phú Quý", "Lô 21, Khu công nghiệp Phú Nghĩa, xã Phú Nghĩa, thành phố Hà Nội", 3600, 140),
      ("Xưởng chế tác trang sức Hàng Đồng", "Số 9 phố Hàng Đồng, phường Hoàn Kiếm, thành phố Hà Nội", 260, 18))),
)  # fmt: skip


def _facility_iq1_vi(doc: Doc) -> None:
    r = doc.rng
    company, short, office, sites = doc.pick(VN_JEWEL)
    msdn = make_msdn(r)
    doc.p("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM – CHI NHÁNH KHU VỰC 1 – CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.p(f"Số: {r.randint(12, 180)}/GCN-KV1                Hà Nội, ngày {r.randint(2, 27):02d} tháng {r.randint(1, 12):02d} năm 2025")
    doc.h("GIẤY CHỨNG NHẬN ĐỦ ĐIỀU KIỆN SẢN XUẤT VÀNG TRANG SỨC, MỸ NGHỆ")
    doc.p("Căn cứ Nghị định số 24/2012/NĐ-CP ngày 03 tháng 4 năm 2012 của Chính phủ về quản lý hoạt động kinh doanh vàng; Căn cứ Thông tư "
          "số 16/2012/TT-NHNN ngày 25 tháng 5 năm 2012 của Thống đốc Ngân hàng Nhà nước hướng dẫn một số điều của Nghị định số "
          f"24/2012/NĐ-CP; Xét hồ sơ đề nghị của {company}, Ngân hàng Nhà nước Chi nhánh Khu vực 1 chứng nhận:")
    rows = [["Tên doanh nghiệp", company],
            ["Tên viết tắt", short],
            ["Mã số doanh nghiệp", f"{msdn}, đăng ký lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2003, 2012)}, "
                                   f"đăng ký thay đổi lần thứ {r.randint(5, 14)}"],
            ["Địa chỉ trụ sở chính", office],
            ["Người đại diện theo pháp luật", f"Ông {doc.pick(('Đỗ Minh Khôi', 'Nguyễn Hữu Bảo', 'Trịnh Quang Lộc'))} – Tổng Giám đốc"],
            ["Vốn điều lệ", f"{num(r.randint(120, 480), 'vi')} tỷ đồng"]]
    doc.table(None, rows, role="facility")
    doc.p("Đủ điều kiện sản xuất vàng trang sức, mỹ nghệ tại các địa điểm sản xuất sau:")
    rows = [["TT", "Tên địa điểm sản xuất", "Địa chỉ", "Diện tích nhà xưởng (m²)", "Số thợ kim hoàn có chứng chỉ (người)"]]
    for k, (site, address, area, smiths) in enumerate(sites, 1):
        rows.append([str(k), site, address, num(area, "vi"), str(smiths + r.randint(-6, 6))])
        doc.add("facilities", {"bin": msdn, "name_contains": site})
    doc.table(None, rows, role="facility")
    doc.p("Doanh nghiệp có trách nhiệm sản xuất vàng trang sức, mỹ nghệ tại đúng địa điểm ghi trên Giấy chứng nhận; khi thay đổi địa điểm sản "
          "xuất phải đề nghị cấp lại theo quy định. Giấy chứng nhận này thay thế Giấy chứng nhận số "
          f"{r.randint(10, 90)}/GCN-HAN ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2019.")


# (RU mint, KK mint, RU operator, KK operator, RU legal address, KK legal address, RU site, KK site, lat, lon)
MINTS = (
    ("Монетный двор «Ертіс»", "«Ертіс» монета сарайы", "АО «Ертіс Монета»", "«Ертіс Монета» АҚ",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, пр. Абая, 202", "Шығыс Қазақстан облысы, Өскемен қ., Абай даңғ., 202",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Промышленная, 14/1 (промзона «Левобережная»)",
     "Шығыс Қазақстан облысы, Өскемен қ., Өнеркәсіп к-сі, 14/1 («Сол жағалау» өнеркәсіп аймағы)", 49.958, 82.637),
    ("Монетный двор «Үлбі Теңге»", "«Үлбі Теңге» монета сарайы", "АО «Шығыс Монета Сарайы»", "«Шығыс Монета Сарайы» АҚ",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Казахстан, 61", "Шығыс Қазақстан облысы, Өскемен қ., Қазақстан к-сі, 61",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, ул. Бажова, 333/7", "Шығыс Қазақстан облысы, Өскемен қ., Бажов к-сі, 333/7",
     49.989, 82.694),
)  # fmt: skip
COINS = (("Циркуляционные монеты номиналом 10, 20, 50 тенге (сталь с гальваническим покрытием)",
          "Номиналы 10, 20, 50 теңгелік айналыс монеталары (гальваникалық жабыны бар болат)", "млн шт.", "млн дана", (90, 160)),
         ("Циркуляционные монеты номиналом 100 и 200 тенге (биметалл, латунь, мельхиор)",
          "Номиналы 100 және 200 теңгелік айналыс монеталары (биметалл, жез, мельхиор)", "млн шт.", "млн дана", (30, 70)),
         ("Коллекционные монеты из серебра 925 пробы", "925 сынамалы күмістен жасалған коллекциялық монеталар", "тыс. шт.", "мың дана", (40, 120)),
         ("Коллекционные монеты из золота 999,9 пробы", "999,9 сынамалы алтыннан жасалған коллекциялық монеталар", "тыс. шт.", "мың дана", (2, 9)))


def facility_iq2(doc: Doc) -> None:
    """The general section of a mint's report on ПЭК laid out as a four-column form, `label | value | label | value`: the
    object beside the KATO, the operator beside its BIN, the legal address beside the OKED `32110 – Чеканка монет`, the
    site beside its category, the centre in degrees, minutes and seconds beside the sanitary class, the shops beside the
    working hours, the permit beside its term; the developer's licence in the title lines as a look-alike and the coins
    minted in 2025 in a table of no role (VI: the general information of a security printing works' annual environmental
    report as a four-column form, its position only in VN-2000 metres, `nhóm II`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_iq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    m = doc.pick(MINTS)
    name, operator, legal, site, lat0, lon0 = m[L], m[2 + L], m[4 + L], m[6 + L], m[8], m[9]
    bin_, kato = make_bin(r), _kato(doc, "6310")
    lat, lat_v = _dms(lat0 + r.uniform(-0.003, 0.003), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.003, 0.003), False, doc.lang)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    lic = f"{r.randint(1, 2)}{r.randint(1000, 9999)}Р"
    pdate = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2023"
    doc.h(g(f"Отчет о выполнении программы производственного экологического контроля за 2025 год. {name}",
            f"{name}. Өндірістік экологиялық бақылау бағдарламасын орындау туралы 2025 жылғы есеп", ""))
    doc.p(g(f"Отчет подготовлен ТОО «Шығыс ЭкоПроект» (государственная лицензия на выполнение работ и оказание услуг в области охраны "
            f"окружающей среды № 0{lic} от 17.06.2008) по договору с {operator}.",
            f"Есепті «Шығыс ЭкоПроект» ЖШС (қоршаған ортаны қорғау саласындағы жұмыстарды орындауға және қызметтер көрсетуге арналған "
            f"17.06.2008 ж. берілген № 0{lic} мемлекеттік лицензия) {operator}-мен жасалған шарт бойынша дайындады.", ""))
    doc.h(g("1. Общие сведения об объекте", "1. Объект туралы жалпы мәліметтер", ""))
    shops = g("заготовительный цех (вырубка кружков, отжиг в печах с защитной атмосферой, травление), гальванический участок "
              "(никелирование, меднение), монетный (чеканочный) цех, локальные очистные сооружения гальваностоков",
              "дайындау цехы (дөңгелектерді ою, қорғаныш атмосферасы бар пештерде күйдіру, өңдеу), гальваникалық учаске "
              "(никельдеу, мыстау), монета (соғу) цехы, гальваника ағындарының жергілікті тазарту құрылыстары", "")
    rows = [[g("Наименование объекта", "Объектінің атауы", ""), name, g("Код КАТО", "ҚАТО коды", ""), kato],
            [g("Оператор объекта", "Объект операторы", ""), operator, g("БИН оператора", "Оператордың БСН", ""), bin_],
            [g("Юридический адрес", "Заңды мекенжайы", ""), legal, g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""),
             g("32110 – Чеканка монет", "32110 – Монета соғу", "")],
            [g("Местонахождение объекта", "Объектінің орналасқан жері", ""), site, g("Категория объекта", "Объект санаты", ""), "II"],
            [g("Координаты центра площадки", "Алаң орталығының координаттары", ""), f"{lat}; {lon}",
             g("Класс по санитарной классификации, СЗЗ", "Санитариялық жіктеу бойынша сыныбы, СҚА", ""), g("III класс, 300 м", "III сынып, 300 м", "")],
            [g("Производственные подразделения", "Өндірістік бөлімшелер", ""), shops, g("Режим работы", "Жұмыс режимі", ""),
             g("250 дней в году, 2 смены по 8 ч", "жылына 250 күн, 8 сағаттан 2 ауысым", "")],
            [g("Экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсат", ""),
             g(f"№ {permit} от {pdate}", f"{pdate} ж. № {permit}", ""),
             g("Срок действия разрешения", "Рұқсаттың қолданылу мерзімі", ""), g("до 31.12.2032", "31.12.2032 дейін", "")],
            [g("Ответственный за ПЭК", "ӨЭБ үшін жауапты", ""), g("инженер-эколог Нұрланова А.Б.", "инженер-эколог Нұрланова А.Б.", ""),
             g("Телефон", "Телефон", ""), f"+7 7232 {r.randint(20, 79)} {r.randint(10, 99)} {r.randint(10, 99)}"]]  # fmt: skip
    doc.table(g("Таблица 1.1 – Общие сведения", "1.1-кесте – Жалпы мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": "32110", "category": "II", "lat": lat_v, "lon": lon_v})
    out = [g(["Продукция", "Единица измерения", "Выпуск в 2024 г.", "Выпуск в 2025 г."], ["Өнім", "Өлшем бірлігі", "2024 ж. шығарылды", "2025 ж. шығарылды"], [])]
    for c_ru, c_kk, u_ru, u_kk, (lo, hi) in COINS:
        out.append([(c_ru, c_kk)[L], (u_ru, u_kk)[L], num(r.randint(lo, hi), doc.lang), num(r.randint(lo, hi), doc.lang)])
    doc.table(g("Таблица 1.2 – Выпуск продукции", "1.2-кесте – Өнім шығару", ""), out, role="other")
    doc.p(g("Объем выпуска определяется заказом Национального Банка Республики Казахстан на соответствующий год.",
            "Шығару көлемі Қазақстан Республикасы Ұлттық Банкінің тиісті жылға арналған тапсырысымен айқындалады.", ""))


# (works, company, address, X, Y of VN-2000)
VN_PRINT = (
    ("Nhà máy In bảo an và Đúc xu Phú Diễn", "Công ty TNHH MTV In và Đúc tiền Phú Diễn", "Số 18 đường Phú Diễn, phường Phú Diễn, thành phố Hà Nội",
     2328400, 578300),
    ("Nhà máy In tiền và Giấy tờ có giá Tây Hồ Tây", "Công ty TNHH MTV In bảo an Tây Hồ Tây", "Số 5 đường Võ Chí Công, phường Xuân Đỉnh, thành phố Hà Nội",
     2331900, 581600),
)  # fmt: skip


def _facility_iq2_vi(doc: Doc) -> None:
    r = doc.rng
    works, company, address, x0, y0 = doc.pick(VN_PRINT)
    msdn = make_msdn(r)
    x, y = x0 + r.randint(-300, 300), y0 + r.randint(-300, 300)
    gp = f"{r.randint(40, 480)}/GP-BTNMT"
    doc.p("Mẫu số 05.A – Phụ lục VI ban hành kèm theo Thông tư số 02/2022/TT-BTNMT")
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {works.upper()}")
    doc.p("Kính gửi: Bộ Nông nghiệp và Môi trường; Sở Nông nghiệp và Môi trường thành phố Hà Nội.")
    doc.h("I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    rows = [["Tên cơ sở", works, "Mã số doanh nghiệp của chủ cơ sở", msdn],
            ["Chủ cơ sở", company, "Người đại diện", f"Ông {doc.pick(('Phan Văn Thịnh', 'Lại Đức Toàn', 'Vũ Hoàng Nam'))} – Giám đốc"],
            ["Địa chỉ", address, "Điện thoại", f"024 3{r.randint(100, 999)} {r.randint(1000, 9999)}"],
            ["Tọa độ vị trí (hệ VN-2000, kinh tuyến trục 105°00′, múi chiếu 3°)", f"X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m",
             "Loại hình sản xuất", "In tiền, giấy tờ có giá, ấn chỉ bảo an; đúc tiền kim loại, huy chương"],
            ["Giấy phép môi trường", f"Số {gp} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023",
             "Phân loại theo tiêu chí về môi trường", "Cơ sở thuộc nhóm II (Phụ lục IV Nghị định số 08/2022/NĐ-CP)"],
            ["Công suất thực tế năm 2025", f"In: khoảng {num(r.randint(180, 320), 'vi')} triệu tờ; đúc xu: {num(r.randint(8, 30), 'vi')} triệu chiếc",
             "Số lao động", f"{num(r.randint(650, 1100), 'vi')} người"]]  # fmt: skip
    doc.table("Bảng 1. Thông tin chung", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": works, "category": "II"})
    doc.p("Trong năm 2025, cơ sở không thay đổi quy mô, công suất, công nghệ sản xuất so với giấy phép môi trường đã được cấp.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# (number, RU source, KK source, height m, diameter m, hours a year, {code: ((low, high) g/s after cleaning, efficiency % or None)})
REF_SOURCES = (
    ("0001", "Труба скруббера участка растворения в царской водке (реакторы Р-1 – Р-4)",
     "Патша арағында ерітү учаскесі скрубберінің мұржасы (Р-1 – Р-4 реакторлары)", 22, 0.5, 5200,
     {"0302": ((0.004, 0.02), 95), "0316": ((0.003, 0.015), 97), "0349": ((0.002, 0.01), 90), "0301": ((0.05, 0.2), 40),
      "0304": ((0.008, 0.03), 40)}),
    ("0002", "Труба рукавного фильтра индукционных печей (плавка, разливка слитков)",
     "Индукциялық пештердің жеңді сүзгісінің мұржасы (балқыту, құймаларды құю)", 18, 0.63, 4000,
     {"0146": ((0.0005, 0.003), 99), "0184": ((0.00005, 0.0003), 99), "2908": ((0.002, 0.01), 98.5), "0337": ((0.02, 0.08), None)}),
    ("0003", "Вытяжная труба участка электролитического аффинажа серебра", "Күмісті электролиттік аффинаждау учаскесінің сору мұржасы",
     15, 0.4, 6000, {"0302": ((0.001, 0.006), None), "0301": ((0.003, 0.015), None)}),
    ("0004", "Вытяжная труба пробирной лаборатории (муфельные печи купелирования)",
     "Сынама зертханасының сору мұржасы (купелдеу муфель пештері)", 12, 0.3, 2000,
     {"0184": ((0.0001, 0.0006), 97), "0302": ((0.0005, 0.003), None), "0316": ((0.0003, 0.002), None)}),
    ("6001", "Склад кислот и реагентов", "Қышқылдар мен реагенттер қоймасы", 2, None, 8760,
     {"0316": ((0.0002, 0.001), None), "0302": ((0.0001, 0.0008), None)}),
)  # fmt: skip


def _before(gs: float, eff: float) -> float:
    return _sig(gs / (1 - eff / 100), 3)


def emissions_iq1(doc: Doc) -> None:
    """A refinery's table of permissible emissions grouped by substance: a row spanning the table per substance, `0302 –
    Азотная кислота … (класс опасности 2)`, and under it the sources that give it off with their height and mouth
    diameter, the grams a second before gas cleaning and the cleaning's efficiency, then the grams a second and tonnes a
    year after cleaning under `Нормативы допустимых выбросов`, which alone are the emission; a row of column numbers under
    the two-row header, a total after each substance and for the plant (VI: a Hà Nội refinery's loads grouped by
    parameter, the flow, the concentration before treatment and the efficiency before the loads after it, no numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_iq1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    ref = doc.pick(REFINERIES)
    name, operator = ref[L], ref[2 + L]
    doc.h(g(f"Проект нормативов допустимых выбросов на 2026–2035 годы. {name} ({operator})",
            f"{name} ({operator}). 2026–2035 жылдарға арналған жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("5. Нормативы допустимых выбросов", "5. Жол берілетін шығарындылар нормативтері", ""))
    doc.p(g("Технологический процесс включает растворение сырья в царской водке, осаждение золота, электролитический аффинаж серебра, "
            "плавку в индукционных печах и пробирный анализ. Нормативы установлены по веществам на уровне фактических выбросов после "
            "газоочистного оборудования; выбросы до очистки приведены для оценки эффективности ГОУ.",
            "Технологиялық процесс шикізатты патша арағында ерітуді, алтынды тұндыруды, күмісті электролиттік аффинаждауды, индукциялық "
            "пештерде балқытуды және сынамалық талдауды қамтиды. Нормативтер заттар бойынша газ тазарту жабдығынан кейінгі нақты "
            "шығарындылар деңгейінде белгіленді; тазартуға дейінгі шығарындылар ГТҚ тиімділігін бағалау үшін келтірілген.", ""))
    figures: dict[str, list] = {}
    for number, s_ru, s_kk, height, diam, hours, codes in REF_SOURCES:
        for c, ((lo, hi), eff) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * hours * 3600 / 1e6 * r.uniform(0.6, 0.9), 3)
            figures.setdefault(c, []).append((number, (s_ru, s_kk)[L], height, diam, gs, ty, eff))
    head = g(["№ ИЗА", "Наименование источника выброса", "Параметры источника", None, "Газоочистка", None, "Нормативы допустимых выбросов", None],
             ["ЛШК №", "Шығарынды көзінің атауы", "Көздің параметрлері", None, "Газ тазарту", None, "Жол берілетін шығарындылар нормативтері", None], [])
    sub = [None, None] + g(["Высота, м", "Диаметр устья, м", "Выброс до очистки, г/с", "Степень очистки, %", "г/с", "т/год"],
                           ["Биіктігі, м", "Сағасының диаметрі, м", "Тазартуға дейінгі шығарынды, г/с", "Тазарту дәрежесі, %", "г/с", "т/жыл"], [])
    rows = [head, sub, [str(k) for k in range(1, 9)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 0, 7)]
    all_g, all_t = 0.0, 0.0
    for c in sorted(figures):
        hz = _hz(c)
        _span(rows, merges, g(f"{c} – {_air(doc, c)} (класс опасности {hz})", f"{c} – {_air(doc, c)} ({hz} қауіптілік сыныбы)", ""), 8)
        sum_g, sum_t = 0.0, 0.0
        for number, source, height, diam, gs, ty, eff in figures[c]:
            rows.append([number, source, str(height), num(diam, doc.lang) if diam else "–", num(_before(gs, eff), doc.lang) if eff else "–",
                         num(eff, doc.lang) if eff else "–", num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number, hz))
            sum_g, sum_t = sum_g + gs, sum_t + ty
        rows.append(["", g("Итого по веществу", "Зат бойынша барлығы", ""), "", "", "", "", num(round(sum_g, 6), doc.lang), num(round(sum_t, 6), doc.lang)])
        all_g, all_t = all_g + sum_g, all_t + sum_t
    rows.append(["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), "", "", "", "", num(round(all_g, 6), doc.lang), num(round(all_t, 6), doc.lang)])
    doc.table(g("Таблица 5.1 – Нормативы выбросов загрязняющих веществ в атмосферу по веществам и источникам",
                "5.1-кесте – Атмосфераға ластаушы заттар шығарындыларының заттар және көздер бойынша нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in REF_SOURCES))
    doc.p(g("Примечание: источник 6001 – неорганизованный; для него параметры устья не определяются.",
            "Ескерту: 6001 көзі – ұйымдастырылмаған; ол үшін саға параметрлері анықталмайды.", ""))
    maybe_distractor(doc)


# (VI source, flow m3/h, {code: ((low, high) g/s after treatment, efficiency %)})
VN_REF_SOURCES = (
    ("Hệ thống xử lý khí axit khu hòa tách vàng bằng nước cường toan (tháp hấp thụ 2 cấp dung dịch NaOH)", 6000,
     {"0302": ((0.004, 0.02), 92), "0316": ((0.003, 0.012), 95), "0349": ((0.002, 0.008), 90), "0301": ((0.04, 0.15), 45)}),
    ("Hệ thống lọc bụi túi vải các lò nấu chảy cao tần", 9000, {"2902": ((0.01, 0.05), 98), "0146": ((0.0005, 0.003), 98), "0337": ((0.02, 0.07), 0)}),
    ("Hệ thống hút khí khu điện phân tinh luyện bạc", 4000, {"0302": ((0.001, 0.005), 85), "0301": ((0.004, 0.02), 30)}),
)
VN_ORDER = ("2902", "0301", "0302", "0316", "0349", "0337", "0146")


def _emissions_iq1_vi(doc: Doc) -> None:
    r = doc.rng
    company, _, _, sites = doc.pick(VN_JEWEL)
    plant = sites[0][0]
    hours = 4800
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.h("3.2.2. Tải lượng bụi, khí thải phát sinh và sau xử lý")
    doc.p(f"Chủ cơ sở: {company}. Cơ sở hoạt động 300 ngày/năm, 16 giờ/ngày ({num(hours, 'vi')} giờ/năm). Nồng độ trước xử lý được xác định "
          "từ kết quả đo tại cửa vào hệ thống xử lý; tải lượng sau xử lý tính theo hiệu suất xử lý thực tế của từng hệ thống.")
    figures: dict[str, list] = {}
    for source, flow, codes in VN_REF_SOURCES:
        for c, ((lo, hi), eff) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * hours * 3600 / 1e6, 3)
            conc = _sig(gs / (1 - eff / 100) * 3.6e6 / flow, 3)
            figures.setdefault(c, []).append((source, flow, conc, eff, gs, ty))
    rows = [["Nguồn phát sinh", "Lưu lượng khí thải (m³/h)", "Nồng độ trước xử lý (mg/Nm³)", "Hiệu suất xử lý (%)", "Tải lượng sau xử lý", None],
            [None, None, None, None, "g/s", "tấn/năm"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5)]
    for c in VN_ORDER:
        _span(rows, merges, f"Thông số: {_air(doc, c)}", 6)
        for source, flow, conc, eff, gs, ty in figures[c]:
            rows.append([source, num(flow, "vi"), num(conc, "vi"), num(eff, "vi") if eff else "Không xử lý", num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
    doc.table("Bảng 3.5. Tải lượng các chất ô nhiễm trong khí thải theo từng thông số", rows, merges, role="emissions")
    doc.p("Ghi chú: khí CO từ lò nấu chảy không được xử lý, chỉ được pha loãng qua hệ thống hút.")
    maybe_distractor(doc)


# (number, RU source, KK source, VI source, hours, [(RU material, KK material, VI material, (low, high) t, volatile %, {code: share %})])
PRESSES = (
    ("0001", "Участок металлографской (интаглио) печати, машины Super Orlof Intaglio (2 ед.) – вытяжная труба",
     "Металлографиялық (интаглио) баспа учаскесі, Super Orlof Intaglio машиналары (2 бірл.) – сору мұржасы",
     "Ống thải khu in lõm (intaglio), 02 máy Super Orlof Intaglio", 4200,
     [("Краска металлографская на масляно-смоляной основе", "Май-шайыр негізіндегі металлографиялық бояу", "Mực in lõm gốc dung môi",
       (28, 40), 12, {"2752": 100}),
      ("Смывка для красочного аппарата", "Бояу аппаратына арналған жуғыш", "Dung môi rửa hệ thống cấp mực", (3, 6), 100, {"2752": 70, "0616": 30})]),
    ("0002", "Участок офсетной печати (машины Simultan, 3 ед.) – вытяжная труба",
     "Офсеттік баспа учаскесі (Simultan машиналары, 3 бірл.) – сору мұржасы", "Ống thải khu in offset (03 máy Simultan)", 4600,
     [("Краска офсетная", "Офсеттік бояу", "Mực in offset gốc dung môi", (10, 16), 4, {"2735": 100}),
      ("Увлажняющий раствор (изопропиловый спирт 8 %)", "Ылғалдандыру ерітіндісі (изопропил спирті 8 %)", "Dung dịch làm ẩm (IPA 8 %)",
       (20, 30), 8, {"1051": 100}),
      ("Смывка офсетная", "Офсеттік жуғыш", "Dung môi rửa bản, rửa lô", (2, 4), 100, {"2752": 60, "0621": 40})]),
    ("0003", "Участок нумерации и лакирования – вытяжная труба", "Нөмірлеу және лактау учаскесі – сору мұржасы",
     "Ống thải khu in số sê-ri và phủ vecni", 3800,
     [("Краска нумерационная", "Нөмірлеу бояуы", "Mực in số sê-ri", (1.5, 3), 20, {"2752": 100}),
      ("Лак защитный на растворителях", "Еріткіштердегі қорғаныш лагы", "Vecni phủ bảo vệ gốc dung môi", (6, 10), 55,
       {"1210": 40, "1240": 35, "1061": 25})]),
)  # fmt: skip
# the Vietnamese works' materials use no white spirit or mineral oil: their volatile parts by the supplier's sheets
VN_SWAP = {"2752": "0616", "2735": "0621"}
CAS = {"0616": "1330-20-7", "0621": "108-88-3", "1051": "67-63-0", "1061": "64-17-5", "1210": "123-86-4", "1240": "141-78-6"}


def emissions_iq2(doc: Doc) -> None:
    """A banknote factory's calculation of emissions of solvents by material balance: a row spanning the table per source
    with its hours a year, then the materials it uses — inks, washes, a varnish — with their consumption in tonnes, the
    volatile part in per cent, its composition written out and the volatile tonnes of the material in the last column, and
    after `Выбросы источника по веществам:` the source's substances with code, grams a second and tonnes a year, which alone
    are the emissions (the same substance coming from two materials summed); no hazard classes (VI: a security printing
    works' solvent balance in the same layout, substances named without codes)."""
    r = doc.rng
    L = ("ru", "kk", "vi").index(doc.lang)
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        works, company = doc.pick(VN_PRINT)[:2]
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP LẠI GIẤY PHÉP MÔI TRƯỜNG – {works.upper()}")
        doc.h("3.3. Cân bằng dung môi và tải lượng hơi dung môi hữu cơ")
        doc.p(f"Chủ cơ sở: {company}. Tải lượng hơi dung môi được tính theo phương pháp cân bằng vật chất: lượng dung môi bay hơi bằng lượng "
              "nguyên liệu sử dụng nhân với hàm lượng chất bay hơi theo phiếu an toàn hóa chất (MSDS) của nhà cung cấp; toàn bộ hơi dung môi "
              "được thu gom về ống thải của từng khu vực.")
    else:
        factory = g("Банкнотная фабрика «Тұмар»", "«Тұмар» банкнот фабрикасы", "")
        operator = g("АО «Тұмар Секьюрити Принт»", "«Тұмар Секьюрити Принт» АҚ", "")
        doc.h(g(f"Расчет выбросов загрязняющих веществ от полиграфического производства. {factory} ({operator}, г. Алматы)",
                f"{factory} ({operator}, Алматы қ.). Полиграфиялық өндірістен ластаушы заттар шығарындыларын есептеу", ""))
        doc.p(g("Выбросы паров растворителей определены балансовым методом: масса летучих веществ равна расходу материала, умноженному на "
                "долю летучей части по паспорту безопасности (SDS) поставщика; летучая часть полностью удаляется местными отсосами "
                "в трубу участка. Расход материалов принят по данным склада за 2025 год.",
                "Еріткіш булары шығарындылары баланстық әдіспен анықталды: ұшпа заттардың массасы материал шығынын жеткізушінің "
                "қауіпсіздік паспорты (SDS) бойынша ұшпа бөлігінің үлесіне көбейткенге тең; ұшпа бөлік жергілікті сорғыштармен "
                "учаске мұржасына толық шығарылады. Материалдар шығыны 2025 жылғы қойма деректері бойынша қабылданды.", ""))
    head = g(["Материал / загрязняющее вещество", "Код ЗВ", "Расход, т/год", "Летучая часть, %", "Состав летучей части, %", "Выброс, г/с", "Выброс, т/год"],
             ["Материал / ластаушы зат", "ЛЗ коды", "Шығыны, т/жыл", "Ұшпа бөлігі, %", "Ұшпа бөлігінің құрамы, %", "Шығарынды, г/с", "Шығарынды, т/жыл"],
             ["Nguyên liệu / chất ô nhiễm", "Số CAS", "Lượng sử dụng (tấn/năm)", "Hàm lượng chất bay hơi (%)", "Thành phần chất bay hơi (%)",
              "Tải lượng (g/s)", "Tải lượng (tấn/năm)"])
    rows = [head]
    merges = []
    for number, s_ru, s_kk, s_vi, hours, materials in PRESSES:
        source = (s_ru, s_kk, s_vi)[L]
        label = f"{source} ({num(hours, doc.lang)} {g('ч/год', 'сағ/жыл', 'giờ/năm')})" if vi else \
            f"{g('ИЗА', 'ЛШК', '')} {number} – {source} ({num(hours, doc.lang)} {g('ч/год', 'сағ/жыл', '')})"
        _span(rows, merges, label, 7)
        totals: dict[str, float] = {}
        for m_ru, m_kk, m_vi, (lo, hi), vol, parts in materials:
            cons = round(r.uniform(lo, hi), 1)
            volatile = cons * vol / 100
            if vi:
                swapped: dict[str, int] = {}
                for c, s in parts.items():
                    swapped[VN_SWAP.get(c, c)] = swapped.get(VN_SWAP.get(c, c), 0) + s
                parts = swapped
            text = "; ".join(f"{_air(doc, c).split(' (')[0].lower() if not vi else _air(doc, c)} – {s}" for c, s in parts.items())
            rows.append([(m_ru, m_kk, m_vi)[L], "", num(cons, doc.lang), num(vol, doc.lang), text, "", num(round(volatile, 4), doc.lang)])
            for c, s in parts.items():
                totals[c] = totals.get(c, 0.0) + volatile * s / 100
        rows.append([g("Выбросы источника по веществам:", "Көздің заттар бойынша шығарындылары:", "Tải lượng theo từng chất:"), None, None, None, None, None, None])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
        for c, t in totals.items():
            ty = _sig(t, 4)
            gs = _sig(ty * 1e6 / (hours * 3600), 3)
            rows.append([_air(doc, c), CAS[c] if vi else c, "", "", "", num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, None if vi else number))
    caption = g("Таблица 3.2 – Расчет выбросов паров растворителей балансовым методом",
                "3.2-кесте – Еріткіш буларының шығарындыларын баланстық әдіспен есептеу", "Bảng 3.7. Cân bằng dung môi theo khu vực in")
    doc.table(caption, rows, merges, role="emissions")
    if not vi:
        doc.add("sources", *({"number": s[0], "type": "organized"} for s in PRESSES))
    doc.p(g("Графа «Выброс, т/год» в строках материалов – масса летучей части материала; выбросы по веществам приведены в строках ниже.",
            "Материалдар жолдарындағы «Шығарынды, т/жыл» бағаны – материалдың ұшпа бөлігінің массасы; заттар бойынша шығарындылар төмендегі "
            "жолдарда келтірілген.",
            "Cột «Tải lượng (tấn/năm)» ở dòng nguyên liệu là tổng lượng chất bay hơi của nguyên liệu đó; tải lượng từng chất ghi ở các dòng bên dưới."))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (RU plant, KK plant, RU operator, KK operator, RU city, KK city)
SCRAP_PLANTS = (
    ("Завод по извлечению драгоценных металлов из электронного лома «Сарыарқа Рекавери»",
     "«Сарыарқа Рекавери» электрондық сынықтан бағалы металдарды алу зауыты", "ТОО «Сарыарқа Рекавери»", "«Сарыарқа Рекавери» ЖШС",
     "г. Караганда", "Қарағанды қ."),
    ("Комплекс переработки электронного скрапа «Теміртау ЭкоМеталл»", "«Теміртау ЭкоМеталл» электрондық скрапты қайта өңдеу кешені",
     "ТОО «Теміртау ЭкоМеталл»", "«Теміртау ЭкоМеталл» ЖШС", "г. Темиртау", "Теміртау қ."),
)  # fmt: skip
# (code, RU, KK, RU place, KK place, ((Au), (Ag), (Pd)) g/t or None, unit, (low, high), RU operation, KK operation)
SCRAP_WASTES = (
    ("19 12 11*", "Пластиковая фракция дробления печатных плат (с бромсодержащими антипиренами)",
     "Баспа платаларын ұсатудың пластик фракциясы (құрамында бром бар антипирендер)", "участок дробления и сепарации",
     "ұсату және сепарациялау учаскесі", ((0.5, 3), (5, 20), (0.1, 0.5)), "t", (120, 260), "передача на термическое обезвреживание",
     "термиялық залалсыздандыруға беру"),
    ("10 07 01", "Шлак плавки концентрата печатных плат", "Баспа платалары концентратын балқыту қожы", "плавильный участок", "балқыту учаскесі",
     ((2, 10), (40, 120), (1, 4)), "t", (300, 600), "захоронение на полигоне промышленных отходов", "өнеркәсіп қалдықтары полигонында көму"),
    ("10 07 04", "Пыль рукавных фильтров плавильного участка", "Балқыту учаскесінің жеңді сүзгілерінің шаңы", "плавильный участок",
     "балқыту учаскесі", ((20, 80), (300, 900), (5, 20)), "kg", (1200, 4800), "возврат в шихту плавки", "балқыту шихтасына қайтару"),
    ("10 07 05", "Кек мокрой газоочистки", "Дымқыл газ тазартудың кегі", "скруббер плавильного участка", "балқыту учаскесінің скруббері",
     ((1, 5), (20, 60), (0.5, 2)), "t", (15, 45), "передача на переработку сторонней организации", "бөгде ұйымға қайта өңдеуге беру"),
    ("06 01 06*", "Отработанные растворы кислотного выщелачивания", "Қышқылмен сілтісіздендірудің пайдаланылған ерітінділері",
     "гидрометаллургический участок", "гидрометаллургиялық учаске", None, "t", (60, 140), "нейтрализация на собственных очистных сооружениях",
     "өз тазарту құрылыстарында бейтараптандыру"),
    ("19 12 02", "Лом черных металлов (корпуса, крепеж)", "Қара металдар сынығы (корпустар, бекіткіштер)", "участок разборки", "бөлшектеу учаскесі",
     None, "t", (80, 190), "реализация специализированной организации", "мамандандырылған ұйымға өткізу"),
    ("19 12 03", "Лом алюминия (радиаторы, корпуса блоков питания)", "Алюминий сынығы (радиаторлар, қуат блоктарының корпустары)",
     "участок разборки", "бөлшектеу учаскесі", None, "t", (20, 60), "реализация специализированной организации", "мамандандырылған ұйымға өткізу"),
    ("16 06 01*", "Свинцовые аккумуляторы, извлеченные из оборудования", "Жабдықтан алынған қорғасын аккумуляторлары", "участок разборки",
     "бөлшектеу учаскесі", None, "kg", (400, 1800), "передача на переработку по договору", "шарт бойынша қайта өңдеуге беру"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "административно-бытовой корпус",
     "әкімшілік-тұрмыстық корпус", None, "kg", (30, 120), "демеркуризация по договору", "шарт бойынша демеркуризациялау"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "административно-бытовой корпус", "әкімшілік-тұрмыстық корпус", None, "t",
     (8, 20), "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_iq1(doc: Doc) -> None:
    """A plant recovering precious metals from electronic scrap, its programme of waste management: code, waste, place of
    origin, the contents of gold, silver and palladium in grams a tonne under a merged header (dashes where none), a unit
    column per row — `т` or `кг` — before the quantity a year, which is the amount, and the operation; the filter dust that
    goes back into the smelting charge is a waste like the rest (VI: a plant recovering platinum metals from spent
    catalysts, CTNH and ordinary wastes in one table with a kind column, platinum, palladium and rhodium contents, units per
    row, the alumina residue found ordinary by analysis)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_iq1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(SCRAP_PLANTS)
    name, operator, city = plant[L], plant[2 + L], plant[4 + L]
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {name} ({operator}, {city})",
            f"{name} ({operator}, {city}). 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("3. Образование отходов и обращение с ними", "3. Қалдықтардың түзілуі және олармен жұмыс істеу", ""))
    doc.p(g("Предприятие перерабатывает до 3 000 т/год лома электронного и электротехнического оборудования (печатные платы, разъемы, "
            "процессоры) с получением медного сплава, содержащего драгоценные металлы, который направляется на аффинаж. Содержание "
            "драгоценных металлов в отходах приведено по результатам пробирного анализа и учитывается для решения о возврате в процесс.",
            "Кәсіпорын жылына 3 000 т-ға дейін электрондық және электротехникалық жабдық сынығын (баспа платалары, ажыратқыштар, "
            "процессорлар) қайта өңдеп, аффинаждауға жіберілетін құрамында бағалы металдар бар мыс қорытпасын алады. Қалдықтардағы "
            "бағалы металдардың құрамы сынамалық талдау нәтижелері бойынша келтірілген және процеске қайтару туралы шешім үшін ескеріледі.", ""))
    head = g(["№", "Код отхода", "Наименование отхода", "Место образования", "Содержание драгоценных металлов, г/т", None, None, "Ед. изм.",
              "Количество образования в год", "Операция по обращению"],
             ["№", "Қалдық коды", "Қалдықтың атауы", "Түзілу орны", "Бағалы металдардың құрамы, г/т", None, None, "Өлш. бірл.",
              "Жылына түзілу мөлшері", "Жұмыс істеу жөніндегі операция"], [])
    rows = [head, [None] * 4 + ["Au", "Ag", "Pd"] + [None] * 3]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 7, 8, 9)] + [(0, 4, 0, 6)]
    unit_word = {"t": g("т", "т", ""), "kg": g("кг", "кг", "")}
    for k, (code, n_ru, n_kk, p_ru, p_kk, metals, unit, (lo, hi), o_ru, o_kk) in enumerate(SCRAP_WASTES, 1):
        if unit == "kg":
            qty = float(r.randint(lo // 10, hi // 10) * 10)
            amount = qty / 1000
        else:
            qty = round(r.uniform(lo, hi), 1)
            amount = qty
        contents = [num(_sig(r.uniform(a, b), 2), doc.lang) for a, b in metals] if metals else ["–", "–", "–"]
        name_w = (n_ru, n_kk)[L]
        rows.append([str(k), code, name_w, (p_ru, p_kk)[L], *contents, unit_word[unit], num(qty, doc.lang), (o_ru, o_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount,
                           "name_contains": _words(name_w.split(" (")[0], 3)})
    doc.table(g("Таблица 3.1 – Виды и количество образующихся отходов", "3.1-кесте – Түзілетін қалдықтардың түрлері мен мөлшері", ""),
              rows, merges, role="wastes")
    doc.p(g("Пыль рукавных фильтров с высоким содержанием драгоценных металлов не размещается, а возвращается в шихту плавки; ее количество "
            "учитывается в составе образующихся отходов.",
            "Бағалы металдар құрамы жоғары жеңді сүзгілер шаңы орналастырылмайды, балқыту шихтасына қайтарылады; оның мөлшері түзілетін "
            "қалдықтар құрамында ескеріледі.", ""))
    maybe_distractor(doc)


# (name, code or None, (Pt, Pd, Rh) g/t or None, unit, (low, high), treatment)
VN_CAT_WASTES = (
    ("Dung dịch axit clohydric thải sau hòa tách", "02 01 02", ((2, 8), (5, 25), (0.5, 3)), "tấn", (40, 90),
     "Trung hòa tại hệ thống xử lý nước thải của Nhà máy"),
    ("Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", "12 06 05", ((3, 12), (8, 30), (1, 4)), "tấn", (12, 30),
     "Chuyển giao cho đơn vị có giấy phép xử lý CTNH"),
    ("Than hoạt tính thải, vật liệu lọc nhiễm kim loại", "18 02 01", ((5, 20), (20, 60), (1, 5)), "kg", (800, 2400),
     "Tái nạp vào công đoạn nung để thu hồi kim loại"),
    ("Bao bì cứng thải bằng nhựa (can đựng hóa chất)", "18 01 03", None, "kg", (600, 1500), "Chuyển giao cho đơn vị có giấy phép xử lý CTNH"),
    ("Bao bì cứng thải bằng kim loại (thùng phuy)", "18 01 02", None, "kg", (300, 900), "Chuyển giao cho đơn vị có giấy phép xử lý CTNH"),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", None, "kg", (150, 420), "Chuyển giao cho đơn vị có giấy phép xử lý CTNH"),
    ("Bóng đèn huỳnh quang thải", "16 01 06", None, "kg", (10, 40), "Chuyển giao cho đơn vị có giấy phép xử lý CTNH"),
    ("Bã chất mang nhôm oxit sau thu hồi kim loại quý", None, ((0.5, 2), (1, 5), (0.1, 0.5)), "tấn", (800, 1600),
     "Bán cho nhà máy xi măng làm phụ gia"),
    ("Bao bì giấy, carton thải", None, None, "tấn", (4, 12), "Bán cho đơn vị thu mua phế liệu"),
)  # fmt: skip


def _wastes_iq1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company = "Nhà máy thu hồi kim loại quý từ xúc tác thải Phú Mỹ", doc.pick(("Công ty TNHH Thu hồi Kim loại quý Đông Nam Á",
                                                                                      "Công ty Cổ phần Tái chế Xúc tác Phú Mỹ"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.h("2.4. Kết quả quản lý chất thải rắn công nghiệp và chất thải nguy hại")
    doc.p(f"Chủ cơ sở: {company}, Khu công nghiệp Phú Mỹ II, phường Phú Mỹ, Thành phố Hồ Chí Minh. Nhà máy tiếp nhận xúc tác thải của các nhà "
          "máy lọc dầu, hóa dầu và bộ chuyển đổi xúc tác ô tô để thu hồi platin, paladi và rodi. Bã chất mang sau thu hồi đã được phân định "
          "là chất thải rắn công nghiệp thông thường theo kết quả phân tích ngưỡng chất thải nguy hại.")
    rows = [["TT", "Tên chất thải", "Loại chất thải", "Mã CTNH", "Hàm lượng kim loại quý (g/tấn)", None, None, "Đơn vị tính",
             "Khối lượng phát sinh năm 2025", "Phương án xử lý"],
            [None, None, None, None, "Pt", "Pd", "Rh", None, None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 7, 8, 9)] + [(0, 4, 0, 6)]
    for k, (name, code, metals, unit, (lo, hi), treat) in enumerate(VN_CAT_WASTES, 1):
        if unit == "kg":
            qty = float(r.randint(lo // 10, hi // 10) * 10)
            amount = qty / 1000
        else:
            qty = round(r.uniform(lo, hi), 1)
            amount = qty
        contents = [num(_sig(r.uniform(a, b), 2), "vi") for a, b in metals] if metals else ["-", "-", "-"]
        rows.append([str(k), name, "CTNH" if code else "CTRCN thông thường", code or "-", *contents, unit, num(qty, "vi"), treat])
        doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None, "hazardous": bool(code),
                           "amount_t": amount, "name_contains": _words(name.split(" (")[0], 4)})
    doc.table("Bảng 2.4. Khối lượng chất thải phát sinh và phương án xử lý", rows, merges, role="wastes")
    doc.p("Ghi chú: CTNH – chất thải nguy hại; CTRCN thông thường – chất thải rắn công nghiệp thông thường.")
    maybe_distractor(doc)


# (code, RU, KK, hazardous, RU origin, KK origin, RU state, KK state, (low, high) t, months of accumulation, RU operation, KK operation)
MINT_WASTES = (
    ("11 01 09*", "Шламы гальванические (осадок локальных очистных сооружений)", "Гальваникалық шламдар (жергілікті тазарту құрылыстарының тұнбасы)",
     True, "ЛОС гальваностоков, фильтр-пресс", "Гальваника ағындарының ЖТҚ, сүзгі-пресс", "пастообразное", "пастатәрізді", (6, 18), 6,
     "накопление, передача на обезвреживание по договору", "жинақтау, шарт бойынша залалсыздандыруға беру"),
    ("11 01 05*", "Отработанные травильные растворы (серная кислота)", "Пайдаланылған өңдеу ерітінділері (күкірт қышқылы)", True,
     "заготовительный цех, линия травления кружков", "дайындау цехы, дөңгелектерді өңдеу желісі", "жидкое", "сұйық", (10, 30), 3,
     "нейтрализация на ЛОС", "ЖТҚ-да бейтараптандыру"),
    ("11 01 16*", "Отработанные ионообменные смолы", "Пайдаланылған ион алмастырғыш шайырлар", True, "установка оборотного водоснабжения",
     "айналымдағы сумен жабдықтау қондырғысы", "твердое", "қатты", (0.4, 1.5), 6, "передача на обезвреживание по договору",
     "шарт бойынша залалсыздандыруға беру"),
    ("12 01 03", "Высечка латуни и мельхиора (отходы вырубки кружков)", "Жез бен мельхиор ойындысы (дөңгелектерді ою қалдықтары)", False,
     "заготовительный цех, прессы вырубки", "дайындау цехы, ою прессері", "твердое", "қатты", (120, 380), 1,
     "возврат поставщику ленты на переплав", "қайта балқытуға таспа жеткізушіге қайтару"),
    ("12 01 99", "Брак монет (деформированные и с дефектами покрытия)", "Монета ақауы (деформацияланған және жабыны ақаулы)", False,
     "монетный цех", "монета цехы", "твердое", "қатты", (4, 15), 3, "уничтожение комиссионно и передача на переплав",
     "комиссиялық жою және қайта балқытуға беру"),
    ("12 01 21", "Отработанные полировальные материалы (галтовочные тела)", "Пайдаланылған жылтырату материалдары (галтовка денелері)", False,
     "участок галтовки", "галтовка учаскесі", "твердое", "қатты", (2, 8), 6, "вывоз на полигон промышленных отходов",
     "өнеркәсіп қалдықтарының полигонына шығару"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", True, "все подразделения", "барлық бөлімшелер",
     "твердое", "қатты", (0.05, 0.2), 6, "передача на демеркуризацию", "демеркуризациялауға беру"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", False, "административно-бытовой корпус", "әкімшілік-тұрмыстық корпус",
     "твердое", "қатты", (18, 32), 0.1, "вывоз на полигон ТБО", "ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_iq2(doc: Doc) -> None:
    """A mint's information on its wastes for an application for a permit as blocks of one two-column table: a row spanning the table
    per waste (`Отход 3`) and under it its name, code, kind, place of origin, physical state, the tonnes a year — the
    amount — and a limit of accumulation in tonnes with its term that is no amount, then the operation (VI: a security
    printing works' hazardous wastes transposed, the wastes as columns and the code, state, kilograms of 2025 and the
    receiver as rows, then its spoilt prints destroyed, turnings and packaging in tonnes in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_iq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    m = doc.pick(MINTS)
    name, operator = m[L], m[2 + L]
    doc.h(g(f"Заявление на получение экологического разрешения на воздействие. {name} ({operator})",
            f"{name} ({operator}). Әсер етуге арналған экологиялық рұқсат алуға өтініш", ""))
    doc.h(g("Раздел 6. Сведения об отходах производства и потребления", "6-бөлім. Өндіріс және тұтыну қалдықтары туралы мәліметтер", ""))
    doc.p(g("Сведения приводятся по каждому виду отходов отдельно; лимиты накопления рассчитаны исходя из сроков накопления в местах временного "
            "хранения, установленных статьей 320 Экологического кодекса.",
            "Мәліметтер қалдықтардың әр түрі бойынша жеке келтіріледі; жинақтау лимиттері Экология кодексінің 320-бабында белгіленген уақытша "
            "сақтау орындарындағы жинақтау мерзімдеріне сүйене отырып есептелді.", ""))
    rows, merges = [], []
    for k, (code, n_ru, n_kk, haz, o_ru, o_kk, s_ru, s_kk, (lo, hi), months, op_ru, op_kk) in enumerate(MINT_WASTES, 1):
        amount = round(r.uniform(lo, hi), 2 if hi < 2 else 1)
        stored = round(amount * min(months, 12) / 12, 3 if hi < 2 else 2)
        _span(rows, merges, g(f"Отход {k}", f"{k}-қалдық", ""), 2)
        name_w = (n_ru, n_kk)[L]
        term = g(f"до {months} мес." if months >= 1 else "до 3 суток", f"{months} айға дейін" if months >= 1 else "3 тәулікке дейін", "")
        rows += [[g("Наименование отхода", "Қалдықтың атауы", ""), name_w],
                 [g("Код по классификатору отходов", "Қалдықтар сыныптауышы бойынша коды", ""), code],
                 [g("Вид отхода", "Қалдық түрі", ""), g("опасный", "қауіпті", "") if haz else g("неопасный", "қауіпті емес", "")],
                 [g("Источник образования", "Түзілу көзі", ""), (o_ru, o_kk)[L]],
                 [g("Физическое состояние", "Физикалық күйі", ""), (s_ru, s_kk)[L]],
                 [g("Объем образования, т/год", "Түзілу көлемі, т/жыл", ""), num(amount, doc.lang)],
                 [g("Лимит накопления, т (срок накопления)", "Жинақтау лимиті, т (жинақтау мерзімі)", ""), f"{num(stored, doc.lang)} ({term})"],
                 [g("Операция по управлению отходом", "Қалдықты басқару жөніндегі операция", ""), (op_ru, op_kk)[L]]]
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": haz, "amount_t": amount, "name_contains": _words(name_w.split(" (")[0], 3)})
    doc.table(g("Таблица 6.1 – Характеристика отходов", "6.1-кесте – Қалдықтардың сипаттамасы", ""), rows, merges, role="wastes")
    maybe_distractor(doc)


# (name, code, state, (low, high) kg)
VN_PRINT_CTNH = (
    ("Chất thải mực in có các thành phần nguy hại", "08 02 01", "Lỏng/Bùn", (1500, 4200)),
    ("Giẻ lau, găng tay dính mực in, dung môi", "18 02 01", "Rắn", (2400, 6800)),
    ("Hộp mực in thải có các thành phần nguy hại", "08 02 04", "Rắn", (60, 240)),
    ("Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp", "12 06 05", "Bùn", (3000, 9000)),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", "Lỏng", (400, 1200)),
    ("Bóng đèn huỳnh quang thải", "16 01 06", "Rắn", (40, 160)),
)
VN_PRINT_ORDINARY = (("Giấy in hỏng, tờ in không đạt chất lượng đã cắt hủy, ép bánh", (30, 90)), ("Phoi, ba via kim loại từ công đoạn dập phôi xu", (12, 40)),
                     ("Bao bì giấy, carton, pallet gỗ thải", (15, 45)))


def _wastes_iq2_vi(doc: Doc) -> None:
    r = doc.rng
    works, company = doc.pick(VN_PRINT)[:2]
    receiver = doc.pick(("Công ty TNHH Môi trường Xanh Sóc Sơn", "Công ty Cổ phần Xử lý Chất thải Nam Sơn"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {works.upper()}")
    doc.h("III. KẾT QUẢ QUẢN LÝ CHẤT THẢI")
    doc.p(f"Chủ cơ sở: {company}. Chất thải nguy hại được lưu giữ tại kho CTNH diện tích 60 m² và chuyển giao định kỳ 03 tháng/lần cho đơn vị có "
          "giấy phép xử lý chất thải nguy hại.")
    names = [n for n, _, _, _ in VN_PRINT_CTNH]
    kg = [float(r.randint(lo // 10, hi // 10) * 10) for _, _, _, (lo, hi) in VN_PRINT_CTNH]
    rows = [["Nội dung", *names],
            ["Mã CTNH", *(c for _, c, _, _ in VN_PRINT_CTNH)],
            ["Trạng thái tồn tại", *(s for _, _, s, _ in VN_PRINT_CTNH)],
            ["Khối lượng phát sinh năm 2025 (kg)", *(num(x, "vi") for x in kg)],
            ["Tổ chức tiếp nhận, xử lý", *([receiver] * len(names))]]
    doc.table("Bảng 3.1. Chất thải nguy hại phát sinh năm 2025", rows, role="wastes")
    for (name, code, _, _), x in zip(VN_PRINT_CTNH, kg, strict=True):
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": x / 1000, "name_contains": _words(name, 4)})
    rows = [["TT", "Tên chất thải", "Khối lượng năm 2025 (tấn)", "Biện pháp xử lý"]]
    for k, (name, (lo, hi)) in enumerate(VN_PRINT_ORDINARY, 1):
        t = round(r.uniform(lo, hi), 1)
        rows.append([str(k), name, num(t, "vi"), "Tiêu hủy có giám sát của Hội đồng tiêu hủy" if k == 1 else "Bán phế liệu"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name.split(",")[0], 3)})
    doc.table("Bảng 3.2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: (permissible concentration at the outlet to the city sewer or None, (low, high) at the inlet, (low, high) share of the limit at
# the outlet); pH's share is its value
GALV = {
    "pH": ((6.5, 9.0), (2.6, 4.4), (7.0, 8.6)),
    "TSS": (250, (300, 900), (0.2, 0.8)),
    "Fe": (3.0, (20, 80), (0.1, 0.7)),
    "Cu": (0.5, (15, 60), (0.1, 0.8)),
    "Ni": (0.5, (10, 45), (0.2, 0.9)),
    "Zn": (1.0, (5, 25), (0.1, 0.6)),
    "CN-": (0.1, (2, 12), (0.2, 0.6)),
    "SO4": (500, (600, 1600), (0.5, 0.95)),
    "Cl-": (None, (150, 600), (0.3, 0.7)),
}
QUARTERS = (("I квартал", "I тоқсан", "Đợt 1 (tháng 3)", 3), ("II квартал", "II тоқсан", "Đợt 2 (tháng 6)", 6),
            ("III квартал", "III тоқсан", "Đợt 3 (tháng 9)", 9), ("IV квартал", "IV тоқсан", "Đợt 4 (tháng 12)", 12))


def _fig(x: float) -> float:
    return round(x, 1) if x >= 10 else _sig(x, 2)


def limits_iq1(doc: Doc) -> None:
    """A protocol of a mint's local treatment plant of galvanic effluents over the year: parameters as rows with their unit
    and the permissible concentration at the outlet to the city sewer, the four quarters as merged column groups each with
    the inlet `вход (КК-1)` and the outlet `выход (КК-2)` and a row of sampling dates under them; only the outlet is judged
    against the limit, `н/о` where cyanides are not found, chlorides with `не нормируется` (VI: a Hà Nội jewellery plant's
    waste water before and after its treatment in four rounds, QCVN 40:2011/BTNMT column B as the park's intake standard,
    `KPH`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = ("ru", "kk", "vi").index(doc.lang)
    g = doc.v
    if vi:
        company, _, _, sites = doc.pick(VN_JEWEL)
        doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ NĂM 2025 – {sites[0][0].upper()}")
        doc.p(f"Chủ cơ sở: {company}. Nước thải từ công đoạn hòa tách, điện phân, mạ và rửa sản phẩm được xử lý tại hệ thống xử lý nước thải "
              "công suất 60 m³/ngày đêm (khử xyanua, trung hòa, keo tụ kết tủa kim loại, lọc) trước khi đấu nối vào hệ thống thu gom của Khu công "
              "nghiệp. Tiêu chuẩn tiếp nhận của Khu công nghiệp: QCVN 40:2011/BTNMT, cột B. Vị trí lấy mẫu: NT1 – bể gom trước xử lý; NT2 – hố ga "
              "sau xử lý, trước điểm đấu nối.")
        params = ("pH", "TSS", "COD", "Fe", "Cu", "Ni", "Zn", "CN-", "Pb")
        lims = {s: QCVN40_B[s] for s in params}
        point_in, point_out, unit_txt = "NT1", "NT2", "mg/L"
    else:
        m = doc.pick(MINTS)
        name, operator = m[L], m[2 + L]
        doc.h(g(f"Протокол испытаний сточных вод № {r.randint(12, 96)}-В за 2025 год. {name}",
                f"{name}. 2025 жылғы ағынды суларды сынау хаттамасы № {r.randint(12, 96)}-В", ""))
        doc.p(g(f"Заказчик: {operator}. Объект испытаний: сточные воды гальванического участка до и после локальных очистных сооружений "
                "(реагентное обезвреживание цианидов, нейтрализация, осаждение гидроксидов металлов, фильтр-пресс). Точки отбора: КК-1 – "
                "приемный резервуар ЛОС; КК-2 – контрольный колодец на выпуске в городскую канализацию. Допустимые концентрации (ДК) – по "
                "условиям приема сточных вод в систему водоотведения города.",
                f"Тапсырыс беруші: {operator}. Сынақ объектісі: гальваникалық учаскенің жергілікті тазарту құрылыстарына дейінгі және "
                "кейінгі ағынды сулары (цианидтерді реагентпен залалсыздандыру, бейтараптандыру, металл гидроксидтерін тұндыру, сүзгі-пресс). "
                "Сынама алу нүктелері: КК-1 – ЖТҚ қабылдау резервуары; КК-2 – қалалық кәрізге шығарудағы бақылау құдығы. Жол берілетін "
                "концентрациялар (ЖК) – қаланың су бұру жүйесіне ағынды суларды қабылдау шарттары бойынша.", ""))
        params = tuple(GALV)
        lims = {s: GALV[s][0] for s in params}
        point_in, point_out, unit_txt = "КК-1", "КК-2", g("мг/дм³", "мг/дм³", "")
    head = g(["№", "Показатель", "Ед. изм.", "ДК при сбросе в городскую канализацию"], ["№", "Көрсеткіш", "Өлш. бірл.", "Қалалық кәрізге төгу кезіндегі ЖК"],
             ["TT", "Thông số", "Đơn vị", "QCVN 40:2011/BTNMT, cột B"])
    rows = [head + [x for q in QUARTERS for x in (q[L], None)],
            [None] * 4 + [x for _ in QUARTERS for x in (g(f"вход ({point_in})", f"кіріс ({point_in})", f"Trước xử lý ({point_in})"),
                                                       g(f"выход ({point_out})", f"шығыс ({point_out})", f"Sau xử lý ({point_out})"))]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4 + 2 * k, 0, 5 + 2 * k) for k in range(4)]
    dates = [f"{r.randint(8, 26):02d}{'/' if vi else '.'}{q[3] - (0 if vi else 1):02d}{'/' if vi else '.'}2025" for q in QUARTERS]
    rows.append(["", g("Дата отбора проб", "Сынама алынған күн", "Ngày lấy mẫu"), "", ""] + [x for d in dates for x in (d, None)])
    merges += [(2, 4 + 2 * k, 2, 5 + 2 * k) for k in range(4)]
    below = False
    for k, s in enumerate(params, 1):
        lim = lims[s]
        unit = None if s == "pH" else ("mg/l")
        label = vocab_water(s, doc.lang)
        if lim is None:
            lim_txt = g("не нормируется", "нормаланбайды", "-")
        elif isinstance(lim, tuple):
            lim_txt = f"{num(lim[0], doc.lang)}–{num(lim[1], doc.lang)}" if not vi else f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}"
        else:
            lim_txt = num(lim, doc.lang)
        line = [str(k), label, "-" if s == "pH" else unit_txt, lim_txt]
        for _ in QUARTERS:
            if vi:
                base = VN_WW[s]
                v_in = round(r.uniform(*base[0]), 1) if s == "pH" else _fig(r.uniform(*base[0]))
                v_out = round(r.uniform(*base[1]), 1) if s == "pH" else _fig((lim or 1) * r.uniform(*base[1]))
            else:
                _, (lo, hi), (a, b) = GALV[s]
                v_in = round(r.uniform(lo, hi), 1) if s == "pH" else _fig(r.uniform(lo, hi))
                v_out = round(r.uniform(a, b), 1) if s == "pH" else _fig((lim or 100) * r.uniform(a, b))
            none_found = s == "CN-" and r.random() < 0.45
            out_txt = g("н/о", "анықталмады", "KPH") if none_found else num(v_out, doc.lang)
            line += [num(v_in, doc.lang), out_txt]
            if lim is None:
                continue
            item = limit(("symbol", s), "waste_water", lim, unit, "B" if vi else None, point_out, None if none_found else v_out)
            if none_found:
                below = True
                item.pop("value")
            add(doc, item)
        rows.append(line)
    caption = g("Таблица 1 – Результаты испытаний", "1-кесте – Сынақ нәтижелері", "Bảng 1. Kết quả phân tích nước thải trước và sau xử lý")
    doc.table(caption, rows, merges, role="limits")
    notes = g("Примечание: ДК применяются к сточным водам на выпуске (КК-2); показатели на входе ЛОС приведены для оценки эффективности очистки.",
              "Ескерту: ЖК шығарудағы (КК-2) ағынды суларға қолданылады; ЖТҚ кірісіндегі көрсеткіштер тазарту тиімділігін бағалау үшін келтірілген.",
              "Ghi chú: giá trị giới hạn áp dụng cho nước thải sau xử lý (NT2); kết quả trước xử lý dùng để đánh giá hiệu quả xử lý.")
    if below:
        notes += g(" «н/о» – не обнаружено (ниже предела обнаружения методики 0,005 мг/дм³).",
                   " «анықталмады» – әдістеменің анықтау шегінен (0,005 мг/дм³) төмен.",
                   " KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp 0,004 mg/L).")
    doc.p(notes)
    maybe_distractor(doc)


# symbol: QCVN 40:2011/BTNMT column B (the park's intake standard)
QCVN40_B = {"pH": (5.5, 9), "TSS": 100, "COD": 150, "Fe": 5, "Cu": 2, "Ni": 0.5, "Zn": 3, "CN-": 0.1, "Pb": 0.5}
# symbol: ((low, high) before treatment, (low, high) share of the limit after; pH's values)
VN_WW = {"pH": ((2.5, 4.5), (6.8, 8.2)), "TSS": ((150, 420), (0.2, 0.7)), "COD": ((180, 520), (0.3, 0.8)), "Fe": ((8, 40), (0.05, 0.4)),
         "Cu": ((12, 70), (0.05, 0.5)), "Ni": ((3, 20), (0.2, 0.8)), "Zn": ((4, 30), (0.05, 0.4)), "CN-": ((1.5, 9), (0.2, 0.7)),
         "Pb": ((0.3, 2.5), (0.05, 0.4))}
WATER_NAMES = {
    "pH": ("Водородный показатель (pH)", "Сутегі көрсеткіші (pH)", "pH"),
    "TSS": ("Взвешенные вещества", "Қалқыма заттар", "Tổng chất rắn lơ lửng (TSS)"),
    "COD": ("ХПК", "ОХТ", "COD"),
    "Fe": ("Железо общее", "Темір", "Sắt (Fe)"),
    "Cu": ("Медь", "Мыс", "Đồng (Cu)"),
    "Ni": ("Никель", "Никель", "Niken (Ni)"),
    "Zn": ("Цинк", "Мырыш", "Kẽm (Zn)"),
    "CN-": ("Цианиды", "Цианидтер", "Xyanua (CN-)"),
    "SO4": ("Сульфаты", "Сульфаттар", "Sunfat (SO4 2-)"),
    "Cl-": ("Хлориды", "Хлоридтер", "Clorua (Cl-)"),
    "Pb": ("Свинец", "Қорғасын", "Chì (Pb)"),
    "Cd": ("Кадмий", "Кадмий", "Cadimi (Cd)"),
    "Hg": ("Ртуть", "Сынап", "Thủy ngân (Hg)"),
}


def vocab_water(symbol: str, lang: str) -> str:
    return WATER_NAMES[symbol][("ru", "kk", "vi").index(lang)]


# (symbol, RU form, KK form, ПДК mg/kg or None, (low, high) near the plant, (low, high) background)
SOIL_METALS = (
    ("Pb", "валовое содержание", "жалпы мөлшері", 32, (14, 58), (8, 16)),
    ("Cd", "валовое содержание", "жалпы мөлшері", None, (0.3, 2.4), (0.1, 0.4)),
    ("Hg", "валовое содержание", "жалпы мөлшері", 2.1, (0.05, 0.9), (0.02, 0.08)),
    ("Cu", "подвижная форма", "жылжымалы түрі", 3, (0.8, 5.5), (0.3, 1.0)),
    ("Zn", "подвижная форма", "жылжымалы түрі", 23, (4, 31), (1.5, 6)),
    ("Ni", "подвижная форма", "жылжымалы түрі", 4, (0.6, 3.8), (0.4, 1.2)),
)
SOIL_POINTS = (("Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік"), ("Т-2", "граница СЗЗ, восток", "СҚА шекарасы, шығыс"),
               ("Т-3", "граница СЗЗ, юг", "СҚА шекарасы, оңтүстік"), ("Т-4", "граница СЗЗ, запад", "СҚА шекарасы, батыс"),
               ("Т-5", "фон, 2 км на запад", "фон, батысқа қарай 2 км"))
DEPTHS = ("0–5", "5–20")


def limits_iq2(doc: Doc) -> None:
    """The soil around a plant recovering precious metals from electronic scrap: the metals as row groups, each over two
    rows of depth (0–5 and 5–20 cm) with its form (gross or mobile) and its ПДК merged down over them, the four points at
    the protection zone's boundary and a background point as columns; cadmium with no ПДК (`не установлена`) gives no
    limit (VI: a catalyst recovery plant's stack gas, the points `KT1` and `KT2` as column groups over two rounds, a dash
    where a parameter is not measured at a point, `KPH`, flow and temperature rows of no limit)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_iq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(SCRAP_PLANTS)
    name, operator = plant[L], plant[2 + L]
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {name}",
            f"{name}. 2025 жылғы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.h(g("4.3. Мониторинг состояния почв", "4.3. Топырақтың жай-күйінің мониторингі", ""))
    doc.p(g(f"Пробы почвы отобраны {r.randint(10, 28)} сентября 2025 г. на границе санитарно-защитной зоны {operator} по четырем румбам и в "
            "фоновой точке; анализ выполнен аккредитованной лабораторией. Содержание металлов сравнивается с ПДК химических веществ в почве.",
            f"Топырақ сынамалары 2025 жылғы {r.randint(10, 28)} қыркүйекте {operator} санитариялық-қорғаныш аймағының шекарасында төрт румб "
            "бойынша және фондық нүктеде алынды; талдауды аккредиттелген зертхана орындады. Металдардың құрамы топырақтағы химиялық заттардың "
            "ШЖК-мен салыстырылады.", ""))
    head = g(["Элемент", "Форма", "Глубина, см", "ПДК, мг/кг", "Содержание в точках отбора, мг/кг", None, None, None, None],
             ["Элемент", "Түрі", "Тереңдігі, см", "ШЖК, мг/кг", "Сынама алу нүктелеріндегі мөлшері, мг/кг", None, None, None, None], [])
    sub = [None] * 4 + [f"{p} ({(a, b)[L]})" for p, a, b in SOIL_POINTS]
    rows = [head, sub]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 8)]
    for s, f_ru, f_kk, pdk, (lo, hi), (blo, bhi) in SOIL_METALS:
        start = len(rows)
        for j, depth in enumerate(DEPTHS):
            cells = []
            for p, _, _ in SOIL_POINTS:
                a, b = (blo, bhi) if p == "Т-5" else (lo, hi)
                v = _sig(r.uniform(a, b) * (1.0 if j == 0 else r.uniform(0.55, 0.85)), 2)
                cells.append(num(v, doc.lang))
                if pdk is not None:
                    add(doc, limit(("symbol", s), "soil", pdk, "mg/kg", None, p, v))
            pdk_txt = (num(pdk, doc.lang) if pdk is not None else g("не установлена", "белгіленбеген", "")) if j == 0 else None
            rows.append([f"{vocab_water(s, doc.lang)} ({s})" if j == 0 else None, (f_ru, f_kk)[L] if j == 0 else None, depth, pdk_txt, *cells])
        merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1), (start, 3, start + 1, 3)]
    doc.table(g("Таблица 4.3 – Содержание тяжелых металлов в почве", "4.3-кесте – Топырақтағы ауыр металдардың мөлшері", ""), rows, merges,
              role="limits")
    doc.p(g("Для свинца и ртути ПДК установлены по валовому содержанию, для меди, цинка и никеля – по подвижной форме; для кадмия ПДК в "
            "почве не установлена, результаты приведены для наблюдения за динамикой.",
            "Қорғасын мен сынап үшін ШЖК жалпы мөлшері бойынша, мыс, мырыш және никель үшін жылжымалы түрі бойынша белгіленген; кадмий үшін "
            "топырақтағы ШЖК белгіленбеген, нәтижелер динамиканы бақылау үшін келтірілген.", ""))
    maybe_distractor(doc)


# code: (VI label, QCVN 19:2009/BTNMT column B, {point: (low, high) share of the limit})
VN_STACK = {
    "2902": ("Bụi tổng", 200, {"KT1": (0.15, 0.6)}),
    "0330": ("SO2", 500, {"KT1": (0.05, 0.4)}),
    "0301": ("NOx (tính theo NO2)", 850, {"KT1": (0.1, 0.45), "KT2": (0.05, 0.3)}),
    "0337": ("CO", 1000, {"KT1": (0.05, 0.3)}),
    "0316": ("HCl", 50, {"KT2": (0.1, 0.6)}),
    "0349": ("Clo (Cl2)", 10, {"KT2": (0.1, 0.7)}),
}


def _limits_iq2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty TNHH Thu hồi Kim loại quý Đông Nam Á", "Công ty Cổ phần Tái chế Xúc tác Phú Mỹ"))
    doc.h("KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ NĂM 2025 – NHÀ MÁY THU HỒI KIM LOẠI QUÝ TỪ XÚC TÁC THẢI PHÚ MỸ")
    doc.p(f"Chủ cơ sở: {company}. Vị trí quan trắc: KT1 – ống khói lò nung khử cacbon xúc tác thải; KT2 – ống thải tháp hấp thụ khí axit khu hòa "
          "tách. Quy chuẩn so sánh: QCVN 19:2009/BTNMT, cột B, Kp = 1 (lưu lượng dưới 20.000 m³/h), Kv = 1 (khu công nghiệp); Cmax = C.")
    days = [f"{r.randint(5, 25):02d}/{m:02d}/2025" for m in (5, 11)]
    rows = [["TT", "Thông số", "Đơn vị", "KT1", None, "KT2", None, "QCVN 19:2009/BTNMT, cột B (Cmax)"],
            [None, None, None, f"Đợt 1 ({days[0]})", f"Đợt 2 ({days[1]})", f"Đợt 1 ({days[0]})", f"Đợt 2 ({days[1]})", None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 7)] + [(0, 3, 0, 4), (0, 5, 0, 6)]
    rows.append(["1", "Lưu lượng", "m³/h", *(num(r.randint(60, 90) * 100, "vi") for _ in range(2)), *(num(r.randint(35, 55) * 100, "vi") for _ in range(2)), "-"])
    rows.append(["2", "Nhiệt độ", "°C", *(num(r.randint(95, 160), "vi") for _ in range(2)), *(num(r.randint(32, 45), "vi") for _ in range(2)), "-"])
    for k, (c, (label, lim, shares)) in enumerate(VN_STACK.items(), 3):
        line = [str(k), label, "mg/Nm³"]
        for pid in ("KT1", "KT2"):
            for _ in range(2):
                if pid not in shares:
                    line.append("-")
                    continue
                if c == "0349" and r.random() < 0.35:
                    line.append("KPH")
                    add(doc, {x: y for x, y in limit(("code", c), "flue_gas", lim, "mg/Nm3", "B", pid).items() if x != "value"})
                    continue
                v = _sig(lim * r.uniform(*shares[pid]), 3)
                line.append(num(v, "vi"))
                add(doc, limit(("code", c), "flue_gas", lim, "mg/Nm3", "B", pid, v))
        line.append(num(lim, "vi"))
        rows.append(line)
    doc.table("Bảng 3. Kết quả phân tích khí thải", rows, merges, role="limits")
    doc.p("Ghi chú: “-”: không quan trắc thông số tại vị trí; KPH: không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp 0,3 mg/Nm³). "
          "Nhận xét: các thông số quan trắc đều nằm trong giới hạn cho phép.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# code: (RU short name, KK short name)
SHORT = {"0301": ("Азота диоксид", "Азот диоксиді"), "0304": ("Азот (II) оксид", "Азот (II) оксиді"), "0337": ("Углерод оксид", "Көміртек оксиді"),
         "0616": ("Ксилол", "Ксилол"), "0621": ("Толуол", "Толуол"), "1051": ("Изопропиловый спирт", "Изопропил спирті"), "1061": ("Этанол", "Этанол"),
         "1210": ("Бутилацетат", "Бутилацетат"), "1240": ("Этилацетат", "Этилацетат"), "2752": ("Уайт-спирит", "Уайт-спирит"),
         "0322": ("серная кислота", "күкірт қышқылы"), "0316": ("гидрохлорид", "гидрохлорид"), "0166": ("никель сульфат", "никель сульфаты"),
         "0317": ("гидроцианид", "гидроцианид"), "0150": ("натрий гидроксид", "натрий гидроксиді"), "0146": ("медь оксид", "мыс оксиді")}
MATRIX_CODES = ("0301", "0304", "0337", "0616", "0621", "1051", "1061", "1210", "1240", "2752")
# (number or point, RU place, KK place, {code: frequency})
MATRIX_ROWS = (
    ("0001", "Участок металлографской печати – вытяжная труба", "Металлографиялық баспа учаскесі – сору мұржасы",
     {"2752": "monthly", "0616": "quarterly"}),
    ("0002", "Участок офсетной печати – вытяжная труба", "Офсеттік баспа учаскесі – сору мұржасы",
     {"1051": "quarterly", "0621": "quarterly", "2752": "semiannual"}),
    ("0003", "Участок нумерации и лакирования – вытяжная труба", "Нөмірлеу және лактау учаскесі – сору мұржасы",
     {"1210": "quarterly", "1240": "quarterly", "1061": "semiannual"}),
    ("0004", "Резервная газовая котельная – дымовая труба", "Резервтегі газ қазандығы – түтін мұржасы",
     {"0301": "quarterly", "0304": "quarterly", "0337": "quarterly"}),
    ("0005", "Склад красок и растворителей – вытяжная вентиляция", "Бояулар мен еріткіштер қоймасы – сору желдеткіші",
     {"0616": "yearly", "0621": "yearly", "2752": "yearly"}),
    ("Т-1", "Граница СЗЗ, северо-восток", "СҚА шекарасы, солтүстік-шығыс", {"0301": "quarterly", "0616": "quarterly", "0621": "quarterly"}),
    ("Т-2", "Граница СЗЗ, юго-запад", "СҚА шекарасы, оңтүстік-батыс", {"0301": "quarterly", "0616": "quarterly", "0621": "quarterly"}),
)  # fmt: skip
LETTERS = {"ru": {"monthly": "М", "quarterly": "К", "semiannual": "П", "yearly": "Г"},
           "kk": {"monthly": "А", "quarterly": "Т", "semiannual": "ЖЖ", "yearly": "Ж"}}


def monitoring_iq1(doc: Doc) -> None:
    """A banknote factory's plan of monitoring emissions as a matrix: its sources and two boundary points as rows, ten
    substances as columns under a merged header with their codes and short names, the cells holding letter codes of the
    frequency (`М`, `К`, `П`, `Г`; KK `А`, `Т`, `ЖЖ`, `Ж`) explained only in a legend under the table, `—` where a substance
    is not measured (VI: a security printing works' plan as a matrix of points by gas and waste-water parameters with `x`,
    the frequency only in the section row of each component)."""
    if doc.lang == "vi":
        _monitoring_iq1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    factory = g("Банкнотная фабрика «Тұмар»", "«Тұмар» банкнот фабрикасы", "")
    operator = g("АО «Тұмар Секьюрити Принт»", "«Тұмар Секьюрити Принт» АҚ", "")
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {factory} ({operator}, г. Алматы)",
            f"{factory} ({operator}, Алматы қ.). 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("4.1. План-график контроля на источниках выбросов и на границе СЗЗ", "4.1. Шығарынды көздеріндегі және СҚА шекарасындағы бақылау кесте-жоспары", ""))
    doc.p(g("Контроль выполняется инструментальными методами аккредитованной лабораторией по договору. Периодичность контроля по каждому "
            "веществу обозначена буквенным кодом.",
            "Бақылауды шарт бойынша аккредиттелген зертхана аспаптық әдістермен орындайды. Әр зат бойынша бақылау кезеңділігі әріптік кодпен "
            "белгіленген.", ""))
    width = 2 + len(MATRIX_CODES)
    rows = [g(["№ ИЗА, точки", "Источник выброса, место отбора", "Контролируемые вещества (код, наименование)"],
              ["ЛШК, нүкте №", "Шығарынды көзі, сынама алу орны", "Бақыланатын заттар (коды, атауы)"], []) + [None] * (len(MATRIX_CODES) - 1),
            [None, None] + [f"{c} {SHORT[c][L]}" for c in MATRIX_CODES]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, width - 1)]
    pairs = []
    for ident, p_ru, p_kk, plan in MATRIX_ROWS:
        cells = [LETTERS[doc.lang][plan[c]] if c in plan else "—" for c in MATRIX_CODES]
        rows.append([ident, (p_ru, p_kk)[L], *cells])
        for c, word in plan.items():
            key = "point" if ident.startswith("Т") else "source_number"
            doc.add("monitoring", {key: ident, "code": c, "frequency": word})
            if key == "source_number":
                pairs.append((ident, c))
    doc.table(g("Таблица 4.1 – План-график контроля", "4.1-кесте – Бақылау кесте-жоспары", ""), rows, merges, role="monitoring")
    doc.p(g("Условные обозначения: М – ежемесячно; К – 1 раз в квартал; П – 1 раз в полугодие; Г – 1 раз в год; «—» – контроль не проводится.",
            "Шартты белгілер: А – ай сайын; Т – тоқсанына 1 рет; ЖЖ – жарты жылда 1 рет; Ж – жылына 1 рет; «—» – бақылау жүргізілмейді.", ""))
    doc.add("sources", *({"number": x[0], "type": "organized"} for x in MATRIX_ROWS if not x[0].startswith("Т")))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in pairs))
    maybe_distractor(doc)


VN_AIR_COLS = (("2902", "Bụi tổng"), ("0330", "SO2"), ("0301", "NOx"), ("0337", "CO"), ("0621", "Toluen"), ("0616", "Xylen"))
VN_WATER_COLS = (("pH", "pH"), ("TSS", "TSS"), ("COD", "COD"), ("NH4+", "Amoni"), ("Cu", "Cu"), ("Ni", "Ni"), ("Zn", "Zn"))
# (section, frequency, [(point, place, {keys})])
VN_MATRIX = (
    ("A. KHÍ THẢI – tần suất {f}", "semiannual", [
        ("KT1", "Ống thải lò hơi đốt dầu DO", {"2902", "0330", "0301", "0337"}),
        ("KT2", "Ống thải hệ thống hấp phụ than hoạt tính khu in lõm", {"0621", "0616"}),
        ("KT3", "Ống thải hệ thống xử lý khí khu in số sê-ri và phủ vecni", {"0621", "0616"})]),
    ("B. NƯỚC THẢI – tần suất {f}", "quarterly", [
        ("NT1", "Nước thải công nghiệp sau xử lý (khu đúc xu, rửa bản in)", {"pH", "TSS", "COD", "Cu", "Ni", "Zn"}),
        ("NT2", "Nước thải sinh hoạt sau hệ thống xử lý", {"pH", "TSS", "COD", "NH4+"})]),
    ("C. KHÔNG KHÍ XUNG QUANH – tần suất {f}", "yearly", [
        ("KK1", "Khu vực cổng chính của Nhà máy", {"2902", "0330", "0301", "0337", "0621"})]),
)


def _monitoring_iq1_vi(doc: Doc) -> None:
    works, company = doc.pick(VN_PRINT)[:2]
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – {works.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Vị trí và thông số quan trắc được đánh dấu “x” trong bảng; tần suất quan trắc được quy định cho từng nhóm "
          "thành phần môi trường.")
    width = 2 + len(VN_AIR_COLS) + len(VN_WATER_COLS)
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số khí", *[None] * (len(VN_AIR_COLS) - 1), "Thông số nước thải", *[None] * (len(VN_WATER_COLS) - 1)],
            [None, None, *(n for _, n in VN_AIR_COLS), *(n for _, n in VN_WATER_COLS)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(VN_AIR_COLS)), (0, 2 + len(VN_AIR_COLS), 0, width - 1)]
    for section, word, points in VN_MATRIX:
        _span(rows, merges, section.format(f=freq(doc, word)), width)
        for pid, place, keys in points:
            rows.append([pid, place, *("x" if k in keys else "" for k, _ in VN_AIR_COLS), *("x" if k in keys else "" for k, _ in VN_WATER_COLS)])
            for k, _ in (*VN_AIR_COLS, *VN_WATER_COLS):
                if k in keys:
                    doc.add("monitoring", {"point": pid, ("code" if k[0].isdigit() else "symbol"): k, "frequency": word})
    doc.table("Bảng 5. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 19:2009/BTNMT, QCVN 20:2009/BTNMT (khí thải); QCVN 40:2011/BTNMT cột B, QCVN 14:2008/BTNMT cột B (nước thải); "
          "QCVN 05:2023/BTNMT (không khí xung quanh).")
    maybe_distractor(doc)


# ((RU shop, KK shop), [(number or point, RU place, KK place, [([keys], frequency)])]) — keys: air codes or water symbols
MINT_PLAN = (
    (("Заготовительный цех", "Дайындау цехы"), [
        ("0001", "Труба печей отжига кружков (защитная атмосфера на природном газе)", "Дөңгелектерді күйдіру пештерінің мұржасы (табиғи газдағы қорғаныш атмосфера)",
         [(["0301", "0304", "0337"], "quarterly")]),
        ("0002", "Вытяжная труба линии травления", "Өңдеу желісінің сору мұржасы", [(["0322"], "quarterly"), (["0316"], "semiannual")])]),
    (("Гальванический участок", "Гальваникалық учаске"), [
        ("0003", "Вытяжная труба ванн никелирования и меднения", "Никельдеу және мыстау ванналарының сору мұржасы",
         [(["0166", "0322"], "quarterly"), (["0317"], "monthly")]),
        ("0004", "Вытяжная труба ванн обезжиривания", "Майсыздандыру ванналарының сору мұржасы", [(["0150"], "yearly")])]),
    (("Локальные очистные сооружения гальваностоков", "Гальваника ағындарының жергілікті тазарту құрылыстары"), [
        ("КК-2", "Выпуск в городскую канализацию (контрольный колодец)", "Қалалық кәрізге шығару (бақылау құдығы)",
         [(["pH", "Cu", "Ni", "Zn", "CN-"], "monthly"), (["TSS", "SO4", "Cl-"], "quarterly")])]),
    (("Граница санитарно-защитной зоны", "Санитариялық-қорғаныш аймағының шекарасы"), [
        ("Т-1", "север, 300 м от цеха", "солтүстік, цехтан 300 м", [(["0301", "0322"], "quarterly")]),
        ("Т-2", "юг, 300 м от цеха", "оңтүстік, цехтан 300 м", [(["0301", "0322"], "quarterly")])]),
)  # fmt: skip


def _name_of(doc: Doc, key: str) -> str:
    if key[0].isdigit():
        name = SHORT[key][_L(doc)] if key in SHORT else _air(doc, key)
        return f"{key} {name[0].lower()}{name[1:]}"
    return vocab_water(key, doc.lang).lower() if key != "pH" else "pH"


def monitoring_iq2(doc: Doc) -> None:
    """A mint's plan of production monitoring by shop — the shop merged down over its sources and points — each row's cell
    of substances listing them with the code before the name in groups of different frequency (`0166 никель сульфат, 0322
    серная кислота – ежеквартально; 0317 гидроцианид – ежемесячно`), the outlet of the galvanic treatment plant `КК-2`
    with its parameters at two frequencies and two boundary points (VI: the gold-bar and jewellery workshops of a Hồ Chí
    Minh City company, a section row per workshop, each point's cell with several frequencies)."""
    if doc.lang == "vi":
        _monitoring_iq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    m = doc.pick(MINTS)
    name, operator = m[L], m[2 + L]
    doc.h(g(f"Программа производственного экологического контроля. {name} ({operator})", f"{name} ({operator}). Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Раздел 5. Операционный мониторинг и мониторинг эмиссий", "5-бөлім. Операциялық мониторинг және эмиссиялар мониторингі", ""))
    doc.p(g("Отбор проб и анализ выполняет аккредитованная лаборатория; в одной строке могут быть указаны вещества с разной периодичностью контроля.",
            "Сынама алуды және талдауды аккредиттелген зертхана орындайды; бір жолда бақылау кезеңділігі әртүрлі заттар көрсетілуі мүмкін.", ""))
    rows = [g(["Цех (участок)", "№ ИЗА, точки", "Место отбора проб", "Контролируемые вещества и периодичность контроля"],
              ["Цех (учаске)", "ЛШК, нүкте №", "Сынама алу орны", "Бақыланатын заттар және бақылау кезеңділігі"], [])]
    merges = []
    pairs = []
    for (s_ru, s_kk), places in MINT_PLAN:
        start = len(rows)
        for j, (ident, p_ru, p_kk, groups) in enumerate(places):
            text = "; ".join(", ".join(_name_of(doc, k) for k in keys) + " – " + _often(doc, word) for keys, word in groups)
            rows.append([(s_ru, s_kk)[L] if j == 0 else None, ident, (p_ru, p_kk)[L], text])
            for keys, word in groups:
                for k in keys:
                    loc = "source_number" if ident[0].isdigit() else "point"
                    doc.add("monitoring", {loc: ident, ("code" if k[0].isdigit() else "symbol"): k, "frequency": word})
                    if loc == "source_number":
                        pairs.append((ident, k))
        if len(places) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 5.1 – План-график мониторинга", "5.1-кесте – Мониторинг кесте-жоспары", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": f"000{k}", "type": "organized"} for k in range(1, 5)))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in pairs))
    maybe_distractor(doc)


VN_WORKSHOPS = (
    ("Cơ sở 1 – Xưởng tinh luyện và đúc vàng miếng, số 40 đường Hải Thượng Lãn Ông, phường Chợ Lớn", [
        ("KT1", "Ống thải hệ thống xử lý khí khu nấu chảy, hòa tách", [(["2902", "0301"], "semiannual"), (["0316", "0349"], "quarterly")]),
        ("NT1", "Nước thải sau hệ thống xử lý của Cơ sở 1", [(["pH", "TSS", "COD"], "quarterly"), (["Cu", "CN-"], "monthly")])]),
    ("Cơ sở 2 – Xưởng chế tác trang sức, số 112 đường Lê Thánh Tôn, phường Bến Thành", [
        ("KT2", "Ống thải khu hàn, đánh bóng", [(["2902"], "semiannual")]),
        ("NT2", "Nước thải sau bể lắng, lọc của Cơ sở 2", [(["pH", "TSS"], "quarterly"), (["Cu", "Zn"], "semiannual")])]),
    ("Cơ sở 3 – Xưởng xi mạ trang sức, số 25 đường Bình Tiên, phường Bình Tây", [
        ("KT3", "Ống thải tháp hấp thụ khu bể mạ", [(["0317"], "quarterly")]),
        ("NT3", "Nước thải sau hệ thống xử lý xi mạ", [(["pH", "CN-", "Ni", "Cu"], "monthly"), (["TSS", "COD"], "quarterly")])]),
)
VN_PARAM = {"2902": "Bụi tổng", "0301": "NOx (tính theo NO2)", "0316": "HCl", "0349": "Clo (Cl2)", "0317": "Hydro xyanua (HCN)", "pH": "pH",
            "TSS": "TSS", "COD": "COD", "Cu": "Đồng (Cu)", "Zn": "Kẽm (Zn)", "Ni": "Niken (Ni)", "CN-": "Xyanua (CN-)"}


def _monitoring_iq2_vi(doc: Doc) -> None:
    company = doc.pick(("Công ty TNHH Vàng bạc Kim Thành Phát", "Công ty Cổ phần Vàng bạc Đá quý Sài Gòn Phúc Lộc"))
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
    doc.p("Công ty có 03 cơ sở sản xuất tại Thành phố Hồ Chí Minh; mỗi cơ sở thực hiện quan trắc theo giấy phép môi trường riêng. Trong một ô có "
          "thể ghi nhiều nhóm thông số với tần suất khác nhau.")
    rows = [["Ký hiệu", "Vị trí quan trắc", "Thông số và tần suất quan trắc"]]
    merges = []
    for section, points in VN_WORKSHOPS:
        _span(rows, merges, section, 3)
        for pid, place, groups in points:
            rows.append([pid, place, "; ".join(", ".join(VN_PARAM[k] for k in keys) + ": " + _often(doc, word) for keys, word in groups)])
            for keys, word in groups:
                for k in keys:
                    doc.add("monitoring", {"point": pid, ("code" if k[0].isdigit() else "symbol"): k, "frequency": word})
    doc.table("Bảng 4. Kế hoạch quan trắc tại các cơ sở", rows, merges, role="monitoring")
    doc.p("Đơn vị thực hiện: đơn vị có Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan trắc môi trường (VIMCERTS).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

MONTHS_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
EVERY = frozenset(range(1, 13))
# (RU object, KK object, VI object, RU what, KK what, VI what, RU who, KK who, VI who, months or None, frequency)
REF_CHECKS = (
    ("Скруббер участка растворения (ГОУ-1)", "Ерітү учаскесінің скруббері (ГТҚ-1)", "Tháp hấp thụ khí axit khu hòa tách",
     "орошение, pH поглотительного раствора, перепад давления", "суару, сіңіргіш ерітіндінің pH-ы, қысым айырмасы",
     "Lưu lượng tuần hoàn, pH dung dịch hấp thụ, tổn thất áp suất",
     "мастер участка растворения", "ерітү учаскесінің шебері", "Tổ trưởng tổ hòa tách", EVERY, "monthly"),
    ("Рукавный фильтр индукционных печей (ГОУ-2)", "Индукциялық пештердің жеңді сүзгісі (ГТҚ-2)", "Hệ thống lọc bụi túi vải lò nấu chảy",
     "целостность рукавов, регенерация, сбор пыли в герметичную тару", "жеңдердің бүтіндігі, регенерация, шаңды герметикалық ыдысқа жинау",
     "Tình trạng túi lọc, rũ bụi, thu gom bụi vào thùng kín",
     "механик плавильного участка", "балқыту учаскесінің механигі", "Cán bộ cơ điện xưởng nấu", frozenset({3, 6, 9, 12}), "quarterly"),
    ("Склад кислот и реагентов", "Қышқылдар мен реагенттер қоймасы", "Kho hóa chất (axit, xyanua, chất khử)",
     "герметичность тары, поддоны, запас нейтрализующих материалов", "ыдыстың саңылаусыздығы, табандықтар, бейтараптандыратын материалдар қоры",
     "Bao bì kín, khay chống tràn, vật liệu trung hòa dự phòng",
     "начальник склада", "қойма бастығы", "Thủ kho hóa chất", frozenset({1, 4, 7, 10}), "quarterly"),
    ("Места накопления отходов", "Қалдықтарды жинақтау орындары", "Kho lưu giữ chất thải nguy hại",
     "сроки накопления, маркировка, журнал учета отходов", "жинақтау мерзімдері, таңбалау, қалдықтарды есепке алу журналы",
     "Thời gian lưu giữ, dán nhãn, sổ theo dõi chất thải",
     "инженер-эколог", "инженер-эколог", "Cán bộ môi trường", EVERY, "monthly"),
    ("Участок нейтрализации кислых стоков", "Қышқыл ағындарды бейтараптандыру учаскесі", "Hệ thống xử lý nước thải",
     "дозирование реагентов, pH на выходе, состояние емкостей", "реагенттерді мөлшерлеу, шығыстағы pH, ыдыстардың жай-күйі",
     "Định lượng hóa chất, pH đầu ra, tình trạng bể",
     "начальник участка нейтрализации", "бейтараптандыру учаскесінің бастығы", "Tổ vận hành xử lý nước thải", frozenset({4, 10}), "semiannual"),
    ("Пробирная лаборатория (вытяжные шкафы, муфельные печи)", "Сынама зертханасы (сору шкафтары, муфель пештері)", "Phòng thí nghiệm phân tích vàng (tủ hút, lò nung)",
     "скорость воздуха в проемах шкафов, состояние воздуховодов", "шкаф ойықтарындағы ауа жылдамдығы, ауа өткізгіштердің жай-күйі",
     "Vận tốc gió tại cửa tủ hút, tình trạng đường ống",
     "заведующий лабораторией", "зертхана меңгерушісі", "Trưởng phòng thí nghiệm", frozenset({2, 8}), "semiannual"),
    ("Выполнение программы ПЭК (внутренний аудит)", "ӨЭБ бағдарламасының орындалуы (ішкі аудит)", "Việc thực hiện giấy phép môi trường (đánh giá nội bộ)",
     "полнота и сроки измерений, отчетность", "өлшеулердің толықтығы мен мерзімдері, есептілік", "Tần suất quan trắc, báo cáo, hồ sơ môi trường",
     "главный инженер", "бас инженер", "Phó Giám đốc kỹ thuật", frozenset({11}), "yearly"),
    ("Внеплановые проверки", "Жоспардан тыс тексерулер", "Kiểm tra đột xuất",
     "при аварийных ситуациях, изменении технологии, по предписаниям", "апаттық жағдайларда, технология өзгергенде, нұсқамалар бойынша",
     "Khi có sự cố, thay đổi công nghệ hoặc theo yêu cầu của cơ quan quản lý",
     "комиссия по приказу директора", "директордың бұйрығы бойынша комиссия", "Đoàn kiểm tra theo quyết định của Giám đốc", None, None),
)  # fmt: skip


def inspections_iq1(doc: Doc) -> None:
    """A refinery's yearly calendar of internal checks: object, what is checked and who checks, then the twelve months as
    columns under a merged header with `+` in the months the check falls in — twelve marks a monthly check, four a
    quarterly one, two a semiannual one, one a yearly one — and the unplanned checks with `по мере необходимости` across
    the months (VI: a Hà Nội refinery's calendar of self-inspection with `x` under `T1` … `T12`)."""
    vi = doc.lang == "vi"
    L = ("ru", "kk", "vi").index(doc.lang)
    g = doc.v
    mark = "x" if vi else "+"
    if vi:
        company, _, _, sites = doc.pick(VN_JEWEL)
        doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {sites[0][0].upper()}")
        doc.p(f"(Ban hành kèm theo Quyết định số {doc.rng.randint(3, 40):02d}/QĐ-GĐ ngày {doc.rng.randint(2, 28):02d}/12/2025 của Tổng Giám đốc {company})")
        month_head = [f"T{k}" for k in range(1, 13)]
    else:
        ref = doc.pick(REFINERIES)
        name, operator = ref[L], ref[2 + L]
        doc.h(g(f"График внутренних проверок соблюдения экологических требований на 2026 год. {name}",
                f"{name}. 2026 жылға арналған экологиялық талаптардың сақталуын ішкі тексеру кестесі", ""))
        doc.p(g(f"Утвержден приказом генерального директора {operator}. Результаты проверок оформляются актом и заносятся в журнал "
                "производственного экологического контроля.",
                f"{operator} бас директорының бұйрығымен бекітілді. Тексеру нәтижелері актімен ресімделеді және өндірістік экологиялық "
                "бақылау журналына енгізіледі.", ""))
        month_head = list(MONTHS_ROMAN)
    head = g(["№", "Объект проверки", "Что проверяется", "Ответственный", "Месяцы 2026 года"], ["№", "Тексеру объектісі", "Не тексеріледі", "Жауапты",
             "2026 жылғы айлар"], ["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Bộ phận thực hiện", "Thời gian thực hiện năm 2026"])
    rows = [head + [None] * 11, [None] * 4 + month_head]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 15)]
    for k, c in enumerate(REF_CHECKS, 1):
        obj, what, who, months, word = c[L], c[3 + L], c[6 + L], c[9], c[10]
        if months is None:
            rows.append([str(k), obj, what, who, g("по мере необходимости", "қажеттілігіне қарай", "Khi cần thiết"), *[None] * 11])
            merges.append((len(rows) - 1, 4, len(rows) - 1, 15))
        else:
            rows.append([str(k), obj, what, who, *(mark if m in months else "" for m in range(1, 13))])
        item = {"kind": "inspection", "text_contains": _words(obj.split(" (")[0], 4 if vi else 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    caption = g("Таблица 1 – График проверок", "1-кесте – Тексерулер кестесі", "Bảng 1. Lịch tự kiểm tra")
    doc.table(caption, rows, merges, role="inspections")
    doc.p(g(f"«{mark}» – месяц проведения проверки.", f"«{mark}» – тексеру жүргізілетін ай.", f"“{mark}” – tháng thực hiện kiểm tra."))
    maybe_distractor(doc)


# (number, RU clause, KK clause, kind or None, frequency, RU key phrase, KK key phrase, RU actor, KK actor)
JEWEL_CLAUSES = (
    ("3.1", "Мастер участка литья ежедневно по окончании смены проверяет работу местных отсосов над плавильными печами и литейной машиной "
            "и делает запись в журнале.",
     "Құю учаскесінің шебері күн сайын ауысым соңында балқыту пештері мен құю машинасының үстіндегі жергілікті сорғыштардың жұмысын "
     "тексереді және журналға жазба жасайды.", "inspection", "daily", "работу местных отсосов", "жергілікті сорғыштардың жұмысын",
     "Мастер участка литья", "Құю учаскесінің шебері"),
    ("3.2", "Запрещается сливать отработанные растворы отбеливания и травления в канализацию; растворы собираются в маркированные емкости.",
     "Ағарту және өңдеу ерітінділерін кәрізге төгуге тыйым салынады; ерітінділер таңбаланған ыдыстарға жиналады.", None, None, "", "", "", ""),
    ("3.3", "Старший ювелир мастерской еженедельно проверяет заполнение шламоуловителей на раковинах и сдает осадок, содержащий "
            "драгоценные металлы, на аффинаж.",
     "Шеберхананың аға зергері апта сайын раковиналардағы шлам ұстағыштардың толуын тексереді және құрамында бағалы металдар бар "
     "тұнбаны аффинаждауға тапсырады.", "inspection", "weekly", "заполнение шламоуловителей", "шлам ұстағыштардың толуын",
     "Старший ювелир", "аға зергері"),
    ("3.4", "Инженер по охране труда и окружающей среды ежемесячно проверяет журнал учета отходов, наличие договоров на вывоз отходов и "
            "состояние мест их накопления.",
     "Еңбекті және қоршаған ортаны қорғау жөніндегі инженер ай сайын қалдықтарды есепке алу журналын, қалдықтарды шығаруға арналған "
     "шарттардың болуын және оларды жинақтау орындарының жай-күйін тексереді.", "inspection", "monthly", "журнал учета отходов",
     "қалдықтарды есепке алу журналын", "Инженер по охране труда", "Еңбекті және қоршаған ортаны қорғау жөніндегі инженер"),
    ("3.5", "Отработанные растворы гальванического золочения и родирования, содержащие цианиды, передаются по акту специализированной "
            "организации, имеющей разрешение.",
     "Құрамында цианидтер бар гальваникалық алтындау және родийлеу ерітінділері рұқсаты бар мамандандырылған ұйымға акт бойынша "
     "беріледі.", None, None, "", "", "", ""),
    ("3.6", "Один раз в квартал комиссия под председательством технического директора проверяет состояние фильтров вытяжной вентиляции "
            "полировальных участков и скорость воздуха в местных отсосах.",
     "Тоқсанына бір рет техникалық директор басқаратын комиссия жылтырату учаскелерінің сору желдеткіші сүзгілерінің жай-күйін және "
     "жергілікті сорғыштардағы ауа жылдамдығын тексереді.", "inspection", "quarterly", "фильтров вытяжной вентиляции",
     "сору желдеткіші сүзгілерінің", "технического директора", "техникалық директор"),
    ("3.7", "Два раза в год (в марте и сентябре) главный технолог проверяет исправность ультразвуковых ванн и пароструйных установок и их "
            "подключение к локальным очистным устройствам.",
     "Жылына екі рет (наурыз және қыркүйек айларында) бас технолог ультрадыбыстық ванналар мен бу-ағынды қондырғылардың ақаусыздығын "
     "және олардың жергілікті тазарту құрылғыларына қосылуын тексереді.", "inspection", "semiannual", "исправность ультразвуковых ванн",
     "ультрадыбыстық ванналар мен", "главный технолог", "бас технолог"),
    ("3.8", "Персонал мастерских проходит инструктаж по обращению с химическими реактивами при приеме на работу и далее ежегодно.",
     "Шеберханалар персоналы жұмысқа қабылданған кезде және одан әрі жыл сайын химиялық реактивтермен жұмыс істеу жөнінде нұсқаулықтан "
     "өтеді.", None, None, "", "", "", ""),
    ("3.9", "Ежегодно до 1 февраля директор товарищества проверяет выполнение плана природоохранных мероприятий за предыдущий год и "
            "утверждает план на текущий год.",
     "Жыл сайын 1 ақпанға дейін серіктестік директоры өткен жылғы табиғат қорғау іс-шаралары жоспарының орындалуын тексереді және "
     "ағымдағы жылға арналған жоспарды бекітеді.", "inspection", "yearly", "выполнение плана природоохранных", "табиғат қорғау іс-шаралары",
     "директор товарищества", "серіктестік директоры"),
)  # fmt: skip


def inspections_iq2(doc: Doc) -> None:
    """The regulation of production environmental control of a network of jewellery workshops, its section on internal
    checks as a two-column table `Пункт | Содержание`, each clause a whole sentence that names who checks what and how
    often (`ежедневно по окончании смены`, `Один раз в квартал комиссия под председательством …`, `Два раза в год (в марте и
    сентябре)`), prohibitions, a requirement to hand over spent solutions and a yearly briefing of the staff among them,
    which are no checks (VI: the internal rules of a gold-bar workshop of Hồ Chí Minh City, clauses `4.1` …)."""
    if doc.lang == "vi":
        _inspections_iq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    firm = doc.pick((g("ТОО «Зергер Алматы»", "«Зергер Алматы» ЖШС", ""), g("ТОО «Алтын Шебер»", "«Алтын Шебер» ЖШС", "")))
    doc.h(g(f"Положение о производственном экологическом контроле в ювелирных мастерских {firm}",
            f"{firm} зергерлік шеберханаларындағы өндірістік экологиялық бақылау туралы ереже", ""))
    doc.p(g("Положение распространяется на мастерские по адресам: г. Алматы, ул. Толе би, 73 (литье и монтировка), пр. Райымбека, 212 "
            "(полировка, гальваническое покрытие) и мкр. Самал-2, 58 (ремонт изделий).",
            "Ереже мына мекенжайлардағы шеберханаларға қолданылады: Алматы қ., Төле би к-сі, 73 (құю және монтаждау), Райымбек даңғ., 212 "
            "(жылтырату, гальваникалық жабу) және Самал-2 ш/а, 58 (бұйымдарды жөндеу).", ""))
    doc.h(g("3. Порядок внутренних проверок", "3. Ішкі тексерулер тәртібі", ""))
    rows = [g(["Пункт", "Содержание"], ["Тармақ", "Мазмұны"], [])]
    for number, t_ru, t_kk, kind, word, k_ru, k_kk, a_ru, a_kk in JEWEL_CLAUSES:
        rows.append([number, (t_ru, t_kk)[L]])
        if kind:
            doc.add("obligations", {"kind": "inspection", "number": number, "frequency": word, "text_contains": (k_ru, k_kk)[L],
                                    "actor_contains": (a_ru, a_kk)[L]})
    doc.table(None, rows, role="inspections")
    doc.p(g("Результаты проверок фиксируются в журнале внутреннего контроля каждой мастерской.",
            "Тексеру нәтижелері әр шеберхананың ішкі бақылау журналында тіркеледі.", ""))
    maybe_distractor(doc)


# (number, clause, kind or None, frequency, key phrase, actor)
VN_CLAUSES = (
    ("4.1", "Tổ trưởng tổ nấu đúc kiểm tra hệ thống hút khí tại lò nấu chảy và tháp hấp thụ hằng ngày trước khi vận hành, ghi kết quả vào sổ nhật ký.",
     "inspection", "daily", "hệ thống hút khí tại lò nấu chảy", "Tổ trưởng tổ nấu đúc"),
    ("4.2", "Nghiêm cấm đổ dung dịch axit, dung dịch cường toan đã qua sử dụng vào hệ thống thoát nước chung.", None, None, "", ""),
    ("4.3", "Cán bộ phụ trách môi trường kiểm tra kho lưu giữ chất thải nguy hại, nhãn cảnh báo và sổ theo dõi chất thải hằng tuần.",
     "inspection", "weekly", "kho lưu giữ chất thải nguy hại", "Cán bộ phụ trách môi trường"),
    ("4.4", "Bùn, cặn có chứa vàng, bạc thu hồi từ bể lắng được chuyển về công đoạn tinh luyện để thu hồi kim loại.", None, None, "", ""),
    ("4.5", "Quản đốc xưởng kiểm tra hệ thống xử lý nước thải, lượng hóa chất khử xyanua và tình trạng bể chứa mỗi tháng một lần.",
     "inspection", "monthly", "hệ thống xử lý nước thải", "Quản đốc xưởng"),
    ("4.6", "Ba tháng một lần, Phó Giám đốc kỹ thuật chủ trì kiểm tra việc thực hiện chương trình quan trắc và hồ sơ môi trường của xưởng.",
     "inspection", "quarterly", "chương trình quan trắc", "Phó Giám đốc kỹ thuật"),
    ("4.7", "Người lao động được huấn luyện về an toàn hóa chất khi tuyển dụng và định kỳ hằng năm.", None, None, "", ""),
    ("4.8", "Giám đốc Công ty tổ chức kiểm tra toàn diện công tác bảo vệ môi trường của các xưởng mỗi năm một lần, trước ngày 15 tháng 12.",
     "inspection", "yearly", "kiểm tra toàn diện công tác", "Giám đốc Công ty"),
)


def _inspections_iq2_vi(doc: Doc) -> None:
    company = doc.pick(("Công ty TNHH Vàng bạc Kim Thành Phát", "Công ty Cổ phần Vàng bạc Đá quý Sài Gòn Phúc Lộc"))
    doc.h(f"QUY CHẾ QUẢN LÝ MÔI TRƯỜNG NỘI BỘ – XƯỞNG TINH LUYỆN VÀ ĐÚC VÀNG MIẾNG, {company.upper()}")
    doc.p("Địa chỉ xưởng: số 40 đường Hải Thượng Lãn Ông, phường Chợ Lớn, Thành phố Hồ Chí Minh. Quy chế áp dụng cho toàn bộ người lao động "
          "làm việc tại xưởng.")
    doc.h("Mục 4. Kiểm tra nội bộ")
    rows = [["Điều khoản", "Nội dung"]]
    for number, text, kind, word, key, actor in VN_CLAUSES:
        rows.append([number, text])
        if kind:
            doc.add("obligations", {"kind": "inspection", "number": number, "frequency": word, "text_contains": key, "actor_contains": actor})
    doc.table(None, rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# ((RU section, KK section), [(RU measure, KK measure, item of the Typical list, start, end, (2026, 2027) thousand tenge, (RU source, KK source),
#   RU responsible, KK responsible, RU effect, KK effect)])
SCRAP_PLAN = (
    (("1. Охрана атмосферного воздуха", "1. Атмосфералық ауаны қорғау"), [
        ("Замена рукавов фильтра плавильного участка на рукава с PTFE-мембраной", "Балқыту учаскесі сүзгісінің жеңдерін PTFE-мембранасы бар жеңдерге ауыстыру",
         ("п. 1, пп. 5)", "1-т., 5) тт."), "02.2026", "06.2026", (18_400, None), ("собственные средства", "меншікті қаражат"), "главный механик",
         "бас механик", "снижение выбросов пыли на 1,2 т/год", "шаң шығарындыларын жылына 1,2 т азайту"),
        ("Установка автоматизированной системы мониторинга выбросов на трубе плавильного участка",
         "Балқыту учаскесінің мұржасына шығарындыларды автоматтандырылған мониторинглеу жүйесін орнату",
         ("п. 1, пп. 11)", "1-т., 11) тт."), "03.2026", "12.2026", (36_000, None), ("собственные средства", "меншікті қаражат"), "главный инженер",
         "бас инженер", "непрерывный контроль пыли, NOx, SO2", "шаңды, NOx, SO2 үздіксіз бақылау")]),
    (("2. Охрана водных объектов", "2. Су объектілерін қорғау"), [
        ("Реконструкция участка нейтрализации кислых растворов с установкой фильтр-пресса",
         "Сүзгі-пресс орната отырып қышқыл ерітінділерді бейтараптандыру учаскесін реконструкциялау",
         ("п. 2, пп. 3)", "2-т., 3) тт."), "04.2026", "03.2027", (22_500, 9_800), ("заемные средства", "қарыз қаражаты"),
         "начальник гидрометаллургического участка", "гидрометаллургиялық учаске бастығы", "повторное использование 60 % воды",
         "судың 60 %-ын қайта пайдалану")]),
    (("3. Охрана земель", "3. Жерді қорғау"), [
        ("Устройство бетонированной площадки с навесом для накопления шлака плавки", "Балқыту қожын жинақтауға арналған қалқасы бар бетондалған алаң орнату",
         ("п. 3, пп. 2)", "3-т., 2) тт."), "05.2026", "09.2026", (7_300, None), ("собственные средства", "меншікті қаражат"),
         "начальник плавильного участка", "балқыту учаскесінің бастығы", "исключение загрязнения почв", "топырақтың ластануын болдырмау")]),
    (("6. Обращение с отходами", "6. Қалдықтармен жұмыс істеу"), [
        ("Внедрение сортировки пластиковой фракции по содержанию бромсодержащих антипиренов",
         "Пластик фракцияны құрамындағы бром бар антипирендер бойынша сұрыптауды енгізу",
         ("п. 6, пп. 4)", "6-т., 4) тт."), "01.2027", "12.2027", (None, 14_200), ("собственные средства", "меншікті қаражат"), "главный технолог",
         "бас технолог", "передача 40 % пластика на вторичную переработку", "пластиктің 40 %-ын қайта өңдеуге беру"),
        ("Заключение договора на использование шлака в производстве строительных материалов",
         "Қожды құрылыс материалдары өндірісінде пайдалануға шарт жасасу",
         ("п. 6, пп. 2)", "6-т., 2) тт."), "01.2026", "12.2026", (None, None), ("не требуется", "талап етілмейді"), "коммерческий директор",
         "коммерциялық директор", "сокращение захоронения шлака", "қожды көмуді қысқарту")]),
    (("10. Экологическое просвещение и пропаганда", "10. Экологиялық ағарту және насихаттау"), [
        ("Обучение работников участков обращению с опасными отходами с выдачей сертификатов",
         "Учаске қызметкерлерін сертификат бере отырып қауіпті қалдықтармен жұмыс істеуге оқыту",
         ("п. 10, пп. 1)", "10-т., 1) тт."), "03.2026", "04.2026", (1_200, 1_200), ("собственные средства", "меншікті қаражат"),
         "специалист по охране окружающей среды", "қоршаған ортаны қорғау жөніндегі маман", "обучение 45 работников", "45 қызметкерді оқыту")]),
)  # fmt: skip


def tasks_iq1(doc: Doc) -> None:
    """A scrap-recovery plant's plan of environmental measures annexed to its permit: measures `1.1` under section rows by
    component, the item of the Typical list of environmental measures each answers (`п. 1, пп. 5)`), start and end under a
    merged term, the money by year under a merged header, the source, the responsible and the effect (VI: a catalyst
    recovery plant's plan of fulfilling its permit's requirements, the permit's clause each task answers beside it, the
    leading unit and the partner units)."""
    if doc.lang == "vi":
        _tasks_iq1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(SCRAP_PLANTS)
    name, operator = plant[L], plant[2 + L]
    doc.p(g("Приложение 3 к экологическому разрешению на воздействие", "Әсер етуге арналған экологиялық рұқсатқа 3-қосымша", ""))
    doc.h(g(f"План мероприятий по охране окружающей среды на 2026–2027 годы. {name} ({operator})",
            f"{name} ({operator}). 2026–2027 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""))
    doc.p(g("Мероприятия сформированы в соответствии с Типовым перечнем мероприятий по охране окружающей среды (приложение 4 к Экологическому "
            "кодексу Республики Казахстан); в графе 3 указан пункт и подпункт Типового перечня.",
            "Іс-шаралар Қоршаған ортаны қорғау жөніндегі іс-шаралардың үлгілік тізбесіне (Қазақстан Республикасы Экология кодексіне 4-қосымша) "
            "сәйкес қалыптастырылды; 3-бағанда Үлгілік тізбенің тармағы мен тармақшасы көрсетілген.", ""))
    head = g(["№ п/п", "Наименование мероприятия", "Пункт Типового перечня", "Срок выполнения", None, "Объем финансирования, тыс. тенге", None,
              "Источник финансирования", "Ответственный", "Ожидаемый результат"],
             ["Р/с №", "Іс-шараның атауы", "Үлгілік тізбенің тармағы", "Орындау мерзімі", None, "Қаржыландыру көлемі, мың теңге", None,
              "Қаржыландыру көзі", "Жауапты", "Күтілетін нәтиже"], [])
    sub = [None, None, None] + g(["начало", "окончание", "2026 г.", "2027 г."], ["басталуы", "аяқталуы", "2026 ж.", "2027 ж."], []) + [None, None, None]
    rows = [head, sub, [str(k) for k in range(1, 11)]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 7, 8, 9)] + [(0, 3, 0, 4), (0, 5, 0, 6)]
    for section, measures in SCRAP_PLAN:
        _span(rows, merges, section[L], 10)
        sec = section[0].split(".")[0]
        for k, (m_ru, m_kk, item, start, end, money, source, w_ru, w_kk, e_ru, e_kk) in enumerate(measures, 1):
            number = f"{sec}.{k}"
            text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
            rows.append([number, text, item[L], start, end, *(num(x, doc.lang) if x else "–" for x in money), source[L], who, (e_ru, e_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(None, rows, merges, role="tasks")
    doc.p(g("Отчет о выполнении плана представляется в составе отчета по программе производственного экологического контроля.",
            "Жоспардың орындалуы туралы есеп өндірістік экологиялық бақылау бағдарламасы бойынша есептің құрамында ұсынылады.", ""))
    maybe_distractor(doc)


# (task, clause of the permit, term, lead, partners, million đồng)
VN_PERMIT_TASKS = (
    ("Lắp đặt thiết bị quan trắc khí thải tự động, liên tục tại ống khói lò nung và truyền số liệu về Sở Nông nghiệp và Môi trường",
     "Điểm 2.3 Mục A Phụ lục 2", "Trước 30/9/2026", "Phòng Kỹ thuật", "Xưởng Cơ điện; nhà thầu cung cấp thiết bị", "3.800"),
    ("Bổ sung bể sự cố dung tích 200 m³ cho hệ thống xử lý nước thải", "Điểm 3.2 Mục B Phụ lục 1", "Quý II/2026", "Ban Quản lý dự án",
     "Phòng An toàn – Môi trường", "1.650"),
    ("Cải tạo kho lưu giữ chất thải nguy hại, bổ sung rãnh thu và hố thu chất lỏng tràn đổ", "Khoản 2 Mục A Phụ lục 3", "Quý I/2026",
     "Phòng An toàn – Môi trường", "Xưởng Cơ điện", "420"),
    ("Ký hợp đồng chuyển giao bã chất mang nhôm oxit cho nhà máy xi măng sử dụng làm phụ gia", "Khoản 3 Mục B Phụ lục 3", "Tháng 01/2026",
     "Phòng Kinh doanh", "Phòng An toàn – Môi trường", "-"),
    ("Xây dựng và diễn tập kế hoạch ứng phó sự cố rò rỉ khí clo tại khu hòa tách", "Điểm 1.4 Mục C Phụ lục 4", "Tháng 5/2026",
     "Phòng An toàn – Môi trường", "Xưởng hòa tách – thu hồi; Đội PCCC cơ sở", "150"),
    ("Trồng bổ sung cây xanh dải cách ly phía Bắc, đảm bảo tỷ lệ cây xanh tối thiểu 20 %", "Khoản 5 Mục D Phụ lục 4", "Tháng 6–8/2026",
     "Phòng Hành chính – Nhân sự", "Công đoàn Công ty", "260"),
)


def _tasks_iq1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(("Công ty TNHH Thu hồi Kim loại quý Đông Nam Á", "Công ty Cổ phần Tái chế Xúc tác Phú Mỹ"))
    gp = f"{r.randint(120, 560)}/GP-BNNMT"
    doc.h("KẾ HOẠCH THỰC HIỆN CÁC YÊU CẦU VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2026 – NHÀ MÁY THU HỒI KIM LOẠI QUÝ TỪ XÚC TÁC THẢI PHÚ MỸ")
    doc.p(f"Thực hiện Giấy phép môi trường số {gp} ngày {r.randint(2, 28):02d}/{r.randint(1, 12):02d}/2025 của Bộ Nông nghiệp và Môi trường cấp "
          f"cho {company}, Công ty xây dựng kế hoạch thực hiện như sau. Cột “Căn cứ” ghi điều khoản tương ứng của Giấy phép môi trường.")
    rows = [["TT", "Nội dung công việc", "Căn cứ (Giấy phép môi trường)", "Thời hạn hoàn thành", "Đơn vị chủ trì", "Đơn vị phối hợp",
             "Kinh phí dự kiến (triệu đồng)"]]
    for k, (text, clause, term, lead, partners, money) in enumerate(VN_PERMIT_TASKS, 1):
        rows.append([str(k), text, clause, term, lead, partners, money])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Phụ lục. Danh mục công việc", rows, role="tasks")
    doc.p("Phòng An toàn – Môi trường là đầu mối theo dõi, tổng hợp kết quả thực hiện, báo cáo Tổng Giám đốc hằng quý.")
    maybe_distractor(doc)


# (RU instruction, KK instruction, RU executor, KK executor, actor key, RU term, KK term)
MINUTES = (
    ("Обеспечить вывоз накопленных гальванических шламов (код 11 01 09*) по действующему договору до истечения шестимесячного срока накопления.",
     "Жинақталған гальваникалық шламдарды (коды 11 01 09*) жинақтаудың алты айлық мерзімі өткенге дейін қолданыстағы шарт бойынша шығаруды "
     "қамтамасыз ету.", "Начальник гальванического участка Ким В.Ю.", "Гальваникалық учаске бастығы Ким В.Ю.", "Ким В.Ю.",
     "до 15.03.2026", "15.03.2026 дейін"),
    ("Разработать и утвердить инструкцию по обращению с отработанными цианистыми электролитами меднения.",
     "Мыстаудың пайдаланылған цианидті электролиттерімен жұмыс істеу жөніндегі нұсқаулықты әзірлеу және бекіту.",
     "Главный технолог Сапарова Г.Т.", "Бас технолог Сапарова Г.Т.", "Сапарова Г.Т.", "до 01.04.2026", "01.04.2026 дейін"),
    ("Провести ревизию фильтр-пресса ЛОС гальваностоков и заменить фильтровальные салфетки.",
     "Гальваника ағындары ЖТҚ сүзгі-пресіне тексеру жүргізу және сүзгі майлықтарын ауыстыру.", "Главный механик Оспанов Д.Е.",
     "Бас механик Оспанов Д.Е.", "Оспанов Д.Е.", "до 20.02.2026", "20.02.2026 дейін"),
    ("Организовать раздельный сбор высечки латуни и мельхиора в маркированные контейнеры у прессов вырубки.",
     "Ою прессерінің жанында жез бен мельхиор ойындысын таңбаланған контейнерлерге бөлек жинауды ұйымдастыру.",
     "Начальник заготовительного цеха Павлов А.С.", "Дайындау цехының бастығы Павлов А.С.", "Павлов А.С.", "постоянно", "тұрақты"),
    ("Представить в Департамент экологии по Восточно-Казахстанской области информацию об устранении замечаний по пп. 1–3 настоящего протокола.",
     "Шығыс Қазақстан облысы бойынша экология департаментіне осы хаттаманың 1–3-тармақтары бойынша ескертулердің жойылғаны туралы ақпарат ұсыну.",
     "Инженер-эколог Нұрланова А.Б.", "Инженер-эколог Нұрланова А.Б.", "Нұрланова А.Б.", "в течение 10 рабочих дней после выполнения пп. 1–3",
     "1–3-тармақтар орындалғаннан кейін 10 жұмыс күні ішінде"),
)  # fmt: skip
PRESENT = (("Главный инженер", "Бас инженер", "Бекмұхамбетов С.К."), ("Главный технолог", "Бас технолог", "Сапарова Г.Т."),
           ("Главный механик", "Бас механик", "Оспанов Д.Е."), ("Начальник гальванического участка", "Гальваникалық учаске бастығы", "Ким В.Ю."),
           ("Начальник заготовительного цеха", "Дайындау цехының бастығы", "Павлов А.С."), ("Инженер-эколог", "Инженер-эколог", "Нұрланова А.Б."))


def tasks_iq2(doc: Doc) -> None:
    """The minutes of a meeting at a mint's chief engineer on the remarks of the ecology department about its galvanic
    wastes: the participants with their positions in a table of no role, what was heard in a paragraph, then `РЕШИЛИ:` as a
    table `№ | Поручение | Исполнитель, срок` whose last cell holds the executor with his position and, on a second line,
    the term (`до 15.03.2026`, `постоянно`, `в течение 10 рабочих дней после выполнения пп. 1–3`); the chief engineer keeps
    the control in a sentence after it (VI: a director's conclusions of a meeting at a security printing works, `Đơn vị chủ
    trì – thời hạn` in one cell)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_iq2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    m = doc.pick(MINTS)
    name, operator = m[L], m[2 + L]
    day = r.randint(2, 27)
    doc.h(g(f"Протокол № {r.randint(3, 19)} совещания у главного инженера {operator}", f"{operator} бас инженеріндегі кеңестің № {r.randint(3, 19)} хаттамасы", ""))
    doc.p(g(f"г. Усть-Каменогорск, {day:02d}.01.2026. Тема: устранение замечаний Департамента экологии по обращению с отходами гальванического "
            f"производства ({name}).",
            f"Өскемен қ., {day:02d}.01.2026. Тақырыбы: гальваникалық өндіріс қалдықтарымен жұмыс істеу бойынша Экология департаментінің "
            f"ескертулерін жою ({name}).", ""))
    doc.p(g("Присутствовали:", "Қатысқандар:", ""))
    doc.table(None, [g(["Должность", "Ф.И.О."], ["Лауазымы", "Аты-жөні"], [])] + [[p[L], p[2]] for p in PRESENT], role="other")
    doc.p(g("СЛУШАЛИ: инженера-эколога Нұрланову А.Б. о результатах проверки Департамента экологии: превышен срок накопления гальванических "
            "шламов, отсутствует инструкция по обращению с отработанными электролитами, высечка цветных металлов собирается совместно с ТБО.",
            "ТЫҢДАЛДЫ: инженер-эколог Нұрланова А.Б. Экология департаменті тексеруінің нәтижелері туралы: гальваникалық шламдарды жинақтау "
            "мерзімі асып кеткен, пайдаланылған электролиттермен жұмыс істеу жөніндегі нұсқаулық жоқ, түсті металдар ойындысы ҚТҚ-мен бірге "
            "жиналады.", ""))
    doc.p(g("РЕШИЛИ:", "ШЕШІЛДІ:", ""))
    rows = [g(["№", "Поручение", "Исполнитель, срок"], ["№", "Тапсырма", "Орындаушы, мерзімі"], [])]
    for k, (t_ru, t_kk, e_ru, e_kk, key, d_ru, d_kk) in enumerate(MINUTES, 1):
        text = (t_ru, t_kk)[L]
        rows.append([str(k), text, f"{(e_ru, e_kk)[L]}\n{(d_ru, d_kk)[L]}"])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": key})
    doc.table(None, rows, role="tasks")
    doc.p(g("Контроль за исполнением протокола оставляю за собой. Главный инженер Бекмұхамбетов С.К.",
            "Хаттаманың орындалуын бақылауды өзіме қалдырамын. Бас инженер Бекмұхамбетов С.К.", ""))


# (task, lead, term)
VN_CONCLUSIONS = (
    ("Rà soát, sửa đổi quy trình thu gom mực in thải và giẻ lau dính mực tại các khu in", "Phòng Kỹ thuật – Môi trường", "Trước 15/02/2026"),
    ("Thay thế than hoạt tính hệ thống hấp phụ khu in lõm, lập biên bản và lưu hồ sơ", "Phân xưởng In lõm", "Trước 28/02/2026"),
    ("Thuê đơn vị có chức năng đo kiểm, đánh giá hiệu suất hệ thống xử lý khí thải khu phủ vecni", "Phòng Kỹ thuật – Môi trường", "Quý I/2026"),
    ("Bổ sung thùng chứa có nắp và nhãn cảnh báo cho CTNH tại xưởng đúc xu", "Phân xưởng Đúc xu", "Trước 31/01/2026"),
    ("Tổng hợp số liệu, hoàn thiện báo cáo công tác bảo vệ môi trường năm 2025 gửi cơ quan quản lý", "Phòng Kỹ thuật – Môi trường",
     "Trước 31/01/2026"),
    ("Bố trí kinh phí năm 2026 cho các hạng mục cải tạo hệ thống xử lý nước thải", "Phòng Tài chính – Kế toán", "Tháng 3/2026"),
)


def _tasks_iq2_vi(doc: Doc) -> None:
    r = doc.rng
    works, company = doc.pick(VN_PRINT)[:2]
    doc.p(f"{company.upper()} – Số: {r.randint(5, 60):02d}/TB-NM")
    doc.h("THÔNG BÁO Kết luận của Giám đốc Nhà máy tại cuộc họp về công tác bảo vệ môi trường")
    doc.p(f"Ngày {r.randint(5, 20):02d}/01/2026, tại {works}, Giám đốc Nhà máy chủ trì cuộc họp đánh giá công tác bảo vệ môi trường năm 2025 và "
          "triển khai nhiệm vụ năm 2026.")
    doc.p("Thành phần tham dự:")
    doc.table(None, [["Họ và tên", "Chức vụ"], ["Ông Phan Văn Thịnh", "Giám đốc Nhà máy"], ["Bà Đặng Thu Hà", "Trưởng phòng Kỹ thuật – Môi trường"],
                     ["Ông Bùi Quang Huy", "Quản đốc Phân xưởng In lõm"], ["Ông Hồ Sỹ Tùng", "Quản đốc Phân xưởng Đúc xu"]], role="other")
    doc.p("Sau khi nghe báo cáo và ý kiến của các đơn vị, Giám đốc Nhà máy kết luận và giao nhiệm vụ như sau:")
    rows = [["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì – thời hạn"]]
    for k, (text, lead, term) in enumerate(VN_CONCLUSIONS, 1):
        rows.append([str(k), text, f"{lead}\n{term}"])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table(None, rows, role="tasks")
    doc.p("Các đơn vị được giao nhiệm vụ báo cáo kết quả thực hiện về Phòng Kỹ thuật – Môi trường để tổng hợp, báo cáo Giám đốc.")


LAYOUTS = [Layout(role, f"IQ{k}", globals()[f"{role}_iq{k}"]) for role in ROLES for k in (1, 2)]
