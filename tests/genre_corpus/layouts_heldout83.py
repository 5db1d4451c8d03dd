"""A blind held-out set (two layouts per role, `IM1` and `IM2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: vehicles and scrap. Kazakhstan: the contractors of the recycling-fee (extended producer responsibility) operator
that take in and dismantle end-of-life vehicles (ВЭТС) in Almaty, Karaganda and Shymkent, a planned shredder complex, scrap
yards with their shredders, radiation frames and storm-water outlets, car dealerships with their body and paint shops,
car washes with tyre fitting, truck fleets with their repair bases, fuel points and battery rooms, and a city akimat
putting its scrap-collection points in order (an announcement of public hearings on the ecological portal, the act of
the operator's commission surveying a candidate's base, an НДВ table by the stages of a dismantling line with a specific
emission per vehicle, a truck base's inventory numbering its release points through a slash in kilograms a year, a
material balance of one vehicle scaled to a year, a dealer's annual report beside its declaration of goods under the
producer's responsibility, a car wash's protocol with the treatment plant's inlet and outlet as columns, a scrap yard's
storm water by rain events, a programme laid out by substance, a scrap yard's plan-graph with its radiation control, a
fleet's regulation of checks by mileage and by calendar, a scrap yard's rules of acceptance control, a fleet's report on
last year's plan joined to next year's and an akimat's road map with its bodies abbreviated). Vietnam: car and motorbike
recyclers in the Nam Cầu Kiền and Đình Vũ parks of Hải Phòng, a ship-breaking yard on the Bạch Đằng, the steel village
of Đa Hội (Châu Khê, Bắc Ninh), car dealers with paint booths, a car wash and repair centre, a chain of motorbike service
shops (HEAD) and a car-service chain (thông tin tham vấn ĐTM on the Ministry's portal, biên bản kiểm tra điều kiện cơ sở
phá dỡ tàu biển, phương án bảo vệ môi trường làng nghề, báo cáo đề xuất cấp GPMT, báo cáo công tác bảo vệ môi trường with
an EPR declaration, kết quả quan trắc, chương trình quan trắc, lịch kiểm tra, quy trình kiểm tra, báo cáo kết quả và kế
hoạch, kế hoạch di dời). Every firm, person and figure is invented; the pollutant and waste codes are real.

Facility: the announcement of public hearings on a planned ELV recycling and shredding complex as the ecological portal
prints it, a numbered form of two columns whose blocks for the initiator and for the developer of the report each carry a
BIN — the developer's with its licence, no facility of the document — the centre of the site in decimal degrees with the
hemisphere after them, the KATO and the category among the date, place and e-mail of the hearings, the corners of the
site in degrees, minutes and seconds in a table of no role (VI: the Ministry portal's consultation notice of an ĐTM of a
car and motorbike recycling plant, the consultant's enterprise number beside the owner's, the centre as Google Maps
prints it, `20.92351, 106.62377`, the corners in VN-2000 metres in a table of no role) (IM1); the act of the recycling
operator's commission surveying a candidate's dismantling base, `№ | требование | фактическое состояние | вывод` under
section rows, the requirements themselves full of figures (`не менее 1,0 га`, `не менее 3 000 ВЭТС в год`), the lessor's
BIN in the row of the right to the land and the scrap licence's number as look-alikes, the coordinates as a map service
copies them, `43°17'06.2"N 76°57'15.5"E` (VI: the inter-agency team's record of checking a ship-breaking yard's conditions
under Nghị định 82/2019/NĐ-CP, `Điều kiện | Thực tế kiểm tra | Đánh giá`) (IM2).

Emissions: an ELV dismantler's НДВ table grouped by the stages of its line (depollution, dismantling, baling, tyre
cutting) under rows spanning the table, each source merged over its substances, a column of the specific emission in
grams per vehicle before the grams a second and the tonnes a year, the vehicles a year and per hour only in the lead-in,
refrigerant R-134a, ethylene glycol and sulphuric acid with codes of their own (VI: Đa Hội's plan of protecting the
village's environment, the loads of furnaces, rolling, galvanising and torch cutting from factors per tonne and the number
of households, no source numbers) (IM1); a truck fleet's repair base inventoried in the form that numbers a release point
through a slash after its source (`0003 / 02`), the working hours a year, grams a second and kilograms — not tonnes — a
year, two release points of one source emitting different substances, the fleet in a table of no role (VI: a car dealer's
paint-and-dry booths and sanding room with flow, concentration, kg/h, g/s and tonnes, the stacks `KT1` … no source
numbers) (IM2).

Wastes: the material balance of one average dismantled car — kilograms per vehicle and the share of its mass — scaled in
the last figure column to the year's vehicles, the tonnes a year being the amount, LoW codes of chapter 16 01 with the
fuels, refrigerant and airbags hazardous, the receivers last (VI: a Hải Phòng recycler's balance of a car and a motorbike
side by side, the tonnes of the year from both, CTNH with their codes, ordinary fractions without) (IM1); a car dealer's
annual environmental report whose wastes give generated, transferred and left over, the generated being the amount,
followed by its declaration of goods put on the market under the producer's responsibility — tyres, lead batteries,
motor oils and antifreeze in tonnes with customs codes — a table of no role that reads like wastes (VI: a motorbike
dealer chain's report, its CTNH with the numbers of the transfer papers, then its EPR declaration with HS codes) (IM2).

Limits: a car wash's laboratory protocol with the treatment unit's inlet, the oil separator's outlet and the sewer
manhole as three columns of results written `0,42 ± 0,08`, the sewer utility's allowed concentrations in a column of their
own that the footnote binds to the manhole alone (VI: a car wash and repair centre, `NT1` … `NT3` as columns, QCVN
40:2011/BTNMT column B with Kq and Kf, only `NT3` judged) (IM1); a scrap yard's report on its storm water, rain and
snowmelt events as rows merged over the two outlets, the permit's discharge norms in a row under the header, metals not
determined at the roof outlet, `<` below detection, an event without runoff written across its row (VI: the air of Đa
Hội by day and by night as sub-columns of each substance, QCVN 05:2023/BTNMT in a row, µg/m3) (IM2).

Monitoring: an ELV dismantler's ПЭК programme laid out by substance — `код – наименование` as rows, the places in a cell
(`ИЗА 0003; Т-1, Т-2`) and one cell holding two frequencies for the source and for the boundary points — under section
rows for air, storm water and soil (VI: Đa Hội's programme of monitoring the village, parameters as rows and the
frequency split by point) (IM1); a scrap yard's plan-graph of control whose rows of radiation control of each lot and of
the territory's gamma background carry no substance and no duty of the contract, beside the shredder's cyclone, the
separation filter, the boiler house, the boundary and the storm-water outlet (VI: a ship-breaking yard's programme with
a row checking hazardous materials before each ship, which has no frequency) (IM2).

Inspections: a truck fleet's regulation of checks where some are due by mileage (`каждые 20 000 км пробега`) or at each
departure, which are no frequency of the contract, and others by the calendar (VI: a motorbike shop chain's checks, one
after every 500 oil changes, one when the collector comes) (IM1); a scrap yard's rules of acceptance control, every lot
checked for radiation and explosives and every car body for fluids — no frequency — then the periodic checks of the frame,
the scales, the storage, the treatment works and the shredder's filters, one each shift (VI: a ship-breaking yard's
checks before each ship and each cutting shift, then daily to half-yearly) (IM2).

Tasks: a truck fleet's report on its last year's plan of measures and its plan for the next year in one table under two
section rows, the done and the carried-over measures of the first part being no tasks, the next year's alone (VI: a car
service chain's report and plan) (IM1); a city akimat's road map of putting the scrap-collection points in order, the
bodies responsible written as abbreviations explained only in a note (`УПИИР, ДП (по согласованию)`), the first the one
answering (VI: a town's plan of moving Đa Hội's workshops into the industrial cluster, lead and partner bodies) (IM2).
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
    return " ".join(text.split(" (")[0].split()[:n])


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the place's prefix."""
    r = doc.rng
    return prefix + "".join(str(r.randint(1, 9)) for _ in range(6 - len(prefix))) + r.choice(("000", "100"))


def _gdms(lat: float, lon: float) -> str:
    """Coordinates as a map service copies them: `43°17'06.2"N 76°57'15.5"E`."""

    def one(v: float, hemi: str) -> str:
        d = int(v)
        m = int((v - d) * 60)
        s = round((v - d - m / 60) * 3600, 1)
        if s >= 60:
            m, s = m + 1, 0.0
        return f"{d}°{m:02d}'{s:04.1f}\"{hemi}"

    return f"{one(lat, 'N')} {one(lon, 'E')}"


def _dms_value(text: str) -> float:
    """The decimal degrees of one `43°17'06.2"N`."""
    d, rest = text.split("°")
    m, rest = rest.split("'")
    s = rest.rstrip('"NE')
    return int(d) + int(m) / 60 + float(s) / 3600


# code: (RU, KK, VI, hazard class as these documents print it) of pollutants the vocabulary does not name
EXTRA = {
    "0322": ("Серная кислота", "Күкірт қышқылы", "Axit sunfuric (H2SO4)", 2),
    "0938": ("1,1,1,2-Тетрафторэтан (Фреон-134а)", "1,1,1,2-Тетрафторэтан (фреон-134а)", "", None),
    "1078": ("Этан-1,2-диол (Этиленгликоль)", "Этан-1,2-диол (этиленгликоль)", "", None),
    "2732": ("Керосин", "Керосин", "", None),
    "2735": ("Масло минеральное нефтяное", "Минералды мұнай майы", "", None),
    "2930": ("Пыль абразивная (Корунд белый)", "Абразивті шаң (ақ корунд)", "", None),
    "2978": ("Пыль тонко измельченного резинового вулканизата", "Ұсақталған резеңке вулканизатының шаңы", "", None),
}
HAZARD = {"0301": 3, "0304": 3, "0328": 3, "0330": 3, "0337": 4, "0333": 2, "0123": 3, "0143": 2, "2902": 3, "2704": 4, "2754": 4}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else HAZARD.get(code, vocab.hazard(code))


def _hz(code: str) -> str:
    h = _hazard(code)
    return str(h) if h else "–"


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}


def _fw(doc: Doc, word: str) -> str:
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


# ---------------------------------------------------------------- facility

# (RU object, KK object, RU initiator, KK initiator, core, RU legal address, KK legal address, RU place, KK place, KATO prefix,
#  lat, lon, RU regional body, KK regional body, ELV a year, shredder t/h)
PLANNED = (
    ("Комплекс по утилизации вышедших из эксплуатации транспортных средств и переработке лома «Сарыарқа Ресайклинг»",
     "«Сарыарқа Ресайклинг» пайдаланудан шығарылған көлік құралдарын кәдеге жарату және сынықтарды қайта өңдеу кешені",
     "ТОО «Сарыарқа Ресайклинг»", "«Сарыарқа Ресайклинг» ЖШС", "Сарыарқа Ресайклинг",
     "г. Караганда, район имени Әлихана Бөкейхана, ул. Ерубаева, 48, офис 305", "Қарағанды қ., Әлихан Бөкейхан атындағы аудан, Ерубаев к-сі, 48, 305-кеңсе",
     "Карагандинская область, г. Караганда, район имени Казыбек би, Юго-Восточная промышленная зона, участок 41/3",
     "Қарағанды облысы, Қарағанды қ., Қазыбек би атындағы аудан, Оңтүстік-Шығыс өнеркәсіптік аймағы, 41/3 учаске", "3510", 49.772, 73.193,
     "ГУ «Управление природных ресурсов и регулирования природопользования Карагандинской области»",
     "«Қарағанды облысының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ", 12000, 40),
    ("Завод по утилизации транспортных средств и шредерной переработке лома «Оңтүстік Металл Ресайклинг»",
     "«Оңтүстік Металл Ресайклинг» көлік құралдарын кәдеге жарату және сынықтарды шредерлік қайта өңдеу зауыты",
     "ТОО «Оңтүстік Металл Ресайклинг»", "«Оңтүстік Металл Ресайклинг» ЖШС", "Оңтүстік Металл Ресайклинг",
     "г. Шымкент, Аль-Фарабийский район, пр. Тауке хана, 31, офис 12", "Шымкент қ., Әл-Фараби ауданы, Тәуке хан даңғ., 31, 12-кеңсе",
     "г. Шымкент, Енбекшинский район, промышленная зона «Тассай», ул. Бекжана Ташенова, 124",
     "Шымкент қ., Еңбекші ауданы, «Тассай» өнеркәсіптік аймағы, Бекжан Ташенов к-сі, 124", "7913", 42.338, 69.652,
     "ГУ «Управление природных ресурсов и регулирования природопользования города Шымкент»",
     "«Шымкент қаласының табиғи ресурстар және табиғат пайдалануды реттеу басқармасы» ММ", 9000, 30),
    ("Производственный комплекс по утилизации ВЭТС и сельскохозяйственной техники «Алатау Авто Ресайклинг»",
     "«Алатау Авто Ресайклинг» ПШКҚ мен ауыл шаруашылығы техникасын кәдеге жарату өндірістік кешені",
     "ТОО «Алатау Авто Ресайклинг»", "«Алатау Авто Ресайклинг» ЖШС", "Алатау Авто Ресайклинг",
     "г. Алматы, Бостандыкский район, ул. Тимирязева, 42, БЦ «Тау», офис 710", "Алматы қ., Бостандық ауданы, Тимирязев к-сі, 42, «Тау» БО, 710-кеңсе",
     "г. Алматы, Алатауский район, Индустриальная зона, ул. Бирлик, 17/5", "Алматы қ., Алатау ауданы, Индустриялық аймақ, Бірлік к-сі, 17/5",
     "7519", 43.331, 76.842, "ГУ «Управление экологии и окружающей среды города Алматы»",
     "«Алматы қаласының экология және қоршаған орта басқармасы» ММ", 15000, 45),
)  # fmt: skip
DEVELOPERS = (("ТОО «ЭкоПроект Сервис»", "«ЭкоПроект Сервис» ЖШС"), ("ТОО «Казэкопроект-2030»", "«Казэкопроект-2030» ЖШС"),
              ("ТОО «Green Design Consulting»", "«Green Design Consulting» ЖШС"))


