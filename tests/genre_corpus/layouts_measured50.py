"""The thirty-fourth blind set's part IE (two layouts per role, `IE1` and `IE2`), written by someone who
neither ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`; held out and measured
once (0.814 over 126 files when first measured at the registering commit, 2026-12-07), then moved to the tuning
layouts to be studied.

Theme: rubber, tyres and plastics. Kazakhstan: tyre recyclers making crumb rubber and rubber tiles at Karaganda and in the
Ili district, a tyre pyrolysis plant at Aktobe with its batch reactors, a pipe and film extrusion plant in Shymkent's
industrial zone, a PET-bottle recycler in Almaty and a rubber-goods factory (conveyor belts, seals) at Pavlodar with its
vulcanising presses, rubber mixers and glue shop (a recycler's card for the register of the operator of extended producer
responsibility, a water utility's technical conditions of connection, an НДВ table of source parameters in blocks, an
emission matrix with the sources as columns, a pyrolysis material balance, passports of hazardous wastes, a soil survey
after a fire at a tyre yard, a stack protocol against norms set in two steps, a plan-graph with ranges of sources, a
check-mark monitoring matrix, a service schedule of dust filters by intervals in days, a plan of checking waste
receivers, a fire commission's plan of measures and a loan agreement's plan-schedule). Vietnam: natural-rubber plants
making SVR block rubber and latex concentrate in Bình Phước (now Đồng Nai), Tây Ninh and Đắk Lắk with their acidic,
ammonia-laden waste water and biological ponds, and plastic-recycling craft villages (Tràng Minh, Triều Khúc, Phan Bôi)
(a Rubber Association's member card kept for EUDR traceability, a province's decision leasing land, loads in source
blocks and by stage, a material balance, hazardous-waste manifests, village soil against QCVN 03-MT:2015/BTNMT, an outlet
against QCVN 01-MT:2015/BTNMT with its rows for new and existing facilities, a GPMT programme with `÷` ranges, a
commune's monitoring matrix, a waste-water plant's maintenance schedule, checks of waste contractors, a plan after a
pond overflow and a plan of moving a craft village into an industrial cluster). The facilities and figures are invented.

Facility: a tyre recycler's card for the register of АО «Жасыл даму», `№ | сведения | данные | подтверждающий документ`,
the fourth column full of numbers and dates of other documents (registration, land act and cadastral number, permit,
line passport, certificate of the crumb with its customs code, verification of the scales), decimal coordinates with
`с.ш.`/`в.д.`, the OKED with its name and the category beside the permit; the tyre collection points in a table of no
role (VI: a latex plant's card for the Vietnam Rubber Association, `Nhóm I` beside the permit, output and markets in a
table of no role) (IE1); a water utility's technical conditions for connecting a new plastics or rubber plant, the
customer's BIN, the KATO and the plot's centre, while the well and the manhole of connection carry coordinates of their
own, no category, the water balance in a table of no role (VI: a province's decision leasing land to a rubber company,
the enterprise number, the plot and its purpose, the corners in VN-2000 metres in a table of no role and no geographic
coordinates) (IE2).

Emissions: a crumb-rubber plant's table of emission parameters in blocks, a row spanning the table per source with its
height, diameter, gas speed, temperature and local coordinates written out, then code, name, the concentration in mg/m3
(no emission), g/s and t/year, `Итого по ИЗА` under multi-substance sources, no class (VI: a rubber plant's `Nguồn số 1`
… blocks, a wood-fired boiler with its flow and the ammonia and hydrogen sulphide of latex storage, skim coagulation and
anaerobic ponds as area sources, the labels no source numbers) (IE1); a pipe and film plant's emissions as a matrix with
the sources as columns under three header rows (merged title, numbers, short names), each substance on a `г/с` and a
`т/год` row, dashes, a plant total column (VI: a craft-village recycler's stages as columns with no numbers, `Tổng` last)
(IE2).

Wastes: a tyre pyrolysis plant's material balance, the tyres taken in only in the sentence above, each output with its
share, tonnes and a class — product, energy resource, losses or waste — only the rows classed as waste carrying a code
and being items (VI: a block-rubber plant's balance on cup lump, the crumbs taken back into the line being no waste, two
ordinary wastes without codes) (IE1); a rubber-goods factory's passports of hazardous wastes, one headerless table per
waste with name, code, origin, HP properties, composition in per cent on sub-rows and the tonnes a year, the generator
named once above (VI: two hazardous-waste manifests of a latex plant, the parties in the text, kilograms, the same code in
both) (IE2).

Limits: soil after a fire at a tyre yard, plots `ПП-1` … `ПП-5` merged over two layers, the ПДК on a row under the header,
`не уст.` for cadmium and oil products, whose figures give no limit (VI: rice fields around a plastics-recycling village,
`Đ1` … `Đ4` over two layers against QCVN 03-MT:2015/BTNMT for agricultural land) (IE1); a protocol at a pyrolysis plant's
furnace stacks against a КЭР's norms in two steps, until 31.12.2027 and from 01.01.2028, the measured mean judged against
the first, the second a limit with no value (VI: a latex plant's outlet in quarterly columns, the first quarter idle in
the wintering season, QCVN 01-MT:2015/BTNMT column B with Kq and Kf, COD, total nitrogen and ammonium on two sub-rows —
new and existing facilities — where the note makes the new values apply to all) (IE2).

Monitoring: a rubber-goods factory's plan-graph with runs of sources written as ranges (`0001–0004`, `0008–0010`), a list
`0005, 0006` and boundary points `Т-1 – Т-4`, substances as `код – наименование` (VI: a block-rubber plant's GPMT
programme with `KT1 ÷ KT3`, `KK1 ÷ KK4`, `NM1 ÷ NM2`, `NT1, NT2`) (IE1); a PET recycler's check-mark matrix, places as rows,
substances under two merged groups (air, waste water), `+`/`–`, the frequency last, the sewer outlet's tighter frequency
after an exceedance no frequency of the plan (VI: a commune's monitoring of a plastics-recycling village, `x` marks and
empty cells) (IE2).

Inspections: a crumb-rubber plant's schedule of servicing its dust filters, the frequency an interval (`каждые 24 ч`, `1 раз
в 7 дней`, `1 раз в 30 дней`, `1 раз в 90 дней`) or a year, a check each shift and one every ten days having none, the
same filter on two rows (VI: a latex plant's waste-water plant, `24 giờ/lần`, `07 ngày/lần`, `15 ngày/lần`, `Mỗi ca sản
xuất`) (IE1); a rubber-goods factory's plan of checking the firms that take its wastes, their BINs in a column — no
facility of the document — a check at each signing of a contract without frequency (VI: a latex plant's waste contractors
with their enterprise numbers) (IE2).

Tasks: a fire commission's plan of eliminating the consequences of a tyre-yard fire, items `1.1` under urgency sections,
terms as written, the responsible and a last column of the state body that controls, which acts on nothing (VI: a latex
plant's plan after its pond overflowed into a stream, items numbered straight through, the supervising body last) (IE1);
a loan agreement's plan-schedule of expanding a crumb-rubber shop, stage rows, start and end months, the responsible,
the proving document and the cost (VI: a province's plan of moving a craft village's recycling households into an
industrial cluster, lead and partner bodies, months and outputs) (IE2).
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
    return " ".join(text.split()[:n]).rstrip(",;:.")


def _core(name: str) -> str:
    """The quoted part of a name (`Сарыарқа Резина` of `Цех … «Сарыарқа Резина»`)."""
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


def _date(doc: Doc, year: int) -> str:
    r = doc.rng
    return f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{year}" if doc.lang != "vi" else f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{year}"


# code: (RU, KK, VI, hazard class as the list gives it) of pollutants the vocabulary does not name (reference list names)
EXTRA = {
    "2978": ("Пыль тонко измельченного резинового вулканизата", "Ұсақталған резеңке вулканизатының шаңы", "", None),
    "0207": ("Цинк оксид (в пересчете на цинк)", "Мырыш оксиді (мырышқа шаққанда)", "", 3),
    "1555": ("Уксусная кислота (Этановая кислота)", "Сірке қышқылы (этан қышқылы)", "Axit axetic", 3),
    "1317": ("Ацетальдегид (Уксусный альдегид)", "Ацетальдегид (сірке альдегиді)", "", 3),
    "0827": ("Винилхлорид (Хлорэтен)", "Винилхлорид (хлорэтен)", "", 1),
    "0406": ("Полиэтилен (Полиэтен)", "Полиэтилен (полиэтен)", "", None),
    "0620": ("Стирол (Этенилбензол)", "Стирол (этенилбензол)", "Styren", 2),
    "1240": ("Этилацетат", "Этилацетат", "", 4),
}


def _air(doc: Doc, code: str, variant: int = 0) -> str:
    if code in EXTRA:
        return EXTRA[code][vocab.LANGS.index(doc.lang)]
    return vocab.air(code, doc.lang, variant)


def _hazard(code: str) -> int | None:
    return EXTRA[code][3] if code in EXTRA else vocab.hazard(code)


def _pname(doc: Doc, kind: str, key: str) -> str:
    """A parameter's name: an air pollutant by code, a water parameter or a soil element by symbol."""
    if kind == "code":
        return _air(doc, key, 1 if doc.lang == "vi" else 0)
    return vocab.soil(key, doc.lang) if kind == "soil" else vocab.water(key, doc.lang)


def _coords(doc: Doc, lat: float, lon: float) -> str:
    """Decimal degrees with the hemisphere words of the language."""
    a, b = num(lat, doc.lang), num(lon, doc.lang)
    return doc.v(f"{a}° с.ш., {b}° в.д.", f"{a}° с.е., {b}° ш.б.", f"Vĩ độ {a}° B; Kinh độ {b}° Đ")


# ---------------------------------------------------------------- facility

# (RU name, KK name, RU operator, KK operator, RU legal address, KK legal address, RU site, KK site, KATO prefix, lat, lon,
#  t of tyres a year, OKED, RU OKED, KK OKED, RU process, KK process)
RECYCLERS = (
    ("Цех переработки изношенных шин «Сарыарқа Резина»", "«Сарыарқа Резина» тозған шиналарды қайта өңдеу цехы",
     "ТОО «Сарыарқа Резина Өңдеу»", "«Сарыарқа Резина Өңдеу» ЖШС",
     "г. Караганда, район имени Казыбек би, ул. Ерубаева, 37, офис 5", "Қарағанды қ., Қазыбек би атындағы аудан, Ерубаев к-сі, 37, 5-кеңсе",
     "Карагандинская область, г. Караганда, Юго-Восточная промышленная зона, учетный квартал 142, участок 15",
     "Қарағанды облысы, Қарағанды қ., Оңтүстік-Шығыс өнеркәсіптік аймағы, 142-есептік орам, 15-учаске", "3510", 49.7795, 73.1792, 12000,
     "38320", "Утилизация отсортированных материалов", "Сұрыпталған материалдарды кәдеге жарату",
     "механическое измельчение шин при обычной температуре с отделением металлокорда и текстильного корда",
     "шиналарды қалыпты температурада механикалық ұсақтау, металл корд пен тоқыма кордты бөліп алу"),
    ("Установка пиролиза изношенных шин «Ақтөбе ЭкоПиролиз»", "«Ақтөбе ЭкоПиролиз» тозған шиналарды пиролиздеу қондырғысы",
     "ТОО «Ақтөбе ЭкоПиролиз»", "«Ақтөбе ЭкоПиролиз» ЖШС",
     "г. Актобе, район Астана, пр. Абилкайыр хана, 62, офис 14", "Ақтөбе қ., Астана ауданы, Әбілқайыр хан даңғ., 62, 14-кеңсе",
     "Актюбинская область, г. Актобе, Промышленная зона «Актобе», участок 41/3",
     "Ақтөбе облысы, Ақтөбе қ., «Ақтөбе» өнеркәсіптік аймағы, 41/3-учаске", "1510", 50.2461, 57.0912, 8000,
     "38320", "Утилизация отсортированных материалов", "Сұрыпталған материалдарды кәдеге жарату",
     "низкотемпературный пиролиз в реакторах периодического действия с получением жидкого топлива и пирокарбона",
     "сұйық отын мен пирокөміртек алынатын мерзімді әрекет ететін реакторларда төмен температуралы пиролиз"),
    ("Завод резиновой крошки и резиновой плитки «Жасыл Тайр»", "«Жасыл Тайр» резеңке үгіндісі мен резеңке плитка зауыты",
     "ТОО «Жасыл Тайр»", "«Жасыл Тайр» ЖШС",
     "г. Алматы, Алатауский район, мкр. Шапагат, ул. Жетысу, 12", "Алматы қ., Алатау ауданы, Шапағат ш/а, Жетісу к-сі, 12",
     "Алматинская область, Илийский район, пос. Боралдай, ул. Промышленная, 7", "Алматы облысы, Іле ауданы, Боралдай к., Өнеркәсіп к-сі, 7",
     "1961", 43.3621, 76.8589, 10000,
     "22190", "Производство прочих резиновых изделий", "Басқа да резеңке бұйымдар өндірісі",
     "измельчение шин с получением резиновой крошки и прессование резиновой плитки на полиуретановом связующем",
     "резеңке үгіндісін алу үшін шиналарды ұсақтау және полиуретан байланыстырғышта резеңке плитканы престеу"),
)  # fmt: skip
PRODUCTS = {
    "3510": ("резиновая крошка фракций 0,5–4 мм (код ТН ВЭД ЕАЭС 4004 00 000 0)", "0,5–4 мм фракциялы резеңке үгіндісі (ЕАЭО СЭҚ ТН коды 4004 00 000 0)"),
    "1510": ("жидкое пиролизное топливо и пирокарбон (технический углерод вторичный)",
             "сұйық пиролиз отыны және пирокөміртек (қайталама техникалық көміртек)"),
    "1961": ("резиновая крошка (код ТН ВЭД ЕАЭС 4004 00 000 0) и резиновая плитка 500 × 500 мм",
             "резеңке үгіндісі (ЕАЭО СЭҚ ТН коды 4004 00 000 0) және 500 × 500 мм резеңке плитка"),
}  # fmt: skip
TYRE_POINTS = (("г. Караганда", "Қарағанды қ.", "ул. Складская, 4", "Складская к-сі, 4"),
               ("г. Темиртау", "Теміртау қ.", "пр. Республики, 112 (СТО «Авто-Шина»)", "Республика даңғ., 112 («Авто-Шина» КҚС)"),
               ("г. Актобе", "Ақтөбе қ.", "ул. Есет батыра, 150", "Есет батыр к-сі, 150"),
               ("г. Алматы", "Алматы қ.", "ул. Суюнбая, 263 (шиномонтаж)", "Сүйінбай к-сі, 263 (шиномонтаж)"),
               ("г. Конаев", "Қонаев қ.", "ул. Промышленная, 2", "Өнеркәсіп к-сі, 2"))


