"""A blind held-out set (two layouts per role, `HV1` and `HV2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: tourism and hospitality — resorts, hotels, sanatoria and health spas, ski complexes, golf courses, children's camps
and camp sites with their own boiler houses, treatment works, laundries, kitchens and swimming pools, where the places
are guest blocks, pools, beaches, outlets into lakes and the sea, boiler houses and wells. Kazakhstan: resort hotels and
lakeside complexes at Burabay, on Lake Alakol, on the Kapshagay reservoir and at Balkhash, a ski resort and a guest
complex leasing plots of the Ile-Alatau, Burabay and Kolsai national parks, mineral-water sanatoria at Saryagash and Zharkent, a
children's summer camp, a hotel chain (a resort's ПЭК programme, a national park's passport of a leased plot, НДВ
materials built on the master plan's explication and on the resort's winter and summer regimes, a hotel's waste audit,
a camp's report by shifts, the bathing-season control of a beach's water, the monitoring of a mineral-water deposit, a
beach passport, a national park's annex of monitoring conditions, a Green Key schedule of checks, a chain resort's procedure
of environmental walk-throughs, a plan of preparing for the bathing season, a chain's sustainability roadmap). Vietnam: beach
resorts at Phú Quốc, Cam Ranh and Mũi Né, island resorts on Côn Đảo, Phú Quốc and Lý Sơn, eco-tourism in the national
parks of Côn Đảo, Núi Chúa and Cát Bà, bungalow resorts, golf courses, seaside tourist areas of Sầm Sơn, Cửa Lò and Đồ
Sơn, Khánh Hòa's tourist beaches, a hotel chain (báo cáo đề xuất cấp GPMT, hợp đồng cho thuê môi trường rừng, báo cáo
công tác bảo vệ môi trường, kiểm toán chất thải, kết quả quan trắc against QCVN 14:2008/BTNMT with K and QCVN
08-MT:2015/BTNMT, a Sở's programme for beaches, the Bông Sen Xanh label, lộ trình phát triển bền vững).

Facility: the general section of a resort hotel's ПЭК programme under four section rows, the hotel's star category
(`4* («четыре звезды»)`, `★★★★`) with its certificate, rooms and beds among the facts long before the category under the
Ecological Code, a sanitary class `V` beside it, the room stock in a table of no role (VI: a 5-star resort's GPMT
application, `hạng 5 sao` by the tourism authority's decision, VN-2000 metres beside the WGS-84 pair, `nhóm II`) (HV1); a
national park's passport of a plot given for long-term tourist use, no header, the park's administration with its own
BIN first, the forest quarter and sub-compartments, the functional zone, the lessee with its BIN, the centre of the plot
followed by its altitude, the lessee's duties in a table of no role (VI: the annex of a contract leasing a national
park's forest environment for eco-tourism, the park board's tax number, `tiểu khu`, `khoảnh`, `lô`) (HV2).

Emissions: the sources given inside the explication of buildings and structures of a resort's master plan, the plan's
position numbers beside the source numbers, the building merged over its sources and the source over its substances,
most buildings with no source and a row saying so, the boiler house on coal or on gas (VI: a beach resort's works by
their marks on the master plan, `A`, `B1–B3`, `V01–V48`, `XL`, named sources, g/s and kg a year) (HV1); a ski resort's
emissions under rows for its winter and summer regimes, the same boiler house, kitchen and car park under both with
other rates and the tonnes of the regime, the snow-making generator and the groomers' yard in winter only, a class column
(VI: an island resort's peak and low seasons, the stand-by generator working more in the stormy season) (HV2).

Wastes: a hotel's week-long waste audit, each fraction with its code, the week's kilograms, share and kilograms per
guest-night before the year's tonnes worked out by the guest-nights told in the paragraph before — only the last column
is the amount — then the hazardous wastes of the year from the log in kilograms (VI: a Phú Quốc resort's audit for the
plastic-reduction pledge, fractions without codes, then its CTNH) (HV1); a children's summer camp's wastes by its four
shifts and the preparing and closing of the camp as kilogram columns under a merged header, a row of children per
shift, the year's tonnes last, medical wastes in the shifts only and lamps at the preparing only (VI: a seaside tourist
area's wastes by four-month periods with the guests of each, the year in tonnes) (HV2).

Limits: a lake's water at a resort zone's beaches over the bathing season, one table per beach whose caption alone
names the point, the norm for recreational water first (a range for pH, `не менее 4,0` for dissolved oxygen) and the
fortnightly dates as columns, `<` below detection (VI: a bungalow resort under 50 rooms judged against QCVN 14:2008/BTNMT
column B × K = 1,2, the Cmax first and four rounds as columns, pH and coliforms without the factor, rows with no key)
(HV1); a health spa's mineral water wells against the ranges of the approved conditions of the deposit (`кондиции`),
two wells as column groups sampled in April and October, ions with no key of their own among chlorides, sulphates and
fluorides, mineralisation in g/dm3 (VI: a golf course's lakes named after the holes they lie by, QCVN 08-MT:2015/BTNMT
column B1 last with `≥ 4` and `5,5 – 9`) (HV2).

Monitoring: a beach passport — the beach's card as a table of no role, then its section of production control with the
bathing zone's points in one cell, frequencies qualified by the bathing season, the sand's metals once a year and rows of
microbiology, parasitology and a daily visual check that give no substance (VI: a provincial Department's programme of
sea water at the tourist beaches, monthly in the tourist season at the main beaches, quarterly at the others, a litter
row) (HV1); the annex of a national park's contract of long-term use setting the lessee's monitoring by component of
the park's nature — air at the resort's sources, a river's sections, the treatment works' outlet, the slopes' snow —
beside the park's own rows on erosion, game, snow-leopard tracks and visitors that give no substance (VI: a national
park's lease annex with waste water and coastal sea water beside coral cover, nesting turtles and visitors) (HV2).

Inspections: a resort hotel's schedule of internal checks for the Green Key eco-label, the label's sections as rows
spanning the table, each check with the label's criterion number and its type `I` or `G` before what, how often and by
whom, a check on guests' complaints without a frequency (VI: the Bông Sen Xanh label, `bắt buộc` / `khuyến khích`) (HV1);
a chain resort's standard operating procedure of environmental walk-throughs kept in the chain's English: the areas and
what is checked in Russian or Kazakh, but the frequencies written `Daily`, `Weekly (Mon)`, `Semi-annually`, `Annually` and
the departments by their English names (`Engineering`, `Housekeeping`, `F&B`, `Green Team`), an area checked by two
departments, a check `After storms` without a frequency (VI: the same procedure, `Khu vực / Area`) (HV2).

Tasks: a lakeside resort's plan of getting ready for the bathing season under Roman section rows, measures numbered
straight through, terms counted from the opening of the season, contractors beside the resort's own people, an empty
column for the mark (VI: a seaside tourist area's preparation of the summer season, `trước ngày khai trương mùa du lịch`)
(HV1); the environmental part of a hotel chain's sustainability roadmap, direction rows, measures `1.1` with the unit of
their KPI, then a column per hotel under a merged `Значение KPI: 2024 → 2028` whose cells join the baseline and the
target by an arrow (`520 → 430`) or hold a dash, the term and the one who answers last (VI: a Vietnamese chain's `lộ
trình phát triển bền vững`, `2024 → 2027`) (HV2).
"""
from __future__ import annotations

from decimal import Decimal

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, num, rate
from .limits_data import add, limit
from .registry import ROLES, Layout
from .sources_data import emission, total

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the district's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _t(kg: float) -> float:
    """Kilograms as tonnes without binary noise."""
    return float(Decimal(repr(float(kg))) / 1000)


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _dms(value: float, pad: int = 2, dec: int = 1) -> tuple[str, float]:
    """`53°05′06,7″` and the decimal degrees it stands for."""
    d = int(value)
    rest = (value - d) * 60
    m = int(rest)
    s = round((rest - m) * 60, dec)
    if s >= 60:
        m, s = m + 1, 0.0
    if m >= 60:
        d, m = d + 1, 0
    sec = f"{s:0{3 + dec if dec else 2}.{dec}f}".replace(".", ",")
    return f"{d:0{pad}d}°{m:02d}′{sec}″", round(d + m / 60 + s / 3600, 6)


def maybe_distractor(doc: Doc, share: float = 0.3) -> None:
    """A table of no role that a resort's document may carry (no crusher among a hotel's equipment)."""
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


