"""The thirty-eighth blind set's part IX (two layouts per role, `IX1` and `IX2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.838 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: data centres, telecommunications and office campuses. Kazakhstan: telecom operators' exchanges (АТС, МТС) and base
stations in Almaty, Almaty oblast and Karaganda with their standby diesel generators, fuel tanks and battery rooms of
flooded cells, colocation data centres in Astana, Almaty and Karaganda with their chillers and precision air conditioners,
a bank's processing centre with its generators, UPS battery room and diesel tank, university campuses in Astana, Almaty
and Pavlodar with their gas boiler houses, chemistry laboratories, dormitories and canteens (an operator's letter listing
its sites with generators, a Department of Ecology's conclusion determining a campus's category, an inventory exported
from the calculation program, a refrigerant balance of an НДВ project, a branch's statement of wastes with Basel codes, a
campus's norms of wastes by place, a soil protocol at base stations, a load-bank test protocol, a campus ПЭК programme with
bare codes, a processing centre's control matrix, a maintenance regulation with kinds of ТО, a rector's order, a Gantt plan
of hybrid power and a management board's plan). Vietnam: data centres in Bình Dương (VSIP II), Hà Nội (Thăng Long) and
Hồ Chí Minh City (Tân Thuận, Quang Trung software park) with generators, cooling towers and UPS batteries, a tower
company's BTS sites and host exchange in Bình Dương, a telecom corporation's network operations building in Hà Nội, IT
parks with central treatment plants (an annex of BTS sites, a Department's classification of a project, a GPMT
application, an ĐTM's generator loads, annual reports, a trial-run report of a sewage plant, generator stack results,
monitoring programmes with automatic stations and groundwater wells, BTS maintenance, an internal procedure with record
forms, a green-energy Gantt plan and an ISO 14001 programme).

Facility: a telecom operator's letter to the Department of Ecology whose annex lists its exchanges and base stations with
generators under rows spanning the table for the city and the oblast — the operator's own site code (`ALM-0457`) as a
look-alike, the KATO, latitude and longitude as sub-columns of a merged `Координаты (WGS-84)` header with decimal commas,
the generator and the category III or IV — the operator's BIN only in the letter's text, each site a facility of it (VI: a
tower company's annex of BTS sites to its annual report, longitude before latitude, the enterprise number in the heading,
no category) (IX1); a Department of Ecology's conclusion determining a university campus's category, a card under section
rows with the BIN, KATO, OKED with its words, the centre in degrees, minutes and seconds and the result `II (вторая)`,
then the campus's kinds of activity checked against the Code's annex in a table of no role that names II and III (VI: a
Department's notice classifying a data-centre project, VN-2000 metres beside WGS-84 degrees in one cell, `Dự án đầu tư
nhóm II` in the card and a table of criteria of no role) (IX2).

Emissions: a telecom exchange's inventory exported from the calculation program, a row spanning the table per source with
its number, name and parameters, the substances under it numbered anew, benzo(a)pyrene and the battery rooms' sulphuric
acid in E-notation (`1,6E-06`), the tank's breather and the fuel-receiving pad last, a total row (VI: a network operations
building's generators and UPS battery rooms, sources named in spanning rows without numbers, an emission-factor column of
no item) (IX1); a data centre's refrigerant leaks from the year's top-ups in the service log, the blends split into their
components — R-410A into difluoromethane and pentafluoroethane, R-407C into three — with the equipment, blend, charge and
top-up merged down over the components, tetrafluoroethane at two sources with a dash for its class (VI: an ĐTM's loads of
one generator of each size as column groups `kg/giờ | g/s` after the emission factors, a fuel row of no substance, grams a
second only) (IX2).

Wastes: a telecom branch's statement of wastes generated and handed over under rows for hazardous and non-hazardous
wastes, a column of Basel Convention codes (`A1160`, `B1115`) as look-alikes, the tonnes generated — the amount — before
the tonnes handed over, fewer for the batteries kept in store (VI: a telecom company's annual report, CTNH in kilograms with
the treatment letters `TC`, `HR`, `TĐ` and the receiver's licence number, ordinary wastes in a second table) (IX1); a
campus's norms of waste generation by the places the wastes arise, each place a spanning row over its wastes `1.1`, the
same code under several places, a unit per row — tonnes, kilograms, and cubic metres for one building's mixed wastes,
which give no tonnes (VI: a software-park data centre's CTNH by quarter in kilograms with dashes and the year last, UPS
batteries only in the quarter of their replacement, ordinary wastes in tonnes a year) (IX2).

Limits: a soil protocol at a telecom operator's base stations and exchange, each point merged down over two depths, the
elements as columns, the ПДК on a row under the header with dashes for cadmium and oil products, which give no item,
stars above the ПДК and `< 0,5` below detection (VI: a data centre's sewage plant at its trial run, the untreated inlet
measured once beside three days at the outlet under a merged header, only the outlet judged against QCVN 14:2008/BTNMT
column B) (IX1); a bank processing centre's load-bank test of its generators, a spanning row per generator with its
source number, the permit's technological norm in a column after the substance and the results at 25, 50, 75 and 100 % of
load as columns, every load a measured value against the one norm, a generator under maintenance written across its row
(VI: generator stacks as columns KT1 … KT3, QCVN 19:2009/BTNMT column B given twice — the base C and the Cmax after Kp
and Kv, only the Cmax the limit — and rows of flow, temperature and O2 with no limit) (IX2).

Monitoring: a university campus's ПЭК plan under section rows for sources, boundary air and the sewer, the substances
written as bare codes (`0301, 0304, 0337`) named only in a table of codes of no role after it, the laboratories' fume
hoods as three source numbers in one cell, the boiler house quarterly, generators and hoods calculated yearly (VI: an IT
park's central treatment plant with the automatic station's continuous parameters and the quarterly ones at the same
outlet under section rows, two air points at the fence twice a year) (IX1); a bank processing centre's control matrix,
sources as rows and the substances as columns headed only by their codes, each cell a method letter and a frequency
(`И-1/г`, `Р-1/кв`; KK `А-1/ж`, `Е-1/тоқ`) explained in a legend line under the table, two entries in one cell for the
generators' nitrogen dioxide and carbon oxide (VI: a data centre's groundwater wells with VN-2000 coordinates as two
columns, water level and flow recorded continuously with no substance, the wells twice a year, the sewage quarterly) (IX2).

Inspections: a telecom operator's maintenance regulation for sites with generators, checks under element rows and three
columns of the kinds of maintenance `ТО-1 (ежемесячно)`, `ТО-2 (ежеквартально)`, `ТО-3 (1 раз в год)` with a `+` in the one
each check belongs to, the frequency only in the marked column's header (VI: BTS maintenance, `x` under `Bảo dưỡng tháng |
quý | năm`) (IX1); a rector's order on internal control, the campus's units, what is checked, the frequency in the
university's words — `ежедекадно` and `при каждом поступлении реактивов` being none of the contract's — and the position
answering (VI: a data centre's procedure with a column of record forms `BM-MT-01` … and a check upon incidents) (IX2).

Tasks: a telecom operator's Gantt plan of moving base stations to hybrid power, measures `1.1` under section rows, the one
responsible and eight quarter columns of 2026–2027 under merged year headers filled with `■`, no deadline written but the
bars (VI: a tower company's green-energy plan with twelve month columns `T1` … `T12`) (IX1); a bank processing centre's
plan approved by its management board, the term, the unit responsible before a column of co-executors, the budget line
`CAPEX` / `OPEX` and thousands of tenge with a zero and a total row (VI: a data centre's ISO 14001 programme, objectives
spanning the table over actions `1.1`, the one in charge, resources, deadline and indicator) (IX2).
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
    return " ".join(text.split()[:n]).rstrip(",;:.")


def _core(name: str) -> str:
    """The quoted part of a name (`Ұлы Дала` of `Кампус «Ұлы Дала»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the place's prefix."""
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
    """`49°48′31,2″ с.ш.` and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    sec = f"{s:04.1f}".replace(".", ",")
    return f"{d}°{m:02d}′{sec}″ {HEMI[lang][0 if lat else 1]}", d + m / 60 + s / 3600


def _fixed(x: float, places: int = 5) -> str:
    """A coordinate as a spreadsheet of fixed decimals shows it: `76,95500`."""
    return f"{x:.{places}f}".replace(".", ",")


def _sci(x: float) -> str:
    """A tiny figure as a spreadsheet exports it: `2,4E-06`."""
    mant, exp = f"{x:.1E}".split("E")
    return f"{mant.replace('.', ',')}E{exp[0]}{exp[1:].zfill(2)}"


def _maybe_other(doc: Doc, share: float = 0.3) -> None:
    """Now and then a table of no role that fits an office, a data centre or a campus (no equipment list of a plant)."""
    if doc.rng.random() < share:
        distractor(doc, doc.pick(("contents", "approval", "contacts", "budget")))


# code: (RU, KK, VI, hazard class as the KZ list of pollutants gives it) — names of the list; a Kazakh table keeps the
# Russian chemical name where there is no other, as Kazakh tables do
AIR = {
    "0301": ("Азота диоксид (Азот (IV) оксид)", "Азот диоксиді", "NOx (tính theo NO2)", 3),
    "0304": ("Азот (II) оксид (Азота оксид)", "Азот оксиді", "", 3),
    "0328": ("Углерод (Сажа)", "Көміртек (күйе)", "", 3),
    "0330": ("Сера диоксид (Ангидрид сернистый)", "Күкірт диоксиді", "SO2", 3),
    "0333": ("Сероводород (Дигидросульфид)", "Күкіртсутек", "H2S", 2),
    "0337": ("Углерод оксид", "Көміртек оксиді", "CO", 4),
    "0703": ("Бенз/а/пирен (3,4-Бензпирен)", "Бенз(а)пирен", "", 1),
    "1325": ("Формальдегид", "Формальдегид", "", 2),
    "2754": ("Алканы С12-19 (в пересчете на С)", "Алкандар С12-19 (С-ға шаққанда)", "", 4),
    "2902": ("Взвешенные частицы", "Қалқыма бөлшектер", "Bụi tổng", 3),
    "0322": ("Серная кислота", "Күкірт қышқылы", "Hơi axit H2SO4", 2),
    "0302": ("Азотная кислота", "Азот қышқылы", "", 2),
    "0316": ("Гидрохлорид (Соляная кислота)", "Тұз қышқылы (гидрохлорид)", "", 2),
    "1401": ("Пропан-2-он (Ацетон)", "Пропан-2-он (ацетон)", "", 4),
    "1061": ("Этанол (Спирт этиловый)", "Этанол (этил спирті)", "", 4),
    "0938": ("1,1,1,2-Тетрафторэтан (Фреон-134а)", "1,1,1,2-Тетрафторэтан (фреон-134а)", "", None),
    "0957": ("Дифторметан (Фреон-32)", "Дифторметан (фреон-32)", "", 4),
    "0967": ("Пентафторэтан (Хладон-125)", "Пентафторэтан (хладон-125)", "", 4),
    "0859": ("Дифторхлорметан (Фреон-22)", "Дифторхлорметан (фреон-22)", "", 4),
}  # fmt: skip


def _air(doc: Doc, code: str) -> str:
    return AIR[code][vocab.LANGS.index(doc.lang)]


def _hz(code: str) -> int | None:
    return AIR[code][3]


DAILY = {"ru": "ежедневно", "kk": "күн сайын", "vi": "Hằng ngày"}
WEEKLY = {"ru": "еженедельно", "kk": "апта сайын", "vi": "Hằng tuần"}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, daily and weekly included."""
    if word == "daily":
        return DAILY[doc.lang]
    if word == "weekly":
        return WEEKLY[doc.lang]
    return freq(doc, word)


def _param(doc: Doc, kind: str, key: str) -> str:
    """The name of a monitored parameter: an air code, a water parameter or a soil element."""
    if kind == "code":
        return _air(doc, key) if key in AIR and _air(doc, key) else vocab.air(key, doc.lang, 1 if doc.lang == "vi" else 0)
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


# ---------------------------------------------------------------- facility

TELECOMS = (("АО «Дала Телеком»", "«Дала Телеком» АҚ"), ("ТОО «Тұлпар Мобайл»", "«Тұлпар Мобайл» ЖШС"),
            ("АО «Алтын Сигнал Коммуникейшнс»", "«Алтын Сигнал Коммуникейшнс» АҚ"))
# (site code, RU name, KK name, key, RU address, KK address, KATO prefix, lat, lon, RU generator, KK generator, category, region)
TELECOM_SITES = (
    ("ALM-A062", "АТС-62 (узел связи «Самал»)", "АТС-62 («Самал» байланыс торабы)", "АТС-62",
     "г. Алматы, Медеуский район, мкр. Самал-2, д. 58", "Алматы қ., Медеу ауданы, Самал-2 ш/а, 58-үй", "7519", 43.2318, 76.9531,
     "Cummins C550D5 – 1 шт. (400 кВт)", "Cummins C550D5 – 1 дана (400 кВт)", "III", 0),
    ("ALM-A027", "Междугородная телефонная станция МТС-2", "МТС-2 қалааралық телефон станциясы", "МТС-2",
     "г. Алматы, Алмалинский район, ул. Жибек Жолы, 100", "Алматы қ., Алмалы ауданы, Жібек жолы к-сі, 100", "7511", 43.2606, 76.9330,
     "Caterpillar C18 – 2 шт. (по 550 кВт)", "Caterpillar C18 – 2 дана (әрқайсысы 550 кВт)", "III", 0),
    ("ALM-0457", "Базовая станция «Көктөбе-2»", "«Көктөбе-2» базалық станциясы", "Көктөбе-2",
     "г. Алматы, Медеуский район, ул. Омарова, 35 (кровля)", "Алматы қ., Медеу ауданы, Омаров к-сі, 35 (шатыр)", "7519", 43.2270, 76.9832,
     "SDMO T33K – 1 шт. (26 кВт)", "SDMO T33K – 1 дана (26 кВт)", "IV", 0),
    ("ALM-0712", "Базовая станция «Шаңырақ-Батыс»", "«Шаңырақ-Батыс» базалық станциясы", "Шаңырақ-Батыс",
     "г. Алматы, Алатауский район, мкр. Шанырак-2, ул. Жанкожа батыра, 212", "Алматы қ., Алатау ауданы, Шаңырақ-2 ш/а, Жанқожа батыр к-сі, 212",
     "7513", 43.3065, 76.8212, "FG Wilson P33-3 – 1 шт. (24 кВт)", "FG Wilson P33-3 – 1 дана (24 кВт)", "IV", 0),
    ("ALO-0133", "Базовая станция «Қаскелең-Орталық»", "«Қаскелең-Орталық» базалық станциясы", "Қаскелең-Орталық",
     "Алматинская область, Карасайский район, г. Каскелен, ул. Тауелсиздик, 12", "Алматы облысы, Қарасай ауданы, Қаскелең қ., Тәуелсіздік к-сі, 12",
     "1946", 43.2005, 76.6240, "FG Wilson P33-3 – 1 шт. (24 кВт)", "FG Wilson P33-3 – 1 дана (24 кВт)", "IV", 1),
    ("ALO-A004", "Районный узел связи «Талғар»", "«Талғар» аудандық байланыс торабы", "Талғар",
     "Алматинская область, Талгарский район, г. Талгар, ул. Абая, 41", "Алматы облысы, Талғар ауданы, Талғар қ., Абай к-сі, 41", "1956", 43.3047,
     77.2390, "Cummins C110D5 – 1 шт. (80 кВт)", "Cummins C110D5 – 1 дана (80 кВт)", "IV", 1),
    ("ALO-0398", "Базовая станция «Есік-Таулы»", "«Есік-Таулы» базалық станциясы", "Есік-Таулы",
     "Алматинская область, Енбекшиказахский район, г. Есик, ул. Токатаева, 7", "Алматы облысы, Еңбекшіқазақ ауданы, Есік қ., Тоқатаев к-сі, 7",
     "1940", 43.3555, 77.4526, "SDMO T33K – 1 шт. (26 кВт)", "SDMO T33K – 1 дана (26 кВт)", "IV", 1),
    ("KNV-A001", "АТС г. Конаев (узел связи «Қонаев»)", "Қонаев қ. АТС («Қонаев» байланыс торабы)", "Қонаев",
     "Алматинская область, г. Конаев, мкр. 3, д. 15", "Алматы облысы, Қонаев қ., 3 ш/а, 15-үй", "1910", 43.8671, 77.0646,
     "Cummins C275D5 – 1 шт. (200 кВт)", "Cummins C275D5 – 1 дана (200 кВт)", "III", 1),
)  # fmt: skip
REGIONS = (("г. Алматы", "Алматы қаласы"), ("Алматинская область", "Алматы облысы"))


def facility_ix1(doc: Doc) -> None:
    """A telecom operator's letter to the Department of Ecology with the annex listing its exchanges and base stations that
    carry standby diesel generators, one row per site under rows spanning the table for the city and the oblast: the
    operator's own site code (`ALM-0457`, a look-alike), the site's name and address, its KATO, latitude and longitude as two
    sub-columns of a merged `Координаты (WGS-84)` header with decimal commas, the generator and the category (III for the
    exchanges, IV for the base stations); the operator's BIN stands only in the letter's text, never in the table — each site
    is a facility of that BIN (VI: a tower company's annex of its BTS sites and host exchange in Bình Dương to its annual
    report, longitude before latitude, the enterprise number in the heading, no category)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ix1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = doc.pick(TELECOMS)[L]
    bin_ = make_bin(r)
    sites = sorted(r.sample(TELECOM_SITES, r.randint(5, 7)), key=TELECOM_SITES.index)
    out_no = f"{r.randint(1, 12):02d}-4/{r.randint(300, 2900)}"
    day = r.randint(2, 27)
    doc.p(g(f"Исх. № {out_no} от {day:02d}.02.2026", f"Шығ. № {out_no}, {day:02d}.02.2026", ""))
    doc.p(g("Руководителю РГУ «Департамент экологии по городу Алматы Комитета экологического регулирования и контроля Министерства "
            "экологии и природных ресурсов Республики Казахстан»",
            "Қазақстан Республикасы Экология және табиғи ресурстар министрлігі Экологиялық реттеу және бақылау комитетінің «Алматы "
            "қаласы бойынша экология департаменті» РММ басшысына", ""))
    doc.h(g("О представлении сведений об объектах связи, оснащенных резервными источниками электроснабжения",
            "Резервтік электрмен жабдықтау көздерімен жарақтандырылған байланыс объектілері туралы мәліметтерді ұсыну туралы", ""))
    doc.p(g(f"{operator} (БИН {bin_}) на Ваш запрос сообщает, что на объектах связи компании в г. Алматы и Алматинской области в "
            "качестве резервных источников электроснабжения используются дизель-генераторные установки (ДГУ), работающие только при "
            "отключении внешней сети и при ежемесячных регламентных прогонах. Категории объектов определены оператором "
            "самостоятельно в соответствии со статьей 12 Экологического кодекса Республики Казахстан. Перечень объектов приводится в "
            "приложении.",
            f"{operator} (БСН {bin_}) Сіздің сұрауыңызға компанияның Алматы қаласы мен Алматы облысындағы байланыс объектілерінде "
            "резервтік электрмен жабдықтау көздері ретінде тек сыртқы желі ажыратылғанда және ай сайынғы регламенттік сынақтар кезінде "
            "жұмыс істейтін дизель-генераторлық қондырғылар (ДГҚ) пайдаланылатынын хабарлайды. Объектілердің санаттарын оператор "
            "Қазақстан Республикасы Экология кодексінің 12-бабына сәйкес өз бетінше айқындады. Объектілер тізбесі қосымшада келтірілген.", ""))
    head0 = g(["№ п/п", "Код площадки", "Наименование объекта", "Адрес размещения", "Код КАТО", "Координаты (WGS-84)", None,
               "Резервный источник (ДГУ)", "Категория объекта"],
              ["Р/с №", "Алаң коды", "Объектінің атауы", "Орналасқан мекенжайы", "ҚАТО коды", "Координаттары (WGS-84)", None,
               "Резервтік көз (ДГҚ)", "Объект санаты"], [])
    rows = [head0, [None] * 5 + g(["широта, °", "долгота, °"], ["ендік, °", "бойлық, °"], []) + [None, None]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 4, 7, 8)] + [(0, 5, 0, 6)]
    n = 0
    for reg in (0, 1):
        chosen = [s for s in sites if s[12] == reg]
        if not chosen:
            continue
        _span(rows, merges, REGIONS[reg][L], 9)
        for code, n_ru, n_kk, key, a_ru, a_kk, prefix, lat0, lon0, d_ru, d_kk, cat, _ in chosen:
            n += 1
            lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
            kato = _kato(doc, prefix)
            rows.append([str(n), code, (n_ru, n_kk)[L], (a_ru, a_kk)[L], kato, _fixed(lat), _fixed(lon), (d_ru, d_kk)[L], cat])
            doc.add("facilities", {"bin": bin_, "name_contains": key, "kato": kato, "category": cat, "lat": lat, "lon": lon})
    doc.table(g("Приложение. Перечень объектов связи, оснащенных резервными дизель-генераторными установками",
                "Қосымша. Резервтік дизель-генераторлық қондырғылармен жарақтандырылған байланыс объектілерінің тізбесі", ""),
              rows, merges, role="facility")
    doc.p(g("Примечание: код площадки – внутренний идентификатор объекта в системе управления сетью оператора.",
            "Ескертпе: алаң коды – оператордың желіні басқару жүйесіндегі объектінің ішкі сәйкестендіргіші.", ""))
    _maybe_other(doc)


# (site code, name, key, address, lat, lon, generator, town)
VN_TOWERS = (
    ("BDG-HOST01", "Nhà trạm viễn thông Phú Cường (tổng đài host)", "Phú Cường", "số 12 đường Yersin, phường Phú Cường", 10.9805, 106.6519,
     "01 máy 250 kVA", "Thành phố Thủ Dầu Một"),
    ("BDG0457", "Trạm BTS Phú Hòa 2", "Phú Hòa 2", "đường Lê Hồng Phong, phường Phú Hòa", 10.9712, 106.6715, "01 máy 15 kVA",
     "Thành phố Thủ Dầu Một"),
    ("BDG0612", "Trạm BTS Dĩ An Chợ", "Dĩ An Chợ", "đường Trần Hưng Đạo, phường Dĩ An", 10.9068, 106.7695, "01 máy 15 kVA", "Thành phố Dĩ An"),
    ("BDG0638", "Trạm BTS Tân Đông Hiệp 4", "Tân Đông Hiệp 4", "đường ĐT743, phường Tân Đông Hiệp", 10.9221, 106.7483, "01 máy 20 kVA",
     "Thành phố Dĩ An"),
    ("BDG0733", "Trạm BTS Thuận Giao 3", "Thuận Giao 3", "đường Thuận Giao 21, phường Thuận Giao", 10.9512, 106.7131, "01 máy 15 kVA",
     "Thành phố Thuận An"),
    ("BDG0845", "Trạm BTS Mỹ Phước 4", "Mỹ Phước 4", "đường NE8, phường Mỹ Phước", 11.1402, 106.6023, "01 máy 20 kVA", "Thành phố Bến Cát"),
    ("BDG0921", "Trạm BTS Uyên Hưng", "Uyên Hưng", "đường ĐT746, phường Uyên Hưng", 11.0703, 106.7958, "01 máy 15 kVA", "Thành phố Tân Uyên"),
)  # fmt: skip
VN_TOWER_COS = ("Công ty Cổ phần Hạ tầng Viễn thông Phương Nam", "Công ty TNHH Trạm Viễn thông Sông Bé")


def _facility_ix1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_TOWER_COS)
    msdn = make_msdn(r)
    sites = [VN_TOWERS[0]] + sorted(r.sample(VN_TOWERS[1:], r.randint(4, 5)), key=VN_TOWERS.index)
    doc.p(f"{company.upper()} – Mã số doanh nghiệp: {msdn}")
    doc.h("BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – PHỤ LỤC 1")
    doc.p("Danh sách các trạm viễn thông của Công ty trên địa bàn tỉnh Bình Dương có lắp đặt máy phát điện dự phòng chạy dầu DO. Máy phát "
          "chỉ vận hành khi mất điện lưới và khi chạy thử định kỳ 30 phút/tháng. Tọa độ lấy theo hệ WGS-84 (độ thập phân).")
    rows = [["TT", "Mã trạm", "Tên trạm", "Địa chỉ", "Kinh độ (Đ)", "Vĩ độ (B)", "Máy phát điện dự phòng"]]
    merges = []
    n = 0
    for town in dict.fromkeys(s[7] for s in sites):
        _span(rows, merges, town, 7)
        for code, name, key, addr, lat0, lon0, gen, _ in (s for s in sites if s[7] == town):
            n += 1
            lat, lon = round(lat0 + r.uniform(-0.002, 0.002), 5), round(lon0 + r.uniform(-0.002, 0.002), 5)
            rows.append([str(n), code, name, f"{addr}, {town[0].lower() + town[1:]}, tỉnh Bình Dương", _fixed(lon),
                         _fixed(lat), gen])
            doc.add("facilities", {"bin": msdn, "name_contains": key, "lat": lat, "lon": lon})
    doc.table("Bảng PL1. Danh sách trạm viễn thông có máy phát điện dự phòng", rows, merges, role="facility")
    doc.p("Ghi chú: Mã trạm là mã quản lý nội bộ trên hệ thống quản lý mạng của Công ty.")
    _maybe_other(doc)


# (RU university, KK university, RU campus, KK campus, RU address, KK address, KATO prefix, lat, lon, boilers MW, generators kW)
UNIVERSITIES = (
    ("НАО «Университет «Ұлы Дала»»", "«Ұлы Дала университеті» КЕАҚ", "Университетский кампус «Ұлы Дала»", "«Ұлы Дала» университеттік кампусы",
     "г. Астана, район Есиль, пр. Мангилик Ел, 62", "Астана қ., Есіл ауданы, Мәңгілік Ел даңғ., 62", "7114", 51.0905, 71.4182, (3, 10), (2, 800)),
    ("НАО «Алатауский политехнический университет»", "«Алатау политехникалық университеті» КЕАҚ", "Кампус «Алатау»", "«Алатау» кампусы",
     "г. Алматы, Бостандыкский район, ул. Тимирязева, 71", "Алматы қ., Бостандық ауданы, Тимирязев к-сі, 71", "7515", 43.2249, 76.9107,
     (2, 12), (2, 630)),
    ("НАО «Ертісский университет технологий»", "«Ертіс технологиялар университеті» КЕАҚ", "Студенческий городок «Ертіс»", "«Ертіс» студенттік қалашығы",
     "Павлодарская область, г. Павлодар, ул. Ломова, 64", "Павлодар облысы, Павлодар қ., Ломов к-сі, 64", "5510", 52.2747, 76.9661, (3, 8),
     (1, 1000)),
)  # fmt: skip


def facility_ix2(doc: Doc) -> None:
    """A Department of Ecology's conclusion determining the category of a university campus: a card under three section rows
    — the operator (a non-commercial joint-stock company) with its BIN, then the campus with its place, KATO, OKED written
    with its words (`85420 – Высшее образование`), the centre in degrees, minutes and seconds, then the result with the
    category `II (вторая)` — followed by the table of the campus's kinds of activity each checked against the Code's annex,
    which names the categories II and III and dashes and has no role: the category of the object is the highest of them, as
    the card says (VI: a provincial Department's letter classifying a data-centre project by environmental criteria, the
    centre in VN-2000 metres beside WGS-84 degrees, `Nhóm II` in the card and a table of criteria of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ix2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    u = doc.pick(UNIVERSITIES)
    operator, campus, place, prefix, lat0, lon0, (boilers, mw), (gens, kw) = u[L], u[2 + L], u[4 + L], u[6], u[7], u[8], u[9], u[10]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.002, 0.002), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.002, 0.002), False, doc.lang)
    app = f"KZ{r.randint(10, 99)}RYS{r.randint(10**7, 10**8 - 1):08d}"
    doc.h(g("Заключение об определении категории объекта, оказывающего негативное воздействие на окружающую среду",
            "Қоршаған ортаға теріс әсер ететін объектінің санатын айқындау туралы қорытынды", ""))
    doc.p(g(f"Рассмотрено заявление оператора № {app} от {r.randint(1, 28):02d}.01.2026 с приложенными материалами. Категория объекта "
            "определена в соответствии со статьей 12 Экологического кодекса Республики Казахстан и Инструкцией по определению категории "
            "объекта, оказывающего негативное воздействие на окружающую среду.",
            f"Оператордың 2026 жылғы {r.randint(1, 28)} қаңтардағы № {app} өтініші қоса берілген материалдармен қаралды. Объектінің санаты "
            "Қазақстан Республикасы Экология кодексінің 12-бабына және Қоршаған ортаға теріс әсер ететін объектінің санатын айқындау "
            "жөніндегі нұсқаулыққа сәйкес айқындалды.", ""))
    rows, merges = [], []
    _span(rows, merges, g("1. Сведения об операторе", "1. Оператор туралы мәліметтер", ""), 2)
    rows += [[g("Наименование", "Атауы", ""), operator],
             [g("Бизнес-идентификационный номер (БИН)", "Бизнес-сәйкестендіру нөмірі (БСН)", ""), bin_],
             [g("Юридический адрес", "Заңды мекенжайы", ""), place]]
    _span(rows, merges, g("2. Сведения об объекте", "2. Объект туралы мәліметтер", ""), 2)
    rows += [[g("Наименование объекта", "Объектінің атауы", ""), campus],
             [g("Местонахождение", "Орналасқан жері", ""), place],
             [g("Код КАТО", "ҚАТО коды", ""), kato],
             [g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""), g("85420 – Высшее образование", "85420 – Жоғары білім", "")],
             [g("Координаты центра площадки", "Алаң орталығының координаттары", ""), f"{lat}, {lon}"],
             [g("Площадь территории", "Аумақтың ауданы", ""), g(f"{num(round(r.uniform(18, 46), 1), 'ru')} га", f"{num(round(r.uniform(18, 46), 1), 'kk')} га", "")],
             [g("Численность обучающихся и работников", "Білім алушылар мен қызметкерлер саны", ""), num(r.randint(90, 160) * 100, doc.lang)]]
    _span(rows, merges, g("3. Результат", "3. Нәтиже", ""), 2)
    rows += [[g("Категория объекта", "Объектінің санаты", ""), g("II (вторая)", "II (екінші)", "")],
             [g("Основание", "Негіздеме", ""), g("пункт 7 Инструкции: по виду деятельности с наиболее высокой категорией (таблица 2)",
                                                 "Нұсқаулықтың 7-тармағы: санаты ең жоғары қызмет түрі бойынша (2-кесте)", "")]]  # fmt: skip
    doc.table(g("Таблица 1. Общие сведения", "1-кесте. Жалпы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(campus), "kato": kato, "oked": "85420", "category": "II", "lat": lat_v, "lon": lon_v})
    crit = [g(["№", "Вид деятельности на объекте", "Пункт приложения 2 к Экологическому кодексу РК", "Категория по виду деятельности"],
              ["№", "Объектідегі қызмет түрі", "ҚР Экология кодексінің 2-қосымшасының тармағы", "Қызмет түрі бойынша санат"], []),
            ["1", g(f"Производство тепловой энергии: котельная кампуса, {boilers} водогрейных котла по {mw} МВт на природном газе",
                    f"Жылу энергиясын өндіру: кампус қазандығы, табиғи газбен жұмыс істейтін әрқайсысы {mw} МВт {boilers} су жылыту қазандығы", ""),
             g("раздел 2, пункт 1", "2-бөлім, 1-тармақ", ""), "II"],
            ["2", g(f"Резервное электроснабжение: {gens} ДГУ мощностью {kw} кВт", f"Резервтік электрмен жабдықтау: қуаты {kw} кВт {gens} ДГҚ", ""),
             g("раздел 3, пункт 2", "3-бөлім, 2-тармақ", ""), "III"],
            ["3", g("Учебные и научные химические и биологические лаборатории", "Оқу және ғылыми химиялық және биологиялық зертханалар", ""),
             g("не относится к видам деятельности приложения 2", "2-қосымшадағы қызмет түрлеріне жатпайды", ""), "–"],
            ["4", g("Столовая, студенческие общежития, спортивный комплекс", "Асхана, студенттік жатақханалар, спорт кешені", ""),
             g("не относится", "жатпайды", ""), "–"]]  # fmt: skip
    doc.table(g("Таблица 2. Виды деятельности на объекте", "2-кесте. Объектідегі қызмет түрлері", ""), crit, role="other")
    doc.p(g("Настоящее заключение является основанием для получения экологического разрешения на воздействие и действует до изменения "
            "видов или объемов деятельности на объекте.",
            "Осы қорытынды әсер етуге арналған экологиялық рұқсат алуға негіз болып табылады және объектідегі қызмет түрлері немесе көлемдері "
            "өзгергенге дейін қолданылады.", ""))


# (project, key, company, address, lat, lon, VN-2000 X, Y, IT load MW, generators, capital billion đồng, province's Department)
VN_DC_PROJECTS = (
    ("Trung tâm dữ liệu Sao Bắc Bình Dương", "Sao Bắc", "Công ty TNHH Dữ liệu Sao Bắc",
     "Lô C-7, Khu công nghiệp VSIP II, phường Hòa Phú, thành phố Thủ Dầu Một, tỉnh Bình Dương", 11.0597, 106.6740, 1_223_840, 574_410, 12,
     "08 máy 2.500 kVA và 02 máy 1.500 kVA", 3_850, "Sở Tài nguyên và Môi trường tỉnh Bình Dương"),
    ("Trung tâm dữ liệu Thăng Long IDC", "Thăng Long IDC", "Công ty Cổ phần Hạ tầng Số Thăng Long",
     "Lô 42, Khu công nghiệp Thăng Long, xã Kim Chung, huyện Đông Anh, thành phố Hà Nội", 21.1290, 105.7870, 2_337_520, 581_960, 20,
     "12 máy 2.000 kVA và 02 máy 1.250 kVA", 5_200, "Sở Tài nguyên và Môi trường thành phố Hà Nội"),
    ("Trung tâm dữ liệu Tân Thuận Cloud", "Tân Thuận Cloud", "Công ty Cổ phần Điện toán Đám mây Nam Sài Gòn",
     "Lô A-15, Khu chế xuất Tân Thuận, phường Tân Thuận Đông, Quận 7, Thành phố Hồ Chí Minh", 10.7600, 106.7360, 1_189_350, 605_120, 8,
     "06 máy 2.250 kVA và 01 máy 800 kVA", 2_450, "Sở Tài nguyên và Môi trường Thành phố Hồ Chí Minh"),
)  # fmt: skip


def _facility_ix2_vi(doc: Doc) -> None:
    r = doc.rng
    name, key, company, addr, lat0, lon0, x, y, mw, gens, capital, dept = doc.pick(VN_DC_PROJECTS)
    msdn = make_msdn(r)
    lat, lat_v = _dms(lat0 + r.uniform(-0.001, 0.001), True, "vi")
    lon, lon_v = _dms(lon0 + r.uniform(-0.001, 0.001), False, "vi")
    doc.p(f"{dept.upper()} – Số: {r.randint(400, 4800)}/STNMT-CCBVMT")
    doc.p(f"V/v xác định tiêu chí về môi trường để phân loại dự án {name}")
    doc.h("THÔNG BÁO KẾT QUẢ PHÂN LOẠI DỰ ÁN ĐẦU TƯ THEO TIÊU CHÍ VỀ MÔI TRƯỜNG")
    doc.p(f"Sở nhận được Văn bản số {r.randint(10, 99)}/2025/CV ngày {r.randint(1, 28):02d}/02/2025 của {company} đề nghị hướng dẫn xác định "
          "nhóm dự án theo tiêu chí về môi trường. Căn cứ Điều 28 Luật Bảo vệ môi trường năm 2020 và Điều 25 Nghị định số 08/2022/NĐ-CP, "
          "Sở có ý kiến như sau:")
    rows = [["Nội dung", "Thông tin"],
            ["Tên dự án", name],
            ["Chủ dự án", company],
            ["Mã số doanh nghiệp", msdn],
            ["Địa điểm thực hiện", addr],
            ["Tọa độ tâm khu đất", f"X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m (VN-2000); {lat}, {lon} (WGS-84)"],
            ["Quy mô, công suất", f"Công suất IT {mw} MW; máy phát điện dự phòng: {gens}; tháp giải nhiệt kiểu kín"],
            ["Tổng vốn đầu tư", f"{num(capital, 'vi')} tỷ đồng"],
            ["Kết quả phân loại", "Dự án đầu tư nhóm II"]]
    doc.table("1. Thông tin về dự án", rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": key, "category": "II", "lat": lat_v, "lon": lon_v})
    crit = [["TT", "Tiêu chí", "Căn cứ", "Kết quả đối chiếu"],
            ["1", "Loại hình sản xuất, kinh doanh, dịch vụ có nguy cơ gây ô nhiễm môi trường", "Phụ lục II Nghị định 08/2022/NĐ-CP",
             "Không thuộc"],
            ["2", "Quy mô vốn đầu tư", "Luật Đầu tư công (dự án nhóm A)", f"Thuộc ({num(capital, 'vi')} tỷ đồng)"],
            ["3", "Yếu tố nhạy cảm về môi trường", "Khoản 4 Điều 25 Nghị định 08/2022/NĐ-CP", "Không có (nằm trong khu công nghiệp)"],
            ["4", "Nhóm I", "Khoản 3 Điều 28 Luật BVMT", "Không thuộc"],
            ["5", "Nhóm II", "Khoản 4 Điều 28 Luật BVMT", "Thuộc"]]
    doc.table("2. Đối chiếu tiêu chí phân loại", crit, role="other")
    doc.p("Chủ dự án có trách nhiệm lập hồ sơ đề nghị cấp giấy phép môi trường theo quy định tại Điều 39 Luật Bảo vệ môi trường trước khi "
          "đưa dự án vào vận hành.")


# ---------------------------------------------------------------- emissions

# specific emissions of a stationary diesel unit: code: (g/kWh, g/kg of fuel)
DIESEL = {"0301": (8.0, 33.6), "0304": (1.3, 5.46), "0328": (0.7, 3.0), "0330": (1.1, 4.5), "0337": (6.2, 26.0), "0703": (1.3e-5, 5.5e-5),
          "1325": (0.12, 0.5), "2754": (2.9, 12.0)}
# (RU exchange, KK exchange, [(label, model, kW, fuel kg/h)], battery rooms)
EXCHANGES = (
    ("АТС-62 (узел связи «Самал»), г. Алматы", "АТС-62 («Самал» байланыс торабы), Алматы қ.", [("ДГУ-1", "Cummins C550D5", 400, 98)], 1),
    ("Междугородная телефонная станция МТС-2, г. Алматы", "МТС-2 қалааралық телефон станциясы, Алматы қ.",
     [("ДГУ-1", "Caterpillar C18", 550, 136), ("ДГУ-2", "Caterpillar C18", 550, 136)], 2),
    ("Областной узел связи, г. Караганда", "Облыстық байланыс торабы, Қарағанды қ.", [("ДГУ-1", "Volvo Penta TAD1641GE", 440, 110)], 2),
)  # fmt: skip


def _fig(x: float, lang: str) -> tuple[str, float]:
    """A figure as the exported table prints it — tiny ones in E-notation — and the value it stands for."""
    if x < 1e-4:
        v = _sig(x, 2)
        return _sci(v), v
    v = _sig(x, 4)
    return num(v, lang), v


def emissions_ix1(doc: Doc) -> None:
    """The inventory of a telecom exchange's sources exported from the calculation program: a row spanning the table for each
    source with its number, name and parameters (`ИЗА № 0001. Выхлопная труба ДГУ-1 …; H = 6 м`), the substances under it
    numbered anew, a class column, g/s and t/year under a merged header and a row of column numbers; the standby generators'
    benzo(a)pyrene and the battery rooms' sulphuric acid in E-notation (`1,4E-06`), the tank's breather and the fuel-receiving
    pad as the last sources, a total row (VI: a network operations building's generators and UPS battery rooms in a permit
    application, the sources named in spanning rows without numbers, an emission-factor column of no item)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ix1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    ex = doc.pick(EXCHANGES)
    place, gens, rooms = ex[L], ex[2], ex[3]
    hours = r.randint(36, 60)
    doc.h(g(f"Инвентаризация источников выбросов загрязняющих веществ в атмосферу. {place}",
            f"{place.rstrip('.')}. Атмосфераға ластаушы заттар шығарындылары көздерін түгендеу", ""))
    doc.p(g(f"Дизель-генераторные установки работают при отключении внешнего электроснабжения и при ежемесячных прогонах; расчетное время "
            f"работы – {hours} ч/год. Выбросы от ДГУ определены по методике расчета выбросов от стационарных дизельных установок, от "
            "аккумуляторных – по удельным выделениям при заряде батарей. Таблица сформирована программным комплексом и выгружена в MS Excel.",
            f"Дизель-генераторлық қондырғылар сыртқы электрмен жабдықтау ажыратылғанда және ай сайынғы сынақтар кезінде жұмыс істейді; есептік "
            f"жұмыс уақыты – жылына {hours} сағ. ДГҚ шығарындылары стационарлық дизельдік қондырғылар шығарындыларын есептеу әдістемесі бойынша, "
            "аккумуляторлық бөлмелердікі – батареяларды зарядтау кезіндегі үлестік бөлінулер бойынша анықталды. Кесте бағдарламалық кешенмен "
            "жасалып, MS Excel-ге түсірілді.", ""))
    rows = [g(["№ п/п", "Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности", "Выброс загрязняющего вещества", None],
              ["Р/с №", "ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы", "Ластаушы заттың шығарындысы", None], []),
            [None, None, None, None, "г/с", g("т/год", "т/жыл", "")],
            ["1", "2", "3", "4", "5", "6"]]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5)]
    sources, all_g, all_t = [], [], []

    def block(number: str, title: str, items: list[tuple[str, float, float]]) -> None:
        _span(rows, merges, title, 6)
        sources.append(number)
        for k, (code, gs, ty) in enumerate(items, 1):
            gs_txt, gs_v = _fig(gs, doc.lang)
            ty_txt, ty_v = _fig(ty, doc.lang)
            hz = _hz(code)
            rows.append([str(k), code, _air(doc, code), str(hz) if hz else "–", gs_txt, ty_txt])
            doc.add("emissions", emission(code, gs_v, ty_v, number, hz))
            all_g.append(gs_v)
            all_t.append(ty_v)

    fuel_total = 0.0
    for k, (label, model, kw, kgh) in enumerate(gens, 1):
        fuel = round(kgh * hours / 1000, 2)
        fuel_total += fuel
        h = r.choice((5, 6, 8))
        title = g(f"ИЗА № {k:04d}. Выхлопная труба {label} {model} ({kw} кВт); H = {h} м, D = 0,{r.choice((15, 2, 25))} м; "
                  f"расход топлива {num(fuel, 'ru')} т/год",
                  f"№ {k:04d} ЛШК. {label.replace('ДГУ', 'ДГҚ')} {model} ({kw} кВт) шығару құбыры; H = {h} м, D = 0,{r.choice((15, 2, 25))} м; "
                  f"отын шығыны жылына {num(fuel, 'kk')} т", "")
        block(f"{k:04d}", title, [(c, e * kw / 3600, q * fuel / 1000) for c, (e, q) in DIESEL.items()])
    n = len(gens)
    for b in range(1, rooms + 1):
        n += 1
        gs = r.uniform(1.2e-6, 4.5e-6)
        block(f"{n:04d}", g(f"ИЗА № {n:04d}. Вытяжная шахта аккумуляторной № {b} (батареи СК-16, 60 элементов); H = 4 м",
                            f"№ {n:04d} ЛШК. № {b} аккумуляторлық бөлменің сору шахтасы (СК-16 батареялары, 60 элемент); H = 4 м", ""),
              [("0322", gs, gs * 3600 * r.randint(1500, 2600) / 1e6)])
    n += 1
    block(f"{n:04d}", g(f"ИЗА № {n:04d}. Дыхательный клапан расходного бака дизельного топлива (V = 1 м³)",
                        f"№ {n:04d} ЛШК. Дизель отынының шығыс багының тыныс алу клапаны (V = 1 м³)", ""),
          [("0333", r.uniform(2e-6, 9e-6), fuel_total * r.uniform(2e-7, 6e-7)), ("2754", r.uniform(0.0008, 0.003), fuel_total * r.uniform(8e-5, 2e-4))])
    block("6001", g("ИЗА № 6001. Площадка приема дизельного топлива (слив из автоцистерны)", "№ 6001 ЛШК. Дизель отынын қабылдау алаңы (автоцистернадан құю)", ""),
          [("0333", r.uniform(1e-5, 4e-5), fuel_total * r.uniform(1e-7, 4e-7)), ("2754", r.uniform(0.004, 0.012), fuel_total * r.uniform(4e-5, 1.2e-4))])
    rows.append(["", "", g("Всего по объекту", "Объект бойынша барлығы", ""), "", num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang)])
    doc.table(g("Таблица 2.3 – Количественные характеристики выбросов загрязняющих веществ по источникам",
                "2.3-кесте – Көздер бойынша ластаушы заттар шығарындыларының сандық сипаттамалары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s, "type": _kind(s)} for s in sources))
    doc.p(g("Значения менее 0,0001 приведены в экспоненциальной форме (1,4E-06 = 0,0000014).",
            "0,0001-ден кем мәндер экспоненциалдық түрде келтірілген (1,4E-06 = 0,0000014).", ""))
    _maybe_other(doc)


# VI emission factors of diesel generators, kg per tonne of DO (S = 0,05 %)
VN_DG_FACTORS = (("2902", "Bụi tổng", 0.71), ("0330", "SO2", 1.0), ("0301", "NOx (tính theo NO2)", 9.62), ("0337", "CO", 2.19))
VN_NOC = (("Tòa nhà Trung tâm Điều hành mạng miền Bắc", "Tổng Công ty Viễn thông Sông Hồng", "số 75 đường Trần Duy Hưng, phường Trung Hòa, quận Cầu Giấy, thành phố Hà Nội"),
          ("Tòa nhà Tổng đài và Trung tâm dữ liệu Nam Sài Gòn", "Công ty Cổ phần Viễn thông Nam Sài Gòn", "số 18 đường Nguyễn Văn Linh, phường Tân Phong, Quận 7, Thành phố Hồ Chí Minh"))  # fmt: skip


def _emissions_ix1_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, addr = doc.pick(VN_NOC)
    hours = r.choice((40, 48, 60))
    gens = r.choice((((2000, 420), (2000, 420)), ((2000, 420), (1250, 265)), ((1500, 315), (1500, 315), (800, 170))))
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Địa chỉ: {addr}.")
    doc.h("3.2. Nguồn phát sinh bụi, khí thải")
    doc.p(f"Khí thải phát sinh từ các máy phát điện dự phòng sử dụng dầu DO (S = 0,05 %) khi mất điện lưới và khi chạy thử định kỳ, tổng "
          f"thời gian vận hành ước tính {hours} giờ/năm, và hơi axit từ các phòng ắc quy của hệ thống UPS. Tải lượng được tính theo hệ số ô "
          "nhiễm của Tổ chức Y tế Thế giới (WHO) ở chế độ 100 % tải.")
    rows = [["Thông số", "Hệ số ô nhiễm (kg/tấn DO)", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k, (kva, kgh) in enumerate(gens, 1):
        _span(rows, merges, f"Ống xả máy phát điện số {k} ({num(kva, 'vi')} kVA; tiêu thụ {kgh} kg DO/giờ; ống xả cao {r.choice((28, 32, 36))} m, "
                            "đặt trên mái)", 4)
        for code, label, f in VN_DG_FACTORS:
            gs = _sig(f * kgh / 3600, 4)
            ty = _sig(gs * 3600 * hours / 1e6, 4)
            rows.append([label, num(f, "vi"), num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(code, gs, ty))
    for b, floor in enumerate(r.sample((3, 4, 5, 6), 2), 1):
        _span(rows, merges, f"Phòng ắc quy UPS số {b} (tầng {floor}; quạt hút thải ra mái)", 4)
        gs = _sig(r.uniform(1.5e-6, 5e-6), 2)
        ty = _sig(gs * 3600 * 8760 / 1e6, 2)
        rows.append(["Hơi axit H2SO4", "–", _sci(gs), _sci(ty)])
        doc.add("emissions", emission("0322", gs, ty))
    doc.table("Bảng 3.3. Tải lượng các chất ô nhiễm trong khí thải của cơ sở", rows, merges, role="emissions")
    doc.p("Ghi chú: tải lượng hơi axit tính cho ắc quy axit-chì kín khí (VRLA) ở chế độ nạp duy trì liên tục 8.760 giờ/năm.")
    _maybe_other(doc)


# (RU data centre, KK data centre, RU operator, KK operator)
DATA_CENTRES = (
    ("Центр обработки данных «Тенгри-1», г. Астана", "«Тенгри-1» деректерді өңдеу орталығы, Астана қ.", "ТОО «Тенгри ЦОД»", "«Тенгри ЦОД» ЖШС"),
    ("Центр обработки данных «Алатау Дата», г. Алматы", "«Алатау Дата» деректерді өңдеу орталығы, Алматы қ.", "ТОО «Алатау Дата Сервис»",
     "«Алатау Дата Сервис» ЖШС"),
    ("Центр обработки данных «Сарыарқа», г. Караганда", "«Сарыарқа» деректерді өңдеу орталығы, Қарағанды қ.", "ТОО «Сарыарқа Цифрлық Орталық»",
     "«Сарыарқа Цифрлық Орталық» ЖШС"),
)  # fmt: skip
# (number, RU equipment, KK equipment, RU refrigerant, KK refrigerant, units, kg a unit, (low, high) kg topped up, {code: share %})
COOLING = (
    ("6001", "Чиллеры системы холодоснабжения машинных залов", "Машиналық залдарды суықпен жабдықтау жүйесінің чиллерлері", "R-134a", "R-134a",
     4, 185, (28, 60), {"0938": 100}),
    ("6002", "Прецизионные кондиционеры машинных залов", "Машиналық залдардың прецизиялық кондиционерлері", "R-410A (R-32/R-125 50/50)",
     "R-410A (R-32/R-125 50/50)", 24, 9.5, (18, 35), {"0957": 50, "0967": 50}),
    ("6003", "Сплит-системы помещений ИБП и аккумуляторных", "ҮҚК және аккумуляторлық бөлмелердің сплит-жүйелері", "R-407C (R-32/R-125/R-134a 23/25/52)",
     "R-407C (R-32/R-125/R-134a 23/25/52)", 12, 4.2, (6, 12), {"0957": 23, "0967": 25, "0938": 52}),
    ("6004", "Кондиционеры административного блока, выводимые из эксплуатации", "Әкімшілік блоктың пайдаланудан шығарылатын кондиционерлері", "R-22", "R-22",
     6, 2.8, (2, 5), {"0859": 100}),
)  # fmt: skip


def emissions_ix2(doc: Doc) -> None:
    """A data centre's calculation of refrigerant leaks as unorganised sources, from the year's top-ups in the log of its
    cooling systems: the equipment, the refrigerant with the blend's composition (`R-410A (R-32/R-125 50/50)`), the charge and
    the kilograms topped up merged down over the blend's components, each component a row with its code, name, share in per
    cent, class, g/s and t/year — R-407C split into three substances, 1,1,1,2-tetrafluoroethane coming from two sources, its
    class a dash — the formula of the grams a second in a note (VI: a data centre's impact assessment giving the
    loads of one generator of each size as column groups, kg/h and g/s, a fuel row of no substance)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_ix2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    dc = doc.pick(DATA_CENTRES)
    place, operator = dc[L], dc[2 + L]
    systems = [c for c in COOLING if c[0] != "6004" or r.random() < 0.6]
    doc.h(g(f"Проект нормативов допустимых выбросов. {operator}. {place}", f"{operator}. {place.rstrip('.')}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.4. Выбросы хладагентов систем кондиционирования и холодоснабжения", "3.4. Кондиционерлеу және суықпен жабдықтау жүйелері хладагенттерінің шығарындылары", ""))
    doc.p(g("Выбросы хладагентов через неплотности оборудования приняты равными массе хладагента, дозаправленного в системы в 2025 году по "
            "журналу учета обслуживания; смесевые хладагенты разделены на компоненты по массовым долям. Выбросы ДГУ приведены в таблице 3.2.",
            "Жабдықтың тығыз емес жерлері арқылы хладагенттер шығарындылары қызмет көрсетуді есепке алу журналы бойынша 2025 жылы жүйелерге "
            "қосымша құйылған хладагент массасына тең қабылданды; қоспа хладагенттер массалық үлестері бойынша құрамдастарға бөлінді. ДГҚ "
            "шығарындылары 3.2-кестеде келтірілген.", ""))
    rows = [g(["№ ИЗА", "Оборудование", "Хладагент", "Заправка систем, кг", "Дозаправлено в 2025 г., кг", "Код ЗВ", "Наименование ЗВ",
               "Массовая доля, %", "Класс опасности", "Выброс", None],
              ["ЛШК №", "Жабдық", "Хладагент", "Жүйелердегі мөлшері, кг", "2025 ж. қосымша құйылды, кг", "ЛЗ коды", "ЛЗ атауы",
               "Массалық үлесі, %", "Қауіптілік сыныбы", "Шығарынды", None], []),
            [None] * 9 + [g("г/с", "г/с", ""), g("т/год", "т/жыл", "")]]
    merges = [(0, c, 1, c) for c in range(9)] + [(0, 9, 0, 10)]
    for number, e_ru, e_kk, rf_ru, rf_kk, units, charge, (lo, hi), comps in systems:
        topup = round(r.uniform(lo, hi), 1)
        start = len(rows)
        for j, (code, share) in enumerate(comps.items()):
            ty = round(topup * share / 100 / 1000, 6)
            gs = _sig(ty * 1e6 / (8760 * 3600), 3)
            hz = _hz(code)
            rows.append([number if j == 0 else None, (f"{(e_ru, e_kk)[L]} ({units} " + g("шт.)", "дана)", "")) if j == 0 else None,
                         (rf_ru, rf_kk)[L] if j == 0 else None, num(round(units * charge, 1), doc.lang) if j == 0 else None,
                         num(topup, doc.lang) if j == 0 else None, code, _air(doc, code), str(share), str(hz) if hz else "–",
                         num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(code, gs, ty, number, hz))
        if len(comps) > 1:
            merges += [(start, c, len(rows) - 1, c) for c in range(5)]
    doc.table(g("Таблица 3.4 – Расчет выбросов хладагентов", "3.4-кесте – Хладагенттер шығарындыларын есептеу", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized"} for s in systems))
    doc.p(g("Примечание: т/год = дозаправка, кг × доля / 100 / 1000; г/с = т/год × 10⁶ / (8 760 × 3 600) – утечка считается равномерной в "
            "течение года. Для 1,1,1,2-тетрафторэтана класс опасности не установлен.",
            "Ескертпе: т/жыл = қосымша құю, кг × үлес / 100 / 1000; г/с = т/жыл × 10⁶ / (8 760 × 3 600) – ағу жыл бойы біркелкі деп "
            "есептеледі. 1,1,1,2-тетрафторэтан үшін қауіптілік сыныбы белгіленбеген.", ""))
    _maybe_other(doc)


# the generators of each data centre of VN_DC_PROJECTS: (kVA, how many, kg of DO an hour)
VN_DG_CLASSES = (((2500, 8, 530), (1500, 2, 320)), ((2000, 12, 420), (1250, 2, 265)), ((2250, 6, 470), (800, 1, 175)))


def _emissions_ix2_vi(doc: Doc) -> None:
    r = doc.rng
    k = r.randrange(len(VN_DC_PROJECTS))
    name, _, company, addr = VN_DC_PROJECTS[k][:4]
    classes = VN_DG_CLASSES[k]
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN {name.upper()}")
    doc.p(f"Chủ dự án: {company}. Địa điểm: {addr}.")
    doc.h("3.2.1.2. Tác động do khí thải máy phát điện dự phòng")
    doc.p("Tải lượng ô nhiễm được tính cho 01 máy của mỗi loại khi vận hành ở 100 % tải, theo hệ số ô nhiễm của WHO đối với động cơ đốt "
          "dầu DO có hàm lượng lưu huỳnh 0,05 %. Mỗi máy có ống xả riêng, cao 15 m so với mặt đất.")
    head = ["TT", "Thông số", "Hệ số ô nhiễm (kg/tấn DO)"]
    for kva, count, _ in classes:
        head += [f"Máy phát {num(kva, 'vi')} kVA ({count:02d} máy)", None]
    rows = [head, [None, None, None] + ["Tải lượng (kg/giờ)", "Tải lượng (g/s)"] * len(classes)]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2)] + [(0, 3 + 2 * k, 0, 4 + 2 * k) for k in range(len(classes))]
    fuel_row = ["", "Lượng dầu DO tiêu thụ (kg/giờ)", "-"]
    for _, _, kgh in classes:
        fuel_row += [num(kgh, "vi"), "-"]
    rows.append(fuel_row)
    for n, (code, label, f) in enumerate(VN_DG_FACTORS, 1):
        line = [str(n), label, num(f, "vi")]
        for _, _, kgh in classes:
            kg_h = _sig(f * kgh / 1000, 4)
            gs = _sig(kg_h / 3.6, 4)
            line += [num(kg_h, "vi"), num(gs, "vi")]
            doc.add("emissions", emission(code, gs, None))
        rows.append(line)
    doc.table("Bảng 3.12. Tải lượng các chất ô nhiễm trong khí thải của 01 máy phát điện", rows, merges, role="emissions")
    doc.p(f"Máy phát điện chỉ vận hành khi mất điện lưới và chạy thử {r.choice(('01 lần/tháng, mỗi lần 30 phút', '02 lần/tháng, mỗi lần 15 phút'))}; "
          "khí thải được phát tán qua ống xả, không lắp đặt hệ thống xử lý.")
    _maybe_other(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, Basel code, hazardous?, (low, high) t, receiver)
TELECOM_WASTES = (
    ("16 06 01*", "Свинцовые аккумуляторы (батареи ИБП и АКБ базовых станций)", "Қорғасын аккумуляторлары (ҮҚК батареялары және базалық станциялардың АКБ)",
     "A1160", True, (8, 40), 0),
    ("16 02 13*", "Списанное телекоммуникационное оборудование, содержащее опасные компоненты",
     "Құрамында қауіпті компоненттері бар есептен шығарылған телекоммуникациялық жабдық", "A1180", True, (3, 15), 1),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "A1030", True, (0.05, 0.4), 2),
    ("13 02 05*", "Отработанные моторные масла ДГУ", "ДГҚ-ның пайдаланылған мотор майлары", "A3020", True, (0.3, 1.8), 1),
    ("16 01 07*", "Отработанные масляные фильтры ДГУ", "ДГҚ-ның пайдаланылған май сүзгілері", "–", True, (0.05, 0.3), 1),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "–", True, (0.05, 0.2), 1),
    ("16 02 14", "Списанное оборудование без опасных компонентов (стойки, корпуса, антенны)",
     "Қауіпті компоненттері жоқ есептен шығарылған жабдық (тіректер, корпустар, антенналар)", "B1110", False, (2, 12), 1),
    ("17 04 11", "Отходы кабелей связи", "Байланыс кабельдерінің қалдықтары", "B1115", False, (4, 20), 1),
    ("15 01 01", "Упаковка из бумаги и картона", "Қағаз және картон орамасы", "B3020", False, (1, 6), 3),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", "–", False, (15, 60), 3),
)  # fmt: skip
RECEIVERS = (("ТОО «Аккумулятор Рециклинг»", "«Аккумулятор Рециклинг» ЖШС"), ("ТОО «Экорециклинг Алматы»", "«Экорециклинг Алматы» ЖШС"),
             ("ТОО «Демеркуризация КЗ»", "«Демеркуризация КЗ» ЖШС"), ("ТОО «Таза Қала Сервис»", "«Таза Қала Сервис» ЖШС"))


def wastes_ix1(doc: Doc) -> None:
    """A telecom operator's branch's statement of the wastes it generated and handed over in 2025, under two rows spanning
    the table for hazardous and non-hazardous wastes: the name, the code of the classifier, a column of Basel Convention codes
    (`A1160`, `B1115`, a look-alike of no item), the tonnes generated — the amount — and then the tonnes handed over, fewer
    for the batteries kept in store, and the receiver (VI: a telecom company's annual report, hazardous wastes in kilograms
    with the receiver's licence number `1-2-3-4-5-6.045.VX` and the treatment method's letters, ordinary wastes without codes
    in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ix1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = doc.pick(TELECOMS)[L]
    branch = g(f"Алматинский филиал {operator}", f"{operator} Алматы филиалы", "")
    doc.h(g(f"Сведения об образовании и передаче отходов за 2025 год. {branch}", f"{branch}. 2025 жылғы қалдықтардың түзілуі және берілуі туралы мәліметтер", ""))
    doc.p(g("Отходы образуются при эксплуатации и модернизации сети связи (замена аккумуляторных батарей, демонтаж оборудования базовых "
            "станций и АТС, обслуживание ДГУ) и передаются специализированным организациям по договорам. Коды по Базельской конвенции "
            "указаны справочно для отходов, направляемых на переработку.",
            "Қалдықтар байланыс желісін пайдалану және жаңғырту кезінде (аккумулятор батареяларын ауыстыру, базалық станциялар мен АТС "
            "жабдығын бөлшектеу, ДГҚ-ға қызмет көрсету) түзіледі және шарттар бойынша мамандандырылған ұйымдарға беріледі. Базель конвенциясы "
            "бойынша кодтар қайта өңдеуге жіберілетін қалдықтар үшін анықтама ретінде көрсетілген.", ""))
    rows = [g(["№", "Наименование отхода", "Код отхода", "Код по Базельской конвенции", "Образовано, т", "Передано, т", "Получатель"],
              ["№", "Қалдықтың атауы", "Қалдық коды", "Базель конвенциясы бойынша коды", "Түзілді, т", "Берілді, т", "Алушы"], [])]
    merges = []
    n = 0
    for hazardous, (h_ru, h_kk) in ((True, ("Опасные отходы", "Қауіпті қалдықтар")), (False, ("Неопасные отходы", "Қауіпті емес қалдықтар"))):
        _span(rows, merges, (h_ru, h_kk)[L], 7)
        for code, n_ru, n_kk, basel, haz, (lo, hi), rec in TELECOM_WASTES:
            if haz != hazardous:
                continue
            n += 1
            made = round(r.uniform(lo, hi), 3 if hi < 1 else 2)
            given = round(made * r.uniform(0.6, 0.85), 3 if hi < 1 else 2) if code == "16 06 01*" else made
            name = (n_ru, n_kk)[L]
            rows.append([str(n), name, code, basel, num(made, doc.lang), num(given, doc.lang), RECEIVERS[rec][L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": haz, "amount_t": made, "name_contains": _words(name.split(" (")[0], 3)})
    doc.table(g("Таблица 1. Образование и передача отходов", "1-кесте. Қалдықтардың түзілуі және берілуі", ""), rows, merges, role="wastes")
    doc.p(g("Часть отработанных аккумуляторов на конец года находится на площадке накопления склада филиала (срок накопления не более шести месяцев).",
            "Пайдаланылған аккумуляторлардың бір бөлігі жыл соңында филиал қоймасының жинақтау алаңында тұр (жинақтау мерзімі алты айдан аспайды).", ""))
    _maybe_other(doc)


# (code, name, state, (low, high) kg, method)
VN_TELECOM_CTNH = (("19 06 01", "Rắn", (3000, 18000), "TC"), ("16 01 13", "Rắn", (800, 4200), "TC"), ("16 01 06", "Rắn", (30, 160), "HR"),
                   ("17 02 03", "Lỏng", (150, 900), "TC"), ("18 02 01", "Rắn", (40, 220), "TĐ"))
VN_TELECOM_ORDINARY = (("Thiết bị viễn thông hỏng không chứa thành phần nguy hại (vỏ tủ, giá đỡ, anten)", (1500, 6000)),
                       ("Cáp đồng, cáp quang thải", (2000, 9000)), ("Bao bì giấy, carton thải", (600, 2400)), ("Pallet gỗ hư hỏng", (300, 1200)))
VN_RECEIVERS = (("Công ty TNHH Môi trường Xanh Việt", "1-2-3-4-5-6.045.VX"), ("Công ty Cổ phần Tái chế Sao Nam", "1-2-3-4-5-6.117.VX"))


def _wastes_ix1_vi(doc: Doc) -> None:
    r = doc.rng
    company = doc.pick(VN_TOWER_COS + ("Tổng Công ty Viễn thông Sông Hồng",))
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {company.upper()}")
    doc.h("3. Kết quả quản lý chất thải rắn và chất thải nguy hại")
    doc.p("Chất thải phát sinh chủ yếu từ việc thay thế ắc quy, thiết bị tại các nhà trạm và bảo dưỡng máy phát điện. Phương pháp xử lý: TC – "
          "tái chế; HR – hóa rắn; TĐ – thiêu đốt.")
    rows = [["TT", "Tên chất thải", "Trạng thái tồn tại", "Mã CTNH", "Khối lượng (kg)", "Phương pháp xử lý", "Tổ chức tiếp nhận (mã số QLCTNH)"]]
    for k, (code, state, (lo, hi), method) in enumerate(VN_TELECOM_CTNH, 1):
        name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        kg = r.randint(lo // 10, hi // 10) * 10
        rec, lic = VN_RECEIVERS[0 if method != "TC" or code != "19 06 01" else 1]
        rows.append([str(k), name, state, code, num(kg, "vi"), method, f"{rec} ({lic})"])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.1. Khối lượng chất thải nguy hại phát sinh và chuyển giao năm 2024", rows, role="wastes")
    rows = [["TT", "Tên chất thải", "Khối lượng (kg)", "Đơn vị tiếp nhận"]]
    for k, (name, (lo, hi)) in enumerate(VN_TELECOM_ORDINARY, 1):
        kg = r.randint(lo // 10, hi // 10) * 10
        rows.append([str(k), name, num(kg, "vi"), "Công ty TNHH Thu mua Phế liệu Đông Hòa"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": kg / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3.2. Chất thải rắn công nghiệp thông thường", rows, role="wastes")
    _maybe_other(doc)


# ((RU place, KK place), [(code, RU, KK, unit, (low, high))]) — unit `t`, `kg` or `m3`
CAMPUS_WASTES = (
    (("Учебные корпуса А, Б, В", "А, Б, В оқу корпустары"), [
        ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", "t", (40, 95)),
        ("20 01 01", "Макулатура (бумага, картон)", "Макулатура (қағаз, картон)", "t", (6, 18)),
        ("08 03 18", "Отработанные картриджи принтеров", "Принтерлердің пайдаланылған картридждері", "kg", (120, 380)),
        ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Құрамында сынап бар пайдаланылған шамдар", "kg", (90, 260))]),
    (("Химико-биологический корпус (учебные и научные лаборатории)", "Химия-биология корпусы (оқу және ғылыми зертханалар)"), [
        ("16 05 06*", "Лабораторные химические реактивы с истекшим сроком годности", "Жарамдылық мерзімі өткен зертханалық химиялық реактивтер", "kg", (40, 180)),
        ("15 01 10*", "Тара из-под химических реактивов", "Химиялық реактивтер ыдысы", "kg", (60, 240)),
        ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Құрамында сынап бар пайдаланылған шамдар", "kg", (15, 60)),
        ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", "m3", (30, 90))]),
    (("Котельная кампуса", "Кампус қазандығы"), [
        ("19 09 05", "Отработанные ионообменные смолы химводоочистки", "Химиялық су тазартудың пайдаланылған ион алмастырғыш шайырлары", "t", (0.3, 1.2)),
        ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "kg", (20, 90)),
        ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", "t", (1.5, 4))]),
    (("Студенческие общежития № 1–3", "№ 1–3 студенттік жатақханалар"), [
        ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", "t", (110, 260)),
        ("20 03 07", "Крупногабаритные отходы (мебель)", "Ірі габаритті қалдықтар (жиһаз)", "t", (3, 12))]),
    (("Столовая и кафе", "Асхана және кафе"), [
        ("20 01 08", "Биоразлагаемые отходы кухонь и столовых", "Асүйлер мен асханалардың биологиялық ыдырайтын қалдықтары", "t", (18, 45)),
        ("20 01 25", "Пищевые масла и жиры", "Тағамдық майлар мен тоң майлар", "kg", (300, 900)),
        ("15 01 01", "Упаковка из бумаги и картона", "Қағаз және картон орамасы", "t", (1, 4))]),
)  # fmt: skip
UNIT_WORDS = {"t": ("т", "т"), "kg": ("кг", "кг"), "m3": ("м³", "м³")}
HANDLING = {"t": ("передача по договору", "шарт бойынша беру"), "kg": ("передача специализированной организации", "мамандандырылған ұйымға беру"),
            "m3": ("вывоз на полигон ТБО", "ҚТҚ полигонына шығару")}


def wastes_ix2(doc: Doc) -> None:
    """A university campus's norms of waste generation laid out by the places the wastes arise, each place a row spanning the
    table (teaching buildings, the chemistry and biology laboratories, the boiler house, the dormitories, the canteen) over
    its wastes `1.1`, the same code under several places as wastes of their own, and a unit column per row: tonnes, kilograms
    for the laboratory reagents, lamps and cartridges, and cubic metres for the laboratory building's mixed wastes, which
    give no tonnes (VI: a software park's data centre, hazardous wastes by quarter in kilograms with dashes and the year's
    total last, ordinary wastes in tonnes a year in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_ix2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    u = doc.pick(UNIVERSITIES)
    operator, campus = u[L], u[2 + L]
    doc.h(g(f"Программа управления отходами на 2026–2030 годы. {operator}", f"{operator}. 2026–2030 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g(f"3. Нормативы образования отходов по местам образования ({campus})", f"3. Түзілу орындары бойынша қалдықтардың түзілу нормативтері ({campus})", ""))
    doc.p(g("Нормативы рассчитаны по фактическому образованию отходов за 2023–2025 годы с учетом численности обучающихся и проживающих; единица "
            "измерения указана для каждой строки.",
            "Нормативтер білім алушылар мен тұратындардың санын ескере отырып, 2023–2025 жылдардағы қалдықтардың нақты түзілуі бойынша есептелді; "
            "өлшем бірлігі әр жол үшін көрсетілген.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Ед. изм.", "Норматив образования в год", "Способ обращения"],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Өлш. бірл.", "Жылдық түзілу нормативі", "Жұмыс істеу тәсілі"], [])]
    merges = []
    for p, ((p_ru, p_kk), wastes) in enumerate(CAMPUS_WASTES, 1):
        _span(rows, merges, f"{p}. {(p_ru, p_kk)[L]}", 6)
        for k, (code, n_ru, n_kk, unit, (lo, hi)) in enumerate(wastes, 1):
            if unit == "t":
                v = round(r.uniform(lo, hi), 2 if hi < 10 else 1)
                amount = v
            elif unit == "kg":
                v = float(r.randint(int(lo), int(hi)))
                amount = v / 1000
            else:
                v = float(r.randint(int(lo), int(hi)))
                amount = None
            name = (n_ru, n_kk)[L]
            rows.append([f"{p}.{k}", code, name, UNIT_WORDS[unit][L], num(v, doc.lang), HANDLING[unit][L]])
            doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": amount,
                               "name_contains": _words(name.split(" (")[0], 3)})
    doc.table(g("Таблица 3.1 – Нормативы образования отходов", "3.1-кесте – Қалдықтардың түзілу нормативтері", ""), rows, merges, role="wastes")
    doc.p(g("Смешанные коммунальные отходы химико-биологического корпуса учитываются в объемных единицах по числу вывезенных контейнеров "
            "(0,75 м³).", "Химия-биология корпусының аралас коммуналдық қалдықтары шығарылған контейнерлер саны бойынша (0,75 м³) көлем бірліктерімен "
            "есепке алынады.", ""))
    _maybe_other(doc)


VN_PARK_DC = ("Trung tâm dữ liệu Sông Sài Gòn – Công viên phần mềm Quang Trung", "Công ty Cổ phần Dữ liệu Sông Sài Gòn",
              "Lô 14, Công viên phần mềm Quang Trung, phường Tân Chánh Hiệp, Quận 12, Thành phố Hồ Chí Minh")
# (code, (low, high) kg a quarter, quarters with the waste)
VN_DC_CTNH = (("19 06 01", (1200, 5200), (2,)), ("16 01 13", (150, 900), (0, 1, 2, 3)), ("16 01 06", (10, 45), (1, 3)),
              ("17 02 03", (60, 240), (0, 2)), ("18 02 01", (8, 30), (0, 1, 2, 3)), ("08 02 04", (5, 25), (0, 1, 2, 3)))
VN_DC_ORDINARY = (("Bao bì giấy, carton thải (đóng gói thiết bị máy chủ)", (4, 12)), ("Pallet gỗ hư hỏng", (2, 6)),
                  ("Phế liệu kim loại (giá đỡ, vỏ tủ rack)", (1.5, 5)), ("Chất thải rắn sinh hoạt", (18, 40)))


def _wastes_ix2_vi(doc: Doc) -> None:
    r = doc.rng
    name, company, addr = VN_PARK_DC
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2024 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Địa chỉ: {addr}. Ắc quy UPS được thay thế theo chu kỳ 5 năm; đợt thay thế năm 2024 thực hiện trong quý III.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh (kg)", None, None, None, None],
            [None, None, None, "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 7)]
    for k, (code, (lo, hi), quarters) in enumerate(VN_DC_CTNH, 1):
        wname = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        vals = [r.randint(lo // 5, hi // 5) * 5 if q in quarters else None for q in range(4)]
        total = sum(v for v in vals if v)
        rows.append([str(k), wname, code, *(num(v, "vi") if v else "-" for v in vals), num(total, "vi")])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": total / 1000, "name_contains": _words(wname, 4)})
    doc.table("Bảng 2. Khối lượng chất thải nguy hại phát sinh theo quý năm 2024", rows, merges, role="wastes")
    rows = [["TT", "Loại chất thải", "Khối lượng (tấn/năm)", "Biện pháp quản lý"]]
    for k, (wname, (lo, hi)) in enumerate(VN_DC_ORDINARY, 1):
        t = round(r.uniform(lo, hi), 2)
        rows.append([str(k), wname, num(t, "vi"), "Chuyển giao cho đơn vị có chức năng"])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(wname, 4)})
    doc.table("Bảng 3. Chất thải rắn thông thường", rows, role="wastes")
    _maybe_other(doc)


# ---------------------------------------------------------------- limits

# symbol: (ПДК mg/kg or None, (low, high) share of the ПДК or mg/kg where there is none, detection limit)
SOIL_TELECOM = {"Pb": (32, (0.25, 1.45), None), "Zn": (23, (0.2, 0.9), None), "Cu": (3, (0.1, 0.8), 0.5), "Ni": (4, (0.1, 0.7), 0.5),
                "Cd": (None, (0.1, 0.9), 0.1), "TPH": (None, (40, 900), None)}
# (point, RU place, KK place)
SOIL_POINTS = (
    ("П-1", "БС «Көктөбе-2», у контейнера АКБ", "«Көктөбе-2» БС, АКБ контейнері жанында"),
    ("П-2", "АТС-62, у выхода вытяжки аккумуляторной", "АТС-62, аккумуляторлық бөлме сорғышының шығуы жанында"),
    ("П-3", "БС «Қаскелең-Орталық», площадка ДГУ", "«Қаскелең-Орталық» БС, ДГҚ алаңы"),
    ("П-4", "БС «Есік-Таулы», площадка ДГУ", "«Есік-Таулы» БС, ДГҚ алаңы"),
    ("П-5", "Склад филиала, площадка накопления отработанных АКБ", "Филиал қоймасы, пайдаланылған АКБ жинақтау алаңы"),
)  # fmt: skip


def limits_ix1(doc: Doc) -> None:
    """A laboratory's protocol of soil at a telecom operator's sites with battery containers and standby generators: the
    points as rows, each merged down over two depths (`0–5` and `5–20 см`), the elements as columns headed by name and symbol,
    the ПДК on a row under the header with dashes for cadmium and oil products, which have none and so give no item, `< 0,5`
    below the detection limit and a star on values above the ПДК (VI: a data centre's domestic-sewage plant at its trial run,
    the untreated inlet measured once beside three days at the outlet, only the outlet judged against QCVN 14:2008/BTNMT B)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ix1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = doc.pick(TELECOMS)[L]
    points = sorted(r.sample(SOIL_POINTS, 4), key=SOIL_POINTS.index)
    keys = list(SOIL_TELECOM)
    day = r.randint(3, 27)
    doc.h(g(f"Протокол испытаний почвы № {r.randint(100, 990)}-П от {day:02d}.06.2025", f"{day:02d}.06.2025 № {r.randint(100, 990)}-П топырақты сынау хаттамасы", ""))
    doc.p(g(f"Заказчик: {operator}. Пробы отобраны методом конверта на объектах связи с аккумуляторными батареями и ДГУ; глубина отбора "
            "0–5 и 5–20 см. Свинец – валовое содержание, цинк, медь, никель – подвижные формы.",
            f"Тапсырыс беруші: {operator}. Сынамалар аккумуляторлық батареялары және ДГҚ бар байланыс объектілерінде конверт әдісімен алынды; "
            "алу тереңдігі 0–5 және 5–20 см. Қорғасын – жалпы мөлшері, мырыш, мыс, никель – жылжымалы түрлері.", ""))
    head = [g("Точка отбора", "Сынама алу нүктесі", ""), g("Глубина, см", "Тереңдігі, см", "")]
    for s in keys:
        head.append(f"{vocab.soil(s, doc.lang)} ({s}), " + g("мг/кг", "мг/кг", "") if s != "TPH" else f"{vocab.soil(s, doc.lang)}, " + g("мг/кг", "мг/кг", ""))
    pdk_row = [g("ПДК, мг/кг", "ШЖК, мг/кг", ""), None] + [num(SOIL_TELECOM[s][0], doc.lang) if SOIL_TELECOM[s][0] else "–" for s in keys]
    rows = [head, pdk_row]
    merges = [(1, 0, 1, 1)]
    for pid, p_ru, p_kk in points:
        start = len(rows)
        for j, depth in enumerate(("0–5", "5–20")):
            line = [f"{pid} ({(p_ru, p_kk)[L]})" if j == 0 else None, depth]
            for s in keys:
                lim, (lo, hi), det = SOIL_TELECOM[s]
                base = r.uniform(lo, hi) * (lim if lim else 1) * (0.6 if j else 1.0)
                if det and base < det:
                    line.append(f"< {num(det, doc.lang)}")
                    if lim:
                        add(doc, {k: v for k, v in limit(("symbol", s), "soil", lim, "mg/kg", None, pid).items() if k != "value"})
                    continue
                v = round(base, 1) if s != "TPH" else float(round(base))
                line.append(num(v, doc.lang) + ("*" if lim and v > lim else ""))
                if lim:
                    add(doc, limit(("symbol", s), "soil", lim, "mg/kg", None, pid, v))
            rows.append(line)
        merges.append((start, 0, start + 1, 0))
    doc.table(g("Результаты испытаний", "Сынау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("* – превышение ПДК. Для кадмия и нефтепродуктов ПДК в почве не установлены; фоновое содержание свинца на участке – 14 мг/кг.",
            "* – ШЖК-дан асу. Кадмий мен мұнай өнімдері үшін топырақтағы ШЖК белгіленбеген; учаскедегі қорғасынның фондық мөлшері – 14 мг/кг.", ""))
    _maybe_other(doc)


# symbol: (column B of QCVN 14:2008/BTNMT, unit, (low, high) inlet, (low, high) share of the limit at the outlet)
QCVN14_B = {"pH": ((5, 9), None, (6.8, 7.6), None), "BOD5": (50, "mg/l", (180, 320), (0.3, 0.8)), "TSS": (100, "mg/l", (150, 280), (0.2, 0.7)),
            "TDS": (1000, "mg/l", (450, 800), (0.35, 0.7)), "S2-": (4, "mg/l", (2.5, 9), (0.1, 0.6)), "NH4+": (10, "mg/l", (25, 60), (0.2, 0.8)),
            "NO3-": (50, "mg/l", (2, 8), (0.2, 0.6)), "Surfactants": (10, "mg/l", (8, 18), (0.1, 0.5)),
            "Coliform": (5000, "MPN/100ml", (90000, 460000), None)}  # fmt: skip


def _limits_ix1_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, addr = doc.pick(VN_DC_PROJECTS)[:4]
    cap = r.choice((30, 40, 50))
    days = [f"{d:02d}/0{r.choice((6, 7))}/2025" for d in sorted(r.sample(range(3, 27), 1))]
    d0 = int(days[0][:2])
    dates = [f"{d0 + k:02d}{days[0][2:]}" for k in range(3)]
    doc.h(f"BÁO CÁO KẾT QUẢ VẬN HÀNH THỬ NGHIỆM CÔNG TRÌNH XỬ LÝ NƯỚC THẢI – {name.upper()}")
    doc.p(f"Chủ dự án: {company}. Địa chỉ: {addr}. Hệ thống xử lý nước thải sinh hoạt công suất {cap} m³/ngày.đêm (công nghệ AAO kết hợp "
          "màng MBR). Lấy 01 mẫu nước thải đầu vào và 03 mẫu đơn nước thải đầu ra trong 03 ngày liên tiếp. Quy chuẩn so sánh chỉ áp dụng "
          "đối với nước thải sau xử lý: QCVN 14:2008/BTNMT, cột B, hệ số K = 1,0.")
    keys = list(QCVN14_B)
    rows = [["TT", "Thông số", "Đơn vị", "NT1 – Nước thải đầu vào (chưa xử lý)", "NT2 – Nước thải sau xử lý", None, None,
             "QCVN 14:2008/BTNMT (cột B)"],
            [None, None, None, dates[0], dates[0], dates[1], dates[2], None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 4, 0, 6), (0, 7, 1, 7)]
    for k, s in enumerate(keys, 1):
        lim, unit, (ilo, ihi), share = QCVN14_B[s]
        if s == "pH":
            inlet = round(r.uniform(ilo, ihi), 1)
            outs = [round(r.uniform(6.6, 7.8), 1) for _ in range(3)]
        elif s == "Coliform":
            inlet = float(r.choice((93000, 150000, 240000, 460000)))
            outs = [float(r.choice((430, 930, 1500, 2100, 2400))) for _ in range(3)]
        else:
            inlet = _sig(r.uniform(ilo, ihi), 3)
            outs = [_sig(lim * r.uniform(*share), 3) for _ in range(3)]
        lim_txt = f"{num(lim[0], 'vi')} – {num(lim[1], 'vi')}" if isinstance(lim, tuple) else num(lim, "vi")
        rows.append([str(k), vocab.water(s, "vi"), unit or "-", num(inlet, "vi"), *(num(v, "vi") for v in outs), lim_txt])
        for v in outs:
            add(doc, limit(("symbol", s), "waste_water", lim, unit, "B", "NT2", v))
    doc.table("Bảng 4. Kết quả phân tích mẫu nước thải trong giai đoạn vận hành thử nghiệm", rows, merges, role="limits")
    doc.p("Nhận xét: nước thải sau xử lý của cả 03 mẫu đều đạt QCVN 14:2008/BTNMT cột B; mẫu đầu vào dùng để đánh giá hiệu suất xử lý.")
    _maybe_other(doc)


BANKS = (("АО «Сарыарқа Банк»", "«Сарыарқа Банк» АҚ"), ("АО «Банк Жетісу Финанс»", "«Жетісу Финанс Банкі» АҚ"),
         ("АО «Народный Кредит Банк»", "«Халықтық Кредит Банкі» АҚ"))
# code: technological norm, mg/Nm3 at 15 % O2, and the shares of it at 25, 50, 75 and 100 % of load
DGU_NORMS = {"0301": (2000, (0.38, 0.52, 0.66, 0.8)), "0337": (650, (0.9, 0.62, 0.45, 0.38)), "0328": (80, (0.7, 0.5, 0.45, 0.55))}
LOADS = ("25 %", "50 %", "75 %", "100 %")


def limits_ix2(doc: Doc) -> None:
    """A bank processing centre's protocol of its standby generators' yearly load-bank test: a row spanning the table for each
    generator with its source number, its substances under it, the permit's technological norm in a column after the name
    and the results at 25, 50, 75 and 100 % of load as columns under a merged header — every load a measurement judged against
    the one norm — a generator under maintenance written across its row (VI: a data centre's generator stacks as columns
    KT1 … KT3, QCVN 19:2009/BTNMT column B written twice, the base C and the Cmax after Kp and Kv, only the Cmax the limit,
    flow, temperature and O2 rows of no limit)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_ix2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bank = doc.pick(BANKS)[L]
    units = r.choice((3, 4))
    down = r.randint(2, units)
    doc.h(g(f"Протокол инструментальных замеров выбросов ДГУ при нагрузочных испытаниях. Процессинговый центр {bank}",
            f"{bank} процессингтік орталығы. Жүктемелік сынақтар кезінде ДГҚ шығарындыларын аспаптық өлшеу хаттамасы", ""))
    doc.p(g("Испытания проведены на нагрузочном модуле (load bank) ступенями 25, 50, 75 и 100 % номинальной мощности, по 30 минут на каждой "
            "ступени. Концентрации приведены к нормальным условиям и 15 % O2; технологические нормативы – по приложению 1 к экологическому "
            "разрешению.",
            "Сынақтар жүктеме модулінде (load bank) номиналды қуаттың 25, 50, 75 және 100 % сатыларымен, әр сатыда 30 минуттан жүргізілді. "
            "Концентрациялар қалыпты жағдайларға және 15 % O2-ге келтірілген; технологиялық нормативтер – экологиялық рұқсатқа 1-қосымша бойынша.", ""))
    rows = [g(["Код ЗВ", "Загрязняющее вещество", "Технологический норматив, мг/Нм³", "Концентрация при нагрузке ДГУ, мг/Нм³", None, None, None],
              ["ЛЗ коды", "Ластаушы зат", "Технологиялық норматив, мг/Нм³", "ДГҚ жүктемесі кезіндегі концентрация, мг/Нм³", None, None, None], []),
            [None, None, None, *LOADS]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6)]
    numbers = []
    for k in range(1, units + 1):
        number = f"{k:04d}"
        numbers.append(number)
        _span(rows, merges, g(f"ИЗА {number} – ДГУ-{k} MTU 16V4000 G23 (2 000 кВт), выхлопная труба H = 12 м",
                              f"{number} ЛШК – ДГҚ-{k} MTU 16V4000 G23 (2 000 кВт), шығару құбыры H = 12 м", ""), 7)
        if k == down:
            _span(rows, merges, g("ДГУ на плановом техническом обслуживании, испытание перенесено на III квартал",
                                  "ДГҚ жоспарлы техникалық қызмет көрсетуде, сынақ III тоқсанға ауыстырылды", ""), 7)
            continue
        for code, (norm, shares) in DGU_NORMS.items():
            vals = [float(round(norm * sh * r.uniform(0.9, 1.1))) if norm > 100 else round(norm * sh * r.uniform(0.9, 1.1), 1) for sh in shares]
            rows.append([code, _air(doc, code), num(norm, doc.lang), *(num(v, doc.lang) for v in vals)])
            for v in vals:
                add(doc, limit(("code", code), "flue_gas", norm, "mg/Nm3", None, number, v))
    doc.table(g("Таблица 1 – Результаты измерений", "1-кесте – Өлшеу нәтижелері", ""), rows, merges, role="limits")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.p(g("Превышений технологических нормативов не выявлено.", "Технологиялық нормативтерден асу анықталған жоқ.", ""))
    _maybe_other(doc)


# code: (label, C of QCVN 19:2009/BTNMT column B)
QCVN19_DG = {"2902": ("Bụi tổng", 200), "0330": ("SO2", 500), "0301": ("NOx (tính theo NO2)", 850), "0337": ("CO", 1000)}
KV = {"Sao Bắc": 0.8, "Thăng Long IDC": 1.0, "Tân Thuận Cloud": 0.6}


def _limits_ix2_vi(doc: Doc) -> None:
    r = doc.rng
    name, key, company, addr = doc.pick(VN_DC_PROJECTS)[:4]
    kv = KV[key]
    stacks = r.choice((2, 3))
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI MÁY PHÁT ĐIỆN DỰ PHÒNG NĂM 2025 – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Địa chỉ: {addr}. Mẫu được lấy khi chạy thử máy phát ở 75 % tải. Quy chuẩn so sánh: QCVN 19:2009/BTNMT "
          f"cột B; Cmax = C × Kp × Kv với Kp = 1 (lưu lượng dưới 20.000 m³/h), Kv = {num(kv, 'vi')}.")
    pts = [f"KT{k}" for k in range(1, stacks + 1)]
    rows = [["TT", "Thông số", "Đơn vị", *(f"{p} – Ống xả máy phát số {k}" for k, p in enumerate(pts, 1)), "QCVN 19:2009/BTNMT cột B (C)", "Cmax = C × Kp × Kv"]]
    rows.append(["1", "Lưu lượng", "m³/h", *(num(r.randint(9000, 16000), "vi") for _ in pts), "-", "-"])
    rows.append(["2", "Nhiệt độ", "°C", *(str(r.randint(380, 460)) for _ in pts), "-", "-"])
    rows.append(["3", "O2", "%", *(num(round(r.uniform(10.5, 13.5), 1), "vi") for _ in pts), "-", "-"])
    for k, (code, (label, c)) in enumerate(QCVN19_DG.items(), 4):
        cmax = _sig(c * kv, 6)
        vals = [_sig(cmax * r.uniform(0.15, 0.85), 3) for _ in pts]
        rows.append([str(k), label, "mg/Nm³", *(num(v, "vi") for v in vals), num(c, "vi"), num(cmax, "vi")])
        for p, v in zip(pts, vals, strict=True):
            add(doc, limit(("code", code), "flue_gas", cmax, "mg/Nm3", "B", p, v))
    doc.table("Bảng 1. Kết quả phân tích khí thải", rows, role="limits")
    doc.p("Nhận xét: nồng độ các thông số tại các ống xả đều thấp hơn giá trị Cmax cho phép.")
    _maybe_other(doc)


# ---------------------------------------------------------------- monitoring

# (sources, RU name, KK name, codes, frequency, RU method, KK method)
CAMPUS_SOURCES = (
    (("0001",), "Дымовая труба котельной (котлы № 1, 2)", "Қазандықтың түтін мұржасы (№ 1, 2 қазандар)", ("0301", "0304", "0337"), "quarterly",
     "инструментальный", "аспаптық"),
    (("0002",), "Дымовая труба котельной (котел № 3)", "Қазандықтың түтін мұржасы (№ 3 қазан)", ("0301", "0304", "0337"), "quarterly",
     "инструментальный", "аспаптық"),
    (("0003", "0004"), "Выхлопные трубы ДГУ-1, ДГУ-2", "ДГҚ-1, ДГҚ-2 шығару құбырлары", ("0301", "0304", "0328", "0330", "0337", "1325", "2754"),
     "yearly", "расчетный", "есептік"),
    (("0005", "0006", "0007"), "Вытяжные шкафы химических лабораторий (корпус Б, ауд. 214, 216, 301)",
     "Химиялық зертханалардың сору шкафтары (Б корпусы, 214, 216, 301 ауд.)", ("0316", "0302", "0322", "1401", "1061"), "yearly", "расчетный", "есептік"),
)  # fmt: skip
CAMPUS_POINTS = (("Т-1", "граница территории кампуса, север", "кампус аумағының шекарасы, солтүстік"),
                 ("Т-2", "граница территории кампуса, восток (жилая застройка)", "кампус аумағының шекарасы, шығыс (тұрғын үйлер)"),
                 ("Т-3", "граница территории кампуса, юг", "кампус аумағының шекарасы, оңтүстік"))
CAMPUS_AIR = ("0301", "0330", "0337", "2902")
CAMPUS_SEWER = ("pH", "TSS", "BOD5", "COD", "TPH", "Surfactants")


def monitoring_ix1(doc: Doc) -> None:
    """A university campus's ПЭК programme in one table under section rows for the sources, the air at the campus's boundary
    and the sewer, the substances of the sources and of the boundary points written as bare codes (`0301, 0304, 0337`) with
    their names only in a table of codes of no role after it; the laboratories' fume hoods as three source numbers in one cell,
    the boiler house measured quarterly, the generators and the hoods calculated once a year, the sewer well's parameters by
    name (VI: a technology park's central treatment plant with the automatic station's continuous parameters and the
    periodic ones at the same outlet under section rows, and two air points at the park's fence)."""
    if doc.lang == "vi":
        _monitoring_ix1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    u = doc.pick(UNIVERSITIES)
    operator, campus = u[L], u[2 + L]
    said = {w: _often(doc, w) for w in ("quarterly", "yearly")}
    lab = g("аккредитованная лаборатория по договору", "шарт бойынша аккредиттелген зертхана", "")
    own = g("эколог университета", "университет экологы", "")
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {operator} ({campus})",
            f"{operator} ({campus}). 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("4. План-график производственного мониторинга", "4. Өндірістік мониторингтің жоспар-кестесі", ""))
    rows = [g(["№ ИЗА / точки", "Наименование", "Контролируемые вещества (коды ЗВ) / показатели", "Метод", "Периодичность", "Исполнитель"],
              ["ЛШК / нүкте №", "Атауы", "Бақыланатын заттар (ЛЗ кодтары) / көрсеткіштер", "Әдіс", "Кезеңділігі", "Орындаушы"], [])]
    merges = []
    _span(rows, merges, g("1. Мониторинг эмиссий на источниках выбросов", "1. Шығарынды көздеріндегі эмиссиялар мониторингі", ""), 6)
    sources, pairs = [], []
    for numbers, s_ru, s_kk, codes, word, m_ru, m_kk in CAMPUS_SOURCES:
        rows.append([", ".join(numbers), (s_ru, s_kk)[L], ", ".join(codes), (m_ru, m_kk)[L], said[word], lab if word == "quarterly" else own])
        for n in numbers:
            sources.append(n)
            for c in codes:
                doc.add("monitoring", {"source_number": n, "code": c, "frequency": word})
                pairs.append((n, c))
    _span(rows, merges, g("2. Мониторинг воздействия: атмосферный воздух", "2. Әсер ету мониторингі: атмосфералық ауа", ""), 6)
    for pid, p_ru, p_kk in CAMPUS_POINTS:
        rows.append([pid, (p_ru, p_kk)[L], ", ".join(CAMPUS_AIR), g("инструментальный", "аспаптық", ""), said["quarterly"], lab])
        for c in CAMPUS_AIR:
            doc.add("monitoring", {"point": pid, "code": c, "frequency": "quarterly"})
    _span(rows, merges, g("3. Мониторинг воздействия: сточные воды", "3. Әсер ету мониторингі: сарқынды сулар", ""), 6)
    rows.append(["КК-1", g("контрольный колодец на выпуске в городскую канализацию", "қалалық кәрізге шығарудағы бақылау құдығы", ""),
                 ", ".join(vocab.water(s, doc.lang) for s in CAMPUS_SEWER), g("инструментальный", "аспаптық", ""), said["quarterly"], lab])
    for s in CAMPUS_SEWER:
        doc.add("monitoring", {"point": "КК-1", "symbol": s, "frequency": "quarterly"})
    doc.table(g("Таблица 4.1 – План-график", "4.1-кесте – Жоспар-кесте", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in sources))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    used = list(dict.fromkeys(c for s in CAMPUS_SOURCES for c in s[3])) + ["2902"]
    legend = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Класс опасности"], ["ЛЗ коды", "Ластаушы заттың атауы", "Қауіптілік сыныбы"], [])]
    legend += [[c, _air(doc, c), str(_hz(c)) if _hz(c) else "–"] for c in used]
    doc.table(g("Таблица 4.2 – Коды контролируемых веществ", "4.2-кесте – Бақыланатын заттардың кодтары", ""), legend, role="other")
    doc.p(g("Контроль на котельной выполняется в отопительный период; при невозможности замера в квартале выброс определяется расчетом.",
            "Қазандықтағы бақылау жылыту кезеңінде орындалады; тоқсанда өлшеу мүмкін болмаған жағдайда шығарынды есептеу арқылы анықталады.", ""))


VN_PARKS = (("Khu công nghệ cao Sài Gòn – Mở rộng", "Công ty TNHH Phát triển Hạ tầng Công nghệ cao Sài Gòn", "kênh Trau Trảu"),
            ("Khu công viên công nghệ thông tin Đà Nẵng", "Công ty Cổ phần Hạ tầng Công viên Công nghệ Sông Hàn", "suối Đá"),
            ("Khu công nghệ thông tin tập trung Hà Nội", "Công ty Cổ phần Đầu tư Hạ tầng Số Tây Hồ Tây", "sông Pheo"))
VN_AUTO = ("pH", "COD", "TSS", "NH4+")
VN_PERIODIC = ("BOD5", "TN", "TP", "Coliform", "TPH", "Surfactants")


def _monitoring_ix1_vi(doc: Doc) -> None:
    park, company, river = doc.pick(VN_PARKS)
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG – {park.upper()}")
    doc.p(f"Đơn vị quản lý hạ tầng: {company}. Trạm xử lý nước thải tập trung công suất {num(doc.rng.choice((3000, 5000, 6000)), 'vi')} "
          f"m³/ngày.đêm; nước thải sau xử lý xả ra {river}. Trạm quan trắc nước thải tự động, liên tục truyền dữ liệu về Sở Nông nghiệp và "
          "Môi trường.")
    rows = [["TT", "Vị trí quan trắc", "Ký hiệu", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    _span(rows, merges, "I. QUAN TRẮC NƯỚC THẢI TỰ ĐỘNG, LIÊN TỤC", 6)
    rows.append(["1", "Hố ga sau trạm xử lý nước thải tập trung, trước điểm xả", "NT1",
                 "Lưu lượng (đầu vào, đầu ra), nhiệt độ, " + ", ".join(vocab.water(s, "vi") for s in VN_AUTO), "Liên tục", "QCVN 40:2011/BTNMT cột A"])
    for s in VN_AUTO:
        doc.add("monitoring", {"point": "NT1", "symbol": s, "frequency": "continuous"})
    _span(rows, merges, "II. QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ", 6)
    rows.append(["2", "Hố ga sau trạm xử lý nước thải tập trung, trước điểm xả", "NT1", ", ".join(vocab.water(s, "vi") for s in VN_PERIODIC),
                 freq(doc, "quarterly"), "QCVN 40:2011/BTNMT cột A"])
    for s in VN_PERIODIC:
        doc.add("monitoring", {"point": "NT1", "symbol": s, "frequency": "quarterly"})
    _span(rows, merges, "III. QUAN TRẮC KHÔNG KHÍ XUNG QUANH (theo cam kết của chủ đầu tư)", 6)
    half = freq(doc, "semiannual")
    for k, (pid, place) in enumerate((("KK1", "Cổng chính khu công nghệ"), ("KK2", "Hàng rào phía Tây, gần khu dân cư")), 3):
        rows.append([str(k), place, pid, "Bụi tổng, SO2, NO2, CO, tiếng ồn", half, "QCVN 05:2023/BTNMT; QCVN 26:2010/BTNMT"])
        for c in ("2902", "0330", "0301", "0337"):
            doc.add("monitoring", {"point": pid, "code": c, "frequency": "semiannual"})
    doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Thông số lưu lượng, nhiệt độ và tiếng ồn được theo dõi nhưng không thuộc danh mục chất ô nhiễm phải báo cáo giới hạn.")
    _maybe_other(doc)


# the bank's sources: (number, RU, KK); what each controls is in `_bank_cells`
BANK_SOURCES = (
    ("0001", "ДГУ-1, выхлопная труба", "ДГҚ-1, шығару құбыры"),
    ("0002", "ДГУ-2, выхлопная труба", "ДГҚ-2, шығару құбыры"),
    ("0003", "ДГУ-3, выхлопная труба", "ДГҚ-3, шығару құбыры"),
    ("0004", "Вытяжка аккумуляторной ИБП", "ҮҚК аккумуляторлық бөлмесінің сорғышы"),
    ("0005", "Дыхательный клапан резервуара ДТ (25 м³)", "ДТ резервуарының тыныс алу клапаны (25 м³)"),
    ("6001", "Площадка слива дизельного топлива", "Дизель отынын құю алаңы"),
)
BANK_CODES = ("0301", "0304", "0328", "0330", "0337", "1325", "2754", "0322", "0333")
METHOD = {"ru": {"i": "И", "c": "Р", "quarterly": "1/кв", "yearly": "1/г"}, "kk": {"i": "А", "c": "Е", "quarterly": "1/тоқ", "yearly": "1/ж"}}


def _bank_cells(number: str) -> dict[str, list[tuple[str, str]]]:
    """What is controlled at a source: code: [(method, frequency)]."""
    if number.startswith("000") and number <= "0003":
        out = {c: [("c", "quarterly")] for c in ("0304", "0328", "0330", "1325", "2754")}
        out.update({c: [("i", "yearly"), ("c", "quarterly")] for c in ("0301", "0337")})
        return out
    if number == "0004":
        return {"0322": [("c", "quarterly")]}
    return {"0333": [("c", "quarterly")], "2754": [("c", "quarterly")]}


def monitoring_ix2(doc: Doc) -> None:
    """A bank processing centre's plan of control as a matrix, the sources as rows and the substances as columns headed by
    their codes, each cell a method letter and a frequency (`И-1/г`, `Р-1/кв`; KK `А-1/ж`, `Е-1/тоқ`) explained only in a
    legend line under the table, dashes where nothing is controlled, the generators' nitrogen dioxide and carbon oxide with
    two entries in one cell — measured once a year and calculated each quarter (VI: a Bình Dương data centre's wells of
    ground water in its licence to abstract, with VN-2000 coordinates as two columns, water level and flow recorded
    automatically and continuously, the wells' quality twice a year and the sewage outlet quarterly)."""
    if doc.lang == "vi":
        _monitoring_ix2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bank = doc.pick(BANKS)[L]
    mw = METHOD[doc.lang]
    doc.h(g(f"Программа производственного экологического контроля. Процессинговый центр {bank}",
            f"{bank} процессингтік орталығы. Өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g("Мониторинг эмиссий ведется на источниках выбросов центра: трех дизель-генераторных установках резервного электроснабжения, "
            "аккумуляторной ИБП, резервуаре дизельного топлива и площадке слива топлива.",
            "Эмиссиялар мониторингі орталықтың шығарынды көздерінде жүргізіледі: резервтік электрмен жабдықтаудың үш дизель-генераторлық "
            "қондырғысында, ҮҚК аккумуляторлық бөлмесінде, дизель отыны резервуарында және отын құю алаңында.", ""))
    rows = [g(["№ ИЗА", "Источник", "Контролируемые вещества (код ЗВ)"] + [None] * (len(BANK_CODES) - 1),
              ["ЛШК №", "Көз", "Бақыланатын заттар (ЛЗ коды)"] + [None] * (len(BANK_CODES) - 1), []),
            [None, None, *BANK_CODES]]
    width = 2 + len(BANK_CODES)
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, width - 1)]
    pairs = []
    for number, s_ru, s_kk in BANK_SOURCES:
        cells = _bank_cells(number)
        line = [number, (s_ru, s_kk)[L]]
        for c in BANK_CODES:
            entries = cells.get(c)
            if not entries:
                line.append("–")
                continue
            line.append(", ".join(f"{mw[m]}-{mw[f]}" for m, f in entries))
            for _, f in entries:
                doc.add("monitoring", {"source_number": number, "code": c, "frequency": f})
            pairs.append((number, c))
        rows.append(line)
    doc.table(g("Таблица 3 – План-график контроля на источниках выбросов", "3-кесте – Шығарынды көздеріндегі бақылаудың жоспар-кестесі", ""),
              rows, merges, role="monitoring")
    doc.p(g("Условные обозначения: И – инструментальный метод (при ежегодных нагрузочных испытаниях ДГУ), Р – расчетный метод; 1/кв – один раз "
            "в квартал, 1/г – один раз в год; «–» – вещество на источнике не контролируется.",
            "Шартты белгілер: А – аспаптық әдіс (ДГҚ жыл сайынғы жүктемелік сынақтары кезінде), Е – есептік әдіс; 1/тоқ – тоқсанына бір рет, "
            "1/ж – жылына бір рет; «–» – зат көзде бақыланбайды.", ""))
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in BANK_SOURCES))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    _maybe_other(doc)


VN_WELL_PARAMS = ("pH", "Fe", "Mn", "NH4+", "NO3-", "Cl-", "Coliform")
VN_SEWAGE_PARAMS = ("pH", "BOD5", "TSS", "NH4+", "Coliform")


def _monitoring_ix2_vi(doc: Doc) -> None:
    r = doc.rng
    name, _, company, addr = VN_DC_PROJECTS[0][:4]
    x0, y0 = VN_DC_PROJECTS[0][6], VN_DC_PROJECTS[0][7]
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG VÀ TÀI NGUYÊN NƯỚC – {name.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Địa chỉ: {addr}. Nước dưới đất được khai thác từ 02 giếng khoan theo giấy phép khai thác nước dưới đất "
          "để bổ sung cho tháp giải nhiệt; có 01 giếng quan trắc. Tọa độ theo hệ VN-2000, kinh tuyến trục 105°45′, múi chiếu 3°.")
    rows = [["TT", "Vị trí quan trắc", "Ký hiệu", "Tọa độ (VN-2000)", None, "Thông số quan trắc", "Tần suất"],
            [None, None, None, "X (m)", "Y (m)", None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6)]
    half = freq(doc, "semiannual")
    wells = (("GK1", "Giếng khai thác số 1"), ("GK2", "Giếng khai thác số 2"), ("QT1", "Giếng quan trắc, cách GK1 khoảng 50 m"))
    k = 0
    for pid, place in wells:
        k += 1
        rows.append([str(k), place, pid, num(x0 + r.randint(-150, 150), "vi"), num(y0 + r.randint(-150, 150), "vi"),
                     ", ".join(vocab.water(s, "vi") for s in VN_WELL_PARAMS), half])
        for s in VN_WELL_PARAMS:
            doc.add("monitoring", {"point": pid, "symbol": s, "frequency": "semiannual"})
    k += 1
    rows.append([str(k), "Giếng GK1, GK2 (đồng hồ đo, thiết bị đo mực nước)", "GK1, GK2", "-", "-", "Mực nước động, lưu lượng khai thác",
                 "Tự động, liên tục"])
    k += 1
    rows.append([str(k), "Nước thải sinh hoạt sau hệ thống xử lý, trước khi đấu nối vào hệ thống thu gom của khu công nghiệp", "NT1",
                 num(x0 + r.randint(-150, 150), "vi"), num(y0 + r.randint(-150, 150), "vi"), ", ".join(vocab.water(s, "vi") for s in VN_SEWAGE_PARAMS),
                 freq(doc, "quarterly")])
    for s in VN_SEWAGE_PARAMS:
        doc.add("monitoring", {"point": "NT1", "symbol": s, "frequency": "quarterly"})
    doc.table("Bảng 6.1. Vị trí, thông số và tần suất quan trắc", rows, merges, role="monitoring")
    doc.p("Quy chuẩn so sánh: QCVN 09:2023/BTNMT (nước dưới đất); giới hạn tiếp nhận nước thải của khu công nghiệp (nước thải).")
    _maybe_other(doc)


# ---------------------------------------------------------------- inspections

# ((RU element, KK element), [(RU check, KK check, column: 0 ТО-1, 1 ТО-2, 2 ТО-3)])
TO_CHECKS = (
    (("Дизель-генераторная установка", "Дизель-генераторлық қондырғы"), [
        ("Отсутствие подтеков топлива и масла, состояние поддона", "Отын мен майдың ағуының болмауы, табанның жай-күйі", 0),
        ("Состояние выхлопного тракта и глушителя, герметичность соединений", "Шығару жолы мен сөндіргіштің жай-күйі, қосылыстардың саңылаусыздығы", 1),
        ("Замена масла и фильтров со сбором отработанного масла в герметичную тару",
         "Пайдаланылған майды саңылаусыз ыдысқа жинай отырып, май мен сүзгілерді ауыстыру", 2)]),
    (("Топливный бак", "Отын багы"), [
        ("Герметичность бака, исправность дыхательного клапана", "Бактың саңылаусыздығы, тыныс алу клапанының жарамдылығы", 1),
        ("Наличие сорбента и средств ликвидации проливов", "Сорбенттің және төгілулерді жою құралдарының болуы", 0)]),
    (("Аккумуляторные батареи", "Аккумулятор батареялары"), [
        ("Целостность корпусов, отсутствие вздутия и утечек электролита", "Корпустардың бүтіндігі, ісінудің және электролит ағуының болмауы", 0),
        ("Работа вытяжной вентиляции аккумуляторного помещения", "Аккумуляторлық бөлменің сору желдеткішінің жұмысы", 1)]),
    (("Площадка объекта и отходы", "Объект алаңы және қалдықтар"), [
        ("Отсутствие загрязнения грунта нефтепродуктами у ДГУ", "ДГҚ жанында топырақтың мұнай өнімдерімен ластануының болмауы", 0),
        ("Вывоз отработанных АКБ и фильтров на склад участка с записью в журнал", "Пайдаланылған АКБ мен сүзгілерді журналға жаза отырып учаске қоймасына шығару", 1),
        ("Состояние ограждения, обваловки и контейнера для отходов", "Қоршаудың, үйінді қорғаудың және қалдықтар контейнерінің жай-күйі", 2)]),
)  # fmt: skip
TO_WORDS = ("monthly", "quarterly", "yearly")


def inspections_ix1(doc: Doc) -> None:
    """A telecom operator's regulation of maintenance at base stations with generators: the checks under rows spanning the
    table for each element (generator, fuel tank, batteries, the site and its wastes), numbered `1.1`, and three columns of
    the kinds of maintenance, `ТО-1 (ежемесячно)`, `ТО-2 (ежеквартально)`, `ТО-3 (1 раз в год)`, with a `+` in the one a
    check belongs to: the frequency stands only in the header of the marked column (VI: a tower company's plan of
    maintaining its BTS sites, `x` under `Bảo dưỡng tháng | quý | năm`)."""
    if doc.lang == "vi":
        _inspections_ix1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = doc.pick(TELECOMS)[L]
    doc.h(g(f"Регламент технического обслуживания объектов связи с ДГУ в части охраны окружающей среды. {operator}",
            f"{operator}. ДГҚ бар байланыс объектілеріне қоршаған ортаны қорғау бөлігінде техникалық қызмет көрсету регламенті", ""))
    doc.p(g("Проверки выполняются выездной бригадой участка эксплуатации при плановом техническом обслуживании (ТО); результаты заносятся в "
            "карту ТО объекта. Отметка «+» означает, что проверка входит в состав соответствующего вида ТО.",
            "Тексерулерді пайдалану учаскесінің көшпелі бригадасы жоспарлы техникалық қызмет көрсету (ТҚ) кезінде орындайды; нәтижелер "
            "объектінің ТҚ картасына енгізіледі. «+» белгісі тексерудің тиісті ТҚ түріне кіретінін білдіреді.", ""))
    cols = g(["ТО-1 (ежемесячно)", "ТО-2 (ежеквартально)", "ТО-3 (1 раз в год)"], ["ТҚ-1 (ай сайын)", "ТҚ-2 (тоқсан сайын)", "ТҚ-3 (жылына 1 рет)"], [])
    rows = [g(["№", "Содержание проверки", "Вид технического обслуживания", None, None],
              ["№", "Тексерудің мазмұны", "Техникалық қызмет көрсету түрі", None, None], []),
            [None, None, *cols]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)]
    for e, ((e_ru, e_kk), checks) in enumerate(TO_CHECKS, 1):
        _span(rows, merges, f"{e}. {(e_ru, e_kk)[L]}", 5)
        for k, (c_ru, c_kk, col) in enumerate(checks, 1):
            text = (c_ru, c_kk)[L]
            rows.append([f"{e}.{k}", text, *("+" if j == col else "" for j in range(3))])
            doc.add("obligations", {"kind": "inspection", "frequency": TO_WORDS[col], "text_contains": _words(text, 4)})
    doc.table(g("Приложение 2. Перечень экологических проверок при ТО", "2-қосымша. ТҚ кезіндегі экологиялық тексерулер тізбесі", ""),
              rows, merges, role="inspections")
    _maybe_other(doc)


VN_TO_CHECKS = (
    ("Máy phát điện", [("Kiểm tra rò rỉ dầu, nhớt; tình trạng khay hứng dầu", 0), ("Kiểm tra ống xả, bộ giảm thanh, độ kín các mối nối", 1),
                       ("Thay dầu, lọc dầu; thu gom dầu thải vào thùng chứa có nắp", 2)]),
    ("Bồn dầu", [("Kiểm tra độ kín bồn, van thở", 1), ("Kiểm tra vật liệu thấm hút dầu tại trạm", 0)]),
    ("Ắc quy", [("Kiểm tra vỏ bình, hiện tượng phồng, rò rỉ dung dịch", 0), ("Kiểm tra quạt thông gió phòng đặt ắc quy", 1)]),
    ("Mặt bằng trạm và chất thải", [("Kiểm tra đất quanh máy phát bị nhiễm dầu", 0), ("Thu hồi ắc quy, lọc dầu thải về kho CTNH của chi nhánh", 1),
                                    ("Kiểm tra hàng rào, thùng chứa chất thải tại trạm", 2)]),
)


def _inspections_ix1_vi(doc: Doc) -> None:
    company = doc.pick(VN_TOWER_COS)
    doc.h(f"KẾ HOẠCH BẢO DƯỠNG, KIỂM TRA ĐỊNH KỲ CÁC TRẠM BTS CÓ MÁY PHÁT ĐIỆN NĂM 2025 – {company.upper()}")
    doc.p("Đội kỹ thuật khu vực thực hiện kiểm tra khi bảo dưỡng định kỳ; đánh dấu “x” vào loại bảo dưỡng có nội dung kiểm tra tương ứng.")
    rows = [["TT", "Nội dung kiểm tra", "Loại bảo dưỡng", None, None], [None, None, "Bảo dưỡng tháng", "Bảo dưỡng quý", "Bảo dưỡng năm"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)]
    romans = ("I", "II", "III", "IV")
    for e, (element, checks) in enumerate(VN_TO_CHECKS):
        _span(rows, merges, f"{romans[e]}. {element}", 5)
        for k, (text, col) in enumerate(checks, 1):
            rows.append([f"{e + 1}.{k}", text, *("x" if j == col else "" for j in range(3))])
            doc.add("obligations", {"kind": "inspection", "frequency": TO_WORDS[col], "text_contains": _words(text, 4)})
    doc.table("Phụ lục. Nội dung kiểm tra môi trường khi bảo dưỡng trạm", rows, merges, role="inspections")
    _maybe_other(doc)


# (RU object, KK object, RU what, KK what, frequency or None, RU said, KK said, RU responsible, KK responsible)
CAMPUS_CHECKS = (
    ("Котельная кампуса", "Кампус қазандығы", "Режим горения котлов, показания газоанализатора, журнал работы котельной",
     "Қазандардың жану режимі, газталдағыш көрсеткіштері, қазандық жұмысының журналы", "daily", "ежедневно", "күн сайын",
     "начальник котельной", "қазандық бастығы"),
    ("Химико-биологический корпус", "Химия-биология корпусы", "Учет и хранение реактивов, журнал прихода и расхода",
     "Реактивтерді есепке алу және сақтау, кіріс пен шығыс журналы", None, "при каждом поступлении реактивов", "реактивтер түскен сайын",
     "заведующий лабораторией", "зертхана меңгерушісі"),
    ("Химико-биологический корпус", "Химия-биология корпусы", "Работа вытяжных шкафов и вентиляции лабораторий",
     "Сору шкафтары мен зертханалар желдеткішінің жұмысы", "weekly", "еженедельно", "апта сайын", "инженер по вентиляции", "желдету жөніндегі инженер"),
    ("Площадки накопления отходов", "Қалдықтарды жинақтау алаңдары", "Заполнение контейнеров, маркировка и сроки накопления опасных отходов",
     "Контейнерлердің толуы, қауіпті қалдықтардың таңбалануы және жинақтау мерзімдері", None, "ежедекадно", "он күн сайын", "инженер-эколог",
     "эколог-инженер"),
    ("Дизель-генераторные установки", "Дизель-генераторлық қондырғылар", "Подтеки топлива, состояние поддонов, журнал пусков ДГУ",
     "Отынның ағуы, табандардың жай-күйі, ДГҚ іске қосу журналы", "monthly", "ежемесячно", "ай сайын", "главный энергетик", "бас энергетик"),
    ("Студенческие общежития № 1–3", "№ 1–3 студенттік жатақханалар", "Раздельный сбор отходов, состояние контейнерных площадок",
     "Қалдықтарды бөлек жинау, контейнер алаңдарының жай-күйі", "quarterly", "ежеквартально", "тоқсан сайын", "комендант общежития",
     "жатақхана коменданты"),
    ("Столовая", "Асхана", "Работа жироуловителя, договор на вывоз пищевых отходов", "Май ұстағыштың жұмысы, тағам қалдықтарын шығаруға арналған шарт",
     "semiannual", "1 раз в полугодие", "жарты жылда 1 рет", "заведующий столовой", "асхана меңгерушісі"),
    ("Территория кампуса в целом", "Кампустың бүкіл аумағы", "Комплексная проверка соблюдения экологических требований",
     "Экологиялық талаптардың сақталуын кешенді тексеру", "yearly", "ежегодно, перед началом учебного года", "жыл сайын, оқу жылы басталар алдында",
     "проректор по административно-хозяйственной работе", "әкімшілік-шаруашылық жұмысы жөніндегі проректор"),
)  # fmt: skip


def inspections_ix2(doc: Doc) -> None:
    """A rector's order on internal environmental control with its annex: the campus's units as objects, what is checked, how
    often in the university's own words — `ежедекадно` and `при каждом поступлении реактивов`, which are no frequency of the
    contract, beside `ежегодно, перед началом учебного года` — and the position answering for each; the same building on two
    rows (VI: a data centre's procedure of internal checks with a column of the record forms `BM-MT-01` … as look-alike
    numbers and a check upon incidents without a frequency)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_ix2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    u = doc.pick(UNIVERSITIES)
    operator = u[L]
    no = r.randint(120, 980)
    doc.p(g(f"Приложение к приказу ректора {operator} от {r.randint(2, 28):02d}.01.2026 № {no}-П",
            f"{operator} ректорының 2026 жылғы {r.randint(2, 28)} қаңтардағы № {no}-Б бұйрығына қосымша", ""))
    doc.h(g("Порядок внутреннего экологического контроля в подразделениях университета",
            "Университет бөлімшелеріндегі ішкі экологиялық бақылау тәртібі", ""))
    doc.p(g("Результаты проверок фиксируются в журналах подразделений; о выявленных нарушениях ответственные сообщают инженеру-экологу в течение "
            "одного рабочего дня.",
            "Тексеру нәтижелері бөлімшелердің журналдарында тіркеледі; анықталған бұзушылықтар туралы жауаптылар эколог-инженерге бір жұмыс "
            "күні ішінде хабарлайды.", ""))
    rows = [g(["№", "Объект контроля", "Что проверяется", "Периодичность", "Ответственный"],
              ["№", "Бақылау объектісі", "Не тексеріледі", "Кезеңділігі", "Жауапты"], [])]
    for k, c in enumerate(CAMPUS_CHECKS, 1):
        obj, what, word, said, who = c[L], c[2 + L], c[4], c[5 + L], c[7 + L]
        rows.append([str(k), obj, what, said, who])
        item = {"kind": "inspection", "text_contains": _words(what, 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(None, rows, role="inspections")
    distractor(doc, "approval")


# (area, what, frequency or None, said, form, who)
VN_DC_CHECKS = (
    ("Phòng máy phát điện", "Rò rỉ dầu, tình trạng khay chứa dầu, nhật ký vận hành máy phát", "weekly", "Hằng tuần", "BM-MT-01", "Kỹ thuật viên cơ điện"),
    ("Bồn chứa dầu DO", "Mức dầu, van thở, đê bao chống tràn", "daily", "Hằng ngày", "BM-MT-02", "Nhân viên vận hành trực ca"),
    ("Phòng ắc quy UPS", "Nhiệt độ phòng, quạt hút, hiện tượng phồng, rò rỉ ắc quy", "monthly", "Hằng tháng", "BM-MT-03", "Kỹ sư điện"),
    ("Tháp giải nhiệt", "Vệ sinh tháp, chất lượng nước tuần hoàn, hóa chất xử lý nước", "monthly", "Hằng tháng", "BM-MT-04", "Kỹ sư cơ điện lạnh"),
    ("Kho chất thải nguy hại", "Dán nhãn, phân loại, thời gian lưu giữ, sổ theo dõi chất thải", "quarterly", "03 tháng/lần", "BM-MT-05", "Cán bộ môi trường"),
    ("Hệ thống xử lý nước thải", "Vận hành các bể, lượng bùn, nhật ký vận hành", "weekly", "Hằng tuần", "BM-MT-06", "Nhân viên vận hành HTXLNT"),
    ("Toàn bộ cơ sở", "Đánh giá tuân thủ giấy phép môi trường", "semiannual", "06 tháng/lần", "BM-MT-07", "Trưởng phòng HSE"),
    ("Toàn bộ cơ sở", "Kiểm tra đột xuất khi xảy ra sự cố tràn dầu, cháy nổ", None, "Khi có sự cố", "BM-MT-08", "Ban chỉ huy ứng phó sự cố"),
)  # fmt: skip


def _inspections_ix2_vi(doc: Doc) -> None:
    name, _, company, _ = doc.pick(VN_DC_PROJECTS)[:4]
    doc.h(f"QUY TRÌNH KIỂM TRA NỘI BỘ VỀ BẢO VỆ MÔI TRƯỜNG (Mã số: QT-HSE-07) – {name.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Tổng Giám đốc {company}. Kết quả kiểm tra được ghi vào biểu mẫu tương ứng và lưu tại phòng HSE.")
    rows = [["TT", "Khu vực", "Nội dung kiểm tra", "Tần suất", "Biểu mẫu", "Người thực hiện"]]
    for k, (area, what, word, said, form, who) in enumerate(VN_DC_CHECKS, 1):
        rows.append([str(k), area, what, said, form, who])
        item = {"kind": "inspection", "text_contains": _words(what, 4), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Bảng 1. Nội dung, tần suất kiểm tra", rows, role="inspections")
    _maybe_other(doc)


# ---------------------------------------------------------------- tasks

# ((RU section, KK section), [(RU task, KK task, (RU responsible, KK responsible), (first quarter, last quarter) of 0…7)])
HYBRID_PLAN = (
    (("Базовые станции", "Базалық станциялар"), [
        ("Установить гибридные системы электропитания (солнечные панели и литий-ионные АКБ) на 40 базовых станциях с ДГУ",
         "ДГҚ бар 40 базалық станцияға гибридті қоректендіру жүйелерін (күн панельдері және литий-ионды АКБ) орнату",
         ("Департамент эксплуатации сети", "Желіні пайдалану департаменті"), (0, 3)),
        ("Вывести из эксплуатации ДГУ на базовых станциях, переведенных на гибридное питание",
         "Гибридті қоректендіруге көшірілген базалық станциялардағы ДГҚ-ны пайдаланудан шығару", ("Алматинский филиал", "Алматы филиалы"), (2, 4)),
        ("Заменить свинцово-кислотные АКБ на литий-ионные на 120 базовых станциях",
         "120 базалық станцияда қорғасын-қышқыл АКБ-ны литий-ионды АКБ-ға ауыстыру", ("Департамент эксплуатации сети", "Желіні пайдалану департаменті"),
         (1, 6))]),
    (("АТС и узлы связи", "АТС және байланыс тораптары"), [
        ("Оборудовать аккумуляторные АТС-62 и МТС-2 системами контроля концентрации водорода",
         "АТС-62 мен МТС-2 аккумуляторлық бөлмелерін сутегі концентрациясын бақылау жүйелерімен жабдықтау",
         ("Служба главного энергетика", "Бас энергетик қызметі"), (1, 2)),
        ("Установить поддоны и сорбционные маты под ДГУ на всех АТС", "Барлық АТС-тағы ДГҚ астына табандар мен сорбциялық төсеніштер орнату",
         ("Служба главного энергетика", "Бас энергетик қызметі"), (0, 1))]),
    (("Обращение с отходами", "Қалдықтармен жұмыс"), [
        ("Заключить договор на переработку отработанных АКБ с лицензированной организацией",
         "Пайдаланылған АКБ-ны қайта өңдеуге лицензиясы бар ұйыммен шарт жасасу", ("Департамент закупок", "Сатып алу департаменті"), (0, 0)),
        ("Оборудовать площадку накопления отработанных АКБ на складе филиала", "Филиал қоймасында пайдаланылған АКБ жинақтау алаңын жабдықтау",
         ("Административно-хозяйственный отдел", "Әкімшілік-шаруашылық бөлімі"), (1, 1))]),
    (("Экологическая отчетность", "Экологиялық есептілік"), [
        ("Провести инвентаризацию ДГУ и актуализировать категории объектов связи", "ДГҚ-ны түгендеу және байланыс объектілерінің санаттарын өзектендіру",
         ("Отдел охраны окружающей среды", "Қоршаған ортаны қорғау бөлімі"), (4, 5))]),
)  # fmt: skip
BAR = "■"


def tasks_ix1(doc: Doc) -> None:
    """A telecom operator's calendar plan of moving base stations to hybrid power as a Gantt chart: measures `1.1` under
    section rows, the one responsible, and eight quarter columns of 2026 and 2027 under merged year headers filled with `■`
    where the work runs, no deadline written anywhere but the bars (VI: a tower company's plan of green energy at its BTS
    sites, twelve month columns `T1` … `T12` and the unit carrying each out)."""
    if doc.lang == "vi":
        _tasks_ix1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = doc.pick(TELECOMS)[L]
    doc.h(g(f"Календарный план мероприятий по переводу объектов связи на гибридное электропитание на 2026–2027 годы. {operator}",
            f"{operator}. Байланыс объектілерін гибридті электрмен қоректендіруге көшіру жөніндегі 2026–2027 жылдарға арналған іс-шаралардың "
            "күнтізбелік жоспары", ""))
    doc.p(g("Цель программы – сокращение потребления дизельного топлива и выбросов ДГУ на объектах сети. Период выполнения мероприятия отмечен "
            "в графике по кварталам.",
            "Бағдарламаның мақсаты – желі объектілерінде дизель отынын тұтыну мен ДГҚ шығарындыларын қысқарту. Іс-шараны орындау кезеңі кестеде "
            "тоқсандар бойынша белгіленген.", ""))
    quarters = ["I", "II", "III", "IV"] * 2
    rows = [g(["№", "Мероприятие", "Ответственный", "2026 год", None, None, None, "2027 год", None, None, None],
              ["№", "Іс-шара", "Жауапты", "2026 жыл", None, None, None, "2027 жыл", None, None, None], []),
            [None, None, None, *quarters]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 10)]
    for s, ((s_ru, s_kk), items) in enumerate(HYBRID_PLAN, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 11)
        for k, (t_ru, t_kk, who, (a, b)) in enumerate(items, 1):
            text = (t_ru, t_kk)[L]
            rows.append([f"{s}.{k}", text, who[L], *(BAR if a <= q <= b else "" for q in range(8))])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who[L]})
    doc.table(g("График выполнения мероприятий", "Іс-шараларды орындау кестесі", ""), rows, merges, role="tasks")
    _maybe_other(doc)


# (section, [(task, unit, (first month, last month))])
VN_GREEN = (
    ("I. NĂNG LƯỢNG TÁI TẠO TẠI TRẠM", [
        ("Lắp đặt hệ thống pin mặt trời áp mái cho 60 trạm BTS", "Phòng Kỹ thuật hạ tầng", (1, 6)),
        ("Thay thế ắc quy axit-chì bằng pin lithium tại 150 trạm", "Các đội kỹ thuật khu vực", (3, 10))]),
    ("II. GIẢM SỬ DỤNG MÁY PHÁT ĐIỆN", [
        ("Thanh lý máy phát điện tại các trạm đã có nguồn điện dự phòng bằng pin lithium", "Phòng Tài chính – Kế toán", (8, 11)),
        ("Lắp thiết bị giám sát nhiên liệu từ xa cho máy phát tại các trạm còn lại", "Trung tâm điều hành mạng", (4, 7))]),
    ("III. QUẢN LÝ CHẤT THẢI", [
        ("Ký hợp đồng thu hồi, tái chế ắc quy thải với đơn vị có giấy phép", "Phòng Mua sắm", (0, 1)),
        ("Cải tạo kho lưu giữ chất thải nguy hại tại chi nhánh", "Phòng Hành chính", (5, 6))]),
)


def _tasks_ix1_vi(doc: Doc) -> None:
    company = doc.pick(VN_TOWER_COS)
    doc.h(f"KẾ HOẠCH TRIỂN KHAI GIẢI PHÁP NĂNG LƯỢNG XANH TẠI CÁC TRẠM VIỄN THÔNG NĂM 2025 – {company.upper()}")
    doc.p("Thời gian thực hiện từng nội dung được thể hiện bằng các ô được tô màu trên biểu đồ theo tháng.")
    months = [f"T{m}" for m in range(1, 13)]
    rows = [["TT", "Nội dung công việc", "Đơn vị thực hiện", "Tiến độ năm 2025", *[None] * 11], [None, None, None, *months]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 14)]
    n = 0
    for section, items in VN_GREEN:
        _span(rows, merges, section, 15)
        for text, who, (a, b) in items:
            n += 1
            rows.append([str(n), text, who, *(BAR if a <= m <= b else "" for m in range(12))])
            doc.add("obligations", {"kind": "task", "number": str(n), "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Phụ lục. Biểu đồ tiến độ thực hiện", rows, merges, role="tasks")
    _maybe_other(doc)


# (RU, KK, RU term, KK term, (RU responsible, KK responsible), (RU co-executors, KK), budget line, thousand tenge)
BANK_PLAN = (
    ("Оснастить ДГУ-1 – ДГУ-3 системами селективного каталитического восстановления (SCR) для снижения выбросов оксидов азота",
     "Азот оксидтерінің шығарындыларын азайту үшін ДГҚ-1 – ДГҚ-3 қондырғыларын селективті каталитикалық тотықсыздандыру (SCR) жүйелерімен жарақтандыру",
     "III квартал 2026 г.", "2026 ж. III тоқсан", ("Управление инженерной инфраструктуры", "Инженерлік инфрақұрылым басқармасы"),
     ("Департамент закупок", "Сатып алу департаменті"), "CAPEX", 186_000),
    ("Заменить кондиционеры на хладагенте R-22 в административном блоке моделями на R-32",
     "Әкімшілік блоктағы R-22 хладагентіндегі кондиционерлерді R-32 модельдеріне ауыстыру", "до 30.06.2026", "30.06.2026 дейін",
     ("Управление эксплуатации ЦОД", "ДӨО пайдалану басқармасы"), ("Административно-хозяйственное управление", "Әкімшілік-шаруашылық басқармасы"),
     "CAPEX", 14_800),
    ("Разработать программу производственного экологического контроля на 2027–2029 годы",
     "2027–2029 жылдарға арналған өндірістік экологиялық бақылау бағдарламасын әзірлеу", "IV квартал 2026 г.", "2026 ж. IV тоқсан",
     ("Отдел охраны труда и экологии", "Еңбекті қорғау және экология бөлімі"), ("Управление эксплуатации ЦОД", "ДӨО пайдалану басқармасы"), "OPEX", 3_500),
    ("Организовать раздельный сбор макулатуры и пластика в офисных помещениях центра",
     "Орталықтың кеңсе үй-жайларында макулатура мен пластикті бөлек жинауды ұйымдастыру", "до 01.04.2026", "01.04.2026 дейін",
     ("Административно-хозяйственное управление", "Әкімшілік-шаруашылық басқармасы"), ("–", "–"), "OPEX", 900),
    ("Заключить договор на передачу отработанных АКБ ИБП на переработку", "Пайдаланылған ҮҚК АКБ-ларын қайта өңдеуге беру шартын жасасу",
     "январь 2026 г.", "2026 ж. қаңтар", ("Управление эксплуатации ЦОД", "ДӨО пайдалану басқармасы"), ("Департамент закупок", "Сатып алу департаменті"),
     "OPEX", 0),
    ("Обучить персонал центра обращению с опасными отходами с выдачей сертификатов", "Орталық персоналын сертификат бере отырып қауіпті қалдықтармен жұмыс істеуге оқыту",
     "II квартал 2026 г.", "2026 ж. II тоқсан", ("Управление персоналом", "Персоналды басқару басқармасы"),
     ("Отдел охраны труда и экологии", "Еңбекті қорғау және экология бөлімі"), "OPEX", 1_200),
)  # fmt: skip


def tasks_ix2(doc: Doc) -> None:
    """A bank processing centre's environmental plan for 2026 approved by its management board: numbered measures, the term,
    the unit responsible and a column of co-executors beside it (the actor is the first), the budget line `CAPEX` / `OPEX`
    and the sum in thousands of tenge, a zero sum for work within running costs, a total row (VI: a data centre's ISO 14001
    programme of environmental objectives, each objective a row spanning the table with its target over the actions `1.1`,
    the one in charge, the resources, the deadline and the indicator)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_ix2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    bank = doc.pick(BANKS)[L]
    doc.p(g(f"Утвержден решением Правления {bank} от {r.randint(2, 27):02d}.12.2025, протокол № {r.randint(40, 98)}",
            f"{bank} Басқармасының 2025 жылғы {r.randint(2, 27)} желтоқсандағы шешімімен бекітілген, № {r.randint(40, 98)} хаттама", ""))
    doc.h(g("План природоохранных мероприятий процессингового центра на 2026 год", "Процессингтік орталықтың 2026 жылға арналған табиғат қорғау іс-шаралары жоспары", ""))
    rows = [g(["№", "Мероприятие", "Срок", "Ответственный", "Соисполнители", "Статья бюджета", "Сумма, тыс. тенге"],
              ["№", "Іс-шара", "Мерзімі", "Жауапты", "Бірлесіп орындаушылар", "Бюджет бабы", "Сомасы, мың теңге"], [])]
    total = 0
    for k, (t_ru, t_kk, term_ru, term_kk, who, co, line, money) in enumerate(BANK_PLAN, 1):
        text = (t_ru, t_kk)[L]
        rows.append([str(k), text, (term_ru, term_kk)[L], who[L], co[L], line, num(money, doc.lang) if money else "0"])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 4), "actor_contains": who[L]})
        total += money
    rows.append(["", g("Итого", "Барлығы", ""), "", "", "", "", num(total, doc.lang)])
    doc.table(None, rows, role="tasks")
    doc.p(g("Мероприятия с нулевой суммой выполняются в рамках текущих операционных расходов.",
            "Сомасы нөлге тең іс-шаралар ағымдағы операциялық шығыстар шеңберінде орындалады.", ""))
    _maybe_other(doc)


# (objective, [(action, who, resources, deadline, indicator)])
VN_ISO = (
    ("Mục tiêu 1: Giảm 5 % điện năng tiêu thụ trên mỗi kW tải IT (PUE từ 1,55 xuống 1,47)", [
        ("Lắp đặt hệ thống ngăn lối nóng – lối lạnh cho phòng máy số 2 và số 3", "Trưởng bộ phận Cơ điện", "850 triệu đồng", "30/06/2025", "PUE tháng"),
        ("Tối ưu nhiệt độ nước lạnh cấp cho chiller từ 12 °C lên 15 °C", "Kỹ sư cơ điện lạnh", "Nội bộ", "31/03/2025", "Điện năng chiller (kWh)")]),
    ("Mục tiêu 2: Giảm 20 % lượng dầu DO tiêu thụ cho chạy thử máy phát", [
        ("Điều chỉnh lịch chạy thử máy phát từ hằng tuần sang hằng tháng theo khuyến cáo của nhà sản xuất", "Trưởng ca vận hành", "Nội bộ",
         "28/02/2025", "Lít dầu/tháng"),
        ("Sử dụng tải giả (load bank) khi chạy thử để giảm muội than", "Trưởng bộ phận Cơ điện", "320 triệu đồng", "30/09/2025", "Số lần chạy thử đạt tải")]),
    ("Mục tiêu 3: Chuyển giao 100 % chất thải điện tử cho đơn vị có giấy phép", [
        ("Cập nhật quy trình thanh lý thiết bị CNTT, bổ sung bước xóa dữ liệu và chuyển giao CTNH", "Trưởng phòng HSE", "Nội bộ", "31/03/2025",
         "Quy trình ban hành"),
        ("Đào tạo nhân viên kho về phân loại, dán nhãn chất thải nguy hại", "Cán bộ môi trường", "15 triệu đồng", "30/04/2025", "Số người được đào tạo")]),
)  # fmt: skip


def _tasks_ix2_vi(doc: Doc) -> None:
    name, _, company, _ = doc.pick(VN_DC_PROJECTS)[:4]
    doc.h(f"CHƯƠNG TRÌNH QUẢN LÝ MÔI TRƯỜNG NĂM 2025 (ISO 14001:2015) – {name.upper()}")
    doc.p(f"Chương trình do Ban ISO của {company} lập, được Tổng Giám đốc phê duyệt; tiến độ được xem xét tại cuộc họp xem xét của lãnh đạo.")
    rows = [["TT", "Hành động", "Người chịu trách nhiệm", "Nguồn lực", "Thời hạn", "Chỉ số theo dõi"]]
    merges = []
    for o, (objective, actions) in enumerate(VN_ISO, 1):
        _span(rows, merges, objective, 6)
        for k, (text, who, res, deadline, kpi) in enumerate(actions, 1):
            rows.append([f"{o}.{k}", text, who, res, deadline, kpi])
            doc.add("obligations", {"kind": "task", "number": f"{o}.{k}", "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 1. Mục tiêu, chỉ tiêu và chương trình hành động", rows, merges, role="tasks")
    _maybe_other(doc)


LAYOUTS = [Layout(role, f"IX{k}", globals()[f"{role}_ix{k}"]) for role in ROLES for k in (1, 2)]