def facility_ie1(doc: Doc) -> None:
    """A tyre recycler's card for the register of recyclers kept by the operator of extended producer responsibility
    (АО «Жасыл даму»): `№ | сведения | данные | подтверждающий документ`, the fourth column full of numbers and dates that
    belong to the documents — the state registration, the land act with its cadastral number, the permit, the line's
    passport, the certificate of the crumb with its customs code, the scales' verification — three section rows, the BIN,
    KATO, decimal coordinates with `с.ш.`/`в.д.`, the OKED with its name and the category with the permit's number in the
    next cell; the points where the recycler takes tyres in a table of no role (VI: a latex plant's card for the Vietnam
    Rubber Association's members, kept also for the traceability asked by the EU deforestation rule, the plant's group `Nhóm
    I` among its certificates, its output and markets in a table of no role)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ie1_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(RECYCLERS)
    name, operator, legal, site, prefix, lat0, lon0, cap, oked = p[L], p[2 + L], p[4 + L], p[6 + L], p[8], p[9], p[10], p[11], p[12]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.004, 0.004), 5), round(lon0 + r.uniform(-0.004, 0.004), 5)
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1):08d}"
    cadastre = f"{prefix[:2]}-{r.randint(100, 399)}-{r.randint(1, 99):03d}-{r.randint(100, 999)}"
    doc.h(g("Анкета утилизатора изношенных шин для включения в реестр утилизаторов АО «Жасыл даму»",
            "«Жасыл даму» АҚ-ның кәдеге жаратушылар тізіліміне енгізу үшін тозған шиналарды кәдеге жаратушының сауалнамасы", ""))
    doc.p(g("Сведения заполняются утилизатором и подтверждаются копиями документов, указанных в графе 4. Ответственность за "
            "достоверность сведений несет первый руководитель утилизатора.",
            "Мәліметтерді кәдеге жаратушы толтырады және 4-бағанда көрсетілген құжаттардың көшірмелерімен растайды. Мәліметтердің "
            "дұрыстығына кәдеге жаратушының бірінші басшысы жауап береді.", ""))
    rows = [g(["№", "Сведения", "Данные", "Подтверждающий документ"], ["№", "Мәліметтер", "Деректер", "Растайтын құжат"], []),
            ["1", "2", "3", "4"]]
    merges: list = []
    _span(rows, merges, g("1. Сведения об утилизаторе", "1. Кәдеге жаратушы туралы мәліметтер", ""), 4)
    rows += [["1.1", g("Наименование юридического лица", "Заңды тұлғаның атауы", ""), operator,
              g(f"Справка о государственной регистрации юридического лица от {_date(doc, 2019)} (egov.kz)",
                f"Заңды тұлғаны мемлекеттік тіркеу туралы анықтама, {_date(doc, 2019)} (egov.kz)", "")],
             ["1.2", g("БИН", "БСН", ""), bin_, "–"],
             ["1.3", g("Юридический адрес", "Заңды мекенжайы", ""), legal, "–"],
             ["1.4", g("Первый руководитель", "Бірінші басшы", ""), g("Директор Абенов Ерлан Қайратович", "Директор Әбенов Ерлан Қайратұлы", ""),
              g(f"Решение единственного участника № {r.randint(2, 9)} от {_date(doc, 2023)}",
                f"Жалғыз қатысушының {_date(doc, 2023)} № {r.randint(2, 9)} шешімі", "")]]
    _span(rows, merges, g("2. Производственная площадка", "2. Өндірістік алаң", ""), 4)
    rows += [["2.1", g("Наименование объекта", "Объектінің атауы", ""), name, "–"],
             ["2.2", g("Место нахождения", "Орналасқан жері", ""), site,
              g(f"Акт на право частной собственности на земельный участок № {r.randint(1000, 9999)}, кадастровый номер {cadastre}",
                f"Жер учаскесіне жеке меншік құқығы туралы акт № {r.randint(1000, 9999)}, кадастрлық нөмірі {cadastre}", "")],
             ["2.3", g("Код КАТО места нахождения", "Орналасқан жерінің ҚАТО коды", ""), kato, "–"],
             ["2.4", g("Географические координаты (WGS-84)", "Географиялық координаттары (WGS-84)", ""), _coords(doc, lat, lon), "–"],
             ["2.5", g("Основной вид деятельности (ОКЭД)", "Негізгі қызмет түрі (ЭҚЖЖ)", ""), f"{oked} – {p[13 + L]}",
              g("Статистическая карточка (stat.gov.kz)", "Статистикалық карточка (stat.gov.kz)", "")],
             ["2.6", g("Категория объекта", "Объект санаты", ""), g("II категория", "II санат", ""),
              g(f"Экологическое разрешение на воздействие № {permit} от {_date(doc, 2024)}", f"Әсер етуге арналған экологиялық рұқсат, {_date(doc, 2024)} № {permit}", "")]]
    _span(rows, merges, g("3. Мощности по утилизации", "3. Кәдеге жарату қуаттары", ""), 4)
    rows += [["3.1", g("Технология утилизации", "Кәдеге жарату технологиясы", ""), p[15 + L], g(f"Паспорт линии, заводской № {r.randint(1100, 4800)}", f"Желі паспорты, зауыттық № {r.randint(1100, 4800)}", "")],
             ["3.2", g("Проектная мощность, т изношенных шин в год", "Жобалық қуаты, жылына тозған шиналар, т", ""), num(cap, doc.lang), "–"],
             ["3.3", g("Продукция утилизации", "Кәдеге жарату өнімі", ""), PRODUCTS[prefix][L],
              g(f"Сертификат соответствия № KZ.7500361.22.01.{r.randint(10000, 99999)}", f"Сәйкестік сертификаты № KZ.7500361.22.01.{r.randint(10000, 99999)}", "")],
             ["3.4", g("Весовое оборудование", "Өлшеу жабдығы", ""), g("автомобильные весы ВА-60, 60 т", "ВА-60 автомобиль таразысы, 60 т", ""),
              g(f"Сертификат о поверке № {r.randint(100, 999)}-{r.randint(1000, 9999)}, действителен до {_date(doc, 2026)}",
                f"Салыстырып тексеру туралы сертификат № {r.randint(100, 999)}-{r.randint(1000, 9999)}, {_date(doc, 2026)} дейін жарамды", "")]]  # fmt: skip
    doc.table(g("Таблица 1 – Сведения об утилизаторе", "1-кесте – Кәдеге жаратушы туралы мәліметтер", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "oked": oked, "category": "II", "lat": lat, "lon": lon})
    pts = [g(["№", "Населенный пункт", "Адрес пункта приема", "Режим работы"], ["№", "Елді мекен", "Қабылдау пунктінің мекенжайы", "Жұмыс режимі"], [])]
    for k, (c_ru, c_kk, a_ru, a_kk) in enumerate(r.sample(TYRE_POINTS, 3), 1):
        pts.append([str(k), (c_ru, c_kk)[L], (a_ru, a_kk)[L], g("пн–сб, 9:00–18:00", "дс–сб, 9:00–18:00", "")])
    doc.table(g("Таблица 2 – Пункты приема изношенных шин от населения и организаций", "2-кесте – Тұрғындар мен ұйымдардан тозған шиналарды қабылдау пункттері", ""),
              pts, role="other")


# (plant, company, place, lat, lon, t a year, products, rows of output (product, share, markets))
VN_LATEX = (
    ("Nhà máy chế biến cao su Tân Khai", "Công ty TNHH MTV Cao su Hớn Quản Xanh",
     "ấp 4, xã Tân Khai, tỉnh Đồng Nai (trước đây huyện Hớn Quản, tỉnh Bình Phước)", 11.5412, 106.6218, 12000,
     (("Cao su khối SVR 3L", 0.55, "Trung Quốc, Ấn Độ"), ("Cao su khối SVR 10, SVR 20", 0.35, "Trung Quốc, Malaysia"),
      ("Cao su khối SVR CV60", 0.1, "EU, Hàn Quốc"))),
    ("Nhà máy chế biến mủ ly tâm Bến Củi", "Công ty Cổ phần Cao su Bến Củi Mới",
     "ấp Bến Củi, xã Dương Minh Châu, tỉnh Tây Ninh", 11.3317, 106.2543, 9000,
     (("Mủ cao su ly tâm HA (DRC 60%)", 0.8, "Malaysia, Thái Lan, Trung Quốc"), ("Mủ cao su ly tâm LA", 0.12, "EU"),
      ("Cao su skim khối", 0.08, "Trung Quốc"))),
    ("Nhà máy chế biến cao su Ea Khăl", "Công ty TNHH MTV Cao su Ea H'Leo Xanh",
     "thôn 3, xã Ea Khăl, tỉnh Đắk Lắk (trước đây huyện Ea H'Leo)", 13.2486, 108.2031, 6000,
     (("Cao su khối SVR 3L", 0.6, "Trung Quốc, Đài Loan (Trung Quốc)"), ("Cao su khối SVR 10", 0.4, "Ấn Độ, Thổ Nhĩ Kỳ"))),
)  # fmt: skip


def _facility_ie1_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company, place, lat0, lon0, cap, products = doc.pick(VN_LATEX)
    msdn = make_msdn(r)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    doc.h("PHIẾU THÔNG TIN HỘI VIÊN – HIỆP HỘI CAO SU VIỆT NAM")
    doc.p("(Kèm theo Đơn đề nghị gia nhập Hiệp hội; thông tin về nhà máy được dùng để cập nhật cơ sở dữ liệu truy xuất nguồn gốc theo Quy định "
          "chống phá rừng của Liên minh châu Âu – EUDR)")
    rows = [["TT", "Thông tin", "Nội dung", "Hồ sơ kèm theo"], ["(1)", "(2)", "(3)", "(4)"]]
    merges: list = []
    _span(rows, merges, "I. THÔNG TIN DOANH NGHIỆP", 4)
    rows += [["1", "Tên doanh nghiệp", company, f"Giấy chứng nhận đăng ký doanh nghiệp, đăng ký thay đổi lần thứ {r.randint(3, 9)} ngày {_date(doc, 2023)}"],
             ["2", "Mã số doanh nghiệp", msdn, "-"],
             ["3", "Người đại diện theo pháp luật", "Ông Trần Quang Vinh – Tổng Giám đốc", "-"],
             ["4", "Số hội viên Hiệp hội Cao su Việt Nam (nếu có)", "Đăng ký mới", "-"]]
    _span(rows, merges, "II. NHÀ MÁY CHẾ BIẾN", 4)
    rows += [["5", "Tên nhà máy", plant, "-"],
             ["6", "Địa điểm", place, f"Giấy chứng nhận quyền sử dụng đất số CS {r.randint(10000, 99999)}, thửa đất số {r.randint(10, 400)}, tờ bản đồ số {r.randint(5, 60)}"],
             ["7", "Tọa độ nhà máy (WGS-84)", _coords(doc, lat, lon), "Bản đồ vị trí (tệp GeoJSON)"],
             ["8", "Phân loại theo tiêu chí về môi trường", "Nhóm I", f"Giấy phép môi trường số {r.randint(10, 480)}/GPMT-BTNMT ngày {_date(doc, 2023)}"],
             ["9", "Chứng nhận hệ thống quản lý", "ISO 9001:2015; ISO 14001:2015", f"Giấy chứng nhận số QMS-{r.randint(1000, 9999)}, EMS-{r.randint(1000, 9999)}"]]
    _span(rows, merges, "III. NĂNG LỰC CHẾ BIẾN", 4)
    rows += [["10", "Công suất thiết kế", f"{num(cap, 'vi')} tấn sản phẩm/năm", "-"],
             ["11", "Nguồn nguyên liệu", "Mủ nước và mủ tạp từ vườn cây của công ty và tiểu điền trong vùng", "Danh sách vùng nguyên liệu (Phụ lục kèm theo)"]]  # fmt: skip
    doc.table("Bảng 1. Thông tin hội viên", rows, merges, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant.split("cao su ")[-1].split("ly tâm ")[-1], "category": "I", "lat": lat, "lon": lon})
    out = [["Sản phẩm", "Sản lượng năm 2025 (tấn)", "Thị trường chính"]]
    made = cap * r.uniform(0.75, 0.95)
    for prod, share, markets in products:
        out.append([prod, num(round(made * share), "vi"), markets])
    doc.table("Bảng 2. Sản lượng và thị trường tiêu thụ năm 2025", out, role="other")


# (RU name, KK name, RU operator, KK operator, RU place, KK place, KATO prefix, lat, lon, RU utility, KK utility, m3 a day)
NEW_PLANTS = (
    ("Завод полимерных труб и пленки «ПолиҚұбыр»", "«ПолиҚұбыр» полимер құбырлары мен пленка зауыты", "ТОО «ПолиҚұбыр Шымкент»", "«ПолиҚұбыр Шымкент» ЖШС",
     "г. Шымкент, Енбекшинский район, индустриальная зона «Оңтүстік», участок 27", "Шымкент қ., Еңбекші ауданы, «Оңтүстік» индустриялық аймағы, 27-учаске",
     "7910", 42.3601, 69.6705, "ГКП «Шымкент Су Ресурстары»", "«Шымкент Су Ресурстары» МКК", 85),
    ("Завод по переработке ПЭТ-бутылок «ПЭТ Ресайкл Алатау»", "«ПЭТ Ресайкл Алатау» ПЭТ-бөтелкелерді қайта өңдеу зауыты", "ТОО «ПЭТ Ресайкл Алатау»",
     "«ПЭТ Ресайкл Алатау» ЖШС", "г. Алматы, Алатауский район, индустриальная зона, ул. Бухтарминская, 40",
     "Алматы қ., Алатау ауданы, индустриялық аймақ, Бұқтырма к-сі, 40", "7519", 43.2933, 76.8251, "ТОО «Алматы Су»", "«Алматы Су» ЖШС", 240),
    ("Завод резинотехнических изделий «Ертіс РТИ»", "«Ертіс РТИ» резеңке-техникалық бұйымдар зауыты", "ТОО «Ертіс РТИ»", "«Ертіс РТИ» ЖШС",
     "г. Павлодар, Северная промышленная зона, строение 112", "Павлодар қ., Солтүстік өнеркәсіптік аймағы, 112-құрылыс",
     "5510", 52.3298, 76.9463, "ТОО «Павлодар-Водоканал»", "«Павлодар-Водоканал» ЖШС", 130),
)  # fmt: skip


def facility_ie2(doc: Doc) -> None:
    """A water utility's technical conditions for connecting a new plastics or rubber plant to the city's water supply and
    sewer, `№ | наименование | данные`: the customer with its BIN, the object, its address, KATO, cadastral number and the
    centre of the plot in decimal degrees, then the water asked for and the points of connection — a well on the main and a
    manhole on the collector, each with coordinates of its own that are no place of the plant — the term of the conditions;
    no category; the consumption by use in a table of no role (VI: a province's decision leasing land to a rubber company
    for its plant, the company's enterprise number, the plot, purpose and term, the corners of the plot in VN-2000 metres in
    a table of no role and no geographic coordinates)."""
    r = doc.rng
    if doc.lang == "vi":
        _facility_ie2_vi(doc)
        return
    L = _L(doc)
    g = doc.v
    p = doc.pick(NEW_PLANTS)
    name, operator, place, prefix, lat0, lon0, utility, m3 = p[L], p[2 + L], p[4 + L], p[6], p[7], p[8], p[9 + L], p[11]
    bin_, kato = make_bin(r), _kato(doc, prefix)
    lat, lon = round(lat0 + r.uniform(-0.003, 0.003), 5), round(lon0 + r.uniform(-0.003, 0.003), 5)
    well = (round(lat + r.uniform(0.004, 0.009), 5), round(lon - r.uniform(0.004, 0.009), 5))
    manhole = (round(lat - r.uniform(0.003, 0.008), 5), round(lon + r.uniform(0.002, 0.007), 5))
    number = f"{r.randint(100, 999)}-ТУ/{r.randint(10, 99)}"
    doc.p(g(f"{utility}", f"{utility}", ""))
    doc.h(g(f"Технические условия № {number} на подключение к сетям водоснабжения и водоотведения",
            f"Сумен жабдықтау және су бұру желілеріне қосылуға арналған № {number} техникалық шарттар", ""))
    doc.p(g(f"Выданы по заявке от {_date(doc, 2025)}. Настоящие технические условия не являются разрешением на сброс сточных вод; "
            "качество сбрасываемых сточных вод должно соответствовать Правилам приема сточных вод в системы водоотведения населенных пунктов.",
            f"{_date(doc, 2025)} өтінім бойынша берілді. Осы техникалық шарттар сарқынды суларды төгуге рұқсат болып табылмайды; төгілетін "
            "сарқынды сулардың сапасы елді мекендердің су бұру жүйелеріне сарқынды суларды қабылдау қағидаларына сәйкес келуге тиіс.", ""))
    rows = [g(["№", "Наименование", "Данные"], ["№", "Атауы", "Деректер"], [])]
    rows += [["1", g("Заказчик", "Тапсырыс беруші", ""), operator],
             ["2", g("БИН заказчика", "Тапсырыс берушінің БСН", ""), bin_],
             ["3", g("Наименование объекта", "Объектінің атауы", ""), name],
             ["4", g("Адрес объекта", "Объектінің мекенжайы", ""), place],
             ["5", g("Код КАТО", "ҚАТО коды", ""), kato],
             ["6", g("Кадастровый номер земельного участка", "Жер учаскесінің кадастрлық нөмірі", ""),
              f"{prefix[:2]}-{r.randint(300, 399)}-{r.randint(10, 99):03d}-{r.randint(1000, 4999)}"],
             ["7", g("Координаты объекта (центр участка)", "Объектінің координаттары (учаске орталығы)", ""), _coords(doc, lat, lon)],
             ["8", g("Требуемое водопотребление", "Қажетті су тұтыну", ""), g(f"{num(m3, 'ru')} м³/сут, в т.ч. на производственные нужды {num(round(m3 * 0.8), 'ru')} м³/сут",
                                                                             f"тәулігіне {num(m3, 'kk')} м³, оның ішінде өндірістік қажеттіліктерге {num(round(m3 * 0.8), 'kk')} м³", "")],
             ["9", g("Водоотведение", "Су бұру", ""), g(f"{num(round(m3 * 0.7), 'ru')} м³/сут", f"тәулігіне {num(round(m3 * 0.7), 'kk')} м³", "")],
             ["10", g("Точка подключения к водопроводу", "Су құбырына қосылу нүктесі", ""),
              g(f"существующий колодец ВК-{r.randint(10, 60)} на водоводе Ду 300 ({_coords(doc, *well)})",
                f"Ду 300 су тартқышындағы қолданыстағы ВК-{r.randint(10, 60)} құдығы ({_coords(doc, *well)})", "")],
             ["11", g("Точка подключения к канализации", "Кәрізге қосылу нүктесі", ""),
              g(f"колодец КК-{r.randint(5, 40)} на коллекторе Ду 500 ({_coords(doc, *manhole)})",
                f"Ду 500 коллекторындағы КК-{r.randint(5, 40)} құдығы ({_coords(doc, *manhole)})", "")],
             ["12", g("Гарантированный напор в точке подключения", "Қосылу нүктесіндегі кепілдік арын", ""), g("25 м вод. ст.", "25 м су бағ.", "")],
             ["13", g("Срок действия технических условий", "Техникалық шарттардың қолданылу мерзімі", ""), g("2 года с даты выдачи", "берілген күннен бастап 2 жыл", "")]]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": _core(name), "kato": kato, "lat": lat, "lon": lon})
    main = {
        "7910": ("Охлаждение экструзионных линий (оборотная система, подпитка)", "Экструзиялық желілерді салқындату (айналымды жүйе, толықтыру)"),
        "7519": ("Горячая и холодная мойка ПЭТ-флекса (подпитка)", "ПЭТ-флексті ыстық және суық жуу (толықтыру)"),
        "5510": ("Охлаждение вулканизационных прессов и вальцев (оборотная система)", "Вулкандау престері мен біліктерді салқындату (айналымды жүйе)"),
    }[prefix]
    uses = ((main[L], 0.45),
            (g("Технологические нужды (мойка, приготовление растворов)", "Технологиялық қажеттіліктер (жуу, ерітінділер дайындау)", ""), 0.35),
            (g("Хозяйственно-питьевые нужды", "Шаруашылық-ауыз су қажеттіліктері", ""), 0.2))
    cons = [g(["Назначение", "Расход, м³/сут", "Расход, м³/год"], ["Мақсаты", "Шығыны, м³/тәул", "Шығыны, м³/жыл"], [])]
    for use, share in uses:
        d = round(m3 * share)
        cons.append([use, num(d, doc.lang), num(d * 300, doc.lang)])
    doc.table(g("Приложение 1. Баланс водопотребления", "1-қосымша. Су тұтыну балансы", ""), cons, role="other")
    doc.p(g("Технические условия подлежат повторному согласованию при изменении объема водопотребления более чем на 10 %.",
            "Су тұтыну көлемі 10 %-дан астам өзгерген кезде техникалық шарттар қайта келісілуге тиіс.", ""))


VN_LEASE = (
    ("Tây Ninh", "Nhà máy chế biến mủ cao su Trà Vong", "Công ty Cổ phần Cao su Trà Vong", "xã Trà Vong, tỉnh Tây Ninh", 4.8, 1252),
    ("Đắk Lắk", "Nhà máy chế biến cao su Krông Búk", "Công ty TNHH Cao su Krông Búk Mới", "xã Pơng Drang, tỉnh Đắk Lắk", 6.2, 1463),
    ("Đồng Nai", "Nhà máy chế biến cao su Lộc Quang", "Công ty TNHH MTV Cao su Lộc Quang", "xã Lộc Quang, tỉnh Đồng Nai (trước đây tỉnh Bình Phước)", 5.5, 1318),
)


def _facility_ie2_vi(doc: Doc) -> None:
    r = doc.rng
    prov, plant, company, place, ha, x0 = doc.pick(VN_LEASE)
    msdn = make_msdn(r)
    doc.p(f"ỦY BAN NHÂN DÂN TỈNH {prov.upper()} – Số: {r.randint(100, 3900)}/QĐ-UBND")
    doc.h(f"QUYẾT ĐỊNH Về việc cho {company} thuê đất để xây dựng {plant}")
    doc.p("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; xét đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số "
          f"{r.randint(100, 900)}/TTr-SNNMT ngày {_date(doc, 2025)}.")
    doc.p(f"Điều 1. Cho {company} thuê đất với các nội dung sau:")
    rows = [["TT", "Nội dung", "Chi tiết"],
            ["1", "Tên tổ chức được thuê đất", company],
            ["2", "Mã số doanh nghiệp", msdn],
            ["3", "Tên công trình", plant],
            ["4", "Vị trí khu đất", place],
            ["5", "Diện tích khu đất", f"{num(ha * 10000, 'vi')} m² ({num(ha, 'vi')} ha)"],
            ["6", "Mục đích sử dụng đất", f"Đất cơ sở sản xuất phi nông nghiệp – xây dựng {plant[0].lower()}{plant[1:]}, công suất "
                                           f"{num(r.choice((6000, 9000, 12000)), 'vi')} tấn sản phẩm/năm"],
            ["7", "Thời hạn thuê đất", f"50 năm, kể từ ngày {_date(doc, 2025)}"],
            ["8", "Hình thức thuê đất", "Nhà nước cho thuê đất trả tiền thuê đất hằng năm"],
            ["9", "Vị trí, ranh giới khu đất", f"Theo Trích lục bản đồ địa chính số {r.randint(10, 400)}/TL-VPĐK, thửa đất số {r.randint(100, 900)}, "
                                               f"tờ bản đồ số {r.randint(5, 60)}"]]  # fmt: skip
    doc.table(None, rows, role="facility")
    doc.add("facilities", {"bin": msdn, "name_contains": plant.split("cao su ")[-1]})
    y0 = r.randint(560000, 590000)
    side = round((ha * 10000) ** 0.5)
    corners = [["Điểm góc", "X (m)", "Y (m)"]]
    for k, (dx, dy) in enumerate(((0, 0), (side, 0), (side, side), (0, side)), 1):
        corners.append([str(k), num(x0 * 1000 + dx + r.randint(-3, 3) + 0.25, "vi"), num(y0 + dy + r.randint(-3, 3) + 0.5, "vi")])
    doc.table("Tọa độ các điểm góc khu đất (hệ tọa độ VN-2000, kinh tuyến trục 105°30', múi chiếu 3°)", corners, role="other")
    doc.p("Điều 2. Sở Nông nghiệp và Môi trường có trách nhiệm xác định giá đất, ký hợp đồng thuê đất và bàn giao đất trên thực địa.")


# ---------------------------------------------------------------- emissions

# (number, RU, KK, (H m, D m, w m/s, T °C) or (a m, b m) of an area source, {code: (low, high) g/s}, hours a year)
CRUMB_SOURCES = (
    ("0001", "Аспирационная система узла первичного дробления шин (шредер), циклон ЦН-15 и рукавный фильтр",
     "Шиналарды бастапқы ұсату торабының (шредер) аспирациялық жүйесі, ЦН-15 циклоны және жеңді сүзгі", (15, 0.5, 12.4, 22),
     {"2978": (0.02, 0.06)}, 4000),
    ("0002", "Аспирация участка тонкого помола (роторная мельница), рукавный фильтр", "Ұсақ ұнтақтау учаскесінің (роторлы диірмен) аспирациясы, жеңді сүзгі",
     (12, 0.4, 10.8, 25), {"2978": (0.01, 0.04)}, 4000),
    ("0003", "Вытяжная вентиляция участка прессования резиновой плитки", "Резеңке плитканы престеу учаскесінің сорып шығару желдеткіші",
     (10, 0.45, 8.5, 38), {"0333": (0.0003, 0.001), "0330": (0.001, 0.004), "0337": (0.005, 0.02)}, 3000),
    ("0004", "Дымовая труба газового котла отопления (0,5 МВт)", "Газбен жылыту қазандығының түтін мұржасы (0,5 МВт)", (12, 0.3, 4.2, 120),
     {"0301": (0.01, 0.03), "0304": (0.0015, 0.005), "0337": (0.02, 0.06)}, 4800),
    ("6001", "Склад резиновой крошки, затаривание в мешки МКР", "Резеңке үгіндісі қоймасы, МКР қаптарына буып-түю", (24, 18),
     {"2978": (0.002, 0.008)}, 2000),
    ("6002", "Сварочный пост ремонтного участка (электроды МР-3)", "Жөндеу учаскесінің дәнекерлеу посты (МР-3 электродтары)", (6, 4),
     {"0123": (0.001, 0.003), "0143": (0.0001, 0.0003)}, 600),
)  # fmt: skip
# (label, VI source with its parameters, stack (D m, m3/h) or None for an area source, {code: (low, high) g/s}, hours)
VN_LATEX_SOURCES = (
    ("Nguồn số 1", "Ống khói lò hơi đốt củi cao su 3 tấn hơi/giờ – cao 18 m, đường kính 0,6 m", (0.6, 9800),
     {"2902": (0.15, 0.45), "0330": (0.03, 0.1), "0301": (0.12, 0.3), "0337": (0.2, 0.6)}, 6000),
    ("Nguồn số 2", "Khu vực tiếp nhận mủ nước và bồn chứa mủ ly tâm (bay hơi NH3 bảo quản mủ) – nguồn mặt", None, {"0303": (0.01, 0.04)}, 7200),
    ("Nguồn số 3", "Mương đánh đông mủ skim bằng axit sunfuric – nguồn mặt", None, {"0333": (0.001, 0.004), "0303": (0.004, 0.012)}, 7200),
    ("Nguồn số 4", "Bể kỵ khí và hồ sinh học của hệ thống xử lý nước thải – nguồn mặt", None,
     {"0333": (0.002, 0.006), "0303": (0.003, 0.01), "0410": (0.05, 0.2)}, 8760),
)  # fmt: skip
VN_GAS = {"2902": "Bụi tổng", "0330": "SO2", "0301": "NOx (tính theo NO2)", "0337": "CO", "0303": "NH3", "0333": "H2S", "0410": "Metan (CH4)",
          "0602": "Benzen", "0621": "Toluen", "0620": "Styren", "0316": "HCl"}


def emissions_ie1(doc: Doc) -> None:
    """A crumb-rubber plant's table of the parameters of its emissions laid out in blocks: a row spanning the table opens each
    source with its number, name and, written out in the same cell, its height, diameter, gas speed, temperature and local
    coordinates (an area source its size), then a row per substance — code, name, the concentration in mg/m3, which is no
    emission, g/s and t/year under a merged header — and `Итого по ИЗА` under the sources with more than one substance, a
    total at the end, no hazard class (VI: a rubber plant's loads in blocks opened by `Nguồn số 1` … rows — a wood-fired
    boiler's stack with its flow, then the ammonia of latex storage, the hydrogen sulphide of the skim coagulation trench
    and of the anaerobic ponds as area sources with `-` for the concentration; the labels are no source numbers)."""
    r = doc.rng
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        plant, company = doc.pick(VN_LATEX)[:2]
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
        doc.h("3.2.1. Nguồn phát sinh và tải lượng bụi, khí thải")
        doc.p(f"Chủ cơ sở: {company}. Nồng độ tại ống khói lò hơi được xác định theo kết quả đo đạc; tải lượng các nguồn mặt được tính theo hệ "
              "số phát thải và lượng mủ tiếp nhận. Các nguồn được đánh số theo sơ đồ mặt bằng tại Phụ lục 3.")
        sources = VN_LATEX_SOURCES
    else:
        p = doc.pick([x for x in RECYCLERS if "пиролиз" not in x[0]])
        doc.h(g(f"Проект нормативов допустимых выбросов. {p[2]}, {p[0]}", f"{p[3]}, {p[1]}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
        doc.h(g("3.3. Параметры выбросов загрязняющих веществ в атмосферу", "3.3. Атмосфераға ластаушы заттар шығарындыларының параметрлері", ""))
        doc.p(g("Параметры источников приведены в строке, открывающей каждый источник; координаты даны в местной системе площадки (начало – "
                "северо-западный угол ограждения), м. Концентрации приведены для организованных источников.",
                "Көздердің параметрлері әр көзді ашатын жолда келтірілген; координаттар алаңның жергілікті жүйесінде (бастауы – қоршаудың "
                "солтүстік-батыс бұрышы), м. Концентрациялар ұйымдастырылған көздер үшін келтірілген.", ""))
        sources = CRUMB_SOURCES
    rows = [g(["Код ЗВ", "Наименование загрязняющего вещества", "Концентрация ЗВ, мг/м³", "Выброс ЗВ", None],
              ["ЛЗ коды", "Ластаушы заттың атауы", "ЛЗ концентрациясы, мг/м³", "ЛЗ шығарындысы", None],
              ["Thông số", "", "Nồng độ (mg/Nm³)", "Tải lượng", None]),
            [None, None, None, g("г/с", "г/с", "g/s"), g("т/год", "т/жыл", "tấn/năm")]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    if vi:
        rows[0][1], rows[0][0] = None, "Thông số"
        merges = [(0, 0, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    all_g, all_t = [], []
    for src in sources:
        if vi:
            label, text, stack, codes, hours = src
            head = f"{label}: {text}" + (f"; lưu lượng {num(stack[1], 'vi')} m³/h" if stack else "")
            flow = stack[1] / 3600 if stack else None
        else:
            number, s_ru, s_kk, geo, codes, hours = src
            x, y = r.randint(20, 180), r.randint(15, 140)
            if len(geo) == 4:
                h_, d, w, t = geo
                flow = w * 3.14159 * d * d / 4
                head = g(f"ИЗА {number} – {s_ru}. Высота {h_} м, диаметр устья {num(d, 'ru')} м, скорость ГВС {num(w, 'ru')} м/с, "
                         f"температура {t} °C; X = {x}, Y = {y}",
                         f"ЛШК {number} – {s_kk}. Биіктігі {h_} м, сағасының диаметрі {num(d, 'kk')} м, ГАҚ жылдамдығы {num(w, 'kk')} м/с, "
                         f"температурасы {t} °C; X = {x}, Y = {y}", "")
            else:
                flow = None
                head = g(f"ИЗА {number} – {s_ru}. Площадной источник {geo[0]} × {geo[1]} м, высота 2 м; центр X = {x}, Y = {y}",
                         f"ЛШК {number} – {s_kk}. Алаңдық көз {geo[0]} × {geo[1]} м, биіктігі 2 м; орталығы X = {x}, Y = {y}", "")
        _span(rows, merges, head, 5)
        sg, st = [], []
        for c, (lo, hi) in codes.items():
            gs = _sig(r.uniform(lo, hi), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            conc = num(_sig(gs * 1000 / flow, 3), doc.lang) if flow else "-"
            name = VN_GAS[c] if vi else _air(doc, c)
            rows.append([name if vi else c, None if vi else name, conc, num(gs, doc.lang), num(ty, doc.lang)])
            if vi:
                merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
            doc.add("emissions", emission(c, gs, ty, None if vi else number))
            sg.append(gs)
            st.append(ty)
        if len(codes) > 1 and not vi:
            rows.append(["", g(f"Итого по ИЗА {number}", f"ЛШК {number} бойынша жиыны", ""), "", num(round(sum(sg), 6), doc.lang), num(round(sum(st), 6), doc.lang)])
        all_g += sg
        all_t += st
    rows.append([g("", "", "Tổng cộng"), g("Всего по предприятию", "Кәсіпорын бойынша барлығы", None), "",
                 num(round(sum(all_g), 6), doc.lang), num(round(sum(all_t), 6), doc.lang)])
    if vi:
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    else:
        doc.add("sources", *({"number": s[0], "type": _kind(s[0])} for s in sources))
    doc.table(g("Таблица 3.3 – Параметры выбросов загрязняющих веществ по источникам", "3.3-кесте – Көздер бойынша ластаушы заттар шығарындыларының параметрлері",
                "Bảng 3.5. Nồng độ, tải lượng bụi và khí thải theo nguồn"), rows, merges, role="emissions")
    doc.p(g("Примечание: для источников 6001 и 6002 концентрации не определяются (неорганизованные источники).",
            "Ескерту: 6001 және 6002 көздері үшін концентрациялар анықталмайды (ұйымдастырылмаған көздер).",
            "Ghi chú: nguồn số 2 – số 4 là nguồn mặt, không xác định nồng độ; thời gian hoạt động tính theo mùa cạo mủ (tháng 5 – tháng 1 năm sau)."))
    maybe_distractor(doc)


# (number, RU short name, KK short name, {code: (low, high) g/s}, hours a year)
PIPE_SOURCES = (
    ("0001", "Экструзионные линии ПЭ труб № 1–3", "№ 1–3 ПЭ құбыр экструзиялық желілері", {"1555": (0.002, 0.008), "0337": (0.004, 0.015)}, 6000),
    ("0002", "Линия экструзии ПВХ труб", "ПВХ құбыр экструзиясы желісі", {"0827": (0.00005, 0.0002), "0316": (0.0005, 0.002), "0337": (0.002, 0.006)}, 5000),
    ("0003", "Линия рукавной ПЭ пленки", "ПЭ жең пленкасы желісі", {"1555": (0.001, 0.004), "0337": (0.002, 0.008)}, 6000),
    ("0004", "Дробилка технологических отходов (циклон)", "Технологиялық қалдықтар ұсатқышы (циклон)", {"0406": (0.003, 0.012)}, 1500),
    ("6001", "Растаривание гранул в силосы", "Түйіршіктерді силостарға төгу", {"0406": (0.0005, 0.002)}, 1000),
)  # fmt: skip
# (VI stage, {code: (low, high) g/s}, hours a year)
VN_RECYCLE_STAGES = (
    ("Nghiền, rửa mảnh nhựa", {"2902": (0.01, 0.04)}, 2400),
    ("Sấy mảnh (sấy khí nóng)", {"2902": (0.005, 0.02), "0602": (0.0005, 0.002)}, 2400),
    ("Đùn tạo hạt (gia nhiệt 180 – 230 °C)", {"0602": (0.001, 0.004), "0621": (0.002, 0.008), "0620": (0.001, 0.005), "0316": (0.0005, 0.002)}, 2400),
    ("Lò hơi đốt củi cấp nhiệt", {"2902": (0.05, 0.2), "0330": (0.01, 0.05), "0301": (0.03, 0.1), "0337": (0.05, 0.2)}, 2000),
)  # fmt: skip
VN_RECYCLERS = (
    ("Cơ sở tái chế nhựa Hưng Thịnh", "Công ty TNHH Tái chế Nhựa Hưng Thịnh", "làng nghề Tràng Minh, phường Kiến An, thành phố Hải Phòng"),
    ("Xưởng tái chế nhựa Phúc An", "Công ty TNHH Nhựa tái sinh Phúc An", "làng nghề Triều Khúc, xã Thanh Liệt, thành phố Hà Nội"),
    ("Cơ sở sản xuất hạt nhựa tái sinh Minh Đức", "Hộ kinh doanh Nguyễn Văn Đức", "làng nghề Phan Bôi, xã Dị Sử, tỉnh Hưng Yên"),
)


def emissions_ie2(doc: Doc) -> None:
    """A pipe and film extrusion plant's emissions written as a matrix turned on its side: the sources stand as columns
    under a three-row header — a merged `источники выбросов`, their numbers, their short names — and each substance takes
    two rows, `г/с` and `т/год` in a unit column, its code and name merged over both; dashes where a source does not emit
    the substance and a column of the plant's totals, which are no items (VI: a plastic recycler of a craft village, its
    stages — crushing and washing, drying, extrusion into granules, a wood-fired boiler — as columns with no numbers, the
    parameters as row pairs, `Tổng` last)."""
    r = doc.rng
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        plant, company, place = doc.pick(VN_RECYCLERS)
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
        doc.p(f"Chủ cơ sở: {company}; địa điểm: {place}. Cơ sở tái chế phế liệu nhựa PE, PP, PS trong nước thành hạt nhựa với công suất "
              f"{num(r.choice((1200, 1800, 2500)), 'vi')} tấn sản phẩm/năm. Tải lượng được tính theo hệ số phát thải cho từng công đoạn; các "
              "công đoạn chưa có ống thải riêng.")
        cols = [(None, stage, codes, hours) for stage, codes, hours in VN_RECYCLE_STAGES]
    else:
        L = _L(doc)
        p = NEW_PLANTS[0]
        doc.h(g(f"Проект нормативов допустимых выбросов. {p[2]}, {p[0]}", f"{p[3]}, {p[1]}. Жол берілетін шығарындылар нормативтерінің жобасы", ""))
        doc.p(g("Предприятие выпускает напорные трубы из ПЭ-100 и ПВХ и рукавную пленку; режим работы – 250 суток в год в две смены. Выбросы "
                "приведены в виде матрицы «вещество – источник».",
                "Кәсіпорын ПЭ-100 және ПВХ-дан қысымды құбырлар мен жең пленкасын шығарады; жұмыс режимі – жылына 250 тәулік, екі ауысым. "
                "Шығарындылар «зат – көз» матрицасы түрінде келтірілген.", ""))
        cols = [(n, (s_ru, s_kk)[L], codes, hours) for n, s_ru, s_kk, codes, hours in PIPE_SOURCES]
    codes_all = list(dict.fromkeys(c for col in cols for c in col[2]))
    n = len(cols)
    if vi:
        rows = [["Thông số", "Đơn vị", "Công đoạn phát sinh", *[None] * (n - 1), "Tổng"], [None, None, *(c[1] for c in cols), None]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + n), (0, 2 + n, 1, 2 + n)]
    else:
        rows = [[g("Код ЗВ", "ЛЗ коды", ""), g("Наименование ЗВ", "ЛЗ атауы", ""), g("Ед. изм.", "Өлш. бірл.", ""),
                 g("Источники выбросов", "Шығарынды көздері", ""), *[None] * (n - 1), g("Всего по предприятию", "Кәсіпорын бойынша барлығы", "")],
                [None, None, None, *(c[0] for c in cols), None], [None, None, None, *(c[1] for c in cols), None]]
        merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 2 + n), (0, 3 + n, 2, 3 + n)]
    dash = "-" if vi else "–"
    for c in codes_all:
        gl, tl, gsum, tsum = [], [], 0.0, 0.0
        for number, _, codes, hours in cols:
            if c not in codes:
                gl.append(dash)
                tl.append(dash)
                continue
            gs = _sig(r.uniform(*codes[c]), 3)
            ty = _sig(gs * 3600 * hours / 1e6, 3)
            gl.append(num(gs, doc.lang))
            tl.append(num(ty, doc.lang))
            gsum, tsum = gsum + gs, tsum + ty
            doc.add("emissions", emission(c, gs, ty, number))
        start = len(rows)
        if vi:
            rows.append([VN_GAS[c], "g/s", *gl, num(round(gsum, 6), "vi")])
            rows.append([None, "tấn/năm", *tl, num(round(tsum, 6), "vi")])
        else:
            rows.append([c, _air(doc, c), g("г/с", "г/с", ""), *gl, num(round(gsum, 6), doc.lang)])
            rows.append([None, None, g("т/год", "т/жыл", ""), *tl, num(round(tsum, 6), doc.lang)])
            merges.append((start, 1, start + 1, 1))
        merges.append((start, 0, start + 1, 0))
    if not vi:
        doc.add("sources", *({"number": col[0], "type": _kind(col[0])} for col in cols))
    doc.table(g("Таблица 3.1 – Выбросы загрязняющих веществ по источникам (матрица)", "3.1-кесте – Көздер бойынша ластаушы заттар шығарындылары (матрица)",
                "Bảng 3.2. Tải lượng khí thải theo công đoạn sản xuất"), rows, merges, role="emissions")
    doc.p(g("Прочерк – вещество источником не выделяется. Винилхлорид и гидрохлорид выделяются только при переработке ПВХ.",
            "Сызықша – зат көзден бөлінбейді. Винилхлорид пен гидрохлорид тек ПВХ өңдеу кезінде бөлінеді.",
            "Ghi chú: dấu \"-\" – công đoạn không phát sinh thông số; HCl phát sinh do lẫn phế liệu PVC trong nguyên liệu đầu vào."))
    maybe_distractor(doc)


# ---------------------------------------------------------------- wastes

# (RU, KK, share of the tyres' mass in %, RU class, KK class, code or None, RU way, KK way)
PYRO_BALANCE = (
    (("Продукция и энергоресурсы", "Өнім және энергетикалық ресурстар"), (
        ("Жидкое пиролизное топливо (СТ ТОО 1457-2022)", "Сұйық пиролиз отыны (СТ ТОО 1457-2022)", 41.0, "продукция", "өнім", None,
         "реализация потребителям", "тұтынушыларға сату"),
        ("Пирокарбон (технический углерод вторичный марки П-803В)", "Пирокөміртек (П-803В маркалы қайталама техникалық көміртек)", 32.0, "продукция", "өнім",
         None, "реализация заводам РТИ", "РТИ зауыттарына сату"),
        ("Пиролизный газ", "Пиролиз газы", 10.0, "энергоресурс", "энергетикалық ресурс", None, "сжигается в топках реакторов",
         "реакторлардың оттықтарында жағылады"),
        ("Потери (влага, неконденсируемые газы)", "Шығындар (ылғал, конденсацияланбайтын газдар)", 1.5, "потери", "шығындар", None, "–", "–"))),
    (("Отходы производства", "Өндіріс қалдықтары"), (
        ("Металлокорд (стальная проволока шин)", "Металл корд (шиналардың болат сымы)", 13.5, "отход", "қалдық", "19 12 02",
         "передача ТОО «Казвторчермет» на переработку", "қайта өңдеуге «Қазвторчермет» ЖШС-ға беру"),
        ("Кубовый остаток и шлам от чистки реакторов и емкостей", "Реакторлар мен ыдыстарды тазалаудан шыққан текше қалдығы мен шлам", 1.2, "отход",
         "қалдық", "19 01 17*", "передача на термическое обезвреживание по договору", "шарт бойынша термиялық залалсыздандыруға беру"),
        ("Некондиционная пыль пирокарбона из рукавного фильтра", "Жеңді сүзгіден шыққан кондицияға сай емес пирокөміртек шаңы", 0.8, "отход",
         "қалдық", "19 01 18", "передача на полигон промышленных отходов", "өнеркәсіп қалдықтары полигонына беру"))),
)  # fmt: skip
# (section, [(VI name, share %, class, is waste, way)])
VN_SVR_BALANCE = (
    ("I. SẢN PHẨM", (("Cao su khối SVR 10, SVR 20", 54.0, "Sản phẩm", False, "Tiêu thụ trong nước và xuất khẩu"),)),
    ("II. NƯỚC, CHẤT THẢI VÀ HAO HỤT", (
        ("Nước tách ra ở công đoạn cán, kéo và hơi nước bay ra khi sấy", 41.0, "Nước thải, hơi nước", False, "Dẫn về hệ thống xử lý nước thải"),
        ("Mủ vụn thu hồi tại bể gạn mủ và mương thu hồi", 0.8, "Thu hồi nội bộ", False, "Đưa lại dây chuyền chế biến"),
        ("Tạp chất (đất, cát, lá, vỏ cây) tách ra ở công đoạn cắt, cán rửa", 3.2, "Chất thải rắn công nghiệp thông thường", True,
         "Chuyển giao đơn vị có chức năng xử lý"),
        ("Bùn cát lắng tại hố thu cát và mương dẫn nước thải", 1.0, "Chất thải rắn công nghiệp thông thường", True, "Chuyển giao đơn vị có chức năng xử lý"))),
)  # fmt: skip


def wastes_ie1(doc: Doc) -> None:
    """The material balance of a tyre pyrolysis plant, where the tyres taken in are given only in the sentence above the table
    and every output has its share of the tyres' mass, the tonnes a year and a column saying what it is — product,
    energy resource, losses or waste — under two section rows; only the rows classed as waste carry a code and are items
    (the steel cord, the still bottoms and the off-grade carbon dust), the fuel oil and the pyrolytic carbon being products
    with tonnages as large (VI: the balance of a block-rubber plant working cup lump, the product, the water pressed out
    and dried off, the crumbs taken back into the line and the two solid wastes, ordinary and without codes)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        plant, company = VN_LATEX[2][:2]
        raw = r.randint(9, 12) * 1000
        doc.h(f"BÁO CÁO ĐỀ XUẤT CẤP GIẤY PHÉP MÔI TRƯỜNG – {plant.upper()}")
        doc.h("1.4. Cân bằng vật chất của dây chuyền chế biến cao su khối")
        doc.p(f"Chủ cơ sở: {company}. Nguyên liệu là mủ đông, mủ tạp (DRC bình quân 55%) với khối lượng {num(raw, 'vi')} tấn/năm. Tỷ lệ các "
              "dòng ra được tính theo khối lượng nguyên liệu đưa vào.")
        rows = [["TT", "Dòng ra", "Tỷ lệ (%)", "Khối lượng (tấn/năm)", "Phân loại", "Hướng xử lý, tiêu thụ"]]
        merges: list = []
        k = 0
        for section, items in VN_SVR_BALANCE:
            _span(rows, merges, section, 6)
            for name, share, cls, waste, way in items:
                k += 1
                t = round(raw * share / 100, 1)
                rows.append([str(k), name, num(share, "vi"), num(t, "vi"), cls, way])
                if waste:
                    doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": t, "name_contains": _words(name, 4)})
        rows.append(["", "Tổng cộng", "100", num(raw, "vi"), "", ""])
        doc.table("Bảng 1.5. Cân bằng vật chất", rows, merges, role="wastes")
        doc.p("Ghi chú: mủ vụn thu hồi được đưa trở lại công đoạn cán, không phải là chất thải.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    p = RECYCLERS[1]
    raw = r.randint(62, 76) * 100
    doc.h(g(f"Программа управления отходами на 2026–2035 годы. {p[2]}, {p[0]}", f"{p[3]}, {p[1]}. 2026–2035 жылдарға арналған қалдықтарды басқару бағдарламасы", ""))
    doc.h(g("2.2. Материальный баланс установки пиролиза", "2.2. Пиролиз қондырғысының материалдық балансы", ""))
    doc.p(g(f"На переработку принимаются изношенные шины легковых и грузовых автомобилей в количестве {num(raw, 'ru')} т/год (фактически за 2025 год); "
            "выход продуктов пиролиза и отходов определен по данным опытной эксплуатации реакторов.",
            f"Қайта өңдеуге жеңіл және жүк автомобильдерінің тозған шиналары жылына {num(raw, 'kk')} т мөлшерінде қабылданады (2025 жылы іс жүзінде); "
            "пиролиз өнімдері мен қалдықтарының шығымы реакторларды тәжірибелік пайдалану деректері бойынша анықталды.", ""))
    rows = [g(["№", "Наименование", "Выход, % от массы шин", "Количество, т/год", "Классификация", "Код отхода", "Направление"],
              ["№", "Атауы", "Шығымы, шиналар массасынан %", "Мөлшері, т/жыл", "Жіктелуі", "Қалдық коды", "Бағыты"], [])]
    merges = []
    for s, ((s_ru, s_kk), items) in enumerate(PYRO_BALANCE, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 7)
        for k, (n_ru, n_kk, share, c_ru, c_kk, code, w_ru, w_kk) in enumerate(items, 1):
            t = round(raw * share / 100, 1)
            name = (n_ru, n_kk)[L]
            rows.append([f"{s}.{k}", name, num(share, doc.lang), num(t, doc.lang), (c_ru, c_kk)[L], code or "–", (w_ru, w_kk)[L]])
            if code:
                doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": t,
                                   "name_contains": _words(name.split(" (")[0], 3)})
    rows.append(["", g("Итого", "Барлығы", ""), "100", num(raw, doc.lang), "", "", ""])
    doc.table(g("Таблица 2.2 – Материальный баланс переработки изношенных шин", "2.2-кесте – Тозған шиналарды қайта өңдеудің материалдық балансы", ""),
              rows, merges, role="wastes")
    doc.p(g("Пиролизное топливо и пирокарбон являются продукцией, выпускаемой по стандартам организации, и отходами не являются.",
            "Пиролиз отыны мен пирокөміртек ұйым стандарттары бойынша шығарылатын өнім болып табылады және қалдық емес.", ""))
    maybe_distractor(doc)