# names of air pollutants the vocabulary does not carry, code: (RU, KK, VI) — the names of the list of codes
NAMES = {
    "1301": ("Проп-2-ен-1-аль (Акролеин)", "Проп-2-ен-1-аль (акролеин)", "Acrolein"),
    "0882": ("Тетрахлорэтилен (Перхлорэтилен)", "Тетрахлорэтилен (перхлорэтилен)", "Tetracloetylen"),
    "0349": ("Хлор", "Хлор", "Clo (Cl2)"),
    "2732": ("Керосин", "Керосин", "Dầu hỏa"),
}
# hazard classes of the list of codes used in Kazakhstan (None: an ОБУВ only)
HAZ = {"0301": 3, "0304": 3, "0328": 3, "0330": 3, "0337": 4, "1301": 2, "1325": 2, "2754": 4, "2732": None, "2704": 4,
       "0703": 1, "0333": 2, "0303": 4, "0349": 2, "0882": 2, "2908": 3, "2902": 3}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in NAMES:
        return NAMES[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hz(code: str) -> str:
    return str(HAZ[code]) if HAZ[code] else "–"


# ---------------------------------------------------------------- facility

# Kazakhstan's resorts: (RU, KK) name, core of the name, (RU, KK) operator, (RU, KK) legal address, (RU, KK) place, KATO
# prefix, (lat, lon) of the main building, stars, (low, high) rooms, category, (RU, KK) kind, heat, water, sewer, lake
KZ_RESORTS = (
    {"name": ("Курортный отель «Көкше Резорт»", "«Көкше Резорт» курорттық қонақүйі"), "core": "Көкше Резорт",
     "op": ("ТОО «Көкше Хоспиталити»", "«Көкше Хоспиталити» ЖШС"),
     "legal": ("г. Астана, район Есиль, пр. Мангилик Ел, д. 20, н.п. 14", "Астана қ., Есіл ауданы, Мәңгілік Ел даңғ., 20 үй, 14 т.е.ж."),
     "place": ("Акмолинская область, Бурабайский район, пос. Бурабай, ул. Кенесары, 64/2",
               "Ақмола облысы, Бурабай ауданы, Бурабай кенті, Кенесары к-сі, 64/2"),
     "kato": "1132", "at": (53.0852, 70.3036), "stars": 4, "rooms": (120, 160), "cat": "III",
     "kind": ("курортная гостиница (resort hotel) с SPA-центром и крытым бассейном", "SPA-орталығы және жабық бассейні бар курорттық қонақүй (resort hotel)"),
     "heat": ("собственная котельная на сжиженном газе, 2 котла по 0,9 МВт", "сұйытылған газбен жұмыс істейтін меншікті қазандық, әрқайсысы 0,9 МВт 2 қазандық"),
     "water": ("централизованное, от водопровода пос. Бурабай", "орталықтандырылған, Бурабай кентінің су құбырынан"),
     "sewer": ("в поселковую канализацию по договору с ГКП «Бурабай Су Арнасы»", "«Бурабай Су Арнасы» МКК-мен шарт бойынша кенттік кәрізге"),
     "lake": ("оз. Бурабай", "Бурабай көлі")},
    {"name": ("Курортный комплекс «Алакөл Толқыны»", "«Алакөл Толқыны» курорттық кешені"), "core": "Алакөл Толқыны",
     "op": ("ТОО «Алакөл Толқыны Курорт»", "«Алакөл Толқыны Курорт» ЖШС"),
     "legal": ("г. Талдыкорган, ул. Кабанбай батыра, д. 78, офис 5", "Талдықорған қ., Қабанбай батыр к-сі, 78 үй, 5 кеңсе"),
     "place": ("Жетысуская область, Алакольский район, с. Акши, курортная зона побережья оз. Алаколь",
               "Жетісу облысы, Алакөл ауданы, Ақши ауылы, Алакөл көлі жағалауының курорттық аймағы"),
     "kato": "3320", "at": (46.0614, 81.2437), "stars": 3, "rooms": (180, 240), "cat": "II",
     "kind": ("курортный комплекс: гостиница, коттеджи, аквазона с открытыми бассейнами", "курорттық кешен: қонақүй, коттедждер, ашық бассейндері бар аквааймақ"),
     "heat": ("электрокотлы и солнечные коллекторы, резервный дизель-генератор 400 кВт", "электр қазандықтары және күн коллекторлары, 400 кВт резервтік дизель-генератор"),
     "water": ("две собственные скважины, лимит 310 м3/сут", "екі меншікті ұңғыма, лимиті тәулігіне 310 м3"),
     "sewer": ("собственные КОС 250 м3/сут с отведением очищенных вод на поля фильтрации", "тазартылған суды сүзу алқаптарына бұратын тәулігіне 250 м3 меншікті КТҚ"),
     "lake": ("оз. Алаколь", "Алакөл көлі")},
    {"name": ("Пляжный отель «Торанғалық Бич»", "«Торанғалық Бич» жағажай қонақүйі"), "core": "Торанғалық Бич",
     "op": ("ТОО «Балқаш Бич Отель»", "«Балқаш Бич Отель» ЖШС"),
     "legal": ("г. Балхаш, ул. Ленина, д. 11, офис 2", "Балқаш қ., Ленин к-сі, 11 үй, 2 кеңсе"),
     "place": ("Карагандинская область, г. Балхаш, зона отдыха «Торангалык», участок 7",
               "Қарағанды облысы, Балқаш қ., «Торанғалық» демалыс аймағы, 7-учаске"),
     "kato": "3530", "at": (46.8217, 75.0418), "stars": 3, "rooms": (60, 90), "cat": "III",
     "kind": ("пляжная гостиница сезонного действия с рестораном", "мейрамханасы бар маусымдық жағажай қонақүйі"),
     "heat": ("электрическое (сезонный режим), горячее водоснабжение – дизельный котел 0,3 МВт", "электрлік (маусымдық режим), ыстық сумен жабдықтау – 0,3 МВт дизель қазандығы"),
     "water": ("городской водопровод г. Балхаш", "Балқаш қаласының су құбыры"),
     "sewer": ("выгребные резервуары 2 × 50 м3 с вывозом на городские КОС", "қалалық КТҚ-ға шығарылатын 2 × 50 м3 шұңқыр резервуарлары"),
     "lake": ("оз. Балхаш", "Балқаш көлі")},
)  # fmt: skip
STAR_WORDS = {3: ("три звезды", "үш жұлдыз"), 4: ("четыре звезды", "төрт жұлдыз"), 5: ("пять звезд", "бес жұлдыз")}
HEADS = (("Исмаилова Айгерим Нурлановна", "Исмаилова Айгерім Нұрланқызы"), ("Байжанов Ерболат Серикович", "Байжанов Ерболат Серікұлы"),
         ("Ли Виктор Анатольевич", "Ли Виктор Анатольевич"))


def facility_hv1(doc: Doc) -> None:
    """The general section of a resort hotel's ПЭК programme, `№ | наименование сведений | сведения` under four section
    rows (operator, place of accommodation, engineering, environment), where the hotel's star category stands among the
    facts — `Категория места размещения (звездность): 4* («четыре звезды»)` with its certificate, the rooms and beds, the
    season — long before the category under the Ecological Code (`III категория`) and beside a sanitary class `V`; the
    main building in degrees, minutes and seconds; the room stock in a table of no role after it (VI: the first chapter
    of a 5-star resort's application for a GPMT, `hạng 5 sao` with the decision of the tourism authority, rooms and beds,
    VN-2000 metres beside the WGS-84 pair, `nhóm II` last)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(KZ_RESORTS)
    name, operator = a["name"][L], a["op"][L]
    bin_, kato = make_bin(r), _kato(doc, a["kato"])
    lat, lat_v = _dms(a["at"][0] + r.uniform(-0.002, 0.002))
    lon, lon_v = _dms(a["at"][1] + r.uniform(-0.002, 0.002))
    stars = a["stars"]
    rooms = r.randint(*a["rooms"])
    beds = rooms * 2 + r.randint(4, 30)
    cat = a["cat"]
    head = doc.pick(HEADS)[L]
    cert = f"№ {r.randint(12, 480):04d}"
    issued = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2023, 2024))}"
    star_txt = doc.pick((f"{stars}* («{STAR_WORDS[stars][L]}»)", f"{'★' * stars} ({STAR_WORDS[stars][L]})"))
    seasonal = a["core"] == "Торанғалық Бич"
    beach = r.randint(24, 60) * 10
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {name}",
            f"{name}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("Раздел 1. Общие сведения об объекте", "1-бөлім. Объект туралы жалпы мәліметтер", ""))
    doc.p(g(f"Объект – место размещения туристов на берегу {a['lake'][0].replace('оз.', 'озера')}; сведения приведены по "
            "правоустанавливающим документам оператора и свидетельству о присвоении категории места размещения.",
            f"Объект – {a['lake'][1]} жағасындағы туристерді орналастыру орны; мәліметтер оператордың құқық белгілейтін "
            "құжаттары мен орналастыру орнына санат беру туралы куәлік бойынша келтірілген.", ""))
    rows = [g(["№", "Наименование сведений", "Сведения"], ["№", "Мәліметтердің атауы", "Мәліметтер"], [])]
    merges: list = []
    _span(rows, merges, g("1. Оператор объекта", "1. Объект операторы", ""), 3)
    rows += [["1.1", g("Наименование", "Атауы", ""), operator],
             ["1.2", g("БИН", "БСН", ""), bin_],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы", ""), a["legal"][L]],
             ["1.4", g("Первый руководитель", "Бірінші басшы", ""), g(f"генеральный директор {head}", f"бас директор {head}", "")]]
    _span(rows, merges, g("2. Место размещения туристов", "2. Туристерді орналастыру орны", ""), 3)
    rows += [["2.1", g("Наименование", "Атауы", ""), name],
             ["2.2", g("Вид места размещения", "Орналастыру орнының түрі", ""), a["kind"][L]],
             ["2.3", g("Категория места размещения (звездность)", "Орналастыру орнының санаты (жұлдыздылығы)", ""),
              g(f"{star_txt}; свидетельство о присвоении категории {cert} от {issued}, срок действия – 3 года",
                f"{star_txt}; {issued} ж. санат беру туралы {cert} куәлік, қолданылу мерзімі – 3 жыл", "")],
             ["2.4", g("Номерной фонд", "Нөмір қоры", ""), g(f"номеров – {rooms}, койко-мест – {beds}", f"{rooms} нөмір, {beds} төсек-орын", "")],
             ["2.5", g("Режим работы", "Жұмыс режимі", ""),
              g("сезонный, с 1 июня по 15 сентября", "маусымдық, 1 маусымнан 15 қыркүйекке дейін", "") if seasonal
              else g("круглогодичный, пиковая загрузка – июнь – август", "жыл бойы, ең жоғары толтырылуы – маусым – тамыз", "")],
             ["2.6", g("Местонахождение", "Орналасқан жері", ""), a["place"][L]],
             ["2.7", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["2.8", g("Координаты главного корпуса (WGS-84)", "Бас корпустың координаттары (WGS-84)", ""),
              g(f"{lat} с.ш.; {lon} в.д.", f"с.е. {lat}; ш.б. {lon}", "")]]
    _span(rows, merges, g("3. Инженерное обеспечение", "3. Инженерлік қамтамасыз ету", ""), 3)
    rows += [["3.1", g("Теплоснабжение", "Жылумен жабдықтау", ""), a["heat"][L]],
             ["3.2", g("Водоснабжение", "Сумен жабдықтау", ""), a["water"][L]],
             ["3.3", g("Водоотведение", "Су бұру", ""), a["sewer"][L]],
             ["3.4", g("Пляж", "Жағажай", ""),
              g(f"собственный, протяженность береговой линии {beach} м, {a['lake'][0]}",
                f"меншікті, жағалау сызығының ұзындығы {beach} м, {a['lake'][1]}", "")]]
    _span(rows, merges, g("4. Экологические сведения", "4. Экологиялық мәліметтер", ""), 3)
    doc_line = (g(f"декларация о воздействии на окружающую среду, представлена {r.randint(1, 28):02d}.02.2025",
                  f"қоршаған ортаға әсер ету туралы декларация, {r.randint(1, 28):02d}.02.2025 ұсынылды", "") if cat == "III" else
                g(f"экологическое разрешение на воздействие № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)} от "
                  f"{r.randint(1, 28):02d}.03.2025", f"{r.randint(1, 28):02d}.03.2025 ж. № KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)} "
                  "әсер етуге арналған экологиялық рұқсат", ""))
    rows += [["4.1", g("Категория объекта, оказывающего негативное воздействие на окружающую среду (ст. 12 ЭК РК)",
                       "Қоршаған ортаға теріс әсер ететін объектінің санаты (ҚР ЭК 12-бабы)", ""),
              g(f"{cat} категория", f"{cat} санат", "")],
             ["4.2", g("Класс санитарной опасности, СЗЗ", "Санитариялық қауіптілік сыныбы, СҚА", ""),
              g("V класс (котельная, КОС), СЗЗ 50 м", "V сынып (қазандық, КТҚ), СҚА 50 м", "")],
             ["4.3", g("Экологический документ", "Экологиялық құжат", ""), doc_line]]
    doc.table(g("Таблица 1.1 – Общие сведения о туристском объекте и его операторе", "1.1-кесте – Туристік объект және оның операторы "
                "туралы жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": a["core"], "kato": kato, "category": cat, "lat": lat_v, "lon": lon_v})
    kinds = g((("Стандарт", 0.55), ("Делюкс", 0.25), ("Семейный", 0.12)), (("Стандарт", 0.55), ("Делюкс", 0.25), ("Отбасылық", 0.12)), ())
    left = rooms
    stock = [g(["Тип номера", "Количество номеров", "Мест в номере", "Площадь, м2"], ["Нөмір түрі", "Нөмірлер саны", "Нөмірдегі орын", "Ауданы, м2"], [])]
    for k, (kind, share) in enumerate(kinds):
        n = round(rooms * share)
        left -= n
        stock.append([kind, str(n), "2" if k < 2 else "4", str(r.randint(24, 30) + 10 * k)])
    stock.append([g("Люкс", "Люкс", ""), str(left), "2", str(r.randint(55, 80))])
    doc.table(g("Таблица 1.2 – Структура номерного фонда", "1.2-кесте – Нөмір қорының құрылымы", ""), stock, role="other")


# Vietnam's resorts: name, owner, place (2024), (lat, lon), VN-2000 central meridian, stars, (low, high) rooms, group
VN_RESORTS = (
    ("Khu nghỉ dưỡng Gành Dầu Pearl", "Công ty Cổ phần Du lịch Ngọc Gành Dầu", "xã Gành Dầu, thành phố Phú Quốc, tỉnh Kiên Giang",
     (10.3612, 103.8508), "104°30′", 5, (280, 360), "II"),
    ("Khu nghỉ dưỡng Bãi Dài Hoàng Hôn", "Công ty TNHH Đầu tư Du lịch Hoàng Hôn Cam Ranh", "xã Cam Hải Đông, huyện Cam Lâm, tỉnh Khánh Hòa",
     (12.0421, 109.2037), "108°15′", 5, (220, 300), "II"),
    ("Khu nghỉ dưỡng Mũi Né Cát Vàng", "Công ty Cổ phần Khách sạn Cát Vàng Phan Thiết", "phường Hàm Tiến, thành phố Phan Thiết, tỉnh Bình Thuận",
     (10.9511, 108.2214), "108°30′", 4, (150, 210), "III"),
)
VN_REPS = ("Ông Nguyễn Hoàng Phúc – Tổng Giám đốc", "Bà Trần Thị Ngọc Hân – Giám đốc", "Ông Lê Quang Vinh – Tổng Giám đốc")


def _facility_hv1_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner, place, (la0, lo0), meridian, stars, (rlo, rhi), group = doc.pick(VN_RESORTS)
    msdn = make_msdn(r)
    lat, lat_v = _dms(la0 + r.uniform(-0.002, 0.002))
    lon, lon_v = _dms(lo0 + r.uniform(-0.002, 0.002), pad=3)
    rooms = r.randint(rlo, rhi)
    decision = f"{r.randint(110, 990)}/QĐ-TCDL"
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name.upper()}")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên chủ cơ sở", owner],
            ["", "Mã số doanh nghiệp", f"{msdn} (đăng ký lần đầu ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2008, 2016)})"],
            ["", "Người đại diện theo pháp luật", doc.pick(VN_REPS)],
            ["2", "Tên cơ sở", name],
            ["", "Loại, hạng cơ sở lưu trú du lịch",
             f"Khách sạn nghỉ dưỡng (resort) hạng {stars} sao theo Quyết định số {decision} ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023 "
             "của Tổng cục Du lịch"],
            ["", "Quy mô", f"{rooms} phòng lưu trú ({rooms * 2 + r.randint(10, 60)} giường); nhà hàng {r.randint(2, 4)} khu; hồ bơi "
                          f"{r.randint(2, 5)} hồ; spa; bãi biển riêng dài {r.randint(30, 80) * 10} m"],
            ["", "Địa điểm", place],
            ["", "Tọa độ trung tâm khu đất (VN-2000, kinh tuyến trục " + meridian + ", múi chiếu 3°)",
             f"X = {num(r.randint(1_100_000, 1_400_000), 'vi')} m; Y = {num(r.randint(430_000, 620_000), 'vi')} m"],
            ["", "Tọa độ trung tâm khu đất (WGS-84)", f"{lat} vĩ độ Bắc; {lon} kinh độ Đông"],
            ["3", "Phân loại theo tiêu chí về môi trường",
             f"Cơ sở thuộc nhóm {group} theo Phụ lục {'IV' if group == 'II' else 'V'} ban hành kèm theo Nghị định số 08/2022/NĐ-CP"]]  # fmt: skip
    doc.table("Bảng 1.1. Thông tin về chủ cơ sở và cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": group, "lat": lat_v, "lon": lon_v})
    kinds = (("Deluxe hướng vườn", 0.4), ("Deluxe hướng biển", 0.35), ("Suite", 0.15))
    stock = [["Loại phòng", "Số phòng", "Diện tích (m2)", "Số khách tối đa/phòng"]]
    left = rooms
    for kind, share in kinds:
        n = round(rooms * share)
        left -= n
        stock.append([kind, str(n), str(r.randint(70, 95) if kind == "Suite" else r.randint(36, 60)), "2" if kind != "Suite" else "4"])
    stock.append(["Biệt thự hồ bơi riêng", str(left), str(r.randint(120, 220)), "6"])
    doc.table("Bảng 1.2. Cơ cấu phòng lưu trú", stock, role="other")
    doc.p("Nguồn cấp nước: hệ thống cấp nước của địa phương; nước thải được xử lý tại trạm xử lý nước thải tập trung của cơ sở trước khi "
          "tái sử dụng tưới cây và xả ra biển.")


# national parks' plots: (RU, KK) park, (RU, KK) branch, forest quarter, (RU, KK) object, core, (RU, KK) lessee,
# (RU, KK) place, KATO prefix, (lat, lon), (low, high) altitude, category, (low, high) area ha, daily load
PARK_PLOTS = (
    {"park": ("РГУ «Государственный национальный природный парк «Бурабай» Комитета лесного хозяйства и животного мира МЭПР РК»",
              "«ҚР ЭТРМ Орман шаруашылығы және жануарлар дүниесі комитетінің «Бурабай» мемлекеттік ұлттық табиғи паркі» РММ"),
     "branch": ("Золотоборский филиал", "Золотобор филиалы"), "quarter": (40, 120),
     "object": ("Глэмпинг «Көл Жағасы» (24 шатра, 60 мест, кафе, санитарный блок с септиком)",
                "«Көл Жағасы» глэмпингі (24 шатыр, 60 орын, кафе, септигі бар санитариялық блок)"), "core": "Көл Жағасы",
     "op": ("ТОО «Бурабай Глэмп»", "«Бурабай Глэмп» ЖШС"),
     "place": ("Акмолинская область, Бурабайский район, Катаркольский сельский округ", "Ақмола облысы, Бурабай ауданы, Қатаркөл ауылдық округі"),
     "kato": "1132", "at": (53.0507, 70.2412), "alt": (330, 380), "cat": "III", "area": (32, 68), "load": 120},
    {"park": ("РГУ «Иле-Алатауский государственный национальный природный парк Комитета лесного хозяйства и животного мира МЭПР РК»",
              "«ҚР ЭТРМ Орман шаруашылығы және жануарлар дүниесі комитетінің Іле Алатауы мемлекеттік ұлттық табиғи паркі» РММ"),
     "branch": ("Талгарский филиал", "Талғар филиалы"), "quarter": (10, 60),
     "object": ("Горнолыжный курорт «Тау Самалы» (базовый комплекс, 4 канатные дороги, 14 км трасс, система искусственного оснежения)",
                "«Тау Самалы» тау шаңғысы курорты (базалық кешен, 4 аспалы жол, 14 км трасса, жасанды қар жабу жүйесі)"), "core": "Тау Самалы",
     "op": ("ТОО «Тау Самалы Курорт»", "«Тау Самалы Курорт» ЖШС"),
     "place": ("Алматинская область, Талгарский район, ущелье Котырбулак", "Алматы облысы, Талғар ауданы, Қотырбұлақ шатқалы"),
     "kato": "1962", "at": (43.1873, 77.1795), "alt": (1850, 1960), "cat": "II", "area": (380, 650), "load": 3000},
    {"park": ("РГУ «Государственный национальный природный парк «Көлсай көлдері» Комитета лесного хозяйства и животного мира МЭПР РК»",
              "«ҚР ЭТРМ Орман шаруашылығы және жануарлар дүниесі комитетінің «Көлсай көлдері» мемлекеттік ұлттық табиғи паркі» РММ"),
     "branch": ("Сатинский филиал", "Сатты филиалы"), "quarter": (5, 40),
     "object": ("Гостевой комплекс «Көлсай Сарайы» (18 гостевых домиков, 72 места, котельная на дровах 0,25 МВт)",
                "«Көлсай Сарайы» қонақ кешені (18 қонақ үйшігі, 72 орын, отынмен жұмыс істейтін 0,25 МВт қазандық)"), "core": "Көлсай Сарайы",
     "op": ("ТОО «Көлсай Тур Групп»", "«Көлсай Тур Групп» ЖШС"),
     "place": ("Алматинская область, Райымбекский район, Сатинский сельский округ", "Алматы облысы, Райымбек ауданы, Сатты ауылдық округі"),
     "kato": "1950", "at": (42.9931, 78.3202), "alt": (1790, 1840), "cat": "III", "area": (21, 45), "load": 200},
)  # fmt: skip


def facility_hv2(doc: Doc) -> None:
    """The passport of a plot of a national park given to a tourism operator for long-term use, typed as a two-column
    table with no header: the park's administration with its own BIN opens it (the lessor, no facility), then the
    contract's number and term, the forest branch, the quarter and the sub-compartments (`кв. 47, выд. 12, 14, 15`), the
    functional zone, the area in hectares, the lessee with its BIN, the object, the place with its KATO, the centre of the
    plot in degrees, minutes and seconds followed by its altitude (`абс. отм. 1 912 м`), the category and the greatest
    recreational load; the lessee's duties in a table of no role after it (VI: the annex of a contract leasing the forest
    environment of a national park for eco-tourism, the park's board with a tax number of its own, `tiểu khu`, `khoảnh`,
    `lô`, the lessee's enterprise number, decimal degrees of the leased area's centre)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hv2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(PARK_PLOTS)
    park, operator = a["park"][L], a["op"][L]
    bin_park, bin_ = make_bin(r), make_bin(r)
    kato = _kato(doc, a["kato"])
    lat, lat_v = _dms(a["at"][0] + r.uniform(-0.003, 0.003))
    lon, lon_v = _dms(a["at"][1] + r.uniform(-0.003, 0.003))
    alt = r.randint(*a["alt"])
    quarter = r.randint(*a["quarter"])
    cut = sorted(r.sample(range(1, 30), 3))
    area = r.randint(*a["area"]) / 10
    contract = f"№ {r.randint(3, 48)}-ДП"
    signed = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.choice((2019, 2021, 2022))}"
    term = r.choice((15, 25, 49))
    doc.h(g(f"Паспорт участка, предоставленного в долгосрочное пользование для туристской и рекреационной деятельности. {a['object'][0].split(' (')[0]}",
            f"Туристік және рекреациялық қызмет үшін ұзақ мерзімді пайдалануға берілген учаскенің паспорты. {a['object'][1].split(' (')[0]}", ""))
    doc.p(g("Паспорт составлен администрацией национального парка по результатам натурного обследования участка и является "
            "приложением 1 к договору долгосрочного пользования.",
            "Паспортты ұлттық парк әкімшілігі учаскені табиғи зерттеу нәтижелері бойынша жасады, ол ұзақ мерзімді пайдалану шартына "
            "1-қосымша болып табылады.", ""))
    rows = [[g("Землепользователь (арендодатель)", "Жер пайдаланушы (жалға беруші)", ""), g(f"{park}, БИН {bin_park}", f"{park}, БСН {bin_park}", "")],
            [g("Договор долгосрочного пользования", "Ұзақ мерзімді пайдалану шарты", ""),
             g(f"{contract} от {signed}, срок – {term} лет", f"{signed} ж. {contract.replace('ДП', 'ҰП')}, мерзімі – {term} жыл", "")],
            [g("Филиал (лесничество)", "Филиал (орман шаруашылығы)", ""), a["branch"][L]],
            [g("Квартал, выделы", "Орам, бөлінділер", ""),
             g(f"кв. {quarter}, выд. {', '.join(map(str, cut))}", f"{quarter}-орам, {', '.join(map(str, cut))}-бөлінділер", "")],
            [g("Функциональная зона", "Функционалдық аймақ", ""),
             g("зона туристской и рекреационной деятельности", "туристік және рекреациялық қызмет аймағы", "")],
            [g("Площадь участка", "Учаскенің ауданы", ""), g(f"{num(area, doc.lang)} га", f"{num(area, doc.lang)} га", "")],
            [g("Пользователь (арендатор), оператор объекта", "Пайдаланушы (жалға алушы), объект операторы", ""), operator],
            [g("БИН пользователя", "Пайдаланушының БСН", ""), bin_],
            [g("Объект", "Объект", ""), a["object"][L]],
            [g("Местоположение", "Орналасқан жері", ""), g(f"{a['place'][0]}; КАТО {kato}", f"{a['place'][1]}; ҚАТО {kato}", "")],
            [g("Координаты центра участка (WGS-84)", "Учаске орталығының координаттары (WGS-84)", ""),
             g(f"{lat} с.ш., {lon} в.д. (абс. отм. {num(alt, doc.lang)} м)", f"с.е. {lat}, ш.б. {lon} (абс. белгі {num(alt, doc.lang)} м)", "")],
            [g("Категория объекта по Экологическому кодексу РК", "ҚР Экология кодексі бойынша объект санаты", ""),
             g(f"{a['cat']} категория", f"{a['cat']} санат", "")],
            [g("Предельно допустимая рекреационная нагрузка", "Шекті рұқсат етілген рекреациялық жүктеме", ""),
             g(f"не более {num(a['load'], doc.lang)} чел./сут.", f"тәулігіне {num(a['load'], doc.lang)} адамнан аспайды", "")]]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": a["core"], "kato": kato, "category": a["cat"], "lat": lat_v, "lon": lon_v})
    duties = [g(["№", "Обязанность пользователя", "Срок"], ["№", "Пайдаланушының міндеті", "Мерзімі"], []),
              ["1", g("Не допускать рубок деревьев, кроме санитарных, согласованных с филиалом", "Филиалмен келісілген санитариялықтан басқа ағаш "
                      "кесуге жол бермеу", ""), g("постоянно", "тұрақты", "")],
              ["2", g("Обустроить и содержать тропы, места отдыха и площадки для отходов", "Соқпақтарды, демалыс орындарын және қалдықтарға "
                      "арналған алаңдарды жайластыру және күтіп ұстау", ""), g("в течение срока договора", "шарт мерзімі ішінде", "")],
              ["3", g("Ежегодно представлять в филиал отчет о числе посетителей", "Филиалға келушілер саны туралы есепті жыл сайын ұсыну", ""),
               g("до 15 января", "15 қаңтарға дейін", "")]]
    doc.table(g("Основные обязанности пользователя (выписка из договора)", "Пайдаланушының негізгі міндеттері (шарттан үзінді)", ""), duties,
              role="other")


# Vietnam's national parks: park board, its place, (lat, lon), (tiểu khu range), project, lessee, group, (low, high) area
VN_PARKS = (
    ("Ban Quản lý Vườn quốc gia Côn Đảo", "huyện Côn Đảo, tỉnh Bà Rịa – Vũng Tàu", (8.6832, 106.6078), (1, 20),
     "Khu du lịch sinh thái Đầm Tre Côn Đảo", "Công ty Cổ phần Du lịch Sinh thái Đầm Tre", "II", (42, 96)),
    ("Ban Quản lý Vườn quốc gia Núi Chúa", "huyện Ninh Hải, tỉnh Ninh Thuận", (11.7076, 109.1941), (10, 40),
     "Khu nghỉ dưỡng sinh thái Hang Rái", "Công ty TNHH Du lịch Hang Rái Ninh Thuận", "III", (25, 60)),
    ("Ban Quản lý Vườn quốc gia Cát Bà", "huyện Cát Hải, thành phố Hải Phòng", (20.8012, 106.9986), (1, 30),
     "Khu du lịch sinh thái Áng Vả Cát Bà", "Công ty Cổ phần Đầu tư Du lịch Áng Vả", "III", (30, 75)),
)


def _facility_hv2_vi(doc: Doc) -> None:
    r = doc.rng
    board, place, (la0, lo0), tk, project, lessee, group, (alo, ahi) = doc.pick(VN_PARKS)
    msdn, mst_board = make_msdn(r), make_msdn(r)
    lat, lon = round(la0 + r.uniform(-0.003, 0.003), 5), round(lo0 + r.uniform(-0.003, 0.003), 5)
    tieu_khu, khoanh = r.randint(*tk), r.randint(1, 9)
    lots = sorted(r.sample("abcdefgh", 2))
    area = r.randint(alo, ahi) / 10
    number = f"{r.randint(2, 19):02d}/2023/HĐ-MTR"
    doc.h("HỢP ĐỒNG CHO THUÊ MÔI TRƯỜNG RỪNG ĐỂ KINH DOANH DU LỊCH SINH THÁI, NGHỈ DƯỠNG, GIẢI TRÍ")
    doc.p(f"Số: {number}. Căn cứ Luật Lâm nghiệp năm 2017 và Nghị định số 156/2018/NĐ-CP; căn cứ Đề án du lịch sinh thái, nghỉ dưỡng, "
          "giải trí của Vườn quốc gia đã được phê duyệt. Phụ lục 1 – Thông tin về khu vực cho thuê và bên thuê:")
    rows = [["Nội dung", "Thông tin"],
            ["Bên cho thuê", f"{board} (mã số thuế: {mst_board})"],
            ["Vị trí khu vực cho thuê", f"Tiểu khu {tieu_khu}, khoảnh {khoanh}, lô {', '.join(lots)} – phân khu dịch vụ – hành chính; {place}"],
            ["Diện tích cho thuê", f"{num(area, 'vi')} ha (trong đó diện tích xây dựng công trình không quá 20%)"],
            ["Thời hạn thuê", f"{r.choice((30, 40, 50))} năm kể từ ngày ký hợp đồng"],
            ["Bên thuê", lessee],
            ["Mã số doanh nghiệp của bên thuê", msdn],
            ["Tên dự án", f"{project} ({r.randint(24, 60)} bungalow, nhà hàng, khu đón tiếp, trạm xử lý nước thải)"],
            ["Tọa độ trung tâm khu vực cho thuê (WGS-84)", f"{num(lat, 'vi')}° vĩ độ Bắc; {num(lon, 'vi')}° kinh độ Đông"],
            ["Nhóm dự án theo tiêu chí về môi trường", f"Nhóm {group} (Nghị định số 08/2022/NĐ-CP)"]]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": project, "category": group, "lat": lat, "lon": lon})
    doc.p("Bên thuê có trách nhiệm bảo vệ và phát triển rừng trong khu vực thuê, không làm thay đổi mục đích sử dụng rừng và nộp tiền thuê "
          "môi trường rừng hằng năm theo quy định.")


# ---------------------------------------------------------------- emissions

# a resort's buildings on its master plan: (RU, KK) name, (RU, KK) storeys and area, [(source, (RU, KK) name, organised,
# (low, high) hours a year, (low, high) load factor, [(code, (low, high) g/s)])]; the boiler house's substances depend on its fuel
COAL = [("0301", (0.05, 0.3)), ("0304", (0.008, 0.05)), ("0330", (0.3, 1.2)), ("0337", (0.5, 2.5)), ("0328", (0.05, 0.3)),
        ("2908", (0.2, 1.0)), ("0703", (0.0000001, 0.0000005))]
GAS = [("0301", (0.03, 0.15)), ("0304", (0.005, 0.025)), ("0337", (0.08, 0.4))]
BUILDINGS = (
    (("Главный корпус (гостиница)", "Бас корпус (қонақүй)"), ("4 эт., 2 850 м2", "4 қаб., 2 850 м2"), []),
    (("Гостевые коттеджи (12 шт.)", "Қонақ коттедждері (12 дана)"), ("1 эт., 12 × 96 м2", "1 қаб., 12 × 96 м2"), []),
    (("Ресторан на 200 посадочных мест", "200 отыратын орындық мейрамхана"), ("1 эт., 780 м2", "1 қаб., 780 м2"), [
        ("0003", ("Вытяжная шахта горячего цеха (газовые плиты)", "Ыстық цехтың сору шахтасы (газ плиталары)"), True, (4000, 4400), (0.5, 0.8),
         [("0301", (0.005, 0.02)), ("0304", (0.001, 0.003)), ("0337", (0.01, 0.05)), ("1301", (0.001, 0.006))]),
        ("6002", ("Мангальная зона (6 мангалов на древесном угле)", "Мангал аймағы (ағаш көмірімен жұмыс істейтін 6 мангал)"), False,
         (900, 1500), (0.4, 0.7), [("0337", (0.05, 0.2)), ("0301", (0.003, 0.012)), ("0328", (0.002, 0.01)), ("2902", (0.005, 0.03))])]),
    (("Открытый бассейн с детской зоной", "Балалар аймағы бар ашық бассейн"), ("площадь зеркала 420 м2", "су бетінің ауданы 420 м2"), []),
    (("Насосная станция и хлораторная бассейна", "Бассейннің сорғы станциясы және хлораторлығы"), ("1 эт., 64 м2", "1 қаб., 64 м2"), [
        ("0005", ("Вентиляция хлораторной", "Хлораторлықтың желдеткіші"), True, (2200, 2900), (0.4, 0.7), [("0349", (0.0002, 0.001))])]),
    (("Прачечная с участком химической чистки", "Химиялық тазалау учаскесі бар кір жуу орны"), ("1 эт., 310 м2", "1 қаб., 310 м2"), [
        ("0004", ("Вытяжка машины химической чистки", "Химиялық тазалау машинасының сорғышы"), True, (2000, 3000), (0.5, 0.8),
         [("0882", (0.002, 0.01))])]),
    (("Котельная", "Қазандық"), ("1 эт., 140 м2", "1 қаб., 140 м2"), [
        ("0001", ("Дымовая труба котельной, Н = 18 м", "Қазандықтың түтін мұржасы, Н = 18 м"), True, (5000, 5500), (0.6, 0.8), None)]),
    (("Склад угля и золы (открытая площадка)", "Көмір мен күл қоймасы (ашық алаң)"), ("300 м2", "300 м2"), [
        ("6001", ("Пересыпка угля, сдув с поверхности штабеля", "Көмірді төгу, қатар бетінен ұшу"), False, (8760, 8760), (0.2, 0.4),
         [("2908", (0.02, 0.09))])]),
    (("Резервная дизельная электростанция 250 кВт", "250 кВт резервтік дизель электр станциясы"), ("блок-контейнер", "блок-контейнер"), [
        ("0002", ("Выхлопная труба ДЭС", "ДЭС-тің шығару құбыры"), True, (100, 300), (0.7, 0.9),
         [("0301", (0.2, 0.8)), ("0304", (0.03, 0.13)), ("0328", (0.01, 0.05)), ("0330", (0.02, 0.1)), ("0337", (0.15, 0.6)),
          ("1325", (0.003, 0.012)), ("2754", (0.07, 0.3))])]),
    (("Канализационные очистные сооружения 150 м3/сут", "Тәулігіне 150 м3 кәріздік тазарту құрылыстары"), ("площадка 0,2 га", "алаң 0,2 га"), [
        ("6003", ("Открытые поверхности аэротенка и иловых площадок", "Аэротенк пен лай алаңдарының ашық беттері"), False, (8760, 8760),
         (0.7, 1.0), [("0333", (0.0002, 0.001)), ("0303", (0.002, 0.01))])]),
    (("Открытая автостоянка на 80 машино-мест", "80 машина-орындық ашық автотұрақ"), ("2 400 м2", "2 400 м2"), [
        ("6004", ("Движение и прогрев автомобилей", "Автомобильдердің қозғалысы және қыздырылуы"), False, (3000, 4000), (0.3, 0.5),
         [("0301", (0.002, 0.01)), ("0337", (0.05, 0.2)), ("0330", (0.0005, 0.002)), ("2704", (0.01, 0.05))])]),
    (("Контрольно-пропускной пункт", "Өткізу пункті"), ("1 эт., 18 м2", "1 қаб., 18 м2"), []),
    (("Площадка мусоросборных контейнеров", "Қоқыс жинайтын контейнерлер алаңы"), ("36 м2", "36 м2"), []),
)  # fmt: skip
BASES = (
    (("База отдыха «Жағалау Самалы»", "«Жағалау Самалы» демалыс базасы"), ("ТОО «Жағалау Самалы»", "«Жағалау Самалы» ЖШС"),
     ("Алматинская область, г. Конаев, зона отдыха на побережье Капшагайского водохранилища",
      "Алматы облысы, Қонаев қ., Қапшағай су қоймасы жағалауындағы демалыс аймағы")),
    (("Санаторий-профилакторий «Алакөл Нұры»", "«Алакөл Нұры» шипажай-профилакторийі"), ("ТОО «Алакөл Нұры»", "«Алакөл Нұры» ЖШС"),
     ("Жетысуская область, Алакольский район, с. Коктума", "Жетісу облысы, Алакөл ауданы, Көктұма ауылы")),
    (("Оздоровительный комплекс «Балқаш Маржаны»", "«Балқаш Маржаны» сауықтыру кешені"), ("ТОО «Балқаш Маржаны»", "«Балқаш Маржаны» ЖШС"),
     ("Карагандинская область, г. Балхаш, зона отдыха «Чубар-Тубек»", "Қарағанды облысы, Балқаш қ., «Шұбартүбек» демалыс аймағы")),
)


