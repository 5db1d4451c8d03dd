"""The forty-first blind set's part JJ (two layouts per role, `JJ1` and `JJ2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.873 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: industrial gases. Kazakhstan: air separation units (ВРУ) making oxygen, nitrogen and argon for the steel works at
Temirtau, the ferroalloy plant at Aksu and the copper smelter at Balkhash on whose ground they stand, calcium carbide and
acetylene plants at Temirtau and Aksu with their closed electric furnaces, lime kiln, wet acetylene generators, cylinder
filling and carbide lime sludge beds, CO2 recovery and dry-ice shops at breweries in Karaganda, Almaty and Pavlodar, gas
cylinder filling and requalification stations at Pavlodar, Shymkent and Kokshetau, and hydrogen plants electrolysing water
at Ekibastuz and in Mangystau with their reverse-osmosis water treatment and evaporation ponds (a contract for supplying
gases by pipeline, an equipment maker's questionnaire, an НДВ list ordered by substance, an ОВОС table of both periods, a
waste programme of stacked cards, a ПЭК report's wastes by quarter, a protocol with the norms in the header cells, a
protocol of two outlets, a ПЭК programme whose frequencies head groups of parameters, a plan read by substance, a
schedule of production control with the responsible merged down, a director's order of prose checks, the Department of
Ecology's предписание and a Gantt road map). Vietnam: industrial gas plants in the Phú Mỹ parks (the former Bà Rịa – Vũng
Tàu, now Hồ Chí Minh City) and the Đình Vũ park of Hải Phòng, carbide and acetylene plants of Hải Phòng, CO2 recovery
beside the Phú Mỹ ammonia plant and at a brewery of the Nam Cầu Kiền park, medical oxygen plants at Đồng Văn and at the
Bà Rịa hospital (hợp đồng mua bán khí qua đường ống, phiếu khảo sát thiết kế, báo cáo đề xuất cấp GPMT, ĐTM, báo cáo công
tác bảo vệ môi trường, kết quả quan trắc, chương trình and kế hoạch quan trắc, lịch kiểm tra định kỳ, quy định kiểm tra
nội bộ, kết luận kiểm tra with its tồn tại and a lộ trình).

Facility: the annex of a contract for supplying air separation products by pipeline, the supplier (the gas company that
runs the unit) and the buyer (the works) as two columns, each with a BIN, an OKED with its words, a legal address, a bank
account and a head, then under a row spanning the table the supplier's object with its values merged across both columns
— name, place, KATO, the centre in decimal degrees, the point of delivery at the meter on the boundary of ownership with
coordinates of its own in degrees, minutes and seconds, the capacity by product, the category with the permit — the
quarterly volumes in a table of no role (VI: `Bên A`, `Bên B`, the delivery station in VN-2000 metres) (JJ1); a
questionnaire for designing a CO2 recovery and dry-ice unit filled in by the brewery, `№ | вопрос | ед. изм. | ответ` under
four section rows, the KATO after a semicolon in the address cell, the category chosen by a ticked box among four (`☐ I
☒ II ☐ III ☐ IV`), boxes for other choices, the general designer's BIN and licence as look-alikes, the ISBT quality of
CO2 in a table of no role (VI: a CO2 recovery plant beside an ammonia plant or at a brewery, `☒ Nhóm II`) (JJ2).

Emissions: a carbide and acetylene plant's НДВ list ordered by substance — a row spanning the table per substance with
its code and its hazard class (or its ОБУВ and no class, for acetylene, calcium carbide and quicklime), the sources under
it with their number, name, g/s and t/year, the same source back under every substance it emits, `Итого по веществу` and
a plant total (VI: a Hải Phòng carbide plant's loads grouped by pollutant, sources named without numbers, `Cộng`) (JJ1); an
ОВОС for building a brewery's CO2 and dry-ice shop, the construction (`т/период`) and the operation (`т/год`) as column
pairs of one table, each period's sources dashed under the other, the trucks emitting in both periods with different
figures (VI: an ĐTM of a CO2 recovery plant, `Giai đoạn thi công xây dựng` and `Giai đoạn vận hành`) (JJ2).

Wastes: a carbide plant's waste programme describing each waste as a card stacked in one two-column table — `Отход № 3`
spanning it, then name, code (with or without spaces), kind, place, state, tonnes a year and handling on label rows —
the carbide lime sludge of tens of thousands of tonnes first (VI: an air separation plant's annual report, a card per
waste, the class and the CTNH code on rows of their own, the amount with `kg` or `tấn` in the cell) (JJ1); a cylinder
filling and requalification station's report on ПЭК, the wastes by quarter under a merged header with the year's total
last, a unit column per row (t, kg), dashes for quarters with nothing, some codes without spaces (VI: a medical oxygen
plant's CTNH by half-year in kilograms and its ordinary wastes in tonnes) (JJ2).

Limits: a laboratory's protocol at a carbide plant's stacks whose КЭР norms stand only inside the header cells
(`Углерод оксид (0337), мг/Нм³` over `норматив КЭР – 400`), the sources as rows `0001 – …`, gas volume and O2 of no norm,
a gas not measured at the lime kiln, sometimes a furnace under repair written across its row (VI: `KT1` … `KT3`, the Cmax
of QCVN 19:2009/BTNMT column B with Kp and Kv inside the header cells) (JJ1); a hydrogen plant's protocol at its two
outlets to an evaporation pond, each outlet a column group `ДК | факт` so that a row carries two different norms, dashes
where an outlet has no norm, a temperature row of no norm, oil products `< 0,05` (VI: an air separation plant's two
manholes with the park's limits of acceptance, Coliform in MPN/100ml, `KPH`) (JJ2).

Monitoring: a hydrogen plant's ПЭК programme whose frequencies stand only in the header, two tables of points by
parameters — air (sources written `ИЗА 0001 – …` and protection-zone points) and water (outlets and observation wells) —
the parameters grouped under merged `Ежеквартально` / `1 раз в год` (`Ежемесячно` / `Ежеквартально`) cells, `+` where a
point takes a parameter (VI: a CO2 recovery plant, `03 tháng/lần` and `06 tháng/lần` over the groups) (JJ1); a cylinder
station's plan read by substance, a row per pollutant with the sources measuring it in one cell (`ИЗА 0001, 0002`), the
frequency in the station's words, rows spanning the table before the sources and before the boundary points written
`Т-1, Т-2, Т-3, Т-4` (VI: a carbide plant's parameters by row, stacks and ambient points in one cell, the standard last)
(JJ2).

Inspections: an oxygen shop's schedule of production control, the responsible merged down over the checks that are his,
frequencies `не реже 1 раза в сутки`, `не реже 1 раза в неделю` beside checks every shift, every two hours in a wind
from the works and at each stop for repair, which have no frequency of the contract (VI: `Bộ phận thực hiện` merged down,
`Ít nhất 01 lần/ngày`, `Mỗi ca`) (JJ1); a brewery director's order whose annex is a table of numbered sentences each naming
who checks, how often and what, a check before each shipment of dry ice without a frequency and a commission as actor
(VI: a medical oxygen plant's rule of internal checks written as sentences) (JJ2).

Tasks: the Department of Ecology's предписание to a carbide plant, the violation with its article first and the measure —
the task — beside it, terms as dates or days from the order, an empty column of marks, no column of who acts (VI: the
annex of an inspection conclusion, `Tồn tại, vi phạm` beside `Yêu cầu khắc phục`) (JJ1); a hydrogen plant's road map as
a Gantt chart, measures `1.1` under section rows, the initiator, designer, general contractor, maker of the electrolysers
or akimat answering for each, eight quarter columns under merged year cells marked `■`, the result last (VI: a medical
oxygen plant's lộ trình, departments and an EPC contractor as who acts) (JJ2).
"""

from __future__ import annotations

import math

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
    return " ".join(text.split()[:n]).rstrip(",;:.")


def _core(name: str) -> str:
    """The quoted part of a name (`Қарағанды Сыра` of `Пивоваренный завод «Қарағанды Сыра»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _kato(doc: Doc, prefix: str) -> str:
    """A nine-digit KATO code starting with the place's prefix."""
    r = doc.rng
    rest = 9 - len(prefix) - 3
    return f"{prefix}{r.randint(10 ** (rest - 1), 10**rest - 1)}{r.choice(('000', '100'))}"


HEMI = {"ru": ("с.ш.", "в.д."), "kk": ("с.е.", "ш.б."), "vi": ("B", "Đ")}


def _dms(value: float, lat: bool, lang: str) -> tuple[str, float]:
    """`50°03′25,6″ с.ш.` and the decimal degrees it stands for."""
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


# code: (RU, KK, VI, hazard class as Kazakh tables print it) of pollutants the vocabulary does not name
EXTRA = {
    "0528": ("Этин (Ацетилен)", "Этин (ацетилен)", "Axetylen (C2H2)", None),
    "0315": ("Фосфин (Водород фосфористый)", "Фосфин (фосфорлы сутек)", "Photphin (PH3)", 2),
    "0129": ("Кальций карбид", "Кальций карбиді", "Bụi canxi cacbua (CaC2)", None),
    "0214": ("Кальций дигидроксид (Гашеная известь)", "Кальций дигидроксиді (сөндірілген әк)", "Canxi hydroxit (Ca(OH)2)", 3),
    "0128": ("Кальций оксид (Негашеная известь)", "Кальций оксиді (сөндірілмеген әк)", "Canxi oxit (CaO)", None),
    "1401": ("Пропан-2-он (Ацетон)", "Пропан-2-он (ацетон)", "Axeton", 4),
    "1061": ("Этанол (Спирт этиловый)", "Этанол (этил спирті)", "Etanol", 4),
    "1052": ("Метанол (Спирт метиловый)", "Метанол (метил спирті)", "Metanol", 3),
    "1317": ("Ацетальдегид (Уксусный альдегид)", "Ацетальдегид (сірке альдегиді)", "Axetaldehyt", 3),
    "0150": ("Натрий гидроксид (Натр едкий)", "Натрий гидроксиді (күйдіргіш натр)", "Natri hydroxit (NaOH)", None),
    "0342": ("Фтористые газообразные соединения (в пересчете на фтор)", "Фторлы газ тәрізді қосылыстар (фторға шаққанда)", "", 2),
    "2732": ("Керосин", "Керосин", "", None),
    "2752": ("Уайт-спирит", "Уайт-спирит", "", None),
}  # fmt: skip


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _vi_air(code: str) -> str:
    """A pollutant as Vietnamese tables name it: the formula where there is one."""
    short = {"0301": "NO2", "0330": "SO2", "0337": "CO", "0333": "H2S", "0303": "NH3", "2902": "Bụi tổng"}
    return short.get(code) or (EXTRA[code][2] if code in EXTRA else vocab.air(code, "vi"))


def _iban(doc: Doc) -> str:
    r = doc.rng
    return f"KZ{r.randint(10, 99)}{r.choice(('601', '826', '722', '998'))}{r.randint(10**12, 10**13 - 1)}"


# ---------------------------------------------------------------- facility

# (RU operator, KK operator, RU object, KK object, RU buyer, KK buyer, RU legal address, KK legal address, RU place,
#  KK place, KATO prefix, lat, lon, (O2, N2, Ar) m3/h, RU oblast (genitive), KK oblast)
ASU_SITES = (
    ("ТОО «Теміртау Индастриал Газ»", "«Теміртау Индастриал Газ» ЖШС",
     "Кислородная станция № 3 (воздухоразделительная установка КААр-32)", "№ 3 оттегі станциясы (КААр-32 ауа бөлу қондырғысы)",
     "АО «Сарыарқа Металлургиялық Комбинаты»", "«Сарыарқа Металлургиялық Комбинаты» АҚ",
     "Карагандинская область, г. Темиртау, пр. Республики, 12, офис 5", "Қарағанды облысы, Теміртау қ., Республика даңғ., 12, 5-кеңсе",
     "Карагандинская область, г. Темиртау, промышленная площадка металлургического комбината, квартал 118",
     "Қарағанды облысы, Теміртау қ., металлургиялық комбинаттың өнеркәсіптік алаңы, 118-орам", "3516", 50.0571, 72.9934,
     (32000, 40000, 1100), "Карагандинской области", "Қарағанды облысы"),
    ("ТОО «Ақсу Ауа Газдары»", "«Ақсу Ауа Газдары» ЖШС",
     "Воздухоразделительная установка ВРУ-15 «Ақсу»", "«Ақсу» ВРУ-15 ауа бөлу қондырғысы",
     "АО «Ақсу Ферроқорытпа Зауыты»", "«Ақсу Ферроқорытпа Зауыты» АҚ",
     "Павлодарская область, г. Аксу, ул. Астана, 2/1", "Павлодар облысы, Ақсу қ., Астана к-сі, 2/1",
     "Павлодарская область, г. Аксу, промышленная зона, территория завода ферросплавов, участок 7",
     "Павлодар облысы, Ақсу қ., өнеркәсіптік аймақ, ферроқорытпа зауытының аумағы, 7-учаске", "5520", 52.0318, 76.9402,
     (15000, 18000, 450), "Павлодарской области", "Павлодар облысы"),
    ("ТОО «Балқаш Оттегі»", "«Балқаш Оттегі» ЖШС",
     "Кислородный завод № 2 (установки КтК-35 и КАр-30)", "№ 2 оттегі зауыты (КтК-35 және КАр-30 қондырғылары)",
     "ТОО «Балқаш Мыс Балқыту»", "«Балқаш Мыс Балқыту» ЖШС",
     "Карагандинская область, г. Балхаш, ул. Ленина, 20", "Қарағанды облысы, Балқаш қ., Ленин к-сі, 20",
     "Карагандинская область, г. Балхаш, промышленная площадка медеплавильного завода, северная часть",
     "Қарағанды облысы, Балқаш қ., мыс балқыту зауытының өнеркәсіптік алаңы, солтүстік бөлігі", "3512", 46.8602, 74.9731,
     (35000, 30000, 900), "Карагандинской области", "Қарағанды облысы"),
)  # fmt: skip
BUYER_STREETS = (("ул. Металлургов, 1", "Металлургтер к-сі, 1"), ("пр. Промышленный, 10", "Өнеркәсіп даңғ., 10"), ("ул. Заводская, 3", "Зауыт к-сі, 3"))
PRODUCTS = (("Кислород технический газообразный (ГОСТ 5583-78)", "Техникалық газ тәріздес оттегі (МЕМСТ 5583-78)", 0.55),
            ("Азот газообразный (ГОСТ 9293-74)", "Газ тәріздес азот (МЕМСТ 9293-74)", 0.6),
            ("Аргон газообразный высшего сорта (ГОСТ 10157-2016)", "Жоғары сұрыпты газ тәріздес аргон (МЕМСТ 10157-2016)", 0.7))


