"""A blind held-out set (two layouts per role, `IG1` and `IG2`): never used for tuning, written by someone who neither ran the
extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: large public buildings and venues. Kazakhstan: city ice arenas with ammonia refrigeration and propane resurfacers
in Astana, Karaganda and Pavlodar, football stadiums in Astana, Karaganda and Taldykorgan, the trigeneration energy centre
of the EXPO exhibition grounds in Astana, a bank's main and reserve data centres (processing centres) with their standby
diesel generators, fuel tanks and evaporative cooling towers, universities and their campuses, office towers (a sports
facility's passport, a bank's annex to a letter to the Department of Ecology, an НДВ project of a data centre, an
inventory of an ice arena, a stadium's contract for removing wastes, an act writing off a data-centre hall's equipment, a
sewer protocol of a data centre, an energy centre's stack measurements, an ice arena's matrix plan-graph of control, a
data centre's ПЭК programme, a stadium's regulation of checks around its matches, a facility-management contract's
service level agreement, a university's «Green campus» plan and an office tower's energy-saving plan after its energy
audit). Vietnam: high-rise complexes with offices, flats, a hotel or a hospital on their floors in Hà Nội, Hồ Chí Minh
City and Đà Nẵng, data centres in the Hòa Lạc and the Hồ Chí Minh City (Thủ Đức) hi-tech parks, convention and exhibition
centres, international schools and a university campus (báo cáo đề xuất cấp GPMT comparing the approved ĐTM with today, a
company's letter on its data centres, loads of a convention centre and of a school, a hospital's monthly wastes, a handover
record of electronic waste, waste water against a hi-tech park's connection limits, ambient air on ordinary and event
days, monitoring programmes, event and maintenance checks, a green-school plan and an energy-audit plan).

Facility: a sports facility's passport of an ice arena whose values stand in two columns, `По проекту (2019 г.)` and
`Фактически (на 01.01.2026)`, the identity lines merged across both, the owner (a department of sport) with a BIN of its
own before the operator, an older KATO of the district in the design column beside the current one, coordinates in the
actual column only, and the category III in the actual column while the design says it was not set; the halls in a table
of no role (VI: a high-rise complex's GPMT application comparing the approved ĐTM with today — the owner and its enterprise
number changed, the ward renamed, VN-2000 metres in the ĐTM column, WGS-84 degrees and `Nhóm II` in the actual one) (IG1);
a bank's annex to its letter answering the Department of Ecology, its main and reserve data centres as two value columns,
the bank and its BIN merged across both, each site with its KATO, coordinates in degrees, minutes and seconds and its own
category (II and III) — two facilities of one BIN; the generators in a table of no role (VI: a data-centre company's letter
on its centres at Hòa Lạc and Thủ Đức, `Nhóm II` and `Nhóm III`) (IG2).

Emissions: a data centre's НДВ table of six standby generators, each merged down over its eight substances, the hours a
year in a column of their own, a class column, `г/с` and `кг/год` — kilograms, not tonnes — under a merged header and a row
of column numbers, the fuel tank's valve and the unloading pad after them, the test regimes in a table of no role before
it (VI: a convention centre's banquet kitchen, generator set and underground car park, named sources, hours a year before
g/s and kilograms a year) (IG1); an ice arena's inventory one row per source, the substances as column pairs under a
three-row header (name, code, `г/с | т/год`), dashes where a source does not emit, ammonia of the refrigeration's
emergency ventilation and the propane resurfacers' exhaust through the arena's ventilation among them, a total row (VI: an
international school's kitchen, generator, pool chlorination room and chemistry laboratory against the gases as columns,
grams a second only) (IG2).

Wastes: a football stadium's technical specification of its waste-removal contract, a unit per row — tonnes for most,
cubic metres for the mixed municipal wastes and the sweepings, pieces for the lamps — the volume, unit price and sum in
tenge, paper and plastic taken for `0`, one code on two rows; only the tonnes are amounts (VI: a hospital on the floors of a
high-rise, its wastes by month in kilograms under a merged header and the year's total last, ordinary wastes with no code
under a section row of their own) (IG1); a bank's act writing off a data-centre hall's equipment, a row spanning the table
per waste with its code, the pieces with inventory numbers, counts, passport mass of one and weighed mass of all, a
subtotal row per waste whose kilograms alone are its amount, the act's total last (VI: a Hòa Lạc data centre's handover
record of electronic waste, UPS batteries and lamps with CTNH codes and metal scrap with none, `Cộng` rows) (IG2).

Limits: a laboratory's protocol at a data centre's two sewer wells — the cooling towers' blowdown and the domestic waste
water — as result columns after one column of the water utility's allowed concentrations (`ДК`), a unit per row, `н/о`
where a parameter was not determined, `< 0,05` below detection, the blowdown's dry residue starred above the ДК, hardness
and Legionella with no key (VI: a Hòa Lạc data centre's waste water against the hi-tech park's connection limits, `KPH`)
(IG1); an exhibition grounds' trigeneration energy centre's stack measurements, source numbers in a column of their own,
the gas engines and the peak boilers each under a row spanning the table and a norm row of their own at 15 % and at 3 % O2,
formaldehyde normed for the engines only, a boiler in reserve written across its row (VI: a convention centre's ambient
air at three points on an ordinary and an event day as sub-columns, QCVN 05:2023/BTNMT last, µg/m3, noise with no key)
(IG2).

Monitoring: an ice arena's plan-graph as a matrix, substances and water parameters as rows under two rows spanning the
table, three sources, two boundary points and the sewer well as columns, letters for how often (`М`, `К`, `Г`; KK `А`,
`Т`, `Ж`) explained only in a legend line under the table (VI: a university campus, `T`, `Q`, `N` at a fume-hood stack,
the generator, a dormitory and the treatment plant's outlet) (IG1); a data centre's ПЭК programme, one row per object under
rows for air, sewer and wastes, the six generators as one range `ИЗА 0001–0006` measured once a year at the load-bank test,
the tank and the pad by calculation, the sewer wells quarterly and twice a year, the wastes' row with no substance (VI: a
Thủ Đức data centre, the four generators as one cell `KT1 ÷ KT4`) (IG2).

Inspections: a stadium's regulation of checks around its matches under stage rows — before, on and after a match, and
between matches — the checks tied to each match (`за сутки до начала каждого матча`, `каждые 2 часа с момента открытия
ворот`) with no frequency, the ones between matches with theirs, an empty column for the mark (VI: a convention centre's
checks before, during and after each event and its periodic ones) (IG1); a facility-management contract's SLA schedule at a
data centre, the system repeated on each row, frequencies abbreviated (`ежедн.`, `ежекв.`, `2 р/год`), executors
abbreviated with a legend, a reaction time in hours, a check on an alarm only (VI: a Thủ Đức data centre's maintenance
plan, `Khi có cảnh báo`) (IG2).

Tasks: a university's «Green campus» plan numbered in three levels, goal rows `1.` and objective rows `1.1` spanning the
table over the measures `1.1.1`, an indicator column of percentages and kilowatt-hours, terms and the vice-rector,
department or dean responsible (VI: an international school's green-school plan, `1.1` under Roman sections, lead and
supporting sections) (IG1); an office tower's energy-saving plan from its energy audit, the cost, three columns of yearly
savings under a merged header, CO2 cut, payback in years, the quarter and the one responsible, a total row (VI: a
high-rise's energy-audit plan, `Không tốn chi phí` for a measure of no cost) (IG2).
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
    return " ".join(text.split()[:n]).rstrip(",;:")


def _core(name: str) -> str:
    """The quoted part of a name (`Көкжиек` of `Ледовая арена «Көкжиек»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the city's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`43°15′22,4″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


# code: (RU, KK, VI, hazard class) of pollutants the vocabulary does not name
EXTRA = {
    "0349": ("Хлор", "Хлор", "Clo (Cl2)", 2),
    "1301": ("Проп-2-ен-1-аль (Акролеин)", "Проп-2-ен-1-аль (акролеин)", "Acrolein", 2),
    "0415": ("Смесь углеводородов предельных С1-С5", "С1-С5 шекті көмірсутектер қоспасы", "", 4),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _vi_air(code: str) -> str:
    """The short name a Vietnamese report gives a pollutant."""
    return {"2902": "Bụi tổng (TSP)", "0301": "NOx (tính theo NO2)", "0330": "SO2", "0337": "CO", "0303": "NH3",
            "0349": "Clo (Cl2)", "0316": "HCl", "1325": "Formaldehyt"}[code]


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, `daily` and `weekly` included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


def _water_name(doc: Doc, key: str) -> str:
    return vocab.water(key, doc.lang)


def _maybe_other(doc: Doc, share: float = 0.4) -> None:
    """Now and then a table of no role — contents, an approval sheet, contacts or a budget (no factory's equipment)."""
    if doc.rng.random() < share:
        distractor(doc, doc.pick(("contents", "approval", "contacts", "budget")))


# ---------------------------------------------------------------- facility

# (RU name, KK name, RU owner, KK owner, RU operator, KK operator, RU address, KK address, KATO prefix now, KATO prefix of
#  the design, lat, lon, seats by design, floor area by design, ammonia by design, kg)
ARENAS = (
    ("Ледовая арена «Көкжиек»", "«Көкжиек» мұз аренасы",
     "ГУ «Управление физической культуры и спорта города Астаны»", "«Астана қаласының Дене шынықтыру және спорт басқармасы» ММ",
     "ГКП на ПХВ «Көкжиек Арена» акимата города Астаны", "Астана қаласы әкімдігінің «Көкжиек Арена» ШЖҚ МКК",
     "г. Астана, район Нура, ул. Хусейн бен Талал, 21", "Астана қ., Нұра ауданы, Хусейн бен Талал к-сі, 21", "7116", "7111",
     51.098, 71.41, 5500, 18400, 1200),
    ("Ледовый дворец «Сарыарқа Арена»", "«Сарыарқа Арена» мұз сарайы",
     "ГУ «Управление физической культуры и спорта Карагандинской области»", "«Қарағанды облысының дене шынықтыру және спорт басқармасы» ММ",
     "КГП на ПХВ «Сарыарқа Арена» управления физической культуры и спорта Карагандинской области",
     "Қарағанды облысы дене шынықтыру және спорт басқармасының «Сарыарқа Арена» ШЖҚ КМК",
     "г. Караганда, район имени Әлихана Бөкейхана, пр. Нуркена Абдирова, 44/2",
     "Қарағанды қ., Әлихан Бөкейхан атындағы аудан, Нұркен Әбдіров даңғ., 44/2", "3510", "3512", 49.81, 73.09, 4200, 14600, 950),
    ("Ледовая арена «Ертіс»", "«Ертіс» мұз аренасы",
     "ГУ «Управление физической культуры и спорта Павлодарской области»", "«Павлодар облысының дене шынықтыру және спорт басқармасы» ММ",
     "КГП на ПХВ «Ертіс Спорт Арена» управления физической культуры и спорта Павлодарской области",
     "Павлодар облысы дене шынықтыру және спорт басқармасының «Ертіс Спорт Арена» ШЖҚ КМК",
     "г. Павлодар, ул. Кутузова, 200/1", "Павлодар қ., Кутузов к-сі, 200/1", "5510", "5510", 52.285, 76.965, 2800, 11200, 700),
)  # fmt: skip
HALLS = (("Главная ледовая арена 60 × 30 м", "Басты мұз аренасы 60 × 30 м", 1800, True), ("Тренировочный каток 56 × 26 м", "Жаттығу мұз айдыны 56 × 26 м", 1456, True),
         ("Зал хореографии и ОФП", "Хореография және ЖДД залы", 220, True), ("Раздевалки команд (8 шт.)", "Командалардың киім ауыстыратын бөлмелері (8 дана)", 480, False),
         ("Машинное отделение холодильной установки", "Тоңазыту қондырғысының машина бөлімшесі", 310, False))  # fmt: skip


def facility_ig1(doc: Doc) -> None:
    """The passport of a sports facility — a city's ice arena — from the register of sports facilities, whose values stand
    in two columns, `По проекту (2019 г.)` and `Фактически (на 01.01.2026)`, the identity lines carrying one value merged
    across both; the owner (the region's department of sport) with a BIN of its own before the operator holding the arena
    on the right of economic management, the KATO of the design an older code of the district beside the current one, the
    centre of the building in decimal degrees in the actual column only, the seats, floor area and ammonia charge differing
    between the columns, and the category under the Ecological Code in the actual column while the design says it was not
    set; the arena's halls in a table of no role (VI: a high-rise complex's application for its environmental permit,
    comparing the approved ĐTM with today — the owner and its enterprise number changed, VN-2000 metres in the ĐTM column,
    WGS-84 degrees and `Nhóm II` in the actual one)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ig1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(ARENAS)
    name, owner, operator, address = a[L], a[2 + L], a[4 + L], a[6 + L]
    kato_now, kato_old = _kato(doc, a[8]), _kato(doc, a[9])
    while kato_old == kato_now:
        kato_old = _kato(doc, a[9])
    lat, lon = round(a[10] + r.uniform(-0.006, 0.006), 5), round(a[11] + r.uniform(-0.006, 0.006), 5)
    seats, area, nh3 = a[12], a[13], a[14]
    owner_bin, bin_ = make_bin(r), make_bin(r)
    year = r.choice((2021, 2022))
    decl = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024"
    doc.h(g(f"Паспорт объекта спорта. {name}", f"Спорт объектісінің паспорты. {name}", ""))
    doc.p(g("Паспорт заполнен для внесения сведений в реестр спортивных сооружений. В графе «По проекту» приведены данные рабочего "
            "проекта, получившего положительное заключение комплексной вневедомственной экспертизы в 2019 году; в графе «Фактически» – "
            "данные технической инвентаризации и эксплуатирующей организации.",
            "Паспорт спорт ғимараттарының тізіліміне мәліметтер енгізу үшін толтырылды. «Жоба бойынша» бағанында 2019 жылы кешенді "
            "ведомстводан тыс сараптаманың оң қорытындысын алған жұмыс жобасының деректері, «Іс жүзінде» бағанында – техникалық "
            "түгендеу мен пайдаланушы ұйымның деректері келтірілген.", ""))
    rows = [g(["№ п/п", "Наименование показателя", "По проекту (2019 г.)", "Фактически (на 01.01.2026)"],
              ["Р/с №", "Көрсеткіштің атауы", "Жоба бойынша (2019 ж.)", "Іс жүзінде (01.01.2026 ж. жағдай бойынша)"], [])]
    merges: list = []

    def one(code: str, label: str, value: str) -> None:
        rows.append([code, label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))

    def two(code: str, label: str, design: str, actual: str) -> None:
        rows.append([code, label, design, actual])

    dash = "—"
    _span(rows, merges, g("1. Общие сведения", "1. Жалпы мәліметтер", ""), 4)
    one("1.1", g("Полное наименование объекта спорта", "Спорт объектісінің толық атауы", ""), name)
    one("1.2", g("Вид спортивного сооружения", "Спорт ғимаратының түрі", ""),
        g("крытое спортивное сооружение с искусственным льдом", "жасанды мұзы бар жабық спорт ғимараты", ""))
    one("1.3", g("Собственник", "Меншік иесі", ""), owner)
    one("1.4", g("БИН собственника", "Меншік иесінің БСН", ""), owner_bin)
    one("1.5", g("Эксплуатирующая организация (балансодержатель)", "Пайдаланушы ұйым (баланс ұстаушы)", ""), operator)
    one("1.6", g("БИН эксплуатирующей организации", "Пайдаланушы ұйымның БСН", ""), bin_)
    one("1.7", g("Адрес", "Мекенжайы", ""), address)
    two("1.8", g("Код КАТО", "ҚАТО коды", ""), kato_old, kato_now)
    two("1.9", g("Географические координаты центра здания (WGS-84)", "Ғимарат орталығының географиялық координаттары (WGS-84)", ""), dash,
        f"{num(lat, doc.lang)}° {HEMI[doc.lang][0]}, {num(lon, doc.lang)}° {HEMI[doc.lang][1]}")
    two("1.10", g("Год ввода в эксплуатацию", "Пайдалануға берілген жылы", ""), g(f"{year} (план)", f"{year} (жоспар)", ""), str(year + 1))
    _span(rows, merges, g("2. Технические характеристики", "2. Техникалық сипаттамалары", ""), 4)
    two("2.1", g("Вместимость трибун, мест", "Трибуналардың сыйымдылығы, орын", ""), num(seats, doc.lang), num(seats + r.randint(-40, 60), doc.lang))
    two("2.2", g("Общая площадь здания, м²", "Ғимараттың жалпы ауданы, м²", ""), num(area, doc.lang),
        num(round(area * r.uniform(1.0, 1.03), 1), doc.lang))
    one("2.3", g("Этажность", "Қабат саны", ""), g("3 этажа, цокольный этаж", "3 қабат, жертөле қабаты", ""))
    _span(rows, merges, g("3. Инженерное обеспечение", "3. Инженерлік қамтамасыз ету", ""), 4)
    one("3.1", g("Холодильная установка", "Тоңазыту қондырғысы", ""),
        g("аммиачная, с промежуточным хладоносителем (раствор пропиленгликоля)", "аммиактық, аралық суық тасығышпен (пропиленгликоль ерітіндісі)", ""))
    two("3.2", g("Масса аммиака в системе, кг", "Жүйедегі аммиактың массасы, кг", ""), num(nh3, doc.lang), num(nh3 - r.randint(20, 80), doc.lang))
    two("3.3", g("Теплоснабжение", "Жылумен жабдықтау", ""), g("от городских тепловых сетей", "қалалық жылу желілерінен", ""),
        g("от городских тепловых сетей; утилизация тепла конденсации холодильных машин", "қалалық жылу желілерінен; тоңазыту машиналарының "
          "конденсация жылуын кәдеге жарату", ""))
    one("3.4", g("Резервное электроснабжение", "Резервтік электрмен жабдықтау", ""), g("дизель-генераторная установка 500 кВА", "500 кВА дизель-генератор қондырғысы", ""))
    _span(rows, merges, g("4. Экологические сведения", "4. Экологиялық мәліметтер", ""), 4)
    two("4.1", g("Категория объекта, оказывающего негативное воздействие на окружающую среду", "Қоршаған ортаға теріс әсер ететін объектінің санаты", ""),
        g("не устанавливалась (проект разработан до введения в действие Экологического кодекса РК)",
          "белгіленбеген (жоба ҚР Экология кодексі қолданысқа енгізілгенге дейін әзірленген)", ""),
        g(f"III категория; декларация о воздействии на окружающую среду от {decl}", f"III санат; {decl} қоршаған ортаға әсер ету туралы декларация", ""))
    one("4.2", g("Размер санитарно-защитной зоны, м", "Санитариялық-қорғаныш аймағының өлшемі, м", ""), "50")
    doc.table(g("Раздел I. Сведения об объекте спорта", "I бөлім. Спорт объектісі туралы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato_now, "category": "III", "lat": lat, "lon": lon})
    halls = [g(["Помещение", "Площадь, м²", "Назначение"], ["Үй-жай", "Ауданы, м²", "Мақсаты"], [])]
    for h_ru, h_kk, m2, sport in HALLS:
        halls.append([(h_ru, h_kk)[L], num(m2, doc.lang), g("спортивное", "спорттық", "") if sport else g("вспомогательное", "қосалқы", "")])
    doc.table(g("Раздел II. Основные помещения", "II бөлім. Негізгі үй-жайлар", ""), halls, role="other")


# (name, its distinctive part, old owner, new owner, ĐTM's address, today's address, lat, lon, VN-2000 X, Y, floors, basements)
VN_TOWERS = (
    ("Tổ hợp văn phòng, thương mại và căn hộ Sông Hồng Tower", "Sông Hồng Tower", "Công ty Cổ phần Đầu tư Bất động sản Sông Hồng",
     "Công ty TNHH Quản lý và Vận hành Tòa nhà Sông Hồng", "số 88 đường Láng Hạ, phường Láng Hạ, quận Đống Đa, thành phố Hà Nội",
     "số 88 đường Láng Hạ, phường Láng, thành phố Hà Nội", 21.0136, 105.8152, 2324518, 584236, 35, 4),
    ("Khu phức hợp bệnh viện – văn phòng Sài Gòn Medical Tower", "Sài Gòn Medical Tower", "Công ty Cổ phần Phát triển Y tế Sài Gòn Nam",
     "Công ty TNHH Vận hành Sài Gòn Medical Tower", "số 212 đường Nguyễn Văn Linh, phường Tân Thuận Tây, Quận 7, Thành phố Hồ Chí Minh",
     "số 212 đường Nguyễn Văn Linh, phường Tân Thuận, Thành phố Hồ Chí Minh", 10.7412, 106.7071, 1187654, 608912, 28, 3),
    ("Tổ hợp khách sạn, căn hộ Bạch Đằng Riverside", "Bạch Đằng Riverside", "Công ty Cổ phần Địa ốc Bạch Đằng Đà Nẵng",
     "Công ty TNHH Quản lý Tòa nhà Bạch Đằng Riverside", "số 36 đường Bạch Đằng, phường Thạch Thang, quận Hải Châu, thành phố Đà Nẵng",
     "số 36 đường Bạch Đằng, phường Hải Châu, thành phố Đà Nẵng", 16.0735, 108.2241, 1778420, 551230, 32, 2),
)  # fmt: skip


def _facility_ig1_vi(doc: Doc) -> None:
    r = doc.rng
    name, key, old_owner, new_owner, old_addr, new_addr, lat0, lon0, x, y, floors, basements = doc.pick(VN_TOWERS)
    old_msdn, msdn = make_msdn(r), make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
    qd = f"{r.randint(1000, 6900)}/QĐ-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2016"
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name.upper()}")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    doc.p(f"Cơ sở đã được Ủy ban nhân dân thành phố phê duyệt báo cáo đánh giá tác động môi trường tại Quyết định số {qd}. Năm 2023, chủ "
          "đầu tư đã chuyển giao toàn bộ công tác quản lý, vận hành tòa nhà cho đơn vị quản lý vận hành; từ ngày 01/7/2025 địa chỉ của cơ sở "
          "được xác định theo đơn vị hành chính cấp xã mới. Những thay đổi so với ĐTM được tổng hợp tại Bảng 1.1.")
    rows = [["TT", "Nội dung", f"Theo Quyết định phê duyệt ĐTM số {qd}", "Thực tế hiện nay"]]
    merges: list = []

    def one(k: str, label: str, value: str) -> None:
        rows.append([k, label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))

    one("1", "Tên cơ sở", name)
    rows.append(["2", "Chủ cơ sở", old_owner, new_owner])
    rows.append(["3", "Mã số doanh nghiệp", old_msdn, msdn])
    rows.append(["4", "Địa chỉ", old_addr, new_addr])
    rows.append(["5", "Tọa độ vị trí", f"X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m (hệ VN-2000)",
                 f"{num(lat, 'vi')}° B; {num(lon, 'vi')}° Đ (hệ WGS-84)"])
    rows.append(["6", "Quy mô", f"{floors} tầng nổi, {basements} tầng hầm; diện tích sàn {num(r.randint(60, 95) * 1000, 'vi')} m²",
                 f"{floors} tầng nổi, {basements} tầng hầm; diện tích sàn {num(r.randint(96, 99) * 1000, 'vi')} m²"])
    rows.append(["7", "Công suất trạm xử lý nước thải", f"{num(r.randint(4, 6) * 100, 'vi')} m³/ngày đêm", f"{num(r.randint(7, 9) * 100, 'vi')} m³/ngày đêm"])
    rows.append(["8", "Phân loại theo tiêu chí về môi trường", "Dự án thuộc đối tượng lập ĐTM theo Phụ lục II Nghị định số 18/2015/NĐ-CP",
                 "Nhóm II (mục 2 Phụ lục IV Nghị định số 08/2022/NĐ-CP)"])
    doc.table("Bảng 1.1. Thông tin về cơ sở theo ĐTM đã phê duyệt và thực tế", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "II", "lat": lat, "lon": lon})
    doc.p("Chủ cơ sở hiện nay chịu trách nhiệm trước pháp luật về việc vận hành các công trình bảo vệ môi trường của tòa nhà.")
    _maybe_other(doc)


BANKS = (("АО «Сарыарқа Банк»", "«Сарыарқа Банк» АҚ"), ("АО «Дала Финанс Банк»", "«Дала Финанс Банк» АҚ"),
         ("АО «Алтын Орда Банк»", "«Алтын Орда Банк» АҚ"))
# (RU name, KK name, RU address, KK address, KATO prefix, lat, lon, hall m2, IT MW, generators, fuel m3, RU cooling, KK cooling)
DC_SITES = (
    ("Центр обработки данных «Медеу»", "«Медеу» деректерді өңдеу орталығы",
     "г. Алматы, Медеуский район, мкр. Самал-2, ул. Жолдасбекова, 97/3", "Алматы қ., Медеу ауданы, Самал-2 ш/а, Жолдасбеков к-сі, 97/3",
     "7519", 43.233, 76.955, 2400, 4.8, (6, 2000), 180,
     "чиллеры с выносными конденсаторами и испарительные градирни (4 шт.)", "қашықтатылған конденсаторлары бар чиллерлер және буландырғыш градирнялар (4 дана)"),
    ("Резервный центр обработки данных «Есіл»", "«Есіл» резервтік деректерді өңдеу орталығы",
     "г. Астана, район Есиль, ул. Дінмұхамед Қонаев, 33", "Астана қ., Есіл ауданы, Дінмұхамед Қонаев к-сі, 33",
     "7114", 51.128, 71.43, 900, 1.6, (3, 1250), 60,
     "прецизионные кондиционеры (хладагент R-410A) с режимом фрикулинга", "фрикулинг режимі бар прецизиялық кондиционерлер (R-410A хладагенті)"),
)  # fmt: skip


def facility_ig2(doc: Doc) -> None:
    """A bank's annex to its letter answering the Department of Ecology's request for the objects of categories I–III it
    runs: its two processing centres — the main data centre in Almaty and the reserve one in Astana — as two value columns
    under `Основная площадка` and `Резервная площадка`, the bank and its BIN merged across both columns as the operator of
    each, then per site the address, KATO, coordinates in degrees, minutes and seconds, machine halls, IT load, diesel
    generators and fuel stock, and the category (II for the main site with its permit, III for the reserve one with its
    declaration) — two facilities of one BIN; the generators in a table of no role (VI: a data-centre company's letter to
    the Ministry's Environment Department on its centres in the Hòa Lạc and the Hồ Chí Minh City hi-tech parks, the group
    `Nhóm II` and `Nhóm III`)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ig2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bank = doc.pick(BANKS)[L]
    bin_ = make_bin(r)
    sites = []
    for s in DC_SITES:
        kato = _kato(doc, s[4])
        lat, lat_v = _dms(s[5] + r.uniform(-0.004, 0.004), True, doc.lang)
        lon, lon_v = _dms(s[6] + r.uniform(-0.004, 0.004), False, doc.lang)
        sites.append((s, kato, f"{lat}, {lon}", lat_v, lon_v))
    letter = f"{r.randint(10, 99)}-{r.randint(100, 999)}/{r.randint(1, 9)}"
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    pdate, ddate = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2023", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024"
    doc.p(g(f"Приложение к письму {bank} от {r.randint(1, 28):02d}.02.2026 № {letter}",
            f"{bank} 2026 жылғы {r.randint(1, 28)} ақпандағы № {letter} хатына қосымша", ""))
    doc.h(g("Сведения об объектах, оказывающих негативное воздействие на окружающую среду", "Қоршаған ортаға теріс әсер ететін объектілер туралы мәліметтер", ""))
    doc.p(g("На запрос Департамента экологии сообщаем, что Банк эксплуатирует два центра обработки данных (ЦОД), относящихся к объектам, "
            "оказывающим негативное воздействие на окружающую среду, за счет резервных дизель-генераторных установок (ДГУ). Иные здания "
            "Банка (филиалы, отделения) являются объектами IV категории и в приложение не включены.",
            "Экология департаментінің сұрауына Банк резервтік дизель-генератор қондырғылары (ДГҚ) есебінен қоршаған ортаға теріс әсер ететін "
            "объектілерге жататын екі деректерді өңдеу орталығын (ДӨО) пайдаланатынын хабарлаймыз. Банктің өзге ғимараттары (филиалдар, "
            "бөлімшелер) IV санаттағы объектілер болып табылады және қосымшаға енгізілмеген.", ""))
    rows = [g(["№", "Наименование сведений", "Основная площадка (г. Алматы)", "Резервная площадка (г. Астана)"],
              ["№", "Мәліметтердің атауы", "Негізгі алаң (Алматы қ.)", "Резервтік алаң (Астана қ.)"], [])]
    merges: list = []

    def both(k: str, label: str, value: str) -> None:
        rows.append([k, label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))

    def each(k: str, label: str, values: list[str]) -> None:
        rows.append([k, label, *values])

    each("1", g("Наименование объекта", "Объектінің атауы", ""), [s[0][L] for s in sites])
    both("2", g("Оператор объекта", "Объектінің операторы", ""), bank)
    both("3", g("БИН оператора", "Оператордың БСН", ""), bin_)
    each("4", g("Местонахождение", "Орналасқан жері", ""), [s[0][2 + L] for s in sites])
    each("5", g("Код КАТО", "ҚАТО коды", ""), [s[1] for s in sites])
    each("6", g("Географические координаты", "Географиялық координаттары", ""), [s[2] for s in sites])
    each("7", g("Площадь машинных залов, м²", "Машина залдарының ауданы, м²", ""), [num(s[0][7], doc.lang) for s in sites])
    each("8", g("Проектная ИТ-нагрузка, МВт", "Жобалық IT-жүктеме, МВт", ""), [num(s[0][8], doc.lang) for s in sites])
    each("9", g("Резервные ДГУ (количество × мощность)", "Резервтік ДГҚ (саны × қуаты)", ""),
         [g(f"{s[0][9][0]} × {num(s[0][9][1], 'ru')} кВА", f"{s[0][9][0]} × {num(s[0][9][1], 'kk')} кВА", "") for s in sites])
    each("10", g("Запас дизельного топлива, м³", "Дизель отынының қоры, м³", ""), [num(s[0][10], doc.lang) for s in sites])
    each("11", g("Система холодоснабжения", "Суықпен жабдықтау жүйесі", ""), [s[0][11 + L] for s in sites])
    each("12", g("Категория объекта (ст. 12 Экологического кодекса РК)", "Объектінің санаты (ҚР Экология кодексінің 12-бабы)", ""), ["II", "III"])
    each("13", g("Экологический документ", "Экологиялық құжат", ""),
         [g(f"экологическое разрешение на воздействие № {permit} от {pdate}", f"{pdate} № {permit} әсер етуге арналған экологиялық рұқсат", ""),
          g(f"декларация о воздействии на окружающую среду от {ddate}", f"{ddate} қоршаған ортаға әсер ету туралы декларация", "")])
    doc.table(None, rows, merges, role="facility")
    for (s, kato, _, lat_v, lon_v), cat in zip(sites, ("II", "III"), strict=True):
        doc.add("facilities", {"bin": bin_, "name_contains": _core(s[L]), "kato": kato, "category": cat, "lat": lat_v, "lon": lon_v})
    gens = [g(["Площадка", "Марка ДГУ", "Кол-во, шт.", "Мощность ед., кВА", "Расход топлива при 100 % нагрузке, л/ч"],
              ["Алаң", "ДГҚ маркасы", "Саны, дана", "Бір қондырғының қуаты, кВА", "100 % жүктеме кезіндегі отын шығыны, л/сағ"], [])]
    for (s, *_), model, lph in zip(sites, ("Cummins C2000 D5", "Caterpillar C32"), (495, 315), strict=True):
        gens.append([s[L], model, str(s[9][0]), num(s[9][1], doc.lang), str(lph)])
    doc.table(g("Справочно: резервные источники электроснабжения", "Анықтама үшін: резервтік электрмен жабдықтау көздері", ""), gens, role="other")


VN_DC_OWNERS = ("Công ty Cổ phần Dịch vụ Dữ liệu Lạc Hồng", "Công ty Cổ phần Hạ tầng Số Phương Nam")
# (name suffix, address, lat, lon, IT MW, generators, group, document)
VN_DC_SITES = (
    ("Hòa Lạc", "Lô CX-04, Khu Công nghệ cao Hòa Lạc, xã Hòa Lạc, thành phố Hà Nội", 21.013, 105.525, 12, "08 × 2.500 kVA", "Nhóm II",
     "Giấy phép môi trường số {n}/GPMT-BNNMT"),
    ("Thủ Đức", "Lô I3-2, đường D1, Khu Công nghệ cao Thành phố Hồ Chí Minh, phường Tăng Nhơn Phú, Thành phố Hồ Chí Minh", 10.842, 106.796,
     6, "04 × 2.000 kVA", "Nhóm III", "Đăng ký môi trường, tiếp nhận ngày {d}"),
)  # fmt: skip


def _facility_ig2_vi(doc: Doc) -> None:
    r = doc.rng
    owner = doc.pick(VN_DC_OWNERS)
    brand = owner.split("Dịch vụ Dữ liệu ")[-1].split("Hạ tầng Số ")[-1]
    msdn = make_msdn(r)
    doc.p(f"{owner.upper()} – Số: {r.randint(10, 240)}/{r.randint(2025, 2026)}/CV-MT. V/v cung cấp thông tin các cơ sở trung tâm dữ liệu")
    doc.p("Kính gửi: Cục Môi trường – Bộ Nông nghiệp và Môi trường.")
    doc.p("Thực hiện văn bản đề nghị của Cục về việc rà soát các cơ sở có phát sinh khí thải từ máy phát điện dự phòng, Công ty báo cáo thông tin "
          "02 trung tâm dữ liệu do Công ty trực tiếp đầu tư và vận hành như Phụ lục kèm theo.")
    doc.h("PHỤ LỤC. THÔNG TIN CÁC CƠ SỞ")
    rows = [["TT", "Thông tin", "Cơ sở 1", "Cơ sở 2"]]
    merges: list = []
    sites = []
    for suffix, addr, lat0, lon0, mw, gens, group, paper in VN_DC_SITES:
        lat, lat_v = _dms(lat0 + r.uniform(-0.003, 0.003), True, "vi")
        lon, lon_v = _dms(lon0 + r.uniform(-0.003, 0.003), False, "vi")
        paper = paper.format(n=r.randint(10, 480), d=f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024")
        sites.append((f"Trung tâm dữ liệu {brand} {suffix}", addr, f"{lat}; {lon}", lat_v, lon_v, mw, gens, group, paper))
    rows.append(["1", "Tên cơ sở", *(s[0] for s in sites)])
    rows.append(["2", "Chủ cơ sở", owner, None])
    merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
    rows.append(["3", "Mã số doanh nghiệp", msdn, None])
    merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
    rows.append(["4", "Địa điểm", *(s[1] for s in sites)])
    rows.append(["5", "Tọa độ (WGS-84)", *(s[2] for s in sites)])
    rows.append(["6", "Công suất IT thiết kế", *(f"{s[5]} MW" for s in sites)])
    rows.append(["7", "Máy phát điện dự phòng", *(s[6] for s in sites)])
    rows.append(["8", "Phân nhóm theo Luật Bảo vệ môi trường", *(s[7] for s in sites)])
    rows.append(["9", "Hồ sơ môi trường", *(s[8] for s in sites)])
    doc.table(None, rows, merges, role="facility")
    for s in sites:
        doc.add("facilities", {"bin": msdn, "name_contains": s[0], "category": s[7].split()[-1], "lat": s[3], "lon": s[4]})
    _maybe_other(doc)


# ---------------------------------------------------------------- emissions

# code: g/s of a 1 600 kW diesel generator at full load (2 000 kVA)
DGU_GS = {"0301": 3.42, "0304": 0.556, "0328": 0.222, "0330": 0.533, "0337": 2.756, "0703": 0.00000533, "1325": 0.0533, "2754": 1.289}
# (number, RU, KK, {code: (g/s, kg a year)})
DC_TANKS = (
    ("0007", "Дыхательный клапан подземного резервуара дизельного топлива V = 60 м³", "V = 60 м³ жерасты дизель отыны резервуарының тыныс алу клапаны",
     {"0333": (0.0000263, 0.0025), "2754": (0.00936, 0.89)}),
    ("6001", "Площадка слива дизельного топлива из автоцистерн", "Автоцистерналардан дизель отынын құю алаңы",
     {"0333": (0.0000498, 0.0001), "2754": (0.0177, 0.036)}),
)  # fmt: skip


def emissions_ig1(doc: Doc) -> None:
    """A section of the НДВ project of a bank's main data centre: six standby diesel generators that run only in the monthly
    tests, the yearly test on a load bank and outages, each source merged down over its eight substances, its hours a year
    in a column of their own, a class column, the rates under a merged `Выброс ЗВ` as `г/с` and `кг/год` — kilograms, not
    tonnes, since the generators seldom run — and a row of column numbers under the header, the fuel tank's breathing valve
    and the unloading pad after them and the test regimes in a table of no role before it (VI: a convention centre's
    banquet kitchen on LPG, the generator set's common stack and the underground car park's exhaust, named sources with
    hours a year before g/s and kilograms a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ig1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bank = doc.pick(BANKS)[L]
    site = DC_SITES[0]
    n_gen = site[9][0]
    doc.h(g(f"Проект нормативов допустимых выбросов. {site[0]} {bank}", f"{bank} {site[1]}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.2. Расчет выбросов загрязняющих веществ от резервных ДГУ", "3.2. Резервтік ДГҚ-дан ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g(f"Электроснабжение ЦОД осуществляется от двух независимых вводов 10 кВ; {n_gen} ДГУ Cummins C2000 D5 (1 600 кВт) работают только при "
            "опробовании, испытаниях и отключениях внешней сети. Максимальные разовые выбросы (г/с) определены для режима 100 % нагрузки, "
            "годовые – по фактической наработке. Ввиду малой наработки годовые выбросы приведены в килограммах.",
            f"ДӨО электрмен жабдықтау 10 кВ екі тәуелсіз енгізуден жүзеге асырылады; {n_gen} Cummins C2000 D5 ДГҚ (1 600 кВт) тек сынап көру, "
            "сынақ жүргізу және сыртқы желі ажыратылған кезде жұмыс істейді. Ең жоғары бір реттік шығарындылар (г/с) 100 % жүктеме режимі үшін, "
            "жылдық шығарындылар – нақты жұмыс уақыты бойынша анықталды. Жұмыс уақыты аз болғандықтан жылдық шығарындылар килограммен келтірілген.", ""))
    doc.table(g("Таблица 3.1 – Режимы работы ДГУ", "3.1-кесте – ДГҚ жұмыс режимдері", ""),
              [g(["Режим", "Периодичность", "Продолжительность, ч", "Нагрузка, %"], ["Режим", "Кезеңділігі", "Ұзақтығы, сағ", "Жүктеме, %"], []),
               [g("Опробование без нагрузки", "Жүктемесіз сынап көру", ""), g("ежемесячно", "ай сайын", ""), "0,5", "30"],
               [g("Испытание на нагрузочный модуль", "Жүктеме модуліне сынау", ""), g("1 раз в год", "жылына 1 рет", ""), "4", "100"],
               [g("Работа при отключении внешней сети (расчетно)", "Сыртқы желі ажыратылғанда жұмыс (есептік)", ""), "–", "24", "75"]], role="other")
    hours = [34 - r.randint(0, 3) for _ in range(n_gen)]
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Время работы, ч/год", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности",
               "Выброс ЗВ", None],
              ["ЛШК №", "Шығарынды көзінің атауы", "Жұмыс уақыты, сағ/жыл", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "ЛЗ шығарындысы", None], []),
            [None] * 6 + g(["г/с", "кг/год"], ["г/с", "кг/жыл"], []),
            [str(k) for k in range(1, 9)]]
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 7)]
    all_g, all_kg, numbers = [], [], []
    for k in range(n_gen):
        number = f"{k + 1:04d}"
        numbers.append(number)
        start = len(rows)
        for j, (c, base) in enumerate(DGU_GS.items()):
            gs = _sig(base * r.uniform(0.97, 1.03), 4)
            kg = _sig(gs * 3600 * hours[k] / 1000 * r.uniform(0.62, 0.72), 3)
            hz = _hazard(c)
            rows.append([number if j == 0 else None,
                         g(f"Выхлопная труба ДГУ № {k + 1} (Cummins C2000 D5)", f"№ {k + 1} ДГҚ шығару құбыры (Cummins C2000 D5)", "") if j == 0 else None,
                         str(hours[k]) if j == 0 else None, c, _air(doc, c), str(hz), num(gs, doc.lang), num(kg, doc.lang)])
            doc.add("emissions", emission(c, gs, round(kg / 1000, 12), number, hz))
            all_g.append(gs)
            all_kg.append(kg)
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
    for number, s_ru, s_kk, codes in DC_TANKS:
        start = len(rows)
        numbers.append(number)
        for j, (c, (gs0, kg0)) in enumerate(codes.items()):
            gs, kg = _sig(gs0 * r.uniform(0.9, 1.1), 3), _sig(kg0 * r.uniform(0.9, 1.1), 2)
            hz = _hazard(c)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, "8 760" if j == 0 and number == "0007" else ("12" if j == 0 else None),
                         c, _air(doc, c), str(hz), num(gs, doc.lang), num(kg, doc.lang)])
            doc.add("emissions", emission(c, gs, round(kg / 1000, 12), number, hz))
            all_g.append(gs)
            all_kg.append(kg)
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1), (start, 2, len(rows) - 1, 2)]
    rows.append(["", g("Всего по ЦОД", "ДӨО бойынша барлығы", ""), "", "", "", "", num(round(sum(all_g), 6), doc.lang), num(round(sum(all_kg), 4), doc.lang)])
    doc.table(g("Таблица 3.2 – Выбросы загрязняющих веществ в атмосферу по источникам", "3.2-кесте – Көздер бойынша атмосфераға ластаушы заттар шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Одновременная работа более двух ДГУ при испытаниях исключена графиком испытаний.",
            "Сынақ кестесі бойынша сынақ кезінде екіден артық ДГҚ-ның бір мезгілде жұмыс істеуіне жол берілмейді.", ""))


VN_CONVENTION = (
    ("Trung tâm Hội nghị – Triển lãm Quốc tế Tây Hồ Tây", "Công ty TNHH Quản lý Trung tâm Hội nghị Tây Hồ Tây", "phường Xuân Đỉnh, thành phố Hà Nội"),
    ("Trung tâm Hội nghị – Triển lãm Sông Hàn", "Công ty Cổ phần Hội nghị Triển lãm Sông Hàn", "phường An Hải, thành phố Đà Nẵng"),
    ("Trung tâm Hội chợ – Triển lãm Sài Gòn Nam", "Công ty Cổ phần Hội chợ Triển lãm Sài Gòn Nam", "phường Tân Mỹ, Thành phố Hồ Chí Minh"),
)  # fmt: skip
# (source, hours a year, {code: g/s})
VN_CONV_SOURCES = (
    ("Ống thải khu bếp tiệc (bếp gas LPG, 48 họng đốt), cao 3 m trên mái khối B", 2200, {"2902": 0.018, "0301": 0.045, "0337": 0.012}),
    ("Ống xả chung cụm 03 máy phát điện dự phòng 2.000 kVA, cao 25 m", 150, {"2902": 0.35, "0330": 0.6, "0301": 9.8, "0337": 2.1}),
    ("Hệ thống hút, thông gió 02 tầng hầm để xe (1.100 chỗ), 04 miệng thải", 4380, {"0337": 0.42, "0301": 0.06, "2902": 0.011}),
)  # fmt: skip


def _emissions_ig1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, ward = doc.pick(VN_CONVENTION)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.2. Công trình, biện pháp xử lý bụi, khí thải")
    doc.p(f"Cơ sở do {owner} quản lý, vận hành, tại {ward}. Tải lượng được tính theo hệ số phát thải của Tổ chức Y tế Thế giới (WHO) và "
          "US EPA AP-42, với thời gian hoạt động thực tế năm 2025 của từng nguồn.")
    rows = [["TT", "Nguồn phát sinh", "Thời gian hoạt động (giờ/năm)", "Thông số", "Tải lượng (g/s)", "Tải lượng (kg/năm)"]]
    merges = []
    for k, (src, hours, codes) in enumerate(VN_CONV_SOURCES, 1):
        start = len(rows)
        h = int(hours * r.uniform(0.9, 1.1))
        for j, (c, base) in enumerate(codes.items()):
            gs = _sig(base * r.uniform(0.85, 1.15), 3)
            kg = _sig(gs * 3600 * h / 1000, 3)
            rows.append([str(k) if j == 0 else None, src if j == 0 else None, num(h, "vi") if j == 0 else None, _vi_air(c), num(gs, "vi"), num(kg, "vi")])
            doc.add("emissions", emission(c, gs, round(kg / 1000, 12)))
        merges += [(start, c, len(rows) - 1, c) for c in range(3)]
    doc.table("Bảng 3.3. Tải lượng bụi, khí thải phát sinh tại cơ sở", rows, merges, role="emissions")
    doc.p("Ghi chú: máy phát điện chỉ vận hành khi mất điện lưới và chạy bảo dưỡng định kỳ 30 phút/tuần.")
    _maybe_other(doc)


# (number, RU, KK, {code: ((g/s), (t/y))})
ARENA_SOURCES = (
    ("0001", "Дымовая труба котельной ГВС (2 котла по 0,4 МВт, природный газ)", "Ыстық сумен жабдықтау қазандығының түтін мұржасы (2 қазан 0,4 МВт-тан, табиғи газ)",
     {"0301": (0.045, 0.62), "0304": (0.0073, 0.1), "0337": (0.11, 1.5)}),
    ("0002", "Выхлопная труба ДГУ 500 кВА", "500 кВА ДГҚ шығару құбыры",
     {"0301": (0.85, 0.03), "0304": (0.14, 0.005), "0328": (0.055, 0.002), "0330": (0.13, 0.005), "0337": (0.69, 0.025)}),
    ("0003", "Вытяжная шахта аварийной вентиляции машинного отделения холодильной установки", "Тоңазыту қондырғысы машина бөлімшесінің авариялық желдеткішінің сору шахтасы",
     {"0303": (0.012, 0.1)}),
    ("0004", "Шахты общеобменной вентиляции ледовой арены (ледозаливочные машины на пропане)", "Мұз аренасының жалпы алмасу желдеткішінің шахталары (пропанмен жүретін мұз құю машиналары)",
     {"0301": (0.0035, 0.05), "0304": (0.0006, 0.008), "0337": (0.06, 0.45)}),
    ("6001", "Открытая автостоянка на 180 машино-мест", "180 машина-орындық ашық автотұрақ",
     {"0301": (0.008, 0.05), "0304": (0.0013, 0.008), "0328": (0.0004, 0.002), "0330": (0.0011, 0.007), "0337": (0.09, 0.6)}),
)  # fmt: skip
ARENA_CODES = ("0301", "0304", "0328", "0330", "0337", "0303")


def emissions_ig2(doc: Doc) -> None:
    """An ice arena's inventory of emission sources laid out one row per source, the substances as column pairs under a
    three-row header — the name merged over the pair, the code under it, then `г/с | т/год` — dashes where a source does
    not emit, the ammonia of the refrigeration's emergency ventilation and the propane resurfacers' exhaust through the
    arena's general ventilation among the boiler house, the generator and the car park, a total row (VI: an international
    school's kitchen, generator, pool chlorination room and chemistry laboratory against the gases as columns under a
    merged `Tải lượng (g/s)`, grams a second only)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ig2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(ARENAS)
    name, operator = a[L], a[4 + L]
    doc.h(g(f"Отчет по инвентаризации источников выбросов загрязняющих веществ в атмосферу. {name}",
            f"{name}. Атмосфераға ластаушы заттар шығарындылары көздерін түгендеу жөніндегі есеп", ""))
    doc.p(g(f"Оператор: {operator}. Инвентаризация выполнена по состоянию на 01.01.2026. Ледозаливочные машины работают на сжиженном газе "
            "(пропан), их выхлопные газы удаляются системой общеобменной вентиляции арены; аммиак выделяется только при утечках через "
            "неплотности оборудования машинного отделения.",
            f"Оператор: {operator}. Түгендеу 01.01.2026 жағдай бойынша орындалды. Мұз құю машиналары сұйытылған газбен (пропан) жұмыс істейді, "
            "олардың пайдаланылған газдары аренаның жалпы алмасу желдеткіш жүйесімен шығарылады; аммиак машина бөлімшесі жабдығының "
            "тығыз емес жерлерінен ағып кеткенде ғана бөлінеді.", ""))
    width = 2 + 2 * len(ARENA_CODES)
    row0 = [g("№ ИЗА", "ЛШК №", ""), g("Источник выброса", "Шығарынды көзі", "")]
    row1, row2 = [None, None], [None, None]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1)]
    for k, c in enumerate(ARENA_CODES):
        row0 += [_air(doc, c), None]
        row1 += [c, None]
        row2 += g(["г/с", "т/год"], ["г/с", "т/жыл"], [])
        merges += [(0, 2 + 2 * k, 0, 3 + 2 * k), (1, 2 + 2 * k, 1, 3 + 2 * k)]
    rows = [row0, row1, row2]
    sums = {c: [0.0, 0.0] for c in ARENA_CODES}
    for number, s_ru, s_kk, codes in ARENA_SOURCES:
        line = [number, (s_ru, s_kk)[L]]
        for c in ARENA_CODES:
            if c not in codes:
                line += ["–", "–"]
                continue
            (g0, t0) = codes[c]
            gs, ty = _sig(g0 * r.uniform(0.8, 1.2), 3), _sig(t0 * r.uniform(0.8, 1.2), 3)
            line += [num(gs, doc.lang), num(ty, doc.lang)]
            sums[c][0] += gs
            sums[c][1] += ty
            doc.add("emissions", emission(c, gs, ty, number))
        rows.append(line)
    rows.append(["", g("Всего", "Барлығы", ""), *(num(round(v, 6), doc.lang) for c in ARENA_CODES for v in sums[c])])
    assert len(rows[-1]) == width
    doc.table(g("Таблица 2 – Количественная характеристика выбросов по источникам", "2-кесте – Көздер бойынша шығарындылардың сандық сипаттамасы", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in ARENA_SOURCES))
    doc.p(g("Выбросы ДГУ приведены для режима ежемесячного опробования; аварийная вентиляция машинного отделения включается автоматически "
            "по сигналу газоанализатора.",
            "ДГҚ шығарындылары ай сайынғы сынап көру режимі үшін келтірілген; машина бөлімшесінің авариялық желдеткіші газоанализатор "
            "белгісі бойынша автоматты түрде қосылады.", ""))
    _maybe_other(doc)


