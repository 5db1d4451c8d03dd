"""A blind held-out set (two layouts per role, `HT1` and `HT2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: airports and aviation. Kazakhstan: regional international airports at Kostanay, Pavlodar, Uralsk and Kyzylorda
run under trust management, with their de-icing pads, fuel farms and hydrant pits, boiler houses, treatment works and
evaporation ponds, automatic air and noise stations under the glide path, and an airline technical base with its
hangar, painting and paint-stripping bays and engine run-up pad (an application for a КЭР, a commission's act of the
ornithological situation, an НДВ project's de-icing season and hangar tables, a balance of de-icing fluid, a programme
of waste management by ATA chapter, a protocol of air measured at take-offs and landings, a report on ПЭК with seasonal
discharge limits, ПЭК programmes, the specification of an automatic monitoring network, an aerodrome manual, a technical
base's schedule of checks, a carbon management plan of the Airport Carbon Accreditation and a corrective action plan
after the aviation authority's audit). Vietnam: cảng hàng không at Phú Bài, Liên Khương, Phù Cát and Vinh run by a
corporation's branches, their fuel farms, aprons and treatment plants, and aircraft maintenance companies (báo cáo đề
xuất cấp GPMT, the civil aviation authority's giấy chứng nhận đăng ký cảng hàng không, loads of APU and ground equipment,
a hangar's loads, a balance of drained jet fuel, CTNH by ATA chapter, air at take-offs and landings against QCVN
05:2023/BTNMT, a permit's roadmap from QCVN 14:2008/BTNMT column B to A, chương trình quan trắc, automatic stations, a
tài liệu khai thác sân bay, a maintenance company's checks, a kế hoạch quản lý carbon and a kế hoạch khắc phục after a
Cảng vụ hàng không's inspection).

Facility: an application for a КЭР of an airport in trust management, section rows for the operator (the trust manager
and aerodrome operator, with its certificate), the owner of the property with a BIN of its own and the object, whose
aerodrome reference point (КТА) in degrees, minutes and seconds with a padded longitude is followed by the two runway
ends in the same notation (VI: the permit holder a corporation with its enterprise number, the airport run by a branch
whose code is the number with `-012` after it, the ARP `16°24′05″B – 107°42′09″Đ`, the aerodrome code `4E` beside the
group) (HT1); a commission's act on the ornithological situation around an aerodrome, no category, the operator and its
BIN in one cell, the КТА written `N52°11′43,6″ E077°04′26,8″`, the places that draw birds with their own coordinates in
the same notation in a table of no role (VI: the civil aviation authority's certificate of registration of an airport,
the ARP in decimal degrees with `vĩ độ Bắc`, the runways' thresholds in a table of no role) (HT2).

Emissions: a de-icing pad's sources working only from October to April, the gross emission in kilograms for the season,
which is the year's, the hours of the season beside each source, ethylene glycol and kerosene (the trucks' diesel
hydrocarbons) with a dash for a class (VI: APU and ground equipment on the aprons and the engine test area, `kg/giờ |
g/s | kg/năm`) (HT1); an airline technical base's hangar whose НДВ table puts the substance first and the source's
number and name last, merged down over its substances, dichloromethane of the paint-stripping bay, kerosene of the
parts washing and the engine run-up pad, `в том числе твердые / газообразные` rows (VI: the pollutant first and the
named source merged down the last column) (HT2).

Wastes: the balance of de-icing fluid over a season in cubic metres, glycol content, density and tonnes — stock, receipt,
application, what was collected, carried away, washed off, evaporated, written off and left — only the collected spent
fluid, the expired Type IV fluid and the empty IBC containers carrying a code (VI: the balance of jet fuel drained in
daily quality control at a fuel farm, the settled fuel returned to the tanks beside the off-spec fuel, the separator's
sludge and the filter cartridges) (HT1); an airline technical base's wastes by the chapter of ATA 100 merged down the
first column, two-digit chapter numbers beside the classifier's codes, kilograms a year, carbon brake discs returned to
the maker as a row of no waste (VI: CTNH by `Chương ATA`, aircraft tyres as an ordinary waste) (HT2).

Limits: air under the glide path and at the zone's boundary measured at take-offs and landings, a row per event with the
flight, the aircraft type and the operation and a background row with no flights under a row per point, the ПДК м.р. as
a row under the header, `н/о` (VI: QCVN 05:2023/BTNMT one-hour values in µg/m3 at two points by the runway, `KPH`) (HT1);
an airport's treated waste water into evaporation ponds against seasonal allowed concentrations — the I and IV quarters,
when melt water from the de-icing pad comes in, and the II and III — as two sub-columns merged where equal, the four
quarters' results each judged against its season's ДК, ethylene glycol in the cold quarters only (VI: a permit's
roadmap from QCVN 14:2008/BTNMT column B to column A at mid-year, the first two quarters against B and the last two
against A) (HT2).

Monitoring: an airport's impact monitoring with points placed by the aerodrome's geography, several in one cell, the
substances `код – наименование`, the de-icing pad `ежемесячно в период ОЗП`, snow once a year at its greatest
accumulation, soil in spring and autumn, noise without a substance (VI: runway-end and apron points, the drainage ditch
monthly in the rainy season) (HT1); the specification of an automatic air and noise network, a row spanning the table
per station, its channels under it with the method, the range and `непрерывно, осреднение 20 мин` — continuous — beside
manual sampling of formaldehyde and benzo(a)pyrene at the same station, weather and noise channels without a substance
(VI: `liên tục (trung bình 1 giờ)` beside a periodic TSP sampling) (HT2).

Inspections: the environmental checks of an aerodrome manual, items `5.7.1`, frequencies in the aerodrome's calendar —
at the morning inspection of the airfield, on Tuesdays at the planned runway closure, before and after the autumn-winter
period (2 раза в год), at the change of the IATA schedule season (2 раза в год) — and a check after each spill without
one (VI: `Khi chuyển mùa lịch bay IATA (02 lần/năm)`) (HT1); a technical base's schedule with a calendar frequency and a
tie to the aircraft's maintenance (`Daily Check`, `C-check`, each engine run-up) in two columns, rows with the tie only
having no frequency (VI: `Tần suất theo lịch` beside `Gắn với dạng bảo dưỡng`) (HT2).

Tasks: an airport's carbon management plan for the Airport Carbon Accreditation, measures coded `S1-01` under a row per
scope, baseline and expected cut in tonnes of CO2-equivalent, terms such as `к началу сезона S26` (VI: the same plan,
`Phạm vi 1`) (HT1); the corrective action plan after the aviation authority's audit of an aerodrome, findings numbered
`АД-25-017/03` with their level and the nonconformity before the action, terms in days from the act, no item number
expected (VI: after a Cảng vụ hàng không's inspection, `Mã phát hiện`, `Mức độ`) (HT2).
"""
from __future__ import annotations