def facility_jj1(doc: Doc) -> None:
    """The annex of a contract for supplying oxygen, nitrogen and argon by pipeline from an air separation unit to the
    steel works (ferroalloy plant, copper smelter) on whose ground it stands: the parties as two columns — the supplier
    (the gas company, operator of the unit) and the buyer, each with a BIN, an OKED with its words, a legal address, a bank
    account and a head — then under a row spanning the table the supplier's object, its lines merged across both party
    columns: name, place, KATO, the centre of the site in decimal degrees, the point of delivery at the meter on the
    boundary of ownership with coordinates of its own in degrees, minutes and seconds, the capacity by product, the
    category with the permit; the quarterly volumes in a table of no role (VI: a gas company's sale of gases by pipeline
    to a steel mill in the Phú Mỹ or Đình Vũ park, `Bên A` and `Bên B`, the delivery station in VN-2000 metres)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(ASU_SITES)
    operator, obj, buyer, legal, place, prefix, lat0, lon0, caps, obl = (
        s[L], s[2 + L], s[4 + L], s[6 + L], s[8 + L], s[10], s[11], s[12], s[13], s[14 + L])
    bin_, buyer_bin, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.004, 0.004), 5), round(lon0 + r.uniform(-0.004, 0.004), 5)
    meter_lat, _ = _dms(lat + r.uniform(0.003, 0.006), True, doc.lang)
    meter_lon, _ = _dms(lon - r.uniform(0.003, 0.006), False, doc.lang)
    number = f"{r.randint(11, 48)}-ПРВ/2026"
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    pdate = f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024"
    doc.h(g(f"Договор № {number} поставки продуктов разделения воздуха по трубопроводам",
            f"Ауаны бөлу өнімдерін құбыр желілері арқылы жеткізу туралы № {number} шарт", ""))
    town = place.split(", ")[1]
    doc.p(g(f"{town}, 26 декабря 2025 г.", f"{town}, 2025 жылғы 26 желтоқсан", ""))
    doc.p(g("1.1. Поставщик обязуется поставлять Покупателю кислород, азот и аргон, производимые на объекте Поставщика, по "
            "трубопроводам до точки поставки, указанной в Приложении № 1, а Покупатель – принимать и оплачивать продукцию. "
            "1.2. Право собственности на продукцию переходит к Покупателю в точке поставки. 1.3. Учет ведется по показаниям "
            "узлов коммерческого учета Поставщика.",
            "1.1. Өнім беруші өз объектісінде өндірілетін оттегіні, азотты және аргонды құбыр желілері арқылы 1-қосымшада "
            "көрсетілген жеткізу нүктесіне дейін Сатып алушыға жеткізуге, ал Сатып алушы өнімді қабылдауға және оған ақы төлеуге "
            "міндеттенеді. 1.2. Өнімге меншік құқығы жеткізу нүктесінде Сатып алушыға өтеді. 1.3. Есеп Өнім берушінің "
            "коммерциялық есепке алу тораптарының көрсеткіштері бойынша жүргізіледі.", ""))
    rows = [g(["Реквизиты", "Поставщик", "Покупатель"], ["Деректемелер", "Өнім беруші", "Сатып алушы"], [])]
    merges = []

    def across(label: str, value: str) -> None:
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))

    heads = (("Генеральный директор Абенов Р.С.", "Бас директор Әбенов Р.С."), ("Управляющий директор Ли В.Г.", "Басқарушы директор Ли В.Г."))
    rows += [[g("Наименование", "Атауы", ""), operator, buyer],
             [g("БИН", "БСН", ""), bin_, buyer_bin],
             [g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""),
              g("20110 – Производство промышленных газов", "20110 – Өнеркәсіптік газдар өндірісі", ""),
              g("24101 – Производство чугуна, стали и ферросплавов", "24101 – Шойын, болат және ферроқорытпалар өндірісі", "")],
             [g("Юридический адрес", "Заңды мекенжайы", ""), legal, f"{place.split(', ')[0]}, {town}, {doc.pick(BUYER_STREETS)[L]}"],
             [g("Банковские реквизиты", "Банк деректемелері", ""), f"{g('ИИК', 'ЖСК', '')} {_iban(doc)}, {g('БИК', 'БСК', '')} HSBKKZKX",
              f"{g('ИИК', 'ЖСК', '')} {_iban(doc)}, {g('БИК', 'БСК', '')} KCJBKZKX"],
             [g("Первый руководитель", "Бірінші басшы", ""), heads[0][L], heads[1][L]]]
    _span(rows, merges, g("Объект Поставщика, с которого осуществляется поставка", "Жеткізу жүзеге асырылатын Өнім берушінің объектісі", ""), 3)
    across(g("Наименование объекта", "Объектінің атауы", ""), obj)
    across(g("Местонахождение", "Орналасқан жері", ""), place)
    across(g("Код КАТО", "ҚАТО коды", ""), kato)
    across(g("Координаты центра площадки (WGS-84)", "Алаң орталығының координаттары (WGS-84)", ""),
           f"{num(lat, doc.lang)}° {HEMI[doc.lang][0]}, {num(lon, doc.lang)}° {HEMI[doc.lang][1]}")
    across(g("Точка поставки", "Жеткізу нүктесі", ""),
           g(f"узел коммерческого учета УКУ-2 на границе балансовой принадлежности (кислородопровод Ду 500, ПК 3+40), {meter_lat}, {meter_lon}",
             f"баланстық тиесілілік шекарасындағы УКУ-2 коммерциялық есепке алу торабы (Ду 500 оттегі құбыры, ПК 3+40), {meter_lat}, {meter_lon}", ""))
    across(g("Производительность", "Өнімділігі", ""),
           g(f"кислород – {num(caps[0], 'ru')} м³/ч; азот – {num(caps[1], 'ru')} м³/ч; аргон – {num(caps[2], 'ru')} м³/ч",
             f"оттегі – {num(caps[0], 'kk')} м³/сағ; азот – {num(caps[1], 'kk')} м³/сағ; аргон – {num(caps[2], 'kk')} м³/сағ", ""))
    across(g("Категория объекта, экологическое разрешение", "Объект санаты, экологиялық рұқсат", ""),
           g(f"II категория; разрешение на воздействие № {permit} от {pdate}, выдано Департаментом экологии по {obl}",
             f"II санат; {obl} бойынша экология департаменті {pdate} берген № {permit} әсер етуге арналған рұқсат", ""))
    doc.table(g(f"Приложение № 1 к Договору № {number}. Сведения о сторонах и объекте поставки",
                f"№ {number} шартқа 1-қосымша. Тараптар және жеткізу объектісі туралы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(operator), "kato": kato, "oked": "20110", "category": "II", "lat": lat, "lon": lon})
    vol = [g(["Продукция", "I кв. 2026", "II кв. 2026", "III кв. 2026", "IV кв. 2026"], ["Өнім", "2026 ж. I тоқс.", "2026 ж. II тоқс.", "2026 ж. III тоқс.", "2026 ж. IV тоқс."], [])]
    for (p_ru, p_kk, load), cap in zip(PRODUCTS, caps, strict=True):
        vol.append([(p_ru, p_kk)[L], *(num(round(cap * load * 2184 / 1000 * r.uniform(0.9, 1.05)), doc.lang) for _ in range(4))])
    doc.table(g("Приложение № 2. Плановые объемы поставки, тыс. м³", "2-қосымша. Жоспарлы жеткізу көлемдері, мың м³", ""), vol, role="other")
    doc.p(g("Объемы приведены к нормальным условиям (20 °C, 101,3 кПа).", "Көлемдер қалыпты жағдайларға (20 °C, 101,3 кПа) келтірілген.", ""))


# (plant, company, buyer, place, lat, lon, (O2, N2, Ar) Nm3/h, province's People's Committee)
VN_ASU = (
    ("Nhà máy sản xuất khí công nghiệp Phú Mỹ", "Công ty TNHH Khí Công nghiệp Phú Mỹ", "Công ty Cổ phần Thép Xanh Phú Mỹ",
     "Lô C5, Khu công nghiệp Phú Mỹ II, phường Phú Mỹ, Thành phố Hồ Chí Minh (trước đây là thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu)",
     10.5862, 107.0318, (22000, 26000, 700), "Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu"),
    ("Nhà máy tách khí Đình Vũ", "Công ty TNHH Khí Công nghiệp Đình Vũ", "Công ty Cổ phần Luyện thép Cảng Đình Vũ",
     "Lô CN4.2, Khu công nghiệp Đình Vũ, phường Đông Hải, thành phố Hải Phòng", 20.8455, 106.7741, (12000, 15000, 350),
     "Ủy ban nhân dân thành phố Hải Phòng"),
)  # fmt: skip


def _facility_jj1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, buyer, place, lat0, lon0, caps, ubnd = doc.pick(VN_ASU)
    msdn, buyer_msdn = make_msdn(r), make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    number = f"{r.randint(3, 30):02d}/2026/HĐMB-KCN"
    doc.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc")
    doc.h(f"HỢP ĐỒNG MUA BÁN KHÍ CÔNG NGHIỆP QUA ĐƯỜNG ỐNG Số: {number}")
    doc.p("Điều 1. Bên A cung cấp cho Bên B khí oxy, nitơ và argon sản xuất tại nhà máy của Bên A qua hệ thống đường ống đến điểm giao "
          "nhận quy định tại Phụ lục 01; quyền sở hữu hàng hóa được chuyển giao cho Bên B tại điểm giao nhận.")
    rows = [["Thông tin", "Bên bán (Bên A)", "Bên mua (Bên B)"]]
    merges = []

    def across(label: str, value: str) -> None:
        rows.append([label, value, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 2))

    rows += [["Tên doanh nghiệp", company, buyer],
             ["Mã số doanh nghiệp", msdn, buyer_msdn],
             ["Địa chỉ trụ sở chính", place.split(" (")[0], place.split(" (")[0].replace("Lô C5", "Lô A1").replace("Lô CN4.2", "Lô CN2.1")],
             ["Số tài khoản", f"{r.randint(10**11, 10**12 - 1)} tại Ngân hàng TMCP Ngoại thương Việt Nam",
              f"{r.randint(10**11, 10**12 - 1)} tại Ngân hàng TMCP Công Thương Việt Nam"],
             ["Người đại diện", "Ông Nguyễn Hoàng Long – Tổng Giám đốc", "Ông Phạm Quốc Bảo – Giám đốc"]]
    _span(rows, merges, "NHÀ MÁY CỦA BÊN A CUNG CẤP KHÍ QUA ĐƯỜNG ỐNG", 3)
    across("Tên nhà máy", plant)
    across("Địa điểm", place)
    across("Tọa độ tâm nhà máy (WGS-84)", f"Vĩ độ {num(lat, 'vi')}° B; Kinh độ {num(lon, 'vi')}° Đ")
    cm = 107.75 if lon0 > 106.9 else 105.75
    x = round((lat + 0.004) * 110_750)
    y = round(500_000 + (lon - 0.003 - cm) * 111_320 * math.cos(math.radians(lat)))
    across("Điểm giao nhận", f"Trạm đo đếm tại hàng rào nhà máy Bên B; X = {num(x, 'vi')} m; Y = {num(y, 'vi')} m "
           f"(hệ VN-2000, kinh tuyến trục {'107°45′' if cm > 107 else '105°45′'}, múi chiếu 3°)")
    across("Công suất thiết kế", f"Oxy {num(caps[0], 'vi')} Nm³/h; Nitơ {num(caps[1], 'vi')} Nm³/h; Argon {num(caps[2], 'vi')} Nm³/h")
    across("Giấy phép môi trường", f"Số {r.randint(40, 380)}/GPMT-UBND ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024 của {ubnd}; "
           "cơ sở thuộc nhóm II theo Luật Bảo vệ môi trường năm 2020")
    doc.table("PHỤ LỤC 01. THÔNG TIN CÁC BÊN VÀ ĐIỂM GIAO NHẬN", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": "II", "lat": lat, "lon": lon})
    vol = [["Sản phẩm", "Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026"]]
    for name, cap in zip(("Oxy (nghìn Nm³)", "Nitơ (nghìn Nm³)", "Argon (nghìn Nm³)"), caps, strict=True):
        vol.append([name, *(num(round(cap * 0.6 * 2184 / 1000 * r.uniform(0.9, 1.05)), "vi") for _ in range(4))])
    doc.table("PHỤ LỤC 02. SẢN LƯỢNG GIAO NHẬN DỰ KIẾN", vol, role="other")


# (RU operator, KK operator, RU brewery, KK brewery, RU place, KK place, KATO prefix, lat, lon, thousand dal a year, altitude m)
BREWERIES = (
    ("ТОО «Қарағанды Сыра Зауыты»", "«Қарағанды Сыра Зауыты» ЖШС", "Пивоваренный завод «Қарағанды Сыра»", "«Қарағанды Сыра» сыра зауыты",
     "Карагандинская область, г. Караганда, район имени Казыбек би, ул. Складская, 4",
     "Қарағанды облысы, Қарағанды қ., Қазыбек би атындағы аудан, Складская к-сі, 4", "3510", 49.8127, 73.0871, 4200, 546),
    ("ТОО «Алатау Пивоварня»", "«Алатау Пивоварня» ЖШС", "Пивоваренный завод «Алатау»", "«Алатау» сыра зауыты",
     "г. Алматы, Турксибский район, ул. Бекмаханова, 96", "Алматы қ., Түрксіб ауданы, Бекмаханов к-сі, 96", "7515", 43.3352, 76.9514, 9800, 702),
    ("ТОО «Ертіс Сырасы»", "«Ертіс Сырасы» ЖШС", "Пивоваренный завод «Ертіс»", "«Ертіс» сыра зауыты",
     "Павлодарская область, г. Павлодар, Северная промышленная зона, 21", "Павлодар облысы, Павлодар қ., Солтүстік өнеркәсіптік аймақ, 21",
     "5510", 52.3308, 76.9362, 2600, 123),
)  # fmt: skip


def facility_jj2(doc: Doc) -> None:
    """An equipment maker's questionnaire (опросный лист) for designing a unit recovering the CO2 of fermentation and making
    dry ice at a brewery, filled in by the brewery: `№ | вопрос | ед. изм. | ответ Заказчика` under four section rows,
    questions starred as compulsory, the KATO after a semicolon in the site's address cell, the coordinates in degrees,
    minutes and seconds, the category chosen by a ticked box among four (`☐ I ☒ II ☐ III ☐ IV`), boxes for the place of
    the equipment and the size of the pellets, the brewery's output and CO2 figures among them, the general designer's BIN
    and licence in the last section as look-alikes; the quality of CO2 required (ISBT) in a table of no role after it (VI:
    a questionnaire for a CO2 recovery and liquefaction unit at the Phú Mỹ park beside an ammonia plant or at a brewery in
    the Nam Cầu Kiền park, `☒ Nhóm II`, the consultant's enterprise number)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_jj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    b = doc.pick(BREWERIES)
    operator, name, place, prefix, lat0, lon0, output, alt = b[L], b[2 + L], b[4 + L], b[6], b[7], b[8], b[9], b[10]
    bin_, designer_bin, kato = make_bin(r), make_bin(r), _kato(doc, prefix)
    lat, lat_v = _dms(lat0 + r.uniform(-0.003, 0.003), True, doc.lang)
    lon, lon_v = _dms(lon0 + r.uniform(-0.003, 0.003), False, doc.lang)
    co2_max = round(output * 0.06 * r.uniform(0.9, 1.1), -1)
    tanks = max(8, round(output / 250))
    doc.p(g("Форма ОЛ-CO2-04", "ОЛ-CO2-04 нысаны", ""))
    doc.h(g("Опросный лист для проектирования установки рекуперации диоксида углерода и производства сухого льда",
            "Көмірқышқыл газын рекуперациялау және құрғақ мұз өндіру қондырғысын жобалауға арналған сауалнама парағы", ""))
    doc.p(g("Опросный лист заполняется Заказчиком и является неотъемлемой частью технического задания на проектирование. Поля, "
            "отмеченные знаком *, обязательны для заполнения; в полях выбора отметьте нужный вариант знаком ☒.",
            "Сауалнама парағын Тапсырыс беруші толтырады және ол жобалауға арналған техникалық тапсырманың ажырамас бөлігі болып "
            "табылады. * белгісімен белгіленген жолдарды толтыру міндетті; таңдау жолдарында қажетті нұсқаны ☒ белгісімен белгілеңіз.", ""))
    rows = [g(["№", "Вопрос", "Ед. изм.", "Ответ Заказчика"], ["№", "Сұрақ", "Өлш. бірл.", "Тапсырыс берушінің жауабы"], [])]
    merges = []
    _span(rows, merges, g("1. Сведения о Заказчике", "1. Тапсырыс беруші туралы мәліметтер", ""), 4)
    rows += [["1.1", g("Наименование организации*", "Ұйымның атауы*", ""), "–", operator],
             ["1.2", g("БИН*", "БСН*", ""), "–", bin_],
             ["1.3", g("Основной вид деятельности (код ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ коды)", ""), "–",
              g("11050 – Производство пива", "11050 – Сыра өндірісі", "")],
             ["1.4", g("Контактное лицо, телефон", "Байланыс тұлғасы, телефоны", ""), "–",
              g(f"главный инженер Сапаров Е.Т., +7 701 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"бас инженер Сапаров Е.Т., +7 701 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}", "")]]
    _span(rows, merges, g("2. Площадка размещения установки", "2. Қондырғыны орналастыру алаңы", ""), 4)
    rows += [["2.1", g("Наименование объекта*", "Объектінің атауы*", ""), "–", name],
             ["2.2", g("Адрес объекта, код КАТО*", "Объектінің мекенжайы, ҚАТО коды*", ""), "–", g(f"{place}; КАТО {kato}", f"{place}; ҚАТО {kato}", "")],
             ["2.3", g("Координаты площадки (WGS-84)", "Алаңның координаттары (WGS-84)", ""), "–", f"{lat}; {lon}"],
             ["2.4", g("Категория объекта, оказывающего негативное воздействие на окружающую среду*",
                       "Қоршаған ортаға теріс әсер ететін объектінің санаты*", ""), "–", "☐ I     ☒ II     ☐ III     ☐ IV"],
             ["2.5", g("Высота площадки над уровнем моря", "Алаңның теңіз деңгейінен биіктігі", ""), "м", str(alt)],
             ["2.6", g("Расчетная температура наружного воздуха, зима / лето", "Сыртқы ауаның есептік температурасы, қыс / жаз", ""), "°C",
              f"–{r.randint(26, 38)} / +{r.randint(33, 41)}"],
             ["2.7", g("Место размещения оборудования", "Жабдықты орналастыру орны", ""), "–",
              g("☒ существующее здание бродильного отделения   ☐ новое здание   ☐ открытая площадка",
                "☒ ашыту бөлімшесінің қолданыстағы ғимараты   ☐ жаңа ғимарат   ☐ ашық алаң", "")]]
    _span(rows, merges, g("3. Исходные данные для проектирования", "3. Жобалауға арналған бастапқы деректер", ""), 4)
    rows += [["3.1", g("Выпуск пива*", "Сыра шығару*", ""), g("тыс. дал/год", "мың дал/жыл", ""), num(output, doc.lang)],
             ["3.2", g("Цилиндро-конические танки брожения (ЦКТ)", "Ашытудың цилиндр-конустық танктері (ЦКТ)", ""),
              g("шт. × м³", "дана × м³", ""), f"{tanks} × {doc.pick(('125', '200', '250'))}"],
             ["3.3", g("Максимальный выход CO2 брожения*", "Ашыту кезіндегі CO2 ең жоғары шығымы*", ""), g("кг/ч", "кг/сағ", ""), num(co2_max, doc.lang)],
             ["3.4", g("Требуемая производительность по жидкому CO2", "Сұйық CO2 бойынша талап етілетін өнімділік", ""), g("кг/ч", "кг/сағ", ""),
              num(round(co2_max * 0.8, -1), doc.lang)],
             ["3.5", g("Производительность по сухому льду", "Құрғақ мұз бойынша өнімділік", ""), g("кг/ч", "кг/сағ", ""),
              num(round(co2_max * 0.35, -1), doc.lang)],
             ["3.6", g("Диаметр гранул сухого льда", "Құрғақ мұз түйіршіктерінің диаметрі", ""), "мм", "☒ 3     ☐ 10     ☐ 16"],
             ["3.7", g("Хладагент существующей холодильной станции", "Қолданыстағы тоңазытқыш станциясының хладагенті", ""), "–", "аммиак (R717)"]]
    _span(rows, merges, g("4. Опросный лист заполнил", "4. Сауалнама парағын толтырған", ""), 4)
    rows += [["4.1", g("Генеральный проектировщик", "Бас жобалаушы", ""), "–",
              g(f"ТОО «КриоПроект Инжиниринг», БИН {designer_bin}, лицензия ГСЛ № {r.randint(10**7, 10**8 - 1)}",
                f"«КриоПроект Инжиниринг» ЖШС, БСН {designer_bin}, МСЛ № {r.randint(10**7, 10**8 - 1)} лицензиясы", "")],
             ["4.2", g("Дата заполнения", "Толтырылған күні", ""), "–", f"{r.randint(10, 28)}.01.2026"]]  # fmt: skip
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": "11050", "category": "II", "lat": lat_v, "lon": lon_v})
    doc.table(g("Требования к качеству диоксида углерода (ISBT, пищевой)", "Көмірқышқыл газының сапасына қойылатын талаптар (ISBT, тағамдық)", ""),
              [g(["Показатель", "Норма"], ["Көрсеткіш", "Нормасы"], []),
               [g("Объемная доля CO2, %, не менее", "CO2 көлемдік үлесі, %, кемінде", ""), "99,9"],
               [g("Влага, ppm (об.), не более", "Ылғал, ppm (көл.), аспайды", ""), "20"],
               [g("Кислород, ppm (об.), не более", "Оттегі, ppm (көл.), аспайды", ""), "30"],
               [g("Ацетальдегид, ppm (об.), не более", "Ацетальдегид, ppm (көл.), аспайды", ""), "0,2"],
               [g("Общая сера (в пересчете на S), ppm (об.), не более", "Жалпы күкірт (S-ке шаққанда), ppm (көл.), аспайды", ""), "0,1"]],
              role="other")


# (plant, company, place, lat, lon, feed gas, feed Nm3/h, CO2 %, tonnes of liquid CO2 a day)
VN_CO2 = (
    ("Nhà máy thu hồi và hóa lỏng CO2 Phú Mỹ", "Công ty TNHH Khí Cacbonic Phú Mỹ",
     "Đường số 5, Khu công nghiệp Phú Mỹ I, phường Phú Mỹ, Thành phố Hồ Chí Minh (trước đây là thị xã Phú Mỹ, tỉnh Bà Rịa – Vũng Tàu)",
     10.6043, 107.0465, "Khí CO2 thải từ phân xưởng amoniac của nhà máy đạm liền kề", 3800, "98,5", 120),
    ("Xưởng thu hồi CO2 – Nhà máy bia Nam Cầu Kiền", "Công ty Cổ phần Bia Hải Phòng Xanh",
     "Lô B3, Khu công nghiệp Nam Cầu Kiền, xã Kiền Bái, thành phố Hải Phòng", 20.9147, 106.6238,
     "Khí CO2 từ quá trình lên men bia (tank lên men)", 260, "99,2", 8),
)  # fmt: skip


def _facility_jj2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, lat0, lon0, feed, flow, share, tons = doc.pick(VN_CO2)
    msdn, consultant = make_msdn(r), make_msdn(r)
    lat, lat_v = _dms(lat0 + r.uniform(-0.002, 0.002), True, "vi")
    lon, lon_v = _dms(lon0 + r.uniform(-0.002, 0.002), False, "vi")
    doc.h("PHIẾU KHẢO SÁT SỐ LIỆU THIẾT KẾ HỆ THỐNG THU HỒI VÀ HÓA LỎNG CO2")
    doc.p("Khách hàng điền thông tin vào cột “Trả lời”; các mục có dấu (*) là bắt buộc. Tại các mục lựa chọn, đánh dấu ☒ vào phương án phù hợp.")
    rows = [["STT", "Nội dung", "Đơn vị", "Trả lời"]]
    merges = []
    _span(rows, merges, "I. THÔNG TIN KHÁCH HÀNG", 4)
    rows += [["1.1", "Tên doanh nghiệp (*)", "-", company],
             ["1.2", "Mã số doanh nghiệp (*)", "-", msdn],
             ["1.3", "Ngành nghề kinh doanh chính (mã VSIC)", "-", "2011 – Sản xuất hóa chất cơ bản" if tons > 50 else "1103 – Sản xuất bia và mạch nha ủ men bia"],
             ["1.4", "Người liên hệ", "-", f"Ông Đỗ Văn Thành – Trưởng phòng Kỹ thuật, 09{r.randint(10_000_000, 99_999_999)}"]]
    _span(rows, merges, "II. ĐỊA ĐIỂM LẮP ĐẶT", 4)
    rows += [["2.1", "Tên cơ sở (*)", "-", plant],
             ["2.2", "Địa chỉ (*)", "-", place],
             ["2.3", "Tọa độ (WGS-84)", "-", f"{lat}; {lon}"],
             ["2.4", "Phân loại dự án, cơ sở theo tiêu chí về môi trường (Luật Bảo vệ môi trường 2020) (*)", "-",
              "☐ Nhóm I     ☒ Nhóm II     ☐ Nhóm III     ☐ Nhóm IV"],
             ["2.5", "Nhiệt độ môi trường thấp nhất / cao nhất", "°C", f"{r.randint(18, 23)} / {r.randint(36, 39)}"],
             ["2.6", "Độ ẩm tương đối trung bình", "%", str(r.randint(78, 86))]]
    _span(rows, merges, "III. SỐ LIỆU CÔNG NGHỆ", 4)
    rows += [["3.1", "Nguồn khí nguyên liệu (*)", "-", feed],
             ["3.2", "Lưu lượng khí nguyên liệu", "Nm³/h", num(flow, "vi")],
             ["3.3", "Nồng độ CO2 trong khí nguyên liệu", "% thể tích", share],
             ["3.4", "Công suất CO2 lỏng yêu cầu (*)", "tấn/ngày", num(tons, "vi")],
             ["3.5", "Độ tinh khiết sản phẩm", "-", "☒ ≥ 99,9 % (thực phẩm)     ☐ ≥ 99,5 % (công nghiệp)"]]
    _span(rows, merges, "IV. ĐƠN VỊ TƯ VẤN THIẾT KẾ", 4)
    rows.append(["4.1", "Tên đơn vị, mã số doanh nghiệp", "-", f"Công ty Cổ phần Tư vấn Kỹ thuật Khí Việt – MSDN {consultant}"])
    doc.table(None, rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant, "category": "II", "lat": lat_v, "lon": lon_v})
    maybe_distractor(doc)


# ---------------------------------------------------------------- emissions

# (RU operator, KK operator, RU city, KK city)
CARBIDE_PLANTS = (
    ("ТОО «Теміртау Карбид»", "«Теміртау Карбид» ЖШС", "г. Темиртау Карагандинской области", "Қарағанды облысы Теміртау қаласының"),
    ("ТОО «Ақсу Карбид және Газ»", "«Ақсу Карбид және Газ» ЖШС", "г. Аксу Павлодарской области", "Павлодар облысы Ақсу қаласының"),
)
# (number, RU, KK, {code: ((low, high) g/s, (low, high) t/year)})
CARBIDE_SOURCES = (
    ("0001", "Свеча дожигания печного газа карбидной печи № 1", "№ 1 карбид пешінің пеш газын жағу алауы",
     {"0337": ((1.2, 3.5), (25, 80)), "0301": ((0.08, 0.25), (1.8, 5.5)), "0330": ((0.04, 0.15), (0.9, 3.2)), "2908": ((0.15, 0.5), (3.0, 10.0))}),
    ("0002", "Свеча дожигания печного газа карбидной печи № 2", "№ 2 карбид пешінің пеш газын жағу алауы",
     {"0337": ((1.2, 3.5), (25, 80)), "0301": ((0.08, 0.25), (1.8, 5.5)), "0330": ((0.04, 0.15), (0.9, 3.2)), "2908": ((0.15, 0.5), (3.0, 10.0))}),
    ("0003", "Рукавный фильтр аспирации дробильно-сортировочного отделения", "Ұсату-сұрыптау бөлімшесі аспирациясының жеңді сүзгісі",
     {"0129": ((0.04, 0.12), (0.8, 2.6))}),
    ("0004", "Дымовая труба известково-обжиговой печи", "Әк күйдіру пешінің түтін мұржасы",
     {"0128": ((0.05, 0.2), (1.0, 4.0)), "0337": ((0.3, 0.9), (6, 20)), "0301": ((0.05, 0.15), (1.0, 3.2))}),
    ("0005", "Вентиляция генераторного отделения ацетиленовой станции", "Ацетилен станциясының генератор бөлімшесінің желдеткіші",
     {"0528": ((0.01, 0.05), (0.25, 1.4)), "0315": ((0.0001, 0.0006), (0.002, 0.015)), "0333": ((0.0002, 0.001), (0.005, 0.025)),
      "0303": ((0.0005, 0.002), (0.01, 0.05))}),
    ("0006", "Вентиляция наполнительного отделения ацетиленовых баллонов", "Ацетилен баллондарын толтыру бөлімшесінің желдеткіші",
     {"0528": ((0.005, 0.02), (0.1, 0.5)), "1401": ((0.002, 0.01), (0.05, 0.25))}),
    ("6001", "Карты карбидного ила (шламонакопитель)", "Карбид лайының карталары (шлам жинағыш)",
     {"0528": ((0.002, 0.008), (0.05, 0.2)), "0214": ((0.001, 0.005), (0.02, 0.1))}),
    ("6002", "Открытый склад кокса и извести", "Кокс пен әктің ашық қоймасы", {"2908": ((0.02, 0.08), (0.3, 1.5))}),
)  # fmt: skip
OBUV = {"0528": 1.5, "0129": 0.3, "0128": 0.3, "1401": None}


def emissions_jj1(doc: Doc) -> None:
    """A calcium carbide and acetylene plant's emissions ordered by substance, not by source: a row spanning the table per
    substance (`0528 – Этин (Ацетилен), ОБУВ 1,5 мг/м³`, `0315 – Фосфин …, класс опасности 2`) carrying its code and its
    hazard class, which stand nowhere else, the sources emitting it under it with their number, name, g/s and t/year, the
    same source coming back under every substance it emits, `Итого по веществу` under each group and the plant's total
    last; acetylene, calcium carbide and quicklime normed by an ОБУВ and given no class (VI: a carbide and acetylene plant in
    Hải Phòng, the pollutants as group rows, the sources named without numbers, `Cộng` under each group)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(CARBIDE_PLANTS)
    operator, city = plant[L], plant[2 + L]
    sources = [s for s in CARBIDE_SOURCES if s[0] != "6002" or r.random() < 0.6]
    doc.h(g(f"Проект нормативов допустимых выбросов {operator}", f"{operator} жол берілетін шығарындылар нормативтерінің жобасы", ""))
    doc.h(g("3.3. Перечень выбросов загрязняющих веществ по веществам и источникам", "3.3. Заттар мен көздер бойынша ластаушы заттар шығарындыларының тізбесі", ""))
    doc.p(g(f"Предприятие расположено в промышленной зоне {city} и включает цех карбида кальция (две закрытые электропечи, "
            "известково-обжиговая печь, дробильно-сортировочное отделение) и ацетиленовую станцию с генераторами «мокрого» типа "
            "и наполнительным отделением. Карбидный ил после генераторов сбрасывается на иловые карты.",
            f"Кәсіпорын {city} өнеркәсіптік аймағында орналасқан және кальций карбиді цехын (екі жабық электр пеші, әк күйдіру пеші, "
            "ұсату-сұрыптау бөлімшесі) және «дымқыл» типті генераторлары мен толтыру бөлімшесі бар ацетилен станциясын қамтиды. "
            "Генераторлардан кейінгі карбид лайы лай карталарына төгіледі.", ""))
    rows = [g(["№ ИЗА", "Наименование источника выброса", "Выброс вещества", None], ["ЛШК №", "Шығарынды көзінің атауы", "Заттың шығарындысы", None], []),
            [None, None, g("г/с", "г/с", ""), g("т/год", "т/жыл", "")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)]
    codes = sorted({c for s in sources for c in s[3]})
    all_g, all_t = [], []
    for c in codes:
        hz = _hazard(c)
        if hz:
            tail = g(f"класс опасности {hz}", f"қауіптілік сыныбы {hz}", "")
        else:
            tail = g(f"ОБУВ {num(OBUV[c], 'ru')} мг/м³, класс опасности не установлен", f"ҚӘБД {num(OBUV[c], 'kk')} мг/м³, қауіптілік сыныбы белгіленбеген", "")
        _span(rows, merges, f"{c} – {_air(doc, c)}, {tail}", 4)
        sub_g, sub_t = 0.0, 0.0
        for number, s_ru, s_kk, rates in sources:
            if c not in rates:
                continue
            (glo, ghi), (tlo, thi) = rates[c]
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            rows.append([number, (s_ru, s_kk)[L], num(gs, doc.lang), num(ty, doc.lang)])
            doc.add("emissions", emission(c, gs, ty, number, hz))
            sub_g, sub_t = sub_g + gs, sub_t + ty
        rows.append(["", g("Итого по веществу", "Зат бойынша барлығы", ""), num(round(sub_g, 6), doc.lang), num(round(sub_t, 6), doc.lang)])
        all_g.append(sub_g)
        all_t.append(sub_t)
    rows.append(["", g("Всего по предприятию", "Кәсіпорын бойынша барлығы", ""), num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang)])
    doc.table(g("Таблица 3.3 – Выбросы загрязняющих веществ в атмосферу на существующее положение (2025 г.)",
                "3.3-кесте – Қазіргі жағдай бойынша атмосфераға ластаушы заттар шығарындылары (2025 ж.)", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    doc.p(g("Примечание: для веществ, нормируемых по ОБУВ, класс опасности не установлен; ацетон выделяется при заполнении баллонов "
            "пористой массой с ацетоном.",
            "Ескертпе: ҚӘБД бойынша нормаланатын заттар үшін қауіптілік сыныбы белгіленбеген; ацетон баллондарды ацетоны бар кеуекті "
            "массамен толтыру кезінде бөлінеді.", ""))
    maybe_distractor(doc)


VN_CARBIDE = (("Nhà máy sản xuất đất đèn và khí axetylen Bạch Đằng", "Công ty Cổ phần Đất đèn và Khí công nghiệp Bạch Đằng",
               "Khu công nghiệp Tràng Duệ, thành phố Hải Phòng"),
              ("Nhà máy đất đèn Cầu Kiền", "Công ty TNHH Hóa chất Cầu Kiền", "Khu công nghiệp Nam Cầu Kiền, thành phố Hải Phòng"))
# (source, {code: ((low, high) g/s, (low, high) t/year)})
VN_CARBIDE_SOURCES = (
    ("Ống khói lò đất đèn số 1 (sau hệ thống lọc bụi túi vải)",
     {"2902": ((0.2, 0.6), (4, 12)), "0337": ((1.0, 3.0), (20, 70)), "0301": ((0.08, 0.22), (1.6, 5)), "0330": ((0.03, 0.12), (0.6, 2.6))}),
    ("Ống khói lò đất đèn số 2 (sau hệ thống lọc bụi túi vải)",
     {"2902": ((0.2, 0.6), (4, 12)), "0337": ((1.0, 3.0), (20, 70)), "0301": ((0.08, 0.22), (1.6, 5)), "0330": ((0.03, 0.12), (0.6, 2.6))}),
    ("Ống thải hệ thống hút bụi khu nghiền, sàng đất đèn", {"2902": ((0.05, 0.15), (1, 3.2))}),
    ("Ống khói lò nung vôi", {"2902": ((0.06, 0.2), (1.2, 4)), "0337": ((0.2, 0.8), (4, 16)), "0301": ((0.04, 0.12), (0.8, 2.6))}),
    ("Quạt thông gió xưởng sản xuất khí axetylen", {"0528": ((0.01, 0.04), (0.2, 1.0)), "0315": ((0.0001, 0.0005), (0.002, 0.01)),
                                                   "0333": ((0.0002, 0.0008), (0.004, 0.02)), "0303": ((0.0005, 0.002), (0.01, 0.05))}),
    ("Bãi chứa bùn vôi (bùn đất đèn) sau máy phát axetylen", {"0528": ((0.002, 0.008), (0.04, 0.18))}),
)  # fmt: skip
VN_ORDER = ("2902", "0337", "0301", "0330", "0333", "0303", "0315", "0528")


def _emissions_jj1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place = doc.pick(VN_CARBIDE)
    doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG CỦA CƠ SỞ {plant.upper()}")
    doc.h("3.2.1. Tải lượng các chất ô nhiễm trong khí thải")
    doc.p(f"Cơ sở do {company} làm chủ, đặt tại {place}, gồm 02 lò điện hồ quang kín sản xuất đất đèn (CaC2), 01 lò nung vôi và xưởng sản "
          "xuất khí axetylen bằng phương pháp ướt. Tải lượng được tổng hợp theo từng thông số ô nhiễm từ kết quả quan trắc và hệ số phát thải.")
    rows = [["TT", "Nguồn phát sinh", "Tải lượng (g/s)", "Tải lượng (tấn/năm)"]]
    merges = []
    for k, c in enumerate(VN_ORDER, 1):
        _span(rows, merges, f"{k}. {_vi_air(c)}", 4)
        sub_g, sub_t = 0.0, 0.0
        j = 0
        for name, rates in VN_CARBIDE_SOURCES:
            if c not in rates:
                continue
            j += 1
            (glo, ghi), (tlo, thi) = rates[c]
            gs, ty = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
            rows.append([f"{k}.{j}", name, num(gs, "vi"), num(ty, "vi")])
            doc.add("emissions", emission(c, gs, ty))
            sub_g, sub_t = sub_g + gs, sub_t + ty
        rows.append(["", "Cộng", num(round(sub_g, 6), "vi"), num(round(sub_t, 6), "vi")])
    doc.table("Bảng 3.5. Tải lượng các chất ô nhiễm không khí của cơ sở theo thông số", rows, merges, role="emissions")
    doc.p("Ghi chú: thời gian hoạt động 7.920 giờ/năm; các lò đất đèn dừng 35 ngày/năm để bảo dưỡng.")
    maybe_distractor(doc)


# (number, RU, KK, {code: ((low, high) g/s, (low, high) t)} in construction, {…} in operation)
CO2_SHOP_SOURCES = (
    ("0001", "Свеча сброса неконденсируемых газов конденсатора CO2", "CO2 конденсаторының конденсацияланбайтын газдарын шығару құбыры", {},
     {"1061": ((0.002, 0.01), (0.04, 0.25)), "1317": ((0.0002, 0.001), (0.004, 0.025)), "0333": ((0.00005, 0.0002), (0.001, 0.005))}),
    ("0002", "Вентиляция машинного отделения аммиачной холодильной установки", "Аммиак тоңазытқыш қондырғысының машина бөлімшесінің желдеткіші", {},
     {"0303": ((0.001, 0.006), (0.02, 0.15))}),
    ("0003", "Свеча регенерации угольных фильтров и осушителей", "Көмір сүзгілері мен кептіргіштерді регенерациялау кезіндегі шығару құбыры", {},
     {"1061": ((0.001, 0.006), (0.01, 0.08)), "1317": ((0.0001, 0.0006), (0.001, 0.008))}),
    ("6001", "Земляные работы (экскаватор, бульдозер)", "Жер жұмыстары (экскаватор, бульдозер)", {"2908": ((0.05, 0.2), (0.3, 1.5))}, {}),
    ("6002", "Сварочные работы (электроды МР-3)", "Дәнекерлеу жұмыстары (МР-3 электродтары)",
     {"0123": ((0.002, 0.008), (0.01, 0.05)), "0143": ((0.0002, 0.0008), (0.001, 0.005)), "0342": ((0.0001, 0.0004), (0.0005, 0.002))}, {}),
    ("6003", "Покрасочные работы (эмаль ПФ-115, растворитель)", "Бояу жұмыстары (ПФ-115 эмалі, еріткіш)",
     {"0616": ((0.02, 0.08), (0.05, 0.3)), "2752": ((0.01, 0.05), (0.03, 0.2))}, {}),
    ("6004", "Автотранспорт на площадке (подвоз материалов; отгрузка жидкого CO2 и сухого льда)",
     "Алаңдағы автокөлік (материалдарды жеткізу; сұйық CO2 мен құрғақ мұзды тиеп жөнелту)",
     {"0301": ((0.01, 0.04), (0.05, 0.3)), "0304": ((0.002, 0.006), (0.008, 0.05)), "0328": ((0.001, 0.005), (0.004, 0.03)),
      "0330": ((0.002, 0.008), (0.008, 0.04)), "0337": ((0.05, 0.2), (0.2, 1.2)), "2732": ((0.01, 0.04), (0.04, 0.25))},
     {"0301": ((0.004, 0.015), (0.03, 0.15)), "0304": ((0.0006, 0.0025), (0.005, 0.025)), "0330": ((0.001, 0.004), (0.005, 0.03)),
      "0337": ((0.02, 0.08), (0.1, 0.6)), "2732": ((0.004, 0.015), (0.02, 0.12))}),
)  # fmt: skip


def emissions_jj2(doc: Doc) -> None:
    """The air section of an ОВОС for building a CO2 recovery and dry-ice shop at a brewery: one table for both periods,
    the construction period (`т/период`) and the operation (`т/год`) as two column pairs under merged headers, the source's
    number and name merged down over its substances, the construction's unorganised sources (earthworks, welding,
    painting) dashed under the operation and the shop's vents dashed under the construction, while the trucks on the site
    emit in both periods with different figures — two emissions of one source and substance told apart only by the
    period; no hazard class (VI: the ĐTM of a CO2 recovery plant, the construction and operation phases as column pairs,
    sources named without numbers)."""
    r = doc.rng
    if doc.lang == "vi":
        _emissions_jj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    b = doc.pick(BREWERIES)
    operator, name = b[L], b[2 + L]
    months = r.randint(6, 9)
    doc.h(g(f"Отчет о возможных воздействиях. Строительство цеха рекуперации CO2 и производства сухого льда. {name}",
            f"Ықтимал әсерлер туралы есеп. CO2 рекуперациялау және құрғақ мұз өндіру цехын салу. {name}", ""))
    doc.h(g("5.2. Характеристика источников выбросов в атмосферу", "5.2. Атмосфераға шығарынды көздерінің сипаттамасы", ""))
    doc.p(g(f"Инициатор – {operator}. Строительство ведется в 2026 году в течение {months} месяцев; в период эксплуатации цех "
            "перерабатывает CO2 брожения в жидкий CO2 и гранулированный сухой лед. Источники периода строительства нумеруются с 6001, "
            "источники цеха – с 0001.",
            f"Бастамашы – {operator}. Құрылыс 2026 жылы {months} ай бойы жүргізіледі; пайдалану кезеңінде цех ашыту CO2-ін сұйық CO2 "
            "мен түйіршіктелген құрғақ мұзға өңдейді. Құрылыс кезеңінің көздері 6001-ден, цех көздері 0001-ден бастап нөмірленеді.", ""))
    rows = [g(["№ ИЗА", "Источник выброса", "Код ЗВ", "Наименование ЗВ", f"Период строительства (2026 г., {months} мес.)", None,
               "Период эксплуатации", None],
              ["ЛШК №", "Шығарынды көзі", "ЛЗ коды", "ЛЗ атауы", f"Құрылыс кезеңі (2026 ж., {months} ай)", None, "Пайдалану кезеңі", None], []),
            [None] * 4 + g(["г/с", "т/период", "г/с", "т/год"], ["г/с", "т/кезең", "г/с", "т/жыл"], [])]
    merges = [(0, c, 1, c) for c in range(4)] + [(0, 4, 0, 5), (0, 6, 0, 7)]
    totals = [0.0, 0.0, 0.0, 0.0]
    for number, s_ru, s_kk, build, run in CO2_SHOP_SOURCES:
        codes = sorted(set(build) | set(run))
        start = len(rows)
        for j, c in enumerate(codes):
            cells = []
            for k, (period, rates) in enumerate((("construction", build), ("operation", run))):
                if c not in rates:
                    cells += ["–", "–"]
                    continue
                (glo, ghi), (tlo, thi) = rates[c]
                gs, t = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi) * (months / 12 if period == "construction" else 1), 3)
                cells += [num(gs, doc.lang), num(t, doc.lang)]
                totals[2 * k] += gs
                totals[2 * k + 1] += t
                doc.add("emissions", emission(c, gs, t, number, None, period))
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c, _air(doc, c), *cells])
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append(["", g("Всего", "Барлығы", ""), "", "", *(num(round(t, 6), doc.lang) for t in totals)])
    doc.table(g("Таблица 5.2 – Выбросы загрязняющих веществ по периодам строительства и эксплуатации",
                "5.2-кесте – Құрылыс және пайдалану кезеңдері бойынша ластаушы заттар шығарындылары", ""), rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in CO2_SHOP_SOURCES))
    doc.p(g("Выбросы CO2 не нормируются: диоксид углерода не входит в перечень загрязняющих веществ, для которых устанавливаются нормативы.",
            "CO2 шығарындылары нормаланбайды: көміртек диоксиді нормативтер белгіленетін ластаушы заттар тізбесіне кірмейді.", ""))
    maybe_distractor(doc)


# (source, {code: construction}, {code: operation}) — for the plant beside an ammonia plant and for the brewery
VN_CO2_SOURCES = {
    True: (
        ("Đào đắp, san nền, tập kết vật liệu", {"2902": ((0.04, 0.15), (0.3, 1.2))}, {}),
        ("Hàn kết cấu thép, đường ống", {"0123": ((0.002, 0.008), (0.01, 0.05)), "0143": ((0.0002, 0.0008), (0.001, 0.005))}, {}),
        ("Phương tiện vận chuyển ra vào dự án", {"2902": ((0.005, 0.02), (0.02, 0.1)), "0301": ((0.01, 0.04), (0.05, 0.25)), "0330": ((0.001, 0.005), (0.005, 0.02)),
                                                "0337": ((0.03, 0.12), (0.1, 0.6))},
         {"2902": ((0.004, 0.015), (0.03, 0.12)), "0301": ((0.008, 0.03), (0.06, 0.3)), "0330": ((0.001, 0.004), (0.006, 0.03)),
          "0337": ((0.02, 0.09), (0.15, 0.8))}),
        ("Ống thải khí không ngưng của tháp tinh chế CO2", {}, {"0303": ((0.002, 0.01), (0.05, 0.3)), "1052": ((0.001, 0.006), (0.03, 0.18))}),
        ("Máy phát điện dự phòng 1.000 kVA", {}, {"2902": ((0.02, 0.06), (0.005, 0.02)), "0301": ((0.4, 1.2), (0.1, 0.4)), "0330": ((0.05, 0.15), (0.01, 0.05)),
                                                 "0337": ((0.1, 0.4), (0.03, 0.12))}),
    ),
    False: (
        ("Đào móng, san nền khu xưởng", {"2902": ((0.02, 0.08), (0.1, 0.5))}, {}),
        ("Hàn, lắp đặt thiết bị và đường ống", {"0123": ((0.001, 0.005), (0.005, 0.03)), "0143": ((0.0001, 0.0005), (0.0005, 0.003))}, {}),
        ("Xe tải chở thiết bị, vật liệu; xe xuất CO2 lỏng", {"2902": ((0.003, 0.012), (0.01, 0.05)), "0301": ((0.006, 0.025), (0.02, 0.1)),
                                                            "0337": ((0.02, 0.08), (0.05, 0.3))},
         {"2902": ((0.002, 0.008), (0.01, 0.05)), "0301": ((0.004, 0.015), (0.02, 0.1)), "0337": ((0.01, 0.05), (0.05, 0.3))}),
        ("Ống thải khí không ngưng của thiết bị hóa lỏng CO2", {}, {"1061": ((0.001, 0.006), (0.02, 0.15)), "1317": ((0.0001, 0.0006), (0.002, 0.015))}),
    ),
}  # fmt: skip


def _emissions_jj2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, *_, tons = doc.pick(VN_CO2)
    big = tons > 50
    doc.h(f"BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG CỦA DỰ ÁN {plant.upper()}")
    doc.h("3.1.1 và 3.2.1. Tải lượng khí thải trong giai đoạn thi công xây dựng và giai đoạn vận hành")
    doc.p(f"Chủ dự án: {company}. Địa điểm: {place}. Thời gian thi công dự kiến 08 tháng; dự án vận hành 330 ngày/năm. Khí CO2 là sản phẩm "
          "của dự án, không tính là chất ô nhiễm.")
    rows = [["TT", "Nguồn phát sinh", "Thông số", "Giai đoạn thi công xây dựng", None, "Giai đoạn vận hành", None],
            [None, None, None, "g/s", "tấn/giai đoạn", "g/s", "tấn/năm"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    for k, (name, build, run) in enumerate(VN_CO2_SOURCES[big], 1):
        codes = [c for c in (*VN_ORDER, "0123", "0143", "1052", "1061", "1317") if c in build or c in run]
        start = len(rows)
        for j, c in enumerate(codes):
            cells = []
            for period, rates in (("construction", build), ("operation", run)):
                if c not in rates:
                    cells += ["-", "-"]
                    continue
                (glo, ghi), (tlo, thi) = rates[c]
                gs, t = _sig(r.uniform(glo, ghi), 3), _sig(r.uniform(tlo, thi), 3)
                cells += [num(gs, "vi"), num(t, "vi")]
                doc.add("emissions", emission(c, gs, t, None, None, period))
            rows.append([str(k) if j == 0 else None, name if j == 0 else None, _vi_air(c), *cells])
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    doc.table("Bảng 3.3. Tải lượng các chất ô nhiễm không khí theo giai đoạn của dự án", rows, merges, role="emissions")
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (code, RU, KK, (low, high) t/year, RU place, KK place, RU state, KK state, RU handling, KK handling)
CARBIDE_WASTES = (
    ("06 02 01*", "Карбидный ил (известковый шлам ацетиленовых генераторов)", "Карбид лайы (ацетилен генераторларының әк шламы)", (12000, 26000),
     "ацетиленовая станция, генераторы «мокрого» типа", "ацетилен станциясы, «дымқыл» типті генераторлар", "пастообразное", "паста тәрізді",
     "накопление на иловых картах, передача на производство строительной извести", "лай карталарында жинақтау, құрылыс әгін өндіруге беру"),
    ("16 11 06", "Отработанная футеровка карбидных печей", "Карбид пештерінің пайдаланылған футеровкасы", (40, 160),
     "цех карбида кальция, капитальный ремонт печей", "кальций карбиді цехы, пештерді күрделі жөндеу", "твердое", "қатты",
     "передача на полигон промышленных отходов", "өнеркәсіптік қалдықтар полигонына беру"),
    ("15 01 11*", "Ацетиленовые баллоны с пористой массой, отбракованные при освидетельствовании",
     "Куәландыру кезінде жарамсыз деп танылған кеуекті массасы бар ацетилен баллондары", (3, 12),
     "участок освидетельствования баллонов", "баллондарды куәландыру учаскесі", "твердое", "қатты",
     "передача специализированной организации на обезвреживание", "залалсыздандыру үшін мамандандырылған ұйымға беру"),
    ("13 02 05*", "Отработанные компрессорные и моторные масла", "Пайдаланылған компрессорлық және мотор майлары", (1.5, 6),
     "компрессорная, автотранспорт", "компрессорлық, автокөлік", "жидкое", "сұйық", "передача на регенерацию по договору", "шарт бойынша регенерацияға беру"),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", (0.3, 1.2), "ремонтно-механическая мастерская", "жөндеу-механикалық шеберхана",
     "твердое", "қатты", "передача специализированной организации на сжигание", "өртеу үшін мамандандырылған ұйымға беру"),
    ("20 01 21*", "Отработанные ртутьсодержащие лампы", "Пайдаланылған құрамында сынабы бар шамдар", (0.02, 0.15), "освещение цехов",
     "цехтарды жарықтандыру", "твердое", "қатты", "передача на демеркуризацию", "демеркуризацияға беру"),
    ("17 04 05", "Лом черных металлов", "Қара металл сынықтары", (20, 90), "ремонт оборудования", "жабдықты жөндеу", "твердое", "қатты",
     "реализация пунктам приема металлолома", "металл сынықтарын қабылдау пункттеріне өткізу"),
    ("20 03 01", "Смешанные коммунальные отходы", "Аралас коммуналдық қалдықтар", (8, 25), "административно-бытовой корпус",
     "әкімшілік-тұрмыстық ғимарат", "твердое", "қатты", "вывоз на полигон ТБО по договору", "шарт бойынша ҚТҚ полигонына шығару"),
)  # fmt: skip


def _tons(x: float) -> float:
    return float(round(x)) if x >= 1000 else round(x, 1) if x >= 10 else round(x, 2) if x >= 0.1 else round(x, 3)


def wastes_jj1(doc: Doc) -> None:
    """A carbide and acetylene plant's waste programme that describes each waste as a card stacked in one table of two
    columns: a row spanning the table `Отход № 3`, then the name, the code (typed now with spaces, now without them,
    `150111*`), the kind (`опасный`, `неопасный`), where it forms, its state, the amount a year and how it is handled,
    each on its own label row, the carbide lime sludge of tens of thousands of tonnes first and the acetylene cylinders with
    their porous mass among them (VI: an air separation plant's annual report, one card per waste, the class and the CTNH
    code on rows of their own, the amount with its unit in the cell, kilograms or tonnes)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = doc.pick(CARBIDE_PLANTS)[L]
    chosen = [CARBIDE_WASTES[0], *sorted(r.sample(CARBIDE_WASTES[1:], 5), key=CARBIDE_WASTES.index)]
    doc.h(g(f"Программа управления отходами {operator} на 2026–2035 годы", f"{operator} 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("2. Характеристика образующихся отходов", "2. Түзілетін қалдықтардың сипаттамасы", ""))
    doc.p(g("Ниже приведена характеристика каждого вида отходов. Количество образования принято по данным учета за 2023–2025 годы с учетом "
            "планируемой загрузки печей.",
            "Төменде қалдықтардың әр түрінің сипаттамасы келтірілген. Түзілу мөлшері 2023–2025 жылдардағы есепке алу деректері бойынша "
            "пештердің жоспарланған жүктемесін ескере отырып қабылданды.", ""))
    rows = [g(["Показатель", "Характеристика"], ["Көрсеткіш", "Сипаттамасы"], [])]
    merges = []
    for k, (code, n_ru, n_kk, (lo, hi), p_ru, p_kk, s_ru, s_kk, h_ru, h_kk) in enumerate(chosen, 1):
        t = _tons(r.uniform(lo, hi))
        hazardous = code.endswith("*")
        written = code.replace(" ", "") if r.random() < 0.4 else code
        name = (n_ru, n_kk)[L]
        _span(rows, merges, g(f"Отход № {k}", f"№ {k} қалдық", ""), 2)
        rows += [[g("Наименование отхода", "Қалдықтың атауы", ""), name],
                 [g("Код отхода по Классификатору отходов", "Қалдықтар сыныптауышы бойынша коды", ""), written],
                 [g("Вид отхода", "Қалдық түрі", ""), g("опасный" if hazardous else "неопасный", "қауіпті" if hazardous else "қауіпті емес", "")],
                 [g("Место (процесс) образования", "Түзілетін орны (процесі)", ""), (p_ru, p_kk)[L]],
                 [g("Агрегатное состояние", "Агрегаттық күйі", ""), (s_ru, s_kk)[L]],
                 [g("Количество образования, т/год", "Түзілу мөлшері, т/жыл", ""), num(t, doc.lang)],
                 [g("Способ обращения", "Басқару тәсілі", ""), (h_ru, h_kk)[L]]]
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": hazardous, "amount_t": t, "name_contains": _words(name, 2)})
    doc.table(g("Таблица 2.1 – Характеристика отходов производства и потребления", "2.1-кесте – Өндіріс және тұтыну қалдықтарының сипаттамасы", ""),
              rows, merges, role="wastes")
    maybe_distractor(doc)


# (name, CTNH code or None, state, unit, (low, high))
VN_ASU_WASTES = (
    ("Dầu động cơ, hộp số và bôi trơn tổng hợp thải (dầu máy nén khí)", "17 02 03", "Lỏng", "kg", (150, 600)),
    ("Chất hấp thụ, vật liệu lọc thải nhiễm dầu (rây phân tử, nhôm hoạt tính của hệ thống làm sạch không khí)", "18 02 01", "Rắn", "kg", (800, 2400)),
    ("Bóng đèn huỳnh quang thải", "16 01 06", "Rắn", "kg", (10, 40)),
    ("Bao bì cứng thải bằng kim loại (thùng chứa dầu)", "18 01 02", "Rắn", "kg", (30, 120)),
    ("Phế liệu kim loại (chai chứa khí hỏng, van, ống)", None, "Rắn", "tấn", (2, 9)),
    ("Bao bì giấy, carton thải", None, "Rắn", "tấn", (0.5, 2)),
    ("Bùn thải từ hệ thống xử lý nước làm mát tuần hoàn", None, "Bùn", "tấn", (3, 12)),
)


def _wastes_jj1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_ASU)
    receiver = "Công ty TNHH Xử lý Chất thải Phú Mỹ Xanh" if "Phú Mỹ" in plant else "Công ty TNHH Môi trường Xanh Hải Phòng"
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Phần 3. Kết quả quản lý chất thải rắn và chất thải nguy hại: thông tin về từng loại chất thải được "
          "trình bày theo dạng phiếu dưới đây.")
    rows = [["Nội dung", "Thông tin"]]
    merges = []
    for k, (name, code, state, unit, (lo, hi)) in enumerate(VN_ASU_WASTES, 1):
        amount = float(r.randint(int(lo), int(hi))) if unit == "kg" else round(r.uniform(lo, hi), 2)
        _span(rows, merges, f"Chất thải số {k}", 2)
        rows += [["Tên chất thải", name],
                 ["Phân loại", "Chất thải nguy hại" if code else "Chất thải rắn công nghiệp thông thường"],
                 ["Mã CTNH", code or "-"],
                 ["Trạng thái tồn tại", state],
                 ["Khối lượng phát sinh năm 2025", f"{num(amount, 'vi')} {unit}"],
                 ["Tổ chức tiếp nhận, xử lý", receiver if code else "Cơ sở thu mua phế liệu theo hợp đồng"]]
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": amount / 1000, "name_contains": _words(name, 3)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": amount, "name_contains": _words(name, 3)})
    doc.table("Bảng 3.1. Phiếu thông tin chất thải phát sinh năm 2025", rows, merges, role="wastes")
    maybe_distractor(doc)


