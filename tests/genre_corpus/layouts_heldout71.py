"""A blind held-out set (two layouts per role, `HZ1` and `HZ2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: city services and municipal facilities. Kazakhstan: the snow-melting stations and snow dumps of Astana, Karaganda
and Semey, a city sanitation enterprise and its bases of sand and salt mixture, city cemeteries with their crematoria,
city bus depots with diesel and gas buses, the heating enterprises of Semey, Karaganda and Temirtau with their coal
boiler houses and of Astana with its district gas boiler houses, city markets, and the akimats' plans and budget
programmes (the technical specification of a public procurement, a cemetery's passport, an НДВ list exported from a
spreadsheet, an inventory of a bus depot by periods of the year, a report on street cleaning by district, a programme of
waste management over five heating seasons, a protocol over a cremation cycle, a report on ПЭК at district boiler houses,
a city's programme of monitoring at snow dumps, a ПЭК programme split by who measures, an order of controlling street
cleaning, a market's sanitary regulation, an akimat's plan of measures and a heating enterprise's investment programme).
Vietnam: urban environment companies (URENCO) of Hà Nội, Hồ Chí Minh City and Đà Nẵng with their street sweeping, waste
collection points and transfer stations, the crematoria of Văn Điển, Bình Hưng Hòa and Hòa Sơn, wholesale markets, a
hospital laundry and a province's People's Committee (hợp đồng đặt hàng dịch vụ công ích, phiếu thông tin cơ sở hỏa táng,
báo cáo đề xuất cấp GPMT, báo cáo công tác bảo vệ môi trường, kết quả quan trắc, kế hoạch quan trắc, kế hoạch kiểm tra,
quy chế tự kiểm tra, kế hoạch bảo vệ môi trường of a province, kế hoạch đầu tư phương tiện).

Facility: the technical specification of a procurement of services at a snow-melting station, three section rows — the
procurement with the customer's own BIN, announcement, lot and ЕНС ТРУ code, then the supplier who runs the station and
holds its permit, then the station with its KATO, coordinates in degrees, minutes and seconds and category — monthly
volumes in a table of no role (VI: an order contract of sanitation services, the ward's People's Committee with its
budget-relation code, the company with its enterprise number and the transfer station with decimal coordinates, the
volumes and unit prices ordered in a table of no role) (HZ1);
a cemetery's passport with no header row, line codes `01` … `19`, a unit column that identity lines merge into their value,
the category under the Code written in words (`вторая`, `екінші`), a cadastral number as look-alike, the sectors in a
table of no role (VI: a crematorium's information sheet with `Mã chỉ tiêu` and `Đơn vị`, DMS coordinates) (HZ2).

Emissions: a sand-and-salt base's list pasted from a spreadsheet, one flat row per source–substance pair with the source
repeated, codes stripped of their leading zeros (`301`, `152`, `2908`), tonnes before grams, the class last, sodium
chloride of the road salt (VI: a transfer station's loads by sources labelled `N1` … `N5`, which are no source numbers,
methyl mercaptan as `CH3SH`) (HZ1); a bus depot's inventory whose parking lots are worked out for the warm, transitional
and cold periods as column pairs `г/с | т` while only the last pair — the greatest g/s and the year's tonnes — is the
emission, the shops with dashes under the periods (VI: a crematorium's ordinary and peak days, the greatest g/s and the
year's tonnes last) (HZ2).

Wastes: a sanitation enterprise's wastes removed from the streets in cubic metres by the city's five districts, the total
volume and a bulk density before the tonnes, which alone are the amount (VI: an urban environment company's wastes by
ward in m3, then its workshop's CTNH in kilograms) (HZ1); a heating enterprise's wastes over five heating seasons as
columns, the amount the mean of the five in the last column, the coal burnt by season in a table of no role (VI: a
hospital laundry's amounts of 2023–2025 and the mean asked for in its permit application) (HZ2).

Limits: a protocol over a whole cremation cycle, a row spanning the table per cremator's stack, stage rows (loading,
main burning, afterburning) with values of no norm, the cycle's mean reduced to 11 % O2 judged against the КЭР's norms
in the last row, a cremator under repair (VI: QCVN 19:2009/BTNMT column B with Kv = 0,6 at the stacks of a crematorium)
(HZ1); district gas boiler houses as rows `К-4 (ул. …)` against norms in a row under the header `для котлов, не
отмеченных *`, old converted boilers starred and normed only in the footnote, a boiler house in reserve (VI: transfer
stations' leachate against QCVN 40:2011/BTNMT column B, one station `(*)` under column A given only in the footnote) (HZ2).

Monitoring: a city's programme at its snow dumps whose places are street addresses with no codes under district rows,
components merged under each address and two frequency columns for the snow season and the melt and summer season (VI:
waste collection points by street under ward rows, dry and rainy seasons) (HZ1); a heating enterprise's control at its
stacks in two tables by who measures — its own monthly express control with the gases as formulas and the accredited
laboratory's quarterly sampling with `код – наименование`, benzo(a)pyrene yearly and boundary points (VI: a hospital
laundry's own quick measurements, daily and weekly, and the certified firm's periodic monitoring) (HZ2).

Inspections: a sanitation enterprise's control of street cleaning whose objects are categories of streets with example
streets in a column of their own, frequencies with the hour or weekday and a check every three hours during snowfall
without a frequency of the contract (VI: supervision by street class, a check after each heavy rain) (HZ1); a city
market's sanitary regulation under zone rows, items `1.1`, the market's sanitary days and months, a removal twice a week
without a frequency (VI: a wholesale market's zones, a check upon complaints) (HZ2).

Tasks: an akimat's plan of measures under component rows, the form of completion, the responsible institution, and a
financing column of budget administrator and programme codes (`МБ, АБП 467, БП 015`) that look like item numbers, sums by
year (VI: a province's plan with the lead and partner bodies and `Loại 250, Khoản 278`) (HZ1); a heating enterprise's
investment programme approved by the regulator, volumes and money by year as two groups of sub-columns, source and
effect, no column of who acts (VI: an urban environment company's investment plan for its fleet) (HZ2).
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
    """The quoted part of a name (`Оңтүстік` of `Снегоплавильный пункт «Оңтүстік»`)."""
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


# code: (RU, KK, VI, hazard class as printed in Kazakh emission tables) of pollutants the vocabulary does not name
EXTRA = {
    "0152": ("Натрий хлорид (Поваренная соль)", "Натрий хлориді (ас тұзы)", "Natri clorua (NaCl)", 3),
    "0183": ("Ртуть (Ртуть металлическая)", "Сынап (металл сынабы)", "Thủy ngân (Hg)", 1),
    "0322": ("Серная кислота (по молекуле H2SO4)", "Күкірт қышқылы (H2SO4 молекуласы бойынша)", "Axit sunfuric (H2SO4)", 2),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар (фторға шаққанда)", "", 2),
    "1715": ("Метантиол (Метилмеркаптан)", "Метантиол (метилмеркаптан)", "Metyl mercaptan (CH3SH)", None),
    "2732": ("Керосин", "Керосин", "Kerosen", None),
    "2752": ("Уайт-спирит", "Уайт-спирит", "", None),
    "2978": ("Пыль тонко измельченного резинового вулканизата", "Ұсақталған резеңке вулканизатының шаңы", "", None),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _kind(number: str) -> str:
    return "unorganized" if number.startswith("6") else "organized"


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

# (RU customer, KK customer, RU station, KK station, RU operator, KK operator, RU legal address, KK legal address,
#  RU place, KK place, KATO prefix, lat, lon, m3 of snow a day, RU outlet, KK outlet)
SNOW_STATIONS = (
    ("ГУ «Управление коммунального хозяйства города Астаны»", "«Астана қаласының Коммуналдық шаруашылық басқармасы» ММ",
     "Стационарный снегоплавильный пункт «Оңтүстік»", "«Оңтүстік» стационарлық қар еріту пункті",
     "ТОО «Қар Еріту Сервис»", "«Қар Еріту Сервис» ЖШС",
     "г. Астана, район Есиль, ул. Сыганак, 29, офис 412", "Астана қ., Есіл ауданы, Сығанақ к-сі, 29, 412-кеңсе",
     "г. Астана, район Байқоңыр, ул. Жанкожа батыра, 18/2 (территория главной канализационной насосной станции)",
     "Астана қ., Байқоңыр ауданы, Жанқожа батыр к-сі, 18/2 (басты кәріз сорғы станциясының аумағы)", "7112", 51.155, 71.462, 6500,
     "в городскую канализацию по техническим условиям ГКП «Астана Су Арнасы»",
     "«Астана Су Арнасы» МКК техникалық шарттары бойынша қалалық кәріз желісіне"),
    ("ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Караганды»",
     "«Қарағанды қаласының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі» ММ",
     "Снегоплавильная станция «Михайловка»", "«Михайловка» қар еріту станциясы",
     "ТОО «Сарыарқа Қар Сервис»", "«Сарыарқа Қар Сервис» ЖШС",
     "г. Караганда, район имени Әлихана Бөкейхана, пр. Бухар жырау, 49/6", "Қарағанды қ., Әлихан Бөкейхан атындағы аудан, Бұқар жырау даңғ., 49/6",
     "г. Караганда, район имени Казыбек би, ул. Бытовая, 24 (у главного канализационного коллектора)",
     "Қарағанды қ., Қазыбек би атындағы аудан, Бытовая к-сі, 24 (басты кәріз коллекторының жанында)", "3510", 49.835, 73.125, 4800,
     "в главный канализационный коллектор по техническим условиям ТОО «Қарағанды Кәріз»",
     "«Қарағанды Кәріз» ЖШС техникалық шарттары бойынша басты кәріз коллекторына"),
    ("ГУ «Отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог города Семей»",
     "«Семей қаласының тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі» ММ",
     "Снегоплавильный пункт «Жаңа Семей»", "«Жаңа Семей» қар еріту пункті",
     "ТОО «Ертіс Қала Тазалығы»", "«Ертіс Қала Тазалығы» ЖШС",
     "Абайская область, г. Семей, ул. Шакарима, 118", "Абай облысы, Семей қ., Шәкәрім к-сі, 118",
     "Абайская область, г. Семей, микрорайон Жаңа Семей, ул. Кокбекты, 7а",
     "Абай облысы, Семей қ., Жаңа Семей шағын ауданы, Көкбекті к-сі, 7а", "1010", 50.432, 80.287, 3000,
     "в городскую канализацию по техническим условиям ГКП «Семей Су Арнасы»",
     "«Семей Су Арнасы» МКК техникалық шарттары бойынша қалалық кәріз желісіне"),
)  # fmt: skip
MONTHS_SNOW = (("Ноябрь 2025", "2025 ж. қараша", 0.1), ("Декабрь 2025", "2025 ж. желтоқсан", 0.22), ("Январь 2026", "2026 ж. қаңтар", 0.27),
               ("Февраль 2026", "2026 ж. ақпан", 0.26), ("Март 2026", "2026 ж. наурыз", 0.15))


def facility_hz1(doc: Doc) -> None:
    """The technical specification of a public procurement of services at a city's snow-melting station, `№ | параметр |
    значение` under three section rows: first the procurement — the customer (a state institution of the akimat) with a BIN
    of its own, the announcement and lot numbers and the ЕНС ТРУ code — then the supplier, who runs the station and holds its
    permit, with its BIN and the procurement contract, then the station with its place, KATO, coordinates in degrees,
    minutes and seconds with the hemisphere after them, its capacity and its category with the permit's number; the month's
    volumes of snow in a table of no role after it (VI: an order contract of public sanitation services between a ward's
    People's Committee with its budget-relation code and the urban environment company running a transfer station)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    st = doc.pick(SNOW_STATIONS)
    customer, station, operator = st[L], st[2 + L], st[4 + L]
    legal, place, prefix, lat0, lon0, cap, outlet = st[6 + L], st[8 + L], st[10], st[11], st[12], st[13], st[14 + L]
    cust_bin, bin_ = make_bin(r), make_bin(r)
    kato = _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.01, 0.01), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.01, 0.01), False, doc.lang)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    pdate = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024"
    ann = f"{r.randint(14_000_000, 16_999_999)}-ОК1"
    lot = f"{r.randint(70_000_000, 79_999_999)}-ОК2"
    contract = f"{r.randint(120, 480)}/25"
    cday = r.randint(10, 28)
    doc.p(g("Приложение 2 к конкурсной документации", "Конкурстық құжаттамаға 2-қосымша", ""))
    doc.h(g("Техническая спецификация закупаемых услуг", "Сатып алынатын көрсетілетін қызметтердің техникалық ерекшелігі", ""))
    doc.p(g("Услуги оказываются в зимний период 2025–2026 годов на стационарном снегоплавильном пункте, принадлежащем поставщику; "
            "поставщик является оператором объекта и обладателем экологического разрешения на воздействие.",
            "Қызметтер 2025–2026 жылдардың қысқы кезеңінде өнім берушіге тиесілі стационарлық қар еріту пунктінде көрсетіледі; өнім "
            "беруші объектінің операторы және әсер етуге арналған экологиялық рұқсаттың иесі болып табылады.", ""))
    rows = [g(["№", "Наименование параметра", "Описание (значение)"], ["№", "Параметрдің атауы", "Сипаттамасы (мәні)"], [])]
    merges = []
    _span(rows, merges, g("1. Сведения о закупке", "1. Сатып алу туралы мәліметтер", ""), 3)
    rows += [["1.1", g("Заказчик", "Тапсырыс беруші", ""), customer],
             ["1.2", g("БИН заказчика", "Тапсырыс берушінің БСН", ""), cust_bin],
             ["1.3", g("Номер объявления / номер лота", "Хабарландыру нөмірі / лот нөмірі", ""), f"{ann} / {lot}"],
             ["1.4", g("Код ЕНС ТРУ", "ТЖҚ БНА коды (ЕНС ТРУ)", ""), f"812912.{r.randint(100, 900)}.000000"],
             ["1.5", g("Наименование услуги", "Көрсетілетін қызметтің атауы", ""),
              g("Услуги по приему и утилизации (плавлению) снега, вывезенного с улиц города",
                "Қала көшелерінен шығарылған қарды қабылдау және кәдеге жарату (еріту) жөніндегі қызметтер", "")],
             ["1.6", g("Срок оказания услуг", "Қызмет көрсету мерзімі", ""), g("с 01.11.2025 по 31.03.2026", "01.11.2025 бастап 31.03.2026 дейін", "")]]
    _span(rows, merges, g("2. Поставщик (оператор снегоплавильного пункта)", "2. Өнім беруші (қар еріту пунктінің операторы)", ""), 3)
    rows += [["2.1", g("Наименование", "Атауы", ""), operator],
             ["2.2", g("БИН", "БСН", ""), bin_],
             ["2.3", g("Юридический адрес", "Заңды мекенжайы", ""), legal],
             ["2.4", g("Договор о государственных закупках", "Мемлекеттік сатып алу туралы шарт", ""),
              g(f"№ {contract} от {cday}.10.2025", f"2025 жылғы {cday} қазандағы № {contract}", "")]]
    _span(rows, merges, g("3. Объект оказания услуг", "3. Қызмет көрсету объектісі", ""), 3)
    rows += [["3.1", g("Наименование объекта", "Объектінің атауы", ""), station],
             ["3.2", g("Местонахождение", "Орналасқан жері", ""), place],
             ["3.3", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["3.4", g("Географические координаты (WGS-84)", "Географиялық координаттары (WGS-84)", ""), f"{lat}, {lon}"],
             ["3.5", g("Производительность", "Өнімділігі", ""),
              g(f"{num(cap, 'ru')} м³ снега в сутки", f"тәулігіне {num(cap, 'kk')} м³ қар", "")],
             ["3.6", g("Категория объекта (статья 12 Экологического кодекса РК)", "Объект санаты (ҚР Экология кодексінің 12-бабы)", ""),
              g(f"II; экологическое разрешение на воздействие № {permit} от {pdate}",
                f"II; {pdate} берілген № {permit} әсер етуге арналған экологиялық рұқсат", "")],
             ["3.7", g("Отведение талых вод", "Еріген суды бұру", ""), outlet]]  # fmt: skip
    doc.table(g("Таблица 1 – Общие требования", "1-кесте – Жалпы талаптар", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(station), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    season = r.randint(40, 60) * cap
    vol = [g(["Месяц", "Плановый объем приема снега, м³"], ["Ай", "Қабылданатын қардың жоспарлы көлемі, м³"], [])]
    for m_ru, m_kk, share in MONTHS_SNOW:
        vol.append([(m_ru, m_kk)[L], num(round(season * share, -2), doc.lang)])
    doc.table(g("Таблица 2 – Объем услуг по месяцам", "2-кесте – Айлар бойынша қызметтердің көлемі", ""), vol, role="other")
    doc.p(g("Прием снега производится круглосуточно по талонам заказчика; загрязненный нефтепродуктами снег не принимается.",
            "Қар тапсырыс берушінің талондары бойынша тәулік бойы қабылданады; мұнай өнімдерімен ластанған қар қабылданбайды.", ""))


# (ward, ward's People's Committee, station, place, lat, lon, tons a day, company)
VN_STATIONS = (
    ("phường Hoàng Mai, thành phố Hà Nội", "Ủy ban nhân dân phường Hoàng Mai", "Trạm trung chuyển chất thải rắn sinh hoạt Pháp Vân",
     "đường Pháp Vân, phường Hoàng Mai, thành phố Hà Nội", 20.953, 105.845, 350, "Công ty Cổ phần Môi trường Đô thị Hoàng Mai"),
    ("phường Linh Xuân, Thành phố Hồ Chí Minh", "Ủy ban nhân dân phường Linh Xuân", "Trạm trung chuyển chất thải rắn Linh Xuân",
     "đường Quốc lộ 1K, phường Linh Xuân, Thành phố Hồ Chí Minh", 10.885, 106.772, 420, "Công ty TNHH MTV Dịch vụ Công ích Linh Xuân"),
    ("phường Hòa Khánh, thành phố Đà Nẵng", "Ủy ban nhân dân phường Hòa Khánh", "Trạm trung chuyển chất thải rắn Hòa Khánh",
     "đường Tạ Quang Bửu, phường Hòa Khánh, thành phố Đà Nẵng", 16.072, 108.151, 180, "Công ty Cổ phần Môi trường Đô thị Liên Chiểu"),
)  # fmt: skip


def _facility_hz1_vi(doc: Doc) -> None:
    r = doc.rng
    ward, committee, station, place, lat0, lon0, tons, company = doc.pick(VN_STATIONS)
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.005, 0.005), 5), round(lon0 + r.uniform(-0.005, 0.005), 5)
    qhns = f"1{r.randint(100000, 999999)}"
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h("HỢP ĐỒNG ĐẶT HÀNG CUNG ỨNG DỊCH VỤ CÔNG ÍCH VỆ SINH MÔI TRƯỜNG NĂM 2026")
    doc.p(f"Số: {r.randint(3, 40):02d}/2026/HĐĐH-UBND. Căn cứ Nghị định số 32/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định "
          "giao nhiệm vụ, đặt hàng hoặc đấu thầu cung cấp sản phẩm, dịch vụ công sử dụng ngân sách nhà nước từ nguồn kinh phí chi thường xuyên.")
    rows = [["Mục", "Nội dung", "Thông tin"]]
    merges = []
    _span(rows, merges, "I. BÊN ĐẶT HÀNG (BÊN A)", 3)
    rows += [["1", "Tên cơ quan", committee],
             ["2", "Mã số đơn vị có quan hệ với ngân sách", qhns],
             ["3", "Tài khoản", f"9523.{r.randint(1, 4)}.{qhns} tại Kho bạc Nhà nước khu vực"],
             ["4", "Đại diện", f"Ông {doc.pick(('Nguyễn Văn Thắng', 'Lê Minh Tuấn', 'Trần Quốc Huy'))} – Chủ tịch"]]
    _span(rows, merges, "II. BÊN NHẬN ĐẶT HÀNG (BÊN B) – ĐƠN VỊ QUẢN LÝ, VẬN HÀNH CÔNG TRÌNH", 3)
    rows += [["5", "Tên doanh nghiệp", company],
             ["6", "Mã số doanh nghiệp", msdn],
             ["7", "Địa chỉ trụ sở chính", f"Số {r.randint(2, 180)}, {ward}"]]
    _span(rows, merges, "III. CÔNG TRÌNH PHỤC VỤ DỊCH VỤ", 3)
    rows += [["8", "Tên công trình", station],
             ["9", "Địa điểm", place],
             ["10", "Tọa độ trung tâm (hệ WGS-84)", f"Vĩ độ {num(lat, 'vi')}° B; Kinh độ {num(lon, 'vi')}° Đ"],
             ["11", "Công suất tiếp nhận", f"{num(tons, 'vi')} tấn/ngày"],
             ["12", "Thời hạn hợp đồng", "Từ ngày 01/01/2026 đến ngày 31/12/2026"]]  # fmt: skip
    doc.table("Điều 1. Các bên ký hợp đồng và công trình thực hiện", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": station, "lat": lat, "lon": lon})
    doc.p(f"Điều 2. Bên B tổ chức thu gom, vận chuyển chất thải rắn sinh hoạt trên địa bàn {ward} về trạm trung chuyển và chịu trách nhiệm "
          "vận hành trạm theo đúng giấy phép môi trường đã được cấp.")
    price = r.randint(380, 520) * 1000
    doc.table("Phụ lục 1. Khối lượng và đơn giá đặt hàng năm 2026",
              [["TT", "Hạng mục dịch vụ", "Đơn vị", "Khối lượng", "Đơn giá (đồng)"],
               ["1", "Thu gom, vận chuyển chất thải rắn sinh hoạt về trạm trung chuyển", "tấn", num(tons * 365, "vi"), num(price, "vi")],
               ["2", "Vận hành trạm trung chuyển (ép, nạp container)", "tấn", num(tons * 365, "vi"), num(r.randint(60, 95) * 1000, "vi")],
               ["3", "Quét, thu dọn vỉa hè, lòng đường", "km/ngày", num(r.randint(40, 120), "vi"), num(r.randint(90, 160) * 1000, "vi")]],
              role="other")


# (RU name, KK name, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, area ha, opened, graves, furnaces, stack m)
CEMETERIES = (
    ("Кладбище «Жаңа зират» с крематорием", "Крематорийі бар «Жаңа зират» зираты",
     "ГКП на ПХВ «Қала ритуал қызметі» акимата города Караганды", "Қарағанды қаласы әкімдігінің «Қала ритуал қызметі» ШЖҚ МКК",
     "Карагандинская область, г. Караганда, район имени Казыбек би, автодорога Караганда – Темиртау, 6 км",
     "Қарағанды облысы, Қарағанды қ., Қазыбек би атындағы аудан, Қарағанды – Теміртау автожолы, 6 км", "3510", 49.861, 72.998,
     42.5, 1998, 38400, 2, 18),
    ("Городское кладбище «Мәңгілік» с крематорием", "Крематорийі бар «Мәңгілік» қалалық зираты",
     "ГКП на ПХВ «Елорда Ритуал» акимата города Астаны", "Астана қаласы әкімдігінің «Елорда Ритуал» ШЖҚ МКК",
     "г. Астана, район Нура, автодорога Астана – Коргалжын, 14 км", "Астана қ., Нұра ауданы, Астана – Қорғалжын автожолы, 14 км", "7114",
     51.092, 71.214, 64.0, 2006, 52100, 3, 22),
    ("Кладбище «Тұран» с крематорием", "Крематорийі бар «Тұран» зираты",
     "КГП «Семей Ритуал» акимата города Семей", "Семей қаласы әкімдігінің «Семей Ритуал» КМК",
     "Абайская область, г. Семей, Восточное шоссе, 9 км", "Абай облысы, Семей қ., Шығыс тас жолы, 9 км", "1010", 50.463, 80.182,
     27.8, 2011, 14600, 2, 16),
)  # fmt: skip
SECTORS = (("Мусульманский сектор (кварталы А–Г)", "Мұсылман секторы (А–Г кварталдары)"),
           ("Христианский сектор (кварталы Д–Ж)", "Христиан секторы (Д–Ж кварталдары)"),
           ("Общегражданский сектор", "Жалпыазаматтық сектор"),
           ("Колумбарий и стена памяти", "Колумбарий және еске алу қабырғасы"))


def facility_hz2(doc: Doc) -> None:
    """The passport of a city cemetery with its crematorium kept by the akimat's department, with no header row: a column
    of line codes `01` … `19`, the line, a unit column and the value, the identity lines carrying their value across the
    unit column and the measured ones in the last column, under four Roman section rows; the category under the Code
    written in words (`вторая`, `екінші`), the cadastral number of the land as a look-alike, the centre of the grounds in
    degrees, minutes and seconds with the hemisphere words after them; the sectors of the cemetery in a table of no role
    after it (VI: a Department of Construction's information sheet of a crematorium, `Mã chỉ tiêu` and `Đơn vị` columns,
    the managing company's enterprise number, the group and DMS coordinates)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_hz2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CEMETERIES)
    name, operator, place, prefix, lat0, lon0, area, opened, graves, furnaces, stack = (
        c[L], c[2 + L], c[4 + L], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13])
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.004, 0.004), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.004, 0.004), False, doc.lang)
    cadastre = f"{r.randint(1, 9):02d}-{r.randint(100, 399)}-{r.randint(1, 99):03d}-{r.randint(100, 999)}"
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g(f"Паспорт кладбища. {name}", f"Зират паспорты. {name}", ""))
    doc.p(g("Паспорт составлен по состоянию на 01.01.2026 в соответствии с Правилами содержания и охраны мест погребения и подлежит "
            "уточнению при изменении сведений.",
            "Паспорт жерлеу орындарын күтіп-ұстау және қорғау қағидаларына сәйкес 01.01.2026 жағдай бойынша жасалды және мәліметтер "
            "өзгерген кезде нақтылануға тиіс.", ""))
    rows, merges = [], []

    def text(code, label, value):
        rows.append([code, label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))

    def figure(code, label, unit, value):
        rows.append([code, label, unit, value])

    _span(rows, merges, g("I. Общие сведения", "I. Жалпы мәліметтер", ""), 4)
    text("01", g("Наименование кладбища", "Зираттың атауы", ""), name)
    text("02", g("Местонахождение", "Орналасқан жері", ""), place)
    text("03", g("Код КАТО", "ҚАТО коды", ""), kato)
    text("04", g("Балансодержатель (оператор)", "Баланс ұстаушы (оператор)", ""), operator)
    text("05", g("БИН балансодержателя", "Баланс ұстаушының БСН", ""), bin_)
    text("06", g("Кадастровый номер земельного участка", "Жер учаскесінің кадастрлық нөмірі", ""), cadastre)
    text("07", g("Координаты центра территории", "Аумақ орталығының координаттары", ""), f"{lat}; {lon}")
    figure("08", g("Год открытия", "Ашылған жылы", ""), g("год", "жыл", ""), str(opened))
    text("09", g("Статус", "Мәртебесі", ""), g("открытое для захоронений", "жерлеу үшін ашық", ""))
    _span(rows, merges, g("II. Характеристика кладбища", "II. Зираттың сипаттамасы", ""), 4)
    figure("10", g("Площадь территории", "Аумақтың ауданы", ""), g("га", "га", ""), num(area, doc.lang))
    figure("11", g("Количество захоронений", "Жерлеулер саны", ""), g("ед.", "бірл.", ""), num(graves + r.randint(-900, 900), doc.lang))
    figure("12", g("Свободная площадь для захоронений", "Жерлеуге арналған бос алаң", ""), g("га", "га", ""),
           num(round(area * r.uniform(0.08, 0.2), 1), doc.lang))
    _span(rows, merges, g("III. Крематорий", "III. Крематорий", ""), 4)
    figure("13", g("Количество кремационных печей", "Кремациялық пештер саны", ""), g("шт.", "дана", ""), str(furnaces))
    text("14", g("Марка печей, топливо", "Пештердің маркасы, отыны", ""),
         g("ПК-2М с камерой дожигания, природный газ", "Кейін жағу камерасы бар ПК-2М, табиғи газ", ""))
    figure("15", g("Количество кремаций в 2025 году", "2025 жылғы кремациялар саны", ""), g("ед.", "бірл.", ""),
           num(furnaces * r.randint(650, 1050), doc.lang))
    figure("16", g("Высота дымовой трубы", "Түтін мұржасының биіктігі", ""), g("м", "м", ""), str(stack))
    _span(rows, merges, g("IV. Санитарно-экологические сведения", "IV. Санитариялық-экологиялық мәліметтер", ""), 4)
    figure("17", g("Размер санитарно-защитной зоны", "Санитариялық-қорғаныш аймағының өлшемі", ""), g("м", "м", ""), "500")
    text("18", g("Категория объекта, оказывающего негативное воздействие на окружающую среду (ст. 12 Экологического кодекса РК)",
                 "Қоршаған ортаға теріс әсер ететін объект санаты (ҚР Экология кодексінің 12-бабы)", ""), g("вторая", "екінші", ""))
    text("19", g("Экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсат", ""),
         g(f"№ {permit} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024, срок действия – 10 лет",
           f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024 ж. № {permit}, қолданылу мерзімі – 10 жыл", ""))
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "category": "II", "lat": lat_v, "lon": lon_v})
    sec = [g(["Сектор", "Площадь, га", "Статус"], ["Сектор", "Ауданы, га", "Мәртебесі"], [])]
    for k, ((s_ru, s_kk), share) in enumerate(zip(SECTORS, (0.32, 0.26, 0.2, 0.06), strict=True)):
        status = g("закрыт для новых захоронений", "жаңа жерлеулер үшін жабық", "") if k == 0 else g("открыт", "ашық", "")
        sec.append([(s_ru, s_kk)[L], num(round(area * share * r.uniform(0.9, 1.1), 1), doc.lang), status])
    doc.table(g("Приложение 1. Сектора кладбища", "1-қосымша. Зираттың секторлары", ""), sec, role="other")


# (name, company, place, lat, lon, furnaces, stack m)
VN_CREMATORIA = (
    ("Đài hóa thân Hoàn Vũ", "Công ty TNHH MTV Dịch vụ Tang lễ Thăng Long", "khu vực Nghĩa trang Văn Điển, thành phố Hà Nội", 20.948, 105.851, 6, 25),
    ("Đài hỏa táng Bình Hưng Hòa", "Công ty TNHH MTV Dịch vụ Công ích Bình Tân", "Nghĩa trang Bình Hưng Hòa, phường Bình Hưng Hòa, Thành phố Hồ Chí Minh",
     10.803, 106.601, 8, 30),
    ("Cơ sở hỏa táng Hòa Sơn", "Công ty Cổ phần Dịch vụ Tang lễ Đà Nẵng", "Nghĩa trang Hòa Sơn, xã Hòa Vang, thành phố Đà Nẵng", 16.031, 108.103, 2, 20),
)  # fmt: skip


def _facility_hz2_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, place, lat0, lon0, furnaces, stack = doc.pick(VN_CREMATORIA)
    msdn = make_msdn(r)
    lat, lat_v = _dms(lat0 + r.uniform(-0.003, 0.003), True, "vi")
    lon, lon_v = _dms(lon0 + r.uniform(-0.003, 0.003), False, "vi")
    doc.h("PHIẾU THÔNG TIN CƠ SỞ HỎA TÁNG")
    doc.p("(Kèm theo văn bản báo cáo của đơn vị quản lý gửi Sở Xây dựng theo Nghị định số 23/2016/NĐ-CP về xây dựng, quản lý, sử dụng nghĩa "
          "trang và cơ sở hỏa táng)")
    rows, merges = [], []

    def text(code, label, value):
        rows.append([code, label, value, None])
        merges.append((len(rows) - 1, 2, len(rows) - 1, 3))

    _span(rows, merges, "A. THÔNG TIN CHUNG", 4)
    text("01", "Tên cơ sở", name)
    text("02", "Địa điểm", place)
    text("03", "Đơn vị quản lý, vận hành", company)
    text("04", "Mã số doanh nghiệp", msdn)
    text("05", "Tọa độ (WGS-84)", f"{lat}; {lon}")
    text("06", "Phân loại theo tiêu chí về môi trường (Luật Bảo vệ môi trường 2020)", "Nhóm II")
    _span(rows, merges, "B. QUY MÔ, CÔNG SUẤT", 4)
    rows.append(["07", "Số lò hỏa táng", "lò", str(furnaces)])
    rows.append(["08", "Số ca hỏa táng năm 2025", "ca", num(furnaces * r.randint(2200, 3400), "vi")])
    rows.append(["09", "Chiều cao ống khói", "m", str(stack)])
    rows.append(["10", "Khoảng cách an toàn về môi trường", "m", "500"])
    text("11", "Nhiên liệu", "Khí hóa lỏng (LPG)")
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": name, "category": "II", "lat": lat_v, "lon": lon_v})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# (RU operator, KK operator, RU base, KK base)
SALT_BASES = (
    ("ГКП на ПХВ «Қала Жолдары» акимата города Астаны", "Астана қаласы әкімдігінің «Қала Жолдары» ШЖҚ МКК",
     "база пескосоляной смеси по ул. Ақжол, 60", "Ақжол к-сі, 60 мекенжайындағы құм-тұз қоспасы базасы"),
    ("ТОО «Қарағанды Жол Тазалығы»", "«Қарағанды Жол Тазалығы» ЖШС",
     "база пескосоляной смеси по ул. Ермекова, 116", "Ермеков к-сі, 116 мекенжайындағы құм-тұз қоспасы базасы"),
    ("ГКП на ПХВ «Семей Қала Сервис» акимата города Семей", "Семей қаласы әкімдігінің «Семей Қала Сервис» ШЖҚ МКК",
     "база пескосоляной смеси по Восточному шоссе, 3", "Шығыс тас жолы, 3 мекенжайындағы құм-тұз қоспасы базасы"),
)  # fmt: skip
# (number, RU, KK, {code: ((low, high) g/s, (low, high) t/year)})
SALT_SOURCES = (
    ("0001", "Дымовая труба котельной гаража (котел КВр-0,63, уголь)", "Гараж қазандығының түтін мұржасы (КВр-0,63 қазаны, көмір)",
     {"0301": ((0.01, 0.04), (0.1, 0.6)), "0304": ((0.002, 0.006), (0.015, 0.09)), "0330": ((0.05, 0.15), (0.5, 2.0)),
      "0337": ((0.1, 0.4), (1.0, 5.0)), "0328": ((0.01, 0.05), (0.1, 0.5)), "0703": ((1e-8, 5e-8), (1e-7, 6e-7))}),
    ("0002", "Аспирация узла приготовления ПСС (циклон ЦН-15)", "Құм-тұз қоспасын дайындау торабының аспирациясы (ЦН-15 циклоны)",
     {"2908": ((0.02, 0.08), (0.1, 0.5)), "0152": ((0.005, 0.02), (0.03, 0.15))}),
    ("6001", "Склад технической соли (под навесом)", "Техникалық тұз қоймасы (қалқа астында)", {"0152": ((0.002, 0.01), (0.02, 0.1))}),
    ("6002", "Склад песка (открытый)", "Құм қоймасы (ашық)", {"2908": ((0.05, 0.2), (0.5, 3.0))}),
    ("6003", "Погрузка ПСС в пескоразбрасыватели (фронтальный погрузчик)", "Құм-тұз қоспасын құм шашқыштарға тиеу (фронтальды тиегіш)",
     {"2908": ((0.1, 0.4), (0.3, 1.5)), "0152": ((0.01, 0.05), (0.02, 0.2)), "0301": ((0.005, 0.02), (0.01, 0.05)),
      "0337": ((0.02, 0.08), (0.05, 0.2)), "2732": ((0.005, 0.02), (0.01, 0.05))}),
    ("6004", "Стоянка спецтехники (прогрев двигателей)", "Арнайы техника тұрағы (қозғалтқыштарды қыздыру)",
     {"0301": ((0.01, 0.05), (0.05, 0.3)), "0304": ((0.002, 0.008), (0.008, 0.05)), "0328": ((0.002, 0.008), (0.005, 0.04)),
      "0330": ((0.002, 0.008), (0.008, 0.04)), "0337": ((0.05, 0.2), (0.2, 1.2)), "2732": ((0.01, 0.04), (0.04, 0.25))}),
    ("6005", "Сварочный пост ремонтной мастерской", "Жөндеу шеберханасының дәнекерлеу посты",
     {"0123": ((0.001, 0.005), (0.005, 0.03)), "0143": ((0.0001, 0.0005), (0.0005, 0.003))}),
)  # fmt: skip


def emissions_hz1(doc: Doc) -> None:
    """A street-cleaning enterprise's base of sand and salt mixture whose list of emissions was exported from a spreadsheet
    and pasted as it came out: a flat row for every source–substance pair with the source's number, name and type repeated,
    the substances' codes stripped of their leading zeros (`301`, `152`, `2908`), the tonnes a year before the grams a
    second and the hazard class last (`–` for kerosene), sodium chloride of the road salt beside the sand's inorganic dust,
    a total (VI: an urban environment company's transfer station, the sources labelled `N1` … `N5` by the report, which are
    no source numbers, odours with methyl mercaptan written `CH3SH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    b = doc.pick(SALT_BASES)
    operator, base = b[L], b[2 + L]
    doc.h(g(f"Проект нормативов допустимых выбросов. {operator}, {base}",
            f"{operator}, {base}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.p(g("База обеспечивает приготовление и отгрузку пескосоляной смеси (песок 85 %, техническая соль 15 %) для обработки дорог "
            "в зимний период; техническая соль поступает железнодорожным транспортом в мешках МКР.",
            "База қысқы кезеңде жолдарды өңдеу үшін құм-тұз қоспасын (құм 85 %, техникалық тұз 15 %) дайындауды және тиеп жөнелтуді "
            "қамтамасыз етеді; техникалық тұз МКР қаптарымен темір жол көлігімен жеткізіледі.", ""))
    doc.p(g("Таблица 3.2 сформирована выгрузкой из программного комплекса расчета выбросов в MS Excel.",
            "3.2-кесте шығарындыларды есептеу бағдарламалық кешенінен MS Excel-ге түсіру арқылы жасалды.", ""))
    org, unorg = g("организованный", "ұйымдастырылған", ""), g("неорганизованный", "ұйымдастырылмаған", "")
    rows = [g(["№ ИЗА", "Наименование источника", "Тип источника", "Код ЗВ", "Наименование ЗВ", "Выброс, т/год", "Выброс, г/с", "Класс опасности"],
              ["ЛШК №", "Көздің атауы", "Көздің түрі", "ЛЗ коды", "ЛЗ атауы", "Шығарынды, т/жыл", "Шығарынды, г/с", "Қауіптілік сыныбы"], [])]
    sources = [s for s in SALT_SOURCES if s[0] not in ("6005",) or r.random() < 0.7]
    all_g, all_t = [], []
    for number, s_ru, s_kk, codes in sources:
        for c, ((glo, ghi), (tlo, thi)) in codes.items():
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            hz = _hazard(c)
            rows.append([number, (s_ru, s_kk)[L], org if _kind(number) == "organized" else unorg, str(int(c)), _air(doc, c),
                         num(ty, doc.lang), num(gs, doc.lang), str(hz) if hz else "–"])
            doc.add("emissions", emission(c, gs, ty, number, hz))
            all_g.append(gs)
            all_t.append(ty)
    rows.append(["", g("Итого по предприятию", "Кәсіпорын бойынша барлығы", ""), "", "", "", num(round(sum(all_t), 6), doc.lang),
                 num(round(sum(all_g), 6), doc.lang), ""])
    doc.table(g("Таблица 3.2 – Перечень загрязняющих веществ, выбрасываемых в атмосферу, по источникам",
                "3.2-кесте – Атмосфераға шығарылатын ластаушы заттардың көздер бойынша тізбесі", ""), rows, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    doc.p(g("Для керосина класс опасности не установлен (ОБУВ 1,2 мг/м³).", "Керосин үшін қауіптілік сыныбы белгіленбеген (ҚӘБД 1,2 мг/м³).", ""))
    maybe_distractor(doc)


# (label, VI source, hours a year, {code: (low, high) g/s})
VN_TRANSFER = (
    ("N1", "Khu vực tiếp nhận, đổ chất thải từ xe thu gom", 6570, {"0303": (0.004, 0.015), "0333": (0.0008, 0.003), "1715": (0.0001, 0.0005)}),
    ("N2", "Máy ép rác kín và thùng container (02 bộ)", 6570, {"0303": (0.002, 0.008), "0333": (0.0004, 0.0015)}),
    ("N3", "Xe vận chuyển ra vào trạm (xe ép rác 7 – 12 tấn)", 5475,
     {"2902": (0.01, 0.05), "0301": (0.02, 0.08), "0330": (0.002, 0.01), "0337": (0.03, 0.12)}),
    ("N4", "Máy phát điện dự phòng 250 kVA", 300, {"2902": (0.01, 0.03), "0301": (0.15, 0.4), "0330": (0.02, 0.08), "0337": (0.05, 0.15)}),
    ("N5", "Khu rửa xe và bể thu gom nước rỉ rác", 8760, {"0303": (0.001, 0.004), "0333": (0.0003, 0.001)}),
)  # fmt: skip


def _emissions_hz1_vi(doc: Doc) -> None:
    r = doc.rng
    _, _, station, _, _, _, tons, company = doc.pick(VN_STATIONS)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {station.upper()}")
    doc.h("3.2. Công trình, biện pháp giảm thiểu bụi, khí thải, mùi")
    doc.p(f"Trạm do {company} vận hành, công suất tiếp nhận {num(tons, 'vi')} tấn/ngày, hoạt động 18 giờ/ngày. Các nguồn phát sinh được "
          "ký hiệu từ N1 đến N5 theo sơ đồ mặt bằng tại Phụ lục 2; tải lượng được tính theo hệ số ô nhiễm và kết quả đo đạc tại trạm.")
    rows = [["Ký hiệu", "Nguồn phát sinh", "Thông số", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for label, name, hours, codes in VN_TRANSFER:
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            label_vi = EXTRA[c][2] if c in EXTRA else vocab.air(c, "vi", 1)
            rows.append([label if j == 0 else None, name if j == 0 else None, label_vi, num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.4. Tải lượng bụi, khí thải và mùi phát sinh tại trạm trung chuyển", rows, merges, role="emissions")
    doc.p("Ghi chú: máy phát điện chỉ vận hành khi mất điện lưới (ước tính 300 giờ/năm).")
    maybe_distractor(doc)


# (RU operator, KK operator, RU city, KK city, diesel buses, gas buses)
DEPOTS = (
    ("ГКП на ПХВ «Қалалық автобус паркі № 2» акимата города Астаны", "Астана қаласы әкімдігінің «№ 2 қалалық автобус паркі» ШЖҚ МКК",
     "г. Астаны", "Астана қаласының", 140, 90),
    ("ТОО «Қарағанды Автобус Паркі»", "«Қарағанды Автобус Паркі» ЖШС", "г. Караганды", "Қарағанды қаласының", 110, 60),
    ("ГКП на ПХВ «Семей Автобус Паркі» акимата города Семей", "Семей қаласы әкімдігінің «Семей Автобус Паркі» ШЖҚ МКК",
     "г. Семей", "Семей қаласының", 85, 40),
)  # fmt: skip
# parking: (number, RU, KK, fuel, {code: (low, high) warm g/s})
PARKING = (
    ("6001", "Открытая стоянка автобусов с дизельными двигателями", "Дизельді қозғалтқышты автобустардың ашық тұрағы", "diesel",
     {"0301": (0.02, 0.06), "0304": (0.003, 0.01), "0328": (0.002, 0.008), "0330": (0.004, 0.012), "0337": (0.08, 0.25),
      "2732": (0.02, 0.06)}),
    ("6002", "Открытая стоянка автобусов на компримированном природном газе", "Сығылған табиғи газбен жүретін автобустардың ашық тұрағы", "gas",
     {"0301": (0.01, 0.03), "0304": (0.0015, 0.005), "0337": (0.05, 0.18), "0410": (0.01, 0.04)}),
)  # fmt: skip
# (number, RU, KK, {code: ((low, high) g/s, (low, high) t/year)})
SHOPS = (
    ("0001", "Вытяжная вентиляция зоны ТО и ТР", "ТҚК және АЖ аймағының сорып шығару желдеткіші",
     {"0301": ((0.003, 0.01), (0.02, 0.08)), "0304": ((0.0005, 0.0015), (0.003, 0.012)), "0337": ((0.02, 0.06), (0.1, 0.4)),
      "2732": ((0.004, 0.012), (0.02, 0.08))}),
    ("0002", "Сварочный пост (местный отсос)", "Дәнекерлеу посты (жергілікті сорғыш)",
     {"0123": ((0.002, 0.006), (0.01, 0.04)), "0143": ((0.0002, 0.0006), (0.001, 0.004)), "0342": ((0.0001, 0.0004), (0.0005, 0.002))}),
    ("0003", "Окрасочно-сушильная камера", "Бояу-кептіру камерасы", {"0616": ((0.02, 0.06), (0.08, 0.3)), "2752": ((0.01, 0.04), (0.05, 0.2))}),
    ("0004", "Аккумуляторный участок (зарядка АКБ)", "Аккумулятор учаскесі (АКБ зарядтау)", {"0322": ((0.00002, 0.00008), (0.0001, 0.0005))}),
    ("0005", "Шиноремонтный участок (шероховка)", "Шина жөндеу учаскесі (кедір-бұдырлау)", {"2978": ((0.001, 0.004), (0.003, 0.015))}),
)  # fmt: skip
PERIODS = ((153, 1.0), (61, 1.35), (151, 2.1))


def emissions_hz2(doc: Doc) -> None:
    """A city bus depot's inventory in which the open parking lots of diesel and gas buses are worked out, as the method for
    parking lots does, for the warm, the transitional and the cold period of the year — each period a column pair `г/с | т`
    under a merged header naming its months and days — while the emission taken for the norms stands in a last pair,
    `г/с (максимальный)` (the cold period's) and `т/год` (the sum of the three), which alone are the items; the shops'
    sources (maintenance zone, welding, paint booth, battery charging, tyre repair) have dashes under the periods and
    figures in the last pair only; the fleet's data in a table of no role before it (VI: a crematorium's loads on ordinary
    days and on peak days of Tết and Thanh minh as column pairs, the greatest g/s and the year's tonnes last)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_hz2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    d = doc.pick(DEPOTS)
    operator, city, diesel, gas = d[L], d[2 + L], d[4], d[5]
    doc.h(g(f"Инвентаризация источников выбросов загрязняющих веществ. {operator}",
            f"{operator}. Ластаушы заттар шығарындылары көздерін түгендеу", ""))
    doc.p(g(f"Автобусный парк обслуживает городские маршруты {city}. Выбросы на открытых стоянках рассчитаны по методике расчета выбросов "
            "от автотранспорта раздельно для теплого, переходного и холодного периодов года; для нормирования принят максимальный "
            "разовый выброс холодного периода и сумма валовых выбросов трех периодов.",
            f"Автобус паркі {city} қалалық бағыттарына қызмет көрсетеді. Ашық тұрақтардағы шығарындылар автокөлік шығарындыларын есептеу "
            "әдістемесі бойынша жылдың жылы, өтпелі және суық кезеңдері үшін бөлек есептелді; нормативтеу үшін суық кезеңнің ең жоғары бір "
            "реттік шығарындысы және үш кезеңнің жалпы шығарындыларының сомасы қабылданды.", ""))
    doc.table(g("Таблица 2.1 – Исходные данные по подвижному составу", "2.1-кесте – Жылжымалы құрам бойынша бастапқы деректер", ""),
              [g(["Тип автобусов", "Количество, ед.", "Пробег по территории при выезде и возврате, км", "Время прогрева (теплый / переходный / холодный), мин"],
                 ["Автобустардың түрі", "Саны, бірл.", "Шығу және қайту кезінде аумақ бойынша жүрісі, км", "Қыздыру уақыты (жылы / өтпелі / суық), мин"], []),
               [g("Дизельные (Евро-5), 12 м", "Дизельді (Евро-5), 12 м", ""), str(diesel), num(round(r.uniform(0.6, 1.2), 1), doc.lang), "4 / 6 / 12"],
               [g("Газовые (КПГ), 12 м", "Газбен жүретін (СТГ), 12 м", ""), str(gas), num(round(r.uniform(0.6, 1.2), 1), doc.lang), "2 / 4 / 8"]],
              role="other")
    head = g(["№ ИЗА", "Источник выброса", "Код ЗВ", "Наименование ЗВ", "Теплый период (май – сентябрь, 153 сут.)", None,
              "Переходный период (апрель, октябрь, 61 сут.)", None, "Холодный период (ноябрь – март, 151 сут.)", None, "Принято для нормирования", None],
             ["ЛШК №", "Шығарынды көзі", "ЛЗ коды", "ЛЗ атауы", "Жылы кезең (мамыр – қыркүйек, 153 тәул.)", None,
              "Өтпелі кезең (сәуір, қазан, 61 тәул.)", None, "Суық кезең (қараша – наурыз, 151 тәул.)", None, "Нормативтеу үшін қабылданды", None], [])
    sub = [None] * 4 + g(["г/с", "т", "г/с", "т", "г/с", "т", "г/с (максимальный)", "т/год"], ["г/с", "т", "г/с", "т", "г/с", "т", "г/с (ең жоғары)", "т/жыл"], [])
    rows = [head, sub]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, c, 0, c + 1) for c in (4, 6, 8, 10)]
    numbers = []
    for number, s_ru, s_kk, fuel, codes in PARKING:
        n_bus = diesel if fuel == "diesel" else gas
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            warm = r.uniform(lo, hi) * n_bus / 100
            cells, gmax, total = [], 0.0, 0.0
            for days, factor in PERIODS:
                gs = _sig(warm * factor * r.uniform(0.92, 1.08), 3)
                t = _sig(gs * 3600 * 2.5 * days / 1e6 * r.uniform(0.85, 1.0), 3)
                cells += [num(gs, doc.lang), num(t, doc.lang)]
                gmax, total = max(gmax, gs), total + t
            ty = _sig(total, 4)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c, _air(doc, c), *cells, num(gmax, doc.lang),
                         num(ty, doc.lang)])
            doc.add("emissions", emission(c, gmax, ty, number))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        numbers.append(number)
    shops = [s for s in SHOPS if s[0] in ("0001", "0002") or r.random() < 0.75]
    for number, s_ru, s_kk, codes in shops:
        start = len(rows)
        for j, (c, ((glo, ghi), (tlo, thi))) in enumerate(codes.items()):
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c, _air(doc, c), *["–"] * 6, num(gs, doc.lang),
                         num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number))
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
        numbers.append(number)
    doc.table(g("Таблица 2.2 – Выбросы загрязняющих веществ по источникам", "2.2-кесте – Көздер бойынша ластаушы заттардың шығарындылары", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": n, "type": _kind(n)} for n in numbers))
    doc.p(g("Выбросы участков мастерских от периода года не зависят и приведены только в графах «Принято для нормирования».",
            "Шеберханалар учаскелерінің шығарындылары жыл кезеңіне байланысты емес және тек «Нормативтеу үшін қабылданды» бағандарында келтірілген.", ""))
    maybe_distractor(doc)


VN_CREM_CODES = (("2902", "Bụi tổng", (0.03, 0.09)), ("0330", "SO2", (0.01, 0.05)), ("0301", "NOx (tính theo NO2)", (0.04, 0.12)),
                 ("0337", "CO", (0.02, 0.1)), ("0316", "HCl", (0.005, 0.02)))


def _emissions_hz2_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, _, _, _, furnaces, stack = doc.pick(VN_CREMATORIA)
    stacks = max(1, furnaces // 2)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.h("1.3.2. Tải lượng khí thải từ các lò hỏa táng")
    doc.p(f"Cơ sở có {furnaces} lò hỏa táng dùng nhiên liệu LPG, mỗi 02 lò đấu nối chung 01 ống khói cao {stack} m sau hệ thống xử lý khí thải "
          "(buồng đốt thứ cấp, tháp hấp thụ). Ngày thường mỗi ống khói chỉ có 01 lò hoạt động; vào các ngày cao điểm (Tết Nguyên đán, Thanh "
          "minh) cả 02 lò cùng hoạt động với thời gian kéo dài.")
    rows = [["TT", "Nguồn thải", "Thông số", "Ngày thường (01 lò/ống khói, 10 giờ/ngày, 340 ngày/năm)", None,
             "Ngày cao điểm (02 lò/ống khói, 18 giờ/ngày, 25 ngày/năm)", None, "Giá trị tính toán", None],
            [None, None, None, "g/s", "kg/ngày", "g/s", "kg/ngày", "Tải lượng lớn nhất (g/s)", "Tổng tải lượng (tấn/năm)"]]
    merges = [(0, c, 1, c) for c in range(3)] + [(0, 3, 0, 4), (0, 5, 0, 6), (0, 7, 0, 8)]
    for k in range(1, stacks + 1):
        label = f"Ống khói lò số {2 * k - 1} và số {2 * k}" if furnaces > 1 else "Ống khói lò số 1"
        start = len(rows)
        for j, (c, label_vi, (lo, hi)) in enumerate(VN_CREM_CODES):
            go = _sig(r.uniform(lo, hi), 3)
            gp = _sig(go * r.uniform(1.85, 2.1), 3)
            ko, kp = _sig(go * 3600 * 10 / 1000, 3), _sig(gp * 3600 * 18 / 1000, 3)
            ty = _sig((ko * 340 + kp * 25) / 1000, 3)
            rows.append([str(k) if j == 0 else None, label if j == 0 else None, label_vi, num(go, "vi"), num(ko, "vi"), num(gp, "vi"),
                         num(kp, "vi"), num(gp, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gp, ty))
        merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(f"Bảng 1.6. Tải lượng khí thải của {name}", rows, merges, role="emissions")
    doc.p(f"Đơn vị quản lý: {company}. Tổng tải lượng năm = tải lượng ngày thường × 340 ngày + tải lượng ngày cao điểm × 25 ngày.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

DISTRICTS = (("Алматы", "Алматы"), ("Есиль", "Есіл"), ("Сарыарка", "Сарыарқа"), ("Байконур", "Байқоңыр"), ("Нура", "Нұра"))
# (code, RU, KK, bulk density t/m3, (low, high) m3 a district)
STREET_WASTES = (
    ("20 03 03", "Смет с проезжей части и тротуаров", "Жүріс бөлігі мен тротуарлардан жиналған сыпырынды", 1.2, (2000, 9000)),
    ("20 02 01", "Листва, ветки и скошенная трава с газонов", "Көгалдардан жиналған жапырақтар, бұтақтар және шабылған шөп", 0.15, (1500, 6000)),
    ("20 03 01", "Отходы из урн и с остановок общественного транспорта", "Қоқыс жәшіктері мен қоғамдық көлік аялдамаларының қалдықтары", 0.12,
     (3000, 11000)),
    ("20 03 07", "Крупногабаритные отходы с несанкционированных свалок", "Рұқсат етілмеген үйінділерден шығарылған ірі габаритті қалдықтар", 0.2,
     (300, 2500)),
    ("20 03 06", "Осадок из дождеприемных колодцев ливневой канализации", "Нөсер кәрізі су қабылдағыш құдықтарының тұнбасы", 1.35, (100, 700)),
    ("20 02 02", "Грунт и камни с обочин и от ремонта газонов", "Жол жиектерінен және көгалдарды жөндеуден алынған топырақ пен тастар", 1.5,
     (200, 1200)),
)  # fmt: skip


def wastes_hz1(doc: Doc) -> None:
    """A city sanitation enterprise's report on the wastes it removed from the streets in a year, kept as its trucks count
    them: cubic metres by the city's five districts as sub-columns under a merged header, the total in cubic metres, a
    mean bulk density, and only then the tonnes — the amount — in the last column, a total row (VI: an urban environment
    company's wastes by ward in m3 with the bulk density before the tonnes, no codes, then the hazardous wastes of its
    vehicle workshop in kilograms in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = g("ГКП на ПХВ «Елорда Тазалық» акимата города Астаны", "Астана қаласы әкімдігінің «Елорда Тазалық» ШЖҚ МКК", "")
    doc.h(g(f"Отчет о работах по санитарной очистке территории города Астаны за 2025 год. {operator}",
            f"{operator}. Астана қаласының аумағын санитариялық тазарту жұмыстары туралы 2025 жылғы есеп", ""))
    doc.p(g("Учет вывезенных отходов ведется по путевым листам в кубических метрах (по вместимости кузовов); перевод в тонны выполнен по "
            "средней насыпной плотности, определенной контрольными взвешиваниями на весах полигона.",
            "Шығарылған қалдықтардың есебі жол парақтары бойынша текше метрмен (шанақтардың сыйымдылығы бойынша) жүргізіледі; тоннаға "
            "аудару полигон таразысында бақылау өлшеулерімен анықталған орташа үйме тығыздық бойынша орындалды.", ""))
    head0 = g(["№", "Код", "Вид отхода", "Вывезено с территории районов, м³", None, None, None, None, "Всего, м³",
               "Средняя плотность, т/м³", "Всего, т"],
              ["№", "Коды", "Қалдық түрі", "Аудандар аумағынан шығарылды, м³", None, None, None, None, "Барлығы, м³",
               "Орташа тығыздық, т/м³", "Барлығы, т"], [])
    head1 = [None, None, None, *(d[L] for d in DISTRICTS), None, None, None]
    rows = [head0, head1]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (0, 8, 1, 8), (0, 9, 1, 9), (0, 10, 1, 10)]
    sums, total_t, total_m3 = [0] * len(DISTRICTS), 0.0, 0
    for k, (code, n_ru, n_kk, rho, (lo, hi)) in enumerate(STREET_WASTES, 1):
        vols = [r.randint(lo // 10, hi // 10) * 10 for _ in DISTRICTS]
        m3 = sum(vols)
        t = round(m3 * rho, 1)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, *(num(v, doc.lang) for v in vols), num(m3, doc.lang), num(rho, doc.lang), num(t, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": False, "amount_t": t, "name_contains": _words(name, 3)})
        sums = [a + b for a, b in zip(sums, vols, strict=True)]
        total_t += t
        total_m3 += m3
    rows.append(["", "", g("Итого", "Жиыны", ""), *(num(s, doc.lang) for s in sums), num(total_m3, doc.lang), "", num(round(total_t, 1), doc.lang)])
    doc.table(g("Таблица 4 – Отходы, вывезенные при уборке улиц, в разрезе районов", "4-кесте – Көшелерді жинау кезінде шығарылған қалдықтар, аудандар бөлінісінде", ""),
              rows, merges, role="wastes")
    doc.p(g("Отходы размещены на полигоне ТБО города; крупногабаритные отходы предварительно разобраны на участке сортировки.",
            "Қалдықтар қаланың ҚТҚ полигонына орналастырылды; ірі габаритті қалдықтар алдын ала сұрыптау учаскесінде бөлшектелді.", ""))
    maybe_distractor(doc)


VN_WARDS = {
    "Công ty Cổ phần Môi trường Đô thị Hoàng Mai": ("Hoàng Mai", "Định Công", "Tương Mai", "Lĩnh Nam", "Yên Sở"),
    "Công ty TNHH MTV Dịch vụ Công ích Linh Xuân": ("Linh Xuân", "Thủ Đức", "Hiệp Bình", "Tam Bình", "Long Bình"),
    "Công ty Cổ phần Môi trường Đô thị Liên Chiểu": ("Hòa Khánh", "Liên Chiểu", "Hải Vân", "Thanh Khê", "An Khê"),
}
VN_STREET = (
    ("Chất thải rắn sinh hoạt thu gom từ hộ gia đình, cơ sở kinh doanh", 0.42, (9000, 26000)),
    ("Rác quét đường, vỉa hè", 0.5, (1500, 5000)),
    ("Bùn, đất nạo vét hố ga, cống thoát nước", 1.3, (200, 900)),
    ("Cành cây, lá cây từ công viên và dải phân cách", 0.2, (600, 2400)),
    ("Chất thải cồng kềnh (đồ gỗ, nệm cũ)", 0.15, (150, 900)),
)


def _wastes_hz1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(sorted(VN_WARDS))
    wards = VN_WARDS[company]
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {company.upper()}")
    doc.h("2.3. Kết quả thu gom, vận chuyển chất thải rắn")
    doc.p("Khối lượng thu gom được ghi nhận theo số chuyến và dung tích thùng xe (m³); khối lượng (tấn) được quy đổi theo khối lượng riêng "
          "trung bình xác định tại trạm cân của khu xử lý.")
    rows = [["TT", "Loại chất thải", "Khối lượng thu gom theo phường (m³/năm)", None, None, None, None, "Tổng (m³/năm)",
             "Khối lượng riêng (tấn/m³)", "Tổng (tấn/năm)"],
            [None, None, *(f"Phường {w}" for w in wards), None, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 6), (0, 7, 1, 7), (0, 8, 1, 8), (0, 9, 1, 9)]
    for k, (name, rho, (lo, hi)) in enumerate(VN_STREET, 1):
        vols = [r.randint(lo // 10, hi // 10) * 10 for _ in wards]
        m3 = sum(vols)
        t = round(m3 * rho, 1)
        rows.append([str(k), name, *(num(v, "vi") for v in vols), num(m3, "vi"), num(rho, "vi"), num(t, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
    doc.table("Bảng 2.3. Khối lượng chất thải rắn thông thường thu gom năm 2025", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng (kg/năm)", "Đơn vị tiếp nhận"]]
    for k, code in enumerate(("17 02 03", "18 02 01", "16 01 06", "19 06 01"), 1):
        name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        kg = r.randint(4, 90) * 5
        rows.append([str(k), name, code, num(kg, "vi"), "Công ty TNHH Môi trường Xanh Việt"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": name})
    doc.table("Bảng 2.4. Chất thải nguy hại phát sinh tại xưởng sửa chữa phương tiện", rows, role="wastes")
    maybe_distractor(doc)


# (RU operator, KK operator, boiler houses)
HEAT_OPERATORS = (
    ("ГКП на ПХВ «Семей Жылу Энерго» акимата города Семей", "Семей қаласы әкімдігінің «Семей Жылу Энерго» ШЖҚ МКК", 7),
    ("ТОО «Сарыарқа Жылу Желісі» (г. Караганда)", "«Сарыарқа Жылу Желісі» ЖШС (Қарағанды қ.)", 5),
    ("ГКП на ПХВ «Теміртау Жылу Көзі» акимата города Темиртау", "Теміртау қаласы әкімдігінің «Теміртау Жылу Көзі» ШЖҚ МКК", 4),
)  # fmt: skip
SEASONS = ("2020–2021", "2021–2022", "2022–2023", "2023–2024", "2024–2025")
# (code, RU, KK, (low, high) t a season)
HEAT_WASTES = (
    ("10 01 01", "Золошлаковые отходы (шлак и зола из-под колосниковых решеток)", "Күл-қож қалдықтары (шарбақ торлардың астынан шыққан қож бен күл)",
     (7000, 14000)),
    ("10 01 02", "Зола-унос, уловленная батарейными циклонами", "Батареялық циклондармен ұсталған ұшпа күл", (900, 2600)),
    ("19 09 05", "Отработанные ионообменные смолы (катионит) химводоочистки", "Химиялық су тазартудың пайдаланылған ион алмастырғыш шайырлары (катионит)",
     (0.8, 3.0)),
    ("16 11 06", "Отходы футеровки котлов (шамотный кирпич)", "Қазандықтардың футеровка қалдықтары (шамот кірпіш)", (4, 18)),
    ("17 04 05", "Лом черных металлов (трубы теплосети при перекладке)", "Қара металл сынықтары (жылу желісін қайта төсеу кезіндегі құбырлар)",
     (60, 240)),
    ("17 06 04", "Отходы тепловой изоляции (минераловатные маты)", "Жылу оқшаулағыш қалдықтары (минералды мақта төсемдері)", (8, 30)),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", (1.2, 4.5)),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", (0.05, 0.3)),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", (25, 60)),
)  # fmt: skip


def _season_value(x: float) -> float:
    return float(round(x)) if x >= 100 else round(x, 1) if x >= 1 else round(x, 3)


def _mean_value(values: list[float]) -> float:
    m = sum(values) / len(values)
    return round(m, 1) if m >= 100 else round(m, 2) if m >= 1 else round(m, 4)


def wastes_hz2(doc: Doc) -> None:
    """A coal-fired heating enterprise's waste section in which each waste is given for the last five heating seasons as
    columns under a merged header (`2020–2021` … `2024–2025`) and the amount the programme adopts is the mean of the five in
    the last column, as the heading says, not the last season; the coal burnt in the same seasons follows in a table of no
    role (VI: a hospital laundry's application for a permit, the actual amounts of 2023, 2024 and 2025 and the amount asked
    for, their mean, hazardous wastes in kilograms, ordinary ones in tonnes in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_hz2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    op = doc.pick(HEAT_OPERATORS)
    operator, houses = op[L], op[2]
    doc.h(g(f"Программа управления отходами на 2026–2028 годы. {operator}", f"{operator}. 2026–2028 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("2. Анализ образования отходов", "2. Қалдықтардың түзілуін талдау", ""))
    doc.p(g(f"Предприятие эксплуатирует {houses} угольных котельных и тепловые сети. Количество золошлаковых отходов зависит от продолжительности "
            "и температуры отопительного сезона, поэтому норматив образования на программный период принят как среднее за пять последних "
            "отопительных сезонов.",
            f"Кәсіпорын {houses} көмір қазандығын және жылу желілерін пайдаланады. Күл-қож қалдықтарының мөлшері жылыту маусымының "
            "ұзақтығы мен температурасына байланысты, сондықтан бағдарламалық кезеңге арналған түзілу нормативі соңғы бес жылыту маусымының "
            "орташа мәні ретінде қабылданды.", ""))
    head0 = g(["№", "Код", "Наименование отхода", "Образовано за отопительный сезон, т", None, None, None, None,
               "Норматив образования на 2026–2028 гг. (среднее за пять сезонов), т/год"],
              ["№", "Коды", "Қалдықтың атауы", "Жылыту маусымында түзілді, т", None, None, None, None,
               "2026–2028 жж. түзілу нормативі (бес маусымның орташа мәні), т/жыл"], [])
    rows = [head0, [None, None, None, *SEASONS, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7), (0, 8, 1, 8)]
    for k, (code, n_ru, n_kk, (lo, hi)) in enumerate(HEAT_WASTES, 1):
        base = r.uniform(lo, hi) * houses / 6
        values = [_season_value(base * r.uniform(0.85, 1.15)) for _ in SEASONS]
        mean = _mean_value(values)
        name = (n_ru, n_kk)[L]
        rows.append([str(k), code, name, *(num(v, doc.lang) for v in values), num(mean, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": mean,
                           "name_contains": _words(name.split(" (")[0], 3)})
    doc.table(g("Таблица 2.1 – Образование отходов за пять отопительных сезонов", "2.1-кесте – Бес жылыту маусымындағы қалдықтардың түзілуі", ""),
              rows, merges, role="wastes")
    coal = [g(["Показатель", *SEASONS], ["Көрсеткіш", *SEASONS], []),
            [g("Расход угля, тыс. т", "Көмір шығыны, мың т", ""), *(num(round(r.uniform(30, 60) * houses / 6, 1), doc.lang) for _ in SEASONS)],
            [g("Продолжительность сезона, сут.", "Маусым ұзақтығы, тәул.", ""), *(str(r.randint(196, 214)) for _ in SEASONS)]]
    doc.table(g("Таблица 2.2 – Расход топлива по отопительным сезонам", "2.2-кесте – Жылыту маусымдары бойынша отын шығыны", ""), coal, role="other")
    maybe_distractor(doc)


VN_LAUNDRIES = (
    ("Nhà giặt là tập trung – Bệnh viện Đa khoa tỉnh Phú Thọ", "Bệnh viện Đa khoa tỉnh Phú Thọ"),
    ("Xưởng giặt là y tế Tân Phong", "Công ty TNHH Giặt là Y tế Tân Phong"),
)
VN_LAUNDRY_CTNH = (("18 02 01", "", (80, 240)), ("18 01 03", " đựng hóa chất giặt, tẩy", (150, 600)), ("16 01 06", "", (5, 30)),
                   ("17 02 03", "", (20, 90)))
VN_LAUNDRY_ORDINARY = (("Xơ vải, bụi vải thu từ máy sấy", (1.2, 4.0)), ("Đồ vải hỏng đã khử khuẩn, không tái sử dụng", (0.8, 3.0)),
                       ("Bùn thải từ hệ thống xử lý nước thải giặt là", (6, 20)), ("Tro, xỉ lò hơi đốt viên nén sinh khối", (30, 90)))


def _wastes_hz2_vi(doc: Doc) -> None:
    r = doc.rng
    name, owner = doc.pick(VN_LAUNDRIES)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.p(f"Chủ cơ sở: {owner}. Cơ sở giặt, sấy, là đồ vải cho các bệnh viện với công suất khoảng {r.randint(3, 9)} tấn đồ vải/ngày. Khối "
          "lượng chất thải đề nghị cấp phép được lấy bằng trung bình khối lượng phát sinh thực tế của 03 năm gần nhất.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh thực tế (kg/năm)", None, None, "Khối lượng đề nghị cấp phép (trung bình 03 năm, kg/năm)"],
            [None, None, None, "Năm 2023", "Năm 2024", "Năm 2025", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    for k, (code, tail, (lo, hi)) in enumerate(VN_LAUNDRY_CTNH, 1):
        base_name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        values = [float(r.randint(int(lo), int(hi))) for _ in range(3)]
        mean = round(sum(values) / 3, 1)
        rows.append([str(k), base_name + tail, code, *(num(v, "vi") for v in values), num(mean, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": mean / 1000, "name_contains": base_name})
    doc.table("Bảng 4.1. Chất thải nguy hại", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải", "Năm 2023 (tấn)", "Năm 2024 (tấn)", "Năm 2025 (tấn)", "Khối lượng đề nghị cấp phép (trung bình 03 năm, tấn/năm)"]]
    for k, (cname, (lo, hi)) in enumerate(VN_LAUNDRY_ORDINARY, 1):
        values = [round(r.uniform(lo, hi), 2) for _ in range(3)]
        mean = round(sum(values) / 3, 2)
        rows.append([str(k), cname, *(num(v, "vi") for v in values), num(mean, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": mean, "name_contains": _words(cname, 4)})
    doc.table("Bảng 4.2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# code: technological norm of the КЭР, mg/Nm3 at 11 % O2
CREM_NORMS = {"2902": 20, "0301": 400, "0337": 100, "0330": 200, "0316": 30, "0183": 0.1}
# share of the cycle's mean at each stage
CREM_STAGES = (
    ("Загрузка гроба и розжиг", "Табытты салу және тұтату", "0–15", 14.6,
     {"2902": 1.6, "0301": 0.6, "0337": 2.4, "0330": 0.8, "0316": 0.7, "0183": 0.3}),
    ("Основное сжигание", "Негізгі жағу", "15–55", 11.4, {"2902": 1.1, "0301": 1.3, "0337": 0.7, "0330": 1.2, "0316": 1.3, "0183": 1.5}),
    ("Дожигание и охлаждение", "Кейін жағу және салқындату", "55–90", 16.8,
     {"2902": 0.4, "0301": 0.8, "0337": 0.4, "0330": 0.7, "0316": 0.6, "0183": 0.5}),
)  # fmt: skip


def limits_hz1(doc: Doc) -> None:
    """A protocol of measurements at a crematorium's cremators over one whole cremation cycle: the substances as columns
    over a row of their codes, a row spanning the table per cremator's stack (`ИЗА 0001 – …`), under it a row per stage of
    the cycle — loading and ignition, main burning, afterburning — with the minutes and the O2 and values of no norm
    (carbon monoxide at loading often above the norm), then the cycle's mean reduced to 11 % O2, which alone is judged
    against the КЭР's technological norms given in the last row of the table, a cremator under repair written across its
    row (VI: a crematorium's stacks `KT1`, `KT2` in the same stages against the Cmax of QCVN 19:2009/BTNMT column B with Kp
    and Kv = 0,6 of an urban area)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c = doc.pick(CEMETERIES)
    name, operator, furnaces = c[L], c[2 + L], c[12]
    repair = furnaces if furnaces > 2 else None
    doc.h(g(f"Протокол инструментальных измерений выбросов № {r.randint(20, 90)}-Э/2025. Крематорий. {name}",
            f"{name}. Крематорий. Шығарындыларды аспаптық өлшеу хаттамасы № {r.randint(20, 90)}-Э/2025", ""))
    doc.p(g(f"Заказчик: {operator}. Отбор проб выполнен в газоходах кремационных печей после камер дожигания в течение полного цикла "
            "кремации (90 мин); по каждой стадии цикла отобрано по две пробы. Нормативы КЭР установлены для средних за цикл концентраций, "
            "приведенных к нормальным условиям и 11 % O2; значения по отдельным стадиям цикла нормированию не подлежат.",
            f"Тапсырыс беруші: {operator}. Сынамалар кремациялық пештердің газ жолдарында кейін жағу камераларынан кейін кремацияның толық "
            "циклі (90 мин) бойы алынды; циклдің әр сатысы бойынша екі сынамадан алынды. КЭР нормативтері қалыпты жағдайларға және 11 % "
            "O2-ге келтірілген цикл бойынша орташа концентрациялар үшін белгіленген; циклдің жекелеген сатылары бойынша мәндер "
            "нормалануға жатпайды.", ""))
    codes = list(CREM_NORMS)
    width = 3 + len(codes)
    rows = [[g("Стадия цикла кремации", "Кремация циклінің сатысы", ""), g("Время от начала цикла, мин", "Цикл басталғаннан бергі уақыт, мин", ""),
             "O2, %", *(_air(doc, k) for k in codes)],
            [None, None, None, *codes]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)]
    sources = []
    for f in range(1, furnaces + 1):
        number = f"{f:04d}"
        sources.append(number)
        _span(rows, merges, g(f"ИЗА {number} – дымовая труба кремационной печи № {f}", f"{number} ЛШК – № {f} кремациялық пештің түтін мұржасы", ""), width)
        if f == repair:
            rows.append([g("Печь в ремонте (замена футеровки), измерения не проводились", "Пеш жөндеуде (футеровканы ауыстыру), өлшеулер жүргізілген жоқ", ""),
                         *[None] * (width - 1)])
            merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))
            continue
        means = {}
        for k in codes:
            lo, hi = (0.05, 0.6) if k == "0183" else (0.25, 0.85)
            means[k] = _sig(CREM_NORMS[k] * r.uniform(lo, hi), 2 if k == "0183" else 3)
        for s_ru, s_kk, minutes, o2, share in CREM_STAGES:
            rows.append([(s_ru, s_kk)[L], minutes, num(round(o2 + r.uniform(-0.8, 0.8), 1), doc.lang),
                         *(num(_sig(means[k] * share[k] * r.uniform(0.9, 1.1), 3), doc.lang) for k in codes)])
        rows.append([g("Среднее за цикл (приведено к 11 % O2)", "Цикл бойынша орташа (11 % O2-ге келтірілген)", ""), "0–90", "11,0",
                     *(num(means[k], doc.lang) for k in codes)])
        for k in codes:
            add(doc, limit(("code", k), "flue_gas", CREM_NORMS[k], "mg/Nm3", None, number, means[k]))
    rows.append([g("Технологический норматив (КЭР), мг/Нм³, при 11 % O2", "Технологиялық норматив (КЭР), мг/Нм³, 11 % O2 кезінде", ""), None, None,
                 *(num(CREM_NORMS[k], doc.lang) for k in codes)])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table(g("Таблица 1 – Результаты измерений, мг/Нм³", "1-кесте – Өлшеу нәтижелері, мг/Нм³", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    doc.p(g("Средние за цикл концентрации не превышают технологических нормативов.", "Цикл бойынша орташа концентрациялар технологиялық нормативтерден аспайды.", ""))
    maybe_distractor(doc)


# code: (VI label, C of QCVN 19:2009/BTNMT column B)
QCVN19_CREM = {"2902": ("Bụi tổng", 200), "0330": ("SO2", 500), "0301": ("NOx (tính theo NO2)", 850), "0337": ("CO", 1000), "0316": ("HCl", 50)}
VN_STAGES = (("Đưa quan tài vào lò, mồi đốt", {"2902": 1.6, "0330": 0.8, "0301": 0.6, "0337": 2.3, "0316": 0.7}),
             ("Đốt chính", {"2902": 1.1, "0330": 1.2, "0301": 1.3, "0337": 0.7, "0316": 1.3}),
             ("Đốt kết thúc, làm nguội", {"2902": 0.4, "0330": 0.7, "0301": 0.8, "0337": 0.4, "0316": 0.6}))


def _limits_hz1_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, _, _, _, furnaces, _ = doc.pick(VN_CREMATORIA)
    kp, kv = 1.0, 0.6
    stacks = min(3, max(1, furnaces // 2))
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ QUÝ {doc.pick(('I', 'II', 'III', 'IV'))} NĂM 2025 – {name.upper()}")
    doc.p(f"Đơn vị quản lý: {company}. Mẫu được lấy liên tục trong suốt một chu kỳ hỏa táng (khoảng 90 phút) theo từng giai đoạn; giá trị so sánh "
          "với quy chuẩn là giá trị trung bình của cả chu kỳ. Quy chuẩn áp dụng: QCVN 19:2009/BTNMT cột B, Kp = 1,0 (lưu lượng dưới 20.000 m³/h), "
          "Kv = 0,6 (nội thành đô thị loại đặc biệt).")
    codes = list(QCVN19_CREM)
    width = 2 + len(codes)
    rows = [["Vị trí, giai đoạn lấy mẫu", "O2 (%)", *(f"{QCVN19_CREM[k][0]} (mg/Nm³)" for k in codes)]]
    merges = []
    for s in range(1, stacks + 1):
        pid = f"KT{s}"
        _span(rows, merges, f"{pid} – Ống khói lò số {2 * s - 1} và số {2 * s}" if furnaces > 1 else f"{pid} – Ống khói lò số 1", width)
        means = {k: _sig(QCVN19_CREM[k][1] * kp * kv * r.uniform(0.15, 0.7), 3) for k in codes}
        for label, share in VN_STAGES:
            rows.append([label, num(round(r.uniform(11, 17), 1), "vi"), *(num(_sig(means[k] * share[k] * r.uniform(0.9, 1.1), 3), "vi") for k in codes)])
        rows.append(["Trung bình chu kỳ đốt", num(round(r.uniform(12, 14), 1), "vi"), *(num(means[k], "vi") for k in codes)])
        for k in codes:
            add(doc, limit(("code", k), "flue_gas", _sig(QCVN19_CREM[k][1] * kp * kv, 6), "mg/Nm3", "B", pid, means[k]))
    rows.append(["QCVN 19:2009/BTNMT cột B – Cmax = C × Kp × Kv", "-", *(num(_sig(QCVN19_CREM[k][1] * kp * kv, 6), "vi") for k in codes)])
    doc.table("Bảng 2. Kết quả phân tích khí thải lò hỏa táng", rows, merges, role="limits")
    doc.p("Nhận xét: giá trị trung bình chu kỳ của các thông số đều nằm trong giới hạn cho phép.")
    maybe_distractor(doc)


# (point, RU address, KK address, RU boilers, KK boilers, old boilers converted to gas)
ASTANA_BOILERS = (
    ("К-1", "ул. Кенесары, 52", "Кенесары к-сі, 52", "КВ-ГМ-10-150 (2 шт.)", "КВ-ГМ-10-150 (2 дана)", False),
    ("К-2", "ул. Бейбітшілік, 25", "Бейбітшілік к-сі, 25", "Vitomax 200-HW (3 шт.)", "Vitomax 200-HW (3 дана)", False),
    ("К-3", "пр. Абая, 88", "Абай даңғ., 88", "КВ-ГМ-20-150 (2 шт.)", "КВ-ГМ-20-150 (2 дана)", False),
    ("К-4", "ул. Жумабека Омарова, 12", "Жұмабек Омаров к-сі, 12", "ДКВР-10/13* (3 шт.)", "ДКВР-10/13* (3 дана)", True),
    ("К-5", "ул. Шакена Айманова, 9", "Шәкен Айманов к-сі, 9", "Buderus Logano S825L (2 шт.)", "Buderus Logano S825L (2 дана)", False),
    ("К-6", "ул. Акмешит, 3", "Ақмешіт к-сі, 3", "КВ-ГМ-10-150 (2 шт.)", "КВ-ГМ-10-150 (2 дана)", False),
    ("К-7", "ул. Пушкина, 166", "Пушкин к-сі, 166", "ДКВР-10/13* (2 шт.)", "ДКВР-10/13* (2 дана)", True),
)  # fmt: skip
GAS_NORMS = {"0301": (150, 250), "0304": (25, 40), "0337": (100, 150)}


def limits_hz2(doc: Doc) -> None:
    """A heating enterprise's report on the measurements at the stacks of its district gas boiler houses, a row per boiler
    house `К-4 (ул. …)` with its boilers, load and O2, the nitrogen oxides and carbon monoxide as columns, the technological
    norms in a row under the header `для котлов, не отмеченных *`, while the old boilers converted from coal to gas carry a
    star in the boilers' cell and their own, higher norms only in the footnote under the table; a boiler house in reserve
    written across its row (VI: an urban environment company's transfer stations' leachate against the Cmax of QCVN
    40:2011/BTNMT column B in a row under the header, one station marked `(*)` whose column A limits stand only in the
    footnote)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_hz2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = g("ГКП на ПХВ «Елорда Жылу Желісі» акимата города Астаны", "Астана қаласы әкімдігінің «Елорда Жылу Желісі» ШЖҚ МКК", "")
    q = doc.pick(("I", "IV"))
    doc.h(g(f"Отчет по производственному экологическому контролю за {q} квартал 2025 года. {operator}",
            f"{operator}. 2025 жылғы {q} тоқсандағы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.h(g("3.1. Контроль на источниках выбросов квартальных котельных", "3.1. Орамдық қазандықтардың шығарынды көздеріндегі бақылау", ""))
    doc.p(g("Измерения выполнены аккредитованной лабораторией на дымовых трубах котельных, работающих на природном газе; результаты приведены "
            "к нормальным условиям и 3 % O2.",
            "Өлшеулерді аккредиттелген зертхана табиғи газбен жұмыс істейтін қазандықтардың түтін мұржаларында орындады; нәтижелер қалыпты "
            "жағдайларға және 3 % O2-ге келтірілген.", ""))
    codes = list(GAS_NORMS)
    reserve = doc.pick([b[0] for b in ASTANA_BOILERS if not b[5]])
    rows = [[g("Котельная (точка отбора)", "Қазандық (сынама алу нүктесі)", ""), g("Установленные котлы", "Орнатылған қазандықтар", ""),
             g("Нагрузка, % от номинальной", "Жүктеме, номиналдан %", ""), "O2, %", *(f"{_air(doc, k)} ({k}), мг/Нм³" for k in codes)],
            [g("Технологический норматив, мг/Нм³ (для котлов, не отмеченных *)", "Технологиялық норматив, мг/Нм³ (* белгіленбеген қазандықтар үшін)", ""),
             None, "–", "–", *(num(GAS_NORMS[k][0], doc.lang) for k in codes)]]
    merges = [(1, 0, 1, 1)]
    for pid, a_ru, a_kk, b_ru, b_kk, old in ASTANA_BOILERS:
        label = f"{pid} ({(a_ru, a_kk)[L]})"
        if pid == reserve:
            rows.append([label, (b_ru, b_kk)[L], g("в резерве, измерения не проводились", "резервте, өлшеулер жүргізілген жоқ", ""), None, None, None, None])
            merges.append((len(rows) - 1, 2, len(rows) - 1, 6))
            continue
        line = [label, (b_ru, b_kk)[L], str(r.randint(55, 95)), num(round(r.uniform(2.8, 6.5), 1), doc.lang)]
        for k in codes:
            norm = GAS_NORMS[k][1 if old else 0]
            share = r.uniform(0.55, 0.95) if old else r.uniform(0.25, 0.85)
            v = round(norm * share, 1) if k == "0304" else float(round(norm * share))
            line.append(num(v, doc.lang))
            add(doc, limit(("code", k), "flue_gas", norm, "mg/Nm3", None, pid, v))
        rows.append(line)
    doc.table(g("Таблица 3.1 – Результаты измерений на дымовых трубах котельных", "3.1-кесте – Қазандықтардың түтін мұржаларындағы өлшеу нәтижелері", ""),
              rows, merges, role="limits")
    doc.p(g("* Котлы ДКВР-10/13, переведенные с угля на природный газ (котельные К-4 и К-7): технологические нормативы – азота диоксид 250 мг/Нм³, "
            "азот (II) оксид 40 мг/Нм³, углерод оксид 150 мг/Нм³.",
            "* Көмірден табиғи газға ауыстырылған ДКВР-10/13 қазандықтары (К-4 және К-7 қазандықтары): технологиялық нормативтер – азот диоксиді "
            "250 мг/Нм³, азот оксиді 40 мг/Нм³, көміртек оксиді 150 мг/Нм³.", ""))
    maybe_distractor(doc)


# symbol: (VI label, unit, column B, column A) — QCVN 40:2011/BTNMT
QCVN40_TT = {"pH": ("pH", None, (5.5, 9), (6, 9)), "BOD5": ("BOD5 (20°C)", "mg/l", 50, 30), "COD": ("COD", "mg/l", 150, 75),
             "TSS": ("Chất rắn lơ lửng (TSS)", "mg/l", 100, 50), "NH4+": ("Amoni (tính theo N)", "mg/l", 10, 5),
             "Coliform": ("Tổng Coliforms", "MPN/100ml", 5000, 3000)}
KQ, KF = 1.0, 1.2


def _cmax(symbol: str, col: int):
    v = QCVN40_TT[symbol][2 + col]
    return v if symbol in ("pH", "Coliform") else _sig(v * KQ * KF, 6)


def _limit_text(v) -> str:
    return f"{num(v[0], 'vi')} – {num(v[1], 'vi')}" if isinstance(v, tuple) else num(v, "vi")


def _limits_hz2_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(sorted(VN_WARDS))
    wards = VN_WARDS[company][:4]
    marked = r.randrange(len(wards))
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI CÁC TRẠM TRUNG CHUYỂN NĂM 2025 – {company.upper()}")
    doc.p("Nước rỉ rác và nước rửa xe của các trạm được xử lý sơ bộ tại chỗ trước khi xả ra nguồn tiếp nhận. Ngày lấy mẫu: "
          f"{r.randint(5, 25):02d}/{r.choice((6, 9, 11)):02d}/2025.")
    keys = list(QCVN40_TT)
    rows = [["Ký hiệu, vị trí lấy mẫu", *(QCVN40_TT[s][0] for s in keys)],
            ["Đơn vị", *(QCVN40_TT[s][1] or "-" for s in keys)],
            [f"QCVN 40:2011/BTNMT cột B – Cmax (Kq = {num(KQ, 'vi')}; Kf = {num(KF, 'vi')})", *(_limit_text(_cmax(s, 0)) for s in keys)]]
    for k, w in enumerate(wards):
        pid = f"TT{k + 1}"
        col = 1 if k == marked else 0
        line = [f"{pid} – Trạm trung chuyển {w}" + (" (*)" if col else "")]
        for s in keys:
            lim = _cmax(s, col)
            if s == "pH":
                v = round(r.uniform(6.6, 8.3), 1)
            elif s == "Coliform":
                v = float(r.choice((430, 930, 1500, 2100, 2400)))
            else:
                v = _sig(lim * r.uniform(0.3, 0.9), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("symbol", s), "waste_water", lim, QCVN40_TT[s][1], "A" if col else "B", pid, v))
        rows.append(line)
    doc.table("Bảng 3. Kết quả phân tích nước thải sau xử lý sơ bộ tại các trạm trung chuyển", rows, role="limits")
    a = {s: _limit_text(_cmax(s, 1)) for s in keys}
    doc.p(f"(*) Trạm TT{marked + 1} xả nước thải vào kênh dẫn là nguồn nước được dùng cho mục đích cấp nước sinh hoạt nên áp dụng QCVN "
          f"40:2011/BTNMT cột A với Kq = {num(KQ, 'vi')}; Kf = {num(KF, 'vi')}: pH {a['pH']}; BOD5 {a['BOD5']} mg/l; COD {a['COD']} mg/l; "
          f"TSS {a['TSS']} mg/l; Amoni {a['NH4+']} mg/l; Tổng Coliforms {a['Coliform']} MPN/100ml.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# ((RU district, KK district), [(RU place, KK place, (RU key, KK key))])
SNOW_DUMPS = (
    (("Район Алматы", "Алматы ауданы"), [
        ("снегосвалка по ул. Ақжол, 112/1", "Ақжол к-сі, 112/1 мекенжайындағы қар үйіндісі", ("Ақжол", "Ақжол")),
        ("снегосвалка по ул. Алаш, 40 (бывший песчаный карьер)", "Алаш к-сі, 40 мекенжайындағы қар үйіндісі (бұрынғы құм карьері)", ("Алаш", "Алаш"))]),
    (("Район Сарыарка", "Сарыарқа ауданы"), [
        ("снегосвалка по ул. Ахмета Жубанова, 27", "Ахмет Жұбанов к-сі, 27 мекенжайындағы қар үйіндісі", ("Жубанова", "Жұбанов"))]),
    (("Район Есиль", "Есіл ауданы"), [
        ("снегосвалка у Коргалжинского шоссе, 15 км (левая сторона)", "Қорғалжын тас жолы бойындағы қар үйіндісі, 15 км (сол жағы)",
         ("Коргалжин", "Қорғалжын"))]),
    (("Район Нура", "Нұра ауданы"), [
        ("снегосвалка по ул. Тұран, 110 (пойма р. Нура)", "Тұран к-сі, 110 мекенжайындағы қар үйіндісі (Нұра өзенінің жайылмасы)", ("Тұран", "Тұран"))]),
)  # fmt: skip
# (RU component, KK component, [(kind, key)], (snow season, melt and summer))
SNOW_COMPONENTS = (
    ("Атмосферный воздух на границе СЗЗ", "СҚА шекарасындағы атмосфералық ауа", [("code", "2902"), ("code", "0301"), ("code", "0337")],
     ("monthly", None)),
    ("Талые воды (водоотводная канава)", "Еріген су (су бұру арығы)", [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "TPH"), ("symbol", "Cl-")],
     (None, "monthly")),
    ("Почва по периметру снегосвалки", "Қар үйіндісі периметріндегі топырақ", [("soil", "Pb"), ("soil", "Zn"), ("soil", "TPH")], (None, "yearly")),
)  # fmt: skip
SNOW_SAID = {
    ("monthly", 0): ("ежемесячно", "ай сайын"),
    ("monthly", 1): ("ежемесячно (апрель – май)", "ай сайын (сәуір – мамыр)"),
    ("yearly", 1): ("1 раз в год (май, после схода снега)", "жылына 1 рет (мамыр, қар кеткеннен кейін)"),
}


def _param_name(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return _air(doc, key, 1 if doc.lang == "vi" else 0)
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


def monitoring_hz1(doc: Doc) -> None:
    """A city's programme of monitoring at its snow dumps, where the places are only street addresses with no point codes,
    grouped under rows naming the city's district, each address merged down over its components (air at the protection
    zone's boundary, melt water in the drainage ditch, soil around the dump) and two frequency columns under a merged
    header — the season of receiving snow and the season of melting and summer — holding the frequency or `не проводится`
    (VI: an urban environment company's waste collection points by street under ward rows, the dry and the rainy season)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    doc.h(g("Программа экологического мониторинга на снегосвалках города Астаны на 2025–2026 годы",
            "Астана қаласының қар үйінділеріндегі 2025–2026 жылдарға арналған экологиялық мониторинг бағдарламасы", ""))
    doc.p(g("Мониторинг выполняется за счет средств местного бюджета аккредитованной лабораторией по договору с ГУ «Управление коммунального "
            "хозяйства города Астаны». Точки отбора проб привязаны к адресам снегосвалок, утвержденных постановлением акимата.",
            "Мониторингті «Астана қаласының Коммуналдық шаруашылық басқармасы» ММ-мен шарт бойынша аккредиттелген зертхана жергілікті "
            "бюджет қаражаты есебінен жүргізеді. Сынама алу нүктелері әкімдік қаулысымен бекітілген қар үйінділерінің мекенжайларына "
            "байланған.", ""))
    rows = [g(["№", "Место наблюдения (адрес снегосвалки)", "Компонент", "Определяемые показатели", "Периодичность", None],
              ["№", "Бақылау орны (қар үйіндісінің мекенжайы)", "Құрамдас", "Анықталатын көрсеткіштер", "Кезеңділігі", None], []),
            g([None, None, None, None, "в период приема снега (ноябрь – март)", "в период снеготаяния и летний период (апрель – октябрь)"],
              [None, None, None, None, "қар қабылдау кезеңінде (қараша – наурыз)", "қар еру кезеңінде және жазғы кезеңде (сәуір – қазан)"], [])]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    none = g("не проводится", "жүргізілмейді", "")
    n = 0
    for (d_ru, d_kk), dumps in SNOW_DUMPS:
        _span(rows, merges, (d_ru, d_kk)[L], 6)
        for p_ru, p_kk, keys in dumps:
            n += 1
            comps = [c for c in SNOW_COMPONENTS if c[3][0] is None or r.random() < 0.7]
            start = len(rows)
            for j, (c_ru, c_kk, items, words) in enumerate(comps):
                cells = [SNOW_SAID[(w, k)][L] if w else none for k, w in enumerate(words)]
                rows.append([str(n) if j == 0 else None, (p_ru, p_kk)[L] if j == 0 else None, (c_ru, c_kk)[L],
                             ", ".join(_param_name(doc, kind, key) for kind, key in items), *cells])
                for w in words:
                    if w:
                        for kind, key in items:
                            doc.add("monitoring", {"point_contains": keys[L], ("code" if kind == "code" else "symbol"): key, "frequency": w})
            if len(comps) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table(g("Таблица 1 – Места наблюдений, показатели и периодичность", "1-кесте – Бақылау орындары, көрсеткіштер және кезеңділігі", ""),
              rows, merges, role="monitoring")
    doc.p(g("Пробы почвы отбираются методом конверта с глубины 0–5 см; фоновая проба – на расстоянии 500 м от снегосвалки.",
            "Топырақ сынамалары 0–5 см тереңдіктен конверт әдісімен алынады; фондық сынама – қар үйіндісінен 500 м қашықтықта.", ""))
    maybe_distractor(doc)


VN_GATHER = {
    "Công ty Cổ phần Môi trường Đô thị Hoàng Mai": (
        ("Hoàng Mai", (("Điểm tập kết rác đường Tam Trinh (gần số 120)", "Tam Trinh"), ("Điểm tập kết rác cổng chợ Mai Động", "Mai Động"))),
        ("Định Công", (("Điểm tập kết rác ngõ 300 Kim Giang", "Kim Giang"),)),
        ("Tương Mai", (("Điểm tập kết rác đường Trương Định (chợ Tương Mai)", "Trương Định"),))),
    "Công ty TNHH MTV Dịch vụ Công ích Linh Xuân": (
        ("Linh Xuân", (("Điểm tập kết rác Quốc lộ 1K (ngã ba Linh Xuân)", "Quốc lộ 1K"),)),
        ("Thủ Đức", (("Điểm tập kết rác đường Võ Văn Ngân (chợ Thủ Đức)", "Võ Văn Ngân"),)),
        ("Hiệp Bình", (("Điểm tập kết rác gầm cầu Bình Lợi, đường Phạm Văn Đồng", "Bình Lợi"), ("Điểm tập kết rác đường Hiệp Bình (số 45)", "Hiệp Bình (số 45)")))),
    "Công ty Cổ phần Môi trường Đô thị Liên Chiểu": (
        ("Hòa Khánh", (("Điểm tập kết rác đường Âu Cơ (chợ Hòa Khánh)", "Âu Cơ"),)),
        ("Liên Chiểu", (("Điểm tập kết rác đường Nguyễn Lương Bằng (số 512)", "Nguyễn Lương Bằng"),)),
        ("Thanh Khê", (("Điểm tập kết rác đường Hà Huy Tập (chợ Hà Huy Tập)", "Hà Huy Tập"),))),
}  # fmt: skip
VN_GATHER_COMPONENTS = (
    ("Không khí xung quanh", [("code", "2902"), ("code", "0303"), ("code", "0333")], ("monthly", "quarterly")),
    ("Nước mưa chảy tràn tại điểm", [("symbol", "pH"), ("symbol", "TSS"), ("symbol", "COD"), ("symbol", "Coliform")], (None, "monthly")),
)


def _monitoring_hz1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(sorted(VN_GATHER))
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG TẠI CÁC ĐIỂM TẬP KẾT CHẤT THẢI RẮN SINH HOẠT NĂM 2026 – {company.upper()}")
    doc.p("Các điểm quan trắc được xác định theo địa chỉ điểm tập kết đã được Ủy ban nhân dân phường chấp thuận; chưa gán ký hiệu điểm.")
    rows = [["TT", "Vị trí quan trắc (địa chỉ)", "Thành phần", "Thông số", "Tần suất", None],
            [None, None, None, None, "Mùa khô (tháng 11 – tháng 4)", "Mùa mưa (tháng 5 – tháng 10)"]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    n = 0
    for ward, points in VN_GATHER[company]:
        _span(rows, merges, f"Phường {ward}", 6)
        for place, key in points:
            n += 1
            comps = [c for c in VN_GATHER_COMPONENTS if c[2][0] is None or r.random() < 0.8]
            start = len(rows)
            for j, (comp, items, words) in enumerate(comps):
                cells = [freq(doc, w) if w else "Không thực hiện" for w in words]
                rows.append([str(n) if j == 0 else None, place if j == 0 else None, comp, ", ".join(_param_name(doc, kind, key2) for kind, key2 in items),
                             *cells])
                for w in words:
                    if w:
                        for kind, key2 in items:
                            doc.add("monitoring", {"point_contains": key, kind: key2, "frequency": w})
            if len(comps) > 1:
                merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 05:2023/BTNMT, QCVN 06:2009/BTNMT (không khí); QCVN 08:2023/BTNMT (nước mưa chảy tràn).")
    maybe_distractor(doc)


# boiler house numbers of each operator's stacks
HOUSE_NUMBERS = (3, 7, 12, 15)
LAB_CODES = ("0301", "0304", "0330", "0337", "2908")


def monitoring_hz2(doc: Doc) -> None:
    """A coal-fired heating enterprise's plan of control at its boiler houses' stacks in two tables that split it by who
    measures: first the enterprise's own express control with a portable gas analyser, the gases written as formulas (`CO,
    NO, NO2, SO2, O2`) monthly in the heating season, then the accredited laboratory's sampling by contract, the same
    stacks with the substances as `код – наименование` quarterly, benzo(a)pyrene once a year at the largest stack and two
    boundary points; a stack thus carries the same substance at two frequencies in two tables (VI: a hospital laundry's
    self-monitoring with its own quick instruments — daily pH, weekly COD — and the periodic monitoring by a certified
    firm)."""
    r = doc.rng
    if doc.lang == "vi":
        _monitoring_hz2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    op = doc.pick(HEAT_OPERATORS)
    operator = op[L]
    houses = HOUSE_NUMBERS[: min(4, op[2])]
    doc.h(g(f"Программа производственного экологического контроля. {operator}", f"{operator}. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("5. Мониторинг эмиссий на источниках выбросов", "5. Шығарынды көздеріндегі эмиссиялар мониторингі", ""))
    doc.p(g("Контроль на источниках ведется в течение отопительного сезона (октябрь – апрель) двумя способами: собственным экспресс-контролем "
            "службы наладки (таблица 5.1) и отбором проб аккредитованной лабораторией по договору (таблица 5.2).",
            "Көздердегі бақылау жылыту маусымы бойы (қазан – сәуір) екі тәсілмен жүргізіледі: баптау қызметінің өз экспресс-бақылауымен "
            "(5.1-кесте) және шарт бойынша аккредиттелген зертхананың сынама алуымен (5.2-кесте).", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Контролируемые параметры", "Средство измерения", "Периодичность"],
              ["ЛШК №", "Шығарынды көзі", "Бақыланатын параметрлер", "Өлшеу құралы", "Кезеңділігі"], [])]
    gases = (("0337", "CO"), ("0304", "NO"), ("0301", "NO2"), ("0330", "SO2"))
    pairs: set[tuple[str, str]] = set()
    numbers = []
    for k, h in enumerate(houses, 1):
        number = f"{k:04d}"
        numbers.append(number)
        rows.append([number, g(f"Дымовая труба котельной № {h}", f"№ {h} қазандықтың түтін мұржасы", ""), ", ".join(f for _, f in gases) + ", O2",
                     g("газоанализатор Testo 350", "Testo 350 газоанализаторы", ""),
                     g("ежемесячно в отопительный период", "жылыту кезеңінде ай сайын", "")])
        for c, _ in gases:
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": "monthly"})
            pairs.add((number, c))
    doc.table(g("Таблица 5.1 – Собственный экспресс-контроль", "5.1-кесте – Өзіндік экспресс-бақылау", ""), rows, role="monitoring")
    lab = g("ТОО «ЭкоЛаб Сервис» (аттестат аккредитации KZ.T.10.1547)", "«ЭкоЛаб Сервис» ЖШС (аккредиттеу аттестаты KZ.T.10.1547)", "")
    rows = [g(["№ ИЗА, точки", "Место отбора", "Определяемые вещества (код – наименование)", "Периодичность", "Исполнитель"],
              ["ЛШК, нүкте №", "Сынама алу орны", "Анықталатын заттар (коды – атауы)", "Кезеңділігі", "Орындаушы"], [])]
    for k, h in enumerate(houses, 1):
        number = f"{k:04d}"
        rows.append([number, g(f"Дымовая труба котельной № {h}", f"№ {h} қазандықтың түтін мұржасы", ""),
                     "; ".join(f"{c} – {_air(doc, c)}" for c in LAB_CODES), freq(doc, "quarterly"), lab])
        for c in LAB_CODES:
            doc.add("monitoring", {"source_number": number, "code": c, "frequency": "quarterly"})
            pairs.add((number, c))
    big = "0001"
    rows.append([big, g(f"Дымовая труба котельной № {houses[0]}", f"№ {houses[0]} қазандықтың түтін мұржасы", ""), f"0703 – {_air(doc, '0703')}",
                 g("1 раз в год (январь)", "жылына 1 рет (қаңтар)", ""), lab])
    doc.add("monitoring", {"source_number": big, "code": "0703", "frequency": "yearly"})
    pairs.add((big, "0703"))
    sides = r.sample(g(["север", "восток", "юг"], ["солтүстік", "шығыс", "оңтүстік"], []), 2)
    for t, side in zip(("Т-1", "Т-2"), sides, strict=True):
        rows.append([t, g(f"граница СЗЗ котельной № {houses[0]} ({side})", f"№ {houses[0]} қазандықтың СҚА шекарасы ({side})", ""),
                     "; ".join(f"{c} – {_air(doc, c)}" for c in ("0301", "0330", "2902")), freq(doc, "quarterly"), lab])
        for c in ("0301", "0330", "2902"):
            doc.add("monitoring", {"point": t, "code": c, "frequency": "quarterly"})
    doc.table(g("Таблица 5.2 – Контроль аккредитованной лабораторией", "5.2-кесте – Аккредиттелген зертхананың бақылауы", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in sorted(pairs)))
    maybe_distractor(doc)


def _monitoring_hz2_vi(doc: Doc) -> None:
    name, owner = doc.pick(VN_LAUNDRIES)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {name.upper()}")
    doc.p(f"Chủ cơ sở: {owner}. Cơ sở thực hiện hai hình thức: tự quan trắc bằng thiết bị đo nhanh của cơ sở (Bảng 5.1) và quan trắc định kỳ do "
          "đơn vị có Giấy chứng nhận đủ điều kiện hoạt động dịch vụ quan trắc môi trường (VIMCERTS) thực hiện (Bảng 5.2).")
    own = (("KT1 – Ống khói lò hơi đốt viên nén sinh khối", [("code", "0337"), ("code", "0301"), ("code", "0330")], "CO, NO2, SO2, O2",
            "Máy đo khí cầm tay", "monthly"),
           ("NT1 – Nước thải sau hệ thống xử lý, trước khi đấu nối", [("symbol", "pH")], "pH, nhiệt độ", "Máy đo pH cầm tay", "daily"),
           ("NT1 – Nước thải sau hệ thống xử lý, trước khi đấu nối", [("symbol", "COD")], "COD", "Bộ test nhanh COD", "weekly"))
    rows = [["Vị trí", "Thông số", "Thiết bị", "Tần suất"]]
    for place, items, said, device, word in own:
        rows.append([place, said, device, _fw(doc, word)])
        for kind, key in items:
            doc.add("monitoring", {"point": place.split(" ")[0], kind: key, "frequency": word})
    doc.table("Bảng 5.1. Tự quan trắc của cơ sở", rows, role="monitoring")
    periodic = (("KT1 – Ống khói lò hơi", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")], "semiannual",
                 "QCVN 19:2009/BTNMT cột B"),
                ("NT1 – Nước thải sau hệ thống xử lý", [("symbol", s) for s in ("pH", "BOD5", "COD", "TSS", "NH4+", "Surfactants", "Coliform")],
                 "quarterly", "QCVN 40:2011/BTNMT cột B"))
    rows = [["Vị trí", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    for place, items, word, std in periodic:
        rows.append([place, ", ".join(_param_name(doc, kind, key) for kind, key in items), freq(doc, word), std])
        for kind, key in items:
            doc.add("monitoring", {"point": place.split(" ")[0], kind: key, "frequency": word})
    doc.table("Bảng 5.2. Quan trắc định kỳ", rows, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU object, KK object, RU streets, KK streets, RU what, KK what, frequency, RU said, KK said, RU checker, KK checker)
STREET_CHECKS = (
    ("Магистральные улицы общегородского значения (I категория)", "Жалпықалалық маңызы бар магистральдық көшелер (I санат)",
     "пр. Тұран, пр. Мәңгілік Ел, пр. Абая, ул. Кенесары", "Тұран даңғ., Мәңгілік Ел даңғ., Абай даңғ., Кенесары к-сі",
     "чистота проезжей части и лотков, вывоз смета, отсутствие наледи на остановках",
     "жүріс бөлігі мен науалардың тазалығы, сыпырындыны шығару, аялдамаларда көктайғақтың болмауы", "daily",
     "ежедневно, до 7:00", "күн сайын, сағат 7:00-ге дейін", "мастер участка уборки", "жинау учаскесінің шебері"),
    ("Магистральные улицы районного значения (II категория)", "Аудандық маңызы бар магистральдық көшелер (II санат)",
     "ул. Сарыарка, ул. Бейбітшілік, ул. Иманова", "Сарыарқа к-сі, Бейбітшілік к-сі, Иманов к-сі",
     "механизированная уборка, состояние и наполнение урн", "механикаландырылған жинау, қоқыс жәшіктерінің жай-күйі мен толуы", "weekly",
     "еженедельно (по вторникам)", "апта сайын (сейсенбі күндері)", "начальник района уборки", "жинау ауданының бастығы"),
    ("Улицы и проезды в жилой застройке (III категория)", "Тұрғын үй құрылысындағы көшелер мен өтпе жолдар (III санат)",
     "внутриквартальные проезды микрорайонов", "шағын аудандардың орамішілік өтпе жолдары",
     "уборка тротуаров и дворовых проездов, вывоз листвы", "тротуарлар мен аула өтпе жолдарын жинау, жапырақтарды шығару", "monthly",
     "1 раз в месяц", "айына 1 рет", "начальник района уборки", "жинау ауданының бастығы"),
    ("Остановки общественного транспорта и подземные переходы", "Қоғамдық көлік аялдамалары және жерасты өткелдері",
     "все остановки на улицах I категории", "I санатты көшелердегі барлық аялдамалар",
     "уборка, опорожнение урн, обработка пескосоляной смесью", "жинау, қоқыс жәшіктерін босату, құм-тұз қоспасымен өңдеу", "daily",
     "ежедневно", "күн сайын", "мастер участка уборки", "жинау учаскесінің шебері"),
    ("Снегосвалки и снегоплавильные пункты", "Қар үйінділері мен қар еріту пункттері",
     "снегосвалки по ул. Ақжол, ул. Алаш, Коргалжинскому шоссе", "Ақжол к-сі, Алаш к-сі, Қорғалжын тас жолы бойындағы қар үйінділері",
     "учет принятого снега по талонам, обваловка, состояние водоотводных канав",
     "қабылданған қардың талондар бойынша есебі, үйінді қоршауы, су бұру арықтарының жай-күйі", "weekly",
     "еженедельно в период приема снега", "қар қабылдау кезеңінде апта сайын", "инженер-эколог предприятия", "кәсіпорынның инженер-экологы"),
    ("Базы пескосоляной смеси и склады технической соли", "Құм-тұз қоспасының базалары және техникалық тұз қоймалары",
     "база по ул. Ақжол, 60", "Ақжол к-сі, 60 мекенжайындағы база",
     "хранение соли под навесом, состояние покрытия площадок, отсутствие россыпей",
     "тұзды қалқа астында сақтау, алаң жабындарының жай-күйі, шашылудың болмауы", "quarterly",
     "1 раз в квартал", "тоқсанына 1 рет", "инженер-эколог предприятия", "кәсіпорынның инженер-экологы"),
    ("Парки, скверы и бульвары", "Саябақтар, скверлер және гүлзарлар", "парк «Жерұйық», бульвар Нұржол", "«Жерұйық» саябағы, Нұржол гүлзары",
     "уборка газонов, вывоз скошенной травы и веток", "көгалдарды жинау, шабылған шөп пен бұтақтарды шығару", "monthly",
     "ежемесячно (май – октябрь)", "ай сайын (мамыр – қазан)", "инженер по благоустройству", "абаттандыру жөніндегі инженер"),
    ("Уборка в период снегопадов и гололеда", "Қар жауған және көктайғақ кезеңіндегі жинау", "все улицы I и II категорий",
     "I және II санаттағы барлық көшелер", "очередность расчистки, обработка проезжей части", "тазалау кезектілігі, жүріс бөлігін өңдеу", None,
     "во время снегопада – каждые 3 часа", "қар жауған кезде – әр 3 сағат сайын", "дежурный диспетчер", "кезекші диспетчер"),
)  # fmt: skip
VN_TRUNK_STREETS = {
    "Công ty Cổ phần Môi trường Đô thị Hoàng Mai": ("Giải Phóng, Tam Trinh, Lĩnh Nam", "Kim Giang, Định Công, Trương Định"),
    "Công ty TNHH MTV Dịch vụ Công ích Linh Xuân": ("Quốc lộ 1K, Võ Văn Ngân, Phạm Văn Đồng", "Kha Vạn Cân, Tô Ngọc Vân, Hiệp Bình"),
    "Công ty Cổ phần Môi trường Đô thị Liên Chiểu": ("Nguyễn Tất Thành, Tôn Đức Thắng, Nguyễn Lương Bằng", "Âu Cơ, Hà Huy Tập, Điện Biên Phủ"),
}
# (object, streets, what, frequency, said, checker); streets 0 and 1 stand for the company's trunk streets
VN_STREET_CHECKS = (
    ("Đường phố loại 1 (trục chính)", 0, "Mặt đường, vỉa hè, rãnh thoát nước sau quét", "daily",
     "Hằng ngày, trước 6 giờ sáng", "Tổ giám sát chất lượng của Công ty"),
    ("Đường phố loại 2", 1, "Quét, thu gom, tình trạng thùng rác công cộng", "weekly", "Hằng tuần (thứ Ba)",
     "Đội trưởng đội vệ sinh"),
    ("Ngõ, hẻm và khu dân cư", "các ngõ có mặt cắt từ 2 m trở lên", "Thu gom đúng giờ, không để rác tồn đọng", "monthly", "01 lần/tháng",
     "Cán bộ giám sát của phường"),
    ("Điểm tập kết rác và trạm trung chuyển", "các điểm tập kết trên địa bàn", "Thời gian lưu rác, vệ sinh sau thu gom, nước rỉ rác", "daily",
     "Hằng ngày", "Trưởng trạm trung chuyển"),
    ("Xe thu gom, xe ép rác", "toàn bộ phương tiện của Công ty", "Độ kín thùng xe, rò rỉ nước rác, vệ sinh xe", "quarterly", "03 tháng/lần",
     "Phòng Kỹ thuật – Vật tư"),
    ("Thu gom sau mưa bão, ngập úng", "các tuyến phố thường xuyên ngập", "Khơi thông miệng cống, thu dọn cây đổ, rác trôi", None,
     "Ngay sau mỗi trận mưa lớn", "Ban chỉ huy phòng chống thiên tai của Công ty"),
)


def inspections_hz1(doc: Doc) -> None:
    """The sanitation enterprise's order of controlling the cleaning of a city, the objects being categories of streets —
    trunk streets of city and district importance, streets among the houses — each with example streets in a column of
    its own, then stops, snow dumps, the bases of sand and salt and parks; frequencies with the hour or the weekday
    (`ежедневно, до 7:00`, `еженедельно (по вторникам)`, `ежемесячно (май – октябрь)`) and a check every three hours during
    snowfall that is no frequency of the contract (VI: an urban environment company's plan of supervising street
    cleaning by street class, a check after each heavy rain)."""
    vi = doc.lang == "vi"
    g = doc.v
    if vi:
        company = doc.pick(sorted(VN_WARDS))
        doc.h(f"KẾ HOẠCH KIỂM TRA, GIÁM SÁT CHẤT LƯỢNG DỊCH VỤ VỆ SINH MÔI TRƯỜNG NĂM 2026 – {company.upper()}")
        doc.p("Kết quả kiểm tra được ghi vào sổ nhật ký giám sát và là căn cứ nghiệm thu khối lượng dịch vụ hằng tháng với Bên đặt hàng.")
        rows = [["TT", "Đối tượng kiểm tra (phân loại đường phố)", "Tuyến, khu vực", "Nội dung kiểm tra", "Tần suất", "Người kiểm tra"]]
        for k, (obj, streets, what, word, said, who) in enumerate(VN_STREET_CHECKS, 1):
            if isinstance(streets, int):
                streets = VN_TRUNK_STREETS[company][streets]
            rows.append([str(k), obj, streets, what, said, who])
            item = {"kind": "inspection", "text_contains": _words(obj, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng 1. Nội dung, tần suất kiểm tra", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    operator = g("ГКП на ПХВ «Елорда Тазалық» акимата города Астаны", "Астана қаласы әкімдігінің «Елорда Тазалық» ШЖҚ МКК", "")
    doc.h(g(f"Порядок контроля качества уборки улиц и объектов благоустройства на 2026 год. {operator}",
            f"{operator}. 2026 жылға арналған көшелер мен абаттандыру объектілерін жинау сапасын бақылау тәртібі", ""))
    doc.p(g("Утвержден приказом директора предприятия. Результаты проверок заносятся в журнал контроля качества уборки; выявленные "
            "недостатки устраняются в течение смены.",
            "Кәсіпорын директорының бұйрығымен бекітілді. Тексеру нәтижелері жинау сапасын бақылау журналына енгізіледі; анықталған "
            "кемшіліктер ауысым ішінде жойылады.", ""))
    rows = [g(["№", "Объект контроля", "Улицы, участки (примеры)", "Что проверяется", "Периодичность", "Кто проверяет"],
              ["№", "Бақылау объектісі", "Көшелер, учаскелер (мысалдар)", "Не тексеріледі", "Кезеңділігі", "Кім тексереді"], [])]
    items = [c for c in STREET_CHECKS if c[6] in ("daily", None) or doc.rng.random() < 0.85]
    for k, c in enumerate(items, 1):
        obj, streets, what, word, said, who = c[L], c[2 + L], c[4 + L], c[6], c[7 + L], c[9 + L]
        rows.append([str(k), obj, streets, what, said, who])
        item = {"kind": "inspection", "text_contains": _words(obj, 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – График контроля", "1-кесте – Бақылау кестесі", ""), rows, role="inspections")
    distractor(doc, "approval")


# (RU market, KK market, RU operator, KK operator, RU city, KK city)
MARKETS = (
    ("Центральный рынок «Береке»", "«Береке» орталық базары", "ТОО «Береке Базар»", "«Береке Базар» ЖШС", "г. Семей", "Семей қ."),
    ("Рынок «Жібек жолы»", "«Жібек жолы» базары", "ТОО «Жібек Жолы Маркет»", "«Жібек Жолы Маркет» ЖШС", "г. Караганда", "Қарағанды қ."),
    ("Рынок «Шұғыла»", "«Шұғыла» базары", "ТОО «Шұғыла Сауда Орталығы»", "«Шұғыла Сауда Орталығы» ЖШС", "г. Астана", "Астана қ."),
)  # fmt: skip
# ((RU zone, KK zone), [(RU check, KK check, frequency, RU said, KK said, RU responsible, KK responsible)])
MARKET_ZONES = (
    (("Мясо-молочный павильон", "Ет-сүт павильоны"), [
        ("Санитарное состояние торговых мест, наличие емкостей для отходов", "Сауда орындарының санитариялық жай-күйі, қалдықтарға арналған ыдыстардың болуы",
         "daily", "ежедневно после закрытия рынка", "күн сайын базар жабылғаннан кейін", "заведующий павильоном", "павильон меңгерушісі"),
        ("Генеральная уборка и дезинфекция павильона", "Павильонды бас жинау және дезинфекциялау", "weekly", "каждый понедельник (санитарный день)",
         "әр дүйсенбі (санитариялық күн)", "служба санитарного контроля рынка", "базардың санитариялық бақылау қызметі"),
        ("Контроль вывоза биологических отходов (кости, обрезки) специализированной организацией",
         "Биологиялық қалдықтарды (сүйек, кесінділер) мамандандырылған ұйымның шығаруын бақылау",
         None, "2 раза в неделю (вторник, пятница)", "аптасына 2 рет (сейсенбі, жұма)", "заведующий павильоном", "павильон меңгерушісі")]),
    (("Овощные и фруктовые ряды", "Көкөніс және жеміс қатарлары"), [
        ("Уборка рядов, вывоз гнилых овощей и тары", "Қатарларды жинау, шірік көкөністер мен ыдысты шығару", "daily", "ежедневно", "күн сайын",
         "старший уборщик", "аға жинаушы")]),
    (("Контейнерная площадка ТБО", "ҚТҚ контейнер алаңы"), [
        ("Заполнение контейнеров, своевременность вывоза, чистота площадки", "Контейнерлердің толуы, уақтылы шығару, алаңның тазалығы", "daily",
         "ежедневно (утром и вечером)", "күн сайын (таңертең және кешке)", "старший уборщик", "аға жинаушы"),
        ("Договор и акты вывоза отходов, журнал учета отходов", "Қалдықтарды шығару шарты мен актілері, қалдықтарды есепке алу журналы", "monthly",
         "в последний санитарный день месяца", "айдың соңғы санитариялық күнінде", "инженер по охране труда и экологии",
         "еңбекті қорғау және экология жөніндегі инженер")]),
    (("Общественные туалеты и локальные очистные сооружения", "Қоғамдық дәретханалар және жергілікті тазарту құрылыстары"), [
        ("Состояние жироуловителей и септика, откачка по мере заполнения", "Май ұстағыштар мен септиктің жай-күйі, толуына қарай сорып шығару", "monthly",
         "ежемесячно", "ай сайын", "главный инженер рынка", "базардың бас инженері")]),
    (("Холодильные камеры (аммиачная установка)", "Тоңазытқыш камералар (аммиак қондырғысы)"), [
        ("Герметичность системы, отсутствие утечек аммиака", "Жүйенің саңылаусыздығы, аммиактың ағып кетуінің болмауы", "quarterly", "1 раз в квартал",
         "тоқсанына 1 рет", "главный инженер рынка", "базардың бас инженері")]),
    (("Территория рынка в целом", "Базардың жалпы аумағы"), [
        ("Проверка территории в ходе весеннего и осеннего месячников по санитарной очистке",
         "Көктемгі және күзгі санитариялық тазалау айлықтары барысында аумақты тексеру",
         "semiannual", "2 раза в год (апрель, октябрь)", "жылына 2 рет (сәуір, қазан)", "директор рынка", "базар директоры")]),
)  # fmt: skip
# ((zone), [(check, frequency, said, responsible)])
VN_MARKET_ZONES = (
    ("Khu kinh doanh rau, củ, quả", [("Vệ sinh lối đi, thu gom rau hư, bao bì", "daily", "Hằng ngày sau phiên chợ đêm", "Tổ vệ sinh chợ"),
                                    ("Tổng vệ sinh, khơi thông rãnh thoát nước", "weekly", "Thứ Hai hằng tuần", "Đội trưởng đội vệ sinh")]),
    ("Khu kinh doanh thủy, hải sản", [("Nước thải rửa hàng, tình trạng rãnh thu và song chắn rác", "daily", "Hằng ngày", "Tổ vệ sinh chợ"),
                                      ("Khử trùng sàn, sạp hàng", "weekly", "Hằng tuần (Chủ nhật)", "Tổ vệ sinh chợ")]),
    ("Khu tập kết chất thải rắn", [("Khối lượng rác tồn, thời gian lưu giữ, nước rỉ rác", "daily", "Hằng ngày", "Tổ trưởng khu tập kết"),
                                   ("Hợp đồng, biên bản bàn giao chất thải với đơn vị thu gom", "monthly", "Ngày làm việc cuối cùng của tháng",
                                    "Phòng Kỹ thuật – Môi trường")]),
    ("Hệ thống xử lý nước thải tập trung của chợ", [("Vận hành bể điều hòa, bể sinh học, lượng bùn", "monthly", "01 lần/tháng",
                                                     "Phòng Kỹ thuật – Môi trường")]),
    ("Toàn bộ khu chợ", [("Tổng vệ sinh, phun khử khuẩn toàn chợ", "quarterly", "03 tháng/lần", "Ban Quản lý chợ"),
                         ("Kiểm tra đột xuất khi có phản ánh của người dân", None, "Khi có phản ánh", "Ban Quản lý chợ")]),
)
VN_MARKETS = ("Chợ đầu mối nông sản thực phẩm Hóc Môn", "Chợ đầu mối nông sản thực phẩm Bình Điền", "Chợ đầu mối nông sản Thủ Đức")


def inspections_hz2(doc: Doc) -> None:
    """A city market's internal regulation of its sanitary upkeep, the checks under rows spanning the table that name the
    market's zones — the meat and milk pavilion, the vegetable rows, the container site, the toilets with their grease
    traps and septic tank, the ammonia refrigeration — items `1.1` with frequencies in the market's own words (`каждый
    понедельник (санитарный день)`, `в последний санитарный день месяца`, `2 раза в год (апрель, октябрь)`) and a removal
    twice a week that is no frequency of the contract (VI: a wholesale market's zones, `Hằng ngày sau phiên chợ đêm`, a
    check upon residents' complaints)."""
    if doc.lang == "vi":
        market = doc.pick(VN_MARKETS)
        doc.h(f"QUY CHẾ TỰ KIỂM TRA VỆ SINH MÔI TRƯỜNG – {market.upper()}")
        doc.p("Ban hành kèm theo Quyết định của Giám đốc Công ty quản lý chợ. Kết quả kiểm tra được ghi vào sổ theo dõi vệ sinh môi trường chợ.")
        rows = [["TT", "Nội dung kiểm tra", "Tần suất", "Bộ phận thực hiện"]]
        merges = []
        for z, (zone, checks) in enumerate(VN_MARKET_ZONES, 1):
            _span(rows, merges, f"{z}. {zone}", 4)
            for k, (what, word, said, who) in enumerate(checks, 1):
                rows.append([f"{z}.{k}", what, said, who])
                item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
                if word:
                    item["frequency"] = word
                doc.add("obligations", item)
        doc.table("Phụ lục. Nội dung, tần suất tự kiểm tra", rows, merges, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    g = doc.v
    m = doc.pick(MARKETS)
    market, operator, city = m[L], m[2 + L], m[4 + L]
    doc.h(g(f"Внутренний регламент санитарного содержания рынка. {market} ({city})",
            f"{market} ({city}). Базарды санитариялық күтіп-ұстаудың ішкі регламенті", ""))
    doc.p(g(f"Утвержден директором {operator}. Санитарный день рынка – понедельник; в последний понедельник месяца проводится "
            "генеральная уборка всей территории.",
            f"{operator} директоры бекітті. Базардың санитариялық күні – дүйсенбі; айдың соңғы дүйсенбісінде бүкіл аумақ бас жинаудан "
            "өткізіледі.", ""))
    rows = [g(["№", "Что проверяется", "Периодичность", "Ответственный"], ["№", "Не тексеріледі", "Кезеңділігі", "Жауапты"], [])]
    merges = []
    for z, ((z_ru, z_kk), checks) in enumerate(MARKET_ZONES, 1):
        _span(rows, merges, f"{z}. {(z_ru, z_kk)[L]}", 4)
        for k, c in enumerate(checks, 1):
            what, word, said, who = c[L], c[2], c[3 + L], c[5 + L]
            rows.append([f"{z}.{k}", what, said, who])
            item = {"kind": "inspection", "text_contains": _words(what, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
    doc.table(g("Приложение 1. График проверок санитарного состояния", "1-қосымша. Санитариялық жай-күйді тексеру кестесі", ""), rows, merges,
              role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU city in the genitive, KK city, RU word for the city's body, KK word): a city of republican significance has управления
PLAN_CITIES = (("Астаны", "Астана", "Управление", "басқармасы"), ("Караганды", "Қарағанды", "Отдел", "бөлімі"),
               ("Семей", "Семей", "Отдел", "бөлімі"))
# ((RU section, KK section), [(RU measure, KK measure, RU form, KK form, (RU executor, KK executor, key), term, (АБП, БП), (2026, 2027, 2028))])
AKIMAT_PLAN = (
    (("Охрана атмосферного воздуха", "Атмосфералық ауаны қорғау"), [
        ("Перевод котельных № 3 и № 7 с угля на природный газ", "№ 3 және № 7 қазандықтарды көмірден табиғи газға ауыстыру",
         "акт ввода в эксплуатацию", "пайдалануға беру актісі", "build", "2026–2027", ("467", "015"), (1850, 2400, None)),
        ("Приобретение 60 автобусов на газомоторном топливе для городских маршрутов", "Қалалық бағыттар үшін газ-мотор отынымен жүретін 60 автобус сатып алу",
         "информация в акимат", "әкімдікке ақпарат", "transport", "2026–2028", ("485", "011"), (3300, 3300, 3300)),
        ("Установка четырех автоматических постов мониторинга атмосферного воздуха", "Атмосфералық ауа мониторингінің төрт автоматты бекетін орнату",
         "акт приемки, передача данных в РГП «Казгидромет»", "қабылдау актісі, деректерді «Қазгидромет» РМК-ға беру", "nature", "2026", ("254", "006"),
         (220, None, None))]),
    (("Обращение с отходами", "Қалдықтармен жұмыс істеу"), [
        ("Строительство мусоросортировочного комплекса мощностью 150 тыс. т в год", "Қуаты жылына 150 мың т қоқыс сұрыптау кешенін салу",
         "акт ввода в эксплуатацию", "пайдалануға беру актісі", "build", "2027–2028", ("467", "003"), (None, 2900, 3600)),
        ("Ликвидация 12 несанкционированных свалок на окраинах города", "Қала шетіндегі 12 рұқсат етілмеген үйіндіні жою",
         "акт выполненных работ", "орындалған жұмыстар актісі", "housing", "ежегодно, май – сентябрь", ("458", "026"), (95, 80, 60)),
        ("Строительство стационарного снегоплавильного пункта производительностью 6 000 м³ в сутки",
         "Тәулігіне 6 000 м³ өнімділігі бар стационарлық қар еріту пунктін салу",
         "акт ввода в эксплуатацию", "пайдалануға беру актісі", "build", "2026", ("467", "015"), (1450, None, None))]),
    (("Охрана водных ресурсов", "Су ресурстарын қорғау"), [
        ("Строительство ливневой канализации с локальными очистными сооружениями в промышленной зоне",
         "Өнеркәсіптік аймақта жергілікті тазарту құрылыстары бар нөсер кәрізін салу",
         "акт ввода в эксплуатацию", "пайдалануға беру актісі", "build", "2027–2028", ("467", "007"), (None, 980, 1240)),
        ("Расчистка русла и благоустройство водоохранной полосы городской реки", "Қала өзенінің арнасын тазалау және су қорғау белдеуін абаттандыру",
         "акт выполненных работ", "орындалған жұмыстар актісі", "housing", "2026–2027", ("458", "030"), (310, 270, None))]),
    (("Озеленение", "Көгалдандыру"), [
        ("Посадка 25 тыс. деревьев и создание санитарно-защитных зеленых полос вдоль магистралей",
         "25 мың ағаш отырғызу және магистральдар бойында санитариялық-қорғаныш жасыл белдеулерін құру",
         "информация в акимат", "әкімдікке ақпарат", "green", "2026–2028", ("458", "031"), (420, 420, 420))]),
)  # fmt: skip
EXECUTORS = {
    "build": ("ГУ «{u} строительства города {c}»", "«{k} қаласының құрылыс {b}» ММ", ("строительства города", "құрылыс")),
    "transport": ("ГУ «{u} пассажирского транспорта и автомобильных дорог города {c}»", "«{k} қаласының жолаушылар көлігі және автомобиль жолдары {b}» ММ",
                  ("пассажирского транспорта", "жолаушылар көлігі")),
    "nature": ("ГУ «{u} природных ресурсов и регулирования природопользования города {c}»",
               "«{k} қаласының табиғи ресурстар және табиғат пайдалануды реттеу {b}» ММ", ("природных ресурсов", "табиғи ресурстар")),
    "housing": ("ГУ «{u} жилищно-коммунального хозяйства города {c}»", "«{k} қаласының тұрғын үй-коммуналдық шаруашылығы {b}» ММ",
                ("жилищно-коммунального", "тұрғын үй-коммуналдық")),
    "green": ("ГКП на ПХВ «Көгалдандыру» акимата города {c}", "{k} қаласы әкімдігінің «Көгалдандыру» ШЖҚ МКК", ("Көгалдандыру", "Көгалдандыру")),
}  # fmt: skip


def tasks_hz1(doc: Doc) -> None:
    """A city akimat's plan of environmental measures for 2026–2028 approved by its resolution: measures `1.1` under
    section rows by component, the form of completion, the state institution answering for each, the term, a column of
    the source of financing holding the budget's administrator and programme codes (`МБ, АБП 467, БП 015`) that look like
    item numbers, and the sums in millions of tenge by year under a merged header (VI: a province's People's Committee's
    plan of environmental protection for 2026, Roman sections, the lead and the partner bodies, the budget's `Loại 250,
    Khoản 278` codes in the funding cell)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hz1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    c_ru, c_kk, unit_ru, unit_kk = doc.pick(PLAN_CITIES)
    doc.p(g(f"Приложение к постановлению акимата города {c_ru} от {r.randint(1, 28):02d}.12.2025 № {r.randint(1200, 2900)}",
            f"{c_kk} қаласы әкімдігінің 2025 жылғы {r.randint(1, 28)} желтоқсандағы № {r.randint(1200, 2900)} қаулысына қосымша", ""))
    doc.h(g(f"План мероприятий по охране окружающей среды города {c_ru} на 2026–2028 годы",
            f"{c_kk} қаласының 2026–2028 жылдарға арналған қоршаған ортаны қорғау жөніндегі іс-шаралар жоспары", ""))
    doc.p(g("Финансирование мероприятий осуществляется в пределах средств, предусмотренных в местном бюджете (МБ) на соответствующий "
            "финансовый год; АБП – администратор бюджетной программы, БП – бюджетная программа.",
            "Іс-шараларды қаржыландыру тиісті қаржы жылына жергілікті бюджетте (ЖБ) көзделген қаражат шегінде жүзеге асырылады; БӘ – бюджеттік "
            "бағдарлама әкімшісі, ББ – бюджеттік бағдарлама.", ""))
    head0 = g(["№ п/п", "Наименование мероприятия", "Форма завершения", "Ответственные за исполнение", "Срок исполнения", "Источник финансирования",
               "Сумма, млн тенге", None, None],
              ["Р/с №", "Іс-шараның атауы", "Аяқталу нысаны", "Орындауға жауаптылар", "Орындау мерзімі", "Қаржыландыру көзі",
               "Сомасы, млн теңге", None, None], [])
    rows = [head0, [None] * 6 + ["2026", "2027", "2028"]]
    merges = [(0, c, 1, c) for c in range(6)] + [(0, 6, 0, 8)]
    for s, ((s_ru, s_kk), measures) in enumerate(AKIMAT_PLAN, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 9)
        for k, (m_ru, m_kk, f_ru, f_kk, who, term, (abp, bp), sums) in enumerate(measures, 1):
            e_ru, e_kk, keys = EXECUTORS[who]
            executor = g(e_ru.format(c=c_ru, u=unit_ru), e_kk.format(k=c_kk, b=unit_kk), "")
            text = (m_ru, m_kk)[L]
            src = g(f"МБ, АБП {abp}, БП {bp}", f"ЖБ, БӘ {abp}, ББ {bp}", "")
            term_s = g(f"{term} гг." if "–" in term and term[0].isdigit() else (f"{term} г." if term[0].isdigit() else term),
                       f"{term} жж." if "–" in term and term[0].isdigit() else (f"{term} ж." if term[0].isdigit() else "жыл сайын, мамыр – қыркүйек"), "")
            rows.append([f"{s}.{k}", text, (f_ru, f_kk)[L], executor, term_s, src, *(num(v, doc.lang) if v else "–" for v in sums)])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": keys[L]})
    doc.table(None, rows, merges, role="tasks")
    doc.p(g(f"Информация о ходе исполнения представляется в ГУ «{unit_ru} природных ресурсов и регулирования природопользования города "
            f"{c_ru}» ежеквартально, до 10 числа месяца, следующего за отчетным кварталом.",
            f"Орындалу барысы туралы ақпарат «{c_kk} қаласының табиғи ресурстар және табиғат пайдалануды реттеу {unit_kk}» ММ-ге тоқсан сайын, "
            "есепті тоқсаннан кейінгі айдың 10-на дейін ұсынылады.", ""))
    maybe_distractor(doc)


# (Roman section, [(task, lead, partners, term, million đồng, source)])
VN_PLAN = (
    ("I. QUẢN LÝ CHẤT THẢI RẮN SINH HOẠT", [
        ("Đầu tư bổ sung 20 xe ép rác 7 tấn và 500 thùng rác 660 lít cho các phường", "Sở Xây dựng", "UBND các phường; các công ty môi trường đô thị",
         "Quý II – Quý IV/2026", "18.500", "Sự nghiệp môi trường (Loại 250, Khoản 278)"),
        ("Xây dựng 03 trạm trung chuyển chất thải rắn sinh hoạt kín", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường; UBND các phường", "2026",
         "42.000", "Đầu tư công (Loại 250, Khoản 278)"),
        ("Triển khai phân loại chất thải rắn sinh hoạt tại nguồn trên 100% số phường", "Sở Nông nghiệp và Môi trường", "UBND các phường, xã",
         "Cả năm 2026", "3.200", "Sự nghiệp môi trường (Loại 250, Khoản 278)")]),
    ("II. KIỂM SOÁT Ô NHIỄM KHÔNG KHÍ", [
        ("Lắp đặt 05 trạm quan trắc không khí tự động, liên tục tại khu đô thị", "Sở Nông nghiệp và Môi trường", "Sở Tài chính",
         "Quý III/2026", "24.000", "Sự nghiệp môi trường (Loại 250, Khoản 280)"),
        ("Kiểm tra, xử lý các cơ sở hỏa táng, lò đốt chất thải không đạt quy chuẩn khí thải", "Sở Nông nghiệp và Môi trường",
         "Công an tỉnh (Phòng Cảnh sát môi trường); Sở Xây dựng", "Quý II/2026", "450", "Sự nghiệp môi trường (Loại 250, Khoản 280)")]),
    ("III. NƯỚC THẢI ĐÔ THỊ VÀ CHỢ", [
        ("Cải tạo hệ thống xử lý nước thải tại các chợ đầu mối nông sản", "Sở Công Thương", "Ban quản lý các chợ đầu mối", "2026",
         "9.800", "Vốn doanh nghiệp quản lý chợ"),
        ("Nạo vét hệ thống thoát nước, kênh mương nội thị trước mùa mưa", "Sở Xây dựng", "Công ty thoát nước và xử lý nước thải",
         "Trước 30/4/2026", "12.600", "Sự nghiệp kinh tế (Loại 280, Khoản 338)")]),
    ("IV. TRUYỀN THÔNG, NÂNG CAO NHẬN THỨC", [
        ("Tổ chức Chiến dịch Làm cho thế giới sạch hơn và Ngày Môi trường thế giới", "Sở Nông nghiệp và Môi trường",
         "Tỉnh Đoàn; Hội Liên hiệp Phụ nữ tỉnh", "Tháng 6 và tháng 9/2026", "600", "Sự nghiệp môi trường (Loại 250, Khoản 278)")]),
)  # fmt: skip
VN_PROVINCES = ("thành phố Đà Nẵng", "tỉnh Ninh Bình", "tỉnh Thái Nguyên")


def _tasks_hz1_vi(doc: Doc) -> None:
    r = doc.rng
    prov = doc.pick(VN_PROVINCES)
    doc.p(f"(Ban hành kèm theo Quyết định số {r.randint(100, 2900)}/QĐ-UBND ngày {r.randint(1, 28):02d}/12/2025 của Ủy ban nhân dân {prov})")
    doc.h(f"KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG NĂM 2026 CỦA {prov.upper()}")
    doc.p("Kinh phí thực hiện được bố trí từ nguồn chi sự nghiệp bảo vệ môi trường và các nguồn vốn hợp pháp khác; mã loại, khoản theo Thông tư "
          "số 324/2016/TT-BTC quy định hệ thống mục lục ngân sách nhà nước.")
    rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kinh phí (triệu đồng)", "Nguồn kinh phí"]]
    merges = []
    n = 0
    for section, tasks in VN_PLAN:
        _span(rows, merges, section, 7)
        for text, lead, partners, term, money, source in tasks:
            n += 1
            rows.append([str(n), text, lead, partners, term, money, source])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 5), "actor_contains": lead})
    doc.table("Phụ lục. Danh mục nhiệm vụ bảo vệ môi trường năm 2026", rows, merges, role="tasks")
    maybe_distractor(doc)


# ((RU section, KK section), [(RU, KK, RU unit, KK unit, quantities by year, thousand tenge by year, (RU source, KK source), (RU effect, KK effect))])
INVEST = (
    (("Производство тепловой энергии (котельные)", "Жылу энергиясын өндіру (қазандықтар)"), [
        ("Реконструкция котельной № 3 с заменой котлов КЕ-25 на водогрейные котлы КВ-Р-11,63", "КЕ-25 қазандарын КВ-Р-11,63 су жылыту қазандарына ауыстыра отырып № 3 қазандықты реконструкциялау",
         "ед.", "бірл.", (1, 1, None), (412_000, 398_500, None), ("заемные средства", "қарыз қаражаты"),
         ("повышение КПД котлов до 84 %", "қазандардың ПӘК-ін 84 %-ға дейін арттыру")),
        ("Установка батарейных циклонов и мокрых золоуловителей на котельной № 7", "№ 7 қазандыққа батареялық циклондар мен дымқыл күл ұстағыштарды орнату",
         "комплект", "жиынтық", (2, 1, None), (96_400, 51_200, None), ("амортизационные отчисления", "амортизациялық аударымдар"),
         ("снижение выбросов золы на 180 т/год", "күл шығарындыларын жылына 180 т азайту")),
        ("Перевод котельной № 12 на природный газ (газопровод-отвод, газовые горелки)", "№ 12 қазандықты табиғи газға көшіру (газ құбыры тармағы, газ жанарғылары)",
         "ед.", "бірл.", (None, 1, None), (None, 264_000, None), ("заемные средства", "қарыз қаражаты"),
         ("исключение выбросов угольной золы и сажи", "көмір күлі мен күйе шығарындыларын болдырмау"))]),
    (("Передача и распределение тепловой энергии", "Жылу энергиясын беру және тарату"), [
        ("Реконструкция магистральной тепловой сети от ТК-14 до ТК-22 с заменой на трубы в ППУ-изоляции Ду 500",
         "ТК-14-тен ТК-22-ге дейінгі магистральдық жылу желісін ППУ оқшаулағышындағы Ду 500 құбырларына ауыстыра отырып реконструкциялау",
         "км", "км", (1.2, 0.9, None), (388_000, 301_000, None), ("амортизационные отчисления", "амортизациялық аударымдар"),
         ("снижение потерь тепла на участке на 12 %", "учаскедегі жылу шығынын 12 %-ға азайту")),
        ("Замена ветхих распределительных сетей (в двухтрубном исчислении)", "Тозған тарату желілерін ауыстыру (екі құбырлы есеппен)",
         "км", "км", (3.5, 4.0, 4.2), (210_000, 246_000, 262_500), ("прибыль", "пайда"),
         ("снижение утечек сетевой воды", "желілік судың ағып кетуін азайту"))]),
    (("Учет и автоматизация", "Есепке алу және автоматтандыру"), [
        ("Установка общедомовых приборов учета тепловой энергии", "Жылу энергиясын есепке алудың жалпы үйлік аспаптарын орнату",
         "шт.", "дана", (150, 180, 200), (67_500, 81_000, 90_000), ("прибыль", "пайда"),
         ("учет 100 % отпущенного тепла в многоквартирные дома", "көппәтерлі үйлерге берілген жылудың 100 %-ын есепке алу")),
        ("Внедрение системы диспетчеризации котельных (SCADA)", "Қазандықтарды диспетчерлеу жүйесін (SCADA) енгізу",
         "комплект", "жиынтық", (1, None, None), (58_300, None, None), ("амортизационные отчисления", "амортизациялық аударымдар"),
         ("контроль режимов горения в реальном времени", "жану режимдерін нақты уақытта бақылау"))]),
)  # fmt: skip
YEARS = ("2026", "2027", "2028")


def tasks_hz2(doc: Doc) -> None:
    """A coal-fired heating enterprise's investment programme for the tariff period 2026–2028 approved by the regulator of
    natural monopolies: measures `1.1` under section rows (production, transmission, metering), a unit, the physical volume
    by year and the money by year in thousands of tenge without VAT as two groups of year sub-columns, the source of
    financing and the expected effect, with no column of who acts — the enterprise named in the heading carries them out
    (VI: an urban environment company's plan of investing in and replacing its collection vehicles, quantities and money
    by year, no responsible)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_hz2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    op = doc.pick(HEAT_OPERATORS)
    operator = op[L]
    region = g("Абайской области" if "Семей" in op[0] else "Карагандинской области", "Абай облысы" if "Семей" in op[0] else "Қарағанды облысы", "")
    doc.h(g(f"Инвестиционная программа {operator} на 2026–2028 годы", f"{operator} 2026–2028 жылдарға арналған инвестициялық бағдарламасы", ""))
    doc.p(g(f"Утверждена совместным приказом Департамента Комитета по регулированию естественных монополий по {region} и управления энергетики "
            f"и жилищно-коммунального хозяйства от {r.randint(1, 28):02d}.11.2025 № {r.randint(80, 400)}-ОД. Мероприятия выполняются предприятием "
            "собственными силами и с привлечением подрядных организаций по итогам закупок.",
            f"Табиғи монополияларды реттеу комитетінің {region} бойынша департаменті мен энергетика және тұрғын үй-коммуналдық шаруашылық "
            f"басқармасының 2025 жылғы {r.randint(1, 28)} қарашадағы № {r.randint(80, 400)}-НҚ бірлескен бұйрығымен бекітілген. Іс-шараларды "
            "кәсіпорын өз күшімен және сатып алу қорытындылары бойынша мердігер ұйымдарды тарта отырып орындайды.", ""))
    head0 = g(["№", "Наименование мероприятия", "Ед. изм.", "Объем по годам", None, None, "Сумма по годам, тыс. тенге (без НДС)", None, None,
               "Источник финансирования", "Ожидаемый эффект"],
              ["№", "Іс-шараның атауы", "Өлш. бірл.", "Жылдар бойынша көлемі", None, None, "Жылдар бойынша сомасы, мың теңге (ҚҚС-сыз)", None, None,
               "Қаржыландыру көзі", "Күтілетін нәтиже"], [])
    rows = [head0, [None, None, None, *YEARS, *YEARS, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 0, 8), (0, 9, 1, 9), (0, 10, 1, 10)]
    for s, ((s_ru, s_kk), items) in enumerate(INVEST, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 11)
        for k, (m_ru, m_kk, u_ru, u_kk, qty, money, source, effect) in enumerate(items, 1):
            text = (m_ru, m_kk)[L]
            rows.append([f"{s}.{k}", text, (u_ru, u_kk)[L], *(num(q, doc.lang) if q else "–" for q in qty),
                         *(num(m, doc.lang) if m else "–" for m in money), source[L], effect[L]])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4)})
    total = [sum(m[5][y] or 0 for _, items in INVEST for m in items) for y in range(3)]
    rows.append(["", g("Всего по программе", "Бағдарлама бойынша барлығы", ""), "", "", "", "", *(num(t, doc.lang) for t in total), "", ""])
    doc.table(g("Таблица 1 – Перечень мероприятий инвестиционной программы", "1-кесте – Инвестициялық бағдарлама іс-шараларының тізбесі", ""),
              rows, merges, role="tasks")
    maybe_distractor(doc)


# (section, [(item, unit, quantities, million đồng, source, effect)])
VN_FLEET = (
    ("I. PHƯƠNG TIỆN THU GOM, VẬN CHUYỂN", [
        ("Thay thế xe ép rác 7 tấn đã hết niên hạn sử dụng", "xe", (6, 4, 4), (11_400, 7_800, 8_000), "Vốn khấu hao", "Giảm rò rỉ nước rác trên đường"),
        ("Đầu tư xe ép rác chạy điện 2,5 tấn cho ngõ, hẻm", "xe", (4, 6, None), (5_200, 8_100, None), "Vốn vay ưu đãi", "Giảm tiếng ồn, khí thải"),
        ("Đầu tư xe quét hút bụi đường", "xe", (1, 1, None), (6_300, 6_500, None), "Vốn chủ sở hữu", "Giảm bụi đường phố")]),
    ("II. TRẠM TRUNG CHUYỂN", [
        ("Lắp đặt hệ thống phun sương khử mùi tại các trạm trung chuyển", "hệ thống", (3, None, None), (1_350, None, None), "Vốn chủ sở hữu",
         "Giảm mùi hôi"),
        ("Thay thế máy ép rác kín tại trạm trung chuyển", "bộ", (None, 2, 2), (None, 4_600, 4_800), "Vốn khấu hao", "Tăng công suất tiếp nhận")]),
    ("III. HẠ TẦNG, CÔNG NGHỆ", [
        ("Lắp thiết bị định vị GPS và camera hành trình cho toàn bộ xe", "bộ", (120, None, None), (960, None, None), "Vốn chủ sở hữu",
         "Giám sát lộ trình thu gom"),
        ("Xây dựng khu rửa xe có hệ thống xử lý nước thải", "công trình", (None, 1, None), (None, 2_900, None), "Vốn vay ưu đãi",
         "Nước thải rửa xe đạt QCVN 40:2011/BTNMT")]),
)  # fmt: skip


def _tasks_hz2_vi(doc: Doc) -> None:
    company = doc.pick(sorted(VN_WARDS))
    doc.h(f"KẾ HOẠCH ĐẦU TƯ, THAY THẾ PHƯƠNG TIỆN, THIẾT BỊ THU GOM, VẬN CHUYỂN CHẤT THẢI RẮN GIAI ĐOẠN 2026 – 2028 CỦA {company.upper()}")
    doc.p("Kế hoạch được Hội đồng quản trị Công ty thông qua; các hạng mục do Công ty tổ chức thực hiện theo quy định về đấu thầu.")
    rows = [["TT", "Hạng mục đầu tư", "Đơn vị tính", "Số lượng theo năm", None, None, "Kinh phí theo năm (triệu đồng)", None, None, "Nguồn vốn",
             "Hiệu quả dự kiến"],
            [None, None, None, *YEARS, *YEARS, None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 0, 8), (0, 9, 1, 9), (0, 10, 1, 10)]
    for s, (section, items) in enumerate(VN_FLEET, 1):
        _span(rows, merges, section, 11)
        for k, (text, unit, qty, money, source, effect) in enumerate(items, 1):
            rows.append([f"{s}.{k}", text, unit, *(num(q, "vi") if q else "-" for q in qty), *(num(m, "vi") if m else "-" for m in money), source,
                         effect])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5)})
    doc.table("Bảng 1. Danh mục hạng mục đầu tư", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"HZ{k}", globals()[f"{role}_hz{k}"]) for role in ROLES for k in (1, 2)]