# (RU name, KK name, code, RU origin, KK origin, RU properties, KK properties, [(RU, KK, %)], RU state, KK state, (low, high) t, RU way, KK way)
PASSPORTS = (
    ("Отработанные гидравлические масла", "Пайдаланылған гидравликалық майлар", "13 01 10*",
     "замена масла в гидросистемах вулканизационных прессов", "вулкандау престерінің гидрожүйелеріндегі майды ауыстыру",
     "HP 5 – специфическая токсичность; HP 14 – экотоксичность", "HP 5 – ерекше уыттылық; HP 14 – экоуыттылық",
     (("масло минеральное", "минералды май", 93), ("вода", "су", 4), ("механические примеси", "механикалық қоспалар", 3)),
     "жидкое", "сұйық", (2.4, 6.0), "передача на регенерацию (R9) по договору", "шарт бойынша регенерацияға беру (R9)"),
    ("Отходы бензина-растворителя", "Еріткіш-бензин қалдықтары", "14 06 03*",
     "промывка оборудования клеевого участка и приготовление резинового клея", "желім учаскесінің жабдығын жуу және резеңке желімін дайындау",
     "HP 3 – огнеопасность; HP 4 – раздражающее действие", "HP 3 – өрт қауіптілігі; HP 4 – тітіркендіргіш әсер",
     (("бензин-растворитель БР-1", "БР-1 еріткіш-бензин", 86), ("каучук", "каучук", 9), ("смолы, наполнители", "шайырлар, толтырғыштар", 5)),
     "жидкое", "сұйық", (0.6, 2.0), "передача на термическое обезвреживание (D10)", "термиялық залалсыздандыруға беру (D10)"),
    ("Ветошь, загрязненная маслами и резиновым клеем", "Майлармен және резеңке желіммен ластанған шүберек", "15 02 02*",
     "обслуживание прессов, вальцев и каландров", "престерге, біліктерге және каландрларға қызмет көрсету",
     "HP 3 – огнеопасность; HP 14 – экотоксичность", "HP 3 – өрт қауіптілігі; HP 14 – экоуыттылық",
     (("текстиль (хлопок)", "тоқыма (мақта)", 72), ("нефтепродукты", "мұнай өнімдері", 17), ("каучук, клей", "каучук, желім", 6), ("влага", "ылғал", 5)),
     "твердое", "қатты", (0.3, 1.2), "передача на термическое обезвреживание (D10)", "термиялық залалсыздандыруға беру (D10)"),
)  # fmt: skip
# (vocab code, tail of the name, state, (low, high) kg, treatment)
VN_MANIFESTS = (
    (("18 01 03", " (can nhựa đựng axit fomic, axit sunfuric)", "Rắn", (150, 420), "TC"), ("18 02 01", "", "Rắn", (40, 160), "TĐ"),
     ("17 02 03", "", "Lỏng", (60, 220), "TC")),
    (("18 01 03", " (can nhựa đựng axit fomic, axit sunfuric)", "Rắn", (120, 380), "TC"), ("16 01 06", "", "Rắn", (5, 25), "HR"),
     ("19 06 01", "", "Rắn", (30, 120), "TC")),
)