# (RU operator, KK operator, RU city, KK city)
CYL_STATIONS = (
    ("ТОО «Павлодар Техгаз»", "«Павлодар Техгаз» ЖШС", "г. Павлодар", "Павлодар қ."),
    ("ТОО «Оңтүстік Техгаз»", "«Оңтүстік Техгаз» ЖШС", "г. Шымкент", "Шымкент қ."),
    ("ТОО «Көкшетау Оттегі»", "«Көкшетау Оттегі» ЖШС", "г. Кокшетау", "Көкшетау қ."),
)
# (code, RU, KK, unit, (low, high) a quarter, quarters with some)
CYL_WASTES = (
    ("12 01 17", "Отработанная дробь от дробеструйной очистки баллонов", "Баллондарды бытыралы-ағынды тазартудан кейінгі пайдаланылған бытыра", "t", (0.3, 1.2), 4),
    ("17 04 05", "Лом черных металлов (баллоны, выбракованные при освидетельствовании, вентили)",
     "Қара металл сынықтары (куәландыру кезінде жарамсыз деп танылған баллондар, вентильдер)", "t", (0.6, 3.5), 4),
    ("08 01 11*", "Отходы лакокрасочных материалов от окраски баллонов", "Баллондарды бояудан шыққан лак-бояу материалдарының қалдықтары", "kg", (20, 90), 4),
    ("13 02 05*", "Отработанное компрессорное масло", "Пайдаланылған компрессор майы", "kg", (30, 120), 2),
    ("15 02 02*", "Промасленная ветошь", "Майланған шүберек", "kg", (5, 20), 4),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "kg", (2, 8), 2),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы (электропогрузчики)", "Пайдаланылған қорғасын аккумуляторлары (электр тиегіштер)", "kg", (60, 140), 1),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "t", (0.6, 1.6), 4),
)  # fmt: skip