def emissions_hv1(doc: Doc) -> None:
    """A resort's НДВ materials that give the sources as part of the explication of buildings and structures of its
    master plan: `поз. по ГП | здание, сооружение | этажность, площадь | № ИЗА | источник | код | вещество | г/с | т/год`,
    the master plan's position numbers (1, 2, 3 …) beside the source numbers (0001, 6003), each building merged down over its
    sources and each source over its substances, most buildings — the main building, the cottages, the pool, the gate —
    with no source and a row saying so, the restaurant with an organised hood and an unorganised barbecue zone, the
    boiler house burning coal or gas, a total (VI: a beach resort's works by their marks on the master plan — `A`, `B1–B3`,
    `V01–V48`, `XL` — the emitting ones with named sources and loads in g/s and kg a year)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    names, ops, places = doc.pick(BASES)
    coal = r.random() < 0.55
    doc.h(g(f"Проект нормативов допустимых выбросов. {names[0]} ({ops[0]})", f"Жол берілетін шығарындылар нормативтерінің жобасы. {names[1]} ({ops[1]})", ""))
    doc.p(g(f"{places[0]}. Объект работает круглогодично; теплоснабжение – от собственной котельной на "
            f"{'каменном угле Каражыра' if coal else 'сжиженном углеводородном газе'}. Номера позиций зданий приведены по генеральному "
            "плану (лист ГП-1), номера источников выбросов – по карте-схеме источников (приложение 2).",
            f"{places[1]}. Объект жыл бойы жұмыс істейді; жылумен жабдықтау – "
            f"{'Қаражыра тас көмірімен' if coal else 'сұйытылған көмірсутек газымен'} жұмыс істейтін меншікті қазандықтан. Ғимараттар "
            "позицияларының нөмірлері бас жоспар (БЖ-1 парағы) бойынша, шығарынды көздерінің нөмірлері – көздердің карта-схемасы "
            "(2-қосымша) бойынша келтірілген.", ""))
    rows = [g(["Поз. по ГП", "Наименование здания, сооружения", "Этажность, площадь", "№ ИЗА", "Наименование источника выброса", "Код ЗВ",
               "Наименование загрязняющего вещества", "Выброс ЗВ", None],
              ["БЖ бойынша позиция", "Ғимараттың, құрылыстың атауы", "Қабаттылығы, ауданы", "ЛШК №", "Шығарынды көзінің атауы", "ЛЗ коды",
               "Ластаушы заттың атауы", "ЛЗ шығарындысы", None], []),
            g([None] * 7 + ["г/с", "т/год"], [None] * 7 + ["г/с", "т/жыл"], [])]
    merges = [(0, c, 1, c) for c in range(7)] + [(0, 7, 0, 8)]
    none = g("источники выбросов отсутствуют", "шығарынды көздері жоқ", "")
    all_g, all_t, sources = [], [], []
    for pos, (bname, area, srcs) in enumerate(b for b in BUILDINGS if coal or not b[0][0].startswith("Склад угля")):
        pos += 1
        start = len(rows)
        if not srcs:
            rows.append([str(pos), bname[L], area[L], "–", none, None, None, None, None])
            merges.append((start, 4, start, 8))
            continue
        for number, sname, organised, hours, load, items in srcs:
            items = items or (COAL if coal else GAS)
            s_start = len(rows)
            h, k = r.randint(*hours), r.uniform(*load)
            for j, (c, gr) in enumerate(items):
                gs = rate(r, *gr, 3)
                ty = _sig(gs * 3600 * h * k / 1e6, 3)
                lead = [str(pos), bname[L], area[L]] if len(rows) == start else [None] * 3
                src = [number, sname[L]] if j == 0 else [None, None]
                rows.append([*lead, *src, c, _air(doc, c), num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number))
                all_g.append(gs)
                all_t.append(ty)
            if len(items) > 1:
                merges += [(s_start, 3, len(rows) - 1, 3), (s_start, 4, len(rows) - 1, 4)]
            sources.append((number, organised))
        if len(rows) - start > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(3)]
    rows.append([g("Всего по объекту", "Объект бойынша барлығы", ""), *[None] * 6, total(doc, all_g), total(doc, all_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
    doc.table(g("Таблица 2.1 – Экспликация зданий и сооружений с источниками выбросов загрязняющих веществ",
                "2.1-кесте – Ластаушы заттар шығарындыларының көздері бар ғимараттар мен құрылыстардың экспликациясы", ""), rows, merges,
              role="emissions")
    doc.add("sources", *({"number": n, "type": "organized" if org else "unorganized"} for n, org in sources))
    doc.p(g("Примечание: мангальная зона, очистные сооружения и автостоянка – неорганизованные источники; бассейн и жилые здания "
            "источниками выбросов не являются.",
            "Ескертпе: мангал аймағы, тазарту құрылыстары және автотұрақ – ұйымдастырылмаған көздер; бассейн мен тұрғын ғимараттар "
            "шығарынды көздері болып табылмайды.", ""))
    maybe_distractor(doc)


# (VI mark, works, area m2, [(source, (low, high) hours a year, [(code, label, (low, high) g/s)])])
VN_WORKS = (
    ("A", "Khối đón tiếp, sảnh, văn phòng", "1.850", []),
    ("B1–B3", "Khối khách sạn 9 tầng (3 tòa)", "6.420", []),
    ("V01–V48", "Biệt thự nghỉ dưỡng có hồ bơi riêng", "9.600", []),
    ("C", "Nhà hàng Á – Âu và bếp trung tâm", "1.240", [
        ("Ống thoát khí bếp trung tâm (bếp gas LPG)", (4000, 5000), [("0301", "NO2", (0.004, 0.02)), ("0337", "CO", (0.01, 0.06))])]),
    ("D", "Khu giặt là trung tâm", "680", [
        ("Ống khói lò hơi đốt dầu DO 1 tấn hơi/giờ", (4500, 5500), [("2902", "Bụi tổng", (0.01, 0.05)), ("0330", "SO2", (0.05, 0.25)),
                                                                  ("0301", "NO2", (0.03, 0.15)), ("0337", "CO", (0.01, 0.06))])]),
    ("E", "Nhà đặt máy phát điện dự phòng 2 × 1.250 kVA", "220", [
        ("Ống xả máy phát điện dự phòng", (150, 300), [("2902", "Bụi tổng", (0.02, 0.1)), ("0330", "SO2", (0.02, 0.1)),
                                                       ("0301", "NO2", (0.4, 1.6)), ("0337", "CO", (0.1, 0.5))])]),
    ("HB", "Hồ bơi vô cực và hồ bơi trẻ em", "1.100", []),
    ("XL", "Trạm xử lý nước thải công suất 600 m3/ngày.đêm", "900", [
        ("Bể điều hòa, bể thiếu khí, bể hiếu khí (phát sinh mùi)", (8760, 8760), [("0333", "H2S", (0.0002, 0.001)), ("0303", "NH3", (0.002, 0.01))])]),
    ("K", "Khu tập kết chất thải rắn", "150", []),
    ("BX", "Bãi đỗ xe điện và xe đưa đón khách", "1.600", []),
)  # fmt: skip
VN_BEACH_RESORTS = ("Khu nghỉ dưỡng Gành Dầu Pearl", "Khu nghỉ dưỡng Bãi Dài Hoàng Hôn", "Khu nghỉ dưỡng Mũi Né Cát Vàng")


def _emissions_hv1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(VN_BEACH_RESORTS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {name.upper()}")
    doc.h("1.3. Các hạng mục công trình và nguồn phát sinh khí thải")
    doc.p("Ký hiệu các hạng mục theo bản vẽ quy hoạch tổng mặt bằng được phê duyệt. Tải lượng được tính theo hệ số phát thải của WHO "
          "với lượng nhiên liệu tiêu thụ thực tế năm 2024.")
    rows = [["Ký hiệu trên TMB", "Hạng mục công trình", "Diện tích xây dựng (m2)", "Nguồn phát sinh khí thải", "Thông số", "Tải lượng", None],
            [None, None, None, None, None, "g/s", "kg/năm"]]
    merges = [(0, c, 1, c) for c in range(5)] + [(0, 5, 0, 6)]
    for mark, works, area, srcs in VN_WORKS:
        start = len(rows)
        if not srcs:
            rows.append([mark, works, area, "Không phát sinh khí thải", None, None, None])
            merges.append((start, 3, start, 6))
            continue
        for sname, hours, items in srcs:
            s_start = len(rows)
            h = r.randint(*hours)
            for j, (c, label, gr) in enumerate(items):
                gs = rate(r, *gr, 3)
                kg = _sig(gs * 3.6 * h * r.uniform(0.6, 0.9), 3)
                lead = [mark, works, area] if len(rows) == start else [None] * 3
                rows.append([*lead, sname if j == 0 else None, label, num(gs, "vi"), num(kg, "vi")])
                doc.add("emissions", emission(c, gs, _t(kg)))
            if len(items) > 1:
                merges.append((s_start, 3, len(rows) - 1, 3))
        merges += [(start, c, len(rows) - 1, c) for c in range(3)]
    doc.table("Bảng 1.3. Hạng mục công trình và tải lượng khí thải", rows, merges, role="emissions")
    doc.p("Ghi chú: máy phát điện dự phòng chỉ vận hành khi mất điện lưới (khoảng 150–300 giờ/năm); xe đưa đón khách trong khu nghỉ dưỡng "
          "là xe điện.")
    maybe_distractor(doc)


# a ski resort's sources: number, (RU, KK) name, organised, winter hours (low, high), summer hours (low, high) or None,
# summer share of the winter rate, [(code, (low, high) winter g/s)]
SKI = (
    ("0001", ("Котельная базового комплекса (2 котла по 1,5 МВт на дизельном топливе), дымовая труба", "Базалық кешен қазандығы (дизель "
              "отынымен жұмыс істейтін әрқайсысы 1,5 МВт 2 қазандық), түтін мұржасы"), True, (3200, 3264), (2600, 3400), (0.25, 0.4),
     [("0301", (0.06, 0.2)), ("0304", (0.01, 0.03)), ("0328", (0.005, 0.02)), ("0330", (0.05, 0.2)), ("0337", (0.08, 0.3))]),
    ("0002", ("Дизель-генератор насосной станции оснежения 800 кВт, выхлопная труба", "Қар жасау сорғы станциясының 800 кВт дизель-генераторы, "
              "шығару құбыры"), True, (380, 620), None, None,
     [("0301", (0.4, 1.2)), ("0304", (0.06, 0.2)), ("0328", (0.02, 0.08)), ("0330", (0.05, 0.15)), ("0337", (0.3, 0.9)),
      ("1325", (0.005, 0.02)), ("2754", (0.12, 0.4))]),
    ("0003", ("Вытяжка кухни ресторана верхней станции (электроплиты)", "Жоғарғы станция мейрамханасы асүйінің сорғышы (электр плиталары)"),
     True, (1400, 1650), (900, 1300), (0.5, 0.8), [("1301", (0.001, 0.005))]),
    ("6001", ("Площадка стоянки и заправки ратраков", "Ратрактарды тұраққа қою және жанармай құю алаңы"), False, (700, 1100), None, None,
     [("0301", (0.02, 0.08)), ("0304", (0.003, 0.012)), ("0328", (0.003, 0.01)), ("0330", (0.002, 0.008)), ("0337", (0.05, 0.2)),
      ("2732", (0.01, 0.05))]),
    ("6002", ("Автостоянка посетителей на 400 машино-мест", "400 машина-орындық келушілер автотұрағы"), False, (1300, 1600), (1000, 1500),
     (0.3, 0.5), [("0301", (0.01, 0.04)), ("0337", (0.2, 0.7)), ("0330", (0.002, 0.006)), ("2704", (0.04, 0.15))]),
)  # fmt: skip
SKI_RESORTS = (("Горнолыжный курорт «Тау Самалы»", "«Тау Самалы» тау шаңғысы курорты", "ТОО «Тау Самалы Курорт»", "«Тау Самалы Курорт» ЖШС"),
               ("Горнолыжный комплекс «Жетісу Шыңы»", "«Жетісу Шыңы» тау шаңғысы кешені", "ТОО «Жетісу Шыңы»", "«Жетісу Шыңы» ЖШС"),
               ("Горнолыжная база «Алтай Ақ Қар»", "«Алтай Ақ Қар» тау шаңғысы базасы", "ТОО «Ақ Қар Алтай»", "«Ақ Қар Алтай» ЖШС"))


def emissions_hv2(doc: Doc) -> None:
    """A ski resort's emissions under two rows spanning the table for its regimes of work — the winter regime (the ski
    season with snow-making and heating) and the summer regime (hot water and the lift for sightseers) — the same boiler
    house, restaurant kitchen and car park under both with other grams a second and the tonnes of that regime, the
    snow-making generator and the snow groomers' yard under winter only; hours in the regime beside each source, a
    hazard-class column with a dash for kerosene, the year's tonnes at the foot (VI: an island resort's peak and low
    seasons as spanning rows, the stand-by generator working more in the stormy low season, g/s and tonnes a season)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hv2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    name_ru, name_kk, op_ru, op_kk = doc.pick(SKI_RESORTS)
    doc.h(g(f"{name_ru} ({op_ru}). Проект нормативов допустимых выбросов. Раздел 3.2", f"{name_kk} ({op_kk}). Жол берілетін шығарындылар "
            "нормативтерінің жобасы. 3.2-бөлім", ""))
    doc.p(g("Курорт работает в двух режимах. Зимний режим – горнолыжный сезон с 1 декабря по 15 апреля (136 суток): искусственное "
            "оснежение трасс, отопление базового комплекса, подготовка трасс ратраками. Летний режим – с 16 апреля по 30 ноября (229 "
            "суток): горячее водоснабжение гостиницы и работа канатной дороги для экскурсантов. Выбросы приведены для каждого режима "
            "отдельно; валовые выбросы – за период действия режима.",
            "Курорт екі режимде жұмыс істейді. Қысқы режим – 1 желтоқсаннан 15 сәуірге дейінгі тау шаңғысы маусымы (136 тәулік): "
            "трассаларды жасанды қармен жабу, базалық кешенді жылыту, трассаларды ратрактармен дайындау. Жазғы режим – 16 сәуірден 30 "
            "қарашаға дейін (229 тәулік): қонақүйді ыстық сумен жабдықтау және экскурсанттарға арналған аспалы жолдың жұмысы. "
            "Шығарындылар әр режим үшін бөлек келтірілген; жалпы шығарындылар – режимнің қолданылу кезеңіндегі.", ""))
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Время работы в режиме, ч", "Код ЗВ", "Наименование загрязняющего вещества",
               "Класс опасности", "Выброс ЗВ", None],
              ["ЛШК №", "Шығарынды көзінің атауы", "Режимдегі жұмыс уақыты, сағ", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы",
               "ЛЗ шығарындысы", None], []),
            g([None] * 6 + ["г/с", "т за режим"], [None] * 6 + ["г/с", "т режимде"], [])]
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 7)]
    regimes = ((g("Зимний режим (1 декабря – 15 апреля): горнолыжный сезон, оснежение, отопление",
                  "Қысқы режим (1 желтоқсан – 15 сәуір): тау шаңғысы маусымы, қар жасау, жылыту", ""), True),
               (g("Летний режим (16 апреля – 30 ноября): горячее водоснабжение, канатная дорога для экскурсантов",
                  "Жазғы режим (16 сәуір – 30 қараша): ыстық сумен жабдықтау, экскурсанттарға арналған аспалы жол", ""), False))
    base = {(s[0], c): rate(r, *gr, 3) for s in SKI for c, gr in s[6]}
    share = {s[0]: r.uniform(*s[5]) for s in SKI if s[5]}
    year_t = []
    sources = []
    for title, winter in regimes:
        _span(rows, merges, title, 8)
        for number, names, organised, wh, sh, _, items in SKI:
            hours_rng = wh if winter else sh
            if hours_rng is None:
                continue
            hours = r.randint(hours_rng[0] // 10, hours_rng[1] // 10) * 10
            start = len(rows)
            for j, (c, _) in enumerate(items):
                gs = base[(number, c)] if winter else _sig(base[(number, c)] * share[number], 3)
                ty = _sig(gs * 3600 * hours / 1e6 * r.uniform(0.6, 0.9), 3)
                rows.append([number if j == 0 else None, names[L] if j == 0 else None, num(hours, doc.lang) if j == 0 else None, c,
                             _air(doc, c), _hz(c), num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number, HAZ[c]))
                year_t.append(ty)
            if len(items) > 1:
                merges += [(start, col, len(rows) - 1, col) for col in range(3)]
            if winter:
                sources.append((number, organised))
    rows.append([g("Всего за год, т", "Жылына барлығы, т", ""), *[None] * 6, total(doc, year_t)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 6))
    doc.table(g("Таблица 3.2 – Выбросы загрязняющих веществ по режимам работы курорта", "3.2-кесте – Курорттың жұмыс режимдері бойынша "
                "ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": "organized" if org else "unorganized"} for n, org in sources))
    doc.p(g("Примечание: источники 0002 и 6001 в летнем режиме не работают; «–» в графе класса опасности – для вещества установлен ОБУВ; "
            "углеводороды дизельных двигателей ратраков учтены как керосин.",
            "Ескертпе: 0002 және 6001 көздері жазғы режимде жұмыс істемейді; қауіптілік сыныбы бағанындағы «–» – зат үшін ШҚӘД "
            "белгіленген; ратрактардың дизель қозғалтқыштарының көмірсутектері керосин ретінде ескерілген.", ""))
    maybe_distractor(doc)


# (VI source, (peak hours, low hours), low-season share of the peak rate, [(code, label, (low, high) peak g/s)])
VN_SEASON_SOURCES = (
    ("Lò hơi đốt dầu DO 1 tấn hơi/giờ (giặt là, cấp nước nóng)", ((2600, 3000), (2200, 2600)), (0.5, 0.7),
     [("2902", "Bụi tổng", (0.01, 0.05)), ("0330", "SO2", (0.06, 0.25)), ("0301", "NO2", (0.03, 0.15)), ("0337", "CO", (0.01, 0.06))]),
    ("Bếp nhà hàng (gas LPG)", ((2800, 3300), (2000, 2500)), (0.4, 0.6), [("0301", "NO2", (0.004, 0.02)), ("0337", "CO", (0.01, 0.05))]),
    ("Máy phát điện dự phòng 1.000 kVA", ((30, 80), (150, 320)), (1.0, 1.0),
     [("2902", "Bụi tổng", (0.02, 0.08)), ("0330", "SO2", (0.02, 0.08)), ("0301", "NO2", (0.3, 1.2)), ("0337", "CO", (0.08, 0.4))]),
)
VN_ISLANDS = (("Khu nghỉ dưỡng Côn Sơn Bay", "huyện Côn Đảo, tỉnh Bà Rịa – Vũng Tàu", "tháng 12 – tháng 4", "tháng 5 – tháng 11"),
              ("Khu nghỉ dưỡng Hòn Thơm Coral", "thành phố Phú Quốc, tỉnh Kiên Giang", "tháng 11 – tháng 4", "tháng 5 – tháng 10"),
              ("Khu nghỉ dưỡng Lý Sơn Xanh", "huyện Lý Sơn, tỉnh Quảng Ngãi", "tháng 3 – tháng 8", "tháng 9 – tháng 2"))