def wastes_ie2(doc: Doc) -> None:
    """The passports of a rubber-goods factory's hazardous wastes, one small table per waste with no header row — the name,
    the code, where it comes from, its hazardous properties, its composition in per cent on sub-rows under a row spanning
    the table, its state, the tonnes a year and the way it is handled — the percentages being no amounts and the generator
    named once in the text above (VI: two manifests of hazardous waste handed by a latex plant to a licensed company, the
    parties and their management codes in the text, each manifest's list in kilograms, the same code in both)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        plant, company = doc.pick(VN_LATEX)[:2]
        doc.h(f"HỒ SƠ CHUYỂN GIAO CHẤT THẢI NGUY HẠI NĂM 2025 – {plant.upper()}")
        doc.p(f"Chủ nguồn thải: {company}. Chủ xử lý: Công ty TNHH Môi trường Xanh Đông Nam Bộ, mã số QLCTNH 1-2-3-4-5-6.{r.randint(10, 99)}.VX. "
              "Chủ vận chuyển: chính chủ xử lý. Dưới đây là phần danh sách chất thải của các chứng từ chất thải nguy hại đã ký trong năm.")
        first = r.randint(40, 300)
        for m, items in enumerate(VN_MANIFESTS, 1):
            rows = [["TT", "Tên chất thải", "Mã CTNH", "Trạng thái tồn tại", "Số lượng (kg)", "Phương pháp xử lý"]]
            for k, (code, tail, state, (lo, hi), how) in enumerate(items, 1):
                base = next(n for c, n, _ in vocab.VN_CTNH if c == code)
                kg = r.randint(lo, hi)
                rows.append([str(k), base + tail, code, state, num(kg, "vi"), how])
                doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": kg / 1000, "name_contains": base})
            doc.table(f"Chứng từ CTNH số {first + (m - 1) * r.randint(60, 200)}/2025/VX ngày {r.randint(1, 28):02d}/{(5, 11)[m - 1]:02d}/2025 – danh sách CTNH chuyển giao",
                      rows, role="wastes")
        doc.p("Ký hiệu phương pháp xử lý: TC – tái chế; TĐ – thiêu đốt; HR – hóa rắn.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    p = NEW_PLANTS[2]
    doc.h(g(f"Паспорта опасных отходов. {p[2]}", f"{p[3]}. Қауіпті қалдықтардың паспорттары", ""))
    doc.p(g(f"Образователь отходов – {p[2]}, {p[4]}. Паспорта составлены в соответствии со статьей 343 Экологического кодекса Республики "
            "Казахстан и подлежат пересмотру при изменении технологического процесса.",
            f"Қалдықтарды түзуші – {p[3]}, {p[5]}. Паспорттар Қазақстан Республикасы Экология кодексінің 343-бабына сәйкес жасалды және "
            "технологиялық процесс өзгерген кезде қайта қаралуға тиіс.", ""))
    for k, w in enumerate(PASSPORTS, 1):
        name, code, origin, props, comp, state, (lo, hi), way = w[L], w[2], w[3 + L], w[5 + L], w[7], w[8 + L], w[10], w[11 + L]
        t = round(r.uniform(lo, hi), 2)
        rows = [[g("1. Наименование отхода", "1. Қалдықтың атауы", ""), name],
                [g("2. Код отхода по классификатору", "2. Сыныптауыш бойынша қалдық коды", ""), code],
                [g("3. Происхождение (технологический процесс)", "3. Шығу тегі (технологиялық процесс)", ""), origin],
                [g("4. Опасные свойства", "4. Қауіпті қасиеттері", ""), props]]
        merges: list = []
        _span(rows, merges, g("5. Химический состав, % масс.", "5. Химиялық құрамы, масс. %", ""), 2)
        rows += [[f"– {(c_ru, c_kk)[L]}", num(pct, doc.lang)] for c_ru, c_kk, pct in comp]
        rows += [[g("6. Агрегатное состояние", "6. Агрегаттық күйі", ""), state],
                 [g("7. Количество образования, т/год", "7. Түзілу мөлшері, т/жыл", ""), num(t, doc.lang)],
                 [g("8. Рекомендуемый способ управления", "8. Ұсынылатын басқару тәсілі", ""), way]]
        doc.table(g(f"Паспорт опасного отхода № {k}", f"№ {k} қауіпті қалдық паспорты", ""), rows, merges, role="wastes")
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": True, "amount_t": t, "name_contains": _words(name, 2)})
    maybe_distractor(doc)


# ---------------------------------------------------------------- limits

# symbol: (RU, KK, ПДК mg/kg or None, (low, high) share of the ПДК at the fire's centre)
FIRE_SOIL = {
    "Zn": ("Цинк (подвижная форма)", "Мырыш (жылжымалы түрі)", 23, (1.5, 4.0)),
    "Pb": ("Свинец (валовая форма)", "Қорғасын (жалпы түрі)", 32, (0.4, 1.2)),
    "Cu": ("Медь (подвижная форма)", "Мыс (жылжымалы түрі)", 3, (0.8, 2.2)),
    "Cd": ("Кадмий (валовая форма)", "Кадмий (жалпы түрі)", None, (0.4, 1.6)),
    "TPH": ("Нефтепродукты", "Мұнай өнімдері", None, (300, 1800)),
}
# (point, RU place, KK place, factor of the centre's level)
FIRE_POINTS = (
    ("ПП-1", "очаг пожара, центр площадки хранения", "өрт ошағы, сақтау алаңының орталығы", 1.0),
    ("ПП-2", "50 м с подветренной стороны (СВ)", "ық жағынан 50 м (СШ)", 0.55),
    ("ПП-3", "200 м с подветренной стороны (СВ)", "ық жағынан 200 м (СШ)", 0.3),
    ("ПП-4", "ливневая канава у южного ограждения", "оңтүстік қоршау жанындағы нөсер арығы", 0.7),
    ("ПП-5", "фон, 2 км к ЮЗ", "фон, ОБ қарай 2 км", 0.12),
)
# symbol: (VI, QCVN 03-MT:2015/BTNMT agricultural land mg/kg, (low, high) share)
VN_VILLAGE_SOIL = {"Pb": ("Chì (Pb)", 70, (0.3, 1.3)), "Cd": ("Cadimi (Cd)", 1.5, (0.2, 1.1)), "Zn": ("Kẽm (Zn)", 200, (0.2, 0.9)),
                   "Cu": ("Đồng (Cu)", 100, (0.1, 0.6)), "Cr": ("Crom (Cr)", 150, (0.1, 0.5))}
VN_VILLAGE_POINTS = (("Đ1", "Ruộng lúa sát bãi đốt phế liệu nhựa", 1.0), ("Đ2", "Ruộng lúa cách khu sản xuất 150 m", 0.6),
                     ("Đ3", "Đất bãi ven mương tiêu nội đồng", 0.8), ("Đ4", "Điểm đối chứng, cách làng nghề 1,5 km", 0.25))


def limits_ie1(doc: Doc) -> None:
    """The soil survey after a fire at a yard of worn tyres: the plots `ПП-1` … `ПП-5` with their places merged down over
    two layers, 0–5 and 5–20 cm, zinc (mobile form), lead (gross form), copper, cadmium and oil products as columns, a row
    of the ПДК under the header with `не уст.` for cadmium and oil products, whose figures are no limit items; each plot
    and layer against the ПДК, zinc above it at the fire's centre (VI: the rice fields around a plastics-recycling craft
    village where waste is burnt in the open, points `Đ1` … `Đ4` over two layers against QCVN 03-MT:2015/BTNMT for
    agricultural land)."""
    r = doc.rng
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        place = doc.pick(VN_RECYCLERS)[2]
        doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC CHẤT LƯỢNG ĐẤT KHU VỰC {place.split(',')[0].upper()}")
        doc.p(f"Đơn vị thực hiện: Trung tâm Quan trắc tài nguyên và môi trường, theo kế hoạch quan trắc môi trường làng nghề năm 2025. Địa điểm: {place}. "
              f"Ngày lấy mẫu: {_date(doc, 2025)}; mỗi vị trí lấy mẫu ở hai tầng đất.")
        keys, points, layers = list(VN_VILLAGE_SOIL), VN_VILLAGE_POINTS, ("0 – 20", "20 – 40")
        rows = [["Ký hiệu", "Vị trí lấy mẫu", "Tầng đất (cm)", *(VN_VILLAGE_SOIL[s][0] for s in keys)],
                ["QCVN 03-MT:2015/BTNMT – đất nông nghiệp (mg/kg)", None, None, *(num(VN_VILLAGE_SOIL[s][1], "vi") for s in keys)]]
    else:
        L = _L(doc)
        p = doc.pick([x for x in RECYCLERS if "пиролиз" not in x[0]])
        doc.h(g(f"Отчет об обследовании почв на месте пожара. {p[2]}, {p[0]}", f"{p[3]}, {p[1]}. Өрт орнындағы топырақты зерттеу туралы есеп", ""))
        doc.p(g(f"Пожар на открытой площадке хранения изношенных шин произошел {_date(doc, 2025)}; площадь горения – около 1 200 м². Пробы почвы "
                "отобраны аккредитованной лабораторией через 10 суток после ликвидации пожара на пяти пробных площадках в двух слоях.",
                f"Тозған шиналарды сақтайтын ашық алаңдағы өрт {_date(doc, 2025)} болды; жану ауданы – шамамен 1 200 м². Топырақ сынамаларын "
                "аккредиттелген зертхана өрт сөндірілгеннен кейін 10 тәуліктен соң бес сынама алаңында екі қабаттан алды.", ""))
        keys, points, layers = list(FIRE_SOIL), FIRE_POINTS, ("0–5", "5–20")
        rows = [[g("Пробная площадка", "Сынама алаңы", ""), g("Место отбора", "Сынама алу орны", ""), g("Глубина, см", "Тереңдігі, см", ""),
                 *(FIRE_SOIL[s][L] for s in keys)],
                [g("ПДК, мг/кг", "ШЖК, мг/кг", ""), None, None,
                 *(num(FIRE_SOIL[s][2], doc.lang) if FIRE_SOIL[s][2] else g("не уст.", "белгіл. жоқ", "") for s in keys)]]
    merges = [(1, 0, 1, 2)]
    for pt in points:
        pid, where, factor = (pt[0], pt[1], pt[2]) if vi else (pt[0], pt[1 + L], pt[3])
        start = len(rows)
        bases = {}
        for s in keys:
            pdk, (lo, hi) = (VN_VILLAGE_SOIL[s][1], VN_VILLAGE_SOIL[s][2]) if vi else (FIRE_SOIL[s][2], FIRE_SOIL[s][3])
            bases[s] = (pdk or 1) * r.uniform(lo, hi) * max(factor, 0.3 if vi else 0.12)
        for j, layer in enumerate(layers):
            line = [pid if j == 0 else None, where if j == 0 else None, layer]
            for s in keys:
                pdk = VN_VILLAGE_SOIL[s][1] if vi else FIRE_SOIL[s][2]
                v = _sig(bases[s] * (1.0 if j == 0 else r.uniform(0.35, 0.75)), 2 if s in ("Cd", "Cu") and vi else 3)
                line.append(num(v, doc.lang))
                if pdk:
                    add(doc, limit(("symbol", s), "soil", pdk, "mg/kg", "Đất nông nghiệp" if vi else None, pid, v))
            rows.append(line)
        merges += [(start, 0, start + 1, 0), (start, 1, start + 1, 1)]
    doc.table(g("Таблица 2 – Содержание загрязняющих веществ в почве, мг/кг", "2-кесте – Топырақтағы ластаушы заттардың құрамы, мг/кг",
                "Bảng 3. Kết quả phân tích kim loại nặng trong đất (mg/kg đất khô)"), rows, merges, role="limits")
    doc.p(g("Для кадмия и нефтепродуктов гигиенические нормативы в почве не установлены; их содержание сопоставлено с фоном (ПП-5).",
            "Кадмий мен мұнай өнімдері үшін топырақтағы гигиеналық нормативтер белгіленбеген; олардың құрамы фонмен (ПП-5) салыстырылды.",
            "Nhận xét: hàm lượng Pb, Cd tại vị trí Đ1 cao hơn rõ rệt so với điểm đối chứng Đ4."))
    maybe_distractor(doc)


# code: (norm now, norm from 2028) mg/Nm3
PYRO_NORMS = {"0301": (300, 200), "0330": (400, 200), "0337": (250, 150), "0328": (50, 20)}
# symbol: (VI, unit, C new, C existing or None)
QCVN01 = {"pH": ("pH", None, (6, 9), None), "BOD5": ("BOD5 (20°C)", "mg/l", 50, None), "COD": ("COD", "mg/l", 200, 250),
          "TSS": ("Tổng chất rắn lơ lửng (TSS)", "mg/l", 100, None), "TN": ("Tổng nitơ (tính theo N)", "mg/l", 60, 80),
          "NH4+": ("Amoni (NH4+ tính theo N)", "mg/l", 40, 60)}
KQ1, KF1 = 0.9, 1.0


def _cmax1(c):
    return c if isinstance(c, tuple) else _sig(c * KQ1 * KF1, 6)


def limits_ie2(doc: Doc) -> None:
    """A protocol at the furnace stacks of a tyre pyrolysis plant's reactors whose КЭР sets its technological norms in two
    steps — until 31.12.2027 and, after the best available techniques come in, from 01.01.2028 — as two columns under a
    merged header; the mean of three measurements is judged against the first step only, the second step being a limit
    with no value; each stack's number merged down over its substances (VI: a latex plant's outlet sampled once a quarter,
    the first quarter not sampled because the plant stood idle in the wintering season, against QCVN 01-MT:2015/BTNMT column
    B with Kq and Kf, COD, total nitrogen and ammonium on two sub-rows each — new and existing facilities — where a note says
    the values for new facilities apply to all since 2020)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        _limits_ie2_vi(doc)
        return
    p = RECYCLERS[1]
    doc.h(g(f"Протокол инструментальных измерений № {r.randint(100, 400)}/25. {p[2]}", f"{p[3]}. Аспаптық өлшеулер хаттамасы № {r.randint(100, 400)}/25", ""))
    doc.p(g("Измерения выполнены на дымовых трубах топок реакторов пиролиза, работающих на пиролизном газе, при нагрузке 85–95 % от номинальной; "
            "по каждому веществу выполнено три замера, в таблице приведено среднее, приведенное к нормальным условиям. Технологические "
            "нормативы приняты по комплексному экологическому разрешению, которое устанавливает их поэтапно: до 31.12.2027 и с 01.01.2028 – "
            "после внедрения наилучших доступных техник.",
            "Өлшеулер пиролиз газымен жұмыс істейтін пиролиз реакторлары оттықтарының түтін мұржаларында номиналдың 85–95 % жүктемесінде "
            "орындалды; әр зат бойынша үш өлшеу жүргізілді, кестеде қалыпты жағдайларға келтірілген орташа мән берілген. Технологиялық "
            "нормативтер оларды кезең-кезеңімен белгілейтін кешенді экологиялық рұқсат бойынша қабылданды: 31.12.2027 дейін және "
            "01.01.2028 бастап – ең үздік қолжетімді техникаларды енгізгеннен кейін.", ""))
    rows = [[g("№ ИЗА", "ЛШК №", ""), g("Загрязняющее вещество", "Ластаушы зат", ""), g("Технологический норматив, мг/Нм³", "Технологиялық норматив, мг/Нм³", ""),
             None, g("Фактическая концентрация (среднее из 3 замеров), мг/Нм³", "Нақты концентрация (3 өлшеудің орташасы), мг/Нм³", ""),
             g("Вывод", "Қорытынды", "")],
            [None, None, g("до 31.12.2027", "31.12.2027 дейін", ""), g("с 01.01.2028", "01.01.2028 бастап", ""), None, None]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)]
    stacks = (("0001", g("реакторы № 1, 2", "№ 1, 2 реакторлар", "")), ("0002", g("реакторы № 3, 4", "№ 3, 4 реакторлар", "")))
    for number, label in stacks:
        start = len(rows)
        for j, (c, (now, later)) in enumerate(PYRO_NORMS.items()):
            v = _sig(now * r.uniform(0.45, 0.92), 3)
            rows.append([f"{number}\n({label})" if j == 0 else None, _air(doc, c), num(now, doc.lang), num(later, doc.lang), num(v, doc.lang),
                         g("соответствует", "сәйкес келеді", "")])
            add(doc, limit(("code", c), "flue_gas", now, "mg/Nm3", None, number, v))
            add(doc, {k: x for k, x in limit(("code", c), "flue_gas", later, "mg/Nm3", None, number).items() if k != "value"})
        merges.append((start, 0, len(rows) - 1, 0))
    doc.table(g("Таблица 1 – Результаты измерений и технологические нормативы", "1-кесте – Өлшеу нәтижелері және технологиялық нормативтер", ""),
              rows, merges, role="limits")
    doc.add("sources", *({"number": n, "type": "organized"} for n, _ in stacks))
    doc.p(g("Вывод дан по нормативам, действующим на дату измерений.", "Қорытынды өлшеу күніне қолданыстағы нормативтер бойынша берілді.", ""))
    maybe_distractor(doc)


