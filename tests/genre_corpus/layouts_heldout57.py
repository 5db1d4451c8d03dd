"""A blind held-out set (two layouts per role, `HL1` and `HL2`): never used for tuning, written by someone who neither
ran the extractor on it nor read it, to differ from every layout of `layouts_*.py`.

Theme: documents written for lenders and international auditors. Kazakhstan: a copper mine and concentrator in the
Karkaraly district, a cement plant in the Sairam district, a poultry complex in the Talgar district, a glass-container
plant at Kyzylorda and an old flour mill and elevator at Esil bought by an agro-holding, financed by the EBRD, the ADB or
the IFC (an environmental and social due-diligence report, an independent consultant's site-visit record, an annual
environmental and social monitoring report to the lenders, the air-quality chapter of an ESIA, a Phase I and a Phase II
environmental site assessment, a semi-annual report with its log of exceedances, the monitoring and inspection
programmes of an environmental and social management system, an ESAP in the EBRD's form and a gap analysis against the
IFC Performance Standards). Vietnam: a textile dyeing mill in the Bảo Minh park (Nam Định), a shrimp-feed mill in the
Long Hậu park (Long An), a tyre plant in the Phước Đông park (Tây Ninh) and an old wood-processing factory in the Hố Nai
park (Đồng Nai) with IFC, ADB or DEG money (the same documents: báo cáo thẩm định môi trường và xã hội, biên bản khảo sát
hiện trường of the IESC, báo cáo giám sát môi trường và xã hội gửi bên cho vay, ĐTM to the lenders' standard, ESA giai
đoạn I và II, sổ theo dõi vượt giới hạn, kế hoạch hành động môi trường và xã hội, phân tích khoảng trống). Headers are
bilingual (Russian, Kazakh or Vietnamese over English in one cell), rows and items carry audit-style numbers (`2.1.3`,
`G-04`, `L-07`, `ST-1`, `PR 3`), and the lenders' own categories, codes and criteria stand beside the national ones.

Facility: the parties of a due-diligence report as rows — sponsor, borrower, project company, EPC contractor, lenders,
independent consultant, several of them Kazakh entities each with a BIN (VI: each with an enterprise number) — and under
a spanning row the project site, the value merged across the party columns: place with its KATO, the centre as
`49.93517° N, 76.51208° E`, the OKED beside the NACE code, the national category beside the lender's A/B/C category; the
financing structure in a table of no role after it (HL1); an independent consultant's site-visit record whose labels are
in English only (`Operator (legal entity)`, `BIN`, `KATO code`, `GPS coordinates (WGS 84)`) and whose values are in
Russian, Kazakh or Vietnamese, the coordinates as a GPS receiver's ASCII `49°56'06.6"N 76°30'43.5"E`, the record's own
number and the lender's category among them, the persons met in a table of no role (HL2).

Emissions: an annual monitoring report to the lenders whose figures are all in English notation — a decimal point and
a comma between thousands (`1,045.3`, `0.0125`), as a note before the table says — under two-line bilingual headers,
the pollutant's name with its English name in brackets, coal dust with no hazard class, a column of the change against
the year before in per cent, a total of the tonnes only, and a greenhouse-gas inventory by scope in tCO2e as a table of
no role (VI: a dyeing mill's boilers, stenter and generator, named sources, the same notation in a Vietnamese report)
(HL1); the source table of an ESIA's dispersion modelling (AERMOD) — the ИЗА number beside the model's ID, the AERMOD
type (`POINT`, `AREA`, `VOLUME`), UTM coordinates, release height, diameter or dimensions, the exit temperature in
kelvin and the velocity, then grams a second only, the pollutants as columns with dashes, a table of the meteorological
data of no role before it (VI: a tyre plant's stacks and a fuel yard, model IDs that are no source numbers) (HL2).

Wastes: the key performance indicators of an annual report to the lenders — production, water, energy, waste, ratios
under lettered section rows numbered `C.3`, the unit on each row (t, kg, m³, MWh, %), the code in brackets after a
bilingual name, live weight and eggs among the tonnes, totals of hazardous and non-hazardous waste and an intensity in
kg per tonne that are no wastes (VI: a shrimp-feed mill, hazardous wastes in kilograms with their CTNH codes, ordinary
wastes in tonnes without) (HL1); the register of environmental liabilities of a Phase I site assessment before an
acquisition — PCB transformers, asbestos-cement roofing, banned pesticides, oil-contaminated soil, separator sludge,
tyres, scrap, lamps — each `L-01` with its estimated quantity written `≈ 6,8 т (2 трансформатора ТМ-1000)` or `≈ 310 т
(≈ 180 м³ грунта)`, the clean-up cost in thousands of US dollars and the ESAP action, a cleaned tank with no waste and
groundwater contamination not quantified among them (VI: an old wood factory's drums of used oil, sludge, paint, lamps,
batteries and scrap) (HL2).

Limits: a Phase II site assessment's soil results, boreholes `BH-01` merged down over their sampling depths, the metals
and petroleum hydrocarbons as columns, two screening rows at the foot — the national ПДК/ОДК and the Dutch Intervention
Value — every result judged against both, `*` and `**` marking which is exceeded, `<` below detection (VI: QCVN
03-MT:2015/BTNMT industrial land beside the Dutch value) (HL1); a semi-annual report's log of exceedances mixing stack gas
at `ST-1 (ИЗА 0001)` and waste water at `OF-1`, the unit on each row, the exceedance factor, cause, corrective action and
the date the lenders were told, a fuel spill with no parameter among them (VI: a dyeing mill's boiler stack against QCVN
19:2009/BTNMT column B and its treated effluent against QCVN 13-MT:2015/BTNMT column A named on each row) (HL2).

Monitoring: the operational monitoring plan of an ESIA with two frequency columns — how often each parameter is
monitored and how often it is reported to the lenders, the second never the answer — points listed in one cell, sources
`ИЗА 0001, ИЗА 0003` among points, noise and waste accounting without a substance (VI: a dyeing mill's automatic and
periodic monitoring, `Tần suất báo cáo bên cho vay`) (HL1); a construction-phase monitoring plan grouped by IFC
Performance Standard, the standard merged down the first column, pollution rows (PS 3) among rows on workers'
accommodation, grievances, road safety and bird carcass searches that give no substance, weekly dust (HL2).

Inspections: the inspection schedule of an environmental and social management system with frequencies written as
fractions — `1/смену`, `1/сут.`, `1/нед.`, `1/мес.`, `1/кв.`, `2/год`, `1/год` (KK `1/ауысым`, `1/апта`, `2/жыл`; VI
`1/ca`, `1/tuần`, `2/năm`) — a check-list code and the ESAP item each check serves (HL1); the independent consultant's
plan of monitoring visits, the visits twice a year named only in the header, each area covered `каждый визит`, `каждый
второй визит` or on the first visit after some works (VI: `mỗi đợt`, `cách một đợt`) (HL2).

Tasks: an ESAP in the EBRD's form, Performance Requirement rows spanning the table, items `3.2`, the responsible written
inside the column of `Resources, investment needs, responsibility` after the money, terms tied to the loan (`до первой
выборки кредита`), targets and a status (VI: an ESAP for IFC and DEG with `Nguồn lực, chi phí, trách nhiệm`) (HL1); the
gap analysis of a due-diligence report, national and IFC requirements before the gap and the action closing it, items
`G-01`, rows with no gap whose action is `не требуется` (VI: `Không có khoảng trống`) (HL2).
"""

from __future__ import annotations

from decimal import Decimal

from . import vocab
from .common import Doc, distractor, freq, make_bin, make_msdn, maybe_distractor, num
from .limits_data import add, cell, limit
from .registry import ROLES, Layout
from .sources_data import emission

# ---------------------------------------------------------------- helpers


def _L(doc: Doc) -> int:
    """0 for a Russian document, 1 for a Kazakh one."""
    return 0 if doc.lang == "ru" else 1


def _sig(x: float, digits: int = 3) -> float:
    return float(f"{x:.{digits}g}")


def _words(text: str, n: int = 5) -> str:
    return " ".join(text.split()[:n])


def _core(name: str) -> str:
    """The quoted part of a name (`Кызылкайын` of `Рудник «Кызылкайын»`)."""
    return name.split("«", 1)[1].split("»", 1)[0] if "«" in name else name


def _en(value: float) -> str:
    """A number in English notation: a decimal point and commas between thousands (`1,045.3`, `0.0125`)."""
    text = format(Decimal(repr(float(value))).normalize(), "f")
    sign = "-" if text.startswith("-") else ""
    whole, _, frac = text.lstrip("-").partition(".")
    if len(whole) > 3:
        head = len(whole) % 3 or 3
        whole = whole[:head] + "".join("," + whole[i : i + 3] for i in range(head, len(whole), 3))
    return sign + whole + ("." + frac if frac else "")


def _tonnes(x: float) -> float:
    """A year's tonnes as a report rounds them, never a whole number above 100 (so `1,045.3`, not `1,045`)."""
    if x >= 100:
        v = round(x, 1)
        return v + 0.1 if v == int(v) else v
    if x >= 1:
        return round(x, 2)
    return _sig(x, 3)


def _kato(doc: Doc, region: str) -> str:
    r = doc.rng
    return f"{region}{r.randint(1, 9)}{r.randint(100, 899)}{r.choice(('000', '100', '300'))}"


def _span(rows: list, merges: list, text: str, width: int) -> None:
    """A row whose first cell spans the table."""
    rows.append([text] + [None] * (width - 1))
    merges.append((len(rows) - 1, 0, len(rows) - 1, width - 1))


def _dms(value: float, hemi: str) -> tuple[str, float]:
    """`49°56'06.6"N` as a GPS receiver prints it, and the decimal degrees it stands for."""
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 1)
    if s >= 60:
        m, s = m + 1, 0.0
    return f"{d}°{m:02d}'{s:04.1f}\"{hemi}", d + m / 60 + s / 3600