def facility_im1(doc: Doc) -> None:
    """The announcement of public hearings on the report on possible impacts of a planned ELV recycling and shredding
    complex, as the ecological portal prints it: a numbered form of two columns whose blocks for the initiator and for the
    developer of the report each hold a BIN — the developer's beside its licence, no facility of the document — the place
    with its KATO, the centre of the site in decimal degrees with the hemisphere after them (`49,7715° с.ш.`), the category
    and the capacity among the date, place and e-mail of the hearings; the corners of the site in degrees, minutes and
    seconds in a table of no role after it (VI: the Ministry portal's notice of consulting on the ĐTM of a car and motorbike
    recycling plant in a Hải Phòng industrial park, the consultant's enterprise number beside the owner's, the centre as a
    map service prints it, `20.92351, 106.62377`, the corners in VN-2000 metres in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_im1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(PLANNED)
    obj, initiator, core, legal, place, prefix, lat0, lon0, body, elv, tph = (
        p[L], p[2 + L], p[4], p[5 + L], p[7 + L], p[9], p[10], p[11], p[12 + L], p[14], p[15])
    dev = doc.pick(DEVELOPERS)[L]
    bin_, dev_bin, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.004, 0.004), 4), round(lon0 + r.uniform(-0.004, 0.004), 4)
    lic = f"{r.randint(1000, 2999):05d}P"
    lic_date = f"{r.randint(1, 28):02d}.0{r.randint(1, 9)}.20{r.randint(12, 21)}"
    day = r.randint(10, 27)
    cat = doc.pick(("I", "II"))
    hemi = g(("с.ш.", "в.д."), ("с.е.", "ш.б."), ())
    doc.p(g("Единый экологический портал. Раздел «Общественные слушания»", "Бірыңғай экологиялық портал. «Қоғамдық тыңдаулар» бөлімі", ""))
    doc.h(g("Объявление о проведении общественных слушаний в форме открытого собрания",
            "Ашық жиналыс нысанында қоғамдық тыңдаулар өткізу туралы хабарландыру", ""))
    doc.p(g(f"Опубликовано {day - 9:02d}.02.2026. Статус: опубликовано. Вид документа: отчет о возможных воздействиях.",
            f"Жарияланды: {day - 9:02d}.02.2026. Мәртебесі: жарияланды. Құжат түрі: ықтимал әсерлер туралы есеп.", ""))
    rows = [g(["№", "Наименование сведений", "Сведения"], ["№", "Мәліметтердің атауы", "Мәліметтер"], [])]
    merges = []
    rows += [["1", g("Местный исполнительный орган, организующий слушания", "Тыңдауларды ұйымдастыратын жергілікті атқарушы орган", ""), body],
             ["2", g("Наименование намечаемой деятельности (объекта)", "Белгіленіп отырған қызметтің (объектінің) атауы", ""), obj]]
    _span(rows, merges, g("3. Инициатор намечаемой деятельности", "3. Белгіленіп отырған қызметтің бастамашысы", ""), 3)
    rows += [["3.1", g("Наименование", "Атауы", ""), initiator],
             ["3.2", g("БИН", "БСН", ""), bin_],
             ["3.3", g("Юридический адрес", "Заңды мекенжайы", ""), legal]]
    _span(rows, merges, g("4. Разработчик отчета о возможных воздействиях", "4. Ықтимал әсерлер туралы есепті әзірлеуші", ""), 3)
    rows += [["4.1", g("Наименование", "Атауы", ""), dev],
             ["4.2", g("БИН", "БСН", ""), dev_bin],
             ["4.3", g("Лицензия на выполнение работ и оказание услуг в области охраны окружающей среды",
                       "Қоршаған ортаны қорғау саласындағы жұмыстарды орындауға және қызметтер көрсетуге лицензия", ""),
              g(f"№ {lic} от {lic_date} (I категория)", f"{lic_date} ж. № {lic} (I санат)", "")]]
    _span(rows, merges, g("5. Место осуществления намечаемой деятельности", "5. Белгіленіп отырған қызметті жүзеге асыру орны", ""), 3)
    rows += [["5.1", g("Адрес (местоположение)", "Мекенжайы (орналасқан жері)", ""), place],
             ["5.2", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["5.3", g("Координаты центра участка", "Учаске орталығының координаттары", ""),
              f"{num(lat, doc.lang)}° {hemi[0]}, {num(lon, doc.lang)}° {hemi[1]}"],
             ["6", g("Категория объекта", "Объектінің санаты", ""), g(f"{cat} категория", f"{cat} санат", "")],
             ["7", g("Проектная мощность", "Жобалық қуаты", ""),
              g(f"утилизация {num(elv, 'ru')} ВЭТС в год; шредерная установка производительностью {tph} т/ч",
                f"жылына {num(elv, 'kk')} ПШКҚ кәдеге жарату; өнімділігі сағатына {tph} т шредерлік қондырғы", "")],
             ["8", g("Дата, время и место проведения слушаний", "Тыңдауларды өткізу күні, уақыты және орны", ""),
              g(f"{day:02d}.03.2026 в 11:00, {legal}, конференц-зал; онлайн-трансляция на платформе Zoom",
                f"2026 жылғы {day} наурыз, сағат 11:00, {legal}, конференц-зал; Zoom платформасында онлайн-трансляция", "")],
             ["9", g("Срок приема замечаний и предложений", "Ескертулер мен ұсыныстарды қабылдау мерзімі", ""),
              g(f"до {day - 3:02d}.03.2026 включительно", f"2026 жылғы {day - 3} наурызды қоса алғанда", "")],
             ["10", g("Контакты инициатора", "Бастамашының байланыстары", ""), f"+7 7{r.randint(10, 29)} {r.randint(200, 599)} {r.randint(10, 99)} {r.randint(10, 99)}, ecology@{('saryarqa', 'ontustik-metal', 'alatau-auto')[PLANNED.index(p)]}-recycling.kz"]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": core, "kato": kato, "category": cat, "lat": lat, "lon": lon})
    doc.p(g("Отчет о возможных воздействиях и проектные материалы доступны для ознакомления на Едином экологическом портале и в "
            "местном исполнительном органе в рабочие дни с 9:00 до 18:00.",
            "Ықтимал әсерлер туралы есеп пен жобалық материалдармен Бірыңғай экологиялық порталда және жергілікті атқарушы органда "
            "жұмыс күндері сағат 9:00-ден 18:00-ге дейін танысуға болады.", ""))
    corners = [g(["Угловая точка", "Северная широта", "Восточная долгота"], ["Бұрыштық нүкте", "Солтүстік ендік", "Шығыс бойлық"], [])]
    for k, (dy, dx) in enumerate(((1, -1), (1, 1), (-1, 1), (-1, -1)), 1):
        la, lo = _gdms(lat + dy * 0.0011, lon + dx * 0.0016).split()
        corners.append([str(k), la.replace("N", "").replace(".", ","), lo.replace("E", "").replace(".", ",")])
    doc.table(g("Координаты угловых точек земельного участка", "Жер учаскесінің бұрыштық нүктелерінің координаттары", ""), corners, role="other")


# (project, owner, core, owner's address, place, lat, lon, VN-2000 X, Y, cars, motorbikes)
VN_RECYCLERS = (
    ("Dự án Nhà máy tái chế ô tô, xe máy hết niên hạn sử dụng Hải An", "Công ty Cổ phần Tái chế Phương tiện Hải An", "Hải An",
     "Số 86 đường Lê Hồng Phong, phường Gia Viên, thành phố Hải Phòng",
     "Lô CN3.2, Khu công nghiệp Nam Cầu Kiền, thành phố Hải Phòng", 20.9235, 106.6238, 2315420, 586350, 6000, 20000),
    ("Dự án Nhà máy tháo dỡ, tái chế phương tiện giao thông Đình Vũ Xanh", "Công ty TNHH Tái chế Đình Vũ Xanh", "Đình Vũ Xanh",
     "Tầng 9, tòa nhà TD Plaza, số 119 đường Lê Thánh Tông, thành phố Hải Phòng",
     "Lô CN5.4, Khu công nghiệp Đình Vũ, thành phố Hải Phòng", 20.8405, 106.7622, 2306210, 601820, 4500, 30000),
)  # fmt: skip
VN_CONSULTANTS = ("Công ty TNHH Tư vấn Môi trường Đông Bắc", "Công ty Cổ phần Công nghệ Môi trường Hải Phòng", "Viện Kỹ thuật Môi trường Duyên hải")


def _facility_im1_vi(doc: Doc) -> None:
    r = doc.rng
    project, owner, core, office, place, lat0, lon0, x0, y0, cars, bikes = doc.pick(VN_RECYCLERS)
    msdn, cons = make_msdn(r), make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
    group = doc.pick(("I", "II"))
    day = r.randint(2, 12)
    doc.p("CỔNG THÔNG TIN ĐIỆN TỬ BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG › Tham vấn báo cáo đánh giá tác động môi trường")
    doc.h(f"THÔNG TIN THAM VẤN Ý KIẾN VỀ BÁO CÁO ĐTM – {project.upper()}")
    doc.p(f"Ngày đăng tải: {day:02d}/03/2026. Thực hiện theo khoản 3 Điều 33 Luật Bảo vệ môi trường năm 2020; ý kiến góp ý gửi về địa chỉ thư điện "
          "tử của chủ dự án trong thời hạn 15 ngày kể từ ngày đăng tải.")
    rows = [["STT", "Nội dung", "Thông tin"],
            ["1", "Tên dự án", project],
            ["2", "Chủ dự án", owner],
            ["3", "Mã số doanh nghiệp của chủ dự án", msdn],
            ["4", "Địa chỉ trụ sở chính", office],
            ["5", "Đơn vị tư vấn lập báo cáo ĐTM", f"{doc.pick(VN_CONSULTANTS)} (mã số doanh nghiệp {cons})"],
            ["6", "Địa điểm thực hiện dự án", place],
            ["7", "Tọa độ vị trí trung tâm khu đất (WGS-84, theo Google Maps)", f"{lat:.5f}, {lon:.5f}"],
            ["8", "Phân loại dự án theo tiêu chí về môi trường",
             f"Nhóm {group} (dự án thuộc loại hình sản xuất có nguy cơ gây ô nhiễm môi trường, Phụ lục II Nghị định số 08/2022/NĐ-CP)"],
            ["9", "Quy mô, công suất", f"Tháo dỡ, tái chế {num(cars, 'vi')} xe ô tô và {num(bikes, 'vi')} xe mô tô, xe gắn máy/năm"],
            ["10", "Thời gian tham vấn", f"Từ ngày {day:02d}/03/2026 đến ngày {day + 14:02d}/03/2026"]]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "category": group, "lat": lat, "lon": lon})
    corners = [["Điểm mốc", "X (m)", "Y (m)"]]
    for k, (dx, dy) in enumerate(((95, -140), (95, 150), (-110, 150), (-110, -140)), 1):
        corners.append([f"M{k}", num(round(x0 + dx + r.uniform(-3, 3), 2), "vi"), num(round(y0 + dy + r.uniform(-3, 3), 2), "vi")])
    doc.table("Tọa độ các điểm mốc ranh giới khu đất (hệ VN-2000, kinh tuyến trục 105°45', múi chiếu 3°)", corners, role="other")


# (RU base, KK base, RU operator, KK operator, core, RU place, KK place, KATO prefix, lat, lon, RU lessor, KK lessor, RU city, KK city)
BASES = (
    ("Производственная база по утилизации ВЭТС «Алатау Авто Ресайклинг»", "«Алатау Авто Ресайклинг» ПШКҚ кәдеге жарату өндірістік базасы",
     "ТОО «Алатау Авто Ресайклинг»", "«Алатау Авто Ресайклинг» ЖШС", "Алатау Авто Ресайклинг",
     "г. Алматы, Жетысуский район, ул. Бекмаханова, 93/7", "Алматы қ., Жетісу ауданы, Бекмаханов к-сі, 93/7", "7512", 43.2851, 76.9543,
     "ТОО «Жетісу Индустриал Парк»", "«Жетісу Индустриал Парк» ЖШС", "г. Алматы", "Алматы қ."),
    ("Площадка демонтажа ВЭТС «Шымкент Авто Утиль»", "«Шымкент Авто Утиль» ПШКҚ бөлшектеу алаңы",
     "ТОО «Шымкент Авто Утиль»", "«Шымкент Авто Утиль» ЖШС", "Шымкент Авто Утиль",
     "г. Шымкент, Каратауский район, ул. Жибек жолы, 210", "Шымкент қ., Қаратау ауданы, Жібек жолы к-сі, 210", "7912", 42.3712, 69.5518,
     "ТОО «Оңтүстік Логистик Терминал»", "«Оңтүстік Логистик Терминал» ЖШС", "г. Шымкент", "Шымкент қ."),
    ("Цех разборки транспортных средств «Қарағанды Автокәдеге»", "«Қарағанды Автокәдеге» көлік құралдарын бөлшектеу цехы",
     "ТОО «Қарағанды Автокәдеге»", "«Қарағанды Автокәдеге» ЖШС", "Қарағанды Автокәдеге",
     "г. Караганда, район имени Казыбек би, ул. Молокова, 106/2", "Қарағанды қ., Қазыбек би атындағы аудан, Молоков к-сі, 106/2", "3510", 49.8214, 73.0652,
     "АО «Карагандинский машиностроительный завод»", "«Қарағанды машина жасау зауыты» АҚ", "г. Караганда", "Қарағанды қ."),
)  # fmt: skip


def facility_im2(doc: Doc) -> None:
    """The act of the recycling operator's commission surveying the base of a candidate for the services of dismantling ELVs:
    `№ | требование конкурсной документации | фактическое состояние | вывод` under four section rows, the requirements
    themselves full of figures (`не менее 1,0 га`, `не менее 3 000 ВЭТС в год`), the candidate's name and BIN, its scrap
    licence's eight-digit number, the lessor's BIN in the row of the right to the land, the area, the permit's number and
    the category, and the coordinates as a map service copies them (`43°17'06.2"N 76°57'15.5"E`); the commission's signatures
    in a table of no role (VI: the record of an inter-agency team checking a ship-breaking yard on the Bạch Đằng against the
    conditions of Nghị định 82/2019/NĐ-CP, `Điều kiện | Thực tế kiểm tra | Đánh giá`, the lease from the city and the permit
    of the Ministry in the rows)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_im2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    b = doc.pick(BASES)
    base, operator, core, place, prefix, lat0, lon0, lessor, city = b[L], b[2 + L], b[4], b[5 + L], b[7], b[8], b[9], b[10 + L], b[12 + L]
    bin_, lessor_bin, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    coords = _gdms(lat0 + r.uniform(-0.003, 0.003), lon0 + r.uniform(-0.003, 0.003))
    lat, lon = (_dms_value(x) for x in coords.split())
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    area = round(r.uniform(1.3, 2.6), 1)
    lic_year = r.randint(19, 23)
    lic, lic_date = f"{lic_year}0{r.randint(10000, 99999)}", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.20{lic_year}"
    pdate = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2025"
    cap = doc.pick((4000, 5000, 6000))
    yes, no_ = g("соответствует", "сәйкес келеді", ""), "–"
    doc.h(g(f"Акт обследования производственной базы потенциального исполнителя услуг по утилизации вышедших из эксплуатации транспортных средств ({city})",
            f"Пайдаланудан шығарылған көлік құралдарын кәдеге жарату қызметтерін әлеуетті орындаушының өндірістік базасын тексеру актісі ({city})", ""))
    doc.p(g(f"Комиссия оператора расширенных обязательств производителей (импортеров), созданная приказом № {r.randint(20, 90)}-п от "
            f"{r.randint(1, 28):02d}.01.2026, провела выездное обследование производственной базы участника конкурса по выбору исполнителей услуг "
            "по сбору, транспортировке и утилизации ВЭТС на 2026–2028 годы на соответствие требованиям конкурсной документации.",
            f"2026 жылғы {r.randint(1, 28)} қаңтардағы № {r.randint(20, 90)}-б бұйрығымен құрылған өндірушілердің (импорттаушылардың) кеңейтілген "
            "міндеттемелері операторының комиссиясы 2026–2028 жылдарға ПШКҚ жинау, тасымалдау және кәдеге жарату қызметтерін орындаушыларды "
            "таңдау конкурсы қатысушысының өндірістік базасын конкурстық құжаттама талаптарына сәйкестігіне көшпелі тексеруді жүргізді.", ""))
    rows = [g(["№", "Требование конкурсной документации", "Фактическое состояние", "Вывод"],
              ["№", "Конкурстық құжаттаманың талабы", "Нақты жай-күйі", "Қорытынды"], [])]
    merges = []
    _span(rows, merges, g("1. Сведения о потенциальном исполнителе", "1. Әлеуетті орындаушы туралы мәліметтер", ""), 4)
    rows += [["1.1", g("Наименование юридического лица", "Заңды тұлғаның атауы", ""), operator, no_],
             ["1.2", g("БИН", "БСН", ""), bin_, no_],
             ["1.3", g("Лицензия на заготовку, хранение, переработку и реализацию лома и отходов цветных и черных металлов",
                       "Түсті және қара металдардың сынықтары мен қалдықтарын дайындауға, сақтауға, қайта өңдеуге және өткізуге лицензия", ""),
              g(f"№ {lic} от {lic_date}", f"{lic_date} ж. № {lic}", ""), yes]]
    _span(rows, merges, g("2. Производственная база", "2. Өндірістік база", ""), 4)
    rows += [["2.1", g("Наименование объекта", "Объектінің атауы", ""), base, no_],
             ["2.2", g("Местонахождение", "Орналасқан жері", ""), place, no_],
             ["2.3", g("Код КАТО", "ҚАТО коды", ""), kato, no_],
             ["2.4", g("Географические координаты въезда", "Кіреберістің географиялық координаттары", ""), coords, no_],
             ["2.5", g("Право пользования земельным участком (собственность или аренда сроком не менее 3 лет)",
                       "Жер учаскесін пайдалану құқығы (меншік немесе кемінде 3 жылға жалдау)", ""),
              g(f"договор аренды № {r.randint(3, 40)}/2023 до 2033 г.; арендодатель – {lessor}, БИН {lessor_bin}",
                f"2033 ж. дейінгі № {r.randint(3, 40)}/2023 жалдау шарты; жалға беруші – {lessor}, БСН {lessor_bin}", ""), yes],
             ["2.6", g("Площадь участка не менее 1,0 га", "Учаске ауданы кемінде 1,0 га", ""), g(f"{num(area, 'ru')} га", f"{num(area, 'kk')} га", ""), yes],
             ["2.7", g("Водонепроницаемое покрытие площадки хранения ВЭТС до осушения", "ПШКҚ құрғатылғанға дейін сақталатын алаңның су өткізбейтін жабыны", ""),
              g("бетон, лотки с нефтеуловителем", "бетон, мұнай ұстағышы бар науалар", ""), yes]]
    _span(rows, merges, g("3. Экологические требования", "3. Экологиялық талаптар", ""), 4)
    rows += [["3.1", g("Категория объекта и разрешительный документ", "Объектінің санаты және рұқсат беру құжаты", ""),
              g(f"объект II категории; экологическое разрешение на воздействие № {permit} от {pdate}",
                f"II санаттағы объект; {pdate} ж. № {permit} әсер етуге экологиялық рұқсат", ""), yes],
             ["3.2", g("Договоры на передачу отработанных масел, антифриза и АКБ специализированным организациям",
                       "Пайдаланылған майларды, антифризді және АКБ-ны мамандандырылған ұйымдарға беру шарттары", ""),
              g("заключены (3 договора)", "жасалған (3 шарт)", ""), yes]]
    _span(rows, merges, g("4. Оборудование и мощность", "4. Жабдық және қуат", ""), 4)
    rows += [["4.1", g("Станция осушения (удаления эксплуатационных жидкостей)", "Құрғату станциясы (пайдалану сұйықтықтарын жою)", ""),
              g("2 поста, сбор хладагента кондиционеров", "2 бекет, кондиционер хладагентін жинау", ""), yes],
             ["4.2", g("Пресс пакетировочный или пресс-ножницы", "Пакеттеу прессі немесе пресс-қайшы", ""), g("пресс-ножницы, 400 тс", "пресс-қайшы, 400 тк", ""), yes],
             ["4.3", g("Производительность не менее 3 000 ВЭТС в год", "Өнімділігі жылына кемінде 3 000 ПШКҚ", ""),
              g(f"{num(cap, 'ru')} ВЭТС в год (две смены)", f"жылына {num(cap, 'kk')} ПШКҚ (екі ауысым)", ""), yes]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": core, "kato": kato, "category": "II", "lat": lat, "lon": lon})
    doc.p(g("Вывод комиссии: производственная база соответствует требованиям конкурсной документации.",
            "Комиссияның қорытындысы: өндірістік база конкурстық құжаттама талаптарына сәйкес келеді.", ""))
    distractor(doc, "approval")


# (yard, company, core, place, lat, lon, berth m, DWT)
VN_YARDS = (
    ("Cơ sở phá dỡ tàu biển Bạch Đằng Xanh", "Công ty TNHH Phá dỡ tàu biển Bạch Đằng Xanh", "Bạch Đằng Xanh",
     "Khu vực ven sông Bạch Đằng, xã Lập Lễ, thành phố Hải Phòng", 20.8958, 106.7741, 180, 20000),
    ("Bãi phá dỡ tàu cũ Sông Cấm", "Công ty Cổ phần Tái chế Tàu biển Sông Cấm", "Sông Cấm",
     "Bờ tả sông Cấm, phường Lưu Kiếm, thành phố Hải Phòng", 20.9512, 106.7015, 150, 15000),
)  # fmt: skip


def _facility_im2_vi(doc: Doc) -> None:
    r = doc.rng
    yard, company, core, place, lat0, lon0, berth, dwt = doc.pick(VN_YARDS)
    msdn = make_msdn(r)
    coords = _gdms(lat0 + r.uniform(-0.002, 0.002), lon0 + r.uniform(-0.002, 0.002))
    lat, lon = (_dms_value(x) for x in coords.split())
    ok = "Đạt"
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("BIÊN BẢN KIỂM TRA ĐIỀU KIỆN CƠ SỞ PHÁ DỠ TÀU BIỂN")
    doc.p(f"Căn cứ Nghị định số 82/2019/NĐ-CP ngày 12/11/2019 của Chính phủ quy định về nhập khẩu, phá dỡ tàu biển đã qua sử dụng; hôm nay, "
          f"ngày {r.randint(3, 27):02d}/02/2026, Đoàn kiểm tra liên ngành gồm đại diện Cảng vụ Hàng hải Hải Phòng, Sở Xây dựng, Sở Nông nghiệp "
          f"và Môi trường thành phố Hải Phòng đã kiểm tra thực tế tại {yard}.")
    rows = [["TT", "Điều kiện theo quy định", "Thực tế kiểm tra", "Đánh giá"]]
    merges = []
    _span(rows, merges, "I. THÔNG TIN CHUNG", 4)
    rows += [["1", "Tên cơ sở phá dỡ", yard, "-"],
             ["2", "Tổ chức quản lý, vận hành", company, "-"],
             ["3", "Mã số doanh nghiệp", msdn, "-"],
             ["4", "Địa điểm", place, "-"],
             ["5", "Tọa độ cổng chính", coords, "-"]]
    _span(rows, merges, "II. MẶT BẰNG, CẦU CẢNG", 4)
    rows += [["6", "Có bến, khu nước phá dỡ phù hợp quy hoạch; bảo đảm tiếp nhận tàu có trọng tải theo đăng ký",
              f"Bến phá dỡ dài {berth} m, tiếp nhận tàu đến {num(dwt, 'vi')} DWT", ok],
             ["7", "Quyền sử dụng đất hợp pháp", f"Hợp đồng thuê đất số {r.randint(20, 90)}/HĐTĐ với Ủy ban nhân dân thành phố, thời hạn đến năm 2045", ok]]
    _span(rows, merges, "III. BẢO VỆ MÔI TRƯỜNG", 4)
    rows += [["8", "Giấy phép môi trường; phân loại theo tiêu chí về môi trường",
              f"Giấy phép môi trường số {r.randint(100, 480)}/GPMT-BTNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024; cơ sở thuộc nhóm I", ok],
             ["9", "Kho lưu giữ chất thải nguy hại có mái che, gờ chống tràn, biển cảnh báo", f"Kho {r.randint(150, 300)} m², đáp ứng", ok],
             ["10", "Hệ thống thu gom, xử lý nước thải, nước mưa chảy tràn; phao quây dầu", f"Trạm xử lý {r.randint(3, 8) * 10} m³/ngày đêm; 400 m phao quây", ok],
             ["11", "Kế hoạch phá dỡ tàu được phê duyệt cho từng tàu", "Có quy trình lập kế hoạch, mẫu kế hoạch phá dỡ", ok]]  # fmt: skip
    doc.table("Bảng. Kết quả kiểm tra điều kiện", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": core, "category": "I", "lat": lat, "lon": lon})
    doc.p("Kết luận: cơ sở đáp ứng các điều kiện phá dỡ tàu biển theo quy định. Biên bản được lập thành 05 bản có giá trị như nhau.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# ((RU stage, KK stage), [(number, RU source, KK source, {code: (low, high) grams per ELV})])
ELV_LINE = (
    (("1. Участок предварительной обработки (осушения) ВЭТС", "1. ПШКҚ алдын ала өңдеу (құрғату) учаскесі"), [
        ("0001", "Местный отсос станции осушения (слив топлива, масел, антифриза)", "Құрғату станциясының жергілікті сорғышы (отынды, майларды, антифризді ағызу)",
         {"2704": (1.2, 2.6), "2754": (0.4, 0.9), "2735": (0.05, 0.15), "1078": (0.03, 0.09)}),
        ("0002", "Пост сбора хладагента кондиционеров", "Кондиционер хладагентін жинау бекеті", {"0938": (2.0, 6.0)})]),
    (("2. Участок демонтажа", "2. Бөлшектеу учаскесі"), [
        ("6001", "Газовая резка кузовов и агрегатов (пропан-кислород)", "Шанақтар мен агрегаттарды газбен кесу (пропан-оттегі)",
         {"0123": (4.0, 9.0), "0143": (0.1, 0.3), "0301": (1.5, 3.5), "0337": (2.0, 4.5)}),
        ("6002", "Снятие аккумуляторных батарей, слив электролита", "Аккумулятор батареяларын шешу, электролитті ағызу", {"0322": (0.01, 0.04)})]),
    (("3. Участок прессования", "3. Престеу учаскесі"), [
        ("6003", "Пакетировочный пресс (прессование кузовов)", "Пакеттеу прессі (шанақтарды престеу)", {"2902": (1.0, 3.0)})]),
    (("4. Участок переработки шин", "4. Шиналарды қайта өңдеу учаскесі"), [
        ("0003", "Шинорезательная установка (аспирация через циклон)", "Шина кесу қондырғысы (циклон арқылы аспирация)",
         {"2978": (0.8, 2.2), "2902": (0.2, 0.6)})]),
)  # fmt: skip


def emissions_im1(doc: Doc) -> None:
    """An ELV dismantler's table of emissions in its НДВ project grouped by the stages of its line — depollution,
    dismantling, baling, tyre cutting — under rows spanning the table, each source merged down over its substances, the
    class of hazard, then a column of the specific emission in grams per vehicle before the grams a second and the tonnes a
    year under a merged header; the vehicles a year and an hour are given only in the lead-in, refrigerant R-134a, ethylene
    glycol, mineral oil and sulphuric acid carry codes of their own, a total row (VI: the plan of protecting the environment
    of the Đa Hội steel village, the loads of induction furnaces, rolling mills with coal-fired reheating, pickling and
    galvanising and torch cutting of scrap worked out from factors per tonne of product and the number of households, the
    type of work merged over its parameters, no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_im1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    b = doc.pick(BASES)
    operator = b[2 + L]
    n = doc.pick((3600, 4800, 6000))
    per_hour = round(n / 2000, 1)
    doc.h(g(f"Проект нормативов допустимых выбросов. {operator}", f"{operator}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.3. Расчет выбросов загрязняющих веществ по участкам технологической линии",
            "3.3. Технологиялық желі учаскелері бойынша ластаушы заттар шығарындыларын есептеу", ""))
    doc.p(g(f"Проектная производительность линии – {num(n, 'ru')} ВЭТС (легковые автомобили средней массой 1 150 кг) в год при работе "
            f"250 суток в году в одну смену по 8 часов, т. е. не более {num(per_hour, 'ru')} ВЭТС в час. Удельные выбросы на одно транспортное "
            "средство приняты по результатам инструментальных замеров на аналогичной линии; максимальные разовые выбросы определены по "
            "часовой производительности.",
            f"Желінің жобалық өнімділігі – жылына {num(n, 'kk')} ПШКҚ (орташа массасы 1 150 кг жеңіл автомобильдер), жылына 250 тәулік бір "
            f"ауысымда 8 сағаттан жұмыс істегенде, яғни сағатына {num(per_hour, 'kk')} ПШКҚ-дан аспайды. Бір көлік құралына шаққандағы "
            "үлестік шығарындылар ұқсас желідегі аспаптық өлшеулер нәтижелері бойынша қабылданды; ең жоғары бір реттік шығарындылар сағаттық "
            "өнімділік бойынша анықталды.", ""))
    rows = [g(["№ ИЗА", "Источник выделения", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности",
               "Удельный выброс, г на 1 ВЭТС", "Выброс ЗВ", None],
              ["ЛШК №", "Бөліну көзі", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Үлестік шығарынды, 1 ПШКҚ-ға г",
               "ЛЗ шығарындысы", None], []),
            [None] * 6 + g(["г/с", "т/год"], ["г/с", "т/жыл"], [])]
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 7)]
    all_g, all_t, numbers = [], [], []
    for (s_ru, s_kk), sources in ELV_LINE:
        _span(rows, merges, (s_ru, s_kk)[L], 8)
        for number, n_ru, n_kk, codes in sources:
            start = len(rows)
            for j, (c, (lo, hi)) in enumerate(codes.items()):
                spec = _sig(r.uniform(lo, hi), 2)
                gs, ty = _sig(spec * per_hour / 3600, 3), _sig(spec * n / 1e6, 4)
                rows.append([number if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, c, _air(doc, c), _hz(c), num(spec, doc.lang),
                             num(gs, doc.lang), num(ty, doc.lang)])
                doc.add("emissions", emission(c, gs, ty, number, _hazard(c)))
                all_g.append(gs)
                all_t.append(ty)
            if len(codes) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
            numbers.append(number)
    rows.append([g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), None, None, None, None, "",
                 num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(g("Таблица 3.3 – Выбросы загрязняющих веществ по участкам линии утилизации ВЭТС",
                "3.3-кесте – ПШКҚ кәдеге жарату желісінің учаскелері бойынша ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": x, "type": _kind(x)} for x in numbers))
    doc.p(g("Для масла минерального нефтяного, этиленгликоля, фреона-134а и пыли резинового вулканизата класс опасности не установлен, "
            "нормирование выполнено по ОБУВ.",
            "Минералды мұнай майы, этиленгликоль, фреон-134а және резеңке вулканизаты шаңы үшін қауіптілік сыныбы белгіленбеген, "
            "нормалау ҚӘБД бойынша орындалды.", ""))
    maybe_distractor(doc)


# (type of work, households (low, high), tonnes of product a year (low, high), [(code, label, factor kg/t)])
DA_HOI = (
    ("Nấu luyện phôi thép bằng lò trung tần", (38, 52), (90, 130),
     [("2902", "Bụi tổng", 0.9), ("0330", "SO2", 0.12), ("0301", "NOx (tính theo NO2)", 0.2), ("0337", "CO", 1.1)]),
    ("Cán thép (lò nung phôi đốt than)", (70, 95), (250, 330),
     [("2902", "Bụi tổng", 0.35), ("0330", "SO2", 0.8), ("0301", "NOx (tính theo NO2)", 0.45), ("0337", "CO", 2.4)]),
    ("Tẩy gỉ bằng axit, mạ kẽm nhúng nóng", (8, 14), (15, 26), [("0316", "HCl", 0.25)]),
    ("Cắt, phá dỡ sắt thép phế liệu bằng khí gas", (25, 40), (60, 90),
     [("0123", "Sắt oxit", 0.08), ("0143", "Mangan và hợp chất", 0.004), ("0301", "NO2", 0.03)]),
)  # fmt: skip


def _emissions_im1_vi(doc: Doc) -> None:
    r = doc.rng
    hours = 6000
    doc.p("ỦY BAN NHÂN DÂN THÀNH PHỐ TỪ SƠN")
    doc.h("PHƯƠNG ÁN BẢO VỆ MÔI TRƯỜNG LÀNG NGHỀ SẢN XUẤT, TÁI CHẾ SẮT THÉP ĐA HỘI (PHƯỜNG CHÂU KHÊ)")
    doc.h("Chương II. 2.1. Tải lượng bụi, khí thải phát sinh từ hoạt động sản xuất")
    doc.p("Số hộ, cơ sở sản xuất được lấy theo kết quả rà soát của Ủy ban nhân dân phường Châu Khê năm 2024; sản lượng do các hộ tự kê khai. "
          f"Tải lượng được tính theo hệ số phát thải của Tổ chức Y tế Thế giới (WHO) cho ngành luyện, cán thép; các lò hoạt động trung bình "
          f"20 giờ/ngày, 300 ngày/năm ({num(hours, 'vi')} giờ/năm).")
    rows = [["TT", "Loại hình sản xuất", "Số hộ, cơ sở", "Sản lượng (tấn SP/năm)", "Thông số", "Hệ số phát thải (kg/tấn SP)",
             "Tải lượng (tấn/năm)", "Tải lượng (g/s)"]]
    merges = []
    for k, (kind, (hlo, hhi), (olo, ohi), params) in enumerate(DA_HOI, 1):
        households, output = r.randint(hlo, hhi), r.randint(olo, ohi) * 1000
        start = len(rows)
        for j, (c, label, factor) in enumerate(params):
            ty = _sig(factor * output / 1000, 3)
            gs = _sig(ty * 1e6 / (hours * 3600), 3)
            rows.append([str(k) if j == 0 else None, kind if j == 0 else None, str(households) if j == 0 else None,
                         num(output, "vi") if j == 0 else None, label, num(factor, "vi"), num(ty, "vi"), num(gs, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(params) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in range(4)]
    doc.table("Bảng 2.2. Tải lượng bụi, khí thải của làng nghề theo loại hình sản xuất", rows, merges, role="emissions")
    doc.p("Nhận xét: hoạt động cán thép với lò nung phôi đốt than là nguồn phát sinh SO2 và CO lớn nhất; phần lớn các hộ chưa có hệ thống xử lý khí thải.")
    maybe_distractor(doc)


FLEETS = (
    ("ТОО «Қарағанды Жүк Тасымалы»", "«Қарағанды Жүк Тасымалы» ЖШС", "г. Караганда, ул. Складская, 12", "Қарағанды қ., Складская к-сі, 12"),
    ("ТОО «Жетісу Транс Логистик»", "«Жетісу Транс Логистик» ЖШС", "Алматинская область, Илийский район, пос. Отеген батыр, ул. Промышленная, 5",
     "Алматы облысы, Іле ауданы, Өтеген батыр к., Промышленная к-сі, 5"),
    ("ТОО «Ертіс Автокөлік»", "«Ертіс Автокөлік» ЖШС", "г. Павлодар, Северная промзона, 214", "Павлодар қ., Солтүстік өнеркәсіп аймағы, 214"),
)  # fmt: skip
# (source, release, RU, KK, hours a year, {code: (low, high) g/s})
TRUCK_RELEASES = (
    ("0001", "01", "Зона ТО и ТР грузовых автомобилей (вытяжная система В-1)", "Жүк автомобильдерінің ТҚК және АЖ аймағы (В-1 сорып шығару жүйесі)", 2000,
     {"0301": (0.002, 0.006), "0304": (0.0003, 0.001), "0328": (0.0002, 0.0008), "0330": (0.0004, 0.0012), "0337": (0.01, 0.04), "2732": (0.002, 0.007)}),
    ("0002", "01", "Аккумуляторная: зарядка АКБ (вытяжная система В-2)", "Аккумуляторлық: АКБ зарядтау (В-2 сорып шығару жүйесі)", 1500,
     {"0322": (0.00001, 0.00005)}),
    ("0003", "01", "Сварочный пост (местный отсос)", "Дәнекерлеу посты (жергілікті сорғыш)", 800, {"0123": (0.002, 0.006), "0143": (0.0002, 0.0006)}),
    ("0003", "02", "Заточной станок (местный отсос)", "Қайрау станогы (жергілікті сорғыш)", 300, {"2930": (0.001, 0.004)}),
    ("0004", "01", "Шиномонтаж: шероховка камер и покрышек", "Шина монтаждау: камералар мен сыртқы шиналарды кедір-бұдырлау", 600, {"2978": (0.001, 0.005)}),
    ("0004", "02", "Шиномонтаж: вулканизатор", "Шина монтаждау: вулканизатор", 600, {"0330": (0.0001, 0.0004), "0337": (0.0005, 0.002)}),
    ("6001", "01", "Открытая стоянка грузовых автомобилей", "Жүк автомобильдерінің ашық тұрағы", 8760,
     {"0301": (0.01, 0.04), "0304": (0.002, 0.006), "0328": (0.001, 0.005), "0330": (0.002, 0.008), "0337": (0.05, 0.2), "2732": (0.01, 0.04)}),
    ("6002", "01", "Топливозаправочный пункт (ТРК, резервуар ДТ 25 м³)", "Отын құю пункті (ОТК, 25 м³ ДО резервуары)", 8760,
     {"0333": (0.00001, 0.00004), "2754": (0.003, 0.012)}),
)  # fmt: skip


def emissions_im2(doc: Doc) -> None:
    """A truck fleet's repair base inventoried in the form that numbers each release point through a slash after its source
    (`0003 / 02`) and merges it down over its substances, the working hours a year, the class of hazard, then the grams a
    second and the kilograms — not tonnes — a year under a merged header, the sharpening machine and the tyre vulcaniser as
    second release points of their sources with substances of their own; the fleet in a table of no role before it (VI: a
    car dealer's two paint-and-dry booths, sanding room and standby generator with the flow, the concentration, kg/h, g/s
    and tonnes a year, the stacks labelled `KT1` … which are no source numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_im2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    f = doc.pick(FLEETS)
    operator, place = f[L], f[2 + L]
    trucks = r.randint(60, 140)
    doc.h(g(f"Отчет по инвентаризации источников выбросов загрязняющих веществ. {operator}",
            f"{operator}. Ластаушы заттар шығарындылары көздерін түгендеу туралы есеп", ""))
    doc.p(g(f"Производственная база расположена по адресу: {place}. На базе выполняются техническое обслуживание и текущий ремонт собственного "
            f"парка грузовых автомобилей ({trucks} ед.), хранение автомобилей на открытой стоянке и их заправка дизельным топливом.",
            f"Өндірістік база мына мекенжайда орналасқан: {place}. Базада меншікті жүк автомобильдері паркіне ({trucks} бірл.) техникалық "
            "қызмет көрсету және ағымдағы жөндеу, автомобильдерді ашық тұрақта сақтау және оларға дизель отынын құю жүргізіледі.", ""))
    euro = r.randint(35, 60)
    doc.table(g("Таблица 1 – Состав автопарка", "1-кесте – Автопарктің құрамы", ""),
              [g(["Тип автомобилей", "Количество, ед.", "Экологический класс", "Топливо"], ["Автомобильдер түрі", "Саны, бірл.", "Экологиялық сынып", "Отын"], []),
               [g("Седельные тягачи", "Ершікті тартқыштар", ""), str(euro), "Евро-5", g("дизельное", "дизель", "")],
               [g("Бортовые грузовики и самосвалы", "Борттық жүк көліктері мен өздігінен аударғыштар", ""), str(trucks - euro), "Евро-3 / Евро-4",
                g("дизельное", "дизель", "")]], role="other")
    rows = [g(["Номер источника выброса / выделения", "Наименование источника выделения", "Время работы, ч/год", "Код ЗВ", "Наименование ЗВ",
               "Класс опасности", "Выброс ЗВ", None],
              ["Шығарынды / бөліну көзінің нөмірі", "Бөліну көзінің атауы", "Жұмыс уақыты, сағ/жыл", "ЛЗ коды", "ЛЗ атауы", "Қауіптілік сыныбы",
               "ЛЗ шығарындысы", None], []),
            [None] * 6 + g(["г/с", "кг/год"], ["г/с", "кг/жыл"], [])]
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 7)]
    releases = [x for x in TRUCK_RELEASES if x[1] == "01" or r.random() < 0.85]
    for number, rel, n_ru, n_kk, hours, codes in releases:
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            gs = _sig(r.uniform(lo, hi), 3)
            kg = _sig(gs * 3.6 * hours * r.uniform(0.35, 0.7), 3)
            rows.append([f"{number} / {rel}" if j == 0 else None, (n_ru, n_kk)[L] if j == 0 else None, num(hours, doc.lang) if j == 0 else None,
                         c, _air(doc, c), _hz(c), num(gs, doc.lang), num(kg, doc.lang)])
            doc.add("emissions", emission(c, gs, round(kg / 1000, 10), number, _hazard(c)))
        if len(codes) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in range(3)]
    doc.table(g("Таблица 2 – Источники выделения и выбросы загрязняющих веществ", "2-кесте – Бөліну көздері және ластаушы заттар шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": x, "type": _kind(x)} for x in dict.fromkeys(rel[0] for rel in releases)))
    doc.p(g("В графе 1 через дробь указаны номер источника выброса и номер источника выделения. Валовые выбросы приведены в килограммах в год.",
            "1-бағанда бөлшек арқылы шығарынды көзінің нөмірі және бөліну көзінің нөмірі көрсетілген. Жалпы шығарындылар жылына килограммен келтірілген.", ""))
    maybe_distractor(doc)