def _limits_ie2_vi(doc: Doc) -> None:
    r = doc.rng
    plant, company = doc.pick(VN_LATEX)[:2]
    doc.h(f"BÁO CÁO KẾT QUẢ QUAN TRẮC NƯỚC THẢI ĐỊNH KỲ NĂM 2025 – {plant.upper()}")
    doc.p(f"Chủ cơ sở: {company}. Vị trí lấy mẫu NT1 – hố ga sau hồ sinh học cuối, trước khi xả ra suối tiếp nhận. Quy chuẩn so sánh: QCVN "
          f"01-MT:2015/BTNMT, cột B, với Kq = {f'{KQ1:.1f}'.replace('.', ',')} (suối có lưu lượng dưới 50 m³/s) và Kf = {f'{KF1:.1f}'.replace('.', ',')} (lưu lượng xả từ 500 đến "
          "5.000 m³/ngày.đêm).")
    keys = list(QCVN01)
    rows = [["TT", "Thông số", "Đơn vị", "Kết quả tại NT1", None, None, None, "QCVN 01-MT:2015/BTNMT cột B (Cmax)", None],
            [None, None, None, "Đợt 1 (03/2025)", "Đợt 2 (06/2025)", "Đợt 3 (09/2025)", "Đợt 4 (12/2025)", "Áp dụng cho", "Giá trị"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 6), (0, 7, 0, 8)]
    first = len(rows)
    for k, s in enumerate(keys, 1):
        label, unit, new, old = QCVN01[s]
        lim = _cmax1(new)
        vals = []
        for _ in range(3):
            if s == "pH":
                vals.append(round(r.uniform(6.4, 7.9), 1))
            else:
                vals.append(_sig(lim * r.uniform(0.3, 0.92), 3))
        for v in vals:
            add(doc, limit(("symbol", s), "waste_water", lim, unit, "B", "NT1", v))
        limit_text = f"{num(new[0], 'vi')} – {num(new[1], 'vi')}" if isinstance(new, tuple) else num(lim, "vi")
        start = len(rows)
        rows.append([str(k), label, unit or "-", None if k > 1 else "Không lấy mẫu – nhà máy tạm dừng sản xuất (mùa cây rụng lá, nghỉ cạo)",
                     *(num(v, "vi") for v in vals), "Cơ sở mới (*)" if old else "Tất cả cơ sở", limit_text])
        if old:
            rows.append([None, None, None, None, None, None, None, "Cơ sở đang hoạt động", num(_cmax1(old), "vi")])
            merges += [(start, c, start + 1, c) for c in (0, 1, 2, 4, 5, 6)]
    merges.append((first, 3, len(rows) - 1, 3))
    doc.table("Bảng 2. Kết quả phân tích nước thải sau xử lý", rows, merges, role="limits")
    doc.p("(*) Theo mục 2.1 của QCVN 01-MT:2015/BTNMT, kể từ ngày 01 tháng 01 năm 2020 áp dụng giá trị quy định cho cơ sở mới đối với tất cả các "
          "cơ sở sơ chế cao su thiên nhiên; giá trị cho cơ sở đang hoạt động chỉ ghi lại để đối chiếu với các kỳ báo cáo trước.")
    maybe_distractor(doc)