def _emissions_hv2_vi(doc: Doc) -> None:
    r = doc.rng
    name, place, peak, low = doc.pick(VN_ISLANDS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {name.upper()}")
    doc.h("2.3. Tải lượng khí thải theo mùa du lịch")
    doc.p(f"Cơ sở nằm tại {place}, hoạt động quanh năm. Mùa cao điểm ({peak}) công suất phòng trên 85%; mùa thấp điểm ({low}) trùng mùa "
          "mưa bão, điện lưới trên đảo thường xuyên gián đoạn nên máy phát điện dự phòng vận hành nhiều hơn. Tải lượng được tính riêng "
          "cho từng mùa.")
    rows = [["TT", "Nguồn phát sinh", "Số giờ hoạt động trong mùa", "Thông số", "Tải lượng (g/s)", "Tải lượng (tấn/mùa)"]]
    merges: list = []
    base = {(n, c): rate(r, *gr, 3) for n, (_, _, _, items) in enumerate(VN_SEASON_SOURCES) for c, _, gr in items}
    share = [r.uniform(*shr) for _, _, shr, _ in VN_SEASON_SOURCES]
    for title, k in ((f"I. Mùa cao điểm ({peak})", 0), (f"II. Mùa thấp điểm ({low})", 1)):
        _span(rows, merges, title, 6)
        for n, (sname, hours_rng, _, items) in enumerate(VN_SEASON_SOURCES, 1):
            hours = r.randint(hours_rng[k][0] // 10, hours_rng[k][1] // 10) * 10
            start = len(rows)
            for j, (c, label, _) in enumerate(items):
                gs = base[(n - 1, c)] if k == 0 else _sig(base[(n - 1, c)] * share[n - 1], 3)
                ty = _sig(gs * 3600 * hours / 1e6, 3)
                rows.append([str(n) if j == 0 else None, sname if j == 0 else None, num(hours, "vi") if j == 0 else None, label,
                             num(gs, "vi"), num(ty, "vi")])
                doc.add("emissions", emission(c, gs, ty))
            merges += [(start, col, len(rows) - 1, col) for col in range(3)]
    doc.table("Bảng 2.3. Tải lượng khí thải trong mùa cao điểm và mùa thấp điểm năm 2024", rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# a hotel's waste audit: (code, RU, KK, (low, high) kilograms in the audit week)
AUDIT = (
    ("20 01 08", "Пищевые отходы кухни и ресторана", "Асүй мен мейрамхананың тамақ қалдықтары", (320, 520)),
    ("20 01 01", "Бумага и картон", "Қағаз және картон", (60, 120)),
    ("20 01 39", "Пластик (ПЭТ-бутылки, пленка, одноразовая посуда)", "Пластик (ПЭТ бөтелкелер, үлдір, бір реттік ыдыс)", (55, 110)),
    ("20 01 02", "Стекло (бутылки бара и ресторана)", "Шыны (бар мен мейрамхана бөтелкелері)", (70, 150)),
    ("20 01 40", "Металл (жестяные и алюминиевые банки)", "Металл (қаңылтыр және алюминий банкалар)", (8, 20)),
    ("20 01 11", "Текстиль (списанное постельное белье, полотенца)", "Тоқыма (есептен шығарылған төсек жабдықтары, сүлгілер)", (10, 30)),
    ("20 01 25", "Отработанное растительное масло фритюрниц", "Фритюр аппараттарының пайдаланылған өсімдік майы", (12, 28)),
    ("20 02 01", "Растительные отходы благоустройства (скошенная трава, листва)", "Абаттандырудың өсімдік қалдықтары (шабылған шөп, жапырақ)",
     (40, 120)),
    ("20 03 01", "Смешанные несортируемые отходы", "Сұрыпталмайтын аралас қалдықтар", (150, 260)),
)
# (code, RU, KK, (low, high) kg a year)
AUDIT_HAZ = (
    ("20 01 21*", "Отработанные люминесцентные и ртутьсодержащие лампы", "Пайдаланылған люминесцентті және сынапты шамдар", (20, 80)),
    ("20 01 33*", "Отработанные батарейки и аккумуляторы (пульты, замки номеров)", "Пайдаланылған батареялар мен аккумуляторлар (пульттер, "
     "нөмір құлыптары)", (5, 25)),
    ("15 01 10*", "Тара из-под средств обработки воды бассейна (гипохлорит натрия, корректор pH)", "Бассейн суын өңдеу құралдарының ыдысы "
     "(натрий гипохлориті, pH түзеткіші)", (60, 200)),
    ("13 02 05*", "Отработанное моторное масло резервной ДЭС", "Резервтік ДЭС-тің пайдаланылған мотор майы", (30, 150)),
    ("20 01 23*", "Списанные холодильники мини-баров (содержат хладон)", "Есептен шығарылған мини-бар тоңазытқыштары (хладоны бар)", (60, 180)),
)
AUDIT_HOTELS = (("Гостиница «Көкше Резорт»", "«Көкше Резорт» қонақүйі", "ТОО «Көкше Хоспиталити»", "«Көкше Хоспиталити» ЖШС"),
                ("Курортный комплекс «Алакөл Толқыны»", "«Алакөл Толқыны» курорттық кешені", "ТОО «Алакөл Толқыны Курорт»",
                 "«Алакөл Толқыны Курорт» ЖШС"),
                ("Отель «Қапшағай Сити Резорт»", "«Қапшағай Сити Резорт» қонақүйі", "ТОО «Конаев Тревел Групп»", "«Қонаев Тревел Групп» ЖШС"))


def wastes_hv1(doc: Doc) -> None:
    """A hotel's report on a week's waste audit: every fraction weighed for seven days, then `фракция | код | масса за неделю
    аудита, кг | доля, % | удельное образование, кг на гостиночь | образование за 2025 год (расчет), т` — the week's
    kilograms, the shares and the figure per guest-night are no amounts, only the year's tonnes, worked out by the guest-
    nights of the year told in the paragraph before; a total row; then the hazardous wastes of the year from the log in
    kilograms in a second table (VI: a Phú Quốc resort's audit for the plastic-reduction programme, fractions without
    codes, then its CTNH in kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    h_ru, h_kk, o_ru, o_kk = doc.pick(AUDIT_HOTELS)
    week_gn = r.randint(150, 230) * 10 + r.randint(0, 9)
    year_gn = r.randint(600, 950) * 100 + r.randint(0, 99)
    factor = year_gn / week_gn
    day = r.randint(7, 20)
    doc.h(g(f"Отчет о проведении аудита отходов. {h_ru} ({o_ru})", f"Қалдықтар аудитін жүргізу туралы есеп. {h_kk} ({o_kk})", ""))
    doc.p(g(f"Аудит проведен с {day:02d} по {day + 6:02d} июля 2025 г.: в течение 7 суток все отходы гостиницы, ресторана, прачечной и "
            f"территории собирались раздельно и взвешивались по фракциям. Число гостиночей за неделю аудита – {num(week_gn, 'ru')}, за 2025 год – "
            f"{num(year_gn, 'ru')}. Годовое образование рассчитано как масса за неделю × {num(year_gn, 'ru')} / {num(week_gn, 'ru')}.",
            f"Аудит 2025 жылғы {day:02d}–{day + 6:02d} шілде аралығында жүргізілді: 7 тәулік бойы қонақүйдің, мейрамхананың, кір жуу "
            f"орнының және аумақтың барлық қалдықтары бөлек жиналып, фракциялар бойынша өлшенді. Аудит аптасында – {num(week_gn, 'kk')} "
            f"қонақ-түн, 2025 жылы – {num(year_gn, 'kk')} қонақ-түн. Жылдық түзілу апталық масса × {num(year_gn, 'kk')} / "
            f"{num(week_gn, 'kk')} ретінде есептелді.", ""))
    picked = [w for w in AUDIT if w[0] in ("20 01 08", "20 03 01", "20 01 39") or r.random() < 0.8]
    weights = [round(r.uniform(*w[3]), 1) for w in picked]
    week_total = round(sum(weights), 1)
    rows = [g(["Фракция отходов", "Код по классификатору", "Масса за неделю аудита, кг", "Доля, %", "Удельное образование, кг/гостиночь",
               "Образование за 2025 год (расчет), т"],
              ["Қалдықтар фракциясы", "Сыныптауыш бойынша коды", "Аудит аптасындағы массасы, кг", "Үлесі, %", "Үлестік түзілуі, кг/қонақ-түн",
               "2025 жылғы түзілуі (есеп), т"], [])]
    years = []
    for (code, n_ru, n_kk, _), kg in zip(picked, weights, strict=True):
        t = round(kg * factor / 1000, 2)
        years.append(t)
        name = (n_ru, n_kk)[L]
        rows.append([name, code, num(kg, doc.lang), num(round(kg / week_total * 100, 1), doc.lang), num(round(kg / week_gn, 3), doc.lang),
                     num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": t, "name_contains": _words(name, 2)})
    rows.append([g("Итого", "Барлығы", ""), "", num(week_total, doc.lang), "100", num(round(week_total / week_gn, 3), doc.lang),
                 num(round(sum(years), 2), doc.lang)])
    doc.table(g("Таблица 1 – Морфологический состав и годовое образование отходов", "1-кесте – Қалдықтардың морфологиялық құрамы және жылдық "
                "түзілуі", ""), rows, role="wastes")
    doc.p(g("Опасные отходы в аудите не взвешивались; их количество принято по журналу учета отходов за 2025 год.",
            "Қауіпті қалдықтар аудитте өлшенген жоқ; олардың саны 2025 жылғы қалдықтарды есепке алу журналы бойынша қабылданды.", ""))
    hrows = [g(["Код", "Наименование отхода", "Количество за 2025 год, кг", "Передано"], ["Коды", "Қалдықтың атауы", "2025 жылғы саны, кг", "Берілді"], [])]
    for code, n_ru, n_kk, (lo, hi) in (w for w in AUDIT_HAZ if w[0] != "13 02 05*" or r.random() < 0.6):
        kg = r.randint(lo, hi)
        name = (n_ru, n_kk)[L]
        hrows.append([code, name, num(kg, doc.lang), g("ТОО «Эко Сервис Орталық» по договору", "шарт бойынша «Эко Сервис Орталық» ЖШС", "")])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": _t(kg), "name_contains": _words(name, 2)})
    doc.table(g("Таблица 2 – Опасные отходы", "2-кесте – Қауіпті қалдықтар", ""), hrows, role="wastes")
    maybe_distractor(doc)


# VI audit: (fraction, (low, high) kg a week)
VN_AUDIT = (("Chất thải thực phẩm từ bếp và nhà hàng", (600, 950)), ("Giấy, bìa carton", (90, 180)),
            ("Nhựa (chai PET, túi ni lông, đồ nhựa dùng một lần)", (80, 160)), ("Thủy tinh (chai rượu, bia, nước)", (110, 220)),
            ("Lon kim loại", (12, 30)), ("Lá cây, cỏ cắt từ chăm sóc cảnh quan", (150, 320)),
            ("Rác thải dạt bờ thu gom trên bãi biển", (60, 240)), ("Chất thải còn lại không phân loại được", (220, 380)))
VN_AUDIT_HAZ = (("16 01 06", "Bóng đèn huỳnh quang thải", (15, 60)), ("18 01 03", "Bao bì cứng thải bằng nhựa (can đựng hóa chất xử lý nước hồ bơi)",
                                                                       (80, 260)),
                ("17 02 03", "Dầu động cơ thải từ máy phát điện", (40, 160)), ("19 06 01", "Ắc quy chì thải của xe điện chở khách", (90, 300)))


def _wastes_hv1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Khu nghỉ dưỡng Gành Dầu Pearl", "Khu nghỉ dưỡng Hòn Thơm Coral", "Khu nghỉ dưỡng Cửa Cạn Riverside"))
    week = r.randint(1800, 2600)
    year = r.randint(850, 1200) * 100
    factor = year / week
    doc.h(f"BÁO CÁO KẾT QUẢ KIỂM TOÁN CHẤT THẢI RẮN – {name.upper()}")
    doc.p(f"Thực hiện cam kết giảm thiểu rác thải nhựa của các cơ sở lưu trú du lịch trên đảo Phú Quốc, toàn bộ chất thải rắn phát sinh "
          f"trong 7 ngày (từ 15/4 đến 21/4/2024) được phân loại và cân theo thành phần. Số lượt khách lưu trú (khách-đêm) trong 7 ngày "
          f"khảo sát: {num(week, 'vi')}; cả năm 2024: {num(year, 'vi')}. Khối lượng cả năm = khối lượng 7 ngày × {num(year, 'vi')} / "
          f"{num(week, 'vi')}.")
    picked = [w for w in VN_AUDIT if r.random() < 0.85 or w[0].startswith("Chất thải thực phẩm")]
    kgs = [round(r.uniform(*w[1]), 1) for w in picked]
    tot = round(sum(kgs), 1)
    rows = [["Thành phần chất thải", "Khối lượng trong 7 ngày khảo sát (kg)", "Tỷ lệ (%)", "kg/khách-đêm", "Ước tính cả năm 2024 (tấn)"]]
    years = []
    for (frac, _), kg in zip(picked, kgs, strict=True):
        t = round(kg * factor / 1000, 2)
        years.append(t)
        rows.append([frac, num(kg, "vi"), num(round(kg / tot * 100, 1), "vi"), num(round(kg / week, 3), "vi"), num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(frac, 3)})
    rows.append(["Tổng cộng", num(tot, "vi"), "100", num(round(tot / week, 3), "vi"), num(round(sum(years), 2), "vi")])
    doc.table("Bảng 1. Thành phần và khối lượng chất thải rắn sinh hoạt", rows, role="wastes")
    hrows = [["TT", "Tên chất thải nguy hại", "Mã CTNH", "Khối lượng năm 2024 (kg)", "Đơn vị tiếp nhận"]]
    for k, (code, w, (lo, hi)) in enumerate(VN_AUDIT_HAZ, 1):
        kg = r.randint(lo, hi)
        hrows.append([str(k), w, code, num(kg, "vi"), "Công ty TNHH Môi trường Xanh Kiên Giang"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(kg), "name_contains": _words(w, 4)})
    doc.table("Bảng 2. Chất thải nguy hại phát sinh năm 2024 (theo sổ theo dõi)", hrows, role="wastes")
    maybe_distractor(doc)


# a children's camp's wastes: (code, RU, KK, (low, high) kg a shift or None, (low, high) kg of preparing and closing or None, (RU, KK) handling)
CAMP_WASTES = (
    ("20 01 08", "Пищевые отходы столовой", "Асхананың тамақ қалдықтары", (2000, 3200), (150, 300),
     ("передача фермерскому хозяйству на корм", "шаруа қожалығына мал азығына беру")),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (2500, 4000), (800, 1500), ("вывоз на полигон ТБО", "ҚТҚ полигонына шығару")),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орама", (200, 400), (50, 120), ("передача на переработку", "қайта өңдеуге беру")),
    ("15 01 02", "Пластиковая упаковка", "Пластик орама", (150, 300), (30, 80), ("передача на переработку", "қайта өңдеуге беру")),
    ("20 03 03", "Отходы уборки пляжа и территории (песок, водоросли, мусор)", "Жағажай мен аумақты жинау қалдықтары (құм, балдырлар, қоқыс)",
     (600, 1200), (2000, 4000), ("вывоз на полигон ТБО", "ҚТҚ полигонына шығару")),
    ("20 03 04", "Осадок септиков", "Септиктер тұнбасы", (8000, 12000), None, ("вывоз ассенизационной машиной на КОС", "ассенизациялық машинамен КТҚ-ға шығару")),
    ("18 01 03*", "Отходы медицинского пункта (класс Б)", "Медициналық пункт қалдықтары (Б сыныбы)", (3, 8), None,
     ("передача на обезвреживание", "залалсыздандыруға беру")),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", None, (10, 30), ("демеркуризация по договору", "шарт бойынша демеркуризациялау")),
)  # fmt: skip
CAMPS = (("Детский оздоровительный лагерь «Шағала Жағалау»", "«Шағала Жағалау» балалар сауықтыру лагері", "ТОО «Шағала Жағалау»",
          "«Шағала Жағалау» ЖШС", "побережье оз. Алаколь, с. Акши", "Алакөл көлінің жағалауы, Ақши а."),
         ("Детский лагерь «Қапшағай Ұяшығы»", "«Қапшағай Ұяшығы» балалар лагері", "ТОО «Ұяшық Демалыс»", "«Ұяшық Демалыс» ЖШС",
          "побережье Капшагайского водохранилища, г. Конаев", "Қапшағай су қоймасының жағалауы, Қонаев қ."),
         ("Летний лагерь «Бурабай Жастары»", "«Бурабай Жастары» жазғы лагері", "ТОО «Бурабай Жастары»", "«Бурабай Жастары» ЖШС",
          "берег оз. Щучье, Бурабайский район", "Щучье көлінің жағасы, Бурабай ауданы"))
SHIFTS = (("01.06–21.06", "1"), ("24.06–14.07", "2"), ("17.07–06.08", "3"), ("09.08–29.08", "4"))


def wastes_hv2(doc: Doc) -> None:
    """A children's summer camp's report on its wastes for the season, the four shifts as columns with their dates and a
    first row of children and staff per shift, then a column for preparing and closing the camp (May and September) —
    all in kilograms under a merged header — and the year's total in tonnes as the amount; the medical point's wastes in
    the shifts only, the lamps only at the preparing, the septic sludge pumped out each shift, the beach cleaning mostly
    before the season (VI: a beach resort's wastes by four-month periods with the guests of each, the year in tonnes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hv2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c_ru, c_kk, o_ru, o_kk, p_ru, p_kk = doc.pick(CAMPS)
    doc.h(g(f"Отчет о выполнении программы управления отходами за летний сезон 2025 года. {c_ru}",
            f"{c_kk}. 2025 жылғы жазғы маусымдағы қалдықтарды басқару бағдарламасының орындалуы туралы есеп", ""))
    doc.p(g(f"Лагерь ({o_ru}, {p_ru}) принимает детей четырьмя сменами по 21 дню; в мае и сентябре проводятся подготовка территории и "
            "пляжа к сезону и консервация лагеря. Количество отходов по сменам – по актам вывоза и журналу учета, в килограммах.",
            f"Лагерь ({o_kk}, {p_kk}) балаларды 21 күннен төрт ауысыммен қабылдайды; мамыр мен қыркүйекте аумақ пен жағажайды маусымға "
            "дайындау және лагерьді консервациялау жүргізіледі. Ауысымдар бойынша қалдықтар саны – шығару актілері мен есепке алу "
            "журналы бойынша, килограммен.", ""))
    kg_head = g("Образовано, кг", "Түзілді, кг", "")
    shift = g("смена", "ауысым", "")
    rows = [[ "№", g("Код", "Коды", ""), g("Наименование отхода", "Қалдықтың атауы", ""), kg_head, None, None, None, None,
              g("Всего за 2025 год, т", "2025 жылы барлығы, т", ""), g("Обращение", "Жұмыс істеу", "")],
            [None, None, None, *(f"{n} {shift}\n{d}" for d, n in SHIFTS), g("Подготовка и закрытие сезона", "Маусымды дайындау және жабу", ""),
             None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (0, 8, 1, 8), (0, 9, 1, 9)]
    people = [r.randint(260, 340) for _ in SHIFTS]
    staff = r.randint(80, 110)
    rows.append(["", "", g("Численность детей и персонала, чел.", "Балалар мен персонал саны, адам", ""),
                 *(f"{p} + {staff}" for p in people), g(f"{staff // 3} (персонал)", f"{staff // 3} (персонал)", ""), "–", ""])
    for k, (code, n_ru, n_kk, per_shift, prep, (h_ru, h_kk)) in enumerate(CAMP_WASTES, 1):
        cells = []
        amounts = []
        for p in people:
            if per_shift is None:
                cells.append("–")
                continue
            kg = round(r.uniform(*per_shift) * p / 300) if per_shift[1] > 50 else r.randint(*per_shift)
            if per_shift[0] >= 8000:
                kg = round(kg, -2)
            cells.append(num(kg, doc.lang))
            amounts.append(kg)
        if prep is None:
            cells.append("–")
        else:
            kg = r.randint(*prep)
            cells.append(num(kg, doc.lang))
            amounts.append(kg)
        t = _t(sum(amounts))
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, *cells, num(t, doc.lang), (h_ru, h_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 2)})
    doc.table(g("Таблица 3 – Образование отходов по сменам летнего сезона 2025 года", "3-кесте – 2025 жылғы жазғы маусымның ауысымдары бойынша "
                "қалдықтардың түзілуі", ""), rows, merges, role="wastes")
    doc.p(g("В межсезонье (октябрь – апрель) лагерь законсервирован, отходы не образуются.",
            "Маусымаралық кезеңде (қазан – сәуір) лагерь консервацияланады, қалдықтар түзілмейді.", ""))
    maybe_distractor(doc)


# VI: (name, code or None, (low, high) kg in a four-month period, high-season weight)
VN_PERIOD_WASTES = (
    ("Chất thải thực phẩm", None, (9000, 16000)), ("Chất thải rắn sinh hoạt khác", None, (12000, 20000)),
    ("Rác thải dạt bờ từ vệ sinh bãi biển", None, (2500, 9000)), ("Bùn thải từ trạm xử lý nước thải sinh hoạt (đã ép)", None, (3000, 6000)),
    ("Bóng đèn huỳnh quang thải", "16 01 06", (5, 25)), ("Bao bì cứng thải bằng nhựa (can hóa chất hồ bơi)", "18 01 03", (30, 90)),
    ("Dầu động cơ thải", "17 02 03", (20, 80)), ("Giẻ lau dính dầu", "18 02 01", (10, 40)),
)


def _wastes_hv2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Khu du lịch nghỉ dưỡng Sầm Sơn Xanh", "Khu nghỉ dưỡng Cửa Lò Hoàng Gia", "Khu du lịch biển Đồ Sơn Bay"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {name.upper()}")
    doc.h("2.4. Kết quả quản lý chất thải rắn theo thời kỳ trong năm")
    doc.p("Hoạt động du lịch biển mang tính mùa vụ rõ rệt: lượng khách tập trung vào các tháng 5 – 8. Khối lượng chất thải theo từng thời kỳ "
          "được tổng hợp từ biên bản bàn giao, đơn vị tính là kg; cột cuối là tổng cả năm, đơn vị tấn.")
    periods = ("Tháng 1 – 4", "Tháng 5 – 8", "Tháng 9 – 12")
    weight = (0.35, 1.0, 0.3)
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh (kg)", None, None, "Cả năm 2024 (tấn)"],
            [None, None, None, *periods, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    guests = [r.randint(9, 16) * 1000, r.randint(38, 55) * 1000, r.randint(8, 14) * 1000]
    rows.append(["", "Lượt khách lưu trú (khách-đêm)", "-", *(num(x, "vi") for x in guests), "-"])
    for k, (w, code, (lo, hi)) in enumerate(VN_PERIOD_WASTES, 1):
        kgs = [round(r.uniform(lo, hi) * f) if hi > 100 else max(1, round(r.uniform(lo, hi) * (f + 0.3))) for f in weight]
        if hi > 1000:
            kgs = [round(x, -1) for x in kgs]
        t = _t(sum(kgs))
        rows.append([str(k), w, code or "-", *(num(x, "vi") for x in kgs), num(t, "vi")])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": t, "name_contains": _words(w, 4)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(w, 4)})
    doc.table("Bảng 2.4. Khối lượng chất thải rắn phát sinh theo thời kỳ", rows, merges, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: (norm for water bodies of recreation — a figure, a (min, max) range or ("min", lower bound) — (low, high) result, floor)
RECREATION = {
    "pH": ((6.5, 8.5), (7.4, 8.4), None), "DO": (("min", 4.0), (6.2, 9.6), None), "BOD5": (4.0, (1.1, 3.6), None),
    "NH4+": (1.5, (0.05, 0.7), None), "NO2-": (3.3, (0.004, 0.09), None), "NO3-": (45, (0.4, 7.5), None), "TPH": (0.3, (0.02, 0.14), 0.02),
    "Surfactants": (0.5, (0.025, 0.12), 0.025), "Cl-": (350, (30, 260), None), "SO4": (500, (45, 380), None), "Fe": (0.3, (0.03, 0.24), None),
}
REC_UNITS = {"ru": "мг/дм3", "kk": "мг/дм3"}
# (RU, KK) water body, [(point, (RU, KK) beach and place)]
BEACHES = (
    (("Капшагайское водохранилище", "Қапшағай су қоймасы"), "Зона отдыха «Қапшағай Жағасы» (г. Конаев)", "«Қапшағай Жағасы» демалыс аймағы (Қонаев қ.)",
     [("В-1", ("Пляж № 1 «Центральный» – точка В-1 (центр зоны купания, глубина 1,2 м)", "№ 1 «Орталық» жағажай – В-1 нүктесі (шомылу "
                                                                                          "аймағының ортасы, тереңдігі 1,2 м)")),
      ("В-2", ("Пляж № 2 «Семейный» – точка В-2 (у лодочной станции, глубина 1,0 м)", "№ 2 «Отбасылық» жағажай – В-2 нүктесі (қайық станциясының "
                                                                                        "маңы, тереңдігі 1,0 м)"))]),
    (("оз. Щучье", "Щучье көлі"), "Курортная зона «Бурабай», пансионат «Көкше Самалы»", "«Бурабай» курорттық аймағы, «Көкше Самалы» пансионаты",
     [("В-1", ("Пляж пансионата – точка В-1 (центр зоны купания, глубина 1,5 м)", "Пансионат жағажайы – В-1 нүктесі (шомылу аймағының ортасы, "
                                                                                  "тереңдігі 1,5 м)")),
      ("В-3", ("Детский пляж – точка В-3 (граница детской зоны купания, глубина 0,7 м)", "Балалар жағажайы – В-3 нүктесі (балалар шомылатын "
                                                                                           "аймақтың шекарасы, тереңдігі 0,7 м)"))]),
    (("оз. Балхаш (западная часть)", "Балқаш көлі (батыс бөлігі)"), "Зона отдыха «Шұбартүбек» (г. Балхаш)", "«Шұбартүбек» демалыс аймағы (Балқаш қ.)",
     [("В-1", ("Городской пляж – точка В-1 (центр зоны купания, глубина 1,3 м)", "Қалалық жағажай – В-1 нүктесі (шомылу аймағының ортасы, "
                                                                                 "тереңдігі 1,3 м)")),
      ("В-2", ("Пляж базы отдыха «Маржан» – точка В-2 (глубина 1,1 м)", "«Маржан» демалыс базасының жағажайы – В-2 нүктесі (тереңдігі 1,1 м)"))]),
)  # fmt: skip


def _norm_text(doc: Doc, value) -> str:
    if isinstance(value, tuple) and value[0] == "min":
        return doc.v(f"не менее {num(value[1], 'ru')}", f"кемінде {num(value[1], 'kk')}", "")
    if isinstance(value, tuple):
        return f"{num(value[0], doc.lang)}–{num(value[1], doc.lang)}"
    return num(value, doc.lang)


def _rec_limit(s: str, value, point: str, measured) -> dict:
    unit = None if s == "pH" else "mg/l"
    out = {"symbol": s, "medium": "water", "unit": unit, "column": None, "point": point}
    if isinstance(value, tuple) and value[0] == "min":
        out.update(limit=None, limit_min=float(value[1]), limit_max=None)
    elif isinstance(value, tuple):
        out.update(limit=None, limit_min=float(value[0]), limit_max=float(value[1]))
    else:
        out.update(limit=float(value), limit_min=None, limit_max=None)
    if measured is not None:
        out["value"] = measured
    return out


def limits_hv1(doc: Doc) -> None:
    """A summary of a lake's water at a resort zone's beaches over the bathing season, one table per beach whose caption
    alone names the sampling point (`… – точка В-1 (центр зоны купания, глубина 1,2 м)`), the parameters as rows with
    their unit and the norm for recreational water use first — a range for pH, `не менее 4,0` for dissolved oxygen —
    and the fortnightly sampling dates of June to August as the columns; `<` below detection, a water temperature row
    without a norm (VI: a bungalow resort under 50 rooms whose outlet is judged against QCVN 14:2008/BTNMT column B times
    K = 1,2, the Cmax column first and the four rounds as columns, pH and coliforms without the factor)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    water, zone_ru, zone_kk, beaches = doc.pick(BEACHES)
    zone = (zone_ru, zone_kk)[L]
    keys = ["pH", "DO", "BOD5", *sorted(r.sample(["NH4+", "NO2-", "NO3-", "TPH", "Surfactants", "Cl-", "SO4", "Fe"], r.randint(4, 6)),
                                       key=list(RECREATION).index)]
    day = r.randint(2, 5)
    n_dates = r.randint(6, 7)
    dates = []
    for k in range(n_dates):
        d = 152 + day + 14 * k  # day of the year, 2025
        month, dd = (6, d - 151) if d <= 181 else (7, d - 181) if d <= 212 else (8, d - 212)
        dates.append(f"{dd:02d}.{month:02d}.2025")
    doc.h(g(f"Результаты контроля качества воды в зоне рекреации за купальный сезон 2025 года. {zone}",
            f"{zone}. 2025 жылғы шомылу маусымындағы рекреация аймағындағы су сапасын бақылау нәтижелері", ""))
    doc.p(g(f"Водный объект – {water[0]}. Пробы отобраны аккредитованной лабораторией с поверхностного слоя (0,2–0,5 м) в соответствии с "
            "программой производственного контроля. Нормативы – гигиенические нормативы к качеству воды водных объектов "
            "культурно-бытового водопользования (зоны рекреации).",
            f"Су объектісі – {water[1]}. Сынамаларды аккредиттелген зертхана өндірістік бақылау бағдарламасына сәйкес беткі қабаттан "
            "(0,2–0,5 м) алды. Нормативтер – мәдени-тұрмыстық су пайдаланылатын су объектілерінің (рекреация аймақтары) су сапасына "
            "қойылатын гигиеналық нормативтер.", ""))
    unit = REC_UNITS[doc.lang]
    for pid, (c_ru, c_kk) in beaches:
        rows = [[g("Показатель", "Көрсеткіш", ""), g("Ед. изм.", "Өлш. бірл.", ""), g("Норматив", "Норматив", ""), *dates]]
        rows.append([g("Температура воды", "Су температурасы", ""), "°C", "–", *(str(r.randint(19, 26)) for _ in dates)])
        for s in keys:
            norm, (lo, hi), floor = RECREATION[s]
            line = [vocab.water(s, doc.lang), g("ед. pH", "pH бірл.", "") if s == "pH" else unit, _norm_text(doc, norm)]
            for _ in dates:
                if floor and r.random() < 0.3:
                    line.append(f"< {num(floor, doc.lang)}")
                    add(doc, _rec_limit(s, norm, pid, None))
                    continue
                v = round(r.uniform(lo, hi), 1) if s in ("pH", "DO") else _sig(r.uniform(lo, hi), 2)
                line.append(num(v, doc.lang))
                add(doc, _rec_limit(s, norm, pid, v))
            rows.append(line)
        doc.table((c_ru, c_kk)[L], rows, role="limits")
    doc.p(g("«<» – ниже предела обнаружения методики. Превышений гигиенических нормативов в купальный сезон не выявлено.",
            "«<» – әдістеменің анықтау шегінен төмен. Шомылу маусымында гигиеналық нормативтердің асуы анықталған жоқ.", ""))
    maybe_distractor(doc)


# symbol: (QCVN 14:2008/BTNMT column B, the factor K applies?, unit, (low, high) result)
QCVN14_B = {"pH": ((5, 9), False, None, (6.4, 7.9)), "BOD5": (50, True, "mg/l", (12, 64)), "TSS": (100, True, "mg/l", (18, 90)),
            "TDS": (1000, True, "mg/l", (380, 950)), "S2-": (4, True, "mg/l", (0.2, 2.4)), "NH4+": (10, True, "mg/l", (1.5, 11)),
            "NO3-": (50, True, "mg/l", (4, 38)), "fat": (20, True, "mg/l", (2, 16)), "PO4": (10, True, "mg/l", (0.8, 7.5)),
            "Surfactants": (10, True, "mg/l", (0.4, 5)), "Coliform": (5000, False, "MPN/100ml", None)}
QCVN14_LABEL = {"pH": "pH", "BOD5": "BOD5 (20°C)", "TSS": "Tổng chất rắn lơ lửng (TSS)", "TDS": "Tổng chất rắn hòa tan (TDS)",
                "S2-": "Sunfua (tính theo H2S)", "NH4+": "Amoni (tính theo N)", "NO3-": "Nitrat (NO3- tính theo N)",
                "fat": "Dầu mỡ động, thực vật", "PO4": "Phosphat (PO4 3- tính theo P)", "Surfactants": "Tổng các chất hoạt động bề mặt",
                "Coliform": "Tổng Coliforms"}


def _limits_hv1_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Khu nghỉ dưỡng bungalow Vườn Ông Lang (Phú Quốc)", "Khu du lịch sinh thái Bãi Xếp Xanh (Quy Nhơn)",
                     "Khu nghỉ dưỡng Mũi Né Tre Xanh (Phan Thiết)"))
    rooms = r.randint(28, 46)
    keys = ["pH", "BOD5", "TSS", *sorted(r.sample(["TDS", "S2-", "NH4+", "NO3-", "fat", "PO4", "Surfactants"], 4), key=list(QCVN14_B).index),
            "Coliform"]
    rounds = [f"{r.randint(5, 25):02d}/{m:02d}/2024" for m in (3, 6, 9, 12)]
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI NĂM 2024 – {name.upper()}")
    doc.p(f"Cơ sở có {rooms} phòng lưu trú (dưới 50 phòng), nên theo Bảng 2 của QCVN 14:2008/BTNMT hệ số K = 1,2; giá trị tối đa cho phép "
          "Cmax = C × K, trong đó C là giá trị cột B. Không áp dụng hệ số K đối với pH và Tổng Coliforms. Vị trí lấy mẫu NT1 – hố ga sau "
          "hệ thống xử lý, trước khi xả ra mương thoát nước chung.")
    rows = [["TT", "Thông số", "Đơn vị", "Cmax (QCVN 14:2008/BTNMT, cột B × K)", *(f"Đợt {k} ({d})" for k, d in enumerate(rounds, 1))]]
    over, kph = set(), False
    for k, s in enumerate(keys, 1):
        c, applies, unit, share = QCVN14_B[s]
        cmax = c if not applies else round(c * 1.2, 2)
        shown_unit = "-" if s == "pH" else "MPN/100ml" if s == "Coliform" else "mg/L"
        lim_txt = f"{num(c[0], 'vi')} – {num(c[1], 'vi')}" if isinstance(c, tuple) else num(cmax, "vi")
        line = [str(k), QCVN14_LABEL[s], shown_unit, lim_txt]
        for _ in rounds:
            if s == "S2-" and r.random() < 0.3:
                kph = True
                line.append("KPH")
                item = {"medium": "waste_water", "unit": unit, "column": "B", "point": "NT1", "limit": float(cmax), "limit_min": None,
                        "limit_max": None, "symbol": s}
                add(doc, item)
                continue
            if s == "pH":
                v = round(r.uniform(*share), 1)
            elif s == "Coliform":
                v = float(r.choice((430, 930, 1500, 2100, 2400, 4300)))
            else:
                v = _sig(r.uniform(*share), 3)
            line.append(num(v, "vi"))
            if not isinstance(c, tuple) and v > cmax:
                over.add(QCVN14_LABEL[s])
            if s == "pH":
                add(doc, limit(("symbol", s), "waste_water", c, None, "B", "NT1", v))
            elif s in ("fat", "PO4"):
                add(doc, {"medium": "waste_water", "unit": unit, "column": "B", "point": "NT1", "limit": float(cmax), "limit_min": None,
                          "limit_max": None, "value": v})
            else:
                add(doc, limit(("symbol", s), "waste_water", cmax, unit, "B", "NT1", v))
        rows.append(line)
    doc.table("Bảng 3.1. Kết quả quan trắc nước thải sau xử lý tại NT1", rows, role="limits")
    if kph:
        doc.p("Ghi chú: KPH – không phát hiện.")
    if over:
        doc.p(f"Nhận xét: thông số {', '.join(sorted(over))} có đợt vượt Cmax do công suất phòng tăng cao trong dịp hè; cơ sở đã điều chỉnh "
              "chế độ vận hành trạm xử lý.")
    else:
        doc.p("Nhận xét: các thông số quan trắc trong cả 4 đợt đều nằm trong giới hạn Cmax.")
    maybe_distractor(doc)


# mineral water: (RU, KK) name, key or None, unit as the contract writes it, unit as written (RU, KK), (low, high) conditions
MINERAL = (
    (("Минерализация (сухой остаток)", "Минералдану (құрғақ қалдық)"), ("symbol", "TDS"), "g/l", ("г/дм3", "г/дм3"), (2.6, 3.4)),
    (("Водородный показатель (pH)", "Сутегі көрсеткіші (pH)"), ("symbol", "pH"), None, ("ед. pH", "pH бірл."), (7.2, 8.2)),
    (("Хлориды", "Хлоридтер"), ("symbol", "Cl-"), "mg/l", ("мг/дм3", "мг/дм3"), (600, 900)),
    (("Сульфаты", "Сульфаттар"), ("symbol", "SO4"), "mg/l", ("мг/дм3", "мг/дм3"), (700, 1000)),
    (("Гидрокарбонаты", "Гидрокарбонаттар"), None, "mg/l", ("мг/дм3", "мг/дм3"), (200, 450)),
    (("Натрий + калий", "Натрий + калий"), None, "mg/l", ("мг/дм3", "мг/дм3"), (750, 1050)),
    (("Кальций", "Кальций"), None, "mg/l", ("мг/дм3", "мг/дм3"), (40, 90)),
    (("Магний", "Магний"), None, "mg/l", ("мг/дм3", "мг/дм3"), (10, 35)),
    (("Фториды", "Фторидтер"), ("symbol", "F-"), "mg/l", ("мг/дм3", "мг/дм3"), (0.8, 1.5)),
    (("Кремниевая кислота (H2SiO3)", "Кремний қышқылы (H2SiO3)"), None, "mg/l", ("мг/дм3", "мг/дм3"), (20, 50)),
)
SPAS = (("Санаторий «Сарыағаш Шипа»", "«Сарыағаш Шипа» шипажайы", "ТОО «Сарыағаш Шипа Курорт»", "«Сарыағаш Шипа Курорт» ЖШС",
         "Туркестанская область, Сарыагашский район, г. Сарыагаш", "Түркістан облысы, Сарыағаш ауданы, Сарыағаш қ."),
        ("Санаторий «Жаркент Бұлағы»", "«Жаркент Бұлағы» шипажайы", "ТОО «Жаркент Бұлағы»", "«Жаркент Бұлағы» ЖШС",
         "Жетысуская область, г. Жаркент, курортная зона", "Жетісу облысы, Жаркент қ., курорттық аймақ"),
        ("Санаторно-курортный комплекс «Қызылжар Бұлағы»", "«Қызылжар Бұлағы» шипажай-курорт кешені", "ТОО «Қызылжар Бұлағы»",
         "«Қызылжар Бұлағы» ЖШС", "Северо-Казахстанская область, район Магжана Жумабаева", "Солтүстік Қазақстан облысы, Мағжан Жұмабаев ауданы"))


def limits_hv2(doc: Doc) -> None:
    """A health spa's report on its mineral water wells: the parameters of the water's composition as rows with the
    permissible limits of the approved conditions (`кондиции`) as ranges `2,6–3,4`, two exploitation wells as column
    groups under a three-row header, each sampled in April and October; mineralisation in g/dm3, ions with no key of
    their own (hydrocarbonates, sodium plus potassium, calcium, magnesium, silicic acid) among chlorides, sulphates and
    fluorides, a temperature row with no limit (VI: a golf course's landscape lakes named after the holes they lie by,
    judged against QCVN 08-MT:2015/BTNMT column B1 with `≥ 4` for dissolved oxygen and `5,5 – 9` for pH)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hv2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s_ru, s_kk, o_ru, o_kk, p_ru, p_kk = doc.pick(SPAS)
    wells = sorted(r.sample(["1-Э", "2-Э", "3-Э", "5-Э", "7-Э"], 2))
    protocol = f"№ {r.randint(1200, 2400)}-{r.choice((14, 16, 18))}-У"
    doc.h(g(f"Отчет по мониторингу месторождения минеральных вод за 2025 год. {s_ru} ({o_ru})",
            f"{s_kk} ({o_kk}). Минералды сулар кен орнының 2025 жылғы мониторингі жөніндегі есеп", ""))
    doc.p(g(f"{p_ru}. Вода хлоридно-сульфатная натриевая, лечебно-столовая, используется для питьевого лечения и бальнеологических "
            f"процедур. Кондиции (допустимые пределы состава) установлены при утверждении эксплуатационных запасов (протокол ГКЗ РК "
            f"{protocol}); отбор проб – 2 раза в год на эксплуатационных скважинах.",
            f"{p_kk}. Су хлоридті-сульфатты натрийлі, емдік-асханалық, ішіп емделуге және бальнеологиялық емшараларға пайдаланылады. "
            f"Кондициялар (құрамның рұқсат етілген шектері) пайдалану қорларын бекіту кезінде белгіленген (ҚР ПҚМК {protocol} хаттамасы); "
            "сынамалар пайдалану ұңғымаларынан жылына 2 рет алынады.", ""))
    months = g(("апрель", "октябрь"), ("сәуір", "қазан"), ())
    rows = [[g("Показатель", "Көрсеткіш", ""), g("Ед. изм.", "Өлш. бірл.", ""), g("Кондиции (допустимые пределы)", "Кондициялар (рұқсат етілген "
                                                                                                                  "шектер)", ""),
             g("Эксплуатационные скважины", "Пайдалану ұңғымалары", ""), None, None, None],
            [None, None, None, wells[0], None, wells[1], None],
            [None, None, None, *months, *months]]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 6), (1, 3, 1, 4), (1, 5, 1, 6)]
    out = []
    for names, key, unit, shown, (lo, hi) in MINERAL:
        line = [names[L], shown[L], f"{num(lo, doc.lang)}–{num(hi, doc.lang)}"]
        for pid in wells:
            for _ in months:
                span = hi - lo
                v = r.uniform(lo + 0.05 * span, hi - 0.05 * span) if r.random() < 0.92 else r.uniform(hi, hi + 0.08 * span)
                v = round(v, 2) if hi < 10 else float(round(v))
                line.append(num(v, doc.lang))
                if v > hi and names[L] not in out:
                    out.append(names[L])
                item = {"medium": "water", "unit": unit, "column": None, "point": pid, "limit": None, "limit_min": float(lo), "limit_max": float(hi),
                        "value": v}
                if key:
                    item[key[0]] = key[1]
                add(doc, item)
        rows.append(line)
    rows.append([g("Температура воды на изливе", "Құйылыстағы су температурасы", ""), "°C", "–",
                 *(str(r.randint(38, 44)) for _ in range(4))])
    doc.table(g("Таблица 2 – Химический состав минеральной воды эксплуатационных скважин", "2-кесте – Пайдалану ұңғымаларының минералды суының "
                "химиялық құрамы", ""), rows, merges, role="limits")
    if out:
        doc.p(g(f"Состав воды в целом стабилен; отмечены единичные выходы за верхний предел кондиций ({', '.join(x.lower() for x in out)}), "
                "назначен повторный отбор проб.",
                f"Су құрамы жалпы тұрақты; кондициялардың жоғарғы шегінен жекелеген шығулар байқалды ({', '.join(x.lower() for x in out)}), "
                "сынаманы қайта алу тағайындалды.", ""))
    else:
        doc.p(g("Состав воды соответствует кондициям во всех пробах.", "Су құрамы барлық сынамаларда кондицияларға сәйкес келеді.", ""))
    maybe_distractor(doc)


# symbol: (QCVN 08-MT:2015/BTNMT column B1: figure, (min, max) or ("min", bound), unit, (low, high) result)
B1 = {"pH": ((5.5, 9), None, (6.6, 8.4)), "DO": (("min", 4), "mg/l", (4.4, 7.8)), "TSS": (50, "mg/l", (8, 46)), "BOD5": (15, "mg/l", (3, 14)),
      "COD": (30, "mg/l", (8, 28)), "NH4+": (0.9, "mg/l", (0.08, 0.85)), "NO3-": (10, "mg/l", (0.3, 6)), "NO2-": (0.05, "mg/l", (0.005, 0.045)),
      "Surfactants": (0.4, "mg/l", (0.02, 0.3)), "Coliform": (7500, "MPN/100ml", None)}
GOLF_LAKES = (("H1", "hồ cảnh quan giữa lỗ số 3 và lỗ số 4"), ("H2", "hồ chứa nước tưới cạnh tee lỗ số 11"), ("H3", "hồ trước green lỗ số 17"),
              ("H4", "hồ điều hòa cuối sân tập (driving range)"))


def _limits_hv2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Sân golf Đồi Cát Phan Thiết", "Sân golf Hồ Tuyền Lâm Xanh", "Sân golf Bãi Biển Dài Cam Ranh"))
    lakes = GOLF_LAKES[:3] if r.random() < 0.5 else GOLF_LAKES
    keys = list(B1)
    day = f"{r.randint(5, 25):02d}/{r.choice(('04', '05', '10'))}/2023"
    doc.h(f"KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG NƯỚC CÁC HỒ TRONG SÂN GOLF – {name.upper()}")
    doc.p(f"Ngày lấy mẫu: {day}. Các hồ cảnh quan trong sân golf tiếp nhận nước mưa chảy tràn và nước thải sau xử lý của nhà câu lạc bộ, đồng "
          "thời là nguồn nước tưới cỏ, do đó được so sánh với QCVN 08-MT:2015/BTNMT, cột B1 (nước dùng cho mục đích tưới tiêu, thủy lợi).")
    head = ["TT", "Thông số", "Đơn vị", *(f"{pid} – {place}" for pid, place in lakes), "QCVN 08-MT:2015/BTNMT (cột B1)"]
    rows = [head]
    for k, s in enumerate(keys, 1):
        lim, unit, share = B1[s]
        if isinstance(lim, tuple) and lim[0] == "min":
            lim_txt = f"≥ {num(lim[1], 'vi')}"
        elif isinstance(lim, tuple):
            lim_txt = f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}"
        else:
            lim_txt = num(lim, "vi")
        line = [str(k), vocab.water(s, "vi"), "-" if unit is None else unit.replace("mg/l", "mg/L")]
        for pid, _ in lakes:
            if s == "Coliform":
                v = float(r.choice((930, 1500, 2300, 4300, 4600, 9300)))
            elif s in ("pH", "DO"):
                v = round(r.uniform(*share), 1)
            else:
                v = _sig(r.uniform(*share), 2)
            line.append(num(v, "vi"))
            item = {"symbol": s, "medium": "water", "unit": unit, "column": "B1", "point": pid, "value": v}
            if isinstance(lim, tuple) and lim[0] == "min":
                item.update(limit=None, limit_min=float(lim[1]), limit_max=None)
            elif isinstance(lim, tuple):
                item.update(limit=None, limit_min=float(lim[0]), limit_max=float(lim[1]))
            else:
                item.update(limit=float(lim), limit_min=None, limit_max=None)
            add(doc, item)
        rows.append(line + [lim_txt])
    doc.table("Bảng 2. Kết quả phân tích chất lượng nước mặt các hồ trong sân golf", rows, role="limits")
    if any(item.get("symbol") == "Coliform" and item["value"] > 7500 for item in doc.expected["limits"]):
        doc.p("Nhận xét: chỉ tiêu Coliform tại một số hồ vượt giới hạn do ảnh hưởng của chim nước và phân bón hữu cơ.")
    else:
        doc.p("Nhận xét: các thông số tại các hồ đều nằm trong giới hạn của QCVN 08-MT:2015/BTNMT, cột B1.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

BEACH_PASSPORTS = (
    (("База отдыха «Жағалау Самалы»", "«Жағалау Самалы» демалыс базасы"), ("Капшагайское водохранилище", "Қапшағай су қоймасы")),
    (("Курортный комплекс «Алакөл Толқыны»", "«Алакөл Толқыны» курорттық кешені"), ("оз. Алаколь", "Алакөл көлі")),
    (("Пансионат «Көкше Самалы»", "«Көкше Самалы» пансионаты"), ("оз. Щучье", "Щучье көлі")),
)
BEACH_WATER = ("pH", "NH4+", "NO2-", "NO3-", "BOD5", "TPH", "Surfactants")


def monitoring_hv1(doc: Doc) -> None:
    """The passport of a resort's beach: first the beach's card as a table of no role (length, width, area, capacity, the
    buoy line, depth, rescue post, toilets), then its section on production control: the object, the points (the bathing
    zone's centre and the boat station in one cell, a background point up the shore), the parameters, the frequency
    with the bathing season as a qualifier (`ежемесячно в купальный сезон (июнь – август)`), the sand's heavy metals once
    a year before the season, and rows that give no substance — microbiology twice a month, parasitology, a daily visual
    check of the water area (VI: a provincial Department's programme of monitoring the sea water at the tourist beaches,
    monthly in the tourist season at the main beaches and quarterly elsewhere, a litter row of no substance)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    (n_ru, n_kk), water = doc.pick(BEACH_PASSPORTS)
    name = (n_ru, n_kk)[L]
    length = r.randint(18, 50) * 10
    width = r.randint(25, 45)
    doc.h(g(f"Паспорт пляжа. {name}", f"Жағажай паспорты. {name}", ""))
    doc.p(g(f"Пляж расположен на берегу: {water[0]}. Паспорт составлен владельцем пляжа и согласован с территориальным подразделением "
            "санитарно-эпидемиологического контроля перед купальным сезоном 2026 года.",
            f"Жағажай жағада орналасқан: {water[1]}. Паспортты жағажай иесі жасады және 2026 жылғы шомылу маусымы алдында "
            "санитариялық-эпидемиологиялық бақылаудың аумақтық бөлімшесімен келісті.", ""))
    card = [[g("Протяженность береговой линии, м", "Жағалау сызығының ұзындығы, м", ""), num(length, doc.lang)],
            [g("Ширина пляжной полосы, м", "Жағажай жолағының ені, м", ""), str(width)],
            [g("Площадь пляжа, м2", "Жағажайдың ауданы, м2", ""), num(length * width, doc.lang)],
            [g("Единовременная вместимость, чел.", "Бір мезгілдегі сыйымдылығы, адам", ""), num(length * width // 8, doc.lang)],
            [g("Граница зоны купания (буйки), м от уреза воды", "Шомылу аймағының шекарасы (қалтқылар), су шетінен м", ""), str(r.choice((20, 25)))],
            [g("Глубина в зоне купания, м", "Шомылу аймағындағы тереңдік, м", ""), "0,7–1,8"],
            [g("Спасательный пост / медицинский пункт", "Құтқару бекеті / медициналық пункт", ""), g("1 / 1", "1 / 1", "")],
            [g("Туалеты, душевые кабины, урны", "Дәретханалар, себезгі кабиналары, қоқыс жәшіктері", ""),
             f"{r.randint(4, 8)}, {r.randint(4, 10)}, {r.randint(20, 40)}"]]
    doc.table(g("1. Характеристика пляжа", "1. Жағажайдың сипаттамасы", ""), card, role="other")
    monthly = doc.pick(g(("ежемесячно в купальный сезон (июнь – август)", "1 раз в месяц в купальный сезон (июнь – август)"),
                         ("шомылу маусымында (маусым – тамыз) ай сайын", "шомылу маусымында (маусым – тамыз) айына 1 рет"), ()))
    yearly = g("1 раз в год (май, до открытия сезона)", "жылына 1 рет (мамыр, маусым ашылғанға дейін)", "")
    lab = g("аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана", "")
    water_keys = [s for s in BEACH_WATER if s in ("pH", "BOD5", "NH4+") or r.random() < 0.75]
    bg_keys = ["pH", "BOD5", "NH4+"]
    soil_keys = ["Pb", "Cd", "TPH"]
    names = "; ".join
    rows = [g(["№", "Объект контроля", "Точки отбора", "Определяемые показатели", "Периодичность", "Исполнитель"],
              ["№", "Бақылау объектісі", "Сынама алу нүктелері", "Анықталатын көрсеткіштер", "Кезеңділігі", "Орындаушы"], []),
            ["1", g("Вода зоны купания", "Шомылу аймағының суы", ""),
             g("В-1 – центр зоны купания; В-2 – у лодочной станции", "В-1 – шомылу аймағының ортасы; В-2 – қайық станциясының маңы", ""),
             names(vocab.water(s, doc.lang) for s in water_keys), monthly, lab],
            ["2", g("Вода (фоновый створ)", "Су (фондық тұстама)", ""), g("В-0 – в 500 м от пляжа вдоль берега (фон)", "В-0 – жағажайдан жағалау бойымен 500 м (фон)", ""),
             names(vocab.water(s, doc.lang) for s in bg_keys), yearly, lab],
            ["3", g("Вода зоны купания – микробиологические показатели", "Шомылу аймағының суы – микробиологиялық көрсеткіштер", ""),
             "В-1, В-2", g("ОКБ, E. coli, энтерококки, колифаги", "ЖКБ, E. coli, энтерококтар, колифагтар", ""),
             g("2 раза в месяц в купальный сезон", "шомылу маусымында айына 2 рет", ""), g("филиал НЦЭ по договору", "шарт бойынша ҰСО филиалы", "")],
            ["4", g("Песок пляжа – паразитологические показатели", "Жағажай құмы – паразитологиялық көрсеткіштер", ""), "П-1, П-2",
             g("яйца гельминтов, цисты кишечных простейших", "гельминт жұмыртқалары, ішек қарапайымдыларының цисталары", ""),
             g("перед открытием сезона и в июле", "маусым ашылар алдында және шілдеде", ""), g("филиал НЦЭ по договору", "шарт бойынша ҰСО филиалы", "")],
            ["5", g("Песок пляжа – химические показатели", "Жағажай құмы – химиялық көрсеткіштер", ""), "П-1",
             names(vocab.soil(s, doc.lang) for s in soil_keys), yearly, lab],
            ["6", g("Акватория зоны купания (визуально)", "Шомылу аймағының акваториясы (көзбен)", ""),
             g("вся зона купания", "бүкіл шомылу аймағы", ""), g("нефтяная пленка, плавающий мусор, цветение воды", "мұнай қабыршағы, қалқымалы "
                                                                  "қоқыс, судың гүлденуі", ""), DAILY[doc.lang],
             g("начальник спасательного поста", "құтқару бекетінің бастығы", "")]]
    doc.table(g("5. Производственный контроль качества воды и песка", "5. Су мен құм сапасын өндірістік бақылау", ""), rows, role="monitoring")
    for pid in ("В-1", "В-2"):
        doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": "monthly"} for s in water_keys))
    doc.add("monitoring", *({"point": "В-0", "symbol": s, "frequency": "yearly"} for s in bg_keys))
    doc.add("monitoring", *({"point": "П-1", "symbol": s, "frequency": "yearly"} for s in soil_keys))
    doc.p(g("Вне купального сезона контроль воды не проводится. При неудовлетворительных результатах купание запрещается до получения "
            "повторных анализов.",
            "Шомылу маусымынан тыс суды бақылау жүргізілмейді. Нәтижелер қанағаттанарлықсыз болған кезде қайталама талдаулар "
            "алынғанға дейін шомылуға тыйым салынады.", ""))
    maybe_distractor(doc)


VN_BEACH_POINTS = (
    ("NB1", "Bãi tắm Hòn Chồng, phường Vĩnh Phước, thành phố Nha Trang", "monthly"),
    ("NB2", "Bãi biển Trần Phú, đối diện Quảng trường 2/4, thành phố Nha Trang", "monthly"),
    ("NB3", "Bãi tắm Bãi Dài, xã Cam Hải Đông, huyện Cam Lâm", "quarterly"),
    ("NB4", "Bãi tắm Dốc Lết, phường Ninh Hải, thị xã Ninh Hòa", "quarterly"),
    ("NB5", "Bãi tắm Đầm Môn, xã Vạn Thạnh, huyện Vạn Ninh", "quarterly"),
)
VN_BEACH_KEYS = ("pH", "DO", "TSS", "NH4+", "TPH", "Coliform")


def _monitoring_hv1_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG NƯỚC BIỂN VEN BỜ TẠI CÁC BÃI TẮM DU LỊCH NĂM 2024 – TỈNH KHÁNH HÒA")
    doc.p("Ban hành kèm theo Quyết định của Giám đốc Sở Tài nguyên và Môi trường tỉnh Khánh Hòa. Đơn vị thực hiện: Trung tâm Quan trắc Tài "
          "nguyên và Môi trường. Mùa du lịch biển được tính từ tháng 4 đến tháng 9.")
    points = [p for p in VN_BEACH_POINTS if p[2] == "monthly" or r.random() < 0.8]
    rows = [["TT", "Ký hiệu điểm", "Vị trí quan trắc", "Thông số quan trắc", "Tần suất"]]
    label = ", ".join(vocab.water(s, "vi") for s in VN_BEACH_KEYS)
    for k, (pid, place, word) in enumerate(points, 1):
        when = doc.pick(("Hàng tháng trong mùa du lịch (tháng 4 – tháng 9)", "01 tháng/lần trong mùa du lịch")) if word == "monthly" else freq(doc, word)
        rows.append([str(k), pid, place, label, when])
        doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": word} for s in VN_BEACH_KEYS))
    rows.append([str(len(points) + 1), "RT1–RT3", "Dải cát các bãi tắm NB1, NB2, NB3 (ô mẫu 100 m)", "Khối lượng, thành phần rác thải nhựa trên bãi biển",
                 "06 tháng/lần"])
    doc.table("Bảng 1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
    doc.p("Kết quả so sánh với quy chuẩn kỹ thuật quốc gia về chất lượng nước biển, vùng bãi tắm và thể thao dưới nước; kết quả được công bố "
          "trên cổng thông tin điện tử của Sở.")
    maybe_distractor(doc)


# a national park's monitoring conditions: (RU, KK) component, (RU, KK) places, [(kind, key)] or a (RU, KK) text, frequency or
# a (RU, KK) text, [points] or [sources], (RU, KK) who
PARK_MONITORING = {
    "ski": (
        (("Атмосферный воздух (выбросы источников)", "Атмосфералық ауа (көздердің шығарындылары)"),
         ("ИЗА 0001 – котельная базового комплекса; ИЗА 0002 – ДЭС насосной станции оснежения",
          "0001 ЛШК – базалық кешен қазандығы; 0002 ЛШК – қар жасау сорғы станциясының ДЭС-і"),
         [("code", "0301"), ("code", "0337"), ("code", "0328")], "quarterly", {"sources": ["0001", "0002"]}, "lab"),
        (("Поверхностные воды (р. Котырбулак)", "Жер үсті сулары (Қотырбұлақ өзені)"),
         ("Р-1 – 500 м выше базового комплекса (фон); Р-2 – 500 м ниже выпуска КОС", "Р-1 – базалық кешеннен 500 м жоғары (фон); Р-2 – КТҚ "
                                                                                      "шығарылымынан 500 м төмен"),
         [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "BOD5"), ("symbol", "NH4+"), ("symbol", "TPH")], "quarterly", {"points": ["Р-1", "Р-2"]}, "lab"),
        (("Сточные воды", "Ағынды сулар"), ("К-1 – выпуск КОС после доочистки", "К-1 – қосымша тазартудан кейінгі КТҚ шығарылымы"),
         [("symbol", "BOD5"), ("symbol", "COD"), ("symbol", "TSS"), ("symbol", "NH4+"), ("symbol", "NO3-"), ("symbol", "TPH")], "monthly",
         {"points": ["К-1"]}, "lab"),
        (("Снежный покров трасс (талая вода)", "Трассалардың қар жамылғысы (еріген су)"), ("С-1 – трасса № 2; С-2 – учебный склон",
                                                                                           "С-1 – № 2 трасса; С-2 – оқу беткейі"),
         [("symbol", "pH"), ("symbol", "TPH"), ("symbol", "Cl-")], "yearly", {"points": ["С-1", "С-2"]}, "lab"),
        (("Почвенный покров склонов", "Беткейлердің топырақ жамылғысы"), ("6 учетных площадок на трассах", "трассалардағы 6 есепке алу алаңы"),
         ("площадь эрозионных промоин, проективное покрытие трав, %", "эрозиялық шайындылардың ауданы, шөптердің проективтік жабыны, %"),
         ("1 раз в год (август)", "жылына 1 рет (тамыз)"), None, "park"),
        (("Животный мир", "Жануарлар дүниесі"), ("маршруты Т-1 – Т-3", "Т-1 – Т-3 бағыттары"),
         ("учет копытных, следы снежного барса (фотоловушки)", "тұяқтыларды есепке алу, ілбіс іздері (фотоқақпандар)"),
         ("2 раза в год (февраль, сентябрь)", "жылына 2 рет (ақпан, қыркүйек)"), None, "park"),
        (("Рекреационная нагрузка", "Рекреациялық жүктеме"), ("вход на территорию, канатные дороги", "аумаққа кіреберіс, аспалы жолдар"),
         ("число посетителей, чел./сут.", "келушілер саны, адам/тәул."), ("ежедневно", "күн сайын"), None, "tenant"),
    ),
    "lake": (
        (("Атмосферный воздух (выбросы источников)", "Атмосфералық ауа (көздердің шығарындылары)"),
         ("ИЗА 0001 – котельная на дровах 0,25 МВт", "0001 ЛШК – отынмен жұмыс істейтін 0,25 МВт қазандық"),
         [("code", "0301"), ("code", "0337"), ("code", "0328")], "semiannual", {"sources": ["0001"]}, "lab"),
        (("Поверхностные воды (озеро)", "Жер үсті сулары (көл)"), ("Р-1 – 100 м от берега напротив комплекса; Р-2 – исток реки (фон)",
                                                                   "Р-1 – кешенге қарама-қарсы жағадан 100 м; Р-2 – өзеннің басталуы (фон)"),
         [("symbol", "pH"), ("symbol", "BOD5"), ("symbol", "NH4+"), ("symbol", "NO3-"), ("symbol", "TPH"), ("symbol", "Surfactants")], "quarterly",
         {"points": ["Р-1", "Р-2"]}, "lab"),
        (("Подземные воды", "Жерасты сулары"), ("Н-1 – наблюдательная скважина ниже септика", "Н-1 – септиктен төмен бақылау ұңғымасы"),
         [("symbol", "NH4+"), ("symbol", "NO3-"), ("symbol", "NO2-"), ("symbol", "Cl-")], "semiannual", {"points": ["Н-1"]}, "lab"),
        (("Почвенный покров и тропы", "Топырақ жамылғысы және соқпақтар"), ("экотропа «Көл жағасы», 5 площадок", "«Көл жағасы» экосоқпағы, 5 алаң"),
         ("ширина тропы, вытоптанность, захламленность", "соқпақтың ені, тапталуы, қоқыстануы"), ("1 раз в год (сентябрь)", "жылына 1 рет (қыркүйек)"),
         None, "park"),
        (("Растительный мир", "Өсімдіктер дүниесі"), ("участок и прилегающая полоса 100 м", "учаске және іргелес 100 м жолақ"),
         ("состояние древостоя, редкие виды", "ағаш діңінің жай-күйі, сирек түрлер"), ("1 раз в год (июль)", "жылына 1 рет (шілде)"), None, "park"),
        (("Рекреационная нагрузка", "Рекреациялық жүктеме"), ("вход на участок", "учаскеге кіреберіс"), ("число посетителей, чел./сут.", "келушілер саны, "
                                                                                                             "адам/тәул."),
         ("ежедневно", "күн сайын"), None, "tenant"),
    ),
}  # fmt: skip
WHO = {"lab": ("арендатор (аккредитованная лаборатория)", "жалға алушы (аккредиттелген зертхана)"),
       "park": ("научный отдел национального парка", "ұлттық парктің ғылыми бөлімі"), "tenant": ("арендатор", "жалға алушы")}


def monitoring_hv2(doc: Doc) -> None:
    """The annex of a national park's contract of long-term use that sets the lessee's monitoring, a row per component of
    the park's nature: air at the resort's sources (`ИЗА 0001 – …; ИЗА 0002 – …` in one cell), a river's background and
    control sections, the treatment works' outlet, the slopes' snow, and rows of the park's own science department that
    give no substance (erosion of the slopes, hoofed game and snow-leopard tracks, the visitors a day); frequencies
    with a month in brackets (VI: the annex of a national park's lease of its forest environment, treated waste water
    and coastal sea water beside coral cover, nesting turtles and the visitors)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hv2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    kind = doc.pick(("ski", "lake"))
    park = (g("Иле-Алатауского ГНПП", "Іле Алатауы МҰТП", "") if kind == "ski" else doc.pick(g(("ГНПП «Көлсай көлдері»", "ГНПП «Бурабай»"),
                                                                                              ("«Көлсай көлдері» МҰТП", "«Бурабай» МҰТП"), ())))
    obj = g("горнолыжный курорт «Тау Самалы»", "«Тау Самалы» тау шаңғысы курорты", "") if kind == "ski" else \
        g("гостевой комплекс «Көлсай Сарайы»", "«Көлсай Сарайы» қонақ кешені", "") if "Көлсай" in park else g("глэмпинг «Көл Жағасы»", "«Көл Жағасы» глэмпингі", "")
    doc.h(g(f"Приложение 3 к договору долгосрочного пользования участком {park}. Требования к мониторингу состояния окружающей среды",
            f"{park} учаскесін ұзақ мерзімді пайдалану шартына 3-қосымша. Қоршаған орта жай-күйінің мониторингіне қойылатын талаптар", ""))
    doc.p(g(f"Пользователь ({obj}) обеспечивает мониторинг на участке и прилегающей территории и ежегодно до 15 января представляет "
            "результаты в научный отдел парка; наблюдения за животным и растительным миром выполняет парк.",
            f"Пайдаланушы ({obj}) учаскеде және іргелес аумақта мониторингті қамтамасыз етеді және нәтижелерін жыл сайын 15 қаңтарға "
            "дейін парктің ғылыми бөліміне ұсынады; жануарлар және өсімдіктер дүниесін бақылауды парк жүргізеді.", ""))
    rows = [g(["№", "Компонент", "Места наблюдений", "Показатели", "Периодичность", "Исполнитель"],
              ["№", "Компонент", "Бақылау орындары", "Көрсеткіштер", "Кезеңділігі", "Орындаушы"], [])]
    for k, (comp, places, params, word, where, who) in enumerate(PARK_MONITORING[kind], 1):
        if isinstance(params, list):
            text = "; ".join(vocab.water(key, doc.lang) if t == "symbol" else f"{key} – {_air(doc, key).lower() if L == 0 else _air(doc, key)}"
                             for t, key in params)
            when = _often(doc, word)
            if word == "quarterly" and "sources" in where:
                when = g("ежеквартально (в период работы источника)", "тоқсан сайын (көз жұмыс істейтін кезеңде)", "")
            if word == "yearly" and kind == "ski":
                when = g("1 раз в год (март, до начала снеготаяния)", "жылына 1 рет (наурыз, қар ерігенге дейін)", "")
            for t, key in params:
                for loc in where.get("sources", []):
                    doc.add("monitoring", {"source_number": loc, t: key, "frequency": word})
                for loc in where.get("points", []):
                    doc.add("monitoring", {"point": loc, t: key, "frequency": word})
        else:
            text, when = params[L], word[L]
        rows.append([str(k), comp[L], places[L], text, when, WHO[who][L]])
    doc.table(g("Таблица П3.1 – Программа мониторинга на участке", "П3.1-кесте – Учаскедегі мониторинг бағдарламасы", ""), rows, role="monitoring")
    if r.random() < 0.5:
        doc.p(g("Места отбора проб согласовываются с филиалом парка; изменение программы допускается по дополнительному соглашению.",
                "Сынама алу орындары парк филиалымен келісіледі; бағдарламаны өзгертуге қосымша келісім бойынша жол беріледі.", ""))
    maybe_distractor(doc)


# VI: (component, places, keys or text, frequency word or text, [points], who)
VN_PARK_MON = (
    ("Nước thải sau xử lý", "NT1 – hố ga sau trạm xử lý nước thải của khu du lịch", ["pH", "BOD5", "TSS", "NH4+", "NO3-", "Coliform"], "quarterly",
     ["NT1"], "Bên thuê (đơn vị quan trắc có chứng nhận VIMCERTS)"),
    ("Nước biển ven bờ", "NB1 – trước khu du lịch, cách bờ 100 m; NB2 – mũi đá phía Bắc (điểm đối chứng)", ["pH", "DO", "TSS", "NH4+", "TPH"],
     "semiannual", ["NB1", "NB2"], "Bên thuê (đơn vị quan trắc có chứng nhận VIMCERTS)"),
    ("Rạn san hô, thảm cỏ biển", "Mặt cắt MC1, MC2 trước khu du lịch", "Độ phủ san hô sống (%), mật độ cỏ biển", "01 lần/năm (tháng 5)", [],
     "Phòng Bảo tồn biển – Vườn quốc gia"),
    ("Rùa biển lên bãi đẻ", "Bãi cát trước khu du lịch", "Số tổ trứng, số rùa con ra biển", "Hằng đêm trong mùa sinh sản (tháng 5 – tháng 10)", [],
     "Phòng Bảo tồn biển – Vườn quốc gia"),
    ("Khách du lịch", "Cổng khu du lịch", "Số lượt khách/ngày (không quá sức chứa đã phê duyệt)", "hằng ngày", [], "Bên thuê"),
)


def _monitoring_hv2_vi(doc: Doc) -> None:
    board = doc.pick(("Vườn quốc gia Côn Đảo", "Vườn quốc gia Núi Chúa", "Vườn quốc gia Cát Bà"))
    doc.h(f"PHỤ LỤC 3 – CHƯƠNG TRÌNH GIÁM SÁT MÔI TRƯỜNG VÀ ĐA DẠNG SINH HỌC (KÈM THEO HỢP ĐỒNG CHO THUÊ MÔI TRƯỜNG RỪNG – {board.upper()})")
    doc.p("Bên thuê tổ chức quan trắc môi trường trong khu vực thuê và gửi kết quả cho Ban Quản lý Vườn quốc gia trước ngày 15/01 hằng năm; "
          "việc giám sát đa dạng sinh học do Vườn quốc gia thực hiện.")
    rows = [["TT", "Thành phần giám sát", "Vị trí", "Thông số", "Tần suất", "Đơn vị thực hiện"]]
    for k, (comp, places, params, word, points, who) in enumerate(VN_PARK_MON, 1):
        if isinstance(params, list):
            text = ", ".join(vocab.water(s, "vi") for s in params)
            when = freq(doc, word)
            for pid in points:
                doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": word} for s in params))
        else:
            text, when = params, word
        rows.append([str(k), comp, places, text, when, who])
    doc.table("Bảng PL3. Nội dung giám sát", rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# Green Key: (RU, KK) section, [(criterion, I/G, (RU, KK) what, frequency or None, (RU, KK) text of the frequency or None, (RU, KK) who)]
GREEN_KEY = (
    (("4. Вода", "4. Су"), [
        ("4.3", "I", ("Проверка протечек смесителей, смывных бачков и душевых в номерах", "Нөмірлердегі араластырғыштардың, шайғыш бактар мен "
                                                                                         "душтардың ағуын тексеру"),
         "monthly", ("ежемесячно, при плановом обходе номерного фонда", "ай сайын, нөмір қорын жоспарлы аралау кезінде"),
         ("служба номерного фонда", "нөмір қоры қызметі")),
        ("4.6", "I", ("Замер расхода воды душевых леек и смесителей (не более 9 л/мин)", "Душ шүмектері мен араластырғыштардың су шығынын өлшеу "
                                                                                         "(минутына 9 литрден аспайды)"),
         "yearly", None, ("главный инженер", "бас инженер")),
        ("4.10", "G", ("Снятие показаний счетчиков воды по корпусам и анализ расхода на гостиночь", "Корпустар бойынша су есептегіштерінің "
                                                                                                      "көрсеткіштерін алу және қонақ-түнге шаққандағы шығынды талдау"),
         "monthly", None, ("инженер по эксплуатации", "пайдалану жөніндегі инженер"))]),
    (("5. Стирка и уборка", "5. Кір жуу және жинау"), [
        ("5.2", "I", ("Проверка дозирования моющих и дезинфицирующих средств в прачечной", "Кір жуу орнында жуғыш және дезинфекциялық "
                                                                                           "құралдардың мөлшерленуін тексеру"),
         "quarterly", None, ("менеджер прачечной", "кір жуу орнының менеджері")),
        ("5.5", "G", ("Проверка соблюдения программы повторного использования полотенец и белья", "Сүлгілер мен төсек жабдықтарын қайта "
                                                                                                      "пайдалану бағдарламасының сақталуын тексеру"),
         "weekly", None, ("супервайзер службы номерного фонда", "нөмір қоры қызметінің супервайзері"))]),
    (("6. Отходы", "6. Қалдықтар"), [
        ("6.1", "I", ("Проверка раздельного сбора отходов на этажах, в ресторане и на пляже", "Қабаттарда, мейрамханада және жағажайда "
                                                                                             "қалдықтарды бөлек жинауды тексеру"),
         "daily", None, ("супервайзер службы номерного фонда", "нөмір қоры қызметінің супервайзері")),
        ("6.4", "I", ("Проверка места накопления опасных отходов (лампы, батарейки) и журнала учета", "Қауіпті қалдықтарды жинақтау орнын "
                                                                                                         "(шамдар, батареялар) және есепке алу журналын тексеру"),
         "monthly", None, ("инженер-эколог", "инженер-эколог")),
        ("6.7", "G", ("Осмотр жироуловителей кухни и проверка графика их очистки", "Асүйдің май ұстағыштарын қарау және оларды тазарту кестесін "
                                                                                  "тексеру"),
         "weekly", ("еженедельно (по понедельникам)", "апта сайын (дүйсенбі күндері)"), ("шеф-повар", "бас аспаз"))]),
    (("7. Энергия", "7. Энергия"), [
        ("7.3", "I", ("Проверка режимной карты котельной и КПД котлов", "Қазандықтың режимдік картасын және қазандықтардың ПӘК-ін тексеру"),
         "semiannual", ("2 раза в год (перед отопительным сезоном и после него)", "жылына 2 рет (жылыту маусымы алдында және одан кейін)"),
         ("главный инженер", "бас инженер"))]),
    (("9. Внутренняя среда", "9. Ішкі орта"), [
        ("9.1", "I", ("Проверка вентиляции крытого бассейна и хлораторной", "Жабық бассейн мен хлораторлықтың желдеткішін тексеру"), None,
         ("при жалобах гостей на запах хлора", "қонақтар хлор иісіне шағымданған кезде"), ("главный инженер", "бас инженер"))]),
    (("10. Зеленые зоны", "10. Жасыл аймақтар"), [
        ("10.2", "I", ("Проверка применения удобрений и средств защиты растений на территории", "Аумақта тыңайтқыштар мен өсімдіктерді қорғау "
                                                                                                "құралдарының қолданылуын тексеру"),
         "semiannual", None, ("старший садовник", "аға бағбан"))]),
)  # fmt: skip
GK_HOTELS = (("Курортный отель «Көкше Резорт»", "«Көкше Резорт» курорттық қонақүйі"), ("Отель «Қапшағай Сити Резорт»", "«Қапшағай Сити Резорт» қонақүйі"),
             ("Курортный комплекс «Алакөл Толқыны»", "«Алакөл Толқыны» курорттық кешені"))


def inspections_hv1(doc: Doc) -> None:
    """A resort hotel's schedule of internal checks for the Green Key eco-label (`Зеленый ключ`): rows spanning the table
    name the label's sections (`4. Вода`, `6. Отходы`), each check carries the label's criterion number (`4.3`, `6.7`) and
    its type `I` (imperative) or `G` (guideline) before what is checked, how often and by whom — criterion numbers and
    letters that are neither item numbers nor frequencies — frequencies with the occasion in words (`ежемесячно, при
    плановом обходе номерного фонда`) and a check on guests' complaints with none (VI: a resort's self-inspection
    plan for the Bông Sen Xanh sustainable-tourism label, criteria marked `bắt buộc` / `khuyến khích`)."""
    if doc.lang == "vi":
        _inspections_hv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    hotel = doc.pick(GK_HOTELS)[L]
    doc.h(g(f"{hotel}. График внутренних проверок по критериям программы экомаркировки «Зеленый ключ» (Green Key) на 2026 год",
            f"{hotel}. «Жасыл кілт» (Green Key) экотаңбалау бағдарламасының өлшемшарттары бойынша 2026 жылға арналған ішкі тексерулер кестесі", ""))
    doc.p(g("Тип критерия: I – обязательный (imperative), G – рекомендательный (guideline). Номера критериев приведены по перечню критериев "
            "«Зеленый ключ» для гостиниц. Результаты проверок заносятся в журнал экологического менеджмента.",
            "Өлшемшарт түрі: I – міндетті (imperative), G – ұсынымдық (guideline). Өлшемшарттардың нөмірлері қонақүйлерге арналған «Жасыл "
            "кілт» өлшемшарттарының тізбесі бойынша келтірілген. Тексеру нәтижелері экологиялық менеджмент журналына енгізіледі.", ""))
    rows = [g(["Критерий", "Тип", "Объект и содержание проверки", "Периодичность", "Ответственный"],
              ["Өлшемшарт", "Түрі", "Тексеру объектісі мен мазмұны", "Кезеңділігі", "Жауапты"], [])]
    merges: list = []
    for (s_ru, s_kk), items in GREEN_KEY:
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for crit, kind, what, word, when, who in items:
            rows.append([crit, kind, what[L], when[L] if when else _often(doc, word), who[L]])
            item = {"kind": "inspection", "text_contains": _words(what[L], 4), "actor_contains": who[L]}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Таблица 1 – График внутренних проверок", "1-кесте – Ішкі тексерулер кестесі", ""), rows, merges, role="inspections")
    maybe_distractor(doc)


VN_LOTUS = (
    ("I. Quản lý năng lượng", [
        ("1.2", "bắt buộc", "Kiểm tra việc tắt đèn, điều hòa tại các phòng không có khách", "daily", None, "Bộ phận Buồng phòng"),
        ("1.5", "khuyến khích", "Kiểm tra hiệu suất hệ thống bơm nhiệt cấp nước nóng", "quarterly", None, "Bộ phận Kỹ thuật")]),
    ("II. Quản lý nước", [
        ("2.1", "bắt buộc", "Kiểm tra rò rỉ vòi nước, bồn cầu, vòi sen trong phòng khách", "monthly", "01 tháng/lần, khi bảo dưỡng phòng định kỳ",
         "Bộ phận Kỹ thuật"),
        ("2.4", "bắt buộc", "Kiểm tra vận hành trạm xử lý nước thải và sổ nhật ký vận hành", "daily", None, "Tổ vận hành trạm xử lý nước thải")]),
    ("III. Quản lý chất thải", [
        ("3.1", "bắt buộc", "Kiểm tra phân loại chất thải tại nguồn ở nhà hàng, buồng phòng và bãi biển", "daily", None, "Bộ phận Buồng phòng"),
        ("3.3", "bắt buộc", "Kiểm tra kho lưu giữ chất thải nguy hại, nhãn và thời gian lưu giữ", "monthly", None, "Cán bộ môi trường"),
        ("3.6", "khuyến khích", "Kiểm tra bể tách mỡ bếp nhà hàng", "weekly", "hằng tuần (thứ Hai)", "Bếp trưởng")]),
    ("IV. Hóa chất", [
        ("4.2", "bắt buộc", "Kiểm tra kho hóa chất xử lý nước hồ bơi", "monthly", None, "Bộ phận Kỹ thuật"),
        ("4.4", "khuyến khích", "Kiểm tra mùi clo tại khu vực hồ bơi", None, "Khi có phản ánh của khách", "Bộ phận Kỹ thuật")]),
)


def _inspections_hv1_vi(doc: Doc) -> None:
    name = doc.pick(("Khu nghỉ dưỡng Gành Dầu Pearl", "Khu nghỉ dưỡng Bãi Dài Hoàng Hôn", "Khu nghỉ dưỡng Mũi Né Cát Vàng"))
    doc.h(f"KẾ HOẠCH TỰ KIỂM TRA THEO BỘ TIÊU CHÍ NHÃN DU LỊCH BỀN VỮNG BÔNG SEN XANH NĂM 2025 – {name.upper()}")
    doc.p("Số hiệu tiêu chí theo hồ sơ đăng ký Nhãn Bông Sen Xanh của cơ sở; “bắt buộc” – tiêu chí bắt buộc, “khuyến khích” – tiêu chí "
          "khuyến khích.")
    rows = [["Tiêu chí", "Loại", "Nội dung kiểm tra", "Tần suất", "Bộ phận thực hiện"]]
    merges: list = []
    for title, items in VN_LOTUS:
        _span(rows, merges, title, 5)
        for crit, kind, what, word, when, who in items:
            rows.append([crit, kind, what, when or _often(doc, word), who])
            item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table("Bảng 1. Kế hoạch tự kiểm tra", rows, merges, role="inspections")
    maybe_distractor(doc)


# a chain hotel's procedure of environmental walk-throughs: (ref, (RU, KK, VI) area, (RU, KK, VI) what is checked, frequency or None,
# department as the chain names it)
WALK = (
    ("3.1", ("Котельная", "Қазандық", "Lò hơi"), ("Режим горения, утечки топлива, записи в журнале котельной", "Жану режимі, отынның ағуы, "
     "қазандық журналындағы жазбалар", "Chế độ đốt, rò rỉ nhiên liệu, sổ vận hành lò hơi"), "daily", "Engineering"),
    ("3.2", ("Котельная", "Қазандық", "Lò hơi"), ("Соответствие режимной карте, замер CO и O2 переносным газоанализатором", "Режимдік картаға "
     "сәйкестігі, CO мен O2-ні тасымалы газталдағышпен өлшеу", "Đo CO, O2 bằng máy phân tích khí cầm tay, so với chế độ vận hành"),
     "quarterly", "Engineering"),
    ("3.3", ("Кухня и ресторан", "Асүй және мейрамхана", "Bếp và nhà hàng"), ("Жироуловители: слой жира, график откачки", "Май ұстағыштар: "
     "май қабаты, сорып шығару кестесі", "Bể tách mỡ: lớp mỡ, lịch hút mỡ"), "weekly", "F&B"),
    ("3.4", ("Бассейны и хлораторная", "Бассейндер және хлораторлық", "Hồ bơi và phòng châm clo"), ("Дозирование гипохлорита, утечки, "
     "вентиляция хлораторной", "Гипохлоритті мөлшерлеу, ағып кету, хлораторлықтың желдеткіші", "Định lượng hóa chất, rò rỉ, thông gió phòng "
     "châm clo"), "daily", "Engineering"),
    ("3.5", ("Бассейны и хлораторная", "Бассейндер және хлораторлық", "Hồ bơi và phòng châm clo"), ("Хранение реагентов, наличие "
     "нейтрализующих средств", "Реагенттерді сақтау, бейтараптандырғыш құралдардың болуы", "Lưu giữ hóa chất, vật tư trung hòa sự cố"),
     "monthly", "Green Team"),
    ("3.6", ("Прачечная", "Кір жуу орны", "Khu giặt là"), ("Расход моющих средств по дозаторам, состояние трапов и стоков", "Мөлшерлегіштер "
     "бойынша жуғыш құралдардың шығыны, траптар мен ағындардың жай-күйі", "Lượng hóa chất giặt theo bơm định lượng, hố thu nước"),
     "weekly", "Housekeeping"),
    ("3.7", ("Площадка ТБО", "ҚТҚ алаңы", "Khu tập kết rác"), ("Раздельный сбор, чистота площадки, переполнение контейнеров", "Бөлек жинау, "
     "алаңның тазалығы, контейнерлердің толып кетуі", "Phân loại rác, vệ sinh khu tập kết, thùng chứa quá đầy"), "daily", "Housekeeping"),
    ("3.8", ("Склад химических средств", "Химиялық құралдар қоймасы", "Kho hóa chất"), ("Доступ, пломбы, учет выдачи средств", "Кіру, "
     "пломбалар, құралдарды беруді есепке алу", "Kiểm soát ra vào, niêm phong, sổ xuất nhập hóa chất"), "quarterly", "Security"),
    ("3.9", ("Очистные сооружения", "Тазарту құрылыстары", "Trạm xử lý nước thải"), ("Работа аэраторов, запах, вынос взвеси на выпуске",
     "Аэраторлардың жұмысы, иіс, шығарылымда қалқыма заттардың шығуы", "Hoạt động máy thổi khí, mùi, cặn tại cửa xả"), "weekly", "Engineering"),
    ("3.10", ("Пляж", "Жағажай", "Bãi biển"), ("Мусор на пляже, урны, следы нефтепродуктов у лодочной станции", "Жағажайдағы қоқыс, "
     "қоқыс жәшіктері, қайық станциясы маңындағы мұнай өнімдерінің іздері", "Rác trên bãi biển, thùng rác, váng dầu gần bến thuyền"),
     "daily", "Security"),
    ("3.11", ("Пляж", "Жағажай", "Bãi biển"), ("Вынос водорослей и плавника после шторма", "Дауылдан кейін балдырлар мен ағашты жағаға "
     "шығару", "Rong biển, gỗ trôi dạt sau bão"), None, "Housekeeping"),
    ("3.12", ("Газоны и зеленые насаждения", "Көгалдар мен жасыл екпелер", "Thảm cỏ, cây xanh"), ("Применение удобрений и пестицидов по "
     "журналу", "Журнал бойынша тыңайтқыштар мен пестицидтерді қолдану", "Sử dụng phân bón, thuốc bảo vệ thực vật theo sổ theo dõi"),
     "semiannual", "Green Team"),
    ("3.13", ("Место накопления опасных отходов", "Қауіпті қалдықтарды жинақтау орны", "Kho chất thải nguy hại"), ("Лампы и батарейки: "
     "маркировка, сроки накопления", "Шамдар мен батареялар: таңбалау, жинақтау мерзімдері", "Bóng đèn, pin thải: nhãn, thời gian lưu giữ"),
     "monthly", "Green Team"),
    ("3.14", ("Вся территория отеля", "Қонақүйдің бүкіл аумағы", "Toàn bộ khách sạn"), ("Экологический аудит отеля по стандарту сети",
     "Желі стандарты бойынша қонақүйдің экологиялық аудиті", "Đánh giá môi trường nội bộ theo tiêu chuẩn của chuỗi"), "yearly", "Green Team"),
)  # fmt: skip
ENGLISH = {"daily": ("Daily",), "weekly": ("Weekly", "Weekly (Mon)"), "monthly": ("Monthly",), "quarterly": ("Quarterly",),
           "semiannual": ("Semi-annually",), "yearly": ("Annually",)}
WALK_HOTELS = (("Steppe Crown Resort Burabay", "ТОО «Степ Краун Хоспиталити»", "«Степ Краун Хоспиталити» ЖШС"),
               ("Dala Lake Resort Alakol", "ТОО «Дала Отельс»", "«Дала Отельс» ЖШС"))


def inspections_hv2(doc: Doc) -> None:
    """A chain resort's standard operating procedure of environmental walk-throughs, kept as the chain writes it: the
    header half in English (`Ref.`, `Участок / Area`, `Frequency`, `Responsible`), the areas and what is checked in
    Russian or Kazakh, but the frequencies in English — `Daily`, `Weekly (Mon)`, `Monthly`, `Quarterly`, `Semi-annually`,
    `Annually` — and the departments by the chain's English names (`Engineering`, `Housekeeping`, `F&B`, `Security`,
    `Green Team`), the same area checked twice by two departments at other frequencies, a check `After storms` with no
    frequency (VI: the same procedure in a Vietnamese chain resort, `Khu vực / Area`, English frequencies)."""
    r = doc.rng
    vi = doc.lang == "vi"
    L = vocab.LANGS.index(doc.lang)
    g = doc.v
    if vi:
        hotel, company = doc.pick((("Biển Ngọc Resort Nha Trang", "Công ty Cổ phần Biển Ngọc Hospitality"),
                                   ("Biển Ngọc Resort Phú Quốc", "Công ty Cổ phần Biển Ngọc Hospitality")))
    else:
        hotel, c_ru, c_kk = doc.pick(WALK_HOTELS)
        company = (c_ru, c_kk)[L]
    sop = f"ENV-SOP-{r.randint(2, 9):02d}"
    doc.h(g(f"{hotel} ({company}). Стандартная операционная процедура {sop} «Environmental walk-through» – экологический обход",
            f"{hotel} ({company}). {sop} «Environmental walk-through» стандартты операциялық рәсімі – экологиялық аралау",
            f"{hotel} ({company}). QUY TRÌNH CHUẨN {sop} “ENVIRONMENTAL WALK-THROUGH” – KIỂM TRA MÔI TRƯỜNG"))
    doc.p(g("Процедура введена по стандарту сети; периодичность и ответственные службы указаны так, как в корпоративном стандарте (на "
            "английском языке). Замечания заносятся в систему заявок отеля.",
            "Рәсім желі стандарты бойынша енгізілді; кезеңділік пен жауапты қызметтер корпоративтік стандарттағыдай (ағылшын тілінде) "
            "көрсетілген. Ескертулер қонақүйдің өтінімдер жүйесіне енгізіледі.",
            "Quy trình áp dụng theo tiêu chuẩn của chuỗi; tần suất và bộ phận chịu trách nhiệm ghi theo tiêu chuẩn chung của chuỗi (bằng tiếng "
            "Anh). Các tồn tại được ghi vào hệ thống yêu cầu của khách sạn."))
    rows = [g(["Ref.", "Участок / Area", "Что проверяется", "Frequency", "Responsible"], ["Ref.", "Учаске / Area", "Не тексеріледі", "Frequency",
                                                                                          "Responsible"],
              ["Ref.", "Khu vực / Area", "Nội dung kiểm tra", "Frequency", "Responsible"])]
    for ref, area, what, word, dept in WALK:
        if word and word != "daily" and r.random() < 0.15:
            continue
        shown = doc.pick(ENGLISH[word]) if word else "After storms"
        rows.append([f"{sop[-2:]}.{ref}", area[L], what[L], shown, dept])
        item = {"kind": "inspection", "text_contains": _words(what[L], 3), "actor_contains": dept}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g(f"Приложение 1 к {sop}. Перечень проверок", f"{sop}-ға 1-қосымша. Тексерулер тізбесі", f"Phụ lục 1 của {sop}. Danh mục kiểm tra"),
              rows, role="inspections")
    doc.p(g("Green Team – экологическая рабочая группа отеля под руководством менеджера по устойчивому развитию.",
            "Green Team – тұрақты даму жөніндегі менеджер басқаратын қонақүйдің экологиялық жұмыс тобы.",
            "Green Team – nhóm công tác môi trường của khách sạn do Quản lý Phát triển bền vững phụ trách."))
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU, KK) section, [((RU, KK) measure, (RU, KK) term, (RU, KK) who)]
SEASON_PLAN = (
    (("I. Территория и здания", "I. Аумақ және ғимараттар"), [
        (("Провести акарицидную обработку территории и дератизацию", "Аумақты акарицидтік өңдеуді және дератизацияны жүргізу"),
         ("до 15 мая", "15 мамырға дейін"), ("ТОО «Дезинфекция Сервис» (по договору)", "«Дезинфекция Сервис» ЖШС (шарт бойынша)")),
        (("Промыть и продезинфицировать систему водоснабжения, получить результаты анализов питьевой воды",
          "Сумен жабдықтау жүйесін жуу және дезинфекциялау, ауыз су талдауларының нәтижелерін алу"),
         ("за 10 дней до открытия сезона", "маусым ашылғанға дейін 10 күн бұрын"), ("главный инженер", "бас инженер"))]),
    (("II. Пляж и акватория", "II. Жағажай және акватория"), [
        (("Выполнить водолазное обследование и очистку дна зоны купания", "Шомылу аймағының түбін сүңгуірлік зерттеуді және тазартуды орындау"),
         ("до 20 мая", "20 мамырға дейін"), ("водолазная служба по договору", "шарт бойынша сүңгуірлер қызметі")),
        (("Завезти и распределить чистый песок на пляжной полосе", "Жағажай жолағына таза құм әкеліп тарату"), ("до 25 мая", "25 мамырға дейін"),
         ("заместитель директора по АХЧ", "директордың ӘШБ жөніндегі орынбасары")),
        (("Установить буйковое ограждение зоны купания не далее 25 м от уреза воды", "Шомылу аймағының қалтқы қоршауын су шетінен 25 метрден "
                                                                                       "алыс емес орнату"),
         ("до открытия сезона", "маусым ашылғанға дейін"), ("начальник спасательного поста", "құтқару бекетінің бастығы")),
        (("Провести лабораторные исследования воды зоны купания и песка пляжа", "Шомылу аймағының суы мен жағажай құмына зертханалық зерттеулер "
                                                                                  "жүргізу"),
         ("не позднее чем за 10 дней до открытия сезона", "маусым ашылғанға дейін 10 күннен кешіктірмей"), ("инженер-эколог", "инженер-эколог")),
        (("Предъявить пляж комиссии акимата района и получить акт приемки", "Жағажайды аудан әкімдігінің комиссиясына көрсету және қабылдау актісін алу"),
         ("до 1 июня", "1 маусымға дейін"), ("директор", "директор"))]),
    (("III. Водоснабжение и водоотведение", "III. Сумен жабдықтау және су бұру"), [
        (("Провести ревизию КОС и септиков, откачать накопившийся осадок", "КТҚ мен септиктерге тексеру жүргізу, жиналған тұнбаны сорып шығару"),
         ("до 15 мая", "15 мамырға дейін"), ("главный инженер", "бас инженер")),
        (("Проверить герметичность выгребов и наружных сетей канализации", "Шұңқырлардың және сыртқы кәріз желілерінің саңылаусыздығын тексеру"),
         ("до 20 мая", "20 мамырға дейін"), ("слесарь-сантехник", "слесарь-сантехник"))]),
    (("IV. Обращение с отходами", "IV. Қалдықтармен жұмыс істеу"), [
        (("Заключить договор на вывоз коммунальных отходов на летний сезон", "Жазғы маусымға коммуналдық қалдықтарды шығаруға шарт жасасу"),
         ("до 1 мая", "1 мамырға дейін"), ("директор", "директор")),
        (("Установить на пляже контейнеры раздельного сбора (пластик, стекло, смешанные отходы)", "Жағажайға бөлек жинау контейнерлерін "
                                                                                                    "(пластик, шыны, аралас қалдықтар) орнату"),
         ("до открытия сезона", "маусым ашылғанға дейін"), ("заместитель директора по АХЧ", "директордың ӘШБ жөніндегі орынбасары"))]),
)  # fmt: skip


def tasks_hv1(doc: Doc) -> None:
    """A lakeside resort's plan of getting its territory and beach ready for the bathing season under Roman section rows
    (territory, beach and water area, water and sewerage, wastes), the measures numbered straight through, terms counted
    from the opening of the season (`за 10 дней до открытия сезона`, `до открытия сезона`) beside dates, contractors
    (`водолазная служба по договору`) among the resort's own people, an empty column for the mark of completion (VI: a
    seaside tourist area's plan of preparing the summer season, `trước ngày khai trương mùa du lịch`)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hv1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    (n_ru, n_kk), water = doc.pick(BEACH_PASSPORTS)
    opening = f"{r.choice((1, 5, 10))} июня" if L == 0 else f"{r.choice((1, 5, 10))} маусым"
    doc.h(g(f"Утверждаю: директор. План подготовки к купальному сезону 2026 года. {n_ru}",
            f"Бекітемін: директор. {n_kk}. 2026 жылғы шомылу маусымына дайындық жоспары", ""))
    doc.p(g(f"Открытие купального сезона – {opening} 2026 года ({water[0]}). Исполнители отчитываются о выполнении на планерке по понедельникам.",
            f"Шомылу маусымының ашылуы – 2026 жылғы {opening} ({water[1]}). Орындаушылар орындалуы туралы дүйсенбі сайынғы жедел кеңесте "
            "есеп береді.", ""))
    rows = [g(["№ п/п", "Мероприятие", "Срок исполнения", "Ответственный", "Отметка о выполнении"],
              ["Р/с №", "Іс-шара", "Орындау мерзімі", "Жауапты", "Орындалуы туралы белгі"], [])]
    merges: list = []
    n = 0
    for (s_ru, s_kk), items in SEASON_PLAN:
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for what, term, who in items:
            n += 1
            rows.append([f"{n}.", what[L], term[L], who[L], ""])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(what[L]), "actor_contains": _words(who[L], 2)})
    doc.table(None, rows, merges, role="tasks")
    doc.p(g("Примечание: после открытия сезона уборка пляжа выполняется ежедневно до 8:00, вывоз отходов – по графику оператора.",
            "Ескертпе: маусым ашылғаннан кейін жағажайды жинау күн сайын сағат 8:00-ге дейін орындалады, қалдықтар оператор кестесі бойынша "
            "шығарылады.", ""))
    maybe_distractor(doc)


VN_SEASON_PLAN = (
    ("I. Vệ sinh môi trường bãi biển", [
        ("Thu gom rác thải, rong rêu dạt bờ trên toàn bộ bãi tắm thuộc khu du lịch", "trước ngày 25/4/2025", "Tổ vệ sinh môi trường"),
        ("Bố trí thùng rác phân loại (tái chế, hữu cơ, còn lại) dọc bãi biển, 50 m/điểm", "trước ngày khai trương mùa du lịch (30/4)",
         "Bộ phận Buồng phòng")]),
    ("II. Hệ thống xử lý nước thải", [
        ("Bảo dưỡng, thay vật liệu lọc và kiểm tra thiết bị của trạm xử lý nước thải", "trước ngày 20/4/2025", "Bộ phận Kỹ thuật"),
        ("Hút bùn bể tự hoại của khu nhà hàng ven biển", "trước ngày 25/4/2025", "Công ty TNHH Môi trường Đô thị Sầm Sơn (theo hợp đồng)")]),
    ("III. Quản lý chất thải rắn", [
        ("Ký phụ lục hợp đồng tăng tần suất thu gom rác lên 02 lần/ngày trong mùa cao điểm", "trước ngày 15/4/2025", "Phòng Hành chính – Tổng hợp"),
        ("Chuyển giao chất thải nguy hại tồn lưu cho đơn vị có chức năng", "trước ngày khai trương mùa du lịch (30/4)", "Cán bộ môi trường")]),
    ("IV. An toàn bãi tắm", [
        ("Cắm phao giới hạn vùng tắm an toàn và biển cảnh báo", "trước ngày khai trương mùa du lịch (30/4)", "Tổ cứu hộ"),
        ("Lấy mẫu nước biển vùng bãi tắm để quan trắc đầu mùa", "trước ngày 20/4/2025", "Trung tâm Quan trắc môi trường tỉnh (theo hợp đồng)")]),
)


def _tasks_hv1_vi(doc: Doc) -> None:
    name = doc.pick(("Khu du lịch nghỉ dưỡng Sầm Sơn Xanh", "Khu nghỉ dưỡng Cửa Lò Hoàng Gia", "Khu du lịch biển Đồ Sơn Bay"))
    doc.h(f"KẾ HOẠCH CHUẨN BỊ MÙA DU LỊCH HÈ NĂM 2025 – {name.upper()}")
    doc.p("Kế hoạch nhằm bảo đảm vệ sinh môi trường, an toàn bãi tắm trước ngày khai trương mùa du lịch biển 30/4/2025.")
    rows = [["TT", "Nội dung công việc", "Thời hạn hoàn thành", "Đơn vị chủ trì", "Kết quả"]]
    merges: list = []
    n = 0
    for title, items in VN_SEASON_PLAN:
        _span(rows, merges, title, 5)
        for what, term, who in items:
            n += 1
            rows.append([str(n), what, term, who, ""])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(what), "actor_contains": _words(who, 4)})
    doc.table("Bảng 1. Nội dung và tiến độ thực hiện", rows, merges, role="tasks")
    maybe_distractor(doc)


# a chain's roadmap: (RU, KK) direction, [(number, (RU, KK) measure, (RU, KK) KPI, {hotel: (base, target)}, (RU, KK) term, (RU, KK) who)]
CHAIN = ("Dala Astana", "Steppe Crown Resort Burabay", "Dala Lake Resort Alakol", "Dala Shymkent")
ROADMAP = (
    (("1. Вода", "1. Су"), [
        ("1.1", ("Установить аэраторы с расходом не более 6 л/мин на смесители номеров", "Нөмірлердің араластырғыштарына минутына 6 литрден аспайтын "
                                                                                         "аэраторлар орнату"),
         ("л воды на гостиночь", "қонақ-түнге су литрі"), {0: (380, 320), 1: (520, 430), 2: (560, 450), 3: (410, 340)},
         ("IV кв. 2026 г.", "2026 ж. IV тоқсаны"), ("директор по инжинирингу сети", "желінің инжиниринг жөніндегі директоры")),
        ("1.2", ("Организовать повторное использование очищенных сточных вод для полива территории", "Аумақты суаруға тазартылған ағынды суларды "
                                                                                                     "қайта пайдалануды ұйымдастыру"),
         ("доля повторно используемой воды, %", "қайта пайдаланылатын су үлесі, %"), {2: (0, 40)}, ("2027 г.", "2027 ж."),
         ("главный инженер отеля «Dala Lake Resort Alakol»", "«Dala Lake Resort Alakol» қонақүйінің бас инженері"))]),
    (("2. Энергия", "2. Энергия"), [
        ("2.1", ("Заменить освещение номеров и территории на светодиодное", "Нөмірлер мен аумақтың жарықтандыруын жарық диодтыға ауыстыру"),
         ("кВт·ч на гостиночь", "қонақ-түнге кВт·сағ"), {0: (31, 25), 1: (44, 35), 2: (40, 33), 3: (34, 28)}, ("2026 г.", "2026 ж."),
         ("директор по инжинирингу сети", "желінің инжиниринг жөніндегі директоры")),
        ("2.2", ("Установить солнечные коллекторы для горячего водоснабжения", "Ыстық сумен жабдықтау үшін күн коллекторларын орнату"),
         ("доля ГВС от солнечной энергии, %", "күн энергиясынан ЫСЖ үлесі, %"), {1: (0, 20), 2: (0, 35)}, ("2027–2028 гг.", "2027–2028 жж."),
         ("директор по инжинирингу сети", "желінің инжиниринг жөніндегі директоры"))]),
    (("3. Отходы", "3. Қалдықтар"), [
        ("3.1", ("Заменить одноразовые косметические наборы на дозаторы в номерах", "Нөмірлерде бір реттік косметикалық жиынтықтарды "
                                                                                    "мөлшерлегіштермен ауыстыру"),
         ("г пластика на гостиночь", "қонақ-түнге пластик, г"), {0: (38, 12), 1: (52, 15), 2: (47, 14), 3: (40, 12)}, ("2026 г.", "2026 ж."),
         ("директор по операционной деятельности", "операциялық қызмет жөніндегі директор")),
        ("3.2", ("Организовать компостирование пищевых отходов ресторанов", "Мейрамханалардың тамақ қалдықтарын компосттауды ұйымдастыру"),
         ("доля пищевых отходов на компост, %", "компостқа жіберілетін тамақ қалдықтарының үлесі, %"), {1: (0, 60)}, ("2027 г.", "2027 ж."),
         ("шеф-повар отеля «Steppe Crown Resort Burabay»", "«Steppe Crown Resort Burabay» қонақүйінің бас аспазы")),
        ("3.3", ("Внедрить раздельный сбор отходов по пяти фракциям", "Қалдықтарды бес фракция бойынша бөлек жинауды енгізу"),
         ("доля отходов на переработку, %", "қайта өңдеуге берілетін қалдықтар үлесі, %"), {0: (15, 45), 1: (10, 40), 2: (8, 35), 3: (12, 40)},
         ("2026 г.", "2026 ж."), ("менеджер по устойчивому развитию", "тұрақты даму жөніндегі менеджер"))]),
    (("4. Химические вещества", "4. Химиялық заттар"), [
        ("4.1", ("Перейти на моющие средства с экологической маркировкой", "Экологиялық таңбасы бар жуғыш құралдарға көшу"),
         ("доля средств с экомаркировкой в закупках, %", "сатып алудағы экотаңбалы құралдар үлесі, %"), {0: (25, 80), 1: (20, 80), 2: (15, 80), 3: (20, 80)},
         ("2026 г.", "2026 ж."), ("директор по закупкам", "сатып алу жөніндегі директор")),
        ("4.2", ("Заменить хлорирование бассейнов на УФ-обеззараживание с автоматическим дозированием", "Бассейндерді хлорлауды автоматты "
                                                                                                         "мөлшерлеумен УК-зарарсыздандыруға ауыстыру"),
         ("расход гипохлорита натрия, кг/мес", "натрий гипохлоритінің шығыны, кг/ай"), {1: (900, 350), 2: (1400, 600)}, ("2027 г.", "2027 ж."),
         ("директор по инжинирингу сети", "желінің инжиниринг жөніндегі директоры"))]),
)  # fmt: skip


def tasks_hv2(doc: Doc) -> None:
    """The environmental part of a hotel chain's sustainability roadmap for 2026–2028: rows spanning the table for the
    directions (water, energy, wastes, chemicals), measures numbered `1.1` with the unit of their key performance
    indicator, then a column per hotel of the chain under a merged `Значение KPI: 2024 → 2028` whose cells hold the
    baseline and the target joined by an arrow (`520 → 430`) or a dash where the measure does not apply — litres and
    kilowatt-hours per guest-night, grams of plastic, shares in per cent, figures that are neither limits nor wastes —
    and the term and the one who answers last (VI: a Vietnamese chain's `lộ trình`, `Giá trị KPI: 2024 → 2027`)."""
    if doc.lang == "vi":
        _tasks_hv2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Дорожная карта устойчивого развития гостиничной сети «Дала Отельс» на 2026–2028 годы. Раздел 2. Окружающая среда",
            "«Дала Отельс» қонақүй желісінің 2026–2028 жылдарға арналған тұрақты даму жол картасы. 2-бөлім. Қоршаған орта", ""))
    doc.p(g("Базовый год – 2024; показатели рассчитываются на гостиночь и публикуются в ежегодном отчете об устойчивом развитии. «–» – "
            "мероприятие в отеле не проводится.",
            "Базалық жыл – 2024; көрсеткіштер қонақ-түнге шаққанда есептеледі және тұрақты даму туралы жыл сайынғы есепте жарияланады. "
            "«–» – іс-шара қонақүйде жүргізілмейді.", ""))
    rows = [[*g(["№", "Мероприятие", "Показатель (KPI), ед."], ["№", "Іс-шара", "Көрсеткіш (KPI), бірл."], []),
             g("Значение KPI по отелям: 2024 → 2028", "Қонақүйлер бойынша KPI мәні: 2024 → 2028", ""), None, None, None,
             g("Срок", "Мерзімі", ""), g("Ответственный", "Жауапты", "")],
            [None, None, None, *CHAIN, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 1, 7), (0, 8, 1, 8)]
    r = doc.rng
    for (d_ru, d_kk), items in ROADMAP:
        _span(rows, merges, (d_ru, d_kk)[L], 9)
        for number, what, kpi, values, term, who in items:
            if number in ("2.2", "4.1") and r.random() < 0.35:
                continue
            cells = [f"{num(values[h][0], doc.lang)} → {num(values[h][1], doc.lang)}" if h in values else "–" for h in range(4)]
            rows.append([number, what[L], kpi[L], *cells, term[L], who[L]])
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(what[L]), "actor_contains": who[L]})
    doc.table(g("Таблица 2.1 – Экологические мероприятия и целевые показатели", "2.1-кесте – Экологиялық іс-шаралар және нысаналы көрсеткіштер", ""),
              rows, merges, role="tasks")
    maybe_distractor(doc)


