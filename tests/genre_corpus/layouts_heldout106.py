"""A blind held-out set (two layouts per role, `JK1` and `JK2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: biogas, biomass and pellets. Kazakhstan: biogas plants at dairy complexes in Kostanay, Akmola and North Kazakhstan
oblasts with their digesters, membrane gas holders, cogeneration engines (КГУ), flares, substrate heaters and digestate
lagoons under floating covers; biogas stations at poultry farms near Almaty, Pavlodar and Shymkent digesting litter and
cage manure and selling their digestate as a registered fertiliser; straw pellet plants of the northern grain belt with
their shredders, hammer mills, drum dryers on straw and pellet coolers; the sunflower-husk boiler houses of oil plants at
Ust-Kamenogorsk, Taldykorgan and Petropavl (a carbon-offset project design document, a contractor's report on adjusting
boilers, an emission calculation sheet by stack blocks, an НДВ table before and after cleaning, a waste programme with
the station's products among its wastes, an ash calculation by formula, a protocol at the engines reduced to 5 % O2,
groundwater at digestate lagoons, a ПЭК matrix of frequency letters, a programme by Roman months, a regulation of rounds by
who goes round, a schedule of month marks, a start-up programme in days and a plan of preparing for the heating season).
Vietnam: pig farms with HDPE-covered biogas digesters, biogas generators and flares in Đồng Nai, Thanh Hóa and Quảng Ngãi,
rice-husk pellet plants in the Mekong delta (An Giang, Đồng Tháp, Cần Thơ), wood pellet plants of the central provinces
(Gia Lai – formerly Bình Định –, Quảng Trị, Quảng Ngãi) (a VCS project design document, an SBP supply base report, loads
from emission factors per 1,000 m³ of biogas, ĐTM loads before and after treatment, báo cáo công tác bảo vệ môi trường,
phiếu kết quả quan trắc against QCVN 62-MT:2016/BTNMT and QCVN 19:2009/BTNMT, chương trình quan trắc, quy trình kiểm tra,
kế hoạch tự kiểm tra, kế hoạch khởi động and a buyer's corrective action plan).

Facility: section A of a carbon-offset PDD of a dairy complex's biogas plant, `Пункт | Наименование раздела | Сведения`
under section rows `A.1` … `A.4`, the operator's BIN in the cell of its name, the PDD consultant's BIN, the registry ID and
the methodology's version as look-alikes, KATO, the centre in decimal degrees with a comma, the category beside the
screening conclusion's number, the reductions by year in a table of no role (VI: a pig farm's VCS project, the owner's
and the consultant's enterprise numbers, `Nhóm II`) (JK1); a contractor's technical report on adjusting the husk-fired
boilers of an oil plant, `Показатель | Значение` under three section rows — the customer with its BIN, the boiler house
with KATO, DMS coordinates and category, the adjusting firm with a BIN and an accreditation of its own — and a boiler's
operating chart in a table of no role (VI: a wood pellet plant's SBP supply base report, producer, geographic position,
SBP and FSC codes, no group, the feedstock in a table of no role) (JK2).

Emissions: a dairy biogas plant's calculation sheet, a row spanning the table per stack over its substances, the emission
per m³ of biogas, the biogas an hour and the hours a year merged down the block, g/s and t/year, an `Итого по ИЗА` row
closing each block, the flare working only while the engines stand; the lagoons, the receiving tank and the solid
digestate from their surface and an emission per m² a day in a second table; the biogas's composition in a table of no
role (VI: a pig farm's generators, flare and heater from factors in kg per 1,000 m³, kg a day and g/s only — no tonnes a
year — then the odours of its ponds in g/s and tonnes) (JK1); a straw pellet plant's НДВ table with what each source gives
off before cleaning and what it emits after as two `г/с | т/год` pairs under merged headers, the device and its
efficiency between them, the dryer's gases and soot with dashes and the same figures twice, a total after cleaning (VI: a
rice-husk pellet plant's ĐTM loads, kg an hour before, the measure and its efficiency, g/s and tonnes a year after) (JK2).

Wastes: a poultry farm biogas station's waste programme in one table under three group rows — the manure and hatchery
waste it accepts, the wastes of its own operation, and its products (liquid digestate registered as a fertiliser in m³,
the solid fraction) with a dash for a code and `не является отходом`, which are no wastes (VI: a pig farm's CTNH in
kilograms, then its ordinary wastes beside the separated manure sold as `Phụ phẩm – không phải chất thải`) (JK1); a
husk boiler house's waste calculation, the husk burnt, its ash content, the share carried off and the cyclones' catch as
columns before the tonnes, bottom ash and fly ash both under `10 01 01` from the formula above the table, dashes for the
other wastes, a total (VI: a wood pellet plant's wastes by quarter with the year last, the unit in a column of its own,
`kg` for CTNH and `tấn` for the rest, numbering restarting under each group row) (JK2).

Limits: a protocol at the cogeneration engines of a poultry farm's biogas station with the КЭР's technological norms, the
engine and its O2 merged down over the substances, the concentration at the actual O2 and the same reduced to 5 % O2 —
only the latter judged against the norm — and an engine in reserve written across its row (VI: a pig farm's waste water at
three points, only the outlet `NT3` judged against QCVN 62-MT:2016/BTNMT column B, the other two marked `(*)` as checks of
the treatment) (JK1); groundwater in the observation wells around digestate lagoons, the ПДК in the third column, each
well a merged header over its April and October samples, the upstream background well judged like the others, ammonium
at times above the ПДК below a lagoon (VI: a wood pellet plant's two stacks against QCVN 19:2009/BTNMT column B times Kp and Kv,
flow, temperature and O2 rows of no limit, the cyclone's stack measured for dust alone) (JK2).

Monitoring: a dairy biogas plant's ПЭК programme as a matrix, places of control as rows, substances as columns headed by
code and name, a frequency letter in each cell — `М`, `К`, `П`, `Г` (KK `А`, `Т`, `ЖЖ`, `Ж`) — or a dash, the letters
explained only under the table, the biogas's own analyser told in a paragraph and no duty (VI: a pig farm's programme with
`x` under the parameters and the frequency last) (JK1); a husk boiler house's programme with no frequency column, the
months of sampling in Roman numerals (`III, VI, IX, XII`, `IV, X`, `I`, `I–XII`) alone giving the frequency, the same stack
in three rows at three frequencies, the husk ash under its own code 3739 (VI: a rice-husk pellet plant's plan by `Tháng 3,
6, 9 và 12`, flow and temperature among the parameters with no key) (JK2).

Inspections: a dairy biogas plant's regulation of rounds, the frequency written under the column of the one who goes round
— shift operator, foreman, chief power engineer — so that a row holds up to three checks, a dash where one does not go and
`каждую смену`, which is no frequency of the contract (VI: a pig farm's rounds by operator, team leader and farm manager,
`Mỗi ca`) (JK1); a straw pellet plant's yearly schedule of internal checks, `+` marks under the months `I` … `XII` the only
sign of the frequency, the responsible before the months (VI: a wood pellet plant's `T1` … `T12` with `x`) (JK2).

Tasks: a poultry farm biogas station's start-up programme, measures `1.1` under stage rows, the time as days counted from
the start (`–10…–1`, `9–45`), a criterion of completion full of figures and the responsible, the equipment supplier's
engineer among the station's people (VI: a pig farm's start-up of its digester and generators, `Ngày thứ 4 – 40`) (JK1); a
husk boiler house's plan of preparing for the heating season under section rows by system, a unit and a volume beside the
item numbers, a term, the responsible and an empty column for the mark of completion (VI: a rice-husk pellet plant's
corrective action plan after a Korean buyer's audit, the findings' codes `NC-01`, `OBS-02` beside the item numbers and the
evidence of completion) (JK2).
"""