# ---------------------------------------------------------------- monitoring

# (cell, numbers or points, is a point, RU place, KK place, codes, frequency)
RTI_PLAN = (
    ("0001–0004", ("0001", "0002", "0003", "0004"), False, "Вулканизационные прессы № 1–4 (местные отсосы)", "№ 1–4 вулкандау престері (жергілікті сорғыштар)",
     ("0333", "0330", "0337"), "quarterly"),
    ("0005, 0006", ("0005", "0006"), False, "Резиносмесители РС-250 № 1, 2 (рукавные фильтры)", "№ 1, 2 РС-250 резеңке араластырғыштары (жеңді сүзгілер)",
     ("0328", "0207"), "quarterly"),
    ("0007", ("0007",), False, "Клеевой участок (вытяжной шкаф)", "Желім учаскесі (сорып шығару шкафы)", ("2704", "1240"), "semiannual"),
    ("0008–0010", ("0008", "0009", "0010"), False, "Паровые котлы ДЕ-4-14ГМ № 1–3 (природный газ)", "№ 1–3 ДЕ-4-14ГМ бу қазандары (табиғи газ)",
     ("0301", "0304", "0337"), "semiannual"),
    ("Т-1 – Т-4", ("Т-1", "Т-2", "Т-3", "Т-4"), True, "Граница СЗЗ (300 м) по четырем румбам", "СҚА шекарасы (300 м) төрт румб бойынша",
     ("0333", "0328", "0301"), "quarterly"),
)  # fmt: skip
# (cell, points, VI place, [(kind, key)], frequency)
VN_SVR_PLAN = (
    ("KT1 ÷ KT3", ("KT1", "KT2", "KT3"), "Ống khói lò sấy cao su số 1 ÷ số 3", [("code", "2902"), ("code", "0330"), ("code", "0301"), ("code", "0337")],
     "quarterly"),
    ("KK1 ÷ KK4", ("KK1", "KK2", "KK3", "KK4"), "Không khí xung quanh: cổng nhà máy, hàng rào phía Bắc, khu dân cư ấp 4, trường tiểu học",
     [("code", "0303"), ("code", "0333"), ("code", "2902")], "semiannual"),
    ("NT1, NT2", ("NT1", "NT2"), "Nước thải đầu vào bể gạn mủ và đầu ra hồ sinh học cuối",
     [("symbol", s) for s in ("pH", "BOD5", "COD", "TSS", "TN", "NH4+")], "quarterly"),
    ("NM1 ÷ NM2", ("NM1", "NM2"), "Nước mặt suối tiếp nhận, thượng lưu và hạ lưu điểm xả 200 m",
     [("symbol", s) for s in ("pH", "BOD5", "COD", "TSS", "NH4+")], "semiannual"),
)  # fmt: skip


def monitoring_ie1(doc: Doc) -> None:
    """A rubber-goods factory's plan-graph of control at its sources where one row covers a run of sources written as a
    range — `0001–0004` for four vulcanising presses, `0008–0010` for three boilers — or a list `0005, 0006`, and the
    boundary points as `Т-1 – Т-4`; each source and point of the range carries the row's substances, written `код –
    наименование`, at the row's frequency (VI: a block-rubber plant's programme in its permit with `KT1 ÷ KT3`, `KK1 ÷ KK4`,
    `NM1 ÷ NM2` and `NT1, NT2`)."""
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        plant, company = doc.pick(VN_LATEX)[:2]
        doc.h(f"CHƯƠNG TRÌNH QUAN TRẮC MÔI TRƯỜNG ĐỊNH KỲ – {plant.upper()}")
        doc.p(f"Chủ cơ sở: {company}. Chương trình được thực hiện theo nội dung giấy phép môi trường đã được cấp; vị trí các điểm thể hiện trên sơ "
              "đồ tại Phụ lục 2.")
        rows = [["Ký hiệu điểm", "Vị trí quan trắc", "Thông số", "Tần suất", "Quy chuẩn so sánh"]]
        stds = ("QCVN 19:2009/BTNMT cột B", "QCVN 05:2023/BTNMT; QCVN 06:2009/BTNMT", "QCVN 01-MT:2015/BTNMT cột B", "QCVN 08:2023/BTNMT")
        for (cell, pts, place, items, word), std in zip(VN_SVR_PLAN, stds, strict=True):
            rows.append([cell, place, ", ".join(_pname(doc, kind, key) for kind, key in items), freq(doc, word), std])
            doc.add("monitoring", *({"point": p, kind: key, "frequency": word} for p in pts for kind, key in items))
        doc.table("Bảng 5.1. Vị trí, thông số và tần suất quan trắc", rows, role="monitoring")
        doc.p("Ghi chú: dấu \"÷\" chỉ các điểm liên tiếp (ví dụ KT1 ÷ KT3 gồm KT1, KT2 và KT3); mỗi điểm lấy 01 mẫu đơn.")
        maybe_distractor(doc)
        return
    L = _L(doc)
    p = NEW_PLANTS[2]
    doc.h(g(f"Программа производственного экологического контроля на 2026–2028 годы. {p[2]}",
            f"{p[3]}. 2026–2028 жылдарға арналған өндірістік экологиялық бақылау бағдарламасы", ""))
    doc.h(g("6. План-график контроля на источниках выбросов и на границе СЗЗ", "6. Шығарынды көздеріндегі және СҚА шекарасындағы бақылаудың жоспар-кестесі", ""))
    doc.p(g("Однотипные источники, оборудованные одинаковыми системами вытяжки, объединены в одну строку; контроль проводится на каждом источнике "
            "указанного диапазона.",
            "Бірдей сорып шығару жүйелерімен жабдықталған бір типті көздер бір жолға біріктірілген; бақылау көрсетілген ауқымның әр көзінде "
            "жүргізіледі.", ""))
    lab = g("аккредитованная лаборатория (по договору)", "аккредиттелген зертхана (шарт бойынша)", "")
    rows = [g(["№ ИЗА, точки", "Источник, место контроля", "Контролируемые вещества (код – наименование)", "Периодичность", "Метод контроля", "Исполнитель"],
              ["ЛШК, нүкте №", "Көз, бақылау орны", "Бақыланатын заттар (коды – атауы)", "Кезеңділігі", "Бақылау әдісі", "Орындаушы"], [])]
    pairs, numbers = [], []
    for cell, where, is_point, p_ru, p_kk, codes, word in RTI_PLAN:
        method = g("инструментальный", "аспаптық", "") if not is_point else g("отбор проб атмосферного воздуха", "атмосфералық ауа сынамасын алу", "")
        rows.append([cell, (p_ru, p_kk)[L], "; ".join(f"{c} – {_air(doc, c)}" for c in codes), freq(doc, word), method, lab])
        for w in where:
            for c in codes:
                doc.add("monitoring", {"point" if is_point else "source_number": w, "code": c, "frequency": word})
                if not is_point:
                    pairs.append((w, c))
            if not is_point:
                numbers.append(w)
    doc.table(g("Таблица 6.1 – План-график контроля", "6.1-кесте – Бақылаудың жоспар-кестесі", ""), rows, role="monitoring")
    doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
    doc.add("emissions", *(emission(c, None, None, s) for s, c in pairs))
    doc.p(g("Запись «0001–0004» означает источники 0001, 0002, 0003 и 0004.", "«0001–0004» жазбасы 0001, 0002, 0003 және 0004 көздерін білдіреді.", ""))
    maybe_distractor(doc)


# (cell, sources or points, is a point, RU place, KK place, {air codes}, {water symbols}, frequency, RU said, KK said)
PET_MATRIX = (
    ("0001", ("0001",), False, "Аспирация дробилки и агломератора ПЭТ", "ПЭТ ұсатқышы мен агломераторының аспирациясы", ("2902",), (), "quarterly", None, None),
    ("0002", ("0002",), False, "Дымовая труба парового котла (природный газ)", "Бу қазандығының түтін мұржасы (табиғи газ)", ("0301", "0337"), (),
     "semiannual", None, None),
    ("0003", ("0003",), False, "Кристаллизатор-сушилка ПЭТ-флекса", "ПЭТ-флекс кристаллизатор-кептіргіші", ("1317", "1555"), (), "quarterly", None, None),
    ("Т-1, Т-2", ("Т-1", "Т-2"), True, "Граница СЗЗ (север, юг)", "СҚА шекарасы (солтүстік, оңтүстік)", ("2902", "0301", "1317"), (), "quarterly", None, None),
    ("КК-1", ("КК-1",), True, "Выпуск моечных вод в городскую канализацию", "Жуу суларын қалалық кәрізге шығару", (), ("pH", "TSS", "COD", "Surfactants", "TPH"),
     "monthly", "ежемесячно; при превышении допустимых концентраций – еженедельно до устранения",
     "ай сайын; жол берілетін концентрациялардан асқан кезде – жойылғанға дейін апта сайын"),
    ("ЛК-1", ("ЛК-1",), True, "Выпуск ливневых стоков с площадки хранения кип", "Буылған бөтелке тайларын сақтау алаңынан нөсер ағындарын шығару", (), ("pH", "TSS", "TPH"),
     "quarterly", "1 раз в квартал (апрель – октябрь)", "тоқсанына 1 рет (сәуір – қазан)"),
)  # fmt: skip
PET_AIR = ("2902", "0301", "0337", "1317", "1555")
PET_WATER = ("pH", "TSS", "COD", "Surfactants", "TPH")
# (point, VI place, {air codes}, {water symbols}, frequency)
VN_VILLAGE_MATRIX = (
    ("KK1", "Khu dân cư giữa làng nghề (nhà văn hóa thôn)", ("2902", "0337", "0330", "0301", "0602", "0621"), (), "quarterly"),
    ("KK2", "Khu vực bãi tập kết, phân loại phế liệu nhựa", ("2902", "0602", "0621", "0316"), (), "quarterly"),
    ("NT1", "Cống thoát nước chung cuối làng, trước khi chảy ra sông", (), ("pH", "COD", "TSS", "TPH", "NH4+"), "semiannual"),
    ("NM1", "Mương tiêu nội đồng, cách cống xả 100 m về hạ lưu", (), ("pH", "BOD5", "COD", "TSS", "NH4+"), "semiannual"),
)
VN_AIR_COLS = ("2902", "0337", "0330", "0301", "0602", "0621", "0316")
VN_WATER_COLS = ("pH", "BOD5", "COD", "TSS", "NH4+", "TPH")


def monitoring_ie2(doc: Doc) -> None:
    """A PET-bottle recycler's monitoring programme as a check-mark matrix: the places of control as rows, the substances
    as columns under two merged groups — air (dust, nitrogen dioxide, carbon monoxide, acetaldehyde, acetic acid) and waste
    water (pH, suspended solids, COD, surfactants, oil products) — `+` where a substance is controlled and `–` where not,
    the frequency in the last column, at the sewer outlet with a tighter frequency after an exceedance that is no
    frequency of the plan (VI: a commune's programme of monitoring in a plastics-recycling craft village, `x` marks and
    empty cells, points `KK1`, `KK2`, `NT1`, `NM1`)."""
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        place = doc.pick(VN_RECYCLERS)[2]
        commune = place.split(", ")[1]
        doc.h(f"KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG LÀNG NGHỀ NĂM 2026 – {place.split(',')[0].upper()}")
        doc.p(f"Ủy ban nhân dân {commune} phối hợp với Trung tâm Quan trắc tài nguyên và môi trường thực hiện quan trắc chất lượng môi trường "
              "làng nghề theo Thông tư số 02/2022/TT-BTNMT; kinh phí từ nguồn sự nghiệp môi trường.")
        air, water, plan = VN_AIR_COLS, VN_WATER_COLS, [(p, (p,), False, place_, a, w, word, None) for p, place_, a, w, word in VN_VILLAGE_MATRIX]
        yes, no = "x", ""
        rows = [["Ký hiệu", "Vị trí", "Không khí xung quanh", *[None] * (len(air) - 1), "Nước thải, nước mặt", *[None] * (len(water) - 1), "Tần suất"],
                [None, None, *(_pname(doc, "code", c) for c in air), *(_pname(doc, "symbol", s) for s in water), None]]
    else:
        L = _L(doc)
        p = NEW_PLANTS[1]
        doc.h(g(f"Программа производственного экологического контроля. {p[2]}", f"{p[3]}. Өндірістік экологиялық бақылау бағдарламасы", ""))
        doc.p(g("Линия перерабатывает ПЭТ-бутылки в хлопья (флекс) с горячей мойкой раствором щелочи и моющих средств; моечные воды после "
                "локальной очистки сбрасываются в городскую канализацию.",
                "Желі ПЭТ-бөтелкелерді сілті мен жуғыш заттар ерітіндісімен ыстық жуу арқылы үлпектерге (флекс) өңдейді; жуу сулары жергілікті "
                "тазартудан кейін қалалық кәрізге төгіледі.", ""))
        air, water = PET_AIR, PET_WATER
        plan = [(c, w, pt, (p_ru, p_kk)[L], a, ws, word, (s_ru, s_kk)[L] if s_ru else None) for c, w, pt, p_ru, p_kk, a, ws, word, s_ru, s_kk in PET_MATRIX]
        yes, no = "+", "–"
        rows = [[g("№ ИЗА, точки", "ЛШК, нүкте №", ""), g("Место контроля", "Бақылау орны", ""), g("Выбросы и атмосферный воздух", "Шығарындылар және атмосфералық ауа", ""),
                 *[None] * (len(air) - 1), g("Сточные воды", "Сарқынды сулар", ""), *[None] * (len(water) - 1), g("Периодичность", "Кезеңділігі", "")],
                [None, None, *(f"{_air(doc, c).split(' (')[0]} ({c})" for c in air), *(_pname(doc, "symbol", s) for s in water), None]]
    width = 3 + len(air) + len(water)
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 1 + len(air)), (0, 2 + len(air), 0, 1 + len(air) + len(water)), (0, width - 1, 1, width - 1)]
    pairs, numbers = [], []
    for cell, where, is_point, place_, a, ws, word, said in plan:
        rows.append([cell, place_, *(yes if c in a else no for c in air), *(yes if s in ws else no for s in water), said or freq(doc, word)])
        for w in where:
            key = "point" if is_point or vi else "source_number"
            doc.add("monitoring", *({key: w, "code": c, "frequency": word} for c in a), *({key: w, "symbol": s, "frequency": word} for s in ws))
            if key == "source_number":
                numbers.append(w)
                pairs += [(w, c) for c in a]
    doc.table(g("Таблица 5 – Перечень контролируемых показателей и периодичность", "5-кесте – Бақыланатын көрсеткіштердің тізбесі және кезеңділігі",
                "Bảng 2. Vị trí, thông số và tần suất quan trắc"), rows, merges, role="monitoring")
    if not vi:
        doc.add("sources", *({"number": n, "type": "organized"} for n in numbers))
        doc.add("emissions", *(emission(c, None, None, s) for s, c in pairs))
    doc.p(g("«+» – показатель контролируется; «–» – не контролируется.", "«+» – көрсеткіш бақыланады; «–» – бақыланбайды.",
            "Ghi chú: \"x\" – có quan trắc thông số."))
    maybe_distractor(doc)