import math
from decimal import Decimal

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, num, rate
from .limits_data import add, cell, limit
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
    """A nine-digit KATO code starting with the place's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


def _t(kg: float) -> float:
    """Kilograms as tonnes without binary noise."""
    return float(Decimal(repr(kg)) / 1000)


def _mul(x: float, n: float) -> float:
    """x × n without binary noise."""
    return float(Decimal(repr(x)) * Decimal(repr(n)))


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _dms(value: float, pad: int = 2, dec: int = 0, comma: bool = True) -> tuple[str, float]:
    """`053°12′25″` (seconds with `dec` decimals) and the decimal degrees it stands for."""
    d = int(value)
    rest = (value - d) * 60
    m = int(rest)
    s = round((rest - m) * 60, dec)
    if s >= 60:
        m, s = m + 1, 0.0
    if m >= 60:
        d, m = d + 1, 0
    sec = f"{s:0{3 + dec if dec else 2}.{dec}f}"
    if comma:
        sec = sec.replace(".", ",")
    return f"{d:0{pad}d}°{m:02d}′{sec}″", round(d + m / 60 + s / 3600, 6)


def maybe_distractor(doc: Doc, share: float = 0.3) -> None:
    """A table of no role that an airport's document may carry (no crusher among an airport's equipment)."""
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


# ---------------------------------------------------------------- airports

# Kazakhstan's airports: (RU, KK) core, ICAO, IATA, (RU, KK) name, (RU, KK) place, KATO prefix, (lat, lon) of the ARP,
# (RU, KK) trust manager (the operator), (RU, KK) owner of the property, (RU, KK) legal address, runway, (RU, KK) village
KZ_AIRPORTS = (
    {"core": ("Костанай", "Қостанай"), "icao": "UAUU", "iata": "KSN",
     "name": ("Международный аэропорт «Костанай»", "«Қостанай» халықаралық әуежайы"),
     "place": ("Костанайская область, г. Костанай, район аэропорта, 9 км южнее центра города",
               "Қостанай облысы, Қостанай қ., әуежай ауданы, қала орталығынан оңтүстікке қарай 9 км"),
     "kato": "3910", "at": (53.2069, 63.5503),
     "op": ("ТОО «Тобыл Эйрпорт Менеджмент»", "«Тобыл Эйрпорт Менеджмент» ЖШС"),
     "owner": ("ГУ «Управление пассажирского транспорта и автомобильных дорог акимата Костанайской области»",
               "«Қостанай облысы әкімдігінің жолаушылар көлігі және автомобиль жолдары басқармасы» ММ"),
     "legal": ("г. Костанай, ул. Байтурсынова, д. 95, офис 304", "Қостанай қ., Байтұрсынов к., 95 үй, 304 кеңсе"),
     "rwy": "2 500 × 45", "village": ("с. Заречное", "Заречное а.")},
    {"core": ("Павлодар", "Павлодар"), "icao": "UASP", "iata": "PWQ",
     "name": ("Международный аэропорт «Павлодар»", "«Павлодар» халықаралық әуежайы"),
     "place": ("Павлодарская область, г. Павлодар, северо-восточная промышленная зона, 14 км от центра города",
               "Павлодар облысы, Павлодар қ., солтүстік-шығыс өнеркәсіптік аймақ, қала орталығынан 14 км"),
     "kato": "5510", "at": (52.1950, 77.0739),
     "op": ("ТОО «Ертіс Аэро Хаб»", "«Ертіс Аэро Хаб» ЖШС"),
     "owner": ("АО «Павлодарская региональная инфраструктурная компания»", "«Павлодар өңірлік инфрақұрылымдық компаниясы» АҚ"),
     "legal": ("г. Павлодар, ул. Кутузова, д. 204/1, н.п. 12", "Павлодар қ., Кутузов к., 204/1 үй, 12 т.е.ж."),
     "rwy": "2 500 × 42", "village": ("с. Павлодарское", "Павлодар а.")},
    {"core": ("Уральск", "Орал"), "icao": "UARR", "iata": "URA",
     "name": ("Международный аэропорт «Уральск»", "«Орал» халықаралық әуежайы"),
     "place": ("Западно-Казахстанская область, г. Уральск, пос. Подстепное-2, 15 км юго-восточнее центра города",
               "Батыс Қазақстан облысы, Орал қ., Подстепное-2 кенті, қала орталығынан оңтүстік-шығысқа қарай 15 км"),
     "kato": "2710", "at": (51.1508, 51.5431),
     "op": ("ТОО «Жайык Эйрпорт Сервис»", "«Жайық Эйрпорт Сервис» ЖШС"),
     "owner": ("ГУ «Управление пассажирского транспорта и автомобильных дорог Западно-Казахстанской области»",
               "«Батыс Қазақстан облысының жолаушылар көлігі және автомобиль жолдары басқармасы» ММ"),
     "legal": ("г. Уральск, пр. Достык-Дружба, д. 187, офис 9", "Орал қ., Достық-Дружба даңғ., 187 үй, 9 кеңсе"),
     "rwy": "2 700 × 45", "village": ("пос. Деркул", "Деркөл кенті")},
    {"core": ("Кызылорда", "Қызылорда"), "icao": "UAOO", "iata": "KZO",
     "name": ("Международный аэропорт «Кызылорда»", "«Қызылорда» халықаралық әуежайы"),
     "place": ("Кызылординская область, г. Кызылорда, 12 км восточнее центра города", "Қызылорда облысы, Қызылорда қ., қала орталығынан шығысқа қарай 12 км"),
     "kato": "4310", "at": (44.7092, 65.5925),
     "op": ("ТОО «Сыр Эйр Терминал»", "«Сыр Эйр Терминал» ЖШС"),
     "owner": ("ГУ «Управление пассажирского транспорта и автомобильных дорог Кызылординской области»",
               "«Қызылорда облысының жолаушылар көлігі және автомобиль жолдары басқармасы» ММ"),
     "legal": ("г. Кызылорда, ул. Айтеке би, д. 40, офис 18", "Қызылорда қ., Әйтеке би к., 40 үй, 18 кеңсе"),
     "rwy": "3 000 × 45", "village": ("с. Тасбогет", "Тасбөгет а.")},
)  # fmt: skip
HEADS = (("Ахметжанов Ерлан Маратович", "Ахметжанов Ерлан Маратұлы"), ("Ким Олег Владимирович", "Ким Олег Владимирұлы"),
         ("Сагинтаева Динара Болатовна", "Сағынтаева Динара Болатқызы"))
# Vietnam's airports: name, ICAO, IATA, place (2024), (lat, lon) of the ARP, runway
VN_AIRPORTS = (
    {"name": "Cảng hàng không quốc tế Phú Bài", "icao": "VVPB", "iata": "HUI", "place": "phường Phú Bài, thị xã Hương Thủy, tỉnh Thừa Thiên Huế",
     "at": (16.4015, 107.7026), "rwy": "3.000 m × 45 m", "branch": "012"},
    {"name": "Cảng hàng không Liên Khương", "icao": "VVDL", "iata": "DLI", "place": "xã Hiệp Thạnh, huyện Đức Trọng, tỉnh Lâm Đồng",
     "at": (11.7503, 108.3674), "rwy": "3.250 m × 45 m", "branch": "017"},
    {"name": "Cảng hàng không Phù Cát", "icao": "VVPC", "iata": "UIH", "place": "xã Cát Tân, huyện Phù Cát, tỉnh Bình Định",
     "at": (13.9550, 109.0420), "rwy": "3.048 m × 45 m", "branch": "021"},
    {"name": "Cảng hàng không quốc tế Vinh", "icao": "VVVH", "iata": "VII", "place": "xã Nghi Liên, thành phố Vinh, tỉnh Nghệ An",
     "at": (18.7376, 105.6708), "rwy": "2.400 m × 45 m", "branch": "009"},
)
VN_CORPS = ("Tổng công ty Khai thác Cảng hàng không Đông Dương – CTCP", "Tổng công ty Quản lý bay và Cảng hàng không Trường Sơn – CTCP")

# ---------------------------------------------------------------- facility


def facility_ht1(doc: Doc) -> None:
    """The first section of an application for a КЭР of an airport under trust management: `№ | показатель | данные`
    under three section rows — the operator that applies (the trust manager, the aerodrome's operator) with its BIN, its
    certificate of aerodrome operator and the trust agreement; the owner of the airport's property with a BIN of its own;
    then the object with its ICAO and IATA indicators in brackets, the place and its KATO, the aerodrome reference point
    (КТА) in degrees, minutes and seconds with the longitude padded to three digits, the two runway ends on the next line
    in the same notation, the runway and the terminal's capacity, the category — the owner's BIN and the runway ends
    are no facts of the facility (VI: a GPMT application whose permit holder is a corporation with its enterprise number
    and whose airport is run by a branch with a thirteen-character branch code `0123456789-012`, the ARP as
    `16°24′05″B – 107°42′09″Đ`, the aerodrome reference code `4E` beside the environmental group)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ht1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(KZ_AIRPORTS)
    name, operator, owner = a["name"][L], a["op"][L], a["owner"][L]
    bin_, bin_owner = make_bin(r), make_bin(r)
    kato = _kato(doc, a["kato"])
    lat0, lon0 = a["at"][0] + r.uniform(-0.002, 0.002), a["at"][1] + r.uniform(-0.002, 0.002)
    lat, lat_v = _dms(lat0)
    lon, lon_v = _dms(lon0, pad=3)
    ends = [(_dms(lat0 + d * 0.0081)[0], _dms(lon0 - d * 0.0119, pad=3)[0]) for d in (1, -1)]
    cat = r.choice(("I", "II"))
    head = doc.pick(HEADS)[L]
    cert = f"KZ.АД.{r.randint(3, 38):04d}"
    year = r.choice((2021, 2022, 2023))
    pax = r.choice((300, 400, 450, 600))
    issued = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{year}"
    signed = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{year}"
    deal = r.randint(2, 19)
    hemi = g(("с.ш.", "в.д."), ("с.е.", "ш.б."), ("", ""))

    def coord(la: str, lo: str) -> str:
        return g(f"{la} {hemi[0]}, {lo} {hemi[1]}", f"{hemi[0]} {la}, {hemi[1]} {lo}", "")

    doc.h(g(f"Заявление на получение комплексного экологического разрешения. {name}",
            f"{name}. Кешенді экологиялық рұқсат алуға арналған өтініш", ""))
    doc.p(g(f"Раздел 1. Сведения об операторе и объекте. Имущественный комплекс аэропорта передан в доверительное управление "
            f"{operator}, который является эксплуатантом аэродрома и оператором объекта по смыслу Экологического кодекса "
            "Республики Казахстан.",
            f"1-бөлім. Оператор мен объект туралы мәліметтер. Әуежайдың мүліктік кешені {operator} сенімгерлік басқаруына "
            "берілген, ол әуеайлақтың пайдаланушысы және Қазақстан Республикасы Экология кодексінің мағынасында объектінің "
            "операторы болып табылады.", ""))
    rows = [g(["№ п/п", "Показатель", "Данные"], ["Р/с №", "Көрсеткіш", "Деректер"], [])]
    merges: list = []
    _span(rows, merges, g("1. Оператор объекта (заявитель) – доверительный управляющий, эксплуатант аэродрома",
                          "1. Объект операторы (өтініш беруші) – сенімгерлік басқарушы, әуеайлақты пайдаланушы", ""), 3)
    rows += [["1.1", g("Наименование", "Атауы", ""), operator],
             ["1.2", g("Бизнес-идентификационный номер", "Бизнес-сәйкестендіру нөмірі", ""), bin_],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы", ""), a["legal"][L]],
             ["1.4", g("Первый руководитель", "Бірінші басшы", ""), g(f"генеральный директор {head}", f"бас директор {head}", "")],
             ["1.5", g("Свидетельство эксплуатанта аэродрома", "Әуеайлақ пайдаланушысының куәлігі", ""),
              g(f"№ {cert}, выдано АО «Авиационная администрация Казахстана» {issued}",
                f"№ {cert}, {issued} ж. «Қазақстанның авиациялық әкімшілігі» АҚ берген", "")],
             ["1.6", g("Основание владения", "Иелік ету негізі", ""),
              g(f"договор доверительного управления № {deal}-ДУ от {signed}, срок – 10 лет",
                f"{signed} ж. № {deal}-СБ сенімгерлік басқару шарты, мерзімі – 10 жыл", "")]]
    _span(rows, merges, g("2. Собственник имущественного комплекса аэропорта (учредитель доверительного управления)",
                          "2. Әуежайдың мүліктік кешенінің меншік иесі (сенімгерлік басқарудың құрылтайшысы)", ""), 3)
    rows += [["2.1", g("Наименование", "Атауы", ""), owner],
             ["2.2", g("БИН", "БСН", ""), bin_owner]]
    _span(rows, merges, g("3. Объект", "3. Объект", ""), 3)
    rows += [["3.1", g("Наименование объекта", "Объектінің атауы", ""),
              g(f"{name} (индекс ИКАО – {a['icao']}, код ИАТА – {a['iata']})", f"{name} (ИКАО индексі – {a['icao']}, ИАТА коды – {a['iata']})", "")],
             ["3.2", g("Местонахождение", "Орналасқан жері", ""), a["place"][L]],
             ["3.3", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["3.4", g("Координаты контрольной точки аэродрома (КТА), WGS-84", "Әуеайлақтың бақылау нүктесінің (ӘБН) координаттары, WGS-84", ""),
              coord(lat, lon)],
             ["3.5", g("Координаты торцов ИВПП (справочно)", "ЖҰҚЖ шеттерінің координаттары (анықтама үшін)", ""),
              g(f"северо-западный торец – {coord(*ends[0])}; юго-восточный торец – {coord(*ends[1])}",
                f"солтүстік-батыс шеті – {coord(*ends[0])}; оңтүстік-шығыс шеті – {coord(*ends[1])}", "")],
             ["3.6", g("Основные характеристики", "Негізгі сипаттамалары", ""),
              g(f"ИВПП {a['rwy']} м с искусственным покрытием; аэровокзал пропускной способностью {pax} пасс./ч; склад ГСМ; "
                "площадка противообледенительной обработки ВС; котельная; очистные сооружения",
                f"жасанды жабыны бар ЖҰҚЖ {a['rwy']} м; өткізу қабілеті сағатына {pax} жолаушы әуевокзал; ЖЖМ қоймасы; "
                "әуе кемелерін мұзға қарсы өңдеу алаңы; қазандық; тазарту құрылыстары", "")],
             ["3.7", g("Категория объекта", "Объектінің санаты", ""),
              g(f"{cat} категория (раздел {1 if cat == 'I' else 2} приложения 2 к Экологическому кодексу Республики Казахстан)",
                f"{cat} санат (Қазақстан Республикасы Экология кодексінің 2-қосымшасының {1 if cat == 'I' else 2}-бөлімі)", "")]]
    doc.table(g("Таблица 1.1 – Сведения об операторе и объекте", "1.1-кесте – Оператор мен объект туралы мәліметтер", ""), rows, merges,
              role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": a["core"][L], "kato": kato, "category": cat, "lat": lat_v, "lon": lon_v})
    doc.p(g("Координаты КТА приведены по данным сборника аэронавигационной информации (AIP) Республики Казахстан.",
            "ӘБН координаттары Қазақстан Республикасының аэронавигациялық ақпарат жинағының (AIP) деректері бойынша келтірілген.", ""))
    maybe_distractor(doc, 0.3)


def _facility_ht1_vi(doc: Doc) -> None:
    r = doc.rng
    a = doc.pick(VN_AIRPORTS)
    corp = doc.pick(VN_CORPS)
    msdn = make_msdn(r)
    lat0, lon0 = a["at"][0] + r.uniform(-0.002, 0.002), a["at"][1] + r.uniform(-0.002, 0.002)
    lat, lat_v = _dms(lat0)
    lon, lon_v = _dms(lon0, pad=3)
    group = r.choice(("I", "II"))
    rep = doc.pick(("Ông Nguyễn Hữu Phước – Tổng Giám đốc", "Ông Trần Minh Quân – Tổng Giám đốc", "Bà Lê Thị Thu Hằng – Tổng Giám đốc"))
    day, month = r.randint(1, 28), r.randint(1, 12)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {a['name'].upper()}")
    doc.h("Chương I. THÔNG TIN CHUNG VỀ CƠ SỞ")
    doc.p(f"Cơ sở do {corp} đầu tư và là chủ cơ sở; việc quản lý, khai thác trực tiếp do chi nhánh của Tổng công ty thực hiện. "
          "Chủ cơ sở đứng tên đề nghị cấp giấy phép môi trường.")
    rows = [["TT", "Nội dung", "Thông tin"],
            ["1", "Tên chủ cơ sở", corp],
            ["", "Địa chỉ trụ sở chính", doc.pick(("Số 58 Trường Sơn, phường 2, quận Tân Bình, TP. Hồ Chí Minh",
                                                   "Số 200 Nguyễn Sơn, phường Bồ Đề, quận Long Biên, TP. Hà Nội"))],
            ["", "Người đại diện theo pháp luật", rep],
            ["", "Giấy chứng nhận đăng ký doanh nghiệp",
             f"Mã số doanh nghiệp: {msdn}; đăng ký lần đầu ngày {day:02d}/{month:02d}/2016, đăng ký thay đổi lần thứ {r.randint(5, 14)} "
             f"ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2023"],
            ["2", "Tên cơ sở", f"{a['name']} (mã ICAO: {a['icao']}; mã IATA: {a['iata']})"],
            ["", "Đơn vị trực tiếp quản lý, khai thác",
             f"Chi nhánh {corp} – {a['name']}; mã số chi nhánh: {msdn}-{a['branch']}"],
            ["", "Địa điểm cơ sở", a["place"]],
            ["", "Tọa độ điểm quy chiếu sân bay (ARP), hệ WGS-84", f"{lat}B – {lon}Đ"],
            ["", "Cấp sân bay theo mã tiêu chuẩn ICAO", "4E"],
            ["3", "Quy mô, công suất", f"Đường cất hạ cánh {a['rwy']}; nhà ga hành khách công suất {r.choice((3, 4, 5))} triệu hành khách/năm; "
                                      f"sân đỗ tàu bay {r.randint(8, 16)} vị trí; kho nhiên liệu hàng không; trạm xử lý nước thải"],
            ["4", "Phân loại theo tiêu chí về môi trường",
             f"Cơ sở thuộc nhóm {group} theo quy định của Luật Bảo vệ môi trường năm 2020 và Nghị định số 08/2022/NĐ-CP"]]
    doc.table("Bảng 1.1. Thông tin về chủ cơ sở và cơ sở", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": a["name"], "category": group, "lat": lat_v, "lon": lon_v})
    doc.p("Ghi chú: mã số chi nhánh là mã số đơn vị phụ thuộc, không phải mã số của chủ cơ sở.")
    maybe_distractor(doc, 0.3)


# (RU, KK) attractant, kind, (RU, KK) birds, distance (km), azimuth
ATTRACTANTS = (
    (("Полигон твердых бытовых отходов города", "Қаланың қатты тұрмыстық қалдықтар полигоны"), ("грачи, вороны, чайки", "ұзақтар, қарғалар, шағалалар"), 7.8),
    (("Пруды-накопители очистных сооружений города", "Қала тазарту құрылыстарының жинақтағыш тоғандары"), ("чайки, утки", "шағалалар, үйректер"), 5.2),
    (("Зерновой элеватор и склады зерна", "Астық элеваторы және астық қоймалары"), ("голуби, воробьи", "көгершіндер, торғайлар"), 3.6),
    (("Несанкционированная свалка у садоводческого общества", "Бағбандық серіктестігі маңындағы рұқсат етілмеген үйінді"), ("вороны, сороки", "қарғалар, сауысқандар"), 2.9),
    (("Животноводческая ферма (откормочная площадка)", "Мал шаруашылығы фермасы (бордақылау алаңы)"), ("скворцы, грачи", "қараторғайлар, ұзақтар"), 11.4),
)  # fmt: skip


def _latin_dms(lat: float, lon: float) -> tuple[str, float, float]:
    """`N52°11′43,6″ E077°04′26,8″` and its decimal degrees."""
    a, a_v = _dms(lat, dec=1)
    b, b_v = _dms(lon, pad=3, dec=1)
    return f"N{a} E{b}", a_v, b_v


def facility_ht2(doc: Doc) -> None:
    """A commission's act of surveying the ornithological situation around an aerodrome (a document of the airport's
    ornithology service, the akimat, the department of ecology and the aviation authority, not of the environmental
    permit): after the commission's members, a card `наименование | сведения` with the operator and its BIN in one cell,
    the place with its KATO after a semicolon, the aerodrome reference point written `N52°11′43,6″ E077°04′26,8″`, the
    elevation, the runway's magnetic courses and the survey's radius — no category — then the places that draw birds
    within 15 km as a table of no role with their own coordinates in the same notation, distance and azimuth from the КТА
    (VI: a certificate of registration of an airport issued by the civil aviation authority, the operator with its
    enterprise number, the ARP in decimal degrees with `vĩ độ Bắc`, the aerodrome code `4C`, the runways and their
    thresholds in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ht2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(KZ_AIRPORTS)
    name, operator = a["name"][L], a["op"][L]
    bin_, kato = make_bin(r), _kato(doc, a["kato"])
    lat0, lon0 = a["at"][0] + r.uniform(-0.002, 0.002), a["at"][1] + r.uniform(-0.002, 0.002)
    kta, lat_v, lon_v = _latin_dms(lat0, lon0)
    number = f"{r.randint(3, 27)}/{r.choice(('О', 'ОРН'))}"
    day = f"{r.randint(2, 27):02d}.{r.choice(('04', '05', '09', '10'))}.2025"
    course = r.randint(100, 170)
    doc.h(g(f"АКТ № {number} комиссионного обследования орнитологической обстановки в районе аэродрома «{a['core'][0]}»",
            f"«{a['core'][1]}» әуеайлағы ауданындағы орнитологиялық жағдайды комиссиялық зерттеп-қарау № {number} АКТІСІ", ""))
    doc.p(g(f"{day}. Комиссия в составе: орнитолога службы авиационной безопасности аэропорта, представителя отдела "
            "жилищно-коммунального хозяйства акимата, главного специалиста департамента экологии по области и инспектора "
            "территориального подразделения АО «Авиационная администрация Казахстана» провела обследование территории в "
            "радиусе 15 км от контрольной точки аэродрома (КТА) на предмет объектов, привлекающих птиц.",
            f"{day}. Құрамында әуежайдың авиациялық қауіпсіздік қызметінің орнитологы, әкімдіктің тұрғын үй-коммуналдық "
            "шаруашылық бөлімінің өкілі, облыс бойынша экология департаментінің бас маманы және «Қазақстанның авиациялық "
            "әкімшілігі» АҚ аумақтық бөлімшесінің инспекторы бар комиссия әуеайлақтың бақылау нүктесінен (ӘБН) 15 км радиуста "
            "құстарды тартатын объектілердің болуына аумақты зерттеп-қарады.", ""))
    rows = [g(["Наименование", "Сведения"], ["Атауы", "Мәліметтер"], []),
            [g("Аэродром", "Әуеайлақ", ""), g(f"{name}, индекс ИКАО {a['icao']}, класс «Б»", f"{name}, ИКАО индексі {a['icao']}, «Б» сыныбы", "")],
            [g("Эксплуатант аэродрома", "Әуеайлақты пайдаланушы", ""), g(f"{operator}, БИН {bin_}", f"{operator}, БСН {bin_}", "")],
            [g("Адрес эксплуатанта", "Пайдаланушының мекенжайы", ""), a["legal"][L]],
            [g("Местоположение аэродрома", "Әуеайлақтың орналасқан жері", ""), g(f"{a['place'][0]}; КАТО {kato}", f"{a['place'][1]}; ҚАТО {kato}", "")],
            [g("Контрольная точка аэродрома (КТА), WGS-84", "Әуеайлақтың бақылау нүктесі (ӘБН), WGS-84", ""), kta],
            [g("Превышение аэродрома", "Әуеайлақтың асуы", ""), g(f"{r.randint(60, 190)} м", f"{r.randint(60, 190)} м", "")],
            [g("ИВПП, магнитные курсы посадки", "ЖҰҚЖ, қонудың магниттік бағыттары", ""),
             f"{a['rwy']} м; МК {course}° / {course + 180}°"],
            [g("Радиус обследования", "Зерттеп-қарау радиусы", ""), g("15 км от КТА", "ӘБН-нен 15 км", "")]]
    doc.table(g("1. Общие сведения об аэродроме", "1. Әуеайлақ туралы жалпы мәліметтер", ""), rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": a["core"][L], "kato": kato, "lat": lat_v, "lon": lon_v})
    doc.p(g("2. В ходе обследования выявлены следующие места концентрации птиц:", "2. Зерттеп-қарау барысында құстар шоғырланатын мынадай орындар анықталды:", ""))
    trows = [g(["№", "Объект", "Координаты", "Удаление от КТА, км / азимут", "Виды птиц", "Оценка опасности"],
               ["№", "Объект", "Координаттары", "ӘБН-нен қашықтығы, км / азимут", "Құс түрлері", "Қауіптілік бағасы"], [])]
    for k, ((o_ru, o_kk), (b_ru, b_kk), km) in enumerate(r.sample(ATTRACTANTS, 4), 1):
        az = r.randint(0, 359)
        d = round(km + r.uniform(-0.6, 0.6), 1)
        rad = math.radians(az)
        txt, _, _ = _latin_dms(lat0 + d * math.cos(rad) / 111.2, lon0 + d * math.sin(rad) / (111.2 * math.cos(math.radians(lat0))))
        level = g(("высокая", "средняя", "низкая"), ("жоғары", "орташа", "төмен"), ("", "", ""))[0 if d < 4 else 1 if d < 8 else 2]
        trows.append([str(k), (o_ru, o_kk)[L], txt, f"{num(d, doc.lang)} / {az:03d}°", (b_ru, b_kk)[L], level])
    doc.table(g("Таблица 2 – Объекты, привлекающие птиц, в радиусе 15 км", "2-кесте – 15 км радиустағы құстарды тартатын объектілер", ""),
              trows, role="other")
    doc.p(g("3. Комиссия рекомендует акимату ликвидировать несанкционированную свалку, а эксплуатанту – усилить орнитологическое "
            "обеспечение полетов в период весенней и осенней миграции.",
            "3. Комиссия әкімдікке рұқсат етілмеген үйіндіні жоюды, ал пайдаланушыға көктемгі және күзгі миграция кезеңінде "
            "ұшуларды орнитологиялық қамтамасыз етуді күшейтуді ұсынады.", ""))


def _facility_ht2_vi(doc: Doc) -> None:
    r = doc.rng
    a = doc.pick(VN_AIRPORTS)
    corp = doc.pick(VN_CORPS)
    msdn = make_msdn(r)
    lat = round(a["at"][0] + r.uniform(-0.002, 0.002), 5)
    lon = round(a["at"][1] + r.uniform(-0.002, 0.002), 5)
    number = f"{r.randint(10, 95)}/GCN-CHK"
    doc.h("CỤC HÀNG KHÔNG VIỆT NAM")
    doc.h("GIẤY CHỨNG NHẬN ĐĂNG KÝ CẢNG HÀNG KHÔNG, SÂN BAY")
    doc.p(f"Số: {number}. Căn cứ Luật Hàng không dân dụng Việt Nam và Nghị định số 05/2021/NĐ-CP về quản lý, khai thác cảng hàng "
          "không, sân bay, Cục Hàng không Việt Nam chứng nhận cảng hàng không, sân bay dưới đây đã được đăng ký vào Sổ đăng bạ "
          "cảng hàng không, sân bay:")
    rows = [["Mục", "Nội dung đăng ký"],
            ["Tên cảng hàng không", a["name"]],
            ["Mã địa danh ICAO / IATA", f"{a['icao']} / {a['iata']}"],
            ["Vị trí", a["place"]],
            ["Tọa độ điểm quy chiếu sân bay (ARP)", f"vĩ độ {num(lat, 'vi')}° Bắc; kinh độ {num(lon, 'vi')}° Đông"],
            ["Loại sân bay", "Sân bay dùng chung dân dụng và quân sự"],
            ["Cấp sân bay", "4C"],
            ["Người khai thác cảng hàng không", f"{corp} (mã số doanh nghiệp: {msdn})"],
            ["Thời gian hoạt động", "24/24 giờ"]]
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": a["name"], "lat": lat, "lon": lon})
    doc.p("Thông số kỹ thuật của đường cất hạ cánh:")
    trows = [["Đường cất hạ cánh", "Kích thước", "Tọa độ ngưỡng đầu", "Tọa độ ngưỡng cuối", "Sức chịu tải (PCN)"]]
    for k in (1, 2):
        d = 0.008 * (1 if k == 1 else -1)
        trows.append([f"Đường CHC số {k}", a["rwy"] if k == 1 else "2.400 m × 30 m",
                      f"{num(round(lat + d, 5), 'vi')}° B; {num(round(lon - d, 5), 'vi')}° Đ",
                      f"{num(round(lat - d * 0.6, 5), 'vi')}° B; {num(round(lon + d * 1.1, 5), 'vi')}° Đ",
                      f"{r.randint(48, 75)}/F/C/X/T" if k == 1 else "Không sử dụng cho khai thác thường lệ"])
    doc.table("Phụ lục: Hệ thống đường cất hạ cánh", trows, role="other")
    doc.p(f"Giấy chứng nhận có hiệu lực kể từ ngày ký. Hà Nội, ngày {r.randint(1, 28):02d} tháng {r.randint(1, 12):02d} năm 2024.")


# ---------------------------------------------------------------- emissions

# names of substances the vocabulary does not carry: code: (RU, KK, VI)
NAMES = {
    "1078": ("Этиленгликоль (этан-1,2-диол)", "Этиленгликоль (этан-1,2-диол)", "Etylen glycol"),
    "2732": ("Керосин", "Керосин", "Dầu hỏa"),
    "0869": ("Дихлорметан (метилен хлористый)", "Дихлорметан (хлорлы метилен)", "Methylene chloride"),
    "1210": ("Бутилацетат", "Бутилацетат", "Butyl axetat"),
    "1401": ("Пропан-2-он (ацетон)", "Пропан-2-он (ацетон)", "Axeton"),
    "1052": ("Метанол (метиловый спирт)", "Метанол (метил спирті)", "Metanol"),
    "2752": ("Уайт-спирит", "Уайт-спирит", "White spirit"),
}
# hazard classes of the list (None: an ОБУВ only)
HAZ = {"0301": 2, "0304": 3, "0328": 3, "0330": 3, "0337": 4, "0703": 1, "1078": None, "2732": None, "0616": 3, "0621": 3, "1210": 4,
       "1401": 4, "2902": 3, "0869": 4, "1052": 3, "2752": None, "1325": 2}


def _air(doc: Doc, code: str) -> str:
    if code in NAMES:
        return NAMES[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang)


def _hz(doc: Doc, code: str) -> str:
    return str(HAZ[code]) if HAZ[code] else "–"


# the de-icing pad's sources: number, (RU, KK) name, (low, high) hours in the season, load factor, [(code, (low, high) g/s)]
DEICE = (
    ("0011", ("Дымовая труба котла-подогревателя ПОЖ (дизельное топливо)", "МҚС жылытқыш қазандығының түтін мұржасы (дизель отыны)"),
     (1800, 2600), 1.0, [("0301", (0.02, 0.06)), ("0304", (0.003, 0.009)), ("0328", (0.002, 0.008)), ("0330", (0.01, 0.04)),
                         ("0337", (0.03, 0.09))]),
    ("6010", ("Площадка противообледенительной обработки ВС (распыление ПОЖ)", "Әуе кемелерін мұзға қарсы өңдеу алаңы (МҚС шашырату)"),
     (520, 900), 0.45, [("1078", (0.08, 0.35))]),
    ("6011", ("Спецмашины деайсинга (работа дизельных двигателей на площадке)", "Деайсинг арнайы машиналары (алаңда дизель қозғалтқыштарының жұмысы)"),
     (600, 1100), 0.35, [("0301", (0.01, 0.05)), ("0304", (0.002, 0.008)), ("0328", (0.001, 0.006)), ("0330", (0.002, 0.009)),
                         ("0337", (0.05, 0.2)), ("2732", (0.01, 0.05))]),
    ("6012", ("Резервуары хранения ПОЖ (дыхательные клапаны)", "МҚС сақтау резервуарлары (тыныс алу клапандары)"),
     (5088, 5088), 1.0, [("1078", (0.0002, 0.0012))]),
)  # fmt: skip


def emissions_ht1(doc: Doc) -> None:
    """The emissions of an airport's de-icing pad for the autumn-winter season only: `№ ИЗА | источник | время работы в
    сезон ПОО, ч | код | вещество | класс опасности | г/с | кг/сезон` — the gross emission in kilograms for the season
    (October to April), which is the year's, with the fluid heater's stack, the spraying of the glycol fluid on the pad,
    the de-icing trucks' diesel engines whose hydrocarbons are counted as kerosene (2732) and the fluid tanks' breathing
    valves; ethylene glycol and kerosene with a dash for a class, the source merged over its substances, a total in
    kilograms (VI: an airport's APU and ground equipment on the aprons, `kg/giờ | g/s | kg/năm`, named sources)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ht1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(KZ_AIRPORTS)
    doc.h(g(f"Проект нормативов допустимых выбросов. {a['name'][0]}. Раздел 3.4. Площадка противообледенительной обработки воздушных судов",
            f"Жол берілетін шығарындылар нормативтерінің жобасы. {a['name'][1]}. 3.4-бөлім. Әуе кемелерін мұзға қарсы өңдеу алаңы", ""))
    doc.p(g("Площадка ПОО работает только в осенне-зимний период (с 1 октября по 30 апреля, 212 суток); в остальное время года "
            "источники площадки выбросов не имеют. Валовые выбросы за сезон являются годовыми и в связи с малыми величинами "
            "приведены в килограммах. Выбросы углеводородов от дизельных двигателей спецмашин учтены как керосин.",
            "МҚӨ алаңы тек күзгі-қысқы кезеңде (1 қазаннан 30 сәуірге дейін, 212 тәулік) жұмыс істейді; жылдың қалған уақытында "
            "алаң көздерінің шығарындылары болмайды. Маусымдағы жалпы шығарындылар жылдық болып табылады және шамалары аз "
            "болғандықтан килограммен келтірілген. Арнайы машиналардың дизель қозғалтқыштарынан шығатын көмірсутектер керосин "
            "ретінде ескерілген.", ""))
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Время работы в сезон ПОО, ч", "Код ЗВ", "Наименование загрязняющего вещества",
               "Класс опасности", "Выброс загрязняющих веществ", None],
              ["ЛШК №", "Шығарынды көзінің атауы", "МҚӨ маусымындағы жұмыс уақыты, сағ", "ЛЗ коды", "Ластаушы заттың атауы",
               "Қауіптілік сыныбы", "Ластаушы заттар шығарындысы", None], []),
            g([None] * 6 + ["г/с", "кг/сезон"], [None] * 6 + ["г/с", "кг/маусым"], [])]
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 7)]
    kgs = []
    for number, names, (hlo, hhi), factor, items in DEICE:
        hours = hlo if hlo == hhi else r.randint(hlo // 10, hhi // 10) * 10
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(items):
            gs = rate(r, lo, hi, 3)
            kg = _sig(gs * 3.6 * hours * factor, 3)
            rows.append([number if j == 0 else None, names[L] if j == 0 else None, num(hours, doc.lang) if j == 0 else None, c, _air(doc, c),
                         _hz(doc, c), num(gs, doc.lang), num(kg, doc.lang)])
            doc.add("emissions", emission(c, gs, _t(kg), number, HAZ[c]))
            kgs.append(kg)
        if len(items) > 1:
            merges += [(start, col, len(rows) - 1, col) for col in (0, 1, 2)]
    rows.append([g("Всего по площадке ПОО за сезон", "Маусымда МҚӨ алаңы бойынша барлығы", ""), None, None, None, None, None, "–",
                 total(doc, kgs)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
    doc.table(g("Таблица 3.4.2 – Выбросы загрязняющих веществ от источников площадки ПОО (сезон 2025–2026 гг.)",
                "3.4.2-кесте – МҚӨ алаңы көздерінен ластаушы заттар шығарындылары (2025–2026 жж. маусымы)", ""), rows, merges,
              role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in DEICE))
    doc.p(g("Примечание: «–» в графе класса опасности – для вещества установлен ОБУВ. 1 кг/сезон = 0,001 т/год.",
            "Ескертпе: қауіптілік сыныбы бағанындағы «–» – зат үшін ШҚӘД белгіленген. 1 кг/маусым = 0,001 т/жыл.", ""))
    maybe_distractor(doc, 0.3)


# (VI source, (low, high) hours a year, [(code, label, (low, high) g/s)])
VN_APRON = (
    ("Sân đỗ tàu bay số 1 (vị trí đỗ 1–8) – động cơ phụ APU của tàu bay", (2200, 3400),
     [("2902", "Bụi tổng", (0.005, 0.02)), ("0301", "NO2", (0.15, 0.6)), ("0330", "SO2", (0.02, 0.08)), ("0337", "CO", (0.1, 0.45))]),
    ("Sân đỗ tàu bay số 2 (vị trí đỗ 9–14) – động cơ phụ APU của tàu bay", (1400, 2600),
     [("2902", "Bụi tổng", (0.003, 0.015)), ("0301", "NO2", (0.1, 0.4)), ("0330", "SO2", (0.01, 0.06)), ("0337", "CO", (0.08, 0.3))]),
    ("Phương tiện, trang thiết bị phục vụ mặt đất (GSE) hoạt động trên sân đỗ", (3600, 5200),
     [("2902", "Bụi tổng", (0.004, 0.02)), ("0301", "NO2", (0.05, 0.25)), ("0330", "SO2", (0.005, 0.03)), ("0337", "CO", (0.2, 0.9))]),
    ("Khu vực chạy thử động cơ tàu bay sau bảo dưỡng", (120, 260),
     [("0301", "NO2", (0.8, 2.5)), ("0337", "CO", (0.5, 2.0)), ("0330", "SO2", (0.05, 0.2))]),
)


def _emissions_ht1_vi(doc: Doc) -> None:
    r = doc.rng
    a = doc.pick(VN_AIRPORTS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {a['name'].upper()}")
    doc.h("3.2.2. Khí thải từ hoạt động của tàu bay và phương tiện mặt đất tại sân đỗ")
    doc.p("Tải lượng được tính từ hệ số phát thải của ICAO (Doc 9889) cho động cơ phụ APU và của US EPA cho phương tiện mặt đất, "
          "theo số giờ hoạt động thực tế năm 2024; tải lượng năm được thể hiện theo kg/năm.")
    rows = [["TT", "Nguồn phát sinh", "Thông số ô nhiễm", "Tải lượng ô nhiễm", None, None],
            [None, None, None, "kg/giờ", "g/s", "kg/năm"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5)]
    for k, (name, (hlo, hhi), items) in enumerate(VN_APRON, 1):
        hours = r.randint(hlo // 10, hhi // 10) * 10
        start = len(rows)
        for j, (c, label, (lo, hi)) in enumerate(items):
            gs = rate(r, lo, hi, 3)
            kgh = _mul(gs, 3.6)
            kg = _sig(kgh * hours, 3)
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, label, num(kgh, "vi"), num(gs, "vi"), num(kg, "vi")])
            doc.add("emissions", emission(c, gs, _t(kg)))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.14. Tải lượng khí thải từ APU, phương tiện mặt đất và khu chạy thử động cơ", rows, merges, role="emissions")
    doc.p("Ghi chú: thời gian hoạt động của APU tại mỗi vị trí đỗ được giới hạn không quá 15 phút trước giờ khởi hành theo quy định "
          "khai thác của Cảng.")
    maybe_distractor(doc, 0.3)


# the hangar's sources: number, (RU, KK) name, [(code, (low, high) g/s, (low, high) t/y)]
HANGAR = (
    ("0001", ("Окрасочный отсек ангара № 2, вытяжная система В-1 (после фильтров)", "№ 2 ангардың бояу бөлімшесі, В-1 сору жүйесі (сүзгілерден кейін)"),
     [("0616", (0.05, 0.3), (0.2, 1.6)), ("0621", (0.03, 0.2), (0.1, 1.1)), ("1210", (0.02, 0.12), (0.08, 0.7)), ("1401", (0.01, 0.08), (0.05, 0.4)),
      ("2902", (0.002, 0.012), (0.01, 0.06))]),
    ("0002", ("Участок удаления ЛКП (химическая смывка), вытяжка В-2", "ЛБЖ-ны кетіру учаскесі (химиялық жуу), В-2 сорғыш"),
     [("0869", (0.04, 0.25), (0.1, 0.9)), ("1052", (0.005, 0.03), (0.01, 0.1))]),
    ("0003", ("Участок мойки деталей и агрегатов, вытяжка В-3", "Бөлшектер мен агрегаттарды жуу учаскесі, В-3 сорғыш"),
     [("2732", (0.01, 0.06), (0.05, 0.4)), ("2752", (0.005, 0.03), (0.02, 0.2))]),
    ("0004", ("Участок ремонта деталей из композиционных материалов, рукавный фильтр В-4", "Композициялық материалдардан жасалған бөлшектерді жөндеу учаскесі, В-4 жеңді сүзгі"),
     [("2902", (0.001, 0.008), (0.003, 0.03))]),
    ("6001", ("Площадка опробования двигателей ВС у ангара", "Ангар маңындағы ӘК қозғалтқыштарын сынау алаңы"),
     [("0301", (0.3, 1.4), (0.05, 0.4)), ("0304", (0.05, 0.22), (0.008, 0.06)), ("0328", (0.005, 0.03), (0.001, 0.008)),
      ("0330", (0.03, 0.12), (0.005, 0.04)), ("0337", (0.4, 1.8), (0.06, 0.5)), ("2732", (0.1, 0.5), (0.02, 0.15))]),
)  # fmt: skip
SOLID = {"0328", "2902"}


def emissions_ht2(doc: Doc) -> None:
    """An airline technical base's hangar complex in an НДВ project whose table puts the substance first and the source
    last: `код | вещество | класс | г/с | т/год | № ИЗА | источник выброса`, the source's number and name merged down the
    two last columns over its substances — the painting bay, the paint-stripping bay with dichloromethane, the parts
    washing with kerosene and white spirit, the composite repair and the engine run-up pad by the hangar — a total with
    `в том числе твердые / газообразные и жидкие` rows that are no substances (VI: an aircraft maintenance company's
    hangar loads, the pollutant first and the named source merged down the last column)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ht2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    base = doc.pick((("Авиационно-технический центр ТОО «Дала Эйр Техникс»", "«Дала Эйр Техникс» ЖШС авиациялық-техникалық орталығы", "Алматы"),
                     ("Ангарный комплекс ТОО «Самал Авиасервис»", "«Самал Авиасервис» ЖШС ангар кешені", "Астана"),
                     ("Авиационно-техническая база АО «Ертіс Авиа»", "«Ертіс Авиа» АҚ авиациялық-техникалық базасы", "Павлодар")))
    doc.h(g(f"Проект нормативов допустимых выбросов. {base[0]} (аэропорт г. {base[2]})", f"Жол берілетін шығарындылар нормативтерінің жобасы. {base[1]}", ""))
    doc.p(g("База выполняет оперативное и периодическое техническое обслуживание воздушных судов A320/A321 и Embraer E190/E2 в "
            "ангаре на 2 места, окраску и удаление лакокрасочных покрытий. Опробование двигателей после замены выполняется на "
            "площадке у ангара.",
            "База A320/A321 және Embraer E190/E2 әуе кемелеріне 2 орындық ангарда жедел және мерзімдік техникалық қызмет "
            "көрсетуді, бояуды және лак-бояу жабындарын кетіруді орындайды. Ауыстырудан кейін қозғалтқыштарды сынау ангар "
            "маңындағы алаңда орындалады.", ""))
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Выброс ЗВ", None, "№ ИЗА", "Наименование источника выброса"],
              ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "ЛЗ шығарындысы", None, "ЛШК №", "Шығарынды көзінің атауы"], []),
            g([None, None, None, "г/с", "т/год", None, None], [None, None, None, "г/с", "т/жыл", None, None], [])]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 5, 6)] + [(0, 3, 0, 4)]
    all_g, all_t, solid_t = [], [], []
    for number, names, items in HANGAR:
        start = len(rows)
        for j, (c, gr, tr) in enumerate(items):
            gs, ty = rate(r, *gr, 3), rate(r, *tr, 3)
            rows.append([c, _air(doc, c), _hz(doc, c), num(gs, doc.lang), num(ty, doc.lang), number if j == 0 else None, names[L] if j == 0 else None])
            doc.add("emissions", emission(c, gs, ty, number, HAZ[c]))
            all_g.append(gs)
            all_t.append(ty)
            if c in SOLID:
                solid_t.append(ty)
        if len(items) > 1:
            merges += [(start, 5, len(rows) - 1, 5), (start, 6, len(rows) - 1, 6)]
    t_all = round(sum(all_t), 4)
    t_solid = round(sum(solid_t), 4)
    for label, value in ((g("Всего по ангарному комплексу", "Ангар кешені бойынша барлығы", ""), num(t_all, doc.lang)),
                         (g("в том числе твердые", "оның ішінде қатты", ""), num(t_solid, doc.lang)),
                         (g("газообразные и жидкие", "газ тәрізді және сұйық", ""), num(round(t_all - t_solid, 4), doc.lang))):
        rows.append([label, None, None, num(round(sum(all_g), 4), doc.lang) if "Всего" in label or "барлығы" in label else "", value, "", ""])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 3.3 – Нормативы выбросов загрязняющих веществ на 2026–2035 годы", "3.3-кесте – 2026–2035 жылдарға арналған ластаушы заттар "
                "шығарындыларының нормативтері", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in HANGAR))
    doc.p(g("Примечание: углеводороды от опробования двигателей (авиакеросин ТС-1) учтены как керосин (код 2732).",
            "Ескертпе: қозғалтқыштарды сынаудан шығатын көмірсутектер (ТС-1 авиакеросині) керосин (2732 коды) ретінде ескерілген.", ""))
    maybe_distractor(doc, 0.3)


# (VI source, [(code, label, (low, high) g/s, (low, high) t/y)])
VN_HANGAR = (
    ("Buồng sơn tàu bay trong hangar số 2 (ống thải sau lọc)", [("0616", "Xylen", (0.05, 0.3), (0.2, 1.5)), ("0621", "Toluen", (0.03, 0.2), (0.1, 1.0)),
                                                              ("1210", "Butyl axetat", (0.02, 0.1), (0.08, 0.6)), ("2902", "Bụi tổng", (0.002, 0.01), (0.01, 0.05))]),
    ("Khu vực tẩy sơn bằng hóa chất", [("0869", "Methylene chloride (CH2Cl2)", (0.04, 0.2), (0.1, 0.8))]),
    ("Khu vực rửa chi tiết, cụm thiết bị", [("2732", "Dầu hỏa", (0.01, 0.05), (0.05, 0.3))]),
    ("Khu vực chạy thử động cơ sau bảo dưỡng", [("0301", "NO2", (0.3, 1.2), (0.05, 0.35)), ("0330", "SO2", (0.03, 0.1), (0.005, 0.03)),
                                                ("0337", "CO", (0.4, 1.6), (0.06, 0.4))]),
)


def _emissions_ht2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Xưởng bảo dưỡng tàu bay Phú Bài của Công ty TNHH Kỹ thuật Tàu bay Sông Hương",
                     "Trung tâm bảo dưỡng tàu bay Cam Ranh của Công ty Cổ phần Kỹ thuật Hàng không Nam Trung Bộ"))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("3.2. Nguồn phát sinh và tải lượng khí thải")
    doc.p("Bảng dưới đây liệt kê các chất ô nhiễm theo từng nguồn phát sinh (cột cuối) của hangar bảo dưỡng; tải lượng được tính "
          "theo định mức tiêu hao sơn, dung môi và số giờ chạy thử động cơ năm 2024.")
    rows = [["Chất ô nhiễm", "Tải lượng (g/s)", "Tải lượng (tấn/năm)", "Nguồn phát sinh"]]
    merges = []
    for src, items in VN_HANGAR:
        start = len(rows)
        for j, (c, label, gr, tr) in enumerate(items):
            gs, ty = rate(r, *gr, 3), rate(r, *tr, 3)
            rows.append([label, num(gs, "vi"), num(ty, "vi"), src if j == 0 else None])
            doc.add("emissions", emission(c, gs, ty))
        if len(items) > 1:
            merges.append((start, 3, len(rows) - 1, 3))
    doc.table("Bảng 3.5. Tải lượng khí thải của hangar bảo dưỡng tàu bay", rows, merges, role="emissions")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- wastes


def wastes_ht1(doc: Doc) -> None:
    """The balance of an airport's de-icing fluid for one autumn-winter season: `№ | статья баланса | объем, м3 |
    содержание гликоля, % | плотность, т/м3 | масса, т | код отхода | направление`, the stock at the start, the
    concentrate and the ready fluid received, the fluid applied to the aircraft and where it went — collected by the
    pad's drainage with the melt water, carried away by the aircraft, washed into the storm sewer, evaporated — then
    the fluid written off, its containers and the stock at the end; only the collected spent fluid, the expired Type IV
    fluid and the empty IBC containers carry a waste code and are wastes, the other lines are flows of a product (VI: an
    airport fuel farm's balance of the jet fuel drained in daily quality control, the part settled and returned to the
    tanks beside the off-spec fuel, the separator's sludge and the filter cartridges, litres, density and kilograms)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ht1_vi(doc)
        return
    g = doc.v
    a = doc.pick(KZ_AIRPORTS)
    d1, d4, dsol = 1.11, 1.06, 1.07
    v0, v1, v4 = r.randint(4, 22), r.randint(60, 160), r.randint(14, 40)
    v_end = r.randint(3, 18)
    v_exp = r.randint(2, 7)
    v_app = round((v0 + v1 - v_end) * r.uniform(1.6, 1.8) + (v4 - v_exp))
    m_app = round(v_app * dsol, 1)
    v_col = round(v_app * r.uniform(1.3, 2.1))
    dcol = 1.02
    m_col = round(v_col * dcol, 1)
    glyc_col = round(r.uniform(12, 22), 1)
    carried, storm, evap = (round(m_app * s, 1) for s in (r.uniform(0.15, 0.25), r.uniform(0.05, 0.12), r.uniform(0.01, 0.03)))
    m_exp = round(v_exp * d4, 2)
    ibc = r.randint(30, 90)
    m_ibc = round(ibc * 0.058, 2)
    spent = (g("Отработанная ПОЖ, собранная системой сбора площадки ПОО (с талой водой)",
               "Алаңның жинау жүйесімен жиналған пайдаланылған МҚС (еріген сумен)", ""),
             g("Отработанная ПОЖ", "пайдаланылған МҚС", ""))
    expired = (g("ПОЖ тип IV с истекшим сроком годности", "Жарамдылық мерзімі өткен IV типті МҚС", ""), g("ПОЖ тип IV", "IV типті МҚС", ""))
    tare = (g("Тара из-под ПОЖ (еврокубы IBC 1 м3)", "МҚС ыдысы (IBC еурокубтары 1 м3)", ""), g("Тара из-под ПОЖ", "МҚС ыдысы", ""))
    dash = "–"

    def n(x) -> str:
        return num(x, doc.lang)

    doc.h(g(f"{a['name'][0]}. Отчет о применении противообледенительных жидкостей в сезоне 2024–2025 гг.",
            f"{a['name'][1]}. 2024–2025 жж. маусымында мұзға қарсы сұйықтықтарды қолдану туралы есеп", ""))
    doc.p(g("Сезон противообледенительной обработки (ПОО) – с 1 октября 2024 г. по 30 апреля 2025 г. Применялись ПОЖ тип I "
            "(концентрат на основе этиленгликоля, разбавляется водой до 50 %) и ПОЖ тип IV (готовая к применению). Баланс "
            "составлен по данным учета службы спецтранспорта и актам передачи отходов.",
            "Мұзға қарсы өңдеу (МҚӨ) маусымы – 2024 жылғы 1 қазаннан 2025 жылғы 30 сәуірге дейін. I типті МҚС (этиленгликоль "
            "негізіндегі концентрат, сумен 50 %-ға дейін сұйылтылады) және IV типті МҚС (қолдануға дайын) қолданылды. Баланс "
            "арнайы көлік қызметінің есепке алу деректері және қалдықтарды беру актілері бойынша жасалды.", ""))
    rows = [g(["№", "Статья баланса", "Объем, м3", "Содержание гликоля, % масс.", "Плотность, т/м3", "Масса, т", "Код отхода", "Направление"],
              ["№", "Баланс бабы", "Көлемі, м3", "Гликоль мөлшері, % масс.", "Тығыздығы, т/м3", "Массасы, т", "Қалдық коды", "Бағыты"], [])]
    merges: list = []
    _span(rows, merges, g("1. Приход", "1. Кіріс", ""), 8)
    rows += [["1.1", g("Остаток ПОЖ тип I (концентрат) на начало сезона", "Маусым басындағы I типті МҚС (концентрат) қалдығы", ""), n(v0), "88",
              n(d1), n(round(v0 * d1, 1)), dash, g("склад ПОЖ", "МҚС қоймасы", "")],
             ["1.2", g("Поступило ПОЖ тип I (концентрат)", "I типті МҚС (концентрат) түсті", ""), n(v1), "88", n(d1), n(round(v1 * d1, 1)), dash,
              g("склад ПОЖ", "МҚС қоймасы", "")],
             ["1.3", g("Поступило ПОЖ тип IV", "IV типті МҚС түсті", ""), n(v4), "50", n(d4), n(round(v4 * d4, 1)), dash, g("склад ПОЖ", "МҚС қоймасы", "")]]
    _span(rows, merges, g("2. Применение", "2. Қолдану", ""), 8)
    rows.append(["2.1", g("Нанесено на ВС (раствор тип I 50 % и тип IV)", "ӘК-ге жағылды (50 % I типті ерітінді және IV тип)", ""), n(v_app), "48",
                 n(dsol), n(m_app), dash, g("обработано ВС: ", "өңделген ӘК: ", "") + str(r.randint(900, 2600))])
    _span(rows, merges, g("3. Распределение нанесенной ПОЖ", "3. Жағылған МҚС-ның бөлінуі", ""), 8)
    rows += [["3.1", spent[0], n(v_col), n(glyc_col), n(dcol), n(m_col), "16 01 14*",
              g("передано на регенерацию ТОО «Гликоль Ресайклинг»", "«Гликоль Ресайклинг» ЖШС-не регенерацияға берілді", "")],
             ["3.2", g("Унесено ВС при рулении и разбеге (расчетно)", "Рульдеу және екпін алу кезінде ӘК алып кеткен (есептік)", ""), dash, dash, dash,
              n(carried), dash, g("стекание на РД и ВПП", "РЖ мен ҰҚЖ-ға ағу", "")],
             ["3.3", g("Поступило с талым стоком в ливневую канализацию", "Еріген ағынмен нөсер кәрізіне түсті", ""), dash, dash, dash, n(storm), dash,
              g("очистка на ЛОС, пруд-накопитель", "ЖТҚ-да тазарту, жинақтағыш тоған", "")],
             ["3.4", g("Испарение и унос аэрозоля", "Булану және аэрозольдің ұшып кетуі", ""), dash, dash, dash, n(evap), dash,
              g("выброс ИЗА 6010 (раздел 3.4)", "6010 ЛШК шығарындысы (3.4-бөлім)", "")]]
    _span(rows, merges, g("4. Списание", "4. Есептен шығару", ""), 8)
    rows += [["4.1", expired[0], n(v_exp), "50", n(d4), n(m_exp), "16 03 05*",
              g("передано на обезвреживание ТОО «Эко Утиль Сервис»", "«Эко Утиль Сервис» ЖШС-не залалсыздандыруға берілді", "")],
             ["4.2", tare[0], g(f"{ibc} шт.", f"{ibc} дана", ""), dash, dash, n(m_ibc), "15 01 10*",
              g("возврат поставщику не принят, передано на переработку", "жеткізушіге қайтару қабылданбады, қайта өңдеуге берілді", "")]]
    rows.append(["5", g("Остаток ПОЖ тип I (концентрат) на конец сезона", "Маусым соңындағы I типті МҚС (концентрат) қалдығы", ""), n(v_end), "88",
                 n(d1), n(round(v_end * d1, 1)), dash, g("склад ПОЖ, используется в следующем сезоне", "МҚС қоймасы, келесі маусымда пайдаланылады", "")])
    doc.table(g("Таблица 2 – Баланс противообледенительной жидкости за сезон 2024–2025 гг.", "2-кесте – 2024–2025 жж. маусымындағы мұзға қарсы "
                "сұйықтық балансы", ""), rows, merges, role="wastes")
    for (_, short), code, t in ((spent, "16 01 14*", m_col), (expired, "16 03 05*", m_exp), (tare, "15 01 10*", m_ibc)):
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": t, "name_contains": short})
    doc.p(g("Примечание: отходами являются только позиции с указанным кодом; строки 3.2–3.4 – потери ПОЖ в окружающую среду, "
            "учитываемые в разделах по выбросам и сбросам.",
            "Ескертпе: тек коды көрсетілген позициялар ғана қалдық болып табылады; 3.2–3.4 жолдар – шығарындылар мен "
            "төгінділер жөніндегі бөлімдерде ескерілетін МҚС-ның қоршаған ортаға шығындары.", ""))
    maybe_distractor(doc, 0.3)


def _wastes_ht1_vi(doc: Doc) -> None:
    r = doc.rng
    a = doc.pick(VN_AIRPORTS)
    dens = 0.80
    v_all = r.randint(180, 420) * 100
    v_bad = r.randint(9, 40) * 100
    v_rec = v_all - v_bad
    kg_bad = round(v_bad * dens)
    sludge = r.randint(120, 600)
    filters = r.randint(24, 80)
    kg_filters = round(filters * r.uniform(3.2, 4.5), 1)
    rags = r.randint(40, 180)
    doc.h(f"KHO NHIÊN LIỆU HÀNG KHÔNG – {a['name'].upper()}")
    doc.h("BÁO CÁO CÂN BẰNG NHIÊN LIỆU XẢ LẮNG VÀ CHẤT THẢI PHÁT SINH NĂM 2024")
    doc.p("Nhiên liệu Jet A-1 được xả lắng hằng ngày từ đáy bồn chứa, xe tra nạp và thiết bị lọc tách nước để kiểm tra chất lượng "
          "theo tiêu chuẩn JIG. Phần nhiên liệu đạt chất lượng sau khi lắng được bơm trở lại bồn chứa tái kiểm tra và không phải "
          "là chất thải.")
    rows = [["TT", "Nội dung", "Số lượng (lít)", "Khối lượng riêng (kg/lít)", "Khối lượng (kg)", "Mã CTNH", "Hướng xử lý"],
            ["1", "Nhiên liệu xả lắng kiểm tra chất lượng trong năm", num(v_all, "vi"), "0,80", num(round(v_all * dens), "vi"), "-", "-"],
            ["1.1", "Thu hồi về bồn tái kiểm tra sau khi lắng (đạt chất lượng)", num(v_rec, "vi"), "0,80", num(round(v_rec * dens), "vi"), "-",
             "Tái sử dụng làm nhiên liệu"],
            ["1.2", "Nhiên liệu lẫn nước, tạp chất không đạt chất lượng", num(v_bad, "vi"), "0,80", num(kg_bad, "vi"), "17 06 03",
             "Chuyển giao đơn vị xử lý CTNH"],
            ["2", "Bùn cặn từ thiết bị tách dầu/nước của kho", "-", "-", num(sludge, "vi"), "17 05 02", "Chuyển giao đơn vị xử lý CTNH"],
            ["3", f"Lõi lọc nhiên liệu thải ({filters} cái)", "-", "-", num(kg_filters, "vi"), "18 02 01", "Chuyển giao đơn vị xử lý CTNH"],
            ["4", "Giẻ lau, vật liệu thấm hút dính nhiên liệu", "-", "-", num(rags, "vi"), "18 02 01", "Chuyển giao đơn vị xử lý CTNH"]]
    doc.table("Bảng 1. Cân bằng nhiên liệu xả lắng và chất thải nguy hại phát sinh", rows, role="wastes")
    for name, code, kg in (("Nhiên liệu lẫn nước", "17 06 03", kg_bad), ("Bùn cặn từ thiết bị tách dầu/nước", "17 05 02", sludge),
                           ("Lõi lọc nhiên liệu thải", "18 02 01", kg_filters), ("Giẻ lau, vật liệu thấm hút", "18 02 01", rags)):
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(kg), "name_contains": name})
    doc.p("Ghi chú: dòng 1 và 1.1 là nhiên liệu, không phải chất thải; chỉ các dòng có mã CTNH được kê khai trong báo cáo quản lý CTNH.")
    maybe_distractor(doc, 0.3)


# ATA chapter, (RU, KK) title, [(code or None, (RU, KK) waste, (low, high) kg a year)]
ATA_WASTES = (
    ("12", ("Обслуживание (Servicing)", "Қызмет көрсету (Servicing)"), [
        ("15 02 02*", ("Ветошь и салфетки, загрязненные ГСМ и гидрожидкостью", "ЖЖМ және гидросұйықпен ластанған шүберек пен майлықтар"), (300, 900)),
        ("15 01 10*", ("Тара из-под масел и технических жидкостей", "Майлар мен техникалық сұйықтықтардың ыдысы"), (120, 400))]),
    ("24", ("Электропитание", "Электрмен қоректендіру"), [
        ("16 06 02*", ("Никель-кадмиевые аккумуляторные батареи ВС", "ӘК никель-кадмий аккумулятор батареялары"), (150, 480))]),
    ("26", ("Противопожарная защита", "Өртке қарсы қорғаныс"), [
        ("16 05 04*", ("Огнетушители с хладоном с истекшим сроком освидетельствования", "Куәландыру мерзімі өткен хладонды өрт сөндіргіштер"), (20, 90))]),
    ("28", ("Топливная система", "Отын жүйесі"), [
        ("13 07 03*", ("Топливо, слитое из отстойников баков ВС", "ӘК бактарының тұндырғыштарынан ағызылған отын"), (400, 1500))]),
    ("29", ("Гидравлическая система", "Гидравликалық жүйе"), [
        ("13 01 11*", ("Отработанная синтетическая гидрожидкость (фосфатно-эфирная)", "Пайдаланылған синтетикалық гидросұйық (фосфат-эфирлі)"), (250, 900))]),
    ("32", ("Шасси", "Шасси"), [
        ("16 01 03", ("Изношенные авиационные шины", "Тозған авиациялық шиналар"), (2500, 7000)),
        (None, ("Тормозные диски углерод-углеродные (возвращаются изготовителю по обменному фонду)",
                "Көміртек-көміртекті тежегіш дискілер (айырбас қоры бойынша дайындаушыға қайтарылады)"), None)]),
    ("33", ("Освещение", "Жарықтандыру"), [
        ("20 01 21*", ("Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар"), (15, 60))]),
    ("35", ("Кислородная система", "Оттегі жүйесі"), [
        ("16 05 07*", ("Химические генераторы кислорода (сработавшие и с истекшим сроком)", "Химиялық оттегі генераторлары (іске қосылған және мерзімі өткен)"), (40, 160))]),
    ("51", ("Стандартная практика и конструкции", "Стандартты тәжірибе және құрылымдар"), [
        ("08 01 17*", ("Шлам удаления ЛКП смывкой", "Жуу арқылы ЛБЖ-ны кетіру шламы"), (600, 2200)),
        ("08 01 11*", ("Остатки лакокрасочных материалов с истекшим сроком годности", "Жарамдылық мерзімі өткен лак-бояу материалдарының қалдықтары"), (80, 300)),
        ("15 01 11*", ("Аэрозольные баллоны из-под красок и смазок", "Бояулар мен майлау материалдарының аэрозоль баллондары"), (30, 120))]),
    ("79", ("Масляная система двигателя", "Қозғалтқыштың май жүйесі"), [
        ("13 02 06*", ("Отработанное синтетическое турбинное масло", "Пайдаланылған синтетикалық турбина майы"), (500, 1800)),
        ("16 01 07*", ("Масляные фильтры двигателей и ВСУ", "Қозғалтқыштар мен ҚКҚ май сүзгілері"), (60, 220))]),
)  # fmt: skip


RECYCLED = ("15 01 10*", "16 06 02*", "13 07 03*", "13 01 11*", "16 01 03", "13 02 06*")


def wastes_ht2(doc: Doc) -> None:
    """An airline technical base's wastes listed by the chapter of the ATA 100 specification of the aircraft system they
    come from: `глава ATA | наименование главы | № | отход | код | количество, кг/год | обращение`, the two-digit chapter
    numbers (12, 24, 29, 79 …) merged down over their wastes beside the classifier's codes, the amounts in kilograms, and
    carbon brake discs returned to the manufacturer under an exchange pool on a row with a dash for a code and an
    amount — no waste (VI: a maintenance company's CTNH by `Chương ATA`, kilograms, worn aircraft tyres as an ordinary
    waste without a code and brake discs returned to the maker)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ht2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    base = doc.pick((("ТОО «Дала Эйр Техникс»", "«Дала Эйр Техникс» ЖШС"), ("ТОО «Самал Авиасервис»", "«Самал Авиасервис» ЖШС"),
                     ("АО «Ертіс Авиа»", "«Ертіс Авиа» АҚ")))[L]
    doc.h(g(f"Программа управления отходами {base} (авиационно-техническая база) на 2026–2030 годы",
            f"{base} (авиациялық-техникалық база) 2026–2030 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("2.2. Отходы технического обслуживания воздушных судов", "2.2. Әуе кемелеріне техникалық қызмет көрсету қалдықтары", ""))
    doc.p(g("Отходы сгруппированы по главам спецификации ATA 100 (системы ВС), при обслуживании которых они образуются. Количество "
            "указано по фактическим данным 2025 года, в килограммах.",
            "Қалдықтар ATA 100 спецификациясының олар түзілетін тарауларына (ӘК жүйелері) бойынша топтастырылған. Саны 2025 "
            "жылғы нақты деректер бойынша килограммен көрсетілген.", ""))
    rows = [g(["Глава ATA", "Наименование главы", "№ п/п", "Наименование отхода", "Код отхода", "Количество, кг/год", "Обращение"],
              ["ATA тарауы", "Тараудың атауы", "Р/с №", "Қалдықтың атауы", "Қалдық коды", "Саны, кг/жыл", "Жұмыс істеу"], [])]
    merges: list = []
    k = 0
    handling = g(("передача специализированной организации", "передача на переработку", "передача на обезвреживание"),
                 ("мамандандырылған ұйымға беру", "қайта өңдеуге беру", "залалсыздандыруға беру"), ("", "", ""))
    for chapter, titles, items in ATA_WASTES:
        start = len(rows)
        for j, (code, names, rng) in enumerate(items):
            k += 1
            name = names[L]
            if code is None:
                rows.append([chapter if j == 0 else None, titles[L] if j == 0 else None, str(k), name, "–", "–",
                             g("не является отходом", "қалдық болып табылмайды", "")])
                continue
            kg = r.randint(rng[0] // 5, rng[1] // 5) * 5
            way = 0 if code in ("20 01 21*", "16 05 04*", "16 05 07*") else 1 if code in RECYCLED else 2
            rows.append([chapter if j == 0 else None, titles[L] if j == 0 else None, str(k), name, code, num(kg, doc.lang), handling[way]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": _t(kg), "name_contains": _words(name, 3)})
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 2.2 – Отходы по главам ATA", "2.2-кесте – ATA тараулары бойынша қалдықтар", ""), rows, merges, role="wastes")
    maybe_distractor(doc, 0.3)


VN_ATA = (
    ("12", "Phục vụ kỹ thuật (Servicing)", [("18 02 01", "Giẻ lau, găng tay dính dầu, dầu thủy lực", (200, 800)),
                                            ("18 01 02", "Bao bì cứng thải bằng kim loại (can dầu, thùng hóa chất)", (100, 350))]),
    ("24", "Nguồn điện", [("19 06 01", "Ắc quy chì thải của tàu bay và thiết bị mặt đất", (150, 500))]),
    ("28", "Hệ thống nhiên liệu", [("17 06 03", "Nhiên liệu thải xả từ bể chứa tàu bay", (300, 1200))]),
    ("29", "Hệ thống thủy lực", [("17 01 06", "Dầu thủy lực tổng hợp thải", (200, 900))]),
    ("32", "Càng đáp", [(None, "Lốp tàu bay thải", (2000, 6000)), ("skip", "Đĩa phanh carbon (trả lại nhà sản xuất theo chương trình trao đổi)", None)]),
    ("33", "Hệ thống đèn", [("16 01 06", "Bóng đèn huỳnh quang thải", (10, 50))]),
    ("79", "Hệ thống dầu động cơ", [("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", (400, 1600))]),
)


def _wastes_ht2_vi(doc: Doc) -> None:
    r = doc.rng
    name = doc.pick(("Công ty TNHH Kỹ thuật Tàu bay Sông Hương", "Công ty Cổ phần Kỹ thuật Hàng không Nam Trung Bộ"))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {name.upper()}")
    doc.h("2.3. Kết quả quản lý chất thải phát sinh từ bảo dưỡng tàu bay")
    doc.p("Chất thải được thống kê theo chương ATA 100 của hệ thống tàu bay phát sinh chất thải; khối lượng tính theo kg/năm.")
    rows = [["Chương ATA", "Tên chương", "TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg/năm)", "Ghi chú"]]
    merges: list = []
    k = 0
    for chapter, title, items in VN_ATA:
        start = len(rows)
        for j, (code, w, rng) in enumerate(items):
            k += 1
            lead = [chapter if j == 0 else None, title if j == 0 else None, str(k), w]
            if code == "skip":
                rows.append([*lead, "-", "-", "Không phải chất thải"])
                continue
            kg = r.randint(rng[0] // 5, rng[1] // 5) * 5
            if code is None:
                rows.append([*lead, "-", num(kg, "vi"), "Chất thải rắn công nghiệp thông thường"])
                doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": _t(kg), "name_contains": w})
                continue
            rows.append([*lead, code, num(kg, "vi"), "Chuyển giao đơn vị có chức năng"])
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": _t(kg), "name_contains": _words(w, 4)})
        if len(items) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 2.3. Chất thải phát sinh theo chương ATA", rows, merges, role="wastes")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

# code: (RU, KK) name in the header, ПДК м.р. mg/m3, (low, high) near a runway, share of `н/о`
RUNWAY_AIR = {
    "0301": (("Азота диоксид (0301)", "Азот диоксиді (0301)"), 0.2, (0.02, 0.17), 0.0),
    "0337": (("Углерод оксид (0337)", "Көміртек оксиді (0337)"), 5, (0.6, 3.8), 0.0),
    "0330": (("Сера диоксид (0330)", "Күкірт диоксиді (0330)"), 0.5, (0.004, 0.06), 0.25),
    "1325": (("Формальдегид (1325)", "Формальдегид (1325)"), 0.05, (0.003, 0.03), 0.2),
    "0328": (("Углерод (сажа) (0328)", "Көміртек (күйе) (0328)"), 0.15, (0.01, 0.06), 0.45),
}
FLIGHTS = (("KC 948", "A321LR"), ("KC 7142", "A320neo"), ("DV 712", "B737-800"), ("IQ 331", "E190-E2"), ("FS 7311", "A320neo"),
           ("FS 7302", "A320neo"), ("DV 718", "B737-700"), ("IQ 356", "E190-E2"), ("KC 951", "A321LR"), ("SU 1950", "A321"))


def limits_ht1(doc: Doc) -> None:
    """A laboratory's protocol of the air under the approach path and at the zone's boundary measured at take-offs and
    landings: a row per event — local time, flight, aircraft type, take-off or landing — and one background row taken
    with no flights, under a row spanning the table per point (`Т-1 – жилая застройка … под глиссадой, 2,6 км от торца
    ИВПП`), the substances as columns headed by name and code and the ПДК м.р. as a row under the header; `н/о` where
    nothing was found (the limit holds, no value) (VI: QCVN 05:2023/BTNMT one-hour values in µg/m3 at two points by a
    runway, each row a departure or an arrival with the flight number, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ht1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(KZ_AIRPORTS)
    codes = [c for c in RUNWAY_AIR if c in ("0301", "0337", "1325") or r.random() < 0.7]
    number = f"{r.randint(110, 880)}-В/25"
    day = f"{r.randint(3, 27):02d}.{r.choice(('06', '07', '08'))}.2025"
    doc.h(g(f"Протокол измерений № {number} загрязнения атмосферного воздуха в районе аэродрома «{a['core'][0]}» при взлетно-посадочных операциях",
            f"«{a['core'][1]}» әуеайлағы ауданындағы ұшу-қону операциялары кезіндегі атмосфералық ауаның ластануын өлшеу № {number} хаттамасы", ""))
    doc.p(g(f"Дата измерений: {day}. Отбор проб – 20-минутный, начат в момент прохода ВС над точкой (посадка) или начала разбега "
            "(взлет). Фоновая проба отобрана в перерыве между полетами. Метеоусловия: ветер 3–5 м/с в сторону точек контроля.",
            f"Өлшеу күні: {day}. Сынама алу – 20 минуттық, ӘК нүкте үстінен өткен сәтте (қону) немесе екпін алу басталғанда (ұшу) "
            "басталды. Фондық сынама ұшулар арасындағы үзілісте алынды. Метеожағдайлар: бақылау нүктелеріне қарай 3–5 м/с жел.", ""))
    width = 4 + len(codes)
    rows = [g(["Время отбора (местное)", "Рейс", "Тип ВС", "Операция", "Концентрация, мг/м3", *([None] * (len(codes) - 1))],
              ["Сынама алу уақыты (жергілікті)", "Рейс", "ӘК түрі", "Операция", "Концентрация, мг/м3", *([None] * (len(codes) - 1))], []),
            [None, None, None, None, *(RUNWAY_AIR[c][0][L] for c in codes)],
            [g("ПДК м.р., мг/м3", "ШЖК б.р., мг/м3", ""), None, None, None, *(num(RUNWAY_AIR[c][1], doc.lang) for c in codes)]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, width - 1), (2, 0, 2, 3)]
    points = (("Т-1", g(f"Т-1 – жилая застройка {a['village'][0]}, под глиссадой, 2,6 км от торца ИВПП",
                        f"Т-1 – {a['village'][1]} тұрғын үйлері, глиссада астында, ЖҰҚЖ шетінен 2,6 км", "")),
              ("Т-2", g("Т-2 – граница СЗЗ в створе оси ИВПП, 1,1 км от торца", "Т-2 – ЖҰҚЖ осі тұсындағы СҚА шекарасы, шетінен 1,1 км", "")))
    flights = r.sample(FLIGHTS, 8)
    ops = g(("взлет", "посадка"), ("ұшып көтерілу", "қону"), ("", ""))
    clock = r.randint(6 * 60, 7 * 60)
    for (pid, label), events in zip(points, (flights[:4], flights[4:]), strict=True):
        _span(rows, merges, label, width)
        lines = [("–", "–", g("фон (полетов нет)", "фон (ұшулар жоқ)", ""), 0.35)] + [(f, t, r.choice(ops), 1.0) for f, t in events]
        for flight, plane, op, share in lines:
            clock += r.randint(25, 70)
            line = [f"{clock // 60:02d}:{clock % 60:02d}", flight, plane, op]
            for c in codes:
                _, pdk, (lo, hi), nd = RUNWAY_AIR[c]
                if r.random() < nd + (0.3 if share < 1 else 0):
                    line.append(g("н/о", "а/ж", ""))
                    add(doc, {k: x for k, x in limit(("code", c), "air", pdk, "mg/m3", None, pid).items() if k != "value"})
                    continue
                v = _sig(r.uniform(lo, hi) * share, 2)
                line.append(num(v, doc.lang))
                add(doc, limit(("code", c), "air", pdk, "mg/m3", None, pid, v))
            rows.append(line)
    doc.table(g("Таблица 1 – Результаты измерений", "1-кесте – Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("«н/о» – не обнаружено (ниже нижнего предела измерений методики). Превышений ПДК м.р. не выявлено.",
            "«а/ж» – анықталған жоқ (әдістеменің өлшеудің төменгі шегінен төмен). ШЖК б.р. асу анықталған жоқ.", ""))
    maybe_distractor(doc, 0.3)


# code: (VI label, QCVN 05:2023/BTNMT one-hour µg/m3, (low, high))
VN_RUNWAY_AIR = {"0301": ("NO2", 200, (25, 170)), "0337": ("CO", 30000, (1800, 12000)), "0330": ("SO2", 350, (10, 90)),
                 "2902": ("Tổng bụi lơ lửng (TSP)", 300, (60, 240))}
VN_FLIGHTS = (("VN 1542", "A321"), ("VJ 575", "A321neo"), ("QH 1203", "A320"), ("VU 780", "A321"), ("VN 7321", "A350-900"),
              ("VJ 306", "A320"), ("QH 206", "B787-9"), ("VN 1544", "A321"))


def _limits_ht1_vi(doc: Doc) -> None:
    r = doc.rng
    a = doc.pick(VN_AIRPORTS)
    codes = list(VN_RUNWAY_AIR)
    doc.h(f"KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG KHÔNG KHÍ KHU VỰC ĐẦU ĐƯỜNG CẤT HẠ CÁNH – {a['name'].upper()}")
    doc.p(f"Ngày quan trắc: {r.randint(3, 27):02d}/{r.choice(('04', '05', '10'))}/2024. Mỗi mẫu lấy trong 60 phút, bắt đầu khi tàu bay cất "
          "cánh hoặc hạ cánh qua vị trí quan trắc; mẫu nền lấy khi không có chuyến bay. Giá trị giới hạn: QCVN 05:2023/BTNMT, trung "
          "bình 1 giờ. Đơn vị: µg/m3.")
    rows = [["Vị trí", "Chuyến bay", "Loại tàu bay", "Hoạt động", *(VN_RUNWAY_AIR[c][0] for c in codes)],
            ["QCVN 05:2023/BTNMT (trung bình 1 giờ)", None, None, None, *(num(VN_RUNWAY_AIR[c][1], "vi") for c in codes)]]
    merges = [(1, 0, 1, 3)]
    flights = r.sample(VN_FLIGHTS, 6)
    for pid, events in (("KK1", flights[:3]), ("KK2", flights[3:])):
        start = len(rows)
        for flight, plane, share in [("-", "-", 0.4)] + [(f, t, 1.0) for f, t in events]:
            op = "Nền (không có chuyến bay)" if share < 1 else r.choice(("Cất cánh", "Hạ cánh"))
            line = [pid if len(rows) == start else None, flight, plane, op]
            for c in codes:
                label, lim, (lo, hi) = VN_RUNWAY_AIR[c]
                if c == "0330" and r.random() < 0.3:
                    line.append("KPH")
                    add(doc, {k: x for k, x in limit(("code", c), "air", lim, "µg/m3", None, pid).items() if k != "value"})
                    continue
                v = float(round(r.uniform(lo, hi) * share))
                line.append(num(v, "vi"))
                add(doc, limit(("code", c), "air", lim, "µg/m3", None, pid, v))
            rows.append(line)
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table("Bảng 3. Kết quả quan trắc theo từng lượt cất, hạ cánh", rows, merges, role="limits")
    doc.p("Ghi chú: KK1 – cách đầu đường cất hạ cánh phía Bắc 600 m, trên trục tim đường CHC kéo dài; KK2 – khu dân cư cách hàng rào "
          "Cảng 350 m, dưới hướng tiếp cận hạ cánh. KPH – không phát hiện.")
    maybe_distractor(doc, 0.3)


# symbol: ((I and IV quarters), (II and III quarters)) ДК mg/l, (low, high) share of the ДК; None a dash
SEASONAL_DK = {
    "pH": ((6.5, 8.5), (6.5, 8.5), None), "TSS": (20, 15, (0.4, 0.95)), "BOD5": (10, 6, (0.4, 0.95)), "COD": (50, 30, (0.4, 0.95)),
    "NH4+": (2, 2, (0.2, 0.9)), "TPH": (0.5, 0.3, (0.1, 0.8)), "Surfactants": (0.5, 0.5, (0.1, 0.7)), "Cl-": (350, 350, (0.2, 0.6)),
}
GLYCOL = (("Этиленгликоль", "Этиленгликоль", "Etylen glycol"), 1.0)


def limits_ht2(doc: Doc) -> None:
    """An airport's report on its treated waste water at the outlet `К-2` into the evaporation ponds, whose permit gives
    seasonal allowed concentrations — one set for the I and IV quarters, when the treatment works take the melt water
    from the de-icing pad, and a stricter one for the II and III — as two sub-columns under a merged `ДК`, merged across
    both where they are the same; the four quarters' results after them, each belonging to its own season's ДК, ethylene
    glycol normed and measured in the cold quarters only, `< 0,02` below detection (VI: a permit's roadmap at an
    airport's treatment plant — QCVN 14:2008/BTNMT column B until the upgrade at mid-year, column A after it — as two limit
    columns, the first two quarters judged against B and the last two against A)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ht2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(KZ_AIRPORTS)
    doc.h(g(f"Отчет по программе ПЭК за 2025 год. {a['name'][0]}", f"{a['name'][1]}. 2025 жылғы ӨЭБ бағдарламасы бойынша есеп", ""))
    doc.h(g("3.3. Контроль сбросов сточных вод в пруды-испарители", "3.3. Буландыру тоғандарына ағынды сулардың төгілуін бақылау", ""))
    doc.p(g("Хозяйственно-бытовые и поверхностные сточные воды аэропорта после биологической очистки сбрасываются через выпуск "
            "К-2 в пруды-испарители. Разрешением установлены сезонные допустимые концентрации: в I и IV кварталах, когда на "
            "очистные сооружения поступают талые воды с площадки ПОО, – ДК холодного периода, во II и III кварталах – ДК теплого "
            "периода.",
            "Әуежайдың шаруашылық-тұрмыстық және жер беті ағынды сулары биологиялық тазартудан кейін К-2 шығарылымы арқылы "
            "буландыру тоғандарына төгіледі. Рұқсатпен маусымдық рұқсат етілген концентрациялар белгіленген: тазарту "
            "құрылыстарына МҚӨ алаңынан еріген су түсетін I және IV тоқсандарда – суық кезеңнің ДК, II және III тоқсандарда – "
            "жылы кезеңнің ДК.", ""))
    quarters = g(("I кв.", "II кв.", "III кв.", "IV кв."), ("I тқ.", "II тқ.", "III тқ.", "IV тқ."), ())
    rows = [g(["№", "Показатель", "ДК, мг/дм3", None, "Фактическая концентрация на выпуске К-2, мг/дм3", None, None, None],
              ["№", "Көрсеткіш", "ДК, мг/дм3", None, "К-2 шығарылымындағы нақты концентрация, мг/дм3", None, None, None], []),
            [None, None, g("I и IV кв.", "I және IV тқ.", ""), g("II и III кв.", "II және III тқ.", ""), *quarters]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 7)]
    keys = ["pH", "TSS", "BOD5", "COD", *sorted(r.sample(["NH4+", "TPH", "Surfactants", "Cl-"], 3), key=list(SEASONAL_DK).index)]
    cold = (0, 3)
    k = 0
    for k, s in enumerate(keys, 1):
        winter, summer, share = SEASONAL_DK[s]
        same = winter == summer
        line = [str(k), vocab.water(s, doc.lang), cell(doc, winter), None if same else cell(doc, summer)]
        for q in range(4):
            dk = winter if q in cold else summer
            unit = None if s == "pH" else "mg/l"
            if s == "pH":
                v = round(r.uniform(6.9, 8.2), 1)
            elif s == "TPH" and r.random() < 0.3:
                line.append("< 0,02")
                add(doc, {x: y for x, y in limit(("symbol", s), "waste_water", dk, unit, None, "К-2").items() if x != "value"})
                continue
            else:
                v = _sig(dk * r.uniform(*share), 2)
            line.append(num(v, doc.lang))
            add(doc, limit(("symbol", s), "waste_water", dk, unit, None, "К-2", v))
        rows.append(line)
        if same:
            merges.append((len(rows) - 1, 2, len(rows) - 1, 3))
    (names, dk) = GLYCOL
    line = [str(k + 1), names[L], num(dk, doc.lang), g("не нормируется", "нормаланбайды", "")]
    for q in range(4):
        if q in cold:
            v = _sig(dk * r.uniform(0.2, 0.9), 2)
            line.append(num(v, doc.lang))
            doc.add("limits", {"medium": "waste_water", "unit": "mg/l", "column": None, "point": "К-2", "limit": dk, "limit_min": None,
                               "limit_max": None, "value": v})
        else:
            line.append(g("не опр.", "анықт. жоқ", ""))
    rows.append(line)
    doc.table(g("Таблица 3.3 – Результаты контроля сточных вод на выпуске К-2 в 2025 году", "3.3-кесте – 2025 жылы К-2 шығарылымындағы ағынды "
                "суларды бақылау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("Примечание: pH – в единицах pH; «< 0,02» – ниже предела обнаружения; этиленгликоль определяется в период применения ПОЖ.",
            "Ескертпе: pH – pH бірліктерімен; «< 0,02» – анықтау шегінен төмен; этиленгликоль МҚС қолдану кезеңінде анықталады.", ""))
    maybe_distractor(doc, 0.3)


# symbol: (QCVN 14:2008/BTNMT column B, column A, (low, high) share of A)
QCVN14 = {"pH": ((5, 9), (5, 9), None), "BOD5": (50, 30, (0.3, 0.95)), "TSS": (100, 50, (0.3, 0.9)), "TDS": (1000, 500, (0.3, 0.8)),
          "NH4+": (10, 5, (0.2, 0.9)), "NO3-": (50, 30, (0.1, 0.6)), "Surfactants": (10, 5, (0.05, 0.4)), "Coliform": (5000, 3000, (0.1, 0.8))}


def _limits_ht2_vi(doc: Doc) -> None:
    r = doc.rng
    a = doc.pick(VN_AIRPORTS)
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {a['name'].upper()}")
    doc.h("2.2. Kết quả quan trắc nước thải sau trạm xử lý nước thải tập trung (NT1)")
    doc.p("Theo lộ trình tại giấy phép môi trường, nước thải sau xử lý phải đạt QCVN 14:2008/BTNMT cột B (K = 1,0) đến hết ngày "
          "30/6/2024, khi hoàn thành cải tạo trạm xử lý; từ ngày 01/7/2024 phải đạt cột A (K = 1,0). Kết quả quý I, II so sánh với "
          "cột B; quý III, IV so sánh với cột A.")
    keys = ["pH", "BOD5", "TSS", *sorted(r.sample(["TDS", "NH4+", "NO3-", "Surfactants"], 3), key=list(QCVN14).index), "Coliform"]
    rows = [["TT", "Thông số", "Đơn vị", "Quý I", "Quý II", "Quý III", "Quý IV", "Cột B (đến 30/6/2024)", "Cột A (từ 01/7/2024)"]]
    for k, s in enumerate(keys, 1):
        col_b, col_a, share = QCVN14[s]
        unit = None if s == "pH" else "MPN/100ml" if s == "Coliform" else "mg/l"
        shown = "-" if s == "pH" else "MPN/100ml" if s == "Coliform" else "mg/L"
        line = [str(k), vocab.water(s, "vi"), shown]
        for q in range(4):
            lim, column = (col_b, "B") if q < 2 else (col_a, "A")
            if s == "pH":
                v = round(r.uniform(6.5, 8.0), 1)
            elif s == "Coliform":
                v = float(r.randint(2, 29) * 100)
            else:
                v = _sig(col_a * r.uniform(*share), 2)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", lim, unit, column, "NT1", v))
        rows.append([*line, cell(doc, col_b), cell(doc, col_a)])
    doc.table("Bảng 2.2. Kết quả quan trắc nước thải tại NT1 năm 2024", rows, role="limits")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring

# code or symbol: (RU, KK) name written after the code
MON_AIR = {"0301": ("азота диоксид", "азот диоксиді"), "0337": ("углерод оксид", "көміртек оксиді"), "0330": ("сера диоксид", "күкірт диоксиді"),
           "1325": ("формальдегид", "формальдегид"), "2732": ("керосин", "керосин"), "1078": ("этиленгликоль", "этиленгликоль"),
           "0304": ("азот (II) оксид", "азот (II) оксиді"), "0008": ("взвешенные частицы РМ10", "қалқыма бөлшектер РМ10"),
           "0010": ("взвешенные частицы РМ2,5", "қалқыма бөлшектер РМ2,5"), "0703": ("бенз/а/пирен", "бенз(а)пирен")}


def monitoring_ht1(doc: Doc) -> None:
    """An airport's programme of impact monitoring whose points are placed by the aerodrome's geography — under the glide
    path at so many kilometres from the runway end, in line with the runway's axis at the zone's boundary, at the edge of
    the de-icing pad, along the runway, at the engine run-up pad — the substances written `код – наименование` and
    separated by semicolons, several points with their places in one cell; the frequency in aviation seasons: the
    de-icing pad `ежемесячно в период ОЗП (октябрь – апрель)`, snow cover once a year at the greatest accumulation, soil
    in spring and autumn, noise without a substance (VI: an airport permit's programme, the runway-end and apron points,
    the drainage ditch monthly in the rainy season, soil yearly, noise)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_ht1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(KZ_AIRPORTS)
    vil = a["village"][L]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {a['name'][0]}",
            f"{a['name'][1]}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("5.2. Мониторинг воздействия", "5.2. Әсер ету мониторингі", ""))
    doc.p(g("ОЗП – осенне-зимний период, в течение которого выполняется противообледенительная обработка воздушных судов.",
            "КҚК – күзгі-қысқы кезең, бұл кезеңде әуе кемелерін мұзға қарсы өңдеу орындалады.", ""))
    ozp = g("ОЗП", "КҚК", "")
    air = ["0301", "0337", "0330", "1325", "2732"]
    air_word = doc.pick(("quarterly", "quarterly", "semiannual"))
    soil = ["TPH", "Pb"]
    snow = ["pH", "TPH", "Cl-", "SO4"]

    def codes(cs) -> str:
        return "; ".join(f"{c} – {MON_AIR[c][L]}" for c in cs)

    def names(kind: str, ss) -> str:
        f = vocab.soil if kind == "soil" else vocab.water
        return "; ".join(f(s, doc.lang) for s in ss)

    rows = [g(["№", "Компонент", "Точки контроля", "Контролируемые вещества и показатели", "Периодичность", "Исполнитель"],
              ["№", "Құрамдас", "Бақылау нүктелері", "Бақыланатын заттар мен көрсеткіштер", "Кезеңділігі", "Орындаушы"], [])]
    lab = g("аккредитованная лаборатория", "аккредиттелген зертхана", "")
    pts_air = [("Т-1", g(f"Т-1 – жилая застройка {vil}, под глиссадой, 2,6 км от торца ИВПП", f"Т-1 – {vil} тұрғын үйлері, глиссада астында, "
                          "ЖҰҚЖ шетінен 2,6 км", "")),
               ("Т-2", g("Т-2 – граница СЗЗ в створе оси ИВПП, 1,1 км от торца", "Т-2 – ЖҰҚЖ осі тұсындағы СҚА шекарасы, шетінен 1,1 км", ""))]
    rows.append(["1", g("Атмосферный воздух", "Атмосфералық ауа", ""), "; ".join(t for _, t in pts_air), codes(air), _often(doc, air_word), lab])
    for pid, _ in pts_air:
        doc.add("monitoring", *({"point": pid, "code": c, "frequency": air_word} for c in air))
    pad = ["1078", "0301", "0337"]
    rows.append(["2", g("Атмосферный воздух", "Атмосфералық ауа", ""),
                 g("Т-3 – граница площадки противообледенительной обработки ВС", "Т-3 – әуе кемелерін мұзға қарсы өңдеу алаңының шекарасы", ""),
                 codes(pad), g(f"ежемесячно в период {ozp} (октябрь – апрель)", f"{ozp} кезеңінде (қазан – сәуір) ай сайын", ""), lab])
    doc.add("monitoring", *({"point": "Т-3", "code": c, "frequency": "monthly"} for c in pad))
    pts_snow = (("С-1", g("С-1 – вдоль ИВПП, 50 м от кромки", "С-1 – ЖҰҚЖ бойымен, жиегінен 50 м", "")),
                ("С-2", g("С-2 – у перрона", "С-2 – перрон маңында", "")),
                ("С-3", g("С-3 – у площадки ПОО", "С-3 – МҚӨ алаңы маңында", "")))
    rows.append(["3", g("Снежный покров (талая вода)", "Қар жамылғысы (еріген су)", ""), "; ".join(t for _, t in pts_snow), names("water", snow),
                 g("1 раз в год (февраль – март, при максимальном снегонакоплении)", "жылына 1 рет (ақпан – наурыз, қар барынша жиналғанда)", ""), lab])
    for pid, _ in pts_snow:
        doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": "yearly"} for s in snow))
    pts_soil = (("П-1", g("П-1 – площадка опробования двигателей", "П-1 – қозғалтқыштарды сынау алаңы", "")),
                ("П-2", g("П-2 – склад ГСМ, у обвалования резервуаров", "П-2 – ЖЖМ қоймасы, резервуарлар үйіндісінің маңы", "")))
    rows.append(["4", g("Почва", "Топырақ", ""), "; ".join(t for _, t in pts_soil), names("soil", soil),
                 g("2 раза в год (весной и осенью)", "жылына 2 рет (көктемде және күзде)", ""), lab])
    for pid, _ in pts_soil:
        doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": "semiannual"} for s in soil))
    rows.append(["5", g("Авиационный шум", "Авиациялық шу", ""), g(f"Ш-1 – жилая застройка {vil}", f"Ш-1 – {vil} тұрғын үйлері", ""),
                 g("эквивалентный и максимальный уровни звука LAeq, LAmax (днем и ночью)", "LAeq, LAmax баламалы және ең жоғары дыбыс деңгейлері "
                   "(күндіз және түнде)", ""), freq(doc, "quarterly"), lab])
    doc.table(g("Таблица 5.2 – План-график мониторинга воздействия", "5.2-кесте – Әсер ету мониторингінің жоспар-кестесі", ""), rows, role="monitoring")
    if r.random() < 0.5:
        doc.p(g("Отбор проб воздуха в точках Т-1 и Т-2 выполняется в часы наибольшей интенсивности полетов.",
                "Т-1 және Т-2 нүктелерінде ауа сынамаларын алу ұшулардың ең қарқынды сағаттарында орындалады.", ""))
    maybe_distractor(doc, 0.3)


def _monitoring_ht1_vi(doc: Doc) -> None:
    r = doc.rng
    a = doc.pick(VN_AIRPORTS)
    doc.h(f"GIẤY PHÉP MÔI TRƯỜNG – {a['name'].upper()}")
    doc.h("Phụ lục 4. CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG")
    rows = [["TT", "Thành phần", "Vị trí quan trắc", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    air = (("2902", "Tổng bụi lơ lửng (TSP)"), ("0301", "NO2"), ("0330", "SO2"), ("0337", "CO"))
    word = doc.pick(("quarterly", "semiannual"))
    rows.append(["1", "Không khí xung quanh", "KK1 – đầu đường cất hạ cánh phía Bắc; KK2 – khu dân cư dưới hướng tiếp cận hạ cánh",
                 ", ".join(x for _, x in air), freq(doc, word), "QCVN 05:2023/BTNMT"])
    for pid in ("KK1", "KK2"):
        doc.add("monitoring", *({"point": pid, "code": c, "frequency": word} for c, _ in air))
    apron = (("0301", "NO2"), ("0337", "CO"))
    rows.append(["2", "Không khí xung quanh", "KK3 – sân đỗ tàu bay (vị trí đỗ số 5)", ", ".join(x for _, x in apron), "06 tháng/lần", "QCVN 05:2023/BTNMT"])
    doc.add("monitoring", *({"point": "KK3", "code": c, "frequency": "semiannual"} for c, _ in apron))
    ditch = ("pH", "TSS", "COD", "TPH")
    rows.append(["3", "Nước mưa chảy tràn", "NM1 – mương thoát nước mưa phía Nam sân bay, sau bể tách dầu",
                 ", ".join(vocab.water(s, "vi") for s in ditch), "01 tháng/lần trong mùa mưa (tháng 9 – tháng 12)", "QCVN 40:2011/BTNMT, cột B"])
    doc.add("monitoring", *({"point": "NM1", "symbol": s, "frequency": "monthly"} for s in ditch))
    soil = ("TPH", "Pb")
    rows.append(["4", "Đất", "Đ1 – khu vực chạy thử động cơ; Đ2 – kho nhiên liệu hàng không", ", ".join(vocab.soil(s, "vi") for s in soil),
                 "12 tháng/lần", "QCVN 03:2023/BTNMT"])
    for pid in ("Đ1", "Đ2"):
        doc.add("monitoring", *({"point": pid, "symbol": s, "frequency": "yearly"} for s in soil))
    rows.append(["5", "Tiếng ồn", "ON1 – khu dân cư dưới hướng tiếp cận hạ cánh", "LAeq, LAmax (ban ngày, ban đêm)", freq(doc, "quarterly"),
                 "QCVN 26:2010/BTNMT"])
    doc.table("Bảng 4.1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
    if r.random() < 0.5:
        doc.p("Ngoài chương trình trên, chủ cơ sở theo dõi số lượt cất hạ cánh và số giờ hoạt động của APU hằng tháng.")
    maybe_distractor(doc, 0.3)


# (point, (RU, KK) place, [(code or None, (RU, KK) label, (RU, KK) method, manual frequency or None)])
STATIONS = (
    ("АСМ-1", ("АСМ-1 – {vil}, жилая зона под глиссадой (2,8 км от торца ИВПП), автоматическая станция контроля загрязнения воздуха",
               "АСМ-1 – {vil}, глиссада астындағы тұрғын аймақ (ЖҰҚЖ шетінен 2,8 км), ауаның ластануын бақылаудың автоматты станциясы"),
     [("0301", ("Азота диоксид (0301)", "Азот диоксиді (0301)"), ("хемилюминесцентный", "хемилюминесценттік"), None),
      ("0304", ("Азота оксид (0304)", "Азот оксиді (0304)"), ("хемилюминесцентный", "хемилюминесценттік"), None),
      ("0337", ("Углерод оксид (0337)", "Көміртек оксиді (0337)"), ("ИК-абсорбционный", "ИҚ-абсорбциялық"), None),
      ("0330", ("Сера диоксид (0330)", "Күкірт диоксиді (0330)"), ("УФ-флуоресцентный", "УК-флуоресценттік"), None),
      ("0008", ("Взвешенные частицы РМ10 (0008)", "Қалқыма бөлшектер РМ10 (0008)"), ("бета-абсорбционный", "бета-абсорбциялық"), None),
      ("0010", ("Взвешенные частицы РМ2,5 (0010)", "Қалқыма бөлшектер РМ2,5 (0010)"), ("бета-абсорбционный", "бета-абсорбциялық"), None),
      (None, ("Скорость и направление ветра, температура, давление", "Желдің жылдамдығы мен бағыты, температура, қысым"),
       ("ультразвуковой метеодатчик", "ультрадыбыстық метеодатчик"), None),
      ("1325", ("Формальдегид (1325)", "Формальдегид (1325)"), ("ручной отбор проб, аккредитованная лаборатория", "сынаманы қолмен алу, "
                                                                  "аккредиттелген зертхана"), "quarterly"),
      ("0703", ("Бенз/а/пирен (0703)", "Бенз(а)пирен (0703)"), ("ручной отбор проб, аккредитованная лаборатория", "сынаманы қолмен алу, "
                                                                 "аккредиттелген зертхана"), "semiannual")]),
    ("АСМ-2", ("АСМ-2 – граница СЗЗ, южная сторона, у ограждения аэродрома", "АСМ-2 – СҚА шекарасы, оңтүстік жағы, әуеайлақ қоршауының маңы"),
     [("0301", ("Азота диоксид (0301)", "Азот диоксиді (0301)"), ("хемилюминесцентный", "хемилюминесценттік"), None),
      ("0337", ("Углерод оксид (0337)", "Көміртек оксиді (0337)"), ("ИК-абсорбционный", "ИҚ-абсорбциялық"), None),
      ("0008", ("Взвешенные частицы РМ10 (0008)", "Қалқыма бөлшектер РМ10 (0008)"), ("бета-абсорбционный", "бета-абсорбциялық"), None),
      (None, ("Скорость и направление ветра, температура", "Желдің жылдамдығы мен бағыты, температура"),
       ("ультразвуковой метеодатчик", "ультрадыбыстық метеодатчик"), None)]),
    ("NMT-3", ("NMT-3 – станция мониторинга авиационного шума, {vil}", "NMT-3 – авиациялық шу мониторингі станциясы, {vil}"),
     [(None, ("Эквивалентный уровень звука LAeq", "LAeq баламалы дыбыс деңгейі"), ("шумомер класса 1", "1-сыныпты шуөлшегіш"), None),
      (None, ("Максимальный уровень звука LAmax, идентификация пролета ВС", "LAmax ең жоғары дыбыс деңгейі, ӘК ұшып өтуін сәйкестендіру"),
       ("шумомер класса 1, данные АС УВД", "1-сыныпты шуөлшегіш, ӘҚБ АЖ деректері"), None)]),
)  # fmt: skip


RANGES = {"0301": "0–1 мг/м3", "0304": "0–1 мг/м3", "0337": "0–50 мг/м3", "0330": "0–1 мг/м3", "0008": "0–10 мг/м3", "0010": "0–10 мг/м3"}


def monitoring_ht2(doc: Doc) -> None:
    """The specification of an airport's automatic monitoring network in its programme: a row spanning the table per
    station (`АСМ-1 – …, жилая зона под глиссадой`, `АСМ-2 – граница СЗЗ`, `NMT-3` for noise), under it a row per channel
    with the method and range and a `режим измерений` column — `непрерывно, осреднение 20 мин` for the analysers, which is
    continuous, and a quarterly or half-yearly manual sampling for formaldehyde and benzo(a)pyrene at the same station;
    weather and noise channels without a substance (VI: an airport's automatic air stations `liên tục (trung bình 1 giờ)`
    beside a periodic TSP sampling and a noise station)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_ht2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(KZ_AIRPORTS)
    vil = a["village"][L]
    doc.h(g(f"Программа ПЭК. {a['name'][0]}. Раздел 5.4. Автоматизированная система мониторинга атмосферного воздуха и авиационного шума",
            f"ӨЭБ бағдарламасы. {a['name'][1]}. 5.4-бөлім. Атмосфералық ауа мен авиациялық шу мониторингінің автоматтандырылған жүйесі", ""))
    doc.p(g("Система включает две автоматические станции контроля загрязнения воздуха и станцию мониторинга авиационного шума; данные "
            "передаются на сервер аэропорта и в информационную систему уполномоченного органа в режиме реального времени.",
            "Жүйе ауаның ластануын бақылаудың екі автоматты станциясын және авиациялық шу мониторингі станциясын қамтиды; деректер "
            "нақты уақыт режимінде әуежай серверіне және уәкілетті органның ақпараттық жүйесіне беріледі.", ""))
    rows = [g(["№", "Измеряемый параметр", "Метод измерения", "Диапазон", "Режим измерений", "Примечание"],
              ["№", "Өлшенетін параметр", "Өлшеу әдісі", "Ауқымы", "Өлшеу режимі", "Ескертпе"], [])]
    merges: list = []
    cont = g("непрерывно, осреднение 20 мин", "үздіксіз, 20 мин орташалау", "")
    for i, (pid, place, channels) in enumerate(STATIONS, 1):
        _span(rows, merges, place[L].format(vil=vil), 6)
        for k, (c, label, method, manual) in enumerate(channels, 1):
            rng = RANGES.get(c, "–") if not manual else "–"
            mode = cont if manual is None else g("ручной отбор: ", "қолмен алу: ", "") + freq(doc, manual)
            if c is None and pid.startswith("NMT"):
                rng, mode = "30–130 дБА", g("непрерывно, интервал 1 с", "үздіксіз, 1 с аралық", "")
            note = g("передача данных онлайн", "деректерді онлайн беру", "") if manual is None else g("по договору", "шарт бойынша", "")
            rows.append([f"{i}.{k}", label[L], method[L], rng, mode, note])
            if c:
                doc.add("monitoring", {"point": pid, "code": c, "frequency": manual or "continuous"})
    doc.table(g("Таблица 5.4 – Состав измерительных каналов станций", "5.4-кесте – Станциялардың өлшеу арналарының құрамы", ""), rows, merges,
              role="monitoring")
    if r.random() < 0.6:
        doc.p(g("Поверка газоанализаторов выполняется ежегодно; при отказе канала более 72 ч организуется ручной отбор проб.",
                "Газ талдағыштарды тексеру жыл сайын орындалады; арна 72 сағаттан астам істен шыққанда сынаманы қолмен алу ұйымдастырылады.", ""))
    maybe_distractor(doc, 0.3)


def _monitoring_ht2_vi(doc: Doc) -> None:
    r = doc.rng
    a = doc.pick(VN_AIRPORTS)
    doc.h(f"HỆ THỐNG QUAN TRẮC MÔI TRƯỜNG TỰ ĐỘNG, LIÊN TỤC – {a['name'].upper()}")
    doc.p("Các trạm quan trắc không khí tự động truyền số liệu trực tiếp về Sở Tài nguyên và Môi trường; ngoài ra đơn vị quan trắc có "
          "chứng nhận VIMCERTS lấy mẫu bổ sung định kỳ tại các trạm.")
    rows = [["TT", "Thông số", "Thiết bị / phương pháp", "Chế độ đo", "Ghi chú"]]
    merges: list = []
    stations = (("AQ1", "AQ1 – khu dân cư dưới hướng tiếp cận hạ cánh, cách đầu đường CHC 2,5 km",
                 [("0301", "NO2"), ("0337", "CO"), ("0330", "SO2"), ("0008", "Bụi PM10"), ("0010", "Bụi PM2.5"), (None, "Gió, nhiệt độ, độ ẩm")]),
                ("AQ2", "AQ2 – hàng rào phía Tây, gần sân đỗ tàu bay", [("0301", "NO2"), ("0337", "CO"), ("0008", "Bụi PM10")]))
    word = doc.pick(("quarterly", "semiannual"))
    for i, (pid, place, channels) in enumerate(stations, 1):
        _span(rows, merges, place, 5)
        for k, (c, label) in enumerate(channels, 1):
            rows.append([f"{i}.{k}", label, "Máy phân tích tự động" if c else "Trạm khí tượng tự động", "Liên tục (trung bình 1 giờ)",
                         "Truyền dữ liệu trực tuyến"])
            if c:
                doc.add("monitoring", {"point": pid, "code": c, "frequency": "continuous"})
        rows.append([f"{i}.{len(channels) + 1}", "Tổng bụi lơ lửng (TSP)", "Lấy mẫu, phân tích", freq(doc, word), "Quan trắc định kỳ bổ sung"])
        doc.add("monitoring", {"point": pid, "code": "2902", "frequency": word})
    _span(rows, merges, "ON1 – trạm quan trắc tiếng ồn tàu bay, khu dân cư phía Nam", 5)
    rows.append(["3.1", "LAeq, LAmax", "Máy đo âm thanh cấp 1", "Liên tục", "Nhận dạng chuyến bay theo dữ liệu radar"])
    doc.table("Bảng 5. Danh mục thông số quan trắc tự động và định kỳ", rows, merges, role="monitoring")
    if r.random() < 0.5:
        doc.p("Thiết bị được kiểm định, hiệu chuẩn 12 tháng/lần theo quy định.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- inspections

# (item, (RU, KK) what, (RU, KK) when, frequency or None, (RU, KK) who)
AD_CHECKS = (
    ("5.7.1", ("Осмотр летного поля (ИВПП, РД, перрон) на наличие разливов ГСМ и ПОЖ, мусора и посторонних предметов",
               "Ұшу алаңын (ЖҰҚЖ, РЖ, перрон) ЖЖМ мен МҚС төгілулерінің, қоқыс пен бөгде заттардың болуына қарау"),
     ("ежедневно, при утреннем осмотре летного поля", "күн сайын, ұшу алаңын таңертеңгі қарау кезінде"), "daily",
     ("служба аэродромного обеспечения (САО)", "әуеайлақты қамтамасыз ету қызметі (ӘҚҚ)")),
    ("5.7.2", ("Проверка системы сбора отработанной ПОЖ на площадке ПОО: лотки, решетки, уровень в накопительном резервуаре",
               "МҚӨ алаңындағы пайдаланылған МҚС жинау жүйесін тексеру: науалар, торлар, жинақтау резервуарындағы деңгей"),
     ("ежедневно в период ОЗП", "КҚК кезеңінде күн сайын"), "daily", ("служба спецтранспорта (ССТ)", "арнайы көлік қызметі (АКҚ)")),
    ("5.7.3", ("Осмотр нефтеловушек и локальных очистных сооружений ливневой канализации перрона",
               "Перронның нөсер кәрізінің мұнай ұстағыштары мен жергілікті тазарту құрылыстарын қарау"),
     ("еженедельно (по вторникам, в плановое закрытие ИВПП на техническое обслуживание)",
      "апта сайын (сейсенбі күндері, ЖҰҚЖ техникалық қызмет көрсетуге жоспарлы жабылған кезде)"), "weekly",
     ("служба аэродромного обеспечения (САО)", "әуеайлақты қамтамасыз ету қызметі (ӘҚҚ)")),
    ("5.7.4", ("Проверка герметичности гидрантных колодцев на местах стоянки и обвалования резервуаров склада ГСМ",
               "Тұрақ орындарындағы гидрант құдықтарының және ЖЖМ қоймасы резервуарлары үйіндісінің саңылаусыздығын тексеру"),
     None, "monthly", ("служба ГСМ", "ЖЖМ қызметі")),
    ("5.7.5", ("Проверка мест накопления отходов, в том числе контейнеров отходов бортового питания международных рейсов",
               "Қалдықтарды жинақтау орындарын, оның ішінде халықаралық рейстердің борттық тамақ қалдықтары контейнерлерін тексеру"),
     None, "monthly", ("инженер-эколог", "инженер-эколог")),
    ("5.7.6", ("Ревизия готовности к ОЗП: запас ПОЖ и сорбентов, исправность машин деайсинга и системы сбора",
               "КҚК-ға дайындықты тексеру: МҚС пен сорбенттер қоры, деайсинг машиналары мен жинау жүйесінің ақаусыздығы"),
     ("перед началом ОЗП и по его окончании (2 раза в год)", "КҚК басталар алдында және ол аяқталғанда (жылына 2 рет)"), "semiannual",
     ("главный инженер", "бас инженер")),
    ("5.7.7", ("Проверка соблюдения ограничений на работу ВСУ на местах стоянки",
               "Тұрақ орындарында ҚКҚ жұмысына шектеулердің сақталуын тексеру"),
     ("при смене сезона расписания ИАТА (2 раза в год: конец марта и конец октября)", "ИАТА кесте маусымы ауысқанда (жылына 2 рет: наурыздың "
                                                                                       "соңы және қазанның соңы)"), "semiannual",
     ("производственно-диспетчерская служба (ПДСП)", "өндірістік-диспетчерлік қызмет (ӨДҚ)")),
    ("5.7.8", ("Обследование прилегающей территории в радиусе 15 км на наличие стихийных свалок, привлекающих птиц",
               "Құстарды тартатын өздігінен пайда болған үйінділердің болуына 15 км радиустағы іргелес аумақты зерттеп-қарау"),
     None, "quarterly", ("орнитолог службы авиационной безопасности", "авиациялық қауіпсіздік қызметінің орнитологы")),
    ("5.7.9", ("Обследование участка после аварийного разлива авиатоплива или ПОЖ", "Авиаотын немесе МҚС апатты төгілгеннен кейін учаскені зерттеп-қарау"),
     ("после каждого разлива", "әр төгілуден кейін"), None, ("инженер-эколог совместно с САО", "инженер-эколог ӘҚҚ-мен бірлесіп")),
    ("5.7.10", ("Проверка ведения журналов учета ПОЖ, отходов и работы ВСУ", "МҚС, қалдықтар және ҚКҚ жұмысын есепке алу журналдарының жүргізілуін тексеру"),
     ("ежегодно (до 15 января)", "жыл сайын (15 қаңтарға дейін)"), "yearly", ("инженер-эколог", "инженер-эколог")),
)  # fmt: skip
VN_AD_CHECKS = (
    ("Kiểm tra đường cất hạ cánh, đường lăn, sân đỗ: vết dầu, nhiên liệu rò rỉ, rác thải, vật ngoại lai", "Hằng ngày, trong lượt kiểm tra khu bay "
     "buổi sáng", "daily", "Đội kiểm tra khu bay"),
    ("Kiểm tra bể tách dầu, hố ga thoát nước mưa khu vực sân đỗ", "Hằng tuần (thứ Ba, trong giờ đóng đường CHC để bảo dưỡng)", "weekly",
     "Đội bảo dưỡng khu bay"),
    ("Kiểm tra hố van tra nạp nhiên liệu (hydrant) tại vị trí đỗ và đê bao bồn chứa nhiên liệu", None, "monthly", "Kho nhiên liệu hàng không"),
    ("Kiểm tra khu lưu giữ chất thải, thùng chứa chất thải từ tàu bay chuyến quốc tế", None, "monthly", "Phòng An toàn – Môi trường"),
    ("Kiểm tra mương, cống thoát nước mưa của sân bay", "Trước và sau mùa mưa bão (02 lần/năm)", "semiannual", "Đội bảo dưỡng khu bay"),
    ("Kiểm tra việc tuân thủ giới hạn thời gian sử dụng APU tại vị trí đỗ", "Khi chuyển mùa lịch bay IATA (02 lần/năm)", "semiannual",
     "Trung tâm khai thác (AOC)"),
    ("Kiểm tra khu vực xung quanh sân bay phát hiện bãi rác tự phát thu hút chim", None, "quarterly", "Tổ xua đuổi chim"),
    ("Kiểm tra hiện trường sau sự cố tràn đổ nhiên liệu", "Sau mỗi sự cố", None, "Phòng An toàn – Môi trường"),
    ("Kiểm tra hồ sơ, sổ theo dõi chất thải nguy hại và nhật ký sử dụng APU", None, "yearly", "Phòng An toàn – Môi trường"),
)


def inspections_ht1(doc: Doc) -> None:
    """The environmental checks in an aerodrome manual (Руководство по аэродрому), items numbered `5.7.1 … 5.7.10`, whose
    frequency cells speak the aerodrome's calendar — `ежедневно, при утреннем осмотре летного поля`, `еженедельно (по
    вторникам, в плановое закрытие ИВПП …)`, `перед началом ОЗП и по его окончании (2 раза в год)`, `при смене сезона
    расписания ИАТА (2 раза в год …)` — beside plain ones and a check after each fuel spill with no frequency, the
    executors as the airport's services with their abbreviations (VI: a sổ tay khai thác sân bay, `Khi chuyển mùa lịch bay
    IATA (02 lần/năm)`, `Trước và sau mùa mưa bão`)."""
    if doc.lang == "vi":
        a = doc.pick(VN_AIRPORTS)
        doc.h(f"TÀI LIỆU KHAI THÁC SÂN BAY – {a['name'].upper()}")
        doc.h("Mục 5.8. Kiểm tra công tác bảo vệ môi trường tại khu bay")
        rows = [["Mục", "Nội dung kiểm tra", "Tần suất", "Đơn vị thực hiện", "Hồ sơ"]]
        for k, (what, when, word, who) in enumerate(VN_AD_CHECKS, 1):
            rows.append([f"5.8.{k}", what, when or _often(doc, word), who, doc.pick(("Sổ kiểm tra khu bay", "Biên bản kiểm tra", "Phiếu kiểm tra"))])
            item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng 5.8. Kế hoạch kiểm tra môi trường khu bay", rows, role="inspections")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(KZ_AIRPORTS)
    doc.h(g(f"Руководство по аэродрому «{a['core'][0]}». Часть 5. Раздел 5.7. Экологический контроль на аэродроме",
            f"«{a['core'][1]}» әуеайлағы бойынша басшылық. 5-бөлік. 5.7-бөлім. Әуеайлақтағы экологиялық бақылау", ""))
    doc.p(g("ОЗП – осенне-зимний период (с 1 октября по 30 апреля). Результаты проверок заносятся в журнал экологического контроля; "
            "о выявленных нарушениях сообщается инженеру-экологу и сменному начальнику ПДСП.",
            "КҚК – күзгі-қысқы кезең (1 қазаннан 30 сәуірге дейін). Тексеру нәтижелері экологиялық бақылау журналына енгізіледі; анықталған "
            "бұзушылықтар туралы инженер-экологқа және ӨДҚ ауысым бастығына хабарланады.", ""))
    rows = [g(["Пункт", "Объект и содержание проверки", "Периодичность", "Исполнитель", "Запись результатов"],
              ["Тармақ", "Тексеру объектісі мен мазмұны", "Кезеңділігі", "Орындаушы", "Нәтижелерді тіркеу"], [])]
    for item_no, what, when, word, who in AD_CHECKS:
        rows.append([item_no, what[L], when[L] if when else _often(doc, word), who[L],
                     doc.pick(g(("журнал осмотра летного поля", "журнал экологического контроля", "акт"),
                                ("ұшу алаңын қарау журналы", "экологиялық бақылау журналы", "акт"), ()))])
        item = {"kind": "inspection", "text_contains": _words(what[L], 4), "actor_contains": who[L].split(" (")[0]}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 5.7 – Экологический контроль на аэродроме", "5.7-кесте – Әуеайлақтағы экологиялық бақылау", ""), rows, role="inspections")
    maybe_distractor(doc, 0.3)


# ((RU, KK) object, (RU, KK) what, calendar frequency or None, (RU, KK) tie to the aircraft's maintenance or None, (RU, KK) who)
ATB_CHECKS = (
    (("Ангар № 1, места стоянки ВС на ТО", "№ 1 ангар, ТҚК-дағы ӘК тұрақ орындары"),
     ("поддоны под двигателями и стойками шасси, сбор проливов гидрожидкости и масла", "қозғалтқыштар мен шасси тіреулері астындағы табандықтар, "
                                                                                       "гидросұйық пен майдың төгілуін жинау"),
     "daily", ("и при каждом ежедневном ТО (Daily Check)", "және әр күнделікті ТҚК кезінде (Daily Check)"), ("сменный инженер ангара", "ангардың ауысымдық инженері")),
    (("Окрасочный отсек", "Бояу бөлімшесі"), ("перепад давления на фильтрах вентсистемы В-1, журнал расхода ЛКМ",
                                              "В-1 желдету жүйесі сүзгілеріндегі қысым айырмасы, ЛБМ шығыны журналы"),
     "monthly", ("и перед каждой окраской ВС", "және ӘК-ні әр бояу алдында"), ("мастер участка окраски", "бояу учаскесінің шебері")),
    (("Участок смывки ЛКП", "ЛБЖ-ны жуу учаскесі"), ("герметичность емкостей со смывкой, сбор и маркировка шлама",
                                                     "жуғыш сыйымдылықтарының саңылаусыздығы, шламды жинау және таңбалау"),
     None, ("при каждой смывке ЛКП", "ЛБЖ-ны әр жуу кезінде"), ("мастер участка окраски", "бояу учаскесінің шебері")),
    (("Склад ГСМ и технических жидкостей", "ЖЖМ және техникалық сұйықтықтар қоймасы"), ("состояние тары и поддонов, наличие сорбентов",
                                                                                      "ыдыс пен табандықтардың жай-күйі, сорбенттердің болуы"),
     "weekly", None, ("кладовщик склада ГСМ", "ЖЖМ қоймасының қоймашысы")),
    (("Площадка опробования двигателей", "Қозғалтқыштарды сынау алаңы"), ("следы топлива и масла на покрытии, исправность газоотбойного щита",
                                                                         "жабындағы отын мен май іздері, газ қайтарғыш қалқанның ақаусыздығы"),
     None, ("после каждого опробования двигателей", "қозғалтқыштарды әр сынағаннан кейін"), ("инженер по ТО силовых установок",
                                                                                             "күш қондырғыларына ТҚК жөніндегі инженер")),
    (("Аккумуляторная", "Аккумуляторлық"), ("вентиляция, нейтрализующие растворы, хранение отработанных батарей",
                                            "желдету, бейтараптандырғыш ерітінділер, пайдаланылған батареяларды сақтау"),
     "monthly", None, ("инженер по авиационному оборудованию", "авиациялық жабдық жөніндегі инженер")),
    (("Места накопления отходов", "Қалдықтарды жинақтау орындары"), ("маркировка контейнеров, сроки накопления, отходы глав ATA 29 и 79",
                                                                    "контейнерлерді таңбалау, жинақтау мерзімдері, ATA 29 және 79 тарауларының қалдықтары"),
     "weekly", ("дополнительно – после каждой формы C-check", "қосымша – әр C-check нысанынан кейін"), ("инженер-эколог", "инженер-эколог")),
    (("Очистные сооружения площадки мойки ВС", "ӘК жуу алаңының тазарту құрылыстары"), ("работа нефтеловушки и песколовки, вынос пены",
                                                                                       "мұнай ұстағыш пен құм ұстағыштың жұмысы, көбіктің шығуы"),
     "quarterly", ("и после каждой мойки ВС", "және ӘК-ні әр жуғаннан кейін"), ("инженер-эколог", "инженер-эколог")),
)  # fmt: skip
VN_ATB_CHECKS = (
    ("Hangar số 1 – vị trí đỗ tàu bay bảo dưỡng", "Khay hứng dưới động cơ, càng đáp; thu gom dầu thủy lực rò rỉ", "daily", "và mỗi lần Daily Check",
     "Kỹ sư trực ca hangar"),
    ("Buồng sơn tàu bay", "Chênh áp qua bộ lọc, sổ theo dõi tiêu hao sơn", "monthly", "và trước mỗi lần sơn tàu bay", "Tổ trưởng tổ sơn"),
    ("Khu vực tẩy sơn", "Độ kín của thùng chứa hóa chất tẩy sơn, thu gom cặn sơn", None, "Mỗi lần tẩy sơn", "Tổ trưởng tổ sơn"),
    ("Kho dầu mỡ, hóa chất kỹ thuật", "Tình trạng bao bì, khay chống tràn, vật liệu thấm hút", "weekly", None, "Thủ kho"),
    ("Khu vực chạy thử động cơ", "Vết dầu, nhiên liệu trên mặt sân; tấm chắn luồng khí phụt", None, "Sau mỗi lần chạy thử động cơ",
     "Kỹ sư động cơ"),
    ("Kho chứa chất thải nguy hại", "Nhãn, phân loại, thời gian lưu giữ", "weekly", "bổ sung sau mỗi lần C-check", "Cán bộ môi trường"),
    ("Hệ thống xử lý nước thải khu rửa tàu bay", "Bể tách dầu, bể lắng cát, bọt", "quarterly", "và sau mỗi lần rửa tàu bay", "Cán bộ môi trường"),
)


def inspections_ht2(doc: Doc) -> None:
    """An airline technical base's schedule of environmental checks with two columns of when: a calendar frequency and a
    tie to the aircraft's maintenance (`при каждом ежедневном ТО (Daily Check)`, `после каждой формы C-check`, `после
    каждого опробования двигателей`); rows with only the tie and a dash in the calendar column have no frequency, rows with
    both take the calendar one (VI: a maintenance company's `Tần suất theo lịch` beside `Gắn với dạng bảo dưỡng`)."""
    if doc.lang == "vi":
        doc.h(doc.pick(("QUY TRÌNH TỰ KIỂM TRA MÔI TRƯỜNG – CÔNG TY TNHH KỸ THUẬT TÀU BAY SÔNG HƯƠNG",
                        "QUY TRÌNH TỰ KIỂM TRA MÔI TRƯỜNG – CÔNG TY CỔ PHẦN KỸ THUẬT HÀNG KHÔNG NAM TRUNG BỘ")))
        doc.p("Phụ lục 2. Lịch kiểm tra. Cột “Gắn với dạng bảo dưỡng” nêu các lần kiểm tra bổ sung gắn với công việc bảo dưỡng tàu bay; "
              "“-” là không áp dụng.")
        rows = [["TT", "Khu vực", "Nội dung kiểm tra", "Tần suất theo lịch", "Gắn với dạng bảo dưỡng", "Người thực hiện"]]
        for k, (obj, what, word, tie, who) in enumerate(VN_ATB_CHECKS, 1):
            rows.append([str(k), obj, what, _often(doc, word) if word else "-", tie or "-", who])
            item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng P2. Lịch kiểm tra môi trường", rows, role="inspections")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    g = doc.v
    base = doc.pick((("ТОО «Дала Эйр Техникс»", "«Дала Эйр Техникс» ЖШС"), ("ТОО «Самал Авиасервис»", "«Самал Авиасервис» ЖШС"),
                     ("АО «Ертіс Авиа»", "«Ертіс Авиа» АҚ")))[L]
    doc.h(g(f"{base}. Авиационно-техническая база. График экологических проверок на 2026 год",
            f"{base}. Авиациялық-техникалық база. 2026 жылға арналған экологиялық тексерулер кестесі", ""))
    doc.p(g("Кроме календарных проверок, часть объектов проверяется при выполнении работ по техническому обслуживанию воздушных "
            "судов; «–» – не применяется.",
            "Күнтізбелік тексерулерден басқа, объектілердің бір бөлігі әуе кемелеріне техникалық қызмет көрсету жұмыстарын орындау "
            "кезінде тексеріледі; «–» – қолданылмайды.", ""))
    rows = [g(["№", "Объект", "Что проверяется", "Периодичность (календарная)", "Привязка к ТО ВС", "Ответственный"],
              ["№", "Объект", "Не тексеріледі", "Кезеңділігі (күнтізбелік)", "ӘК ТҚК-ға байланысы", "Жауапты"], [])]
    for k, (obj, what, word, tie, who) in enumerate(ATB_CHECKS, 1):
        rows.append([str(k), obj[L], what[L], _often(doc, word) if word else "–", tie[L] if tie else "–", who[L]])
        item = {"kind": "inspection", "text_contains": _words(obj[L], 3), "actor_contains": who[L]}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – График проверок", "1-кесте – Тексерулер кестесі", ""), rows, role="inspections")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# (scope, (RU, KK) group row, [(code, (RU, KK) measure, (low, high) baseline t or None, (low, high) cut t, (RU, KK) term, (RU, KK) who)])
ACA_PLAN = (
    ("1", ("Охват 1 – прямые выбросы аэропорта (котельная, спецтранспорт, дизель-генераторы)",
           "1-қамту – әуежайдың тікелей шығарындылары (қазандық, арнайы көлік, дизель-генераторлар)"), [
        ("S1-01", ("Перевести котельную аэропорта с угля на природный газ", "Әуежай қазандығын көмірден табиғи газға көшіру"), (5200, 8400), (0.35, 0.45),
         ("2027 г.", "2027 ж."), ("главный энергетик", "бас энергетик")),
        ("S1-02", ("Заменить 12 единиц дизельной спецтехники (буксировщики, багажные тягачи) на электрические",
                   "Дизельді 12 бірлік арнайы техниканы (сүйреуіштер, багаж тартқыштары) электрліге ауыстыру"), (900, 1600), (0.3, 0.5),
         ("2026–2028 гг.", "2026–2028 жж."), ("начальник службы спецтранспорта", "арнайы көлік қызметінің бастығы")),
        ("S1-03", ("Ввести учет расхода топлива спецтранспорта по бортовым терминалам", "Арнайы көліктің отын шығынын борттық терминалдар бойынша "
                                                                                        "есепке алуды енгізу"), None, None,
         ("II кв. 2026 г.", "2026 ж. II тоқсаны"), ("начальник службы спецтранспорта", "арнайы көлік қызметінің бастығы"))]),
    ("2", ("Охват 2 – косвенные выбросы от покупной электроэнергии", "2-қамту – сатып алынған электр энергиясынан жанама шығарындылар"), [
        ("S2-01", ("Заменить светильники перрона и аэровокзала на светодиодные", "Перрон мен әуевокзал шамдарын жарық диодтыларға ауыстыру"),
         (2400, 4100), (0.1, 0.18), ("2026 г.", "2026 ж."), ("главный энергетик", "бас энергетик")),
        ("S2-02", ("Построить солнечную электростанцию мощностью 2 МВт на кровле грузового терминала",
                   "Жүк терминалының шатырында қуаты 2 МВт күн электр станциясын салу"), None, (1900, 2600),
         ("2028 г.", "2028 ж."), ("заместитель генерального директора по развитию", "бас директордың даму жөніндегі орынбасары"))]),
    ("3", ("Охват 3 – выбросы третьих сторон (ВС на земле, наземное обслуживание, пассажиры)",
           "3-қамту – үшінші тараптардың шығарындылары (жердегі ӘК, жердегі қызмет көрсету, жолаушылар)"), [
        ("S3-01", ("Оборудовать места стоянки № 1–8 установками наземного электропитания 400 Гц и подачи кондиционированного воздуха",
                   "№ 1–8 тұрақ орындарын 400 Гц жердегі электрмен қоректендіру және кондиционерленген ауа беру қондырғыларымен жабдықтау"),
         None, (1200, 2300), ("2027 г.", "2027 ж."), ("начальник службы ЭСТОП", "ЖЖТҚ қызметінің бастығы")),
        ("S3-02", ("Опубликовать в AIP ограничение работы ВСУ на стоянке не более 5 минут до выхода с места стоянки",
                   "ҚКҚ-ның тұрақта жұмыс істеуін тұрақ орнынан шығуға дейін 5 минуттан аспайтын етіп шектеуді AIP-те жариялау"),
         None, (600, 1400), ("к началу сезона S26", "S26 маусымының басына дейін"), ("директор по производству", "өндіріс жөніндегі директор")),
        ("S3-03", ("Согласовать с авиакомпаниями руление на одном двигателе после посадки", "Әуе компанияларымен қонғаннан кейін бір "
                                                                                           "қозғалтқышпен рульдеуді келісу"),
         None, (300, 900), ("2026 г.", "2026 ж."), ("директор по производству", "өндіріс жөніндегі директор"))]),
)  # fmt: skip
VN_ACA = (
    ("Phạm vi 1 – Phát thải trực tiếp của Cảng (máy phát điện dự phòng, phương tiện mặt đất)", [
        ("S1-01", "Thay thế 10 xe đầu kéo hành lý chạy dầu bằng xe điện", (700, 1300), (0.4, 0.6), "2026 – 2027", "Đội phương tiện mặt đất"),
        ("S1-02", "Lắp đặt hệ thống theo dõi nhiên liệu cho phương tiện mặt đất", None, None, "Quý II/2026", "Đội phương tiện mặt đất")]),
    ("Phạm vi 2 – Phát thải gián tiếp từ điện mua", [
        ("S2-01", "Thay đèn chiếu sáng sân đỗ và nhà ga bằng đèn LED", (2600, 4300), (0.12, 0.2), "2026", "Phòng Kỹ thuật"),
        ("S2-02", "Lắp đặt điện mặt trời mái nhà công suất 1,5 MWp trên nhà ga hàng hóa", None, (1300, 1900), "2027", "Ban Quản lý dự án")]),
    ("Phạm vi 3 – Phát thải của bên thứ ba (tàu bay trên mặt đất, hành khách)", [
        ("S3-01", "Trang bị nguồn điện mặt đất 400 Hz và điều hòa khí (PCA) tại các vị trí đỗ có cầu ống lồng", None, (1000, 2100), "2027",
         "Trung tâm khai thác"),
        ("S3-02", "Ban hành quy định hạn chế sử dụng APU không quá 5 phút trước giờ khởi hành", None, (500, 1200), "Trước mùa lịch bay S26",
         "Trung tâm khai thác")]),
)


def tasks_ht1(doc: Doc) -> None:
    """An airport's carbon management plan for the Airport Carbon Accreditation of ACI (level 2, `Сокращение`), measures
    coded `S1-01`, `S2-02`, `S3-01` under rows spanning the table for the three scopes, the baseline and the expected cut
    in tonnes of CO2-equivalent before the term and the responsible, terms such as `к началу сезона S26` — the tonnes of
    CO2 are no emissions of the inventory (VI: the same plan of a Vietnamese airport, `Phạm vi 1 – Phát thải trực tiếp`, `Trước mùa lịch bay S26`)."""
    r = doc.rng
    if doc.lang == "vi":
        a = doc.pick(VN_AIRPORTS)
        doc.h(f"KẾ HOẠCH QUẢN LÝ CARBON – {a['name'].upper()}")
        doc.p("Kế hoạch được lập để duy trì chứng nhận cấp độ 2 (Giảm thiểu) của Chương trình chứng nhận carbon sân bay (ACA) của ACI; năm "
              "cơ sở 2023.")
        rows = [["Mã", "Biện pháp", "Phát thải năm cơ sở (tấn CO2e)", "Mức giảm dự kiến (tấn CO2e/năm)", "Thời hạn", "Đơn vị chịu trách nhiệm"]]
        merges: list = []
        for title, items in VN_ACA:
            _span(rows, merges, title, 6)
            for code, what, base, cut, when, who in items:
                b = r.randint(base[0], base[1]) if base else None
                c = (round(b * r.uniform(*cut)) if base else r.randint(cut[0], cut[1])) if cut else None
                rows.append([code, what, num(b, "vi") if b else "-", num(c, "vi") if c else "-", when, who])
                doc.add("obligations", {"kind": "task", "number": code, "text_contains": _words(what), "actor_contains": who})
        doc.table("Bảng 4. Các biện pháp giảm phát thải khí nhà kính", rows, merges, role="tasks")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(KZ_AIRPORTS)
    doc.h(g(f"План управления выбросами углерода. {a['name'][0]}", f"{a['name'][1]}. Көміртек шығарындыларын басқару жоспары", ""))
    doc.p(g("План разработан для подтверждения уровня 2 («Сокращение») программы аккредитации аэропортов по выбросам углерода "
            "(Airport Carbon Accreditation) Международного совета аэропортов (ACI). Базовый год – 2024.",
            "Жоспар Халықаралық әуежайлар кеңесінің (ACI) көміртек шығарындылары бойынша әуежайларды аккредиттеу бағдарламасының "
            "(Airport Carbon Accreditation) 2-деңгейін («Азайту») растау үшін әзірленді. Базалық жыл – 2024.", ""))
    rows = [g(["Код", "Мероприятие", "Выбросы базового года, т CO2-экв.", "Ожидаемое сокращение, т CO2-экв./год", "Срок", "Ответственный"],
              ["Код", "Іс-шара", "Базалық жылдың шығарындылары, т CO2-экв.", "Күтілетін азайту, т CO2-экв./жыл", "Мерзімі", "Жауапты"], [])]
    merges: list = []
    for _, title, items in ACA_PLAN:
        _span(rows, merges, title[L], 6)
        for code, what, base, cut, when, who in items:
            b = r.randint(base[0] // 10, base[1] // 10) * 10 if base else None
            c = None
            if cut and base:
                c = round(b * r.uniform(*cut))
            elif cut:
                c = r.randint(cut[0] // 10, cut[1] // 10) * 10
            rows.append([code, what[L], num(b, doc.lang) if b else "–", num(c, doc.lang) if c else "–", when[L], who[L]])
            doc.add("obligations", {"kind": "task", "number": code, "text_contains": _words(what[L]), "actor_contains": who[L]})
    doc.table(g("Таблица 4 – Мероприятия по сокращению выбросов парниковых газов", "4-кесте – Парниктік газдар шығарындыларын азайту жөніндегі "
                "іс-шаралар", ""), rows, merges, role="tasks")
    maybe_distractor(doc, 0.3)


# ((RU, KK) finding, (RU, KK) corrective action, (RU, KK) who, days)
CAP = (
    (("Не ведется учет объема отработанной ПОЖ, собранной с площадки ПОО", "МҚӨ алаңынан жиналған пайдаланылған МҚС көлемі есепке алынбайды"),
     ("Установить расходомер на линии перекачки отработанной ПОЖ и вести журнал учета", "Пайдаланылған МҚС айдау желісіне шығын өлшегіш орнату "
                                                                                          "және есепке алу журналын жүргізу"),
     ("начальник службы спецтранспорта", "арнайы көлік қызметінің бастығы"), 60),
    (("Контейнеры отходов бортового питания международных рейсов хранятся на открытой площадке без ограждения",
      "Халықаралық рейстердің борттық тамақ қалдықтарының контейнерлері қоршаусыз ашық алаңда сақталады"),
     ("Оборудовать огражденную площадку с навесом и ограничением доступа для отходов бортового питания",
      "Борттық тамақ қалдықтары үшін қалқасы бар және кіруі шектелген қоршалған алаң жабдықтау"),
     ("заместитель директора по административно-хозяйственной части", "директордың әкімшілік-шаруашылық бөлім жөніндегі орынбасары"), 90),
    (("В 15-км зоне выявлена несанкционированная свалка, меры не приняты", "15 км аймақта рұқсат етілмеген үйінді анықталды, шаралар қабылданбаған"),
     ("Направить письмо в акимат района и включить свалку в план орнитологического обеспечения полетов",
      "Аудан әкімдігіне хат жолдау және үйіндіні ұшуларды орнитологиялық қамтамасыз ету жоспарына енгізу"),
     ("орнитолог службы авиационной безопасности", "авиациялық қауіпсіздік қызметінің орнитологы"), 30),
    (("Нефтеловушка ЛОС перрона не очищалась более 6 месяцев", "Перрон ЖТҚ мұнай ұстағышы 6 айдан астам тазартылмаған"),
     ("Выполнить очистку нефтеловушки и утвердить график ее очистки", "Мұнай ұстағышты тазарту және оны тазарту кестесін бекіту"),
     ("начальник службы аэродромного обеспечения", "әуеайлақты қамтамасыз ету қызметінің бастығы"), 30),
    (("Программа ПЭК не учитывает площадку опробования двигателей как источник выбросов",
      "ӨЭБ бағдарламасы қозғалтқыштарды сынау алаңын шығарынды көзі ретінде ескермейді"),
     ("Внести изменения в программу ПЭК и направить ее в департамент экологии", "ӨЭБ бағдарламасына өзгерістер енгізу және оны экология "
                                                                                  "департаментіне жолдау"),
     ("инженер-эколог", "инженер-эколог"), 120),
    (("Персонал службы ГСМ не прошел обучение действиям при разливе авиатоплива", "ЖЖМ қызметінің персоналы авиаотын төгілген кездегі "
                                                                                     "әрекеттерге оқытудан өтпеген"),
     ("Провести обучение персонала и учебную тревогу по ликвидации разлива авиатоплива", "Персоналды оқыту және авиаотынның төгілуін жою "
                                                                                        "бойынша оқу дабылын өткізу"),
     ("начальник службы ГСМ", "ЖЖМ қызметінің бастығы"), 45),
)  # fmt: skip
VN_CAP = (
    ("Chưa có sổ theo dõi lượng chất thải rắn thu gom từ tàu bay chuyến quốc tế", "Lập và cập nhật sổ theo dõi chất thải từ tàu bay theo từng chuyến bay",
     "Trung tâm khai thác", 30),
    ("Khu vực lưu giữ chất thải nguy hại chưa có gờ chống tràn và biển cảnh báo", "Xây gờ chống tràn, lắp biển cảnh báo theo TCVN 6707:2009",
     "Phòng Kỹ thuật", 60),
    ("Bể tách dầu khu sân đỗ chưa được hút cặn định kỳ", "Thuê đơn vị có chức năng hút cặn và ban hành lịch vệ sinh bể tách dầu",
     "Đội bảo dưỡng khu bay", 30),
    ("Phát hiện bãi rác tự phát cách hàng rào 2 km thu hút chim", "Gửi văn bản đề nghị UBND xã xử lý bãi rác, bổ sung vào kế hoạch xua đuổi chim",
     "Tổ xua đuổi chim", 15),
    ("Nhân viên kho nhiên liệu chưa được huấn luyện ứng phó sự cố tràn dầu", "Tổ chức huấn luyện và diễn tập ứng phó sự cố tràn nhiên liệu",
     "Kho nhiên liệu hàng không", 90),
)


def tasks_ht2(doc: Doc) -> None:
    """The corrective action plan after the aviation authority's certification audit of an aerodrome: `№ | номер
    замечания | уровень | несоответствие | корректирующее действие | ответственный | срок | статус`, the findings'
    numbers written `АД-25-017/03`, their level, the nonconformity before the corrective action (only the action is the
    task), terms counted in days from the act (`30 дней с даты акта`) (VI: the plan after a Cảng vụ hàng không's inspection,
    `Mã phát hiện`, `Mức độ`, `trong vòng 30 ngày`)."""
    r = doc.rng
    if doc.lang == "vi":
        a = doc.pick(VN_AIRPORTS)
        n_act = r.randint(10, 99)
        act = f"{n_act}/BB-CVMT"
        doc.h(f"KẾ HOẠCH KHẮC PHỤC CÁC PHÁT HIỆN SAU ĐỢT KIỂM TRA CỦA CẢNG VỤ HÀNG KHÔNG – {a['name'].upper()}")
        doc.p(f"Căn cứ Biên bản kiểm tra số {act} về công tác bảo đảm an toàn khai thác và bảo vệ môi trường tại cảng hàng không.")
        rows = [["TT", "Mã phát hiện", "Mức độ", "Nội dung phát hiện", "Hành động khắc phục", "Đơn vị chịu trách nhiệm", "Thời hạn", "Tình trạng"]]
        for k, (finding, action, who, days) in enumerate(VN_CAP, 1):
            rows.append([str(k), f"CV-{n_act}/{k:02d}", doc.pick(("Mức 2", "Mức 3")), finding, action, who,
                         f"Trong vòng {days} ngày kể từ ngày biên bản", doc.pick(("Đang thực hiện", "Chưa thực hiện"))])
            doc.add("obligations", {"kind": "task", "text_contains": _words(action), "actor_contains": who})
        doc.table("Bảng 1. Kế hoạch hành động khắc phục", rows, role="tasks")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    g = doc.v
    a = doc.pick(KZ_AIRPORTS)
    act = f"АД-25-{r.randint(10, 60):03d}"
    doc.h(g(f"План корректирующих действий по результатам сертификационного обследования аэродрома «{a['core'][0]}»",
            f"«{a['core'][1]}» әуеайлағын сертификаттау тексеруінің нәтижелері бойынша түзету әрекеттерінің жоспары", ""))
    doc.p(g(f"По акту № {act} обследования АО «Авиационная администрация Казахстана» (раздел «Охрана окружающей среды»). Уровень 1 – "
            "несоответствие, влияющее на безопасность полетов; уровень 2 – прочие несоответствия. Срок исчисляется с даты акта.",
            f"«Қазақстанның авиациялық әкімшілігі» АҚ тексеруінің № {act} актісі бойынша («Қоршаған ортаны қорғау» бөлімі). 1-деңгей – "
            "ұшу қауіпсіздігіне әсер ететін сәйкессіздік; 2-деңгей – өзге сәйкессіздіктер. Мерзім акт күнінен бастап есептеледі.", ""))
    rows = [g(["№", "Номер замечания", "Уровень", "Несоответствие", "Корректирующее действие", "Ответственный", "Срок", "Статус"],
              ["№", "Ескертпе нөмірі", "Деңгейі", "Сәйкессіздік", "Түзету әрекеті", "Жауапты", "Мерзімі", "Мәртебесі"], [])]
    statuses = g(("выполняется", "не начато", "выполнено, ожидает проверки"), ("орындалуда", "басталған жоқ", "орындалды, тексеруді күтуде"), ())
    for k, (finding, action, who, days) in enumerate(CAP, 1):
        level = "1" if k == 3 else "2"
        rows.append([str(k), f"{act}/{k:02d}", level, finding[L], action[L], who[L],
                     g(f"{days} дней с даты акта", f"акт күнінен бастап {days} күн", ""), doc.pick(statuses)])
        doc.add("obligations", {"kind": "task", "text_contains": _words(action[L]), "actor_contains": who[L]})
    doc.table(g("Таблица 1 – План корректирующих действий", "1-кесте – Түзету әрекеттерінің жоспары", ""), rows, role="tasks")
    maybe_distractor(doc, 0.3)


LAYOUTS = [Layout(role, f"HT{k}", globals()[f"{role}_ht{k}"]) for role in ROLES for k in (1, 2)]
