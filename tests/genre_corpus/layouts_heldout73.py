"""A blind held-out set (two layouts per role, `IB1` and `IB2`): never used for tuning, written by someone who neither ran
the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: beverages and tobacco. Kazakhstan: a vodka plant at Taldykorgan and a grain distillery near Petropavl, breweries at
Karaganda and Pavlodar, a winery in the Ili valley, a malt house at Kostanay, a tobacco factory at Otegen Batyr and a
tea-packing factory in Almaty (an applicant's form of compliance with the qualification requirements of a licence to
produce alcohol, a contract for a laboratory's services with the parties' bank details, an НДВ project's calculation of
spirit lost by the norms of natural loss, a permit's norms by bag filters serving several machines, a report on the
inventory of wastes beside the packaging of extended producer obligations, a waste journal's summary by months, a sewer
utility's protocol of control sampling, a protocol giving concentrations at working and at normal conditions, a
plan-schedule of sampling by months, a ПЭК programme in its three parts, a schedule of checks in letters, a matrix of
checks by workshops, a resource-saving plan in hectolitres and a memorandum with the district's akimat). Vietnam:
Sabeco's Củ Chi and Habeco's Mê Linh breweries, vodka distilleries in industrial parks, sugar-cane ethanol plants in Tây
Ninh and Đắk Lắk, a mineral-water bottler, a tea factory at B'Lao (Lâm Đồng), an instant-coffee factory in the Hòa Phú
park (Đắk Lắk) and Vinataba's Thăng Long cigarette factory (bản thuyết minh điều kiện sản xuất rượu công nghiệp, hợp
đồng dịch vụ quan trắc, báo cáo đề xuất cấp GPMT, báo cáo công tác bảo vệ môi trường with its EPR table, sổ theo dõi
chất thải, phiếu kết quả nước thải đấu nối, quan trắc khí thải lò sấy chè, kế hoạch lấy mẫu, chương trình quan trắc with
giám sát vận hành, lịch tự kiểm tra, ma trận kiểm tra, kế hoạch sản xuất sạch hơn, biên bản thỏa thuận with the
commune). The plants of real groups are named only to set the scene; every number, figure and person is invented.

Facility: an applicant's form of compliance with the qualification requirements of a licence to produce alcohol products,
`№ | требование | сведения | подтверждающий документ` under five section rows, the facility's facts among the licence's
own — the applicant and its BIN and the licensed subtype, the production base with a cadastral number, its address and
KATO in one cell, its centre in degrees and decimal minutes as a GPS receiver shows them (`с.ш. 45°02,472′`), the
capacity in thousands of decalitres, the bottling lines, the metering devices sealed by the revenue body, the
laboratory's accreditation and, last, the category beside the permit — the metering devices in a table of no role (VI:
the description of the conditions for a licence to produce industrial liquor sent to the Ministry of Industry and Trade,
the enterprise number, the centre in degrees and decimal minutes, `Nhóm II` beside the permit, the equipment in a table
of no role) (IB1); a contract for an accredited laboratory's services at a tobacco factory, a tea-packing factory or a
malt house whose parties' details stand side by side, `Заказчик | Исполнитель`, each with a BIN, an IBAN, a BIK and `Кбе
17` — the customer is the operator, the laboratory's BIN is no fact of the facility — then the annex on the object with
its place, KATO, coordinates in whole seconds on two lines of one cell, the OKED with its words and the category beside
the permit, the price list of the services in a table of no role (VI: a cigarette, tea or instant-coffee factory's
contract with a VIMCERTS firm, `BÊN A | BÊN B` with two tax numbers, decimal coordinates in the annex) (IB2).

Emissions: a vodka plant's calculation of the ethyl alcohol it loses to the air by the norms of natural loss, a row per
source with its operation, the hours, the spirit passing in thousands of decalitres of anhydrous alcohol, the norm of
loss in per cent and the loss in decalitres, and only the last pair of columns — under a header naming the substance
once, `Выброс этанола (код 1061)` — is the emission: no substance column, no hazard class, a row of column numbers and a
total (VI: a sugar-cane ethanol plant's losses of alcohol vapour by stage, from the fermentation tanks to the loading of
tank trucks, in m³ a year before the loads, no source numbers) (IB1); a tobacco factory's permit norms in which a bag
filter serving several machines is one source: its machines on rows of their own with their own hours, while the code,
the name, the class and the grams and tonnes of the source are merged down over them; tobacco dust as nicotine (2998);
the boiler house's three gases under one equipment cell (VI: a Vinataba cigarette factory's bag-filter systems over the
shredding, making and packing machines, the boiler's four parameters, no source numbers) (IB2).

Wastes: a brewery's report on the inventory of its wastes — the stock at the start, the amount formed, which is the
amount, the amount handed over, the stock at the end and the recipient; kieselguhr, flotation sludge, cullet, coder inks
and traction batteries; spent grain and surplus yeast sold as feed only in a sentence — then the masses of packaging it
put on the market under its extended producer obligations, tonnes beside customs codes, in a table of no role (VI: a
Sabeco or Habeco brewery's annual report, ordinary wastes in tonnes with the spent grain among them, CTNH in kilograms,
and its EPR table of packaging with the compulsory recycling rates and tonnes, of no role) (IB1); a tobacco or tea-packing
factory's waste journal summed up for a year and turned on its side, the months as rows and the wastes as columns under
a three-row header — the name, the code on a row of its own, the unit, tonnes for most and kilograms for the hazardous —
`–` in months with nothing formed and the year's total in the last row, which alone gives the amounts (VI: an
instant-coffee factory's sổ theo dõi, the spent grounds burnt in its own boiler, `-` for no CTNH code) (IB2).

Limits: a sewer utility's protocol of a control sampling at a brewery's two manholes, the parameters as rows with their
unit and the allowed concentration of the city's rules once, each manhole a column pair under a merged header — the
result and the multiple of exceeding (`–` where not exceeded) — and the surcharge billed for the exceedances in a table
of no role (VI: a brewery's connection manholes against the industrial park's own limits of acceptance, Coliform in
MPN/100ml, the extra fee in a table of no role) (IB1); a protocol of measurements at a malt house's aspiration units and
malt kilns that gives each concentration twice, at the gas's working conditions and reduced to normal conditions, beside
the gas's temperature and volume, only the reduced one judged against the КЭР's norm in mg/nm³, the kilns' two gases
merged under their source (VI: a tea factory's wood-fired dryers `KT1`–`KT3` against the Cmax of QCVN 19:2009/BTNMT
column B with Kp = 1 and Kv = 1,4, the measured and the reduced concentrations side by side) (IB2).

Monitoring: a brewery's plan-schedule of sampling with no frequency column, the twelve months as columns under a merged
header with a `+` in each month a sample is taken and a count of samples a year last — four marks a quarterly duty, two a
half-yearly, one a yearly, twelve a monthly — under section rows for the stacks, the protection zone's boundary and the
manhole to the sewer (VI: a Sabeco or Habeco brewery's kế hoạch lấy mẫu, `x` marks, the stack, the treated waste water
and ambient air) (IB1); a grain distillery's ПЭК programme in the three parts of the Rules — operational monitoring of
grain, fermentation, yield, stillage and gas, whose parameters are no substances and give no duty of the kind asked for,
then the monitoring of emissions at the sources with the method, then the monitoring of impact at the protection zone
and in observation wells around the stillage fields (VI: a sugar-cane ethanol plant's giám sát vận hành of its UASB
reactor and boiler, one outlet under automatic and periodic monitoring at two frequencies, the wells around its vinasse
ponds) (IB2).

Inspections: a winery's schedule of internal checks whose frequency column holds only the schedule's letters (`Д`, `Н`,
`М`, `К`, `П`, `Г`; KK `К`, `А`, `Ай`, `Т`, `ЖЖ`, `Ж`) explained in a legend line under the table, one with the season
after it, and a check of the wine store after each transfer of wine with no letter and no frequency (VI: a mineral-water
bottler's `N`, `T`, `Th`, `Q`, `6T`, `Nă` and a check of its wells after each flood) (IB1); a tobacco factory's matrix of
checks, what is checked as rows and the workshops as columns, the frequency in each cell that applies and `—` in the
others, and who checks each workshop only in the table's last row, so that each filled cell is one check of one workshop
by that workshop's responsible; an approval sheet of no role (VI: a Vinataba factory's `Phân xưởng Sợi`, `Phân xưởng Bao`
… and `Người kiểm tra`) (IB2).

Tasks: a brewery's resource-saving plan for 2026–2028, measures `1.1` under goal rows spanning the table with the
indicator's value of 2025 and its target for 2028 in hectolitres of water a hectolitre of beer and megajoules a
hectolitre, the expected effect in the same units, the term, the one responsible and the cost (VI: a sugar-cane ethanol
plant's cleaner-production plan, options coded `GP-01` … with their group, cost, benefit, the unit carrying them out and
the time) (IB1); a memorandum of cooperation between a tobacco, tea or malt enterprise and its district's akimat, the
commitments under two section rows that alone say who commits — `2. ТОО «…» (далее – Предприятие) обязуется:` and `3.
Акимат … обязуется:` — no column of who acts, items `2.1` … `3.3` with their terms (VI: a tea or instant-coffee factory's
agreement with the People's Committee of its ward or commune, the company's and the committee's duties under two section
rows) (IB2).
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


def _core(name: str) -> str:
    """The quoted part of a name (`Көкжиек` of `Ликероводочный завод «Көкжиек»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _dm(value: float, lang: str) -> tuple[str, float]:
    """Degrees and decimal minutes as a GPS receiver shows them (`45°02,472′`) and the degrees they stand for."""
    d = int(value)
    m = round((value - d) * 60, 3)
    text = f"{d}°{m:06.3f}′".replace(".", ",")
    return text, d + m / 60


def _dms(value: float) -> tuple[str, float]:
    """Whole degrees, minutes and seconds (`43°23′10″`) and the degrees they stand for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600)
    if s == 60:
        m, s = m + 1, 0
    return f"{d}°{m:02d}′{s:02d}″", d + m / 60 + s / 3600


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


# code: (RU, KK, VI, hazard class as printed) of pollutants the vocabulary does not name (names of the list of codes)
EXTRA = {
    "1061": ("Этанол (Спирт этиловый)", "Этанол (этил спирті)", "Etanol (hơi cồn C2H5OH)", 4),
    "1317": ("Ацетальдегид (Уксусный альдегид)", "Ацетальдегид (сірке альдегиді)", "Axetaldehyt (CH3CHO)", 3),
    "2937": ("Пыль зерновая", "Астық шаңы", "Bụi hạt ngũ cốc", 3),
    "2998": ("Пыль выбросов табачных фабрик (с содержанием никотина до 2,7 %) /в пересчете на никотин/",
             "Темекі фабрикалары шығарындыларының шаңы (никотин мөлшері 2,7 %-ға дейін) /никотинге шаққанда/", "", 4),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _param(doc: Doc, kind: str, key: str) -> str:
    """A parameter's name in the document's language: an air pollutant by code, else a water parameter."""
    return _air(doc, key, 1 if doc.lang == "vi" and key != "2902" else 0) if kind == "code" else vocab.water(key, doc.lang)


# ---------------------------------------------------------------- facility

# (RU plant, KK plant, RU operator, KK operator, RU legal address, KK legal address, RU base, KK base, KATO prefix, lat,
#  lon, thousand decalitres a year, RU products, KK products, RU licensor's body, KK licensor's body)
DISTILLERIES = (
    ("Ликероводочный завод «Көкжиек»", "«Көкжиек» арақ-ликер зауыты", "ТОО «Көкжиек Дистиллери»", "«Көкжиек Дистиллери» ЖШС",
     "Жетысуская область, г. Талдыкорган, ул. Тәуелсіздік, 71, офис 12", "Жетісу облысы, Талдықорған қ., Тәуелсіздік к-сі, 71, 12-кеңсе",
     "Жетысуская область, г. Талдыкорган, промышленная зона «Солтүстік», строение 14", "Жетісу облысы, Талдықорған қ., «Солтүстік» өнеркәсіптік аймағы, 14-құрылыс",
     "3310", 45.041, 78.392, 850, "водка, водка особая, ликероводочные изделия (настойки, бальзамы)", "арақ, ерекше арақ, арақ-ликер бұйымдары (тұнбалар, бальзамдар)"),
    ("Спиртоводочный завод «Есіл Дән»", "«Есіл Дән» спирт-арақ зауыты", "ТОО «Есіл Дән Спирт»", "«Есіл Дән Спирт» ЖШС",
     "Северо-Казахстанская область, г. Петропавловск, ул. Жамбыла, 160", "Солтүстік Қазақстан облысы, Петропавл қ., Жамбыл к-сі, 160",
     "Северо-Казахстанская область, Кызылжарский район, с. Бесколь, ул. Заводская, 2", "Солтүстік Қазақстан облысы, Қызылжар ауданы, Бескөл а., Зауыт к-сі, 2",
     "5946", 54.801, 69.087, 1400, "спирт этиловый ректификованный из пищевого сырья, водка", "тағамдық шикізаттан алынған ректификацияланған этил спирті, арақ"),
)  # fmt: skip


def facility_ib1(doc: Doc) -> None:
    """An applicant's form of compliance with the qualification requirements for a licence to produce alcohol products,
    `№ | требование | сведения | подтверждающий документ` under five section rows, the facility's facts scattered among
    the licence's own — the applicant with its BIN and the licensed subtype first, then the production base with a
    cadastral number, its address and KATO in one cell, its centre in degrees and decimal minutes as a GPS receiver shows
    them, the capacity in thousands of decalitres, the bottling lines, the metering devices sealed by the revenue body,
    the laboratory's accreditation and, last, the category beside the permit; the metering devices in a table of no role
    (VI: the description of the conditions for a licence to produce industrial liquor, the enterprise number, the group
    beside the permit, a list of equipment of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ib1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    d = doc.pick(DISTILLERIES)
    name, operator, legal, base, prefix, lat0, lon0, cap, products = d[L], d[2 + L], d[4 + L], d[6 + L], d[8], d[9], d[10], d[11], d[12 + L]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dm(lat0 + r.uniform(-0.01, 0.01), doc.lang)
    lon, lon_v = _dm(lon0 + r.uniform(-0.01, 0.01), doc.lang)
    cadastre = f"{prefix[:2]}-{r.randint(100, 399)}-{r.randint(10, 99):03d}-{r.randint(100, 2999)}"
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    pdate = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024"
    seal = f"{r.randint(100, 999)}-{r.randint(10, 99)}/{r.randint(2023, 2025)}"
    doc.p(g("Приложение 2 к заявлению для получения лицензии", "Лицензия алуға арналған өтінішке 2-қосымша", ""))
    doc.h(g("Форма сведений о соответствии квалификационным требованиям к деятельности по производству алкогольной продукции",
            "Алкоголь өнімін өндіру жөніндегі қызметке қойылатын біліктілік талаптарына сәйкестігі туралы мәліметтер нысаны", ""))
    doc.p(g(f"Заявитель: {operator}. Сведения представлены в отношении производственной базы, на которой будет осуществляться лицензируемый вид "
            "деятельности; копии подтверждающих документов прилагаются в электронном виде.",
            f"Өтініш беруші: {operator}. Мәліметтер лицензияланатын қызмет түрі жүзеге асырылатын өндірістік базаға қатысты ұсынылды; растайтын "
            "құжаттардың көшірмелері электрондық түрде қоса беріледі.", ""))
    rows = [g(["№ п/п", "Квалификационное требование", "Сведения о соответствии", "Подтверждающий документ (номер, дата)"],
              ["Р/с №", "Біліктілік талабы", "Сәйкестігі туралы мәліметтер", "Растайтын құжат (нөмірі, күні)"], [])]
    merges = []
    _span(rows, merges, g("1. Сведения о заявителе", "1. Өтініш беруші туралы мәліметтер", ""), 4)
    rows += [["1.1", g("Наименование юридического лица", "Заңды тұлғаның атауы", ""), operator,
              g("справка о государственной регистрации", "мемлекеттік тіркеу туралы анықтама", "")],
             ["1.2", g("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі", ""), bin_, "–"],
             ["1.3", g("Место нахождения", "Орналасқан жері", ""), legal, "–"],
             ["1.4", g("Подвид лицензируемого вида деятельности", "Лицензияланатын қызмет түрінің кіші түрі", ""),
              g(f"производство алкогольной продукции (за исключением пива и пивного напитка): {products}",
                f"алкоголь өнімін өндіру (сыра мен сыра сусынын қоспағанда): {products}", ""), "–"]]
    _span(rows, merges, g("2. Производственная база", "2. Өндірістік база", ""), 4)
    rows += [["2.1", g("Наличие производственной базы на праве собственности", "Меншік құқығындағы өндірістік базаның болуы", ""),
              g(f"имеется – {name}", f"бар – {name}", ""), g(f"кадастровый номер {cadastre}", f"кадастрлық нөмірі {cadastre}", "")],
             ["2.2", g("Адрес производственной базы, код КАТО", "Өндірістік базаның мекенжайы, ҚАТО коды", ""), f"{base}; {g('КАТО', 'ҚАТО', '')} {kato}",
              g("адресная справка", "мекенжай анықтамасы", "")],
             ["2.3", g("Координаты центра площадки (WGS-84)", "Алаң орталығының координаттары (WGS-84)", ""),
              g(f"с.ш. {lat}, в.д. {lon}", f"с.е. {lat}, ш.б. {lon}", ""), g("топографический план М 1:500", "1:500 топографиялық жоспар", "")],
             ["2.4", g("Проектная мощность", "Жобалық қуаты", ""), g(f"{num(cap, 'ru')} тыс. дал в год", f"жылына {num(cap, 'kk')} мың дал", ""),
              g("паспорт производства", "өндіріс паспорты", "")]]
    _span(rows, merges, g("3. Технологическое оборудование и учет", "3. Технологиялық жабдық және есепке алу", ""), 4)
    lines = (r.choice((4, 6)) * 1000, r.choice((9, 12)) * 1000)
    rows += [["3.1", g("Линии розлива", "Құю желілері", ""),
              g(f"2 линии производительностью {num(lines[0], 'ru')} и {num(lines[1], 'ru')} бут./ч",
                f"өнімділігі сағатына {num(lines[0], 'kk')} және {num(lines[1], 'kk')} бөтелке 2 желі", ""), g("акты ввода в эксплуатацию", "пайдалануға беру актілері", "")],
             ["3.2", g("Спиртохранилище", "Спирт қоймасы", ""), g("4 резервуара по 50 м³ с дыхательными клапанами", "тыныс алу клапандары бар 50 м³-тен 4 резервуар", ""), "–"],
             ["3.3", g("Контрольные приборы учета", "Бақылау есепке алу аспаптары", ""), g("установлены на 4 узлах (таблица 2)", "4 торапта орнатылған (2-кесте)", ""),
              g(f"акт опломбирования № {seal}", f"№ {seal} пломбалау актісі", "")]]
    _span(rows, merges, g("4. Лаборатория", "4. Зертхана", ""), 4)
    rows += [["4.1", g("Производственная лаборатория, аккредитованная в области технохимического контроля", "Технохимиялық бақылау саласында аккредиттелген өндірістік зертхана", ""),
              g("имеется", "бар", ""), g(f"аттестат аккредитации KZ.T.{prefix[:2]}.{r.randint(1000, 2999)}", f"аккредиттеу аттестаты KZ.T.{prefix[:2]}.{r.randint(1000, 2999)}", "")]]
    _span(rows, merges, g("5. Соблюдение экологических требований", "5. Экологиялық талаптардың сақталуы", ""), 4)
    rows += [["5.1", g("Категория объекта, экологическое разрешение", "Объект санаты, экологиялық рұқсат", ""),
              g(f"объект II категории; разрешение на воздействие № {permit} от {pdate}", f"II санаттағы объект; {pdate} берілген № {permit} әсер етуге рұқсат", ""),
              g("копия разрешения", "рұқсаттың көшірмесі", "")]]  # fmt: skip
    doc.table(g("Таблица 1", "1-кесте", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    meters = [g(["№", "Место установки", "Тип прибора", "Заводской номер", "Дата опломбирования"],
                ["№", "Орнатылған жері", "Аспаптың түрі", "Зауыттық нөмірі", "Пломбалау күні"], [])]
    places = g(("Узел приема спирта (сливная эстакада)", "Сортировочное отделение (подача спирта)", "Линия розлива № 1", "Линия розлива № 2"),
               ("Спирт қабылдау торабы (ағызу эстакадасы)", "Сұрыптау бөлімшесі (спирт беру)", "№ 1 құю желісі", "№ 2 құю желісі"), ())
    for k, place in enumerate(places, 1):
        meters.append([str(k), place, g("массовый расходомер Promass F 300", "Promass F 300 массалық шығын өлшегіші", ""),
                       f"{r.choice('ABCHKM')}{r.randint(100000, 999999)}", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2025"])
    doc.table(g("Таблица 2 – Сведения о контрольных приборах учета", "2-кесте – Бақылау есепке алу аспаптары туралы мәліметтер", ""), meters, role="other")


# (plant, company, seat, place, lat, lon, litres a year, products)
VN_DISTILLERIES = (
    ("Nhà máy rượu vodka Quang Minh", "Công ty Cổ phần Rượu Quang Minh", "Số 18 phố Lạc Trung, phường Vĩnh Tuy, thành phố Hà Nội",
     "Khu công nghiệp Quang Minh, xã Quang Minh, thành phố Hà Nội", 21.188, 105.762, 9_000_000, "rượu vodka, rượu mùi, rượu pha chế"),
    ("Nhà máy rượu Hòa Khánh", "Công ty TNHH Rượu và Đồ uống Hòa Khánh", "Số 25 đường Nguyễn Văn Linh, phường Hải Châu, thành phố Đà Nẵng",
     "Khu công nghiệp Hòa Khánh, thành phố Đà Nẵng", 16.078, 108.142, 4_500_000, "rượu vodka, rượu trắng chưng cất"),
)  # fmt: skip


def _facility_ib1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, seat, place, lat0, lon0, litres, products = doc.pick(VN_DISTILLERIES)
    msdn = make_msdn(r)
    lat, lat_v = _dm(lat0 + r.uniform(-0.004, 0.004), "vi")
    lon, lon_v = _dm(lon0 + r.uniform(-0.004, 0.004), "vi")
    gp = f"{r.randint(10, 390)}/GPMT-UBND"
    doc.h("BẢN THUYẾT MINH VỀ ĐIỀU KIỆN SẢN XUẤT RƯỢU CÔNG NGHIỆP")
    doc.p(f"(Kèm theo hồ sơ đề nghị cấp Giấy phép sản xuất rượu công nghiệp của {company} gửi Bộ Công Thương)")
    rows = [["TT", "Nội dung", "Thông tin của doanh nghiệp", "Tài liệu chứng minh"]]
    merges = []
    _span(rows, merges, "I. THÔNG TIN VỀ DOANH NGHIỆP", 4)
    rows += [["1", "Tên doanh nghiệp", company, "Giấy chứng nhận đăng ký doanh nghiệp"],
             ["2", "Mã số doanh nghiệp", msdn, "-"],
             ["3", "Địa chỉ trụ sở chính", seat, "-"]]
    _span(rows, merges, "II. THÔNG TIN VỀ CƠ SỞ SẢN XUẤT", 4)
    rows += [["4", "Tên cơ sở sản xuất", plant, "-"],
             ["5", "Địa điểm", place, "Hợp đồng thuê đất trong khu công nghiệp"],
             ["6", "Tọa độ trung tâm (WGS-84)", f"{lat} B – {lon} Đ", "Bản vẽ tổng mặt bằng"],
             ["7", "Quy mô sản xuất", f"{num(litres, 'vi')} lít/năm", "-"],
             ["8", "Sản phẩm", products, "Bản công bố sản phẩm"]]
    _span(rows, merges, "III. ĐIỀU KIỆN VỀ BẢO VỆ MÔI TRƯỜNG", 4)
    city = "thành phố Hà Nội" if "Hà Nội" in place else "thành phố Đà Nẵng"
    rows += [["9", "Giấy phép môi trường", f"Số {gp} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024 của UBND {city}", "Bản sao giấy phép"],
             ["10", "Phân loại cơ sở theo Luật Bảo vệ môi trường năm 2020", "Nhóm II (Phụ lục IV Nghị định số 08/2022/NĐ-CP)", "-"]]
    _span(rows, merges, "IV. ĐIỀU KIỆN VỀ KỸ THUẬT", 4)
    rows += [["11", "Dây chuyền, máy móc, thiết bị", "Đồng bộ, tự động hóa (chi tiết tại Bảng 2)", "Hóa đơn, hợp đồng mua thiết bị"],
             ["12", "Phòng kiểm nghiệm chất lượng (KCS)", "Có, đủ thiết bị đo độ cồn, methanol, aldehyt", "Danh mục thiết bị phòng KCS"]]  # fmt: skip
    doc.table("Bảng 1. Thông tin chung", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": "II", "lat": lat_v, "lon": lon_v})
    doc.table("Bảng 2. Danh mục máy móc, thiết bị chính",
              [["TT", "Tên thiết bị", "Số lượng", "Công suất / dung tích", "Xuất xứ"],
               ["1", "Bồn chứa cồn thực phẩm", "04", "50 m³/bồn", "Việt Nam"],
               ["2", "Hệ thống xử lý nước RO", "01", "10 m³/h", "Hàn Quốc"],
               ["3", "Cột lọc than hoạt tính", "06", "2 m³/h", "Nga"],
               ["4", "Máy chiết rót – đóng nút tự động", "02", f"{num(r.choice((6000, 8000)), 'vi')} chai/h", "Ý"]], role="other")


# (RU plant, KK plant, RU operator, KK operator, RU legal address, KK legal address, RU place, KK place, KATO prefix, lat, lon,
#  RU OKED, KK OKED, organised and unorganised sources, RU capacity, KK capacity)
SITES_KZ = (
    ("Табачная фабрика «Алатау Темекі»", "«Алатау Темекі» темекі фабрикасы", "ТОО «Алатау Темекі Компаниясы»", "«Алатау Темекі Компаниясы» ЖШС",
     "г. Алматы, Медеуский район, пр. Достык, 180, БЦ «Керемет», офис 605", "Алматы қ., Медеу ауданы, Достық даңғ., 180, «Керемет» БО, 605-кеңсе",
     "Алматинская область, Илийский район, п. Отеген батыр, ул. Промышленная, 8", "Алматы облысы, Іле ауданы, Өтеген батыр к., Өнеркәсіп к-сі, 8",
     "1962", 43.418, 77.031, "12000 – Производство табачных изделий", "12000 – Темекі бұйымдарын өндіру", (11, 2),
     "18 млрд сигарет в год", "жылына 18 млрд темекі"),
    ("Чаеразвесочная фабрика «Алтын Шай»", "«Алтын Шай» шай өлшеп-орау фабрикасы", "ТОО «Алтын Шай Компани»", "«Алтын Шай Компани» ЖШС",
     "г. Алматы, Алмалинский район, ул. Толе би, 101, офис 7", "Алматы қ., Алмалы ауданы, Төле би к-сі, 101, 7-кеңсе",
     "г. Алматы, Алатауский район, ул. Бекмаханова, 93", "Алматы қ., Алатау ауданы, Бекмаханов к-сі, 93",
     "7519", 43.321, 76.872, "10830 – Переработка чая и кофе", "10830 – Шай мен кофені өңдеу", (6, 1),
     "12 000 т чая в год (пакетированный и листовой)", "жылына 12 000 т шай (пакеттелген және жапырақ)"),
    ("Солодовенный завод «Қостанай Солод»", "«Қостанай Солод» уыт зауыты", "ТОО «Қостанай Солод»", "«Қостанай Солод» ЖШС",
     "Костанайская область, г. Костанай, ул. Байтурсынова, 67", "Қостанай облысы, Қостанай қ., Байтұрсынов к-сі, 67",
     "Костанайская область, г. Костанай, Северная промзона, проезд 4, строение 21", "Қостанай облысы, Қостанай қ., Солтүстік өнеркәсіп аймағы, 4-өтпе жол, 21-құрылыс",
     "3910", 53.246, 63.612, "11060 – Производство солода", "11060 – Уыт өндіру", (9, 3), "60 000 т солода в год", "жылына 60 000 т уыт"),
)  # fmt: skip
LABS_KZ = (("ТОО «ЭкоАналитика Плюс»", "«ЭкоАналитика Плюс» ЖШС", "г. Алматы, ул. Жандосова, 58", "Алматы қ., Жандосов к-сі, 58"),
           ("ТОО «Центр экологических измерений»", "«Экологиялық өлшеулер орталығы» ЖШС", "г. Астана, ул. Кенесары, 40", "Астана қ., Кенесары к-сі, 40"))


def _iban(doc: Doc) -> str:
    r = doc.rng
    return f"KZ{r.randint(10, 99)} {r.choice(('601A', '722S', '998C', '826A'))} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"


def facility_ib2(doc: Doc) -> None:
    """A contract for the services of an accredited laboratory at a tobacco factory, a tea-packing factory or a malt house:
    the parties' legal addresses and bank details side by side, `Заказчик | Исполнитель`, each with a BIN, an IBAN, a BIK
    and `Кбе 17` — the customer is the operator, the laboratory's BIN is no fact of the facility — then the contract's
    annex on the object with its place, KATO, coordinates in whole seconds on two lines of one cell, the OKED with its
    words and the category beside the permit, and the price list of the services in a table of no role (VI: a Vinataba
    cigarette factory's, a tea factory's or an instant-coffee factory's contract with a VIMCERTS monitoring firm, `BÊN A |
    BÊN B`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ib2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(SITES_KZ)
    name, operator, legal, place, prefix, lat0, lon0, oked, (org, unorg), cap = (
        s[L], s[2 + L], s[4 + L], s[6 + L], s[8], s[9], s[10], s[11 + L], s[13], s[14 + L])
    lab = doc.pick(LABS_KZ)
    bin_, lab_bin, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.004, 0.004))
    lon, lon_v = _dms(lon0 + r.uniform(-0.004, 0.004))
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    no = f"{r.randint(12, 240)}-ПЭК/26"
    doc.h(g(f"Договор № {no} на оказание услуг по производственному экологическому контролю",
            f"Өндірістік экологиялық бақылау бойынша қызметтер көрсетуге арналған № {no} шарт", ""))
    doc.p(g(f"{operator}, именуемое в дальнейшем «Заказчик», с одной стороны, и {lab[0]}, именуемое в дальнейшем «Исполнитель», с другой "
            "стороны, заключили настоящий договор о нижеследующем. Исполнитель обязуется выполнить инструментальные измерения на источниках "
            "выбросов и на границе санитарно-защитной зоны объекта Заказчика, указанного в Приложении 1, в сроки, указанные в Приложении 2.",
            f"Бұдан әрі «Тапсырыс беруші» деп аталатын {operator} бір тараптан және бұдан әрі «Орындаушы» деп аталатын {lab[1]} екінші тараптан "
            "төмендегілер туралы осы шартты жасасты. Орындаушы 1-қосымшада көрсетілген Тапсырыс беруші объектісінің шығарынды көздерінде және "
            "санитариялық-қорғаныш аймағының шекарасында аспаптық өлшеулерді 2-қосымшада көрсетілген мерзімдерде орындауға міндеттенеді.", ""))
    doc.p(g("12. Юридические адреса и реквизиты сторон", "12. Тараптардың заңды мекенжайлары мен деректемелері", ""))
    banks = (g("АО «Народный Банк Казахстана», БИК HSBKKZKX", "«Қазақстан Халық Банкі» АҚ, БСК HSBKKZKX", ""),
             g("АО «Банк ЦентрКредит», БИК KCJBKZKX", "«Банк ЦентрКредит» АҚ, БСК KCJBKZKX", ""))
    req = [g(["ЗАКАЗЧИК", "ИСПОЛНИТЕЛЬ"], ["ТАПСЫРЫС БЕРУШІ", "ОРЫНДАУШЫ"], []),
           [operator, lab[L]],
           [g(f"БИН {bin_}", f"БСН {bin_}", ""), g(f"БИН {lab_bin}", f"БСН {lab_bin}", "")],
           [g(f"Юридический адрес: {legal}", f"Заңды мекенжайы: {legal}", ""), g(f"Юридический адрес: {lab[2]}", f"Заңды мекенжайы: {lab[3]}", "")],
           [f"{g('ИИК', 'ЖСК', '')} {_iban(doc)}", f"{g('ИИК', 'ЖСК', '')} {_iban(doc)}"],
           list(banks),
           ["Кбе 17", "Кбе 17"],
           [g("Генеральный директор ____________", "Бас директор ____________", ""), g("Директор ____________", "Директор ____________", "")]]
    doc.table(None, req, role="facility")
    doc.h(g(f"Приложение 1 к договору № {no}", f"№ {no} шартқа 1-қосымша", ""))
    rows = [g(["Сведения об объекте контроля", "Значение"], ["Бақылау объектісі туралы мәліметтер", "Мәні"], []),
            [g("Наименование объекта", "Объектінің атауы", ""), name],
            [g("Адрес места осуществления деятельности", "Қызметті жүзеге асыру орнының мекенжайы", ""), place],
            [g("Код КАТО", "ҚАТО коды", ""), kato],
            [g("Географические координаты", "Географиялық координаттары", ""), g(f"Широта: {lat} с.ш.\nДолгота: {lon} в.д.", f"Ендік: {lat} с.е.\nБойлық: {lon} ш.б.", "")],
            [g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""), oked],
            [g("Производственная мощность", "Өндірістік қуаты", ""), cap],
            [g("Категория объекта", "Объект санаты", ""), g(f"II (экологическое разрешение на воздействие № {permit})", f"II (әсер етуге арналған № {permit} экологиялық рұқсат)", "")],
            [g("Количество источников выбросов", "Шығарынды көздерінің саны", ""), g(f"организованных – {org}, неорганизованных – {unorg}", f"ұйымдастырылған – {org}, ұйымдастырылмаған – {unorg}", "")],
            [g("Сбросы сточных вод", "Сарқынды сулардың төгінділері", ""), g("отсутствуют (в сети городской канализации)", "жоқ (қалалық кәріз желісіне)", "")]]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": oked[:5], "category": "II", "lat": lat_v, "lon": lon_v})
    doc.h(g(f"Приложение 2 к договору № {no}", f"№ {no} шартқа 2-қосымша", ""))
    price = [g(["№", "Наименование услуги", "Ед. изм.", "Кол-во", "Цена за ед., тенге", "Сумма, тенге"],
               ["№", "Қызметтің атауы", "Өлш. бірл.", "Саны", "Бірлік бағасы, теңге", "Сомасы, теңге"], [])]
    total = 0
    for k, (s_ru, s_kk, unit_ru, unit_kk, qty) in enumerate((
            ("Инструментальные замеры на организованных источниках", "Ұйымдастырылған көздердегі аспаптық өлшеулер", "замер", "өлшеу", org * 4),
            ("Отбор и анализ проб атмосферного воздуха на границе СЗЗ", "СҚА шекарасында атмосфералық ауа сынамаларын алу және талдау", "проба", "сынама", 16),
            ("Подготовка квартального отчета по ПЭК", "ӨЭБ бойынша тоқсандық есепті дайындау", "отчет", "есеп", 4)), 1):
        price_one = r.randint(18, 95) * 1000
        total += price_one * qty
        price.append([str(k), (s_ru, s_kk)[L], (unit_ru, unit_kk)[L], str(qty), num(price_one, doc.lang), num(price_one * qty, doc.lang)])
    price.append(["", g("Итого без НДС", "ҚҚС-сыз жиыны", ""), "", "", "", num(total, doc.lang)])
    doc.table(g("Стоимость услуг", "Қызметтердің құны", ""), price, role="other")


# (plant, company, place, lat, lon, activity, capacity)
VN_SITES = (
    ("Nhà máy sản xuất thuốc lá điếu Thạch Thất", "Công ty TNHH MTV Thuốc lá Thăng Long", "Khu công nghiệp Thạch Thất – Quốc Oai, thành phố Hà Nội",
     21.021, 105.583, "Sản xuất thuốc lá điếu (thành viên Tổng công ty Thuốc lá Việt Nam – Vinataba)", "1.200 triệu bao/năm"),
    ("Nhà máy chế biến chè Lộc Châu", "Công ty Cổ phần Chè Lộc Châu", "phường B'Lao, tỉnh Lâm Đồng", 11.551, 107.812,
     "Chế biến chè đen, chè xanh xuất khẩu", "6.000 tấn sản phẩm/năm"),
    ("Nhà máy cà phê hòa tan Hòa Phú", "Công ty Cổ phần Cà phê Hòa tan Tây Nguyên", "Khu công nghiệp Hòa Phú, tỉnh Đắk Lắk", 12.612, 108.012,
     "Sản xuất cà phê hòa tan, cà phê rang xay", "3.200 tấn cà phê hòa tan/năm"),
)  # fmt: skip


def _facility_ib2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, lat0, lon0, activity, cap = doc.pick(VN_SITES)
    msdn, lab_msdn = make_msdn(r), make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.004, 0.004), 5), round(lon0 + r.uniform(-0.004, 0.004), 5)
    no = f"{r.randint(5, 90):02d}/2026/HĐ-QTMT"
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h(f"HỢP ĐỒNG DỊCH VỤ QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ NĂM 2026 – Số: {no}")
    doc.p("Căn cứ Bộ luật Dân sự năm 2015; căn cứ Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ; căn cứ nhu cầu và khả năng của "
          "hai bên, hôm nay chúng tôi gồm:")
    doc.table("ĐIỀU 1. CÁC BÊN KÝ KẾT HỢP ĐỒNG",
              [["BÊN A (BÊN THUÊ DỊCH VỤ)", "BÊN B (BÊN CUNG CẤP DỊCH VỤ)"],
               [company, "Công ty TNHH Dịch vụ Quan trắc Môi trường Việt Xanh (VIMCERTS 168)"],
               [f"Mã số thuế: {msdn}", f"Mã số thuế: {lab_msdn}"],
               [f"Địa chỉ: {place}", "Địa chỉ: Số 12 ngõ 84 phố Chùa Láng, phường Láng, thành phố Hà Nội"],
               [f"Tài khoản: {r.randint(10**11, 10**12 - 1)} tại Ngân hàng TMCP Công Thương Việt Nam",
                f"Tài khoản: {r.randint(10**11, 10**12 - 1)} tại Ngân hàng TMCP Ngoại thương Việt Nam"],
               ["Đại diện: Ông Nguyễn Đức Thành – Giám đốc", "Đại diện: Bà Phạm Thu Hằng – Giám đốc"]], role="facility")
    doc.p("Điều 2. Bên B thực hiện quan trắc khí thải, nước thải và môi trường xung quanh tại cơ sở của Bên A nêu tại Phụ lục 01, với tần suất "
          "theo giấy phép môi trường đã được cấp.")
    doc.table("PHỤ LỤC 01. THÔNG TIN CƠ SỞ ĐƯỢC QUAN TRẮC",
              [["Hạng mục", "Thông tin"],
               ["Tên cơ sở", plant],
               ["Địa điểm", place],
               ["Tọa độ (WGS-84)", f"{num(lat, 'vi')}; {num(lon, 'vi')}"],
               ["Loại hình sản xuất", activity],
               ["Công suất", cap],
               ["Phân loại theo Luật Bảo vệ môi trường 2020", "Nhóm II"],
               ["Giấy phép môi trường", f"Số {r.randint(10, 290)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"]], role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": "II", "lat": lat, "lon": lon})
    doc.table("PHỤ LỤC 02. KHỐI LƯỢNG VÀ GIÁ TRỊ HỢP ĐỒNG",
              [["TT", "Hạng mục", "Số đợt", "Số mẫu/đợt", "Đơn giá (đồng/mẫu)", "Thành tiền (đồng)"],
               ["1", "Khí thải ống khói", "4", "2", "4.850.000", "38.800.000"],
               ["2", "Nước thải sau xử lý", "4", "1", "3.200.000", "12.800.000"],
               ["3", "Không khí xung quanh", "2", "3", "2.100.000", "12.600.000"],
               ["", "Tổng cộng (chưa gồm VAT)", "", "", "", "64.200.000"]], role="other")


# ---------------------------------------------------------------- emissions

# (number, RU source, KK source, RU operation, KK operation, hours a year, share of the spirit, loss norm in %)
VODKA_OPS = (
    ("0001", "Дыхательные клапаны резервуаров спиртохранилища", "Спирт қоймасы резервуарларының тыныс алу клапандары",
     "хранение спирта (4 резервуара по 50 м³)", "спиртті сақтау (50 м³-тен 4 резервуар)", 8760, 1.0, 0.05),
    ("0002", "Вытяжная вентиляция сортировочного отделения", "Сұрыптау бөлімшесінің сорып шығару желдеткіші",
     "приготовление водно-спиртовой смеси (сортировки)", "су-спирт қоспасын (сұрыптаманы) дайындау", 4100, 1.0, 0.08),
    ("0003", "Вытяжная вентиляция отделения фильтрации", "Сүзу бөлімшесінің сорып шығару желдеткіші",
     "обработка сортировки активным углем, фильтрация", "сұрыптаманы белсенді көмірмен өңдеу, сүзу", 4100, 1.0, 0.06),
    ("0004", "Вытяжная вентиляция купажного отделения", "Купаж бөлімшесінің сорып шығару желдеткіші",
     "приготовление купажей ликероводочных изделий", "арақ-ликер бұйымдарының купаждарын дайындау", 2500, 0.2, 0.15),
    ("0005", "Местный отсос линии розлива № 1", "№ 1 құю желісінің жергілікті сорғышы", "розлив в бутылки 0,5 л", "0,5 л бөтелкелерге құю",
     4100, 0.6, 0.12),
    ("0006", "Местный отсос линии розлива № 2", "№ 2 құю желісінің жергілікті сорғышы", "розлив в бутылки 0,25–1,0 л", "0,25–1,0 л бөтелкелерге құю",
     3600, 0.4, 0.12),
    ("6001", "Сливная эстакада спирта", "Спирт ағызу эстакадасы", "слив спирта из железнодорожных цистерн", "спиртті темір жол цистерналарынан ағызу",
     520, 1.0, 0.02),
)  # fmt: skip
RHO_SPIRIT = 0.7893  # kg/l of anhydrous alcohol


def emissions_ib1(doc: Doc) -> None:
    """A vodka plant's calculation of the ethyl alcohol it loses to the air, by the norms of natural loss of each operation:
    a row per source with its operation, the hours, the spirit passing in thousands of decalitres of anhydrous alcohol,
    the norm of loss in per cent and the loss in decalitres, and only the last two columns — under a header naming the
    substance once, `Выброс этанола (код 1061)` — are the emission; no substance column, no hazard class, a row of column
    numbers and a total (VI: a sugar-cane ethanol plant's losses of alcohol vapour by stage, fermentation tanks to the
    loading of tank trucks, in m³ a year, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ib1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    d = doc.pick(DISTILLERIES)
    name, operator, cap = d[L], d[2 + L], d[11]
    spirit = round(cap * 0.4 * r.uniform(0.7, 0.9))
    doc.h(g(f"Проект нормативов допустимых выбросов. {name} ({operator})", f"{name} ({operator}). Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.4. Расчет выбросов от операций со спиртом", "3.4. Спиртпен жүргізілетін операциялардан шығарындыларды есептеу", ""))
    doc.p(g(f"Годовая переработка спирта – {num(spirit, 'ru')} тыс. дал безводного спирта. Выбросы паров спирта определены по нормам "
            "естественной убыли этилового спирта при хранении, обработке и розливе; плотность безводного спирта принята 0,7893 кг/л "
            "(1 дал = 10 л). Вся естественная убыль принята поступающей в атмосферу.",
            f"Спиртті жылдық өңдеу – {num(spirit, 'kk')} мың дал сусыз спирт. Спирт буларының шығарындылары этил спиртін сақтау, өңдеу және "
            "құю кезіндегі табиғи кему нормалары бойынша анықталды; сусыз спирттің тығыздығы 0,7893 кг/л (1 дал = 10 л) деп қабылданды. "
            "Табиғи кемудің барлығы атмосфераға түседі деп қабылданды.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Технологическая операция", "Время работы, ч/год", "Объем спирта, тыс. дал б/с в год",
               "Норма естественной убыли, %", "Потери спирта, дал б/с в год", "Выброс этанола (код 1061)", None],
              ["ЛШК №", "Шығарынды көзі", "Технологиялық операция", "Жұмыс уақыты, сағ/жыл", "Спирт көлемі, жылына мың дал с/с",
               "Табиғи кему нормасы, %", "Спирт шығыны, жылына дал с/с", "Этанол шығарындысы (коды 1061)", None], []),
            [None] * 7 + g(["г/с", "т/год"], ["г/с", "т/жыл"], []),
            [str(k) for k in range(1, 10)]]
    merges = [(0, c, 1, c) for c in range(7)] + [(0, 7, 0, 8)]
    loss_sum, t_sum = 0.0, 0.0
    for number, s_ru, s_kk, o_ru, o_kk, hours, share, norm in VODKA_OPS:
        vol = round(spirit * share, 1)
        loss = round(vol * 1000 * norm / 100, 1)
        ty = _sig(loss * 10 * RHO_SPIRIT / 1000, 4)
        gs = _sig(ty * 1e6 / (hours * 3600), 3)
        rows.append([number, (s_ru, s_kk)[L], (o_ru, o_kk)[L], num(hours, doc.lang), num(vol, doc.lang), num(norm, doc.lang), num(loss, doc.lang),
                     num(gs, doc.lang), num(ty, doc.lang)])
        doc.add("emissions", emission("1061", gs, ty, number))
        loss_sum += loss
        t_sum += ty
    rows.append(["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), "", "", "", "", num(round(loss_sum, 1), doc.lang), "–", num(round(t_sum, 4), doc.lang)])
    doc.table(g("Таблица 3.4 – Выбросы паров этилового спирта по нормам естественной убыли",
                "3.4-кесте – Табиғи кему нормалары бойынша этил спирті буларының шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": op[0], "type": _kind(op[0])} for op in VODKA_OPS))
    doc.p(g("Выбросы котельной и автотранспорта приведены в разделе 3.2.", "Қазандық пен автокөліктің шығарындылары 3.2-бөлімде келтірілген.", ""))
    maybe_distractor(doc)


VN_ETHANOL = (("Nhà máy cồn Tân Châu", "Công ty Cổ phần Cồn sinh học Tân Châu", "xã Tân Châu, tỉnh Tây Ninh", 30),
              ("Nhà máy cồn Sơn Hòa", "Công ty TNHH Nhiên liệu sinh học Sơn Hòa", "xã Sơn Hòa, tỉnh Đắk Lắk", 20))
# (stage, hours a year, loss in %)
VN_ETHANOL_OPS = (("Khu bồn lên men (08 bồn × 450 m³) – khí CO2 cuốn theo hơi cồn", 7200, 0.6),
                  ("Ống thông hơi tháp chưng cất thô và tháp tinh luyện", 7200, 0.05),
                  ("Bồn chứa cồn thành phẩm (04 bồn × 1.500 m³) – van thở", 8760, 0.03),
                  ("Khu xuất cồn lên xe bồn", 1500, 0.02))


def _emissions_ib1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, cap = doc.pick(VN_ETHANOL)
    m3 = round(cap * 1000 * r.uniform(0.8, 0.95))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {plant.upper()}")
    doc.h("3.2.3. Hơi cồn thất thoát từ dây chuyền sản xuất")
    doc.p(f"Chủ cơ sở: {company}, địa chỉ {place}. Nguyên liệu là rỉ đường từ các nhà máy đường trong vùng; sản lượng năm 2025 đạt "
          f"{num(m3, 'vi')} m³ cồn 99,5%. Lượng hơi cồn thất thoát được tính theo hệ số thất thoát của từng công đoạn; khối lượng riêng của cồn "
          "lấy bằng 0,79 tấn/m³.")
    rows = [["TT", "Nguồn phát sinh", "Thời gian hoạt động (giờ/năm)", "Lượng cồn qua công đoạn (m³/năm)", "Hệ số thất thoát (%)",
             "Lượng cồn thất thoát (m³/năm)", "Tải lượng hơi cồn etanol (C2H5OH)", None],
            [None] * 6 + ["g/s", "tấn/năm"]]
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 7)]
    for k, (stage, hours, norm) in enumerate(VN_ETHANOL_OPS, 1):
        loss = round(m3 * norm / 100, 1)
        ty = _sig(loss * 0.79, 4)
        gs = _sig(ty * 1e6 / (hours * 3600), 3)
        rows.append([str(k), stage, num(hours, "vi"), num(m3, "vi"), num(norm, "vi"), num(loss, "vi"), num(gs, "vi"), num(ty, "vi")])
        doc.add("emissions", emission("1061", gs, ty))
    doc.table("Bảng 3.6. Tải lượng hơi cồn thất thoát theo công đoạn", rows, merges, role="emissions")
    doc.p("Khí CO2 từ bồn lên men được thu hồi một phần để sản xuất CO2 lỏng; phần còn lại thải qua ống thông hơi cao 15 m.")
    maybe_distractor(doc)


# (number, RU source, KK source, [(RU equipment, KK equipment, hours)], {code: ((low, high) g/s)})
TOBACCO_SOURCES = (
    ("0001", "Рукавный фильтр ФРКН-V-120 (аспирация линии первичной обработки табака)", "ФРКН-V-120 жеңді сүзгісі (темекіні бастапқы өңдеу желісінің аспирациясы)",
     [("Кипорыхлитель", "Кип қопсытқыш", 3900), ("Увлажнительный барабан", "Ылғалдандыру барабаны", 3900),
      ("Табакорезательные машины (2 шт.)", "Темекі турағыш машиналар (2 дана)", 4200), ("Сушильная установка резаного табака", "Туралған темекіні кептіру қондырғысы", 4200)],
     {"2998": (0.002, 0.006)}),
    ("0002", "Рукавный фильтр ФРИ-90 (аспирация сигаретных машин)", "ФРИ-90 жеңді сүзгісі (темекі машиналарының аспирациясы)",
     [("Сигаретная машина Protos-M8 № 1", "№ 1 Protos-M8 темекі машинасы", 6200), ("Сигаретная машина Protos-M8 № 2", "№ 2 Protos-M8 темекі машинасы", 6200),
      ("Сигаретная машина Protos-M5 № 3", "№ 3 Protos-M5 темекі машинасы", 5400)], {"2998": (0.001, 0.004)}),
    ("0003", "Рукавный фильтр ФРИ-60 (аспирация упаковочных машин)", "ФРИ-60 жеңді сүзгісі (орау машиналарының аспирациясы)",
     [("Упаковочная машина GD X500 № 1", "№ 1 GD X500 орау машинасы", 6200), ("Упаковочная машина GD X500 № 2", "№ 2 GD X500 орау машинасы", 6200),
      ("Блокооберточная машина", "Блок орау машинасы", 5000)], {"2998": (0.0005, 0.002)}),
    ("0004", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", [("Паровые котлы Bosch UL-S (2 шт., природный газ)", "Bosch UL-S бу қазандары (2 дана, табиғи газ)", 8400)],
     {"0301": (0.05, 0.2), "0304": (0.008, 0.03), "0337": (0.1, 0.4)}),
    ("6001", "Склад табачного сырья (разгрузка и растаривание кип)", "Темекі шикізаты қоймасы (кіптерді түсіру және ашу)",
     [("Площадка разгрузки", "Түсіру алаңы", 1800)], {"2998": (0.0002, 0.001)}),
)  # fmt: skip


def emissions_ib2(doc: Doc) -> None:
    """A tobacco factory's table of emissions in which a bag filter serving several machines is one source: under each
    source its machines on rows of their own with their own hours, while the code, the name, the class and the grams and
    tonnes of the source are merged down over the machines' rows; the boiler house's three gases on rows of their own
    under one equipment cell (VI: a Vinataba cigarette factory's bag-filter systems over the shredding, making and packing
    machines, the boiler's four parameters, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ib2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = SITES_KZ[0]
    doc.h(g(f"Экологическое разрешение на воздействие. Приложение 1. {s[0]} ({s[2]})", f"{s[1]} ({s[3]}). Әсер етуге экологиялық рұқсат. 1-қосымша", ""))
    doc.p(g("Нормативы допустимых выбросов загрязняющих веществ на 2026–2035 годы. Источники выделения, объединенные одной системой "
            "аспирации, выбрасывают через общий источник выброса; выброс указан по источнику выброса в целом.",
            "2026–2035 жылдарға арналған ластаушы заттардың жол берілетін шығарындыларының нормативтері. Бір аспирация жүйесімен "
            "біріктірілген бөліну көздері ортақ шығарынды көзі арқылы шығарады; шығарынды тұтастай шығарынды көзі бойынша көрсетілген.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Источник выделения", "Время работы, ч/год", "Код ЗВ", "Наименование ЗВ", "Класс опасности",
               "Норматив выброса", None],
              ["ЛШК №", "Шығарынды көзі", "Бөліну көзі", "Жұмыс уақыты, сағ/жыл", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы", "Шығарынды нормативі", None], []),
            [None] * 7 + g(["г/с", "т/год"], ["г/с", "т/жыл"], [])]
    merges = [(0, c, 1, c) for c in range(7)] + [(0, 7, 0, 8)]
    for number, s_ru, s_kk, machines, codes in TOBACCO_SOURCES:
        start = len(rows)
        hours = max(m[2] for m in machines)
        rates = []
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            rates.append((c, gs, _sig(gs * hours * 3600 / 1e6 * r.uniform(0.7, 0.9), 3)))
            doc.add("emissions", emission(c, rates[-1][1], rates[-1][2], number, _hazard(c)))
        if len(codes) == 1:
            c, gs, ty = rates[0]
            for j, (m_ru, m_kk, h) in enumerate(machines):
                head = [number, (s_ru, s_kk)[L]] if j == 0 else [None, None]
                tail = [c, _air(doc, c), str(_hazard(c)), num(gs, doc.lang), num(ty, doc.lang)] if j == 0 else [None] * 5
                rows.append(head + [(m_ru, m_kk)[L], num(h, doc.lang)] + tail)
            if len(machines) > 1:
                merges += [(start, k, len(rows) - 1, k) for k in (0, 1, 4, 5, 6, 7, 8)]
        else:
            m_ru, m_kk, h = machines[0]
            for j, (c, gs, ty) in enumerate(rates):
                head = [number, (s_ru, s_kk)[L], (m_ru, m_kk)[L], num(h, doc.lang)] if j == 0 else [None] * 4
                rows.append(head + [c, _air(doc, c), str(_hazard(c)), num(gs, doc.lang), num(ty, doc.lang)])
            merges += [(start, k, len(rows) - 1, k) for k in range(4)]
    doc.table(g("Таблица 1 – Нормативы выбросов по источникам", "1-кесте – Көздер бойынша шығарындылар нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": src[0], "type": _kind(src[0])} for src in TOBACCO_SOURCES))
    maybe_distractor(doc)


# (system, [equipment], {code: (low, high) g/s}, hours)
VN_TOBACCO = (
    ("Hệ thống lọc bụi túi vải số 1 – Phân xưởng Sợi", ["Máy làm ẩm lá", "Máy thái sợi (02 máy)", "Máy sấy sợi", "Máy phối trộn, phun hương"],
     {"2902": (0.02, 0.06)}, 4800),
    ("Hệ thống lọc bụi túi vải số 2 – Phân xưởng Bao", ["Máy cuốn điếu Protos 70 (04 máy)", "Máy đóng bao GD X1 (04 máy)", "Máy bóng kính tút"],
     {"2902": (0.01, 0.04)}, 6000),
    ("Ống khói lò hơi đốt dầu DO (04 tấn hơi/giờ)", ["Lò hơi"], {"2902": (0.01, 0.03), "0330": (0.05, 0.2), "0301": (0.05, 0.15), "0337": (0.02, 0.08)}, 6000),
)  # fmt: skip


def _emissions_ib2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company = VN_SITES[0][0], VN_SITES[0][1]
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Bụi phát sinh từ các máy được thu gom bằng chụp hút về hệ thống lọc bụi túi vải chung; tải lượng tính cho "
          "từng hệ thống sau xử lý, không tính riêng cho từng máy.")
    rows = [["Hệ thống xử lý, ống thải", "Thiết bị đấu nối", "Thông số", "Tải lượng sau xử lý (g/s)", "Tải lượng sau xử lý (tấn/năm)"]]
    merges = []
    for system, machines, codes, hours in VN_TOBACCO:
        start = len(rows)
        items = []
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            items.append((c, gs, _sig(gs * hours * 3600 / 1e6, 3)))
            doc.add("emissions", emission(c, items[-1][1], items[-1][2]))
        if len(items) == 1:
            c, gs, ty = items[0]
            for j, m in enumerate(machines):
                rows.append([system, m, vocab.air(c, "vi"), num(gs, "vi"), num(ty, "vi")] if j == 0 else [None, m, None, None, None])
            merges += [(start, k, len(rows) - 1, k) for k in (0, 2, 3, 4)]
        else:
            for j, (c, gs, ty) in enumerate(items):
                rows.append([system if j == 0 else None, machines[0] if j == 0 else None, vocab.air(c, "vi", 1 if c != "2902" else 0), num(gs, "vi"), num(ty, "vi")])
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.3. Nguồn phát sinh và tải lượng bụi, khí thải sau xử lý", rows, merges, role="emissions")
    doc.p("Ghi chú: bụi từ phân xưởng Sợi và phân xưởng Bao là bụi thuốc lá; hiệu suất lọc của hệ thống túi vải đạt trên 99 %.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (RU plant, KK plant, RU operator, KK operator, RU city, KK city, RU sewer utility, KK sewer utility, million hl a year)
BREWERIES = (
    ("Пивоваренный завод «Тұлпар»", "«Тұлпар» сыра зауыты", "ТОО «Тұлпар Брюэри»", "«Тұлпар Брюэри» ЖШС", "г. Караганда", "Қарағанды қ.",
     "ТОО «Караганды Су»", "«Қарағанды Су» ЖШС", 1.2),
    ("Пивоваренный завод «Ертіс»", "«Ертіс» сыра зауыты", "ТОО «Ертіс Сыра»", "«Ертіс Сыра» ЖШС", "г. Павлодар", "Павлодар қ.",
     "ГКП «Павлодар-Водоканал»", "«Павлодар-Водоканал» МКК", 0.8),
)  # fmt: skip
# (code, RU, KK, RU place, KK place, (low, high) t a year per million hl, RU recipient, KK recipient)
BREW_WASTES = (
    ("02 07 01", "Отходы очистки и полировки солода (сорные примеси, пыль)", "Уытты тазарту және жылтырату қалдықтары (арам қоспалар, шаң)",
     "Солодовое отделение", "Уыт бөлімшесі", (10, 30), "ТОО «Агрокорм»", "«Агрокорм» ЖШС"),
    ("02 07 99", "Отработанный кизельгур (фильтрационный осадок)", "Пайдаланылған кизельгур (сүзу тұнбасы)", "Фильтрационное отделение", "Сүзу бөлімшесі",
     (60, 140), "полигон промышленных отходов", "өнеркәсіптік қалдықтар полигоны"),
    ("02 07 05", "Осадок флотатора локальных очистных сооружений", "Жергілікті тазарту құрылыстары флотаторының тұнбасы", "ЛОС", "ЖТҚ", (90, 220),
     "полигон промышленных отходов", "өнеркәсіптік қалдықтар полигоны"),
    ("15 01 07", "Стеклобой (бракованная и битая бутылка)", "Шыны сынығы (ақаулы және сынған бөтелке)", "Цех розлива", "Құю цехы", (80, 200),
     "ТОО «Шыны Ресайклинг»", "«Шыны Ресайклинг» ЖШС"),
    ("15 01 02", "Пластиковая упаковка (стретч-пленка, брак ПЭТ-преформ)", "Пластик орама (стретч-үлдір, ПЭТ-преформалар ақауы)", "Цех розлива", "Құю цехы",
     (8, 25), "ТОО «ЭкоПласт Орталық»", "«ЭкоПласт Орталық» ЖШС"),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орама", "Склад материалов", "Материалдар қоймасы", (12, 40),
     "ТОО «ЭкоПласт Орталық»", "«ЭкоПласт Орталық» ЖШС"),
    ("08 03 12*", "Отходы маркировочных чернил каплеструйных принтеров", "Тамшылы-ағынды принтерлердің таңбалау сиясының қалдықтары", "Цех розлива",
     "Құю цехы", (0.05, 0.25), "ТОО «Қауіпті Қалдықтар Сервис»", "«Қауіпті Қалдықтар Сервис» ЖШС"),
    ("16 06 01*", "Отработанные свинцовые тяговые аккумуляторы электропогрузчиков", "Электр тиегіштердің пайдаланылған қорғасын тарту аккумуляторлары",
     "Склад готовой продукции", "Дайын өнім қоймасы", (0.4, 1.5), "ТОО «Қауіпті Қалдықтар Сервис»", "«Қауіпті Қалдықтар Сервис» ЖШС"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "Все подразделения", "Барлық бөлімшелер", (0.03, 0.12),
     "ТОО «Қауіпті Қалдықтар Сервис»", "«Қауіпті Қалдықтар Сервис» ЖШС"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "Административно-бытовой корпус", "Әкімшілік-тұрмыстық ғимарат", (18, 40),
     "полигон ТБО", "ҚТҚ полигоны"),
)  # fmt: skip


def _amt(x: float) -> float:
    return round(x, 1) if x >= 10 else round(x, 2) if x >= 1 else round(x, 3)


def wastes_ib1(doc: Doc) -> None:
    """A brewery's report on the inventory of its wastes for a year: the stock at the start, the amount formed — the amount
    — the amount handed over and the stock at the end, the recipient, hazardous codes with a star among the plant's own
    (kieselguhr, flotation sludge, cullet, coder inks); spent grain and surplus yeast sold as feed only in a sentence; and
    then the masses of the packaging the brewery put on the market under its extended producer obligations, in tonnes with
    the customs codes, a table of no role (VI: a Sabeco or Habeco brewery's annual report, ordinary wastes in tonnes with
    the spent grain in them, CTNH in kilograms, and its EPR declaration of packaging with the recycling rates as a table of
    no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ib1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    b = doc.pick(BREWERIES)
    name, operator, hl = b[L], b[2 + L], b[8]
    doc.h(g(f"Отчет по инвентаризации отходов за 2025 год. {operator}, {name}", f"{operator}, {name}. 2025 жылғы қалдықтарды түгендеу жөніндегі есеп", ""))
    grain, yeast = round(hl * r.uniform(17, 21) * 1000), round(hl * r.uniform(1.5, 2.5) * 1000)
    doc.p(g(f"Выпуск пива в 2025 году – {num(round(hl * r.uniform(0.85, 0.95), 2), 'ru')} млн гл. Пивная дробина ({num(grain, 'ru')} т) и остаточные "
            f"пивные дрожжи ({num(yeast, 'ru')} т) реализуются как кормовое сырье по договорам и к отходам не относятся.",
            f"2025 жылы сыра шығару – {num(round(hl * r.uniform(0.85, 0.95), 2), 'kk')} млн гл. Сыра қалдығы (дробина, {num(grain, 'kk')} т) мен қалдық "
            f"сыра ашытқысы ({num(yeast, 'kk')} т) шарттар бойынша мал азықтық шикізат ретінде өткізіледі және қалдықтарға жатпайды.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Место образования", "Остаток на 01.01.2025, т", "Образовано за 2025 год, т",
               "Передано сторонним организациям, т", "Остаток на 31.12.2025, т", "Получатель"],
              ["№", "Коды", "Қалдықтың атауы", "Түзілу орны", "01.01.2025 қалған мөлшері, т", "2025 жылы түзілді, т", "Бөгде ұйымдарға берілді, т",
               "31.12.2025 қалған мөлшері, т", "Алушы"], [])]
    for k, (code, n_ru, n_kk, p_ru, p_kk, (lo, hi), rc_ru, rc_kk) in enumerate(BREW_WASTES, 1):
        formed = _amt(r.uniform(lo, hi) * hl)
        start, end = _amt(formed * r.uniform(0.02, 0.15)), _amt(formed * r.uniform(0.02, 0.15))
        given = round(start + formed - end, 3)
        name_w = (n_ru, n_kk)[L]
        rows.append([str(k), code, name_w, (p_ru, p_kk)[L], num(start, doc.lang), num(formed, doc.lang), num(given, doc.lang), num(end, doc.lang), (rc_ru, rc_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": formed, "name_contains": _words(name_w.split(" (")[0], 3)})
    doc.table(g("Таблица 1 – Образование и движение отходов", "1-кесте – Қалдықтардың түзілуі және қозғалысы", ""), rows, role="wastes")
    doc.p(g("Раздел 4. Сведения о выполнении расширенных обязательств производителей", "4-бөлім. Өндірушілердің кеңейтілген міндеттемелерін орындау туралы мәліметтер", ""))
    pack = [g(["Вид упаковки", "Код ТН ВЭД ЕАЭС", "Выпущено в обращение, тыс. шт.", "Масса упаковки, т"],
              ["Орама түрі", "ЕАЭО СЭҚ ТН коды", "Айналымға шығарылды, мың дана", "Орама массасы, т"], [])]
    for p_ru, p_kk, tn, unit_g in (("Бутылка стеклянная 0,45–0,5 л", "0,45–0,5 л шыны бөтелке", "7010 90", 330), ("Бутылка ПЭТ 1,0–2,5 л", "1,0–2,5 л ПЭТ бөтелке", "3923 30", 38),
                                   ("Банка алюминиевая 0,45 л", "0,45 л алюминий банка", "7612 90", 13), ("Короб из гофрокартона", "Гофрокартон қорап", "4819 10", 210),
                                   ("Кронен-пробка", "Кронен-тығын", "8309 10", 2)):
        pcs = r.randint(3000, 60000)
        pack.append([(p_ru, p_kk)[L], tn, num(pcs, doc.lang), num(round(pcs * unit_g / 1000, 1), doc.lang)])
    doc.table(g("Таблица 4.1 – Масса упаковки, выпущенной в обращение в 2025 году", "4.1-кесте – 2025 жылы айналымға шығарылған орама массасы", ""), pack, role="other")


VN_BREWERIES = (
    ("Nhà máy Bia Sài Gòn – Củ Chi", "Tổng Công ty Cổ phần Bia – Rượu – Nước giải khát Sài Gòn (SABECO)", "Khu công nghiệp Tây Bắc Củ Chi, Thành phố Hồ Chí Minh", 2.6),
    ("Nhà máy Bia Hà Nội – Mê Linh", "Tổng Công ty Cổ phần Bia – Rượu – Nước giải khát Hà Nội (HABECO)", "Khu công nghiệp Quang Minh, xã Quang Minh, thành phố Hà Nội", 2.0),
)  # fmt: skip
# (name, (low, high) t per million hl, receiver, treatment)
VN_BREW_ORDINARY = (
    ("Bã hèm, men bia thải", (18000, 22000), "Hộ chăn nuôi, cơ sở chế biến thức ăn chăn nuôi", "Làm thức ăn chăn nuôi"),
    ("Bột trợ lọc diatomit thải", (80, 140), "Công ty TNHH Môi trường Xanh Việt", "Chôn lấp hợp vệ sinh"),
    ("Chai thủy tinh vỡ", (150, 300), "Công ty TNHH Tái chế Thủy tinh Phương Nam", "Tái chế"),
    ("Nhãn giấy, thùng carton hỏng", (60, 120), "Cơ sở thu mua phế liệu", "Tái chế"),
    ("Lon nhôm, nắp khoén biến dạng", (8, 20), "Cơ sở thu mua phế liệu", "Tái chế"),
    ("Bùn thải từ hệ thống xử lý nước thải (đã ép)", (250, 450), "Công ty TNHH Môi trường Xanh Việt", "Làm phân bón hữu cơ"),
)


def _wastes_ib1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, hl = doc.pick(VN_BREWERIES)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Địa chỉ: {place}. Sản lượng bia năm 2025 đạt {num(round(hl * r.uniform(0.85, 0.95) * 100, 1), 'vi')} triệu lít.")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn/năm)", "Tổ chức tiếp nhận", "Hình thức xử lý"]]
    for k, (cname, (lo, hi), receiver, how) in enumerate(VN_BREW_ORDINARY, 1):
        t = _amt(r.uniform(lo, hi) * hl)
        rows.append([str(k), cname, num(t, "vi"), receiver, how])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(cname, 4)})
    doc.table("Bảng 3. Khối lượng chất thải rắn công nghiệp thông thường phát sinh", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Khối lượng (kg)", "Tổ chức tiếp nhận"]]
    for k, (code, cname, state) in enumerate(x for x in vocab.VN_CTNH if x[0] in ("17 02 03", "18 02 01", "16 01 06", "19 06 01")):
        kg = r.randint(8, 160) * 5
        rows.append([str(k + 1), cname, code, state, num(kg, "vi"), "Công ty TNHH Môi trường Xanh Việt"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(cname, 5)})
    doc.table("Bảng 4. Khối lượng chất thải nguy hại phát sinh", rows, role="wastes")
    rows = [["TT", "Loại bao bì", "Khối lượng đưa ra thị trường (tấn)", "Tỷ lệ tái chế bắt buộc (%)", "Khối lượng phải tái chế (tấn)", "Hình thức thực hiện"]]
    for k, (kind, rate_, share) in enumerate((("Chai thủy tinh", 15, 0.5), ("Lon nhôm", 22, 0.25), ("Bao bì giấy, carton", 20, 0.2), ("Màng co, bao bì nhựa mềm", 10, 0.05)), 1):
        t = round(hl * 100 * 1000 * share * r.uniform(0.8, 1.2))
        rows.append([str(k), kind, num(t, "vi"), str(rate_), num(round(t * rate_ / 100, 1), "vi"), doc.pick(("Tự tổ chức tái chế", "Đóng góp vào Quỹ Bảo vệ môi trường Việt Nam"))])
    doc.table("Bảng 6. Kết quả thực hiện trách nhiệm tái chế sản phẩm, bao bì (EPR) năm 2025", rows, role="other")


MONTHS = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"),
    "vi": tuple(f"Tháng {k}" for k in range(1, 13)),
}
# (code, RU, KK, unit, (low, high) a month, share of months with none)
JOURNAL_WASTES = {
    "Алатау": (
        ("02 03 04", "Табачная пыль и мелочь", "Темекі шаңы мен ұсағы", "т", (1.2, 3.5), 0),
        ("02 03 04", "Брак сигарет и сигаретных блоков", "Темекі мен темекі блоктарының ақауы", "т", (0.4, 1.2), 0),
        ("15 01 01", "Картонная упаковка сырья", "Шикізаттың картон орамасы", "т", (2.0, 6.0), 0),
        ("15 01 02", "Обрезки полипропиленовой пленки", "Полипропилен үлдірінің қиындылары", "т", (0.3, 1.0), 0),
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "т", (2.5, 4.5), 0),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "кг", (10, 45), 0.2),
        ("13 02 05*", "Отработанные гидравлические и редукторные масла", "Пайдаланылған гидравликалық және редукторлық майлар", "кг", (20, 90), 0.6)),
    "Алтын": (
        ("02 03 04", "Чайная пыль и высевки", "Шай шаңы мен елеуіш қалдығы", "т", (0.8, 2.5), 0),
        ("15 01 01", "Фильтровальная бумага и бумажная упаковка (брак пакетиков)", "Сүзгі қағазы және қағаз орама (пакетшелер ақауы)", "т", (0.5, 1.8), 0),
        ("15 01 03", "Деревянная тара из-под чая и поддоны", "Шай астындағы ағаш ыдыс және тұғырықтар", "т", (1.0, 3.0), 0),
        ("15 01 02", "Пластиковая упаковка и пленка", "Пластик орама және үлдір", "т", (0.2, 0.8), 0),
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "т", (1.5, 3.0), 0),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "кг", (5, 25), 0.3),
        ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "кг", (2, 12), 0.6)),
}  # fmt: skip
VN_COFFEE_WASTES = (
    (None, "Bã cà phê sau trích ly", "tấn", (180, 320), 0), (None, "Tro, xỉ lò hơi đốt bã cà phê và củi", "tấn", (20, 45), 0),
    (None, "Bao bì giấy, carton, bao jumbo thải", "tấn", (3, 9), 0), (None, "Bùn thải từ hệ thống xử lý nước thải", "tấn", (6, 15), 0),
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "kg", (20, 60), 0.5),
    ("18 02 01", "Giẻ lau, vải bảo vệ thải bị nhiễm thành phần nguy hại", "kg", (10, 40), 0.1),
    ("16 01 06", "Bóng đèn huỳnh quang thải", "kg", (2, 8), 0.6),
)


def wastes_ib2(doc: Doc) -> None:
    """A tobacco factory's or a tea-packing factory's summary of its waste journal for a year turned on its side: the
    months as rows and the wastes as columns under a three-row header — the name, then the code on a row of its own, then
    the unit, tonnes for most and kilograms for the hazardous ones — months with nothing formed marked `–`, and the
    year's total in the last row, which alone gives the amounts (VI: an instant-coffee factory's sổ theo dõi in the
    Central Highlands, the spent coffee grounds burnt in its own boiler, `-` for no CTNH code)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        plant, company = VN_SITES[2][0], VN_SITES[2][1]
        wastes = VN_COFFEE_WASTES
        doc.h(f"SỔ THEO DÕI CHẤT THẢI PHÁT SINH NĂM 2025 – {plant.upper()}")
        doc.p(f"{company}. Bã cà phê sau trích ly được ép tách nước và tận dụng làm nhiên liệu cho lò hơi của nhà máy; chất thải nguy hại được "
              "cân theo kg khi nhập kho lưu giữ.")
    else:
        L = _L(doc)
        s = doc.pick(SITES_KZ[:2])
        wastes = [(c, (n_ru, n_kk)[L], u, rng, none) for c, n_ru, n_kk, u, rng, none in JOURNAL_WASTES[_core(s[0]).split()[0]]]
        doc.h(g(f"Сводная ведомость журнала учета отходов за 2025 год. {s[2]}, {s[0]}", f"{s[3]}, {s[1]}. Қалдықтарды есепке алу журналының 2025 жылғы жиынтық тізімдемесі", ""))
        doc.p(g("Количество образовавшихся отходов определялось взвешиванием на складских весах при передаче на площадку накопления.",
                "Түзілген қалдықтардың мөлшері жинақтау алаңына берген кезде қойма таразысында өлшеу арқылы анықталды.", ""))
    head = [[g("Месяц", "Ай", "Tháng"), *(w[1] for w in wastes)],
            [g("Код отхода", "Қалдық коды", "Mã CTNH"), *(w[0] or "-" for w in wastes)],
            [g("Ед. изм.", "Өлш. бірл.", "Đơn vị"), *(w[2] for w in wastes)]]
    rows = list(head)
    sums = [0.0] * len(wastes)
    for month in MONTHS[doc.lang]:
        line = [month]
        for k, (_, _, unit, (lo, hi), none) in enumerate(wastes):
            if r.random() < none:
                line.append("–" if not vi else "-")
                continue
            v = float(r.randint(int(lo), int(hi))) if unit in ("кг", "kg") else round(r.uniform(lo, hi), 2)
            sums[k] += v
            line.append(num(v, doc.lang))
        rows.append(line)
    totals = [round(v, 2) for v in sums]
    rows.append([g("Итого за 2025 год", "2025 жылғы жиыны", "Cả năm 2025"), *(num(v, doc.lang) for v in totals)])
    doc.table(g("Образование отходов по месяцам", "Қалдықтардың айлар бойынша түзілуі", "Bảng theo dõi khối lượng chất thải phát sinh theo tháng"),
              rows, role="wastes")
    for (code, cname, unit, _, _), total in zip(wastes, totals, strict=True):
        amount = total / 1000 if unit in ("кг", "kg") else total
        if vi and code is None:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": amount, "name_contains": _words(cname, 4)})
        elif vi:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": amount, "name_contains": _words(cname, 4)})
        else:
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount, "name_contains": _words(cname, 3)})
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# (symbol, allowed concentration, (low, high) share of it measured)
SEWER_DK = (("pH", (6.5, 9.0), None), ("TSS", 300, (0.3, 1.1)), ("BOD5", 300, (0.5, 2.2)), ("COD", 500, (0.6, 2.4)), ("NH4+", 25, (0.1, 0.6)),
            ("TP", 10, (0.2, 0.9)), ("Surfactants", 10, (0.1, 0.8)))


def _sewer_value(r, symbol: str, dk, share) -> float:
    if symbol == "pH":
        return round(r.uniform(6.9, 8.8), 1)
    return _sig(dk * r.uniform(*share), 3)


def limits_ib1(doc: Doc) -> None:
    """The sewer utility's protocol of a control sampling at a brewery's two manholes: the parameters as rows with their
    unit and the allowed concentration of the city's rules of accepting waste water once, then each manhole a column pair
    under a merged header, the result and the multiple of exceeding the allowed concentration (`–` where it is not
    exceeded); the surcharge the utility bills for the exceedances in a table of no role after it (VI: a Sabeco or Habeco
    brewery's connection manholes against the industrial park's own limits of accepting waste water, Coliform in
    MPN/100ml, the extra fee in a table of no role)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        plant, company, place, _ = doc.pick(VN_BREWERIES)
        params = (("pH", (5.5, 9.0), None, None), ("TSS", 250, (0.3, 1.1), "mg/l"), ("BOD5", 300, (0.5, 2.0), "mg/l"), ("COD", 500, (0.6, 2.2), "mg/l"),
                  ("NH4+", 20, (0.1, 0.7), "mg/l"), ("TN", 60, (0.2, 0.9), "mg/l"), ("TP", 8, (0.2, 0.9), "mg/l"), ("Coliform", 10000, (0.05, 0.6), "MPN/100ml"))
        points = (("NT1", "NT1 – Hố ga đấu nối số 1 (khu nấu, lên men)"), ("NT2", "NT2 – Hố ga đấu nối số 2 (khu chiết rót)"))
        doc.h(f"PHIẾU KẾT QUẢ PHÂN TÍCH NƯỚC THẢI ĐẤU NỐI – {plant.upper()}")
        doc.p(f"Khách hàng: {company}. Mẫu do Công ty phát triển hạ tầng khu công nghiệp lấy đột xuất ngày {r.randint(2, 27):02d}/{r.randint(3, 11):02d}/2025 "
              "tại các hố ga đấu nối vào hệ thống thu gom nước thải của khu công nghiệp. Giới hạn tiếp nhận theo Hợp đồng đấu nối nước thải đã ký.")
        head = [["TT", "Thông số", "Đơn vị", "Giới hạn tiếp nhận của KCN", points[0][1], None, points[1][1], None],
                [None, None, None, None, "Kết quả", "Hệ số vượt", "Kết quả", "Hệ số vượt"]]
    else:
        L = _L(doc)
        b = doc.pick(BREWERIES)
        name, operator, city, utility = b[L], b[2 + L], b[4 + L], b[6 + L]
        params = tuple((s, dk, share, None if s == "pH" else "mg/l") for s, dk, share in SEWER_DK)
        points = (("КК-1", g("КК-1 – выпуск варочного и бродильного цехов", "КК-1 – қайнату және ашыту цехтарының шығарылымы", "")),
                  ("КК-2", g("КК-2 – выпуск цеха розлива", "КК-2 – құю цехының шығарылымы", "")))
        no = f"{r.randint(100, 900)}/{r.randint(1, 12):02d}"
        doc.h(g(f"Протокол испытаний сточных вод № {no}. Абонент: {operator} ({name})", f"№ {no} сарқынды суларды сынау хаттамасы. Абонент: {operator} ({name})", ""))
        doc.p(g(f"Контрольный отбор проб выполнен представителем {utility} в присутствии представителя абонента. Допустимые концентрации (ДК) – по Правилам "
                f"приема сточных вод в системы водоотведения населенных пунктов ({city}).",
                f"Бақылау сынамаларын абонент өкілінің қатысуымен {utility} өкілі алды. Жол берілетін концентрациялар (ЖК) – елді мекендердің су бұру "
                f"жүйелеріне сарқынды суларды қабылдау қағидалары бойынша ({city}).", ""))
        head = [g(["№", "Определяемый показатель", "Ед. изм.", "ДК", points[0][1], None, points[1][1], None],
                  ["№", "Анықталатын көрсеткіш", "Өлш. бірл.", "ЖК", points[0][1], None, points[1][1], None], []),
                g([None, None, None, None, "Результат", "Кратность превышения ДК", "Результат", "Кратность превышения ДК"],
                  [None, None, None, None, "Нәтиже", "ЖК-дан асу еселігі", "Нәтиже", "ЖК-дан асу еселігі"], [])]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5), (0, 6, 0, 7)]
    rows = list(head)
    over = []
    for k, (s, dk, share, unit) in enumerate(params, 1):
        dk_text = f"{num(dk[0], doc.lang)}–{num(dk[1], doc.lang)}" if isinstance(dk, tuple) else num(dk, doc.lang)
        unit_text = {"mg/l": "mg/l" if vi else "мг/дм³", "MPN/100ml": "MPN/100ml", None: "-" if vi else g("ед. pH", "pH бірл.", "")}[unit]
        line = [str(k), vocab.water(s, doc.lang), unit_text, dk_text]
        for j, (pid, _) in enumerate(points):
            v = _sewer_value(r, s, dk, share)
            if s == "COD" and j == 0:
                v = max(v, _sig(dk * 1.3, 3))
            if s == "Coliform":
                v = float(r.choice((430, 930, 1500, 2400, 4600)))
            ratio = v / dk if not isinstance(dk, tuple) else 0
            line += [num(v, doc.lang), num(round(ratio, 1), doc.lang) if ratio > 1 else "–"]
            if ratio > 1:
                over.append((s, pid, round(ratio, 1)))
            add(doc, limit(("symbol", s), "waste_water", dk, unit, None, pid, v))
        rows.append(line)
    doc.table(g("Результаты испытаний", "Сынау нәтижелері", "Bảng 1. Kết quả phân tích"), rows, merges, role="limits")
    tariff = r.randint(90, 160)
    fee = [g(["Показатель, выпуск", "Кратность превышения", "Повышающий коэффициент", "Объем сточных вод за месяц, м³", "Тариф, тенге/м³", "Сумма, тенге"],
             ["Көрсеткіш, шығарылым", "Асу еселігі", "Арттыру коэффициенті", "Айлық сарқынды су көлемі, м³", "Тариф, теңге/м³", "Сомасы, теңге"],
             ["Thông số, vị trí", "Hệ số vượt", "Hệ số điều chỉnh phí", "Lưu lượng nước thải tháng (m³)", "Đơn giá xử lý (đồng/m³)", "Thành tiền (đồng)"])]
    for s, pid, ratio in over:
        coef = 1.5 if ratio <= 2 else 2.0
        vol = r.randint(9, 30) * 1000
        price = tariff * (80 if vi else 1)
        fee.append([f"{vocab.water(s, doc.lang)}, {pid}", num(ratio, doc.lang), num(coef, doc.lang), num(vol, doc.lang), num(price, doc.lang),
                    num(round(vol * price * (coef - 1)), doc.lang)])
    doc.table(g("Расчет платы за сброс сверх допустимых концентраций", "Жол берілетін концентрациялардан тыс төгінді үшін төлемақыны есептеу",
                "Bảng 2. Tính phí xử lý bổ sung do vượt giới hạn tiếp nhận"), fee, role="other")


# (number, RU, KK, (low, high) gas temperature, {code: (norm mg/Nm3, (low, high) share measured)})
MALT_SOURCES = (
    ("0001", "Аспирация зерноочистительного отделения (циклоны 4БЦШ-400)", "Астық тазарту бөлімшесінің аспирациясы (4БЦШ-400 циклондары)", (18, 28),
     {"2937": (50, (0.3, 0.9))}),
    ("0002", "Аспирация силосов готового солода (рукавный фильтр)", "Дайын уыт силостарының аспирациясы (жеңді сүзгі)", (16, 26), {"2937": (20, (0.2, 0.8))}),
    ("0003", "Сушилка солода № 1 (прямой нагрев, природный газ)", "№ 1 уыт кептіргіші (тікелей қыздыру, табиғи газ)", (45, 80),
     {"0301": (150, (0.3, 0.8)), "0337": (200, (0.2, 0.7))}),
    ("0004", "Сушилка солода № 2 (прямой нагрев, природный газ)", "№ 2 уыт кептіргіші (тікелей қыздыру, табиғи газ)", (45, 80),
     {"0301": (150, (0.3, 0.8)), "0337": (200, (0.2, 0.7))}),
)  # fmt: skip
QCVN19_B = {"2902": 200, "0337": 1000, "0330": 500, "0301": 850}


def limits_ib2(doc: Doc) -> None:
    """A protocol of instrumental measurements at a malt house's aspiration units and malt kilns that gives every
    concentration twice — at the working conditions of the gas and reduced to normal conditions — beside the gas's
    temperature and volume, and only the reduced one is judged against the КЭР's technological norm in mg/nm³; the kilns'
    gases merged under their source (VI: a tea factory's wood-fired tea dryers in Lâm Đồng, the measured and the reduced
    concentrations against the Cmax of QCVN 19:2009/BTNMT column B with Kp = 1 and Kv = 1,4)."""
    r = doc.rng
    vi = doc.lang == "vi"
    g = doc.v
    merges = []
    if vi:
        plant, company = VN_SITES[1][0], VN_SITES[1][1]
        kp, kv = 1.0, 1.4
        doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ ĐỢT {doc.pick(('1', '2'))} NĂM 2025 – {plant.upper()}")
        doc.p(f"Chủ cơ sở: {company}. Nồng độ được quy về điều kiện tiêu chuẩn (25 °C, 760 mmHg) theo nhiệt độ khí thải đo tại ống khói; chỉ nồng độ đã "
              f"quy đổi được so sánh với QCVN 19:2009/BTNMT cột B, Cmax = C × Kp × Kv với Kp = {num(kp, 'vi')}, Kv = {num(kv, 'vi')} (vùng nông thôn miền núi).")
        rows = [["Vị trí", "Thông số", "Nhiệt độ khí thải (°C)", "Nồng độ đo ở điều kiện thực tế (mg/m³)", "Nồng độ quy về điều kiện tiêu chuẩn (mg/Nm³)",
                 "QCVN 19:2009/BTNMT cột B, Cmax (mg/Nm³)"]]
        for k in range(1, 4):
            pid = f"KT{k}"
            t = r.randint(75, 140)
            start = len(rows)
            for j, c in enumerate(("2902", "0337", "0330", "0301")):
                cmax = _sig(QCVN19_B[c] * kp * kv, 6)
                nu = _sig(cmax * r.uniform(0.1, 0.75), 3)
                act = _sig(nu * 298 / (273 + t), 3)
                rows.append([f"{pid} – Ống khói lò sấy chè số {k} (đốt củi)" if j == 0 else None, vocab.air(c, "vi", 0 if c == "2902" else 1),
                             str(t) if j == 0 else None, num(act, "vi"), num(nu, "vi"), num(cmax, "vi")])
                add(doc, limit(("code", c), "flue_gas", cmax, "mg/Nm3", "B", pid, nu))
            merges += [(start, 0, len(rows) - 1, 0), (start, 2, len(rows) - 1, 2)]
        doc.table("Bảng 2. Kết quả phân tích khí thải", rows, merges, role="limits")
        doc.p("Nhận xét: nồng độ các thông số sau khi quy đổi đều nằm trong giới hạn cho phép.")
        return
    L = _L(doc)
    s = SITES_KZ[2]
    doc.h(g(f"Протокол инструментальных измерений выбросов № {r.randint(14, 88)}-ИЗ/2025", f"Шығарындыларды аспаптық өлшеу хаттамасы № {r.randint(14, 88)}-ИЗ/2025", ""))
    doc.p(g(f"Объект: {s[0]} ({s[2]}). Концентрации приведены к нормальным условиям (0 °C, 101,3 кПа); с технологическими нормативами КЭР сравниваются "
            "только приведенные концентрации.",
            f"Объект: {s[1]} ({s[3]}). Концентрациялар қалыпты жағдайларға (0 °C, 101,3 кПа) келтірілген; КЭР технологиялық нормативтерімен тек "
            "келтірілген концентрациялар салыстырылады.", ""))
    rows = [g(["№ ИЗА", "Источник", "Загрязняющее вещество", "Температура ГВС, °C", "Объем ГВС при рабочих условиях, м³/с",
               "Концентрация при рабочих условиях, мг/м³", "Концентрация, приведенная к н.у., мг/нм³", "Технологический норматив (КЭР), мг/нм³", "Соответствие"],
              ["ЛШК №", "Көз", "Ластаушы зат", "ГАҚ температурасы, °C", "Жұмыс жағдайындағы ГАҚ көлемі, м³/с", "Жұмыс жағдайындағы концентрация, мг/м³",
               "Қалыпты жағдайға келтірілген концентрация, мг/нм³", "Технологиялық норматив (КЭР), мг/нм³", "Сәйкестігі"], [])]
    for number, s_ru, s_kk, (tlo, thi), codes in MALT_SOURCES:
        t = r.randint(tlo, thi)
        start = len(rows)
        for j, (c, (norm, (lo, hi))) in enumerate(codes.items()):
            nu = _sig(norm * r.uniform(lo, hi), 3)
            act = _sig(nu * 273 / (273 + t), 3)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, f"{c} – {_air(doc, c)}", str(t) if j == 0 else None,
                         num(round(r.uniform(1.5, 9.0), 2), doc.lang) if j == 0 else None, num(act, doc.lang), num(nu, doc.lang), num(norm, doc.lang),
                         g("соответствует", "сәйкес", "")])
            add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, nu))
        if len(codes) > 1:
            merges += [(start, k, len(rows) - 1, k) for k in (0, 1, 3, 4)]
    doc.table(g("Таблица 1 – Результаты измерений", "1-кесте – Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": m[0], "type": "organized"} for m in MALT_SOURCES))
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
MONTH_FREQ = {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}
# ((RU section, KK section), [(kind, id, RU place, KK place, [(kind, key)], months)])
BREW_PLAN = (
    (("Источники выбросов", "Шығарынды көздері"), [
        ("src", "0001", "ИЗА 0001 – дымовая труба котельной", "0001 ЛШК – қазандықтың түтін мұржасы", [("code", "0301"), ("code", "0304"), ("code", "0337")], (3, 6, 9, 12)),
        ("src", "0003", "ИЗА 0003 – аспирация дробилки солода", "0003 ЛШК – уыт ұсатқышының аспирациясы", [("code", "2937")], (4, 10)),
        ("src", "0006", "ИЗА 0006 – аварийная вытяжка аммиачной компрессорной", "0006 ЛШК – аммиак компрессорлық станциясының авариялық сорғышы", [("code", "0303")], (7,))]),
    (("Граница санитарно-защитной зоны", "Санитариялық-қорғаныш аймағының шекарасы"), [
        ("pt", "Т-1", "Т-1 (север)", "Т-1 (солтүстік)", [("code", "0301"), ("code", "0337"), ("code", "0303")], (1, 7)),
        ("pt", "Т-2", "Т-2 (юг)", "Т-2 (оңтүстік)", [("code", "0301"), ("code", "0337"), ("code", "0303")], (1, 7))]),
    (("Сточные воды", "Сарқынды сулар"), [
        ("pt", "КК-1", "КК-1 – выпуск в городскую канализацию", "КК-1 – қалалық кәрізге шығарылым",
         [("symbol", s) for s in ("pH", "TSS", "BOD5", "COD", "TPH", "Surfactants")], tuple(range(1, 13)))]),
)  # fmt: skip
VN_BREW_PLAN = (
    ("Khí thải", [("pt", "KT1", "KT1 – Ống khói lò hơi đốt sinh khối (trấu nén)", "KT1 – Ống khói lò hơi đốt sinh khối (trấu nén)",
                   [("code", c) for c in ("2902", "0330", "0301", "0337")], (3, 6, 9, 12))]),
    ("Nước thải", [("pt", "NT1", "NT1 – Nước thải sau hệ thống xử lý", "NT1 – Nước thải sau hệ thống xử lý",
                    [("symbol", s) for s in ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform")], tuple(range(1, 13)))]),
    ("Không khí xung quanh", [("pt", "KK1", "KK1 – Cổng chính nhà máy", "", [("code", c) for c in ("2902", "0303", "0333")], (6, 12)),
                             ("pt", "KK2", "KK2 – Khu xử lý nước thải", "", [("code", c) for c in ("2902", "0303", "0333")], (6, 12))]),
)  # fmt: skip


def monitoring_ib1(doc: Doc) -> None:
    """A brewery's plan-schedule of sampling for the year with no frequency column: the twelve months as columns under a
    merged header, a `+` in each month a sample is taken, and only a count of samples a year at the end — four marks a
    quarterly duty, two a half-yearly one, one a yearly one, twelve a monthly one — under section rows for the stacks, the
    protection zone's boundary and the manhole to the sewer (VI: a Sabeco or Habeco brewery's kế hoạch lấy mẫu, `x` in
    the months, the stack, the treated waste water and the ambient air)."""
    vi = doc.lang == "vi"
    g = doc.v
    mark = "x" if vi else "+"
    if vi:
        plant, company, _, _ = doc.pick(VN_BREWERIES)
        plan = [((sec, sec), items) for sec, items in VN_BREW_PLAN]
        doc.h(f"KẾ HOẠCH LẤY MẪU QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
        doc.p(f"Kế hoạch do {company} lập theo chương trình quan trắc trong giấy phép môi trường; đơn vị quan trắc đánh dấu “x” vào tháng thực hiện lấy mẫu.")
    else:
        b = doc.pick(BREWERIES)
        plan = BREW_PLAN
        doc.h(g(f"План-график отбора проб и измерений на 2026 год. {b[2]}, {b[0]}", f"{b[3]}, {b[1]}. 2026 жылға арналған сынама алу және өлшеу кесте-жоспары", ""))
        doc.p(g("Приложение 3 к Программе производственного экологического контроля. Знаком «+» отмечены месяцы проведения отбора проб.",
                "Өндірістік экологиялық бақылау бағдарламасына 3-қосымша. Сынама алу жүргізілетін айлар «+» белгісімен белгіленген.", ""))
    width = 3 + 12 + 1
    rows = [[g("№", "№", "TT"), g("Место отбора проб (точка, ИЗА)", "Сынама алу орны (нүкте, ЛШК)", "Vị trí lấy mẫu"),
             g("Контролируемые параметры", "Бақыланатын параметрлер", "Thông số"), g("Месяцы 2026 года", "2026 жылдың айлары", "Tháng thực hiện năm 2026"),
             *[None] * 11, g("Всего отборов в год", "Жылына сынама алу саны", "Số đợt/năm")],
            [None, None, None, *(str(k) if vi else ROMAN[k - 1] for k in range(1, 13)), None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
    n = 0
    sources = []
    for (s_ru, s_kk), items in plan:
        _span(rows, merges, s_ru if vi or doc.lang == "ru" else s_kk, width)
        for kind, ident, p_ru, p_kk, params, months in items:
            n += 1
            place = p_ru if vi or doc.lang == "ru" else p_kk
            rows.append([str(n), place, ", ".join(_param(doc, k, key) for k, key in params), *(mark if m in months else "" for m in range(1, 13)), str(len(months))])
            for k, key in params:
                item = {("source_number" if kind == "src" else "point"): ident, k: key, "frequency": MONTH_FREQ[len(months)]}
                doc.add("monitoring", item)
                if kind == "src":
                    doc.add("emissions", emission(key, None, None, ident))
            if kind == "src":
                sources.append(ident)
    doc.table(g("Таблица 1", "1-кесте", "Bảng 1. Kế hoạch lấy mẫu"), rows, merges, role="monitoring")
    if sources:
        doc.add("sources", *({"number": s, "type": "organized"} for s in sources))
    maybe_distractor(doc)


# (RU parameter, KK parameter, RU place, KK place, RU frequency, KK frequency)
OPERATIONAL = (
    ("Расход зерна на производство, т/сут", "Өндіріске астық шығыны, т/тәул", "Весы приемного отделения", "Қабылдау бөлімшесінің таразысы", "ежесменно", "ауысым сайын"),
    ("Температура и продолжительность брожения", "Ашыту температурасы мен ұзақтығы", "Бродильные чаны", "Ашыту шандары", "непрерывно (датчики АСУ ТП)",
     "үздіксіз (АБЖ ТП датчиктері)"),
    ("Выход спирта из 1 т условного крахмала, дал", "1 т шартты крахмалдан спирт шығымы, дал", "Ректификационное отделение", "Ректификация бөлімшесі",
     "ежесуточно", "тәулік сайын"),
    ("Расход барды, направляемой на поля фильтрации, м³/сут", "Сүзу алаңдарына жіберілетін барда шығыны, м³/тәул", "Бардяная станция", "Барда станциясы",
     "ежесуточно", "тәулік сайын"),
    ("Расход природного газа, м³/ч", "Табиғи газ шығыны, м³/сағ", "Узел учета газа котельной", "Қазандықтың газ есепке алу торабы", "непрерывно", "үздіксіз"),
)  # fmt: skip
# (number, RU, KK, codes, frequency, RU method, KK method)
DIST_SOURCES = (
    ("0001", "Дымовая труба котельной", "Қазандықтың түтін мұржасы", ("0301", "0304", "0337"), "quarterly", "инструментальный", "аспаптық"),
    ("0002", "Аспирация отделения дробления зерна", "Астық ұсату бөлімшесінің аспирациясы", ("2937",), "semiannual", "инструментальный", "аспаптық"),
    ("0003", "Воздушник бродильного отделения (CO2 брожения)", "Ашыту бөлімшесінің ауа шығарғышы (ашыту CO2)", ("1061", "1317"), "quarterly",
     "инструментальный", "аспаптық"),
    ("0004", "Воздушник конденсатора брагоректификационной установки", "Бражка-ректификациялық қондырғы конденсаторының ауа шығарғышы", ("1061",),
     "quarterly", "инструментальный", "аспаптық"),
    ("6001", "Склад зерна (прием и отгрузка)", "Астық қоймасы (қабылдау және тиеу)", ("2937",), "yearly", "расчетный", "есептік"),
)  # fmt: skip
# (point, RU place, KK place, RU component, KK component, [(kind, key)], frequency)
DIST_POINTS = (
    ("Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік", "атмосферный воздух", "атмосфералық ауа", [("code", c) for c in ("0301", "0337", "1061", "2937")], "quarterly"),
    ("Т-2", "граница СЗЗ, юг", "СҚА шекарасы, оңтүстік", "атмосферный воздух", "атмосфералық ауа", [("code", c) for c in ("0301", "0337", "1061", "2937")], "quarterly"),
    ("Н-1", "наблюдательная скважина выше полей фильтрации барды (фоновая)", "барда сүзу алаңдарынан жоғары бақылау ұңғымасы (фондық)", "подземные воды",
     "жерасты сулары", [("symbol", s) for s in ("pH", "NH4+", "NO3-", "Cl-", "SO4", "TDS")], "semiannual"),
    ("Н-2", "наблюдательная скважина ниже полей фильтрации барды", "барда сүзу алаңдарынан төмен бақылау ұңғымасы", "подземные воды", "жерасты сулары",
     [("symbol", s) for s in ("pH", "NH4+", "NO3-", "Cl-", "SO4", "TDS")], "semiannual"),
)  # fmt: skip


def monitoring_ib2(doc: Doc) -> None:
    """A grain distillery's ПЭК programme in the three parts the Rules require: operational monitoring of the process —
    grain used, fermentation, the yield of spirit, the stillage sent to the filtration fields, the gas burnt — whose
    parameters are no substances and give no duty of the kind asked for, then the monitoring of emissions at the
    sources, then the monitoring of impact at the protection zone's boundary and in the observation wells around the
    stillage fields (VI: a sugar-cane ethanol plant's giám sát vận hành of its biogas reactor and boiler, the automatic
    and the periodic monitoring of one outlet at two frequencies, the stack and the wells around the vinasse ponds)."""
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        _monitoring_ib2_vi(doc)
        return
    L = _L(doc)
    d = DISTILLERIES[1]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2030 годы. {d[0]} ({d[2]})",
            f"{d[1]} ({d[3]}). 2026–2030 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("4.1. Операционный мониторинг", "4.1. Операциялық мониторинг", ""))
    rows = [g(["Контролируемый параметр", "Место контроля", "Периодичность"], ["Бақыланатын параметр", "Бақылау орны", "Кезеңділігі"], [])]
    rows += [[o[L], o[2 + L], o[4 + L]] for o in OPERATIONAL]
    doc.table(g("Таблица 4.1 – Параметры технологического процесса", "4.1-кесте – Технологиялық процестің параметрлері", ""), rows, role="monitoring")
    doc.h(g("4.2. Мониторинг эмиссий", "4.2. Эмиссиялар мониторингі", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Контролируемые вещества", "Метод контроля", "Периодичность"],
              ["ЛШК №", "Шығарынды көзі", "Бақыланатын заттар", "Бақылау әдісі", "Кезеңділігі"], [])]
    for number, s_ru, s_kk, codes, word, m_ru, m_kk in DIST_SOURCES:
        rows.append([number, (s_ru, s_kk)[L], ", ".join(_air(doc, c) for c in codes), (m_ru, m_kk)[L], freq(doc, word)])
        for c in codes:
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": word})
            doc.add("emissions", emission(c, None, None, number))
    doc.table(g("Таблица 4.2 – Контроль на источниках выбросов", "4.2-кесте – Шығарынды көздеріндегі бақылау", ""), rows, role="monitoring")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in DIST_SOURCES))
    doc.h(g("4.3. Мониторинг воздействия", "4.3. Әсер ету мониторингі", ""))
    rows = [g(["Точка", "Место наблюдения", "Компонент", "Показатели", "Периодичность"], ["Нүкте", "Бақылау орны", "Құрамдас", "Көрсеткіштер", "Кезеңділігі"], [])]
    for pid, p_ru, p_kk, c_ru, c_kk, params, word in DIST_POINTS:
        rows.append([pid, (p_ru, p_kk)[L], (c_ru, c_kk)[L], ", ".join(_param(doc, k, key) for k, key in params), freq(doc, word)])
        for k, key in params:
            doc.add("monitoring", {"point": pid, k: key, "frequency": word})
    doc.table(g("Таблица 4.3 – Мониторинг воздействия", "4.3-кесте – Әсер ету мониторингі", ""), rows, role="monitoring")
    maybe_distractor(doc)


def _monitoring_ib2_vi(doc: Doc) -> None:
    plant, company, place, _ = doc.pick(VN_ETHANOL)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC, GIÁM SÁT MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}, {place}. Dịch hèm sau chưng cất được xử lý bằng bể kỵ khí UASB thu hồi biogas làm nhiên liệu cho lò hơi; "
          "nước thải sau xử lý xả ra suối theo giấy phép môi trường.")
    rows = [["Nội dung giám sát vận hành", "Vị trí", "Tần suất"],
            ["Lưu lượng dịch hèm vào bể UASB (m³/ngày)", "Đồng hồ đo lưu lượng", "Liên tục"],
            ["Nhiệt độ bể kỵ khí UASB", "Bể UASB số 1, số 2", "Hằng ngày"],
            ["Lượng biogas thu hồi (Nm³/ngày)", "Đồng hồ đo khí", "Hằng ngày"],
            ["Áp suất, nhiệt độ hơi lò hơi", "Phòng điều khiển lò hơi", "Liên tục"]]
    doc.table("Bảng 5.1. Giám sát vận hành hệ thống xử lý và lò hơi", rows, role="monitoring")
    plan = (("NT1 – Nước thải sau hệ thống xử lý (trạm quan trắc tự động)", [("symbol", s) for s in ("pH", "COD", "TSS")], "continuous"),
            ("NT1 – Nước thải sau hệ thống xử lý (quan trắc định kỳ)", [("symbol", s) for s in ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform")], "quarterly"),
            ("KT1 – Ống khói lò hơi đốt bã mía và biogas", [("code", c) for c in ("2902", "0330", "0301", "0337")], "quarterly"))
    rows = [["Vị trí", "Thông số", "Tần suất"]]
    for place_, params, word in plan:
        rows.append([place_, ", ".join(_param(doc, k, key) for k, key in params), freq(doc, word)])
        for k, key in params:
            doc.add("monitoring", {"point": place_.split(" ")[0], k: key, "frequency": word})
    doc.table("Bảng 5.2. Quan trắc nước thải, khí thải", rows, role="monitoring")
    rows = [["Ký hiệu", "Vị trí giếng quan trắc", "Thông số", "Tần suất"]]
    for pid, where in (("NN1", "Giếng thượng nguồn khu hồ chứa dịch hèm (đối chứng)"), ("NN2", "Giếng hạ nguồn hồ chứa dịch hèm số 1"),
                       ("NN3", "Giếng hạ nguồn hồ chứa dịch hèm số 2")):
        params = [("symbol", s) for s in ("pH", "NH4+", "NO3-", "Cl-", "Coliform")]
        rows.append([pid, where, ", ".join(_param(doc, k, key) for k, key in params), freq(doc, "semiannual")])
        for k, key in params:
            doc.add("monitoring", {"point": pid, k: key, "frequency": "semiannual"})
    doc.table("Bảng 5.3. Quan trắc nước dưới đất khu hồ chứa dịch hèm", rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    return DAILY[doc.lang] if word == "daily" else WEEKLY[doc.lang] if word == "weekly" else freq(doc, word)


# frequency: the letter of the schedule and the word of the legend
LETTERS = {
    "ru": {"daily": ("Д", "ежедневно"), "weekly": ("Н", "еженедельно"), "monthly": ("М", "ежемесячно"), "quarterly": ("К", "ежеквартально"),
           "semiannual": ("П", "1 раз в полугодие"), "yearly": ("Г", "1 раз в год")},
    "kk": {"daily": ("К", "күн сайын"), "weekly": ("А", "апта сайын"), "monthly": ("Ай", "ай сайын"), "quarterly": ("Т", "тоқсан сайын"),
           "semiannual": ("ЖЖ", "жарты жылда 1 рет"), "yearly": ("Ж", "жылына 1 рет")},
    "vi": {"daily": ("N", "hằng ngày"), "weekly": ("T", "hằng tuần"), "monthly": ("Th", "hằng tháng"), "quarterly": ("Q", "hằng quý"),
           "semiannual": ("6T", "6 tháng/lần"), "yearly": ("Nă", "hằng năm")},
}  # fmt: skip
WINERY = ("Винодельческий завод «Іле Жүзім»", "«Іле Жүзім» шарап зауыты", "ТОО «Іле Жүзім»", "«Іле Жүзім» ЖШС")
# (RU object, KK object, RU what, KK what, frequency, RU note, KK note, RU checker, KK checker)
WINERY_CHECKS = (
    ("Цех первичного виноделия", "Алғашқы шарап жасау цехы", "вывоз гребней и выжимки, чистота площадки приемки винограда",
     "жүзім сабақтары мен сығындыны шығару, жүзім қабылдау алаңының тазалығы", "daily", " (в сезон переработки)", " (өңдеу маусымында)", "главный винодел", "бас шарап жасаушы"),
    ("Бродильное отделение", "Ашыту бөлімшесі", "работа вытяжной вентиляции, отсутствие проливов сусла", "сорып шығару желдеткішінің жұмысы, шырынның төгілмеуі",
     "weekly", "", "", "начальник бродильного отделения", "ашыту бөлімшесінің бастығы"),
    ("Котельная", "Қазандық", "режим горения, показания газоанализатора", "жану режимі, газ талдағыштың көрсеткіштері", "monthly", "", "", "главный энергетик",
     "бас энергетик"),
    ("Локальные очистные сооружения", "Жергілікті тазарту құрылыстары", "работа нейтрализатора и отстойника, вывоз осадка",
     "бейтараптандырғыш пен тұндырғыштың жұмысы, тұнбаны шығару", "weekly", "", "", "инженер-эколог", "инженер-эколог"),
    ("Площадка накопления отходов", "Қалдықтарды жинақтау алаңы", "маркировка контейнеров, сроки накопления", "контейнерлерді таңбалау, жинақтау мерзімдері",
     "monthly", "", "", "инженер-эколог", "инженер-эколог"),
    ("Склад химреагентов (бентонит, метабисульфит калия, моющие средства)", "Химреагенттер қоймасы (бентонит, калий метабисульфиті, жуғыш заттар)",
     "условия хранения, учет расхода", "сақтау шарттары, шығынды есепке алу", "quarterly", "", "", "заведующий складом", "қойма меңгерушісі"),
    ("Винохранилище (емкостной парк)", "Шарап қоймасы (сыйымдылықтар паркі)", "герметичность емкостей, отсутствие утечек", "сыйымдылықтардың саңылаусыздығы, ағып кетудің болмауы",
     None, "после каждой переливки вина", "шарапты әр құйып алғаннан кейін", "начальник винохранилища", "шарап қоймасының бастығы"),
    ("Документация по экологическому разрешению и ПЭК", "Экологиялық рұқсат және ӨЭБ бойынша құжаттама", "выполнение условий разрешения, сроки отчетности",
     "рұқсат шарттарының орындалуы, есеп беру мерзімдері", "semiannual", "", "", "главный инженер", "бас инженер"),
    ("Система экологического менеджмента", "Экологиялық менеджмент жүйесі", "внутренний аудит по ISO 14001", "ISO 14001 бойынша ішкі аудит", "yearly", "", "", "представитель руководства по СЭМ",
     "ЭМЖ бойынша басшылық өкілі"),
)  # fmt: skip
VN_MINERAL = ("Nhà máy nước khoáng thiên nhiên Suối Ngọc", "Công ty Cổ phần Nước khoáng Suối Ngọc")
VN_MINERAL_CHECKS = (
    ("Khu vực giếng khai thác GK1, GK2", "Vùng bảo hộ vệ sinh, đầu giếng, đồng hồ đo lưu lượng khai thác", "daily", "", "Tổ vận hành giếng"),
    ("Dây chuyền chiết rót chai PET", "Phế phẩm chai, nắp; rò rỉ nước", "daily", "", "Quản đốc phân xưởng chiết rót"),
    ("Hệ thống xử lý nước thải rửa chai, CIP", "Vận hành bể trung hòa, bể lắng; nhật ký vận hành", "weekly", "", "Cán bộ môi trường"),
    ("Kho lưu giữ chất thải nguy hại", "Dán nhãn, thời gian lưu giữ, sổ giao nhận", "monthly", "", "Cán bộ môi trường"),
    ("Kho hóa chất (NaOH, axit peraxetic)", "Điều kiện lưu giữ, bảng chỉ dẫn an toàn", "quarterly", "", "Thủ kho"),
    ("Hồ sơ giấy phép khai thác nước khoáng và giấy phép môi trường", "Thực hiện điều kiện của giấy phép, báo cáo định kỳ", "semiannual", "",
     "Phó Giám đốc kỹ thuật"),
    ("Hệ thống quản lý môi trường ISO 14001", "Đánh giá nội bộ", "yearly", "", "Ban ISO"),
    ("Khu vực giếng khai thác sau mưa lũ", "Ngập úng, sạt lở quanh đầu giếng", None, "Sau mỗi đợt mưa lũ", "Tổ vận hành giếng"),
)  # fmt: skip


def inspections_ib1(doc: Doc) -> None:
    """A winery's schedule of internal checks whose frequency column holds only the schedule's letters (`Д`, `Н`, `М`,
    `К`, `П`, `Г`; KK `К`, `А`, `Ай` …) explained in a legend line under the table, one with the season after it, and a
    check of the wine store after each transfer of wine, which has no letter and no frequency (VI: a mineral-water
    bottler's `N`, `T`, `Th`, `Q`, `6T`, `Nă` and a check of its wells after each flood)."""
    vi = doc.lang == "vi"
    g = doc.v
    letters = LETTERS[doc.lang]
    if vi:
        plant, company = VN_MINERAL
        doc.h(f"LỊCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {company}. Kết quả kiểm tra ghi vào sổ tự kiểm tra và báo cáo Giám đốc hằng tháng.")
        checks = [(o, o, w, w, f, n, n, c, c) for o, w, f, n, c in VN_MINERAL_CHECKS]
    else:
        doc.h(g(f"График внутренних проверок соблюдения экологических требований на 2026 год. {WINERY[2]} ({WINERY[0]})",
                f"{WINERY[3]} ({WINERY[1]}). Экологиялық талаптардың сақталуын ішкі тексерулердің 2026 жылға арналған кестесі", ""))
        doc.p(g("Утвержден приказом директора. Результаты проверок фиксируются в журнале внутреннего контроля.",
                "Директордың бұйрығымен бекітілді. Тексеру нәтижелері ішкі бақылау журналында тіркеледі.", ""))
        checks = WINERY_CHECKS
    L = 0 if doc.lang in ("ru", "vi") else 1
    rows = [g(["№", "Объект проверки", "Что проверяется", "Периодичность*", "Проверяющий"], ["№", "Тексеру объектісі", "Не тексеріледі", "Кезеңділігі*", "Тексеруші"],
              ["TT", "Đối tượng kiểm tra", "Nội dung kiểm tra", "Tần suất*", "Người kiểm tra"])]
    for k, c in enumerate(checks, 1):
        obj, what, word, note, who = c[L], c[2 + L], c[4], c[5 + L], c[7 + L]
        cell = letters[word][0] + note if word else note
        rows.append([str(k), obj, what, cell, who])
        item = {"kind": "inspection", "text_contains": _words(obj.split(" (")[0], 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1", "1-кесте", "Bảng 1. Lịch tự kiểm tra"), rows, role="inspections")
    legend = "; ".join(f"{a} – {b}" for a, b in letters.values())
    doc.p(g(f"* Условные обозначения: {legend}.", f"* Шартты белгілер: {legend}.", f"* Ký hiệu tần suất: {legend}."))
    maybe_distractor(doc)


# (RU workshop, KK workshop, VI workshop, RU responsible, KK responsible, VI responsible)
SHOPS = (
    ("Цех первичной обработки табака", "Темекіні алғашқы өңдеу цехы", "Phân xưởng Sợi", "начальник цеха первичной обработки", "алғашқы өңдеу цехының бастығы",
     "Quản đốc phân xưởng Sợi"),
    ("Сигаретный цех", "Темекі цехы", "Phân xưởng Bao", "начальник сигаретного цеха", "темекі цехының бастығы", "Quản đốc phân xưởng Bao"),
    ("Котельная", "Қазандық", "Khu lò hơi", "главный энергетик", "бас энергетик", "Trưởng ca lò hơi"),
    ("Склад сырья и материалов", "Шикізат пен материалдар қоймасы", "Kho nguyên liệu", "заведующий складом", "қойма меңгерушісі", "Thủ kho nguyên liệu"),
    ("Площадка накопления отходов", "Қалдықтарды жинақтау алаңы", "Kho chất thải", "инженер-эколог", "инженер-эколог", "Cán bộ môi trường"),
)  # fmt: skip
# (RU check, KK check, VI check, frequency per workshop)
SHOP_CHECKS = (
    ("Работа аспирационных систем и рукавных фильтров (перепад давления)", "Аспирация жүйелері мен жеңді сүзгілердің жұмысы (қысым айырмасы)",
     "Hoạt động của hệ thống lọc bụi túi vải (chênh áp)", ("weekly", "weekly", None, None, None)),
    ("Раздельный сбор и маркировка отходов", "Қалдықтарды бөлек жинау және таңбалау", "Phân loại, dán nhãn chất thải", ("monthly", "monthly", None, "monthly", "weekly")),
    ("Режим горения котлов, журнал газоанализатора", "Қазандардың жану режимі, газ талдағыш журналы", "Chế độ đốt lò hơi, sổ nhật ký vận hành",
     (None, None, "daily", None, None)),
    ("Утечки масел и ГСМ, наличие сорбентов", "Майлар мен ЖЖМ ағып кетуі, сорбенттердің болуы", "Rò rỉ dầu, nhớt; vật liệu thấm hút",
     ("quarterly", "quarterly", "monthly", None, None)),
    ("Санитарное состояние помещений и прилегающей территории", "Үй-жайлар мен іргелес аумақтың санитариялық жай-күйі", "Vệ sinh nhà xưởng và khu vực xung quanh",
     ("weekly", "weekly", "monthly", "weekly", "weekly")),
)  # fmt: skip


def inspections_ib2(doc: Doc) -> None:
    """A tobacco factory's matrix of internal checks: what is checked as rows and the workshops as columns, the frequency
    written in each cell that applies and `—` in the others, and who checks each workshop only in the last row of the
    table (`Ответственный за проверку`), so that every filled cell is one check of one workshop by that workshop's
    responsible (VI: a Vinataba cigarette factory's `Phân xưởng Sợi`, `Phân xưởng Bao` … and `Người kiểm tra`)."""
    g = doc.v
    i = vocab.LANGS.index(doc.lang)
    if doc.lang == "vi":
        plant, company = VN_SITES[0][0], VN_SITES[0][1]
        doc.h(f"MA TRẬN KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG – {plant.upper()}")
        doc.p(f"Ban hành kèm theo Quy chế bảo vệ môi trường của {company}. Ô ghi tần suất là nội dung bắt buộc kiểm tra tại khu vực; ô “—” là không áp dụng.")
    else:
        s = SITES_KZ[0]
        doc.h(g(f"Матрица внутренних проверок по охране окружающей среды. {s[2]} ({s[0]})", f"{s[3]} ({s[1]}). Қоршаған ортаны қорғау жөніндегі ішкі тексерулер матрицасы", ""))
        doc.p(g("Приложение к Положению о производственном экологическом контроле. В ячейках указана периодичность проверки; «—» – не применяется.",
                "Өндірістік экологиялық бақылау туралы ережеге қосымша. Ұяшықтарда тексеру кезеңділігі көрсетілген; «—» – қолданылмайды.", ""))
    rows = [[g("Что проверяется", "Не тексеріледі", "Nội dung kiểm tra"), *(shop[i] for shop in SHOPS)]]
    for check in SHOP_CHECKS:
        words = check[3]
        rows.append([check[i], *(_fw(doc, w) if w else "—" for w in words)])
        for shop, w in zip(SHOPS, words, strict=True):
            if w:
                doc.add("obligations", {"kind": "inspection", "text_contains": _words(shop[i], 3), "actor_contains": shop[3 + i], "frequency": w})
    rows.append([g("Ответственный за проверку", "Тексеруге жауапты", "Người kiểm tra"), *(shop[3 + i] for shop in SHOPS)])
    doc.table(g("Таблица 1 – Матрица проверок", "1-кесте – Тексерулер матрицасы", "Bảng 1. Ma trận kiểm tra"), rows, role="inspections")
    distractor(doc, "approval")


# ---------------------------------------------------------------- tasks

# ((RU goal, KK goal), (2025, 2028) or None, [(RU measure, KK measure, RU effect, KK effect, RU term, KK term, RU who, KK who, million tenge)])
BREW_GOALS = (
    (("Цель 1. Удельное водопотребление, гл/гл", "1-мақсат. Меншікті су тұтыну, гл/гл"), (4.3, 3.6), [
        ("Внедрить повторное использование последней промывной воды CIP-станций", "CIP-станциялардың соңғы жуу суын қайта пайдалануды енгізу",
         "−0,25 гл/гл", "−0,25 гл/гл", "II кв. 2026 г.", "2026 ж. II тоқсан", "Главный инженер", "Бас инженер", 45),
        ("Установить узлы учета воды на вводах всех цехов (14 шт.)", "Барлық цехтардың кірмелеріне су есепке алу тораптарын орнату (14 дана)",
         "учет 100 % водопотребления", "су тұтынудың 100 %-ын есепке алу", "2026 г.", "2026 ж.", "Главный энергетик", "Бас энергетик", 18),
        ("Заменить туннельный пастеризатор линии № 2 на пастеризатор с рекуперацией воды", "№ 2 желінің туннельді пастеризаторын суды рекуперациялайтын пастеризаторға ауыстыру",
         "−0,3 гл/гл", "−0,3 гл/гл", "2027 г.", "2027 ж.", "Начальник цеха розлива", "Құю цехының бастығы", 310)]),
    (("Цель 2. Удельный расход тепловой энергии, МДж/гл", "2-мақсат. Жылу энергиясының меншікті шығыны, МДж/гл"), (118, 95), [
        ("Установить энергоаккумулятор вторичного пара сусловарочного котла", "Сусло қайнату қазанының қайталама буына энергия аккумуляторын орнату",
         "−14 МДж/гл", "−14 МДж/гл", "2027 г.", "2027 ж.", "Начальник варочного цеха", "Қайнату цехының бастығы", 260),
        ("Восстановить теплоизоляцию паропроводов и конденсатопроводов", "Бу құбырлары мен конденсат құбырларының жылу оқшаулауын қалпына келтіру",
         "−5 МДж/гл", "−5 МДж/гл", "III кв. 2026 г.", "2026 ж. III тоқсан", "Главный энергетик", "Бас энергетик", 22)]),
    (("Цель 3. Выбросы и сбросы", "3-мақсат. Шығарындылар мен төгінділер"), None, [
        ("Ввести в эксплуатацию установку рекуперации CO2 брожения производительностью 500 кг/ч", "Өнімділігі сағатына 500 кг ашыту CO2 рекуперациялау қондырғысын пайдалануға беру",
         "отказ от покупного CO2", "сатып алынатын CO2-ден бас тарту", "2026 г.", "2026 ж.", "Главный механик", "Бас механик", 190),
        ("Построить анаэробный реактор на локальных очистных сооружениях", "Жергілікті тазарту құрылыстарында анаэробты реактор салу",
         "ХПК на выпуске не более 500 мг/дм³", "шығарылымдағы ОХТ 500 мг/дм³-ден аспайды", "2028 г.", "2028 ж.", "Главный инженер", "Бас инженер", 540)]),
)  # fmt: skip


def tasks_ib1(doc: Doc) -> None:
    """A brewery's plan of cutting its specific use of water and heat for 2026–2028, measures `1.1` under goal rows that
    span the table and carry the indicator's value of 2025 and its target for 2028 in hectolitres of water a hectolitre of
    beer and megajoules a hectolitre, the expected effect of each measure in the same units, the term, the one responsible
    and the cost (VI: a sugar-cane ethanol plant's cleaner-production plan, options coded `GP-01` … with their group of
    options, cost, benefit, the unit carrying them out and the time)."""
    if doc.lang == "vi":
        _tasks_ib1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    b = doc.pick(BREWERIES)
    doc.h(g(f"План мероприятий по ресурсосбережению на 2026–2028 годы. {b[2]}, {b[0]}", f"{b[3]}, {b[1]}. 2026–2028 жылдарға арналған ресурс үнемдеу жөніндегі іс-шаралар жоспары", ""))
    doc.p(g("Показатели удельного расхода рассчитаны на 1 гл выпущенного пива; базовый год – 2025.", "Меншікті шығын көрсеткіштері шығарылған 1 гл сыраға есептелген; базалық жыл – 2025.", ""))
    rows = [g(["№", "Мероприятие", "Ожидаемый эффект", "Срок", "Ответственный", "Затраты, млн тенге"],
              ["№", "Іс-шара", "Күтілетін нәтиже", "Мерзімі", "Жауапты", "Шығындар, млн теңге"], [])]
    merges = []
    for s, ((g_ru, g_kk), values, measures) in enumerate(BREW_GOALS, 1):
        goal = (g_ru, g_kk)[L]
        if values:
            goal += g(f": 2025 г. – {num(values[0], 'ru')}, целевое значение 2028 г. – {num(values[1], 'ru')}",
                      f": 2025 ж. – {num(values[0], 'kk')}, 2028 ж. нысаналы мәні – {num(values[1], 'kk')}", "")
        _span(rows, merges, goal, 6)
        for k, (m_ru, m_kk, e_ru, e_kk, t_ru, t_kk, w_ru, w_kk, cost) in enumerate(measures, 1):
            text, who = (m_ru, m_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{s}.{k}", text, (e_ru, e_kk)[L], (t_ru, t_kk)[L], who, num(cost, doc.lang)])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(g("Таблица 1 – Мероприятия по ресурсосбережению", "1-кесте – Ресурс үнемдеу жөніндегі іс-шаралар", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


# (code, option, group, million đồng, benefit, unit, time)
VN_CP = (
    ("GP-01", "Thu hồi nước ngưng từ tháp chưng cất để cấp lại cho lò hơi", "Tái sử dụng tại chỗ", 850, "Giảm 15 % nước cấp lò hơi", "Phân xưởng Lò hơi", "Quý II/2026"),
    ("GP-02", "Lắp biến tần cho bơm dịch lên men và quạt hút lò hơi", "Cải tiến thiết bị", 1200, "Giảm 8 % điện năng tiêu thụ", "Phòng Cơ điện", "Quý III/2026"),
    ("GP-03", "Thu hồi CO2 từ bồn lên men để sản xuất CO2 lỏng", "Sản xuất sản phẩm phụ hữu ích", 9500, "Thu hồi 12 tấn CO2 lỏng/ngày", "Ban Quản lý dự án", "Năm 2027"),
    ("GP-04", "Cô đặc dịch hèm sau bể UASB để sản xuất phân bón hữu cơ", "Sản xuất sản phẩm phụ hữu ích", 6800, "Giảm 40 % thể tích hồ chứa dịch hèm",
     "Phòng Kỹ thuật – Môi trường", "Năm 2027"),
    ("GP-05", "Che chắn băng tải và kho bã mía để giảm bụi và thất thoát nhiên liệu", "Quản lý nội vi", 320, "Giảm bụi khu kho nhiên liệu", "Phân xưởng Lò hơi",
     "Quý II/2026"),
    ("GP-06", "Đào tạo công nhân vận hành về thao tác tiết kiệm hơi, nước", "Quản lý nội vi", 60, "Giảm thất thoát hơi", "Phòng Tổ chức – Hành chính", "Tháng 3/2026"),
)  # fmt: skip


def _tasks_ib1_vi(doc: Doc) -> None:
    plant, company, _, _ = doc.pick(VN_ETHANOL)
    doc.h(f"KẾ HOẠCH THỰC HIỆN CÁC GIẢI PHÁP SẢN XUẤT SẠCH HƠN GIAI ĐOẠN 2026 – 2027 – {plant.upper()}")
    doc.p(f"Kế hoạch do Đội sản xuất sạch hơn của {company} lập sau khi đánh giá sản xuất sạch hơn năm 2025; các giải pháp được sắp xếp theo mã.")
    rows = [["Mã giải pháp", "Giải pháp sản xuất sạch hơn", "Nhóm giải pháp", "Chi phí đầu tư (triệu đồng)", "Lợi ích dự kiến", "Bộ phận thực hiện", "Thời gian"]]
    for code, text, group, cost, benefit, unit, time in VN_CP:
        rows.append([code, text, group, num(cost, "vi"), benefit, unit, time])
        doc.add("obligations", {"kind": "task", "number": code, "text_contains": _words(text, 5), "actor_contains": unit})
    doc.table("Bảng 4. Danh mục giải pháp sản xuất sạch hơn được lựa chọn thực hiện", rows, role="tasks")
    maybe_distractor(doc)


# the district's akimat for each site of SITES_KZ: (RU, KK)
AKIMATS = (("Акимат Илийского района Алматинской области", "Алматы облысы Іле ауданының әкімдігі"),
           ("Акимат Алатауского района города Алматы", "Алматы қаласы Алатау ауданының әкімдігі"),
           ("Акимат города Костаная", "Қостанай қаласының әкімдігі"))
# (RU, KK, RU term, KK term, RU source, KK source)
PLANT_PLEDGES = (
    ("Высадить не менее 2 000 саженцев деревьев в санитарно-защитной зоне и вдоль подъездной дороги",
     "Санитариялық-қорғаныш аймағында және кірме жол бойында кемінде 2 000 ағаш көшетін отырғызу", "апрель – май 2026 г.", "2026 ж. сәуір – мамыр"),
    ("Передавать на переработку не менее 90 % образующихся отходов упаковки", "Түзілетін орама қалдықтарының кемінде 90 %-ын қайта өңдеуге беру", "ежегодно", "жыл сайын"),
    ("Заменить горелки котельной на горелки с пониженным образованием оксидов азота", "Қазандықтың жанарғыларын азот оксидтерінің түзілуі төмен жанарғыларға ауыстыру",
     "до 31.12.2026", "31.12.2026 дейін"),
    ("Размещать на сайте предприятия годовой отчет по производственному экологическому контролю", "Өндірістік экологиялық бақылау бойынша жылдық есепті кәсіпорын сайтында орналастыру",
     "до 1 апреля ежегодно", "жыл сайын 1 сәуірге дейін"),
    ("Участвовать в весеннем и осеннем месячниках по санитарной очистке прилегающей территории", "Іргелес аумақты санитариялық тазалау жөніндегі көктемгі және күзгі айлықтарға қатысу",
     "апрель, октябрь", "сәуір, қазан"),
)  # fmt: skip
AKIMAT_PLEDGES = (
    ("Предоставить земельный участок площадью 3 га для создания зеленой зоны", "Жасыл аймақ құру үшін ауданы 3 га жер учаскесін беру", "I квартал 2026 г.", "2026 ж. I тоқсан"),
    ("Обеспечить вывоз крупногабаритных отходов с прилегающей территории в период месячников", "Айлықтар кезеңінде іргелес аумақтан ірі габаритті қалдықтарды шығаруды қамтамасыз ету",
     "апрель, октябрь", "сәуір, қазан"),
    ("Включить в бюджетную заявку строительство ливневой канализации вдоль подъездной дороги", "Кірме жол бойындағы нөсер кәрізін салуды бюджеттік өтінімге енгізу",
     "2027 г.", "2027 ж."),
)  # fmt: skip


def tasks_ib2(doc: Doc) -> None:
    """A memorandum of cooperation on the environment between a tobacco factory, a tea-packing factory or a malt house and
    the akimat of its district, the commitments in one table under two section rows that alone say who commits — `2.
    ТОО «…» (далее – Предприятие) обязуется:` and `3. Акимат … обязуется:` — with no column of who acts, items `2.1` …
    `3.3` with their terms (VI: an instant-coffee or a tea factory's agreement with the People's Committee of its commune,
    the company's and the committee's duties under two section rows)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        plant, company, place = doc.pick([VN_SITES[1][:3], VN_SITES[2][:3]])
        ubnd = "Ủy ban nhân dân phường B'Lao" if "Lâm Đồng" in place else "Ủy ban nhân dân xã Hòa Phú"
        doc.h("BIÊN BẢN THỎA THUẬN PHỐI HỢP TRONG CÔNG TÁC BẢO VỆ MÔI TRƯỜNG GIAI ĐOẠN 2026 – 2028")
        doc.p(f"Hôm nay, ngày {r.randint(2, 27):02d}/01/2026, tại trụ sở {ubnd}, đại diện {ubnd} và {company} ({plant}) thống nhất nội dung phối hợp như sau.")
        parties = ((f"II. TRÁCH NHIỆM CỦA {company.upper()}", company.split("Công ty Cổ phần ")[-1], (
                        ("Trồng 1.500 cây xanh trong hàng rào nhà máy và dọc đường vào khu sản xuất", "Quý II/2026"),
                        ("Thu gom, chuyển giao toàn bộ bao bì thải cho đơn vị tái chế có chức năng", "Hằng năm"),
                        ("Cải tạo hệ thống xử lý nước thải, bảo đảm nước thải đạt QCVN 40:2011/BTNMT cột B", "Trước 31/12/2026"),
                        ("Công khai kết quả quan trắc môi trường định kỳ tại trụ sở UBND", "Sau mỗi đợt quan trắc"))),
                   (f"III. TRÁCH NHIỆM CỦA {ubnd.upper()}", "Ủy ban nhân dân", (
                        ("Bố trí quỹ đất 2 ha làm vùng đệm cây xanh giữa nhà máy và khu dân cư", "Năm 2026"),
                        ("Tổ chức đối thoại với người dân về ý kiến phản ánh mùi, tiếng ồn", "06 tháng/lần"),
                        ("Đưa tuyến mương thoát nước dọc đường liên thôn vào kế hoạch đầu tư công", "Năm 2027"))))
        rows, merges = [["TT", "Nội dung", "Thời gian thực hiện"]], []
        for s, (section, actor, items) in enumerate(parties, 2):
            _span(rows, merges, section, 3)
            for k, (text, term) in enumerate(items, 1):
                rows.append([f"{s}.{k}", text, term])
                doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": actor})
        doc.table("Bảng. Nội dung phối hợp", rows, merges, role="tasks")
        return
    L = _L(doc)
    k_site = r.randrange(len(SITES_KZ))
    s = SITES_KZ[k_site]
    operator, akimat = s[2 + L], AKIMATS[k_site][L]
    doc.h(g("Меморандум о сотрудничестве в области охраны окружающей среды на 2026–2028 годы", "2026–2028 жылдарға арналған қоршаған ортаны қорғау саласындағы ынтымақтастық туралы меморандум", ""))
    doc.p(g(f"{akimat} и {operator} ({s[0]}) в целях улучшения экологической обстановки на территории района договорились о нижеследующем.",
            f"{akimat} және {operator} ({s[1]}) аудан аумағындағы экологиялық ахуалды жақсарту мақсатында төмендегілер туралы уағдаласты.", ""))
    rows = [g(["№", "Мероприятие", "Срок исполнения"], ["№", "Іс-шара", "Орындау мерзімі"], [])]
    merges = []
    sections = ((g(f"2. {operator} (далее – Предприятие) обязуется:", f"2. {operator} (бұдан әрі – Кәсіпорын) міндеттенеді:", ""), _core(operator), PLANT_PLEDGES),
                (g(f"3. {akimat} обязуется:", f"3. {akimat} міндеттенеді:", ""), g("акимат", "әкімдігі", ""), AKIMAT_PLEDGES))
    for n, (section, actor, items) in enumerate(sections, 2):
        _span(rows, merges, section, 3)
        for k, (t_ru, t_kk, d_ru, d_kk) in enumerate(items, 1):
            text = (t_ru, t_kk)[L]
            rows.append([f"{n}.{k}", text, (d_ru, d_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": f"{n}.{k}", "text_contains": _words(text, 4), "actor_contains": actor})
    doc.table(None, rows, merges, role="tasks")
    doc.p(g("4. Стороны ежегодно до 1 февраля подводят итоги выполнения меморандума.", "4. Тараптар жыл сайын 1 ақпанға дейін меморандумның орындалу қорытындысын шығарады.", ""))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IB{k}", globals()[f"{role}_ib{k}"]) for role in ROLES for k in (1, 2)]