def wastes_jj2(doc: Doc) -> None:
    """The waste section of a gas cylinder filling and requalification station's report on ПЭК for 2025: the wastes formed
    by quarter as sub-columns under a merged `Образовано в 2025 году` with the year's total last, a unit column per row —
    tonnes for the shot, the scrapped cylinders and household wastes, kilograms for paint, oil, rags, lamps and batteries —
    dashes in quarters with nothing formed, batteries changed in one quarter only, some codes typed without spaces (VI: a
    medical oxygen plant's annual report, its CTNH by half-year in kilograms and its ordinary wastes by half-year in tonnes
    in a second table)."""
    r = doc.rng
    if doc.lang == "vi":
        _wastes_jj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    st = doc.pick(CYL_STATIONS)
    operator, city = st[L], st[2 + L]
    doc.h(g(f"Отчет по производственному экологическому контролю за 2025 год. {operator}",
            f"{operator}. 2025 жылғы өндірістік экологиялық бақылау бойынша есеп", ""))
    doc.h(g("4. Обращение с отходами", "4. Қалдықтармен жұмыс істеу", ""))
    doc.p(g(f"Станция ({city}) наполняет баллоны кислородом, азотом, аргоном и диоксидом углерода и выполняет их техническое "
            "освидетельствование: наружную дробеструйную очистку, гидравлические испытания и окраску.",
            f"Станция ({city}) баллондарды оттегімен, азотпен, аргонмен және көміртек диоксидімен толтырады және оларды техникалық "
            "куәландырудан өткізеді: сыртқы бытыралы-ағынды тазарту, гидравликалық сынақтар және бояу.", ""))
    rows = [g(["№", "Код отхода", "Наименование отхода", "Ед. изм.", "Образовано в 2025 году", None, None, None, None],
              ["№", "Қалдық коды", "Қалдықтың атауы", "Өлш. бірл.", "2025 жылы түзілді", None, None, None, None], []),
            [None, None, None, None, *g(["I кв.", "II кв.", "III кв.", "IV кв.", "Всего за год"], ["I тоқс.", "II тоқс.", "III тоқс.", "IV тоқс.", "Жыл ішінде барлығы"], [])]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 8)]
    for k, (code, n_ru, n_kk, unit, (lo, hi), present) in enumerate(CYL_WASTES, 1):
        quarters = sorted(r.sample(range(4), present))
        values = [((round(r.uniform(lo, hi), 2) if unit == "t" else float(r.randint(int(lo), int(hi)))) if q in quarters else None) for q in range(4)]
        total = round(sum(v for v in values if v), 2)
        written = code.replace(" ", "") if r.random() < 0.35 else code
        name = (n_ru, n_kk)[L]
        rows.append([str(k), written, name, g("т" if unit == "t" else "кг", "т" if unit == "t" else "кг", ""),
                     *(num(v, doc.lang) if v else "–" for v in values), num(total, doc.lang)])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"),
                           "amount_t": total if unit == "t" else total / 1000, "name_contains": _words(name, 2)})
    doc.table(g("Таблица 4.1 – Образование отходов по кварталам", "4.1-кесте – Тоқсандар бойынша қалдықтардың түзілуі", ""), rows, merges, role="wastes")
    doc.p(g("Все отходы переданы специализированным организациям по договорам; накопление на станции не превышает шести месяцев.",
            "Барлық қалдықтар шарттар бойынша мамандандырылған ұйымдарға берілді; станцияда жинақтау алты айдан аспайды.", ""))
    maybe_distractor(doc)