VN_CHAIN = ("Biển Ngọc Nha Trang", "Biển Ngọc Phú Quốc", "Biển Ngọc Hạ Long")
VN_ROADMAP = (
    ("1. Nước", [
        ("1.1", "Lắp đặt thiết bị tiết kiệm nước (vòi sen, vòi rửa 6 lít/phút) cho toàn bộ phòng", "lít nước/khách-đêm",
         {0: (480, 400), 1: (560, 450), 2: (500, 420)}, "Quý IV/2025", "Giám đốc Kỹ thuật chuỗi"),
        ("1.2", "Tái sử dụng nước thải sau xử lý để tưới cây, rửa đường nội bộ", "tỷ lệ nước tái sử dụng (%)", {1: (0, 35)}, "2026",
         "Trưởng bộ phận Kỹ thuật khách sạn Biển Ngọc Phú Quốc")]),
    ("2. Năng lượng", [
        ("2.1", "Lắp đặt điện mặt trời mái nhà công suất 300 kWp", "tỷ lệ điện tái tạo (%)", {0: (0, 20), 1: (0, 25)}, "2026", "Giám đốc Kỹ thuật chuỗi"),
        ("2.2", "Thay hệ thống đèn chiếu sáng bằng đèn LED", "kWh/khách-đêm", {0: (40, 33), 1: (45, 36), 2: (38, 31)}, "2025",
         "Giám đốc Kỹ thuật chuỗi")]),
    ("3. Chất thải", [
        ("3.1", "Loại bỏ chai nhựa dùng một lần trong phòng, thay bằng bình thủy tinh", "g nhựa/khách-đêm", {0: (48, 10), 1: (55, 12), 2: (50, 10)},
         "2025", "Giám đốc Vận hành chuỗi"),
        ("3.2", "Ủ phân hữu cơ từ chất thải thực phẩm nhà hàng", "tỷ lệ chất thải thực phẩm được ủ (%)", {2: (0, 50)}, "2026",
         "Bếp trưởng điều hành khách sạn Biển Ngọc Hạ Long"),
        ("3.3", "Triển khai phân loại rác tại nguồn theo 3 nhóm", "tỷ lệ chất thải được tái chế (%)", {0: (12, 40), 1: (8, 35), 2: (10, 40)}, "2025",
         "Quản lý Phát triển bền vững")]),
)