VN_SCHOOLS = (
    ("Trường Quốc tế Song ngữ Thủ Thiêm", "Công ty TNHH Giáo dục Quốc tế Thủ Thiêm", "phường An Khánh, Thành phố Hồ Chí Minh"),
    ("Trường Quốc tế Tây Hà Nội – Cơ sở Hòa Lạc", "Công ty Cổ phần Giáo dục Tây Hà Nội", "xã Hòa Lạc, thành phố Hà Nội"),
    ("Trường Quốc tế Liên cấp Sơn Trà", "Công ty TNHH Giáo dục Sơn Trà", "phường Sơn Trà, thành phố Đà Nẵng"),
)  # fmt: skip
VN_SCHOOL_SOURCES = (
    ("Bếp ăn trung tâm (bếp gas LPG, 1.800 suất/ngày)", {"2902": 0.012, "0301": 0.021, "0337": 0.008}),
    ("Máy phát điện dự phòng 1.250 kVA (dầu DO 0,05S)", {"2902": 0.21, "0330": 0.35, "0301": 5.6, "0337": 1.2}),
    ("Phòng châm hóa chất khử trùng bể bơi", {"0349": 0.0009}),
    ("Phòng thí nghiệm Hóa học (04 tủ hút khí độc)", {"0316": 0.0015, "0303": 0.0006}),
)
VN_SCHOOL_CODES = ("2902", "0330", "0301", "0337", "0349", "0316", "0303")