VN_DEALERS = (
    ("Đại lý ô tô Long Biên Motor", "Công ty Cổ phần Ô tô Long Biên", "Số 18 đường Nguyễn Văn Linh, phường Long Biên, thành phố Hà Nội"),
    ("Trung tâm ô tô 3S Thủ Đức", "Công ty TNHH Ô tô Thủ Đức Xanh", "Số 2A Xa lộ Hà Nội, phường Thủ Đức, Thành phố Hồ Chí Minh"),
    ("Showroom và xưởng dịch vụ ô tô Sông Hàn", "Công ty TNHH Ô tô Sông Hàn", "Số 356 đường 2 Tháng 9, phường Hòa Cường, thành phố Đà Nẵng"),
)  # fmt: skip
# (label, source, flow m3/h, hours a year, {code: (low, high) mg/Nm3})
VN_BOOTHS = (
    ("KT1", "Buồng sơn sấy số 1", 24000, 2400, {"2902": (2, 8), "0616": (20, 80), "0621": (10, 45)}),
    ("KT2", "Buồng sơn sấy số 2", 24000, 2400, {"2902": (2, 8), "0616": (20, 80), "0621": (10, 45)}),
    ("KT3", "Phòng chà nhám, mài bả matit (sau lọc túi vải)", 12000, 2400, {"2902": (5, 20)}),
    ("KT4", "Máy phát điện dự phòng 500 kVA", 3600, 200, {"2902": (30, 80), "0330": (20, 60), "0301": (300, 700), "0337": (100, 300)}),
)
VN_BOOTH_LABELS = {"2902": "Bụi tổng", "0616": "Xylen", "0621": "Toluen", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO"}


def _emissions_im2_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, place = doc.pick(VN_DEALERS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.2. Nguồn phát sinh bụi, khí thải và tải lượng")
    doc.p(f"Chủ cơ sở: {company}; địa chỉ: {place}. Xưởng dịch vụ có khu sửa chữa chung, khu đồng – sơn với 02 buồng sơn sấy kín (lọc sợi thủy tinh "
          "và than hoạt tính) và phòng chà nhám có lọc túi vải. Nồng độ lấy theo kết quả quan trắc định kỳ năm 2025 tại các ống thải.")
    rows = [["Ống thải", "Nguồn phát sinh", "Lưu lượng (m³/h)", "Thông số", "Nồng độ (mg/Nm³)", "Tải lượng (kg/h)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for label, source, flow, hours, codes in VN_BOOTHS:
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            conc = _sig(r.uniform(lo, hi), 3)
            kgh = _sig(conc * flow / 1e6, 3)
            gs, ty = _sig(kgh / 3.6, 3), _sig(kgh * hours / 1000, 3)
            rows.append([label if j == 0 else None, source if j == 0 else None, num(flow, "vi") if j == 0 else None, VN_BOOTH_LABELS[c],
                         num(conc, "vi"), num(kgh, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(codes) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in range(3)]
    doc.table("Bảng 3.3. Tải lượng bụi, khí thải tại các ống thải của xưởng dịch vụ", rows, merges, role="emissions")
    doc.p("Ghi chú: buồng sơn sấy vận hành 8 giờ/ngày, 300 ngày/năm; máy phát điện chỉ chạy khi mất điện lưới (khoảng 200 giờ/năm).")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) kg per ELV, (RU, KK) way)
ELV_BALANCE = (
    ("16 01 17", "Лом черных металлов (кузов, рама, детали подвески)", "Қара металл сынықтары (шанақ, рама, аспа бөлшектері)", (780, 840), 0),
    ("16 01 18", "Лом цветных металлов (радиатор, проводка, колесные диски)", "Түсті металл сынықтары (радиатор, сымдар, доңғалақ дискілері)", (40, 56), 0),
    ("16 01 19", "Пластмассовые детали (бамперы, панели, бачки)", "Пластмасса бөлшектер (бамперлер, панельдер, бактар)", (95, 120), 1),
    ("16 01 20", "Стекло автомобильное", "Автомобиль әйнегі", (28, 36), 1),
    ("16 01 03", "Изношенные шины", "Тозған шиналар", (30, 40), 1),
    ("16 06 01*", "Свинцовые аккумуляторы", "Қорғасын аккумуляторлары", (12, 16), 1),
    ("13 02 05*", "Отработанные моторные и трансмиссионные масла", "Пайдаланылған мотор және трансмиссия майлары", (3.5, 5.5), 2),
    ("13 07 03*", "Топливо, слитое из баков (смесь бензина и дизельного топлива)", "Бактардан ағызылған отын (бензин мен дизель отынының қоспасы)", (4, 9), 3),
    ("16 01 14*", "Охлаждающая жидкость (антифриз)", "Салқындату сұйықтығы (антифриз)", (4, 6), 3),
    ("16 01 13*", "Тормозная жидкость", "Тежегіш сұйықтығы", (0.4, 0.8), 3),
    ("16 01 07*", "Масляные фильтры", "Май сүзгілері", (0.4, 0.7), 3),
    ("14 06 01*", "Хладагент кондиционеров (ГФУ R-134a)", "Кондиционерлер хладагенті (ГФК R-134a)", (0.3, 0.6), 2),
    ("16 01 10*", "Неактивированные подушки безопасности и преднатяжители ремней", "Іске қосылмаған қауіпсіздік жастықтары мен белдік керіткіштері", (1.0, 2.0), 3),
    ("16 01 22", "Прочие компоненты (обивка, уплотнители, текстиль)", "Басқа компоненттер (қаптама, тығыздағыштар, тоқыма)", (40, 60), 4),
)  # fmt: skip
ELV_WAYS = (("передача на металлургический завод", "металлургиялық зауытқа беру"), ("передача на переработку", "қайта өңдеуге беру"),
            ("передача на регенерацию", "регенерациялауға беру"), ("передача на обезвреживание", "залалсыздандыруға беру"),
            ("захоронение на полигоне", "полигонға көму"))


def _t(x: float) -> float:
    return round(x, 1) if x >= 10 else round(x, 2) if x >= 0.1 else round(x, 4)


def wastes_im1(doc: Doc) -> None:
    """The material balance of dismantling one average passenger car in an ELV dismantler's programme of waste management:
    the kilograms per vehicle and the share of its mass, then in the last figure column the tonnes for the year's
    vehicles, which alone is the amount, a total row of a whole car; LoW codes of chapter 16 01 with the drained fuels,
    refrigerant and unfired airbags hazardous, the way each fraction goes last (VI: a Hải Phòng recycler's balance of a
    car and of a motorbike side by side in kilograms and the tonnes of the year from both, CTNH with their codes, ordinary
    fractions without)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_im1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    b = doc.pick(BASES)
    operator = b[2 + L]
    n = doc.pick((3600, 4800, 6000))
    doc.h(g(f"Программа управления отходами {operator} на 2026–2030 годы", f"{operator} 2026–2030 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("2.2. Материальный баланс утилизации ВЭТС", "2.2. ПШКҚ кәдеге жаратудың материалдық балансы", ""))
    doc.p(g(f"Расчет выполнен для среднего легкового автомобиля по данным разборки пробной партии из 50 ВЭТС и пересчитан на проектную "
            f"производительность – {num(n, 'ru')} ВЭТС в год. Запасные части, реализуемые для повторного использования, в баланс не включены.",
            f"Есеп 50 ПШКҚ сынама партиясын бөлшектеу деректері бойынша орташа жеңіл автомобиль үшін орындалды және жобалық өнімділікке – жылына "
            f"{num(n, 'kk')} ПШКҚ-ға қайта есептелді. Қайта пайдалану үшін өткізілетін қосалқы бөлшектер балансқа енгізілмеген.", ""))
    masses = [_sig(r.uniform(lo, hi), 3 if hi >= 10 else 2) for _, _, _, (lo, hi), _ in ELV_BALANCE]
    total = round(sum(masses), 2)
    rows = [g(["№", "Компонент (фракция)", "Код отхода", "Масса на 1 ВЭТС, кг", "Доля от массы ВЭТС, %", f"Образование при утилизации {num(n, 'ru')} ВЭТС, т/год",
               "Направление"],
              ["№", "Компонент (фракция)", "Қалдық коды", "1 ПШКҚ-дағы массасы, кг", "ПШКҚ массасындағы үлесі, %",
               f"{num(n, 'kk')} ПШКҚ кәдеге жаратқанда түзілуі, т/жыл", "Бағыты"], [])]
    for k, ((code, n_ru, n_kk, _, way), kg) in enumerate(zip(ELV_BALANCE, masses, strict=True), 1):
        name = (n_ru, n_kk)[L]
        t = _t(kg * n / 1000)
        rows.append([str(k), name, code, num(kg, doc.lang), num(round(kg / total * 100, 2), doc.lang), num(t, doc.lang), ELV_WAYS[way][L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t, "name_contains": _words(name, 3)})
    rows.append(["", g("Итого (масса ВЭТС)", "Барлығы (ПШКҚ массасы)", ""), "", num(total, doc.lang), "100", num(_t(total * n / 1000), doc.lang), ""])
    doc.table(g("Таблица 2.2 – Материальный баланс разборки одного ВЭТС и образование отходов",
                "2.2-кесте – Бір ПШКҚ бөлшектеудің материалдық балансы және қалдықтардың түзілуі", ""), rows, role="wastes")
    doc.p(g("Подушки безопасности, которые невозможно снять, активируются на месте в установке принудительного срабатывания.",
            "Шешуге келмейтін қауіпсіздік жастықтары мәжбүрлеп іске қосу қондырғысында орнында іске қосылады.", ""))
    maybe_distractor(doc)


# (name, VN-CTNH code or None, (low, high) kg per car, (low, high) kg per motorbike)
VN_BALANCE = (
    ("Thép phế liệu (thân vỏ, khung, chi tiết máy)", None, (780, 840), (55, 65)),
    ("Kim loại màu phế liệu (nhôm, đồng)", None, (40, 56), (8, 12)),
    ("Nhựa phế liệu (cản, ốp, bình chứa)", None, (95, 120), (12, 16)),
    ("Kính vỡ", None, (28, 36), (0.3, 0.6)),
    ("Lốp, săm xe thải", None, (30, 40), (3, 4.5)),
    ("Mút xốp, vải bọc ghế, vật liệu cách âm", None, (25, 40), (0.8, 1.5)),
    ("Pin, ắc quy chì thải", "19 06 01", (12, 16), (1.5, 2.5)),
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "17 02 03", (3.5, 5.5), (0.7, 1.0)),
    ("Bộ lọc dầu đã qua sử dụng", "15 01 02", (0.4, 0.7), (0.05, 0.1)),
    ("Chất hấp thụ, vật liệu lọc, giẻ lau, vải bảo vệ thải bị nhiễm các thành phần nguy hại", "18 02 01", (0.3, 0.6), (0.05, 0.1)),
)  # fmt: skip


def _wastes_im1_vi(doc: Doc) -> None:
    r = doc.rng
    project, owner, _, _, _, _, _, _, _, cars, bikes = doc.pick(VN_RECYCLERS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {project.upper()}")
    doc.h("3.4. Cân bằng vật chất và khối lượng chất thải rắn phát sinh")
    doc.p(f"Chủ dự án: {owner}. Công suất tháo dỡ: {num(cars, 'vi')} xe ô tô con và {num(bikes, 'vi')} xe mô tô, xe gắn máy/năm. Khối lượng trên "
          "01 xe là giá trị trung bình khi tháo dỡ thử nghiệm; phụ tùng còn sử dụng được bán lại không tính vào bảng.")
    rows = [["TT", "Thành phần", "Mã CTNH", "Khối lượng trên 01 xe ô tô (kg)", "Khối lượng trên 01 xe máy (kg)", "Tổng khối lượng phát sinh (tấn/năm)"]]
    for k, (name, code, (clo, chi), (mlo, mhi)) in enumerate(VN_BALANCE, 1):
        car, moto = _sig(r.uniform(clo, chi), 3 if chi >= 10 else 2), _sig(r.uniform(mlo, mhi), 2)
        t = _t((car * cars + moto * bikes) / 1000)
        rows.append([str(k), name, code or "-", num(car, "vi"), num(moto, "vi"), num(t, "vi")])
        doc.add("wastes", {"code": code + "*" if code else None, "code_system": "VN-CTNH" if code else None, "hazardous": bool(code), "amount_t": t,
                           "name_contains": _words(name, 4)})
    doc.table("Bảng 3.6. Khối lượng chất thải phát sinh từ hoạt động tháo dỡ phương tiện", rows, role="wastes")
    doc.p("Dung dịch làm mát và nhiên liệu thu hồi từ bình chứa được lưu trong bồn kín và sử dụng lại cho xe nâng của nhà máy.")
    maybe_distractor(doc)


# (RU dealer, KK dealer, RU operator, KK operator, RU city, KK city)
DEALERS = (
    ("Дилерский центр «Есіл Авто»", "«Есіл Авто» дилерлік орталығы", "ТОО «Есіл Авто Орталығы»", "«Есіл Авто Орталығы» ЖШС", "г. Астана", "Астана қ."),
    ("Дилерский центр «Медеу Моторс»", "«Медеу Моторс» дилерлік орталығы", "ТОО «Медеу Моторс Сервис»", "«Медеу Моторс Сервис» ЖШС", "г. Алматы", "Алматы қ."),
    ("Автоцентр «Сарыарқа»", "«Сарыарқа» автоорталығы", "ТОО «Сарыарқа Автоцентр»", "«Сарыарқа Автоцентр» ЖШС", "г. Караганда", "Қарағанды қ."),
)  # fmt: skip
# (code, RU, KK, (RU where, KK where), (low, high) t a year, receiver's name)
DEALER_WASTES = (
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", ("ТО и ремонт", "ТҚК және жөндеу"), (2.5, 6.0), "Эко Ойл Регенерация"),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", ("ТО и ремонт", "ТҚК және жөндеу"), (0.3, 0.9), "Эко Ойл Регенерация"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", ("замена АКБ", "АКБ ауыстыру"), (1.0, 3.0), "Кайнар-АКБ Рециклинг"),
    ("16 01 14*", "Отработанный антифриз", "Пайдаланылған антифриз", ("ТО и ремонт", "ТҚК және жөндеу"), (0.2, 0.7), "Эко Ойл Регенерация"),
    ("15 02 02*", "Промасленная ветошь и сорбенты", "Майланған шүберек пен сорбенттер", ("ТО и ремонт", "ТҚК және жөндеу"), (0.2, 0.6), "Термо Утилизация"),
    ("08 01 11*", "Остатки лакокрасочных материалов и растворителей", "Лак-бояу материалдары мен еріткіштердің қалдықтары",
     ("кузовной ремонт и окраска", "шанақты жөндеу және бояу"), (0.1, 0.4), "Термо Утилизация"),
    ("15 01 10*", "Тара из-под лакокрасочных материалов", "Лак-бояу материалдарының ыдысы", ("кузовной ремонт и окраска", "шанақты жөндеу және бояу"),
     (0.1, 0.3), "Термо Утилизация"),
    ("12 01 21", "Отработанные шлифовальные материалы", "Пайдаланылған тегістеу материалдары", ("кузовной ремонт и окраска", "шанақты жөндеу және бояу"),
     (0.05, 0.2), "Таза Қала Сервис"),
    ("16 01 03", "Изношенные шины", "Тозған шиналар", ("шиномонтаж", "шина монтаждау"), (3.0, 8.0), "Kazakhstan Tyre Recycling"),
    ("16 01 17", "Лом черных металлов (замененные детали и узлы)", "Қара металл сынықтары (ауыстырылған бөлшектер мен тораптар)",
     ("ТО и ремонт", "ТҚК және жөндеу"), (2.0, 6.0), "Вторчермет Сервис"),
    ("15 01 01", "Упаковка из бумаги и картона", "Қағаз және картон орамасы", ("склад запасных частей", "қосалқы бөлшектер қоймасы"), (4.0, 10.0),
     "Таза Қала Сервис"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", ("офис, салон, клиентская зона", "кеңсе, салон, клиенттік аймақ"), (5.0, 12.0),
     "Таза Қала Сервис"),
)  # fmt: skip
# (RU good, KK good, HS code, pieces (low, high) or None, tonnes (low, high))
EPR_GOODS = (
    ("Шины пневматические резиновые новые для легковых автомобилей", "Жеңіл автомобильдерге арналған жаңа пневматикалық резеңке шиналар",
     "4011 10 000 3", (1800, 3200), (18, 32)),
    ("Аккумуляторы свинцовые для запуска поршневых двигателей", "Поршеньді қозғалтқыштарды іске қосуға арналған қорғасын аккумуляторлары",
     "8507 10 200 8", (400, 900), (7, 16)),
    ("Масла моторные", "Мотор майлары", "2710 19 820 0", None, (20, 45)),
    ("Охлаждающие жидкости (антифризы)", "Салқындату сұйықтықтары (антифриздер)", "3820 00 000 0", None, (5, 12)),
)  # fmt: skip


def wastes_im2(doc: Doc) -> None:
    """A car dealership's annual environmental report: its wastes as rows with the stock at the start of the year, the tonnes
    generated, the tonnes handed over with the receiver and the stock at the end, the generated being the amount; then the
    section on the producer's responsibility, the goods it imported and put on the market — new tyres, starter batteries,
    motor oils and antifreeze — with their customs codes, pieces and tonnes, a table of no role whose names read like
    wastes (VI: a motorbike dealer chain's report, its CTNH in kilograms with the numbers of the transfer papers and its
    ordinary wastes in tonnes, then its declaration of products put on the market with HS codes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_im2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    d = doc.pick(DEALERS)
    dealer, operator, city = d[L], d[2 + L], d[4 + L]
    doc.h(g(f"Годовой экологический отчет за 2025 год. {operator}, {dealer} ({city})", f"{operator}, {dealer} ({city}). 2025 жылғы жылдық экологиялық есеп", ""))
    doc.h(g("3. Обращение с отходами", "3. Қалдықтармен жұмыс істеу", ""))
    doc.p(g("Дилерский центр включает шоурум, зону технического обслуживания на 12 постов, участок кузовного ремонта с окрасочно-сушильной камерой и "
            "шиномонтаж. Учет отходов ведется в журнале по видам отходов; масса определяется взвешиванием при передаче.",
            "Дилерлік орталық шоурумнан, 12 бекеттік техникалық қызмет көрсету аймағынан, бояу-кептіру камерасы бар шанақты жөндеу учаскесінен және "
            "шина монтаждаудан тұрады. Қалдықтар есебі журналда қалдық түрлері бойынша жүргізіледі; массасы беру кезінде өлшеу арқылы анықталады.", ""))
    rows = [g(["№", "Код", "Наименование отхода", "Место образования", "Остаток на 01.01.2025, т", "Образовано за 2025 год, т", "Передано, т",
               "Получатель", "Остаток на 31.12.2025, т"],
              ["№", "Коды", "Қалдықтың атауы", "Түзілетін орны", "01.01.2025 қалдығы, т", "2025 жылы түзілді, т", "Берілді, т", "Алушы",
               "31.12.2025 қалдығы, т"], [])]
    for k, (code, n_ru, n_kk, where, (lo, hi), receiver) in enumerate(DEALER_WASTES, 1):
        made = round(r.uniform(lo, hi), 3 if hi < 1 else 2)
        start, end = (round(made * r.uniform(0.05, 0.25), 3), round(made * r.uniform(0.05, 0.25), 3)) if r.random() < 0.5 else (0.0, 0.0)
        given = round(start + made - end, 3)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, where[L], num(start, doc.lang) if start else "–", num(made, doc.lang), num(given, doc.lang),
                     g(f"ТОО «{receiver}»", f"«{receiver}» ЖШС", ""),
                     num(end, doc.lang) if end else "–"])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": made, "name_contains": _words(name, 3)})
    doc.table(g("Таблица 3 – Образование и движение отходов в 2025 году", "3-кесте – 2025 жылы қалдықтардың түзілуі және қозғалысы", ""), rows, role="wastes")
    doc.h(g("4. Расширенные обязательства производителей (импортеров)", "4. Өндірушілердің (импорттаушылардың) кеңейтілген міндеттемелері", ""))
    doc.p(g(f"{operator} как импортер товаров, на которые распространяются расширенные обязательства, исполняет их путем внесения утилизационного "
            "платежа оператору. Сведения о товарах, выпущенных в обращение в 2025 году:",
            f"{operator} кеңейтілген міндеттемелер қолданылатын тауарлардың импорттаушысы ретінде оларды операторға кәдеге жарату төлемін енгізу "
            "арқылы орындайды. 2025 жылы айналымға шығарылған тауарлар туралы мәліметтер:", ""))
    goods = [g(["№", "Наименование товара", "Код ТН ВЭД ЕАЭС", "Количество, шт.", "Масса, т"], ["№", "Тауардың атауы", "ЕАЭО СЭҚ ТН коды", "Саны, дана", "Массасы, т"], [])]
    for k, (t_ru, t_kk, hs, pcs, (lo, hi)) in enumerate(EPR_GOODS, 1):
        goods.append([str(k), (t_ru, t_kk)[L], hs, num(r.randint(*pcs), doc.lang) if pcs else "–", num(round(r.uniform(lo, hi), 2), doc.lang)])
    doc.table(g("Таблица 4 – Товары, выпущенные в обращение, на которые распространяются расширенные обязательства производителей (импортеров)",
                "4-кесте – Өндірушілердің (импорттаушылардың) кеңейтілген міндеттемелері қолданылатын айналымға шығарылған тауарлар", ""), goods, role="other")


VN_SHOPS = (("Công ty TNHH Thương mại và Dịch vụ Xe máy Phú Thịnh", "06 cửa hàng bán xe và dịch vụ do Honda ủy nhiệm (HEAD) tại Hà Nội"),
            ("Công ty Cổ phần Xe máy Miền Tây Xanh", "05 cửa hàng HEAD tại Cần Thơ và Vĩnh Long"))
# (code, name, (low, high) kg, receiver)
VN_SHOP_CTNH = (
    ("17 02 03", "Dầu nhớt thải từ thay dầu xe máy", (8000, 15000)),
    ("15 01 02", "Bộ lọc dầu đã qua sử dụng", (150, 400)),
    ("19 06 01", "Pin, ắc quy chì thải", (600, 1500)),
    ("18 02 01", "Giẻ lau, găng tay dính dầu", (300, 700)),
    ("18 01 03", "Bao bì cứng thải bằng nhựa (vỏ chai dầu nhớt)", (500, 1200)),
    ("16 01 06", "Bóng đèn huỳnh quang thải", (10, 30)),
)  # fmt: skip
VN_SHOP_ORDINARY = (("Lốp, săm xe máy thải", (6, 14)), ("Phụ tùng kim loại thay thế", (3, 8)), ("Bao bì carton, xốp của phụ tùng", (4, 9)))


def _wastes_im2_vi(doc: Doc) -> None:
    r = doc.rng
    company, shops = doc.pick(VN_SHOPS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.p(f"Phạm vi báo cáo: {shops}. Chất thải nguy hại được lưu giữ tại kho của từng cửa hàng và chuyển giao định kỳ cho đơn vị có giấy phép.")
    doc.h("2.3. Kết quả quản lý chất thải")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Số lượng (kg)", "Tổ chức tiếp nhận", "Số chứng từ"]]
    for k, (code, name, (lo, hi)) in enumerate(VN_SHOP_CTNH, 1):
        kg = float(r.randint(lo // 5, hi // 5) * 5)
        rows.append([str(k), name, code, num(kg, "vi"), "Công ty TNHH Môi trường Xanh Việt", f"{r.randint(10, 99)}/2025/CTNH"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 2.3. Chất thải nguy hại phát sinh và chuyển giao năm 2025", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (tấn)", "Đơn vị tiếp nhận"]]
    for k, (name, (lo, hi)) in enumerate(VN_SHOP_ORDINARY, 1):
        t = round(r.uniform(lo, hi), 2)
        rows.append([str(k), name, num(t, "vi"), "Cơ sở thu mua phế liệu Hòa Phát"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 2.4. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    doc.h("2.4. Thực hiện trách nhiệm tái chế, xử lý sản phẩm, bao bì (EPR)")
    goods = [["TT", "Sản phẩm, bao bì", "Mã HS", "Khối lượng đưa ra thị trường (tấn)", "Hình thức thực hiện"],
             ["1", "Dầu nhớt xe máy nhãn hiệu riêng của công ty", "2710.19.43", num(round(r.uniform(40, 90), 1), "vi"), "Đóng góp tài chính vào Quỹ Bảo vệ môi trường Việt Nam"],
             ["2", "Lốp xe mô tô, xe gắn máy", "4011.40.00", num(round(r.uniform(15, 35), 1), "vi"), "Đóng góp tài chính vào Quỹ Bảo vệ môi trường Việt Nam"],
             ["3", "Ắc quy chì dùng cho xe mô tô", "8507.10", num(round(r.uniform(5, 12), 1), "vi"), "Thuê đơn vị tái chế"],
             ["4", "Bao bì nhựa cứng (chai đựng dầu nhớt)", "-", num(round(r.uniform(3, 8), 1), "vi"), "Thuê đơn vị tái chế"]]  # fmt: skip
    doc.table("Bảng 2.5. Kê khai khối lượng sản phẩm, bao bì đưa ra thị trường năm 2025 (Nghị định số 08/2022/NĐ-CP)", goods, role="other")


# ---------------------------------------------------------------- limits

# (RU wash, KK wash, RU operator, KK operator, RU city, KK city, RU utility, KK utility)
WASHES = (
    ("Автомоечный комплекс с шиномонтажом «Аква Драйв»", "Шина монтаждау бар «Аква Драйв» автожуу кешені", "ТОО «Аква Драйв Сервис»", "«Аква Драйв Сервис» ЖШС",
     "г. Астана", "Астана қ.", "ГКП «Астана Су Арнасы»", "«Астана Су Арнасы» МКК"),
    ("Автомойка и шиномонтаж «Жуу Ордасы»", "«Жуу Ордасы» автожуу және шина монтаждау орны", "ТОО «Жуу Ордасы»", "«Жуу Ордасы» ЖШС",
     "г. Алматы", "Алматы қ.", "ГКП «Алматы Су»", "«Алматы Су» МКК"),
    ("Автомоечный комплекс «Дөңгелек»", "«Дөңгелек» автожуу кешені", "ТОО «Дөңгелек Авто»", "«Дөңгелек Авто» ЖШС",
     "г. Караганда", "Қарағанды қ.", "ТОО «Қарағанды Су»", "«Қарағанды Су» ЖШС"),
)  # fmt: skip
# symbol: (ДК of the sewer utility, (low, high) at the inlet, method)
WASH_PARAMS = {
    "pH": ((6.5, 9.0), (7.2, 8.6), "ПНД Ф 14.1:2:3:4.121-97"),
    "TSS": (300, (450, 1300), "ПНД Ф 14.1:2:4.254-09"),
    "TPH": (1.0, (18, 90), "ПНД Ф 14.1:2:4.128-98"),
    "Surfactants": (2.0, (6, 22), "ПНД Ф 14.1:2:4.158-2000"),
    "COD": (500, (600, 1600), "ПНД Ф 14.1:2:4.190-2003"),
    "BOD5": (300, (160, 420), "ПНД Ф 14.1:2:3:4.123-97"),
    "Fe": (1.5, (2.5, 9.0), "ПНД Ф 14.1:2:4.50-96"),
}


def _ph(v: float) -> str:
    """A pH as laboratories print it, always with its decimal: `8,0`."""
    return f"{v:.1f}".replace(".", ",")


def _pm(doc: Doc, v: float, ph: bool) -> str:
    """A result with its uncertainty, `0,42 ± 0,08`."""
    if ph:
        return f"{_ph(v)} ± 0,2"
    return f"{num(v, doc.lang)} ± {num(_sig(v * doc.rng.uniform(0.12, 0.25), 2), doc.lang)}"


def limits_im1(doc: Doc) -> None:
    """A car wash's laboratory protocol of its local treatment unit, the parameters as rows and the points as three columns
    of results under a merged header — the inlet, after the oil separator, the sewer manhole on the outlet — each written
    with its uncertainty (`0,42 ± 0,08`), the sewer utility's allowed concentrations in a column of their own before them
    and the methods after them, a footnote binding the allowed concentrations to the manhole alone: only the third column
    is judged (VI: a car wash and repair centre, `NT1` … `NT3` as columns, the Cmax of QCVN 40:2011/BTNMT column B with Kq
    and Kf in the last column, only the connection manhole `NT3` judged)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_im1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    w = doc.pick(WASHES)
    wash, operator, city, utility = w[L], w[2 + L], w[4 + L], w[6 + L]
    doc.h(g(f"Протокол испытаний № {r.randint(100, 990)}-СВ/25 от {r.randint(1, 28):02d}.{r.randint(5, 10):02d}.2025",
            f"2025 жылғы {r.randint(1, 28):02d}.{r.randint(5, 10):02d} № {r.randint(100, 990)}-СВ/25 сынақ хаттамасы", ""))
    doc.p(g(f"Заказчик: {operator}, {wash} ({city}). Объект испытаний: сточные воды локальных очистных сооружений автомойки (пескоуловитель, "
            "нефтеуловитель, сорбционный фильтр) с частичным оборотом воды; очищенная вода сбрасывается в городскую канализацию. Испытательная "
            f"лаборатория ТОО «ЭкоАналитика» (аттестат аккредитации KZ.T.{r.randint(1, 17):02d}.{r.randint(1000, 2999)}).",
            f"Тапсырыс беруші: {operator}, {wash} ({city}). Сынақ объектісі: суды ішінара айналымға қайтаратын автожуу орнының жергілікті тазарту "
            "құрылыстарының (құм ұстағыш, мұнай ұстағыш, сорбциялық сүзгі) сарқынды сулары; тазартылған су қалалық кәрізге төгіледі. «ЭкоАналитика» "
            f"ЖШС сынақ зертханасы (аккредиттеу аттестаты KZ.T.{r.randint(1, 17):02d}.{r.randint(1000, 2999)}).", ""))
    keys = [s for s in WASH_PARAMS if s in ("pH", "TSS", "TPH", "COD") or r.random() < 0.75]
    rows = [g(["№", "Показатель", "Ед. изм.", "ДК*", "Результаты испытаний (результат ± погрешность)", None, None, "НД на метод испытаний"],
              ["№", "Көрсеткіш", "Өлш. бірл.", "РК*", "Сынақ нәтижелері (нәтиже ± қателік)", None, None, "Сынақ әдісіне НҚ"], []),
            [None] * 4 + g(["Т-1 (вход на ЛОС)", "Т-2 (после нефтеуловителя)", "Т-3 (колодец КК-1 на выпуске в канализацию)"],
                           ["Т-1 (ЖТҚ кірісі)", "Т-2 (мұнай ұстағыштан кейін)", "Т-3 (кәрізге шығарудағы КК-1 құдығы)"], []) + [None]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 6), (0, 7, 1, 7)]
    for k, s in enumerate(keys, 1):
        dk, (lo, hi), method = WASH_PARAMS[s]
        ph = s == "pH"
        if ph:
            vals = [round(r.uniform(lo, hi), 1) for _ in range(3)]
            dk_cell = f"{_ph(dk[0])}–{_ph(dk[1])}"
        else:
            out = _sig(dk * r.uniform(0.3, 1.1), 2)
            mid = _sig(out * r.uniform(1.4, 2.6), 2)
            vals = [_sig(max(r.uniform(lo, hi), mid * 1.5), 2), mid, out]
            dk_cell = num(dk, doc.lang)
        unit = g("ед. pH", "рН бірл.", "") if ph else g("мг/дм³", "мг/дм³", "")
        rows.append([str(k), vocab.water(s, doc.lang), unit, dk_cell, *(_pm(doc, v, ph) for v in vals), method])
        add(doc, limit(("symbol", s), "waste_water", dk, "mg/l", None, "Т-3", vals[2]))
    doc.table(g("Результаты испытаний", "Сынақ нәтижелері", ""), rows, merges, role="limits")
    doc.p(g(f"* ДК – допустимые концентрации загрязняющих веществ в сточных водах, принимаемых в систему водоотведения, по техническим условиям "
            f"{utility}; с ДК сравниваются результаты в точке Т-3. Точки Т-1 и Т-2 контролируются для оценки эффективности очистки.",
            f"* РК – {utility} техникалық шарттары бойынша су бұру жүйесіне қабылданатын сарқынды сулардағы ластаушы заттардың рұқсат етілген "
            "концентрациялары; РК-мен Т-3 нүктесіндегі нәтижелер салыстырылады. Т-1 және Т-2 нүктелері тазарту тиімділігін бағалау үшін бақыланады.", ""))
    maybe_distractor(doc)


# symbol: (unit, QCVN 40 column B, (low, high) at the inlet)
VN_WASH = {"pH": (None, (5.5, 9), (6.8, 8.4)), "TSS": ("mg/l", 100, (250, 800)), "COD": ("mg/l", 150, (300, 900)),
           "BOD5": ("mg/l", 50, (90, 260)), "TPH": ("mg/l", 10, (25, 120)), "Fe": ("mg/l", 5, (4, 15))}
VN_WASH_SITES = (("Trung tâm rửa xe và sửa chữa ô tô Sài Gòn Xanh", "Công ty TNHH Dịch vụ Ô tô Sài Gòn Xanh", "phường Tân Thuận, Thành phố Hồ Chí Minh"),
                 ("Xưởng dịch vụ và rửa xe ô tô Hà Đông", "Công ty Cổ phần Ô tô Hà Đông", "phường Kiến Hưng, thành phố Hà Nội"))


def _limits_im1_vi(doc: Doc) -> None:
    r = doc.rng
    site, company, place = doc.pick(VN_WASH_SITES)
    kq, kf = 1.0, 1.2
    doc.h(f"PHIẾU KẾT QUẢ PHÂN TÍCH NƯỚC THẢI – {site.upper()}")
    doc.p(f"Khách hàng: {company}; địa chỉ: {place}. Nước thải rửa xe và sửa chữa được xử lý qua bể lắng cát, bể tách dầu và bể lọc trước khi đấu nối "
          f"vào hệ thống thoát nước chung. Ngày lấy mẫu: {r.randint(2, 27):02d}/{r.randint(6, 11):02d}/2025. Quy chuẩn so sánh: QCVN 40:2011/BTNMT cột B, "
          f"Cmax = C × Kq × Kf với Kq = {num(kq, 'vi')}, Kf = {num(kf, 'vi')} (lưu lượng dưới 50 m³/ngày đêm).")
    keys = [s for s in VN_WASH if s in ("pH", "TSS", "COD", "TPH") or r.random() < 0.75]
    rows = [["TT", "Thông số", "Đơn vị", "NT1 – Đầu vào hệ thống xử lý", "NT2 – Sau bể tách dầu", "NT3 – Hố ga đấu nối (sau xử lý)",
             "QCVN 40:2011/BTNMT cột B (Cmax)"]]
    for k, s in enumerate(keys, 1):
        unit, c, (lo, hi) = VN_WASH[s]
        if s == "pH":
            vals, cmax = [round(r.uniform(lo, hi), 1) for _ in range(3)], c
            cell = f"{num(c[0], 'vi')} – {num(c[1], 'vi')}"
        else:
            cmax = _sig(c * kq * kf, 6)
            out = _sig(cmax * r.uniform(0.25, 0.95), 3)
            mid = _sig(out * r.uniform(1.4, 2.5), 3)
            vals, cell = [_sig(max(r.uniform(lo, hi), mid * 1.5), 3), mid, out], num(cmax, "vi")
        rows.append([str(k), vocab.water(s, "vi"), unit or "-", *(_ph(v) if s == "pH" else num(v, "vi") for v in vals), cell])
        add(doc, limit(("symbol", s), "waste_water", cmax, unit, "B", "NT3", vals[2]))
    doc.table("Bảng kết quả phân tích", rows, role="limits")
    doc.p("Ghi chú: chỉ mẫu NT3 (nước thải sau xử lý đấu nối vào hệ thống thoát nước chung) được so sánh với quy chuẩn; NT1, NT2 dùng để đánh giá "
          "hiệu quả xử lý.")
    maybe_distractor(doc)


# (RU yard, KK yard, RU operator, KK operator, RU receiver of the runoff, KK receiver)
SCRAP_YARDS = (
    ("Площадка приема и переработки лома со шредерной установкой", "Шредерлік қондырғысы бар сынықтарды қабылдау және қайта өңдеу алаңы",
     "ТОО «Темір Сынық Орталығы»", "«Темір Сынық Орталығы» ЖШС", "арык Сокыр (г. Караганда)", "Соқыр арығы (Қарағанды қ.)"),
    ("Пункт приема и переработки лома черных и цветных металлов", "Қара және түсті металл сынықтарын қабылдау және қайта өңдеу пункті",
     "ТОО «Оңтүстік Вторчермет»", "«Оңтүстік Вторчермет» ЖШС", "коллектор К-2 (г. Шымкент)", "К-2 коллекторы (Шымкент қ.)"),
    ("Шредерный комплекс переработки лома", "Сынықтарды қайта өңдеудің шредерлік кешені", "ТОО «Ертіс Металл Ресурс»", "«Ертіс Металл Ресурс» ЖШС",
     "пруд-испаритель № 2 (г. Павлодар)", "№ 2 буландырғыш тоған (Павлодар қ.)"),
)  # fmt: skip
# symbol: (discharge norm mg/l, (low, high), detection limit or None, at the roof outlet too)
STORM = {"TSS": (20, (6, 34), None, True), "TPH": (0.3, (0.04, 0.55), None, True), "Fe": (0.3, (0.08, 0.6), None, False),
         "Zn": (0.01, (0.004, 0.03), None, False), "Cu": (0.001, (0.0005, 0.004), None, False), "Pb": (0.006, (0.002, 0.011), 0.005, False)}
STORM_EVENTS = (("Снеготаяние", "Қар еруі", "18.03.2025", None), ("Дождь", "Жаңбыр", "22.04.2025", 14), ("Дождь", "Жаңбыр", "03.06.2025", 21),
                ("Дождь", "Жаңбыр", "11.07.2025", 0), ("Дождь", "Жаңбыр", "16.09.2025", 9))


def limits_im2(doc: Doc) -> None:
    """A scrap yard's report on ПЭК, the control of its storm water: rain and snowmelt events as rows, each merged over its two
    outlets — `В-1` after the local treatment of the storage pad's runoff and `В-2` of the clean roof water — the
    parameters as columns, the permit's discharge norms in a row under the header, the metals not determined at `В-2`
    (`н/о`), lead below detection written `< 0,005`, a rain without runoff written across its row (VI: the air of the Đa Hội
    steel village at four points by day and by night as two sub-columns of each substance, the one-hour values of QCVN
    05:2023/BTNMT in a row under the header, µg/m3)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_im2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    y = doc.pick(SCRAP_YARDS)
    yard, operator, receiver = y[L], y[2 + L], y[4 + L]
    keys = list(STORM)
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {operator}", f"{operator}. 2025 жылғы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.h(g("4.2. Контроль качества поверхностного стока", "4.2. Жер үсті ағынының сапасын бақылау", ""))
    doc.p(g(f"{yard}. Поверхностный сток с площадки хранения лома после локальных очистных сооружений (песконефтеуловитель, сорбционный фильтр) "
            f"отводится через выпуск В-1, условно чистый сток с кровли – через выпуск В-2; приемник – {receiver}. Пробы отбираются при каждом "
            "событии стока; на выпуске В-2 металлы не определяются.",
            f"{yard}. Сынықтар сақталатын алаңнан жер үсті ағыны жергілікті тазарту құрылыстарынан (құм-мұнай ұстағыш, сорбциялық сүзгі) кейін В-1 "
            f"шығарылымы арқылы, шатырдан шартты таза ағын В-2 шығарылымы арқылы бұрылады; қабылдағыш – {receiver}. Сынамалар әр ағын оқиғасында "
            "алынады; В-2 шығарылымында металдар анықталмайды.", ""))
    rows = [[g("Событие, дата отбора", "Оқиға, сынама алу күні", ""), g("Выпуск", "Шығарылым", ""), *(vocab.water(s, doc.lang) for s in keys)],
            [g("Норматив допустимого сброса (КЭР), мг/дм³", "Жол берілетін төгінді нормативі (КЭР), мг/дм³", ""), None, *(num(STORM[s][0], doc.lang) for s in keys)]]
    merges = [(1, 0, 1, 1)]
    for e_ru, e_kk, date, mm in STORM_EVENTS:
        label = f"{(e_ru, e_kk)[L]}, {date}" + (g(f" ({mm} мм)", f" ({mm} мм)", "") if mm else "")
        if mm == 0:
            rows.append([label + g(" – осадки 4 мм, сток отсутствовал, пробы не отбирались", " – жауын-шашын 4 мм, ағын болмады, сынама алынбады", ""),
                         *[None] * (1 + len(keys))])
            merges.append((len(rows) - 1, 0, len(rows) - 1, 1 + len(keys)))
            continue
        start = len(rows)
        for point in ("В-1", "В-2"):
            line = [label if point == "В-1" else None, point]
            for s in keys:
                norm, (lo, hi), det, roof = STORM[s]
                if point == "В-2" and not roof:
                    line.append(g("н/о", "а/ж", ""))
                    continue
                v = _sig(r.uniform(lo, hi) * (0.4 if point == "В-2" else 1.0), 2)
                if det and v < det:
                    line.append(f"< {num(det, doc.lang)}")
                    add(doc, {k: x for k, x in limit(("symbol", s), "waste_water", norm, "mg/l", None, point).items() if k != "value"})
                    continue
                line.append(num(v, doc.lang))
                add(doc, limit(("symbol", s), "waste_water", norm, "mg/l", None, point, v))
            rows.append(line)
        merges.append((start, 0, start + 1, 0))
    doc.table(g("Таблица 4.2 – Результаты анализов поверхностного стока, мг/дм³", "4.2-кесте – Жер үсті ағынын талдау нәтижелері, мг/дм³", ""),
              rows, merges, role="limits")
    doc.p(g("н/о – не определялось; «<» – ниже предела обнаружения методики. По случаям превышения норматива на выпуске В-1 выполнена "
            "внеочередная очистка песконефтеуловителя и замена сорбционной загрузки.",
            "а/ж – анықталған жоқ; «<» – әдістеменің анықтау шегінен төмен. В-1 шығарылымында норматив асқан жағдайлар бойынша құм-мұнай "
            "ұстағыш кезектен тыс тазартылып, сорбциялық жүктеме ауыстырылды.", ""))
    maybe_distractor(doc)


# code: (label, QCVN 05:2023 one hour µg/m3, (low, high) by day, night factor)
DA_HOI_AIR = {"2902": ("Tổng bụi lơ lửng (TSP)", 300, (140, 420), 1.6), "0330": ("SO2", 350, (60, 260), 1.8),
              "0301": ("NO2", 200, (40, 150), 1.5), "0337": ("CO", 30000, (3500, 9000), 2.0)}
DA_HOI_POINTS = (("KK1", "Khu sản xuất thôn Đa Hội, cạnh cụm lò nấu thép", 1.0), ("KK2", "Đường trục chính thôn Đa Hội, trước nhà văn hóa", 0.8),
                 ("KK3", "Khu dân cư thôn Trịnh Nguyễn, cách khu sản xuất 300 m", 0.5), ("KK4", "Trường Tiểu học Châu Khê", 0.4))


def _limits_im2_vi(doc: Doc) -> None:
    r = doc.rng
    keys = list(DA_HOI_AIR)
    doc.h("BÁO CÁO KẾT QUẢ QUAN TRẮC MÔI TRƯỜNG LÀNG NGHỀ ĐA HỘI ĐỢT 2 NĂM 2025")
    doc.p("Đơn vị thực hiện: Trung tâm Quan trắc tài nguyên và môi trường tỉnh Bắc Ninh. Do các lò nấu thép và lò nung phôi chủ yếu hoạt động về đêm, "
          "mẫu không khí được lấy hai lần trong ngày: ban ngày (9h00 – 11h00) và ban đêm (22h00 – 24h00); kết quả là giá trị trung bình 1 giờ.")
    rows = [["Vị trí quan trắc", *(x for k in keys for x in (f"{DA_HOI_AIR[k][0]} (µg/m³)", None))],
            [None, *(x for _ in keys for x in ("Ngày", "Đêm"))],
            ["QCVN 05:2023/BTNMT (trung bình 1 giờ)", *(num(DA_HOI_AIR[k][1], "vi") for k in keys for _ in range(2))]]
    merges = [(0, 0, 1, 0)] + [(0, 1 + 2 * j, 0, 2 + 2 * j) for j in range(len(keys))]
    for pid, place, factor in DA_HOI_POINTS:
        line = [f"{pid} – {place}"]
        for k in keys:
            _, lim, (lo, hi), night = DA_HOI_AIR[k]
            day = _sig(r.uniform(lo, hi) * factor, 3)
            for v in (day, _sig(day * night * r.uniform(0.85, 1.15), 3)):
                line.append(num(v, "vi"))
                add(doc, limit(("code", k), "air", lim, "µg/m3", None, pid, v))
        rows.append(line)
    doc.table("Bảng 3.1. Kết quả quan trắc chất lượng không khí xung quanh", rows, merges, role="limits")
    doc.p("Nhận xét: nồng độ các thông số vào ban đêm đều cao hơn ban ngày, cao nhất tại khu sản xuất; các giá trị vượt giới hạn của QCVN "
          "05:2023/BTNMT được kiến nghị đưa vào kế hoạch kiểm tra các hộ sản xuất.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# ((RU section, KK section), [(kind, key, sources, points, (frequency at the sources, frequency at the points))])
ELV_PROGRAMME = (
    (("1. Выбросы и атмосферный воздух на границе СЗЗ", "1. Шығарындылар және СҚА шекарасындағы атмосфералық ауа"), [
        ("code", "2704", ("0001",), (), ("quarterly", None)),
        ("code", "2754", ("0001",), (), ("quarterly", None)),
        ("code", "2978", ("0003",), (), ("quarterly", None)),
        ("code", "2902", ("0003",), ("Т-1", "Т-2"), ("quarterly", "semiannual")),
        ("code", "0123", (), ("Т-1", "Т-2"), (None, "semiannual")),
        ("code", "0301", (), ("Т-1", "Т-2"), (None, "semiannual")),
        ("code", "0337", (), ("Т-1", "Т-2"), (None, "semiannual"))]),
    (("2. Поверхностный сток", "2. Жер үсті ағыны"), [
        ("symbol", "TSS", (), ("В-1",), (None, "quarterly")),
        ("symbol", "TPH", (), ("В-1",), (None, "quarterly")),
        ("symbol", "Zn", (), ("В-1",), (None, "quarterly"))]),
    (("3. Почва", "3. Топырақ"), [
        ("soil", "Pb", (), ("П-1", "П-2"), (None, "yearly")),
        ("soil", "TPH", (), ("П-1", "П-2"), (None, "yearly"))]),
)  # fmt: skip
ELV_PLACES = {
    "Т-1": ("Т-1, Т-2 (граница СЗЗ, с подветренной и наветренной сторон)", "Т-1, Т-2 (СҚА шекарасы, ық және жел жақтан)"),
    "В-1": ("В-1 (выпуск ливневых стоков после ЛОС)", "В-1 (ЖТҚ-дан кейінгі нөсер ағындарының шығарылымы)"),
    "П-1": ("П-1 (площадка хранения ВЭТС до осушения), П-2 (у склада АКБ)", "П-1 (ПШКҚ құрғатылғанға дейін сақталатын алаң), П-2 (АКБ қоймасы жанында)"),
}  # fmt: skip


def _name(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return _air(doc, key, 1 if doc.lang == "vi" else 0)
    return vocab.soil(key, doc.lang) if kind == "soil" else vocab.water(key, doc.lang)


def monitoring_im1(doc: Doc) -> None:
    """An ELV dismantler's ПЭК programme laid out by substance rather than by place: each row a parameter (`2902 – Взвешенные
    частицы` for air, a name for water and soil) with the places in one cell (`ИЗА 0003; Т-1, Т-2`), the places described
    only where they first appear, and one cell holding two frequencies, one for the source and one for the boundary points
    (`ИЗА 0003 – ежеквартально; Т-1, Т-2 – 2 раза в год`), under section rows for air, storm water and soil (VI: Đa Hội's
    programme of monitoring the village, parameters as rows, some rows holding three of them, the frequency split by
    point)."""
    if doc.lang == "vi":
        _monitoring_im1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    b = doc.pick(BASES)
    operator = b[2 + L]
    doc.h(g(f"Программа производственного экологического контроля {operator} на 2026–2028 годы",
            f"{operator} 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g("Раздел 4. План-график мониторинга эмиссий и воздействия. ИЗА 0001 – местный отсос станции осушения ВЭТС; ИЗА 0003 – циклон "
            "шинорезательной установки. Неорганизованные источники (газовая резка, пресс) контролируются расчетным методом.",
            "4-бөлім. Эмиссиялар мен әсер мониторингінің кесте-жоспары. 0001 ЛШК – ПШКҚ құрғату станциясының жергілікті сорғышы; 0003 ЛШК – шина "
            "кесу қондырғысының циклоны. Ұйымдастырылмаған көздер (газбен кесу, пресс) есептеу әдісімен бақыланады.", ""))
    rows = [g(["№", "Контролируемый параметр", "Места контроля", "Периодичность", "Метод контроля, исполнитель"],
              ["№", "Бақыланатын параметр", "Бақылау орындары", "Кезеңділігі", "Бақылау әдісі, орындаушы"], [])]
    merges = []
    seen: set[str] = set()
    pairs = []
    n = 0
    src = g("ИЗА", "ЛШК", "")
    for (s_ru, s_kk), items in ELV_PROGRAMME:
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for kind, key, sources, points, (f_src, f_pt) in items:
            n += 1
            label = f"{key} – {_name(doc, kind, key)}" if kind == "code" else _name(doc, kind, key)
            where = []
            if sources:
                where.append(f"{src} " + ", ".join(sources))
            if points:
                first = points[0]
                where.append(ELV_PLACES[first][L] if first in ELV_PLACES and first not in seen else ", ".join(points))
                seen.add(first)
            if sources and points:
                said = f"{src} {', '.join(sources)} – {freq(doc, f_src)}; {', '.join(points)} – {freq(doc, f_pt)}"
            else:
                said = freq(doc, f_src or f_pt)
            method = g("инструментальный, аккредитованная лаборатория", "аспаптық, аккредиттелген зертхана", "") if kind == "code" else \
                g("лабораторный анализ проб", "сынамаларды зертханалық талдау", "")
            rows.append([str(n), label, "; ".join(where), said, method])
            key_name = "code" if kind == "code" else "symbol"
            for s in sources:
                doc.add("monitoring", {"source_number": s, key_name: key, "frequency": f_src})
                pairs.append((s, key))
            for p in points:
                doc.add("monitoring", {"point": p, key_name: key, "frequency": f_pt})
    doc.table(g("Таблица 4.1 – Контролируемые параметры, места и периодичность контроля", "4.1-кесте – Бақыланатын параметрлер, бақылау орындары мен кезеңділігі", ""),
              rows, merges, role="monitoring")
    doc.add("sources", {"number": "0001", "type": "organized"}, {"number": "0003", "type": "organized"})
    doc.add("emissions", *(emission(c, None, None, s) for s, c in pairs))
    maybe_distractor(doc)


# (section, [(label, [(kind, key)], [(points, frequency)])])
DA_HOI_PROG = (
    ("I. Không khí xung quanh", [
        ("Tổng bụi lơ lửng (TSP)", [("code", "2902")], [(("KK1", "KK2"), "quarterly"), (("KK3", "KK4"), "semiannual")]),
        ("SO2, NO2, CO", [("code", "0330"), ("code", "0301"), ("code", "0337")], [(("KK1", "KK2", "KK3", "KK4"), "quarterly")])]),
    ("II. Nước mặt", [
        ("pH, TSS, COD, Tổng dầu mỡ khoáng", [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD"), ("symbol", "TPH")], [(("NM1", "NM2"), "quarterly")]),
        ("Sắt (Fe), Kẽm (Zn), Chì (Pb)", [("symbol", "Fe"), ("symbol", "Zn"), ("symbol", "Pb")], [(("NM1",), "quarterly"), (("NM2",), "semiannual")])]),
    ("III. Đất nông nghiệp", [
        ("Chì (Pb), Kẽm (Zn), Đồng (Cu), Cadimi (Cd)", [("symbol", "Pb"), ("symbol", "Zn"), ("symbol", "Cu"), ("symbol", "Cd")], [(("Đ1", "Đ2"), "yearly")])]),
)  # fmt: skip


def _monitoring_im1_vi(doc: Doc) -> None:
    doc.h("CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG LÀNG NGHỀ ĐA HỘI GIAI ĐOẠN 2026 – 2028")
    doc.p("(Kèm theo Phương án bảo vệ môi trường làng nghề Đa Hội). Vị trí quan trắc: KK1 – khu sản xuất thôn Đa Hội, cạnh cụm lò nấu thép; KK2 – đường "
          "trục chính thôn Đa Hội; KK3 – khu dân cư thôn Trịnh Nguyễn; KK4 – Trường Tiểu học Châu Khê; NM1 – mương tiêu Đa Hội, điểm cuối khu sản "
          "xuất; NM2 – sông Ngũ Huyện Khê, hạ lưu cầu Đa Hội 200 m; Đ1, Đ2 – ruộng lúa liền kề khu sản xuất.")
    rows = [["TT", "Thông số", "Vị trí quan trắc", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    n = 0
    stds = {"I": "QCVN 05:2023/BTNMT", "II": "QCVN 08:2023/BTNMT", "III": "QCVN 03:2023/BTNMT"}
    for section, items in DA_HOI_PROG:
        _span(rows, merges, section, 5)
        for label, keys, groups in items:
            n += 1
            where = ", ".join(p for pts, _ in groups for p in pts)
            said = freq(doc, groups[0][1]) if len(groups) == 1 else "; ".join(f"{', '.join(pts)}: {freq(doc, w)}" for pts, w in groups)
            rows.append([str(n), label, where, said, stds[section.split(".")[0]]])
            for pts, w in groups:
                for p in pts:
                    for kind, key in keys:
                        doc.add("monitoring", {"point": p, kind: key, "frequency": w})
    doc.table("Bảng 1. Thông số, vị trí và tần suất quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ((RU section, KK section), [(source or None, (RU place, KK place), [(kind, key)] or (RU text, KK text), frequency or (RU, KK) words)])
SHRED_PLAN = (
    (("1. Входной радиационный контроль лома", "1. Сынықтарды кіріс радиациялық бақылау"), [
        (None, ("КПП, рамка радиационного контроля", "ӨБП, радиациялық бақылау жақтауы"),
         ("мощность эквивалентной дозы гамма-излучения каждой партии (автомобиль, вагон)", "әр партияның (автомобиль, вагон) гамма-сәулеленуінің эквивалентті доза қуаты"),
         ("каждая партия", "әр партия"))]),
    (("2. Источники выбросов", "2. Шығарынды көздері"), [
        ("0001", ("циклон шредерной установки", "шредерлік қондырғы циклоны"), [("code", "2902"), ("code", "0123")], "monthly"),
        ("0002", ("рукавный фильтр участка сепарации", "сепарация учаскесінің жеңді сүзгісі"), [("code", "2902")], "quarterly"),
        ("0003", ("дымовая труба газовой котельной", "газ қазандығының түтін мұржасы"), [("code", "0301"), ("code", "0304"), ("code", "0337")], "yearly")]),
    (("3. Атмосферный воздух на границе СЗЗ", "3. СҚА шекарасындағы атмосфералық ауа"), [
        ("Т-1, Т-2, Т-3, Т-4", ("по четырем румбам", "төрт румб бойынша"), [("code", "2902"), ("code", "0123"), ("code", "0301")], "quarterly")]),
    (("4. Поверхностный сток", "4. Жер үсті ағыны"), [
        ("В-1", ("выпуск после песконефтеуловителя", "құм-мұнай ұстағыштан кейінгі шығарылым"),
         [("symbol", "TSS"), ("symbol", "TPH"), ("symbol", "Fe"), ("symbol", "Zn")], "quarterly")]),
    (("5. Радиационный фон территории", "5. Аумақтың радиациялық аясы"), [
        (None, ("площадка хранения лома, сетка 20 × 20 м", "сынықтарды сақтау алаңы, 20 × 20 м тор"),
         ("мощность эквивалентной дозы гамма-излучения", "гамма-сәулеленудің эквивалентті доза қуаты"), "monthly")]),
)  # fmt: skip


def monitoring_im2(doc: Doc) -> None:
    """A scrap yard's plan-graph of production control whose rows of radiation control — each lot of scrap at the frame and the
    yard's gamma background monthly — carry no substance and give no duty of the contract, beside the shredder's cyclone,
    the separation filter and the boiler house's stack, four boundary points in one cell and the storm-water outlet, the
    substances as `наименование (код)`, section rows by component (VI: a ship-breaking yard's programme in its permit, the
    treated waste water, runoff, air and the sediment of the beaching area, with a row checking hazardous materials on each
    ship before cutting, which has no frequency)."""
    if doc.lang == "vi":
        _monitoring_im2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    y = doc.pick(SCRAP_YARDS)
    operator = y[2 + L]
    lab = g("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", "")
    own = g("служба радиационной безопасности", "радиациялық қауіпсіздік қызметі", "")
    doc.h(g(f"План-график производственного экологического контроля на 2026 год. {operator}", f"{operator}. 2026 жылға арналған өндірістік экологиялық бақылау кесте-жоспары", ""))
    rows = [g(["№ ИЗА / точки", "Место контроля", "Контролируемые параметры", "Периодичность", "Исполнитель"],
              ["ЛШК / нүкте №", "Бақылау орны", "Бақыланатын параметрлер", "Кезеңділігі", "Орындаушы"], [])]
    merges = []
    pairs = []
    for (s_ru, s_kk), items in SHRED_PLAN:
        _span(rows, merges, (s_ru, s_kk)[L], 5)
        for where, place, what, word in items:
            if isinstance(what, tuple):
                said = word[L] if isinstance(word, tuple) else _fw(doc, word)
                rows.append([where or "–", place[L], what[L], said, own])
                continue
            rows.append([where, place[L], ", ".join(f"{_name(doc, kind, key)} ({key})" if kind == "code" else _name(doc, kind, key) for kind, key in what),
                         _fw(doc, word), lab])
            for p in where.split(", "):
                for kind, key in what:
                    item = {"source_number": p} if p.isdigit() else {"point": p}
                    item.update({"code" if kind == "code" else "symbol": key, "frequency": word})
                    doc.add("monitoring", item)
                    if p.isdigit():
                        pairs.append((p, key))
    doc.table(g("Таблица 1 – План-график контроля", "1-кесте – Бақылау кесте-жоспары", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": x, "type": "organized"} for x in ("0001", "0002", "0003")))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in pairs))
    doc.p(g("При превышении мощности дозы над фоном более чем на 0,2 мкЗв/ч партия лома не принимается, о чем уведомляется территориальный орган.",
            "Доза қуаты аядан 0,2 мкЗв/сағ-тан артық асқан кезде сынықтар партиясы қабылданбайды, бұл туралы аумақтық органға хабарланады.", ""))
    maybe_distractor(doc)


# (section, [(place, [(kind, key)], said, frequency or None)])
VN_YARD_PROG = (
    ("1. Nước thải sau hệ thống xử lý", [("NT1 – Hố ga sau trạm xử lý, trước khi xả ra sông",
                                         [("symbol", s) for s in ("pH", "TSS", "COD", "BOD5", "TPH", "Coliform")], None, "quarterly")]),
    ("2. Nước mưa chảy tràn khu cắt phá", [("NM1 – Cửa xả nước mưa số 1", [("symbol", "TSS"), ("symbol", "TPH")], None, "semiannual")]),
    ("3. Không khí xung quanh", [("KK1 – Khu vực cắt phá trên bãi", [("code", "2902"), ("code", "0301"), ("code", "0337")], None, "semiannual"),
                                ("KK2 – Khu dân cư gần nhất, cách bãi 400 m", [("code", "2902"), ("code", "0301"), ("code", "0337")], None, "semiannual")]),
    ("4. Trầm tích khu vực bãi phá dỡ", [("TT1 – Bãi triều trước bến phá dỡ", [("symbol", s) for s in ("Pb", "Zn", "Cu", "TPH")], None, "yearly")]),
    ("5. Kiểm tra vật liệu nguy hại trên tàu", [("Từng tàu trước khi đưa vào phá dỡ", None,
                                               "Amiăng, PCB, sơn chứa chì, môi chất lạnh (theo danh mục vật liệu nguy hại của tàu)", None)]),
)  # fmt: skip


def _monitoring_im2_vi(doc: Doc) -> None:
    yard, company, *_ = doc.pick(VN_YARDS)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {yard.upper()}")
    doc.p(f"(Phụ lục kèm theo Giấy phép môi trường cấp cho {company}). Quan trắc định kỳ do đơn vị có chứng nhận VIMCERTS thực hiện; kiểm tra vật liệu nguy "
          "hại trên tàu do tổ chức được Cục Đăng kiểm Việt Nam công nhận thực hiện.")
    rows = [["Thành phần", "Vị trí, ký hiệu", "Thông số", "Tần suất"]]
    merges = []
    for section, items in VN_YARD_PROG:
        start = len(rows)
        for place, keys, said, word in items:
            label = said or ", ".join(_name(doc, "soil" if section.startswith("4") else kind, key) for kind, key in keys)
            rows.append([section if len(rows) == start else None, place, label, freq(doc, word) if word else "Mỗi tàu"])
            for kind, key in keys or ():
                doc.add("monitoring", {"point": place.split(" ")[0], kind: key, "frequency": word})
        if len(items) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 1. Nội dung chương trình quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections


def _inspection(text: str, actor: str, frequency: str | None, n: int = 3) -> dict:
    item = {"kind": "inspection", "text_contains": _words(text, n), "actor_contains": actor}
    if frequency:
        item["frequency"] = frequency
    return item


# (RU object, KK object, RU what, KK what, frequency or None, RU said, KK said, RU who, KK who)
FLEET_CHECKS = (
    ("Подвижной состав при выпуске на линию", "Желіге шығарылатын жылжымалы құрам", "подтекание топлива и масел, исправность системы выпуска",
     "отын мен майлардың ағуы, шығару жүйесінің жарамдылығы", None, "при каждом выпуске на линию", "желіге әр шығарған сайын", "механик КТП", "БТП механигі"),
    ("Грузовые автомобили при ТО-1", "ТҚК-1 кезіндегі жүк автомобильдері", "регулировка топливной аппаратуры, дымность отработавших газов дизелей",
     "отын аппаратурасын реттеу, дизельдердің пайдаланылған газдарының түтінділігі", None, "каждые 5 000 км пробега (при ТО-1)",
     "әр 5 000 км жүрісте (ТҚК-1 кезінде)", "мастер зоны ТО", "ТҚК аймағының шебері"),
    ("Грузовые автомобили при ТО-2", "ТҚК-2 кезіндегі жүк автомобильдері", "токсичность отработавших газов, состояние сажевого фильтра и нейтрализатора",
     "пайдаланылған газдардың уыттылығы, күйе сүзгісі мен бейтараптандырғыштың жай-күйі", None, "каждые 20 000 км пробега (при ТО-2)",
     "әр 20 000 км жүрісте (ТҚК-2 кезінде)", "начальник ремонтной мастерской", "жөндеу шеберханасының бастығы"),
    ("Весь подвижной состав", "Бүкіл жылжымалы құрам", "токсичность и дымность отработавших газов на посту диагностики",
     "диагностика бекетінде пайдаланылған газдардың уыттылығы мен түтінділігі", "yearly", "1 раз в год (при обязательном техосмотре)",
     "жылына 1 рет (міндетті техникалық байқау кезінде)", "инженер по безопасности движения", "қозғалыс қауіпсіздігі жөніндегі инженер"),
    ("Площадка временного хранения отходов", "Қалдықтарды уақытша сақтау алаңы", "маркировка и герметичность емкостей, сроки накопления АКБ, масел и шин",
     "ыдыстардың таңбалануы мен саңылаусыздығы, АКБ, майлар мен шиналарды жинақтау мерзімдері", "weekly", "еженедельно (по пятницам)",
     "апта сайын (жұма күндері)", "инженер-эколог", "инженер-эколог"),
    ("Очистные сооружения мойки", "Жуу орнының тазарту құрылыстары", "уровень осадка и нефтепродуктов в пескоуловителе и нефтеуловителе",
     "құм ұстағыш пен мұнай ұстағыштағы тұнба мен мұнай өнімдерінің деңгейі", "monthly", "ежемесячно", "ай сайын", "главный механик", "бас механик"),
    ("Топливозаправочный пункт", "Отын құю пункті", "герметичность резервуара, поддон ТРК, журнал учета ГСМ",
     "резервуардың саңылаусыздығы, ОТК табандығы, ЖЖМ есепке алу журналы", "daily", "ежедневно", "күн сайын", "начальник ТЗП", "ОҚП бастығы"),
    ("Аккумуляторная", "Аккумуляторлық", "работа вытяжной вентиляции, запас нейтрализующего раствора", "сорып шығару желдеткішінің жұмысы, бейтараптандыру ерітіндісінің қоры",
     "quarterly", "ежеквартально", "тоқсан сайын", "энергетик", "энергетик"),
    ("Открытая стоянка автомобилей", "Автомобильдердің ашық тұрағы", "пятна нефтепродуктов на покрытии, уборка сорбентом",
     "жабындағы мұнай өнімдерінің дақтары, сорбентпен жинау", "daily", "ежедневно после возврата автомобилей с линии",
     "автомобильдер желіден оралғаннан кейін күн сайын", "механик КТП", "БТП механигі"),
    ("Документация по ПЭК и обращению с отходами", "ӨЭБ және қалдықтармен жұмыс жөніндегі құжаттама", "журналы учета, паспорта отходов, договоры",
     "есепке алу журналдары, қалдықтар паспорттары, шарттар", "semiannual", "2 раза в год (январь, июль)", "жылына 2 рет (қаңтар, шілде)",
     "заместитель директора по эксплуатации", "пайдалану жөніндегі директордың орынбасары"),
)  # fmt: skip
# (object, what, frequency or None, said, who)
VN_HEAD_CHECKS = (
    ("Khu vực thay dầu", "Khay hứng dầu, thùng chứa dầu thải có nắp, không rò rỉ ra sàn", "daily", "Hằng ngày (cuối ca)", "Kỹ thuật viên trưởng"),
    ("Bồn chứa dầu nhớt thải 1.000 lít", "Mức dầu trong bồn, hút chuyển sang phuy chờ chuyển giao", None, "Sau mỗi 500 lượt thay dầu", "Tổ trưởng kỹ thuật"),
    ("Bể tách dầu khu rửa xe", "Song chắn rác, váng dầu, bùn cặn", "weekly", "Hằng tuần (thứ Hai)", "Cửa hàng trưởng"),
    ("Kho lưu giữ chất thải nguy hại", "Biển cảnh báo, mã CTNH trên thùng chứa, sổ theo dõi", "monthly", "01 tháng/lần", "Cán bộ HSE khu vực"),
    ("Ắc quy chì thải", "Để trên pallet chống tràn, không rò rỉ axit", None, "Khi đơn vị thu gom đến nhận", "Thủ kho"),
    ("Toàn bộ cửa hàng HEAD", "Đánh giá tuân thủ quy định bảo vệ môi trường của chuỗi", "quarterly", "03 tháng/lần", "Phòng An toàn – Môi trường Công ty"),
    ("Hồ sơ môi trường của cửa hàng", "Chứng từ CTNH, hợp đồng thu gom, báo cáo công tác BVMT", "semiannual", "06 tháng/lần",
     "Phòng An toàn – Môi trường Công ty"),
)  # fmt: skip


def inspections_im1(doc: Doc) -> None:
    """A truck fleet's regulation of checks of its vehicles and base: some checks due by the odometer (`каждые 20 000 км
    пробега (при ТО-2)`) or at each departure on the line, which are no frequency of the contract, others by the calendar
    (`еженедельно (по пятницам)`, `1 раз в год (при обязательном техосмотре)`), the object, what is checked and who checks in
    columns of their own (VI: a motorbike dealer chain's checks at its HEAD shops, one after every 500 oil changes and one
    when the collector comes for the batteries, no frequency of the contract)."""
    g = doc.v
    if doc.lang == "vi":
        company, _ = doc.pick(VN_SHOPS)
        doc.h(f"LỊCH KIỂM TRA MÔI TRƯỜNG NỘI BỘ TẠI CÁC CỬA HÀNG HEAD NĂM 2026 – {company.upper()}")
        doc.p("Áp dụng cho tất cả cửa hàng bán xe và dịch vụ của Công ty. Kết quả kiểm tra ghi vào sổ theo dõi của cửa hàng và gửi Phòng An toàn – Môi "
              "trường trước ngày 05 của tháng sau.")
        rows = [["TT", "Hạng mục kiểm tra", "Nội dung kiểm tra", "Tần suất", "Người thực hiện"]]
        for k, (obj, what, word, said, who) in enumerate(VN_HEAD_CHECKS, 1):
            rows.append([str(k), obj, what, said, who])
            doc.add("obligations", _inspection(obj, who, word, 4))
        doc.table("Bảng 1. Lịch kiểm tra", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    f = doc.pick(FLEETS)
    doc.h(g(f"Регламент контроля экологических параметров подвижного состава и производственной базы. {f[0]}",
            f"{f[1]}. Жылжымалы құрамның және өндірістік базаның экологиялық параметрлерін бақылау регламенті", ""))
    doc.p(g("Утвержден приказом директора. Проверки, привязанные к пробегу, проводятся при плановом техническом обслуживании по графику ТО; "
            "результаты заносятся в журнал контроля токсичности и в журнал производственного экологического контроля.",
            "Директордың бұйрығымен бекітілді. Жүріске байланысты тексерулер ТҚК кестесі бойынша жоспарлы техникалық қызмет көрсету кезінде "
            "жүргізіледі; нәтижелер уыттылықты бақылау журналына және өндірістік экологиялық бақылау журналына енгізіледі.", ""))
    rows = [g(["№", "Объект контроля", "Что проверяется", "Периодичность", "Кто проверяет"], ["№", "Бақылау объектісі", "Не тексеріледі", "Кезеңділігі", "Кім тексереді"], [])]
    for k, c in enumerate(FLEET_CHECKS, 1):
        obj, what, word, said, who = c[L], c[2 + L], c[4], c[5 + L], c[7 + L]
        rows.append([str(k), obj, what, said, who])
        doc.add("obligations", _inspection(obj, who, word, 4))
    doc.table(g("Таблица 1 – Виды и периодичность контроля", "1-кесте – Бақылау түрлері мен кезеңділігі", ""), rows, role="inspections")
    maybe_distractor(doc)


# ((RU section, KK section), [(RU object, KK object, RU what, KK what, frequency or None, RU said, KK said, RU who, KK who, RU record, KK record)])
SCRAP_CHECKS = (
    (("I. Входной контроль лома", "I. Сынықтарды кіріс бақылау"), [
        ("Каждая партия лома (автомобиль, вагон)", "Сынықтардың әр партиясы (автомобиль, вагон)", "радиационный контроль на рамке; МЭД не более 0,2 мкЗв/ч сверх фона",
         "жақтаудағы радиациялық бақылау; ЭДҚ аядан 0,2 мкЗв/сағ-тан аспауы", None, "каждая партия", "әр партия", "контролер-дозиметрист",
         "бақылаушы-дозиметрист", "журнал радиационного контроля", "радиациялық бақылау журналы"),
        ("Лом, принимаемый от физических лиц", "Жеке тұлғалардан қабылданатын сынықтар", "взрывоопасные предметы (баллоны, боеприпасы), документ, удостоверяющий личность",
         "жарылыс қаупі бар заттар (баллондар, оқ-дәрілер), жеке басты куәландыратын құжат", None, "при каждом приеме", "әр қабылдау кезінде",
         "приемщик лома", "сынық қабылдаушы", "приемо-сдаточный акт", "қабылдау-тапсыру актісі"),
        ("Кузова ВЭТС и агрегаты", "ПШКҚ шанақтары мен агрегаттары", "отсутствие эксплуатационных жидкостей и аккумуляторов",
         "пайдалану сұйықтықтары мен аккумуляторлардың болмауы", None, "каждая единица", "әр бірлік", "приемщик лома", "сынық қабылдаушы",
         "приемо-сдаточный акт", "қабылдау-тапсыру актісі")]),
    (("II. Периодические проверки", "II. Мерзімді тексерулер"), [
        ("Радиационный монитор на КПП", "ӨБП-дағы радиациялық монитор", "работоспособность по контрольному источнику", "бақылау көзі бойынша жұмысқа қабілеттілігі",
         "daily", "ежедневно перед началом смены", "күн сайын ауысым басталар алдында", "контролер-дозиметрист", "бақылаушы-дозиметрист",
         "журнал радиационного контроля", "радиациялық бақылау журналы"),
        ("Дозиметр-радиометр и автомобильные весы", "Дозиметр-радиометр және автомобиль таразысы", "поверка средств измерений", "өлшеу құралдарын салыстырып тексеру",
         "yearly", "1 раз в год", "жылына 1 рет", "главный инженер", "бас инженер", "свидетельства о поверке", "салыстырып тексеру куәліктері"),
        ("Площадка хранения лома", "Сынықтарды сақтау алаңы", "высота штабелей, состояние бетонного покрытия, отсутствие россыпей",
         "қатарлардың биіктігі, бетон жабынның жай-күйі, шашылудың болмауы", "weekly", "еженедельно", "апта сайын", "начальник участка", "учаске бастығы",
         "журнал ПЭК", "ӨЭБ журналы"),
        ("Песконефтеуловитель поверхностного стока", "Жер үсті ағынының құм-мұнай ұстағышы", "уровень осадка и нефтепродуктов, состояние сорбционной загрузки",
         "тұнба мен мұнай өнімдерінің деңгейі, сорбциялық жүктеменің жай-күйі", "monthly", "ежемесячно", "ай сайын", "механик участка", "учаске механигі",
         "журнал ПЭК", "ӨЭБ журналы"),
        ("Водоотводные лотки и решетки", "Су бұру науалары мен торлары", "очистка от мусора и окалины", "қоқыс пен қақтан тазарту", None,
         "после каждого сильного дождя", "әр қатты жаңбырдан кейін", "механик участка", "учаске механигі", "журнал ПЭК", "ӨЭБ журналы"),
        ("Рукавный фильтр шредерной установки", "Шредерлік қондырғының жеңді сүзгісі", "перепад давления, целостность рукавов", "қысым айырмасы, жеңдердің бүтіндігі",
         None, "каждую смену", "әр ауысымда", "оператор шредера", "шредер операторы", "вахтенный журнал", "вахталық журнал"),
        ("Рукавный фильтр шредерной установки", "Шредерлік қондырғының жеңді сүзгісі", "ревизия рукавов с заменой изношенных", "тозғандарын ауыстыра отырып жеңдерді тексеру",
         "quarterly", "1 раз в квартал", "тоқсанына 1 рет", "механик-энергетик", "механик-энергетик", "акт ревизии", "тексеру актісі")]),
)  # fmt: skip
# (section, [(object, what, frequency or None, said, who)])
VN_YARD_CHECKS = (
    ("A. KIỂM TRA TRƯỚC VÀ TRONG KHI PHÁ DỠ", [
        ("Tàu trước khi đưa vào bãi", "Danh mục vật liệu nguy hại (IHM), hút dầu cặn, nước đáy tàu", None, "Mỗi tàu", "Tổ kỹ thuật – môi trường"),
        ("Khoang, két trước khi cắt", "Đo nồng độ khí cháy nổ, cấp phiếu làm việc nóng", None, "Mỗi ca cắt", "Cán bộ an toàn ca")]),
    ("B. KIỂM TRA ĐỊNH KỲ", [
        ("Khu vực cắt trên bãi", "Váng dầu, vụn sơn, thu dọn phế liệu cuối ngày", "daily", "Hằng ngày", "Đội trưởng đội cắt"),
        ("Phao quây dầu quanh tàu", "Tình trạng phao, vật liệu thấm dầu dự phòng", "weekly", "Hằng tuần", "Tổ ứng phó sự cố tràn dầu"),
        ("Kho chất thải nguy hại", "Phân loại, dán nhãn, thời gian lưu giữ", "monthly", "Hằng tháng", "Cán bộ môi trường"),
        ("Trạm xử lý nước thải", "Vận hành, hóa chất, bùn thải", "quarterly", "03 tháng/lần", "Phó giám đốc kỹ thuật"),
        ("Hồ sơ, chứng từ chất thải và báo cáo", "Chứng từ CTNH, sổ nhật ký, báo cáo định kỳ", "semiannual", "06 tháng/lần", "Giám đốc cơ sở"),
        ("Toàn bộ bãi sau mưa bão", "Tràn dầu, sạt lở, hư hỏng phao quây", None, "Sau mỗi đợt mưa bão", "Ban chỉ huy phòng chống thiên tai")]),
)  # fmt: skip


def inspections_im2(doc: Doc) -> None:
    """A scrap yard's rules of acceptance control and on-site checks: under a first section row every lot checked at the
    radiation frame, scrap from private persons for explosives and every car body for fluids and batteries — no frequency of
    the contract — then under a second the periodic checks of the frame, the instruments, the storage pad, the oil-sand
    separator and the shredder's bag filter, one after each heavy rain and one each shift without a frequency, the same
    filter on two rows, the record kept in a last column (VI: a ship-breaking yard's checks before each ship and each
    cutting shift, then daily to half-yearly, one after each storm)."""
    g = doc.v
    if doc.lang == "vi":
        yard, *_ = doc.pick(VN_YARDS)
        doc.h(f"QUY TRÌNH KIỂM TRA AN TOÀN – MÔI TRƯỜNG TẠI {yard.upper()}")
        doc.p("Ban hành kèm theo Quyết định của Giám đốc cơ sở. Không tiến hành cắt phá khi chưa hoàn thành các nội dung kiểm tra tại mục A.")
        rows = [["TT", "Đối tượng kiểm tra", "Nội dung", "Tần suất", "Người thực hiện"]]
        merges = []
        n = 0
        for section, checks in VN_YARD_CHECKS:
            _span(rows, merges, section, 5)
            for obj, what, word, said, who in checks:
                n += 1
                rows.append([str(n), obj, what, said, who])
                doc.add("obligations", _inspection(obj, who, word, 4))
        doc.table("Bảng 1. Nội dung, tần suất kiểm tra", rows, merges, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    y = doc.pick(SCRAP_YARDS)
    doc.h(g(f"Правила входного контроля лома и проверок на площадке. {y[2]}", f"{y[3]}. Сынықтарды кіріс бақылау және алаңда тексеру қағидалары", ""))
    doc.p(g("Разработаны в соответствии с Правилами обращения с ломом и отходами цветных и черных металлов. Лом, не прошедший входной контроль, "
            "на площадку не принимается.",
            "Түсті және қара металдардың сынықтары мен қалдықтарымен жұмыс істеу қағидаларына сәйкес әзірленді. Кіріс бақылаудан өтпеген "
            "сынықтар алаңға қабылданбайды.", ""))
    rows = [g(["№", "Объект проверки", "Содержание проверки", "Периодичность", "Кто проводит", "Запись о результатах"],
              ["№", "Тексеру объектісі", "Тексеру мазмұны", "Кезеңділігі", "Кім жүргізеді", "Нәтижелер туралы жазба"], [])]
    merges = []
    n = 0
    for (s_ru, s_kk), checks in SCRAP_CHECKS:
        _span(rows, merges, (s_ru, s_kk)[L], 6)
        for c in checks:
            n += 1
            obj, what, word, said, who, record = c[L], c[2 + L], c[4], c[5 + L], c[7 + L], c[9 + L]
            rows.append([str(n), obj, what, said, who, record])
            doc.add("obligations", _inspection(obj, who, word))
    doc.table(None, rows, merges, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks


def _task(number: str, text: str, actor: str, n: int = 5) -> dict:
    return {"kind": "task", "number": number, "text_contains": _words(text, n), "actor_contains": actor}


# (RU, KK, RU term, KK term, RU who, KK who, RU mark, KK mark)
FLEET_DONE = (
    ("Установить нефтеуловитель на мойке грузовых автомобилей", "Жүк автомобильдерін жуу орнына мұнай ұстағыш орнату", "II квартал 2025 г.", "2025 ж. II тоқсаны",
     "главный механик", "бас механик", "выполнено, акт ввода от 14.06.2025", "орындалды, 14.06.2025 пайдалануға беру актісі"),
    ("Заменить 12 автомобилей экологического класса Евро-2 на автомобили класса Евро-5", "Евро-2 экологиялық сыныбындағы 12 автомобильді Евро-5 сыныбындағы автомобильдерге ауыстыру",
     "2025 г.", "2025 ж.", "заместитель директора по эксплуатации", "пайдалану жөніндегі директордың орынбасары",
     "выполнено частично (8 ед.), остаток перенесен в п. 2.2", "ішінара орындалды (8 бірл.), қалдығы 2.2-тармаққа ауыстырылды"),
    ("Оборудовать площадку хранения отработанных АКБ кислотоупорным покрытием", "Пайдаланылған АКБ сақтау алаңын қышқылға төзімді жабынмен жабдықтау",
     "III квартал 2025 г.", "2025 ж. III тоқсаны", "начальник ремонтной мастерской", "жөндеу шеберханасының бастығы",
     "не выполнено, перенесено в п. 2.1", "орындалмады, 2.1-тармаққа ауыстырылды"),
    ("Провести инвентаризацию источников выбросов загрязняющих веществ", "Ластаушы заттар шығарындылары көздеріне түгендеу жүргізу", "I квартал 2025 г.",
     "2025 ж. I тоқсаны", "инженер-эколог", "инженер-эколог", "выполнено, отчет направлен в Департамент экологии", "орындалды, есеп Экология департаментіне жіберілді"),
)  # fmt: skip
FLEET_PLAN = (
    ("Оборудовать площадку хранения отработанных АКБ кислотоупорным покрытием и навесом", "Пайдаланылған АКБ сақтау алаңын қышқылға төзімді жабынмен және қалқамен жабдықтау",
     "II квартал 2026 г.", "2026 ж. II тоқсаны", "начальник ремонтной мастерской", "жөндеу шеберханасының бастығы", "перенесено из плана 2025 года", "2025 жылғы жоспардан ауыстырылды"),
    ("Заменить 4 автомобиля экологического класса Евро-2 на автомобили класса Евро-5", "Евро-2 экологиялық сыныбындағы 4 автомобильді Евро-5 сыныбындағы автомобильдерге ауыстыру",
     "2026 г.", "2026 ж.", "заместитель директора по эксплуатации", "пайдалану жөніндегі директордың орынбасары", "остаток п. 1.2", "1.2-тармақтың қалдығы"),
    ("Перевести 10 седельных тягачей на компримированный природный газ", "10 ершікті тартқышты сығылған табиғи газға көшіру", "III–IV кварталы 2026 г.",
     "2026 ж. III–IV тоқсандары", "главный механик", "бас механик", "", ""),
    ("Внедрить систему оборотного водоснабжения на мойке", "Жуу орнында айналымдық сумен жабдықтау жүйесін енгізу", "до 1 октября 2026 г.",
     "2026 ж. 1 қазанға дейін", "главный механик", "бас механик", "", ""),
    ("Разработать программу производственного экологического контроля на 2027–2029 годы",
     "2027–2029 жылдарға арналған өндірістік экологиялық бақылау бағдарламасын әзірлеу", "IV квартал 2026 г.", "2026 ж. IV тоқсаны", "инженер-эколог",
     "инженер-эколог", "", ""),
    ("Заключить договор на передачу изношенных шин на переработку", "Тозған шиналарды қайта өңдеуге беру шартын жасасу", "январь 2026 г.", "2026 ж. қаңтар",
     "начальник ОМТС", "МТЖБ бастығы", "", ""),
    ("Провести обучение водителей приемам экономичного вождения", "Жүргізушілерді үнемді жүргізу тәсілдеріне оқыту", "март–апрель 2026 г.", "2026 ж. наурыз–сәуір",
     "инженер по безопасности движения", "қозғалыс қауіпсіздігі жөніндегі инженер", "", ""),
)  # fmt: skip
# (task, term, lead, remark)
VN_CHAIN_DONE = (
    ("Lắp đặt bể tách dầu mỡ cho khu rửa xe tại 04 xưởng", "Quý II/2025", "Phòng Kỹ thuật dịch vụ", "Hoàn thành"),
    ("Thay thế buồng sơn cũ tại xưởng Gia Lâm bằng buồng sơn sấy có than hoạt tính", "Quý III/2025", "Ban Quản lý dự án", "Chưa hoàn thành, chuyển sang mục 2.1"),
    ("Ký hợp đồng thu gom, xử lý CTNH chung cho toàn chuỗi", "Tháng 01/2025", "Phòng Hành chính – Mua hàng", "Hoàn thành"),
)
VN_CHAIN_PLAN = (
    ("Thay thế buồng sơn cũ tại xưởng Gia Lâm bằng buồng sơn sấy có than hoạt tính", "Quý II/2026", "Ban Quản lý dự án", "Chuyển từ năm 2025"),
    ("Lắp đặt hệ thống tuần hoàn nước rửa xe tại xưởng Long Biên", "Quý III/2026", "Phòng Kỹ thuật dịch vụ", ""),
    ("Xây dựng kho CTNH đạt chuẩn tại xưởng mới Hoàng Mai", "Tháng 6/2026", "Ban Quản lý dự án", ""),
    ("Lập hồ sơ đề nghị cấp giấy phép môi trường cho xưởng Gia Lâm", "Quý I/2026", "Phòng An toàn – Môi trường", ""),
    ("Đào tạo kỹ thuật viên về phân loại, lưu giữ chất thải nguy hại", "Tháng 3/2026", "Phòng Nhân sự", ""),
    ("Thu hồi ắc quy, dầu nhớt thải từ khách hàng theo chương trình EPR", "Cả năm 2026", "Phòng Kinh doanh phụ tùng", ""),
)


def tasks_im1(doc: Doc) -> None:
    """A truck fleet's report on last year's plan of nature-protection measures and its plan for the next year in one table:
    under a first section row the measures of 2025 with the mark of their execution (`выполнено`, `выполнено частично`, `не
    выполнено, перенесено в п. 2.1`), which are no tasks, under a second the measures of 2026, numbered `2.1` …, some carried
    over with a remark, which alone are the tasks (VI: a car-service chain's report and plan, `Phần I`, `Phần II`)."""
    g = doc.v
    if doc.lang == "vi":
        doc.h("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2025 VÀ KẾ HOẠCH NĂM 2026 – CHUỖI XƯỞNG DỊCH VỤ Ô TÔ VIỆT TIẾN")
        doc.p("Công ty Cổ phần Dịch vụ Ô tô Việt Tiến vận hành 05 xưởng dịch vụ tại Hà Nội (Long Biên, Gia Lâm, Cầu Giấy, Hà Đông, Hoàng Mai). Phần I "
              "tổng hợp kết quả thực hiện các nhiệm vụ năm 2025; Phần II là các nhiệm vụ giao thực hiện trong năm 2026.")
        rows = [["TT", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Kết quả / Ghi chú"]]
        merges = []
        _span(rows, merges, "Phần I. KẾT QUẢ THỰC HIỆN NĂM 2025", 5)
        for k, (text, term, who, mark) in enumerate(VN_CHAIN_DONE, 1):
            rows.append([f"1.{k}", text, term, who, mark])
        _span(rows, merges, "Phần II. KẾ HOẠCH NĂM 2026", 5)
        for k, (text, term, who, mark) in enumerate(VN_CHAIN_PLAN, 1):
            rows.append([f"2.{k}", text, term, who, mark])
            doc.add("obligations", _task(f"2.{k}", text, who))
        doc.table("Bảng tổng hợp", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    f = doc.pick(FLEETS)
    doc.h(g(f"Отчет о выполнении плана природоохранных мероприятий за 2025 год и план мероприятий на 2026 год. {f[0]}",
            f"{f[1]}. 2025 жылғы табиғат қорғау іс-шаралары жоспарының орындалуы туралы есеп және 2026 жылға арналған іс-шаралар жоспары", ""))
    doc.p(g("Раздел 1 содержит сведения о выполнении мероприятий 2025 года, раздел 2 – мероприятия, подлежащие выполнению в 2026 году. Невыполненные "
            "мероприятия 2025 года перенесены в раздел 2.",
            "1-бөлімде 2025 жылғы іс-шаралардың орындалуы туралы мәліметтер, 2-бөлімде 2026 жылы орындалуға тиіс іс-шаралар келтірілген. 2025 жылғы "
            "орындалмаған іс-шаралар 2-бөлімге ауыстырылды.", ""))
    rows = [g(["№", "Мероприятие", "Срок", "Ответственный", "Отметка о выполнении, примечание"], ["№", "Іс-шара", "Мерзімі", "Жауапты", "Орындалуы туралы белгі, ескерту"], [])]
    merges = []
    _span(rows, merges, g("1. Выполнение мероприятий 2025 года", "1. 2025 жылғы іс-шаралардың орындалуы", ""), 5)
    for k, c in enumerate(FLEET_DONE, 1):
        rows.append([f"1.{k}", c[L], c[2 + L], c[4 + L], c[6 + L]])
    _span(rows, merges, g("2. Мероприятия на 2026 год", "2. 2026 жылға арналған іс-шаралар", ""), 5)
    for k, c in enumerate(FLEET_PLAN, 1):
        rows.append([f"2.{k}", c[L], c[2 + L], c[4 + L], c[6 + L] or "–"])
        doc.add("obligations", _task(f"2.{k}", c[L], c[4 + L], 4))
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# (RU city genitive, KK city)
ROAD_CITIES = (("Шымкент", "Шымкент"), ("Алматы", "Алматы"), ("Караганды", "Қарағанды"))
# (RU, KK, RU form, KK form, RU term, KK term, RU responsible, KK responsible)
ROADMAP = (
    ("Провести инвентаризацию действующих пунктов приема лома и сверку с реестром выданных лицензий",
     "Жұмыс істеп тұрған сынық қабылдау пункттеріне түгендеу жүргізу және берілген лицензиялар тізілімімен салыстыру",
     "информация в акимат", "әкімдікке ақпарат", "I квартал 2026 г.", "2026 ж. I тоқсаны", "УПИИР, акиматы районов", "КИИДБ, аудан әкімдіктері"),
    ("Определить земельные участки в промышленной зоне для переноса пунктов приема лома из жилой застройки",
     "Сынық қабылдау пункттерін тұрғын үй құрылысынан көшіру үшін өнеркәсіптік аймақта жер учаскелерін айқындау",
     "постановление акимата", "әкімдік қаулысы", "до 1 мая 2026 г.", "2026 ж. 1 мамырға дейін", "УЗО, УАиГ", "ЖҚБ, СҚҚБ"),
    ("Провести совместные рейды по выявлению незаконных пунктов приема лома", "Заңсыз сынық қабылдау пункттерін анықтау бойынша бірлескен рейдтер өткізу",
     "справка", "анықтама", "ежеквартально", "тоқсан сайын", "ДП (по согласованию), ДЭ (по согласованию), акиматы районов",
     "ПД (келісім бойынша), ЭД (келісім бойынша), аудан әкімдіктері"),
    ("Проверить соблюдение экологических требований на площадках хранения лома (покрытие, отвод ливневых стоков)",
     "Сынықтарды сақтау алаңдарында экологиялық талаптардың сақталуын тексеру (жабын, нөсер ағындарын бұру)",
     "акты проверок", "тексеру актілері", "II–III кварталы 2026 г.", "2026 ж. II–III тоқсандары", "ДЭ (по согласованию)", "ЭД (келісім бойынша)"),
    ("Разместить на интернет-ресурсе акимата перечень лицензированных пунктов приема лома", "Әкімдіктің интернет-ресурсында лицензияланған сынық қабылдау пункттерінің тізбесін орналастыру",
     "публикация", "жариялау", "до 1 апреля 2026 г.", "2026 ж. 1 сәуірге дейін", "УПИИР", "КИИДБ"),
    ("Организовать прием ВЭТС от населения через пункты оператора РОП", "Тұрғындардан ПШКҚ-ны КМО операторының пункттері арқылы қабылдауды ұйымдастыру",
     "информация в акимат", "әкімдікке ақпарат", "2026 г.", "2026 ж.", "УПРРП, оператор РОП (по согласованию)", "ТРТПРБ, КМО операторы (келісім бойынша)"),
    ("Усилить контроль за оборотом лома через информационную систему электронных счетов-фактур",
     "Электрондық шот-фактуралар ақпараттық жүйесі арқылы сынықтар айналымын бақылауды күшейту",
     "информация", "ақпарат", "постоянно", "тұрақты", "ДГД (по согласованию)", "МКД (келісім бойынша)"),
    ("Провести разъяснительную работу с владельцами пунктов приема лома о требованиях законодательства",
     "Сынық қабылдау пункттерінің иелерімен заңнама талаптары туралы түсіндіру жұмыстарын жүргізу",
     "протоколы встреч", "кездесу хаттамалары", "февраль–март 2026 г.", "2026 ж. ақпан–наурыз", "УПИИР, УПРРП", "КИИДБ, ТРТПРБ"),
)  # fmt: skip
# (task, lead, partners, term, output)
VN_RELOCATE = (
    ("Rà soát, lập danh sách các hộ, cơ sở sản xuất phải di dời khỏi khu dân cư", "UBND phường Châu Khê", "Phòng Kinh tế; Công an phường",
     "Tháng 3/2025", "Danh sách cơ sở"),
    ("Hoàn thiện hạ tầng Cụm công nghiệp Châu Khê mở rộng (đường nội bộ, trạm xử lý nước thải tập trung)", "Ban Quản lý dự án đầu tư xây dựng thành phố",
     "Công ty hạ tầng cụm công nghiệp", "Quý III/2025", "Công trình hoàn thành"),
    ("Bố trí mặt bằng và hỗ trợ thuê đất cho các cơ sở di dời", "Phòng Kinh tế", "Phòng Tài chính – Kế hoạch; chủ đầu tư hạ tầng cụm công nghiệp",
     "Quý II – Quý IV/2025", "Hợp đồng thuê đất"),
    ("Ngừng cấp điện sản xuất đối với các lò nấu thép trong khu dân cư sau thời hạn di dời", "Điện lực Từ Sơn", "UBND phường Châu Khê",
     "Từ ngày 01/01/2026", "Thông báo ngừng cấp điện"),
    ("Kiểm tra, xử lý các cơ sở xả thải vượt quy chuẩn trong thời gian chờ di dời", "Phòng Tài nguyên và Môi trường",
     "Công an thành phố (Đội Cảnh sát kinh tế – môi trường)", "Hằng quý", "Biên bản kiểm tra"),
    ("Tuyên truyền, vận động các hộ sản xuất chấp hành di dời", "UBND phường Châu Khê", "Ủy ban Mặt trận Tổ quốc phường; Hội Nông dân phường",
     "Năm 2025", "Báo cáo kết quả"),
)  # fmt: skip


def tasks_im2(doc: Doc) -> None:
    """A city akimat's road map of putting its scrap-collection points in order: measures numbered straight through, the form
    of completion, the term (`ежеквартально`, `постоянно` among dates) and the bodies responsible written only as
    abbreviations, several in one cell with `(по согласованию)`, the first of them the one answering, explained in a note
    under the table (VI: a town People's Committee's plan of moving Đa Hội's workshops into the industrial cluster, the
    lead and the partner bodies in columns of their own, the output last)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        doc.p(f"ỦY BAN NHÂN DÂN THÀNH PHỐ TỪ SƠN. Số: {r.randint(20, 140)}/KH-UBND, ngày {r.randint(3, 27):02d}/02/2025")
        doc.h("KẾ HOẠCH DI DỜI CÁC CƠ SỞ SẢN XUẤT GÂY Ô NHIỄM MÔI TRƯỜNG TRONG KHU DÂN CƯ LÀNG NGHỀ ĐA HỘI VÀO CỤM CÔNG NGHIỆP")
        doc.p("Mục đích: chấm dứt hoạt động nấu, cán thép trong khu dân cư thôn Đa Hội; các cơ sở đủ điều kiện được bố trí vào Cụm công nghiệp "
              "Châu Khê mở rộng.")
        rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]]
        for k, (text, lead, partners, term, out) in enumerate(VN_RELOCATE, 1):
            rows.append([str(k), text, lead, partners, term, out])
            doc.add("obligations", _task(str(k), text, lead))
        doc.table("Phụ lục. Phân công nhiệm vụ", rows, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    c_ru, c_kk = doc.pick(ROAD_CITIES)
    doc.p(g(f"Утверждена распоряжением акима города {c_ru} от {r.randint(1, 28):02d}.01.2026 № {r.randint(5, 60)}",
            f"{c_kk} қаласы әкімінің 2026 жылғы {r.randint(1, 28)} қаңтардағы № {r.randint(5, 60)} өкімімен бекітілген", ""))
    doc.h(g(f"Дорожная карта по упорядочению деятельности пунктов приема лома черных и цветных металлов в городе {c_ru} на 2026 год",
            f"{c_kk} қаласында қара және түсті металл сынықтарын қабылдау пункттерінің қызметін ретке келтіру жөніндегі 2026 жылға арналған жол картасы", ""))
    rows = [g(["№", "Наименование мероприятия", "Форма завершения", "Срок исполнения", "Ответственные исполнители"],
              ["№", "Іс-шараның атауы", "Аяқталу нысаны", "Орындау мерзімі", "Жауапты орындаушылар"], [])]
    for k, c in enumerate(ROADMAP, 1):
        text, who = c[L], c[6 + L]
        rows.append([str(k), text, c[2 + L], c[4 + L], who])
        doc.add("obligations", _task(str(k), text, who.split(",")[0].split(" (")[0], 4))
    doc.table(None, rows, role="tasks")
    doc.p(g(f"Примечание: первым указан исполнитель, ответственный за свод информации. Расшифровка аббревиатур: УПИИР – Управление предпринимательства и "
            f"индустриально-инновационного развития города {c_ru}; УЗО – Управление земельных отношений; УАиГ – Управление архитектуры и "
            "градостроительства; УПРРП – Управление природных ресурсов и регулирования природопользования; ДП – Департамент полиции; ДЭ – Департамент "
            "экологии; ДГД – Департамент государственных доходов; РОП – расширенные обязательства производителей (импортеров).",
            f"Ескертпе: бірінші болып ақпаратты жинақтауға жауапты орындаушы көрсетілген. Қысқартулардың толық жазылуы: КИИДБ – {c_kk} қаласының "
            "Кәсіпкерлік және индустриялық-инновациялық даму басқармасы; ЖҚБ – Жер қатынастары басқармасы; СҚҚБ – Сәулет және қала құрылысы "
            "басқармасы; ТРТПРБ – Табиғи ресурстар және табиғат пайдалануды реттеу басқармасы; ПД – Полиция департаменті; ЭД – Экология "
            "департаменті; МКД – Мемлекеттік кірістер департаменті; КМО – өндірушілердің (импорттаушылардың) кеңейтілген міндеттемелері.", ""))
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IM{k}", globals()[f"{role}_im{k}"]) for role in ROLES for k in (1, 2)]