def _tasks_hv2_vi(doc: Doc) -> None:
    doc.h("LỘ TRÌNH PHÁT TRIỂN BỀN VỮNG GIAI ĐOẠN 2025 – 2027 CỦA CHUỖI KHÁCH SẠN BIỂN NGỌC HOSPITALITY – PHẦN MÔI TRƯỜNG")
    doc.p("Năm cơ sở 2024; các chỉ số được tính trên khách-đêm và công bố trong báo cáo phát triển bền vững hằng năm. “–”: giải pháp không "
          "áp dụng tại khách sạn.")
    rows = [["TT", "Giải pháp", "Chỉ số (KPI)", "Giá trị KPI theo khách sạn: 2024 → 2027", None, None, "Thời hạn", "Người chịu trách nhiệm"],
            [None, None, None, *VN_CHAIN, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)]
    r = doc.rng
    for title, items in VN_ROADMAP:
        _span(rows, merges, title, 8)
        for number, what, kpi, values, term, who in items:
            if number in ("1.2", "3.2") and r.random() < 0.35:
                continue
            cells = [f"{num(values[h][0], 'vi')} → {num(values[h][1], 'vi')}" if h in values else "–" for h in range(3)]
            rows.append([number, what, kpi, *cells, term, who])
            doc.add("obligations", {"kind": "task", "number": number, "text_contains": _words(what), "actor_contains": who})
    doc.table("Bảng 2. Lộ trình thực hiện", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"HV{k}", globals()[f"{role}_hv{k}"]) for role in ROLES for k in (1, 2)]