def _emissions_ig2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, ward = doc.pick(VN_SCHOOLS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.p(f"Chủ cơ sở: {owner}; địa điểm: {ward}. Trường có quy mô khoảng {num(r.randint(18, 32) * 100, 'vi')} học sinh từ mầm non đến lớp 12, "
          "có bể bơi trong nhà, phòng thí nghiệm và bếp ăn phục vụ bán trú.")
    rows = [["TT", "Nguồn phát sinh", "Tải lượng ô nhiễm (g/s)", *[None] * (len(VN_SCHOOL_CODES) - 1)],
            [None, None, *(_vi_air(c) for c in VN_SCHOOL_CODES)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(VN_SCHOOL_CODES))]
    for k, (src, codes) in enumerate(VN_SCHOOL_SOURCES, 1):
        line = [str(k), src]
        for c in VN_SCHOOL_CODES:
            if c not in codes:
                line.append("-")
                continue
            gs = _sig(codes[c] * r.uniform(0.85, 1.15), 3)
            line.append(num(gs, "vi"))
            doc.add("emissions", emission(c, gs, None))
        rows.append(line)
    doc.table("Bảng 3.1. Tải lượng các chất ô nhiễm không khí theo nguồn phát sinh", rows, merges, role="emissions")
    doc.p("Máy phát điện chỉ hoạt động khi mất điện lưới; khí clo chỉ phát sinh khi pha, châm hóa chất vào bồn định lượng.")
    _maybe_other(doc)


# ---------------------------------------------------------------- wastes

# (RU, KK, RU operator, KK operator, RU city, KK city, seats)
STADIUMS = (
    ("Стадион «Тұлпар Арена»", "«Тұлпар Арена» стадионы", "ТОО «Тұлпар Арена Менеджмент»", "«Тұлпар Арена Менеджмент» ЖШС", "г. Астана", "Астана қ.", 30000),
    ("Стадион «Қазыбек Арена»", "«Қазыбек Арена» стадионы", "КГП «Қазыбек Арена» акимата города Караганды", "Қарағанды қаласы әкімдігінің «Қазыбек Арена» КМК",
     "г. Караганда", "Қарағанды қ.", 19000),
    ("Стадион «Жетісу Арена»", "«Жетісу Арена» стадионы", "ГКП на ПХВ «Жетісу Спорт» акимата области Жетісу", "Жетісу облысы әкімдігінің «Жетісу Спорт» ШЖҚ МКК",
     "г. Талдыкорган", "Талдықорған қ.", 12000),
)  # fmt: skip
# (code, RU, KK, unit (t, m3, pcs), amount range by 10 000 seats, price range in tenge)
STADIUM_WASTES = (
    ("20 03 01", "Смешанные коммунальные отходы с трибун и территории в дни матчей и мероприятий",
     "Матчтар мен іс-шаралар күндері трибуналар мен аумақтан жиналған аралас коммуналдық қалдықтар", "m3", (420, 620), (3800, 4600)),
    ("20 03 01", "Смешанные коммунальные отходы офисов, раздевалок и предприятий питания",
     "Кеңселердің, киім ауыстыратын бөлмелердің және тамақтану кәсіпорындарының аралас коммуналдық қалдықтары", "m3", (150, 260), (3800, 4600)),
    ("20 01 08", "Пищевые отходы предприятий общественного питания", "Қоғамдық тамақтану кәсіпорындарының тамақ қалдықтары", "t", (9, 16), (14000, 19000)),
    ("15 01 01", "Бумажная и картонная упаковка (раздельный сбор)", "Қағаз және картон орама (бөлек жинау)", "t", (4, 9), (0, 0)),
    ("15 01 02", "Пластиковая упаковка и ПЭТ-бутылки (раздельный сбор)", "Пластик орама және ПЭТ-бөтелкелер (бөлек жинау)", "t", (3, 7), (0, 0)),
    ("20 02 01", "Скошенная трава и отходы ухода за газоном футбольного поля", "Шабылған шөп және футбол алаңының көгалын күту қалдықтары", "t", (6, 14), (9000, 12000)),
    ("20 03 03", "Смет с трибун и прилегающей территории", "Трибуналар мен іргелес аумақтан жиналған сыпырынды", "m3", (80, 160), (4200, 5200)),
    ("20 01 21*", "Отработанные люминесцентные и газоразрядные лампы", "Пайдаланылған люминесцентті және газразрядты шамдар", "pcs", (300, 700), (380, 450)),
    ("13 02 05*", "Отработанные моторные масла ДГУ и газонокосилок", "ДГҚ мен шөп шапқыштардың пайдаланылған мотор майлары", "t", (0.2, 0.6), (90000, 120000)),
    ("15 02 02*", "Промасленная ветошь и сорбенты", "Майланған шүберек және сорбенттер", "t", (0.1, 0.4), (150000, 190000)),
)  # fmt: skip
UNIT_WORDS = {"t": ("т", "т"), "m3": ("м³", "м³"), "pcs": ("шт.", "дана")}


def wastes_ig1(doc: Doc) -> None:
    """The technical specification of a football stadium's contract for removing its wastes for 2026: a row per service
    named after its waste with the code, a unit column that changes from row to row — tonnes for most, cubic metres for
    the mixed municipal wastes and the sweepings, pieces for the lamps — the year's volume, the unit price and the sum in
    tenge, paper and plastic taken free of charge (`0`), the same code on two rows; only the tonnes are amounts, the cubic
    metres and pieces leave the amount open (VI: a hospital on the floors of a high-rise complex, its medical wastes by
    month in kilograms under a merged header, the year's total in the last column, ordinary wastes with no code)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ig1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    st = doc.pick(STADIUMS)
    name, operator, city, seats = st[L], st[2 + L], st[4 + L], st[6]
    contractor = g("ТОО «Таза Орта Сервис» (лицензия на выполнение работ по обращению с опасными отходами № 02345P)",
                   "«Таза Орта Сервис» ЖШС (қауіпті қалдықтармен жұмыс істеу жөніндегі жұмыстарды орындауға арналған № 02345P лицензия)", "")
    doc.h(g(f"Техническая спецификация к договору на оказание услуг по сбору, вывозу и утилизации отходов. {name} ({city})",
            f"{name} ({city}). Қалдықтарды жинау, шығару және кәдеге жарату қызметтерін көрсетуге арналған шартқа техникалық ерекшелік", ""))
    doc.p(g(f"Заказчик: {operator}. Исполнитель: {contractor}. Объемы определены исходя из календаря на 2026 год (18 матчей чемпионата, "
            f"4 концерта) при вместимости стадиона {num(seats, 'ru')} зрителей; оплата производится по фактическим объемам по актам.",
            f"Тапсырыс беруші: {operator}. Орындаушы: {contractor}. Көлемдер 2026 жылғы күнтізбе (чемпионаттың 18 матчы, 4 концерт) бойынша "
            f"стадион сыйымдылығы {num(seats, 'kk')} көрермен болған кезде айқындалды; ақы актілер бойынша нақты көлемдер бойынша төленеді.", ""))
    rows = [g(["№", "Наименование отхода", "Код отхода", "Ед. изм.", "Объем на 2026 год", "Цена за ед., тенге без НДС", "Сумма, тенге без НДС"],
              ["№", "Қалдықтың атауы", "Қалдық коды", "Өлш. бірл.", "2026 жылға көлемі", "Бірлік бағасы, ҚҚС-сыз теңге", "Сомасы, ҚҚС-сыз теңге"], [])]
    total = 0
    scale = seats / 10000
    for k, (code, n_ru, n_kk, unit, (lo, hi), (plo, phi)) in enumerate(STADIUM_WASTES, 1):
        if unit == "t":
            amount = round(r.uniform(lo, hi) * (scale if hi > 1 else 1), 1 if hi > 1 else 2)
        else:
            amount = float(round(r.uniform(lo, hi) * scale, -1))
        price = r.randint(plo // 10, phi // 10) * 10 if phi else 0
        money = round(amount * price)
        total += money
        name_w = (n_ru, n_kk)[L]
        rows.append([str(k), name_w, code, UNIT_WORDS[unit][L], num(amount, doc.lang), num(price, doc.lang), num(money, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount if unit == "t" else None,
                           "name_contains": _words(name_w, 3)})
    rows.append(["", g("Итого", "Барлығы", ""), "", "", "", "", num(total, doc.lang)])
    doc.table(g("Приложение 1. Перечень и объемы услуг", "1-қосымша. Қызметтердің тізбесі мен көлемдері", ""), rows, role="wastes")
    doc.p(g("Макулатура и пластик, собранные раздельно, принимаются Исполнителем безвозмездно. Лампы передаются в упаковке производителя.",
            "Бөлек жиналған макулатура мен пластикті Орындаушы өтеусіз қабылдайды. Шамдар өндірушінің орамасында беріледі.", ""))
    _maybe_other(doc)


# (code or None, name, monthly kg range)
VN_HOSPITAL_WASTES = (
    ("13 01 01", "Chất thải lây nhiễm (bao gồm cả chất thải sắc nhọn)", (780, 1150)),
    ("13 01 02", "Hóa chất thải bao gồm hoặc có các thành phần nguy hại", (4, 18)),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", (0, 6)),
    ("18 02 01", "Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", (2, 9)),
    (None, "Chất thải rắn sinh hoạt", (2600, 3400)),
    (None, "Chất thải rắn thông thường phục vụ mục đích tái chế (giấy, nhựa, thủy tinh)", (420, 690)),
)
VN_HOSPITALS = (("Bệnh viện Quốc tế Sông Hồng (tầng 3 – 12, Sông Hồng Tower)", "Công ty Cổ phần Bệnh viện Quốc tế Sông Hồng"),
                ("Bệnh viện Đa khoa Sài Gòn Medical (tầng 1 – 15, Sài Gòn Medical Tower)", "Công ty TNHH Bệnh viện Sài Gòn Medical"))


def _wastes_ig1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner = doc.pick(VN_HOSPITALS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {name.upper()}")
    doc.p(f"Đơn vị báo cáo: {owner}. Bệnh viện hoạt động tại các tầng của tòa nhà, quy mô {r.randint(15, 30) * 10} giường bệnh. Chất thải y tế "
          "được phân loại tại khoa, lưu giữ tại kho tầng hầm B1 và chuyển giao cho đơn vị có giấy phép xử lý; khối lượng ghi theo sổ giao nhận.")
    months = [f"T{m}" for m in range(1, 13)]
    rows = [["TT", "Loại chất thải", "Mã CTNH", "Khối lượng phát sinh theo tháng năm 2025 (kg)", *[None] * 11, "Tổng cộng năm 2025 (kg)"],
            [None, None, None, *months, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14), (0, 15, 1, 15)]
    _span(rows, merges, "I. CHẤT THẢI NGUY HẠI", 16)
    prev = "13 01 01"
    for k, (code, wname, (lo, hi)) in enumerate(VN_HOSPITAL_WASTES, 1):
        if code is None and prev is not None:
            _span(rows, merges, "II. CHẤT THẢI RẮN THÔNG THƯỜNG", 16)
        prev = code
        values = [float(r.randint(int(lo), int(hi))) for _ in months]
        if hi <= 6:
            values = [v if r.random() < 0.5 else 0.0 for v in values]
        total = sum(values)
        rows.append([str(k), wname, code or "-", *(num(v, "vi") if v else "-" for v in values), num(total, "vi")])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": total / 1000, "name_contains": _words(wname, 4)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": total / 1000, "name_contains": _words(wname, 4)})
    doc.table("Bảng 2. Khối lượng chất thải phát sinh năm 2025", rows, merges, role="wastes")
    doc.p("Ghi chú: dấu “-” là tháng không phát sinh. Chất thải lây nhiễm được xử lý bằng công nghệ hấp ướt tại cơ sở xử lý tập trung.")
    _maybe_other(doc)


# (code, RU, KK, [(RU item, KK item, count range, kg each)])
DECOM = (
    ("16 02 13*", "Выведенное из эксплуатации оборудование, содержащее опасные компоненты (серверы, системы хранения данных)",
     "Құрамында қауіпті компоненттері бар пайдаланудан шығарылған жабдық (серверлер, деректерді сақтау жүйелері)", [
         ("Сервер HPE ProLiant DL380 Gen9", "HPE ProLiant DL380 Gen9 сервері", (30, 60), 22.0),
         ("Сервер Dell PowerEdge R730", "Dell PowerEdge R730 сервері", (20, 40), 19.5),
         ("Полка системы хранения данных NetApp DS4246", "NetApp DS4246 деректерді сақтау жүйесінің сөресі", (2, 6), 49.0)]),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы источников бесперебойного питания",
     "Үздіксіз қоректендіру көздерінің пайдаланылған қорғасын аккумуляторлары", [
         ("АКБ 12 В 100 А·ч (VRLA) ИБП Galaxy VX", "Galaxy VX ҮҚК-ның 12 В 100 А·сағ АКБ (VRLA)", (160, 320), 30.5),
         ("АКБ 12 В 200 А·ч (VRLA) ИБП Trinergy", "Trinergy ҮҚК-ның 12 В 200 А·сағ АКБ (VRLA)", (40, 80), 60.0)]),
    ("16 02 11*", "Выведенное из эксплуатации оборудование, содержащее ГХФУ и ГФУ (прецизионные кондиционеры)",
     "Құрамында ГХФК және ГФК бар пайдаланудан шығарылған жабдық (прецизиялық кондиционерлер)", [
         ("Прецизионный кондиционер Liebert PEX 260 (R-407C, хладагент откачан)", "Liebert PEX 260 прецизиялық кондиционері (R-407C, хладагент сорып алынған)",
          (2, 4), 610.0)]),
    ("17 04 05", "Лом черных металлов (серверные шкафы, кабельные лотки)", "Қара металл сынықтары (сервер шкафтары, кабель науалары)", [
         ("Шкаф серверный 42U", "42U сервер шкафы", (20, 40), 110.0),
         ("Лоток кабельный перфорированный, пог. м", "Перфорацияланған кабель науасы, қума м", (120, 300), 2.4)]),
)  # fmt: skip


def wastes_ig2(doc: Doc) -> None:
    """A bank's act of writing off and handing over the equipment of a data-centre hall being modernised, read as a waste
    record: a row spanning the table per waste with its code and name, under it the pieces of equipment with inventory
    numbers, counts, the mass of one in kilograms and the mass of all, and a subtotal row per waste whose kilograms alone
    are the waste's amount, the act's grand total last (VI: a Hòa Lạc data centre's handover record of electronic waste,
    UPS batteries and lamps with their CTNH codes and metal scrap with none, `Cộng` rows in kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ig2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bank = doc.pick(BANKS)[L]
    site = DC_SITES[0][L]
    receiver = g("ТОО «ЭкоРесайклинг Алматы» (лицензия на переработку, обезвреживание, утилизацию и (или) уничтожение опасных отходов № 02417P)",
                 "«ЭкоРесайклинг Алматы» ЖШС (қауіпті қалдықтарды қайта өңдеуге, залалсыздандыруға, кәдеге жаратуға және (немесе) жоюға арналған "
                 "№ 02417P лицензия)", "")
    doc.h(g(f"Акт № {r.randint(12, 48)} списания и передачи выведенного из эксплуатации оборудования. {bank}, {site}",
            f"{bank}, {site}. Пайдаланудан шығарылған жабдықты есептен шығару және беру туралы № {r.randint(12, 48)} акт", ""))
    doc.p(g(f"Комиссия, назначенная приказом по Банку, установила, что оборудование машинного зала № 2, замененное при модернизации в "
            f"2025 году, непригодно к дальнейшему использованию. Оборудование передано как отходы: {receiver}. Масса определена взвешиванием "
            "на весах получателя.",
            f"Банк бойынша бұйрықпен тағайындалған комиссия 2025 жылы жаңғырту кезінде ауыстырылған № 2 машина залының жабдығы одан әрі пайдалануға "
            f"жарамсыз екенін анықтады. Жабдық қалдық ретінде берілді: {receiver}. Массасы алушының таразысында өлшеу арқылы анықталды.", ""))
    rows = [g(["№", "Наименование, марка (инвентарные номера)", "Кол-во", "Масса единицы (паспортная), кг", "Общая масса (по взвешиванию), кг"],
              ["№", "Атауы, маркасы (түгендеу нөмірлері)", "Саны", "Бірлік массасы (паспорттық), кг", "Жалпы массасы (өлшеу бойынша), кг"], [])]
    merges: list = []
    grand, inv, n = 0.0, r.randint(10000, 40000), 0
    for code, n_ru, n_kk, items in DECOM:
        wname = (n_ru, n_kk)[L]
        _span(rows, merges, g(f"Код {code} – {wname}", f"{code} коды – {wname}", ""), 5)
        sub = 0.0
        for i_ru, i_kk, (lo, hi), each in items:
            n += 1
            count = r.randint(lo, hi)
            mass = round(count * each * r.uniform(0.97, 1.03), 1)
            sub += mass
            inv_txt = f"{inv:06d}–{inv + count - 1:06d}" if "м" not in i_ru[-6:] else "—"
            inv += count
            rows.append([str(n), f"{(i_ru, i_kk)[L]} ({g('инв. №', 'түг. №', '')} {inv_txt})" if inv_txt != "—" else (i_ru, i_kk)[L],
                         str(count), num(each, doc.lang), num(mass, doc.lang)])
        sub = round(sub, 1)
        grand += sub
        rows.append(["", g(f"Итого по коду {code}", f"{code} коды бойынша жиыны", ""), "", "", num(sub, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": round(sub / 1000, 6),
                           "name_contains": _words(wname.split(" (")[0], 3)})
    rows.append(["", g("Всего по акту", "Акт бойынша барлығы", ""), "", "", num(round(grand, 1), doc.lang)])
    doc.table(None, rows, merges, role="wastes")
    doc.p(g("Хладагент R-407C откачан из кондиционеров до демонтажа и учтен отдельно. Жесткие диски уничтожены Банком до передачи оборудования.",
            "R-407C хладагенті бөлшектеуге дейін кондиционерлерден сорып алынды және жеке есепке алынды. Қатты дискілерді Банк жабдықты бергенге "
            "дейін жойды.", ""))
    distractor(doc, "approval")


# (code or None, name, [(item, count range, kg each)])
VN_DECOM = (
    ("16 01 13", "Các thiết bị, bộ phận, linh kiện điện tử thải", [("Máy chủ Dell PowerEdge R740", (24, 48), 21.0),
                                                                  ("Bộ chuyển mạch Cisco Nexus 93180YC", (6, 12), 8.5),
                                                                  ("Ổ cứng HDD 3,5 inch đã hủy dữ liệu", (200, 400), 0.7)]),
    ("19 06 01", "Pin, ắc quy chì thải", [("Ắc quy VRLA 12V-100Ah của hệ thống UPS", (120, 240), 30.0)]),
    ("16 01 06", "Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải", [("Bóng đèn huỳnh quang T8 dài 1,2 m", (60, 180), 0.2)]),
    (None, "Phế liệu kim loại (tủ rack, máng cáp)", [("Tủ rack 42U", (10, 24), 105.0), ("Máng cáp sơn tĩnh điện (m)", (80, 200), 2.2)]),
)  # fmt: skip


def _wastes_ig2_vi(doc: Doc) -> None:
    r = doc.rng
    owner = doc.pick(VN_DC_OWNERS)
    brand = owner.split("Dịch vụ Dữ liệu ")[-1].split("Hạ tầng Số ")[-1]
    doc.h("BIÊN BẢN BÀN GIAO CHẤT THẢI")
    doc.p(f"Số: {r.randint(3, 40):02d}/2025/BBBG. Bên giao: {owner} – Trung tâm dữ liệu {brand} Hòa Lạc. Bên nhận: Công ty TNHH Môi trường "
          "Công nghệ Xanh (Giấy phép môi trường có nội dung xử lý CTNH số 68/GPMT-BNNMT). Khối lượng xác định bằng cân tại Trung tâm.")
    rows = [["TT", "Tên chất thải / thiết bị", "Mã CTNH", "Số lượng", "Khối lượng đơn vị (kg)", "Khối lượng (kg)"]]
    merges: list = []
    for gi, (code, gname, items) in enumerate(VN_DECOM, 1):
        _span(rows, merges, f"{gi}. {gname}", 6)
        sub = 0.0
        for ii, (item, (lo, hi), each) in enumerate(items, 1):
            count = r.randint(lo, hi)
            mass = round(count * each, 1)
            sub += mass
            rows.append([f"{gi}.{ii}", item, code or "-", str(count), num(each, "vi"), num(mass, "vi")])
        sub = round(sub, 1)
        rows.append(["", "Cộng", "", "", "", num(sub, "vi")])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": round(sub / 1000, 6),
                               "name_contains": _words(gname, 4)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": round(sub / 1000, 6), "name_contains": _words(gname, 3)})
    doc.table("Bảng kê chất thải bàn giao", rows, merges, role="wastes")
    doc.p("Hai bên đã kiểm đếm, cân và thống nhất khối lượng nêu trên; chứng từ chất thải nguy hại được lập theo quy định.")
    _maybe_other(doc)


# ---------------------------------------------------------------- limits

# symbol: (ДК of the water utility, KK-1 range or None (not determined) or "<" (below detection), KK-2 range, detection limit)
SEWER_DK = {
    "pH": ((6.5, 9.0), (7.6, 8.6), (7.0, 7.9), None),
    "TSS": (250, (15, 60), (90, 230), None),
    "BOD5": (200, None, (110, 190), None),
    "COD": (400, (25, 80), (200, 360), None),
    "TDS": (1500, (1100, 1750), (450, 800), None),
    "Cl-": (350, (120, 340), (60, 140), None),
    "SO4": (500, (180, 480), (50, 120), None),
    "NH4+": (25, "<", (14, 24), 0.05),
    "TP": (5, (1.2, 4.5), (2.5, 4.8), None),
    "Cu": (0.5, (0.02, 0.12), None, None),
    "Zn": (1, (0.05, 0.35), None, None),
    "Surfactants": (5, None, (1.2, 3.8), None),
    "TPH": (4, "<", (0.1, 0.9), 0.02),
}


def limits_ig1(doc: Doc) -> None:
    """A laboratory's protocol at the two control wells through which a bank's data centre discharges into the city sewer —
    `КК-1`, the blowdown of its evaporative cooling towers, and `КК-2`, the domestic waste water of the office block — as two
    result columns under a merged header, the allowed concentrations of the water utility's rules of accepting waste water
    (`ДК`) in one column before them, a unit per row, `н/о` where a parameter was not determined at a well, `< 0,05` below
    detection, the dry residue of the blowdown above the ДК with a star and a footnote, and the hardness and Legionella
    rows with no ДК and no key (VI: a Hòa Lạc data centre's domestic waste water and cooling-tower blowdown against the
    hi-tech park's limits for connecting to its central plant, `KPH` below detection)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ig1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bank = doc.pick(BANKS)[L]
    site = DC_SITES[0][L]
    unit_w = g("мг/дм³", "мг/дм³", "")
    doc.h(g(f"Протокол испытаний сточных вод № {r.randint(100, 900)}/В-25", f"Ағынды суларды сынау хаттамасы № {r.randint(100, 900)}/В-25", ""))
    doc.p(g(f"Заказчик: {bank} ({site}). Пробы отобраны {r.randint(2, 27):02d}.{r.choice((5, 8, 11)):02d}.2025 в контрольных колодцах на выпусках "
            "в городскую канализацию. Допустимые концентрации (ДК) – по Правилам приема сточных вод в системы водоотведения, утвержденным "
            "местным исполнительным органом, и договору с ГКП «Алматы Су».",
            f"Тапсырыс беруші: {bank} ({site}). Сынамалар {r.randint(2, 27):02d}.{r.choice((5, 8, 11)):02d}.2025 қалалық кәрізге шығарылатын "
            "шығарылымдардағы бақылау құдықтарынан алынды. Жол берілетін концентрациялар (ЖК) – жергілікті атқарушы орган бекіткен ағынды "
            "суларды су бұру жүйелеріне қабылдау қағидалары және «Алматы Су» МКК-мен шарт бойынша.", ""))
    dk_word = g("ДК", "ЖК", "")
    rows = [g(["№", "Показатель", "Ед. изм.", f"{dk_word}", "Результат испытаний", None],
              ["№", "Көрсеткіш", "Өлш. бірл.", f"{dk_word}", "Сынау нәтижесі", None], []),
            [None, None, None, None, g("КК-1 (продувка градирен)", "КК-1 (градирняларды үрлеу)", ""),
             g("КК-2 (хозяйственно-бытовые стоки)", "КК-2 (шаруашылық-тұрмыстық ағындар)", "")]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    over = False
    for k, (s, (dk, r1, r2, det)) in enumerate(SEWER_DK.items(), 1):
        line = [str(k), _water_name(doc, s), g("ед. pH", "pH бірл.", "") if s == "pH" else unit_w,
                f"{num(dk[0], doc.lang)}–{num(dk[1], doc.lang)}" if isinstance(dk, tuple) else num(dk, doc.lang)]
        for pid, rng in (("КК-1", r1), ("КК-2", r2)):
            if rng is None:
                line.append(g("н/о", "анықт. жоқ", ""))
                continue
            if rng == "<":
                line.append(f"< {num(det, doc.lang)}")
                add(doc, {x: y for x, y in limit(("symbol", s), "waste_water", dk, "mg/l", None, pid).items() if x != "value"})
                continue
            v = round(r.uniform(*rng), 1) if s == "pH" else _sig(r.uniform(*rng), 3)
            mark = "*" if not isinstance(dk, tuple) and v > dk else ""
            over = over or bool(mark)
            line.append(num(v, doc.lang) + mark)
            add(doc, limit(("symbol", s), "waste_water", dk, "mg/l", None, pid, v))
        rows.append(line)
    n = len(SEWER_DK)
    rows.append([str(n + 1), g("Жесткость общая", "Жалпы кермектік", ""), "°Ж", "–", num(round(r.uniform(4.5, 9.5), 1), doc.lang), g("н/о", "анықт. жоқ", "")])
    rows.append([str(n + 2), "Legionella pneumophila", g("КОЕ/дм³", "КТБ/дм³", ""), "–", g("не обнаружено", "анықталған жоқ", ""), g("н/о", "анықт. жоқ", "")])
    doc.table(g("Результаты испытаний", "Сынау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("н/о – показатель не определялся. " + ("* – превышение ДК; о превышении сообщено в ГКП «Алматы Су», продувка градирен переведена на "
            "режим повышенного водообмена." if over else "Превышений ДК не установлено."),
            "анықт. жоқ – көрсеткіш анықталмаған. " + ("* – ЖК-дан асу; асу туралы «Алматы Су» МКК-ға хабарланды, градирняларды үрлеу су "
            "алмасуы жоғары режимге ауыстырылды." if over else "ЖК-дан асу анықталған жоқ."), ""))
    _maybe_other(doc)


# symbol: (VI label, unit, park's limit, NT1 range, NT2 range)
HOALAC_LIMITS = {
    "pH": ("pH", None, (5.5, 9), (6.8, 7.9), (7.8, 8.7)),
    "TSS": ("Tổng chất rắn lơ lửng (TSS)", "mg/L", 100, (35, 90), (8, 30)),
    "BOD5": ("BOD5 (20°C)", "mg/L", 50, (28, 48), "KPH"),
    "COD": ("COD", "mg/L", 150, (80, 140), (20, 60)),
    "NH4+": ("Amoni (NH4+ tính theo N)", "mg/L", 10, (4, 9.5), "KPH"),
    "TN": ("Tổng nitơ", "mg/L", 40, (18, 36), (3, 9)),
    "TP": ("Tổng phốt pho (tính theo P)", "mg/L", 6, (2.1, 5.2), (1.5, 4.8)),
    "Cl-": ("Clorua (Cl-)", "mg/L", 1000, (80, 160), (250, 640)),
    "Coliform": ("Tổng Coliforms", "MPN/100mL", 5000, (1500, 4600), "KPH"),
}


def _limits_ig1_vi(doc: Doc) -> None:
    r = doc.rng
    owner = doc.pick(VN_DC_OWNERS)
    brand = owner.split("Dịch vụ Dữ liệu ")[-1].split("Hạ tầng Số ")[-1]
    q = doc.pick(("I", "II", "III", "IV"))
    doc.h(f"KẾT QUẢ QUAN TRẮC NƯỚC THẢI QUÝ {q} NĂM 2025 – TRUNG TÂM DỮ LIỆU {brand.upper()} HÒA LẠC")
    doc.p("Nước thải sinh hoạt và nước xả đáy tháp giải nhiệt được đấu nối vào hệ thống thu gom của Khu Công nghệ cao Hòa Lạc để xử lý tại nhà "
          "máy xử lý nước thải tập trung. Giới hạn so sánh: giới hạn tiếp nhận nước thải đầu vào theo Quy định đấu nối của Ban Quản lý Khu.")
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả", None, "Giới hạn tiếp nhận của Khu CNC Hòa Lạc"],
            [None, None, None, "NT1 – Hố ga đấu nối nước thải sinh hoạt", "NT2 – Nước xả đáy tháp giải nhiệt", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    for k, (s, (label, unit, lim, r1, r2)) in enumerate(HOALAC_LIMITS.items(), 1):
        line = [str(k), label, unit or "-"]
        for pid, rng in (("NT1", r1), ("NT2", r2)):
            if rng == "KPH":
                line.append("KPH")
                add(doc, {x: y for x, y in limit(("symbol", s), "waste_water", lim, unit, None, pid).items() if x != "value"})
                continue
            if s == "pH":
                v = round(r.uniform(*rng), 1)
            elif s == "Coliform":
                v = float(r.choice([x for x in (930, 1500, 2100, 2400, 2800, 3900, 4300) if rng[0] <= x <= rng[1]]))
            else:
                v = _sig(r.uniform(*rng), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", lim, unit, None, pid, v))
        line.append(f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if isinstance(lim, tuple) else num(lim, "vi"))
        rows.append(line)
    rows.append([str(len(HOALAC_LIMITS) + 1), "Nhiệt độ", "°C", num(round(r.uniform(27, 31), 1), "vi"), num(round(r.uniform(31, 36), 1), "vi"), "40"])
    doc.table("Bảng 1. Kết quả phân tích mẫu nước thải", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp).")
    _maybe_other(doc)


# code: (norm of the gas engines at 15 % O2, norm of the boilers at 3 % O2), mg/Nm3
TRIGEN_NORMS = {"0301": (250, 150), "0304": (40, 25), "0337": (300, 100), "1325": (20, None)}
ENGINES = (("0001", "ГПУ № 1 Jenbacher J620", "№ 1 ГПҚ Jenbacher J620"), ("0002", "ГПУ № 2 Jenbacher J620", "№ 2 ГПҚ Jenbacher J620"),
           ("0003", "ГПУ № 3 Jenbacher J620", "№ 3 ГПҚ Jenbacher J620"))
BOILERS = (("0004", "Котел пиковый № 1 Viessmann Vitomax 200-HW (11,6 МВт)", "№ 1 Viessmann Vitomax 200-HW шыңдық қазаны (11,6 МВт)"),
           ("0005", "Котел пиковый № 2 Viessmann Vitomax 200-HW (11,6 МВт)", "№ 2 Viessmann Vitomax 200-HW шыңдық қазаны (11,6 МВт)"))


def limits_ig2(doc: Doc) -> None:
    """The report of stack measurements at the trigeneration energy centre of the EXPO exhibition grounds in Astana: a column
    of source numbers, the unit, its load and O2, then the four substances as columns; the gas engines and the peak boilers
    each under a row spanning the table that names the O2 their norms are reduced to, and right under it a norm row of
    their own (15 % O2 for the engines, 3 % for the boilers, formaldehyde normed for the engines only), so that each row of
    values answers to the norm row of its group, a boiler in reserve written across its row (VI: a convention centre's
    ambient air at three points on an ordinary day and on a day of an event as sub-columns, QCVN 05:2023/BTNMT's one-hour
    values last, in µg/m3, noise with no key)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ig2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = g("ТОО «Экспо Энерго Сервис»", "«Экспо Энерго Сервис» ЖШС", "")
    doc.h(g(f"Отчет по производственному экологическому контролю за {doc.pick(('I', 'IV'))} квартал 2025 года. Энергоцентр выставочного комплекса "
            f"EXPO (г. Астана), {operator}",
            f"{operator}, EXPO көрме кешенінің энергия орталығы (Астана қ.). 2025 жылғы {doc.pick(('I', 'IV'))} тоқсандағы өндірістік экологиялық "
            "бақылау жөніндегі есеп", ""))
    doc.p(g("Энергоцентр обеспечивает павильоны, конгресс-холл и офисные здания комплекса электроэнергией, теплом и холодом (тригенерация): "
            "три газопоршневые установки с абсорбционными холодильными машинами и пиковая котельная. Технологические нормативы установлены "
            "экологическим разрешением раздельно для ГПУ (при 15 % O2) и для котлов (при 3 % O2).",
            "Энергия орталығы кешеннің павильондарын, конгресс-холын және кеңсе ғимараттарын электр энергиясымен, жылумен және суықпен "
            "қамтамасыз етеді (тригенерация): абсорбциялық тоңазыту машиналары бар үш газ-поршеньді қондырғы және шыңдық қазандық. "
            "Технологиялық нормативтер экологиялық рұқсатпен ГПҚ (15 % O2 кезінде) және қазандар (3 % O2 кезінде) үшін бөлек белгіленген.", ""))
    codes = list(TRIGEN_NORMS)
    width = 4 + len(codes)
    rows = [[g("№ ИЗА", "ЛШК №", ""), g("Установка", "Қондырғы", ""), g("Нагрузка, %", "Жүктеме, %", ""), "O2, %",
             *(f"{_air(doc, c)} ({c}), {g('мг/Нм³', 'мг/Нм³', '')}" for c in codes)]]
    merges: list = []
    reserve = doc.pick([b[0] for b in BOILERS])
    numbers = []
    for gi, (units, o2_ref) in enumerate(((ENGINES, 15), (BOILERS, 3))):
        _span(rows, merges, g(f"Газопоршневые установки (концентрации приведены к {o2_ref} % O2)", f"Газ-поршеньді қондырғылар (концентрациялар {o2_ref} % O2-ге келтірілген)", "")
              if gi == 0 else g(f"Водогрейные котлы пиковой котельной (концентрации приведены к {o2_ref} % O2)",
                                f"Шыңдық қазандықтың су жылыту қазандары (концентрациялар {o2_ref} % O2-ге келтірілген)", ""), width)
        rows.append(["", g("Технологический норматив", "Технологиялық норматив", ""), "–", num(o2_ref, doc.lang),
                     *(num(TRIGEN_NORMS[c][gi], doc.lang) if TRIGEN_NORMS[c][gi] else "–" for c in codes)])
        for number, u_ru, u_kk in units:
            numbers.append(number)
            if number == reserve:
                rows.append([number, (u_ru, u_kk)[L], g("в резерве, не работал", "резервте, жұмыс істеген жоқ", ""), *[None] * (width - 3)])
                merges.append((len(rows) - 1, 2, len(rows) - 1, width - 1))
                continue
            o2 = r.uniform(9.5, 12.0) if gi == 0 else r.uniform(3.0, 5.5)
            line = [number, (u_ru, u_kk)[L], str(r.randint(62, 95)), num(round(o2, 1), doc.lang)]
            for c in codes:
                norm = TRIGEN_NORMS[c][gi]
                if norm is None:
                    line.append("–")
                    continue
                v = _sig(norm * r.uniform(0.3, 0.9), 3)
                line.append(num(v, doc.lang))
                add(doc, limit(("code", c), "flue_gas", norm, "mg/Nm3", None, number, v))
            rows.append(line)
    doc.table(g("Таблица 2 – Результаты инструментальных замеров на источниках выбросов", "2-кесте – Шығарынды көздеріндегі аспаптық өлшеулердің нәтижелері", ""),
              rows, merges, role="limits")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.p(g("Превышений технологических нормативов не выявлено.", "Технологиялық нормативтердің асып кетуі анықталған жоқ.", ""))
    _maybe_other(doc)


# code: (VI label, QCVN 05:2023/BTNMT 1-hour, µg/m3, ordinary range, event range)
VN_AIR_EVENT = {"2902": ("Tổng bụi lơ lửng (TSP)", 300, (60, 140), (110, 260)), "0301": ("NO2", 200, (25, 70), (60, 170)),
                "0330": ("SO2", 350, (15, 45), (20, 80)), "0337": ("CO", 30000, (2100, 4800), (4500, 11000))}
VN_EVENT_POINTS = (("KK1", "Cổng chính (lối vào sảnh A)"), ("KK2", "Bãi đỗ xe ngoài trời phía Đông"), ("KK3", "Khu dân cư giáp ranh phía Tây"))


def _limits_ig2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, _ = doc.pick(VN_CONVENTION)
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG KHÔNG KHÍ XUNG QUANH NĂM 2025 – {name.upper()}")
    doc.p(f"Đơn vị vận hành: {owner}. Mỗi điểm được đo vào một ngày không có sự kiện (ngày thường) và vào ngày diễn ra hội chợ triển lãm có "
          f"lượng khách cao điểm (khoảng {num(r.randint(25, 60) * 1000, 'vi')} lượt khách/ngày); giá trị là trung bình 1 giờ.")
    codes = list(VN_AIR_EVENT)
    head0, head1 = ["TT", "Thông số", "Đơn vị"], [None, None, None]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    for k, (pid, place) in enumerate(VN_EVENT_POINTS):
        head0 += [f"{pid} – {place}", None]
        head1 += ["Ngày thường", "Ngày có sự kiện"]
        merges.append((0, 3 + 2 * k, 0, 4 + 2 * k))
    head0.append("QCVN 05:2023/BTNMT (trung bình 1 giờ)")
    head1.append(None)
    merges.append((0, 3 + 2 * len(VN_EVENT_POINTS), 1, 3 + 2 * len(VN_EVENT_POINTS)))
    rows = [head0, head1]
    for k, c in enumerate(codes, 1):
        label, lim, ordinary, event = VN_AIR_EVENT[c]
        line = [str(k), label, "µg/m³"]
        for pid, _ in VN_EVENT_POINTS:
            for rng in (ordinary, event):
                v = float(round(r.uniform(*rng), -1)) if c == "0337" else float(round(r.uniform(*rng)))
                line.append(num(v, "vi"))
                add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
        line.append(num(lim, "vi"))
        rows.append(line)
    rows.append([str(len(codes) + 1), "Tiếng ồn (LAeq)", "dBA", *(str(r.randint(55, 64) if k % 2 == 0 else r.randint(62, 69)) for k in range(2 * len(VN_EVENT_POINTS))),
                 "70 (QCVN 26:2010/BTNMT)"])
    doc.table("Bảng 2. Kết quả quan trắc không khí xung quanh", rows, merges, role="limits")
    doc.p("Nhận xét: các thông số đều nằm trong giới hạn cho phép; nồng độ CO và NO2 vào ngày có sự kiện tăng do lượng xe ra vào bãi đỗ.")
    _maybe_other(doc)


# ---------------------------------------------------------------- monitoring

LETTERS = {"ru": {"М": "monthly", "К": "quarterly", "Г": "yearly"}, "kk": {"А": "monthly", "Т": "quarterly", "Ж": "yearly"},
           "vi": {"T": "monthly", "Q": "quarterly", "N": "yearly"}}
LEGEND = {
    "ru": "Условные обозначения: М – ежемесячно (в период эксплуатации ледового покрытия, сентябрь – май); К – 1 раз в квартал; Г – 1 раз в год "
          "(при годовом испытании ДГУ); «–» – не контролируется.",
    "kk": "Шартты белгілер: А – ай сайын (мұз жабыны пайдаланылатын кезеңде, қыркүйек – мамыр); Т – тоқсанына 1 рет; Ж – жылына 1 рет "
          "(ДГҚ-ның жылдық сынағы кезінде); «–» – бақыланбайды.",
    "vi": "Ký hiệu: T – hằng tháng (trong năm học); Q – 03 tháng/lần; N – 1 lần/năm; “-” – không quan trắc.",
}
# columns of the ice arena's matrix: (kind, id, RU, KK)
ARENA_PLACES = (("src", "0001", "ИЗА 0001 (котельная ГВС)", "0001 ЛШК (ЫСЖ қазандығы)"),
                ("src", "0002", "ИЗА 0002 (ДГУ)", "0002 ЛШК (ДГҚ)"),
                ("src", "0003", "ИЗА 0003 (аварийная вентиляция машинного отделения)", "0003 ЛШК (машина бөлімшесінің авариялық желдеткіші)"),
                ("pt", "Т-1", "Т-1 (граница СЗЗ, север)", "Т-1 (СҚА шекарасы, солтүстік)"),
                ("pt", "Т-2", "Т-2 (граница СЗЗ, юг)", "Т-2 (СҚА шекарасы, оңтүстік)"),
                ("pt", "КК-1", "КК-1 (выпуск в городскую канализацию)", "КК-1 (қалалық кәрізге шығарылым)"))
# (kind, key, letters per column as the Russian legend writes them; "" is a dash)
ARENA_MATRIX = (
    ("code", "0301", ("К", "Г", "", "К", "К", "")),
    ("code", "0304", ("К", "Г", "", "", "", "")),
    ("code", "0337", ("К", "Г", "", "К", "К", "")),
    ("code", "0328", ("", "Г", "", "", "", "")),
    ("code", "0330", ("", "Г", "", "", "", "")),
    ("code", "0303", ("", "", "М", "К", "К", "")),
    ("symbol", "pH", ("", "", "", "", "", "К")),
    ("symbol", "TSS", ("", "", "", "", "", "К")),
    ("symbol", "TPH", ("", "", "", "", "", "К")),
    ("symbol", "Surfactants", ("", "", "", "", "", "К")),
)
RU_TO = {"kk": {"М": "А", "К": "Т", "Г": "Ж"}}


def monitoring_ig1(doc: Doc) -> None:
    """The plan-graph of an ice arena's production control laid out as a matrix: the substances and water parameters as rows
    under two rows spanning the table (air — sources and the protection zone's boundary; waste water), the places as columns
    — three sources, two boundary points and the sewer well — and in each cell a letter for how often (`М`, `К`, `Г`; KK
    `А`, `Т`, `Ж`) or a dash, the letters explained only in a legend line under the table, ammonia monthly at the emergency
    ventilation during the ice season (VI: a university campus in a hi-tech park, `T`, `Q`, `N` for monthly, quarterly and
    yearly at a laboratory's fume-hood stack, the generator, a dormitory and the treatment plant's outlet)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_ig1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(ARENAS)
    name, operator = a[L], a[4 + L]
    doc.h(g(f"Программа производственного экологического контроля. {name}", f"{name}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Оператор: {operator}. Раздел 4. План-график контроля на источниках выбросов, на границе санитарно-защитной зоны и на выпуске "
            "сточных вод. Отбор проб и анализ выполняет аккредитованная лаборатория по договору.",
            f"Оператор: {operator}. 4-бөлім. Шығарынды көздерінде, санитариялық-қорғаныш аймағының шекарасында және ағынды сулар шығарылымында "
            "бақылау жоспар-кестесі. Сынама алуды және талдауды шарт бойынша аккредиттелген зертхана орындайды.", ""))
    width = 2 + len(ARENA_PLACES)
    rows = [[g("Код / показатель", "Коды / көрсеткіш", ""), g("Наименование", "Атауы", ""), g("Места контроля", "Бақылау орындары", ""),
             *[None] * (len(ARENA_PLACES) - 1)],
            [None, None, *(p[2 + L] for p in ARENA_PLACES)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, width - 1)]
    sources, pairs = set(), []
    for kind, key, letters in ARENA_MATRIX:
        if key == "0301":
            _span(rows, merges, g("Атмосферный воздух (выбросы на источниках и граница СЗЗ)", "Атмосфералық ауа (көздердегі шығарындылар және СҚА шекарасы)", ""), width)
        if key == "pH":
            _span(rows, merges, g("Сточные воды", "Ағынды сулар", ""), width)
        label = key if kind == "code" else ""
        cells = []
        for (pkind, pid, *_), letter in zip(ARENA_PLACES, letters, strict=True):
            if not letter:
                cells.append("–")
                continue
            said = letter if doc.lang == "ru" else RU_TO["kk"][letter]
            cells.append(said)
            word = LETTERS["ru"][letter]
            item = {("source_number" if pkind == "src" else "point"): pid, kind: key, "frequency": word}
            doc.add("monitoring", item)
            if pkind == "src":
                sources.add(pid)
                pairs.append((pid, key))
        rows.append([label, _air(doc, key) if kind == "code" else _water_name(doc, key), *cells])
    doc.table(g("Таблица 4.1 – План-график контроля", "4.1-кесте – Бақылау жоспар-кестесі", ""), rows, merges, role="monitoring")
    doc.p(LEGEND[doc.lang])
    doc.add("sources", *({"number": n, "type": "organized"} for n in sorted(sources)))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    if r.random() < 0.5:
        distractor(doc, "contacts")


VN_CAMPUSES = (("Trường Đại học Công nghệ Láng – Hòa Lạc", "Khu Công nghệ cao Hòa Lạc, xã Hòa Lạc, thành phố Hà Nội"),
               ("Trường Đại học Kỹ thuật Đông Sài Gòn – Cơ sở Thủ Đức", "phường Linh Xuân, Thành phố Hồ Chí Minh"))
VN_CAMPUS_PLACES = (("KT1", "KT1 – Ống thải tủ hút PTN Hóa (tòa C3)"), ("KT2", "KT2 – Ống xả máy phát điện (tòa A1)"),
                    ("KK1", "KK1 – Khu ký túc xá"), ("NT1", "NT1 – Sau trạm XLNT 800 m³/ngày"))
VN_CAMPUS_MATRIX = (
    ("code", "2902", ("", "N", "Q", "")), ("code", "0301", ("", "N", "Q", "")), ("code", "0330", ("", "N", "Q", "")),
    ("code", "0337", ("", "N", "Q", "")), ("code", "0316", ("Q", "", "", "")), ("code", "0303", ("Q", "", "", "")),
    ("symbol", "pH", ("", "", "", "T")), ("symbol", "BOD5", ("", "", "", "Q")), ("symbol", "TSS", ("", "", "", "Q")),
    ("symbol", "NH4+", ("", "", "", "Q")), ("symbol", "Coliform", ("", "", "", "Q")),
)


def _monitoring_ig1_vi(doc: Doc) -> None:
    name, place = doc.pick(VN_CAMPUSES)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {name.upper()}")
    doc.p(f"Địa điểm: {place}. Chương trình áp dụng cho toàn bộ khuôn viên, gồm khu giảng đường, phòng thí nghiệm, ký túc xá và trạm xử lý nước "
          "thải tập trung; tần suất được ký hiệu trong bảng và giải thích dưới bảng.")
    width = 2 + len(VN_CAMPUS_PLACES)
    rows = [["Nhóm", "Thông số", "Vị trí quan trắc", *[None] * (len(VN_CAMPUS_PLACES) - 1)], [None, None, *(p[1] for p in VN_CAMPUS_PLACES)]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, width - 1)]
    for kind, key, letters in VN_CAMPUS_MATRIX:
        group = "Khí" if kind == "code" else "Nước thải"
        label = _vi_air(key) if kind == "code" else vocab.water(key, "vi")
        cells = []
        for (pid, _), letter in zip(VN_CAMPUS_PLACES, letters, strict=True):
            cells.append(letter or "-")
            if letter:
                doc.add("monitoring", {"point": pid, kind: key, "frequency": LETTERS["vi"][letter]})
        rows.append([group, label, *cells])
    doc.table("Bảng 6.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p(LEGEND["vi"])
    _maybe_other(doc)


# (RU object, KK object, sources or point, [(kind, key)], RU method, KK method, frequency, RU said, KK said)
DC_PLAN = (
    ("Выбросы в атмосферный воздух", "Атмосфералық ауаға шығарындылар", [
        ("Резервные ДГУ № 1–6", "№ 1–6 резервтік ДГҚ", "0001–0006", [("code", c) for c in ("0301", "0304", "0328", "0330", "0337")],
         "инструментальный", "аспаптық", "yearly", "1 раз в год (при испытании ДГУ на нагрузочный модуль)", "жылына 1 рет (ДГҚ-ны жүктеме модуліне сынау кезінде)"),
        ("Подземный резервуар дизельного топлива", "Дизель отынының жерасты резервуары", "0007", [("code", "0333"), ("code", "2754")],
         "расчетный", "есептік", "yearly", "1 раз в год", "жылына 1 рет"),
        ("Площадка слива топлива", "Отын құю алаңы", "6001", [("code", "0333"), ("code", "2754")], "расчетный", "есептік", "yearly",
         "1 раз в год", "жылына 1 рет")]),
    ("Сбросы в городскую канализацию", "Қалалық кәрізге төгінділер", [
        ("Продувочная вода испарительных градирен", "Буландырғыш градирнялардың үрлеу суы", "КК-1",
         [("symbol", s) for s in ("pH", "TDS", "Cl-", "SO4", "TP", "Cu", "Zn")], "лабораторный", "зертханалық", "quarterly", "1 раз в квартал",
         "тоқсанына 1 рет"),
        ("Хозяйственно-бытовые сточные воды", "Шаруашылық-тұрмыстық ағынды сулар", "КК-2",
         [("symbol", s) for s in ("pH", "TSS", "BOD5", "COD", "NH4+", "Surfactants", "TPH")], "лабораторный", "зертханалық", "semiannual",
         "2 раза в год (II и IV кварталы)", "жылына 2 рет (II және IV тоқсандар)")]),
    ("Отходы производства и потребления", "Өндіріс және тұтыну қалдықтары", [
        ("Места накопления отходов", "Қалдықтарды жинақтау орындары", "—", [], "учетный", "есепке алу", None,
         "ежеквартально (учет образования и передачи)", "тоқсан сайын (түзілуін және берілуін есепке алу)")]),
)  # fmt: skip


def monitoring_ig2(doc: Doc) -> None:
    """The ПЭК programme of a bank's main data centre, a row per object of control under rows spanning the table for air,
    sewer and wastes: the six standby generators written as one range of sources `0001–0006` measured once a year at their
    load-bank test, the fuel tank and the unloading pad by calculation, the two sewer wells with the parameters by their
    names, frequencies written with their occasion (`1 раз в год (при испытании ДГУ …)`, `2 раза в год (II и IV
    кварталы)`), the wastes' row with no substance, the method and the executor in columns of their own (VI: a Thủ Đức data
    centre's programme, the four generators' exhausts as one cell `KT1 ÷ KT4`, monitoring done of the company's own will)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_ig2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bank = doc.pick(BANKS)[L]
    site = DC_SITES[0][L]
    lab = g("ТОО «ЭкоАналитика» (аттестат аккредитации KZ.T.02.1893)", "«ЭкоАналитика» ЖШС (KZ.T.02.1893 аккредиттеу аттестаты)", "")
    own = g("эколог Банка", "Банк экологы", "")
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {site}, {bank}",
            f"{bank}, {site}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g("Раздел 3. Операционный мониторинг и мониторинг эмиссий. ДГУ работают только при испытаниях и отключениях внешней сети, поэтому "
            "инструментальные замеры на их выхлопных трубах совмещаются с ежегодным испытанием на нагрузочный модуль.",
            "3-бөлім. Операциялық мониторинг және эмиссиялар мониторингі. ДГҚ тек сынақ кезінде және сыртқы желі ажыратылғанда жұмыс істейді, "
            "сондықтан олардың шығару құбырларындағы аспаптық өлшеулер жүктеме модуліне жыл сайынғы сынаумен біріктіріледі.", ""))
    rows = [g(["№", "Объект контроля", "Источник / точка контроля", "Контролируемые параметры", "Метод контроля", "Периодичность", "Исполнитель"],
              ["№", "Бақылау объектісі", "Көз / бақылау нүктесі", "Бақыланатын параметрлер", "Бақылау әдісі", "Кезеңділігі", "Орындаушы"], [])]
    merges: list = []
    sources, pairs = [], []
    for si, ((s_ru, s_kk), items) in enumerate(((x[0], x[1]), x[2]) for x in DC_PLAN):
        _span(rows, merges, f"{si + 1}. {(s_ru, s_kk)[L]}", 7)
        for k, (o_ru, o_kk, where, keys, m_ru, m_kk, word, f_ru, f_kk) in enumerate(items, 1):
            if where[0].isdigit():
                where_said = g(f"ИЗА {where}", f"{where} ЛШК", "")
                first, _, last = where.partition("–")
                numbers = [f"{n:04d}" for n in range(int(first), int(last or first) + 1)]
            else:
                where_said, numbers = where, []
            params = ", ".join(f"{key} – {_air(doc, key)}" if kind == "code" else _water_name(doc, key) for kind, key in keys) or \
                g("количество и виды образованных и переданных отходов", "түзілген және берілген қалдықтардың саны мен түрлері", "")
            rows.append([f"{si + 1}.{k}", (o_ru, o_kk)[L], where_said, params, (m_ru, m_kk)[L], (f_ru, f_kk)[L],
                         lab if (m_ru in ("инструментальный", "лабораторный")) else own])
            for kind, key in keys:
                if numbers:
                    for n in numbers:
                        doc.add("monitoring", {"source_number": n, kind: key, "frequency": word})
                        pairs.append((n, key))
                else:
                    doc.add("monitoring", {"point": where, kind: key, "frequency": word})
            sources += [n for n in numbers if n not in sources]
    doc.table(g("Таблица 3.1 – План-график производственного мониторинга", "3.1-кесте – Өндірістік мониторинг жоспар-кестесі", ""), rows, merges,
              role="monitoring")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in sources))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    doc.p(g(f"Отчет о выполнении программы представляется ежеквартально, не позднее {r.choice((10, 15))} числа месяца, следующего за отчетным кварталом.",
            f"Бағдарламаның орындалуы туралы есеп тоқсан сайын, есепті тоқсаннан кейінгі айдың {r.choice((10, 15))}-нан кешіктірілмей ұсынылады.", ""))