def _bins(doc: Doc, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        b = make_bin(doc.rng)
        if b not in out:
            out.append(b)
    return out


def _msdns(doc: Doc, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        b = make_msdn(doc.rng)
        if b not in out:
            out.append(b)
    return out


WEEKLY = {"ru": ("еженедельно", "1 раз в неделю"), "kk": ("апта сайын", "аптасына 1 рет"), "vi": ("hằng tuần", "01 lần/tuần")}
DAILY = {"ru": ("ежедневно",), "kk": ("күн сайын",), "vi": ("hằng ngày",)}


def _often(doc: Doc, word: str) -> str:
    """A frequency as the document writes it, weekly and daily included."""
    if word == "weekly":
        return doc.pick(WEEKLY[doc.lang])
    if word == "daily":
        return doc.pick(DAILY[doc.lang])
    return freq(doc, word)


# ---------------------------------------------------------------- the projects

# Kazakh projects financed by the lenders: each a dict of (RU, KK) pairs and plain values
KZ_PROJECTS = (
    {"name": ("Медно-порфировое месторождение «Кызылкайын»: рудник и обогатительная фабрика",
              "«Қызылқайың» мыс-порфир кен орны: кеніш және байыту фабрикасы"),
     "core": ("Кызылкайын", "Қызылқайың"),
     "operator": ("ТОО «Кызылкайын Коппер»", "«Қызылқайың Коппер» ЖШС"),
     "borrower": ("АО «Сарыарка Металс Груп»", "«Сарыарқа Металс Груп» АҚ"),
     "sponsor": ("Steppe Copper Holdings B.V. (Нидерланды)", "Steppe Copper Holdings B.V. (Нидерланды)"), "sponsor_reg": "KvK 73419256",
     "sponsor_addr": ("Амстердам, Нидерланды", "Амстердам, Нидерланды"),
     "epc": ("ТОО «Темір Құрылыс Инжиниринг»", "«Темір Құрылыс Инжиниринг» ЖШС"),
     "epc_addr": ("г. Караганда, ул. Ерубаева, 44", "Қарағанды қ., Ерубаев к., 44"),
     "lenders": ("ЕБРР (кредит А), АБР (параллельный кредит)", "ЕҚДБ (А кредиті), АДБ (параллель кредит)"),
     "lender_cat": ("A – по Экологической и социальной политике ЕБРР (2019 г.)", "A – ЕҚДБ-ның Экологиялық және әлеуметтік саясаты (2019 ж.) бойынша"),
     "place": ("Карагандинская область, Каркаралинский район, 38 км северо-восточнее с. Егиндыбулак",
               "Қарағанды облысы, Қарқаралы ауданы, Егіндібұлақ ауылынан солтүстік-шығысқа қарай 38 км"),
     "address": ("г. Караганда, район имени Казыбек би, пр. Бухар жырау, 49/6", "Қарағанды қ., Қазыбек би атындағы аудан, Бұқар жырау даңғ., 49/6"),
     "region": "35", "lat": 49.93, "lon": 76.52, "cat": "I", "oked": "07291",
     "activity": ("Добыча медной руды", "Мыс кенін өндіру"), "head": ("Ахметов Ержан Болатович", "Ахметов Ержан Болатұлы")},
    {"name": ("Цементный завод «Сайрам Цемент»", "«Сайрам Цемент» цемент зауыты"),
     "core": ("Сайрам Цемент", "Сайрам Цемент"),
     "operator": ("ТОО «Сайрам Цемент Өндірісі»", "«Сайрам Цемент Өндірісі» ЖШС"),
     "borrower": ("АО «Оңтүстік Құрылыс Материалдары»", "«Оңтүстік Құрылыс Материалдары» АҚ"),
     "sponsor": ("Anatolia Cement Yatırım A.Ş. (Турция)", "Anatolia Cement Yatırım A.Ş. (Түркия)"), "sponsor_reg": "MERSİS 0068 4412 7305 0017",
     "sponsor_addr": ("Анкара, Турция", "Анкара, Түркия"),
     "epc": ("ТОО «Шымкент Өнеркәсіп Монтаж»", "«Шымкент Өнеркәсіп Монтаж» ЖШС"),
     "epc_addr": ("г. Шымкент, ул. Толе би, 26", "Шымкент қ., Төле би к., 26"),
     "lenders": ("ЕБРР", "ЕҚДБ"),
     "lender_cat": ("B – по Экологической и социальной политике ЕБРР (2019 г.)", "B – ЕҚДБ-ның Экологиялық және әлеуметтік саясаты (2019 ж.) бойынша"),
     "place": ("Туркестанская область, Сайрамский район, 6 км южнее с. Аксукент", "Түркістан облысы, Сайрам ауданы, Ақсукент ауылынан оңтүстікке қарай 6 км"),
     "address": ("г. Шымкент, Аль-Фарабийский район, ул. Байтурсынова, 12", "Шымкент қ., Әл-Фараби ауданы, Байтұрсынов к., 12"),
     "region": "61", "lat": 42.27, "lon": 69.83, "cat": "I", "oked": "23510",
     "activity": ("Производство цемента", "Цемент өндірісі"), "head": ("Тұрсынов Нұрлан Қайратұлы", "Тұрсынов Нұрлан Қайратұлы")},
    {"name": ("Птицефабрика «Алатау Құс»", "«Алатау Құс» құс фабрикасы"),
     "core": ("Алатау Құс", "Алатау Құс"),
     "operator": ("ТОО «Алатау Құс Өнімдері»", "«Алатау Құс Өнімдері» ЖШС"),
     "borrower": ("АО «Жетісу Агрохолдинг»", "«Жетісу Агрохолдинг» АҚ"),
     "sponsor": ("Silk Road Agri Fund SCSp (Люксембург)", "Silk Road Agri Fund SCSp (Люксембург)"), "sponsor_reg": "RCS B 241735",
     "sponsor_addr": ("Люксембург", "Люксембург"),
     "epc": ("ТОО «АгроСтройИнжиниринг KZ»", "«АгроСтройИнжиниринг KZ» ЖШС"),
     "epc_addr": ("г. Алматы, ул. Жандосова, 98", "Алматы қ., Жандосов к., 98"),
     "lenders": ("МФК, ЕБРР", "ХҚК, ЕҚДБ"),
     "lender_cat": ("B – по Политике экологической и социальной устойчивости МФК (2012 г.)",
                    "B – ХҚК-ның Экологиялық және әлеуметтік тұрақтылық саясаты (2012 ж.) бойынша"),
     "place": ("Алматинская область, Талгарский район, 4 км восточнее с. Бесагаш", "Алматы облысы, Талғар ауданы, Бесағаш ауылынан шығысқа қарай 4 км"),
     "address": ("г. Алматы, Медеуский район, пр. Достык, 136, офис 9", "Алматы қ., Медеу ауданы, Достық даңғ., 136, 9-кеңсе"),
     "region": "19", "lat": 43.29, "lon": 77.09, "cat": "I", "oked": "01470",
     "activity": ("Разведение сельскохозяйственной птицы", "Ауыл шаруашылығы құсын өсіру"),
     "head": ("Ким Виталий Сергеевич", "Ким Виталий Сергейұлы")},
)  # fmt: skip

VN_PROJECTS = (
    {"name": "Nhà máy dệt nhuộm Thiên Trường", "core": "Dệt nhuộm Thiên Trường", "owner": "Công ty TNHH Dệt nhuộm Thiên Trường",
     "parent": "Công ty Cổ phần Tập đoàn Dệt may Thiên Trường", "sponsor": "Everwell Textile Holdings Limited (Hồng Kông)",
     "sponsor_reg": "CR No. 2874561", "epc": "Công ty Cổ phần Xây dựng Công nghiệp Sông Hồng", "lenders": "IFC, DEG",
     "place": "Lô C3, KCN Bảo Minh, huyện Vụ Bản, tỉnh Nam Định", "lat": 20.36, "lon": 106.09, "group": "I",
     "lender_cat": "Loại B – Chính sách về bền vững môi trường và xã hội của IFC (2012)", "head": "Ông Trần Quang Vinh"},
    {"name": "Nhà máy thức ăn thủy sản Long Hậu", "core": "Long Hậu", "owner": "Công ty TNHH Dinh dưỡng Thủy sản Long Hậu",
     "parent": "Công ty Cổ phần Nông nghiệp Mê Kông Xanh", "sponsor": "AquaFeed Asia Pte. Ltd. (Singapore)", "sponsor_reg": "UEN 201834567K",
     "epc": "Công ty TNHH Cơ điện Thái Bình Dương", "lenders": "IFC",
     "place": "Lô 12B, KCN Long Hậu, huyện Cần Giuộc, tỉnh Long An", "lat": 10.62, "lon": 106.72, "group": "II",
     "lender_cat": "Loại B – Chính sách về bền vững môi trường và xã hội của IFC (2012)", "head": "Bà Nguyễn Thị Thu Hà"},
    {"name": "Nhà máy sản xuất lốp xe Phước Đông", "core": "Lốp xe Phước Đông", "owner": "Công ty TNHH Lốp xe Phước Đông",
     "parent": "Công ty Cổ phần Cao su Tây Ninh Xanh", "sponsor": "Sentosa Tyre Holdings Pte. Ltd. (Singapore)", "sponsor_reg": "UEN 201712345D",
     "epc": "Công ty Cổ phần Kết cấu Thép Miền Nam", "lenders": "IFC, ADB",
     "place": "Đường D8, KCN Phước Đông, huyện Gò Dầu, tỉnh Tây Ninh", "lat": 11.09, "lon": 106.30, "group": "I",
     "lender_cat": "Loại A – Chính sách an toàn của ADB (2009); Loại B – IFC (2012)", "head": "Ông Lê Hoàng Phúc"},
)  # fmt: skip


# ---------------------------------------------------------------- facility


def facility_hl1(doc: Doc) -> None:
    """Section 2 of an environmental and social due-diligence report (ESDD): `Роль в проекте / Role | Организация /
    Entity | Регистрационный номер / Registration No. | Адрес / Address` with the parties as rows — a foreign sponsor with
    its foreign registration, the borrowing holding, the project company that operates the site, the EPC contractor, the
    lenders and the independent consultant — three Kazakh entities with a BIN each, only the operator's the facility's;
    then a row spanning the table, `Площадка проекта / Project site`, over label rows whose value is merged across the
    three party columns: the facility, the place with its KATO, the centre as `49.93517° N, 76.51208° E`, the OKED beside
    its NACE code, the national category beside the lender's A/B/C category; the financing structure in a table of no
    role after it (VI: the same for an IFC-financed factory, enterprise numbers for the parent, the project company and
    the EPC contractor, `Nhóm I` beside `Loại B`)."""
    if doc.lang == "vi":
        _facility_hl1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    p = doc.pick(KZ_PROJECTS)

    def g(key: str) -> str:
        return p[key][L]

    b_borrower, b_operator, b_epc = _bins(doc, 3)
    kato = _kato(doc, p["region"])
    lat = round(p["lat"] + r.uniform(-0.03, 0.03), 5)
    lon = round(p["lon"] + r.uniform(-0.03, 0.03), 5)
    oked = p["oked"]
    doc.h(doc.v(f"Отчет об экологической и социальной комплексной проверке (ESDD). {g('name')}",
                f"{g('name')}. Экологиялық және әлеуметтік кешенді тексеру (ESDD) туралы есеп", ""))
    doc.h(doc.v("Раздел 2. Описание проекта / Section 2. Project Description", "2-бөлім. Жобаның сипаттамасы / Section 2. Project Description", ""))
    doc.p(doc.v(f"Проверка выполнена независимым консультантом по поручению кредиторов ({g('lenders')}) в сентябре – октябре 2025 г. "
                "Участники проекта и основные сведения о площадке приведены в таблице 2.1; реквизиты приведены по данным "
                "государственной регистрации, представленным Компанией.",
                f"Тексеруді кредиторлардың ({g('lenders')}) тапсырмасы бойынша тәуелсіз консультант 2025 жылғы қыркүйек – қазан айларында "
                "жүргізді. Жобаға қатысушылар мен алаң туралы негізгі мәліметтер 2.1-кестеде келтірілген; деректемелер Компания "
                "ұсынған мемлекеттік тіркеу деректері бойынша берілген.", ""))
    head = doc.v(["Роль в проекте\nRole", "Организация\nEntity", "Регистрационный номер\nRegistration No.", "Адрес / страна\nAddress / country"],
                 ["Жобадағы рөлі\nRole", "Ұйым\nEntity", "Тіркеу нөмірі\nRegistration No.", "Мекенжайы / елі\nAddress / country"], [])
    bin_w = doc.v("БИН", "БСН", "")
    rows = [head,
            [doc.v("Спонсор\nSponsor", "Демеуші\nSponsor", ""), g("sponsor"), p["sponsor_reg"], g("sponsor_addr")],
            [doc.v("Заемщик\nBorrower", "Қарыз алушы\nBorrower", ""), g("borrower"), f"{bin_w} {b_borrower}",
             doc.v("г. Астана, р-н Есиль, ул. Достык, 5/2, БЦ «Байтерек Плаза»", "Астана қ., Есіл ауданы, Достық к., 5/2, «Бәйтерек Плаза» БО", "")],
            [doc.v("Проектная компания (оператор объекта)\nProject Company (Operator)", "Жобалық компания (объект операторы)\nProject Company (Operator)", ""),
             g("operator"), f"{bin_w} {b_operator}", g("address")],
            [doc.v("Генеральный подрядчик (EPC)\nEPC Contractor", "Бас мердігер (EPC)\nEPC Contractor", ""), g("epc"), f"{bin_w} {b_epc}", g("epc_addr")],
            [doc.v("Кредиторы\nLenders", "Кредиторлар\nLenders", ""), g("lenders"), "–", "–"],
            [doc.v("Независимый консультант (IESC)\nIndependent Environmental and Social Consultant", "Тәуелсіз консультант (IESC)\nIndependent Environmental and Social Consultant", ""),
             "Caspian Environmental Advisory Ltd", "Companies House 10458213", doc.v("Лондон, Великобритания", "Лондон, Ұлыбритания", "")]]
    order = [1, 2, 3, 4] if r.random() < 0.5 else [2, 1, 3, 4]
    rows = [rows[0], *(rows[k] for k in order), rows[5], rows[6]]
    merges: list = []
    _span(rows, merges, doc.v("Площадка проекта / Project site", "Жоба алаңы / Project site", ""), 4)
    lat_s, lon_s = f"{lat:.5f}° N", f"{lon:.5f}° E"
    nace = f"{oked[:2]}.{oked[2:4]}"
    site = [
        (doc.v("Наименование объекта\nFacility", "Объектінің атауы\nFacility", ""), g("name")),
        (doc.v("Местоположение\nLocation", "Орналасқан жері\nLocation", ""), doc.v(f"{g('place')}; КАТО {kato}", f"{g('place')}; ҚАТО {kato}", "")),
        (doc.v("Координаты центра площадки (WGS 84)\nSite centre coordinates", "Алаң орталығының координаттары (WGS 84)\nSite centre coordinates", ""),
         f"{lat_s}, {lon_s}"),
        (doc.v("Основной вид деятельности (ОКЭД / NACE Rev. 2)\nMain activity", "Негізгі қызмет түрі (ЭҚЖЖ / NACE Rev. 2)\nMain activity", ""),
         f"{oked} / {nace} – {g('activity')}"),
        (doc.v("Категория объекта по Экологическому кодексу РК\nNational environmental category",
               "ҚР Экология кодексі бойынша объект санаты\nNational environmental category", ""),
         doc.v(f"{p['cat']} категория (раздел 1 приложения 2 к Экологическому кодексу РК)",
               f"{p['cat']} санат (ҚР Экология кодексінің 2-қосымшасының 1-бөлімі)", "")),
        (doc.v("Категория проекта по политике кредиторов\nLender categorisation (environmental and social)", "Кредиторлар саясаты бойынша жоба санаты\nLender categorisation (environmental and social)", ""),
         g("lender_cat")),
    ]
    for label, value in site:
        rows.append([label, value, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
    doc.table(doc.v("Таблица 2.1 – Участники проекта и площадка / Table 2.1 – Project parties and site",
                    "2.1-кесте – Жобаға қатысушылар және алаң / Table 2.1 – Project parties and site", ""), rows, merges, role="facility")
    doc.add("facilities", {"bin": b_operator, "name_contains": p["core"][L], "kato": kato, "oked": oked, "category": p["cat"], "lat": lat, "lon": lon})
    a, b = r.randint(60, 140), r.randint(30, 90)
    eq = r.randint(70, 160)
    frows = [doc.v(["Кредитор / источник\nLender / source", "Инструмент\nInstrument", "Сумма, млн долл. США\nAmount, USD m", "Срок, лет\nTenor, years"],
                   ["Кредитор / көзі\nLender / source", "Құрал\nInstrument", "Сомасы, млн АҚШ долл.\nAmount, USD m", "Мерзімі, жыл\nTenor, years"], []),
             [doc.v("Кредитор 1", "1-кредитор", ""), doc.v("Кредит А / A loan", "А кредиті / A loan", ""), str(a), str(r.choice((7, 8, 10)))],
             [doc.v("Кредитор 2", "2-кредитор", ""), doc.v("Параллельный кредит / Parallel loan", "Параллель кредит / Parallel loan", ""), str(b),
              str(r.choice((7, 8)))],
             [doc.v("Спонсор", "Демеуші", ""), doc.v("Акционерный капитал / Equity", "Акционерлік капитал / Equity", ""), str(eq), "–"],
             [doc.v("Итого / Total", "Барлығы / Total", ""), "", str(a + b + eq), ""]]
    doc.table(doc.v("Таблица 2.2 – Структура финансирования / Financing structure", "2.2-кесте – Қаржыландыру құрылымы / Financing structure", ""),
              frows, role="other")
    doc.p(doc.v("Примечание: категория кредиторов (A/B/C) определяет объем проверки и не заменяет категорию объекта по "
                "Экологическому кодексу РК.",
                "Ескертпе: кредиторлар санаты (A/B/C) тексеру көлемін айқындайды және ҚР Экология кодексі бойынша объект санатын "
                "алмастырмайды.", ""))


def _facility_hl1_vi(doc: Doc) -> None:
    r = doc.rng
    p = doc.pick(VN_PROJECTS)
    m_parent, m_owner, m_epc = _msdns(doc, 3)
    lat = round(p["lat"] + r.uniform(-0.02, 0.02), 5)
    lon = round(p["lon"] + r.uniform(-0.02, 0.02), 5)
    doc.h(f"BÁO CÁO THẨM ĐỊNH MÔI TRƯỜNG VÀ XÃ HỘI (ESDD) – {p['name'].upper()}")
    doc.h("Chương 2. Mô tả dự án / Chapter 2. Project Description")
    doc.p(f"Báo cáo do Tư vấn môi trường và xã hội độc lập lập theo yêu cầu của bên cho vay ({p['lenders']}). Bảng 2.1 liệt kê các "
          "bên tham gia dự án và thông tin chính về địa điểm; mã số đăng ký theo giấy chứng nhận đăng ký doanh nghiệp do Công ty cung cấp.")
    rows = [["Vai trò\nRole", "Tổ chức\nEntity", "Mã số đăng ký\nRegistration No.", "Địa chỉ / quốc gia\nAddress / country"],
            ["Nhà tài trợ vốn\nSponsor", p["sponsor"], p["sponsor_reg"], p["sponsor"].rsplit("(", 1)[1].rstrip(")")],
            ["Bên vay\nBorrower", p["parent"], f"MSDN {m_parent}", "TP. Hồ Chí Minh, Việt Nam"],
            ["Công ty dự án (chủ cơ sở)\nProject Company (Operator)", p["owner"], f"MSDN {m_owner}", p["place"]],
            ["Tổng thầu EPC\nEPC Contractor", p["epc"], f"MSDN {m_epc}", doc.pick(("Hà Nội, Việt Nam", "Bình Dương, Việt Nam"))],
            ["Bên cho vay\nLenders", p["lenders"], "-", "-"],
            ["Tư vấn độc lập (IESC)\nIndependent Environmental and Social Consultant", "Mekong ESG Advisory Pte. Ltd.", "UEN 201945512W", "Singapore"]]
    merges: list = []
    _span(rows, merges, "Địa điểm dự án / Project site", 4)
    site = [("Tên cơ sở\nFacility", p["name"]),
            ("Địa điểm\nLocation", p["place"]),
            ("Tọa độ trung tâm khu đất (WGS 84)\nSite centre coordinates", f"{lat:.5f}° N, {lon:.5f}° E"),
            ("Phân nhóm theo Nghị định 08/2022/NĐ-CP\nNational environmental category",
             f"Nhóm {p['group']} (Phụ lục {'III' if p['group'] == 'I' else 'IV'} Nghị định số 08/2022/NĐ-CP)"),
            ("Phân loại của bên cho vay\nLender categorisation (environmental and social)", p["lender_cat"])]
    for label, value in site:
        rows.append([label, value, None, None])
        merges.append((len(rows) - 1, 1, len(rows) - 1, 3))
    doc.table("Bảng 2.1. Các bên tham gia và địa điểm dự án / Table 2.1. Project parties and site", rows, merges, role="facility")
    doc.add("facilities", {"bin": m_owner, "name_contains": p["core"], "category": p["group"], "lat": lat, "lon": lon})
    a, b = r.randint(25, 60), r.randint(10, 35)
    frows = [["Nguồn vốn\nSource", "Hình thức\nInstrument", "Số tiền (triệu USD)\nAmount (USD m)", "Thời hạn (năm)\nTenor (years)"],
             ["Bên cho vay 1", "Khoản vay A / A loan", str(a), "8"],
             ["Bên cho vay 2", "Khoản vay song song / Parallel loan", str(b), "8"],
             ["Tổng cộng / Total", "", str(a + b), ""]]
    doc.table("Bảng 2.2. Cơ cấu tài chính / Financing structure", frows, role="other")
    doc.p("Ghi chú: phân loại A/B/C của bên cho vay chỉ xác định phạm vi thẩm định, không thay thế phân nhóm dự án theo pháp luật Việt Nam.")


def facility_hl2(doc: Doc) -> None:
    """An independent E&S consultant's site-visit record, a two-column form whose labels are in English only — `Record
    No.`, `Facility`, `Operator (legal entity)`, `BIN`, `Registered address`, `Site address`, `KATO code`, `GPS
    coordinates (WGS 84)`, `Main activity (OKED)`, `Environmental category (Environmental Code of RK)`, `Environmental
    permit`, `Lender environmental and social category`, `Dates of visit`, `IESC team` — and whose values are in Russian or Kazakh, the
    coordinates as a GPS receiver's ASCII `49°56'06.6"N 76°30'43.5"E`; the persons met in a table of no role (VI: the same
    record with Vietnamese values, `Enterprise registration code (MSDN)` and `Environmental group (Decree
    08/2022/NĐ-CP)`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    rec = f"SV-{doc.pick(('2025-02', '2025-03', '2026-01'))}"
    days = f"{r.randint(6, 20)}"
    if vi:
        p = doc.pick(VN_PROJECTS)
        code = make_msdn(r)
        lat_s, lat = _dms(p["lat"] + r.uniform(-0.02, 0.02), "N")
        lon_s, lon = _dms(p["lon"] + r.uniform(-0.02, 0.02), "E")
        doc.h(f"BÁO CÁO GIÁM SÁT CỦA TƯ VẤN ĐỘC LẬP (IESC) – {p['name'].upper()}")
        doc.p(f"Đợt khảo sát hiện trường định kỳ theo yêu cầu của bên cho vay ({p['lenders']}). Biên bản khảo sát được lập theo mẫu "
              "của IESC (nhãn tiếng Anh), nội dung ghi bằng tiếng Việt.")
        rows = [["Record No.", rec],
                ["Project", f"Tài trợ mở rộng và nâng cấp {p['name']}"],
                ["Facility", p["name"]],
                ["Operator (legal entity)", p["owner"]],
                ["Enterprise registration code (MSDN)", code],
                ["Site address", p["place"]],
                ["GPS coordinates (WGS 84)", f"{lat_s} {lon_s}"],
                ["Environmental group (Decree 08/2022/NĐ-CP)", f"Nhóm {p['group']}"],
                ["Environmental permit", f"Giấy phép môi trường số {r.randint(120, 480)}/GPMT-BTNMT ngày {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2024"],
                ["Lender environmental and social category", p["lender_cat"]],
                ["Dates of visit", f"{days}–{int(days) + 2}/11/2025"],
                ["IESC team", "J. Whitfield (trưởng đoàn), Nguyễn Minh Khoa (chuyên gia môi trường), Đặng Thu Trang (chuyên gia xã hội)"]]
        doc.table("Site Visit Record", rows, role="facility")
        doc.add("facilities", {"bin": code, "name_contains": p["core"], "category": p["group"], "lat": lat, "lon": lon})
        met = [["Name", "Position", "Organisation"],
               [p["head"], "Tổng Giám đốc", p["owner"]],
               [doc.pick(("Ông Phạm Văn Dũng", "Bà Võ Thị Lan")), "Trưởng phòng An toàn – Môi trường", p["owner"]],
               [doc.pick(("Ông Hồ Sĩ Nam", "Bà Lý Thanh Tâm")), "Chỉ huy trưởng công trường", p["epc"]]]
        doc.table("Persons met", met, role="other")
        doc.p("Các phát hiện của đợt khảo sát được trình bày tại Chương 3; tình trạng thực hiện ESAP – tại Phụ lục A.")
        return
    L = _L(doc)
    p = doc.pick(KZ_PROJECTS)

    def g(key: str) -> str:
        return p[key][L]

    bin_ = make_bin(r)
    kato = _kato(doc, p["region"])
    lat_s, lat = _dms(p["lat"] + r.uniform(-0.03, 0.03), "N")
    lon_s, lon = _dms(p["lon"] + r.uniform(-0.03, 0.03), "E")
    permit = f"KZ{r.randint(10, 99)}VCZ{r.randint(10**7, 10**8 - 1)}"
    doc.h(doc.v(f"Отчет о мониторинговом визите независимого консультанта (IESC). {g('name')}",
                f"{g('name')}. Тәуелсіз консультанттың (IESC) мониторингтік сапары туралы есеп", ""))
    doc.p(doc.v(f"Визит проведен по поручению кредиторов ({g('lenders')}) для проверки выполнения Плана экологических и социальных "
                "мероприятий (ПЭСМ). Протокол визита составлен по форме консультанта (поля на английском языке).",
                f"Сапар Экологиялық және әлеуметтік іс-шаралар жоспарының (ЭӘІЖ) орындалуын тексеру үшін кредиторлардың ({g('lenders')}) "
                "тапсырмасы бойынша жүргізілді. Сапар хаттамасы консультанттың нысаны бойынша жасалды (өрістері ағылшын тілінде).", ""))
    day = int(days)
    rows = [["Record No.", rec],
            ["Project", doc.v(f"Финансирование модернизации: {g('name')}", f"Жаңғыртуды қаржыландыру: {g('name')}", "")],
            ["Facility", g("name")],
            ["Operator (legal entity)", g("operator")],
            ["BIN", bin_],
            ["Registered address", g("address")],
            ["Site address", g("place")],
            ["KATO code", kato],
            ["GPS coordinates (WGS 84)", f"{lat_s} {lon_s}"],
            ["Main activity (OKED)", f"{p['oked']} – {g('activity')}"],
            ["Environmental category (Environmental Code of RK)", doc.v(f"{p['cat']} категория", f"{p['cat']} санат", "")],
            ["Environmental permit", doc.v(f"КЭР № {permit} от {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024, Министерство экологии и природных ресурсов РК",
                                           f"КЭР № {permit}, {r.randint(1, 28):02d}.{r.randint(1, 12):02d}.2024, ҚР Экология және табиғи ресурстар министрлігі", "")],
            ["Lender environmental and social category", g("lender_cat").split(" – ")[0]],
            ["Dates of visit", doc.v(f"{day}–{day + 2} октября 2025 г.", f"2025 жылғы {day}–{day + 2} қазан", "")],
            ["IESC team", doc.v("Д. Морган (руководитель), А. Сейтова (эколог), М. Ким (социальный специалист)",
                                "Д. Морган (жетекші), А. Сейітова (эколог), М. Ким (әлеуметтік маман)", "")]]
    if r.random() < 0.5:
        rows.insert(4, rows.pop(7))  # the KATO code right after the operator, as some records have it
    doc.table("Site Visit Record", rows, role="facility")
    doc.add("facilities", {"bin": bin_, "name_contains": p["core"][L], "kato": kato, "oked": p["oked"], "category": p["cat"], "lat": lat, "lon": lon})
    met = [["Name", "Position", "Organisation"],
           [g("head"), doc.v("генеральный директор", "бас директор", ""), g("operator")],
           [doc.pick(("Сейткали Д.М.", "Омарова Г.Т.")), doc.v("менеджер по ОТ, ПБ и ООС", "ЕҚ, ӨҚ және ҚОҚ жөніндегі менеджер", ""), g("operator")],
           [doc.pick(("Иванов П.А.", "Бекенов С.Ж.")), doc.v("руководитель проекта", "жоба жетекшісі", ""), g("epc")]]
    doc.table("Persons met", met, role="other")
    doc.p(doc.v("Выявленные несоответствия и статус мероприятий ПЭСМ приведены в разделе 3 и приложении А.",
                "Анықталған сәйкессіздіктер мен ЭӘІЖ іс-шараларының мәртебесі 3-бөлімде және А қосымшасында келтірілген.", ""))


# ---------------------------------------------------------------- emissions

EN_AIR = {"0301": "Nitrogen dioxide", "0304": "Nitrogen monoxide", "0330": "Sulphur dioxide", "0337": "Carbon monoxide",
          "2908": "Inorganic dust, SiO2 70-20%", "3749": "Coal dust", "0328": "Carbon black (soot)", "2902": "Total suspended particulates",
          "0303": "Ammonia", "0333": "Hydrogen sulphide", "0008": "Particulate matter PM10"}
COAL_DUST = ("Пыль каменного угля", "Тас көмір шаңы")


def _air(doc: Doc, code: str) -> str:
    if code == "3749":
        return COAL_DUST[_L(doc)]
    return vocab.air(code, doc.lang)


# (number, RU, KK, codes, (low, high) g/s per code, hours)
CEMENT_SOURCES = (
    ("0001", "Дымовая труба вращающейся печи (после рукавного фильтра)", "Айналмалы пештің түтін мұржасы (жеңді сүзгіден кейін)",
     {"0301": (18, 42), "0304": (2.8, 6.8), "0330": (1.5, 9), "0337": (12, 40), "2908": (0.9, 3.5)}, 7800),
    ("0002", "Аспирация колосникового холодильника клинкера", "Клинкердің колосникті тоңазытқышының аспирациясы", {"2908": (0.6, 2.2)}, 7800),
    ("0003", "Аспирация угольной мельницы", "Көмір диірменінің аспирациясы", {"3749": (0.05, 0.3)}, 7000),
    ("0004", "Аспирация цементной мельницы № 1", "№ 1 цемент диірменінің аспирациясы", {"2908": (0.4, 1.5)}, 7200),
    ("0005", "Аспирация цементной мельницы № 2", "№ 2 цемент диірменінің аспирациясы", {"2908": (0.4, 1.5)}, 6800),
    ("0006", "Аспирация силосов цемента и упаковочной установки", "Цемент сүрлемдері мен қаптау қондырғысының аспирациясы",
     {"2908": (0.2, 0.8)}, 6500),
    ("6001", "Открытый склад клинкера", "Ашық клинкер қоймасы", {"2908": (0.05, 0.4)}, 8760),
    ("6002", "Склад угля с узлом дробления", "Ұсату торабы бар көмір қоймасы", {"3749": (0.02, 0.15)}, 8760),
)  # fmt: skip


def emissions_hl1(doc: Doc) -> None:
    """The air section of a cement plant's annual environmental and social monitoring report to its lenders, every
    figure in English notation (a decimal point, commas between thousands: `1,045.3`, `0.0125`) as the note before the
    table says: `ИЗА / Source No. | Источник / Emission source | Код / Code | Вещество / Pollutant | Класс опасности /
    Hazard class | г/с | т за 2025 г. | изменение к 2024 г., %` with both languages in each header cell on two lines, the
    pollutant's name followed by its English name in brackets, coal dust with a dash for its class, the source merged down
    over its pollutants, a total of the tonnes only; the greenhouse-gas inventory by scope in tCO2e in a table of no role
    after it (VI: a dyeing mill's report to IFC, named sources, the same notation)."""
    if doc.lang == "vi":
        _emissions_hl1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    p = KZ_PROJECTS[1]
    name = p["name"][L]
    doc.h(doc.v(f"Годовой отчет об экологической и социальной деятельности за 2025 год (AESR) для ЕБРР. {name}",
                f"{name}. ЕҚДБ-ға арналған 2025 жылғы экологиялық және әлеуметтік қызмет туралы жылдық есеп (AESR)", ""))
    doc.h(doc.v("4.2. Выбросы в атмосферный воздух / Air emissions", "4.2. Атмосфералық ауаға шығарындылар / Air emissions", ""))
    doc.p(doc.v("Выбросы за 2025 год определены по результатам инструментальных замеров на организованных источниках и расчетом "
                "для неорганизованных источников; максимальные разовые выбросы – по наибольшему из замеров года. Все числовые "
                "значения в таблицах раздела приведены в англоязычной нотации, принятой в отчетах для кредиторов: десятичный "
                "разделитель – точка, разделитель разрядов – запятая.",
                "2025 жылғы шығарындылар ұйымдастырылған көздерде аспаптық өлшеулердің нәтижелері бойынша, ұйымдастырылмаған көздер "
                "үшін есептеу арқылы анықталды; ең жоғары бір реттік шығарындылар – жылдағы өлшеулердің ең үлкені бойынша. Бөлім "
                "кестелеріндегі барлық сандық мәндер кредиторларға арналған есептерде қабылданған ағылшын тіліндегі жазылуымен "
                "берілген: ондық бөлгіш – нүкте, разрядтарды бөлгіш – үтір.", ""))
    head = doc.v(["ИЗА\nSource No.", "Источник выброса\nEmission source", "Код ЗВ\nCode", "Загрязняющее вещество\nPollutant",
                  "Класс опасности\nHazard class", "Максимальный разовый выброс, г/с\nMaximum emission rate, g/s",
                  "Валовый выброс за 2025 г., т\nAnnual emission 2025, t", "Изменение к 2024 г., %\nChange vs 2024, %"],
                 ["ЛШК\nSource No.", "Шығарынды көзі\nEmission source", "ЛЗ коды\nCode", "Ластаушы зат\nPollutant",
                  "Қауіптілік сыныбы\nHazard class", "Ең жоғары бір реттік шығарынды, г/с\nMaximum emission rate, g/s",
                  "2025 ж. жалпы шығарынды, т\nAnnual emission 2025, t", "2024 ж. қарағанда өзгерісі, %\nChange vs 2024, %"], [])
    rows = [head]
    merges = []
    chosen = [s for s in CEMENT_SOURCES if s[0] in ("0001", "0002", "0003", "6001") or r.random() < 0.7]
    tonnes = []
    for number, s_ru, s_kk, codes, hours in chosen:
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            gs = _sig(r.uniform(lo, hi), 3)
            t = _tonnes(gs * 3600 * hours / 1e6 * r.uniform(0.55, 0.85))
            hz = vocab.hazard(c) if c in vocab.AIR else None
            change = round(r.uniform(2, 14) if number == "0002" else r.uniform(-18, 12), 1)
            rows.append([number if j == 0 else None, (s_ru, s_kk)[L] if j == 0 else None, c, f"{_air(doc, c)} ({EN_AIR[c]})",
                         str(hz) if hz else "–", _en(gs), _en(t), f"{change:+.1f}"])
            doc.add("emissions", emission(c, gs, t, number, hz))
            tonnes.append(t)
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append([doc.v("Итого / Total", "Барлығы / Total", ""), None, None, None, None, "", _en(round(sum(tonnes), 2)), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    doc.table(doc.v("Таблица 4.2 – Выбросы загрязняющих веществ в 2025 году / Table 4.2 – Pollutant emissions in 2025",
                    "4.2-кесте – 2025 жылғы ластаушы заттар шығарындылары / Table 4.2 – Pollutant emissions in 2025", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "unorganized" if s[0].startswith("6") else "organized"} for s in chosen))
    doc.p(doc.v("Класс опасности пыли каменного угля не установлен (норматив – ОБУВ). Рост выбросов пыли холодильника связан с "
                "износом рукавов фильтра; замена предусмотрена мероприятием 3.2 ПЭСМ.",
                "Тас көмір шаңының қауіптілік сыныбы белгіленбеген (норматив – ШҚӘД). Тоңазытқыш шаңы шығарындыларының өсуі сүзгі "
                "жеңдерінің тозуына байланысты; ауыстыру ЭӘІЖ-нің 3.2-іс-шарасында көзделген.", ""))
    clinker = r.randint(1150, 1480) * 1000
    process = round(clinker * r.uniform(0.51, 0.53), 0)
    fuel = round(clinker * r.uniform(0.27, 0.31), 0)
    mobile = float(r.randint(3200, 5400))
    power = round(clinker * r.uniform(0.06, 0.08), 0)
    total = process + fuel + mobile + power
    grows = [doc.v(["Категория\nCategory", "2024, т CO2-экв.\n2024, tCO2e", "2025, т CO2-экв.\n2025, tCO2e"],
                   ["Санат\nCategory", "2024, т CO2-экв.\n2024, tCO2e", "2025, т CO2-экв.\n2025, tCO2e"], [])]
    for label, v in ((doc.v("Scope 1 – технологические выбросы (декарбонизация сырья) / Process CO2",
                            "Scope 1 – технологиялық шығарындылар (шикізатты декарбонизациялау) / Process CO2", ""), process),
                     (doc.v("Scope 1 – сжигание топлива в печи / Kiln fuel", "Scope 1 – пеште отын жағу / Kiln fuel", ""), fuel),
                     (doc.v("Scope 1 – мобильные источники / Mobile sources", "Scope 1 – жылжымалы көздер / Mobile sources", ""), mobile),
                     (doc.v("Scope 2 – покупная электроэнергия / Purchased electricity", "Scope 2 – сатып алынған электр энергиясы / Purchased electricity", ""), power),
                     (doc.v("Итого Scope 1 + 2 / Total", "Барлығы Scope 1 + 2 / Total", ""), total)):
        grows.append([label, _en(round(v * r.uniform(0.93, 1.04), 0)), _en(v)])
    grows.append([doc.v("Удельные выбросы, т CO2-экв./т клинкера / Intensity, tCO2e/t clinker",
                        "Меншікті шығарындылар, т CO2-экв./т клинкер / Intensity, tCO2e/t clinker", ""),
                  _en(round(total / clinker * 1.01, 3)), _en(round(total / clinker, 3))])
    doc.table(doc.v("Таблица 4.3 – Выбросы парниковых газов / Table 4.3 – GHG emissions",
                    "4.3-кесте – Парниктік газдар шығарындылары / Table 4.3 – GHG emissions", ""), grows, role="other")


# (VI source, EN source, {code: (low, high) g/s}, hours)
TEX_SOURCES = (
    ("Lò hơi đốt than 20 tấn hơi/giờ – ống khói K1 (sau xyclon, lọc bụi túi vải và tháp hấp thụ)", "Coal-fired boiler 20 t/h – stack K1",
     {"2902": (0.8, 2.6), "0330": (2.5, 7.5), "0301": (3.0, 8.0), "0337": (0.9, 3.2)}, 7200),
    ("Lò dầu tải nhiệt đốt sinh khối 4 triệu kcal/giờ – ống khói K2", "Biomass thermal-oil heater – stack K2",
     {"2902": (0.3, 1.1), "0330": (0.1, 0.5), "0301": (0.6, 1.8), "0337": (0.4, 1.6)}, 7000),
    ("Máy định hình vải (stenter) – ống thải K3 (sau thiết bị lọc tĩnh điện)", "Stenter exhaust – K3 (after ESP)", {"2902": (0.05, 0.3)}, 6200),
    ("Máy phát điện dự phòng 2 MVA – ống xả K4", "Standby generator 2 MVA – K4", {"0330": (0.02, 0.08), "0301": (0.8, 2.2), "0337": (0.3, 0.9)}, 120),
)  # fmt: skip
VI_AIR = {"2902": "Bụi tổng (TSP)\nTotal suspended particulates", "0330": "SO2\nSulphur dioxide",
          "0301": "NOx (tính theo NO2)\nNitrogen oxides (as NO2)", "0337": "CO\nCarbon monoxide"}


def _emissions_hl1_vi(doc: Doc) -> None:
    r = doc.rng
    p = VN_PROJECTS[0]
    doc.h(f"BÁO CÁO GIÁM SÁT MÔI TRƯỜNG VÀ XÃ HỘI HẰNG NĂM 2025 GỬI IFC VÀ DEG – {p['name'].upper()}")
    doc.h("4.2. Khí thải / Air emissions")
    doc.p("Tải lượng năm 2025 được tính từ kết quả quan trắc định kỳ, lưu lượng khí thải và số giờ vận hành thực tế của từng nguồn. "
          "Số liệu trong các bảng của mục này được trình bày theo định dạng số tiếng Anh (dấu chấm thập phân, dấu phẩy phân cách "
          "hàng nghìn) để thống nhất với bản tiếng Anh của báo cáo.")
    rows = [["TT\nNo.", "Nguồn thải\nEmission source", "Thông số\nParameter", "Tải lượng tối đa (g/s)\nMaximum emission rate (g/s)",
             "Tổng tải lượng năm 2025 (tấn)\nAnnual emission 2025 (t)", "Thay đổi so với 2024 (%)\nChange vs 2024 (%)"]]
    merges = []
    tonnes = []
    for k, (name, en, codes, hours) in enumerate(TEX_SOURCES, 1):
        start = len(rows)
        for j, (c, (lo, hi)) in enumerate(codes.items()):
            gs = _sig(r.uniform(lo, hi), 3)
            t = _tonnes(gs * 3600 * hours / 1e6 * r.uniform(0.6, 0.9))
            rows.append([str(k) if j == 0 else None, f"{name}\n{en}" if j == 0 else None, VI_AIR[c], _en(gs), _en(t),
                         f"{round(r.uniform(-15, 10), 1):+.1f}"])
            doc.add("emissions", emission(c, gs, t))
            tonnes.append(t)
        if len(codes) > 1:
            merges += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    rows.append(["Tổng cộng / Total", None, None, "", _en(round(sum(tonnes), 2)), ""])
    merges.append((len(rows) - 1, 0, len(rows) - 1, 2))
    doc.table("Bảng 4.2. Tải lượng khí thải năm 2025 / Table 4.2. Air emissions in 2025", rows, merges, role="emissions")
    coal = r.randint(21, 29) * 1000
    s1 = round(coal * r.uniform(2.3, 2.5), 0)
    s2 = round(r.uniform(14, 22) * 1000, 0)
    grows = [["Phạm vi\nScope", "2024 (tCO2e)", "2025 (tCO2e)"],
             ["Scope 1 – đốt than, sinh khối, dầu DO / Fuel combustion", _en(round(s1 * r.uniform(0.95, 1.05), 0)), _en(s1)],
             ["Scope 2 – điện mua từ lưới / Purchased electricity", _en(round(s2 * r.uniform(0.95, 1.05), 0)), _en(s2)],
             ["Tổng cộng / Total", "", _en(s1 + s2)]]
    doc.table("Bảng 4.3. Phát thải khí nhà kính / Table 4.3. GHG emissions", grows, role="other")
    doc.p("Ghi chú: tải lượng của máy phát điện dự phòng tính theo số giờ vận hành thực tế (mất điện lưới).")


# (number, model ID, RU, KK, AERMOD type, height, diameter or dimensions (RU, KK), T K or None, w m/s or None, {code: (low, high)})
GLASS_MODEL = (
    ("0001", "STK-1", "Дымовая труба стекловаренной печи (после электрофильтра)", "Шыны балқыту пешінің түтін мұржасы (электрсүзгіден кейін)", "POINT",
     60, ("2,2", "2,2"), 453, 11.5, {"0301": (4, 9), "0304": (0.6, 1.5), "0330": (1.5, 4.5), "0337": (0.3, 1.2), "2908": (0.2, 0.6)}),
    ("0002", "STK-2", "Аспирация составного цеха (рукавный фильтр)", "Шихта цехінің аспирациясы (жеңді сүзгі)", "POINT",
     25, ("0,8", "0,8"), 298, 14.2, {"2908": (0.05, 0.2)}),
    ("0003", "STK-3", "Дымовая труба газовой котельной", "Газ қазандығының түтін мұржасы", "POINT",
     30, ("0,6", "0,6"), 413, 8.4, {"0301": (0.15, 0.45), "0304": (0.02, 0.07), "0337": (0.2, 0.6)}),
    ("0004", "STK-4", "Выхлопная труба аварийного дизель-генератора", "Апаттық дизель-генератордың шығару құбыры", "POINT",
     6, ("0,3", "0,3"), 723, 32.0, {"0301": (0.5, 1.2), "0304": (0.08, 0.2), "0330": (0.06, 0.15), "0337": (0.4, 1.0), "0328": (0.03, 0.08)}),
    ("6001", "AREA-1", "Открытый склад песка и доломита", "Құм мен доломиттің ашық қоймасы", "AREA",
     2, ("80 × 45", "80 × 45"), None, None, {"2908": (0.02, 0.09)}),
    ("6002", "VOL-1", "Узел дробления стеклобоя (неплотности здания)", "Шыны сынықтарын ұсату торабы (ғимараттың тығыз емес жерлері)", "VOLUME",
     6, ("σy 3,5; σz 2,8", "σy 3,5; σz 2,8"), None, None, {"2908": (0.01, 0.05)}),
    ("6003", "AREA-2", "Стоянка грузового автотранспорта", "Жүк автокөлігінің тұрағы", "AREA",
     1, ("60 × 30", "60 × 30"), None, None, {"0301": (0.002, 0.01), "0337": (0.02, 0.08)}),
)  # fmt: skip
POULTRY_MODEL = (
    ("0001", "STK-1", "Дымовая труба котельной (природный газ)", "Қазандықтың түтін мұржасы (табиғи газ)", "POINT",
     24, ("0,7", "0,7"), 423, 7.6, {"0301": (0.2, 0.6), "0304": (0.03, 0.09), "0337": (0.3, 0.8)}),
    ("0002", "STK-2", "Труба инсинератора падежа", "Өлексе инсинераторының мұржасы", "POINT",
     12, ("0,5", "0,5"), 523, 9.1, {"0301": (0.05, 0.15), "0330": (0.02, 0.06), "0337": (0.04, 0.12), "0328": (0.005, 0.02)}),
    ("6001", "VOL-1", "Птичники № 1–6 (вытяжные вентиляторы)", "№ 1–6 құс қоралары (сору желдеткіштері)", "VOLUME",
     4, ("σy 45; σz 2,5", "σy 45; σz 2,5"), None, None, {"0303": (0.15, 0.45), "0333": (0.004, 0.012), "2902": (0.04, 0.12)}),
    ("6002", "VOL-2", "Птичники № 7–12 (вытяжные вентиляторы)", "№ 7–12 құс қоралары (сору желдеткіштері)", "VOLUME",
     4, ("σy 45; σz 2,5", "σy 45; σz 2,5"), None, None, {"0303": (0.15, 0.45), "0333": (0.004, 0.012), "2902": (0.04, 0.12)}),
    ("6003", "AREA-1", "Площадка временного хранения помета", "Саңғырықты уақытша сақтау алаңы", "AREA",
     1, ("120 × 60", "120 × 60"), None, None, {"0303": (0.05, 0.2), "0333": (0.002, 0.008)}),
    ("6004", "AREA-2", "Кормоцех: разгрузка и пересыпка зерна", "Жем цехы: астықты түсіру және төгу", "AREA",
     3, ("40 × 25", "40 × 25"), None, None, {"2902": (0.02, 0.08)}),
)  # fmt: skip


def emissions_hl2(doc: Doc) -> None:
    """The air-quality chapter of an ESIA written to the lenders' standard: the source table of the dispersion modelling
    (AERMOD) — `ИЗА № | ID в модели | источник | тип (AERMOD) | X, Y (UTM) | высота | диаметр / размеры | T, K | w, м/с`
    and the emission rates in g/s only with the pollutants as columns under a merged header, dashes where a source does
    not emit; POINT stacks, AREA yards and VOLUME barns or buildings (organised and unorganised); the meteorological data
    of the modelling in a table of no role before it (a glass-container plant or a poultry complex; VI: a tyre plant's
    stacks and fuel yard in an ĐTM prepared to IFC standards, `K1`, `A1` IDs that are no source numbers)."""
    if doc.lang == "vi":
        _emissions_hl2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    glass = r.random() < 0.5
    table = GLASS_MODEL if glass else POULTRY_MODEL
    if glass:
        name = doc.v("Стекольный завод «Сыр Шыны» (тарное стекло, 330 т/сут)", "«Сыр Шыны» шыны зауыты (ыдыс шынысы, тәулігіне 330 т)", "")
        station, zone, x0, y0 = doc.v("Кызылорда", "Қызылорда", ""), "41N", 540_000, 4_966_000
    else:
        name = doc.v("Птицефабрика «Алатау Құс» (расширение, 12 птичников)", "«Алатау Құс» құс фабрикасы (кеңейту, 12 құс қорасы)", "")
        station, zone, x0, y0 = doc.v("Алматы", "Алматы", ""), "43N", 588_000, 4_794_000
    doc.h(doc.v(f"Оценка воздействия на окружающую среду и социальную сферу (ОВОСС/ESIA). {name}",
                f"{name}. Қоршаған ортаға және әлеуметтік салаға әсерді бағалау (ҚОӘСБ/ESIA)", ""))
    doc.h(doc.v("Глава 7. Качество атмосферного воздуха. 7.3. Исходные данные моделирования рассеивания",
                "7-тарау. Атмосфералық ауаның сапасы. 7.3. Таралуды модельдеудің бастапқы деректері", ""))
    doc.p(doc.v("Рассеивание выбросов рассчитано программой AERMOD (US EPA) в соответствии с требованиями кредиторов; результаты "
                "сопоставлены с ПДК РК и рекомендациями ВОЗ. Выбросы приняты по проекту нормативов допустимых выбросов для режима "
                "максимальной нагрузки; валовые выбросы в модель не вводятся.",
                "Шығарындылардың таралуы кредиторлардың талаптарына сәйкес AERMOD (US EPA) бағдарламасымен есептелді; нәтижелер ҚР "
                "ШЖК-мен және ДДҰ ұсынымдарымен салыстырылды. Шығарындылар ең жоғары жүктеме режимі үшін жол берілетін шығарындылар "
                "нормативтерінің жобасы бойынша қабылданды; жалпы шығарындылар модельге енгізілмейді.", ""))
    mrows = [doc.v(["Показатель", "Значение"], ["Көрсеткіш", "Мәні"], []),
             [doc.v("Метеостанция, период", "Метеостанция, кезең", ""), f"{station}, 2020–2024"],
             [doc.v("Средняя температура наиболее жаркого месяца, °C", "Ең ыстық айдың орташа температурасы, °C", ""),
              num(round(r.uniform(29, 34), 1), doc.lang)],
             [doc.v("Средняя температура наиболее холодного месяца, °C", "Ең суық айдың орташа температурасы, °C", ""),
              num(round(r.uniform(-12, -5), 1), doc.lang)],
             [doc.v("Средняя годовая скорость ветра, м/с", "Желдің орташа жылдық жылдамдығы, м/с", ""), num(round(r.uniform(2.1, 3.8), 1), doc.lang)],
             [doc.v("Повторяемость штилей, %", "Тымықтың қайталануы, %", ""), num(r.randint(8, 22), doc.lang)],
             [doc.v("Преобладающее направление ветра", "Желдің басым бағыты", ""), doc.pick(("СВ", "В", "ЮЗ")) if L == 0 else doc.pick(("СШ", "Ш", "ОБ"))]]
    doc.table(doc.v("Таблица 7.4 – Метеорологические данные моделирования", "7.4-кесте – Модельдеудің метеорологиялық деректері", ""), mrows,
              role="other")
    codes = []
    for row in table:
        for c in row[9]:
            if c not in codes:
                codes.append(c)
    head0 = doc.v(["ИЗА №", "ID в модели\nModel ID", "Источник\nSource", "Тип (AERMOD)\nType", f"X, м\n(UTM {zone})", f"Y, м\n(UTM {zone})",
                   "Высота выброса, м\nRelease height, m", "Диаметр, м / размеры, м\nDiameter / dimensions", "T, K", "w, м/с",
                   "Выброс, г/с / Emission rate, g/s"],
                  ["ЛШК №", "Модельдегі ID\nModel ID", "Көз\nSource", "Түрі (AERMOD)\nType", f"X, м\n(UTM {zone})", f"Y, м\n(UTM {zone})",
                   "Шығару биіктігі, м\nRelease height, m", "Диаметрі, м / өлшемдері, м\nDiameter / dimensions", "T, K", "w, м/с",
                   "Шығарынды, г/с / Emission rate, g/s"], [])
    head0 += [None] * (len(codes) - 1)
    head1 = [None] * 10 + [f"{_air(doc, c)}\n({c})" for c in codes]
    rows = [head0, head1]
    merges = [(0, c, 1, c) for c in range(10)] + [(0, 10, 0, 9 + len(codes))]
    ambient = doc.v("окр.", "қорш.", "")
    for number, mid, s_ru, s_kk, kind, h, dims, temp, w, rates in table:
        line = [number, mid, (s_ru, s_kk)[L], kind, num(x0 + r.randint(-900, 900), doc.lang), num(y0 + r.randint(-900, 900), doc.lang),
                num(h, doc.lang), dims[L], num(temp, doc.lang) if temp else ambient, num(w, doc.lang) if w else "–"]
        for c in codes:
            if c in rates:
                gs = _sig(r.uniform(*rates[c]), 3)
                line.append(num(gs, doc.lang))
                doc.add("emissions", emission(c, gs, None, number))
            else:
                line.append("–")
        rows.append(line)
    doc.table(doc.v("Таблица 7.5 – Параметры источников выбросов для модели AERMOD / AERMOD source parameters",
                    "7.5-кесте – AERMOD моделіне арналған шығарынды көздерінің параметрлері / AERMOD source parameters", ""),
              rows, merges, role="emissions")
    doc.add("sources", *({"number": s[0], "type": "organized" if s[4] == "POINT" else "unorganized"} for s in table))
    doc.p(doc.v("POINT – точечный (организованный) источник; AREA – площадной, VOLUME – объемный неорганизованные источники "
                "(для них указаны размеры или начальные сигмы рассеяния σy, σz). «окр.» – температура окружающего воздуха.",
                "POINT – нүктелік (ұйымдастырылған) көз; AREA – алаңдық, VOLUME – көлемдік ұйымдастырылмаған көздер (олар үшін "
                "өлшемдері немесе бастапқы шашырау сигмалары σy, σz көрсетілген). «қорш.» – қоршаған ауаның температурасы.", ""))


# (ID, VI source, type, height, diameter / size, T K or None, w or None, {code: (low, high)})
TYRE_MODEL = (
    ("K1", "Ống khói lò hơi đốt sinh khối 15 tấn hơi/giờ", "POINT", 32, "1,2", 433, 9.8,
     {"2902": (0.4, 1.2), "0330": (0.2, 0.8), "0301": (0.8, 2.1), "0337": (0.5, 1.5)}),
    ("K2", "Ống thải hệ thống lọc bụi khu trộn cao su (banbury)", "POINT", 18, "0,9", 308, 15.2, {"2902": (0.08, 0.3)}),
    ("K3", "Ống thải hệ thống hấp phụ than hoạt tính khu phun keo, dán lốp", "POINT", 15, "0,7", 303, 12.5, {"0621": (0.02, 0.09), "0616": (0.01, 0.05)}),
    ("K4", "Ống xả máy phát điện dự phòng 2.000 kVA", "POINT", 8, "0,4", 743, 28.0, {"2902": (0.05, 0.15), "0330": (0.03, 0.1), "0301": (0.9, 2.4), "0337": (0.3, 0.9)}),
    ("A1", "Bãi chứa nhiên liệu sinh khối (trấu, dăm gỗ)", "AREA", 3, "70 × 40", None, None, {"2902": (0.03, 0.12)}),
)  # fmt: skip
TYRE_LABEL = {"2902": "Bụi tổng (TSP)", "0330": "SO2", "0301": "NO2", "0337": "CO", "0621": "Toluen", "0616": "Xylen"}


def _emissions_hl2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG VÀ XÃ HỘI (ESIA) – NHÀ MÁY SẢN XUẤT LỐP XE PHƯỚC ĐÔNG")
    doc.h("Chương 7. Chất lượng không khí – 7.3. Dữ liệu đầu vào mô hình phát tán")
    doc.p("Mô hình AERMOD (US EPA) được sử dụng theo yêu cầu của bên cho vay (IFC, ADB); kết quả được so sánh với QCVN 05:2023/BTNMT "
          "và hướng dẫn của WHO. Tải lượng tính cho chế độ vận hành công suất tối đa giai đoạn vận hành.")
    mrows = [["Thông số", "Giá trị"], ["Trạm khí tượng, giai đoạn", "Tây Ninh, 2020–2024"],
             ["Nhiệt độ trung bình năm, °C", num(round(r.uniform(27, 28.2), 1), "vi")],
             ["Tốc độ gió trung bình năm, m/s", num(round(r.uniform(1.6, 2.4), 1), "vi")],
             ["Tần suất lặng gió, %", num(r.randint(12, 25), "vi")], ["Hướng gió chủ đạo", doc.pick(("Tây Nam (mùa mưa)", "Đông Nam"))]]
    doc.table("Bảng 7.4. Dữ liệu khí tượng đầu vào mô hình", mrows, role="other")
    codes = []
    for row in TYRE_MODEL:
        for c in row[7]:
            if c not in codes:
                codes.append(c)
    head0 = ["Mã nguồn\nSource ID", "Nguồn thải\nSource", "Loại (AERMOD)\nType", "X (m)\nUTM 48N", "Y (m)\nUTM 48N", "Chiều cao (m)\nHeight",
             "Đường kính (m) / kích thước (m)\nDiameter / size", "T (K)", "w (m/s)", "Tải lượng phát thải (g/s) / Emission rate (g/s)"]
    head0 += [None] * (len(codes) - 1)
    rows = [head0, [None] * 9 + [TYRE_LABEL[c] for c in codes]]
    merges = [(0, c, 1, c) for c in range(9)] + [(0, 9, 0, 8 + len(codes))]
    x0, y0 = 642_000, 1_226_000
    for mid, name, kind, h, dims, temp, w, rates in TYRE_MODEL:
        line = [mid, name, kind, num(x0 + r.randint(-600, 600), "vi"), num(y0 + r.randint(-600, 600), "vi"), num(h, "vi"), dims,
                num(temp, "vi") if temp else "môi trường", num(w, "vi") if w else "-"]
        for c in codes:
            if c in rates:
                gs = _sig(r.uniform(*rates[c]), 3)
                line.append(num(gs, "vi"))
                doc.add("emissions", emission(c, gs, None))
            else:
                line.append("-")
        rows.append(line)
    doc.table("Bảng 7.5. Thông số nguồn thải đầu vào mô hình AERMOD / AERMOD source parameters", rows, merges, role="emissions")
    doc.p("Ghi chú: POINT – nguồn điểm (ống khói, ống thải); AREA – nguồn diện. Mã nguồn là ký hiệu trong mô hình, không phải số hiệu "
          "nguồn thải theo giấy phép.")


# ---------------------------------------------------------------- wastes

# (code, RU, KK, EN, unit "t" or "kg", (low, high), RU comment, KK comment)
POULTRY_WASTES = (
    ("02 01 06", "Помет птичий", "Құс саңғырығы", "Poultry manure", "t", (31000, 46000),
     "передан на компостирование (ТОО «Талғар Биокомпост»)", "компосттауға берілді («Талғар Биокомпост» ЖШС)"),
    ("02 01 02", "Падеж птицы и отходы убоя", "Құстың өлексесі және сою қалдықтары", "Fallen stock and animal tissue", "t", (420, 760),
     "сожжены в инсинераторе (ИЗА 0002)", "инсинераторда жағылды (0002 ЛШК)"),
    ("13 02 05*", "Отработанные моторные масла", "Пайдаланылған мотор майлары", "Used engine oils", "t", (2.5, 7.5),
     "передано лицензированной организации", "лицензияланған ұйымға берілді"),
    ("16 01 07*", "Отработанные масляные фильтры", "Пайдаланылған май сүзгілері", "Used oil filters", "kg", (300, 900),
     "передано лицензированной организации", "лицензияланған ұйымға берілді"),
    ("20 01 21*", "Отработанные люминесцентные лампы", "Пайдаланылған люминесцентті шамдар", "Spent fluorescent lamps", "kg", (45, 160),
     "демеркуризация по договору", "шарт бойынша демеркуризациялау"),
    ("16 06 01*", "Отработанные свинцовые аккумуляторы", "Пайдаланылған қорғасын аккумуляторлары", "Spent lead-acid batteries", "t", (0.8, 2.6),
     "передано на переработку", "қайта өңдеуге берілді"),
    ("15 01 10*", "Тара из-под дезинфицирующих средств", "Дезинфекциялық құралдардың ыдысы", "Disinfectant containers", "kg", (250, 800),
     "возврат поставщику / обезвреживание", "жеткізушіге қайтару / залалсыздандыру"),
    ("15 01 01", "Бумажная и картонная упаковка", "Қағаз және картон орамасы", "Paper and cardboard packaging", "t", (30, 90),
     "продано на переработку", "қайта өңдеуге сатылды"),
    ("20 03 01", "Твердые бытовые отходы", "Қатты тұрмыстық қалдықтар", "Municipal solid waste", "t", (70, 140),
     "вывоз на полигон ТБО г. Талгар", "Талғар қ. ҚТҚ полигонына шығару"),
)  # fmt: skip


def wastes_hl1(doc: Doc) -> None:
    """The key performance indicators of a poultry complex's annual report to its lenders: `№ | Показатель / Indicator |
    Ед. изм. / Unit | 2025 | Комментарий / Comment` under lettered section rows — A production (live weight in tonnes, eggs),
    B resources (water, electricity, gas), C waste, D ratios — items numbered `C.4`, the waste's name in both languages
    with the classifier's code in brackets, the unit on each row (tonnes, kilograms for filters, lamps and containers),
    totals of hazardous and non-hazardous waste, the hazardous waste per tonne of product and the share recovered, which
    are no wastes (VI: a shrimp-feed mill's indicators, hazardous wastes in kilograms with their CTNH codes, ordinary
    wastes in tonnes without)."""
    if doc.lang == "vi":
        _wastes_hl1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    p = KZ_PROJECTS[2]
    name = p["name"][L]
    doc.h(doc.v(f"Годовой отчет о мониторинге для кредиторов (МФК, ЕБРР) за 2025 год. {name}",
                f"{name}. Кредиторларға (ХҚК, ЕҚДБ) арналған 2025 жылғы мониторинг туралы жылдық есеп", ""))
    doc.h(doc.v("Приложение B. Ключевые экологические показатели / Key environmental performance indicators",
                "B қосымшасы. Негізгі экологиялық көрсеткіштер / Key environmental performance indicators", ""))
    doc.p(doc.v("Показатели приведены по данным бухгалтерского и производственного учета, журналов учета отходов и актов "
                "приема-передачи отходов специализированным организациям.",
                "Көрсеткіштер бухгалтерлік және өндірістік есеп, қалдықтарды есепке алу журналдары және қалдықтарды мамандандырылған "
                "ұйымдарға қабылдау-беру актілері деректері бойынша келтірілген.", ""))
    rows = [doc.v(["№", "Показатель\nIndicator", "Ед. изм.\nUnit", "2025", "Комментарий\nComment"],
                  ["№", "Көрсеткіш\nIndicator", "Өлш. бірл.\nUnit", "2025", "Түсініктеме\nComment"], [])]
    merges: list = []
    t, kg = doc.v("т", "т", ""), doc.v("кг", "кг", "")
    live = float(r.randint(38, 64) * 1000 + r.randint(0, 999))
    _span(rows, merges, doc.v("A. Производство / Production", "A. Өндіріс / Production", ""), 5)
    rows.append(["A.1", doc.v("Мясо птицы в живом весе / Live weight produced", "Тірідей салмақтағы құс еті / Live weight produced", ""), t,
                 num(live, doc.lang), ""])
    rows.append(["A.2", doc.v("Яйцо инкубационное / Hatching eggs", "Инкубациялық жұмыртқа / Hatching eggs", ""), doc.v("млн шт.", "млн дана", ""),
                 num(round(r.uniform(28, 46), 1), doc.lang), ""])
    _span(rows, merges, doc.v("B. Ресурсы / Resource use", "B. Ресурстар / Resource use", ""), 5)
    rows.append(["B.1", doc.v("Забор подземных вод / Groundwater abstraction", "Жерасты суын алу / Groundwater abstraction", ""), "м³",
                 num(r.randint(480, 720) * 1000, doc.lang), doc.v("4 скважины, разрешение на спецводопользование", "4 ұңғыма, арнаулы су пайдалануға рұқсат", "")])
    rows.append(["B.2", doc.v("Электроэнергия / Electricity", "Электр энергиясы / Electricity", ""), doc.v("МВт·ч", "МВт·сағ", ""),
                 num(r.randint(31, 46) * 1000 + r.randint(0, 999), doc.lang), ""])
    rows.append(["B.3", doc.v("Природный газ / Natural gas", "Табиғи газ / Natural gas", ""), doc.v("тыс. м³", "мың м³", ""),
                 num(r.randint(7200, 11800), doc.lang), ""])
    _span(rows, merges, doc.v("C. Отходы / Waste", "C. Қалдықтар / Waste", ""), 5)
    haz_t = non_t = 0.0
    k = 0
    for code, n_ru, n_kk, en, unit, (lo, hi), c_ru, c_kk in POULTRY_WASTES:
        k += 1
        if unit == "kg":
            amount = float(r.randint(int(lo), int(hi)))
            tonnes = amount / 1000
            shown, u = num(amount, doc.lang), kg
        else:
            amount = float(r.randint(int(lo), int(hi))) if lo >= 100 else round(r.uniform(lo, hi), 2)
            tonnes = amount
            shown, u = num(amount, doc.lang), t
        n = (n_ru, n_kk)[L]
        rows.append([f"C.{k}", f"{n} ({code}) / {en}", u, shown, (c_ru, c_kk)[L]])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": tonnes, "name_contains": n})
        if code.endswith("*"):
            haz_t += tonnes
        else:
            non_t += tonnes
    rows.append([f"C.{k + 1}", doc.v("Всего опасных отходов / Total hazardous waste", "Қауіпті қалдықтар барлығы / Total hazardous waste", ""), t,
                 num(round(haz_t, 3), doc.lang), ""])
    rows.append([f"C.{k + 2}", doc.v("Всего неопасных отходов / Total non-hazardous waste", "Қауіпті емес қалдықтар барлығы / Total non-hazardous waste", ""),
                 t, num(round(non_t, 2), doc.lang), ""])
    _span(rows, merges, doc.v("D. Удельные показатели / Intensity ratios", "D. Үлестік көрсеткіштер / Intensity ratios", ""), 5)
    rows.append(["D.1", doc.v("Опасные отходы на 1 т продукции / Hazardous waste per t of product",
                              "1 т өнімге шаққандағы қауіпті қалдықтар / Hazardous waste per t of product", ""), doc.v("кг/т", "кг/т", ""),
                 num(round(haz_t * 1000 / live, 3), doc.lang), ""])
    rows.append(["D.2", doc.v("Доля отходов, направленных на утилизацию / Share of waste recovered",
                              "Кәдеге жаратуға жіберілген қалдықтар үлесі / Share of waste recovered", ""), "%",
                 num(round(r.uniform(96, 99.5), 1), doc.lang), doc.v("без учета ТБО", "ҚТҚ-ны есептемегенде", "")])
    doc.table(doc.v("Таблица B.1 – Ключевые показатели 2025 г. / Table B.1 – KPIs 2025", "B.1-кесте – 2025 жылғы негізгі көрсеткіштер / Table B.1 – KPIs 2025", ""),
              rows, merges, role="wastes")
    doc.p(doc.v("Коды отходов приведены по Классификатору отходов (приказ № 314 от 06.08.2021); знак «*» – опасные отходы.",
                "Қалдықтардың кодтары Қалдықтар сыныптауышы бойынша келтірілген (06.08.2021 № 314 бұйрық); «*» белгісі – қауіпті қалдықтар.", ""))
    maybe_distractor(doc, 0.3)


# (code or None, VI name, EN name, unit, (low, high), comment)
FEED_WASTES = (
    ("17 02 03", "Dầu động cơ, hộp số và bôi trơn tổng hợp thải", "Waste lubricating oils", "kg", (350, 900), "Chuyển giao đơn vị có giấy phép"),
    ("16 01 06", "Bóng đèn huỳnh quang thải", "Spent fluorescent lamps", "kg", (25, 80), "Chuyển giao đơn vị có giấy phép"),
    ("18 02 01", "Giẻ lau, găng tay dính dầu thải", "Oily rags and gloves", "kg", (180, 520), "Chuyển giao đơn vị có giấy phép"),
    ("18 01 02", "Bao bì cứng thải bằng kim loại", "Metal drums and containers", "kg", (200, 650), "Chuyển giao đơn vị có giấy phép"),
    ("08 02 04", "Hộp mực in thải có các thành phần nguy hại", "Spent toner cartridges", "kg", (8, 30), "Chuyển giao đơn vị có giấy phép"),
    (None, "Bao bì giấy, carton thải", "Paper and carton packaging", "tấn", (40, 120), "Bán phế liệu"),
    (None, "Bùn thải từ hệ thống xử lý nước thải", "WWTP sludge", "tấn", (15, 60), "Xử lý làm phân bón (không nguy hại theo kết quả phân định)"),
    (None, "Chất thải rắn sinh hoạt", "Domestic solid waste", "tấn", (60, 150), "Hợp đồng với đơn vị thu gom của huyện Cần Giuộc"),
)


def _wastes_hl1_vi(doc: Doc) -> None:
    r = doc.rng
    p = VN_PROJECTS[1]
    doc.h(f"BÁO CÁO GIÁM SÁT HẰNG NĂM GỬI IFC NĂM 2025 – {p['name'].upper()}")
    doc.h("Phụ lục B. Các chỉ số môi trường chính / Key environmental performance indicators")
    doc.p("Số liệu tổng hợp từ sổ theo dõi sản xuất, hóa đơn điện nước và chứng từ chất thải nguy hại năm 2025.")
    rows = [["TT", "Chỉ số\nIndicator", "Đơn vị\nUnit", "2025", "Ghi chú\nComment"]]
    merges: list = []
    output = float(r.randint(85, 140) * 1000)
    _span(rows, merges, "A. Sản xuất / Production", 5)
    rows.append(["A.1", "Thức ăn thủy sản thành phẩm / Feed produced", "tấn", num(output, "vi"), ""])
    _span(rows, merges, "B. Tài nguyên / Resource use", 5)
    rows.append(["B.1", "Nước cấp từ KCN / Water supplied", "m³", num(r.randint(60, 140) * 1000, "vi"), ""])
    rows.append(["B.2", "Điện tiêu thụ / Electricity", "MWh", num(r.randint(9, 18) * 1000 + r.randint(0, 999), "vi"), ""])
    rows.append(["B.3", "Củi trấu cho lò hơi / Rice-husk briquettes", "tấn", num(r.randint(5, 11) * 1000, "vi"), ""])
    _span(rows, merges, "C. Chất thải / Waste", 5)
    haz = non = 0.0
    k = 0
    for code, name, en, unit, (lo, hi), note in FEED_WASTES:
        k += 1
        amount = float(r.randint(lo, hi))
        tonnes = amount / 1000 if unit == "kg" else amount
        label = f"{name} ({code}) / {en}" if code else f"{name} / {en}"
        rows.append([f"C.{k}", label, unit, num(amount, "vi"), note])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": tonnes, "name_contains": name})
            haz += amount
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": tonnes, "name_contains": name})
            non += amount
    rows.append([f"C.{k + 1}", "Tổng chất thải nguy hại / Total hazardous waste", "kg", num(haz, "vi"), ""])
    rows.append([f"C.{k + 2}", "Tổng chất thải rắn công nghiệp thông thường và sinh hoạt / Total non-hazardous waste", "tấn", num(non, "vi"), ""])
    _span(rows, merges, "D. Chỉ số cường độ / Intensity ratios", 5)
    rows.append(["D.1", "CTNH trên 1 tấn sản phẩm / Hazardous waste per t of product", "kg/tấn", num(round(haz / output, 4), "vi"), ""])
    rows.append(["D.2", "Tỷ lệ chất thải được tái chế, tái sử dụng / Share of waste recovered", "%", num(round(r.uniform(55, 75), 1), "vi"), ""])
    doc.table("Bảng B.1. Các chỉ số năm 2025 / Table B.1. KPIs 2025", rows, merges, role="wastes")
    doc.p("Ghi chú: mã CTNH theo Phụ lục III Thông tư số 02/2022/TT-BTNMT.")
    maybe_distractor(doc, 0.3)


# (RU area, KK area, code, RU item, KK item, (low, high) tonnes or None, RU quantity text, KK quantity text, (low, high) cost k USD, ESAP)
# the quantity texts take {t} for the tonnes in the document's notation
LEGACY_KZ = (
    ("Подстанция ТП-2", "ТП-2 қосалқы станциясы", "16 02 09*", "Трансформаторы с ПХБ-содержащим маслом (совтол)",
     "ПХБ бар майлы трансформаторлар (совтол)", (5.6, 7.4), "≈ {t} т (2 трансформатора ТМ-1000)", "≈ {t} т (2 трансформатор ТМ-1000)", (60, 110), "3.4"),
    ("Склады № 3 и 4", "№ 3 және 4 қоймалар", "17 06 05*", "Асбестоцементные листы кровли (подлежат демонтажу)",
     "Шатырдың асбестцемент табақтары (бөлшектеуге жатады)", (34, 52), "≈ {t} т (≈ 2 900 м² кровли)", "≈ {t} т (≈ 2 900 м² шатыр)", (45, 90), "3.5"),
    ("Бывший склад протравителей", "Бұрынғы дәрілегіштер қоймасы", "02 01 08*", "Непригодные и запрещенные пестициды (протравители семян)",
     "Жарамсыз және тыйым салынған пестицидтер (тұқым дәрілегіштері)", (1.1, 2.4), "≈ {t} т (мешки, бочки)", "≈ {t} т (қаптар, бөшкелер)", (25, 60), "3.6"),
    ("Бывшая АЗС и склад ГСМ", "Бұрынғы ЖҚС және ЖЖМ қоймасы", "17 05 03*", "Грунт, загрязненный нефтепродуктами",
     "Мұнай өнімдерімен ластанған топырақ", (240, 380), "≈ {t} т (≈ {m3} м³ грунта)", "≈ {t} т (≈ {m3} м³ топырақ)", (70, 160), "3.7"),
    ("Гараж, маслоуловитель", "Гараж, май ұстағыш", "13 05 02*", "Шламы маслоуловителя ливневых стоков", "Нөсер ағындары май ұстағышының шламдары",
     (3.2, 6.8), "≈ {t} т", "≈ {t} т", (6, 15), "3.7"),
    ("Территория гаража", "Гараж аумағы", "16 01 03", "Изношенные шины", "Тозған шиналар", (8, 18), "≈ {t} т (≈ {n} шт.)", "≈ {t} т (≈ {n} дана)", (2, 5), "3.8"),
    ("Бывший цех сушки зерна", "Бұрынғы астық кептіру цехы", "17 04 05", "Лом черных металлов (демонтированное оборудование)",
     "Қара металл сынықтары (бөлшектелген жабдық)", (60, 140), "≈ {t} т", "≈ {t} т", (0, 0), "3.8"),
    ("Центральный склад", "Орталық қойма", "20 01 21*", "Отработанные люминесцентные лампы (запас)", "Пайдаланылған люминесцентті шамдар (қор)",
     None, "{n} шт. (≈ {t} т)", "{n} дана (≈ {t} т)", (1, 3), "3.8"),
)  # fmt: skip


def wastes_hl2(doc: Doc) -> None:
    """The register of environmental liabilities in a Phase I environmental site assessment made for the lenders before
    an agro-holding buys an old flour mill and elevator: `ID | участок / area | объект наследия / legacy item | код /
    LoW code | оценочное количество / estimated quantity | затраты, тыс. долл. США | мероприятие ПЭСМ` — each item `L-01`
    with its quantity written `≈ 6,8 т (2 трансформатора ТМ-1000)`, `≈ 310 т (≈ 180 м³ грунта)`, `1 450 шт. (≈ 0,36 т)`,
    the tonnes the amount; a fuel-oil tank cleaned years ago with no waste and groundwater contamination not quantified
    stand among the items and are no wastes (VI: an old wood factory in the Hố Nai park, drums of used oil, sludge, paint,
    lamps and batteries with their CTNH codes, scrap and wood waste without)."""
    if doc.lang == "vi":
        _wastes_hl2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    site = doc.v("бывший мелькомбинат и элеватор в г. Есиль (Акмолинская область)", "Есіл қаласындағы бұрынғы ұн комбинаты мен элеватор (Ақмола облысы)", "")
    doc.h(doc.v(f"Экологическая оценка площадки, этап I (Phase I ESA): {site}",
                f"Алаңды экологиялық бағалау, I кезең (Phase I ESA): {site}", ""))
    doc.p(doc.v("Оценка выполнена по заданию кредиторов (ЕБРР) перед приобретением актива АО «Жетісу Агрохолдинг». Площадка "
                "эксплуатируется с 1964 г.; объекты экологического наследия выявлены при обследовании 2–4 сентября 2025 г. и по "
                "архивным данным. Количества оценочные; затраты – по укрупненным показателям.",
                "Бағалау активті «Жетісу Агрохолдинг» АҚ сатып алар алдында кредиторлардың (ЕҚДБ) тапсырмасы бойынша жүргізілді. Алаң "
                "1964 жылдан бері пайдаланылады; экологиялық мұра объектілері 2025 жылғы 2–4 қыркүйектегі зерттеп-қарау кезінде және "
                "мұрағат деректері бойынша анықталды. Мөлшерлер бағалау бойынша; шығындар – ірілендірілген көрсеткіштер бойынша.", ""))
    rows = [doc.v(["ID", "Участок\nArea", "Объект экологического наследия\nLegacy item", "Код по классификатору\nLoW code",
                   "Оценочное количество\nEstimated quantity", "Затраты на устранение, тыс. долл. США\nClean-up cost, USD k", "Мероприятие ПЭСМ\nESAP action"],
                  ["ID", "Учаске\nArea", "Экологиялық мұра объектісі\nLegacy item", "Сыныптауыш бойынша коды\nLoW code",
                   "Бағалау мөлшері\nEstimated quantity", "Жою шығындары, мың АҚШ долл.\nClean-up cost, USD k", "ЭӘІЖ іс-шарасы\nESAP action"], [])]
    items = [x for x in LEGACY_KZ if x[2] in ("16 02 09*", "17 06 05*", "17 05 03*") or r.random() < 0.75]
    lines = []
    for a_ru, a_kk, code, i_ru, i_kk, rng_t, q_ru, q_kk, (clo, chi), esap in items:
        n = m3 = None
        if code == "20 01 21*":
            n = r.randint(9, 19) * 100 + r.choice((0, 50))
            tonnes = round(n * 0.25 / 1000, 2)
        elif code == "17 05 03*":
            tonnes = float(r.randint(*rng_t))
            m3 = int(round(tonnes / 1.7, -1))
        elif code == "16 01 03":
            tonnes = round(r.uniform(*rng_t), 1)
            n = int(tonnes * 1000 / 55 // 10 * 10)
        elif rng_t[1] >= 30:
            tonnes = float(r.randint(int(rng_t[0]), int(rng_t[1])))
        else:
            tonnes = round(r.uniform(*rng_t), 1)
        text = (q_ru, q_kk)[L].format(t=num(tonnes, doc.lang), m3=num(m3 or 0, doc.lang), n=num(n or 0, doc.lang))
        cost = num(r.randint(clo, chi), doc.lang) if chi else doc.v("– (доход от сдачи лома)", "– (сынықты өткізуден түсетін кіріс)", "")
        lines.append([(a_ru, a_kk)[L], (i_ru, i_kk)[L], code, text, cost, doc.v(f"ПЭСМ {esap}", f"ЭӘІЖ {esap}", "")])
        doc.add("wastes", {"code": code, "code_system": "LoW", "hazardous": code.endswith("*"), "amount_t": tonnes,
                           "name_contains": _words((i_ru, i_kk)[L], 3)})
    lines.insert(r.randint(1, len(lines)), [doc.v("Котельная, резервуар мазута 500 м³", "Қазандық, 500 м³ мазут резервуары", ""),
                                            doc.v("Подземный резервуар мазута", "Жерасты мазут резервуары", ""), "–",
                                            doc.v("отходы отсутствуют (зачищен и дегазирован в 2019 г., акт)", "қалдықтар жоқ (2019 ж. тазартылған және газсыздандырылған, акт)", ""),
                                            "–", "–"])
    lines.append([doc.v("Бывшая АЗС (скважина BH-03)", "Бұрынғы ЖҚС (BH-03 ұңғымасы)", ""),
                  doc.v("Загрязнение подземных вод нефтепродуктами", "Жерасты суларының мұнай өнімдерімен ластануы", ""), "–",
                  doc.v("не оценено – требуется этап II", "бағаланбаған – II кезең қажет", ""), doc.v("уточняется", "нақтыланады", ""),
                  doc.v("ПЭСМ 3.9", "ЭӘІЖ 3.9", "")])
    for k, line in enumerate(lines, 1):
        rows.append([f"L-{k:02d}", *line])
    doc.table(doc.v("Таблица 5.1 – Реестр объектов экологического наследия / Table 5.1 – Register of legacy environmental liabilities",
                    "5.1-кесте – Экологиялық мұра объектілерінің тізілімі / Table 5.1 – Register of legacy environmental liabilities", ""),
              rows, role="wastes")
    doc.p(doc.v("Количества определены визуально и по технической документации (масса трансформаторов – по паспортам, объем "
                "загрязненного грунта – по результатам шурфования, плотность принята 1,7 т/м³). Все отходы подлежат передаче "
                "организациям, имеющим лицензию на обращение с опасными отходами, до начала реконструкции.",
                "Мөлшерлер көзбен шолу және техникалық құжаттама бойынша анықталды (трансформаторлардың массасы – паспорттар бойынша, "
                "ластанған топырақ көлемі – шурфтау нәтижелері бойынша, тығыздығы 1,7 т/м³ деп қабылданды). Барлық қалдықтар "
                "қайта құру басталғанға дейін қауіпті қалдықтармен жұмыс істеуге лицензиясы бар ұйымдарға берілуге тиіс.", ""))
    maybe_distractor(doc, 0.3)


# (VI area, code or None, VI item, (low, high) tonnes, quantity text with {t} / {n}, cost million VND)
LEGACY_VN = (
    ("Kho vật tư cũ", "17 02 03", "Dầu thải tồn đọng trong thùng phuy", (1.6, 3.2), "≈ {t} tấn ({n} phuy 200 lít)", (40, 90)),
    ("Hệ thống xử lý nước thải cũ", "12 06 05", "Bùn thải có thành phần nguy hại từ hệ thống xử lý nước thải", (12, 26), "≈ {t} tấn (bể lắng, bể chứa bùn)", (150, 320)),
    ("Xưởng sơn hoàn thiện", "08 01 01", "Sơn và vecni thải có dung môi hữu cơ (sơn tồn kho quá hạn)", (0.4, 0.9), "≈ {t} tấn", (20, 45)),
    ("Xưởng sơn hoàn thiện", "18 01 02", "Bao bì cứng thải bằng kim loại dính sơn, dung môi", (0.8, 1.6), "≈ {t} tấn (≈ {n} thùng)", (15, 30)),
    ("Kho điện", "16 01 06", "Bóng đèn huỳnh quang thải", None, "{n} bóng (≈ {t} tấn)", (5, 12)),
    ("Xưởng xe nâng", "19 06 01", "Ắc quy chì thải từ xe nâng", (0.6, 1.4), "≈ {t} tấn", (0, 0)),
    ("Bãi phế liệu", None, "Phế liệu kim loại từ máy móc đã tháo dỡ", (30, 70), "≈ {t} tấn", (0, 0)),
    ("Bãi phế liệu", None, "Gỗ vụn, mùn cưa tồn đọng", (80, 160), "≈ {t} tấn", (30, 60)),
)


def _wastes_hl2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO ĐÁNH GIÁ MÔI TRƯỜNG HIỆN TRẠNG KHU ĐẤT GIAI ĐOẠN I (PHASE I ESA) – NHÀ MÁY CHẾ BIẾN GỖ CŨ TẠI KCN HỐ NAI, TỈNH ĐỒNG NAI")
    doc.p("Báo cáo do tư vấn độc lập lập theo yêu cầu của IFC trước khi Công ty TNHH Lốp xe Phước Đông nhận chuyển nhượng nhà xưởng. "
          "Khảo sát hiện trường ngày 09–10/10/2025; khối lượng là số ước tính, chi phí tính theo đơn giá thị trường.")
    rows = [["Mã\nID", "Khu vực\nArea", "Hạng mục tồn lưu\nLegacy item", "Mã CTNH\nHW code", "Khối lượng ước tính\nEstimated quantity",
             "Chi phí xử lý (triệu đồng)\nClean-up cost (VND m)", "Hành động ESAP\nESAP action"]]
    lines = []
    for area, code, item, rng_t, qty, (clo, chi) in LEGACY_VN:
        n = None
        if code == "16 01 06":
            n = r.randint(4, 9) * 100
            tonnes = round(n * 0.2 / 1000, 2)
        elif code == "17 02 03":
            n = r.randint(10, 18)
            tonnes = round(n * 0.18, 1)
        elif rng_t[1] >= 30:
            tonnes = float(r.randint(int(rng_t[0]), int(rng_t[1])))
        else:
            tonnes = round(r.uniform(*rng_t), 1)
        if code == "18 01 02":
            n = int(tonnes * 1000 / 18 // 5 * 5)
        text = qty.format(t=num(tonnes, "vi"), n=num(n or 0, "vi"))
        cost = num(r.randint(clo, chi), "vi") if chi else "- (bán phế liệu)"
        lines.append([area, item, code or "-", text, cost, f"ESAP 3.{r.randint(2, 6)}"])
        if code:
            doc.add("wastes", {"code": code + "*", "code_system": "VN-CTNH", "hazardous": True, "amount_t": tonnes, "name_contains": _words(item, 4)})
        else:
            doc.add("wastes", {"code": None, "code_system": None, "hazardous": False, "amount_t": tonnes, "name_contains": _words(item, 4)})
    lines.insert(r.randint(2, len(lines)), ["Trạm nhiên liệu cũ", "Đất nhiễm dầu quanh bồn chứa DO ngầm", "-", "Chưa xác định – cần ESA giai đoạn II",
                                            "Chưa ước tính", "ESAP 3.7"])
    for k, line in enumerate(lines, 1):
        rows.append([f"L-{k:02d}", *line])
    doc.table("Bảng 5.1. Danh mục chất thải và hạng mục tồn lưu / Table 5.1. Register of legacy environmental liabilities", rows, role="wastes")
    doc.p("Ghi chú: các chất thải nguy hại phải được chuyển giao cho đơn vị có giấy phép môi trường phù hợp trước khi cải tạo nhà xưởng.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- limits

# symbol: (national ПДК/ОДК mg/kg or None, Dutch Intervention Value mg/kg dw, (low, high) of results, detection limit or None)
PHASE2_KZ = {
    "Pb": (32, 530, (8, 70), None), "As": (2, 76, (1.2, 9.5), None), "Hg": (2.1, 36, (0.02, 0.6), 0.05), "Cd": (2, 13, (0.1, 1.6), 0.1),
    "Cu": (132, 190, (12, 160), None), "Zn": (220, 720, (35, 290), None), "Ni": (80, 100, (14, 60), None), "TPH": (None, 5000, (40, 6800), 20),
}
# symbol: (QCVN 03-MT:2015/BTNMT industrial land, Dutch Intervention Value, (low, high), detection limit or None)
PHASE2_VN = {
    "As": (25, 76, (2, 34), None), "Cd": (10, 13, (0.1, 3), 0.1), "Pb": (300, 530, (12, 380), None), "Cu": (300, 190, (15, 240), None),
    "Zn": (300, 720, (40, 420), None), "Cr": (250, 180, (20, 210), None), "TPH": (None, 5000, (30, 7200), 20),
}


def _phase2_value(doc: Doc, low: float, high: float, dl: float | None) -> float | None:
    """A result, skewed low (most samples are clean), or None below the detection limit."""
    r = doc.rng
    if dl is not None and r.random() < 0.2:
        return None
    return _sig(low + (high - low) * r.random() ** 2.2, 2)


def limits_hl1(doc: Doc) -> None:
    """The soil results of a Phase II environmental site assessment for the lenders: each borehole `BH-01` merged down
    over its sampling depths (a depth column), the metals and petroleum hydrocarbons as columns under a row of units, and
    two screening rows at the foot — the national ПДК/ОДК (gross content) and the Dutch Intervention Value — each result
    judged against both: `*` after a result above the national value, `**` above the Dutch one, `< 0,05` below detection,
    a dash where no national value exists (VI: QCVN 03-MT:2015/BTNMT for industrial land beside the Dutch value)."""
    r = doc.rng
    vi = doc.lang == "vi"
    table = PHASE2_VN if vi else PHASE2_KZ
    keys = list(table)
    n_bh = r.randint(4, 5)
    if vi:
        doc.h("BÁO CÁO ĐÁNH GIÁ MÔI TRƯỜNG HIỆN TRẠNG KHU ĐẤT GIAI ĐOẠN II (PHASE II ESA) – NHÀ MÁY CHẾ BIẾN GỖ CŨ TẠI KCN HỐ NAI")
        doc.p(f"Lấy mẫu đất tại {n_bh} lỗ khoan (BH-01 … BH-0{n_bh}) ngày 14–16/11/2023 ở độ sâu 0,5 m và 2,0 m. Kết quả được so sánh với "
              "QCVN 03-MT:2015/BTNMT (đất công nghiệp) và giá trị can thiệp của Hà Lan (Dutch Intervention Values, 2013) theo yêu "
              "cầu của bên cho vay.")
        head0 = ["Lỗ khoan\nBorehole", "Độ sâu (m)\nDepth (m)", *(vocab.soil(s, "vi") if s != "TPH" else "Tổng hydrocacbon dầu mỏ (TPH)" for s in keys)]
        units = [None, None, *("mg/kg" for _ in keys)]
        nat_label, div_label = "QCVN 03-MT:2015/BTNMT – Đất công nghiệp", "Dutch Intervention Value (DIV)"
        column = "Đất công nghiệp"
    else:
        site = doc.v("бывший мелькомбинат и элеватор в г. Есиль", "Есіл қаласындағы бұрынғы ұн комбинаты мен элеватор", "")
        doc.h(doc.v(f"Экологическая оценка площадки, этап II (Phase II ESA): {site}", f"Алаңды экологиялық бағалау, II кезең (Phase II ESA): {site}", ""))
        doc.p(doc.v(f"Пробы почвы отобраны из {n_bh} скважин (BH-01 … BH-0{n_bh}) 14–16 октября 2025 г. с глубин 0,2 и 1,5 м; анализ "
                    "выполнен аккредитованной лабораторией. По требованию кредиторов результаты сопоставлены с ПДК/ОДК РК и с "
                    "интервенционными значениями Нидерландов (Dutch Intervention Values, 2013), применяемыми при отсутствии "
                    "национальных критериев для загрязненных земель.",
                    f"Топырақ сынамалары {n_bh} ұңғымадан (BH-01 … BH-0{n_bh}) 2025 жылғы 14–16 қазанда 0,2 және 1,5 м тереңдіктен алынды; "
                    "талдауды аккредиттелген зертхана жүргізді. Кредиторлардың талабы бойынша нәтижелер ҚР ШЖК/ШРК-мен және ластанған "
                    "жерлерге арналған ұлттық өлшемшарттар болмаған кезде қолданылатын Нидерландтың интервенциялық мәндерімен (Dutch "
                    "Intervention Values, 2013) салыстырылды.", ""))
        tph = doc.v("Нефтепродукты\nTPH", "Мұнай өнімдері\nTPH", "")
        head0 = [doc.v("Скважина\nBorehole", "Ұңғыма\nBorehole", ""), doc.v("Глубина, м\nDepth, m", "Тереңдігі, м\nDepth, m", ""),
                 *(f"{vocab.soil(s, doc.lang)}\n{s}" if s != "TPH" else tph for s in keys)]
        units = [None, None, *(doc.v("мг/кг", "мг/кг", "") for _ in keys)]
        nat_label = doc.v("ПДК / ОДК РК (валовое содержание)\nNational MPC", "ҚР ШЖК / ШРК (жалпы мөлшері)\nNational MPC", "")
        div_label = doc.v("Интервенционное значение (Нидерланды)\nDutch Intervention Value", "Интервенциялық мән (Нидерланд)\nDutch Intervention Value", "")
        column = None
    rows = [head0, units]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1)]
    depths = ("0,5", "2,0") if vi else ("0,2", "1,5")
    hot = r.randint(1, n_bh)  # the borehole at the old fuel store
    for b in range(1, n_bh + 1):
        pid = f"BH-{b:02d}"
        levels = depths if (b == hot or r.random() < 0.7) else depths[:1]
        start = len(rows)
        for j, depth in enumerate(levels):
            line = [pid if j == 0 else None, depth]
            for s in keys:
                nat, div, (lo, hi), dl = table[s]
                if s == "TPH" and b == hot and j == 0:
                    v = float(r.randint(int(div * 1.05), int(div * 1.5)))
                elif s == "TPH" and b != hot:
                    v = _phase2_value(doc, lo, lo * 12, dl)
                else:
                    v = _phase2_value(doc, lo, hi, dl)
                if v is None:
                    line.append(f"< {num(dl, doc.lang)}")
                else:
                    mark = "**" if v > div else "*" if nat is not None and v > nat else ""
                    line.append(num(v, doc.lang) + mark)
                for lim, col in ((nat, column), (div, None)):
                    if lim is None:
                        continue
                    item = limit(("symbol", s), "soil", lim, "mg/kg", col, pid, v)
                    if v is None:
                        item = {k: x for k, x in item.items() if k != "value"}
                    add(doc, item)
            rows.append(line)
        if len(levels) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    for label, idx in ((nat_label, 0), (div_label, 1)):
        rows.append([label, None, *(cell(doc, table[s][idx], "-" if vi else "–") for s in keys)])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 1))
    if vi:
        doc.table("Bảng 4.2. Kết quả phân tích mẫu đất / Table 4.2. Soil analytical results", rows, merges, role="limits")
        doc.p("Ghi chú: * – vượt QCVN 03-MT:2015/BTNMT (đất công nghiệp); ** – vượt giá trị can thiệp của Hà Lan; “<” – nhỏ hơn giới hạn phát hiện; "
              "“-” – quy chuẩn không quy định.")
    else:
        doc.table(doc.v("Таблица 4.2 – Результаты анализа проб почвы / Table 4.2 – Soil analytical results",
                        "4.2-кесте – Топырақ сынамаларын талдау нәтижелері / Table 4.2 – Soil analytical results", ""), rows, merges, role="limits")
        doc.p(doc.v("* – превышение ПДК/ОДК; ** – превышение интервенционного значения; «<» – ниже предела обнаружения; «–» – норматив "
                    "не установлен. Интервенционные значения приведены для стандартной почвы (10 % органического вещества, 25 % глины).",
                    "* – ШЖК/ШРК-дан асу; ** – интервенциялық мәннен асу; «<» – анықтау шегінен төмен; «–» – норматив белгіленбеген. "
                    "Интервенциялық мәндер стандартты топырақ үшін келтірілген (10 % органикалық зат, 25 % саз).", ""))
    maybe_distractor(doc, 0.25)


# (point, RU place, KK place, medium, [(kind, key, limit, (low, high) ratio, RU cause, KK cause, RU action, KK action)])
EXCEED_KZ = (
    ("ST-1", "ST-1 (ИЗА 0001) – дымовая труба вращающейся печи", "ST-1 (0001 ЛШК) – айналмалы пештің түтін мұржасы", "flue_gas", [
        ("code", "0301", 500, (1.06, 1.38), "пуск печи после планового ремонта", "жоспарлы жөндеуден кейін пешті іске қосу",
         "оптимизирован режим горения, повторный замер через 7 сут.", "жану режимі оңтайландырылды, 7 тәулігінен кейін қайта өлшеу"),
        ("code", "2908", 30, (1.1, 1.9), "разрыв рукавов фильтра", "сүзгі жеңдерінің жыртылуы",
         "заменены 46 рукавов, проверка фильтра", "46 жең ауыстырылды, сүзгіні тексеру"),
        ("code", "0330", 400, (1.04, 1.3), "повышенное содержание серы в сырьевой смеси", "шикізат қоспасындағы күкірттің жоғарылауы",
         "входной контроль сырья, корректировка шихты", "шикізатты кіріс бақылау, шихтаны түзету")]),
    ("ST-4", "ST-4 (ИЗА 0004) – аспирация цементной мельницы № 1", "ST-4 (0004 ЛШК) – № 1 цемент диірменінің аспирациясы", "flue_gas", [
        ("code", "2908", 20, (1.1, 1.6), "негерметичность клапана регенерации", "регенерация клапанының тығыз болмауы",
         "клапан заменен, замер подтвердил соответствие", "клапан ауыстырылды, өлшеу сәйкестікті растады")]),
    ("OF-1", "OF-1 – выпуск ливневых и производственных стоков в пруд-испаритель", "OF-1 – нөсер және өндірістік ағындардың буландырғыш тоғанға шығарылымы",
     "waste_water", [
        ("symbol", "TSS", 20, (1.15, 1.9), "ливень 14 мм/ч, перегрузка отстойника", "14 мм/сағ нөсер, тұндырғыштың асып кетуі",
         "очистка отстойника, установлен второй модуль", "тұндырғыш тазартылды, екінші модуль орнатылды"),
        ("symbol", "TPH", 0.3, (1.2, 2.6), "проливы на площадке ГСМ", "ЖЖМ алаңындағы төгілулер",
         "замена сорбционного фильтра нефтеуловителя", "мұнай ұстағыштың сорбциялық сүзгісін ауыстыру"),
        ("symbol", "NH4+", 2, (1.1, 1.7), "поступление хозяйственно-бытовых стоков", "шаруашылық-тұрмыстық ағындардың түсуі",
         "разделение сетей, проверка септика", "желілерді бөлу, септикті тексеру")]),
)  # fmt: skip


def limits_hl2(doc: Doc) -> None:
    """Annex C of a cement plant's semi-annual report to its lenders: the log of exceedances and non-compliances of the
    half-year, one event a row — `№ | дата | точка контроля | параметр | результат | норматив | ед. изм. | кратность |
    причина | корректирующее действие | уведомление кредиторов` — stack gas at `ST-1 (ИЗА 0001)` in mg/Nm³ and waste water
    at `OF-1` in mg/dm³ in one table, the unit and the medium read from each row, the same point and parameter on several
    dates, a diesel spill with no parameter among the events (VI: a dyeing mill's log, the boiler stack against QCVN
    19:2009/BTNMT column B and the treated effluent against QCVN 13-MT:2015/BTNMT column A, the standard named on each
    row)."""
    if doc.lang == "vi":
        _limits_hl2_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    name = KZ_PROJECTS[1]["name"][L]
    doc.h(doc.v(f"Полугодовой отчет для ЕБРР о выполнении ПЭСМ (II полугодие 2025 г.). {name}",
                f"{name}. ЕҚДБ-ға арналған ЭӘІЖ орындалуы туралы жарты жылдық есеп (2025 жылғы II жартыжылдық)", ""))
    doc.h(doc.v("Приложение C. Журнал превышений нормативов и несоответствий / Exceedance and non-compliance log",
                "C қосымшасы. Нормативтерден асу және сәйкессіздіктер журналы / Exceedance and non-compliance log", ""))
    doc.p(doc.v("Согласно кредитному соглашению Компания уведомляет кредиторов о каждом превышении нормативов КЭР в течение 5 рабочих "
                "дней. Нормативы – по комплексному экологическому разрешению; результаты – по протоколам аккредитованной лаборатории.",
                "Кредиттік келісімге сәйкес Компания КЭР нормативтерінен әрбір асу туралы кредиторларға 5 жұмыс күні ішінде хабарлайды. "
                "Нормативтер – кешенді экологиялық рұқсат бойынша; нәтижелер – аккредиттелген зертхана хаттамалары бойынша.", ""))
    rows = [doc.v(["№", "Дата\nDate", "Точка контроля\nLocation", "Параметр\nParameter", "Результат\nResult", "Норматив\nLimit",
                   "Ед. изм.\nUnit", "Кратность\nFactor", "Причина\nRoot cause", "Корректирующее действие\nCorrective action",
                   "Уведомление кредиторов\nLenders notified"],
                  ["№", "Күні\nDate", "Бақылау нүктесі\nLocation", "Параметр\nParameter", "Нәтиже\nResult", "Норматив\nLimit",
                   "Өлш. бірл.\nUnit", "Еселігі\nFactor", "Себебі\nRoot cause", "Түзету әрекеті\nCorrective action",
                   "Кредиторларға хабарлау\nLenders notified"], [])]
    events = []
    for pid, p_ru, p_kk, medium, params in EXCEED_KZ:
        for kind, key, lim, (lo, hi), c_ru, c_kk, a_ru, a_kk in params:
            if r.random() < 0.25:
                continue
            for _ in range(2 if r.random() < 0.3 else 1):
                events.append((r.randint(1, 183), pid, (p_ru, p_kk)[L], medium, kind, key, lim, lo, hi, (c_ru, c_kk)[L], (a_ru, a_kk)[L]))
    if len(events) < 4:
        pid, p_ru, p_kk, medium, params = EXCEED_KZ[0]
        for kind, key, lim, (lo, hi), c_ru, c_kk, a_ru, a_kk in params:
            events.append((r.randint(1, 183), pid, (p_ru, p_kk)[L], medium, kind, key, lim, lo, hi, (c_ru, c_kk)[L], (a_ru, a_kk)[L]))
    spill_day = r.randint(1, 183)
    events.append((spill_day, None, doc.v("Площадка ГСМ", "ЖЖМ алаңы", ""), None, None, None, None, 0, 0,
                   doc.v("разлив дизельного топлива ≈ 0,4 м³ при заправке техники", "техниканы толтыру кезінде ≈ 0,4 м³ дизель отынының төгілуі", ""),
                   doc.v("сбор сорбентом, вывоз 1,2 т загрязненного грунта", "сорбентпен жинау, 1,2 т ластанған топырақты шығару", "")))
    events.sort(key=lambda e: e[0])
    months = doc.v(("07", "08", "09", "10", "11", "12"), ("07", "08", "09", "10", "11", "12"), ())
    for k, (day, pid, place, medium, kind, key, lim, lo, hi, cause, action) in enumerate(events, 1):
        m, dom = min((day - 1) // 31, 5), min((day - 1) % 31 + 1, 28)
        date = f"{dom:02d}.{months[m]}.2025"
        told = f"{min(dom + r.randint(1, 4), 30):02d}.{months[m]}.2025"
        if pid is None:
            rows.append([str(k), date, place, "–", "–", "–", "–", "–", cause, action, told])
            continue
        ratio = r.uniform(lo, hi)
        v = _sig(lim * ratio, 3)
        if medium == "flue_gas":
            label, unit, u_doc = f"{_air(doc, key)} ({key})", "mg/Nm3", doc.v("мг/Нм³", "мг/Нм³", "")
        else:
            label, unit, u_doc = vocab.water(key, doc.lang), "mg/l", doc.v("мг/дм³", "мг/дм³", "")
        rows.append([str(k), date, place, label, num(v, doc.lang), num(lim, doc.lang), u_doc, num(round(v / lim, 2), doc.lang), cause, action, told])
        add(doc, limit((kind, key), medium, lim, unit, None, pid, v))
    doc.table(doc.v("Таблица C.1 – Журнал превышений (июль – декабрь 2025 г.)", "C.1-кесте – Асу журналы (2025 жылғы шілде – желтоқсан)", ""),
              rows, role="limits")
    doc.p(doc.v("Кратность – отношение результата к нормативу. Все превышения учтены при расчете платы за эмиссии и отражены в "
                "квартальных отчетах по ПЭК.",
                "Еселік – нәтиженің нормативке қатынасы. Барлық асулар эмиссиялар үшін төлемақыны есептеу кезінде ескерілді және "
                "ӨЭБ бойынша тоқсандық есептерде көрсетілді.", ""))
    maybe_distractor(doc, 0.3)


# (point, place, medium, standard, column, [(kind, key, label, limit, unit, (low, high), cause, action)])
EXCEED_VN = (
    ("KT1", "KT1 – Ống khói lò hơi đốt than", "flue_gas", "QCVN 19:2009/BTNMT, cột B (Kp = 1; Kv = 1)", "B", [
        ("code", "2902", "Bụi tổng", 200, "mg/Nm3", (1.05, 1.5), "Rách túi lọc bụi", "Thay 32 túi lọc, đo lại sau 5 ngày"),
        ("code", "0330", "SO2", 500, "mg/Nm3", (1.04, 1.35), "Than có hàm lượng lưu huỳnh cao", "Bổ sung đá vôi vào tháp hấp thụ, kiểm soát than đầu vào"),
        ("code", "0301", "NOx (tính theo NO2)", 850, "mg/Nm3", (1.03, 1.2), "Lò vận hành quá tải", "Điều chỉnh chế độ cấp gió")]),
    ("NT1", "NT1 – Nước thải sau hệ thống xử lý, tại điểm xả ra kênh Bảo Minh", "waste_water", "QCVN 13-MT:2015/BTNMT, cột A", "A", [
        ("symbol", "COD", "COD", 75, "mg/l", (1.08, 1.6), "Sự cố máy thổi khí bể hiếu khí", "Sửa chữa máy thổi khí, tăng thời gian lưu"),
        ("symbol", "BOD5", "BOD5 (20°C)", 30, "mg/l", (1.1, 1.5), "Tải lượng thuốc nhuộm tăng đột biến", "Điều hòa lưu lượng, bổ sung vi sinh"),
        ("symbol", "TSS", "Tổng chất rắn lơ lửng (TSS)", 50, "mg/l", (1.1, 1.8), "Bể lắng thứ cấp bị trôi bùn", "Xả bùn dư, điều chỉnh liều polymer")]),
)


def _limits_hl2_vi(doc: Doc) -> None:
    r = doc.rng
    doc.h("BÁO CÁO GIÁM SÁT 6 THÁNG CUỐI NĂM 2025 GỬI IFC VÀ DEG – NHÀ MÁY DỆT NHUỘM THIÊN TRƯỜNG")
    doc.h("Phụ lục C. Sổ theo dõi các trường hợp vượt giới hạn cho phép / Exceedance log")
    doc.p("Theo hợp đồng tín dụng, Công ty thông báo cho bên cho vay mọi trường hợp vượt giới hạn của giấy phép môi trường trong vòng 05 "
          "ngày làm việc. Giá trị giới hạn theo giấy phép môi trường; kết quả theo phiếu kết quả của đơn vị quan trắc có chứng nhận VIMCERTS.")
    rows = [["TT", "Ngày\nDate", "Vị trí\nLocation", "Thông số\nParameter", "Kết quả\nResult", "Giới hạn\nLimit", "Đơn vị\nUnit",
             "Quy chuẩn áp dụng\nStandard", "Nguyên nhân\nRoot cause", "Biện pháp khắc phục\nCorrective action", "Ngày báo cáo bên cho vay\nLenders notified"]]
    events = []
    for pid, place, medium, std, column, params in EXCEED_VN:
        for kind, key, label, lim, unit, (lo, hi), cause, action in params:
            if r.random() < 0.25:
                continue
            for _ in range(2 if r.random() < 0.3 else 1):
                events.append((r.randint(1, 183), pid, place, medium, std, column, kind, key, label, lim, unit, lo, hi, cause, action))
    if len(events) < 3:
        pid, place, medium, std, column, params = EXCEED_VN[1]
        for kind, key, label, lim, unit, (lo, hi), cause, action in params:
            events.append((r.randint(1, 183), pid, place, medium, std, column, kind, key, label, lim, unit, lo, hi, cause, action))
    events.append((r.randint(1, 183), None, "Kho hóa chất nhuộm", None, None, None, None, None, "-", None, None, 0, 0,
                   "Đổ tràn khoảng 150 lít dung dịch xút khi chiết rót", "Thu gom bằng vật liệu hấp thụ, rà soát quy trình chiết rót"))
    events.sort(key=lambda e: e[0])
    for k, (day, pid, place, medium, std, column, kind, key, label, lim, unit, lo, hi, cause, action) in enumerate(events, 1):
        m, dom = 7 + min((day - 1) // 31, 5), min((day - 1) % 31 + 1, 28)
        date = f"{dom:02d}/{m:02d}/2025"
        told = f"{min(dom + r.randint(1, 4), 30):02d}/{m:02d}/2025"
        if pid is None:
            rows.append([str(k), date, place, "-", "-", "-", "-", "-", cause, action, told])
            continue
        v = _sig(lim * r.uniform(lo, hi), 3)
        rows.append([str(k), date, place, label, num(v, "vi"), num(lim, "vi"), unit, std, cause, action, told])
        add(doc, limit((kind, key), medium, lim, unit, column, pid, v))
    doc.table("Bảng C.1. Các trường hợp vượt giới hạn (tháng 7 – tháng 12/2025)", rows, role="limits")
    doc.p("Ghi chú: giới hạn khí thải là Cmax = C × Kp × Kv theo giấy phép môi trường; giới hạn nước thải áp dụng cột A với Kq = Kf = 1.")
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- monitoring


def _name(doc: Doc, kind: str, key: str) -> str:
    if kind == "code":
        return _air(doc, key)
    if kind == "soil":
        return vocab.soil(key, doc.lang)
    return vocab.water(key, doc.lang)


def _lower(text: str) -> str:
    """A name inside a list: lower-case first letter unless it is an abbreviation (`БПК5`, `pH`)."""
    head = text.split(" ")[0]
    return text if head.isupper() or any(ch.isdigit() for ch in head) or head[:1].islower() else text[0].lower() + text[1:]


def _expect(doc: Doc, locs, items, word: str) -> None:
    for loc in locs:
        for kind, key in items:
            where = {"source_number": loc[1]} if loc[0] == "src" else {"point": loc[1]}
            doc.add("monitoring", {**where, ("code" if kind == "code" else "symbol"): key, "frequency": word})


# (RU component, KK component, locations [(kind, id, RU place, KK place)], items, monitoring, reporting, RU criteria, KK criteria)
GLASS_PLAN = (
    ("Выбросы в атмосферу – СНМ", "Атмосфераға шығарындылар – ШҮМЖ",
     [("src", "0001", "ИЗА 0001 – дымовая труба стекловаренной печи", "0001 ЛШК – шыны балқыту пешінің түтін мұржасы")],
     [("code", "0301"), ("code", "0330"), ("code", "2908")], "continuous", "quarterly",
     "технологические нормативы КЭР; IFC EHS (стекло)", "КЭР технологиялық нормативтері; IFC EHS (шыны)"),
    ("Выбросы в атмосферу – инструментальные замеры", "Атмосфераға шығарындылар – аспаптық өлшеулер",
     [("src", "0001", "ИЗА 0001", "0001 ЛШК"), ("src", "0003", "ИЗА 0003 – дымовая труба котельной", "0003 ЛШК – қазандықтың түтін мұржасы")],
     [("code", "0304"), ("code", "0337")], "quarterly", "semiannual", "нормативы КЭР", "КЭР нормативтері"),
    ("Атмосферный воздух", "Атмосфералық ауа",
     [("pt", "AQ-1", "граница СЗЗ, север", "СҚА шекарасы, солтүстік"), ("pt", "AQ-2", "граница СЗЗ, юго-восток", "СҚА шекарасы, оңтүстік-шығыс"),
      ("pt", "AQ-3", "жилой массив Тасбөгет", "Тасбөгет тұрғын алабы")],
     [("code", "0301"), ("code", "0330"), ("code", "2908")], "monthly", "quarterly", "ПДК м.р.; WHO AQG 2021", "ШЖК м.б.; WHO AQG 2021"),
    ("Сточные воды", "Сарқынды сулар",
     [("pt", "WW-1", "колодец на выпуске в городскую канализацию", "қалалық кәрізге шығарылымдағы құдық")],
     [("water", "pH"), ("water", "TSS"), ("water", "COD"), ("water", "TPH"), ("water", "SO4")], "monthly", "semiannual",
     "условия приема ГКП «Кызылорда Су»", "«Қызылорда Су» МКК қабылдау шарттары"),
    ("Подземные воды", "Жерасты сулары",
     [("pt", "GW-1", "наблюдательная скважина выше склада мазута", "мазут қоймасынан жоғары бақылау ұңғымасы"),
      ("pt", "GW-2", "наблюдательная скважина ниже склада мазута", "мазут қоймасынан төмен бақылау ұңғымасы")],
     [("water", "pH"), ("water", "TPH"), ("water", "TDS"), ("water", "Cl-")], "semiannual", "yearly", "фоновые значения (2024 г.)", "фондық мәндер (2024 ж.)"),
)  # fmt: skip


def monitoring_hl1(doc: Doc) -> None:
    """The operational environmental monitoring plan of a glass-container plant's ESIA, as the ESAP requires it: `№ |
    компонент / component | место / location | параметры / parameters | периодичность мониторинга / monitoring
    frequency | периодичность отчетности кредиторам / reporting to lenders | критерии / criteria` — two frequency columns
    of which only the first is how often anything is monitored; the points listed in one cell with their IDs (`AQ-1 –
    граница СЗЗ, север; AQ-2 – …`), sources `ИЗА 0001, ИЗА 0003` in the same column, the parameters in one cell, noise
    and waste accounting without a substance (VI: a dyeing mill's automatic and periodic monitoring, `Tần suất báo cáo
    bên cho vay`)."""
    if doc.lang == "vi":
        _monitoring_hl1_vi(doc)
        return
    L = _L(doc)
    doc.h(doc.v("ОВОСС (ESIA) стекольного завода «Сыр Шыны». Глава 12. План экологического мониторинга на период эксплуатации",
                "«Сыр Шыны» шыны зауытының ҚОӘСБ (ESIA). 12-тарау. Пайдалану кезеңіне арналған экологиялық мониторинг жоспары", ""))
    doc.p(doc.v("План является частью системы экологического и социального управления Компании и обязательством по ПЭСМ (мероприятие "
                "3.1). Мониторинг выполняют СНМ печи и аккредитованная лаборатория; результаты направляются кредиторам в составе "
                "отчетов с указанной периодичностью.",
                "Жоспар Компанияның экологиялық және әлеуметтік басқару жүйесінің бөлігі және ЭӘІЖ бойынша міндеттеме (3.1-іс-шара) "
                "болып табылады. Мониторингті пештің ШҮМЖ-сы және аккредиттелген зертхана жүргізеді; нәтижелер көрсетілген "
                "кезеңділікпен есептер құрамында кредиторларға жіберіледі.", ""))
    rows = [doc.v(["№", "Компонент\nComponent", "Место (точка)\nLocation", "Параметры\nParameters", "Периодичность мониторинга\nMonitoring frequency",
                   "Периодичность отчетности кредиторам\nReporting to Lenders", "Критерии\nCriteria"],
                  ["№", "Компонент\nComponent", "Орны (нүктесі)\nLocation", "Параметрлер\nParameters", "Мониторинг кезеңділігі\nMonitoring frequency",
                   "Кредиторларға есеп беру кезеңділігі\nReporting to Lenders", "Өлшемшарттар\nCriteria"], [])]
    k = 0
    for c_ru, c_kk, locs, items, mon, rep, k_ru, k_kk in GLASS_PLAN:
        k += 1
        where = "; ".join(f"{lid} – {(p_ru, p_kk)[L]}" if kind == "pt" else (p_ru, p_kk)[L] for kind, lid, p_ru, p_kk in locs)
        what = ", ".join(_lower(_name(doc, kind, key)) for kind, key in items)
        if mon == "continuous":
            mon_cell = doc.v("непрерывно (СНМ)", "үздіксіз (ШҮМЖ)", "")
        else:
            mon_cell = _often(doc, mon)
        rows.append([str(k), (c_ru, c_kk)[L], where, what, mon_cell, _often(doc, rep), (k_ru, k_kk)[L]])
        _expect(doc, locs, items, mon)
    rows.append([str(k + 1), doc.v("Шум", "Шу", ""), doc.v("N-1, N-2 – жилой массив Тасбөгет", "N-1, N-2 – Тасбөгет тұрғын алабы", ""),
                 doc.v("эквивалентный и максимальный уровни звука (дБА)", "дыбыстың баламалы және ең жоғары деңгейлері (дБА)", ""),
                 _often(doc, "quarterly"), _often(doc, "semiannual"), "IFC EHS: 55/45 дБА"])
    rows.append([str(k + 2), doc.v("Отходы", "Қалдықтар", ""), doc.v("все места накопления", "барлық жинақтау орындары", ""),
                 doc.v("количество образованных и переданных отходов", "түзілген және берілген қалдықтардың мөлшері", ""),
                 doc.v("постоянно (журнал учета)", "үнемі (есепке алу журналы)", ""), _often(doc, "yearly"), "–"])
    doc.table(doc.v("Таблица 12.1 – План мониторинга / Monitoring plan", "12.1-кесте – Мониторинг жоспары / Monitoring plan", ""), rows,
              role="monitoring")
    doc.p(doc.v("СНМ – система непрерывного мониторинга выбросов; данные СНМ передаются в информационную систему уполномоченного "
                "органа в режиме реального времени.",
                "ШҮМЖ – шығарындыларды үздіксіз мониторингілеу жүйесі; ШҮМЖ деректері уәкілетті органның ақпараттық жүйесіне нақты "
                "уақыт режимінде беріледі.", ""))
    maybe_distractor(doc, 0.3)


# (component, locations [(id, place)], [(kind, key, label)], monitoring, reporting, criteria)
TEX_PLAN = (
    ("Khí thải – quan trắc tự động", [("KT1", "ống khói lò hơi đốt than")],
     [("code", "2902", "Bụi tổng"), ("code", "0330", "SO2"), ("code", "0301", "NOx (tính theo NO2)")], "continuous", "monthly",
     "QCVN 19:2009/BTNMT cột B; IFC EHS"),
    ("Khí thải – quan trắc định kỳ", [("KT1", "ống khói lò hơi đốt than"), ("KT2", "ống khói lò dầu tải nhiệt")],
     [("code", "0337", "CO")], "quarterly", "semiannual", "QCVN 19:2009/BTNMT cột B"),
    ("Nước thải – quan trắc tự động", [("NT1", "nước thải sau HTXLNT, trước điểm xả ra kênh Bảo Minh")],
     [("water", "pH", "pH"), ("water", "COD", "COD"), ("water", "TSS", "TSS")], "continuous", "quarterly", "QCVN 13-MT:2015/BTNMT cột A"),
    ("Nước thải – quan trắc định kỳ", [("NT1", "nước thải sau HTXLNT")],
     [("water", "BOD5", "BOD5"), ("water", "NH4+", "Amoni"), ("water", "TN", "Tổng nitơ")], "monthly", "semiannual", "QCVN 13-MT:2015/BTNMT cột A"),
    ("Không khí xung quanh", [("KK1", "cổng nhà máy"), ("KK2", "khu dân cư thôn Bảo Ngũ")],
     [("code", "2902", "Bụi tổng (TSP)"), ("code", "0330", "SO2"), ("code", "0301", "NO2")], "quarterly", "semiannual", "QCVN 05:2023/BTNMT"),
    ("Nước dưới đất", [("NN1", "giếng quan trắc phía hạ lưu bãi chứa xỉ than")],
     [("water", "pH", "pH"), ("water", "NH4+", "Amoni"), ("water", "TDS", "TDS")], "semiannual", "yearly", "QCVN 09:2023/BTNMT"),
)


def _monitoring_hl1_vi(doc: Doc) -> None:
    doc.h("BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG VÀ XÃ HỘI (ESIA) – NHÀ MÁY DỆT NHUỘM THIÊN TRƯỜNG")
    doc.h("Chương 12. Kế hoạch quan trắc môi trường giai đoạn vận hành / Operational monitoring plan")
    doc.p("Kế hoạch là cam kết thuộc ESAP (hành động 3.1). Kết quả quan trắc được gửi bên cho vay (IFC, DEG) theo tần suất báo cáo nêu "
          "trong bảng; tần suất báo cáo không thay thế tần suất quan trắc.")
    rows = [["TT", "Hạng mục\nComponent", "Vị trí\nLocation", "Thông số\nParameters", "Tần suất quan trắc\nMonitoring frequency",
             "Tần suất báo cáo bên cho vay\nReporting to Lenders", "Tiêu chuẩn so sánh\nCriteria"]]
    k = 0
    for comp, locs, items, mon, rep, crit in TEX_PLAN:
        k += 1
        where = "; ".join(f"{pid} – {place}" for pid, place in locs)
        what = ", ".join(label for _, _, label in items)
        mon_cell = "liên tục (tự động)" if mon == "continuous" else freq(doc, mon)
        rows.append([str(k), comp, where, what, mon_cell, freq(doc, rep), crit])
        _expect(doc, [("pt", pid) for pid, _ in locs], [(kind, key) for kind, key, _ in items], mon)
    rows.append([str(k + 1), "Tiếng ồn", "KK1, KK2", "Mức âm tương đương (dBA)", freq(doc, "quarterly"), freq(doc, "semiannual"),
                 "QCVN 26:2010/BTNMT"])
    rows.append([str(k + 2), "Chất thải rắn, CTNH", "Kho chứa chất thải", "Khối lượng phát sinh, chuyển giao", "thường xuyên", freq(doc, "yearly"), "-"])
    doc.table("Bảng 12.1. Kế hoạch quan trắc / Monitoring plan", rows, role="monitoring")
    doc.p("Dữ liệu quan trắc tự động tại KT1 và NT1 được truyền liên tục về Sở Nông nghiệp và Môi trường tỉnh Nam Định.")
    maybe_distractor(doc, 0.3)


# (PS, RU indicator, KK indicator, RU location, KK location, locs [(id)] or None, items, frequency, RU who, KK who)
MINE_BUILD_PLAN = (
    ("PS 1", "Аудит системы экологического и социального управления подрядчика EPC", "EPC мердігерінің экологиялық және әлеуметтік басқару жүйесінің аудиті",
     "офис подрядчика на площадке", "алаңдағы мердігер кеңсесі", None, [], "semiannual", "менеджер по ЭСВ Компании", "Компанияның ЭӘМ жөніндегі менеджері"),
    ("PS 2", "Условия проживания в вахтовом поселке (чек-лист IFC/EBRD)", "Вахталық кенттегі тұру жағдайлары (IFC/EBRD чек-парағы)",
     "вахтовый поселок на 1 200 мест", "1 200 орындық вахталық кент", None, [], "monthly", "специалист по социальным вопросам", "әлеуметтік мәселелер жөніндегі маман"),
    ("PS 2", "Жалобы работников подрядчиков", "Мердігер қызметкерлерінің шағымдары", "журнал механизма жалоб", "шағым тетігінің журналы", None, [],
     "monthly", "специалист по социальным вопросам", "әлеуметтік мәселелер жөніндегі маман"),
    ("PS 3", "Пыль: взвешенные частицы, РМ10", "Шаң: қалқыма бөлшектер, РМ10", None, None,
     [("AQ-1", "подветренная граница стройплощадки", "құрылыс алаңының ық жақ шекарасы"), ("AQ-2", "с. Карабулак", "Қарабұлақ а.")],
     [("code", "2902"), ("code", "0008")], "weekly", "эколог подрядчика", "мердігер экологы"),
    ("PS 3", "Поверхностные воды р. Талды: водородный показатель, взвешенные вещества, нефтепродукты",
     "Талды өзенінің жерүсті сулары: сутегі көрсеткіші, қалқыма заттар, мұнай өнімдері", None, None,
     [("SW-1", "500 м выше переезда", "өткелден 500 м жоғары"), ("SW-2", "500 м ниже переезда", "өткелден 500 м төмен")],
     [("water", "pH"), ("water", "TSS"), ("water", "TPH")], "monthly", "аккредитованная лаборатория", "аккредиттелген зертхана"),
    ("PS 3", "Сточные воды вахтового поселка: БПК5, ХПК, взвешенные вещества, аммоний-ион",
     "Вахталық кенттің сарқынды сулары: ОБТ5, ОХТ, қалқыма заттар, аммоний-ион", None, None,
     [("WW-1", "выход модульных очистных сооружений", "модульдік тазарту құрылыстарының шығысы")],
     [("water", "BOD5"), ("water", "COD"), ("water", "TSS"), ("water", "NH4+")], "monthly", "аккредитованная лаборатория", "аккредиттелген зертхана"),
    ("PS 3", "Почва: нефтепродукты, свинец", "Топырақ: мұнай өнімдері, қорғасын", None, None,
     [("S-1", "площадка ГСМ подрядчика", "мердігердің ЖЖМ алаңы"), ("S-2", "ремонтная мастерская", "жөндеу шеберханасы")],
     [("soil", "TPH"), ("soil", "Pb")], "quarterly", "аккредитованная лаборатория", "аккредиттелген зертхана"),
    ("PS 3", "Шум (LAeq, LAmax)", "Шу (LAeq, LAmax)", "N-1 – с. Карабулак", "N-1 – Қарабұлақ а.", None, [], "monthly", "эколог подрядчика", "мердігер экологы"),
    ("PS 4", "ДТП и инциденты с участием транспорта проекта", "Жоба көлігі қатысқан ЖКО мен оқиғалар", "подъездная дорога (42 км)", "кіреберіс жол (42 км)",
     None, [], "monthly", "менеджер по ОТ и ТБ", "ЕҚ және ҚТ жөніндегі менеджер"),
    ("PS 4", "Обращения и жалобы населения", "Тұрғындардың өтініштері мен шағымдары", "сс. Карабулак, Егиндыбулак", "Қарабұлақ, Егіндібұлақ а.",
     None, [], "monthly", "специалист по связям с общественностью", "жұртшылықпен байланыс жөніндегі маман"),
    ("PS 6", "Поиск погибших птиц под ВЛ 110 кВ", "110 кВ ӘЖ астынан өлген құстарды іздеу", "пролеты опор № 1–42", "№ 1–42 тіректер аралықтары",
     None, [], "weekly", "орнитолог (по договору)", "орнитолог (шарт бойынша)"),
)  # fmt: skip
PS_TITLES = {
    "PS 1": ("PS 1 – Оценка и управление рисками", "PS 1 – Тәуекелдерді бағалау және басқару", "PS 1 – Đánh giá và quản lý rủi ro"),
    "PS 2": ("PS 2 – Трудовые отношения", "PS 2 – Еңбек қатынастары", "PS 2 – Lao động và điều kiện làm việc"),
    "PS 3": ("PS 3 – Предотвращение загрязнения", "PS 3 – Ластанудың алдын алу", "PS 3 – Sử dụng hiệu quả tài nguyên và phòng ngừa ô nhiễm"),
    "PS 4": ("PS 4 – Здоровье и безопасность населения", "PS 4 – Халықтың денсаулығы мен қауіпсіздігі", "PS 4 – Sức khỏe, an toàn và an ninh cộng đồng"),
    "PS 6": ("PS 6 – Биоразнообразие", "PS 6 – Биоәртүрлілік", "PS 6 – Đa dạng sinh học"),
}


def monitoring_hl2(doc: Doc) -> None:
    """The monitoring plan of a copper mine's construction-phase ESMP, grouped by IFC Performance Standard: `стандарт | №
    | показатель / indicator | место / location | периодичность | ответственный`, the standard merged down the first column,
    items `3.2`; the pollution rows (PS 3) name the parameters after a colon in the indicator and list the points with
    their IDs in the location, among rows on the contractor's audit, workers' accommodation and grievances, noise, road
    accidents, community grievances and bird carcass searches that give no substance; dust weekly (VI: a tyre plant's
    construction, the same standards)."""
    r = doc.rng
    vi = doc.lang == "vi"
    plan = TYRE_BUILD_PLAN if vi else MINE_BUILD_PLAN
    if vi:
        doc.h("KẾ HOẠCH QUẢN LÝ MÔI TRƯỜNG VÀ XÃ HỘI GIAI ĐOẠN XÂY DỰNG (CESMP) – NHÀ MÁY SẢN XUẤT LỐP XE PHƯỚC ĐÔNG")
        doc.h("Mục 6. Chương trình giám sát theo các Tiêu chuẩn hoạt động của IFC")
        doc.p("Chương trình áp dụng cho Tổng thầu EPC và các nhà thầu phụ trong suốt thời gian xây dựng (2026–2027); kết quả được tổng "
              "hợp vào báo cáo tháng gửi Chủ đầu tư và báo cáo quý gửi bên cho vay.")
        head = ["Tiêu chuẩn\nIFC PS", "TT", "Chỉ tiêu giám sát\nIndicator", "Vị trí\nLocation", "Tần suất\nFrequency", "Trách nhiệm\nResponsible"]
    else:
        L = _L(doc)
        doc.h(doc.v("План экологического и социального управления на период строительства (CESMP). Обогатительная фабрика рудника «Кызылкайын»",
                    "Құрылыс кезеңіне арналған экологиялық және әлеуметтік басқару жоспары (CESMP). «Қызылқайың» кенішінің байыту фабрикасы", ""))
        doc.h(doc.v("Раздел 6. Программа мониторинга по Стандартам деятельности МФК", "6-бөлім. ХҚК қызмет стандарттары бойынша мониторинг бағдарламасы", ""))
        doc.p(doc.v("Программа обязательна для генерального подрядчика и субподрядчиков на весь период строительства (2026–2027 гг.); "
                    "результаты включаются в ежемесячный отчет Компании и ежеквартальный отчет кредиторам.",
                    "Бағдарлама бас мердігер мен қосалқы мердігерлер үшін бүкіл құрылыс кезеңінде (2026–2027 жж.) міндетті; нәтижелер "
                    "Компанияның ай сайынғы есебіне және кредиторларға тоқсан сайынғы есепке енгізіледі.", ""))
        head = doc.v(["Стандарт МФК\nIFC PS", "№", "Показатель\nIndicator", "Место\nLocation", "Периодичность\nFrequency", "Ответственный\nResponsible"],
                     ["ХҚК стандарты\nIFC PS", "№", "Көрсеткіш\nIndicator", "Орны\nLocation", "Кезеңділігі\nFrequency", "Жауапты\nResponsible"], [])
    rows = [head]
    merges = []
    keep = [x for x in plan if x[0] == "PS 3" or r.random() < 0.8]
    groups: list = []
    for x in keep:
        if not groups or groups[-1][0] != x[0]:
            groups.append((x[0], []))
        groups[-1][1].append(x)
    for ps, items in groups:
        start = len(rows)
        num_ps = ps.split()[1]
        for j, x in enumerate(items, 1):
            if vi:
                _, ind, loc_text, locs, keys, word, who = x
                loc_cell = loc_text if locs is None else "; ".join(f"{pid} – {place}" for pid, place in locs)
                ids = [pid for pid, _ in locs] if locs else []
            else:
                _, i_ru, i_kk, l_ru, l_kk, locs, keys, word, w_ru, w_kk = x
                ind, who = (i_ru, i_kk)[L], (w_ru, w_kk)[L]
                loc_cell = (l_ru, l_kk)[L] if locs is None else "; ".join(f"{pid} – {(p_ru, p_kk)[L]}" for pid, p_ru, p_kk in locs)
                ids = [pid for pid, _, _ in locs] if locs else []
            title = PS_TITLES[ps][vocab.LANGS.index(doc.lang)]
            rows.append([title if j == 1 else None, f"{num_ps}.{j}", ind, loc_cell, _often(doc, word), who])
            if keys:
                _expect(doc, [("pt", pid) for pid in ids], keys, word)
        if len(items) > 1:
            merges.append((start, 0, len(rows) - 1, 0))
    doc.table(doc.v("Таблица 6.1 – Программа мониторинга на период строительства", "6.1-кесте – Құрылыс кезеңіндегі мониторинг бағдарламасы",
                    "Bảng 6.1. Chương trình giám sát giai đoạn xây dựng"), rows, merges, role="monitoring")
    doc.p(doc.v("Еженедельный контроль пыли проводится в период земляных работ; при скорости ветра более 10 м/с работы по выемке "
                "грунта приостанавливаются.",
                "Шаңды апта сайынғы бақылау жер жұмыстары кезеңінде жүргізіледі; жел жылдамдығы 10 м/с-тан асқанда топырақ қазу жұмыстары "
                "тоқтатылады.",
                "Giám sát bụi hằng tuần được thực hiện trong thời gian thi công đào đắp; tạm dừng đào đất khi tốc độ gió trên 10 m/s."))
    maybe_distractor(doc, 0.3)


# (PS, indicator, location text, locs [(id, place)] or None, items, frequency, responsible)
TYRE_BUILD_PLAN = (
    ("PS 1", "Đánh giá hệ thống quản lý môi trường và xã hội của Tổng thầu EPC", "Văn phòng công trường", None, [], "semiannual",
     "Cán bộ môi trường – xã hội của Chủ đầu tư"),
    ("PS 2", "Điều kiện lán trại công nhân (bảng kiểm IFC/EBRD)", "Lán trại 600 chỗ", None, [], "monthly", "Cán bộ xã hội"),
    ("PS 2", "Khiếu nại của người lao động", "Sổ tiếp nhận khiếu nại", None, [], "monthly", "Cán bộ xã hội"),
    ("PS 3", "Bụi: bụi tổng (TSP), bụi PM10", None, [("KK1", "ranh giới công trường cuối hướng gió"), ("KK2", "khu dân cư ấp Phước Đức")],
     [("code", "2902"), ("code", "0008")], "weekly", "Cán bộ môi trường nhà thầu"),
    ("PS 3", "Nước mặt rạch Trâm Vàng: pH, TSS, tổng dầu mỡ khoáng", None,
     [("NM1", "thượng lưu điểm thoát nước công trường 100 m"), ("NM2", "hạ lưu điểm thoát nước công trường 100 m")],
     [("water", "pH"), ("water", "TSS"), ("water", "TPH")], "monthly", "Đơn vị quan trắc có chứng nhận VIMCERTS"),
    ("PS 3", "Nước thải sinh hoạt lán trại: BOD5, COD, TSS, amoni", None, [("NT1", "đầu ra bể xử lý nước thải lán trại")],
     [("water", "BOD5"), ("water", "COD"), ("water", "TSS"), ("water", "NH4+")], "monthly", "Đơn vị quan trắc có chứng nhận VIMCERTS"),
    ("PS 3", "Tiếng ồn (LAeq)", "KK2 – khu dân cư ấp Phước Đức", None, [], "monthly", "Cán bộ môi trường nhà thầu"),
    ("PS 4", "Tai nạn giao thông liên quan đến xe của dự án", "Đường D8 và tỉnh lộ 782", None, [], "monthly", "Cán bộ an toàn"),
    ("PS 4", "Ý kiến, khiếu nại của cộng đồng", "Xã Phước Đông", None, [], "monthly", "Cán bộ xã hội"),
    ("PS 6", "Cây xanh được bảo tồn và trồng bù", "Hành lang cây xanh phía Bắc", None, [], "quarterly", "Cán bộ môi trường – xã hội của Chủ đầu tư"),
)


# ---------------------------------------------------------------- inspections

# frequency key: (RU, KK, VI, contract frequency or None)
FRACTION = {"shift": ("1/смену", "1/ауысым", "1/ca", None), "day": ("1/сут.", "1/тәул.", "1/ngày", "daily"),
            "week": ("1/нед.", "1/апта", "1/tuần", "weekly"), "month": ("1/мес.", "1/ай", "1/tháng", "monthly"),
            "quarter": ("1/кв.", "1/тоқсан", "1/quý", "quarterly"), "half": ("2/год", "2/жыл", "2/năm", "semiannual"),
            "year": ("1/год", "1/жыл", "1/năm", "yearly")}
# (RU area, KK area, RU what, KK what, per, RU inspector, KK inspector, checklist, ESAP item)
CEMENT_CHECKS = (
    ("Рукавные фильтры печи, холодильника и мельниц", "Пештің, тоңазытқыштың және диірмендердің жеңді сүзгілері",
     "перепад давления, целостность рукавов, работа регенерации", "қысым айырмасы, жеңдердің бүтіндігі, регенерация жұмысы", "shift",
     "сменный мастер участка обжига", "күйдіру учаскесінің ауысым шебері", "CL-ENV-01", "3.2"),
    ("Открытые склады клинкера и угля", "Клинкер мен көмірдің ашық қоймалары",
     "пыление, работа системы орошения, ветрозащитные экраны", "шаңдау, суару жүйесінің жұмысы, желден қорғау экрандары", "day",
     "мастер складского хозяйства", "қойма шаруашылығының шебері", "CL-ENV-02", "3.3"),
    ("Площадка временного накопления опасных отходов", "Қауіпті қалдықтарды уақытша жинақтау алаңы",
     "маркировка, сроки накопления, поддоны и навес", "таңбалау, жинақтау мерзімдері, табандықтар мен қалқа", "week",
     "инженер-эколог", "инженер-эколог", "CL-ENV-05", "3.3"),
    ("Склад ГСМ и маслохозяйство", "ЖЖМ қоймасы және май шаруашылығы",
     "протечки, обвалование, наличие сорбентов", "ағып кетулер, үйінді қоршау, сорбенттердің болуы", "week",
     "начальник ремонтно-механического цеха", "жөндеу-механикалық цехының бастығы", "CL-ENV-06", "3.4"),
    ("Очистные сооружения ливневых стоков", "Нөсер ағындарын тазарту құрылыстары",
     "заиление отстойника, работа нефтеуловителя", "тұндырғыштың лайлануы, мұнай ұстағыштың жұмысы", "month",
     "инженер-эколог", "инженер-эколог", "CL-ENV-07", "3.5"),
    ("Подрядные организации на площадке", "Алаңдағы мердігер ұйымдар",
     "обращение с отходами и ГСМ, выполнение CESMP", "қалдықтармен және ЖЖМ-мен жұмыс, CESMP орындалуы", "quarter",
     "руководитель службы ОТ, ПБ и ООС", "ЕҚ, ӨҚ және ҚОҚ қызметінің басшысы", "CL-ESMS-03", "1.4"),
    ("Система экологического и социального управления", "Экологиялық және әлеуметтік басқару жүйесі",
     "внутренний аудит по ISO 14001 и ТР 1 ЕБРР", "ISO 14001 және ЕҚДБ ЖТ 1 бойынша ішкі аудит", "half",
     "внутренний аудитор СЭСУ", "ЭӘБЖ ішкі аудиторы", "CL-ESMS-01", "1.1"),
    ("Санитарно-защитная зона и зеленые насаждения", "Санитариялық-қорғау аймағы және жасыл екпелер",
     "состояние озеленения, несанкционированные свалки", "көгалдандырудың жай-күйі, рұқсатсыз үйінділер", "year",
     "заместитель директора по общим вопросам", "директордың жалпы мәселелер жөніндегі орынбасары", "CL-ENV-09", "3.8"),
)  # fmt: skip
TEX_CHECKS = (
    ("Lò hơi và hệ thống xử lý khí thải", "chênh áp túi lọc, dung dịch hấp thụ, hoạt động quạt hút", "shift", "Trưởng ca lò hơi", "CL-ENV-01", "3.2"),
    ("Bãi chứa than và xỉ", "phát tán bụi, che phủ, phun ẩm", "day", "Tổ trưởng kho than", "CL-ENV-02", "3.3"),
    ("Hệ thống xử lý nước thải", "thiết bị, màu nước, bùn, số liệu trạm quan trắc tự động", "day", "Kỹ thuật viên vận hành HTXLNT", "CL-ENV-03", "3.1"),
    ("Kho hóa chất, thuốc nhuộm", "nhãn, bảng dữ liệu an toàn (SDS), gờ chống tràn", "week", "Thủ kho hóa chất", "CL-ENV-04", "3.4"),
    ("Kho chứa chất thải nguy hại", "phân loại, dán nhãn, thời gian lưu giữ", "week", "Cán bộ môi trường", "CL-ENV-05", "3.3"),
    ("Các nhà thầu làm việc tại nhà máy", "quản lý chất thải, an toàn, thực hiện ESMP", "quarter", "Trưởng phòng HSE", "CL-ESMS-03", "1.4"),
    ("Hệ thống quản lý môi trường và xã hội", "đánh giá nội bộ theo ISO 14001 và PS1 của IFC", "half", "Chuyên gia đánh giá nội bộ", "CL-ESMS-01", "1.1"),
    ("Dải cây xanh cách ly", "mật độ cây, trồng dặm", "year", "Phòng Hành chính", "CL-ENV-09", "3.8"),
)


def inspections_hl1(doc: Doc) -> None:
    """The inspection schedule of a cement plant's environmental and social management system (set up under the ESAP):
    `№ | объект / area | что проверяется / what is checked | частота / frequency | проверяющий / inspector | чек-лист |
    пункт ПЭСМ` with the frequency written as a fraction — `1/смену`, `1/сут.`, `1/нед.`, `1/мес.`, `1/кв.`, `2/год`,
    `1/год` (KK `1/ауысым`, `1/апта`, `2/жыл`), the per-shift check giving no frequency of the contract, a check-list code
    and the ESAP item each check serves (VI: a dyeing mill's `1/ca`, `1/ngày`, `1/tuần`, `2/năm`)."""
    r = doc.rng
    vi = doc.lang == "vi"
    idx = vocab.LANGS.index(doc.lang)
    if vi:
        doc.h("HỆ THỐNG QUẢN LÝ MÔI TRƯỜNG VÀ XÃ HỘI (ESMS) – NHÀ MÁY DỆT NHUỘM THIÊN TRƯỜNG")
        doc.h("Quy trình ESMS-PR-07. Lịch kiểm tra môi trường nội bộ")
        doc.p("Quy trình được ban hành theo hành động 1.1 của ESAP ký với IFC và DEG. Tần suất ghi dạng “số lần/kỳ”: 1/tuần – một lần mỗi "
              "tuần, 2/năm – hai lần mỗi năm.")
        rows = [["TT", "Khu vực\nArea", "Nội dung kiểm tra\nWhat is checked", "Tần suất\nFrequency", "Người kiểm tra\nInspector",
                 "Bảng kiểm\nChecklist", "Hành động ESAP\nESAP item"]]
        for k, (area, what, per, who, cl, esap) in enumerate(TEX_CHECKS, 1):
            rows.append([str(k), area, what, FRACTION[per][idx], who, cl, esap])
            item = {"kind": "inspection", "text_contains": _words(area, 4), "actor_contains": who}
            if FRACTION[per][3]:
                item["frequency"] = FRACTION[per][3]
            doc.add("obligations", item)
        doc.table("Bảng 1. Lịch kiểm tra / Inspection schedule", rows, role="inspections")
        doc.p("Kết quả kiểm tra được ghi vào bảng kiểm tương ứng và tổng hợp trong báo cáo giám sát 6 tháng gửi bên cho vay.")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    name = KZ_PROJECTS[1]["name"][L]
    doc.h(doc.v(f"Система экологического и социального управления (СЭСУ). {name}. Процедура ESMS-PR-07 «Производственные проверки»",
                f"Экологиялық және әлеуметтік басқару жүйесі (ЭӘБЖ). {name}. ESMS-PR-07 «Өндірістік тексерулер» рәсімі", ""))
    doc.p(doc.v("Процедура разработана во исполнение мероприятия 1.1 ПЭСМ, согласованного с ЕБРР. Частота проверок указана как "
                "число проверок за период: 1/нед. – одна проверка в неделю, 2/год – две проверки в год.",
                "Рәсім ЕҚДБ-мен келісілген ЭӘІЖ-нің 1.1-іс-шарасын орындау үшін әзірленді. Тексерулердің жиілігі кезеңдегі тексерулер "
                "саны ретінде көрсетілген: 1/апта – аптасына бір тексеру, 2/жыл – жылына екі тексеру.", ""))
    rows = [doc.v(["№", "Объект\nArea", "Что проверяется\nWhat is checked", "Частота\nFrequency", "Проверяющий\nInspector", "Чек-лист\nChecklist",
                   "Пункт ПЭСМ\nESAP item"],
                  ["№", "Объект\nArea", "Не тексеріледі\nWhat is checked", "Жиілігі\nFrequency", "Тексеруші\nInspector", "Чек-парақ\nChecklist",
                   "ЭӘІЖ тармағы\nESAP item"], [])]
    checks = [c for c in CEMENT_CHECKS if c[4] != "year" or r.random() < 0.7]
    for k, (a_ru, a_kk, w_ru, w_kk, per, h_ru, h_kk, cl, esap) in enumerate(checks, 1):
        area, who = (a_ru, a_kk)[L], (h_ru, h_kk)[L]
        rows.append([f"{k}", area, (w_ru, w_kk)[L], FRACTION[per][idx], who, cl, esap])
        item = {"kind": "inspection", "text_contains": _words(area, 4), "actor_contains": who}
        if FRACTION[per][3]:
            item["frequency"] = FRACTION[per][3]
        doc.add("obligations", item)
    doc.table(doc.v("Таблица 1 – График производственных проверок / Inspection schedule", "1-кесте – Өндірістік тексерулер кестесі / Inspection schedule", ""),
              rows, role="inspections")
    doc.p(doc.v("Результаты проверок регистрируются в чек-листах и сводятся в полугодовой отчет кредиторам; выявленные несоответствия "
                "вносятся в реестр корректирующих действий.",
                "Тексеру нәтижелері чек-парақтарда тіркеледі және кредиторларға жарты жылдық есепке жинақталады; анықталған "
                "сәйкессіздіктер түзету әрекеттерінің тізіліміне енгізіледі.", ""))
    maybe_distractor(doc, 0.3)


# (RU area, KK area, RU scope, KK scope, coverage "each" / "second" / "first", RU specialist, KK specialist)
IESC_AREAS = (
    ("Птичники и система вентиляции", "Құс қоралары және желдету жүйесі", "биобезопасность, обращение с падежом, запахи",
     "биоқауіпсіздік, өлекселермен жұмыс, иістер", "each", "эколог IESC", "IESC экологы"),
    ("Инсинератор падежа", "Өлексе инсинераторы", "режим сжигания, журнал работы, зола", "жағу режимі, жұмыс журналы, күл", "each",
     "эколог IESC", "IESC экологы"),
    ("Площадка компостирования помета", "Саңғырықты компосттау алаңы", "гидроизоляция основания, сбор фильтрата, запахи",
     "табанның гидрооқшаулауы, сүзіндіні жинау, иістер", "each", "эколог IESC", "IESC экологы"),
    ("Очистные сооружения убойного цеха", "Сою цехының тазарту құрылыстары", "работа сооружений, результаты анализов стоков",
     "құрылыстардың жұмысы, ағындарды талдау нәтижелері", "each", "эколог IESC", "IESC экологы"),
    ("Склад ветеринарных препаратов и дезинфицирующих средств", "Ветеринарлық препараттар мен дезинфекциялық құралдар қоймасы",
     "условия хранения, учет, тара", "сақтау жағдайлары, есепке алу, ыдыс", "second", "эколог IESC", "IESC экологы"),
    ("Общежитие и столовая для работников", "Қызметкерлерге арналған жатақхана мен асхана", "условия проживания (PS 2), питьевая вода",
     "тұру жағдайлары (PS 2), ауыз су", "second", "социальный специалист IESC", "IESC әлеуметтік маманы"),
    ("Механизм рассмотрения жалоб населения", "Тұрғындардың шағымдарын қарау тетігі", "журнал жалоб, сроки и качество ответов",
     "шағымдар журналы, жауаптардың мерзімі мен сапасы", "second", "социальный специалист IESC", "IESC әлеуметтік маманы"),
    ("Старое пометохранилище (рекультивация по ПЭСМ 6.2)", "Ескі саңғырық қоймасы (ЭӘІЖ 6.2 бойынша рекультивация)",
     "итоги рекультивации, состояние откосов", "рекультивация қорытындылары, беткейлердің жай-күйі", "first", "эколог IESC", "IESC экологы"),
)  # fmt: skip
IESC_VN = (
    ("Dây chuyền trộn cao su và lưu hóa", "khí thải, bụi, hệ thống hút", "each", "Chuyên gia môi trường IESC"),
    ("Lò hơi đốt sinh khối và bãi nhiên liệu", "vận hành hệ thống xử lý khí thải, bụi bãi chứa", "each", "Chuyên gia môi trường IESC"),
    ("Hệ thống xử lý nước thải", "vận hành, nhật ký, kết quả phân tích", "each", "Chuyên gia môi trường IESC"),
    ("Kho chất thải nguy hại", "phân loại, lưu giữ, chứng từ chuyển giao", "each", "Chuyên gia môi trường IESC"),
    ("Ký túc xá công nhân", "điều kiện sinh hoạt (PS2), nước uống", "second", "Chuyên gia xã hội IESC"),
    ("Cơ chế tiếp nhận khiếu nại của cộng đồng", "sổ khiếu nại, thời hạn trả lời", "second", "Chuyên gia xã hội IESC"),
    ("Khu vực cây xanh trồng bù", "tỷ lệ sống của cây sau trồng bù", "first", "Chuyên gia môi trường IESC"),
)
COVERAGE = {"each": ("каждый визит", "әр сапарда", "mỗi đợt"),
            "second": ("каждый второй визит (осенний)", "әр екінші сапарда (күзгі)", "cách một đợt (đợt tháng 10)"),
            "first": ("первый визит после завершения работ", "жұмыстар аяқталғаннан кейінгі бірінші сапарда", "đợt đầu tiên sau khi hoàn thành")}
CYCLE = {"each": "semiannual", "second": "yearly", "first": None}


def inspections_hl2(doc: Doc) -> None:
    """The independent E&S consultant's plan of monitoring visits to a poultry complex in its first years of operation:
    `№ | объект / area | предмет проверки IESC / IESC scope | охват визитов / visit coverage | специалист IESC`, the visits
    twice a year named only in the header of the coverage column, each area covered `каждый визит` (so twice a year),
    `каждый второй визит (осенний)` (so once a year) or on the first visit after some works (no frequency) (VI: a tyre
    plant, `mỗi đợt`, `cách một đợt`)."""
    r = doc.rng
    idx = vocab.LANGS.index(doc.lang)
    if doc.lang == "vi":
        doc.h("KẾ HOẠCH GIÁM SÁT CỦA TƯ VẤN ĐỘC LẬP (IESC) GIAI ĐOẠN VẬN HÀNH 2026–2028 – NHÀ MÁY SẢN XUẤT LỐP XE PHƯỚC ĐÔNG")
        doc.p("IESC thay mặt bên cho vay (IFC, ADB) kiểm tra hiện trường theo phạm vi dưới đây; báo cáo mỗi đợt được gửi bên cho vay trong "
              "vòng 30 ngày sau đợt kiểm tra.")
        rows = [["TT", "Khu vực\nArea", "Nội dung kiểm tra\nIESC scope", "Phạm vi các đợt (IESC kiểm tra 02 đợt/năm: tháng 4 và tháng 10)\nVisit coverage",
                 "Chuyên gia\nIESC specialist"]]
        for k, (area, scope, cov, who) in enumerate(IESC_VN, 1):
            rows.append([str(k), area, scope, COVERAGE[cov][idx], who])
            item = {"kind": "inspection", "text_contains": _words(area, 4), "actor_contains": who}
            if CYCLE[cov]:
                item["frequency"] = CYCLE[cov]
            doc.add("obligations", item)
        doc.table("Bảng 2. Phạm vi giám sát của IESC / IESC monitoring scope", rows, role="inspections")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    name = KZ_PROJECTS[2]["name"][L]
    doc.h(doc.v(f"План мониторинга независимого консультанта (IESC) на период эксплуатации 2026–2028 гг. {name}",
                f"{name}. Тәуелсіз консультанттың (IESC) 2026–2028 жж. пайдалану кезеңіне арналған мониторинг жоспары", ""))
    doc.p(doc.v("IESC проверяет объекты от имени кредиторов (МФК, ЕБРР) в объеме, указанном ниже; отчет о каждом визите направляется "
                "кредиторам в течение 30 дней после визита.",
                "IESC объектілерді кредиторлардың (ХҚК, ЕҚДБ) атынан төменде көрсетілген көлемде тексереді; әрбір сапар туралы есеп "
                "сапардан кейін 30 күн ішінде кредиторларға жіберіледі.", ""))
    rows = [doc.v(["№", "Объект\nArea", "Предмет проверки IESC\nIESC scope",
                   "Охват визитов (визиты IESC – 2 раза в год: апрель и октябрь)\nVisit coverage", "Специалист IESC\nIESC specialist"],
                  ["№", "Объект\nArea", "IESC тексеретін мәселелер\nIESC scope",
                   "Сапарлармен қамту (IESC сапарлары – жылына 2 рет: сәуір және қазан)\nVisit coverage", "IESC маманы\nIESC specialist"], [])]
    areas = [a for a in IESC_AREAS if a[4] != "second" or r.random() < 0.8]
    for k, (a_ru, a_kk, s_ru, s_kk, cov, w_ru, w_kk) in enumerate(areas, 1):
        area, who = (a_ru, a_kk)[L], (w_ru, w_kk)[L]
        rows.append([str(k), area, (s_ru, s_kk)[L], COVERAGE[cov][idx], who])
        item = {"kind": "inspection", "text_contains": _words(area, 4), "actor_contains": who}
        if CYCLE[cov]:
            item["frequency"] = CYCLE[cov]
        doc.add("obligations", item)
    doc.table(doc.v("Таблица 2 – Объем мониторинга IESC / IESC monitoring scope", "2-кесте – IESC мониторингінің көлемі / IESC monitoring scope", ""),
              rows, role="inspections")
    doc.p(doc.v("Кредиторы вправе назначить внеплановый визит IESC при серьезном инциденте.",
                "Кредиторлар елеулі оқиға болған кезде IESC-тің жоспардан тыс сапарын тағайындауға құқылы.", ""))
    maybe_distractor(doc, 0.3)


# ---------------------------------------------------------------- tasks

# (PR, RU title, KK title, [(no., RU action, KK action, RU risk, KK risk, RU requirement, KK requirement, cost, RU who, KK who, RU term, KK term,
#  RU target, KK target)])
CEMENT_ESAP = (
    ("ТР 1 – Оценка и управление экологическими и социальными рисками / PR 1 – Assessment and management of environmental and social risks and impacts",
     "ЖТ 1 – Экологиялық және әлеуметтік тәуекелдерді бағалау және басқару / PR 1 – Assessment and management of environmental and social risks and impacts", [
        ("1.1", "Разработать и внедрить систему экологического и социального управления (СЭСУ), соответствующую ТР 1 и ISO 14001",
         "ЖТ 1 және ISO 14001 талаптарына сәйкес экологиялық және әлеуметтік басқару жүйесін (ЭӘБЖ) әзірлеу және енгізу",
         "отсутствие системного управления рисками", "тәуекелдерді жүйелі басқарудың болмауы", "ТР 1; ст. 182 ЭК РК", "ЖТ 1; ҚР ЭК 182-бабы", 45,
         "директор по ОТ, ПБ и ООС", "ЕҚ, ӨҚ және ҚОҚ жөніндегі директор", "до первой выборки кредита", "кредиттің алғашқы игерілуіне дейін",
         "руководство СЭСУ утверждено; сертификат ISO 14001 к IV кв. 2026 г.", "ЭӘБЖ нұсқаулығы бекітілді; 2026 ж. IV тоқсанына дейін ISO 14001 сертификаты"),
        ("1.2", "Назначить менеджера по экологическим и социальным вопросам с подчинением генеральному директору",
         "Бас директорға бағынатын экологиялық және әлеуметтік мәселелер жөніндегі менеджерді тағайындау",
         "недостаточный кадровый потенциал", "кадрлық әлеуеттің жеткіліксіздігі", "ТР 1", "ЖТ 1", 0,
         "генеральный директор", "бас директор", "в течение 3 месяцев после подписания кредитного соглашения",
         "кредиттік келісімге қол қойылғаннан кейін 3 ай ішінде", "приказ о назначении, должностная инструкция", "тағайындау туралы бұйрық, лауазымдық нұсқаулық")]),
    ("ТР 2 – Трудовые отношения и условия труда / PR 2 – Labour and working conditions",
     "ЖТ 2 – Еңбек қатынастары және еңбек жағдайлары / PR 2 – Labour and working conditions", [
        ("2.1", "Включить требования ТР 2 в договоры с подрядчиками и проводить их аудит",
         "Мердігерлермен жасалатын шарттарға ЖТ 2 талаптарын енгізу және олардың аудитін жүргізу",
         "нарушение прав работников подрядчиков", "мердігерлер қызметкерлерінің құқықтарын бұзу", "ТР 2; Трудовой кодекс РК",
         "ЖТ 2; ҚР Еңбек кодексі", 12, "директор по персоналу", "персонал жөніндегі директор", "до 30.06.2026", "30.06.2026 дейін",
         "100 % договоров содержат требования ТР 2", "шарттардың 100 %-ында ЖТ 2 талаптары бар")]),
    ("ТР 3 – Ресурсоэффективность, предотвращение и контроль загрязнения / PR 3 – Resource efficiency and pollution prevention and control",
     "ЖТ 3 – Ресурс тиімділігі, ластанудың алдын алу және бақылау / PR 3 – Resource efficiency and pollution prevention and control", [
        ("3.1", "Установить систему непрерывного мониторинга выбросов (СНМ) на дымовой трубе вращающейся печи (ИЗА 0001)",
         "Айналмалы пештің түтін мұржасына (0001 ЛШК) шығарындыларды үздіксіз мониторингілеу жүйесін (ШҮМЖ) орнату",
         "отсутствие непрерывных данных о выбросах NOx, SO2 и пыли", "NOx, SO2 және шаң шығарындылары туралы үздіксіз деректердің болмауы",
         "ТР 3; ст. 186 ЭК РК", "ЖТ 3; ҚР ЭК 186-бабы", 380, "главный инженер", "бас инженер", "до 31.12.2026", "31.12.2026 дейін",
         "СНМ введена, данные передаются в ИС уполномоченного органа", "ШҮМЖ енгізілді, деректер уәкілетті органның АЖ-не беріледі"),
        ("3.2", "Заменить рукавный фильтр колосникового холодильника для снижения концентрации пыли до 20 мг/Нм³",
         "Шаң концентрациясын 20 мг/Нм³-ге дейін төмендету үшін колосникті тоңазытқыштың жеңді сүзгісін ауыстыру",
         "превышение норматива по пыли в 2025 г.", "2025 жылы шаң бойынша нормативтен асу", "ТР 3; КЭР; IFC EHS (цемент)",
         "ЖТ 3; КЭР; IFC EHS (цемент)", 210, "начальник цеха обжига", "күйдіру цехының бастығы", "до 30.09.2026", "30.09.2026 дейін",
         "пыль ≤ 20 мг/Нм³ по трем замерам подряд", "қатарынан үш өлшеу бойынша шаң ≤ 20 мг/Нм³"),
        ("3.3", "Разработать план управления отходами с учетом иерархии обращения с отходами",
         "Қалдықтармен жұмыс істеу иерархиясын ескере отырып қалдықтарды басқару жоспарын әзірлеу",
         "захоронение пригодных к утилизации отходов", "кәдеге жаратуға жарамды қалдықтарды көму", "ТР 3; ст. 329 ЭК РК",
         "ЖТ 3; ҚР ЭК 329-бабы", 8, "инженер-эколог", "инженер-эколог", "до 31.03.2026", "31.03.2026 дейін",
         "план утвержден, доля утилизации ≥ 80 %", "жоспар бекітілді, кәдеге жарату үлесі ≥ 80 %"),
        ("3.4", "Рассчитывать выбросы парниковых газов (Scope 1 и 2) и ежегодно отчитываться перед кредиторами",
         "Парниктік газдар шығарындыларын (Scope 1 және 2) есептеу және кредиторларға жыл сайын есеп беру",
         "выбросы ПГ более 25 000 т CO2-экв. в год", "жылына 25 000 т CO2-экв. астам ПГ шығарындылары", "ТР 3 (парниковые газы)", "ЖТ 3 (парниктік газдар)", 15,
         "инженер-эколог", "инженер-эколог", "ежегодно, в составе AESR", "жыл сайын, AESR құрамында",
         "инвентаризация ПГ верифицирована", "ПГ түгендеуі верификацияланды")]),
    ("ТР 4 – Здоровье и безопасность населения / PR 4 – Health, safety and security",
     "ЖТ 4 – Халықтың денсаулығы мен қауіпсіздігі / PR 4 – Health, safety and security", [
        ("4.1", "Разработать план безопасности дорожного движения на подъездной дороге через с. Аксукент",
         "Ақсукент ауылы арқылы өтетін кіреберіс жолда жол қозғалысы қауіпсіздігінің жоспарын әзірлеу",
         "ДТП с участием грузового транспорта", "жүк көлігі қатысқан ЖКО", "ТР 4", "ЖТ 4", 30, "начальник транспортного цеха",
         "көлік цехының бастығы", "до 30.04.2026", "30.04.2026 дейін", "план внедрен, ноль ДТП со смертельным исходом",
         "жоспар енгізілді, қаза болған ЖКО саны нөл")]),
    ("ТР 10 – Раскрытие информации и взаимодействие с заинтересованными сторонами / PR 10 – Information disclosure and stakeholder engagement",
     "ЖТ 10 – Ақпаратты ашу және мүдделі тараптармен өзара іс-қимыл / PR 10 – Information disclosure and stakeholder engagement", [
        ("10.1", "Обновить план взаимодействия с заинтересованными сторонами и внешний механизм рассмотрения жалоб",
         "Мүдделі тараптармен өзара іс-қимыл жоспарын және шағымдарды қараудың сыртқы тетігін жаңарту",
         "недоверие населения с. Аксукент", "Ақсукент ауылы тұрғындарының сенімсіздігі", "ТР 10", "ЖТ 10", 10,
         "менеджер по связям с общественностью", "жұртшылықпен байланыс жөніндегі менеджер", "до первой выборки кредита",
         "кредиттің алғашқы игерілуіне дейін", "ПВЗС опубликован на сайте, журнал жалоб ведется", "ӨІЖ сайтта жарияланды, шағымдар журналы жүргізіледі")]),
)  # fmt: skip
STATUS = (("выполнено", "орындалды"), ("в работе", "орындалуда"), ("не начато", "басталмаған"))


def tasks_hl1(doc: Doc) -> None:
    """A cement plant's Environmental and Social Action Plan in the EBRD's form: `№ | мероприятие / action | риски / E&S
    risks | требование / requirement (legislation, EBRD PR) | ресурсы, потребность в инвестициях, ответственность /
    resources, investment needs, responsibility | срок / timetable | целевые показатели / target and evaluation criteria |
    статус`, Performance Requirement rows spanning the table, items `3.2` numbered within them, the responsible only inside
    the resources cell after the money (`Собственные средства, ~210 тыс. долл. США.\nОтветственный: начальник цеха обжига`),
    terms tied to the loan (`до первой выборки кредита`) (VI: a dyeing mill's ESAP with IFC and DEG, `Nguồn lực, chi phí,
    trách nhiệm`)."""
    if doc.lang == "vi":
        _tasks_hl1_vi(doc)
        return
    r = doc.rng
    L = _L(doc)
    name = KZ_PROJECTS[1]["name"][L]
    doc.h(doc.v(f"План экологических и социальных мероприятий (ПЭСМ / ESAP). {name}", f"{name}. Экологиялық және әлеуметтік іс-шаралар жоспары (ЭӘІЖ / ESAP)", ""))
    doc.p(doc.v("ПЭСМ является приложением к кредитному соглашению с ЕБРР; статус мероприятий указан на 31.12.2025. Компания отчитывается "
                "о выполнении в годовом отчете об экологической и социальной деятельности (AESR).",
                "ЭӘІЖ ЕҚДБ-мен кредиттік келісімнің қосымшасы болып табылады; іс-шаралардың мәртебесі 31.12.2025 жағдай бойынша көрсетілген. "
                "Компания орындалуы туралы экологиялық және әлеуметтік қызмет туралы жылдық есепте (AESR) есеп береді.", ""))
    head = doc.v(["№", "Мероприятие\nAction", "Экологические и социальные риски\nEnvironmental and social risks",
                  "Требование (законодательство / ТР ЕБРР)\nRequirement (legislation / EBRD PR)",
                  "Ресурсы, потребность в инвестициях, ответственность\nResources, investment needs, responsibility", "Срок\nTimetable",
                  "Целевые показатели и критерии оценки\nTarget and evaluation criteria", "Статус\nStatus"],
                 ["№", "Іс-шара\nAction", "Экологиялық және әлеуметтік тәуекелдер\nEnvironmental and social risks",
                  "Талап (заңнама / ЕҚДБ ЖТ)\nRequirement (legislation / EBRD PR)",
                  "Ресурстар, инвестициялық қажеттілік, жауапкершілік\nResources, investment needs, responsibility", "Мерзімі\nTimetable",
                  "Нысаналы көрсеткіштер және бағалау өлшемшарттары\nTarget and evaluation criteria", "Мәртебесі\nStatus"], [])
    rows = [head]
    merges: list = []
    for t_ru, t_kk, items in CEMENT_ESAP:
        _span(rows, merges, (t_ru, t_kk)[L], 8)
        for no, a_ru, a_kk, k_ru, k_kk, q_ru, q_kk, cost, w_ru, w_kk, s_ru, s_kk, g_ru, g_kk in items:
            text, who = (a_ru, a_kk)[L], (w_ru, w_kk)[L]
            if cost:
                money = doc.v(f"Собственные средства Компании, ~{num(cost, 'ru')} тыс. долл. США.", f"Компанияның өз қаражаты, ~{num(cost, 'kk')} мың АҚШ долл.", "")
            else:
                money = doc.v("Дополнительных затрат не требуется.", "Қосымша шығындар талап етілмейді.", "")
            lead = doc.v("Ответственный", "Жауапты", "")
            status = doc.pick(STATUS)[L]
            rows.append([no, text, (k_ru, k_kk)[L], (q_ru, q_kk)[L], f"{money}\n{lead}: {who}", (s_ru, s_kk)[L], (g_ru, g_kk)[L], status])
            doc.add("obligations", {"kind": "task", "number": no, "text_contains": _words(text), "actor_contains": who})
    doc.table(doc.v("Таблица A.1 – ПЭСМ (ESAP), редакция 3", "A.1-кесте – ЭӘІЖ (ESAP), 3-редакция", ""), rows, merges, role="tasks")
    doc.p(doc.v("ТР – Требования к реализации проектов Экологической и социальной политики ЕБРР (2019 г.); ЭК РК – Экологический кодекс "
                "Республики Казахстан.",
                "ЖТ – ЕҚДБ-ның Экологиялық және әлеуметтік саясатының (2019 ж.) жобаларды іске асыруға қойылатын талаптары; ҚР ЭК – "
                "Қазақстан Республикасының Экология кодексі.", ""))
    if r.random() < 0.4:
        distractor(doc, "approval")


# (PS title, [(no., action, risk, requirement, cost million VND, who, term, target)])
TEX_ESAP = (
    ("PS1 – Đánh giá và quản lý rủi ro, tác động môi trường và xã hội", [
        ("1.1", "Xây dựng và áp dụng hệ thống quản lý môi trường và xã hội (ESMS) phù hợp PS1 và ISO 14001",
         "Thiếu hệ thống quản lý rủi ro", "PS1; Luật Bảo vệ môi trường 2020", 650, "Phó Tổng Giám đốc kỹ thuật", "Trước lần giải ngân đầu tiên",
         "Sổ tay ESMS được phê duyệt"),
        ("1.2", "Bổ nhiệm cán bộ chuyên trách môi trường và xã hội báo cáo trực tiếp Tổng Giám đốc", "Thiếu nhân lực", "PS1", 0,
         "Tổng Giám đốc", "Trong 3 tháng sau khi ký hợp đồng tín dụng", "Quyết định bổ nhiệm")]),
    ("PS2 – Lao động và điều kiện làm việc", [
        ("2.1", "Thiết lập cơ chế tiếp nhận và giải quyết khiếu nại của người lao động", "Khiếu nại không được giải quyết", "PS2; Bộ luật Lao động 2019",
         80, "Trưởng phòng Nhân sự", "Trước 30/06/2026", "Quy trình ban hành, sổ theo dõi khiếu nại")]),
    ("PS3 – Sử dụng hiệu quả tài nguyên và phòng ngừa ô nhiễm", [
        ("3.1", "Lắp đặt trạm quan trắc nước thải tự động, liên tục tại điểm xả NT1 và truyền dữ liệu về Sở Nông nghiệp và Môi trường",
         "Không có dữ liệu liên tục về nước thải", "PS3; Nghị định 08/2022/NĐ-CP", 1800, "Giám đốc nhà máy", "Trước 31/12/2026", "Dữ liệu truyền liên tục"),
        ("3.2", "Chuyển lò hơi đốt than sang đốt sinh khối để giảm phát thải SO2 và khí nhà kính", "Phát thải SO2, CO2 cao", "PS3; IFC EHS", 24000,
         "Phó Tổng Giám đốc kỹ thuật", "Quý IV/2027", "Giảm ≥ 60% phát thải CO2 từ lò hơi"),
        ("3.3", "Xây dựng kho chứa hóa chất, thuốc nhuộm có gờ chống tràn và hệ thống thu gom", "Nguy cơ tràn đổ hóa chất", "PS3", 950,
         "Trưởng phòng Kỹ thuật", "Trước 30/09/2026", "Kho được nghiệm thu")]),
    ("PS4 – Sức khỏe, an toàn và an ninh cộng đồng", [
        ("4.1", "Lập kế hoạch ứng phó sự cố hóa chất có sự tham gia của UBND xã Liên Bảo", "Sự cố hóa chất ảnh hưởng cộng đồng",
         "PS4; Luật Hóa chất", 120, "Trưởng phòng HSE", "Trước 31/03/2026", "Kế hoạch được phê duyệt, diễn tập hằng năm")]),
)


def _tasks_hl1_vi(doc: Doc) -> None:
    doc.h("KẾ HOẠCH HÀNH ĐỘNG MÔI TRƯỜNG VÀ XÃ HỘI (ESAP) – NHÀ MÁY DỆT NHUỘM THIÊN TRƯỜNG")
    doc.p("ESAP là phụ lục của hợp đồng tín dụng ký với IFC và DEG; tình trạng thực hiện cập nhật đến 31/12/2025.")
    rows = [["TT", "Hành động\nAction", "Rủi ro môi trường và xã hội\nEnvironmental and social risks", "Yêu cầu\nRequirement", "Nguồn lực, chi phí, trách nhiệm\nResources, investment, responsibility",
             "Thời hạn\nTimetable", "Chỉ số đánh giá\nTarget and evaluation criteria", "Tình trạng\nStatus"]]
    merges: list = []
    for title, items in TEX_ESAP:
        _span(rows, merges, title, 8)
        for no, text, risk, req, cost, who, term, target in items:
            money = f"Vốn tự có, khoảng {num(cost, 'vi')} triệu đồng." if cost else "Không phát sinh chi phí."
            rows.append([no, text, risk, req, f"{money}\nChịu trách nhiệm: {who}", term, target, doc.pick(("Hoàn thành", "Đang thực hiện", "Chưa bắt đầu"))])
            doc.add("obligations", {"kind": "task", "number": no, "text_contains": _words(text), "actor_contains": who})
    doc.table("Bảng A.1. Kế hoạch hành động môi trường và xã hội (ESAP), phiên bản 2", rows, merges, role="tasks")
    doc.p("Ghi chú: PS – Tiêu chuẩn hoạt động về bền vững môi trường và xã hội của IFC (2012).")
    maybe_distractor(doc, 0.3)


# (no., RU topic, KK topic, RU national, KK national, RU IFC, KK IFC, RU gap, KK gap, RU action or None, KK action, RU who, KK who, RU term, KK term)
POULTRY_GAPS = (
    ("СЭСУ (PS 1)", "ЭӘБЖ (PS 1)", "ЭК РК не требует СЭСУ; ведется программа ПЭК", "ҚР ЭК ЭӘБЖ-ны талап етпейді; ӨЭБ бағдарламасы жүргізіледі",
     "PS 1: система управления, соразмерная рискам", "PS 1: тәуекелдерге сай басқару жүйесі", "СЭСУ отсутствует", "ЭӘБЖ жоқ",
     "Разработать и внедрить СЭСУ с процедурами оценки рисков, мониторинга и внутреннего аудита",
     "Тәуекелдерді бағалау, мониторинг және ішкі аудит рәсімдері бар ЭӘБЖ-ны әзірлеу және енгізу",
     "директор по производству", "өндіріс жөніндегі директор", "6 месяцев", "6 ай"),
    ("Жалобы работников (PS 2)", "Қызметкерлердің шағымдары (PS 2)", "Трудовой кодекс РК: трудовые споры – через комиссию",
     "ҚР Еңбек кодексі: еңбек даулары – комиссия арқылы", "PS 2: механизм рассмотрения жалоб работников", "PS 2: қызметкерлердің шағымдарын қарау тетігі",
     "анонимный канал отсутствует", "жасырын арна жоқ",
     "Внедрить механизм рассмотрения жалоб работников с анонимным каналом", "Жасырын арнасы бар қызметкерлердің шағымдарын қарау тетігін енгізу",
     "директор по персоналу", "персонал жөніндегі директор", "3 месяца", "3 ай"),
    ("Выбросы в атмосферу (PS 3)", "Атмосфераға шығарындылар (PS 3)", "НДВ установлены, ПЭК выполняется", "ЖШН белгіленген, ӨЭБ орындалады",
     "EHS Guidelines: Poultry Production", "EHS Guidelines: Poultry Production", "разрыв отсутствует", "алшақтық жоқ", None, None, None, None, None, None),
    ("Запахи (PS 3)", "Иістер (PS 3)", "нормирование запахов не установлено", "иістерді нормалау белгіленбеген",
     "PS 3, EHS Guidelines: предотвращение запахов у жилья", "PS 3, EHS Guidelines: тұрғын үй маңында иістің алдын алу",
     "нет оценки запахов для с. Бесагаш (1,2 км)", "Бесағаш ауылы үшін (1,2 км) иістерді бағалау жоқ",
     "Выполнить моделирование запахов и разработать план снижения запахов", "Иістерді модельдеуді орындау және иістерді азайту жоспарын әзірлеу",
     "инженер-эколог", "инженер-эколог", "9 месяцев", "9 ай"),
    ("Помет (PS 3)", "Саңғырық (PS 3)", "Санитарные правила: хранение на площадке с твердым покрытием",
     "Санитариялық қағидалар: қатты жабыны бар алаңда сақтау", "EHS Guidelines: водонепроницаемое основание, сбор фильтрата",
     "EHS Guidelines: су өткізбейтін табан, сүзіндіні жинау", "площадка без гидроизоляции", "алаңның гидрооқшаулауы жоқ",
     "Устроить водонепроницаемое основание и сбор фильтрата на площадке хранения помета",
     "Саңғырық сақтау алаңында су өткізбейтін табан мен сүзінді жинауды орнату",
     "главный инженер", "бас инженер", "12 месяцев", "12 ай"),
    ("Парниковые газы (PS 3)", "Парниктік газдар (PS 3)", "ПГ учитываются только для квотируемых установок", "ПГ тек квоталанатын қондырғылар үшін есепке алынады",
     "PS 3: учет ПГ при выбросах более 25 000 т CO2-экв./год", "PS 3: жылына 25 000 т CO2-экв. астам шығарындыларда ПГ-ны есепке алу",
     "учет ПГ не ведется", "ПГ есебі жүргізілмейді",
     "Ежегодно рассчитывать выбросы ПГ (Scope 1 и 2) и отчитываться перед кредиторами", "ПГ шығарындыларын (Scope 1 және 2) жыл сайын есептеу және кредиторларға есеп беру",
     "инженер-эколог", "инженер-эколог", "ежегодно", "жыл сайын"),
    ("Биобезопасность и аварии (PS 4)", "Биоқауіпсіздік және авариялар (PS 4)", "ветеринарные правила", "ветеринариялық қағидалар",
     "PS 4: готовность к аварийным ситуациям с участием населения", "PS 4: халықтың қатысуымен төтенше жағдайларға дайындық",
     "план не учитывает вспышку птичьего гриппа и массовый падеж", "жоспарда құс тұмауының өршуі мен жаппай өлім ескерілмеген",
     "Разработать план реагирования на вспышку птичьего гриппа с утилизацией массового падежа",
     "Жаппай өлекселерді кәдеге жаратуды қамтитын құс тұмауының өршуіне ден қою жоспарын әзірлеу",
     "главный ветеринарный врач", "бас ветеринариялық дәрігер", "6 месяцев", "6 ай"),
    ("Биоразнообразие (PS 6)", "Биоәртүрлілік (PS 6)", "ОВОС 2019 г.", "ҚОӘБ 2019 ж.", "PS 6", "PS 6",
     "разрыв отсутствует (нарушенные земли)", "алшақтық жоқ (бұзылған жерлер)", None, None, None, None, None, None),
    ("Благополучие животных", "Жануарлардың әл-ауқаты", "не регулируется", "реттелмейді", "Good Practice Note IFC «Improving Animal Welfare» (2014)",
     "ХҚК Good Practice Note «Improving Animal Welfare» (2014)", "программа отсутствует", "бағдарлама жоқ",
     "Внедрить программу благополучия животных с показателями плотности посадки", "Отырғызу тығыздығының көрсеткіштері бар жануарлардың әл-ауқаты бағдарламасын енгізу",
     "главный зоотехник", "бас зоотехник", "12 месяцев", "12 ай"),
)  # fmt: skip
FEED_GAPS = (
    ("ESMS (PS1)", "Luật BVMT 2020 không yêu cầu ESMS", "PS1: hệ thống quản lý tương xứng với rủi ro", "Chưa có ESMS",
     "Xây dựng và áp dụng ESMS có quy trình đánh giá rủi ro và đánh giá nội bộ", "Phó Giám đốc sản xuất", "6 tháng"),
    ("Khiếu nại người lao động (PS2)", "Bộ luật Lao động 2019", "PS2: cơ chế khiếu nại cho người lao động", "Chưa có kênh ẩn danh",
     "Thiết lập cơ chế khiếu nại của người lao động có kênh ẩn danh", "Trưởng phòng Nhân sự", "3 tháng"),
    ("Khí thải lò hơi (PS3)", "QCVN 19:2009/BTNMT", "EHS Guidelines: General", "Không có khoảng trống", None, None, None),
    ("Mùi (PS3)", "Chưa có quy chuẩn về mùi", "PS3: phòng ngừa mùi tại khu dân cư", "Chưa đánh giá mùi cho khu dân cư ấp Long Hậu",
     "Đánh giá phát tán mùi và lắp hệ thống khử mùi cho khu sấy thức ăn", "Trưởng phòng Kỹ thuật", "9 tháng"),
    ("Khí nhà kính (PS3)", "Nghị định 06/2022/NĐ-CP (chưa thuộc danh mục)", "PS3: định lượng phát thải > 25.000 tCO2e/năm", "Chưa kiểm kê",
     "Kiểm kê khí nhà kính (Phạm vi 1 và 2) hằng năm và báo cáo bên cho vay", "Cán bộ môi trường", "Hằng năm"),
    ("Ứng phó sự cố (PS4)", "Luật Hóa chất; PCCC", "PS4: chuẩn bị ứng phó sự cố có sự tham gia của cộng đồng", "Kế hoạch chưa tham vấn cộng đồng",
     "Cập nhật kế hoạch ứng phó sự cố cháy nổ và tham vấn UBND xã Long Hậu", "Trưởng phòng HSE", "6 tháng"),
    ("Đa dạng sinh học (PS6)", "ĐTM 2018", "PS6", "Không có khoảng trống (đất KCN đã san lấp)", None, None, None),
)


def tasks_hl2(doc: Doc) -> None:
    """The gap analysis of a poultry complex's due-diligence report: `№ | тема / topic | требования РК / national
    requirements | требования МФК / IFC requirements | выявленный разрыв / gap | мероприятие по устранению / gap-closing
    action | ответственный | срок`, items `G-01`, the action in the sixth of eight columns after the national and IFC
    requirements and the gap, rows with no gap whose action cell says `не требуется` (VI: a shrimp-feed mill, `Không có
    khoảng trống`, `Không yêu cầu`)."""
    r = doc.rng
    if doc.lang == "vi":
        doc.h("BÁO CÁO THẨM ĐỊNH MÔI TRƯỜNG VÀ XÃ HỘI – NHÀ MÁY THỨC ĂN THỦY SẢN LONG HẬU")
        doc.h("Chương 5. Phân tích khoảng trống so với các Tiêu chuẩn hoạt động của IFC / Gap analysis")
        doc.p("Các hành động khắc phục khoảng trống được đưa vào ESAP (Phụ lục A) và là điều kiện của hợp đồng tín dụng.")
        rows = [["Mã\nNo.", "Chủ đề\nTopic", "Yêu cầu pháp luật Việt Nam\nNational requirements", "Yêu cầu của IFC\nIFC requirements",
                 "Khoảng trống\nGap identified", "Hành động khắc phục\nGap-closing action", "Trách nhiệm\nResponsibility", "Thời hạn\nTiming"]]
        for k, (topic, nat, ifc, gap, action, who, term) in enumerate(FEED_GAPS, 1):
            no = f"G-{k:02d}"
            rows.append([no, topic, nat, ifc, gap, action or "Không yêu cầu", who or "-", term or "-"])
            if action:
                doc.add("obligations", {"kind": "task", "number": no, "text_contains": _words(action), "actor_contains": who})
        doc.table("Bảng 5.1. Phân tích khoảng trống / Table 5.1. Gap analysis", rows, role="tasks")
        maybe_distractor(doc, 0.3)
        return
    L = _L(doc)
    name = KZ_PROJECTS[2]["name"][L]
    doc.h(doc.v(f"Отчет об экологической и социальной комплексной проверке. {name}", f"{name}. Экологиялық және әлеуметтік кешенді тексеру туралы есеп", ""))
    doc.h(doc.v("Раздел 5. Анализ соответствия требованиям МФК (gap analysis)", "5-бөлім. ХҚК талаптарына сәйкестікті талдау (gap analysis)", ""))
    doc.p(doc.v("Мероприятия по устранению разрывов включены в ПЭСМ (приложение A) и являются условием кредитного соглашения.",
                "Алшақтықтарды жою жөніндегі іс-шаралар ЭӘІЖ-ге (A қосымшасы) енгізілген және кредиттік келісімнің шарты болып табылады.", ""))
    rows = [doc.v(["№", "Тема\nTopic", "Требования РК\nNational requirements", "Требования МФК (СД, Руководства EHS)\nIFC requirements",
                   "Выявленный разрыв\nGap identified", "Мероприятие по устранению\nGap-closing action", "Ответственный\nResponsibility", "Срок\nTiming"],
                  ["№", "Тақырып\nTopic", "ҚР талаптары\nNational requirements", "ХҚК талаптары (ҚС, EHS нұсқаулықтары)\nIFC requirements",
                   "Анықталған алшақтық\nGap identified", "Жою жөніндегі іс-шара\nGap-closing action", "Жауапты\nResponsibility", "Мерзімі\nTiming"], [])]
    gaps = [x for x in POULTRY_GAPS if x[9] is None or r.random() < 0.85]
    for k, x in enumerate(gaps, 1):
        no = f"G-{k:02d}"
        topic, nat, ifc, gap = x[L], x[2 + L], x[4 + L], x[6 + L]
        action, who, term = x[8 + L], x[10 + L], x[12 + L]
        none = doc.v("не требуется", "талап етілмейді", "")
        rows.append([no, topic, nat, ifc, gap, action or none, who or "–", term or "–"])
        if action:
            doc.add("obligations", {"kind": "task", "number": no, "text_contains": _words(action), "actor_contains": who})
    doc.table(doc.v("Таблица 5.1 – Анализ разрывов / Gap analysis", "5.1-кесте – Алшақтықтарды талдау / Gap analysis", ""), rows, role="tasks")
    maybe_distractor(doc, 0.3)


LAYOUTS = [Layout(role, f"HL{k}", globals()[f"{role}_hl{k}"]) for role in ROLES for k in (1, 2)]