# ---------------------------------------------------------------- inspections

# (RU equipment, KK equipment, RU work, KK work, RU interval, KK interval, frequency or None, RU who, KK who)
PGOU_CHECKS = (
    ("Циклон ЦН-15 (ИЗА 0001)", "ЦН-15 циклоны (0001 ЛШК)", "Внешний осмотр, проверка герметичности, выгрузка пыли из бункера",
     "Сыртқы тексеру, саңылаусыздығын тексеру, бункерден шаңды түсіру", "каждую смену (12 ч)", "әр ауысым сайын (12 сағ)", None,
     "Оператор линии дробления", "Ұсату желісінің операторы"),
    ("Рукавный фильтр ФРИ-90 (ИЗА 0001)", "ФРИ-90 жеңді сүзгісі (0001 ЛШК)", "Контроль перепада давления по дифманометру, запись в журнал",
     "Дифманометр бойынша қысым айырмасын бақылау, журналға жазу", "каждые 24 ч", "әр 24 сағат сайын", "daily", "Мастер смены", "Ауысым шебері"),
    ("Рукавный фильтр ФРИ-90 (ИЗА 0001)", "ФРИ-90 жеңді сүзгісі (0001 ЛШК)", "Осмотр рукавов, проверка системы импульсной регенерации",
     "Жеңдерді тексеру, импульсті регенерациялау жүйесін тексеру", "1 раз в 7 дней", "7 күнде 1 рет", "weekly",
     "Слесарь-ремонтник участка аспирации", "Аспирация учаскесінің слесарь-жөндеушісі"),
    ("Рукавный фильтр ФРКИ-60 (ИЗА 0002)", "ФРКИ-60 жеңді сүзгісі (0002 ЛШК)", "Замена поврежденных рукавов, проверка клапанов продувки",
     "Зақымдалған жеңдерді ауыстыру, үрлеу клапандарын тексеру", "1 раз в 30 дней", "30 күнде 1 рет", "monthly",
     "Слесарь-ремонтник участка аспирации", "Аспирация учаскесінің слесарь-жөндеушісі"),
    ("Вентиляторы ВЦ 14-46 аспирационных систем", "Аспирациялық жүйелердің ВЦ 14-46 желдеткіштері", "Вибродиагностика, проверка подшипников и ремней",
     "Дірілдік диагностика, мойынтіректер мен белдіктерді тексеру", "1 раз в 10 дней", "10 күнде 1 рет", None, "Механик цеха", "Цех механигі"),
    ("Воздуховоды и газоходы аспирационных систем", "Аспирациялық жүйелердің ауа өткізгіштері мен газ жолдары", "Очистка от отложений резиновой пыли",
     "Резеңке шаңының шөгінділерінен тазалау", "1 раз в 90 дней", "90 күнде 1 рет", "quarterly",
     "Слесарь-ремонтник участка аспирации", "Аспирация учаскесінің слесарь-жөндеушісі"),
    ("ПГОУ источников 0001 и 0002", "0001 және 0002 көздерінің ШГТҚ", "Инструментальная проверка эффективности очистки",
     "Тазарту тиімділігін аспаптық тексеру", "1 раз в год", "жылына 1 рет", "yearly", "Инженер-эколог", "Инженер-эколог"),
)  # fmt: skip
# (VI unit, work, interval, frequency or None, who)
VN_WWTP_CHECKS = (
    ("Song chắn rác, bể gạn mủ", "Vớt mủ nổi, lấy rác trên song chắn", "Mỗi ca sản xuất", None, "Công nhân vận hành hệ thống xử lý nước thải"),
    ("Bể điều hòa, bơm chìm", "Kiểm tra mực nước, tình trạng bơm, ghi nhật ký vận hành", "24 giờ/lần", "daily", "Tổ trưởng tổ xử lý nước thải"),
    ("Bể kỵ khí UASB", "Kiểm tra pH, nhiệt độ, lượng khí sinh ra", "07 ngày/lần", "weekly", "Cán bộ phụ trách môi trường"),
    ("Bể hiếu khí (Aerotank)", "Đo DO, SV30; kiểm tra máy thổi khí", "15 ngày/lần", None, "Cán bộ phụ trách môi trường"),
    ("Hồ sinh học, mương dẫn", "Kiểm tra bờ hồ, rò rỉ, bèo tảo, mùi hôi", "30 ngày/lần", "monthly", "Tổ trưởng tổ xử lý nước thải"),
    ("Máy ép bùn, sân phơi bùn", "Bảo dưỡng máy ép bùn, kiểm tra lượng bùn lưu chứa", "90 ngày/lần", "quarterly", "Xưởng Cơ điện"),
    ("Đồng hồ đo lưu lượng nước thải", "Kiểm định, hiệu chuẩn thiết bị", "12 tháng/lần", "yearly", "Phòng Kỹ thuật"),
)  # fmt: skip


def inspections_ie1(doc: Doc) -> None:
    """A crumb-rubber plant's schedule of inspecting and servicing its dust-cleaning equipment, where the frequency is an
    interval in hours or days — `каждые 24 ч`, `1 раз в 7 дней`, `1 раз в 30 дней`, `1 раз в 90 дней` — or a year, while a
    check every shift and one every ten days have no frequency of the contract; the same filter on two rows for two kinds of
    work and an empty column for the marks of completion (VI: a latex plant's schedule of its waste-water plant, `24 giờ/lần`,
    `07 ngày/lần`, `15 ngày/lần`, `Mỗi ca sản xuất`)."""
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        plant, company = doc.pick(VN_LATEX)[:2]
        doc.h(f"LỊCH KIỂM TRA, BẢO TRÌ HỆ THỐNG XỬ LÝ NƯỚC THẢI NĂM 2026 – {plant.upper()}")
        doc.p(f"Ban hành kèm theo Quyết định của Giám đốc {company}. Kết quả kiểm tra được ghi vào sổ nhật ký vận hành hệ thống xử lý nước thải.")
        rows = [["TT", "Hạng mục", "Nội dung kiểm tra, bảo trì", "Chu kỳ", "Người thực hiện", "Ghi chú"]]
        for k, (unit, work, said, word, who) in enumerate(VN_WWTP_CHECKS, 1):
            rows.append([str(k), unit, work, said, who, ""])
            item = {"kind": "inspection", "text_contains": _words(unit, 3), "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng 1. Lịch kiểm tra, bảo trì", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    p = doc.pick([x for x in RECYCLERS if "пиролиз" not in x[0]])
    doc.h(g(f"График осмотров и технического обслуживания пылегазоочистных установок на 2026 год. {p[2]}",
            f"{p[3]}. Шаң-газ тазарту қондырғыларын 2026 жылы тексеру және техникалық қызмет көрсету кестесі", ""))
    doc.p(g("Утвержден главным инженером. Межосмотровые интервалы исчисляются в календарном времени; результаты осмотров заносятся в журнал "
            "эксплуатации ПГОУ, неисправность ПГОУ является основанием для остановки обслуживаемого оборудования.",
            "Бас инженер бекітті. Тексерулер арасындағы аралықтар күнтізбелік уақытпен есептеледі; тексеру нәтижелері ШГТҚ пайдалану журналына "
            "енгізіледі, ШГТҚ ақауы қызмет көрсетілетін жабдықты тоқтатуға негіз болып табылады.", ""))
    rows = [g(["№", "Оборудование", "Вид работ", "Периодичность", "Исполнитель", "Отметка о выполнении"],
              ["№", "Жабдық", "Жұмыс түрі", "Кезеңділігі", "Орындаушы", "Орындалғаны туралы белгі"], [])]
    for k, c in enumerate(PGOU_CHECKS, 1):
        equipment, work, said, word, who = c[L], c[2 + L], c[4 + L], c[6], c[7 + L]
        rows.append([str(k), equipment, work, said, who, ""])
        item = {"kind": "inspection", "text_contains": _words(equipment, 3), "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – График осмотров ПГОУ", "1-кесте – ШГТҚ тексеру кестесі", ""), rows, role="inspections")
    distractor(doc, "approval")


# (RU organisation, KK organisation, core, RU wastes, KK wastes, RU check, KK check, frequency or None, RU said, KK said, RU who, KK who)
RECEIVERS = (
    ("ТОО «Экосервис-Павлодар»", "«Экосервис-Павлодар» ЖШС", "Экосервис-Павлодар", "отработанные масла, промасленная ветошь",
     "пайдаланылған майлар, майланған шүберек", "выездная проверка площадки приема и хранения, сверка лицензии",
     "қабылдау және сақтау алаңын көшпелі тексеру, лицензияны салыстыру", "yearly", "1 раз в год (II квартал)", "жылына 1 рет (II тоқсан)",
     "Инженер-эколог", "Инженер-эколог"),
    ("ТОО «Ертіс Вторресурс»", "«Ертіс Вторресурс» ЖШС", "Ертіс Вторресурс", "лом черных металлов, бумажная упаковка", "қара металл сынықтары, қағаз орама",
     "документарная проверка: акты приема-передачи, весовые ведомости", "құжаттамалық тексеру: қабылдау-тапсыру актілері, өлшеу ведомостері",
     "quarterly", "ежеквартально", "тоқсан сайын", "Начальник отдела снабжения", "Жабдықтау бөлімінің бастығы"),
    ("ТОО «Павлодар Тазалық»", "«Павлодар Тазалық» ЖШС", "Павлодар Тазалық", "твердые бытовые отходы", "қатты тұрмыстық қалдықтар",
     "проверка наличия контейнеров и графика вывоза", "контейнерлердің және шығару кестесінің болуын тексеру", None,
     "при заключении и продлении договора", "шартты жасасу және ұзарту кезінде", "Инженер-эколог", "Инженер-эколог"),
    ("ТОО «ЭкоУтиль KZ»", "«ЭкоУтиль KZ» ЖШС", "ЭкоУтиль KZ", "отработанные ртутьсодержащие лампы", "пайдаланылған құрамында сынабы бар шамдар",
     "выездная проверка демеркуризационной установки", "демеркуризациялау қондырғысын көшпелі тексеру", "semiannual", "1 раз в полугодие",
     "жарты жылда 1 рет", "Главный инженер", "Бас инженер"),
    ("ТОО «РезинаТех Өңдеу»", "«РезинаТех Өңдеу» ЖШС", "РезинаТех Өңдеу", "обрезки и брак резиновых изделий", "резеңке бұйымдардың кесінділері мен ақауы",
     "выездная проверка, контроль фактической переработки в крошку", "көшпелі тексеру, үгіндіге іс жүзінде қайта өңдеуді бақылау", "semiannual",
     "2 раза в год", "жылына 2 рет", "Начальник производства", "Өндіріс бастығы"),
)  # fmt: skip
# (VI organisation, wastes, check, frequency or None, said, who)
VN_RECEIVERS = (
    ("Công ty TNHH Môi trường Xanh Đông Nam Bộ", "Chất thải nguy hại (bao bì, giẻ lau, dầu thải, bóng đèn)", "Kiểm tra hiện trường khu xử lý, đối chiếu giấy phép",
     "yearly", "1 lần/năm", "Phòng An toàn – Môi trường"),
    ("Công ty Cổ phần Công trình Đô thị Tân Phước", "Chất thải rắn sinh hoạt", "Đối chiếu biên bản bàn giao, khối lượng", "quarterly", "03 tháng/lần",
     "Phòng Hành chính – Nhân sự"),
    ("Hợp tác xã Dịch vụ Nông nghiệp Thành Công", "Bùn thải hệ thống xử lý nước thải (ủ phân bón)", "Kiểm tra hồ sơ, điều kiện ủ phân", None,
     "Khi ký hoặc gia hạn hợp đồng", "Phòng Kỹ thuật"),
    ("Công ty TNHH Thương mại Phế liệu Hoàng Long", "Phế liệu kim loại, bao bì giấy", "Đối chiếu chứng từ, kiểm tra xe vận chuyển", "semiannual",
     "06 tháng/lần", "Phòng Kế toán"),
)  # fmt: skip


def inspections_ie2(doc: Doc) -> None:
    """A rubber-goods factory's plan of checking the organisations that take its wastes: each receiver with its BIN — BINs
    of other firms, no facility of the document — the wastes it takes named without codes, the kind of check, the frequency
    and who checks; a check when a contract is signed or renewed has no frequency (VI: a latex plant's plan of checking its
    waste contractors, their enterprise numbers in a column, a check at each signing of a contract)."""
    r = doc.rng
    g = doc.v
    vi = doc.lang == "vi"
    if vi:
        plant, company = doc.pick(VN_LATEX)[:2]
        doc.h(f"KẾ HOẠCH KIỂM TRA, ĐÁNH GIÁ CÁC ĐƠN VỊ TIẾP NHẬN CHẤT THẢI NĂM 2026 – {company.upper()}")
        doc.p(f"Áp dụng cho {plant}. Chủ nguồn thải có trách nhiệm bảo đảm đơn vị tiếp nhận có đủ năng lực, giấy phép theo quy định tại Nghị định số "
              "08/2022/NĐ-CP.")
        rows = [["TT", "Đơn vị tiếp nhận", "Mã số doanh nghiệp", "Chất thải chuyển giao", "Hình thức kiểm tra", "Tần suất", "Bộ phận thực hiện"]]
        for k, (org, wastes, check, word, said, who) in enumerate(VN_RECEIVERS, 1):
            rows.append([str(k), org, make_msdn(r), wastes, check, said, who])
            item = {"kind": "inspection", "text_contains": org, "actor_contains": who}
            if word:
                item["frequency"] = word
            doc.add("obligations", item)
        doc.table("Bảng 1. Danh sách đơn vị và nội dung kiểm tra", rows, role="inspections")
        maybe_distractor(doc)
        return
    L = _L(doc)
    p = NEW_PLANTS[2]
    doc.h(g(f"План проверок организаций, принимающих отходы, на 2026 год. {p[2]}", f"{p[3]}. Қалдықтарды қабылдайтын ұйымдарды 2026 жылы тексеру жоспары", ""))
    doc.p(g("Передача отходов допускается только организациям, имеющим лицензию или уведомление о начале деятельности по управлению отходами; "
            "результаты проверок оформляются актом.",
            "Қалдықтарды тек қалдықтарды басқару жөніндегі қызметті бастау туралы лицензиясы немесе хабарламасы бар ұйымдарға беруге жол "
            "беріледі; тексеру нәтижелері актімен ресімделеді.", ""))
    rows = [g(["№", "Организация", "БИН", "Принимаемые отходы", "Вид проверки", "Периодичность", "Ответственный"],
              ["№", "Ұйым", "БСН", "Қабылданатын қалдықтар", "Тексеру түрі", "Кезеңділігі", "Жауапты"], [])]
    for k, c in enumerate(RECEIVERS, 1):
        org, core, wastes, check, word, said, who = c[L], c[2], c[3 + L], c[5 + L], c[7], c[8 + L], c[10 + L]
        rows.append([str(k), org, make_bin(r), wastes, check, said, who])
        item = {"kind": "inspection", "text_contains": core, "actor_contains": who}
        if word:
            item["frequency"] = word
        doc.add("obligations", item)
    doc.table(g("Таблица 1 – График проверок", "1-кесте – Тексеру кестесі", ""), rows, role="inspections")
    maybe_distractor(doc)


# ---------------------------------------------------------------- tasks