from __future__ import annotations

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, num
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
    """The quoted part of a name (`Береке Сүт` of `МТК «Береке Сүт»`)."""
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


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`49°57′03,6″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


def _dec(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`53,26412° с.ш.` and its value."""
    v = round(value, 5)
    return f"{num(v, lang)}° {HEMI[lang][0 if lat else 1]}", v


# code: (RU, KK, VI) of pollutants the vocabulary does not name
EXTRA = {
    "3739": ("Зола подсолнечной лузги", "Күнбағыс қауызының күлі", ""),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _param(doc: Doc, kind: str, key: str) -> str:
    """A parameter's name: an air pollutant by its code (a formula in Vietnamese), else a water parameter."""
    if kind == "code":
        return _air(doc, key, 1 if doc.lang == "vi" else 0)
    return vocab.water(key, doc.lang)


def _maybe_other(doc: Doc, share: float = 0.35) -> None:
    """Now and then a table of no role: contents, an approval sheet, contacts or a budget (no equipment list, whose coal
    boiler and crusher would not belong to these plants)."""
    if doc.rng.random() < share:
        distractor(doc, doc.pick(("contents", "approval", "contacts", "budget")))


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU short, KK short, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, head of cattle,
#  digesters, m3 each, gas holder m3, kWe of an engine)
CATTLE = (
    ("Молочно-товарный комплекс «Береке Сүт»", "«Береке Сүт» сүт-тауар кешені", "МТК «Береке Сүт»", "«Береке Сүт» СТК",
     "ТОО «Береке Сүт Агро»", "«Береке Сүт Агро» ЖШС",
     "Костанайская область, Костанайский район, Заречный сельский округ, 4 км северо-восточнее с. Заречное",
     "Қостанай облысы, Қостанай ауданы, Заречный ауылдық округі, Заречное ауылынан солтүстік-шығысқа қарай 4 км", "395",
     53.262, 63.518, 2400, 2, 3000, 1200, 526),
    ("Молочно-товарный комплекс «Ақмола Сүт»", "«Ақмола Сүт» сүт-тауар кешені", "МТК «Ақмола Сүт»", "«Ақмола Сүт» СТК",
     "ТОО «Ақмола Сүт Өнімдері»", "«Ақмола Сүт Өнімдері» ЖШС",
     "Акмолинская область, Целиноградский район, Кабанбай батырский сельский округ, участок 112",
     "Ақмола облысы, Целиноград ауданы, Қабанбай батыр ауылдық округі, 112-учаске", "116", 51.063, 71.702, 1800, 2, 2500, 1000, 400),
    ("Молочный комплекс «Есіл Агро»", "«Есіл Агро» сүт кешені", "МК «Есіл Агро»", "«Есіл Агро» СК",
     "ТОО «Есіл Агро Сүт»", "«Есіл Агро Сүт» ЖШС",
     "Северо-Казахстанская область, Кызылжарский район, Бескольский сельский округ, 2,5 км западнее с. Бесколь",
     "Солтүстік Қазақстан облысы, Қызылжар ауданы, Бескөл ауылдық округі, Бескөл ауылынан батысқа қарай 2,5 км", "595",
     54.781, 69.052, 3100, 3, 2800, 1500, 526),
)  # fmt: skip


def facility_jk1(doc: Doc) -> None:
    """Section A of the project design document (PDD) of a carbon-offset project capturing the methane of a dairy complex's
    manure in its biogas plant, `Пункт | Наименование раздела | Сведения` under section rows `A.1` … `A.4`: the standard, the
    registry's project ID and the version of the methodology AMS-III.D as look-alike numbers, the project owner and operator
    with its BIN written in the same cell as its name, the consultant who wrote the PDD with a BIN of its own, the buyer of
    the units, the site's KATO, its centre in decimal degrees with a comma (`53,26412° с.ш.`), the category with the
    screening conclusion's number beside it, the herd and the plant; the expected reductions by year in a table of no role
    (VI: a pig farm's methane-recovery project, the farm's company with its enterprise number, the consultant's number, the
    group `Nhóm II`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jk1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CATTLE)
    name, short, operator, place = c[L], c[2 + L], c[4 + L], c[6 + L]
    prefix, lat0, lon0, cows, n_dig, v_dig, v_gas, kwe = c[8:]
    bin_, bin_consult = make_bin(r), make_bin(r)
    kato = _kato(doc, prefix)
    lat, lat_v = _dec(lat0 + r.uniform(-0.004, 0.004), True, doc.lang)
    lon, lon_v = _dec(lon0 + r.uniform(-0.004, 0.004), False, doc.lang)
    vcs_id = r.randint(4100, 5900)
    screening = f"KZ{r.randint(10, 99)}VWF{r.randint(10**7, 10**8 - 1):08d}"
    sdate = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2025"
    n_eng = 2 if kwe > 450 else 3
    reduction = round(cows * r.uniform(6.2, 7.4), -1)
    doc.h(g(f"Проектная документация (PDD). Улавливание метана и выработка электроэнергии на биогазовой установке {short}",
            f"Жобалық құжаттама (PDD). {short} биогаз қондырғысында метанды ұстау және электр энергиясын өндіру", ""))
    doc.p(g("Документ подготовлен для валидации проекта по стандарту Verified Carbon Standard. Проект предусматривает сбор навоза "
            "крупного рогатого скота, его анаэробное сбраживание в метантенках, сжигание биогаза в когенерационных установках и на "
            "факеле и хранение дигестата в закрытых лагунах вместо открытых навозохранилищ, используемых в базовом сценарии.",
            "Құжат жобаны Verified Carbon Standard стандарты бойынша валидациялау үшін дайындалды. Жоба ірі қара мал көңін жинауды, оны "
            "метантенктерде анаэробты ашытуды, биогазды когенерациялық қондырғыларда және алауда жағуды, сондай-ақ дигестатты базалық "
            "сценарийдегі ашық көң қоймаларының орнына жабық лагуналарда сақтауды көздейді.", ""))
    rows = [g(["Пункт", "Наименование раздела", "Сведения"], ["Тармақ", "Бөлімнің атауы", "Мәліметтер"], [])]
    merges: list = []
    _span(rows, merges, g("A.1 Общие сведения о проекте", "A.1 Жоба туралы жалпы мәліметтер", ""), 3)
    rows += [["A.1.1", g("Наименование проекта", "Жобаның атауы", ""),
              g(f"Улавливание метана из навоза КРС и выработка электроэнергии на биогазовой установке {short}",
                f"{short} биогаз қондырғысында ІҚМ көңінен метанды ұстау және электр энергиясын өндіру", "")],
             ["A.1.2", g("Стандарт, реестр", "Стандарт, тізілім", ""),
              g(f"VCS, версия 4.7; реестр Verra, ID проекта {vcs_id}", f"VCS, 4.7 нұсқасы; Verra тізілімі, жоба ID {vcs_id}", "")],
             ["A.1.3", g("Секторальная область", "Секторлық сала", ""),
              g("13 – обращение с отходами и их удаление; маломасштабный проект", "13 – қалдықтармен жұмыс істеу және оларды жою; шағын ауқымды жоба", "")],
             ["A.1.4", g("Применяемая методология", "Қолданылатын әдіснама", ""),
              g("AMS-III.D «Улавливание метана в системах управления навозом», версия 21.0",
                "AMS-III.D «Көңді басқару жүйелерінде метанды ұстау», 21.0 нұсқасы", "")]]
    _span(rows, merges, g("A.2 Участники проекта", "A.2 Жобаға қатысушылар", ""), 3)
    rows += [["A.2.1", g("Инициатор проекта и оператор установки", "Жоба бастамашысы және қондырғы операторы", ""), f"{operator}, {g('БИН', 'БСН', '')} {bin_}"],
             ["A.2.2", g("Разработчик проектной документации", "Жобалық құжаттаманы әзірлеуші", ""),
              g(f"ТОО «Жасыл Көміртек Консалтинг», БИН {bin_consult}", f"«Жасыл Көміртек Консалтинг» ЖШС, БСН {bin_consult}", "")],
             ["A.2.3", g("Покупатель единиц сокращения выбросов (договор ERPA)", "Шығарындыларды азайту бірліктерін сатып алушы (ERPA шарты)", ""),
              g("Climate Transition Fund S.A. (Люксембург)", "Climate Transition Fund S.A. (Люксембург)", "")]]
    _span(rows, merges, g("A.3 Местонахождение", "A.3 Орналасқан жері", ""), 3)
    rows += [["A.3.1", g("Адрес площадки", "Алаңның мекенжайы", ""), place],
             ["A.3.2", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["A.3.3", g("Координаты центра площадки (WGS-84)", "Алаң орталығының координаттары (WGS-84)", ""), f"{lat}, {lon}"],
             ["A.3.4", g("Категория объекта (ст. 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)", ""),
              g(f"II; заключение по результатам скрининга воздействий № {screening} от {sdate}",
                f"II; {sdate} әсерлерді скринингтеу нәтижелері бойынша № {screening} қорытынды", "")]]
    _span(rows, merges, g("A.4 Технология и сроки", "A.4 Технология және мерзімдер", ""), 3)
    rows += [["A.4.1", g("Поголовье", "Мал басы", ""), g(f"{num(cows, 'ru')} гол. КРС, в т.ч. {num(round(cows * 0.55, -1), 'ru')} дойных коров",
                                                       f"{num(cows, 'kk')} бас ІҚМ, оның ішінде {num(round(cows * 0.55, -1), 'kk')} сауын сиыр", "")],
             ["A.4.2", g("Состав установки", "Қондырғының құрамы", ""),
              g(f"{n_dig} метантенка по {num(v_dig, 'ru')} м³; мембранный газгольдер {num(v_gas, 'ru')} м³; {n_eng} КГУ по {kwe} кВт(эл.); "
                "факельная установка; 2 закрытые лагуны дигестата",
                f"әрқайсысы {num(v_dig, 'kk')} м³ {n_dig} метантенк; {num(v_gas, 'kk')} м³ мембраналы газгольдер; әрқайсысы {kwe} кВт(эл.) "
                f"{n_eng} когенерациялық қондырғы (КГУ); алау қондырғысы; дигестатқа арналған 2 жабық лагуна", "")],
             ["A.4.3", g("Кредитный период", "Кредиттеу кезеңі", ""),
              g("01.07.2026 – 30.06.2033 (7 лет, возобновляемый)", "01.07.2026 – 30.06.2033 (7 жыл, жаңартылатын)", "")],
             ["A.4.4", g("Ожидаемое среднегодовое сокращение выбросов", "Шығарындылардың күтілетін орташа жылдық азаюы", ""),
              g(f"{num(reduction, 'ru')} т CO2-экв.", f"{num(reduction, 'kk')} т CO2-экв.", "")]]
    doc.table(g("Раздел A. Описание проекта", "A бөлімі. Жобаның сипаттамасы", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    years = [g(["Год", "Базовые выбросы, т CO2-экв.", "Проектные выбросы, т CO2-экв.", "Утечки, т CO2-экв.", "Сокращение выбросов, т CO2-экв."],
               ["Жыл", "Базалық шығарындылар, т CO2-экв.", "Жобалық шығарындылар, т CO2-экв.", "Ағып кетулер, т CO2-экв.",
                "Шығарындылардың азаюы, т CO2-экв."], [])]
    total = 0.0
    for k, year in enumerate(range(2026, 2034)):
        share = 0.5 if k in (0, 7) else 1.0
        red = round(reduction * share * r.uniform(0.95, 1.03), -1)
        proj = round(red * r.uniform(0.08, 0.12), -1)
        years.append([g(f"{year} ({'2-е полугодие' if k == 0 else '1-е полугодие'})", f"{year} ({'2-жартыжылдық' if k == 0 else '1-жартыжылдық'})", "")
                      if share < 1 else str(year), num(red + proj, doc.lang), num(proj, doc.lang), "0", num(red, doc.lang)])
        total += red
    years.append([g("Итого за кредитный период", "Кредиттеу кезеңі бойынша барлығы", ""), "", "", "", num(round(total, -1), doc.lang)])
    doc.table(g("Таблица A.2 – Оценка сокращений выбросов ex-ante", "A.2-кесте – Шығарындылардың азаюын ex-ante бағалау", ""), years, role="other")
    doc.p(g("Базовый сценарий – хранение навоза в открытых анаэробных навозохранилищах (MCF 77 %); данные о поголовье принимаются по "
            "зоотехническому учету комплекса.",
            "Базалық сценарий – көңді ашық анаэробты көң қоймаларында сақтау (MCF 77 %); мал басы туралы деректер кешеннің зоотехникалық "
            "есебі бойынша қабылданады.", ""))


# (farm, company, place, lat, lon, pigs, digester m3, kVA of the generator)
VN_PIGS = (
    ("Trang trại chăn nuôi heo Hòa Phước", "Công ty TNHH Chăn nuôi Hòa Phước", "ấp 4, xã Xuân Đông, tỉnh Đồng Nai", 10.831, 107.382, 12000,
     16000, 250),
    ("Trang trại heo nái Trường Lâm", "Công ty Cổ phần Nông nghiệp Nghi Sơn Xanh", "thôn Đồng Lách, xã Trường Lâm, tỉnh Thanh Hóa", 19.362,
     105.701, 4800, 9000, 150),
    ("Trang trại chăn nuôi heo thịt Bình Sơn", "Công ty TNHH Nông nghiệp Công nghệ cao Bình Sơn", "thôn Phước Hòa, xã Bình Sơn, tỉnh Quảng Ngãi",
     15.281, 108.722, 9600, 12000, 200),
)  # fmt: skip


def _facility_jk1_vi(doc: Doc) -> None:
    r = doc.rng
    farm, company, place, lat0, lon0, pigs, vol, kva = doc.pick(VN_PIGS)
    msdn, msdn_consult = make_msdn(r), make_msdn(r)
    lat, lat_v = _dec(lat0 + r.uniform(-0.003, 0.003), True, "vi")
    lon, lon_v = _dec(lon0 + r.uniform(-0.003, 0.003), False, "vi")
    reduction = round(pigs * r.uniform(0.55, 0.7), -1)
    doc.h(f"TÀI LIỆU THIẾT KẾ DỰ ÁN (PDD) – DỰ ÁN THU HỒI KHÍ MÊ-TAN TỪ CHẤT THẢI CHĂN NUÔI TẠI {farm.upper()}")
    doc.p("Tài liệu được lập để thẩm định (validation) theo tiêu chuẩn Verified Carbon Standard (VCS). Dự án thay thế hồ chứa nước thải "
          "hở bằng hầm biogas phủ bạt HDPE, thu hồi khí sinh học để phát điện phục vụ trang trại và đốt bỏ phần khí dư bằng đuốc.")
    rows = [["Mục", "Nội dung", "Thông tin"]]
    merges: list = []
    _span(rows, merges, "A.1 THÔNG TIN CHUNG VỀ DỰ ÁN", 3)
    rows += [["A.1.1", "Tên dự án", f"Thu hồi khí mê-tan và phát điện từ khí sinh học tại {farm}"],
             ["A.1.2", "Tiêu chuẩn, sổ đăng ký", f"VCS phiên bản 4.7; sổ đăng ký Verra, mã dự án {r.randint(4100, 5900)}"],
             ["A.1.3", "Phương pháp luận", "AMS-III.D “Thu hồi mê-tan trong hệ thống quản lý chất thải chăn nuôi”, phiên bản 21.0"]]
    _span(rows, merges, "A.2 CÁC BÊN THAM GIA", 3)
    rows += [["A.2.1", "Chủ dự án, đơn vị vận hành", f"{company} (Mã số doanh nghiệp: {msdn})"],
             ["A.2.2", "Đơn vị tư vấn lập PDD", f"Công ty TNHH Tư vấn Tín chỉ Carbon Việt (MSDN: {msdn_consult})"]]
    _span(rows, merges, "A.3 ĐỊA ĐIỂM", 3)
    rows += [["A.3.1", "Địa chỉ", place],
             ["A.3.2", "Tọa độ trung tâm khu xử lý (WGS-84)", f"{lat}; {lon}"],
             ["A.3.3", "Phân loại theo tiêu chí môi trường", "Dự án đầu tư nhóm II (Phụ lục IV Nghị định số 08/2022/NĐ-CP)"]]
    _span(rows, merges, "A.4 CÔNG NGHỆ VÀ THỜI GIAN", 3)
    rows += [["A.4.1", "Quy mô chăn nuôi", f"{num(pigs, 'vi')} con heo thịt quy đổi"],
             ["A.4.2", "Công trình chính", f"Hầm biogas phủ bạt HDPE {num(vol, 'vi')} m³; 02 máy phát điện biogas {kva} kVA; đuốc đốt khí dư; "
                                          "hồ sinh học 3 ngăn"],
             ["A.4.3", "Thời kỳ tín chỉ", "01/07/2026 – 30/06/2033 (7 năm, có thể gia hạn)"],
             ["A.4.4", "Lượng giảm phát thải trung bình dự kiến", f"{num(reduction, 'vi')} tCO2tđ/năm"]]
    doc.table("Phần A. Mô tả dự án", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": farm, "category": "II", "lat": lat_v, "lon": lon_v})
    years = [["Năm", "Phát thải đường cơ sở (tCO2tđ)", "Phát thải dự án (tCO2tđ)", "Rò rỉ (tCO2tđ)", "Giảm phát thải (tCO2tđ)"]]
    for year in range(2027, 2033):
        red = round(reduction * r.uniform(0.95, 1.03), -1)
        proj = round(red * r.uniform(0.08, 0.12), -1)
        years.append([str(year), num(red + proj, "vi"), num(proj, "vi"), "0", num(red, "vi")])
    doc.table("Bảng A.2. Ước tính lượng giảm phát thải (ex-ante)", years, role="other")


# (RU plant, KK plant, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, RU legal address, KK legal address)
HUSK_PLANTS = (
    ("Маслоэкстракционный завод «Ертіс Май»", "«Ертіс Май» май экстракциялау зауыты", "ТОО «Ертіс Май Өнімдері»", "«Ертіс Май Өнімдері» ЖШС",
     "Восточно-Казахстанская область, г. Усть-Каменогорск, Северная промышленная зона, ул. Бажова, 333",
     "Шығыс Қазақстан облысы, Өскемен қ., Солтүстік өнеркәсіптік аймақ, Бажов к-сі, 333", "631", 49.951, 82.667,
     "г. Усть-Каменогорск, пр. Независимости, 24, офис 5", "Өскемен қ., Тәуелсіздік даңғ., 24, 5-кеңсе"),
    ("Маслозавод «Жетісу Дән»", "«Жетісу Дән» май зауыты", "ТОО «Жетісу Дән Өнімдері»", "«Жетісу Дән Өнімдері» ЖШС",
     "область Жетісу, г. Талдыкорган, ул. Промышленная, 12", "Жетісу облысы, Талдықорған қ., Өнеркәсіп к-сі, 12", "331", 45.004, 78.389,
     "г. Талдыкорган, ул. Шевченко, 133", "Талдықорған қ., Шевченко к-сі, 133"),
    ("Маслоэкстракционный завод «Қызылжар Агро»", "«Қызылжар Агро» май экстракциялау зауыты", "ТОО «Қызылжар Агро Өнім»",
     "«Қызылжар Агро Өнім» ЖШС", "Северо-Казахстанская область, г. Петропавловск, Северная промзона, проезд 7",
     "Солтүстік Қазақстан облысы, Петропавл қ., Солтүстік өнеркәсіп аймағы, 7-өтпе жол", "591", 54.902, 69.171,
     "г. Петропавловск, ул. Конституции Казахстана, 38", "Петропавл қ., Қазақстан Конституциясы к-сі, 38"),
)  # fmt: skip


def facility_jk2(doc: Doc) -> None:
    """The technical report of a contractor's adjustment tests of the boilers of an oil plant's boiler house burning
    sunflower husk, whose first table `Показатель | Значение` under three section rows gives the customer (the oil plant's
    operator with its BIN and legal address), the object tested (the boiler house with its place, KATO, centre in degrees,
    minutes and seconds and category) and the adjusting firm with a BIN and an accreditation certificate of its own; the
    boiler's operating chart at three loads in a table of no role (VI: the supply base report of a wood pellet plant by the
    SBP standard, `Producer name`, `Geographic position` in decimal degrees, the SBP and FSC codes and the certification
    body, no group; the feedstock by kind and province in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jk2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(HUSK_PLANTS)
    plant, operator, place, prefix, lat0, lon0, legal = p[L], p[2 + L], p[4 + L], p[6], p[7], p[8], p[9 + L]
    bin_, bin_adj = make_bin(r), make_bin(r)
    kato = _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.003, 0.003), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.003, 0.003), False, doc.lang)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    report = f"{r.randint(40, 190)}-РН/25"
    doc.h(g(f"Технический отчет № {report} о проведении режимно-наладочных испытаний котлов КЕ-10-14С котельной на лузге подсолнечника",
            f"Күнбағыс қауызымен жұмыс істейтін қазандықтың КЕ-10-14С қазандарын режимдік-баптау сынақтарын жүргізу туралы № {report} "
            "техникалық есеп", ""))
    doc.p(g("Испытания выполнены с целью составления режимных карт котлов после перевода их топок на вихревое сжигание лузги и "
            "проверки эффективности работы батарейных циклонов.",
            "Сынақтар қазандардың оттықтарын қауызды құйынды жағуға көшіргеннен кейін қазандардың режимдік карталарын жасау және "
            "батареялық циклондардың жұмыс тиімділігін тексеру мақсатында орындалды.", ""))
    head = g("Котельная на лузге подсолнечника – " + plant, f"{plant} – күнбағыс қауызымен жұмыс істейтін қазандық", "")
    rows = [g(["Показатель", "Значение"], ["Көрсеткіш", "Мәні"], [])]
    merges: list = []
    _span(rows, merges, g("1. Заказчик", "1. Тапсырыс беруші", ""), 2)
    rows += [[g("Наименование", "Атауы", ""), operator],
             [g("БИН", "БСН", ""), bin_],
             [g("Юридический адрес", "Заңды мекенжайы", ""), legal]]
    _span(rows, merges, g("2. Объект испытаний", "2. Сынақ объектісі", ""), 2)
    rows += [[g("Наименование объекта", "Объектінің атауы", ""), head],
             [g("Местонахождение", "Орналасқан жері", ""), place],
             [g("Код КАТО", "ҚАТО коды", ""), kato],
             [g("Координаты дымовой трубы котельной", "Қазандық түтін мұржасының координаттары", ""), f"{lat}; {lon}"],
             [g("Категория объекта по Экологическому кодексу РК", "ҚР Экология кодексі бойынша объект санаты", ""),
              g(f"II (экологическое разрешение на воздействие № {permit})", f"II (әсер етуге арналған № {permit} экологиялық рұқсат)", "")],
             [g("Основное оборудование", "Негізгі жабдық", ""),
              g("2 паровых котла КЕ-10-14С с вихревыми топками; батарейные циклоны БЦ-2-6×(7+1); дымосос ДН-12,5; дымовая труба Н = 30 м",
                "құйынды оттықтары бар 2 КЕ-10-14С бу қазаны; БЦ-2-6×(7+1) батареялық циклондары; ДН-12,5 түтін сорғышы; Н = 30 м түтін мұржасы", "")],
             [g("Топливо", "Отын", ""), g("лузга подсолнечника собственного производства, Qнр = 16,2–17,0 МДж/кг, Ар = 2,8–3,4 %",
                                          "өз өндірісіміздің күнбағыс қауызы, Qнр = 16,2–17,0 МДж/кг, Ар = 2,8–3,4 %", "")]]
    _span(rows, merges, g("3. Исполнитель испытаний", "3. Сынақтарды орындаушы", ""), 2)
    rows += [[g("Наименование", "Атауы", ""), g("ТОО «ЭнергоНаладка Сервис»", "«ЭнергоНаладка Сервис» ЖШС", "")],
             [g("БИН", "БСН", ""), bin_adj],
             [g("Аттестат аккредитации лаборатории", "Зертхананың аккредиттеу аттестаты", ""), f"KZ.T.{r.randint(10, 18):02d}.{r.randint(1000, 2999)}"],
             [g("Период испытаний", "Сынақ кезеңі", ""), g("14–25 октября 2025 г.", "2025 жылғы 14–25 қазан", "")]]
    doc.table(g("Таблица 1 – Общие сведения", "1-кесте – Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(plant), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    chart = [g(["Показатель", "Ед. изм.", "Нагрузка 50 %", "Нагрузка 75 %", "Нагрузка 100 %"],
               ["Көрсеткіш", "Өлш. бірл.", "Жүктеме 50 %", "Жүктеме 75 %", "Жүктеме 100 %"], [])]
    steam = (5.0, 7.5, 10.0)
    chart.append([g("Паропроизводительность", "Бу өнімділігі", ""), g("т/ч", "т/сағ", ""), *(num(s, doc.lang) for s in steam)])
    chart.append([g("Расход лузги", "Қауыз шығыны", ""), g("т/ч", "т/сағ", ""), *(num(round(s * r.uniform(0.205, 0.225), 2), doc.lang) for s in steam)])
    chart.append([g("Содержание O2 за котлом", "Қазаннан кейінгі O2 мөлшері", ""), "%", *(num(round(v + r.uniform(-0.3, 0.3), 1), doc.lang) for v in (9.8, 8.1, 7.2))])
    chart.append([g("Температура уходящих газов", "Шығатын газдардың температурасы", ""), "°C", *(str(int(v + r.randint(-6, 6))) for v in (168, 184, 203))])
    chart.append([g("КПД котла брутто", "Қазанның брутто ПӘК-і", ""), "%", *(num(round(v + r.uniform(-0.6, 0.6), 1), doc.lang) for v in (80.5, 82.9, 82.1))])
    doc.table(g("Таблица 2 – Режимная карта котла № 1", "2-кесте – № 1 қазанның режимдік картасы", ""), chart, role="other")
    doc.p(g("Режимная карта котла № 2 аналогична и приведена в приложении Б.", "№ 2 қазанның режимдік картасы ұқсас және Б қосымшасында келтірілген.", ""))


# (plant, company, place, lat, lon, tonnes of pellets a year)
VN_WOOD = (
    ("Nhà máy viên nén gỗ Phù Mỹ", "Công ty Cổ phần Năng lượng Sinh khối Phù Mỹ",
     "Cụm công nghiệp Đại Thạnh, xã Phù Mỹ Đông, tỉnh Gia Lai (trước đây thuộc tỉnh Bình Định)", 14.171, 109.061, 120000, 1.2),
    ("Nhà máy viên nén năng lượng Quán Ngang", "Công ty TNHH Viên nén Quảng Trị Xanh", "Khu công nghiệp Quán Ngang, xã Gio Linh, tỉnh Quảng Trị",
     16.902, 107.141, 90000, 1.0),
    ("Nhà máy viên nén gỗ Tịnh Phong", "Công ty TNHH Năng lượng Xanh Tịnh Phong", "Khu công nghiệp Tịnh Phong, xã Thọ Phong, tỉnh Quảng Ngãi",
     15.212, 108.781, 150000, 1.0),
)  # fmt: skip


def _facility_jk2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, lat0, lon0, cap, _ = doc.pick(VN_WOOD)
    msdn = make_msdn(r)
    lat, lat_v = _dec(lat0 + r.uniform(-0.003, 0.003), True, "vi")
    lon, lon_v = _dec(lon0 + r.uniform(-0.003, 0.003), False, "vi")
    doc.h("BÁO CÁO VÙNG NGUYÊN LIỆU (SUPPLY BASE REPORT) THEO TIÊU CHUẨN SBP")
    doc.p(f"Báo cáo được {company} lập theo Tiêu chuẩn SBP 5 (Tiêu chuẩn Báo cáo và Thu thập dữ liệu) và được công bố công khai trước đợt "
          "đánh giá giám sát hằng năm. Bản tiếng Việt được dịch từ bản gốc tiếng Anh.")
    rows = [["Mục (Item)", "Thông tin"],
            ["Tên nhà sản xuất (Producer name)", company],
            ["Mã số doanh nghiệp", msdn],
            ["Cơ sở sản xuất (Producer location)", f"{plant}, {place}"],
            ["Vị trí địa lý (Geographic position)", f"Vĩ độ {lat}, kinh độ {lon}"],
            ["Công suất thiết kế", f"{num(cap, 'vi')} tấn viên nén/năm"],
            ["Mã chứng nhận SBP", f"SBP-{r.randint(1, 9):02d}-{r.randint(10, 99)}"],
            ["Mã chứng chỉ FSC chuỗi hành trình", f"FSC-C{r.randint(150000, 199999)}"],
            ["Tổ chức chứng nhận (CB)", "Nordcert Biomass AS"],
            ["Ngày đánh giá gần nhất", f"{r.randint(3, 27):02d}/{r.randint(3, 10):02d}/2025"],
            ["Tiêu chuẩn SBP áp dụng", "Tiêu chuẩn 1, 2, 4 và 5 (phiên bản 1.0 sửa đổi 2020)"],
            ["Đánh giá rủi ro vùng (RRA) được SBP phê duyệt", "Không áp dụng; nhà sản xuất thực hiện Đánh giá vùng nguyên liệu (SBE)"]]
    doc.table("1. Tổng quan (Overview)", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "lat": lat_v, "lon": lon_v})
    feed = [["Loại nguyên liệu", "Nguồn gốc (tỉnh)", "Khối lượng (tấn/năm)", "Tỷ lệ (%)", "Trong đó đạt FSC (%)"]]
    kinds = (("Gỗ keo rừng trồng (gỗ tròn nhỏ, cành ngọn)", 0.46), ("Dăm gỗ keo, bạch đàn", 0.22), ("Mùn cưa, phôi bào từ xưởng chế biến gỗ", 0.2),
             ("Bìa bắp, đầu mẩu gỗ từ xưởng xẻ", 0.12))
    raw = cap * 1.9
    for (kind, share), prov in zip(kinds, ("Gia Lai, Quảng Ngãi", "Gia Lai, Đắk Lắk", "Quảng Trị, Huế", "Quảng Ngãi, Gia Lai"), strict=True):
        feed.append([kind, prov, num(round(raw * share, -2), "vi"), num(round(share * 100), "vi"), num(r.randint(20, 70), "vi")])
    doc.table("2. Mô tả vùng nguyên liệu", feed, role="other")
    _maybe_other(doc)


# ---------------------------------------------------------------- emissions

# g per m3 of biogas burnt: (low, high)
ENGINE = {"0301": (3.6, 4.4), "0304": (0.58, 0.7), "0337": (3.0, 4.2), "0330": (0.25, 0.4), "1325": (0.08, 0.14), "0410": (2.0, 3.2)}
FLARE = {"0301": (0.5, 0.8), "0304": (0.08, 0.13), "0337": (2.5, 3.5), "0330": (0.3, 0.45), "0410": (6.0, 10.0)}
HEATER = {"0301": (1.2, 1.6), "0304": (0.19, 0.26), "0337": (1.0, 1.5), "0330": (0.3, 0.45)}
# (number, RU, KK, height and diameter, m3 of biogas an hour, hours a year, factors)
BIOGAS_STACKS = (
    ("0001", "Выхлопная труба КГУ-1", "КГУ-1 шығару құбыры", "H = 12 м, D = 0,3 м", (230, 260), (8100, 8300), ENGINE),
    ("0002", "Выхлопная труба КГУ-2", "КГУ-2 шығару құбыры", "H = 12 м, D = 0,3 м", (230, 260), (7900, 8300), ENGINE),
    ("0003", "Факельная установка (работает при остановке КГУ)", "Алау қондырғысы (КГУ тоқтаған кезде жұмыс істейді)", "H = 8 м, D = 0,4 м",
     (420, 520), (450, 700), FLARE),
    ("0004", "Дымовая труба котла подогрева субстрата КВа-0,5", "Субстратты жылыту қазанының КВа-0,5 түтін мұржасы", "H = 10 м, D = 0,25 м",
     (50, 70), (3400, 3800), HEATER),
)  # fmt: skip
# (number, RU, KK, m2 of surface, {code: g per m2 a day (low, high)})
BIOGAS_AREAS = (
    ("6001", "Приемный резервуар навоза", "Көң қабылдау резервуары", (120, 180), {"0303": (8.0, 14.0), "0333": (0.4, 0.8)}),
    ("6002", "Лагуна дигестата № 1 (под плавающим покрытием)", "№ 1 дигестат лагунасы (қалқымалы жабынмен)", (7000, 9000),
     {"0303": (0.6, 1.2), "0333": (0.03, 0.06), "0410": (1.5, 3.0)}),
    ("6003", "Лагуна дигестата № 2 (под плавающим покрытием)", "№ 2 дигестат лагунасы (қалқымалы жабынмен)", (7000, 9000),
     {"0303": (0.6, 1.2), "0333": (0.03, 0.06), "0410": (1.5, 3.0)}),
    ("6004", "Площадка хранения твердой фракции дигестата", "Дигестаттың қатты фракциясын сақтау алаңы", (600, 900),
     {"0303": (2.0, 4.0), "0333": (0.1, 0.2)}),
)  # fmt: skip


def emissions_jk1(doc: Doc) -> None:
    """The emission calculation of a dairy complex's biogas plant as a sheet of blocks: a row spanning the table names each
    stack (`ИЗА 0001 – Выхлопная труба КГУ-1 (H = 12 м, D = 0,3 м)`) over its substances, each with the emission per m³ of
    biogas burnt, the biogas an hour and the hours a year merged down the block, then the g/s and t/year, and an `Итого по
    ИЗА` row closing every block; the flare burns only while the engines stand; the lagoons, the receiving tank and the
    solid digestate are worked out in a second table from their surface and a specific emission a day; the biogas's
    composition in a table of no role before them (VI: a pig farm's generators and flare from factors in kg per 1,000 m³
    of biogas, kg a day and g/s only, then the odours of its ponds in g/s and tonnes a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jk1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CATTLE)
    short, operator = c[2 + L], c[4 + L]
    doc.h(g(f"Раздел 3. Расчет выбросов загрязняющих веществ от биогазовой установки {short}",
            f"3-бөлім. {short} биогаз қондырғысынан ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g(f"Оператор – {operator}. Биогаз после биологической сероочистки сжигается в двух когенерационных установках; при их "
            "остановке на техническое обслуживание газ направляется на факел. Котел КВа-0,5 работает на биогазе в холодный период "
            "года для подогрева субстрата. Выбросы рассчитаны по удельным показателям на 1 м³ сжигаемого биогаза.",
            f"Оператор – {operator}. Биологиялық күкіртсіздендіруден кейін биогаз екі когенерациялық қондырғыда жағылады; оларды "
            "техникалық қызмет көрсетуге тоқтатқан кезде газ алауға жіберіледі. КВа-0,5 қазаны жылдың суық кезеңінде субстратты жылыту "
            "үшін биогазбен жұмыс істейді. Шығарындылар жағылатын 1 м³ биогазға үлестік көрсеткіштер бойынша есептелді.", ""))
    comp = [g(["Показатель", "Ед. изм.", "Значение"], ["Көрсеткіш", "Өлш. бірл.", "Мәні"], []),
            [g("Метан (CH4)", "Метан (CH4)", ""), "%", "58–62"],
            [g("Диоксид углерода (CO2)", "Көміртек диоксиді (CO2)", ""), "%", "36–40"],
            [g("Сероводород до сероочистки", "Күкіртсіздендіруге дейінгі күкіртсутек", ""), "ppm", num(r.randint(18, 26) * 100, doc.lang)],
            [g("Сероводород после сероочистки", "Күкіртсіздендіруден кейінгі күкіртсутек", ""), "ppm", "≤ 150"],
            [g("Низшая теплота сгорания", "Жанудың төменгі жылуы", ""), g("МДж/м³", "МДж/м³", ""), num(round(r.uniform(21.0, 22.4), 1), doc.lang)]]
    doc.table(g("Таблица 3.1 – Характеристика биогаза", "3.1-кесте – Биогаздың сипаттамасы", ""), comp, role="other")
    rows = [g(["Код ЗВ", "Наименование ЗВ", "Удельный выброс, г/м³ биогаза", "Расход биогаза, м³/ч", "Время работы, ч/год", "Выброс, г/с",
               "Выброс, т/год"],
              ["ЛЗ коды", "ЛЗ атауы", "Үлестік шығарынды, г/м³ биогаз", "Биогаз шығыны, м³/сағ", "Жұмыс уақыты, сағ/жыл", "Шығарынды, г/с",
               "Шығарынды, т/жыл"], [])]
    merges: list = []
    for number, s_ru, s_kk, size, (qlo, qhi), (hlo, hhi), factors in BIOGAS_STACKS:
        q, hours = r.randint(qlo, qhi), r.randint(hlo // 10, hhi // 10) * 10
        _span(rows, merges, f"{g('ИЗА', 'ЛШК', '')} {number} – {(s_ru, s_kk)[L]} ({size})", 7)
        start, sum_g, sum_t = len(rows), 0.0, 0.0
        for j, (code, (lo, hi)) in enumerate(factors.items()):
            f = _sig(r.uniform(lo, hi), 2)
            gs, ty = _sig(f * q / 3600, 4), _sig(f * q * hours / 1e6, 4)
            rows.append([code, _air(doc, code), num(f, doc.lang), str(q) if j == 0 else None, num(hours, doc.lang) if j == 0 else None,
                         num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(code, gs, ty, number))
            sum_g, sum_t = sum_g + gs, sum_t + ty
        merges += [(start, 3, len(rows) - 1, 3), (start, 4, len(rows) - 1, 4)]
        rows.append(["", g(f"Итого по ИЗА {number}", f"{number} ЛШК бойынша жиыны", ""), "", "", "", num(round(sum_g, 4), doc.lang),
                     num(round(sum_t, 4), doc.lang)])
    doc.table(g("Таблица 3.2 – Расчет выбросов от организованных источников", "3.2-кесте – Ұйымдастырылған көздерден шығарындыларды есептеу", ""),
              rows, merges, role="emissions")
    doc.p(g("Удельные выбросы КГУ приняты по паспорту изготовителя и протоколам инструментальных замеров 2025 г., факела и котла – по "
            "методике расчета выбросов при сжигании газообразного топлива.",
            "КГУ үлестік шығарындылары дайындаушының паспорты мен 2025 жылғы аспаптық өлшеу хаттамалары бойынша, алау мен қазандікі – газ "
            "тәрізді отынды жағу кезіндегі шығарындыларды есептеу әдістемесі бойынша қабылданды.", ""))
    rows = [g(["№ ИЗА", "Источник выделения", "Площадь поверхности, м²", "Код ЗВ", "Наименование ЗВ", "Удельное выделение, г/(м²·сут)",
               "Выброс, г/с", "Выброс, т/год"],
              ["ЛШК №", "Бөліну көзі", "Беттің ауданы, м²", "ЛЗ коды", "ЛЗ атауы", "Үлестік бөліну, г/(м²·тәул)", "Шығарынды, г/с",
               "Шығарынды, т/жыл"], [])]
    merges = []
    areas = [a for a in BIOGAS_AREAS if a[0] != "6003" or r.random() < 0.7]
    for number, s_ru, s_kk, (alo, ahi), factors in areas:
        area = r.randint(alo // 10, ahi // 10) * 10
        start = len(rows)
        for j, (code, (lo, hi)) in enumerate(factors.items()):
            q = _sig(r.uniform(lo, hi), 2)
            gs, ty = _sig(q * area / 86400, 4), _sig(q * area * 365 / 1e6, 4)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, num(area, doc.lang) if j == 0 else None, code,
                         _air(doc, code), num(q, doc.lang), num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(code, gs, ty, number))
        merges += [(start, k, len(rows) - 1, k) for k in (0, 1, 2)]
    doc.table(g("Таблица 3.3 – Расчет выбросов от неорганизованных источников", "3.3-кесте – Ұйымдастырылмаған көздерден шығарындыларды есептеу", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in BIOGAS_STACKS))
    doc.add("sources", *({"number": a[0], "type": "unorganized"} for a in areas))
    _maybe_other(doc)


# (source, m3 of biogas a day (low, high), {code: kg per 1,000 m3 (low, high)})
VN_BURNERS = (
    ("Máy phát điện chạy biogas (02 máy)", (2400, 3600),
     {"2902": (0.05, 0.09), "0330": (0.5, 0.8), "0301": (3.5, 4.5), "0337": (2.5, 3.5)}),
    ("Đuốc đốt khí biogas dư", (300, 600), {"0330": (0.5, 0.8), "0301": (0.6, 0.9), "0337": (3.0, 4.0)}),
    ("Lò đốt biogas sưởi ấm chuồng heo con", (150, 250), {"2902": (0.05, 0.09), "0330": (0.5, 0.8), "0301": (1.2, 1.6), "0337": (1.0, 1.5)}),
)
# (area, m2, {code: g per m2 a day})
VN_PONDS = (
    ("Hồ sinh học số 1 (sau hầm biogas)", (2500, 4000), {"0303": (0.8, 1.5), "0333": (0.04, 0.08)}),
    ("Khu máy ép tách phân và nhà chứa phân", (200, 350), {"0303": (3.0, 5.0), "0333": (0.15, 0.3)}),
)


def _emissions_jk1_vi(doc: Doc) -> None:
    r = doc.rng
    farm, company, *_ = doc.pick(VN_PIGS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {farm.upper()}")
    doc.h("3.2.2. Tải lượng khí thải từ quá trình đốt khí biogas")
    doc.p(f"Chủ cơ sở: {company}. Khí biogas từ hầm HDPE được tách ẩm, khử H2S bằng phôi sắt rồi cấp cho máy phát điện; phần khí dư đốt "
          "bỏ bằng đuốc. Hệ số phát thải lấy theo tài liệu của Tổ chức Y tế Thế giới (WHO, 1993) cho nhiên liệu khí; các nguồn đốt hoạt "
          "động 24 giờ/ngày.")
    rows = [["TT", "Nguồn thải", "Thông số", "Hệ số phát thải (kg/1.000 m³ biogas)", "Lượng biogas đốt (m³/ngày)", "Tải lượng (kg/ngày)",
             "Tải lượng (g/s)"]]
    merges: list = []
    for k, (name, (qlo, qhi), factors) in enumerate(VN_BURNERS, 1):
        q = r.randint(qlo // 50, qhi // 50) * 50
        start = len(rows)
        for j, (code, (lo, hi)) in enumerate(factors.items()):
            f = _sig(r.uniform(lo, hi), 2)
            kg = _sig(f * q / 1000, 3)
            gs = _sig(kg * 1000 / 86400, 3)
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, _air(doc, code, 1), num(f, "vi"),
                         num(q, "vi") if j == 0 else None, num(kg, "vi"), num(gs, "vi")])
            doc.add("emissions", emission(code, gs, None))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 4, len(rows) - 1, 4)]
    doc.table("Bảng 3.5. Tải lượng khí thải từ máy phát điện, đuốc đốt và lò đốt biogas", rows, merges, role="emissions")
    doc.h("3.2.3. Mùi hôi từ khu xử lý chất thải")
    rows = [["TT", "Khu vực phát sinh", "Diện tích (m²)", "Thông số", "Hệ số phát sinh (g/m²/ngày)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k, (name, (alo, ahi), factors) in enumerate(VN_PONDS, 1):
        area = r.randint(alo // 50, ahi // 50) * 50
        start = len(rows)
        for j, (code, (lo, hi)) in enumerate(factors.items()):
            q = _sig(r.uniform(lo, hi), 2)
            gs, ty = _sig(q * area / 86400, 3), _sig(q * area * 365 / 1e6, 3)
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, num(area, "vi") if j == 0 else None, _air(doc, code, 1),
                         num(q, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty))
        merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 2)]
    doc.table("Bảng 3.6. Tải lượng NH3, H2S phát sinh từ khu xử lý chất thải", rows, merges, role="emissions")
    doc.p("Ghi chú: hầm biogas được phủ kín bằng bạt HDPE nên không tính phát tán mùi từ bề mặt hầm.")
    _maybe_other(doc)


# (RU operator, KK operator, RU place, KK place)
STRAW_PLANTS = (
    ("ТОО «Солтүстік Пеллет»", "«Солтүстік Пеллет» ЖШС", "Северо-Казахстанская область, Кызылжарский район, с. Бишкуль",
     "Солтүстік Қазақстан облысы, Қызылжар ауданы, Бишкүл а."),
    ("ТОО «Тобыл Биоотын»", "«Тобыл Биоотын» ЖШС", "Костанайская область, район Беимбета Майлина, с. Айет",
     "Қостанай облысы, Бейімбет Майлин ауданы, Әйет а."),
    ("ТОО «Ақмола Агро Пеллет»", "«Ақмола Агро Пеллет» ЖШС", "Акмолинская область, Шортандинский район, пос. Шортанды",
     "Ақмола облысы, Шортанды ауданы, Шортанды кенті"),
)  # fmt: skip
# (number, RU, KK, hours, {code: g/s before cleaning (low, high)}, (RU cleaning, KK cleaning) or None, efficiency % of dust)
STRAW_SOURCES = (
    ("0001", "Аспирация измельчителя рулонов соломы", "Сабан орамдарын ұсатқыштың аспирациясы", 4800, {"2902": (1.2, 2.0)},
     ("циклон ЦН-15", "ЦН-15 циклоны"), 85),
    ("0002", "Аспирация молотковой дробилки", "Балғалы ұсатқыштың аспирациясы", 4800, {"2902": (2.5, 4.0)},
     ("рукавный фильтр ФРКИ-90", "ФРКИ-90 жеңді сүзгісі"), 98),
    ("0003", "Труба сушильного барабана (теплогенератор на соломе)", "Кептіру барабанының құбыры (сабанмен жұмыс істейтін жылу генераторы)", 4800,
     {"2902": (0.8, 1.5), "0301": (0.12, 0.2), "0304": (0.02, 0.03), "0337": (0.5, 0.9), "0330": (0.01, 0.02), "0328": (0.02, 0.04)},
     ("батарейный циклон", "батареялық циклон"), 82),
    ("0004", "Аспирация охладительной колонки гранул", "Түйіршіктерді салқындату колонкасының аспирациясы", 4800, {"2902": (0.6, 1.0)},
     ("циклон ЦН-15", "ЦН-15 циклоны"), 88),
    ("0005", "Аспирация узла фасовки в биг-бэги", "Биг-бэгтерге өлшеп-орау торабының аспирациясы", 2400, {"2902": (0.4, 0.7)},
     ("рукавный фильтр", "жеңді сүзгі"), 99),
    ("6001", "Открытый склад рулонов соломы", "Сабан орамдарының ашық қоймасы", 8760, {"2902": (0.05, 0.12)}, None, 0),
    ("6002", "Погрузка гранул в автотранспорт", "Түйіршіктерді автокөлікке тиеу", 1500, {"2902": (0.08, 0.15)}, None, 0),
)  # fmt: skip


def emissions_jk2(doc: Doc) -> None:
    """A straw pellet plant's table of sources in its НДВ project, what each source gives off before cleaning and what it
    emits after as two pairs of `г/с | т/год` under merged headers with the cleaning device and its efficiency between
    them — only the pair after cleaning being the emission — the dryer's gases with dashes for the device and the same
    figures before and after, the open straw store and the loading with no device, a total row after cleaning (VI: a
    rice-husk pellet plant's ĐTM loads, kg an hour before treatment, the measure and its efficiency, then g/s and tonnes a
    year after it)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jk2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(STRAW_PLANTS)
    operator, place = p[L], p[2 + L]
    cap = r.choice((20, 25, 30))
    doc.h(g(f"Проект нормативов допустимых выбросов. Завод по производству топливных гранул из соломы {operator}",
            f"{operator} сабаннан отын түйіршіктерін өндіру зауыты. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g(f"Завод расположен по адресу: {place}. Производительность – {cap} тыс. т гранул в год; сырье – пшеничная и ячменная солома в "
            "рулонах. Режим работы – 300 дней в году в две смены; склад соломы и погрузка учитываются круглый год.",
            f"Зауыт мына мекенжайда орналасқан: {place}. Өнімділігі – жылына {cap} мың т түйіршік; шикізат – орамдағы бидай және арпа "
            "сабаны. Жұмыс режимі – жылына 300 күн, екі ауысым; сабан қоймасы мен тиеу жыл бойы ескеріледі.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Код ЗВ", "Наименование ЗВ", "Выделение (до очистки)", None, "Газоочистное оборудование",
               "Степень очистки, %", "Выброс в атмосферу (после очистки)", None],
              ["ЛШК №", "Шығарынды көзі", "ЛЗ коды", "ЛЗ атауы", "Бөліну (тазартуға дейін)", None, "Газ тазарту жабдығы", "Тазарту дәрежесі, %",
               "Атмосфераға шығарынды (тазартудан кейін)", None], []),
            [None, None, None, None, g("г/с", "г/с", ""), g("т/год", "т/жыл", ""), None, None, g("г/с", "г/с", ""), g("т/год", "т/жыл", "")]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6, 7)] + [(0, 4, 0, 5), (0, 8, 0, 9)]
    sum_g, sum_t = 0.0, 0.0
    for number, s_ru, s_kk, hours, codes, device, eff in STRAW_SOURCES:
        start = len(rows)
        for j, (code, (lo, hi)) in enumerate(codes.items()):
            gb = _sig(r.uniform(lo, hi), 3)
            tb = _sig(gb * 3600 * hours / 1e6, 3)
            cleaned = device is not None and code == "2902"
            ga, ta = (_sig(gb * (1 - eff / 100), 3), _sig(tb * (1 - eff / 100), 3)) if cleaned else (gb, tb)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, code, _air(doc, code), num(gb, doc.lang),
                         num(tb, doc.lang), device[L] if cleaned else "–", str(eff) if cleaned else "–", num(ga, doc.lang), num(ta, doc.lang)])
            doc.add("emissions", emission(code, ga, ta, number))
            sum_g, sum_t = sum_g + ga, sum_t + ta
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append(["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), "", "", "", "", "", "", num(round(sum_g, 4), doc.lang),
                 num(round(sum_t, 4), doc.lang)])
    doc.table(g("Таблица 2.4 – Источники выбросов, выделение и выброс загрязняющих веществ",
                "2.4-кесте – Шығарынды көздері, ластаушы заттардың бөлінуі және шығарындысы", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in STRAW_SOURCES))
    doc.p(g("Пыль соломы нормируется как взвешенные частицы (код 2902). Газообразные вещества и сажа теплогенератора циклоном не улавливаются.",
            "Сабан шаңы қалқыма бөлшектер ретінде нормаланады (2902 коды). Жылу генераторының газ тәрізді заттары мен күйесін циклон ұстамайды.", ""))
    _maybe_other(doc)


# (plant, company, place, lat, lon, tonnes of pellets a year)
VN_HUSK = (
    ("Nhà máy sản xuất viên nén trấu Thoại Sơn", "Công ty TNHH Năng lượng Sinh khối Thoại Sơn", "Cụm công nghiệp Vọng Thê, xã Óc Eo, tỉnh An Giang",
     10.262, 105.161, 60000),
    ("Nhà máy viên nén trấu Tân Hồng", "Công ty Cổ phần Viên nén Đồng Tháp Xanh", "Cụm công nghiệp Tân Hồng, xã Tân Hồng, tỉnh Đồng Tháp",
     10.871, 105.462, 45000),
    ("Nhà máy viên nén trấu Thới Lai", "Công ty TNHH Sinh khối Mê Kông", "Cụm công nghiệp Thới Lai, xã Thới Lai, thành phố Cần Thơ",
     10.071, 105.561, 50000),
)  # fmt: skip
# (source, {code: kg an hour before (low, high)}, measure, efficiency % of dust)
VN_HUSK_SOURCES = (
    ("Ống thải cyclone khu nghiền trấu", {"2902": (8.0, 14.0)}, "Cyclone + lọc bụi túi vải", 98),
    ("Ống khói lò cấp nhiệt máy sấy (đốt trấu)", {"2902": (6.0, 10.0), "0330": (0.1, 0.2), "0301": (0.4, 0.7), "0337": (1.5, 2.5)},
     "Cyclone chùm + tháp hấp thụ ướt", 90),
    ("Ống thải cyclone khu làm nguội viên nén", {"2902": (2.0, 4.0)}, "Cyclone", 85),
)


def _emissions_jk2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, _, _, cap = doc.pick(VN_HUSK)
    hours = 6000
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG DỰ ÁN {plant.upper()}, CÔNG SUẤT {num(cap, 'vi')} TẤN SẢN PHẨM/NĂM")
    doc.p(f"Chủ dự án: {company}; địa điểm: {place}. Nhà máy hoạt động 300 ngày/năm, 20 giờ/ngày ({num(hours, 'vi')} giờ/năm). Tải lượng "
          "trước xử lý tính theo hệ số ô nhiễm của WHO và số liệu của dây chuyền tương tự; tải lượng sau xử lý tính theo hiệu suất "
          "thiết kế của công trình xử lý.")
    rows = [["TT", "Nguồn thải", "Chất ô nhiễm", "Tải lượng trước xử lý (kg/giờ)", "Biện pháp xử lý", "Hiệu suất xử lý (%)",
             "Tải lượng sau xử lý (g/s)", "Tải lượng sau xử lý (tấn/năm)"]]
    merges: list = []
    for k, (name, codes, measure, eff) in enumerate(VN_HUSK_SOURCES, 1):
        start = len(rows)
        for j, (code, (lo, hi)) in enumerate(codes.items()):
            kg = _sig(r.uniform(lo, hi), 3)
            cleaned = code == "2902"
            gs = _sig(kg / 3.6 * ((1 - eff / 100) if cleaned else 1), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, _air(doc, code, 1), num(kg, "vi"),
                         measure if cleaned else "Không xử lý", str(eff) if cleaned else "-", num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.12. Tải lượng bụi, khí thải trước và sau xử lý trong giai đoạn vận hành", rows, merges, role="emissions")
    _maybe_other(doc)


# ---------------------------------------------------------------- wastes

# (RU farm, KK farm, RU station, KK station, RU operator, KK operator, RU place, KK place, RU fertiliser, KK fertiliser, birds)
POULTRY = (
    ("Птицефабрика «Алатау Құс»", "«Алатау Құс» құс фабрикасы", "Биогазовая станция «Алатау БиоЭнерго»", "«Алатау БиоЭнерго» биогаз станциясы",
     "ТОО «Алатау БиоЭнерго»", "«Алатау БиоЭнерго» ЖШС", "Алматинская область, Илийский район, с. Ынтымак",
     "Алматы облысы, Іле ауданы, Ынтымақ а.", "Алатау Био-Н", "Алатау Био-Н", 1_200_000),
    ("Птицефабрика «Ертіс Құс»", "«Ертіс Құс» құс фабрикасы", "Биогазовая станция «Ертіс Биогаз»", "«Ертіс Биогаз» биогаз станциясы",
     "ТОО «Ертіс Биогаз»", "«Ертіс Биогаз» ЖШС", "Павлодарская область, Павлодарский район, с. Мичурино",
     "Павлодар облысы, Павлодар ауданы, Мичурин а.", "Ертіс Агроферт", "Ертіс Агроферт", 800_000),
    ("Птицефабрика «Оңтүстік Құс»", "«Оңтүстік Құс» құс фабрикасы", "Биогазовая станция «Оңтүстік Энерго Био»",
     "«Оңтүстік Энерго Био» биогаз станциясы", "ТОО «Оңтүстік Энерго Био»", "«Оңтүстік Энерго Био» ЖШС",
     "Туркестанская область, Сайрамский район, с. Карабулак", "Түркістан облысы, Сайрам ауданы, Қарабұлақ а.", "Оңтүстік Биогумус",
     "Оңтүстік Биогумус", 1_500_000),
)  # fmt: skip
# ((RU group, KK group), [(code, RU name, KK name, RU operation, KK operation, (low, high) t a year per 1,000,000 birds)])
POULTRY_WASTES = (
    (("1. Отходы, принимаемые на переработку от птицефабрики", "1. Құс фабрикасынан қайта өңдеуге қабылданатын қалдықтар"), [
        ("02 01 06", "Помет куриный подстилочный (подстилка – солома, лузга)", "Тауықтың төсеніші бар саңғырығы (төсеніш – сабан, қауыз)",
         "анаэробное сбраживание", "анаэробты ашыту", (26000, 34000)),
        ("02 01 06", "Помет куриный бесподстилочный (клеточные батареи)", "Тауықтың төсеніссіз саңғырығы (тор батареялары)",
         "анаэробное сбраживание", "анаэробты ашыту", (12000, 18000)),
        ("02 02 03", "Яйцо-бой, отходы инкубации", "Сынған жұмыртқа, инкубация қалдықтары", "анаэробное сбраживание", "анаэробты ашыту",
         (180, 320))]),
    (("2. Отходы, образующиеся при эксплуатации станции", "2. Станцияны пайдалану кезінде түзілетін қалдықтар"), [
        ("13 02 05*", "Отработанные моторные масла КГУ", "КГУ-дың пайдаланылған мотор майлары", "передача специализированной организации",
         "мамандандырылған ұйымға беру", (2.0, 3.5)),
        ("16 01 07*", "Отработанные масляные фильтры КГУ", "КГУ-дың пайдаланылған май сүзгілері", "передача специализированной организации",
         "мамандандырылған ұйымға беру", (0.12, 0.25)),
        ("06 13 02*", "Отработанный активированный уголь тонкой сероочистки биогаза",
         "Биогазды жұқа күкіртсіздендірудің пайдаланылған белсендірілген көмірі", "передача специализированной организации",
         "мамандандырылған ұйымға беру", (1.2, 2.6)),
        ("19 08 02", "Песок и минеральный осадок от чистки метантенков", "Метантенктерді тазалаудан шыққан құм мен минералды тұнба",
         "размещение на полигоне", "полигонға орналастыру", (35, 80)),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "передача специализированной организации", "мамандандырылған ұйымға беру",
         (0.06, 0.15)),
        ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "вывоз на полигон ТБО", "ҚТҚ полигонына шығару", (1.5, 2.8))]),
)  # fmt: skip


def wastes_jk1(doc: Doc) -> None:
    """A poultry farm's biogas station's waste section in a single table under three group rows: the wastes it accepts from
    the farm to digest (litter and cage manure under the same code, broken eggs and hatchery waste), the wastes its own
    operation forms (engine oils and filters, spent activated carbon of the desulphurisation, sand from cleaning the
    digesters), and then its products — liquid digestate registered as a fertiliser in m³ and the solid fraction — with a
    dash for a code and `не является отходом`, which are no wastes (VI: a pig farm's CTNH in kilograms, then its ordinary
    wastes beside the separated manure sold as a by-product, `Phụ phẩm – không phải chất thải`)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jk1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(POULTRY)
    farm, station, operator, place, fert, birds = p[L], p[2 + L], p[4 + L], p[6 + L], p[8 + L], p[10]
    scale = birds / 1_000_000
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {station}", f"{station}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.p(g(f"Станция эксплуатируется {operator} на территории, примыкающей к площадке птицефабрики «{_core(farm)}» ({place}); помет "
            "поступает по договору на переработку. Продукция станции – электроэнергия, тепло и органические удобрения на основе дигестата.",
            f"Станцияны {operator} {farm} алаңына іргелес аумақта ({place}) пайдаланады; саңғырық қайта өңдеуге арналған шарт бойынша "
            "түседі. Станцияның өнімі – электр энергиясы, жылу және дигестат негізіндегі органикалық тыңайтқыштар.", ""))
    rows = [g(["№", "Код", "Наименование", "Способ обращения", "Количество, т/год"],
              ["№", "Коды", "Атауы", "Қалдықпен жұмыс істеу тәсілі", "Мөлшері, т/жыл"], [])]
    merges: list = []
    n = 0
    for (gr_ru, gr_kk), items in POULTRY_WASTES:
        _span(rows, merges, (gr_ru, gr_kk)[L], 5)
        for code, n_ru, n_kk, o_ru, o_kk, (lo, hi) in items:
            n += 1
            x = lo * scale + r.uniform(0, hi - lo) * scale
            t = float(round(x, -1)) if x >= 1000 else round(x, 1) if x >= 10 else round(x, 3)
            name = (n_ru, n_kk)[L]
            rows.append([str(n), code, name, (o_ru, o_kk)[L], num(t, doc.lang)])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                               "name_contains": _words(name.split(" (")[0], 3)})
    _span(rows, merges, g("3. Продукция станции (отходами не является)", "3. Станция өнімі (қалдық болып табылмайды)", ""), 5)
    liquid = round(birds * r.uniform(0.035, 0.045), -2)
    solid = round(birds * r.uniform(0.006, 0.008), -1)
    rows += [[str(n + 1), "–", g(f"Жидкий дигестат – жидкое органическое удобрение «{fert}» (зарегистрировано в Государственном реестре)",
                                 f"Сұйық дигестат – «{fert}» сұйық органикалық тыңайтқышы (Мемлекеттік тізілімде тіркелген)", ""),
              g("внесение на поля, не является отходом", "егістікке енгізу, қалдық болып табылмайды", ""),
              g(f"{num(liquid, 'ru')} м³", f"{num(liquid, 'kk')} м³", "")],
             [str(n + 2), "–", g("Твердая фракция дигестата (органическое удобрение)", "Дигестаттың қатты фракциясы (органикалық тыңайтқыш)", ""),
              g("реализация, не является отходом", "өткізу, қалдық болып табылмайды", ""), num(solid, doc.lang)]]
    doc.table(g("Таблица 4.1 – Отходы и продукция биогазовой станции", "4.1-кесте – Биогаз станциясының қалдықтары мен өнімі", ""), rows, merges,
              role="wastes")
    doc.p(g("Дигестат соответствует требованиям к органическим удобрениям и учитывается как продукция; в лимиты накопления отходов не "
            "включается.",
            "Дигестат органикалық тыңайтқыштарға қойылатын талаптарға сәйкес келеді және өнім ретінде есепке алынады; қалдықтарды жинақтау "
            "лимиттеріне енгізілмейді.", ""))
    _maybe_other(doc)


VN_PIG_CTNH = (("17 02 03", " (máy phát điện biogas)", (60, 180)), ("18 01 03", " (chai lọ vắc xin, thuốc thú y)", (40, 150)),
               ("16 01 06", "", (5, 20)), ("18 02 01", "", (20, 60)))
# (name, class, is a waste, (low, high) t a year per 10,000 pigs)
VN_PIG_SOLID = (
    ("Bùn thải từ hầm biogas và hồ lắng", "Chất thải rắn công nghiệp thông thường", True, (60, 120)),
    ("Bao bì đựng thức ăn chăn nuôi (bao PP)", "Chất thải rắn công nghiệp thông thường", True, (8, 15)),
    ("Xác heo chết không do dịch bệnh, nhau thai", "Chất thải rắn chăn nuôi – xử lý tại hầm hủy xác", True, (10, 25)),
    ("Phân heo sau máy ép tách", "Phụ phẩm – không phải chất thải (bán làm phân bón hữu cơ)", False, (900, 1400)),
    ("Chất thải rắn sinh hoạt của công nhân", "Chất thải rắn sinh hoạt", True, (4, 8)),
)


def _wastes_jk1_vi(doc: Doc) -> None:
    r = doc.rng
    farm, company, place, _, _, pigs, _, _ = doc.pick(VN_PIGS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {farm.upper()}")
    doc.p(f"Cơ sở: {farm}, {place}; chủ cơ sở: {company}. Quy mô thực tế năm 2025: {num(pigs, 'vi')} con heo quy đổi.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg/năm)", "Đơn vị tiếp nhận"]]
    for k, (code, tail, (lo, hi)) in enumerate(VN_PIG_CTNH, 1):
        base = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        kg = float(r.randint(lo, hi))
        rows.append([str(k), base + tail, code, num(kg, "vi"), "Công ty TNHH Môi trường Xanh Miền Nam"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": base})
    doc.table("Bảng 3. Chất thải nguy hại phát sinh", rows, role="wastes")
    rows = [["TT", "Loại chất thải, phụ phẩm", "Phân loại", "Khối lượng (tấn/năm)"]]
    for k, (name, kind, waste, (lo, hi)) in enumerate(VN_PIG_SOLID, 1):
        t = round(pigs / 10000 * r.uniform(lo, hi), 1)
        rows.append([str(k), name, kind, num(t, "vi")])
        if waste:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 4. Chất thải rắn thông thường và phụ phẩm chăn nuôi", rows, role="wastes")
    doc.p("Phân heo sau ép tách đáp ứng yêu cầu về phụ phẩm chăn nuôi theo Luật Chăn nuôi và được bán cho cơ sở sản xuất phân bón hữu cơ.")
    _maybe_other(doc)


# (code, RU, KK, ash kind or None, (low, high) t a year for the rest)
HUSK_WASTES = (
    ("10 01 01", "Зола и шлак из-под топок котлов", "Қазан оттықтарының астынан шыққан күл мен қож", "bottom", None),
    ("10 01 01", "Зола-унос, уловленная батарейными циклонами", "Батареялық циклондар ұстаған ұшпа күл", "fly", None),
    ("16 11 06", "Отходы футеровки топок (шамотный кирпич)", "Оттықтардың футеровка қалдықтары (шамот кірпіш)", None, (3.0, 7.0)),
    ("17 04 05", "Лом черных металлов (колосники, звенья транспортеров)", "Қара металл сынықтары (колосниктер, транспортер буындары)", None,
     (4.0, 12.0)),
    ("13 02 05*", "Отработанные смазочные масла", "Пайдаланылған майлау майлары", None, (0.3, 0.8)),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", None, (0.05, 0.12)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", None, (0.01, 0.04)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", None, (2.0, 4.5)),
)  # fmt: skip


def wastes_jk2(doc: Doc) -> None:
    """The waste section of a sunflower-husk boiler house's report on possible impacts, the ash worked out in the same table as
    the other wastes: the husk burnt, its ash content, the share of ash carried off and the catch of the cyclones as columns
    before the tonnes a year, so that the bottom ash and the fly ash — both under `10 01 01` — come from the formula written
    above the table while the other wastes have dashes in those columns and only their tonnes, a total row (VI: a wood
    pellet plant's annual report, wastes by quarter and the year last, the unit in a column of its own — `kg` for CTNH,
    `tấn` for the rest — under group rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jk2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(HUSK_PLANTS)
    plant, operator = p[L], p[2 + L]
    burnt = r.randint(160, 240) * 100
    ash = round(r.uniform(2.8, 3.4), 1)
    carried, catch = 0.75, r.choice((82, 85, 88))
    doc.h(g(f"Отчет о возможных воздействиях. Котельная на лузге подсолнечника. {plant}",
            f"{plant}. Күнбағыс қауызымен жұмыс істейтін қазандық. Ықтимал әсерлер туралы есеп", ""))
    doc.h(g("6. Отходы производства и потребления", "6. Өндіріс және тұтыну қалдықтары", ""))
    doc.p(g(f"Оператор – {operator}. Количество золы рассчитано по расходу лузги и ее зольности: Мшл = B · Ар/100 · (1 – αун); "
            "Мун = B · Ар/100 · αун · η/100, где αун – доля золы, уносимой из топки, η – степень улавливания золы в циклонах.",
            f"Оператор – {operator}. Күл мөлшері қауыз шығыны мен оның күлділігі бойынша есептелді: Мшл = B · Ар/100 · (1 – αун); "
            "Мун = B · Ар/100 · αун · η/100, мұнда αун – оттықтан ұшып кететін күлдің үлесі, η – циклондарда күлді ұстау дәрежесі.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Расход лузги B, т/год", "Зольность Ар, %", "Доля уноса αун", "Степень улавливания η, %",
               "Количество, т/год"],
              ["№", "Коды", "Қалдықтың атауы", "Қауыз шығыны B, т/жыл", "Күлділігі Ар, %", "Ұшу үлесі αун", "Ұстау дәрежесі η, %",
               "Мөлшері, т/жыл"], [])]
    total = 0.0
    for k, (code, n_ru, n_kk, kind, span) in enumerate(HUSK_WASTES, 1):
        name = (n_ru, n_kk)[L]
        if kind == "bottom":
            t = round(burnt * ash / 100 * (1 - carried), 1)
            calc = [num(burnt, doc.lang), num(ash, doc.lang), num(carried, doc.lang), "–"]
        elif kind == "fly":
            t = round(burnt * ash / 100 * carried * catch / 100, 1)
            calc = [num(burnt, doc.lang), num(ash, doc.lang), num(carried, doc.lang), str(catch)]
        else:
            lo, hi = span
            t = round(r.uniform(lo, hi), 2 if hi < 1 else 1)
            calc = ["–"] * 4
        rows.append([str(k), code, name, *calc, num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                           "name_contains": _words(name.split(" (")[0], 3)})
        total += t
    rows.append(["", "", g("Итого", "Жиыны", ""), "", "", "", "", num(round(total, 2), doc.lang)])
    doc.table(g("Таблица 6.1 – Расчет образования отходов", "6.1-кесте – Қалдықтардың түзілуін есептеу", ""), rows, role="wastes")
    doc.p(g("Зола лузги передается сельхозпредприятиям района как калийсодержащее удобрение по договорам; до вывоза хранится в закрытом "
            "бункере.",
            "Қауыз күлі аудандағы ауыл шаруашылығы кәсіпорындарына шарттар бойынша құрамында калийі бар тыңайтқыш ретінде беріледі; "
            "шығарылғанға дейін жабық бункерде сақталады.", ""))
    _maybe_other(doc)


# (group, [(name, code or None, unit, (low, high) a quarter)])
VN_WOOD_WASTES = (
    ("A. CHẤT THẢI NGUY HẠI", [
        (None, "17 02 03", "kg", (80, 200)), (None, "18 02 01", "kg", (30, 90)), (None, "16 01 06", "kg", (2, 10)),
        (" (thùng phuy đựng dầu thủy lực)", "18 01 02", "kg", (20, 60))]),
    ("B. CHẤT THẢI RẮN CÔNG NGHIỆP THÔNG THƯỜNG", [
        ("Tro, xỉ lò đốt cấp nhiệt máy sấy", None, "tấn", (120, 260)),
        ("Vỏ cây, đất cát lẫn từ sàng phân loại nguyên liệu", None, "tấn", (60, 150)),
        ("Bao jumbo, dây đai hư hỏng", None, "tấn", (1.5, 4.0))]),
    ("C. CHẤT THẢI RẮN SINH HOẠT", [("Chất thải rắn sinh hoạt của cán bộ, công nhân", None, "tấn", (3.0, 6.0))]),
)


def _wastes_jk2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_WOOD)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Khối lượng chất thải được tổng hợp theo quý từ sổ theo dõi và chứng từ chuyển giao chất thải.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Đơn vị", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"]]
    merges: list = []
    for group, items in VN_WOOD_WASTES:
        _span(rows, merges, group, 9)
        for k, (name, code, unit, (lo, hi)) in enumerate(items, 1):
            if code:
                base = next(n for c, n, _ in vocab.VN_CTNH if c == code)
                name = base + (name or "")
            if unit == "kg":
                qs = [float(r.randint(int(lo), int(hi))) for _ in range(4)]
                year = sum(qs)
            else:
                qs = [round(r.uniform(lo, hi), 1) for _ in range(4)]
                year = round(sum(qs), 1)
            rows.append([str(k), name, code or "-", unit, *(num(q, "vi") for q in qs), num(year, "vi")])
            if code:
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": year / 1000,
                                   "name_contains": base})
            else:
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": year, "name_contains": _words(name, 4)})
    doc.table("Bảng 2.3. Khối lượng chất thải phát sinh năm 2025", rows, merges, role="wastes")
    _maybe_other(doc)


# ---------------------------------------------------------------- limits

# code: technological norm of the КЭР for the gas engines, mg/Nm3 at 5 % O2
ENGINE_NORMS = {"0301": 500, "0337": 1000, "0330": 350, "1325": 20}
ENGINE_SHARE = {"0301": (0.55, 0.9), "0337": (0.4, 0.85), "0330": (0.15, 0.45), "1325": (0.35, 0.8)}


def limits_jk1(doc: Doc) -> None:
    """A protocol of stack measurements at the cogeneration engines of a poultry farm's biogas station, which are part of a
    category I object and have technological norms in its КЭР: the engine's number and name and the O2 merged down over its
    substances, the concentration at the actual O2 and then the same reduced to normal conditions and 5 % O2 — only the
    latter judged against the norm in the next column — a conclusion column, and an engine in reserve written across its
    row (VI: a pig farm's waste water at three points, the first two only checking the treatment and the outlet alone
    judged against QCVN 62-MT:2016/BTNMT column B)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jk1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(POULTRY)
    farm, station, operator = p[L], p[2 + L], p[4 + L]
    engines = r.choice((2, 3))
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g(f"Протокол № {r.randint(110, 480)}-А измерений выбросов загрязняющих веществ. {station}",
            f"{station}. Ластаушы заттар шығарындыларын өлшеу № {r.randint(110, 480)}-А хаттамасы", ""))
    doc.p(g(f"Заказчик: {operator}. Станция входит в состав объекта I категории – птицефабрики «{_core(farm)}»; технологические нормативы для когенерационных "
            f"установок установлены комплексным экологическим разрешением № {permit} для концентраций, приведенных к нормальным условиям "
            "и содержанию кислорода 5 %. Измерения выполнены газоанализатором Testo 350 и отбором проб на формальдегид.",
            f"Тапсырыс беруші: {operator}. Станция {farm} I санатты объектінің құрамына кіреді; когенерациялық қондырғылар үшін "
            f"технологиялық нормативтер № {permit} кешенді экологиялық рұқсатпен қалыпты жағдайларға және оттегінің 5 % мөлшеріне "
            "келтірілген концентрациялар үшін белгіленген. Өлшеулер Testo 350 газоанализаторымен және формальдегидке сынама алу арқылы "
            "орындалды.", ""))
    rows = [g(["№ ИЗА", "Источник", "Загрязняющее вещество", "O2 факт., %", "Концентрация при O2 факт., мг/м³",
               "Концентрация при н.у. и 5 % O2, мг/Нм³", "Технологический норматив, мг/Нм³", "Заключение"],
              ["ЛШК №", "Көз", "Ластаушы зат", "O2 нақты, %", "Нақты O2 кезіндегі концентрация, мг/м³",
               "Қ.ж. және 5 % O2 кезіндегі концентрация, мг/Нм³", "Технологиялық норматив, мг/Нм³", "Қорытынды"], [])]
    merges: list = []
    sources = []
    for k in range(1, engines + 1):
        number = f"01{k:02d}"
        sources.append(number)
        label = g(f"Выхлопная труба КГУ-{k} (Jenbacher J320)", f"КГУ-{k} шығару құбыры (Jenbacher J320)", "")
        if k == 3:
            rows.append([number, label, g("КГУ-3 находилась в резерве, измерения не проводились", "КГУ-3 резервте болды, өлшеулер жүргізілмеді", ""),
                         None, None, None, None, None])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 7))
            continue
        o2 = round(r.uniform(7.8, 9.6), 1)
        start = len(rows)
        for j, (code, norm) in enumerate(ENGINE_NORMS.items()):
            lo, hi = ENGINE_SHARE[code]
            reduced = _sig(norm * r.uniform(lo, hi), 3)
            actual = _sig(reduced * (21 - o2) / 16, 3)
            rows.append([number if j == 0 else None, label if j == 0 else None, f"{code} {_air(doc, code)}",
                         num(o2, doc.lang) if j == 0 else None, num(actual, doc.lang), num(reduced, doc.lang), num(norm, doc.lang),
                         g("соответствует", "сәйкес", "")])
            add(doc, limit(("code", code), "flue_gas", norm, "mg/Nm3", None, number, reduced))
        merges += [(start, c, len(rows) - 1, c) for c in (0, 1, 3)]
    doc.table(g("Таблица 1 – Результаты измерений", "1-кесте – Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    doc.p(g("Оксиды азота определены суммарно и выражены в пересчете на диоксид азота. Приведение к 5 % O2 выполнено по формуле "
            "C5 = Cфакт · (21 – 5)/(21 – O2факт).",
            "Азот оксидтері жиынтық түрде анықталды және азот диоксидіне шаққанда көрсетілді. 5 % O2-ге келтіру "
            "C5 = Cнақты · (21 – 5)/(21 – O2нақты) формуласы бойынша орындалды.", ""))
    _maybe_other(doc)


# (symbol, label, unit as the contract writes it, unit as written, limit of column B, (low, high) at NT1, at NT2, at NT3)
PIG_WW = (
    ("pH", "pH", None, "-", (5.5, 9), (6.8, 7.6), (7.0, 7.9), (7.1, 8.2)),
    ("BOD5", "BOD5 (20 °C)", "mg/l", "mg/L", 100, (900, 1800), (180, 320), (35, 90)),
    ("COD", "COD", "mg/l", "mg/L", 300, (1800, 3400), (380, 650), (90, 260)),
    ("TSS", "Tổng chất rắn lơ lửng (TSS)", "mg/l", "mg/L", 150, (700, 1500), (160, 300), (40, 130)),
    ("TN", "Tổng nitơ (tính theo N)", "mg/l", "mg/L", 150, (420, 700), (180, 260), (60, 140)),
    ("Coliform", "Tổng Coliforms", "MPN/100ml", "MPN/100 mL", 5000, (2.4e5, 1.1e6), (2.1e4, 9.3e4), (930, 4300)),
)


def _limits_jk1_vi(doc: Doc) -> None:
    r = doc.rng
    farm, company, *_ = doc.pick(VN_PIGS)
    day = f"{r.randint(3, 27):02d}/{r.choice((3, 6, 9, 11)):02d}/2025"
    doc.h(f"PHIẾU KẾT QUẢ QUAN TRẮC NƯỚC THẢI – {farm.upper()}")
    doc.p(f"Khách hàng: {company}. Ngày lấy mẫu: {day}. Vị trí: NT1 – nước thải sau hầm biogas; NT2 – sau hồ sinh học số 2; NT3 – nước thải "
          "sau hệ thống xử lý tại điểm xả ra kênh nội đồng.")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả", None, None, "QCVN 62-MT:2016/BTNMT (cột B)"],
            [None, None, None, "NT1 (*)", "NT2 (*)", "NT3", None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 6)] + [(0, 3, 0, 5)]
    for k, (s, label, unit, shown, lim, *spans) in enumerate(PIG_WW, 1):
        cells = []
        for j, (lo, hi) in enumerate(spans):
            if s == "pH":
                v = round(r.uniform(lo, hi), 1)
            elif s == "Coliform":
                v = float(r.choice([x for x in (930, 1500, 2100, 2400, 4300, 9300, 21000, 46000, 93000, 240000, 460000, 1100000) if lo <= x <= hi]))
            else:
                v = float(round(r.uniform(lo, hi))) if hi > 100 else _sig(r.uniform(lo, hi), 3)
            cells.append(num(v, "vi"))
            if j == 2:
                add(doc, limit(("symbol", s), "waste_water", lim, unit, "B", "NT3", v))
        lim_txt = f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if isinstance(lim, tuple) else num(lim, "vi")
        rows.append([str(k), label, shown, *cells, lim_txt])
    doc.table("Bảng kết quả phân tích", rows, merges, role="limits")
    doc.p("Ghi chú: (*) NT1, NT2 là vị trí kiểm soát hiệu quả của từng công đoạn xử lý, không so sánh với quy chuẩn; QCVN 62-MT:2016/BTNMT "
          "cột B chỉ áp dụng cho nước thải tại điểm xả NT3.")
    _maybe_other(doc)


# (symbol, RU unit, KK unit, unit, ПДК, (low, high) background well, (low, high) wells below the lagoons)
WELL_PARAMS = (
    ("pH", "ед. pH", "pH бірл.", None, (6, 9), (7.0, 7.8), (7.1, 8.2)),
    ("NH4+", "мг/дм³", "мг/дм³", "mg/l", 2, (0.05, 0.3), (0.4, 2.6)),
    ("NO2-", "мг/дм³", "мг/дм³", "mg/l", 3.3, (0.01, 0.05), (0.04, 0.6)),
    ("NO3-", "мг/дм³", "мг/дм³", "mg/l", 45, (3, 12), (9, 48)),
    ("Cl-", "мг/дм³", "мг/дм³", "mg/l", 350, (40, 120), (80, 260)),
    ("SO4", "мг/дм³", "мг/дм³", "mg/l", 500, (60, 180), (90, 320)),
    ("TDS", "мг/дм³", "мг/дм³", "mg/l", 1000, (380, 620), (480, 980)),
)
WELLS = (("Н-1", "фоновая, выше лагун по потоку подземных вод", "фондық, жерасты суы ағыны бойынша лагуналардан жоғары"),
         ("Н-2", "ниже лагуны № 1", "№ 1 лагунадан төмен"), ("Н-3", "ниже лагуны № 2", "№ 2 лагунадан төмен"))


def limits_jk2(doc: Doc) -> None:
    """A dairy complex's results of monitoring the groundwater in the observation wells around its digestate lagoons, the
    ПДК of drinking water in the third column before the results, each well a merged header over its spring and autumn
    samples (`апрель | октябрь`), the background well upstream judged like the others, ammonium at times above its ПДК in a
    well below a lagoon, pH with a range (VI: a wood pellet plant's stacks measured against QCVN 19:2009/BTNMT column B reduced by Kp
    and Kv, flow, temperature and O2 rows of no limit, the cyclone's stack measured for dust alone)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jk2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CATTLE)
    short, operator = c[2 + L], c[4 + L]
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {short}",
            f"{short}. 2025 жылғы өндірістік экологиялық бақылау жөніндегі есеп", ""))
    doc.h(g("4.3. Мониторинг подземных вод в районе лагун дигестата", "4.3. Дигестат лагуналары ауданындағы жерасты суларының мониторингі", ""))
    doc.p(g(f"Оператор – {operator}. Наблюдательные скважины глубиной 12–15 м оборудованы по периметру лагун; пробы отобраны в период "
            "весеннего подъема и осенней межени уровня подземных вод. Результаты сопоставлены с ПДК для вод питьевого и "
            "хозяйственно-бытового назначения.",
            f"Оператор – {operator}. Тереңдігі 12–15 м бақылау ұңғымалары лагуналардың периметрі бойынша жабдықталған; сынамалар жерасты "
            "суы деңгейінің көктемгі көтерілуі және күзгі сабасына түсуі кезеңінде алынды. Нәтижелер ауыз су және шаруашылық-тұрмыстық "
            "мақсаттағы суларға арналған ШЖК-мен салыстырылды.", ""))
    months = g(("апрель", "октябрь"), ("сәуір", "қазан"), ())
    head = [g("Показатель", "Көрсеткіш", ""), g("Ед. изм.", "Өлш. бірл.", ""), g("ПДК", "ШЖК", "")]
    for well, w_ru, w_kk in WELLS:
        head += [f"{well} ({(w_ru, w_kk)[L]})", None]
    rows = [head, [None, None, None, *months * len(WELLS)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)] + [(0, 3 + 2 * k, 0, 4 + 2 * k) for k in range(len(WELLS))]
    for s, u_ru, u_kk, unit, pdk, back, below in WELL_PARAMS:
        cells = []
        for k, (well, _, _) in enumerate(WELLS):
            lo, hi = back if k == 0 else below
            for _ in months:
                v = round(r.uniform(lo, hi), 1) if s == "pH" else _sig(r.uniform(lo, hi), 2 if hi < 1 else 3)
                cells.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "water", pdk, unit, None, well, v))
        pdk_txt = f"{num(pdk[0], doc.lang)}–{num(pdk[1], doc.lang)}" if isinstance(pdk, tuple) else num(pdk, doc.lang)
        rows.append([vocab.water(s, doc.lang), (u_ru, u_kk)[L], pdk_txt, *cells])
    doc.table(g("Таблица 4.3 – Результаты анализа проб подземных вод", "4.3-кесте – Жерасты суы сынамаларын талдау нәтижелері", ""), rows, merges,
              role="limits")
    doc.p(g("При превышении ПДК аммоний-иона проводится внеплановое обследование геомембраны соответствующей лагуны.",
            "Аммоний-ионның ШЖК-дан асуы кезінде тиісті лагунаның геомембранасына жоспардан тыс тексеру жүргізіледі.", ""))
    _maybe_other(doc)


# code: (label, QCVN 19:2009/BTNMT column B, (low, high) share of Cmax at KT1)
WOOD_STACK = {"2902": ("Bụi tổng", 200, (0.25, 0.7)), "0337": ("CO", 1000, (0.2, 0.6)), "0330": ("SO2", 500, (0.02, 0.08)),
              "0301": ("NOx (tính theo NO2)", 850, (0.15, 0.35))}


def _limits_jk2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _, _, _, _, kv = doc.pick(VN_WOOD)
    kp = 0.9
    day = f"{r.randint(3, 27):02d}/{r.choice((4, 10)):02d}/2025"
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ – {plant.upper()}")
    doc.p(f"Đơn vị yêu cầu: {company}. Ngày quan trắc: {day}. KT1 – ống khói lò đốt cấp nhiệt máy sấy dăm (nhiên liệu: vỏ cây, mùn cưa), sau "
          "cyclone chùm và tháp rửa khí; KT2 – ống thải hệ thống lọc bụi túi vải khu nghiền búa. Giá trị tối đa cho phép Cmax = C × Kp × Kv "
          f"với Kp = {num(kp, 'vi')} (lưu lượng từ 20.000 đến 100.000 m³/h) và Kv = {num(kv, 'vi')}.")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả", None, "QCVN 19:2009/BTNMT, cột B (Cmax)"],
            [None, None, None, "KT1", "KT2", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    rows.append(["1", "Lưu lượng", "m³/h", num(r.randint(28, 45) * 1000, "vi"), num(r.randint(21, 27) * 1000, "vi"), "-"])
    rows.append(["2", "Nhiệt độ", "°C", str(r.randint(68, 92)), str(r.randint(38, 52)), "-"])
    rows.append(["3", "O2", "%", num(round(r.uniform(13.5, 16.5), 1), "vi"), "-", "-"])
    for k, (code, (label, col_b, (lo, hi))) in enumerate(WOOD_STACK.items(), 4):
        cmax = _sig(col_b * kp * kv, 6)
        v1 = _sig(cmax * r.uniform(lo, hi), 3)
        add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", "KT1", v1))
        cell2 = "-"
        if code == "2902":
            v2 = _sig(cmax * r.uniform(0.05, 0.2), 3)
            cell2 = num(v2, "vi")
            add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", "KT2", v2))
        rows.append([str(k), label, "mg/Nm³", num(v1, "vi"), cell2, num(cmax, "vi")])
    doc.table("Bảng 1. Kết quả phân tích khí thải", rows, merges, role="limits")
    doc.p("Ghi chú: “-” – không quy định hoặc không quan trắc tại vị trí.")
    _maybe_other(doc)


# ---------------------------------------------------------------- monitoring

LETTER = {"ru": {"monthly": "М", "quarterly": "К", "semiannual": "П", "yearly": "Г"},
          "kk": {"monthly": "А", "quarterly": "Т", "semiannual": "ЖЖ", "yearly": "Ж"}}
MATRIX_CODES = ("0301", "0304", "0337", "0330", "1325", "0410", "0303", "0333")
# (place, RU, KK, {code: frequency})
MATRIX_ROWS = (
    ("0001", "Выхлопная труба КГУ-1", "КГУ-1 шығару құбыры",
     {"0301": "quarterly", "0304": "quarterly", "0337": "quarterly", "0330": "quarterly", "1325": "semiannual", "0410": "yearly"}),
    ("0002", "Выхлопная труба КГУ-2", "КГУ-2 шығару құбыры",
     {"0301": "quarterly", "0304": "quarterly", "0337": "quarterly", "0330": "quarterly", "1325": "semiannual", "0410": "yearly"}),
    ("0003", "Факельная установка", "Алау қондырғысы", {"0301": "yearly", "0337": "yearly", "0330": "yearly"}),
    ("0004", "Дымовая труба котла подогрева субстрата", "Субстратты жылыту қазанының түтін мұржасы",
     {"0301": "semiannual", "0304": "semiannual", "0337": "semiannual", "0330": "semiannual"}),
    ("Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік", {"0301": "quarterly", "0337": "quarterly", "0303": "monthly", "0333": "monthly"}),
    ("Т-2", "граница СЗЗ, юго-восток (в сторону жилой зоны)", "СҚА шекарасы, оңтүстік-шығыс (тұрғын аймақ жағы)",
     {"0301": "quarterly", "0337": "quarterly", "0303": "monthly", "0333": "monthly"}),
)  # fmt: skip


def monitoring_jk1(doc: Doc) -> None:
    """A dairy complex's biogas plant's ПЭК programme laid out as a matrix: the places of control (the engines' stacks, the
    flare, the heater's stack, two points on the protection zone's boundary) as rows, the substances as columns headed by a
    code over the name, and in each cell a letter for the frequency — `М`, `К`, `П`, `Г` (KK `А`, `Т`, `ЖЖ`, `Ж`) — or a dash,
    explained only in a legend under the table; the composition of the biogas itself watched by a process analyser is told in
    a paragraph and is no duty of the programme (VI: a pig farm's programme with `x` marks under the parameters and the
    frequency in the row's last column)."""
    if doc.lang == "vi":
        _monitoring_jk1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CATTLE)
    short, operator = c[2 + L], c[4 + L]
    letters = LETTER[doc.lang]
    doc.h(g(f"Программа производственного экологического контроля биогазовой установки {short} на 2026–2028 годы",
            f"{short} биогаз қондырғысының 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Программа разработана {operator}. Мониторинг эмиссий ведется инструментальным методом на источниках и лабораторным методом "
            "на границе санитарно-защитной зоны. Состав биогаза (CH4, CO2, H2S, O2) непрерывно контролируется технологическим "
            "газоанализатором установки и в программу не включается.",
            f"Бағдарламаны {operator} әзірледі. Эмиссиялар мониторингі көздерде аспаптық әдіспен және санитариялық-қорғаныш аймағының "
            "шекарасында зертханалық әдіспен жүргізіледі. Биогаздың құрамы (CH4, CO2, H2S, O2) қондырғының технологиялық газ "
            "талдағышымен үздіксіз бақыланады және бағдарламаға енгізілмейді.", ""))
    width = 2 + len(MATRIX_CODES)
    rows = [[g("Место контроля", "Бақылау орны", ""), g("Контролируемые вещества и периодичность", "Бақыланатын заттар және кезеңділігі", ""),
             *[None] * (len(MATRIX_CODES) - 1), g("Метод", "Әдіс", "")],
            [None, *(f"{code}\n{_air(doc, code)}" for code in MATRIX_CODES), None]]
    merges = [(0, 0, 1, 0), (0, 1, 0, len(MATRIX_CODES)), (0, width - 1, 1, width - 1)]
    pairs = []
    for place, p_ru, p_kk, duties in MATRIX_ROWS:
        src = place[0].isdigit()
        label = f"{g('ИЗА', 'ЛШК', '')} {place} – {(p_ru, p_kk)[L]}" if src else f"{place} – {(p_ru, p_kk)[L]}"
        cells = [letters[duties[code]] if code in duties else "–" for code in MATRIX_CODES]
        method = g("инструментальный", "аспаптық", "") if src else g("лабораторный", "зертханалық", "")
        rows.append([label, *cells, method])
        for code, word in duties.items():
            key = "source_number" if src else "point"
            doc.add("monitoring", {key: place, "code": code, "frequency": word})
            if src:
                pairs.append((place, code))
    doc.table(g("Таблица 3 – План-график контроля эмиссий", "3-кесте – Эмиссияларды бақылау жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.p(g("Обозначения: М – ежемесячно; К – 1 раз в квартал; П – 1 раз в полугодие; Г – 1 раз в год; «–» – не контролируется.",
            "Белгілер: А – ай сайын; Т – тоқсанына 1 рет; ЖЖ – жарты жылда 1 рет; Ж – жылына 1 рет; «–» – бақыланбайды.", ""))
    doc.add("sources", *({"number": row[0], "type": "organized"} for row in MATRIX_ROWS if row[0][0].isdigit()))
    doc.add("emissions", *(emission(code, None, None, n) for n, code in pairs))
    _maybe_other(doc)


VN_MATRIX = (("pH", "symbol"), ("BOD5", "symbol"), ("COD", "symbol"), ("TSS", "symbol"), ("TN", "symbol"), ("Coliform", "symbol"),
             ("0303", "code"), ("0333", "code"))
# (point, place, keys monitored, frequency)
VN_MATRIX_ROWS = (
    ("NT1", "Nước thải sau hầm biogas (trước hồ sinh học)", ("pH", "BOD5", "COD", "TSS", "TN"), "semiannual"),
    ("NT2", "Nước thải sau hệ thống xử lý, tại điểm xả ra kênh", ("pH", "BOD5", "COD", "TSS", "TN", "Coliform"), "quarterly"),
    ("KK1", "Không khí khu vực hầm biogas và hồ sinh học", ("0303", "0333"), "semiannual"),
    ("KK2", "Không khí khu dân cư cuối hướng gió chủ đạo", ("0303", "0333"), "yearly"),
)


def _monitoring_jk1_vi(doc: Doc) -> None:
    farm, company, *_ = doc.pick(VN_PIGS)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – {farm.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Chương trình kèm theo hồ sơ đề nghị cấp giấy phép môi trường; đánh dấu “x” tại thông số phải quan trắc ở "
          "từng vị trí.")
    labels = {"0303": "NH3", "0333": "H2S", "TN": "Tổng N", "Coliform": "Coliforms", "TSS": "TSS", "BOD5": "BOD5", "COD": "COD", "pH": "pH"}
    rows = [["Ký hiệu", "Vị trí quan trắc", *(labels[k] for k, _ in VN_MATRIX), "Tần suất"]]
    for point, place, keys, word in VN_MATRIX_ROWS:
        rows.append([point, place, *("x" if k in keys else "" for k, _ in VN_MATRIX), freq(doc, word)])
        for k, kind in VN_MATRIX:
            if k in keys:
                doc.add("monitoring", {"point": point, kind: k, "frequency": word})
    doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 62-MT:2016/BTNMT (nước thải chăn nuôi, cột B); QCVN 06:2009/BTNMT (không khí xung quanh).")
    _maybe_other(doc)


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# (place, RU, KK, codes, months of sampling)
HUSK_PLAN = (
    ("0001", "дымовая труба котельной (котлы № 1, 2)", "қазандықтың түтін мұржасы (№ 1, 2 қазандар)", ("0301", "0304", "0337", "0330", "3739"),
     (3, 6, 9, 12)),
    ("0001", "дымовая труба котельной, экспресс-контроль переносным газоанализатором",
     "қазандықтың түтін мұржасы, тасымалды газ талдағышпен экспресс-бақылау", ("0337",), tuple(range(1, 13))),
    ("0001", "дымовая труба котельной (в отопительный период)", "қазандықтың түтін мұржасы (жылыту кезеңінде)", ("0703",), (1,)),
    ("0002", "аспирация бункера-накопителя лузги", "қауыз жинақтау бункерінің аспирациясы", ("2902",), (4, 10)),
    ("0003", "аспирация бункера золы", "күл бункерінің аспирациясы", ("3739",), (4, 10)),
    ("Т-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік", ("0301", "0330", "0337", "2902"), (2, 5, 8, 11)),
    ("Т-2", "граница СЗЗ, юг", "СҚА шекарасы, оңтүстік", ("0301", "0330", "0337", "2902"), (2, 5, 8, 11)),
)  # fmt: skip
FREQ_OF = {12: "monthly", 4: "quarterly", 2: "semiannual", 1: "yearly"}


def _months(marks: tuple[int, ...], lang: str) -> str:
    """The months of sampling: Roman numerals (`III, VI, IX, XII`, `I–XII`), in Vietnamese `Tháng 3, 6, 9 và 12`."""
    if lang == "vi":
        if len(marks) == 1:
            return f"Tháng {marks[0]}"
        return "Tháng " + ", ".join(str(m) for m in marks[:-1]) + f" và {marks[-1]}"
    if len(marks) == 12:
        return "I–XII"
    return ", ".join(ROMAN[m - 1] for m in marks)


def monitoring_jk2(doc: Doc) -> None:
    """A sunflower-husk boiler house's ПЭК programme with no column of frequency: each row gives the months of sampling in
    Roman numerals (`III, VI, IX, XII`, `IV, X`, `I`, `I–XII`), from which alone the frequency follows; the same stack in three
    rows — the laboratory's quarterly sampling, the monthly express control of CO and benzo(a)pyrene once in the heating
    season — the ash of husk under its own code, two points on the protection zone's boundary (VI: a rice-husk pellet plant's
    programme with `Tháng 3, 6, 9 và 12`, flow and temperature among the parameters with no key)."""
    if doc.lang == "vi":
        _monitoring_jk2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(HUSK_PLANTS)
    plant, operator = p[L], p[2 + L]
    doc.h(g(f"Программа производственного экологического контроля. Котельная на лузге подсолнечника. {plant}",
            f"{plant}. Күнбағыс қауызымен жұмыс істейтін қазандық. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Программа разработана {operator}. Отбор проб выполняет аккредитованная лаборатория по договору в месяцы, указанные в "
            "таблице; экспресс-контроль ведет персонал котельной.",
            f"Бағдарламаны {operator} әзірледі. Сынамаларды шарт бойынша аккредиттелген зертхана кестеде көрсетілген айларда алады; "
            "экспресс-бақылауды қазандық персоналы жүргізеді.", ""))
    rows = [g(["№", "Место отбора проб", "Контролируемые вещества", "Месяцы отбора проб", "Исполнитель"],
              ["№", "Сынама алу орны", "Бақыланатын заттар", "Сынама алу айлары", "Орындаушы"], [])]
    pairs: list = []
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    for k, (place, p_ru, p_kk, codes, marks) in enumerate(HUSK_PLAN, 1):
        src = place[0].isdigit()
        label = f"{g('ИЗА', 'ЛШК', '')} {place} – {(p_ru, p_kk)[L]}" if src else f"{place} – {(p_ru, p_kk)[L]}"
        who = g("оператор котельной", "қазандық операторы", "") if len(marks) == 12 else lab
        rows.append([str(k), label, "; ".join(f"{code} – {_air(doc, code)}" for code in codes), _months(marks, doc.lang), who])
        for code in codes:
            doc.add("monitoring", {("source_number" if src else "point"): place, "code": code, "frequency": FREQ_OF[len(marks)]})
            if src and (place, code) not in pairs:
                pairs.append((place, code))
    doc.table(g("Таблица 5 – График мониторинга эмиссий", "5-кесте – Эмиссиялар мониторингінің кестесі", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in ("0001", "0002", "0003")))
    doc.add("emissions", *(emission(code, None, None, n) for n, code in pairs))
    _maybe_other(doc)


# (point, place, [(kind, key) or (None, label)], months)
VN_HUSK_PLAN = (
    ("KT1", "Ống khói lò cấp nhiệt máy sấy", [(None, "Lưu lượng"), (None, "nhiệt độ"), ("code", "2902"), ("code", "0337"), ("code", "0330"),
                                             ("code", "0301")], (3, 6, 9, 12)),
    ("KT2", "Ống thải cyclone – lọc bụi túi khu nghiền trấu", [(None, "Lưu lượng"), ("code", "2902")], (6, 12)),
    ("KK1", "Không khí tại cổng nhà máy", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], (6, 12)),
    ("KK2", "Khu dân cư cuối hướng gió chủ đạo", [("code", "2902")], (12,)),
    ("NT1", "Nước thải sinh hoạt sau bể tự hoại 3 ngăn", [("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "TSS"), ("symbol", "NH4+"),
                                                          ("symbol", "Coliform")], (6, 12)),
)


def _monitoring_jk2_vi(doc: Doc) -> None:
    plant, company, *_ = doc.pick(VN_HUSK)
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Đơn vị quan trắc có chứng nhận VIMCERTS thực hiện lấy mẫu vào các tháng ghi trong bảng.")
    rows = [["Ký hiệu", "Vị trí", "Thông số quan trắc", "Thời điểm quan trắc"]]
    for point, place, params, marks in VN_HUSK_PLAN:
        names = ", ".join(label if kind is None else _param(doc, kind, label) for kind, label in params)
        rows.append([point, place, names, _months(marks, "vi")])
        for kind, key in params:
            if kind:
                doc.add("monitoring", {"point": point, kind: key, "frequency": FREQ_OF[len(marks)]})
    doc.table("Bảng 1. Vị trí, thông số và thời điểm quan trắc", rows, role="monitoring")
    _maybe_other(doc)


# ---------------------------------------------------------------- inspections

SAID = {
    "ru": {"shift": "каждую смену", "daily": "ежедневно", "weekly": "еженедельно", "monthly": "ежемесячно", "quarterly": "ежеквартально",
           "semiannual": "1 раз в полугодие", "yearly": "1 раз в год (при плановой остановке)"},
    "kk": {"shift": "әр ауысымда", "daily": "күн сайын", "weekly": "апта сайын", "monthly": "ай сайын", "quarterly": "тоқсан сайын",
           "semiannual": "жарты жылда 1 рет", "yearly": "жылына 1 рет (жоспарлы тоқтату кезінде)"},
    "vi": {"shift": "Mỗi ca", "daily": "Hằng ngày", "weekly": "Hằng tuần", "monthly": "Hằng tháng", "quarterly": "03 tháng/lần",
           "semiannual": "06 tháng/lần", "yearly": "1 lần/năm"},
}
ROLES_KZ = (("Оператор смены", "Ауысым операторы"), ("Мастер биогазовой установки", "Биогаз қондырғысының шебері"),
            ("Главный энергетик", "Бас энергетик"))
# (RU object, KK object, RU what, KK what, frequency of each role or None)
BIOGAS_ROUNDS = (
    ("Метантенки № 1, 2", "№ 1, 2 метантенктер", "температура и уровень субстрата, герметичность люков и смотровых окон, работа мешалок",
     "субстраттың температурасы мен деңгейі, люктер мен қарау терезелерінің саңылаусыздығы, араластырғыштардың жұмысы",
     ("shift", "daily", "monthly")),
    ("Мембранный газгольдер", "Мембраналы газгольдер", "давление газа, состояние мембраны, предохранительный клапан",
     "газ қысымы, мембрананың жай-күйі, сақтандырғыш клапан", ("shift", "weekly", None)),
    ("Установка сероочистки биогаза", "Биогазды күкіртсіздендіру қондырғысы", "содержание H2S после очистки, подача воздуха, состояние загрузки",
     "тазартудан кейінгі H2S мөлшері, ауа беру, жүктеменің жай-күйі", ("daily", None, "monthly")),
    ("Когенерационные установки КГУ-1, КГУ-2", "КГУ-1, КГУ-2 когенерациялық қондырғылары", "выхлопной тракт, утечки масла, показания газоанализатора",
     "шығару жолы, майдың ағуы, газ талдағыштың көрсеткіштері", ("shift", "daily", "quarterly")),
    ("Факельная установка", "Алау қондырғысы", "огнепреградитель, система розжига, автоматика пуска",
     "от бөгегіш, тұтату жүйесі, іске қосу автоматикасы", (None, "weekly", "semiannual")),
    ("Лагуны дигестата", "Дигестат лагуналары", "плавающее покрытие, уровень заполнения (запас до гребня не менее 0,5 м), контрольные колодцы утечек",
     "қалқымалы жабын, толу деңгейі (жоталға дейінгі қор кемінде 0,5 м), ағып кетуді бақылау құдықтары", (None, "weekly", "quarterly")),
    ("Площадка твердой фракции дигестата", "Дигестаттың қатты фракциясы алаңы", "целостность бетонного покрытия, сбор фильтрата",
     "бетон жабынның бүтіндігі, сүзіндіні жинау", ("daily", None, None)),
    ("Газопроводы биогаза и конденсатоотводчики", "Биогаз құбырлары мен конденсат бөлгіштер", "удаление конденсата, отсутствие утечек газа (течеискатель)",
     "конденсатты шығару, газдың ағып кетуінің болмауы (ағу іздегішпен)", (None, "weekly", "yearly")),
)  # fmt: skip


def _rounds_item(obj: str, actor: str, word: str) -> dict:
    item = {"kind": "inspection", "text_contains": obj, "actor_contains": actor}
    if word != "shift":
        item["frequency"] = word
    return item


def inspections_jk1(doc: Doc) -> None:
    """A dairy complex's regulation of rounds at its biogas plant: the objects (digesters, gas holder, desulphurisation,
    engines, flare, lagoons, the solid fraction's pad, gas pipes) with what is looked at, and the frequency written under the
    column of the one who goes round — the shift operator, the plant's foreman, the chief power engineer — so that one row
    holds up to three checks by different people at different frequencies, a dash where one does not go, and `каждую
    смену`, which is no frequency of the contract (VI: a pig farm's rounds by the operator, the technical team leader and
    the farm manager, `Mỗi ca`)."""
    L = 0 if doc.lang == "ru" else 1 if doc.lang == "kk" else 2
    g = doc.v
    said = SAID[doc.lang]
    if doc.lang == "vi":
        farm, company, *_ = doc.pick(VN_PIGS)
        roles = ("Công nhân vận hành", "Tổ trưởng kỹ thuật", "Quản lý trại")
        items = VN_ROUNDS
        doc.h(f"QUY TRÌNH KIỂM TRA, VẬN HÀNH HỆ THỐNG XỬ LÝ CHẤT THẢI – {farm.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {company}. Kết quả kiểm tra ghi vào sổ nhật ký vận hành; sự cố báo ngay cho "
              "Quản lý trại.")
    else:
        c = doc.pick(CATTLE)
        short, operator = c[2 + L], c[4 + L]
        roles = tuple(x[L] for x in ROLES_KZ)
        items = tuple((i[L], i[2 + L], i[4]) for i in BIOGAS_ROUNDS)
        doc.h(g(f"Регламент обходов и осмотров биогазовой установки {short}", f"{short} биогаз қондырғысын аралау және тексеру регламенті", ""))
        doc.p(g(f"Утвержден приказом директора {operator}. Результаты осмотров заносятся в журнал обходов; о выявленных утечках биогаза "
                "и повреждениях покрытия лагун немедленно сообщается главному энергетику.",
                f"{operator} директорының бұйрығымен бекітілді. Тексеру нәтижелері аралау журналына енгізіледі; биогаздың ағып кетуі және "
                "лагуна жабынының зақымдануы туралы бас энергетикке дереу хабарланады.", ""))
    rows = [[g("№", "№", "TT"), g("Объект осмотра", "Тексеру объектісі", "Hạng mục"), g("Что проверяется", "Не тексеріледі", "Nội dung kiểm tra"),
             g("Периодичность осмотра", "Тексеру кезеңділігі", "Tần suất kiểm tra theo người thực hiện"), None, None],
            [None, None, None, *roles]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)]
    for k, (obj, what, words) in enumerate(items, 1):
        rows.append([str(k), obj, what, *(said[w] if w else "–" for w in words)])
        for actor, w in zip(roles, words, strict=True):
            if w:
                doc.add("obligations", _rounds_item(obj, actor, w))
    doc.table(g("Приложение 1. График обходов", "1-қосымша. Аралау кестесі", "Phụ lục. Lịch kiểm tra"), rows, merges, role="inspections")
    _maybe_other(doc)


VN_ROUNDS = (
    ("Hầm biogas phủ bạt HDPE", "Độ căng bạt, rò rỉ khí, mức nước thải trong hầm", ("shift", "weekly", "monthly")),
    ("Máy phát điện biogas", "Nhiệt độ, rò rỉ dầu, khói thải, số giờ chạy máy", ("shift", "daily", None)),
    ("Đuốc đốt khí dư", "Ngọn lửa mồi, van một chiều, bộ chống cháy ngược", (None, "weekly", "quarterly")),
    ("Bể lọc khử H2S (phôi sắt)", "Độ bão hòa vật liệu lọc, nồng độ H2S sau lọc", ("daily", None, "monthly")),
    ("Hồ sinh học số 1, 2", "Mực nước, màu nước, bờ hồ và lớp lót HDPE", (None, "weekly", "semiannual")),
    ("Máy ép tách phân và nhà chứa phân", "Hoạt động máy ép, nước rỉ phân, mái che", ("daily", None, None)),
    ("Kho lưu giữ chất thải nguy hại", "Nhãn, biển cảnh báo, sổ theo dõi chất thải", (None, None, "monthly")),
)


ROLES_PELLET = (("Главный механик", "Бас механик"), ("Начальник сушильного участка", "Кептіру учаскесінің бастығы"),
                ("Начальник склада сырья", "Шикізат қоймасының бастығы"), ("Инженер-эколог", "Инженер-эколог"),
                ("Главный инженер", "Бас инженер"), ("Заведующий хозяйством", "Шаруашылық меңгерушісі"))
# (RU item, KK item, role, months)
PELLET_CHECKS = (
    ("Циклоны и рукавные фильтры аспирационных систем (ИЗА 0001, 0002, 0004, 0005): целостность рукавов, перепад давления, выгрузка пыли",
     "Аспирациялық жүйелердің циклондары мен жеңді сүзгілері (0001, 0002, 0004, 0005 ЛШК): жеңдердің бүтіндігі, қысым айырмасы, шаңды түсіру",
     0, tuple(range(1, 13))),
    ("Теплогенератор и сушильный барабан: искрогаситель, газоход, отложения сажи",
     "Жылу генераторы мен кептіру барабаны: ұшқын сөндіргіш, газ жолы, күйе шөгінділері", 1, (3, 6, 9, 12)),
    ("Склад рулонов соломы: противопожарные разрывы, россыпи, признаки самонагревания",
     "Сабан орамдарының қоймасы: өртке қарсы аралықтар, шашылу, өздігінен қызу белгілері", 2, tuple(range(1, 13))),
    ("Площадка временного хранения отходов (зола теплогенератора, отработанные масла, пыль фильтров)",
     "Қалдықтарды уақытша сақтау алаңы (жылу генераторының күлі, пайдаланылған майлар, сүзгі шаңы)", 3, (1, 4, 7, 10)),
    ("Журналы учета работы ГОУ и учета отходов", "ГТҚ жұмысын есепке алу және қалдықтарды есепке алу журналдары", 3, (6, 12)),
    ("Инструментальная проверка эффективности ГОУ с привлечением лаборатории",
     "Зертхананы тарта отырып ГТҚ тиімділігін аспаптық тексеру", 4, (5,)),
    ("Территория и санитарно-защитная зона: уборка, озеленение", "Аумақ және санитариялық-қорғаныш аймағы: жинау, көгалдандыру", 5, (4, 9)),
)  # fmt: skip


def inspections_jk2(doc: Doc) -> None:
    """A straw pellet plant's yearly schedule of internal environmental checks with no column of frequency: the month columns
    `I` … `XII` under a merged header `Месяцы 2026 года` carry a `+` in the months a check falls in, so the frequency is only
    the count of marks — every month, every quarter, twice a year, once — and the responsible stands before the months (VI: a
    wood pellet plant's schedule, `T1` … `T12` with `x`)."""
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        plant, company, *_ = doc.pick(VN_WOOD)
        checks = VN_PELLET_CHECKS
        doc.h(f"KẾ HOẠCH TỰ KIỂM TRA CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
        doc.p(f"Kèm theo Quyết định của Tổng Giám đốc {company}. Đánh dấu “x” vào tháng thực hiện kiểm tra.")
        marks_head = [f"T{m}" for m in range(1, 13)]
        mark = "x"
    else:
        L = _L(doc)
        p = doc.pick(STRAW_PLANTS)
        operator = p[L]
        checks = tuple((c[L], ROLES_PELLET[c[2]][L], c[3]) for c in PELLET_CHECKS)
        doc.h(g(f"График внутренних проверок соблюдения экологических требований на 2026 год. {operator}",
                f"{operator}. Экологиялық талаптардың сақталуын ішкі тексерулердің 2026 жылға арналған кестесі", ""))
        doc.p(g("Проверки проводятся ответственными лицами в отмеченные месяцы; результаты оформляются записью в журнале "
                "производственного экологического контроля.",
                "Тексерулерді жауапты тұлғалар белгіленген айларда жүргізеді; нәтижелер өндірістік экологиялық бақылау журналында жазбамен "
                "ресімделеді.", ""))
        marks_head = list(ROMAN)
        mark = "+"
    rows = [[g("№", "№", "TT"), g("Объект и предмет проверки", "Тексеру объектісі мен нысанасы", "Đối tượng, nội dung kiểm tra"),
             g("Ответственный", "Жауапты", "Người chịu trách nhiệm"), g("Месяцы 2026 года", "2026 жылдың айлары", "Tháng thực hiện năm 2026"),
             *[None] * 11],
            [None, None, None, *marks_head]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    for k, (what, who, months) in enumerate(checks, 1):
        rows.append([str(k), what, who, *(mark if m in months else "" for m in range(1, 13))])
        doc.add("obligations", {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who, "frequency": FREQ_OF[len(months)]})
    doc.table(g("Таблица 1", "1-кесте", "Bảng 1"), rows, merges, role="inspections")
    _maybe_other(doc)


VN_PELLET_CHECKS = (
    ("Hệ thống cyclone và lọc bụi túi vải khu nghiền búa: túi lọc, chênh áp, xả bụi", "Quản đốc xưởng nghiền", tuple(range(1, 13))),
    ("Lò đốt cấp nhiệt và tháp rửa khí: ống khói, bơm tuần hoàn, độ pH nước rửa", "Quản đốc xưởng sấy", (3, 6, 9, 12)),
    ("Bãi chứa dăm gỗ, mùn cưa: khoảng cách phòng cháy, nước mưa chảy tràn", "Trưởng kho nguyên liệu", tuple(range(1, 13))),
    ("Kho lưu giữ chất thải nguy hại và khu chứa tro lò đốt", "Phòng An toàn – Môi trường", (1, 4, 7, 10)),
    ("Sổ nhật ký vận hành công trình xử lý và chứng từ chất thải", "Phòng An toàn – Môi trường", (6, 12)),
    ("Hệ thống thu gom, thoát nước mưa toàn nhà máy", "Phòng Kỹ thuật", (5,)),
)


# ---------------------------------------------------------------- tasks

# key: (RU, KK) of who is responsible
STARTUP_WHO = {
    "supplier": ("Шеф-инженер поставщика оборудования", "Жабдық жеткізушінің шеф-инженері"),
    "tech": ("Технолог станции", "Станция технологы"),
    "lab": ("Лаборатория птицефабрики", "Құс фабрикасының зертханасы"),
    "energy": ("Главный энергетик", "Бас энергетик"),
    "eco": ("Инженер-эколог", "Инженер-эколог"),
    "safety": ("Служба охраны труда", "Еңбекті қорғау қызметі"),
}
# ((RU stage, KK stage), [(RU task, KK task, days, RU criterion, KK criterion, who)])
STARTUP = (
    (("Этап 1. Подготовка к пуску", "1-кезең. Іске қосуға дайындық"), [
        ("Провести испытания метантенков и газгольдера на герметичность", "Метантенктер мен газгольдерді саңылаусыздыққа сынау",
         "–10…–1", "утечки отсутствуют, подписан акт испытаний", "ағып кету жоқ, сынақ актісіне қол қойылды", "supplier"),
        ("Обучить операторов действиям при утечке биогаза и обращению с дигестатом",
         "Операторларды биогаз ағып кеткен кездегі іс-қимылдарға және дигестатпен жұмыс істеуге оқыту", "–10…–5",
         "протокол проверки знаний", "білімді тексеру хаттамасы", "safety"),
        ("Заполнить метантенки технической водой и подогреть до 38 °C", "Метантенктерді техникалық сумен толтырып, 38 °C-қа дейін жылыту",
         "1–5", "t = 37–39 °C", "t = 37–39 °C", "tech"),
        ("Загрузить инокулят – сброженный субстрат действующей биогазовой установки",
         "Инокулятты – жұмыс істеп тұрған биогаз қондырғысының ашытылған субстратын жүктеу", "6–8", "не менее 10 % рабочего объема",
         "жұмыс көлемінің кемінде 10 %", "tech")]),
    (("Этап 2. Запуск биологического процесса", "2-кезең. Биологиялық процесті іске қосу"), [
        ("Начать дозированную загрузку помета с постепенным увеличением до проектной", "Саңғырықты жобалық деңгейге дейін біртіндеп арттыра отырып мөлшерлеп жүктеуді бастау",
         "9–45", "нагрузка ≤ 3,5 кг оСВ/(м³·сут), FOS/TAC < 0,3", "жүктеме ≤ 3,5 кг оҚЗ/(м³·тәул), FOS/TAC < 0,3", "tech"),
        ("Вести ежедневный контроль pH, летучих жирных кислот и аммонийного азота в метантенках",
         "Метантенктердегі pH, ұшпа май қышқылдары мен аммонийлі азотты күнделікті бақылауды жүргізу", "9–60",
         "pH 7,2–7,8; NH4-N < 4 000 мг/л", "pH 7,2–7,8; NH4-N < 4 000 мг/л", "lab"),
        ("Сжигать биогаз на факеле до достижения содержания метана 50 %", "Метан мөлшері 50 %-ға жеткенге дейін биогазды алауда жағу", "15–30",
         "CH4 ≥ 50 % по газоанализатору", "газ талдағыш бойынша CH4 ≥ 50 %", "energy")]),
    (("Этап 3. Пуск КГУ и выход на мощность", "3-кезең. КГУ-ды іске қосу және қуатқа шығу"), [
        ("Выполнить пусконаладку КГУ-1 и КГУ-2 и синхронизацию с сетью", "КГУ-1 мен КГУ-2-ні іске қосу-баптау және желімен синхрондау", "30–40",
         "протокол синхронизации, согласованный с РЭК", "ӨЭК-пен келісілген синхрондау хаттамасы", "supplier"),
        ("Вывести станцию на проектную электрическую мощность", "Станцияны жобалық электр қуатына шығару", "40–60",
         "выработка ≥ 90 % номинала в течение 72 ч", "72 сағат бойы номиналдың ≥ 90 % өндіру", "energy")]),
    (("Этап 4. Экологическое сопровождение", "4-кезең. Экологиялық сүйемелдеу"), [
        ("Провести инструментальные замеры выбросов КГУ после выхода на режим", "Режимге шыққаннан кейін КГУ шығарындыларын аспаптық өлшеу",
         "45–60", "протокол аккредитованной лаборатории", "аккредиттелген зертхананың хаттамасы", "eco"),
        ("Уведомить департамент экологии о вводе станции в эксплуатацию и внести фактические данные в отчет по ПЭК",
         "Экология департаментін станцияны пайдалануға енгізу туралы хабардар ету және нақты деректерді ӨЭБ есебіне енгізу", "60–70",
         "исходящее письмо с отметкой о получении", "алынғаны туралы белгісі бар шығыс хат", "eco")]),
)  # fmt: skip


def tasks_jk1(doc: Doc) -> None:
    """A poultry farm biogas station's programme of starting up, its measures numbered `1.1` under stage rows, the time written
    as days counted from the start (`–10…–1` before it, `9–45`) instead of dates, a criterion of completion full of figures
    (`FOS/TAC < 0,3`, `pH 7,2–7,8`, `≥ 90 %`) and the responsible last — the equipment supplier's commissioning engineer among
    the farm's own people (VI: a pig farm's start-up of its biogas digester and generators, `Ngày thứ`, the criteria and the
    one in charge)."""
    if doc.lang == "vi":
        _tasks_jk1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(POULTRY)
    station, operator = p[2 + L], p[4 + L]
    doc.h(g(f"Программа пуска и вывода на проектный режим. {station}", f"{station}. Іске қосу және жобалық режимге шығару бағдарламасы", ""))
    doc.p(g(f"Утверждена директором {operator}. День 1 – день начала заполнения метантенков; отрицательные значения – сутки до пуска.",
            f"{operator} директоры бекітті. 1-күн – метантенктерді толтыру басталған күн; теріс мәндер – іске қосуға дейінгі тәуліктер.", ""))
    rows = [g(["№", "Мероприятие", "Сутки от начала пуска", "Критерий завершения", "Ответственный"],
              ["№", "Іс-шара", "Іске қосу басынан бергі тәулік", "Аяқталу критерийі", "Жауапты"], [])]
    merges: list = []
    for s, ((st_ru, st_kk), items) in enumerate(STARTUP, 1):
        _span(rows, merges, (st_ru, st_kk)[L], 5)
        for k, (t_ru, t_kk, days, c_ru, c_kk, who) in enumerate(items, 1):
            text, actor = (t_ru, t_kk)[L], STARTUP_WHO[who][L]
            rows.append([f"{s}.{k}", text, days, (c_ru, c_kk)[L], actor])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": actor})
    doc.table(g("Таблица 1 – Мероприятия по пуску", "1-кесте – Іске қосу жөніндегі іс-шаралар", ""), rows, merges, role="tasks")
    _maybe_other(doc)


VN_STARTUP = (
    ("Giai đoạn 1. Chuẩn bị", [
        ("Kiểm tra độ kín hầm biogas và đường ống dẫn khí bằng thử áp", "Trước 7 ngày", "Không rò rỉ, có biên bản thử áp", "Nhà thầu thi công"),
        ("Tập huấn vận hành hầm biogas và an toàn khí cho công nhân", "Trước 5 ngày", "100 % công nhân được tập huấn", "Quản lý trại")]),
    ("Giai đoạn 2. Khởi động hầm biogas", [
        ("Bổ sung bùn vi sinh từ hầm biogas đang hoạt động", "Ngày thứ 1 – 3", "Tối thiểu 8 % thể tích hầm", "Tổ trưởng kỹ thuật"),
        ("Tăng dần lượng nước thải chuồng nuôi vào hầm đến công suất thiết kế", "Ngày thứ 4 – 40", "pH trong hầm 6,8 – 7,6", "Tổ trưởng kỹ thuật"),
        ("Đốt bỏ khí biogas bằng đuốc cho đến khi hàm lượng CH4 đạt 50 %", "Ngày thứ 10 – 25", "CH4 ≥ 50 %", "Kỹ thuật viên cơ điện")]),
    ("Giai đoạn 3. Vận hành máy phát điện và giám sát môi trường", [
        ("Chạy thử, hòa lưới máy phát điện biogas số 1 và số 2", "Ngày thứ 25 – 35", "Máy chạy ổn định 72 giờ", "Kỹ thuật viên cơ điện"),
        ("Lấy mẫu nước thải sau hồ sinh học để đánh giá hiệu quả xử lý", "Ngày thứ 45 – 60", "Có phiếu kết quả của đơn vị VIMCERTS",
         "Cán bộ môi trường")]),
)


def _tasks_jk1_vi(doc: Doc) -> None:
    farm, company, *_ = doc.pick(VN_PIGS)
    doc.h(f"KẾ HOẠCH KHỞI ĐỘNG HỆ THỐNG BIOGAS VÀ MÁY PHÁT ĐIỆN – {farm.upper()}")
    doc.p(f"Do {company} ban hành. Ngày thứ 1 là ngày bắt đầu cấp nước thải vào hầm biogas.")
    rows = [["TT", "Công việc", "Thời gian", "Tiêu chí hoàn thành", "Người phụ trách"]]
    merges: list = []
    for s, (stage, items) in enumerate(VN_STARTUP, 1):
        _span(rows, merges, stage, 5)
        for k, (text, when, crit, who) in enumerate(items, 1):
            rows.append([f"{s}.{k}", text, when, crit, who])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 1. Trình tự khởi động", rows, merges, role="tasks")
    _maybe_other(doc)


# ((RU section, KK section), [(RU, KK, RU unit, KK unit, volume, RU term, KK term, (RU responsible, KK responsible))])
SEASON = (
    (("1. Топливоподача", "1. Отын беру"), [
        ("Создать нормативный запас лузги в закрытом складе", "Жабық қоймада қауыздың нормативтік қорын жасау", "т", "т", 6000,
         "до 15.09.2026", "15.09.2026 дейін", ("Начальник котельной", "Қазандық бастығы")),
        ("Отремонтировать ленточный транспортер и пневмотранспорт лузги", "Таспалы транспортер мен қауыздың пневмокөлігін жөндеу", "компл.",
         "жиынт.", 1, "август 2026 г.", "2026 ж. тамыз", ("Главный механик", "Бас механик"))]),
    (("2. Котлы и газоочистка", "2. Қазандар және газ тазарту"), [
        ("Выполнить текущий ремонт котлов КЕ-10-14С с заменой футеровки топок", "Оттықтардың футеровкасын ауыстыра отырып КЕ-10-14С қазандарын ағымдағы жөндеу",
         "котел", "қазан", 2, "июль – август 2026 г.", "2026 ж. шілде – тамыз", ("Главный механик", "Бас механик")),
        ("Очистить газоходы и батарейные циклоны, заменить изношенные циклонные элементы", "Газ жолдары мен батареялық циклондарды тазалау, тозған циклон элементтерін ауыстыру",
         "элем.", "элем.", 48, "до 01.09.2026", "01.09.2026 дейін", ("Начальник котельной", "Қазандық бастығы")),
        ("Провести режимно-наладочные испытания котлов после ремонта", "Жөндеуден кейін қазандарды режимдік-баптау сынақтарын жүргізу", "котел",
         "қазан", 2, "октябрь 2026 г.", "2026 ж. қазан", ("Главный энергетик", "Бас энергетик"))]),
    (("3. Золоудаление", "3. Күл шығару"), [
        ("Заменить шнек золоудаления котла № 2", "№ 2 қазанның күл шығару шнегін ауыстыру", "шт.", "дана", 1, "август 2026 г.", "2026 ж. тамыз",
         ("Главный механик", "Бас механик")),
        ("Заключить договоры на передачу золы сельхозпредприятиям на отопительный сезон", "Жылыту маусымына күлді ауыл шаруашылығы кәсіпорындарына беруге шарттар жасасу",
         "договор", "шарт", None, "до 01.10.2026", "01.10.2026 дейін", ("Отдел снабжения", "Жабдықтау бөлімі"))]),
    (("4. Охрана окружающей среды", "4. Қоршаған ортаны қорғау"), [
        ("Выполнить инструментальные замеры выбросов на дымовой трубе после наладки", "Баптаудан кейін түтін мұржасында шығарындыларды аспаптық өлшеу",
         "замер", "өлшеу", 1, "ноябрь 2026 г.", "2026 ж. қараша", ("Инженер-эколог", "Инженер-эколог")),
        ("Завести журналы учета работы ГОУ и учета отходов на сезон 2026–2027 гг.", "2026–2027 жж. маусымына ГТҚ жұмысын және қалдықтарды есепке алу журналдарын ашу",
         "–", "–", None, "до 01.10.2026", "01.10.2026 дейін", ("Инженер-эколог", "Инженер-эколог"))]),
)  # fmt: skip


def tasks_jk2(doc: Doc) -> None:
    """A sunflower-husk boiler house's plan of preparing for the heating season 2026–2027 under section rows by system (fuel
    supply, boilers and gas cleaning, ash removal, environment), items `1.1` with a unit and a volume whose figures (`6 000`
    tonnes of husk, `48` cyclone elements) stand beside the numbers, a term, the responsible and an empty column for the mark
    of completion (VI: a rice-husk pellet plant's corrective action plan after a buyer's audit, the findings' codes `NC-01`,
    `OBS-02` beside the item numbers, the evidence of completion)."""
    if doc.lang == "vi":
        _tasks_jk2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(HUSK_PLANTS)
    plant, operator = p[L], p[2 + L]
    doc.h(g(f"План подготовки котельной на лузге подсолнечника к отопительному сезону 2026–2027 гг. {plant}",
            f"{plant}. Күнбағыс қауызымен жұмыс істейтін қазандықты 2026–2027 жж. жылыту маусымына дайындау жоспары", ""))
    doc.p(g(f"Утвержден главным инженером {operator}. Отметка о выполнении проставляется ответственным с указанием даты и номера акта.",
            f"{operator} бас инженері бекітті. Орындалғаны туралы белгіні жауапты адам күнін және акт нөмірін көрсете отырып қояды.", ""))
    rows = [g(["№ п/п", "Мероприятие", "Ед. изм.", "Объем", "Срок выполнения", "Ответственный", "Отметка о выполнении"],
              ["Р/с №", "Іс-шара", "Өлш. бірл.", "Көлемі", "Орындау мерзімі", "Жауапты", "Орындалғаны туралы белгі"], [])]
    merges: list = []
    for s, ((s_ru, s_kk), items) in enumerate(SEASON, 1):
        _span(rows, merges, (s_ru, s_kk)[L], 7)
        for k, (t_ru, t_kk, u_ru, u_kk, vol, d_ru, d_kk, who) in enumerate(items, 1):
            text = (t_ru, t_kk)[L]
            rows.append([f"{s}.{k}", text, (u_ru, u_kk)[L], num(vol, doc.lang) if vol else "–", (d_ru, d_kk)[L], who[L], ""])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who[L]})
    doc.table(None, rows, merges, role="tasks")
    _maybe_other(doc)


# (finding code, finding, action, responsible, deadline, evidence)
VN_CAP = (
    ("NC-01", "Chưa có sổ theo dõi vận hành hệ thống xử lý bụi, khí thải lò sấy", "Lập và ghi chép sổ nhật ký vận hành cyclone, tháp hấp thụ theo từng ca",
     "Quản đốc xưởng sấy", "15/3/2026", "Sổ nhật ký có chữ ký trưởng ca"),
    ("NC-02", "Kho chứa chất thải nguy hại chưa có biển cảnh báo, gờ chống tràn", "Lắp biển cảnh báo và xây gờ chống tràn cho kho chất thải nguy hại",
     "Phòng Hành chính – Nhân sự", "31/3/2026", "Ảnh chụp, biên bản nghiệm thu"),
    ("OBS-01", "Bụi trấu rơi vãi tại khu nhập liệu", "Lắp màn chắn bụi và băng tải kín tại khu nhập trấu", "Phòng Kỹ thuật", "Quý II/2026",
     "Biên bản nghiệm thu hạng mục"),
    ("NC-03", "Chưa thực hiện quan trắc khí thải định kỳ quý IV/2025", "Ký hợp đồng với đơn vị quan trắc VIMCERTS và quan trắc bổ sung",
     "Phòng An toàn – Môi trường", "31/3/2026", "Hợp đồng, phiếu kết quả quan trắc"),
    ("OBS-02", "Công nhân chưa được tập huấn phòng chống cháy nổ bụi", "Tổ chức tập huấn phòng cháy, chống nổ bụi cho công nhân các ca",
     "Phòng An toàn – Môi trường", "Tháng 4/2026", "Danh sách ký tên, bài kiểm tra"),
    ("NC-04", "Chưa lưu chứng từ truy xuất nguồn gốc trấu theo từng lô", "Áp dụng phiếu giao nhận trấu ghi rõ nhà máy xay xát cung cấp cho từng lô",
     "Phòng Thu mua", "Tháng 3/2026", "Mẫu phiếu giao nhận đã ban hành"),
)


def _tasks_jk2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_HUSK)
    doc.h(f"KẾ HOẠCH HÀNH ĐỘNG KHẮC PHỤC (CAP) SAU ĐÁNH GIÁ CỦA KHÁCH HÀNG – {plant.upper()}")
    doc.p(f"Đợt đánh giá nhà cung cấp ngày {r.randint(2, 27):02d}/01/2026 của bên mua viên nén (Hàn Quốc) đã ghi nhận 04 điểm không phù hợp (NC) "
          f"và 02 khuyến nghị (OBS). {company} cam kết thực hiện các hành động dưới đây.")
    rows = [["TT", "Mã phát hiện", "Nội dung phát hiện", "Hành động khắc phục", "Người chịu trách nhiệm", "Thời hạn", "Bằng chứng hoàn thành"]]
    for k, (code, finding, action, who, when, proof) in enumerate(VN_CAP, 1):
        rows.append([str(k), code, finding, action, who, when, proof])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(action, 5), "actor_contains": who})
    doc.table("Bảng 1. Kế hoạch hành động khắc phục", rows, role="tasks")
    _maybe_other(doc)


LAYOUTS = [Layout(role, f"JK{k}", globals()[f"{role}_jk{k}"]) for role in ROLES for k in (1, 2)]