# (plant, owner, place)
VN_MEDOX = (
    ("Nhà máy sản xuất oxy y tế Đồng Văn", "Công ty Cổ phần Khí Y tế Đồng Văn",
     "Khu công nghiệp Đồng Văn II, phường Duy Tân, tỉnh Ninh Bình (trước đây là thị xã Duy Tiên, tỉnh Hà Nam)"),
    ("Trạm sản xuất khí oxy y tế – Bệnh viện Bà Rịa", "Bệnh viện Bà Rịa",
     "phường Bà Rịa, Thành phố Hồ Chí Minh (trước đây là thành phố Bà Rịa, tỉnh Bà Rịa – Vũng Tàu)"),
)
VN_MEDOX_CTNH = (("17 02 03", " (dầu máy nén khí)", (40, 160)), ("18 02 01", "", (15, 60)), ("16 01 06", "", (3, 15)),
                 ("19 06 01", " (ắc quy của bộ lưu điện UPS)", (30, 90)))
VN_MEDOX_ORDINARY = (("Rây phân tử (zeolit) thải từ thiết bị tách khí PSA", (0.2, 0.9)), ("Bao bì giấy, carton thải", (0.1, 0.5)),
                     ("Phế liệu kim loại (bình khí hỏng, van, ống đồng)", (0.3, 1.5)))


def _wastes_jj2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, owner, place = doc.pick(VN_MEDOX)
    receiver = "Công ty TNHH Môi trường Đồng Văn Xanh" if "Đồng Văn" in plant else "Công ty TNHH Xử lý Chất thải Phú Mỹ Xanh"
    doc.h(f"BÁO CÁO CÔNG TÁC BẢO VỆ MÔI TRƯỜNG NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {owner}. Địa chỉ: {place}. Cơ sở sản xuất oxy y tế bằng công nghệ hấp phụ chuyển áp (PSA) và nạp vào chai.")
    rows = [["TT", "Tên chất thải", "Mã CTNH", "Khối lượng phát sinh (kg)", None, None, "Đơn vị tiếp nhận"],
            [None, None, None, "6 tháng đầu năm", "6 tháng cuối năm", "Cả năm", None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)]
    for k, (code, tail, (lo, hi)) in enumerate(VN_MEDOX_CTNH, 1):
        name = next(n for c, n, _ in vocab.VN_CTNH if c == code)
        h1, h2 = float(r.randint(lo, hi)), float(r.randint(lo, hi))
        if code == "19 06 01":
            h1 = 0.0
        rows.append([str(k), name + tail, code, num(h1, "vi") if h1 else "-", num(h2, "vi"), num(h1 + h2, "vi"), receiver])
        doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": (h1 + h2) / 1000, "name_contains": _words(name, 4)})
    doc.table("Bảng 3. Khối lượng chất thải nguy hại phát sinh năm 2025", rows, merges, role="wastes")
    rows = [["TT", "Tên chất thải", "6 tháng đầu năm (tấn)", "6 tháng cuối năm (tấn)", "Cả năm (tấn)"]]
    for k, (name, (lo, hi)) in enumerate(VN_MEDOX_ORDINARY, 1):
        h1, h2 = round(r.uniform(lo, hi), 2), round(r.uniform(lo, hi), 2)
        total = round(h1 + h2, 2)
        rows.append([str(k), name, num(h1, "vi"), num(h2, "vi"), num(total, "vi")])
        doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": total, "name_contains": _words(name, 3)})
    doc.table("Bảng 4. Khối lượng chất thải rắn công nghiệp thông thường phát sinh năm 2025", rows, role="wastes")
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# code: technological norm of the КЭР at the carbide plant, mg/Nm3
CARBIDE_NORMS = {"2908": 20, "0337": 400, "0301": 250, "0330": 300}
# (number, RU, KK, codes measured)
CARBIDE_STACKS = (
    ("0001", "Свеча дожигания печного газа карбидной печи № 1", "№ 1 карбид пешінің пеш газын жағу алауы", ("2908", "0337", "0301", "0330")),
    ("0002", "Свеча дожигания печного газа карбидной печи № 2", "№ 2 карбид пешінің пеш газын жағу алауы", ("2908", "0337", "0301", "0330")),
    ("0004", "Дымовая труба известково-обжиговой печи", "Әк күйдіру пешінің түтін мұржасы", ("2908", "0337", "0301")),
)  # fmt: skip