def _monitoring_ig2_vi(doc: Doc) -> None:
    owner = doc.pick(VN_DC_OWNERS)
    brand = owner.split("Dịch vụ Dữ liệu ")[-1].split("Hạ tầng Số ")[-1]
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – TRUNG TÂM DỮ LIỆU {brand.upper()} THỦ ĐỨC")
    doc.p("Cơ sở không thuộc đối tượng phải quan trắc khí thải định kỳ theo quy định; Công ty tự nguyện quan trắc khí thải máy phát điện dự "
          "phòng mỗi năm một lần, kết hợp với đợt chạy thử tải hằng năm.")
    rows = [["TT", "Vị trí quan trắc", "Ký hiệu", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    merges: list = []
    _span(rows, merges, "1. Khí thải", 6)
    gas = ("2902", "0330", "0301", "0337")
    rows.append(["1.1", "Ống xả 04 máy phát điện dự phòng 2.000 kVA", "KT1 ÷ KT4", "Lưu lượng, " + ", ".join(_vi_air(c) for c in gas),
                 "1 lần/năm (khi chạy thử tải)", "QCVN 19:2009/BTNMT, cột B"])
    for k in range(1, 5):
        for c in gas:
            doc.add("monitoring", {"point": f"KT{k}", "code": c, "frequency": "yearly"})
    _span(rows, merges, "2. Nước thải", 6)
    water = ("pH", "BOD5", "COD", "TSS", "NH4+", "TN", "TP", "Coliform")
    rows.append(["2.1", "Hố ga đấu nối nước thải vào hệ thống thu gom của Khu Công nghệ cao", "NT1", ", ".join(vocab.water(s, "vi") for s in water),
                 freq(doc, "quarterly"), "Quy định đấu nối của Khu Công nghệ cao"])
    for s in water:
        doc.add("monitoring", {"point": "NT1", "symbol": s, "frequency": "quarterly"})
    _span(rows, merges, "3. Chất thải rắn, chất thải nguy hại", 6)
    rows.append(["3.1", "Kho lưu giữ chất thải nguy hại (tầng 1, khối kỹ thuật)", "-", "Khối lượng, chủng loại chất thải phát sinh", "Thường xuyên",
                 "Nghị định số 08/2022/NĐ-CP"])
    doc.table("Bảng 5.1. Chương trình quan trắc môi trường", rows, merges, role="monitoring")
    _maybe_other(doc)


# ---------------------------------------------------------------- inspections

# ((RU stage, KK stage), [(RU what, KK what, frequency or None, RU when, KK when, RU who, KK who)])
MATCH_CHECKS = (
    (("Подготовка к матчу (мероприятию)", "Матчқа (іс-шараға) дайындық"), [
        ("Наполнение и исправность контейнеров раздельного сбора на трибунах и в фан-зоне", "Трибуналардағы және фан-аймақтағы бөлек жинау контейнерлерінің толуы мен ақаусыздығы",
         None, "за сутки до начала каждого матча", "әр матч басталғанға дейін бір тәулік бұрын", "менеджер по клинингу", "клининг жөніндегі менеджер"),
        ("Заявка подрядчику на дополнительный вывоз отходов в день матча", "Матч күні қалдықтарды қосымша шығаруға мердігерге өтінім",
         None, "за 3 дня до матча", "матчқа 3 күн қалғанда", "инженер-эколог", "инженер-эколог")]),
    (("В день матча", "Матч күні"), [
        ("Заполнение контейнеров и своевременность их замены в фан-зоне и у фуд-кортов", "Фан-аймақтағы және фуд-корттар жанындағы контейнерлердің толуы және оларды уақтылы ауыстыру",
         None, "каждые 2 часа с момента открытия ворот", "қақпа ашылған сәттен бастап әр 2 сағат сайын", "старший смены клининговой компании", "клининг компаниясының ауысым аға қызметкері"),
        ("Готовность ДГУ в режиме резерва, отсутствие протечек топлива", "ДГҚ-ның резерв режиміндегі дайындығы, отынның ағып кетуінің болмауы",
         None, "за 4 часа до начала матча", "матч басталғанға 4 сағат қалғанда", "главный энергетик", "бас энергетик")]),
    (("После матча", "Матчтан кейін"), [
        ("Уборка трибун и прилегающей территории, вывоз смета, приемка работ клининговой компании",
         "Трибуналар мен іргелес аумақты жинау, сыпырындыны шығару, клининг компаниясы жұмыстарын қабылдау",
         None, "в течение 12 часов после окончания матча", "матч аяқталғаннан кейін 12 сағат ішінде", "менеджер по клинингу", "клининг жөніндегі менеджер")]),
    (("Межматчевый период (регулярные проверки)", "Матчаралық кезең (тұрақты тексерулер)"), [
        ("Состояние контейнерной площадки ТБО и площадки накопления опасных отходов", "ҚТҚ контейнер алаңы мен қауіпті қалдықтарды жинақтау алаңының жай-күйі",
         "daily", "ежедневно", "күн сайын", "старший смены службы эксплуатации", "пайдалану қызметінің ауысым аға қызметкері"),
        ("Хранение и применение удобрений и пестицидов для газона, журнал их применения", "Көгалға арналған тыңайтқыштар мен пестицидтерді сақтау және қолдану, оларды қолдану журналы",
         "weekly", "еженедельно (по понедельникам)", "апта сайын (дүйсенбі күндері)", "главный агроном", "бас агроном"),
        ("Склад ГСМ и помещение ДГУ: утечки, наличие сорбентов", "ЖЖМ қоймасы және ДГҚ үй-жайы: ағып кетулер, сорбенттердің болуы",
         "monthly", "ежемесячно", "ай сайын", "главный энергетик", "бас энергетик"),
        ("Журналы учета отходов, акты и паспорта передачи отходов", "Қалдықтарды есепке алу журналдары, қалдықтарды беру актілері мен паспорттары",
         "quarterly", "ежеквартально", "тоқсан сайын", "инженер-эколог", "инженер-эколог"),
        ("Выполнение условий декларации о воздействии на окружающую среду", "Қоршаған ортаға әсер ету туралы декларация шарттарының орындалуы",
         "yearly", "1 раз в год (декабрь)", "жылына 1 рет (желтоқсан)", "заместитель директора по эксплуатации", "директордың пайдалану жөніндегі орынбасары")]),
)  # fmt: skip


def inspections_ig1(doc: Doc) -> None:
    """A football stadium's regulation of environmental checks tied to its calendar of matches: rows spanning the table for
    the stages — getting ready for a match, the match day, after it, and the time between matches — items `1.1` whose
    `when` is counted from each match (`за сутки до начала каждого матча`, `каждые 2 часа с момента открытия ворот`, `в
    течение 12 часов после окончания`) and gives no frequency, while the checks between matches have frequencies of their
    own, an empty column for the mark of execution (VI: a convention centre's checks before, during and after each event
    and its periodic ones)."""
    g = doc.v
    if doc.lang == "vi":
        _inspections_ig1_vi(doc)
        return
    L = _L(doc)
    st = doc.pick(STADIUMS)
    name, operator = st[L], st[2 + L]
    doc.h(g(f"Регламент экологического контроля при проведении матчей и мероприятий. {name}",
            f"{name}. Матчтар мен іс-шараларды өткізу кезіндегі экологиялық бақылау регламенті", ""))
    doc.p(g(f"Утвержден приказом директора {operator}. Регламент применяется ко всем матчам чемпионата и кубка, концертам и иным массовым "
            "мероприятиям на стадионе; результаты проверок фиксируются в журнале производственного контроля.",
            f"{operator} директорының бұйрығымен бекітілді. Регламент стадиондағы чемпионат пен кубоктың барлық матчтарына, концерттерге және "
            "өзге де бұқаралық іс-шараларға қолданылады; тексеру нәтижелері өндірістік бақылау журналында тіркеледі.", ""))
    rows = [g(["№", "Что проверяется", "Когда проверяется", "Кто проверяет", "Отметка о выполнении"],
              ["№", "Не тексеріледі", "Қашан тексеріледі", "Кім тексереді", "Орындалғаны туралы белгі"], [])]
    merges: list = []
    for si, ((s_ru, s_kk), checks) in enumerate(MATCH_CHECKS, 1):
        _span(rows, merges, f"{si}. {(s_ru, s_kk)[L]}", 5)
        for k, c in enumerate(checks, 1):
            what, word, when, who = c[L], c[2], c[3 + L], c[5 + L]
            rows.append([f"{si}.{k}", what, when, who, ""])
            item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Приложение. График проверок", "Қосымша. Тексерулер кестесі", ""), rows, merges, role="inspections")
    _maybe_other(doc)


# (stage, [(what, frequency or None, when, who)])
VN_EVENT_CHECKS = (
    ("I. Trước mỗi sự kiện", [("Bố trí đủ thùng rác phân loại tại sảnh, khu triển lãm và khu ẩm thực", None, "01 ngày trước khi khai mạc", "Tổ vệ sinh môi trường"),
                               ("Hợp đồng bổ sung thu gom chất thải với đơn vị thu gom", None, "03 ngày trước sự kiện", "Phòng Kỹ thuật – Môi trường")]),
    ("II. Trong thời gian diễn ra sự kiện", [("Tình trạng đầy thùng rác, vệ sinh nhà vệ sinh công cộng", None, "02 giờ/lần", "Tổ vệ sinh môi trường")]),
    ("III. Sau sự kiện", [("Thu dọn chất thải của đơn vị triển lãm, bàn giao mặt bằng", None, "Trong vòng 24 giờ sau khi bế mạc", "Ban quản lý sự kiện")]),
    ("IV. Kiểm tra định kỳ", [("Khu lưu giữ chất thải rắn sinh hoạt và chất thải nguy hại", "daily", "Hằng ngày", "Tổ vệ sinh môi trường"),
                              ("Bể tách mỡ khu bếp tiệc", "weekly", "Hằng tuần (thứ Hai)", "Tổ cơ điện"),
                              ("Trạm xử lý nước thải tập trung: vận hành, nhật ký, hóa chất", "monthly", "Hằng tháng", "Phòng Kỹ thuật – Môi trường"),
                              ("Sổ theo dõi, chứng từ chuyển giao chất thải nguy hại", "quarterly", "03 tháng/lần", "Phòng Kỹ thuật – Môi trường")]),
)


def _inspections_ig1_vi(doc: Doc) -> None:
    name, owner, _ = doc.pick(VN_CONVENTION)
    doc.h(f"QUY TRÌNH KIỂM TRA CÔNG TÁC VỆ SINH MÔI TRƯỜNG KHI TỔ CHỨC SỰ KIỆN – {name.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Tổng Giám đốc {owner}. Kết quả kiểm tra được ghi vào sổ nhật ký môi trường của Trung tâm.")
    rows = [["TT", "Nội dung kiểm tra", "Thời điểm / tần suất", "Bộ phận kiểm tra", "Ghi chú"]]
    merges: list = []
    n = 0
    for stage, checks in VN_EVENT_CHECKS:
        _span(rows, merges, stage, 5)
        for what, word, when, who in checks:
            n += 1
            rows.append([str(n), what, when, who, ""])
            item = {"kind": "inspection", "text_contains": _words(what, 5), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Phụ lục. Nội dung, thời điểm kiểm tra", rows, merges, role="inspections")
    _maybe_other(doc)


# (RU system, KK system, RU what, KK what, frequency or None, RU said, KK said, who key)
SLA_CHECKS = (
    ("ДГУ", "ДГҚ", "Уровень топлива и масла, отсутствие протечек, состояние поддонов", "Отын мен май деңгейі, ағып кетулердің болмауы, табандықтардың жай-күйі",
     "daily", "ежедн.", "күн сайын", "contractor"),
    ("ДГУ", "ДГҚ", "Опробование без нагрузки 30 мин с записью в журнал", "Жүктемесіз 30 мин сынап көру, журналға жазу", "monthly", "ежемес.", "ай сайын",
     "contractor"),
    ("ДГУ", "ДГҚ", "Испытание на нагрузочный модуль, замер выбросов лабораторией", "Жүктеме модуліне сынау, зертхананың шығарындыларды өлшеуі", "yearly",
     "1 р/год", "жылына 1 р.", "contractor"),
    ("Резервуар ДТ", "ДТ резервуары", "Герметичность, показания уровнемера, отбор подтоварной воды", "Саңылаусыздық, деңгей өлшегіштің көрсеткіштері, тауар асты суын алу",
     "quarterly", "ежекв.", "тоқсан сайын", "bank"),
    ("Испарительные градирни", "Буландырғыш градирнялар", "Дозирование ингибитора и биоцида, электропроводность оборотной воды",
     "Ингибитор мен биоцидті мөлшерлеу, айналымдағы судың электр өткізгіштігі", "daily", "ежедн.", "күн сайын", "contractor"),
    ("Испарительные градирни", "Буландырғыш градирнялар", "Очистка и дезинфекция чаш и оросителей", "Тостағандар мен суландырғыштарды тазалау және дезинфекциялау",
     "semiannual", "2 р/год", "жылына 2 р.", "contractor"),
    ("Прецизионные кондиционеры", "Прецизиялық кондиционерлер", "Проверка утечек хладагента электронным течеискателем", "Хладагенттің ағып кетуін электрондық ағып кету іздегішпен тексеру",
     "quarterly", "ежекв.", "тоқсан сайын", "contractor"),
    ("АКБ ИБП", "ҮҚК АКБ", "Внешний осмотр, температура в аккумуляторной, отсутствие вздутия корпусов", "Сыртқы тексеру, аккумулятор бөлмесіндегі температура, корпустардың ісінбеуі",
     "weekly", "еженед.", "апта сайын", "bank"),
    ("Площадка накопления отходов", "Қалдықтарды жинақтау алаңы", "Маркировка тары, раздельное хранение ламп и АКБ", "Ыдыстың таңбалануы, шамдар мен АКБ-ны бөлек сақтау",
     "monthly", "ежемес.", "ай сайын", "ecologist"),
    ("Все системы", "Барлық жүйелер", "Осмотр и локализация при срабатывании датчиков утечки хладагента или топлива",
     "Хладагент немесе отын ағып кету датчиктері іске қосылғанда тексеру және оқшаулау", None, "по событию", "оқиға бойынша", "contractor"),
)  # fmt: skip
SLA_WHO = {"contractor": ("Подрядчик", "Мердігер"), "bank": ("СЭ Банка", "Банктің ПҚ"), "ecologist": ("эколог Банка", "Банк экологы")}


def inspections_ig2(doc: Doc) -> None:
    """The annex of a facility-management contract for a bank's data centre, the service level agreement's schedule of
    checks: the system (generators, fuel tank, evaporative cooling towers, precision air conditioners, UPS batteries, the
    waste site) repeated on each of its rows, what is checked, a frequency abbreviated as service contracts write it
    (`ежедн.`, `еженед.`, `ежемес.`, `ежекв.`, `2 р/год`, `1 р/год`), the executor abbreviated (`СЭ Банка` explained
    under the table) and a reaction time in hours that is no frequency, one row on an alarm only (VI: a Thủ Đức data
    centre's maintenance and inspection plan with `Hằng quý`, `06 tháng/lần`, `Khi có cảnh báo`)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_ig2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bank = doc.pick(BANKS)[L]
    site = DC_SITES[0][L]
    fm = g("ТОО «Техно Сервис Менеджмент»", "«Техно Сервис Менеджмент» ЖШС", "")
    doc.h(g(f"Приложение 3 к договору на техническое обслуживание инженерных систем. Соглашение об уровне сервиса (SLA). {site}",
            f"{site}. Инженерлік жүйелерге техникалық қызмет көрсету шартына 3-қосымша. Сервис деңгейі туралы келісім (SLA)", ""))
    doc.p(g(f"Заказчик: {bank}. Подрядчик: {fm}. Подрядчик выполняет проверки в сроки, указанные ниже, и фиксирует их в электронном журнале "
            "CMMS; выявленные отклонения устраняются в пределах времени реакции.",
            f"Тапсырыс беруші: {bank}. Мердігер: {fm}. Мердігер тексерулерді төменде көрсетілген мерзімде орындайды және оларды CMMS электрондық "
            "журналында тіркейді; анықталған ауытқулар әрекет ету уақыты шегінде жойылады.", ""))
    rows = [g(["№", "Система", "Проверка", "Периодичность", "Исполнитель", "Время реакции, ч"],
              ["№", "Жүйе", "Тексеру", "Кезеңділігі", "Орындаушы", "Әрекет ету уақыты, сағ"], [])]
    for k, (s_ru, s_kk, w_ru, w_kk, word, f_ru, f_kk, who) in enumerate(SLA_CHECKS, 1):
        what = (w_ru, w_kk)[L]
        actor = SLA_WHO[who][L]
        rows.append([str(k), (s_ru, s_kk)[L], what, (f_ru, f_kk)[L], actor, str(r.choice((1, 2, 4, 8, 24)))])
        item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": actor}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – Регламент проверок", "1-кесте – Тексерулер регламенті", ""), rows, role="inspections")
    doc.p(g("СЭ Банка – служба эксплуатации Банка; ДТ – дизельное топливо; CMMS – автоматизированная система управления техническим обслуживанием.",
            "Банктің ПҚ – Банктің пайдалану қызметі; ДТ – дизель отыны; CMMS – техникалық қызмет көрсетуді басқарудың автоматтандырылған жүйесі.", ""))


VN_DC_CHECKS = (
    ("Máy phát điện dự phòng", "Mức dầu, rò rỉ dầu, tình trạng khay hứng dầu", "daily", "Hằng ngày", "Tổ vận hành M&E"),
    ("Máy phát điện dự phòng", "Chạy không tải 30 phút, ghi sổ nhật ký", "weekly", "Hằng tuần", "Tổ vận hành M&E"),
    ("Bồn dầu DO và đường ống", "Độ kín, mức dầu, nước đáy bồn", "monthly", "Hằng tháng", "Phòng Cơ điện"),
    ("Tháp giải nhiệt", "Châm hóa chất chống cáu cặn, vệ sinh, khử trùng bể chứa", "quarterly", "Hằng quý", "Nhà thầu xử lý nước"),
    ("Điều hòa chính xác", "Kiểm tra rò rỉ môi chất lạnh", "semiannual", "06 tháng/lần", "Nhà thầu bảo trì điều hòa"),
    ("Kho chất thải nguy hại", "Dán nhãn, phân loại, sổ theo dõi chất thải", "monthly", "Hằng tháng", "Cán bộ môi trường"),
    ("Hệ thống khí thải máy phát", "Chạy thử tải bằng tải giả, đo khí thải", "yearly", "1 lần/năm", "Tổ vận hành M&E"),
    ("Toàn bộ hệ thống", "Kiểm tra, khoanh vùng khi cảm biến rò rỉ dầu hoặc môi chất lạnh báo động", None, "Khi có cảnh báo", "Tổ vận hành M&E"),
)


def _inspections_ig2_vi(doc: Doc) -> None:
    owner = doc.pick(VN_DC_OWNERS)
    brand = owner.split("Dịch vụ Dữ liệu ")[-1].split("Hạ tầng Số ")[-1]
    doc.h(f"KẾ HOẠCH BẢO TRÌ, KIỂM TRA HỆ THỐNG KỸ THUẬT NĂM 2026 – TRUNG TÂM DỮ LIỆU {brand.upper()} THỦ ĐỨC")
    doc.p("Các nội dung dưới đây là phần liên quan đến bảo vệ môi trường trích từ kế hoạch bảo trì tổng thể; kết quả được cập nhật trên phần mềm "
          "quản lý bảo trì (CMMS).")
    rows = [["TT", "Hệ thống", "Nội dung kiểm tra", "Tần suất", "Bộ phận thực hiện"]]
    for k, (system, what, word, said, who) in enumerate(VN_DC_CHECKS, 1):
        rows.append([str(k), system, what, said, who])
        item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung, tần suất kiểm tra", rows, role="inspections")
    _maybe_other(doc)


# ---------------------------------------------------------------- tasks

UNIVERSITIES = (("НАО «Есіл университеті»", "«Есіл университеті» КеАҚ", "г. Астана", "Астана қ."),
                ("НАО «Ертіс политехникалық университеті»", "«Ертіс политехникалық университеті» КеАҚ", "г. Павлодар", "Павлодар қ."),
                ("НАО «Сарыарқа технический университет»", "«Сарыарқа техникалық университеті» КеАҚ", "г. Караганда", "Қарағанды қ."))
# ((RU goal, KK goal), [((RU objective, KK objective), [(RU task, KK task, RU KPI, KK KPI, term, (RU who, KK who))])])
GREEN_CAMPUS = (
    (("Снижение углеродного следа кампуса", "Кампустың көміртек ізін азайту"), [
        (("Энергоэффективность зданий", "Ғимараттардың энергия тиімділігі"), [
            ("Заменить светильники учебных корпусов № 1–4 на светодиодные", "№ 1–4 оқу корпустарының шамдарын жарықдиодтыға ауыстыру",
             "снижение потребления электроэнергии на 12 %", "электр энергиясын тұтынуды 12 %-ға азайту", "2026",
             ("Проректор по административно-хозяйственной работе", "Әкімшілік-шаруашылық жұмысы жөніндегі проректор")),
            ("Установить автоматизированные индивидуальные тепловые пункты в общежитиях № 1–3", "№ 1–3 жатақханаларға автоматтандырылған жеке жылу пункттерін орнату",
             "снижение потребления тепла на 15 %", "жылу тұтынуды 15 %-ға азайту", "2027",
             ("Департамент эксплуатации зданий", "Ғимараттарды пайдалану департаменті"))]),
        (("Возобновляемые источники энергии", "Жаңартылатын энергия көздері"), [
            ("Смонтировать солнечную электростанцию 250 кВт на кровле спорткомплекса", "Спорт кешенінің шатырына 250 кВт күн электр станциясын монтаждау",
             "выработка не менее 300 тыс. кВт·ч в год", "жылына кемінде 300 мың кВт·сағ өндіру", "2027–2028",
             ("Департамент капитального строительства", "Күрделі құрылыс департаменті"))])]),
    (("Обращение с отходами", "Қалдықтармен жұмыс"), [
        (("Раздельный сбор", "Бөлек жинау"), [
            ("Установить станции раздельного сбора на 4 фракции во всех корпусах и общежитиях", "Барлық корпустар мен жатақханаларға 4 фракцияға арналған бөлек жинау станцияларын орнату",
             "доля отходов, направленных на переработку, – не менее 35 %", "қайта өңдеуге жіберілген қалдықтардың үлесі – кемінде 35 %", "2026",
             ("Департамент эксплуатации зданий", "Ғимараттарды пайдалану департаменті")),
            ("Организовать сбор отработанных химических реактивов лабораторий и передачу их по договору", "Зертханалардың пайдаланылған химиялық реактивтерін жинауды және оларды шарт бойынша беруді ұйымдастыру",
             "100 % реактивов передано с паспортами", "реактивтердің 100 %-ы паспорттарымен берілді", "ежегодно",
             ("Декан химико-технологического факультета", "Химия-технологиялық факультетінің деканы"))]),
        (("Сокращение одноразового пластика", "Бір рет қолданылатын пластикті азайту"), [
            ("Исключить одноразовую пластиковую посуду в столовых и кафе кампуса", "Кампустың асханалары мен кафелерінде бір рет қолданылатын пластик ыдысты алып тастау",
             "0 закупок одноразовой посуды", "бір рет қолданылатын ыдыс сатып алу – 0", "2026",
             ("Департамент по социальным вопросам", "Әлеуметтік мәселелер жөніндегі департамент"))])]),
    (("Образование и вовлечение", "Білім беру және тарту"), [
        (("Учебные программы и студенческие инициативы", "Оқу бағдарламалары және студенттік бастамалар"), [
            ("Ввести элективный курс «Устойчивое развитие» во все образовательные программы бакалавриата", "Бакалавриаттың барлық білім беру бағдарламаларына «Тұрақты даму» элективті курсын енгізу",
             "охват не менее 60 % студентов", "студенттердің кемінде 60 %-ын қамту", "2026–2027",
             ("Департамент академической политики", "Академиялық саясат департаменті")),
            ("Проводить инвентаризацию выбросов парниковых газов кампуса с участием студентов-экологов", "Студент-экологтардың қатысуымен кампустың парниктік газ шығарындыларын түгендеу",
             "отчет об углеродном следе за год", "жылдық көміртек ізі туралы есеп", "ежегодно, до 1 апреля",
             ("Зеленый офис университета", "Университеттің жасыл кеңсесі"))])]),
)  # fmt: skip


def tasks_ig1(doc: Doc) -> None:
    """A university's plan of measures for its «Green campus» concept, numbered in three levels as strategic plans are: goal
    rows `1.` and objective rows `1.1` spanning the table, the measures `1.1.1` under them, a column of the result's
    indicator full of percentages and kilowatt-hours, the term (a year, a span of years or `ежегодно`) and the vice-rector,
    department or dean responsible (VI: an international school's plan for a green school year, activity rows `1.1` under
    Roman sections, the leading and the supporting section)."""
    if doc.lang == "vi":
        _tasks_ig1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    u = doc.pick(UNIVERSITIES)
    uni, city = u[L], u[2 + L]
    doc.p(g(f"Утвержден решением Правления {uni} от {doc.rng.randint(1, 28):02d}.12.2025", f"{uni} Басқармасының 2025 жылғы "
            f"{doc.rng.randint(1, 28)} желтоқсандағы шешімімен бекітілген", ""))
    doc.h(g(f"План мероприятий по реализации концепции «Зеленый кампус» на 2026–2028 годы ({city})",
            f"«Жасыл кампус» тұжырымдамасын іске асыру жөніндегі 2026–2028 жылдарға арналған іс-шаралар жоспары ({city})", ""))
    doc.p(g("Мероприятия сгруппированы по целям и задачам Концепции; базовый год для индикаторов – 2025.",
            "Іс-шаралар Тұжырымдаманың мақсаттары мен міндеттері бойынша топтастырылған; индикаторлар үшін базалық жыл – 2025.", ""))
    rows = [g(["№", "Мероприятие", "Индикатор результата", "Срок", "Ответственный"], ["№", "Іс-шара", "Нәтиже индикаторы", "Мерзімі", "Жауапты"], [])]
    merges: list = []
    for gi, ((goal_ru, goal_kk), objectives) in enumerate(GREEN_CAMPUS, 1):
        _span(rows, merges, g(f"{gi}. Цель: {goal_ru}", f"{gi}. Мақсат: {goal_kk}", ""), 5)
        for oi, ((obj_ru, obj_kk), tasks) in enumerate(objectives, 1):
            _span(rows, merges, g(f"{gi}.{oi}. Задача: {obj_ru}", f"{gi}.{oi}. Міндет: {obj_kk}", ""), 5)
            for ti, (t_ru, t_kk, k_ru, k_kk, term, who) in enumerate(tasks, 1):
                text = (t_ru, t_kk)[L]
                term_s = term if not term[0].isdigit() else g(f"{term} гг." if "–" in term else f"{term} г.", f"{term} жж." if "–" in term else f"{term} ж.", "")
                if term == "ежегодно":
                    term_s = g("ежегодно", "жыл сайын", "")
                elif term.startswith("ежегодно,"):
                    term_s = g(term, "жыл сайын, 1 сәуірге дейін", "")
                rows.append([f"{gi}.{oi}.{ti}", text, (k_ru, k_kk)[L], term_s, who[L]])
                doc.add("obligations", {"kind": "task", "number": f"{gi}.{oi}.{ti}", "text_contains": _words(text, 4), "actor_contains": who[L]})
    doc.table(None, rows, merges, role="tasks")
    _maybe_other(doc)


# (section, [(activity, time, lead, partner)])
VN_GREEN_SCHOOL = (
    ("I. TUYÊN TRUYỀN, GIÁO DỤC", [
        ("Tổ chức tuần lễ “Sống xanh” cho học sinh toàn trường", "Tháng 10/2025", "Ban Hoạt động học sinh", "Giáo viên chủ nhiệm"),
        ("Lồng ghép nội dung biến đổi khí hậu vào chương trình Khoa học lớp 6 – 9", "Cả năm học", "Tổ Khoa học tự nhiên", "Phòng Học vụ")]),
    ("II. QUẢN LÝ CHẤT THẢI", [
        ("Bố trí thùng phân loại rác 3 ngăn tại các tầng và căng tin", "Tháng 9/2025", "Phòng Hành chính – Cơ sở vật chất", "Nhà thầu vệ sinh"),
        ("Thu gom, chuyển giao hóa chất thải phòng thí nghiệm cho đơn vị có chức năng", "Tháng 12/2025 và tháng 5/2026", "Tổ Hóa – Sinh",
         "Phòng Hành chính – Cơ sở vật chất"),
        ("Ngừng sử dụng chai nhựa dùng một lần trong căng tin và sự kiện của trường", "Từ tháng 11/2025", "Bộ phận Căng tin", "Hội Phụ huynh")]),
    ("III. NĂNG LƯỢNG, NƯỚC", [
        ("Lắp đặt hệ thống điện mặt trời mái nhà 120 kWp tại nhà thi đấu", "Quý II/2026", "Ban Quản lý dự án", "Phòng Tài chính"),
        ("Tái sử dụng nước mưa để tưới cây xanh và sân bóng", "Quý I/2026", "Phòng Hành chính – Cơ sở vật chất", "Tổ Cơ điện")]),
)


def _tasks_ig1_vi(doc: Doc) -> None:
    name, owner, _ = doc.pick(VN_SCHOOLS)
    doc.h(f"KẾ HOẠCH XÂY DỰNG TRƯỜNG HỌC XANH NĂM HỌC 2025 – 2026 – {name.upper()}")
    doc.p(f"Kế hoạch được Hội đồng trường thông qua; {owner} bố trí kinh phí thực hiện. Bộ phận chủ trì chịu trách nhiệm báo cáo kết quả "
          "vào cuối mỗi học kỳ.")
    rows = [["TT", "Nội dung hoạt động", "Thời gian", "Bộ phận chủ trì", "Bộ phận phối hợp"]]
    merges: list = []
    for si, (section, items) in enumerate(VN_GREEN_SCHOOL, 1):
        _span(rows, merges, section, 5)
        for k, (text, time, lead, partner) in enumerate(items, 1):
            rows.append([f"{si}.{k}", text, time, lead, partner])
            doc.add("obligations", {"kind": "task", "number": f"{si}.{k}", "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Phụ lục. Các hoạt động cụ thể", rows, merges, role="tasks")
    _maybe_other(doc)


OFFICE_TOWERS = (("Бизнес-центр «Алтын Шатыр»", "«Алтын Шатыр» бизнес-орталығы", "ТОО «Алтын Шатыр Пропертиз»", "«Алтын Шатыр Пропертиз» ЖШС", "г. Астана", "Астана қ."),
                 ("Бизнес-центр «Көктем Тауэр»", "«Көктем Тауэр» бизнес-орталығы", "ТОО «Көктем Девелопмент»", "«Көктем Девелопмент» ЖШС", "г. Алматы", "Алматы қ."))
# (RU, KK, cost, thousand kWh, Gcal, who)
ENERGY_MEASURES = (
    ("Замена люминесцентных светильников офисных этажей на светодиодные с датчиками присутствия",
     "Кеңсе қабаттарының люминесцентті шамдарын қатысу датчиктері бар жарықдиодты шамдарға ауыстыру", 96.0, 410, 0, "engineer"),
    ("Установка частотно-регулируемых приводов на насосы и вентиляторы приточно-вытяжных установок",
     "Ағынды-сорғыш желдету қондырғыларының сорғылары мен желдеткіштеріне жиілікті реттелетін жетектер орнату", 58.5, 360, 0, "engineer"),
    ("Модернизация ИТП с погодозависимым регулированием и балансировкой стояков", "Ауа райына тәуелді реттеумен және тіреуіштерді теңдестірумен ЖЖП-ны жаңғырту",
     42.0, 0, 850, "service"),
    ("Установка роторных рекуператоров тепла в приточно-вытяжных установках П1–П6", "П1–П6 ағынды-сорғыш желдету қондырғыларына роторлы жылу рекуператорларын орнату",
     134.0, 40, 1120, "service"),
    ("Перевод чиллеров на режим фрикулинга в холодный период", "Суық кезеңде чиллерлерді фрикулинг режиміне ауыстыру", 21.5, 290, 0, "uk"),
    ("Монтаж солнечной электростанции 100 кВт на кровле стилобата", "Стилобат шатырына 100 кВт күн электр станциясын монтаждау", 61.0, 135, 0, "uk"),
    ("Установка поквартирных (поэтажных) приборов учета тепла и электроэнергии у арендаторов", "Жалға алушыларда жылу мен электр энергиясын пәтерлік (қабаттық) есепке алу аспаптарын орнату",
     18.4, 120, 260, "finance"),
)  # fmt: skip
TOWER_WHO = {"engineer": ("Главный инженер здания", "Ғимараттың бас инженері"), "service": ("Служба эксплуатации", "Пайдалану қызметі"),
             "uk": ("Управляющая компания", "Басқарушы компания"), "finance": ("Финансовый директор", "Қаржы директоры")}


def tasks_ig2(doc: Doc) -> None:
    """An office tower's plan of energy-saving measures drawn from its energy audit: measures numbered `1` … with the cost in
    millions of tenge, the yearly savings under a merged header as three sub-columns (thousand kWh, Gcal, million tenge),
    the cut of CO2 in tonnes a year, the payback in years, the term by quarter and the one responsible — a column of many
    figures that look like numbers of items — and a total row (VI: a high-rise complex's plan of the solutions of its
    energy audit, kWh and million đồng saved, tonnes of CO2, the unit carrying each out)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_ig2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    t = doc.pick(OFFICE_TOWERS)
    tower, owner, city = t[L], t[2 + L], t[4 + L]
    doc.h(g(f"План мероприятий по энергосбережению и повышению энергоэффективности на 2026–2028 годы. {tower} ({city})",
            f"{tower} ({city}). Энергия үнемдеу және энергия тиімділігін арттыру жөніндегі 2026–2028 жылдарға арналған іс-шаралар жоспары", ""))
    doc.p(g(f"Разработан {owner} по результатам энергетического аудита, выполненного в 2025 году (отчет № {r.randint(11, 96)}-ЭА). Экономия в "
            "деньгах рассчитана по тарифам 37 тенге/кВт·ч и 8 800 тенге/Гкал без НДС; коэффициенты выбросов CO2 – 0,65 т/МВт·ч и 0,35 т/Гкал.",
            f"{owner} 2025 жылы орындалған энергетикалық аудит нәтижелері бойынша әзірледі (№ {r.randint(11, 96)}-ЭА есеп). Ақшалай үнемдеу ҚҚС-сыз "
            "37 теңге/кВт·сағ және 8 800 теңге/Гкал тарифтері бойынша есептелді; CO2 шығарындыларының коэффициенттері – 0,65 т/МВт·сағ және 0,35 т/Гкал.", ""))
    rows = [g(["№", "Мероприятие", "Затраты, млн тенге", "Экономия в год", None, None, "Снижение выбросов CO2, т/год", "Срок окупаемости, лет",
               "Срок внедрения", "Ответственный"],
              ["№", "Іс-шара", "Шығындар, млн теңге", "Жылдық үнемдеу", None, None, "CO2 шығарындыларын азайту, т/жыл", "Өтелу мерзімі, жыл",
               "Енгізу мерзімі", "Жауапты"], []),
            [None, None, None, g("тыс. кВт·ч", "мың кВт·сағ", ""), g("Гкал", "Гкал", ""), g("млн тенге", "млн теңге", ""), None, None, None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 6, 7, 8, 9)] + [(0, 3, 0, 5)]
    quarters = ("I кв. 2026", "II кв. 2026", "III кв. 2026", "IV кв. 2026", "I кв. 2027", "II кв. 2027", "2028")
    tot = [0.0, 0, 0, 0.0, 0.0]
    for k, (m_ru, m_kk, cost, kwh, gcal, who) in enumerate(ENERGY_MEASURES, 1):
        text = (m_ru, m_kk)[L]
        money = round(kwh * 0.037 + gcal * 0.0088, 1)
        co2 = round(kwh * 0.65 + gcal * 0.35)
        payback = round(cost / money, 1) if money else 0
        term = quarters[k - 1]
        rows.append([str(k), text, num(cost, doc.lang), num(kwh, doc.lang) if kwh else "–", num(gcal, doc.lang) if gcal else "–", num(money, doc.lang),
                     num(co2, doc.lang), num(payback, doc.lang), g(term, term.replace("кв.", "тоқ.").replace("2026", "2026 ж.").replace("2027", "2027 ж."), ""),
                     TOWER_WHO[who][L]])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": TOWER_WHO[who][L]})
        tot = [tot[0] + cost, tot[1] + kwh, tot[2] + gcal, tot[3] + money, tot[4] + co2]
    rows.append(["", g("Итого", "Барлығы", ""), num(round(tot[0], 1), doc.lang), num(tot[1], doc.lang), num(tot[2], doc.lang), num(round(tot[3], 1), doc.lang),
                 num(tot[4], doc.lang), "", "", ""])
    doc.table(g("Таблица 5.1 – Энергосберегающие мероприятия", "5.1-кесте – Энергия үнемдейтін іс-шаралар", ""), rows, merges, role="tasks")
    _maybe_other(doc)


# (solution, cost million đồng, kWh a year, unit)
VN_ENERGY = (
    ("Thay thế đèn huỳnh quang T8 tại hành lang, tầng hầm bằng đèn LED có cảm biến", 1850, 412000, "Ban Quản lý tòa nhà"),
    ("Lắp biến tần cho bơm nước giải nhiệt và quạt tháp giải nhiệt", 2400, 538000, "Tổ Kỹ thuật M&E"),
    ("Thay thế 02 chiller giải nhiệt nước hiệu suất thấp bằng chiller biến tần", 14600, 1260000, "Công ty quản lý vận hành"),
    ("Lắp đặt hệ thống quản lý năng lượng (EMS) cho tòa nhà", 3200, 390000, "Công ty quản lý vận hành"),
    ("Lắp điện mặt trời mái nhà 200 kWp trên khối đế", 3900, 262000, "Ban Quản lý tòa nhà"),
    ("Điều chỉnh nhiệt độ cài đặt điều hòa văn phòng lên 26 °C và lập lịch vận hành", 0, 185000, "Tổ Kỹ thuật M&E"),
)


def _tasks_ig2_vi(doc: Doc) -> None:
    name, key, _, owner, *_ = doc.pick(VN_TOWERS)
    doc.h(f"KẾ HOẠCH THỰC HIỆN CÁC GIẢI PHÁP TIẾT KIỆM NĂNG LƯỢNG GIAI ĐOẠN 2026 – 2027 – {key.upper()}")
    doc.p(f"Căn cứ Báo cáo kiểm toán năng lượng năm 2025 của {name}; giá điện bình quân 2.650 đồng/kWh, hệ số phát thải lưới điện 0,6592 tấn "
          f"CO2/MWh. Chủ cơ sở: {owner}.")
    rows = [["TT", "Giải pháp", "Chi phí đầu tư (triệu đồng)", "Tiết kiệm hằng năm", None, "Giảm phát thải (tấn CO2/năm)", "Thời gian hoàn vốn (năm)",
             "Thời gian thực hiện", "Đơn vị thực hiện"],
            [None, None, None, "kWh/năm", "Triệu đồng/năm", None, None, None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 5, 6, 7, 8)] + [(0, 3, 0, 4)]
    terms = ("Quý I/2026", "Quý II/2026", "Quý III – IV/2026", "Quý IV/2026", "Quý I/2027", "Ngay trong tháng 01/2026")
    for k, (text, cost, kwh, who) in enumerate(VN_ENERGY, 1):
        money = round(kwh * 2650 / 1e6)
        co2 = round(kwh * 0.6592 / 1000, 1)
        rows.append([str(k), text, num(cost, "vi") if cost else "Không tốn chi phí", num(kwh, "vi"), num(money, "vi"), num(co2, "vi"),
                     num(round(cost / money, 1), "vi") if cost else "-", terms[k - 1], who])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 4. Danh mục giải pháp và tiến độ thực hiện", rows, merges, role="tasks")
    _maybe_other(doc)


LAYOUTS = [Layout(role, f"IG{k}", globals()[f"{role}_ig{k}"]) for role in ROLES for k in (1, 2)]