# RU name of the recycler's oblast authorities: (RU emergencies, KK, RU ecology, KK)
AUTHORITIES = {
    "3510": ("ДЧС Карагандинской области", "Қарағанды облысының ТЖД", "Департамент экологии по Карагандинской области", "Қарағанды облысы бойынша экология департаменті"),
    "1961": ("ДЧС Алматинской области", "Алматы облысының ТЖД", "Департамент экологии по Алматинской области", "Алматы облысы бойынша экология департаменті"),
}  # fmt: skip
# ((RU section, KK section), [(RU, KK, RU term, KK term, RU who, KK who, 0 emergencies / 1 ecology)])
FIRE_PLAN = (
    (("Первоочередные меры (в течение 72 часов)", "Кезек күттірмейтін шаралар (72 сағат ішінде)"), (
        ("Провести проливку и разборку тлеющих остатков шин до полного прекращения тления", "Шиналардың бықсып жатқан қалдықтарын бықсу толық тоқтағанға дейін суару және бөлшектеу",
         "немедленно", "дереу", "Начальник цеха", "Цех бастығы", 0),
        ("Собрать пожарные стоки в обвалованный приямок и вывезти на очистные сооружения", "Өрт ағындарын үйінділенген шұңқырға жинау және тазарту құрылыстарына шығару",
         "в течение 48 часов", "48 сағат ішінде", "Главный инженер", "Бас инженер", 1),
        ("Уведомить уполномоченный орган об аварийной эмиссии и ее масштабах", "Уәкілетті органды авариялық эмиссия және оның ауқымы туралы хабардар ету",
         "в течение 2 часов", "2 сағат ішінде", "Инженер-эколог", "Инженер-эколог", 1))),
    (("Краткосрочные меры (до 30 дней)", "Қысқа мерзімді шаралар (30 күнге дейін)"), (
        ("Вывезти золу, обгоревший металлокорд и загрязненный грунт на полигон промышленных отходов", "Күлді, күйген металл кордты және ластанған топырақты өнеркәсіп қалдықтары полигонына шығару",
         "до 15.12.2025", "15.12.2025 дейін", "Начальник участка хранения", "Сақтау учаскесінің бастығы", 1),
        ("Отобрать пробы почвы и грунтовых вод на месте пожара и на прилегающей территории", "Өрт орнында және іргелес аумақта топырақ пен жерасты суларының сынамаларын алу",
         "в течение 10 суток", "10 тәулік ішінде", "Инженер-эколог", "Инженер-эколог", 1),
        ("Восстановить ограждение и обвалование площадки хранения шин", "Шиналарды сақтау алаңының қоршауы мен үйіндісін қалпына келтіру",
         "до 20.12.2025", "20.12.2025 дейін", "Начальник участка хранения", "Сақтау учаскесінің бастығы", 0))),
    (("Долгосрочные меры (2026 год)", "Ұзақ мерзімді шаралар (2026 жыл)"), (
        ("Разделить площадку хранения шин на секции не более 1 000 м² с противопожарными разрывами 10 м", "Шиналарды сақтау алаңын 10 м өртке қарсы аралықтары бар ауданы 1 000 м²-ден аспайтын секцияларға бөлу",
         "до 01.06.2026", "01.06.2026 дейін", "Директор по производству", "Өндіріс жөніндегі директор", 0),
        ("Устроить твердое покрытие и систему сбора поверхностных и пожарных стоков площадки", "Алаңның қатты жабынын және жер беті мен өрт ағындарын жинау жүйесін орнату",
         "III квартал 2026 г.", "2026 ж. III тоқсан", "Главный инженер", "Бас инженер", 1),
        ("Установить тепловизионные камеры с выводом сигнала на пост охраны", "Сигналы күзет бекетіне шығарылатын жылу бейнелегіш камераларды орнату",
         "до 01.04.2026", "01.04.2026 дейін", "Служба безопасности", "Қауіпсіздік қызметі", 0),
        ("Ограничить запас шин на площадке объемом десятисуточной переработки", "Алаңдағы шиналар қорын он тәуліктік қайта өңдеу көлемімен шектеу",
         "постоянно с 01.02.2026", "01.02.2026 бастап тұрақты", "Начальник цеха", "Цех бастығы", 0))),
)  # fmt: skip
# (section, [(task, term, who, overseer)])
VN_SPILL_PLAN = (
    ("I. NGAY LẬP TỨC (TRONG 24 GIỜ)", (
        ("Dừng xả nước thải, chuyển nước thải sang hồ sự cố", "Ngay khi phát hiện", "Tổ trưởng tổ xử lý nước thải", "UBND xã"),
        ("Đắp bao cát gia cố bờ hồ sinh học số 2 tại vị trí bị tràn", "Trong 12 giờ", "Xưởng Cơ điện", "UBND xã"),
        ("Thông báo sự cố bằng văn bản cho Ủy ban nhân dân xã và Sở Nông nghiệp và Môi trường", "Trong 24 giờ", "Phòng An toàn – Môi trường",
         "Sở Nông nghiệp và Môi trường"))),
    ("II. NGẮN HẠN (TRONG 30 NGÀY)", (
        ("Lấy mẫu nước suối tại thượng lưu, hạ lưu để đánh giá mức độ ảnh hưởng", "Trong 03 ngày", "Phòng An toàn – Môi trường", "Sở Nông nghiệp và Môi trường"),
        ("Nạo vét bùn, mủ đông lắng trong đoạn suối bị ảnh hưởng", "Trong 15 ngày", "Xưởng Cơ điện", "UBND xã"),
        ("Phối hợp kiểm đếm, hỗ trợ thiệt hại cho các hộ nuôi cá ven suối", "Trong 30 ngày", "Ban Giám đốc", "UBND xã"))),
    ("III. DÀI HẠN (NĂM 2026)", (
        ("Nâng bờ hồ sinh học thêm 0,5 m và xây tràn sự cố có van chặn", "Trước 30/4/2026", "Ban Quản lý dự án", "Sở Nông nghiệp và Môi trường"),
        ("Lắp đặt thiết bị đo mực nước hồ có cảnh báo tự động", "Quý II/2026", "Phòng Kỹ thuật", "Sở Nông nghiệp và Môi trường"),
        ("Tách nước mưa chảy tràn khỏi mương dẫn nước thải", "Quý III/2026", "Ban Quản lý dự án", "Sở Nông nghiệp và Môi trường"))),
)  # fmt: skip


def tasks_ie1(doc: Doc) -> None:
    """The plan of eliminating the consequences of a fire at a yard of worn tyres, an annex to the commission's act: items
    `1.1` under three section rows by urgency — within 72 hours, within 30 days, in 2026 — terms as written (`немедленно`, `в
    течение 48 часов`, `постоянно с 01.02.2026`), the responsible in one column and, in the last, the state body that
    controls the item (emergencies or ecology department), which acts on nothing here (VI: a latex plant's plan after its
    biological pond overflowed into a stream, items numbered straight through under urgency sections, the body that
    supervises last)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        plant, company = doc.pick(VN_LATEX)[:2]
        doc.h(f"KẾ HOẠCH KHẮC PHỤC SỰ CỐ TRÀN NƯỚC THẢI TỪ HỒ SINH HỌC RA SUỐI – {plant.upper()}")
        doc.p(f"Ngày {_date(doc, 2025)}, do mưa lớn kéo dài, nước thải từ hồ sinh học số 2 của {plant} ({company}) tràn qua bờ ra suối tiếp nhận. "
              "Kế hoạch được lập theo yêu cầu tại biên bản làm việc với đoàn kiểm tra liên ngành.")
        rows = [["TT", "Nội dung công việc", "Thời hạn", "Bộ phận thực hiện", "Cơ quan giám sát"]]
        merges: list = []
        k = 0
        for section, items in VN_SPILL_PLAN:
            _span(rows, merges, section, 5)
            for text, term, who, overseer in items:
                k += 1
                rows.append([str(k), text, term, who, overseer])
                doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": who})
        doc.table("Phụ lục. Các biện pháp khắc phục", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    p = doc.pick([x for x in RECYCLERS if x[8] in AUTHORITIES])
    auth = AUTHORITIES[p[8]]
    doc.p(g(f"Приложение 2 к акту комиссии по расследованию пожара от {r.randint(2, 20):02d}.11.2025", f"2025 жылғы {r.randint(2, 20)} қарашадағы өртті тергеу жөніндегі комиссия актісіне 2-қосымша", ""))
    doc.h(g(f"План мероприятий по ликвидации последствий пожара на площадке хранения изношенных шин. {p[2]}",
            f"{p[3]}. Тозған шиналарды сақтау алаңындағы өрттің салдарын жою жөніндегі іс-шаралар жоспары", ""))
    doc.p(g("Мероприятия выполняются силами и за счет средств предприятия; о выполнении каждого пункта предприятие информирует орган, указанный "
            "в графе «Контроль».",
            "Іс-шаралар кәсіпорынның күшімен және қаражаты есебінен орындалады; әр тармақтың орындалуы туралы кәсіпорын «Бақылау» бағанында "
            "көрсетілген органды хабардар етеді.", ""))
    rows = [g(["№", "Мероприятие", "Срок исполнения", "Ответственный", "Контроль"], ["№", "Іс-шара", "Орындау мерзімі", "Жауапты", "Бақылау"], [])]
    merges = []
    for s, ((s_ru, s_kk), items) in enumerate(FIRE_PLAN, 1):
        _span(rows, merges, f"{s}. {(s_ru, s_kk)[L]}", 5)
        for k, (t_ru, t_kk, d_ru, d_kk, w_ru, w_kk, body) in enumerate(items, 1):
            text, who = (t_ru, t_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{s}.{k}", text, (d_ru, d_kk)[L], who, auth[2 * body + L]])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
    doc.table(None, rows, merges, role="tasks")
    maybe_distractor(doc)


# ((RU stage, KK stage), [(RU, KK, start, end, RU who, KK who, RU result, KK result, million tenge)])
EXPANSION = (
    (("Этап 1. Подготовительный", "1-кезең. Дайындық"), (
        ("Разработать рабочий проект расширения цеха и получить положительное заключение экспертизы", "Цехты кеңейтудің жұмыс жобасын әзірлеу және сараптаманың оң қорытындысын алу",
         "01.2026", "04.2026", "Главный инженер", "Бас инженер", "заключение экспертизы", "сараптама қорытындысы", 38),
        ("Получить изменения в экологическое разрешение на воздействие", "Әсер етуге арналған экологиялық рұқсатқа өзгерістер алу",
         "03.2026", "05.2026", "Инженер-эколог", "Инженер-эколог", "переоформленное разрешение", "қайта ресімделген рұқсат", 4))),
    (("Этап 2. Закупка и монтаж оборудования", "2-кезең. Жабдықты сатып алу және монтаждау"), (
        ("Закупить вторую линию дробления шин производительностью 1,5 т/ч", "Өнімділігі сағатына 1,5 т шиналарды ұсатудың екінші желісін сатып алу",
         "04.2026", "07.2026", "Коммерческий директор", "Коммерциялық директор", "договор поставки, оборудование на складе", "жеткізу шарты, қоймадағы жабдық", 610),
        ("Смонтировать аспирационную систему с рукавным фильтром для новой линии", "Жаңа желіге жеңді сүзгісі бар аспирациялық жүйені монтаждау",
         "07.2026", "09.2026", "Главный механик", "Бас механик", "акт приемки ПГОУ", "ШГТҚ қабылдау актісі", 72),
        ("Расширить крытый склад резиновой крошки до 1 500 м²", "Резеңке үгіндісінің жабық қоймасын 1 500 м²-ге дейін кеңейту",
         "05.2026", "09.2026", "Начальник строительного участка", "Құрылыс учаскесінің бастығы", "акт ввода", "пайдалануға беру актісі", 145))),
    (("Этап 3. Пусконаладка и вывод на мощность", "3-кезең. Іске қосу-баптау және қуатқа шығару"), (
        ("Провести пусконаладочные работы и замеры эффективности ПГОУ", "Іске қосу-баптау жұмыстарын және ШГТҚ тиімділігін өлшеуді жүргізу",
         "10.2026", "11.2026", "Главный инженер", "Бас инженер", "протокол измерений", "өлшеу хаттамасы", 9),
        ("Вывести цех на переработку 20 000 т изношенных шин в год", "Цехты жылына 20 000 т тозған шиналарды қайта өңдеуге шығару",
         "12.2026", "06.2027", "Директор", "Директор", "отчет утилизатора за I полугодие 2027 г.", "2027 ж. I жартыжылдығындағы кәдеге жаратушы есебі", 0))),
)  # fmt: skip
# (section, [(task, lead, partners, start, end, output)])
VN_RELOCATION = (
    ("I. CHUẨN BỊ", (
        ("Rà soát, lập danh sách các hộ tái chế nhựa phải di dời", "UBND {c}", "Hợp tác xã tái chế nhựa; các tổ dân phố, thôn", "01/2026", "03/2026",
         "Danh sách hộ di dời"),
        ("Hoàn thiện hạ tầng, trạm xử lý nước thải tập trung của cụm công nghiệp", "Công ty đầu tư hạ tầng cụm công nghiệp", "Sở Công Thương", "01/2026",
         "09/2026", "Biên bản nghiệm thu hạ tầng"),
        ("Xây dựng cơ chế hỗ trợ tiền thuê đất, lãi suất vay cho các hộ di dời", "Sở Tài chính", "Sở Công Thương; Ngân hàng Chính sách xã hội", "02/2026",
         "05/2026", "Nghị quyết, quyết định hỗ trợ"))),
    ("II. DI DỜI", (
        ("Tổ chức ký hợp đồng thuê đất với các hộ, doanh nghiệp vào cụm công nghiệp", "Công ty đầu tư hạ tầng cụm công nghiệp", "UBND {c}", "06/2026",
         "10/2026", "Hợp đồng thuê đất"),
        ("Hướng dẫn các cơ sở lập hồ sơ đăng ký môi trường, giấy phép môi trường", "Sở Nông nghiệp và Môi trường", "UBND {c}", "07/2026", "12/2026",
         "Hồ sơ môi trường được tiếp nhận"),
        ("Di dời máy móc, phế liệu nhựa của các hộ ra khỏi khu dân cư", "UBND {c}", "Công an {c}; các hộ sản xuất", "09/2026", "06/2027",
         "Biên bản bàn giao mặt bằng"))),
    ("III. SAU DI DỜI", (
        ("Cải tạo, làm sạch mặt bằng các bãi đốt, bãi chứa phế liệu cũ trong khu dân cư", "UBND {c}", "Hội Nông dân; Đoàn Thanh niên", "07/2027", "12/2027",
         "Mặt bằng được làm sạch"),
        ("Quan trắc chất lượng đất, nước mặt sau di dời để đánh giá hiệu quả", "Sở Nông nghiệp và Môi trường", "UBND {c}", "10/2027", "12/2027",
         "Báo cáo kết quả quan trắc"))),
)  # fmt: skip


def tasks_ie2(doc: Doc) -> None:
    """The plan-schedule of a recycler's project of expanding its crumb-rubber shop, an annex to its concessional loan
    agreement: measures `1.1` under stage rows, a start and an end month in two columns, the responsible, the document
    that proves the result and the cost in millions of tenge (VI: a district's plan of moving the plastics-recycling
    households of a craft village into an industrial cluster, items numbered straight through under Roman sections, the
    lead and the partner bodies, start and end months, the output)."""
    r = doc.rng
    g = doc.v
    if doc.lang == "vi":
        place = doc.pick(VN_RECYCLERS)[2]
        village, commune, province = place.split(", ")
        village = village.replace("làng nghề ", "")
        doc.p(f"(Kèm theo Quyết định số {r.randint(100, 1900)}/QĐ-UBND ngày {_date(doc, 2025)} của Ủy ban nhân dân {province})")
        doc.h(f"KẾ HOẠCH DI DỜI CÁC HỘ TÁI CHẾ NHỰA LÀNG NGHỀ {village.upper()} VÀO CỤM CÔNG NGHIỆP GIAI ĐOẠN 2026 – 2027")
        rows = [["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Bắt đầu", "Hoàn thành", "Sản phẩm"]]
        merges: list = []
        k = 0
        for section, items in VN_RELOCATION:
            _span(rows, merges, section, 7)
            for text, lead, partners, start, end, output in items:
                k += 1
                lead, partners = lead.format(c=commune), partners.format(c=commune)
                rows.append([str(k), text, lead, partners, start, end, output])
                doc.add("obligations", {"kind": "task", "number": str(k), "text_contains": _words(text, 5), "actor_contains": lead})
        doc.table("Phụ lục. Nhiệm vụ và tiến độ thực hiện", rows, merges, role="tasks")
        maybe_distractor(doc)
        return
    L = _L(doc)
    p = doc.pick([x for x in RECYCLERS if "пиролиз" not in x[0]])
    doc.p(g(f"Приложение 3 к договору льготного займа № {r.randint(10, 99)}-ЗМ/2025 от {_date(doc, 2025)}",
            f"{_date(doc, 2025)} № {r.randint(10, 99)}-ЗМ/2025 жеңілдікті қарыз шартына 3-қосымша", ""))
    doc.h(g(f"План-график реализации проекта «Расширение мощностей по переработке изношенных шин до 20 000 т в год». {p[2]}",
            f"{p[3]}. «Тозған шиналарды қайта өңдеу қуатын жылына 20 000 т-ға дейін кеңейту» жобасын іске асырудың жоспар-кестесі", ""))
    doc.p(g("Заемщик ежеквартально представляет кредитору отчет о выполнении плана-графика с копиями документов, подтверждающих результат.",
            "Қарыз алушы кредиторға тоқсан сайын жоспар-кестенің орындалуы туралы есепті нәтижені растайтын құжаттардың көшірмелерімен ұсынады.", ""))
    rows = [g(["№", "Мероприятие", "Начало", "Окончание", "Ответственный", "Подтверждающий документ", "Стоимость, млн тенге"],
              ["№", "Іс-шара", "Басталуы", "Аяқталуы", "Жауапты", "Растайтын құжат", "Құны, млн теңге"], [])]
    merges = []
    for s, ((s_ru, s_kk), items) in enumerate(EXPANSION, 1):
        _span(rows, merges, (s_ru, s_kk)[L], 7)
        for k, (t_ru, t_kk, start, end, w_ru, w_kk, d_ru, d_kk, cost) in enumerate(items, 1):
            text, who = (t_ru, t_kk)[L], (w_ru, w_kk)[L]
            rows.append([f"{s}.{k}", text, start, end, who, (d_ru, d_kk)[L], num(cost, doc.lang) if cost else "–"])
            doc.add("obligations", {"kind": "task", "number": f"{s}.{k}", "text_contains": _words(text, 4), "actor_contains": who})
    total = sum(x[-1] for _, items in EXPANSION for x in items)
    rows.append(["", g("Итого по проекту", "Жоба бойынша барлығы", ""), "", "", "", "", num(total, doc.lang)])
    doc.table(g("Таблица 1 – План-график", "1-кесте – Жоспар-кесте", ""), rows, merges, role="tasks")
    maybe_distractor(doc)


LAYOUTS = [Layout(role, f"IE{k}", globals()[f"{role}_ie{k}"]) for role in ROLES for k in (1, 2)]