def limits_jj1(doc: Doc) -> None:
    """A laboratory's protocol of measurements at a carbide plant's stacks whose norms stand only inside the header cells,
    each substance's cell reading `Углерод оксид (0337), мг/Нм³` over `норматив КЭР – 400` on a second line, the sources as
    rows `0001 – …` with the gas volume and O2 in columns of no norm before the substances, sulphur dioxide not measured at
    the lime kiln (`–`), and now and then a furnace stopped for repair written across its row (VI: a carbide plant's stacks
    `KT1` … `KT3` with the Cmax of QCVN 19:2009/BTNMT column B times Kp and Kv inside the header cells)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    operator = doc.pick(CARBIDE_PLANTS)[L]
    repair = doc.pick(("0001", "0002", None, None))
    codes = list(CARBIDE_NORMS)
    doc.h(g(f"Протокол инструментальных измерений № {r.randint(110, 480)}/25 от {r.randint(1, 28):02d}.{r.choice(('06', '09', '11'))}.2025",
            f"2025 жылғы {r.randint(1, 28)} {doc.pick(('маусымдағы', 'қыркүйектегі', 'қарашадағы'))} № {r.randint(110, 480)}/25 аспаптық өлшеулер хаттамасы", ""))
    doc.p(g(f"Заказчик: {operator}. Испытательная лаборатория ТОО «ЭкоАналитика Орталығы» (аттестат аккредитации KZ.T.09.{r.randint(1000, 2999)}). "
            "Концентрации приведены к нормальным условиям (273 К, 101,3 кПа, сухой газ); технологические нормативы установлены "
            "комплексным экологическим разрешением и указаны в заголовках граф.",
            f"Тапсырыс беруші: {operator}. «ЭкоАналитика Орталығы» ЖШС сынақ зертханасы (аккредиттеу аттестаты KZ.T.09.{r.randint(1000, 2999)}). "
            "Концентрациялар қалыпты жағдайларға (273 К, 101,3 кПа, құрғақ газ) келтірілген; технологиялық нормативтер кешенді "
            "экологиялық рұқсатпен белгіленген және бағандардың тақырыптарында көрсетілген.", ""))
    rows = [[g("Источник выброса", "Шығарынды көзі", ""), g("Объем газов, нм³/с", "Газдар көлемі, нм³/с", ""), "O2, %",
             *(g(f"{_air(doc, c)} ({c}), мг/Нм³\nнорматив КЭР – {num(CARBIDE_NORMS[c], 'ru')}",
                 f"{_air(doc, c)} ({c}), мг/Нм³\nКЭР нормативі – {num(CARBIDE_NORMS[c], 'kk')}", "") for c in codes)]]
    merges = []
    for number, s_ru, s_kk, measured in CARBIDE_STACKS:
        label = f"{number} – {(s_ru, s_kk)[L]}"
        if number == repair:
            rows.append([label, g("печь остановлена на капитальный ремонт, измерения не проводились",
                                  "пеш күрделі жөндеуге тоқтатылған, өлшеулер жүргізілген жоқ", ""), *[None] * (1 + len(codes))])
            merges.append((len(rows) - 1, 1, len(rows) - 1, 2 + len(codes)))
            continue
        line = [label, num(round(r.uniform(1.5, 9.0), 2), doc.lang), num(round(r.uniform(6, 15), 1), doc.lang)]
        for c in codes:
            if c not in measured:
                line.append("–")
                continue
            v = _sig(CARBIDE_NORMS[c] * r.uniform(0.15, 0.9), 3)
            line.append(num(v, doc.lang))
            add(doc, limit(("code", c), "flue_gas", CARBIDE_NORMS[c], "mg/Nm3", None, number, v))
        rows.append(line)
    doc.table(g("Таблица 1 – Результаты измерений на источниках выбросов", "1-кесте – Шығарынды көздеріндегі өлшеу нәтижелері", ""), rows, merges,
              role="limits")
    doc.add("sources", *({"number": s[0], "type": "organized"} for s in CARBIDE_STACKS))
    doc.p(g("Заключение: превышений технологических нормативов не выявлено.", "Қорытынды: технологиялық нормативтердің асып кетуі анықталған жоқ.", ""))
    maybe_distractor(doc)


# code: (VI label, C of QCVN 19:2009/BTNMT column B)
QCVN19_CARBIDE = {"2902": ("Bụi tổng", 200), "0337": ("CO", 1000), "0301": ("NOx (tính theo NO2)", 850), "0330": ("SO2", 500)}
VN_CARBIDE_STACKS = (("KT1", "Ống khói lò đất đèn số 1", ("2902", "0337", "0301", "0330")),
                     ("KT2", "Ống khói lò đất đèn số 2", ("2902", "0337", "0301", "0330")),
                     ("KT3", "Ống khói lò nung vôi", ("2902", "0337", "0301")))


def _limits_jj1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _ = doc.pick(VN_CARBIDE)
    kp, kv = 0.9, 1.0
    codes = list(QCVN19_CARBIDE)
    cmax = {c: _sig(QCVN19_CARBIDE[c][1] * kp * kv, 6) for c in codes}
    doc.h(f"KẾT QUẢ QUAN TRẮC KHÍ THẢI ĐỊNH KỲ QUÝ {doc.pick(('II', 'III', 'IV'))} NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Quy chuẩn so sánh: QCVN 19:2009/BTNMT cột B; Cmax = C × Kp × Kv với Kp = {num(kp, 'vi')} (lưu lượng từ "
          f"20.000 m³/h đến 100.000 m³/h), Kv = {num(kv, 'vi')} (khu công nghiệp). Giá trị Cmax ghi tại tiêu đề từng cột.")
    rows = [["Vị trí quan trắc", "Lưu lượng (m³/h)", "O2 (%)", *(f"{QCVN19_CARBIDE[c][0]} (mg/Nm³)\nCmax = {num(cmax[c], 'vi')}" for c in codes)]]
    for pid, name, measured in VN_CARBIDE_STACKS:
        line = [f"{pid} – {name}", num(r.randint(21, 68) * 1000, "vi"), num(round(r.uniform(8, 14), 1), "vi")]
        for c in codes:
            if c not in measured:
                line.append("-")
                continue
            v = _sig(cmax[c] * r.uniform(0.1, 0.85), 3)
            line.append(num(v, "vi"))
            add(doc, limit(("code", c), "flue_gas", cmax[c], "mg/Nm3", "B", pid, v))
        rows.append(line)
    doc.table("Bảng 2. Kết quả phân tích mẫu khí thải", rows, role="limits")
    doc.p("Nhận xét: các thông số quan trắc đều nằm trong giới hạn cho phép của QCVN 19:2009/BTNMT cột B.")
    maybe_distractor(doc)


# (RU operator, KK operator, RU plant, KK plant, RU place, KK place, KATO prefix, lat, lon, MW of electrolysers)
H2_PLANTS = (
    ("ТОО «Сутегі Энерджи Екібастұз»", "«Сутегі Энерджи Екібастұз» ЖШС", "Завод по производству водорода электролизом воды",
     "Суды электролиздеу арқылы сутегі өндіру зауыты", "Павлодарская область, г. Экибастуз, промышленная зона «Солтүстік», участок 14",
     "Павлодар облысы, Екібастұз қ., «Солтүстік» өнеркәсіптік аймағы, 14-учаске", "5530", 51.7512, 75.3418, 20),
    ("ТОО «Жасыл Сутегі Маңғыстау»", "«Жасыл Сутегі Маңғыстау» ЖШС", "Электролизный завод «Жасыл Сутегі»", "«Жасыл Сутегі» электролиз зауыты",
     "Мангистауская область, Мунайлинский район, промышленная зона, участок 3/7", "Маңғыстау облысы, Мұнайлы ауданы, өнеркәсіптік аймақ, 3/7-учаске",
     "4745", 43.7683, 51.2034, 50),
)  # fmt: skip
# symbol: (ДК at В-1, ДК at В-2); None is a dash
H2_DK = {"pH": ((6.5, 8.5), (6.5, 8.5)), "TSS": (30, 20), "TDS": (4500, 1000), "Cl-": (1200, 350), "SO4": (1500, 500), "Fe": (0.5, 0.3),
         "NH4+": (None, 2), "BOD5": (None, 15), "TPH": (0.3, 0.3), "Surfactants": (None, 0.5)}


def _dk(doc: Doc, v) -> str:
    if v is None:
        return "–"
    if isinstance(v, tuple):
        return f"{num(v[0], doc.lang)}–{num(v[1], doc.lang)}"
    return num(v, doc.lang)


def limits_jj2(doc: Doc) -> None:
    """A hydrogen electrolysis plant's protocol of its two outlets to an evaporation pond — the reverse-osmosis concentrate
    with the cooling tower's blowdown (`В-1`) and the household waste water after its treatment plant (`В-2`) — the
    outlets as column groups, each of an allowed concentration (ДК) and a found value, so that every row carries two norms
    that differ; dashes where an outlet has no norm and no sample, a temperature row of no norm, oil products below
    detection `< 0,05` (VI: an air separation plant's two manholes to the park's treatment plant, the park's limits of
    acceptance beside the results, Coliform in MPN/100ml, `KPH`)."""
    r = doc.rng
    if doc.lang == "vi":
        _limits_jj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(H2_PLANTS)
    operator, plant = p[L], p[2 + L]
    doc.h(g(f"Протокол испытаний сточных вод № {r.randint(20, 260)}-СВ от {r.randint(1, 28):02d}.{r.choice(('04', '07', '10'))}.2025. {plant}",
            f"{plant}. Сарқынды суларды сынау хаттамасы № {r.randint(20, 260)}-СВ, 2025 ж.", ""))
    doc.p(g(f"Заказчик: {operator}. Пробы отобраны на выпусках в пруд-испаритель: В-1 – концентрат установки обратного осмоса "
            "водоподготовки электролизеров и продувочная вода градирни; В-2 – хозяйственно-бытовые сточные воды после локальных "
            "очистных сооружений. ДК – допустимые концентрации по экологическому разрешению.",
            f"Тапсырыс беруші: {operator}. Сынамалар булану тоғанына шығарымдарда алынды: В-1 – электролизерлердің су дайындау кері осмос "
            "қондырғысының концентраты және градирняның үрлеу суы; В-2 – жергілікті тазарту құрылыстарынан кейінгі шаруашылық-тұрмыстық "
            "сарқынды сулар. ЖК – экологиялық рұқсат бойынша жол берілетін концентрациялар.", ""))
    dk_word = g("ДК", "ЖК", "")
    rows = [[g("№", "№", ""), g("Показатель", "Көрсеткіш", ""), g("Ед. изм.", "Өлш. бірл.", ""),
             g("В-1 (концентрат ОО и продувка градирни)", "В-1 (КО концентраты және градирняны үрлеу)", ""), None,
             g("В-2 (хозяйственно-бытовые после ЛОС)", "В-2 (ЖТҚ-дан кейінгі шаруашылық-тұрмыстық)", ""), None],
            [None, None, None, dk_word, g("факт", "нақты", ""), dk_word, g("факт", "нақты", "")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    rows.append(["1", g("Температура", "Температура", ""), "°C", "–", num(round(r.uniform(14, 27), 1), doc.lang), "–", num(round(r.uniform(12, 22), 1), doc.lang)])
    for k, (s, norms) in enumerate(H2_DK.items(), 2):
        unit_text = g("ед. pH", "pH бірл.", "") if s == "pH" else g("мг/дм³", "мг/дм³", "")
        line = [str(k), vocab.water(s, doc.lang), unit_text]
        for pid, dk in zip(("В-1", "В-2"), norms, strict=True):
            if dk is None:
                line += ["–", "–"]
                continue
            if s == "pH":
                v = round(r.uniform(7.0, 8.3), 1)
            elif s == "TPH" and r.random() < 0.5:
                line += [_dk(doc, dk), "< 0,05"]
                add(doc, {k2: v2 for k2, v2 in limit(("symbol", s), "waste_water", dk, "mg/l", None, pid).items() if k2 != "value"})
                continue
            else:
                v = _sig(dk * r.uniform(0.25, 0.9), 3)
            line += [_dk(doc, dk), num(v, doc.lang)]
            add(doc, limit(("symbol", s), "waste_water", dk, "mg/l", None, pid, v))
        rows.append(line)
    doc.table(g("Результаты испытаний", "Сынау нәтижелері", ""), rows, merges, role="limits")
    doc.p(g("«< 0,05» – ниже предела обнаружения методики.", "«< 0,05» – әдістеменің анықтау шегінен төмен.", ""))
    maybe_distractor(doc)


# symbol: (VI label, unit, limit at NT1, limit at NT2) — the park's limits of acceptance
VN_KCN_LIMITS = {"pH": ("pH", None, (5.5, 9), (5.5, 9)), "COD": ("COD", "mg/l", 400, 400), "BOD5": ("BOD5 (20°C)", "mg/l", None, 300),
                 "TSS": ("Chất rắn lơ lửng (TSS)", "mg/l", 200, 200), "NH4+": ("Amoni (tính theo N)", "mg/l", None, 30),
                 "Cl-": ("Clorua (Cl-)", "mg/l", 1000, None), "TPH": ("Tổng dầu mỡ khoáng", "mg/l", 10, None),
                 "Coliform": ("Tổng Coliforms", "MPN/100ml", None, 10000)}


def _vn_cell(v) -> str:
    return "-" if v is None else (f"{num(v[0], 'vi')} – {num(v[1], 'vi')}" if isinstance(v, tuple) else num(v, "vi"))


def _limits_jj2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, *_ = doc.pick(VN_ASU)
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỢT {doc.pick(('1', '2', '3', '4'))} NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Nước thải của nhà máy được đấu nối vào hệ thống thu gom của khu công nghiệp tại hai hố ga; giới hạn so "
          "sánh là giới hạn tiếp nhận nước thải theo hợp đồng dịch vụ xử lý nước thải với chủ đầu tư hạ tầng khu công nghiệp.")
    rows = [["TT", "Thông số", "Đơn vị", "NT1 – Hố ga đấu nối nước xả đáy tháp giải nhiệt", None, "NT2 – Hố ga đấu nối nước thải sinh hoạt", None],
            [None, None, None, "Giới hạn tiếp nhận", "Kết quả", "Giới hạn tiếp nhận", "Kết quả"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    for k, (s, (label, unit, *lims)) in enumerate(VN_KCN_LIMITS.items(), 1):
        line = [str(k), label, unit or "-"]
        for pid, lim in zip(("NT1", "NT2"), lims, strict=True):
            if lim is None:
                line += ["-", "-"]
                continue
            if s == "pH":
                v = round(r.uniform(6.8, 8.4), 1)
            elif s == "Coliform":
                v = float(r.choice((930, 2100, 4300, 7500)))
            elif s == "TPH" and r.random() < 0.5:
                line += [_vn_cell(lim), "KPH"]
                add(doc, {k2: v2 for k2, v2 in limit(("symbol", s), "waste_water", lim, unit, None, pid).items() if k2 != "value"})
                continue
            else:
                v = _sig(lim * r.uniform(0.1, 0.7), 3)
            line += [_vn_cell(lim), num(v, "vi")]
            add(doc, limit(("symbol", s), "waste_water", lim, unit, None, pid, v))
        rows.append(line)
    doc.table("Bảng 1. Kết quả phân tích mẫu nước thải", rows, merges, role="limits")
    doc.p("Ghi chú: KPH – không phát hiện (nhỏ hơn giới hạn phát hiện của phương pháp); “-” – không quy định, không phân tích.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (label, RU text, KK text, {frequency: codes})
H2_AIR_POINTS = (
    ("0001", "ИЗА 0001 – дымовая труба резервной дизельной электростанции", "ЛШК 0001 – резервтік дизель электр станциясының түтін мұржасы",
     {"quarterly": ("0301", "0337"), "yearly": ("0304", "0328", "0330")}),
    ("0002", "ИЗА 0002 – вытяжная вентиляция реагентного хозяйства ХВО", "ЛШК 0002 – ХСД реагент шаруашылығының сорып шығару желдеткіші",
     {"quarterly": ("0316",), "yearly": ("0150",)}),
    ("0003", "ИЗА 0003 – дымовая труба котельной (природный газ)", "ЛШК 0003 – қазандықтың түтін мұржасы (табиғи газ)",
     {"quarterly": ("0301", "0337"), "yearly": ("0304",)}),
    ("Т-1", "Т-1 – граница СЗЗ, север", "Т-1 – СҚА шекарасы, солтүстік", {"quarterly": ("0301", "0337", "0316"), "yearly": ("0330",)}),
    ("Т-2", "Т-2 – граница СЗЗ, восток", "Т-2 – СҚА шекарасы, шығыс", {"quarterly": ("0301", "0337", "0316"), "yearly": ("0330",)}),
    ("Т-3", "Т-3 – граница СЗЗ, юг", "Т-3 – СҚА шекарасы, оңтүстік", {"quarterly": ("0301", "0337", "0316"), "yearly": ("0330",)}),
    ("Т-4", "Т-4 – граница СЗЗ, запад", "Т-4 – СҚА шекарасы, батыс", {"quarterly": ("0301", "0337", "0316"), "yearly": ("0330",)}),
)  # fmt: skip
H2_AIR_GROUPS = (("quarterly", ("0301", "0337", "0316")), ("yearly", ("0304", "0328", "0330", "0150")))
H2_WATER_POINTS = (
    ("В-1", "В-1 – выпуск концентрата ОО и продувки градирни в пруд-испаритель", "В-1 – КО концентраты мен градирня үрлеу суын булану тоғанына шығару",
     {"monthly": ("pH", "Cl-"), "quarterly": ("TDS", "SO4", "Fe", "TPH")}),
    ("В-2", "В-2 – выпуск хозяйственно-бытовых сточных вод после ЛОС", "В-2 – ЖТҚ-дан кейінгі шаруашылық-тұрмыстық сарқынды суларды шығару",
     {"monthly": ("pH",), "quarterly": ("TDS", "NH4+", "TPH")}),
    ("НС-1", "НС-1 – наблюдательная скважина выше пруда-испарителя (фоновая)", "НС-1 – булану тоғанынан жоғары бақылау ұңғымасы (фондық)",
     {"quarterly": ("TDS", "SO4", "Fe", "NH4+")}),
    ("НС-2", "НС-2 – наблюдательная скважина ниже пруда-испарителя", "НС-2 – булану тоғанынан төмен бақылау ұңғымасы",
     {"quarterly": ("TDS", "SO4", "Fe", "NH4+")}),
)  # fmt: skip
H2_WATER_GROUPS = (("monthly", ("pH", "Cl-")), ("quarterly", ("TDS", "SO4", "Fe", "TPH", "NH4+")))
GROUP_WORDS = {"quarterly": ("Ежеквартально", "Тоқсан сайын", "03 tháng/lần"), "yearly": ("1 раз в год", "Жылына 1 рет", "12 tháng/lần"),
               "monthly": ("Ежемесячно", "Ай сайын", "01 tháng/lần"), "semiannual": ("2 раза в год", "Жылына 2 рет", "06 tháng/lần")}


def _matrix(doc: Doc, caption: str, first: str, groups, points, label) -> None:
    """A table of points by parameters whose header names the frequency over each group of parameters, `+` where measured."""
    i = vocab.LANGS.index(doc.lang)
    width = 1 + sum(len(keys) for _, keys in groups)
    head0, head1, merges, col = [first], [None], [(0, 0, 1, 0)], 1
    for word, keys in groups:
        head0 += [GROUP_WORDS[word][i]] + [None] * (len(keys) - 1)
        head1 += [label(k) for k in keys]
        if len(keys) > 1:
            merges.append((0, col, 0, col + len(keys) - 1))
        col += len(keys)
    rows = [head0, head1]
    for _pid, texts, plan in points:
        line = [texts]
        for word, keys in groups:
            line += ["+" if k in plan.get(word, ()) else "–" for k in keys]
        rows.append(line)
        assert len(line) == width
    doc.table(caption, rows, merges, role="monitoring")


def monitoring_jj1(doc: Doc) -> None:
    """A hydrogen electrolysis plant's ПЭК programme whose frequencies stand only in the header: two tables of points by
    parameters — the air (three sources and four points at the protection zone's boundary) and the water (two outlets to
    the evaporation pond and two observation wells) — the parameters grouped under merged header cells `Ежеквартально`
    and `1 раз в год` (`Ежемесячно` and `Ежеквартально` for the water), a `+` where a point takes a parameter and `–`
    where it does not, the sources written `ИЗА 0001 – …` in the point's cell (VI: a CO2 recovery plant's programme with
    `03 tháng/lần` and `06 tháng/lần` over the groups)."""
    if doc.lang == "vi":
        _monitoring_jj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(H2_PLANTS)
    operator, plant = p[L], p[2 + L]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {plant}",
            f"{plant}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.p(g(f"Оператор объекта – {operator}. Производственный мониторинг выполняется аккредитованной лабораторией по договору. "
            "Периодичность указана в заголовке группы показателей; знак «+» означает, что показатель определяется в данной точке.",
            f"Объект операторы – {operator}. Өндірістік мониторингті шарт бойынша аккредиттелген зертхана жүргізеді. Кезеңділік "
            "көрсеткіштер тобының тақырыбында көрсетілген; «+» белгісі көрсеткіштің осы нүктеде анықталатынын білдіреді.", ""))
    _matrix(doc, g("Таблица 5.1 – Мониторинг воздействия на атмосферный воздух", "5.1-кесте – Атмосфералық ауаға әсер ету мониторингі", ""),
            g("Точка контроля", "Бақылау нүктесі", ""), H2_AIR_GROUPS, [(pid, (ru, kk)[L], plan) for pid, ru, kk, plan in H2_AIR_POINTS],
            lambda c: f"{_air(doc, c)} ({c})")
    pairs = []
    for pid, _, _, plan in H2_AIR_POINTS:
        for word, codes in plan.items():
            for c in codes:
                where = {"source_number": pid} if pid[0].isdigit() else {"point": pid}
                doc.add("monitoring", {**where, "code": c, "frequency": word})
                if pid[0].isdigit():
                    pairs.append((pid, c))
    _matrix(doc, g("Таблица 5.2 – Мониторинг сточных и подземных вод", "5.2-кесте – Сарқынды және жерасты суларының мониторингі", ""),
            g("Точка контроля", "Бақылау нүктесі", ""), H2_WATER_GROUPS, [(pid, (ru, kk)[L], plan) for pid, ru, kk, plan in H2_WATER_POINTS],
            lambda s: vocab.water(s, doc.lang))
    for pid, _, _, plan in H2_WATER_POINTS:
        for word, keys in plan.items():
            for s in keys:
                doc.add("monitoring", {"point": pid, "symbol": s, "frequency": word})
    doc.add("sources", *({"number": n, "type": "organized"} for n in ("0001", "0002", "0003")))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    doc.p(g("«+» – показатель определяется; «–» – не определяется. Резервная ДЭС контролируется в кварталы, когда она работала.",
            "«+» – көрсеткіш анықталады; «–» – анықталмайды. Резервтік ДЭС жұмыс істеген тоқсандарда бақыланады.", ""))
    maybe_distractor(doc)


def _monitoring_jj1_vi(doc: Doc) -> None:
    plant, company, *_, tons = doc.pick(VN_CO2)
    vent = ("0303", "1052") if tons > 50 else ("1061", "1317")
    doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Tần suất quan trắc ghi ở dòng tiêu đề của từng nhóm thông số; dấu “+” là có quan trắc thông số tại vị trí đó.")
    air_points = (("KT1", "KT1 – Ống khói lò hơi tái sinh", {"quarterly": ("2902", "0330", "0301", "0337")}),
                  ("KT2", "KT2 – Ống thải khí không ngưng", {"quarterly": (vent[0],), "semiannual": (vent[1],)}),
                  ("KK1", "KK1 – Không khí tại cổng nhà máy", {"semiannual": ("2902", "0301", "0330", "0337")}),
                  ("KK2", "KK2 – Không khí cuối hướng gió chủ đạo", {"semiannual": ("2902", "0301", "0330", "0337", vent[0])}))
    groups = (("quarterly", ("2902", "0330", "0301", "0337", vent[0])), ("semiannual", ("2902", "0301", "0330", "0337", vent[0], vent[1])))
    _matrix(doc, "Bảng 5.1. Quan trắc khí thải và không khí xung quanh", "Vị trí quan trắc", groups, air_points, _vi_air)
    for pid, _, plan in air_points:
        for word, codes in plan.items():
            for c in codes:
                doc.add("monitoring", {"point": pid, "code": c, "frequency": word})
    water_points = (("NT1", "NT1 – Hố ga đấu nối nước thải vào hệ thống của KCN", {"quarterly": ("pH", "COD", "TSS"), "semiannual": ("NH4+", "TPH")}),)
    _matrix(doc, "Bảng 5.2. Quan trắc nước thải", "Vị trí quan trắc", (("quarterly", ("pH", "COD", "TSS")), ("semiannual", ("NH4+", "TPH"))),
            water_points, lambda s: vocab.water(s, "vi"))
    for pid, _, plan in water_points:
        for word, keys in plan.items():
            for s in keys:
                doc.add("monitoring", {"point": pid, "symbol": s, "frequency": word})
    maybe_distractor(doc)


# (code, [sources], frequency) under the sources, then (code, frequency) at the boundary
CYL_MON_SOURCES = {"0001": ("Дробеструйная камера", "Бытыралы-ағынды камера"), "0002": ("Окрасочная камера", "Бояу камерасы"),
                   "0003": ("Печь сушки баллонов", "Баллондарды кептіру пеші")}
CYL_MON = (("0123", ("0001",), "quarterly"), ("2902", ("0001", "0002"), "quarterly"), ("0616", ("0002",), "quarterly"),
           ("2752", ("0002",), "quarterly"), ("0301", ("0003",), "semiannual"), ("0337", ("0003",), "semiannual"))
CYL_BOUNDARY = (("0301", "yearly"), ("0337", "yearly"), ("2902", "yearly"), ("0616", "yearly"))
SAID = {"quarterly": ("1 раз в квартал", "тоқсанына 1 рет"), "semiannual": ("2 раза в год (I и III кварталы)", "жылына 2 рет (I және III тоқсандар)"),
        "yearly": ("1 раз в год (III квартал)", "жылына 1 рет (III тоқсан)")}


def monitoring_jj2(doc: Doc) -> None:
    """A gas cylinder filling and requalification station's plan of ПЭК read by substance: each row one pollutant with its
    code and the sources where it is measured listed in one cell (`ИЗА 0001, 0002`), the frequency in the station's words
    (`2 раза в год (I и III кварталы)`), a row spanning the table before the sources and another before the four points at
    the protection zone's boundary given in one cell `Т-1, Т-2, Т-3, Т-4`; the sources themselves named only in the
    paragraph above (VI: a carbide plant's parameters by row with the stacks `KT1, KT2, KT3` and the ambient points in one
    cell, the standard compared against in the last column)."""
    if doc.lang == "vi":
        _monitoring_jj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    st = doc.pick(CYL_STATIONS)
    operator = st[L]
    names = "; ".join(f"{n} – {v[L].lower()}" for n, v in CYL_MON_SOURCES.items())
    doc.h(g(f"План-график производственного экологического контроля на 2026 год. {operator}",
            f"{operator}. 2026 жылға арналған өндірістік экологиялық бақылау жоспар-кестесі", ""))
    doc.p(g(f"Организованные источники выбросов участка освидетельствования баллонов: {names}. Замеры выполняет аккредитованная "
            "лаборатория инструментальным методом.",
            f"Баллондарды куәландыру учаскесінің ұйымдастырылған шығарынды көздері: {names}. Өлшеулерді аккредиттелген зертхана аспаптық "
            "әдіспен орындайды.", ""))
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Точки контроля", "Периодичность", "Метод контроля"],
              ["ЛЗ коды", "Ластаушы заттың атауы", "Бақылау нүктелері", "Кезеңділігі", "Бақылау әдісі"], [])]
    merges = []
    method = g("инструментальный", "аспаптық", "")
    _span(rows, merges, g("1. Источники выбросов", "1. Шығарынды көздері", ""), 5)
    pairs = []
    for c, sources, word in CYL_MON:
        rows.append([c, _air(doc, c), g("ИЗА ", "ЛШК ", "") + ", ".join(sources), SAID[word][L], method])
        for s in sources:
            doc.add("monitoring", {"source_number": s, "code": c, "frequency": word})
            pairs.append((s, c))
    _span(rows, merges, g("2. Граница санитарно-защитной зоны", "2. Санитариялық-қорғаныш аймағының шекарасы", ""), 5)
    for c, word in CYL_BOUNDARY:
        rows.append([c, _air(doc, c), "Т-1, Т-2, Т-3, Т-4", SAID[word][L], method])
        for t in ("Т-1", "Т-2", "Т-3", "Т-4"):
            doc.add("monitoring", {"point": t, "code": c, "frequency": word})
    doc.table(g("Таблица 3 – Контроль загрязняющих веществ", "3-кесте – Ластаушы заттарды бақылау", ""), rows, merges, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in CYL_MON_SOURCES))
    doc.add("emissions", *(emission(c, None, None, n) for n, c in pairs))
    maybe_distractor(doc)


# (group, [(code or symbol, kind, points, frequency, standard)])
VN_CARBIDE_MON = (
    ("I. KHÍ THẢI", [("2902", "code", ("KT1", "KT2", "KT3"), "quarterly", "QCVN 19:2009/BTNMT cột B"),
                    ("0337", "code", ("KT1", "KT2", "KT3"), "quarterly", "QCVN 19:2009/BTNMT cột B"),
                    ("0301", "code", ("KT1", "KT2", "KT3"), "quarterly", "QCVN 19:2009/BTNMT cột B"),
                    ("0330", "code", ("KT1", "KT2"), "quarterly", "QCVN 19:2009/BTNMT cột B")]),
    ("II. KHÔNG KHÍ XUNG QUANH", [("2902", "code", ("KK1", "KK2"), "semiannual", "QCVN 05:2023/BTNMT"),
                                  ("0330", "code", ("KK1", "KK2"), "semiannual", "QCVN 05:2023/BTNMT"),
                                  ("0333", "code", ("KK1", "KK2"), "semiannual", "QCVN 06:2009/BTNMT"),
                                  ("0303", "code", ("KK1", "KK2"), "semiannual", "QCVN 06:2009/BTNMT")]),
    ("III. NƯỚC THẢI", [("pH", "symbol", ("NT1",), "quarterly", "QCVN 40:2011/BTNMT cột B"),
                        ("TSS", "symbol", ("NT1",), "quarterly", "QCVN 40:2011/BTNMT cột B"),
                        ("COD", "symbol", ("NT1",), "quarterly", "QCVN 40:2011/BTNMT cột B")]),
)  # fmt: skip


def _monitoring_jj2_vi(doc: Doc) -> None:
    plant, company, _ = doc.pick(VN_CARBIDE)
    doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NĂM 2026 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Vị trí: KT1, KT2 – ống khói lò đất đèn số 1 và số 2; KT3 – ống khói lò nung vôi; KK1 – cổng nhà máy; "
          "KK2 – khu dân cư gần nhất cuối hướng gió; NT1 – hố ga trước khi đấu nối.")
    rows = [["Thông số", "Vị trí quan trắc", "Tần suất", "Quy chuẩn so sánh"]]
    merges = []
    said = {w: freq(doc, w) for w in ("quarterly", "semiannual")}
    for group, items in VN_CARBIDE_MON:
        _span(rows, merges, group, 4)
        for key, kind, points, word, std in items:
            rows.append([_vi_air(key) if kind == "code" else vocab.water(key, "vi"), ", ".join(points), said[word], std])
            for pid in points:
                doc.add("monitoring", {"point": pid, kind: key, "frequency": word})
    doc.table("Bảng 1. Thông số, vị trí và tần suất quan trắc", rows, merges, role="monitoring")
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU responsible, KK responsible, [(RU object, KK object, RU what, KK what, frequency, RU said, KK said)])
ASU_CHECKS = (
    ("Начальник смены ВРУ", "АБҚ ауысым бастығы", [
        ("Конденсатор-испаритель блока разделения", "Бөлу блогының конденсатор-буландырғышы",
         "слив жидкого кислорода в испаритель, отсутствие накопления масла", "сұйық оттегіні буландырғышқа ағызу, майдың жиналмауы",
         "daily", "не реже 1 раза в сутки", "тәулігіне кемінде 1 рет"),
        ("Маслоотделители и дренажи компрессоров", "Компрессорлардың май бөлгіштері мен дренаждары",
         "отсутствие проливов масла, заполнение сборника отработанного масла", "май төгілуінің болмауы, пайдаланылған май жинағышының толуы",
         None, "ежесменно", "әр ауысымда"),
        ("Резервуары жидких продуктов и газификаторы", "Сұйық өнімдер резервуарлары мен газификаторлар",
         "отсутствие утечек и обмерзания, работа сбросных клапанов", "ағып кетулер мен қатып қалудың болмауы, ағызу клапандарының жұмысы",
         "weekly", "не реже 1 раза в неделю", "аптасына кемінде 1 рет")]),
    ("Лаборатория кислородного цеха", "Оттегі цехының зертханасы", [
        ("Воздухозаборная шахта", "Ауа алу шахтасы", "содержание ацетилена и углеводородов в перерабатываемом воздухе",
         "өңделетін ауадағы ацетилен мен көмірсутектердің құрамы", None, "ежесменно, при ветре со стороны цехов комбината – каждые 2 часа",
         "әр ауысымда, комбинат цехтары жағынан жел соққанда – әр 2 сағат сайын"),
        ("Жидкий кислород конденсатора-испарителя", "Конденсатор-буландырғыштың сұйық оттегісі", "анализ на ацетилен и масло",
         "ацетилен мен майға талдау", "daily", "ежесуточно", "тәулік сайын"),
        ("Продувочная вода градирни перед сбросом в канализацию промплощадки", "Өнеркәсіптік алаң кәрізіне төгер алдындағы градирняның үрлеу суы",
         "pH и взвешенные вещества (экспресс-анализ)", "pH және қалқыма заттар (экспресс-талдау)", "weekly", "1 раз в неделю", "аптасына 1 рет")]),
    ("Механик цеха", "Цех механигі", [
        ("Градирня оборотного водоснабжения", "Айналмалы сумен жабдықтау градирнясы", "состояние водоуловителей, унос капель, утечки",
         "су ұстағыштардың жай-күйі, тамшылардың ұшып кетуі, ағып кетулер", "monthly", "1 раз в месяц", "айына 1 рет"),
        ("Блок комплексной очистки воздуха (адсорберы)", "Ауаны кешенді тазарту блогы (адсорберлер)",
         "перепад давления, состояние засыпки цеолита и алюмогеля", "қысым айырмасы, цеолит пен алюмогель толтырмасының жай-күйі",
         None, "при каждой остановке блока на ремонт", "блок жөндеуге әр тоқтаған сайын")]),
    ("Инженер по охране окружающей среды", "Қоршаған ортаны қорғау жөніндегі инженер", [
        ("Площадка накопления отработанных адсорбентов и масел", "Пайдаланылған адсорбенттер мен майларды жинақтау алаңы",
         "маркировка тары, сроки накопления (не более 6 месяцев)", "ыдыстың таңбалануы, жинақтау мерзімдері (6 айдан аспайды)",
         "monthly", "ежемесячно", "ай сайын"),
        ("Журналы учета ПЭК и отходов", "ӨЭБ және қалдықтарды есепке алу журналдары", "полнота и своевременность записей",
         "жазбалардың толықтығы мен уақтылығы", "quarterly", "ежеквартально", "тоқсан сайын")]),
)  # fmt: skip


def inspections_jj1(doc: Doc) -> None:
    """The schedule of production control of an air separation unit's oxygen shop, `№ | объект | что проверяется |
    периодичность | ответственный`, the responsible merged down over the consecutive checks that are his — the shift chief,
    the shop's laboratory, the mechanic, the environmental engineer — so that most rows carry no name of their own;
    frequencies written `не реже 1 раза в сутки`, `не реже 1 раза в неделю`, beside checks every shift, every two hours when
    the wind blows from the works' shops and at each stop for repair, which are no frequencies of the contract (VI: an air
    separation plant's schedule of periodic checks, `Bộ phận thực hiện` merged down, `Ít nhất 01 lần/ngày`, `Mỗi ca`)."""
    if doc.lang == "vi":
        _inspections_jj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    s = doc.pick(ASU_SITES)
    operator, obj = s[L], s[2 + L]
    doc.h(g(f"Положение о производственном контроле. {obj}", f"{obj}. Өндірістік бақылау туралы ереже", ""))
    doc.p(g(f"Утверждено приказом генерального директора {operator}. Приложение 3. График производственного контроля за соблюдением "
            "требований промышленной безопасности и охраны окружающей среды. Результаты проверок заносятся в журнал контроля цеха.",
            f"{operator} бас директорының бұйрығымен бекітілген. 3-қосымша. Өнеркәсіптік қауіпсіздік және қоршаған ортаны қорғау "
            "талаптарының сақталуын өндірістік бақылау кестесі. Тексеру нәтижелері цехтың бақылау журналына енгізіледі.", ""))
    rows = [g(["№", "Объект контроля", "Что проверяется", "Периодичность", "Ответственный"],
              ["№", "Бақылау объектісі", "Не тексеріледі", "Кезеңділігі", "Жауапты"], [])]
    merges = []
    k = 0
    for who_ru, who_kk, checks in ASU_CHECKS:
        who = (who_ru, who_kk)[L]
        start = len(rows)
        for j, (o_ru, o_kk, w_ru, w_kk, word, s_ru, s_kk) in enumerate(checks):
            k += 1
            target = (o_ru, o_kk)[L]
            rows.append([str(k), target, (w_ru, w_kk)[L], (s_ru, s_kk)[L], who if j == 0 else None])
            item = {"kind": "inspection", "text_contains": _words(target, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        if len(checks) > 1:
            merges.append((start, 4, len(rows) - 1, 4))
    doc.table(g("Таблица П3.1 – График производственного контроля", "П3.1-кесте – Өндірістік бақылау кестесі", ""), rows, merges, role="inspections")
    doc.p(g("При обнаружении ацетилена в жидком кислороде выше 0,04 см³/дм³ блок разделения отогревается в порядке, установленном "
            "технологическим регламентом.",
            "Сұйық оттегіде ацетилен 0,04 см³/дм³-ден жоғары анықталған кезде бөлу блогы технологиялық регламентте белгіленген тәртіппен "
            "жылытылады.", ""))
    maybe_distractor(doc)


VN_ASU_CHECKS = (
    ("Trưởng ca vận hành", [("Thiết bị ngưng tụ – bay hơi chính của tháp tách", "Xả oxy lỏng, kiểm tra tích tụ dầu", "daily", "Ít nhất 01 lần/ngày"),
                            ("Bình tách dầu và đường xả đáy máy nén khí", "Rò rỉ, tràn dầu ra sàn", None, "Mỗi ca"),
                            ("Bồn chứa sản phẩm lỏng và thiết bị hóa hơi", "Rò rỉ, đóng băng, van an toàn", "weekly", "Hằng tuần")]),
    ("Phòng Thí nghiệm (QC)", [("Cửa hút không khí nguyên liệu", "Hàm lượng axetylen, hydrocacbon trong không khí đầu vào", None, "Mỗi ca"),
                               ("Oxy lỏng trong thiết bị ngưng tụ – bay hơi", "Phân tích hàm lượng axetylen và dầu", "daily", "Hằng ngày")]),
    ("Tổ Cơ điện", [("Tháp giải nhiệt nước tuần hoàn", "Bộ chắn giọt, rò rỉ, nước xả đáy", "monthly", "01 tháng/lần")]),
    ("Phòng An toàn – Môi trường", [("Kho lưu giữ chất thải nguy hại", "Nhãn, bao bì, thời gian lưu giữ", "monthly", "Hằng tháng"),
                                    ("Sổ theo dõi, hồ sơ môi trường của nhà máy", "Ghi chép đầy đủ, đúng hạn", "quarterly", "03 tháng/lần")]),
)


def _inspections_jj1_vi(doc: Doc) -> None:
    plant, company, *_ = doc.pick(VN_ASU)
    doc.h(f"LỊCH KIỂM TRA ĐỊNH KỲ CÔNG TRÌNH BẢO VỆ MÔI TRƯỜNG VÀ AN TOÀN – {plant.upper()}")
    doc.p(f"Ban hành kèm theo Quyết định của Tổng Giám đốc {company}. Kết quả kiểm tra ghi vào sổ nhật ký vận hành của từng bộ phận.")
    rows = [["TT", "Hạng mục", "Nội dung kiểm tra", "Tần suất", "Bộ phận thực hiện"]]
    merges = []
    k = 0
    for who, checks in VN_ASU_CHECKS:
        start = len(rows)
        for j, (target, what, word, said) in enumerate(checks):
            k += 1
            rows.append([str(k), target, what, said, who if j == 0 else None])
            item = {"kind": "inspection", "text_contains": _words(target, 4), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        if len(checks) > 1:
            merges.append((start, 4, len(rows) - 1, 4))
    doc.table("Bảng 1. Lịch kiểm tra định kỳ", rows, merges, role="inspections")
    maybe_distractor(doc)


# (RU sentence, KK sentence, RU object, KK object, RU actor, KK actor, frequency)
CO2_ORDER = (
    ("Начальник цеха CO2 ежедневно в начале первой смены проверяет герметичность установки рекуперации CO2 и работу газоанализаторов "
     "CO2 в помещениях цеха.",
     "CO2 цехының бастығы күн сайын бірінші ауысымның басында CO2 рекуперациялау қондырғысының саңылаусыздығын және цех "
     "үй-жайларындағы CO2 газталдағыштарының жұмысын тексереді.",
     "герметичность установки рекуперации CO2", "CO2 рекуперациялау қондырғысының саңылаусыздығын", "Начальник цеха CO2", "CO2 цехының бастығы",
     "daily"),
    ("Механик холодильной станции еженедельно, по понедельникам, проверяет аммиачную холодильную установку: отсутствие утечек аммиака "
     "и исправность аварийной вентиляции машинного отделения.",
     "Тоңазытқыш станциясының механигі апта сайын, дүйсенбі күндері, аммиак тоңазытқыш қондырғысын тексереді: аммиактың ағып "
     "кетпеуін және машина бөлімшесінің апаттық желдеткішінің жарамдылығын.",
     "аммиачную холодильную установку", "аммиак тоңазытқыш қондырғысын", "Механик холодильной станции", "Тоңазытқыш станциясының механигі",
     "weekly"),
    ("Инженер-эколог ежемесячно проверяет площадку накопления отходов (отработанный активированный уголь, масла, лампы) и журнал учета "
     "отходов.",
     "Инженер-эколог ай сайын қалдықтарды жинақтау алаңын (пайдаланылған белсендірілген көмір, майлар, шамдар) және қалдықтарды "
     "есепке алу журналын тексереді.",
     "площадку накопления отходов", "қалдықтарды жинақтау алаңын", "Инженер-эколог", "Инженер-эколог", "monthly"),
    ("Начальник смены перед каждой отгрузкой сухого льда проверяет маркировку и целостность термоконтейнеров.",
     "Ауысым бастығы құрғақ мұзды әр тиеп жөнелтер алдында термоконтейнерлердің таңбалануы мен бүтіндігін тексереді.",
     "маркировку и целостность термоконтейнеров", "термоконтейнерлердің таңбалануы мен бүтіндігін", "Начальник смены", "Ауысым бастығы", None),
    ("Главный инженер ежеквартально проверяет выполнение плана-графика производственного экологического контроля.",
     "Бас инженер тоқсан сайын өндірістік экологиялық бақылау жоспар-кестесінің орындалуын тексереді.",
     "выполнение плана-графика производственного экологического контроля", "өндірістік экологиялық бақылау жоспар-кестесінің орындалуын",
     "Главный инженер", "Бас инженер", "quarterly"),
    ("Комиссия под председательством главного инженера два раза в год – перед летним сезоном и по его окончании – проверяет "
     "техническое состояние угольных фильтров и осушителей CO2.",
     "Бас инженер төрағалық ететін комиссия жылына екі рет – жазғы маусым алдында және ол аяқталғаннан кейін – CO2 көмір сүзгілері "
     "мен кептіргіштерінің техникалық жай-күйін тексереді.",
     "техническое состояние угольных фильтров и осушителей", "көмір сүзгілері мен кептіргіштерінің техникалық жай-күйін", "Комиссия",
     "комиссия", "semiannual"),
)  # fmt: skip


def inspections_jj2(doc: Doc) -> None:
    """A brewery director's order on internal checks at the CO2 recovery and dry-ice shop whose annex is a two-column table
    of numbered sentences, each naming in one run who checks, how often and what (`Механик холодильной станции еженедельно,
    по понедельникам, проверяет …`), the frequencies inside the prose — `ежедневно`, `два раза в год – перед летним сезоном
    и по его окончании` — a check before each shipment of dry ice with no frequency of the contract, a commission chaired
    by the chief engineer as one actor (VI: a medical oxygen plant's rule on internal checks written likewise, `03
    tháng/lần`, a council chaired by the director)."""
    r = doc.rng
    if doc.lang == "vi":
        _inspections_jj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    b = doc.pick(BREWERIES)
    operator = b[L]
    n = r.randint(40, 190)
    doc.h(g(f"{operator}. Приказ № {n}-П «Об организации внутреннего контроля в цехе рекуперации CO2 и производства сухого льда»",
            f"{operator}. «CO2 рекуперациялау және құрғақ мұз өндіру цехында ішкі бақылауды ұйымдастыру туралы» № {n}-Б бұйрық", ""))
    doc.p(g("В целях соблюдения требований экологического разрешения и безопасной эксплуатации аммиачной холодильной установки "
            "ПРИКАЗЫВАЮ: 1. Утвердить порядок проведения внутренних проверок (приложение). 2. Контроль за исполнением приказа возложить "
            "на главного инженера.",
            "Экологиялық рұқсаттың талаптарын сақтау және аммиак тоңазытқыш қондырғысын қауіпсіз пайдалану мақсатында БҰЙЫРАМЫН: 1. Ішкі "
            "тексерулер жүргізу тәртібі (қосымша) бекітілсін. 2. Бұйрықтың орындалуын бақылау бас инженерге жүктелсін.", ""))
    rows = [g(["№", "Порядок проведения внутренних проверок"], ["№", "Ішкі тексерулер жүргізу тәртібі"], [])]
    for k, (s_ru, s_kk, o_ru, o_kk, a_ru, a_kk, word) in enumerate(CO2_ORDER, 1):
        rows.append([f"{k}.", (s_ru, s_kk)[L]])
        item = {"kind": "inspection", "text_contains": (o_ru, o_kk)[L], "actor_contains": (a_ru, a_kk)[L]}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g(f"Приложение к приказу № {n}-П", f"№ {n}-Б бұйрыққа қосымша", ""), rows, role="inspections")
    doc.p(g("Генеральный директор ______________", "Бас директор ______________", ""))
    distractor(doc, "approval")


VN_MEDOX_ORDER = (
    ("Trưởng ca vận hành kiểm tra hằng ngày áp suất, độ tinh khiết oxy tại đầu ra máy tạo oxy PSA và sổ nhật ký vận hành.",
     "độ tinh khiết oxy tại đầu ra", "Trưởng ca vận hành", "daily"),
    ("Tổ Kỹ thuật kiểm tra hằng tuần hệ thống cảnh báo áp suất và van của cụm chai dự phòng (manifold).", "hệ thống cảnh báo áp suất",
     "Tổ Kỹ thuật", "weekly"),
    ("Cán bộ môi trường kiểm tra hằng tháng kho lưu giữ chất thải nguy hại và sổ giao nhận chất thải.", "kho lưu giữ chất thải nguy hại",
     "Cán bộ môi trường", "monthly"),
    ("Tổ Kỹ thuật kiểm tra máy nén khí và bình tách nước ngưng trước mỗi lần thay dầu.", "máy nén khí và bình tách nước ngưng", "Tổ Kỹ thuật", None),
    ("Phó Giám đốc kỹ thuật kiểm tra 03 tháng/lần việc thực hiện chương trình quan trắc môi trường.",
     "việc thực hiện chương trình quan trắc", "Phó Giám đốc kỹ thuật", "quarterly"),
    ("Hội đồng kiểm tra nội bộ do Giám đốc làm Chủ tịch kiểm tra 06 tháng/lần toàn bộ công trình bảo vệ môi trường của cơ sở.",
     "toàn bộ công trình bảo vệ môi trường", "Hội đồng kiểm tra nội bộ", "semiannual"),
)


def _inspections_jj2_vi(doc: Doc) -> None:
    plant, owner, _ = doc.pick(VN_MEDOX)
    doc.h(f"QUY ĐỊNH VỀ KIỂM TRA NỘI BỘ CÔNG TÁC VẬN HÀNH VÀ BẢO VỆ MÔI TRƯỜNG – {plant.upper()}")
    doc.p(f"(Ban hành kèm theo Quyết định số {doc.rng.randint(12, 160)}/QĐ của {owner})")
    rows = [["Điều", "Nội dung"]]
    for k, (sentence, target, actor, word) in enumerate(VN_MEDOX_ORDER, 1):
        rows.append([f"{k}.", sentence])
        item = {"kind": "inspection", "text_contains": target, "actor_contains": actor}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table("Phụ lục. Phân công kiểm tra nội bộ", rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# (RU violation, KK violation, RU measure, KK measure, RU term, KK term)
CARBIDE_ORDER = (
    ("Не ведется учет времени работы свечей дожигания печного газа (п. 4 ст. 186 Экологического кодекса РК)",
     "Пеш газын жағу алауларының жұмыс уақыты есепке алынбайды (ҚР Экология кодексінің 186-бабының 4-тармағы)",
     "Организовать автоматический учет времени работы и расхода печного газа на свечах дожигания ИЗА 0001, 0002",
     "0001, 0002 ЛШК жағу алауларында пеш газының жұмыс уақыты мен шығынын автоматты есепке алуды ұйымдастыру",
     "до 01.06.2026", "2026 жылғы 1 маусымға дейін"),
    ("Превышен срок накопления карбидного ила на иловых картах № 3 и № 4 (ст. 320 Экологического кодекса РК)",
     "№ 3 және № 4 лай карталарында карбид лайын жинақтау мерзімі асып кеткен (ҚР Экология кодексінің 320-бабы)",
     "Вывезти накопленный карбидный ил с иловых карт № 3 и № 4 и обеспечить срок накопления не более шести месяцев",
     "№ 3 және № 4 лай карталарынан жинақталған карбид лайын шығару және жинақтау мерзімін алты айдан асырмауды қамтамасыз ету",
     "до 01.09.2026", "2026 жылғы 1 қыркүйекке дейін"),
    ("Нарушена целостность обвалования иловой карты № 2, следы перелива шлама на рельеф",
     "№ 2 лай картасының қоршау білігінің тұтастығы бұзылған, шламның жер бетіне асып төгілу іздері бар",
     "Восстановить обвалование иловой карты № 2 и устроить противофильтрационный экран",
     "№ 2 лай картасының қоршау білігін қалпына келтіру және сүзілуге қарсы экран орнату", "до 01.07.2026", "2026 жылғы 1 шілдеге дейін"),
    ("Отсутствует паспорт пылегазоочистного оборудования на рукавный фильтр дробильно-сортировочного отделения",
     "Ұсату-сұрыптау бөлімшесінің жеңді сүзгісіне шаң-газ тазарту жабдығының паспорты жоқ",
     "Разработать и утвердить паспорт рукавного фильтра дробильно-сортировочного отделения",
     "Ұсату-сұрыптау бөлімшесінің жеңді сүзгісінің паспортын әзірлеу және бекіту", "в течение 30 календарных дней", "30 күнтізбелік күн ішінде"),
    ("Программа производственного экологического контроля не предусматривает контроль фосфина и сероводорода на ИЗА 0005",
     "Өндірістік экологиялық бақылау бағдарламасы 0005 ЛШК-да фосфин мен күкіртсутекті бақылауды көздемейді",
     "Внести изменения в программу производственного экологического контроля в части контроля фосфина и сероводорода",
     "Өндірістік экологиялық бақылау бағдарламасына фосфин мен күкіртсутекті бақылау бөлігінде өзгерістер енгізу",
     "до 01.04.2026", "2026 жылғы 1 сәуірге дейін"),
    ("Не представлен отчет по инвентаризации отходов за 2025 год", "2025 жылғы қалдықтарды түгендеу жөніндегі есеп ұсынылмаған",
     "Представить отчет по инвентаризации отходов за 2025 год в уполномоченный орган",
     "2025 жылғы қалдықтарды түгендеу жөніндегі есепті уәкілетті органға ұсыну", "в течение 10 рабочих дней", "10 жұмыс күні ішінде"),
)  # fmt: skip


def tasks_jj1(doc: Doc) -> None:
    """The Department of Ecology's order (предписание) to a carbide and acetylene plant after an unscheduled inspection:
    `№ п/п | выявленное нарушение | требуемое мероприятие | срок | отметка об исполнении`, the violation with its article
    first and the measure — the task — in the next column, terms as dates or as days counted from the order, an empty
    column of marks, no column of who acts — the plant named in the order's preamble carries them all out (VI: the annex of
    an inspection conclusion by a city's Department of Agriculture and Environment, shortcomings beside the remedies)."""
    r = doc.rng
    if doc.lang == "vi":
        _tasks_jj1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    plant = doc.pick(CARBIDE_PLANTS)
    operator = plant[L]
    obl = g("Карагандинской области", "Қарағанды облысы", "") if "Темиртау" in plant[2] else g("Павлодарской области", "Павлодар облысы", "")
    n = f"{r.randint(12, 140)}-П"
    doc.h(g(f"Предписание об устранении нарушений требований экологического законодательства Республики Казахстан № {n}",
            f"Қазақстан Республикасы экология заңнамасы талаптарының бұзылуын жою туралы № {n} нұсқама", ""))
    doc.p(g(f"Выдано РГУ «Департамент экологии по {obl}» по результатам внеплановой проверки, проведенной с {r.randint(2, 9):02d} по "
            f"{r.randint(16, 27)} февраля 2026 года. Проверяемый субъект: {operator}. Предписание подлежит исполнению в указанные сроки; "
            "информация об исполнении с подтверждающими документами представляется в Департамент.",
            f"«{obl} бойынша экология департаменті» РММ 2026 жылғы {r.randint(2, 9)}–{r.randint(16, 27)} ақпан аралығында жүргізілген "
            f"жоспардан тыс тексеру нәтижелері бойынша берді. Тексерілетін субъект: {operator}. Нұсқама көрсетілген мерзімдерде орындалуға "
            "тиіс; орындалуы туралы ақпарат растайтын құжаттармен Департаментке ұсынылады.", ""))
    rows = [g(["№ п/п", "Выявленное нарушение", "Требуемое мероприятие по устранению", "Срок исполнения", "Отметка об исполнении"],
              ["Р/с №", "Анықталған бұзушылық", "Жою жөніндегі талап етілетін іс-шара", "Орындау мерзімі", "Орындалғаны туралы белгі"], [])]
    for k, (v_ru, v_kk, m_ru, m_kk, t_ru, t_kk) in enumerate(CARBIDE_ORDER, 1):
        measure = (m_ru, m_kk)[L]
        rows.append([str(k), (v_ru, v_kk)[L], measure, (t_ru, t_kk)[L], ""])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(measure, 4)})
    doc.table(None, rows, role="tasks")
    doc.p(g("Предписание получил: ______________ (подпись, Ф.И.О. руководителя проверяемого субъекта)",
            "Нұсқаманы алдым: ______________ (тексерілетін субъект басшысының қолы, аты-жөні)", ""))


VN_CARBIDE_FINDINGS = (
    ("Chưa lắp đặt thiết bị đo lưu lượng tại ống khói lò đất đèn số 2", "Lắp đặt thiết bị đo lưu lượng khí thải tại ống khói lò đất đèn số 2",
     "Trước ngày 30/6/2026"),
    ("Bùn vôi (bùn đất đèn) lưu chứa ngoài trời, không có mái che", "Xây dựng mái che và rãnh thu nước mưa cho bãi chứa bùn vôi", "Quý III/2026"),
    ("Kho chất thải nguy hại chưa có biển cảnh báo theo quy định", "Bổ sung biển cảnh báo, dán nhãn chất thải nguy hại trong kho lưu giữ",
     "Trong 15 ngày kể từ ngày ký Kết luận"),
    ("Chưa quan trắc NH3, H2S trong không khí xung quanh theo giấy phép môi trường", "Thực hiện quan trắc bổ sung NH3 và H2S tại các vị trí KK1, KK2",
     "Quý II/2026"),
    ("Hồ sơ chuyển giao chất thải nguy hại năm 2025 chưa đầy đủ chứng từ", "Hoàn thiện và lưu giữ đầy đủ chứng từ chất thải nguy hại năm 2025",
     "Trước ngày 31/3/2026"),
)  # fmt: skip


def _tasks_jj1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, _ = doc.pick(VN_CARBIDE)
    n = r.randint(10, 95)
    doc.h(f"PHỤ LỤC: CÁC TỒN TẠI VÀ YÊU CẦU KHẮC PHỤC (Kèm theo Kết luận kiểm tra số {n}/KL-SNNMT ngày {r.randint(2, 27):02d}/02/2026 "
          "của Sở Nông nghiệp và Môi trường thành phố Hải Phòng)")
    doc.p(f"Đối tượng kiểm tra: {company} – {plant}. Đơn vị có trách nhiệm khắc phục các tồn tại và báo cáo kết quả bằng văn bản về Sở.")
    rows = [["TT", "Tồn tại, vi phạm", "Yêu cầu khắc phục", "Thời hạn hoàn thành"]]
    for k, (finding, remedy, term) in enumerate(VN_CARBIDE_FINDINGS, 1):
        rows.append([str(k), finding, remedy, term])
        doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(remedy, 5)})
    doc.table(None, rows, role="tasks")


# (RU section, KK section, [(RU, KK, actor kind, quarters active 0…7, RU result, KK result)])
H2_ROADMAP = (
    ("Разрешительная документация", "Рұқсат беру құжаттамасы", [
        ("Получить заключение об определении сферы охвата оценки воздействия", "Әсерді бағалаудың қамту саласын айқындау туралы қорытынды алу",
         "op", (0,), "заключение", "қорытынды"),
        ("Разработать отчет о возможных воздействиях и провести общественные слушания", "Ықтимал әсерлер туралы есепті әзірлеу және қоғамдық тыңдаулар өткізу",
         "design", (1, 2), "протокол слушаний, отчет", "тыңдаулар хаттамасы, есеп"),
        ("Получить экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсат алу", "op", (3,), "разрешение", "рұқсат")]),
    ("Строительство и ввод в эксплуатацию", "Құрылыс және пайдалануға беру", [
        ("Выполнить строительно-монтажные работы электролизного цеха", "Электролиз цехының құрылыс-монтаж жұмыстарын орындау", "build",
         (2, 3, 4, 5), "акт приемки", "қабылдау актісі"),
        ("Построить пруд-испаритель с противофильтрационным экраном", "Сүзілуге қарсы экраны бар булану тоғанын салу", "build", (4, 5),
         "акт скрытых работ", "жасырын жұмыстар актісі"),
        ("Провести пусконаладочные работы электролизеров", "Электролизерлерді іске қосу-баптау жұмыстарын жүргізу", "vendor", (6,),
         "акт комплексного опробования", "кешенді сынау актісі")]),
    ("Охрана окружающей среды", "Қоршаған ортаны қорғау", [
        ("Пробурить наблюдательные скважины НС-1 и НС-2 у пруда-испарителя", "Булану тоғанының жанында НС-1 және НС-2 бақылау ұңғымаларын бұрғылау",
         "op", (5,), "паспорта скважин", "ұңғымалар паспорттары"),
        ("Заключить договор с аккредитованной лабораторией на производственный мониторинг",
         "Өндірістік мониторингке аккредиттелген зертханамен шарт жасасу", "op", (6,), "договор", "шарт"),
        ("Выполнить компенсационную посадку зеленых насаждений в санитарно-защитной зоне",
         "Санитариялық-қорғаныш аймағында жасыл желектердің өтемақылық отырғызуын орындау", "akimat", (6, 7), "акт посадки", "отырғызу актісі")]),
)  # fmt: skip
H2_AKIMATS = {"5530": ("Акимат г. Экибастуза", "Екібастұз қаласының әкімдігі"), "4745": ("Акимат Мунайлинского района", "Мұнайлы ауданының әкімдігі")}


def tasks_jj2(doc: Doc) -> None:
    """The road map of building a hydrogen electrolysis plant drawn as a Gantt chart: measures `1.1` under three section
    rows, the responsible — the initiator, the designer, the general contractor, the maker of the electrolysers or the
    akimat — each by its name, then eight quarter columns of 2026 and 2027 under merged year cells with `■` in the
    quarters of work and the expected result last, no dates written (VI: a medical oxygen plant's road map of raising its
    output, the quarters of 2026 and 2027 marked likewise, departments and an EPC contractor as who acts)."""
    if doc.lang == "vi":
        _tasks_jj2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(H2_PLANTS)
    operator, plant, prefix = p[L], p[2 + L], p[6]
    actors = {"op": (operator, _core(operator)),
              "design": (g("ТОО «ЭкоПроект Сервис» (проектировщик)", "«ЭкоПроект Сервис» ЖШС (жобалаушы)", ""), "ЭкоПроект Сервис"),
              "build": (g("ТОО «Құрылыс Монтаж Инвест» (генподрядчик)", "«Құрылыс Монтаж Инвест» ЖШС (бас мердігер)", ""), "Құрылыс Монтаж Инвест"),
              "vendor": (g("ТОО «Электролиз Сервис Казахстан» (поставщик электролизеров)", "«Электролиз Сервис Казахстан» ЖШС (электролизерлер жеткізушісі)", ""),
                         "Электролиз Сервис"),
              "akimat": (H2_AKIMATS[prefix][L], H2_AKIMATS[prefix][L].split()[-1] if L else "Акимат")}
    doc.h(g(f"Дорожная карта реализации проекта на 2026–2027 годы. {plant}", f"{plant}. Жобаны іске асырудың 2026–2027 жылдарға арналған жол картасы", ""))
    doc.p(g(f"Инициатор проекта – {operator}. Знаком ■ отмечены кварталы выполнения мероприятий.",
            f"Жобаның бастамашысы – {operator}. ■ белгісімен іс-шаралар орындалатын тоқсандар белгіленген.", ""))
    quarters = ["I", "II", "III", "IV"]
    rows = [[g("№", "№", ""), g("Мероприятие", "Іс-шара", ""), g("Ответственный", "Жауапты", ""), g("2026 год", "2026 жыл", ""), None, None, None,
             g("2027 год", "2027 жыл", ""), None, None, None, g("Результат", "Нәтиже", "")],
            [None, None, None, *quarters, *quarters, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 10), (0, 11, 1, 11)]
    for s, (s_ru, s_kk, items) in enumerate(H2_ROADMAP, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 12)
        for k, (m_ru, m_kk, who, active, r_ru, r_kk) in enumerate(items, 1):
            text = (m_ru, m_kk)[L]
            actor, key = actors[who]
            rows.append([f"{s}.{k}", text, actor, *("■" if q in active else "" for q in range(8)), (r_ru, r_kk)[L]])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": key})
    doc.table(g("Таблица 1 – План-график мероприятий", "1-кесте – Іс-шаралардың жоспар-кестесі", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


VN_MEDOX_ROADMAP = (
    ("I. THỦ TỤC PHÁP LÝ", [("Lập hồ sơ đề nghị cấp điều chỉnh giấy phép môi trường", "Phòng An toàn – Môi trường", (0, 1)),
                           ("Thẩm duyệt thiết kế về phòng cháy và chữa cháy cho khu bồn oxy lỏng", "Ban Quản lý dự án", (1,))]),
    ("II. XÂY DỰNG, LẮP ĐẶT", [("Lắp đặt dây chuyền tách khí PSA thứ hai công suất 100 Nm³/h", "Nhà thầu EPC – Công ty TNHH Thiết bị Khí Y tế Miền Nam",
                               (2, 3)),
                              ("Lắp đặt bồn chứa oxy lỏng 20 m³ và thiết bị hóa hơi", "Nhà thầu EPC – Công ty TNHH Thiết bị Khí Y tế Miền Nam", (3, 4))]),
    ("III. BẢO VỆ MÔI TRƯỜNG", [("Lắp đặt buồng cách âm cho cụm máy nén khí", "Phòng Kỹ thuật", (3,)),
                               ("Cải tạo kho lưu giữ chất thải nguy hại", "Phòng An toàn – Môi trường", (2,)),
                               ("Vận hành thử nghiệm và quan trắc tiếng ồn, độ rung tại hàng rào", "Phòng An toàn – Môi trường", (5,))]),
)  # fmt: skip


def _tasks_jj2_vi(doc: Doc) -> None:
    plant, owner, _ = doc.pick(VN_MEDOX)
    doc.h(f"LỘ TRÌNH THỰC HIỆN DỰ ÁN NÂNG CÔNG SUẤT {plant.upper()} GIAI ĐOẠN 2026 – 2027")
    doc.p(f"Chủ đầu tư: {owner}. Ký hiệu ■ là quý thực hiện hạng mục.")
    quarters = ["Q1", "Q2", "Q3", "Q4"]
    rows = [["TT", "Hạng mục công việc", "Đơn vị thực hiện", "Năm 2026", None, None, None, "Năm 2027", None, None, None],
            [None, None, None, *quarters, *quarters]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 10)]
    for s, (section, items) in enumerate(VN_MEDOX_ROADMAP, 1):
        _span(rows, merges, section, 11)
        for k, (text, who, active) in enumerate(items, 1):
            rows.append([f"{s}.{k}", text, who, *("■" if q in active else "" for q in range(8))])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 5), "actor_contains": who})
    doc.table("Bảng 1. Tiến độ thực hiện", rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"JJ{k}", globals()[f"{role}_jj{k}"]) for role in ROLES for k in (1, 2)]
